"""German: speech verbs, attribution phrases, titles and role nouns, pronouns, quotation marks.

Plain data, read by :mod:`helpers.extract.attribution`, :mod:`helpers.extract.quotes` and
:mod:`helpers.extract.speakers`. Lower case; matching folds accents (ä -> a, ß kept) and typographic apostrophes.
General vocabulary of the language, never phrases of one article.
"""

_SPEECH_VERB_FORMS = ("sagte am", "fragt", "fragte", "fragten", "gefragt", "beziffert", "bezifferte")
"""Speech verb forms outside the paradigms below (forms with a word after them, rarer verbs); merged into
:data:`SPEECH_VERBS`."""

SPEECH_VERB_PARADIGMS = {
    "sich freuen": ("freut sich", "freute sich", "freuen sich", "freuten sich"),
    "begrüßen": ("begrüßt", "begrüßen", "begrüßte", "begrüßten"),
    "sagen": ("sagt", "sagen", "sagte", "sagten", "gesagt", "sage"),
    "erklären": ("erklärt", "erklären", "erklärte", "erklärten"),
    "betonen": ("betont", "betonen", "betonte", "betonten"),
    "meinen": ("meint", "meinen", "meinte", "meinten", "gemeint"),
    "mitteilen": ("teilt mit", "teilen mit", "teilte mit", "teilten mit", "mitgeteilt"),
    "berichten": ("berichtet", "berichten", "berichtete", "berichteten"),
    "warnen": ("warnt", "warnen", "warnte", "warnten", "gewarnt"),
    "hinzufügen": (
        "fügt hinzu", "fügen hinzu", "fügte hinzu", "fügten hinzu", "hinzugefügt"),
    "ergänzen": ("ergänzt", "ergänzen", "ergänzte", "ergänzten"),
    "einräumen": ("räumt ein", "räumen ein", "räumte ein", "räumten ein", "eingeräumt"),
    "ankündigen": (
        "kündigt an", "kündigen an", "kündigte an", "kündigten an", "angekündigt"),
    "bestätigen": ("bestätigt", "bestätigen", "bestätigte", "bestätigten"),
    "kritisieren": ("kritisiert", "kritisieren", "kritisierte", "kritisierten"),
    "schreiben": ("schreibt", "schreiben", "schrieb", "schrieben", "geschrieben"),
    "schätzen": ("schätzt", "schätzen", "schätzte", "schätzten", "geschätzt"),
    "glauben": ("glaubt", "glauben", "glaubte", "glaubten", "geglaubt"),
    "finden": ("findet", "finden", "fand", "fanden"),
    "unterstreichen": ("unterstreicht", "unterstreichen", "unterstrich", "unterstrichen"),
    "versichern": ("versichert", "versichern", "versicherte", "versicherten"),
    "versprechen": ("verspricht", "versprechen", "versprach", "versprachen", "versprochen"),
    "antworten": ("antwortet", "antworten", "antwortete", "antworteten", "geantwortet"),
    "behaupten": ("behauptet", "behaupten", "behauptete", "behaupteten"),
    "beklagen": ("beklagt", "beklagen", "beklagte", "beklagten"),
    "zugeben": ("gibt zu", "geben zu", "gab zu", "gaben zu", "zugegeben"),
    "feststellen": (
        "stellt fest", "stellen fest", "stellte fest", "stellten fest", "festgestellt"),
    "hervorheben": (
        "hebt hervor", "heben hervor", "hob hervor", "hoben hervor", "hervorgehoben"),
    "vorrechnen": ("rechnet vor", "rechnen vor", "rechnete vor", "rechneten vor", "vorgerechnet"),
    "verweisen": ("verweist", "verweisen", "verwies", "verwiesen"),
    "sprechen von": (
        "spricht von", "sprechen von", "sprach von", "sprachen von", "gesprochen von", "spricht", "sprach"),
    "äußern": ("äußert", "äußern", "äußerte", "äußerten", "geäußert"),
    "mahnen": ("mahnt", "mahnen", "mahnte", "mahnten", "gemahnt"),
    "befürchten": ("befürchtet", "befürchten", "befürchtete", "befürchteten"),
    "verlangen": ("verlangt", "verlangen", "verlangte", "verlangten"),
    "nennen": ("nennt", "nennen", "nannte", "nannten", "genannt"),
    "bezeichnen": ("bezeichnet", "bezeichnen", "bezeichnete", "bezeichneten"),
    "fordern": ("fordert", "fordern", "forderte", "forderten", "gefordert"),
    "rechnen mit": ("rechnet mit", "rechnen mit", "rechnete mit", "rechneten mit", "gerechnet mit"),
    "erwarten": ("erwartet", "erwartete", "erwarteten"),
    "melden": ("meldet", "melden", "meldete", "meldeten", "gemeldet"),
    "hoffen": ("hofft", "hoffen", "hoffte", "hofften", "gehofft"),
    "argumentieren": ("argumentiert", "argumentieren", "argumentierte", "argumentierten"),
    "entgegnen": ("entgegnet", "entgegnen", "entgegnete", "entgegneten"),
    "einwenden": ("wendet ein", "wenden ein", "wandte ein", "wandten ein", "eingewandt", "eingewendet"),
    "erläutern": ("erläutert", "erläutern", "erläuterte", "erläuterten"),
    "bekräftigen": ("bekräftigt", "bekräftigen", "bekräftigte", "bekräftigten"),
    "beteuern": ("beteuert", "beteuern", "beteuerte", "beteuerten"),
    "bekanntgeben": (
        "gibt bekannt", "geben bekannt", "gab bekannt", "gaben bekannt", "bekanntgab",
        "bekanntgegeben"),
    "zurückweisen": ("weist zurück", "weisen zurück", "wies zurück", "wiesen zurück", "zurückgewiesen"),
    "vorhersagen": (
        "sagt voraus", "sagte voraus", "vorausgesagt", "vorhergesagt", "prognostiziert", "prognostizierte"),
    "klagen": ("klagt", "klagte", "klagten", "geklagt"),
    "hinweisen": ("weist darauf hin", "wies darauf hin", "weist hin", "wies hin", "hingewiesen"),
    "zitieren": ("zitiert", "zitierte"),
    "erzählen": ("erzählt", "erzählen", "erzählte", "erzählten"),
    "bemängeln": ("bemängelt", "bemängeln", "bemängelte", "bemängelten"),
    # Verben der Redeeinleitung und des Urteilens der Presse („...“, seufzt X; X kritisiert ...)
    "urteilen": ("urteilt", "urteilte", "urteilten"),
    "befinden": ("befand", "befanden"),  # (of a court or a judge: "befand das Gericht"; "befand sich" is no speech)
    "loben": ("lobt", "loben", "lobte", "lobten"),
    "bedauern": ("bedauert", "bedauern", "bedauerte", "bedauerten"),
    "widersprechen": ("widerspricht", "widersprechen", "widersprach", "widersprachen", "widersprochen"),
    "vermuten": ("vermutet", "vermuten", "vermutete", "vermuteten"),
    "monieren": ("moniert", "monieren", "monierte", "monierten"),
    "präzisieren": ("präzisiert", "präzisierte"),
    "prognostizieren": ("prognostiziert", "prognostizieren", "prognostizierte", "prognostizierten"),
    "bilanzieren": ("bilanziert", "bilanzierte"),
    "resümieren": ("resümiert", "resümierte"),
    "seufzen": ("seufzt", "seufzte"),
    "scherzen": ("scherzt", "scherzte"),
    "spotten": ("spottet", "spottete"),
    "kontern": ("kontert", "konterte"),
    "erwidern": ("erwidert", "erwiderte"),
    "kommentieren": ("kommentiert", "kommentierte"),
    "relativieren": ("relativiert", "relativierte"),
    "beschwichtigen": ("beschwichtigt", "beschwichtigte"),
    "appellieren": ("appelliert", "appellierte"),
    "insistieren": ("insistiert", "insistierte"),
    "ätzen": ("ätzt", "ätzte"),
}
"""Speech verbs by infinitive with every form a report uses: present (3rd person, and 1st plural), past,
future and conditional, past participle (compound tenses take their auxiliary from :data:`AUXILIARIES`) and
present participle; separable verbs split ("legt uit") and as a participle ("uitgelegd"), not in the
verb-final form of a subordinate clause ("toen X aankondigde": the clause it governs is not after it). An infinitive that also
ends clauses after a modal ("erwarten durfte") is left out."""

