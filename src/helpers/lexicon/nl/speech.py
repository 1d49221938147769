"""Dutch: speech verbs, attribution phrases, titles and role nouns, pronouns, quotation marks.

Plain data, read by :mod:`helpers.extract.attribution`, :mod:`helpers.extract.quotes` and
:mod:`helpers.extract.speakers`. Lower case; matching folds accents and typographic apostrophes. General vocabulary of
the language, never phrases of one article.
"""

SPEECH_VERBS = (
    "zegt", "zeggen", "zei", "zeiden", "gezegd", "verklaart", "verklaren", "verklaarde", "verklaarden", "verklaard",
    "stelt", "stellen", "stelde", "stelden", "gesteld", "meent", "menen", "meende", "gemeend", "benadrukt",
    "benadrukte", "benadrukken", "vertelt", "vertelde", "verteld", "liet weten", "laat weten", "lieten weten",
    "waarschuwt", "waarschuwde", "gewaarschuwd", "legt uit", "legde uit", "uitgelegd", "voegt toe",
    "voegde toe", "voegt eraan toe", "voegde eraan toe", "toegevoegd", "denkt", "dacht", "vindt", "vond",
    "schat", "schatte", "geschat", "schrijft", "schreef", "geschreven", "merkt op", "merkte op", "opgemerkt",
    "onderstreept", "onderstreepte", "antwoordt", "antwoordde", "geantwoord", "bevestigt", "bevestigde",
    "bevestigd", "kondigt aan", "kondigde aan", "aangekondigd", "erkent", "erkende", "erkend", "beweert",
    "beweerde", "beweerd", "reageert", "reageerde", "gereageerd", "belooft", "beloofde", "beloofd", "wijst erop",
    "wees erop", "klaagt", "klaagde", "vertelt", "zegde", "zegden", "herhaalt", "herhaalde", "besluit",
    "concludeert", "concludeerde", "verduidelijkt", "verduidelijkte", "benadrukken", "vreest", "vreesde",
    "hekelt", "hekelde", "meldt", "meldde", "gemeld", "meldden", "houdt vol", "hield vol", "wijst op", "wees op", "preciseert", "preciseerde", "noemt", "noemde", "rekent voor", "rekende voor",
    "vraagt", "vroeg", "vroegen", "gevraagd", "verwacht", "verwachtte", "verwachtten",
    "eist", "eiste", "eisten", "geëist", "vreesden", "gevreesd", "rekent", "rekende",
    "verzekert", "verzekerde", "verzekerd", "voorspelt", "voorspelde", "voorspeld", "berekent", "berekende",
)
"""Speech verbs in every tense and person (separable verbs with their particle). The infinitive of a verb whose
infinitive also closes clauses after a modal ("erwarten durfte", "mocht verwachten") is left out."""

AUXILIARIES = ("heeft", "hebben", "had", "hadden", "is", "zal", "zou", "ook", "nog", "al", "toen", "dan", "wel",
               "eerder", "nog eens")
"""Words that may stand between a subject and its speech verb ("heeft gezegd", "zei ook")."""

COMPLEMENTIZERS = ("dat",)
"""Words opening a reported clause after a speech verb."""

SOURCE_BEFORE = ("volgens", "naar zeggen van", "naar verluidt van", "naar eigen zeggen van")
"""Phrases whose speaker follows them and which govern the rest of their sentence ("volgens X ...")."""

SOURCE_AFTER = ("aldus", "zo zegt", "zo stelt", "zo zei", "zo verklaarde", "zo meent")
"""Phrases whose speaker follows them and which govern what precedes them ("..., aldus X")."""

SOURCE_POSTPOSED = ()
"""Phrases that follow their speaker and govern the rest of the sentence."""

ECHO_PHRASES = ("dat zegt", "dat zei", "dat stelt", "dat stelde", "dat verklaarde", "dat meent", "dat schrijft",
                "dat vertelt", "dat vertelde", "dat liet", "dat bevestigt", "dat bevestigde", "dat benadrukt",
                "dat zeggen", "dat zeiden", "dat laat")
"""A sentence opening that attributes the previous sentence to the speaker named after it ("Dat zegt X.")."""

TIME_WORDS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "gisteren", "vandaag",
              "eerder", "vorige week", "deze week", "ook", "nog", "dan", "toen", "verder", "nog eens", "wel",
              "in een persbericht", "in een verklaring", "op een persconferentie", "aan de pers", "tegen de pers",
              "in een interview", "op de radio", "aan deze krant", "tegen deze krant", "daarover")
"""Words that may stand between a speech verb and its speaker ("zei dinsdag minister ...")."""

PERSONAL_PRONOUNS = ("hij", "zij", "ze", "hem", "haar", "hen", "laatstgenoemde", "deze laatste")
"""Pronouns that stand for the last person named."""

FIRST_PERSON = ("ik", "wij", "we")
"""First-person pronouns."""

