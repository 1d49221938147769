"""German: speech verbs, attribution phrases, titles and role nouns, pronouns, quotation marks.

Plain data, read by :mod:`helpers.extract.attribution`, :mod:`helpers.extract.quotes` and
:mod:`helpers.extract.speakers`. Lower case; matching folds accents (ä -> a, ß kept) and typographic apostrophes.
General vocabulary of the language, never phrases of one article.
"""

SPEECH_VERBS = (
    "sagt", "sagen", "sagte", "sagten", "gesagt", "erklärt", "erklären", "erklärte", "erklärten", "betont",
    "betonte", "betonten", "meint", "meinte", "meinten", "gemeint", "teilt mit", "teilte mit", "teilten mit",
    "mitgeteilt", "berichtet", "berichtete", "berichtet", "warnt", "warnte", "gewarnt", "fügt hinzu",
    "fügte hinzu", "hinzugefügt", "ergänzt", "ergänzte", "räumt ein", "räumte ein", "eingeräumt", "kündigt an",
    "kündigte an", "angekündigt", "bestätigt", "bestätigte", "kritisiert", "kritisierte", "schreibt", "schrieb",
    "geschrieben", "schätzt", "schätzte", "geschätzt", "glaubt", "glaubte", "findet", "fand", "unterstreicht",
    "unterstrich", "versichert", "versicherte", "verspricht", "versprach", "versprochen", "antwortet",
    "antwortete", "geantwortet", "behauptet", "behauptete", "beklagt", "beklagte", "gibt zu", "gab zu",
    "zugegeben", "stellt fest", "stellte fest", "festgestellt", "hebt hervor", "hob hervor", "hervorgehoben",
    "rechnet vor", "rechnete vor", "verweist", "verwies", "sprach", "spricht", "äußert", "äußerte", "geäußert",
    "sagte am", "mahnt", "mahnte", "befürchtet", "befürchten", "befürchtete", "verlangt", "verlangte", "bestätigen", "nennt", "nannte", "bezeichnet", "bezeichnete", "fordert", "forderte",
    "fragt", "fragte", "fragten", "gefragt", "erwartet", "erwartete", "erwarteten",
    "rechnet mit", "rechnete mit", "rechneten mit", "gefordert",
    "verlangten", "befürchteten", "prognostiziert", "prognostizierte", "sagt voraus", "sagte voraus",
    "vorausgesagt", "beziffert", "bezifferte",
)
"""Speech verbs in every tense and person (separable verbs with their particle). The infinitive of a verb whose
infinitive also closes clauses after a modal ("erwarten durfte", "mocht verwachten") is left out."""

AUXILIARIES = ("hat", "haben", "hatte", "hatten", "wird", "würde", "auch", "noch", "bereits", "schon", "dann",
               "zudem", "außerdem", "ebenfalls")
"""Words that may stand between a subject and its speech verb ("hat gesagt", "sagte auch")."""

COMPLEMENTIZERS = ("dass", "daß")
"""Words opening a reported clause after a speech verb (a comma alone also does: "sagte, die Firma werde ...")."""

SOURCE_BEFORE = ("laut", "nach angaben von", "nach angaben des", "nach angaben der", "nach ansicht von")
"""Phrases whose speaker follows them and which govern the rest of their sentence ("laut X ...")."""

SOURCE_AFTER = ("so",)
"""Phrases whose speaker follows them and which govern what precedes them ("..., so X.")."""

SOURCE_POSTPOSED = ("zufolge",)
"""Phrases that follow their speaker and govern the rest of the sentence ("Dem Minister zufolge ...")."""

ECHO_PHRASES = ("das sagt", "das sagte", "das erklärt", "das erklärte", "das betont", "das betonte", "dies sagte",
                "dies erklärte", "das teilte", "das schreibt", "so sieht es")
"""A sentence opening that attributes the previous sentence to the speaker named after it ("Das sagte X.")."""

