"""The build at scale gives the same tables whatever the number of processes and subsets, and the shortcuts taken
for speed are exact. No timings here: speed is measured by ``bench/bench_build.py``."""

from __future__ import annotations

import io
import re
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.extract import dates as dates
from helpers.build import build_tables, chunk_articles
from helpers.io.paths import ANNOTATIONS_DIR, RAW_DIR

BENCH_DIR = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> tuple[Path, Path]:
    """60 synthetic articles (bench/make_corpus.py, seed 7) and an annotations folder holding only actors.csv."""
    sys.path.insert(0, str(BENCH_DIR))
    try:
        from make_corpus import make_corpus
    finally:
        sys.path.remove(str(BENCH_DIR))
    root = tmp_path_factory.mktemp("synthetic")
    make_corpus(60, root / "raw", seed=7)
    (root / "annotations").mkdir()
    shutil.copy(ANNOTATIONS_DIR / "actors.csv", root / "annotations" / "actors.csv")
    return root / "raw", root / "annotations"


@pytest.fixture(scope="module")
def reference(synthetic) -> tuple[dict, int]:
    """The synthetic corpus built in memory by one process with the default subsets: the tables every other way
    of building must equal (built once for the module), and their size in bytes."""
    raw, annotations = synthetic
    tables, _, size = build_tables(raw, jobs=1, annotations_dir=annotations)
    return tables, size


def test_whole_build_is_the_same_with_one_or_two_processes(synthetic, reference):
    raw, annotations = synthetic
    assert chunk_articles(60, 1) != chunk_articles(60, 2)  # different subsets too
    one, bytes_one = reference
    two, _, bytes_two = build_tables(raw, jobs=2, annotations_dir=annotations)
    assert bytes_one == bytes_two
    assert sorted(one) == sorted(two)
    assert {"articles.csv", "paragraphs.csv", "quantities.csv", "mentions.csv", "claims.csv", "timeline.csv",
            "flows.csv", "figure_consistency.csv"} <= set(one)
    for name in one:
        pd.testing.assert_frame_equal(one[name], two[name], check_exact=True, obj=name)
    assert len(one["articles.csv"]) == 60
    assert len(one["quantities.csv"]) > 0 and len(one["mentions.csv"]) > 0 and len(one["claims.csv"]) > 0


def test_whole_build_does_not_depend_on_the_subsets(synthetic, reference, monkeypatch):
    raw, annotations = synthetic
    monkeypatch.setattr("helpers.build.CHUNK_ARTICLES", 7)
    small, _, _ = build_tables(raw, jobs=1, annotations_dir=annotations)
    for name in reference[0]:
        pd.testing.assert_frame_equal(reference[0][name], small[name], check_exact=True, obj=name)


def test_project_build_is_the_same_with_one_or_two_processes():
    one, _, _ = build_tables(RAW_DIR, jobs=1, annotations_dir=ANNOTATIONS_DIR)
    two, _, _ = build_tables(RAW_DIR, jobs=2, annotations_dir=ANNOTATIONS_DIR)
    for name in one:
        pd.testing.assert_frame_equal(one[name], two[name], check_exact=True, obj=name)


# ----------------------------------------------------------------------------------------- dates: rule "needs"
def _need_letters() -> set[str]:
    letters = set()
    for rule in dates._RULES:
        for need in rule.needs:
            letters |= {ch for ch in need.pattern if ch.isalpha()}
    return letters


def test_needs_are_searched_in_lower_case():
    for rule in dates._RULES:
        for need in rule.needs:
            assert need.flags & re.IGNORECASE == 0
            literal = re.sub(r"\\[dsw]|\(\?!\\w\)|\(\?:", "", need.pattern)
            assert literal == literal.lower(), rule.name


