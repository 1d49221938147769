"""Where the scope of a status cue ends, for :mod:`helpers.claims.status`: the noun phrase of an attributive
promise word ("the planned factory" says what the factory is, not what a figure outside it is), the hedge of the
"to" of a change ("from four days to under two"), and the headline whose figure the lead states again (a headline
drops tense and mood). Each reads a few words around one figure, never the whole article."""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.claims.evidence import cues, nearest_cue, sentence_span
from helpers.lexicon import LANGUAGES, lexicon

__all__ = ["NOUN_PHRASE", "HEADLINE", "LEAD", "qualifies_another", "nearest_promise", "hedge_ahead", "restated",
           "future_frame", "list_lead"]

NOUN_PHRASE = 25
"""Characters after an attributive cue in which a figure still belongs to its noun phrase ("the promised 900 jobs",
"a planned hall of 40,000 m²", "un investissement annoncé de 7,3 milliards")."""

_ONE_WORD = re.compile(r"\s*(?:[^\W\d_]+\s+)?")
"""What may stand between a figure and a participle of its own noun phrase: at most one word ("emplois directs
annoncés"); a preposition and a noun ("par emploi promis") open another noun phrase."""

_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?\s*$")


_WORDS_AFTER_FIGURE = re.compile(r"[%\s\u00a0\u202f]*(?:[^\W\d_]+['\u2019]?[\s\u00a0\u202f]+){1,3}")
"""One to three words between another figure and a cue that closes its phrase ("900 jobs promised", "900 banen
beloofd", "3.000 Arbeitsplätze versprochen")."""

_CLAUSE_BREAK = re.compile(r"[,;:]|[.!?](?=\s)")


