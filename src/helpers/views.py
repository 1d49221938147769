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


def add_sentences(quantities: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Copy of ``quantities`` (columns ``file``, ``start``) with ``sentence``: the sentence of its article that holds
    each quantity (sentence rules of :func:`helpers.extract.speakers.sentences`, which never split a quotation)."""
    from helpers.extract.speakers import sentence_at, sentences

    cache: dict[str, list[tuple[int, int]]] = {}
    found = []
    for file, start in zip(quantities["file"], quantities["start"]):
        text = texts[file]
        if file not in cache:
            cache[file] = sentences(text)
        s, e = sentence_at(text, int(start), cache[file])
        found.append(text[s:e])
    return quantities.assign(sentence=pd.Series(found, index=quantities.index, dtype="str"))


def figures_by_speaker_chart(quantities: pd.DataFrame, articles: pd.DataFrame):
    """Horizontal stacked bars: how many figures each speaker states (``actor``; empty = the outlet's own voice),
    split by ``kind`` (money, count, ...), each kind with its own colour and hatching (readable in greyscale).
    The source note names the articles the figures come from. Returns the Figure (nothing is saved)."""
    import matplotlib.pyplot as plt

    from helpers.charts.style import SEQUENCE, add_source_note, format_source_list

    table = figures_by_speaker_table(quantities)
    kinds = [c for c in table.columns if c != "total"]
    hatches = ["", "//", "..", "\\\\", "xx", "--", "++", "oo"]
    figure, ax = plt.subplots()
    left = pd.Series(0, index=table.index, dtype="int64")
    y = range(len(table))
    for i, kind in enumerate(kinds):
        values = table[kind]
        _ = ax.barh(y, values, left=left, color=SEQUENCE[i % len(SEQUENCE)], hatch=hatches[i % len(hatches)],
                    edgecolor="white", linewidth=0.5, label=kind)
        for j, (v, l) in enumerate(zip(values, left)):
            if v:
                ax.text(l + v / 2, j, str(int(v)), ha="center", va="center", fontsize=9, color="black",
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
        left = left + values
    ax.set_yticks(list(y), list(table.index))
    ax.invert_yaxis()
    ax.set_xlabel("figures stated in the article bodies")
    ax.set_xlim(0, max(int(table["total"].max()) + 1, 1))
    ax.legend(title="kind", loc="lower right", frameon=False, fontsize=9)
    ax.set_title("Who states the figures: mostly the outlets themselves")
    figure.subplots_adjust(bottom=0.2, left=0.25)
    add_source_note(figure, format_source_list(articles.loc[articles["file"].isin(set(quantities["file"]))]))
    return figure


SPEAKER_OUTLET = "the outlet (own voice)"


def figures_by_speaker_table(quantities: pd.DataFrame) -> pd.DataFrame:
    """Counts of figures by speaker (rows; :data:`SPEAKER_OUTLET` for an empty ``actor``) and ``kind`` (columns,
    most frequent first), with ``total``; rows sorted by total (descending), then name."""
    speaker = quantities["actor"].fillna("").map(lambda a: a.strip() or SPEAKER_OUTLET)
    table = pd.crosstab(speaker.rename("speaker"), quantities["kind"].rename("kind"))
    order = table.sum().sort_values(ascending=False, kind="stable")
    table = table[sorted(table.columns, key=lambda k: (-order[k], k))]
    table.columns.name = None
    table["total"] = table.sum(axis=1)
    return (table.assign(_order=-table["total"]).reset_index()
            .sort_values(["_order", "speaker"], kind="stable").set_index("speaker").drop(columns="_order"))
