"""Adding articles the way the README says, with no file edited by hand: the real loop.

On a copy of the project, three new articles (French, Dutch, English; short original texts in tests/data/added/)
are added with ``python -m helpers add`` and ``make add``, then ``make run`` rebuilds everything and the tests that
read the corpus pass in the copy. The new articles must be in every table (articles, paragraphs, quantities,
claims) and in the jobs chart's table. Nobody coded them: gold and codes are optional.

The first tests check the command's refusals on a copy of data/raw/ (nothing written when a check fails).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.add import add_article
from helpers.io.errors import InputError
from tests.conftest import copy_project, snapshot

ADDED = Path(__file__).resolve().parent / "data" / "added"
NEW = {  # file: (outlet, published, language)
    "lesoir_2024_fret_liege.txt": ("Le Soir", "2024-03-15", "fr"),
    "standaard_2023_luik_hub.txt": ("De Standaard", "2023-03-04", "nl"),
    "gazette_2022_cargo_hub.txt": ("The Gazette", "2022-09-09", "en"),
}
CORPUS_TESTS = ["tests/test_raw_data.py", "tests/test_readme.py", "tests/test_notebook_charts.py",
                "tests/test_catalog.py", "tests/test_data_dictionary.py",
                "tests/test_annotations.py::test_every_seed_article_has_statements_and_every_statement_an_article",
                "tests/test_quantities_gold.py::test_gold_covers_every_seed_article"]
"""The tests that read the whole corpus or its outputs (digests, catalog, README findings, notebooks' findings,
data dictionary, optional gold and codes). The notebooks' own checks ran in ``make run``; nbval re-running them in
the copy would double the time for no new check."""


# -- the command's checks, on a copy of data/raw/ ------------------------------------------------------------------

def test_add_copies_the_file_and_writes_its_row_and_digest(raw_copy):
    source = ADDED / "standaard_2023_luik_hub.txt"
    added = add_article(source, {"outlet": "De Standaard", "published": "2023-03-04", "title": "Luik"}, raw_dir=raw_copy)
    assert (raw_copy / "articles" / added.file).read_bytes() == source.read_bytes()
    assert (raw_copy / "catalog.csv").read_text(encoding="utf-8").endswith(
        "standaard_2023_luik_hub.txt,De Standaard,,,,Luik,2023-03-04,,,,\n")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert (raw_copy / "SHA256SUMS").read_text(encoding="utf-8").endswith(f"{digest}  standaard_2023_luik_hub.txt\n")
    assert "make run" in added.message()


@pytest.mark.parametrize("case, pattern", [
    ("latin-1", r"not UTF-8 \(byte 0x"),
    ("duplicate", r"has the same content as 001_94c241bbd2024cc3.txt"),
    ("bad date", r"--published '31/12/2022'.*not YYYY"),
    ("name taken", r"already exists"),
    ("no outlet", r"'outlet' is empty"),
])
def test_add_refuses_bad_input_and_writes_nothing(raw_copy, tmp_path, case, pattern):
    source = tmp_path / "new.txt"
    source.write_bytes("L'aéroport de Liège emploie 900 personnes.".encode("latin-1" if case == "latin-1" else "utf-8"))
    fields = {"outlet": "Test", "published": "31/12/2022" if case == "bad date" else "2022-12-31"}
    name = None
    if case == "duplicate":
        source.write_bytes((raw_copy / "articles" / "001_94c241bbd2024cc3.txt").read_bytes())
    if case == "name taken":
        name = "001_94c241bbd2024cc3.txt"
    if case == "no outlet":
        fields["outlet"] = ""
    before = snapshot(raw_copy)
    with pytest.raises(InputError, match=pattern):
        add_article(source, fields, name=name, raw_dir=raw_copy)
    assert snapshot(raw_copy) == before


# -- the loop, on a copy of the project ----------------------------------------------------------------------------

def run(command: list[str], copy: Path, environment: dict[str, str]) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=copy, env=environment, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def project_with_new_articles(tmp_path_factory):
    copy = copy_project(tmp_path_factory.mktemp("added") / "project")
    environment = dict(os.environ, PYTHONPATH=str(copy / "src"), MPLCONFIGDIR=str(copy / ".mplconfig"))
    environment.pop("PYTEST_XDIST_WORKER", None)
    make = ["make", f"PY={sys.executable}", "STAMP="]  # the copy uses this environment, not a .venv of its own
    before = (copy / "figures" / "fig-04-jobs.png").read_bytes()
    for number, (name, (outlet, published, _)) in enumerate(sorted(NEW.items())):
        if number == 0:
            run([*make, "add", f"FILE={ADDED / name}", f"OUTLET={outlet}", f"PUBLISHED={published}"], copy,
                environment)
        else:
            run([sys.executable, "-m", "helpers", "add", str(ADDED / name), "--outlet", outlet, "--published",
                 published], copy, environment)
    made = run([*make, "run"], copy, environment)
    return copy, environment, before, made.stdout + made.stderr


def table(copy: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(copy / "data" / "processed" / name, dtype=str, keep_default_na=False)


@pytest.mark.slow
def test_make_run_prints_one_line_per_notebook_and_no_warning(project_with_new_articles):
    copy, _, _, output = project_with_new_articles
    ran = [line.split()[1] for line in output.splitlines() if line.startswith("ran ")]
    assert ran == [f"notebooks/{path.name}" for path in sorted((copy / "notebooks").glob("*.ipynb"))]
    assert "WARNING" not in output and "TCP" not in output and "\x1b[" not in output


@pytest.mark.slow
def test_the_new_articles_are_in_every_table(project_with_new_articles):
    copy, _, _, _ = project_with_new_articles
    articles = table(copy, "articles.csv").set_index("file")
    for name, (outlet, published, language) in NEW.items():
        assert articles.loc[name, ["outlet", "published", "language"]].tolist() == [outlet, published, language]
        for other in ("paragraphs.csv", "quantities.csv", "claims.csv"):
            assert name in set(table(copy, other)["file"]), f"{name} is not in {other}"
    jobs = table(copy, "claims.csv").loc[lambda df: df["metric_family"] == "jobs"]
    assert set(NEW) <= set(jobs["file"]), "a new article's job figures are not jobs claims"


@pytest.mark.slow
def test_the_new_articles_are_in_the_jobs_chart_and_the_findings(project_with_new_articles):
    copy, _, before, _ = project_with_new_articles
    assert (copy / "figures" / "fig-04-jobs.png").read_bytes() != before
    cells = json.loads((copy / "notebooks" / "04-exports-and-jobs.ipynb").read_text(encoding="utf-8"))["cells"]
    chart = next(i for i, cell in enumerate(cells) if "fig-04-jobs" in "".join(cell["source"]))
    data = cells[chart - 1]["outputs"][0]["data"]  # the table the chart is drawn from (HTML for readers)
    shown = "".join(data.get("text/html", data["text/plain"]))
    for outlet, _, _ in NEW.values():
        assert outlet in shown, f"{outlet} is not in the jobs chart's table"
    n_articles = len(table(copy, "articles.csv"))
    first = json.loads((copy / "notebooks" / "01-load-articles.ipynb").read_text(encoding="utf-8"))["cells"][1]
    assert f"{n_articles} articles from" in "".join(first["outputs"][0]["data"]["text/markdown"])
    assert f"{n_articles} articles from" in (copy / "README.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_tests_pass_on_the_enlarged_corpus(project_with_new_articles):
    copy, environment, _, _ = project_with_new_articles
    # no notebook is collected without --nbval (the notebooks ran in make run); -o addopts= drops it
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:nbval", "-o", "addopts=",
                             "-m", "not slow", *CORPUS_TESTS], cwd=copy, env=environment, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout[-4000:]
