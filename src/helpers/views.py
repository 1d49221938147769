"""Views of the tables for people: article text as HTML with its stated quantities highlighted in place.

Article text is untrusted input (it was copied from web pages), so every piece of it is passed through
:func:`html.escape` before it reaches the HTML; only the tags written here (``<div>``, ``<p>``, ``<mark>``, ``<h4>``)
are markup. Offsets index the raw text, never the escaped one, so a mark wraps exactly ``text[start:end]``.
"""

from __future__ import annotations

import html
import re

import pandas as pd

_LINE = re.compile(r"[^\r\n]+")

OUTLET_VOICE = "the outlet"
"""What a mark's title says when nobody else states the figure (``actor`` empty): the outlet's own voice."""


def format_value(value, value_high=None) -> str:
    """``300``, ``2,800,000,000``, ``2.5``, or a range ``2–3``: the number as a reader would write it."""

    def one(v) -> str:
        v = float(v)
        return f"{v:,.0f}" if v.is_integer() else f"{v:,.6g}"

    if value_high is None or (isinstance(value_high, str) and not value_high.strip()) or pd.isna(value_high):
        return one(value)
    return f"{one(value)}–{one(value_high)}"


def quantity_label(row) -> str:
    """``value unit, qualifier, actor`` for one quantity (a mapping or a namedtuple-like row).

    An empty qualifier is left out; an empty actor is :data:`OUTLET_VOICE`.
    """
    get = row.get if hasattr(row, "get") else lambda key, default=None: getattr(row, key, default)
    value = format_value(get("value"), get("value_high", None))
    unit = str(get("unit", "") or "")
    parts = [f"{value} {unit}".strip()]
    qualifier = get("qualifier", "")
    if isinstance(qualifier, str) and qualifier.strip():
        parts.append(qualifier.strip())
    actor = get("actor", "")
    parts.append(actor.strip() if isinstance(actor, str) and actor.strip() else OUTLET_VOICE)
    return ", ".join(parts)


def _spans(text: str, quantities: pd.DataFrame) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of every quantity, in text order; raises ValueError on a bad or overlapping span."""
    if quantities is None or len(quantities) == 0:
        return []
    records = quantities.to_dict("records")
    spans = []
    for record in records:
        start, end = int(record["start"]), int(record["end"])
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span ({start}, {end}) is not inside a text of {len(text)} characters")
        spans.append((start, end, quantity_label(record)))
    spans.sort()
    for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
        if s2 < e1:
            raise ValueError(f"spans ({s1}, {e1}) and ({s2}, {e2}) overlap; a mark cannot hold another")
    return spans


def highlight_quantities(text: str, quantities: pd.DataFrame, *, title: str | None = None) -> str:
    """``text`` as HTML, one ``<p>`` per non-empty line, each quantity wrapped in ``<mark title="...">``.

    ``quantities`` has integer ``start`` and ``end`` (offsets into ``text``, end exclusive) and the columns of
    :func:`quantity_label` (``value``, ``value_high``, ``unit``, ``qualifier``, ``actor``; missing ones are left
    out of the title). Every piece of text and every title is HTML-escaped. A span that crosses a line break is
    marked in each paragraph it touches. ``title``, if given, is escaped and set as an ``<h4>`` above the text.
    Raises ValueError when a span lies outside the text or two spans overlap.
    """
    spans = _spans(text, quantities)
    parts = ['<div class="article-quantities">']
    if title is not None:
        parts.append(f"<h4>{html.escape(title)}</h4>")
    for line in _LINE.finditer(text):
        lo, hi = line.start(), line.end()
        if not text[lo:hi].strip():
            continue
        pieces, pos = [], lo
        for start, end, label in spans:
            if end <= lo or start >= hi:
                continue
            s, e = max(start, lo), min(end, hi)
            pieces.append(html.escape(text[pos:s]))
            pieces.append(f'<mark title="{html.escape(label, quote=True)}">{html.escape(text[s:e])}</mark>')
            pos = e
        pieces.append(html.escape(text[pos:hi]))
        parts.append(f"<p>{''.join(pieces).strip()}</p>")
    parts.append("</div>")
    return "\n".join(parts)
