"""The dates of each article's body, and the date a figure refers to."""

from __future__ import annotations

import pandas as pd

from helpers.extract.dates import date_rows

__all__ = ["article_dates", "date_records", "date_for"]


def _in_body(spans: str, start: int, end: int) -> bool:
    if not spans:
        return True
    for part in spans.split(";"):
        a, b = (int(x) for x in part.split("-"))
        if a <= start and end <= b:
            return True
    return False


def article_dates(articles: pd.DataFrame, texts: dict) -> dict[str, list[dict]]:
    """File -> the date expressions of its body (rows of :func:`helpers.extract.dates.find_dates` as dicts, text order)."""
    result = {}
    has_spans = "body_spans" in articles.columns
    for file, published, language, spans in zip(articles["file"], articles["published"], articles["language"],
                                                articles["body_spans"] if has_spans else [""] * len(articles)):
        result[file] = [d for d in date_rows(texts[file], published, language) if _in_body(spans, d["start"], d["end"])]
    return result


def date_records(dates) -> list[dict]:
    """One article's date expressions as a list of dicts, whether given as such or as a DataFrame."""
    return dates.to_dict("records") if isinstance(dates, pd.DataFrame) else dates


def date_for(dates: list[dict], start: int, end: int, sentence: tuple[int, int], clause: tuple[int, int]):
    """The date expression a figure refers to: in its clause if any, else the nearest in its sentence.

    ``dates`` are one article's date expressions (dicts with ``start`` and ``end``), in text order."""
    inside = [d for d in dates if d["start"] >= sentence[0] and d["end"] <= sentence[1]]
    if not inside:
        return None
    in_clause = [d for d in inside if d["start"] >= clause[0] and d["end"] <= clause[1]]
    pool = in_clause or inside

    def distance(d: dict) -> int:
        return d["start"] - end if d["start"] >= end else abs(start - d["end"])

    return min(pool, key=distance)
