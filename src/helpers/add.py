"""Adding an article: ``python -m helpers add PATH --outlet ... --published ...`` (``make add``).

The file is copied byte for byte into ``data/raw/articles/``, its row appended to ``data/raw/catalog.csv`` and its
digest to ``data/raw/SHA256SUMS``. Nothing is written until the new raw folder passes the checks the build makes
(:func:`helpers.io.corpus.read_raw_folder`: the catalog's columns and dates, one row per file, UTF-8 text, no two
files with the same content), run on a trial folder; then the three files are each written beside their target and
renamed over it, so an interrupted or refused addition leaves ``data/raw/`` as it was.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from helpers.io.catalog import parse_published
from helpers.io.corpus import decode_article, read_raw_folder
from helpers.io.errors import InputError
from helpers.io.paths import RAW_DIR, articles_dir, catalog_file, relative_to_project


@dataclass(frozen=True)
class Added:
    """What :func:`add_article` wrote."""

    file: str
    target: Path
    catalog: Path
    checksums: Path

    def message(self) -> str:
        """What was done, and what to run next."""
        return "\n".join([
            f"added {relative_to_project(self.target)}: its row is in {relative_to_project(self.catalog)} and its "
            f"digest in {relative_to_project(self.checksums)}.",
            "Next: `make run` (rebuilds data/processed/, the notebooks, figures/ and the README findings, all or "
            "nothing), then `make test`.",
            "Optionally, code its statements in data/annotations/statements.csv (see data/annotations/codebook.md).",
        ])


def catalog_row(header: list[str], fields: dict[str, str]) -> str:
    """One CSV line for the catalog, columns in the order of ``header`` (missing ones empty).

    Raises :class:`InputError` for a non-empty field that the catalog has no column for.
    """
    unknown = sorted(key for key, value in fields.items() if value and key not in header)
    if unknown:
        raise InputError("data/raw/catalog.csv", f"has no column {', '.join(unknown)}",
                         "Add the column to the catalog's header row, or leave the option out")
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([fields.get(column, "") for column in header])
    return buffer.getvalue()


def _trial_folder(folder: Path, raw_dir: Path, name: str, data: bytes, catalog_text: str, sums_text: str) -> None:
    """A raw folder in ``folder`` with the existing articles, the new one, the new catalog and the new digests.

    The existing articles are copied, not linked: the build refuses links in the articles folder."""
    articles = folder / "articles"
    articles.mkdir()
    for path in sorted(articles_dir(raw_dir).iterdir()):
        if not path.name.startswith(".") and path.is_file() and not path.is_symlink():
            shutil.copyfile(path, articles / path.name)
    (articles / name).write_bytes(data)
    (folder / "catalog.csv").write_text(catalog_text, encoding="utf-8")
    (folder / "SHA256SUMS").write_text(sums_text, encoding="utf-8")


def _replace_all(contents: list[tuple[Path, bytes]]) -> None:
    """Write each ``(target, bytes)`` beside its target, then rename all of them over their targets."""
    staged = []
    try:
        for target, data in contents:
            temporary = target.with_name(f".{target.name}.partial-{os.getpid()}")
            temporary.write_bytes(data)
            staged.append((temporary, target))
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, target in staged:
        os.replace(temporary, target)


def add_article(source: Path, fields: dict[str, str], name: str | None = None, raw_dir: Path = RAW_DIR) -> Added:
    """Copy ``source`` into ``raw_dir/articles/`` as ``name`` (default: its own name, with ``.txt``), with its
    catalog row (``fields``: ``outlet`` and ``published`` required, other catalog columns optional) and its digest.

    Raises :class:`InputError`, writing nothing, for a missing file, a name already taken, a text that is not
    readable UTF-8, a bad date, or content identical to an article already there.
    """
    source, raw_dir = Path(source), Path(raw_dir)
    if not source.is_file():
        raise InputError(str(source), "no such file", "Give the path of the article's text file")
    name = Path(name or source.name).with_suffix(".txt").name
    target = articles_dir(raw_dir) / name
    if target.exists() or name.startswith("."):
        raise InputError(relative_to_project(target), "already exists" if target.exists() else "is a hidden name",
                         "Give the article another file name with --name")
    data = source.read_bytes()
    decode_article(data, str(source))
    try:
        parse_published(fields.get("published", ""))
    except ValueError as exc:
        raise InputError(f"--published {fields.get('published', '')!r}", str(exc),
                         "Write the date as YYYY-MM-DD, or YYYY-MM or YYYY where that is all that is known") from None
    catalog_path = catalog_file(raw_dir)
    catalog_text = catalog_path.read_text(encoding="utf-8")
    header = next(csv.reader(io.StringIO(catalog_text)))
    new_catalog = catalog_text + ("" if catalog_text.endswith("\n") else "\n") + catalog_row(header,
                                                                                           {"file": name, **fields})
    checksums = raw_dir / "SHA256SUMS"
    sums = checksums.read_text(encoding="utf-8") if checksums.is_file() else ""
    sums += ("" if not sums or sums.endswith("\n") else "\n") + f"{hashlib.sha256(data).hexdigest()}  {name}\n"
    with tempfile.TemporaryDirectory(prefix="helpers-add-") as folder:
        _trial_folder(Path(folder), raw_dir, name, data, new_catalog, sums)
        read_raw_folder(Path(folder))
    _replace_all([(target, data), (catalog_path, new_catalog.encode("utf-8")), (checksums, sums.encode("utf-8"))])
    return Added(name, target, catalog_path, checksums)
