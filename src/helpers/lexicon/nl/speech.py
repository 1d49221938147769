"""Dutch: speech verbs, attribution phrases, titles and role nouns, pronouns, quotation marks.

Plain data, read by :mod:`helpers.extract.attribution`, :mod:`helpers.extract.quotes` and
:mod:`helpers.extract.speakers`. Lower case; matching folds accents and typographic apostrophes. General vocabulary of
the language, never phrases of one article.
"""

_SPEECH_VERB_FORMS = ("vroeg", "verwacht", "verwachtte", "verwachtten", "rekent", "rekende", "verzekerd", "berekent",
    "berekende")
"""Speech verb forms outside the paradigms below (forms with a word after them, rarer verbs); merged into
:data:`SPEECH_VERBS`."""

SPEECH_VERB_PARADIGMS = {
    "verwelkomen": ("verwelkomt", "verwelkomen", "verwelkomde", "verwelkomden", "verwelkomd"),
    "zeggen": ("zegt", "zeggen", "zei", "zeiden", "zegde", "zegden", "gezegd", "zeggend"),
    "verklaren": ("verklaart", "verklaren", "verklaarde", "verklaarden", "verklaard"),
    "stellen": ("stelt", "stellen", "stelde", "stelden", "gesteld"),
    "menen": ("meent", "menen", "meende", "meenden", "gemeend"),
    "benadrukken": ("benadrukt", "benadrukken", "benadrukte", "benadrukten"),
    "vertellen": ("vertelt", "vertellen", "vertelde", "vertelden", "verteld"),
    "laten weten": (
        "laat weten", "laten weten", "liet weten", "lieten weten", "weten liet", "weten lieten", "laat optekenen",
        "liet optekenen"),
    "waarschuwen": ("waarschuwt", "waarschuwen", "waarschuwde", "waarschuwden", "gewaarschuwd"),
    "uitleggen": ("legt uit", "leggen uit", "legde uit", "legden uit", "uitgelegd"),
    "samenvatten": ("vat samen", "vatte samen", "vatten samen", "vat het samen", "vatte het samen",
                    "samengevat"),
    "toevoegen": (
        "voegt toe", "voegde toe", "voegden toe", "voegt eraan toe", "voegde eraan toe", "voegden eraan toe",
        "toegevoegd"),
    "denken": ("denkt", "denken", "dacht", "dachten"),
    "vinden": ("vindt", "vinden", "vond", "vonden"),
    "schatten": ("schat", "schatten", "schatte", "schatten", "geschat"),
    "schrijven": ("schrijft", "schrijven", "schreef", "schreven", "geschreven"),
    "opmerken": ("merkt op", "merken op", "merkte op", "merkten op", "opgemerkt"),
    "onderstrepen": ("onderstreept", "onderstrepen", "onderstreepte", "onderstreepten"),
    "antwoorden": ("antwoordt", "antwoorden", "antwoordde", "antwoordden", "geantwoord"),
    "bevestigen": ("bevestigt", "bevestigen", "bevestigde", "bevestigden", "bevestigd"),
    "aankondigen": (
        "kondigt aan", "kondigen aan", "kondigde aan", "kondigden aan", "aangekondigd"),
    "erkennen": ("erkent", "erkennen", "erkende", "erkenden", "erkend"),
    "beweren": ("beweert", "beweren", "beweerde", "beweerden", "beweerd"),
    "reageren": ("reageert", "reageren", "reageerde", "reageerden", "gereageerd"),
    "beloven": ("belooft", "beloven", "beloofde", "beloofden", "beloofd"),
    "wijzen op": (
        "wijst erop", "wijzen erop", "wees erop", "wezen erop", "wijst op", "wijzen op", "wees op", "wezen op",
        "gewezen op"),
    "klagen": ("klaagt", "klagen", "klaagde", "klaagden", "geklaagd"),
    "herhalen": ("herhaalt", "herhalen", "herhaalde", "herhaalden", "herhaald"),
    "concluderen": ("concludeert", "concluderen", "concludeerde", "concludeerden", "geconcludeerd", "besluit"),
    "verduidelijken": ("verduidelijkt", "verduidelijken", "verduidelijkte", "verduidelijkten"),
    "vrezen": ("vreest", "vrezen", "vreesde", "vreesden", "gevreesd"),
    "hekelen": ("hekelt", "hekelen", "hekelde", "hekelden", "gehekeld"),
    "melden": ("meldt", "melden", "meldde", "meldden", "gemeld"),
    "volhouden": ("houdt vol", "houden vol", "hield vol", "hielden vol", "volgehouden"),
    "preciseren": ("preciseert", "preciseren", "preciseerde", "preciseerden", "gepreciseerd"),
    "noemen": ("noemt", "noemen", "noemde", "noemden"),
    "voorrekenen": ("rekent voor", "rekenen voor", "rekende voor", "rekenden voor", "voorgerekend"),
    "verwachten": ("verwacht dat", "verwachten dat", "verwachtte dat", "verwachtten dat"),
    "eisen": ("eist", "eisen", "eiste", "eisten", "geëist"),
    "vragen": ("vraagt", "vragen", "vroegen", "gevraagd"),
    "hopen": ("hoopt", "hopen", "hoopte", "hoopten", "gehoopt"),
    "betogen": ("betoogt", "betogen", "betoogde", "betoogden", "betoogd"),
    "spreken van": ("spreekt van", "spreken van", "sprak van", "spraken van", "gesproken van"),
    "ontkennen": ("ontkent", "ontkennen", "ontkende", "ontkenden", "ontkend"),
    "toegeven": ("geeft toe", "geven toe", "gaf toe", "gaven toe", "toegegeven"),
    "verzekeren": ("verzekert", "verzekeren", "verzekerde", "verzekerden"),
    "aangeven": ("geeft aan", "geven aan", "gaf aan", "gaven aan", "aangegeven"),
    "beklemtonen": ("beklemtoont", "beklemtonen", "beklemtoonde", "beklemtoonden", "beklemtoond"),
    "betreuren": ("betreurt", "betreuren", "betreurde", "betreurden", "betreurd"),
    "pleiten": ("pleit", "pleiten", "pleitte", "pleitten", "gepleit"),
    "meedelen": ("deelt mee", "delen mee", "deelde mee", "deelden mee", "meegedeeld"),
    "voorspellen": ("voorspelt", "voorspellen", "voorspelde", "voorspelden", "voorspeld"),
    "ramen": ("raamt", "raamde", "raamden", "geraamd"),
    "beamen": ("beaamt", "beamen", "beaamde", "beaamden", "beaamd"),
    "onthullen": ("onthult", "onthullen", "onthulde", "onthulden", "onthuld"),
    # incisie- en oordeelwerkwoorden van de pers ("‘...’, verzucht X"; "X bekritiseert ...")
    "verzuchten": ("verzucht", "verzuchtte", "verzuchtten"),
    "zuchten": ("zucht", "zuchtte"),
    "grappen": ("grapt", "grapte"),
    "opperen": ("oppert", "opperde", "opperden", "geopperd"),
    "suggereren": ("suggereert", "suggereren", "suggereerde", "suggereerden"),
    "oordelen": ("oordeelt", "oordeelde", "oordeelden"),  # (also of a court: "oordeelde de rechter")
    "beslissen": ("beslist dat", "besliste dat", "beslisten dat"),
    "bekritiseren": ("bekritiseert", "bekritiseren", "bekritiseerde", "bekritiseerden", "bekritiseerd"),
    "argumenteren": ("argumenteert", "argumenteren", "argumenteerde", "argumenteerden"),
    "nuanceren": ("nuanceert", "nuanceerde"),
    "relativeren": ("relativeert", "relativeerde"),
    "pareren": ("pareert", "pareerde"),
    "counteren": ("countert", "counterde"),
    "weerleggen": ("weerlegt", "weerlegde"),
    "sneren": ("sneert", "sneerde"),
    "lachen": ("lacht hij", "lacht ze", "lachte hij", "lachte ze"),
}
"""Speech verbs by infinitive with every form a report uses: present (3rd person, and 1st plural), past,
future and conditional, past participle (compound tenses take their auxiliary from :data:`AUXILIARIES`) and
present participle; separable verbs split ("legt uit") and as a participle ("uitgelegd"), not in the
verb-final form of a subordinate clause ("toen X aankondigde": the clause it governs is not after it). An infinitive that also
ends clauses after a modal ("mocht verwachten") is left out."""

