"""The rows the build writes from one :class:`~helpers.extract.attribution.Reading` per article: ``quotes.csv``,
the speakers found in the text (for ``mentions.csv`` and ``proposed_actors.csv``), and the coded stances laid over
the suggested ones.

``actors.csv`` stays the analyst's confirmed registry. A speaker it lacks is *proposed*: it is used by the tables
(``actor_status = proposed``) and written to ``proposed_actors.csv`` with a ready-to-paste ``actors.csv`` row, until the
analyst adds it (or renames it with an alias) to ``actors.csv``.
"""

from __future__ import annotations

import pandas as pd

from helpers.coding.suggestions import suggest_stance
from helpers.extract.attribution import Reading
from helpers.extract.quotes import QUOTE_COLUMNS
from helpers.extract.speakers import PROPOSED_COLUMNS, actor_id
from helpers.text.folding import fold

SPEAKER_COLUMNS = ["file", "name", "start", "end", "kind", "role", "actor", "actor_status", "n_quotes", "evidence"]
TEXT_MENTION_COLUMNS = ["file", "actor", "alias", "start", "end", "matched", "actor_status"]


def article_speech(file: str, text: str, lang: str, actors_df=None, mentions=None) -> tuple[Reading, dict]:
    """One article's reading and its rows: ``quotes`` (:data:`QUOTE_COLUMNS`), ``speakers``
    (:data:`SPEAKER_COLUMNS`) and ``mentions`` of the speakers found in the text (:data:`TEXT_MENTION_COLUMNS`)."""
    reading = Reading(text, lang, actors_df, mentions)
    quotes = []
    for n, row in enumerate(reading.quotations(), start=1):
        quotes.append({**row, "file": file, "quote_id": f"{file.rsplit('.', 1)[0]}:q{n:03d}",
                       "stance": suggest_stance(row["quote"], lang), "stance_source": "suggested"})
    said = {}
    for row in quotes:
        if row["speaker"]:
            said[fold(row["speaker"])] = said.get(fold(row["speaker"]), 0) + 1
    speakers, text_mentions = [], []
    registry_spans = {(int(m["start"]), int(m["end"])) for m in reading.registry}
    for entry in reading.book.entries:
        speakers.append({"file": file, "name": entry.name, "start": entry.start, "end": entry.end,
                         "kind": entry.kind, "role": entry.role, "actor": entry.actor,
                         "actor_status": entry.actor_status, "n_quotes": said.get(fold(entry.name), 0),
                         "evidence": entry.rule or ""})
        for start, end in sorted({(entry.start, entry.end), *entry.mentions}):
            if end > start and (start, end) not in registry_spans:
                text_mentions.append({"file": file, "actor": entry.actor, "alias": entry.name, "start": start,
                                      "end": end, "matched": text[start:end], "actor_status": entry.actor_status})
    return reading, {"quotes": [{c: row.get(c, "") for c in QUOTE_COLUMNS} for row in quotes],
                     "speakers": speakers, "mentions": text_mentions}


def proposed_actors(speakers: pd.DataFrame, actors_df: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per proposed speaker of the corpus (columns :data:`PROPOSED_COLUMNS`): the first eight columns are a
    row for ``actors.csv``; ``file``, ``name_start``, ``name_end`` give its first naming, ``n_files`` and ``n_quotes``
    how much it speaks. Sorted by quotations (descending), then name."""
    if speakers is None or speakers.empty:
        return pd.DataFrame(columns=PROPOSED_COLUMNS)
    known = set()
    if actors_df is not None and len(actors_df):
        known = {fold(str(n)) for n in actors_df["name"]}
    rows = []
    proposed = speakers[speakers["actor_status"] == "proposed"]
    for _, group in proposed.groupby(proposed["name"].map(fold), sort=True):
        first = group.iloc[0]
        name = str(first["name"])
        if fold(name) in known:
            continue
        words = name.split()
        aliases = [name] + ([words[-1]] if first["kind"] == "person" and len(words) >= 2 else [])
        roles = [r for r in group["role"] if str(r).strip() and str(r) != name]
        rows.append({"actor_id": actor_id(name), "name": name, "aliases": "|".join(aliases), "kind": first["kind"],
                     "organisation": "", "role": roles[0] if roles else "", "actor_type": "", "country": "",
                     "file": first["file"], "name_start": int(first["start"]), "name_end": int(first["end"]),
                     "n_files": group["file"].nunique(), "n_quotes": int(group["n_quotes"].sum()),
                     "evidence": str(first["evidence"])})
    out = pd.DataFrame(rows, columns=PROPOSED_COLUMNS)
    return out.sort_values(["n_quotes", "name"], ascending=[False, True], ignore_index=True)


def apply_coded_stances(quotes: pd.DataFrame, statements: pd.DataFrame | None) -> pd.DataFrame:
    """``quotes`` with the coded stance of the hand-coded statement that overlaps each quotation by at least half of
    the shorter span (``stance_source = coded``); hand codes always win over suggestions."""
    if statements is None or statements.empty or quotes.empty:
        return quotes
    by_file: dict[str, list[tuple[int, int, str]]] = {}
    for row in statements.itertuples(index=False):
        by_file.setdefault(row.file, []).append((int(row.start), int(row.end), str(row.stance)))
    stances, sources = list(quotes["stance"]), list(quotes["stance_source"])
    for i, (file, start, end) in enumerate(zip(quotes["file"], quotes["start"], quotes["end"])):
        for a, b, stance in by_file.get(file, []):
            overlap = min(b, int(end)) - max(a, int(start))
            if overlap > 0 and overlap >= 0.5 * min(b - a, int(end) - int(start)):
                stances[i], sources[i] = stance, "coded"
                break
    return quotes.assign(stance=stances, stance_source=sources)
