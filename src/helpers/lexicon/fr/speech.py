"""French: speech verbs, attribution phrases, titles and role nouns, pronouns, quotation marks.

Plain data, read by :mod:`helpers.extract.attribution`, :mod:`helpers.extract.quotes` and
:mod:`helpers.extract.speakers`. Lower case; matching folds accents and typographic apostrophes. General vocabulary of
the language, never phrases of one article.
"""

SPEECH_VERBS = (
    "dit", "disent", "dire", "disait", "déclare", "déclarent", "déclaré", "déclarait", "affirme", "affirment",
    "affirmé", "affirmait", "estime", "estiment", "estimé", "estimait", "explique", "expliquent", "expliqué",
    "expliquait", "ajoute", "ajoutent", "ajouté", "ajoutait", "indique", "indiquent", "indiqué", "indiquait",
    "précise", "précisent", "précisé", "précisait", "souligne", "soulignent", "souligné", "soulignait", "assure",
    "assurent", "assuré", "assurait", "annonce", "annoncent", "annoncé", "annonçait", "rappelle", "rappellent",
    "rappelé", "confie", "confient", "confié", "insiste", "insisté", "martèle", "martelé", "avance", "avancé",
    "juge", "jugent", "jugé", "considère", "considèrent", "considéré", "pense", "pensent", "prévient", "prévenu",
    "avertit", "averti", "reconnaît", "reconnaissent", "reconnu", "signale", "signalé", "observe", "observé",
    "constate", "constaté", "commente", "commenté", "répond", "répondent", "répondu", "dénonce", "dénoncent",
    "dénoncé", "regrette", "regretté", "conclut", "conclu", "poursuit", "poursuivi", "lance", "lancé", "raconte",
    "raconté", "confirme", "confirment", "confirmé", "promet", "promis", "écrit", "écrivent", "fait savoir",
    "a fait savoir", "se félicite", "se réjouit", "s'inquiète", "insistent", "tempère", "nuance", "nuancé",
    "relève", "relevé", "note", "noté", "admet", "admis", "martèlent", "détaille", "détaillé", "résume", "résumé",
    "argumente", "qualifie", "qualifié", "qualifient", "plaide", "plaidé", "s'interroge", "s'étonne", "réagit", "réagi",
    "calcule", "calculent", "calculé", "calculait", "rappelait", "rappelaient", "exige", "exigent", "exigé",
    "exigeait", "demande", "demandent", "demandé", "demandait", "craint", "craignent", "craignait", "préviennent",
    "prévenait", "prédit", "prédisent", "réclame", "réclament", "réclamé", "réclamait", "ironise", "ironisé",
    "s'attend", "s'attendent",
    "promettent", "promettait", "promettaient", "promettre",
)
"""Speech verbs in every tense and person (simple forms and participles; auxiliaries in :data:`AUXILIARIES`)."""

AUXILIARIES = ("a", "ont", "avait", "avaient", "aura", "avaient", "a-t-il", "a-t-elle", "ont-ils", "ont-elles",
               "aussi", "encore", "déjà", "également", "alors", "ensuite", "lui", "leur", "nous", "a encore",
               "a également", "a aussi")
"""Words that may stand between a subject and its speech verb ("a déclaré", "a également souligné")."""

COMPLEMENTIZERS = ("que", "qu'")
"""Words opening a reported clause after a speech verb."""

SOURCE_BEFORE = ("selon", "d'après", "aux dires de", "de l'avis de", "citant", "aux yeux de")
"""Phrases whose speaker follows them and which govern the rest of their sentence ("selon X, ...")."""

SOURCE_AFTER = ()
"""Phrases whose speaker follows them and which govern what precedes them."""

SOURCE_POSTPOSED = ()
"""Phrases that follow their speaker and govern the rest of the sentence."""

