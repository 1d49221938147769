"""What the hand-coding scripts of the development corpus share (``code_*.py``): spans found from the text, the
rows of the four tables built from a script's codes, and their appending to ``<lang>/*.csv``.

A script lists its texts' codes with :meth:`Codes.text` (speakers, quantities and quotations by their surface and
occurrence, never by offsets) and ends with ``codes.main()``. Run with no option it prints the rows it would write;
``--check`` checks that every row is already in the tables, exactly as written (the codes and the committed tables
agree); ``--write`` appends them (once: a file already in a table is refused); ``--show`` prints each quantity in
its context.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

DEV = Path(__file__).resolve().parent
TABLES = ("catalog.csv", "quantities.csv", "quotes.csv", "speakers.csv")


def find(text: str, surface: str, occ: int = 1, whole_tokens: bool = False) -> tuple[int, int]:
    """``(start, end)`` of the ``occ``-th occurrence of ``surface`` in ``text`` (with ``whole_tokens``, only where
    it is not part of a longer word or number: "4" is not found in "40")."""
    if whole_tokens:
        hits = list(re.finditer(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", text))
        if len(hits) < occ:
            raise SystemExit(f"not found: {surface!r} (occurrence {occ})")
        return hits[occ - 1].start(), hits[occ - 1].end()
    i = -1
    for _ in range(occ):
        i = text.find(surface, i + 1)
        if i < 0:
            raise SystemExit(f"not found: {surface!r}")
    return i, i + len(surface)


class Codes:
    """The codes of one script: ``whole_tokens`` as in :func:`find`; ``sort_speakers`` writes a text's speakers
    by the start of their first mention rather than in the order listed."""

    def __init__(self, whole_tokens: bool = False, sort_speakers: bool = False):
        self.texts, self.whole_tokens, self.sort_speakers = {}, whole_tokens, sort_speakers

    def text(self, file, lang, form, topic, outlet, published, speakers, quantities, quotes) -> None:
        """One text's codes. speakers: ``(name, kind, role)``; quantities: ``(surface, occ, value, high, unit,
        kind, noun, qualifier, measure, per, status, speaker, note)``; quotes: ``(quote, occ, type, speaker, cue,
        stance, note)``."""
        self.texts[file] = dict(lang=lang, form=form, topic=topic, outlet=outlet, published=published,
                                speakers=speakers, quantities=quantities, quotes=quotes)

    def rows(self, show: bool = False) -> dict[tuple[str, str], list[list]]:
        """The rows of every table, by ``(language, table)``, in the order they are written."""
        out = {}
        for file, c in self.texts.items():
            lang = c["lang"]
            text = (DEV / lang / "texts" / file).read_text(encoding="utf-8")
            first = {name: find(text, name, whole_tokens=self.whole_tokens) for name, _, _ in c["speakers"]}

            def span_of(name):
                if not name:
                    return ["", ""]
                if name not in first:
                    raise SystemExit(f"{file}: speaker {name} not listed")
                return list(first[name])

            quantities, quotes = [], []
            for (s, occ, v, hi, unit, kind, noun, qual, meas, per, status, spk, note) in c["quantities"]:
                a, b = find(text, s, occ, self.whole_tokens)
                if show:
                    print(f"  Q {file[:5]} {s!r:32} …{text[max(0, a - 30):b + 20]!r}")
                quantities.append([file, a, b, s, v, hi, unit, kind, noun, qual, meas, per, status, spk,
                                   *span_of(spk), note])
            for (q, occ, typ, spk, cue, stance, note) in c["quotes"]:
                a, b = find(text, q, occ, self.whole_tokens)
                quotes.append([file, a, b, q, typ, spk, *span_of(spk), cue, stance, note])
            speakers = [[file, name, *first[name], kind, role] for name, kind, role in c["speakers"]]
            if self.sort_speakers:
                speakers.sort(key=lambda r: r[2])
            rows = {"catalog.csv": [[file, lang, c["form"], c["topic"], c["outlet"], c["published"]]],
                    "quantities.csv": sorted(quantities, key=lambda r: (r[1], r[2])),
                    "quotes.csv": sorted(quotes, key=lambda r: (r[1], r[2])), "speakers.csv": speakers}
            for name in TABLES:
                out.setdefault((lang, name), []).extend(rows[name])
        return out

    def main(self, argv=None) -> int:
        """Print, check (``--check``) or append (``--write``) the rows; see the module docstring."""
        argv = sys.argv[1:] if argv is None else argv
        out = self.rows(show="--show" in argv)
        for (lang, name), rows in out.items():
            path = DEV / lang / name
            written = _csv_text(rows)
            with open(path, encoding="utf-8", newline="") as handle:  # as written: CRLF rows, LF inside a field
                existing = handle.read()
            if "--check" in argv:
                if written not in existing:
                    raise SystemExit(f"{path}: the rows of these codes are not in it as written")
            elif "--write" in argv:
                if rows[0][0] in existing:
                    raise SystemExit(f"{rows[0][0]} already in {path}")
                with open(path, "a", encoding="utf-8", newline="") as handle:
                    if not existing.endswith("\n"):
                        handle.write("\n")
                    handle.write(written)
            else:
                print(f"{lang}/{name}: {len(rows)} rows")
        if "--check" in argv:
            print(f"{sum(map(len, out.values()))} rows of {len(self.texts)} texts: all in the tables as written")
        return 0


def _csv_text(rows: list[list]) -> str:
    """Rows as the tables write them (CSV, CRLF line ends)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()