TIME_WORDS = ("am montag", "am dienstag", "am mittwoch", "am donnerstag", "am freitag", "am samstag", "am sonntag",
              "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "gestern", "heute",
              "vergangene woche", "letzte woche", "auch", "noch", "zudem", "außerdem", "dazu", "der presse",
              "der zeitung", "dieser zeitung", "in einer erklärung", "in einer mitteilung", "auf einer pressekonferenz",
              "vor journalisten", "gegenüber journalisten", "gegenüber der presse", "bei einer pressekonferenz")
"""Words that may stand between a speech verb and its speaker ("sagte am Dienstag der Minister ...")."""

PERSONAL_PRONOUNS = ("er", "sie", "ihm", "ihr", "ihnen", "letzterer", "letztere")
"""Pronouns that stand for the last person named."""

FIRST_PERSON = ("ich", "wir")
"""First-person pronouns."""

DETERMINERS = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines", "sein", "seine",
               "ihr", "ihre", "unser", "unsere")
"""Determiners that may open a speaker's noun phrase."""

NAME_PARTICLES = ("von", "van", "de", "der", "den", "zu", "vom", "ten", "ter", "le", "la", "du", "des", "d'", "di",
                  "da", "del", "dos")
"""Lower-case words that may stand inside a person's name."""

TITLES = ("herr", "frau", "dr", "dr.", "prof", "prof.", "professor", "professorin")
"""Courtesy titles before a name."""

ROLE_NOUNS = (
    "minister", "ministerin", "staatssekretär", "staatssekretärin", "sprecher", "sprecherin", "geschäftsführer",
    "geschäftsführerin", "vorstandschef", "vorstandschefin", "chef", "chefin", "vorsitzende", "vorsitzender",
    "präsident", "präsidentin", "direktor", "direktorin", "leiter", "leiterin", "bürgermeister",
    "bürgermeisterin", "landrat", "ökonom", "ökonomin", "professor", "professorin", "forscher", "forscherin",
    "analyst", "analystin", "experte", "expertin", "anwalt", "anwältin", "berater", "beraterin", "botschafter",
    "botschafterin", "kommissar", "kommissarin", "abgeordnete", "abgeordneter", "gründer", "gründerin",
    "vertreter", "vertreterin", "gewerkschafter", "gewerkschafterin", "aktivist", "aktivistin", "anwohner",
    "anwohnerin", "landwirt", "fahrer", "kanzler", "kanzlerin", "ministerpräsident", "ministerpräsidentin",
    "manager", "managerin", "ingenieur", "sekretär", "sekretärin", "verwaltung", "organisationen", "verbände", "gewerkschaften", "unternehmen", "anwohner", "experten",
    "behörde", "land", "landkreis", "kreis", "behörden", "agentur", "ministerium",
    "regierung", "unternehmen", "konzern", "gruppe", "gewerkschaft", "hafen", "flughafen", "verband", "rat",
    "kommission", "polizei", "zoll", "stadt", "gemeinde", "bürgerinitiative", "betreiber", "firma",
    "institut", "netzwerk", "bank", "gericht", "partei", "kammer", "organisation", "allianz", "amt", "dienst",
    "betriebsrat", "betriebsrätin", "betriebsratschef", "landesrat", "landesrätin", "stadtrat", "stadträtin",
    "gemeinderat", "gemeinderätin", "beamter", "beamtin", "mitarbeiter", "mitarbeiterin", "inspektor",
    "inspektorin", "wissenschaftler", "wissenschaftlerin", "politiker", "politikerin", "delegierte", "delegierter",
    "obmann", "obfrau", "generalsekretär", "generalsekretärin", "koordinator", "koordinatorin", "mitglied",
    "unternehmer", "unternehmerin",
    "meister", "meisterin", "hafenmeister", "hafenmeisterin", "hafenkapitän",
)
"""Nouns that present a source by role (people and organisations); also as the last part of a compound
("Flughafensprecher", "Konzernchef")."""