def test_case_exceptions_are_the_only_characters_lower_casing_misreads():
    """Over every code point: a character that matches a lower-case letter of the needs under IGNORECASE is that
    letter once lower-cased, lower() gives one character, and \\w-ness survives lower(), except for the characters
    of dates._CASE_EXCEPTIONS (texts holding one are scanned by every rule)."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    exceptions = {ch for ch in every if dates._CASE_EXCEPTIONS.fullmatch(ch)}
    word = re.compile(r"\w")
    found = set()
    for ch in every:
        low = ch.lower()
        if len(low) != 1 or (word.match(ch) is None) != (word.match(low) is None):
            found.add(ch)
    for letter in _need_letters():
        for ch in re.findall(re.escape(letter), every, re.IGNORECASE):
            if ch.lower() != letter:
                found.add(ch)
    assert found == exceptions


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted((RAW_DIR / "articles").glob("*.txt"))]
    sys.path.insert(0, str(BENCH_DIR))
    try:
        import random

        from make_corpus import make_article
    finally:
        sys.path.remove(str(BENCH_DIR))
    rng = random.Random(3)
    texts += [make_article(rng, ("en", "fr", "nl")[i % 3]) for i in range(300)]
    source = (Path(__file__).parent / "test_dates.py").read_text(encoding="utf-8")
    texts += re.findall(r'"([^"\n]{3,})"', source)
    texts += ["ſince 2018, ın 2019 and in May 2021", "Last WEEK, in MAY 2021, 12 DÉCEMBRE 2018"]
    return texts


def test_rules_give_the_same_dates_with_and_without_needs(monkeypatch):
    texts = _texts()
    with_needs = [dates.date_rows(text, "2021-05", "fr") for text in texts]
    monkeypatch.setattr(dates, "_scan", lambda rule, text, low, found: rule.pattern.finditer(text))
    without = [dates.date_rows(text, "2021-05", "fr") for text in texts]
    assert with_needs == without
    assert sum(map(len, without)) > 300


def test_find_dates_is_date_rows_as_a_frame():
    text = "Le 5 décembre 2018, deux accords étaient signés ; l'an dernier, il y a trois ans."
    frame = dates.find_dates(text, "2021-05", "fr")
    assert frame.to_dict("records") == dates.date_rows(text, "2021-05", "fr")
    assert dates.find_dates("nothing here", "2021").dtypes.equals(frame.dtypes)


# ----------------------------------------------------------------------------------------- streaming build
def _csv_of(tables: dict) -> dict[str, bytes]:
    from helpers.io.outputs import table_to_csv_bytes

    return {name: table_to_csv_bytes(table) for name, table in tables.items()}


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


@pytest.mark.parametrize("chunk", [3, 100])
def test_streamed_tables_are_the_tables_built_in_memory(synthetic, reference, tmp_path, monkeypatch, chunk):
    """Written subset by subset (appended, merged, compared from runs), the files are byte for byte the CSV of the
    whole tables; with subsets of 3 articles, many parts have no rows or odd dtypes."""
    from helpers.build import build

    raw, annotations = synthetic
    monkeypatch.setattr("helpers.build.CHUNK_ARTICLES", chunk)
    expected = _csv_of(reference[0])  # the in-memory tables do not depend on the subsets (test above)
    build(raw, tmp_path / "out", jobs=2, annotations_dir=annotations)
    assert _files(tmp_path / "out") == expected


def test_streamed_tables_of_the_project_are_the_committed_tables(tmp_path):
    from helpers.build import build

    build(RAW_DIR, tmp_path / "out", jobs=1)
    expected = {p.name: p.read_bytes() for p in sorted((RAW_DIR.parent / "processed").glob("*.csv"))}
    assert _files(tmp_path / "out") == expected


def test_tables_merged_in_rounds_and_small_batches_are_the_in_memory_tables(monkeypatch, tmp_path, synthetic,
                                                                           reference):
    """The sorted tables merged from many runs in rounds and written in small batches, and the ledger made once
    from the gathered columns: the same bytes as the tables built in memory."""
    from helpers.build import build

    raw, annotations = synthetic
    monkeypatch.setattr("helpers.build.writing.BATCH_ROWS", 7)
    monkeypatch.setattr("helpers.build.writing.MERGE_FAN_IN", 3)
    monkeypatch.setattr("helpers.build.CHUNK_ARTICLES", 4)
    expected = _csv_of(reference[0])  # the in-memory tables do not depend on the subsets (test above)
    build(raw, tmp_path / "out", jobs=1, annotations_dir=annotations)
    assert _files(tmp_path / "out")["figure_ledger.csv"] == expected["figure_ledger.csv"]
    assert _files(tmp_path / "out") == expected


# dask 2026.8.0's Parquet reader calls DataFrame.reset_index(inplace=True), deprecated by pandas 3.1 (a warning
# inside dask, not in this project's code)
@pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning")
def test_parquet_output_reads_back_as_the_csv_tables(synthetic, reference, tmp_path):
    """``--format parquet``: a folder of parts per table, read directly by pandas and by Dask, same rows as the CSV
    files a build writes (the CSV of the in-memory tables: the streamed build writes exactly those bytes, tested
    above, so they are not built a second time here)."""
    import dask.dataframe as dd

    from helpers.build import build

    raw, annotations = synthetic
    csv_files = _csv_of(reference[0])
    build(raw, tmp_path / "pq", jobs=1, annotations_dir=annotations, fmt="parquet")
    names = sorted(csv_files)
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == [n.replace(".csv", ".parquet") for n in names]
    for name in names:
        from_csv = pd.read_csv(io.BytesIO(csv_files[name]), dtype=str, keep_default_na=False)
        folder = tmp_path / "pq" / name.replace(".csv", ".parquet")
        from_parquet = pd.read_parquet(folder)
        assert list(from_parquet.columns) == list(from_csv.columns), name
        assert len(from_parquet) == len(from_csv), name
        assert len(dd.read_parquet(str(folder)).compute()) == len(from_csv), name
    claims = pd.read_parquet(tmp_path / "pq" / "claims.parquet")
    reference = pd.read_csv(io.BytesIO(csv_files["claims.csv"]), keep_default_na=False)
    assert claims["claim_id"].tolist() == reference["claim_id"].tolist()
    assert claims["value"].tolist() == reference["value"].tolist()


# ----------------------------------------------------------------------------------------- article language
def test_article_language_reads_a_short_sample_with_the_same_answer(synthetic):
    """detect_article_language gives the languages of detect_language on the whole sample: the project's articles
    (probabilities too) and 60 synthetic articles; bench/bench_build.py checks the 10,000 of the benchmark."""
    from helpers.io.corpus import LANGUAGE_SAMPLE_CHARS, describe_article
    from helpers.text.language import ARTICLE_SHORT_SAMPLE, detect_language

    raw, _ = synthetic
    seeds = sorted((RAW_DIR / "articles").glob("*.txt"))
    for path in seeds + sorted((raw / "articles").glob("*.txt")):
        article, _ = describe_article(path.name, path.read_text(encoding="utf-8"))
        sample = article["body"][:LANGUAGE_SAMPLE_CHARS]
        assert len(sample) > ARTICLE_SHORT_SAMPLE
        full = detect_language(sample)
        assert article["language"] == full[0], path.name
        if path in seeds:
            assert article["language_probability"] == full[1]
