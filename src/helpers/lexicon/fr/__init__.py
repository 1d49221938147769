"""French: the same parts as every language (see :mod:`helpers.lexicon`)."""
