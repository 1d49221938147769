"""Stage 2, extraction: what a text states, each item with its exact character span.

- :mod:`helpers.extract.quantities` -- stated quantities (money, areas, percentages, durations, counts, rates);
  its parts: :mod:`~helpers.extract.numbers` (digits and number words), :mod:`~helpers.extract.quantity_rules`
  (the lexicon tables compiled), :mod:`~helpers.extract.quantity_reading` and :mod:`~helpers.extract.quantity_units`
  (one candidate number).
- :mod:`helpers.extract.dates` -- date expressions, resolved to intervals against the publication date; its parts:
  :mod:`~helpers.extract.date_rules` (the ordered rule table), :mod:`~helpers.extract.date_resolvers`,
  :mod:`~helpers.extract.date_words` (the lexicon words as lookups), :mod:`~helpers.extract.date_math`.
- :mod:`helpers.extract.mentions` -- mentions of the registry (actors.csv);
- :mod:`helpers.extract.speakers` -- speakers from the text (name, role), resolved within an article;
- :mod:`helpers.extract.quotes` -- quotation marks paired once, quotation types;
- :mod:`helpers.extract.attribution`, :mod:`helpers.extract.layouts` -- quotations, reported speech, who states each span;
- :mod:`helpers.extract.speech_tables` -- rows of quotes.csv, proposed_actors.csv, mentions.
"""
