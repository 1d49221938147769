"""Executing the project's notebooks in place, reproducibly (no timing metadata, fixed environment)."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from helpers.io.paths import NOTEBOOKS_DIR

KERNEL_ENVIRONMENT_DEFAULTS = {"PYTHONHASHSEED": "0"}
"""Set for kernels started here unless already set (kernels inherit this process's environment). Outputs do not
depend on it -- ``tests/test_reproducibility.py`` re-runs everything under another seed, time zone and locale --
but a fixed default keeps any future slip reproducible."""


def notebook_paths(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The notebooks of ``folder`` in name order (``NN-verb-object.ipynb``)."""
    return sorted(path for path in Path(folder).glob("*.ipynb") if not path.name.startswith("."))


def execute_notebook(path: Path, timeout: int = 600) -> None:
    """Run every cell of one notebook in a fresh kernel started in its folder, and save it with its outputs."""
    import nbformat
    from nbclient import NotebookClient
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(Path(path).parent)}})
    client.execute()
    # One print can reach the kernel's output as several stream messages; merge them so the saved notebook does
    # not depend on how the output happened to be flushed (nbval merges them too before comparing).
    CoalesceStreamsPreprocessor().preprocess(notebook, {})
    nbformat.write(notebook, path)


def execute_notebooks(paths: list[Path] | None = None, jobs: int = 2) -> list[Path]:
    """Execute the given notebooks (default: all of ``notebooks/``) in place, ``jobs`` at a time; returns their
    paths. Notebooks are independent (each rebuilds what it needs), so the order does not matter."""
    for key, value in KERNEL_ENVIRONMENT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    paths = notebook_paths() if paths is None else [Path(p) for p in paths]
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            execute_notebook(path)
        return paths
    # Each notebook runs in its own kernel and writes only its own files, so they can run side by side.
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        list(pool.map(execute_notebook, paths))
    return paths
