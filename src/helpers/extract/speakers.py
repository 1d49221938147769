"""Speakers from the text itself: who a source is, the words that describe one, and mentions resolved within an
article.

A source is named by a noun phrase next to a speech cue (see :mod:`helpers.extract.attribution`): "le ministre
wallon de l'Économie Willy Borsus", "KU Leuven-econoom Jan Peeters", "Jan Peeters, woordvoerster van de haven", "a
spokesperson for Alibaba", "the customs administration". :func:`helpers.extract.noun_phrases.parse_np` splits such a
phrase into a *name* and a *role* with the word tests of this module (:func:`is_role_word`, person roles, name
words), read from ``helpers/lexicon/<lang>/speech.py`` by :func:`speech_lexicon` (memoised per lexicon).

:class:`SpeakerBook` keeps the speakers of one article in text order and resolves later mentions: a surname alone
("Borsus") to the full name named before (or a family name written first: "Li" after "Li Wenjun"), a role noun
alone ("de woordvoerster") to the last speaker with that role, "the company" to the last organisation named. The
fullest naming mention (its first occurrence) is what the tables report; names that a role noun, a company noun or
an acronym stands for are found in :mod:`helpers.extract.antecedents`.

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
                  "CLAUSE_WORDS", "CLAUSE_VERBS", "COMPANY_NOUNS", "NOUN_ENDINGS", "INDEFINITE_ARTICLES",
                  "INTENSIFIERS", "FIRST_PERSON_POSSESSIVES", "ORG_NAME_WORDS", "AND_WORDS",
                  "POSSESSIVES",
                  "CONNECTORS", "RECIPIENT_PREPOSITIONS", "INTERVIEW_ANSWER", "INTERVIEW_QUESTION",
                  "INVERSION_ADVERBS", "SOURCE_OPENING", "ECHO_DEMONSTRATIVES", "REPORTED_MOOD",
                  "CLAUSE_COORDINATORS", "SOURCE_OWN", "SOURCE_POSSESSIVE", "SOURCE_ANAPHORIC",
                  "RELATIVE_PRONOUNS", "OBJECT_RELATIVES", "TAG_PREPOSITIONS", "REFLEXIVES_AFTER_VERB", "NAME_PREPOSITIONS", "SPOKESPERSON_ROLES",
                  "IMPERSONAL_SUBJECTS", "PLACE_PREPOSITIONS", "ORGANISATION_PRONOUNS",
                  "SHOW_VERBS", "OUTLET_STAFF")
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
    tables["SPEECH_VERBS"] |= tables["SHOW_VERBS"]  # (read as speech with a document as subject only)
    joined = {fold(particle + finite) for lg in langs for finite, particle in lexicon(lg, "speech").SPLIT_SPEECH_VERBS}
    tables["SPEECH_VERBS"] |= joined  # a separable verb joined at the end of a subordinate clause ("wie X mitteilte",
    # "zoals X toevoegde"): read only in an "as" tag (see helpers.extract.reported)
    if len(langs) > 1:
        for name in ("SPEECH_VERBS", "PERSONAL_PRONOUNS", "SOURCE_AFTER", "AUXILIARIES"):
            tables[name] -= _AMBIGUOUS_ACROSS_LANGUAGES
    ns = SimpleNamespace(**{name.lower(): frozenset(words) for name, words in tables.items()})
    ns.joined_split_verbs = frozenset(joined)
    ns.memo = {}  # word -> verdict of is_role_word / _person_role / _is_name_word (bounded by the vocabulary)
    ns.nouns_capitalised = all(lexicon(lg, "speech").NOUNS_CAPITALISED for lg in langs)
    ns.org_noun_equivalents = {}  # "luchthaven" -> {"airport", "aeroport", "flughafen"} (folded)
    for lg in langs:
        for first, *others in lexicon(lg, "speech").ORG_NOUN_EQUIVALENTS:
            ns.org_noun_equivalents.setdefault(fold(first), set()).update(fold(w) for w in others)
    ns.pronoun_gender = {fold(w): g for lg in langs for w, g in lexicon(lg, "speech").PRONOUN_GENDER}
    ns.impersonal_source = union_pattern({fold(w) for lg in langs for w in lexicon(lg, "speech").IMPERSONAL_SOURCES})
    ns.fronted_source = union_pattern({fold(w) for lg in langs for w in lexicon(lg, "speech").FRONTED_SOURCES})
    ns.impersonal_speech = union_pattern({fold(w) for lg in langs for w in lexicon(lg, "speech").IMPERSONAL_SPEECH})
    staff = union_pattern(tables["OUTLET_STAFF"]).pattern
    ns.outlet_staff_before = re.compile(rf"(?:{staff})[\s\u00a0]+(?:[\w'\u2019.-]+[\s\u00a0]+){{0,2}}$")  # "our
    # correspondent (Tom) |Reyes": a role of the outlet's own staff up to three words before a name (folded text)
    ns.verb_second = all(lexicon(lg, "speech").VERB_SECOND for lg in langs)
    ns.contact_clauses = any(lexicon(lg, "speech").CONTACT_CLAUSES for lg in langs)
    ns.adjectives_follow_noun = any(lexicon(lg, "speech").ADJECTIVES_FOLLOW_NOUN for lg in langs)
    ns.reported_mood_forms = frozenset(w.lower() for lg in langs for w in lexicon(lg, "speech").REPORTED_MOOD)
    ns.estimate_participles = frozenset(w.lower() for lg in langs for w in lexicon(lg, "speech").ESTIMATE_PARTICIPLES)
    # (unfolded: "estimé" is a participle, "estime" a finite verb)
    ns.split_verbs = {}  # finite part -> particles ("teilte" -> {"mit"}): verbs split by their subject
    for lg in langs:
        for finite, particle in lexicon(lg, "speech").SPLIT_SPEECH_VERBS:
            ns.split_verbs.setdefault(fold(finite), set()).add(fold(particle))
    ns.split_verb_pattern = union_pattern(ns.split_verbs)  # (compiled once: read for every German or Dutch text)
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
    ns.self_source = union_pattern(tables["SOURCE_OWN"])  # read by the fixed-source rule and by helpers.extract.sources
    ns.pronoun_source = union_pattern(tables["SOURCE_POSSESSIVE"])
    suffixes = sorted((re.escape(r) for r in tables["ROLE_NOUNS"] if len(r) >= 5 and " " not in r), key=len,
                      reverse=True)
    short = sorted(re.escape(r) for r in tables["PERSON_ROLES"] if len(r) == 4 and r.isalpha())
    tail = r"|\w{4}(?:%s)$" % "|".join(short) if short else ""
    ns.role_suffix = re.compile(r"\w{3}(?:%s)$%s" % ("|".join(suffixes), tail)) if suffixes else re.compile(r"(?!)")
    # a compound opens with three letters or more ("Konzernsprecher", not the name "Lemaire"); a short person's role
    # ends a compound after four letters or more ("Flughafenchef")
    ns.person_suffix = _suffix_pattern(tables["PERSON_ROLES"], r"")  # ("Flughafenchef", "havenbaas")
    ns.company_suffix = _suffix_pattern(tables["COMPANY_NOUNS"], r"")
    ns.spokesperson_suffix = re.compile(r"^(\w{3,}?)s?-?(?:%s)$" % "|".join(sorted(
        (re.escape(w) for w in tables["SPOKESPERSON_ROLES"] if " " not in w), key=len, reverse=True)))
    # ("Konzernsprecher", "Unternehmenssprecherin", "havenwoordvoerder": the first part names whom they speak for)
    return ns


def _suffix_pattern(words, prefix: str) -> re.Pattern:
    """A pattern matching a word that ends with one of ``words`` of five letters or more (or of four letters, after
    four or more: compounds)."""
    suffixes = sorted((re.escape(w) for w in words if len(w) >= 5), key=len, reverse=True)
    short = sorted(re.escape(w) for w in words if len(w) == 4 and w.isalpha())
    tail = r"|\w{4}(?:%s)$" % "|".join(short) if short else ""
    return re.compile(r"%s(?:%s)$%s" % (prefix, "|".join(suffixes), tail)) if suffixes else re.compile(r"(?!)")


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
    at: int = -1
    """Where this mention of the speaker starts (``start`` is its fullest naming; -1: the same)."""

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


_ELISION = re.compile(r"^[ld]'")
MEMO_SIZE = 200_000


def is_role_word(word: str, lex) -> bool:
    """A role noun, or a compound ending with one ("Leuven-econoom", "havenwoordvoerder", "Flughafensprecher"),
    also inflected ("des Flughafens": the lexicon's ``NOUN_ENDINGS``). Memoised per lexicon."""
    hit = lex.memo.get(("role", word))
    if hit is None:
        if len(lex.memo) > MEMO_SIZE:
            lex.memo.clear()
        hit = lex.memo[("role", word)] = _role_word(_ELISION.sub("", fold_word(_clean(word))), lex)
    return hit


def _role_word(low: str, lex) -> bool:
    if not low:
        return False
    if low in lex.role_nouns:
        return True
    last = low.rsplit("-", 1)[-1]
    if last in lex.role_nouns or low.split("-", 1)[-1] in lex.role_nouns or lex.role_suffix.search(low) is not None:
        return True
    return any(low.endswith(e) and len(low) > len(e) + 3 and _role_word(low[:-len(e)], lex) for e in lex.noun_endings)


def _person_role(word: str, lex) -> bool:
    hit = lex.memo.get(("person", word))
    if hit is None:
        low = _ELISION.sub("", fold_word(_clean(word)))  # ("l'économiste")
        hit = lex.memo[("person", word)] = low in lex.person_roles or low.rsplit("-", 1)[-1] in lex.person_roles \
            or low.split("-", 1)[-1] in lex.person_roles \
            or lex.person_suffix.search(low) is not None
    return hit


def _is_name_word(word: str, lex) -> bool:
    hit = lex.memo.get(("name", word))
    if hit is None:
        hit = lex.memo[("name", word)] = _name_word(word, lex)
    return hit


def _name_word(word: str, lex) -> bool:
    clean = _clean(word)
    if not clean or not clean[0].isupper() or not clean[0].isalpha():
        return False
    low = fold_word(clean)
    if _ELISION.match(low) or low in lex.firsts:
        return False  # (nor a word that opens a speech cue: "Laut", "Selon", "Volgens")
    return low not in lex.determiners and low not in lex.titles and low not in lex.connectors and \
        low not in lex.complementizers and \
        low not in lex.personal_pronouns and low not in lex.first_person and low not in lex.clause_words and \
        low not in lex.time_words and low not in lex.auxiliaries and not is_role_word(clean, lex)


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
        """The book's entry for ``found`` (a surname, a role noun, the same name), added if new. (Names and roles
        are folded by the cached :func:`fold_word`: the same few recur in every look-up.)"""
        key = fold_word(found.name)
        words = key.split()
        for entry in reversed(self.entries):
            ekey = fold_word(entry.name)
            if ekey == key or (len(words) == 1 and ekey.split()[-1:] == words and entry.kind == "person"):
                return self._use(entry, found)
            if len(words) == 1 and entry.kind == "person" and len(ekey.split()) == 2 and ekey.split()[0] == key and \
                    not any(fold_word(e.name).split()[-1:] == words for e in self.entries):
                return self._use(entry, found)  # "Li" after "Li Wenjun": a family name written first
            if found.role == found.name and found.role and entry.role and self._same_role(found.role, entry.role):
                return self._use(entry, found)
            if found.role == found.name and entry.kind == "organisation" and self._same_role(found.role, entry.name):
                return self._use(entry, found)  # "de provincie" after "de provincie Groningen"
        for entry in reversed(self.entries):
            if found.role == found.name and entry.kind == "organisation" and entry.name != entry.role and \
                    len(found.name.split()) <= 2 and found.kind == "organisation" and self._company(found.name):
                return self._use(entry, found)  # "the company", "l'entreprise": the organisation named before
        entry = Speaker(name=found.name, start=found.start, end=found.end, role=found.role, kind=found.kind,
                        actor=found.actor, actor_status=found.actor_status)
        self.entries.append(entry)
        return self._use(entry, found)

    def _company(self, phrase: str) -> bool:
        return any(w in self.lex.company_nouns or self.lex.company_suffix.search(w) for w in
                   (re.sub(r"^[ld]'", "", fold_word(_clean(x))) for x in phrase.split()))

    def _same_role(self, role: str, other: str) -> bool:
        nouns = [w for w in fold_word(role).split() if is_role_word(w, self.lex)]
        return bool(nouns) and all(n in fold_word(other) for n in nouns)

    @staticmethod
    def _use(entry: Speaker, found: Speaker) -> Speaker:
        entry.mentions.append((found.start, found.end))
        if not entry.role and found.role and found.role != found.name:
            entry.role = found.role
        return Speaker(name=entry.name, start=entry.start, end=entry.end, role=entry.role, kind=entry.kind,
                       actor=entry.actor, actor_status=entry.actor_status, rule=found.rule, cue=found.cue,
                       at=found.at if found.at >= 0 else found.start)


PROPOSED_COLUMNS = ["actor_id", "name", "aliases", "kind", "organisation", "role", "actor_type", "country", "file",
                    "name_start", "name_end", "n_files", "n_quotes", "evidence"]
"""Columns of ``proposed_actors.csv``: the first eight are an ``actors.csv`` row, ready to paste."""


def actor_id(name: str) -> str:
    """A registry id for a name: folded, words joined by underscores ("Willy Borsus" -> "willy_borsus")."""
    return "_".join(re.findall(r"[a-z0-9]+", fold(name)))[:60] or "unnamed"


_MOVED = {"parse_np": "helpers.extract.noun_phrases", "attribute_spans": "helpers.extract.attribution",
          "attribution_rows": "helpers.extract.attribution",
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
