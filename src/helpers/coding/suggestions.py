"""Stance *suggestions* for text nobody has coded: general stance words of each language, never a hand code.

:func:`suggest_stance` counts the words of ``helpers/lexicon/<lang>/stance.py`` (``SUPPORTIVE``, ``CRITICAL``) in a
passage, longest phrase first, each word once; a negation (``NEGATIONS``: not/no/never, ne/pas/jamais,
niet/geen/nooit, nicht/kein/nie) up to three words before a stance word reverses it. More supportive than critical
words gives ``supportive``, the reverse ``critical``, a tie or none ``neutral``. An unknown language uses the words of
every language. Hand-coded stances (``statements.csv``) always win over a suggestion; tables say which is which
(``stance_source``: ``coded`` or ``suggested``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers.lexicon import LANGUAGES, lexicon
from helpers.text.folding import fold, phrase_pattern

_WORDS = re.compile(r"[\w'-]+")


@lru_cache(maxsize=8)
def _stance_words(lang: str | None):
    """Negation words and ``(probe, pattern, label)`` for each stance word of ``lang``, longest first."""
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    negations, cues = set(), set()
    for lg in langs:
        module = lexicon(lg, "stance")
        negations |= {fold(w) for w in module.NEGATIONS}
        cues |= {(fold(w), "supportive") for w in module.SUPPORTIVE}
        cues |= {(fold(w), "critical") for w in module.CRITICAL}
    ordered = sorted(cues, key=lambda t: (-len(t[0]), t[0], t[1]))
    return frozenset(negations), [(c.split()[0], _WORD_RUN.fullmatch(c.split()[0]) is not None,
                                   re.compile(phrase_pattern(c)), label) for c, label in ordered]


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _cue_index(lang: str | None) -> tuple[dict[str, list[int]], list[int]]:
    """The cues of :func:`_stance_words` by first word: ``{word: [cue numbers]}`` for first words made of word
    characters alone (looked up by the passage's runs), and the numbers of the others (looked up as substrings)."""
    by_probe, partial = {}, []
    for i, (probe, whole, _, _) in enumerate(_stance_words(lang)[1]):
        if whole:
            by_probe.setdefault(probe, []).append(i)
        else:
            partial.append(i)
    return by_probe, partial


def stance_counts(passage: str, lang: str | None = None) -> dict[str, int]:
    """Supportive and critical words in ``passage`` (negations applied; see the module docstring).

    A cue is tried only where its first word can be: a first word made of word characters alone is matched whole
    (:func:`helpers.text.folding.phrase_pattern`), so it must be one of the passage's runs of word characters."""
    low = fold(passage)
    runs = set(_WORD_RUN.findall(low))
    lang = lang if lang in LANGUAGES else None
    negations, cues = _stance_words(lang)
    by_probe, partial = _cue_index(lang)
    found = {i for run in runs for i in by_probe.get(run, ())} | {i for i in partial if cues[i][0] in low}
    score = {"supportive": 0, "critical": 0}
    taken: list[tuple[int, int]] = []
    for i in sorted(found):  # (in the order of the cues: longest first)
        _, _, pattern, label = cues[i]
        for m in pattern.finditer(low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            window = _WORDS.findall(low[max(0, m.start() - 40):m.start()])[-3:]
            negated = any(w in negations or w.rstrip("'") in negations for w in window)
            score[("critical" if label == "supportive" else "supportive") if negated else label] += 1
    return score


def suggest_stance(passage: str, lang: str | None = None) -> str:
    """``'supportive'``, ``'critical'`` or ``'neutral'`` from stance words (a *suggestion*)."""
    score = stance_counts(passage, lang)
    if score["supportive"] > score["critical"]:
        return "supportive"
    if score["critical"] > score["supportive"]:
        return "critical"
    return "neutral"


def suggest_stances(df: pd.DataFrame, text_column: str = "sentence", lang: str | None = None,
                    lang_column: str | None = None) -> pd.DataFrame:
    """Copy of ``df`` with ``stance_suggested`` and ``stance_source = 'suggested'``; never writes ``stance``."""
    out = df.copy()
    langs = out[lang_column] if lang_column else [lang] * len(out)
    out["stance_suggested"] = [suggest_stance(str(t), lg) for t, lg in zip(out[text_column], langs)]
    out["stance_source"] = "suggested"
    return out
