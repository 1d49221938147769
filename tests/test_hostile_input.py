"""Hostile and broken input: each case gets its exact behaviour (issue 13).

Refusals end ``python -m helpers build`` with status 2 (bad input) or 3 (an output folder that cannot be written)
and a message naming the file or row and what to do; the output folder and the raw folder are left byte-for-byte
as they were. Readable oddities (BOM, CRLF, an unsupported language) load. One test per case below; the cases of
issue 13's adversarial run (97 cases: 15 silently wrong, 5 tracebacks, 2 half-written sets, 4 too slow) and their
outcome now:

Inputs (were silently wrong or misleading; now refused, message names the file or row and the fix)
  - a symbolic link in articles/ (``/etc/passwd`` ended up in paragraphs.csv): refused, naming the link, not its
    target
  - an article changed since its SHA256SUMS line (tampered): refused, saying how to update the line if deliberate
  - an article with no SHA256SUMS line; SHA256SUMS missing; a line naming no article; a malformed line: refused
  - SHA256SUMS naming the file in another Unicode normalisation: refused, saying so
  - an article of only Unicode white space, only a BOM, a BOM and zero-width spaces: refused as empty
  - double-encoded UTF-8 ("LiÃ¨ge"): refused, showing the intended text and the iconv fix
  - UTF-16 with or without BOM, little- or big-endian, and UTF-32: named as such (was "binary" or "probably
    Latin-1")
  - a file name with a leading or trailing space: refused, naming the name to rename it to (was "no catalog row")
  - a hidden ``.x.txt``: refused (was skipped silently); other hidden files (``.DS_Store``) are still ignored
  - a catalog name and a file name that differ by NFC/NFD: refused, saying so (was "no catalog row")
  - two actors sharing a non-contextual alias (figures silently became outlet voice): refused, naming both rows
  - an unknown actor in quantities.csv, in events.csv, or any actor there while actors.csv is missing: refused
  - a duplicate event_id in events.csv (duplicated a timeline row): refused
  - statements.csv present while actors.csv is missing (statements silently dropped): refused
  - earlier cases kept: Latin-1/Windows-1252, binary, empty, over the size limit, bad catalog, not .txt, quotes not
    at their span, unknown statement actor
Cells that spreadsheets execute
  - a catalog field or article text starting with ``=``, ``+``, ``-``, ``@``, tab or CR: written with a leading
    ``'`` in every table (OWASP); plain numbers such as ``-60000000.0`` unchanged; the raw text is at its span
Tracebacks (now messages, status 3, outputs untouched)
  - ``--out`` read-only (before any work when the user lacks permission; during writing, the first error is
    reported even when cleaning up fails too), ``--out`` a file, ``--out`` under a file, disk full (ENOSPC)
  - a ``$...$`` in an outlet name crashed the charts (mathtext): the house style turns math parsing off
Output folder as a set (helpers.io.outputs: a staging folder swapped in whole, under a lock)
  - a build killed between two renames leaves tables from two builds side by side
  - a build that writes fewer tables leaves stale ones (stance tables after statements.csv is removed)
  - ``.partial`` files left by a killed build are never removed
  - two builds into one folder at once: no lock, tables of both side by side
Too slow (measured by ``bench/bench_hostile.py``, not timed here; fixed by the ``reading`` and ``lexicon`` work)
  - 1 MB and 10 MB of ordinary prose (quadratic sentence spans), 100 kB with an unclosed opening quotation mark,
    a long run of number words
  - "300" + 100,000 spaces + "jobs" read as one quantity 100,000 characters long: now no quantity (a number and its noun are at most a few spaces apart)
Held all along: HTML escaping (tests/test_views.py), byte-identical outputs under any locale, time zone and hash seed
(tests/test_reproducibility.py).
"""

import errno
import hashlib
import os
import re
import shutil
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

import helpers.build.writing
import helpers.io.outputs
from helpers.__main__ import main
from helpers.io.corpus import load_corpus
from helpers.io.spreadsheet import TRIGGERS, is_plain_number, restore_cell
from tests.conftest import add_catalog_row, record_digest, snapshot

ARTICLE = "001_94c241bbd2024cc3.txt"


def build(raw, out, capsys, *extra):
    status = main(["build", "--raw", str(raw), "--out", str(out), *extra])
    return status, capsys.readouterr().err


@pytest.fixture(scope="module")
def first_good_build(tmp_path_factory) -> Path:
    """The output folder of one good build of a copy of ``data/raw/`` (built once; each test works on a copy of
    it). A copy, as in :func:`raw_copy`: the project's own raw folder would bring its annotations along."""
    from helpers.io.paths import RAW_DIR

    root = tmp_path_factory.mktemp("good")
    shutil.copytree(RAW_DIR, root / "raw")
    assert main(["build", "--raw", str(root / "raw"), "--out", str(root / "out")]) == 0
    return root / "out"


