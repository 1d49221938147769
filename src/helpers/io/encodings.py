"""Recognising texts that are not plain UTF-8 articles: UTF-16/32, double-encoded UTF-8, and texts with no text.

Used by :func:`helpers.io.corpus.decode_article` to name the problem precisely instead of "binary" or "probably
Latin-1". Every function here is linear in the length of the data.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32", "little-endian"),
    (codecs.BOM_UTF32_BE, "UTF-32", "big-endian"),
    (codecs.BOM_UTF16_LE, "UTF-16", "little-endian"),
    (codecs.BOM_UTF16_BE, "UTF-16", "big-endian"),
)

INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
"""Characters that show nothing: byte-order mark, zero-width space/joiners, word joiner, soft hyphen."""
_VISIBLE = re.compile("[^\\s%s]" % INVISIBLE)
"""A character that shows: neither white space (``\\s`` is ``str.isspace``, what ``str.strip`` removes) nor
invisible."""


def wide_encoding(data: bytes) -> str | None:
    """``"UTF-16 (little-endian, with a byte-order mark)"`` and the like when ``data`` is UTF-16 or UTF-32 text,
    else None. Without a byte-order mark, UTF-16 is recognised by NUL bytes in every other position (Latin text),
    UTF-32 by three NULs in every four, and both by decoding cleanly."""
    for bom, name, order in _BOMS:
        if data.startswith(bom):
            return f"{name} ({order}, with a byte-order mark)"
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    sample = data[:4000]
    if len(data) % 4 == 0:
        for zeros, codec, order in ((sample[2::4] + sample[3::4], "utf-32-le", "little-endian"),
                                    (sample[0::4] + sample[1::4], "utf-32-be", "big-endian")):
            if zeros.count(0) == len(zeros) and _decodes_to_text(data, codec):
                return f"UTF-32 ({order}, without a byte-order mark)"
    even, odd = sample[0::2], sample[1::2]
    for zeros, codec, order in ((odd, "utf-16-le", "little-endian"), (even, "utf-16-be", "big-endian")):
        if zeros.count(0) >= 0.6 * len(zeros) and _decodes_to_text(data, codec):
            return f"UTF-16 ({order}, without a byte-order mark)"
    return None


def _decodes_to_text(data: bytes, codec: str) -> bool:
    """Whether ``data`` decodes with ``codec`` to text without NULs, nearly all printable."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return False
    sample = text[:2000]
    return "\x00" not in text and sum(ch.isprintable() or ch.isspace() for ch in sample) >= 0.95 * len(sample)


def is_blank(text: str) -> bool:
    """True when ``text`` shows nothing: only white space (any Unicode space) and invisible characters."""
    return _VISIBLE.search(text) is None  # (stops at the first character that shows: no copy of the text)


def _byte_of() -> dict[str, int]:
    """Each character that Windows-1252 or Latin-1 shows for a byte 0x80-0xFF, mapped back to that byte."""
    table = {}
    for byte in range(0x80, 0x100):
        table.setdefault(chr(byte), byte)
        try:
            table[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            pass
    return table


_BYTE = _byte_of()
_CLASS = {kind: "".join(re.escape(ch) for ch, byte in _BYTE.items() if low <= byte <= high)
          for kind, (low, high) in {"cont": (0x80, 0xBF), "lead2": (0xC2, 0xC5), "lead3": (0xE2, 0xE2)}.items()}
_MOJIBAKE = re.compile(f"[{_CLASS['lead2']}][{_CLASS['cont']}]|[{_CLASS['lead3']}][{_CLASS['cont']}]{{2}}")
"""A UTF-8 sequence for U+0080..U+017F (Latin-1 letters, Latin Extended-A) or U+2000..U+2FFF (quotes, dashes, €) as
it looks when its bytes are read as Windows-1252 or Latin-1: "Ã¨" for "è", "â€™" for "’"."""


def _meant(written: str) -> str | None:
    """What a mojibake sequence was meant to be, or None when it is not one (see :data:`_MOJIBAKE`)."""
    try:
        meant = bytes(_BYTE[ch] for ch in written).decode("utf-8")
    except UnicodeDecodeError:
        return None
    if "\u00a0" <= meant <= "\u017f" or "\u2010" <= meant <= "\u203a" or meant == "\u20ac":
        return meant
    return None


def find_mojibake(text: str) -> tuple[int, str, int] | None:
    """The first place where ``text`` looks like UTF-8 decoded twice: ``(offset, as written, count)`` (``count`` =
    how many such places), or None. A place counts only if its characters, turned back into bytes, are valid UTF-8
    for a Latin letter, a space or typographic punctuation."""
    first, count = None, 0
    for match in _MOJIBAKE.finditer(text):
        if _meant(match.group()) is not None:
            count += 1
            first = (match.start(), match.group()) if first is None else first
    return None if first is None else (*first, count)


def repair_mojibake(text: str) -> str:
    """``text`` with every place found by :func:`find_mojibake` turned back into what it meant ("LiÃ¨ge" ->
    "Liège"); used to show the intended text in a message, never to alter an article."""
    return _MOJIBAKE.sub(lambda match: _meant(match.group()) or match.group(), text)


def word_around(text: str, start: int, end: int, limit: int = 30) -> tuple[str, int, int]:
    """The word of ``text`` holding ``start:end`` (at most ``limit`` characters either side) and its span."""
    left = start
    while left > 0 and start - left < limit and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and right - end < limit and not text[right].isspace():
        right += 1
    return text[left:right], left, right