SPEECH_VERBS = tuple(dict.fromkeys(_SPEECH_VERB_FORMS + tuple(f for forms in SPEECH_VERB_PARADIGMS.values()
                                                              for f in forms)))
"""Every speech verb form (the union of the two tables above)."""

AUXILIARIES = ("hat", "haben", "hatte", "hatten", "wird", "würde", "auch", "noch", "bereits", "schon", "dann",
               "zudem", "außerdem", "ebenfalls", "soll", "sollen", "habe", "hätte", "hätten", "werden", "wurde")
"""Words that may stand between a subject and its speech verb ("hat gesagt", "sagte auch")."""

COMPLEMENTIZERS = ("dass", "daß")
"""Words opening a reported clause after a speech verb (a comma alone also does: "sagte, die Firma werde ...")."""

_ACCOUNT_NOUNS = ("angaben", "ansicht", "einschätzung", "darstellung", "auffassung", "meinung", "schätzung",
                  "schätzungen", "berechnungen", "informationen", "überzeugung", "aussage", "aussagen", "zahlen",
                  "daten")
SOURCE_BEFORE = ("laut",) + tuple(f"nach {noun} {of}" for noun in _ACCOUNT_NOUNS for of in ("von", "des", "der"))
"""Phrases whose speaker follows them and which govern the rest of their sentence ("laut X ...")."""

