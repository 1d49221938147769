"""What a figure measures: an ordered rule table (:data:`RULES`) read by one loop (:func:`classify_metric`).

Each rule names the metric it gives, the kinds of quantity it applies to, and its evidence: a table of
``helpers/lexicon/<lang>/measures.py`` (the words of that measure in the figure's language) and where that table
is looked for -- in the figure's counted noun (``noun``), in the unit of its rate (``per``), within ``window`` characters of the figure in its sentence
(``near``), only before it (``before``), starting in it or just after it (``after``), anywhere in its sentence
(``sentence``), at the end of the figure itself (``surface``: "22ha"), or nowhere (``always``). A rule may need a
second cue (``also``). The first rule that fires decides; its cue is kept as ``metric_cue``.

Adding a measure is adding a row here and its words to each language's ``measures.py``. The rows, in order:

- ``other_frequency`` -- a duration right after "every", "tous les", "om de", "alle": how often, not how long;
- ``lease_term`` -- a duration near "lease", "bail", "erfpacht", "Pacht";
- ``period`` -- a duration after "over the past", "depuis", "afgelopen", "seit": the span another figure is
  measured over;
- trade flows -- money, percentages or masses in a sentence with a trade word (exports, exportations, uitvoer,
  Exporte...): named from the flow, e.g. ``exports_belgium_air_change`` (:func:`helpers.claims.flows.parse_flow`);
- ``fine`` -- money near "fine", "amende", "boete", "Geldstrafe";
- jobs -- a count whose noun counts jobs (jobs, emplois, postes, ETP, banen, VTE, FTE, Arbeitsplätze, Stellen,
  Beschäftigte...), or with such a word within 25 characters, or a count of people with a verb of employment near
  it ("employs 300 people", "werken er 900 mensen"): ``jobs_created`` when realised, ``jobs_expected`` when promised,
  ``jobs`` otherwise;
- ``officials_sanctioned`` -- a count of officials or people in a sentence about sanctions;
- ``other_mitigation`` -- money near words of a mitigation programme ("insulating homes", "isolation", "geluidsisolatie",
  "Schallschutz"): spent to offset a nuisance, not invested in the project;
- ``revenue``, ``investment`` -- money near their words; money by the year, month, week or day with neither
  (``other_recurring``: the rate's unit is in ``RECURRING``: "40,000 euros a year") is a running cost, not capital;
- ``warehouse_area`` (a building's area: the text names a warehouse, hall, entrepôt, magazijn, Halle...), else
  ``site_area``;
- ``delivery_time``, ``agreements_signed``/``agreements``, ``flights``, ``parcels``, ``cargo_volume`` (a mass, or
  a count of containers, pallets...), ``sme_share``, ``people`` (a count of people who are not jobs);
- otherwise ``other_<kind>``.

A rate ("12 jobs per hectare", "300.000 colis par jour": the quantity's ``per`` column, from the extractor) is named
``<metric>_per_<per>`` (``jobs_per_hectare``): it is never a count of jobs, and it is its own family.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.claims.evidence import WINDOW, clause_span, cues, ends_with, near, sentence_span
from helpers.claims.flows import parse_flow
from helpers.lexicon import LANGUAGES, lexicon

__all__ = ["HUB_FAMILIES", "TIME_VARYING_FAMILIES", "Rule", "RULES", "classify_metric", "metric_family", "read_metric",
           "with_status"]

HUB_FAMILIES = ("jobs", "investment", "site_area", "warehouse_area", "delivery_time", "flights", "parcels",
                "lease_term", "people")
"""Metric families that describe the project itself (and the people it employs or moves): their past is
'realised', never 'historical'. Cargo volumes, trade, fines, shares and revenue are context (an airport's, a country's,
a group's turnover last year)."""

TIME_VARYING_FAMILIES = ("jobs", "trade", "flights", "parcels", "cargo_volume", "revenue")
"""Families whose value changes with the date it refers to: claims for non-overlapping dates are not compared."""


@dataclass(frozen=True)
class Rule:
    """One row of :data:`RULES`: ``metric`` for a quantity of one of ``kinds`` when the lexicon table ``cue`` is
    found ``where`` (noun, words, near, before, after, clause, commas, sentence, surface, subject, per, always) within ``window`` characters, and
    ``also`` (a second ``(cue, where, window)``) holds too. ``units`` restricts the units; ``bare``, to figures with
    no counted noun of their own; ``refine`` names the metric further (``status``: jobs created or expected;
    ``flow``: the trade flow's name). ``subject`` looks for the cue in the words after "the number of", "le nombre
    de", "het aantal", "die Zahl der" (lexicon table ``NUMBER_OF``) earlier in the figure's sentence: what a figure
    with no noun of its own counts ("the number of night flights has doubled, to about 30 a night")."""

    metric: str
    kinds: tuple[str, ...]
    cue: str = ""
    where: str = "always"
    window: int = WINDOW
    also: tuple | None = None
    units: tuple[str, ...] = ()
    refine: str = ""
    bare: bool = False
    paired: bool = False
    """Only when the sentence states another figure: a period is the span *another* figure is measured over
    ("190 million euros over the next five years"); "we negotiated for eighteen months" is just a duration."""
    """Only for figures with no counted noun of their own: none, or one inherited from an earlier figure."""


RULES: tuple[Rule, ...] = (
    Rule("other_frequency", ("duration",), "EVERY", "before", 12),                 # "a review every two years"
    Rule("lease_term", ("duration",), "LEASE", "near"),
    Rule("delivery_time", ("duration",), "DELIVERY", "near"),
    Rule("period", ("duration",), "PERIOD", "before", 25, units=("year", "month", "week", "day"), paired=True),
    Rule("period", ("duration",), "PERIOD_AFTER", "after", 3, units=("year", "month", "week", "day"),
         paired=True),                                                               # "4 jaar lang"
    Rule("trade", ("money", "percent", "mass"), "TRADE", "sentence", refine="flow"),
    Rule("fine", ("money",), "FINE", "near"),
    Rule("jobs", ("count", "percent"), "JOBS", "subject", refine="status", bare=True),  # "le nombre d'emplois ... 450"
    Rule("flights", ("count", "percent"), "FLIGHTS", "subject", bare=True),
    Rule("flights", ("count",), "FLIGHTS", "before", 20, bare=True),          # "caps night movements at 16,000 a year"   # "the number of night flights ... 40%"
    Rule("parcels", ("count", "percent"), "PARCELS", "subject", bare=True),   # "het aantal pakjes steeg met 15 procent"
    Rule("cargo_volume", ("count", "percent"), "CARGO", "subject", bare=True),  # "das Frachtvolumen ... 8 Prozent"
    Rule("jobs", ("count",), "JOBS", "noun", refine="status"),                       # "900 emplois", "250 FTE"
    Rule("jobs", ("count",), "EMPLOYMENT_CONTRACTS", "words", 40, refine="status"),  # "150 vaste contracten"
    Rule("officials_sanctioned", ("count",), "OFFICIALS", "noun", also=("SANCTIONS", "sentence", 0)),
    Rule("jobs", ("count",), "PEOPLE", "noun", also=("EMPLOYED", "near", 80), refine="status"),  # "employs 300 people"
    Rule("jobs", ("count",), "PEOPLE", "noun", also=("EMPLOYED", "commas", 200), refine="status"),  # verb-final:
    # "dass 250 Menschen aus der Region ... beschäftigt sind", "dat 500 mensen uit de streek ... aan de slag zijn"
    Rule("people", ("count",), "PEOPLE", "noun"),                                    # "200 protesters"
    Rule("jobs", ("count",), "JOBS", "after", 12, refine="status"),                  # "900 new direct jobs"
    Rule("jobs", ("count",), "JOBS", "near", 25, refine="status", bare=True),        # "only 450 (jobs) so far"
    Rule("other_price", ("money",), "AREA_RATE", "per"),  # "€18 per square metre": a price or a rent
    Rule("other_profit", ("money",), "PROFIT", "near", 40),  # "a net profit of €18 million"
    Rule("other_wage", ("money",), "WAGES", "near", 40),                            # "earns 2,100 euros a month"
    Rule("other_price", ("money",), "PRICE", "near", 40),               # "a fee of 3,20 euro per m²", "under 150 Euro"
    Rule("other_mitigation", ("money",), "MITIGATION", "near", 40),  # "€37 million insulating homes": not invested
    Rule("revenue", ("money",), "REVENUE", "near"),
    Rule("investment", ("money",), "INVESTMENT", "near"),
    Rule("other_recurring", ("money",), "RECURRING", "per"),  # "40,000 euros a year": a running cost, not capital
    Rule("investment", ("money",)),                   # money with no other cue: in this corpus, what is invested
    Rule("site_area", ("area",), "ON", "before", 2),                                # "installed on 220,000 m²"
    Rule("warehouse_area", ("area",), "BUILDING", "clause", 15),  # "a 3-hectare warehouse", not "30 ha, the halls"
    Rule("site_area", ("area",), "LAND_UNITS", "surface"),                           # "22 hectares", "22ha"
    Rule("site_area", ("area",), "LAND_UNITS", "noun"),        # the before of a change: "von 32 auf 55 Hektar"
    Rule("warehouse_area", ("area",), "BUILDING", "near", 40),                       # "hall of 28,000 m²"
    Rule("site_area", ("area",), "SITE", "near", 40),                               # "a plot of 80,000 m²"
    Rule("site_area", ("area",), "LEASE", "near", 40),                    # "rents 220,000 m²": what is leased is land
    Rule("warehouse_area", ("area",)),                # land is measured in hectares, floor space in square metres
    Rule("agreements_signed", ("count",), "AGREEMENTS", "noun", also=("SIGNED", "sentence", 0)),
    Rule("agreements", ("count",), "AGREEMENTS", "noun"),
    Rule("flights", ("count",), "FLIGHTS", "noun"),
    Rule("parcels", ("count",), "PARCELS", "noun"),
    Rule("cargo_volume", ("count",), "CARGO", "noun"),
    Rule("cargo_volume", ("mass",)),
    Rule("sme_share", ("percent",), "SME", "near"),
    Rule("flights", ("percent",), "FLIGHTS", "before", 30),        # "night flights account for 40%", "grew 8%"
    Rule("parcels", ("percent",), "PARCELS", "before", 30),        # "if parcel volumes keep growing at 15%"
    Rule("cargo_volume", ("percent",), "VOLUME", "before", 40),    # "ons volume in één klap met 15 procent"
)
"""The measure rules, in the order they are tried (see the module docstring)."""

_SUFFIX = {"realised": "_created", "promised": "_expected"}


def metric_family(metric: str) -> str:
    """The family a metric is compared within: ``jobs_created`` and ``jobs_expected`` are both ``jobs``; every
    trade flow is ``trade``; a rate (``jobs_per_hectare``) and other metrics are their own family."""
    if "_per_" in metric:
        return metric
    if metric.startswith("jobs"):
        return "jobs"
    if metric.startswith(("exports", "imports", "trade")):
        return "trade"
    return metric


def _find(cue: str, where: str, window: int, text: str, span: tuple, sentence: tuple, noun: str, lang: str):
    """The evidence ``cue`` found ``where``: the matched word (``str``), or ``None``."""
    if where == "always":
        return text[span[0]:span[1]]
    if where == "surface":
        return ends_with("measures", lang, cue, text[span[0]:span[1]])
    if where == "subject":
        return _subject(cue, text, span, sentence, lang)
    pattern = cues("measures", lang, cue)
    if pattern is None:
        return None
    if where == "noun":  # the counted noun, given by the extractor (inherited when the text leaves it out)
        match = pattern.search(noun)
        return match.group(0) if match else None
    bounds = sentence
    if where == "sentence":
        window = sentence[1] - sentence[0]
    elif where in ("clause", "commas"):  # the figure's clause; "commas": cut at punctuation only (a verb-final
        bounds = clause_span(text, span[0], span[1], sentence, lang, conjunctions=where == "clause")  # clause)
    match = near(pattern, text, bounds[0], bounds[1], span[0], span[1], window, overlap=True)
    if match is None or (where == "before" and match.end() > span[0]):
        return None
    if where == "after" and (match.start() < span[0] or match.start() - span[1] > window):
        return None
    if where == "words" and not span[0] <= match.start() < span[1]:
        return None  # a phrase that begins among the figure's own words: "150 contrats à durée indéterminée"
    return match.group(0)


ONE = frozenset({"one", "un", "une", "een", "ein", "eine", "hundred", "thousand", "cent", "mille", "honderd", "duizend",
                 "hundert", "tausend"})
"""Number words that are no figure by themselves ("one of the terminals", "des centaines")."""


@lru_cache(maxsize=None)
def figure_pattern(lang: str) -> re.Pattern:
    """Digits that are not a year, or a number word of ``lang`` (every language when unknown) other than :data:`ONE`."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    number_words = sorted({word for code in langs for word in lexicon(code, "numbers").NUMBER_WORDS} - ONE,
                          key=len, reverse=True)
    return re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d.,]))\d|(?<!\w)(?:" + "|".join(map(re.escape, number_words))
                      + r")(?!\w)", re.IGNORECASE)


def _another_figure(text: str, span: tuple, sentence: tuple, lang: str) -> bool:
    """Whether the sentence states a number besides the figure itself (a year is not one)."""
    pattern = figure_pattern(lang)
    return bool(pattern.search(text, sentence[0], span[0]) or pattern.search(text, span[1], sentence[1]))


SUBJECT_WORDS = 30
"""Characters after "the number of" (and its kin) read for what the figure counts: its noun phrase."""


def _subject(cue: str, text: str, span: tuple, sentence: tuple, lang: str):
    """The word of table ``cue`` that follows the last "number of" (``NUMBER_OF``) or "how many" (``HOW_MANY``) before
    the figure in its sentence ("le nombre de mouvements nocturnes est passé de 12 par nuit ..."), or ``None``."""
    pattern = cues("measures", lang, cue)
    if pattern is None:
        return None
    last = None
    for name in ("NUMBER_OF", "HOW_MANY"):  # "the number of X ... 450"; "How many X ...? -- 450" (a question read with
        marker = cues("measures", lang, name)  # its answer: :func:`helpers.claims.tables.read_figure`)
        for match in marker.finditer(text, sentence[0], span[0]) if marker is not None else ():
            if last is None or match.start() > last.start():
                last = match
    if last is None:
        return None
    match = pattern.search(text, last.end(), min(span[0], last.end() + SUBJECT_WORDS))
    return match.group(0) if match and match.start() - last.end() <= SUBJECT_WORDS // 2 else None


def _per(quantity) -> str:
    per = quantity.get("per", "") if hasattr(quantity, "get") else ""
    if per is None or (isinstance(per, float) and math.isnan(per)):
        return ""
    return re.sub(r"\W+", "_", str(per).strip().lower()).strip("_")


def classify_metric(text: str, quantity, lang: str = "", status: str = "unmarked",
                    sentence: tuple[int, int] | None = None) -> tuple[str, str]:
    """``(metric, cue)`` for one quantity (a mapping with start, end, kind, unit, noun and optionally per) of
    ``text``: the first rule of :data:`RULES` that fires. ``status`` (from
    :func:`helpers.claims.status.classify_status`) splits jobs into ``jobs_created`` / ``jobs_expected``."""
    metric, cue, by_status = read_metric(text, quantity, lang, sentence)
    return with_status(metric, by_status, status), cue


def with_status(metric: str, by_status: bool, status: str) -> str:
    """The metric of :func:`read_metric` for a figure of ``status`` (``jobs`` -> ``jobs_created`` when realised)."""
    return metric + _SUFFIX.get(status, "") if by_status else metric


def read_metric(text: str, quantity, lang: str = "", sentence: tuple[int, int] | None = None
                ) -> tuple[str, str, bool]:
    """``(metric, cue, by_status)``: what :func:`classify_metric` reads, before the status is known; ``by_status``
    says whether the rule that fired splits the metric by status (:func:`with_status`). The rules do not depend on
    the status, so a figure's metric is read once for its provisional and final status."""
    span = (int(quantity["start"]), int(quantity["end"]))
    kind, unit, noun = quantity["kind"], quantity["unit"], str(quantity.get("noun", "") or "")
    own_noun = noun if str(quantity.get("noun_source", "stated") or "stated") == "stated" else ""
    sentence = sentence or sentence_span(text, *span)
    per = _per(quantity)
    for rule in RULES:
        if kind not in rule.kinds or (rule.units and unit not in rule.units) or (rule.bare and own_noun):
            continue
        if rule.paired and not _another_figure(text, span, sentence, lang):
            continue
        if rule.where == "per":  # the unit of a rate ("per year", "par an", "per jaar", "im Jahr")
            table = cues("measures", lang, rule.cue)
            found = table.fullmatch(str(quantity.get("per", "") or "").strip()) if table is not None else None
            cue = found.group(0) if found else None
        else:
            cue = _find(rule.cue, rule.where, rule.window, text, span, sentence, noun, lang)
        if cue is not None and rule.also:  # the second cue decides, and is the one recorded
            cue = _find(*rule.also, text, span, sentence, noun, lang)
        if cue is None:
            continue
        metric = rule.metric
        if rule.refine == "flow":
            flow = parse_flow(text, span[0], span[1], sentence=sentence, lang=lang)
            if flow is None:
                continue
            metric, cue = flow["metric"], flow["keyword_surface"]
        if per:
            return f"{metric}_per_{per}", cue, False
        return metric, cue, rule.refine == "status"
    return f"other_{kind}" + (f"_per_{per}" if per else ""), "", False
