"""Stated quantities in English, French, Dutch and German press text: money, areas, percentages, durations, counts.

:func:`extract_quantities` returns one row per quantity stated in a text, in text order, with its character span
(``text[start:end] == surface``), its value in a canonical unit, its unit and kind, the noun it counts, the hedge
that qualifies it, the language whose rules read it, the denominator of a rate and where its noun came from. The
coding rules it follows are those of Part I of ``data/annotations/codebook.md``; in short:

- a *quantity* is a number bound to something it measures: a currency ("75 millions d'euros", "$ 2.8 billion"), a
  unit ("22ha", "220,000 square meters", "72 heures", "drie jaar", "50-year"), a percent sign or word ("98%",
  "25 procent") or a counted noun ("300 jobs", "deux accords", "eight senior European officials"). A bare number
  bound to nothing ("the 3 of them") is not returned, unless it counts a noun stated just before (below);
- calendar dates ("5 décembre 2018", "May 7, 2021", "3 juli", "7. März"), years ("2018", "en 2016"), times of day
  ("14h30", "om 14u30", "at 10:00", "um 10 Uhr"), relative dates ("three years ago", "il y a 3 ans", "vor drei
  Jahren"), numbers inside names or codes ("G20", "COVID-19", "TMall.com"), ordinals ("3e", "1st") and the
  indefinite article ("a year", "un an", "een jaar") are not quantities;
- the surface covers the number with its scale word, currency or unit, or the counted noun phrase up to its head
  noun ("eight senior European officials", whose ``noun`` is the head "officials"); the hedge ("nearly", "à peine",
  "meer dan", "rund", a trailing "maximum") is not part of the surface but is recorded, normalised, in
  ``qualifier``;
- a *rate* ("12 jobs per hectare", "20 000 colis par jour", "300 Flüge pro Tag", "40 flights a week") keeps its
  surface and value, and its denominator as written goes to ``per``: it is never a plain count;
- an *elided noun*: a bare number that continues a count ("from 40,000 parcels in 2017 to 90,000 in 2021": after
  a parallel connector or a comma in the same sentence, within :data:`PARALLEL_WINDOW` characters of the count),
  that is hedged ("fewer than 400,000", "davon knapp 40") or that is the subject of a verb ("900 jobs were
  promised; only 450 have been created"), within :data:`ANAPHORA_WINDOW` characters after a count, is a count of
  the same noun (and rate): ``noun_source`` is "inherited" (else "stated" for a noun written after the number, ""
  for no noun) and ``noun_cue`` holds the cue that decided. A bare number followed by a rate ("30 a night") is a
  count of an unstated noun.

Values are normalised: money in currency units (``75 millions d'euros`` -> 75000000.0 EUR), areas in square metres
(22 ha -> 220000.0 m2), lengths in km, masses in tonnes, percentages, durations and counts as stated. Ranges
("20 to 25", "de 20 à 25", "20-25%", "tussen 20 en 25", "zwischen 20 und 25") give the low end in ``value`` and the
high end in ``value_high`` (NaN otherwise). Digits are read with the separators of the language
(:func:`helpers.extract.numbers.parse_digits`).

Layout: every word of a language is in ``helpers.lexicon.<lang>.numbers`` (and the month names in ``dates``);
:mod:`helpers.extract.numbers` reads digits and number words (with text2num), :mod:`helpers.extract.quantity_rules`
compiles the tables, :mod:`helpers.extract.quantity_reading` and :mod:`helpers.extract.quantity_units` read one
candidate, and this module scans the text and decides elisions. A language is added by adding its lexicon.

Why this is written here rather than taken from a library: ``text2num`` reads spelled-out numbers and is used for
exactly that. But no library reads French, Dutch and German press quantities *with* their units, scale words,
thousands separators and hedges: quantulum3, the best-known quantity parser, is English-only, reads "220.000 m²"
as 220 m² and "75 millions d'euros" as a bare 75, and reports no hedges. ``bench/bench_quantities.py`` measures
the difference.

Cost: linear in the length of the text. One left-to-right scan with a candidate pattern; per candidate a few
anchored matches whose white-space runs are bounded (a number and its unit at most
:data:`helpers.extract.numbers.MAX_GAP` spaces apart), look-behinds over a fixed window, runs of number words capped
(:data:`helpers.extract.numbers.MAX_NUMBER_WORDS`), and elisions looked for only within fixed windows
(``bench/bench_quantities_scaling.py`` prints seconds per MB). Language detection (langdetect, seeded) runs only
when ``lang`` is not given, on the first :data:`DETECTION_PREFIX` characters. Importing this module opens no file
and touches no network. The function never raises on any ``str`` input: a candidate that cannot be read is skipped.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.extract.numbers import parse_digits
from helpers.extract.quantity_reading import read_one
from helpers.extract.quantity_rules import RULES, UNITS, hedge_before, search_before
from helpers.extract.quantity_units import looks_verbal, rate_after, rate_apart
from helpers.lexicon import LANGUAGES

__all__ = ["QUANTITY_COLUMNS", "QUANTITY_DTYPES", "KINDS", "UNITS", "QUALIFIERS", "NOUN_SOURCES",
           "DETECTION_PREFIX", "PARALLEL_WINDOW", "ANAPHORA_WINDOW", "extract_quantities", "quantity_rows",
           "quantity_frame", "detect_lang", "empty_quantities"]

QUANTITY_COLUMNS: tuple[str, ...] = (
    "start", "end", "surface", "value", "value_high", "unit", "kind", "noun", "qualifier", "lang",
    "per", "noun_source", "noun_cue",
)
"""Column order of :func:`extract_quantities`'s result."""

