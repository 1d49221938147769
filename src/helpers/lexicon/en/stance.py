"""English: general stance words (suggestions only), negations.

Words of the language that say a speaker welcomes or fears a project, not phrases of the five seed articles.
"""

SUPPORTIVE = (
    "opportunity", "opportunities", "welcome", "welcomes", "welcomed", "good news", "boost", "boosts", "benefit",
    "benefits", "beneficial", "positive", "proud", "pleased", "delighted", "happy", "optimistic", "success",
    "successful", "promising", "great", "excellent", "strong", "growth", "prosperity", "asset", "advantage",
    "win-win", "praise", "praised", "support", "supports", "supported", "enthusiastic", "confident", "thrilled",
    "milestone", "important step", "vital", "crucial", "major investment", "create jobs", "new jobs",
)
"""Words that show a favourable stance."""

CRITICAL = (
    "risk", "risks", "threat", "threats", "danger", "dangerous", "fear", "fears", "feared", "concern", "concerns",
    "concerned", "worry", "worries", "worried", "alarm", "alarming", "warning", "criticism", "criticise",
    "criticised", "criticize", "criticized", "oppose", "opposed", "opposition", "protest", "protests", "against",
    "negative", "problem", "problems", "damage", "harm", "harmful", "loss", "losses", "naive", "naïve",
    "unacceptable", "scandal", "espionage", "spying", "surveillance", "pollution", "noise", "nuisance",
    "disappointed", "disappointing", "doubt", "doubts", "sceptical", "skeptical", "mistake", "failure", "broken",
    "empty promises", "dependence", "dependent",
)
"""Words that show an unfavourable stance."""

NEGATIONS = ("not", "no", "never", "neither", "nor", "hardly", "without")
"""Negations: one of them up to three words before a stance word reverses it."""
