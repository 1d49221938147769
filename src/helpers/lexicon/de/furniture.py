"""German: page-furniture phrases (read by helpers.text.furniture). Same layout as helpers.lexicon.en.furniture."""

FURNITURE_PHRASES = {
    "newsletter": ("newsletter", "jetzt abonnieren", "abonnieren sie", "melden sie sich an", "jetzt anmelden"),
    "read_also": ("lesen sie auch", "auch interessant", "mehr zum thema", "das könnte sie auch interessieren"),
    "link": ("mehr erfahren", "weiterlesen", "mehr lesen", "mehr infos"),
    "social": ("folgen sie uns", "jetzt teilen", "artikel teilen", "teilen auf"),
    "comments": ("kommentar", "kommentare", "alle kommentare", "kommentieren"),
    "byline": ("von", "text"),
    "credit": ("quelle", "quellen", "foto", "fotos", "bild", "bildquelle"),
    "logo": ("logo",),
    "sponsor": ("mit unterstützung von", "in zusammenarbeit mit", "gefördert von"),
    "navigation": ("nach oben", "alle akzeptieren", "zum inhalt springen"),
}

NAME_PARTICLES = ("von", "der", "zu")

FURNITURE_LINES = {"social": ("teilen",)}
