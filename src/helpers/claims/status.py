"""The status of a figure: promised, realised, historical or unmarked.

Status (:func:`classify_status`): ``promised`` (a future or modal cue: will, should, expected, promise, ultimately,
plan, aim; va, devrait, doit, prévu, d'ici, objectif, à terme; zal, moet, verwacht, belooft, gepland, uiteindelijk),
``realised`` (a perfect or past-participle cue: have been created, already, so far, to date, today; ont été créés,
déjà, à ce jour, aujourd'hui; zijn gecreëerd, al, reeds, tot nu toe, vandaag), ``historical`` (a figure about the
context -- not the hub's own jobs, investment, area or service -- that refers to a time before publication: a past
tense, or a date that ends before publication, or a period ending at it), or ``unmarked`` (no cue either way). Cues
are looked for first in the quantity's clause (the sentence cut at commas, semicolons and conjunctions), nearest
first, then in the whole sentence.
"""

from __future__ import annotations

from helpers.claims.evidence import WINDOW, clause_span, first_cue as _first_cue, sentence_span, words as _words
from helpers.claims.measure import HUB_FAMILIES
from helpers.extract.dates import publication_interval

__all__ = ["classify_status"]

PROMISE_CUES = {
    "en": _words(r"will", r"shall", r"should", r"is expected", r"are expected", r"expected to", r"expects?",
                 r"promise[sd]?", r"pledged?", r"plans? to", r"planned", r"aims? to", r"targets?", r"ultimately",
                 r"eventually", r"is to", r"are to", r"going to", r"would create", r"could create", r"forecast",
                 r"projected", r"by the end of"),
    "fr": _words(r"va", r"vont", r"devrait", r"devraient", r"doit", r"doivent", r"sera", r"seront", r"prévue?s?",
                 r"prévoit", r"promet", r"promis", r"objectif", r"but", r"vise", r"à terme", r"d['’]ici", r"créera",
                 r"créeront", r"permettra", r"aurons", r"aura", r"auront", r"donnera"),
    "nl": _words(r"zal", r"zullen", r"moet", r"moeten", r"verwacht", r"verwachte", r"belooft", r"beloofd",
                 r"gepland", r"plant", r"doel", r"uiteindelijk", r"tegen eind", r"zou", r"zouden"),
}
"""Future and modal cues, by language: the figure is a promise or an expectation."""
REALISED_CUES = {
    "en": _words(r"ha(?:ve|s) been", r"had been", r"were created", r"was created", r"already", r"so far",
                 r"to date", r"today", r"now employs?", r"employs", r"currently", r"have created", r"has created"),
    "fr": _words(r"ont été", r"a été", r"sont été", r"déjà", r"jusqu['’]ici", r"à ce jour", r"aujourd['’]hui",
                 r"emploie", r"créés", r"créées", r"actuellement"),
    "nl": _words(r"zijn gecreëerd", r"zijn gecreeerd", r"werden", r"werd", r"reeds", r"tot nu toe", r"vandaag",
                 r"intussen", r"momenteel", r"al", r"heeft .{0,30}gecreëerd"),
}
"""Perfect and past-participle cues, by language: the figure is realised."""
PAST_CUES = {
    "en": _words(r"was", r"were", r"had", r"did", r"fell", r"rose", r"grew", r"lost", r"saw",
                 r"(?!(?:need|speed|seed|feed|indeed|hundred|shed|bed|red)(?!\w))\w+ed"),
    "fr": _words(r"était", r"étaient", r"avait", r"avaient", r"fut", r"furent", r"a vu", r"ont vu", r"a connu",
                 r"ont connu", r"(?:a|ont|avait|avaient)\s+\w+(?:é|ée|és|ées)", r"ont été", r"a été"),
    "nl": _words(r"was", r"waren", r"had", r"hadden", r"werd", r"werden", r"daalde", r"steeg", r"groeide",
                 r"(?:is|zijn|heeft|hebben)\s+ge\w+[dt]"),
}
"""Past-tense cues, by language: a context figure with one of them is historical."""


def _cues(table: dict, lang: str) -> list[re.Pattern]:
    return [table[lang]] if lang in table else list(table.values())


def classify_status(text: str, start: int, end: int, family: str, published=None, date: dict | None = None,
                    sentence: tuple[int, int] | None = None, lang: str = "") -> tuple[str, str]:
    """``(status, cue)``: promised, realised, historical or unmarked (see the module docstring).

    ``family`` is the metric family (hub families are never historical); ``date`` is the date expression the figure
    refers to (a row of :func:`helpers.extract.dates.find_dates`), ``published`` the publication date, both optional.
    """
    sentence = sentence or sentence_span(text, start, end)
    clause = clause_span(text, start, end, sentence)
    promise = realised = None
    near_sentence = (max(sentence[0], start - 2 * WINDOW), min(sentence[1], end + 2 * WINDOW))
    for a, b in (clause, near_sentence):
        p, dp = _first_cue(_cues(PROMISE_CUES, lang), text, a, b, start, end)
        r, dr = _first_cue(_cues(REALISED_CUES, lang), text, a, b, start, end)
        if p or r:
            if p and (not r or dp <= dr):
                promise = p
            else:
                realised = r
            break
    if date is not None and date.get("kind") == "deadline" and not realised:
        return "promised", date["surface"]
    if promise is not None:
        return "promised", promise.group(0)
    if family in HUB_FAMILIES:
        return ("realised", realised.group(0)) if realised is not None else ("unmarked", "")
    # context figures: historical when they refer to a time before publication
    if published is not None and date is not None:
        first, _last, _p = publication_interval(published)
        if date.get("is_period") and date["earliest"] < first.isoformat():
            return "historical", date["surface"]
        if date["latest"] < first.isoformat():
            return "historical", date["surface"]
    for a, b in (clause, sentence):
        past, _d = _first_cue(_cues(PAST_CUES, lang), text, a, b, start, end)
        if past is not None:
            return "historical", past.group(0)
    if realised is not None:
        return "realised", realised.group(0)
    return "unmarked", ""
