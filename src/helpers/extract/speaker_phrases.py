"""Speakers named around a speech cue: the noun phrase after or before it, a pronoun, the registry's canonical name.

:class:`SpeakerPhrases` is the part of :class:`helpers.extract.attribution.Reading` that turns a position next to a
speech cue into a :class:`~helpers.extract.speakers.Speaker`: the noun phrase right after it (``selon le ministre X``,
``…, said X``; time words and the hearer skipped, an apposition read), the subject right before it (``X, role,
said``; auxiliaries and incidental phrases skipped), or a pronoun resolved to the person named nearest before it.
Each speaker found is matched against the analyst's registry (``actors.csv``) and entered in the article's
:class:`~helpers.extract.speakers.SpeakerBook`. Words come from ``helpers/lexicon/<lang>/speech.py`` through
``self.lex``; the text, its folded copy, the quotations and the registry mentions are set by ``Reading``.
"""

from __future__ import annotations

import bisect
import re

from helpers.extract.layouts import _NAME_RUN, _STOP, _WORD
from helpers.extract.speakers import Speaker, _person_role, fold_word, parse_np
from helpers.text.folding import fold

MAX_NP = 160


class SpeakerPhrases:
    """Speakers read from the words next to a cue (mixed into :class:`helpers.extract.attribution.Reading`)."""
    def _add(self, found: Speaker, rule: str, cue: str = "") -> Speaker:
        if not found:
            return found
        found.rule, found.cue = rule, cue
        self._canonical(found)
        if found.actor:
            for entry in reversed(self.book.entries):
                if entry.actor == found.actor:
                    return self.book._use(entry, found)
        return self.book.resolve(found)

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

    def _pronoun(self, pos: int, rule: str, cue: str) -> Speaker:
        entry, best = None, -1
        window_start = max(0, pos - 600)
        window = self.text[window_start:pos]
        for candidate in self.book.entries:  # the person named (full name or surname) nearest before the pronoun
            if candidate.kind != "person" or not candidate.name:
                continue
            at = window.rfind(candidate.name.split()[-1])
            if at > best:
                entry, best = candidate, at
        for m in _NAME_RUN.finditer(window):  # a person named by role without a speech cue, nearer still
            previous = _WORD.findall(window[max(0, m.start() - 40):m.start()])[-1:]
            if m.start() > best and not self.in_quote(window_start + m.start()) and previous and \
                    (fold_word(previous[0]) in self.lex.titles or _person_role(previous[0], self.lex)):
                found = parse_np(self.text, window_start + m.start(), window_start + m.end(), self.lex)
                if found and found.kind == "person":
                    return self._add(found, rule, cue)
        entry = entry or self.book.last_person(pos)
        if entry is None:
            window_start = max(0, pos - 400)
            for m in reversed(list(re.finditer(r"(?:[A-Z\u00c0-\u00dd][\w'\u2019-]+\s+){1,3}[A-Z\u00c0-\u00dd][\w'\u2019-]+",
                                               self.text[window_start:pos]))):
                if not self.in_quote(window_start + m.start()):
                    found = parse_np(self.text, window_start + m.start(), window_start + m.end(), self.lex)
                    if found and found.kind == "person":
                        return self._add(found, rule, cue)
            return Speaker()
        return self.book._use(entry, Speaker(name=entry.name, start=pos, end=pos, rule=rule, cue=cue))

    def _skip_time(self, i: int, limit: int) -> int:
        while True:
            while i < limit and self.text[i] in " \t\u00a0":
                i += 1
            m = self.lex.time.match(self.low, i)
            if not m or m.end() > limit:
                return i
            i = m.end()

    def np_after(self, pos: int, limit: int, rule: str, cue: str) -> Speaker:
        """The speaker named right after ``pos`` (time words skipped), up to punctuation or a clause word."""
        inverted = re.match(r"-t-(?:il|elle|ils|elles)\b|-(?:il|elle|ils|elles)\b", self.low[pos:pos + 9])
        if inverted:
            return self._pronoun(pos, rule + " (pronoun)", cue)
        i = self._skip_time(pos, limit)
        end = min(limit, i + MAX_NP)
        stop = _STOP.search(self.text, i, end)
        end = stop.start() if stop else end
        words = [(m.start(), m.end(), fold_word(m.group())) for m in _WORD.finditer(self.text, i, end)]
        if not words:
            return Speaker()
        if words[0][2] in self.lex.personal_pronouns:
            return self._pronoun(pos, rule + " (pronoun)", cue)
        if words[0][2] in self.lex.recipient_prepositions and len(words) > 2:
            k = 1  # "a expliqué à l'agence la porte-parole X": skip the hearer
            while k < min(len(words), 4) and words[k][2] not in self.lex.determiners and \
                    not (self.text[words[k][0]].isupper() and k > 1):
                k += 1
            if k < len(words) and k < 4:
                words = words[k:]
        if words[0][2] in self.lex.complementizers or words[0][2] in self.lex.clause_words and \
                words[0][2] not in self.lex.determiners:  # "volgens het comité X": a determiner
            return Speaker()
        np_end = words[0][1]
        started_with_name = self.text[words[0][0]].isupper()
        for k, (a, b, w) in enumerate(words[1:], start=1):
            if w in self.lex.clause_words or w in self.lex.complementizers or \
                    self.lex.verbs.match(self.low, a) and words[k - 1][2] not in self.lex.determiners:
                break  # a speech verb after a determiner is a noun ("selon une note de X")
            caps = [self.text[x[0]].isupper() for x in words[1:k]]
            seen_name = started_with_name or any(a_ and b_ for a_, b_ in zip(caps, caps[1:]))
            if seen_name and not self.text[a].isupper() and w not in self.lex.name_particles and \
                    not self.text[words[k - 1][0]].islower():
                break
            if k >= 10:
                break
            np_end = b
        found = parse_np(self.text, words[0][0], np_end, self.lex)
        self._np_end[pos] = np_end
        if found and found.name == found.role and stop is not None and self.text[stop.start()] == ",":
            appos = re.match(r",\s*([^,.;:!?()\n]{2,60}?)\s*(?:[,.;:!?]|$)", self.text[stop.start():limit])
            if appos:  # "selon la porte-parole, Claire Dubois, ..."
                a = stop.start() + appos.start(1)
                named = parse_np(self.text, a, a + len(appos.group(1)), self.lex)
                if named and named.name != named.role and len(named.name.split()) >= 2 and named.start == a:
                    named.role = found.role
                    found = named
        return self._add(found, rule, cue)

    def np_before(self, lo: int, pos: int, rule: str, cue: str) -> Speaker:
        """The subject of a speech verb at ``pos``: the noun phrase that ends right before it (auxiliaries
        skipped), a pronoun, or a name in apposition ("X, role, said")."""
        earlier = self._verbs_between(lo, pos)
        if earlier and self.text[:pos].rstrip().endswith(",") and self.low[pos:pos + 30].split()[0].endswith("ing") \
                and not self.text[lo:earlier[0][0]].rstrip().endswith(","):
            return self.np_before(lo, earlier[0][0], rule, cue)  # "X told reporters, adding that": X
        segment = self.text[lo:pos]
        cut = max(segment.rfind(";"), segment.rfind(":"), max(segment.rfind(c) for c in "\u201d\u00bb\u201c\""))
        lo = lo + cut + 1 if cut >= 0 else lo
        tail = [m for m in self.lex.time.finditer(self.low, lo, pos)
                if not self.text[m.end():pos].strip(" ,\u00a0") and self.text[lo:m.start()].rstrip().endswith(",")]
        if tail:  # "L'aéroport, de son côté, affirme": an incidental phrase before the verb
            pos = len(self.text[:tail[0].start()].rstrip(" ,\u00a0"))
        words = [(m.start(), m.end(), fold_word(m.group())) for m in _WORD.finditer(self.text, lo, pos)]
        while words and (words[-1][2] in self.lex.auxiliaries or words[-1][2] in self.lex.time_words):
            words.pop()
        if not words:
            return Speaker()
        if words[-1][2] in self.lex.personal_pronouns:
            return self._pronoun(words[-1][0], rule + " (pronoun)", cue)
        end = words[-1][1]
        masked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), self.text[lo:pos])  # no parentheses
        parts = [m for m in re.finditer(r"[^,()]+", masked)]
        parts = [(lo + m.start(), lo + m.end()) for m in parts if m.group().strip()]
        if len(parts) >= 2:  # "role, X, said": the last part is a bare name
            last = parse_np(self.text, *parts[-1], self.lex)
            if last and not last.role and last.kind == "person" and len(last.name.split()) >= 2:
                last.role = self.text[parts[-2][0]:parts[-2][1]].strip()
                return self._add(last, rule, cue)
        if len(parts) >= 2:  # "X, role, said" / "X, role:"
            name = parse_np(self.text, *parts[-2], self.lex)
            part_words = [fold_word(w) for w in _WORD.findall(self.text[parts[-2][0]:parts[-2][1]])]
            noun_phrase = len(part_words) <= 5 and not any(w in self.lex.clause_words for w in part_words[1:])
            if name and name.role != name.name and (len(name.name.split()) >= 2 or
                                                     name.kind == "organisation" and noun_phrase) and \
                    len(_WORD.findall(self.text[parts[-2][0]:name.start])) <= 3:
                name.role = (name.role + " " + self.text[parts[-1][0]:parts[-1][1]].strip()).strip()
                return self._add(name, rule, cue)
        start = words[0][0]
        for a, b, w in reversed(words[:-1]):
            if w in self.lex.complementizers or w in self.lex.connectors or self.text[b:b + 1] == ",":
                start = words[[x[0] for x in words].index(a) + 1][0]
                break
        if len(words) > 10 and start == words[0][0]:
            start = words[-10][0]
        return self._add(parse_np(self.text, start, end, self.lex), rule, cue)
