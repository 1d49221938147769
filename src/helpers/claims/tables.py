"""The claim tables: one row per stated figure, with what it measures, its status, bounds, date, source and stance;
and the entry points the build calls (:func:`article_claim_tables` per subset of articles,
:func:`combine_claim_tables` to join them and add the cross-source comparison).

Everything here is a pure function of DataFrames and texts (no file is opened, at import or otherwise). Each stage
lives in its own module:

- :mod:`helpers.claims.evidence` -- sentences, clauses, and the cue nearest to a figure;
- :mod:`helpers.claims.bounds` -- hedge -> bounds;
- :mod:`helpers.claims.measure` -- what a figure measures (ordered rule table; words in ``lexicon/<lang>/measures.py``);
- :mod:`helpers.claims.status` -- promised, realised, historical or unmarked (rule table; ``lexicon/<lang>/status.py``);
- :mod:`helpers.claims.flows` -- trade figures as directed, signed flows;
- :mod:`helpers.claims.ledger`, :mod:`helpers.claims.moves`, :mod:`helpers.claims.consistency` -- the positions
  of each measure, the moves between them, and each claim against its measure's positions;
- :mod:`helpers.claims.timeline` -- dated events.

Where an article is hand-coded (``data/annotations/quantities.csv``, column ``measures``) the coded metric is used
and the rule's answer is kept beside it (``metric_rule``) so that their agreement can be reported.
"""

from __future__ import annotations

import math
from functools import lru_cache

import pandas as pd

from helpers.claims.bounds import hedge_bounds
from helpers.claims.consistency import build_ledger_tables
from helpers.claims.evidence import clause_span, cues, sentence_span
from helpers.claims.flows import FLOW_COLUMNS, build_flows
from helpers.claims.measure import metric_family, read_metric, with_status
from helpers.claims.status import classify_status
from helpers.claims.timeline import TIMELINE_COLUMNS, build_timeline
from helpers.claims.dating import article_dates, date_for, date_records
from helpers.extract.dates import publication_interval
from helpers.extract.quantities import ANAPHORA_WINDOW
from helpers.extract.quantity_rules import RULES as QUANTITY_RULES
from helpers.extract.quantity_rules import search_before

__all__ = ["CLAIM_COLUMNS", "read_figure", "build_claims", "metric_agreement", "article_claim_tables",
           "combine_claim_tables", "build_claim_tables"]

CLAIM_COLUMNS = [
    "claim_id", "file", "start", "end", "surface", "lang", "outlet_short", "published", "sentence_start",
    "sentence_end", "metric", "metric_family", "metric_source", "metric_rule", "metric_cue", "value", "value_high",
    "unit", "kind", "qualifier", "bound_low", "bound_high", "bound_rule", "actor", "source_label", "stance",
    "stance_source", "status", "status_cue", "refers_earliest", "refers_latest", "refers_precision", "date_surface",
    "date_start", "date_end", "date_resolution", "flow_id",
]




def _statements_by_file(statements: pd.DataFrame | None) -> dict[str, list[dict]]:
    """Coded statements grouped by article file, with integer spans."""
    if statements is None or statements.empty:
        return {}
    grouped: dict[str, list[dict]] = {}
    for row in statements.to_dict("records"):
        grouped.setdefault(row["file"], []).append({**row, "start": int(row["start"]), "end": int(row["end"])})
    return grouped


def _stance(statements: list[dict], start: int, end: int, actor: str):
    """Stance(s) of the coded statements of one article that contain ``start:end`` (the actor's own first)."""
    rows = [r for r in statements if r["start"] <= start and r["end"] >= end]
    if actor:
        same = [r for r in rows if r["actor"] == actor]
        rows = same or rows
    stances = sorted(set(r["stance"] for r in rows if r["stance"]))
    return "|".join(stances) if stances else None


