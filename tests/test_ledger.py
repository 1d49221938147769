"""The ledger (positions per measure), the moves between them, and each claim against its measure's positions.

Small corpora written for these tests (several sources, revisions, promises and counts over years), then the
project's own tables: the three statements issue 14 requires of the five articles.
"""

from __future__ import annotations

import math
import time

import pandas as pd
import pytest

from helpers.claims.consistency import CONSISTENCY_COLUMNS, build_consistency, build_ledger_tables
from helpers.claims.ledger import LEDGER_COLUMNS, build_ledger
from helpers.claims.moves import MOVE_COLUMNS, build_moves, headline
from helpers.extract.dates import publication_interval
from helpers.io.paths import PROCESSED_DIR


def claim(n, measure, value, status, published, outlet="Le Soir", actor="", unit=None, low=None, high=None,
          value_high=math.nan, refers=None):
    """One row of claims.csv, with what the ledger reads."""
    unit = unit or {"jobs": "count", "investment": "EUR", "site_area": "m2"}.get(measure, "count")
    metric = {"jobs": {"promised": "jobs_expected", "realised": "jobs_created"}.get(status, "jobs")}.get(measure,
                                                                                                        measure)
    first, last, _ = publication_interval(published)
    refers = refers or ((first.isoformat(), "") if status == "promised" else (first.isoformat(), last.isoformat()))
    return {"claim_id": f"a{n:03d}:{n}", "file": f"a{n:03d}.txt", "start": n, "end": n + 3, "surface": str(value),
            "outlet_short": outlet, "published": published, "metric": metric,
            "metric_family": "jobs" if measure == "jobs" else measure, "value": float(value),
            "value_high": value_high, "unit": unit, "bound_low": float(value if low is None else low),
            "bound_high": float(value if high is None else high), "actor": actor,
            "source_label": actor or outlet, "status": status,
            "refers_earliest": refers[0], "refers_latest": refers[1]}


def frame(*rows):
    return pd.DataFrame(list(rows))


# -- positions ---------------------------------------------------------------------------------------------------


def test_claims_whose_bounds_agree_are_one_position_with_every_source():
    table, *_ = build_ledger(frame(
        claim(1, "site_area", 220_000, "promised", "2018-12", "AWEX"),
        claim(2, "site_area", 221_000, "promised", "2020-03", "L'Echo"),           # within rounding
        claim(3, "site_area", 220_000, "promised", "2021-05", "Politico", actor="Luc Partoune"),
        claim(4, "site_area", 150_000, "promised", "2022-01", "De Tijd")))
    assert list(table.columns) == LEDGER_COLUMNS
    assert len(table) == 2
    big = table.loc[table["value_low"] == 220_000].iloc[0]
    assert (big["n_claims"], big["n_sources"]) == (3, 3)
    assert (big["first_published"], big["last_published"]) == ("2018-12", "2021-05")
    assert big["value"] == "220,000–221,000 m²"
    assert big["speakers"] == "Luc Partoune"
    assert big["sources"].split("; ")[0] == "AWEX (2018-12)"


def test_a_promise_and_a_count_of_the_same_value_are_two_positions():
    table, *_ = build_ledger(frame(claim(1, "jobs", 300, "promised", "2019"), claim(2, "jobs", 300, "realised", "2022")))
    assert sorted(table["status"]) == ["promised", "realised"]


def test_periods_and_unknown_measures_have_no_ledger():
    rows = frame(claim(1, "period", 3, "historical", "2020", unit="year"),
                 claim(2, "other_count", 4, "unmarked", "2020"))
    table, positions, _ = build_ledger(rows)
    assert table.empty and positions == []
    assert build_moves(positions).empty and list(build_moves(positions).columns) == MOVE_COLUMNS


# -- moves -------------------------------------------------------------------------------------------------------


@pytest.fixture
def jobs_over_years():
    """Jobs at a hub from 2017 to 2024: a promise, revised down; two counts; two sources at once disagreeing."""
    return frame(
        claim(1, "jobs", 3000, "promised", "2017-06", "AWEX", actor="Jean-Claude Marcourt"),
        claim(2, "jobs", 3000, "promised", "2018-03", "Le Soir"),
        claim(3, "jobs", 900, "promised", "2020-02", "L'Echo", actor="Cainiao"),
        claim(4, "jobs", 300, "realised", "2021-09", "RTBF"),
        claim(5, "jobs", 650, "realised", "2023-02-10", "La Meuse"),
        claim(6, "jobs", 400, "realised", "2023-02", "De Standaard"))


def test_revision_gap_agreement_and_conflict_over_years(jobs_over_years):
    _, positions, _ = build_ledger(jobs_over_years)
    moves = build_moves(positions)
    kinds = moves["kind"].tolist()
    assert kinds.count("agreement") == 1            # 3000 promised by two sources
    assert kinds.count("revision") == 1             # 3000 -> 900
    revision = moves.loc[moves["kind"] == "revision"].iloc[0]
    assert (revision["from_value"], revision["to_value"]) == ("3,000", "900")
    assert revision["ratio"] == pytest.approx(0.3)
    gaps = moves.loc[moves["kind"] == "gap"]
    assert (gaps["from_value"] == "900").all()      # every count meets the latest promise before it
    assert sorted(gaps["to_value"]) == ["300", "400", "650"]
    assert kinds.count("update") == 1               # 300 counted in 2021, 400 in 2023: a later date, not a revision
    conflict = moves.loc[moves["kind"] == "conflict"]
    assert len(conflict) == 1 and {conflict.iloc[0]["from_value"], conflict.iloc[0]["to_value"]} == {"400", "650"}
    for sentence in moves["sentence"]:
        assert sentence.endswith(".") and "e+" not in sentence and ".0 " not in sentence