SPEECH_VERBS = tuple(dict.fromkeys(_SPEECH_VERB_FORMS + tuple(f for forms in SPEECH_VERB_PARADIGMS.values()
                                                              for f in forms)))
"""Every speech verb form (the union of the two tables above)."""

AUXILIARIES = ("heeft", "hebben", "had", "hadden", "is", "zal", "zou", "ook", "nog", "al", "toen", "dan", "wel",
               "eerder", "nog eens", "zouden", "zullen", "heeft ook", "had ook")
"""Words that may stand between a subject and its speech verb ("heeft gezegd", "zei ook")."""

COMPLEMENTIZERS = ("dat",)
"""Words opening a reported clause after a speech verb."""

SOURCE_BEFORE = ("volgens", "naar zeggen van", "naar verluidt van", "naar eigen zeggen van")
"""Phrases whose speaker follows them and which govern the rest of their sentence ("volgens X ...")."""

SOURCE_AFTER = ("aldus", "zo zegt", "zo stelt", "zo zei", "zo verklaarde", "zo meent", "klinkt het bij", "zo klinkt het bij",
                "klonk het bij", "zo klonk het bij", "heet het bij", "luidt het bij")
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
              "in een interview", "op de radio", "aan deze krant", "tegen deze krant", "daarover", "van zijn kant",
              "van haar kant", "zijnerzijds", "harerzijds", "hunnerzijds", "op zijn beurt", "op haar beurt",
              "echter", "intussen", "ondertussen", "evenwel", "evenmin")
