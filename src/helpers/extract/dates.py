"""Date expressions in English, French and Dutch press text, resolved to intervals against the publication date.

:func:`find_dates` returns one row per date expression of a text, in text order, with its character span
(``text[start:end] == surface``), the interval it can mean (``earliest``, ``latest``: ISO dates, both inclusive),
the ``precision`` of that interval, whether it names a *period* (something that lasted: "over the past three
years") rather than a point, and a ``resolution`` sentence that records how the interval was obtained, e.g.
``'this year' in an article published 2021-05 -> 2021 (the publication year)``.

Why intervals: a publication date may itself be known only to the month or the year (see
:func:`helpers.io.catalog.parse_published`), and a relative expression inherits that uncertainty. "Last week" in an
article dated 2021-05 is any week that ends between late April and late May: the interval runs from the first day
it can mean to the last. An expression is never resolved more precisely than its publication date allows.

Rules (all languages are always tried; the language of the rule that matched is recorded in ``lang``):

- absolute dates: day-month-year ("5 décembre 2018", "3 juli 2018", "May 7, 2021", "7 May 2021"), month-year
  ("décembre 2018", "May 2021"), parts of a year ("début 2018", "early 2018", "begin 2018": January-April;
  "mi-2018", "mid-2018", "medio 2018": May-August; "fin 2018", "late 2018", "eind 2018": September-December),
  halves and quarters ("premier semestre 2018", "first half of 2018", "eerste helft van 2018", "Q3 2019"),
  years ("In 2018", "en 2016", "2021 –") and year ranges ("2018-2020", "de 2018 à 2020", "from 2018 to 2020").
  A bare four-digit year counts only after a preposition or determiner, or before punctuation or the end of
  the text, so that "2000 jobs" is not a year; month names count only next to a day or a year ("may" is a verb);
- years after "since/depuis/sinds" are periods up to publication; after "by/d'ici (à)/tegen/uiterlijk" they are
  deadlines: the interval runs from publication to the end of that year;
- a day and month without a year ("le 3 juillet dernier", "this February 12", "3 juli jongstleden") is the
  occurrence before publication when marked past ("dernier", "passé", "last", "jongstleden", "jl."), the one after
  when marked future ("prochain", "next", "aanstaande"), else the one in the publication year;
- relative expressions: this/last/next year, week, month ("cette année", "l'an dernier", "vorige week",
  "le mois prochain"...), "earlier/later this year", today/yesterday/tomorrow, "the end of the year" ("fin de
  l'année", "eind dit jaar": October-December of the publication year; with "by/d'ici/avant/tegen/voor" it is a
  deadline from publication to 31 December), weekdays with a determiner ("on Friday", "last Monday", "vendredi
  dernier", "ce lundi", "vorige vrijdag", "op vrijdag": the latest such day on or before publication unless marked
  next), "N units ago" ("three years ago", "il y a deux ans", "drie jaar geleden"), "over the past N units" (a
  period ending at publication: "au cours des trois dernières années", "de afgelopen drie jaar"), "within N
  units" ("d'ici deux ans", "binnen twee jaar": a deadline) and "recently" ("récemment", "onlangs": by convention
  the six months up to publication);
- hedges on "ago": "N units ago" spans N units plus or minus half a unit (people round); "a little over / just
  over / un peu plus d' / iets meer dan / ruim N units ago" spans N to N and a half units before publication;
  "more than / plus de / meer dan N units ago" N to 2N; "about / environ / ongeveer / nearly / presque / bijna"
  N plus or minus half a unit.

Not read (limits, documented so that nobody relies on them): bare weekdays without a determiner ("a déclaré
vendredi"), season names, "at the time / à l'époque / toen", "since then / depuis lors", clock times, and dates in
other calendars. Importing this module opens no file.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

from helpers.io.catalog import parse_published

__all__ = ["DATE_COLUMNS", "find_dates", "date_rows", "resolve_date", "publication_interval", "interval_precision",
           "interval_label", "add_months"]

DATE_COLUMNS = ("start", "end", "surface", "kind", "earliest", "latest", "precision", "is_period", "resolution",
                "lang")
"""Column order of :func:`find_dates`. ``kind``: absolute, relative, deadline or vague."""

# ------------------------------------------------------------------------------------------------------------------
# Vocabulary
# ------------------------------------------------------------------------------------------------------------------

MONTHS = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
}
_MONTH_EXTRA = {"fevrier": 2, "aout": 8, "decembre": 12, "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "sep.": 9,
                "oct.": 10, "okt.": 10, "nov.": 11, "dec.": 12, "déc.": 12, "janv.": 1, "févr.": 2}
MONTH_NUMBER: dict[str, int] = {name: i + 1 for names in MONTHS.values() for i, name in enumerate(names)}
MONTH_NUMBER.update(_MONTH_EXTRA)
_MONTH_LANG = {name: lang for lang, names in MONTHS.items() for name in names}

WEEKDAYS = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}
WEEKDAY_NUMBER = {name: i for names in WEEKDAYS.values() for i, name in enumerate(names)}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "vijftien": 15, "twintig": 20,
}
UNIT_WORDS = {
    "year": "year", "years": "year", "an": "year", "ans": "year", "année": "year", "années": "year",
    "annee": "year", "annees": "year", "jaar": "year", "jaren": "year",
    "month": "month", "months": "month", "mois": "month", "maand": "month", "maanden": "month",
    "week": "week", "weeks": "week", "semaine": "week", "semaines": "week", "weken": "week",
    "day": "day", "days": "day", "jour": "day", "jours": "day", "dag": "day", "dagen": "day",
}

_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>" + "|".join(sorted(UNIT_WORDS, key=len, reverse=True)) + r")"
_MONTH = r"(?P<month>" + "|".join(re.escape(m) for m in sorted(MONTH_NUMBER, key=len, reverse=True)) + r")"
_DAY = r"(?P<day>[0-3]?\d)(?:er|e|st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_A = r"['’]"  # apostrophe
_B = r"(?<![\w])"  # no word character before
_E = r"(?![\w])"   # no word character after

PAST_MARKS = r"dernier|passé|passe|last|jongstleden|jl\.|laatstleden|afgelopen|vorige"
NEXT_MARKS = r"prochain|next|aanstaande|volgende|komende|a\.s\."


@dataclass(frozen=True)
class _Rule:
    name: str
    lang: str
    pattern: re.Pattern
    needs: tuple[re.Pattern, ...] = ()
    """Parts that every match of ``pattern`` contains, as patterns over the lower-cased text (see :func:`_scan`)."""


# Speed: each rule starts with a look-behind, so the regex engine tries it at every position of the text. Most
# texts contain no month name, no weekday, no "week", ...: a rule whose required part is absent is skipped. The
# required parts are searched in ``text.lower()`` without IGNORECASE (a literal alternation is then found by a
# fast scan). This is exact: a match of a rule contains, for each of its needs, characters that match the need's
# lower-case letters under IGNORECASE, and for every character except the three of _CASE_EXCEPTIONS, a character
# that matches a lower-case letter under IGNORECASE *is* that letter once lower-cased, ``lower()`` maps it to one
# character, and it is a word character (``\w``) exactly when its lower-case form is. Texts holding one of the
# exceptions (Turkish dotted/dotless i, long s) are scanned by every rule. tests/test_build_scale.py checks these
# facts over every code point, and that the rules give the same dates with and without the needs.
_CASE_EXCEPTIONS = re.compile("[\u0130\u0131\u017f]")
_YEAR_NEED = r"1[89]\d\d|20\d\d"
_MONTH_NEED = "(?:" + "|".join(re.escape(m) for m in sorted(MONTH_NUMBER, key=len, reverse=True)) + r")(?!\w)"
_WEEKDAY_NEED = "(?:" + "|".join(n for names in WEEKDAYS.values() for n in names) + r")(?!\w)"
_UNIT_NEED = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))

_NEEDS: dict[str, tuple[str, ...]] = {
    "dmy": (_MONTH_NEED, _YEAR_NEED), "mdy": (_MONTH_NEED, _YEAR_NEED), "dm": (_MONTH_NEED,),
    "md": (_MONTH_NEED,), "my": (_MONTH_NEED, _YEAR_NEED),
    "part": (_YEAR_NEED, r"début|debut|fin|courant|mi-|early|late|mid|begin|eind|medio|half"),
    "half": (_YEAR_NEED, r"semestre|half|helft|semester|trimestre|quarter|kwartaal"),
    "quarter": (_YEAR_NEED, r"q[1-4]"), "range": (_YEAR_NEED,), "year": (_YEAR_NEED,),
    "earlier_this_year": (r"year|année|jaar",), "later_this_year": (r"year|année|jaar",),
    "end_of_year": (r"year|année|jaar",), "this_year": (r"year|année|annee|jaar",),
    "last_year": (r"year|année|dernier|passé|jaar",), "next_year": (r"year|année|prochain|jaar",),
    "this_week": (r"week|semaine",), "last_week": (r"week|semaine",), "next_week": (r"week|semaine",),
    "this_month": (r"month|mois|maand",), "last_month": (r"month|mois|maand",), "next_month": (r"month|mois|maand",),
    "today": (r"today|aujourd|vandaag",), "yesterday": (r"yesterday|hier|gisteren",),
    "tomorrow": (r"tomorrow|demain",), "weekday": (_WEEKDAY_NEED,),
    "ago": (r"ago", _UNIT_NEED), "ago_fr": (r"il", _UNIT_NEED), "ago_nl": (r"geleden", _UNIT_NEED),
    "past_n": (r"past|last", _UNIT_NEED), "past_n_fr": (r"dernières|derniers", _UNIT_NEED),
    "past_n_nl": (r"afgelopen|laatste|voorbije", _UNIT_NEED), "within": (r"within|ici|binnen|dans", _UNIT_NEED),
    "recently": (r"recently|récemment|recemment|onlangs|recentelijk|geleden",),
}
"""Required parts of each rule, lower case: for each, one of its alternatives is in every match of the rule."""


def _rule(name: str, lang: str, pattern: str) -> _Rule:
    needs = tuple(re.compile(need) for need in _NEEDS[name])
    return _Rule(name, lang, re.compile(_B + pattern + _E, re.IGNORECASE), needs)


def _scan(rule: _Rule, text: str, low: str | None, found: dict):
    """``rule.pattern.finditer(text)``; nothing when ``low`` (``text.lower()``, or None to skip the test) lacks a
    part the rule needs. ``found`` remembers, per need, whether ``low`` has it."""
    if low is not None:
        for need in rule.needs:
            present = found.get(need)
            if present is None:
                present = found[need] = need.search(low) is not None
            if not present:
                return ()
    return rule.pattern.finditer(text)


_RULES: list[_Rule] = [
    # absolute, most specific first (overlaps are resolved by length anyway)
    _rule("dmy", "*", r"(?:(?:le|the|on|op|de)\s+)?" + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR),
    _rule("mdy", "en", r"(?:on\s+)?" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR),
    _rule("dm", "*", r"(?:(?:le|the|on|op)\s+)?" + _DAY + r"\s+" + _MONTH
          + r"(?:\s+(?P<mark>" + PAST_MARKS + "|" + NEXT_MARKS + r"))?"),
    _rule("md", "en", r"(?:(?P<mark>this|last|next)\s+)?" + _MONTH + r"\s+" + _DAY + r"(?!\s*,?\s*\d)"),
    _rule("my", "*", r"(?:(?:in|en|au mois de|in de maand)\s+)?" + _MONTH + r"\s+(?:of\s+)?" + _YEAR),
    _rule("part", "*", r"(?P<part>début|debut|fin|courant|mi-|early|late|mid-|mid|begin|eind|medio|half)\s*"
          r"(?:de\s+l['’]année\s+|(?:of\s+)?)" + _YEAR),
    _rule("half", "*", r"(?:(?:au|du|the|de|het|in het|in de|during the)\s+)?"
          r"(?P<ord>premier|1er|second|deuxième|2e|first|1st|2nd|eerste|tweede|third|third|troisième|derde"
          r"|fourth|quatrième|vierde)\s+(?P<part>semestre|half|helft|semester|trimestre|quarter|kwartaal)\s+"
          r"(?:de\s+|of\s+|van\s+)?" + _YEAR),
    _rule("quarter", "*", r"(?P<ord>Q[1-4])\s+" + _YEAR),
    _rule("range", "*", r"(?:(?:from|de|van|entre|between|tussen)\s+)?" + r"(?P<y1>1[89]\d\d|20\d\d)"
          r"\s*(?:[-–]|to|à|a|tot|and|et|en)\s*(?P<y2>1[89]\d\d|20\d\d)"),
    _rule("year", "*", r"(?:(?P<prep>in|en|since|depuis|sinds|sedert|by|d['’]ici(?:\s+à|\s+a)?|tegen|uiterlijk\s+in|uiterlijk|until|jusqu['’]en|tot|before|avant|voor|vóór|the|l['’]an|year|"
          r"l['’]année|het jaar|during|pendant|durant|tijdens|au cours de)\s+)?" + _YEAR + r"(?![\w%]|[.,]\d)"),
    # relative
    _rule("earlier_this_year", "*", r"earlier\s+this\s+year|plus\s+tôt\s+cette\s+année|eerder\s+dit\s+jaar"),
    _rule("later_this_year", "*", r"later\s+this\s+year|plus\s+tard\s+cette\s+année|later\s+dit\s+jaar"),
    _rule("end_of_year", "*",
          r"(?P<by>by|before|d['’]ici(?:\s+à)?|avant|tegen|voor|vóór)?\s*"
          r"(?:(?:the|at\s+the)\s+end\s+of\s+(?:the|this)\s+year|(?:(?:à\s+|en\s+)?la\s+)?fin\s+(?:de\s+l['’]année|"
          r"d['’]année|de\s+cette\s+année)|(?:het\s+)?(?:einde?|eind)\s+(?:van\s+)?(?:dit|het)\s+jaar)"),
    _rule("this_year", "*", r"this\s+year|cette\s+année|cette\s+annee|dit\s+jaar"),
    _rule("last_year", "*", r"last\s+year|l['’]année\s+(?:dernière|passée)|l['’]an\s+(?:dernier|passé)"
          r"|vorig\s+jaar|verleden\s+jaar|afgelopen\s+jaar"),
    _rule("next_year", "*", r"next\s+year|l['’]année\s+prochaine|l['’]an\s+prochain|volgend\s+jaar|komend\s+jaar"),
    _rule("this_week", "*", r"this\s+week|cette\s+semaine|deze\s+week"),
    _rule("last_week", "*", r"last\s+week|la\s+semaine\s+(?:dernière|passée)|vorige\s+week|verleden\s+week"),
    _rule("next_week", "*", r"next\s+week|la\s+semaine\s+prochaine|volgende\s+week|komende\s+week"),
    _rule("this_month", "*", r"this\s+month|ce\s+mois(?:-ci)?|deze\s+maand"),
    _rule("last_month", "*", r"last\s+month|le\s+mois\s+(?:dernier|passé)|vorige\s+maand"),
    _rule("next_month", "*", r"next\s+month|le\s+mois\s+prochain|volgende\s+maand"),
    _rule("today", "*", r"today|aujourd['’]hui|vandaag"),
    _rule("yesterday", "*", r"yesterday|hier|gisteren"),
    _rule("tomorrow", "*", r"tomorrow|demain"),
    _rule("weekday", "*", r"(?:(?P<pre>on|last|this|next|past|ce|op|vorige|afgelopen|volgende|aanstaande|komende"
          r"|deze)\s+)?(?P<wd>" + "|".join(n for names in WEEKDAYS.values() for n in names) + r")"
          r"(?:\s+(?P<post>dernier|passé|prochain|jongstleden|jl\.|laatstleden))?"),
    _rule("ago", "*", r"(?P<hedge>a\s+little\s+(?:over|more\s+than)|just\s+(?:over|under)|(?:a\s+bit\s+)?more\s+than|"
          r"over|about|around|some|nearly|almost|roughly)?\s*" + _NUM + r"\s+" + _UNIT + r"\s+ago"),
    _rule("ago_fr", "fr", r"il\s+y\s+a\s+(?P<hedge>un\s+peu\s+plus\s+d['’]\s*|plus\s+d['’]\s*|plus\s+de\s+|"
          r"environ\s+|près\s+d['’]\s*|près\s+de\s+|presque\s+)?" + _NUM + r"\s+" + _UNIT),
    _rule("ago_nl", "nl", r"(?P<hedge>iets\s+meer\s+dan|ruim|meer\s+dan|ongeveer|bijna|zo['’]n)?\s*" + _NUM + r"\s+"
          + _UNIT + r"\s+geleden"),
    _rule("past_n", "en", r"(?:(?:over|in|during|for)\s+)?the\s+(?:past|last)\s+(?:" + _NUM + r"\s+)?" + _UNIT),
    _rule("past_n_fr", "fr", r"(?:au\s+cours\s+des|ces|pendant\s+les|durant\s+les|lors\s+des)\s+" + _NUM
          + r"\s+(?:dernières|derniers)\s+" + _UNIT),
    _rule("past_n_nl", "nl", r"(?:(?:in|over|gedurende|tijdens)\s+)?de\s+(?:afgelopen|laatste|voorbije)\s+(?:"
          + _NUM + r"\s+)?" + _UNIT),
    _rule("within", "*", r"(?:within|d['’]ici|binnen|dans\s+les)\s+" + _NUM + r"\s+" + _UNIT),
    _rule("recently", "*", r"recently|récemment|recemment|onlangs|recentelijk|kort\s+geleden"),
]

_BARE_YEAR_OK_AFTER = re.compile(r"^\s*(?:$|[.,;:!?)\]–—-]|[\"”»])")
_TITLE_QUOTE = re.compile(r"[“«\"]\s*([^“”«»\"\n]{1,80}?)\s*[”»\"]")


def _title_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of short quoted names ("It's not every day Sunday"): capitalised, at most eight words, no final
    sentence punctuation. A relative date inside one is part of a name, not a date."""
    spans = []
    for match in _TITLE_QUOTE.finditer(text):
        inner = match.group(1)
        if inner[:1].isupper() and len(inner.split()) <= 8 and not inner.rstrip().endswith((".", "!", "?", ",")):
            spans.append(match.span(1))
    return spans


