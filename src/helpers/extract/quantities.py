"""Stated quantities in English, French and Dutch press text: money, areas, percentages, durations and counts.

:func:`extract_quantities` returns one row per quantity stated in a text, in text order, with its character span
(``text[start:end] == surface``), its value in a canonical unit, its unit and kind, the noun it counts, the hedge
that qualifies it and the language whose rules read it. The coding rules it follows are those of Part I of
``data/annotations/codebook.md``; in short:

- a *quantity* is a number bound to something it measures: a currency ("75 millions d'euros", "$ 2.8 billion"), a
  unit ("22ha", "220,000 square meters", "72 heures", "drie jaar", "50-year"), a percent sign or word ("98%",
  "25 procent") or a counted noun ("300 jobs", "deux accords", "eight senior European officials"). A bare number
  bound to nothing ("the 3 of them") is not returned;
- calendar dates ("5 décembre 2018", "May 7, 2021", "3 juli"), years ("2018", "en 2016", "the 2018 elections"),
  times of day ("14h30", "om 14u30", "at 10:00"), relative dates ("three years ago", "il y a 3 ans"), numbers inside
  names or codes ("G20", "COVID-19", "TMall.com", "eWTP"), ordinals ("3e", "1st", "premier semestre") and the
  indefinite article ("a year", "un an", "een jaar") are not quantities;
- the surface covers the number with its scale word, currency or unit, or the counted noun phrase up to its head
  noun ("eight senior European officials", whose ``noun`` is the head "officials"); the hedge ("nearly", "à peine",
  "meer dan", a trailing "maximum") is not part of the surface but is recorded, normalised, in ``qualifier``.

Values are normalised: money in currency units (``75 millions d'euros`` -> 75000000.0 EUR), areas in square metres
(22 ha -> 220000.0 m2), lengths in km, masses in tonnes, percentages, durations and counts as stated. Ranges
("20 to 25", "de 20 à 25", "20-25%", "tussen 20 en 25") give the low end in ``value`` and the high end in
``value_high`` (NaN otherwise).

Digits are read with the separators of the language: "," groups thousands and "." marks decimals in English, the
reverse in French and Dutch; a separator followed by anything but exactly three digits is always the decimal mark,
repeated separators always group thousands, spaces (ordinary, U+00A0, U+202F, U+2009) always group thousands.

Why this is written here rather than taken from a library: the maintained library ``text2num`` (module
``text_to_num``) reads spelled-out numbers in English, French and Dutch well, and is used for exactly that
(:func:`text_to_num.text2num` validates and evaluates a run of number words such as "vingt-cinq" or
"vijfentwintig"). But no library reads French and Dutch press quantities *with* their units, scale words,
thousands separators and hedges: quantulum3, the best-known quantity parser, is English-only, reads "220.000 m²"
as 220 m² and "75 millions d'euros" as a bare 75, and reports no hedges; ``text2num.alpha2digit`` rewrites the text
and so loses the character offsets the evidence needs. ``bench/bench_quantities.py`` measures the difference.

Performance: all regular expressions are compiled once, at import; a call does one left-to-right scan with a
candidate pattern and a few anchored matches per candidate, which reads well over 1 MB of text per second on one
core. Language detection (langdetect, seeded) runs only when ``lang`` is not given, and only on the first
:data:`DETECTION_PREFIX` characters. Importing this module opens no file and touches no network (langdetect is
imported, and loads its profiles, on the first detection).

The function never raises on any ``str`` input: a candidate that cannot be read is skipped.
"""

from __future__ import annotations

import math
import re

import pandas as pd
from text_to_num import text2num

__all__ = [
    "QUANTITY_COLUMNS",
    "QUANTITY_DTYPES",
    "KINDS",
    "UNITS",
    "QUALIFIERS",
    "SUPPORTED_LANGS",
    "DETECTION_PREFIX",
    "extract_quantities",
    "quantity_rows",
    "quantity_frame",
    "detect_lang",
    "empty_quantities",
]

QUANTITY_COLUMNS: tuple[str, ...] = (
    "start",
    "end",
    "surface",
    "value",
    "value_high",
    "unit",
    "kind",
    "noun",
    "qualifier",
    "lang",
)
"""Column order of :func:`extract_quantities`'s result."""

QUANTITY_DTYPES: dict[str, str] = {
    "start": "int64",
    "end": "int64",
    "surface": "str",
    "value": "float64",
    "value_high": "float64",
    "unit": "str",
    "kind": "str",
    "noun": "str",
    "qualifier": "str",
    "lang": "str",
}
"""Dtype of each column (``"str"`` is pandas' default string dtype)."""

SUPPORTED_LANGS: tuple[str, ...] = ("en", "fr", "nl")
"""Languages with their own rules; any other language is read with the English rules."""

KINDS: tuple[str, ...] = ("money", "area", "percent", "duration", "count", "length", "mass")
"""Values of the ``kind`` column."""

UNITS: dict[str, str] = {
    "EUR": "money",
    "USD": "money",
    "CNY": "money",
    "GBP": "money",
    "JPY": "money",
    "CHF": "money",
    "HKD": "money",
    "m2": "area",
    "percent": "percent",
    "percentage_point": "percent",
    "minute": "duration",
    "hour": "duration",
    "day": "duration",
    "week": "duration",
    "month": "duration",
    "year": "duration",
    "count": "count",
    "km": "length",
    "tonne": "mass",
}
"""Every value of the ``unit`` column, with the ``kind`` it belongs to."""

QUALIFIERS: tuple[str, ...] = (
    "approx",
    "nearly",
    "barely",
    "only",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "target",
    "range",
)
"""Values of the ``qualifier`` column besides the empty string (no hedge). See the codebook, Part I."""

DETECTION_PREFIX = 2000
"""Number of leading characters langdetect sees when ``lang`` is not given."""

# ----------------------------------------------------------------------------------------------------------------
# Character classes
# ----------------------------------------------------------------------------------------------------------------

_H = r"[ \t\u00a0\u202f\u2009\u2007]"  # horizontal space, never a line break
_APOS = r"['’ʼ]"
_LETTER = r"[^\W\d_]"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_NOT_WORD_AFTER = r"(?![^\W_])"  # neither letter nor digit (\w minus underscore)
_DIGIT_GROUP_SEP = "[ \u00a0\u202f\u2009\u2007]"

