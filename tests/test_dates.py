"""Date expressions (en/fr/nl) resolved against publication dates of day, month and year precision."""

import pytest

from helpers.extract.dates import find_dates, interval_label, resolve_date


def one(expression, published):
    found = resolve_date(expression, published)
    assert found is not None, expression
    return found


@pytest.mark.parametrize("expression, published, earliest, latest", [
    ("Le 5 décembre 2018, deux accords étaient signés.", "2020", "2018-12-05", "2018-12-05"),
    ("Brussels, May 7, 2021 – Belgian authorities fear", "2021-05-07", "2021-05-07", "2021-05-07"),
    ("Op 3 juli 2018 bezocht Jack Ma Brussel.", "2019", "2018-07-03", "2018-07-03"),
    ("In 2018, Wallonia and Alibaba signed a contract", "2021-05-07", "2018-01-01", "2018-12-31"),
    ("lancé par Jack MA en 2016 à l'occasion du G20", "2018-12", "2016-01-01", "2016-12-31"),
    ("après la Malaisie, début 2018, et", "2018-12", "2018-01-01", "2018-04-30"),
    ("leur bonne lancée du premier semestre 2018, qui", "2018-12", "2018-01-01", "2018-06-30"),
    ("in de eerste helft van 2019 groeide de uitvoer", "2020", "2019-01-01", "2019-06-30"),
    ("eind 2019 opende het centrum", "2020", "2019-09-01", "2019-12-31"),
])
def test_absolute_dates(expression, published, earliest, latest):
    found = one(expression, published)
    assert (found["earliest"], found["latest"], found["kind"]) == (earliest, latest, "absolute")


@pytest.mark.parametrize("expression, published, earliest, latest", [
    # day-precision publication
    ("told MPs this week", "2021-05-07", "2021-05-03", "2021-05-09"),
    ("regional officials said on Friday", "2021-05-07", "2021-05-07", "2021-05-07"),
    ("a pact agreed only last year", "2021-05-07", "2020-01-01", "2020-12-31"),
    ("la semaine dernière, le ministre", "2021-05-07", "2021-04-26", "2021-05-02"),
    ("vorige week zei de minister", "2021-05-07", "2021-04-26", "2021-05-02"),
    ("it will be operational by the end of the year", "2021-05-07", "2021-05-07", "2021-12-31"),
    # month-precision publication: intervals widen
    ("is expected to come on stream this year", "2021-05", "2021-01-01", "2021-12-31"),
    ("Last week, Cogolati had already lobbied", "2021-05", "2021-04-19", "2021-05-30"),
    ("fait suite à la visite Jack MA le 3 juillet dernier", "2018-12", "2018-07-03", "2018-07-03"),
    ("A little over a year ago, the Chinese giant Alibaba moved", "2023-02", "2021-08-01", "2022-02-28"),
    ("He was the guest this February 12.", "2023-02", "2023-02-12", "2023-02-12"),
    ("de luchthaven opent eind dit jaar", "2021-05", "2021-10-01", "2021-12-31"),
    # year-precision publication
    ("Implanter cette filiale d'ici à 2021 afin de", "2020", "2020-01-01", "2021-12-31"),
    ("dit jaar komen er banen bij", "2019", "2019-01-01", "2019-12-31"),
    ("three years ago, exports fell", "2023", "2019-07-01", "2021-06-30"),
    ("drie jaar geleden", "2021", "2017-07-01", "2019-06-30"),
])
def test_relative_dates(expression, published, earliest, latest):
    found = one(expression, published)
    assert (found["earliest"], found["latest"]) == (earliest, latest)
    assert published in found["resolution"]


def test_resolution_records_how():
    found = one("this year", "2021-05")
    assert found["resolution"] == "'this year' in an article published 2021-05 -> 2021 (the publication year)"
    assert found["precision"] == "year"


def test_periods_are_flagged():
    found = one("Over the past three years, Belgian air exports have decreased", "2023-02")
    assert found["is_period"] and (found["earliest"], found["latest"]) == ("2020-02-01", "2023-02-28")
    fr = one("au cours des trois dernières années, les exportations", "2021")
    nl = one("de afgelopen drie jaar daalde de uitvoer", "2021-05")
    assert fr["is_period"] and fr["earliest"] == "2018-01-01"
    assert nl["is_period"] and nl["earliest"] == "2018-05-01"