ECHO_PHRASES = ("c'est ce qu'a", "c'est ce que", "voilà ce qu'a", "c'est ce qu'affirme", "c'est ce qu'explique",
                "c'est ce qu'estime", "c'est ce qu'indique")
"""A sentence opening that attributes the previous sentence to the speaker named after it."""

TIME_WORDS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
              "ce lundi", "ce mardi", "ce mercredi", "ce jeudi", "ce vendredi", "ce samedi", "ce dimanche",
              "ce matin", "hier soir", "lundi soir", "mardi soir", "mercredi soir", "jeudi soir", "vendredi soir",
              "la semaine dernière", "à la presse", "aux journalistes", "dans un communiqué", "lors d'une conférence de presse",
              "en conférence de presse", "à l'agence", "au journal", "encore", "aussi", "également", "alors",
              "ensuite", "enfin", "d'ailleurs", "pour sa part", "de son côté")
"""Words that may stand between a speech verb and its speaker ("a déclaré mardi le ministre ...")."""

PERSONAL_PRONOUNS = ("il", "elle", "ils", "elles", "eux", "ce dernier", "cette dernière", "celui-ci", "celle-ci",
                     "lui", "-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles")
"""Pronouns that stand for the last person named (also the inverted "-t-il" of "a-t-il déclaré")."""

FIRST_PERSON = ("je", "j'", "nous")
"""First-person pronouns."""

DETERMINERS = ("le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "son", "sa", "ses", "leur",
               "notre", "du", "de la")
"""Determiners that may open a speaker's noun phrase."""

NAME_PARTICLES = ("de", "du", "des", "d'", "van", "der", "den", "von", "le", "la", "di", "da", "del", "dos", "ten",
                  "ter")
"""Lower-case words that may stand inside a person's name."""

TITLES = ("m.", "m", "mme", "mlle", "mmes", "mm.", "monsieur", "madame", "mademoiselle", "me", "maître", "dr",
          "docteur", "pr")
"""Courtesy titles before a name."""

ROLE_NOUNS = (
    "ministre", "ministre-président", "secrétaire d'état", "porte-parole", "directeur", "directrice",
    "directeur général", "directrice générale", "administrateur délégué", "administratrice déléguée", "président",
    "présidente", "vice-président", "patron", "patronne", "pdg", "ceo", "responsable", "chef", "bourgmestre",
    "maire", "échevin", "échevine", "gouverneur", "économiste", "professeur", "professeure", "chercheur",
    "chercheuse", "analyste", "expert", "experte", "avocat", "avocate", "conseiller", "conseillère", "ambassadeur",
    "ambassadrice", "commissaire", "député", "députée", "sénateur", "sénatrice", "fondateur", "fondatrice",
    "représentant", "représentante", "syndicaliste", "délégué syndical", "militant", "militante", "habitant",
    "habitante", "riverain", "riveraine", "agriculteur", "chauffeur", "premier ministre", "dirigeant",
    "dirigeante", "ingénieur", "consultant", "administration", "autorité", "autorités", "organisations", "associations", "syndicats",
    "entreprises", "riverains", "habitants", "élus", "observateurs", "experts", "analystes", "agence", "ministère",
    "gouvernement", "entreprise", "groupe", "syndicat", "port", "aéroport", "société", "fédération", "association",
    "conseil", "commission", "police", "douane", "douanes", "direction", "cabinet", "service", "services", "collectif", "observatoire", "institut", "réseau",
    "banque", "cour", "parti", "chambre", "organisation", "alliance", "union", "office",
    "manager", "gérant", "gérante", "délégué", "déléguée", "déléguée syndicale", "secrétaire", "secrétaire général",
    "secrétaire générale", "inspecteur", "inspectrice", "fonctionnaire", "scientifique", "élu", "élue", "trésorier",
    "trésorière", "coordinateur", "coordinatrice", "membre", "conseiller régional", "conseillère régionale",
    "conseiller communal", "conseillère communale", "directeur financier", "directrice financière",
    "responsable syndical",
    "capitaine", "capitaine du port", "capitainerie",
)
"""Nouns that present a source by role (people and organisations)."""

