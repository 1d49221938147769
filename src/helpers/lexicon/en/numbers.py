"""English: numbers, scale words, units, currencies, hedges, range and rate words (read by helpers.extract).

Keys are normalised forms: lower case, single spaces, straight apostrophes; a "." in a key is optional in the
text ("mio." matches "Mio" and "Mio."). Spelled-out numbers are evaluated by text2num; the words listed here only
tell the scanner where a run of number words may start and continue.
"""

THOUSANDS_SEPARATOR = ","
"""The separator that groups thousands ("2,800" is 2800); the other one ("." here) marks decimals."""

NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand"
).split()
"""Words a spelled-out number is made of (text2num evaluates the run)."""

NUMBER_WORD_JOINERS = ("and",)
"""Words that join number words written apart ("two hundred and fifty")."""

NUMBER_WORD_GLUE = ()
"""Pieces that join number words written as one word (Dutch "vijfentwintig", German "fünfundzwanzig"); when not
empty, a number word may be a glued sequence of NUMBER_WORDS and these."""

LONE_NUMBER_WORDS_SKIPPED = frozenset({"hundred", "thousand"})
"""Number words never read on their own (articles, scale words that need a number before them)."""

APPROXIMATE_NUMBERS = {"dozen": 12}
"""Nouns of an approximate number ("une dizaine de policiers" is about 10), read with qualifier approx."""

APPROXIMATE_NUMBER_ARTICLES = ("a",)
"""Articles before an approximate number, part of its surface."""

SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
               "trillion": 1e12, "trillions": 1e12}
"""Scale words spelled in full, read in this language only."""

SCALE_ABBREVIATIONS = {"bn": 1e9, "tn": 1e12}
"""Abbreviated scale words read after any number in every language (they are unambiguous)."""

SCALE_ABBREVIATIONS_WITH_CURRENCY = {"m": 1e6, "mn": 1e6, "k": 1e3, "b": 1e9}
"""Abbreviated scale words read only next to a currency ("m" is also the metre), in every language."""

SCALE_ABBREVIATIONS_ATTACHED_ONLY = ("k", "tn")
"""Abbreviated scale words read only when written right after the number ("20k", "2tn"), in every language."""

SCALE_JOINERS = ("of",)
"""Words between a scale word and its unit or noun ("2 million of square metres"), in every language."""

CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
    "yen": "JPY", "swiss franc": "CHF", "swiss francs": "CHF",
}
"""Currency names after a number, read in every language (codes and symbols are in helpers.extract.numbers)."""

CURRENCY_JOINERS = ("of",)
"""Words between a scale word and its currency ("2 million of euros"), in every language."""

UNITS = {
    "sq m": ("m2", 1.0), "sq metres": ("m2", 1.0), "sq meters": ("m2", 1.0), "square meters": ("m2", 1.0),
    "square metres": ("m2", 1.0), "square meter": ("m2", 1.0), "square metre": ("m2", 1.0),
    "sqm": ("m2", 1.0), "hectare": ("m2", 1e4), "hectares": ("m2", 1e4),
    "square kilometres": ("m2", 1e6), "square kilometers": ("m2", 1e6), "square kilometre": ("m2", 1e6),
    "square kilometer": ("m2", 1e6), "acres": ("m2", 4046.8564224), "acre": ("m2", 4046.8564224),
    "square feet": ("m2", 0.09290304), "sq ft": ("m2", 0.09290304),
    "per cent": ("percent", 1.0), "percent": ("percent", 1.0), "pct": ("percent", 1.0),
    "percentage points": ("percentage_point", 1.0), "percentage point": ("percentage_point", 1.0),
    "minutes": ("minute", 1.0), "minute": ("minute", 1.0),
    "hours": ("hour", 1.0), "hour": ("hour", 1.0), "hrs": ("hour", 1.0),
    "days": ("day", 1.0), "day": ("day", 1.0), "weeks": ("week", 1.0), "week": ("week", 1.0),
    "months": ("month", 1.0), "month": ("month", 1.0), "years": ("year", 1.0), "year": ("year", 1.0),
    "yrs": ("year", 1.0), "decades": ("year", 10.0),
    "kilometres": ("km", 1.0), "kilometers": ("km", 1.0), "kilometre": ("km", 1.0), "kilometer": ("km", 1.0),
    "metres": ("km", 1e-3), "meters": ("km", 1e-3), "metre": ("km", 1e-3), "meter": ("km", 1e-3),
    "tonnes": ("tonne", 1.0), "tonne": ("tonne", 1.0), "tons": ("tonne", 1.0), "ton": ("tonne", 1.0),
    "kilos": ("tonne", 1e-3), "kilo": ("tonne", 1e-3), "kilograms": ("tonne", 1e-3), "kilogram": ("tonne", 1e-3),
}
"""Unit words: (canonical unit, factor to it). Read in every language (the press borrows them)."""

