"""Command line: ``python -m helpers build``, ``notebooks``, ``findings``, ``report``, ``run`` and ``add``.

Bad input ends the command with a message naming the file or row and what to do, and exit status 2; an output
folder that cannot be written (read-only, a file, under a file, a full disk) or a file that cannot be read ends it
with a message and exit status 3. No traceback for either: the previous outputs are left as they were.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from helpers.io.errors import InputError, OutputError, check_output_folder, first_os_error, output_error
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
    report.add_argument("--check", action="store_true",
                        help="open every page of the report in headless Chromium (fails on a broken image, a script "
                             "error or an empty page; screenshots in report/screenshots/)")
    _add_run_and_add(commands)
    return parser


def _add_run_and_add(commands) -> None:
    """The ``run`` (staged main job) and ``add`` (a new article) subcommands."""
    commands.add_parser("run", help="build, execute every notebook and refresh the README findings, all or nothing")
    add = commands.add_parser("add", help="add an article file to data/raw/ (copy, checks, catalog row, digest)")
    add.add_argument("path", type=Path, help="the article as a UTF-8 text file")
    add.add_argument("--outlet", required=True, help="who published it (required)")
    add.add_argument("--published", required=True, help="YYYY-MM-DD, or YYYY-MM or YYYY if that is all that is known")
    add.add_argument("--name", default=None, help="file name in data/raw/articles/ (default: the file's own name)")
    for option in ("outlet-short", "outlet-type", "author", "title", "published-basis", "url", "notes"):
        add.add_argument(f"--{option}", default="", help=f"catalog column {option.replace('-', '_')}")
    add.add_argument("--language", "--original-language", dest="original_language", default="",
                     help="language the article was first published in, if it is a translation (catalog column "
                          "original_language); the text's own language is detected")


def _run_or_add(arguments) -> int:
    """Carry out ``run`` or ``add``; returns the exit status (1 when a notebook failed)."""
    if arguments.command == "run":
        from helpers.notebooks import NotebookError
        from helpers.run import STAGING_DIR, run

        try:
            run()
        except NotebookError as error:
            print(f"error: {error}\nNothing was changed: data/processed/, notebooks/, figures/ and README.md are as "
                  f"before (the staged outputs are in {relative_to_project(STAGING_DIR)}/).", file=sys.stderr)
            return 1
        return 0
    from helpers.add import add_article

    fields = {key: value for key, value in vars(arguments).items()
              if key not in ("command", "path", "name") and value is not None}
    added = add_article(arguments.path, fields, name=arguments.name)
    print(added.message())
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = _parser().parse_args(argv)
    try:
        if arguments.command == "build":
            from helpers.build import build

            started = time.perf_counter()
            check_output_folder(arguments.out, f"--out {arguments.out}")
            try:
                result = build(arguments.raw, arguments.out, arguments.jobs, arguments.max_article_mb,
                               arguments.annotations, engine=arguments.engine, scheduler=arguments.scheduler,
                               fmt=arguments.fmt)
            except OSError as error:
                raise _os_error_message(error, arguments.out) from None
            wall = time.perf_counter() - started
            print(f"built {result.n_articles} articles into {relative_to_project(arguments.out)}: "
                  + ", ".join(path.name for path in result.written))
            if arguments.timings:
                for stage, seconds in result.stage_seconds.items():
                    print(f"  {stage:<24} {seconds:8.2f} s")
                print(f"  {'wall':<24} {wall:8.2f} s")
        elif arguments.command == "notebooks":
            from helpers.notebooks import NotebookError, execute_notebooks

            try:
                execute_notebooks(arguments.paths or None)
            except NotebookError as error:
                print(f"error: {error}", file=sys.stderr)
                return 1
        elif arguments.command in ("run", "add"):
            return _run_or_add(arguments)
        elif arguments.command == "findings":
            from helpers.findings import compute_findings, render_findings, write_findings
            from helpers.io.paths import PROJECT_ROOT

            if arguments.write:
                changed = write_findings(PROJECT_ROOT / "README.md")
                print("README.md findings " + ("rewritten" if changed else "already up to date"))
            else:
                print(render_findings(compute_findings()))
        elif arguments.command == "report":
            from helpers.report import REPORT_DIR, check_report, render_report

            if arguments.check:
                problems = check_report(arguments.out or REPORT_DIR)
                for problem in problems:
                    print(f"report-check: {problem}", file=sys.stderr)
                return 1 if problems else 0
            for path in render_report(out_dir=arguments.out or REPORT_DIR):
                print(f"wrote {relative_to_project(path)}")
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 3 if isinstance(error, OutputError) else 2
    except OSError as error:
        print(f"error: {_os_error_message(error, None)}", file=sys.stderr)
        return 3
    return 0


def _os_error_message(error: OSError, out_dir: Path | None) -> InputError:
    """The message for an OS error: about ``out_dir`` when it happened there (or is a full disk), else about the
    file it names. The first error of a chain is reported (a failed clean-up must not hide what went wrong)."""
    import errno

    first = first_os_error(error) or error
    inside_out = False
    if out_dir is not None:
        target = Path(str(first.filename)).absolute() if first.filename else None
        out = Path(out_dir).absolute()
        inside_out = target is None or target == out or out in target.parents or target in out.parents
    if out_dir is not None and (inside_out or first.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS)):
        message = output_error(first, Path(out_dir), f"--out {out_dir}")
    else:
        where = str(first.filename) if first.filename else "input"
        message = OutputError(where, f"cannot be read ({first.strerror or first})",
                              "Check that the file exists and is readable")
    if first is not error:
        message = OutputError(message.where, f"{message.problem} (cleaning up afterwards failed too: "
                                             f"{error.strerror or error})", message.fix)
    return message


if __name__ == "__main__":
    sys.exit(main())
