"""Speakers named around a speech cue: the noun phrase after or before it, a pronoun, the registry's canonical name.

:class:`SpeakerPhrases` is the part of :class:`helpers.extract.attribution.Reading` that turns a position next to a
speech cue into a :class:`~helpers.extract.speakers.Speaker`: the noun phrase right after it (``selon le ministre X``,
``…, said X``; time words and the hearer skipped, an apposition read), the subject right before it (``X, role,
said``; auxiliaries and incidental phrases skipped), or a pronoun (resolved by :mod:`helpers.extract.pronouns`).
Each speaker found is matched against the analyst's registry (``actors.csv``) and entered in the article's
:class:`~helpers.extract.speakers.SpeakerBook`. Words come from ``helpers/lexicon/<lang>/speech.py`` through
``self.lex``; the text, its folded copy, the quotations and the registry mentions are set by ``Reading``.
"""

from __future__ import annotations

import bisect
import re

from helpers.extract.layouts import _STOP, _WORD
from helpers.extract.noun_phrases import parse_np
from helpers.extract.speakers import Speaker, _person_role, fold_word, is_role_word
from helpers.text.folding import fold
from helpers.text.sentences import stripped_end

MAX_NP = 160
_OF = frozenset({"of", "van", "von", "des", "der", "de", "du", "by", "from"})
_INVERTED_SUBJECT = re.compile(r"-t-(?:il|elle|ils|elles)\b|-(?:il|elle|ils|elles)\b")
"""A French subject pronoun after the verb ("a-t-il", "estime-t-elle")."""
_PARENTHESIS = re.compile(r"\([^()]*\)")
_COMMA_PART = re.compile(r"[^,()]+")


