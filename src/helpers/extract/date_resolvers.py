"""Resolvers of the date rules: each turns a match into ``(kind, earliest, latest, is_period, how)`` against the
publication interval ``first..last``, or None when the match is not a date after all.

``how`` is the end of the row's ``resolution`` sentence. The words a resolver reads (month numbers, which part of
the year "début" means, whether "dernier" looks back...) come from the lexicons through
:mod:`helpers.extract.date_words`; the arithmetic is in :mod:`helpers.extract.date_math`.
"""

from __future__ import annotations

import datetime as dt
import re

from text_to_num import text2num

from helpers.extract.date_math import add_months, month_end, shift_back, valid_day, year_interval
from helpers.extract.date_words import MONTH_NUMBER, UNIT_OF, WEEKDAY_NUMBER, lookup, word_key, words
from helpers.lexicon import LANGUAGES

_PAST_MARKS = {word_key(w) for w in words("PAST_MARKS")}
_NEXT_MARKS = {word_key(w) for w in words("NEXT_MARKS")}
_ONE = {word_key(w) for w in words("INDEFINITE_ONE")}
_BARE_YEAR_OK_AFTER = re.compile(r"^\s*(?:$|[.,;:!?)\]–—-]|[\"”»])")


def _number(word: str) -> float:
    """Value of a count of units: digits, an indefinite article ("a", "un", "een"), or number words (text2num)."""
    key = word_key(word)
    if key.isdigit():
        return int(key)
    if key in _ONE:
        return 1
    for lang in LANGUAGES:
        try:
            return text2num(key, lang)
        except Exception:  # text2num raises ValueError (and others) on what it cannot read in that language
            continue
    raise ValueError(word)


def calendar_day(m, first, last, text):
    g = m.groupdict()
    year, month, day = int(g["year"]), MONTH_NUMBER[word_key(g["month"])], int(g["day"])
    if not valid_day(year, month, day):
        return None
    date = dt.date(year, month, day)
    return "absolute", date, date, False, "a calendar date"


def _occurrence(anchor: dt.date, month: int, day: int, direction: int) -> dt.date:
    """The first such day strictly before (direction -1) or after (+1) ``anchor``."""
    for year in (anchor.year + direction * k for k in range(0, 6)):
        if valid_day(year, month, day):
            candidate = dt.date(year, month, day)
            if (direction < 0 and candidate < anchor) or (direction > 0 and candidate > anchor):
                return candidate
    return anchor


def day_and_month(m, first, last, text):
    g = m.groupdict()
    month, day = MONTH_NUMBER[word_key(g["month"])], int(g["day"])
    mark = word_key(g.get("mark") or "")
    if not valid_day(2000, month, day):  # 2000 is a leap year: 29 February is allowed
        return None
    if mark in _PAST_MARKS:
        return ("relative", _occurrence(first, month, day, -1), _occurrence(last, month, day, -1), False,
                "the last such day before publication")
    if mark in _NEXT_MARKS:
        return ("relative", _occurrence(first, month, day, 1), _occurrence(last, month, day, 1), False,
                "the next such day after publication")
    if not (valid_day(first.year, month, day) and valid_day(last.year, month, day)):
        return None
    return ("relative", dt.date(first.year, month, day), dt.date(last.year, month, day), False,
            "that day in the publication year")


def calendar_month(m, first, last, text):
    year, month = int(m.group("year")), MONTH_NUMBER[word_key(m.group("month"))]
    return "absolute", dt.date(year, month, 1), month_end(year, month), False, "a calendar month"


_PART = {
    "early": ((1, 1), (4, 30), "early in the year: January-April"),
    "mid": ((5, 1), (8, 31), "mid-year: May-August"),
    "late": ((9, 1), (12, 31), "late in the year: September-December"),
    "course": ((1, 1), (12, 31), "in the course of the year"),
}


def part_of_year(m, first, last, text):
    year = int(m.group("year"))
    (m1, d1), (m2, d2), how = _PART[lookup("PARTS_OF_YEAR")[word_key(m.group("part"))]]
    return "absolute", dt.date(year, m1, d1), dt.date(year, m2, d2), False, how


def half_or_quarter(m, first, last, text):
    g = m.groupdict()
    year, ordinal = int(g["year"]), word_key(g["ord"])
    index = int(ordinal[1]) if re.fullmatch(r"q[1-4]", ordinal) else lookup("ORDINALS")[ordinal]
    months = lookup("HALF_AND_QUARTER_WORDS")[word_key(g["part"])] if g.get("part") else 3
    if index > 12 // months:
        return None
    start = (index - 1) * months + 1
    what = "half-year" if months == 6 else "quarter"
    return "absolute", dt.date(year, start, 1), month_end(year, start + months - 1), True, f"a {what}"


def year_range(m, first, last, text):
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 <= y1:
        return None
    return "absolute", dt.date(y1, 1, 1), dt.date(y2, 12, 31), True, "a range of years"


