"""Writing the tables subset by subset, so that memory depends on the subset size and not on the corpus.

Each worker renders its subset's tables (:func:`render_subset`: CSV without header, or Parquet bytes) and the
parent appends them to the tables in the staging folder as the subsets finish, in subset order
(:class:`StreamingWriter`). The row order of every table is the same as when the whole corpus is built at once:

- tables in file order (articles, paragraphs, quantities, mentions, claims, flows, and any other per-article
  table): subsets are consecutive runs of files, so appending them in order is that order;
- ``timeline.csv`` (by earliest date): each subset's rows are already sorted; they are spilled to a run file per
  subset and merged (:func:`merge_runs`, stable: ties keep subset order, as a stable sort of all rows would);
- the cross-source and cross-article tables (``figure_ledger.csv``, ``figure_moves.csv``,
  ``figure_consistency.csv``; ``proposed_actors.csv``, ``stances_by_actor.csv``): each subset sends only the
  rows and columns they read (:data:`LEDGER_INPUT` of its claims that enter the ledger; its proposed speakers;
  :data:`STANCE_QUOTE_COLUMNS` of its quotations), which the writer spills to working files as they come (the
  parent does not hold them while the subsets run) and reads back at the end (:meth:`StreamingWriter.gathered`),
  one group of tables at a time, each written in batches and let go before the next is made. These rows are what
  still grows with the corpus, at the end of the build only, when the workers have stopped.

CSV is the default (byte-identical to writing each whole table with :func:`helpers.io.outputs.table_to_csv_bytes`);
Parquet writes each table as a folder of parts (``claims.parquet/part-00000.parquet``, ...) that
``pandas.read_parquet`` and ``dask.dataframe.read_parquet`` read directly.
"""

from __future__ import annotations

import contextlib
import heapq
import io
import itertools
import pickle
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

import helpers.io.outputs as outputs
from helpers.build.stages import SPEAKERS_TABLE, STANCE_QUOTE_COLUMNS
from helpers.claims.ledger import enters_ledger

FORMATS = ("csv", "parquet")
SORTED_TABLES = {"timeline.csv": ("earliest", "latest", "file", "date_start")}
"""Tables whose order is not file order: their sort key (the rows of each subset are sorted by it)."""
LEDGER_INPUT = ["claim_id", "file", "start", "end", "surface", "metric", "metric_family", "status", "value",
                "value_high", "unit", "bound_low", "bound_high", "actor", "source_label", "outlet_short", "published",
                "refers_earliest", "refers_latest", "qualifier", "kind", "lang", "date_surface"]
"""The claim columns the ledger reads (:func:`helpers.claims.consistency.build_ledger_tables`)."""
GATHERED = ("ledger", "speakers", "quotes")
"""What the writer gathers from every subset for the tables made once (see the module docstring)."""
BATCH_ROWS = 20_000
"""Rows per batch when a merged table is written."""
MERGE_FAN_IN = 256
"""Most run files open at once; more runs are merged in rounds."""


def table_file_name(name: str, fmt: str) -> str:
    """``claims.csv`` for CSV, ``claims.parquet`` (a folder of parts) for Parquet."""
    return name if fmt == "csv" else name.rsplit(".", 1)[0] + ".parquet"


