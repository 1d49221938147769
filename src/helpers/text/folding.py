"""Text folding: a same-length copy of a text for matching words of any language.

:func:`fold` removes accents, unifies apostrophes (’ ‘ ʼ ′ ´ `), odd spaces (no-break, thin, figure) and hyphens,
and lower-cases, one character for one character, so that an offset into the folded text is an offset into the
text. :func:`phrase_pattern` turns a folded phrase into a regular expression that matches it as whole words with
any white space between them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CHAR_MAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u2010": "-", "\u2011": "-",
}


class _FoldTable(dict):
    """``str.translate`` table, filled on demand: each character maps to exactly one folded character."""

    def __init__(self, lower: bool):
        super().__init__()
        self.lower = lower

    def __missing__(self, code: int) -> str:
        ch = _CHAR_MAP.get(chr(code), chr(code))
        if ord(ch) > 127:
            base = unicodedata.normalize("NFD", ch)[0]
            ch = base if base.isalpha() else ch
        if self.lower:
            low = ch.lower()
            ch = low if len(low) == 1 else ch
        self[code] = ch
        return ch


_FOLD_LOWER, _FOLD_CASE = _FoldTable(lower=True), _FoldTable(lower=False)


def fold(text: str, lower: bool = True) -> str:
    """Same-length copy of ``text`` with accents removed, apostrophes/odd spaces/hyphens unified, lower-cased
    (unless ``lower=False``). Offsets into the result are offsets into ``text``."""
    return text.translate(_FOLD_LOWER if lower else _FOLD_CASE)


@lru_cache(maxsize=4)
def fold_text(text: str) -> str:
    """:func:`fold` of a whole text, remembered for the last few texts (several stages fold the same article)."""
    return fold(text)


def phrase_pattern(phrase: str) -> str:
    r"""Regex for a folded phrase: words separated by any white space, not inside a longer word.

    The pattern starts with the phrase's first word as a literal and only then looks behind it for a word
    character: equivalent to a leading ``(?<!\w)``, but lets the regex engine jump from one occurrence of the
    literal to the next instead of trying every position of the text.
    """
    words = phrase.split()
    if not words:
        return r"(?!)"
    first = words[0]
    tail = r"(?!\w)" if phrase[-1:].isalnum() or phrase[-1:] == "_" else ""
    return (re.escape(first) + r"(?<!\w.{%d})" % len(first) + "".join(r"\s+" + re.escape(w) for w in words[1:])
            + tail)


def union_pattern(phrases) -> re.Pattern:
    """One compiled pattern for folded ``phrases`` (longest first, so that "a déclaré" beats "a")."""
    phrases = sorted({fold(p) for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return re.compile("|".join(phrase_pattern(p) for p in phrases) if phrases else r"(?!)")
