"""Reading and validating the article catalog (``data/raw/catalog.csv``).

One row per article. Only ``file``, ``outlet`` and ``published`` are required of an article that an analyst adds;
the other columns may be empty or absent. ``published`` is an ISO date, a year-month or a year (``2021-05-07``,
``2021-05``, ``2021``): as precise as the text allows, never more.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.io.checks import shown_path
from helpers.io.errors import InputError

REQUIRED_COLUMNS = ("file", "outlet", "published")
OPTIONAL_COLUMNS = (
    "outlet_short",
    "outlet_type",
    "author",
    "title",
    "published_basis",
    "url",
    "original_language",
    "notes",
)
CATALOG_COLUMNS = ("file", "outlet") + OPTIONAL_COLUMNS[:4] + ("published",) + OPTIONAL_COLUMNS[4:]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@lru_cache(maxsize=1024)
def parse_published(value: str) -> tuple[dt.date, dt.date, str]:
    """Read a catalog date of any allowed precision.

    Returns the first and last day the value can mean, and its precision (``day``, ``month`` or ``year``).
    ``"2021-05"`` gives (2021-05-01, 2021-05-31, "month"). Raises ``ValueError`` for anything else. Cached: every
    figure of an article reads its publication date.
    """
    match = _PARTIAL_DATE.match(value.strip())
    if not match:
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    if day:
        date = dt.date(int(year), int(month), int(day))
        return date, date, "day"
    if month:
        first = dt.date(int(year), int(month), 1)
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - dt.timedelta(days=1), "month"
    return dt.date(int(year), 1, 1), dt.date(int(year), 12, 31), "year"


def read_catalog(path: Path) -> pd.DataFrame:
    """Read and validate a catalog CSV; every column is kept as text, empty cells as ``""``.

    Adds ``published_first``, ``published_last`` (ISO dates) and ``published_precision``.
    Raises :class:`InputError` naming the file and the row (as numbered in a spreadsheet, header = row 1) for a
    missing file, a file that is not UTF-8, a missing required column, an empty required cell, a bad date, or a file
    listed twice.
    """
    path = Path(path)
    where = shown_path(path)
    if not path.is_file():
        raise InputError(where, "the catalog is missing", "Create it with at least the columns file, outlet, published")
    try:
        catalog = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(where, f"the catalog is not UTF-8 ({exc.reason} at byte {exc.start})",
                         "Save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')") from None
    except pd.errors.ParserError as exc:
        raise InputError(where, f"the catalog is not a well-formed CSV ({str(exc).strip()})",
                         "Give every row as many fields as the header; quote fields that contain commas") from None
    except pd.errors.EmptyDataError:
        raise InputError(where, "the catalog is empty", "Give it a header row: file,outlet,published") from None
    missing = [column for column in REQUIRED_COLUMNS if column not in catalog.columns]
    if missing:
        raise InputError(where, f"required column(s) {', '.join(missing)} missing (found: {', '.join(catalog.columns)})",
                         "Add the missing column(s) to the header row; file, outlet and published are required")
    for column in OPTIONAL_COLUMNS:
        if column not in catalog.columns:
            catalog[column] = ""
    catalog = catalog.map(str.strip)
    catalog["outlet_short"] = catalog["outlet_short"].where(catalog["outlet_short"] != "", catalog["outlet"])
    firsts, lasts, precisions = [], [], []
    for index, row in catalog.iterrows():
        row_where = f"{where} row {index + 2}"
        for column in REQUIRED_COLUMNS:
            if not row[column]:
                raise InputError(row_where, f"'{column}' is empty",
                                 f"Fill in '{column}' (published may be a year, YYYY-MM or YYYY-MM-DD)")
        try:
            first, last, precision = parse_published(row["published"])
        except ValueError as exc:
            raise InputError(f"{row_where} ({row['file']})", f"bad published date: {exc}",
                             "Write the date as YYYY-MM-DD, or YYYY-MM or YYYY where that is all that is known") from None
        firsts.append(first.isoformat())
        lasts.append(last.isoformat())
        precisions.append(precision)
    duplicated = catalog["file"][catalog["file"].duplicated()]
    if len(duplicated):
        name = duplicated.iloc[0]
        rows = [str(i + 2) for i in catalog.index[catalog["file"] == name]]
        raise InputError(f"{where} rows {', '.join(rows)}", f"{name} is listed more than once",
                         "Keep one row per article file")
    extra = [c for c in catalog.columns if c not in CATALOG_COLUMNS]
    return catalog[list(CATALOG_COLUMNS) + extra].assign(
        published_first=firsts, published_last=lasts, published_precision=precisions
    )