UNITS_OWN_LANGUAGE = {"miles": ("km", 1.609344), "mile": ("km", 1.609344)}
"""Unit words read in this language only (elsewhere they mean something else)."""

HEDGES_BEFORE = {
    "about": "approx", "around": "approx", "approximately": "approx", "approx": "approx", "roughly": "approx",
    "some": "approx", "circa": "approx", "ca": "approx", "c": "approx", "an estimated": "approx",
    "estimated": "approx", "in the region of": "approx",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just short of": "nearly", "not quite": "nearly",
    "barely": "barely", "hardly": "barely", "scarcely": "barely", "a mere": "only", "only": "only",
    "just": "only", "merely": "only",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "a little over": "more_than", "a little more than": "more_than",
    "just over": "more_than", "well over": "more_than", "well above": "more_than", "over the": "",
    "at most": "at_most", "up to": "at_most", "no more than": "at_most", "not more than": "at_most",
    "a maximum of": "at_most", "maximum of": "at_most", "as many as": "at_most", "as much as": "at_most",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "a target of": "target", "target of": "target", "aiming for": "target",
}
"""Hedges before a number -> qualifier (see the codebook, Part I); "" marks a phrase that is no hedge although
a shorter hedge ends it ("over the" is not "over")."""

HEDGES_AFTER = {
    "maximum": "at_most", "max": "at_most", "at most": "at_most", "at the most": "at_most", "tops": "at_most",
    "minimum": "at_least", "at least": "at_least", "or more": "at_least",
    "or so": "approx", "approximately": "approx",
}
"""Hedges after a quantity -> qualifier, read in every language."""

RANGE_OPENERS = ("between", "from")
"""Words before a number that open a range whose connector follows ("between 20 and 25")."""

RANGE_CONNECTORS = ("to", "and", "through", "till", "until")
"""Words joining the two ends of a range."""

RANGE_CONNECTORS_NEEDING_OPENER = ("and",)
"""Connectors that join a range only after one of RANGE_OPENERS_FOR_AND ("between 20 and 25", not "20 and 25")."""

RANGE_OPENERS_FOR_AND = ("between",)

CHANGE_VERBS = ("rise", "rises", "rising", "rose", "risen", "grow", "grows", "growing", "grew", "grown", "increase",
                "increases", "increased", "fall", "falls", "falling", "fell", "fallen", "drop", "drops", "dropped",
                "climb", "climbs", "climbed", "jump", "jumps", "jumped", "decline", "declines", "declined", "expand",
                "expands", "expanded", "raise", "raises", "raised", "cut", "cuts", "reduce", "reduces", "reduced",
                "double", "doubles", "doubled", "go up", "goes up", "went up", "go down", "goes down", "went down")
"""Verbs of change before "from X to Y": the two numbers are a before and an after, not a range."""

CHANGE_CONNECTORS = ("to",)
"""The word between the before and the after of a change ("from 1.2 million to 2 million TEU")."""
"""The openers after which RANGE_CONNECTORS_NEEDING_OPENER join a range."""

RATIO_WORDS = ("out of", "in", "on")
"""Words between two numbers of a proportion ("3 out of 4", "1 in 5"): the second is no count. Every language."""

RATE_WORDS = ("per", "a", "an", "each", "every", "for every", "for each")
"""Words after a quantity that introduce the denominator of a rate ("12 jobs per hectare", "40 flights a week")."""

RATE_WORDS_TIME_ONLY = ("a", "an", "each", "every")
"""Rate words that introduce only a unit of time ("a week", never "a company")."""

RATE_TIME_NOUNS = ("night", "nights")
"""Units of time of a rate besides the duration units ("30 a night")."""

RATE_ADVERBS = ("annually", "yearly", "daily", "weekly", "monthly", "nightly")
"""Adverbs of frequency that are a rate of time by themselves, right after a figure or before it with at most a
hedge between: the rate is the adverb as written."""

RATE_WORDS_BEFORE = ("per", "each", "every")
"""Rate words that may open a rate of time written before its figure ("each week, about 35 trains", "chaque
année plus de 45 000", "elke nacht ongeveer 35", "pro Tag bis zu 500.000"): general grammar, not a text's cue."""

ADJUNCT_PREPOSITIONS = ("at", "across", "in", "on", "over", "among", "spread over")
"""Prepositions of place before a count that is an adjunct of an earlier count ("2,400 staff at seven sites,
twelve in Switzerland"): a number elided after it stands for the earlier count's noun."""

RATE_BLOCKERS = ("in", "within", "over", "for", "after", "during", "since", "than", "by", "and", "or", "but")
"""Words that, between a figure and a later rate of time, make the time a period or begin another phrase ("500
jobs in a year", "300 jobs and two flights a week"): then no rate is read past them."""

