"""Trade flows: a trade figure read as a directed, signed quantity between two places over a period.

Flows (:func:`parse_flow`): a trade quantity is a directed, signed quantity between two places over a period:
origin (the adjective before "exports", or "from X"), destination ("to X", "vers X", "naar X"; for imports the
adjective is the destination and "from X" the origin; "our territory / notre territoire / ons land" is the home
country :data:`HOME`), mode (air, sea, rail, road), sign (-1 for decrease/loss/baisse/daling, +1 for
increase/hausse/stijging, 0 for a level) and the period from the sentence's period expression.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.claims.evidence import cues, near, sentence_span, words

__all__ = ["HOME", "FLOW_COLUMNS", "parse_flow", "build_flows"]

HOME = "Belgium"
"""The home country of the corpus: 'our territory', 'notre pays', 'ons land' mean it."""

FLOW_COLUMNS = [
    "flow_id", "claim_id", "file", "start", "end", "surface", "outlet_short", "published", "actor", "source_label",
    "stance", "metric", "origin", "destination", "direction", "mode", "commodity", "measure", "sign", "value",
    "signed_value", "unit", "keyword_start", "keyword_end", "keyword_surface", "change_cue", "period_earliest",
    "period_latest", "period_surface", "period_start", "period_end", "period_resolution",
]


PLACE_ADJECTIVES = {
    "Belgium": r"belgian|belges?|belgische?|belgisch",
    "China": r"chinese|chinois(?:es?)?|chinees|chinese",
    "Wallonia": r"walloon|wallon(?:ne)?s?|waalse?",
    "Flanders": r"flemish|flamande?s?|vlaamse?",
    "EU": r"european|europ[ée]en(?:ne)?s?|europese?",
    "United States": r"american|am[ée]ricain(?:e)?s?|amerikaanse?",
}
PLACE_NOUNS = {  # the home phrases ("our territory") are listed under the home country, HOME
    "Belgium": r"belgium|la belgique|belgique|belgi[ëe]|our territory|our country|notre territoire|notre pays|ons land"
               r"|ons grondgebied",
    "China": r"china|la chine|chine",
    "Wallonia": r"wallonia|la wallonie|wallonie|walloni[ëe]",
    "EU": r"the eu|eu|ue|l['’]ue|europe|l['’]europe|europa|the european union|l['’]union européenne",
}
MODES = {"air": r"air|a[ée]riennes?|a[ée]riens?|lucht\w*|par avion|by air",
         "sea": r"sea|maritimes?|zee\w*|by sea",
         "rail": r"rail|ferroviaires?|spoor\w*|trains?",
         "road": r"road|routi[eè]re?s?|weg\w*"}
DECREASE = words(r"decreas\w*", r"fell", r"fall(?:en|s)?", r"dropped", r"drop", r"declin\w*", r"loss", r"lost",
                  r"shr[au]nk", r"baiss\w*", r"diminu\w*", r"recul\w*", r"perte", r"chut\w*", r"gedaald", r"daalde",
                  r"daling", r"verlies", r"afgenomen", r"nam af", r"gekrompen")
INCREASE = words(r"increas\w*", r"rose", r"risen", r"grew", r"grown", r"gain\w*", r"jump\w*", r"hausse",
                  r"augment\w*", r"progress\w*", r"hausse", r"gestegen", r"steeg", r"stijging", r"toegenomen",
                  r"nam toe", r"groei\w*", r"record")
_ADJ = "|".join(f"(?P<a_{i}>{p})" for i, p in enumerate(PLACE_ADJECTIVES.values()))
_NOUN = "|".join(f"(?P<n_{i}>{p})" for i, p in enumerate(PLACE_NOUNS.values()))
_ADJ_RE = re.compile(r"(?<![\w])(?:" + _ADJ + r")(?![\w])", re.IGNORECASE)
_TO_RE = re.compile(r"(?<![\w])(?:to|into|towards|vers|à destination de|naar|richting|en direction de)\s+(?:the\s+)?"
                    r"(?:" + _NOUN + r"|" + _ADJ + r")(?![\w])", re.IGNORECASE)
_FROM_RE = re.compile(r"(?<![\w])(?:from|de|de la|du|des|uit|van)\s+(?:" + _NOUN + r")(?![\w])", re.IGNORECASE)
_OUTSIDE_RE = re.compile(r"(?<![\w])(?:hors|outside(?: the)?|buiten(?: de)?)\s+(?:" + _NOUN + r")(?![\w])",
                         re.IGNORECASE)
_MODE_RE = re.compile(r"(?<![\w])(?:" + "|".join(f"(?P<m_{k}>{p})" for k, p in MODES.items()) + r")(?![\w])",
                      re.IGNORECASE)


def _place(match: re.Match) -> str:
    for key, value in match.groupdict().items():
        if value is not None:
            kind, index = key.split("_")
            table = PLACE_ADJECTIVES if kind == "a" else PLACE_NOUNS
            return list(table)[int(index)]
    return ""


def parse_flow(text: str, start: int, end: int, sentence: tuple[int, int] | None = None,
               floor: int | None = None) -> dict | None:
    """The flow a trade quantity ``text[start:end]`` states, or ``None`` when no trade word precedes it in its
    sentence. ``floor`` (default: the end of the previous trade quantity is not known, so the sentence start) stops
    the backward search. Returns origin, destination, mode, sign, measure, commodity, keyword span, change cue and
    the metric name (``exports_belgium_air_change``, ``imports_from_china_change``...)."""
    s0, s1 = sentence or sentence_span(text, start, end)
    lower = s0 if floor is None else max(s0, floor)
    keywords = [m for m in cues("measures", "", "TRADE").finditer(text, lower, start)]
    if not keywords:
        return None
    keyword = keywords[-1]
    k0, k1 = keyword.span()
    is_import = bool(cues("measures", "", "IMPORTS").fullmatch(keyword.group(0)))
    before = text[max(lower, k0 - 40):k0]
    after_end = min(start, k1 + 60)
    origin = destination = ""
    adjectives = list(_ADJ_RE.finditer(before))
    adjective = _place(adjectives[-1]) if adjectives else ""
    if not adjective:  # French/Dutch adjectives after the noun: "exportations belges", "exportations wallonnes"
        follow = _ADJ_RE.match(text, k1 + 1) if k1 + 1 < s1 and text[k1:k1 + 1].isspace() else None
        adjective = _place(follow) if follow else ""
    to_match = _TO_RE.search(text, k1, after_end)
    from_match = _FROM_RE.search(text, k1, min(after_end, k1 + 30))
    outside = _OUTSIDE_RE.search(text, k1, after_end)
    if is_import:
        destination = adjective or HOME
        origin = _place(from_match) if from_match else ""
    else:
        origin = adjective or (_place(from_match) if from_match else "")
        destination = _place(to_match) if to_match else ""
        if not destination and outside:
            destination = f"outside {_place(outside)}"
    modes = [m for m in _MODE_RE.finditer(text, max(lower, k0 - 20), k1 + 20)]
    mode = next((k[2:] for m in modes for k, v in m.groupdict().items() if v), "")
    down = near(DECREASE, text, k1, s1, k1, k1, start + 40 - k1)
    up = near(INCREASE, text, k1, s1, k1, k1, start + 40 - k1)
    if down and (not up or down.start() <= up.start()):
        sign, cue = -1, down.group(0)
    elif up:
        sign, cue = 1, up.group(0)
    else:
        sign, cue = 0, ""
    measure = "change" if sign else "level"
    slug = lambda place: re.sub(r"\W+", "_", place.lower()).strip("_")  # noqa: E731
    if origin == HOME or (not is_import and origin and destination != HOME):
        metric = f"exports_{slug(origin)}" + (f"_to_{slug(destination)}" if destination and origin != HOME else "")
    elif destination == HOME and origin:
        metric = f"imports_from_{slug(origin)}"
    elif is_import:
        metric = f"imports_{slug(destination)}"
    else:
        metric = "exports"
    metric += (f"_{mode}" if mode else "") + ("_change" if measure == "change" else "")
    return {
        "origin": origin, "destination": destination, "mode": mode, "sign": sign, "measure": measure,
        "commodity": f"{mode} {keyword.group(0).lower()}".strip(),
        "keyword_start": k0, "keyword_end": k1, "keyword_surface": keyword.group(0), "change_cue": cue,
        "metric": metric,
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
        flow = parse_flow(text, claim.start, claim.end, sentence, floor) or parse_flow(text, claim.start, claim.end,
                                                                                     sentence)
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
