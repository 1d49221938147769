"""Handelsstromen, Nederlands (betekenis van elke tabel: zie :mod:`helpers.lexicon.en.flows`)."""

PLACE_ADJECTIVES = {
    "Belgium": (r"belgische?", r"belgisch"),
    "China": (r"chinese", r"chinees"),
    "Wallonia": (r"waalse?",),
    "Flanders": (r"vlaamse?",),
    "EU": (r"europese?",),
    "United States": (r"amerikaanse?",),
}
PLACE_NOUNS = {
    "Belgium": (r"belgi[ëe]",),
    "China": (r"china",),
    "Wallonia": (r"walloni[ëe]",),
    "Flanders": (r"vlaanderen",),
    "EU": (r"eu", r"europa", r"de europese unie"),
    "United States": (r"de verenigde staten", r"amerika"),
}
HOME = (r"ons land", r"ons grondgebied")
MODES = {
    "air": (r"lucht\w*", r"per vliegtuig"),
    "sea": (r"zee\w*", r"per schip"),
    "rail": (r"spoor\w*", r"per trein"),
    "road": (r"weg\w*", r"per vrachtwagen"),
}
TOWARDS = (r"naar", r"richting")
FROM = (r"uit", r"van")
OUTSIDE = (r"buiten(?: de)?",)
DECREASE = (r"gedaald", r"daalde", r"daling", r"verlies", r"afgenomen", r"nam af", r"gekrompen", r"terugval",
            r"teruggelopen", r"liep terug")
INCREASE = (r"gestegen", r"steeg", r"stijging", r"toegenomen", r"nam toe", r"groei\w*", r"record", r"gegroeid",
            r"toename")
