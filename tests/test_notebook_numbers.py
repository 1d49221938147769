"""No reader-facing output shows a number in scientific notation (``3.000000e+02``, ``6e+07``): every output of
every notebook (text, HTML, streams) and the README's findings are scanned."""

from __future__ import annotations

import json
import re

import pytest

from helpers.charts.format import format_amount, format_number, format_percent
from helpers.io.paths import NOTEBOOKS_DIR, PROJECT_ROOT

SCIENTIFIC = re.compile(r"(?<![\w.#-])[-+]?\d+(?:\.\d+)?[eE][-+]?\d+(?![\w])")


def _outputs(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for number, cell in enumerate(notebook["cells"]):
        for output in cell.get("outputs", []):
            texts = [output.get("text", "")] + [value for key, value in output.get("data", {}).items()
                                                 if key.startswith("text/")]
            for text in texts:
                yield number, "".join(text) if isinstance(text, list) else str(text)


@pytest.mark.parametrize("path", sorted(NOTEBOOKS_DIR.glob("*.ipynb")), ids=lambda p: p.name)
def test_no_scientific_notation_in_notebook_outputs(path):
    found = [(cell, match.group(0)) for cell, text in _outputs(path) for match in SCIENTIFIC.finditer(text)]
    assert not found, f"{path.name}: scientific notation in outputs (cell, text): {found[:5]}"


def test_no_scientific_notation_in_the_readme():
    assert not SCIENTIFIC.findall((PROJECT_ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_pattern_catches_what_it_should():
    assert SCIENTIFIC.findall("value 3.000000e+02 and 6e+07 and -1.5E-3")
    assert not SCIENTIFIC.findall("file e004_01, id 2e4f8a, fig-04, word: one3e5x")


@pytest.mark.parametrize("value, unit, text", [
    (75e6, "EUR", "75 million EUR"), (2.8e9, "USD", "2.8 billion USD"), (220_000, "m2", "220,000 m²"),
    (300, "count", "300"), (98, "percent", "98%"), (72, "hour", "72 hours"), (-60e6, "EUR", "−60 million EUR"),
    (12.345, "count", "12.3"), (0.000012, "count", "0.000012"), (float("inf"), "count", "no upper limit"),
])
def test_the_one_formatter_never_writes_a_raw_float(value, unit, text):
    assert format_amount(value, unit) == text
    assert not SCIENTIFIC.findall(format_amount(value, unit))


def test_numbers_and_percentages():
    assert format_number(1e21) == "1,000,000,000,000,000,000,000"
    assert format_number(2.5) == "2.5" and format_number(-0.4483) == "−0.448"
    assert format_percent(0.4483) == "45%"
    assert format_amount(220_000, "m2", hectares=True) == "220,000 m² (22 ha)"
    assert format_amount(600e6, "EUR", signed=True) == "+600 million EUR"
