"""``python -m helpers build``: the processed tables of ``data/processed/``, rebuilt from ``data/raw/``.

Everything is checked before anything is written (see :func:`helpers.corpus.read_raw_folder` and
:mod:`helpers.annotations`), and the tables are written atomically (see :mod:`helpers.outputs`), so bad input leaves
the output folder exactly as it was. The work per article is independent and is spread over ``jobs`` processes;
the result does not depend on ``jobs``.

Stages, timed separately (seconds summed over processes): ``loading`` (catalog, decoding, checks),
``language_and_furniture`` (paragraphs, furniture rules, language detection), ``extraction`` (stated quantities),
``attribution`` (actor mentions and who states each quantity), ``annotations`` (reading and validating the hand
codes, the tables drawn from the coded statements), ``claims`` (claims, flows, consistency, timeline: see
:mod:`helpers.claims`), ``writing``.

Without hand annotations (an analyst's folder of new articles) the build writes ``articles.csv``,
``paragraphs.csv``, ``quantities.csv`` (``actor`` empty, ``speaker_guess`` filled by the heuristic),
``mentions.csv`` (empty) and the claim tables (metrics by rule). With ``data/annotations/`` the coded actors name
the speakers, the coded measures and events take precedence over the rules, and the tables drawn from the coded
statements are written too.
"""

from __future__ import annotations

import bisect
import functools
import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.actors import MENTION_COLUMNS, attribute_spans, find_mentions
from helpers.claims import article_claim_tables, combine_claim_tables
from helpers.corpus import ARTICLE_TEXT_COLUMNS, PARAGRAPH_COLUMNS, describe_article, read_raw_folder
from helpers.outputs import write_tables
from helpers.parallel import map_in_order
from helpers.paths import ANNOTATIONS_DIR, PROCESSED_DIR, RAW_DIR
from helpers.quantities import QUANTITY_COLUMNS, extract_quantities

STAGES = ("loading", "annotations", "language_and_furniture", "extraction", "attribution", "claims", "writing")

ARTICLE_TABLE_DROPS = ("body", "furniture")
"""Long text columns left out of ``articles.csv``: ``paragraphs.csv`` has the text, ``body_spans`` the spans."""

CLAIM_CHUNK_ARTICLES = 200
"""The claim tables are computed in parallel over subsets of this many articles (see :mod:`helpers.claims`)."""

QUANTITY_TABLE_COLUMNS = ["file", *QUANTITY_COLUMNS, "actor", "speaker_guess", "attribution_rule", "paragraph"]
MENTION_TABLE_COLUMNS = ["file", "actor", "alias", "start", "end", "matched"]


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


def body_quantities(text: str, paragraphs: list[dict], lang: str) -> pd.DataFrame:
    """Quantities stated in the body of one article (none from page furniture), with their paragraph number."""
    quantities = extract_quantities(text, lang)
    starts = [paragraph["start"] for paragraph in paragraphs]
    numbers = []
    for start, end in zip(quantities["start"], quantities["end"]):
        index = bisect.bisect_right(starts, start) - 1
        paragraph = paragraphs[index] if index >= 0 else None
        inside = paragraph is not None and end <= paragraph["end"] and not paragraph["is_furniture"]
        numbers.append(paragraph["paragraph"] if inside else 0)
    return quantities.assign(paragraph=numbers).loc[lambda df: df["paragraph"] > 0].reset_index(drop=True)


