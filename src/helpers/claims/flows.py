"""Trade flows: a trade figure read as a directed, signed quantity between two places over a period.

Flows (:func:`parse_flow`): a trade quantity is a directed, signed quantity between two places over a period:
origin (the adjective before "exports", or "from X"), destination ("to X", "vers X", "naar X"; for imports the
adjective is the destination and "from X" the origin; "our territory / notre territoire / ons land" is the home
country :data:`HOME`), mode (air, sea, rail, road), sign (-1 for decrease/loss/baisse/daling, +1 for
increase/hausse/stijging, 0 for a level) and the period from the sentence's period expression. The words (places
and demonyms, home phrases, modes, prepositions, change words) are in ``helpers/lexicon/<lang>/flows.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers.claims.evidence import cues, fragments, mapping, near, sentence_span

__all__ = ["HOME", "FLOW_COLUMNS", "parse_flow", "build_flows"]

HOME = "Belgium"
"""The home country of the corpus: the phrases of each language's ``flows.HOME`` ('our territory', 'notre pays',
'ons land', 'unser Land') mean it."""

FLOW_COLUMNS = [
    "flow_id", "claim_id", "file", "start", "end", "surface", "outlet_short", "published", "actor", "source_label",
    "stance", "metric", "origin", "destination", "direction", "mode", "commodity", "measure", "sign", "value",
    "signed_value", "unit", "keyword_start", "keyword_end", "keyword_surface", "change_cue", "period_earliest",
    "period_latest", "period_surface", "period_start", "period_end", "period_resolution",
]




@lru_cache(maxsize=None)
def _patterns(lang: str) -> dict:
    """The flow patterns of ``lang`` (every language's for an unknown one), from ``helpers/lexicon/<lang>/flows.py``:
    places as named groups ``a_<i>`` (adjectives) and ``n_<i>`` (names; the home phrases are names of :data:`HOME`),
    modes as ``m_<mode>``."""
    adjectives = mapping("flows", lang, "PLACE_ADJECTIVES")
    nouns = [(place, values + (fragments("flows", lang, "HOME") if place == HOME else ()))
             for place, values in mapping("flows", lang, "PLACE_NOUNS")]
    adj = "|".join(f"(?P<a_{i}>{'|'.join(values)})" for i, (_place, values) in enumerate(adjectives))
    noun = "|".join(f"(?P<n_{i}>{'|'.join(values)})" for i, (_place, values) in enumerate(nouns))
    modes = "|".join(f"(?P<m_{mode}>{'|'.join(values)})" for mode, values in mapping("flows", lang, "MODES"))
    glue = lambda name: "|".join(fragments("flows", lang, name))  # noqa: E731
    edge = r"(?<![\w])(?:"
    return {
        "places": {"a": [place for place, _ in adjectives], "n": [place for place, _ in nouns]},
        "adjective": re.compile(edge + adj + r")(?![\w])", re.IGNORECASE),
        "to": re.compile(edge + glue("TOWARDS") + r")\s+(?:" + noun + "|" + adj + r")(?![\w])", re.IGNORECASE),
        "from": re.compile(edge + glue("FROM") + r")\s+(?:" + noun + r")(?![\w])", re.IGNORECASE),
        "outside": re.compile(edge + glue("OUTSIDE") + r")\s+(?:" + noun + r")(?![\w])", re.IGNORECASE),
        "mode": re.compile(edge + modes + r")(?![\w])", re.IGNORECASE),
        "decrease": cues("flows", lang, "DECREASE"), "increase": cues("flows", lang, "INCREASE"),
    }


def _place(match: re.Match, places: dict) -> str:
    for key, value in match.groupdict().items():
        if value is not None:
            kind, index = key.split("_")
            return places[kind][int(index)]
    return ""


def _flow_places(text: str, k1: int, s1: int, start: int, before: str, is_import: bool, p: dict) -> tuple[str, str]:
    """Origin and destination of a trade keyword ending at ``k1``: a place adjective before it (or after it, as in
    French and Dutch), then "to"/"from"/"outside" phrases up to 60 characters after it."""
    place = lambda match: _place(match, p["places"]) if match else ""  # noqa: E731
    adjectives = list(p["adjective"].finditer(before))
    adjective = place(adjectives[-1]) if adjectives else ""
    if not adjective:  # French/Dutch adjectives after the noun: "exportations belges", "exportations wallonnes"
        follow = p["adjective"].match(text, k1 + 1) if k1 + 1 < s1 and text[k1:k1 + 1].isspace() else None
        adjective = place(follow)
    after_end = min(start, k1 + 60)
    to_match = p["to"].search(text, k1, after_end)
    from_match = p["from"].search(text, k1, min(after_end, k1 + 30))
    outside = p["outside"].search(text, k1, after_end)
    if is_import:
        return place(from_match), adjective or HOME
    origin, destination = adjective or place(from_match), place(to_match)
    if not destination and outside:
        destination = f"outside {place(outside)}"
    return origin, destination


def _flow_change(text: str, k1: int, s1: int, start: int, p: dict) -> tuple[int, str]:
    """Sign (-1, 1 or 0) and cue of a change word after the keyword, up to 40 characters past the figure; a
    decrease word wins when it comes first."""
    down = near(p["decrease"], text, k1, s1, k1, k1, start + 40 - k1)
    up = near(p["increase"], text, k1, s1, k1, k1, start + 40 - k1)
    if down and (not up or down.start() <= up.start()):
        return -1, down.group(0)
    if up:
        return 1, up.group(0)
    return 0, ""


def _flow_metric(origin: str, destination: str, is_import: bool, mode: str, measure: str) -> str:
    """The metric name of a flow: ``exports_belgium_air_change``, ``imports_from_china``, ``exports``..."""
    slug = lambda place: re.sub(r"\W+", "_", place.lower()).strip("_")  # noqa: E731
    if origin == HOME or (not is_import and origin and destination != HOME):
        metric = f"exports_{slug(origin)}" + (f"_to_{slug(destination)}" if destination and origin != HOME else "")
    elif destination == HOME and origin:
        metric = f"imports_from_{slug(origin)}"
    elif is_import:
        metric = f"imports_{slug(destination)}"
    else:
        metric = "exports"
    return metric + (f"_{mode}" if mode else "") + ("_change" if measure == "change" else "")


def parse_flow(text: str, start: int, end: int, sentence: tuple[int, int] | None = None,
               floor: int | None = None, lang: str = "") -> dict | None:
    """The flow a trade quantity ``text[start:end]`` states, or ``None`` when no trade word precedes it in its
    sentence. ``floor`` (default: the end of the previous trade quantity is not known, so the sentence start) stops
    the backward search. Returns origin, destination, mode, sign, measure, commodity, keyword span, change cue and
    the metric name (``exports_belgium_air_change``, ``imports_from_china_change``...). The words are those of
    ``lang`` (``helpers/lexicon/<lang>/flows.py``; every language's for an unknown or empty ``lang``)."""
    p = _patterns(lang)
    s0, s1 = sentence or sentence_span(text, start, end)
    lower = s0 if floor is None else max(s0, floor)
    keywords = [m for m in cues("measures", lang, "TRADE").finditer(text, lower, start)]
    if not keywords:
        return None
    keyword = keywords[-1]
    k0, k1 = keyword.span()
    is_import = bool(cues("measures", lang, "IMPORTS").fullmatch(keyword.group(0)))
    origin, destination = _flow_places(text, k1, s1, start, text[max(lower, k0 - 40):k0], is_import, p)
    modes = [m for m in p["mode"].finditer(text, max(lower, k0 - 20), k1 + 20)]
    mode = next((k[2:] for m in modes for k, v in m.groupdict().items() if v), "")
    sign, cue = _flow_change(text, k1, s1, start, p)
    measure = "change" if sign else "level"
    return {
        "origin": origin, "destination": destination, "mode": mode, "sign": sign, "measure": measure,
        "commodity": f"{mode} {keyword.group(0).lower()}".strip(),
        "keyword_start": k0, "keyword_end": k1, "keyword_surface": keyword.group(0), "change_cue": cue,
        "metric": _flow_metric(origin, destination, is_import, mode, measure),
    }


# ------------------------------------------------------------------------------------------------------------------
# Flows table
# ------------------------------------------------------------------------------------------------------------------


def build_flows(claims: pd.DataFrame, texts: dict) -> pd.DataFrame:
    """One row per trade claim: the claim as a directed, signed flow (columns :data:`FLOW_COLUMNS`)."""
    rows = []
    trade = claims.loc[claims["flow_id"] != ""]
    last_end: dict[tuple, int] = {}
    for claim in trade.itertuples():
        text = texts[claim.file]
        sentence = (claim.sentence_start, claim.sentence_end)
        floor = last_end.get((claim.file, sentence))
        lang = getattr(claim, "lang", "")
        flow = (parse_flow(text, claim.start, claim.end, sentence, floor, lang)
                or parse_flow(text, claim.start, claim.end, sentence, lang=lang))
        last_end[(claim.file, sentence)] = claim.end
        if flow is None:
            flow = {"origin": "", "destination": "", "mode": "", "sign": 0, "measure": "level", "commodity": "",
                    "keyword_start": -1, "keyword_end": -1, "keyword_surface": "", "change_cue": ""}
        period = claim.date_surface != "" and claim.refers_latest != ""
        direction = f"{flow['origin'] or '(unstated)'} -> {flow['destination'] or '(unstated)'}"
        rows.append({
            "flow_id": claim.flow_id, "claim_id": claim.claim_id, "file": claim.file, "start": claim.start,
            "end": claim.end, "surface": claim.surface, "outlet_short": claim.outlet_short,
            "published": claim.published, "actor": claim.actor, "source_label": claim.source_label,
            "stance": claim.stance, "metric": claim.metric, "origin": flow["origin"],
            "destination": flow["destination"], "direction": direction, "mode": flow["mode"],
            "commodity": flow["commodity"], "measure": flow["measure"], "sign": flow["sign"], "value": claim.value,
            "signed_value": claim.value * (flow["sign"] or 1), "unit": claim.unit,
            "keyword_start": flow["keyword_start"], "keyword_end": flow["keyword_end"],
            "keyword_surface": flow["keyword_surface"], "change_cue": flow["change_cue"],
            "period_earliest": claim.refers_earliest if period else "",
            "period_latest": claim.refers_latest if period else "",
            "period_surface": claim.date_surface, "period_start": claim.date_start, "period_end": claim.date_end,
            "period_resolution": claim.date_resolution,
        })
    return pd.DataFrame(rows, columns=FLOW_COLUMNS)
