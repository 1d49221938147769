"""The ledger: per measure, the positions the sources take, and (:mod:`helpers.claims.moves`) how they moved.

A *position* is a value (or range) of one measure, in one unit, with one status (promised, realised, historical or
unmarked), that one or more claims state: claims of the same measure, unit and status whose bounds agree (overlap,
allowing :data:`ROUNDING_TOLERANCE` for rounding) are one position. Each position keeps its stated value or range,
its first and last publication date, its sources (outlet and date), its speakers and the claims behind it.

The *measure* of a claim is its metric family (``jobs_created`` and ``jobs_expected`` are both ``jobs``), except
for trade, where each flow (``exports_belgium_air_change``...) is its own measure. Periods and figures of no known
measure (``other_*``) have no ledger.

Cost: claims are sorted once (by measure, unit, status and lower bound) and swept once, so the ledger is
O(n log n) in the number of claims and never compares claims pairwise.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import pandas as pd

from helpers.charts.format import format_range
from helpers.extract.dates import publication_interval

__all__ = ["ROUNDING_TOLERANCE", "STATUS_ORDER", "LEDGER_COLUMNS", "measure_key", "enters_ledger", "ledger_claims",
           "build_positions", "source_phrase", "build_ledger"]

ROUNDING_TOLERANCE = 0.02
"""Two figures whose bounds are within 2% of each other are the same figure, rounded."""

STATUS_ORDER = {"promised": 0, "unmarked": 1, "historical": 2, "realised": 3}
"""Order of statuses published at the same time: the promise first, the count last."""

LEDGER_COLUMNS = ["position_id", "measure", "status", "unit", "value_low", "value_high", "value", "first_published",
                  "last_published", "n_claims", "n_sources", "sources", "speakers", "claim_ids"]


def measure_key(metric: str, family: str) -> str:
    """The measure a claim is put in the ledger under: its family, or its own metric for a trade flow."""
    return metric if family == "trade" else family


@lru_cache(maxsize=4096)
def _interval(published: str) -> tuple[str, str]:
    """``(first, last)`` ISO days of a catalog publication date (``2021-05`` -> 2021-05-01, 2021-05-31)."""
    first, last, _precision = publication_interval(str(published))
    return first.isoformat(), last.isoformat()


def source_phrase(actor: str, outlet: str, published: str) -> str:
    """``AWEX (2018-12)`` for an outlet's own voice, ``Michel Kempeneers (RTL-TVI, 2023-02)`` for a speaker."""
    return f"{actor} ({outlet}, {published})" if actor else f"{outlet} ({published})"


def enters_ledger(claims: pd.DataFrame) -> pd.Series:
    """Whether each claim enters the ledger: a known measure, not a period (the ledger, moves and consistency
    tables read no other claim)."""
    return ~claims["metric_family"].isin(["period"]) & ~claims["metric"].str.startswith("other_")


def ledger_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims that enter the ledger (:func:`enters_ledger`), with ``measure``, ``pub_first``,
    ``pub_last`` and ``source`` (file and actor) added, sorted for the sweep of :func:`build_positions`."""
    usable = claims.loc[enters_ledger(claims)]
    if usable.empty:
        return usable.assign(measure=[], pub_first=[], pub_last=[], source=[], status_rank=[])
    intervals = [_interval(p) for p in usable["published"]]
    actor = usable["actor"].fillna("")
    return (usable.assign(
                measure=[measure_key(m, f) for m, f in zip(usable["metric"], usable["metric_family"])],
                pub_first=[i[0] for i in intervals], pub_last=[i[1] for i in intervals],
                source=usable["file"] + "|" + actor, actor=actor,
                status_rank=usable["status"].map(STATUS_ORDER).fillna(9))
            .sort_values(["measure", "unit", "status", "bound_low", "bound_high", "pub_first", "file", "start"],
                         kind="stable")
            .reset_index(drop=True))


def _agrees(high: float, low: float) -> bool:
    """Whether a claim whose lower bound is ``low`` joins a position whose upper bound is ``high`` (claims arrive
    in order of lower bound): they overlap, or miss each other by at most the rounding tolerance."""
    if low <= high:
        return True
    scale = max(abs(high), abs(low), 1e-12)
    return (low - high) / scale <= ROUNDING_TOLERANCE


def _position_numbers(usable: pd.DataFrame) -> np.ndarray:
    """The position number of each row of :func:`ledger_claims` (sorted by measure, unit, status, lower bound): one
    sweep; a claim joins the open position when its key is the same and its bounds agree (:func:`_agrees`)."""
    keys = (usable["measure"] + "|" + usable["unit"] + "|" + usable["status"]).tolist()
    lows, highs = usable["bound_low"].tolist(), usable["bound_high"].tolist()
    numbers = np.empty(len(keys), dtype=np.int64)
    current, key, high = -1, None, -math.inf
    for i, (claim_key, low, claim_high) in enumerate(zip(keys, lows, highs)):
        if claim_key == key and _agrees(high, low):
            high = max(high, claim_high)
        else:
            current, key, high = current + 1, claim_key, claim_high
        numbers[i] = current
    return numbers


def _joined(frame: pd.DataFrame, column: str) -> pd.Series:
    """Distinct non-empty values of ``column`` per position, in the frame's order, joined by "; "."""
    part = frame.loc[frame[column] != "", ["_pos", column]].drop_duplicates()
    return part.groupby("_pos", sort=True)[column].agg("; ".join)


