"""Hand codes and their use: the annotations of ``data/annotations/`` (codebook), the tables drawn from coded
statements, and the scoring of the rules against the hand-coded gold.

- :mod:`helpers.coding.annotations` -- loading and validating ``actors.csv`` and ``statements.csv``.
- :mod:`helpers.coding.stances` -- stances per actor, actor x concept, the DNA edge list.
- :mod:`helpers.coding.scoring` -- precision, recall and attribution accuracy against the gold.
"""
