"""Quotations and reported speech in the shapes unseen text uses, in every language: sentences written for the
tests (``tests/examples/<lang>/quotes_patterns.tsv``), not taken from the seed articles or the benchmark texts.

Each row names one quotation or piece of reported speech the reading must find (type, words, speaker): speech verbs
in other tenses and word orders, coordinated clauses and verbs, "as X said", relative subjects, sources named by a
noun phrase, own-account and possessive sources, a speech tag inside one pair of marks (two quotations), a quoted
fragment inside reported speech, a verb after the quotation. Also: the verb tables are whole paradigms of words, and
the new rules keep the reading linear in the length of the text."""


import pytest

from helpers.extract.attribution import Reading
from helpers.lexicon import LANGUAGES, lexicon
from tests.conftest import EXAMPLES, assert_linear, example_rows, same_speaker





@pytest.mark.parametrize("lang, row", example_rows("quotes_patterns.tsv", "quote"))
def test_pattern_is_read(lang, row):
    text = row["text"].replace("\\n", "\n")
    start = text.index(row["quote"])
    end = start + len(row["quote"])
    found = Reading(text, lang).quotations()
    hits = [q for q in found if q["type"] == row["type"] and
            min(q["end"], end) - max(q["start"], start) >= 0.5 * max(len(row["quote"]), q["end"] - q["start"])]
    assert hits, found
    assert any(same_speaker(h["speaker"], row["speaker"]) for h in hits), hits


def test_every_language_has_patterns():
    langs = {p.parent.name for p in EXAMPLES.glob("*/quotes_patterns.tsv")}
    assert set(LANGUAGES) <= langs


@pytest.mark.parametrize("lang", LANGUAGES)
def test_speech_verbs_are_paradigms_of_words(lang):
    speech = lexicon(lang, "speech")
    for lemma, forms in speech.SPEECH_VERB_PARADIGMS.items():
        assert isinstance(forms, tuple) and forms, lemma  # a one-form entry needs its comma: ("x",)
        assert all(isinstance(f, str) and len(f) >= 3 and f == f.lower() for f in forms), lemma
    assert set(f for forms in speech.SPEECH_VERB_PARADIGMS.values() for f in forms) <= set(speech.SPEECH_VERBS)


@pytest.mark.parametrize("lang, head, unit, tail, n", [
    ("fr", "« ", "Nous créons des emplois, assure-t-il, et encore, dit le port, des postes. ", "»", 650),
    ("en", "", "the minister Anne Smith said that the hub grows and that jobs come, adding that Bluehaven, which has "
               "claimed that data stays, and promised to hire, according to the trade register ", "", 300),
    ("nl", "", "Er komen 25 banen bij, zoals Janssen maandag verklaarde. Er zouden 900 banen bijkomen. ", "", 550),
    ("de", "", "Der Minister Hans Meier schrieb, es gebe Streit. Demnach starteten 9.850 Flugzeuge. Nach seinen Worten "
               "arbeiten 20 000 Menschen im Hafen, warnt aber, dass Lohndumping drohe. ", "", 300),
])
def test_long_texts_read_in_linear_time(lang, head, unit, tail, n):
    """Up to about 50 kB: a quotation with a speech tag in every sentence, a sentence that never ends, many
    reported sentences in a row. Four times the text costs at most about four times the CPU (the quadratic versions
    took minutes)."""
    assert_linear(lambda text: Reading(text, lang).quotations(), lambda k: head + unit * k + tail, n)


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The residents' group “Quiet Skies Now” will march on Saturday, its chair Tom Hill said.", "Quiet Skies Now"),
    ("fr", "Le collectif « Nuits Calmes » manifestera samedi, a déclaré son président Paul Roux.", "Nuits Calmes"),
    ("nl", "Het actiecomité ‘Stille Nachten’ betoogt zaterdag, zei voorzitter Jan Peeters.", "Stille Nachten"),
    ("de", "Die Bürgerinitiative »Stille Nächte« hat eine Kundgebung angekündigt, sagte ihr Sprecher Max Roth.",
     "Stille Nächte"),
])
def test_a_name_in_marks_is_no_quotation(lang, text, name):
    found = Reading(text, lang).quotations()
    assert not [q for q in found if q["type"] in ("direct", "mixed") and q["quote"] == name], found


def test_a_tag_after_a_quotation_makes_no_reported_clause():
    text = "“We will hire 300 people,” the airport's managing director, Joan Pike, said on Tuesday."
    found = Reading(text, "en").quotations()
    assert [q["type"] for q in found] == ["direct"] and found[0]["speaker"] == "Joan Pike", found


@pytest.mark.parametrize("lang, text, subject", [
    ("fr", "Anne Leroy, vice-présidente de la province, se félicite, quant à elle, des emplois créés au port.",
     "Anne Leroy, vice-présidente de la province"),
    ("en", "Mayor Ann Lee spoke next. On Monday, she said, the quay opened to ships.", "On Monday"),
])
def test_an_apposition_or_adverbial_is_no_interrupted_clause(lang, text, subject):
    """A reported clause interrupted by its tag is read in two pieces ("Chinese money, she argues, is ..."), but
    the subject with its apposition before the verb, or an opening adverbial, is no piece of the speech."""
    assert not [q for q in Reading(text, lang).quotations() if q["quote"] == subject]


