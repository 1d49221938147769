"""The status of a figure -- promised, realised, historical or unmarked -- from the tense, mood and modality of its
clause: an ordered rule table (:data:`RULES`) read by one loop (:func:`classify_status`).

The words are in ``helpers/lexicon/<lang>/status.py``: ``PROMISED`` (future, conditional, modal verbs, passive
prospects, plans, targets, promises, expectations: will, would, is to, expected, target; va, devrait, pourrait,
créera, prévu, objectif, à terme; zal, zou, moet, verwacht, beloofd, streefcijfer; wird, soll, könnte, geplant,
versprochen, Ziel), ``REALISED`` (perfect and present state: has created, employs, so far; a créé, ont été créés,
emploie, déjà; zijn gecreëerd, werken er, tot nu toe; hat geschaffen, beschäftigt, bisher), ``PAST`` (a background
past), ``EARLIER`` (adverbs of an earlier time) and ``SINCE`` (a period from a point to today: "since 2022").

First the *modality* of the figure is read: the ``PROMISED`` or ``REALISED`` cue nearest to the figure in its clause
(the sentence cut at commas, semicolons and conjunctions), else within :data:`NEAR` characters in its sentence
(unless the clause is a parenthesis, which is read alone);
when a promise and a realisation cue overlap ("is gepland", "has promised") the promise wins, as it does on a tie,
and a realised cue governed by a promise cue just before it ("would eventually employ") is read as that promise.
Then the rules, in order; the first that fires gives the status and its evidence (``status_cue``):

=====  ==========  ==========================================================================================
order  status      evidence (and window)
=====  ==========  ==========================================================================================
0a     realised    a workforce named with a definite determiner ("the 85 employees", "les 85 salariés", "de 64
                   werknemers", "die 300 Beschäftigten": lexicon ``DEFINITE`` then ``STAFF``): the staff there is
0      realised    the figure is the before of a change ("from 4 a week to 10 by next year", "van 300 naar 500",
                   not "between 4 and 10") and its date is not in the past: the level the change starts from
1      unmarked    the figure is attributive ("a 22-hectare site", "a 30-year lease") and its clause has no promise
                   or realised cue: it states nothing itself
1b     unmarked    a bound of an offer right before the figure (``THRESHOLD``: "from 2 hectares", "up to 50 years",
                   "à partir de", "vanaf", "ab 5.000", "bis zu"), no cue in its clause and no date: a threshold
2      promised    the date the figure refers to is a deadline ("by 2025", "d'ici 2025"), and no realised cue
2b     historical  a precedent: the sentence compares with a similar case (``SIMILAR``: "a similar deal", "une
                   usine comparable", "een vergelijkbare fabriek", "das letzte Mal") and the figure's date is before
                   publication -- even a promise then is a past one ("in 2008 it promised 3,000 jobs")
3      promised    a promise cue (clause, then sentence within ``NEAR``)
4      promised    the date the figure refers to begins after publication, and no realised cue
5      historical  an adverb of an earlier time in the figure's own clause (``EARLIER``: "ten years ago",
                   "à l'époque", "destijds", "damals"): even a figure of the project is then a past state
5b     historical  a preposition of comparison right before the figure (``BASELINE``: "against", "contre",
                   "tegenover", "gegenüber") and a date before publication: the earlier level compared with
5c     realised    the first person plural with "have" (``WE_HAVE``: "we have handled", "nous avons", "hebben we",
                   "wir haben"): a speaker's own organisation, what it has or has done -- a state, even with a
                   past date ("last year we have handled 1.1 million tonnes": perfect, not a background past)
5c'    promised    a list item with no cue and no date, under a lead line ending with a colon that holds a promise
                   or a future ("the plan approved today. Key figures: / - 42 hectares; / - 85 million invested")
5d     promised    a figure with no cue and no date of its own, after a sentence of its paragraph in the future tense
                   (``FUTURE``) or naming a year after publication ("Phase three opens in 2027. Its halls offer
                   45,000 m²", "« Nous passerons à 400 000 colis. » L'investissement atteint ..."): the bare present takes
                   the future the discourse has set (:func:`helpers.claims.scope.future_frame`)
6      realised    a realised cue, for a figure about the project (:data:`helpers.claims.measure.HUB_FAMILIES`)
7      realised    a figure about the project stated with no prospect: what is stated as it is, exists
8      historical  a context figure whose date ends (or whose period begins) before publication, unless the
                   period runs from a point to publication (``SINCE``: "since 2022", "depuis", "sinds", "seit")
9      historical  a context figure with a background-past cue (``PAST``: imperfect, past perfect, "ago",
                   "recently"; not the simple past of the news itself), clause then sentence
10     realised    a realised cue
11     realised    a context figure stated with no prospect and no past
=====  ==========  ==========================================================================================

``unmarked`` is therefore kept for figures that assert nothing by themselves; the benchmark's codes
(``bench/dev``) read a figure stated in the indicative, with no prospect, as realised.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.claims.evidence import WINDOW, clause_span, cues, first_cue, sentence_span
from helpers.claims.measure import HUB_FAMILIES, figure_pattern
from helpers.claims.scope import future_frame, hedge_ahead, list_lead, nearest_promise, qualifies_another, restated
from helpers.extract.dates import publication_interval
from helpers.extract.quantity_rules import RULES as QUANTITY_RULES
from helpers.extract.quantity_rules import search_before
from helpers.extract.quantity_units import looks_verbal

__all__ = ["NEAR", "SCOPE", "RULES", "EVIDENCE", "classify_status"]

NEAR = 2 * WINDOW
"""Characters either side of a figure, within its sentence, read for a promise or realised cue outside its clause."""

RULES: tuple[tuple[str, str, str], ...] = (
    ("realised", "staff", "the determiner right before the figure and its counted noun: 'the 85 employees'"),
    ("realised", "change_before", "the figure and the words around it: 'from 4 a week to 10'"),
    ("unmarked", "attributive", "the figure itself: '22-hectare site', '30-year lease'"),
    ("unmarked", "threshold", "the words right before the figure, and its clause"),
    ("promised", "deadline", "the date the figure refers to"),
    ("historical", "precedent", "sentence, and the date the figure refers to"),
    ("promised", "promise_cue", "clause, then sentence within NEAR"),
    ("promised", "future_date", "the date the figure refers to"),
    ("historical", "earlier_cue", "clause"),
    ("historical", "baseline", "the words right before the figure, and its date"),
    ("realised", "we_have", "clause"),
    ("promised", "list_lead", "the lead line of the figure's list"),
    ("promised", "frame", "the sentence before, in the same paragraph"),
    ("realised", "realised_cue_hub", "clause, then sentence within NEAR"),
    ("realised", "hub", "the figure's metric family: stated, with no prospect"),
    ("historical", "past_date", "the date the figure refers to"),
    ("historical", "past_cue", "clause, then sentence"),
    ("realised", "realised_cue", "clause, then sentence within NEAR"),
    ("realised", "stated", "no prospect and no past: a figure stated as it is"),
)
"""``(status, evidence, window)``, in the order they are tried (see the module docstring)."""


_ATTRIBUTIVE = re.compile(r"\d-[^\W\d]+$")
"""A figure glued to its unit by a hyphen ("22-hectare", "30-year") modifies a noun: it states nothing by itself."""

SCOPE = 25
"""Characters before a realised cue in which a promise cue puts it in its scope ("would eventually employ",
"va employer", "wird beschäftigen"): the verb is then a prospect, not a state."""


@lru_cache(maxsize=16)
def _modality(text: str, start: int, end: int, windows: tuple, lang: str):
    """``(promise, realised)``: the nearest promise or realised cue (one of them, or neither) of the first window
    that has any. A realised cue within the scope of a promise cue (:data:`SCOPE`) counts as that promise. Cached
    for the last few figures: a figure's status is read twice (with a provisional, then the final metric family)."""
    promised, realised = cues("status", lang, "PROMISED"), cues("status", lang, "REALISED")
    for a, b in windows:
        p, dp = nearest_promise(promised, text, a, b, start, end, lang)
        r, dr = first_cue([realised], text, a, b, start, end)
        if r is not None:
            governing = [m for m in promised.finditer(text, max(a, r.start() - SCOPE), r.start() + 1)
                         if m.start() < r.start() and not (m.start() < end and start < m.end())
                         and not qualifies_another(m, text, start, end, lang)]
            if governing:
                return governing[-1], None
        if p or r:
            overlap = p is not None and r is not None and p.start() < r.end() and r.start() < p.end()
            return (p, None) if p and (not r or dp <= dr or overlap) else (None, r)
    return None, None


