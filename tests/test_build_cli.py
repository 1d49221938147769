"""``python -m helpers build``: writes stable tables; refuses bad input with a clear message and changes nothing."""

import re
import shutil

import pytest

from helpers.__main__ import main
from tests.conftest import add_catalog_row, record_digest, snapshot


def run_build(raw, out, capsys):
    status = main(["build", "--raw", str(raw), "--out", str(out)])
    return status, capsys.readouterr().err


def test_build_writes_the_tables_and_is_stable(raw_copy, tmp_path, capsys):
    out = tmp_path / "out"
    assert run_build(raw_copy, out, capsys)[0] == 0
    first = snapshot(out)
    assert {"articles.csv", "paragraphs.csv"} <= set(first)
    assert run_build(raw_copy, out, capsys)[0] == 0
    assert snapshot(out) == first


def test_build_works_on_a_folder_of_any_number_of_articles(raw_copy, tmp_path, capsys):
    (raw_copy / "articles" / "extra.txt").write_text("Volgens de minister zijn er 300 banen bij.", encoding="utf-8")
    add_catalog_row(raw_copy, file="extra.txt", outlet="De Morgen", published="2022-01-05")
    record_digest(raw_copy, "extra.txt")
    out = tmp_path / "out"
    assert run_build(raw_copy, out, capsys)[0] == 0
    assert "extra.txt" in (out / "articles.csv").read_text(encoding="utf-8")


def break_not_utf8(raw):
    (raw / "articles" / "001_94c241bbd2024cc3.txt").write_bytes("Liège, café".encode("cp1252"))


def break_empty(raw):
    (raw / "articles" / "001_94c241bbd2024cc3.txt").write_bytes(b"")


def break_unlisted(raw):
    (raw / "articles" / "new.txt").write_text("A new article.", encoding="utf-8")


def break_missing_file(raw):
    (raw / "articles" / "003_4d256485d546a6c0.txt").unlink()


def break_duplicate(raw):
    shutil.copy(raw / "articles" / "000_37e69e1a8fcb3a08.txt", raw / "articles" / "dup.txt")
    add_catalog_row(raw, file="dup.txt", outlet="Somebody", published="2023")


def break_catalog_columns(raw):
    (raw / "catalog.csv").write_text("\n".join(["file,published"] + ["a.txt,2021"]) + "\n", encoding="utf-8")


@pytest.mark.parametrize("breaker, message", [
    (break_not_utf8, r"001_94c241bbd2024cc3.txt: file is not UTF-8 \(byte 0xe8 at offset 2"),
    (break_empty, r"001_94c241bbd2024cc3.txt: file is empty"),
    (break_unlisted, r"new.txt: has no row in the catalog. Add a row for new.txt"),
    (break_missing_file, r"catalog.csv row 5: lists 003_4d256485d546a6c0.txt, which is not in the articles folder"),
    (break_duplicate, r"dup.txt: has the same content as 000_37e69e1a8fcb3a08.txt"),
    (break_catalog_columns, r"catalog.csv: required column\(s\) outlet missing"),
])
def test_bad_input_is_refused_by_name_and_nothing_is_written(raw_copy, tmp_path, capsys, breaker, message):
    out = tmp_path / "out"
    assert run_build(raw_copy, out, capsys)[0] == 0
    before = snapshot(out)
    breaker(raw_copy)
    raw_before = snapshot(raw_copy)
    status, err = run_build(raw_copy, out, capsys)
    assert status == 2
    assert err.startswith("error: ")
    assert re.search(message, err), err
    assert snapshot(out) == before
    assert snapshot(raw_copy) == raw_before


def test_an_output_folder_that_cannot_be_written_is_a_message_not_a_traceback(raw_copy, tmp_path):
    """End to end, as an analyst runs it: ``--out`` naming a file ends with status 3 and one line of message."""
    import subprocess
    import sys

    out = tmp_path / "processed.csv"
    out.write_text("not a folder\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "helpers", "build", "--raw", str(raw_copy), "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert re.fullmatch(r"error: --out .*processed.csv: is a file, not a folder\. Give --out a folder .*\n",
                        done.stderr)


def test_the_first_os_error_of_a_chain_is_the_one_reported():
    import errno

    from helpers.io.errors import first_os_error

    try:
        try:
            raise PermissionError(errno.EACCES, "Permission denied", "out/.a.partial")
        except PermissionError:
            raise OSError(errno.EROFS, "Read-only file system", "out/.a.partial")
    except OSError as error:
        assert first_os_error(error).errno == errno.EACCES
    assert first_os_error(ValueError("x")) is None
