"""``python -m helpers build``: the processed tables of ``data/processed/``, rebuilt from ``data/raw/``.

The catalog and the file list are checked first; each subset of at most :data:`CHUNK_ARTICLES` articles is then
read, checked and processed by one worker (:mod:`helpers.build.stages`), on a local process pool or on Dask
(:mod:`helpers.build.engines`), and its tables are written as soon as it finishes (:mod:`helpers.build.writing`),
so memory depends on the subset size, not on the corpus. Everything goes into a staging folder that replaces the
output folder as a whole, under a lock (:mod:`helpers.io.outputs`): bad input, a failure or a kill leaves the
output folder exactly as it was. The tables depend neither on ``jobs``, nor on the engine, nor on the subsets.

Stages, timed separately (seconds summed over processes): ``loading`` (catalog, reading and checking the files),
``language_and_furniture`` (paragraphs, furniture rules, language detection), ``extraction`` (stated quantities),
``attribution`` (actor mentions and who states each quantity), ``annotations`` (reading and validating the hand
codes, the tables drawn from the coded statements), ``claims`` (claims, flows, consistency, timeline: see
:mod:`helpers.claims.tables`), ``writing`` (rendering in the workers, appending, merging in the parent).

Without hand annotations (an analyst's folder of new articles) the build writes ``articles.csv``,
``paragraphs.csv``, ``quantities.csv`` (speakers found in the text, ``actor_status = proposed``), ``mentions.csv``,
``quotes.csv``, ``proposed_actors.csv``, ``stances_by_actor.csv`` (suggested stances), the claim tables (metrics
by rule) and the figure ledger. With ``data/annotations/`` the coded actors name
the speakers, the coded measures and events take precedence over the rules, and the tables drawn from the coded
statements are written too.
"""

from __future__ import annotations

import functools
import os
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.build.engines import ENGINES, run_tasks
from helpers.build.stages import (MENTION_TABLE_COLUMNS, QUANTITY_TABLE_COLUMNS, SPEAKERS_TABLE, Annotations,
                                  SubsetTask, article_rows, load_annotations, process_subset, speech_tables,
                                  statement_tables)
from helpers.build.writing import FORMATS, StreamingWriter, releasing_arrow_memory, render_subset
from helpers.claims.consistency import build_ledger_tables
from helpers.claims.tables import combine_claim_tables
from helpers.io.corpus import check_distinct, check_raw_folder, check_recorded_digests, max_article_bytes, read_article
from helpers.io.outputs import OutputFolder
from helpers.io.paths import ANNOTATIONS_DIR, PROCESSED_DIR, RAW_DIR
from helpers.parallel import MIN_ITEMS_PER_JOB

__all__ = ["BuildResult", "CHUNK_ARTICLES", "ENGINES", "FORMATS", "MENTION_TABLE_COLUMNS", "QUANTITY_TABLE_COLUMNS",
           "STAGES", "Annotations", "article_rows", "build", "build_tables", "chunk_articles", "default_jobs",
           "load_annotations", "statement_tables"]

STAGES = ("loading", "annotations", "language_and_furniture", "extraction", "attribution", "claims", "writing")

CHUNK_ARTICLES = 100
"""Most articles in one unit of work (their rows and claim tables, see :func:`build`)."""


@dataclass
class BuildResult:
    """Where the tables were written, the seconds spent per stage (summed over processes), articles and bytes
    read. ``tables`` is empty: :func:`build` does not keep them (see :func:`build_tables` for that)."""

    written: list[Path]
    stage_seconds: dict[str, float]
    n_articles: int
    n_bytes: int
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


