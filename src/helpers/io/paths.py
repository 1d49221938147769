"""The project's folders, built from this package's own location (never from the working directory).

Two environment variables move the generated outputs elsewhere, for a staged run (``python -m helpers run`` builds
and executes everything in a staging copy, then swaps it in): ``HELPERS_PROCESSED_DIR`` replaces
``data/processed/`` and ``HELPERS_FIGURES_DIR`` replaces ``figures/``. They are read once, when this module is
imported (a notebook's kernel inherits them from the process that starts it). Unset, the folders are the project's.
"""

import os
from pathlib import Path

PROCESSED_DIR_VARIABLE = "HELPERS_PROCESSED_DIR"
FIGURES_DIR_VARIABLE = "HELPERS_FIGURES_DIR"

PROJECT_ROOT = Path(__file__).resolve().parents[3]
DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
ARTICLES_DIR = RAW_DIR / "articles"
CATALOG_FILE = RAW_DIR / "catalog.csv"
CHECKSUMS_FILE = RAW_DIR / "SHA256SUMS"
ANNOTATIONS_DIR = DATA_DIR / "annotations"
PROCESSED_DIR = Path(os.environ.get(PROCESSED_DIR_VARIABLE) or DATA_DIR / "processed")
FIGURES_DIR = Path(os.environ.get(FIGURES_DIR_VARIABLE) or PROJECT_ROOT / "figures")
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"


def articles_dir(raw_dir: Path) -> Path:
    """Folder holding the article text files of a raw folder laid out like ``data/raw/``."""
    return Path(raw_dir) / "articles"


def catalog_file(raw_dir: Path) -> Path:
    """The catalog of a raw folder laid out like ``data/raw/``."""
    return Path(raw_dir) / "catalog.csv"


def relative_to_project(path: Path) -> str:
    """``path`` relative to the project root when inside it, else its name: no absolute path reaches an output."""
    path = Path(path).resolve()
    try:
        return path.relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return path.name