def csv_header_and_body(frame: pd.DataFrame) -> tuple[bytes, bytes]:
    """The CSV of ``frame`` (:func:`helpers.io.outputs.table_to_csv_bytes`) cut after its header line."""
    data = outputs.table_to_csv_bytes(frame)
    cut = data.index(b"\n") + 1
    return data[:cut], data[cut:]


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    """``frame`` as one Parquet file (pyarrow), columns without any value typed as strings (so parts agree)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame.reset_index(drop=True), preserve_index=False)
    schema = pa.schema([pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in table.schema])
    buffer = io.BytesIO()
    pq.write_table(table.cast(schema), buffer)
    return buffer.getvalue()


def _rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    return list(zip(*(frame[column].tolist() for column in columns))) if len(frame) else []


def stance_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    """What ``stances_by_actor.csv`` reads of a subset's quotations: the :data:`STANCE_QUOTE_COLUMNS` of those with
    a speaker, the text kept only where it may be its speaker's representative quote (the longest direct one, else
    the longest, earliest on ties: :mod:`helpers.coding.stances`) among the quotations of that speaker in that
    article. The representative over the corpus is one of these (an article's quotations are kept or dropped
    together, and so are a speaker's), so the table is the same; the other texts are not carried."""
    quotes = quotes.loc[quotes["actor"].astype(str).str.strip() != "", STANCE_QUOTE_COLUMNS]
    if quotes.empty:
        return quotes
    ranked = quotes.assign(_direct=quotes["type"].eq("direct"), _len=quotes["quote"].str.len()).sort_values(
        ["_direct", "_len", "start"], ascending=[False, False, True], kind="stable")
    kept = quotes.index.isin(ranked.drop_duplicates(["actor", "file"]).index)
    return quotes.assign(quote=quotes["quote"].where(kept, ""))


def render_subset(result, fmt: str = "csv") -> None:
    """Run in the worker: replace ``result.tables`` by what the parent writes (``result.payload``): rendered parts of
    the file-ordered tables, rows of the sorted tables, and the columns gathered for the tables made once."""
    parts, runs = {}, {}
    claims, speakers = result.tables["claims.csv"], result.tables.pop(SPEAKERS_TABLE)
    gathered = {"ledger": claims.loc[enters_ledger(claims), LEDGER_INPUT] if len(claims) else claims[LEDGER_INPUT],
                "speakers": speakers.loc[speakers["actor_status"] == "proposed"],
                "quotes": stance_quotes(result.tables["quotes.csv"])}
    for name, frame in result.tables.items():
        if name in SORTED_TABLES:
            runs[name] = (list(frame.columns), _rows(frame, list(frame.columns)))
        elif fmt == "csv":
            parts[name] = csv_header_and_body(frame)
        else:
            parts[name] = (list(frame.columns), parquet_bytes(frame) if len(frame) else None)
    result.payload = {"parts": parts, "runs": runs, "gathered": gathered}
    result.tables = {}


@contextlib.contextmanager
def releasing_arrow_memory():
    """Within the block, pyarrow (which holds pandas' strings) allocates with the system allocator, which gives
    freed memory back, instead of its default pool (mimalloc), which keeps it: the tables made once at the end of
    a build are made one after the other, and each may then reuse the memory of the one before."""
    import pyarrow as pa

    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(before)


# ------------------------------------------------------------------------------------------------ run files
def write_run(path: Path, rows: Iterable[tuple]) -> Path:
    """Spill rows to a run file (one pickle per row, read back lazily by :func:`read_run`)."""
    with open(path, "wb") as handle:
        for row in rows:
            pickle.dump(row, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def read_run(path: Path) -> Iterator[tuple]:
    """The rows of a run file, one at a time."""
    with open(path, "rb") as handle:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return


def merge_runs(paths: list[Path], key, work_dir: Path) -> Iterator[tuple]:
    """The rows of sorted runs, merged into one sorted stream (stable: equal keys keep the order of the runs);
    at most :data:`MERGE_FAN_IN` files are open at once."""
    paths = list(paths)
    round_number = 0
    while len(paths) > MERGE_FAN_IN:
        merged = []
        for first in range(0, len(paths), MERGE_FAN_IN):
            group = paths[first:first + MERGE_FAN_IN]
            target = work_dir / f"merge-{round_number}-{first // MERGE_FAN_IN:05d}.run"
            write_run(target, heapq.merge(*(read_run(p) for p in group), key=key))
            for path in group:
                path.unlink()
            merged.append(target)
        paths, round_number = merged, round_number + 1
    return heapq.merge(*(read_run(p) for p in paths), key=key)


def _batches(rows: Iterable, size: int = BATCH_ROWS) -> Iterator[list]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


# ------------------------------------------------------------------------------------------------ the writer
class StreamingWriter:
    """Appends each subset's rendered tables (:func:`render_subset`) to the tables in ``folder`` (the staging
    folder), in subset order; :meth:`finish` merges the sorted tables, writes the tables computed once (``extra``,
    from :meth:`gathered`), and removes its working files."""

    def __init__(self, folder: Path, fmt: str = "csv"):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
        self.folder, self.fmt = Path(folder), fmt
        self.work = self.folder / ".work.partial"
        self.work.mkdir()
        self.handles: dict[str, object] = {}
        self.columns: dict[str, list[str]] = {}
        self.parts: dict[str, int] = {}
        self.runs: dict[str, list[Path]] = {}
        self.gathered_files = {name: open(self.work / f"gathered-{name}.pickles", "wb") for name in GATHERED}
        self.gathered_count = dict.fromkeys(GATHERED, 0)

    def add(self, result) -> None:
        """Write one subset's payload (subsets must come in order)."""
        for name, part in result.payload["parts"].items():
            if self.fmt == "csv":
                header, body = part
                if name not in self.handles:
                    self.handles[name] = open(self.folder / name, "wb")
                    self.handles[name].write(header)
                self.handles[name].write(body)
            else:
                self.columns.setdefault(name, part[0])
                if part[1] is not None:
                    self._write_part(name, part[1])
        for name, (columns, rows) in result.payload["runs"].items():
            self.columns.setdefault(name, columns)
            path = self.work / f"{name}-{result.number:07d}.run"
            self.runs.setdefault(name, []).append(write_run(path, rows))
        for name, frame in result.payload["gathered"].items():  # spilled: the parent does not hold them
            if len(frame) or not self.gathered_count[name]:
                pickle.dump(frame, self.gathered_files[name], protocol=pickle.HIGHEST_PROTOCOL)
                self.gathered_count[name] += 1

    def gathered(self, name: str) -> pd.DataFrame | None:
        """What every subset sent of ``name`` (one of :data:`GATHERED`) for the tables made once, joined in subset
        order (the subsets without rows left out, as :func:`helpers.build._concat` does), or None if none came."""
        handle = self.gathered_files[name]
        if not handle.closed:
            handle.close()
        if not self.gathered_count[name]:
            return None
        frames = list(read_run(Path(handle.name)))
        filled = [frame for frame in frames if len(frame)]
        return pd.concat(filled, ignore_index=True) if len(filled) > 1 else (filled or frames)[0]

    def _write_part(self, name: str, data: bytes) -> None:
        folder = self.folder / table_file_name(name, "parquet")
        folder.mkdir(exist_ok=True)
        number = self.parts.get(name, 0)
        outputs.write_file(folder, f"part-{number:05d}.parquet", data)
        self.parts[name] = number + 1

    def _write_frames(self, name: str, frames: Iterable[pd.DataFrame], columns: list[str]) -> None:
        """A whole table from batches of rows (the sorted and the cross-source tables)."""
        if self.fmt == "csv":
            with open(self.folder / name, "wb") as handle:
                handle.write(csv_header_and_body(pd.DataFrame(columns=columns))[0])
                for frame in frames:
                    handle.write(csv_header_and_body(frame)[1])
            return
        for frame in frames:
            self._write_part(name, parquet_bytes(frame))
        if not self.parts.get(name):
            self._write_part(name, parquet_bytes(pd.DataFrame(columns=columns)))

    def finish(self, extra: Iterable[dict[str, pd.DataFrame]]) -> None:
        """Close the appended tables, merge the sorted ones, write ``extra`` (the tables made once: groups of
        tables, each written, in batches of rows, before the next is made)."""
        for handle in [*self.handles.values(), *self.gathered_files.values()]:
            handle.close()
        for name, columns in self.columns.items():
            if self.fmt == "parquet" and name not in self.runs and not self.parts.get(name):
                self._write_part(name, parquet_bytes(pd.DataFrame(columns=columns)))
        for name, key_columns in SORTED_TABLES.items():
            if name not in self.runs:
                continue
            columns = self.columns[name]
            positions = [columns.index(column) for column in key_columns]
            merged = merge_runs(self.runs[name], lambda row: tuple(row[i] for i in positions), self.work)
            self._write_frames(name, (pd.DataFrame(batch, columns=columns) for batch in _batches(merged)), columns)
        for group in extra:
            for name in sorted(group):
                table = group.pop(name)
                batches = (table.iloc[first:first + BATCH_ROWS] for first in range(0, len(table), BATCH_ROWS))
                self._write_frames(name, batches, list(table.columns))
                del table
        for path in self.work.iterdir():
            path.unlink()
        self.work.rmdir()

    def close(self) -> None:
        """Close what is open (after a failure; the staging folder is then deleted as a whole)."""
        for handle in [*self.handles.values(), *self.gathered_files.values()]:
            handle.close()