def closes_another(cue: re.Match, text: str, start: int, end: int, lang: str = "") -> bool:
    """Whether a cue closes the phrase of another figure, across a clause break from this one: "900 jobs promised,
    640 permanent contracts obtained", "900 banen beloofd, 640 vaste contracten gekregen", "hat 3.000 Stellen
    versprochen, heute sind es 1.200". Right after another figure and its noun, the cue is that figure's -- a
    participle of its noun phrase or the clause-final verb of its clause -- whatever the language's word order.
    A figure set parallel to the other one (numbers lexicon ``PARALLEL_CONNECTORS``: "of which", "dont", "waarvan",
    "davon") is part of it and shares its cue."""
    floor = max(0, cue.start() - 40)
    last = next((i for i in range(cue.start() - 1, floor - 1, -1) if text[i].isdigit()), None)
    if last is None or start <= last < end or not _WORDS_AFTER_FIGURE.fullmatch(text, last + 1, cue.start()):
        return False
    other = last
    while other > floor and (text[other - 1].isdigit() or (text[other - 1] in ".,\u00a0\u202f " and other > 1
                                                            and text[other - 2].isdigit())):
        other -= 1
    if cue.end() > start:
        return end < other and _CLAUSE_BREAK.search(text, end, other) is not None
    breaks = list(_CLAUSE_BREAK.finditer(text, cue.end(), start))
    if not breaks:
        return False
    gap = text[breaks[-1].end():start].lower()
    connectors = getattr(lexicon(lang, "numbers"), "PARALLEL_CONNECTORS", ()) if lang in LANGUAGES else ()
    return not any(re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", gap) for word in connectors)


def qualifies_another(cue: re.Match, text: str, start: int, end: int, lang: str) -> bool:
    """Whether a promise cue is an attributive participle or adjective (lexicon ``ATTRIBUTIVE``: its forms) of a
    noun phrase the figure is not in: after a determiner (lexicon ``DETERMINERS``: "the planned factory", "die
    geplante Fabrik", "de beloofde banen") or, for a participle that can follow its noun (``POSTNOMINAL``: French "un investissement annoncé", "par emploi
    promis"), right after a word that is no auxiliary or pronoun (``VERBAL_BEFORE``: "a promis", "nous ont
    promis"). Such a cue says what its own noun is; it qualifies the figure only when the figure is that noun
    phrase: right before the cue ("1 200 emplois promis") or within :data:`NOUN_PHRASE` characters after it."""
    if closes_another(cue, text, start, end, lang):
        return True
    before = _WORD_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
    if before is None:
        return False
    word = before.group(1)
    forms, determiners = cues("status", lang, "ATTRIBUTIVE"), cues("status", lang, "DETERMINERS")
    if forms is None or forms.fullmatch(cue.group(0)) is None:
        return False  # a verb, a noun or an adverb: it is read in the figure's clause as it is
    attributive = determiners is not None and determiners.fullmatch(word) is not None
    if not attributive:
        postnominal, verbal = cues("status", lang, "POSTNOMINAL"), cues("status", lang, "VERBAL_BEFORE")
        attributive = (postnominal is not None and postnominal.fullmatch(cue.group(0)) is not None
                       and (verbal is None or verbal.fullmatch(word) is None))
    if not attributive:
        return False
    if end <= cue.start() and _ONE_WORD.fullmatch(text, end, cue.start()):
        return False  # the figure's own noun phrase: "1 200 emplois promis", "1 200 emplois directs annoncés"
    return not (cue.end() <= start and start - cue.end() <= NOUN_PHRASE)


def nearest_promise(promised: re.Pattern | None, text: str, a: int, b: int, start: int, end: int, lang: str):
    """``(match, distance)``: the promise cue nearest to the figure in ``text[a:b]``, outside it, that does not
    qualify another noun (:func:`qualifies_another`)."""
    best, best_distance = nearest_cue(promised, text, a, b, start, end)
    if best is None or not qualifies_another(best, text, start, end, lang):
        return best, best_distance  # the common case: the nearest cue is no attributive of another noun
    best, best_distance = None, None
    for match in promised.finditer(text, a, b):
        if match.start() < end and start < match.end():
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if (best is None or distance < best_distance) and not qualifies_another(match, text, start, end, lang):
            best, best_distance = match, distance
    return best, best_distance


@lru_cache(maxsize=None)
def hedge_ahead(lang: str) -> re.Pattern:
    """A hedge of the numbers lexicon (``HEDGES_BEFORE``: "under", "more than", "moins de", "ruim", "knapp") and the
    space after it, matched forwards: the "to" of a change may be hedged ("from four days to under two")."""
    hedges = sorted(getattr(lexicon(lang, "numbers"), "HEDGES_BEFORE", {}) if lang in LANGUAGES else (),
                    key=len, reverse=True)
    if not hedges:
        return re.compile(r"(?!)")
    return re.compile(r"(?i:" + "|".join(map(re.escape, hedges)) + r")\s+")


HEADLINE = 200
"""Longest line read as a headline (a line with no end punctuation)."""

LEAD = 1500
"""Characters after a headline in which its figure is looked for again: the lead that states it in full."""

_LINE_END = re.compile(r"[.!?:;…\"”»“’)\]]\s*$")


def restated(text: str, start: int, end: int) -> int | None:
    """Where the body restates a headline's figure: headlines drop tense and mood ("Group to take 35% of
    terminal", "Un armateur prend 49 %", "Gemeente koopt 20 hectare"), so the figure's status is the one of the same
    figure (the same surface) in the lead that follows, within :data:`LEAD` characters. ``None`` when the figure's
    line is no headline (it ends with punctuation, or is longer than :data:`HEADLINE`) or the figure is not restated."""
    floor = max(0, start - HEADLINE)  # a headline is short: the line is looked for no further than that
    newline = text.rfind("\n", floor, start)
    if newline < 0 and floor > 0:
        return None
    line_start = newline + 1
    line_end = text.find("\n", end, line_start + HEADLINE + 1)
    if line_end < 0 or line_end - line_start > HEADLINE or text.startswith("[", line_start):
        return None
    if _LINE_END.search(text, line_start, line_end) or not text[line_start:line_end].strip():
        return None
    later = text.find(text[start:end], line_end, line_end + LEAD)
    return later if later > 0 and not text[later - 1].isalnum() and not text[later + end - start:later + end - start + 1].isdigit() else None


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
"""A four-digit year standing alone (not part of a larger number)."""


def future_frame(text: str, sentence: tuple[int, int], first_year: int | None, lang: str = "") -> str | None:
    """The future frame a sentence with no tense cue of its own inherits from the sentence before it in the same
    paragraph (temporal anaphora: a bare present takes the reference time the discourse has set). "The third phase
    opens in 2027. Its warehouses offer 45,000 m²" -- the offer is the new phase's, a prospect. The frame is a
    future tense proper in that sentence (lexicon ``FUTURE``: will, nous passerons, zal, wird + infinitive) or a year
    after the publication year; any promise cue there is too weak a frame ("we were told the hub would ...", "as the
    law requires", "gaat het om" set none)
    Returns the cue, or ``None`` when the figure's sentence opens a paragraph or the sentence before sets no frame."""
    s0 = sentence[0]
    gap_start = s0
    while gap_start > 0 and text[gap_start - 1] in " \t\u00a0\u202f":
        gap_start -= 1
    if gap_start == 0 or text[gap_start - 1] == "\n":
        return None  # the first sentence of a paragraph: no sentence before it in the same paragraph
    before = sentence_span(text, gap_start - 1)
    a, b = before[0], min(before[1], s0)
    if b <= a or "\n" in text[a:b]:
        return None
    future = cues("status", lang, "FUTURE")
    match = future.search(text, a, b) if future is not None else None
    if match is not None:
        return match.group(0)
    if first_year is not None:
        for year in _YEAR.finditer(text, a, b):
            if int(year.group(0)) > first_year:
                return year.group(0)
    return None


_ITEM = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022\u00b7*\u25aa]|\d{1,2}[.)])\s")
"""The marker of a list item at the start of a line: a dash, a bullet or an item number."""

LIST_ITEMS = 15
"""Lines walked back over from a figure's list item to the lead of its list."""


def list_lead(text: str, start: int, lang: str = "") -> str | None:
    """The promise a verbless list item inherits from the lead that introduces its list (a line ending with a
    colon, before the items): "The council approved the expansion plan. Key figures: / - 42 hectares of land; / - a
    public investment of 85 million" -- the items are the plan's figures, as if the lead's verb governed each. A
    list in telegraphic copy or a release drops the verb of every item; the lead's modality (lexicon ``PROMISED``
    or ``FUTURE``) is theirs. An item that names a year dates itself and keeps its own reading.
    Returns the lead's cue, or ``None`` when the figure is in no list item or the lead sets no prospect."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    item = text[line_start:line_end if line_end >= 0 else len(text)]
    if not _ITEM.match(item) or _YEAR.search(item):
        return None
    position = line_start
    for _ in range(LIST_ITEMS):
        if position == 0:
            return None
        previous = text.rfind("\n", 0, position - 1) + 1
        line = text[previous:position - 1]
        position = previous
        if not line.strip() or _ITEM.match(line):
            continue
        if not line.rstrip().endswith(":"):
            return None
        for table in ("PROMISED", "FUTURE"):
            pattern = cues("status", lang, table)
            match = pattern.search(line) if pattern is not None else None
            if match is not None:
                return match.group(0)
        return None
    return None
