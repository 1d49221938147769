"""One indexing pass per article, shared by the rules that read it: its folded copies and where its words are.

The reading rules (:mod:`helpers.extract.mentions`, :class:`helpers.extract.attribution.Reading` and its parts)
used to fold the whole text on their own and to walk every word of it to find the few that can open a cue or an
alias. :func:`article_index` builds, once per text, what they look up instead:

- ``low``: :func:`helpers.text.folding.fold_text` of the text (lower-cased, same length, same offsets);
- ``case``: :func:`helpers.text.folding.fold` of the text with its case kept, made on first use only;
- ``words``: the set of the word tokens of ``low`` (maximal runs of ``\\w`` characters), found by one C-level scan;
- :meth:`ArticleIndex.starts`: the offsets of one such token in ``low``, in text order (one literal scan for that
  word, made on first use and kept).

Every look-up gives exactly what the scan it replaces gave: a token is a maximal run of word characters, so the
occurrences of a word ``w`` (itself a run of word characters) that are tokens are those with no word character
just before or after them, which is what the pattern of :func:`_token_pattern` finds. ``tests/test_article_index.py``
checks each look-up against the plain scans.
"""

from __future__ import annotations

import re

from helpers.text.folding import fold, fold_text

_TOKEN = re.compile(r"\w+")
_ALL_WORD = re.compile(r"\w+\Z")
_TOKEN_PATTERNS: dict[str, re.Pattern] = {}
_TOKEN_PATTERNS_LIMIT = 50_000
"""Words whose token pattern is kept (the table is emptied when it is full; the words looked up are the lexicons'
cue openers and the registry's alias openers, a few thousand)."""


def is_token(word: str) -> bool:
    """Whether ``word`` is one token: a non-empty run of word characters (``\\w+``) and nothing else."""
    return _ALL_WORD.match(word) is not None


def _token_pattern(word: str) -> re.Pattern:
    """The pattern of ``word`` (a :func:`is_token` word) as a whole token: not preceded nor followed by a word
    character."""
    pattern = _TOKEN_PATTERNS.get(word)
    if pattern is None:
        if len(_TOKEN_PATTERNS) >= _TOKEN_PATTERNS_LIMIT:
            _TOKEN_PATTERNS.clear()
        # the word first, then the look-behind (the character before it): the engine jumps from one occurrence
        # of the literal to the next instead of trying every position (as helpers.text.folding.phrase_pattern)
        pattern = _TOKEN_PATTERNS[word] = re.compile(re.escape(word) + r"(?<!\w.{%d})(?!\w)" % len(word))
    return pattern


class ArticleIndex:
    """The folded copies of one text and where its word tokens are (see the module docstring)."""

    __slots__ = ("text", "low", "words", "_case", "_starts")

    def __init__(self, text: str):
        self.text = text
        self.low = fold_text(text)
        self.words = frozenset(_TOKEN.findall(self.low))
        self._case: str | None = None
        self._starts: dict[str, list[int]] = {}

    @property
    def case(self) -> str:
        """:func:`~helpers.text.folding.fold` of the text with its case kept (made when first asked for)."""
        if self._case is None:
            self._case = fold(self.text, lower=False)
        return self._case

    def starts(self, word: str) -> list[int]:
        """Offsets in ``low`` of the tokens equal to ``word`` (a :func:`is_token` word), in text order."""
        found = self._starts.get(word)
        if found is None:
            if word in self.words:
                found = [m.start() for m in _token_pattern(word).finditer(self.low)]
            else:
                found = []
            self._starts[word] = found
        return found

    def token_hits(self, wanted) -> list[tuple[int, str]]:
        """``(offset, word)`` of every token of ``low`` that is a key of ``wanted`` (a dict or set of words), in
        text order: what walking every token and keeping those in ``wanted`` gives."""
        present = self.words & wanted.keys() if isinstance(wanted, dict) else self.words & wanted
        if not present:
            return []
        hits = [(start, word) for word in present for start in self.starts(word)]
        hits.sort()
        return hits


_RECENT: list[ArticleIndex] = []
_RECENT_SIZE = 2


def article_index(text: str) -> ArticleIndex:
    """The :class:`ArticleIndex` of ``text``, remembered for the last two texts (the mentions and the reading of
    one article ask for the same text, one after the other)."""
    for index in _RECENT:
        if index.text is text or index.text == text:
            return index
    index = ArticleIndex(text)
    _RECENT.insert(0, index)
    del _RECENT[_RECENT_SIZE:]
    return index
