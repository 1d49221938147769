"""English: general stance words (suggestions only) and the words that shape them.

Words of the language that say a speaker welcomes or fears a project, not phrases of particular articles. Read by
:mod:`helpers.coding.suggestions` (see its docstring for the weights and rules).
"""

SUPPORTIVE = (
    "opportunity", "opportunities", "welcome", "welcomes", "welcomed", "welcoming", "good news", "boost", "boosts",
    "boosting", "benefit", "benefits", "beneficial", "positive", "proud", "pleased", "delighted", "happy", "glad",
    "optimistic", "success", "successful", "promising", "great", "excellent", "fantastic", "strong", "prosperity",
    "asset", "advantage", "win-win", "praise", "praises", "praised", "support", "supports", "supported",
    "enthusiastic", "confident", "confidence", "thrilled", "milestone", "important step", "vital", "crucial",
    "good", "better", "best", "encouraging", "valuable", "useful", "attract", "attracts", "attractive",
    "competitive", "modern", "on track", "applaud", "applauds", "applauded", "hail", "hails", "hailed", "endorse",
    "endorses", "endorsed", "reassure", "reassured", "reassuring", "safe", "reliable", "proportionate",
    "reasonable", "unmatched", "unique", "ideal", "keeps its promises", "kept its promise", "vote of confidence",
    "transparent", "transparency", "historic", "logical step", "godsend", "nice", "indispensable", "thanks to")
"""Evaluative words that show a favourable stance (weight 2)."""

CRITICAL = (
    "risk", "risks", "risky", "threat", "threats", "threaten", "threatens", "danger", "dangerous", "fear", "fears",
    "feared", "concern", "concerns", "concerned", "worry", "worries", "worried", "alarm", "alarming", "warning",
    "warn", "warns", "warned", "criticism", "criticise", "criticises", "criticised", "criticize", "criticizes",
    "criticized", "denounce", "denounces", "denounced", "condemn", "condemns", "condemned", "oppose", "opposes",
    "opposed", "opposition", "protest", "protests", "against", "opponents", "hostile", "negative", "problem",
    "problems", "damage", "harm", "harmful", "naive", "naïve", "unacceptable", "scandal", "espionage", "spying",
    "spy", "spies", "surveillance", "pollution", "noise", "noisier", "nuisance", "disappointed", "disappointing",
    "doubt", "doubts", "sceptical", "skeptical", "mistake", "failure", "failed", "fails", "broken",
    "empty promises", "broken promises", "dependence", "dependent", "not enough", "too little", "too much",
    "suspicious", "secret", "secrecy", "unclear", "opaque", "lack", "lacks", "missing", "exploit", "exploitation",
    "precarious", "insecure", "complain", "complains", "complaint", "complaints", "angry", "anger", "outrage",
    "outraged", "controversial", "undermine", "undermines", "wrong", "bad", "worse", "worst", "trojan horse",
    "blank cheque", "blank check", "lottery", "deplore", "deplores", "regret", "regrets", "unfair", "burden",
    "unsustainable", "exhausted", "exhausting", "dumping", "mirage", "give away", "given away", "gave away",
    "sell off", "sold off", "grey area", "gray area", "loss", "losses")
"""Evaluative words that show an unfavourable stance (weight 2)."""

GAINS = (
    "jobs", "job creation", "create", "creates", "created", "creating", "invest", "invests", "invested",
    "investing", "investment", "investments", "investor", "investors", "hire", "hires", "hiring", "recruit",
    "recruits", "recruiting", "recruitment", "employ", "employs", "employer", "expand", "expands", "expansion",
    "extend", "extends", "extension", "growth", "grow", "grows", "growing", "grew", "grown", "prosper", "thrive",
    "new posts", "additional jobs")
"""Words of economic gain: they lean a statement towards the project (weight 1)."""

LOSSES = (
    "layoffs", "redundancies", "job losses", "closure", "closures", "shut down", "taxpayer", "taxpayers",
    "public money", "bankrupt", "bankruptcy", "relocate", "relocation", "temporary contracts",
    "fixed-term contracts", "agency workers", "temp workers", "unemployment", "unemployed", "jobless", "job seekers")
"""Words of economic loss or public cost: they lean a statement against the project (weight 1)."""

NEGATIONS = (
    "not", "no", "never", "neither", "nor", "hardly", "without", "nobody", "nothing", "n't", "none", "barely")
"""Negations: one of them up to three words before a stance word reverses it."""

SHIFTERS = (
    "less", "fewer", "lower", "lowered", "reduce", "reduces", "reduced", "reducing", "reduction", "cut", "cuts",
    "cutting", "shrink", "shrinks", "shrinking", "shrank", "shrunk", "fall", "falls", "fell", "falling", "drop",
    "drops", "dropped", "decline", "declines", "declined", "declining", "lose", "loses", "lost", "losing", "limit",
    "limits", "limited", "ease", "eased", "eases", "stop", "stops", "stopped")
"""Words of decrease: near a stance word (three words either side) they reverse it (*less noise*, *lost jobs*)."""

INTENSIFIERS = (
    "very", "highly", "deeply", "extremely", "really", "truly", "particularly", "especially", "too", "absolutely",
    "seriously", "major", "huge", "real")
"""Words that make the next stance word weigh more."""

DOWNTONERS = ("slightly", "somewhat", "rather", "fairly", "a bit", "partly", "perhaps", "maybe", "possibly")
"""Hedges that make the next stance word weigh less."""

CONTRASTS = ("but", "however", "nevertheless", "nonetheless")
"""Contrast words: the stance words before the last one count reversed, at half weight (*p but q*)."""

ADDITIVES = ("also", "as well", "not only", "not just")
"""Additive words: right after a contrast word (*but also*), or as a phrase before it (*not only ... but*), they
make it additive, not a contrast."""

PROMISES = ("promise", "promises", "promised", "pledge", "pledged", "vowed")
"""Promise words: followed by a contrast word or a negation, they count as a critical word."""
