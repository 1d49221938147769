"""The one sentence splitter of the project: boundaries computed once per text, looked up by offset (bisect).

A sentence ends at a line break, or at . ! ? … (with any closing quotation marks or brackets after them) followed
by white space and a capital, a digit or an opening mark; never inside a quotation (the spans given as
``protected``, usually the quotations of :func:`helpers.extract.quotes.find_quotes`), never after a known
abbreviation or a single letter ("S.E.", "M. Dupont"). Everything is one pass over the text: the cost is linear in
its length, whatever its punctuation.
"""

from __future__ import annotations

import bisect
import re

ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "m", "mme", "mlle", "dhr", "mevr", "vs", "e.g", "i.e", "cf", "etc", "jr",
    "sr", "no", "nr", "art", "p", "pp", "vol", "inc", "ltd", "co", "corp", "s.e", "u.s", "e.u", "n.v", "bv", "sa",
    "ca", "approx", "fig", "ir", "ing", "drs", "mgr", "bzw", "z.b", "u.a", "ggf", "vgl", "nos", "ex", "mio", "mrd",
    "mln", "mld", "gen", "sen", "rep", "gov", "min", "max", "blz", "zgn", "evt", "o.a", "a.s", "sq",
})
"""Words after which a full stop does not end a sentence (lower case, without the final full stop)."""

_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb\u00ab\u201c)\]]*(?=\s+(?:[\"'\u201c\u201e\u2018\u00ab\u00bb(\[\u2014\u2013-]\s?)?[^\W_a-z])")
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")


class Sentences:
    """Sentence spans of one text, found once; :meth:`at` finds the sentence of an offset in O(log n)."""

    def __init__(self, text: str, protected: list[tuple[int, int]] | None = None):
        self.text = text
        self.spans = split(text, protected)
        self.starts = [s for s, _ in self.spans]

    def index(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (the one before it when ``pos`` falls between two)."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def at(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos``; the whole text when it has no sentence."""
        if not self.spans:
            return 0, len(self.text)
        return self.spans[self.index(pos)]

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, i: int) -> tuple[int, int]:
        return self.spans[i]


def _inside(opens: list[int], closes: list[int], pos: int) -> bool:
    i = bisect.bisect_left(opens, pos) - 1
    return i >= 0 and opens[i] < pos < closes[i]


def split(text: str, protected: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, white space trimmed (see the module docstring).

    ``protected``: ``(open, close)`` offsets of quotations; a full stop strictly between them ends no sentence. Nested
    or overlapping spans are merged first."""
    merged: list[list[int]] = []
    for a, b in sorted(protected or []):
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    opens, closes = [a for a, _ in merged], [b for _, b in merged]
    cuts = [m.start() for m in re.finditer(r"\n", text)]
    for m in _BOUNDARY.finditer(text):
        if _inside(opens, closes, m.end() - 1):
            continue
        word = _TOKEN_BEFORE.search(text, max(0, m.start() - 12), m.start())
        token = word.group(1).lower().rstrip(".") if word else ""
        if text[m.start()] == "." and (token in ABBREVIATIONS or len(token) == 1):
            continue
        cuts.append(m.end())
    spans, start = [], 0
    for cut in sorted(set(cuts)) + [len(text)]:
        segment = text[start:cut]
        stripped = segment.strip()
        if stripped:
            lead = len(segment) - len(segment.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start = cut
    return spans


def sentences(text: str, protected: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (see :func:`split`); ``protected`` defaults to the text's quotations."""
    if protected is None:
        from helpers.extract.quotes import find_quotes

        protected = [(q.open, q.close) for q in find_quotes(text)]
    return split(text, protected)


def sentence_at(text: str, pos: int, spans: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The ``(start, end)`` of the sentence holding offset ``pos`` (the nearest before it if ``pos`` falls between).
    For many look-ups in one text, build a :class:`Sentences` once instead."""
    spans = sentences(text) if spans is None else spans
    if not spans:
        return 0, len(text)
    i = max(0, bisect.bisect_right([s for s, _ in spans], pos) - 1)
    return spans[i]


def stripped_end(text: str, pos: int, chars: str | None = None) -> int:
    """``len(text[:pos].rstrip(chars))`` without copying the prefix: where ``text[:pos]`` ends once trailing white
    space (or ``chars``) is stripped, found by stepping back from ``pos`` (no cost that grows with ``pos``)."""
    while pos > 0 and (text[pos - 1].isspace() if chars is None else text[pos - 1] in chars):
        pos -= 1
    return pos


_CLAUSE_CUT = re.compile(r"[,;:\u2013\u2014()]")


def clause_bounds(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding ``pos``: cut at , ; : – — ( ) (a figure's own clause, for windows)."""
    s, e = sentence
    left = max((m.end() for m in _CLAUSE_CUT.finditer(text, s, pos)), default=s)
    right = _CLAUSE_CUT.search(text, pos, e)
    return left, right.start() if right else e
