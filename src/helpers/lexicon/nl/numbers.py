"""Dutch: numbers, scale words, units, currencies, hedges, range and rate words (read by helpers.extract).

Same names and shapes as :mod:`helpers.lexicon.en.numbers`, whose docstrings say what each table is for.
"""

THOUSANDS_SEPARATOR = "."

NUMBER_WORDS = (
    "één een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd "
    "duizend"
).split()

NUMBER_WORD_JOINERS = ("en",)

NUMBER_WORD_GLUE = ("en", "ën")

LONE_NUMBER_WORDS_SKIPPED = frozenset({"een", "en"})

APPROXIMATE_NUMBERS = {"tiental": 10, "dozijn": 12, "twintigtal": 20, "dertigtal": 30, "veertigtal": 40, "vijftigtal": 50,
                        "honderdtal": 100}

APPROXIMATE_NUMBER_ARTICLES = ("een",)

SCALE_WORDS = {"duizend": 1e3, "miljoen": 1e6, "miljoenen": 1e6, "miljard": 1e9, "miljarden": 1e9,
               "biljoen": 1e12, "million": 1e6, "billion": 1e9}

SCALE_ABBREVIATIONS = {"mln": 1e6, "mld": 1e9}

SCALE_ABBREVIATIONS_WITH_CURRENCY = {}

SCALE_ABBREVIATIONS_ATTACHED_ONLY = ()

SCALE_JOINERS = ("van",)

CURRENCY_WORDS = {"pond": "GBP", "ponden": "GBP", "amerikaanse dollar": "USD", "zwitserse frank": "CHF",
                  "zwitserse franken": "CHF"}

CURRENCY_JOINERS = ()

UNITS = {
    "vierkante meter": ("m2", 1.0), "vierkante meters": ("m2", 1.0), "vierkante kilometer": ("m2", 1e6),
    "procent": ("percent", 1.0), "procentpunten": ("percentage_point", 1.0), "procentpunt": ("percentage_point", 1.0),
    "minuten": ("minute", 1.0), "uur": ("hour", 1.0), "uren": ("hour", 1.0),
    "dagen": ("day", 1.0), "dag": ("day", 1.0), "weken": ("week", 1.0),
    "maanden": ("month", 1.0), "maand": ("month", 1.0), "jaar": ("year", 1.0), "jaren": ("year", 1.0),
    "decennia": ("year", 10.0), "tonnen": ("tonne", 1.0),
}

UNITS_OWN_LANGUAGE = {"u": ("hour", 1.0)}
""""72u": read only in Dutch, and only attached to the number."""

HEDGES_BEFORE = {
    "ongeveer": "approx", "zo'n": "approx", "circa": "approx", "ca": "approx", "rond de": "approx",
    "rond": "approx", "rondom": "approx", "om en bij": "approx", "om en nabij": "approx",
    "pakweg": "approx", "ruwweg": "approx", "naar schatting": "approx",
    "bijna": "nearly", "nagenoeg": "nearly", "haast": "nearly", "net geen": "nearly", "bijkans": "nearly",
    "amper": "barely", "nauwelijks": "barely", "ternauwernood": "barely", "slechts": "only",
    "maar liefst": "", "minstens": "at_least", "ten minste": "at_least", "tenminste": "at_least",
    "minimaal": "at_least", "op zijn minst": "at_least", "minimum": "at_least",
    "meer dan": "more_than", "ruim": "more_than", "boven de": "more_than", "dik": "more_than",
    "hoogstens": "at_most", "maximaal": "at_most", "ten hoogste": "at_most", "maximum": "at_most",
    "tot maximaal": "at_most", "oplopend tot": "at_most", "tot wel": "at_most",
    "minder dan": "less_than", "nog geen": "less_than", "onder de": "less_than",
    "streefcijfer van": "target", "doelstelling van": "target",
}

HEDGES_AFTER = {"maximaal": "at_most", "hoogstens": "at_most", "of meer": "at_least", "minstens": "at_least",
                "ongeveer": "approx"}

RANGE_OPENERS = ("tussen", "van", "vanaf")

RANGE_CONNECTORS = ("tot", "en", "à")
""""10 à 15 jaar": Belgian Dutch borrows the French "à"."""

RANGE_CONNECTORS_NEEDING_OPENER = ("en",)

RANGE_OPENERS_FOR_AND = ("tussen",)

RATIO_WORDS = ("op de", "op")

RATE_WORDS = ("per", "elke", "elk", "iedere", "ieder", "voor elke", "voor iedere")

RATE_WORDS_TIME_ONLY = ("elke", "elk", "iedere", "ieder")

RATE_TIME_NOUNS = ("nacht",)

RATE_ADVERBS = ("jaarlijks", "dagelijks", "wekelijks", "maandelijks")
"""Adverbs of frequency that are a rate of time by themselves, right after a figure or before it with at most a
hedge between: the rate is the adverb as written."""

RATE_WORDS_BEFORE = ("per", "elke", "elk", "iedere", "ieder")
"""Rate words that may open a rate of time written before its figure ("each week, about 35 trains", "chaque
année plus de 45 000", "elke nacht ongeveer 35", "pro Tag bis zu 500.000"): general grammar, not a text's cue."""

