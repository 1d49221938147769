"""The README says what the data says: its findings block, gallery, notebook list and dependency table are checked."""

import re
import tomllib

from helpers.findings import compute_findings, format_amount, readme_block, render_findings
from helpers.io.paths import FIGURES_DIR, NOTEBOOKS_DIR, PROCESSED_DIR, PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_findings_block_agrees_with_the_processed_tables():
    block = readme_block(README)
    assert block is not None, "README.md has lost its findings markers"
    assert block == render_findings(compute_findings(PROCESSED_DIR)), (
        "README.md findings disagree with data/processed/: run `python -m helpers findings --write`")


def test_findings_quote_the_numbers_of_the_tables():
    findings = compute_findings(PROCESSED_DIR)
    block = readme_block(README)
    assert f"{findings['n_articles']} articles from {findings['n_outlets']} outlets" in block
    assert f"state {findings['n_figures']} figures" in block
    for move in findings["moves"]:
        assert move["sentence"] in block
    for flow in findings["flows"]:
        assert format_amount(float(flow["signed_value"]), flow["unit"], signed=True) in block
    assert f"{findings['n_statements']} coded statements" in block


def test_gallery_shows_every_figure_once():
    charts = sorted(path.stem for path in FIGURES_DIR.glob("*.png"))
    assert charts, "no figures"
    for name in charts:
        assert README.count(f"(figures/{name}.png)") == 1, f"{name} is not in the README gallery"
        assert (FIGURES_DIR / f"{name}.svg").is_file(), f"{name}.svg is missing"
    shown = re.findall(r"\(figures/([\w-]+)\.png\)", README)
    assert sorted(shown) == charts, "the gallery shows a figure that is not in figures/"


def test_readme_explains_adding_an_article_with_the_command():
    section = README.split("## Adding an article", 1)[1].split("\n## ", 1)[0]
    assert "python -m helpers add" in section and "make add" in section
    assert "make run" in section


def test_every_notebook_has_its_paragraph():
    for notebook in sorted(NOTEBOOKS_DIR.glob("*.ipynb")):
        assert f"**`{notebook.name}`**" in README, f"{notebook.name} is not described in the README"


def test_every_dependency_is_explained():
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = project["dependencies"] + [d for group in project["optional-dependencies"].values() for d in group]
    for requirement in declared:
        name = re.split(r"[=<>\[ ]", requirement)[0]
        assert re.search(rf"\b{re.escape(name)}\b", README), f"README does not say why {name} is a dependency"
