"""Every language's example corpus (tests/examples/<lang>/quantities.tsv and dates.tsv), Duckling-style: each
text gives exactly the quantities (dates) listed for it. See tests/examples/README.md."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from helpers.extract.dates import find_dates
from helpers.extract.quantities import extract_quantities
from helpers.lexicon import LANGUAGES

EXAMPLES = Path(__file__).parent / "examples"


def _cases(part: str) -> list[tuple[str, str, list[dict]]]:
    cases = []
    for lang in LANGUAGES:
        with open(EXAMPLES / lang / f"{part}.tsv", encoding="utf-8", newline="") as handle:
            grouped: dict[tuple, list[dict]] = {}
            for row in csv.DictReader(handle, delimiter="\t"):
                key = (row["text"], row.get("published", ""))
                grouped.setdefault(key, [])
                if row["surface"]:
                    grouped[key].append(row)
        cases += [(lang, key, rows) for key, rows in grouped.items()]
    return cases


def test_every_language_has_examples():
    for lang in LANGUAGES:
        for part in ("quantities", "dates"):
            assert (EXAMPLES / lang / f"{part}.tsv").is_file(), f"{lang}/{part}.tsv"


@pytest.mark.parametrize(("lang", "key", "expected"), _cases("quantities"),
                         ids=[f"{c[0]}:{c[1][0][:40]}" for c in _cases("quantities")])
def test_quantity_examples(lang, key, expected):
    text = key[0]
    found = extract_quantities(text, lang)
    got = [(r.surface, r.value, r.unit, r.noun, r.qualifier, r.per) for r in found.itertuples()]
    want = [(e["surface"], pytest.approx(float(e["value"])), e["unit"], e["noun"], e["qualifier"], e["per"])
            for e in expected]
    assert got == want
    for r in found.itertuples():
        assert text[r.start:r.end] == r.surface


@pytest.mark.parametrize(("lang", "key", "expected"), _cases("dates"),
                         ids=[f"{c[0]}:{c[1][0][:40]}" for c in _cases("dates")])
def test_date_examples(lang, key, expected):
    text, published = key
    found = find_dates(text, published, lang)
    got = [(r.surface, r.earliest, r.latest) for r in found.itertuples()]
    assert got == [(e["surface"], e["earliest"], e["latest"]) for e in expected]
