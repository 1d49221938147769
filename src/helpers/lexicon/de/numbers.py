"""German: numbers, scale words, units, currencies, hedges, range and rate words (read by helpers.extract).

Same names and shapes as :mod:`helpers.lexicon.en.numbers`, whose docstrings say what each table is for.
German writes "1.200,5" (a point groups thousands, a comma marks decimals), glues number words
("fünfundzwanzig", evaluated by text2num) and capitalises every noun.
"""

THOUSANDS_SEPARATOR = "."

NUMBER_WORDS = (
    "eins ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig "
    "hundert tausend"
).split()

NUMBER_WORD_JOINERS = ()

NUMBER_WORD_GLUE = ("und",)

LONE_NUMBER_WORDS_SKIPPED = frozenset({"ein", "eine", "und", "hundert", "tausend"})

APPROXIMATE_NUMBERS = {"dutzend": 12}

APPROXIMATE_NUMBER_ARTICLES = ("ein", "einem", "einer")

SCALE_WORDS = {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9,
               "billion": 1e12, "billionen": 1e12}
"""The German "Billion" is 10**12."""

SCALE_ABBREVIATIONS = {"mio": 1e6, "mrd": 1e9}

SCALE_ABBREVIATIONS_WITH_CURRENCY = {}

SCALE_ABBREVIATIONS_ATTACHED_ONLY = ()

SCALE_JOINERS = ()

CURRENCY_WORDS = {"us-dollar": "USD", "pfund": "GBP", "franken": "CHF"}

CURRENCY_JOINERS = ()

UNITS = {
    "quadratmeter": ("m2", 1.0), "quadratmetern": ("m2", 1.0), "quadratkilometer": ("m2", 1e6),
    "quadratkilometern": ("m2", 1e6), "hektar": ("m2", 1e4), "hektaren": ("m2", 1e4),
    "prozent": ("percent", 1.0), "prozentpunkte": ("percentage_point", 1.0),
    "prozentpunkten": ("percentage_point", 1.0), "prozentpunkt": ("percentage_point", 1.0),
    "minuten": ("minute", 1.0), "stunden": ("hour", 1.0), "stunde": ("hour", 1.0),
    "tage": ("day", 1.0), "tagen": ("day", 1.0), "wochen": ("week", 1.0), "woche": ("week", 1.0),
    "monate": ("month", 1.0), "monaten": ("month", 1.0), "monat": ("month", 1.0),
    "jahre": ("year", 1.0), "jahren": ("year", 1.0), "jahrzehnte": ("year", 10.0), "jahrzehnten": ("year", 10.0),
    "kilometern": ("km", 1.0), "metern": ("km", 1e-3),
    "tonnen": ("tonne", 1.0), "kilogramm": ("tonne", 1e-3),
}

UNITS_OWN_LANGUAGE = {"tag": ("day", 1.0), "jahr": ("year", 1.0), "std.": ("hour", 1.0)}
""""Tag" is an English word: read only in German."""

HEDGES_BEFORE = {
    "rund": "approx", "etwa": "approx", "ungefähr": "approx", "circa": "approx", "ca.": "approx",
    "zirka": "approx", "schätzungsweise": "approx", "gegen": "approx",
    "knapp": "nearly", "fast": "nearly", "beinahe": "nearly", "annähernd": "nearly", "nahezu": "nearly",
    "kaum": "barely", "gerade einmal": "barely", "gerade mal": "barely", "nur": "only", "lediglich": "only",
    "bloß": "only",
    "mindestens": "at_least", "wenigstens": "at_least", "nicht weniger als": "at_least",
    "mehr als": "more_than", "über": "more_than", "gut": "more_than", "weit über": "more_than",
    "bis zu": "at_most", "höchstens": "at_most", "maximal": "at_most", "nicht mehr als": "at_most",
    "weniger als": "less_than", "unter": "less_than",
    "ziel von": "target", "ein ziel von": "target",
}

HEDGES_AFTER = {"oder mehr": "at_least", "mindestens": "at_least", "höchstens": "at_most", "maximal": "at_most"}

RANGE_OPENERS = ("zwischen", "von")

RANGE_CONNECTORS = ("bis", "und")

RANGE_CONNECTORS_NEEDING_OPENER = ("und",)

RANGE_OPENERS_FOR_AND = ("zwischen",)

RATIO_WORDS = ("von",)

RATE_WORDS = ("pro", "je", "jede", "jeden", "jedes", "im", "für jeden", "für jede", "für jedes", "in der")

RATE_WORDS_TIME_ONLY = ("jede", "jeden", "jedes", "im", "in der")
"""With "im" and "in der" ("15 Euro in der Stunde") only before a unit of time not followed by a year ("1,8 Millionen Tonnen im Jahr", never "im Jahr 2019")."""

RATE_TIME_NOUNS = ("nacht",)

RATE_ADVERBS = ("jährlich", "täglich", "wöchentlich", "monatlich", "nächtlich")
"""Adverbs of frequency that are a rate of time by themselves, right after a figure or before it with at most a
hedge between: the rate is the adverb as written."""

