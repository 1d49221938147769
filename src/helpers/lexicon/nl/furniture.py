"""Dutch: page-furniture phrases (read by helpers.text.furniture). Same layout as helpers.lexicon.en.furniture."""

FURNITURE_PHRASES = {
    "newsletter": ("nieuwsbrief", "schrijf je in", "schrijf u in", "abonneer je", "abonneer u"),
    "read_also": ("lees ook", "ook interessant", "meer over dit onderwerp"),
    "link": ("lees meer", "meer info", "meer informatie"),
    "social": ("volg ons", "delen op"),
    "comments": ("reactie", "reacties", "alle reacties", "reageer"),
    "byline": ("door", "tekst"),
    "credit": ("bron", "bronnen", "foto"),
    "logo": ("logo",),
    "sponsor": ("met de steun van", "in samenwerking met"),
    "navigation": ("naar boven", "alles accepteren"),
}

NAME_PARTICLES = ("van", "der", "de")

FURNITURE_LINES = {"social": ("delen",)}