PERSON_ROLES = (
    "minister", "ministerin", "staatssekretär", "sprecher", "sprecherin", "geschäftsführer", "geschäftsführerin",
    "vorstandschef", "chef", "chefin", "vorsitzende", "vorsitzender", "präsident", "präsidentin", "direktor",
    "direktorin", "leiter", "leiterin", "bürgermeister", "bürgermeisterin", "landrat", "ökonom", "ökonomin",
    "professor", "professorin", "forscher", "forscherin", "analyst", "experte", "expertin", "anwalt", "berater",
    "botschafter", "kommissar", "abgeordnete", "abgeordneter", "gründer", "kanzler", "kanzlerin", "manager",
    "betriebsrat", "betriebsrätin", "betriebsratschef", "landesrat", "landesrätin", "stadtrat", "stadträtin",
    "gemeinderat", "gemeinderätin", "beamter", "beamtin", "mitarbeiter", "mitarbeiterin", "inspektor",
    "inspektorin", "wissenschaftler", "wissenschaftlerin", "politiker", "politikerin", "delegierte", "delegierter",
    "obmann", "obfrau", "generalsekretär", "generalsekretärin", "koordinator", "koordinatorin", "unternehmer",
    "unternehmerin",
    "vertreter", "vertreterin", "gewerkschafter", "gewerkschafterin", "aktivist", "aktivistin", "anwohner",
    "anwohnerin", "sekretär", "sekretärin", "managerin", "ingenieur", "ingenieurin", "analystin", "anwältin",
    "beraterin", "botschafterin", "kommissarin", "gründerin", "vorstandschefin", "ministerpräsident",
    "ministerpräsidentin", "staatssekretärin", "landrätin",
    "meister", "meisterin", "hafenmeister", "hafenmeisterin", "hafenkapitän",
)
"""Role nouns that name a person."""

DOCUMENT_NOUNS = ("bericht", "berichten", "studie", "untersuchung", "erklärung", "mitteilung", "pressemitteilung",
                  "analyse", "brief", "dokument", "schätzung", "schätzungen", "zahlen", "daten", "berechnungen", "prognose")
"""Nouns of a written source: "laut einem Bericht von X" names X."""

CLAUSE_WORDS = ("ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "kann",
                "können", "soll", "sollen", "muss", "müssen", "gibt", "es", "in", "auf", "für",
                "mit", "seien", "sei", "werde", "habe")
"""Words that end a speaker's noun phrase and start the clause it governs ("laut X sind ...")."""

CLAUSE_VERBS = ("bin", "bist", "ist", "sind", "seid", "war", "waren", "wird", "werden", "wurde", "wurden", "habe",
                "hast", "hat", "haben", "hatte", "hatten", "kann", "können", "konnte", "konnten", "soll", "sollen",
                "sollte", "sollten", "muss", "müssen", "musste", "mussten", "will", "wollen", "wollte", "darf",
                "dürfen", "mag", "möchte")
"""Finite auxiliary and modal verbs: after a noun phrase they make it the subject of a new clause, so the phrase is
no inverted speech tag."""

COMPANY_NOUNS = ("unternehmen", "konzern", "gruppe", "firma", "gesellschaft", "betreiber", "investor",
                 "käufer", "hersteller", "autobauer", "riese", "logistiker", "reederei", "spediteur", "tochter",
                 "tochtergesellschaft", "multi", "mutterkonzern")
"""Nouns that name a company without its name ("das Unternehmen", "der Konzern", "der Logistiker"): later mentions
of the company named before."""

NOUN_ENDINGS = ("es", "s", "en", "n")
"""Inflection endings a noun takes after a determiner (genitive "des Flughafens", "des Unternehmens"; dative plural),
taken off before a look-up in the role nouns."""

INDEFINITE_ARTICLES = ("ein", "eine", "einer", "eines", "einem", "einen")
"""Indefinite articles: a role noun after one introduces a new source ("a logistics group"), never a later mention."""

INTENSIFIERS = ("selbst", "selber")
"""Words that stress a noun phrase without changing what it names ("the company itself", "der Konzern selbst")."""