PERSON_ROLES = (
    "ministre", "porte-parole", "directeur", "directrice", "administrateur délégué", "président", "présidente",
    "patron", "patronne", "pdg", "ceo", "responsable", "chef", "bourgmestre", "maire", "échevin", "gouverneur",
    "économiste", "professeur", "professeure", "chercheur", "chercheuse", "analyste", "expert", "avocat",
    "conseiller", "ambassadeur", "commissaire", "député", "députée", "sénateur", "fondateur", "dirigeant",
    "premier ministre",
    "manager", "gérant", "gérante", "délégué", "déléguée", "délégué syndical", "déléguée syndicale", "secrétaire",
    "secrétaire général", "secrétaire générale", "inspecteur", "inspectrice", "fonctionnaire", "scientifique",
    "élu", "élue", "trésorier", "trésorière", "coordinateur", "coordinatrice", "conseiller régional",
    "conseillère régionale", "conseiller communal", "conseillère communale", "directeur financier",
    "directrice financière", "responsable syndical", "syndicaliste",
    "conseillère", "sénatrice", "ambassadrice", "fondatrice", "avocate", "experte", "dirigeante", "échevine",
    "cheffe", "ingénieur", "ingénieure", "militant", "militante", "vice-président", "vice-présidente", "adjoint",
    "adjointe", "représentant", "représentante", "ministre-président", "ministre-présidente", "directeur général",
    "directrice générale", "administratrice déléguée", "riverain", "riveraine", "habitant", "habitante",
    "gouverneure",
    "capitaine", "capitaine du port",
)
"""Role nouns that name a person."""

DOCUMENT_NOUNS = ("rapport", "étude", "communiqué", "enquête", "analyse", "note", "lettre", "document",
                  "estimation", "estimations", "chiffres", "données", "prévisions", "calculs")
"""Nouns of a written source: "selon un rapport de X" names X."""

CLAUSE_WORDS = ("est", "sont", "était", "étaient", "sera", "seront", "a", "ont", "avait", "va", "vont", "peut",
                "pourrait", "devrait", "doit", "il", "elle", "ils", "elles", "on", "ce", "cela", "qui", "que", "dont",
                "en", "dans", "sur", "pour")
"""Words that end a speaker's noun phrase and start the clause it governs."""

CLAUSE_VERBS = ("suis", "es", "est", "sommes", "êtes", "sont", "étais", "était", "étions", "étiez", "étaient", "serai",
                "sera", "serons", "seront", "serait", "seraient", "ai", "as", "a", "avons", "avez", "ont", "avais",
                "avait", "avaient", "aura", "auront", "aurait", "auraient", "va", "vont", "allait", "allaient", "peut",
                "peuvent", "pouvait", "pourra", "pourrait", "pourraient", "doit", "doivent", "devait", "devra",
                "devrait", "devraient", "veut", "veulent", "voulait", "voudrait")
"""Finite auxiliary and modal verbs: after a noun phrase they make it the subject of a new clause ("..., a dit le
groupe avait choisi ..."), so the phrase is no inverted speech tag."""

COMPANY_NOUNS = ("entreprise", "entreprises", "groupe", "société", "firme", "compagnie", "opérateur",
                 "investisseur", "acheteur", "repreneur", "constructeur", "fabricant", "transporteur", "géant",
                 "logisticien", "exploitant", "armateur", "filiale", "multinationale", "industriel")
"""Nouns that name a company without its name ("l'entreprise", "le groupe", "le logisticien"): later mentions of the
company named before."""

NOUN_ENDINGS = ("s",)
"""Inflection endings of a noun (the plural -s: "ses représentants"), taken off before a
look-up in the role nouns."""

