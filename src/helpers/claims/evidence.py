"""Evidence for the claim rules: sentences and clauses around a figure, and the cue nearest to it.

Every rule of :mod:`helpers.claims.measure`, :mod:`helpers.claims.status`, :mod:`helpers.claims.flows` and
:mod:`helpers.claims.timeline` looks for a cue (a word list of a language's lexicon, compiled by :func:`words`) in a
window around the figure: its clause, its sentence, or a number of characters either side. The functions here find
that cue; the rule that fires records it (``metric_cue``, ``status_cue``, ``event_cue``) so a reader can see why.
"""

from __future__ import annotations

import bisect
import re
import threading
from functools import lru_cache

from helpers.lexicon import LANGUAGES, lexicon

__all__ = ["WINDOW", "words", "compile_cues", "fragments", "cues", "ends_with", "sentence_span", "clause_span", "mapping", "near", "nearest_cue", "first_cue"]

WINDOW = 60
"""Characters either side of a quantity read by the measure rules (within its sentence), unless a rule says else."""

_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?<=[.!?…])[.!?…]*[\"”»’)]*(?=\s+[\"“«‘(]?[\s\u00a0\u202f]?[A-ZÀ-Ý0-9]))")
"""A line break, or end punctuation (closing marks after it) before a capital or a digit: the same matches as
``[.!?…]+[\"”»’)]*(?=…)|\n``, written to open with one character class so that the regex engine jumps from one
candidate character to the next instead of trying every position."""
_PUNCTUATION_CUT = r"[,;:–—()]"
_PUNCTUATION = re.compile(_PUNCTUATION_CUT)


def words(*alternatives: str) -> re.Pattern:
    """A case-insensitive pattern matching any of ``alternatives`` (regex fragments) as whole words."""
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=None)
def compile_cues(alternatives: tuple[str, ...]) -> re.Pattern | None:
    """:func:`words` of a lexicon's tuple of fragments, cached; ``None`` for an empty tuple (the cue never fires)."""
    return words(*alternatives) if alternatives else None


@lru_cache(maxsize=None)
def fragments(part: str, lang: str, name: str) -> tuple[str, ...]:
    """The table ``name`` of ``helpers/lexicon/<lang>/<part>.py``; for a language without a lexicon, the union of
    every language's table (so a text in an unknown language is still read)."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    return tuple(fragment for code in langs for fragment in getattr(lexicon(code, part), name))


@lru_cache(maxsize=None)
def mapping(part: str, lang: str, name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The dict table ``name`` of ``helpers/lexicon/<lang>/<part>.py`` as ``((key, fragments), ...)`` in the
    table's order; for a language without a lexicon, each key's fragments of every language, keys in order of
    first appearance."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    merged: dict[str, list[str]] = {}
    for code in langs:
        for key, values in getattr(lexicon(code, part), name).items():
            merged.setdefault(key, []).extend(v for v in values if v not in merged.get(key, []))
    return tuple((key, tuple(values)) for key, values in merged.items())


@lru_cache(maxsize=None)
def _clause_cut(lang: str) -> re.Pattern:
    return re.compile(_PUNCTUATION_CUT + r"|\s(?:" + "|".join(fragments("grammar", lang, "CLAUSE_CUT")) + r")\s")


@lru_cache(maxsize=None)
def cues(part: str, lang: str, name: str) -> re.Pattern | None:
    """:func:`fragments` compiled by :func:`words` (cached); ``None`` for an empty table."""
    return compile_cues(fragments(part, lang, name))


@lru_cache(maxsize=None)
def _ending(alternatives: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


def ends_with(part: str, lang: str, name: str, surface: str) -> str | None:
    """The word of table ``name`` that ``surface`` ends with, glued to a number or not ("22ha", "22 hectares")."""
    table = fragments(part, lang, name)
    match = _ending(table).search(surface) if table else None
    return match.group(0) if match else None


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of every :data:`_SENTENCE_END` match in ``text``, found once per text (a string caches its
    hash, so the cache lookup does not rescan it)."""
    starts, ends = [], []
    for match in _SENTENCE_END.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def _last_sentence_end(text: str, start: int) -> int:
    """The end of the last sentence end wholly before ``start``, as a scan of ``text[:start]`` alone finds it (a
    boundary whose look-ahead needs a character at or after ``start`` does not count), by bisection: linear in the
    text for all the figures of an article, not quadratic."""
    starts, ends = _sentence_ends(text)
    index = bisect.bisect_right(ends, start) - 1
    while index >= 0:
        match = _SENTENCE_END.match(text, starts[index], start)
        if match and match.end() == ends[index]:
            return ends[index]
        index -= 1
    return 0


