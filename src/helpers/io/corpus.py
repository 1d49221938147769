"""Loading the articles of a raw folder (laid out like ``data/raw/``) into DataFrames.

The raw text is never altered. Each article is decoded from UTF-8 as it is on disk (a byte-order mark stays in the
text as U+FEFF, CRLF line ends stay as they are), so every span in every table indexes the decoded file directly:
``text[start:end]``. Paragraphs are the non-empty lines of the file, without their surrounding whitespace; the body
of an article is its paragraphs that are not page furniture (see :mod:`helpers.text.furniture`).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.io.catalog import read_catalog
from helpers.io.checks import (CHECKSUMS_NAME, check_article_name, check_digests, normalisation_problem,
                               normalisation_twin, shown_path)
from helpers.io.encodings import find_mojibake, is_blank, repair_mojibake, wide_encoding, word_around
from helpers.io.errors import InputError
from helpers.text.furniture import classify_paragraphs
from helpers.text.language import (UNKNOWN, count_letters, detect_article_language, detect_paragraph_languages,
                                   is_supported)
from helpers.parallel import map_in_order
from helpers.io.paths import RAW_DIR, articles_dir, catalog_file, relative_to_project

DEFAULT_MAX_ARTICLE_MB = 10.0
"""Largest article file read, in MB; raise it with ``--max-article-mb`` or the environment variable below."""
MAX_ARTICLE_MB_VARIABLE = "HELPERS_MAX_ARTICLE_MB"

PARAGRAPH_MIN_LETTERS = 40
"""A paragraph with fewer letters is too short for langdetect to tell reliably: its language is "unknown"."""

LANGUAGE_SAMPLE_CHARS = 1000
"""The article's language is detected on the first this-many characters of its body."""

_LINE = re.compile(r"[^\r\n]+")
_EDGE_SPACE = " \t\u00a0\u202f\u2009\u200b\ufeff"
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")

PARAGRAPH_COLUMNS = [
    "article_id", "file", "paragraph", "start", "end", "n_chars", "language", "language_probability",
    "is_furniture", "furniture_kind", "text",
]
ARTICLE_TEXT_COLUMNS = [
    "article_id", "file", "sha256", "n_bytes", "n_chars", "n_words", "n_paragraphs", "n_furniture_paragraphs",
    "body_chars", "furniture_chars", "furniture_share", "language", "language_probability", "language_supported",
    "body_spans", "body", "furniture",
]


@dataclass(frozen=True)
class Corpus:
    """Articles (one row each, catalog fields included), their paragraphs, and the decoded texts by file name."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    texts: dict[str, str] = field(repr=False)


def max_article_bytes(max_article_mb: float | None = None) -> int:
    """The size limit in bytes: the argument, else the environment variable, else the default."""
    if max_article_mb is None:
        max_article_mb = float(os.environ.get(MAX_ARTICLE_MB_VARIABLE, DEFAULT_MAX_ARTICLE_MB))
    return int(max_article_mb * 1_000_000)


def check_article_size(n_bytes: int, where: str, limit_bytes: int | None = None) -> None:
    """Refuse an article file of more than ``limit_bytes`` bytes (default: :func:`max_article_bytes`)."""
    limit_bytes = max_article_bytes() if limit_bytes is None else limit_bytes
    if n_bytes > limit_bytes:
        raise InputError(where, f"file is {n_bytes / 1e6:.1f} MB, over the limit of {limit_bytes / 1e6:g} MB",
                         f"Check that it is one article; to read it anyway, raise the limit with --max-article-mb "
                         f"or the environment variable {MAX_ARTICLE_MB_VARIABLE}")


def decode_article(data: bytes, where: str, limit_bytes: int | None = None) -> str:
    """Decode one article file's bytes, refusing what is not a readable UTF-8 text.

    Raises :class:`InputError` naming ``where`` for a file larger than ``limit_bytes``, a UTF-16 or UTF-32 file
    (named as such), an empty file or one holding only white space, a byte-order mark or invisible characters, a
    binary file (NUL bytes), a file that is not UTF-8 (with the byte offset and a hint at Latin-1/Windows-1252),
    and UTF-8 decoded twice ("LiÃ¨ge" for "Liège", see :func:`helpers.io.encodings.find_mojibake`).
    """
    check_article_size(len(data), where, limit_bytes)
    wide = wide_encoding(data)
    if wide:
        raise InputError(where, f"file is {wide}, not UTF-8",
                         "Convert it, e.g. `iconv -f UTF-16 -t UTF-8 in.txt > out.txt` (UTF-32 likewise), and "
                         "replace the file")
    if not data.strip():
        raise InputError(where, "file is empty", "Put the article's text in it, or remove it and its catalog row")
    if b"\x00" in data:
        raise InputError(where, "file is binary (it contains NUL bytes), not a text",
                         "Save the article as plain UTF-8 text (.txt)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        raise InputError(where, f"file is not UTF-8 (byte 0x{bad} at offset {exc.start}; probably Latin-1 or "
                                f"Windows-1252)",
                         "Convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`, and replace the file"
                         ) from None
    if is_blank(text):
        raise InputError(where, "file is empty: it holds only white space, a byte-order mark or invisible characters",
                         "Put the article's text in it, or remove it and its catalog row")
    _refuse_mojibake(text, where)
    return text


def _refuse_mojibake(text: str, where: str) -> None:
    found = find_mojibake(text)
    if found is None:
        return
    offset, written, count = found
    word, _, _ = word_around(text, offset, offset + len(written))
    fixed = repair_mojibake(word)
    line = text.count("\n", 0, offset) + 1
    raise InputError(f"{where} line {line}",
                     f"{word!r} looks like UTF-8 decoded twice (mojibake, meant: {fixed!r}); {count} such place(s) "
                     f"in the file",
                     "Take the article again from its source; if the whole file is affected, "
                     "`iconv -f UTF-8 -t WINDOWS-1252 in.txt > out.txt` undoes one layer (check the result, then "
                     "replace the file and its SHA256SUMS line)")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty line of ``text``, without surrounding spaces, BOM or line ends."""
    spans = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip(_EDGE_SPACE)
        if stripped:
            start = match.start() + len(line) - len(line.lstrip(_EDGE_SPACE))
            spans.append((start, start + len(stripped)))
    return spans


