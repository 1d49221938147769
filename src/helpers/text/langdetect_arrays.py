"""langdetect's own detector, with its n-gram table held as one array: the same answers, about half the time.

langdetect (the project's declared article-language detector) spends most of its time in two loops of pure
Python over its 55 languages: multiplying the running probabilities by an n-gram's row of the profile table, and
normalising them. Its profile table is a dict of 87,598 Python lists of 55 floats. :class:`ArrayDetector` is
langdetect's :class:`~langdetect.detector.Detector` with those two loops done by numpy on one ``float64`` array
of the same numbers, and nothing else changed:

- the same random draws in the same order (``gauss``, then the draws of ``choice`` over the same n-gram list,
  from the seed), read from the generator's 32-bit words a block at a time (:class:`_SeededStream`), and the
  probabilities multiplied by the rows of the draws between two convergence tests in one numpy call;
- the same floating-point operations in the same order: ``prob[i] *= weight + row[i]`` draw after draw
  (``multiply.reduce`` over the rows, one after the other), the sum of the probabilities accumulated left to
  right (``numpy.add.accumulate``, as Python's ``sum``), each divided by it; so every probability, every
  convergence test and every answer is bit-for-bit langdetect's;
- its n-gram extraction and text cleaning written out in one loop (the same n-grams in the same order), each
  character's normalisation looked up once per process.

``tests/test_language.py`` checks the answers and probabilities against langdetect's own detector on texts of
every supported language and on mixed and short ones. The profile table is built once per process, on first use
(about 40 MB, where langdetect's lists of Python floats take more).
"""

from __future__ import annotations

import math
import random
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from helpers.text.model_cache import cached_arrays, source_key