"""Words that may stand between a speech verb and its speaker, and incidental phrases between a subject and its
verb ("X, for its part, says"; "zei dinsdag minister ...")."""

PERSONAL_PRONOUNS = ("hij", "zij", "ze", "hem", "haar", "hen", "laatstgenoemde", "deze laatste")
"""Pronouns that stand for the last person named."""

FIRST_PERSON = ("ik", "wij", "we")
"""First-person pronouns."""

DETERMINERS = ("de", "het", "een", "deze", "dit", "die", "zijn", "haar", "hun", "onze", "ons")
"""Determiners that may open a speaker's noun phrase."""

NAME_PARTICLES = ("de", "van", "der", "den", "von", "ten", "ter", "'t", "van't", "vande", "le", "la", "du", "des",
                  "d'", "di", "da", "del", "dos", "in 't")
"""Lower-case words that may stand inside a person's name."""

TITLES = ("dhr", "dhr.", "heer", "mevr", "mevr.", "meneer", "mevrouw", "mr", "mr.", "dr", "dr.", "prof", "prof.", "ir", "ir.")
"""Courtesy titles before a name ("de heer" Jansen: the article before a title is read with it)."""

ROLE_NOUNS = (
    # nouns of age that stand for a person named before ("de 58-jarige")
    "jarige",
    "minister", "staatssecretaris", "minister-president", "woordvoerder", "woordvoerster", "directeur",
    "directrice", "algemeen directeur", "gedelegeerd bestuurder", "topman", "topvrouw", "ceo", "voorzitter",
    "ondervoorzitter", "baas", "verantwoordelijke", "hoofd", "burgemeester", "schepen", "gouverneur", "econoom",
    "professor", "hoogleraar", "onderzoeker", "onderzoekster", "analist", "expert", "deskundige", "advocaat",
    "adviseur", "ambassadeur", "commissaris", "kamerlid", "parlementslid", "senator", "oprichter",
    "vertegenwoordiger", "vakbondsman", "vakbondsvrouw", "syndicalist", "activist", "activiste", "bewoner",
    "buurtbewoner", "omwonende", "boer", "chauffeur", "premier", "leider", "bestuurder", "ingenieur", "consultant",
    "secretaris", "beheerder", "bestuur", "bestuurder", "woordvoering", "administratie", "organisaties", "verenigingen", "vakbonden", "bedrijven", "bewoners", "experts",
    "analisten", "overheid", "provincie", "autoriteiten", "agentschap", "ministerie", "regering", "bedrijf", "groep",
    "vakbond", "haven", "luchthaven", "terminal", "federatie", "vereniging", "raad", "commissie", "politie", "douane",
    "directie", "kabinet", "dienst", "diensten", "stad", "gemeente", "actiegroep", "bond",
    "observatorium", "instituut", "netwerk", "bank", "hof", "partij", "kamer", "organisatie", "alliantie",
    "manager", "afgevaardigde", "vakbondsafgevaardigde", "gedeputeerde", "wethouder", "raadslid",
    "gemeenteraadslid", "directeur-generaal", "secretaris-generaal", "inspecteur", "ambtenaar", "medewerker",
    "voorzitster", "penningmeester", "wetenschapper", "politicus", "coördinator", "lid", "zegsman", "zegsvrouw",
    "vakbondsleider", "ondernemer",
    "havenmeester", "meester", "havenkapitein",
    "bron", "ingewijde", "insider",  # anonieme bronnen ("een bron dicht bij het dossier", "een ingewijde")
    # organen die met één stem spreken ("het comité", "de stichting" nemen het orgaan van eerder over)
    "comité", "stichting", "coalitie", "platform", "beweging", "toezichthouder", "inspectie", "parlement",
    "rechtbank", "instelling", "consortium", "coöperatie", "confederatie", "intercommunale", "liga",
)
"""Nouns that present a source by role (people and organisations); also as the last part of a compound
("KU Leuven-econoom", "havenwoordvoerder")."""

