"""The report: an index with the findings and a gallery of every chart, one page per notebook; the browser check
finds broken images, script errors and empty pages (run only where Chromium is installed)."""

from __future__ import annotations

import shutil

import pytest

from helpers.io.paths import FIGURES_DIR
from helpers.report import captions, check_report, render_report


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    return out, render_report(out_dir=out)


def test_index_has_findings_and_every_chart_linking_to_its_notebook(report):
    out, pages = report
    index = (out / "index.html").read_text(encoding="utf-8")
    assert pages[0].name == "index.html" and len(pages) == 5
    assert "<h2>Findings</h2>" in index and "<li><strong>" in index
    for png in sorted(FIGURES_DIR.glob("*.png")):
        assert f'src="figures/{png.name}"' in index and (out / "figures" / png.name).exists()
        number = png.stem.split("-")[1]
        assert any(f'href="{page.name}"' in index for page in pages[1:] if page.name.startswith(number))


def test_captions_come_from_the_readme_gallery():
    assert "fig-04-jobs" in captions()


chromium = pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                              reason="Chromium is not installed (CI installs it)")


@chromium
def test_the_browser_check_finds_broken_images_script_errors_and_empty_pages(tmp_path):
    good = "<p>" + "A page with enough text to read. " * 20 + "</p>"
    (tmp_path / "good.html").write_text(f"<!DOCTYPE html><html><head></head><body>{good}</body></html>")
    (tmp_path / "broken.html").write_text(
        f"<!DOCTYPE html><html><head></head><body>{good}<img src='missing.png'>"
        "<script>undefinedFunction();</script></body></html>")
    (tmp_path / "empty.html").write_text("<!DOCTYPE html><html><head></head><body></body></html>")
    problems = check_report(tmp_path)
    assert not [p for p in problems if p.startswith("good.html")]
    assert any(p.startswith("broken.html: broken image") for p in problems)
    assert any(p.startswith("broken.html: script error") for p in problems)
    assert any(p.startswith("empty.html: empty page") for p in problems)
    assert (tmp_path / "screenshots" / "good.png").stat().st_size > 0
