"""Hedges -> bounds: what a stated figure can mean, given its qualifier.

``value`` is the stated number, already normalised by :func:`helpers.extract.quantities.extract_quantities`; the
qualifier is the hedge the extractor found before it ("about", "nearly", "more than", a range...).

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
"""

from __future__ import annotations

import math

__all__ = ["hedge_bounds"]


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