@lru_cache(maxsize=1)
def _suggest(sentence_text: str, lang: str) -> str:
    """The stance suggested for a figure's sentence (the last one remembered: the figures of a sentence follow each
    other)."""
    try:
        from helpers.extract.speakers import suggest_stance
    except ImportError:  # pragma: no cover - the actors module is optional
        return ""
    return suggest_stance(sentence_text, lang or None)


ELIDED_KINDS = ("money", "percent", "duration")
"""Kinds whose bare number, parallel to a figure of the same unit just before it, takes that unit (the extractor's
parallel reading: "16 jours, contre 40 par la mer", "18,4 miljoen euro, tegenover 11 miljoen")."""


def _noun(q) -> str:
    noun = q.get("noun", "") if hasattr(q, "get") else ""
    return "" if noun is None or noun != noun else str(noun)


def elided_antecedent(text: str, quantity, earlier: list[dict], lang: str):
    """The figure an elided one stands for, among ``earlier`` (the figures before it in its text, each a mapping
    with its quantity columns): for a figure whose noun is inherited (``noun_source`` "inherited": "We employ 410
    people. When I arrived there were 260."), the last earlier figure with that noun; for a count whose noun is an
    adjective standing for a noun left out (measures lexicon ``ELLIPTIC``: "2,000 direct jobs and 4,000 indirect",
    "300 salariés, dont 120 temporaires"), the last count before it in its sentence; for a bare sum, percentage or
    duration right after a parallel connector (numbers ``PARALLEL_CONNECTORS``: "against", "contre", "tegenover",
    "gegenüber", or a comma) with a figure of the same unit earlier in its sentence, that figure. ``None`` otherwise.
    An elided figure measures what its antecedent measures: its noun, left out, is the antecedent's."""
    if not earlier:
        return None
    start = int(quantity["start"])
    per = str(quantity.get("per", "") or "")
    earlier = [prev for prev in earlier if str(prev.get("per", "") or "") == per]  # a rate is its own measure
    if not earlier:
        return None
    elliptic, noun = cues("measures", lang, "ELLIPTIC"), _noun(quantity)
    if quantity["kind"] == "count" and noun and elliptic is not None and elliptic.fullmatch(noun):
        sentence = sentence_span(text, start, int(quantity["end"]))  # "2,000 direct jobs and 4,000 indirect"
        counts = [prev for prev in earlier if prev["kind"] == "count" and int(prev["start"]) >= sentence[0]]
        return counts[-1] if counts else None
    if str(quantity.get("noun_source", "") or "") == "inherited":
        noun = _noun(quantity)
        for prev in reversed(earlier):
            if _noun(prev) == noun and start - int(prev["end"]) <= ANAPHORA_WINDOW:
                return prev
        return None
    prev = earlier[-1]
    if _noun(quantity) or quantity["kind"] not in ELIDED_KINDS or (prev["kind"], prev["unit"]) != (
            quantity["kind"], quantity["unit"]):
        return None
    rules = QUANTITY_RULES.get(lang)
    sentence = sentence_span(text, start, int(quantity["end"]))
    if rules is None or int(prev["start"]) < sentence[0] or search_before(rules.parallel_before, text, start) is None:
        return None
    return prev


def _weak(metric: str, cue: str, quantity, text: str) -> bool:
    """Whether a metric was read from nothing but the figure's own noun or its kind (``other_<kind>``, money's
    default "investment"): what an antecedent or a question may name better."""
    surface = text[int(quantity["start"]):int(quantity["end"])]
    return metric.startswith("other_") or cue.lower() in (_noun(quantity).lower(), surface.lower())


QUESTION_GAP = 3
"""Characters (white space, a line break) allowed between a question and the sentence that answers it."""