@pytest.fixture
def built(raw_copy, tmp_path, first_good_build):
    """A raw copy and an output folder holding a first, good build (a copy of :func:`first_good_build`: the build
    is deterministic, so the copy is the folder a build of the copy writes)."""
    out = tmp_path / "out"
    shutil.copytree(first_good_build, out)
    return raw_copy, out


def test_a_copied_good_build_is_what_a_build_of_the_raw_copy_writes(built, capsys):
    raw, out = built
    before = snapshot(out)
    assert build(raw, out, capsys)[0] == 0
    assert snapshot(out) == before


def assert_refused(raw, out, capsys, pattern, *extra):
    out_before, raw_before = snapshot(out), snapshot(raw)
    status, err = build(raw, out, capsys, *extra)
    assert status == 2, err
    assert re.search(pattern, err), err
    assert snapshot(out) == out_before, "the output folder changed"
    assert snapshot(raw) == raw_before, "the raw folder changed"


def add_article(raw, name, data: bytes, published="2022-06-01"):
    (raw / "articles" / name).write_bytes(data)
    add_catalog_row(raw, file=name, outlet="Test outlet", published=published)
    record_digest(raw, name)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_latin1_or_windows1252_file_is_refused_with_the_byte_and_a_fix(built, capsys, encoding):
    raw, out = built
    add_article(raw, "legacy.txt", "L’aéroport de Liège emploie 900 personnes.".encode(encoding, errors="replace"))
    assert_refused(raw, out, capsys, r"error: .*legacy.txt: file is not UTF-8 \(byte 0x[0-9a-f]{2} at offset \d+; "
                                     r"probably Latin-1 or Windows-1252\)\. Convert it")


