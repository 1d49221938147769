"""``python -m helpers run`` is all or nothing: outputs are swapped in only when every notebook ran, and a failing
cell is named in a few plain lines. Checked on small stand-in notebooks in a temporary folder."""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from helpers.findings import END_MARKER, START_MARKER
from helpers.notebooks import NotebookError, describe_failure, strip_ansi
from helpers.run import Targets, run
from tests.conftest import snapshot

WRITES_A_FIGURE = """from helpers.io.paths import FIGURES_DIR, PROCESSED_DIR
(FIGURES_DIR / "fig-00-test.svg").write_text("<svg/>", encoding="utf-8")
print(sorted(path.name for path in PROCESSED_DIR.glob("*.csv"))[0])"""


def targets_with(tmp_path, *cells) -> Targets:
    targets = Targets(tmp_path / "processed", tmp_path / "figures", tmp_path / "notebooks", tmp_path / "README.md")
    for folder in (targets.processed, targets.figures, targets.notebooks):
        folder.mkdir()
    (targets.processed / "README.md").write_text("the data dictionary", encoding="utf-8")
    (targets.processed / "articles.csv").write_text("old\n", encoding="utf-8")
    (targets.figures / "fig-99-stale.png").write_bytes(b"old")
    targets.readme.write_text(f"# Project\n\n{START_MARKER}\nold\n{END_MARKER}\n", encoding="utf-8")
    notebook = new_notebook(cells=[new_markdown_cell("# 00 · A test"), new_markdown_cell("## Checks"), *cells])
    nbformat.write(notebook, targets.notebooks / "00-test.ipynb")
    return targets


def test_a_failing_cell_is_named_in_plain_lines_and_nothing_changes(tmp_path):
    targets = targets_with(tmp_path, new_code_cell(WRITES_A_FIGURE), new_code_cell("x = 1\nassert x == 2, 'x is not 2'"))
    before = snapshot(tmp_path)
    with pytest.raises(NotebookError) as raised:
        run(targets, staging=tmp_path / ".staging", progress=lambda line: None)
    message = str(raised.value)
    assert message.splitlines() == [
        "notebooks/00-test.ipynb: cell 4 (code cell 2, under '## Checks') failed",
        "  line 2: assert x == 2, 'x is not 2'",
        "  AssertionError: x is not 2",
    ]
    assert "\x1b[" not in message
    after = snapshot(tmp_path)
    assert {name: data for name, data in after.items() if not name.startswith(".staging")} == before


def test_a_run_swaps_every_output_in_together(tmp_path):
    targets = targets_with(tmp_path, new_code_cell(WRITES_A_FIGURE))
    lines = []
    run(targets, staging=tmp_path / ".staging", progress=lines.append)
    assert (targets.figures / "fig-00-test.svg").is_file() and not (targets.figures / "fig-99-stale.png").exists()
    assert (targets.processed / "README.md").read_text(encoding="utf-8") == "the data dictionary"
    assert (targets.processed / "articles.csv").read_text(encoding="utf-8") != "old\n"
    assert "**The corpus.**" in targets.readme.read_text(encoding="utf-8")
    executed = nbformat.read(targets.notebooks / "00-test.ipynb", as_version=4)
    assert executed.cells[2].outputs[0]["text"] == "actor_concept_stance.csv\n"
    assert [line.split(" (")[0] for line in lines if line.startswith("ran ")] == ["ran notebooks/00-test.ipynb"]
    assert not (tmp_path / ".staging").exists()


def test_describe_failure_without_an_error_output_keeps_the_last_line():
    notebook = new_notebook(cells=[new_code_cell("pass")])
    assert describe_failure("nb.ipynb", notebook, None, "\x1b[31mTraceback\x1b[0m\nKernelDied: gone") == \
        "nb.ipynb: KernelDied: gone"
    assert strip_ansi("\x1b[0;31mAssertionError\x1b[0m") == "AssertionError"


def test_notebooks_are_read_and_checked_without_building_the_iri_grammar():
    """A fresh process that executes notebooks skips rfc3987_syntax's grammar (about 1.5 CPU s at import), and
    nbformat still reads, validates and writes a project notebook (its schema checks no "iri" format)."""
    import subprocess
    import sys

    from helpers.io.paths import NOTEBOOKS_DIR

    code = ("import sys\nfrom helpers.notebooks import notebook_paths, skip_iri_grammar\nskip_iri_grammar()\n"
            "import nbformat\nnotebook = nbformat.read(notebook_paths()[0], as_version=4)\n"
            "nbformat.validate(notebook)\nnbformat.writes(notebook)\n"
            "print('jsonschema' in sys.modules, 'lark' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=NOTEBOOKS_DIR)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False"]
