"""The speaker of each quotation (tags after it, the sentence before it, a colon in the previous sentence) and speech
laid out beyond one sentence: echoes in the next sentence, lines of their own, captions, interviews,
continued quotations, reported mood, sentence-opening attributions (rules of :class:`helpers.extract.attribution.Reading`).

Each rule is described in the module docstring of :mod:`helpers.extract.attribution`; this mixin holds them so that
no module grows past a few hundred lines. The methods use the reading's text, quotations, sentences, lexicon and
speaker book.
"""

from __future__ import annotations

import bisect
import re

from helpers.extract.interviews import InterviewRules
from helpers.extract.speech_events import Event  # noqa: F401 (re-exported)
from helpers.extract.quotes import Quote
from helpers.extract.noun_phrases import parse_np
from helpers.extract.speakers import Speaker, _is_name_word, _person_role, fold_word, is_role_word
from helpers.text.sentences import stripped_end

_STOP = re.compile(r"[;:!?()\n\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u201a\u2013\u2014]|[,.](?!\d)|(?<!\d)[,.]")
"""Punctuation that ends a phrase; a comma or point between digits ("400,000", "1.400") is part of a number."""
_WORD = re.compile(r"[\w'\u2019-]+")
_FIRST_WORD = re.compile(r"[\w']+")
_NAME_RUN = re.compile(r"(?:[A-Z\u00c0-\u00dd][\w'\u2019-]+\s+){1,3}[A-Z\u00c0-\u00dd][\w'\u2019-]+")


