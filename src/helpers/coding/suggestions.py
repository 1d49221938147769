"""Stance *suggestions* for text nobody has coded: general stance words of each language, never a hand code.

:func:`stance_counts` reads the tables of ``helpers/lexicon/<lang>/stance.py`` and weighs the stance words of a
passage, longest phrase first, each word once:

- ``SUPPORTIVE`` / ``CRITICAL``: evaluative words (*welcome*, *proud*; *fear*, *denounce*) weigh 2;
- ``GAINS`` / ``LOSSES``: words of economic gain or loss (*jobs*, *invest*; *layoffs*, *taxpayer*) weigh 1: they
  lean a factual statement about a project one way, and an evaluative word outweighs them;
- ``NEGATIONS`` (not/no/never, ne/pas/jamais, niet/geen/nooit, nicht/kein/nie) up to three words before a stance
  word reverse it; ``SHIFTERS``, words of decrease (*less*, *reduce*, *shrinking*), up to three words before or
  after it reverse it too (*less noise* argues for a project, *fewer jobs* against it);
- ``INTENSIFIERS`` (*very*, *deeply*) one or two words before a stance word make it weigh half as much again,
  ``DOWNTONERS`` (*slightly*, *somewhat*) half as much;
- ``CONTRASTS`` (*but*, *however*; *mais*, *pourtant*; *maar*, *toch*; *aber*, *jedoch*): in *p but q* the
  passage argues for what *q* argues for, so the stance words before the last contrast word count reversed, at half
  weight (*I understand the worry, but ...* is a rebuttal of the worry); ``ADDITIVES`` (*but also*, *not only ...
  but*) make a contrast word additive;
- ``PROMISES`` (*promised*, *promis*, *beloofd*, *versprochen*) followed later in the passage by a contrast word or
  a negation (*we were promised careers, not contracts*) count as a critical word: a promise set against what came.

More supportive than critical weight gives ``supportive``, the reverse ``critical``, a tie or none ``neutral``.
Questions and irony are out of reach. An unknown language uses the words of every language. Hand-coded stances
(``statements.csv``) always win over a suggestion; tables say which is which (``stance_source``: ``coded`` or
``suggested``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from helpers.lexicon import LANGUAGES, lexicon
from helpers.text.folding import fold, phrase_pattern

_WORDS = re.compile(r"[\w'-]+")
_WORD_RUN = re.compile(r"\w+")

EVALUATIVE_WEIGHT, FRAME_WEIGHT = 2.0, 1.0
"""Weight of an evaluative word (``SUPPORTIVE``/``CRITICAL``) and of a gain or loss word (``GAINS``/``LOSSES``)."""
INTENSIFIED, DOWNTONED, BEFORE_CONTRAST = 1.5, 0.5, 0.5
"""Factors for a word after an intensifier, after a downtoner, and before the last contrast word."""
NEGATION_REACH, SHIFTER_REACH, MODIFIER_REACH = 3, 3, 2
"""How many words before (negation, modifier) or on either side (shifter) of a stance word are looked at."""


class _Words(NamedTuple):
    """The folded function words of one language (or of all), as sets of single words."""
    negations: frozenset
    shifters: frozenset
    intensifiers: frozenset
    downtoners: frozenset
    contrasts: frozenset
    promises: frozenset
    additives: frozenset
    additive_phrases: tuple


def _folded(words) -> frozenset:
    return frozenset(fold(w) for w in words)


def _is_negation(token: str, negations: frozenset) -> bool:
    """``token`` is a negation, or carries a negation clitic: an entry ending in an apostrophe starts it (French
    *n'est*), an entry starting with one ends it (*n't*: English *isn't*)."""
    if token in negations or token.rstrip("'") in negations:
        return True
    return any((n.endswith("'") and token.startswith(n)) or (n.startswith("n'") and len(n) == 3
               and token.endswith(n)) for n in negations if "'" in n)


@lru_cache(maxsize=8)
def _stance_words(lang: str | None):
    """:class:`_Words` and ``(probe, whole, pattern, label, weight)`` for each stance phrase, longest first."""
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    modules = [lexicon(lg, "stance") for lg in langs]
    tables = [frozenset().union(*(_folded(getattr(m, name)) for m in modules))
              for name in ("NEGATIONS", "SHIFTERS", "INTENSIFIERS", "DOWNTONERS", "CONTRASTS", "PROMISES",
                           "ADDITIVES")]
    phrases = tuple(re.compile(phrase_pattern(a)) for a in sorted(tables[-1]) if " " in a)
    words = _Words(*tables, additive_phrases=phrases)
    cues = {}
    for m in modules:  # an evaluative reading wins over a gain/loss reading of the same phrase
        for table, label, weight in (("GAINS", "supportive", FRAME_WEIGHT), ("LOSSES", "critical", FRAME_WEIGHT),
                                     ("SUPPORTIVE", "supportive", EVALUATIVE_WEIGHT),
                                     ("CRITICAL", "critical", EVALUATIVE_WEIGHT)):
            cues.update({fold(w): (label, weight) for w in getattr(m, table)})
    ordered = sorted(cues.items(), key=lambda kv: (-len(kv[0]), kv[0]))
    return words, [(c.split()[0], _WORD_RUN.fullmatch(c.split()[0]) is not None, re.compile(phrase_pattern(c)),
                    label, weight) for c, (label, weight) in ordered]


@lru_cache(maxsize=8)
def _cue_index(lang: str | None) -> tuple[dict[str, list[int]], list[int]]:
    """The cues of :func:`_stance_words` by first word: ``{word: [cue numbers]}`` for first words made of word
    characters alone (looked up by the passage's runs), and the numbers of the others (looked up as substrings)."""
    by_probe, partial = {}, []
    for i, (probe, whole, _, _, _) in enumerate(_stance_words(lang)[1]):
        if whole:
            by_probe.setdefault(probe, []).append(i)
        else:
            partial.append(i)
    return by_probe, partial


def _flip(label: str) -> str:
    return "critical" if label == "supportive" else "supportive"


def _last_contrast(low: str, tokens: list[tuple[int, str]], words: _Words) -> int:
    """Offset of the last contrast word of the passage (-1 if none). A contrast word followed within two words by
    an additive word (*but also*), or after an additive phrase (*not only ... but*), adds rather than contrasts."""
    for k in range(len(tokens) - 1, -1, -1):
        start, word = tokens[k]
        if word not in words.contrasts:
            continue
        if any(w in words.additives for _, w in tokens[k + 1:k + 3]):
            continue
        if any(p.search(low, 0, start) for p in words.additive_phrases):
            continue
        return start
    return -1


def stance_counts(passage: str, lang: str | None = None) -> dict[str, float]:
    """Supportive and critical weight of ``passage`` (the rules of the module docstring).

    A cue is tried only where its first word can be: a first word made of word characters alone is matched whole
    (:func:`helpers.text.folding.phrase_pattern`), so it must be one of the passage's runs of word characters."""
    low = fold(passage)
    runs = set(_WORD_RUN.findall(low))
    lang = lang if lang in LANGUAGES else None
    words, cues = _stance_words(lang)
    by_probe, partial = _cue_index(lang)
    found = {i for run in runs for i in by_probe.get(run, ())} | {i for i in partial if cues[i][0] in low}
    score = {"supportive": 0.0, "critical": 0.0}
    if not found and not runs & words.promises:
        return score
    tokens = [(m.start(), m.group()) for m in _WORDS.finditer(low)]
    starts = [s for s, _ in tokens]
    texts = [t for _, t in tokens]
    contrast_at = _last_contrast(low, tokens, words)
    taken: list[tuple[int, int]] = []
    for i in sorted(found):  # (in the order of the cues: longest first)
        _, _, pattern, label, cue_weight = cues[i]
        for m in pattern.finditer(low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            first = bisect_right(starts, m.start()) - 1
            last = bisect_right(starts, m.end() - 1) - 1
            before, after = texts[max(0, first - NEGATION_REACH):first], texts[last + 1:last + 1 + SHIFTER_REACH]
            reversals = int(any(_is_negation(w, words.negations) for w in before))
            reversals += any(w in words.shifters for w in texts[max(0, first - SHIFTER_REACH):first] + after)
            near, weight = texts[max(0, first - MODIFIER_REACH):first], cue_weight
            if any(w in words.intensifiers for w in near):
                weight *= INTENSIFIED
            elif any(w in words.downtoners for w in near):
                weight *= DOWNTONED
            if m.end() <= contrast_at:
                weight *= BEFORE_CONTRAST
                reversals += 1
            score[_flip(label) if reversals % 2 else label] += weight
    for k, (start, word) in enumerate(tokens):  # a promise set against a later contrast or negation
        if word in words.promises and any(w in words.contrasts or _is_negation(w, words.negations)
                                          for w in texts[k + 1:]):
            score["critical"] += EVALUATIVE_WEIGHT
            break
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