@pytest.mark.parametrize("text", [
    "Alibaba may meet different standards",      # 'may' is a verb, not a month
    "2000 jobs were promised",                    # a count, not a year
    "Invited on the set of “It’s not every day on Sunday”, he said",  # a programme's name
    "the G20 summit and COVID-19",
    "the 220,000 square meters",
])
def test_not_dates(text):
    assert find_dates(text, "2021").empty


def test_spans_index_the_text_and_rows_are_in_order():
    text = "In 2018 they signed; last week they met; le 3 juillet dernier il est venu; vorige week ook."
    found = find_dates(text, "2018-12")
    assert list(found["start"]) == sorted(found["start"])
    for row in found.itertuples():
        assert text[row.start:row.end] == row.surface
    assert len(found) == 4


def test_interval_labels():
    assert interval_label("2021-01-01", "2021-12-31") == "2021"
    assert interval_label("2021-05-01", "2021-05-31") == "2021-05"
    assert interval_label("2018-01-01", "2018-06-30") == "2018-H1"
    assert interval_label("2021-05-07", "2021-05-07") == "2021-05-07"
    assert interval_label("2021-04-19", "2021-05-30") == "2021-04-19..2021-05-30"


def test_unusual_spellings_of_month_names_are_read_or_skipped_never_raised():
    from helpers.extract.dates import find_dates

    found = find_dates("Op 3 ſeptember 2019 kwam hij; le 31 février 2020 n'existe pas; last ſunday.", "2020-06")
    assert found.loc[found["surface"].str.contains("eptember"), "earliest"].tolist() == ["2019-09-03"]
    # 31 February does not exist: the month is all that can be read
    assert found.loc[found["surface"] == "février 2020", ["earliest", "latest"]].values.tolist() == [
        ["2020-02-01", "2020-02-29"]]
    assert "last ſunday" in set(found["surface"])


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-/ſİıéû")) | st.characters(), max_size=80)
       .map(lambda noise: f"{noise} le 3 juillet dernier, May 7, 2021, {noise} vorige week, in 2016 {noise}"))
def test_find_dates_never_raises_and_spans_are_exact(text):
    from helpers.extract.dates import find_dates

    found = find_dates(text, "2021-05")
    for row in found.itertuples():
        assert text[row.start:row.end] == row.surface


@pytest.mark.parametrize("expression, published, earliest, latest", [
    ("Das Abkommen wurde am 7. März 2021 unterzeichnet.", "2022", "2021-03-07", "2021-03-07"),
    ("Im März 2020 begann der Bau.", "2022", "2020-03-01", "2020-03-31"),
    ("Vor drei Jahren kam Alibaba nach Lüttich.", "2021-05", "2017-11-01", "2018-11-30"),
    ("Im vergangenen Jahr wuchs der Umschlag.", "2021-05", "2020-01-01", "2020-12-31"),
    ("Die Halle soll bis 2025 fertig sein.", "2021-05", "2021-05-01", "2025-12-31"),
    ("Anfang 2019 begann der Bau.", "2018-12", "2019-01-01", "2019-04-30"),
    ("Seit 2016 wächst der Flughafen.", "2021", "2016-01-01", "2021-12-31"),
    ("Im dritten Quartal 2019 sank der Umsatz.", "2020", "2019-07-01", "2019-09-30"),
])
def test_german_dates(expression, published, earliest, latest):
    found = one(expression, published)
    assert (found["earliest"], found["latest"]) == (earliest, latest)
    assert found["lang"] in ("de", "")


def test_each_date_row_names_its_rule_and_the_language_of_its_cue():
    from helpers.extract.dates import date_rows

    rows = date_rows("L'an dernier, last year and vorig jaar.", "2021-05", "fr")
    assert [(r["rule"], r["lang"]) for r in rows] == [("relative_period", "fr"), ("relative_period", "en"),
                                                      ("relative_period", "nl")]


def test_white_space_inside_a_date_is_bounded():
    from helpers.extract.dates import date_rows

    assert date_rows("this" + " " * 10_000 + "year", "2021-05") == []
    assert [r["surface"] for r in date_rows("this  year", "2021-05")] == ["this  year"]


def test_month_names_have_one_copy_in_the_lexicons():
    import helpers.extract.dates as dates_module
    import helpers.extract.quantity_rules as quantity_rules

    assert not hasattr(dates_module, "MONTHS") and not hasattr(quantity_rules, "_MONTHS")
