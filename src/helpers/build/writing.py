"""Writing the tables subset by subset, so that memory depends on the subset size and not on the corpus.

Each worker renders its subset's tables (:func:`render_subset`: CSV without header, or Parquet bytes) and the
parent appends them to the tables in the staging folder as the subsets finish, in subset order
(:class:`StreamingWriter`). The row order of every table is the same as when the whole corpus is built at once:

- tables in file order (articles, paragraphs, quantities, mentions, claims, flows, and any other per-article
  table): subsets are consecutive runs of files, so appending them in order is that order;
- ``timeline.csv`` (by earliest date): each subset's rows are already sorted; they are spilled to a run file per
  subset and merged (:func:`merge_runs`, stable: ties keep subset order, as a stable sort of all rows would);
- ``figure_consistency.csv`` (claims compared across sources): each subset sends only the claim columns the
  comparison needs, sorted by family and publication date; the runs are merged and compared family by family
  (:func:`consistency_frames`), each large family against its reference claim, without holding the claims.

CSV is the default (byte-identical to writing each whole table with :func:`helpers.io.outputs.table_to_csv_bytes`);
Parquet writes each table as a folder of parts (``claims.parquet/part-00000.parquet``, ...) that
``pandas.read_parquet`` and ``dask.dataframe.read_parquet`` read directly.
"""

from __future__ import annotations

import heapq
import io
import itertools
import pickle
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

import helpers.io.outputs as outputs
from helpers.claims.tables import (_SIDE, CONSISTENCY_COLUMNS, PAIRWISE_LIMIT, TIMELINE_COLUMNS, compare_claims,
                                   explain_comparison, interval_label)

FORMATS = ("csv", "parquet")
SORTED_TABLES = {"timeline.csv": ("earliest", "latest", "file", "date_start")}
"""Tables whose order is not file order: their sort key (the rows of each subset are sorted by it)."""
CONSISTENCY_TABLE = "figure_consistency.csv"
CONSISTENCY_INPUT = ["metric_family", "published", "file", "start", "actor", "claim_id", "end", "surface",
                     "source_label", "outlet_short", "metric", "status", "value", "bound_low", "bound_high", "unit",
                     "refers_earliest", "refers_latest"]
"""The claim columns the comparison reads (the first four are its order)."""
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


def render_subset(result, fmt: str = "csv") -> None:
    """Run in the worker: replace ``result.tables`` by what the parent writes (``result.payload``): rendered parts of
    the file-ordered tables, rows of the sorted tables, and the consistency input."""
    parts, runs = {}, {}
    for name, frame in result.tables.items():
        if name in SORTED_TABLES:
            runs[name] = (list(frame.columns), _rows(frame, list(frame.columns)))
        elif fmt == "csv":
            parts[name] = csv_header_and_body(frame)
        else:
            parts[name] = (list(frame.columns), parquet_bytes(frame) if len(frame) else None)
    claims = result.tables["claims.csv"]
    usable = claims.loc[~claims["metric_family"].isin(["period"]) & ~claims["metric"].str.startswith("other_")]
    usable = usable.sort_values(CONSISTENCY_INPUT[:4], kind="stable")
    runs[CONSISTENCY_TABLE] = (CONSISTENCY_INPUT, _rows(usable, CONSISTENCY_INPUT))
    result.payload = {"parts": parts, "runs": runs}
    result.tables = {}


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


# ------------------------------------------------------------------------------------------------ consistency
def _side_values(claim: dict, suffix: str) -> dict:
    row = {}
    for column in _SIDE:
        if column == "refers":
            value = (interval_label(claim["refers_earliest"], claim["refers_latest"])
                     if claim["refers_latest"] else f"from {claim['refers_earliest']} on")
        else:
            value = claim[column]
        row[f"{column}_{suffix}"] = value
    return row


def source(claim: dict) -> str:
    """Who states a claim, as :func:`helpers.claims.tables.build_consistency` tells sources apart."""
    return claim["file"] + "|" + claim["actor"]


