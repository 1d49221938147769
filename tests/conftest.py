"""Shared fixtures: a temporary copy of the raw folder that a test may break without touching data/raw/."""

import csv
import shutil
from pathlib import Path

import pytest

from helpers.io.paths import RAW_DIR


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
