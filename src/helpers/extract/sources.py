"""Sources of reported speech named without a speech verb and its subject (rules of
:class:`helpers.extract.attribution.Reading`; words from ``helpers/lexicon/<lang>/speech.py``):

- a source named by a plain noun phrase when the speaker rules find no name or role in it ("selon la préfecture",
  "according to the Finnish trade register", "heißt es aus der Konzernzentrale");
- own-account phrases (:data:`SOURCE_OWN`: "Nach eigenen Angaben hat X ...": the subject of the clause),
  possessive ones (:data:`SOURCE_POSSESSIVE`: "Nach seinen Worten ...": the last person named) and anaphoric ones
  (:data:`SOURCE_ANAPHORIC`: "Demnach ...": the source of the sentence before);
- a source fronted by a phrase of place before a speech verb with an impersonal subject (:data:`FRONTED_SOURCES`:
  "Du côté de la CGT, on dénonce ...", "Aus dem Ministerium hieß es, ...", "Bij de vakbond klinkt het dat ...", "At
  the union, officials said ...");
- separable speech verbs split by their subject (:data:`SPLIT_SPEECH_VERBS`: "..., teilte der Konzern mit.",
  "liet de luchthaven weten dat ...").

Phrases of a text are found once and each sentence bisects them; every look-up is bounded.
"""

from __future__ import annotations

import bisect
import re

from helpers.extract.layouts import _NAME_RUN, _STOP, _WORD
from helpers.extract.noun_phrases import parse_np
from helpers.extract.reported import _skip_space
from helpers.extract.speakers import _OF_WORDS, Speaker, fold_word, is_role_word
from helpers.text.sentences import stripped_end

_LAST_WORD = re.compile(r"(\w+)\W*$")
_CAPITALISED = re.compile(r"(?<=\s)[A-Z\u00c0-\u00dd][\w'\u2019-]+")