@lru_cache(maxsize=1)
def profile_table() -> tuple[dict[str, int], np.ndarray, list[str]]:
    """``(row of each n-gram, table of n-gram x language probabilities, language codes)`` from langdetect's
    bundled profiles, loaded into a factory of our own (langdetect's global one is never filled); decoded once per
    environment (:mod:`helpers.text.model_cache`)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    key = source_key("langdetect-profiles", "langdetect", Path(PROFILES_DIRECTORY) / "en")
    arrays = cached_arrays(key, _decode_profiles)
    words = arrays["words"].tolist()
    return {word: row for row, word in enumerate(words)}, arrays["table"], arrays["languages"].tolist()


def _decode_profiles() -> dict[str, np.ndarray]:
    """langdetect's 55 JSON profiles read by its own factory, as arrays: the n-grams, their probabilities per
    language (float64, langdetect's own numbers) and the language codes."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    words = list(factory.word_lang_prob_map)
    table = np.array([factory.word_lang_prob_map[word] for word in words], dtype=np.float64)
    return {"words": np.array(words), "table": table, "languages": np.array(list(factory.langlist))}


_FIRST_DRAWS = 64
"""Draws read ahead for a trial (more when it needs more): langdetect's trials take about 60."""
_CHECK_EVERY = 5
"""langdetect normalises its probabilities and tests convergence after the first n-gram and then every fifth."""

_SPACES = re.compile(" +")


def _detector_class():
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    class ArrayDetector(Detector):
        """langdetect's Detector reading :func:`profile_table` (see the module docstring)."""

        def __init__(self, seed: int):
            rows, table, languages = profile_table()
            self.word_lang_prob_map = rows  # membership tests in Detector._extract_ngrams
            self._table = table
            self.langlist = languages
            self.seed = seed
            self.random = random.Random()
            self.text = ""
            self.langprob = None
            self.alpha = self.ALPHA_DEFAULT
            self.n_trial = 7
            self.max_text_length = 10000
            self.prior_map = None
            self.verbose = False

        def append(self, text):
            """langdetect's ``append``: the same substitutions, each run of spaces kept as one space (one regular
            expression for langdetect's loop over the characters)."""
            text = self.URL_RE.sub(" ", text)
            text = self.MAIL_RE.sub(" ", text)
            text = NGram.normalize_vi(text)
            self.text += _SPACES.sub(" ", text[:self.max_text_length])

        def _extract_ngrams(self):
            """langdetect's ``_extract_ngrams``: the same n-grams in the same order, a word at a time.

            langdetect normalises each character (``NGram.normalize``) and feeds it to an ``NGram`` buffer that
            starts afresh after every space; so the n-grams of a text are those of each of its words (a run of
            characters other than the space after normalisation, with the space that ends it), one word after
            the other, and each word's are worked out once (:func:`_word_ngrams`)."""
            text = self.text.translate(_normal_table(self.text))
            words = text.split(" ")
            result = []
            for word in words[:-1]:
                if word:
                    result += _word_ngrams(word + " ", self.word_lang_prob_map)
            if words[-1]:
                result += _word_ngrams(words[-1], self.word_lang_prob_map)
            return result

        def _extract_rows(self):
            """The table row of each n-gram of :meth:`_extract_ngrams`, in the same order (each word's rows worked
            out once, with its n-grams: :func:`_word_rows`)."""
            text = self.text.translate(_normal_table(self.text))
            words = text.split(" ")
            result = []
            for word in words[:-1]:
                if word:
                    result += _word_rows(word + " ", self.word_lang_prob_map)
            if words[-1]:
                result += _word_rows(words[-1], self.word_lang_prob_map)
            return result

        def _detect_block(self):
            self.cleaning_text()
            ngrams = self._extract_rows()  # (the rows of the n-grams: only their number and rows are read)
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            n_languages = len(self.langlist)
            langprob = [0.0] * n_languages
            rows = self._table[ngrams]
            stream = _SeededStream(self.seed)  # self.random.seed(self.seed), then its draws
            prob = np.empty(n_languages)
            add_accumulate, maximum_reduce, multiply_reduce = np.add.accumulate, np.maximum.reduce, np.multiply.reduce
            for _ in range(self.n_trial):
                alpha = self.alpha + stream.gauss() * self.ALPHA_WIDTH
                weight = alpha / self.BASE_FREQ
                draws = stream.choices(len(ngrams), _FIRST_DRAWS)
                # stack[1 + d] = weight + the row of draw d; before each step the running probabilities are put
                # in the row before the step's draws, and multiply.reduce over axis 0 multiplies the draws' rows
                # into them one after the other, as langdetect's loop does (draw by draw, the same products)
                stack = np.empty((1 + len(draws), n_languages))
                np.add(rows[draws], weight, out=stack[1:])
                prob.fill(1.0 / n_languages)
                done, step = 0, 1  # the check after the first draw (langdetect's i = 0), then after every fifth
                while True:
                    if done + step > len(draws):
                        draws = stream.choices(len(ngrams), 2 * len(draws))
                        stack = np.empty((1 + len(draws), n_languages))
                        np.add(rows[draws], weight, out=stack[1:])
                    stack[done] = prob
                    multiply_reduce(stack[done:done + step + 1], axis=0, out=prob)
                    done += step
                    prob /= add_accumulate(prob)[-1]  # Python's sum: left to right
                    if maximum_reduce(prob) > self.CONV_THRESHOLD or done > self.ITERATION_LIMIT:
                        break
                    step = _CHECK_EVERY
                stream.consume(done)
                for j, p in enumerate(prob.tolist()):
                    langprob[j] += p / self.n_trial
            self.langprob = langprob

    return ArrayDetector


_NORMAL: dict[int, str] = {}
"""``NGram.normalize`` of each character met so far, by code point (a pure function of the character)."""
_WORD_NGRAMS: dict[str, list[str]] = {}
_WORD_NGRAMS_LIMIT = 200_000
"""Words whose n-grams (and, apart, whose rows) are kept (each table is emptied when it is full)."""


def _normal_table(text: str) -> dict[int, str]:
    """A ``str.translate`` table giving ``NGram.normalize`` of every character of ``text``."""
    from langdetect.utils.ngram import NGram

    for character in set(text):
        if ord(character) not in _NORMAL:
            _NORMAL[ord(character)] = NGram.normalize(character)
    return _NORMAL


def _word_ngrams(word: str, known) -> list[str]:
    """The n-grams langdetect keeps for one normalised word (ending with its space, if one follows it), fed to
    its ``NGram`` buffer just after a space: langdetect's loop, for one word."""
    found = _WORD_NGRAMS.get(word)
    if found is not None:
        return found
    found = _ngrams_of(word, known)
    if len(_WORD_NGRAMS) >= _WORD_NGRAMS_LIMIT:
        _WORD_NGRAMS.clear()
    _WORD_NGRAMS[word] = found
    return found


def _ngrams_of(word: str, known) -> list[str]:
    """:func:`_word_ngrams` of ``word``, worked out (not remembered)."""
    found = []
    grams, capitalword = " ", False
    for ch in word:
        last_char = grams[-1]
        if len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last_char.isupper():
                capitalword = True
        else:
            capitalword = False
        if capitalword:
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            gram = grams[-n:]
            if gram != " " and gram in known:
                found.append(gram)
    return found


_WORD_ROWS: dict[str, list[int]] = {}


def _word_rows(word: str, known) -> list[int]:
    """The rows in ``known`` (n-gram -> row of the profile table) of :func:`_word_ngrams` of ``word``."""
    found = _WORD_ROWS.get(word)
    if found is None:
        found = [known[gram] for gram in _ngrams_of(word, known)]  # (the rows share the table's int objects)
        if len(_WORD_ROWS) >= _WORD_NGRAMS_LIMIT:
            _WORD_ROWS.clear()
        _WORD_ROWS[word] = found
    return found


class _SeededStream:
    """The draws of ``random.Random(seed)`` that langdetect makes in one detection, read from the generator's
    32-bit words (:func:`_words`, made once per seed) instead of one method call per draw.

    CPython's Mersenne Twister hands out 32-bit words in a fixed order: ``getrandbits(k)`` (k <= 32) is the next
    word shifted right by ``32 - k``; ``random()`` takes two words, ``((a >> 5) * 2**26 + (b >> 6)) / 2**53``;
    ``gauss()`` takes two ``random()`` every other call and keeps the second value for the next call; and
    ``choice`` over ``n`` items is ``getrandbits(n.bit_length())`` drawn again while not below ``n``. So the draws
    of a trial are the words from the current position, shifted, those below ``n`` kept."""

    def __init__(self, seed: int):
        self.seed, self.position, self.gauss_next = seed, 0, None
        self._kept = np.empty(0, dtype=np.intp)

    def _words(self, count: int) -> np.ndarray:
        words = _words(self.seed, self.position + count)
        return words[self.position:self.position + count]

    def random(self) -> float:
        a, b = (int(word) for word in self._words(2))
        self.position += 2
        return ((a >> 5) * 67108864.0 + (b >> 6)) * (1.0 / 9007199254740992.0)

    def gauss(self) -> float:
        """``random.gauss(0.0, 1.0)`` (CPython 3.11's formula, with its cached second value)."""
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            x2pi = self.random() * math.tau
            g2rad = math.sqrt(-2.0 * math.log(1.0 - self.random()))
            z = math.cos(x2pi) * g2rad
            self.gauss_next = math.sin(x2pi) * g2rad
        return 0.0 + z * 1.0

    def choices(self, n: int, at_least: int) -> np.ndarray:
        """The next ``at_least`` or more draws of ``choice`` over ``n`` items, without consuming them."""
        shift = 32 - n.bit_length()
        count = 2 * at_least
        while True:
            values = self._words(count) >> shift
            kept = values < n
            if np.count_nonzero(kept) >= at_least:
                self._kept = np.flatnonzero(kept)
                return values[self._kept].astype(np.intp)
            count *= 2

    def consume(self, draws: int) -> None:
        """Move past the words of the first ``draws`` draws of the last :meth:`choices`."""
        self.position += int(self._kept[draws - 1]) + 1


@lru_cache(maxsize=4)
def _seed_words(seed: int, count: int) -> np.ndarray:
    generator = random.Random()
    generator.seed(seed)
    return np.frombuffer(generator.getrandbits(32 * count).to_bytes(4 * count, "little"), dtype="<u4")


def _words(seed: int, count: int) -> np.ndarray:
    """The first ``count`` or more 32-bit words of ``random.Random(seed)`` (made once, in blocks of 2**16)."""
    blocks = 1 << max(16, (count - 1).bit_length())
    return _seed_words(seed, blocks)


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
