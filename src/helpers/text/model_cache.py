"""The language models' arrays kept ready to load: langdetect's profile table and py3langid's model, decoded once
per environment instead of once per process.

Every process that detects a language pays, before its first answer, about 0.55 CPU s to read langdetect's 55
JSON profiles into a table and about 0.7 CPU s to decompress py3langid's ``model.npz.xz``. A build does it once per
worker, but a notebook kernel, a test's subprocess or a one-article build does it for a handful of articles, and
the test suite starts a few dozen such processes. :func:`cached_arrays` keeps the decoded arrays in an uncompressed
``.npz`` file (loaded in a few hundredths of a second) under the environment's own prefix
(``<sys.prefix>/var/helpers-model-cache/``, so that it lives and dies with ``.venv``), or under the folder named
by the ``HELPERS_MODEL_CACHE`` environment variable.

The file's name carries the model's name, its library's version and the size of the file it was decoded from, so
a new version is decoded afresh. It is written to a temporary name and renamed into place (two processes writing
at once leave one whole file), read back with ``allow_pickle=False``, and any failure to read or write it falls
back to decoding the model as before: the cache changes how long the first answer takes, never the answer
(``tests/test_language.py`` compares the arrays with the decoded ones).
"""

from __future__ import annotations

import os
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Callable

import numpy as np


def cache_folder() -> Path:
    """Where the decoded arrays are kept: ``$HELPERS_MODEL_CACHE``, else ``<sys.prefix>/var/helpers-model-cache``."""
    named = os.environ.get("HELPERS_MODEL_CACHE", "").strip()
    return Path(named) if named else Path(sys.prefix) / "var" / "helpers-model-cache"


def cached_arrays(key: str, decode: Callable[[], dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """The arrays of ``decode()`` (plain numeric or string arrays, no objects), read from the cache file named
    ``key`` when it is there, else decoded and written there for the next process."""
    path = cache_folder() / f"{key}.npz"
    try:
        with open(path, "rb") as file, np.load(file, allow_pickle=False) as stored:
            return {name: stored[name] for name in stored.files}
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):  # not there, unreadable or cut short
        pass
    arrays = decode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{key}.", suffix=".npz", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as file:
                np.savez(file, **arrays)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError:  # a read-only environment: every process decodes the model, as without a cache
        pass
    return arrays


def source_key(name: str, distribution: str, source: Path) -> str:
    """``name-<version of distribution>-<size of source>``: the cache file's name for a model decoded from
    ``source`` by the installed ``distribution``."""
    from importlib.metadata import version

    return f"{name}-{version(distribution)}-{source.stat().st_size}"