def default_jobs() -> int:
    """Processes to use: every core this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def chunk_articles(n_articles: int, jobs: int) -> int:
    """Articles per subset: :data:`CHUNK_ARTICLES`, or fewer so that each process gets at least four subsets."""
    return max(1, min(CHUNK_ARTICLES, -(-n_articles // (4 * max(1, jobs)))))


def default_annotations_dir(raw_dir: Path) -> Path | None:
    """``data/annotations/`` for the project's own raw folder; for another raw folder, an ``annotations/`` folder
    beside it if there is one (laid out like ``data/``), else none."""
    if Path(raw_dir).resolve() == RAW_DIR.resolve():
        return ANNOTATIONS_DIR
    sibling = Path(raw_dir).resolve().parent / "annotations"
    return sibling if sibling.is_dir() else None


class ArticleTexts(Mapping):
    """The texts of a raw folder by file name, read (and checked) when asked for, not held: what the annotation
    checks need (they read the few articles that are coded)."""

    def __init__(self, files: dict[str, Path], limit_bytes: int):
        self.files, self.limit_bytes = files, limit_bytes

    @functools.lru_cache(maxsize=64)  # noqa: B019 -- one small object per build
    def __getitem__(self, name: str) -> str:
        return read_article(self.files[name], self.limit_bytes)

    def __iter__(self):
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)

    def __hash__(self) -> int:
        return id(self)


@dataclass
class _Plan:
    catalog: pd.DataFrame
    files: dict[str, Path]
    annotations: Annotations
    coded_tables: dict[str, pd.DataFrame]
    size: int
    n_bytes: int
    jobs: int

    def tasks(self) -> Iterator[SubsetTask]:
        """The subset tasks, made one at a time (the parent never holds them all)."""
        names = self.catalog["file"]
        limit = self.limit_bytes
        for first in range(0, len(names), self.size):
            chunk = names.iloc[first:first + self.size]
            yield SubsetTask(number=first // self.size, files=[(name, str(self.files[name])) for name in chunk],
                             catalog=self.catalog.iloc[first:first + self.size], limit_bytes=limit)

    limit_bytes: int | None = None
    raw_dir: Path | None = None


def _plan(raw_dir: Path, jobs: int, max_article_mb: float | None, annotations_dir: Path | None,
          seconds: Counter) -> _Plan:
    """Check the catalog and files, read the annotations, cut the corpus into subset tasks."""
    clock = time.perf_counter()
    catalog, files = check_raw_folder(raw_dir)
    catalog = catalog.sort_values("file", kind="stable").reset_index(drop=True)
    limit = max_article_bytes(max_article_mb)
    n_bytes = sum(files[name].stat().st_size for name in catalog["file"])
    seconds["loading"] += time.perf_counter() - clock
    clock = time.perf_counter()
    annotations = load_annotations(annotations_dir, ArticleTexts(files, limit))
    coded_tables = statement_tables(annotations, catalog)
    seconds["annotations"] += time.perf_counter() - clock
    use_pool = jobs > 1 and len(catalog) >= 2 * MIN_ITEMS_PER_JOB
    # one process reads the subsets one after the other: subsets smaller than CHUNK_ARTICLES would only add the
    # fixed cost of a subset's tables (about 0.2 CPU s each) without sharing any work out
    size = chunk_articles(len(catalog), jobs) if use_pool else CHUNK_ARTICLES
    return _Plan(catalog, files, annotations, coded_tables, size, n_bytes, jobs if use_pool else 1, limit,
                 Path(raw_dir))


def _results(plan: _Plan, seconds: Counter, finish=None, engine: str = "local", scheduler: str | None = None
             ) -> Iterator:
    """The subsets' results in order, each checked (a worker's input error is raised here)."""
    function = functools.partial(process_subset, annotations=plan.annotations, finish=finish)
    jobs = plan.jobs if engine == "local" else max(1, plan.jobs)
    seen: dict[bytes, str] = {}
    for result in run_tasks(function, plan.tasks(), jobs, engine, scheduler, n_articles=len(plan.catalog)):
        result.raise_error()
        for name, digest in result.digests:  # no two articles with the same content, checked as they come
            key = bytes.fromhex(digest)
            if key in seen:
                check_distinct([(seen[key], digest), (name, digest)], plan.files)
            seen[key] = name
        result.digests = []
        seconds.update(result.seconds)
        yield result
    clock = time.perf_counter()
    check_recorded_digests(plan.raw_dir, plan.files, plan.catalog["file"])  # before anything is swapped in
    seconds["loading"] += time.perf_counter() - clock


def build_tables(raw_dir: Path = RAW_DIR, jobs: int = 1, max_article_mb: float | None = None,
                 annotations_dir: Path | None = None) -> tuple[dict[str, pd.DataFrame], Counter, int]:
    """Build the processed tables in memory: ``{file name: DataFrame}``, seconds per stage, bytes read.

    The same tables as :func:`build` writes (for a corpus that fits in memory: notebooks and tests)."""
    seconds: Counter = Counter()
    plan = _plan(raw_dir, jobs, max_article_mb, annotations_dir, seconds)
    parts: dict[str, list[pd.DataFrame]] = {}
    for result in _results(plan, seconds):
        for name, frame in result.tables.items():
            parts.setdefault(name, []).append(frame)
    clock = time.perf_counter()
    claim_names = ("claims.csv", "timeline.csv", "flows.csv")
    n_parts = len(parts.get("claims.csv", []))
    claim_tables = combine_claim_tables([{name: parts[name][i] for name in claim_names}
                                         for i in range(n_parts)]) if n_parts else {}
    seconds["claims"] += time.perf_counter() - clock
    tables = {name: _concat(frames) for name, frames in parts.items()
              if name not in claim_names and name != SPEAKERS_TABLE}
    speech = speech_tables(tables["quotes.csv"], _concat(parts[SPEAKERS_TABLE]), plan.annotations, plan.catalog)
    return {**tables, **plan.coded_tables, **claim_tables, **speech}, seconds, plan.n_bytes


def _tables_made_once(writer: StreamingWriter, plan: _Plan) -> Iterator[dict[str, pd.DataFrame]]:
    """The tables made once for the corpus, one group at a time (each written and let go before the next is made):
    the tables of the coded statements, the speakers' tables (:func:`helpers.build.stages.speech_tables`) and the
    figure ledger (:func:`helpers.claims.consistency.build_ledger_tables`), from the rows the writer gathered from
    every subset."""
    yield dict(plan.coded_tables)
    quotes = writer.gathered("quotes")
    if quotes is None:
        return
    yield speech_tables(quotes, writer.gathered("speakers"), plan.annotations, plan.catalog)
    del quotes
    yield build_ledger_tables(writer.gathered("ledger"))


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    filled = [frame for frame in frames if len(frame)]
    return pd.concat(filled, ignore_index=True) if filled else frames[0]


def build(raw_dir: Path = RAW_DIR, out_dir: Path = PROCESSED_DIR, jobs: int | None = None,
          max_article_mb: float | None = None, annotations_dir: Path | None = None, engine: str = "local",
          scheduler: str | None = None, fmt: str = "csv") -> BuildResult:
    """Build every processed table from ``raw_dir`` and replace the tables of ``out_dir`` with them, as a whole.

    ``engine``: ``local`` (a pool of ``jobs`` processes) or ``dask`` (``scheduler``: a cluster's address; none
    starts a local cluster of ``jobs`` workers). ``fmt``: ``csv`` or ``parquet`` (a folder of parts per table)."""
    if engine not in ENGINES or fmt not in FORMATS:
        raise ValueError(f"engine must be one of {ENGINES} and format one of {FORMATS}")
    jobs = default_jobs() if jobs is None else jobs
    annotations_dir = default_annotations_dir(raw_dir) if annotations_dir is None else annotations_dir
    seconds: Counter = Counter()
    with OutputFolder(out_dir) as folder:
        plan = _plan(raw_dir, jobs, max_article_mb, annotations_dir, seconds)
        if engine == "dask":
            plan.jobs = max(1, jobs)
        writer = StreamingWriter(folder.staging, fmt)
        try:
            for result in _results(plan, seconds, functools.partial(render_subset, fmt=fmt), engine, scheduler):
                clock = time.perf_counter()
                writer.add(result)
                seconds["writing"] += time.perf_counter() - clock
            clock = time.perf_counter()
            with releasing_arrow_memory():
                writer.finish(_tables_made_once(writer, plan))
            seconds["claims"] += time.perf_counter() - clock
        finally:
            writer.close()
        written = folder.commit()
    return BuildResult(written=written, stage_seconds={s: seconds.get(s, 0.0) for s in STAGES},
                       n_articles=len(plan.catalog), n_bytes=plan.n_bytes)
