"""Hand-coded actors and statements (Part II of ``data/annotations/codebook.md``): vocabularies, loading, validation.

Two tables, coded in the tradition of the Discourse Network Analyzer (one statement = a span of an article, the
actor who makes it, a concept, and agreement):

- ``actors.csv``: one row per actor (:data:`ACTOR_COLUMNS`); ``aliases`` are separated by ``|`` and an alias that
  starts with ``~`` is *contextual* (a title or common noun such as ``~the minister``; see :mod:`helpers.extract.speakers`).
- ``statements.csv``: one row per statement (:data:`STATEMENT_COLUMNS`); ``quote`` must equal
  ``article_text[start:end]`` (Python string offsets into the UTF-8 decoded file, end exclusive).

The controlled vocabularies below are the single source of truth; a test checks that the codebook documents exactly
these values. Every problem raises :class:`helpers.io.errors.InputError` naming the CSV file and the row. Rows are
numbered as *data rows counted from 1* (the first row under the header is data row 1); the message also gives the
*line* of the file (data row + 1, because the header is line 1), which is the row number a spreadsheet shows.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pandas as pd

from helpers.io.errors import InputError
from helpers.io.paths import relative_to_project

ACTOR_COLUMNS = ("actor_id", "name", "aliases", "kind", "organisation", "role", "actor_type", "country")
STATEMENT_COLUMNS = ("statement_id", "file", "start", "end", "quote", "actor", "concept", "stance", "speech_type",
                     "note")

KINDS = ("person", "organisation", "collective")

ACTOR_TYPES = (
    "academic",
    "federal_government",
    "regional_government",
    "public_agency",
    "legislator",
    "intelligence_service",
    "company",
    "airport_operator",
    "civil_society",
    "foreign_government",
    "media",
    "supranational",
)

CONCEPTS = (
    "jobs",
    "exports_trade_balance",
    "smes_ecommerce",
    "investment_infrastructure",
    "economic_development",
    "espionage_security",
    "data_protection",
    "sovereignty",
    "human_rights",
    "diplomacy",
    "sustainability",
    "overall_assessment",
)

STANCES = ("supportive", "critical", "neutral")

SPEECH_TYPES = ("direct", "indirect", "reported", "authorial")

ALIAS_SEPARATOR = "|"
CONTEXTUAL_PREFIX = "~"

_SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


def _where(path, row_index: int | None = None) -> str:
    """``data/annotations/x.csv, data row 3 (line 4)`` for a 0-based DataFrame index."""
    name = relative_to_project(Path(path)) if path is not None else "<table>"
    if row_index is None:
        return name
    return f"{name}, data row {row_index + 1} (line {row_index + 2} counting the header)"


def _read_csv(path) -> pd.DataFrame:
    path = Path(path)
    if not path.exists():
        raise InputError(_where(path), "the file is missing", "Create it or check the path")
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except pd.errors.EmptyDataError:
        raise InputError(_where(path), "the file is empty", "Give it a header row") from None


def _check_columns(df: pd.DataFrame, required, source) -> None:
    missing = [c for c in required if c not in df.columns]
    if missing:
        raise InputError(_where(source), f"missing column(s): {', '.join(missing)}",
                         f"The header must contain: {','.join(required)}")


def _check_vocabulary(value: str, allowed, column: str, where: str) -> None:
    if value not in allowed:
        close = difflib.get_close_matches(value, allowed, n=2, cutoff=0.5)
        hint = f"Did you mean {' or '.join(repr(c) for c in close)}? " if close else ""
        raise InputError(where, f"{column} {value!r} is not in the codebook",
                         f"{hint}Use one of: {', '.join(allowed)} (codebook Part II)")


def split_aliases(value: str) -> list[str]:
    """The aliases of an ``aliases`` cell, in order, stripped, empty ones dropped (``~`` prefixes kept)."""
    return [a.strip() for a in str(value).split(ALIAS_SEPARATOR) if a.strip()]


def validate_actors(actors: pd.DataFrame, source=None) -> pd.DataFrame:
    """Check an actors table; return it (all strings). ``source`` is the CSV path used in messages."""
    _check_columns(actors, ACTOR_COLUMNS, source)
    actors = actors.fillna("").astype(str)
    for column in ACTOR_COLUMNS:
        actors[column] = actors[column].str.strip()
    seen_ids: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    for i, row in enumerate(actors.itertuples(index=False)):
        where = _where(source, i)
        if not row.actor_id or not _SNAKE.match(row.actor_id):
            raise InputError(where, f"actor_id {row.actor_id!r} is not snake_case",
                             "Use lower-case letters, digits and underscores, e.g. jonathan_holslag")
        if row.actor_id in seen_ids:
            raise InputError(where, f"duplicate actor_id {row.actor_id!r} (also data row {seen_ids[row.actor_id]})",
                             "Give every actor a unique actor_id")
        seen_ids[row.actor_id] = i + 1
        if not row.name:
            raise InputError(where, "name is empty", "Fill in the canonical name")
        if row.name in seen_names:
            raise InputError(where, f"duplicate name {row.name!r} (also data row {seen_names[row.name]})",
                             "Canonical names must be unique; merge the rows")
        seen_names[row.name] = i + 1
        _check_vocabulary(row.kind, KINDS, "kind", where)
        _check_vocabulary(row.actor_type, ACTOR_TYPES, "actor_type", where)
        for alias in split_aliases(row.aliases):
            if not alias.lstrip(CONTEXTUAL_PREFIX).strip():
                raise InputError(where, f"empty alias in {row.aliases!r}", "Remove the stray '|' or '~'")
    _check_shared_aliases(actors, source)
    return actors.reset_index(drop=True)


def _check_shared_aliases(actors: pd.DataFrame, source) -> None:
    """Refuse an alias that names two actors unless it is marked contextual (``~``) for both.

    Aliases are compared as the mention finder compares them (accents, case and spacing folded, see
    :func:`helpers.extract.speakers.fold`); an actor's canonical name counts as one of its (non-contextual) aliases.
    A shared alias is read as contextual for both actors, so a plain one would silently stop naming either of them.
    """
    from helpers.extract.speakers import fold

    owners: dict[str, dict[int, tuple[str, bool]]] = {}  # folded alias -> {row: (alias, plain)}
    for i, row in enumerate(actors.itertuples(index=False)):
        aliases = [(row.name, True)] + [(a.lstrip(CONTEXTUAL_PREFIX).strip(), not a.startswith(CONTEXTUAL_PREFIX))
                                        for a in split_aliases(row.aliases)]
        for alias, plain in aliases:
            by_row = owners.setdefault(fold(" ".join(alias.split())), {})
            previous = by_row.get(i)
            by_row[i] = (alias, plain) if previous is None or (plain and not previous[1]) else previous
    for by_row in owners.values():
        plain_rows = [i for i, (_, plain) in by_row.items() if plain]
        if len(by_row) > 1 and plain_rows:
            first = plain_rows[0]
            second = min(i for i in by_row if i != first)
            names = actors["name"]
            raise InputError(_where(source, max(first, second)),
                             f"alias {by_row[first][0]!r} of {names.iloc[first]!r} also names {names.iloc[second]!r} "
                             f"(as {by_row[second][0]!r}; data rows {min(first, second) + 1} and "
                             f"{max(first, second) + 1})",
                             "An alias must name one actor: remove it from one of them, or, for a title that fits "
                             "several (~the minister), mark it with '~' in every row")


def check_actor_references(table: pd.DataFrame, actors: pd.DataFrame | None, source, column: str = "actor") -> None:
    """Refuse a row of ``table`` (e.g. ``quantities.csv``, ``events.csv``) whose ``column`` names an actor that
    ``actors.csv`` does not have; an empty cell (the outlet's own voice) is fine."""
    if column not in table.columns:
        return
    names = [] if actors is None else list(actors["name"])
    known = set(names)
    for i, value in enumerate(table[column].astype(str).str.strip()):
        if value and value not in known:
            if actors is None:
                raise InputError(_where(source, i), f"actor {value!r} is given but actors.csv is missing",
                                 "Add actors.csv (codebook Part II) beside this file, or leave the actor empty")
            close = difflib.get_close_matches(value, names, n=3, cutoff=0.5)
            hint = f"Did you mean {', '.join(repr(c) for c in close)}? " if close else ""
            raise InputError(_where(source, i), f"unknown actor {value!r}",
                             f"{hint}Use a canonical name from actors.csv or add the actor there")


def check_unique(table: pd.DataFrame, source, column: str) -> None:
    """Refuse an empty or repeated identifier in ``column`` (e.g. ``event_id`` of ``events.csv``)."""
    if column not in table.columns:
        return
    seen: dict[str, int] = {}
    for i, value in enumerate(table[column].astype(str).str.strip()):
        if not value:
            raise InputError(_where(source, i), f"{column} is empty", f"Give every row a unique {column}")
        if value in seen:
            raise InputError(_where(source, i), f"duplicate {column} {value!r} (also data row {seen[value]})",
                             f"Give every row a unique {column}; if the rows are the same, keep one")
        seen[value] = i + 1


def check_annotation_files(folder: Path) -> None:
    """Refuse a folder of annotations whose files cannot be used together: ``statements.csv`` without
    ``actors.csv`` (every statement names an actor of that file; without it they would be dropped)."""
    folder = Path(folder)
    if (folder / "statements.csv").is_file() and not (folder / "actors.csv").is_file():
        raise InputError(_where(folder / "statements.csv"), "there is no actors.csv beside it, so its statements "
                                                            "cannot be checked or used",
                         "Add actors.csv (codebook Part II) with every actor the statements name, or move "
                         "statements.csv out of the folder")


def load_actors(path) -> pd.DataFrame:
    """Read and validate ``actors.csv``."""
    return validate_actors(_read_csv(path), source=path)


def nearest_match(text: str, quote: str, start: int | None = None) -> str:
    """Describe where ``quote`` really is in ``text``: exact occurrences if any, else the closest substring."""
    if not quote:
        return "the quote is empty"
    hits = [m.start() for m in re.finditer(re.escape(quote), text)]
    if hits:
        best = min(hits, key=lambda h: abs(h - start)) if start is not None else hits[0]
        shift = f" (shifted by {best - start:+d})" if start is not None else ""
        more = f"; {len(hits)} occurrences in all" if len(hits) > 1 else ""
        return f"the quote occurs verbatim at start={best}, end={best + len(quote)}{shift}{more}"
    matcher = difflib.SequenceMatcher(None, text, quote, autojunk=False)
    block = matcher.find_longest_match(0, len(text), 0, len(quote))
    if block.size == 0:
        return "nothing in the article resembles the quote"
    lo = max(0, block.a - block.b)
    candidates = []
    for s in range(max(0, lo - 5), min(len(text), lo + 6)):
        for length in {len(quote) - 2, len(quote) - 1, len(quote), len(quote) + 1, len(quote) + 2}:
            window = text[s:s + max(1, length)]
            ratio = difflib.SequenceMatcher(None, window, quote, autojunk=False).ratio()
            candidates.append((ratio, -abs(s - lo), s, window))
    ratio, _, s, window = max(candidates)
    return f"closest text is at start={s}, end={s + len(window)} ({ratio:.0%} similar): {window!r}"


def check_quote_at_span(where: str, file: str, start, end, quote: str, articles: dict[str, str]) -> tuple[int, int]:
    """Check that ``quote`` is verbatim at ``start:end`` of article ``file``; returns the span as integers.

    Raises :class:`InputError` naming ``where`` for an unknown article (suggesting a close name), a span that is not
    two whole numbers or lies outside the article, or a quote that is not the text at its span (showing the
    nearest match).
    """
    if file not in articles:
        close = difflib.get_close_matches(file, list(articles), n=1, cutoff=0.6)
        hint = f"Did you mean {close[0]!r}? " if close else ""
        raise InputError(where, f"unknown article file {file!r}",
                         f"{hint}Use the file name of an article in data/raw/articles/")
    try:
        start, end = int(start), int(end)
    except ValueError:
        raise InputError(where, f"start/end must be whole numbers, got {start!r}/{end!r}",
                         "Compute the span with text.find(quote)") from None
    text = articles[file]
    if not 0 <= start < end <= len(text):
        raise InputError(where, f"span {start}:{end} is outside the article ({len(text)} characters)",
                         nearest_match(text, quote, start).capitalize())
    if text[start:end] != quote:
        raise InputError(where, f"quote is not verbatim at {start}:{end} of {file} "
                                f"(the text there is {text[start:end]!r})",
                         "Fix start/end or the quote: " + nearest_match(text, quote, start))
    return start, end


def load_quoted_table(path, articles: dict[str, str], quote_column: str, required=()) -> pd.DataFrame:
    """Read a hand-coded table whose rows quote an article (``file``, ``start``, ``end`` and ``quote_column``) and
    check every quote at its span; e.g. ``quantities.csv`` (quote column ``surface``) or ``events.csv``
    (``quote``). Returns it as text columns with integer ``start`` and ``end``."""
    table = _read_csv(path)
    _check_columns(table, ("file", "start", "end", quote_column, *required), path)
    spans = [check_quote_at_span(_where(path, i), row["file"], row["start"], row["end"], row[quote_column], articles)
             for i, row in enumerate(table.to_dict("records"))]
    return table.assign(start=pd.Series([s for s, _ in spans], dtype="int64"),
                        end=pd.Series([e for _, e in spans], dtype="int64"))


def validate_statements(statements: pd.DataFrame, articles: dict[str, str], actors: pd.DataFrame,
                        source=None) -> pd.DataFrame:
    """Check a statements table against the article texts and the actors; return it with integer start/end.

    ``articles`` maps a file name (as in the ``file`` column, e.g. ``000_37e69e1a8fcb3a08.txt``) to its text.
    """
    _check_columns(statements, STATEMENT_COLUMNS, source)
    statements = statements.fillna("").astype(str).reset_index(drop=True)
    names = list(actors["name"])
    name_set = set(names)
    seen: dict[str, int] = {}
    starts, ends = [], []
    for i, row in enumerate(statements.itertuples(index=False)):
        where = _where(source, i)
        sid = row.statement_id.strip()
        if not sid:
            raise InputError(where, "statement_id is empty", "Give every statement a unique id")
        if sid in seen:
            raise InputError(where, f"duplicate statement_id {sid!r} (also data row {seen[sid]})",
                             "Give every statement a unique id")
        seen[sid] = i + 1
        start, end = check_quote_at_span(where, row.file, row.start, row.end, row.quote, articles)
        if row.actor not in name_set:
            close = difflib.get_close_matches(row.actor, names, n=3, cutoff=0.5)
            hint = f"Did you mean {', '.join(repr(c) for c in close)}? " if close else ""
            raise InputError(where, f"unknown actor {row.actor!r}",
                             f"{hint}Use a canonical name from actors.csv or add the actor there")
        _check_vocabulary(row.concept, CONCEPTS, "concept", where)
        _check_vocabulary(row.stance, STANCES, "stance", where)
        _check_vocabulary(row.speech_type, SPEECH_TYPES, "speech_type", where)
        starts.append(start)
        ends.append(end)
    return statements.assign(start=pd.Series(starts, dtype="int64"), end=pd.Series(ends, dtype="int64"))


def load_statements(path, articles: dict[str, str], actors: pd.DataFrame) -> pd.DataFrame:
    """Read and validate ``statements.csv`` against ``articles`` (file name -> text) and ``actors``."""
    return validate_statements(_read_csv(path), articles, actors, source=path)


def load_coded_quantities(path, articles: dict[str, str], actors: pd.DataFrame | None) -> pd.DataFrame:
    """Read and validate ``quantities.csv``: every ``surface`` at its span, every ``actor`` in ``actors.csv``."""
    table = load_quoted_table(path, articles, "surface")
    check_actor_references(table, actors, path)
    return table


def load_events(path, articles: dict[str, str], actors: pd.DataFrame | None) -> pd.DataFrame:
    """Read and validate ``events.csv``: every ``quote`` at its span, ``event_id`` unique, every ``actor`` known."""
    table = load_quoted_table(path, articles, "quote", required=("event_id",))
    check_unique(table, path, "event_id")
    check_actor_references(table, actors, path)
    return table
