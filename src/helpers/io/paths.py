"""The project's folders, built from this package's own location (never from the working directory)."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[3]
DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
ARTICLES_DIR = RAW_DIR / "articles"
CATALOG_FILE = RAW_DIR / "catalog.csv"
CHECKSUMS_FILE = RAW_DIR / "SHA256SUMS"
ANNOTATIONS_DIR = DATA_DIR / "annotations"
PROCESSED_DIR = DATA_DIR / "processed"
FIGURES_DIR = PROJECT_ROOT / "figures"
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