INDEFINITE_ARTICLES = ("un", "une")
"""Indefinite articles: a role noun after one introduces a new source ("a logistics group"), never a later mention."""

INTENSIFIERS = ("lui-même", "elle-même", "eux-mêmes", "elles-mêmes", "même")
"""Words that stress a noun phrase without changing what it names ("the company itself", "der Konzern selbst")."""

FIRST_PERSON_POSSESSIVES = ("notre", "nos")
"""First-person possessives: outside quotations a source "of ours" ("our calculations", "les calculs de notre
rédaction") is the outlet itself."""

ORG_NAME_WORDS = ("group", "holding", "holdings", "logistics", "motors", "express", "shipping", "airlines",
                  "airways", "rail", "capital", "partners", "industries", "technologies", "energy", "systems",
                  "ventures", "networks", "network", "international", "corp", "corporation", "inc", "ltd", "plc",
                  "llc", "ag", "gmbh", "sa", "nv", "bv", "se", "spa", "groupe", "sas", "sarl", "compagnie",
                  "société")
"""Words that end the names of companies (sectors and legal forms: "Dragonfly Motors", "Lanhai Logistics", "Zhenghe
AG"): a name with one is an organisation, not a person."""

AND_WORDS = ("et", "&")
"""Coordinating "and": inside a name after an of-word it joins its parts ("Administratie van Douane en Accijnzen",
"Ministry of Trade and Industry")."""

SELF_SOURCES = ("selon ses propres chiffres", "selon ses propres estimations", "de son propre aveu", "selon ses propres termes", "d'après ses propres chiffres")
"""Phrases that make the subject of their own clause the source ("Nach eigenen Angaben hat der Konzern X ...", "by its
own account, X has ..."): the name named next in the sentence speaks."""

PRONOUN_SOURCES = ("à ses yeux", "selon ses termes", "à son avis", "selon son estimation")
"""Phrases that attribute their sentence to the person named last ("Nach seinen Worten arbeiten ...", "in her view
...")."""

POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")
"""Third-person possessives that may stand for an organisation before a role ("its spokesman", "ses représentants",
"haar woordvoerder", "ihr Sprecher"): the organisation named before speaks through them."""

CONNECTORS = ("mais", "et", "ou", "donc", "or", "cependant", "pourtant", "ainsi", "alors", "aussi", "puis", "tous", "quand", "si", "comme", "en", "dans", "après", "avant", "depuis", "avec", "sur")
"""Sentence connectors and prepositions that open a sentence: never part of a speaker's name ("But Beijing said ..." names Beijing)."""

RECIPIENT_PREPOSITIONS = ("à", "au", "aux", "devant", "auprès de")
"""Prepositions of a hearer or a place between a speech verb and its speaker ("a expliqué à l'agence la porte-parole")."""

INTERVIEW_ANSWER = ("r", "réponse")
"""Labels of an interview answer at the start of a paragraph ("A: ..."): the interviewee speaks."""

INTERVIEW_QUESTION = ("q", "question")
"""Labels of an interview question ("Q: ...")."""

INVERSION_ADVERBS = ("comme", "ainsi que")
"""Words after a comma that introduce an inverted speech tag ("..., zo bevestigde de provincie", "..., so X")."""

SOURCE_OPENING = ("pour",)
"""Words that attribute the rest of a sentence only when they open it, followed by a name and a comma ("Pour X, ...")."""

ECHO_DEMONSTRATIVES = ("c'est ce qu'", "c'est ce que", "voilà ce qu'", "voilà ce que", "ainsi")
"""A sentence opening with one of these and a speech verb attributes the previous sentence ("Das bestätigte X.")."""

REPORTED_MOOD = ()
"""Verb forms of reported speech (German Konjunktiv I): a sentence with one continues the previous speaker."""

QUOTE_PAIRS = (("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ('"', '"'))
"""Quotation marks of the language: (opening, closing)."""
