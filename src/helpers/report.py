"""The report for reviewers without Jupyter: ``make report`` writes ``report/index.html`` (the findings and a gallery
of every chart, each linking to its notebook's page) and one standalone HTML page per notebook; ``make report-check``
opens every page in headless Chromium and fails on a broken image, a script error or an empty page, saving a
screenshot of each page in ``report/screenshots/``.

The pages are built from the notebooks as committed (with their outputs) and from ``figures/``; nothing is executed
here (run ``make run`` first). No file is opened at import time.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from helpers.io.paths import FIGURES_DIR, NOTEBOOKS_DIR, PROJECT_ROOT
from helpers.notebooks import notebook_paths

REPORT_DIR = PROJECT_ROOT / "report"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
"""Flags for headless Chromium (no GPU, no network beyond the page, no first-run or update machinery)."""

_GALLERY_ROW = re.compile(r"^\|\s*!\[\]\(figures/(?P<name>[\w-]+)\.png\)\s*`[^`]*`\s*\|\s*(?P<caption>.*?)\s*\|\s*$")


def notebook_title(notebook) -> str:
    """The first markdown heading of a notebook, without its ``#`` marks."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return "Untitled notebook"


def captions(readme: Path = PROJECT_ROOT / "README.md") -> dict[str, str]:
    """``{figure name: what it shows}`` from the README's gallery table (empty when there is none)."""
    found = {}
    if Path(readme).exists():
        for line in Path(readme).read_text(encoding="utf-8").splitlines():
            match = _GALLERY_ROW.match(line)
            if match:
                found[match.group("name")] = match.group("caption")
    return found


def _markdown_line(text: str) -> str:
    """One findings bullet as HTML: escaped, with ``**bold**`` kept."""
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html.escape(text.lstrip("- ").strip()))


def _findings_html() -> str:
    try:
        from helpers.findings import compute_findings, render_findings

        lines = render_findings(compute_findings()).splitlines()
    except Exception as error:  # noqa: BLE001 - the report still renders, and says why the findings are missing
        return f"<p>The findings could not be computed ({html.escape(type(error).__name__)}); run <code>make run</code>.</p>"
    return "<ul>\n" + "\n".join(f"<li>{_markdown_line(line)}</li>" for line in lines if line.strip()) + "\n</ul>"


def _gallery(figures_dir: Path, out_dir: Path, pages: dict[str, str]) -> str:
    """Copy every chart PNG into ``out_dir/figures`` and return the gallery's HTML (each chart links to the page of
    the notebook that draws it: ``fig-04-...`` -> the page of ``04-*.ipynb``)."""
    target = out_dir / "figures"
    target.mkdir(parents=True, exist_ok=True)
    notes = captions()
    items = []
    for png in sorted(Path(figures_dir).glob("*.png")):
        shutil.copyfile(png, target / png.name)
        number = png.stem.split("-")[1] if png.stem.count("-") >= 2 else ""
        page = pages.get(number, "")
        caption = html.escape(notes.get(png.stem, png.stem))
        link = f'<a href="{html.escape(page)}">notebook {html.escape(number)}</a>' if page else ""
        items.append(f'<figure><a href="{html.escape(page or "figures/" + png.name)}"><img src="figures/'
                     f'{html.escape(png.name)}" alt="{caption}" loading="eager"></a><figcaption><code>'
                     f"{html.escape(png.stem)}</code>: {caption} {link}</figcaption></figure>")
    return "\n".join(items)


_STYLE = ("body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em;line-height:1.45}"
          "figure{display:inline-block;vertical-align:top;width:31em;margin:0 1em 2em 0}"
          "figure img{width:100%;border:1px solid #ddd}figcaption{font-size:0.9em;color:#333}")


