"""Reviewers read the rendered notebooks: each opens with its findings, written by code from the tables, and every
cell that saves a chart to figures/ also shows it inline."""

import json

import pytest

from helpers.findings import notebook_findings
from helpers.io.paths import NOTEBOOKS_DIR

NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))


def source(cell) -> str:
    return "".join(cell["source"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_saved_chart_is_shown_in_its_notebook(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    saving = [cell for cell in notebook["cells"]
              if cell["cell_type"] == "code" and "save_" in source(cell) and "fig-" in source(cell)]
    assert saving, f"{path.name} saves no chart"
    for cell in saving:
        shown = [output for output in cell.get("outputs", []) if "image/png" in output.get("data", {})]
        assert shown, f"{path.name}: a cell saves a chart without showing it:\n{source(cell)}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_the_opening_output_is_the_generated_findings(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert cells[0]["cell_type"] == "markdown" and source(cells[0]).startswith("# ")
    opening = cells[1]
    assert opening["cell_type"] == "code" and "notebook_findings(" in source(opening)
    shown = "".join(opening["outputs"][0]["data"]["text/markdown"])
    assert shown == notebook_findings(path.name[:2]).data, f"{path.name}: findings differ from the tables: make run"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_notebook_pins_the_numbers_of_the_corpus_in_prose_or_asserts(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        text = source(cell)
        assert "Findings, checked" not in text
        if cell["cell_type"] == "code":
            for line in text.splitlines():
                if line.lstrip().startswith("assert"):
                    assert "== 5 " not in line and "len(articles) == " not in line, line
