"""langdetect's own detector, with its n-gram table held as one array: the same answers, about half the time.

langdetect (the project's declared article-language detector) spends most of its time in two loops of pure
Python over its 55 languages: multiplying the running probabilities by an n-gram's row of the profile table, and
normalising them. Its profile table is a dict of 87,598 Python lists of 55 floats. :class:`ArrayDetector` is
langdetect's :class:`~langdetect.detector.Detector` with those two loops done by numpy on one ``float64`` array
of the same numbers, and nothing else changed:

- the same random draws in the same order (``gauss``, then the draws of ``choice`` over the same n-gram list,
  from the seed);
- the same floating-point operations in the same order: ``prob[i] *= weight + row[i]`` elementwise, the sum of
  the probabilities accumulated left to right (``numpy.add.accumulate``, as Python's ``sum``), each divided by
  it; so every probability, every convergence test and every answer is bit-for-bit langdetect's.

``tests/test_language.py`` checks the answers and probabilities against langdetect's own detector on texts of
every supported language and on mixed and short ones. The profile table is built once per process, on first use
(about 40 MB, where langdetect's lists of Python floats take more).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np


@lru_cache(maxsize=1)
def profile_table() -> tuple[dict[str, int], np.ndarray, list[str]]:
    """``(row of each n-gram, table of n-gram x language probabilities, language codes)`` from langdetect's
    bundled profiles, loaded into a factory of our own (langdetect's global one is never filled)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    words = list(factory.word_lang_prob_map)
    table = np.array([factory.word_lang_prob_map[word] for word in words], dtype=np.float64)
    return {word: row for row, word in enumerate(words)}, table, list(factory.langlist)


def _detector_class():
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    class ArrayDetector(Detector):
        """langdetect's Detector reading :func:`profile_table` (see the module docstring)."""

        def __init__(self, seed: int):
            rows, table, languages = profile_table()
            self.word_lang_prob_map = rows  # membership tests in Detector._extract_ngrams
            self._table = table
            self.langlist = languages
            self.seed = seed
            self.random = __import__("random").Random()
            self.text = ""
            self.langprob = None
            self.alpha = self.ALPHA_DEFAULT
            self.n_trial = 7
            self.max_text_length = 10000
            self.prior_map = None
            self.verbose = False

        def _detect_block(self):
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            n_languages = len(self.langlist)
            langprob = [0.0] * n_languages
            rows = self._table[[self.word_lang_prob_map[word] for word in ngrams]]
            draw = _uniform_below(self.random, len(ngrams))
            self.random.seed(self.seed)
            for _ in range(self.n_trial):
                prob = np.full(n_languages, 1.0 / n_languages)
                alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
                weight = alpha / self.BASE_FREQ
                i = 0
                while True:
                    prob *= weight + rows[draw()]
                    if i % 5 == 0:
                        total = np.add.accumulate(prob)[-1]
                        prob /= total
                        if prob.max() > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                            break
                    i += 1
                for j, p in enumerate(prob.tolist()):
                    langprob[j] += p / self.n_trial
            self.langprob = langprob

    return ArrayDetector


def _uniform_below(generator, n: int):
    """A function drawing what ``generator.choice`` draws to pick among ``n`` items (CPython's
    ``Random._randbelow_with_getrandbits``: ``n.bit_length()`` random bits, drawn again while not below ``n``),
    without the method calls around it."""
    getrandbits, k = generator.getrandbits, n.bit_length()

    def draw() -> int:
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    return draw


@lru_cache(maxsize=1)
def detector_class():
    """The :class:`ArrayDetector` class (made on first use: langdetect is imported only when a text is read)."""
    return _detector_class()


def detect_probabilities(text: str, seed: int) -> list:
    """langdetect's ``detect_langs(text)`` with ``DetectorFactory.seed = seed``: its ``Language`` objects, most
    probable first. Raises langdetect's ``LangDetectException`` when the text has no n-gram it knows."""
    detector = detector_class()(seed)
    detector.append(text)
    return detector.get_probabilities()