QUANTITY_DTYPES: dict[str, str] = {
    "start": "int64", "end": "int64", "surface": "str", "value": "float64", "value_high": "float64",
    "unit": "str", "kind": "str", "noun": "str", "qualifier": "str", "lang": "str", "per": "str",
    "noun_source": "str", "noun_cue": "str",
}
"""Dtype of each column (``"str"`` is pandas' default string dtype)."""

KINDS: tuple[str, ...] = ("money", "area", "percent", "duration", "count", "length", "mass")
"""Values of the ``kind`` column."""

QUALIFIERS: tuple[str, ...] = ("approx", "nearly", "barely", "only", "at_least", "more_than", "at_most",
                               "less_than", "target", "range")
"""Values of the ``qualifier`` column besides the empty string (no hedge). See the codebook, Part I."""

NOUN_SOURCES: tuple[str, ...] = ("stated", "inherited")
"""Values of the ``noun_source`` column besides "" (no noun): the noun is written after the number, or taken from
the count before it (an elided noun; ``noun_cue`` then holds the cue, see :func:`_elided`)."""

DETECTION_PREFIX = 2000
"""Number of leading characters langdetect sees when ``lang`` is not given."""

PARALLEL_WINDOW = 120
"""Most characters between a count and a bare number parallel to it ("40,000 parcels in 2017 to 90,000")."""

ANAPHORA_WINDOW = 300
"""Most characters between a count and a bare number that stands for its noun ("... only 450 have been")."""

_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def detect_lang(text: str) -> str:
    """The rules language for ``text``: :func:`helpers.text.language.detect_language` (langdetect, seeded) on the
    first :data:`DETECTION_PREFIX` characters, mapped by :func:`helpers.text.language.rules_language`; anything
    else, or text too short to tell, is read with the English rules."""
    from helpers.text.language import detect_language, rules_language

    code, _probability = detect_language(text[:DETECTION_PREFIX])
    return rules_language(code)


def _rules_lang(lang: str | None, text: str) -> str:
    if lang is None:
        return detect_lang(text)
    code = str(lang).strip().lower()[:2]
    return code if code in LANGUAGES else "en"


_EMPTY = pd.DataFrame({col: pd.Series([], dtype=QUANTITY_DTYPES[col]) for col in QUANTITY_COLUMNS})


def empty_quantities() -> pd.DataFrame:
    """An empty result with the columns and dtypes of :func:`extract_quantities` (a fresh copy each call)."""
    return _EMPTY.copy()


