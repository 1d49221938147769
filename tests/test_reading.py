"""Reading text nobody has coded: quotations, reported speech and who states a figure, on example sentences of
every language (``tests/examples/<lang>/quotes.tsv`` and ``speakers.tsv``), written for the tests, not taken from the
seed articles. Also: the sentence splitter and the quotation pairing in linear time."""

import pytest

from helpers.extract.attribution import Reading, attribution_rows
from helpers.extract.quotes import find_quotes
from helpers.text.sentences import Sentences
from tests.conftest import assert_linear, example_rows, same_speaker





@pytest.mark.parametrize("lang, row", example_rows("speakers.tsv", "text"))
def test_who_states_a_figure(lang, row):
    text = row["text"].replace("\\n", "\n")
    start = text.index(row["figure"])
    who = attribution_rows(text, [(start, start + len(row["figure"]))], None, lang)[0]
    assert same_speaker(who["speaker_guess"], row["speaker"]), who


@pytest.mark.parametrize("lang, row", example_rows("quotes.tsv", "text"))
def test_quotations_and_reported_speech(lang, row):
    text = row["text"].replace("\\n", "\n")
    found = Reading(text, lang).quotations()
    if row["type"] == "none":
        assert found == []
        return
    hits = [q for q in found if q["type"] == row["type"] and
            min(q["end"], text.index(row["quote"]) + len(row["quote"])) - max(q["start"], text.index(row["quote"]))
            >= 0.5 * len(row["quote"])]
    assert hits, found
    assert same_speaker(hits[0]["speaker"], row["speaker"]), hits[0]


def test_registry_names_the_speaker_and_proposed_otherwise():
    import pandas as pd

    actors = pd.DataFrame([{"actor_id": "ml", "name": "Maria Lopez", "aliases": "Maria Lopez|Lopez",
                            "kind": "person", "organisation": ""}])
    text = "The port will add 400 jobs, Lopez said. Tom Hardy said 20 cranes would follow."
    rows = attribution_rows(text, [(text.index("400"), text.index("400") + 3), (text.index("20 "), text.index("20 ") + 2)],
                            actors, "en")
    assert (rows[0]["actor"], rows[0]["actor_status"]) == ("Maria Lopez", "registry")
    assert (rows[1]["actor"], rows[1]["actor_status"]) == ("Tom Hardy", "proposed")


def test_later_mentions_resolve_to_the_fullest_name():
    text = ("Union leader Sarah Okafor said that 150 jobs had been filled. \u201cMost are temporary,\u201d Okafor "
            "added. \u201cWe will fight for 300 more,\u201d she said.")
    rows = Reading(text, "en").quotations()
    assert {r["speaker"] for r in rows} == {"Sarah Okafor"}


def test_quotation_marks_of_every_language_pair():
    text = "« Un » et “two” und „drei“ en \u201evier\u201d und \u201asechs\u2018, 'seven' but l'État it's."
    inner = [text[q.open + 1:q.close].strip() for q in find_quotes(text)]
    assert inner == ["Un", "two", "drei", "vier", "sechs", "seven"]
    german = "Er sagte: »Das ist gut.« Sie sagte: »Nein.«"
    assert [german[q.open + 1:q.close] for q in find_quotes(german)] == ["Das ist gut.", "Nein."]


def test_a_quotation_spans_paragraphs_when_the_next_one_reopens_it():
    text = "\u201cFirst part.\n\n\u201cSecond part,\u201d she said.\n\n\u201cUnclosed\n\nNew paragraph."
    quotes = find_quotes(text)
    assert len(quotes) == 1 and text[quotes[0].close - 1] == ","


def test_sentences_never_split_inside_a_quotation_and_skip_abbreviations():
    text = "Mr. Smith said: \u201cIt works. It grows.\u201d Then he left. M. Dupont a dit oui."
    spans = Sentences(text, [(q.open, q.close) for q in find_quotes(text)]).spans
    assert [text[a:b] for a, b in spans] == ["Mr. Smith said: \u201cIt works. It grows.\u201d", "Then he left.",
                                              "M. Dupont a dit oui."]


@pytest.mark.parametrize("shape", ["\u201c", "\u00ab ", '"', "\u201e", "'"])
def test_an_unclosed_mark_costs_linear_time(shape):
    def read(text):
        reading = Reading(text, None)
        reading.quotations()
        attribution_rows(text, [(i, i + 3) for i in range(0, len(text), 997)], reading=reading)

    assert_linear(read, lambda n: shape + "Die Firma sagte, sie werde 300 Stellen schaffen, so Becker. " * n,
                  850)  # about 50 kB


def test_reported_mood_continues_the_speech_at_most_two_line_breaks_back():
    text = ("Der Flughafen wachse weiter, sagte Jonas Brandt. Die Zahl der Flüge sei gestiegen.\n\n"
            "Die Nachtruhe bleibe aber ein Thema.\n\n\n\nDer Lärm sei zu hoch.")
    found = {row["quote"]: row["speaker"] for row in Reading(text, "de").quotations()}
    assert found["Die Zahl der Flüge sei gestiegen"] == "Jonas Brandt"
    assert found["Die Nachtruhe bleibe aber ein Thema"] == "Jonas Brandt"
    assert not any(quote.startswith("Der Lärm") for quote in found)  # four line breaks back: a new passage


def test_reported_mood_costs_linear_time():
    paragraph = ("Der Flughafen wachse weiter, sagte Jonas Brandt. Die Zahl der Flüge sei gestiegen. "
                 "„Wir planen 300 Stellen“, sagte die Sprecherin. Die Nachtruhe bleibe ein Thema.\n")
    assert len(Reading(paragraph * 20, "de").quotations()) >= 60  # every sentence in the reported mood looks back
    assert_linear(lambda text: Reading(text, "de").quotations(), lambda n: paragraph * n, 50_000 // len(paragraph))