def question_before(text: str, sentence: tuple[int, int], lang: str) -> tuple[int, int] | None:
    """The span of the sentence right before ``sentence`` when it is a question about a quantity (measures lexicon
    ``HOW_MANY``: "how many", "combien", "hoeveel", "wie viele") ending with "?": the figure of the answer counts
    what the question asks about ("Hoeveel pakjes verwerkt u? -- Gemiddeld 400.000 per dag"). ``None`` otherwise."""
    how_many = cues("measures", lang, "HOW_MANY")
    end = len(text[:sentence[0]].rstrip())
    if how_many is None or end == 0 or text[end - 1] != "?" or sentence[0] - end > QUESTION_GAP:
        return None
    question = sentence_span(text, end - 1, end)
    return question if how_many.search(text, question[0], end) is not None else None


def read_figure(text: str, quantity, lang: str, published=None, dates: list[dict] = (), coded_metric: str = "",
                antecedent: dict | None = None) -> dict:
    """What the rules read in one figure of ``text``: its sentence, the date it refers to (among ``dates``, the
    article's date expressions), its metric (``metric_rule``, ``metric_cue``) and its status (``status``,
    ``status_cue``). Status and metric depend on each other (jobs are split by status; the hub's figures are never
    historical): the status is read with a provisional family, then the metric, then the status with the final
    family -- the coded metric's when ``coded_metric`` is given. An elided figure (``antecedent``: the
    :func:`elided_antecedent` read before it, with its ``metric_read``) measures what its antecedent measures when
    its own reading rests on nothing but the noun it took from it, or on nothing at all (``other_<kind>``, or a
    kind's default: money with no cue is an investment, "tegenover 11 miljoen" after a profit is a profit): a cue
    of its own ("Of those, 280 are employees") still decides."""
    start, end = int(quantity["start"]), int(quantity["end"])
    sentence = sentence_span(text, start, end)
    date = date_for(dates if isinstance(dates, list) else list(dates), start, end, sentence, clause_span(text, start, end, sentence, lang))
    metric, metric_cue, by_status = read_metric(text, quantity, lang, sentence)  # (the status only names jobs)
    if antecedent is not None and _weak(metric, metric_cue, quantity, text):
        metric, metric_cue, by_status = antecedent["metric_read"]  # read from the left-out noun alone: the antecedent's
    question = (question_before(text, sentence, lang)  # (a percentage answering "how many of X" is a share of X)
                if quantity["kind"] != "percent" and _weak(metric, metric_cue, quantity, text) else None)
    if question is not None:  # "How many people work here? -- About 650 people": the answer read with its question
        asked = read_metric(text, quantity, lang, (question[0], sentence[1]))
        if not _weak(asked[0], asked[1], quantity, text):
            metric, metric_cue, by_status = asked
    provisional = metric_family(with_status(metric, by_status, "unmarked"))
    status, status_cue = classify_status(text, start, end, provisional, published, date, sentence, lang)
    metric_rule = with_status(metric, by_status, status)
    family = metric_family(coded_metric or metric_rule)
    if family != provisional:  # (the same family gives the same status: it is read once)
        status, status_cue = classify_status(text, start, end, family, published, date, sentence, lang)
    return {"sentence": sentence, "date": date, "metric_rule": metric_rule, "metric_cue": metric_cue,
            "family": family, "status": status, "status_cue": status_cue,
            "metric_read": (metric, metric_cue, by_status)}


def _refers(date: dict | None, status: str, published) -> tuple:
    """The time a claim refers to: its date's, or the publication's (open-ended for a promise)."""
    if date is not None:
        return (date["earliest"], date["latest"], date["precision"], date["surface"], int(date["start"]),
                int(date["end"]), date["resolution"])
    first, last, precision = publication_interval(published)
    if status == "promised":
        return (first.isoformat(), "", "open", "", -1, -1,
                f"no date in the sentence; a promise: from publication ({published}), open-ended")
    return (first.isoformat(), last.isoformat(), precision, "", -1, -1,
            f"no date in the sentence: as of publication ({published})")


