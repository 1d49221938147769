"""Errors of who states a figure and of quotation attribution, one line each, from a kept run of
``bench/bench_reading.py`` (``--keep DIR``), on the development texts only.

For every coded quantity with a matched prediction whose speaker disagrees (``Q``), every matched quotation in
marks whose speaker disagrees (``A``), and (``--only measure`` / ``--only status``) every matched quantity whose
``claims.csv`` measure (``M``: coded measure and ``per`` against the predicted metric) or status (``S``: coded
against predicted status, with the coded measure) disagrees, it prints the file, the offset, the coded and the predicted speaker (and for a
quotation the rule that decided) and the sentence around the span (``[[...]]`` marks the span, ``/`` a line break).
It first prints the speaker, named speaker and quotation scores of the texts read (the development split of
``bench_reading.split_of``: the held-out texts are never listed).

    .venv/bin/python bench/bench_reading.py --keep /tmp/reading
    .venv/bin/python bench/reading_errors.py /tmp/reading [--lang nl] [--only quantities|quotes|measure|status|direct|reported] [--new]

``--only direct`` lists instead the quotations in marks that do not match: ``P`` a predicted direct or mixed
quotation no coded one matches (a precision miss), ``R`` a coded one no prediction matches (a recall miss).
``--only reported`` lists ``M`` the coded reported clauses no predicted row covers. ``--new`` restricts every
listing to the round-3 development texts (en/nl 17-22, fr/de 21-24).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_reading as br  # noqa: E402

ROWS = ("speaker", "named speaker", "direct P", "direct R", "attribution", "reported R")
CLAIM_ROWS = ("measure", "status", "jobs status")


def _context(text: str, start: int, end: int, width: int = 160) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return (text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).replace("\n", "/")


def _claim_errors(which: str, gold_q: pd.DataFrame, tables: dict, read: dict, langs: list) -> None:
    """One line per matched quantity whose measure (``which = "measure"``) or status disagrees with its code."""
    pred = tables["quantities.csv"]
    claims = {(r["file"], str(r["start"]), str(r["end"])): r for r in tables["claims.csv"].to_dict("records")}
    for gi, pi in br.match(gold_q, pred):
        g, p = gold_q.loc[gi], pred.loc[pi]
        if g["lang"] not in langs:
            continue
        claim = claims.get((p["file"], str(p["start"]), str(p["end"])), {})
        metric, per = claim.get("metric", ""), str(g.get("per", "") or "").strip()
        if which == "measure" and g.get("measure", ""):
            if br.measure_of_metric(metric) == g["measure"] and br.is_rate(metric) == bool(per):
                continue
            said = f"coded={g['measure']}{'/' + per if per else ''} predicted={metric!r}"
        elif which == "status" and g.get("status", ""):
            if claim.get("status", "") == g["status"]:
                continue
            said = (f"coded={g['status']} predicted={claim.get('status', '')!r} cue={claim.get('status_cue', '')!r} "
                    f"measure={g.get('measure', '')}")
        else:
            continue
        print(f"{which[0].upper()} {g['file']} {g['start']}: {said} :: "
              f"{_context(read[g['file']], int(g['start']), int(g['end']))}\n")


def _is_new(file: str) -> bool:
    """A round-3 development text (en/nl 17-22, fr/de 21-24)."""
    n, lang = int(file.split("_")[1]), file[:2]
    return (lang in ("en", "nl") and 17 <= n <= 22) or (lang in ("fr", "de") and 21 <= n <= 24)


def _misses(kind: str, gold: pd.DataFrame, pred: pd.DataFrame, read: dict) -> None:
    """Print the unmatched quotations in marks (``direct``) or the coded reported clauses not found (``reported``),
    with the same matching rule as :func:`bench_reading.score_quotes`."""
    gold = gold.reset_index(drop=True)
    langs = set(gold["file"].str[:2])
    pred = pred[pred["file"].isin(read) & pred["file"].str[:2].isin(langs)].reset_index(drop=True)
    if kind == "direct":
        g = gold[gold["type"].isin(("direct", "mixed"))].reset_index(drop=True)
        p = pred[pred["type"].isin(("direct", "mixed"))].reset_index(drop=True)
        pairs = br.match(g, p, 0.5)
        got_g, got_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        for pi, row in p.iterrows():
            if pi not in got_p and row["file"] in read:
                print(f"P {row['file']} {row['start']}: predicted {row['type']} speaker={row['speaker']!r} "
                      f"rule={row.get('rule', '')} :: {_context(read[row['file']], int(row['start']), int(row['end']), 80)}\n")
    else:
        g = gold[gold["type"] == "reported"].reset_index(drop=True)
        got_g = {gi for gi, _ in br.match(g, pred, 0.5)}
    for gi, row in g.iterrows():
        if gi not in got_g and row["file"] in read:
            tag = "R" if kind == "direct" else "M"
            near = pred[(pred["file"] == row["file"]) & (pred["start"].astype(int) < int(row["end"]))
                        & (pred["end"].astype(int) > int(row["start"]))]
            seen = "; ".join(f"{r['type']} {r['start']}-{r['end']}" for r in near.to_dict("records")) or "none"
            print(f"{tag} {row['file']} {row['start']}-{row['end']}: coded {row['type']} speaker={row['speaker']!r} "
                  f"cue={row.get('cue', '')!r} overlapping predicted: {seen} :: "
                  f"{_context(read[row['file']], int(row['start']), int(row['end']), 80)}\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kept", type=Path, help="the --keep folder of bench_reading.py")
    parser.add_argument("--lang", choices=br.LANGS, default=None)
    parser.add_argument("--only", choices=("quantities", "quotes", "measure", "status", "direct", "reported"),
                        default=None)
    parser.add_argument("--new", action="store_true", help="the round-3 development texts only")
    parser.add_argument("--match", default=None, metavar="REGEX", help="development texts whose file name matches REGEX")
    args = parser.parse_args(argv)
    texts, _, gold_q, gold_quotes = br.dev_codes(br.DEV_DIR)
    texts = {f: p for f, p in texts.items() if br.split_of(f) == "dev" and (not args.new or _is_new(f))
             and (args.match is None or re.search(args.match, f))}
    gold_q = gold_q[gold_q["file"].isin(texts)].reset_index(drop=True)
    gold_quotes = gold_quotes[gold_quotes["file"].isin(texts)].reset_index(drop=True)
    out = args.kept / "dev" / "out"
    tables = {p.name: pd.read_csv(p, dtype=str, keep_default_na=False) for p in sorted(out.glob("*.csv"))}
    rows = [{"split": "dev", "lang": lang, **br.score(gold_q[gold_q["lang"] == lang],
                                                      gold_quotes[gold_quotes["lang"] == lang], tables)}
            for lang in br.LANGS]
    shown = CLAIM_ROWS if args.only in CLAIM_ROWS else ROWS
    print("\n".join(line for line in br.report(rows).splitlines() if not line[:16].strip() or
                    line[:16].strip() in shown or line.strip() == "dev"))
    langs = [args.lang] if args.lang else list(br.LANGS)
    read = {f: p.read_text(encoding="utf-8") for f, p in texts.items()}
    if args.only in CLAIM_ROWS:
        _claim_errors(args.only, gold_q, tables, read, langs)
        return 0
    if args.only in ("direct", "reported"):
        _misses(args.only, gold_quotes[gold_quotes["lang"].isin(langs)], tables["quotes.csv"], read)
        return 0
    if args.only != "quotes":
        pred = tables["quantities.csv"]
        said = br._column(pred, "speaker", "actor", "speaker_guess")
        for gi, pi in br.match(gold_q, pred):
            g = gold_q.loc[gi]
            if g["lang"] in langs and not br.same_speaker(said.loc[pi], g["speaker"]):
                print(f"Q {g['file']} {g['start']}: coded={g['speaker']!r} predicted={said.loc[pi]!r} :: "
                      f"{_context(read[g['file']], int(g['start']), int(g['end']))}\n")
    if args.only != "quantities":
        quotes = tables["quotes.csv"]
        g_dir = gold_quotes[gold_quotes["type"].isin(("direct", "mixed"))]
        p_dir = quotes[quotes["type"].isin(("direct", "mixed"))]
        for gi, pi in br.match(g_dir, p_dir, 0.5):
            g, p = g_dir.iloc[gi], p_dir.iloc[pi]
            if g["lang"] in langs and not br.same_speaker(p["speaker"], g["speaker"]):
                print(f"A {g['file']} {g['start']}: coded={g['speaker']!r} predicted={p['speaker']!r} "
                      f"rule={p.get('rule', '')} :: {_context(read[g['file']], int(g['start']), int(g['end']), 120)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
