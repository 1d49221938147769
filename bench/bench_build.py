"""Benchmark of ``python -m helpers build`` on synthetic corpora of N articles, on both engines, and of the main job.

For each N (default 10,000, 50,000 and 100,000) it generates the corpus once (``bench/make_corpus.py``, seeded),
runs the build on it in a subprocess with the project's ``actors.csv`` as its only annotation (so actor mentions and
attribution do real work), and prints wall time, articles per second, MB per second, peak memory of the whole
process tree (the build and every process under it, Dask's scheduler, nannies and workers included; psutil, sampled
every 20 ms), the cores used (CPU time / wall time) and the seconds per stage. At the sizes of ``--dask-sizes``
(default 10,000) it also builds with ``--engine dask`` (a local cluster of ``--jobs`` workers) and checks that the
two engines wrote the same bytes; at 10,000 and below it checks that the article languages are those of langdetect
on the whole 1,000-character sample and the paragraph languages those of py3langid's own ``classify``. With
``--main-job`` it also times ``make run`` and ``make test``.

    python bench/bench_build.py                               # 10,000, 50,000 and 100,000 articles
    python bench/bench_build.py --sizes 1000 --main-job
    python bench/bench_build.py --sizes 10000 30000 --dask-sizes --jobs 2 --memory-series bench/out/memory
"""

from __future__ import annotations

import argparse
import os
import re
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


SERIES_INTERVAL = 0.2
"""Seconds between two samples of the memory series (``--memory-series``)."""


def process_rss(root, cpu: dict[int, float] | None = None) -> list[tuple[int, int]]:
    """``(pid, resident bytes)`` of a process and each of its descendants (psutil), the process first; with
    ``cpu``, the CPU seconds (user + system) each has used so far are stored in it by pid."""
    import psutil

    try:
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return []
    found = []
    for process in processes:
        try:
            found.append((process.pid, process.memory_info().rss))
            if cpu is not None:
                times = process.cpu_times()
                cpu[process.pid] = times.user + times.system
        except psutil.Error:
            continue
    return found


def run_measured(command: list[str], cwd: Path, series: list | None = None) -> dict:
    """Run ``command``; return its output, wall time, peak tree memory and CPU seconds of it and its children.

    With ``series`` (a list), ``(seconds, pid, resident bytes)`` of every process of the tree is appended to it
    every :data:`SERIES_INTERVAL` seconds (the first pid is the command's own). CPU seconds are summed over the
    processes of the tree as last sampled (workers started by a fork server are not the command's children, so
    ``getrusage`` would not count them)."""
    started = time.perf_counter()
    import psutil

    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    root = psutil.Process(process.pid)
    peak = [0]
    cpu_by_pid: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        last = -SERIES_INTERVAL
        while not done.is_set():
            found = process_rss(root, cpu_by_pid)
            peak[0] = max(peak[0], sum(rss for _, rss in found))
            now = time.perf_counter() - started
            if series is not None and now - last >= SERIES_INTERVAL:
                series.extend((round(now, 2), pid, rss) for pid, rss in found)
                last = now
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    cpu = sum(cpu_by_pid.values())
    return {"status": process.returncode, "output": output, "wall": wall, "peak": peak[0], "cpu": cpu}


def memory_series_summary(series: list[tuple[float, int, int]], out_csv: Path) -> list[str]:
    """Write the memory series to ``out_csv`` (seconds, pid, role, MiB) and describe it: per process, its resident
    memory at the start, a tenth, half and nine tenths of its life, its peak and its last sample; the build's own
    process while other processes run and after they have all ended (the merge of the tables)."""
    if not series:
        return []
    parent = series[0][1]
    roles = {parent: "build"}
    for _, pid, _ in series:
        roles.setdefault(pid, f"child {len(roles)}")
    with open(out_csv, "w") as handle:
        handle.write("seconds,pid,role,rss_mib\n")
        handle.writelines(f"{t},{pid},{roles[pid]},{rss / 2**20:.1f}\n" for t, pid, rss in series)
    lines = []
    for pid, role in roles.items():
        own = [(t, rss) for t, p, rss in series if p == pid]
        marks = [own[min(len(own) - 1, int(len(own) * share))][1] for share in (0, 0.1, 0.5, 0.9)]
        lines.append(f"    {role:<8} {own[0][0]:7.1f}-{own[-1][0]:7.1f} s  MiB at 0/10/50/90 % of its life: "
                     + "/".join(f"{m / 2**20:.0f}" for m in marks)
                     + f", peak {max(r for _, r in own) / 2**20:.0f}, last {own[-1][1] / 2**20:.0f}")
    big = {pid for _, pid, rss in series if pid != parent and rss >= 50 * 2**20}  # the workers, not the helpers
    children_end = max((t for t, p, _ in series if p in big), default=0.0)
    during = [rss for t, p, rss in series if p == parent and t <= children_end]
    after = [rss for t, p, rss in series if p == parent and t > children_end]
    totals: dict[float, int] = {}
    for t, _, rss in series:
        totals[t] = totals.get(t, 0) + rss
    peak_at = max(totals, key=totals.get)
    lines.append(f"    tree peak {totals[peak_at] / 2**20:.0f} MiB at {peak_at:.1f} s; build process peak "
                 f"{max(during, default=0) / 2**20:.0f} MiB while the workers ran (until {children_end:.1f} s), "
                 f"{max(after, default=0) / 2**20:.0f} MiB after (merge and cross-source tables)")
    return lines


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