@pytest.mark.parametrize("lang, text, subject", [
    ("en", "The airport plans 300 hires, a total the mayor calls “wildly optimistic”.", "mayor"),
    ("en", "The airport plans 300 hires, a total that the mayor described as “wildly optimistic”.", "mayor"),
    ("fr", "La mairie table sur 300 embauches, un total que le syndicat qualifie de « largement gonflé ».", "syndicat"),
    ("nl", "De haven mikt op 300 nieuwe jobs, een cijfer dat de vakbond ‘pure reclame’ noemt.", "vakbond"),
    ("de", "Der Hafen rechnet mit 300 Stellen, eine Zahl, die der Betriebsrat »reines Wunschdenken« nennt.",
     "Betriebsrat"),
])
def test_an_object_relative_clause_reports_no_clause_before_its_noun(lang, text, subject):
    """ "X, a figure (that) the union calls ‘…’": the speech verb's subject follows the relative pronoun (none in
    English), and what comes before the noun is no speech of it."""
    reading = Reading(text, lang)
    quote = [q for q in reading.quotations() if q["type"] == "mixed"]
    assert quote and quote[0]["speaker"].split()[-1] == subject, quote
    start = text.index("300")
    assert subject not in reading.speaker_of(start, start + 3)[0].name


@pytest.mark.parametrize("lang, text, role", [
    ("en", "“The depot will double in size,” said Maria Olsen, depot manager at the port.", "depot manager"),
    ("fr", "« Le dépôt doublera de taille », a affirmé Maria Olsen, directrice du dépôt.", "directrice du dépôt"),
    ("nl", "‘Het depot verdubbelt in omvang’, zo zegt Maria Olsen, directeur van het depot.", "directeur van het depot"),
    ("de", "„Das Depot wird doppelt so groß“, sagte Maria Olsen, Leiterin des Depots.", "Leiterin des Depots"),
])
def test_the_role_after_a_quotation_tag_is_no_reported_speech(lang, text, role):
    found = Reading(text, lang).quotations()
    assert [q["type"] for q in found] == ["direct"] and found[0]["speaker"] == "Maria Olsen", found
    assert not [q for q in found if role in q["quote"]]


@pytest.mark.parametrize("lang, text", [
    ("de", "Der Lagerplatz befand sich damals außerhalb der Stadt, am Ufer der Elbe."),
    ("en", "The minister ruled out new subsidies for the rail yard."),
])
def test_a_verb_of_ruling_in_another_sense_reports_nothing(lang, text):
    assert not [q for q in Reading(text, lang).quotations() if q["type"] == "reported"]


@pytest.mark.parametrize("text, quotes", [
    ("„Wir bauen weiter\", sagte die Bauleiterin. „Und zwar ab Mai\", fügte sie hinzu.",
     ["Wir bauen weiter", "Und zwar ab Mai"]),
    ("„We bouwen verder\", zei de werfleider.", ["We bouwen verder"]),
    ("“We keep building,\" the site manager said.", ["We keep building,"]),
    ("« Nous continuons \", a dit la cheffe de chantier.", []),
    ("‘The dockers’ union will not sign this,’ she said.", ["The dockers’ union will not sign this,"]),
    ("‘De havenarbeiders’ bond tekent niet,’ zei ze.", ["De havenarbeiders’ bond tekent niet,"]),
])
def test_marks_typed_on_a_keyboard_and_plural_possessives_pair(text, quotes):
    """A typographic opening mark closed by a straight one („…", “…"), and the apostrophe of a plural possessive
    inside single marks (‘the dockers’ union …’), which does not close them."""
    from helpers.extract.quotes import find_quotes

    assert [text[q.open + 1:q.close] for q in find_quotes(text)] == quotes


@pytest.mark.parametrize("lang, text, clause", [
    ("en", "The depot expects 300 hires, a number the mayor calls “wildly optimistic”.", "300 hires"),
    ("fr", "Le dépôt prévoit 300 embauches, un chiffre que le maire qualifie de « très optimiste ».", "300 embauches"),
    ("nl", "Het depot verwacht 300 aanwervingen, een aantal dat de burgemeester ‘erg optimistisch’ noemt.",
     "300 aanwervingen"),
    ("de", "Das Depot erwartet 300 Einstellungen, eine Zahl, die der Bürgermeister »sehr optimistisch« nennt.",
     "300 Einstellungen"),
])
def test_a_reported_clause_ends_before_an_object_relative_apposition(lang, text, clause):
    """ "X expects A, a number the mayor calls ‘…’": X's clause is A; the apposition is the mayor's words."""
    found = [q for q in Reading(text, lang).quotations() if q["type"] == "reported"]
    assert all("optimist" not in q["quote"] for q in found), found
