"""Language detection with langdetect, seeded so that results never vary between runs.

langdetect draws random samples of n-grams; with ``DetectorFactory.seed`` fixed before the first detection it gives
the same answer for the same text every time. Its language profiles are loaded lazily on the first call, not at
import.
"""

from __future__ import annotations

from functools import lru_cache

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

SUPPORTED_LANGUAGES = ("en", "fr", "nl")
"""Languages whose numbers, units, hedges and speech cues the project reads."""

UNKNOWN = "unknown"
"""Language code given to text with too few letters to tell (a date, a list of initials, an empty line)."""

MIN_LETTERS = 3
"""Text with fewer letters than this is not sent to langdetect."""

DETECTOR_SEED = 0


def _seed() -> None:
    DetectorFactory.seed = DETECTOR_SEED


@lru_cache(maxsize=65536)
def detect_language(text: str) -> tuple[str, float]:
    """Most probable language of ``text`` as an ISO 639-1 code and its probability, rounded to 3 decimals.

    Returns ``("unknown", 0.0)`` when the text has too few letters to tell. Deterministic: the seed is set before
    every call, so the answer does not depend on what was detected before.
    """
    if sum(character.isalpha() for character in text) < MIN_LETTERS:
        return UNKNOWN, 0.0
    _seed()
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return UNKNOWN, 0.0
    return best.lang, round(best.prob, 3)


def is_supported(language: str) -> bool:
    """Whether the project reads quantities and speech cues in ``language``."""
    return language in SUPPORTED_LANGUAGES
