"""``python -m helpers build``: the processed tables of ``data/processed/``, rebuilt from ``data/raw/``.

Everything is checked before anything is written (see :func:`helpers.io.corpus.read_raw_folder` and
:mod:`helpers.coding.annotations`), and the tables are written atomically (see :mod:`helpers.io.outputs`), so bad input leaves
the output folder exactly as it was. The work per article is independent and is spread over ``jobs`` processes;
the result does not depend on ``jobs``.

Stages, timed separately (seconds summed over processes): ``loading`` (catalog, decoding, checks),
``language_and_furniture`` (paragraphs, furniture rules, language detection), ``extraction`` (stated quantities),
``attribution`` (actor mentions and who states each quantity), ``annotations`` (reading and validating the hand
codes, the tables drawn from the coded statements), ``claims`` (claims, flows, consistency, timeline: see
:mod:`helpers.claims.tables`), ``writing``.

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

from helpers.extract.attribution import attribution_rows
from helpers.extract.mentions import mention_rows
from helpers.claims.tables import article_claim_tables, combine_claim_tables
from helpers.io.corpus import ARTICLE_TEXT_COLUMNS, PARAGRAPH_COLUMNS, describe_article, read_raw_folder
from helpers.io.outputs import write_tables
from helpers.parallel import MIN_ITEMS_PER_JOB, map_in_order
from helpers.io.paths import ANNOTATIONS_DIR, PROCESSED_DIR, RAW_DIR
from helpers.extract.quantities import QUANTITY_COLUMNS, quantity_frame, quantity_rows
from helpers.extract.quotes import QUOTE_COLUMNS
from helpers.extract.speech_tables import SPEAKER_COLUMNS, apply_coded_stances, article_speech, proposed_actors

STAGES = ("loading", "annotations", "language_and_furniture", "extraction", "attribution", "claims", "writing")

ARTICLE_TABLE_DROPS = ("body", "furniture")
"""Long text columns left out of ``articles.csv``: ``paragraphs.csv`` has the text, ``body_spans`` the spans."""

CHUNK_ARTICLES = 100
"""Most articles in one unit of work (their rows and claim tables, see :func:`build_tables`)."""

QUANTITY_TABLE_COLUMNS = ["file", *QUANTITY_COLUMNS, "actor", "actor_status", "speaker_guess", "attribution_rule",
                          "paragraph"]
MENTION_TABLE_COLUMNS = ["file", "actor", "alias", "start", "end", "matched", "actor_status"]


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


def _body_paragraph_numbers(quantities: list[dict], paragraphs: list[dict]) -> list[int]:
    """The paragraph number of each quantity, 0 when it is not inside a body paragraph (page furniture, or across
    a line break)."""
    starts = [paragraph["start"] for paragraph in paragraphs]
    numbers = []
    for quantity in quantities:
        index = bisect.bisect_right(starts, quantity["start"]) - 1
        paragraph = paragraphs[index] if index >= 0 else None
        inside = paragraph is not None and quantity["end"] <= paragraph["end"] and not paragraph["is_furniture"]
        numbers.append(paragraph["paragraph"] if inside else 0)
    return numbers


def article_rows(file: str, text: str, actors: pd.DataFrame | None, seconds: Counter
                 ) -> tuple[dict, list[dict], list[dict], list[dict], dict]:
    """All per-article work for one article, as plain rows: its measures (:data:`ARTICLE_TEXT_COLUMNS` without
    the long text columns), its paragraph rows, its body quantities with who states them (keys
    :data:`QUANTITY_TABLE_COLUMNS`), its actor mentions (keys :data:`MENTION_TABLE_COLUMNS`) and its speech rows
    (quotations and speakers, :func:`helpers.extract.speech_tables.article_speech`). Adds the seconds spent to
    ``seconds`` by stage."""
    clock = time.perf_counter()
    article, paragraphs = describe_article(file, text)
    for column in ARTICLE_TABLE_DROPS:
        del article[column]
    now = time.perf_counter()
    seconds["language_and_furniture"] += now - clock
    clock = now
    lang = article["language"]
    found = quantity_rows(text, lang)
    quantities = [dict(row, paragraph=number) for row, number in zip(found, _body_paragraph_numbers(found, paragraphs))
                  if number > 0]
    now = time.perf_counter()
    seconds["extraction"] += now - clock
    clock = now
    mentions = mention_rows(text, actors) if actors is not None else []
    # --- reading (issue 11): quotations and speakers from the text, one reading per article ---
    reading, speech = article_speech(file, text, lang, actors, mentions)
    if quantities:
        spans = [(row["start"], row["end"]) for row in quantities]
        for row, who in zip(quantities, attribution_rows(text, spans, reading=reading)):
            row.update(file=file, actor=who["actor"], actor_status=who["actor_status"],
                       speaker_guess=who["speaker_guess"], attribution_rule=who["rule"])
    mentions = [{"file": file, **{column: row.get(column, "registry") for column in MENTION_TABLE_COLUMNS[1:]}}
                for row in mentions] + speech["mentions"]
    seconds["attribution"] += time.perf_counter() - clock
    return article, paragraphs, quantities, mentions, speech


def _frame(rows: list, columns: list[str]) -> pd.DataFrame | None:
    """Rows (dicts) as a DataFrame built column by column (dtypes inferred as for one article), None for no rows."""
    if not rows:
        return None
    return pd.DataFrame({column: [row[column] for row in rows] for column in columns})


def _quantity_frame(rows: list[dict]) -> pd.DataFrame | None:
    if not rows:
        return None
    frame = quantity_frame(rows)
    for column in QUANTITY_TABLE_COLUMNS:
        if column not in frame.columns:
            frame[column] = [row[column] for row in rows]
    return frame[QUANTITY_TABLE_COLUMNS]


def _concat(frames: list[pd.DataFrame | None], columns: list[str]) -> pd.DataFrame:
    frames = [frame for frame in frames if frame is not None and len(frame)]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)[columns]


def _articles_table(catalog: pd.DataFrame, measures: list[dict]) -> pd.DataFrame:
    """The articles table: catalog fields and measures, one row per article in catalog order."""
    columns = [c for c in ARTICLE_TEXT_COLUMNS if c not in ARTICLE_TABLE_DROPS]
    articles = catalog.merge(pd.DataFrame(measures, columns=columns), on="file", how="left", validate="one_to_one")
    return articles[["article_id", *[c for c in articles.columns if c != "article_id"]]]


@dataclass
class _ChunkResult:
    measures: list[dict]
    paragraphs: pd.DataFrame | None
    quantities: pd.DataFrame | None
    mentions: pd.DataFrame | None
    claims: dict[str, pd.DataFrame]
    seconds: Counter
    quotes: pd.DataFrame | None = None
    speakers: pd.DataFrame | None = None


@dataclass
class Annotations:
    """The hand codes of ``data/annotations/`` that exist, each validated against the article texts."""

    actors: pd.DataFrame | None = None
    statements: pd.DataFrame | None = None
    quantities: pd.DataFrame | None = None
    events: pd.DataFrame | None = None


def load_annotations(annotations_dir: Path | None, texts: dict[str, str]) -> Annotations:
    """Read and validate whichever of actors.csv, statements.csv, quantities.csv and events.csv exist.

    Every quote must be verbatim at its span (:func:`helpers.coding.annotations.check_quote_at_span`); any problem is an
    :class:`~helpers.io.errors.InputError` naming the file and row.
    """
    from helpers.coding.annotations import (check_annotation_files, load_actors, load_coded_quantities, load_events,
                                            load_statements)

    if annotations_dir is None:
        return Annotations()
    folder = Path(annotations_dir)
    check_annotation_files(folder)
    found = Annotations()
    if (folder / "actors.csv").is_file():
        found.actors = load_actors(folder / "actors.csv")
        if (folder / "statements.csv").is_file():
            found.statements = load_statements(folder / "statements.csv", texts, found.actors)
    if (folder / "quantities.csv").is_file():
        found.quantities = load_coded_quantities(folder / "quantities.csv", texts, found.actors)
    if (folder / "events.csv").is_file():
        found.events = load_events(folder / "events.csv", texts, found.actors)
    return found


def statement_tables(annotations: Annotations, articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The tables drawn from the coded statements (none without them)."""
    from helpers.coding.stances import actor_concept_table, dna_edge_list, stances_by_actor

    if annotations.statements is None:
        return {}
    return {
        "stances_by_actor.csv": stances_by_actor(annotations.statements, annotations.actors, articles),
        "actor_concept_stance.csv": actor_concept_table(annotations.statements),
        "dna_edges.csv": dna_edge_list(annotations.statements, annotations.actors),
    }


