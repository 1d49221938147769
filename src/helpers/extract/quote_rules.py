"""Quotation rules of :class:`helpers.extract.attribution.Reading` beyond the pairing of marks
(:mod:`helpers.extract.quotes`) and the speaker tags (:mod:`helpers.extract.layouts`); words from
``helpers/lexicon/<lang>/speech.py``:

- a speech tag inside one pair of marks ("« A, assure le directeur, X. B »", "“A, she said, B”", "„A, sagte
  sie, B“") splits the quotation in two (an interrupted quotation whose marks were not closed and reopened), at most
  :data:`MAX_INCISES` times per pair;
- a quotation with no speaker inside a reported clause takes the clause's speaker ("X a prévenu que le site
  pourrait créer « jusqu'à 500 emplois »");
- a speech verb right after the closing mark and ending its clause takes the subject before the opening mark ("wat
  de vakbond ‘...’ noemt");
- a quotation no rule attributed is still speech, kept with its cue and no speaker, when a speech verb opens or
  closes it, or when it is a headline quotation before a colon;
- a name or a title in marks (every word capitalised: »Ruhige Nächte«) is no quotation.
"""

from __future__ import annotations

import re

from helpers.extract.layouts import _STOP, _WORD
from helpers.extract.quotes import Quote
from helpers.extract.reported import _skip_space
from helpers.extract.speakers import Speaker, fold_word, parse_np

MAX_INCISE = 90
"""Longest speech tag inside a quotation's marks (characters, from its comma to its closing punctuation)."""
MAX_INCISES = 3
"""Most speech tags read inside one pair of marks (an interrupted quotation has one or two)."""
_INCISE_END = re.compile(r"[.,;!?]")
_SENTENCE_END = re.compile(r"[.;!?]")