SOURCE_AFTER = ("so", "heißt es bei", "hieß es bei", "heißt es aus", "hieß es aus", "heißt es von", "hieß es von",
                "heißt es in", "hieß es in")
"""Phrases whose speaker follows them and which govern what precedes them ("..., so X.")."""

SOURCE_POSTPOSED = ("zufolge",)
"""Phrases that follow their speaker and govern the rest of the sentence ("Dem Minister zufolge ...")."""

ECHO_PHRASES = ("das sagt", "das sagte", "das erklärt", "das erklärte", "das betont", "das betonte", "dies sagte",
                "dies erklärte", "das teilte", "das schreibt", "so sieht es")
"""A sentence opening that attributes the previous sentence to the speaker named after it ("Das sagte X.")."""

TIME_WORDS = ("am montag", "am dienstag", "am mittwoch", "am donnerstag", "am freitag", "am samstag", "am sonntag",
              "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "gestern", "heute",
              "vergangene woche", "letzte woche", "auch", "noch", "zudem", "außerdem", "dazu", "der presse",
              "der zeitung", "dieser zeitung", "in einer erklärung", "in einer mitteilung",
              "auf einer pressekonferenz", "vor journalisten", "gegenüber journalisten", "gegenüber der presse",
              "bei einer pressekonferenz", "seinerseits", "ihrerseits", "allerdings", "indes", "jedoch", "wiederum",
              "hingegen", "dagegen", "ebenfalls", "derweil")
"""Words that may stand between a speech verb and its speaker, and incidental phrases between a subject and its
verb ("X, for its part, says"; "sagte am Dienstag der Minister ...")."""

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

TITLES = ("herr", "herrn", "frau", "dr", "dr.", "prof", "prof.", "professor", "professorin")
"""Courtesy titles before a name."""