def extract_quantities(text: str, lang: str | None = None) -> pd.DataFrame:
    """Every quantity stated in ``text``, one row per quantity, in text order.

    Parameters
    ----------
    text:
        Any string (an article, a paragraph, a sentence). It is never modified; offsets index it as given.
    lang:
        ISO 639-1 code of the language whose rules read the text (one of :data:`helpers.lexicon.LANGUAGES`; a
        longer tag such as "fr-BE" is cut to its first two letters). ``None`` detects it with langdetect (seeded).
        Any other language falls back to the English rules plus the language-neutral symbols (digits, %, €, $, m²).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`QUANTITY_COLUMNS` with dtypes :data:`QUANTITY_DTYPES`: ``start``/``end`` (character offsets,
        ``text[start:end] == surface``), ``surface``, ``value`` (canonical unit; low end of a range),
        ``value_high`` (high end of a range, else NaN), ``unit``, ``kind``, ``noun`` (head noun of a count, else
        ""), ``qualifier`` (normalised hedge, "" when none), ``lang`` (the rules language used), ``per`` (the
        denominator of a rate as written, else ""), ``noun_source`` (see :data:`NOUN_SOURCES`) and ``noun_cue``
        (the cue of an inherited noun, else ""). Empty, with
        the same columns and dtypes, when the text states no quantity.

    Examples
    --------
    >>> extract_quantities("75 millions d'euros et 22ha", lang="fr")[["surface", "value", "unit"]].values.tolist()
    [["75 millions d'euros", 75000000.0, 'EUR'], ['22ha', 220000.0, 'm2']]

    Never raises on a ``str``; raises :class:`TypeError` when ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quantities expects a str, got {type(text).__name__}")
    return quantity_frame(quantity_rows(text, lang))


def quantity_frame(rows: list[dict]) -> pd.DataFrame:
    """The rows of :func:`quantity_rows` (of one text or many) as a DataFrame with the dtypes of
    :data:`QUANTITY_DTYPES`; extra keys of the rows are ignored."""
    if not rows:
        return empty_quantities()
    # Built column by column from lists: pandas infers int64 / float64 / str, the dtypes of QUANTITY_DTYPES,
    # several times faster than a row-wise constructor followed by astype (this matters for short texts).
    frame = pd.DataFrame({col: [row[col] for row in rows] for col in QUANTITY_COLUMNS})
    if not frame.dtypes.equals(_EMPTY.dtypes):  # never expected; keeps the documented dtypes whatever happens
        frame = frame.astype(QUANTITY_DTYPES)
    return frame


_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;!?]|$)")
"""The end of a sentence or clause right after a number: "heute sind es 450." (not "sind es 450 Euro")."""


def _elided(rules, text: str, row: dict, antecedent: dict | None) -> str:
    """The cue by which an orphan number counts the noun of ``antecedent``, or "" when it does not: a parallel
    connector or a comma right before it in the same sentence ("to 90,000", ", 200 in Antwerp"), a hedge before it
    ("fewer than 400,000", "davon knapp 40"), a verb right after it ("450 have been created") or an existential
    verb before it that ends the sentence with it (numbers ``EXISTENTIAL_BEFORE``: "today there are 450.")."""
    if antecedent is None:
        return ""
    gap = row["start"] - antecedent["end"]
    if not 0 <= gap <= ANAPHORA_WINDOW:
        return ""
    before = search_before(rules.parallel_before, text, row["start"])
    if before is not None and gap <= PARALLEL_WINDOW and not _SENTENCE_END.search(text, antecedent["end"], row["start"]):
        return (before.group("c") or ",").lower()
    hedge = hedge_before(rules, text, row["start"])
    if hedge is not None:
        return text[hedge[1]:row["start"]].strip().lower()
    verb = rules.anaphora_after.match(text, row["end"])
    if verb is not None:
        return verb.group("v").lower()
    existential = search_before(rules.existential_before, text, row["start"])
    pronoun = search_before(rules.pronoun_before, text, row["start"])  # "n'en compte que 620 en CDI"
    if pronoun is not None:
        return pronoun.group("c").lower()
    final = rules.clause_final_verb.match(text, row["end"])  # verb-final order: "nach dem Ausbau sollen es 70 sein."
    if existential is not None and _CLAUSE_END_AFTER.match(text, final.end() if final else row["end"]):
        return existential.group("c").lower()
    participle = rules.noun_token.match(text, row["end"])  # "werden er 300 ingevuld", "only 450 created"
    if participle is not None and looks_verbal(participle.group("w"), rules):
        return participle.group("w").lower()
    return _object_of_verb(rules, text, row)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")
"""The word right before a number (separated by spaces only)."""


def _object_of_verb(rules, text: str, row: dict) -> str:
    """The verb of which a bare number ending its clause is the object or the complement, or "": a participle or an
    auxiliary right before it (numbers ``VERBAL_SUFFIXES``, ``ANAPHORA_VERBS``: "promised 900 jobs and delivered
    300.", "il en a créé 300,", "entstanden sind 300.") and, right after it, the end of its clause (punctuation, or a
    coordinating conjunction, numbers ``NOUN_COORDINATORS``). The count left out is then the antecedent's."""
    after = text[row["end"]:row["end"] + 12]
    coordinators = "|".join(re.escape(word) for word in rules.table.NOUN_COORDINATORS) or "(?!)"
    if not re.match(rf"\s*(?:[.;,:!?)]|$)|\s+(?i:{coordinators})\s", after):
        return ""
    word = _WORD_BEFORE.search(text, max(0, row["start"] - 40), row["start"])
    if word is None or word.end() != row["start"]:
        return ""
    verb = word.group(1)
    auxiliaries = {w.lower() for w in rules.table.ANAPHORA_VERBS}
    return verb.lower() if verb.islower() and (looks_verbal(verb, rules) or verb in auxiliaries) else ""


