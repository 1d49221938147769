"""Turn press coverage of Alibaba/Cainiao's Liège hub into evidence.

Modules, one concern each:

- :mod:`helpers.paths` -- where the project's folders are (built from this package's location).
- :mod:`helpers.errors` -- the :class:`InputError` raised for bad input, naming the file or row.
- :mod:`helpers.catalog` -- reading and validating ``data/raw/catalog.csv``.
- :mod:`helpers.language` -- seeded language detection (langdetect).
- :mod:`helpers.furniture` -- rules that tell page furniture from article body.
- :mod:`helpers.corpus` -- loading articles and paragraphs into DataFrames.
- :mod:`helpers.outputs` -- atomic writing of processed tables.
- :mod:`helpers.build` -- ``python -m helpers build``.
- :mod:`helpers.charts` -- the house style and deterministic figure saving.

Importing this package opens no file and touches no network.
"""

__version__ = "0.1.0"
