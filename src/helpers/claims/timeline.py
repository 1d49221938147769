"""Timeline: the dated events of each article (rule rows), or the hand-coded events for coded articles.

Each date expression of an article's body gets the event type whose cue is nearest to it in its sentence
(:data:`EVENT_TYPES`, cues in ``helpers/lexicon/<lang>/events.py``: broadcast, visit, agreement signed, fine, sanction, opening, construction, launch, trade trend,
statement); a dateline dates the article, not an event. A rule row is ``expected`` when its sentence reads as a
promise (:func:`helpers.claims.status.classify_status`) or the date is a deadline, ``occurred`` otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pandas as pd

from helpers.claims.dating import article_dates, date_records
from helpers.claims.evidence import compile_cues, mapping, nearest_cue, sentence_span
from helpers.claims.status import classify_status
from helpers.extract.dates import interval_precision, publication_interval

__all__ = ["TIMELINE_COLUMNS", "EVENT_TYPES", "event_cues", "event_type", "build_timeline"]

TIMELINE_COLUMNS = [
    "event_id", "file", "outlet_short", "published", "event_type", "status", "earliest", "latest", "precision",
    "is_period", "date_start", "date_end", "date_surface", "resolution", "sentence_start", "sentence_end",
    "sentence", "event_cue", "source",
]

EVENT_TYPES = ("broadcast", "visit", "agreement_signed", "fine", "sanction", "opening", "construction", "launch",
               "trade_trend", "statement")
"""The event types a date can get by rule, in the order ties are broken; their cues are each language's
``events.EVENT_CUES`` (``helpers/lexicon/<lang>/events.py``). A dateline is ``publication``, handled apart."""


@lru_cache(maxsize=None)
def event_cues(lang: str = "") -> tuple[tuple[str, re.Pattern], ...]:
    """``[(event_type, pattern), ...]`` of ``lang`` (every language's for an unknown or empty one), in
    :data:`EVENT_TYPES` order."""
    table = dict(mapping("events", lang, "EVENT_CUES"))
    return tuple((name, compile_cues(table[name])) for name in EVENT_TYPES if table.get(name))


_DATELINE = re.compile(r"^\s*[A-ZÀ-Ý][\w .'-]{0,40},\s*$")


def event_type(text: str, date_start: int, date_end: int, sentence: tuple[int, int], lang: str = ""
               ) -> tuple[str, str]:
    """``(event_type, cue)`` for a date expression: the event cue nearest to it in its sentence, ``publication`` for
    a dateline ("Brussels, May 7, 2021 –"), else ``('other', '')``. Ties go to the earlier type in
    :data:`EVENT_TYPES`; the cues are those of ``lang`` (:func:`event_cues`)."""
    before = text[sentence[0]:date_start]
    after = text[date_end:date_end + 4]
    if _DATELINE.match(before) and re.match(r"\s*[–—-]", after):
        return "publication", ""
    best = ("other", "", None)
    for name, pattern in event_cues(lang):
        match, distance = nearest_cue(pattern, text, sentence[0], sentence[1], date_start, date_end)
        if match is not None and (best[2] is None or distance < best[2]):
            best = (name, match.group(0), distance)
    return best[0], best[1]


def build_timeline(articles: pd.DataFrame, texts: dict, events: pd.DataFrame | None = None,
                   all_dates: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Dated events: every date expression of each article's body with an event cue (rule), or the hand-coded
    events for coded files. Columns :data:`TIMELINE_COLUMNS`, rows by earliest date, then file and offset."""
    rows = []
    coded = set() if events is None or events.empty else set(events["file"])
    all_dates = article_dates(articles, texts) if all_dates is None else all_dates
    for article in articles.sort_values("file").itertuples():
        text = texts[article.file]
        if article.file in coded:
            for e in events.loc[events["file"] == article.file].itertuples():
                rows.append({
                    "event_id": e.event_id, "file": e.file, "outlet_short": article.outlet_short,
                    "published": article.published, "event_type": e.event_type, "status": e.status,
                    "earliest": e.earliest, "latest": e.latest, "precision": _precision(e.earliest, e.latest),
                    "is_period": str(e.is_period).lower() == "true", "date_start": int(e.date_start),
                    "date_end": int(e.date_end), "date_surface": e.date_surface, "resolution": e.resolution,
                    "sentence_start": int(e.start), "sentence_end": int(e.end), "sentence": e.quote,
                    "event_cue": "", "source": "coded",
                })
            continue
        for date in date_records(all_dates[article.file]):
            start, end = date["start"], date["end"]
            sentence = sentence_span(text, start, end)
            kind, cue = event_type(text, start, end, sentence, article.language)
            if kind in ("other", "publication"):  # a dateline dates the article, not an event
                continue
            status, _cue = classify_status(text, start, end, "event", article.published, date, sentence,
                                           article.language)
            before_publication = date["latest"] < publication_interval(article.published)[0].isoformat()
            if kind in ("publication", "broadcast", "statement") or before_publication:
                status = "occurred"
            rows.append({
                "event_id": f"{article.file.rsplit('.', 1)[0]}:{start}", "file": article.file,
                "outlet_short": article.outlet_short, "published": article.published, "event_type": kind,
                "status": "occurred" if status == "occurred" else
                          "expected" if status == "promised" or date["kind"] == "deadline" else "occurred",
                "earliest": date["earliest"], "latest": date["latest"], "precision": date["precision"],
                "is_period": date["is_period"], "date_start": start, "date_end": end, "date_surface": date["surface"],
                "resolution": date["resolution"],
                "sentence_start": sentence[0], "sentence_end": sentence[1],
                "sentence": text[sentence[0]:sentence[1]], "event_cue": cue, "source": "rule",
            })
    if not rows:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    return (pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
            .sort_values(["earliest", "latest", "file", "date_start"], kind="stable").reset_index(drop=True))



def _precision(earliest: str, latest: str) -> str:
    return interval_precision(dt.date.fromisoformat(earliest), dt.date.fromisoformat(latest))
