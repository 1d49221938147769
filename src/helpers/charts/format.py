"""The one number formatter of the project: every figure a reader sees (prose, tables, chart labels) is written here.

Rules: thousands separators (``220,000``), never scientific notation, never a raw float (``6.000000e+07``,
``-60000000.0``); money in millions or billions with its currency (``75 million EUR``); areas in m² everywhere
(tables and charts alike), with hectares in brackets only in prose when asked (``220,000 m² (22 ha)``); shares as
percentages (``45%``); a true minus sign (``−60 million EUR``). Nothing here reads files or depends on the locale.
"""

from __future__ import annotations

import math

__all__ = ["CURRENCIES", "UNIT_NAMES", "format_number", "format_amount", "format_range", "format_percent",
           "format_ratio", "unit_label", "scale_for"]

CURRENCIES = ("EUR", "USD", "CNY", "GBP", "JPY", "CHF", "HKD")
"""Units written as money (``75 million EUR``)."""

UNIT_NAMES = {"m2": "m²", "count": "", "percent": "%", "hour": "hours", "day": "days", "week": "weeks",
              "month": "months", "year": "years", "tonne": "tonnes", "kg": "kg", "ha": "ha"}
"""How a unit of the tables is written for a reader (``count`` is written as nothing: ``300``)."""

MINUS = "−"


def format_number(value: float, digits: int = 3) -> str:
    """``300``, ``220,000``, ``2.5``, ``0.45``: at most ``digits`` significant digits after the point for a
    fraction, thousands separators, never scientific notation; ``∞`` for an unbounded value, ``–`` for NaN."""
    value = float(value)
    if math.isnan(value):
        return "–"
    if math.isinf(value):
        return "∞" if value > 0 else f"{MINUS}∞"
    sign = MINUS if value < 0 else ""
    size = abs(value)
    if size == 0 or size >= 1 and float(size).is_integer():
        return f"{sign}{size:,.0f}"
    magnitude = math.floor(math.log10(size))
    decimals = max(0, digits - 1 - magnitude)
    text = f"{size:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{sign}{text}" if text != "0" else "0"


def scale_for(value: float, unit: str) -> tuple[float, str]:
    """``(divisor, word)`` to write ``value`` of ``unit`` in: ``(1e6, "million")`` for 75,000,000 EUR, ``(1, "")``
    otherwise (only money is scaled; areas stay in m² so that tables and charts use the same unit)."""
    if unit in CURRENCIES:
        size = abs(value) if math.isfinite(value) else 0.0
        if size >= 1e9:
            return 1e9, "billion"
        if size >= 1e6:
            return 1e6, "million"
    return 1.0, ""


def unit_label(unit: str, scale_word: str = "") -> str:
    """``million EUR``, ``m²``, ``hours``, ``%``, '' (counts): the unit as a reader reads it."""
    name = unit if unit in CURRENCIES else UNIT_NAMES.get(unit, unit)
    return " ".join(part for part in (scale_word, name) if part)


def format_amount(value: float, unit: str, signed: bool = False, hectares: bool = False) -> str:
    """A value in its unit for a reader: ``75 million EUR``, ``2.8 billion USD``, ``220,000 m²`` (``220,000 m² (22
    ha)`` with ``hectares``), ``300`` (a count), ``98%``, ``72 hours``; ``+600 million EUR`` if ``signed``."""
    value = float(value)
    if math.isnan(value):
        return "–"
    if math.isinf(value):
        return "no upper limit" if value > 0 else "no lower limit"
    sign = ("+" if value > 0 else MINUS if value < 0 else "") if signed else (MINUS if value < 0 else "")
    size = abs(value)
    divisor, word = scale_for(size, unit)
    number = format_number(size / divisor)
    if unit == "percent":
        return f"{sign}{number}%"
    label = unit_label(unit, word)
    text = f"{sign}{number}" + (f" {label}" if label else "")
    if unit == "m2" and hectares and size >= 1e4:
        text += f" ({format_number(size / 1e4)} ha)"
    return text


def format_range(low: float, high: float, unit: str, hectares: bool = False) -> str:
    """``300`` when ``low == high``, else ``270–300`` (one unit, written once): ``75–100 million EUR``; an
    open bound reads ``at least 300`` or ``at most 72 hours``."""
    low, high = float(low), float(high)
    if low == high or math.isnan(high):
        return format_amount(low, unit, hectares=hectares)
    if math.isinf(high):
        return f"at least {format_amount(low, unit, hectares=hectares)}"
    if math.isinf(low) or (low == 0 and unit != "percent"):
        return f"at most {format_amount(high, unit, hectares=hectares)}"
    divisor, word = scale_for(max(abs(low), abs(high)), unit)
    label = "%" if unit == "percent" else unit_label(unit, word)
    text = f"{format_number(low / divisor)}–{format_number(high / divisor)}"
    return text + ("" if not label else label if label == "%" else f" {label}")


def format_percent(share: float, digits: int = 0) -> str:
    """A share (0.4483) as a percentage for a reader: ``45%`` (``44.8%`` with ``digits=1``)."""
    share = float(share)
    if math.isnan(share):
        return "–"
    return f"{share * 100:.{digits}f}%".replace("-", MINUS)


def format_ratio(ratio: float) -> str:
    """A ratio of two figures for prose: ``a third`` of, ``half``, else ``33%`` of (below 1) or ``1.3 times``."""
    if not math.isfinite(ratio):
        return "an unbounded multiple"
    named = {0.5: "half", 1 / 3: "a third", 0.25: "a quarter", 2 / 3: "two thirds", 0.75: "three quarters"}
    for share, word in named.items():
        if abs(ratio - share) < 0.005:
            return word
    if ratio < 1:
        return format_percent(ratio)
    return f"{format_number(ratio, 2)} times"
