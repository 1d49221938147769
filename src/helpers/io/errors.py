"""The exception types for bad input and for outputs that cannot be written, and OS errors turned into messages.

Every problem with input data (a raw file, a catalog row, an annotation row) is raised as :class:`InputError`,
whose message names the file or row and says what to do. A folder that cannot be written (``--out`` read-only, a
file, under a file, a full disk) is an :class:`OutputError`, built from the operating system's error by
:func:`output_error`. The command line prints either and exits with status 2 (input) or 3 (output).
"""

from __future__ import annotations

import errno
from pathlib import Path


class InputError(ValueError):
    """Bad input data: ``where`` names the file or row, ``problem`` says what is wrong, ``fix`` what to do."""

    def __init__(self, where: str, problem: str, fix: str):
        self.where = where
        self.problem = problem
        self.fix = fix
        super().__init__(f"{where}: {problem}. {fix}")


class OutputError(InputError):
    """An output folder or file that cannot be written; same fields as :class:`InputError`."""


def first_os_error(error: BaseException) -> OSError | None:
    """The earliest :class:`OSError` in ``error``'s chain of causes and contexts (``error`` itself if none earlier).

    When cleaning up after a failed write fails too, the second error's ``__context__`` is the first one, which is
    the one that explains what went wrong.
    """
    chain, seen = [], set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        chain.append(error)
        error = error.__cause__ or error.__context__
    os_errors = [e for e in chain if isinstance(e, OSError)]
    return os_errors[-1] if os_errors else None


def _existing_file_above(path: Path) -> Path | None:
    """The first ancestor of ``path`` (or ``path`` itself) that exists and is not a folder."""
    for candidate in [path, *path.parents]:
        if candidate.exists() or candidate.is_symlink():
            return None if candidate.is_dir() else candidate
    return None


def output_error(error: OSError, out_dir: Path, shown: str) -> OutputError:
    """The message for an OS error met while writing into ``out_dir`` (shown to the user as ``shown``)."""
    out_dir = Path(out_dir)
    reason = error.strerror or str(error)
    culprit = _existing_file_above(out_dir)
    if culprit == out_dir:
        return OutputError(shown, "is a file, not a folder",
                           "Give --out a folder (it is created if missing), or move the file away")
    if culprit is not None:
        return OutputError(shown, f"cannot be created: {culprit.name!r} above it is a file, not a folder",
                           "Give --out a path whose parents are folders")
    if error.errno == errno.ENOSPC:
        return OutputError(shown, "no space left on the device while writing the tables",
                           "Free some space or choose another --out; the previous outputs were left as they were")
    if error.errno == errno.EDQUOT:
        return OutputError(shown, "disk quota exceeded while writing the tables",
                           "Free some space or choose another --out; the previous outputs were left as they were")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(shown, f"cannot be written ({reason}{_culprit_name(error, out_dir)})",
                           "Make the folder writable, or choose another --out; nothing was changed in it")
    return OutputError(shown, f"cannot be written ({reason}{_culprit_name(error, out_dir)})",
                       "Check the folder and the device, or choose another --out")


def _culprit_name(error: OSError, out_dir: Path) -> str:
    """``: name`` of the file the OS error is about, relative to ``out_dir`` where possible."""
    if not error.filename:
        return ""
    path = Path(str(error.filename))
    try:
        return f": {path.relative_to(out_dir).as_posix() or '.'}"
    except ValueError:
        return f": {path.name}"


def check_output_folder(out_dir: Path, shown: str) -> None:
    """Refuse, before any work, an output folder that is a file, lies under a file, or exists but is not writable.

    A missing folder is fine (the build creates it). Raises :class:`OutputError` naming ``shown``.
    """
    import os

    out_dir = Path(out_dir)
    culprit = _existing_file_above(out_dir)
    if culprit is not None:
        raise output_error(NotADirectoryError(errno.ENOTDIR, "Not a directory", str(culprit)), out_dir, shown)
    existing = next(p for p in [out_dir, *out_dir.parents] if p.exists())
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(shown, f"cannot be written (no write permission on {existing.name or existing}/)",
                          "Make the folder writable, or choose another --out; nothing was changed in it")
