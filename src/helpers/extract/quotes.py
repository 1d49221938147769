"""Quotations: the quotation marks of a text paired once, in one pass, and each quotation's type.

Pairing (:func:`find_quotes`), one left-to-right pass over the marks (linear in the text, whatever is unclosed):

- double marks: “…” (English, Dutch), „…“ and „…” (German, Dutch), straight "…"; a second “ inside an open “ closes
  it (a common misprint);
- guillemets: «…» (French), and »…« (German) when the text's first guillemet is »;
- single marks: ‘…’ (English), ‚…‘ (German), straight '…' where the opening mark follows a space and precedes a
  letter and the closing one follows a non-space and precedes no letter (so that l'État, it's, risico's are
  apostrophes);
- a quotation may span sentences and paragraphs: an unclosed mark at the end of a paragraph continues when the next
  paragraph opens with the same mark (the press convention for long quotations; for single marks, typographic ‘ and
  ‚ only); otherwise it is dropped, and so costs nothing further.

Only the outermost quotations are kept (a quotation inside another belongs to it).

Type (:func:`quote_type`): ``direct`` when the quotation stands as speech of its own -- it opens its sentence, follows
a colon, a comma or a dash, or holds a whole sentence (a capital at the start, punctuation at the end, at least four
words) -- else ``mixed`` (a quoted fragment inside the outlet's sentence: "called the deal 'a Trojan horse'").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_COLUMNS = ["file", "quote_id", "start", "end", "quote", "type", "speaker", "speaker_start", "speaker_end",
                 "speaker_role", "actor", "actor_status", "cue", "rule", "stance", "stance_source"]
"""Columns of ``quotes.csv`` (see ``data/processed/README.md``)."""

_MARKS = re.compile("[\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\"'\n]")
_DOUBLE_OPEN = {"\u201c", "\u201e", '"'}
MAX_SINGLE = 400
"""Longest quotation in single marks (characters): past it an unclosed ‘ is dropped (an apostrophe, not a mark)."""


@dataclass(frozen=True)
class Quote:
    """A quotation: marks at ``open`` and ``close`` (``text[open]``, ``text[close]``); inner text between them."""

    open: int
    close: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close

    def contains(self, pos: int) -> bool:
        return self.open < pos < self.close


def _next_paragraph_opens_with(text: str, pos: int, mark: str) -> int:
    """Offset of ``mark`` if the text after the line break at ``pos`` starts (after white space) with it, else -1."""
    i = pos
    n = len(text)
    while i < n and text[i] in " \t\r\n\u00a0" and i - pos < 200:
        i += 1
    return i if i < n and text[i] == mark else -1


class _Pairer:
    """The state of one pass: open marks of each family and the quotations closed so far."""

    def __init__(self, text: str):
        self.text = text
        self.found: list[Quote] = []
        self.double: tuple[int, str] | None = None
        self.single: tuple[int, str] | None = None
        self.guillemets: list[int] = []
        self.skip: set[int] = set()
        first = re.search("[\u00ab\u00bb]", text)
        self.g_open, self.g_close = ("\u00bb", "\u00ab") if first and first.group() == "\u00bb" else ("\u00ab", "\u00bb")

    def close(self, start: int, end: int) -> None:
        if end > start + 1:
            self.found.append(Quote(start, end))

    def line_break(self, pos: int) -> None:
        if self.double is not None:
            cont = _next_paragraph_opens_with(self.text, pos, self.double[1])
            if cont >= 0:
                self.skip.add(cont)
            else:
                self.double = None
        if self.guillemets:
            cont = _next_paragraph_opens_with(self.text, pos, self.g_open)
            if cont >= 0:
                self.skip.add(cont)
            else:
                self.guillemets = []
        if self.single is not None and self.single[1] in "\u2018\u201a":  # (typographic marks only: a straight
            cont = _next_paragraph_opens_with(self.text, pos, self.single[1])  # ' may be an apostrophe)
            if cont >= 0:
                self.skip.add(cont)
                return
        self.single = None

    def mark(self, ch: str, pos: int) -> None:
        text = self.text
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + 1] if pos + 1 < len(text) else " "
        if ch == self.g_open:
            self.guillemets.append(pos)
        elif ch == self.g_close and self.guillemets:
            opened = self.guillemets.pop()
            self.close(opened, pos)
        elif ch in "\u00ab\u00bb":
            return
        elif ch == "\u201e":
            self.double = (pos, ch)
        elif ch == "\u201c":
            if self.double is None:
                self.double = (pos, ch)
            elif self.double[1] in "\u201e\u201c":
                self.close(self.double[0], pos)
                self.double = None
        elif ch == "\u201d":
            if self.double is not None and self.double[1] != '"':
                self.close(self.double[0], pos)
                self.double = None
        elif ch == '"':
            if self.double is None:
                self.double = (pos, ch)
            elif self.double[1] == '"' or not before.isspace() and not after.isalnum():
                self.close(self.double[0], pos)  # (also „…" and “…": a typographic opening closed by a straight
                self.double = None  # mark, as typed on a keyboard)
        else:
            self.single_mark(ch, pos, before, after)

    def _plural_possessive(self, pos: int, before: str, after: str) -> bool:
        """A ’ after an s and before a space and a lower-case word ("the workers’ union") is the apostrophe of a
        plural possessive, not the closing mark, when a closing ’ (after a letter or a punctuation mark, before no
        letter) follows in the same paragraph within :data:`MAX_SINGLE` characters of the opening mark."""
        text = self.text
        if before.lower() != "s" or after != " " or not text[pos + 2:pos + 3].islower():
            return False
        limit = min(len(text), self.single[0] + MAX_SINGLE)
        nxt = text.find("\u2019", pos + 1, limit)
        while nxt >= 0:
            if "\n" in text[pos:nxt]:
                return False
            if not text[nxt - 1].isspace() and not text[nxt + 1:nxt + 2].isalnum() and \
                    text[nxt - 1] in ".,!?;:\u2026" :
                return True
            nxt = text.find("\u2019", nxt + 1, limit)
        return False

    def single_mark(self, ch: str, pos: int, before: str, after: str) -> None:
        opening = not before.isalnum() and (after.isalnum() or after in "\u00bf\u00a1.")
        closing = not before.isspace() and not after.isalnum()
        if ch == "\u201a":
            self.single = (pos, ch)
        elif ch == "\u2018":
            if self.single is not None and self.single[1] == "\u201a":
                self.close(self.single[0], pos)
                self.single = None
            elif opening:
                self.single = (pos, ch)
        elif ch == "\u2019":
            if self.single is not None and self.single[1] == "\u2018" and closing and \
                    not self._plural_possessive(pos, before, after):
                self.close(self.single[0], pos)
                self.single = None
        elif ch == "'":
            if self.single is not None and self.single[1] == "'" and closing:
                self.close(self.single[0], pos)
                self.single = None
            elif self.single is None and opening and before in " \t\n(\u00a0[":
                self.single = (pos, ch)
        if self.single is not None and pos - self.single[0] > MAX_SINGLE:
            self.single = None


def find_quotes(text: str) -> list[Quote]:
    """The outermost quotations of ``text``, by opening position (see the module docstring)."""
    pairer = _Pairer(text)
    for m in _MARKS.finditer(text):
        pos = m.start()
        if pos in pairer.skip:
            continue
        if m.group() == "\n":
            pairer.line_break(pos)
        else:
            pairer.mark(m.group(), pos)
    outer: list[Quote] = []
    for q in sorted(set(pairer.found), key=lambda q: (q.open, -q.close)):
        if outer and q.open < outer[-1].close:
            continue
        outer.append(q)
    return outer


def quote_type(text: str, q: Quote, sentence_start: int) -> str:
    """``direct`` or ``mixed`` (see the module docstring)."""
    before = text[sentence_start:q.open].rstrip()
    inner = text[q.open + 1:q.close].strip()
    if not before or before[-1] in ":,\u2013\u2014-(":
        return "direct"
    words = inner.split()
    if len(words) >= 4 and inner[:1].isupper() and inner[-1:] in ".,!?\u2026":
        return "direct"
    return "mixed"
