"""Language detection: langdetect (seeded) for articles, py3langid for paragraphs.

- Articles: langdetect, the project's declared detector. It draws random samples of n-grams; with its seed fixed
  before each detection it gives the same answer for the same text every time. Its detector is run through
  :mod:`helpers.text.langdetect_arrays` (langdetect's own algorithm and profiles with the per-n-gram loops done by
  numpy: the same answers and probabilities, bit for bit, in about a third less time).
- Paragraphs: py3langid (a maintained fork of langid.py, with its model in the package). langdetect costs about
  6 ms a call on this machine whatever the length of the text, so detecting every paragraph of a 10,000-article
  archive with it would take over ten minutes; py3langid is deterministic (no sampling), takes about 0.1 ms a
  paragraph and agreed with langdetect on every paragraph of 40 letters or more in the corpus
  (``tests/test_language.py`` checks that agreement).

Both load their models lazily, on the first call, never at import.

The languages the project reads are those with a lexicon: :data:`helpers.lexicon.LANGUAGES` is their one definition
(adding a language is adding its lexicon folder; nothing here changes).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.lexicon import LANGUAGES as SUPPORTED_LANGUAGES

LANGUAGE_ALIASES = {"af": "nl"}
"""Detected codes read with another language's rules: langdetect takes short Dutch texts for Afrikaans."""

UNKNOWN = "unknown"
"""Language code given to text with too few letters to tell (a date, a list of initials, an empty line)."""

MIN_LETTERS = 3
"""Text with fewer letters than this is not sent to a detector."""

DETECTOR_SEED = 0


_LETTER = re.compile(r"[^\W\d_]")


def count_letters(text: str) -> int:
    """Number of letters (in any script) in ``text``."""
    return len(_LETTER.findall(text))


@lru_cache(maxsize=4096)
def detect_language(text: str) -> tuple[str, float]:
    """Most probable language of ``text`` by langdetect, as an ISO 639-1 code and its probability (3 decimals).

    Returns ``("unknown", 0.0)`` when the text has too few letters to tell. Deterministic: the seed is set before
    every call, so the answer does not depend on what was detected before.
    """
    if count_letters(text) < MIN_LETTERS:
        return UNKNOWN, 0.0
    from langdetect.lang_detect_exception import LangDetectException

    from helpers.text.langdetect_arrays import detect_probabilities

    try:
        best = detect_probabilities(text, DETECTOR_SEED)[0]
    except LangDetectException:
        return UNKNOWN, 0.0
    return best.lang, round(best.prob, 3)


@lru_cache(maxsize=1)
def _paragraph_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_paragraph_language(text: str) -> tuple[str, float]:
    """Most probable language of a paragraph by py3langid, with its normalised probability (3 decimals).

    Returns ``("unknown", 0.0)`` when the text has too few letters to tell.
    """
    if count_letters(text) < MIN_LETTERS:
        return UNKNOWN, 0.0
    language, probability = _paragraph_identifier().classify(text)
    return str(language), round(float(probability), 3)


ARTICLE_SHORT_SAMPLE = 250
"""Characters of an article's sample that langdetect reads first (see :func:`detect_article_language`)."""
ARTICLE_SHORT_CONFIDENCE = 0.99
"""Least probability of the short sample's answer that is kept (below it, langdetect reads the whole sample)."""


def detect_article_language(sample: str, paragraphs: list[tuple[str, int]] | None = None) -> tuple[str, float]:
    """The language of an article from its body sample, by langdetect, without reading more than the answer needs.

    langdetect reads the first :data:`ARTICLE_SHORT_SAMPLE` characters. When it is sure of its answer
    (:data:`ARTICLE_SHORT_CONFIDENCE`) and py3langid names the same language --
    the language of most of the body's characters by its paragraphs (``paragraphs``: ``(language, characters)`` of
    each body paragraph, as the build has them already), else py3langid on the sample -- that answer and its
    probability are returned; when they differ (a short or mixed text, Dutch taken for Afrikaans), langdetect
    reads the whole sample, as :func:`detect_language` does. Same languages as ``detect_language(sample)`` on the
    project's articles, the benchmark corpus and the development texts (``tests/test_language.py``)."""
    if len(sample) <= ARTICLE_SHORT_SAMPLE:
        return detect_language(sample)
    language, probability = detect_language(sample[:ARTICLE_SHORT_SAMPLE])
    if probability >= ARTICLE_SHORT_CONFIDENCE and language == _py3langid_opinion(sample, paragraphs):
        return language, probability
    return detect_language(sample)


def _py3langid_opinion(sample: str, paragraphs: list[tuple[str, int]] | None) -> str:
    if paragraphs is None:
        return detect_paragraph_language(sample)[0]
    characters: dict[str, int] = {}
    for language, count in paragraphs:
        if language != UNKNOWN:
            characters[language] = characters.get(language, 0) + count
    return max(sorted(characters), key=characters.__getitem__) if characters else UNKNOWN


def is_supported(language: str) -> bool:
    """Whether the project reads quantities and speech cues in ``language`` (it has a lexicon)."""
    return language in SUPPORTED_LANGUAGES


def rules_language(code: str, fallback: str = "en") -> str:
    """The lexicon language whose rules read text detected as ``code``: the code itself when supported, its alias
    (:data:`LANGUAGE_ALIASES`), else ``fallback``."""
    code = LANGUAGE_ALIASES.get(code, code)
    return code if code in SUPPORTED_LANGUAGES else fallback
