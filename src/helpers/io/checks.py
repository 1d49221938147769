"""Checks of a raw folder beyond decoding: file names, links, recorded digests, encodings that are not UTF-8.

Each check raises :class:`~helpers.io.errors.InputError` naming the file (or the line of ``SHA256SUMS``) and what
to do. Paths in messages are shown as they are written in the folder, never resolved: a symbolic link is named by
its own name, not its target's (:func:`shown_path`).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from helpers.io.errors import InputError
from helpers.io.paths import relative_to_project

CHECKSUMS_NAME = "SHA256SUMS"
_CHECKSUM_LINE = re.compile(r"([0-9a-fA-F]{64}) [ *](.+)")


def shown_path(path: Path) -> str:
    """``path`` for a message: its folder relative to the project (or the folder's name), then its own name as
    written, without following a link or normalising the name."""
    path = Path(path)
    return f"{relative_to_project(path.parent)}/{path.name}"


def check_article_name(path: Path) -> bool:
    """Whether ``path`` (an entry of the articles folder) is an article; raise for one that must not be skipped.

    Hidden files that are not ``.txt`` (``.DS_Store``, ``.gitkeep``) are skipped (False). Refused: a symbolic link,
    a hidden ``.txt`` file, a name that starts or ends with white space, anything that is not a regular ``.txt``
    file.
    """
    name, where = path.name, shown_path(path)
    if path.is_symlink():
        raise InputError(where, "is a symbolic link; the build reads only regular files in the articles folder",
                         "Replace the link by a copy of the article it points to, or remove it")
    if name != name.strip():
        side = "starts" if name[:1].isspace() else "ends"
        raise InputError(where, f"the file name {name!r} {side} with white space",
                         f"Rename the file to {name.strip()!r} and use that name in the catalog and SHA256SUMS")
    if name.startswith("."):
        if not name.lower().endswith(".txt"):
            return False
        raise InputError(where, "is a hidden file (its name starts with '.'), so it would be skipped silently",
                         f"Rename it to {name.lstrip('.')!r} and give it a catalog row, or move it out of the "
                         "articles folder")
    if not path.is_file() or path.suffix != ".txt":
        raise InputError(where, "is not a .txt article file",
                         "Articles are plain-text .txt files; move anything else out of the articles folder")
    return True


def normalisation_twin(name: str, names) -> str | None:
    """The one of ``names`` that differs from ``name`` only by Unicode normalisation (NFC against NFD), if any."""
    key = unicodedata.normalize("NFC", name)
    twins = [other for other in names if other != name and unicodedata.normalize("NFC", other) == key]
    return twins[0] if twins else None


def normalisation_problem(name: str, other: str) -> str:
    """Why ``name`` and ``other`` (the same text in two Unicode normalisations) do not match."""
    form = "composed (NFC)" if unicodedata.is_normalized("NFC", name) else "decomposed (NFD)"
    other_form = "composed (NFC)" if unicodedata.is_normalized("NFC", other) else "decomposed (NFD)"
    return (f"{name!r} is written with {form} accents and {other!r} with {other_form} accents: they look the same "
            f"but are different names")


def read_checksums(path: Path) -> dict[str, tuple[str, int]]:
    """``SHA256SUMS`` as ``{file name: (hex digest, line number)}``; lines as written by ``sha256sum``."""
    where = shown_path(path)
    if not path.is_file():
        raise InputError(where, "is missing: the build checks every article against its recorded SHA-256",
                         "Create it from the articles you trust: `cd articles && sha256sum *.txt > ../SHA256SUMS`")
    recorded: dict[str, tuple[str, int]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        if not line.strip():
            continue
        match = _CHECKSUM_LINE.fullmatch(line)
        if not match:
            raise InputError(f"{where} line {number}", "is not '<64 hex digits>  <file name>'",
                             "Write each line as `sha256sum` does (digest, two spaces, the file name)")
        digest, name = match.group(1).lower(), match.group(2)
        if name in recorded and recorded[name][0] != digest:
            raise InputError(f"{where} lines {recorded[name][1]}, {number}", f"two digests for {name}",
                             "Keep the line of the file as it is now, after checking that it is the right one")
        recorded[name] = (digest, number)
    return recorded


def check_digests(digests: dict[str, str], paths: dict[str, Path], checksums_path: Path) -> None:
    """Refuse an article whose SHA-256 (``digests``: file name -> hex digest of its bytes) differs from its line in
    ``SHA256SUMS``, an article with no line, and a line naming a file that is not an article."""
    recorded = read_checksums(checksums_path)
    where_sums = shown_path(checksums_path)
    for name in sorted(digests):
        digest = digests[name]
        where = shown_path(paths[name])
        update = f"`cd {paths[name].parent.name} && sha256sum {name}`"
        if name not in recorded:
            twin = normalisation_twin(name, recorded)
            if twin is not None:
                raise InputError(where, f"has no line in {where_sums}: {normalisation_problem(name, twin)}",
                                 f"Write the name in {where_sums} exactly as the file is named (copy it from "
                                 "`ls`), or rename the file")
            raise InputError(where, f"has no line in {where_sums}, so its content cannot be checked",
                             f"If the article is as collected, add its line: {update} >> ../{CHECKSUMS_NAME}")
        if recorded[name][0] != digest:
            raise InputError(where, f"its SHA-256 ({digest[:12]}...) differs from the one recorded in {where_sums} "
                                    f"line {recorded[name][1]} ({recorded[name][0][:12]}...): the file has changed",
                             f"Restore the article as collected; if the change is deliberate, replace that line by "
                             f"the output of {update}")
    for name, (_, number) in sorted(recorded.items(), key=lambda item: item[1][1]):
        if name not in digests:
            raise InputError(f"{where_sums} line {number}", f"names {name}, which is not an article of the catalog",
                             "Remove the line (or add the article and its catalog row)")
