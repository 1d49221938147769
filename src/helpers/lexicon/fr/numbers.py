"""French: numbers, scale words, units, currencies, hedges, range and rate words (read by helpers.extract).

Same names and shapes as :mod:`helpers.lexicon.en.numbers`, whose docstrings say what each table is for.
"""

THOUSANDS_SEPARATOR = "."

NUMBER_WORDS = (
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts "
    "trente quarante cinquante soixante cent cents mille"
).split()

NUMBER_WORD_JOINERS = ("et",)

NUMBER_WORD_GLUE = ()

LONE_NUMBER_WORDS_SKIPPED = frozenset({"un", "une"})

APPROXIMATE_NUMBERS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
                        "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}

APPROXIMATE_NUMBER_ARTICLES = ("une",)

SCALE_WORDS = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
               "billion": 1e12, "billions": 1e12}
"""The French "billion" is 10**12."""

SCALE_ABBREVIATIONS = {"mds": 1e9}

SCALE_ABBREVIATIONS_WITH_CURRENCY = {"md": 1e9}
""""md" is also a doctor: read only next to a currency."""

SCALE_ABBREVIATIONS_ATTACHED_ONLY = ()

SCALE_JOINERS = ("de", "des", "d'")

CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "dollars américains": "USD",
    "yuan": "CNY", "yuans": "CNY", "livre sterling": "GBP", "livres sterling": "GBP",
    # the franc in use since 2002 is the Swiss one (French and Belgian francs ended with the euro)
    "franc": "CHF", "francs": "CHF", "franc suisse": "CHF", "francs suisses": "CHF",
}

CURRENCY_JOINERS = ("de", "d'")

UNITS = {
    "mètres carrés": ("m2", 1.0), "mètre carré": ("m2", 1.0), "metres carres": ("m2", 1.0),
    "hectare": ("m2", 1e4), "hectares": ("m2", 1e4), "kilomètres carrés": ("m2", 1e6),
    "pour cent": ("percent", 1.0), "pourcent": ("percent", 1.0),
    "points de pourcentage": ("percentage_point", 1.0),
    "minutes": ("minute", 1.0), "minute": ("minute", 1.0), "heures": ("hour", 1.0), "heure": ("hour", 1.0),
    "jours": ("day", 1.0), "jour": ("day", 1.0), "journées": ("day", 1.0),
    "semaines": ("week", 1.0), "semaine": ("week", 1.0), "mois": ("month", 1.0),
    "années": ("year", 1.0), "année": ("year", 1.0), "décennies": ("year", 10.0),
    "kilomètres": ("km", 1.0), "kilomètre": ("km", 1.0), "mètres": ("km", 1e-3), "mètre": ("km", 1e-3),
    "tonnes": ("tonne", 1.0), "tonne": ("tonne", 1.0), "kilos": ("tonne", 1e-3), "kilo": ("tonne", 1e-3),
    "kilogrammes": ("tonne", 1e-3),
}

UNITS_OWN_LANGUAGE = {"ans": ("year", 1.0), "an": ("year", 1.0)}
""""an" is an English article: read only in French."""

HEDGES_BEFORE = {
    "environ": "approx", "d'environ": "approx", "quelque": "approx", "quelques": "approx",
    "approximativement": "approx", "autour de": "approx", "aux alentours de": "approx",
    "à peu près": "approx", "de l'ordre de": "approx", "grosso modo": "approx",
    "près de": "nearly", "presque": "nearly", "quasi": "nearly", "quasiment": "nearly",
    "pratiquement": "nearly", "pas loin de": "nearly", "un peu moins de": "nearly",
    "à peine": "barely", "tout juste": "barely", "seulement": "only", "uniquement": "only",
    "au moins": "at_least", "pas moins de": "at_least", "au minimum": "at_least", "un minimum de": "at_least",
    "minimum": "at_least",
    "plus de": "more_than", "au-delà de": "more_than", "un peu plus de": "more_than",
    "bien plus de": "more_than", "largement plus de": "more_than",
    "au maximum": "at_most", "au plus": "at_most", "tout au plus": "at_most", "jusqu'à": "at_most",
    "un maximum de": "at_most", "pas plus de": "at_most", "maximum": "at_most",
    "moins de": "less_than", "ne dépasse pas": "at_most", "ne dépassent pas": "at_most",
    "objectif de": "target", "un objectif de": "target", "l'objectif de": "target",
}

HEDGES_AFTER = {
    "au maximum": "at_most", "au plus": "at_most", "tout au plus": "at_most",
    "au minimum": "at_least", "au moins": "at_least", "ou plus": "at_least",
    "environ": "approx", "à peu près": "approx",
}

RANGE_OPENERS = ("entre", "de", "d'", "du", "des")

RANGE_CONNECTORS = ("à", "a", "et", "au")

RANGE_CONNECTORS_NEEDING_OPENER = ("et",)

RANGE_OPENERS_FOR_AND = ("entre",)

RATIO_WORDS = ("sur",)

RATE_WORDS = ("par", "chaque", "pour chaque")

RATE_WORDS_TIME_ONLY = ("chaque",)

RATE_TIME_NOUNS = ("nuit",)

RATE_ADVERBS = ("annuellement", "quotidiennement", "mensuellement", "hebdomadairement")
"""Adverbs of frequency that are a rate of time by themselves, right after a figure or before it with at most a
hedge between: the rate is the adverb as written."""

