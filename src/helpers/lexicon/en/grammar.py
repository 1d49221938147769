"""Grammar words, English: words that shape a sentence rather than name a thing.

``CLAUSE_CUT``: coordinating and contrastive conjunctions that end a clause (read by
:func:`helpers.claims.evidence.clause_span`, between spaces).
"""

CLAUSE_CUT = (r"and", r"but", r"while", r"whereas")
