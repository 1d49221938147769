"""Stage 0, input and output: where the folders are, the catalog, reading and checking the raw articles, writing tables.

- :mod:`helpers.io.paths` -- the project's folders, built from this package's location.
- :mod:`helpers.io.errors` -- :class:`~helpers.io.errors.InputError`, raised for bad input, naming the file or row;
  :class:`~helpers.io.errors.OutputError` for an output folder that cannot be written.
- :mod:`helpers.io.catalog` -- reading and validating ``data/raw/catalog.csv``.
- :mod:`helpers.io.corpus` -- decoding and checking the articles; the article and paragraph tables.
- :mod:`helpers.io.checks` -- article file names, links and ``SHA256SUMS``; :mod:`helpers.io.encodings` --
  UTF-16/32, double-encoded UTF-8 and blank texts, recognised.
- :mod:`helpers.io.spreadsheet` -- cells a spreadsheet would execute, neutralised in every written table.
- :mod:`helpers.io.outputs` -- writing the processed tables so that a failed build leaves the old ones in place.
"""
