"""The dates of each article's body, and the date a figure refers to."""

from __future__ import annotations

import bisect

import pandas as pd

from helpers.extract.dates import date_rows

__all__ = ["article_dates", "date_records", "date_for"]


def _body_ranges(spans: str) -> list[tuple[int, int]] | None:
    """The body paragraphs' ``start-end;start-end`` spans as sorted pairs (``None``: no spans, all is body)."""
    if not spans:
        return None
    return sorted(tuple(int(x) for x in part.split("-")) for part in spans.split(";"))


def _in_body(ranges: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one body paragraph (paragraphs do not overlap: the one that starts last
    at or before ``start`` is the only candidate)."""
    if ranges is None:
        return True
    index = bisect.bisect_right(ranges, (start, float("inf"))) - 1
    return index >= 0 and ranges[index][0] <= start and end <= ranges[index][1]


def article_dates(articles: pd.DataFrame, texts: dict) -> dict[str, list[dict]]:
    """File -> the date expressions of its body (rows of :func:`helpers.extract.dates.find_dates` as dicts, text order)."""
    result = {}
    has_spans = "body_spans" in articles.columns
    for file, published, language, spans in zip(articles["file"], articles["published"], articles["language"],
                                                articles["body_spans"] if has_spans else [""] * len(articles)):
        ranges = _body_ranges(spans)
        result[file] = [d for d in date_rows(texts[file], published, language) if _in_body(ranges, d["start"], d["end"])]
    return result


def date_records(dates) -> list[dict]:
    """One article's date expressions as a list of dicts, whether given as such or as a DataFrame."""
    return dates.to_dict("records") if isinstance(dates, pd.DataFrame) else dates


def date_for(dates: list[dict], start: int, end: int, sentence: tuple[int, int], clause: tuple[int, int]):
    """The date expression a figure refers to: in its clause if any, else the nearest in its sentence.

    ``dates`` are one article's date expressions (dicts with ``start`` and ``end``), in text order: the sentence's
    are found by bisection, so reading every figure of an article stays linear in its length."""
    first = bisect.bisect_left(dates, sentence[0], key=lambda d: d["start"])
    last = bisect.bisect_right(dates, sentence[1], key=lambda d: d["start"])
    inside = [d for d in dates[first:last] if d["end"] <= sentence[1]]
    if not inside:
        return None
    in_clause = [d for d in inside if d["start"] >= clause[0] and d["end"] <= clause[1]]
    pool = in_clause or inside

    def distance(d: dict) -> int:
        return d["start"] - end if d["start"] >= end else abs(start - d["end"])

    return min(pool, key=distance)