# ------------------------------------------------------------------------------------------------------------------
# Date arithmetic and labels
# ------------------------------------------------------------------------------------------------------------------

def add_months(date: dt.date, months: int) -> dt.date:
    """``date`` moved by a whole number of months, the day clamped to the target month's length."""
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(date.day, _month_length(year, month + 1)))


def _month_length(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _month_length(year, month))


def _shift(date: dt.date, amount: float, unit: str) -> dt.date:
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
    if earliest.day == 1 and latest == _month_end(latest.year, latest.month) and earliest.year == latest.year:
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


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _year_interval(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= _month_length(year, month)


# ------------------------------------------------------------------------------------------------------------------
# Resolution of one match
# ------------------------------------------------------------------------------------------------------------------

def _word_key(word: str) -> str:
    """Dictionary key of a matched word: compatibility-normalised and case-folded, so that every spelling the
    case-insensitive patterns accept ("SEPTEMBER", "ſeptember") finds its entry."""
    return unicodedata.normalize("NFKC", word).casefold()


def _resolve(rule: _Rule, match: re.Match, first: dt.date, last: dt.date, text: str):
    """(kind, earliest, latest, is_period, how) for one match, or None when the match is not a date after all."""
    g = match.groupdict()
    name = rule.name
    if name in ("dmy", "mdy"):
        year, month, day = int(g["year"]), MONTH_NUMBER[_word_key(g["month"])], int(g["day"])
        if not _valid_day(year, month, day):
            return None
        date = dt.date(year, month, day)
        return "absolute", date, date, False, "a calendar date"
    if name in ("dm", "md"):
        month, day = MONTH_NUMBER[_word_key(g["month"])], int(g["day"])
        mark = (g.get("mark") or "").lower()
        if not _valid_day(2000, month, day):  # 2000 is a leap year: 29 February is allowed
            return None

        def occurrence(anchor: dt.date, direction: int, inclusive: bool) -> dt.date:
            for year in (anchor.year + direction * k for k in range(0, 6)):
                if not _valid_day(year, month, day):
                    continue
                candidate = dt.date(year, month, day)
                if direction < 0 and (candidate < anchor or (inclusive and candidate == anchor)):
                    return candidate
                if direction > 0 and (candidate > anchor or (inclusive and candidate == anchor)):
                    return candidate
            return anchor

        if re.fullmatch(PAST_MARKS, mark):
            return ("relative", occurrence(first, -1, False), occurrence(last, -1, False), False,
                    "the last such day before publication")
        if re.fullmatch(NEXT_MARKS, mark):
            return ("relative", occurrence(first, 1, False), occurrence(last, 1, False), False,
                    "the next such day after publication")
        early = dt.date(first.year, month, day) if _valid_day(first.year, month, day) else None
        late = dt.date(last.year, month, day) if _valid_day(last.year, month, day) else None
        if early is None or late is None:
            return None
        return "relative", early, late, False, "that day in the publication year"
    if name == "my":
        year, month = int(g["year"]), MONTH_NUMBER[_word_key(g["month"])]
        return "absolute", dt.date(year, month, 1), _month_end(year, month), False, "a calendar month"
    if name == "part":
        year, part = int(g["year"]), g["part"].lower().rstrip("-")
        if part in ("début", "debut", "early", "begin"):
            return "absolute", dt.date(year, 1, 1), dt.date(year, 4, 30), False, "early in the year: January-April"
        if part in ("mi", "mid", "medio", "half", "courant"):
            if part == "courant":
                return "absolute", *_year_interval(year), False, "in the course of the year"
            return "absolute", dt.date(year, 5, 1), dt.date(year, 8, 31), False, "mid-year: May-August"
        return "absolute", dt.date(year, 9, 1), dt.date(year, 12, 31), False, "late in the year: September-December"
    if name in ("half", "quarter"):
        year, ordinal, part = int(g["year"]), g["ord"].lower(), (g.get("part") or "quarter").lower()
        if ordinal.startswith("q"):
            index = int(ordinal[1])
        else:
            index = {"premier": 1, "1er": 1, "first": 1, "1st": 1, "eerste": 1, "second": 2, "deuxième": 2,
                     "2e": 2, "2nd": 2, "tweede": 2, "third": 3, "troisième": 3, "derde": 3, "fourth": 4,
                     "quatrième": 4, "vierde": 4}[ordinal]
        months = 6 if part in ("semestre", "half", "helft", "semester") else 3
        if index > 12 // months:
            return None
        start_month = (index - 1) * months + 1
        what = "half-year" if months == 6 else "quarter"
        return ("absolute", dt.date(year, start_month, 1), _month_end(year, start_month + months - 1), True,
                f"a {what}")
    if name == "range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 <= y1:
            return None
        return "absolute", dt.date(y1, 1, 1), dt.date(y2, 12, 31), True, "a range of years"
    if name == "year":
        prep = re.sub(r"\s+", " ", (g.get("prep") or "").lower().replace("’", "'")).strip()
        year = int(g["year"])
        if not prep and not _BARE_YEAR_OK_AFTER.match(text[match.end():match.end() + 3]):
            return None
        if prep in ("since", "depuis", "sinds", "sedert"):
            return "relative", dt.date(year, 1, 1), last, True, "a period from that year to publication"
        if prep.startswith("d'ici") or prep in ("by", "tegen", "uiterlijk", "uiterlijk in", "before", "avant",
                                                "voor", "vóór"):
            return "deadline", min(first, dt.date(year, 12, 31)), dt.date(year, 12, 31), False, \
                "a deadline: from publication to the end of that year"
        if prep in ("until", "jusqu'en", "tot"):
            return "deadline", min(first, dt.date(year, 12, 31)), dt.date(year, 12, 31), True, \
                "a period from publication to the end of that year"
        return "absolute", *_year_interval(year), False, "a calendar year"
    if name == "this_year":
        return "relative", dt.date(first.year, 1, 1), dt.date(last.year, 12, 31), False, "the publication year"
    if name == "earlier_this_year":
        return "relative", dt.date(first.year, 1, 1), last, False, "from 1 January of the publication year to publication"
    if name == "later_this_year":
        return "relative", first, dt.date(last.year, 12, 31), False, "from publication to the end of its year"
    if name == "last_year":
        return "relative", dt.date(first.year - 1, 1, 1), dt.date(last.year - 1, 12, 31), False, \
            "the year before publication"
    if name == "next_year":
        return "relative", dt.date(first.year + 1, 1, 1), dt.date(last.year + 1, 12, 31), False, \
            "the year after publication"
    if name == "end_of_year":
        if g.get("by"):
            return "deadline", first, dt.date(last.year, 12, 31), False, \
                "a deadline: from publication to 31 December of its year"
        return "relative", max(first, dt.date(first.year, 10, 1)), dt.date(last.year, 12, 31), False, \
            "the end of the publication year: October-December"
    if name in ("this_week", "last_week", "next_week"):
        offset = {"this_week": 0, "last_week": -7, "next_week": 7}[name]
        monday = first - dt.timedelta(days=first.weekday()) + dt.timedelta(days=offset)
        sunday = last - dt.timedelta(days=last.weekday()) + dt.timedelta(days=offset + 6)
        what = {"this_week": "the week (Monday-Sunday) of publication", "last_week": "the week before publication",
                "next_week": "the week after publication"}[name]
        return "relative", monday, sunday, False, what
    if name in ("this_month", "last_month", "next_month"):
        offset = {"this_month": 0, "last_month": -1, "next_month": 1}[name]
        a = add_months(first.replace(day=1), offset)
        b = add_months(last.replace(day=1), offset)
        what = {"this_month": "the month of publication", "last_month": "the month before publication",
                "next_month": "the month after publication"}[name]
        return "relative", a, _month_end(b.year, b.month), False, what
    if name == "today":
        return "relative", first, last, False, "the publication date"
    if name == "yesterday":
        return "relative", first - dt.timedelta(days=1), last - dt.timedelta(days=1), False, "the day before publication"
    if name == "tomorrow":
        return "relative", first + dt.timedelta(days=1), last + dt.timedelta(days=1), False, "the day after publication"
    if name == "weekday":
        pre, post = (g.get("pre") or "").lower(), (g.get("post") or "").lower()
        if not pre and not post:
            return None
        wd = WEEKDAY_NUMBER[_word_key(g["wd"])]
        if pre in ("next", "volgende", "aanstaande", "komende") or post == "prochain":
            a = first + dt.timedelta(days=(wd - first.weekday() - 1) % 7 + 1)
            b = last + dt.timedelta(days=(wd - last.weekday() - 1) % 7 + 1)
            return "relative", a, b, False, "the next such weekday after publication"
        strict = pre in ("last", "past", "vorige", "afgelopen") or post in ("dernier", "passé", "jongstleden", "jl.",
                                                                              "laatstleden")
        def before(day: dt.date) -> dt.date:
            back = (day.weekday() - wd) % 7
            if back == 0 and strict:
                back = 7
            return day - dt.timedelta(days=back)
        what = "the last such weekday before publication" if strict else \
            "the latest such weekday on or before publication"
        return "relative", before(first), before(last), False, what
    if name in ("ago", "ago_fr", "ago_nl"):
        n, unit = _number(g["n"]), UNIT_WORDS[_word_key(g["unit"])]
        hedge = re.sub(r"\s+", " ", (g.get("hedge") or "").lower().replace("’", "'")).strip()
        if hedge.startswith(("a little", "just over", "un peu plus", "iets meer", "ruim")):
            low, high, how = n, n + 0.5, f"a little over {n} {unit}(s) before publication: {n} to {n + 0.5:g}"
        elif hedge.startswith(("more than", "a bit more", "over", "plus d", "plus de", "meer dan")):
            low, high, how = n, 2 * n, f"more than {n} {unit}(s) before publication: {n} to {2 * n}"
        elif hedge.startswith("just under"):
            low, high, how = n - 0.5, n, f"just under {n} {unit}(s) before publication"
        else:
            low, high, how = n - 0.5, n + 0.5, f"{n} {unit}(s) before publication, give or take half a {unit}"
        return "relative", _shift(first, high, unit), _shift(last, low, unit), False, how
    if name in ("past_n", "past_n_fr", "past_n_nl"):
        n = _number(g["n"]) if g.get("n") else 1
        unit = UNIT_WORDS[_word_key(g["unit"])]
        return "relative", _shift(first, n, unit), last, True, f"the {n} {unit}(s) up to publication"
    if name == "within":
        n, unit = _number(g["n"]), UNIT_WORDS[_word_key(g["unit"])]
        return "deadline", first, _shift(last, -n, unit), False, f"a deadline: within {n} {unit}(s) of publication"
    if name == "recently":
        return "vague", add_months(first, -6), last, False, "recently: by convention the six months up to publication"
    raise AssertionError(name)  # pragma: no cover


# ------------------------------------------------------------------------------------------------------------------
# Public functions
# ------------------------------------------------------------------------------------------------------------------

def _empty() -> pd.DataFrame:
    frame = pd.DataFrame({column: pd.Series(dtype="str") for column in DATE_COLUMNS})
    return frame.astype({"start": "int64", "end": "int64", "is_period": "bool"})


def find_dates(text: str, published, lang: str | None = None) -> pd.DataFrame:
    """Date expressions of ``text`` resolved against ``published`` (catalog text such as ``"2021-05"``, or a
    ``(first, last)`` pair of dates), one row each in text order; columns :data:`DATE_COLUMNS`.

    ``lang`` is recorded for rules shared by all languages (``*``); rules written for one language record it.
    Overlapping matches keep the longest (then the earliest). See the module docstring for the rules.
    """
    rows = date_rows(text, published, lang)
    if not rows:
        return _empty()
    return pd.DataFrame(rows, columns=list(DATE_COLUMNS)).astype({"start": "int64", "end": "int64",
                                                                   "is_period": "bool"})


def date_rows(text: str, published, lang: str | None = None) -> list[dict]:
    """The rows of :func:`find_dates` as a list of dicts (keys :data:`DATE_COLUMNS`), without building a
    DataFrame: what the build uses, article by article."""
    first, last, _precision = publication_interval(published)
    label = published if isinstance(published, str) else interval_label(first, last)
    candidates = []
    low = None if _CASE_EXCEPTIONS.search(text) else text.lower()
    found: dict = {}
    for order, rule in enumerate(_RULES):
        for match in _scan(rule, text, low, found):
            start, end = match.span()
            # trim leading white space captured by optional groups
            while start < end and text[start].isspace():
                start += 1
            if start == end:
                continue
            candidates.append((start, end, order, rule, match))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    rows, chosen = [], []
    titles = _title_quotes(text)
    for start, end, order, rule, match in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0], c[2])):
        if any(s < end and start < e for s, e, *_ in chosen):
            continue
        try:
            resolved = _resolve(rule, match, first, last, text)
        except (KeyError, ValueError):  # a spelling the patterns accept but no table knows, or an impossible date
            resolved = None
        if resolved is None:
            continue
        if resolved[0] != "absolute" and any(s <= start and end <= e for s, e in titles):
            continue
        chosen.append((start, end, rule, resolved))
    for start, end, rule, (kind, earliest, latest, is_period, how) in sorted(chosen, key=lambda c: c[0]):
        surface = text[start:end]
        if latest < earliest:
            earliest, latest = latest, earliest
        result = interval_label(earliest, latest)
        rows.append({
            "start": start, "end": end, "surface": surface, "kind": kind,
            "earliest": earliest.isoformat(), "latest": latest.isoformat(),
            "precision": interval_precision(earliest, latest), "is_period": is_period,
            "resolution": (f"'{surface}' in an article published {label} -> {result} ({how})"
                           if kind != "absolute" else f"'{surface}' -> {result} ({how})"),
            "lang": rule.lang if rule.lang != "*" else (lang or ""),
        })
    return rows


def resolve_date(expression: str, published, lang: str | None = None) -> dict | None:
    """The first date expression of ``expression`` resolved against ``published``, as a dict, or ``None``."""
    found = find_dates(expression, published, lang)
    return None if found.empty else found.iloc[0].to_dict()
