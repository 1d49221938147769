"""Benchmark: seconds per MB of ``python -m helpers build`` on one article, ordinary and pathological.

The cost of reading an article must grow linearly with its length (issue 13). For each case this script writes a
raw folder holding one article (with its catalog row and ``SHA256SUMS`` line), runs the build on it in a
subprocess (one process, ``--jobs 1``, no annotations) and prints the wall time and seconds per MB, the same for
the build's own stages summed (without starting Python), CPU seconds per MB (what to compare when the machine
is busy), the seconds of each stage, and the number of quantities found. A case that runs longer than ``--timeout`` seconds is stopped and
reported as such (a lower bound). Cases:

- ``prose``: one paragraph of ordinary English press prose (figures, a closed quotation, a speech tag) repeated,
  one paragraph per line, to 10 kB, 100 kB, 1 MB and 10 MB;
- ``unclosed-quote``: the same prose on one line, opened by a quotation mark that never closes (10 kB, 100 kB);
- ``number-words``: a long run of spelled-out number words, then "jobs" (10 kB, 100 kB);
- ``spaces``: "300", 100,000 spaces, "jobs" (about 100 kB; also reports the longest quantity found).

    python bench/bench_hostile.py                          # every case, 240 s timeout each
    python bench/bench_hostile.py --cases prose --timeout 60
    python bench/bench_hostile.py --cases prose --warm     # in one warm process: the cost per MB without start-up

``--warm`` builds every case in this process (``helpers.build.build``, no time-out) after one build that is not
counted, so that starting Python, importing, loading the language models and compiling the lexicon patterns (paid
once per process, about 2.5 s) are left out: what remains is the cost that grows with the text.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]

PARAGRAPH = (
    "Liège Airport said on Tuesday that cargo volumes rose by 12 percent last year, to about 1.2 million tonnes, "
    "and that the site now covers 22 hectares. “We expect 300 more jobs by 2025,” the airport's spokesman said, "
    "adding that the investment of 100 million euros would be spread over five years. Unions warned that many of "
    "the contracts were temporary, according to a regional newspaper, and asked the government for guarantees.\n"
)
NUMBER_WORDS = "one hundred and twenty three thousand four hundred and fifty six "

KB, MB = 1_000, 1_000_000


def fill(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` bytes of UTF-8 (whole units, at least one)."""
    return unit * max(1, size // len(unit.encode("utf-8")))


def cases() -> dict[str, tuple[str, str]]:
    """Case name -> (shape, article text), built lazily by the caller from these recipes."""
    recipes = {}
    for label, size in (("10kB", 10 * KB), ("100kB", 100 * KB), ("1MB", MB), ("10MB", 10 * MB)):
        recipes[f"prose {label}"] = ("prose", lambda size=size: fill(PARAGRAPH, size))
    for label, size in (("10kB", 10 * KB), ("100kB", 100 * KB)):
        recipes[f"unclosed-quote {label}"] = (
            "unclosed-quote", lambda size=size: "“" + fill(PARAGRAPH.replace("\n", " ").replace("“", "").replace(
                "”", ""), size) + "\n")
        recipes[f"number-words {label}"] = ("number-words", lambda size=size: fill(NUMBER_WORDS, size) + "jobs\n")
    recipes["spaces 100kB"] = ("spaces", lambda: "The hub has 300" + " " * 100_000 + "jobs.\n")
    return recipes


def write_raw(folder: Path, text: str) -> int:
    """A raw folder with one article ``article.txt``; returns its size in bytes."""
    data = text.encode("utf-8")
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "article.txt").write_bytes(data)
    (folder / "catalog.csv").write_text("file,outlet,published\narticle.txt,Benchmark,2023-01-01\n",
                                        encoding="utf-8")
    (folder / "SHA256SUMS").write_text(f"{hashlib.sha256(data).hexdigest()}  article.txt\n", encoding="utf-8")
    return len(data)