FIRST_PERSON_POSSESSIVES = ("unser", "unsere", "unserer", "unseren", "unserem", "unseres")
"""First-person possessives: outside quotations a source "of ours" ("our calculations", "les calculs de notre
rédaction") is the outlet itself."""

ORG_NAME_WORDS = ("group", "holding", "holdings", "logistics", "motors", "express", "shipping", "airlines",
                  "airways", "rail", "capital", "partners", "industries", "technologies", "energy", "systems",
                  "ventures", "networks", "network", "international", "corp", "corporation", "inc", "ltd", "plc",
                  "llc", "ag", "gmbh", "sa", "nv", "bv", "se", "spa", "gruppe", "kg", "ohg", "logistik", "werke",
                  "verkehrsbetriebe")
"""Words that end the names of companies (sectors and legal forms: "Dragonfly Motors", "Lanhai Logistics", "Zhenghe
AG"): a name with one is an organisation, not a person."""

AND_WORDS = ("und", "&")
"""Coordinating "and": inside a name after an of-word it joins its parts ("Administratie van Douane en Accijnzen",
"Ministry of Trade and Industry")."""

SELF_SOURCES = ("nach eigenen angaben", "eigenen angaben zufolge", "nach eigener darstellung", "nach eigener schätzung")
"""Phrases that make the subject of their own clause the source ("Nach eigenen Angaben hat der Konzern X ...", "by its
own account, X has ..."): the name named next in the sentence speaks."""

PRONOUN_SOURCES = ("nach seinen worten", "nach ihren worten", "seiner ansicht nach", "ihrer ansicht nach", "seiner meinung nach", "ihrer meinung nach", "seinen worten zufolge", "ihren worten zufolge")
"""Phrases that attribute their sentence to the person named last ("Nach seinen Worten arbeiten ...", "in her view
...")."""

POSSESSIVES = ("sein", "seine", "seiner", "seinen", "ihr", "ihre", "ihrer", "ihren")
"""Third-person possessives that may stand for an organisation before a role ("its spokesman", "ses représentants",
"haar woordvoerder", "ihr Sprecher"): the organisation named before speaks through them."""

CONNECTORS = ("aber", "und", "oder", "doch", "jedoch", "also", "dann", "nun", "auch", "alle", "als", "wenn", "während", "in", "im", "am", "nach", "vor", "seit", "mit", "bei")
"""Sentence connectors and prepositions that open a sentence: never part of a speaker's name ("But Beijing said ..." names Beijing)."""

RECIPIENT_PREPOSITIONS = ("gegenüber", "vor", "bei", "im", "in der", "in einem")
"""Prepositions of a hearer or a place between a speech verb and its speaker ("a expliqué à l'agence la porte-parole")."""

INTERVIEW_ANSWER = ("a", "antwort")
"""Labels of an interview answer at the start of a paragraph ("A: ..."): the interviewee speaks."""

INTERVIEW_QUESTION = ("f", "frage")
"""Labels of an interview question ("Q: ...")."""

INVERSION_ADVERBS = ("so", "wie")
"""Words after a comma that introduce an inverted speech tag ("..., zo bevestigde de provincie", "..., so X")."""

SOURCE_OPENING = ("für",)
"""Words that attribute the rest of a sentence only when they open it, followed by a name and a comma ("Pour X, ...")."""

ECHO_DEMONSTRATIVES = ("das", "dies", "so")
"""A sentence opening with one of these and a speech verb attributes the previous sentence ("Das bestätigte X.")."""

REPORTED_MOOD = ("sei", "seien", "habe", "hätten", "werde", "würden", "könne", "müsse", "solle", "wolle", "gebe", "liege", "komme", "gehe", "stehe", "bleibe")
"""Verb forms of reported speech (German Konjunktiv I): a sentence with one continues the previous speaker."""

QUOTE_PAIRS = (("\u201e", "\u201c"), ("\u00bb", "\u00ab"), ("\u201a", "\u2018"), ("\u201c", "\u201d"), ('"', '"'))
"""Quotation marks of the language: (opening, closing)."""
