"""The compiled patterns and tables the quantity scanner reads, one :class:`Rules` per language.

Everything language-specific comes from ``helpers.lexicon.<lang>.numbers``; what is written here is
language-neutral: currency symbols and ISO codes, unit symbols (%, m², km, ha, h, t, kg...), and how the tables are
combined. A language reads its own number words, scale words, hedges, range words, year and time words, stop words
and plural endings; the words the press borrows across languages (currency names, unit words, month names,
hedges written after a figure, relative-date words, proportion words, scale abbreviations) are read in every
language, as they were before the lexicons were split by language.

All patterns are compiled once, at import; every white-space run and every look-around they contain is bounded
(:data:`helpers.extract.numbers.MAX_GAP`, :data:`BEFORE_WIDTH`).
"""

from __future__ import annotations

import re

from helpers.extract.numbers import (
    APOS,
    DIGITS,
    GAP,
    GAP0,
    H,
    LETTER,
    NOT_LETTER_AFTER,
    NOT_WORD_AFTER,
    all_languages,
    alternation,
    normalise,
    number_words_pattern,
)
from helpers.lexicon import LANGUAGES, lexicon

__all__ = ["RULES", "Rules", "UNITS", "CURRENCY_SYMBOLS", "BEFORE_WIDTH", "search_before", "merged", "hedge_before"]

UNITS: dict[str, str] = {
    "EUR": "money", "USD": "money", "CNY": "money", "GBP": "money", "JPY": "money", "CHF": "money", "HKD": "money",
    "m2": "area", "percent": "percent", "percentage_point": "percent",
    "minute": "duration", "hour": "duration", "day": "duration", "week": "duration", "month": "duration",
    "year": "duration", "count": "count", "km": "length", "tonne": "mass",
}
"""Every value of the ``unit`` column, with the ``kind`` it belongs to."""

CURRENCY_SYMBOLS = {
    "€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "¥": "CNY", "eur": "EUR", "usd": "USD", "cny": "CNY",
    "rmb": "CNY", "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "hkd": "HKD",
}
"""Currency signs and ISO codes (before or after the number), the same in every language."""

_CURRENCY_PREFIX = r"US\$|\$|€|£|¥|EUR|USD|CNY|RMB|GBP|JPY|CHF|HKD"

UNIT_SYMBOLS = {
    "m²": ("m2", 1.0), "m2": ("m2", 1.0), "m^2": ("m2", 1.0), "ha": ("m2", 1e4), "km²": ("m2", 1e6),
    "km2": ("m2", 1e6), "%": ("percent", 1.0), "min": ("minute", 1.0), "h": ("hour", 1.0), "km": ("km", 1.0),
    "m": ("km", 1e-3), "t": ("tonne", 1.0), "kg": ("tonne", 1e-3),
}
"""Unit symbols, the same in every language."""

ATTACHED_ONLY_UNITS = frozenset({"t"})
"""Single-letter units read only when attached to the number ("12t"); any one-letter word of a lexicon too,
except the symbols "h" and "m", which are also written after a space ("72 h", "5 m")."""

HEDGE_SYMBOLS = {"~": "approx", "±": "approx"}

BEFORE_WIDTH = 32
"""Characters looked at before a number for a hedge, a range opener, a year or time word: longer than any of them
with its spaces ("a little more than ")."""

RATE_SKIP_WORDS = 3
"""Most words between a figure (or its counted noun) and a rate of time written apart from it: "300,000 tonnes of
cargo a year", "chaque année plus de 45 000"."""


def merged(name: str) -> dict:
    """The dict ``name`` of every language's numbers lexicon merged (later languages do not override)."""
    out: dict = {}
    for table in all_languages("numbers", name):
        for key, value in table.items():
            out.setdefault(key, value)
    return out


def _union(name: str) -> list[str]:
    return sorted({word for words in all_languages("numbers", name) for word in words})


def _month_names() -> list[str]:
    names = set()
    for lang in LANGUAGES:
        table = lexicon(lang, "dates")
        names |= set(table.MONTHS) | set(table.MONTH_ABBREVIATIONS)
    return sorted(names)


def _ending(words) -> str:
    return rf"(?<![^\W\d_])(?i:{alternation(words)}){GAP0}$"


def search_before(pattern: re.Pattern[str], text: str, pos: int, width: int = BEFORE_WIDTH):
    """``pattern`` searched in the ``width`` characters before ``pos`` (patterns end with ``$``)."""
    return pattern.search(text[max(0, pos - width):pos])


def hedge_before(rules: "Rules", text: str, pos: int) -> tuple[str, int] | None:
    """The qualifier of a hedge right before ``pos`` and where the hedge starts, or None."""
    m = search_before(rules.hedge_before, text, pos)
    if m is None:
        return None
    label = rules.hedges_before.get(normalise(m.group("h"))) or ""
    if not label:
        return None
    return label, pos - (len(text[max(0, pos - BEFORE_WIDTH):pos]) - m.start())



