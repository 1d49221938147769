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

    from helpers.charts.style import add_source_note, colour_of, format_source_list

    table = figures_by_speaker_table(quantities)
    kinds = [c for c in table.columns if c != "total"]
    hatches = {"money": "", "count": "//", "area": "..", "percent": "\\\\", "duration": "xx", "mass": "--"}
    figure, ax = plt.subplots()
    left = pd.Series(0, index=table.index, dtype="int64")
    y = range(len(table))
    for i, kind in enumerate(kinds):
        values = table[kind]
        _ = ax.barh(y, values, left=left, color=colour_of(kind), hatch=hatches.get(kind, "++"),
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


# -- tables for readers -------------------------------------------------------------------------------------------

READER_COLUMNS_MAX = 8
"""A table meant for people has at most this many columns."""

_READER_STYLE = ("<style>table.reader{border-collapse:collapse;font-size:0.9em;max-width:100%}"
                 "table.reader th,table.reader td{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left;"
                 "vertical-align:top;white-space:normal;max-width:36em;text-align:left!important}"
                 "table.reader td.num{text-align:right!important;white-space:nowrap}"
                 "table.reader mark{background:#fde8c8}"
                 "</style>")


def article_names(articles: pd.DataFrame) -> dict[str, str]:
    """``file -> "Outlet (published)"``: how an article is named for a reader (never by its file name)."""
    return {f: f"{o} ({p})" for f, o, p in zip(articles["file"], articles["outlet_short"], articles["published"])}


def _cell(row: dict, column: str, units: str | None, names: dict, mark: tuple[str, str] | None) -> tuple[str, bool]:
    """The HTML of one cell and whether it is a number (right-aligned)."""
    from helpers.charts.format import format_amount, format_number

    value = row[column]
    if column == "file":
        return html.escape(names.get(value, str(value))), False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        unit = row.get(units, "") if units else ""
        text = format_amount(value, unit) if unit else format_number(value)
        return html.escape(text), True
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    if mark and column == mark[0] and str(row.get(mark[1], "")) and str(row[mark[1]]) in text:
        before, figure, after = text.partition(str(row[mark[1]]))
        return f"{html.escape(before)}<mark>{html.escape(figure)}</mark>{html.escape(after)}", False
    return html.escape(text), False


def reader_table(table: pd.DataFrame, columns: dict[str, str], articles: pd.DataFrame | None = None,
                 units: str | None = None, mark: tuple[str, str] | None = None):
    """A table for people, as an IPython HTML object: the ``columns`` kept and renamed (``{column: heading}``, at
    most :data:`READER_COLUMNS_MAX`), numbers written by :mod:`helpers.charts.format` (in the unit of column
    ``units`` if given: ``75 million EUR``, ``220,000 m²``; never ``7.5e+07``), a ``file`` column named by outlet
    and date, long text wrapped, and in column ``mark[0]`` the figure of column ``mark[1]`` marked."""
    from IPython.display import HTML

    if len(columns) > READER_COLUMNS_MAX:
        raise ValueError(f"{len(columns)} columns; a reader's table has at most {READER_COLUMNS_MAX}")
    names = article_names(articles) if articles is not None else {}
    head = "".join(f"<th>{html.escape(h)}</th>" for h in columns.values())
    body = []
    for row in table.to_dict("records"):
        cells = [_cell(row, c, units, names, mark) for c in columns]
        body.append("<tr>" + "".join(f'<td class="num">{t}</td>' if n else f"<td>{t}</td>" for t, n in cells)
                    + "</tr>")
    return HTML(f'{_READER_STYLE}<table class="reader"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}'
                "</tbody></table>")