_NUM = (
    r"[0-9]{1,3}(?:"
    r"(?:,[0-9]{3}(?![0-9]))+"
    r"|(?:\.[0-9]{3}(?![0-9]))+"
    rf"|(?:{_DIGIT_GROUP_SEP}[0-9]{{3}}(?![0-9]))+"
    r"|(?:'[0-9]{3}(?![0-9]))+"
    r")(?:[.,][0-9]+)?"
    r"|[0-9]+(?:[.,][0-9]+)?"
)

# ----------------------------------------------------------------------------------------------------------------
# Vocabularies. Keys are normalised forms (lower case, single spaces, straight apostrophes, no dots).
# ----------------------------------------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "en": (
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand"
    ).split(),
    "fr": (
        "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts "
        "trente quarante cinquante soixante cent cents mille"
    ).split(),
    "nl": (
        "één een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
        "zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd "
        "duizend"
    ).split(),
}
# Spelled-out numbers never read on their own: articles and scale words that need a number before them.
_LONE_WORDS_SKIPPED = {"en": {"hundred", "thousand"}, "fr": {"un", "une"}, "nl": {"een", "en"}}

# Scale words spelled in full, per language (the French "billion" is 10**12).
_SCALE_WORDS = {
    "en": {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
           "trillion": 1e12, "trillions": 1e12},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
           "billion": 1e12, "billions": 1e12},
    "nl": {"duizend": 1e3, "miljoen": 1e6, "miljoenen": 1e6, "miljard": 1e9, "miljarden": 1e9,
           "biljoen": 1e12, "million": 1e6, "billion": 1e9},
}
# Abbreviated scale words read without a currency (unambiguous), and those read only next to a currency
# ("m" is also the metre, "md" a doctor).
_SCALE_ABBREV = {"bn": 1e9, "mln": 1e6, "mio": 1e6, "mld": 1e9, "mrd": 1e9, "mds": 1e9, "tn": 1e12}
_SCALE_ABBREV_WITH_CURRENCY = {"m": 1e6, "mn": 1e6, "md": 1e9, "k": 1e3, "b": 1e9}

_CURRENCY_PREFIX = {
    "€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "¥": "CNY", "eur": "EUR", "usd": "USD", "cny": "CNY",
    "rmb": "CNY", "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "hkd": "HKD",
}
_CURRENCY_PREFIX_RE = r"US\$|\$|€|£|¥|EUR|USD|CNY|RMB|GBP|JPY|CHF|HKD"

_CURRENCY_WORDS = {
    "€": "EUR", "$": "USD", "£": "GBP", "¥": "CNY", "eur": "EUR", "usd": "USD", "cny": "CNY", "rmb": "CNY",
    "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "hkd": "HKD",
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
    "yen": "JPY", "livre sterling": "GBP", "livres sterling": "GBP", "pond": "GBP", "ponden": "GBP",
    "dollars américains": "USD", "amerikaanse dollar": "USD",
}

# (normalised unit word, canonical unit, factor to the canonical unit, languages or None for all).
_UNIT_TABLE: tuple[tuple[str, str, float, tuple[str, ...] | None], ...] = (
    # area -> m2
    ("m²", "m2", 1.0, None), ("m2", "m2", 1.0, None), ("m^2", "m2", 1.0, None), ("sqm", "m2", 1.0, None),
    ("sq m", "m2", 1.0, None), ("sq metres", "m2", 1.0, None), ("sq meters", "m2", 1.0, None),
    ("square meters", "m2", 1.0, None), ("square metres", "m2", 1.0, None), ("square meter", "m2", 1.0, None),
    ("square metre", "m2", 1.0, None), ("mètres carrés", "m2", 1.0, None), ("mètre carré", "m2", 1.0, None),
    ("metres carres", "m2", 1.0, None), ("vierkante meter", "m2", 1.0, None), ("vierkante meters", "m2", 1.0, None),
    ("ha", "m2", 1e4, None), ("hectare", "m2", 1e4, None), ("hectares", "m2", 1e4, None),
    ("km²", "m2", 1e6, None), ("km2", "m2", 1e6, None), ("square kilometres", "m2", 1e6, None),
    ("square kilometers", "m2", 1e6, None), ("square kilometre", "m2", 1e6, None),
    ("square kilometer", "m2", 1e6, None), ("kilomètres carrés", "m2", 1e6, None),
    ("vierkante kilometer", "m2", 1e6, None), ("acres", "m2", 4046.8564224, None), ("acre", "m2", 4046.8564224, None),
    ("square feet", "m2", 0.09290304, None), ("sq ft", "m2", 0.09290304, None),
    # percent
    ("%", "percent", 1.0, None), ("per cent", "percent", 1.0, None), ("percent", "percent", 1.0, None),
    ("pour cent", "percent", 1.0, None), ("pourcent", "percent", 1.0, None), ("procent", "percent", 1.0, None),
    ("pct", "percent", 1.0, None),
    ("percentage points", "percentage_point", 1.0, None), ("percentage point", "percentage_point", 1.0, None),
    ("points de pourcentage", "percentage_point", 1.0, None), ("procentpunten", "percentage_point", 1.0, None),
    ("procentpunt", "percentage_point", 1.0, None),
    # duration
    ("minutes", "minute", 1.0, None), ("minute", "minute", 1.0, None), ("minuten", "minute", 1.0, None),
    ("min", "minute", 1.0, None),
    ("hours", "hour", 1.0, None), ("hour", "hour", 1.0, None), ("hrs", "hour", 1.0, None), ("h", "hour", 1.0, None),
    ("heures", "hour", 1.0, None), ("heure", "hour", 1.0, None), ("uur", "hour", 1.0, None),
    ("uren", "hour", 1.0, None), ("u", "hour", 1.0, ("nl",)),
    ("days", "day", 1.0, None), ("day", "day", 1.0, None), ("jours", "day", 1.0, None), ("jour", "day", 1.0, None),
    ("journées", "day", 1.0, None), ("dagen", "day", 1.0, None), ("dag", "day", 1.0, None),
    ("weeks", "week", 1.0, None), ("week", "week", 1.0, None), ("semaines", "week", 1.0, None),
    ("semaine", "week", 1.0, None), ("weken", "week", 1.0, None),
    ("months", "month", 1.0, None), ("month", "month", 1.0, None), ("mois", "month", 1.0, None),
    ("maanden", "month", 1.0, None), ("maand", "month", 1.0, None),
    ("years", "year", 1.0, None), ("year", "year", 1.0, None), ("yrs", "year", 1.0, None),
    ("ans", "year", 1.0, ("fr",)), ("an", "year", 1.0, ("fr",)), ("années", "year", 1.0, None),
    ("année", "year", 1.0, None), ("jaar", "year", 1.0, None), ("jaren", "year", 1.0, None),
    ("decades", "year", 10.0, None), ("décennies", "year", 10.0, None), ("decennia", "year", 10.0, None),
    # length -> km
    ("km", "km", 1.0, None), ("kilometres", "km", 1.0, None), ("kilometers", "km", 1.0, None),
    ("kilometre", "km", 1.0, None), ("kilometer", "km", 1.0, None), ("kilomètres", "km", 1.0, None),
    ("kilomètre", "km", 1.0, None), ("miles", "km", 1.609344, ("en",)), ("mile", "km", 1.609344, ("en",)),
    ("m", "km", 1e-3, None), ("metres", "km", 1e-3, None), ("meters", "km", 1e-3, None),
    ("metre", "km", 1e-3, None), ("meter", "km", 1e-3, None), ("mètres", "km", 1e-3, None),
    ("mètre", "km", 1e-3, None),
    # mass -> tonne
    ("tonnes", "tonne", 1.0, None), ("tonne", "tonne", 1.0, None), ("tons", "tonne", 1.0, None),
    ("ton", "tonne", 1.0, None), ("tonnen", "tonne", 1.0, None), ("t", "tonne", 1.0, None),
    ("kg", "tonne", 1e-3, None), ("kilos", "tonne", 1e-3, None), ("kilo", "tonne", 1e-3, None),
    ("kilograms", "tonne", 1e-3, None), ("kilogrammes", "tonne", 1e-3, None), ("kilogram", "tonne", 1e-3, None),
)
# Single-letter units are read only when attached to the number ("72h", "12t"), except "h" and "m" which
# French and English also write after a space ("72 h", "5 m").
_ATTACHED_ONLY_UNITS = {"u", "t"}

