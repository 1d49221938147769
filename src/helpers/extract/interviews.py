"""Interviews (rules of :class:`helpers.extract.attribution.Reading`, mixed in through
:class:`helpers.extract.layouts.LayoutRules`): who an interview is with, and its answers as direct speech.

- labelled paragraphs: "Name: words" (the name before a colon at the start of a paragraph) and "A: words" (the
  interviewee) are answers, "Q: words" / "Frage: ..." are not; an interview whose questions carry no label (printed in
  bold in the paper) is recognised by one name labelling three paragraphs or more ("Feldhaus: ..."), and a surname
  label is resolved to the full name written before it ("Geschäftsführer Dr. Markus Feldhaus");
- a broadcast transcript is read the same way, its presenter being the questioner: a label of the presenter's role
  ("HOST:", "ANIMATRICE :", "PRESENTATOR (Name):"), or any label whose turns mostly end with "?", asks the questions
  (the outlet's voice); labels before the first question ("Guests: ...", the programme's name) are a header, not
  answers; a short capitalised label is a question label ("EN:", the paper's initials) unless it is the surname of
  a person the text names ("COX:");
- question paragraphs: short paragraphs ending with "?" each followed by answer paragraphs of the interviewee, when
  the interviewee is a person named in full, introduced before the first question or speaking in the first person
  (the lexicon's ``FIRST_PERSON``: "we", "nous", "ik", "wir") in at least a third of the answers; a page of
  questions and answers in the outlet's own voice (an FAQ, "Fragen und Antworten", "questions-réponses") names its
  sources inside the answers and speaks of them in the third person.
"""

from __future__ import annotations

import bisect
import re

from helpers.extract.speech_events import Event
from helpers.extract.noun_phrases import parse_np
from helpers.extract.speakers import Speaker, _is_name_word, fold_word
from helpers.text.folding import fold

_WORD_RUN = re.compile(r"\w+")
_LABEL = re.compile(r"(?m)^[ \t]*((?:[A-Z\u00c0-\u00dd]\.[ \t\u00a0]?){1,3}|[^\n:.!?]{1,40}?)[ \t\u00a0\u202f]*:"
                    r"[ \t\u00a0\u202f]+(?=\S)")  # a paragraph's label: "Name:", "K. B. :"
_DOTTED_INITIALS = re.compile(r"(?:[A-Z\u00c0-\u00dd]\.[ \t\u00a0]?){2,3}")  # "D. P.", "H.L.": a person's initials
_PARTICLED_NAME = re.compile(r"[A-Z\u00c0-\u00dd][\w'\u2019-]+(?:\s+(?:[a-z\u00e0-\u00ff]{1,3}\s+){0,2}"
                             r"[A-Z\u00c0-\u00dd][\w'\u2019-]+){1,3}")  # "Joris van Acker", "Ute Kramer"
_NAME_RUN = re.compile(r"(?:[A-Z\u00c0-\u00dd][\w'\u2019-]+\s+){1,3}[A-Z\u00c0-\u00dd][\w'\u2019-]+")


