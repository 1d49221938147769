"""Tables from coded statements (pure functions on DataFrames; no file is read or written here).

- :func:`stances_by_actor`: one row per actor with an overall stance toward the hub (coded statements first;
  for the speakers without any, the stance suggested from their quotations, flagged ``stance_source = suggested``).
- :func:`actor_concept_table`: statement counts by actor x concept x stance.
- :func:`dna_edge_list`: an actor-concept edge list in the style of a Discourse Network Analyzer export.

Definitions
    *Overall stance* of an actor (from its coded statements when it has any, else from suggestions): ``mixed`` when the actor has
    at least one ``supportive`` and at least one ``critical`` statement; otherwise ``supportive`` or ``critical``
    when the actor has at least one statement of that kind (its other statements being ``neutral``); otherwise
    ``neutral``. A statement coded for several concepts counts once per row, as coded.
    *Representative quote*: the longest ``direct`` quote of the actor; if it has none, the longest quote of any
    speech type; ties go to the earliest (file, start).
    *Dates*: ``published`` in the catalog is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. Dates are ordered by
    (year, month, day) with a missing part counting as earlier than any given one, so ``2021`` sorts before
    ``2021-05-07``; ``first_date`` and ``last_date`` are the catalog strings as written.
"""

from __future__ import annotations

import pandas as pd

from helpers.coding.annotations import STANCES
from helpers.io.catalog import parse_published

STANCE_BY_ACTOR_COLUMNS = ["actor", "actor_type", "organisation", "stance", "n_statements", "n_supportive",
                           "n_critical", "n_neutral", "n_articles", "first_date", "last_date",
                           "representative_quote", "representative_file", "stance_source"]
EDGE_COLUMNS = ["Source", "Target", "Type", "Weight", "agreement", "stance", "actor_type", "n_articles", "articles"]


def overall_stance(stances) -> str:
    """``mixed``, ``supportive``, ``critical`` or ``neutral`` for a collection of coded stances (see above)."""
    values = set(stances)
    unknown = values - set(STANCES)
    if unknown:
        raise ValueError(f"stance(s) not in the codebook: {sorted(unknown)}")
    if {"supportive", "critical"} <= values:
        return "mixed"
    if "supportive" in values:
        return "supportive"
    if "critical" in values:
        return "critical"
    return "neutral"


def date_key(value: str) -> tuple[int, int, int]:
    """Sort key of a ``published`` string: (year, month or 0, day or 0), so that "2021" sorts before "2021-01-05";
    raises ValueError for anything but YYYY, YYYY-MM, YYYY-MM-DD (read by :func:`helpers.io.catalog.parse_published`)."""
    first, _, precision = parse_published(str(value))
    return first.year, first.month if precision != "year" else 0, first.day if precision == "day" else 0


def _representative(group: pd.DataFrame) -> pd.Series:
    ordered = group.assign(_len=group["quote"].str.len(), _direct=group["speech_type"].eq("direct"))
    ordered = ordered.sort_values(["_direct", "_len", "file", "start"], ascending=[False, False, True, True])
    return ordered.iloc[0]