PERSON_ROLES = (
    # nouns of age that stand for a person named before ("de 58-jarige")
    "jarige",
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
    "bron", "ingewijde", "insider",  # anonieme bronnen ("een bron dicht bij het dossier", "een ingewijde")
)
"""Role nouns that name a person."""

DOCUMENT_NOUNS = ("rapport", "verslag", "studie", "onderzoek", "verklaring", "persbericht", "analyse", "nota",
                  "brief", "document", "schatting", "schattingen", "cijfers", "gegevens", "berekeningen", "prognose",
                  "plan", "plannen", "jaarverslag", "jaarrapport", "jaarrekening", "balans", "aanvraag", "pamflet", "voorstel", "voorstellen", "details")
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
                 "autobouwer", "gigant", "reus", "rederij", "dochterbedrijf", "dochter", "multinational",
                 "directie", "bedrijfsleiding")
"""Nouns that name a company without its name ("het bedrijf", "de groep", "de rederij"): later mentions of the
company named before."""

ROLE_NOUNS = tuple(dict.fromkeys(ROLE_NOUNS + tuple(c for c in COMPANY_NOUNS if c not in ("parent",))))
"""The role nouns with the company nouns: een bedrijfsnaamwoord stelt een naam voor zoals een rolnaamwoord ("de Chinese autobouwer X zei")."""

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

POSSESSIVES = ("zijn", "haar", "hun")
"""Third-person possessives that may stand for an organisation before a role ("its spokesman", "ses représentants",
"haar woordvoerder", "ihr Sprecher"): the organisation named before speaks through them."""

CONNECTORS = ("maar", "en", "of", "dus", "toch", "echter", "ook", "dan", "nu", "alle", "als", "toen", "terwijl", "in", "op", "na", "sinds", "met", "bij")
"""Sentence connectors and prepositions that open a sentence: never part of a speaker's name ("But Beijing said ..." names Beijing)."""

RECIPIENT_PREPOSITIONS = ("aan", "tegen", "tegenover", "bij", "voor")
"""Prepositions of a hearer or a place between a speech verb and its speaker ("a expliqué à l'agence la porte-parole")."""

INTERVIEW_ANSWER = ("a", "antwoord")
"""Labels of an interview answer at the start of a paragraph ("A: ..."): the interviewee speaks."""

INTERVIEW_QUESTION = ("v", "vraag", "presentator", "presentatrice", "interviewer", "journalist", "moderator")
"""Labels of an interview question ("Q: ...") or of the person who asks (a broadcast's presenter, the
interviewer): general roles of a transcript, not names."""

OUTLET_STAFF = ("correspondent", "correspondente", "verslaggever", "verslaggeefster", "reporter", "presentator",
                "presentatrice")
"""Role nouns of the outlet's own journalists when they introduce one ("onze verslaggever Tom Peeters", "correspondente
An Claes"): in a broadcast transcript, the lines labelled with that person's name are the outlet's voice, like the
presenter's, not a quotation. (A journalist of another outlet, invited to speak, is a source: "journalist" is not
here.)"""

INVERSION_ADVERBS = ("zo", "zoals")
"""Words after a comma that introduce an inverted speech tag ("..., zo bevestigde de provincie", "..., so X")."""

SOURCE_OPENING = ("voor",)
"""Words that attribute the rest of a sentence only when they open it, followed by a name and a comma ("Pour X, ...")."""

ECHO_DEMONSTRATIVES = ("dat", "dit", "zo")
"""A sentence opening with one of these and a speech verb attributes the previous sentence ("Das bestätigte X.")."""