def _claim_row(q: dict, article: dict, text: str, read: dict, metric: str, metric_source: str,
               statements: list[dict]) -> dict:
    """One row of the claims table (columns :data:`CLAIM_COLUMNS`)."""
    file, start, end, sentence = q["file"], int(q["start"]), int(q["end"]), read["sentence"]
    value = float(q["value"])
    value_high = float(q["value_high"]) if q.get("value_high") == q.get("value_high") else math.nan
    low, high, bound_rule = hedge_bounds(value, q.get("qualifier") or "", value_high, q["kind"])
    actor = q.get("actor") or ""
    stance, stance_source = _stance(statements, start, end, actor), "coded"
    if stance is None:
        stance, stance_source = _suggest(text[sentence[0]:sentence[1]], q["lang"]), "suggested"
    refers = _refers(read["date"], read["status"], article["published"])
    claim_id = f"{file.rsplit('.', 1)[0]}:{start}"
    return {
        "claim_id": claim_id, "file": file, "start": start, "end": end,
        "surface": q["surface"], "lang": q["lang"], "outlet_short": article["outlet_short"],
        "published": article["published"], "sentence_start": sentence[0], "sentence_end": sentence[1],
        "metric": metric, "metric_family": read["family"], "metric_source": metric_source,
        "metric_rule": read["metric_rule"], "metric_cue": read["metric_cue"], "value": value,
        "value_high": value_high, "unit": q["unit"], "kind": q["kind"], "qualifier": q.get("qualifier") or "",
        "bound_low": low, "bound_high": high, "bound_rule": bound_rule, "actor": actor,
        "source_label": actor or article["outlet_short"], "stance": stance, "stance_source": stance_source,
        "status": read["status"], "status_cue": read["status_cue"],
        "refers_earliest": refers[0], "refers_latest": refers[1], "refers_precision": refers[2],
        "date_surface": refers[3], "date_start": refers[4], "date_end": refers[5], "date_resolution": refers[6],
        "flow_id": f"flow-{claim_id}" if read["family"] == "trade" else "",  # one flow per trade claim
    }


def build_claims(quantities: pd.DataFrame, articles: pd.DataFrame, texts: dict, gold: pd.DataFrame | None = None,
                 statements: pd.DataFrame | None = None, all_dates: dict[str, pd.DataFrame] | None = None
                 ) -> pd.DataFrame:
    """One row per quantity (columns :data:`CLAIM_COLUMNS`, rows in file and text order): :func:`read_figure`,
    with the coded metric where the span is hand-coded, then bounds, stance and the time the claim refers to.

    ``all_dates`` (file -> date expressions of its body, from :func:`helpers.claims.dating.article_dates`) saves
    finding them again."""
    all_dates = article_dates(articles, texts) if all_dates is None else all_dates
    dates_by_file = {file: date_records(dates) for file, dates in all_dates.items()}
    statements_by_file = _statements_by_file(statements)
    articles = {row["file"]: row for row in articles.to_dict("records")}
    gold_measures, coded_files = {}, set()
    if gold is not None and len(gold):
        coded_files = set(gold["file"])
        gold_measures = {(r.file, int(r.start), int(r.end)): r.measures for r in gold.itertuples()}
    rows, earlier = [], []
    for q in quantities.sort_values(["file", "start"]).itertuples(index=False):
        q = q._asdict()
        file, key = q["file"], (q["file"], int(q["start"]), int(q["end"]))
        article, text = articles[file], texts[file]
        q["lang"] = q.get("lang") or article["language"]
        coded = gold_measures.get(key, "")
        if earlier and earlier[-1]["file"] != file:
            earlier = []
        antecedent = elided_antecedent(text, q, earlier, q["lang"])
        read = read_figure(text, q, q["lang"], article["published"], dates_by_file[file], coded, antecedent)
        earlier.append({**q, "metric_read": read["metric_read"]})
        if coded:
            metric, source = coded, "coded"
        else:
            metric, source = read["metric_rule"], "rule" if file not in coded_files else "rule (span not coded)"
        rows.append(_claim_row(q, article, text, read, metric, source, statements_by_file.get(file, [])))
    if not rows:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS).reset_index(drop=True)


