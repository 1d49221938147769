"""The README's "Adding an article" steps, done on a copy of the project with a new Dutch article.

Drop the text file, add its catalog row and digest, code one statement, run the build and the notebooks: the article
must appear in every table and chart where it belongs. The notebooks' "Findings, checked" cells are expected to fail
on the enlarged corpus (the findings quoted in their prose are about the five articles, and a new article changes
them): that is their job. Every other cell must run, so the charts include the new article.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import add_catalog_row
from tests.test_reproducibility import tracked_files
from helpers.io.paths import PROJECT_ROOT

NAME = "standaard_2023_luik_hub.txt"
ARTICLE = """Alibaba-hub in Luik telt 450 banen

LUIK - Het logistieke centrum van Cainiao op de luchthaven van Luik telt vandaag ongeveer 450 banen, ruim een jaar na de opening.
„We willen tegen eind volgend jaar 900 mensen in dienst hebben”, zei directeur Jan Peeters op 3 maart 2023.
Volgens de vakbond ging het in 2022 nog om amper 300 banen. Het centrum beslaat 22 hectare en de investering bedroeg 100 miljoen euro.

Lees ook
Vakbond waarschuwt voor flexibele contracten bij Cainiao
"""
QUOTE = "We willen tegen eind volgend jaar 900 mensen in dienst hebben"


@pytest.fixture(scope="module")
def project_with_new_article(tmp_path_factory):
    copy = tmp_path_factory.mktemp("added") / "project"
    for name in tracked_files():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT_ROOT / name, copy / name)
    raw = copy / "data" / "raw"
    # 1. the text file, 2. its catalog row, 3. its digest
    data = ARTICLE.encode("utf-8")
    (raw / "articles" / NAME).write_bytes(data)
    add_catalog_row(raw, file=NAME, outlet="De Standaard", outlet_short="De Standaard", published="2023-03-04",
                    published_basis="test article")
    with open(raw / "SHA256SUMS", "a", encoding="utf-8") as handle:
        handle.write(f"{hashlib.sha256(data).hexdigest()}  {NAME}\n")
    # 4. one coded statement by a new actor ("Peeters" alone is Kris Peeters' alias: an alias names one actor)
    annotations = copy / "data" / "annotations"
    actors = pd.read_csv(annotations / "actors.csv", dtype=str, keep_default_na=False)
    actors.loc[len(actors)] = {"actor_id": "jan_peeters", "name": "Jan Peeters", "aliases": "Jan Peeters",
                               "kind": "person", "organisation": "Cainiao Liège", "role": "director",
                               "actor_type": "company", "country": "BE"}
    actors.to_csv(annotations / "actors.csv", index=False, lineterminator="\n")
    statements = pd.read_csv(annotations / "statements.csv", dtype=str, keep_default_na=False)
    start = ARTICLE.index(QUOTE)
    statements.loc[len(statements)] = {"statement_id": "s900_01", "file": NAME, "start": str(start),
                                       "end": str(start + len(QUOTE)), "quote": QUOTE, "actor": "Jan Peeters",
                                       "concept": "jobs", "stance": "supportive", "speech_type": "direct",
                                       "note": "test"}
    statements.to_csv(annotations / "statements.csv", index=False, lineterminator="\n")
    # 5. the main job: the build, then the notebooks (findings cells may fail, nothing else may)
    environment = dict(os.environ, PYTHONPATH=str(copy / "src"), MPLCONFIGDIR=str(copy / ".mplconfig"))
    result = subprocess.run([sys.executable, "-m", "helpers", "build"], cwd=copy, env=environment,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    before = {path.name: path.read_bytes() for path in (copy / "figures").glob("*.png")}
    script = ("import sys, nbformat; from nbclient import NotebookClient\n"
              "from pathlib import Path\n"
              "for path in sorted(Path('notebooks').glob('*.ipynb')):\n"
              "    nb = nbformat.read(path, as_version=4)\n"
              "    NotebookClient(nb, kernel_name='python3', allow_errors=True,\n"
              "                   resources={'metadata': {'path': 'notebooks'}}).execute()\n"
              "    nbformat.write(nb, path)\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=copy, env=environment, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    return copy, before


def read(copy: Path, table: str) -> pd.DataFrame:
    return pd.read_csv(copy / "data" / "processed" / table, dtype=str, keep_default_na=False)


def test_the_article_is_in_every_table_where_it_belongs(project_with_new_article):
    copy, _ = project_with_new_article
    article = read(copy, "articles.csv").set_index("file").loc[NAME]
    assert (article["language"], article["language_supported"], article["outlet"]) == ("nl", "True", "De Standaard")
    paragraphs = read(copy, "paragraphs.csv").loc[lambda df: df["file"] == NAME]
    assert set(paragraphs.loc[paragraphs["is_furniture"] == "True", "furniture_kind"]) == {"read_also", "teaser"}
    quantities = read(copy, "quantities.csv").loc[lambda df: df["file"] == NAME]
    assert {"450 banen", "900 mensen", "300 banen", "22 hectare", "100 miljoen euro"} <= set(quantities["surface"])
    assert quantities.set_index("surface").loc["900 mensen", "actor"] == "Jan Peeters"
    assert set(quantities.loc[quantities["surface"] == "450 banen", "qualifier"]) == {"", "approx"}  # title, body
    claims = read(copy, "claims.csv").loc[lambda df: df["file"] == NAME]
    assert len(claims) == len(quantities)
    assert claims.set_index("surface").loc["900 mensen", "stance"] == "supportive"
    assert NAME in set(read(copy, "timeline.csv")["file"])
    assert "Jan Peeters" in set(read(copy, "mentions.csv")["actor"])
    assert "Jan Peeters" in set(read(copy, "stances_by_actor.csv")["actor"])
    consistency = read(copy, "figure_consistency.csv")
    assert NAME in set(consistency["file"])


def test_only_findings_checks_fail_and_the_charts_include_the_article(project_with_new_article):
    import nbformat

    copy, before = project_with_new_article
    for path in sorted((copy / "notebooks").glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        for index, cell in enumerate(notebook.cells):
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    assert output["ename"] == "AssertionError", f"{path.name} cell {index}: {output['ename']}"
                    heading = notebook.cells[index - 1].source if index else ""
                    assert "Findings, checked" in heading, f"{path.name} cell {index} failed outside the findings"
    after = {path.name: path.read_bytes() for path in (copy / "figures").glob("*.png")}
    for chart in ("fig-01-publication-timeline.png", "fig-01-furniture-share.png", "fig-02-figures-by-speaker.png",
                  "fig-03-stances-by-actor.png", "fig-04-jobs.png", "fig-04-timeline.png"):
        assert after[chart] != before[chart], f"{chart} did not change with the new article"
