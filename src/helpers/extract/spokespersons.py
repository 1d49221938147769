"""Unnamed spokespersons: the organisation that "a spokeswoman", "un porte-parole de la société", "een
woordvoerder", "ein Konzernsprecher" speak for (rules of :class:`helpers.extract.attribution.Reading`, mixed in
beside :class:`helpers.extract.antecedents.Antecedents`, whose name runs and organisation tests they read).

A spokesperson (the lexicon's ``SPOKESPERSON_ROLES``, or a compound ending with one) named by no name of their own
speaks for an organisation, and the analyst codes that organisation: the one of the phrase ("de la société", "van
het bedrijf", the first part of "Konzernsprecher", "a company spokesman"), resolved like any role noun, else for a bare
role the organisation named nearest before (at most :data:`~helpers.extract.antecedents.PERSON_WINDOW` characters
back): presented as a company, already speaking, or the subject that opens its sentence. A definite "the spokesman"
is that organisation only when no person with that role was named before and no person spoke just before it.

A pronoun that opens its sentence with no person named before it ("The union FNV warned. It said ...", "Selon lui,
...": the lexicon's ``ORGANISATION_PRONOUNS``) stands for the organisation named nearest before, found the same way.
"""

from __future__ import annotations

import re

from helpers.extract.antecedents import _NONSPACE, PERSON_WINDOW
from helpers.extract.layouts import _WORD
from helpers.extract.speakers import _OF_WORDS, Speaker, _clean, _person_role, fold_word, is_role_word


class SpokespersonRules:
    """The organisation an unnamed spokesperson speaks for (see the module docstring)."""

    def _for_organisation(self, found: Speaker) -> bool:
        """Whether an unnamed role phrase may be a spokesperson of an organisation to look for: indefinite ("a
        spokeswoman", "ein Konzernsprecher"), or definite when no name before has its role and no person spoke just
        before ("the spokesman" after "spokesman John X" is John X; after "a spokesman for X", X)."""
        if found.name.split()[0].lower() in self.lex.indefinite_articles:
            return True
        return self.person_antecedent(found) is None and not any(
            entry.role and self.book._same_role(found.role, entry.role) for entry in self.book.entries) and \
            self.last_person_named(found) is None  # ("the party representative" after a member of it spoke)

    def represented_organisation(self, found: Speaker) -> Speaker | None:
        """The organisation that an unnamed spokesperson (``SPOKESPERSON_ROLES``) speaks for: the organisation of
        the phrase ("un porte-parole de la société", "een woordvoerder van het bedrijf", "ein Konzernsprecher", "a
        company spokesman": the one that noun stands for), else, for a bare role ("A spokeswoman said", "un
        porte-parole"), the organisation named nearest before within :data:`PERSON_WINDOW` characters: presented as
        a company, already speaking, or the subject opening its sentence ("Nordhaven denies the claim. A
        spokeswoman said ..."). None when the phrase names no spokesperson or nothing fits."""
        words = list(_NONSPACE.finditer(found.name))
        folded = [re.sub(r"^[ld]['\u2019]", "", fold_word(_clean(w.group()))) for w in words]
        roles = self.lex.spokesperson_roles
        span = next(((i, n) for i in range(len(folded)) for n in (3, 2, 1) if i + n <= len(folded) and (
                     " ".join(folded[i:i + n]) in roles or n == 1 and self.lex.spokesperson_suffix.match(folded[i]))),
                    None)  # (the role's first word and its length in words: "press officer")
        if span is None:
            return None
        k = span[0] + span[1] - 1
        compound = self.lex.spokesperson_suffix.match(folded[k])
        owner = [w for w in words[:span[0]] if fold_word(_clean(w.group())) not in self.lex.determiners]
        rest = words[k + 1:]
        if rest and fold_word(rest[0].group()) in _OF_WORDS | self.lex.name_prepositions and len(rest) > 1:
            a, b = found.start + rest[1].start(), found.start + rest[-1].end()
        elif owner:
            a, b = found.start + owner[0].start(), found.start + owner[-1].end()
        elif compound and folded[k] not in self.lex.spokesperson_roles:
            noun = compound.group(1)
            return self.org_antecedent(Speaker(name=noun, start=found.start, end=found.end, role=noun,
                                               kind="organisation")) if self._company(noun) or is_role_word(
                noun, self.lex) else None
        elif rest:
            return None  # ("a spokeswoman in Hong Kong" is read without the place: the phrase ends at the role)
        else:
            return self._organisation_before(found)
        phrase = Speaker(name=self.text[a:b], start=a, end=b, role=self.text[a:b], kind="organisation")
        if any(_person_role(w, self.lex) for w in phrase.name.split()):  # ("a spokesman for the minister")
            phrase.kind = "person"
            return self.person_antecedent(phrase)
        return self.org_antecedent(phrase)

    def _organisation_before(self, found: Speaker) -> Speaker | None:
        """The organisation named nearest before ``found`` (see :meth:`represented_organisation`)."""
        for a, b in self._runs_before(found.start):
            if a < found.start - PERSON_WINDOW:
                return None
            if b > found.start or self._is_person(a, self.text[a:b]):
                continue
            if self._presented_as_company(a, b) or self._opens_sentence(a) and self._names_elsewhere(a, b):
                return self._named(a, b, found)
        return None

    def _opens_sentence(self, a: int) -> bool:
        """Whether the name run at ``a`` opens its sentence, after determiners and the organisation noun that
        presents it at most ("The Danish Business Authority has ...", "Le syndicat CNE s'inquiète")."""
        pieces = re.split(r"[.!?:;\n]", self.text[max(0, a - 40):a])
        if len(pieces) == 1 and a > 40:
            return False  # (the sentence opened further back)
        return all(fold_word(w) in self.lex.determiners or is_role_word(w, self.lex) and not _person_role(w, self.lex)
                   for w in re.findall(r"[\w'\u2019-]+", pieces[-1]))  # ("Le syndicat CNE s'inquiète")

    def _organisation_pronoun(self, pos: int, rule: str, cue: str) -> Speaker:
        """The organisation a pronoun at ``pos`` stands for (:data:`ORGANISATION_PRONOUNS`: "The union FNV warned on
        Monday. It said ...", "Selon lui, ..."), when it opens its sentence (two words before it at most) or a tag
        after a comma that ends the sentence (", it said", ", a-t-il annoncé": three words at most): the organisation named nearest before;
        else no speaker."""
        sentence_start, sentence_end = self.sentences.at(pos)
        tag_start = max(sentence_start, self.text.rfind(",", sentence_start, pos) + 1)  # (", it said", ", a-t-il
        if len(_WORD.findall(self.text[pos:sentence_end])) > 7:
            tag_start = sentence_start  # (a tag ends its sentence: ", in 2008, it promised 3,000 jobs" is no tag)
        if self._pronoun_word(pos) not in self.lex.organisation_pronouns or len(  # annoncé", ", teilte sie
                _WORD.findall(self.text[tag_start:pos])) > (2 if tag_start == sentence_start else 3):  # mit")
            return Speaker()
        named = self._organisation_before(Speaker(name="-", start=pos, end=pos))
        return self._add(named, rule, cue) if named is not None else Speaker()
