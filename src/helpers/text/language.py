"""Language detection: langdetect (seeded) for articles, py3langid for paragraphs.

- Articles: langdetect, the project's declared detector. It draws random samples of n-grams; with its seed fixed
  before each detection it gives the same answer for the same text every time. Its detector is run through
  :mod:`helpers.text.langdetect_arrays` (langdetect's own algorithm and profiles with the per-n-gram loops done by
  numpy: the same answers and probabilities, bit for bit, in less time).
- Paragraphs: py3langid (a maintained fork of langid.py, with its model in the package). langdetect costs about
  6 ms a call on this machine whatever the length of the text, so detecting every paragraph of a 10,000-article
  archive with it would take over ten minutes; py3langid is deterministic (no sampling), takes about 0.1 ms a
  paragraph and agreed with langdetect on every paragraph of 40 letters or more in the corpus
  (``tests/test_language.py`` checks that agreement). Its walk over the bytes and its scoring are done by
  :mod:`helpers.text.langid_arrays` (py3langid's own model and answers, an article's paragraphs in one pass, in
  about a third of the time).

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


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def count_letters(text: str) -> int:
    """Number of letters (in any script) in ``text``: characters matching ``[^\\W\\d_]``."""
    return len(_NOT_LETTERS.sub("", text))


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


def detect_paragraph_language(text: str) -> tuple[str, float]:
    """Most probable language of a paragraph by py3langid, with its normalised probability (3 decimals).

    Returns ``("unknown", 0.0)`` when the text has too few letters to tell.
    """
    return detect_paragraph_languages([text])[0]


def detect_paragraph_languages(texts: list[str], letters: list[int] | None = None) -> list[tuple[str, float]]:
    """:func:`detect_paragraph_language` of each text, the texts read by py3langid together (an article's
    paragraphs in one pass: :mod:`helpers.text.langid_arrays`, py3langid's answers bit for bit). ``letters``: the
    :func:`count_letters` of each text, when the caller has counted them already."""
    from helpers.text.langid_arrays import classify_many

    if letters is None:
        letters = [count_letters(text) for text in texts]
    readable = [count >= MIN_LETTERS for count in letters]
    found = iter(classify_many([text for text, ok in zip(texts, readable) if ok]))
    answers = []
    for ok in readable:
        language, probability = next(found) if ok else (UNKNOWN, 0.0)
        answers.append((str(language), round(float(probability), 3)))
    return answers


ARTICLE_SHORT_SAMPLE = 250
"""Characters of an article's sample that langdetect reads first (see :func:`detect_article_language`)."""
ARTICLE_SHORT_CONFIDENCE = 0.99
"""Least probability of the short sample's answer that is kept (below it, langdetect reads the whole sample)."""


def detect_article_language(sample: str, paragraphs: list[tuple[str, int]] | None = None) -> tuple[str, float]:
    """The language of an article from its body sample, by langdetect, without reading more than the answer needs.

    langdetect reads the first :data:`ARTICLE_SHORT_SAMPLE` characters. When it is sure of its answer
    (:data:`ARTICLE_SHORT_CONFIDENCE`) and py3langid names the same language for every paragraph of the sample
    that it reads (``paragraphs``: ``(language, characters)`` of each body paragraph in order, as the build has
    them already; else py3langid on the sample), that answer and its probability are returned. Otherwise -- a
    short text, a sample whose paragraphs are in more than one language, Dutch taken for Afrikaans -- langdetect
    reads the whole sample, as :func:`detect_language` does. Same languages as ``detect_language(sample)`` on the
    project's articles, the benchmark corpus, the development texts and short and mixed articles made from them
    (``tests/test_language.py``)."""
    if len(sample) <= ARTICLE_SHORT_SAMPLE:
        return detect_language(sample)
    language, probability = detect_language(sample[:ARTICLE_SHORT_SAMPLE])
    if probability >= ARTICLE_SHORT_CONFIDENCE and _py3langid_opinion(sample, paragraphs) == {language}:
        return language, probability
    return detect_language(sample)


def _py3langid_opinion(sample: str, paragraphs: list[tuple[str, int]] | None) -> set[str]:
    """The languages py3langid found in the paragraphs that the sample covers (those it could read)."""
    if paragraphs is None:
        return {detect_paragraph_language(sample)[0]} - {UNKNOWN}
    found, start = set(), 0
    for language, characters in paragraphs:
        if start >= len(sample):
            break
        found.add(language)
        start += characters + 1  # the body joins its paragraphs with one line break
    return found - {UNKNOWN}


def is_supported(language: str) -> bool:
    """Whether the project reads quantities and speech cues in ``language`` (it has a lexicon)."""
    return language in SUPPORTED_LANGUAGES


def rules_language(code: str, fallback: str = "en") -> str:
    """The lexicon language whose rules read text detected as ``code``: the code itself when supported, its alias
    (:data:`LANGUAGE_ALIASES`), else ``fallback``."""
    code = LANGUAGE_ALIASES.get(code, code)
    return code if code in SUPPORTED_LANGUAGES else fallback
