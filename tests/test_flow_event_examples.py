"""The flow and event-type example sentences of every language (tests/examples/<lang>/flows.tsv and events.tsv),
written before the rules and from none of the seed articles: a trade figure's origin, destination, mode and sign,
and the event type a date gets from the cue words of ``helpers/lexicon/<lang>/{flows,events}.py``."""

import csv
from pathlib import Path

import pytest

from helpers.claims.evidence import sentence_span
from helpers.claims.flows import parse_flow
from helpers.claims.timeline import EVENT_TYPES, event_type
from helpers.lexicon import LANGUAGES

EXAMPLES = Path(__file__).resolve().parent / "examples"
FLOOR = 0.8
"""Share of each language's examples the rules must read right (not 1.0: the misses are listed on failure)."""


def _rows(lang: str, name: str) -> list[dict]:
    with open(EXAMPLES / lang / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader([line for line in handle if not line.startswith("#")], delimiter="\t"))


def _flow(lang: str, row: dict) -> tuple:
    text = row["sentence"]
    start = text.index(row["surface"])
    flow = parse_flow(text, start, start + len(row["surface"]), lang=lang) or {}
    return (flow.get("origin", ""), flow.get("destination", ""), flow.get("mode", ""), str(flow.get("sign", "")))


def _event(lang: str, row: dict) -> str:
    text = row["sentence"]
    start = text.index(row["date"])
    return event_type(text, start, start + len(row["date"]), sentence_span(text, start), lang)[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_flows_of_the_examples(lang):
    rows = _rows(lang, "flows.tsv")
    assert len(rows) >= 5
    misses = [(row["sentence"], _flow(lang, row)) for row in rows
              if _flow(lang, row) != (row["origin"], row["destination"], row["mode"], row["sign"])]
    assert 1 - len(misses) / len(rows) >= FLOOR, misses


@pytest.mark.parametrize("lang", LANGUAGES)
def test_event_types_of_the_examples(lang):
    rows = _rows(lang, "events.tsv")
    assert {row["event_type"] for row in rows} == set(EVENT_TYPES), "every event type has an example"
    misses = [(row["sentence"], row["event_type"], _event(lang, row)) for row in rows
              if _event(lang, row) != row["event_type"]]
    assert 1 - len(misses) / len(rows) >= FLOOR, misses


def test_clause_cut_conjunctions_are_those_of_the_language():
    from helpers.claims.evidence import clause_span
    fr = "Le site emploie 300 personnes en 2020 et en promet 900."
    nl = "De site telt 300 werknemers en belooft er 900."
    de = "Der Standort zählt 300 Beschäftigte und verspricht 900."
    for text, lang, figure, cut in ((fr, "fr", "300", " et "), (nl, "nl", "300", " en "), (de, "de", "300", " und ")):
        start = text.index(figure)
        clause = clause_span(text, start, start + 3, (0, len(text)), lang)
        assert clause[1] == text.index(cut), (lang, text[clause[0]:clause[1]])


def test_a_text_in_another_language_is_read_with_every_language_s_flow_words():
    text = "Les exportations belges vers la Chine ont augmenté jusqu'à 3 milliards d'euros."
    start = text.index("3 milliards")
    flow = parse_flow(text, start, start + len("3 milliards d'euros"), lang="xx")
    assert (flow["origin"], flow["destination"], flow["sign"]) == ("Belgium", "China", 1)
