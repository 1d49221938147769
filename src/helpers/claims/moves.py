"""The moves between the positions of a measure (:mod:`helpers.claims.ledger`), over time, each with a sentence.

Per measure and unit, positions are taken in order of first publication (at the same date: promise, unmarked,
historical, count). Each position is compared with the one before it, and classified:

- **gap** -- one is a promise and the other a realisation (a count): the ratio of the count to the promise, with the
  date of each. A count is also set against the latest earlier promise when the position just before it is not a
  promise, so that every count meets the promise it answers;
- **conflict** -- otherwise, when the two are stated at the same time (their publication dates overlap);
- **update** -- otherwise, for a measure that changes with time (jobs, trade, flights...), when neither is a
  promise and the dates they refer to do not overlap: a later figure for a later date, not a correction;
- **revision** -- otherwise: a later source states another value for the same thing (the change as a ratio).

And each position that more than one source states is an **agreement** (its first source and the others).

Cost: linear in the number of positions once they are sorted (one pass, one pointer to the latest promise).
"""

from __future__ import annotations

import math

import pandas as pd

from helpers.charts.format import format_number, format_percent, format_ratio, format_range
from helpers.claims.ledger import STATUS_ORDER
from helpers.claims.measure import TIME_VARYING_FAMILIES

__all__ = ["MOVE_KINDS", "MOVE_COLUMNS", "classify_move", "build_moves", "move_sentence", "headline"]

MOVE_KINDS = ("revision", "gap", "conflict", "agreement", "update")

MOVE_COLUMNS = ["move_id", "measure", "unit", "kind", "from_position", "to_position", "from_value", "to_value",
                "from_status", "to_status", "from_published", "to_published", "from_sources", "to_sources", "ratio",
                "sentence"]

SOURCES_NAMED = 3
"""A sentence names at most this many sources of a position, then counts the others."""

_STATUS_WORDS = {"promised": "promised", "realised": "counted", "historical": "in the past", "unmarked": "stated"}


def _value(position: dict) -> float:
    """The single number a position stands for: its value, or the middle of its range."""
    low, high = position["value_low"], position["value_high"]
    return low if low == high or not math.isfinite(high) else (low + high) / 2


def _overlap(a: dict, b: dict) -> bool:
    """Whether two positions were stated at the same time (their publication spans overlap)."""
    return a["_first"] <= b["_last"] and b["_first"] <= a["_last"]


def classify_move(before: dict, after: dict) -> str:
    """``gap``, ``conflict``, ``update`` or ``revision`` for two positions of one measure, ``before`` first
    published first (see the module docstring)."""
    if {before["status"], after["status"]} == {"promised", "realised"}:
        return "gap"
    if _overlap(before, after):
        return "conflict"
    if (before["_family"] in TIME_VARYING_FAMILIES and "promised" not in (before["status"], after["status"])
            and not (before["_refers_first"] <= after["_refers_last"] and after["_refers_first"] <= before["_refers_last"])):
        return "update"
    return "revision"


def _name(measure: str) -> str:
    return measure.replace("_", " ").capitalize()


def status_word(status: str, unit: str) -> str:
    """How a status reads in a sentence: ``promised``, ``counted`` (a realised count), ``realised``, ``in the
    past``, ``stated`` (unmarked)."""
    if status == "realised":
        return "counted" if unit == "count" else "realised"
    return _STATUS_WORDS.get(status, status)


def _of_promise(ratio: float) -> str:
    """``a third of the promise``, ``1.33 times the promise``."""
    words = format_ratio(ratio)
    return f"{words} the promise" if words.endswith("times") else f"{words} of the promise"


def _says(position: dict) -> str:
    """``AWEX (2018-12) gives 75 million EUR (promised)``; several sources are joined by "and" and ``give``."""
    sources = position["sources"].split("; ", SOURCES_NAMED)
    if len(sources) > SOURCES_NAMED:
        sources[-1] = f"{position['sources'].count('; ') + 1 - SOURCES_NAMED} more"
    who = sources[0] if len(sources) == 1 else ", ".join(sources[:-1]) + " and " + sources[-1]
    value = format_range(position["value_low"], position["value_high"], position["unit"], hectares=True)
    verb = "gives" if len(sources) == 1 else "give"
    return f"{who} {verb} {value} ({status_word(position['status'], position['unit'])})"


