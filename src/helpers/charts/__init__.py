"""Charts: one house style (:mod:`helpers.charts.style`) and one module per notebook's charts.

- :mod:`helpers.charts.style` -- size, fonts, palette, source note, deterministic saving.
- :mod:`helpers.charts.corpus` -- notebook 01 (publication timeline, furniture share).
- :mod:`helpers.charts.stances` -- notebook 03 (stances by actor, by type, actor x topic).
- :mod:`helpers.charts.claims` -- notebook 04 (flows, jobs, investment and area, timeline).

Importing this package does not import matplotlib; the modules do.
"""
