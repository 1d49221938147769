"""German: general stance words (suggestions only), negations."""

SUPPORTIVE = (
    "chance", "chancen", "gewinn", "gute nachricht", "vorteil", "vorteile", "positiv", "positive", "stolz",
    "froh", "erfreut", "zufrieden", "optimistisch", "erfolg", "erfolgreich", "vielversprechend", "hervorragend",
    "wachstum", "wohlstand", "unterstützt", "unterstützen", "unterstützung", "begeistert", "zuversichtlich",
    "meilenstein", "wichtiger schritt", "neue arbeitsplätze", "neue jobs", "begrüßt", "begrüßen", "stärkt",
    "stärken", "impuls",
)
"""Words that show a favourable stance."""

CRITICAL = (
    "risiko", "risiken", "bedrohung", "gefahr", "gefährlich", "angst", "ängste", "befürchtet", "befürchtung",
    "sorge", "sorgen", "besorgt", "alarm", "kritik", "kritisiert", "kritisieren", "widerstand", "protest",
    "proteste", "gegen", "negativ", "negative", "problem", "probleme", "schaden", "lärm", "belastung", "verlust",
    "verluste", "naiv", "inakzeptabel", "skandal", "spionage", "überwachung", "verschmutzung", "enttäuscht",
    "enttäuschend", "zweifel", "skeptisch", "fehler", "scheitern", "leere versprechen", "abhängigkeit",
    "abhängig", "warnt",
)
"""Words that show an unfavourable stance."""

NEGATIONS = ("nicht", "kein", "keine", "keinen", "nie", "niemals", "weder", "noch", "ohne", "kaum")
"""Negations: one of them up to three words before a stance word reverses it."""