ROLE_NOUNS = (
    # nouns of age that stand for a person named before ("der 58-Jährige", "die 61-Jährige")
    "jährige", "jähriger", "jährigen",
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
    "regierung", "unternehmen", "konzern", "gruppe", "gewerkschaft", "hafen", "flughafen", "terminal", "verband", "rat",
    "kommission", "polizei", "zoll", "stadt", "gemeinde", "bürgerinitiative", "betreiber", "firma",
    "institut", "netzwerk", "bank", "gericht", "partei", "kammer", "organisation", "allianz", "amt", "dienst",
    "betriebsrat", "betriebsrätin", "betriebsratschef", "landesrat", "landesrätin", "stadtrat", "stadträtin",
    "gemeinderat", "gemeinderätin", "beamter", "beamtin", "mitarbeiter", "mitarbeiterin", "inspektor",
    "inspektorin", "wissenschaftler", "wissenschaftlerin", "politiker", "politikerin", "delegierte", "delegierter",
    "obmann", "obfrau", "generalsekretär", "generalsekretärin", "koordinator", "koordinatorin", "mitglied",
    "unternehmer", "unternehmerin",
    # organisations of any German press text, also as the end of a compound ("Flughafengesellschaft",
    # "Verkehrsverein", "Umweltstiftung")
    "initiative", "verein", "stiftung", "vereinigung", "gesellschaft", "genossenschaft", "zentrum",
    "meister", "meisterin", "hafenmeister", "hafenmeisterin", "hafenkapitän",
    "quelle", "insider", "insiderin", "eingeweihter", "eingeweihte",  # anonyme Quellen ("eine Quelle aus dem Ministerium")
    # Gremien, die mit einer Stimme sprechen ("der Ausschuss", "die Stiftung" nehmen das zuvor genannte auf)
    "ausschuss", "komitee", "koalition", "bündnis", "plattform", "bewegung", "aufsicht", "regulierer",
    "parlament", "gremium", "vorstand", "aufsichtsrat", "konsortium", "kollektiv", "einrichtung", "anstalt",
)
"""Nouns that present a source by role (people and organisations); also as the last part of a compound
("Flughafensprecher", "Konzernchef")."""

PERSON_ROLES = (
    # nouns of age that stand for a person named before ("der 58-Jährige", "die 61-Jährige")
    "jährige", "jähriger", "jährigen",
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
    "quelle", "insider", "insiderin", "eingeweihter", "eingeweihte",  # anonyme Quellen ("eine Quelle aus dem Ministerium")
)
"""Role nouns that name a person."""

DOCUMENT_NOUNS = ("bericht", "berichten", "studie", "untersuchung", "erklärung", "mitteilung", "pressemitteilung",
                  "analyse", "brief", "dokument", "schätzung", "schätzungen", "zahlen", "daten", "berechnungen", "prognose",
                  "plan", "pläne", "plänen", "jahresbericht", "geschäftsbericht", "bilanz", "antrag", "bauantrag", "vorschlag", "vorschläge", "einzelheiten")
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
                 "tochtergesellschaft", "multi", "mutterkonzern",
                 "konzernleitung", "unternehmensleitung", "geschäftsleitung", "geschäftsführung", "firmenleitung")
"""Nouns that name a company without its name ("das Unternehmen", "der Konzern", "der Logistiker"): later mentions
of the company named before."""

ROLE_NOUNS = tuple(dict.fromkeys(ROLE_NOUNS + tuple(c for c in COMPANY_NOUNS if c not in ("parent",))))
"""The role nouns with the company nouns: ein Firmennomen stellt einen Namen vor wie ein Rollennomen („der chinesische Autobauer X sagte“)."""

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

POSSESSIVES = ("sein", "seine", "seiner", "seinen", "ihr", "ihre", "ihrer", "ihren")
"""Third-person possessives that may stand for an organisation before a role ("its spokesman", "ses représentants",
"haar woordvoerder", "ihr Sprecher"): the organisation named before speaks through them."""

