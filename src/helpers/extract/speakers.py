"""Automatic helpers for articles nobody has coded: actor mentions, who states a span, a stance *suggestion*.

Everything here is a generic rule (English, French, Dutch), never tuned to a particular article. Hand-coded
statements (:mod:`helpers.coding.annotations`) always take precedence; the output of this module is a suggestion.

Mentions (:func:`find_mentions`)
    Aliases come from ``actors.csv`` (``|``-separated; the canonical ``name`` is always an alias too). Matching
    ignores accents, treats typographic apostrophes (’ ‘ ʼ) as ``'``, non-breaking/thin spaces as spaces and any run of
    white space in the text as one space; it is case-insensitive, except for aliases of at most three letters
    (``Ma``, ``VUB``), which must match case exactly. A match must not start or end inside a word. Where matches
    overlap, the longest wins (``vice-Premier Ministre`` beats ``Premier Ministre``).
    *Contextual aliases* are titles and common nouns (``~the minister``, ``~le Premier Ministre``, ``~our expert``):
    an alias written with a leading ``~`` in ``actors.csv``, and any alias that two actors share. A contextual match
    counts only if its actor is also named by a non-contextual alias somewhere in the same text (a 2020 page that
    says "notre Premier Ministre" does not mention Charles Michel unless it names him); when several anchored actors
    share it, it goes to the one named most recently before it (else the first named after it).

Attribution (:func:`attribute_spans`), in this order for each span:
    1. Inside a quotation (“…” „…“ «…» "…" ‘…’; pairs do not cross a line break; a second “ inside an open “
       closes it, a common misprint): the quotation's speaker, found from
       a. a tag right after the closing mark: ``"…," said X`` / ``« … » déclare X`` / ``"…", he warned`` /
          ``"…," X said`` (pronouns go to the last person named before the quotation);
       b. the same sentence before the opening mark, when it holds a speech cue or ends with a colon:
          ``X: "…"``, ``X déclare: "…"``, ``Selon X, « … »``, ``X puts forward some figures: “…”``;
       c. a caption: the quotation opens a paragraph and the previous line is short, unpunctuated and names a person
          (``Charles Michel, Premier Ministre`` above a pull quote);
       d. a quotation that ends its sentence, in a sentence that names exactly one person before it
          (``Daniel Zhang, CEO d'Alibaba est "ravi …"``).
    2. Otherwise, speech cues in the span's sentence (quotations are never split into sentences):
       ``according to X`` / ``selon X`` / ``d'après X`` / ``volgens X`` cover the whole sentence; ``…, aldus X``
       and inverted tags (``…, said X``, ``…, déclare X``, ``…, zegt X``) cover what precedes them; a speech verb
       with its subject before it (``X said that …``, ``X estime que …``, ``X zegt dat …``) covers what follows it,
       unless nothing but a few words follows it (``…, the CEO said.``), in which case it covers what precedes the
       subject. The subject is a pronoun or ``the latter`` / ``ce dernier`` / ``laatstgenoemde`` (the last person
       named), a relative pronoun (the last actor named), or the nearest actor mention before the verb in the
       sentence, skipping parentheses and quotations and preferring a person to that person's own organisation
       (``Michel Kempeneers, Managing Director of AWEX (…) recalls``).
    3. Otherwise ``''``: the outlet's own voice.
    The canonical name comes only from actor mentions; when no actor of ``actors_df`` is the speaker, the canonical
    name is ``''`` and, with ``details=True``, ``speaker_guess`` holds a heuristic string (a run of capitalised
    words such as ``Jean Dupont`` / ``De Croo``, else a short noun phrase such as ``le directeur``). The two columns
    are never mixed.

Speech cues, by language (``lang`` selects one list; ``None`` uses all three, minus ``dit``, which is "this" in
Dutch): see :data:`SPEECH_VERBS` and :data:`SOURCE_CUES`.

Stance suggestion (:func:`suggest_stance`): counts cue words from :data:`STANCE_CUES` in a sentence
(a negation — not/never/no, ne…pas/jamais/aucun, niet/geen/nooit — up to three words before a cue reverses it);
more supportive than critical cues gives ``supportive``, the reverse ``critical``, a tie or none ``neutral``.
:func:`suggest_stances` adds ``stance_suggested`` and ``stance_source = 'suggested'`` columns, never ``stance``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import namedtuple
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers.coding.annotations import CONTEXTUAL_PREFIX, split_aliases

LANGUAGES = ("en", "fr", "nl")

#: Speech verbs (lower case, accents as written; matching folds accents). Multi-word entries are phrases.
SPEECH_VERBS = {
    "en": (
        "said", "says", "say", "told", "tells", "tell", "warned", "warns", "puts forward", "put forward",
        "analyses", "analyzes", "analysed", "analyzed", "recalls", "recalled", "believes", "believed", "states",
        "stated", "affirms", "affirmed", "explains", "explained", "added", "adds", "argued", "argues", "claims",
        "claimed", "insisted", "insists", "stressed", "stresses", "replied", "replies", "indicated", "indicates",
        "announced", "announces", "declared", "declares", "admitted", "admits", "acknowledged", "acknowledges",
        "pointed out", "points out", "wrote", "writes", "reckons", "thinks", "concluded", "concludes", "estimates",
        "estimated", "noted", "notes", "emphasised", "emphasized", "emphasises", "emphasizes", "confirmed",
        "confirms", "advances", "predicted", "predicts", "underlined", "underlines", "asserted", "asserts",
    ),
    "fr": (
        "déclare", "déclaré", "affirme", "affirmé", "estime", "estimé", "explique", "expliqué", "poursuit",
        "poursuivi", "conclut", "conclu", "rappelle", "rappelé", "souligne", "souligné", "ajoute", "ajouté",
        "indique", "indiqué", "précise", "précisé", "assure", "assuré", "annonce", "annoncé", "dit", "confie",
        "confié", "insiste", "insisté", "martèle", "avance", "juge", "considère", "pense", "prévient", "prévenu",
        "avertit", "averti", "reconnaît", "reconnaissent", "signale", "signalé", "déclarent", "affirment",
        "estiment", "expliquent", "soulignent", "analyse", "observe", "constate", "se félicite", "se réjouit",
        "lance", "commente", "répond", "répondu", "dénonce", "dénoncé", "regrette",
    ),
    "nl": (
        "zegt", "zei", "zeggen", "zeiden", "gezegd", "verklaarde", "verklaart", "verklaard", "stelt", "stelde",
        "gesteld", "meent", "meende", "benadrukt", "benadrukte", "vertelt", "vertelde", "verteld", "liet weten",
        "laat weten", "waarschuwt", "waarschuwde", "gewaarschuwd", "legt uit", "legde uit", "voegt toe",
        "voegde toe", "denkt", "vindt", "schat", "schatte", "schrijft", "schreef", "merkt op", "merkte op",
        "onderstreept", "onderstreepte", "antwoordt", "antwoordde", "bevestigt", "bevestigde", "kondigt aan",
        "kondigde aan", "erkent", "erkende", "beweert", "beweerde", "reageert", "reageerde",
    ),
}

#: Cues whose speaker follows them and which cover the whole sentence (``pre``) or what precedes them (``post``).
SOURCE_CUES = {
    "en": {"pre": ("according to", "in the words of", "as stated by", "as reported by"), "post": ()},
    "fr": {"pre": ("selon", "d'après", "aux dires de", "de l'avis de"), "post": ()},
    "nl": {"pre": ("volgens", "naar zeggen van", "aldus"), "post": ("aldus",)},
}

PERSONAL_PRONOUNS = ("he", "she", "il", "elle", "hij", "zij", "ze", "the latter", "ce dernier", "cette dernière",
                     "celui-ci", "celle-ci", "laatstgenoemde", "deze laatste")
RELATIVE_PRONOUNS = ("who", "which", "that", "qui", "die", "dat", "wie")
_AUX = ("has", "have", "had", "also", "already", "then", "later", "again", "further", "a", "ont", "avait", "aussi",
        "encore", "heeft", "had", "hebben", "ook", "nog", "toen", "would", "will", "could")
_DETERMINERS = ("the", "a", "an", "le", "la", "les", "l'", "un", "une", "de", "het", "een", "our", "notre", "onze",
                "son", "sa", "ses", "his", "her", "its", "their", "leur", "zijn", "haar", "hun", "this", "ce", "cet",
                "cette", "deze", "dit")
_NAME_PARTICLES = ("de", "van", "der", "den", "von", "le", "la", "du", "des", "di", "da", "ten", "ter", "'t", "del",
                   "dos", "d'", "van't", "vande")
_SENTENCE_START_WORDS = {
    "the", "a", "an", "in", "on", "at", "but", "and", "according", "after", "before", "for", "this", "that", "it",
    "he", "she", "they", "we", "i", "last", "also", "moreover", "however", "today", "yesterday", "le", "la", "les",
    "l", "un", "une", "selon", "mais", "et", "en", "dans", "pour", "il", "elle", "ils", "nous", "ce", "cette", "de",
    "du", "des", "depuis", "apres", "avant", "aujourd", "volgens", "het", "een", "maar", "en", "in", "op", "dit",
    "deze", "die", "hij", "zij", "ze", "wij", "we", "er", "ook", "vandaag", "gisteren", "s", "m", "mr", "mrs", "dr",
    "mme", "mmes", "m.", "sm", "se", "prof", "minister", "ministre", "president", "président", "ceo",
}

#: Stance cue words (suggestions only). Lower case; accents and apostrophes are folded before matching.
STANCE_CUES = {
    "en": {
        "supportive": (
            "opportunity", "opportunities", "godsend", "chance", "boost", "boosts", "welcome", "welcomed",
            "welcomes", "proud", "pride", "recognition", "attractiveness", "attractive", "great day", "optimistic",
            "benefit", "benefits", "beneficial", "jobs created", "create jobs", "success", "successful", "asset",
            "assets", "springboard", "delighted", "pleased", "good news", "hailed", "praised", "win",
        ),
        "critical": (
            "spy", "spying", "espionage", "alarm", "concerned", "concern", "concerns", "fear", "fears", "naive",
            "danger", "dangers", "dangerous", "threat", "threats", "risk", "risks", "loss", "losses", "surveillance",
            "repression", "worse", "warned", "warning", "critic", "critics", "criticism", "oppose", "opposed",
            "opposition", "protest", "protests", "lever", "sanctions", "secretly", "bypass", "intelligence services",
        ),
    },
    "fr": {
        "supportive": (
            "opportunité", "opportunités", "chance", "atout", "atouts", "fier", "fière", "fiers", "ravi", "ravis",
            "reconnaissance", "attractivité", "booster", "grand jour", "emplois créés", "créer des emplois",
            "se félicite", "profitera", "preuve", "succès", "porte d'entrée", "enthousiaste", "optimiste",
            "bonne nouvelle", "tremplin", "réjouit", "opportun", "saluer", "salue",
        ),
        "critical": (
            "espionnage", "espion", "espionner", "craignent", "craint", "crainte", "craintes", "danger", "dangers",
            "menace", "menaces", "dénoncer", "dénonce", "dénoncent", "inquiet", "inquiets", "inquiétude", "naïf",
            "naïve", "risque", "risques", "détracteurs", "on n'en veut pas", "répercussions négatives", "négatif",
            "négatives", "perte", "pertes", "face cachée", "alarme", "opposition", "s'opposent", "contre",
            "surveillance", "répression",
        ),
    },
    "nl": {
        "supportive": (
            "kans", "kansen", "opportuniteit", "opportuniteiten", "troef", "troeven", "trots", "welkom",
            "verheugd", "blij", "goed nieuws", "aantrekkelijk", "aantrekkelijkheid", "banen gecreëerd",
            "jobs gecreëerd", "nieuwe banen", "nieuwe jobs", "succes", "erkenning", "springplank", "optimistisch",
            "voordeel", "voordelen", "opsteker",
        ),
        "critical": (
            "spionage", "spioneren", "bezorgd", "bezorgdheid", "vrees", "vreest", "vrezen", "gevaar", "gevaren",
            "bedreiging", "dreiging", "risico", "risico's", "naïef", "kritiek", "verzet", "protest", "alarm",
            "verlies", "verliezen", "ongerust", "ongerustheid", "repressie", "surveillance", "waarschuwt",
        ),
    },
}
NEGATIONS = ("not", "no", "never", "neither", "nor", "pas", "jamais", "aucun", "aucune", "ni", "niet", "geen",
             "nooit", "noch")

# --------------------------------------------------------------------------------------------------- text folding
_CHAR_MAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u2010": "-", "\u2011": "-",
}


class _FoldTable(dict):
    """``str.translate`` table, filled on demand: each character maps to exactly one folded character."""

    def __init__(self, lower: bool):
        super().__init__()
        self.lower = lower

    def __missing__(self, code: int) -> str:
        ch = _CHAR_MAP.get(chr(code), chr(code))
        if ord(ch) > 127:
            base = unicodedata.normalize("NFD", ch)[0]
            ch = base if base.isalpha() else ch
        if self.lower:
            low = ch.lower()
            ch = low if len(low) == 1 else ch
        self[code] = ch
        return ch


_FOLD_LOWER, _FOLD_CASE = _FoldTable(lower=True), _FoldTable(lower=False)


def fold(text: str, lower: bool = True) -> str:
    """Same-length copy of ``text`` with accents removed, apostrophes/odd spaces/hyphens unified, lower-cased.

    Offsets into the result are offsets into ``text`` (each character maps to exactly one character).
    """
    return text.translate(_FOLD_LOWER if lower else _FOLD_CASE)


def _phrase_pattern(phrase: str) -> str:
    r"""Regex for a folded phrase: words separated by any white space, not inside a longer word.

    The pattern starts with the phrase's first word as a literal, and only then looks behind it for a word
    character: equivalent to a leading ``(?<!\w)``, but lets the regex engine jump from one occurrence of the
    literal to the next instead of trying every position of the text.
    """
    words = phrase.split()
    if not words:
        return r"(?!)"
    first = words[0]
    return (re.escape(first) + r"(?<!\w.{%d})" % len(first) + "".join(r"\s+" + re.escape(w) for w in words[1:])
            + r"(?!\w)")


# ----------------------------------------------------------------------------------------------------- mentions
MENTION_COLUMNS = ["actor", "alias", "start", "end", "matched", "actor_id", "kind", "contextual"]


_ALIAS_COLUMNS = ("name", "aliases", "actor_id", "kind", "organisation")


_LAST_ALIAS_TABLE: list = [None, None]  # (actors DataFrame, its alias table): the same table is passed per article


def _alias_table(actors_df: pd.DataFrame) -> list[dict]:
    """Alias rows of an actors table, with compiled patterns; computed once per distinct table content."""
    if _LAST_ALIAS_TABLE[0] is actors_df:
        return _LAST_ALIAS_TABLE[1]
    columns = [c for c in _ALIAS_COLUMNS if c in actors_df.columns]
    records = tuple(tuple((c, str(v)) for c, v in zip(columns, row))
                    for row in actors_df[columns].itertuples(index=False, name=None))
    table = _alias_table_cached(records)
    _LAST_ALIAS_TABLE[:] = [actors_df, table]
    return table


@lru_cache(maxsize=8)
def _alias_table_cached(records: tuple) -> list[dict]:
    rows = []
    for actor in (dict(record) for record in records):
        name = str(actor.get("name", "")).strip()
        if not name:
            continue
        aliases = split_aliases(actor.get("aliases", "") or "")
        if name not in [a.lstrip(CONTEXTUAL_PREFIX).strip() for a in aliases]:
            aliases = [name] + aliases
        for alias in aliases:
            contextual = alias.startswith(CONTEXTUAL_PREFIX)
            alias = alias.lstrip(CONTEXTUAL_PREFIX).strip()
            if alias:
                rows.append({"actor": name, "alias": alias, "contextual": contextual,
                             "actor_id": str(actor.get("actor_id", "")), "kind": str(actor.get("kind", "")),
                             "organisation": str(actor.get("organisation", ""))})
    # An alias shared by two actors is contextual for both; identical (actor, folded alias) pairs are merged.
    owners: dict[str, set] = {}
    for row in rows:
        owners.setdefault(fold(" ".join(row["alias"].split())), set()).add(row["actor"])
    merged: dict[tuple, dict] = {}
    for row in rows:
        key = fold(" ".join(row["alias"].split()))
        row["key"] = key
        row["contextual"] = row["contextual"] or len(owners[key]) > 1
        previous = merged.get((row["actor"], key))
        if previous is None or (previous["contextual"] and not row["contextual"]):
            merged[(row["actor"], key)] = row
    table = list(merged.values())
    for row in table:
        letters = sum(ch.isalnum() for ch in row["alias"])
        row["case_sensitive"] = letters <= 3
        phrase = fold(row["alias"], lower=False) if row["case_sensitive"] else row["key"]
        row["pattern"] = re.compile(_phrase_pattern(phrase))
        row["probe"] = phrase.split()[0] if phrase.split() else phrase  # cheap substring test before the regex
    return table


_TITLES = {"minister", "ministre", "professor", "professeur", "prof", "dr", "mr", "mrs", "ms", "m", "mme", "mevrouw",
           "meneer", "dhr", "mevr", "sir", "madame", "monsieur", "president", "president", "premier", "ceo", "coo",
           "senator", "mp", "depute", "deputee", "kamerlid", "burgemeester", "bourgmestre", "mayor", "ambassador",
           "ambassadeur", "commissioner", "commissaris", "commissaire", "secretary", "staatssecretaris", "chancellor",
           "judge", "general", "gen", "director", "directeur", "directrice", "chairman", "voorzitter"}


def _other_first_name(text: str, start: int, row: dict) -> bool:
    """A one-word alias of a person preceded by another capitalised word: "Jan Peeters" is not "Kris Peeters"."""
    if row["kind"] != "person" or len(row["alias"].split()) != 1 or row["contextual"]:
        return False
    m = re.search(r"([^\W\d_][\w'.-]*)[ \u00a0]$", text[max(0, start - 40):start])
    if not m:
        return False
    word = m.group(1)
    return word[0].isupper() and fold(word).strip(".") not in _TITLES | _SENTENCE_START_WORDS


def find_mentions(text: str, actors_df: pd.DataFrame) -> pd.DataFrame:
    """Mentions of the actors of ``actors_df`` in ``text``: one row per mention, in text order.

    Columns: ``actor`` (canonical name), ``alias`` (the alias that matched, as in actors.csv), ``start``, ``end``
    (offsets into ``text``), ``matched`` (``text[start:end]``), ``actor_id``, ``kind``, ``contextual``.
    See the module docstring for the matching rules.
    """
    if actors_df is None or len(actors_df) == 0 or not text:
        return pd.DataFrame(columns=MENTION_COLUMNS)
    out = mention_rows(text, actors_df)
    if not out:
        return pd.DataFrame(columns=MENTION_COLUMNS).astype({"start": "int64", "end": "int64"})
    # Built column by column: several times faster than a row-wise constructor followed by astype.
    return pd.DataFrame({column: [row[column] for row in out] for column in MENTION_COLUMNS})


def mention_rows(text: str, actors_df: pd.DataFrame | None) -> list[dict]:
    """The rows of :func:`find_mentions` as a list of dicts (keys :data:`MENTION_COLUMNS`), in text order, without
    building a DataFrame: what the build uses, article by article."""
    if actors_df is None or len(actors_df) == 0 or not text:
        return []
    table = _alias_table(actors_df)
    folded_lower, folded_case = fold(text), fold(text, lower=False)
    candidates = []
    for row in table:
        haystack = folded_case if row["case_sensitive"] else folded_lower
        if row["probe"] not in haystack:
            continue
        for m in row["pattern"].finditer(haystack):
            candidates.append((m.start(), m.end(), row))
    # Longest match wins on overlap; among equals, a non-contextual alias, then the earlier one.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2]["contextual"], c[0]))
    covered = bytearray(len(text))
    kept = []
    for start, end, row in candidates:
        if covered.find(1, start, end) != -1:
            continue
        covered[start:end] = b"\x01" * (end - start)
        kept.append((start, end, row))
    kept.sort(key=lambda c: c[0])
    kept = [c for c in kept if not _other_first_name(text, c[0], c[2])]
    anchors: dict[str, list[int]] = {}
    for start, _, row in kept:
        if not row["contextual"]:
            anchors.setdefault(row["actor"], []).append(start)
    by_key: dict[str, list[dict]] = {}
    for row in table:
        by_key.setdefault(row["key"], []).append(row)
    out = []
    for start, end, row in kept:
        chosen = row
        if row["contextual"]:
            owners = [r for r in by_key[row["key"]] if r["actor"] in anchors]
            if not owners:
                continue
            before = [(anchors[r["actor"]][bisect.bisect_left(anchors[r["actor"]], start) - 1], r)
                      for r in owners if anchors[r["actor"]][0] < start]
            if before:
                chosen = max(before, key=lambda t: t[0])[1]
            else:
                chosen = min(((min(anchors[r["actor"]]), r) for r in owners), key=lambda t: t[0])[1]
        out.append({"actor": chosen["actor"], "alias": chosen["alias"], "start": start, "end": end,
                    "matched": text[start:end], "actor_id": chosen["actor_id"], "kind": chosen["kind"],
                    "contextual": row["contextual"]})
    return out


# ---------------------------------------------------------------------------------------- quotations, sentences
@dataclass(frozen=True)
class Quote:
    """A quotation: marks at ``open`` and ``close`` (``text[open]``, ``text[close]``); inner text between them."""

    open: int
    close: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close

    def contains(self, pos: int) -> bool:
        return self.open < pos < self.close


def find_quotes(text: str) -> list[Quote]:
    """Quotations in ``text`` (see the module docstring for the pairing rules), sorted by opening position."""
    quotes = []
    offset = 0
    for line in text.split("\n"):
        opened_curly = None
        opened_straight = None
        guillemets: list[int] = []
        for i, ch in enumerate(line):
            pos = offset + i
            if ch in "\u201c\u201e":  # “ „
                if opened_curly is None:
                    opened_curly = pos
                else:  # „…“ (Dutch/German) or a misprinted closing “
                    quotes.append(Quote(opened_curly, pos))
                    opened_curly = None
            elif ch == "\u201d" and opened_curly is not None:  # ”
                quotes.append(Quote(opened_curly, pos))
                opened_curly = None
            elif ch == "\u00ab":
                guillemets.append(pos)
            elif ch == "\u00bb" and guillemets:
                quotes.append(Quote(guillemets.pop(), pos))
            elif ch == '"':
                if opened_straight is None:
                    opened_straight = pos
                else:
                    quotes.append(Quote(opened_straight, pos))
                    opened_straight = None
        # Single quotes: ‘ not after a letter opens; ’ not between letters closes (else it is an apostrophe).
        for m in re.finditer("\u2018", line):
            i = m.start()
            if i > 0 and line[i - 1].isalnum():
                continue
            for j in range(i + 1, min(len(line), i + 300)):
                if line[j] == "\u2019" and not (j + 1 < len(line) and line[j + 1].isalnum()):
                    quotes.append(Quote(offset + i, offset + j))
                    break
        offset += len(line) + 1
    return sorted(set(quotes), key=lambda q: (q.open, -q.close))


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "m", "mme", "mlle", "dhr", "mevr", "vs", "e.g", "i.e",
                  "cf", "etc", "jr", "sr", "no", "nr", "art", "p", "pp", "vol", "inc", "ltd", "co", "corp", "s.e",
                  "u.s", "e.u", "n.v", "bv", "sa", "ca", "approx", "fig", "ir", "ing", "drs", "mgr"}
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s+[\"'\u201c\u2018\u00ab(\[]?[^\W_a-z])")


def sentences(text: str, quotes: list[Quote] | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)``: split at line breaks and at . ! ? … followed by a capital, a digit or a
    quotation mark, never inside a quotation nor after a known abbreviation or a single letter (``S.E.``)."""
    quotes = find_quotes(text) if quotes is None else quotes
    cuts = set()
    for m in re.finditer(r"\n", text):
        cuts.add(m.start())
    for m in _BOUNDARY.finditer(text):
        if any(q.contains(m.start()) for q in quotes):
            continue
        word = re.search(r"([\w.]+)$", text[max(0, m.start() - 12):m.start()])
        token = word.group(1).lower() if word else ""
        if token in _ABBREVIATIONS or len(token.rstrip(".")) == 1:
            continue
        cuts.add(m.end())
    spans, start = [], 0
    for cut in sorted(cuts) + [len(text)]:
        segment = text[start:cut]
        if segment.strip():
            lead = len(segment) - len(segment.lstrip())
            trail = len(segment.rstrip())
            spans.append((start + lead, start + trail))
        start = cut
    return spans


