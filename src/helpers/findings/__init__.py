"""Findings written by code from the processed tables: the README's block and each notebook's opening output.

One module per notebook (:mod:`~helpers.findings.corpus` for 01, :mod:`~helpers.findings.figures` for 02,
:mod:`~helpers.findings.stances` for 03, :mod:`~helpers.findings.claims` for 04) and :mod:`~helpers.findings.readme`
for the README. Each returns Markdown computed from ``data/processed/`` (or the folder given), so the prose follows
the data when an article is added; nbval compares it like any other output.
"""

from helpers.findings.common import format_amount
from helpers.findings.readme import (END_MARKER, START_MARKER, compute_findings, readme_block, render_findings,
                                     updated_readme, write_findings)

__all__ = ["END_MARKER", "START_MARKER", "compute_findings", "format_amount", "notebook_findings", "readme_block",
           "render_findings", "updated_readme", "write_findings"]


def notebook_findings(notebook: str, processed_dir=None):
    """The findings of notebook ``"01"`` to ``"04"`` as a Markdown display object (the notebook's opening output)."""
    from IPython.display import Markdown

    from helpers.findings import claims, corpus, figures, stances
    from helpers.io.paths import PROCESSED_DIR

    writers = {"01": corpus.corpus_findings, "02": figures.figure_findings, "03": stances.stance_findings,
               "04": claims.claim_findings}
    return Markdown(writers[notebook](processed_dir or PROCESSED_DIR))
