"""``python -m helpers build``: the processed tables of ``data/processed/``, rebuilt from ``data/raw/``.

Everything is checked before anything is written (see :func:`helpers.corpus.read_raw_folder`), and the tables are
written atomically (see :mod:`helpers.outputs`), so bad input leaves the output folder exactly as it was. The work
per article is independent and is spread over ``jobs`` processes; the result does not depend on ``jobs``.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.corpus import describe_article, read_raw_folder
from helpers.corpus import ARTICLE_TEXT_COLUMNS, PARAGRAPH_COLUMNS
from helpers.outputs import write_tables
from helpers.parallel import map_in_order
from helpers.paths import PROCESSED_DIR, RAW_DIR

STAGES = ("loading", "language_and_furniture", "writing")

ARTICLE_TABLE_DROPS = ("body", "furniture")
"""Long text columns left out of ``articles.csv``: ``paragraphs.csv`` has the text, ``body_spans`` the spans."""


@dataclass
class BuildResult:
    """The tables built, where they were written, and the seconds spent per stage (summed over processes)."""

    tables: dict[str, pd.DataFrame]
    written: list[Path]
    stage_seconds: dict[str, float]
    n_articles: int
    n_bytes: int


def default_jobs() -> int:
    """Processes to use: every core this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def process_article(item: tuple[str, str]) -> tuple[dict, list[dict], Counter]:
    """All per-article work for one ``(file name, text)``: measures and paragraphs, with seconds per stage."""
    file, text = item
    seconds: Counter = Counter()
    started = time.perf_counter()
    article, paragraphs = describe_article(file, text)
    seconds["language_and_furniture"] += time.perf_counter() - started
    return article, paragraphs, seconds


def build_tables(raw_dir: Path = RAW_DIR, jobs: int = 1, max_article_mb: float | None = None
                 ) -> tuple[dict[str, pd.DataFrame], Counter, int]:
    """Build the processed tables in memory: ``{file name: DataFrame}``, seconds per stage, bytes read."""
    seconds: Counter = Counter()
    started = time.perf_counter()
    catalog, texts = read_raw_folder(raw_dir, max_article_mb)
    catalog = catalog.sort_values("file", kind="stable").reset_index(drop=True)
    seconds["loading"] += time.perf_counter() - started
    results = map_in_order(process_article, [(name, texts[name]) for name in catalog["file"]], jobs)
    for _, _, article_seconds in results:
        seconds.update(article_seconds)
    measures = pd.DataFrame([article for article, _, _ in results], columns=ARTICLE_TEXT_COLUMNS)
    articles = catalog.merge(measures.drop(columns=list(ARTICLE_TABLE_DROPS)), on="file", how="left",
                             validate="one_to_one")
    articles = articles[["article_id", *[c for c in articles.columns if c != "article_id"]]]
    paragraphs = pd.DataFrame([row for _, rows, _ in results for row in rows], columns=PARAGRAPH_COLUMNS)
    tables = {"articles.csv": articles, "paragraphs.csv": paragraphs}
    n_bytes = sum(len(text.encode("utf-8")) for text in texts.values())
    return tables, seconds, n_bytes


def build(raw_dir: Path = RAW_DIR, out_dir: Path = PROCESSED_DIR, jobs: int | None = None,
          max_article_mb: float | None = None) -> BuildResult:
    """Build every processed table from ``raw_dir`` and write them into ``out_dir`` atomically."""
    jobs = default_jobs() if jobs is None else jobs
    tables, seconds, n_bytes = build_tables(raw_dir, jobs, max_article_mb)
    started = time.perf_counter()
    written = write_tables(tables, out_dir)
    seconds["writing"] += time.perf_counter() - started
    return BuildResult(tables=tables, written=written, stage_seconds=dict(seconds),
                       n_articles=len(tables["articles.csv"]), n_bytes=n_bytes)