class InterviewRules:
    """Who an interview is with and its answers (see the module docstring)."""

    def _interviewee(self) -> Speaker | None:
        """The person an interview is with: the person of the book named most often, else the first person named."""
        people = {}
        for entry in self.book.entries:
            if entry.kind == "person":
                people[entry.name] = people.get(entry.name, 0) + len(entry.mentions)
        if people:
            name = max(sorted(people), key=people.get)
            return next(x for x in self.book.entries if x.name == name)
        for m in _NAME_RUN.finditer(self.text, 0, min(len(self.text), 1500)):
            if re.search(r"['\u2019]s\b", m.group()):
                continue  # a possessive ("Cainiao's Liège chief") names no one
            found = parse_np(self.text, m.start(), m.end(), self.lex)
            if found and found.kind == "person" and not self.in_quote(m.start()):
                return self._add(found, "interview")
        return None

    def _question_paragraphs(self) -> None:
        """An interview laid out as question paragraphs (one short paragraph ending with "?") each followed by
        answer paragraphs: the answers are direct speech of the interviewee."""
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text)]
        questions = [i for i, (a, b) in enumerate(paragraphs) if self.text[a:b].rstrip().endswith("?")
                     and len(self.text[a:b]) < 300 and self.quote_at(a) is None]
        if len(questions) < 3:
            return
        if self._explainer(paragraphs, questions):
            return  # an explainer's questions and answers: the outlet's voice
        person = self._interviewee()
        if person is None or not self._named_in_full(person):
            return
        taken = {(ev.start, ev.end) for ev in self.events}
        answers = []
        for i in questions:
            for a, b in paragraphs[i + 1:]:
                if self.text[a:b].rstrip().endswith("?") or self.quote_at(a) is not None or (a, b) in taken:
                    break
                if re.match(r"\s*[^\n:]{1,40}:\s", self.text[a:b]):
                    break  # a labelled paragraph: read by the label rule
                answers.append((a, b))
        if person.start > paragraphs[questions[0]][0] and 3 * sum(self._first_person(a, b) for a, b in answers) < \
                len(answers):
            return  # answers in the outlet's voice: questions and answers, not an interview
        for a, b in answers:
            sp = self.book._use(person, Speaker(name=person.name, start=a, end=a, rule="interview"))
            self.events.append(Event(a, b, "direct", sp, "", "interview"))

    def _named_in_full(self, person: Speaker) -> bool:
        """A person named by at least two name words ("Luc Delvaux"), not a role alone ("a spokesperson")."""
        words = person.name.split()
        return person.kind == "person" and person.name != person.role and len(words) >= 2 and all(
            _is_name_word(w, self.lex) or fold_word(w) in self.lex.name_particles for w in words)

    def _first_person(self, a: int, b: int) -> bool:
        """Whether the text ``[a, b)`` speaks in the first person outside quotations: a pronoun ("we", "ich",
        "nous") or a possessive ("our", "unser", "ons") of the lexicon (``FIRST_PERSON``,
        ``FIRST_PERSON_POSSESSIVES``). The one test of the interview and explainer rules."""
        words = self.lex.__dict__.get("first_person_words")
        if words is None:
            words = self.lex.first_person_words = frozenset(
                {w.rstrip("'\u2019") for w in self.lex.first_person} | set(self.lex.first_person_possessives))
        return any(fold_word(m.group()) in words and not self.in_quote(m.start())
                   for m in _WORD_RUN.finditer(self.text, a, b))

    def _explainer(self, paragraphs: list, questions: list) -> bool:
        """Whether questions and answers are an explainer ("FAQ", "questions and answers") in the outlet's own
        voice rather than an interview: fewer than two answers in five speak in the first person ("we", "nous",
        "ons", "unser": an interviewee speaks for self or for the organisation) and at least half of them report
        what others say (a speech event already read inside the answer: "the region says", "selon X")."""
        starts = sorted(ev.start for ev in self.events)
        n, own, reporting = 0, 0, 0
        for i in questions:
            block = []
            for a, b in paragraphs[i + 1:]:
                if self.text[a:b].rstrip().endswith("?"):
                    break
                block.append((a, b))
            if not block:
                continue
            n += 1
            a, b = block[0][0], block[-1][1]
            own += self._first_person(a, b)
            j = bisect.bisect_left(starts, a)
            reporting += j < len(starts) and starts[j] < b
        return 5 * own < 2 * n and 2 * reporting >= n

    def _interview(self) -> None:
        """Paragraphs of an interview: "Name: words" (the name before a colon at the start of a paragraph) and
        "A: words" (the interviewee: the person named most often) are direct quotations; "Q: words" are not."""
        labels = list(_LABEL.finditer(self.text))
        same = self._label_groups(labels)  # "K. B." is "Karima Benhaddou", "CFR" the "Continental Freight Review"
        asks = self._asking_labels(labels, same)

        def question(label: str, pos: int) -> bool:
            label = same.get(label.strip(), label)
            bare = re.sub(r"\s*\([^)]*\)\s*$", "", label.strip())  # "PRESENTATOR (Jolien Verhaegen)"
            low = fold_word(bare)
            return low in self.lex.interview_question or label.strip() in asks or self._outlet_staff(bare) or (
                bare.isupper() and len(bare) <= 3 and low not in self.lex.interview_answer
                and not self._surname_named(bare))  # ("COX:" after "Marleen Cox")

        if len(labels) < 3 or not any(question(m.group(1), m.start(1)) for m in labels) and not self._answer_label(labels):
            return  # not an interview: no question label, and no name labelling three answers
        first_question = next((m.start() for m in labels if question(m.group(1), m.start(1))), None)
        if first_question is not None:
            labels = [m for m in labels if m.start() >= first_question]  # "Guests: ..." above the first question
        first = {}
        for m in labels:
            first.setdefault(m.group(1).strip(), m)
        answered = []
        for m in labels:
            label = fold_word(m.group(1).strip())
            if question(m.group(1), m.start(1)):
                continue
            end = self.text.find("\n", m.end())
            end = len(self.text) if end < 0 else end
            if label in self.lex.interview_answer:
                entry = self._interviewee()
                if entry is None:
                    continue
                sp = self.book._use(entry, Speaker(name=entry.name, start=m.start(1), end=m.start(1), rule="interview"))
            else:
                full = first.get(same.get(m.group(1).strip()), m)  # ("K. B.": the name its first label writes)
                found = self._label_person(m, full)
                if found is None:
                    continue
                sp = self._add(found, "interview")
            if self.quote_at(m.end()) is None and self.quote_at(m.end() + 1) is None:  # a quotation is read once
                self.events.append(Event(m.end(), end, "direct", sp, ":", "interview"))
            answered.append((end, sp))
        self._quotes_after_answers(answered)

    def _label_person(self, m, full) -> Speaker | None:
        """The person an answer's label ``m`` names, read from ``full``, the longer label it stands for (``m`` itself
        when there is none): dotted initials with no longer label are the person the text names with them ("D. P."
        after "Daniel Park"); a name in capitals is the name as written before ("DUPONT"), a surname alone the full
        name written before it ("Feldhaus"). None when the label names no one."""
        if full is m and _DOTTED_INITIALS.fullmatch(m.group(1).strip()):
            return self._person_of_initials(m.group(1))
        found = parse_np(self.text, full.start(1), full.end(1), self.lex)
        if not found or found.name != full.group(1).strip() or len(found.name.split()) > 4:
            return None
        if found.name.isupper():  # "SOPHIE DUPONT:", "DUPONT:" in a transcript: the name as written before
            found = self._written_before(found) or found
        if len(found.name.split()) == 1:
            found = self._full_name_before(found) or found  # "Feldhaus:" after "Dr. Markus Feldhaus"
        return found

    def _quotes_after_answers(self, answered: list) -> None:
        """A quotation opening the paragraph right after an answer, with no speech tag of its own, goes on with the
        answer: the interviewee's words, printed as a quotation (the next paragraph's names are not its speaker)."""
        for end, sp in answered:
            start = end + len(self.text[end:end + 8]) - len(self.text[end:end + 8].lstrip())
            qi = bisect.bisect_left(self.q_opens, start)
            if qi >= len(self.quotes) or self.quotes[qi].open != start or \
                    self.quote_cues.get(qi, ("", "standfirst"))[1] != "standfirst":
                continue
            self.quote_speakers[qi] = sp
            self.quote_cues[qi] = ("", "interview")

    def _label_groups(self, labels: list) -> dict:
        """Short labels standing for a longer one written before or after: initials ("K. B.", "CFR" for
        "Continental Freight Review"), the first words ("La Gazette" for "La Gazette de l'Estuaire") or a surname
        ("Albrecht" for "Jonas Albrecht"). Returns each short label's longer label."""
        names = []
        for m in labels:
            if m.group(1).strip() not in names:
                names.append(m.group(1).strip())
        groups = {}
        for short in names:
            letters = re.sub(r"[.\s]", "", short)
            for full in sorted(names, key=len, reverse=True):
                words = full.split()
                if len(full) <= len(short) or len(words) < 2:
                    continue
                initials = "".join(w[0] for w in re.findall(r"\w+", full) if w[0].isupper())
                if len(letters) >= 2 and letters.isupper() and letters == initials or \
                        full.startswith(short + " ") or len(short.split()) == 1 and full.endswith(" " + short):
                    groups[short] = full
                    break
        return groups

    def _written_before(self, found: Speaker) -> Speaker | None:
        """A capitalised label ("SOPHIE DUPONT", "DUPONT") as the text writes the name before it ("Sophie Dupont",
        "Mme Dupont"): the last earlier occurrence in ordinary case, read as a noun phrase."""
        pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in found.name.split()) + r"\b", re.I)
        best = None
        for hit in pattern.finditer(self.text, 0, found.start):
            if not hit.group().isupper():
                best = hit
        if best is None:
            return None
        named = parse_np(self.text, best.start(), best.end(), self.lex)
        return named if named and named.kind == "person" and fold_word(named.name) == fold_word(found.name) else None

    def _asking_labels(self, labels: list, same: dict) -> set:
        """Labels whose turns mostly end with a question mark (a presenter named by surname, "VERHAEGEN:"): the
        questioner of a transcript. A label needs two turns or more; a short label's turns count with its long
        one's (``same``)."""
        turns = {}
        for m in labels:
            end = self.text.find("\n", m.end())
            end = len(self.text) if end < 0 else end
            label = m.group(1).strip()
            turns.setdefault(same.get(label, label), []).append(self.text[m.end():end].rstrip().endswith("?"))
        asking = {label for label, asked in turns.items() if len(asked) >= 2 and 2 * sum(asked) > len(asked)}
        return asking | {short for short, full in same.items() if full in asking}

    def _outlet_staff(self, label: str) -> bool:
        """Whether a transcript's label names one of the outlet's own journalists, introduced by their role
        (``OUTLET_STAFF``: "Our correspondent Tom Reyes" before "TOM REYES:" or "REYES:"): their lines are the
        outlet's voice, like the presenter's. The label's last word is looked for as written in the text."""
        words = re.findall(r"[\w'\u2019-]+", label)
        if not words:
            return False
        surname = words[-1][:1] + words[-1][1:].lower() if words[-1].isupper() else words[-1]
        for m in re.finditer(r"(?<!\w)" + re.escape(surname) + r"(?!\w)", self.text):
            if self.lex.outlet_staff_before.search(fold(self.text[max(0, m.start() - 80):m.start()])):
                return True
        return False

    def _surname_named(self, label: str) -> bool:
        """Whether a short capitalised label is the surname of a person named in the text ("COX:" after "Marleen
        Cox")."""
        key = fold_word(label)
        return any(entry.kind == "person" and len(entry.name.split()) >= 2 and fold_word(entry.name.split()[-1]) == key
                   for entry in self.book.entries) or bool(
            re.search(r"\b[A-Z\u00c0-\u00dd][\w'\u2019-]+\s+" + re.escape(label[:1] + label[1:].lower()) + r"\b", self.text))

    def _full_name_before(self, found: Speaker) -> Speaker | None:
        """The person named in full before a surname alone ("Feldhaus" after "Geschäftsführer Dr. Markus
        Feldhaus"): the nearest name run before it that ends with the same word."""
        self._name_runs()
        i = bisect.bisect_left(self._run_starts, found.start) - 1
        key = fold_word(found.name)
        for _ in range(40):
            if i < 0:
                return None
            a, b = self._runs[i]
            i -= 1
            if key not in self.low[a:b]:
                continue  # (the folded text holds every word of the run folded, in place)
            words = list(re.finditer(r"\S+", self.text[a:b]))
            for j in range(len(words) - 1, -1, -1):  # the surname ends the run, or a particle and an organisation
                if fold_word(words[j].group().rstrip(".,;:")) == key:  # follow it ("Benoît Lemaire van Liège Airport")
                    if j == len(words) - 2 and _is_name_word(words[-1].group(), self.lex) and \
                            fold_word(words[-1].group()) not in self.lex.name_particles:  # "directeur Europa Wang
                        whole = parse_np(self.text, a, b, self.lex)  # Lei" ... "Wang": a family name written first
                        if whole and whole.kind == "person" and whole.name.endswith(self.text[a + words[j].start():b]):
                            return Speaker(name=self.text[a + words[j].start():b], start=a + words[j].start(), end=b,
                                           role=whole.role, kind="person")
                    if j == 0:
                        break
                    named = parse_np(self.text, a, a + words[j].end(), self.lex)
                    if named and named.kind == "person" and fold_word(named.name.split()[-1]) == key:
                        return named
                    break
        return None

    def _answer_label(self, labels: list) -> bool:
        """Whether one name labels at least three paragraphs ("Feldhaus: ..."): an interview whose questions carry
        no label (printed in bold in the paper)."""
        counts = {}
        for m in labels:
            label = m.group(1).strip()
            counts[label] = counts.get(label, 0) + 1
        return any(n >= 3 and (len(label.split()) <= 3 and all(_is_name_word(w, self.lex) for w in label.split())
                               or _DOTTED_INITIALS.fullmatch(label) and self._person_of_initials(label) is not None)
                   for label, n in counts.items())

    def _person_of_initials(self, label: str) -> Speaker | None:
        """The person a label of initials stands for ("D. P." for "Daniel Park", "H.L." for "Hanna Lemmens"): the
        first person named in full in the text whose name words, particles left out, have those initials."""
        letters = re.sub(r"[^A-Z\u00c0-\u00dd]", "", label)
        memo = self.__dict__.setdefault("_initials_memo", {})
        if letters in memo:
            return memo[letters]
        memo[letters] = None
        for run in _PARTICLED_NAME.finditer(self.text):
            words = [w for w in re.finditer(r"\S+", run.group()) if fold_word(w.group()) not in self.lex.name_particles]
            for i in range(len(words) - len(letters) + 1):  # ("Fünf Fragen an Ute Kramer": the name is its end)
                name = words[i:i + len(letters)]
                if "".join(w.group()[0] for w in name) != letters:
                    continue
                found = parse_np(self.text, run.start() + name[0].start(), run.start() + name[-1].end(), self.lex)
                if found and found.kind == "person" and len(found.name.split()) >= 2:
                    memo[letters] = found
                    return found
        return None