def same_files(one: Path, two: Path) -> bool:
    """Whether two output folders hold the same files with the same bytes."""
    names = sorted(path.name for path in one.iterdir())
    return names == sorted(path.name for path in two.iterdir()) and all(
        (one / name).read_bytes() == (two / name).read_bytes() for name in names)


def _full_sample_language(sample: str) -> str:
    from helpers.text.language import detect_language

    return detect_language(sample)[0]


def _py3langid_answers(texts: list[str]) -> list[tuple[str, float]]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return [(language, round(probability, 3)) for language, probability in map(identifier.classify, texts)]


def paragraph_language_check(out: Path, jobs: int) -> str:
    """Paragraphs whose language and probability (paragraphs.csv) differ from py3langid's own ``classify``."""
    from concurrent.futures import ProcessPoolExecutor

    import pandas as pd

    paragraphs = pd.read_csv(out / "paragraphs.csv", dtype={"text": str, "language": str}, keep_default_na=False,
                             usecols=["text", "language", "language_probability"])
    read = paragraphs.loc[paragraphs["language"] != "unknown"]
    texts = read["text"].tolist()
    parts = [texts[start::jobs] for start in range(jobs)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        answers = list(pool.map(_py3langid_answers, parts))
    expected = [None] * len(texts)
    for start, part in enumerate(answers):
        expected[start::jobs] = part
    found = list(zip(read["language"], read["language_probability"].astype(float)))
    differ = sum(a != b for a, b in zip(found, expected))
    return f"{len(found):,} paragraphs read by py3langid; differing from py3langid's own classify: {differ}"


def language_check(out: Path, jobs: int) -> str:
    """Articles whose language (articles.csv) differs from langdetect on the whole 1,000-character body sample."""
    from concurrent.futures import ProcessPoolExecutor

    import pandas as pd

    from helpers.io.corpus import LANGUAGE_SAMPLE_CHARS

    paragraphs = pd.read_csv(out / "paragraphs.csv", dtype={"text": str}, keep_default_na=False,
                             usecols=["file", "is_furniture", "text"])
    body = paragraphs.loc[paragraphs["is_furniture"].astype(str) == "False"].groupby("file", sort=True)["text"]
    samples = body.agg(lambda lines: "\n".join(lines)[:LANGUAGE_SAMPLE_CHARS])
    articles = pd.read_csv(out / "articles.csv", keep_default_na=False).set_index("file")
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        full = list(pool.map(_full_sample_language, samples.tolist(), chunksize=200))
    found = articles.loc[samples.index, "language"].tolist()
    differ = sum(a != b for a, b in zip(found, full))
    counts = pd.Series(found).value_counts().to_dict()
    return f"{len(found):,} articles, languages {counts}; differing from the whole-sample langdetect: {differ}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 50000, 100000])
    parser.add_argument("--dask-sizes", type=int, nargs="*", default=[10000],
                        help="sizes also built with --engine dask (default: 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=None, help="processes or Dask workers (default: all cores)")
    parser.add_argument("--main-job", action="store_true", help="also time `make run` and `make test`")
    parser.add_argument("--memory-series", type=Path, default=None, metavar="FOLDER",
                        help="write each build's memory per process every 0.2 s to FOLDER/memory-N-ENGINE.csv "
                             "and print a summary")
    arguments = parser.parse_args()
    python = sys.executable
    jobs = arguments.jobs or len(os.sched_getaffinity(0))
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average before "
          f"{os.getloadavg()[0]:.1f}; build run as: {Path(python).name} -m helpers build --jobs {jobs}")
    annotations = actors_only_annotations()
    rows, checks = [], []
    for size in arguments.sizes:
        raw, n_bytes = corpus_for(size, arguments.seed)
        engines = ["local", "dask"] if size in arguments.dask_sizes else ["local"]
        for engine in engines:
            out = OUT_DIR / f"processed-{size}-{engine}"
            shutil.rmtree(out, ignore_errors=True)
            command = [python, "-m", "helpers", "build", "--raw", str(raw), "--out", str(out),
                       "--annotations", str(annotations), "--timings", "--jobs", str(jobs), "--engine", engine]
            series = [] if arguments.memory_series else None
            result = run_measured(command, PROJECT_ROOT, series)
            if result["status"] != 0:
                print(result["output"])
                raise SystemExit(f"build failed on {size} articles ({engine})")
            rows.append((size, engine, n_bytes, result, stage_seconds(result["output"])))
            print(f"  {size:>6} articles, {engine:<5}: {result['wall']:.1f} s, {size / result['wall']:.0f} art/s, peak "
                  f"{result['peak'] / 2**20:.0f} MiB, {result['cpu'] / result['wall']:.2f} cores (load average "
                  f"{os.getloadavg()[0]:.1f})", flush=True)
            if series is not None:
                arguments.memory_series.mkdir(parents=True, exist_ok=True)
                print("\n".join(memory_series_summary(
                    series, arguments.memory_series / f"memory-{size}-{engine}.csv")), flush=True)
        if len(engines) == 2:
            same = same_files(OUT_DIR / f"processed-{size}-local", OUT_DIR / f"processed-{size}-dask")
            checks.append(f"{size:,} articles: local and dask tables byte-identical: {same}")
        if size <= 10000:
            checks.append(f"{size:,} articles, article language: "
                          + language_check(OUT_DIR / f"processed-{size}-local", jobs))
            checks.append(f"{size:,} articles, paragraph language: "
                          + paragraph_language_check(OUT_DIR / f"processed-{size}-local", jobs))

    stages = list(rows[0][4]) if rows else []
    print("\nWhole build (python -m helpers build), synthetic corpus, seed", arguments.seed)
    print(f"{'articles':>9} {'engine':>6} {'MB':>7} {'wall s':>8} {'art/s':>8} {'MB/s':>6} {'peak MiB':>9} "
          f"{'cores':>6} {'s/1k art':>9}")
    for size, engine, n_bytes, result, _ in rows:
        print(f"{size:>9,} {engine:>6} {n_bytes / 1e6:>7.1f} {result['wall']:>8.1f} {size / result['wall']:>8.0f} "
              f"{n_bytes / 1e6 / result['wall']:>6.2f} {result['peak'] / 2**20:>9.0f} "
              f"{result['cpu'] / result['wall']:>6.2f} {result['wall'] / size * 1000:>9.2f}")
    print("\nSeconds per stage (CPU seconds summed over processes; 'wall' is the build's own clock)")
    print(f"{'articles':>9} {'engine':>6} " + " ".join(f"{stage[:12]:>12}" for stage in stages))
    for size, engine, _, _, seconds in rows:
        print(f"{size:>9,} {engine:>6} " + " ".join(f"{seconds.get(stage, 0):>12.2f}" for stage in stages))
    local = {size: result for size, engine, _, result, _ in rows if engine == "local"}
    if len(local) > 1:
        small, large = min(local), max(local)
        print(f"\nPeak memory at {large:,} / at {small:,} articles: {local[large]['peak'] / local[small]['peak']:.2f}")
    for size, engine, _, result, _ in rows:
        if engine == "dask" and size in local:
            print(f"Dask / local wall time at {size:,} articles: {result['wall'] / local[size]['wall']:.2f}")
    for line in checks:
        print(line)

    if arguments.main_job:
        print("\nMain job on this checkout (environment already set up)")
        for target in ("run", "test"):
            result = run_measured(["make", target], PROJECT_ROOT)
            state = "ok" if result["status"] == 0 else f"FAILED ({result['status']})"
            print(f"  make {target:<5} {result['wall']:6.1f} s wall, peak {result['peak'] / 2**20:,.0f} MiB, {state}")


if __name__ == "__main__":
    main()
