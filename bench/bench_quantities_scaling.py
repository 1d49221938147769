"""Benchmark: seconds per MB of the quantity scanner and the date rules, by text size and shape.

For each shape, a text of about 10 kB, 100 kB and 1 MB (10 MB with ``--max-mb 10``) is read once by
:func:`helpers.extract.quantities.quantity_rows` (English rules, and the rules of the shape's language) and by
:func:`helpers.extract.dates.date_rows`; the best of ``--rounds`` runs is reported as seconds per MB. Linear cost
shows as a flat column from 10 kB to 1 MB. Shapes:

- ``prose``: the five seed articles and the two Dutch benchmark texts, concatenated and repeated;
- ``number-words``: one long run of spelled-out numbers ("one two three ... one two three ...");
- ``glued-words``: one Dutch number word glued to itself ("achttienachttien...") with a letter at the end;
- ``long-spaces``: "300", 5,000 spaces, "jobs", repeated (read as no quantity: a number and its noun are at most
  a few spaces apart);
- ``digit-separators``: "1,1,1,1,..." and "1 000 000 ..." runs;
- ``date-spaces``: "this", a long run of spaces and new lines, "year", repeated.

Run: ``.venv/bin/python bench/bench_quantities_scaling.py`` (``--max-mb 10`` for the 10 MB row).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from helpers.extract.dates import date_rows  # noqa: E402
from helpers.extract.quantities import quantity_rows  # noqa: E402


def _prose() -> str:
    files = sorted((ROOT / "data" / "raw" / "articles").glob("*.txt")) + sorted(
        (ROOT / "bench" / "gold-nl" / "texts").glob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in files) + "\n\n"


SHAPES = {
    "prose": ("en", lambda: _prose()),
    "number-words": ("en", lambda: "one two three four five six seven eight nine ten eleven twelve "),
    "glued-words": ("nl", lambda: "achttien" * 1000 + "x "),
    "long-spaces": ("en", lambda: "300" + " " * 5_000 + "jobs. "),
    "digit-separators": ("fr", lambda: "1," * 5000 + " et " + "1 000 " * 2000 + "emplois. "),
    "date-spaces": ("en", lambda: "this" + " \n" * 2_500 + "year. "),
}


def _text(unit: str, size: int) -> str:
    return (unit * (size // max(1, len(unit.encode("utf-8"))) + 1))[:size]


def _best(fn, text: str, rounds: int) -> float:
    best = math.inf
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=float, default=1.0, help="largest text size in MB (1 or 10)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    sizes = [10_000, 100_000, 1_000_000] + ([10_000_000] if args.max_mb >= 10 else [])
    print("seconds per MB (best of %d); columns: text size" % args.rounds)
    header = f"{'shape':18} {'reader':22}" + "".join(f"{s // 1000:>10} kB" for s in sizes)
    print(header)
    for shape, (lang, make) in SHAPES.items():
        unit = make()
        texts = [_text(unit, size) for size in sizes]
        readers = {
            "quantities (en)": lambda t: quantity_rows(t, "en"),
            f"quantities ({lang})": lambda t, lang=lang: quantity_rows(t, lang),
            "dates": lambda t: date_rows(t, "2021-05", lang),
        }
        for name, fn in readers.items():
            cells = []
            for text in texts:
                mb = len(text.encode("utf-8")) / 1e6
                cells.append(f"{_best(fn, text, args.rounds) / mb:13.3f}")
            print(f"{shape:18} {name:22}" + "".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
