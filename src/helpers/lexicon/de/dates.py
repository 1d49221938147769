"""German: month and weekday names, and the words of date expressions (read by helpers.extract.dates).

Same names and shapes as :mod:`helpers.lexicon.en.dates`, whose docstrings say what each table is for. German
writes the day with a point ("7. März 2021").
"""

MONTHS = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "dezember")

MONTH_ABBREVIATIONS = {"jänner": 1, "maerz": 3, "okt": 10, "dez": 12}

MONTHS_ALSO_WORDS = ()

WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")

DAY_SUFFIXES = (".",)

DAY_DETERMINERS = ("am", "vom", "den")

MONTH_BEFORE_DAY = False

MONTH_PREPOSITIONS = ("im",)

MONTH_YEAR_JOINERS = ()

PAST_MARKS = ()

NEXT_MARKS = ()

THIS_MARKS = ()

WEEKDAY_BEFORE = {"am": "this", "diesen": "this", "letzten": "last", "vergangenen": "last", "kommenden": "next",
                  "nächsten": "next"}

WEEKDAY_AFTER = {}

PARTS_OF_YEAR = {"anfang": "early", "mitte": "mid", "ende": "late"}

PART_OF_YEAR_JOINERS = ()

ORDINALS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}

HALF_AND_QUARTER_WORDS = {"halbjahr": 6, "quartal": 3}

HALF_AND_QUARTER_DETERMINERS = ("im",)

YEAR_RANGE_OPENERS = ("von", "zwischen")

YEAR_RANGE_CONNECTORS = ("bis", "und")

YEAR_PREPOSITIONS = {
    "im jahr": "in", "im jahre": "in", "während": "in",
    "seit": "since",
    "vor": "by", "spätestens": "by", "bis spätestens": "by",
    "bis": "until",
}

RELATIVE_PERIODS = {
    "dieses jahr": ("year", 0), "in diesem jahr": ("year", 0), "letztes jahr": ("year", -1),
    "im vergangenen jahr": ("year", -1), "vergangenes jahr": ("year", -1), "im vorigen jahr": ("year", -1),
    "nächstes jahr": ("year", 1), "im kommenden jahr": ("year", 1), "im nächsten jahr": ("year", 1),
    "diese woche": ("week", 0), "letzte woche": ("week", -1), "vergangene woche": ("week", -1),
    "nächste woche": ("week", 1), "kommende woche": ("week", 1),
    "diesen monat": ("month", 0), "letzten monat": ("month", -1), "vergangenen monat": ("month", -1),
    "nächsten monat": ("month", 1),
}

PARTS_OF_THIS_YEAR = {"früher in diesem jahr": "earlier", "später in diesem jahr": "later"}

END_OF_YEAR = ("ende des jahres", "ende dieses jahres", "zum jahresende", "jahresende")

DEADLINE_WORDS = ("bis",)

DAYS = {"heute": 0, "gestern": -1, "morgen": 1}

UNIT_WORDS = {"jahr": "year", "jahre": "year", "jahren": "year", "monat": "month", "monate": "month",
              "monaten": "month", "woche": "week", "wochen": "week", "tag": "day", "tage": "day", "tagen": "day"}

INDEFINITE_ONE = ("einem", "einer", "ein", "eine")

AGO_AFTER = ()

AGO_BEFORE = ("vor",)

AGO_HEDGES = {"gut": "little_over", "etwas mehr als": "little_over", "mehr als": "more_than",
              "über": "more_than", "knapp": "just_under", "rund": "approx", "etwa": "approx", "fast": "approx"}

PAST_PERIOD_PREPOSITIONS = ("in",)

PAST_PERIOD_WORDS = ("den vergangenen", "den letzten")

PAST_PERIOD_OPENERS = ()

PAST_PERIOD_ADJECTIVES = ()

WITHIN = ("innerhalb von", "binnen")

RECENTLY = ("kürzlich", "vor kurzem", "neulich", "jüngst")

NOT_DATES = ("hier",)
"""Wörter des Deutschen, die ein anderes Lexikon als Datum liest: "hier" (französisch: gestern)."""

BARE_YEAR_AFTER = (r"\s+(?![a-zäöüß]+(?:e|en|er|es|em)\s+[A-ZÄÖÜ])(?!(?:neue|weitere|zusätzliche|mehr|und|oder|bis|von)\b)[a-zäöüß]",)
"""Was nach einer Jahreszahl ohne Präposition sie zum Datum macht: ein kleingeschriebenes Verb oder Adverb ("2023 wurden
in Zürich", "öffnet 2026 mit"), denn Nomen sind großgeschrieben ("2000 Mitarbeiter" ist eine Zahl); nicht ein
gebeugtes Adjektiv vor einem Nomen ("2000 neue Stellen") und keine Konjunktion ("2000 und mehr")."""
