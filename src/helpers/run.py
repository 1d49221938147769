"""The main job, all or nothing: ``python -m helpers run`` (what ``make run`` does).

1. Build every processed table into a staging folder (``.staging/processed/``), not over ``data/processed/``.
2. Copy the notebooks into ``.staging/notebooks/`` and execute them there, with ``HELPERS_PROCESSED_DIR`` and
   ``HELPERS_FIGURES_DIR`` pointing at the staging folder (see :mod:`helpers.io.paths`), so their findings read the
   new tables and their charts land in ``.staging/figures/``.
3. Write the README with its findings block rewritten from the staged tables, as ``.staging/README.md``.
4. Only when all of that succeeded, swap everything in: each staged file replaces its original (``os.replace``,
   atomic per file on one file system), and generated files that the run no longer produces are removed.

Any failure before step 4 leaves ``data/processed/``, ``notebooks/``, ``figures/`` and ``README.md`` as they were
(the staging folder stays for inspection, and is cleared at the next run).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from helpers.io.paths import (FIGURES_DIR_VARIABLE, NOTEBOOKS_DIR, PROCESSED_DIR_VARIABLE, PROJECT_ROOT, RAW_DIR,
                              relative_to_project)

STAGING_DIR = PROJECT_ROOT / ".staging"
"""Where a run builds its outputs before swapping them in (ignored by git; on the project's file system, so that
the swap is a rename)."""

GENERATED = {"processed": ("*.csv",), "figures": ("*.png", "*.svg")}
"""The generated files of each output folder: what a run replaces, and removes when it no longer produces it.
Anything else there (``data/processed/README.md``, the data dictionary) is left alone."""


@dataclass(frozen=True)
class Targets:
    """Where the outputs of a run go (the project's folders by default; a test may point them elsewhere)."""

    processed: Path
    figures: Path
    notebooks: Path
    readme: Path

    @classmethod
    def project(cls) -> Targets:
        return cls(PROJECT_ROOT / "data" / "processed", PROJECT_ROOT / "figures", NOTEBOOKS_DIR,
                   PROJECT_ROOT / "README.md")


def stage(staging: Path, targets: Targets, raw_dir: Path = RAW_DIR, jobs: int | None = None, progress=print) -> None:
    """Steps 1-3: build, execute and write the README into ``staging`` (emptied first); raises on any failure."""
    from helpers.build import build
    from helpers.findings import updated_readme
    from helpers.notebooks import execute_notebooks, notebook_paths

    if staging.exists():
        shutil.rmtree(staging)
    processed, figures, notebooks = staging / "processed", staging / "figures", staging / "notebooks"
    for folder in (processed, figures, notebooks):
        folder.mkdir(parents=True)
    result = build(raw_dir, processed, jobs)
    progress(f"built {result.n_articles} articles: {len(result.written)} tables")
    copies = []
    for path in notebook_paths(targets.notebooks):
        shutil.copy2(path, notebooks / path.name)
        copies.append(notebooks / path.name)
    environment = {PROCESSED_DIR_VARIABLE: str(processed), FIGURES_DIR_VARIABLE: str(figures)}
    execute_notebooks(copies, environment=environment, progress=progress)
    readme = targets.readme.read_text(encoding="utf-8")
    (staging / "README.md").write_text(updated_readme(readme, processed), encoding="utf-8")


def swap_in(staging: Path, targets: Targets) -> list[Path]:
    """Step 4: move every staged output over its target; returns the files that changed or were removed."""
    changed = []
    moves = []
    for kind, target in (("processed", targets.processed), ("figures", targets.figures)):
        target.mkdir(parents=True, exist_ok=True)
        staged = {path.name: path for pattern in GENERATED[kind] for path in (staging / kind).glob(pattern)}
        for pattern in GENERATED[kind]:
            for old in target.glob(pattern):
                if old.name not in staged:
                    old.unlink()
                    changed.append(old)
        moves += [(path, target / name) for name, path in sorted(staged.items())]
    moves += [(path, targets.notebooks / path.name) for path in sorted((staging / "notebooks").glob("*.ipynb"))]
    moves.append((staging / "README.md", targets.readme))
    for source, target in moves:
        if not target.is_file() or target.read_bytes() != source.read_bytes():
            changed.append(target)
        os.replace(source, target)
    shutil.rmtree(staging)
    return changed


def run(targets: Targets | None = None, staging: Path = STAGING_DIR, raw_dir: Path = RAW_DIR,
        jobs: int | None = None, progress=print) -> list[Path]:
    """Build, execute and swap in (see the module docstring); returns the output files that changed.

    Raises :class:`helpers.io.errors.InputError` (bad input) or :class:`helpers.notebooks.NotebookError` (a cell
    failed) with nothing swapped in.
    """
    targets = targets or Targets.project()
    stage(staging, targets, raw_dir, jobs, progress)
    changed = swap_in(staging, targets)
    progress(f"updated data/processed/, notebooks/, figures/ and README.md together "
             f"({len(changed)} changed file{'' if len(changed) == 1 else 's'})")
    return changed


def describe_changes(paths: list[Path]) -> str:
    """The changed files, one per line, relative to the project."""
    return "\n".join(f"  {relative_to_project(path)}" for path in sorted(paths))
