"""Findings of notebook 01 (the corpus at a glance), written from ``articles.csv`` and ``paragraphs.csv``."""

from __future__ import annotations

from pathlib import Path

from helpers.findings.common import LANGUAGE_NAMES, bullets, count, join, languages, numbers, read_table
from helpers.io.paths import PROCESSED_DIR


def corpus_findings(processed_dir: Path = PROCESSED_DIR) -> str:
    """Markdown bullets: outlets and dates, languages, how each date was established, page furniture."""
    articles = read_table(processed_dir, "articles.csv")
    if articles.empty:
        return bullets(["The catalog lists no article yet: add one with `python -m helpers add`."])
    articles = numbers(articles, "furniture_share").sort_values(["published_first", "file"])
    first, last = articles.iloc[0], articles.iloc[-1]
    translated = articles.loc[(articles["original_language"] != "")
                              & (articles["original_language"] != articles["language"])]
    origins = join(f"{row.outlet_short}, from {LANGUAGE_NAMES.get(row.original_language, row.original_language)}"
                   for row in translated.itertuples())
    lines = [
        f"{count(len(articles), 'article')} from {count(articles['outlet'].nunique(), 'outlet')}, published between "
        f"{first['published']} ({first['outlet_short']}) and {last['published']} ({last['outlet_short']}): "
        f"{languages(articles['language'])}."
        + (f" {count(len(translated), 'is a translation', 'are translations')} ({origins})." if origins else ""),
        _dates(articles),
        _furniture(articles),
    ]
    unsupported = articles.loc[articles["language_supported"] != "True"]
    if len(unsupported):
        listed = join(f"{row.outlet_short}: {row.language}" for row in unsupported.itertuples())
        lines.append(f"{count(len(unsupported), 'article')} in a language the reading rules do not cover "
                     f"({listed}): loaded and measured, but no figures or speakers are read from them.")
    return bullets(lines)


def _dates(articles) -> str:
    precision = articles["published_precision"].value_counts()
    by_day = articles.loc[articles["published_precision"] == "day"]
    coarse = join(count(int(precision[level]), f"to the {level}", f"to the {level}")
                  for level in ("month", "year") if level in precision)
    if by_day.empty:
        return f"No article carries a full date in its text; they are dated {coarse}, from evidence quoted in the " \
               "catalog (`published_basis`)."
    days = join(f"{row.outlet_short}, {row.published}" for row in by_day.itertuples())
    sentence = f"{count(len(by_day), 'article carries', 'articles carry')} a full date ({days})"
    if coarse:
        sentence += f"; the others are dated {coarse}, from evidence quoted in the catalog (`published_basis`)"
    return sentence + "."


def _furniture(articles) -> str:
    ordered = articles.sort_values(["furniture_share", "file"])
    least, most = ordered.iloc[0], ordered.iloc[-1]
    with_none = int((articles["furniture_share"] == 0).sum())
    none = "every page has some" if with_none == 0 else f"{with_none} of {len(articles)} pages {'has' if with_none == 1 else 'have'} none"
    return (f"Page furniture (newsletter prompts, \"read also\" teasers, social links...) ranges from "
            f"{least['furniture_share']:.0%} of the page ({least['outlet_short']}) to {most['furniture_share']:.0%} "
            f"({most['outlet_short']}); {none}. It is separated by general rules, never by editing the text.")
