"""Cells that a spreadsheet would execute, neutralised (the OWASP rule against CSV injection).

A spreadsheet program opening a CSV treats a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
tab and carriage return as a way to smuggle one in (OWASP, "CSV Injection"). Text from an article or a catalog can
start with any of them ("=HYPERLINK(...)" in a title, "- 30 %" in a bullet, "@Cainiao" in a caption). Every table
the build writes therefore goes through :func:`neutralise_table`: such a text cell gets a leading single quote
(``'=HYPERLINK(...)``), which spreadsheets show as text and never evaluate. Cells that are plain numbers
(``-60000000.0``, ``+3``, ``-1e-05``) are left as they are, so numeric columns stay numeric.

Nothing is lost: every text cell that comes from an article has its span (``start``, ``end``) into the raw file,
so ``text[start:end]`` is the exact text; :func:`restore_cell` undoes the prefix for a program reading the CSV.
"""

from __future__ import annotations

import re

import pandas as pd

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet evaluate a cell (OWASP)."""

PREFIX = "'"
"""What is put in front of a cell that starts with a trigger."""

_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def is_plain_number(cell: str) -> bool:
    """True for a number as Python or pandas writes it (``-60000000.0``, ``+3``, ``1e-05``), nothing more."""
    return _PLAIN_NUMBER.fullmatch(cell) is not None


def neutralise_cell(cell):
    """``cell`` with a leading ``'`` if it is text that starts with a trigger and is not a plain number; any other
    value unchanged."""
    if isinstance(cell, str) and cell.startswith(TRIGGERS) and not is_plain_number(cell):
        return PREFIX + cell
    return cell


def restore_cell(cell):
    """The inverse of :func:`neutralise_cell` for a cell read back from a written table."""
    if isinstance(cell, str) and cell.startswith(PREFIX) and cell[1:].startswith(TRIGGERS) \
            and not is_plain_number(cell[1:]):
        return cell[1:]
    return cell


def neutralise_table(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` whose text cells are neutralised; numeric, boolean and date columns are not touched,
    and a table with nothing to neutralise is returned as it is (same object, same dtypes)."""
    result = table
    for position, column in enumerate(table.columns):
        values = table.iloc[:, position]
        if values.dtype.kind in "biufcmM" or not any(
                isinstance(cell, str) and cell.startswith(TRIGGERS) for cell in values.tolist()):
            continue  # nothing a spreadsheet would run (one pass over plain values, without mapping the column)
        fixed = values.map(neutralise_cell)
        if not fixed.equals(values):
            if result is table:
                result = table.copy()
            result.isetitem(position, fixed.astype(values.dtype))
    return result
