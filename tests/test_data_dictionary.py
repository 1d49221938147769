"""The data dictionary ``data/processed/README.md`` documents every processed table, column by column.

Each table has a section headed ``## `name.csv` ``; the first Markdown table under it has the columns
``column | type | meaning`` and one row per column of the CSV, in the CSV's order. These tests check that the
dictionary and the committed tables agree: same files, same columns in the same order, a known type and a meaning
for every column, and values that parse as the documented type.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from helpers.io.paths import PROCESSED_DIR

DICTIONARY = PROCESSED_DIR / "README.md"
ALLOWED_TYPES = ("string", "integer", "offset", "float", "boolean", "date", "partial date")
TABLE_HEADER = ["column", "type", "meaning"]

_SECTION = re.compile(r"^## `([^`]+)`\s*$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_SEPARATOR_CELL = re.compile(r"^:?-{3,}:?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _cells(line: str) -> list[str]:
    """The cells of one Markdown table row (``\\|`` is a literal pipe inside a cell)."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [cell.strip() for cell in _CELL_SPLIT.split(body)]


def _first_table(lines: list[str]) -> list[list[str]] | None:
    """Rows (lists of cells) of the first Markdown table in ``lines``, header and separator included."""
    rows: list[list[str]] = []
    for line in lines:
        if line.lstrip().startswith("|"):
            rows.append(_cells(line))
        elif rows:
            break
    return rows or None


def parse_dictionary(path: Path = DICTIONARY) -> dict[str, list[list[str]] | None]:
    """``{section name: rows of its first table}`` for every ``## `x` `` section, in file order.

    Raises AssertionError for a section that appears twice.
    """
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            match = _SECTION.match(line)
            current = match.group(1) if match else None
            if current is not None:
                assert current not in sections, f"{path.name}: section `{current}` appears twice"
                sections[current] = []
            continue
        if current is not None:
            sections[current].append(line)
    return {name: _first_table(lines) for name, lines in sections.items()}


def _documented(name: str) -> list[tuple[str, str, str]]:
    """``(column, type, meaning)`` rows documented for ``name`` (header and separator checked and dropped)."""
    table = DOCUMENTED[name]
    assert table is not None, f"{DICTIONARY.name}: section `{name}` has no Markdown table"
    assert len(table) >= 2, f"{DICTIONARY.name}: the table of `{name}` has no separator row"
    header, separator, *rows = table
    assert [cell.lower() for cell in header] == TABLE_HEADER, (
        f"{DICTIONARY.name}: the table of `{name}` must have the columns {' | '.join(TABLE_HEADER)}, found {header}")
    assert all(_SEPARATOR_CELL.match(cell) for cell in separator), (
        f"{DICTIONARY.name}: the second row of the table of `{name}` must be the separator (| --- | --- | --- |)")
    documented = []
    for row in rows:
        assert len(row) == 3, (
            f"{DICTIONARY.name}: a row of the table of `{name}` has {len(row)} cells, not 3 "
            f"(escape a literal pipe as \\|): {row}")
        column, kind, meaning = row
        documented.append((column.strip("`").strip(), kind.strip("`").strip(), meaning))
    return documented


def _csv_header_and_rows(name: str) -> tuple[list[str], list[list[str]]]:
    with open(PROCESSED_DIR / name, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        return header, list(reader)


CSV_FILES = sorted(path.name for path in PROCESSED_DIR.glob("*.csv"))
DOCUMENTED = parse_dictionary() if DICTIONARY.is_file() else {}


def test_the_dictionary_exists():
    assert DICTIONARY.is_file(), f"{DICTIONARY} is missing: it documents every table of data/processed/"
    assert CSV_FILES, "data/processed/ holds no CSV: run `python -m helpers build`"


def test_every_processed_csv_has_a_section():
    missing = [name for name in CSV_FILES if name not in DOCUMENTED]
    assert not missing, (
        f"{DICTIONARY.name} has no section for {missing}: add a '## `name.csv`' section with its column table")


def test_every_section_names_an_existing_csv():
    stray = [name for name in DOCUMENTED if name not in CSV_FILES]
    assert not stray, (
        f"{DICTIONARY.name} documents {stray}, which is not a CSV in data/processed/: remove or rename the section")


@pytest.mark.parametrize("name", CSV_FILES)
def test_documented_columns_equal_the_csv_header(name):
    if name not in DOCUMENTED:
        pytest.fail(f"{DICTIONARY.name} has no section for {name}")
    header, _ = _csv_header_and_rows(name)
    columns = [column for column, _, _ in _documented(name)]
    missing = [c for c in header if c not in columns]
    extra = [c for c in columns if c not in header]
    assert columns == header, (
        f"{name}: the dictionary's columns differ from the CSV header "
        f"(undocumented: {missing}; documented but not in the CSV: {extra}; "
        f"order in the CSV: {header}; order in the dictionary: {columns})")


@pytest.mark.parametrize("name", CSV_FILES)
def test_every_column_has_an_allowed_type_and_a_meaning(name):
    if name not in DOCUMENTED:
        pytest.fail(f"{DICTIONARY.name} has no section for {name}")
    for column, kind, meaning in _documented(name):
        assert kind in ALLOWED_TYPES, (
            f"{name}, column {column!r}: type {kind!r} is not one of {', '.join(ALLOWED_TYPES)}")
        assert meaning.strip(), f"{name}, column {column!r}: the meaning is empty"


def _parses(kind: str, value: str) -> bool:
    if kind in ("integer", "offset"):
        return re.fullmatch(r"-?\d+", value) is not None and (kind == "integer" or int(value) >= -1)
    if kind == "float":
        try:
            float(value)
        except ValueError:
            return False
        return True
    if kind == "boolean":
        return value in ("True", "False")
    if kind == "date":
        if not _DATE.match(value):
            return False
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    if kind == "partial date":
        match = _PARTIAL_DATE.match(value)
        if not match:
            return False
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            return False
        return True
    return True  # string: anything


@pytest.mark.parametrize("name", CSV_FILES)
def test_committed_values_parse_as_their_documented_type(name):
    if name not in DOCUMENTED:
        pytest.fail(f"{DICTIONARY.name} has no section for {name}")
    header, rows = _csv_header_and_rows(name)
    types = {column: kind for column, kind, _ in _documented(name)}
    bad = []
    for line, row in enumerate(rows, start=2):
        assert len(row) == len(header), f"{name} line {line}: {len(row)} fields for {len(header)} columns"
        for column, value in zip(header, row):
            kind = types.get(column, "string")
            if value != "" and not _parses(kind, value):
                bad.append(f"line {line}, {column} = {value!r} (documented as {kind})")
    assert not bad, f"{name}: values that do not parse as their documented type: " + "; ".join(bad[:10])
