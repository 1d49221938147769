"""The article index (:mod:`helpers.extract.article_index`) gives exactly what the scans it replaces gave."""

from __future__ import annotations

import re
import sys

import pandas as pd
import pytest

from helpers.extract import mentions
from helpers.extract.article_index import ArticleIndex, article_index, is_token
from helpers.extract.attribution import Reading
from helpers.extract.speakers import speech_lexicon
from helpers.text.folding import fold, fold_text

# Original sentences written for these tests, one text per language, with accents, typographic apostrophes,
# hyphens, digits, underscores and no-break spaces.
TEXTS = {
    "en": "The harbour’s director, Ann O’Neill, said on Monday that 1,200 jobs were at stake. “We will not "
          "give up,” she told reporters. According to the port_authority, by its own account the co-operative "
          "grew. In her view, the plan is sound, the minister said.",
    "fr": "Selon la ministre, l’usine créera 300 emplois d’ici à 2026. « Nous n’abandonnerons pas », a-t-elle "
          "déclaré mardi. De son propre aveu, le groupe a hésité\u00a0; à ses yeux, l’État doit agir, estime "
          "le député Jean-Luc Lefèvre.",
    "nl": "Volgens de burgemeester komen er 150 banen bij. ‘We geven niet op’, zei woordvoerster De Smet gisteren. "
          "Naar eigen zeggen groeide het bedrijf snel, meldde de krant. Dat bevestigde minister Van den Broeck.",
    "de": "Laut dem Sprecher entstehen 400 Arbeitsplätze. „Wir geben nicht auf“, sagte die Ministerin am Dienstag. "
          "Nach eigenen Angaben wuchs der Konzern, teilte die Gesellschaft mit. Seiner Ansicht nach ist das "
          "Straßenprojekt überfällig, so der Bürgermeister.",
}


def _tokens(low: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\w+", low)]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_words_and_starts_are_the_tokens(lang):
    text = TEXTS[lang]
    index = ArticleIndex(text)
    assert index.low == fold_text(text)
    assert index.case == fold(text, lower=False)
    tokens = _tokens(index.low)
    assert index.words == {word for _, word in tokens}
    for word in index.words | {"absent", "th", "he"}:  # ("th": a prefix of "the", no token)
        assert index.starts(word) == [start for start, token in tokens if token == word]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_token_hits_are_the_walk_over_every_token(lang):
    index = ArticleIndex(TEXTS[lang])
    firsts = speech_lexicon(lang).firsts
    assert index.token_hits(firsts) == [(start, word) for start, word in _tokens(index.low) if word in firsts]
    assert index.token_hits({"zzz": 1}) == []


def test_is_token():
    assert is_token("said") and is_token("l") and is_token("2026") and is_token("port_authority")
    assert not is_token("") and not is_token("a-t-elle") and not is_token("o'neill") and not is_token("a b")


def test_fold_and_case_fold_agree_on_every_code_point():
    """:func:`helpers.extract.mentions._lowered` of the case-kept fold is the fold, and both folds have word
    characters at the same places: what lets a case-sensitive alias be looked up among the lower-cased words."""
    characters = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    low, case = fold(characters), fold(characters, lower=False)
    assert mentions._lowered(case) == low
    word = re.compile(r"\w")
    assert [m.start() for m in word.finditer(low)] == [m.start() for m in word.finditer(case)]


def test_article_index_is_shared_for_the_same_text():
    text = TEXTS["en"]
    first = article_index(text)
    assert article_index(text) is first
    assert article_index(str(text.encode(), "utf-8")) is first  # an equal text, another object
    other = article_index(TEXTS["fr"])
    assert other is not first and other.text == TEXTS["fr"]


ACTORS = pd.DataFrame([
    {"actor_id": "a1", "name": "Ann O'Neill", "aliases": "O'Neill|~the director", "kind": "person",
     "organisation": ""},
    {"actor_id": "a2", "name": "Jean-Luc Lefèvre", "aliases": "Lefèvre|~le député", "kind": "person",
     "organisation": ""},
    {"actor_id": "a3", "name": "Ma", "aliases": "", "kind": "person", "organisation": ""},
    {"actor_id": "a4", "name": "Gemeente", "aliases": "De Smet|Van den Broeck|~de burgemeester",
     "kind": "organisation", "organisation": ""},
    {"actor_id": "a5", "name": "Port Authority", "aliases": "port_authority|~the minister|Straßenprojekt",
     "kind": "organisation", "organisation": ""},
])


@pytest.mark.parametrize("text", [*TEXTS.values(), "Ma said. MA said. ma said. Jack Ma said.", "Lefevre, O’Neill."])
def test_mention_rows_are_those_of_every_alias_tried(text, monkeypatch):
    """Leaving out the aliases whose first word is no word of the text changes no mention: the rows equal those
    found when every alias of the table is tried (its probe looked for as a substring, then its pattern)."""
    found = mentions.mention_rows(text, ACTORS)
    assert found
    monkeypatch.setattr(mentions, "_rows_to_try", lambda table, index: table)
    assert mentions.mention_rows(text, ACTORS) == found


def test_rows_to_try_leave_out_absent_words_and_keep_the_case_kept_copy_unmade():
    table = mentions._alias_table(ACTORS)
    index = ArticleIndex("Nobody is named in this sentence.")
    kept = mentions._rows_to_try(table, index)  # only the aliases whose first word is no token ("o'neill")
    assert {row["alias"] for row in kept} == {"O'Neill", "Jean-Luc Lefèvre"}
    assert index._case is None
    index = ArticleIndex("Jack Ma spoke.")
    assert "Ma" in [row["alias"] for row in mentions._rows_to_try(table, index)]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_reading_cue_hits_are_the_walk_over_every_token(lang):
    """The speech verbs and source phrases a Reading finds are those of a walk over every token of the text."""
    reading = Reading(TEXTS[lang], lang)
    lex, low = reading.lex, reading.low
    expected = {name: [] for name in ("SPEECH_VERBS", "SOURCE_BEFORE", "SOURCE_AFTER", "SOURCE_POSTPOSED")}
    last_end = dict.fromkeys(expected, -1)
    for start, word in _tokens(low):
        for name in lex.firsts.get(word, ()):
            if start < last_end[name]:
                continue
            m = lex.by_first[(name, word)].match(low, start)
            if m and not reading.in_quote(m.start()):
                expected[name].append((m.start(), m.end(), reading.text[m.start():m.end()]))
                last_end[name] = m.end()
    assert reading._cue_hits() == expected
    assert any(expected.values())


def test_is_blank_is_the_strip_of_the_visible_characters():
    """:func:`helpers.io.encodings.is_blank` (a search for a character that shows) answers as stripping the text
    of its invisible characters and white space did: ``\\s`` is ``str.isspace`` on every code point."""
    from helpers.io.encodings import INVISIBLE, is_blank

    characters = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    space = re.compile(r"\s")
    assert [m.start() for m in space.finditer(characters)] == [i for i, c in enumerate(characters) if c.isspace()]
    drop = dict.fromkeys(map(ord, INVISIBLE))
    for text in ["", " \t\n", "\ufeff\u200b \u00a0\u2028", "\u00ad", " a ", "\ufeffx", "\u200b\u3000.", "\x00",
                 "\u2060\u200c\u200d\u202f\u205f", "é"]:
        assert is_blank(text) == (not text.translate(drop).strip()), repr(text)
