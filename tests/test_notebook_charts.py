"""Reviewers read the rendered notebooks: every cell that saves a chart to figures/ also shows it inline."""

import json

import pytest

from helpers.io.paths import NOTEBOOKS_DIR


@pytest.mark.parametrize("path", sorted(NOTEBOOKS_DIR.glob("*.ipynb")), ids=lambda p: p.name)
def test_every_saved_chart_is_shown_in_its_notebook(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    saving = [cell for cell in notebook["cells"]
              if cell["cell_type"] == "code" and "save_" in "".join(cell["source"]) and "fig-" in "".join(cell["source"])]
    assert saving, f"{path.name} saves no chart"
    for cell in saving:
        shown = [output for output in cell.get("outputs", []) if "image/png" in output.get("data", {})]
        assert shown, f"{path.name}: a cell saves a chart without showing it:\n{''.join(cell['source'])}"
