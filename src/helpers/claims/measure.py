"""What a figure measures.

Metric (:func:`classify_metric`): the first rule that fires, looking at the quantity's kind, its counted noun and
the words of its sentence within :data:`WINDOW` characters of it (the whole sentence for trade words): period
("over the past three years"), trade flow (exports/exportations/uitvoer, imports/importations/invoer: named from
the flow, e.g. ``exports_belgium_air_change``, ``imports_from_china_change``), fine (fined/amende/boete), jobs
(jobs/emplois/banen/arbeidsplaatsen: ``jobs_created`` when realised, ``jobs_expected`` when promised), investment
(money with invest*/projet/project), area (``warehouse_area`` with warehouse/entrepôt/magazijn/hall, else
``site_area``), delivery time (delivery/livraison/levering), agreements (``agreements_signed`` with a signing verb),
people sanctioned, SME share, revenue, flights, parcels, cargo volume; otherwise ``other_<kind>``.
"""

from __future__ import annotations

import re

from helpers.claims.evidence import WINDOW, near as _near, sentence_span, words as _words
from helpers.claims.flows import TRADE_WORDS, parse_flow

__all__ = ["HUB_FAMILIES", "TIME_VARYING_FAMILIES", "classify_metric", "metric_family"]

HUB_FAMILIES = ("jobs", "investment", "site_area", "warehouse_area", "delivery_time", "flights", "parcels",
                "cargo_volume", "revenue")
"""Metric families that describe the hub itself: their past is 'realised', never 'historical'."""

TIME_VARYING_FAMILIES = ("jobs", "trade", "flights", "parcels", "cargo_volume", "revenue")
"""Families whose value changes with the date it refers to: claims for non-overlapping dates are not compared."""

PERIOD_CUES = _words(r"past", r"last", r"dernières", r"derniers", r"afgelopen", r"laatste", r"voorbije", r"over",
                     r"au cours des", r"depuis", r"since", r"sinds", r"during", r"pendant", r"gedurende")
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
