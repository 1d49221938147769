"""Re-running the main job reproduces every output byte for byte, whatever the hash seed, time zone and locale.

The project is copied as it is on disk (an analyst's added articles are not tracked by git yet) into a temporary
folder and ``make run``'s staged job (``python -m helpers run``) runs there, with the copy's own ``src`` first on the
path so that its outputs land in the copy. Every notebook, processed table and figure, and the README, must come out
identical to the files in this checkout.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.io.paths import PROJECT_ROOT

from tests.conftest import copy_project

COMPARED_FOLDERS = ("notebooks", "data/processed", "figures")


def outputs(root: Path) -> dict[str, bytes]:
    found = {"README.md": (root / "README.md").read_bytes()}
    for folder in COMPARED_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and ".ipynb_checkpoints" not in path.parts:
                found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


@pytest.mark.slow
def test_main_job_is_byte_identical_under_another_seed_time_zone_and_locale(tmp_path):
    copy = copy_project(tmp_path / "project")
    for pattern in ("data/processed/*.csv", "figures/*.png", "figures/*.svg"):
        for generated in copy.glob(pattern):  # start clean: every output must be regenerated
            generated.unlink()
    environment = dict(os.environ, PYTHONPATH=str(copy / "src"), PYTHONHASHSEED="4242", TZ="Pacific/Kiritimati",
                       LC_ALL="C", LANG="C", MPLCONFIGDIR=str(tmp_path / "mpl"))
    result = subprocess.run([sys.executable, "-m", "helpers", "run"], cwd=copy, env=environment, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "TCP" not in result.stdout + result.stderr and "\x1b[" not in result.stdout + result.stderr
    expected, produced = outputs(PROJECT_ROOT), outputs(copy)
    assert sorted(produced) == sorted(expected), "a different set of output files"
    differing = [name for name in expected if produced[name] != expected[name]]
    assert not differing, f"not byte-identical after a re-run: {differing}"
