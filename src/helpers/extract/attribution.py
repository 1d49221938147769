"""Who states each span of a text: quotations, reported speech and their speakers, read once per text.

:class:`Reading` reads a text sentence by sentence, in order (sentences from :mod:`helpers.text.sentences`,
quotations from :mod:`helpers.extract.quotes`, words from ``helpers/lexicon/<lang>/speech.py``):

Quotations. A quotation's speaker is, in this order: (a) a tag after the closing mark (``", said X``, ``», a déclaré
mardi le ministre X``, ``”, he told reporters``, ``“…”, X said``, ``…“, aldus X``, ``», estime-t-il``); (b) the same
sentence before the opening mark (``Selon X, « … »``, ``X said: "…"``, ``X affirme que « … »``, ``X: "…"``); (c) the
previous sentence when it ends with a colon (``X explained:`` on a line of its own); (d) the next sentence when it
echoes the quotation (``Dat zegt X.``, ``C'est ce qu'a déclaré X.``, ``Das sagte X.``); (e) a line of its own after
the quotation (``— X, role``) or a short caption line above it; (f) the speaker of the quotation or reported speech
just before it in the same or the previous paragraph (a quotation that continues).

Reported speech, in each sentence outside quotations: ``according to X`` / ``selon X`` / ``d'après X`` /
``volgens X`` / ``laut X`` (the rest of the sentence), ``X zufolge``, ``…, aldus X`` / ``…, so X`` (what precedes), a
speech verb with its subject before it (``X said that …``, ``X estime que …``, ``X zegt dat …``, ``X sagte, die …``:
what follows), an inverted tag (``…, said X``, ``…, zegt X``, ``…, sagte ein Sprecher``: what precedes), a trailing tag
(``…, the CEO said.``), a verb after a time adverb with the subject after it (``Gisteren zei minister X dat …``), and
the echo of the next sentence (``Dat zegt X.``).

Speakers are noun phrases read by :func:`helpers.extract.speakers.parse_np` from the words next to a cue
(:mod:`helpers.extract.speaker_phrases`) and resolved within the article by a
:class:`~helpers.extract.speakers.SpeakerBook` (surname, role noun, pronoun). When the analyst's registry
(``actors.csv``) names the speaker (a registry mention overlaps the phrase, or one of its aliases is the name), the
canonical name is used (``actor_status = registry``); otherwise the name found is *proposed*.

The quotation rules and the rules that look beyond one sentence (echoes, lines of their own, captions, interviews,
continued quotations, reported mood, opening attributions) live in :mod:`helpers.extract.layouts`; coordinated
clauses and verbs, "as X said", relative subjects, asides ("X, a-t-elle dit, Y") in :mod:`helpers.extract.reported`;
noun-phrase, own-account, possessive and anaphoric sources, sources fronted by a phrase of place ("Du côté de X, on
dénonce") and split separable verbs in :mod:`helpers.extract.sources`; the organisation an unnamed spokesperson
speaks for in :mod:`helpers.extract.spokespersons`; speech tags inside one pair of marks, quotations inside reported
clauses and quotations kept without a speaker in :mod:`helpers.extract.quote_rules`.

A span inside a quotation belongs to the quotation's speaker; else to the reported speech that holds it (an echo's
speaker first, then the smallest clause); else to the outlet (``''``).
"""

from __future__ import annotations

import bisect
import re

import pandas as pd

from helpers.extract.antecedents import Antecedents
from helpers.extract.article_index import article_index
from helpers.extract.mentions import MENTION_COLUMNS, mention_rows
from helpers.extract.layouts import _STOP, _WORD, Event, LayoutRules
from helpers.extract.pronouns import PronounRules
from helpers.extract.quotes import find_quotes, quote_type
from helpers.extract.quote_rules import QuotationRules
from helpers.extract.reported import MAX_CLAUSE, ReportedRules
from helpers.extract.sources import SourceRules
from helpers.extract.speaker_phrases import SpeakerPhrases
from helpers.extract.spokespersons import SpokespersonRules
from helpers.extract.speakers import Speaker, SpeakerBook, fold_word, is_role_word, speech_lexicon
from helpers.text.folding import fold
from helpers.text.sentences import Sentences

