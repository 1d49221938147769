"""The development corpus (bench/dev/): every coded span quotes its text, every code is in its vocabulary.

These texts were written for the benchmark; the codes are its ground truth, so a row that drifts from its text or a
code outside the vocabulary of bench/dev/README.md must fail here rather than skew a score.
"""

import csv
from pathlib import Path

import pytest

from helpers.lexicon import LANGUAGES

DEV = Path(__file__).resolve().parents[1] / "bench" / "dev"
MEASURES = {"jobs", "investment", "site_area", "building_area", "trade", "parcels", "cargo", "flights", "lease_term",
            "delivery_time", "revenue", "fine", "people", "share", "period", "other"}
STATUSES = {"promised", "realised", "historical", "unmarked"}
QUOTE_TYPES = {"direct", "mixed", "reported"}
STANCES = {"supportive", "critical", "neutral"}
KINDS = {"person", "organisation"}


def _rows(lang: str, name: str) -> list[dict]:
    with open(DEV / lang / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _text(lang: str, file: str) -> str:
    return (DEV / lang / "texts" / file).read_text(encoding="utf-8")


def _check_span(text: str, start: str, end: str, expected: str, where: str) -> None:
    assert text[int(start):int(end)] == expected, f"{where}: text[{start}:{end}] is not {expected!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_at_least_ten_texts_each_with_a_benchmark_header(lang):
    texts = sorted((DEV / lang / "texts").glob("*.txt"))
    assert len(texts) >= 10
    for path in texts:
        header = path.read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("[") and "benchmark" in header.lower(), f"{path.name}: no benchmark header"
    assert {row["file"] for row in _rows(lang, "catalog.csv")} == {p.name for p in texts}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_quantity_codes_quote_their_text_and_use_the_vocabulary(lang):
    for i, row in enumerate(_rows(lang, "quantities.csv"), start=1):
        where = f"bench/dev/{lang}/quantities.csv data row {i}"
        text = _text(lang, row["file"])
        _check_span(text, row["start"], row["end"], row["surface"], where)
        assert row["measure"] in MEASURES and row["status"] in STATUSES, where
        if row["speaker"]:
            _check_span(text, row["speaker_start"], row["speaker_end"], row["speaker"], where + " (speaker)")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_quotation_codes_quote_their_text_and_use_the_vocabulary(lang):
    for i, row in enumerate(_rows(lang, "quotes.csv"), start=1):
        where = f"bench/dev/{lang}/quotes.csv data row {i}"
        text = _text(lang, row["file"])
        _check_span(text, row["start"], row["end"], row["quote"], where)
        assert row["type"] in QUOTE_TYPES and row["stance"] in STANCES, where
        if row["speaker"]:
            _check_span(text, row["speaker_start"], row["speaker_end"], row["speaker"], where + " (speaker)")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_speaker_codes_quote_their_text(lang):
    for i, row in enumerate(_rows(lang, "speakers.csv"), start=1):
        where = f"bench/dev/{lang}/speakers.csv data row {i}"
        _check_span(_text(lang, row["file"]), row["name_start"], row["name_end"], row["name"], where)
        assert row["kind"] in KINDS, where


@pytest.mark.parametrize("script", sorted(p.name for p in DEV.glob("code_*.py")))
def test_the_coding_scripts_and_the_tables_agree(script):
    """Every row a hand-coding script computes (spans found from its codes) is in the tables exactly as written."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(DEV / script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0 and "all in the tables as written" in done.stdout, done.stdout + done.stderr
