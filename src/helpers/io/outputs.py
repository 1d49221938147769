"""Writing the processed tables: the output folder is replaced as a whole, under a lock.

A build writes every table into a *staging* folder beside the output folder (``.<name>.staging-<pid>``), then swaps
the two: the old folder is renamed away (``.<name>.old-<pid>``), the staging folder renamed in, and the old one
deleted. So the output folder always holds the tables of one build, never a mix of two:

- **What the build owns**: the tables at the top of the output folder (``*.csv`` files, ``*.parquet`` folders and
  files) and its own working files (``.*.partial-*``). A table an earlier build wrote and this one does not (the
  stance tables of a build that had coded statements, say) is gone after the swap: the set of tables is exactly this
  build's. Every other file (``README.md``, the data dictionary) is carried over into the new folder unchanged.
- **A lock** (``.<name>.lock`` beside the output folder, an advisory ``flock`` released by the kernel when the
  process ends, even when it is killed) keeps two builds from writing into the same folder: the second one stops at
  once with :class:`OutputFolderBusy`, a message naming the folder and the lock.
- **Leftovers** of a killed build (a staging folder, an old folder not yet deleted, ``.partial`` files) are removed
  by the next build into the same folder, under the lock; if a build was killed between its two renames, the old
  folder is put back first.

An interrupted or failed build leaves the previous output folder exactly as it was: nothing is renamed until every
table has been written.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
from pathlib import Path

import pandas as pd

from helpers.io.errors import InputError
from helpers.io.paths import relative_to_project
from helpers.io.spreadsheet import neutralise_table

OWNED_SUFFIXES = (".csv", ".parquet")
"""Entries at the top of the output folder that belong to the build (replaced by every build, never carried over)."""


class OutputFolderBusy(InputError):
    """Another build holds the lock of the output folder."""


def table_to_csv_bytes(table: pd.DataFrame) -> bytes:
    """The CSV form used for every processed table: UTF-8, ``\\n`` line ends, no index, stable float text."""
    return neutralise_table(table).to_csv(index=False, lineterminator="\n").encode("utf-8")  # OWASP CSV injection


def is_owned(name: str) -> bool:
    """Whether an entry of the output folder belongs to the build (a table, or a build's working file)."""
    return name.endswith(OWNED_SUFFIXES) or (name.startswith(".") and ".partial" in name)


def _sibling(out_dir: Path, kind: str) -> Path:
    return out_dir.parent / f".{out_dir.name}.{kind}"


class OutputFolder:
    """``with OutputFolder(out) as folder:`` write into ``folder.staging``, then ``folder.commit()``.

    Entering takes the lock (or raises :class:`OutputFolderBusy`), removes a killed build's leftovers and creates an
    empty staging folder; :meth:`commit` carries the files the build does not own over and swaps the folders;
    leaving without a commit deletes the staging folder and leaves the output folder untouched.
    """

    def __init__(self, out_dir: Path):
        self.out_dir = Path(os.path.abspath(out_dir))
        if self.out_dir.is_symlink():
            self.out_dir = self.out_dir.resolve()
        self.lock_path = _sibling(self.out_dir, "lock")
        self.staging = _sibling(self.out_dir, f"staging-{os.getpid()}")
        self._lock_fd: int | None = None
        self.committed = False

    def __enter__(self) -> OutputFolder:
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        self._acquire()
        try:
            self._remove_leftovers()
            self.staging.mkdir()
        except BaseException:
            self._release()
            raise
        return self

    def __exit__(self, *exc) -> None:
        try:
            if not self.committed:
                shutil.rmtree(self.staging, ignore_errors=True)
        finally:
            self._release()

    # -- lock ------------------------------------------------------------------------------------------------------
    def _acquire(self) -> None:
        while True:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:
                holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
                os.close(fd)
                if error.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                raise OutputFolderBusy(
                    relative_to_project(self.out_dir),
                    f"another build is writing into this folder (lock {relative_to_project(self.lock_path)} is "
                    f"held by process {holder})",
                    "Wait for that build to finish, or build into another folder with --out") from None
            try:
                same = os.fstat(fd).st_ino == os.stat(self.lock_path).st_ino
            except FileNotFoundError:
                same = False
            if same:  # else the holder deleted the file between our open and our lock: take the new one
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
                self._lock_fd = fd
                return
            os.close(fd)

    def _release(self) -> None:
        if self._lock_fd is not None:
            self.lock_path.unlink(missing_ok=True)
            os.close(self._lock_fd)
            self._lock_fd = None

    # -- leftovers and swap ----------------------------------------------------------------------------------------
    def _remove_leftovers(self) -> None:
        """Undo what a killed build left: restore a folder renamed away, delete staging and old folders and
        ``.partial`` files."""
        parent, name = self.out_dir.parent, self.out_dir.name
        olds = sorted(parent.glob(f".{glob_escape(name)}.old-*"))
        if olds and not self.out_dir.exists():
            os.rename(olds.pop(), self.out_dir)
        for leftover in [*olds, *parent.glob(f".{glob_escape(name)}.staging-*")]:
            shutil.rmtree(leftover, ignore_errors=True)
        if self.out_dir.is_dir():
            for path in self.out_dir.iterdir():
                if path.name.startswith(".") and ".partial" in path.name and path.is_file():
                    path.unlink()

    def commit(self) -> list[Path]:
        """Carry the files the build does not own over into the staging folder, then swap it in; returns the
        paths of the entries the build wrote, sorted."""
        written = sorted(path.name for path in self.staging.iterdir())
        old = None
        if self.out_dir.exists():
            if not self.out_dir.is_dir():
                raise InputError(relative_to_project(self.out_dir), "the output folder is a file",
                                 "Pass a folder (or a path that does not exist yet) as --out")
            for path in sorted(self.out_dir.iterdir()):
                if not is_owned(path.name):
                    target = self.staging / path.name
                    if path.is_dir() and not path.is_symlink():
                        shutil.copytree(path, target, symlinks=True)
                    else:
                        shutil.copy2(path, target, follow_symlinks=False)
            shutil.copymode(self.out_dir, self.staging)
            old = _sibling(self.out_dir, f"old-{os.getpid()}")
            os.rename(self.out_dir, old)
        os.rename(self.staging, self.out_dir)
        self.committed = True
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return [self.out_dir / name for name in written]


def glob_escape(name: str) -> str:
    """``name`` with the characters that :meth:`Path.glob` treats specially escaped."""
    return "".join(f"[{char}]" if char in "*?[]" else char for char in name)


def write_file(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to ``folder/name`` in full (through a ``.partial`` file, flushed to disk)."""
    target = Path(folder) / name
    temporary = Path(folder) / f".{name}.partial-{os.getpid()}"
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    return target


def write_files_atomically(contents: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Replace the tables of ``out_dir`` by ``{file name: bytes}``, all or nothing (see :class:`OutputFolder`);
    returns the paths written, sorted."""
    with OutputFolder(out_dir) as folder:
        for name, data in sorted(contents.items()):
            write_file(folder.staging, name, data)
        return folder.commit()


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Replace the tables of ``out_dir`` by ``{file name: DataFrame}`` as CSV (see :class:`OutputFolder`)."""
    with OutputFolder(out_dir) as folder:
        for name, table in sorted(tables.items()):
            write_file(folder.staging, name, table_to_csv_bytes(table))
        return folder.commit()