YEAR_WORDS_BEFORE = ("in since by until till from to of the early late mid before after during year around "
                     "circa through fiscal fy").split()
"""Words right before a year-like number that make it a year even when a noun follows ("in 2018 jobs...")."""

TIME_WORDS_BEFORE = "at by around from until till between".split()
"""Words right before an hour count that make it a time of day ("at 10 h")."""

TIME_OF_DAY_SUFFIXES = ("am", "pm", "a.m", "p.m")
"""Words after "10.30" or "10:30" that make it a clock time; "10 am" is a time too. Every language."""

CLOCK_WORDS = ("o'clock", "a.m.", "p.m.", "am", "pm")
"""Words after a number that always make it a clock time ("10 o'clock")."""

RELATIVE_AFTER = ("ago", "earlier", "later", "after", "' time")
"""Words after a duration that make it a relative date ("three years ago"). Every language."""

RELATIVE_BEFORE = ()
"""Words before a duration that make it a relative date (French "il y a 3 ans"). Every language."""

ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
"""Endings of a day number before a month name ("7th May"). Every language."""

STOPWORDS = frozenset(
    "a an the of and or but nor to in on at for from by with without within into onto upon about over under "
    "than as is are was were be been being am have has had having do does did will would shall should can "
    "could may might must that which who whom whose this these those it its they them their there here "
    "then so if not no yes per more less most least fewer times time percent ago earlier later before after "
    "since until till during while where when what why how each every all both either neither some any "
    "many much such other another same own only just also even still yet already again out up down off "
    "said says say told tell reported according against between among through across via versus vs "
    "around near toward towards instead rather whether we you he she i me my our your his her us him "
    "plus minus or so-called like unlike including include includes included along amid among next last "
    "come came go goes went despite throughout beyond".split()
)
"""Words that are never the noun counted by a number (function words, verb forms, adverbs of quantity)."""

NOUN_MODIFIERS = ("more", "other", "additional", "extra", "new", "further", "customs")
"""Words between a number and its noun that are never the noun ("250,000 more parcels", "three other airports";
"customs" is always the attribute of its noun: "12 customs officers")."""

NOUN_COORDINATORS = ("and", "or")
"""Conjunctions joining two adjectives between a number and its noun ("9,500 direct and indirect jobs"): read past once an
adjective is read (a general grammar word)."""

NOUNS_CAPITALISED = False
"""Whether every noun is written with a capital (German): then the counted noun is the first capitalised word."""

PLURAL_ENDINGS = ("s",)
"""Endings of a plural noun (the head of a counted noun phrase)."""

NOT_PLURAL_ENDINGS = ("ss",)
"""Endings that look plural but are not ("business")."""

IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "staff", "personnel", "police", "cattle",
                               "data", "media", "workforce", "crew", "feet", "teu",
                               "fte", "ftes"})  # full-time equivalents: "310 FTE"
"""Head nouns whose plural does not end the usual way."""

VERBAL_PREFIXES = ()
"""With VERBAL_SUFFIXES: a singular-looking word after a number that is more likely a participle ("900
promised") than a counted noun. A prefix list (Dutch "ge-", "be-") is required as well when not empty."""

VERBAL_SUFFIXES = ("ed", "ing")
"""Endings of such participles; a lower-case word with one of them is never the head of a counted noun."""

PARALLEL_CONNECTORS = ("to", "and", "or", "against", "versus", "vs", "compared with", "compared to", "from", "another",
                       "a further", "an additional", "an extra",
                       "of whom", "of which", "including", "among them")
"""Words right before a bare number that make it parallel to the count before it ("from 40,000 parcels in 2017
to 90,000 in 2021"): the second number counts the same noun."""

ANAPHORA_VERBS = ("have", "has", "had", "were", "are", "was", "is", "will", "would", "could", "remain",
                  "remained", "should", "may", "might", "must", "come", "came",
                  # a past participle as the predicate of an elided count: "900 promised, 340 filled"
                  "filled", "created", "promised", "pledged", "cut", "lost", "hired")
"""Words right after a bare number that make it a count of a noun mentioned before ("only 450 have been
created", after jobs were mentioned)."""

EXISTENTIAL_BEFORE = ("there are", "there were", "there are now", "there is", "stands at", "stood at", "now stands at")
"""Existential and copular verbs right before a bare number that ends its sentence ("today there are 450."): the number
counts the noun of the count before it."""

CLAUSE_FINAL_VERBS = ()
"""Infinitives ending a clause after a number (German and Dutch verb-final order); none in English."""

QUANTITATIVE_PRONOUN_BEFORE = ()
"""A quantitative pronoun with its verb before a bare number (French "en": "il n'en reste que 40"); none here."""
