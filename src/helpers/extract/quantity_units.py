"""What a number is bound to: a currency, a unit or a counted noun, and the denominator of a rate.

Part of the quantity scanner (:mod:`helpers.extract.quantities`); reads the tables compiled by
:mod:`helpers.extract.quantity_rules` from ``helpers.lexicon.<lang>.numbers``. A number bound to nothing is an
*orphan*: :func:`read_unit_or_noun` returns it with ``kind`` None, and the scanner decides whether it counts a noun
stated before (elision).
"""

from __future__ import annotations

import re

from helpers.extract.numbers import normalise
from helpers.extract.quantity_rules import UNITS, UPPER_PLURAL, Rules, hedge_before, search_before

__all__ = ["read_unit_or_noun", "count_noun", "looks_plural", "looks_verbal", "rate_after", "rate_apart"]

MAX_NOUN_WORDS = 4
"""Most words of a counted noun phrase ("eight senior European officials")."""


def _currency(rules: Rules, text: str, r) -> str | None:
    """The currency of the quantity: its prefix, or a currency word after it (which moves ``r.pos``)."""
    m = rules.currency_after.match(text, r.pos)
    if m is not None and not (m.group("joiner") and not r.scaled):
        word = m.group("sym") if m.group("sym") is not None else normalise(m.group("word"))
        r.pos = m.end()
        return r.currency or rules.currency_words[word]
    return r.currency


def _unit_match(rules: Rules, text: str, r) -> re.Match[str] | None:
    """The unit word after the number (or after "million de"), if it may be read there."""
    um = rules.unit.match(text, r.pos)
    if um is None and r.scaled:
        joiner = rules.scale_joiner.match(text, r.pos)
        if joiner is not None:
            um = rules.unit.match(text, joiner.end())
            if um is not None and um.group("sep") != "":
                um = None
    if um is None:
        return None
    word, sep = normalise(um.group("unit")), um.group("sep")
    if (word in rules.attached_only and sep != "") or (sep == "-" and word == "%") or (word == "m" and r.scaled):
        return None
    return um


def _unit(rules: Rules, text: str, r, um: re.Match[str]):
    """(unit, kind, "", factor) of the unit ``um``, or None when the number is a relative date or a time of day."""
    unit, factor = rules.units[normalise(um.group("unit"))]
    kind = UNITS[unit]
    r.pos = um.end()
    if kind == "duration":
        if rules.relative_after.match(text, r.pos) or (
                rules.relative_before is not None and search_before(rules.relative_before, text, r.start)):
            return None
        if unit == "hour" and not r.spelled and search_before(rules.time_before, text, r.start) \
                and hedge_before(rules, text, r.start) is None and r.value <= 24:
            return None
    return unit, kind, "", factor


def read_unit_or_noun(rules: Rules, text: str, m: re.Match[str], r):
    """((unit, kind, noun, factor) or None, resume) for the reading ``r``; kind None marks an orphan number."""
    skip_to = m.end()
    currency = _currency(rules, text, r)
    if currency is not None:
        bound = (currency, "money", "", 1.0)
    else:
        um = _unit_match(rules, text, r)
        if um is not None:
            bound = _unit(rules, text, r, um)
            if bound is None:
                return None, r.pos
        else:
            noun_pos = r.pos
            joiner = rules.scale_joiner.match(text, r.pos) if r.scaled else None
            if joiner is not None:
                noun_pos = joiner.end()
            found = count_noun(text, noun_pos, rules)
            if found is None:
                orphan = not (r.year_like or r.high is not None or (r.spelled and r.value == 1)
                              or rules.ratio_after.match(text, r.pos))
                return ((None, None, "", 1.0) if orphan else None), (skip_to if not r.scaled else r.pos)
            if r.spelled and r.value == 1 and r.high is None:
                return None, skip_to
            if r.year_like and r.high is None and search_before(rules.year_before, text, r.start) is not None \
                    and hedge_before(rules, text, r.start) is None:
                return None, r.pos
            r.pos = found[1]
            bound = ("count", "count", found[0], 1.0)
    unit, kind = bound[0], bound[1]
    if r.year_like and kind not in ("money", "count") and r.high is None and unit != "percent" \
            and search_before(rules.year_before, text, r.start) is not None:
        return None, r.pos
    if r.spelled and r.value == 1 and kind == "count":
        return None, r.pos
    return bound, r.pos


def rate_after(rules: Rules, text: str, pos: int) -> str:
    """The denominator of a rate written right after a quantity ("per hectare", "par jour", "pro Tag", "a week"),
    as written, or ""."""
    m = rules.rate.match(text, pos)
    if m is None:
        adverb = rules.rate_adverb_after.match(text, pos)  # "400 millions d'euros annuellement"
        return adverb.group("per") if adverb is not None else ""
    per, end = m.group("per"), m.end()
    key = normalise(per)
    if key in rules.noun_modifiers:  # "per new job", "für jeden neuen Job": the denominator is the noun after
        noun = _NEXT_WORD.match(text, end)
        if noun is not None:
            per, end, key = noun.group("per"), noun.end(), normalise(noun.group("per"))
    if key in rules.not_nouns and key not in rules.units:
        return ""
    if normalise(m.group("r")) in rules.rate_time_only and key not in rules.rate_time_nouns \
            and UNITS.get(rules.units.get(key, ("",))[0]) != "duration":
        return ""
    if rules.relative_after.match(text, end) or _YEAR_NEXT.match(text, end):
        return ""
    return per


