"""The two engines give byte-identical tables: the local process pool and Dask (a two-worker local cluster).

A few hundred synthetic articles (bench/make_corpus.py) with the project's actors.csv, so that every per-article
and per-subset function runs as a Dask task. The tests share one two-worker local cluster, reached by its address as
a real cluster would be (``--scheduler ADDRESS``); starting a cluster costs more than the builds. Distributed's own
logging is kept quiet (the build does it), so that pytest's ``filterwarnings = error`` holds.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import pytest

from helpers.build import build
from helpers.io.paths import ANNOTATIONS_DIR

BENCH_DIR = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    sys.path.insert(0, str(BENCH_DIR))
    try:
        from make_corpus import make_corpus
    finally:
        sys.path.remove(str(BENCH_DIR))
    root = tmp_path_factory.mktemp("engines")
    make_corpus(200, root / "raw", seed=11)
    (root / "annotations").mkdir()
    shutil.copy(ANNOTATIONS_DIR / "actors.csv", root / "annotations" / "actors.csv")
    return root / "raw", root / "annotations"


@pytest.fixture(scope="module")
def scheduler() -> str:
    """The address of a two-worker local cluster (one thread each), closed after the module's tests."""
    import dask
    from distributed import LocalCluster

    from helpers.build.engines import quiet_dask_logging

    quiet_dask_logging()
    with dask.config.set({"distributed.worker.daemon": False}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_dask_and_local_engines_write_the_same_bytes(corpus, scheduler, tmp_path):
    raw, annotations = corpus
    local = build(raw, tmp_path / "local", jobs=2, annotations_dir=annotations)
    on_dask = build(raw, tmp_path / "dask", jobs=2, annotations_dir=annotations, engine="dask", scheduler=scheduler)
    assert local.n_articles == on_dask.n_articles == 200
    expected = _files(tmp_path / "local")
    assert {"articles.csv", "claims.csv", "figure_consistency.csv", "timeline.csv"} <= set(expected)
    assert _files(tmp_path / "dask") == expected
    assert on_dask.stage_seconds["language_and_furniture"] > 0  # the workers' timings came back


def test_an_input_error_in_a_dask_task_is_the_same_message(corpus, scheduler, tmp_path):
    from helpers.io.errors import InputError

    raw, annotations = corpus
    broken = tmp_path / "raw"
    shutil.copytree(raw, broken)
    victim = sorted((broken / "articles").iterdir())[5]  # in the first subset: the build stops early
    victim.write_bytes("Liège".encode("cp1252"))
    with pytest.raises(InputError, match=rf"{victim.name}: file is not UTF-8"):
        build(broken, tmp_path / "out", jobs=2, annotations_dir=annotations, engine="dask", scheduler=scheduler)
    assert not (tmp_path / "out").exists()
