"""Writing processed tables atomically: every file is written in full beside its target, then renamed over it.

An interrupted or failed build leaves the previous outputs as they were: the renames happen only after every table
has been written, and a rename (``os.replace``) is atomic on one file system.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from helpers.io.spreadsheet import neutralise_table


def table_to_csv_bytes(table: pd.DataFrame) -> bytes:
    """The CSV form used for every processed table: UTF-8, ``\\n`` line ends, no index, stable float text."""
    return neutralise_table(table).to_csv(index=False, lineterminator="\n").encode("utf-8")  # OWASP CSV injection


def write_files_atomically(contents: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Write ``{file name: bytes}`` into ``out_dir``, all or nothing; returns the paths written, sorted."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, data in sorted(contents.items()):
            target = out_dir / name
            temporary = out_dir / f".{name}.partial-{os.getpid()}"
            with open(temporary, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            staged.append((temporary, target))
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        (out_dir / f".{name}.partial-{os.getpid()}").unlink(missing_ok=True)
        raise
    for temporary, target in staged:
        os.replace(temporary, target)
    return [target for _, target in staged]


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write ``{file name: DataFrame}`` as CSV into ``out_dir``, atomically (see :func:`write_files_atomically`)."""
    return write_files_atomically({name: table_to_csv_bytes(table) for name, table in tables.items()}, out_dir)
