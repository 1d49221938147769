"""py3langid's classifier with its walk over the bytes done by numpy, for many texts at once: the same answers.

py3langid (the project's paragraph-language detector) reads a text by walking its UTF-8 bytes one at a time
through an automaton in pure Python (``visit_counts``), then scores the byte n-grams found with its naive Bayes
table (``_sparse_score``, a float16 table multiplied in float32). Those two steps were three quarters of the time
the build spends on paragraph languages. :class:`ArrayIdentifier` is py3langid's
:class:`~py3langid.langid.LanguageIdentifier` with them done another way, and nothing else changed:

- **The walk.** py3langid's automaton is an Aho-Corasick automaton over its byte n-grams: the state after a byte
  is the longest suffix of the text read so far that begins one of its n-grams, so it depends only on the last
  :data:`AUTOMATON_DEPTH` bytes (its longest n-gram). The state at every byte of every text is therefore found
  by walking each window of that many bytes from the start state, all windows at once, one numpy step per byte
  of the window (a window never reaches back past the start of its own text). ``tests/test_language.py`` checks
  the property on every transition of the model.
- **The counts.** Each state names at most one n-gram; the n-grams are counted per text in the order of their
  first occurrence, which is the order of py3langid's ``Counter``, so the scoring sums in the same order.
- **The scores.** ``log1p(counts) @ table[rows] + prior`` as py3langid writes it, with the table held in float32
  once (float16 to float32 is exact; py3langid converts the same numbers on every call).

Normalisation, aliases and the answer are py3langid's own code (:meth:`LanguageIdentifier.classify`). The model
is py3langid's bundled one, loaded once per process on first use; the float32 table takes 57 MB (py3langid's
float16 one, 28 MB, is let go).
"""

from __future__ import annotations

from array import array
from functools import lru_cache

import numpy as np

from helpers.text.model_cache import cached_arrays, source_key

AUTOMATON_DEPTH = 6
"""Bytes of py3langid 0.4.0's longest n-gram: the automaton's state depends on the last this-many bytes read
(``tests/test_language.py`` checks it on the model)."""