STAFF_GAP = 3
"""Characters between a definite determiner and the figure it introduces ("the 85", "les 85", "de 64")."""


def _staff(f: dict):
    """A workforce named with a definite determiner ("the 85 employees", "les 85 salariés", "de 64 werknemers",
    "die 300 Beschäftigten"): the staff a company has now, a realised count, whatever the verb says of their future
    ("the 85 employees will be kept on"). Jobs or posts so named ("the 900 jobs") may still be a promise: only the
    people on a payroll (lexicon ``STAFF``) are."""
    determiner, staff = cues("status", f["lang"], "DEFINITE"), cues("status", f["lang"], "STAFF")
    if determiner is None or staff is None:
        return None
    start, end = f["span"]
    before = None
    for before in determiner.finditer(f["text"], max(f["clause"][0], start - 12), start):
        pass
    if before is None or start - before.end() > STAFF_GAP:
        return None
    noun = staff.search(f["surface"])
    return before.group(0) + " " + noun.group(0) if noun is not None else None


def _change_before(f: dict):
    """The "from" of a change whose "to" follows the figure (past a rate: "from 4 a week to 10"), unless the
    figure's date is before publication ("from 12 in 2017 to 31")."""
    rules = QUANTITY_RULES.get(f["lang"])
    if rules is None:
        return None
    start, end = f["span"]
    text = f["text"]
    opener = search_before(rules.range_opener, text, start)
    if opener is None or opener.group("o").lower() in rules.openers_for_and:
        return None
    rate = rules.rate.match(text, end)
    connector = rules.change_after.match(text, rate.end() if rate is not None else end)
    if connector is None:
        return None
    hedge = hedge_ahead(f["lang"]).match(text, connector.end())  # "from four days to under two"
    if not rules.number_only.match(text, hedge.end() if hedge is not None else connector.end()):
        return None
    date = f["date"]
    if date is not None and f["first"] is not None and date["latest"] < f["first"]:
        return None
    return opener.group("o")


