"""Hostile and broken input: each case gets its exact behaviour.

Refusals end ``python -m helpers build`` with status 2 and a message naming the file or row; the output folder and
the raw folder are left byte-for-byte as they were. Readable oddities (BOM, CRLF, an unsupported language) load.
"""

import re

import pandas as pd

import pytest

import helpers.io.outputs
from helpers.__main__ import main
from helpers.io.corpus import load_corpus
from tests.conftest import add_catalog_row, snapshot

ARTICLE = "001_94c241bbd2024cc3.txt"


def build(raw, out, capsys, *extra):
    status = main(["build", "--raw", str(raw), "--out", str(out), *extra])
    return status, capsys.readouterr().err


@pytest.fixture
def built(raw_copy, tmp_path, capsys):
    """A raw copy and an output folder holding a first, good build."""
    out = tmp_path / "out"
    assert build(raw_copy, out, capsys)[0] == 0
    return raw_copy, out


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
    raw, out = built
    paragraph = "Le hub de Liège emploie du personnel venu de toute la région, selon la direction. " * 14
    add_article(raw, "long.txt", (paragraph + "\n").encode("utf-8") * 1000 + "Il compte 900 emplois.\n".encode("utf-8"))
    assert_refused(raw, out, capsys, r"long.txt: file is 1.2 MB, over the limit of 1 MB", "--max-article-mb", "1")
    status, err = build(raw, out, capsys, "--max-article-mb", "2")
    assert status == 0, err


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
    german = ("Der chinesische Konzern Alibaba hat am Flughafen Lüttich ein Logistikzentrum eröffnet, "
              "das nach Angaben der Regierung rund neunhundert Arbeitsplätze schaffen soll.")
    add_article(raw_copy, "de.txt", german.encode("utf-8"))
    articles = load_corpus(raw_copy).articles.set_index("file")
    assert articles.loc["de.txt", "language"] == "de"
    assert not articles.loc["de.txt", "language_supported"]
    assert articles.drop(index="de.txt")["language_supported"].all()


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


@pytest.fixture
def built_with_annotations(raw_copy, tmp_path, capsys):
    """A raw copy, a copy of the annotations, and an output folder holding a first, good build with both."""
    import shutil

    from helpers.io.paths import ANNOTATIONS_DIR

    annotations = tmp_path / "annotations"
    shutil.copytree(ANNOTATIONS_DIR, annotations)
    out = tmp_path / "out"
    assert build(raw_copy, out, capsys, "--annotations", str(annotations))[0] == 0
    assert (out / "stances_by_actor.csv").is_file()
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