class QuotationRules:
    """Quotation rules mixed into :class:`helpers.extract.attribution.Reading` (see the module docstring)."""

    def _verb_final_tag(self, qi: int, q: Quote, s: int) -> bool:
        """A speech verb right after the closing mark and ending its clause, with its subject before the opening
        one ("wat de vakbond X ‘...’ noemt", "was X „...“ nennt")."""
        pos = _skip_space(self.text, q.close + 1)
        verb = self.lex.verbs.match(self.low, pos)
        if not verb or not re.match(r"\s*(?:[.!?,;]|$)", self.text[verb.end():verb.end() + 3]):
            return False
        relative = self._object_relative_start(s, q.open)  # "een aantal dat de burgemeester ‘…’ noemt"
        sp = self.np_before(s if relative is None else relative, q.open, "tag after (verb-final)",
                            self.text[pos:verb.end()])
        if sp:
            self.quote_speakers[qi] = sp
            self.quote_cues[qi] = (self.text[pos:verb.end()], sp.rule)
        return bool(sp)

    def _after_colon(self, a: int, b: int) -> Speaker | None:
        """What follows a headline quotation on its line, ``text[a:b]``: None unless a colon and a noun phrase; the
        person it names ("‘...’: Jan Peters on jobs"); an empty speaker when it names a role only ("‘...’:
        Cainiao’s Liège chief on jobs": an owner in the possessive, a role; the person comes in the next paragraph)."""
        colon = re.match(r"\s*:\s*", self.text[a:b])
        if not colon:
            return None
        found = parse_np(self.text, a + colon.end(), b, self.lex)
        if found and found.kind == "person" and len(found.name.split()) >= 2 and found.name != found.role and \
                found.start == a + colon.end() and not re.search(r"['\u2019]s\b", found.name):
            return found  # (the name opens the phrase: not "the new chief of Corvin Air")
        return Speaker()

    def _unattributed_quote(self, qi: int, q: Quote, s: int) -> bool:
        """A quotation no speaker rule attributed is still speech, kept with its cue and no speaker, when it is a
        headline quotation followed by a colon and a noun phrase ("‘...’: X on Y": the phrase is often a role of
        a person named below, so it is not read as a speaker), or is opened right after a speech verb ("Ses
        représentants promettent « ... »") or closed right before one."""
        line_start = self.text.rfind("\n", 0, q.open) + 1
        colon = re.match(r"\s*:\s*\w", self.text[q.close + 1:q.close + 5])
        if colon and not self.text[line_start:q.open].strip():
            self.quote_cues[qi] = (":", "headline (speaker not read)")
            return True
        verbs = self._verbs_between(max(s, q.open - 40), q.open)
        if verbs and not self.text[verbs[-1][1]:q.open].strip(" :\u00a0\u202f"):
            self.quote_cues[qi] = (verbs[-1][2], "speech verb (speaker not read)")
            return True
        after = self.lex.verbs.match(self.low, _skip_space(self.text, q.close + 1))
        if after:
            self.quote_cues[qi] = (self.text[after.start():after.end()], "speech verb (speaker not read)")
            return True
        return False

    # -- quotations -----------------------------------------------------------------------------------------
    def _quotes_in_reported(self) -> None:
        """A quotation with no speaker inside a reported clause takes the clause's speaker."""
        for i, q in enumerate(self.quotes):
            if i in self.quote_speakers:
                continue
            holders = [ev for ev in self._events_from(q.open) if ev.start <= q.open and q.close <= ev.end + 1
                       and ev.type == "reported"]
            if holders and not self._name_in_marks(q):
                ev = min(holders, key=lambda ev: ev.end - ev.start)
                self.quote_speakers[i] = ev.speaker
                self.quote_cues[i] = (ev.cue, "inside reported")

    def _name_in_marks(self, q: Quote) -> bool:
        """A name or a title in marks (every word capitalised: „Hafen-Report“, »Ruhige Nächte«) is no speech."""
        inner = _WORD.findall(self.text[q.open + 1:min(q.close, q.open + 80)])
        return bool(inner) and len(inner) <= 5 and all(w[:1].isupper() for w in inner) and \
            (len(inner) >= 2 or "-" in inner[0])

    def _split_incises(self, quotes: list[Quote]) -> list[Quote]:
        """Quotations with a speech tag inside their marks cut in two around the tag (see the module docstring)."""
        out = []
        for q in quotes:
            out.extend(self._split_one(q))
        return out

    def _incise_tag(self, pos: int, limit: int):
        """A speech tag opening at ``pos`` inside a quotation: ``(verb match, True)`` for a verb followed by its
        speaker ("assure le directeur", "dit-il", "zegt hij") or preceded by it ("he said", "Smith said"), else
        ``(None, False)``."""
        text, low = self.text, self.low
        verb = self.lex.verbs.match(low, pos)
        if verb:
            if re.match(r"-(?:t-)?(?:il|elle|ils|elles)\b", low[verb.end():verb.end() + 8]):
                return verb, True
            first = _WORD.search(text, verb.end(), limit)
            if first is None or text[verb.end():first.start()].strip():
                return None, False
            word = fold_word(first.group())
            if word in self.lex.personal_pronouns or word in self.lex.determiners or word in self.lex.titles or \
                    first.group()[:1].isupper():
                return verb, bool(parse_np(text, first.start(), _stop_at(text, first.start(), limit), self.lex)) \
                    or word in self.lex.personal_pronouns
            return None, False
        words = list(_WORD.finditer(text, pos, limit))[:4]
        for k, w in enumerate(words[:-1] if len(words) > 1 else []):
            verb = self.lex.verbs.match(low, words[k + 1].start())
            if verb and not _STOP.search(text, pos, words[k + 1].start()):
                subject = [fold_word(x.group()) for x in words[:k + 1]]
                if subject[0] in self.lex.personal_pronouns and k == 0 or \
                        all(x.group()[:1].isupper() for x in words[:k + 1]):
                    return verb, True
        return None, False

    def _split_one(self, q: Quote) -> list[Quote]:
        text, low = self.text, self.low
        pieces, open_at = [], q.open
        for comma in _commas(text, q.open + 1, q.close):
            if comma <= open_at or len(_WORD.findall(text[max(open_at + 1, comma - 60):comma])) < 2:
                continue
            pos = comma + 1
            while pos < q.close and text[pos] in " \u00a0\u202f":
                pos += 1
            verb, named = self._incise_tag(pos, min(q.close, comma + MAX_INCISE))
            end = _INCISE_END.search(text, verb.end(), min(q.close, comma + MAX_INCISE)) if verb else None
            if end is None or len(_WORD.findall(text[end.end():min(q.close, end.end() + 60)])) < 2 or not named:
                continue
            end_pos = end.start()
            if end.group() == ",":  # "assure le directeur du port, Urs Meier." (a name in apposition)
                nxt = _SENTENCE_END.search(text, end.end(), min(q.close, comma + MAX_INCISE))
                between = text[end.end():nxt.start()].strip() if nxt else ""
                if between[:1].isupper() and len(_WORD.findall(between)) <= 4 and \
                        len(_WORD.findall(text[nxt.end():min(q.close, nxt.end() + 60)])) >= 2:
                    end_pos = nxt.start()
            pieces.append(Quote(open_at, comma))
            if len(pieces) >= MAX_INCISES:
                break
            open_at = end_pos + 1 if text[end_pos + 1:end_pos + 2].isspace() else end_pos  # a sentence may end here
        return pieces + [Quote(open_at, q.close)]


def _stop_at(text: str, start: int, limit: int) -> int:
    """Where the phrase at ``start`` ends: the next stop before ``limit``, else ``limit``."""
    stop = _STOP.search(text, start, limit)
    return stop.start() if stop else limit


def _commas(text: str, start: int, end: int):
    """Offsets of the commas of ``text[start:end]``, in order."""
    pos = text.find(",", start, end)
    while pos >= 0:
        yield pos
        pos = text.find(",", pos + 1, end)