def _identifier_class():
    from py3langid.langid import LanguageIdentifier

    class ArrayIdentifier(LanguageIdentifier):
        """py3langid's identifier whose raw scores are computed by :meth:`raw_scores` (see the module docstring)."""

        __slots__ = ["_nextmove", "_rowbase_array", "_output", "_table", "_prepared"]

        def prepare(self) -> None:
            """Hold the automaton and the table as numpy arrays (views of py3langid's, the table in float32)."""
            self._nextmove = np.frombuffer(self.tk_nextmove, dtype=f"u{self.tk_nextmove.itemsize}")
            self._rowbase_array = np.frombuffer(self.tk_row, dtype=f"u{self.tk_row.itemsize}").astype(np.intp) << 8
            self._output = np.asarray(self.tk_output, dtype=np.intp)
            self._table = np.asarray(self.nb_ptc, dtype=np.float32)
            # py3langid's own scoring (a text with no n-gram) reads the same numbers; the float16 copy is let go
            self.nb_ptc, self._full_model = self._table, (self._table, *self._full_model[1:])
            self._prepared = {}

        def raw_scores(self, encoded: list[bytes]) -> list[np.ndarray | None]:
            """py3langid's raw score of each encoded text (``_raw_score``), None for a text with no n-gram."""
            depth = AUTOMATON_DEPTH - 1
            joined = b"".join(encoded)
            padded = np.frombuffer(bytes(depth) + joined, dtype=np.uint8)  # data[p - back] = padded[depth - back + p]
            n_bytes = len(joined)
            lengths = np.fromiter(map(len, encoded), dtype=np.intp, count=len(encoded))
            ends = np.cumsum(lengths)
            text_of = np.repeat(np.arange(len(encoded)), lengths)
            offset = np.arange(n_bytes) - (ends - lengths)[text_of]  # of each byte in its own text
            state = np.zeros(n_bytes, dtype=np.intp)
            for back in range(depth, -1, -1):
                # the byte ``back`` before each position, read only where it lies in the position's own text (a
                # padding byte or a byte of the text before is read elsewhere, and its move not kept)
                moved = self._nextmove[self._rowbase_array[state] + padded[depth - back:depth - back + n_bytes]]
                state = np.where(offset >= back, moved, state)
            feature = self._output[state]
            found = feature >= 0
            n_features = len(self._table)
            keys, first, counts = np.unique(text_of[found] * n_features + feature[found], return_index=True,
                                            return_counts=True)
            order = np.argsort(first, kind="stable")
            keys, counts = keys[order], counts[order]
            bounds = np.searchsorted(keys // n_features, np.arange(len(encoded) + 1))
            # every text's weights and table rows at once (elementwise, the same numbers); each text's product on
            # its own, as py3langid does it (a contiguous block of rows, the same shape as table[rows])
            weights = np.log1p(counts.astype(np.float32))
            rows = self._table[keys % n_features]
            scores: list[np.ndarray | None] = []
            for low, high in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
                scores.append(weights[low:high] @ rows[low:high] + self.nb_pc if low < high else None)
            return scores

        def classify_many(self, texts: list[str]) -> list[tuple[str, float]]:
            """``[self.classify(text) for text in texts]``, with the raw scores of all texts computed at once."""
            encoded = [self._encode(text) for text in texts]
            self._prepared = {text: score for text, score in zip(encoded, self.raw_scores(encoded))}
            try:
                return [self.classify(text) for text in texts]
            finally:
                self._prepared = {}

        def _raw_score(self, text):
            score = self._prepared.get(text) if self._prepared else None
            if score is None:
                return super()._raw_score(text)  # no n-gram (py3langid's fill), or a text not prepared
            return score.copy()  # py3langid normalises it in place; a text may come twice

    return ArrayIdentifier


@lru_cache(maxsize=1)
def identifier():
    """py3langid's bundled model as an :class:`ArrayIdentifier` with normalised probabilities (loaded once per
    process, decoded once per environment: :mod:`helpers.text.model_cache`)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    arrays = cached_arrays(source_key("py3langid-model-f32", "py3langid", MODEL_DIR / MODEL_FILE), _decode_model)
    nextmove = array(arrays["nextmove_typecode"].item(), arrays["nextmove"].tobytes())
    row = array(arrays["row_typecode"].item(), arrays["row"].tobytes())
    found = _identifier_class()(arrays["ptc"], arrays["pc"], arrays["classes"].tolist(), nextmove,
                                arrays["output"].tolist(), norm_probs=True, tk_row=row)
    found.prepare()
    return found


def _decode_model() -> dict:
    """py3langid's ``model.npz.xz`` decompressed and read by py3langid's own loader, as plain arrays: the naive
    Bayes tables (the n-gram table in float32, as :meth:`ArrayIdentifier.prepare` holds it: float16 to float32 is
    exact), the classes, the automaton (its two ``array.array`` as bytes with their type codes) and the
    n-gram each state outputs (-1 for none)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, _load_model_file

    ptc, pc, classes, nextmove, row, output = _load_model_file(MODEL_DIR / MODEL_FILE)
    return {"ptc": np.asarray(ptc, dtype=np.float32), "pc": np.asarray(pc), "classes": np.array(classes),
            "nextmove": np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
            "nextmove_typecode": np.array(nextmove.typecode),
            "row": np.frombuffer(row, dtype=f"u{row.itemsize}"), "row_typecode": np.array(row.typecode),
            "output": np.array(output, dtype=np.int64)}


def classify_many(texts: list[str]) -> list[tuple[str, float]]:
    """py3langid's ``(language, probability)`` of each text, as ``LanguageIdentifier.classify`` gives it."""
    return identifier().classify_many(list(texts)) if texts else []
