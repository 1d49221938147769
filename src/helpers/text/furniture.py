"""Rules that tell page furniture from article body, line by line.

Scraped pages carry more than the article: newsletter prompts, "read also" teasers, social links, agency initials,
comment counters, bylines, logos. Each rule below describes a *kind* of furniture in general terms (English, French
and Dutch wording), not a line of one of our five pages, so it carries over to articles an analyst adds. The text is
never edited: :func:`classify_paragraphs` only labels paragraphs, whose spans index the raw text.

A "read also" heading standing alone on its line opens a block of teasers that runs to the end of the page (that is
where such blocks sit on news and NGO sites); "Lire aussi : <title>" on one line is a single teaser.
"""

from __future__ import annotations

import re

FURNITURE_KINDS = (
    "newsletter",
    "read_also",
    "teaser",
    "link",
    "social",
    "agency_initials",
    "comments",
    "byline",
    "credit",
    "logo",
    "sponsor",
    "navigation",
)

_I = re.IGNORECASE

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("newsletter", re.compile(
        r"\b(news ?letter|infolettre|lettre d'information|nieuwsbrief|abonnez[- ]vous|inscrivez[- ]vous|"
        r"subscribe|sign up|schrijf (je|u) in|abonneer (je|u))\b", _I)),
    ("read_also", re.compile(
        r"^(à |a )?(lire aussi|lisez aussi|read also|also read|see also|related( articles| stories)?|"
        r"lees ook|ook interessant|meer over dit onderwerp)\s*:?\s*$", _I)),
    ("teaser", re.compile(
        r"^(à |a )?(lire aussi|lisez aussi|read also|also read|see also|lees ook)\s*:\s*\S", _I)),
    ("link", re.compile(
        r"^(en savoir plus|lire la suite|read more|learn more|find out more|lees meer|meer info(rmatie)?|"
        r"plus d['’]infos?)\W*$", _I)),
    ("social", re.compile(
        r"^(retrouvez[- ]nous|suivez[- ]nous|follow us|find us on|volg ons|share this|partagez|partager|"
        r"delen op)\b", _I)),
    ("agency_initials", re.compile(
        r"^(\(?(?i:afp|belga|reuters|ap|anp|dpa|efe|ansa)\)?|[a-z]{2,4}(\s*/\s*[a-z]{2,4})+)\s*\.?$")),
    ("comments", re.compile(
        r"^((all |no |\d+ )?comments?|(tous les |\d+ )?commentaires?|(alle |\d+ )?reacties?|réagir|reageer)\s*\.?$",
        _I)),
    ("byline", re.compile(
        r"^(par|by|door|texte|tekst)\s*:?\s+\p{Lu}[\w'’.-]*(\s+(\p{Lu}[\w'’.-]*|de|van|der|le|la)){0,4}$"
        .replace(r"\p{Lu}", "[A-ZÀ-ÖØ-Þ]"))),
    ("credit", re.compile(
        r"^(source|sources|bron|bronnen|photo|photos|foto|crédit|credit|image)s?\s*:\s*.{0,80}$", _I)),
    ("logo", re.compile(r"^logo\b", _I)),
    ("sponsor", re.compile(
        r"^(avec le soutien de|with the support of|supported by|sponsored by|met de steun van|"
        r"en partenariat avec|in samenwerking met)\s*:?\s*$", _I)),
    ("navigation", re.compile(
        r"(back to top|retour en haut|naar boven|personnalisez votre expérience|cookie|"
        r"accept all|tout accepter|alles accepteren|skip to content|aller au contenu)", _I)),
)

_SOCIAL_NAMES = frozenset(
    "facebook twitter x instagram youtube flickr linkedin tiktok whatsapp telegram pinterest mastodon bluesky "
    "threads email e-mail rss".split()
)


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