class SourceRules:
    """Source rules mixed into :class:`helpers.extract.attribution.Reading` (see the module docstring)."""

    def _authorless_document(self, words: list) -> bool:
        """Whether a source phrase is a document with no author (a determiner, lowercase words, a document noun of
        the lexicon, no of-word after it): "the plans", "de plannen", "les prévisions", "den Plänen"."""
        k = next((i for i, w in enumerate(words[:3]) if w[2] in self.lex.document_nouns), -1)
        following = _WORD.match(self.text, words[0][1] + 1) if words else None
        if k == 0 and (not self.lex.nouns_capitalised or following is not None and (
                fold_word(following.group()) in self.lex.determiners or fold_word(following.group()) in
                self.lex.first_person_possessives or following.group()[:1].isupper())):
            k = -1  # (a bare document noun is a source only in German, with no genitive after it: "laut Antrag", not
            # "laut Berechnungen unserer Redaktion"; "volgens plan" is an idiom)
        return k >= 0 and (k == 0 or words[0][2] in self.lex.determiners) and all(
            self.text[a:b].islower() for a, b, _ in words[:k]) and (k + 1 == len(words) or self.text[
                words[k][1]:words[k + 1][0]].strip() or fold_word(words[k + 1][2]) not in _OF_WORDS)

    def _phrase_speaker(self, pos: int, limit: int, rule: str, cue: str) -> Speaker:
        """The noun phrase right after a source phrase taken as the source itself when the speaker rules find no
        name or role in it ("selon la préfecture", "according to the Finnish trade register"): at most six words,
        opening with a determiner or a capital, up to a stop, a clause word or a speech verb."""
        words = []
        for m in _WORD.finditer(self.text, pos, min(limit, pos + 100)):
            if _STOP.search(self.text, words[-1][1] if words else pos, m.start()):
                break
            w = fold_word(m.group())
            if len(words) >= 2 and w[:1].isdigit():
                break  # a figure opens the next phrase ("volgens de plannen 150 banen")
            if words and (w in self.lex.clause_words or w in self.lex.determiners and len(words) > 1 or
                          self.lex.verbs.match(self.low, m.start()) or w in self.lex.connectors):
                break
            words.append((m.start(), m.end(), w))
            if len(words) == 6:
                break
        if not words or not (words[0][2] in self.lex.determiners or self.text[words[0][0]].isupper()):
            return Speaker()
        while words and (words[-1][2] in self.lex.name_particles or words[-1][2] in self.lex.determiners):
            words.pop()
        if len(words) < 2 or words[0][2] in self.lex.personal_pronouns or \
                any(w in self.lex.document_nouns for _, _, w in words):
            return Speaker()  # a document with no author named ("selon les calculs de ...") is no speaker
        start, end = words[0][0], words[-1][1]
        start = self.proper_name_start(start, end)
        found = Speaker(name=self.text[start:end], start=start, end=end, role=self.text[start:end],
                        kind="organisation", rule=rule + " (noun phrase)", cue=cue)
        self._np_end[pos] = end
        self._canonical(found)
        for entry in reversed(self.book.entries):  # the same phrase named before, never another organisation
            if fold_word(entry.name) == fold_word(found.name):
                return self.book._use(entry, found)
        entry = Speaker(name=found.name, start=start, end=end, role=found.role, kind=found.kind, actor=found.actor,
                        actor_status=found.actor_status)
        self.book.entries.append(entry)
        return self.book._use(entry, found)

    def proper_name_start(self, start: int, end: int) -> int:
        """Where the name of a noun phrase ``[start, end)`` starts: after its article when a name follows in a
        language whose common nouns are lowercase (capitalised to its end, or opened by a capitalised organisation
        noun: "the Walloon Employment Observatory", "le Syndicat autonome des cheminots": the name without "the",
        "le"), else ``start``."""
        words = list(_WORD.finditer(self.text, start, end))
        if len(words) >= 2 and not self.lex.nouns_capitalised and fold_word(words[0].group()) in \
                self.lex.determiners and self.text[words[1].start()].isupper() and \
                not self.text[words[0].end():words[1].start()].strip() and (
                    self.text[words[-1].start()].isupper() or is_role_word(words[1].group(), self.lex)):
            return words[1].start()  # (a name: capitalised to its end, or opened by its noun; not "the Finnish
            # trade register")
        return start

    def _account_sources(self, s: int, e: int) -> list[tuple[int, int]]:
        """Own-account, possessive and anaphoric source phrases of the sentence ``[s, e)``: an own-account or a
        possessive phrase governs the whole sentence ("Nach eigenen Angaben hat der Konzern X ...": X, the name
        after it; "X beschäftigt nach eigenen Angaben ...": X, the subject before it; "Nach seinen Worten ...", "in
        her view": the person named last); an anaphoric one ("Demnach ...") opens its sentence and gives it the
        source of the sentence before. Returns the phrases' spans (a source cue inside one is decided here)."""
        if not hasattr(self, "_account_hits"):  # every phrase of the text, found once; each sentence bisects
            found = [(m.start(), kind, m) for kind in ("own", "possessive", "anaphoric")
                     for m in self._rx[kind].finditer(self.low)]
            self._account_hits = sorted(found, key=lambda t: (t[0], t[1]))
            self._account_starts = [t[0] for t in self._account_hits]
        spans = []
        i = bisect.bisect_left(self._account_starts, s)
        while i < len(self._account_hits) and self._account_hits[i][0] < e:
            _, kind, m = self._account_hits[i]
            i += 1
            if m.end() > e or self.in_quote(m.start()):
                continue
            spans.append((m.start(), m.end()))
            if kind == "anaphoric" and (m.start() - s > 40 or self.text[s:m.start()].strip()):
                continue  # "Demnach" opens its sentence
            cue = self.text[m.start():m.end()]
            inside = kind == "own" and self._inside_clause(s, m.start())
            sp = self._own_name(s, m.start(), cue) or self.np_after(s, m.start(), "own account (subject)", cue) \
                if inside else self._account_speaker(kind, m, s, e)
            if sp:
                self._event(m.end() if kind == "anaphoric" else s, e, sp, None, cue)
        return spans

    def _own_name(self, lo: int, hi: int, cue: str) -> Speaker:
        """The name in ``[lo, hi)`` that an own-account phrase stands for: a run of capitalised words, else the first
        capitalised word that is no article ("Die belgische Zollverwaltung kontrolliert nach eigenen Angaben")."""
        name = _NAME_RUN.search(self.text, lo, hi) or next(
            (m for m in _CAPITALISED.finditer(self.text, lo, hi) if fold_word(m.group()) not in self.lex.determiners),
            None)
        return self._add(parse_np(self.text, name.start(), name.end(), self.lex), "own account", cue) if name else \
            Speaker()

    def _fronted_source(self, s: int, e: int) -> int:
        """A sentence ``[s, e)`` opened by a phrase of place (:data:`FRONTED_SOURCES`) and a noun phrase, then a
        speech verb whose subject names nobody (:data:`IMPERSONAL_SUBJECTS`: "on dénonce", "sagt man", "officials
        said"; or :data:`IMPERSONAL_SPEECH`: "hieß es", "klinkt het"): the noun phrase is the source of what follows
        the verb. Returns where the speech verb read starts (the verb rule leaves it), else -1."""
        found = self._fronted_speaker(s, e)
        if found is None:
            return -1
        sp, verb, cue = found
        pos = self._skip_time(_skip_space(self.text, verb[1]), e)  # ("hieß es vergangene Woche, man ...")
        if verb[3]:  # "hieß es (dazu), ...", "klinkt het dat ...": what is said follows a comma or a complementizer
            mark = re.compile(r"(?:\s*\w+)?\s*[,:]").match(self.text, pos)  # ("klinkt het voorzichtig optimistisch": no
            # speech, a tone)
            pos = mark.end() if mark else pos
            if not mark and not self.lex.complementizer.match(self.low, pos):
                return -1
        comp = self.lex.complementizer.match(self.low, _skip_space(self.text, pos))
        pos = comp.end() if comp else pos + (self.text[pos:pos + 1] in ",:")
        self._event(pos, e, sp, None, cue, min_words=2)
        return verb[2]

    def _fronted_speaker(self, s: int, e: int) -> tuple | None:
        """The source, speech verb and cue of a sentence opened by a phrase of place (see :meth:`_fronted_source`;
        also the speaker of a quotation after the verb: "Du côté de la CGT, on dénonce une « ... »"), else None."""
        start = _skip_space(self.text, s)
        opening = self.lex.fronted_source.match(self.low, start)
        if not opening:
            return None
        words = list(_WORD.finditer(self.low, opening.end(), min(e, opening.end() + 140)))
        np_end, k = -1, 0
        for k, w in enumerate(words[:9]):
            gap = self.text[words[k - 1].end() if k else opening.end():w.start()]
            if k and ("," in gap or self._speech_after_source(w.start(), e)):
                np_end = words[k - 1].end()
                break
            if _STOP.search(gap) or self.in_quote(w.start()):
                return None
        verb = self._speech_after_source(words[k].start(), e) if np_end > 0 else None
        if verb is None:
            return None
        cue = self.text[verb[0]:verb[1]]
        last = _LAST_WORD.search(self.low, opening.start(), opening.end())
        np_start = last.start() if last and last.group(1) in self.lex.determiners else opening.end()  # ("du côté
        # du Syndicat X": the article contracted with the preposition opens the noun phrase, as in "selon le X")
        if not self._names_a_source(opening.end(), np_end):
            return None  # "Bij de opening zei men ...", "At the meeting, officials said": a time or place, no source
        sp = self.np_after(np_start, np_end, "fronted source", cue, source=True) or \
            self._phrase_speaker(np_start, np_end, "fronted source", cue)
        return (sp, verb, cue) if sp else None

    def _names_a_source(self, a: int, b: int) -> bool:
        """Whether the noun phrase ``text[a:b]`` after a phrase of place can name a source: it holds a role or
        organisation noun ("la CGT"'s "syndicat", "dem Ministerium", "the union") or a name (a capitalised word; in
        a language that capitalises its nouns, a capitalised word without an article: "Bei Siemens")."""
        words = _WORD.findall(self.text[a:b])
        if any(is_role_word(w, self.lex) for w in words):
            return True
        if self.lex.nouns_capitalised:
            return bool(words) and fold_word(words[0]) not in self.lex.determiners and words[0][:1].isupper()
        return any(w[:1].isupper() for w in words)

    def _speech_after_source(self, pos: int, e: int) -> tuple[int, int, int, bool] | None:
        """The impersonal speech construction at ``pos`` (see :meth:`_fronted_source`): its span, where its speech
        verb starts and whether it is a dummy-subject construction ("hieß es"), or None. Subject and verb in either
        order, an auxiliary between ("on a dénoncé", "zegt men")."""
        dummy = self.lex.impersonal_speech.match(self.low, pos)
        if dummy:
            return pos, dummy.end(), pos, True
        words = list(_WORD.finditer(self.low, pos, min(e, pos + 60)))[:3]
        subjects = [i for i, w in enumerate(words) if w.group() in self.lex.impersonal_subjects]
        verbs = [i for i, w in enumerate(words) if self.lex.verbs.match(self.low, w.start())]
        if not subjects or not verbs or subjects[0] and verbs[0] and not all(
                w.group() in self.lex.auxiliaries for w in words[:min(subjects[0], verbs[0])]):
            return None
        last = max(subjects[0], verbs[0])
        verb = self.lex.verbs.match(self.low, words[verbs[0]].start())
        return pos, max(words[last].end(), verb.end()), words[verbs[0]].start(), False

    def _inside_clause(self, s: int, at: int) -> bool:
        """Whether an own-account phrase at ``at`` stands inside its clause, after the subject and a finite verb
        (a lowercase word before it that is no determiner), rather than opening the sentence after a dateline."""
        return any(w.group()[:1].islower() and fold_word(w.group()) not in self.lex.determiners
                   for w in _WORD.finditer(self.text, s, at))

    def _split_verbs(self, s: int, e: int) -> None:
        """Separable speech verbs split by their subject (:data:`SPLIT_SPEECH_VERBS`) in the sentence ``[s, e)``:
        "..., teilte der Konzern mit." / "„...“, liet de luchthaven weten." (an inverted tag: the clause or quotation
        before is the speaker's), "Gisteren liet de luchthaven weten dat ..." (the subject between the parts), "Der
        Konzern teilte am Montag mit, dass ..." (the subject before): the clause after the particle."""
        if not self.lex.split_verbs:
            return
        if not hasattr(self, "_split_hits"):  # every finite part of the text, found once; each sentence bisects
            found = self.lex.split_verb_pattern.finditer(self.low)
            self._split_hits = [m for m in found if not self.in_quote(m.start())]
            self._split_starts = [m.start() for m in self._split_hits]
        i = bisect.bisect_left(self._split_starts, s)
        while i < len(self._split_hits) and self._split_hits[i].start() < e:
            m = self._split_hits[i]
            i += 1
            particle = self._particle_after(m, min(e, m.end() + 100))
            if particle is not None:
                self._split_verb(m.start(), m.end(), particle, s, e)

    def _particle_after(self, m, limit: int):
        """The particle of the finite part ``m`` ending its clause (before a stop, a complementizer or the end)."""
        for w in _WORD.finditer(self.low, m.end(), limit):
            if _STOP.search(self.text, m.end(), w.start()):
                return None
            if w.group() in self.lex.split_verbs[m.group()]:
                after = self.low[w.end():w.end() + 8]
                if re.match(r"\s*(?:[,.;:!?]|$)", after) or self.lex.complementizer.match(self.low, _skip_space(
                        self.text, w.end())):
                    return w
        return None

    def _split_verb(self, a: int, b: int, particle, s: int, e: int) -> None:
        """One split speech verb: finite part at ``[a, b)``, its ``particle`` match (see :meth:`_split_verbs`)."""
        cue = f"{self.text[a:b]} ... {particle.group()}"
        if not self.text[b:particle.start()].strip():
            return  # "legde uit": a speech verb of its own
        time = self.lex.time.search(self.low, _skip_space(self.text, b) + 1, particle.start())
        np_limit = time.start() if time else particle.start()  # "teilte der Konzern am Montag mit": not "Montag"
        before = self.text[s:a].rstrip()
        adverb = re.search(r"[,\u201d\u00bb\u201c\"]\s*(\w+)$", before)  # "..., zo maakte het bedrijf bekend"
        if adverb and fold_word(adverb.group(1)) in self.lex.inversion_adverbs:
            before = before[:adverb.start(1)].rstrip()
        if not before or before[-1] in ",\u201d\u00bb\u201c\"":  # an inverted tag: the speaker is between the parts
            sp = self.np_after(b, np_limit, "inverted tag (split verb)", cue)
            pronoun = _WORD.fullmatch(self.low, _skip_space(self.text, b), stripped_end(self.text, np_limit))
            if not sp and pronoun and pronoun.group() in self.lex.organisation_pronouns:  # "zo maakte het bekend"
                sp = self._organisation_pronoun(pronoun.start(), "inverted tag (split verb, pronoun)", cue)
            k = bisect.bisect_left(self.q_opens, a) - 1
            if sp and k >= 0 and k not in self.quote_speakers and s <= self.quotes[k].open and \
                    not self.text[self.quotes[k].close + 1:a].strip(" ,"):
                self.quote_speakers[k] = sp
                self.quote_cues[k] = (cue, sp.rule)
            elif sp and before:
                self._event(s, s + len(before) - 1, sp, None, cue)
            return
        between = [fold_word(w) for w in _WORD.findall(self.lex.time.sub(" ", self.low[b:particle.start()]))]
        if all(w in self.lex.auxiliaries for w in between):  # "X teilte am Montag mit, dass": the subject before
            sp = self.np_before(s, a, "speech verb (split)", cue)
        else:
            sp = self.np_after(b, np_limit, "speech verb (split, subject after)", cue)
        pos, opened = particle.end(), False
        if self.text[pos:pos + 1] == ",":
            pos, opened = pos + 1, True
        pos = _skip_space(self.text, pos)
        comp = self.lex.complementizer.match(self.low, pos)
        if sp and (comp or opened):
            self._event(comp.end() if comp else pos, e, sp, None, cue, min_words=2)

    def _account_speaker(self, kind: str, m, s: int, e: int) -> Speaker:
        cue = self.text[m.start():m.end()]
        if kind == "possessive":
            return self._pronoun(m.start(), "possessive source", cue)
        if kind == "anaphoric":  # the speech that ends last within 400 characters before the sentence
            said = [(ev.end, ev.speaker) for ev in self._recent_events(s - 400, s) if ev.end <= s]
            k = bisect.bisect_left(self.q_opens, s) - 1
            while k >= 0 and s - self.quotes[k].close < 400:
                if k in self.quote_speakers and self.quotes[k].close <= s:
                    said.append((self.quotes[k].close, self.quote_speakers[k]))
                k -= 1
            return max(said, key=lambda t: t[0])[1] if said else Speaker()
        pos = m.end()
        while pos < e and self.text[pos] in " ,\u00a0":
            pos += 1
        first = _WORD.match(self.text, pos)
        if first and not first.group()[:1].isupper() and fold_word(first.group()) not in self.lex.determiners:
            pos = first.end()  # "Nach eigenen Angaben hat X": the finite verb before the subject
        sp = self.np_after(pos, e, "own account", cue)
        return sp or self._phrase_speaker(pos, e, "own account", cue) or self._own_name(m.end(), e, cue)
