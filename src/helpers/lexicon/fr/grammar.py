"""Mots de grammaire, français (voir :mod:`helpers.lexicon.en.grammar`)."""

CLAUSE_CUT = (r"et", r"mais", r"tandis que", r"alors que")