REPORTED_MOOD = ("zou", "zouden")
"""Verb forms of reported speech (the reportive conditional "zou"): a sentence with one and no cue of its own, after
speech in the same or the previous paragraph, continues that speaker ("..., zo bevestigde X. Er zouden 900 banen
bijkomen.")."""

QUOTE_PAIRS = (("\u201e", "\u201d"), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ('"', '"'), ("'", "'"))
"""Quotation marks of the language: (opening, closing)."""

CLAUSE_COORDINATORS = ("en", "maar", "of")
"""Conjunctions that join a second reported clause to the first ("said A and that B", "affirme que A et que B"):
the two clauses are two pieces of reported speech; before a speech verb, they make it share the subject of the first."""

SOURCE_OWN = ("naar eigen zeggen", "volgens eigen zeggen", "naar eigen opgave", "volgens eigen opgave",
    "volgens eigen cijfers", "naar eigen schatting")
"""Phrases attributing the rest of the sentence to the subject of its own clause ("Nach eigenen Angaben hat X ...",
"By its own account, X ...")."""

SOURCE_POSSESSIVE = ("naar zijn zeggen", "naar haar zeggen", "naar hun zeggen", "in zijn woorden", "in haar woorden",
    "naar zijn mening", "naar haar mening", "volgens zijn cijfers", "volgens haar cijfers")
"""Phrases attributing the rest of the sentence to the person a possessive pronoun stands for (the last person named:
"Nach seinen Worten ...", "In his words, ...")."""

SOURCE_ANAPHORIC = ("daarin staat", "daarin staat dat")
"""Sentence openings attributing the rest of the sentence to the source of the previous sentence ("Demnach ...")."""

RELATIVE_PRONOUNS = ("die", "dat", "welke")
"""Relative pronouns that may be the subject of a speech verb ("een rapport dat waarschuwt voor ...")."""

OBJECT_RELATIVES = ("die", "dat", "wat")
"""Relative pronouns that may be the object of a speech verb in a relative clause set after a noun ("a figure
(that) the union calls ‘…’", "un chiffre que le maire juge « … »", "een aantal dat de burgemeester ‘…’ noemt", "eine
Zahl, die der Bürgermeister »…« nennt", "ce que / what / wat / was X …"): the verb's subject follows the pronoun, and
the clause before the noun is no speech of it."""

CONTACT_CLAUSES = False
"""Whether an object relative clause may go without its pronoun ("a figure the union calls ‘…’": English only)."""

TAG_PREPOSITIONS = ("in", "op", "tijdens", "aan", "tegen", "bij", "na", "voor", "via", "tegenover")
"""Prepositions that open the phrase after a speech verb closing a tag, saying where or to whom the words were said
("A, the group said in its annual report.", "A, a indiqué le groupe dans son rapport annuel."): no reported clause."""

REFLEXIVES_AFTER_VERB = ("zich",)
"""A reflexive pronoun right after a verb form makes it another verb, no speech verb ("befand sich in Halle" is
located, "befand" alone rules); a reflexive speech verb lists its own forms ("freut sich")."""





SPLIT_SPEECH_VERBS = (("liet", "weten"), ("lieten", "weten"), ("laat", "weten"), ("laten", "weten"), ("legde", "uit"),
                      ("legden", "uit"), ("legt", "uit"), ("voegde", "toe"), ("voegt", "toe"), ("merkte", "op"),
                      ("merkt", "op"), ("kondigde", "aan"), ("kondigt", "aan"), ("gaf", "toe"), ("geeft", "toe"),
                      ("gaf", "aan"), ("geeft", "aan"), ("deelde", "mee"), ("deelt", "mee"), ("hield", "vol"),
                      ("houdt", "vol"), ("rekende", "voor"), ("rekent", "voor"),
                      ("vat", "samen"), ("vatte", "samen"), ("vatten", "samen"), ("maakte", "bekend"),
                      ("maakt", "bekend"), ("maakten", "bekend"))
"""Separable speech verbs whose subject stands between the two parts (finite verb, particle): "..., teilte der
Konzern mit.", "In een verklaring liet de luchthaven weten dat ...", "Der Konzern teilte am Montag mit, dass ..."."""

NOUNS_CAPITALISED = False
"""Whether every noun of the language is written with a capital (German): a lowercase word after a name then
ends the name's noun phrase ("des Flughafens landen dort": not the role "Land" inflected)."""

