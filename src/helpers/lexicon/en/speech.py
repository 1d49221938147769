"""English: speech verbs, attribution phrases, titles and role nouns, pronouns, quotation marks.

Plain data, read by :mod:`helpers.extract.attribution`, :mod:`helpers.extract.quotes` and
:mod:`helpers.extract.speakers`. Lower case; matching folds accents and typographic apostrophes. General vocabulary of
the language, never phrases of one article.
"""

_SPEECH_VERB_FORMS = ("states", "stated", "expect", "expects", "calculate", "forecasted", "indicate", "underline",
    "describe")
"""Speech verb forms outside the paradigms below (forms with a word after them, rarer verbs); merged into
:data:`SPEECH_VERBS`."""

SPEECH_VERB_PARADIGMS = {
    "hail": ("hail", "hails", "hailed", "hailing"),
    "count": ("counts", "counted"),  # a source's own count of a figure ("the statistics office counted 1,020")
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "add": ("adds", "added", "adding"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "claim": ("claims", "claimed", "claiming"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "stress": ("stresses", "stressed", "stressing"),
    "warn": ("warn", "warns", "warned", "warning"),
    "note": ("notes", "noted", "noting"),
    "recall": ("recalls", "recalled"),
    "reply": ("replies", "replied", "replying"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "estimate": ("estimates", "estimated"),
    "predict": ("predict", "predicts", "predicted"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "emphasise": ("emphasise", "emphasises", "emphasised", "emphasising"),
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing"),
    "maintain": ("maintains", "maintained"),
    "believe": ("believe", "believes", "believed"),
    "reckon": ("reckon", "reckons", "reckoned"),
    "conclude": ("conclude", "concludes", "concluded"),
    "indicate": ("indicates", "indicated"),
    "report": ("reports", "reported"),
    "comment": ("comments", "commented"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "promise": ("promises", "promised", "promising"),
    "pledge": ("pledges", "pledged", "pledging"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "underline": ("underlines", "underlined"),
    "observe": ("observe", "observes", "observed"),
    "deny": ("deny", "denies", "denied", "denying"),
    "ask": ("ask", "asks", "asked", "asking"),
    "answer": ("answers", "answered", "answering"),
    "remark": ("remarks", "remarked"),
    "boast": ("boasts", "boasted"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "caution": ("cautions", "cautioned"),
    "describe": ("describes", "described"),
    "contend": ("contend", "contends", "contended", "contending"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "reveal": ("reveals", "revealed"),
    "disclose": ("discloses", "disclosed"),
    "vow": ("vows", "vowed", "vowing"),
    "assure": ("assures", "assured"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "repeat": ("repeats", "repeated"),
    "point out": ("point out", "points out", "pointed out", "pointing out"),
    "forecast": ("forecasts", "forecast"),
    "hope": ("hope that", "hopes that", "hoped", "hoping that"),
    "fear": ("fear that", "fears that", "feared", "fearing that"),
    "urge": ("urges", "urged"),
    "demand": ("demands", "demanded"),
    "retort": ("retorts", "retorted", "retorting"),
    "counter": ("countered",),
    "respond": ("responds", "responded"),
    "expect": ("expects that", "expected that"),
    "mention": ("mentions", "mentioned"),
    "recount": ("recounts", "recounted"),
    "testify": ("testifies", "testified"),
    "calculate": ("calculates", "calculated"),
    "dispute": ("disputes", "disputed"),
    "hint": ("hints", "hinted"),
    "speak of": ("speaks of", "spoke of", "spoken of", "speaking of"),
    "tweet": ("tweets", "tweeted", "tweeting"),
    # verbs of naming and judging a thing in words ("called the plan 'a gamble'"), of reacting, and the tags of
    # manner of speaking ("sighed", "quipped"): the general class of the press's speech verbs
    "call": ("calls", "called", "calling"),
    "rule": ("ruled that", "rules that"),  # (of a court or a judge)
    "label": ("labels", "labelled", "labeled", "labelling", "labeling"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "term": ("termed",),
    "brand": ("branded",),
    "criticise": ("criticises", "criticised", "criticising", "criticizes", "criticized", "criticizing"),
    "condemn": ("condemns", "condemned", "condemning"),
    "welcome": ("welcomes", "welcomed"),
    "praise": ("praises", "praised"),
    "regret": ("regrets", "regretted"),
    "lament": ("laments", "lamented", "lamenting"),
    "joke": ("jokes", "joked"),
    "quip": ("quips", "quipped"),
    "sigh": ("sighs", "sighed"),
    "scoff": ("scoffs", "scoffed"),
    "muse": ("mused",),
    "object": ("objects that", "objected"),
    "protest": ("protested",),
    "wonder": ("wonders", "wondered"),
    "remind": ("reminds", "reminded"),
}
"""Speech verbs by infinitive with every form a report uses: present (3rd person, and 1st plural), past,
future and conditional, past participle (compound tenses take their auxiliary from :data:`AUXILIARIES`) and
present participle; separable verbs in both orders. A past form that is mostly a passive
participle ("jobs expected at suppliers") only with its clause ("expected that")."""

SPEECH_VERBS = tuple(dict.fromkeys(_SPEECH_VERB_FORMS + tuple(f for forms in SPEECH_VERB_PARADIGMS.values()
                                                              for f in forms)))
"""Every speech verb form (the union of the two tables above)."""

AUXILIARIES = ("has", "have", "had", "will", "would", "was", "were", "is", "also", "then", "later", "again",
               "further", "already", "previously", "recently", "has also", "had also", "is said to have", "reportedly",
               "publicly", "once", "repeatedly")
"""Words that may stand between a subject and its speech verb ("has said", "also told")."""

COMPLEMENTIZERS = ("that",)
"""Words opening a reported clause after a speech verb."""

SOURCE_BEFORE = ("according to", "in the words of", "as stated by", "as reported by", "as told by", "citing",
                 "quoting")
"""Phrases whose speaker follows them and which govern the rest of their sentence ("according to X, ...")."""

SOURCE_AFTER = ()
"""Phrases whose speaker follows them and which govern what precedes them ("..., aldus X" in Dutch)."""

SOURCE_POSTPOSED = ()
"""Phrases that follow their speaker and govern the rest of the sentence ("X zufolge" in German)."""

ECHO_PHRASES = ("that is what", "this is what", "so says", "so said")
"""A sentence opening that attributes the previous sentence to the speaker named after it ("That is what X said")."""

TIME_WORDS = ("on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday", "on sunday",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
              "last week", "this week", "last month", "on the phone", "in a statement", "in an interview",
              "at a press conference", "to reporters", "to journalists", "publicly", "recently", "earlier",
              "for its part", "for their part", "for his part", "for her part", "in turn", "in response",
              "meanwhile", "however", "though", "too", "also", "for now")
"""Words that may stand between a speech verb and its speaker, and incidental phrases between a subject and its
verb ("X, for its part, says"; "said on Tuesday the minister ...")."""

PERSONAL_PRONOUNS = ("he", "she", "they", "him", "her", "them", "the latter", "the former")
"""Pronouns that stand for the last person named (subjects of speech verbs)."""

FIRST_PERSON = ("i", "we")
"""First-person pronouns: inside a quotation, the speaker; outside, the author."""

DETERMINERS = ("the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "one", "another")
"""Determiners that may open a speaker's noun phrase."""

NAME_PARTICLES = ("de", "van", "der", "den", "von", "le", "la", "du", "des", "di", "da", "ten", "ter", "del", "dos",
                  "d'", "van't", "al", "bin", "el", "mc")
"""Lower-case words that may stand inside a person's name."""

TITLES = ("mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr.")
"""Courtesy titles before a name."""

ROLE_NOUNS = (
    # a noun of age that stands for a person named before ("the 61-year-old")
    "year-old",
    "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "chief executive", "ceo", "chairman",
    "chairwoman", "chair", "president", "vice-president", "director", "managing director", "head", "chief",
    "manager", "mayor", "governor", "official", "officials", "economist", "professor", "analyst", "researcher",
    "expert", "lawyer", "adviser", "advisor", "ambassador", "commissioner", "mp", "senator", "lawmaker",
    "deputy", "founder", "owner", "boss", "representative", "union leader", "unionist", "activist", "employee",
    "worker", "resident", "neighbour", "neighbor", "farmer", "driver", "chancellor", "premier", "prime minister",
    "leader", "councillor", "alderman", "prosecutor", "judge", "engineer", "consultant", "executive", "partner",
    "administration", "authority", "authorities", "organisations", "organizations", "associations",
    "unions", "companies", "residents", "analysts", "experts", "officials", "agency", "ministry", "government", "company", "group",
    "union", "port", "airport", "terminal", "operator", "firm", "association", "federation", "council", "commission",
    "police", "customs", "office", "department", "spokespeople", "service", "services", "observatory",
    "institute", "network", "bank", "court", "party", "chamber", "organisation", "organization", "alliance",
    "general manager", "director-general", "secretary-general", "delegate", "union delegate", "shop steward",
    "officer", "inspector", "scientist", "politician", "treasurer", "campaigner", "organiser", "organizer",
    "coordinator", "member", "alderwoman", "councilwoman", "councilman", "chief operating officer",
    "chief financial officer", "cfo", "coo", "cto",
    "harbour master", "harbourmaster", "harbor master", "port captain",
    "source", "insider",  # anonymous sources ("a source close to the file", "an insider")
    # bodies that speak as one (a later "the committee", "the board" takes up the one named before)
    "committee", "board", "coalition", "foundation", "charity", "collective", "regulator", "watchdog",
    "inspectorate", "parliament", "cabinet", "tribunal", "institution", "consortium", "cooperative",
    "platform", "movement", "confederation",
)
"""Nouns that present a source by role (people and organisations): "the minister", "a spokesperson for X"."""

PERSON_ROLES = (
    # a noun of age that stands for a person named before ("the 61-year-old")
    "year-old",
    "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "chief executive", "ceo", "chairman",
    "chairwoman", "president", "director", "head", "manager", "mayor", "governor", "economist", "professor",
    "analyst", "researcher", "expert", "lawyer", "adviser", "ambassador", "commissioner", "senator", "founder",
    "boss", "chancellor", "prime minister", "leader", "engineer", "consultant", "executive", "official",
    "lawmaker", "mp", "deputy", "councillor", "unionist", "activist", "resident", "spokesman", "spokeswoman",
    "general manager", "director-general", "secretary-general", "delegate", "union delegate", "shop steward",
    "officer", "inspector", "scientist", "politician", "treasurer", "campaigner", "organiser", "organizer",
    "coordinator", "alderwoman", "councilwoman", "councilman", "spokespeople", "chief operating officer",
    "chief financial officer", "cfo", "coo", "cto",
    "chair", "vice-president", "alderman", "representative", "worker", "employee", "neighbour", "neighbor",
    "farmer", "driver",
    "harbour master", "harbourmaster", "harbor master", "port captain",
    "source", "insider",  # anonymous sources ("a source close to the file", "an insider")
)
"""Role nouns that name a person (a pronoun after them refers to that person)."""

DOCUMENT_NOUNS = ("report", "study", "statement", "survey", "analysis", "press release", "note", "letter",
                  "document", "estimate", "estimates", "figures", "data", "forecast", "calculation", "calculations",
                  "plan", "plans", "accounts", "application", "leaflet", "proposal", "proposals", "details")
"""Nouns of a written source: "according to a report by X" names X."""

CLAUSE_WORDS = ("is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "must",
                "there", "it", "this", "that", "which", "who", "the company", "in", "on", "at", "for", "about")
"""Words that end a speaker's noun phrase and start the clause it governs ("according to X there are ...")."""

CLAUSE_VERBS = ("am", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "shall",
                "should", "can", "could", "may", "might", "must", "do", "does", "did")
"""Finite auxiliary and modal verbs: after a noun phrase they make it the subject of a new clause ("..., said the group
had chosen ..."), so the phrase is no inverted speech tag."""

COMPANY_NOUNS = ("company", "companies", "group", "firm", "corporation", "business", "carrier", "operator",
                 "investor", "buyer", "manufacturer", "carmaker", "automaker", "maker", "retailer", "giant",
                 "conglomerate", "shipper", "shipping line", "subsidiary", "parent", "multinational",
                 "management")
"""Nouns that name a company without its name ("the company", "the group", "the carmaker"): later mentions of the
company named before."""

ROLE_NOUNS = tuple(dict.fromkeys(ROLE_NOUNS + tuple(c for c in COMPANY_NOUNS if c not in ("parent",))))
"""The role nouns with the company nouns: a company noun presents a name as a role noun does ("Chinese carmaker Dragonwing said")."""

NOUN_ENDINGS = ("s",)
"""Inflection endings of a noun (the plural -s: "its representatives"), taken off before a
look-up in the role nouns."""

INDEFINITE_ARTICLES = ("a", "an")
"""Indefinite articles: a role noun after one introduces a new source ("a logistics group"), never a later mention."""

INTENSIFIERS = ("itself", "themselves", "himself", "herself")
"""Words that stress a noun phrase without changing what it names ("the company itself", "der Konzern selbst")."""

FIRST_PERSON_POSSESSIVES = ("our",)
"""First-person possessives: outside quotations a source "of ours" ("our calculations", "les calculs de notre
rédaction") is the outlet itself."""

ORG_NAME_WORDS = ("group", "holding", "holdings", "logistics", "motors", "express", "shipping", "airlines",
                  "airways", "rail", "capital", "partners", "industries", "technologies", "energy", "systems",
                  "ventures", "networks", "network", "international", "corp", "corporation", "inc", "ltd", "plc",
                  "llc", "ag", "gmbh", "sa", "nv", "bv", "se", "spa", "company", "co")
"""Words that end the names of companies (sectors and legal forms: "Dragonfly Motors", "Lanhai Logistics", "Zhenghe
AG"): a name with one is an organisation, not a person."""

AND_WORDS = ("and", "&")
"""Coordinating "and": inside a name after an of-word it joins its parts ("Administratie van Douane en Accijnzen",
"Ministry of Trade and Industry")."""

POSSESSIVES = ("its", "their")
"""Third-person possessives that may stand for an organisation before a role ("its spokesman", "ses représentants",
"haar woordvoerder", "ihr Sprecher"): the organisation named before speaks through them."""

CONNECTORS = ("but", "and", "or", "so", "yet", "however", "meanwhile", "also", "still", "then", "now", "thus", "all", "both", "while", "when", "if", "as", "in", "on", "at", "after", "before", "since", "with", "from", "by")
"""Sentence connectors and prepositions that open a sentence: never part of a speaker's name ("But Beijing said ..." names Beijing)."""

RECIPIENT_PREPOSITIONS = ("to", "at", "in", "before")
"""Prepositions of a hearer or a place between a speech verb and its speaker ("a expliqué à l'agence la porte-parole")."""

INTERVIEW_ANSWER = ("a", "answer")
"""Labels of an interview answer at the start of a paragraph ("A: ..."): the interviewee speaks."""

INTERVIEW_QUESTION = ("q", "question", "host", "presenter", "interviewer", "anchor", "moderator")
"""Labels of an interview question ("Q: ...") or of the person who asks (a broadcast's presenter, the
interviewer): general roles of a transcript, not names."""

OUTLET_STAFF = ("correspondent", "reporter", "presenter", "anchor", "newsreader")
"""Role nouns of the outlet's own journalists when they introduce one ("Our correspondent Tom Reyes", "reporter Ann
Lee"): in a broadcast transcript, the lines labelled with that person's name are the outlet's voice, like the
presenter's, not a quotation. (A journalist of another outlet, invited to speak, is a source: "journalist" is not
here.)"""

INVERSION_ADVERBS = ("as",)
"""Words after a comma that introduce an inverted speech tag ("..., zo bevestigde de provincie", "..., so X")."""

SOURCE_OPENING = ("for",)
"""Words that attribute the rest of a sentence only when they open it, followed by a name and a comma ("Pour X, ...")."""

ECHO_DEMONSTRATIVES = ("that is what", "this is what", "so")
"""A sentence opening with one of these and a speech verb attributes the previous sentence ("Das bestätigte X.")."""

REPORTED_MOOD = ()
"""Verb forms of reported speech (German Konjunktiv I): a sentence with one continues the previous speaker."""

QUOTE_PAIRS = (("\u201c", "\u201d"), ("\u2018", "\u2019"), ('"', '"'))
"""Quotation marks of the language: (opening, closing). Other languages' marks are read too."""

CLAUSE_COORDINATORS = ("and", "but", "or")
"""Conjunctions that join a second reported clause to the first ("said A and that B", "affirme que A et que B"):
the two clauses are two pieces of reported speech; before a speech verb, they make it share the subject of the first."""

SOURCE_OWN = ("by its own account", "by their own account", "by his own account", "by her own account",
    "by its own count", "on its own figures", "by its own figures", "by its own estimate",
    "according to its own figures", "according to their own figures")
"""Phrases attributing the rest of the sentence to the subject of its own clause ("Nach eigenen Angaben hat X ...",
"By its own account, X ...")."""

SOURCE_POSSESSIVE = ("in his words", "in her words", "in his view", "in her view", "in their words",
    "by his account", "by her account", "in his opinion", "in her opinion")
"""Phrases attributing the rest of the sentence to the person a possessive pronoun stands for (the last person named:
"Nach seinen Worten ...", "In his words, ...")."""

SOURCE_ANAPHORIC = ()
"""Sentence openings attributing the rest of the sentence to the source of the previous sentence ("Demnach ...")."""

RELATIVE_PRONOUNS = ("who", "which", "that")
"""Relative pronouns that may be the subject of a speech verb ("Cainiao, which has claimed that ...")."""

OBJECT_RELATIVES = ("that", "which", "whom", "what")
"""Relative pronouns that may be the object of a speech verb in a relative clause set after a noun ("a figure
(that) the union calls ‘…’", "un chiffre que le maire juge « … »", "een aantal dat de burgemeester ‘…’ noemt", "eine
Zahl, die der Bürgermeister »…« nennt", "ce que / what / wat / was X …"): the verb's subject follows the pronoun, and
the clause before the noun is no speech of it."""

CONTACT_CLAUSES = True
"""Whether an object relative clause may go without its pronoun ("a figure the union calls ‘…’": English only)."""

TAG_PREPOSITIONS = ("in", "on", "at", "to", "during", "after", "before", "via", "through", "by", "from", "ahead of")
"""Prepositions that open the phrase after a speech verb closing a tag, saying where or to whom the words were said
("A, the group said in its annual report.", "A, a indiqué le groupe dans son rapport annuel."): no reported clause."""

REFLEXIVES_AFTER_VERB = ()
"""A reflexive pronoun right after a verb form makes it another verb, no speech verb ("befand sich in Halle" is
located, "befand" alone rules); a reflexive speech verb lists its own forms ("freut sich")."""





SPLIT_SPEECH_VERBS = ()
"""Separable speech verbs whose subject stands between the two parts (finite verb, particle): "..., teilte der
Konzern mit.", "In een verklaring liet de luchthaven weten dat ...", "Der Konzern teilte am Montag mit, dass ..."."""

NOUNS_CAPITALISED = False
"""Whether every noun of the language is written with a capital (German): a lowercase word after a name then
ends the name's noun phrase ("des Flughafens landen dort": not the role "Land" inflected)."""

NAME_PREPOSITIONS = ("for", "of", "on",)
"""Lowercase prepositions inside an organisation's name ("Institute for Transport Studies", "Institut für
Verkehrsforschung")."""

ADJECTIVES_FOLLOW_NOUN = False
"""Whether adjectives usually follow the noun (French: "l'agence wallonne"); else a lowercase word after a role noun
that is no article or preposition ends the source phrase ("volgens het agentschap kwamen er ...")."""

ORG_NOUN_EQUIVALENTS = (("airport", "aéroport", "luchthaven", "flughafen"), ("port", "haven", "hafen"), ("customs", "douane", "douanes", "zoll"),)
"""An organisation noun of the language (first) and the words that stand for it in names written in another language
("de luchthaven" after "Liège Airport", "des Flughafens" after "Brussels Airport")."""

PRONOUN_GENDER = (("he", "m"), ("him", "m"), ("she", "f"), ("her", "f"),)
"""The gender of a personal pronoun that stands for one person: "she said" does not stand for a man the text already
called "he" (a plural reading of "sie"/"zij" stands for no person either)."""

IMPERSONAL_SOURCES = ()
"""Prepositions that name the source after a speech verb with an impersonal subject ("a-t-on appris auprès de X").
(French only.)"""

SPOKESPERSON_ROLES = ("spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen",
                      "press officer", "representative", "representatives")
"""Persons who speak for an organisation and are usually left unnamed ("a spokesperson said", "un porte-parole",
"een woordvoerster", "ein Sprecher", compounds "Konzernsprecher"): without a name of their own, the organisation they
speak for is the speaker (the organisation named in the phrase, "de la société", or the one named just before)."""

FRONTED_SOURCES = ("at", "inside", "within", "among")
"""Prepositions of place that name the source of a sentence they open when its speech verb has an impersonal or
vague subject (:data:`IMPERSONAL_SUBJECTS`, :data:`IMPERSONAL_SPEECH`): "Du côté de la CGT, on dénonce ...", "Aus dem
Ministerium hieß es, ...", "Bij de vakbond klinkt het dat ...", "At the union, officials said ..."."""

IMPERSONAL_SUBJECTS = ("officials", "sources", "people", "staff", "insiders", "they")
"""Subjects that name nobody in particular ("on", "man", "men", "officials"): a speech verb with one of them in a
sentence opened by :data:`FRONTED_SOURCES` is the fronted phrase's speech."""

IMPERSONAL_SPEECH = ()
"""A verb and its dummy subject that report what is said without a speaker ("heißt es", "klinkt het"), read like a
speech verb with an impersonal subject after :data:`FRONTED_SOURCES`."""

PLACE_PREPOSITIONS = ("in", "near")
"""Prepositions that place a person's role somewhere ("a spokeswoman in Hong Kong", "un porte-parole à Paris", "een
woordvoerder in Brussel", "ein Sprecher in Berlin"): the name after them is a place, not the speaker."""

VERB_SECOND = False
"""Whether a main clause puts its finite verb second, after any fronted phrase, so that the subject follows the verb
("In een interview met De Krant zegt directeur X dat ...", "Im Gespräch mit der Zeitung sagte X, ..."): Dutch and
German."""

ORGANISATION_PRONOUNS = ("it", "they")
"""Personal pronouns that may also stand for an organisation ("The union warned on Monday. It said ...", "Le syndicat
s'inquiète. Selon lui, ..."): when no person was named before them, the organisation named just before."""

SHOW_VERBS = ("show", "shows", "showed", "shown")
"""Verbs by which a document shows something ("Figures from X show that ...", "Les chiffres de X montrent que ...",
"Cijfers van X tonen ...", "Zahlen von X zeigen, dass ..."): speech verbs only when their subject holds a document noun
(:data:`DOCUMENT_NOUNS`), whose author is the speaker."""

ESTIMATE_PARTICIPLES = ()
"""Participles of verbs of estimating that, right before a number (or a preposition and a number) and after no
auxiliary, qualify the number instead of reporting it. English past and participle are one form ("The ministry estimated 400 jobs" reports): none."""