CONNECTORS = ("aber", "und", "oder", "doch", "jedoch", "also", "dann", "nun", "auch", "alle", "als", "wenn", "während", "in", "im", "am", "nach", "vor", "seit", "mit", "bei")
"""Sentence connectors and prepositions that open a sentence: never part of a speaker's name ("But Beijing said ..." names Beijing)."""

RECIPIENT_PREPOSITIONS = ("gegenüber", "vor", "bei", "im", "in der", "in einem")
"""Prepositions of a hearer or a place between a speech verb and its speaker ("a expliqué à l'agence la porte-parole")."""

INTERVIEW_ANSWER = ("a", "antwort")
"""Labels of an interview answer at the start of a paragraph ("A: ..."): the interviewee speaks."""

INTERVIEW_QUESTION = ("f", "frage", "moderator", "moderatorin", "interviewer", "interviewerin", "redaktion")
"""Labels of an interview question ("Q: ...") or of the person who asks (a broadcast's presenter, the
interviewer): general roles of a transcript, not names."""

OUTLET_STAFF = ("korrespondent", "korrespondentin", "reporter", "reporterin", "moderator", "moderatorin")
"""Role nouns of the outlet's own journalists when they introduce one ("unsere Korrespondentin Eva Lang", "Reporter Max
Roth"): in a broadcast transcript, the lines labelled with that person's name are the outlet's voice, like the
presenter's, not a quotation. (A journalist of another outlet, invited to speak, is a source: "journalist" is not
here.)"""

INVERSION_ADVERBS = ("so", "wie")
"""Words after a comma that introduce an inverted speech tag ("..., zo bevestigde de provincie", "..., so X")."""

SOURCE_OPENING = ("für",)
"""Words that attribute the rest of a sentence only when they open it, followed by a name and a comma ("Pour X, ...")."""

ECHO_DEMONSTRATIVES = ("das", "dies", "so")
"""A sentence opening with one of these and a speech verb attributes the previous sentence ("Das bestätigte X.")."""

REPORTED_MOOD = ("sei", "seien", "habe", "hätten", "werde", "würden", "könne", "müsse", "solle", "wolle", "gebe", "liege", "komme", "gehe", "stehe", "bleibe",
                 # third person singular Konjunktiv I of verbs common in any report (the indicative ends in -t:
                 # "finde" / "findet"), never a form shared with the indicative past
                 "dürfe", "möge", "wisse", "finde", "brauche", "fehle", "koste", "lohne", "entstehe", "arbeite",
                 "beschäftige", "investiere", "plane", "erwarte", "rechne", "halte", "mache", "bringe", "schaffe",
                 "zahle", "verdiene", "wachse", "betrage", "gelte", "diene", "prüfe", "trage", "verliere", "suche",
                 "biete", "sehe", "zähle", "reiche", "drohe", "spiele", "handle", "fließe", "sinke", "steige", "belaufe")
"""Verb forms of reported speech (German Konjunktiv I): a sentence with one continues the previous speaker."""

QUOTE_PAIRS = (("\u201e", "\u201c"), ("\u00bb", "\u00ab"), ("\u201a", "\u2018"), ("\u201c", "\u201d"), ('"', '"'))
"""Quotation marks of the language: (opening, closing)."""

CLAUSE_COORDINATORS = ("und", "aber", "oder", "jedoch")
"""Conjunctions that join a second reported clause to the first ("said A and that B", "affirme que A et que B"):
the two clauses are two pieces of reported speech; before a speech verb, they make it share the subject of the first."""

SOURCE_OWN = ("nach eigenen angaben", "nach eigenen worten", "eigenen angaben zufolge", "nach eigener darstellung",
    "nach eigener aussage", "nach eigener einschätzung", "nach eigener schätzung")
"""Phrases attributing the rest of the sentence to the subject of its own clause ("Nach eigenen Angaben hat X ...",
"By its own account, X ...")."""

SOURCE_POSSESSIVE = ("nach seinen worten", "nach ihren worten", "nach seinen angaben", "nach ihren angaben",
    "seinen angaben zufolge", "ihren angaben zufolge", "seiner ansicht nach", "ihrer ansicht nach",
    "seiner meinung nach", "ihrer meinung nach", "nach seiner einschätzung", "nach ihrer einschätzung",
    "seinen worten zufolge", "ihren worten zufolge")