_EDITORIAL_NOTE = re.compile(r"(?m)^[ \t]*\[[^\]\n]*\][ \t]*$")
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(?:il|elle|ils|elles)$")
_SHORT_PHRASE_COMMA = re.compile(r"[^,.;:]{0,40}?,")


class Reading(LayoutRules, SpeakerPhrases, PronounRules, SpokespersonRules, Antecedents, ReportedRules,
              SourceRules, QuotationRules):
    """Quotations, reported speech and speakers of one text (see the module docstring)."""

    def __init__(self, text: str, lang: str | None = None, actors_df=None, mentions=None):
        self.index = article_index(text)  # the folded text and its words, indexed once per article
        self.text, self.low = text, self.index.low
        self.lex = speech_lexicon(lang)
        self.quotes = self._split_incises(find_quotes(text))
        self.q_opens = [q.open for q in self.quotes]
        self.sentences = Sentences(text, [(q.open, q.close) for q in self.quotes])
        if mentions is None:
            mentions = mention_rows(text, actors_df) if actors_df is not None and len(actors_df) else []
        if isinstance(mentions, pd.DataFrame):
            mentions = mentions[MENTION_COLUMNS].to_dict("records")
        self.registry = sorted(mentions, key=lambda m: m["start"])
        self.registry_starts = [m["start"] for m in self.registry]
        self.registry_names = {fold(m["matched"]): m for m in self.registry if not m.get("contextual")}
        self.book = SpeakerBook(self.lex)
        self.quote_speakers: dict[int, Speaker] = {}
        self._np_end: dict[int, int] = {}
        self.quote_cues: dict[int, tuple[str, str]] = {}
        self.events: list[Event] = []
        hits = self._cue_hits()
        self.verb_hits = [h for h in hits["SPEECH_VERBS"] if not self._nominal(h[0]) and not (
            self.low[h[0]:h[1]] in self.lex.show_verbs and not self._document_subject(
                self.sentences.at(h[0])[0], h[0]))]  # ("the map shows": only a document shows what its author states)
        self.cue_hits = {name: (found, [h[0] for h in found]) for name, found in hits.items()}
        self.verb_starts = [h[0] for h in self.verb_hits]
        self._read()

    # -- look-ups ---------------------------------------------------------------------------------------
    def _cue_hits(self) -> dict[str, list[tuple[int, int, str]]]:
        """Speech verbs and source phrases outside quotations, found once: a phrase is tried only where a word that
        can start it begins (one pass over the words of the text)."""
        names_ = ("SPEECH_VERBS", "SOURCE_BEFORE", "SOURCE_AFTER", "SOURCE_POSTPOSED")
        hits = {name: [] for name in names_}
        last_end = dict.fromkeys(names_, -1)
        firsts, by_first = self.lex.firsts, self.lex.by_first
        for start, word in self.index.token_hits(firsts):  # the words that can open a cue, in text order
            for name in firsts[word]:
                if start < last_end[name]:
                    continue
                m = by_first[(name, word)].match(self.low, start)
                if m and not self.in_quote(m.start()):
                    hits[name].append((m.start(), m.end(), self.text[m.start():m.end()]))
                    last_end[name] = m.end()
        return hits

    def _cues_between(self, name: str, a: int, b: int) -> list[tuple[int, int, str]]:
        found, starts = self.cue_hits[name]
        i = bisect.bisect_left(starts, a)
        out = []
        while i < len(found) and found[i][0] < b:
            if found[i][1] <= b:
                out.append(found[i])
            i += 1
        return out

    def _nominal(self, pos: int) -> bool:
        """A speech verb used as a noun or adjective: after a determiner ("the report", "le dit projet")."""
        previous = _WORD.findall(self.low[max(0, pos - 30):pos])[-1:]
        if previous and previous[0] in self.lex.relative_pronouns:  # "een nota die waarschuwt voor"
            verb = self.lex.verbs.match(self.low, pos)
            if verb and self._relative_verb(previous[0], verb.end()):
                return False
        return bool(previous) and (previous[0] in self.lex.determiners or previous[0] in ("of", "de", "van", "von"))

    def quote_at(self, pos: int, end: int | None = None) -> int | None:
        """Index of the quotation holding ``pos`` (and ``end``), else None."""
        i = bisect.bisect_left(self.q_opens, pos) - 1
        if i >= 0 and self.quotes[i].open < pos < self.quotes[i].close + 1 and (end is None or end <= self.quotes[i].close):
            return i
        return None

    def in_quote(self, pos: int) -> bool:
        return self.quote_at(pos) is not None

    def _verbs_between(self, a: int, b: int) -> list[tuple[int, int, str]]:
        i = bisect.bisect_left(self.verb_starts, a)
        out = []
        while i < len(self.verb_hits) and self.verb_hits[i][0] < b:
            if self.verb_hits[i][1] <= b:
                out.append(self.verb_hits[i])
            i += 1
        return out

    # -- reading ------------------------------------------------------------------------------------------
    def _read(self) -> None:
        qi = 0
        notes = [(m.start(), m.end()) for m in _EDITORIAL_NOTE.finditer(self.text)]
        for si, (s, e) in enumerate(self.sentences.spans):
            if notes and any(a <= s < b for a, b in notes):
                continue  # "[Translated from French]": an editorial note in brackets is nobody's speech
            own = self._echo(si, s, e)
            while qi < len(self.quotes) and self.quotes[qi].open < e:
                if self.quotes[qi].open >= s:
                    self._quote(qi, s, e, si)
                qi += 1
            if own < e:
                n_events = len(self.events)
                presenter = getattr(self, "_presenter", None)
                self._presenter = None
                self._reported(s, e)
                if len(self.events) == n_events and si > 0:
                    self._reported_mood(s, e)
                if presenter is not None and len(self.events) == n_events and self._presenter is None and \
                        s < presenter[1] and not any(s <= q.open < e for q in self.quotes):
                    self.events.append(Event(s, e, "reported", presenter[0], presenter[2], "presented"))
                    self._presenter = presenter  # ("X presented the figures. The plant will ...": what follows
                    # in the paragraph, up to a sentence with its own cue or quotation, is what X presented)
        self._interview()
        self._question_paragraphs()
        self._quotes_in_reported()
        self._continuations()

    def _reported(self, s: int, e: int) -> None:
        fixed = self._account_sources(s, e)  # own-account, possessive and anaphoric phrases ("selon ses propres
        # chiffres", "nach eigenen Angaben", "in her view", "Demnach")
        opening = self._opening_source(s, e)
        if opening:
            self._event(opening[1], e, opening[0], None, self.text[s:s + 4].split()[0])

        def near(a: int, b: int) -> tuple[int, int]:  # the sentence within MAX_CLAUSE characters of a cue
            return max(s, a - MAX_CLAUSE), min(e, b + MAX_CLAUSE)

        for a, b, cue in self._cues_between("SOURCE_BEFORE", s, e):
            if not any(x <= a < y for x, y in fixed):  # ("selon ses propres chiffres": the fixed phrase decides)
                self._source(a, b, cue, *near(a, b))
        for a, b, cue in self._cues_between("SOURCE_AFTER", s, e):
            s_, e_ = near(a, b)
            if self.text[s_:a].rstrip()[-1:] in (",", "\u201d", "\u00bb", '"'):
                self._event(s_, a, self.np_after(b, e_, "source after", cue) or
                            self._phrase_speaker(b, e_, "source after", cue), None, cue)
        for a, b, cue in self._cues_between("SOURCE_POSTPOSED", s, e):
            s_, e_ = near(a, b)
            self._event(b, e_, self.np_before(s_, a, "source postposed", cue), None, cue)
        fronted = self._fronted_source(s, e)  # ("Du côté de la CGT, on dénonce ...": the verb is read there)
        for a, b, cue in self._verbs_between(s, e):
            if a != fronted:
                self._verb(a, b, cue, s, e)
        self._split_verbs(s, e)

    def _source(self, a: int, b: int, cue: str, s: int, e: int) -> None:
        s = max(s, self.text.rfind(":", s, a) + 1, self.text.rfind(";", s, a) + 1)  # "... norm: according to X, ..."
        sp = self.np_after(b, e, "source before", cue, source=True) or \
            self._phrase_speaker(b, e, "source before", cue)
        if not sp:
            return
        after = max(sp.end, b, self._np_end.get(b, b)) if sp.start >= b else self._np_end.get(b, b)
        comma = _SHORT_PHRASE_COMMA.match(self.text[after:e])
        rest_start = after + comma.end() if comma else after
        if not self.text[s:a].strip(" ,"):
            self._event(rest_start, e, sp, None, cue)
        elif not self.text[after:e].strip(" .,;!?"):
            self._event(s, a, sp, None, cue)
        else:
            self._event(s, e, sp, None, cue)

    def _verb(self, a: int, b: int, cue: str, s: int, e: int) -> None:
        window = self._verb_window(a, b, s, e)  # none for a question, an adjective, "as X said"; else bounded
        if window is None:
            return
        s, e = window
        if self._as_tag_after_comma(a, b, cue, s, e):
            return
        done, before = self._inverted_tag(a, b, cue, s, e)
        if done:
            return
        n_book = len(self.book.entries)
        cut = self._coordinated_end(b, e)  # (time words skipped: "X said on Monday, noting that ...")
        if not self.text[min(self._skip_time(b, e), cut):cut].strip(" ,") and self._trailing_tag_before(a, b, cue, s):
            return  # "..., X confirmed, adding that ...": the clause before the tag is what X confirmed
        sp, e = self._subject_and_end(a, b, cue, s, e)  # (None, e) when read already ("dit A mais rappelle que B")
        if sp is None:
            return
        if sp and self.lex.verb_second and self._fronted_phrase(before):  # "In een interview met De Krant zegt
            n_read = len(self.book.entries)  # directeur X dat ...": the name in the fronted phrase is no subject
            later = self.np_after(b, e, "speech verb (subject after)", cue)
            if later:
                del self.book.entries[n_book:n_read]
                sp = later
        if not sp and self._fronted(before):
            sp = self.np_after(b, e, "speech verb (subject after)", cue)  # "In een persbericht meldt X dat ..."
        if not sp:
            return
        after = self._skip_time(b, e)
        rest = self.text[after:e]
        if self._presents(rest):  # "Der Bürgermeister erläutert den Antrag.": the next sentences are presented
            paragraph_end = self.text.find("\n", e)
            self._presenter = (sp, len(self.text) if paragraph_end < 0 else paragraph_end, cue)
        if len(_WORD.findall(rest)) <= 3 and self._tag_of_quote(s, a):
            return  # "“...,” the director, X, said on Tuesday.": the quotation is the speech
        comp = self.lex.complementizer.search(self.low, b, min(e, b + 60))
        stop = self._stop(b, e)
        at = sp.at if sp.at >= 0 else sp.start
        trailing = rest.lstrip()[:1] == "," and s < at < a and self.text[s:at].rstrip().endswith(",")
        if trailing and self._tag_goes_on(rest):  # "..., X confirmed, adding that ...": the clause before the
            comp = None  # tag is what X confirmed; the complementizer is the participle's
        appendix = trailing and self._verbless_appendix(rest)
        words = [fold_word(w) for w in _WORD.findall(rest)]
        trailing_phrase = s < at < a and self.text[s:at].rstrip().endswith(",") and len(words) <= 8 and \
            not re.search(r"\d", rest) and not any(w in self.lex.clause_verbs or w in self.lex.complementizers
                                                    for w in words)
        if appendix:  # "..., X said on Monday, up 6% on the year before": a trailing tag, and the appendix
            start = max(s, self.text.rfind(";", s, at) + 1, self.text.rfind(":", s, at) + 1)  # after it is X's too
            self._event(start, max(start, self.text.rfind(",", start, at)), sp, None, cue)
            self._event(after + len(rest) - len(rest.lstrip(" ,")), e, sp, None, cue, min_words=2)
        elif comp and (stop is None or comp.start() <= stop.start() + 2) and \
                len(_WORD.findall(self.text[b:comp.start()])) <= 5:
            self._event(comp.end(), e, sp, None, cue, min_words=2)  # "warnt, dass Lohndumping drohe"
        elif not rest.strip(" .!?") or rest.lstrip()[:1] in (",", ";") and at > s and self._tag_goes_on(rest):
            # "..., the customs administration said on Tuesday, as ...": a trailing tag
            start = at if s <= at < a else a
            self._event(s, max(s, self.text.rfind(",", s, start)), sp, None, cue)
            self._coordinated_predicate(after, e, sp, cue)
        elif stop is not None and self.text[stop.start()] == "," and len(_WORD.findall(self.text[b:stop.start()])) <= 3 \
                and not re.search(r"\d", self.text[b:stop.start()]):  # "sagte, der ...", not "spricht von 1.100 X, die"
            self._interrupted_start(s, a, sp, cue)
            self._event(stop.end(), e, sp, None, cue)
        elif stop is not None and self.text[stop.start()] == ":":
            self._event(stop.end(), e, sp, None, cue)
        elif (len(_WORD.findall(rest)) <= 3 or trailing_phrase) and not re.match(r"\W*\d", rest):  # (not "spreekt
            # van 300 vluchten"; "..., the group said in its annual report": a tag with a phrase of its own)
            start = min((sp_ for sp_ in (at,) if sp_ >= s), default=a)
            self._event(s, max(s, self.text.rfind(",", s, min(a, start if start > s else a))), sp, None, cue)
        else:
            self._event(b, e, sp, None, cue)

    def _fronted(self, before: str) -> bool:
        """Whether the words ``before`` a speech verb are a fronted phrase, so that its subject follows it: at most
        three time words ("Gisteren zei X"), or at most five words opening with a connector or a preposition of
        the hearer ("In een persbericht meldt X")."""
        words = _WORD.findall(before)
        if len(words) > 5:
            return False
        fronted = [fold(x) for x in words]
        return all(w in self.lex.time_words for w in fronted) and len(fronted) <= 3 or 0 < len(fronted) and (
            fronted[0] in self.lex.connectors or fronted[0] in self.lex.recipient_prepositions)

    def _interrupted_start(self, s: int, a: int, sp: Speaker, cue: str) -> None:
        """A reported clause interrupted by its tag ("The new quay, she said, will bring 200 jobs"): the words before
        the comma that opens the tag (its subject and the verb at ``a``) are the first piece of the speech (like an
        interrupted quotation, two pieces), when they are a short subject (at most eight words): not an opening
        adverbial ("On Monday, she said, ..."), not a clause the tag interrupts after a conjunction ("would add X
        and, the company expects, Y": only Y is reported), nor a clause with a speech verb of its own."""
        comma = self.text.rfind(",", s, a)
        if comma <= s or len(_WORD.findall(self.text[comma + 1:a])) > 6:
            return
        subject = [fold(w) for w in _WORD.findall(self.text[comma + 1:a])]
        if not any(w in self.lex.personal_pronouns or w in self.lex.determiners for w in subject) and \
                not re.search(r"\b[A-Z\u00c0-\u00dd]", self.text[comma + 1:a]):
            return  # "X, vice-Premier Ministre, se félicite": no subject after the comma, the words before are it
        if sp.name and sp.name in self.text[s:comma]:
            return
        words = [fold(w) for w in _WORD.findall(self.text[s:comma])]
        if not words or len(words) > 8 or {words[0], words[-1]} & (self.lex.connectors | self.lex.recipient_prepositions) \
                or all(w in self.lex.time_words for w in words) or self.lex.verbs.search(self.low, s, comma):
            return
        self._event(s, comma, sp, None, cue, min_words=2)

    def _inverted_tag(self, a: int, b: int, cue: str, s: int, e: int) -> tuple[bool, str]:
        """The speech verb at ``[a, b)`` after a comma or a closing mark, its subject after it ("..., said X",
        "..., zo bevestigde X", "..., a-t-elle ajouté"): the words before are the subject's. Returns whether the verb
        was read so, and the words before it (the inversion adverb and auxiliaries taken off)."""
        before = self.text[s:a].rstrip()
        last = _last_words(before, 1)
        if last and fold_word(last[0].group()) in self.lex.inversion_adverbs and \
                before[:last[0].start()].rstrip()[-1:] == ",":
            before = before[:last[0].start()].rstrip()  # "..., zo bevestigde X": an inverted tag
        aux = _last_words(before, 2)
        inverted_pronoun = None
        while aux and fold(aux[-1].group()) in self.lex.auxiliaries and before[:aux[-1].start()].rstrip()[-1:] in ",\u201d\u00bb\"":
            if self.pronoun_suffix(aux[-1].group()) or _INVERTED_PRONOUN.search(fold(aux[-1].group())):
                inverted_pronoun = s + aux[-1].start()  # "..., a-t-elle ajouté": the pronoun is the speaker
            before = before[:aux[-1].start()].rstrip()
            aux.pop()
        if not before or before[-1] in ",\u201d\u00bb\"'\u2019":
            n_book = len(self.book.entries)
            sp = self.np_after(b, e, "inverted tag", cue)
            if not sp and inverted_pronoun is not None:
                sp = self._pronoun(inverted_pronoun, "inverted tag (pronoun)", cue)
                self._np_end[b] = b
            if sp and before and self._aside(s, s + len(before) - 1, self._np_end.get(b, b), e, sp, cue):
                return True, before
            if sp and self.ends_clause(self._np_end.get(b, b), e) and not self._reported_clause_follows(s, b, e):
                end = len(before) - 1 if before else 0
                self._event(s, s + max(0, end), sp, None, cue)
                return True, before
            del self.book.entries[n_book:]  # "X, role, said the group had ...": not an inverted tag
        return False, before

    def _stop(self, a: int, b: int):
        """The first punctuation mark in ``text[a:b]`` that ends a phrase (not the comma or point of "400,000")."""
        stop = _STOP.search(self.text, a, b)
        while stop is not None and self.text[stop.start()] in ",." and self.text[stop.start() - 1:stop.start()].isdigit() \
                and self.text[stop.end():stop.end() + 1].isdigit():
            stop = _STOP.search(self.text, stop.end(), b)
        return stop

    def _event(self, start: int, end: int, sp: Speaker, m, cue: str = "", min_words: int = 3) -> None:
        text = self.text[start:end]
        start += len(text) - len(text.lstrip(" ,:\u2013\u2014"))
        end = start + len(self.text[start:end].rstrip(" ,.;:"))
        if end <= start or not sp:
            return
        cue = cue or (self.text[m.start():m.end()] if m is not None else "")
        for a, b in self._clause_pieces(start, end):  # "said A and that B": two clauses
            b = a + len(self.text[a:b].rstrip(" ,.;:"))
            least = min(min_words, 2) if _DIGIT_FIRST.match(self.text, a, b) else min_words  # ("spreekt van 300
            # vluchten", "spricht von 1.100 Arbeitsplätzen": a figure and its noun are what is said)
            if self._words_outside_quotes(a, b) >= least:  # else a quotation (direct speech) or nothing
                self.events.append(Event(a, b, "reported", sp, cue.strip(), sp.rule))

    # -- results ------------------------------------------------------------------------------------------
    def _events_from(self, start: int) -> list[Event]:
        """The events that may hold a span starting at ``start``: those starting at or before it and no longer ago
        than the longest event (indexed once, so that every figure's lookup is a bisection, not a scan)."""
        if getattr(self, "_index_size", None) != len(self.events):
            ordered = sorted(range(len(self.events)), key=lambda i: self.events[i].start)
            self._ordered, self._starts = ordered, [self.events[i].start for i in ordered]
            self._longest = max((ev.end - ev.start for ev in self.events), default=0)
            self._index_size = len(self.events)
        first = bisect.bisect_left(self._starts, start - self._longest)
        found = sorted(self._ordered[first:bisect.bisect_right(self._starts, start)])  # in the order they were found
        return [self.events[i] for i in found]

    def speaker_of(self, start: int, end: int) -> tuple[Speaker, str]:
        """The speaker of ``text[start:end]`` and the rule that decided (see the module docstring)."""
        qi = self.quote_at(start, end)
        if qi is not None and qi in self.quote_speakers:
            sp = self.quote_speakers[qi]
            return sp, "quote " + self.quote_cues.get(qi, ("", sp.rule))[1]
        holders = [ev for ev in self._events_from(start) if ev.start <= start and end <= ev.end]
        if holders:  # an echo ("Das bestätigte X.") names who states its sentence; else the smallest clause
            ev = min(holders, key=lambda ev: (ev.rule != "next sentence", ev.end - ev.start))
            if self._description(ev.speaker):  # "D'après l'ONSS, la filiale belge déclarait 540 travailleurs": a
                named = [h for h in holders if h.rule.startswith("source before") and h.start <= ev.start and  # bare
                         not self._description(h.speaker)]  # description left unresolved inside a clause that a
                if named:  # named source governs: the named source
                    ev = min(named, key=lambda h: h.end - h.start)
            return ev.speaker, "reported " + ev.rule
        return Speaker(), "outlet"

    def _trailing_tag_before(self, a: int, b: int, cue: str, s: int) -> bool:
        """A speech verb right before a coordinated participle ("..., X confirmed, adding that ..."): when its
        subject stands after a comma that closes a clause of the sentence, that clause is the speech (written here;
        True); else False."""
        comma = self.text.rfind(",", s, a)
        s = max(s, self.text.rfind(";", s, comma) + 1, self.text.rfind(":", s, comma) + 1)  # ("X commits to 400
        # jobs; the site employs 255, Y confirmed, adding ...": the clause after the semicolon)
        if comma <= s or len(_WORD.findall(self.text[s:comma])) < 3 or len(_WORD.findall(self.text[comma:a])) > 6:
            return False
        sp = self.np_before(comma + 1, a, "speech verb", cue)
        if not sp:
            return False
        self._event(s, comma, sp, None, cue)
        return True

    def _presents(self, rest: str) -> bool:
        """The rest of a sentence after its speech verb is only a determiner and a document noun, with at most a
        preposition or a separable particle ("den Antrag", "the figures", "les chiffres", "het voorstel toe", "die
        Eckdaten"): the verb presents what the next sentences say."""
        words = [fold_word(w) for w in _WORD.findall(rest)]
        if not 2 <= len(words) <= 4 or re.search(r"\d", rest) or rest.strip()[-1:] not in (".", ""):
            return False
        nouns = [w for w in words if w in self.lex.document_nouns or any(
            w.endswith(d) and len(w) > len(d) + 2 for d in self.lex.document_nouns if len(d) >= 5)]
        others = [w for w in words if w not in nouns and w not in self.lex.determiners]
        return len(nouns) == 1 and words[words.index(nouns[0]) - 1] in self.lex.determiners and len(others) <= 1 \
            and all(len(w) <= 5 for w in others)

    def _verbless_appendix(self, rest: str) -> bool:
        """What follows a trailing tag after its comma is no reported clause but an appendix to the clause before:
        it opens with a lower-case word that is no determiner, pronoun, complementizer or connector ("up 6% on the
        year before", "a third more than in 2023" is not: it opens with a determiner) and holds no finite auxiliary
        or complementizer."""
        words = [fold_word(w) for w in _WORD.findall(rest)]
        first = _WORD.search(rest)
        return bool(words) and first.group()[:1].islower() and not any(
            words[0] in table for table in (self.lex.determiners, self.lex.personal_pronouns, self.lex.connectors,
                                            self.lex.organisation_pronouns, self.lex.first_person,
                                            self.lex.complementizers)) and not any(
            w in self.lex.clause_verbs or w in self.lex.complementizers for w in words)

    def _description(self, sp: Speaker) -> bool:
        """An organisation named by a description alone ("la filiale belge", "the subsidiary", "die belgische
        Tochter"): no capitalised word after its determiner but role nouns (where all nouns are capitalised)."""
        words = [re.sub(r"^[LlDd]['\u2019]", "", w) for w in sp.name.split()]
        words = words[1:] if words and fold_word(words[0]) in self.lex.determiners else words
        return sp.kind == "organisation" and sp.name == sp.role and not any(
            w[:1].isupper() and not (self.lex.nouns_capitalised and is_role_word(w, self.lex)) for w in words)

    def quotations(self) -> list[dict]:
        """Every quotation (direct or mixed; mixed only with a speaker) and every reported speech, in text order."""
        rows = []
        for i, q in enumerate(self.quotes):
            sp = self.quote_speakers.get(i, Speaker())
            kind = quote_type(self.text, q, self.sentences.at(q.open)[0])
            if not sp and (kind == "mixed" or q.close - q.open < 60) and i not in self.quote_cues:
                continue  # unattributed and no speech cue: a title, a name or scare quotes, not speech
            if kind == "mixed" and self._name_in_marks(q):
                continue
            cue, rule = self.quote_cues.get(i, ("", ""))
            rows.append(_row(self.text, q.open + 1, q.close, kind, sp, cue, rule))
        for ev in self.events:
            rows.append(_row(self.text, ev.start, ev.end, ev.type, ev.speaker, ev.cue, ev.rule))
        return sorted(rows, key=lambda r: (r["start"], r["end"], r["type"]))


