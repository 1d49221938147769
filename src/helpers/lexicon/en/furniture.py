"""English: page-furniture phrases (read by helpers.text.furniture).

FURNITURE_PHRASES maps each furniture kind to its phrases; helpers.text.furniture says where in a line each kind's
phrases are looked for (anywhere, at the start, or as the whole line). Matching ignores case; a space matches any
run of white space and an apostrophe any apostrophe. Every language's phrases are tried on every page (pages mix
languages: an English share bar on a French article).
"""

FURNITURE_PHRASES = {
    "newsletter": ("newsletter", "news letter", "subscribe", "sign up"),
    "read_also": ("read also", "also read", "see also", "related", "related articles", "related stories"),
    "link": ("read more", "learn more", "find out more"),
    "social": ("follow us", "find us on", "share this"),
    "comments": ("comment", "comments", "all comments", "no comments"),
    "byline": ("by",),
    "credit": ("source", "sources", "photo", "photos", "credit", "image"),
    "logo": ("logo",),
    "sponsor": ("with the support of", "supported by", "sponsored by"),
    "navigation": ("back to top", "cookie", "accept all", "skip to content"),
}
"""Phrases of each kind. read_also: a heading alone on its line (or followed by ":" and a title: a teaser);
link, comments, sponsor: the whole line; social, logo: the start of a line; byline: the word before an author's
name; credit: a label before ":"; newsletter, navigation: anywhere in a short line."""

NAME_PARTICLES = ()
"""Lower-case words inside a person's name ("de", "van der") allowed in a byline."""

FURNITURE_LINES = {"social": ("share",)}
"""Phrases that are furniture only as a whole line (a bare "Share" under a headline), per kind: as a line
start they would also begin body sentences."""
