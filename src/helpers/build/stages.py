"""The build's units of work: one article (:func:`article_rows`) and one subset of articles (:func:`process_subset`).

Both are plain functions of their arguments, run by any engine (:mod:`helpers.build.engines`): a subset task names
its article files (paths that every worker must be able to read), reads and checks them itself, and returns its
rows. The parent process never holds every text.
"""

from __future__ import annotations

import bisect
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.claims.tables import article_claim_tables
from helpers.extract.quantities import QUANTITY_COLUMNS, quantity_frame, quantity_rows
from helpers.extract.attribution import attribution_rows
from helpers.extract.mentions import mention_rows
from helpers.extract.quotes import QUOTE_COLUMNS
from helpers.extract.speech_tables import SPEAKER_COLUMNS, apply_coded_stances, article_speech, proposed_actors
from helpers.io.errors import InputError
from helpers.io.corpus import ARTICLE_TEXT_COLUMNS, PARAGRAPH_COLUMNS, describe_article, read_article

ARTICLE_TABLE_DROPS = ("body", "furniture")
"""Long text columns left out of ``articles.csv``: ``paragraphs.csv`` has the text, ``body_spans`` the spans."""

QUANTITY_TABLE_COLUMNS = ["file", *QUANTITY_COLUMNS, "actor", "actor_status", "speaker_guess", "attribution_rule",
                          "paragraph"]
MENTION_TABLE_COLUMNS = ["file", "actor", "alias", "start", "end", "matched", "actor_status"]
SPEAKERS_TABLE = "_speakers"
"""A subset's speakers found in the text (:data:`SPEAKER_COLUMNS`): not written, gathered for
``proposed_actors.csv``."""


@dataclass
class Annotations:
    """The hand codes of ``data/annotations/`` that exist, each validated against the article texts."""

    actors: pd.DataFrame | None = None
    statements: pd.DataFrame | None = None
    quantities: pd.DataFrame | None = None
    events: pd.DataFrame | None = None


def load_annotations(annotations_dir: Path | None, texts) -> Annotations:
    """Read and validate whichever of actors.csv, statements.csv, quantities.csv and events.csv exist.

    ``texts`` maps file names to texts (a dict, or a :class:`ArticleTexts` that reads them when asked). Every quote
    must be verbatim at its span (:func:`helpers.coding.annotations.check_quote_at_span`); any problem is an
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
    """The tables drawn from the coded statements alone (none without them); ``stances_by_actor.csv`` also reads the
    quotations, see :func:`speech_tables`."""
    from helpers.coding.stances import actor_concept_table, dna_edge_list

    if annotations.statements is None:
        return {}
    return {
        "actor_concept_stance.csv": actor_concept_table(annotations.statements),
        "dna_edges.csv": dna_edge_list(annotations.statements, annotations.actors),
    }


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
    reading, speech = article_speech(file, text, lang, actors, mentions)  # quotations and speakers, read once
    if quantities:
        spans = [(row["start"], row["end"]) for row in quantities]
        for row, who in zip(quantities, attribution_rows(text, spans, reading=reading)):
            row.update(file=file, actor=who["actor"], actor_status=who["actor_status"],
                       speaker_guess=who["speaker_guess"], attribution_rule=who["rule"])
    mentions = [{"file": file, **{column: row.get(column, "registry") for column in MENTION_TABLE_COLUMNS[1:]}}
                for row in mentions] + speech["mentions"]
    seconds["attribution"] += time.perf_counter() - clock
    return article, paragraphs, quantities, mentions, speech


def _frame(rows: list, columns: list[str]) -> pd.DataFrame:
    """Rows (dicts) as a DataFrame built column by column (dtypes inferred as for one article)."""
    if not rows:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame({column: [row[column] for row in rows] for column in columns})


def _quantity_frame(rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return pd.DataFrame(columns=QUANTITY_TABLE_COLUMNS)
    frame = quantity_frame(rows)
    for column in QUANTITY_TABLE_COLUMNS:
        if column not in frame.columns:
            frame[column] = [row[column] for row in rows]
    return frame[QUANTITY_TABLE_COLUMNS]


def articles_table(catalog: pd.DataFrame, measures: list[dict]) -> pd.DataFrame:
    """The articles table: catalog fields and measures, one row per article in catalog order."""
    columns = [c for c in ARTICLE_TEXT_COLUMNS if c not in ARTICLE_TABLE_DROPS]
    articles = catalog.merge(pd.DataFrame(measures, columns=columns), on="file", how="left", validate="one_to_one")
    return articles[["article_id", *[c for c in articles.columns if c != "article_id"]]]


@dataclass
class SubsetTask:
    """One unit of work: article files (name and path, in catalog order), their catalog rows, the size limit."""

    number: int
    files: list[tuple[str, str]]
    catalog: pd.DataFrame
    limit_bytes: int | None = None


@dataclass
class SubsetResult:
    """A subset's tables (every table, with its columns even without rows), the SHA-256 of each article, seconds
    per stage, and what the writer rendered from the tables in the worker (``payload``; the tables are then
    dropped)."""

    number: int
    tables: dict[str, pd.DataFrame]
    digests: list[tuple[str, str]]
    seconds: Counter = field(default_factory=Counter)
    payload: dict = field(default_factory=dict)
    error: tuple[str, str, str] | None = None
    """An input problem found by the worker (``where``, ``problem``, ``fix``), raised again by the parent."""

    def raise_error(self) -> None:
        """Raise the worker's :class:`~helpers.io.errors.InputError` here (exceptions are returned, not pickled)."""
        if self.error is not None:
            raise InputError(*self.error)


