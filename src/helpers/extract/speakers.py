"""Speakers from the text itself: the noun phrase that names a source, its name and role, and mentions resolved
within an article.

A source is named by a noun phrase next to a speech cue (see :mod:`helpers.extract.attribution`): "le ministre
wallon de l'Économie Willy Borsus", "KU Leuven-econoom Jan Peeters", "Jan Peeters, woordvoerster van de haven", "a
spokesperson for Alibaba", "the customs administration". :func:`parse_np` splits such a phrase into a *name* (the
last run of two or more capitalised words, or one capitalised word after a title or role noun; for an
organisation named by common nouns, the phrase itself) and a *role* (the rest, as written). Words of the language
come from ``helpers/lexicon/<lang>/speech.py``.

:class:`SpeakerBook` keeps the speakers of one article in text order and resolves later mentions: a surname alone
("Borsus") to the full name named before, a role noun alone ("the minister", "de woordvoerster") to the last
speaker with that role, a pronoun to the last person named. The fullest naming mention (its first occurrence) is
what the tables report.

Mentions of the analyst's registry (``actors.csv``) are in :mod:`helpers.extract.mentions`; the names below are
re-exported from the modules that now hold them, for older imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import SimpleNamespace

from helpers.extract.mentions import MENTION_COLUMNS, find_mentions, mention_rows  # noqa: F401 (re-exported)
from helpers.lexicon import LANGUAGES, lexicon
from helpers.text.folding import fold, union_pattern

_SPEECH_TABLES = ("SPEECH_VERBS", "AUXILIARIES", "COMPLEMENTIZERS", "SOURCE_BEFORE", "SOURCE_AFTER",
                  "SOURCE_POSTPOSED", "ECHO_PHRASES", "TIME_WORDS", "PERSONAL_PRONOUNS", "FIRST_PERSON",
                  "DETERMINERS", "NAME_PARTICLES", "TITLES", "ROLE_NOUNS", "PERSON_ROLES", "DOCUMENT_NOUNS",
                  "CLAUSE_WORDS", "CONNECTORS", "RECIPIENT_PREPOSITIONS", "INTERVIEW_ANSWER", "INTERVIEW_QUESTION",
                  "INVERSION_ADVERBS", "SOURCE_OPENING", "ECHO_DEMONSTRATIVES", "REPORTED_MOOD",
                  "CLAUSE_COORDINATORS", "SOURCE_OWN", "SOURCE_POSSESSIVE", "SOURCE_ANAPHORIC",
                  "RELATIVE_PRONOUNS")
_AMBIGUOUS_ACROSS_LANGUAGES = {"dit", "die", "so", "a", "est", "sie", "er", "is", "zij", "ze", "wie", "nach", "des"}


@lru_cache(maxsize=8)
def speech_lexicon(lang: str | None) -> SimpleNamespace:
    """The speech tables of ``lang`` (all four merged for an unknown language, minus words that mean something else
    in another language), folded, with compiled patterns: ``verbs``, ``before``, ``after``, ``postposed``, ``echo``,
    ``time``, ``aux``."""
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    tables = {name: set() for name in _SPEECH_TABLES}
    for lg in langs:
        module = lexicon(lg, "speech")
        for name in _SPEECH_TABLES:
            tables[name] |= {fold(w) for w in getattr(module, name)}
    if len(langs) > 1:
        for name in ("SPEECH_VERBS", "PERSONAL_PRONOUNS", "SOURCE_AFTER", "AUXILIARIES"):
            tables[name] -= _AMBIGUOUS_ACROSS_LANGUAGES
    ns = SimpleNamespace(**{name.lower(): frozenset(words) for name, words in tables.items()})
    ns.split_verbs = {}  # finite part -> particles ("teilte" -> {"mit"}): verbs split by their subject
    for lg in langs:
        for finite, particle in lexicon(lg, "speech").SPLIT_SPEECH_VERBS:
            ns.split_verbs.setdefault(fold(finite), set()).add(fold(particle))
    ns.firsts, by_first = {}, {}
    for name in ("SPEECH_VERBS", "SOURCE_BEFORE", "SOURCE_AFTER", "SOURCE_POSTPOSED"):
        for phrase in tables[name]:
            first = re.match(r"\w+", phrase)
            if first:
                ns.firsts.setdefault(first.group(), set()).add(name)
                by_first.setdefault((name, first.group()), set()).add(phrase)
    ns.by_first = {key: union_pattern(phrases) for key, phrases in by_first.items()}  # the phrases of one word
    ns.first_words = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(
        re.escape(w) for w in sorted(ns.firsts, key=len, reverse=True)))
    ns.verbs = union_pattern(tables["SPEECH_VERBS"])
    ns.before = union_pattern(tables["SOURCE_BEFORE"])
    ns.after = union_pattern(tables["SOURCE_AFTER"])
    ns.postposed = union_pattern(tables["SOURCE_POSTPOSED"])
    ns.echo = union_pattern(tables["ECHO_PHRASES"] | tables["ECHO_DEMONSTRATIVES"])
    ns.time = union_pattern(tables["TIME_WORDS"])
    ns.aux = union_pattern(tables["AUXILIARIES"])
    ns.complementizer = union_pattern(tables["COMPLEMENTIZERS"])
    suffixes = sorted((re.escape(r) for r in tables["ROLE_NOUNS"] if len(r) >= 5 and " " not in r), key=len,
                      reverse=True)
    ns.role_suffix = re.compile(r"\w(?:%s)$" % "|".join(suffixes)) if suffixes else re.compile(r"(?!)")
    return ns


@dataclass
class Speaker:
    """A source as the text names it: ``name`` (fullest naming), its span, ``role`` as written, ``kind``
    (person/organisation), ``actor`` (canonical name when the registry knows it) and how it was found."""

    name: str = ""
    start: int = -1
    end: int = -1
    role: str = ""
    kind: str = ""
    actor: str = ""
    actor_status: str = ""
    rule: str = ""
    cue: str = ""
    mentions: list = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.name)


_TOKEN = re.compile(r"[^\s]+")
_OF_WORDS = frozenset({"by", "from", "of", "de", "du", "des", "van", "von", "der", "vom", "des"})
_EDGE = ",.;:!?()[]\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a"


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """:func:`~helpers.text.folding.fold` of one word, cached (the same words recur in every article)."""
    return fold(word)


@lru_cache(maxsize=65536)
def _clean(word: str) -> str:
    word = word.strip(_EDGE)
    for suffix in ("'s", "\u2019s"):
        if word.endswith(suffix):
            word = word[:-2]
    return word


def is_role_word(word: str, lex) -> bool:
    """A role noun, or a compound ending with one ("Leuven-econoom", "havenwoordvoerder", "Flughafensprecher")."""
    low = re.sub(r"^[ld]'", "", fold_word(_clean(word)))
    if not low:
        return False
    if low in lex.role_nouns:
        return True
    last = low.rsplit("-", 1)[-1]
    return last in lex.role_nouns or lex.role_suffix.search(low) is not None


def _person_role(word: str, lex) -> bool:
    low = fold_word(_clean(word))
    return low in lex.person_roles or low.rsplit("-", 1)[-1] in lex.person_roles or any(
        low.endswith(r) for r in lex.person_roles if len(r) >= 5)


def _is_name_word(word: str, lex) -> bool:
    clean = _clean(word)
    if not clean or not clean[0].isupper() or not clean[0].isalpha():
        return False
    low = fold_word(clean)
    if re.match(r"^[ld]'", low):
        return False
    return low not in lex.determiners and low not in lex.titles and low not in lex.connectors and \
        low not in lex.personal_pronouns and low not in lex.first_person and not is_role_word(clean, lex)


def parse_np(text: str, start: int, end: int, lex) -> Speaker:
    """Name, role and kind of the noun phrase ``text[start:end]`` (see the module docstring). A written source
    ("a report by X", "un rapport de X", "een studie van X") names its author X."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    tokens = [(w, s, e) for w, s, e in tokens if w.strip(_EDGE)]
    for i, (word, _, _) in enumerate(tokens[:4]):
        if fold_word(_clean(word)) in lex.document_nouns and i + 2 < len(tokens):
            nxt, a, b = tokens[i + 1]
            elided = re.match(r"^([dl]['\u2019])(.+)", nxt, re.IGNORECASE) if nxt[:1].islower() else None
            if elided and fold_word(elided.group(1)[0]) == "d":
                tokens = [(elided.group(2), a + 2, b)] + tokens[i + 2:]
            elif fold_word(_clean(nxt)) in _OF_WORDS:
                rest = tokens[i + 2:]
                lead = re.match(r"^([dl]['\u2019])(.+)", rest[0][0]) if rest else None
                tokens = ([(lead.group(2), rest[0][1] + 2, rest[0][2])] + rest[1:]) if lead else rest
            break
    if not tokens:
        return Speaker()
    runs, current = [], []
    for i, (word, s, e) in enumerate(tokens):
        if _is_name_word(word, lex) or (current and word[:1].isupper() and is_role_word(word, lex) and
                                         not _person_role(word, lex)):
            current.append(i)
        elif not current and word[:1].isupper() and fold_word(_clean(word)) in lex.name_particles and \
                i + 1 < len(tokens) and _is_name_word(tokens[i + 1][0], lex) and word[-1:] not in ",;:":
            current.append(i)
        elif current and fold_word(_clean(word)) in lex.name_particles and i + 1 < len(tokens) and \
                _is_name_word(tokens[i + 1][0], lex):
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = []
        if current and word[-1:] in ",;:()":
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    long_runs = [r for r in runs if len(r) >= 2]
    chosen = long_runs[-1] if long_runs else None
    if long_runs and long_runs[0][0] == 0 and tokens[long_runs[0][-1]][0].endswith(","):
        chosen = long_runs[0]  # "Name, role of Organisation": the name comes first
    if chosen is None and runs and runs[-1][0] >= 2 and any(
            fold_word(_clean(w)) in lex.person_roles or is_role_word(w, lex) for w, _, _ in tokens[:runs[-1][0]]):
        chosen = runs[-1]  # "a spokesperson for Alibaba", "un porte-parole de Cainiao": the organisation speaks
        org_of_role = True
    else:
        org_of_role = False
    if chosen is None and runs:
        first = runs[-1][0]
        previous = fold_word(_clean(tokens[first - 1][0])) if first > 0 else ""
        if first > 0 and (previous in lex.titles or is_role_word(tokens[first - 1][0], lex)) or (
                len(runs) == 1 and first == 0):
            chosen = runs[-1]
    np_start, np_end = tokens[0][1], tokens[-1][2]
    while np_end > np_start and text[np_end - 1] in _EDGE:
        np_end -= 1
    if chosen:
        s, e = tokens[chosen[0]][1], tokens[chosen[-1]][2]
        while e > s and text[e - 1] in _EDGE:
            e -= 1
        while s < e and text[s] in _EDGE:
            s += 1
        name = text[s:e]
        if name.endswith(("'s", "\u2019s")):
            name, e = name[:-2], e - 2
        role = (text[np_start:s] + " " + text[e:np_end]).strip(" ,;:-\u2013\u2014")
        kind = "organisation" if org_of_role else _kind(name, role, tokens, chosen, lex)
        return Speaker(name=name, start=s, end=e, role=re.sub(r"\s+", " ", role), kind=kind)
    phrase = text[np_start:np_end]
    has_role = any(is_role_word(w, lex) for w, _, _ in tokens)
    kind = "person" if any(fold_word(_clean(w)) in lex.person_roles or is_role_word(w, lex) and
                           fold_word(_clean(w)).rsplit("-", 1)[-1] in lex.person_roles for w, _, _ in tokens) else \
        "organisation"
    if not has_role or len(tokens) > 8:
        return Speaker()  # no name and no role noun: not a source
    return Speaker(name=phrase, start=np_start, end=np_end, role=phrase if has_role else "", kind=kind)