def sentence_at(text: str, pos: int, spans: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The ``(start, end)`` of the sentence holding offset ``pos`` (nearest one if ``pos`` falls between)."""
    spans = sentences(text) if spans is None else spans
    if not spans:
        return 0, len(text)
    starts = [s for s, _ in spans]
    i = max(0, bisect.bisect_right(starts, pos) - 1)
    return spans[i]


# ------------------------------------------------------------------------------------------------ attribution
@lru_cache(maxsize=8)
def _cue_patterns(lang: str | None):
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    verbs = sorted({v for lg in langs for v in SPEECH_VERBS[lg]}, key=len, reverse=True)
    if lang is None:
        verbs = [v for v in verbs if v != "dit"]
    pre = sorted({c for lg in langs for c in SOURCE_CUES[lg]["pre"]}, key=len, reverse=True)
    post = {c for lg in langs for c in SOURCE_CUES[lg]["post"]}

    def union(words):
        return re.compile("|".join(_phrase_pattern(fold(w)) for w in words)) if words else None

    return union(verbs), union(pre), {fold(c) for c in post}


_WORD_TOKEN = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _cue_first_words(lang: str | None) -> tuple[frozenset, frozenset]:
    """First word (folded) of every speech verb and of every source cue: a cue can only start at such a word."""
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)

    def firsts(phrases):
        return frozenset(_WORD_TOKEN.findall(fold(p))[0] for p in phrases if _WORD_TOKEN.findall(fold(p)))

    return (firsts(v for lg in langs for v in SPEECH_VERBS[lg]),
            firsts(c for lg in langs for c in SOURCE_CUES[lg]["pre"]))


def _phrase_hits(pattern: re.Pattern, first_words: frozenset, low: str) -> list[tuple[int, int, str]]:
    """Non-overlapping matches of a cue ``pattern`` in folded text, as ``pattern.finditer`` would give them, but
    tried only where a word that can start a cue begins (much faster than scanning every position)."""
    hits: list[tuple[int, int, str]] = []
    last_end = -1
    for word in _WORD_TOKEN.finditer(low):
        if word.start() < last_end or word.group() not in first_words:
            continue
        match = pattern.match(low, word.start())
        if match:
            hits.append((match.start(), match.end(), match.group(0)))
            last_end = match.end()
    return hits


def _hits_within(hits: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    """The matches of a sorted hit list that lie wholly inside ``[start, end)``."""
    first = bisect.bisect_left(hits, (start, -1, ""))
    inside = []
    for hit in hits[first:]:
        if hit[0] >= end:
            break
        if hit[1] <= end:
            inside.append(hit)
    return inside


@dataclass
class _Speaker:
    actor: str = ""
    guess: str = ""
    rule: str = ""


_Mention = namedtuple("_Mention", MENTION_COLUMNS)
_LAST_ORGANISATIONS: list = [None, None]  # (actors DataFrame, its name -> folded organisation): same table per article


def _organisations(actors_df) -> dict[str, str]:
    """Canonical name -> folded organisation of an actors table (computed once for the table passed per article)."""
    if actors_df is None or not len(actors_df):
        return {}
    if _LAST_ORGANISATIONS[0] is actors_df:
        return _LAST_ORGANISATIONS[1]
    orgs = {}
    for row in actors_df.to_dict("records"):
        orgs[str(row.get("name", ""))] = fold(str(row.get("organisation", "") or ""))
    _LAST_ORGANISATIONS[:] = [actors_df, orgs]
    return orgs


class _Context:
    def __init__(self, text: str, actors_df, lang, mentions: pd.DataFrame | list[dict] | None = None):
        self.text = text
        self.low = fold(text)
        if mentions is None:
            mentions = mention_rows(text, actors_df) if actors_df is not None else []
        if isinstance(mentions, pd.DataFrame):
            self.mention_list = [_Mention(*row) for row in mentions[MENTION_COLUMNS].itertuples(index=False)]
        else:
            self.mention_list = [_Mention(*(row[c] for c in MENTION_COLUMNS)) for row in mentions]
        self.organisation_of = _organisations(actors_df)
        self.quotes = find_quotes(text)
        self.sentences = sentences(text, self.quotes)
        self.verbs, self.pre, self.post = _cue_patterns(lang)
        self._sentence_options: dict[tuple[int, int], list] = {}
        # Cue matches over the whole folded text, found once; each sentence takes those inside it.
        verb_firsts, pre_firsts = _cue_first_words(lang)
        self._verb_hits = _phrase_hits(self.verbs, verb_firsts, self.low)
        self._pre_hits = _phrase_hits(self.pre, pre_firsts, self.low) if self.pre else []

    # -- helpers ------------------------------------------------------------------------------------------
    def in_quote(self, pos: int) -> bool:
        return any(q.contains(pos) for q in self.quotes)

    def in_parentheses(self, pos: int, lo: int) -> bool:
        segment = self.text[lo:pos]
        return segment.count("(") > segment.count(")")

    def last_person_before(self, pos: int, person: bool = True):
        for m in reversed(self.mention_list):
            if m.end <= pos and (m.kind == "person" or not person):
                return m
        return None

    def last_name(self, pos: int) -> str:
        """Heuristic antecedent of a pronoun: the last run of two or more capitalised words before ``pos``."""
        window = re.sub(r"[\"\u201c\u201d\u00ab\u00bb].*?[\"\u201c\u201d\u00ab\u00bb]", " ", self.text[max(0, pos - 400):pos])
        words = window.split()
        best = ""
        i = 0
        while i < len(words):
            run = _capitalised_run(words[i:])
            if run and len(run.split()) >= 2:
                best = run
            i += max(1, len(run.split()) if run else 1)
        return best

    def mention_starting_near(self, pos: int, limit: int):
        """First mention starting within ``limit`` characters after ``pos`` with only determiners/titles between."""
        for m in self.mention_list:
            if pos <= m.start <= pos + limit:
                between = self.low[pos:m.start]
                if not re.search(r"[,.;:!?\"\u201c\u201d\u00ab\u00bb]", between) and len(between.split()) <= 3:
                    return m
                return None
        return None

    def guess_after(self, pos: int) -> str:
        """A speaker string right after ``pos``: a capitalised name, else a short noun phrase."""
        segment = re.split(r"[,.;:!?()\n\"\u201c\u201d\u00ab\u00bb]", self.text[pos:pos + 120], maxsplit=1)[0]
        words = segment.split()[:6]
        for i in range(min(4, len(words))):
            name = _capitalised_run(words[i:])
            if name:
                return name
        if words and fold(words[0]) in _DETERMINERS and len(words) <= 4:
            return " ".join(words)
        if words and len(words) <= 2:
            return " ".join(words)
        return ""

    def guess_before(self, lo: int, pos: int) -> str:
        segment = self.text[lo:pos]
        segment = re.sub(r"\([^)]*\)", " ", segment)
        clause = re.split(r"[;:\"\u201c\u201d\u00ab\u00bb]", segment)[-1]
        words = clause.split()
        # nearest capitalised run (not a lone sentence-initial word)
        best = ""
        i = 0
        while i < len(words):
            run = _capitalised_run(words[i:])
            if run:
                n = len(run.split())
                if not (i == 0 and n == 1 and fold(words[0]).strip(".,") in _SENTENCE_START_WORDS):
                    best = run
                i += n
            else:
                i += 1
        if best:
            return best
        tail = words[-3:]
        for k in range(len(tail)):
            if fold(tail[k]) in _DETERMINERS:
                return " ".join(tail[k:]).strip(",")
        return ""

    # -- subject of a speech verb -------------------------------------------------------------------------
    def subject(self, lo: int, cue_start: int) -> _Speaker:
        before = self.low[lo:cue_start]
        words = re.findall(r"[\w'-]+", before)
        # pronoun right before the verb (auxiliaries allowed in between)
        k = len(words) - 1
        while k >= 0 and words[k] in _AUX:
            k -= 1
        if k >= 0:
            last_two = " ".join(words[max(0, k - 1):k + 1])
            if words[k] in PERSONAL_PRONOUNS or last_two in PERSONAL_PRONOUNS:
                at = lo + before.rfind(words[k])
                m = self.last_person_before(at)
                return _Speaker(m.actor, "", "pronoun") if m is not None else _Speaker("", self.last_name(at), "pronoun")
            if words[k] in RELATIVE_PRONOUNS:
                m = self.last_person_before(lo + before.rfind(words[k]), person=False)
                if m is not None:
                    return _Speaker(m.actor, "", "relative pronoun")
        first = re.findall(r"[\w'-]+", before)[:2]
        opening = [w for w in (" ".join(first), first[0] if first else "") if w]
        if any(w in PERSONAL_PRONOUNS for w in opening) and not any(
                lo <= m.start < cue_start for m in self.mention_list if not self.in_quote(m.start)):
            at = lo + len(before) - len(before.lstrip())
            m = self.last_person_before(at)
            return _Speaker(m.actor, "", "pronoun") if m is not None else _Speaker("", self.last_name(at), "pronoun")
        candidates = [m for m in self.mention_list
                      if lo <= m.start and m.end <= cue_start and not self.in_quote(m.start)
                      and not self.in_parentheses(m.start, lo)]
        if candidates:
            nearest = candidates[-1]
            for m in reversed(candidates[:-1]):
                if m.kind == "person" and nearest.kind != "person" and (
                        fold(nearest.actor) in self.organisation_of.get(m.actor, "")
                        or fold(nearest.matched) in self.organisation_of.get(m.actor, "")):
                    nearest = m
                    break
            return _Speaker(nearest.actor, "", "subject")
        return _Speaker("", self.guess_before(lo, cue_start), "subject")

    def speaker_after(self, pos: int) -> _Speaker:
        m = self.mention_starting_near(pos, 40)
        if m is not None:
            return _Speaker(m.actor, "", "after cue")
        words = self.low[pos:pos + 40].split()
        if words and words[0].strip(",.") in PERSONAL_PRONOUNS:
            p = self.last_person_before(pos)
            return _Speaker(p.actor, "", "pronoun") if p is not None else _Speaker("", self.last_name(pos), "pronoun")
        return _Speaker("", self.guess_after(pos), "after cue")

    # -- quotations -----------------------------------------------------------------------------------------
    def quote_speaker(self, q: Quote) -> _Speaker:
        text, low = self.text, self.low
        # a. tag after the closing mark
        after = q.close + 1
        tail = low[after:after + 150]
        lead = len(tail) - len(tail.lstrip(" ,\u00a0"))
        tail_start = after + lead
        t = low[tail_start:tail_start + 150]
        pron = re.match(r"(%s)\s+(?:(?:%s)\s+)*" % ("|".join(re.escape(p) for p in PERSONAL_PRONOUNS),
                                                  "|".join(_AUX)), t)
        if pron and self.verbs.match(t, pron.end()):
            m = self.last_person_before(q.open)
            if m is not None:
                return _Speaker(m.actor, "", "tag: pronoun")
            return _Speaker("", self.last_name(q.open), "tag: pronoun")
        cue = self.verbs.match(t) or (self.pre.match(t) if self.pre else None)
        if cue:
            sp = self.speaker_after(tail_start + cue.end())
            sp.rule = "tag: cue + speaker"
            return sp
        m = self.mention_starting_near(tail_start, 3)
        if m is not None and self.verbs.match(low[m.end:m.end + 40].lstrip(" ,"), 0):
            return _Speaker(m.actor, "", "tag: speaker + cue")
        np_ = re.match(r"((?:%s)\s+)?([\w'-]+\s+){0,2}?" % "|".join(re.escape(d) for d in _DETERMINERS), t)
        if np_ and np_.group(0).strip():
            rest = t[np_.end():]
            if self.verbs.match(rest) and re.match(r"^[^\w]*$", rest[self.verbs.match(rest).end():][:1] or "."):
                return _Speaker("", text[tail_start:tail_start + np_.end()].strip(), "tag: speaker + cue")
        # b. the sentence before the opening mark
        s_start, _ = sentence_at(text, q.open, self.sentences)
        s_start = min(s_start, q.open)
        segment = low[s_start:q.open]
        stripped = segment.rstrip()
        source = None
        if self.pre:
            for c in self.pre.finditer(segment):
                source = c
        if source is not None:
            sp = self.speaker_after(s_start + source.end())
            sp.rule = "before: source cue"
            return sp
        verbs = [c for c in self.verbs.finditer(segment) if not self.in_quote(s_start + c.start())]
        if verbs:
            sp = self.subject(s_start, s_start + verbs[-1].start())
            sp.rule = "before: speech verb"
            return sp
        if stripped.endswith(":"):
            sp = self.subject(s_start, s_start + len(stripped) - 1)
            sp.rule = "before: colon"
            return sp
        # c. caption line above a quotation that opens a paragraph
        line_start = text.rfind("\n", 0, q.open) + 1
        if not text[line_start:q.open].strip():
            previous = text[:line_start].rstrip()
            cap_start = previous.rfind("\n") + 1
            caption = previous[cap_start:]
            if 0 < len(caption) <= 80 and not re.search(r"[.!?:\"\u201d\u00bb]\s*$", caption):
                persons = [m for m in self.mention_list
                           if cap_start <= m.start < cap_start + len(caption) and m.kind == "person"]
                if persons:
                    return _Speaker(persons[0].actor, "", "caption")
                name = _capitalised_run(caption.split(",")[0].split())
                if name and name == caption.split(",")[0].strip():
                    return _Speaker("", name, "caption")
        # d. quotation ending its sentence, one person named before it in the sentence
        end_rest = text[q.close + 1:q.close + 4]
        if re.match(r"^[\s.!?]*($|\n|\s+[^\W_a-z])", end_rest + " X") or q.close + 1 >= len(text):
            persons = {m.actor for m in self.mention_list
                       if s_start <= m.start and m.end <= q.open and m.kind == "person"}
            if len(persons) == 1:
                return _Speaker(persons.pop(), "", "sentence subject")
        return _Speaker("", "", "")

    # -- sentence rules ---------------------------------------------------------------------------------------
    def sentence_speaker(self, pos: int) -> _Speaker:
        s, e = sentence_at(self.text, pos, self.sentences)
        if (s, e) not in self._sentence_options:
            self._sentence_options[(s, e)] = self._sentence_options_at(s, e)
        options = [(scope_start, scope_end, abs(pos - cue), speaker)
                   for scope_start, scope_end, cue, speaker in self._sentence_options[(s, e)]]
        inside = [o for o in options if o[0] <= pos < o[1]]
        if not inside:
            return _Speaker("", "", "outlet")
        preceding = [o for o in inside if o[0] <= pos]
        best = min(preceding or inside, key=lambda o: o[2])
        sp = best[3]
        if not sp.rule:
            sp.rule = "sentence cue"
        return sp

    def _sentence_options_at(self, s: int, e: int) -> list:
        """Speech cues of the sentence ``text[s:e]``: (scope start, scope end, cue position, speaker) each."""
        options = []
        if self.pre:
            for cs, ce, cue in _hits_within(self._pre_hits, s, e):
                if self.in_quote(cs):
                    continue
                sp = self.speaker_after(ce)
                if cue in self.post:
                    options.append((s, cs, cs, sp))
                else:
                    options.append((s, e, cs, sp))
        for cs, ce, _ in _hits_within(self._verb_hits, s, e):
            if self.in_quote(cs):
                continue
            preceding = self.text[s:cs].rstrip()
            previous_word = re.findall(r"[\w']+", self.low[s:cs])[-1:]
            if previous_word and previous_word[0] in _DETERMINERS:
                continue  # "the announced rate", "le dit projet": a participle used as an adjective
            inverted = bool(preceding) and preceding[-1] in ",\u201d\u00bb\"'\u2019:" or not preceding
            if inverted:
                after = self.speaker_after(ce)
                if after.actor or after.guess or not preceding:
                    options.append((s, cs, cs, after))
                    continue
                # "X, minister, se félicite, …": a comma from an apposition, not an inverted tag
            subject = self.subject(s, cs)
            rest = self.text[ce:e]
            if len(re.findall(r"\w+", rest)) <= 3 and not re.search(r"\d", rest):
                # "..., the CEO said." -> covers what precedes the subject
                subject_start = self._subject_start(s, cs)
                subject = self.subject(subject_start, cs)
                options.append((s, subject_start, cs, subject))
            else:
                options.append((ce, e, cs, subject))
        return options

    def _subject_start(self, s: int, cs: int) -> int:
        comma = max(self.text.rfind(",", s, cs), self.text.rfind("\u201d", s, cs), self.text.rfind("\u00bb", s, cs),
                    self.text.rfind('"', s, cs))
        return comma if comma >= 0 else s


def _capitalised_run(words: list[str]) -> str:
    """The first run of capitalised words (with name particles inside) at the start of ``words``, else ''."""
    out: list[str] = []
    for w in words:
        clean = w.strip(",.;:!?()\"'\u201c\u201d\u00ab\u00bb\u2018\u2019")
        if not clean:
            break
        if clean[0].isupper() and clean[0].isalpha():
            out.append(clean)
            if clean != w.rstrip("'\u2019s") and w[-1:] in ",.;:!?)":
                break
        elif out and fold(clean) in _NAME_PARTICLES:
            out.append(clean)
        else:
            break
    while out and fold(out[-1]) in _NAME_PARTICLES:
        out.pop()
    if out and fold(out[0]) in _SENTENCE_START_WORDS and fold(out[0]) not in _NAME_PARTICLES and len(out) > 1:
        out = out[1:]
    if out and fold(out[0]) in _SENTENCE_START_WORDS and not (fold(out[0]) in _NAME_PARTICLES and len(out) > 1):
        return ""
    return " ".join(out)


def attribute_spans(text: str, spans: pd.DataFrame, actors_df: pd.DataFrame | None = None, lang: str | None = None,
                    *, details: bool = False, mentions: pd.DataFrame | None = None):
    """Who states each span of ``text``: a canonical actor name, or ``''`` for the outlet's own voice.

    ``spans`` has integer columns ``start`` and ``end`` (offsets into ``text``); ``lang`` is ``'en'``, ``'fr'``,
    ``'nl'`` or ``None`` (all three). Returns a :class:`pandas.Series` of names aligned with ``spans.index``; with
    ``details=True`` a DataFrame with ``actor`` (canonical, from ``actors_df`` only), ``speaker_guess`` (heuristic
    string when no known actor was found, else ``''``) and ``rule`` (which rule decided). See the module docstring.
    ``mentions``, the result of :func:`find_mentions` for the same text and actors, saves finding them again.
    """
    rows = attribution_rows(text, list(zip(spans["start"], spans["end"])), actors_df, lang, mentions)
    result = pd.DataFrame(rows, columns=["actor", "speaker_guess", "rule"], index=spans.index)
    return result if details else result["actor"]


def attribution_rows(text: str, spans: list[tuple[int, int]], actors_df: pd.DataFrame | None = None,
                     lang: str | None = None, mentions: pd.DataFrame | list[dict] | None = None) -> list[dict]:
    """:func:`attribute_spans` with ``details=True`` as a list of dicts (``actor``, ``speaker_guess``, ``rule``),
    one per ``(start, end)`` of ``spans``, without DataFrames; ``mentions`` as a DataFrame or as
    :func:`mention_rows`."""
    ctx = _Context(text, actors_df, lang, mentions)
    quote_speakers = {q: ctx.quote_speaker(q) for q in ctx.quotes}
    rows = []
    for start, end in spans:
        start, end = int(start), int(end)
        holders = [q for q in ctx.quotes if q.open < start and end <= q.close]
        speaker = None
        for q in sorted(holders, key=lambda q: q.close - q.open, reverse=True):  # outermost first
            sp = quote_speakers[q]
            if sp.actor or sp.guess:
                speaker = _Speaker(sp.actor, sp.guess, "quote " + sp.rule)
                break
        if speaker is None:
            speaker = ctx.sentence_speaker(start)
        guess = "" if speaker.actor else speaker.guess
        rows.append({"actor": speaker.actor, "speaker_guess": guess, "rule": speaker.rule or "outlet"})
    return rows


def attribution_accuracy(predicted, gold) -> float:
    """Share of spans whose predicted actor equals the gold actor (``''``, None and NaN all mean "the outlet").

    Both are sequences of the same length, aligned by position. Returns NaN for no spans.
    """
    predicted, gold = list(predicted), list(gold)
    if len(predicted) != len(gold):
        raise ValueError(f"predicted has {len(predicted)} values but gold has {len(gold)}")
    if not gold:
        return float("nan")

    def norm(v):
        return "" if v is None or (isinstance(v, float) and v != v) or pd.isna(v) else str(v).strip()

    return sum(norm(p) == norm(g) for p, g in zip(predicted, gold)) / len(gold)


# ---------------------------------------------------------------------------------------------- stance suggestion
@lru_cache(maxsize=8)
def _stance_cues(lang: str | None) -> tuple[re.Pattern, list[tuple[str, re.Pattern, str]]]:
    """Negation pattern and the stance cues of ``lang`` (all languages for None), longest first, compiled once."""
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    negations = re.compile("|".join(_phrase_pattern(n) for n in NEGATIONS))
    cues = sorted({(fold(c), label) for lg in langs for label, words in STANCE_CUES[lg].items() for c in words},
                  key=lambda t: (-len(t[0]), t[0], t[1]))
    return negations, [(cue.split()[0] if cue.split() else cue, re.compile(_phrase_pattern(cue)), label)
                       for cue, label in cues]


def suggest_stance(sentence: str, lang: str | None = None) -> str:
    """``'supportive'``, ``'critical'`` or ``'neutral'`` from cue words (a *suggestion*; see the module docstring)."""
    low = fold(sentence)
    negations, cues = _stance_cues(lang if lang in LANGUAGES else None)
    score = {"supportive": 0, "critical": 0}
    taken: list[tuple[int, int]] = []
    for probe, pattern, label in cues:
        if probe not in low:  # cheap test before the regex
            continue
        for m in pattern.finditer(low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            window = " ".join(re.findall(r"[\w']+", low[:m.start()])[-3:])
            negated = bool(negations.search(window))
            if negated:
                label_used = "critical" if label == "supportive" else "supportive"
            else:
                label_used = label
            score[label_used] += 1
    if score["supportive"] > score["critical"]:
        return "supportive"
    if score["critical"] > score["supportive"]:
        return "critical"
    return "neutral"


def suggest_stances(df: pd.DataFrame, text_column: str = "sentence", lang: str | None = None,
                    lang_column: str | None = None) -> pd.DataFrame:
    """Copy of ``df`` with ``stance_suggested`` and ``stance_source = 'suggested'``; never writes ``stance``."""
    out = df.copy()
    langs = out[lang_column] if lang_column else [lang] * len(out)
    out["stance_suggested"] = [suggest_stance(str(t), lg) for t, lg in zip(out[text_column], langs)]
    out["stance_source"] = "suggested"
    return out