DETERMINERS = ("de", "het", "een", "deze", "dit", "die", "zijn", "haar", "hun", "onze", "ons")
"""Determiners that may open a speaker's noun phrase."""

NAME_PARTICLES = ("de", "van", "der", "den", "von", "ten", "ter", "'t", "van't", "vande", "le", "la", "du", "des",
                  "d'", "di", "da", "del", "dos", "in 't")
"""Lower-case words that may stand inside a person's name."""

TITLES = ("dhr", "dhr.", "mevr", "mevr.", "meneer", "mevrouw", "mr", "mr.", "dr", "dr.", "prof", "prof.", "ir", "ir.")
"""Courtesy titles before a name."""

ROLE_NOUNS = (
    "minister", "staatssecretaris", "minister-president", "woordvoerder", "woordvoerster", "directeur",
    "directrice", "algemeen directeur", "gedelegeerd bestuurder", "topman", "topvrouw", "ceo", "voorzitter",
    "ondervoorzitter", "baas", "verantwoordelijke", "hoofd", "burgemeester", "schepen", "gouverneur", "econoom",
    "professor", "hoogleraar", "onderzoeker", "onderzoekster", "analist", "expert", "deskundige", "advocaat",
    "adviseur", "ambassadeur", "commissaris", "kamerlid", "parlementslid", "senator", "oprichter",
    "vertegenwoordiger", "vakbondsman", "vakbondsvrouw", "syndicalist", "activist", "activiste", "bewoner",
    "buurtbewoner", "omwonende", "boer", "chauffeur", "premier", "leider", "bestuurder", "ingenieur", "consultant",
    "secretaris", "beheerder", "bestuur", "bestuurder", "woordvoering", "administratie", "organisaties", "verenigingen", "vakbonden", "bedrijven", "bewoners", "experts",
    "analisten", "overheid", "provincie", "autoriteiten", "agentschap", "ministerie", "regering", "bedrijf", "groep",
    "vakbond", "haven", "luchthaven", "federatie", "vereniging", "raad", "commissie", "politie", "douane",
    "directie", "kabinet", "dienst", "diensten", "stad", "gemeente", "actiegroep", "bond",
    "observatorium", "instituut", "netwerk", "bank", "hof", "partij", "kamer", "organisatie", "alliantie",
    "manager", "afgevaardigde", "vakbondsafgevaardigde", "gedeputeerde", "wethouder", "raadslid",
    "gemeenteraadslid", "directeur-generaal", "secretaris-generaal", "inspecteur", "ambtenaar", "medewerker",
    "voorzitster", "penningmeester", "wetenschapper", "politicus", "coördinator", "lid", "zegsman", "zegsvrouw",
    "vakbondsleider", "ondernemer",
    "havenmeester", "meester", "havenkapitein",
)
"""Nouns that present a source by role (people and organisations); also as the last part of a compound
("KU Leuven-econoom", "havenwoordvoerder")."""

PERSON_ROLES = (
    "minister", "staatssecretaris", "woordvoerder", "woordvoerster", "directeur", "directrice", "topman",
    "topvrouw", "ceo", "voorzitter", "baas", "burgemeester", "schepen", "gouverneur", "econoom", "professor",
    "hoogleraar", "onderzoeker", "onderzoekster", "analist", "expert", "deskundige", "advocaat", "adviseur",
    "ambassadeur", "commissaris", "kamerlid", "senator", "oprichter", "premier", "bestuurder",
    "manager", "afgevaardigde", "vakbondsafgevaardigde", "gedeputeerde", "wethouder", "raadslid",
    "gemeenteraadslid", "directeur-generaal", "secretaris-generaal", "inspecteur", "ambtenaar", "medewerker",
    "voorzitster", "penningmeester", "wetenschapper", "politicus", "coördinator", "zegsman", "zegsvrouw",
    "vakbondsleider", "ondernemer",
    "vakbondsman", "vakbondsvrouw", "activist", "activiste", "bewoner", "buurtbewoner", "omwonende", "ingenieur",
    "consultant", "secretaris", "ondervoorzitter", "vertegenwoordiger", "algemeen directeur", "verantwoordelijke",
    "leider",
    "havenmeester", "meester", "havenkapitein",
)
"""Role nouns that name a person."""

DOCUMENT_NOUNS = ("rapport", "verslag", "studie", "onderzoek", "verklaring", "persbericht", "analyse", "nota",
                  "brief", "document", "schatting", "schattingen", "cijfers", "gegevens", "berekeningen", "prognose")
"""Nouns of a written source: "volgens een rapport van X" names X."""

CLAUSE_WORDS = ("is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "zal", "zullen", "zou", "zouden",
                "heeft", "hebben", "had", "kan", "kunnen", "moet", "moeten", "gaat", "gaan", "komt", "komen", "er",
                "het", "dat", "die", "dit", "in", "op", "voor", "met")
"""Words that end a speaker's noun phrase and start the clause it governs ("volgens X zijn er ...")."""