class Rules:
    """The compiled patterns and vocabularies of one language."""

    def __init__(self, lang: str):
        table = lexicon(lang, "numbers")
        self.lang = lang
        self.table = table
        words = number_words_pattern(lang)
        self.approximate = {normalise(k): v for k, v in table.APPROXIMATE_NUMBERS.items()}
        approx = alternation(table.APPROXIMATE_NUMBERS) or "(?!)"
        articles = alternation(table.APPROXIMATE_NUMBER_ARTICLES) or "(?!)"
        self.candidate = re.compile(
            rf"(?<![\w.,:/\-–—'’&@#+])(?:(?P<cur>{_CURRENCY_PREFIX}){GAP0})?"
            rf"(?:(?P<num>{DIGITS})|(?P<words>(?i:{words})))"
            rf"|(?<![^\W_])(?i:(?P<approx>(?:(?:{articles}){GAP})?(?P<approx_word>{approx})){NOT_LETTER_AFTER})"
        )
        self.number_only = re.compile(rf"(?:(?P<num>{DIGITS})|(?P<words>(?i:{words})))")
        self._scale_patterns(table)
        self._currency_patterns()
        self._unit_patterns(table)
        self._hedge_and_range_patterns(table)
        self._context_patterns(table)
        self._noun_tables(table)

    def _scale_patterns(self, table) -> None:
        self.scales = {normalise(k): v for k, v in table.SCALE_WORDS.items()}
        self.abbreviations = {normalise(k): v for k, v in merged("SCALE_ABBREVIATIONS").items()}
        self.abbreviations_with_currency = {normalise(k): v
                                            for k, v in merged("SCALE_ABBREVIATIONS_WITH_CURRENCY").items()}
        self.abbreviations_attached = {normalise(k) for k in _union("SCALE_ABBREVIATIONS_ATTACHED_ONLY")}
        abbrevs = alternation([*merged("SCALE_ABBREVIATIONS"), *merged("SCALE_ABBREVIATIONS_WITH_CURRENCY")])
        # An abbreviation's point ("mln. euro", "Mio. Pakete") is part of it; where nouns are lower case, a point
        # before a capital or the end of the text ends the sentence instead ("... 2,8 mld. De ...").
        point = r"\.?" if table.NOUNS_CAPITALISED else rf"(?:\.(?={GAP0}[^\W\d_A-ZÀ-Þ]|{GAP0}[€$£¥]))?"
        self.scale = re.compile(
            rf"(?P<sp>{GAP0})(?:(?i:(?P<word>{alternation(table.SCALE_WORDS)})){NOT_WORD_AFTER}"
            rf"|(?i:(?P<abbr>{abbrevs})){NOT_WORD_AFTER}{point})"
        )
        joiners = [j for j in _union("SCALE_JOINERS") if not j.endswith("'")]
        elided = [j[:-1] for j in _union("SCALE_JOINERS") if j.endswith("'")]
        self.scale_joiner = re.compile(
            rf"{GAP}(?i:{alternation(joiners)}){GAP0}(?={LETTER})|{GAP}(?i:{alternation(elided)}){APOS}(?={LETTER})"
        )

    def _currency_patterns(self) -> None:
        self.currency_words = {normalise(k): v for k, v in merged("CURRENCY_WORDS").items()}
        self.currency_words.update(CURRENCY_SYMBOLS)
        names = [k for k in {*merged("CURRENCY_WORDS"), *CURRENCY_SYMBOLS} if k not in "€$£¥" and k != "us$"]
        joiners = [j for j in _union("CURRENCY_JOINERS") if not j.endswith("'")]
        elided = [j[:-1] for j in _union("CURRENCY_JOINERS") if j.endswith("'")]
        self.currency_after = re.compile(
            rf"{GAP0}(?:(?P<joiner>(?i:(?:{alternation(joiners)}){GAP}|(?:{alternation(elided)}){APOS})))?"
            rf"(?:(?P<sym>€|\$|£|¥)|(?i:(?P<word>{alternation(names)})){NOT_WORD_AFTER})"
        )
        self.currency_prefix = re.compile(rf"(?P<cur>{_CURRENCY_PREFIX}){GAP0}")

    def _unit_patterns(self, table) -> None:
        units = dict(UNIT_SYMBOLS)
        for key, value in {**merged("UNITS"), **table.UNITS_OWN_LANGUAGE}.items():
            units.setdefault(key, value)
        self.units = {normalise(k): v for k, v in units.items()}
        self.attached_only = set(ATTACHED_ONLY_UNITS) | {
            k for k in self.units if len(k) == 1 and k.isalpha() and k not in UNIT_SYMBOLS}
        self.unit = re.compile(rf"(?P<sep>{GAP0}|-)(?i:(?P<unit>{alternation(units)}))(?:{NOT_WORD_AFTER}|(?<=%))")

    def _hedge_and_range_patterns(self, table) -> None:
        self.hedges_before = {normalise(k): v for k, v in {**table.HEDGES_BEFORE, **HEDGE_SYMBOLS}.items()}
        self.hedge_before = re.compile(
            rf"(?<![^\W\d_])(?i:(?P<h>{alternation([*table.HEDGES_BEFORE, *HEDGE_SYMBOLS])})){GAP0}$")
        self.hedges_after = {normalise(k): v for k, v in merged("HEDGES_AFTER").items()}
        self.hedge_after = re.compile(
            rf"{GAP0},?{GAP0}(?i:(?P<h>{alternation(merged('HEDGES_AFTER'))})){NOT_LETTER_AFTER}")
        self.range_opener = re.compile(rf"(?<![^\W\d_])(?i:(?P<o>{alternation(table.RANGE_OPENERS)})){GAP0}$")
        self.range_connector = re.compile(
            rf"(?:{GAP0}[-–—‑]{GAP0}|{GAP}(?i:(?P<c>{alternation(table.RANGE_CONNECTORS)})){GAP})")
        self.connectors_needing_opener = {normalise(c) for c in table.RANGE_CONNECTORS_NEEDING_OPENER}
        self.openers_for_and = {normalise(o) for o in table.RANGE_OPENERS_FOR_AND}

    def _context_patterns(self, table) -> None:
        months = [m for m in _month_names() if m not in _union_dates("MONTHS_ALSO_WORDS")]
        also = "|".join(m.capitalize() for m in _union_dates("MONTHS_ALSO_WORDS"))
        suffixes = alternation(_union_dates("DAY_SUFFIXES"))
        self.month_after = re.compile(
            rf"(?:{suffixes})?{GAP}(?:(?i:{alternation(months)})|{also}){NOT_LETTER_AFTER}\.?"
            rf"(?:{GAP}[0-9]{{4}}(?![0-9]))?")
        self.month_before = re.compile(rf"(?<![^\W\d_])(?:(?i:{alternation(months)})|{also})\.?{GAP0}$")
        self.year_after = re.compile(rf",?{GAP0}[0-9]{{4}}(?![0-9])")
        self.year_before = re.compile(_ending(table.YEAR_WORDS_BEFORE))
        self.time_before = re.compile(_ending(table.TIME_WORDS_BEFORE))
        self.clock_after = re.compile(rf"{GAP0}(?i:{alternation(_union('CLOCK_WORDS'))}){NOT_LETTER_AFTER}")
        self.relative_after = re.compile(
            rf"(?:{GAP}|(?=['’]))(?i:{alternation(_union('RELATIVE_AFTER'))}){NOT_LETTER_AFTER}")
        self.relative_before = re.compile(_ending(table.RELATIVE_BEFORE)) if table.RELATIVE_BEFORE else None
        self.ratio_before = re.compile(
            rf"(?<![\w.,])[0-9]+{GAP}(?i:{alternation(_union('RATIO_WORDS'))}){GAP}$")
        self.ratio_after = re.compile(
            rf"{GAP}(?i:{alternation(_union('RATIO_WORDS'))}){GAP}[0-9]{{1,3}}(?![0-9]|[.,][0-9])")
        self.rate = re.compile(
            rf"{GAP}(?i:(?P<r>{alternation(table.RATE_WORDS)})){GAP}(?P<per>{LETTER}+){NOT_LETTER_AFTER}")
        word = rf"{LETTER}+(?:[-'’]{LETTER}+)*"
        self.rate_later = re.compile(  # a rate of time a few words after the figure ("parcels arriving a day")
            rf"(?P<skip>(?:{GAP}{word}){{1,{RATE_SKIP_WORDS}}}?)(?={GAP}(?i:{alternation(table.RATE_WORDS)}){GAP}{LETTER})")
        self.rate_before = re.compile(  # a rate of time before the figure ("pro Tag bis zu 500.000 Pakete")
            rf"(?<![^\W\d_])(?i:{alternation(table.RATE_WORDS_BEFORE)}){GAP}(?P<per>{LETTER}+),?"
            rf"(?P<skip>(?:{GAP}{word}){{0,{RATE_SKIP_WORDS}}}){GAP}$")
        self.adjunct_before = re.compile(
            rf"(?<![^\W\d_])(?i:{alternation(table.ADJUNCT_PREPOSITIONS)}){GAP}(?:{word}{GAP})?$")
        adverbs = alternation(table.RATE_ADVERBS) if table.RATE_ADVERBS else r"(?!)"
        self.rate_adverb_after = re.compile(rf"{GAP}(?P<per>(?i:{adverbs})){NOT_LETTER_AFTER}")
        self.rate_adverb_before = re.compile(rf"(?<![^\W\d_])(?P<per>(?i:{adverbs})){GAP}(?:{word}{GAP})?$")
        self.rate_blockers = {normalise(w) for w in table.RATE_BLOCKERS} | {normalise(w) for w in table.NUMBER_WORDS}
        self.rate_time_only = {normalise(w) for w in table.RATE_WORDS_TIME_ONLY}
        self.rate_time_nouns = {normalise(w) for w in table.RATE_TIME_NOUNS}
        self.noun_modifiers = {normalise(w) for w in table.NOUN_MODIFIERS}
        self.noun_coordinators = {normalise(w) for w in table.NOUN_COORDINATORS}

        final = alternation(getattr(table, "CLAUSE_FINAL_VERBS", ())) or "(?!)"
        self.clause_final_verb = re.compile(  # "sollen es 70 sein.", "zullen er 500 zijn.": the verb ends the clause
            rf"{GAP}(?i:{final}){NOT_LETTER_AFTER}")
        pronoun = alternation(getattr(table, "QUANTITATIVE_PRONOUN_BEFORE", ())) or "(?!)"
        self.pronoun_before = re.compile(  # "le site n'en compte que 620 en contrat fixe": the pronoun is the noun
            rf"(?<![^\W\d_])(?i:(?P<c>{pronoun})){GAP}$")
        existential = alternation(table.EXISTENTIAL_BEFORE) or "(?!)"
        self.existential_before = re.compile(  # "today there are 450.", "heute sind es 450.", "on en compte 450."
            rf"(?<![^\W\d_])(?i:(?P<c>{existential}))(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?)?{GAP}$")
        self.parallel_before = re.compile(
            rf"(?<![^\W\d_])(?i:(?P<c>{alternation(table.PARALLEL_CONNECTORS)})){GAP}$|,{GAP0}$")
        self.anaphora_after = re.compile(
            rf"{GAP}(?i:(?P<v>{alternation(table.ANAPHORA_VERBS)})){NOT_LETTER_AFTER}")
        self.change_before = re.compile(
            rf"(?<![^\W\d_])(?i:{alternation(table.CHANGE_VERBS)})(?![^\W\d_])[^.;:!?]{{0,60}}$")
        self.change_after = re.compile(rf"{GAP}(?i:(?P<c>{alternation(table.CHANGE_CONNECTORS)})){GAP}")
        counted = lexicon(self.lang, "measures").NUMBER_OF  # "the number of X ... 430": what a bare number counts
        self.counted_subject = re.compile(rf"(?<![^\W\d_])(?i:{'|'.join(counted)})(?![^\W\d_])") if counted else None

    def _noun_tables(self, table) -> None:
        self.not_nouns = (
            set(table.STOPWORDS) | set(_month_names()) | set(self.units) | set(self.currency_words)
            | {normalise(w) for w in table.ANAPHORA_VERBS if " " not in w}  # "60 devraient": a verb, not a noun
            | {normalise(w) for s in all_languages("numbers", "SCALE_WORDS") for w in s}
            | {normalise(w) for w in merged("SCALE_ABBREVIATIONS")}
            | {w for hedge in self.hedges_after for w in hedge.split()}
            | set(table.NUMBER_WORDS)
        )
        self.noun_token = re.compile(rf"(?:{GAP}|(?<=[\s'’]))(?P<w>{LETTER}+(?:[-'’]{LETTER}+)*)")


def _union_dates(name: str) -> list[str]:
    return sorted({word for words in all_languages("dates", name) for word in words})


RULES = {lang: Rules(lang) for lang in LANGUAGES}
"""The rules of every language of :data:`helpers.lexicon.LANGUAGES`."""

TIME_OF_DAY = re.compile(
    rf"[0-9]{{1,2}}(?:[:hHuU][0-9]{{2}}|[.:][0-9]{{2}}(?=[ \u00a0]?(?i:{alternation(_union('TIME_OF_DAY_SUFFIXES'))})"
    rf"{NOT_LETTER_AFTER}))(?![0-9])")
AM_PM = re.compile(rf"{GAP0}(?i:am|pm|a\.m\.|p\.m\.){NOT_LETTER_AFTER}")
NUMERIC_TAIL = re.compile(r"[.,/:\-][0-9]")
SKIP_TOKEN = re.compile(r"[0-9.,/:\-\w]*")
UPPER_PLURAL = re.compile(r"[A-Z]{2,}s")