def process_article(item: tuple[str, str], actors: pd.DataFrame | None = None
                    ) -> tuple[dict, list[dict], pd.DataFrame, pd.DataFrame, Counter]:
    """All per-article work for one ``(file name, text)``: measures, paragraphs, quantities with who states them,
    and actor mentions, with seconds per stage."""
    file, text = item
    seconds: Counter = Counter()
    clock = time.perf_counter()
    article, paragraphs = describe_article(file, text)
    now = time.perf_counter()
    seconds["language_and_furniture"] += now - clock
    clock = now
    quantities = body_quantities(text, paragraphs, article["language"])
    now = time.perf_counter()
    seconds["extraction"] += now - clock
    clock = now
    mentions = find_mentions(text, actors) if actors is not None else pd.DataFrame(columns=MENTION_COLUMNS)
    attribution = attribute_spans(text, quantities, actors, article["language"], details=True, mentions=mentions)
    quantities = quantities.assign(file=file, actor=attribution["actor"], speaker_guess=attribution["speaker_guess"],
                                   attribution_rule=attribution["rule"])[QUANTITY_TABLE_COLUMNS]
    mentions = mentions.assign(file=file)[MENTION_TABLE_COLUMNS]
    seconds["attribution"] += time.perf_counter() - clock
    return article, paragraphs, quantities, mentions, seconds


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    frames = [frame for frame in frames if len(frame)]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)[columns]


@dataclass
class Annotations:
    """The hand codes of ``data/annotations/`` that exist, each validated against the article texts."""

    actors: pd.DataFrame | None = None
    statements: pd.DataFrame | None = None
    quantities: pd.DataFrame | None = None
    events: pd.DataFrame | None = None


def load_annotations(annotations_dir: Path | None, texts: dict[str, str]) -> Annotations:
    """Read and validate whichever of actors.csv, statements.csv, quantities.csv and events.csv exist.

    Every quote must be verbatim at its span (:func:`helpers.annotations.check_quote_at_span`); any problem is an
    :class:`~helpers.errors.InputError` naming the file and row.
    """
    from helpers.annotations import load_actors, load_quoted_table, load_statements

    if annotations_dir is None:
        return Annotations()
    folder = Path(annotations_dir)
    found = Annotations()
    if (folder / "actors.csv").is_file():
        found.actors = load_actors(folder / "actors.csv")
        if (folder / "statements.csv").is_file():
            found.statements = load_statements(folder / "statements.csv", texts, found.actors)
    if (folder / "quantities.csv").is_file():
        found.quantities = load_quoted_table(folder / "quantities.csv", texts, "surface")
    if (folder / "events.csv").is_file():
        found.events = load_quoted_table(folder / "events.csv", texts, "quote")
    return found