CLAUSE_VERBS = ("ben", "bent", "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heb", "hebt",
                "heeft", "hebben", "had", "hadden", "zal", "zult", "zullen", "zou", "zouden", "kan", "kunnen", "kon",
                "konden", "moet", "moeten", "moest", "moesten", "mag", "mogen", "mocht", "wil", "willen", "wilde")
"""Finite auxiliary and modal verbs: after a noun phrase they make it the subject of a new clause, so the phrase is
no inverted speech tag."""

COMPANY_NOUNS = ("bedrijf", "bedrijven", "groep", "concern", "onderneming", "firma", "maatschappij",
                 "vervoerder", "uitbater", "exploitant", "investeerder", "koper", "overnemer", "fabrikant",
                 "autobouwer", "gigant", "reus", "rederij", "dochterbedrijf", "dochter", "multinational")
"""Nouns that name a company without its name ("het bedrijf", "de groep", "de rederij"): later mentions of the
company named before."""

NOUN_ENDINGS = ("s",)
"""Inflection endings of a noun (the plural -s: "haar woordvoerders"), taken off before a
look-up in the role nouns."""

INDEFINITE_ARTICLES = ("een",)
"""Indefinite articles: a role noun after one introduces a new source ("a logistics group"), never a later mention."""

INTENSIFIERS = ("zelf", "zelve")
"""Words that stress a noun phrase without changing what it names ("the company itself", "der Konzern selbst")."""

FIRST_PERSON_POSSESSIVES = ("onze", "ons")
"""First-person possessives: outside quotations a source "of ours" ("our calculations", "les calculs de notre
rédaction") is the outlet itself."""

ORG_NAME_WORDS = ("group", "holding", "holdings", "logistics", "motors", "express", "shipping", "airlines",
                  "airways", "rail", "capital", "partners", "industries", "technologies", "energy", "systems",
                  "ventures", "networks", "network", "international", "corp", "corporation", "inc", "ltd", "plc",
                  "llc", "ag", "gmbh", "sa", "nv", "bv", "se", "spa", "groep", "vof", "cv", "maatschappij")
"""Words that end the names of companies (sectors and legal forms: "Dragonfly Motors", "Lanhai Logistics", "Zhenghe
AG"): a name with one is an organisation, not a person."""

AND_WORDS = ("en", "&")
"""Coordinating "and": inside a name after an of-word it joins its parts ("Administratie van Douane en Accijnzen",
"Ministry of Trade and Industry")."""

SELF_SOURCES = ("naar eigen zeggen", "volgens eigen cijfers", "volgens eigen zeggen", "naar eigen schatting")
"""Phrases that make the subject of their own clause the source ("Nach eigenen Angaben hat der Konzern X ...", "by its
own account, X has ..."): the name named next in the sentence speaks."""

PRONOUN_SOURCES = ("naar zijn zeggen", "naar haar zeggen", "volgens zijn cijfers", "volgens haar cijfers", "naar zijn mening", "naar haar mening")
"""Phrases that attribute their sentence to the person named last ("Nach seinen Worten arbeiten ...", "in her view
...")."""

POSSESSIVES = ("zijn", "haar", "hun")
"""Third-person possessives that may stand for an organisation before a role ("its spokesman", "ses représentants",
"haar woordvoerder", "ihr Sprecher"): the organisation named before speaks through them."""

CONNECTORS = ("maar", "en", "of", "dus", "toch", "echter", "ook", "dan", "nu", "alle", "als", "toen", "terwijl", "in", "op", "na", "sinds", "met", "bij")
"""Sentence connectors and prepositions that open a sentence: never part of a speaker's name ("But Beijing said ..." names Beijing)."""

RECIPIENT_PREPOSITIONS = ("aan", "tegen", "tegenover", "bij", "voor")
"""Prepositions of a hearer or a place between a speech verb and its speaker ("a expliqué à l'agence la porte-parole")."""

INTERVIEW_ANSWER = ("a", "antwoord")
"""Labels of an interview answer at the start of a paragraph ("A: ..."): the interviewee speaks."""

INTERVIEW_QUESTION = ("v", "vraag")
"""Labels of an interview question ("Q: ...")."""

INVERSION_ADVERBS = ("zo", "zoals")
"""Words after a comma that introduce an inverted speech tag ("..., zo bevestigde de provincie", "..., so X")."""

SOURCE_OPENING = ("voor",)
"""Words that attribute the rest of a sentence only when they open it, followed by a name and a comma ("Pour X, ...")."""

ECHO_DEMONSTRATIVES = ("dat", "dit", "zo")
"""A sentence opening with one of these and a speech verb attributes the previous sentence ("Das bestätigte X.")."""

REPORTED_MOOD = ()
"""Verb forms of reported speech (German Konjunktiv I): a sentence with one continues the previous speaker."""

QUOTE_PAIRS = (("\u201e", "\u201d"), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ('"', '"'), ("'", "'"))
"""Quotation marks of the language: (opening, closing)."""
