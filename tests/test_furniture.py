"""Page furniture is recognised by general rules, in English, French and Dutch."""

import pytest

from helpers.text.furniture import classify_paragraphs, furniture_kind


@pytest.mark.parametrize("line, kind", [
    ("Abonnez-vous à notre infolettre", "newsletter"),
    ("Schrijf je in voor onze nieuwsbrief", "newsletter"),
    ("Sign up for our daily newsletter", "newsletter"),
    ("Lees ook", "read_also"),
    ("À lire aussi :", "read_also"),
    ("Lire aussi : Alibaba ouvre son hub", "teaser"),
    ("Lees meer", "link"),
    ("Volg ons op Facebook", "social"),
    ("facebook twitter instagram", "social"),
    ("mad / zap / dc / del / nrh", "agency_initials"),
    ("(Belga)", "agency_initials"),
    ("12 reacties", "comments"),
    ("All comments.", "comments"),
    ("door Jan Van der Berg", "byline"),
    ("par Lise Delfosse", "byline"),
    ("Bron: Belga", "credit"),
    ("Met de steun van", "sponsor"),
    ("Back to top", "navigation"),
])
def test_furniture_lines(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Today, barely 300 jobs have been created in Belgium and the benefits of this installation are still difficult.",
    "Volgens minister De Croo zijn er 300 banen bijgekomen.",
    "La face cachée d’Alibaba",
    "Par ailleurs, le collectif dénonce une implantation.",
    "Twitter and Facebook users shared the report widely across Belgium, according to the ministry of justice.",
])
def test_body_lines_are_not_furniture(line):
    assert furniture_kind(line) == ""


def test_read_also_heading_opens_teasers_to_the_end_but_specific_rules_still_apply():
    lines = ["Body text of the article.", "Lees ook", "Haven van Antwerpen groeit", "3 maart 2021",
             "Volg ons op Twitter"]
    assert classify_paragraphs(lines) == ["", "read_also", "teaser", "teaser", "social"]


def test_a_long_paragraph_mentioning_a_newsletter_stays_body():
    line = "Subscribe " + "to the argument that the hub brings jobs, say its supporters, " * 5
    assert furniture_kind(line) == ""


@pytest.mark.parametrize("line, kind", [
    ("Lesen Sie auch", "read_also"),
    ("Lesen Sie auch: Alibaba eröffnet Drehkreuz", "teaser"),
    ("Jetzt für unseren Newsletter anmelden", "newsletter"),
    ("Teilen", "social"),
    ("Artikel teilen", "social"),
    ("Folgen Sie uns auf Instagram", "social"),
    ("Mehr erfahren", "link"),
    ("Quelle: dpa", "credit"),
    ("von Anna Schmidt", "byline"),
    ("Alle Kommentare", "comments"),
    ("Zum Inhalt springen", "navigation"),
    ("Teilen der Belegschaft wurde gekündigt, sagte der Betriebsrat.", ""),
])
def test_german_furniture_lines(line, kind):
    assert furniture_kind(line) == kind


def test_every_language_has_the_same_furniture_kinds():
    from helpers.lexicon import LANGUAGES, lexicon

    keys = {lang: sorted(lexicon(lang, "furniture").FURNITURE_PHRASES) for lang in LANGUAGES}
    assert len({tuple(v) for v in keys.values()}) == 1, keys