def run_case(text: str, timeout: float, work: Path) -> dict:
    """Build one article; wall time, status, stage seconds, quantities (count, longest surface)."""
    shutil.rmtree(work, ignore_errors=True)
    n_bytes = write_raw(work / "raw", text)
    command = [sys.executable, "-m", "helpers", "build", "--raw", str(work / "raw"), "--out", str(work / "out"),
               "--jobs", "1", "--max-article-mb", "11", "--timings"]
    started, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        done = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:  # the child was killed and waited for: its CPU time is counted
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return {"bytes": n_bytes, "wall": time.perf_counter() - started, "status": "timeout",
                "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)}
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result = {"bytes": n_bytes, "wall": wall, "cpu": cpu,
              "status": "ok" if done.returncode == 0 else f"exit {done.returncode}"}
    if done.returncode != 0:
        result["error"] = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
        return result
    result["stages"] = {m.group(1): float(m.group(2))
                        for m in re.finditer(r"^\s+(\w+)\s+([\d.]+) s$", done.stdout, re.M)
                        if m.group(1) != "wall"}
    with open(work / "out" / "quantities.csv", encoding="utf-8", newline="") as handle:
        surfaces = [row["surface"] for row in csv.DictReader(handle)]
    result["quantities"] = len(surfaces)
    result["longest"] = max(map(len, surfaces), default=0)
    return result


def run_case_warm(text: str, work: Path) -> dict:
    """Build one article in this process (after :func:`warm_up`): wall and CPU time, stage seconds, quantities."""
    from helpers.build import build

    shutil.rmtree(work, ignore_errors=True)
    n_bytes = write_raw(work / "raw", text)
    started, cpu_before = time.perf_counter(), time.process_time()
    summary = build(work / "raw", work / "out", jobs=1, max_article_mb=11)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_before
    with open(work / "out" / "quantities.csv", encoding="utf-8", newline="") as handle:
        surfaces = [row["surface"] for row in csv.DictReader(handle)]
    stages = {name: seconds for name, seconds in summary.stage_seconds.items() if name != "wall"}
    return {"bytes": n_bytes, "wall": wall, "cpu": cpu, "status": "ok", "stages": stages,
            "quantities": len(surfaces), "longest": max(map(len, surfaces), default=0)}


def warm_up(work: Path) -> None:
    """One build of a small article, not counted: imports, language models and lexicon patterns loaded."""
    run_case_warm(fill(PARAGRAPH, 10 * KB), work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="*", default=None,
                        help="shapes or case names to run (default: all), e.g. prose 'spaces 100kB'")
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds before a case is stopped")
    parser.add_argument("--warm", action="store_true",
                        help="build in this process after an uncounted build (no start-up costs, no time-out)")
    arguments = parser.parse_args()
    recipes = cases()
    chosen = [name for name, (shape, _) in recipes.items()
              if not arguments.cases or name in arguments.cases or shape in arguments.cases]
    print(f"Python {platform.python_version()}, {os.cpu_count()} cores; one article per build, --jobs 1, "
          + ("in one warm process (start-up costs left out)" if arguments.warm else f"timeout {arguments.timeout:g} s"))
    stages = ("loading", "language_and_furniture", "extraction", "attribution", "claims", "writing")
    print("wall: the whole command (about 1.5 s of it is starting Python and importing); cpu: its CPU seconds (less "
          "sensitive to other load on the machine); work: the build's stages summed (wall)\n")
    print(f"{'case':<22} {'MB':>7} {'wall s':>8} {'s/MB':>8} {'cpu s/MB':>9} {'work s':>8} {'work s/MB':>9} {'status':>8} "
          f"{'quant.':>7} {'longest':>8}  "
          + " ".join(f"{stage[:10]:>10}" for stage in stages))
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as temporary:
        if arguments.warm:
            warm_up(Path(temporary) / "case")
        for name in chosen:
            text, work = recipes[name][1](), Path(temporary) / "case"
            result = run_case_warm(text, work) if arguments.warm else run_case(text, arguments.timeout, work)
            megabytes = result["bytes"] / MB
            wall = f"{result['wall']:.2f}" if result["status"] != "timeout" else f">{result['wall']:.0f}"
            per_mb = f"{result['wall'] / megabytes:.2f}" if result["status"] != "timeout" else \
                f">{result['wall'] / megabytes:.0f}"
            work = sum(result.get("stages", {}).values())
            work_text = f"{work:>8.2f} {work / megabytes:>9.2f}" if "stages" in result else f"{'':>8} {'':>9}"
            stage_text = " ".join(f"{result.get('stages', {}).get(stage, float('nan')):>10.2f}" for stage in stages)
            cpu_text = f"{result['cpu'] / megabytes:>9.2f}"
            cpu_text = cpu_text if result["status"] != "timeout" else f"{'>' + cpu_text.strip():>9}"
            print(f"{name:<22} {megabytes:>7.3f} {wall:>8} {per_mb:>8} {cpu_text} {work_text} {result['status']:>8} "
                  f"{result.get('quantities', ''):>7} {result.get('longest', ''):>8}  {stage_text}", flush=True)
            if result.get("error"):
                print(f"    {result['error']}")


if __name__ == "__main__":
    main()
