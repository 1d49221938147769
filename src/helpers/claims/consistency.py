"""Consistency: each claim set against the positions of its measure (:mod:`helpers.claims.ledger`), with a verdict
and a sentence.

:func:`build_consistency` gives one row per claim of a measure stated by more than one source: the position the
claim belongs to and what the moves of that position (:mod:`helpers.claims.moves`) say about it. The verdict is
``conflicting`` when another position disagrees at the same time, ``revised`` when a later (or earlier) position
states another value, ``consistent`` when other sources state the same position, ``not comparable`` when the only
other positions are promises against realisations (the gap is stated) or figures for other dates of a measure that
changes with time, else ``no other position``. It is linear in
the number of claims: each claim is looked up once in its position's moves, never compared with every other claim.

:func:`compare_claims` still says whether two single claims are comparable, and how (the same rules: units,
promise against realisation, metric, dates of time-varying measures, bounds within :data:`ROUNDING_TOLERANCE`).
"""

from __future__ import annotations

import math

import pandas as pd

from helpers.charts.format import format_amount, format_percent
from helpers.claims.ledger import ROUNDING_TOLERANCE, build_ledger
from helpers.claims.measure import TIME_VARYING_FAMILIES, metric_family
from helpers.claims.moves import build_moves

__all__ = ["ROUNDING_TOLERANCE", "CONSISTENCY_COLUMNS", "VERDICTS", "compare_claims", "explain_comparison",
           "build_consistency", "build_ledger_tables"]

CONSISTENCY_COLUMNS = ["comparison_id", "claim_id", "file", "metric_family", "measure", "position_id", "status",
                       "value", "unit", "source_label", "outlet_short", "published", "verdict", "reason", "move_ids",
                       "explanation"]

VERDICTS = ("conflicting", "revised", "consistent", "not comparable", "no other position")
"""Verdicts in order of precedence: a claim whose position is in a conflict is ``conflicting`` whatever else."""

_VERDICT_OF_MOVE = {"conflict": "conflicting", "revision": "revised", "agreement": "consistent",
                    "gap": "not comparable", "update": "not comparable"}
_REASON = {"conflict": "another position of the same measure is stated at the same time",
           "revision": "another source states another value at another time",
           "agreement": "other sources state the same value",
           "gap": "a promise against a realisation",
           "update": "the figures refer to different dates",
           None: "no other source states a comparable value"}


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


def explain_comparison(row) -> str:
    """One sentence, for a reader, saying what two claims state and why they are (not) consistent."""
    get = row.get if hasattr(row, "get") else lambda k: getattr(row, k)

    def side(s):
        who, outlet = get('source_label_' + s), get('outlet_short_' + s)
        where = f"({get('published_' + s)})" if who == outlet else f"(in {outlet}, {get('published_' + s)})"
        return (f"{who} {where} gives "
                f"{format_amount(get('value_' + s), get('unit_' + s), hectares=True)} ('{get('surface_' + s)}', {get('status_' + s)}, "
                f"referring to {get('refers_' + s)})")

    family = get("metric_family").replace("_", " ")
    verdict = get("verdict")
    text = f"{family.capitalize()}: {side('a')}, while {side('b')}"
    if verdict == "conflicting":
        lo, hi = sorted([get("value_a"), get("value_b")])
        gap = (hi - lo) / lo if lo else math.inf
        return (f"{text}; these conflict: the higher figure is {format_percent(gap)} above the lower, beyond the "
                f"{format_percent(ROUNDING_TOLERANCE)} allowed for rounding.")
    if verdict == "consistent":
        return f"{text}; these are consistent: {get('reason')}."
    return f"{text}; these are not comparable: {get('reason')}."


def build_ledger_tables(claims: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """``figure_ledger.csv``, ``figure_moves.csv`` and ``figure_consistency.csv`` from the claims, in one pass."""
    ledger, positions, members = build_ledger(claims)
    moves = build_moves(positions)
    return {"figure_ledger.csv": ledger, "figure_moves.csv": moves,
            "figure_consistency.csv": build_consistency(claims, positions, moves, members)}


def _position_verdicts(positions: list[dict], moves: pd.DataFrame) -> pd.DataFrame:
    """Per position: verdict, reason, move ids and the sentences of the moves that decided the verdict."""
    moves_of: dict[str, list[dict]] = {}
    for move in moves[["move_id", "kind", "from_position", "to_position", "sentence"]].to_dict("records"):
        moves_of.setdefault(move["from_position"], []).append(move)
        if move["to_position"] != move["from_position"]:
            moves_of.setdefault(move["to_position"], []).append(move)
    rows = []
    for position in positions:
        own = moves_of.get(position["position_id"], [])
        verdict = min((_VERDICT_OF_MOVE[m["kind"]] for m in own), key=VERDICTS.index, default="no other position")
        chosen = [m for m in own if _VERDICT_OF_MOVE[m["kind"]] == verdict]
        rows.append({"position_id": position["position_id"], "verdict": verdict,
                     "reason": "; ".join(dict.fromkeys(_REASON[m["kind"]] for m in chosen)) or _REASON[None],
                     "move_ids": " ".join(m["move_id"] for m in own),
                     "explanation": " ".join(m["sentence"] for m in chosen)})
    return pd.DataFrame(rows, columns=["position_id", "verdict", "reason", "move_ids", "explanation"])


def build_consistency(claims: pd.DataFrame, positions: list[dict] | None = None, moves: pd.DataFrame | None = None,
                      members: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per claim of a measure stated by more than one source (file and actor), set against the positions
    of its measure (see the module docstring); the ledger and moves are computed when not given.
    Columns :data:`CONSISTENCY_COLUMNS`."""
    if positions is None or members is None:
        _, positions, members = build_ledger(claims)
    if moves is None:
        moves = build_moves(positions)
    if members.empty:
        return pd.DataFrame(columns=CONSISTENCY_COLUMNS)
    several = members.groupby("measure")["source"].transform("nunique") > 1
    table = members.loc[several].merge(_position_verdicts(positions, moves), on="position_id", how="left")
    if table.empty:
        return pd.DataFrame(columns=CONSISTENCY_COLUMNS)
    alone = table["explanation"] == ""
    table.loc[alone, "explanation"] = [
        f"{m.replace('_', ' ').capitalize()}: {who} ({when}) gives {format_amount(v, u, hectares=True)}; {why}."
        for m, who, when, v, u, why in zip(table.loc[alone, "measure"], table.loc[alone, "source_label"],
                                           table.loc[alone, "published"], table.loc[alone, "value"],
                                           table.loc[alone, "unit"], table.loc[alone, "reason"])]
    table = table.sort_values(["position_id"], kind="stable").reset_index(drop=True)
    table.insert(0, "comparison_id", [f"k{i + 1:04d}" for i in range(len(table))])
    return table[CONSISTENCY_COLUMNS]
