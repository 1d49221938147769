"""Cells a spreadsheet would execute are neutralised (OWASP CSV injection); numbers and other cells are untouched."""

import pandas as pd
import pytest

from helpers.io.outputs import table_to_csv_bytes
from helpers.io.spreadsheet import is_plain_number, neutralise_cell, neutralise_table, restore_cell


@pytest.mark.parametrize("cell, written", [
    ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
    ("+32 4 234 84 11", "'+32 4 234 84 11"),
    ("- 30 % of the parcels", "'- 30 % of the parcels"),
    ("@cainiao", "'@cainiao"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("-60000000.0", "-60000000.0"),
    ("+3", "+3"),
    ("-1e-05", "-1e-05"),
    ("-.5", "-.5"),
    ("−60 million", "−60 million"),  # U+2212 minus: not a trigger
    ("Liège", "Liège"),
    ("", ""),
    (" =x", " =x"),
])
def test_neutralise_cell(cell, written):
    assert neutralise_cell(cell) == written
    assert restore_cell(written) == cell


@pytest.mark.parametrize("cell", ["-60000000.0", "+3", "1e-05", "-.5", "12", "3."])
def test_plain_numbers(cell):
    assert is_plain_number(cell)


@pytest.mark.parametrize("cell", ["-", "+", "-1-1", "-1,5", "-1e", "=1", "-inf", "-nan", "--1"])
def test_not_plain_numbers(cell):
    assert not is_plain_number(cell)


def test_non_text_values_and_columns_are_left_alone():
    table = pd.DataFrame({"value": [-60000000.0, 3.0], "n": [-1, 2], "flag": [True, False],
                          "mixed": ["-x", -2.5], "text": ["=1", "ok"]})
    result = neutralise_table(table)
    assert result["value"].tolist() == [-60000000.0, 3.0] and result["value"].dtype == table["value"].dtype
    assert result["n"].tolist() == [-1, 2]
    assert result["mixed"].tolist() == ["'-x", -2.5]
    assert result["text"].tolist() == ["'=1", "ok"]
    assert table["text"].tolist() == ["=1", "ok"], "the input table was changed"


def test_a_table_with_nothing_to_neutralise_is_written_unchanged():
    table = pd.DataFrame({"a": ["x", "y"], "b": [1.5, -2.0]})
    assert neutralise_table(table) is table
    assert table_to_csv_bytes(table) == b"a,b\nx,1.5\ny,-2.0\n"


def test_written_csv_holds_the_quote():
    table = pd.DataFrame({"title": ['=HYPERLINK("http://example.invalid","x")'], "value": [-1.0]})
    assert table_to_csv_bytes(table) == b'title,value\n"\'=HYPERLINK(""http://example.invalid"",""x"")",-1.0\n'