def describe_article(file: str, text: str) -> tuple[dict, list[dict]]:
    """Measures of one decoded article and its paragraph rows; no catalog fields, no file access."""
    article_id = Path(file).stem
    spans = paragraph_spans(text)
    lines = [text[start:end] for start, end in spans]
    kinds = classify_paragraphs(lines)
    letters = [count_letters(line) for line in lines]
    long_enough = [count >= PARAGRAPH_MIN_LETTERS for count in letters]
    detected = iter(detect_paragraph_languages([line for line, ok in zip(lines, long_enough) if ok],
                                               [count for count in letters if count >= PARAGRAPH_MIN_LETTERS]))
    paragraphs = []
    for number, ((start, end), line, kind, ok) in enumerate(zip(spans, lines, kinds, long_enough), start=1):
        language, probability = next(detected) if ok else (UNKNOWN, 0.0)
        paragraphs.append(dict(
            article_id=article_id, file=file, paragraph=number, start=start, end=end, n_chars=end - start,
            language=language, language_probability=probability, is_furniture=bool(kind), furniture_kind=kind,
            text=line,
        ))
    body_lines = [line for line, kind in zip(lines, kinds) if not kind]
    furniture_lines = [line for line, kind in zip(lines, kinds) if kind]
    body = "\n".join(body_lines)
    language, probability = detect_article_language(
        body[:LANGUAGE_SAMPLE_CHARS], [(row["language"], row["n_chars"]) for row in paragraphs if not row["is_furniture"]])
    body_chars = sum(map(len, body_lines))
    furniture_chars = sum(map(len, furniture_lines))
    article = dict(
        article_id=article_id, file=file, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        n_bytes=len(text.encode("utf-8")), n_chars=len(text), n_words=len(_WORD.findall(body)),
        n_paragraphs=len(spans), n_furniture_paragraphs=len(furniture_lines), body_chars=body_chars,
        furniture_chars=furniture_chars,
        furniture_share=round(furniture_chars / (body_chars + furniture_chars), 4) if spans else 0.0,
        language=language, language_probability=probability, language_supported=is_supported(language),
        body_spans=";".join(f"{start}-{end}" for (start, end), kind in zip(spans, kinds) if not kind),
        body=body, furniture="\n".join(furniture_lines),
    )
    return article, paragraphs


def list_article_files(raw_dir: Path) -> dict[str, Path]:
    """The article files of a raw folder by name (``*.txt``; hidden files other than ``.txt`` are ignored).

    Raises :class:`InputError` for a missing folder and for an entry that must not be skipped silently (see
    :func:`helpers.io.checks.check_article_name`: a link, a hidden ``.txt``, a name with edge spaces, not ``.txt``).
    """
    folder = articles_dir(raw_dir)
    if not folder.is_dir():
        raise InputError(relative_to_project(folder), "the articles folder is missing",
                         "Create it and put one UTF-8 .txt file per article in it")
    return {path.name: path for path in sorted(folder.iterdir()) if check_article_name(path)}