class SpeakerPhrases:
    """Speakers read from the words next to a cue (mixed into :class:`helpers.extract.attribution.Reading`)."""
    def _add(self, found: Speaker, rule: str, cue: str = "") -> Speaker:
        if not found:
            return found
        first = fold_word(found.name.split()[0]) if found else ""
        if found.name == found.role and first in self.lex.possessives and len(found.name.split()) <= 3:
            named = self.possessor(found)  # "ses représentants promettent": the organisation speaks
            if named is not None:
                named.at, found = found.start, named
        elif found.name == found.role and found.kind == "person" and self._for_organisation(found) and (
                represented := self.represented_organisation(found)) is not None:
            represented.at, found = found.start, represented  # "a spokeswoman said": the organisation speaks
        elif found.name == found.role and found.kind == "person" and found.name.split()[0].lower() not in \
                self.lex.indefinite_articles:
            named = self.person_antecedent(found)  # "the minister": the minister named before
            if named is None and not any(entry.role and self.book._same_role(found.role, entry.role)
                                         for entry in self.book.entries):
                named = self.last_person_named(found)  # "der Manager", "le député": the person just named
            if named is not None:
                named.at, found = found.start, named
        elif found.kind == "organisation" and (found.name == found.role or all(
                is_role_word(w, self.lex) for w in found.name.split())) or found.name.split()[-1].isupper():
            named = self.org_antecedent(found)  # "the company", "des Flughafens", "der RRH": the name before
            if named is not None:
                named.at, found = found.start, named
            elif found.name == found.role and len(found.name.split()) >= 3:  # "le Syndicat autonome des
                start = self.proper_name_start(found.start, found.end)  # cheminots": a proper name, no article
                found.name, found.start = self.text[start:found.end], start
        elif found.kind == "organisation" and len(found.name.split()) == 1 and self.lex.noun_endings:
            named = self.inflected_antecedent(found)  # "des Arbeitsamts": "Arbeitsamt der DG"
            if named is not None:
                named.at, found = found.start, named
        if len(found.name.split()) == 1 and not found.role and found.name[:1].isupper() and not any(
                fold_word(e.name.split()[-1]) == fold_word(found.name) for e in self.book.entries if e.name):
            named = self._full_name_before(found)  # "sagte Meier" after "Der Chef ..., Jens Meier, zeigte sich"
            if named is not None and (self._presented_as_person(named.start, named) or self.text[
                    max(0, named.start - 2):named.start].strip() == ","):  # (by a role or in apposition; not
                # "des chinesischen Herstellers Sunvolt")
                named.at, found = found.start, named
        found.rule, found.cue = rule, cue
        self._canonical(found)
        said = None
        if found.actor:
            for entry in reversed(self.book.entries):
                if entry.actor == found.actor:
                    said = self.book._use(entry, found)
                    break
        said = said or self.book.resolve(found)
        if said and said.kind == "person" and said.at >= 0:  # where a person last spoke, by a role ("le ministre a
            bisect.insort(self.__dict__.setdefault("_said_at", {}).setdefault(said.name, []), said.at)  # salué")
        return said

    def _canonical(self, sp: Speaker) -> None:
        i = bisect.bisect_left(self.registry_starts, sp.start - 200)
        while i < len(self.registry) and self.registry[i]["start"] < sp.end:
            m = self.registry[i]
            if m["start"] < sp.end and sp.start < m["end"]:
                sp.actor, sp.actor_status = m["actor"], "registry"
                return
            i += 1
        hit = self.registry_names.get(fold(sp.name))
        if hit is not None:
            sp.actor, sp.actor_status = hit["actor"], "registry"
        else:
            sp.actor, sp.actor_status = sp.name, "proposed"

    def _possessive(self, words: list[tuple[int, int, str]]) -> bool:
        """A pronoun that is a possessive determiner here ("her spokesman", "ihr Regionalsekretär", "haar
        woordvoerder"): it is also a determiner of the language and a role noun follows it."""
        return len(words) > 1 and words[0][2] in self.lex.determiners and is_role_word(
            self.text[words[1][0]:words[1][1]], self.lex)

    def _titled_source(self, start: int, end: int, stop) -> Speaker | None:
        """A publication named by its title in quotation marks right after the phrase ("dem Fachblatt „X“")."""
        if stop is None or self.text[end:stop.start()].strip():
            return None
        qi = self.quote_at(stop.start() + 1)
        if qi is None or self.quotes[qi].open != stop.start():
            return None
        a, b = self.quotes[qi].inner
        if not 1 <= len(self.text[a:b].split()) <= 5 or not self.text[a:a + 1].isupper():
            return None
        return Speaker(name=self.text[a:b].strip(), start=a, end=b, role=self.text[start:end].strip(),
                       kind="organisation")

    def _plain_source(self, start: int, end: int) -> Speaker:
        """A short noun phrase after a source phrase, taken whole as the source's name."""
        phrase = self.text[start:end].strip(" ,")
        words = [fold_word(w) for w in _WORD.findall(phrase)]
        if not words or len(words) > 6 or words[0] in self.lex.clause_words or words[0] in self.lex.personal_pronouns:
            return Speaker()
        start += len(self.text[start:end]) - len(self.text[start:end].lstrip(" ,"))
        name = self.proper_name_start(start, start + len(phrase))
        return Speaker(name=self.text[name:start + len(phrase)], start=name, end=start + len(phrase), role="",
                       kind="organisation")

    def _names_no_person(self, found: Speaker) -> bool:
        """A phrase that names a role alone ("la porte-parole") or a person's role in an organisation ("de
        woordvoerster van Liège Airport"): an apposition after it may name the person."""
        return found.name == found.role or found.kind == "organisation" and any(
            _person_role(w, self.lex) for w in found.role.split())

    def pronoun_suffix(self, word: str) -> bool:
        """An auxiliary with an inverted subject pronoun ("a-t-il", "a-t-elle", "ont-ils")."""
        low = fold_word(word)
        return any(low.endswith(p) and low != p for p in self.lex.personal_pronouns if p.startswith("-"))

    def ends_clause(self, pos: int, limit: int) -> bool:
        """Whether the noun phrase ending at ``pos`` ends its clause, as an inverted tag does ("..., said X on
        Tuesday in a statement."), rather than being the subject of a verb that follows ("..., said the group had
        chosen")."""
        first = _WORD.match(self.low, self._skip_time(pos, limit))
        return first is None or first.end() > limit or (
            first.group() not in self.lex.clause_verbs and first.group() not in self.lex.complementizers)

    def _in_apposition(self, a: int, b: int) -> bool:
        """A name between commas after a noun ("The airport's counsel, Isabelle Renard, turned to ...")."""
        return self.text[max(0, a - 2):a] == ", " and self.text[b:b + 1] == "," and \
            self.text[max(0, a - 3):a - 2].isalpha()

    def _introduces_person(self, pos: int) -> bool:
        """Whether the name starting at ``pos`` is presented as a person: after a title or a person's role noun
        ("lawmaker X", "Kamerlid X", "Dr X"), or as the subject that opens a sentence ("X, head of ..., is ...")."""
        previous = _WORD.findall(self.text[max(0, pos - 40):pos])[-1:]
        if previous and (fold_word(previous[0]) in self.lex.titles or _person_role(previous[0], self.lex)):
            return True
        before = self.text[max(0, pos - 3):pos].rstrip(" \t\u00a0")
        return not before or before[-1] in ".!?\n"

    def _role_of_portfolio(self, pos: int) -> int:
        """Where a person's role starts when a name run at ``pos`` follows it and an of-word ("Schepen van |Economie
        X", "la ministre de |l'Économie X"): the run opens with the portfolio; else -1."""
        words = list(_WORD.finditer(self.text, max(0, pos - 40), pos))[-3:]
        while words and (fold_word(words[-1].group()) in self.lex.determiners or
                         fold_word(words[-1].group()).rstrip("'") + "'" in self.lex.determiners):
            words.pop()  # ("de l'Économie": the elided article)
        if len(words) >= 2 and fold_word(words[-1].group()) in _OF and _person_role(words[-2].group(), self.lex):
            return words[-2].start()
        return -1

    def _skip_time(self, i: int, limit: int) -> int:
        while True:
            while i < limit and self.text[i] in " \t\u00a0":
                i += 1
            m = self.lex.time.match(self.low, i)
            if not m or m.end() > limit:
                return i
            i = m.end()

    def np_after(self, pos: int, limit: int, rule: str, cue: str, source: bool = False) -> Speaker:
        """The speaker named right after ``pos`` (time words skipped), up to punctuation or a clause word. After a
        source phrase (``source``: "according to", "selon", "volgens", "laut") any short noun phrase names the
        source ("the Finnish trade register", "la préfecture"), and a title in quotation marks is its name
        ("laut dem Fachblatt „Hafen-Report“")."""
        inverted = _INVERTED_SUBJECT.match(self.low[pos:pos + 9])
        if inverted:
            self._np_end[pos] = pos + inverted.end()
            return self._pronoun(pos, rule + " (pronoun)", cue)
        i = self._skip_time(pos, limit)
        if re.search(r"-(?:t-)?on\b", fold(cue)):  # "a-t-on appris mardi auprès de la région X": the
            source_at = self.lex.impersonal_source.match(self.low, i)  # impersonal "on" learnt it from X
            if source_at and source_at.end() < limit:
                i, source = self._skip_time(source_at.end(), limit), True
        end = min(limit, i + MAX_NP)
        stop = self._stop_after_titles(i, end)
        end = stop.start() if stop else end
        words = [(m.start(), m.end(), fold_word(m.group())) for m in _WORD.finditer(self.text, i, end)]
        if not words:
            return Speaker()
        if source and len(words) >= 2 and words[0][2] in self.lex.possessives and \
                words[1][2] in self.lex.document_nouns:  # "selon ses calculs", "laut seinen Berechnungen": the
            self._np_end[pos] = words[1][1]  # person the possessive stands for
            return self._pronoun(pos, rule + " (possessive)", cue)
        if words[0][2] in self.lex.personal_pronouns and not self._possessive(words):
            self._np_end[pos] = words[0][1]
            return self._pronoun(pos, rule + " (pronoun)", cue)
        if words[0][2] in self.lex.recipient_prepositions and len(words) > 2:
            k = 1  # "a expliqué à l'agence la porte-parole X": skip the hearer
            while k < min(len(words), 4) and words[k][2] not in self.lex.determiners and \
                    not (self.text[words[k][0]].isupper() and k > 1):
                k += 1
            if k < len(words) and k < 4:
                words = words[k:]
        article = words[0][2] in self.lex.determiners and len(words) > 1 and words[1][2] not in self.lex.clause_words
        if words[0][2] in self.lex.complementizers and len(words) > 1 and words[1][2] in self.lex.determiners:
            return Speaker()  # "notes that the terminal received ...": a reported clause, no speaker
        if (words[0][2] in self.lex.complementizers or words[0][2] in self.lex.clause_words) and not article:
            return Speaker()  # ("het comité X": "het" is an article here, not the pronoun "it")
        np_end = words[0][1]
        started_with_name = self.text[words[0][0]].isupper()
        for k, (a, b, w) in enumerate(words[1:], start=1):
            if w in self.lex.name_prepositions and k + 1 < len(words) and self.text[words[k + 1][0]].isupper() and \
                    is_role_word(self.text[words[k - 1][0]:words[k - 1][1]], self.lex) and \
                    not _person_role(self.text[words[k - 1][0]:words[k - 1][1]], self.lex):
                np_end = b  # "laut dem Institut für Verkehrsforschung": a preposition inside the name
                continue
            if source and not self.lex.adjectives_follow_noun and self.text[a].islower() and not any(
                    self.text[x[0]].isupper() for x in words[:k]) and is_role_word(
                    self.text[words[k - 1][0]:words[k - 1][1]], self.lex) and not is_role_word(w, self.lex) and \
                    w not in self.lex.determiners and w not in self.lex.name_particles and w not in \
                    self.lex.name_prepositions and w not in self.lex.and_words and w not in _OF:
                break  # "volgens het agentschap kwamen er ...": the verb after a role noun alone
            if k >= 2 and w[:1].isdigit():
                break  # a figure opens the next phrase: "volgens de plannen 150 banen"
            if self.text[a].islower() and self.lex.time.match(self.low, a):
                break  # "meldde de luchthaven donderdag", "bevestigde de terminal deze week aan X": a time phrase
            if self.text[a].isupper() and self.text[words[k - 1][0]].isupper() and not \
                    self.text[words[k - 1][1]:a].strip():
                np_end = b  # a capitalised word inside a name, even a clause word's ("la région Grand Est")
                continue
            if w in self.lex.clause_words or w in self.lex.complementizers or (
                    self.lex.verbs.match(self.low, a) and words[k - 1][2] not in self.lex.determiners):
                break  # (a speech verb after a determiner is a noun: "une note de X")
            if self.lex.nouns_capitalised and self.text[words[k - 1][0]].isupper() and self.text[a].islower() and \
                    w not in self.lex.determiners and w not in self.lex.name_particles \
                    and w not in self.lex.and_words and w not in self.lex.name_prepositions:
                break  # (German: a lowercase word after a noun that is no article or preposition is a verb:
                # "laut der Flughafengesellschaft arbeiten 340 Menschen")
            caps = [self.text[x[0]].isupper() for x in words[1:k]]
            seen_name = started_with_name or any(a_ and b_ for a_, b_ in zip(caps, caps[1:])) or any(
                self.text[x[0]:x[1]].isupper() and len(self.text[x[0]:x[1]]) >= 2 for x in words[1:k])  # "de BPC"
            if seen_name and not self.text[a].isupper() and w not in self.lex.name_particles and \
                    not self.text[words[k - 1][0]].islower() and (not is_role_word(w, self.lex) or
                                                                  self.lex.nouns_capitalised):
                break  # (in German a lowercase word is no noun: "des Flughafens landen dort")
            if k >= 10:
                break
            np_end = b
        found = parse_np(self.text, words[0][0], np_end, self.lex)
        self._np_end[pos] = np_end
        if source and self._authorless_document([x for x in words if x[1] <= np_end]):  # "according to the
            named = self._organisation_before(Speaker(name="-", start=pos, end=pos))  # report": the organisation
            return self._add(named, rule + " (document)", cue) if named is not None else Speaker()  # named before
        return self._add(self._completed(found, pos, words, np_end, stop, limit, source), rule, cue)

    def _stop_after_titles(self, i: int, end: int):
        """The punctuation that ends the phrase from ``i``; the point of an abbreviated title ("Prof.", "Dr.", "M.")
        ends nothing."""
        stop = _STOP.search(self.text, i, end)
        while stop is not None and self.text[stop.start()] == "." and stop.start() + 1 < end:
            title = _WORD.findall(self.text[max(i, stop.start() - 12):stop.start()])[-1:]
            if not title or fold_word(title[0]) + "." not in self.lex.titles and fold_word(title[0]) not in \
                    self.lex.titles or not self.text[stop.start() - len(title[0]):stop.start()] == title[0]:
                break
            stop = _STOP.search(self.text, stop.start() + 1, end)
        return stop

    def _completed(self, found: Speaker, pos: int, words: list, np_end: int, stop, limit: int,
                   source: bool) -> Speaker:
        """The speaker after a cue with what may follow its noun phrase: a source of ours (the outlet), a title in
        quotation marks, a short phrase after a source cue, a name in apposition after a role."""
        if source and any(w in self.lex.first_person_possessives for _, _, w in words[:8]) and not any(
                _person_role(self.text[a:b], self.lex) for a, b, _ in words[:8]):
            return Speaker()  # "selon les calculs de notre rédaction": the outlet's own voice ("our expert" is not)
        if source:
            titled = self._titled_source(words[0][0], np_end, stop)
            if titled:
                self._np_end[pos] = titled.end + 1
            found = titled or found or self._plain_source(words[0][0], np_end)
        if found and self._names_no_person(found) and stop is not None and self.text[stop.start()] == ",":
            appos = re.match(r",\s*((?:\w{1,4}\.\s+)?[^,.;:!?()\n]{2,60}?)\s*(?:[,.;:!?]|$)",  # ("M. X", "Dr. X")
                             self.text[stop.start():limit])
            if appos:  # "selon la porte-parole, Claire Dubois, ..."
                a = stop.start() + appos.start(1)
                named = parse_np(self.text, a, a + len(appos.group(1)), self.lex)
                if named and named.name != named.role and len(named.name.split()) >= 2 and all(
                        fold_word(w) in self.lex.titles or fold_word(w) in self.lex.determiners
                        for w in _WORD.findall(self.text[a:named.start])):  # "Mme X", "de heer X", "the Rev. X"
                    named.role = found.role if found.name == found.role else f"{found.role} {found.name}"
                    found = named
        return found

    def np_before(self, lo: int, pos: int, rule: str, cue: str) -> Speaker:
        """The subject of a speech verb at ``pos``: the noun phrase that ends right before it (auxiliaries
        skipped), a pronoun, or a name in apposition ("X, role, said")."""
        earlier, before_end = self._verbs_between(lo, pos), stripped_end(self.text, pos)
        if earlier and self.text[before_end - 1:before_end] == "," and self.low[pos:pos + 30].split()[0].endswith("ing") \
                and not self.text[lo:earlier[0][0]].rstrip().endswith(","):
            return self.np_before(lo, earlier[0][0], rule, cue)  # "X told reporters, adding that": X
        segment = self.text[lo:pos]
        cut = max(segment.rfind(";"), segment.rfind(":"), max(segment.rfind(c) for c in "\u201d\u00bb\u201c\""))
        lo = lo + cut + 1 if cut >= 0 else lo
        if re.search(r"\([A-Z\u00c0-\u00dd0-9][^()]{0,30}\)\s*$", self.text[lo:pos]):  # "Schmitz (Ecolo) warnt",
            pos = lo + self.text[lo:pos].rfind("(")  # "X (45) says": a party or an age stands by the subject
        pos = self._before_relative_clause(lo, pos)
        tail = [m for m in self.lex.time.finditer(self.low, lo, pos)
                if not self.text[m.end():pos].strip(" ,\u00a0") and self.text[lo:m.start()].rstrip().endswith(",")]
        if tail:  # "L'aéroport, de son côté, affirme": an incidental phrase before the verb
            pos = stripped_end(self.text, tail[0].start(), " ,\u00a0")
        words = [(m.start(), m.end(), fold_word(m.group())) for m in _WORD.finditer(self.text, lo, pos)]
        while words and (words[-1][2] in self.lex.auxiliaries or words[-1][2] in self.lex.time_words):
            words.pop()
        if not words:
            return Speaker()
        if words[-1][2] in self.lex.personal_pronouns:
            return self._pronoun(words[-1][0], rule + " (pronoun)", cue)
        if words[-1][2] in self.lex.organisation_pronouns:  # "It said ...": an organisation only
            return self._organisation_pronoun(words[-1][0], rule + " (pronoun)", cue)
        if words[-1][2] in self.lex.first_person:
            return Speaker()  # "we expect": the speaker of the quotation or interview, or the author
        if words[-1][2] in self.lex.connectors and len(words) > 1 and self._clause_follows(pos):
            # "X declined to comment but said its operations had ...": X
            opening = re.match(r"[ \t]*((?:[A-Z\u00c0-\u00dd][\w'\u2019-]*[ \t]+){0,3}[A-Z\u00c0-\u00dd][\w'\u2019-]*)",
                               self.text[lo:pos])
            return self._add(parse_np(self.text, lo + opening.start(1), lo + opening.end(1), self.lex), rule, cue) \
                if opening else Speaker()
        end = words[-1][1]
        masked = _PARENTHESIS.sub(lambda m: " " * len(m.group()), self.text[lo:pos])  # no parentheses
        parts = [m for m in _COMMA_PART.finditer(masked)]
        parts = [(lo + m.start(), lo + m.end()) for m in parts if m.group().strip()]
        apposition = self.text[lo:pos].rstrip().endswith(",")  # "X, role, said" (not "Later, the minister said")
        if len(parts) >= 2:  # "role, X, said": the last part is a bare name
            last = parse_np(self.text, *parts[-1], self.lex)
            if last and (not last.role or all(fold_word(w) in self.lex.titles for w in last.role.split())) and \
                    last.kind == "person" and len(last.name.split()) >= 2:  # (a title is no role: "Me X")
                last.role = self.text[parts[-2][0]:parts[-2][1]].strip()
                return self._add(last, rule, cue)
        if len(parts) >= 2:  # "X, role, said" / "X, role:"
            name = parse_np(self.text, *parts[-2], self.lex)
            part_words = [fold_word(w) for w in _WORD.findall(self.text[parts[-2][0]:parts[-2][1]])]
            noun_phrase = len(part_words) <= 5 and not any(w in self.lex.clause_words for w in part_words[1:])
            if name and name.role != name.name and (len(name.name.split()) >= 2 and (
                    apposition or name.kind == "person") or name.kind == "organisation" and noun_phrase and (
                    apposition or self.text[pos:pos + 1] == ":")) and \
                    len(_WORD.findall(self.text[parts[-2][0]:name.start])) <= 3:
                name.role = (name.role + " " + self.text[parts[-1][0]:parts[-1][1]].strip()).strip()
                return self._add(name, rule, cue)
        return self._add(parse_np(self.text, self._subject_start(words), end, self.lex), rule, cue)

    def _before_relative_clause(self, lo: int, pos: int) -> int:
        """Where the subject of a verb at ``pos`` ends when a relative clause stands between them ("X, qui a dirigé
        le site de Venlo, dit ...", "X, der die Häfen untersucht hat, sagt"): the comma before the relative
        pronoun; else ``pos``."""
        before = self.text[lo:pos].rstrip()
        if not before.endswith(","):
            return pos
        comma = before.rfind(",", 0, len(before) - 1)
        words = _WORD.findall(before[comma + 1:]) if comma >= 0 else []
        if len(words) >= 3 and fold_word(words[0]) in self.lex.relative_pronouns and words[1][:1].islower() and \
                not is_role_word(words[1], self.lex):
            return lo + comma
        return pos

    def _clause_follows(self, pos: int) -> bool:
        """Whether a reported clause follows the speech verb at ``pos`` (a complementizer or a finite verb within
        eight words), rather than an object ("and reported revenue of ...")."""
        following = [fold_word(w) for w in _WORD.findall(self.text[pos:pos + 120])[1:9]]
        return any(w in self.lex.complementizers or w in self.lex.clause_verbs for w in following)

    def _subject_start(self, words: list[tuple[int, int, str]]) -> int:
        """Where the subject ending with ``words[-1]`` starts: after the last complementizer, connector, comma or
        finite verb other than a perfect auxiliary before it ("Er worden 250 banen verwacht": no subject; "Cainiao
        hatte 2018 angekündigt": Cainiao), at most ten words back."""
        for k in range(len(words) - 2, -1, -1):
            a, b, w = words[k]
            inside_name = w in self.lex.and_words and self.text[words[k + 1][0]].isupper() and k > 0 and \
                self.text[words[k - 1][0]].isupper()  # "Douane en Accijnzen"
            determiner = w in self.lex.determiners and is_role_word(self.text[words[k + 1][0]:words[k + 1][1]], self.lex)
            placed = w in self.lex.place_prepositions and k > 0 and _person_role(
                self.text[words[k - 1][0]:words[k - 1][1]], self.lex)  # "A spokeswoman in Hong Kong said"
            if (w in self.lex.complementizers or w in self.lex.connectors) and not inside_name and not placed or \
                    self.text[b:b + 1] == "," or w in self.lex.clause_verbs and w not in self.lex.auxiliaries and \
                    not determiner:  # ("zijn vertegenwoordigers": a possessive, not the verb "zijn")
                return words[k + 1][0]
        return words[-10][0] if len(words) > 10 else words[0][0]
