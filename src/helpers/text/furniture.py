"""Rules that tell page furniture from article body, line by line.

Scraped pages carry more than the article: newsletter prompts, "read also" teasers, social links, agency initials,
comment counters, bylines, logos. Each kind of furniture is described by a template here (where in the line its
phrases are looked for) and by phrases in every language's ``helpers.lexicon.<lang>.furniture``, in general terms,
not lines of one of our five pages, so the rules carry over to articles an analyst adds. Every language's phrases
are tried on every page (pages mix languages). The text is never edited: :func:`classify_paragraphs` only labels
paragraphs, whose spans index the raw text.

A "read also" heading standing alone on its line opens a block of teasers that runs to the end of the page (that is
where such blocks sit on news and NGO sites); "Lire aussi : <title>" on one line is a single teaser.
"""

from __future__ import annotations

import re

from helpers.lexicon import LANGUAGES, lexicon

__all__ = ["MAX_FURNITURE_CHARS", "furniture_kind", "classify_paragraphs"]

_AGENCIES = "afp|belga|reuters|ap|anp|dpa|efe|ansa"
"""News agencies whose initials end an article (names, the same in every language)."""

_SOCIAL_NAMES = frozenset(
    "facebook twitter x instagram youtube flickr linkedin tiktok whatsapp telegram pinterest mastodon bluesky "
    "threads email e-mail rss".split()
)
"""Social networks and sharing channels (names, the same in every language)."""

_UPPER = "[A-ZÀ-ÖØ-Þ]"
_TEMPLATES = (
    # (kind, lexicon key, template with {p} for the alternation of phrases, flags)
    ("newsletter", "newsletter", r"\b({p})\b", re.IGNORECASE),
    ("read_also", "read_also", r"^({p})\s*:?\s*$", re.IGNORECASE),
    ("teaser", "read_also", r"^({p})\s*:\s*\S", re.IGNORECASE),
    ("link", "link", r"^({p})\W*$", re.IGNORECASE),
    ("social", "social", r"^({p})\b", re.IGNORECASE),
    ("agency_initials", None, rf"^(\(?(?i:{_AGENCIES})\)?|[a-z]{{2,4}}(\s*/\s*[a-z]{{2,4}})+)\s*\.?$", 0),
    ("comments", "comments", r"^(\d+\s+)?({p})\s*\.?$", re.IGNORECASE),
    ("byline", "byline", rf"^({{p}})\s*:?\s+{_UPPER}[\w'’.-]*(\s+({_UPPER}[\w'’.-]*|{{particles}})){{{{0,4}}}}$", 0),
    ("credit", "credit", r"^({p})s?\s*:\s*.{{0,80}}$", re.IGNORECASE),
    ("logo", "logo", r"^({p})\b", re.IGNORECASE),
    ("sponsor", "sponsor", r"^({p})\s*:?\s*$", re.IGNORECASE),
    ("navigation", "navigation", r"({p})", re.IGNORECASE),
)


def _phrase(phrase: str) -> str:
    return "".join(r"\s+" if c == " " else "['’]" if c == "'" else re.escape(c) for c in phrase)


def _alternation(phrases) -> str:
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


def _phrases(key: str, table: str = "FURNITURE_PHRASES") -> list[str]:
    return [p for lang in LANGUAGES for p in getattr(lexicon(lang, "furniture"), table).get(key, ())]


def _compile() -> tuple[tuple[str, re.Pattern[str]], ...]:
    particles = _alternation(p for lang in LANGUAGES for p in lexicon(lang, "furniture").NAME_PARTICLES)
    rules = []
    for kind, key, template, flags in _TEMPLATES:
        if key is None:
            rules.append((kind, re.compile(template, flags)))
            continue
        pattern = template.replace("{{", "\0").replace("}}", "\1")
        pattern = pattern.replace("{p}", _alternation(_phrases(key))).replace("{particles}", particles)
        rules.append((kind, re.compile(pattern.replace("\0", "{").replace("\1", "}"), flags)))
        lines = _phrases(key, "FURNITURE_LINES")
        if lines:
            rules.append((kind, re.compile(rf"^({_alternation(lines)})\W*$", re.IGNORECASE)))
    return tuple(rules)


_RULES = _compile()


def _mostly_social_names(line: str) -> bool:
    words = re.findall(r"[\w-]+", line.lower())
    named = sum(word in _SOCIAL_NAMES for word in words)
    return named >= 2 and named * 2 >= len(words)


MAX_FURNITURE_CHARS = 250
"""Furniture is short: a longer line is body even if it mentions a newsletter or cookies."""


def furniture_kind(line: str) -> str:
    """The furniture kind of one stripped line, or ``""`` when it reads as article body."""
    if len(line) > MAX_FURNITURE_CHARS:
        return ""
    for kind, pattern in _RULES:
        if pattern.search(line):
            return kind
    if _mostly_social_names(line):
        return "social"
    return ""


def classify_paragraphs(paragraphs: list[str]) -> list[str]:
    """Furniture kind of each paragraph of one page, in order (``""`` for body).

    Paragraphs after a stand-alone "read also" heading are teasers, except those that a more specific rule
    recognises (social links, logos, ...).
    """
    kinds: list[str] = []
    in_teasers = False
    for paragraph in paragraphs:
        kind = furniture_kind(paragraph)
        if kind == "read_also":
            in_teasers = True
        elif in_teasers and not kind:
            kind = "teaser"
        kinds.append(kind)
    return kinds