def year(m, first, last, text):
    prep = m.group("prep")
    value = int(m.group("year"))
    if not prep and not _BARE_YEAR_OK_AFTER.match(text[m.end():m.end() + 3]):
        return None
    meaning = lookup("YEAR_PREPOSITIONS")[word_key(prep)] if prep else "in"
    end = dt.date(value, 12, 31)
    if meaning == "since":
        return "relative", dt.date(value, 1, 1), last, True, "a period from that year to publication"
    if meaning == "by":
        return "deadline", min(first, end), end, False, "a deadline: from publication to the end of that year"
    if meaning == "until":
        return "deadline", min(first, end), end, True, "a period from publication to the end of that year"
    return "absolute", *year_interval(value), False, "a calendar year"


def part_of_this_year(m, first, last, text):
    if lookup("PARTS_OF_THIS_YEAR")[word_key(m.group("cue"))] == "earlier":
        return ("relative", dt.date(first.year, 1, 1), last, False,
                "from 1 January of the publication year to publication")
    return "relative", first, dt.date(last.year, 12, 31), False, "from publication to the end of its year"


def end_of_year(m, first, last, text):
    if m.group("by"):
        return "deadline", first, dt.date(last.year, 12, 31), False, \
            "a deadline: from publication to 31 December of its year"
    return "relative", max(first, dt.date(first.year, 10, 1)), dt.date(last.year, 12, 31), False, \
        "the end of the publication year: October-December"


_PERIOD_HOW = {
    ("year", 0): "the publication year", ("year", -1): "the year before publication",
    ("year", 1): "the year after publication", ("week", 0): "the week (Monday-Sunday) of publication",
    ("week", -1): "the week before publication", ("week", 1): "the week after publication",
    ("month", 0): "the month of publication", ("month", -1): "the month before publication",
    ("month", 1): "the month after publication",
}


def relative_period(m, first, last, text):
    unit, offset = lookup("RELATIVE_PERIODS")[word_key(m.group("cue"))]
    how = _PERIOD_HOW[(unit, offset)]
    if unit == "year":
        return "relative", dt.date(first.year + offset, 1, 1), dt.date(last.year + offset, 12, 31), False, how
    if unit == "week":
        monday = first - dt.timedelta(days=first.weekday()) + dt.timedelta(days=7 * offset)
        sunday = last - dt.timedelta(days=last.weekday()) + dt.timedelta(days=7 * offset + 6)
        return "relative", monday, sunday, False, how
    a = add_months(first.replace(day=1), offset)
    b = add_months(last.replace(day=1), offset)
    return "relative", a, month_end(b.year, b.month), False, how


_DAY_HOW = {0: "the publication date", -1: "the day before publication", 1: "the day after publication"}


def day(m, first, last, text):
    offset = lookup("DAYS")[word_key(m.group("cue"))]
    shift = dt.timedelta(days=offset)
    return "relative", first + shift, last + shift, False, _DAY_HOW[offset]


def weekday(m, first, last, text):
    pre = lookup("WEEKDAY_BEFORE").get(word_key(m.group("pre") or ""))
    post = lookup("WEEKDAY_AFTER").get(word_key(m.group("post") or ""))
    if not pre and not post:
        return None
    wd = WEEKDAY_NUMBER[word_key(m.group("wd"))]
    if "next" in (pre, post):
        a = first + dt.timedelta(days=(wd - first.weekday() - 1) % 7 + 1)
        b = last + dt.timedelta(days=(wd - last.weekday() - 1) % 7 + 1)
        return "relative", a, b, False, "the next such weekday after publication"
    strict = "last" in (pre, post)

    def before(date: dt.date) -> dt.date:
        back = (date.weekday() - wd) % 7
        return date - dt.timedelta(days=7 if back == 0 and strict else back)

    what = "the last such weekday before publication" if strict else \
        "the latest such weekday on or before publication"
    return "relative", before(first), before(last), False, what


def ago(m, first, last, text):
    n, unit = _number(m.group("n")), UNIT_OF[word_key(m.group("unit"))]
    hedge = lookup("AGO_HEDGES").get(word_key(m.group("hedge") or ""), "approx")
    if hedge == "little_over":
        low, high, how = n, n + 0.5, f"a little over {n} {unit}(s) before publication: {n} to {n + 0.5:g}"
    elif hedge == "more_than":
        low, high, how = n, 2 * n, f"more than {n} {unit}(s) before publication: {n} to {2 * n}"
    elif hedge == "just_under":
        low, high, how = n - 0.5, n, f"just under {n} {unit}(s) before publication"
    else:
        low, high, how = n - 0.5, n + 0.5, f"{n} {unit}(s) before publication, give or take half a {unit}"
    return "relative", shift_back(first, high, unit), shift_back(last, low, unit), False, how


def past_period(m, first, last, text):
    n = _number(m.group("n")) if m.group("n") else 1
    unit = UNIT_OF[word_key(m.group("unit"))]
    return "relative", shift_back(first, n, unit), last, True, f"the {n} {unit}(s) up to publication"


def within(m, first, last, text):
    n, unit = _number(m.group("n")), UNIT_OF[word_key(m.group("unit"))]
    return "deadline", first, shift_back(last, -n, unit), False, f"a deadline: within {n} {unit}(s) of publication"


def recently(m, first, last, text):
    return "vague", add_months(first, -6), last, False, "recently: by convention the six months up to publication"
