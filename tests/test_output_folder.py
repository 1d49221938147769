"""The output folder is replaced as a whole, under a lock: one build's tables, never a mix (helpers.io.outputs)."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from helpers.build.writing import StreamingWriter
from helpers.__main__ import main
from helpers.io.outputs import OutputFolder, OutputFolderBusy, write_tables
from tests.conftest import snapshot

TABLE = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})


def test_tables_replace_the_folder_and_other_files_are_kept(tmp_path):
    out = tmp_path / "out"
    write_tables({"one.csv": TABLE, "two.csv": TABLE}, out)
    (out / "README.md").write_text("data dictionary\n", encoding="utf-8")
    written = write_tables({"one.csv": TABLE.head(1)}, out)
    assert written == [out / "one.csv"]
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "one.csv"], "a stale table was left"
    assert (out / "README.md").read_text(encoding="utf-8") == "data dictionary\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "a staging, old or lock file was left"


def test_a_second_build_into_the_same_folder_is_refused_naming_folder_and_lock(raw_copy, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", "--raw", str(raw_copy), "--out", str(out)]) == 0
    before = snapshot(out)
    capsys.readouterr()
    with OutputFolder(out):  # another build holds the lock
        status = main(["build", "--raw", str(raw_copy), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 2
    assert "out: another build is writing into this folder (lock .out.lock is held by process" in err, err
    assert str(os.getpid()) in err
    assert snapshot(out) == before
    assert main(["build", "--raw", str(raw_copy), "--out", str(out)]) == 0  # the lock is released


def test_a_kill_mid_write_leaves_the_old_folder_and_the_next_build_cleans_up(raw_copy, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert main(["build", "--raw", str(raw_copy), "--out", str(out)]) == 0
    before = snapshot(out)
    real, calls = StreamingWriter.add, []

    def killed_after_a_subset(writer, result):
        calls.append(result.number)
        real(writer, result)
        if len(calls) == 1:  # a small corpus is one subset: killed before the tables are finished
            (writer.folder / f".articles.csv.partial-{os.getpid()}").write_bytes(b"half")
            raise KeyboardInterrupt("killed")

    monkeypatch.setattr(StreamingWriter, "add", killed_after_a_subset)
    staging = tmp_path / ".out.staging-4242"  # as if a killed process had left it
    monkeypatch.setattr(OutputFolder, "__exit__", lambda self, *exc: self._release())  # a kill cleans nothing
    with pytest.raises(KeyboardInterrupt):
        main(["build", "--raw", str(raw_copy), "--out", str(out)])
    assert snapshot(out) == before
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out."))
    assert leftovers and all(".staging-" in name for name in leftovers)
    monkeypatch.undo()
    staging.mkdir()
    (out / ".articles.csv.partial-99").write_bytes(b"half")
    assert main(["build", "--raw", str(raw_copy), "--out", str(out)]) == 0
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "raw"]


def test_a_build_killed_between_its_two_renames_is_repaired(tmp_path):
    out = tmp_path / "out"
    write_tables({"one.csv": TABLE}, out)
    before = snapshot(out)
    os.rename(out, tmp_path / ".out.old-777")  # killed after renaming the old folder away
    write_tables({"one.csv": TABLE}, out)
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_the_lock_is_free_again_after_a_refused_build(tmp_path):
    out = tmp_path / "out"
    with OutputFolder(out) as folder:
        with pytest.raises(OutputFolderBusy):
            OutputFolder(out).__enter__()
        folder.commit()
    with OutputFolder(out):
        pass
