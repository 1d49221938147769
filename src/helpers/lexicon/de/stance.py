"""German: general stance words (suggestions only) and the words that shape them.

Words of the language that say a speaker welcomes or fears a project, not phrases of particular articles. Read by
:mod:`helpers.coding.suggestions` (see its docstring for the weights and rules).
"""

SUPPORTIVE = (
    "chance", "chancen", "gewinn", "gute nachricht", "vorteil", "vorteile", "positiv", "positive", "stolz", "froh",
    "erfreut", "zufrieden", "optimistisch", "erfolg", "erfolgreich", "vielversprechend", "hervorragend",
    "wohlstand", "unterstützt", "unterstützen", "unterstützung", "begeistert", "zuversichtlich", "vertrauen",
    "meilenstein", "wichtiger schritt", "begrüßt", "begrüßen", "stärkt", "stärken", "impuls", "gut", "gute",
    "guter", "besser", "beste", "wertvoll", "nützlich", "anziehen", "attraktiv", "wettbewerbsfähig", "modern",
    "dynamisch", "freuen", "freut", "fortschritt", "lobt", "loben", "beruhigend", "zuverlässig", "verhältnismäßig",
    "vernünftig", "einzigartig", "ideal", "hält wort", "win-win", "transparent", "transparenz", "historisch",
    "historischen", "historischer", "logischer schritt", "glücksfall", "vertrauensbeweis", "unverzichtbar",
    "unentbehrlich", "dank")
"""Evaluative words that show a favourable stance (weight 2)."""

CRITICAL = (
    "risiko", "risiken", "bedrohung", "bedroht", "gefahr", "gefährlich", "angst", "ängste", "befürchtet",
    "befürchten", "befürchtung", "sorge", "sorgen", "besorgt", "alarm", "beunruhigend", "kritik", "kritisiert",
    "kritisieren", "prangert", "anprangern", "verurteilt", "widerstand", "protest", "proteste", "gegner",
    "ablehnung", "lehnt ab", "lehnen ab", "dagegen", "negativ", "negative", "problem", "probleme", "schaden",
    "lärm", "belastung", "naiv", "inakzeptabel", "skandal", "spionage", "spion", "überwachung", "verschmutzung",
    "enttäuscht", "enttäuschend", "zweifel", "skeptisch", "fehler", "scheitern", "gescheitert", "leere versprechen",
    "abhängigkeit", "abhängig", "warnt", "warnen", "nicht genug", "zu wenig", "zu viel", "verdächtig", "geheim", "unklar",
    "mangel", "fehlt", "ausbeutung", "prekär", "wut", "wütend", "beschwerde", "beschwerden", "schlecht",
    "schlechter", "trojanisches pferd", "blankoscheck", "lotterie", "bedauert", "ungerecht", "last", "untragbar",
    "erschöpft", "erschöpfend", "lohndumping", "dumpinglöhne", "dumpinglöhnen", "fata morgana", "verschenkt",
    "verschenken", "verscherbelt", "grauzone", "verlust", "verluste")
"""Evaluative words that show an unfavourable stance (weight 2)."""

GAINS = (
    "arbeitsplätze", "jobs", "neue stellen", "beschäftigung", "investieren", "investiert", "investition",
    "investitionen", "investor", "investoren", "einstellen", "stellt ein", "rekrutieren", "arbeitgeber",
    "beschäftigt", "erweitern", "erweitert", "erweiterung", "ausbau", "ausbauen", "wachstum", "wachsen", "wächst",
    "wuchs", "gewachsen", "florieren", "arbeitsplätzen", "arbeitsplatz", "entstehen", "entstanden", "entsteht",
    "zusätzliche stellen", "weitere stellen")
"""Words of economic gain: they lean a statement towards the project (weight 1)."""

LOSSES = (
    "entlassungen", "stellenabbau", "arbeitsplatzverlust", "schließung", "schließungen", "steuerzahler",
    "steuergeld", "steuergelder", "insolvenz", "verlagerung", "leiharbeit", "leiharbeiter", "zeitarbeit",
    "befristete verträge", "befristeten verträgen", "arbeitslosigkeit", "arbeitslose", "arbeitslosen")
"""Words of economic loss or public cost: they lean a statement against the project (weight 1)."""

NEGATIONS = (
    "nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "weder", "ohne", "kaum", "niemand", "nichts")
"""Negations: one of them up to three words before a stance word reverses it."""

SHIFTERS = (
    "weniger", "geringer", "niedriger", "senken", "senkt", "gesenkt", "reduzieren", "reduziert", "verringern",
    "verringert", "sinkt", "sinken", "gesunken", "rückgang", "schrumpft", "schrumpfen", "geschrumpft", "verlieren",
    "verliert", "verloren", "begrenzen", "begrenzt", "abbauen", "abgebaut", "streichen", "gestrichen")
"""Words of decrease: near a stance word (three words either side) they reverse it (*weniger Lärm*)."""

INTENSIFIERS = (
    "sehr", "wirklich", "tief", "äußerst", "extrem", "besonders", "höchst", "enorm", "groß", "große", "großer",
    "echt")
"""Words that make the next stance word weigh more."""

DOWNTONERS = ("etwas", "leicht", "ziemlich", "eher", "ein wenig", "teilweise", "vielleicht", "möglicherweise", "wohl")
"""Hedges that make the next stance word weigh less."""

CONTRASTS = ("aber", "jedoch", "doch", "allerdings", "trotzdem", "dennoch")
"""Contrast words: the stance words before the last one count reversed, at half weight (*p aber q*)."""

ADDITIVES = ("auch", "nicht nur", "nicht bloß", "ebenso")
"""Additive words: right after a contrast word (*aber auch*), or as a phrase before it (*not only ... but*), they
make it additive, not a contrast."""

PROMISES = (
    "versprechen", "versprochen", "verspricht", "versprach", "zusage", "zugesagt", "versprochene", "versprochenen")
"""Promise words: followed by a contrast word or a negation, they count as a critical word."""