def sentence_span(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """``(start, end)`` of the sentence around ``text[start:end]``: cut at . ! ? … before a capital or digit, and at
    line breaks; a sentence never starts inside the span."""
    end = start if end is None else end
    left = _last_sentence_end(text, start)
    right = len(text)
    match = _SENTENCE_END.search(text, end)
    if match:
        right = match.end() if match.group(0) != "\n" else match.start()
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def clause_span(text: str, start: int, end: int, sentence: tuple[int, int], lang: str = "",
                conjunctions: bool = True) -> tuple[int, int]:
    """The clause of ``text[start:end]`` inside ``sentence``: cut at commas, semicolons, dashes, brackets and the
    conjunctions of ``lang`` (``grammar.CLAUSE_CUT``: and/but, et/mais, en/maar, und/aber...; every language's for
    an unknown ``lang``). Without ``conjunctions``, at punctuation only: a German or Dutch subordinate clause runs
    from its comma to its verb, across "und"/"en" joining two phrases."""
    s0, s1 = sentence
    left = s0
    cut = _clause_cut(lang) if conjunctions else _PUNCTUATION
    for match in cut.finditer(text, s0, start):
        left = match.end()
    match = cut.search(text, end, s1)
    right = match.start() if match else s1
    return left, right


_MATCHES: dict[tuple[int, int, int, int], tuple] = {}
_MATCHES_KEPT = 256
_MATCHES_LOCK = threading.Lock()


def _matches(pattern: re.Pattern, text: str, a: int, b: int) -> tuple:
    """``tuple(pattern.finditer(text, a, b))``, remembered for the last :data:`_MATCHES_KEPT` windows: the rules of
    one figure, and the figures and dates of one sentence, read the same windows with the same cues. Keyed by
    identity (the entry holds the pattern and the text, so neither id is reused while it is kept)."""
    key = (id(pattern), id(text), a, b)
    hit = _MATCHES.get(key)
    if hit is not None and hit[0] is pattern and hit[1] is text:
        return hit[2]
    found = tuple(pattern.finditer(text, a, b))
    with _MATCHES_LOCK:  # a worker may read articles in several threads
        if len(_MATCHES) >= _MATCHES_KEPT:
            del _MATCHES[next(iter(_MATCHES))]  # the oldest
        _MATCHES[key] = (pattern, text, found)
    return found


def nearest_cue(pattern: re.Pattern | None, text: str, a: int, b: int, start: int, end: int,
                overlap: bool = False):
    """``(match, distance)``: the match of ``pattern`` in ``text[a:b]`` nearest to ``[start, end)`` and not
    overlapping it (unless ``overlap``: then an overlapping match is at distance 0), or ``(None, None)``."""
    best, best_distance = None, None
    if pattern is None:
        return best, best_distance
    for match in _matches(pattern, text, a, b):
        inside = match.start() < end and start < match.end()
        if inside and not overlap:
            continue
        distance = 0 if inside else start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best_distance:
            best, best_distance = match, distance
    return best, best_distance


def first_cue(patterns: list, text: str, a: int, b: int, start: int, end: int):
    """The nearest match of any of ``patterns`` in ``text[a:b]`` outside ``[start, end)``, and its distance."""
    best, best_distance = None, None
    for pattern in patterns:
        match, distance = nearest_cue(pattern, text, a, b, start, end)
        if match is not None and (best is None or distance < best_distance):
            best, best_distance = match, distance
    return best, best_distance


def near(pattern: re.Pattern | None, text: str, s0: int, s1: int, start: int, end: int, window: int = WINDOW,
         overlap: bool = False):
    """The match of ``pattern`` nearest to ``[start, end)`` within ``window`` characters, inside ``[s0, s1)``; a
    word the window's edge cuts is read whole (a long compound, "distributiemagazijn", "Hochregallager")."""
    a, b = max(s0, start - window), min(s1, end + window)
    while a > s0 and text[a - 1].isalnum() and text[a].isalnum():
        a -= 1
    while b < s1 and text[b - 1].isalnum() and text[b].isalnum():
        b += 1
    return nearest_cue(pattern, text, a, b, start, end, overlap)[0]