def subset_tables(pairs: list[tuple[str, str]], catalog: pd.DataFrame, annotations: Annotations, seconds: Counter
                  ) -> dict[str, pd.DataFrame]:
    """The per-article tables of a subset of articles (``(file, text)`` in catalog order), then its claim tables
    (:func:`helpers.claims.tables.article_claim_tables`)."""
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
    articles = articles_table(catalog, measures)
    claims = article_claim_tables(
        quantity_table, articles, dict(pairs), gold=annotations.quantities, statements=annotations.statements,
        events=annotations.events)
    seconds["claims"] += time.perf_counter() - clock
    return {"articles.csv": articles, "paragraphs.csv": _frame(paragraphs, PARAGRAPH_COLUMNS),
            "quantities.csv": quantity_table, "mentions.csv": _frame(mentions, MENTION_TABLE_COLUMNS),
            "quotes.csv": apply_coded_stances(_frame(quotes, QUOTE_COLUMNS), annotations.statements),
            SPEAKERS_TABLE: _frame(speakers, SPEAKER_COLUMNS), **claims}


def speech_tables(quotes: pd.DataFrame, speakers: pd.DataFrame, annotations: Annotations, catalog: pd.DataFrame
                  ) -> dict[str, pd.DataFrame]:
    """``proposed_actors.csv`` and ``stances_by_actor.csv`` for any corpus (coded statements first, suggestions for
    the other speakers), from the whole corpus's quotations (``quotes.csv`` columns, or the few
    :data:`STANCE_QUOTE_COLUMNS` that the stances need) and speakers."""
    from helpers.coding.stances import stances_by_actor

    return {"proposed_actors.csv": proposed_actors(speakers, annotations.actors),
            "stances_by_actor.csv": stances_by_actor(annotations.statements, annotations.actors, catalog, quotes)}


STANCE_QUOTE_COLUMNS = ["file", "start", "end", "quote", "type", "actor", "stance"]
"""The columns of ``quotes.csv`` that :func:`speech_tables` reads (what the parent gathers from each subset)."""


def process_subset(task: SubsetTask, annotations: Annotations, finish=None) -> SubsetResult:
    """Read and check the subset's files (:func:`helpers.io.corpus.read_article`), compute its tables
    (:func:`subset_tables`), then ``finish(result)`` if given (the writer's rendering, done in the worker)."""
    seconds: Counter = Counter()
    clock = time.perf_counter()
    try:
        pairs = [(name, read_article(Path(path), task.limit_bytes)) for name, path in task.files]
    except InputError as error:
        return SubsetResult(number=task.number, tables={}, digests=[], error=(error.where, error.problem, error.fix))
    seconds["loading"] += time.perf_counter() - clock
    tables = subset_tables(pairs, task.catalog, annotations, seconds)
    digests = list(zip(tables["articles.csv"]["file"], tables["articles.csv"]["sha256"]))
    result = SubsetResult(number=task.number, tables=tables, digests=digests, seconds=seconds)
    if finish is not None:
        clock = time.perf_counter()
        finish(result)
        seconds["writing"] += time.perf_counter() - clock
    return result
