"""Reading numbers: digits with the separators of a language, and runs of spelled-out number words.

Spelled-out numbers ("vingt-cinq", "vijfentwintig", "fünfundzwanzig", "two hundred and fifty") are evaluated by
the maintained library ``text2num`` (module ``text_to_num``), which covers English, French, Dutch and German. What
is written here is what text2num does not do: finding *where* a run of number words starts and ends in running
text without rewriting it (``text2num.alpha2digit`` rewrites the text and loses the character offsets the evidence
needs), and reading digit strings with the thousands separator of the language ("2,800" is 2800 in English and 2.8
in French). The words themselves come from ``helpers.lexicon.<lang>.numbers``.

Every pattern here is bounded: a run of number words is at most :data:`MAX_NUMBER_WORDS` words (a longer run is
read in pieces, so its cost is linear in its length), and white space inside a phrase or between a number and its
unit spans at most :data:`MAX_GAP` characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from helpers.lexicon import LANGUAGES, lexicon

__all__ = ["MAX_GAP", "MAX_NUMBER_WORDS", "H", "GAP", "GAP0", "DIGITS", "parse_digits", "words_value",
           "number_words_pattern", "normalise", "phrase_pattern", "alternation", "all_languages"]

MAX_GAP = 4
"""Most white-space characters read between two words of a quantity ("300  jobs"): more is not one quantity."""

MAX_NUMBER_WORDS = 16
"""Longest run of number words read as one number ("nine hundred and ninety-nine thousand ..." is 11 words)."""

MAX_GLUED_PIECES = 12
"""Most pieces of one glued number word ("vijfhonderdvijfentwintigduizend" is 6)."""

H = r"[ \t\u00a0\u202f\u2009\u2007]"
"""One horizontal space character (never a line break)."""

GAP = f"{H}{{1,{MAX_GAP}}}"
GAP0 = f"{H}{{0,{MAX_GAP}}}"
APOS = r"['’ʼ]"
LETTER = r"[^\W\d_]"
NOT_LETTER_AFTER = r"(?![^\W\d_])"
NOT_WORD_AFTER = r"(?![^\W_])"  # neither letter nor digit (\w minus underscore)
_DIGIT_GROUP_SEP = "[ \u00a0\u202f\u2009\u2007]"

DIGITS = (
    r"[0-9]{1,3}(?:"
    r"(?:,[0-9]{3}(?![0-9]))+"
    r"|(?:\.[0-9]{3}(?![0-9]))+"
    rf"|(?:{_DIGIT_GROUP_SEP}[0-9]{{3}}(?![0-9]))+"
    r"|(?:'[0-9]{3}(?![0-9]))+"
    r")(?:[.,][0-9]+)?"
    r"|[0-9]+(?:[.,][0-9]+)?"
)
"""A number in digits, with thousands grouped by ",", ".", a space or an apostrophe, and an optional decimal part."""


def all_languages(part: str, name: str) -> list:
    """The table ``name`` of lexicon ``part`` of every language, in the order of :data:`LANGUAGES`."""
    return [getattr(lexicon(lang, part), name) for lang in LANGUAGES]


def normalise(fragment: str) -> str:
    """Lower case, single spaces, straight apostrophes, no dots: the key form of the vocabularies."""
    out = re.sub(r"[\s\u00a0\u202f\u2009\u2007]+", " ", fragment.lower())
    return out.replace("’", "'").replace("ʼ", "'").replace(".", "").strip()


def phrase_pattern(phrase: str) -> str:
    """Regex for a lexicon phrase: a space matches 1 to :data:`MAX_GAP` horizontal spaces, an apostrophe any
    apostrophe, a "." is optional."""
    parts = []
    for char in phrase:
        if char == " ":
            parts.append(GAP)
        elif char == "'":
            parts.append(APOS)
        elif char == ".":
            parts.append(r"\.?")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def alternation(phrases) -> str:
    """Alternation of :func:`phrase_pattern` of each phrase, longest first."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(phrase_pattern(p) for p in ordered)


def parse_digits(raw: str, lang: str) -> float:
    """Value of a digit string with the separators of ``lang``: the lexicon's ``THOUSANDS_SEPARATOR`` groups
    thousands and the other one marks decimals; a separator followed by anything but exactly three digits (after
    at most three) is the decimal mark, repeated separators always group thousands, spaces always group."""
    s = re.sub(r"[ \u00a0\u202f\u2009\u2007']", "", raw)
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if decimal == "," else ","
        return float(s.replace(group, "").replace(decimal, "."))
    for sep in (",", "."):
        if sep in s:
            parts = s.split(sep)
            if len(parts) > 2:
                return float("".join(parts))
            head, tail = parts
            if len(tail) == 3 and len(head) <= 3 and sep == lexicon(lang, "numbers").THOUSANDS_SEPARATOR:
                return float(head + tail)
            return float(head + "." + tail)
    return float(s)


def number_words_pattern(lang: str) -> str:
    """Regex for a run of number words of ``lang`` (not starting with a word never read alone)."""
    table = lexicon(lang, "numbers")
    lone = "|".join(sorted(table.LONE_NUMBER_WORDS_SKIPPED, key=lambda w: (-len(w), w)))
    return rf"(?!(?:{lone}){NOT_LETTER_AFTER}){_number_words_body(table)}"


def _number_words_body(table) -> str:
    if table.NUMBER_WORD_GLUE:
        pieces = sorted(set(table.NUMBER_WORDS) | set(table.NUMBER_WORD_GLUE), key=lambda w: (-len(w), w))
        return rf"(?:{'|'.join(pieces)}){{1,{MAX_GLUED_PIECES}}}{NOT_LETTER_AFTER}"
    words = "|".join(sorted(table.NUMBER_WORDS, key=lambda w: (-len(w), w)))
    word = rf"(?:{words}){NOT_LETTER_AFTER}"
    joiners = "|".join(table.NUMBER_WORD_JOINERS)
    sep = rf"(?:{GAP0}-{GAP0}(?:(?:{joiners})-)?|{GAP}(?:{joiners}){GAP}|{GAP})"
    return rf"{word}(?:{sep}{word}){{0,{MAX_NUMBER_WORDS - 1}}}"


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    return frozenset(j for joiners in all_languages("numbers", "NUMBER_WORD_JOINERS") for j in joiners)


_TOKEN = re.compile(r"[^\s\u00a0\u202f\u2009\u2007-]+")


def words_value(words: str, lang: str) -> tuple[float, int] | None:
    """Value of a run of number words and the length of the longest prefix of ``words`` that text2num reads."""
    tokens = list(_TOKEN.finditer(words))[:MAX_NUMBER_WORDS * 2]
    lone = lexicon(lang, "numbers").LONE_NUMBER_WORDS_SKIPPED
    while tokens:
        end = tokens[-1].end()
        phrase = normalise(words[:end]).replace(" - ", "-")
        if normalise(tokens[-1].group()) not in _joiners():
            if phrase not in lone:
                try:
                    value = text2num(phrase, lang)
                except Exception:  # text2num raises ValueError (and others) on what it cannot read
                    value = None
                if value is not None:
                    return float(value), end
            elif len(tokens) == 1:
                return None
        tokens.pop()
    return None
