"""English: general stance words (suggestions only), negations.

Words of the language that say a speaker welcomes or fears a project, not phrases of the five seed articles.
"""

SUPPORTIVE = (
    "opportunity", "opportunities", "welcome", "welcomes", "welcomed", "good news", "boost", "boosts", "benefit",
    "benefits", "beneficial", "positive", "proud", "pleased", "delighted", "happy", "optimistic", "success",
    "successful", "promising", "great", "excellent", "strong", "growth", "prosperity", "asset", "advantage",
    "win-win", "praise", "praised", "support", "supports", "supported", "enthusiastic", "confident", "thrilled",
    "milestone", "important step", "vital", "crucial", "major investment", "create jobs", "new jobs",
    "good", "better", "best", "glad", "welcoming", "encouraging", "valuable", "useful", "investment in", "attract", "attracts", "attractive", "competitive", "modern", "boosting", "on track", "keep our promise", "keep its promise", "committed", "commitment", "gateway", "hub for", "will create", "jobs for", "training", "opportunity for", "proud of", "fantastic", "good for")
"""Words that show a favourable stance."""

CRITICAL = (
    "risk", "risks", "threat", "threats", "danger", "dangerous", "fear", "fears", "feared", "concern", "concerns",
    "concerned", "worry", "worries", "worried", "alarm", "alarming", "warning", "criticism", "criticise",
    "criticised", "criticize", "criticized", "oppose", "opposed", "opposition", "protest", "protests", "against",
    "negative", "problem", "problems", "damage", "harm", "harmful", "loss", "losses", "naive", "naïve",
    "unacceptable", "scandal", "espionage", "spying", "surveillance", "pollution", "noise", "nuisance",
    "disappointed", "disappointing", "doubt", "doubts", "sceptical", "skeptical", "mistake", "failure", "broken",
    "empty promises", "dependence", "dependent",
    "not enough", "too little", "too much", "fewer than", "only", "failed", "fails", "questions", "question", "suspicious", "secret", "secrecy", "unclear", "lack", "lacks", "missing", "exploit", "exploitation", "precarious", "temporary", "cut", "cuts", "sleep", "sleepless", "complain", "complaint", "complaints", "angry", "anger", "outrage", "warn", "warns", "warned", "risky", "controversial", "vacuum", "spy", "spies", "threatens", "undermine", "wrong", "bad", "worse", "worst")
"""Words that show an unfavourable stance."""

NEGATIONS = ("not", "no", "never", "neither", "nor", "hardly", "without")
"""Negations: one of them up to three words before a stance word reverses it."""