def _process_chunk(item: tuple[list[tuple[str, str]], pd.DataFrame], annotations: Annotations) -> _ChunkResult:
    """The per-article work for a subset of articles, then the claim tables of that subset
    (:func:`helpers.claims.tables.article_claim_tables`), in one worker: the texts are sent to a process once."""
    pairs, catalog = item
    seconds: Counter = Counter()
    measures, paragraphs, quantities, mentions, quotes, speakers = [], [], [], [], [], []
    for file, text in pairs:
        article, article_paragraphs, article_quantities, article_mentions, speech = article_rows(
            file, text, annotations.actors, seconds)
        measures.append(article)
        paragraphs += article_paragraphs
        quantities += article_quantities
        mentions += article_mentions
        quotes += speech["quotes"]
        speakers += speech["speakers"]
    clock = time.perf_counter()
    quantity_table = _quantity_frame(quantities)
    claims = article_claim_tables(
        quantity_table if quantity_table is not None else pd.DataFrame(columns=QUANTITY_TABLE_COLUMNS),
        _articles_table(catalog, measures), dict(pairs), gold=annotations.quantities,
        statements=annotations.statements, events=annotations.events)
    seconds["claims"] += time.perf_counter() - clock
    return _ChunkResult(measures=measures, paragraphs=_frame(paragraphs, PARAGRAPH_COLUMNS),
                        quantities=quantity_table, mentions=_frame(mentions, MENTION_TABLE_COLUMNS), claims=claims,
                        seconds=seconds, quotes=_frame(quotes, QUOTE_COLUMNS), speakers=_frame(speakers, SPEAKER_COLUMNS))


