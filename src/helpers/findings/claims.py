"""Findings of notebook 04 (claims compared across sources), written from ``claims.csv``,
``figure_moves.csv`` (the ledger), ``figure_consistency.csv``, ``flows.csv`` and ``timeline.csv``."""

from __future__ import annotations

from pathlib import Path

from helpers.findings.common import bullets, count, format_amount, join, numbers, pick_moves, read_table, top
from helpers.io.paths import PROCESSED_DIR


def claim_findings(processed_dir: Path = PROCESSED_DIR) -> str:
    """Markdown bullets: what the claims measure, each cross-source verdict, the trade flows, the timeline."""
    claims = read_table(processed_dir, "claims.csv")
    if claims.empty:
        return bullets(["The articles state no figure, so there is no claim to compare."])
    families = claims["metric_family"].replace("", "other").str.replace("_", " ").value_counts()
    coded = claims.loc[claims["metric_source"] == "coded"]
    lines = [
        f"The articles state {count(len(claims), 'figure')} in {count(claims['file'].nunique(), 'article')}, read "
        f"as claims about {top(families, 6)}."
        + (f" For the {len(coded)} hand-coded ones, the keyword rules give the coded metric "
           f"{int((coded['metric'] == coded['metric_rule']).sum())} times." if len(coded) else
           " None is hand-coded: every metric comes from the keyword rules."),
    ]
    lines.extend(_moves(read_table(processed_dir, "figure_moves.csv"), read_table(processed_dir, "figure_consistency.csv")))
    lines.append(_flows(read_table(processed_dir, "flows.csv")))
    lines.append(_timeline(read_table(processed_dir, "timeline.csv")))
    return bullets(lines)


def _moves(moves, consistency) -> list[str]:
    if moves.empty:
        return ["No measure is stated by two sources or at two times, so no figure moves."]
    kinds = moves["kind"].value_counts()
    verdicts = consistency["verdict"].value_counts() if len(consistency) else {}
    lines = [f"The figure ledger has {count(len(moves), 'move')} between positions: "
             f"{join(f'{n} {kind}' for kind, n in sorted(kinds.items()))}"
             + (f"; claim by claim, {join(f'{n} {verdict}' for verdict, n in sorted(verdicts.items()))}." if len(verdicts) else ".")]
    shown, more = pick_moves(moves)
    for row in shown.itertuples():
        lines.append(f"**{row.kind.capitalize()}.** {row.sentence}")
    if more:
        lines.append(more[0].upper() + more[1:])
    return lines


def _flows(flows) -> str:
    if flows.empty:
        return "No article states a trade flow between places."
    flows = numbers(flows, "signed_value")
    sources = sorted({f"{row.source_label or row.outlet_short} ({row.published})" for row in flows.itertuples()})
    described = "; ".join(
        f"{row.direction}{' (' + row.mode + ')' if row.mode else ''}: "
        f"{format_amount(row.signed_value, row.unit, signed=True)}"
        + (f" over {row.period_earliest}..{row.period_latest}" if row.period_earliest else "")
        for row in flows.itertuples())
    return f"{count(len(flows), 'trade-flow claim')}, from {join(sources)}: {described}."


def _timeline(timeline) -> str:
    if timeline.empty:
        return "The articles date no event."
    ordered = timeline.sort_values(["earliest", "event_id"])
    first, last = ordered.iloc[0], ordered.iloc[-1]
    sources = timeline["source"].value_counts()
    return (f"The articles date {count(len(timeline), 'event')}, from {_event(first)} to {_event(last)}; "
            + join(f"{n} {'hand-coded' if source == 'coded' else 'found by the date rules'}"
                   for source, n in sorted(sources.items())) + ".")


def _event(row) -> str:
    return f"{row['earliest']} ({row['event_type'].replace('_', ' ')}, {row['date_surface']!r}, {row['outlet_short']})"
