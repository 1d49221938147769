"""Engines that run the build's subset tasks: a local process pool (default) or Dask (``--engine dask``).

Both call the same function on the same tasks and hand the results back in task order, so the tables do not
depend on the engine. With Dask, each task is one ``dask.distributed`` task: on a local cluster started here
(``jobs`` worker processes, one thread each) or on a running cluster (``scheduler``: its address, e.g.
``tcp://10.0.0.5:8786``); every worker must have the project's package installed and must read the raw folder at
the same path (a shared file system), since a task names its files and the worker reads them.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from helpers.parallel import imap_in_order

ENGINES = ("local", "dask")
AHEAD = 2
"""Tasks submitted per worker beyond the one the results wait for (bounds memory on both engines)."""


CLEAN_START_ARTICLES = 5_000
"""From this many articles the local engine's workers start clean (:func:`helpers.parallel.clean_start_context`):
below it, what a forked worker inherits of the parent's catalog is small, and importing the modules afresh in
every worker costs more time than it saves memory."""


def run_tasks(function: Callable, tasks: Iterable, jobs: int = 1, engine: str = "local",
              scheduler: str | None = None, n_articles: int = 0) -> Iterator:
    """``function(task)`` for every task, results in task order, on the chosen engine (``n_articles``: the size of
    the corpus, which decides how the local engine starts its workers)."""
    if engine == "local":
        return imap_in_order(function, tasks, jobs, ahead=AHEAD, clean_start=n_articles >= CLEAN_START_ARTICLES)
    if engine == "dask":
        return _run_on_dask(function, tasks, jobs, scheduler)
    raise ValueError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")


def quiet_dask_logging() -> None:
    """Keep distributed's start-up and shutdown chatter (INFO, and warnings about a closing cluster) off the
    console: the build prints its own summary."""
    for name in ("distributed", "distributed.nanny", "distributed.scheduler", "distributed.worker",
                 "distributed.core", "distributed.http.proxy", "distributed.utils_perf", "tornado"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _run_on_dask(function: Callable, tasks: Iterable, jobs: int, scheduler: str | None) -> Iterator:
    import dask
    from distributed import Client, LocalCluster

    quiet_dask_logging()
    with dask.config.set({"distributed.worker.daemon": False, "distributed.worker.profile.enabled": False,
                          "distributed.worker.profile.interval": "1h", "distributed.worker.profile.cycle": "2h"}):
        if scheduler:
            client, cluster = Client(scheduler), None
        else:
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            pending: deque = deque()
            for task in tasks:
                pending.append(client.submit(function, task, pure=False))
                if len(pending) > workers * AHEAD:
                    future = pending.popleft()
                    yield future.result()
                    future.release()
            while pending:
                future = pending.popleft()
                yield future.result()
                future.release()
        finally:
            for future in pending:
                future.cancel()
            client.close()
            if cluster is not None:
                cluster.close()
