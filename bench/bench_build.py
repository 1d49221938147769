"""Benchmark of ``python -m helpers build`` on synthetic corpora of N articles, and of the main job.

For each N (default 1,000, 10,000 and 50,000) it generates the corpus once (``bench/make_corpus.py``, seeded), runs
the build on it in a subprocess with the project's ``actors.csv`` as its only annotation (so actor mentions and
attribution do real work), and prints articles per second, MB per second, wall time, peak memory of the whole
process tree (sampled from /proc every 20 ms), the cores used (CPU time / wall time) and the seconds per stage.
With ``--main-job`` it also times ``make run`` and ``make test`` on this checkout.

    python bench/bench_build.py                       # 1,000, 10,000 and 50,000 articles
    python bench/bench_build.py --sizes 1000 --main-job
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"
sys.path.insert(0, str(BENCH_DIR))

from make_corpus import make_corpus  # noqa: E402


def tree_rss_bytes(root_pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_measured(command: list[str], cwd: Path) -> dict:
    """Run ``command``; return its output, wall time, peak tree memory and CPU seconds of it and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_bytes(process.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"status": process.returncode, "output": output, "wall": wall, "peak": peak[0], "cpu": cpu}


def stage_seconds(output: str) -> dict[str, float]:
    """The ``--timings`` lines of the build's output, as stage -> seconds."""
    return {m.group(1): float(m.group(2)) for m in re.finditer(r"^\s+(\w+)\s+([\d.]+) s$", output, re.M)}


def corpus_for(size: int, seed: int) -> tuple[Path, int]:
    """The synthetic corpus of ``size`` articles (generated once per size and seed) and its size in bytes."""
    folder = OUT_DIR / f"corpus-{size}-seed{seed}"
    if not (folder / "catalog.csv").is_file():
        shutil.rmtree(folder, ignore_errors=True)
        make_corpus(size, folder, seed)
    return folder, sum(path.stat().st_size for path in (folder / "articles").iterdir())


def actors_only_annotations() -> Path:
    """A folder holding only the project's actors.csv: mentions and attribution work, no coded statements."""
    folder = OUT_DIR / "annotations-actors-only"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT_ROOT / "data" / "annotations" / "actors.csv", folder / "actors.csv")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=None, help="processes for the build (default: all cores)")
    parser.add_argument("--main-job", action="store_true", help="also time `make run` and `make test`")
    arguments = parser.parse_args()
    python = sys.executable
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; build run as: {Path(python).name} -m helpers build")
    annotations = actors_only_annotations()
    rows = []
    for size in arguments.sizes:
        raw, n_bytes = corpus_for(size, arguments.seed)
        out = OUT_DIR / f"processed-{size}"
        shutil.rmtree(out, ignore_errors=True)
        command = [python, "-m", "helpers", "build", "--raw", str(raw), "--out", str(out),
                   "--annotations", str(annotations), "--timings"]
        if arguments.jobs:
            command += ["--jobs", str(arguments.jobs)]
        result = run_measured(command, PROJECT_ROOT)
        if result["status"] != 0:
            print(result["output"])
            raise SystemExit(f"build failed on {size} articles")
        rows.append((size, n_bytes, result, stage_seconds(result["output"])))
        print(f"  {size:>6} articles: {result['wall']:.1f} s", flush=True)

    stages = list(rows[0][3]) if rows else []
    print("\nWhole build (python -m helpers build), synthetic corpus, seed", arguments.seed)
    print(f"{'articles':>9} {'MB':>7} {'wall s':>8} {'art/s':>8} {'MB/s':>6} {'peak MiB':>9} {'cores':>6} "
          f"{'s/1k art':>9}")
    for size, n_bytes, result, _ in rows:
        print(f"{size:>9,} {n_bytes / 1e6:>7.1f} {result['wall']:>8.1f} {size / result['wall']:>8.0f} "
              f"{n_bytes / 1e6 / result['wall']:>6.2f} {result['peak'] / 2**20:>9.0f} "
              f"{result['cpu'] / result['wall']:>6.2f} {result['wall'] / size * 1000:>9.2f}")
    print("\nSeconds per stage (CPU seconds summed over processes; 'wall' is the build's own clock)")
    print(f"{'articles':>9} " + " ".join(f"{stage[:12]:>12}" for stage in stages))
    for size, _, _, seconds in rows:
        print(f"{size:>9,} " + " ".join(f"{seconds.get(stage, 0):>12.2f}" for stage in stages))

    if arguments.main_job:
        print("\nMain job on this checkout (environment already set up)")
        for target in ("run", "test"):
            result = run_measured(["make", target], PROJECT_ROOT)
            state = "ok" if result["status"] == 0 else f"FAILED ({result['status']})"
            print(f"  make {target:<5} {result['wall']:6.1f} s wall, peak {result['peak'] / 2**20:,.0f} MiB, {state}")


if __name__ == "__main__":
    main()