def _family_pairs(records: list[dict] | Iterator[dict], size: int):
    """The pairs :func:`helpers.claims.tables.build_consistency` compares in a family of ``size`` sorted claims:
    every pair up to :data:`PAIRWISE_LIMIT`, else each claim against the first (the reference)."""
    if size <= PAIRWISE_LIMIT:
        records = list(records)
        for i, a in enumerate(records):
            for b in records[i + 1:]:
                yield a, b
        return
    records = iter(records)
    reference = next(records)
    for other in records:
        yield reference, other


def consistency_rows(records: Iterator[tuple], sizes: dict[str, int], multi_source: set[str]) -> Iterator[dict]:
    """The rows of ``figure_consistency.csv`` (without id and explanation), in its order, from the usable claims
    (:data:`CONSISTENCY_INPUT` tuples) sorted by family, publication date, file and offset. ``sizes``: claims per
    family; ``multi_source``: the families stated by more than one source. Same rows as
    :func:`helpers.claims.tables.build_consistency`, one family in memory at most (its reference claim only,
    beyond :data:`PAIRWISE_LIMIT` claims)."""
    dicts = (dict(zip(CONSISTENCY_INPUT, row)) for row in records)
    for family, group in itertools.groupby(dicts, key=lambda claim: claim["metric_family"]):
        if family not in multi_source:
            for _ in group:
                pass
            continue
        for a, b in _family_pairs(group, sizes[family]):
            if source(a) == source(b):
                continue
            verdict, reason = compare_claims(a, b)
            yield {"metric_family": family, "verdict": verdict, "reason": reason, **_side_values(a, "a"),
                   **_side_values(b, "b")}


def consistency_frames(rows: Iterator[dict]) -> Iterator[pd.DataFrame]:
    """Batches of consistency rows as tables with their comparison ids (numbered across batches) and explanations."""
    count = 0
    for batch in _batches(rows):
        table = pd.DataFrame(batch)
        table.insert(0, "comparison_id", [f"k{count + i + 1:03d}" for i in range(len(table))])
        table["explanation"] = [explain_comparison(r) for r in table.to_dict("records")]
        count += len(table)
        yield table[CONSISTENCY_COLUMNS]


# ------------------------------------------------------------------------------------------------ the writer
class StreamingWriter:
    """Appends each subset's rendered tables (:func:`render_subset`) to the tables in ``folder`` (the staging
    folder), in subset order; :meth:`finish` merges the sorted tables, writes the consistency table and the tables
    computed once (``extra``), and removes its working files."""

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
        self.sizes: dict[str, int] = {}
        self.sources: dict[str, set[str]] = {}

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
        for row in result.payload["runs"][CONSISTENCY_TABLE][1]:
            family = row[0]
            self.sizes[family] = self.sizes.get(family, 0) + 1
            seen = self.sources.setdefault(family, set())
            if len(seen) < 2:
                seen.add(row[2] + "|" + row[4])

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

    def finish(self, extra: dict[str, pd.DataFrame]) -> None:
        """Close the appended tables, merge the sorted ones, compare the claims, write ``extra``."""
        for handle in self.handles.values():
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
        if CONSISTENCY_TABLE in self.runs:
            merged = merge_runs(self.runs[CONSISTENCY_TABLE], lambda row: row[:4], self.work)
            multi = {family for family, seen in self.sources.items() if len(seen) > 1}
            self._write_frames(CONSISTENCY_TABLE, consistency_frames(consistency_rows(merged, self.sizes, multi)),
                               CONSISTENCY_COLUMNS)
        for name, table in sorted(extra.items()):
            if self.fmt == "csv":
                outputs.write_file(self.folder, name, outputs.table_to_csv_bytes(table))
            else:
                self._write_frames(name, [table] if len(table) else [], list(table.columns))
        for path in self.work.iterdir():
            path.unlink()
        self.work.rmdir()

    def close(self) -> None:
        """Close what is open (after a failure; the staging folder is then deleted as a whole)."""
        for handle in self.handles.values():
            handle.close()