def build_tables(raw_dir: Path = RAW_DIR, jobs: int = 1, max_article_mb: float | None = None,
                 annotations_dir: Path | None = None) -> tuple[dict[str, pd.DataFrame], Counter, int]:
    """Build the processed tables in memory: ``{file name: DataFrame}``, seconds per stage, bytes read.

    The articles are processed in subsets of :data:`CHUNK_ARTICLES` (fewer when that gives each process at least
    four subsets): each subset's rows and claim tables are computed by one worker, and the parent process joins
    them, one DataFrame per table. The result depends neither on ``jobs`` nor on the subsets."""
    seconds: Counter = Counter()
    clock = time.perf_counter()
    catalog, texts = read_raw_folder(raw_dir, max_article_mb)
    catalog = catalog.sort_values("file", kind="stable").reset_index(drop=True)
    seconds["loading"] += time.perf_counter() - clock
    clock = time.perf_counter()
    annotations = load_annotations(annotations_dir, texts)
    coded_tables = statement_tables(annotations, catalog)
    seconds["annotations"] += time.perf_counter() - clock
    files = list(catalog["file"])
    size = chunk_articles(len(files), jobs)
    chunks = [([(file, texts[file]) for file in files[first:first + size]], catalog.iloc[first:first + size])
              for first in range(0, len(files), size)]
    n_bytes = sum(len(text.encode("utf-8")) for text in texts.values())
    del texts
    use_pool = jobs > 1 and len(files) >= 2 * MIN_ITEMS_PER_JOB
    results = map_in_order(functools.partial(_process_chunk, annotations=annotations), chunks,
                           jobs if use_pool else 1, min_items_per_job=1)
    del chunks
    for result in results:
        seconds.update(result.seconds)
    clock = time.perf_counter()
    claim_tables = combine_claim_tables([result.claims for result in results])
    seconds["claims"] += time.perf_counter() - clock
    tables = {
        "articles.csv": _articles_table(catalog, [m for result in results for m in result.measures]),
        "paragraphs.csv": _concat([result.paragraphs for result in results], PARAGRAPH_COLUMNS),
        "quantities.csv": _concat([result.quantities for result in results], QUANTITY_TABLE_COLUMNS),
        "mentions.csv": _concat([result.mentions for result in results], MENTION_TABLE_COLUMNS),
        **coded_tables,
        **claim_tables,
    }
    tables.update(speech_tables(results, annotations, catalog))
    return tables, seconds, n_bytes


def speech_tables(results: list, annotations: Annotations, catalog: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """``quotes.csv`` (coded stances over suggested ones), ``proposed_actors.csv`` and ``stances_by_actor.csv`` for
    any corpus (coded statements first, suggestions for the other speakers). Issue 11."""
    from helpers.coding.stances import stances_by_actor

    quotes = apply_coded_stances(_concat([r.quotes for r in results], QUOTE_COLUMNS), annotations.statements)
    speakers = _concat([r.speakers for r in results], SPEAKER_COLUMNS)
    return {"quotes.csv": quotes, "proposed_actors.csv": proposed_actors(speakers, annotations.actors),
            "stances_by_actor.csv": stances_by_actor(annotations.statements, annotations.actors, catalog, quotes)}


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
