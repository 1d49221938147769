"""Turn press coverage of Alibaba/Cainiao's Liège hub into evidence.

The package is laid out by stage; the folder listing reads as the pipeline:

- :mod:`helpers.io` -- paths, the catalog, reading and checking raw articles, errors, writing tables.
- :mod:`helpers.text` -- language of articles and paragraphs, page furniture.
- :mod:`helpers.extract` -- what a text states: quantities, dates, speakers and quotations.
- :mod:`helpers.claims` -- figures read as claims: measure, status, bounds, flows, consistency, timeline.
- :mod:`helpers.coding` -- hand codes (codebook), tables drawn from them, scores against the gold.
- :mod:`helpers.charts` -- the house style and the charts of each notebook.
- :mod:`helpers.build` (``python -m helpers build``), :mod:`helpers.findings` (the generated prose),
  :mod:`helpers.notebooks` (executing them), :mod:`helpers.report` (HTML for readers), :mod:`helpers.views`.

Importing this package opens no file and touches no network.
"""

__version__ = "0.1.0"
