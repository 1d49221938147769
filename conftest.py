"""Root pytest configuration: a reproducible environment for the tests and for the kernels nbval starts.

Kernels inherit this process's environment, so the settings here reach the notebooks too.

nbval is loaded here rather than by its entry point (``-p no:nbval`` in ``addopts``): first, jsonschema is kept from
building the IRI grammar of ``rfc3987_syntax`` that nbformat would otherwise pull in (about 1 CPU s in each of the
three pytest processes of ``make test``, for format checks that notebooks never need; see
:func:`helpers.notebooks.skip_iri_grammar`).
"""

import os
from pathlib import Path

from helpers.notebooks import skip_iri_grammar

skip_iri_grammar()
pytest_plugins = ["nbval.plugin"]

ROOT = Path(__file__).resolve().parent

os.environ.setdefault("PYTHONHASHSEED", "0")
os.environ.setdefault("MPLCONFIGDIR", str(ROOT / ".mplconfig"))
os.environ.setdefault("TZ", "UTC")


def pytest_collection_modifyitems(config, items):
    """Modules holding a ``slow`` test (each re-runs the whole main job) are collected first, in their own order.

    ``make test`` runs two workers that take whole modules (``--dist loadscope``) in collection order; started
    first, the two long modules run beside the many short ones instead of last, on one worker, while the other
    waits. The order of the tests inside a module does not change.
    """
    slow_modules = {item.nodeid.split("::")[0] for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in slow_modules)