_HEDGES_BEFORE: dict[str, dict[str, str]] = {
    "en": {
        "about": "approx", "around": "approx", "approximately": "approx", "approx": "approx", "roughly": "approx",
        "some": "approx", "circa": "approx", "ca": "approx", "c": "approx", "an estimated": "approx",
        "estimated": "approx", "~": "approx", "±": "approx", "in the region of": "approx",
        "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
        "just short of": "nearly", "not quite": "nearly",
        "barely": "barely", "hardly": "barely", "scarcely": "barely", "a mere": "only", "only": "only",
        "just": "only", "merely": "only",
        "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
        "not less than": "at_least", "a minimum of": "at_least", "minimum of": "at_least",
        "more than": "more_than", "over": "more_than", "above": "more_than", "upwards of": "more_than",
        "in excess of": "more_than", "a little over": "more_than", "a little more than": "more_than",
        "just over": "more_than", "well over": "more_than", "well above": "more_than", "over the": None,
        "at most": "at_most", "up to": "at_most", "no more than": "at_most", "not more than": "at_most",
        "a maximum of": "at_most", "maximum of": "at_most", "as many as": "at_most", "as much as": "at_most",
        "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
        "a target of": "target", "target of": "target", "aiming for": "target",
    },
    "fr": {
        "environ": "approx", "d'environ": "approx", "quelque": "approx", "quelques": "approx",
        "approximativement": "approx", "autour de": "approx", "aux alentours de": "approx",
        "à peu près": "approx", "de l'ordre de": "approx", "grosso modo": "approx", "~": "approx", "±": "approx",
        "près de": "nearly", "presque": "nearly", "quasi": "nearly", "quasiment": "nearly",
        "pratiquement": "nearly", "pas loin de": "nearly", "un peu moins de": "nearly",
        "à peine": "barely", "tout juste": "barely", "seulement": "only", "uniquement": "only",
        "au moins": "at_least", "pas moins de": "at_least", "au minimum": "at_least", "un minimum de": "at_least",
        "minimum": "at_least",
        "plus de": "more_than", "au-delà de": "more_than", "un peu plus de": "more_than",
        "bien plus de": "more_than", "largement plus de": "more_than",
        "au maximum": "at_most", "au plus": "at_most", "tout au plus": "at_most", "jusqu'à": "at_most",
        "un maximum de": "at_most", "pas plus de": "at_most", "maximum": "at_most",
        "moins de": "less_than",
        "objectif de": "target", "un objectif de": "target", "l'objectif de": "target",
    },
    "nl": {
        "ongeveer": "approx", "zo'n": "approx", "circa": "approx", "ca": "approx", "rond de": "approx",
        "rond": "approx", "rondom": "approx", "om en bij": "approx", "om en nabij": "approx",
        "pakweg": "approx", "ruwweg": "approx", "naar schatting": "approx", "~": "approx", "±": "approx",
        "bijna": "nearly", "nagenoeg": "nearly", "haast": "nearly", "net geen": "nearly", "bijkans": "nearly",
        "amper": "barely", "nauwelijks": "barely", "ternauwernood": "barely", "slechts": "only",
        "maar liefst": "", "minstens": "at_least", "ten minste": "at_least", "tenminste": "at_least",
        "minimaal": "at_least", "op zijn minst": "at_least", "minimum": "at_least",
        "meer dan": "more_than", "ruim": "more_than", "boven de": "more_than", "dik": "more_than",
        "hoogstens": "at_most", "maximaal": "at_most", "ten hoogste": "at_most", "maximum": "at_most",
        "tot maximaal": "at_most", "oplopend tot": "at_most", "tot wel": "at_most",
        "minder dan": "less_than", "nog geen": "less_than", "onder de": "less_than",
        "streefcijfer van": "target", "doelstelling van": "target",
    },
}
_HEDGES_AFTER: dict[str, str] = {
    "maximum": "at_most", "max": "at_most", "au maximum": "at_most", "au plus": "at_most",
    "tout au plus": "at_most", "at most": "at_most", "at the most": "at_most", "tops": "at_most",
    "maximaal": "at_most", "hoogstens": "at_most",
    "minimum": "at_least", "au minimum": "at_least", "au moins": "at_least", "at least": "at_least",
    "or more": "at_least", "ou plus": "at_least", "of meer": "at_least", "minstens": "at_least",
    "environ": "approx", "or so": "approx", "approximately": "approx", "ongeveer": "approx",
    "à peu près": "approx",
}

