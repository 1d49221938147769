"""Rendering the executed notebooks to standalone HTML pages for reviewers without Jupyter (``make report``).

The pages are built from the notebooks as committed (with their outputs): charts are embedded as images, tables
as HTML, and an index page links them. Nothing is executed here; run ``make run`` first to refresh the outputs.
"""

from __future__ import annotations

import html
from pathlib import Path

from helpers.notebooks import notebook_paths
from helpers.io.paths import NOTEBOOKS_DIR, PROJECT_ROOT

REPORT_DIR = PROJECT_ROOT / "report"


def notebook_title(notebook) -> str:
    """The first markdown heading of a notebook, without its ``#`` marks."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return "Untitled notebook"


def render_report(notebooks_dir: Path = NOTEBOOKS_DIR, out_dir: Path = REPORT_DIR) -> list[Path]:
    """Write one standalone HTML page per notebook and an ``index.html``; returns the pages written."""
    import nbformat
    from nbconvert import HTMLExporter

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(template_name="lab")
    pages, links = [], []
    for path in notebook_paths(notebooks_dir):
        notebook = nbformat.read(path, as_version=4)
        body, _ = exporter.from_notebook_node(notebook)
        page = out_dir / f"{path.stem}.html"
        page.write_text(body, encoding="utf-8")
        pages.append(page)
        links.append(f'<li><a href="{html.escape(page.name)}">{html.escape(notebook_title(notebook))}</a> '
                     f"<small>({html.escape(path.name)})</small></li>")
    index = out_dir / "index.html"
    index.write_text(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cainiao in Liège: the notebooks"
        "</title></head>\n<body style=\"font-family: sans-serif; max-width: 50em; margin: 2em auto\">\n"
        "<h1>Alibaba/Cainiao at Liège Airport: press claims as evidence</h1>\n<ol>\n" + "\n".join(links)
        + "\n</ol>\n</body></html>\n", encoding="utf-8")
    return [index, *pages]
