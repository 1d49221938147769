"""Date expressions in English, French, Dutch and German press text, resolved to intervals against the publication date.

:func:`find_dates` returns one row per date expression of a text, in text order, with its character span
(``text[start:end] == surface``), the interval it can mean (``earliest``, ``latest``: ISO dates, both inclusive),
the ``precision`` of that interval, whether it names a *period* (something that lasted: "over the past three
years") rather than a point, and a ``resolution`` sentence that records how the interval was obtained, e.g.
``'this year' in an article published 2021-05 -> 2021 (the publication year)``.

Why intervals: a publication date may itself be known only to the month or the year (see
:func:`helpers.io.catalog.parse_published`), and a relative expression inherits that uncertainty. "Last week" in an
article dated 2021-05 is any week that ends between late April and late May: the interval runs from the first day
it can mean to the last. An expression is never resolved more precisely than its publication date allows.

Rules (every language's words are always tried; the rule is recorded in ``rule`` and the language of the lexicon
word that matched in ``lang``):

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

German is read with the same rules ("7. März 2021", "im März 2021", "Anfang 2019", "seit 2016", "bis 2025", "im
vergangenen Jahr", "vor drei Jahren", "in den vergangenen drei Jahren").

Not read (limits, documented so that nobody relies on them): bare weekdays without a determiner ("a déclaré
vendredi"), season names, "at the time / à l'époque / toen", "since then / depuis lors", clock times, and dates in
other calendars. Importing this module opens no file.

Layout: the words are in ``helpers.lexicon.<lang>.dates`` (one copy of the month names, also read by the quantity
scanner to skip dates); :mod:`helpers.extract.date_rules` is the ordered rule table built from them (a rule: name,
pattern, required parts, resolver), :mod:`helpers.extract.date_resolvers` turns a match into an interval and
:mod:`helpers.extract.date_math` does the calendar arithmetic. This module scans a text with the table in one loop.

Why not ``dateparser``: its ``search_dates`` returns the matched strings, not their character offsets (the
evidence needs spans), resolves a relative expression to one instant rather than to the interval that a month- or
year-precise publication date allows, and reads no "early 2018", "over the past three years" or deadlines ("d'ici
2025"); the date expressions of press text are few enough to write as tables.

Cost: every white-space run inside an expression is bounded (:data:`helpers.extract.date_rules.MAX_SPACE`); a rule
whose required words are absent from the text is not run at all (see :func:`_scan`).
"""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache

try:
    from re import _parser as _re_parser
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _re_parser

import pandas as pd

from helpers.extract.date_math import (
    add_months,
    interval_label,
    interval_precision,
    publication_interval,
    year_interval,
)
from helpers.extract.date_rules import CASE_EXCEPTIONS as _CASE_EXCEPTIONS
from helpers.extract.date_rules import RULES as _RULES
from helpers.extract.date_rules import Rule
from helpers.extract.date_words import lang_of
from helpers.lexicon import LANGUAGES, lexicon

__all__ = ["DATE_COLUMNS", "find_dates", "date_rows", "resolve_date", "publication_interval", "interval_precision",
           "interval_label", "add_months"]

DATE_COLUMNS = ("start", "end", "surface", "kind", "earliest", "latest", "precision", "is_period", "resolution",
                "lang", "rule")
"""Column order of :func:`find_dates`. ``kind``: absolute, relative, deadline or vague; ``rule``: the name of the
rule of :data:`helpers.extract.date_rules.RULES` that read the expression."""

# Speed: each rule starts with a look-behind, so the regex engine tries it at every position of the text. Most
# texts contain no month name, no weekday, no "week", ...: a rule whose required part is absent is skipped. The
# required parts are searched in ``text.lower()`` without IGNORECASE (a literal alternation is then found by a
# fast scan). This is exact: a match of a rule contains, for each of its needs, characters that match the need's
# lower-case letters under IGNORECASE, and for every character except the three of _CASE_EXCEPTIONS, a character
# that matches a lower-case letter under IGNORECASE *is* that letter once lower-cased, ``lower()`` maps it to one
# character, and it is a word character (``\w``) exactly when its lower-case form is. Texts holding one of the
# exceptions (Turkish dotted/dotless i, long s) are scanned by every rule. tests/test_build_scale.py checks these
# facts over every code point, and that the rules give the same dates with and without the needs.