# Words before a number that open a range whose connector follows ("between 20 and 25").
_RANGE_OPENERS = {
    "en": ("between", "from"),
    "fr": ("entre", "de", "d'", "du", "des"),
    "nl": ("tussen", "van", "vanaf"),
}
_RANGE_CONNECTORS = {
    "en": ("to", "and", "through", "till", "until"),
    "fr": ("à", "a", "et", "au"),
    "nl": ("tot", "en", "à"),  # "10 à 15 jaar": Belgian Dutch borrows the French "à"
}
_CONNECTORS_NEEDING_OPENER = {"and", "et", "en"}
_OPENERS_FOR_AND = {"between", "entre", "tussen"}  # "and"/"et"/"en" join a range only after these

_MONTHS = {
    "en": ("january february march april june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split(),
    "fr": ("janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre "
           "decembre janv févr fevr avr juil sept oct nov déc").split(),
    "nl": ("januari februari maart april mei juni juli augustus september oktober november december "
           "jan feb mrt apr jun jul aug sep sept okt nov dec").split(),
}
_MONTHS_ALL = sorted({m for months in _MONTHS.values() for m in months}, key=len, reverse=True)

# Words right before a year-like number that make it a year even when a noun follows ("in 2018 jobs...").
_YEAR_BEFORE = {
    "en": "in since by until till from to of the early late mid before after during year around circa through "
          "fiscal fy",
    "fr": "en depuis dès des à au jusqu'en d'ici début fin mi courant avant après année l'an printemps été "
          "automne hiver vers l'année",
    "nl": "in sinds sedert vanaf tot tegen eind einde begin midden medio voor na jaar van vóór",
}
# Words right before an hour count that make it a time of day ("à 14 h", "om 10 uur", "at 10 h").
_TIME_BEFORE = {
    "en": "at by around from until till",
    "fr": "à vers dès jusqu'à depuis de",
    "nl": "om tegen vanaf tot van rond",
}
# Words right after a duration that make it a relative date ("three years ago").
_RELATIVE_AFTER = r"ago|earlier|later|geleden|eerder|later|plus tôt|plus tard|auparavant"
_RELATIVE_BEFORE = r"il y a|voici|cela fait"

# Words that are never the noun counted by a number (function words, verb forms, adverbs of quantity).
_STOPWORDS = {
    "en": set(
        "a an the of and or but nor to in on at for from by with without within into onto upon about over under "
        "than as is are was were be been being am have has had having do does did will would shall should can "
        "could may might must that which who whom whose this these those it its they them their there here "
        "then so if not no yes per more less most least fewer times time percent ago earlier later before after "
        "since until till during while where when what why how each every all both either neither some any "
        "many much such other another same own only just also even still yet already again out up down off "
        "said says say told tell reported according against between among through across via versus vs "
        "around near toward towards instead rather whether we you he she i me my our your his her us him "
        "plus minus or so-called like unlike including include includes included along amid among".split()
    ),
    "fr": set(
        "de du des d le la les l un une et ou mais ni à a au aux en dans sur sous pour par avec sans chez vers "
        "contre entre depuis pendant avant après afin dont que qu qui quoi ce cet cette ces se s sa son ses "
        "leur leurs lui elle il ils elles on nous vous je me te y ne n pas plus moins fois est sont était "
        "étaient sera seront serait seraient été être ont avait avaient aura auront aurait avoir fait font "
        "dernier derniers dernière dernières premier premiers prochains prochaines suivants environ maximum "
        "minimum selon comme lors dès jusqu jusque si déjà encore aussi tous toutes tout chacun chaque "
        "pourcent soit hors parmi près loin via quand où".split()
    ),
    "nl": set(
        "de het een en of maar noch van in op aan voor met bij tot uit naar om over door onder tegen tussen "
        "sinds na zonder binnen buiten is zijn was waren wordt worden werd werden heeft hebben had hadden zal "
        "zullen zou zouden kan kunnen kon konden moet moeten mag mogen die dat dit deze er niet geen meer "
        "minder dan als ook nog al wel keer maal per procent ongeveer bijna zo te ze zij hij we wij jullie u "
        "je ik hun haar zich hier daar waar wanneer hoe wat wie welke elk elke alle beide vorige laatste "
        "eerste volgende geleden volgens".split()
    ),
}
# Head nouns whose plural does not end the usual way.
_IRREGULAR_PLURALS = {
    "en": {"people", "children", "men", "women", "staff", "personnel", "police", "cattle", "data", "media",
           "workforce", "crew", "feet"},
    "fr": {"personnel", "gens", "effectif"},
    "nl": {"personeel", "mensen"},
}

# ----------------------------------------------------------------------------------------------------------------
# Compiled patterns (built once at import)
# ----------------------------------------------------------------------------------------------------------------


def _phrase_re(phrase: str) -> str:
    """Regex for a normalised phrase: spaces match any horizontal space run, apostrophes any apostrophe."""
    parts = []
    for char in phrase:
        if char == " ":
            parts.append(f"{_H}+")
        elif char == "'":
            parts.append(_APOS)
        elif char == ".":
            parts.append(r"\.?")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _alternation(phrases) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(_phrase_re(p) for p in ordered)


def _normalise(fragment: str) -> str:
    """Lower case, single spaces, straight apostrophes, no dots: the key form of the vocabularies."""
    out = re.sub(r"[\s\u00a0\u202f\u2009\u2007]+", " ", fragment.lower())
    return out.replace("’", "'").replace("ʼ", "'").replace(".", "").strip()


def _number_words_re(lang: str) -> str:
    lone = "|".join(sorted(_LONE_WORDS_SKIPPED[lang], key=len, reverse=True))
    return rf"(?!(?:{lone}){_NOT_LETTER_AFTER}){_number_words_body(lang)}"


def _number_words_body(lang: str) -> str:
    if lang == "nl":
        morphemes = sorted(set(_NUMBER_WORDS["nl"]) | {"en", "ën"}, key=len, reverse=True)
        return rf"(?:{'|'.join(morphemes)})+{_NOT_LETTER_AFTER}"
    words = "|".join(sorted(_NUMBER_WORDS[lang], key=len, reverse=True))
    word = rf"(?:{words}){_NOT_LETTER_AFTER}"
    if lang == "fr":
        sep = rf"(?:{_H}*-{_H}*(?:et-)?|{_H}+et{_H}+|{_H}+)"
    else:
        sep = rf"(?:{_H}*-{_H}*|{_H}+and{_H}+|{_H}+)"
    return rf"{word}(?:{sep}{word})*"


class _Rules:
    """The compiled patterns and vocabularies of one language."""

    def __init__(self, lang: str):
        self.lang = lang
        self.number_words = _number_words_re(lang)
        self.candidate = re.compile(
            rf"(?<![\w.,:/\-–—'’&@#+])"
            rf"(?:(?P<cur>{_CURRENCY_PREFIX_RE}){_H}*)?"
            rf"(?:(?P<num>{_NUM})|(?P<words>(?i:{self.number_words})))"
        )
        self.number_only = re.compile(rf"(?:(?P<num>{_NUM})|(?P<words>(?i:{self.number_words})))")
        self.scales = dict(_SCALE_WORDS[lang])
        scale_words = _alternation(self.scales)
        abbrevs = _alternation(list(_SCALE_ABBREV) + list(_SCALE_ABBREV_WITH_CURRENCY))
        self.scale = re.compile(
            rf"(?P<sp>{_H}*)(?i:(?P<word>{scale_words})|(?P<abbr>{abbrevs})){_NOT_WORD_AFTER}"
        )
        self.currency_words = dict(_CURRENCY_WORDS)
        currency_alts = _alternation(k for k in self.currency_words if k not in "€$£¥")
        self.currency_after = re.compile(
            rf"{_H}*(?:(?P<joiner>(?i:de{_H}+|d{_APOS}|of{_H}+)))?"
            rf"(?:(?P<sym>€|\$|£|¥)|(?i:(?P<word>{currency_alts})){_NOT_WORD_AFTER})"
        )
        self.currency_prefix = re.compile(rf"(?P<cur>{_CURRENCY_PREFIX_RE}){_H}*")
        self.units = {}
        for word, unit, factor, langs in _UNIT_TABLE:
            if langs is None or lang in langs:
                self.units[word] = (unit, factor)
        unit_alts = _alternation(self.units)
        self.unit = re.compile(rf"(?P<sep>{_H}*|-)(?i:(?P<unit>{unit_alts}))(?:{_NOT_WORD_AFTER}|(?<=%))")
        self.hedges_before = {k: v for k, v in _HEDGES_BEFORE.get(lang, {}).items()}
        self.hedge_before = re.compile(
            rf"(?<![^\W\d_])(?i:(?P<h>{_alternation(self.hedges_before)})){_H}*$"
        )
        self.hedge_after = re.compile(rf"{_H}*,?{_H}*(?i:(?P<h>{_alternation(_HEDGES_AFTER)})){_NOT_LETTER_AFTER}")
        self.range_opener = re.compile(
            rf"(?<![^\W\d_])(?i:(?P<o>{_alternation(_RANGE_OPENERS[lang])})){_H}*$"
        )
        connectors = _alternation(_RANGE_CONNECTORS[lang])
        self.range_connector = re.compile(
            rf"(?:{_H}*[-–—‑]{_H}*|{_H}+(?i:(?P<c>{connectors})){_H}+)"
        )
        months = _alternation(m for m in _MONTHS_ALL if m != "may")
        self.month_after = re.compile(
            rf"(?:er|e|st|nd|rd|th|ste|de)?{_H}+(?:(?i:{months})|May){_NOT_LETTER_AFTER}\.?(?:{_H}+[0-9]{{4}}(?![0-9]))?"
        )
        self.month_before = re.compile(rf"(?<![^\W\d_])(?:(?i:{months})|May)\.?{_H}*$")
        self.year_before = re.compile(
            rf"(?<![^\W\d_])(?i:{_alternation(_YEAR_BEFORE[lang].split())}){_H}*$"
        )
        self.time_before = re.compile(
            rf"(?<![^\W\d_])(?i:{_alternation(_TIME_BEFORE[lang].split())}){_H}*$"
        )
        self.relative_after = re.compile(rf"{_H}+(?i:{_RELATIVE_AFTER}){_NOT_LETTER_AFTER}")
        self.relative_before = re.compile(rf"(?<![^\W\d_])(?i:{_RELATIVE_BEFORE}){_H}*$")
        self.ratio_before = re.compile(
            rf"(?<![\w.,])[0-9]+{_H}+(?i:out{_H}+of|in|on|op{_H}+de|op|sur){_H}+$"
        )
        self.stopwords = _STOPWORDS[lang]
        self.not_nouns = (
            self.stopwords
            | set(_MONTHS_ALL)
            | set(self.units)
            | {k for k in self.currency_words}
            | {w for s in _SCALE_WORDS.values() for w in s}
            | set(_SCALE_ABBREV)
            | {w for hedges in _HEDGES_AFTER for w in hedges.split()}
            | set(_NUMBER_WORDS[lang])
        )
        self.irregular_plurals = _IRREGULAR_PLURALS[lang]
        self.noun_token = re.compile(rf"(?:{_H}+|(?<=[\s'’]))(?P<w>{_LETTER}+(?:[-'’]{_LETTER}+)*)")
        self.scale_joiner = re.compile(rf"{_H}+(?i:de|des|of|van){_H}*(?={_LETTER})|{_H}+d{_APOS}(?={_LETTER})")
        self.lone_words = _LONE_WORDS_SKIPPED[lang]


_RULES = {lang: _Rules(lang) for lang in SUPPORTED_LANGS}
_TIME_OF_DAY = re.compile(r"[0-9]{1,2}(?:[:hHuU][0-9]{2}|[.:][0-9]{2}(?=[ \u00a0]?(?i:h|uur|u|am|pm|a\.m|p\.m)\b))(?![0-9])")
_AM_PM = re.compile(rf"{_H}*(?i:am|pm|a\.m\.|p\.m\.){_NOT_LETTER_AFTER}")
_NUMERIC_TAIL = re.compile(r"[.,/:\-][0-9]")
_SKIP_TOKEN = re.compile(r"[0-9.,/:\-\w]*")
_UPPER_PLURAL = re.compile(r"[A-Z]{2,}s")

# ----------------------------------------------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------------------------------------------


def _parse_digits(raw: str, lang: str) -> float:
    """Value of a digit string with the separators of ``lang`` (see the module docstring)."""
    s = re.sub(r"[ \u00a0\u202f\u2009\u2007']", "", raw)
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if decimal == "," else ","
        return float(s.replace(group, "").replace(decimal, "."))
    for sep in (",", "."):
        if sep in s:
            parts = s.split(sep)
            if len(parts) > 2:
                return float("".join(parts))
            head, tail = parts
            grouping = len(tail) == 3 and len(head) <= 3
            if grouping:
                thousands_sep = "," if lang not in ("fr", "nl") else "."
                if sep == thousands_sep:
                    return float(head + tail)
            return float(head + "." + tail)
    return float(s)


def _words_value(words: str, lang: str) -> tuple[float, int] | None:
    """Value of a run of number words and the length of the prefix of ``words`` that text2num reads."""
    tokens = list(re.finditer(r"[^\s\u00a0\u202f\u2009\u2007-]+", words))
    while tokens:
        end = tokens[-1].end()
        phrase = _normalise(words[:end]).replace(" - ", "-")
        last = _normalise(tokens[-1].group())
        if last not in ("and", "et", "en"):
            if phrase not in _RULES[lang].lone_words:
                try:
                    value = text2num(phrase, lang)
                except Exception:  # text2num raises ValueError (and others) on what it cannot read
                    value = None
                if value is not None:
                    return float(value), end
            elif len(tokens) == 1:
                return None
        tokens.pop()
    return None


def _looks_plural(word: str, lang: str, rules: _Rules) -> bool:
    lower = word.lower()
    if lower in rules.irregular_plurals:
        return True
    if _UPPER_PLURAL.fullmatch(word):
        return True
    if not word[:1].islower() or len(word) < 3:
        return False
    if lang == "fr":
        return lower.endswith(("s", "x"))
    if lang == "nl":
        return lower.endswith(("en", "s"))
    return lower.endswith("s") and not lower.endswith("ss")


def _count_noun(text: str, pos: int, rules: _Rules, max_words: int = 4) -> tuple[str, int] | None:
    """The counted noun after position ``pos``: its head and the end of the noun phrase, or None."""
    tokens = []
    cursor = pos
    for _ in range(max_words):
        m = rules.noun_token.match(text, cursor)
        if m is None:
            break
        word = m.group("w")
        if _normalise(word) in rules.not_nouns or "'" in word or "’" in word:
            break
        tokens.append((word, m.end("w")))
        cursor = m.end("w")
        if _looks_plural(word, rules.lang, rules):
            return word, m.end("w")
    if tokens:
        word, end = tokens[0]
        if word[:1].islower() and not _looks_verbal(word, rules.lang):
            return word, end
    return None


def _looks_verbal(word: str, lang: str) -> bool:
    """A singular-looking word that is more likely a participle than a counted noun ("900 promised", "900
    beloofd", "300 créé"); used only when no plural-looking head was found."""
    lower = word.lower()
    if lang == "nl":
        return lower.startswith(("ge", "be", "ver", "ont", "her")) and lower.endswith(("d", "t"))
    if lang == "fr":
        return lower.endswith(("é", "ée"))
    return lower.endswith(("ed", "ing"))


_BEFORE_WIDTH = 32  # longer than any hedge, opener or year word with its spaces ("a little more than ")


def _search_before(
    pattern: re.Pattern[str], text: str, pos: int, width: int = _BEFORE_WIDTH
) -> re.Match[str] | None:
    start = max(0, pos - width)
    return pattern.search(text[start:pos])


def _hedge_before(rules: _Rules, text: str, pos: int) -> tuple[str, int] | None:
    m = _search_before(rules.hedge_before, text, pos)
    if m is None:
        return None
    label = rules.hedges_before.get(_normalise(m.group("h")))
    if label is None and _normalise(m.group("h")) not in rules.hedges_before:
        label = ""
    if not label:
        return None
    return label, pos - (len(text[max(0, pos - _BEFORE_WIDTH):pos]) - m.start())


def detect_lang(text: str) -> str:
    """The rules language for ``text``: :func:`helpers.text.language.detect_language` (langdetect, seeded) on the first
    :data:`DETECTION_PREFIX` characters, mapped onto en/fr/nl; Afrikaans is read as Dutch; anything else, or text
    too short to tell, as English."""
    from helpers.text.language import detect_language

    code, _probability = detect_language(text[:DETECTION_PREFIX])
    code = {"af": "nl"}.get(code, code)
    return code if code in SUPPORTED_LANGS else "en"


def _rules_lang(lang: str | None, text: str) -> str:
    if lang is None:
        return detect_lang(text)
    code = str(lang).strip().lower()[:2]
    return code if code in SUPPORTED_LANGS else "en"


def _empty_frame() -> pd.DataFrame:
    return pd.DataFrame({col: pd.Series([], dtype=QUANTITY_DTYPES[col]) for col in QUANTITY_COLUMNS})


_EMPTY = _empty_frame()


def empty_quantities() -> pd.DataFrame:
    """An empty result with the columns and dtypes of :func:`extract_quantities` (a fresh copy each call)."""
    return _EMPTY.copy()


# ----------------------------------------------------------------------------------------------------------------
# Reading one candidate
# ----------------------------------------------------------------------------------------------------------------


def _read_number(m: re.Match[str], lang: str) -> tuple[float, int, bool] | None:
    """Value of the number in a candidate match, its end, and whether it was spelled out."""
    if m.group("num") is not None:
        return _parse_digits(m.group("num"), lang), m.end("num"), False
    words = m.group("words")
    read = _words_value(words, lang)
    if read is None:
        return None
    value, length = read
    return value, m.start("words") + length, True


def _read_scale(rules: _Rules, text: str, pos: int, has_currency_prefix: bool):
    """Scale word at ``pos``: (multiplier, end, abbreviated) or None."""
    m = rules.scale.match(text, pos)
    if m is None:
        return None
    if m.group("word") is not None:
        return rules.scales[_normalise(m.group("word"))], m.end(), False
    abbr = _normalise(m.group("abbr"))
    if abbr in _SCALE_ABBREV and (m.group("sp") == "" or abbr != "tn"):
        return _SCALE_ABBREV[abbr], m.end(), True
    if abbr in _SCALE_ABBREV_WITH_CURRENCY:
        if abbr == "k" and m.group("sp"):
            return None
        if has_currency_prefix or rules.currency_after.match(text, m.end()):
            return _SCALE_ABBREV_WITH_CURRENCY[abbr], m.end(), True
    return None


def _read_currency_after(rules: _Rules, text: str, pos: int, after_scale: bool):
    m = rules.currency_after.match(text, pos)
    if m is None:
        return None
    if m.group("joiner") and not after_scale:
        return None
    if m.group("sym") is not None:
        return _CURRENCY_WORDS[m.group("sym")], m.end()
    return rules.currency_words[_normalise(m.group("word"))], m.end()


def _read_one(rules: _Rules, text: str, m: re.Match[str]) -> tuple[dict | None, int]:
    """Read the candidate ``m``; return its row (or None when it is no quantity) and where to resume scanning."""
    lang = rules.lang
    start = m.start()
    num_start = m.start("num") if m.group("num") is not None else m.start("words")
    cur_prefix = m.group("cur")
    skip_to = m.end()

    # Times of day and numbers glued to other digits/separators ("14h30", "10:00", "7.5.2021", "24/7").
    if m.group("num") is not None:
        if _TIME_OF_DAY.match(text, num_start):
            return None, _SKIP_TOKEN.match(text, num_start).end()
        if _NUMERIC_TAIL.match(text, m.end("num")) and not rules.range_connector.match(text, m.end("num")):
            return None, _SKIP_TOKEN.match(text, num_start).end()
    read = _read_number(m, lang)
    if read is None:
        return None, skip_to
    value, pos, spelled = read
    raw_num = m.group("num")
    year_like = (
        raw_num is not None and cur_prefix is None and len(raw_num) == 4 and raw_num.isdigit()
        and 1900 <= int(raw_num) <= 2099
    )

    # Calendar dates: "5 décembre 2018", "3 juillet", "May 7, 2021", "this February 12".
    date = rules.month_after.match(text, pos)
    if date is not None and not spelled:
        return None, date.end()
    if cur_prefix is None and not spelled and _search_before(rules.month_before, text, num_start):
        year = re.compile(rf",?{_H}*[0-9]{{4}}(?![0-9])").match(text, pos)
        return None, year.end() if year else pos

    # Proportions: the second number of "3 out of 4", "1 in 5", "3 op de 4", "3 sur 4" is no count of its own.
    if _search_before(rules.ratio_before, text, start):
        return None, skip_to

    has_cur = cur_prefix is not None
    currency = _CURRENCY_PREFIX.get(cur_prefix.lower()) if has_cur else None

    # Scale of the first number, then an optional range.
    scale1 = _read_scale(rules, text, pos, has_cur)
    after1 = scale1[1] if scale1 else pos
    high = None
    scale2 = None
    conn = rules.range_connector.match(text, after1)
    range_opener_start = None
    if conn is not None and not year_like:
        connector = _normalise(conn.group("c")) if conn.group("c") else "-"
        opener = _search_before(rules.range_opener, text, start)
        if connector in _CONNECTORS_NEEDING_OPENER and (
            opener is None or _normalise(opener.group("o")) not in _OPENERS_FOR_AND
        ):
            conn = None
        if conn is not None:
            p2 = conn.end()
            cur2 = rules.currency_prefix.match(text, p2)
            if cur2 is not None and has_cur:
                p2 = cur2.end()
            m2 = rules.number_only.match(text, p2)
            if m2 is not None and not (m2.group("num") is not None and _NUMERIC_TAIL.match(text, m2.end("num"))):
                if m2.group("num") is not None and not (m2.end() < len(text) and text[m2.end()].isdigit()):
                    high_value, high_end = _parse_digits(m2.group("num"), lang), m2.end("num")
                    ok = True
                elif m2.group("words") is not None:
                    r2 = _words_value(m2.group("words"), lang)
                    ok = r2 is not None
                    if ok:
                        high_value, high_end = r2[0], m2.start("words") + r2[1]
                else:
                    ok = False
                if ok and high_value >= value and not (spelled and m2.group("num") is not None):
                    high = high_value
                    pos = high_end
                    scale2 = _read_scale(rules, text, pos, has_cur)
                    if opener is not None:
                        range_opener_start = start - (len(text[max(0, start - _BEFORE_WIDTH):start]) - opener.start())
    if high is None:
        pos = after1
        scale = scale1
    else:
        scale = scale2
        if scale2 is not None:
            pos = scale2[1]
            if scale1 is None:
                value *= scale2[0]
            high *= scale2[0]
        if scale1 is not None:
            value *= scale1[0]
            if scale2 is None:
                high *= scale1[0]
        scale = scale2 or scale1
    if high is None and scale is not None:
        value *= scale[0]
    scaled = scale is not None

    unit = kind = None
    noun = ""
    factor = 1.0
    # Money: currency before, or after (optionally "de"/"d'" after a scale word).
    cur_after = _read_currency_after(rules, text, pos, scaled)
    if cur_after is not None:
        currency = currency or cur_after[0]
        pos = cur_after[1]
    if currency is not None:
        unit, kind = currency, "money"
    else:
        um = rules.unit.match(text, pos)
        if um is None and scaled:
            # "1,4 million de tonnes", "2 million of square metres"
            joiner = rules.scale_joiner.match(text, pos)
            if joiner is not None:
                um = rules.unit.match(text, joiner.end())
                if um is not None and um.group("sep") != "":
                    um = None
        if um is not None:
            word = _normalise(um.group("unit"))
            attached = um.group("sep") == ""
            if word in _ATTACHED_ONLY_UNITS and not attached:
                um = None
            elif um.group("sep") == "-" and word in ("%",):
                um = None
            elif word == "m" and scaled:
                um = None
        if um is not None:
            unit, factor = rules.units[_normalise(um.group("unit"))]
            kind = UNITS[unit]
            pos = um.end()
            if kind == "duration":
                # Relative dates ("three years ago", "il y a 3 ans") and times of day ("à 14 h", "om 10 uur").
                if rules.relative_after.match(text, pos) or _search_before(rules.relative_before, text, start):
                    return None, pos
                if unit == "hour" and not spelled and _search_before(rules.time_before, text, start) \
                        and _hedge_before(rules, text, start) is None and value <= 24:
                    return None, pos
            if kind == "length" and word == "m" and um.group("sep") and _AM_PM.match(text, um.start("unit") - 1):
                return None, pos
        else:
            # A counted noun: "300 jobs", "deux accords", "75 millions de colis", "eight senior officials".
            noun_pos = pos
            if scaled:
                joiner = rules.scale_joiner.match(text, pos)
                if joiner is not None:
                    noun_pos = joiner.end()
            found = _count_noun(text, noun_pos, rules)
            if found is None:
                return None, skip_to if not scaled else pos
            if spelled and value == 1 and high is None:
                return None, skip_to
            if year_like and high is None and (
                _search_before(rules.year_before, text, start) is not None
                and _hedge_before(rules, text, start) is None
            ):
                return None, pos
            noun, pos = found
            unit, kind = "count", "count"
    if year_like and kind not in ("money", "count") and high is None and unit != "percent":
        # A year followed by a unit word is still read ("2000 km"), but never right after a year word.
        if _search_before(rules.year_before, text, start) is not None:
            return None, pos
    if spelled and value == 1 and kind == "count":
        return None, pos

    value *= factor
    if high is not None:
        high *= factor

    # Qualifier: a hedge before the quantity (or before its range opener), else after it, else "range".
    hedge_anchor = range_opener_start if range_opener_start is not None else start
    qualifier = ""
    hedge = _hedge_before(rules, text, hedge_anchor)
    if hedge is not None:
        qualifier = hedge[0]
    else:
        after = rules.hedge_after.match(text, pos)
        if after is not None:
            qualifier = _HEDGES_AFTER.get(_normalise(after.group("h")), "")
    if not qualifier and high is not None:
        qualifier = "range"

    row = {
        "start": start,
        "end": pos,
        "surface": text[start:pos],
        "value": float(value),
        "value_high": float(high) if high is not None else math.nan,
        "unit": unit,
        "kind": kind,
        "noun": noun,
        "qualifier": qualifier,
        "lang": lang,
    }
    if not math.isfinite(row["value"]):
        return None, pos
    return row, pos


# ----------------------------------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------------------------------


def extract_quantities(text: str, lang: str | None = None) -> pd.DataFrame:
    """Every quantity stated in ``text``, one row per quantity, in text order.

    Parameters
    ----------
    text:
        Any string (an article, a paragraph, a sentence). It is never modified; offsets index it as given.
    lang:
        ISO 639-1 code of the language whose rules read the text ("en", "fr", "nl"; a longer tag such as "fr-BE"
        is cut to its first two letters). ``None`` detects it with langdetect (seeded). Any other language falls
        back to the English rules plus the language-neutral symbols (digits, %, €, $, m², km...).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`QUANTITY_COLUMNS` with dtypes :data:`QUANTITY_DTYPES`: ``start``/``end`` (character offsets,
        ``text[start:end] == surface``), ``surface``, ``value`` (canonical unit; low end of a range),
        ``value_high`` (high end of a range, else NaN), ``unit``, ``kind``, ``noun`` (head noun of a count, else
        ""), ``qualifier`` (normalised hedge, "" when none) and ``lang`` (the rules language used). Empty, with
        the same columns and dtypes, when the text states no quantity.

    Examples
    --------
    >>> extract_quantities("75 millions d'euros et 22ha", lang="fr")[["surface", "value", "unit"]].values.tolist()
    [["75 millions d'euros", 75000000.0, 'EUR'], ['22ha', 220000.0, 'm2']]

    Never raises on a ``str``; raises :class:`TypeError` when ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quantities expects a str, got {type(text).__name__}")
    rows = quantity_rows(text, lang)
    if not rows:
        return empty_quantities()
    # Built column by column from lists: pandas infers int64 / float64 / str, the dtypes of QUANTITY_DTYPES,
    # several times faster than a row-wise constructor followed by astype (this matters for short texts).
    return quantity_frame(rows)


def quantity_frame(rows: list[dict]) -> pd.DataFrame:
    """The rows of :func:`quantity_rows` (of one text or many) as a DataFrame with the dtypes of
    :data:`QUANTITY_DTYPES`; extra keys of the rows are ignored."""
    if not rows:
        return empty_quantities()
    frame = pd.DataFrame({col: [row[col] for row in rows] for col in QUANTITY_COLUMNS})
    if not frame.dtypes.equals(_EMPTY.dtypes):  # never expected; keeps the documented dtypes whatever happens
        frame = frame.astype(QUANTITY_DTYPES)
    return frame


def quantity_rows(text: str, lang: str | None = None) -> list[dict]:
    """The rows of :func:`extract_quantities` as a list of dicts (keys :data:`QUANTITY_COLUMNS`), in text order,
    without building a DataFrame: what the build uses, article by article."""
    rules = _RULES[_rules_lang(lang, text)]
    rows = []
    pos = 0
    candidate = rules.candidate
    length = len(text)
    while pos < length:
        m = candidate.search(text, pos)
        if m is None:
            break
        try:
            row, resume = _read_one(rules, text, m)
        except Exception:  # defensive: an unreadable candidate is skipped, never raised
            row, resume = None, m.end()
        if row is not None and row["end"] > row["start"]:
            rows.append(row)
        pos = max(resume, m.end(), pos + 1)
    return rows

