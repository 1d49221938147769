"""Flux commerciaux, français (sens de chaque table : voir :mod:`helpers.lexicon.en.flows`)."""

PLACE_ADJECTIVES = {
    "Belgium": (r"belges?",),
    "China": (r"chinois(?:es?)?",),
    "Wallonia": (r"wallon(?:ne)?s?",),
    "Flanders": (r"flamande?s?",),
    "EU": (r"europ[ée]en(?:ne)?s?",),
    "United States": (r"am[ée]ricain(?:e)?s?",),
}
PLACE_NOUNS = {
    "Belgium": (r"la belgique", r"belgique"),
    "China": (r"la chine", r"chine"),
    "Wallonia": (r"la wallonie", r"wallonie"),
    "Flanders": (r"la flandre", r"flandre"),
    "EU": (r"ue", r"l['’]ue", r"europe", r"l['’]europe", r"l['’]union européenne"),
    "United States": (r"les [ée]tats-unis", r"[ée]tats-unis"),
}
HOME = (r"notre territoire", r"notre pays")
MODES = {
    "air": (r"a[ée]riennes?", r"a[ée]riens?", r"par avion"),
    "sea": (r"maritimes?", r"par bateau"),
    "rail": (r"ferroviaires?", r"par train"),
    "road": (r"routi[eè]re?s?", r"par camion"),
}
TOWARDS = (r"vers", r"à destination de", r"en direction de")
FROM = (r"de", r"de la", r"du", r"des", r"en provenance de")
OUTSIDE = (r"hors",)
DECREASE = (r"baiss\w*", r"diminu\w*", r"recul\w*", r"perte", r"chut\w*", r"repli\w*", r"régress\w*")
INCREASE = (r"hausse", r"augment\w*", r"progress\w*", r"record", r"bond\w*", r"croissance", r"cr[uû]")