NAME_PREPOSITIONS = ("voor", "van", "op",)
"""Lowercase prepositions inside an organisation's name ("Institute for Transport Studies", "Institut für
Verkehrsforschung")."""

ADJECTIVES_FOLLOW_NOUN = False
"""Whether adjectives usually follow the noun (French: "l'agence wallonne"); else a lowercase word after a role noun
that is no article or preposition ends the source phrase ("volgens het agentschap kwamen er ...")."""

ORG_NOUN_EQUIVALENTS = (("luchthaven", "airport", "aéroport", "flughafen"), ("haven", "port", "hafen"), ("douane", "customs", "douanes"),)
"""An organisation noun of the language (first) and the words that stand for it in names written in another language
("de luchthaven" after "Liège Airport", "des Flughafens" after "Brussels Airport")."""

PRONOUN_GENDER = (("hij", "m"), ("hem", "m"), ("zij", "f"), ("ze", "f"), ("haar", "f"),)
"""The gender of a personal pronoun that stands for one person: "she said" does not stand for a man the text already
called "he" (a plural reading of "sie"/"zij" stands for no person either)."""

IMPERSONAL_SOURCES = ()
"""Prepositions that name the source after a speech verb with an impersonal subject ("a-t-on appris auprès de X").
(French only.)"""

SPOKESPERSON_ROLES = ("woordvoerder", "woordvoerster", "woordvoerders", "zegsman", "zegsvrouw", "persvoorlichter",
                      "persvoorlichtster", "vertegenwoordiger", "vertegenwoordigers")
"""Persons who speak for an organisation and are usually left unnamed ("a spokesperson said", "un porte-parole",
"een woordvoerster", "ein Sprecher", compounds "Konzernsprecher"): without a name of their own, the organisation they
speak for is the speaker (the organisation named in the phrase, "de la société", or the one named just before)."""

FRONTED_SOURCES = ("bij", "vanuit", "binnen", "op", "in")
"""Prepositions of place that name the source of a sentence they open when its speech verb has an impersonal or
vague subject (:data:`IMPERSONAL_SUBJECTS`, :data:`IMPERSONAL_SPEECH`): "Du côté de la CGT, on dénonce ...", "Aus dem
Ministerium hieß es, ...", "Bij de vakbond klinkt het dat ...", "At the union, officials said ..."."""

IMPERSONAL_SUBJECTS = ("men",)
"""Subjects that name nobody in particular ("on", "man", "men", "officials"): a speech verb with one of them in a
sentence opened by :data:`FRONTED_SOURCES` is the fronted phrase's speech."""

IMPERSONAL_SPEECH = ("klinkt het", "klonk het", "luidt het", "luidde het", "heet het", "heette het")
"""A verb and its dummy subject that report what is said without a speaker ("heißt es", "klinkt het"), read like a
speech verb with an impersonal subject after :data:`FRONTED_SOURCES`."""

PLACE_PREPOSITIONS = ("in", "te")
"""Prepositions that place a person's role somewhere ("a spokeswoman in Hong Kong", "un porte-parole à Paris", "een
woordvoerder in Brussel", "ein Sprecher in Berlin"): the name after them is a place, not the speaker."""

VERB_SECOND = True
"""Whether a main clause puts its finite verb second, after any fronted phrase, so that the subject follows the verb
("In een interview met De Krant zegt directeur X dat ...", "Im Gespräch mit der Zeitung sagte X, ..."): Dutch and
German."""

ORGANISATION_PRONOUNS = ("hij", "zij", "ze", "hem", "het")
"""Personal pronouns that may also stand for an organisation ("The union warned on Monday. It said ...", "Le syndicat
s'inquiète. Selon lui, ..."): when no person was named before them, the organisation named just before."""

SHOW_VERBS = ("toont", "tonen", "toonde", "toonden", "laat zien", "laten zien", "liet zien", "lieten zien")
"""Verbs by which a document shows something ("Figures from X show that ...", "Les chiffres de X montrent que ...",
"Cijfers van X tonen ...", "Zahlen von X zeigen, dass ..."): speech verbs only when their subject holds a document noun
(:data:`DOCUMENT_NOUNS`), whose author is the speaker."""

ESTIMATE_PARTICIPLES = ("geschat",)
"""Participles of verbs of estimating that, right before a number (or a preposition and a number) and after no
auxiliary, qualify the number instead of reporting it. "een verlies van geschat 40 miljoen euro": an adverb, no report (the perfect puts the participle at the clause end)."""
