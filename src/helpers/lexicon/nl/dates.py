"""Dutch: month and weekday names, and the words of date expressions (read by helpers.extract.dates).

Same names and shapes as :mod:`helpers.lexicon.en.dates`, whose docstrings say what each table is for.
"""

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")

MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "okt": 10, "nov": 11, "dec": 12}

MONTHS_ALSO_WORDS = ()

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

DAY_SUFFIXES = ("ste", "de", "e")

DAY_DETERMINERS = ("op",)

MONTH_BEFORE_DAY = False

MONTH_PREPOSITIONS = ("in", "in de maand")

MONTH_YEAR_JOINERS = ("van",)

PAST_MARKS = ("jongstleden", "jl.", "laatstleden", "afgelopen", "vorige")

NEXT_MARKS = ("aanstaande", "volgende", "komende", "a.s.")

THIS_MARKS = ()

WEEKDAY_BEFORE = {"op": "this", "deze": "this", "vorige": "last", "afgelopen": "last", "volgende": "next",
                  "aanstaande": "next", "komende": "next"}

WEEKDAY_AFTER = {"jongstleden": "last", "jl.": "last", "laatstleden": "last"}

PARTS_OF_YEAR = {"begin": "early", "medio": "mid", "eind": "late"}

PART_OF_YEAR_JOINERS = ()

ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}

HALF_AND_QUARTER_WORDS = {"helft": 6, "semester": 6, "kwartaal": 3}

HALF_AND_QUARTER_DETERMINERS = ("het", "in het", "in de")

YEAR_RANGE_OPENERS = ("van", "tussen")

YEAR_RANGE_CONNECTORS = ("tot", "en")

YEAR_PREPOSITIONS = {
    "in": "in", "het jaar": "in", "tijdens": "in",
    "sinds": "since", "sedert": "since",
    "tegen": "by", "uiterlijk": "by", "uiterlijk in": "by", "voor": "by", "vóór": "by",
    "tot": "until",
}

RELATIVE_PERIODS = {
    "dit jaar": ("year", 0), "vorig jaar": ("year", -1), "verleden jaar": ("year", -1),
    "afgelopen jaar": ("year", -1), "volgend jaar": ("year", 1), "komend jaar": ("year", 1),
    "deze week": ("week", 0), "vorige week": ("week", -1), "verleden week": ("week", -1),
    "volgende week": ("week", 1), "komende week": ("week", 1),
    "deze maand": ("month", 0), "vorige maand": ("month", -1), "volgende maand": ("month", 1),
}

PARTS_OF_THIS_YEAR = {"eerder dit jaar": "earlier", "later dit jaar": "later"}

END_OF_YEAR = tuple(f"{lead}{end} {van}{this} jaar" for lead in ("", "het ") for end in ("eind", "einde")
                    for van in ("", "van ") for this in ("dit", "het"))

DEADLINE_WORDS = ("tegen", "voor", "vóór")

DAYS = {"vandaag": 0, "gisteren": -1}
""""morgen" is also "morning": not read."""

UNIT_WORDS = {"jaar": "year", "jaren": "year", "maand": "month", "maanden": "month", "week": "week",
              "weken": "week", "dag": "day", "dagen": "day"}

INDEFINITE_ONE = ("een", "één")

AGO_AFTER = ("geleden",)

AGO_BEFORE = ()

AGO_HEDGES = {"iets meer dan": "little_over", "ruim": "little_over", "meer dan": "more_than",
              "ongeveer": "approx", "bijna": "approx", "zo'n": "approx"}

PAST_PERIOD_PREPOSITIONS = ("in", "over", "gedurende", "tijdens")

PAST_PERIOD_WORDS = ("de afgelopen", "de laatste", "de voorbije")

PAST_PERIOD_OPENERS = ()

PAST_PERIOD_ADJECTIVES = ()

WITHIN = ("binnen",)

RECENTLY = ("onlangs", "recentelijk", "kort geleden")

NOT_DATES = ("hier",)
"""Woorden van het Nederlands die een ander lexicon als datum leest: "hier" (Frans: gisteren)."""

BARE_YEAR_AFTER = ()
"""Wat na een jaartal zonder voorzetsel er een datum van maakt (niets in het Nederlands: "2000 banen" is een aantal)."""