def _scan(rule: Rule, text: str, low: str | None, found: dict):
    """``rule.pattern.finditer(text)``; nothing when ``low`` (``text.lower()``, or None to skip the test) lacks a
    part the rule needs. ``found`` remembers, per need, where ``low`` first has it (-1: nowhere).

    Every match holds each of its needs and is at most :data:`_WIDTHS` characters long, so none starts more than
    that before the first occurrence of a need: the scan starts there (the look-behind of a rule still sees the
    characters before it)."""
    start = 0
    if low is not None:
        for need in rule.needs:
            first = found.get(need)
            if first is None:
                match = need.search(low)
                first = found[need] = match.start() if match else -1
            if first < 0:
                return ()
            start = max(start, first - _WIDTHS[rule.name])
    return rule.pattern.finditer(text, start)


def _longest_match(pattern: re.Pattern) -> int:
    """The most characters a match of ``pattern`` can span (the regex parser's bound; a huge number when a repeat is
    unbounded)."""
    return _re_parser.parse(pattern.pattern, pattern.flags).getwidth()[1]


_WIDTHS = {rule.name: _longest_match(rule.pattern) for rule in _RULES}
"""Rule name -> the longest match it can make (characters)."""


def _empty() -> pd.DataFrame:
    frame = pd.DataFrame({column: pd.Series(dtype="str") for column in DATE_COLUMNS})
    return frame.astype({"start": "int64", "end": "int64", "is_period": "bool"})


def find_dates(text: str, published, lang: str | None = None) -> pd.DataFrame:
    """Date expressions of ``text`` resolved against ``published`` (catalog text such as ``"2021-05"``, or a
    ``(first, last)`` pair of dates), one row each in text order; columns :data:`DATE_COLUMNS`.

    ``lang`` is recorded when the matched word belongs to it (or to no language, as a bare year); otherwise the
    language whose lexicon holds the word is. Overlapping matches keep the longest (then the earliest). See the
    module docstring for the rules.
    """
    rows = date_rows(text, published, lang)
    if not rows:
        return _empty()
    return pd.DataFrame(rows, columns=list(DATE_COLUMNS)).astype({"start": "int64", "end": "int64",
                                                                   "is_period": "bool"})


def _candidates(text: str) -> list[tuple]:
    """Every match of every rule: (start, end, order, rule, match), leading white space trimmed."""
    candidates = []
    low = None if _CASE_EXCEPTIONS.search(text) else text.lower()
    found: dict = {}
    for order, rule in enumerate(_RULES):
        for match in _scan(rule, text, low, found):
            start, end = match.span()
            while start < end and text[start].isspace():
                start += 1
            if start < end:
                candidates.append((start, end, order, rule, match))
    return candidates


def _row(text: str, start: int, end: int, rule: Rule, match, resolved, label: str, lang: str | None) -> dict:
    kind, earliest, latest, is_period, how = resolved
    surface = text[start:end]
    if latest < earliest:
        earliest, latest = latest, earliest
    result = interval_label(earliest, latest)
    cue = match.group(rule.cue) if rule.cue else None
    return {
        "start": start, "end": end, "surface": surface, "kind": kind,
        "earliest": earliest.isoformat(), "latest": latest.isoformat(),
        "precision": interval_precision(earliest, latest), "is_period": is_period,
        "resolution": (f"'{surface}' in an article published {label} -> {result} ({how})"
                       if kind != "absolute" else f"'{surface}' -> {result} ({how})"),
        "lang": lang_of(cue, lang) if cue else (lang or ""), "rule": rule.name,
    }


