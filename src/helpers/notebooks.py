"""Executing the project's notebooks reproducibly (no timing metadata, fixed environment), with plain errors.

Kernels talk to this process over IPC sockets in a private temporary folder (not TCP: no "running over TCP without
encryption" warning, no port on the network). A failing cell raises :class:`NotebookError`, whose message names
the notebook, the cell and the error in a few plain lines (no colour codes, no doubled traceback).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from helpers.io.paths import NOTEBOOKS_DIR, relative_to_project

KERNEL_ENVIRONMENT_DEFAULTS = {"PYTHONHASHSEED": "0"}
"""Set for kernels started here unless already set (kernels inherit this process's environment). Outputs do not
depend on it -- ``tests/test_reproducibility.py`` re-runs everything under another seed, time zone and locale --
but a fixed default keeps any future slip reproducible."""

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_CELL_LINE = re.compile(r"Cell In\[\d+\], line (\d+)")


class NotebookError(Exception):
    """A notebook cell failed; ``str(error)`` is the plain message for a reader."""


def notebook_paths(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The notebooks of ``folder`` in name order (``NN-verb-object.ipynb``)."""
    return sorted(path for path in Path(folder).glob("*.ipynb") if not path.name.startswith("."))


def strip_ansi(text: str) -> str:
    """``text`` without terminal colour codes."""
    return _ANSI.sub("", text)


def describe_failure(name: str, notebook, error_output: dict | None, fallback: str) -> str:
    """A few plain lines for a failed cell: notebook and cell, the failing line of the cell, the error."""
    cells = notebook.cells
    index = next((i for i, cell in enumerate(cells) for output in cell.get("outputs", [])
                  if output.get("output_type") == "error"), None)
    if index is None or error_output is None:
        return f"{name}: {strip_ansi(fallback).strip().splitlines()[-1] if fallback.strip() else 'failed'}"
    heading = next((cells[i].source.strip().splitlines()[0] for i in range(index - 1, -1, -1)
                    if cells[i].cell_type == "markdown" and cells[i].source.strip()), "")
    code_number = sum(1 for cell in cells[:index + 1] if cell.cell_type == "code")
    lines = [f"{name}: cell {index + 1} (code cell {code_number}{', under ' + repr(heading) if heading else ''}) "
             f"failed"]
    source = cells[index].source.splitlines()
    numbers = [int(n) for n in _CELL_LINE.findall(strip_ansi("\n".join(error_output.get("traceback", []))))]
    if numbers and 0 < numbers[-1] <= len(source):
        lines.append(f"  line {numbers[-1]}: {source[numbers[-1] - 1].strip()}")
    evalue = strip_ansi(error_output.get("evalue", "")).strip()
    lines.append(f"  {error_output.get('ename', 'Error')}" + (f": {evalue}" if evalue else ""))
    return "\n".join(lines)


def skip_iri_grammar() -> None:
    """Keep ``jsonschema`` from importing ``rfc3987_syntax``, when it is not imported yet.

    ``nbformat`` imports ``jsonschema``, whose format checker imports ``rfc3987_syntax`` when it is installed (it
    is, for jupyterlab's ``jupyter-events``); that package builds a Lark grammar at import, about 1.5 CPU s in
    every process that executes notebooks, for "iri" format checks that reading and writing notebooks never make.
    ``jsonschema`` treats the package as absent (it catches the ImportError). A process that imported
    ``jsonschema`` already (JupyterLab, pytest with nbval) is left as it is."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)


def execute_notebook(path: Path, timeout: int = 600, environment: dict[str, str] | None = None,
                     label: str | None = None) -> float:
    """Run every cell of one notebook in a fresh kernel started in its folder, and save it with its outputs.

    ``environment`` adds variables to the kernel's environment (e.g. ``HELPERS_PROCESSED_DIR``); ``label`` names
    the notebook in messages (default: its path in the project). Returns the
    seconds taken; raises :class:`NotebookError` (the notebook is then not saved) when a cell fails.
    """
    skip_iri_grammar()
    import nbformat
    from jupyter_client import KernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    started = time.perf_counter()
    path = Path(path)
    notebook = nbformat.read(path, as_version=4)
    name = label or relative_to_project(path)
    with tempfile.TemporaryDirectory(prefix="helpers-kernel-") as sockets:
        manager = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "kernel"))
        client = NotebookClient(notebook, km=manager, timeout=timeout, record_timing=False,
                                resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute(env={**os.environ, **(environment or {})})
        except CellExecutionError as error:
            errors = [output for cell in notebook.cells for output in cell.get("outputs", [])
                      if output.get("output_type") == "error"]
            raise NotebookError(describe_failure(name, notebook, errors[0] if errors else None, str(error))) from None
        except Exception as error:  # a kernel that dies or times out: name the notebook, keep the message short
            raise NotebookError(f"{name}: {type(error).__name__}: {strip_ansi(str(error)).strip()[:500]}") from None
        finally:  # the client does not own a kernel manager it was given: stop the kernel here
            if client.kc is not None:
                client.kc.stop_channels()
            if manager.has_kernel:
                manager.shutdown_kernel(now=True)
    # One print can reach the kernel's output as several stream messages; merge them so the saved notebook does
    # not depend on how the output happened to be flushed (nbval merges them too before comparing).
    CoalesceStreamsPreprocessor().preprocess(notebook, {})
    nbformat.write(notebook, path)
    return time.perf_counter() - started


def _execute_and_report(item: tuple[Path, dict[str, str] | None, str]) -> str:
    path, environment, label = item
    seconds = execute_notebook(path, environment=environment, label=label)
    return f"ran {label} ({seconds:.1f} s)"


def execute_notebooks(paths: list[Path] | None = None, jobs: int = 2, environment: dict[str, str] | None = None,
                      progress=print) -> list[Path]:
    """Execute the given notebooks (default: all of ``notebooks/``) in place, ``jobs`` at a time, printing one line
    per notebook through ``progress``; returns their paths. Notebooks are independent (each rebuilds what it
    needs), so the order does not matter. The first failure raises :class:`NotebookError`."""
    for key, value in KERNEL_ENVIRONMENT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    paths = notebook_paths() if paths is None else [Path(p) for p in paths]
    items = [(path, environment, f"notebooks/{path.name}") for path in paths]
    if jobs <= 1 or len(paths) <= 1:
        for item in items:
            progress(_execute_and_report(item))
        return paths
    # Each notebook runs in its own kernel and writes only its own files, so they can run side by side.
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        for line in pool.map(_execute_and_report, items):
            progress(line)
    return paths
