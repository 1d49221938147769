"""German: general stance words (suggestions only), negations."""

SUPPORTIVE = (
    "chance", "chancen", "gewinn", "gute nachricht", "vorteil", "vorteile", "positiv", "positive", "stolz",
    "froh", "erfreut", "zufrieden", "optimistisch", "erfolg", "erfolgreich", "vielversprechend", "hervorragend",
    "wachstum", "wohlstand", "unterstützt", "unterstützen", "unterstützung", "begeistert", "zuversichtlich",
    "meilenstein", "wichtiger schritt", "neue arbeitsplätze", "neue jobs", "begrüßt", "begrüßen", "stärkt",
    "stärken", "impuls",
    "gut", "gute", "besser", "beste", "wertvoll", "nützlich", "anziehen", "wettbewerbsfähig", "modern", "dynamisch", "engagement", "versprechen halten", "tor", "ausbildung", "neue stellen", "wird schaffen", "schafft", "freuen", "freut", "schlüssel", "wächst", "fortschritt")
"""Words that show a favourable stance."""

CRITICAL = (
    "risiko", "risiken", "bedrohung", "gefahr", "gefährlich", "angst", "ängste", "befürchtet", "befürchtung",
    "sorge", "sorgen", "besorgt", "alarm", "kritik", "kritisiert", "kritisieren", "widerstand", "protest",
    "proteste", "gegen", "negativ", "negative", "problem", "probleme", "schaden", "lärm", "belastung", "verlust",
    "verluste", "naiv", "inakzeptabel", "skandal", "spionage", "überwachung", "verschmutzung", "enttäuscht",
    "enttäuschend", "zweifel", "skeptisch", "fehler", "scheitern", "leere versprechen", "abhängigkeit",
    "abhängig", "warnt",
    "nicht genug", "zu wenig", "zu viel", "weniger als", "nur", "gescheitert", "fragen", "verdächtig", "geheim", "unklar", "mangel", "fehlt", "ausbeutung", "prekär", "befristet", "leiharbeiter", "wut", "wütend", "schlaf", "beschwerde", "beschwerden", "skeptisch", "kontrolliert", "spion", "bedroht", "schlecht", "schlechter", "trojanisches pferd", "beunruhigend", "fordern")
"""Words that show an unfavourable stance."""

NEGATIONS = ("nicht", "kein", "keine", "keinen", "nie", "niemals", "weder", "noch", "ohne", "kaum")
"""Negations: one of them up to three words before a stance word reverses it."""
