"""Root pytest configuration: a reproducible environment for the tests and for the kernels nbval starts.

Kernels inherit this process's environment, so the settings here reach the notebooks too.
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent

os.environ.setdefault("PYTHONHASHSEED", "0")
os.environ.setdefault("MPLCONFIGDIR", str(ROOT / ".mplconfig"))
os.environ.setdefault("TZ", "UTC")
