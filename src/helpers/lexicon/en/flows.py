"""Trade flows, English: the words :func:`helpers.claims.flows.parse_flow` reads around a trade figure.

- ``PLACE_ADJECTIVES`` / ``PLACE_NOUNS``: a place (the same keys in every language, in the same order) and the
  adjectives or demonyms ("Belgian exports") and names ("to China") that name it;
- ``HOME``: phrases that name the home country of the corpus ("our country"), read as :data:`helpers.claims.flows.HOME`;
- ``MODES``: transport mode -> words;
- ``TOWARDS`` / ``FROM`` / ``OUTSIDE``: the prepositions before a destination, an origin, a place excluded;
- ``DECREASE`` / ``INCREASE``: change words after the trade noun (the sign of the flow).
"""

PLACE_ADJECTIVES = {
    "Belgium": (r"belgian",),
    "China": (r"chinese",),
    "Wallonia": (r"walloon",),
    "Flanders": (r"flemish",),
    "EU": (r"european",),
    "United States": (r"american",),
}
PLACE_NOUNS = {
    "Belgium": (r"belgium",),
    "China": (r"china",),
    "Wallonia": (r"wallonia",),
    "Flanders": (r"flanders",),
    "EU": (r"the eu", r"eu", r"europe", r"the european union"),
    "United States": (r"the united states", r"the us", r"the usa", r"america"),
}
HOME = (r"our territory", r"our country")
MODES = {
    "air": (r"air", r"by air"),
    "sea": (r"sea", r"by sea"),
    "rail": (r"rail", r"trains?"),
    "road": (r"road", r"by truck", r"by lorry"),
}
TOWARDS = (r"to(?: the)?", r"into(?: the)?", r"towards(?: the)?", r"bound for")
FROM = (r"from",)
OUTSIDE = (r"outside(?: the)?",)
DECREASE = (r"decreas\w*", r"fell", r"fall(?:en|s)?", r"dropped", r"drop", r"declin\w*", r"loss", r"lost",
            r"shr[au]nk", r"slump\w*", r"plunge\w*")
INCREASE = (r"increas\w*", r"rose", r"risen", r"grew", r"grown", r"gain\w*", r"jump\w*", r"record", r"soar\w*",
            r"surge\w*")
