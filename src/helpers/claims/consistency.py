"""Consistency: claims of the same measure from different sources compared, with a verdict and a sentence.

Consistency (:func:`compare_claims`): two claims of the same metric family from different sources are
``not comparable`` when their units differ, when one is a promise and the other a realisation (or the metrics
differ inside the family: jobs created against jobs expected), or when the metric changes over time (jobs, trade
flows) and the dates they refer to do not overlap; else ``consistent`` when their bounds overlap, allowing
:data:`ROUNDING_TOLERANCE` for rounding, and ``conflicting`` otherwise.
"""

from __future__ import annotations

import math

import pandas as pd

from helpers.claims.measure import TIME_VARYING_FAMILIES, metric_family
from helpers.extract.dates import interval_label

__all__ = ["ROUNDING_TOLERANCE", "PAIRWISE_LIMIT", "CONSISTENCY_COLUMNS", "compare_claims", "explain_comparison",
           "build_consistency"]

ROUNDING_TOLERANCE = 0.02
"""Two figures whose bounds are within 2% of each other are the same figure, rounded."""

_SIDE = ["claim_id", "file", "start", "end", "surface", "source_label", "outlet_short", "published", "metric",
         "status", "value", "bound_low", "bound_high", "unit", "refers"]
CONSISTENCY_COLUMNS = (["comparison_id", "metric_family", "verdict", "reason"] + [f"{c}_a" for c in _SIDE]
                       + [f"{c}_b" for c in _SIDE] + ["explanation"])



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