ADJUNCT_PREPOSITIONS = ("in", "op", "over", "bij", "verspreid over")
"""Prepositions of place before a count that is an adjunct of an earlier count ("2,400 staff at seven sites,
twelve in Switzerland"): a number elided after it stands for the earlier count's noun."""

RATE_BLOCKERS = ("in", "binnen", "over", "na", "sinds", "tijdens", "gedurende", "dan", "en", "of", "maar")
"""Words that, between a figure and a later rate of time, make the time a period or begin another phrase ("500
jobs in a year", "300 jobs and two flights a week"): then no rate is read past them."""

YEAR_WORDS_BEFORE = "in sinds sedert vanaf tot tegen eind einde begin midden medio voor na jaar van vóór".split()

TIME_WORDS_BEFORE = "om tegen vanaf tot van rond tussen".split()

TIME_OF_DAY_SUFFIXES = ("uur", "u")

CLOCK_WORDS = ()

RELATIVE_AFTER = ("geleden", "eerder", "later", "na")

RELATIVE_BEFORE = ()

ORDINAL_SUFFIXES = ("ste", "de", "e")

STOPWORDS = frozenset(
    "de het een en of maar noch van in op aan voor met bij tot uit naar om over door onder tegen tussen "
    "sinds na zonder binnen buiten is zijn was waren wordt worden werd werden heeft hebben had hadden zal "
    "zullen zou zouden kan kunnen kon konden moet moeten mag mogen die dat dit deze er niet geen meer "
    "minder dan als ook nog al wel keer maal per procent ongeveer bijna zo te ze zij hij we wij jullie u "
    "je ik hun haar zich hier daar waar wanneer hoe wat wie welke elk elke alle beide vorige laatste "
    "eerste volgende geleden volgens gekomen bijgekomen gebleven overgebleven geschapen ontstaan weggevallen gevonden verloren rond rondom omstreeks via vanaf langs naast boven beneden achter tijdens gedurende dankzij wegens ondanks omtrent sedert behalve jegens voorbij".split()
)

NOUN_MODIFIERS = ("extra", "andere", "nieuwe")

NOUN_COORDINATORS = ("en", "of")
"""Conjunctions joining two adjectives between a number and its noun ("900 directe en indirecte banen"): read past once an
adjective is read (a general grammar word)."""

NOUNS_CAPITALISED = False

PLURAL_ENDINGS = ("en", "s", "'s")
""""auto's", "collega's": Dutch writes an apostrophe before the plural s after a vowel."""

NOT_PLURAL_ENDINGS = ()

IRREGULAR_PLURALS = frozenset({"personeel", "mensen", "teu", "vte", "fte"})  # "310 VTE"

VERBAL_PREFIXES = ("ge", "be", "ver", "ont", "her", "aange", "afge", "bijge", "inge", "meege", "opge", "overge",
                   "terugge", "toege", "uitge", "voorge", "vastge", "wegge")

VERBAL_SUFFIXES = ("d", "t")

CHANGE_VERBS = ("groeit", "groeien", "groeide", "groeiden", "gegroeid", "stijgt", "stijgen", "steeg", "stegen",
                "gestegen", "daalt", "dalen", "daalde", "daalden", "gedaald", "neemt", "nam", "namen", "toegenomen",
                "afgenomen", "verhoogd", "verhoogt", "verlaagd", "verlaagt", "verdubbelt", "verdubbeld", "gaat",
                "ging", "brengt", "bracht", "gebracht", "klimt", "klom", "zakt", "zakte")
CHANGE_CONNECTORS = ("tot", "naar")

PARALLEL_CONNECTORS = ("tot", "en", "of", "tegen", "tegenover", "naar", "waarvan", "onder wie", "van wie", "nog",
                       "er")

ANAPHORA_VERBS = ("zijn", "waren", "werden", "worden", "zullen", "hebben", "blijven", "bleven", "komen", "moeten",
                  "kunnen", "zouden", "bijkomen", "erbij",
                  # een voltooid deelwoord als gezegde van een elliptisch aantal: "900 beloofd, 340 ingevuld"
                  "ingevuld", "gecreëerd", "beloofd", "geschrapt", "verdwenen", "aangeworven", "aangenomen",
                  # sterke deelwoorden (ge-...-en) lijken op een meervoud: ze staan ook in STOPWORDS, nooit een naamwoord
                  "gekomen", "bijgekomen", "gebleven", "overgebleven", "geschapen", "ontstaan", "weggevallen",
                  "gevonden", "verloren", "gesneuveld")

EXISTENTIAL_BEFORE = ("zijn er", "waren er", "er zijn", "er waren", "zijn het", "waren het", "zijn dat er", "waren dat er",
                      # met een hulp- of modaal werkwoord, het werkwoord achteraan ("zullen er 500 zijn"): :data:`CLAUSE_FINAL_VERBS`
                      "zullen er", "zouden er", "moeten er", "zullen het", "zouden het", "moeten het")
"""Existentiële werkwoorden vlak voor een getal dat de zin afsluit ("vandaag zijn er 450."): het telt het naamwoord van
de telling ervoor."""

CLAUSE_FINAL_VERBS = ("zijn", "worden", "blijven")
"""Infinitieven achteraan na een getal in werkwoordfinale volgorde ("na de uitbreiding zullen er 500 zijn.")."""

QUANTITATIVE_PRONOUN_BEFORE = ()
"""A quantitative pronoun with its verb before a bare number (French "en": "il n'en reste que 40"); none here."""
