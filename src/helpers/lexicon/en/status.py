"""Status cues, English: the words that tell a promise from a realisation and a past figure (read by
:mod:`helpers.claims.status`, whose rule table says in which window each table is read and which wins).
Regular-expression fragments matched as whole words, case-insensitively. The same names exist in every language.

General grammar and vocabulary of the language -- future, conditional, modal verbs, passive prospects, plans,
targets, promises; perfect and present state; past tense -- never a phrase because one article contains it."""

PROMISED = (
    # future and going-to
    r"will", r"shall", r"won['’]t", r"['’]ll", r"going to", r"is to", r"are to", r"is due to", r"are due to",
    r"is set to", r"are set to", r"is poised to", r"are poised to",
    # conditional and modal
    r"would", r"could", r"might", r"may well", r"should", r"ought to",
    # expectation, plan, target, promise
    r"(?:is|are|was|were) expected", r"expect\w*", r"forecast\w*", r"projected", r"predict\w*", r"anticipated", r"estimated to",
    r"plans? to", r"plan(?:s|ned)? (?:a|an|another|new|further)(?!\w)", r"agree[sd]? to (?!(?:the|a|an|this|that|it|its|their)\b)\w+", r"planned", r"(?:the|a|its|their|original|initial) plans?", r"plans? for", r"intends? to", r"aims? to", r"aim(?:ed|s)? at", r"targets?",
    r"targeted", r"goal", r"objective", r"promis\w*", r"pledg\w*", r"commit(?:s|ted)?(?: [\w’\']+){0,3}? to", r"(?:there (?:was|is|has been) )?talk of", r"vow\w*",
    r"announced", r"in prospect", r"in the pipeline", r"on the cards", r"ultimately", r"eventually",
    r"in the long run", r"(?:over |in |within )?the (?:next|coming) \w+", r"has its eyes? on",
    r"eyeing", r"second phase", r"next phase", r"by the end of", r"up to \d+ more", r"future",
    r"potential(?:ly)?", r"hopes? to", r"seeks? to", r"envisag\w+", r"invests", r"is investing",
    r"wants? to", r"wanted to", r"intends? to", r"intended to", r"aims? to", r"seeks? to", r"is set to",
    r"designed to", r"built to", r"(?:was|were) to", r"(?:was|were) supposed to",
    # capacity: a modal of ability with a verb of throughput is what a site could do, not what it does
    r"can (?:handle|process|accommodate|sort|store|serve)", r"(?:is|are) able to", r"(?:is|are) capable of",
    # time still to run: "another two years", "a further ten years"
    r"(?:another|a further)(?= (?:\w+ ){0,2}(?:years?|months?|weeks?|days?)\b)",
    # hiring under way: vacancies are jobs to come
    r"(?:is|are)(?: still| now| currently)? (?:hiring|recruiting|seeking|looking for)", r"(?:is|are) (?:being )?sought", r"(?:is|are) to be filled",
    r"vacanc(?:y|ies)", r"open positions",
    # reckoning, imminence, offers
    r"counts? on", r"counting on", r"banks? on", r"banking on", r"reckons?", r"(?:is|are) about to",
    r"(?:is|are) on the verge of", r"proposes? to", r"proposing to", r"offers? to", r"offering to",
    # obligation and condition: what is required or allowed is not yet a fact
    r"must", r"has to", r"have to", r"needs? to", r"requires?", r"required to", r"demand(?:s|ed)?", r"conditional on",
    r"on condition that", r"provided that", r"subject to", r"tied to",
    # the simple present of a verb of creation announces: a creation is an event, not a state ("we create 500 jobs")
    r"creates", r"(?:we|they|I|you) create", r"(?:is|are) creating"
)
"""Future, conditional, modal and prospective cues: the figure is a promise or an expectation."""

REALISED = (
    # perfect (active and passive) and the participles of job creation
    r"ha(?:ve|s) been", r"ha(?:ve|s|d)(?: not| already| now| so far| since| yet| recently)? (?:been )?\w+(?:ed|en|t|wn)",
    r"were created", r"was created", r"materiali[sz]ed",
    # present state
    r"employs?", r"is employing", r"are employed", r"works? (?:at|in|for|on)", r"are working", r"is home to",
    r"counts", r"has a (?:staff|workforce) of", r"on the payroll", r"filled",
    # a count stated: "the union counted 610 employees" (not "counted on", a reckoning)
    r"counted(?! on\b)", r"numbered", r"totalled", r"totaled",
    # a purchase reported in the present or the past is done
    r"acquires", r"acquired", r"buys", r"bought", r"takes over", r"took over", r"has taken over",
    # time adverbs of the present
    r"already", r"so far", r"to date", r"until now", r"up to now", r"thus far", r"by now", r"now employs?", r"today",
    r"now", r"currently", r"at present", r"presently", r"meanwhile", r"in the meantime", r"as of",
)
"""Perfect, present-state and 'so far' cues: the figure is realised (it exists or happened)."""

