"""Grammaticale woorden, Nederlands (zie :mod:`helpers.lexicon.en.grammar`)."""

CLAUSE_CUT = (r"en", r"maar", r"terwijl", r"doch")