def _deadline(f: dict):
    date = f["date"]
    return date["surface"] if date is not None and date.get("kind") == "deadline" and not f["realised"] else None


def _precedent(f: dict):
    """A word of a similar case (lexicon ``SIMILAR``) in the figure's sentence, and a date before publication."""
    date, similar = f["date"], cues("status", f["lang"], "SIMILAR")
    if similar is None or date is None or f["first"] is None or date["latest"] >= f["first"]:
        return None
    match = similar.search(f["text"], *f["sentence"])
    return match.group(0) if match is not None else None


def _promise_cue(f: dict):
    return f["promise"].group(0) if f["promise"] is not None else None


def _future_date(f: dict):
    date = f["date"]
    late = date is not None and f["first"] is not None and not f["realised"] and date["earliest"] > f["last"]
    return date["surface"] if late else None


def _attributive(f: dict):
    """A hyphenated figure states nothing by itself, unless its clause does: "will occupy a 40-hectare plot" is a
    prospect, "has signed a 30-year lease" a fact; "the 22-hectare site" alone, unmarked."""
    a, b = f["clause"]
    if any(cue is not None and a <= cue.start() < b for cue in (f["promise"], f["realised"])):
        return None
    return f["surface"] if _ATTRIBUTIVE.search(f["surface"]) else None


THRESHOLD_GAP = 3
"""Characters between a bound of an offer and the figure ("from 2 hectares", "ab 5.000", "bis zu 25")."""


def _threshold(f: dict):
    """A bound of an offer right before the figure (lexicon ``THRESHOLD``: "from", "up to", "à partir de", "vanaf",
    "ab", "bis zu"), no cue in the clause and no date: a threshold states nothing by itself ("plots are available
    from 2 hectares, on leases of up to 50 years")."""
    table = cues("status", f["lang"], "THRESHOLD")
    a, b = f["clause"]
    if table is None or f["date"] is not None or any(
            cue is not None and a <= cue.start() < b for cue in (f["promise"], f["realised"])):
        return None
    start = f["span"][0]
    match = None
    for match in table.finditer(f["text"], max(a, start - 20), start):
        pass
    return match.group(0) if match is not None and start - match.end() <= THRESHOLD_GAP else None


def _hub(f: dict):
    return "" if f["family"].split("_per_")[0] in HUB_FAMILIES else None


def _realised_cue(f: dict):
    return f["realised"].group(0) if f["realised"] is not None else None


def _realised_cue_hub(f: dict):
    return _realised_cue(f) if _hub(f) is not None else None


