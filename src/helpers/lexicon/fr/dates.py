"""French: month and weekday names, and the words of date expressions (read by helpers.extract.dates).

Same names and shapes as :mod:`helpers.lexicon.en.dates`, whose docstrings say what each table is for.
"""

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")

MONTH_ABBREVIATIONS = {"fevrier": 2, "aout": 8, "decembre": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4,
                       "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12}

MONTHS_ALSO_WORDS = ()

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

DAY_SUFFIXES = ("er", "e")

DAY_DETERMINERS = ("le",)

MONTH_BEFORE_DAY = False

MONTH_PREPOSITIONS = ("en", "au mois de")

MONTH_YEAR_JOINERS = ("de",)

PAST_MARKS = ("dernier", "passé", "passe")

NEXT_MARKS = ("prochain",)

THIS_MARKS = ()

WEEKDAY_BEFORE = {"ce": "this"}

WEEKDAY_AFTER = {"dernier": "last", "passé": "last", "prochain": "next"}

PARTS_OF_YEAR = {"début": "early", "debut": "early", "mi-": "mid", "fin": "late", "courant": "course"}

PART_OF_YEAR_JOINERS = ("de l'année",)

ORDINALS = {"premier": 1, "1er": 1, "second": 2, "deuxième": 2, "2e": 2, "troisième": 3, "quatrième": 4}

HALF_AND_QUARTER_WORDS = {"semestre": 6, "trimestre": 3}

HALF_AND_QUARTER_DETERMINERS = ("au", "du", "de")

YEAR_RANGE_OPENERS = ("de", "entre")

YEAR_RANGE_CONNECTORS = ("à", "a", "et")

YEAR_PREPOSITIONS = {
    "en": "in", "l'an": "in", "l'année": "in", "pendant": "in", "durant": "in", "au cours de": "in",
    "depuis": "since",
    "d'ici": "by", "d'ici à": "by", "d'ici a": "by", "avant": "by",
    "jusqu'en": "until",
}

RELATIVE_PERIODS = {
    "cette année": ("year", 0), "cette annee": ("year", 0), "l'année dernière": ("year", -1),
    "l'année passée": ("year", -1), "l'an dernier": ("year", -1), "l'an passé": ("year", -1),
    "l'année prochaine": ("year", 1), "l'an prochain": ("year", 1),
    "cette semaine": ("week", 0), "la semaine dernière": ("week", -1), "la semaine passée": ("week", -1),
    "la semaine prochaine": ("week", 1),
    "ce mois": ("month", 0), "ce mois-ci": ("month", 0), "le mois dernier": ("month", -1),
    "le mois passé": ("month", -1), "le mois prochain": ("month", 1),
}

PARTS_OF_THIS_YEAR = {"plus tôt cette année": "earlier", "plus tard cette année": "later"}

END_OF_YEAR = tuple(f"{lead}fin {what}" for lead in ("", "la ", "à la ", "en la ")
                    for what in ("de l'année", "d'année", "de cette année"))

DEADLINE_WORDS = ("d'ici", "d'ici à", "avant")

DAYS = {"aujourd'hui": 0, "hier": -1, "demain": 1}

UNIT_WORDS = {"an": "year", "ans": "year", "année": "year", "années": "year", "annee": "year", "annees": "year",
              "mois": "month", "semaine": "week", "semaines": "week", "jour": "day", "jours": "day"}

INDEFINITE_ONE = ("un", "une")

AGO_AFTER = ()

AGO_BEFORE = ("il y a",)

AGO_HEDGES = {"un peu plus d'": "little_over", "plus d'": "more_than", "plus de": "more_than",
              "environ": "approx", "près d'": "approx", "près de": "approx", "presque": "approx"}

PAST_PERIOD_PREPOSITIONS = ()

PAST_PERIOD_WORDS = ()

PAST_PERIOD_OPENERS = ("au cours des", "ces", "pendant les", "durant les", "lors des")

PAST_PERIOD_ADJECTIVES = ("dernières", "derniers")

WITHIN = ("d'ici", "dans les")

RECENTLY = ("récemment", "recemment")

NOT_DATES = ()
"""Mots du français qu'un autre lexique lit comme une date (aucun connu)."""

BARE_YEAR_AFTER = ()
"""Ce qui, après une année sans préposition, en fait une date (rien en français : « 2000 emplois » est un nombre)."""
