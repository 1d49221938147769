"""The organisation that a role noun stands for: "the company said", "The group says", "des Flughafens", "der RRH".

A source is often named, after its first mention, by a common noun alone ("the company", "l'entreprise", "het
bedrijf", "der Konzern selbst"), by the noun of its name ("des Flughafens" after "Flughafen Lüttich", "the
observatory" after "the Walloon Employment Observatory") or by an acronym defined earlier ("Rhein-Ruhr
Hafengesellschaft (RRH)" ... "der RRH"). :class:`Antecedents` (mixed into
:class:`helpers.extract.attribution.Reading`) finds the name such a phrase stands for, in the text before it:

- an acronym: the name written right before ``(ACRONYM)`` earlier in the text;
- a noun that is part of a name ("Flughafen", "Arbeitsamt", "observatory"): the nearest name before that holds it
  (German inflection endings such as the genitive ``-s``/``-es`` are taken off first, from the lexicon's
  ``NOUN_ENDINGS``);
- a company noun (``COMPANY_NOUNS``: "company", "groupe", "bedrijf", "Konzern"): the nearest name before that is
  presented as a company: right after a company noun ("the carrier SkyLink Express"), holding one ("Zhongyuan
  Automobile Group", "Logistikkonzern Cainiao"), opening a sentence as its subject, in the possessive ("Dragonfly
  Motors' decision"), or an organisation that already spoke.

Names are runs of capitalised words (with the particles and of-words of the language between them) outside
quotations, indexed once per text; each look-up is a bisection and a bounded walk back (at most :data:`WINDOW`
characters and :data:`MAX_RUNS` names).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from helpers.extract.noun_phrases import MEMO_SIZE, parse_np
from helpers.extract.speakers import _OF_WORDS, Speaker, _clean, _is_name_word, _person_role, fold_word, is_role_word
from helpers.text.folding import fold

WINDOW = 2500
PERSON_WINDOW = 600
MAX_RUNS = 40
_CAP = r"[A-Z\u00c0-\u00dd][\w'\u2019&-]*"
_NONSPACE = re.compile(r"\S+")
_LAST_WORD = re.compile(r"([\w'\u2019.-]+)[ \t\u00a0]+$")
_SENTENCE_REST = re.compile(r"[^.!?]*")


@lru_cache(maxsize=1024)
def _role_pattern(roles: tuple[str, ...]) -> re.Pattern:
    """The role nouns ``roles`` (folded) as one pattern, compiled once."""
    return re.compile(r"(?:%s)\b" % "|".join(re.escape(r) for r in roles))


class Antecedents:
    """The name a role-only organisation phrase stands for (see the module docstring)."""

    def _name_runs(self) -> list[tuple[int, int]]:
        if getattr(self, "_runs", None) is None:
            pattern = getattr(self.lex, "name_run_pattern", None)
            if pattern is None:
                glue = sorted({p for p in self.lex.name_particles | {"of", "for", "de", "van", "von", "der", "des", "du"}
                               if " " not in p and "'" not in p}, key=len, reverse=True)
                pattern = self.lex.name_run_pattern = re.compile(r"%s(?:[ \t\u00a0]+(?:(?:%s)[ \t\u00a0]+)?%s)*" % (
                    _CAP, "|".join(map(re.escape, glue)), _CAP))
            runs = []
            for m in pattern.finditer(self.text):
                a, b = self._trim_run(m.start(), m.end())
                if b > a and not self.in_quote(a):
                    runs.append((a, b))
            self._runs, self._run_starts = runs, [a for a, _ in runs]
        return self._runs


    def _runs_before(self, pos: int):
        """The name runs that start at most :data:`WINDOW` characters before ``pos``, nearest first, at most
        :data:`MAX_RUNS` of them (a bounded walk back, by bisection)."""
        self._name_runs()
        i = bisect.bisect_left(self._run_starts, pos) - 1
        for _ in range(MAX_RUNS):
            if i < 0 or self._runs[i][0] < pos - WINDOW:
                return
            yield self._runs[i]
            i -= 1
    def _trim_run(self, a: int, b: int) -> tuple[int, int]:
        """A run without the capitalised words that open sentences but name nothing ("The", "But", "When"). The
        trim depends on the run's words alone: remembered per lexicon, relative to the run."""
        memo = self.lex.__dict__.setdefault("trim_memo", {})
        run = self.text[a:b]
        hit = memo.get(run)
        if hit is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            hit = memo[run] = self._trimmed(run)
        return a + hit[0], a + hit[1]

    def _trimmed(self, run: str) -> tuple[int, int]:
        """:meth:`_trim_run` of the string ``run``: offsets into it."""
        words = list(_NONSPACE.finditer(run))
        while words and not _is_name_word(words[0].group(), self.lex) and not self._proper_noun(words):
            words.pop(0)
        while words and fold_word(_clean(words[-1].group())) in self.lex.name_particles:
            words.pop()
        if not words:
            return 0, 0
        end = words[-1].end()
        while end > 0 and run[end - 1] in ".,'\u2019":
            end -= 1
        if run[words[-1].start():end].endswith(("'s", "\u2019s")):
            end -= 2
        return words[0].start(), end

    def _proper_noun(self, words: list) -> bool:
        """A capitalised organisation noun that opens a name ("Flughafen Lüttich", "L'Observatoire")."""
        word = re.sub(r"^[LlDd]['\u2019]", "", words[0].group())
        return word[:1].isupper() and is_role_word(word, self.lex) and not _person_role(word, self.lex) and (
            len(words) == 1 or _is_name_word(words[1].group(), self.lex))

    def possessor(self, found: Speaker) -> Speaker | None:
        """The organisation behind "its spokesman", "ses représentants", "ihr Sprecher": the nearest name before
        presented as a company or already speaking as an organisation."""
        for a, b in self._runs_before(found.start):
            if b <= found.start and not self._is_person(a, self.text[a:b]) and self._presented_as_company(a, b):
                return self._named(a, b, found)
        return None

    def org_antecedent(self, found: Speaker) -> Speaker | None:
        """The named organisation a role-only phrase (``found.name == found.role``) stands for, else None."""
        words = [fold_word(_clean(w)) for w in found.name.split()]
        if not words or len(words) > 5:
            return None
        if found.name == found.role and words[0] in self.lex.indefinite_articles:
            return None  # "a logistics group": a new source
        acronym = self._acronym(found)
        if acronym is not None:
            return acronym
        content = [w for w in words if w not in self.lex.determiners and w not in self.lex.intensifiers]
        heads = [self._stem(w) for w in content if is_role_word(self._stem(w), self.lex) or self._company(w)]
        if not heads or len(content) > 2:
            return None
        company = any(self._company(w) and not self._owned_company(w) for w in heads) and not any(
            w in _OF_WORDS for w in words[1:])  # ("der Flughafengesellschaft": the airport's company, not the
        # company named before)
        # ("la direction du port": the management of the port, not of the company named before)
        heads = [re.sub(r"^[ld]['\u2019]", "", h) for h in heads]  # ("l'aéroport": the noun without its article)
        heads = [e for h in heads for e in [h, *sorted(self.lex.org_noun_equivalents.get(h, ()))]]  # ("de
        # luchthaven" after "Liège Airport")
        heads = heads if len(content) == 1 else []  # "the airport" is the airport named before; "the
        # government's investment agency" describes its own source
        for entry in reversed(self.book.entries):
            if entry.kind == "organisation" and entry.start < found.start and entry.name != entry.role and \
                    any(len(h) >= 4 and h in fold(entry.name) for h in heads):
                return Speaker(name=entry.name, start=entry.start, end=entry.end, role=entry.role, kind=entry.kind)
        if heads and not company:  # "des Flughafens": a name that holds the noun ("Flughafen Kassel") before a
            for a, b in self._runs_before(found.start):  # nearer name that the noun merely stands before ("Am
                name = self.text[a:b]  # Flughafen Kassel baut Hanko ...")
                if b <= found.start and not self._is_person(a, name) and not self._bare_noun(name, heads) and (
                        len(name.split()) >= 2 or found.name[:1].islower()) and any(
                        len(h) >= 4 and h in " ".join(self._titled[a][0]) for h in heads):
                    return self._named(a, b, found)
        for a, b in self._runs_before(found.start):
            if b > found.start:
                continue
            name = self.text[a:b]
            if self._is_person(a, name) or self._indefinite_description(a, b) or self._bare_noun(name, heads):
                continue
            low = " ".join(self._titled[a][0])
            if any(len(h) >= 4 and h in low for h in heads) and (len(name.split()) >= 2 or found.name[:1].islower()):
                return self._named(a, b, found)  # ("l'observatoire" after "L'Observatoire ...": a proper name)
            presenting = self._presenting_words(a)[-1 if not self.lex.adjectives_follow_noun else -3:]  # (the noun
            # right before the name where adjectives stand before the noun: "Gewerkschaft verteilt Flugblätter" is
            # no union named "Flugblätter")
            if any(h == p or len(h) >= 5 and p.endswith(h) for h in heads for p in presenting):
                return self._named(a, b, found)  # "le syndicat" after "Le syndicat chrétien CSC"; "het
                # agentschap" after "het exportagentschap AWEX" (a compound ending with the noun)
            if company and self._presented_as_company(a, b):
                return self._named(a, b, found)
        return self._subject_before(found) if company else self._organisation_that_spoke(found, heads)

    def _organisation_that_spoke(self, found: Speaker, heads: list[str]) -> Speaker | None:
        """The organisation a bare organisation noun that is no company noun ("the union", "le syndicat", "de dienst",
        "der Verband") takes up when no name before holds or presents that noun: the organisation of the book (one
        that already spoke, by its name) whose last mention ends nearest before it, at most :data:`PERSON_WINDOW`
        characters back ("The plan is reckless, the GMB said. According to the union, ..."), unless the book knows
        that organisation by another organisation noun ("the airport" is not "the union")."""
        first = fold_word(_clean(found.name.split()[0]))
        if first not in self.lex.determiners:  # ("nach Angaben der Gewerkschaft": the article before the phrase)
            previous = _LAST_WORD.search(self.text, max(0, found.start - 20), found.start)
            first = fold_word(previous.group(1)) if previous else ""
        if not heads or first not in self.lex.determiners or first in self.lex.possessives or \
                first in self.lex.indefinite_articles:
            return None  # ("Laut Arbeitsagentur": a noun without article names its own body)
        floor = self._previous_sentence_start(found.start)
        best, named = -1, None
        for entry in self.book.entries:
            at = max([entry.end] + [b for _, b in entry.mentions if b <= found.start])
            if entry.kind != "organisation" or entry.name == entry.role or not entry.name.strip() or \
                    not floor <= at <= found.start or at <= best:
                continue
            nouns = [self._stem(fold_word(_clean(w))) for w in (entry.role + " " + entry.name).split()]
            nouns = [n for n in nouns if is_role_word(n, self.lex) and not _person_role(n, self.lex)]
            if nouns and not any(h in n or n in h for h in heads for n in nouns):
                continue  # (known, by its role or a noun of its name, as another kind of organisation: "Brenmoor
                # Airport" is not "the union")
            best, named = at, Speaker(name=entry.name, start=entry.start, end=entry.end, role=entry.role,
                                      kind="organisation")
        return named

    def _bare_noun(self, name: str, heads: list[str]) -> bool:
        """A run that is the role noun itself, capitalised (a headline's or a sentence's first word: "Union hands
        out leaflets", "Vakbond deelt pamfletten uit"): a common noun, no name for the noun to take up."""
        words = name.split()
        if len(words) == 1 and re.match(r"[LlDd]['\u2019][A-Z\u00c0-\u00dd]", words[0]):
            return False  # ("L'Observatoire": capitalised after its article, a name)
        return len(words) == 1 and self._stem(re.sub(r"^[ld]['\u2019]", "", fold_word(_clean(words[0])))) in heads

    def _previous_sentence_start(self, pos: int) -> int:
        """Where the sentence before the one at ``pos`` starts, in its paragraph (at most :data:`PERSON_WINDOW`
        characters back)."""
        floor = max(self.text.rfind("\n", 0, pos), pos - PERSON_WINDOW)
        stops = [m.end() for m in re.finditer(r"[.!?][\"\u201d\u00bb]?\s", self.text[floor:pos])]
        return floor + stops[-2] if len(stops) >= 2 else floor

    def _subject_before(self, found: Speaker) -> Speaker | None:
        """The organisation a bare company description ("the Dubai-based group", "das Unternehmen") takes up: the
        nearest name in its own or the previous sentence of the paragraph that is no person and stands as a subject,
        with no article or preposition right before it ("When Al Noor bought ..., the group promised")."""
        floor = self._previous_sentence_start(found.start)
        blocked = set(self.lex.determiners) | set(self.lex.name_prepositions) | set(self.lex.place_prepositions) | \
            set(self.lex.recipient_prepositions)
        for a, b in self._runs_before(found.start):
            if a < floor:
                return None
            if b > found.start or self._is_person(a, self.text[a:b]):
                continue
            if self.lex.nouns_capitalised and len(self.text[a:b].split()) < 2 and not self._presented_as_company(a, b):
                continue  # ("900 Arbeitsplätze": a capitalised common noun, no name)
            if self._opens_sentence(a) and not self._names_elsewhere(a, b):
                continue  # ("Interrogée par ..., l'entreprise": a capitalised first word, no name)
            previous = re.findall(r"[\w'\u2019-]+", re.split(r"[.,!?;:()\n]", self.text[max(0, a - 40):a])[-1])
            if not previous or fold_word(previous[-1]) not in blocked and not previous[-1][:1].isdigit():
                return self._named(a, b, found)
        return None

    def inflected_antecedent(self, found: Speaker) -> Speaker | None:
        """A one-word name in an inflected form ("des Arbeitsamts" after "Arbeitsamt der DG"): the longer name
        before it that opens with its stem (the lexicon's ``NOUN_ENDINGS`` taken off)."""
        word = fold_word(_clean(found.name))
        stems = [word[:-len(e)] for e in self.lex.noun_endings if word.endswith(e) and len(word) > len(e) + 3]
        if not stems:
            return None
        for a, b in self._runs_before(found.start):
            first, *rest = fold(self.text[a:b]).split()
            if rest and b <= found.start and first in stems:
                return self._named(a, b, found)
        return None

    def person_antecedent(self, found: Speaker) -> Speaker | None:
        """The person a role-only phrase stands for ("de minister", "the chief executive"): the nearest name before
        it that the same role noun presents ("minister Pierre Lambotte", "Olivier Deckers, the airport's chief
        executive")."""
        roles = [fold_word(_clean(w)) for w in found.name.split() if _person_role(w, self.lex)]
        if not roles:
            return None
        role_pattern = _role_pattern(tuple(roles))
        for a, b in self._runs_before(found.start):
            if b > found.start:
                continue
            limit = found.end if not self.text[b:found.start].strip(" ,\u00a0") else min(b + 50, found.start)
            after = _SENTENCE_REST.match(self.low, b, limit).end() - b  # (in its own sentence; the role phrase
            # itself when it is the name's apposition: "X, Ministre wallon de l'économie, déclare")
            k = bisect.bisect_left(self._run_starts, a) - 1  # (a role before an earlier person's name is that
            previous_end = self._runs[k][1] if k >= 0 and self._person_run(*self._runs[k]) else 0  # person's: "minister
            # X Y spoke, with the mayor, Z": not Z's; a portfolio is no person: "l'échevin de l'Emploi de Ans, X")
            role_before = role_pattern.search(self.low, max(0, a - 50, previous_end), b)
            if role_before or role_pattern.search(self.low, b, b + after):
                named, read_with_role = parse_np(self.text, a, b, self.lex), False
                if role_before and role_before.start() < a:  # read with its role: "la ministre de l'Économie X"
                    with_role = parse_np(self.text, role_before.start(), b, self.lex)  # is X, not "Économie X"
                    if with_role and with_role.kind == "person" and with_role.start > a:
                        named, read_with_role = with_role, True
                if named and named.kind == "person" and len(named.name.split()) >= 2 and (
                        named.start == a or read_with_role or role_pattern.search(self.low, a, named.start)):
                    return named  # ("Thüringens Wirtschaftsministerin Sabine Lorenz": the role inside the run)
        return None

    def _indefinite_description(self, a: int, b: int) -> bool:
        """A capitalised run after an indefinite article that ends with a common noun ("von einem Hamburger
        Investor", "eine Berliner Firma"): a description, not a proper name."""
        previous = _LAST_WORD.search(self.text, max(0, a - 12), a)
        last = self.text[a:b].split()[-1]
        return bool(previous) and fold_word(previous.group(1)) in self.lex.indefinite_articles and (
            is_role_word(last, self.lex) or self._company(fold_word(last)))

    def _person_run(self, a: int, b: int) -> bool:
        """Whether the name run ``[a, b)`` names, by two words or more, a person the text presents as one."""
        return " " in self.text[a:b] and self._is_person(a, self.text[a:b])

    def last_person_named(self, found: Speaker) -> Speaker | None:
        """The person a definite role phrase stands for when no name before it has that role ("der Manager" after
        "Dessen Präsident, Wim Van den Broeck", "le député libéral" after "M. Olivier Gérard (MR)", "der
        58-Jährige"): the person of the book (who spoke) mentioned last within :data:`PERSON_WINDOW` characters,
        else the nearest name before it presented as a person by a title or a person's role."""
        first = fold_word(_clean(found.name.split()[0]))
        if first not in self.lex.determiners or first in self.lex.possessives or first in \
                self.lex.indefinite_articles or len(found.name.split()) > 4:
            return None
        best, named = -1, None
        for entry in reversed(self.book.entries):
            at = max([entry.start] + [b for _, b in entry.mentions if b <= found.start])
            if entry.kind == "person" and len(entry.name.split()) >= 2 and entry.name != entry.role and \
                    found.start - PERSON_WINDOW <= at < found.start and at > best:
                best, named = at, Speaker(name=entry.name, start=entry.start, end=entry.end, role=entry.role,
                                          kind="person")
        if named is not None:
            return named  # a person who already spoke, rather than one only named since ("Cogolati had lobbied
            # the justice minister, X. “…” said the party representative": Cogolati)
        self._name_runs()  # else a person named without a speech cue ("Dessen Präsidentin, X, ist zufrieden")
        i = bisect.bisect_left(self._run_starts, found.start) - 1
        for _ in range(MAX_RUNS):
            if i < 0 or self._runs[i][1] <= found.start - PERSON_WINDOW:
                break
            a, b = self._runs[i]
            i -= 1
            person = parse_np(self.text, a, b, self.lex) if b <= found.start else None
            if person and person.kind == "person" and person.name != person.role and len(person.name.split()) >= 2 \
                    and self._presented_as_person(a, person):
                return person
        return None

    def _presented_as_person(self, a: int, person: Speaker) -> bool:
        """Whether a name run at ``a`` is presented as a person: by a title or a person's role noun in the run
        ("Flughafenchef X") or in the two words before it ("Präsidentin, X", "M. X"), not just by capitals
        ("Millionen Tonnen")."""
        before = re.split(r"[!?;:()\n]", self.text[max(0, a - 40):a])[-1]
        words = [w.rstrip(".") for w in re.findall(r"[\w'\u2019.-]+", before)[-2:]] + person.role.split()
        opening = self.text[max(0, a - 3):a].rstrip(" \t\u00a0")  # or the subject opening its sentence
        return any(fold_word(_clean(w)) in self.lex.titles or _person_role(w, self.lex) for w in words) or (
            (not opening or opening[-1] in ".!?\n") and fold_word(person.name.split()[0]) not in self.lex.determiners
            and person.start == a)

    def _named(self, a: int, b: int, found: Speaker) -> Speaker:
        first = re.match(r"\S+\s+", self.text[a:b])
        if first and self._company(fold_word(first.group().strip())) and \
                _is_name_word(self.text[a + first.end():b].split()[0], self.lex):
            a += first.end()  # "Logistikkonzern Cainiao": the name without the noun that presents it
        elided = re.match(r"[LlDd]['\u2019](?=[A-Z\u00c0-\u00dd])", self.text[a:b])
        a += elided.end() if elided else 0  # "L'Observatoire": the name without the article
        return Speaker(name=self.text[a:b], start=a, end=b, role=found.role, kind="organisation")

    def _stem(self, word: str) -> str:
        for ending in sorted(self.lex.noun_endings, key=len, reverse=True):
            if word.endswith(ending) and is_role_word(word[:-len(ending)], self.lex):
                return word[:-len(ending)]
        return word

    def _owned_company(self, word: str) -> bool:
        """A compound company noun whose first part names another organisation ("Flughafengesellschaft",
        "Hafenbetreiber"): a company of its own, not a later mention of the company named before."""
        return any(word.startswith(r) and len(r) >= 4 and self._company(word[len(r):].lstrip("s-"))
                   for r in self.lex.role_nouns if not self._company(r) and not _person_role(r, self.lex))

    def _company(self, word: str) -> bool:
        memo = self.__dict__.setdefault("_company_memo", {})
        if word not in memo:
            stem = self._stem(word)
            memo[word] = stem in self.lex.company_nouns or self.lex.company_suffix.search(stem) is not None
        return memo[word]

    def _is_person(self, a: int, name: str) -> bool:
        if getattr(self, "_people_size", None) != len(self.book.entries):
            people = [fold(e.name).split() for e in self.book.entries if e.kind == "person" and e.name.strip()]
            self._people = {" ".join(p) for p in people} | {p[-1] for p in people}
            self._people_size = len(self.book.entries)
        memo = self.__dict__.setdefault("_titled", {})
        if a not in memo:  # the run's own words and what stands before it do not change: read once
            previous = _LAST_WORD.search(self.text, max(0, a - 40), a)
            memo[a] = (fold(name).split(), bool(previous) and (fold_word(previous.group(1)) in self.lex.titles or
                                                               _person_role(previous.group(1), self.lex)))
        key, titled = memo[a]
        return titled or bool(key) and (" ".join(key) in self._people or key[-1] in self._people)

    def _presented_as_company(self, a: int, b: int) -> bool:
        """A name presented as a company (see the module docstring)."""
        memo = self.__dict__.setdefault("_company_runs", {})
        if (a, b) not in memo:
            memo[(a, b)] = self._company_by_context(a, b)
        if memo[(a, b)]:
            return True
        if getattr(self, "_orgs_size", None) != len(self.book.entries):
            self._orgs = {fold(e.name) for e in self.book.entries if e.kind == "organisation"}
            self._orgs_size = len(self.book.entries)
        return fold(self.text[a:b]) in self._orgs

    def _presenting_words(self, a: int) -> list[str]:
        """The (at most three) words right before a name, in its sentence, elision taken off: the noun that
        presents it and its adjectives ("le syndicat chrétien CSC", "der chinesische Logistikkonzern X"); read once
        per name run."""
        memo = self.__dict__.setdefault("_presenting", {})
        if a not in memo:
            before = re.split(r"[.,!?;:()\n]", self.text[max(0, a - 40):a])[-1]
            memo[a] = [re.sub(r"^[ld]['\u2019]", "", fold_word(w)) for w in re.findall(r"[\w'\u2019-]+", before)[-3:]]
        return memo[a]

    def _company_by_context(self, a: int, b: int) -> bool:
        before = re.findall(r"[\w'\u2019-]+", self.text[max(0, a - 40):a])
        previous = fold_word(before[-1]) if before else ""
        name_words = [fold_word(_clean(w)) for w in self.text[a:b].split()]
        if previous and self._company(previous) or any(self._company(w) for w in self._presenting_words(a)[-2:]):
            return True  # "the carrier SkyLink Express", "le logisticien Hengtai Express", "le groupe chinois X"
        words = [fold_word(w) for w in re.split(r"[.,!?;:()\n]", self.text[max(0, a - 60):a])[-1].split()][-4:]
        of = next((i for i, w in enumerate(words) if w in _OF_WORDS), -1)  # "le fabricant chinois de batteries X",
        if of > 0 and any(self._company(w) for w in words[max(0, of - 2):of]) and of >= len(words) - 2:  # "the maker
            return True  # of batteries X": the company noun before its complement
        if not any(_is_name_word(w, self.lex) for w in self.text[a:b].split()):
            return False  # a noun alone ("Konzern" opening a German sentence) names no company
        if any(self._company(w) for w in name_words) or any(w in self.lex.org_name_words for w in name_words[1:]):
            return True  # "Zhongyuan Automobile Group", "Logistikkonzern Cainiao", "Silk Road Rail Capital"
        if self.text[b:b + 2] in ("'s", "\u2019s") or self.text[b:b + 1] in ("'", "\u2019"):
            return True  # "Dragonfly Motors' decision"
        apposition = re.match(r",\s+([\w'\u2019]+)\s+([\w'\u2019-]+)", self.text[b:b + 60])
        if apposition and fold_word(apposition.group(1)) in self.lex.determiners and self._company(
                fold_word(apposition.group(2))):
            return True  # "la Sowaer, la société publique qui ...", "Hengtai, der Logistikkonzern aus .."
        opening = self.text[max(0, a - 3):a].rstrip(" \t\u00a0")
        return (not opening or opening[-1] in ".!?\n") and self._names_elsewhere(a, b)

    def _names_elsewhere(self, a: int, b: int) -> bool:
        """A sentence-opening name whose first word is also capitalised inside a sentence somewhere (so it is a
        name, not a capitalised first word)."""
        if len(self.text[a:b].split()) >= 2:
            return True
        if getattr(self, "_inner_caps", None) is None:
            self._inner_caps = set(re.findall(r"(?<=[\w,;:] )([A-Z\u00c0-\u00dd][\w'\u2019-]*)", self.text))
        return self.text[a:b].split()[0] in self._inner_caps

    def _acronym(self, found: Speaker) -> Speaker | None:
        """``(ACR)`` defined earlier: the name written right before it."""
        word = _clean(found.name.split()[-1])
        if not (2 <= len(word) <= 6 and word.isupper() and word.isalpha()) or any(
                is_role_word(w, self.lex) and not _person_role(w, self.lex) for w in found.role.split()):
            return None  # "raad van bestuur van ZTM": the board speaks, not the company
        at = self.text.rfind("(" + word + ")", 0, found.start)
        if at < 0:
            return None
        self._name_runs()
        i = bisect.bisect_left(self._run_starts, at) - 1
        if i >= 0 and not self.text[self._runs[i][1]:at].strip():
            return self._named(*self._runs[i], found)
        return None