def _past_date(f: dict):
    date, first = f["date"], f["first"]
    if date is None or first is None:
        return None
    since = cues("status", f["lang"], "SINCE")
    if date.get("is_period") and date["latest"] >= first and since is not None and since.match(date["surface"]):
        return None  # "since 2022", "seit 2017": a state that holds to this day
    before = date["latest"] < first or (date.get("is_period") and date["earliest"] < first)
    return date["surface"] if before else None


FRONTED = 30
"""Characters before a figure's clause read for a fronted adverb of time cut off by a comma ("à l'époque, il ...")."""


def _earlier_cue(f: dict):
    a, b = f["clause"]
    a = max(f["sentence"][0], a - FRONTED)
    earlier, _distance = first_cue([cues("status", f["lang"], "EARLIER")], f["text"], a, b, *f["span"])
    if earlier is None:
        return None
    own = f["realised"]
    if earlier.start() < f["clause"][0] and own is not None and f["clause"][0] <= own.start() < f["clause"][1]:
        return None  # "where there used to be waste land, today there are halls of ...": the clause's own time wins
    return earlier.group(0)


BASELINE_GAP = 12
"""Characters between a comparison preposition and the figure it introduces ("against only 610", "contre 35")."""


def _baseline(f: dict):
    """A figure introduced by a preposition of comparison (``BASELINE``: "against", "contre", "tegenover",
    "gegenüber") and dated before publication: the earlier level a figure is compared with ("1,020 FTEs at the end
    of last year, against 610 in 2018")."""
    baseline = cues("status", f["lang"], "BASELINE")
    if baseline is None or _past_date(f) is None:
        return None
    start = f["span"][0]
    match = None
    for match in baseline.finditer(f["text"], max(f["sentence"][0], start - BASELINE_GAP - 20), start):
        pass
    return match.group(0) if match is not None and start - match.end() <= BASELINE_GAP else None


def _we_have(f: dict):
    """The first person plural with "have" in the figure's clause (lexicon ``WE_HAVE``)."""
    table = cues("status", f["lang"], "WE_HAVE")
    if table is None:
        return None
    a, b = f["clause"]
    match = table.search(f["text"], a, b)
    return match.group(0) if match is not None else None


def _frame(f: dict):
    """A figure with no cue and no date of its own, in a sentence after one that sets a future frame
    (:func:`helpers.claims.scope.future_frame`): "Phase three opens in 2027. Its halls offer 45,000 m²"."""
    if f["promise"] is not None or f["realised"] is not None or f["date"] is not None:
        return None
    first_year = int(f["first"][:4]) if f["first"] is not None else None
    return future_frame(f["text"], f["sentence"], first_year, f["lang"])


def _list_lead(f: dict):
    """A verbless list item with no cue and no date takes the promise of its list's lead
    (:func:`helpers.claims.scope.list_lead`)."""
    if f["promise"] is not None or f["realised"] is not None or f["date"] is not None:
        return None
    return list_lead(f["text"], f["span"][0], f["lang"])


def _past_cue(f: dict):
    for a, b in f["past_windows"]:
        past, _distance = first_cue([cues("status", f["lang"], "PAST")], f["text"], a, b, *f["span"])
        if past is not None:
            return past.group(0)
    return None


EVIDENCE = {
    "staff": _staff, "change_before": _change_before, "attributive": _attributive, "threshold": _threshold, "deadline": _deadline, "precedent": _precedent, "promise_cue": _promise_cue, "future_date": _future_date,
    "earlier_cue": _earlier_cue, "baseline": _baseline,
    "we_have": _we_have, "list_lead": _list_lead, "frame": _frame, "realised_cue_hub": _realised_cue_hub, "hub": _hub, "past_date": _past_date, "past_cue": _past_cue,
    "realised_cue": _realised_cue, "stated": lambda f: "",
}
"""Evidence name (of :data:`RULES`) -> the function that finds it in a figure's facts: its cue (a string, '' when
the evidence is the figure's family alone), or ``None`` when it is absent."""


def _reported(text: str, promise: re.Match, sentence: tuple[int, int], clause: tuple[int, int], lang: str) -> bool:
    """Whether the promise cue is the conditional of unconfirmed information (lexicon ``REPORTED``: "il
    avoisinerait", "zou ... bedragen", "würden ... umgeschlagen") in a sentence that names a source or a rumour
    (``HEARSAY``: "selon nos informations", "naar verluidt") or in a clause set in the present (``NOW``:
    "actuellement", "momenteel", "derzeit"): it then reports a state, it does not state a prospect."""
    reported = cues("status", lang, "REPORTED")
    if reported is None or not reported.match(text, promise.start()):
        return False
    hearsay, now = cues("status", lang, "HEARSAY"), cues("status", lang, "NOW")
    return ((hearsay is not None and hearsay.search(text, sentence[0], sentence[1]) is not None)
            or (now is not None and now.search(text, clause[0], clause[1]) is not None))


