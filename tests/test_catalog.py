"""Reading and validating the catalog."""

import datetime as dt

import pytest

from helpers.io.catalog import parse_published, read_catalog
from helpers.io.errors import InputError
from helpers.io.paths import CATALOG_FILE
from tests.conftest import SEED_ARTICLES


def test_catalog_has_one_row_per_article_with_required_fields():
    catalog = read_catalog(CATALOG_FILE)
    assert set(SEED_ARTICLES) <= set(catalog["file"]) and catalog["file"].is_unique
    assert (catalog[["file", "outlet", "published"]] != "").all().all()
    seeds = catalog.loc[catalog["file"].isin(SEED_ARTICLES)]
    assert (seeds["published_basis"] != "").all()
    assert catalog.loc[catalog["file"].str.startswith("001"), "published"].item() == "2021-05-07"


@pytest.mark.parametrize("value, first, last, precision", [
    ("2021-05-07", dt.date(2021, 5, 7), dt.date(2021, 5, 7), "day"),
    ("2020-02", dt.date(2020, 2, 1), dt.date(2020, 2, 29), "month"),
    ("2018-12", dt.date(2018, 12, 1), dt.date(2018, 12, 31), "month"),
    ("2020", dt.date(2020, 1, 1), dt.date(2020, 12, 31), "year"),
])
def test_parse_published_reads_every_precision(value, first, last, precision):
    assert parse_published(value) == (first, last, precision)


@pytest.mark.parametrize("value", ["07/05/2021", "2021-13", "2021-02-30", "May 2021", ""])
def test_parse_published_refuses_other_forms(value):
    with pytest.raises(ValueError):
        parse_published(value)


def test_only_file_outlet_and_published_are_required(tmp_path):
    path = tmp_path / "catalog.csv"
    path.write_text("file,outlet,published\nnew.txt,De Standaard,2022-03-01\n", encoding="utf-8")
    catalog = read_catalog(path)
    assert catalog.loc[0, "author"] == ""
    assert catalog.loc[0, "outlet_short"] == "De Standaard"


def test_missing_required_column_is_named(tmp_path):
    path = tmp_path / "catalog.csv"
    path.write_text("file,published\nnew.txt,2022\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"catalog.csv: required column\(s\) outlet missing"):
        read_catalog(path)


def test_bad_date_names_the_row_and_file(tmp_path):
    path = tmp_path / "catalog.csv"
    path.write_text("file,outlet,published\na.txt,X,2022\nb.txt,Y,12 mars 2022\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"catalog.csv row 3 \(b.txt\): bad published date"):
        read_catalog(path)


def test_file_listed_twice_is_refused(tmp_path):
    path = tmp_path / "catalog.csv"
    path.write_text("file,outlet,published\na.txt,X,2022\na.txt,Y,2021\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"rows 2, 3: a.txt is listed more than once"):
        read_catalog(path)


def test_a_linked_catalog_is_named_by_its_own_name_not_its_target(tmp_path):
    target = tmp_path / "elsewhere" / "real-target.csv"
    target.parent.mkdir()
    target.write_text("file,published\nnew.txt,2022\n", encoding="utf-8")
    (tmp_path / "catalog.csv").symlink_to(target)
    with pytest.raises(InputError, match=r"/catalog.csv: required column\(s\) outlet missing") as caught:
        read_catalog(tmp_path / "catalog.csv")
    assert "real-target" not in str(caught.value)


def test_file_names_are_read_without_their_edge_spaces(tmp_path):
    path = tmp_path / "catalog.csv"
    path.write_text("file,outlet,published\n  new.txt ,De Standaard,2022-03-01\n", encoding="utf-8")
    assert read_catalog(path).loc[0, "file"] == "new.txt"