"""Phrases attributing the rest of the sentence to the person a possessive pronoun stands for (the last person named:
"Nach seinen Worten ...", "In his words, ...")."""

SOURCE_ANAPHORIC = ("demnach",)
"""Sentence openings attributing the rest of the sentence to the source of the previous sentence ("Demnach ...")."""

RELATIVE_PRONOUNS = ("der", "die", "das", "welcher", "welche", "welches")
"""Relative pronouns that may be the subject of a speech verb ("der Konzern, der betont, dass ...")."""

OBJECT_RELATIVES = ("den", "die", "das", "was", "welchen", "welche", "welches")
"""Relative pronouns that may be the object of a speech verb in a relative clause set after a noun ("a figure
(that) the union calls ‘…’", "un chiffre que le maire juge « … »", "een aantal dat de burgemeester ‘…’ noemt", "eine
Zahl, die der Bürgermeister »…« nennt", "ce que / what / wat / was X …"): the verb's subject follows the pronoun, and
the clause before the noun is no speech of it."""

CONTACT_CLAUSES = False
"""Whether an object relative clause may go without its pronoun ("a figure the union calls ‘…’": English only)."""

TAG_PREPOSITIONS = ("in", "im", "auf", "bei", "beim", "am", "gegenüber", "vor", "nach", "während", "über")
"""Prepositions that open the phrase after a speech verb closing a tag, saying where or to whom the words were said
("A, the group said in its annual report.", "A, a indiqué le groupe dans son rapport annuel."): no reported clause."""

REFLEXIVES_AFTER_VERB = ("sich",)
"""A reflexive pronoun right after a verb form makes it another verb, no speech verb ("befand sich in Halle" is
located, "befand" alone rules); a reflexive speech verb lists its own forms ("freut sich")."""





SPLIT_SPEECH_VERBS = (("teilte", "mit"), ("teilten", "mit"), ("teilt", "mit"), ("räumte", "ein"), ("räumt", "ein"),
                      ("kündigte", "an"), ("kündigt", "an"), ("gab", "zu"), ("gibt", "zu"), ("fügte", "hinzu"),
                      ("fügt", "hinzu"), ("hob", "hervor"), ("hebt", "hervor"), ("stellte", "fest"), ("stellt", "fest"),
                      ("wies", "hin"), ("weist", "hin"), ("gab", "bekannt"), ("gibt", "bekannt"), ("wandte", "ein"),
                      ("rechnete", "vor"), ("rechnet", "vor"))
"""Separable speech verbs whose subject stands between the two parts (finite verb, particle): "..., teilte der
Konzern mit.", "In een verklaring liet de luchthaven weten dat ...", "Der Konzern teilte am Montag mit, dass ..."."""

ECHO_PHRASES = ECHO_PHRASES + tuple(dict.fromkeys(f"{demonstrative} {finite}" for demonstrative in ("das", "dies")
                                                  for finite, _ in SPLIT_SPEECH_VERBS))
"""(The echo openings with every separable speech verb: "Das kündigte X an.", "Dies räumte X ein.")"""

NOUNS_CAPITALISED = True
"""Whether every noun of the language is written with a capital (German): a lowercase word after a name then
ends the name's noun phrase ("des Flughafens landen dort": not the role "Land" inflected)."""

NAME_PREPOSITIONS = ("für", "von", "vom", "zur", "zum", "über",)
"""Lowercase prepositions inside an organisation's name ("Institute for Transport Studies", "Institut für
Verkehrsforschung")."""

ADJECTIVES_FOLLOW_NOUN = False
"""Whether adjectives usually follow the noun (French: "l'agence wallonne"); else a lowercase word after a role noun
that is no article or preposition ends the source phrase ("volgens het agentschap kwamen er ...")."""

