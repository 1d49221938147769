"""The example sentences of every language (tests/examples/<lang>/measures.tsv and status.tsv), written before the
rules and from none of the seed articles: each states what its figure measures or its status, and the rules must
read it so. The quantity is given as the extractor would give it (span, kind, unit, noun, per), so these test the
claims stage alone."""

import csv
from pathlib import Path

import pytest

from helpers.claims.tables import read_figure
from helpers.claims.vocabulary import MEASURES, STATUSES, measure_of
from helpers.extract.dates import date_rows
from helpers.lexicon import LANGUAGES

EXAMPLES = Path(__file__).resolve().parent / "examples"
PUBLISHED = "2024-06-15"


def _rows(name: str) -> list[tuple]:
    rows = []
    for lang in LANGUAGES:
        with open(EXAMPLES / lang / name, encoding="utf-8", newline="") as handle:
            lines = [line for line in handle if not line.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            rows.append(pytest.param(lang, row, id=f"{lang}-{row['surface']}"))
    return rows


def _read(lang: str, row: dict) -> dict:
    text = row["sentence"]
    start = text.index(row["surface"])
    quantity = {"start": start, "end": start + len(row["surface"]), "surface": row["surface"], "kind": row["kind"],
                "unit": row["unit"], "noun": row["noun"], "per": row.get("per", "")}
    return read_figure(text, quantity, lang, PUBLISHED, date_rows(text, PUBLISHED, lang))


@pytest.mark.parametrize("lang, row", _rows("measures.tsv"))
def test_measure(lang, row):
    assert row["measure"] in MEASURES
    read = _read(lang, row)
    assert measure_of(read["metric_rule"]) == row["measure"], read
    if row["per"]:
        assert "_per_" in read["metric_rule"] and not read["metric_rule"].startswith(("jobs_created", "jobs_expected"))


@pytest.mark.parametrize("lang, row", _rows("status.tsv"))
def test_status(lang, row):
    assert row["status"] in STATUSES
    read = _read(lang, row)
    assert read["status"] == row["status"], read


@pytest.mark.parametrize("name", ["measures.tsv", "status.tsv"])
def test_every_language_has_at_least_fifteen_examples(name):
    for lang in LANGUAGES:
        with open(EXAMPLES / lang / name, encoding="utf-8") as handle:
            rows = [line for line in handle if line.strip() and not line.startswith("#")][1:]
        assert len(rows) >= 15, (lang, name)