def metric_agreement(claims: pd.DataFrame) -> pd.DataFrame:
    """Coded claims with the rule's metric beside the coded one, and whether they agree."""
    coded = claims.loc[claims["metric_source"] == "coded",
                       ["claim_id", "surface", "metric", "metric_rule", "metric_cue"]]
    return coded.assign(agree=coded["metric"] == coded["metric_rule"]).reset_index(drop=True)


# ------------------------------------------------------------------------------------------------------------------
# Entry point for the build
# ------------------------------------------------------------------------------------------------------------------


def article_claim_tables(quantities: pd.DataFrame, articles: pd.DataFrame, texts: dict,
                         gold: pd.DataFrame | None = None, statements: pd.DataFrame | None = None,
                         events: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The claim tables that are computed article by article -- claims, timeline, flows -- for any subset of the
    corpus (``articles`` and ``texts`` may hold a few articles only); :func:`combine_claim_tables` joins the parts
    of several subsets and adds the cross-source comparison."""
    quantities = quantities.copy()
    if "actor" not in quantities.columns:
        quantities["actor"] = ""
    quantities["actor"] = quantities["actor"].fillna("")
    all_dates = article_dates(articles, texts)
    claims = build_claims(quantities, articles, texts, gold, statements, all_dates)
    return {
        "claims.csv": claims,
        "timeline.csv": build_timeline(articles, texts, events, all_dates),
        "flows.csv": build_flows(claims, texts),
    }


def combine_claim_tables(parts: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Join the :func:`article_claim_tables` of disjoint sets of articles, in the order given, and add
    the ledger (``figure_consistency.csv``, ``figure_ledger.csv``, ``figure_moves.csv``); the result is the same
    as for all the articles at once."""
    def joined(name: str, columns: list[str]) -> pd.DataFrame:
        frames = [part[name] for part in parts if len(part[name])]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)

    claims = joined("claims.csv", CLAIM_COLUMNS).sort_values(["file", "start"], kind="stable").reset_index(drop=True)
    timeline = (joined("timeline.csv", TIMELINE_COLUMNS)
                .sort_values(["earliest", "latest", "file", "date_start"], kind="stable").reset_index(drop=True))
    flows = joined("flows.csv", FLOW_COLUMNS).sort_values(["file", "start"], kind="stable").reset_index(drop=True)
    return {
        "claims.csv": claims,
        **build_ledger_tables(claims),
        "timeline.csv": timeline,
        "flows.csv": flows,
    }


def build_claim_tables(quantities: pd.DataFrame, articles: pd.DataFrame, texts: dict, gold: pd.DataFrame | None = None,
                       statements: pd.DataFrame | None = None, actors: pd.DataFrame | None = None,
                       events: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The four claim tables, keyed by output file name, columns and rows in a stable order.

    ``quantities``: ``file`` + :func:`helpers.extract.quantities.extract_quantities` columns + ``actor`` (canonical name, ''
    for the outlet's own voice), offsets into the full text. ``articles``: the corpus's articles (catalog columns,
    ``language``, ``body_spans``). ``texts``: file name -> decoded text. ``gold``: ``quantities.csv`` (its
    ``measures`` replaces the rule's metric on coded spans). ``statements``: ``statements.csv`` (stance of the
    statement that contains a claim). ``actors`` is accepted for the build's uniform call and not needed here
    (``quantities`` already carries canonical names). ``events``: ``events.csv`` (coded events replace the rule's
    for coded files). The build computes the same tables in parallel, subset by subset, with
    :func:`article_claim_tables` and :func:`combine_claim_tables`.
    """
    del actors
    return combine_claim_tables([article_claim_tables(quantities, articles, texts, gold, statements, events)])
