"""Personal pronouns as speakers (rules of :class:`helpers.extract.attribution.Reading`, mixed in): "he said", "selon
elle", "zei hij", "sagte sie".

A pronoun next to a speech cue stands for the person named nearest before it whose gender, as the text's earlier
pronouns gave it, does not contradict the pronoun's (the lexicon's ``PRONOUN_GENDER``); a person named without a
speech cue but presented by a role, an apposition or a portfolio counts too, and with no person in reach the
organisation named before speaks ("Le syndicat s'inquiète. Selon lui, ..."). Once a pronoun has been read for a
person, that person keeps its gender for the rest of the text.
"""

from __future__ import annotations

import bisect
import re

from helpers.extract.layouts import _NAME_RUN
from helpers.extract.noun_phrases import parse_np
from helpers.extract.speakers import Speaker, _person_role, fold_word


class PronounRules:
    """Who a subject pronoun next to a speech cue stands for (see the module docstring)."""

    def _pronoun(self, pos: int, rule: str, cue: str) -> Speaker:
        said = self._pronoun_of_gender(pos, rule, cue)
        if said and said.name:
            gender = self.lex.pronoun_gender.get(self._pronoun_word(pos))
            if gender:
                self.__dict__.setdefault("_genders", {})[said.name] = gender  # "he said": a man from now on
        return said

    def _pronoun_word(self, pos: int) -> str:
        m = re.match(r"[-\s]*(?:t-)?([\w']+)", self.low[pos:pos + 14])
        return m.group(1) if m else ""

    def _pronoun_of_gender(self, pos: int, rule: str, cue: str) -> Speaker:
        """The person a pronoun at ``pos`` stands for: the person named nearest before it whose gender, as the
        text's earlier pronouns gave it, does not contradict the pronoun's (the lexicon's ``PRONOUN_GENDER``)."""
        gender = self.lex.pronoun_gender.get(self._pronoun_word(pos))
        genders = self.__dict__.get("_genders", {})
        said_at = self.__dict__.get("_said_at", {})
        entry, best = None, -1
        window_start = max(0, pos - 600)
        window = self.text[window_start:pos]
        for candidate in self.book.entries:  # the person named (full name or surname) nearest before the pronoun
            if not candidate.name or candidate.kind != "person" and not any(
                    _person_role(w, self.lex) for w in candidate.role.split()):
                continue  # (or an organisation speaking through a person: "de woordvoerder van X")
            if gender and genders.get(candidate.name, gender) != gender:
                continue  # "she said" after a man called "he"
            at = window.rfind(candidate.name.split()[-1])
            uses = said_at.get(candidate.name)
            k = bisect.bisect_left(uses, pos) - 1 if uses else -1
            if k >= 0 and uses[k] >= window_start:  # (spoke nearer, named by a role or a pronoun)
                at = max(at, uses[k] - window_start)
            if at > best or at == best >= 0 and candidate.kind == "person":
                entry, best = candidate, at
        for m in reversed(list(_NAME_RUN.finditer(window))):  # a person named without a speech cue, nearer still
            if m.start() <= best:
                break
            role_start = self._role_of_portfolio(window_start + m.start())
            if not self.in_quote(window_start + m.start()) and (self._introduces_person(window_start + m.start()) or
                                                                  self._in_apposition(window_start + m.start(),
                                                                                      window_start + m.end()) or
                                                                  _person_role(m.group().split()[0], self.lex) or
                                                                  role_start >= 0):
                # ("Für X spricht Projektleiter Martin Yeung. «…», sagt er.": the role opens the run; "Schepen van
                # Economie X ... ‘…’, zei ze.": read with the role before the portfolio)
                found = parse_np(self.text, role_start if role_start >= 0 else window_start + m.start(),
                                 window_start + m.end(), self.lex)
                if found and found.kind == "person" and fold_word(found.name.split()[0]) not in self.lex.determiners \
                        and not (gender and genders.get(found.name, gender) != gender):
                    return self._add(found, rule, cue)  # ("La Région avait accordé ...": an article, no person)
        entry = entry or self.book.last_person(pos)
        if entry is not None and gender and genders.get(entry.name, gender) != gender:
            entry = None
        if entry is None:
            window_start = max(0, pos - 400)
            for m in reversed(list(re.finditer(r"(?:[A-Z\u00c0-\u00dd][\w'\u2019-]+\s+){1,3}[A-Z\u00c0-\u00dd][\w'\u2019-]+",
                                               self.text[window_start:pos]))):
                if not self.in_quote(window_start + m.start()):
                    found = parse_np(self.text, window_start + m.start(), window_start + m.end(), self.lex)
                    if found and found.kind == "person":
                        return self._add(found, rule, cue)
            return self._organisation_pronoun(pos, rule, cue)
            # ("Le syndicat CNE s'inquiète. Selon lui, ...": no person named, the organisation)
        return self.book._use(entry, Speaker(name=entry.name, start=pos, end=pos, rule=rule, cue=cue))
