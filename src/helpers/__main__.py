"""Command line: ``python -m helpers build``, ``notebooks``, ``findings`` and ``report``.

Bad input ends the command with a message naming the file or row and what to do, and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from helpers.io.errors import InputError
from helpers.io.paths import PROCESSED_DIR, RAW_DIR, relative_to_project


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="write the processed tables from a raw folder")
    build.add_argument("--raw", type=Path, default=RAW_DIR, help="folder laid out like data/raw/ (default: data/raw)")
    build.add_argument("--out", type=Path, default=PROCESSED_DIR, help="output folder (default: data/processed)")
    build.add_argument("--jobs", type=int, default=None, help="processes to use (default: all cores)")
    build.add_argument("--max-article-mb", type=float, default=None,
                       help="largest article file to read, in MB (default: 10, or $HELPERS_MAX_ARTICLE_MB)")
    build.add_argument("--annotations", type=Path, default=None,
                       help="folder of hand annotations (default: data/annotations for data/raw, else an "
                            "annotations/ folder beside --raw if there is one)")
    build.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: a pool of --jobs processes (default); dask: Dask tasks (dask.distributed)")
    build.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="with --engine dask: a running cluster's scheduler (default: a local cluster of --jobs "
                            "workers); every worker must read --raw at the same path")
    build.add_argument("--format", dest="fmt", choices=("csv", "parquet"), default="csv",
                       help="csv (default) or parquet (a folder of parts per table, for large corpora)")
    build.add_argument("--timings", action="store_true", help="print seconds per stage")
    notebooks = commands.add_parser("notebooks", help="execute notebooks in place (all of notebooks/ by default)")
    notebooks.add_argument("paths", nargs="*", type=Path)
    findings = commands.add_parser("findings", help="print the README's findings from data/processed/")
    findings.add_argument("--write", action="store_true", help="rewrite the findings block of README.md")
    report = commands.add_parser("report", help="render the notebooks to standalone HTML in report/")
    report.add_argument("--out", type=Path, default=None, help="output folder (default: report/)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = _parser().parse_args(argv)
    try:
        if arguments.command == "build":
            from helpers.build import build

            started = time.perf_counter()
            result = build(arguments.raw, arguments.out, arguments.jobs, arguments.max_article_mb,
                           arguments.annotations, engine=arguments.engine, scheduler=arguments.scheduler,
                           fmt=arguments.fmt)
            wall = time.perf_counter() - started
            print(f"built {result.n_articles} articles into {relative_to_project(arguments.out)}: "
                  + ", ".join(path.name for path in result.written))
            if arguments.timings:
                for stage, seconds in result.stage_seconds.items():
                    print(f"  {stage:<24} {seconds:8.2f} s")
                print(f"  {'wall':<24} {wall:8.2f} s")
        elif arguments.command == "notebooks":
            from helpers.notebooks import execute_notebooks

            for path in execute_notebooks(arguments.paths or None):
                print(f"executed {relative_to_project(path)}")
        elif arguments.command == "findings":
            from helpers.findings import compute_findings, render_findings, write_findings
            from helpers.io.paths import PROJECT_ROOT

            if arguments.write:
                changed = write_findings(PROJECT_ROOT / "README.md")
                print("README.md findings " + ("rewritten" if changed else "already up to date"))
            else:
                print(render_findings(compute_findings()))
        elif arguments.command == "report":
            from helpers.report import REPORT_DIR, render_report

            for path in render_report(out_dir=arguments.out or REPORT_DIR):
                print(f"wrote {relative_to_project(path)}")
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
