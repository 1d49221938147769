"""What every findings module shares: reading a processed table, and writing numbers and lists as prose.

Findings are sentences computed from the tables, so they hold for any corpus: an empty table gives a sentence that
says so, never an error, and a count of one is written in the singular.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

CURRENCIES = ("EUR", "USD", "CNY")
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


def format_amount(value: float, unit: str, signed: bool = False) -> str:
    """A value in its unit for prose: ``75 million EUR``, ``220,000 m²``, ``300``; ``+600 million EUR`` if signed."""
    sign = ("+" if value > 0 else "−" if value < 0 else "") if signed else ("−" if value < 0 else "")
    size = abs(value)
    if unit in CURRENCIES:
        if size >= 1e9:
            return f"{sign}{size / 1e9:g} billion {unit}"
        if size >= 1e6:
            return f"{sign}{size / 1e6:g} million {unit}"
        return f"{sign}{size:,.0f} {unit}"
    if unit == "m2":
        return f"{sign}{size:,.0f} m²"
    if unit == "percent":
        return f"{sign}{size:g}%"
    return f"{sign}{size:,.0f}" + ("" if unit == "count" else f" {unit}")


def article_label(row) -> str:
    """An article named for a reader: ``AWEX (2018-12)``."""
    return f"{row['outlet_short']} ({row['published']})"


def bullets(lines: list[str]) -> str:
    """Markdown bullets, one per finding."""
    return "\n".join(f"- {line}" for line in lines)


VERDICT_PRIORITY = {"conflicting": 0, "consistent": 1, "not comparable": 2}
"""Which comparisons prose shows first when there are too many to list: conflicts, then agreements."""


def pick_comparisons(consistency: pd.DataFrame, limit: int = 4) -> tuple[pd.DataFrame, str]:
    """The comparisons to spell out, in table order, and a sentence on the others (``""`` when all are shown).

    At most ``limit``: each metric family's most telling comparison first (a conflict, else an agreement), then
    the next of each family, and so on."""
    if len(consistency) <= limit:
        return consistency, ""
    ranked = consistency.assign(
        _priority=consistency["verdict"].map(VERDICT_PRIORITY).fillna(len(VERDICT_PRIORITY)),
        _order=range(len(consistency)))
    ranked = ranked.assign(_rank=ranked.sort_values(["_priority", "_order"]).groupby("metric_family").cumcount())
    shown = ranked.sort_values(["_rank", "_priority", "_order"]).head(limit).sort_values("_order")
    rest = consistency.drop(index=shown.index)
    counts = rest["verdict"].value_counts()
    summary = (f"{count(len(rest), 'more comparison')} "
               f"({join(f'{n} {verdict}' for verdict, n in sorted(counts.items()))}) are in "
               "`data/processed/figure_consistency.csv` and notebook 04.")
    return shown.drop(columns=["_priority", "_rank", "_order"]), summary
