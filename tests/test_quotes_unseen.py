"""Quotations and reported speech in the shapes unseen text uses, in every language: sentences written for the
tests (``tests/examples/<lang>/quotes_patterns.tsv``), not taken from the seed articles or the benchmark texts.

Each row names one quotation or piece of reported speech the reading must find (type, words, speaker): speech verbs
in other tenses and word orders, coordinated clauses and verbs, "as X said", relative subjects, sources named by a
noun phrase, own-account and possessive sources, a speech tag inside one pair of marks (two quotations), a quoted
fragment inside reported speech, a verb after the quotation. Also: the verb tables are whole paradigms of words, and
the new rules keep the reading linear in the length of the text."""

import time

import pytest

from helpers.extract.attribution import Reading
from helpers.lexicon import LANGUAGES, lexicon
from tests.conftest import EXAMPLES, example_rows, same_speaker





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


@pytest.mark.parametrize("lang, text", [
    ("fr", "« " + "Nous créons des emplois, assure-t-il, et encore, dit le port, des postes. " * 1300 + "»"),
    ("en", "the minister Anne Smith said that the hub grows and that jobs come, adding that Bluehaven, which has "
           "claimed that data stays, and promised to hire, according to the trade register " * 600),
    ("nl", "Er komen 25 banen bij, zoals Janssen maandag verklaarde. Er zouden 900 banen bijkomen. " * 1100),
    ("de", "Der Minister Hans Meier schrieb, es gebe Streit. Demnach starteten 9.850 Flugzeuge. Nach seinen Worten "
           "arbeiten 20 000 Menschen im Hafen, warnt aber, dass Lohndumping drohe. " * 600),
])
def test_long_texts_read_in_linear_time(lang, text):
    """About 100 kB: a quotation with a speech tag in every sentence, a sentence that never ends, many reported
    sentences in a row. Each read within a few CPU seconds (this process's CPU time, which other processes on a shared
    machine do not inflate as they do the wall time; the quadratic versions took minutes)."""
    started = time.process_time()
    Reading(text, lang).quotations()
    assert time.process_time() - started < 10


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
