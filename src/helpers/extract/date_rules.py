"""The date rules: an ordered table of (name, pattern, required parts, resolver), built from the lexicons.

Each rule's pattern is a language-neutral template (a day, a month, a year, a number of units...) whose word slots
are filled with the words of every language's ``helpers.lexicon.<lang>.dates`` (an English "last year" in a French
article is still a date). Each rule names its evidence: the ``rule`` column of a date row, and the ``lang`` of the
lexicon whose word matched. :func:`helpers.extract.dates.date_rows` reads the table in one loop; the resolvers are
in :mod:`helpers.extract.date_resolvers`.

White space inside an expression spans at most :data:`MAX_SPACE` characters, so no match is longer than the words
it is made of plus a few spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from helpers.extract import date_resolvers as res
from helpers.extract.date_words import words
from helpers.extract.numbers import all_languages
from helpers.lexicon import LANGUAGES, lexicon

__all__ = ["Rule", "RULES", "CASE_EXCEPTIONS", "MAX_SPACE"]

MAX_SPACE = 4
"""Most white-space characters between two words of a date expression."""

_S = rf"\s{{1,{MAX_SPACE}}}"
_S0 = rf"\s{{0,{MAX_SPACE}}}"
_B = r"(?<![\w])"  # no word character before
_E = r"(?![\w])"  # no word character after
_YEAR_RE = r"1[89]\d\d|20\d\d"


def _phrase(phrase: str) -> str:
    parts = []
    for char in phrase:
        parts.append({" ": _S, "'": "['’ʼ]", ".": r"\.?"}.get(char) or re.escape(char))
    return "".join(parts)


def _alt(words) -> str:
    return "|".join(_phrase(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _need(words) -> str:
    """Lower-case literal alternation holding, for each phrase, its longest run of letters (every match of the
    phrase contains it)."""
    pieces = {max(re.findall(r"[^\W\d_]+", w.lower()) or [w.lower()], key=len) for w in words}
    return "|".join(re.escape(p) for p in sorted(pieces, key=lambda p: (-len(p), p)))


_MONTH_WORDS = [*words("MONTHS"), *words("MONTH_ABBREVIATIONS")]
_MONTH = rf"(?P<month>{_alt(_MONTH_WORDS)})"
_FIRST = [lexicon(lang, "dates") for lang in LANGUAGES if lexicon(lang, "dates").MONTH_BEFORE_DAY]
_SUFFIX = "|".join(re.escape(s) for s in sorted(set(words("DAY_SUFFIXES")), key=lambda s: (-len(s), s)))
_DAY = rf"(?P<day>[0-3]?\d)(?:{_SUFFIX})?"
_FIRST_SUFFIX = "|".join(re.escape(s) for s in sorted({s for t in _FIRST for s in t.DAY_SUFFIXES}, key=lambda s: (-len(s), s)))
_DAY_AFTER_MONTH = rf"(?P<day>[0-3]?\d)(?:{_FIRST_SUFFIX})?"
_YEAR = rf"(?P<year>{_YEAR_RE})"
_DAY_DET = rf"(?:(?:{_alt(words('DAY_DETERMINERS'))}){_S})?"
_MARKS = _alt([*words("PAST_MARKS"), *words("NEXT_MARKS")])
_FIRST_MARKS = _alt([w for t in _FIRST for w in (*t.PAST_MARKS, *t.NEXT_MARKS, *t.THIS_MARKS)])
_FIRST_DET = _alt([w for t in _FIRST for w in t.DAY_DETERMINERS])
_JOIN = rf"(?:(?:{_alt(words('MONTH_YEAR_JOINERS'))}){_S})?"
_NUMBER_WORDS = sorted({*(w for t in all_languages("numbers", "NUMBER_WORDS") for w in t), *words("INDEFINITE_ONE")},
                       key=lambda w: (-len(w), w))
_NUM = rf"(?P<n>\d{{1,3}}|(?:{'|'.join(_NUMBER_WORDS)})(?:-(?:{'|'.join(_NUMBER_WORDS)})){{0,3}})"
_UNIT = rf"(?P<unit>{_alt(words('UNIT_WORDS'))})"
_HEDGES = words("AGO_HEDGES")
_HEDGE = (rf"(?P<hedge>(?:{_alt([h for h in _HEDGES if h.endswith(chr(39))])}){_S0}"
          rf"|(?:{_alt([h for h in _HEDGES if not h.endswith(chr(39))])}){_S})")
_MONTH_NEED = rf"(?:{_need(_MONTH_WORDS)})(?!\w)"
_UNIT_NEED = _need(words('UNIT_WORDS'))

CASE_EXCEPTIONS = re.compile("[\u0130\u0131\u017f]")
"""Characters whose lower-case form breaks the "needs" shortcut (see :mod:`helpers.extract.dates`)."""


@dataclass(frozen=True)
class Rule:
    """One date rule: its name, pattern (case-insensitive), required parts (lower-case patterns, each found in
    every match), the group naming its evidence, and the resolver turning a match into an interval."""

    name: str
    pattern: re.Pattern
    needs: tuple[re.Pattern, ...]
    resolve: Callable
    cue: str = ""


def _rule(name: str, pattern: str, needs: tuple[str, ...], resolve: Callable, cue: str = "") -> Rule:
    return Rule(name, re.compile(_B + pattern + _E, re.IGNORECASE), tuple(re.compile(n) for n in needs), resolve,
                cue)


RULES: tuple[Rule, ...] = (
    # absolute, most specific first (overlaps are resolved by length anyway)
    _rule("day_month_year", _DAY_DET + _DAY + _S + _MONTH + rf",?{_S}" + _YEAR, (_MONTH_NEED, _YEAR_RE),
          res.calendar_day, "month"),
    _rule("month_day_year", rf"(?:(?:{_FIRST_DET}){_S})?" + _MONTH + _S + _DAY_AFTER_MONTH + rf",?{_S}" + _YEAR,
          (_MONTH_NEED, _YEAR_RE), res.calendar_day, "month"),
    _rule("day_month", _DAY_DET + _DAY + _S + _MONTH
          + rf"(?:{_S}(?P<mark>{_MARKS}))?", (_MONTH_NEED,), res.day_and_month, "month"),
    _rule("month_day", rf"(?:(?P<mark>{_FIRST_MARKS}){_S})?" + _MONTH + _S + _DAY_AFTER_MONTH + r"(?!\s*,?\s*\d)",
          (_MONTH_NEED,), res.day_and_month, "month"),
    _rule("month_year", rf"(?:(?:{_alt(words('MONTH_PREPOSITIONS'))}){_S})?" + _MONTH + _S + _JOIN + _YEAR,
          (_MONTH_NEED, _YEAR_RE), res.calendar_month, "month"),
    _rule("part_of_year", rf"(?P<part>{_alt(words('PARTS_OF_YEAR'))}){_S0}"
          rf"(?:(?:{_alt(words('PART_OF_YEAR_JOINERS'))}){_S})?" + _YEAR,
          (_YEAR_RE, _need(words("PARTS_OF_YEAR"))), res.part_of_year, "part"),
    _rule("half_or_quarter", rf"(?:(?:{_alt(words('HALF_AND_QUARTER_DETERMINERS'))}){_S})?"
          rf"(?P<ord>{_alt(words('ORDINALS'))}){_S}(?P<part>{_alt(words('HALF_AND_QUARTER_WORDS'))}){_S}"
          + _JOIN + _YEAR, (_YEAR_RE, _need(words("HALF_AND_QUARTER_WORDS"))), res.half_or_quarter, "part"),
    _rule("quarter", r"(?P<ord>Q[1-4])" + _S + _YEAR, (_YEAR_RE, r"q[1-4]"), res.half_or_quarter),
    _rule("year_range", rf"(?:(?:{_alt(words('YEAR_RANGE_OPENERS'))}){_S})?(?P<y1>{_YEAR_RE}){_S0}"
          rf"(?:[-–]|{_alt(words('YEAR_RANGE_CONNECTORS'))}){_S0}(?P<y2>{_YEAR_RE})", (_YEAR_RE,),
          res.year_range),
    _rule("year", rf"(?:(?P<prep>{_alt(words('YEAR_PREPOSITIONS'))}){_S})?" + _YEAR + r"(?![\w%]|[.,]\d)",
          (_YEAR_RE,), res.year, "prep"),
    # relative to the publication date
    _rule("part_of_this_year", rf"(?P<cue>{_alt(words('PARTS_OF_THIS_YEAR'))})",
          (_need(words("PARTS_OF_THIS_YEAR")),), res.part_of_this_year, "cue"),
    _rule("end_of_year", rf"(?:(?P<by>{_alt(words('DEADLINE_WORDS'))}){_S})?(?P<cue>{_alt(words('END_OF_YEAR'))})",
          (_need(words("END_OF_YEAR")),), res.end_of_year, "cue"),
    _rule("relative_period", rf"(?P<cue>{_alt(words('RELATIVE_PERIODS'))})",
          (_need(words("RELATIVE_PERIODS")),), res.relative_period, "cue"),
    _rule("day", rf"(?P<cue>{_alt(words('DAYS'))})", (_need(words("DAYS")),), res.day, "cue"),
    _rule("weekday", rf"(?:(?P<pre>{_alt(words('WEEKDAY_BEFORE'))}){_S})?(?P<wd>{_alt(words('WEEKDAYS'))})"
          rf"(?:{_S}(?P<post>{_alt(words('WEEKDAY_AFTER'))}))?",
          (rf"(?:{_need(words('WEEKDAYS'))})(?!\w)",), res.weekday, "wd"),
    _rule("ago", rf"(?:{_HEDGE})?" + _NUM + _S + _UNIT + rf"{_S}(?P<cue>{_alt(words('AGO_AFTER'))})",
          (_need(words("AGO_AFTER")), _UNIT_NEED), res.ago, "cue"),
    _rule("ago_before", rf"(?P<cue>{_alt(words('AGO_BEFORE'))}){_S}(?:{_HEDGE})?" + _NUM + _S + _UNIT,
          (_need(words("AGO_BEFORE")), _UNIT_NEED), res.ago, "cue"),
    _rule("past_period", rf"(?:(?:{_alt(words('PAST_PERIOD_PREPOSITIONS'))}){_S})?"
          rf"(?P<cue>{_alt(words('PAST_PERIOD_WORDS'))}){_S}(?:{_NUM}{_S})?" + _UNIT,
          (_need(words("PAST_PERIOD_WORDS")), _UNIT_NEED), res.past_period, "cue"),
    _rule("past_period_after", rf"(?P<cue>{_alt(words('PAST_PERIOD_OPENERS'))}){_S}" + _NUM + _S
          + rf"(?:{_alt(words('PAST_PERIOD_ADJECTIVES'))}){_S}" + _UNIT,
          (_need(words("PAST_PERIOD_ADJECTIVES")), _UNIT_NEED), res.past_period, "cue"),
    _rule("within", rf"(?P<cue>{_alt(words('WITHIN'))}){_S}" + _NUM + _S + _UNIT,
          (_need(words("WITHIN")), _UNIT_NEED), res.within, "cue"),
    _rule("recently", rf"(?P<cue>{_alt(words('RECENTLY'))})", (_need(words("RECENTLY")),), res.recently, "cue"),
)
"""The rules, in order (the order breaks ties between overlapping matches of equal length)."""