def date_rows(text: str, published, lang: str | None = None) -> list[dict]:
    """The rows of :func:`find_dates` as a list of dicts (keys :data:`DATE_COLUMNS`), without building a
    DataFrame: what the build uses, article by article. One loop over the rule table: every rule's matches are
    candidates; the longest non-overlapping ones whose resolver accepts them are kept."""
    first, last, _precision = publication_interval(published)
    label = published if isinstance(published, str) else interval_label(first, last)
    titles = _title_quotes(text)
    chosen, taken = [], []  # taken: the chosen spans, sorted and disjoint, for an overlap test by bisection
    for start, end, _order, rule, match in sorted(_candidates(text), key=lambda c: (-(c[1] - c[0]), c[0], c[2])):
        index = bisect.bisect_left(taken, (start, end))
        if (index > 0 and taken[index - 1][1] > start) or (index < len(taken) and taken[index][0] < end):
            continue
        try:
            resolved = rule.resolve(match, first, last, text)
        except (KeyError, ValueError):  # a spelling the patterns accept but no table knows, or an impossible date
            resolved = None
        if resolved is None and rule.name == "year" and _bare_year(lang, text, match):
            resolved = ("absolute", *year_interval(int(match.group("year"))), False, "a calendar year")
        if resolved is None or (resolved[0] != "absolute" and _inside_title(titles, start, end)):
            continue
        chosen.append((start, end, rule, match, resolved))
        taken.insert(index, (start, end))
    not_dates = _not_dates(lang)
    return [_row(text, start, end, rule, match, resolved, label, lang)
            for start, end, rule, match, resolved in sorted(chosen, key=lambda c: c[0])
            if text[start:end].lower() not in not_dates]


@lru_cache(maxsize=None)
def _bare_year_after(lang: str | None) -> re.Pattern | None:
    table = lexicon(lang, "dates").BARE_YEAR_AFTER if lang in LANGUAGES else ()
    return re.compile("|".join(table)) if table else None


def _bare_year(lang: str | None, text: str, match) -> bool:
    """Whether a year with no preposition is a date by what follows it in ``lang`` (lexicon ``BARE_YEAR_AFTER``:
    in German, whose nouns are capitalised, a year before a lower-case verb or adverb, "2023 wurden in Zürich",
    "öffnet 2026 mit 400 Beschäftigten"; "2000 Mitarbeiter", "2000 neue Stellen" stay counts)."""
    pattern = _bare_year_after(lang)
    return pattern is not None and not match.group("prep") and pattern.match(text, match.end()) is not None


@lru_cache(maxsize=None)
def _not_dates(lang: str | None) -> frozenset:
    """Words of ``lang`` that another language's lexicon reads as a date (lexicon ``NOT_DATES``: Dutch and German
    "hier", *here*, is French for *yesterday*): in a text of ``lang`` they are no date."""
    if lang not in LANGUAGES:
        return frozenset()
    return frozenset(word.lower() for word in lexicon(lang, "dates").NOT_DATES)


def resolve_date(expression: str, published, lang: str | None = None) -> dict | None:
    """The first date expression of ``expression`` resolved against ``published``, as a dict, or ``None``."""
    found = find_dates(expression, published, lang)
    return None if found.empty else found.iloc[0].to_dict()


_TITLE_QUOTE = re.compile(r"[“«\"]\s*([^“”«»\"\n]{1,80}?)\s*[”»\"]")


def _inside_title(titles: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside one of ``titles`` (disjoint spans in text order): only the last
    title starting at or before ``start`` can hold it, found by bisection."""
    index = bisect.bisect_right(titles, (start, math.inf)) - 1
    return index >= 0 and end <= titles[index][1]


def _title_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of short quoted names ("It's not every day Sunday"): capitalised, at most eight words, no final
    sentence punctuation. A relative date inside one is part of a name, not a date."""
    spans = []
    for match in _TITLE_QUOTE.finditer(text):
        inner = match.group(1)
        if inner[:1].isupper() and len(inner.split()) <= 8 and not inner.rstrip().endswith((".", "!", "?", ",")):
            spans.append(match.span(1))
    return spans
