"""Claims: stated quantities about the hub and its context, with metric, bounds, status, date, source and stance.

Everything here is a pure function of DataFrames and texts (no file is opened, at import or otherwise). The rules
are generic keyword rules for English, French and Dutch, written from the codebook (Part III), never from one
article; where an article is hand-coded (``data/annotations/quantities.csv``, column ``measures``) the coded metric
is used and the rule's answer is kept beside it (``metric_rule``) so that their agreement can be reported.

Hedges -> bounds (:func:`hedge_bounds`; ``value`` is the stated number, already normalised by
:func:`helpers.extract.quantities.extract_quantities`):

=============  =====================================  ===============================================================
qualifier      bounds                                  why
=============  =====================================  ===============================================================
(none), only   [v, v]                                  "only" stresses the number; it does not widen it
approx         [0.9 v, 1.1 v]                          "about/environ/ongeveer": ±10%, a convention
nearly         [0.9 v, v]                              "nearly/presque/bijna": just under v, by at most 10%
barely         [0.9 v, v]                              "barely/à peine/amper": v at most, perhaps a little under
at_least       [v, inf]
more_than      (v, inf]   (bound_low = v, open)        recorded as bound_low = v; ``bound_rule`` says it is open
at_most        [0, v]  ([-inf, v] for percentages)     counts, money, areas and durations cannot be negative
less_than      [0, v)  ([-inf, v) for percentages)
target         [v, v]                                  a target is a promise; the status says so, not the bounds
range          [v, value_high]
=============  =====================================  ===============================================================

Metric (:func:`classify_metric`): the first rule that fires, looking at the quantity's kind, its counted noun and
the words of its sentence within :data:`WINDOW` characters of it (the whole sentence for trade words): period
("over the past three years"), trade flow (exports/exportations/uitvoer, imports/importations/invoer: named from
the flow, e.g. ``exports_belgium_air_change``, ``imports_from_china_change``), fine (fined/amende/boete), jobs
(jobs/emplois/banen/arbeidsplaatsen: ``jobs_created`` when realised, ``jobs_expected`` when promised), investment
(money with invest*/projet/project), area (``warehouse_area`` with warehouse/entrepôt/magazijn/hall, else
``site_area``), delivery time (delivery/livraison/levering), agreements (``agreements_signed`` with a signing verb),
people sanctioned, SME share, revenue, flights, parcels, cargo volume; otherwise ``other_<kind>``.

Status (:func:`classify_status`): ``promised`` (a future or modal cue: will, should, expected, promise, ultimately,
plan, aim; va, devrait, doit, prévu, d'ici, objectif, à terme; zal, moet, verwacht, belooft, gepland, uiteindelijk),
``realised`` (a perfect or past-participle cue: have been created, already, so far, to date, today; ont été créés,
déjà, à ce jour, aujourd'hui; zijn gecreëerd, al, reeds, tot nu toe, vandaag), ``historical`` (a figure about the
context -- not the hub's own jobs, investment, area or service -- that refers to a time before publication: a past
tense, or a date that ends before publication, or a period ending at it), or ``unmarked`` (no cue either way). Cues
are looked for first in the quantity's clause (the sentence cut at commas, semicolons and conjunctions), nearest
first, then in the whole sentence.

Consistency (:func:`compare_claims`): two claims of the same metric family from different sources are
``not comparable`` when their units differ, when one is a promise and the other a realisation (or the metrics
differ inside the family: jobs created against jobs expected), or when the metric changes over time (jobs, trade
flows) and the dates they refer to do not overlap; else ``consistent`` when their bounds overlap, allowing
:data:`ROUNDING_TOLERANCE` for rounding, and ``conflicting`` otherwise.

Flows (:func:`parse_flow`): a trade quantity is a directed, signed quantity between two places over a period:
origin (the adjective before "exports", or "from X"), destination ("to X", "vers X", "naar X"; for imports the
adjective is the destination and "from X" the origin; "our territory / notre territoire / ons land" is the home
country :data:`HOME`), mode (air, sea, rail, road), sign (-1 for decrease/loss/baisse/daling, +1 for
increase/hausse/stijging, 0 for a level) and the period from the sentence's period expression.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from helpers.extract.dates import date_rows, interval_label, publication_interval

__all__ = [
    "CLAIM_COLUMNS", "CONSISTENCY_COLUMNS", "TIMELINE_COLUMNS", "FLOW_COLUMNS", "HOME", "ROUNDING_TOLERANCE",
    "hedge_bounds", "sentence_span", "clause_span", "classify_metric", "metric_family", "classify_status",
    "parse_flow", "compare_claims", "explain_comparison", "event_type", "build_claims", "build_flows",
    "build_consistency", "build_timeline", "build_claim_tables", "article_claim_tables", "combine_claim_tables", "metric_agreement",
]

HOME = "Belgium"
"""The home country of the corpus: 'our territory', 'notre pays', 'ons land' mean it."""

ROUNDING_TOLERANCE = 0.02
"""Two figures whose bounds are within 2% of each other are the same figure, rounded."""

WINDOW = 60
"""Characters either side of a quantity read by the metric rules (within its sentence)."""

HUB_FAMILIES = ("jobs", "investment", "site_area", "warehouse_area", "delivery_time", "flights", "parcels",
                "cargo_volume", "revenue")
"""Metric families that describe the hub itself: their past is 'realised', never 'historical'."""

TIME_VARYING_FAMILIES = ("jobs", "trade", "flights", "parcels", "cargo_volume", "revenue")
"""Families whose value changes with the date it refers to: claims for non-overlapping dates are not compared."""

CLAIM_COLUMNS = [
    "claim_id", "file", "start", "end", "surface", "lang", "outlet_short", "published", "sentence_start",
    "sentence_end", "metric", "metric_family", "metric_source", "metric_rule", "metric_cue", "value", "value_high",
    "unit", "kind", "qualifier", "bound_low", "bound_high", "bound_rule", "actor", "source_label", "stance",
    "stance_source", "status", "status_cue", "refers_earliest", "refers_latest", "refers_precision", "date_surface",
    "date_start", "date_end", "date_resolution", "flow_id",
]
FLOW_COLUMNS = [
    "flow_id", "claim_id", "file", "start", "end", "surface", "outlet_short", "published", "actor", "source_label",
    "stance", "metric", "origin", "destination", "direction", "mode", "commodity", "measure", "sign", "value",
    "signed_value", "unit", "keyword_start", "keyword_end", "keyword_surface", "change_cue", "period_earliest",
    "period_latest", "period_surface", "period_start", "period_end", "period_resolution",
]
_SIDE = ["claim_id", "file", "start", "end", "surface", "source_label", "outlet_short", "published", "metric",
         "status", "value", "bound_low", "bound_high", "unit", "refers"]
CONSISTENCY_COLUMNS = (["comparison_id", "metric_family", "verdict", "reason"] + [f"{c}_a" for c in _SIDE]
                       + [f"{c}_b" for c in _SIDE] + ["explanation"])
TIMELINE_COLUMNS = [
    "event_id", "file", "outlet_short", "published", "event_type", "status", "earliest", "latest", "precision",
    "is_period", "date_start", "date_end", "date_surface", "resolution", "sentence_start", "sentence_end",
    "sentence", "event_cue", "source",
]

# ------------------------------------------------------------------------------------------------------------------
# Hedges
# ------------------------------------------------------------------------------------------------------------------


def hedge_bounds(value: float, qualifier: str = "", value_high: float = math.nan, kind: str = "") -> tuple:
    """``(bound_low, bound_high, rule)`` for a stated value and its hedge (see the module docstring's table)."""
    qualifier = qualifier or ""
    floor = -math.inf if kind == "percent" else 0.0
    if qualifier in ("", "only", "target"):
        if value_high == value_high and not math.isnan(value_high):  # a range given without the qualifier
            return value, value_high, "range as stated"
        return value, value, "as stated" if qualifier == "" else f"{qualifier}: as stated"
    if qualifier == "approx":
        return 0.9 * value, 1.1 * value, "approx: ±10%"
    if qualifier in ("nearly", "barely"):
        return 0.9 * value, value, f"{qualifier}: up to 10% under"
    if qualifier == "at_least":
        return value, math.inf, "at_least: [v, inf)"
    if qualifier == "more_than":
        return value, math.inf, "more_than: (v, inf), lower bound open"
    if qualifier == "at_most":
        return floor, value, f"at_most: [{floor:g}, v]"
    if qualifier == "less_than":
        return floor, value, f"less_than: [{floor:g}, v), upper bound open"
    if qualifier == "range":
        high = value if value_high != value_high else value_high
        return value, high, "range: [low, high]"
    return value, value, f"unknown qualifier {qualifier!r}: as stated"


# ------------------------------------------------------------------------------------------------------------------
# Sentences and clauses
# ------------------------------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’)]*(?=\s+[\"“«‘(]?[A-ZÀ-Ý0-9])|\n")
_CLAUSE_CUT = re.compile(r"[,;:–—()]|\s(?:and|but|while|whereas|et|mais|tandis que|alors que|en|maar|terwijl)\s")


def sentence_span(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """``(start, end)`` of the sentence around ``text[start:end]``: cut at . ! ? … before a capital or digit, and at
    line breaks; a sentence never starts inside the span."""
    end = start if end is None else end
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right = len(text)
    match = _SENTENCE_END.search(text, end)
    if match:
        right = match.end() if match.group(0) != "\n" else match.start()
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def clause_span(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The clause of ``text[start:end]`` inside ``sentence``: cut at commas, semicolons, dashes, brackets and
    coordinating conjunctions (and/but/while, et/mais/tandis que, en/maar/terwijl)."""
    s0, s1 = sentence
    left = s0
    for match in _CLAUSE_CUT.finditer(text, s0, start):
        left = match.end()
    match = _CLAUSE_CUT.search(text, end, s1)
    right = match.start() if match else s1
    return left, right


# ------------------------------------------------------------------------------------------------------------------
# Metric rules
# ------------------------------------------------------------------------------------------------------------------

def _words(*alternatives: str) -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


PERIOD_CUES = _words(r"past", r"last", r"dernières", r"derniers", r"afgelopen", r"laatste", r"voorbije", r"over",
                     r"au cours des", r"depuis", r"since", r"sinds", r"during", r"pendant", r"gedurende")
TRADE_WORDS = _words(r"exports?", r"exportations?", r"exportaties?", r"uitvoer", r"imports?", r"importations?",
                     r"invoer", r"trade balance", r"balance commerciale", r"handelsbalans")
IMPORT_WORDS = _words(r"imports?", r"importations?", r"invoer")
FINE_WORDS = _words(r"fined?", r"fines", r"amendes?", r"boetes?", r"beboet", r"penalty", r"penalties",
                    r"pénalités?", r"condamnée? à payer")
JOB_WORDS = _words(r"jobs?", r"emplois?", r"postes?", r"banen", r"baan", r"arbeidsplaatsen", r"werkplaatsen",
                   r"employment", r"werkgelegenheid", r"employees", r"salariés", r"travailleurs", r"werknemers",
                   r"workers", r"staff", r"personeel", r"FTEs?", r"ETP", r"VTE")
INVEST_WORDS = _words(r"invest\w*", r"projet", r"project", r"projekt")
AREA_WAREHOUSE = _words(r"warehouses?", r"entrepôts?", r"magazijns?", r"magazijnen", r"halls?", r"hangars?",
                        r"bâtiments?", r"buildings?", r"loods", r"loodsen", r"floor space", r"surface de stockage",
                        r"opslagruimte")
DELIVERY_WORDS = _words(r"deliver\w*", r"livraisons?", r"livr\w+", r"lever\w+", r"levering", r"delai", r"délai",
                        r"shipping", r"transit")
AGREEMENT_NOUNS = _words(r"accords?", r"agreements?", r"contracts?", r"contrats?", r"akkoorden", r"akkoord",
                         r"overeenkomsten", r"overeenkomst", r"MoUs?", r"conventions?", r"deals?", r"pacts?")
SIGN_WORDS = _words(r"sign\w*", r"sign[ée]s?", r"signé\w*", r"ondertekend", r"getekend", r"gesloten", r"conclus?",
                    r"agreed")
PEOPLE_NOUNS = _words(r"officials", r"responsables", r"functionarissen", r"people", r"personnes", r"personen",
                      r"MPs", r"députés", r"parlementsleden", r"representatives", r"représentants")
SANCTION_WORDS = _words(r"sanctions?", r"sanctionn\w+", r"sancties", r"travel bans?", r"interdictions?",
                        r"inreisverbod")
SME_WORDS = _words(r"PMEs?", r"SMEs?", r"KMOs?", r"kmo's", r"small and medium", r"petites et moyennes")
REVENUE_WORDS = _words(r"revenues?", r"turnover", r"chiffre d['’]affaires", r"omzet", r"sales", r"ventes")
FLIGHT_WORDS = _words(r"flights?", r"vols?", r"vluchten", r"vlucht", r"rotations?")
PARCEL_WORDS = _words(r"parcels?", r"colis", r"packages?", r"pakjes", r"pakketten", r"zendingen", r"envois")


def metric_family(metric: str) -> str:
    """The family a metric is compared within: ``jobs_created`` and ``jobs_expected`` are both ``jobs``; every
    trade flow is ``trade``; other metrics are their own family."""
    if metric.startswith("jobs"):
        return "jobs"
    if metric.startswith(("exports", "imports", "trade")):
        return "trade"
    return metric


def _near(pattern: re.Pattern, text: str, s0: int, s1: int, start: int, end: int, window: int = WINDOW):
    """The match of ``pattern`` nearest to ``[start, end)`` within ``window`` characters, inside ``[s0, s1)``."""
    best, best_distance = None, None
    for match in pattern.finditer(text, max(s0, start - window), min(s1, end + window)):
        if match.start() < end and start < match.end():
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best_distance:
            best, best_distance = match, distance
    return best


def classify_metric(text: str, quantity, lang: str = "", status: str = "unmarked",
                    sentence: tuple[int, int] | None = None) -> tuple[str, str]:
    """``(metric, cue)`` for one quantity (a row with start, end, kind, unit, noun) of ``text``.

    ``status`` (from :func:`classify_status`) splits jobs into ``jobs_created`` / ``jobs_expected``. ``cue`` is the
    word that decided, for the record. See the module docstring for the order of the rules.
    """
    start, end = int(quantity["start"]), int(quantity["end"])
    kind, unit, noun = quantity["kind"], quantity["unit"], str(quantity.get("noun", "") or "")
    s0, s1 = sentence or sentence_span(text, start, end)
    surface = text[start:end]

    def near(pattern, window=WINDOW):
        return _near(pattern, text, s0, s1, start, end, window)

    if kind == "duration" and unit in ("year", "month", "week", "day"):
        hit = _near(PERIOD_CUES, text, s0, s1, start, end, 25)
        if hit and hit.end() <= start:
            return "period", hit.group(0)
    if kind in ("money", "percent", "mass"):
        hit = near(TRADE_WORDS, window=s1 - s0)
        if hit:
            flow = parse_flow(text, start, end, sentence=(s0, s1))
            if flow:
                return flow["metric"], flow["keyword_surface"]
    if kind == "money":
        hit = near(FINE_WORDS)
        if hit:
            return "fine", hit.group(0)
    if kind == "count" and JOB_WORDS.fullmatch(noun) or (kind == "count" and near(JOB_WORDS, 25)):
        cue = noun if JOB_WORDS.fullmatch(noun) else near(JOB_WORDS, 25).group(0)
        suffix = {"realised": "_created", "promised": "_expected"}.get(status, "")
        return "jobs" + suffix, cue
    if kind == "money":
        hit = near(REVENUE_WORDS)
        if hit:
            return "revenue", hit.group(0)
        hit = near(INVEST_WORDS)
        if hit:
            return "investment", hit.group(0)
    if kind == "area":
        hit = near(AREA_WAREHOUSE, 40)
        return ("warehouse_area", hit.group(0)) if hit else ("site_area", surface)
    if kind == "duration":
        hit = near(DELIVERY_WORDS)
        if hit:
            return "delivery_time", hit.group(0)
    if kind == "count":
        if AGREEMENT_NOUNS.fullmatch(noun):
            hit = _near(SIGN_WORDS, text, s0, s1, start, end, s1 - s0)
            return ("agreements_signed", hit.group(0)) if hit else ("agreements", noun)
        if PEOPLE_NOUNS.fullmatch(noun):
            hit = _near(SANCTION_WORDS, text, s0, s1, start, end, s1 - s0)
            if hit:
                return f"{noun.lower() if lang == 'en' else 'officials'}_sanctioned".replace("mps_", "officials_"), \
                    hit.group(0)
        if FLIGHT_WORDS.fullmatch(noun):
            return "flights", noun
        if PARCEL_WORDS.fullmatch(noun):
            return "parcels", noun
    if kind == "percent":
        hit = near(SME_WORDS)
        if hit:
            return "sme_share", hit.group(0)
    if kind == "mass":
        return "cargo_volume", surface
    return f"other_{kind}", ""


# ------------------------------------------------------------------------------------------------------------------
# Status
# ------------------------------------------------------------------------------------------------------------------

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


def _nearest_cue(pattern: re.Pattern, text: str, a: int, b: int, start: int, end: int):
    best, best_distance = None, None
    for match in pattern.finditer(text, a, b):
        if match.start() < end and start < match.end():
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best_distance:
            best, best_distance = match, distance
    return best, best_distance


def _first_cue(patterns: list[re.Pattern], text: str, a: int, b: int, start: int, end: int):
    """The nearest match of any of ``patterns`` in ``text[a:b]`` outside ``[start, end)``, and its distance."""
    best, best_distance = None, None
    for pattern in patterns:
        match, distance = _nearest_cue(pattern, text, a, b, start, end)
        if match is not None and (best is None or distance < best_distance):
            best, best_distance = match, distance
    return best, best_distance


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


# ------------------------------------------------------------------------------------------------------------------
# Flows
# ------------------------------------------------------------------------------------------------------------------

PLACE_ADJECTIVES = {
    "Belgium": r"belgian|belges?|belgische?|belgisch",
    "China": r"chinese|chinois(?:es?)?|chinees|chinese",
    "Wallonia": r"walloon|wallon(?:ne)?s?|waalse?",
    "Flanders": r"flemish|flamande?s?|vlaamse?",
    "EU": r"european|europ[ée]en(?:ne)?s?|europese?",
    "United States": r"american|am[ée]ricain(?:e)?s?|amerikaanse?",
}
PLACE_NOUNS = {  # the home phrases ("our territory") are listed under the home country, HOME
    "Belgium": r"belgium|la belgique|belgique|belgi[ëe]|our territory|our country|notre territoire|notre pays|ons land"
               r"|ons grondgebied",
    "China": r"china|la chine|chine",
    "Wallonia": r"wallonia|la wallonie|wallonie|walloni[ëe]",
    "EU": r"the eu|eu|ue|l['’]ue|europe|l['’]europe|europa|the european union|l['’]union européenne",
}
MODES = {"air": r"air|a[ée]riennes?|a[ée]riens?|lucht\w*|par avion|by air",
         "sea": r"sea|maritimes?|zee\w*|by sea",
         "rail": r"rail|ferroviaires?|spoor\w*|trains?",
         "road": r"road|routi[eè]re?s?|weg\w*"}
DECREASE = _words(r"decreas\w*", r"fell", r"fall(?:en|s)?", r"dropped", r"drop", r"declin\w*", r"loss", r"lost",
                  r"shr[au]nk", r"baiss\w*", r"diminu\w*", r"recul\w*", r"perte", r"chut\w*", r"gedaald", r"daalde",
                  r"daling", r"verlies", r"afgenomen", r"nam af", r"gekrompen")
INCREASE = _words(r"increas\w*", r"rose", r"risen", r"grew", r"grown", r"gain\w*", r"jump\w*", r"hausse",
                  r"augment\w*", r"progress\w*", r"hausse", r"gestegen", r"steeg", r"stijging", r"toegenomen",
                  r"nam toe", r"groei\w*", r"record")
_ADJ = "|".join(f"(?P<a_{i}>{p})" for i, p in enumerate(PLACE_ADJECTIVES.values()))
_NOUN = "|".join(f"(?P<n_{i}>{p})" for i, p in enumerate(PLACE_NOUNS.values()))
_ADJ_RE = re.compile(r"(?<![\w])(?:" + _ADJ + r")(?![\w])", re.IGNORECASE)
_TO_RE = re.compile(r"(?<![\w])(?:to|into|towards|vers|à destination de|naar|richting|en direction de)\s+(?:the\s+)?"
                    r"(?:" + _NOUN + r"|" + _ADJ + r")(?![\w])", re.IGNORECASE)
_FROM_RE = re.compile(r"(?<![\w])(?:from|de|de la|du|des|uit|van)\s+(?:" + _NOUN + r")(?![\w])", re.IGNORECASE)
_OUTSIDE_RE = re.compile(r"(?<![\w])(?:hors|outside(?: the)?|buiten(?: de)?)\s+(?:" + _NOUN + r")(?![\w])",
                         re.IGNORECASE)
_MODE_RE = re.compile(r"(?<![\w])(?:" + "|".join(f"(?P<m_{k}>{p})" for k, p in MODES.items()) + r")(?![\w])",
                      re.IGNORECASE)


def _place(match: re.Match) -> str:
    for key, value in match.groupdict().items():
        if value is not None:
            kind, index = key.split("_")
            table = PLACE_ADJECTIVES if kind == "a" else PLACE_NOUNS
            return list(table)[int(index)]
    return ""


def parse_flow(text: str, start: int, end: int, sentence: tuple[int, int] | None = None,
               floor: int | None = None) -> dict | None:
    """The flow a trade quantity ``text[start:end]`` states, or ``None`` when no trade word precedes it in its
    sentence. ``floor`` (default: the end of the previous trade quantity is not known, so the sentence start) stops
    the backward search. Returns origin, destination, mode, sign, measure, commodity, keyword span, change cue and
    the metric name (``exports_belgium_air_change``, ``imports_from_china_change``...)."""
    s0, s1 = sentence or sentence_span(text, start, end)
    lower = s0 if floor is None else max(s0, floor)
    keywords = [m for m in TRADE_WORDS.finditer(text, lower, start)]
    if not keywords:
        return None
    keyword = keywords[-1]
    k0, k1 = keyword.span()
    is_import = bool(IMPORT_WORDS.fullmatch(keyword.group(0)))
    before = text[max(lower, k0 - 40):k0]
    after_end = min(start, k1 + 60)
    origin = destination = ""
    adjectives = list(_ADJ_RE.finditer(before))
    adjective = _place(adjectives[-1]) if adjectives else ""
    if not adjective:  # French/Dutch adjectives after the noun: "exportations belges", "exportations wallonnes"
        follow = _ADJ_RE.match(text, k1 + 1) if k1 + 1 < s1 and text[k1:k1 + 1].isspace() else None
        adjective = _place(follow) if follow else ""
    to_match = _TO_RE.search(text, k1, after_end)
    from_match = _FROM_RE.search(text, k1, min(after_end, k1 + 30))
    outside = _OUTSIDE_RE.search(text, k1, after_end)
    if is_import:
        destination = adjective or HOME
        origin = _place(from_match) if from_match else ""
    else:
        origin = adjective or (_place(from_match) if from_match else "")
        destination = _place(to_match) if to_match else ""
        if not destination and outside:
            destination = f"outside {_place(outside)}"
    modes = [m for m in _MODE_RE.finditer(text, max(lower, k0 - 20), k1 + 20)]
    mode = next((k[2:] for m in modes for k, v in m.groupdict().items() if v), "")
    down = _near(DECREASE, text, k1, s1, k1, k1, start + 40 - k1)
    up = _near(INCREASE, text, k1, s1, k1, k1, start + 40 - k1)
    if down and (not up or down.start() <= up.start()):
        sign, cue = -1, down.group(0)
    elif up:
        sign, cue = 1, up.group(0)
    else:
        sign, cue = 0, ""
    measure = "change" if sign else "level"
    slug = lambda place: re.sub(r"\W+", "_", place.lower()).strip("_")  # noqa: E731
    if origin == HOME or (not is_import and origin and destination != HOME):
        metric = f"exports_{slug(origin)}" + (f"_to_{slug(destination)}" if destination and origin != HOME else "")
    elif destination == HOME and origin:
        metric = f"imports_from_{slug(origin)}"
    elif is_import:
        metric = f"imports_{slug(destination)}"
    else:
        metric = "exports"
    metric += (f"_{mode}" if mode else "") + ("_change" if measure == "change" else "")
    return {
        "origin": origin, "destination": destination, "mode": mode, "sign": sign, "measure": measure,
        "commodity": f"{mode} {keyword.group(0).lower()}".strip(),
        "keyword_start": k0, "keyword_end": k1, "keyword_surface": keyword.group(0), "change_cue": cue,
        "metric": metric,
    }


# ------------------------------------------------------------------------------------------------------------------
# Claims table
# ------------------------------------------------------------------------------------------------------------------


def _in_body(spans: str, start: int, end: int) -> bool:
    if not spans:
        return True
    for part in spans.split(";"):
        a, b = (int(x) for x in part.split("-"))
        if a <= start and end <= b:
            return True
    return False


def _article_dates(articles: pd.DataFrame, texts: dict) -> dict[str, list[dict]]:
    """File -> the date expressions of its body (rows of :func:`helpers.extract.dates.find_dates` as dicts, text order)."""
    result = {}
    has_spans = "body_spans" in articles.columns
    for file, published, language, spans in zip(articles["file"], articles["published"], articles["language"],
                                                articles["body_spans"] if has_spans else [""] * len(articles)):
        result[file] = [d for d in date_rows(texts[file], published, language) if _in_body(spans, d["start"], d["end"])]
    return result


def _date_records(dates) -> list[dict]:
    """One article's date expressions as a list of dicts, whether given as such or as a DataFrame."""
    return dates.to_dict("records") if isinstance(dates, pd.DataFrame) else dates


def _date_for(dates: list[dict], start: int, end: int, sentence: tuple[int, int], clause: tuple[int, int]):
    """The date expression a figure refers to: in its clause if any, else the nearest in its sentence.

    ``dates`` are one article's date expressions (dicts with ``start`` and ``end``), in text order."""
    inside = [d for d in dates if d["start"] >= sentence[0] and d["end"] <= sentence[1]]
    if not inside:
        return None
    in_clause = [d for d in inside if d["start"] >= clause[0] and d["end"] <= clause[1]]
    pool = in_clause or inside

    def distance(d: dict) -> int:
        return d["start"] - end if d["start"] >= end else abs(start - d["end"])

    return min(pool, key=distance)


def _statements_by_file(statements: pd.DataFrame | None) -> dict[str, list[dict]]:
    """Coded statements grouped by article file, with integer spans."""
    if statements is None or statements.empty:
        return {}
    grouped: dict[str, list[dict]] = {}
    for row in statements.to_dict("records"):
        grouped.setdefault(row["file"], []).append({**row, "start": int(row["start"]), "end": int(row["end"])})
    return grouped


def _stance(statements: list[dict], start: int, end: int, actor: str):
    """Stance(s) of the coded statements of one article that contain ``start:end`` (the actor's own first)."""
    rows = [r for r in statements if r["start"] <= start and r["end"] >= end]
    if actor:
        same = [r for r in rows if r["actor"] == actor]
        rows = same or rows
    stances = sorted(set(r["stance"] for r in rows if r["stance"]))
    return "|".join(stances) if stances else None


def _suggest(sentence_text: str, lang: str) -> str:
    try:
        from helpers.extract.speakers import suggest_stance
    except ImportError:  # pragma: no cover - the actors module is optional
        return ""
    return suggest_stance(sentence_text, lang or None)


def build_claims(quantities: pd.DataFrame, articles: pd.DataFrame, texts: dict, gold: pd.DataFrame | None = None,
                 statements: pd.DataFrame | None = None, all_dates: dict[str, pd.DataFrame] | None = None
                 ) -> pd.DataFrame:
    """One row per quantity (columns :data:`CLAIM_COLUMNS`, rows in file and text order). See the module docstring.

    ``all_dates`` (file -> date expressions of its body, from :func:`_article_dates`) saves finding them again."""
    all_dates = _article_dates(articles, texts) if all_dates is None else all_dates
    dates_by_file = {file: _date_records(dates) for file, dates in all_dates.items()}
    statements_by_file = _statements_by_file(statements)
    articles = {row["file"]: row for row in articles.to_dict("records")}
    gold_measures = {}
    coded_files = set()
    if gold is not None and len(gold):
        coded_files = set(gold["file"])
        gold_measures = {(r.file, int(r.start), int(r.end)): r.measures for r in gold.itertuples()}
    rows = []
    previous_trade_end: dict[tuple, int] = {}
    for q in quantities.sort_values(["file", "start"]).itertuples(index=False):
        q = q._asdict()
        file, start, end = q["file"], int(q["start"]), int(q["end"])
        article, text = articles[file], texts[file]
        lang = q.get("lang") or article["language"]
        sentence = sentence_span(text, start, end)
        clause = clause_span(text, start, end, sentence)
        date = _date_for(dates_by_file[file], start, end, sentence, clause)
        # first pass: status with a provisional family, then the metric, then the status with the real family
        metric0, _cue0 = classify_metric(text, q, lang, "unmarked", sentence)
        status, status_cue = classify_status(text, start, end, metric_family(metric0), article["published"], date,
                                             sentence, lang)
        metric_rule, metric_cue = classify_metric(text, q, lang, status, sentence)
        if (file, start, end) in gold_measures:
            metric, metric_source = gold_measures[(file, start, end)], "coded"
        else:
            metric, metric_source = metric_rule, "rule" if file not in coded_files else "rule (span not coded)"
        family = metric_family(metric)
        status, status_cue = classify_status(text, start, end, family, article["published"], date, sentence, lang)
        value = float(q["value"])
        value_high = float(q["value_high"]) if q.get("value_high") == q.get("value_high") else math.nan
        low, high, bound_rule = hedge_bounds(value, q.get("qualifier") or "", value_high, q["kind"])
        actor = q.get("actor") or ""
        stance = _stance(statements_by_file.get(file, []), start, end, actor)
        stance_source = "coded"
        if stance is None:
            stance, stance_source = _suggest(text[sentence[0]:sentence[1]], lang), "suggested"
        if date is not None:
            refers = (date["earliest"], date["latest"], date["precision"], date["surface"], int(date["start"]),
                      int(date["end"]), date["resolution"])
        else:
            first, last, _p = publication_interval(article["published"])
            if status == "promised":
                refers = (first.isoformat(), "", "open", "", -1, -1,
                          f"no date in the sentence; a promise: from publication ({article['published']}), open-ended")
            else:
                refers = (first.isoformat(), last.isoformat(), _p, "", -1, -1,
                          f"no date in the sentence: as of publication ({article['published']})")
        claim_id = f"{file.rsplit('.', 1)[0]}:{start}"
        flow_id = f"flow-{claim_id}" if family == "trade" else ""  # one flow per trade claim
        previous_trade_end[(file, sentence)] = end
        rows.append({
            "claim_id": claim_id, "file": file, "start": start, "end": end,
            "surface": q["surface"], "lang": lang, "outlet_short": article["outlet_short"],
            "published": article["published"], "sentence_start": sentence[0], "sentence_end": sentence[1],
            "metric": metric, "metric_family": family, "metric_source": metric_source, "metric_rule": metric_rule,
            "metric_cue": metric_cue, "value": value, "value_high": value_high, "unit": q["unit"], "kind": q["kind"],
            "qualifier": q.get("qualifier") or "", "bound_low": low, "bound_high": high, "bound_rule": bound_rule,
            "actor": actor, "source_label": actor or article["outlet_short"], "stance": stance,
            "stance_source": stance_source, "status": status, "status_cue": status_cue,
            "refers_earliest": refers[0], "refers_latest": refers[1], "refers_precision": refers[2],
            "date_surface": refers[3], "date_start": refers[4], "date_end": refers[5], "date_resolution": refers[6],
            "flow_id": flow_id,
        })
    if not rows:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS).reset_index(drop=True)


def metric_agreement(claims: pd.DataFrame) -> pd.DataFrame:
    """Coded claims with the rule's metric beside the coded one, and whether they agree."""
    coded = claims.loc[claims["metric_source"] == "coded",
                       ["claim_id", "surface", "metric", "metric_rule", "metric_cue"]]
    return coded.assign(agree=coded["metric"] == coded["metric_rule"]).reset_index(drop=True)


# ------------------------------------------------------------------------------------------------------------------
# Flows table
# ------------------------------------------------------------------------------------------------------------------


def build_flows(claims: pd.DataFrame, texts: dict) -> pd.DataFrame:
    """One row per trade claim: the claim as a directed, signed flow (columns :data:`FLOW_COLUMNS`)."""
    rows = []
    trade = claims.loc[claims["flow_id"] != ""]
    last_end: dict[tuple, int] = {}
    for claim in trade.itertuples():
        text = texts[claim.file]
        sentence = (claim.sentence_start, claim.sentence_end)
        floor = last_end.get((claim.file, sentence))
        flow = parse_flow(text, claim.start, claim.end, sentence, floor) or parse_flow(text, claim.start, claim.end,
                                                                                     sentence)
        last_end[(claim.file, sentence)] = claim.end
        if flow is None:
            flow = {"origin": "", "destination": "", "mode": "", "sign": 0, "measure": "level", "commodity": "",
                    "keyword_start": -1, "keyword_end": -1, "keyword_surface": "", "change_cue": ""}
        period = claim.date_surface != "" and claim.refers_latest != ""
        direction = f"{flow['origin'] or '(unstated)'} -> {flow['destination'] or '(unstated)'}"
        rows.append({
            "flow_id": claim.flow_id, "claim_id": claim.claim_id, "file": claim.file, "start": claim.start,
            "end": claim.end, "surface": claim.surface, "outlet_short": claim.outlet_short,
            "published": claim.published, "actor": claim.actor, "source_label": claim.source_label,
            "stance": claim.stance, "metric": claim.metric, "origin": flow["origin"],
            "destination": flow["destination"], "direction": direction, "mode": flow["mode"],
            "commodity": flow["commodity"], "measure": flow["measure"], "sign": flow["sign"], "value": claim.value,
            "signed_value": claim.value * (flow["sign"] or 1), "unit": claim.unit,
            "keyword_start": flow["keyword_start"], "keyword_end": flow["keyword_end"],
            "keyword_surface": flow["keyword_surface"], "change_cue": flow["change_cue"],
            "period_earliest": claim.refers_earliest if period else "",
            "period_latest": claim.refers_latest if period else "",
            "period_surface": claim.date_surface, "period_start": claim.date_start, "period_end": claim.date_end,
            "period_resolution": claim.date_resolution,
        })
    return pd.DataFrame(rows, columns=FLOW_COLUMNS)


# ------------------------------------------------------------------------------------------------------------------
# Consistency
# ------------------------------------------------------------------------------------------------------------------


def _overlap(a0: str, a1: str, b0: str, b1: str) -> bool:
    a1 = a1 or "9999-12-31"
    b1 = b1 or "9999-12-31"
    return a0 <= b1 and b0 <= a1


def compare_claims(a: dict, b: dict) -> tuple[str, str]:
    """``(verdict, reason)`` for two claims (dicts with metric, status, unit, bound_low, bound_high,
    refers_earliest, refers_latest): ``consistent``, ``conflicting`` or ``not comparable``."""
    family = metric_family(a["metric"])
    if a["unit"] != b["unit"]:
        return "not comparable", f"different units ({a['unit']} and {b['unit']}); no conversion applied"
    pair = {a["status"], b["status"]}
    if pair == {"promised", "realised"}:
        return "not comparable", "a promise against a realisation"
    if a["metric"] != b["metric"]:
        return "not comparable", f"different measures ({a['metric']} and {b['metric']})"
    if "promised" in pair and len(pair) == 2 and pair & {"historical"}:
        return "not comparable", "a promise against a past figure"
    if family in TIME_VARYING_FAMILIES and not _overlap(a["refers_earliest"], a["refers_latest"],
                                                        b["refers_earliest"], b["refers_latest"]):
        return "not comparable", "the figures refer to different dates"
    low = max(a["bound_low"], b["bound_low"])
    high = min(a["bound_high"], b["bound_high"])
    scale = max(abs(a["bound_high"]) if math.isfinite(a["bound_high"]) else abs(a["bound_low"]),
                abs(b["bound_high"]) if math.isfinite(b["bound_high"]) else abs(b["bound_low"]), 1e-12)
    if low <= high or (low - high) / scale <= ROUNDING_TOLERANCE:
        return "consistent", "the stated values agree" + (" within rounding" if low > high else "")
    return "conflicting", "the same measure is given different values"


def _money(value: float, unit: str) -> str:
    if not math.isfinite(value):
        return "no upper limit"
    if unit in ("EUR", "USD", "CNY", "GBP", "JPY", "CHF", "HKD"):
        if abs(value) >= 1e9:
            return f"{value / 1e9:g} billion {unit}"
        if abs(value) >= 1e6:
            return f"{value / 1e6:g} million {unit}"
    if unit == "m2":
        return f"{value:,.0f} m² ({value / 1e4:g} ha)"
    if unit == "count":
        return f"{value:,.0f}"
    return f"{value:g} {unit}"


def explain_comparison(row) -> str:
    """One sentence, for a reader, saying what two claims state and why they are (not) consistent."""
    get = row.get if hasattr(row, "get") else lambda k: getattr(row, k)

    def side(s):
        who, outlet = get('source_label_' + s), get('outlet_short_' + s)
        where = f"({get('published_' + s)})" if who == outlet else f"(in {outlet}, {get('published_' + s)})"
        return (f"{who} {where} gives "
                f"{_money(get('value_' + s), get('unit_' + s))} ('{get('surface_' + s)}', {get('status_' + s)}, "
                f"referring to {get('refers_' + s)})")

    family = get("metric_family").replace("_", " ")
    verdict = get("verdict")
    text = f"{family.capitalize()}: {side('a')}, while {side('b')}"
    if verdict == "conflicting":
        lo, hi = sorted([get("value_a"), get("value_b")])
        gap = (hi - lo) / lo if lo else math.inf
        return (f"{text}; these conflict: the higher figure is {gap:.0%} above the lower, beyond the "
                f"{ROUNDING_TOLERANCE:.0%} allowed for rounding.")
    if verdict == "consistent":
        return f"{text}; these are consistent: {get('reason')}."
    return f"{text}; these are not comparable: {get('reason')}."


PAIRWISE_LIMIT = 40
"""A family with at most this many claims has every pair of them compared; a larger one (an archive of thousands
of articles) has each claim compared with the family's reference claim only, so the table grows linearly."""


def _comparison_pairs(records: list[dict]):
    """Pairs of claims (from different sources) to compare, in a stable order: all pairs for a small family,
    else each claim against the reference claim (the earliest-published claim; ties by file and offset)."""
    if len(records) <= PAIRWISE_LIMIT:
        for i, a in enumerate(records):
            for b in records[i + 1:]:
                yield a, b
        return
    reference = records[0]
    for other in records[1:]:
        yield reference, other


def build_consistency(claims: pd.DataFrame) -> pd.DataFrame:
    """Pairs of claims of the same family from different sources (file and actor), with a verdict; only
    families stated by more than one source appear. Every pair is compared in a family of up to
    :data:`PAIRWISE_LIMIT` claims, each claim against the family's earliest claim beyond that.
    Columns :data:`CONSISTENCY_COLUMNS`."""
    rows = []
    usable = claims.loc[~claims["metric_family"].isin(["period"]) & ~claims["metric"].str.startswith("other_")]
    for family, group in usable.groupby("metric_family", sort=True):
        group = group.assign(_source=group["file"] + "|" + group["actor"])
        if group["_source"].nunique() < 2:
            continue
        records = group.sort_values(["published", "file", "start"]).to_dict("records")
        for a, b in _comparison_pairs(records):
            if a["_source"] == b["_source"]:
                continue
            verdict, reason = compare_claims(a, b)
            row = {"metric_family": family, "verdict": verdict, "reason": reason}
            for suffix, claim in (("a", a), ("b", b)):
                for column in _SIDE:
                    if column == "refers":
                        value = (interval_label(claim["refers_earliest"], claim["refers_latest"])
                                 if claim["refers_latest"] else f"from {claim['refers_earliest']} on")
                    else:
                        value = claim[column]
                    row[f"{column}_{suffix}"] = value
            rows.append(row)
    if not rows:
        return pd.DataFrame(columns=CONSISTENCY_COLUMNS)
    table = pd.DataFrame(rows)
    table.insert(0, "comparison_id", [f"k{i + 1:03d}" for i in range(len(table))])
    table["explanation"] = [explain_comparison(r) for r in table.to_dict("records")]
    return table[CONSISTENCY_COLUMNS]


# ------------------------------------------------------------------------------------------------------------------
# Timeline
# ------------------------------------------------------------------------------------------------------------------

EVENT_CUES = {
    "publication": None,  # a dateline: handled separately
    "broadcast": _words(r"guest of", r"on the set", r"programmes?", r"broadcast\w*", r"émissions?", r"invitée?",
                        r"plateau", r"uitzending", r"te gast", r"aired", r"interview\w*"),
    "visit": _words(r"visit\w*", r"visites?", r"bezoek\w*", r"bezocht", r"reçue? par", r"received by", r"state visit"),
    "agreement_signed": _words(r"sign\w*", r"sign[ée]e?s?", r"ondertekend", r"getekend", r"agreed", r"agreements?",
                               r"accords?", r"contracts?", r"contrats?", r"MoU", r"pacts?", r"overeenkomst",
                               r"akkoord"),
    "fine": _words(r"fined", r"amendes?", r"boetes?", r"beboet", r"penalt(?:y|ies)"),
    "sanction": _words(r"sanctions?", r"travel bans?", r"sancties", r"sanctionn\w+"),
    "opening": _words(r"open(?:ed|ing|s)?", r"operational", r"opérationnel\w*", r"ouverture", r"inaugur\w+",
                      r"come on stream", r"mise en service", r"in gebruik", r"geopend", r"moved to", r"installée?s?",
                      r"implant\w+", r"s['’]install\w+", r"vestig\w+"),
    "construction": _words(r"built", r"being built", r"construction", r"construit\w*", r"bouw\w*", r"travaux",
                           r"works?", r"chantier"),
    "launch": _words(r"launch\w*", r"(?<!bonne )(?<!leur )(?<!sa )(?<!son )lanc[ée]e?s?", r"lancement", r"gelanceerd", r"initiated", r"founded",
                     r"fondée?"),
    "trade_trend": _words(r"exports?", r"exportations?", r"uitvoer", r"imports?", r"importations?", r"invoer"),
    "statement": _words(r"said", r"says", r"told", r"warned", r"declared", r"announced", r"lobbied", r"stated",
                        r"déclar\w+", r"annonc\w+", r"affirm\w+", r"a dit", r"zei", r"zegt", r"verklaarde",
                        r"kondigde", r"waarschuwde"),
}
_DATELINE = re.compile(r"^\s*[A-ZÀ-Ý][\w .'-]{0,40},\s*$")


def event_type(text: str, date_start: int, date_end: int, sentence: tuple[int, int]) -> tuple[str, str]:
    """``(event_type, cue)`` for a date expression: the event cue nearest to it in its sentence, ``publication`` for
    a dateline ("Brussels, May 7, 2021 –"), else ``('other', '')``. Ties go to the earlier type in
    :data:`EVENT_CUES`."""
    before = text[sentence[0]:date_start]
    after = text[date_end:date_end + 4]
    if _DATELINE.match(before) and re.match(r"\s*[–—-]", after):
        return "publication", ""
    best = ("other", "", None)
    for name, pattern in EVENT_CUES.items():
        if pattern is None:
            continue
        match, distance = _nearest_cue(pattern, text, sentence[0], sentence[1], date_start, date_end)
        if match is not None and (best[2] is None or distance < best[2]):
            best = (name, match.group(0), distance)
    return best[0], best[1]


def build_timeline(articles: pd.DataFrame, texts: dict, events: pd.DataFrame | None = None,
                   all_dates: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Dated events: every date expression of each article's body with an event cue (rule), or the hand-coded
    events for coded files. Columns :data:`TIMELINE_COLUMNS`, rows by earliest date, then file and offset."""
    rows = []
    coded = set() if events is None or events.empty else set(events["file"])
    all_dates = _article_dates(articles, texts) if all_dates is None else all_dates
    for article in articles.sort_values("file").itertuples():
        text = texts[article.file]
        if article.file in coded:
            for e in events.loc[events["file"] == article.file].itertuples():
                rows.append({
                    "event_id": e.event_id, "file": e.file, "outlet_short": article.outlet_short,
                    "published": article.published, "event_type": e.event_type, "status": e.status,
                    "earliest": e.earliest, "latest": e.latest, "precision": _precision(e.earliest, e.latest),
                    "is_period": str(e.is_period).lower() == "true", "date_start": int(e.date_start),
                    "date_end": int(e.date_end), "date_surface": e.date_surface, "resolution": e.resolution,
                    "sentence_start": int(e.start), "sentence_end": int(e.end), "sentence": e.quote,
                    "event_cue": "", "source": "coded",
                })
            continue
        for date in _date_records(all_dates[article.file]):
            start, end = date["start"], date["end"]
            sentence = sentence_span(text, start, end)
            kind, cue = event_type(text, start, end, sentence)
            if kind in ("other", "publication"):  # a dateline dates the article, not an event
                continue
            status, _cue = classify_status(text, start, end, "event", article.published, date, sentence,
                                           article.language)
            before_publication = date["latest"] < publication_interval(article.published)[0].isoformat()
            if kind in ("publication", "broadcast", "statement") or before_publication:
                status = "occurred"
            rows.append({
                "event_id": f"{article.file.rsplit('.', 1)[0]}:{start}", "file": article.file,
                "outlet_short": article.outlet_short, "published": article.published, "event_type": kind,
                "status": "occurred" if status == "occurred" else
                          "expected" if status == "promised" or date["kind"] == "deadline" else "occurred",
                "earliest": date["earliest"], "latest": date["latest"], "precision": date["precision"],
                "is_period": date["is_period"], "date_start": start, "date_end": end, "date_surface": date["surface"],
                "resolution": date["resolution"],
                "sentence_start": sentence[0], "sentence_end": sentence[1],
                "sentence": text[sentence[0]:sentence[1]], "event_cue": cue, "source": "rule",
            })
    if not rows:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    return (pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
            .sort_values(["earliest", "latest", "file", "date_start"], kind="stable").reset_index(drop=True))


def _precision(earliest: str, latest: str) -> str:
    from helpers.extract.dates import interval_precision
    import datetime as dt
    return interval_precision(dt.date.fromisoformat(earliest), dt.date.fromisoformat(latest))


# ------------------------------------------------------------------------------------------------------------------
# Entry point for the build
# ------------------------------------------------------------------------------------------------------------------


def article_claim_tables(quantities: pd.DataFrame, articles: pd.DataFrame, texts: dict,
                         gold: pd.DataFrame | None = None, statements: pd.DataFrame | None = None,
                         events: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The claim tables that are computed article by article -- claims, timeline, flows -- for any subset of the
    corpus (``articles`` and ``texts`` may hold a few articles only); :func:`combine_claim_tables` joins the parts
    of several subsets and adds the cross-source comparison."""
    quantities = quantities.copy()
    if "actor" not in quantities.columns:
        quantities["actor"] = ""
    quantities["actor"] = quantities["actor"].fillna("")
    all_dates = _article_dates(articles, texts)
    claims = build_claims(quantities, articles, texts, gold, statements, all_dates)
    return {
        "claims.csv": claims,
        "timeline.csv": build_timeline(articles, texts, events, all_dates),
        "flows.csv": build_flows(claims, texts),
    }


def combine_claim_tables(parts: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Join the :func:`article_claim_tables` of disjoint sets of articles, in the order given, and add
    ``figure_consistency.csv``; the result is the same as for all the articles at once."""
    def joined(name: str, columns: list[str]) -> pd.DataFrame:
        frames = [part[name] for part in parts if len(part[name])]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)

    claims = joined("claims.csv", CLAIM_COLUMNS).sort_values(["file", "start"], kind="stable").reset_index(drop=True)
    timeline = (joined("timeline.csv", TIMELINE_COLUMNS)
                .sort_values(["earliest", "latest", "file", "date_start"], kind="stable").reset_index(drop=True))
    flows = joined("flows.csv", FLOW_COLUMNS).sort_values(["file", "start"], kind="stable").reset_index(drop=True)
    return {
        "claims.csv": claims,
        "figure_consistency.csv": build_consistency(claims),
        "timeline.csv": timeline,
        "flows.csv": flows,
    }


def build_claim_tables(quantities: pd.DataFrame, articles: pd.DataFrame, texts: dict, gold: pd.DataFrame | None = None,
                       statements: pd.DataFrame | None = None, actors: pd.DataFrame | None = None,
                       events: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The four claim tables, keyed by output file name, columns and rows in a stable order.

    ``quantities``: ``file`` + :func:`helpers.extract.quantities.extract_quantities` columns + ``actor`` (canonical name, ''
    for the outlet's own voice), offsets into the full text. ``articles``: the corpus's articles (catalog columns,
    ``language``, ``body_spans``). ``texts``: file name -> decoded text. ``gold``: ``quantities.csv`` (its
    ``measures`` replaces the rule's metric on coded spans). ``statements``: ``statements.csv`` (stance of the
    statement that contains a claim). ``actors`` is accepted for the build's uniform call and not needed here
    (``quantities`` already carries canonical names). ``events``: ``events.csv`` (coded events replace the rule's
    for coded files). The build computes the same tables in parallel, subset by subset, with
    :func:`article_claim_tables` and :func:`combine_claim_tables`.
    """
    del actors
    return combine_claim_tables([article_claim_tables(quantities, articles, texts, gold, statements, events)])