RATE_WORDS_BEFORE = ("par", "chaque")
"""Rate words that may open a rate of time written before its figure ("each week, about 35 trains", "chaque
année plus de 45 000", "elke nacht ongeveer 35", "pro Tag bis zu 500.000"): general grammar, not a text's cue."""

ADJUNCT_PREPOSITIONS = ("dans", "sur", "en", "à travers", "parmi", "répartis sur", "répartis dans")
"""Prepositions of place before a count that is an adjunct of an earlier count ("2,400 staff at seven sites,
twelve in Switzerland"): a number elided after it stands for the earlier count's noun."""

RATE_BLOCKERS = ("en", "dans", "pendant", "durant", "depuis", "après", "sur", "que", "et", "ou", "mais")
"""Words that, between a figure and a later rate of time, make the time a period or begin another phrase ("500
jobs in a year", "300 jobs and two flights a week"): then no rate is read past them."""

YEAR_WORDS_BEFORE = ("en depuis dès des à au jusqu'en d'ici début fin mi courant avant après année l'an printemps "
                     "été automne hiver vers l'année").split()

TIME_WORDS_BEFORE = "à vers dès jusqu'à depuis de entre".split()

TIME_OF_DAY_SUFFIXES = ("h",)

CLOCK_WORDS = ()

RELATIVE_AFTER = ("plus tôt", "plus tard", "auparavant", "après")

RELATIVE_BEFORE = ("il y a", "voici", "cela fait", "dans", "d'ici")

ORDINAL_SUFFIXES = ("er", "e")

STOPWORDS = frozenset(
    "de du des d le la les l un une et ou mais ni à a au aux en dans sur sous pour par avec sans chez vers "
    "contre entre depuis pendant avant après afin dont que qu qui quoi ce cet cette ces se s sa son ses "
    "leur leurs lui elle il ils elles on nous vous je me te y ne n pas plus moins fois est sont était "
    "étaient sera seront serait seraient été être ont avait avaient aura auront aurait avoir fait font "
    "dernier derniers dernière dernières premier premiers prochains prochaines suivants environ maximum "
    "minimum selon comme lors dès jusqu jusque si déjà encore aussi tous toutes tout chacun chaque "
    "pourcent soit hors parmi près loin via quand où autour durant malgré envers hormis outre".split()
)

NOUN_MODIFIERS = ("autres", "nouveaux", "nouvelles", "supplémentaires")

NOUN_COORDINATORS = ("et", "ou")
"""Conjunctions joining two adjectives between a number and its noun ("1 200 petites et moyennes entreprises"): read past once an
adjective is read (a general grammar word)."""

NOUNS_CAPITALISED = False

PLURAL_ENDINGS = ("s", "x")

NOT_PLURAL_ENDINGS = ()

IRREGULAR_PLURALS = frozenset({"personnel", "gens", "effectif", "evp", "teu", "etp", "fte"})  # "310 ETP"

VERBAL_PREFIXES = ()

VERBAL_SUFFIXES = ("é", "ée")
""""-és"/"-ées" are left out: "salariés", "employés", "retraités" are counted nouns."""

CHANGE_VERBS = ("passe", "passent", "passer", "passé", "passée", "passera", "passeront", "passait", "augmente",
                "augmentent", "augmenté", "augmentera", "baisse", "baissent", "baissé", "diminue", "diminuent",
                "diminué", "grimpe", "grimpent", "grimpé", "recule", "reculent", "reculé", "chute", "chuté",
                "progresse", "progressé", "croît", "croissent", "porte", "portent", "porté", "portera", "portant",
                "relève", "relevé", "réduit", "réduite", "double", "doublé")
CHANGE_CONNECTORS = ("à",)

PARALLEL_CONNECTORS = ("à", "et", "ou", "contre", "face à", "par rapport à", "dont", "parmi lesquels", "soit",
                       "encore")

ANAPHORA_VERBS = ("ont", "sont", "seront", "étaient", "avaient", "auront", "restent", "resteront", "devraient",
                  "pourraient", "doivent", "viendront", "s'ajouteront", "s’ajouteront", "ont-ils",
                  "sont-ils",
                  # un participe passé prédicat d'un nombre elliptique : "1 200 promis, 340 pourvus"
                  "pourvus", "pourvues", "créés", "créées", "promis", "promises", "supprimés", "supprimées", "perdus",
                  "recrutés", "recrutées", "embauchés", "embauchées")

EXISTENTIAL_BEFORE = ("il y en a", "il y en avait", "on en compte", "on en comptait", "on en est à", "ils sont", "elles sont", "ils étaient", "elles étaient")
"""Verbes existentiels juste avant un nombre qui clôt la phrase (« on en compte aujourd'hui 450. ») : il compte le nom
du compte qui précède."""

CLAUSE_FINAL_VERBS = ()
"""Infinitifs en fin de proposition après un nombre (ordre verbe final de l'allemand et du néerlandais) ; aucun en français."""

QUANTITATIVE_PRONOUN_BEFORE = (
    "en compte", "n'en compte que", "n’en compte que", "en comptait", "n'en comptait que", "n’en comptait que",
    "en reste", "n'en reste que", "n’en reste que", "en restait", "n'en restait que", "n’en restait que",
    "il y en a", "il n'y en a que", "il n’y en a que", "il y en avait", "il n'y en avait que", "il n’y en avait que",
    "en emploie", "n'en emploie que", "n’en emploie que",
)
"""Le pronom « en » avec son verbe juste avant un nombre nu (« le site n'en compte que 620 en contrat fixe », « il en
reste 40 ») : « en » reprend le nom compté avant, le nombre compte ce nom où que finisse la proposition."""
