"""Grammatikwörter, Deutsch (siehe :mod:`helpers.lexicon.en.grammar`). "während" fehlt: es ist auch eine Präposition
("während der letzten Jahre") und würde eine Zahl von ihrem Zeitraum trennen."""

CLAUSE_CUT = (r"und", r"aber", r"sondern", r"wohingegen", r"jedoch")