_NEXT_WORD = re.compile(r"[ \u00a0]{1,4}(?P<per>[^\W\d_]+)")
"""The word after a modifier of the denominator ("new" in "per new job")."""

_YEAR_NEXT = re.compile(r"[ \u00a0]*[0-9]")
"""A number right after the denominator: "im Jahr 2019", "per jaar 2020" name a year, not a rate."""

RATE_APART_KINDS = ("count", "money", "mass")
"""Kinds of figure that may be a rate of time written apart from them ("35 Züge" after "jede Woche")."""

RATE_BEFORE_WIDTH = 64
"""Characters before a figure searched for a rate of time that opens its clause."""


def _time_unit(rules: Rules, per: str) -> bool:
    key = normalise(per)
    return key in rules.rate_time_nouns or UNITS.get(rules.units.get(key, ("",))[0]) == "duration"


def rate_apart(rules: Rules, text: str, row: dict) -> str:
    """The denominator of a rate of *time* written apart from a count, a sum or a mass, as written, or "": after its
    noun phrase, past at most :data:`~helpers.extract.quantity_rules.RATE_SKIP_WORDS` words none of which is a
    blocker (lexicon ``RATE_BLOCKERS``: "in", "within", "and", a number word; "800,000 parcels arriving a day",
    "18 vols cargo par semaine", but not "500 jobs in a year"), or before it, opening the phrase with at most as many
    words between (lexicon ``RATE_WORDS_BEFORE``: "pro Tag bis zu 500.000 Pakete", "each week, about 35 trains")."""
    if row["kind"] not in RATE_APART_KINDS:
        return ""
    later = rules.rate_later.match(text, row["end"])
    if later is not None and not _blocked(rules, later.group("skip")):
        per = rate_after(rules, text, later.end())
        if per and _time_unit(rules, per):
            return per
    start = row["start"]
    before = search_before(rules.rate_before, text, start, RATE_BEFORE_WIDTH)
    if before is not None and _time_unit(rules, before.group("per")) and not _blocked(rules, before.group("skip")):
        return before.group("per")
    adverb = search_before(rules.rate_adverb_before, text, start, RATE_BEFORE_WIDTH)  # "täglich rund 900 Lkw"
    return adverb.group("per") if adverb is not None else ""


def _blocked(rules: Rules, skipped: str) -> bool:
    return any(normalise(word) in rules.rate_blockers for word in skipped.split())


def count_noun(text: str, pos: int, rules: Rules) -> tuple[str, int] | None:
    """The counted noun after position ``pos``: its head and the end of the noun phrase, or None."""
    tokens = []
    cursor = pos
    for _ in range(MAX_NOUN_WORDS):
        m = rules.noun_token.match(text, cursor)
        if m is None:
            break
        word = m.group("w")
        key = normalise(word)
        if key in rules.noun_modifiers or (tokens and key in rules.noun_coordinators):
            cursor = m.end("w")  # "more parcels"; "direct and indirect jobs": adjectives joined before their noun
            continue
        if key in rules.not_nouns or (("'" in word or "’" in word) and not looks_plural(word, rules)):
            break
        tokens.append((word, m.end("w")))
        cursor = m.end("w")
        if looks_plural(word, rules) and not looks_verbal(word, rules):
            return word, m.end("w")
    for word, end in tokens[:1]:
        if _singular_noun(word, rules) and not looks_verbal(word, rules) or _ACRONYM.fullmatch(word):
            return word, end
    if rules.table.NOUNS_CAPITALISED:  # German: adjectives are lower case, the noun is the first capitalised word
        for word, end in tokens[1:]:
            if word[:1].isupper():
                return word, end
    return None


_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,6}")
"""An acronym right after a number is the noun it counts, in any language ("140 PME", "300 ETP", "12 VTE")."""


def _singular_noun(word: str, rules: Rules) -> bool:
    return word[:1].isupper() if rules.table.NOUNS_CAPITALISED else word[:1].islower()
def looks_plural(word: str, rules: Rules) -> bool:
    """Whether ``word`` looks like the plural head of a counted noun phrase, by the lexicon's endings."""
    table = rules.table
    lower = word.lower().replace("’", "'")
    if lower in table.IRREGULAR_PLURALS or UPPER_PLURAL.fullmatch(word):
        return True
    capital_ok = word[:1].isupper() if table.NOUNS_CAPITALISED else word[:1].islower()
    if not capital_ok or len(word) < 3:
        return False
    return lower.endswith(tuple(table.PLURAL_ENDINGS)) and not (
        table.NOT_PLURAL_ENDINGS and lower.endswith(tuple(table.NOT_PLURAL_ENDINGS)))


def looks_verbal(word: str, rules: Rules) -> bool:
    """A singular-looking word that is more likely a participle than a counted noun ("900 promised", "900
    beloofd", "300 créé"); used only when no plural-looking head was found."""
    table = rules.table
    lower = word.lower()
    if not table.VERBAL_SUFFIXES:
        return False
    if table.VERBAL_PREFIXES and not lower.startswith(tuple(table.VERBAL_PREFIXES)):
        return False
    return lower.endswith(tuple(table.VERBAL_SUFFIXES))
