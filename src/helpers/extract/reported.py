"""Reported speech beyond one verb and its subject (rules of :class:`helpers.extract.attribution.Reading`; words
from ``helpers/lexicon/<lang>/speech.py``; the quotation rules are in :mod:`helpers.extract.quote_rules`, the
sources named without a speech verb in :mod:`helpers.extract.sources`):

- coordinated clauses: "X said A and that B", "X affirme que A et qu'B", "X zegt dat A en dat B", "X sagte, dass A
  und dass B" are two pieces of reported speech (:data:`CLAUSE_COORDINATORS` followed by a complementizer);
- coordinated verbs: "X declined to comment but said ...", "X ... and promised to ...", "X dit A mais rappelle
  que B", "X begrüßt das Projekt, warnt aber, dass ...": the second verb shares the subject of the first speech verb
  of the sentence (else the sentence's leading noun phrase), and the first verb's clause ends where the second
  begins;
- "as X said" / "zoals X verklaarde" / "wie der Konzern sagte", a relative pronoun as subject ("Cainiao, which
  has claimed that"), a dateline is no subject ("Brussels, May 7 – ..."), a question reports no speech;
- asides: a tag set between commas inside the clause it reports ("Le conseil, a-t-elle dit, embauchera ...", "De
  gemeente, zei ze, neemt ...", "Die Stadt, sagte sie, stelle ...") reports both sides; after an interrupting tag, a
  coordinator and a finite verb go on with the same speech ("X, he said, and would pay for Y").

Every look-up is bounded (a window of a sentence or a fixed number of characters) or a bisection.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from helpers.extract.layouts import _STOP, _WORD, Event
from helpers.extract.speakers import Speaker, fold_word, is_role_word, parse_np
from helpers.text.folding import fold, union_pattern

MAX_CLAUSE = 1500
"""Longest subject or reported clause read around one speech cue (characters), so that each cue costs the same
however long its sentence."""
_DATELINE_DASH = re.compile(r"\s[\u2013\u2014-]\s")
_DATELINE = re.compile(r"\d|\)|^[A-Z\u00c0-\u00dd]{3,}")
"""What a dateline before its dash holds: a date, an agency in brackets, or a place in capitals."""


@lru_cache(maxsize=16)
def _patterns(coordinators: frozenset, complementizers: frozenset, own: frozenset, possessive: frozenset,
              anaphoric: frozenset) -> dict:
    """Compiled patterns of one language's tables (cached: the tables are the same for every article)."""
    pairs = {f"{c} {k}" for c in coordinators for k in complementizers}
    elided = {p for p in pairs if p.endswith("'")}
    return {"coordinated": union_pattern(pairs - elided) if pairs - elided else re.compile(r"(?!)"),
            "coordinated_elided": re.compile("|".join(r"(?<!\w)" + re.escape(p) for p in sorted(elided)))
            if elided else re.compile(r"(?!)"),
            "coordinator": union_pattern(coordinators),
            "own": union_pattern(own), "possessive": union_pattern(possessive), "anaphoric": union_pattern(anaphoric)}


