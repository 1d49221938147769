"""The words of date expressions, merged over every language's ``helpers.lexicon.<lang>.dates``, as lookups."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from helpers.extract.numbers import all_languages
from helpers.lexicon import LANGUAGES, lexicon

__all__ = ["word_key", "words", "lookup", "lang_of", "MONTH_NUMBER", "WEEKDAY_NUMBER", "UNIT_OF"]


def word_key(word: str) -> str:
    """Key of a matched or listed word: compatibility-normalised, case-folded, single spaces, straight
    apostrophes, no dots, so that every spelling the case-insensitive patterns accept finds its entry."""
    key = unicodedata.normalize("NFKC", word).casefold().replace("’", "'").replace("ʼ", "'").replace(".", "")
    return re.sub(r"\s+", " ", key).strip()


def tables(name: str) -> list:
    return all_languages("dates", name)


def words(name: str) -> list[str]:
    """The words of the table ``name`` (keys of a dict, items of a tuple) of every language."""
    return sorted({w for table in tables(name) for w in table})


def lookup(name: str) -> Mapping:
    """word_key -> value of the dict table ``name`` of every language (the first language wins a clash); built
    once per table (a read-only view of it), as every date found looks words up in it."""
    return MappingProxyType(_lookup(name))


@lru_cache(maxsize=None)
def _lookup(name: str) -> dict:
    out: dict = {}
    for table in tables(name):
        for word, value in table.items():
            out.setdefault(word_key(word), value)
    return out


def _languages_of_words() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        module = lexicon(lang, "dates")
        for name, table in vars(module).items():
            if name.isupper() and isinstance(table, (dict, tuple)):
                for word in table:
                    if isinstance(word, str):
                        langs = out.setdefault(word_key(word), [])
                        if lang not in langs:
                            langs.append(lang)
    return {k: tuple(v) for k, v in out.items()}


_LANGS_OF = _languages_of_words()


def lang_of(word: str, preferred: str | None) -> str:
    """The language whose date lexicon holds ``word``: ``preferred`` if it does, else the first that does."""
    langs = _LANGS_OF.get(word_key(word), ())
    if preferred in langs or not langs:
        return preferred or ""
    return langs[0]


MONTH_NUMBER: dict[str, int] = {}
for _table in all_languages("dates", "MONTHS"):
    MONTH_NUMBER.update({word_key(m): i + 1 for i, m in enumerate(_table)})
MONTH_NUMBER.update(lookup("MONTH_ABBREVIATIONS"))
WEEKDAY_NUMBER = {word_key(d): i for table in tables("WEEKDAYS") for i, d in enumerate(table)}
UNIT_OF = lookup("UNIT_WORDS")