def test_binary_file_is_refused(built, capsys):
    raw, out = built
    add_article(raw, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert_refused(raw, out, capsys, r"image.txt: file is binary")


def test_empty_and_whitespace_only_files_are_refused(built, capsys):
    raw, out = built
    add_article(raw, "blank.txt", b" \n\t\r\n")
    assert_refused(raw, out, capsys, r"blank.txt: file is empty")


def test_a_50_mb_file_is_refused_naming_the_limit_and_how_to_raise_it(built, capsys):
    raw, out = built
    paragraph = "Le hub de Liège a créé 300 emplois, selon la direction.\n".encode("utf-8")
    add_article(raw, "huge.txt", paragraph * (50_000_000 // len(paragraph) + 1))
    assert_refused(raw, out, capsys, r"huge.txt: file is 50.0 MB, over the limit of 10 MB\. .*--max-article-mb "
                                     r"or the environment variable HELPERS_MAX_ARTICLE_MB")


def test_the_size_limit_can_be_raised(built, capsys):
    """Refused under a limit, read once it is raised. The limits are fractions of a MB so that the article read is
    small (reading costs about 8 CPU s per MB, measured by bench/bench_hostile.py, not here)."""
    raw, out = built
    paragraph = "Le hub de Liège emploie du personnel venu de toute la région, selon la direction. " * 14
    add_article(raw, "long.txt", (paragraph + "\n").encode("utf-8") * 150 + "Il compte 900 emplois.\n".encode("utf-8"))
    assert_refused(raw, out, capsys, r"long.txt: file is 0.2 MB, over the limit of 0.1 MB", "--max-article-mb", "0.1")
    status, err = build(raw, out, capsys, "--max-article-mb", "0.2")
    assert status == 0, err
    assert "long.txt" in set(pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)["file"])


def test_bom_and_crlf_load_with_exact_offsets(raw_copy, tmp_path):
    text = "\ufeffLiège Airport\r\n\r\nThe hub employs about 900 people, the airport said.\r\n"
    add_article(raw_copy, "windows.txt", text.encode("utf-8"))
    corpus = load_corpus(raw_copy)
    loaded = corpus.texts["windows.txt"]
    assert loaded == text
    paragraphs = corpus.paragraphs.loc[corpus.paragraphs["file"] == "windows.txt"]
    assert [loaded[r.start:r.end] for r in paragraphs.itertuples()] == [
        "Liège Airport", "The hub employs about 900 people, the airport said."]


def test_an_article_in_an_unsupported_language_loads_flagged(raw_copy):
    spanish = ("El grupo chino Alibaba ha abierto un centro logístico en el aeropuerto de Lieja que, según el "
               "gobierno, debería crear unos novecientos puestos de trabajo en la región.")
    add_article(raw_copy, "es.txt", spanish.encode("utf-8"))
    articles = load_corpus(raw_copy).articles.set_index("file")
    assert articles.loc["es.txt", "language"] == "es"
    assert not articles.loc["es.txt", "language_supported"]
    assert articles.drop(index="es.txt")["language_supported"].all()


def test_a_german_article_is_supported_through_its_lexicon(raw_copy):
    german = ("Der chinesische Konzern Alibaba hat am Flughafen Lüttich ein Logistikzentrum eröffnet, "
              "das nach Angaben der Regierung rund neunhundert Arbeitsplätze schaffen soll.")
    add_article(raw_copy, "de.txt", german.encode("utf-8"))
    articles = load_corpus(raw_copy).articles.set_index("file")
    assert articles.loc["de.txt", "language"] == "de"
    assert articles.loc["de.txt", "language_supported"]


def test_catalog_with_a_bad_date_is_refused_naming_the_row(built, capsys):
    raw, out = built
    add_article(raw, "new.txt", b"A new article about the hub.", published="31/12/2022")
    row = len((raw / "catalog.csv").read_text(encoding="utf-8").splitlines())  # header = row 1: the last row
    assert_refused(raw, out, capsys, rf"catalog.csv row {row} \(new.txt\): bad published date: '31/12/2022' is not "
                                     r"YYYY, YYYY-MM or YYYY-MM-DD")


def test_catalog_that_is_not_utf8_is_refused(built, capsys):
    raw, out = built
    (raw / "catalog.csv").write_bytes((raw / "catalog.csv").read_text(encoding="utf-8")
                                      .encode("cp1252", errors="replace"))
    assert_refused(raw, out, capsys, r"catalog.csv: the catalog is not UTF-8")


def test_a_ragged_catalog_is_refused_naming_the_line(built, capsys):
    raw, out = built
    with open(raw / "catalog.csv", "a", encoding="utf-8") as handle:
        handle.write("new.txt,Outlet,with,too,many,fields,2022,,,,,,,,,\n")
    line = len((raw / "catalog.csv").read_text(encoding="utf-8").splitlines())
    assert_refused(raw, out, capsys, rf"catalog.csv: the catalog is not a well-formed CSV \(.*line {line}")


def test_a_file_that_is_not_txt_is_refused(built, capsys):
    raw, out = built
    (raw / "articles" / "notes.docx").write_bytes(b"PK\x03\x04")
    assert_refused(raw, out, capsys, r"notes.docx: is not a .txt article file")


def test_an_interrupted_write_leaves_the_previous_outputs_intact(built, capsys, monkeypatch):
    raw, out = built
    before = snapshot(out)
    (raw / "articles" / ARTICLE).write_bytes((raw / "articles" / ARTICLE).read_bytes() + b"\nNew paragraph.\n")
    record_digest(raw, ARTICLE)
    real = helpers.io.outputs.table_to_csv_bytes
    calls = []

    def fail_on_second_table(table):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt("interrupted while writing")
        return real(table)

    monkeypatch.setattr(helpers.io.outputs, "table_to_csv_bytes", fail_on_second_table)
    with pytest.raises(KeyboardInterrupt):
        main(["build", "--raw", str(raw), "--out", str(out)])
    assert snapshot(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "a partial file was left behind"


@pytest.fixture(scope="module")
def first_good_build_with_annotations(tmp_path_factory) -> Path:
    """The output folder of one good build of ``data/raw/`` with ``data/annotations/`` (built once)."""
    from helpers.io.paths import ANNOTATIONS_DIR, RAW_DIR

    root = tmp_path_factory.mktemp("good-annotated")
    shutil.copytree(RAW_DIR, root / "raw")
    out = root / "out"
    assert main(["build", "--raw", str(root / "raw"), "--out", str(out), "--annotations", str(ANNOTATIONS_DIR)]) == 0
    assert (out / "stances_by_actor.csv").is_file()
    return out


@pytest.fixture
def built_with_annotations(raw_copy, tmp_path, first_good_build_with_annotations):
    """A raw copy, a copy of the annotations, and an output folder holding a first, good build with both."""
    from helpers.io.paths import ANNOTATIONS_DIR

    annotations = tmp_path / "annotations"
    shutil.copytree(ANNOTATIONS_DIR, annotations)
    out = tmp_path / "out"
    shutil.copytree(first_good_build_with_annotations, out)
    return raw_copy, annotations, out


def edit_csv_cell(path, row, column, change):
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table.loc[row, column] = change(table.loc[row, column])
    table.to_csv(path, index=False, lineterminator="\n")


def test_a_statement_whose_quote_is_not_at_its_span_is_refused(built_with_annotations, capsys):
    raw, annotations, out = built_with_annotations
    edit_csv_cell(annotations / "statements.csv", 2, "start", lambda value: str(int(value) + 1))
    annotations_before = snapshot(annotations)
    assert_refused(raw, out, capsys, r"statements.csv, data row 3 \(line 4 counting the header\): quote is not "
                                     r"verbatim at \d+:\d+ of 000_37e69e1a8fcb3a08.txt .*Fix start/end or the quote",
                   "--annotations", str(annotations))
    assert snapshot(annotations) == annotations_before


def test_a_statement_by_an_unknown_actor_is_refused(built_with_annotations, capsys):
    raw, annotations, out = built_with_annotations
    edit_csv_cell(annotations / "statements.csv", 0, "actor", lambda value: "Jonathan Holslagg")
    assert_refused(raw, out, capsys, r"statements.csv, data row 1 .*unknown actor 'Jonathan Holslagg'\. "
                                     r"Did you mean 'Jonathan Holslag'",
                   "--annotations", str(annotations))


def test_a_gold_quantity_that_is_not_in_its_article_is_refused(built_with_annotations, capsys):
    raw, annotations, out = built_with_annotations
    edit_csv_cell(annotations / "quantities.csv", 0, "surface", lambda value: value.replace("300", "3000"))
    assert_refused(raw, out, capsys, r"quantities.csv, data row 1 .*: quote is not verbatim",
                   "--annotations", str(annotations))


# --- inputs: links, names, digests -------------------------------------------------------------------------------


def test_a_symlink_in_articles_is_refused_naming_the_link_not_its_target(built, capsys, tmp_path):
    raw, out = built
    secret = tmp_path / "secret-target.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (raw / "articles" / "leak.txt").symlink_to(secret)
    add_catalog_row(raw, file="leak.txt", outlet="Test outlet", published="2022")
    assert_refused(raw, out, capsys, r"articles/leak.txt: is a symbolic link; .*Replace the link by a copy")
    assert "secret-target" not in capsys.readouterr().err


def test_a_symlink_to_etc_passwd_never_reaches_the_tables(built, capsys):
    raw, out = built
    (raw / "articles" / "passwd.txt").symlink_to("/etc/passwd")
    assert_refused(raw, out, capsys, r"passwd.txt: is a symbolic link")
    assert "root:" not in (out / "paragraphs.csv").read_text(encoding="utf-8")


def test_a_tampered_article_is_refused_saying_how_to_update_its_digest(built, capsys):
    raw, out = built
    path = raw / "articles" / ARTICLE
    path.write_bytes(path.read_bytes().replace(b"Brussels", b"Antwerp", 1))
    assert_refused(raw, out, capsys, rf"{ARTICLE}: its SHA-256 \([0-9a-f]{{12}}\.\.\.\) differs from the one recorded "
                                     rf"in raw/SHA256SUMS line 2 .*the file has changed\. Restore the article as "
                                     rf"collected; if the change is deliberate, replace that line by the output of "
                                     rf"`cd articles && sha256sum {ARTICLE}`")


def test_an_article_without_a_digest_line_is_refused(built, capsys):
    raw, out = built
    (raw / "articles" / "new.txt").write_text("The hub employs about 900 people, the airport said.\n",
                                              encoding="utf-8")
    add_catalog_row(raw, file="new.txt", outlet="Test outlet", published="2022")
    assert_refused(raw, out, capsys, r"new.txt: has no line in raw/SHA256SUMS, so its content cannot be checked\. "
                                     r"If the article is as collected, add its line: `cd articles && sha256sum "
                                     r"new.txt` >> \.\./SHA256SUMS")


def test_a_missing_sha256sums_is_refused_with_the_command_to_create_it(built, capsys):
    raw, out = built
    (raw / "SHA256SUMS").unlink()
    assert_refused(raw, out, capsys, r"raw/SHA256SUMS: is missing: .*`cd articles && sha256sum \*\.txt > "
                                     r"\.\./SHA256SUMS`")


def test_a_digest_line_naming_no_article_is_refused(built, capsys):
    raw, out = built
    with open(raw / "SHA256SUMS", "a", encoding="utf-8") as handle:
        handle.write("0" * 64 + "  gone.txt\n")
    assert_refused(raw, out, capsys, r"raw/SHA256SUMS line 6: names gone.txt, which is not an article of the "
                                     r"catalog\. Remove the line")


def test_a_malformed_digest_line_is_refused(built, capsys):
    raw, out = built
    with open(raw / "SHA256SUMS", "a", encoding="utf-8") as handle:
        handle.write("not a digest\n")
    assert_refused(raw, out, capsys, r"raw/SHA256SUMS line 6: is not '<64 hex digits>  <file name>'")


@pytest.mark.parametrize("name, side", [(" lead.txt", "starts"), ("trail.txt ", "ends"), ("\u00a0nbsp.txt", "starts")])
def test_a_file_name_with_edge_spaces_is_refused_naming_the_name_to_use(built, capsys, name, side):
    raw, out = built
    (raw / "articles" / name).write_text("The hub employs about 900 people.\n", encoding="utf-8")
    add_catalog_row(raw, file=name.strip(), outlet="Test outlet", published="2022")
    assert_refused(raw, out, capsys, rf"the file name {re.escape(repr(name))} {side} with white space\. Rename the "
                                     rf"file to {re.escape(repr(name.strip()))}")


def test_a_hidden_txt_file_is_refused_and_other_hidden_files_are_ignored(built, capsys):
    raw, out = built
    (raw / "articles" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (raw / "articles" / ".gitkeep").write_bytes(b"")
    status, err = build(raw, out, capsys)
    assert status == 0, err
    (raw / "articles" / ".draft.txt").write_text("A draft about the hub.\n", encoding="utf-8")
    assert_refused(raw, out, capsys, r"articles/\.draft\.txt: is a hidden file \(its name starts with '\.'\), so it "
                                     r"would be skipped silently\. Rename it to 'draft\.txt'")


def test_a_catalog_name_in_nfc_and_a_file_name_in_nfd_are_told_apart(built, capsys):
    raw, out = built
    nfc = unicodedata.normalize("NFC", "Liège_hub.txt")
    nfd = unicodedata.normalize("NFD", nfc)
    (raw / "articles" / nfd).write_text("The hub employs about 900 people.\n", encoding="utf-8")
    add_catalog_row(raw, file=nfc, outlet="Test outlet", published="2022")
    assert_refused(raw, out, capsys, r"does not match .*catalog.csv row 7: 'Lie\u0300ge_hub.txt' is written with "
                                     r"decomposed \(NFD\) accents and 'Liège_hub.txt' with composed \(NFC\) accents: "
                                     r"they look the same but are different names")


def test_a_digest_line_in_another_normalisation_is_told_apart(built, capsys):
    raw, out = built
    nfc = unicodedata.normalize("NFC", "Liège_hub.txt")
    (raw / "articles" / nfc).write_text("The hub employs about 900 people.\n", encoding="utf-8")
    add_catalog_row(raw, file=nfc, outlet="Test outlet", published="2022")
    digest = hashlib.sha256((raw / "articles" / nfc).read_bytes()).hexdigest()
    with open(raw / "SHA256SUMS", "a", encoding="utf-8") as handle:
        handle.write(f"{digest}  {unicodedata.normalize('NFD', nfc)}\n")
    assert_refused(raw, out, capsys, r"Liège_hub.txt: has no line in raw/SHA256SUMS: .*decomposed \(NFD\)")


# --- inputs: encodings and empty texts -----------------------------------------------------------------------------


@pytest.mark.parametrize("data", [
    "\u00a0\u2003\u3000\n\t \u202f\n".encode("utf-8"),
    b"\xef\xbb\xbf",
    "\ufeff\u200b\n\u200b\u2060".encode("utf-8"),
], ids=["unicode-spaces", "bom-only", "bom-and-zero-width"])
def test_an_article_of_only_unicode_white_space_or_a_bom_is_refused_as_empty(built, capsys, data):
    raw, out = built
    add_article(raw, "blank.txt", data)
    assert_refused(raw, out, capsys, r"blank.txt: file is empty(: it holds only white space, a byte-order mark or "
                                     r"invisible characters)?\. Put the article's text in it")


def test_double_encoded_utf8_is_refused_with_the_intended_text_and_the_fix(built, capsys):
    raw, out = built
    good = "L’aéroport de Liège emploie 900 personnes.\nLe hub a ouvert en 2021.\n"
    add_article(raw, "mojibake.txt", good.encode("utf-8").decode("cp1252").encode("utf-8"))
    assert_refused(raw, out, capsys, r"mojibake.txt line 1: 'Lâ€™aÃ©roport' looks like UTF-8 decoded twice "
                                     r"\(mojibake, meant: 'L’aéroport'\); 3 such place\(s\) in the file\. .*"
                                     r"`iconv -f UTF-8 -t WINDOWS-1252 in.txt > out.txt`")


@pytest.mark.parametrize("encoding, described", [
    ("utf-16", r"UTF-16 \(little-endian, with a byte-order mark\)"),
    ("utf-16-le", r"UTF-16 \(little-endian, without a byte-order mark\)"),
    ("utf-16-be", r"UTF-16 \(big-endian, without a byte-order mark\)"),
    ("utf-32", r"UTF-32 \(little-endian, with a byte-order mark\)"),
])
def test_utf16_and_utf32_are_named_as_such(built, capsys, encoding, described):
    raw, out = built
    add_article(raw, "wide.txt", "L’aéroport de Liège emploie 900 personnes.\n".encode(encoding))
    assert_refused(raw, out, capsys, rf"wide.txt: file is {described}, not UTF-8\. Convert it, e\.g\. `iconv -f "
                                     rf"UTF-16 -t UTF-8")
    assert "binary" not in capsys.readouterr().err


# --- annotations cross-checked ---------------------------------------------------------------------------------------


def test_two_actors_sharing_an_alias_are_refused(built_with_annotations, capsys):
    raw, annotations, out = built_with_annotations
    edit_csv_cell(annotations / "actors.csv", 1, "aliases", lambda value: value + "|Holslag")
    assert_refused(raw, out, capsys, r"actors.csv, data row 2 .*: alias 'Holslag' of 'Jonathan Holslag' also names "
                                     r"'Michel Kempeneers' .*mark it with '~' in every row",
                   "--annotations", str(annotations))


def test_a_contextual_alias_shared_by_two_actors_is_allowed(built_with_annotations, capsys):
    raw, annotations, out = built_with_annotations
    edit_csv_cell(annotations / "actors.csv", 1, "aliases", lambda value: value + "|~the professor")
    status, err = build(raw, out, capsys, "--annotations", str(annotations))
    assert status == 0, err


@pytest.mark.parametrize("table", ["quantities.csv", "events.csv"])
def test_an_unknown_actor_in_quantities_or_events_is_refused(built_with_annotations, capsys, table):
    raw, annotations, out = built_with_annotations
    coded = pd.read_csv(annotations / table, dtype=str, keep_default_na=False)
    row = int(coded.index[coded["actor"] != ""][0])
    edit_csv_cell(annotations / table, row, "actor", lambda value: value + "x")
    assert_refused(raw, out, capsys, rf"{table}, data row {row + 1} .*: unknown actor '.+x'\. Did you mean",
                   "--annotations", str(annotations))


def test_an_actor_in_quantities_without_actors_csv_is_refused(built_with_annotations, capsys):
    raw, annotations, out = built_with_annotations
    (annotations / "actors.csv").unlink()
    (annotations / "statements.csv").unlink()
    assert_refused(raw, out, capsys, r"quantities.csv, data row \d+ .*: actor '.+' is given but actors.csv is "
                                     r"missing", "--annotations", str(annotations))


def test_a_duplicate_event_id_is_refused(built_with_annotations, capsys):
    raw, annotations, out = built_with_annotations
    events = pd.read_csv(annotations / "events.csv", dtype=str, keep_default_na=False)
    pd.concat([events, events.iloc[[0]]]).to_csv(annotations / "events.csv", index=False, lineterminator="\n")
    assert_refused(raw, out, capsys, rf"events.csv, data row {len(events) + 1} .*: duplicate event_id "
                                     rf"'{events.loc[0, 'event_id']}' \(also data row 1\)",
                   "--annotations", str(annotations))


def test_statements_without_actors_csv_are_refused_not_dropped(built_with_annotations, capsys):
    raw, annotations, out = built_with_annotations
    (annotations / "actors.csv").unlink()
    assert_refused(raw, out, capsys, r"statements.csv: there is no actors.csv beside it, so its statements cannot be "
                                     r"checked or used\. Add actors.csv", "--annotations", str(annotations))


# --- cells that spreadsheets execute ---------------------------------------------------------------------------------


def test_cells_a_spreadsheet_would_execute_are_neutralised_in_every_table(raw_copy, tmp_path, capsys):
    text = ("=HYPERLINK(\"http://example.invalid\",\"Liège\") opened in 2021.\n"
            "-30 % of the parcels, said the airport; the hub employs 900 people.\n"
            "@cainiao +32 4 234 84 11\n")
    (raw_copy / "articles" / "formula.txt").write_text(text, encoding="utf-8")
    add_catalog_row(raw_copy, file="formula.txt", outlet="@evil", title="=cmd|' /C calc'!A0",
                    author="+Anonymous", published="2022-06-01")
    record_digest(raw_copy, "formula.txt")
    out = tmp_path / "out"
    status, err = build(raw_copy, out, capsys)
    assert status == 0, err
    articles = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False).set_index("file")
    assert articles.loc["formula.txt", ["outlet", "title", "author"]].tolist() == [
        "'@evil", "'=cmd|' /C calc'!A0", "'+Anonymous"]
    paragraphs = pd.read_csv(out / "paragraphs.csv", dtype=str, keep_default_na=False)
    rows = paragraphs.loc[paragraphs["file"] == "formula.txt"]
    assert [cell[:2] for cell in rows["text"]] == ["'=", "'-", "'@"]
    for row in rows.itertuples():  # the raw text is recoverable from the article by its span
        assert text[int(row.start):int(row.end)] == restore_cell(row.text)
    for path in out.glob("*.csv"):
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        for column in table.columns:
            for cell in table[column]:
                assert not cell.startswith(TRIGGERS) or is_plain_number(cell), (path.name, column, cell)


# --- tracebacks become messages ---------------------------------------------------------------------------------------


def assert_output_refused(raw, out, capsys, pattern, *extra):
    out_before = snapshot(out) if out.is_dir() else None
    status, err = build(raw, out, capsys, *extra)
    assert status == 3, err
    assert "Traceback" not in err
    assert re.search(pattern, err), err
    if out_before is not None:
        assert snapshot(out) == out_before


def test_out_that_is_a_file_is_refused(raw_copy, tmp_path, capsys):
    out = tmp_path / "out.csv"
    out.write_text("keep me\n", encoding="utf-8")
    assert_output_refused(raw_copy, out, capsys, r"--out .*out.csv: is a file, not a folder\. Give --out a folder")
    assert out.read_text(encoding="utf-8") == "keep me\n"


def test_out_under_a_file_is_refused(raw_copy, tmp_path, capsys):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert_output_refused(raw_copy, tmp_path / "file" / "out", capsys,
                          r"--out .*file/out: cannot be created: 'file' above it is a file, not a folder")


def test_out_without_write_permission_is_refused_before_any_work(built, capsys, monkeypatch):
    raw, out = built
    monkeypatch.setattr("os.access", lambda path, mode: False)
    monkeypatch.setattr("helpers.build.build_tables", lambda *a, **k: pytest.fail("the build started"))
    assert_output_refused(raw, out, capsys, r"--out .*out: cannot be written \(no write permission on out/\)\. "
                                            r"Make the folder writable")


def test_a_read_only_out_reports_the_first_error_even_when_cleaning_up_fails(built, capsys, monkeypatch):
    raw, out = built

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(out / ".articles.csv.partial"))

    def refuse_cleanup(self, *args, **kwargs):
        raise PermissionError(errno.EROFS, "Read-only file system (cleanup)", str(self))

    monkeypatch.setattr(helpers.io.outputs, "open", refuse, raising=False)
    monkeypatch.setattr(helpers.build.writing, "open", refuse, raising=False)  # the tables written in batches
    monkeypatch.setattr(Path, "write_bytes", refuse)
    monkeypatch.setattr(Path, "unlink", refuse_cleanup)
    monkeypatch.setattr(shutil, "rmtree", lambda *a, **k: refuse_cleanup(Path(a[0])))
    assert_output_refused(raw, out, capsys, r"--out .*out: cannot be written \(Permission denied: "
                                            r"\.articles\.csv\.partial\)( \(cleaning up afterwards failed too: "
                                            r"Read-only file system \(cleanup\)\))?\. Make the folder writable")


def test_a_full_disk_is_a_message_and_the_previous_outputs_stay(built, capsys, monkeypatch):
    raw, out = built
    real_open = open

    class FullDisk:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[:10])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.handle, name)

    def full_open(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        return FullDisk(handle) if "w" in mode else handle

    def full_write_bytes(self, data):
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(helpers.io.outputs, "open", full_open, raising=False)
    monkeypatch.setattr(helpers.build.writing, "open", full_open, raising=False)
    monkeypatch.setattr(Path, "write_bytes", full_write_bytes)
    assert_output_refused(raw, out, capsys, r"--out .*out: no space left on the device while writing the tables\. "
                                            r"Free some space or choose another --out; the previous outputs were "
                                            r"left as they were")
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "a partial file was left behind"


def test_an_outlet_name_with_dollars_draws_its_chart(raw_copy, tmp_path):
    from matplotlib import pyplot as plt

    from helpers.charts.corpus import publication_timeline
    from helpers.charts.style import apply_house_style, save_figure

    (raw_copy / "articles" / "money.txt").write_text("The hub employs about 900 people, the airport said.\n",
                                                     encoding="utf-8")
    add_catalog_row(raw_copy, file="money.txt", outlet=r"$\mathbf{Cash}$ & $\x$ Weekly",
                    outlet_short=r"$\x$ Weekly", published="2022-06-01")
    record_digest(raw_copy, "money.txt")
    articles = load_corpus(raw_copy).articles
    with plt.rc_context():
        apply_house_style()
        figure = publication_timeline(articles)
        paths = save_figure(figure, "dollars", tmp_path)
        plt.close(figure)
    assert all(path.stat().st_size > 0 for path in paths)
    with plt.rc_context({"text.parse_math": True}), pytest.raises(ValueError):  # what the house style prevents
        figure = publication_timeline(articles)
        try:
            save_figure(figure, "dollars-math", tmp_path)
        finally:
            plt.close(figure)


# --- the output folder as a set (helpers.io.outputs; owned by the scale work) ----------------------------------------



def test_a_build_killed_between_two_renames_leaves_one_consistent_set(built, capsys, monkeypatch):
    """Killed between the swap's two renames (the old folder renamed away, the new one not yet in): no table of the
    new build is in ``out`` (it is absent, the old set kept whole beside it), and the next build puts the old set
    back before it builds, then swaps in one whole new set and leaves nothing beside it."""
    raw, out = built
    before = snapshot(out)
    path = raw / "articles" / ARTICLE
    path.write_bytes(path.read_bytes() + b"\nThe hub now employs 1,200 people.\n")
    record_digest(raw, ARTICLE)
    real_rename = os.rename

    def killed_at_the_second_rename(source, target, *args, **kwargs):
        if Path(target) == out and Path(source) != out:
            raise KeyboardInterrupt("killed")
        return real_rename(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "rename", killed_at_the_second_rename)
    with pytest.raises(KeyboardInterrupt):
        main(["build", "--raw", str(raw), "--out", str(out)])
    monkeypatch.undo()
    assert not out.exists() or snapshot(out) == before, "tables from two builds side by side"
    kept = [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.old")]
    assert out.exists() or [snapshot(p) for p in kept] == [before], "the old set is not kept whole"
    assert build(raw, out, capsys)[0] == 0
    after = snapshot(out)
    assert set(after) == set(before) and after != before
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}")] == []


def test_a_build_that_writes_fewer_tables_removes_the_stale_ones(built_with_annotations, capsys):
    raw, annotations, out = built_with_annotations
    (annotations / "statements.csv").unlink()
    status, err = build(raw, out, capsys, "--annotations", str(annotations))
    assert status == 0, err
    assert (out / "stances_by_actor.csv").exists()  # written for every build (suggested stances)
    assert not (out / "actor_concept_stance.csv").exists(), "a table of coded statements from an earlier build was left"


def test_partial_files_left_by_a_killed_build_are_removed(built, capsys):
    raw, out = built
    (out / ".claims.csv.partial-99999").write_bytes(b"half a table")
    status, err = build(raw, out, capsys)
    assert status == 0, err
    assert not [p.name for p in out.iterdir() if "partial" in p.name]


def test_two_builds_into_one_folder_at_once_leave_one_consistent_set(built, tmp_path):
    import subprocess
    import sys

    raw, out = built
    other = tmp_path / "other-raw"
    shutil.copytree(raw, other)
    (other / "articles" / "extra.txt").write_text("The hub employs about 900 people, the airport said.\n",
                                                  encoding="utf-8")
    add_catalog_row(other, file="extra.txt", outlet="Test outlet", published="2022")
    record_digest(other, "extra.txt")
    command = [sys.executable, "-m", "helpers", "build", "--out", str(out), "--jobs", "1", "--raw"]
    runs = [subprocess.Popen(command + [str(folder)], stderr=subprocess.PIPE, text=True) for folder in (raw, other)]
    errors = [run.communicate(timeout=600)[1] for run in runs]
    assert all("Traceback" not in err for err in errors), errors
    assert any(run.returncode != 0 for run in runs), "no lock: both builds wrote into the same folder at once"
    files = [set(pd.read_csv(out / name, dtype=str, keep_default_na=False)["file"])
             for name in ("articles.csv", "paragraphs.csv")]
    assert files[0] == files[1], "tables from two builds side by side"


# --- too slow or too long (speed: bench/bench_hostile.py; owned by the reading and lexicon work) ---------------------


def test_300_then_100000_spaces_then_jobs_is_not_one_long_quantity(built, capsys):
    raw, out = built
    add_article(raw, "spaces.txt", ("The hub has 300" + " " * 100_000 + "jobs.\n").encode("utf-8"))
    status, err = build(raw, out, capsys)
    assert status == 0, err
    quantities = pd.read_csv(out / "quantities.csv", dtype=str, keep_default_na=False)
    surfaces = quantities.loc[quantities["file"] == "spaces.txt", "surface"]
    assert all(len(surface) < 100 for surface in surfaces), [len(s) for s in surfaces]