def _complement(text: str, start: int, clause: tuple[int, int], lang: str) -> tuple[int, int]:
    """The clause cut after the last complementizer before the figure (speech lexicon ``COMPLEMENTIZERS``: "that",
    "que", "dat", "dass"): the tense of a reporting verb ("a fait savoir que", "said that") is the speaker's, not
    the figure's."""
    complementizer = cues("speech", lang, "COMPLEMENTIZERS")
    last = None
    if complementizer is not None:
        for last in complementizer.finditer(text, clause[0], start):
            pass
    return (last.end(), clause[1]) if last is not None else clause


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def _another_figures(text: str, date: dict, sentence: tuple[int, int], lang: str) -> bool:
    """Whether the clause of a date (outside a figure's clause) states a figure of its own, a number that is not a
    year: the date is then that figure's ("pledged 700 jobs by 2022 but created 280")."""
    a, b = clause_span(text, int(date["start"]), int(date["end"]), sentence, lang)
    pattern = figure_pattern(lang)
    return bool(pattern.search(text, a, int(date["start"])) or pattern.search(text, int(date["end"]), b))


def verb_right_before(text: str, start: int, lang: str) -> bool:
    """Whether the word right before a figure is a verb of its own clause, a participle or a past (numbers
    ``VERBAL_SUFFIXES``: not a parallel connector, "including"): the figure is that verb's object ("and delivered
    300", "il en a créé 300"), its clause states its own tense, and a cue of another clause of the sentence does
    not govern it. An auxiliary is not enough: in verb-second order the participle comes after the figure and may
    be cut off with a clause of its own ("werden 60 Lagerarbeiter und zehn Schichtleiter gesucht")."""
    rules = QUANTITY_RULES.get(lang)
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if rules is None or word is None or not word.group(1).islower():
        return False
    verb, table = word.group(1), rules.table
    if verb in {w.lower() for w in table.PARALLEL_CONNECTORS}:
        return False
    return looks_verbal(verb, rules)


def classify_status(text: str, start: int, end: int, family: str, published=None, date: dict | None = None,
                    sentence: tuple[int, int] | None = None, lang: str = "") -> tuple[str, str]:
    """``(status, cue)``: promised, realised, historical or unmarked, by the first rule of :data:`RULES` that fires.

    ``family`` is the metric family (hub families are never historical); ``date`` is the date expression the figure
    refers to (a row of :func:`helpers.extract.dates.find_dates`), ``published`` the publication date, both optional.
    """
    restated_at = restated(text, start, end)
    if restated_at is not None:  # a headline: its figure is read where the body states it again
        return classify_status(text, restated_at, restated_at + end - start, family, published, None, None, lang)
    sentence = sentence or sentence_span(text, start, end)
    clause = _complement(text, start, clause_span(text, start, end, sentence, lang), lang)
    near_sentence = (max(sentence[0], start - NEAR), min(sentence[1], end + NEAR))
    aside = clause[0] > 0 and text[clause[0] - 1] == "("  # a parenthesis is its own statement: read it alone
    verb = verb_right_before(text, start, lang)  # "promised 900 jobs and delivered 300": the clause's own verb
    promise, realised = _modality(text, start, end, (clause,) if aside or verb else (clause, near_sentence), lang)
    if verb and date is not None and not (clause[0] <= int(date["start"]) and int(date["end"]) <= clause[1]) \
            and _another_figures(text, date, sentence, lang):
        date = None  # "pledged 700 jobs by 2022 but created 280": the deadline is the other clause's figure's
    if promise is not None and _reported(text, promise, sentence, clause, lang):
        promise = None
    first = last = None
    if published is not None:
        interval = publication_interval(published)
        first, last = interval[0].isoformat(), interval[1].isoformat()
    facts = {"date": date, "promise": promise, "realised": realised, "first": first, "last": last,
             "family": family, "lang": lang, "text": text, "span": (start, end),
             "past_windows": [clause, sentence], "surface": text[start:end],
             "sentence": sentence, "clause": clause}
    for status, evidence, _window in RULES:
        cue = EVIDENCE[evidence](facts)
        if cue is not None:
            return status, cue
    return "unmarked", ""  # pragma: no cover - the last rule always fires
