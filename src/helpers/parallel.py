"""Spreading independent work over processes, with results in input order."""

from __future__ import annotations

from collections import deque
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

MIN_ITEMS_PER_JOB = 50
"""Below this many items per process, starting processes costs more than it saves: work runs in this process."""


def map_in_order(function: Callable[[Item], Result], items: Sequence[Item], jobs: int = 1,
                 min_items_per_job: int = MIN_ITEMS_PER_JOB) -> list[Result]:
    """``[function(item) for item in items]``, computed by ``jobs`` processes when there is enough work.

    ``function`` must be a module-level function or a partial of one (it is pickled). Items are big units of work
    when ``min_items_per_job`` is small. The result never depends on ``jobs``.
    """
    if jobs <= 1 or len(items) < 2 * min_items_per_job:
        return [function(item) for item in items]
    chunk = max(1, len(items) // (jobs * 8))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(function, items, chunksize=chunk))


def clean_start_context():
    """The way long-lived workers are started: ``forkserver`` where it exists (each worker is forked from a small
    server process started for the purpose, so it does not inherit the memory of the process that asks for it: a
    forked copy of a parent holding a large corpus's catalog would carry it, and count it again, in every worker),
    else the platform's default."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else None)


def imap_in_order(function: Callable[[Item], Result], items: Iterable[Item], jobs: int = 1,
                  ahead: int = 2, clean_start: bool = True) -> Iterator[Result]:
    """``function(item)`` for each item, in input order, computed by ``jobs`` processes (here when ``jobs`` is 1).

    At most ``ahead`` items per process are submitted beyond the one being waited for, so that neither the items
    nor the results pile up: memory depends on the size of an item and of a result, not on how many there are.
    With ``clean_start`` the workers start clean (:func:`clean_start_context`): their memory does not depend on the
    caller's, at the price of importing their modules afresh (a second or two per worker); else they are forked
    from the caller (the platform's default).
    """
    if jobs <= 1:
        for item in items:
            yield function(item)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=clean_start_context() if clean_start else None) as pool:
        pending = deque()
        try:
            for item in items:
                pending.append(pool.submit(function, item))
                if len(pending) > jobs * ahead:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
