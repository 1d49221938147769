"""Stage 2, extraction: what a text states, each item with its exact character span.

- :mod:`helpers.extract.quantities` -- stated quantities (money, areas, percentages, durations, counts).
- :mod:`helpers.extract.dates` -- date expressions, resolved to intervals against the publication date.
- :mod:`helpers.extract.speakers` -- actor mentions, quotations, sentences, who states each span.
"""