ORG_NOUN_EQUIVALENTS = (("flughafen", "airport", "aéroport", "luchthaven"), ("hafen", "port", "haven"), ("zoll", "customs", "douane", "douanes"),)
"""An organisation noun of the language (first) and the words that stand for it in names written in another language
("de luchthaven" after "Liège Airport", "des Flughafens" after "Brussels Airport")."""

PRONOUN_GENDER = (("er", "m"), ("ihm", "m"), ("sie", "f"), ("ihr", "f"),)
"""The gender of a personal pronoun that stands for one person: "she said" does not stand for a man the text already
called "he" (a plural reading of "sie"/"zij" stands for no person either)."""

IMPERSONAL_SOURCES = ()
"""Prepositions that name the source after a speech verb with an impersonal subject ("a-t-on appris auprès de X").
(French only.)"""

SPOKESPERSON_ROLES = ("sprecher", "sprecherin", "sprecherinnen", "pressesprecher", "pressesprecherin", "vertreter",
                      "vertreterin")
"""Persons who speak for an organisation and are usually left unnamed ("a spokesperson said", "un porte-parole",
"een woordvoerster", "ein Sprecher", compounds "Konzernsprecher"): without a name of their own, the organisation they
speak for is the speaker (the organisation named in the phrase, "de la société", or the one named just before)."""

FRONTED_SOURCES = ("aus", "bei", "beim", "von", "vom", "im", "in", "auf", "seitens")
"""Prepositions of place that name the source of a sentence they open when its speech verb has an impersonal or
vague subject (:data:`IMPERSONAL_SUBJECTS`, :data:`IMPERSONAL_SPEECH`): "Du côté de la CGT, on dénonce ...", "Aus dem
Ministerium hieß es, ...", "Bij de vakbond klinkt het dat ...", "At the union, officials said ..."."""

IMPERSONAL_SUBJECTS = ("man",)
"""Subjects that name nobody in particular ("on", "man", "men", "officials"): a speech verb with one of them in a
sentence opened by :data:`FRONTED_SOURCES` is the fronted phrase's speech."""

IMPERSONAL_SPEECH = ("heißt es", "hieß es", "hiess es")
"""A verb and its dummy subject that report what is said without a speaker ("heißt es", "klinkt het"), read like a
speech verb with an impersonal subject after :data:`FRONTED_SOURCES`."""

PLACE_PREPOSITIONS = ("in", "im")
"""Prepositions that place a person's role somewhere ("a spokeswoman in Hong Kong", "un porte-parole à Paris", "een
woordvoerder in Brussel", "ein Sprecher in Berlin"): the name after them is a place, not the speaker."""

VERB_SECOND = True
"""Whether a main clause puts its finite verb second, after any fronted phrase, so that the subject follows the verb
("In een interview met De Krant zegt directeur X dat ...", "Im Gespräch mit der Zeitung sagte X, ..."): Dutch and
German."""

ORGANISATION_PRONOUNS = ("er", "sie", "ihm")
"""Personal pronouns that may also stand for an organisation ("The union warned on Monday. It said ...", "Le syndicat
s'inquiète. Selon lui, ..."): when no person was named before them, the organisation named just before."""

SHOW_VERBS = ("zeigt", "zeigen", "zeigte", "zeigten", "belegt", "belegen", "belegte", "belegten")
"""Verbs by which a document shows something ("Figures from X show that ...", "Les chiffres de X montrent que ...",
"Cijfers van X tonen ...", "Zahlen von X zeigen, dass ..."): speech verbs only when their subject holds a document noun
(:data:`DOCUMENT_NOUNS`), whose author is the speaker."""

ESTIMATE_PARTICIPLES = ("geschätzt",)
"""Participles of verbs of estimating that, right before a number (or a preposition and a number) and after no
auxiliary, qualify the number instead of reporting it. "Der Schaden liegt bei geschätzt 400 Mio. Euro": an adverb, no report (the perfect puts the participle at the clause end)."""