class LayoutRules(InterviewRules):
    """Rules over several sentences or paragraphs, mixed into :class:`helpers.extract.attribution.Reading`."""

    def _sentence_subject(self, qi: int, q: Quote, s: int) -> bool:
        """A quotation that ends its sentence, in a sentence that names exactly one person before it ("X, CEO of
        Y, is 'delighted that ...'")."""
        rest = self.text[q.close + 1:q.close + 4]
        if not re.match(r"^[\s.!?]*($|\n|\s+[^\W_a-z])", rest + " X"):
            return False
        here = self.registry[bisect.bisect_left(self.registry_starts, s):bisect.bisect_right(self.registry_starts, q.open)]
        people = {m["actor"] for m in here if m["end"] <= q.open and m["kind"] == "person"}
        names = [m for m in _NAME_RUN.finditer(self.text, s, q.open) if not self.in_quote(m.start())]
        if len(people) == 1:
            m = next(m for m in here if m["actor"] in people and m["start"] < q.open)
            found = parse_np(self.text, m["start"], m["end"], self.lex)
        elif not people and len(names) == 1:
            found = parse_np(self.text, names[0].start(), names[0].end(), self.lex)
            if found.kind != "person":
                return False
        else:
            return False
        return self._set_quote(qi, self._add(found, "sentence subject")) and self._cue(qi, "")

    def _own_line(self, qi: int, q: Quote) -> bool:
        rest_end = self.text.find("\n", q.close)
        if rest_end < 0 or self.text[q.close + 1:rest_end].strip(" .,!?"):
            return self._caption(qi, q)
        nxt = re.match(r"\s*\n\s*([\u2014\u2013-]\s*)?([^\n]{2,80})(\n|$)", self.text[rest_end:rest_end + 120])
        if nxt and (nxt.group(1) or not re.search(r"[.!?]$", nxt.group(2).strip())):
            a = rest_end + nxt.start(2)
            b = a + len(nxt.group(2).split(",")[0])
            sp = parse_np(self.text, a, b, self.lex)
            if sp and sp.name[0].isupper() and len(sp.name.split()) <= 5:
                return self._set_quote(qi, self._add(sp, "line after")) and self._cue(qi, "")
        return self._caption(qi, q)

    def _caption(self, qi: int, q: Quote) -> bool:
        line_start = self._line_start(q.open)
        if self.text[line_start:q.open].strip():
            return False
        previous_end = stripped_end(self.text, line_start)
        cap_start = self._line_start(previous_end)
        if not 0 < previous_end - cap_start <= 80:
            return False
        caption = self.text[cap_start:previous_end]
        if not re.search(r"[.!?:\"\u201d\u00bb]\s*$", caption):
            sp = parse_np(self.text, cap_start, cap_start + len(caption.split(",")[0]), self.lex)
            if sp and sp.kind == "person":
                return self._set_quote(qi, self._add(sp, "caption")) and self._cue(qi, "")
        return False

    def _standfirst(self, qi: int, q: Quote) -> bool:
        """A quotation standing alone on its line as a headline (or followed by a colon and a role: "‘...’: the hub's
        chief on jobs"): its speaker is the person named first in the opening sentence of the next paragraph ("Luc
        Delvaux is commercieel directeur van ...")."""
        line_start = self._line_start(q.open)
        line_breaks = self._line_breaks()
        k = bisect.bisect_left(line_breaks, q.close)
        line_end = line_breaks[k] if k < len(line_breaks) else len(self.text)
        rest = self.text[q.close + 1:line_end].strip(" .!?")
        after_colon = self._after_colon(q.close + 1, line_end) if rest else Speaker()
        if self.text[line_start:q.open].strip() or after_colon is None:
            return False
        if after_colon:  # "‘...’: Jan Peters on jobs": the person named after the colon
            return self._set_quote(qi, self._add(after_colon, "headline")) and self._cue(qi, ":")
        nxt = re.match(r"\s*", self.text[line_end:line_end + 20])
        start = line_end + nxt.end()
        if start >= len(self.text) or self.text[start] in "\"\u201c\u201e\u00ab\u00bb\u2018'":
            return False
        paragraph_end = self.text.find("\n", start)  # the standfirst paragraph ("... Ein Gespräch mit X über ...")
        paragraph_end = len(self.text) if paragraph_end < 0 else paragraph_end
        for m in _NAME_RUN.finditer(self.text, start, min(paragraph_end, start + 300)):
            found = parse_np(self.text, m.start(), m.end(), self.lex)
            if found and found.kind == "person" and len(found.name.split()) >= 2 and found.name != found.role and \
                    not self.in_quote(m.start()):  # ("Geschäftsführer Dr. X": a role and a title name no one)
                return self._set_quote(qi, self._add(found, "standfirst")) and self._cue(qi, "")
        return False

    def _echo(self, si: int, s: int, e: int) -> int:
        """Attribute the previous sentence to the speaker named in an echo ("Dat zegt X."); returns where the
        echo's speaker ends (the sentence's own speech starts there), else ``s``."""
        m = self.lex.echo.match(self.low, s)
        if not m or si == 0:
            return s
        pos = self._skip_time(m.end(), e)
        aux = self.lex.aux.match(self.low, pos)
        pos = self._skip_time(aux.end(), e) if aux else pos
        verb = self.lex.verbs.match(self.low, pos)
        if verb is None and fold_word(self.text[s:m.end()].strip()) not in self.lex.echo_phrases:
            return s  # a demonstrative alone ("Dat is ...") is no echo: it needs a speech verb
        pos = verb.end() if verb else pos
        sp = self.np_after(pos, e, "next sentence", self.text[s:pos])
        if not sp:
            return s
        ps, pe = self.sentences.spans[si - 1]
        self.events = [ev for ev in self.events if not (ps <= ev.start and ev.end <= pe)]  # the echo decides
        quoted = [i for i, q in enumerate(self.quotes) if ps <= q.open < pe and i not in self.quote_speakers]
        for i in quoted:
            self.quote_speakers[i] = sp
            self.quote_cues[i] = (self.text[s:m.end()].strip(), sp.rule)
        if not quoted:
            self.events.append(Event(ps, pe, "reported", sp, self.text[s:m.end()].strip(), "next sentence"))
        return e

    def _reported_mood(self, s: int, e: int) -> None:
        """A sentence in the mood of reported speech (German Konjunktiv I) and without a cue continues the speaker
        of the speech just before it in the same or the previous paragraph."""
        if not self.lex.reported_mood or self.quote_at(s) is not None:
            return
        if not any(w.lower() in self.lex.reported_mood_forms for w in _WORD.findall(self.text[s:e])):
            return  # (unfolded: "würden", "hätten" are reported mood, "wurden", "hatten" are not)
        colon = self.text.find(":", s, e)
        first = _WORD.search(self.text, s, e)
        opens = first is not None and (_is_name_word(first.group(), self.lex) or fold_word(first.group()) in
                                       self.lex.determiners or is_role_word(first.group(), self.lex))
        # (the subject opens the sentence: "X", "Der Chef", "Flughafenchef X"; not "Toen X ...,")
        if colon > s and opens and any(w.lower() in self.lex.reported_mood_forms
                                       for w in _WORD.findall(self.text[colon:e])):
            sp = self.np_after(s, colon, "colon (reported mood)", ":")  # "X wies das zurück: Es seien ...": X
            if sp and sp.name != sp.role:
                self._event(colon + 1, e, sp, None, ":")
                return
        speaker = self._speech_before(s)
        if speaker is not None:
            self._event(s, e, speaker, None, "")

    def _line_breaks(self) -> list[int]:
        """Offsets of every line break of the text, found once."""
        if getattr(self, "_line_break_offsets", None) is None:
            self._line_break_offsets = [m.start() for m in re.finditer("\n", self.text)]
        return self._line_break_offsets

    def _line_start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts (``text.rfind("\\n", 0, pos) + 1``, by bisection)."""
        line_breaks = self._line_breaks()
        k = bisect.bisect_left(line_breaks, pos)
        return line_breaks[k - 1] + 1 if k else 0

    def _breaks_between(self, a: int, b: int) -> int:
        """``self.text[a:b].count("\n")`` by bisection."""
        line_breaks = self._line_breaks()
        return max(0, bisect.bisect_left(line_breaks, b) - bisect.bisect_left(line_breaks, a))

    def _speech_before(self, s: int) -> Speaker | None:
        """The speaker of the speech (reported, else a quotation with a speaker) that ends last at or before ``s``
        with at most two line breaks between, else None. Line breaks and event ends are indexed (event ends as they
        are added) and looked up by bisection, so that reading every sentence of a long text stays linear."""
        line_breaks = self._line_breaks()
        if getattr(self, "_event_ends", None) is None:
            self._event_ends: list[tuple[int, int]] = []  # (end, index in self.events), sorted
        for index in range(len(self._event_ends), len(self.events)):
            bisect.insort(self._event_ends, (self.events[index].end, index))
        breaks = bisect.bisect_left(line_breaks, s)
        floor = line_breaks[breaks - 3] if breaks >= 3 else -1  # an end after it has <= 2 breaks before s
        best_end, speaker = -1, None
        last = bisect.bisect_right(self._event_ends, (s, len(self.events))) - 1
        if last >= 0 and self._event_ends[last][0] > floor:
            best_end = self._event_ends[last][0]
            first = bisect.bisect_left(self._event_ends, (best_end, -1))  # the earliest event among equal ends
            speaker = self.events[self._event_ends[first][1]].speaker
        i = bisect.bisect_right(self.q_opens, s) - 1
        while i >= 0 and self.quotes[i].close > floor:  # quotations are disjoint: their closes are in order too
            if self.quotes[i].close <= s and i in self.quote_speakers:
                if self.quotes[i].close > best_end:
                    speaker = self.quote_speakers[i]
                break
            i -= 1
        return speaker

    def _opening_source(self, s: int, e: int) -> tuple[Speaker, int] | None:
        """ "Pour X, ..." / "For X, ...": the speaker and where the attributed words start, else None."""
        m = _FIRST_WORD.match(self.low, s, e)
        if not m or m.group() not in self.lex.source_opening:
            return None
        comma = self.text.find(",", s, min(e, s + 120))
        opening = _WORD.search(self.text, m.end(), e)
        word = fold_word(opening.group().replace("\u2019", "'")) if opening else ""
        article = word in self.lex.determiners or word[1:2] == "'" and word[:2] in self.lex.determiners  # ("le",
        # "l'économiste"; not the "Le" of "Léa", "Laurent")
        if comma < 0 or not opening or not opening.group()[:1].isupper() and not article:
            return None  # ("Pour X", "Pour le bourgmestre", "Pour l'économiste X"; not "Pour mieux ...")
        after = _WORD.match(self.low, len(self.text[:comma + 1]) + len(self.text[comma + 1:e]) - len(self.text[comma + 1:e].lstrip()))
        if after and after.group() in self.lex.clause_words:
            return None  # "Voor Donghai, dat vorig jaar ...": a relative clause about X, not X's view
        if article and not any(_person_role(w, self.lex) for w in self.text[m.end():comma].split()):
            return None  # ("Für den Ausbau sind ...": no one; "Pour l'économiste X", "Pour le bourgmestre, X")
        sp = parse_np(self.text, m.end(), comma, self.lex)
        if sp and (sp.name == sp.role or sp.kind != "person"):  # "Pour le bourgmestre, X, ...": the apposition
            comma2 = self.text.find(",", comma + 1, min(e, comma + 60))
            named = parse_np(self.text, comma + 1, comma2, self.lex) if comma2 > 0 else None
            if named and named.name != named.role and named.kind == "person" and len(named.name.split()) >= 2:
                named.role, sp, comma = sp.role, named, comma2
        if not sp or sp.name == sp.role:
            return None
        return self._add(sp, "source opening", self.text[s:m.end()]), comma + 1

    def _words_outside_quotes(self, start: int, end: int) -> int:
        i = max(0, bisect.bisect_left(self.q_opens, start) - 1)
        pieces, pos = [], start
        while i < len(self.quotes) and self.quotes[i].open < end:
            q = self.quotes[i]
            if q.close >= pos:
                pieces.append(self.text[pos:max(pos, q.open)])
                pos = max(pos, q.close + 1)
            i += 1
        pieces.append(self.text[pos:end])
        return len(_WORD.findall(" ".join(pieces)))

    def _continuations(self) -> None:
        said = sorted([(q.open, self.quote_speakers[i]) for i, q in enumerate(self.quotes) if i in self.quote_speakers]
                      + [(ev.start, ev.speaker) for ev in self.events], key=lambda t: t[0])
        starts = [p for p, _ in said]
        for i, q in enumerate(self.quotes):
            if i in self.quote_speakers:
                continue
            k = bisect.bisect_left(starts, q.open) - 1
            if k < 0:
                continue
            breaks = self._breaks_between(said[k][0], q.open)
            line_start = bisect.bisect_left(self._line_breaks(), q.open)
            line_start = self._line_breaks()[line_start - 1] + 1 if line_start else 0
            opens_paragraph = not self.text[line_start:q.open].strip()
            if breaks == 0 or (opens_paragraph and breaks <= 2):
                self.quote_speakers[i] = said[k][1]
                self.quote_cues[i] = ("", "continuation")
        for i, q in enumerate(self.quotes):
            if i not in self.quote_speakers:
                self._introduced(i, q)

    def _introduced(self, qi: int, q: Quote) -> None:
        """A quotation that opens a paragraph after a paragraph without quotations that presents one person
        ("Vakbondsafgevaardigde X werkt al jaren bij ... Hij neemt geen blad voor de mond."), or opens a sentence
        right after a sentence of its paragraph that presents one person ("Schepen X is tevreden. ‘...’"): that
        person speaks."""
        line_start = self._line_start(q.open)
        if self.text[line_start:q.open].strip():
            before_end = stripped_end(self.text, q.open)
            if self.text[before_end - 1:before_end] not in (".", "!"):
                return
            # the quotation opens a sentence after one that presents the person, in the same paragraph
            previous_start, previous_end = self.sentences.at(before_end - 1)
            previous_start = max(previous_start, line_start)
        else:
            previous_end = stripped_end(self.text, line_start)
            previous_start = self._line_start(previous_end)
        if previous_end - previous_start > 600:
            return
        paragraph = self.text[previous_start:previous_end]
        if not paragraph or re.search("[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]", paragraph):
            return
        people = []
        for m in _NAME_RUN.finditer(self.text, previous_start, previous_end):
            if self._introduces_person(m.start()):
                found = parse_np(self.text, m.start(), m.end(), self.lex)
                if found and found.kind == "person" and m.start() <= found.start < m.end():
                    people.append(found)
        if len({fold_word(p.name) for p in people}) == 1:
            self.quote_speakers[qi] = self._add(people[0], "introduced")
            self.quote_cues[qi] = ("", "introduced")
        elif not people:
            subject = self._pronoun_subject(previous_start, previous_end)
            sp = self._pronoun(subject, "introduced (pronoun)", "") if subject >= 0 else None
            if sp:  # "She grew up in the next village. She says it matters.// “...”": the person the
                self.quote_speakers[qi] = sp  # paragraph is about, by its personal pronoun
                self.quote_cues[qi] = ("", "introduced (pronoun)")

    def _pronoun_subject(self, start: int, end: int) -> int:
        """Where a personal pronoun opens the last sentence of ``[start, end)`` (its subject: "She grew up ...",
        "Hij neemt geen blad voor de mond."), else -1."""
        last_start, _ = self.sentences.at(max(start, end - 1))
        first = _WORD.search(self.low, max(start, last_start), end)
        return first.start() if first and first.group() in self.lex.personal_pronouns else -1

    def _set_quote(self, qi: int, sp: Speaker) -> bool:
        if sp:
            self.quote_speakers[qi] = sp
            return True
        return False

    def _quote(self, qi: int, s: int, e: int, si: int) -> None:
        q = self.quotes[qi]
        if self._tag_after(qi, q, e) or self._verb_final_tag(qi, q, s) or self._before(qi, q, s) or \
                self._inner_tag(qi, q):
            return
        before_end = stripped_end(self.text, q.open)
        if self.text[before_end - 1:before_end] == ":" and si > 0:
            ps, pe = self.sentences.at(before_end - 1)
            if self._before(qi, Quote(pe, pe), ps, rule="previous sentence"):
                sp = self.quote_speakers[qi]
                if sp.name == sp.role:  # "Ihr Sprecher formuliert es so:" ... "— Marc Thiry, Sprecher": the name
                    self._own_line(qi, q)
                return
        if not self._own_line(qi, q) and not self._standfirst(qi, q) and not self._sentence_subject(qi, q, s):
            self._unattributed_quote(qi, q, s)

    def _inner_tag(self, qi: int, q: Quote) -> bool:
        """A speech tag inside the marks, between commas (the French incise: « Rien ne change, assure le
        directeur du port, Urs Meier. Les contrats restent. »): the named speaker it gives."""
        for k, comma in enumerate(re.finditer(r",[ \t\u00a0]+", self.text[q.open:q.close])):
            if k >= 10:
                break
            at = q.open + comma.end()
            verb = self.lex.verbs.match(self.low, at)
            if verb is None:
                continue
            n_book = len(self.book.entries)
            sp = self.np_after(verb.end(), q.close, "inner tag", self.text[at:verb.end()])
            if sp and sp.name != sp.role and self.text[self._np_end.get(verb.end(), q.close):q.close].lstrip()[:1] in \
                    (".", ",", "!", "?", ""):
                return self._set_quote(qi, sp) and self._cue(qi, self.text[at:verb.end()])
            del self.book.entries[n_book:]
        return False

    def _tag_after(self, qi: int, q: Quote, e: int) -> bool:
        pos = q.close + 1
        while pos < len(self.text) and self.text[pos] in " ,\u00a0":
            pos += 1
        line_end = self.text.find("\n", pos)
        limit = min(e if e > pos else len(self.text), line_end if line_end >= 0 else len(self.text))
        aux = self.lex.aux.match(self.low, pos)
        at = self._skip_time(aux.end(), limit) if aux else pos
        closed = self.text[q.close - 1:q.close] in ".!?" and self.text[pos:pos + 1].isupper()
        verb = self.lex.verbs.match(self.low, at) or self.lex.after.match(self.low, pos) or (
            None if closed else self.lex.before.match(self.low, pos))  # "…verdeeld.” Volgens X ...": a new sentence
        if verb:
            cue = self.text[pos:verb.end()]
            sp = self.np_after(verb.end(), limit, "tag after", cue)
            if not sp and aux and self.pronoun_suffix(self.text[aux.start():aux.end()]):
                sp = self._pronoun(pos, "tag after (pronoun)", cue)  # "», a-t-il déclaré."
            return self._set_quote(qi, sp) and self._cue(qi, cue)
        ended = self.text[q.open + 1:q.close].rstrip()[-1:] in (".", "!", "?") and self.text[pos:pos + 1].isupper()
        if ended and self.text[stripped_end(self.text, q.open) - 1:q.open].strip() == ":":
            return False  # "X a été plus mesuré : « … . » Il demande que …": the colon names the speaker
        for a, b, cue in self._verbs_between(pos, min(limit, pos + 80)):
            stop = _STOP.search(self.text, pos, a)
            if stop and (self.text[stop.start()] != "," or len(_WORD.findall(self.text[pos:a])) > 8):
                break  # a subject in apposition is read ("”, the chief executive, Mark Liu, told ...")
            return self._set_quote(qi, self.np_before(pos, a, "tag after", cue)) and self._cue(qi, cue)
        return False

    def _cue(self, qi: int, cue: str) -> bool:
        self.quote_cues[qi] = (cue.strip(), self.quote_speakers[qi].rule)
        return True

    def _before(self, qi: int, q: Quote, s: int, rule: str = "before") -> bool:
        segment_end = q.open
        opening = self._opening_source(s, segment_end)
        if opening:
            return self._set_quote(qi, opening[0]) and self._cue(qi, self.text[s:s + 4].split()[0])
        sources = self._cues_between("SOURCE_BEFORE", s, segment_end)
        if sources:
            a, b, cue = sources[-1]
            n_book = len(self.book.entries)
            sp = self.np_after(b, segment_end, rule + ": source", cue, source=True)
            if sp and not self.text[self._np_end.get(b, b):q.open].strip() and len(self.text[q.open:q.close].split()) <= 5 \
                    and self.text[q.open + 1:q.open + 2].isupper():
                del self.book.entries[n_book:]
                return True  # "laut dem Fachblatt „Hafen-Report“": the title of the source, not a quotation
            return self._set_quote(qi, sp) and self._cue(qi, cue)
        verbs = self._verbs_between(s, segment_end)
        fronted = self._fronted_speaker(s, segment_end)
        if fronted and fronted[1][1] <= segment_end:  # "Du côté de la CGT, on dénonce une « ... »": the source
            return self._set_quote(qi, fronted[0]) and self._cue(qi, fronted[2])
        if verbs:
            a, b, cue = verbs[-1]
            first = _WORD.match(self.low, s)
            if self.text[s:a].rstrip().endswith(",") and first and first.group() in self.lex.connectors:
                # "Als Alibaba ... unterschrieb, sprach die Regionalregierung von „…“": the subject follows the verb
                sp = self.np_after(b, segment_end, rule + ": speech verb", cue)
                if sp:
                    return self._set_quote(qi, sp) and self._cue(qi, cue)
            relative = self._object_relative_start(s, a)  # "..., a figure the union calls “…”": its subject
            sp = self.np_before(s if relative is None else relative, a, rule + ": speech verb", cue)
            if not sp:
                sp = self.np_after(b, segment_end, rule + ": speech verb", cue)
            return self._set_quote(qi, sp) and self._cue(qi, cue)
        stripped = self.text[s:segment_end].rstrip()
        if stripped.endswith(":"):
            # "X, PDG de Y, en est convaincu : « … »": the person who opens the clause, not the company of the role
            n_book = len(self.book.entries)
            sp = self.np_after(s, s + len(stripped) - 1, rule + ": colon", ":")
            if not sp or sp.kind != "person" or sp.start > s + 40:
                del self.book.entries[n_book:]
                sp = self.np_before(s, s + len(stripped) - 1, rule + ": colon", ":")
                opener = self._opening_person(s, sp.start if sp else s + len(stripped) - 1) if sp.kind != "person" \
                    else None
                if opener is not None:  # "Ein mit den Akten vertrauter Beamter beschreibt die Lage so:": the
                    del self.book.entries[n_book:]  # subject before the verb, not the object after it
                    sp = self._add(opener, rule + ": colon (subject)", ":")
            return self._set_quote(qi, sp) and self._cue(qi, ":")
        return False

    def _opening_person(self, s: int, limit: int) -> Speaker | None:
        """The subject of a clause that opens with an article and a person noun (within eight words) and goes on
        to ``limit``, in verb-second order as in subject-verb-object: that noun phrase, else None."""
        words = list(_WORD.finditer(self.text, s, limit))
        if len(words) < 3 or fold_word(words[0].group()) not in self.lex.determiners:
            return None
        for k, m in enumerate(words[1:9], start=1):
            if _person_role(m.group(), self.lex) and m.end() < limit:
                found = parse_np(self.text, words[0].start(), m.end(), self.lex)
                return found if found.kind == "person" else None
            if m.group()[:1].isupper() and self.lex.nouns_capitalised and is_role_word(m.group(), self.lex):
                return None  # ("Der Sprecher des Hafens ..."): another noun comes first
        return None