def test_gap_sentence_states_ratio_and_both_dates(jobs_over_years):
    _, positions, _ = build_ledger(jobs_over_years)
    moves = build_moves(positions)
    gap = moves.loc[(moves["kind"] == "gap") & (moves["to_value"] == "300")].iloc[0]
    assert "Cainiao (L'Echo, 2020-02) gives 900 (promised)" in gap["sentence"]
    assert "RTBF (2021-09) gives 300 (counted)" in gap["sentence"]
    assert "a third of the promise" in gap["sentence"]


def test_headline_states_the_finding(jobs_over_years):
    _, positions, _ = build_ledger(jobs_over_years)
    title = headline(build_moves(positions), "jobs")
    assert title.startswith("Jobs: ") and "promised" in title and "counted" in title
    assert headline(build_moves([]), "jobs") == "Jobs: one position only"


def test_money_revision_reads_in_millions():
    _, positions, _ = build_ledger(frame(claim(1, "investment", 75e6, "promised", "2018-12", "AWEX"),
                                      claim(2, "investment", 100e6, "unmarked", "2021-05", "Politico")))
    move = build_moves(positions).iloc[0]
    assert move["kind"] == "revision"
    assert (move["from_value"], move["to_value"]) == ("75 million EUR", "100 million EUR")
    assert "33% more" in move["sentence"]


def test_consistency_is_one_row_per_claim_with_a_verdict(jobs_over_years):
    table = build_consistency(jobs_over_years)
    assert list(table.columns) == CONSISTENCY_COLUMNS
    assert len(table) == len(jobs_over_years)
    verdicts = dict(zip(table["value"], table["verdict"]))
    assert verdicts[650.0] == "conflicting" and verdicts[400.0] == "conflicting"
    assert verdicts[3000.0] == "revised"
    assert verdicts[300.0] == "not comparable"
    assert "different dates" in dict(zip(table["value"], table["reason"]))[300.0]


def test_single_source_measures_are_left_out():
    table = build_consistency(frame(claim(1, "investment", 75e6, "promised", "2018-12", "AWEX"),
                                    claim(2, "investment", 80e6, "promised", "2018-12", "AWEX")
                                    | {"file": "a001.txt"}))
    assert table.empty


def _many(n: int) -> pd.DataFrame:
    """``n`` claims over 20 measures, 50 outlets and 8 years (deterministic)."""
    rows = []
    for i in range(n):
        measure = ["jobs", "investment", "site_area"][i % 3]
        value = {"jobs": 100 * (1 + i % 17), "investment": 1e6 * (1 + i % 23), "site_area": 1e4 * (1 + i % 11)}
        status = ["promised", "realised", "unmarked", "historical"][i % 4] if measure == "jobs" else "promised"
        rows.append(claim(i, measure, value[measure], status, f"{2016 + i % 8}-{1 + i % 12:02d}",
                          f"Outlet {i % 50}"))
    return frame(*rows)


def test_ledger_tables_grow_linearly():
    """Ten times the claims cost at most about ten times the CPU time and rows (never pairwise)."""
    small, large = _many(2_000), _many(20_000)
    started = time.process_time()
    tables_small = build_ledger_tables(small)
    middle = time.process_time()
    tables_large = build_ledger_tables(large)
    ended = time.process_time()
    assert len(tables_large["figure_consistency.csv"]) <= len(large)
    assert len(tables_large["figure_moves.csv"]) <= 3 * len(tables_large["figure_ledger.csv"])
    assert (ended - middle) < 25 * max(middle - started, 0.05)
    assert len(tables_small["figure_consistency.csv"]) <= len(small)


# -- the five articles -------------------------------------------------------------------------------------------


def _read(name):
    return pd.read_csv(PROCESSED_DIR / name, dtype=str, keep_default_na=False)


def test_the_five_articles_state_what_issue_14_requires():
    moves = _read("figure_moves.csv")
    revision = moves.loc[(moves["measure"] == "investment") & moves["kind"].isin(["revision", "gap"])].iloc[0]
    assert (revision["from_value"], revision["from_published"]) == ("75 million EUR", "2018-12")
    assert "AWEX" in revision["from_sources"]
    assert (revision["to_value"], revision["to_published"]) == ("100 million EUR", "2021-05")
    gap = moves.loc[(moves["measure"] == "jobs") & (moves["kind"] == "gap")].iloc[0]
    assert (gap["from_value"], gap["from_status"], gap["to_value"], gap["to_status"]) == \
        ("900", "promised", "300", "realised")
    assert gap["to_published"] == "2023-02" and float(gap["ratio"]) == pytest.approx(1 / 3, abs=1e-3)
    agreement = moves.loc[(moves["measure"] == "site_area") & (moves["kind"] == "agreement")].iloc[0]
    ledger = _read("figure_ledger.csv").set_index("position_id")
    area = ledger.loc[agreement["from_position"]]
    assert (area["value"], area["n_sources"]) == ("220,000 m²", "2")
    assert "22 ha" in agreement["sentence"]