PAST = (
    # a past habit: the background of the story, not its news (the past perfect is not one: reported speech
    # backshifts "has handled" to "said it had handled")
    r"used to",
    # the past progressive: an ongoing background state of the past ("the terminal was losing money for ten years")
    r"(?:was|were)(?: still)? (?!going\b)\w+ing",
    # adverbs of an earlier time
    r"ago", r"previously", r"formerly", r"at the time", r"back then", r"in the past", r"earlier", r"once", r"recently",
    r"prior to", r"before that", r"until then",
)
"""Background-past cues ('used to', 'ago', 'previously', 'at the time'): a context figure (not the hub's own) with one
of them is historical. The simple past of the news itself ("seized", "was handed") is not
one: the story's own events are realised."""

EARLIER = (r"\w+ years? ago", r"ago", r"previously", r"formerly", r"back then", r"at the time", r"in the past")
"""Adverbs of an earlier time: in its own clause, even a figure of the project is a past state ("ten years ago the
terminal employed 1,500"), historical."""

BASELINE = (r"against", r"compared (?:with|to)", r"versus", r"vs\.?")
"""Prepositions of comparison right before a figure ("1,020 ... against 610 in 2018"): with a past date, the figure is the
earlier level another is compared with -- a past state, even of the project."""

REPORTED = ()
"""The conditional of unconfirmed information (French "il avoisinerait", Dutch "zou ... bedragen") -- with a source
(:data:`HEARSAY`) in the sentence it reports a state, not a prospect; not a construction of this language."""

HEARSAY = ()

SINCE = (r"since", r"ever since")
"""A period that runs from a point to today ("since 2022"): a figure of such a period is a state that still holds,
not a past one (unlike "in the past ten years", a span that is over)."""

DEFINITE = (r"the", r"its", r"their", r"our", r"his", r"her", r"these", r"those")
"""Definite determiners and possessives right before a figure ("the 85 employees", "its 300 workers"): the set is
known, it exists."""

STAFF = (r"employees", r"workers", r"staff", r"staffers", r"personnel", r"members of staff", r"full-time equivalents",
         r"FTEs?", r"\w+ workers", r"dockers", r"drivers", r"agents", r"officers")
"""Nouns of the people on a payroll (not of posts or jobs, which can be promised): with a definite determiner, a
workforce that exists."""

NOW = ()
"""Adverbs of the present that make a reported conditional a state (French "actuellement, le site emploierait"); English
has no conditional of unconfirmed information (:data:`REPORTED`), so none."""

WE_HAVE = (r"we have", r"we['’]ve", r"have we")
"""The first person plural with "have" (perfect or possession): a speaker's own organisation, what it has or has done
-- realised, even with a past date."""

DETERMINERS = (r"the", r"a", r"an", r"its", r"their", r"his", r"her", r"our", r"this", r"these", r"those")
"""Determiners: a promise cue right after one is attributive ("the planned factory", "a promised bonus"), it says what
its own noun is."""

POSTNOMINAL = ()
"""Participles that can follow their noun as adjectives; in English a participle after a noun is mostly a verb ("the
minister promised"), so none."""

VERBAL_BEFORE = ()

ATTRIBUTIVE = (r"\w+ed", r"future", r"potential", r"prospective")
"""Forms of a promise cue that can be attributive (participles and adjectives: "planned", "promised", "future")."""

SIMILAR = (r"similar", r"comparable", r"the last time", r"the previous time")
"""Words that bring in a similar case as a precedent ("a similar deal", "the last time a carmaker came"): with a past
date, the figure is that precedent's, a past state."""

THRESHOLD = (r"from", r"starting (?:at|from)")
"""Bounds of an offer right before a figure ("plots from 2 hectares", "starting at 5,000 m²"): a lower threshold, not
an amount that exists or is promised; with no cue in its clause the figure states nothing by itself (unmarked)."""

FUTURE = (r"will", r"shall", r"won['’]t", r"['’]ll", r"(?:is|are|am) going to")
"""The future tense proper (not modals, plans or conditionals): in the sentence before a bare present, it sets the
future frame that present takes (:func:`helpers.claims.scope.future_frame`)."""