def statement_tables(annotations: Annotations, articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The tables drawn from the coded statements (none without them)."""
    from helpers.stances import actor_concept_table, dna_edge_list, stances_by_actor

    if annotations.statements is None:
        return {}
    return {
        "stances_by_actor.csv": stances_by_actor(annotations.statements, annotations.actors, articles),
        "actor_concept_stance.csv": actor_concept_table(annotations.statements),
        "dna_edges.csv": dna_edge_list(annotations.statements, annotations.actors),
    }


def _claims_for_subset(item: tuple[pd.DataFrame, pd.DataFrame, dict[str, str]], annotations: Annotations
                       ) -> dict[str, pd.DataFrame]:
    quantities, articles, texts = item
    return article_claim_tables(quantities, articles, texts, gold=annotations.quantities,
                                statements=annotations.statements, events=annotations.events)


def claim_tables_in_parallel(quantities: pd.DataFrame, articles: pd.DataFrame, texts: dict[str, str],
                             annotations: Annotations, jobs: int) -> dict[str, pd.DataFrame]:
    """The claim tables (:mod:`helpers.claims`), computed over subsets of :data:`CLAIM_CHUNK_ARTICLES` articles
    by ``jobs`` processes, then joined; the same tables as for the whole corpus at once."""
    files = list(articles["file"])
    by_file = dict(tuple(quantities.groupby("file", sort=False))) if len(quantities) else {}
    subsets = []
    for first in range(0, len(files), CLAIM_CHUNK_ARTICLES):
        chunk = files[first:first + CLAIM_CHUNK_ARTICLES]
        chunk_quantities = _concat([by_file[f] for f in chunk if f in by_file], QUANTITY_TABLE_COLUMNS)
        subsets.append((chunk_quantities, articles.loc[articles["file"].isin(chunk)],
                        {f: texts[f] for f in chunk}))
    worker = functools.partial(_claims_for_subset, annotations=annotations)
    return combine_claim_tables(map_in_order(worker, subsets, jobs, min_items_per_job=1))


def build_tables(raw_dir: Path = RAW_DIR, jobs: int = 1, max_article_mb: float | None = None,
                 annotations_dir: Path | None = None) -> tuple[dict[str, pd.DataFrame], Counter, int]:
    """Build the processed tables in memory: ``{file name: DataFrame}``, seconds per stage, bytes read."""
    seconds: Counter = Counter()
    clock = time.perf_counter()
    catalog, texts = read_raw_folder(raw_dir, max_article_mb)
    catalog = catalog.sort_values("file", kind="stable").reset_index(drop=True)
    seconds["loading"] += time.perf_counter() - clock
    clock = time.perf_counter()
    annotations = load_annotations(annotations_dir, texts)
    coded_tables = statement_tables(annotations, catalog)
    seconds["annotations"] += time.perf_counter() - clock
    worker = functools.partial(process_article, actors=annotations.actors)
    results = map_in_order(worker, [(name, texts[name]) for name in catalog["file"]], jobs)
    for *_, article_seconds in results:
        seconds.update(article_seconds)
    measures = pd.DataFrame([result[0] for result in results], columns=ARTICLE_TEXT_COLUMNS)
    articles = catalog.merge(measures.drop(columns=list(ARTICLE_TABLE_DROPS)), on="file", how="left",
                             validate="one_to_one")
    articles = articles[["article_id", *[c for c in articles.columns if c != "article_id"]]]
    quantities = _concat([result[2] for result in results], QUANTITY_TABLE_COLUMNS)
    clock = time.perf_counter()
    claim_tables = claim_tables_in_parallel(quantities, articles, texts, annotations, jobs)
    seconds["claims"] += time.perf_counter() - clock
    tables = {
        "articles.csv": articles,
        "paragraphs.csv": pd.DataFrame([row for result in results for row in result[1]], columns=PARAGRAPH_COLUMNS),
        "quantities.csv": quantities,
        "mentions.csv": _concat([result[3] for result in results], MENTION_TABLE_COLUMNS),
        **coded_tables,
        **claim_tables,
    }
    n_bytes = sum(len(text.encode("utf-8")) for text in texts.values())
    return tables, seconds, n_bytes


def default_annotations_dir(raw_dir: Path) -> Path | None:
    """``data/annotations/`` for the project's own raw folder; for another raw folder, an ``annotations/`` folder
    beside it if there is one (laid out like ``data/``), else none."""
    if Path(raw_dir).resolve() == RAW_DIR.resolve():
        return ANNOTATIONS_DIR
    sibling = Path(raw_dir).resolve().parent / "annotations"
    return sibling if sibling.is_dir() else None


def build(raw_dir: Path = RAW_DIR, out_dir: Path = PROCESSED_DIR, jobs: int | None = None,
          max_article_mb: float | None = None, annotations_dir: Path | None = None) -> BuildResult:
    """Build every processed table from ``raw_dir`` and write them into ``out_dir`` atomically."""
    jobs = default_jobs() if jobs is None else jobs
    annotations_dir = default_annotations_dir(raw_dir) if annotations_dir is None else annotations_dir
    tables, seconds, n_bytes = build_tables(raw_dir, jobs, max_article_mb, annotations_dir)
    clock = time.perf_counter()
    written = write_tables(tables, out_dir)
    seconds["writing"] += time.perf_counter() - clock
    return BuildResult(tables=tables, written=written, stage_seconds={s: seconds.get(s, 0.0) for s in STAGES},
                       n_articles=len(tables["articles.csv"]), n_bytes=n_bytes)