def stances_by_actor(statements: pd.DataFrame | None, actors: pd.DataFrame | None, catalog: pd.DataFrame | None = None,
                     quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per actor having at least one statement (columns :data:`STANCE_BY_ACTOR_COLUMNS`).

    Hand-coded ``statements`` give ``stance_source = coded``. For any corpus, ``quotes`` (the rows of ``quotes.csv``:
    ``file``, ``start``, ``quote``, ``type``, ``actor``, ``stance`` suggested or coded) add the speakers that have no
    coded statement, from the articles nobody has coded, with ``stance_source = suggested``: hand codes always win
    (an article with coded statements is read from its codes only). ``actors`` supplies ``actor_type`` and
    ``organisation`` by ``name`` (empty when the actor is absent); ``catalog`` (columns ``file``, ``published``)
    supplies the dates. Sorted by number of statements (descending), then name.
    """
    actors = actors if actors is not None else pd.DataFrame(columns=["name", "actor_type", "organisation"])
    info = actors.set_index("name") if len(actors) else pd.DataFrame(columns=["actor_type", "organisation"])
    published = {}
    if catalog is not None:
        published = {str(f): str(p) for f, p in zip(catalog["file"], catalog["published"]) if str(p).strip()}
    parts = []
    if statements is not None and len(statements):
        parts.append((statements, "coded"))
    if quotes is not None and len(quotes):
        coded = set(statements["actor"]) if statements is not None and len(statements) else set()
        coded_files = set(statements["file"]) if statements is not None and len(statements) else set()
        said = quotes[(quotes["actor"].astype(str).str.strip() != "") & ~quotes["actor"].isin(coded)
                      & ~quotes["file"].isin(coded_files)]
        if len(said):
            parts.append((said.assign(speech_type=said["type"]), "suggested"))
    rows = []
    for frame, source in parts:
        for actor, group in frame.groupby("actor", sort=True):
            counts = group["stance"].value_counts()
            dates = sorted({published[f] for f in group["file"] if f in published}, key=date_key)
            best = _representative(group)
            rows.append({
                "actor": actor,
                "actor_type": info["actor_type"].get(actor, "") if actor in info.index else "",
                "organisation": info["organisation"].get(actor, "") if actor in info.index else "",
                "stance": overall_stance(group["stance"]),
                "n_statements": len(group),
                "n_supportive": int(counts.get("supportive", 0)),
                "n_critical": int(counts.get("critical", 0)),
                "n_neutral": int(counts.get("neutral", 0)),
                "n_articles": group["file"].nunique(),
                "first_date": dates[0] if dates else "",
                "last_date": dates[-1] if dates else "",
                "representative_quote": best["quote"],
                "representative_file": best["file"],
                "stance_source": source,
            })
    out = pd.DataFrame(rows, columns=STANCE_BY_ACTOR_COLUMNS)
    return out.sort_values(["n_statements", "actor"], ascending=[False, True], ignore_index=True)


def actor_concept_table(statements: pd.DataFrame) -> pd.DataFrame:
    """Counts of statements by ``actor`` x ``concept``: columns supportive, critical, neutral, total (long format)."""
    table = (statements.groupby(["actor", "concept", "stance"]).size().unstack("stance", fill_value=0)
             .reindex(columns=list(STANCES), fill_value=0))
    table.columns.name = None
    table["total"] = table.sum(axis=1)
    return table.reset_index().sort_values(["actor", "concept"], ignore_index=True)


def dna_edge_list(statements: pd.DataFrame, actors: pd.DataFrame | None = None, neutral: str = "keep"
                  ) -> pd.DataFrame:
    """Actor -> concept edges, one per actor x concept x agreement, as a CSV-ready table (:data:`EDGE_COLUMNS`).

    Format: Gephi's "edges table" CSV (``Source``, ``Target``, ``Type``, ``Weight``; any other column is imported as
    an edge attribute; visone and igraph read the same file as an edge list with attributes). ``Source`` is the
    actor's canonical name, ``Target`` the concept, ``Type`` ``Undirected``, ``Weight`` the number of statements.
    ``agreement`` follows DNA's qualifier: ``yes`` (1) for supportive of the hub, ``no`` (0) for critical;
    neutral statements get ``neutral`` with ``neutral='keep'`` or are left out with ``neutral='drop'``. An actor
    who is both supportive and critical on a concept has two edges, as in DNA's "subtract"-free export.
    ``articles`` lists the files (``;``-separated), ``n_articles`` counts them.
    """
    if neutral not in ("keep", "drop"):
        raise ValueError("neutral must be 'keep' or 'drop'")
    data = statements if neutral == "keep" else statements[statements["stance"] != "neutral"]
    agreement = {"supportive": "yes", "critical": "no", "neutral": "neutral"}
    types = {}
    if actors is not None and len(actors):
        types = dict(zip(actors["name"], actors["actor_type"]))
    rows = []
    for (actor, concept, stance), group in data.groupby(["actor", "concept", "stance"], sort=True):
        files = sorted(set(group["file"]))
        rows.append({"Source": actor, "Target": concept, "Type": "Undirected", "Weight": len(group),
                     "agreement": agreement[stance], "stance": stance, "actor_type": types.get(actor, ""),
                     "n_articles": len(files), "articles": ";".join(files)})
    return pd.DataFrame(rows, columns=EDGE_COLUMNS)