def match_catalog_to_files(catalog: pd.DataFrame, files: dict[str, Path], catalog_where: str) -> None:
    """Refuse a file without a catalog row and a row without a file, saying when the two names differ only by
    Unicode normalisation (NFC/NFD)."""
    listed = list(catalog["file"])
    unlisted = sorted(set(files) - set(listed))
    if unlisted:
        name = unlisted[0]
        twin = normalisation_twin(name, listed)
        if twin is not None:
            row = listed.index(twin) + 2
            raise InputError(shown_path(files[name]), f"does not match {catalog_where} row {row}: "
                                                      f"{normalisation_problem(name, twin)}",
                             "Retype the name in the catalog (or rename the file) so that both are written alike; "
                             "`convmv -f utf8 -t utf8 --nfc --notest FILE` renames a file to composed accents")
        raise InputError(shown_path(files[name]), "has no row in the catalog",
                         f"Add a row for {name} to {catalog_where} (file, outlet and published are required)")
    for index, name in enumerate(listed):
        if name not in files:
            raise InputError(f"{catalog_where} row {index + 2}", f"lists {name}, which is not in the articles folder",
                             "Add the file, or remove the row")


def check_raw_folder(raw_dir: Path) -> tuple[pd.DataFrame, dict[str, Path]]:
    """Validated catalog and the article files of a raw folder by name, without reading the articles: the catalog
    (columns, dates, duplicate rows), the entries of the articles folder (links, hidden articles, odd names), that
    every file has a catalog row and every row a file."""
    raw_dir = Path(raw_dir)
    catalog = read_catalog(catalog_file(raw_dir))
    files = list_article_files(raw_dir)
    match_catalog_to_files(catalog, files, relative_to_project(catalog_file(raw_dir)))
    return catalog, files


def read_article(path: Path, limit_bytes: int | None = None) -> str:
    """One article file, checked (size, then :func:`decode_article`) and decoded."""
    where = shown_path(Path(path))
    check_article_size(Path(path).stat().st_size, where, limit_bytes)
    return decode_article(Path(path).read_bytes(), where, limit_bytes)


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes (read in blocks: the file is never held whole)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_recorded_digests(raw_dir: Path, files: dict[str, Path], names) -> None:
    """Refuse an article whose bytes differ from its ``SHA256SUMS`` line (or that has none): see
    :func:`helpers.io.checks.check_digests`."""
    check_digests({name: file_digest(files[name]) for name in names}, files, Path(raw_dir) / CHECKSUMS_NAME)


def check_distinct(digests: list[tuple[str, str]], files: dict[str, Path]) -> None:
    """Refuse two articles with the same content: ``digests`` is ``(file name, SHA-256)`` in catalog order."""
    seen: dict[str, str] = {}
    for name, digest in digests:
        if digest in seen:
            raise InputError(shown_path(files[name]), f"has the same content as {seen[digest]}",
                             "Keep one copy of the article and remove the other file and its catalog row")
        seen[digest] = name


def read_raw_folder(raw_dir: Path, max_article_mb: float | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """Validated catalog and decoded texts of a raw folder, or an :class:`InputError` for the first problem.

    Checks, in order: the catalog and the files (:func:`check_raw_folder`), that each file decodes
    (:func:`read_article`), that no two files have the same content (:func:`check_distinct`), and that each file is
    as recorded in ``SHA256SUMS`` (:func:`check_recorded_digests`). The build runs the same checks subset by subset,
    without holding every text (:mod:`helpers.build`).
    """
    catalog, files = check_raw_folder(raw_dir)
    limit = max_article_bytes(max_article_mb)
    texts = {name: read_article(files[name], limit) for name in catalog["file"]}
    check_distinct([(name, hashlib.sha256(texts[name].encode("utf-8")).hexdigest()) for name in catalog["file"]],
                   files)
    check_recorded_digests(raw_dir, files, catalog["file"])
    return catalog, texts


def _describe(item: tuple[str, str]) -> tuple[dict, list[dict]]:
    return describe_article(*item)


def load_corpus(raw_dir: Path = RAW_DIR, jobs: int = 1, max_article_mb: float | None = None) -> Corpus:
    """Load every article of ``raw_dir``: one row per article with its catalog fields, language, lengths, body and
    furniture, and one row per paragraph. Rows are sorted by file name; ``jobs`` > 1 spreads the work over
    processes without changing the result.
    """
    catalog, texts = read_raw_folder(raw_dir, max_article_mb)
    catalog = catalog.sort_values("file", kind="stable").reset_index(drop=True)
    described = map_in_order(_describe, [(name, texts[name]) for name in catalog["file"]], jobs)
    measures = pd.DataFrame([article for article, _ in described], columns=ARTICLE_TEXT_COLUMNS)
    paragraphs = pd.DataFrame([row for _, rows in described for row in rows], columns=PARAGRAPH_COLUMNS)
    articles = measures.merge(catalog, on="file", how="left", validate="one_to_one")
    leading = ["article_id", "file", *[c for c in catalog.columns if c != "file"]]
    articles = articles[leading + [c for c in ARTICLE_TEXT_COLUMNS if c not in leading]]
    return Corpus(articles=articles, paragraphs=paragraphs, texts=texts)
