"""Re-running the main job reproduces every tracked output byte for byte, whatever the hash seed, time zone and locale.

The project is copied (tracked files only) into a temporary folder and ``make run``'s two steps run there, with the
copy's own ``src`` first on the path so that its outputs land in the copy. Every notebook, processed table and
figure must come out identical to the files in this checkout (which, on a clean clone, are the committed ones).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.io.paths import PROJECT_ROOT

COMPARED_FOLDERS = ("notebooks", "data/processed", "figures")


def tracked_files() -> list[str]:
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=PROJECT_ROOT, capture_output=True, check=True)
    return [name for name in listing.stdout.decode("utf-8").split("\0") if name]


def outputs(root: Path) -> dict[str, bytes]:
    found = {}
    for folder in COMPARED_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and ".ipynb_checkpoints" not in path.parts:
                found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


@pytest.mark.slow
def test_main_job_is_byte_identical_under_another_seed_time_zone_and_locale(tmp_path):
    copy = tmp_path / "project"
    for name in tracked_files():
        target = copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT_ROOT / name, target)
    for pattern in ("data/processed/*.csv", "figures/*.png", "figures/*.svg"):
        for generated in copy.glob(pattern):  # start clean: every output must be regenerated
            generated.unlink()
    environment = dict(os.environ, PYTHONPATH=str(copy / "src"), PYTHONHASHSEED="4242", TZ="Pacific/Kiritimati",
                       LC_ALL="C", LANG="C", MPLCONFIGDIR=str(tmp_path / "mpl"))
    for command in (["-m", "helpers", "build"], ["-m", "helpers", "notebooks"]):
        result = subprocess.run([sys.executable, *command], cwd=copy, env=environment, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr[-3000:]
    expected, produced = outputs(PROJECT_ROOT), outputs(copy)
    assert sorted(produced) == sorted(expected), "a different set of output files"
    differing = [name for name in expected if produced[name] != expected[name]]
    assert not differing, f"not byte-identical after a re-run: {differing}"
