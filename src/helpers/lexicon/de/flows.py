"""Handelsströme, Deutsch (Bedeutung jeder Tabelle: siehe :mod:`helpers.lexicon.en.flows`)."""

PLACE_ADJECTIVES = {
    "Belgium": (r"belgisch\w*",),
    "China": (r"chinesisch\w*",),
    "Wallonia": (r"wallonisch\w*",),
    "Flanders": (r"flämisch\w*",),
    "EU": (r"europäisch\w*",),
    "United States": (r"amerikanisch\w*", r"US-amerikanisch\w*"),
}
PLACE_NOUNS = {
    "Belgium": (r"belgien",),
    "China": (r"china",),
    "Wallonia": (r"wallonien",),
    "Flanders": (r"flandern",),
    "EU": (r"die eu", r"der eu", r"eu", r"europa", r"die europäische union", r"der europäischen union"),
    "United States": (r"die usa", r"den usa", r"usa", r"die vereinigten staaten", r"amerika"),
}
HOME = (r"unser(?:em)? land", r"unser(?:em)? staatsgebiet")
MODES = {
    "air": (r"luft\w*", r"per flugzeug", r"auf dem luftweg"),
    "sea": (r"see\w*", r"per schiff", r"auf dem seeweg"),
    "rail": (r"bahn", r"schiene", r"per zug"),
    "road": (r"straße", r"per lkw", r"per lastwagen"),
}
TOWARDS = (r"nach", r"in die", r"richtung")
FROM = (r"aus", r"von")
OUTSIDE = (r"außerhalb(?: der| von)?",)
DECREASE = (r"gesunken", r"sank", r"sanken", r"rückgang", r"verlust\w*", r"gefallen", r"fiel", r"ging zurück",
            r"zurückgegangen", r"geschrumpft", r"schrumpfte", r"einbruch", r"eingebrochen")
INCREASE = (r"gestiegen", r"stieg", r"stiegen", r"anstieg", r"zuwachs", r"gewachsen", r"wuchs", r"wuchsen", r"wachstum",
            r"rekord\w*", r"zugenommen", r"nahm zu", r"plus")