class ReportedRules:
    """Reported-speech rules mixed into :class:`helpers.extract.attribution.Reading` (see the module docstring)."""

    @property
    def _rx(self) -> dict:
        lex = self.lex
        return _patterns(lex.clause_coordinators, lex.complementizers, lex.source_own, lex.source_possessive,
                         lex.source_anaphoric)

    # -- clauses ------------------------------------------------------------------------------------------
    def _clause_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """``[start, end)`` cut before each coordinated complementizer ("..., and that ..."): the pieces."""
        cuts = []
        for name in ("coordinated", "coordinated_elided"):
            for m in self._rx[name].finditer(self.low, start, end):
                if not self.in_quote(m.start()):
                    cuts.append((m.start(), m.end()))
        if not cuts:
            return [(start, end)]
        pieces, pos = [], start
        for a, b in sorted(cuts):
            pieces.append((pos, a))
            pos = b
        pieces.append((pos, end))
        return pieces

    def _reported_clause_follows(self, s: int, pos: int, limit: int) -> bool:
        """The words before the verb ending at ``pos`` are a short noun phrase in apposition (at most eight words
        from the sentence start ``s``) and, after the noun phrase read at ``pos`` (by ``np_after``), more than three
        words run to the next stop: the verb governs a clause ("X, role, said the group had ..."), it is no
        inverted tag."""
        np_end = self._np_end.get(pos)
        if np_end is None or self._words_outside_quotes(s, pos) > 9:
            return False
        stop = _STOP.search(self.text, np_end, limit)
        rest = self.text[np_end:stop.start() if stop else limit]
        words = _WORD.findall(rest)
        return len(words) > 3 and not self.lex.time.match(self.low, np_end + len(rest) - len(rest.lstrip()))

    def _coordinated_end(self, b: int, e: int) -> int:
        """Where the clause of a speech verb ending at ``b`` ends: before a coordinated second speech verb of the
        sentence ("dit A mais rappelle que B") or a second one after a comma that opens its own clause ("said A,
        adding that B"), else ``e``."""
        for a2, b2, _ in self._verbs_between(b, e):
            k = bisect.bisect_left(self.q_opens, a2) - 1  # (a verb-final relative: "die X »…« nennt")
            end = self.quotes[k].open if k >= 0 and b < self.quotes[k].open and \
                not self.text[self.quotes[k].close + 1:a2].strip() else a2
            comma = self.text.rfind(",", b, end)
            if comma >= 0 and self._object_relative_start(b, end) is not None and not self.in_quote(comma):
                noun = self.text.rfind(",", b, comma)  # "erwartet 300 Stellen, eine Zahl, die X »…« nennt"
                head = _WORD.findall(self.low[noun + 1:comma]) if noun >= 0 else []
                if head and head[0] in self.lex.determiners and len(head) <= 4:
                    comma = noun
                return comma  # "expects 300 hires, a number the mayor calls ‘…’": the apposition is the mayor's
            before = _WORD.findall(self.low[max(b, a2 - 20):a2])
            if before and before[-1] in self.lex.clause_coordinators:
                return self.low.rfind(before[-1], b, a2)
            if self.text[b:a2].rstrip().endswith(",") and self.lex.complementizer.match(self.low, b2 + 1):
                return self.text.rfind(",", b, a2)  # "said A, adding that B"
        return e

    def _coordinated_subject(self, a: int, s: int) -> Speaker | None:
        """The subject of a speech verb at ``a`` coordinated with what precedes it ("... but said", "..., warnt
        aber,"): the speaker of the sentence's earlier speech, else its leading noun phrase; None when the verb is
        not coordinated."""
        before = _WORD.findall(self.low[max(s, a - 20):a])
        verb = self.lex.verbs.match(self.low, a)
        after = _WORD.findall(self.low[a:a + 40])[1:2]
        after_comma = self.text[s:a].rstrip().endswith(",")
        comma_after = bool(after) and after[0] in self.lex.clause_coordinators and after_comma
        earlier = [ev for ev in self._recent_events(s, a + 1) if ev.speaker]
        if after_comma and earlier and verb and self.lex.complementizer.match(self.low, verb.end() + 1):
            return earlier[-1].speaker  # "X said A, adding that B"
        if not (before and before[-1] in self.lex.clause_coordinators) and not comma_after:
            return None
        if earlier:
            return earlier[-1].speaker
        if comma_after:
            return self._leading_np(s, a)  # "X begrüßt das Projekt, warnt aber, dass ..."
        nxt = _WORD.findall(self.low[verb.end():verb.end() + 30])[:1] if verb else []
        if not nxt or not (nxt[0] in self.lex.complementizers or nxt[0] in self.lex.determiners or
                           nxt[0] in self.lex.personal_pronouns or nxt[0] in self.lex.recipient_prepositions):
            return None  # "... and reported revenue of ...": a verb with an object, no speech
        return self._leading_np(s, a)

    def _recent_events(self, lo: int, hi: int, look_back: int = 20) -> list[Event]:
        """Events found so far (in reading order) that start at or after ``lo`` and end by ``hi``: the last
        ``look_back`` only, so that the look-up costs the same however long the text."""
        return [ev for ev in self.events[-look_back:] if lo <= ev.start and ev.end <= hi]

    def _leading_np(self, s: int, limit: int) -> Speaker:
        """The noun phrase that opens the sentence at ``s`` (determiners, capitalised words, name particles)."""
        end = s
        for m in _WORD.finditer(self.text, s, min(limit, s + 120)):
            w = fold_word(m.group())
            if m.group()[:1].isupper() or w in self.lex.determiners or w in self.lex.name_particles:
                if w in self.lex.connectors and m.start() == s:
                    return Speaker()
                end = m.end()
                continue
            break
        if end == s:
            return Speaker()
        return self._add(parse_np(self.text, s, end, self.lex), "coordinated verb")

    def _object_relative_start(self, lo: int, a: int) -> int | None:
        """Where the subject of a speech verb at ``a`` starts when the verb stands in a relative clause whose object
        is the noun before it (:data:`OBJECT_RELATIVES`; without a pronoun in English): "..., a figure (that) the
        union calls ‘…’", "..., un chiffre que le maire juge « … »", "..., een aantal dat de burgemeester ‘…’
        noemt", "..., eine Zahl, die der Minister »…« nennt", "ce que / what X calls". The clause before the noun is
        no speech of the verb; None when the words before the verb are no such clause."""
        clause = max(self.text.rfind(c, lo, a) for c in ",;:(\u2013\u2014\u201d\u00bb\u00ab\u201c")
        c = clause + 1 if clause >= 0 else lo
        words = list(_WORD.finditer(self.text, c, a))
        if not 2 <= len(words) <= 10:
            return None
        folded = [fold_word(m.group()) for m in words]
        lex = self.lex
        for k, w in enumerate(folded[:6]):
            elided = w.startswith("qu'") and len(w) > 3 and "qu'" in lex.object_relatives
            if w not in lex.object_relatives and not elided:
                continue
            prefix = folded[:k]
            if prefix and (prefix[0] not in lex.determiners or any(x in lex.auxiliaries or x in lex.clause_verbs or
                                                                  lex.verbs.fullmatch(x) for x in prefix)):
                return None
            if not prefix and not (clause >= 0 and self.text[clause] == "," and lex.nouns_capitalised or
                                   w in ("what", "wat", "was")):
                return None  # (a relative pronoun opens the clause only after a comma in German, or as "what")
            start = words[k].start() + 3 if elided else (words[k + 1].start() if k + 1 < len(words) else a)
            return self._object_subject_start(start, a)
        if lex.contact_clauses and clause >= 0 and folded[0] in lex.determiners:
            for k in range(2, min(5, len(words))):
                w, raw = folded[k], words[k].group()
                if (w in lex.determiners or w in lex.personal_pronouns or raw[:1].isupper()) and all(
                        x not in lex.determiners and not words[i].group()[:1].isupper() and not lex.verbs.fullmatch(x)
                        for i, x in enumerate(folded[1:k], start=1)):
                    return self._object_subject_start(words[k].start(), a)
        return None

    def _object_subject_start(self, start: int, a: int) -> int | None:
        """``start`` when the words from it to the verb at ``a`` are a subject (a determiner, a pronoun or a capital
        opens them; no verb among them), else None."""
        words = [m for m in _WORD.finditer(self.text, start, a)
                 if fold_word(m.group()) not in self.lex.auxiliaries and fold_word(m.group()) not in self.lex.time_words]
        if not words or len(words) > 6:
            return None
        first = fold_word(words[0].group())
        if not (first in self.lex.determiners or first in self.lex.personal_pronouns or words[0].group()[:1].isupper()):
            return None
        return start

    def _as_tag(self, a: int, b: int, s: int, e: int) -> bool:
        """ "..., as Smith said." / "..., zoals Janssen maandag verklaarde." / "..., wie Müller sagte.": the clause
        before the comma is reported speech of the subject after the adverb (:data:`INVERSION_ADVERBS`). Returns
        whether the verb at ``a`` was read so."""
        opening = _WORD.match(self.text, _skip_space(self.text, s))
        if opening and fold_word(opening.group()) in self.lex.inversion_adverbs and a - s < 120:
            return self._opening_as_tag(opening.end(), a, b, e)
        comma = self.text.rfind(",", max(s, a - 120), a)
        first = _WORD.search(self.text, comma + 1, a) if comma >= 0 else None
        if first is None or fold_word(first.group()) not in self.lex.inversion_adverbs or \
                len(_WORD.findall(self.text[b:e])) > 3 or _STOP.search(self.text, comma + 1, a):
            return False
        nxt = _WORD.search(self.text, first.end(), a)
        if nxt is None or not (nxt.group()[:1].isupper() or fold_word(nxt.group()) in self.lex.determiners):
            return False  # "comme l'a dit X": the inverted tag, read by the speech verb rule
        sp = self.np_after(first.end(), a, "as tag", self.text[a:b])
        if sp:
            self._event(s, comma, sp, None, self.text[a:b])
        return bool(sp)

    def _opening_as_tag(self, pos: int, a: int, b: int, e: int) -> bool:
        """ "As the mayor, X, told the council, ...", "Wie ein Sprecher sagte, ...", "Comme l'a rappelé le maire X,
        ...": the sentence opens with the tag; its speaker stands between the adverb and the verb (or after the verb
        when only a clitic and an auxiliary stand there), the reported clause follows the next comma."""
        comma = self.text.find(",", b, min(e, b + 100))
        if comma < 0:
            return False
        between = [re.sub(r"^[ld]['\u2019]", "", fold_word(w)) for w in _WORD.findall(self.text[pos:a])]
        if all(w in self.lex.auxiliaries for w in between):
            sp = self.np_after(b, comma, "as tag", self.text[a:b])
        else:
            sp = self.np_before(pos, a, "as tag", self.text[a:b])
        if sp:
            self._event(comma + 1, e, sp, None, self.text[a:b])
        return bool(sp)

    def _as_tag_after_comma(self, a: int, b: int, cue: str, s: int, e: int) -> bool:
        """ "..., as X told reporters", "..., zoals X maandag verklaarde", "..., wie ein Sprecher sagte", "...,
        comme l'a expliqué X": the clause before the comma is X's (with the speaker after the verb too, which
        :meth:`ReportedRules._as_tag` leaves to this rule)."""
        comma = self.text.rfind(",", s, a)
        if comma < 0:
            return False
        opening = self.text[comma + 1:a]
        start = comma + 1 + len(opening) - len(opening.lstrip())
        adverb = next((w for w in self.lex.inversion_adverbs if self.low.startswith(w + " ", start)), None)
        if adverb is None or not self.text[start + len(adverb):a].strip() or \
                len(_WORD.findall(self.text[start + len(adverb):a])) > 8:
            return False
        n_book = len(self.book.entries)
        sp = self.np_after(start + len(adverb), a, "as tag", cue) or self.np_after(b, e, "as tag", cue)
        if not sp:
            del self.book.entries[n_book:]
            return False
        self._event(s, comma, sp, None, cue)
        return True

    def _tag_goes_on(self, rest: str) -> bool:
        """After "..., X said on Tuesday," the sentence goes on with a connector or a participle ("as ...",
        "adding ..."), not with the reported clause ("sagte, die Gruppe habe ...")."""
        first = _WORD.search(rest)
        return first is not None and (fold(first.group()) in self.lex.connectors or
                                      fold(first.group()) in self.lex.inversion_adverbs or first.group().endswith("ing"))

    def _verb_window(self, a: int, b: int, s: int, e: int) -> tuple[int, int] | None:
        """The window ``(s, e)`` a speech verb at ``[a, b)`` of the sentence ``[s, e)`` is read in: none for a question
        ("Que craignent les détracteurs ?": no report), a participle used as an adjective ("the announced plan"), or a
        verb read as "as X said"; else the sentence after its dateline, at most :data:`MAX_CLAUSE` characters on each
        side of the verb (a sentence with no end costs no more)."""
        if self.text[max(s, e - 4):e].rstrip()[-1:] == "?":
            return None
        s = self._after_dateline(s, a)
        s, e = max(s, a - MAX_CLAUSE), min(e, b + MAX_CLAUSE)
        previous = _WORD.findall(self.low[max(s, a - 30):a])[-1:]
        if previous and previous[0] in self.lex.determiners and not self._relative_verb(previous[0], b):
            return None
        following = _WORD.match(self.low, _skip_space(self.text, b))
        if following and following.group() in self.lex.reflexives_after_verb:
            return None  # "Das Lager befand sich in Halle": another verb than the speech verb
        if self._as_tag(a, b, s, e):
            return None
        semicolon = self.text.rfind(";", s, a)  # "A; B, X confirmed": the clause before the tag is B
        if semicolon >= 0 and not self.in_quote(semicolon):
            s = _skip_space(self.text, semicolon + 1)
        relative = self._object_relative_start(s, a)
        if relative is not None:  # "..., a figure the union calls ‘…’": the clause before is none of its speech
            s = relative
        after = _WORD.findall(self.low[b:b + 24])[:2]
        if self.text[a:b].lower() in self.lex.estimate_participles and not (previous and previous[0] in self.lex.auxiliaries) \
                and after and (after[0][:1].isdigit() or len(after) == 2 and len(after[0]) <= 3 and after[1][:1].isdigit()):
            return None  # "belaufe sich auf geschätzt 400 Mio.", "le coût, estimé à 400 millions": no report
        if self.low[a:b] in self.lex.joined_split_verbs:
            return None  # "Toen Alibaba de hub aankondigde, klonk ...": a subordinate clause's verb, not a tag
        return s, self._tag_adjunct_end(a, b, s, e)

    def _tag_adjunct_end(self, a: int, b: int, s: int, e: int) -> int:
        """Where the clause read after a speech verb at ``[a, b)`` may end, when the verb closes a tag after the clause
        it reports and a phrase opened by a preposition (:data:`TAG_PREPOSITIONS`) ends the sentence, saying where or
        to whom the words were said: at the verb after its subject ("A, the group said in its annual report.", "A,
        she said at a hearing in Brussels on Monday."), before the phrase after an inverted tag ("A, a reconnu X lors
        d'une audition.", "A, gaf X toe tijdens een hoorzitting.", "A, räumte X bei einer Anhörung ein."; there the
        phrase must open with an article, so that "ein Sprecher bei Siemens" stays whole). Else ``e``."""
        comma = self.text.rfind(",", s, a)
        if comma < 0 or len(_WORD.findall(self.text[s:comma])) < 4 or len(_WORD.findall(self.text[comma:a])) > 6:
            return e
        tag = [fold_word(w) for w in _WORD.findall(self.text[comma:a])]
        inverted = all(w in self.lex.auxiliaries or w in self.lex.inversion_adverbs for w in tag)
        first = _WORD.search(self.text, comma, a)
        if not inverted and (first is None or not (first.group()[:1].isupper() or fold_word(first.group()) in
                                                   self.lex.determiners or fold_word(first.group()) in
                                                   self.lex.personal_pronouns)):
            return e  # (the subject opens the tag: not "a-t-on appris auprès de X")
        after = self._skip_time(b, e)
        words = list(_WORD.finditer(self.text, after, e))
        for k, m in enumerate(words[:8] if inverted else words[:1]):
            if fold_word(m.group()) not in self.lex.tag_prepositions or inverted and k == 0:
                continue
            if inverted and not any(_article(fold_word(w.group()), self.lex) for w in words[k + 1:k + 3]):
                continue
            if inverted and (k > 6 or self.lex.complementizer.search(self.low, b, m.start()) or
                             _STOP.search(self.text, b, m.start())):
                return e  # (only the inverted subject stands between the verb and the phrase)
            rest = [fold_word(w.group()) for w in words[k:]]
            if len(rest) > 12 or re.search(r"[,;:\u201c\u201d\u201e\u00ab\u00bb\"]",
                                           self.text[m.start():e].rstrip(" .!?")) or \
                    self.lex.complementizer.search(self.low, m.start(), e) or \
                    self.lex.verbs.search(self.low, m.start(), e) or \
                    any(w in self.lex.auxiliaries or w in self.lex.clause_verbs for w in rest):
                return e
            return b if not inverted else m.start()
        return e

    def _subject_and_end(self, a: int, b: int, cue: str, s: int, e: int) -> tuple[Speaker | None, int]:
        """The subject of the speech verb at ``[a, b)`` (shared with a coordinated verb, a relative pronoun's
        antecedent, else the noun phrase before it) and where its clause may end (before a coordinated second verb).
        When the clause was cut there and has no complementizer ("dit comprendre l'inquiétude mais rappelle que"),
        the clause is written here and ``(None, e)`` returned."""
        cut = self._coordinated_end(b, e)
        sp = self._coordinated_subject(a, s) or self._relative_subject(a, s, cue) or \
            self.np_before(s, a, "speech verb", cue)
        if sp and cut < e and not self.lex.complementizer.search(self.low, b, cut):
            if not self.text[self._skip_time(b, cut):cut].strip(" ,"):
                return sp, cut  # "A, X confirmed, adding that B": a trailing tag; the clause before is X's too
            self._event(b, cut, sp, None, cue, min_words=2)
            return None, e
        return sp, cut

    def _tag_of_quote(self, s: int, a: int) -> bool:
        """The speech verb at ``a`` closes a tag that follows a quotation of its sentence ("“...,” the chief
        executive, Mark Liu, told the committee."): the quotation is the speech, there is no reported clause."""
        k = bisect.bisect_left(self.q_opens, a) - 1
        return k >= 0 and s <= self.quotes[k].open and self.quotes[k].close < a and \
            len(_WORD.findall(self.text[self.quotes[k].close:a])) <= 10

    def _after_dateline(self, s: int, a: int) -> int:
        """Where the words of a sentence start when it opens with a dateline ("Brussels, May 7, 2021 – ...", "LIÈGE
        (Agency) - ..."): after the first dash with a space on each side in the 80 characters before the verb at
        ``a``, when at least two words lie between the dash and the verb; else ``s``."""
        window = self.text[s:min(a, s + 80)]
        dash = _DATELINE_DASH.search(window)
        if dash and len(_WORD.findall(self.text[s + dash.end():a])) >= 2 and _DATELINE.search(window[:dash.start()]):
            return s + dash.end()
        return s

    def _relative_verb(self, previous: str, b: int) -> bool:
        """A speech verb after a word that is both a determiner and a relative pronoun ("that", "die") is a relative
        clause's verb, not a participle used as an adjective, when a complementizer, a determiner, a preposition of
        the hearer or a stop follows it ("een nota die waarschuwt voor ...", "a report that warned that ...")."""
        if previous not in self.lex.relative_pronouns:
            return False
        nxt = _WORD.search(self.low, b, b + 40)
        if nxt is None or _STOP.search(self.text, b, nxt.start()):
            return True
        w = nxt.group()
        return w in self.lex.complementizers or w in self.lex.determiners or w in self.lex.recipient_prepositions

    def _relative_subject(self, a: int, s: int, cue: str) -> Speaker:
        """The subject of a speech verb opened by a relative pronoun ("Cainiao, which has claimed that ...", "een
        rapport van de Staatsveiligheid dat waarschuwt"): the noun phrase before the pronoun."""
        words = list(_WORD.finditer(self.text, max(s, a - 40), a))
        while words and fold_word(words[-1].group()) in self.lex.auxiliaries:
            words.pop()
        if not words or fold_word(words[-1].group()) not in self.lex.relative_pronouns:
            return Speaker()
        end = len(self.text[:words[-1].start()].rstrip(" ,"))
        lo = max(s, self.text.rfind("\u00bb", s, end) + 1, self.text.rfind("\u201d", s, end) + 1)
        for _ in range(3):  # "”analyzes the professor who": the noun phrase starts after the verb of the tag
            first = _WORD.search(self.text, lo, end)
            w = fold_word(first.group()) if first else ""
            if not first or first.group()[:1].isupper() or w in self.lex.determiners or is_role_word(w, self.lex):
                break
            lo = first.end()
        found = self.np_before(lo, end, "speech verb (relative)", cue) if end > lo else Speaker()
        if found:
            return found
        start = end
        for m in reversed(list(_WORD.finditer(self.text, max(s, end - 80), end))):
            w = fold_word(m.group())
            if not (m.group()[:1].isupper() or w in self.lex.name_particles or w in self.lex.determiners) or \
                    self.text[m.end():start].strip():
                break
            start = m.start()
        while start < end and self.text[start].islower():  # "van de Staatsveiligheid": the name itself
            start = _skip_space(self.text, self.text.find(" ", start, end) + 1) if " " in self.text[start:end] else end
        if start >= end:
            return Speaker()
        found = parse_np(self.text, start, end, self.lex)
        return self._add(found, "speech verb (relative)", cue) if found else Speaker()

    def _fronted_phrase(self, before: str) -> bool:
        """Whether the words ``before`` a finite speech verb of a verb-second language are one fronted phrase
        opening with a preposition, with no comma (so the subject follows the verb): "In een interview met De Krant
        (zegt)", "Auf einer Pressekonferenz in Berlin (sagte)"."""
        words = [fold(w) for w in _WORD.findall(before)]
        return 2 <= len(words) <= 10 and "," not in before and (
            words[0] in self.lex.connectors or words[0] in self.lex.recipient_prepositions or
            words[0] in self.lex.place_prepositions or self.lex.fronted_source.match(fold(before.lstrip()))) and \
            words[0] not in self.lex.complementizers and words[0] not in self.lex.and_words and \
            words[0] not in self.lex.clause_coordinators

    def _document_subject(self, s: int, a: int) -> bool:
        """Whether the (at most eight) words before a verb at ``a`` in its clause hold a document noun ("Figures from
        X", "Statbel's figures", "Les chiffres de X", "Zahlen von X"): the subject of a showing verb."""
        clause = re.split(r"[,;:]", self.low[max(s, a - 100):a])[-1]
        return any(w in self.lex.document_nouns for w in _WORD.findall(clause)[-8:])

    def _coordinated_predicate(self, pos: int, e: int, sp: Speaker, cue: str) -> None:
        """After a tag that interrupts a reported clause ("The region had spent €37 million, he said, and would pay
        for 600 more"), a coordinator and a finite verb (:data:`CLAUSE_COORDINATORS`, then a clause verb or an
        auxiliary) go on with the same reported subject: the predicate after the coordinator is the speech too."""
        words = list(_WORD.finditer(self.low, pos, min(e, pos + 40)))[:2]
        if len(words) == 2 and self.text[pos:words[0].start()].strip() == "," and words[0].group() in \
                self.lex.clause_coordinators and (words[1].group() in self.lex.clause_verbs or
                                                  words[1].group() in self.lex.auxiliaries):
            self._event(words[1].start(), e, sp, None, cue)

    def _aside(self, s: int, comma: int, np_end: int, e: int, sp: Speaker, cue: str) -> bool:
        """An inverted tag set between commas inside the clause it reports ("Le conseil, a-t-elle dit, embauchera
        ...", "De gemeente, zei ze, neemt ...", "Die Stadt, sagte Bürgermeisterin X, stelle ...", "The council, said
        Mayor X, will ..."): the words before it (a short subject, at most eight words, no speech verb of its own)
        and the clause after it are the speech. Returns whether it was read so."""
        after = re.match(r"\s*,\s*", self.text[np_end:e])
        if after is None or self.text[comma:comma + 1] != "," or \
                len(_WORD.findall(self.text[np_end + after.end():e])) < 2:
            return False
        following = [fold(w) for w in _WORD.findall(re.split(r"[,.;:!?()]", self.text[np_end + after.end():e])[0])]
        if following[0] in self.lex.relative_pronouns or following[0] in self.lex.determiners and any(
                is_role_word(w, self.lex) for w in following[1:4]) or is_role_word(following[0], self.lex):
            return False  # "..., said X, the chief executive, ...", "..., said X, who ...", "..., dit X, directrice
            # du site": no aside
        if self.text[s:comma].rstrip()[-1:] in "\u201d\u00bb\u00ab\u201c\"'\u2019":
            return False  # "« … », a affirmé X, …": the tag of a quotation, not set inside a clause
        words = [fold(w) for w in _WORD.findall(self.text[s:comma])]
        if not words or len(words) > 8 or words[0] in self.lex.connectors or self.lex.verbs.search(self.low, s, comma) \
                or all(w in self.lex.time_words for w in words):
            return False
        self._event(s, comma, sp, None, cue, min_words=2)
        self._event(np_end + after.end(), e, sp, None, cue, min_words=2)
        return True


def _article(word: str, lex) -> bool:
    """Whether ``word`` is an article or opens with an elided one ("une", "d'une", "l'audition")."""
    return word in lex.determiners or bool(re.match(r"[dl]['\u2019]", word)) and \
        (word[2:] in lex.determiners or len(word) > 2)


def _skip_space(text: str, pos: int) -> int:
    """The first offset at or after ``pos`` that is not white space (at most 20 characters on)."""
    end = min(len(text), pos + 20)
    while pos < end and text[pos].isspace():
        pos += 1
    return pos