def move_sentence(kind: str, before: dict, after: dict, ratio: float) -> str:
    """One sentence for a reader, generated from the two positions of a move and its ratio (``after / before``;
    for a gap, count / promise)."""
    name = _name(before["measure"])
    if kind == "agreement":
        return f"{name}: {before['n_sources']} sources agree: {_says(before)}."
    if kind == "gap":
        promise, count = (before, after) if before["status"] == "promised" else (after, before)
        what = "the count" if count["unit"] == "count" else "the realised figure"
        return f"{name}: {_says(promise)}; {_says(count)}: {what} is {_of_promise(ratio)} (ratio {format_number(ratio, 2)})."
    change = _change(ratio)
    if kind == "conflict":
        return f"{name}: at the same time, {_says(before)}, while {_says(after)}: they disagree, {change}."
    if kind == "update":
        return f"{name}: {_says(before)}; for a later date, {_says(after)}: {change}."
    return f"{name}: {_says(before)}; later, {_says(after)}: a revision, {change}."


def _change(ratio: float) -> str:
    if not math.isfinite(ratio):
        return "from zero"
    if ratio >= 1:
        return f"{format_percent(ratio - 1)} more"
    return f"{format_percent(1 - ratio)} less"


def _move(kind: str, before: dict, after: dict) -> dict:
    if kind == "gap":
        promise, count = (before, after) if before["status"] == "promised" else (after, before)
        ratio = _value(count) / _value(promise) if _value(promise) else math.inf
    elif kind == "agreement":
        ratio = 1.0
    else:
        ratio = _value(after) / _value(before) if _value(before) else math.inf
    return {
        "measure": before["measure"], "unit": before["unit"], "kind": kind,
        "from_position": before["position_id"], "to_position": after["position_id"],
        "from_value": format_range(before["value_low"], before["value_high"], before["unit"]),
        "to_value": format_range(after["value_low"], after["value_high"], after["unit"]),
        "from_status": before["status"], "to_status": after["status"],
        "from_published": before["first_published"], "to_published": after["first_published"],
        "from_sources": before["sources"], "to_sources": after["sources"],
        "ratio": round(ratio, 4) if math.isfinite(ratio) else ratio,
        "sentence": move_sentence(kind, before, after, ratio),
    }


def _group_moves(group: list[dict]) -> list[dict]:
    """The moves of one measure and unit (``group`` in time order)."""
    moves, latest_promise = [], None
    for i, after in enumerate(group):
        if after["n_sources"] > 1:
            moves.append(_move("agreement", after, after))
        if i:
            before = group[i - 1]
            moves.append(_move(classify_move(before, after), before, after))
            if (after["status"] == "realised" and before["status"] != "promised" and latest_promise is not None):
                moves.append(_move("gap", latest_promise, after))
        if after["status"] == "promised":
            latest_promise = after
    return moves


def build_moves(positions: list[dict]) -> pd.DataFrame:
    """The moves (columns :data:`MOVE_COLUMNS`) between the positions of :func:`helpers.claims.ledger.build_ledger`,
    measure by measure, in time order; ids ``m0001``..."""
    groups: dict[tuple, list[dict]] = {}
    for position in positions:
        groups.setdefault((position["measure"], position["unit"]), []).append(position)
    moves = []
    for key in sorted(groups):
        group = sorted(groups[key], key=lambda p: (p["_first"], STATUS_ORDER.get(p["status"], 9), p["value_low"],
                                                   p["position_id"]))
        moves += _group_moves(group)
    if not moves:
        return pd.DataFrame(columns=MOVE_COLUMNS)
    table = pd.DataFrame(moves)
    table.insert(0, "move_id", [f"m{i + 1:04d}" for i in range(len(table))])
    return table[MOVE_COLUMNS]


def headline(moves: pd.DataFrame, measure: str) -> str:
    """A chart title stating what happened to one measure, from its moves: the last gap, else the last revision
    or conflict, else the agreement; ``one position only`` when nothing moved."""
    rows = moves.loc[moves["measure"] == measure]
    name = _name(measure)
    for kind in ("gap", "revision", "conflict", "update", "agreement"):
        part = rows.loc[rows["kind"] == kind]
        if len(part):
            row = part.iloc[-1]
            return _title(kind, name, row)
    return f"{name}: one position only"


def _title(kind: str, name: str, row) -> str:
    if kind == "gap":
        promise, count = ((row["from_value"], row["to_value"]) if row["from_status"] == "promised"
                          else (row["to_value"], row["from_value"]))
        when = row["to_published"] if row["to_status"] == "realised" else row["from_published"]
        done = status_word("realised", row["unit"])
        return f"{name}: {count} {done} in {when} against {promise} promised ({_of_promise(row['ratio'])})"
    if kind == "revision":
        return f"{name}: {row['from_value']} ({row['from_published']}) revised to {row['to_value']} ({row['to_published']})"
    if kind == "conflict":
        return f"{name}: sources disagree, {row['from_value']} against {row['to_value']} ({row['to_published']})"
    if kind == "update":
        return f"{name}: {row['from_value']} ({row['from_published']}), then {row['to_value']} ({row['to_published']})"
    return f"{name}: {row['from_value']}, agreed by {row['from_sources'].count(';') + 1} sources"

