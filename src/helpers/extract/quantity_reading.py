"""Reading one candidate number of the quantity scanner: its value, scale, range, unit or counted noun, rate
and hedge (the rules of Part I of ``data/annotations/codebook.md``; see :mod:`helpers.extract.quantities`).

:func:`read_one` returns a row, ``None`` (not a quantity), or an *orphan*: a bare number bound to no unit or noun,
which the scanner may still read as a count whose noun is elided (:mod:`helpers.extract.quantities`). Every
look-around here is bounded: a fixed window before the number (:data:`~helpers.extract.quantity_rules.BEFORE_WIDTH`)
and anchored matches after it whose white-space runs are bounded.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from helpers.extract.numbers import normalise, parse_digits, words_value
from helpers.extract.quantity_rules import CURRENCY_SYMBOLS as CURRENCY_OF
from helpers.extract.quantity_units import read_unit_or_noun
from helpers.extract.quantity_rules import (
    BEFORE_WIDTH,
    hedge_before,
    NUMERIC_TAIL,
    SKIP_TOKEN,
    TIME_OF_DAY,
    Rules,
    search_before,
)

__all__ = ["read_one", "Reading"]


@dataclass
class Reading:
    """What is read of a candidate so far (offsets into the text; ``value`` and ``high`` scaled)."""

    start: int
    pos: int
    value: float
    high: float | None = None
    spelled: bool = False
    year_like: bool = False
    currency: str | None = None
    scaled: bool = False
    opener_start: int | None = None


def _number(rules: Rules, m: re.Match[str]) -> tuple[float, int, bool] | None:
    """Value of the number in a candidate match, its end, and whether it was spelled out."""
    if m.group("num") is not None:
        return parse_digits(m.group("num"), rules.lang), m.end("num"), False
    if m.group("approx") is not None:
        return rules.approximate[normalise(m.group("approx_word"))], m.end(), True
    read = words_value(m.group("words"), rules.lang)
    if read is None:
        return None
    return read[0], m.start("words") + read[1], True


def _scale(rules: Rules, text: str, pos: int, has_currency_prefix: bool):
    """Scale word at ``pos``: (multiplier, end) or None."""
    m = rules.scale.match(text, pos)
    if m is None:
        return None
    if m.group("word") is not None:
        return rules.scales[normalise(m.group("word"))], m.end()
    abbr = normalise(m.group("abbr"))
    if abbr in rules.abbreviations_attached and m.group("sp"):
        return None
    if abbr in rules.abbreviations:
        return rules.abbreviations[abbr], m.end()
    if abbr in rules.abbreviations_with_currency:
        if has_currency_prefix or rules.currency_after.match(text, m.end()):
            return rules.abbreviations_with_currency[abbr], m.end()
    return None


def _high_end(rules: Rules, text: str, m: re.Match[str], r: Reading, conn: re.Match[str]):
    """The high end of a range after the connector ``conn``: (value, end) or None."""
    p2 = conn.end()
    cur2 = rules.currency_prefix.match(text, p2)
    if cur2 is not None and r.currency is not None:
        p2 = cur2.end()
    m2 = rules.number_only.match(text, p2)
    if m2 is None or (m2.group("num") is not None and NUMERIC_TAIL.match(text, m2.end("num"))):
        return None
    if m2.group("num") is not None:
        if r.spelled or (m2.end() < len(text) and text[m2.end()].isdigit()):
            return None
        high, end = parse_digits(m2.group("num"), rules.lang), m2.end("num")
    else:
        read = words_value(m2.group("words"), rules.lang)
        if read is None:
            return None
        high, end = read[0], m2.start("words") + read[1]
    return (high, end) if high >= r.value else None


def _changes(rules: Rules, text: str, opener_start: int) -> bool:
    """Whether a verb of change comes shortly before the range opener at ``opener_start`` ("rose from")."""
    return rules.change_before.search(text, max(0, opener_start - 80), max(0, opener_start)) is not None


def _range(rules: Rules, text: str, m: re.Match[str], r: Reading, scale1) -> None:
    """Read an optional range after the first number (and its scale); apply the scales to value and high."""
    after1 = scale1[1] if scale1 else r.pos
    conn = None if r.year_like else rules.range_connector.match(text, after1)
    opener = None
    if conn is not None:
        connector = normalise(conn.group("c")) if conn.group("c") else "-"
        opener = search_before(rules.range_opener, text, r.start)
        if connector in rules.connectors_needing_opener and (
                opener is None or normalise(opener.group("o")) not in rules.openers_for_and):
            conn = None
        elif opener is not None and _changes(
                rules, text, r.start - (len(text[max(0, r.start - BEFORE_WIDTH):r.start]) - opener.start())):
            conn = None  # "grows from 1.2 million to 2 million TEU": a before and an after, two figures
    found = _high_end(rules, text, m, r, conn) if conn is not None else None
    if found is None:
        r.pos = after1
        if scale1 is not None:
            r.value *= scale1[0]
        r.scaled = scale1 is not None
        return
    r.high, r.pos = found
    scale2 = _scale(rules, text, r.pos, r.currency is not None)
    if opener is not None:
        r.opener_start = r.start - (len(text[max(0, r.start - BEFORE_WIDTH):r.start]) - opener.start())
    if scale2 is not None:
        r.pos = scale2[1]
        r.high *= scale2[0]
        r.value *= scale2[0] if scale1 is None else scale1[0]
    elif scale1 is not None:
        r.value *= scale1[0]
        r.high *= scale1[0]
    r.scaled = (scale2 or scale1) is not None


def _reading(rules: Rules, text: str, m: re.Match[str]):
    """The number, scale and range of candidate ``m``: a :class:`Reading`, or (None, resume) when it is no
    quantity (a time, a date, a code, the second number of a proportion)."""
    num_start = m.start("num") if m.group("num") is not None else m.start("words" if m.group("words") else "approx")
    cur = m.group("cur")
    if m.group("num") is not None:
        if TIME_OF_DAY.match(text, num_start) or (
                NUMERIC_TAIL.match(text, m.end("num")) and not rules.range_connector.match(text, m.end("num"))):
            return None, SKIP_TOKEN.match(text, num_start).end()
    read = _number(rules, m)
    if read is None:
        return None, m.end()
    value, pos, spelled = read
    raw = m.group("num")
    r = Reading(start=m.start(), pos=pos, value=value, spelled=spelled,
                year_like=(raw is not None and cur is None and len(raw) == 4 and raw.isdigit()
                           and 1900 <= int(raw) <= 2099),
                currency=CURRENCY_OF.get(cur.lower()) if cur is not None else None)
    date = rules.month_after.match(text, pos)
    if date is not None and not spelled:
        return None, date.end()
    day_like = raw is None or r.year_like or (raw.isdigit() and len(raw) <= 2)  # "June 9", not "Juni 9.850"
    if cur is None and not spelled and day_like and search_before(rules.month_before, text, num_start):
        year = rules.year_after.match(text, pos)
        return None, year.end() if year else pos
    if not spelled and rules.clock_after.match(text, pos):
        return None, pos
    if search_before(rules.ratio_before, text, r.start):
        return None, m.end()
    if m.group("approx") is not None:  # "une dizaine de": read like a scale word, its "de" joins the noun
        r.scaled = True
        return r, None
    _range(rules, text, m, r, _scale(rules, text, pos, cur is not None))
    return r, None


def qualifier(rules: Rules, text: str, anchor: int, end: int, is_range: bool) -> str:
    """A hedge before the quantity (or before its range opener), else after it, else "range" for a range."""
    hedge = hedge_before(rules, text, anchor)
    if hedge is not None:
        return hedge[0]
    after = rules.hedge_after.match(text, end)
    if after is not None:
        label = rules.hedges_after.get(normalise(after.group("h")), "")
        if label:
            return label
    return "range" if is_range else ""


def read_one(rules: Rules, text: str, m: re.Match[str]) -> tuple[dict | None, int]:
    """Read the candidate ``m``; return its row (None when it is no quantity; a row with ``kind`` None for an
    orphan number) and where to resume scanning."""
    r, resume = _reading(rules, text, m)
    if r is None:
        return None, resume
    bound, resume = read_unit_or_noun(rules, text, m, r)
    if bound is None:
        return None, resume
    unit, kind, noun, factor = bound
    r.value *= factor
    if r.high is not None:
        r.high *= factor
    if not math.isfinite(r.value):
        return None, r.pos
    anchor = r.opener_start if r.opener_start is not None else r.start
    row = {
        "start": r.start, "end": r.pos, "surface": text[r.start:r.pos], "value": float(r.value),
        "value_high": float(r.high) if r.high is not None else math.nan, "unit": unit, "kind": kind,
        "noun": noun, "qualifier": qualifier(rules, text, anchor, r.pos, r.high is not None)
        or ("approx" if m.group("approx") is not None else ""), "lang": rules.lang,
        "per": "", "noun_source": "stated" if noun else "", "noun_cue": "",
    }
    return row, r.pos