def quantity_rows(text: str, lang: str | None = None) -> list[dict]:
    """The rows of :func:`extract_quantities` as a list of dicts (keys :data:`QUANTITY_COLUMNS`), in text order,
    without building a DataFrame: what the build uses, article by article."""
    rules_lang = _rules_lang(lang, text)
    rules = RULES[rules_lang]
    rows: list[dict] = []
    antecedent = previous = None  # the last count whose noun is stated, and the one before it
    measured = None  # the last duration, percentage or sum of money (a unit that needs no conversion)
    pending = None  # an orphan number that may be the before of a change, and where its after must start
    pos, length, candidate = 0, len(text), rules.candidate
    while pos < length:
        m = candidate.search(text, pos)
        if m is None:
            break
        try:
            row, resume = read_one(rules, text, m)
            orphan = row if row is not None and row["kind"] is None else None
            if orphan is not None:  # "from 1.2 million to 2 million TEU": wait for the after, else adopt a noun
                opened = _before_of_change(rules, text, orphan)
                if opened is not None or pending is None or orphan["start"] != pending[1]:
                    pending = opened  # a bare after ("from 12 to 20 a week") keeps the before waiting for it
                row = None if opened else (_adopt(rules, text, row, _main(rules, text, antecedent, previous))
                                           or _same_unit(rules, text, row, measured, antecedent))
            elif row is not None:
                row["per"] = rate_after(rules, text, row["end"]) or rate_apart(rules, text, row)
        except Exception:  # defensive: an unreadable candidate is skipped, never raised
            row, resume, orphan = None, m.end(), None
        if row is not None and row["end"] > row["start"]:
            if pending is not None and row["start"] == pending[1] and pending[0] is not row:
                before = _changed_from(pending[0], row, rules_lang)
                if before is not None:
                    rows.append(before)
            rows.append(row)
            if row["kind"] == "count" and (row["noun"] or row["per"]):
                antecedent, previous = row, antecedent
            elif row["kind"] in UNCONVERTED_KINDS:
                measured = row
            pending = None
        pos = max(resume, m.end(), pos + 1)
    return rows


UNCONVERTED_KINDS = ("duration", "percent", "money")
"""Kinds whose value is stated in its own unit: a parallel bare number can take that unit as it is."""


def _same_unit(rules, text: str, row: dict, measured: dict | None, antecedent: dict | None) -> dict | None:
    """An orphan number parallel to the last duration, percentage or sum ("16 jours, contre 40 par la mer", "12%
    in 2022 against 9 in 2021"): of its unit, when a parallel connector comes right before it in the same sentence
    and no count came in between; else None."""
    if measured is None or (antecedent is not None and antecedent["end"] > measured["end"]):
        return None
    gap = row["start"] - measured["end"]
    before = search_before(rules.parallel_before, text, row["start"])
    if not 0 <= gap <= PARALLEL_WINDOW or before is None or _SENTENCE_END.search(text, measured["end"], row["start"]):
        return None
    return {**row, "unit": measured["unit"], "kind": measured["kind"], "noun": "", "noun_source": "",
            "noun_cue": "", "per": rate_after(rules, text, row["end"]) or measured["per"]}


