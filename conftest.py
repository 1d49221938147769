"""Root pytest configuration: a reproducible environment for the tests and for the kernels nbval starts.

Kernels inherit this process's environment, so the settings here reach the notebooks too.
"""

import os
from pathlib import Path

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
