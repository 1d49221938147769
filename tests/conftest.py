"""Shared fixtures: a temporary copy of the raw folder that a test may break without touching data/raw/, a copy of
the whole project, and the names of the five seed articles (the ones with hand-coded gold).

Tests hold for any corpus: an analyst may add articles (``python -m helpers add``), so no test counts the articles
or requires gold or codes for every one. Tests that pin numbers of the five seed articles name them through
:data:`SEED_ARTICLES`.
"""

import csv
import gc
import shutil
import time
from pathlib import Path

import pytest

from helpers.io.paths import PROJECT_ROOT, RAW_DIR

SEED_ARTICLES = ("000_37e69e1a8fcb3a08.txt", "001_94c241bbd2024cc3.txt", "002_d57dd3b7c621859d.txt",
                 "003_4d256485d546a6c0.txt", "004_b92c3a2ec1e3ad4f.txt")
"""The five articles the project started from: hand-coded gold and statements exist for each of them."""

NOT_COPIED = {".git", ".venv", ".venv-bench", ".staging", ".mplconfig", ".pytest_cache", ".hypothesis", "report",
              "__pycache__", ".ipynb_checkpoints", "build"}
"""Folders left out of a project copy: environments, caches and scratch, never data or code."""


def copy_project(target: Path) -> Path:
    """A copy of the project as it is on disk (tracked or not: an analyst's added articles are not in git yet),
    without environments and caches; returns ``target``."""
    def ignored(folder: str, names: list[str]) -> list[str]:  # "build" is scratch at the top, code under src/helpers
        top = Path(folder) == PROJECT_ROOT
        return [n for n in names if (n in NOT_COPIED and (n != "build" or top)) or n.endswith(".egg-info")]

    shutil.copytree(PROJECT_ROOT, target, ignore=ignored)
    return target


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A copy of ``data/raw/`` (catalog and articles) in a temporary folder."""
    target = tmp_path / "raw"
    shutil.copytree(RAW_DIR, target)
    return target


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative name -> bytes), to prove that nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def add_catalog_row(raw: Path, **fields: str) -> None:
    """Append a catalog row to ``raw/catalog.csv`` with the given columns (others empty), whatever its header."""
    path = raw / "catalog.csv"
    with open(path, encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    with open(path, "a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, fieldnames=header, lineterminator="\n").writerow(fields)


def record_digest(raw: Path, name: str) -> None:
    """Write the SHA-256 of ``raw/articles/name`` into ``raw/SHA256SUMS``, replacing its line if there is one (the
    README's step 3 of adding an article; also what to do after a deliberate change)."""
    import hashlib

    path = raw / "SHA256SUMS"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    digest = hashlib.sha256((raw / "articles" / name).read_bytes()).hexdigest()
    lines = [line for line in lines if line.split(maxsplit=1)[1:] != [name]] + [f"{digest}  {name}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


EXAMPLES = Path(__file__).resolve().parent / "examples"
"""Example sentences per language and stage (``tests/examples/<lang>/<name>.tsv``), written for the tests."""


def example_rows(name: str, id_column: str) -> list:
    """One ``pytest.param(lang, row)`` per row of every language's ``tests/examples/<lang>/<name>`` (tab-separated,
    ``#`` lines are comments), with an id naming the language and the start of ``row[id_column]``."""
    rows = []
    for path in sorted(EXAMPLES.glob(f"*/{name}")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows.append(pytest.param(path.parent.name, row, id=f"{path.parent.name}:{row[id_column][:40]}"))
    return rows


def same_speaker(found: str, expected: str) -> bool:
    """The speaker found names the expected one (the same words, or the same last word: a surname); an expected
    empty speaker (the outlet's voice) needs an empty one."""
    if not expected:
        return found == ""
    return bool(found) and (found == expected or found.split()[-1] == expected.split()[-1])


def cpu_seconds(work, *args) -> float:
    """The CPU seconds this process spends on ``work(*args)`` (``time.process_time``: other load on the machine
    changes it far less than wall time). The garbage collector is run before and paused during the measure: in a test
    process holding many objects, one full collection can cost more than the work measured."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        work(*args)
        return time.process_time() - started
    finally:
        gc.enable()


def assert_linear(work, make_input, units: int, factor: int = 4, limit: float = 10.0) -> None:
    """``work`` on an input ``factor`` times larger costs at most ``limit`` times the CPU (a linear cost gives about
    ``factor``, a quadratic one ``factor ** 2``): the guard against quadratic reading, as a ratio of two runs in the
    same process rather than a wall-clock limit that a busy machine breaks. ``make_input(n)`` builds the input of
    ``n`` units; ``units`` is the larger size. A first run on a tiny input pays the one-time costs (patterns
    compiled on first use) outside the measure."""
    work(make_input(max(1, units // 100)))
    small = cpu_seconds(work, make_input(units // factor))
    large = cpu_seconds(work, make_input(units))
    assert large < limit * max(small, 0.02), f"{factor}x the input cost {large / max(small, 1e-9):.1f}x the CPU"


# -- reading one figure end to end, as the build does (extractor, dates, claims rules): the measure and status tests
FIGURE_PUBLISHED = "2024-06-15"
"""The publication date the figure-reading tests give their sentences (relative dates resolve against it)."""


def read_claim(text: str, surface: str, lang: str, nth: int = 0) -> dict:
    """The claim read for the ``nth`` quantity ``surface`` of ``text`` as the build reads it."""
    from helpers.claims.tables import elided_antecedent, read_figure
    from helpers.extract.dates import date_rows
    from helpers.extract.quantities import quantity_rows

    rows = quantity_rows(text, lang)
    wanted = [i for i, row in enumerate(rows) if row["surface"] == surface]
    assert len(wanted) > nth, (surface, [row["surface"] for row in rows])
    dates, earlier = date_rows(text, FIGURE_PUBLISHED, lang), []
    for row in rows[:wanted[nth] + 1]:  # in text order, as the build reads them: an elided figure's antecedent first
        read = read_figure(text, row, lang, FIGURE_PUBLISHED, dates, antecedent=elided_antecedent(text, row, earlier, lang))
        earlier.append({**row, "metric_read": read["metric_read"]})
    return read


def claim_status(text: str, surface: str, lang: str, nth: int = 0) -> str:
    """The status (promised, realised, historical, unmarked) read for a figure of ``text``."""
    return read_claim(text, surface, lang, nth)["status"]


def claim_measure(text: str, surface: str, lang: str) -> str:
    """What the first figure ``surface`` of ``text`` is read to measure (jobs, investment, ...)."""
    from helpers.claims.vocabulary import measure_of

    return measure_of(read_claim(text, surface, lang)["metric_rule"])


def speaker_of(text: str, lang: str, phrase: str) -> str:
    """The name of who states ``phrase`` (its first occurrence) in ``text``; '' for the outlet."""
    from helpers.extract.attribution import Reading

    start = text.index(phrase)
    return Reading(text, lang).speaker_of(start, start + len(phrase))[0].name