def _before_of_change(rules, text: str, orphan: dict) -> tuple[dict, int] | None:
    """``(orphan, where the next figure must start)`` when the orphan follows a range opener and precedes a change
    connector ("van 1,2 miljoen tot", "von 1,2 Millionen auf"), else None."""
    after = rules.change_after.match(text, orphan["end"])
    if after is None or search_before(rules.range_opener, text, orphan["start"]) is None:
        return None
    return orphan, after.end()


_LEADING_NUMBER = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")


def _changed_from(orphan: dict, after: dict, lang: str) -> dict | None:
    """The before of a change as a figure of the after's kind, unit, noun and rate, or None. Counts, money and
    percentages need no conversion; an area or a mass ("von 32 auf 55 Hektar") is scaled as the after was (its value
    over the number it is written with), and its noun is the after's unit as written ("Hektar")."""
    if after["kind"] not in ("count", "money", "percent", "area", "mass"):
        return None
    value, noun = orphan.get("value"), after["noun"]
    if after["kind"] in ("area", "mass"):
        lead = _LEADING_NUMBER.match(after["surface"])
        written = parse_digits(lead.group(0), lang) if lead is not None else None
        high = orphan.get("value_high")
        if not written or value is None or (high is not None and high == high) or after["value"] is None:
            return None
        value = float(f"{value * after['value'] / written:.12g}")  # 1,1 x 10^6 is 1100000, not ...0002
        noun = after["surface"][lead.end():].strip()
    return {**orphan, "value": value, "unit": after["unit"], "kind": after["kind"], "noun": noun, "per": after["per"],
            "noun_source": "inherited" if noun else "", "noun_cue": "change" if noun else ""}


def _main(rules, text: str, last: dict | None, previous: dict | None) -> dict | None:
    """The count an elided number stands for: the last one, unless it sits in a prepositional phrase of the one
    before it in the same sentence (lexicon ``ADJUNCT_PREPOSITIONS``: "2,400 staff at seven sites, twelve in
    Switzerland" counts staff, not sites)."""
    if last is None or previous is None or search_before(rules.adjunct_before, text, last["start"]) is None:
        return last
    if _SENTENCE_END.search(text, previous["end"], last["start"]) or last["start"] - previous["end"] > PARALLEL_WINDOW:
        return last
    return previous


def _adopt(rules, text: str, row: dict, antecedent: dict | None) -> dict | None:
    """An orphan number as a count: of its antecedent's noun when a cue says so (:func:`_elided`; it inherits the
    antecedent's rate too) or when a rate follows it within :data:`PARALLEL_WINDOW` of that count in its sentence
    ("twenty extra flights, on top of the usual eight a week"), else of no stated noun when a rate follows it ("30 a
    night"); else None."""
    per = rate_after(rules, text, row["end"])
    cue = _elided(rules, text, row, antecedent)
    if not cue and per and antecedent is not None and antecedent["noun"] \
            and 0 <= row["start"] - antecedent["end"] <= PARALLEL_WINDOW \
            and not _SENTENCE_END.search(text, antecedent["end"], row["start"]):
        cue = "rate"
    if cue:
        return {**row, "unit": "count", "kind": "count", "noun": antecedent["noun"], "noun_source": "inherited",
                "noun_cue": cue, "per": per or antecedent["per"]}
    if per or _counted_subject(rules, text, row):
        return {**row, "unit": "count", "kind": "count", "per": per}
    return None


SUBJECT_WINDOW = 150
"""Characters before a bare number looked at for "the number of", "le nombre de", "het aantal", "die Zahl der"."""


def _counted_subject(rules, text: str, row: dict) -> bool:
    """Whether "the number of X" (lexicon ``measures.NUMBER_OF``) comes before the bare number in its sentence ("le
    nombre d'équivalents temps plein ne dépasse pas 430"): the number counts X, which the claims stage reads."""
    if rules.counted_subject is None:
        return False
    a = max(0, row["start"] - SUBJECT_WINDOW)
    subject = None
    for subject in rules.counted_subject.finditer(text, a, row["start"]):
        pass
    return subject is not None and not _SENTENCE_END.search(text, subject.end(), row["start"])
