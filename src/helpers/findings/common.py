"""What every findings module shares: reading a processed table, and writing numbers and lists as prose.

Findings are sentences computed from the tables, so they hold for any corpus: an empty table gives a sentence that
says so, never an error, and a count of one is written in the singular.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.charts.format import format_amount  # noqa: F401  (the one number formatter, re-exported for prose)

LANGUAGE_NAMES = {"en": "English", "fr": "French", "nl": "Dutch", "de": "German"}
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def read_table(processed_dir: Path, name: str) -> pd.DataFrame:
    """A processed table with every column as text and empty cells as ``""`` (a missing file gives no rows)."""
    path = Path(processed_dir) / name
    if not path.is_file():
        return pd.DataFrame()
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def numbers(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """``frame`` with the given text columns read as numbers (empty cells become NaN)."""
    return frame.assign(**{column: pd.to_numeric(frame[column].replace("", None)) for column in columns})


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``"1 article"``, ``"3 articles"``, ``"0 articles"`` (``plural`` for irregular nouns)."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"


def spelled(n: int) -> str:
    """A small count in words for the start of a phrase (``"three"``), larger ones in digits."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def join(items, final: str = "and") -> str:
    """``"a"``, ``"a and b"``, ``"a, b and c"``; an empty list gives ``""``."""
    items = [str(item) for item in items]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {final} {items[-1]}"


def top(counts: pd.Series, n: int, unit: str = "") -> str:
    """The ``n`` largest entries of a count series as prose (``"AWEX (12), Holslag (8)"``), ties in name order;
    the rest summarised as ``"and k others"``."""
    ordered = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))
    shown = [f"{name} ({value}{unit})" for name, value in ordered[:n]]
    rest = len(ordered) - n
    if rest > 0:
        shown.append(count(rest, "other"))
    return join(shown)


def share(part: float, whole: float) -> str:
    """``part / whole`` as a whole percentage (``"45%"``); ``"n/a"`` when ``whole`` is 0."""
    return f"{part / whole:.0%}" if whole else "n/a"


def languages(codes: pd.Series) -> str:
    """Counts of language codes as prose, most frequent first: ``"3 in English, 2 in French"``."""
    counts = codes.value_counts()
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return join(f"{n} in {LANGUAGE_NAMES.get(code, code)}" for code, n in ordered)


def article_label(row) -> str:
    """An article named for a reader: ``AWEX (2018-12)``."""
    return f"{row['outlet_short']} ({row['published']})"


def bullets(lines: list[str]) -> str:
    """Markdown bullets, one per finding."""
    return "\n".join(f"- {line}" for line in lines)


MOVE_PRIORITY = {"conflict": 0, "gap": 1, "revision": 2, "update": 3, "agreement": 4}
"""Which moves of the figure ledger prose shows first when there are too many to list."""


def pick_moves(moves: pd.DataFrame, limit: int = 4) -> tuple[pd.DataFrame, str]:
    """The moves (``figure_moves.csv``) to spell out, in table order, and a sentence on the others (``""`` when all
    are shown).

    At most ``limit``: each measure's most telling move first (a conflict, then a gap between promise and
    realisation, a revision, an update, an agreement), then the next of each measure, and so on."""
    if len(moves) <= limit:
        return moves, ""
    ranked = moves.assign(_priority=moves["kind"].map(MOVE_PRIORITY).fillna(len(MOVE_PRIORITY)),
                          _order=range(len(moves)))
    ranked = ranked.assign(_rank=ranked.sort_values(["_priority", "_order"]).groupby("measure").cumcount())
    shown = ranked.sort_values(["_rank", "_priority", "_order"]).head(limit).sort_values("_order")
    rest = moves.drop(index=shown.index)
    counts = rest["kind"].value_counts()
    summary = (f"{count(len(rest), 'more move')} "
               f"({join(f'{n} {kind}' for kind, n in sorted(counts.items()))}) are in "
               "`data/processed/figure_moves.csv` and notebook 04.")
    return shown.drop(columns=["_priority", "_rank", "_order"]), summary