def _positions(members: pd.DataFrame) -> list[dict]:
    """One record per position (ledger columns plus the ``_``-prefixed fields the moves read), from the claims with
    their position number ``_pos``, sorted by position and publication."""
    group = members.groupby("_pos", sort=True)
    values = pd.concat([members["value"], members["value_high"]], axis=1)
    firsts = group[["measure", "status", "unit", "metric_family", "published"]].first()
    lasts = members.sort_values(["_pos", "pub_last", "pub_first"], kind="stable").groupby("_pos")["published"].last()
    table = pd.DataFrame({
        "measure": firsts["measure"], "status": firsts["status"], "unit": firsts["unit"],
        "value_low": values.min(axis=1).groupby(members["_pos"]).min(),
        "value_high": values.max(axis=1).groupby(members["_pos"]).max(),
        "first_published": firsts["published"], "last_published": lasts,
        "n_claims": group.size(), "n_sources": group["source"].nunique(),
        "sources": _joined(members, "_phrase"), "speakers": _joined(members, "actor"),
        "claim_ids": group["claim_id"].agg(" ".join),
        "_first": group["pub_first"].min(), "_last": group["pub_last"].max(),
        "_refers_first": group["refers_earliest"].min(),
        "_refers_last": members["refers_latest"].replace("", "9999-12-31").groupby(members["_pos"]).max(),
        "_family": firsts["metric_family"],
    })
    table["speakers"] = table["speakers"].fillna("")
    table["value"] = [format_range(lo, hi, unit) for lo, hi, unit in
                      zip(table["value_low"], table["value_high"], table["unit"])]
    table["_pos"] = table.index
    return table.to_dict("records")


def build_positions(usable: pd.DataFrame) -> tuple[list[dict], pd.DataFrame]:
    """``(positions, members)``: the positions of :func:`ledger_claims`' rows in ledger order (measure, unit, first
    publication, status, value) with ids ``p0001``..., and the claims with the ``position_id`` they belong to
    (sorted by position, then publication)."""
    if usable.empty:
        return [], usable.assign(position_id=[])
    members = usable.assign(
        _pos=_position_numbers(usable),
        _phrase=[source_phrase(a, o, p) for a, o, p in zip(usable["actor"], usable["outlet_short"],
                                                            usable["published"])])
    members = members.sort_values(["_pos", "pub_first", "pub_last", "file", "start"], kind="stable")
    positions = _positions(members)
    positions.sort(key=lambda p: (p["measure"], p["unit"], p["_first"], STATUS_ORDER.get(p["status"], 9),
                                  p["value_low"], p["claim_ids"]))
    ids = {}
    for number, position in enumerate(positions, start=1):
        position["position_id"] = ids[position["_pos"]] = f"p{number:04d}"
    members = members.assign(position_id=members["_pos"].map(ids)).drop(columns=["_pos", "_phrase"])
    return positions, members


def build_ledger(claims: pd.DataFrame) -> tuple[pd.DataFrame, list[dict], pd.DataFrame]:
    """``(figure_ledger table, positions, members)``: the table (columns :data:`LEDGER_COLUMNS`), the position
    records that :func:`helpers.claims.moves.build_moves` reads, and the claims with their ``position_id``."""
    positions, members = build_positions(ledger_claims(claims))
    if not positions:
        return pd.DataFrame(columns=LEDGER_COLUMNS), [], members
    return pd.DataFrame(positions)[LEDGER_COLUMNS], positions, members