RATE_WORDS_BEFORE = ("pro", "je", "jede", "jeden", "jedes")
"""Rate words that may open a rate of time written before its figure ("each week, about 35 trains", "chaque
année plus de 45 000", "elke nacht ongeveer 35", "pro Tag bis zu 500.000"): general grammar, not a text's cue."""

ADJUNCT_PREPOSITIONS = ("an", "in", "auf", "über", "bei", "verteilt auf")
"""Prepositions of place before a count that is an adjunct of an earlier count ("2,400 staff at seven sites,
twelve in Switzerland"): a number elided after it stands for the earlier count's noun."""

RATE_BLOCKERS = ("in", "innerhalb", "binnen", "nach", "seit", "während", "über", "als", "und", "oder", "aber")
"""Words that, between a figure and a later rate of time, make the time a period or begin another phrase ("500
jobs in a year", "300 jobs and two flights a week"): then no rate is read past them."""

YEAR_WORDS_BEFORE = ("im in seit bis ab von vor nach anfang ende mitte jahr jahres während um gegen zum frühjahr "
                     "sommer herbst winter").split()

TIME_WORDS_BEFORE = "um gegen ab bis von zwischen".split()

TIME_OF_DAY_SUFFIXES = ("uhr",)

CLOCK_WORDS = ("uhr",)

RELATIVE_AFTER = ("zuvor", "später", "früher", "nach")

RELATIVE_BEFORE = ("vor",)

ORDINAL_SUFFIXES = (".",)

STOPWORDS = frozenset(
    "der die das den dem des ein eine einer einem einen eines und oder aber zu in im an am auf aus bei mit nach "
    "von vom vor für über unter um durch gegen ohne seit bis zum zur als wie ist sind war waren wird werden "
    "wurde wurden hat haben hatte hatten sein kann können soll sollen muss müssen mehr weniger noch auch nur "
    "schon pro je mal prozent etwa rund fast knapp nicht kein keine dies diese dieser es er sie wir ihr ich "
    "man sich hier dort wo wann was wer jede jeder alle beide letzte letzten ersten nächste nächsten "
    "vergangenen laut sowie jeweils insgesamt davon".split()
)

NOUN_MODIFIERS = ("weitere", "neue", "zusätzliche", "andere", "neuen", "weiteren", "zusätzlichen", "neuer", "neues")

NOUN_COORDINATORS = ("und", "oder")
"""Conjunctions joining two adjectives between a number and its noun ("900 direkte und indirekte Arbeitsplätze"): read past once an
adjective is read (a general grammar word)."""

NOUNS_CAPITALISED = True

PLURAL_ENDINGS = ("e", "en", "n", "er", "s")

NOT_PLURAL_ENDINGS = ()

IRREGULAR_PLURALS = frozenset({"personal", "leute", "teu", "vzä", "vze", "fte"})  # "310 VZÄ"

VERBAL_PREFIXES = ()

VERBAL_SUFFIXES = ()

CHANGE_VERBS = ("steigt", "steigen", "stieg", "stiegen", "gestiegen", "wächst", "wachsen", "wuchs", "gewachsen",
                "sinkt", "sinken", "sank", "gesunken", "fällt", "fallen", "fiel", "gefallen", "erhöht", "erhöhen",
                "senkt", "senken", "gesenkt", "verdoppelt", "klettert", "kletterte", "geklettert", "zurück")
CHANGE_CONNECTORS = ("auf", "bis")

PARALLEL_CONNECTORS = ("auf", "bis", "und", "oder", "gegenüber", "davon", "darunter", "weitere")

ANAPHORA_VERBS = ("sind", "waren", "wurden", "werden", "haben", "hatten", "bleiben", "blieben", "kommen", "sollen",
                  "müssen", "können", "dürften", "hinzukommen", "hinzukamen", "dazukommen", "dazukamen", "hinzu", "dazu",
                  # ein Partizip als Prädikat einer elliptischen Zahl: "900 versprochen, 340 besetzt"
                  "besetzt", "geschaffen", "versprochen", "gestrichen", "entstanden", "eingestellt", "weggefallen")

EXISTENTIAL_BEFORE = ("sind es", "waren es", "es sind", "es waren", "gibt es", "gab es", "es gibt", "es gab",
                      # mit Modal- oder Hilfsverb, das Verb am Satzende ("sollen es 70 sein"): :data:`CLAUSE_FINAL_VERBS`
                      "sollen es", "werden es", "dürften es", "könnten es", "müssen es", "sollten es")
"""Existenzverben direkt vor einer Zahl, die den Satz beendet ("heute sind es 450."): sie zählt das Nomen der Zählung davor."""

CLAUSE_FINAL_VERBS = ("sein", "werden", "bleiben")
"""Infinitive am Satzende nach einer Zahl in Verbendstellung ("nach dem Ausbau sollen es 70 sein.")."""

QUANTITATIVE_PRONOUN_BEFORE = ()
"""A quantitative pronoun with its verb before a bare number (French "en": "il n'en reste que 40"); none here."""