_WORD_CHAR = re.compile(r"[\w'\u2019-]")
_DIGIT_FIRST = re.compile(r"\W*\d")


def _last_words(text: str, n: int) -> list[re.Match]:
    """The last ``n`` words (:data:`_WORD` matches) of ``text``, read from its tail: a word is a maximal run of word
    characters, so a scan that starts after a character that is no word character finds the same words."""
    lo = len(text)
    while True:
        lo = max(0, lo - 80)
        while lo > 0 and _WORD_CHAR.match(text, lo - 1):
            lo -= 1
        words = list(_WORD.finditer(text, lo))
        if len(words) >= n or lo == 0:
            return words[-n:]


def _row(text: str, start: int, end: int, kind: str, sp: Speaker, cue: str, rule: str) -> dict:
    inner = text[start:end]
    start, end = start + len(inner) - len(inner.lstrip()), start + len(inner.rstrip())
    return {"start": start, "end": end, "quote": text[start:end], "type": kind, "speaker": sp.name,
            "speaker_start": sp.start if sp else -1, "speaker_end": sp.end if sp else -1, "speaker_role": sp.role,
            "speaker_kind": sp.kind, "actor": sp.actor, "actor_status": sp.actor_status, "cue": cue, "rule": rule}


def attribution_rows(text: str, spans: list[tuple[int, int]], actors_df=None, lang: str | None = None,
                     mentions=None, reading: Reading | None = None) -> list[dict]:
    """Who states each ``(start, end)`` of ``spans``: dicts with ``actor`` (the registry's canonical name, or the
    proposed name), ``actor_status`` (registry, proposed or empty), ``speaker_guess`` (the name as the text gives
    it) and ``rule``."""
    reading = reading or Reading(text, lang, actors_df, mentions)
    rows = []
    for start, end in spans:
        sp, rule = reading.speaker_of(int(start), int(end))
        rows.append({"actor": sp.actor, "actor_status": sp.actor_status, "speaker_guess": sp.name,
                     "rule": rule})
    return rows


def attribute_spans(text: str, spans: pd.DataFrame, actors_df=None, lang: str | None = None, *,
                    details: bool = False, mentions=None):
    """:func:`attribution_rows` for a DataFrame of ``start``/``end``: a Series of actors aligned with
    ``spans.index``, or with ``details=True`` a DataFrame (``actor``, ``actor_status``, ``speaker_guess``,
    ``rule``)."""
    rows = attribution_rows(text, list(zip(spans["start"], spans["end"])), actors_df, lang, mentions)
    result = pd.DataFrame(rows, columns=["actor", "actor_status", "speaker_guess", "rule"], index=spans.index)
    return result if details else result["actor"]


def attribution_accuracy(predicted, gold) -> float:
    """Share of spans whose predicted actor equals the gold actor (``''``, None and NaN all mean "the outlet")."""
    predicted, gold = list(predicted), list(gold)
    if len(predicted) != len(gold):
        raise ValueError(f"predicted has {len(predicted)} values but gold has {len(gold)}")
    if not gold:
        return float("nan")

    def norm(v):
        return "" if v is None or (isinstance(v, float) and v != v) or pd.isna(v) else str(v).strip()

    return sum(norm(p) == norm(g) for p, g in zip(predicted, gold)) / len(gold)