def render_report(notebooks_dir: Path = NOTEBOOKS_DIR, out_dir: Path = REPORT_DIR,
                  figures_dir: Path = FIGURES_DIR) -> list[Path]:
    """Write one standalone HTML page per notebook and ``index.html`` (findings, gallery, notebook links); returns
    the pages written, the index first."""
    from helpers.notebooks import skip_iri_grammar

    skip_iri_grammar()
    import nbformat
    from nbconvert import HTMLExporter

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(template_name="lab")
    written, links, pages = [], [], {}
    for path in notebook_paths(notebooks_dir):
        notebook = nbformat.read(path, as_version=4)
        body, _ = exporter.from_notebook_node(notebook)
        page = out_dir / f"{path.stem}.html"
        page.write_text(body, encoding="utf-8")
        written.append(page)
        pages[path.stem.split("-")[0]] = page.name
        links.append(f'<li><a href="{html.escape(page.name)}">{html.escape(notebook_title(notebook))}</a> '
                     f"<small>({html.escape(path.name)})</small></li>")
    index = out_dir / "index.html"
    index.write_text(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cainiao in Liège: press claims as "
        f"evidence</title><style>{_STYLE}</style></head>\n<body>\n"
        "<h1>Alibaba/Cainiao at Liège Airport: press claims as evidence</h1>\n"
        f"<h2>Findings</h2>\n{_findings_html()}\n<h2>Charts</h2>\n{_gallery(figures_dir, out_dir, pages)}\n"
        "<h2>Notebooks</h2>\n<ol>\n" + "\n".join(links) + "\n</ol>\n</body></html>\n", encoding="utf-8")
    return [index, *written]


# -- checking the report in a browser --------------------------------------------------------------------------------

_PROBE_HEAD = ("<script>window.__errors=[];window.addEventListener('error',function(e){if(!e.target||e.target===window)"
               "{window.__errors.push(String(e.message))}},true);window.addEventListener('unhandledrejection',"
               "function(e){window.__errors.push('unhandled rejection: '+String(e.reason))});</script>")
_PROBE_BODY = ("<script>window.addEventListener('load',function(){var bad=[];document.querySelectorAll('img')"
               ".forEach(function(i){if(!i.complete||i.naturalWidth===0){bad.push(i.getAttribute('src').slice(0,80))}});"
               "var p=document.createElement('pre');p.id='report-check';p.textContent=JSON.stringify({errors:"
               "window.__errors,broken_images:bad,images:document.images.length,text:(document.body.innerText||'')"
               ".trim().length});document.body.appendChild(p)});</script>")
_RESULT = re.compile(r'<pre id="report-check">(.*?)</pre>', re.S)


def chromium() -> str:
    """The Chromium executable (``chromium``, ``chromium-browser`` or ``google-chrome`` on the PATH)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError("Chromium not found: install the distribution's package (apt-get install chromium)")


def _run(arguments: list[str], profile: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments],
                          capture_output=True, text=True, timeout=120, check=False)


def check_page(page: Path, screenshot: Path) -> dict:
    """Open ``page`` in headless Chromium; return ``{errors, broken_images, images, text}`` as seen by the browser
    after load, and save a screenshot of the page to ``screenshot``."""
    page = Path(page).resolve()
    probe = page.with_name(f".check-{page.name}")
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"(<head[^>]*>)", lambda m: m.group(1) + _PROBE_HEAD, text, count=1)
    text = text.replace("</body>", _PROBE_BODY + "</body>") if "</body>" in text else text + _PROBE_BODY
    probe.write_text(text, encoding="utf-8")
    try:
        with tempfile.TemporaryDirectory(prefix="report-check-") as profile:
            dumped = _run(["--virtual-time-budget=10000", "--dump-dom", probe.as_uri()], profile)
            match = _RESULT.search(dumped.stdout)
            result = json.loads(html.unescape(match.group(1))) if match else {
                "errors": [f"the page did not finish loading (exit {dumped.returncode})"], "broken_images": [],
                "images": 0, "text": 0}
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            _run(["--window-size=1280,2400", "--hide-scrollbars", f"--screenshot={screenshot}", page.as_uri()],
                 profile)
    finally:
        probe.unlink(missing_ok=True)
    return result


def check_report(out_dir: Path = REPORT_DIR) -> list[str]:
    """Check every page of the report (see :func:`check_page`); returns the problems found (empty: all good).
    A page fails with a script error, a broken image or no text; a missing screenshot is a problem too."""
    problems = []
    pages = sorted(Path(out_dir).glob("*.html"))
    if not pages:
        return [f"no page in {out_dir}: run make report first"]
    for page in pages:
        shot = Path(out_dir) / "screenshots" / f"{page.stem}.png"
        result = check_page(page, shot)
        problems += [f"{page.name}: script error: {e}" for e in result["errors"]]
        problems += [f"{page.name}: broken image: {src}" for src in result["broken_images"]]
        if result["text"] < 200:
            problems.append(f"{page.name}: empty page ({result['text']} characters of text)")
        if not shot.exists() or shot.stat().st_size == 0:
            problems.append(f"{page.name}: no screenshot")
        print(f"{page.name}: {result['images']} images, {result['text']:,} characters, "
              f"{len(result['errors'])} script errors, {len(result['broken_images'])} broken images")
    return problems