def _kind(name: str, role: str, tokens, chosen, lex) -> str:
    words = [fold_word(_clean(w)) for w in name.split()]
    if any(w in lex.role_nouns and w not in lex.person_roles for w in words) or any(
            len(w) >= 2 and _clean(x).isupper() for w, x in zip(words, name.split())):
        return "organisation"
    if len(words) >= 2 or any(fold_word(_clean(t[0])) in lex.person_roles or fold_word(_clean(t[0])) in lex.titles
                              for t in tokens[:chosen[0]]):
        return "person"
    return "organisation"


class SpeakerBook:
    """The speakers of one article, in text order, with the resolution of later mentions."""

    def __init__(self, lex):
        self.lex = lex
        self.entries: list[Speaker] = []

    def last_person(self, pos: int) -> Speaker | None:
        for entry in reversed(self.entries):
            if entry.kind == "person" and entry.start < pos:
                return entry
        return None

    def resolve(self, found: Speaker) -> Speaker:
        """The book's entry for ``found`` (a surname, a role noun, the same name), added if new."""
        key = fold(found.name)
        words = key.split()
        for entry in reversed(self.entries):
            ekey = fold(entry.name)
            if ekey == key or (len(words) == 1 and ekey.split()[-1:] == words and entry.kind == "person"):
                return self._use(entry, found)
            if found.role == found.name and found.role and entry.role and self._same_role(found.role, entry.role):
                return self._use(entry, found)
            if found.role == found.name and entry.kind == "organisation" and self._same_role(found.role, entry.name):
                return self._use(entry, found)  # "de provincie" after "de provincie Groningen"
        for entry in reversed(self.entries):
            if found.role == found.name and entry.kind == "organisation" and entry.name != entry.role and \
                    len(found.name.split()) <= 2 and found.kind == "organisation":
                return self._use(entry, found)  # "the company", "l'entreprise": the organisation named before
        entry = Speaker(name=found.name, start=found.start, end=found.end, role=found.role, kind=found.kind,
                        actor=found.actor, actor_status=found.actor_status)
        self.entries.append(entry)
        return self._use(entry, found)

    def _same_role(self, role: str, other: str) -> bool:
        nouns = [w for w in fold(role).split() if is_role_word(w, self.lex)]
        return bool(nouns) and all(n in fold(other) for n in nouns)

    @staticmethod
    def _use(entry: Speaker, found: Speaker) -> Speaker:
        entry.mentions.append((found.start, found.end))
        if not entry.role and found.role and found.role != found.name:
            entry.role = found.role
        return Speaker(name=entry.name, start=entry.start, end=entry.end, role=entry.role, kind=entry.kind,
                       actor=entry.actor, actor_status=entry.actor_status, rule=found.rule, cue=found.cue)


PROPOSED_COLUMNS = ["actor_id", "name", "aliases", "kind", "organisation", "role", "actor_type", "country", "file",
                    "name_start", "name_end", "n_files", "n_quotes", "evidence"]
"""Columns of ``proposed_actors.csv``: the first eight are an ``actors.csv`` row, ready to paste."""


def actor_id(name: str) -> str:
    """A registry id for a name: folded, words joined by underscores ("Willy Borsus" -> "willy_borsus")."""
    return "_".join(re.findall(r"[a-z0-9]+", fold(name)))[:60] or "unnamed"


_MOVED = {"attribute_spans": "helpers.extract.attribution", "attribution_rows": "helpers.extract.attribution",
          "attribution_accuracy": "helpers.extract.attribution", "find_quotes": "helpers.extract.quotes",
          "Quote": "helpers.extract.quotes", "sentences": "helpers.text.sentences",
          "sentence_at": "helpers.text.sentences", "suggest_stance": "helpers.coding.suggestions",
          "suggest_stances": "helpers.coding.suggestions"}


def __getattr__(name: str):
    """Names that moved to other modules, still importable from here (imported on first use)."""
    if name in _MOVED:
        import importlib

        return getattr(importlib.import_module(_MOVED[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
