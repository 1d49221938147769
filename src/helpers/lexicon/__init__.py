"""Language knowledge as data: one package per language, the same modules in each.

Everything that is specific to a language -- scale words, units, currencies, hedges, number words, month and
weekday names, date words, speech verbs, titles and roles, status cues, measure cues, stance words, furniture
phrases -- lives in ``helpers/lexicon/<lang>/<part>.py``, as plain data (tuples, dicts, ordered rule tables). The
code that decides (``helpers.extract``, ``helpers.claims``, ``helpers.text``) reads these tables in one loop and
holds no word of any language.

Every language has the same parts with the same names (``tests/test_lexicon_layout.py`` checks it), so adding a
language is adding one folder: copy ``en/``, translate its words, add the language code to :data:`LANGUAGES`, and
add its example sentences under ``tests/examples/<lang>/`` (they are the language's tests).

Parts (one module each):

- ``numbers`` -- number words, scale words, units, currencies, hedges, range words (read by
  :mod:`helpers.extract.quantities`);
- ``dates`` -- month and weekday names, relative date words (read by :mod:`helpers.extract.dates`);
- ``furniture`` -- page-furniture phrases (read by :mod:`helpers.text.furniture`);
- ``speech`` -- speech verbs, attribution phrases, titles and roles, pronouns (read by the speaker and quotation
  rules in :mod:`helpers.extract`);
- ``stance`` -- general stance words (read by the stance suggestions);
- ``status`` -- cues of promise, realisation and past (read by :mod:`helpers.claims`);
- ``measures`` -- what a figure measures: nouns and cue words per measure (read by :mod:`helpers.claims`);
- ``flows`` -- places and demonyms, transport modes, prepositions and change words of trade flows (read by
  :mod:`helpers.claims.flows`);
- ``events`` -- cue words per event type (read by :mod:`helpers.claims.timeline`);
- ``grammar`` -- words that shape a sentence, such as the conjunctions that end a clause (read by
  :mod:`helpers.claims.evidence`).
"""

from __future__ import annotations

import importlib
from types import ModuleType

LANGUAGES = ("en", "fr", "nl", "de")
"""Languages with a lexicon: their texts are read by the rules. Other languages load and are flagged unsupported."""

PARTS = ("numbers", "dates", "furniture", "speech", "stance", "status", "measures", "flows", "events", "grammar")
"""The modules every language has."""


def lexicon(lang: str, part: str) -> ModuleType:
    """The module ``helpers.lexicon.<lang>.<part>`` (imported on first use; raises ``KeyError`` for an unknown one)."""
    if lang not in LANGUAGES or part not in PARTS:
        raise KeyError(f"no lexicon part {part!r} for language {lang!r} (languages: {', '.join(LANGUAGES)}; "
                       f"parts: {', '.join(PARTS)})")
    return importlib.import_module(f"helpers.lexicon.{lang}.{part}")
