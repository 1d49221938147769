"""Mentions of the analyst's registry (``actors.csv``) in a text.

Aliases come from ``actors.csv`` (``|``-separated; the canonical ``name`` is always an alias too). Matching ignores
accents, treats typographic apostrophes (’ ‘ ʼ) as ``'``, non-breaking/thin spaces as spaces and any run of white
space in the text as one space; it is case-insensitive, except for aliases of at most three letters (``Ma``,
``VUB``), which must match case exactly. A match must not start or end inside a word. Where matches overlap, the
longest wins (``vice-Premier Ministre`` beats ``Premier Ministre``).

*Contextual aliases* are titles and common nouns (``~the minister``, ``~le Premier Ministre``, ``~our expert``): an
alias written with a leading ``~`` in ``actors.csv``, and any alias that two actors share. A contextual match counts
only if its actor is also named by a non-contextual alias somewhere in the same text; when several anchored actors
share it, it goes to the one named most recently before it (else the first named after it).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import pandas as pd

from helpers.coding.annotations import CONTEXTUAL_PREFIX, split_aliases
from helpers.extract.article_index import article_index, is_token
from helpers.text.folding import fold, phrase_pattern as _phrase_pattern

_SENTENCE_START_WORDS = {
    "the", "a", "an", "in", "on", "at", "but", "and", "according", "after", "before", "for", "this", "that", "it",
    "he", "she", "they", "we", "i", "last", "also", "moreover", "however", "today", "yesterday", "le", "la", "les",
    "l", "un", "une", "selon", "mais", "et", "en", "dans", "pour", "il", "elle", "ils", "nous", "ce", "cette", "de",
    "du", "des", "depuis", "apres", "avant", "aujourd", "volgens", "het", "een", "maar", "en", "in", "op", "dit",
    "deze", "die", "hij", "zij", "ze", "wij", "we", "er", "ook", "vandaag", "gisteren", "s", "m", "mr", "mrs", "dr",
    "mme", "mmes", "m.", "sm", "se", "prof", "minister", "ministre", "president", "président", "ceo", "der", "das", "laut", "und", "aber", "es",
}

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


_LAST_PROBE_PLAN: list = [None, None]  # (alias table, its plan): see _rows_to_try


def _probe_plan(table: list[dict]) -> tuple[dict[str, list[int]], list[int], dict[str, list[dict]]]:
    """For an alias table: its rows by the word their probe is in the lower-cased folded text (rows whose probe is
    one token), the other rows, and the rows by folded alias (``key``)."""
    last_table, last_plan = _LAST_PROBE_PLAN  # (both read at once)
    if last_table is table:
        return last_plan
    by_word: dict[str, list[int]] = {}
    others = []
    for number, row in enumerate(table):
        if is_token(row["probe"]):
            by_word.setdefault(_lowered(row["probe"]) if row["case_sensitive"] else row["probe"], []).append(number)
        else:
            others.append(number)
    by_key: dict[str, list[dict]] = {}
    for row in table:
        by_key.setdefault(row["key"], []).append(row)
    _LAST_PROBE_PLAN[:] = [table, (by_word, others, by_key)]
    return by_word, others, by_key


def _lowered(phrase: str) -> str:
    """What :func:`~helpers.text.folding.fold` makes of a case-kept folded ``phrase``: each character lower-cased
    when its lower case is one character (``fold(c) == _lowered(fold(c, lower=False))`` for every character, and
    both copies have word characters at the same places: ``tests/test_article_index.py`` checks every code
    point)."""
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in phrase)


def _rows_to_try(table: list[dict], index) -> list[dict]:
    """The rows of ``table`` whose alias can match the text, in table order. An alias whose first word (its probe)
    is one token matches only where that word is a whole token (its pattern asks for no word character on either
    side), so only where the probe, lower-cased as :func:`fold` does, is a token of the lower-cased folded text:
    a row whose probe is no word of the text is left out (and the case-kept copy of the text is made only for a
    case-sensitive row that is kept)."""
    by_word, others, _ = _probe_plan(table)
    numbers = [number for word in index.words & by_word.keys() for number in by_word[word]] + others
    numbers.sort()
    return [table[number] for number in numbers]


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
    index = article_index(text)  # the folded copies and the words of the text, shared with its reading
    candidates = []
    for row in _rows_to_try(table, index):
        haystack = index.case if row["case_sensitive"] else index.low
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
    by_key = _probe_plan(table)[2]
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

