"""Date arithmetic and labels for date intervals (no language in here)."""

from __future__ import annotations

import datetime as dt

from helpers.io.catalog import parse_published

__all__ = ["add_months", "month_end", "shift_back", "publication_interval", "interval_precision", "interval_label",
           "year_interval", "valid_day"]


def add_months(date: dt.date, months: int) -> dt.date:
    """``date`` moved by a whole number of months, the day clamped to the target month's length."""
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(date.day, _month_length(year, month + 1)))


def _month_length(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, _month_length(year, month))


def shift_back(date: dt.date, amount: float, unit: str) -> dt.date:
    """``date`` moved back by ``amount`` units (may be fractional: half a year is six months)."""
    if unit == "year":
        return add_months(date, -round(amount * 12))
    if unit == "month":
        whole = int(amount)
        moved = add_months(date, -whole)
        return moved - dt.timedelta(days=round((amount - whole) * 30))
    if unit == "week":
        return date - dt.timedelta(days=round(amount * 7))
    return date - dt.timedelta(days=round(amount))


def publication_interval(published) -> tuple[dt.date, dt.date, str]:
    """``(first, last, precision)`` of a publication date given as catalog text or as a ``(first, last)`` pair."""
    if isinstance(published, str):
        return parse_published(published)
    first, last = published[0], published[1]
    first = dt.date.fromisoformat(first) if isinstance(first, str) else first
    last = dt.date.fromisoformat(last) if isinstance(last, str) else last
    return first, last, interval_precision(first, last)


def interval_precision(earliest: dt.date, latest: dt.date) -> str:
    """``day``, ``week`` (Monday-Sunday), ``month``, ``quarter``, ``half``, ``year`` or ``interval``."""
    if earliest == latest:
        return "day"
    if earliest.weekday() == 0 and latest == earliest + dt.timedelta(days=6):
        return "week"
    if earliest.day == 1 and latest == month_end(latest.year, latest.month) and earliest.year == latest.year:
        months = latest.month - earliest.month + 1
        if months == 1:
            return "month"
        if months == 3 and earliest.month in (1, 4, 7, 10):
            return "quarter"
        if months == 6 and earliest.month in (1, 7):
            return "half"
        if months == 12:
            return "year"
    return "interval"


def interval_label(earliest, latest) -> str:
    """Shortest readable label: ``2021``, ``2021-05``, ``2021-05-07``, ``2021-H1``, else ``first..last``."""
    earliest = dt.date.fromisoformat(earliest) if isinstance(earliest, str) else earliest
    latest = dt.date.fromisoformat(latest) if isinstance(latest, str) else latest
    precision = interval_precision(earliest, latest)
    if precision == "day":
        return earliest.isoformat()
    if precision == "month":
        return earliest.strftime("%Y-%m")
    if precision == "year":
        return str(earliest.year)
    if precision == "half":
        return f"{earliest.year}-H{1 if earliest.month == 1 else 2}"
    if precision == "quarter":
        return f"{earliest.year}-Q{(earliest.month - 1) // 3 + 1}"
    return f"{earliest.isoformat()}..{latest.isoformat()}"


def year_interval(year: int) -> tuple[dt.date, dt.date]:
    """1 January to 31 December of ``year``."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def valid_day(year: int, month: int, day: int) -> bool:
    """Whether ``day`` exists in that month."""
    return 1 <= day <= _month_length(year, month)
