"""extract_quantities on sentences in English, French and Dutch that are not in the corpus.

Each case gives the text, its language and the expected rows as
(surface, value, value_high or None, unit, kind, noun, qualifier).
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.extract.quantities import (
    QUANTITY_COLUMNS,
    QUANTITY_DTYPES,
    UNITS,
    detect_lang,
    empty_quantities,
    extract_quantities,
)

NBSP, NNBSP = "\u00a0", "\u202f"

CASES = [
    # -- separators -------------------------------------------------------------------------------------------
    ("fr", "Le hangar couvre 220.000 m² au total.", [("220.000 m²", 220000, None, "m2", "area", "", "")]),
    ("fr", f"Le hangar couvre 220{NBSP}000 m².", [(f"220{NBSP}000 m²", 220000, None, "m2", "area", "", "")]),
    ("fr", f"Le hangar couvre 220{NNBSP}000 m².", [(f"220{NNBSP}000 m²", 220000, None, "m2", "area", "", "")]),
    ("fr", "Le hangar couvre 220 000 m².", [("220 000 m²", 220000, None, "m2", "area", "", "")]),
    ("en", "The shed covers 220,000 m2.", [("220,000 m2", 220000, None, "m2", "area", "", "")]),
    ("nl", "Er werd 1,5 miljard euro geïnvesteerd.", [("1,5 miljard euro", 1.5e9, None, "EUR", "money", "", "")]),
    ("nl", "De boete bedraagt € 2,8 mld.", [("€ 2,8 mld", 2.8e9, None, "EUR", "money", "", "")]),
    ("nl", "De boete bedraagt 2,8 mld euro.", [("2,8 mld euro", 2.8e9, None, "EUR", "money", "", "")]),
    ("en", "Regulators fined the group $2.8bn in April.", [("$2.8bn", 2.8e9, None, "USD", "money", "", "")]),
    ("fr", "Une amende de 2,8 milliards de dollars.", [("2,8 milliards de dollars", 2.8e9, None, "USD", "money", "", "")]),
    ("fr", "Un budget de 1 500 000 euros.", [("1 500 000 euros", 1.5e6, None, "EUR", "money", "", "")]),
    ("fr", "Un budget de 1.234,5 euros.", [("1.234,5 euros", 1234.5, None, "EUR", "money", "", "")]),
    ("en", "A budget of 1,234.5 euros.", [("1,234.5 euros", 1234.5, None, "EUR", "money", "", "")]),
    ("fr", "Le projet initial : 75 M€.", [("75 M€", 75e6, None, "EUR", "money", "", "")]),
    ("en", "It raised USD 2.8 billion and EUR 75 million.", [
        ("USD 2.8 billion", 2.8e9, None, "USD", "money", "", ""),
        ("EUR 75 million", 75e6, None, "EUR", "money", "", ""),
    ]),
    ("en", "Sales reached 300 million yuan.", [("300 million yuan", 3e8, None, "CNY", "money", "", "")]),
    ("fr", "Un milliard de colis, soit 2,5 millions de colis par jour.", [
        ("2,5 millions de colis", 2.5e6, None, "count", "count", "colis", ""),
    ]),
    # -- hedges -----------------------------------------------------------------------------------------------
    ("fr", "Le site emploie environ 300 personnes.", [("300 personnes", 300, None, "count", "count", "personnes", "approx")]),
    ("fr", "On compte à peine 300 emplois.", [("300 emplois", 300, None, "count", "count", "emplois", "barely")]),
    ("fr", "Il y aura plus de 900 emplois.", [("900 emplois", 900, None, "count", "count", "emplois", "more_than")]),
    ("fr", "Près de 3 milliards d'euros.", [("3 milliards d'euros", 3e9, None, "EUR", "money", "", "nearly")]),
    ("fr", "Au moins 50 camions.", [("50 camions", 50, None, "count", "count", "camions", "at_least")]),
    ("fr", "Pas moins de 50 camions.", [("50 camions", 50, None, "count", "count", "camions", "at_least")]),
    ("fr", "Quelque 40 hectares.", [("40 hectares", 400000, None, "m2", "area", "", "approx")]),
    ("fr", "Une livraison en 48 heures maximum.", [("48 heures", 48, None, "hour", "duration", "", "at_most")]),
    ("fr", "Jusqu'à 1 000 emplois.", [("1 000 emplois", 1000, None, "count", "count", "emplois", "at_most")]),
    ("nl", "Er zijn ongeveer 300 banen.", [("300 banen", 300, None, "count", "count", "banen", "approx")]),
    ("nl", "Er komen meer dan 900 banen.", [("900 banen", 900, None, "count", "count", "banen", "more_than")]),
    ("nl", "Er komen bijna 1.000 banen.", [("1.000 banen", 1000, None, "count", "count", "banen", "nearly")]),
    ("nl", "Amper 12 vrachtwagens.", [("12 vrachtwagens", 12, None, "count", "count", "vrachtwagens", "barely")]),
    ("nl", "Minstens 5 hectare.", [("5 hectare", 50000, None, "m2", "area", "", "at_least")]),
    ("en", "It hired at least 50 people.", [("50 people", 50, None, "count", "count", "people", "at_least")]),
    ("en", "It promises up to 1,000 jobs.", [("1,000 jobs", 1000, None, "count", "count", "jobs", "at_most")]),
    ("en", "It was fined nearly $ 3 billion.", [("$ 3 billion", 3e9, None, "USD", "money", "", "nearly")]),
    ("en", "Barely 200 jobs exist.", [("200 jobs", 200, None, "count", "count", "jobs", "barely")]),
    ("en", "Some 40 flights a week.", [("40 flights", 40, None, "count", "count", "flights", "approx")]),
    ("en", "Fewer than 10 officials.", [("10 officials", 10, None, "count", "count", "officials", "less_than")]),
    ("en", "No more than 10 officials.", [("10 officials", 10, None, "count", "count", "officials", "at_most")]),
    ("en", "It takes 72 hours or more.", [("72 hours", 72, None, "hour", "duration", "", "at_least")]),
    ("en", "Over the past five years, 10 firms left.", [
        ("five years", 5, None, "year", "duration", "", ""),
        ("10 firms", 10, None, "count", "count", "firms", ""),
    ]),
    # -- number words -----------------------------------------------------------------------------------------
    ("nl", "Het project duurt drie jaar.", [("drie jaar", 3, None, "year", "duration", "", "")]),
    ("nl", "Er werken tweeëntwintig mensen.", [("tweeëntwintig mensen", 22, None, "count", "count", "mensen", "")]),
    ("fr", "Les deux accords ont été signés.", [("deux accords", 2, None, "count", "count", "accords", "")]),
    ("fr", "Un bail de vingt-cinq ans.", [("vingt-cinq ans", 25, None, "year", "duration", "", "")]),
    ("fr", "Quatre-vingt-dix camions.", [("Quatre-vingt-dix camions", 90, None, "count", "count", "camions", "")]),
    ("en", "Eight senior officials were banned.", [("Eight senior officials", 8, None, "count", "count", "officials", "")]),
    ("en", "Three Belgian MPs and twenty-five diplomats.", [
        ("Three Belgian MPs", 3, None, "count", "count", "MPs", ""),
        ("twenty-five diplomats", 25, None, "count", "count", "diplomats", ""),
    ]),
    ("en", "It will take two hundred and fifty days.", [("two hundred and fifty days", 250, None, "day", "duration", "", "")]),
    ("en", "It took one year; one official resigned.", [("one year", 1, None, "year", "duration", "", "")]),
    # -- ranges -----------------------------------------------------------------------------------------------
    ("fr", "Il faudra de 20 à 25 emplois.", [("20 à 25 emplois", 20, 25, "count", "count", "emplois", "range")]),
    ("fr", "Entre 20 et 25 pour cent.", [("20 et 25 pour cent", 20, 25, "percent", "percent", "", "range")]),
    ("en", "They expect 20 to 25 jobs.", [("20 to 25 jobs", 20, 25, "count", "count", "jobs", "range")]),
    ("en", "A 20-25% rise.", [("20-25%", 20, 25, "percent", "percent", "", "range")]),
    ("en", "A 20–25 % rise.", [("20–25 %", 20, 25, "percent", "percent", "", "range")]),
    ("en", "Between 20 and 25 million euros.", [("20 and 25 million euros", 20e6, 25e6, "EUR", "money", "", "range")]),
    ("en", "From $20m to $25m.", [("$20m to $25m", 20e6, 25e6, "USD", "money", "", "range")]),
    ("nl", "Een groei van tussen 20 en 25 procent.", [("20 en 25 procent", 20, 25, "percent", "percent", "", "range")]),
    ("nl", "Van 20 tot 25 banen.", [("20 tot 25 banen", 20, 25, "count", "count", "banen", "range")]),
    ("en", "About 20 to 25 jobs.", [("20 to 25 jobs", 20, 25, "count", "count", "jobs", "approx")]),
    # -- compounds and other units ----------------------------------------------------------------------------
    ("en", "A 50-year lease on the site.", [("50-year", 50, None, "year", "duration", "", "")]),
    ("en", "A 24-hour service.", [("24-hour", 24, None, "hour", "duration", "", "")]),
    ("fr", "Le site fait 22ha.", [("22ha", 220000, None, "m2", "area", "", "")]),
    ("en", "A 1.5 million square metre park.", [("1.5 million square metre", 1.5e6, None, "m2", "area", "", "")]),
    ("en", "It is 3 km² in all.", [("3 km²", 3e6, None, "m2", "area", "", "")]),
    ("nl", "Een hal van 12.000 vierkante meter.", [("12.000 vierkante meter", 12000, None, "m2", "area", "", "")]),
    ("fr", "Un entrepôt de 30 000 mètres carrés.", [("30 000 mètres carrés", 30000, None, "m2", "area", "", "")]),
    ("en", "It lies 25 km from the city and carries 5 tonnes.", [
        ("25 km", 25, None, "km", "length", "", ""),
        ("5 tonnes", 5, None, "tonne", "mass", "", ""),
    ]),
    ("en", "Exports rose 15 per cent, or 0.5 percentage points.", [
        ("15 per cent", 15, None, "percent", "percent", "", ""),
        ("0.5 percentage points", 0.5, None, "percentage_point", "percent", "", ""),
    ]),
    ("fr", "Une hausse de 98 pour cent en six mois.", [
        ("98 pour cent", 98, None, "percent", "percent", "", ""),
        ("six mois", 6, None, "month", "duration", "", ""),
    ]),
    ("nl", "Binnen 48 uur en 3 weken later.", [
        ("48 uur", 48, None, "hour", "duration", "", ""),
    ]),
    ("en", "2000 jobs were created in 2018.", [("2000 jobs", 2000, None, "count", "count", "jobs", "")]),
    ("nl", "Sinds 2016 werken er 2000 mensen.", [("2000 mensen", 2000, None, "count", "count", "mensen", "")]),
    ("en", "It ships 300 000 parcels a day.", [("300 000 parcels", 300000, None, "count", "count", "parcels", "")]),
    ("fr", "Ils sont 900 emplois directs.", [("900 emplois", 900, None, "count", "count", "emplois", "")]),
    ("en", "300 new jobs.", [("300 new jobs", 300, None, "count", "count", "jobs", "")]),
    ("fr", "Il a traité 1,4 million de tonnes de fret.", [("1,4 million de tonnes", 1.4e6, None, "tonne", "mass", "", "")]),
    ("nl", "Er kwamen 300 banen bij, terwijl er 900 beloofd waren.", [
        ("300 banen", 300, None, "count", "count", "banen", ""),
        ("900", 900, None, "count", "count", "banen", ""),  # elided noun after the partitive "er"
    ]),
    ("en", "It has 600 staff; 3 out of 4 firms and 1 in 5 parcels.", [("600 staff", 600, None, "count", "count", "staff", "")]),
    ("nl", "Slechts 3 op de 4 bedrijven en zo'n 1,2 miljoen pakjes.", [("1,2 miljoen pakjes", 1.2e6, None, "count", "count", "pakjes", "approx")]),
]

NOT_QUANTITIES = [
    ("fr", "Les accords ont été signés le 5 décembre 2018 à Liège."),
    ("fr", "Le 3 juillet dernier, Jack Ma est venu."),
    ("fr", "En 2016, lors du G20 à Hangzhou, et au premier semestre 2018."),
    ("fr", "C'est le 3e eWTP Hub après la Malaisie, début 2018."),
    ("fr", "Rendez-vous à 14h30, puis à 14 h."),
    ("fr", "Il y a trois ans, la société est arrivée."),
    ("fr", "Un an plus tard, une entreprise est venue."),
    ("en", "The deal was signed on May 7, 2021 at 10:00."),
    ("en", "In 2016, the G20 met; COVID-19 came later; see TMall.com."),
    ("en", "On February 12, the 1st report was out, and the 2018 elections."),
    ("en", "Three years ago, the firm arrived."),
    ("en", "The 3 of them met at 10 am in room 12."),
    ("en", "Version 1.0.9, open 24/7, dated 07/05/2021, call +32 4 123 45 67, 3D and 5G."),
    ("en", "A year later, one of them left, and no one knows."),
    ("nl", "Op 3 juli 2018 om 14u30 werd het akkoord getekend."),
    ("nl", "Sinds 2016 en in het jaar 2020 groeide het."),
    ("nl", "Drie jaar geleden kwam een bedrijf naar Luik."),
    ("nl", "Om 10 uur begon de vergadering."),
    ("en", "The fine was 2.8 billion."),
    ("en", "1990s trade, the 80s and 4th place."),
]

ODD_INPUTS = ["", "   ", "\n\t\r\n", "😀🚀💶", "€", "$", "%", "m²", "1", "-", "2,", ".5", "\u00a0\u202f", "\x00\x01",
              "\ud800", "9" * 400, "1," * 200, "€" * 50 + "5", "à peine", "between and", "de à"]


def _rows(frame: pd.DataFrame):
    out = []
    for r in frame.itertuples():
        high = None if math.isnan(r.value_high) else r.value_high
        out.append((r.surface, r.value, high, r.unit, r.kind, r.noun, r.qualifier))
    return out


def _approx_rows(rows):
    return [
        (s, pytest.approx(v, rel=1e-9), None if h is None else pytest.approx(h, rel=1e-9), u, k, n, q)
        for s, v, h, u, k, n, q in rows
    ]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_reads_quantities(lang, text, expected):
    frame = extract_quantities(text, lang)
    assert _rows(frame) == _approx_rows(expected)
    for r in frame.itertuples():
        assert text[r.start:r.end] == r.surface
        assert r.lang == lang
        assert r.unit in UNITS and UNITS[r.unit] == r.kind


@pytest.mark.parametrize(("lang", "text"), NOT_QUANTITIES, ids=[c[1][:40] for c in NOT_QUANTITIES])
def test_dates_years_times_names_are_not_quantities(lang, text):
    frame = extract_quantities(text, lang)
    assert frame.empty, frame.to_string()


@pytest.mark.parametrize("text", ODD_INPUTS, ids=[repr(t[:12]) for t in ODD_INPUTS])
@pytest.mark.parametrize("lang", ["en", "fr", "nl", None, "zz"])
def test_odd_input_never_raises(text, lang):
    frame = extract_quantities(text, lang)
    assert list(frame.columns) == list(QUANTITY_COLUMNS)
    for r in frame.itertuples():
        assert text[r.start:r.end] == r.surface


def test_empty_result_has_columns_and_dtypes():
    frame = extract_quantities("No numbers here.", "en")
    assert frame.empty
    assert list(frame.columns) == list(QUANTITY_COLUMNS)
    assert {c: str(t) for c, t in frame.dtypes.items()} == {c: str(pd.Series([], dtype=t).dtype) for c, t in QUANTITY_DTYPES.items()}
    assert empty_quantities().dtypes.equals(frame.dtypes)


def test_non_empty_result_dtypes_match_empty():
    frame = extract_quantities("It hired 300 people for 2 years.", "en")
    assert len(frame) == 2
    assert frame.dtypes.equals(empty_quantities().dtypes)
    assert frame["start"].tolist() == sorted(frame["start"].tolist())


def test_non_string_is_a_type_error():
    with pytest.raises(TypeError):
        extract_quantities(None)  # type: ignore[arg-type]


def test_language_is_detected_and_unknown_falls_back_to_english():
    fr = "Le géant chinois a investi 75 millions d'euros dans un entrepôt de 22 hectares près de l'aéroport."
    nl = "De Chinese reus investeert 75 miljoen euro in een loods van 22 hectare bij de luchthaven van Luik."
    en = "The Chinese giant invested 75 million euros in a 22-hectare warehouse near the airport in Liège."
    assert detect_lang(fr) == "fr" and detect_lang(nl) == "nl" and detect_lang(en) == "en"
    assert extract_quantities(nl)["lang"].tolist() == ["nl", "nl"]
    assert extract_quantities(nl)["value"].tolist() == [75e6, 220000.0]
    assert detect_lang("") == "en" and detect_lang("12 345") == "en"
    german = extract_quantities("Die Firma investierte 75 Mio. € und 22 ha.", "de")
    assert german["lang"].unique().tolist() == ["de"]
    assert german["surface"].tolist() == ["75 Mio. €", "22 ha"]
    other = extract_quantities("La empresa invirtió 22 ha.", "es")
    assert other["lang"].tolist() == ["en"] and other["surface"].tolist() == ["22 ha"]
    assert extract_quantities("Il a 300 emplois.", "fr-BE")["lang"].tolist() == ["fr"]


def test_language_rules_decide_separators():
    assert extract_quantities("2,800 jobs", "en")["value"].tolist() == [2800.0]
    assert extract_quantities("2,800 emplois", "fr")["value"].tolist() == [2.8]
    assert extract_quantities("2.800 banen", "nl")["value"].tolist() == [2800.0]
    assert extract_quantities("2.800 jobs", "en")["value"].tolist() == [2.8]
    assert extract_quantities("1.000.000 banen", "en")["value"].tolist() == [1e6]


def test_french_billion_is_ten_to_the_twelfth():
    assert extract_quantities("2 billions d'euros", "fr")["value"].tolist() == [2e12]
    assert extract_quantities("2 billion euros", "en")["value"].tolist() == [2e9]


def test_quantity_dense_text_is_read_completely():
    """A worst case, about one quantity every 30 characters, repeated: every repetition is read the same.

    Speed is measured by ``bench/bench_quantities.py``, not by a timed test."""
    sample = (
        "Today, barely 300 jobs have been created, and 75 millions d'euros et 22ha, on May 7, 2021, "
        "nearly $ 2.8 billion; Le 5 décembre 2018, deux accords étaient signés dans un délai de 72 heures maximum. "
        "De luchthaven van Luik telt ongeveer 1.500 banen en 12 hectare sinds 2016. "
    )
    text = sample * 1000
    found = extract_quantities(text, "en")
    assert len(found) == 7 * 1000  # English rules: "deux accords" is French, so not read
    assert (found["start"].diff().dropna() > 0).all()


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-–%€$²mhaeuros jobsdeuxàetentreplus\u00a0\u202f\n")) | st.characters()),
       st.sampled_from(["en", "fr", "nl"]))
def test_spans_always_quote_the_text(text, lang):
    frame = extract_quantities(text, lang)
    assert list(frame.columns) == list(QUANTITY_COLUMNS)
    for r in frame.itertuples():
        assert text[r.start:r.end] == r.surface
        assert r.start < r.end
    assert frame["start"].is_monotonic_increasing


def test_belgian_dutch_range_with_a_grave():
    found = extract_quantities("De minister sprak van een risico van 10 à 15 jaar.", "nl")
    assert found[["surface", "value", "value_high", "unit", "qualifier"]].values.tolist() == [
        ["10 à 15 jaar", 10.0, 15.0, "year", "range"]]


# ------------------------------------------------------------------------------------------- German, rates, elision
GERMAN = [
    ("Das Zentrum soll rund 900 neue Arbeitsplätze schaffen.", [("900 neue Arbeitsplätze", 900, "Arbeitsplätze", "approx")]),
    ("Es gibt knapp 300 Stellen und mehr als 40 Beschäftigte.", [("300 Stellen", 300, "Stellen", "nearly"),
                                                               ("40 Beschäftigte", 40, "Beschäftigte", "more_than")]),
    ("Investiert werden 1,2 Milliarden Euro.", [("1,2 Milliarden Euro", 1.2e9, "", "")]),
    ("Ein Budget von 1.200,5 Euro.", [("1.200,5 Euro", 1200.5, "", "")]),
    ("Die Halle misst etwa 12.000 Quadratmeter auf 22 Hektar.", [("12.000 Quadratmeter", 12000, "", "approx"),
                                                                ("22 Hektar", 220000, "", "")]),
    ("Die Kosten stiegen um 5 Prozent auf bis zu 3 Mrd. Euro.", [("5 Prozent", 5, "", ""),
                                                                ("3 Mrd. Euro", 3e9, "", "at_most")]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN, ids=[t[:40] for t, _ in GERMAN])
def test_german_is_read_by_its_lexicon(text, expected):
    found = extract_quantities(text, "de")
    assert [(r.surface, r.value, r.noun, r.qualifier) for r in found.itertuples()] == [
        (s, pytest.approx(v), n, q) for s, v, n, q in expected]
    assert set(found["lang"]) == {"de"}


@pytest.mark.parametrize(("lang", "text", "surface", "per"), [
    ("en", "The zone creates 12 jobs per hectare.", "12 jobs", "hectare"),
    ("en", "The hub ships 300 000 parcels a day.", "300 000 parcels", "day"),
    ("en", "Some 40 flights each week.", "40 flights", "week"),
    ("fr", "Le centre traite 20 000 colis par jour.", "20 000 colis", "jour"),
    ("nl", "Er vertrekken 35 vrachtvliegtuigen elke nacht.", "35 vrachtvliegtuigen", "nacht"),
    ("de", "Es landen 14 Frachtflüge pro Woche.", "14 Frachtflüge", "Woche"),
])
def test_a_rate_records_its_denominator(lang, text, surface, per):
    found = extract_quantities(text, lang)
    assert found[["surface", "per"]].values.tolist() == [[surface, per]]


def test_an_article_before_a_noun_is_no_rate():
    assert extract_quantities("It hired 300 people a company spokesman said.", "en")["per"].tolist() == [""]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Volumes rose from 40,000 parcels in 2017 to 90,000 in 2021.",
     [("40,000 parcels", "parcels", "stated", ""), ("90,000", "parcels", "inherited", "to")]),
    ("en", "The firm promised 900 jobs. Only 450 have been created.",
     [("900 jobs", "jobs", "stated", ""), ("450", "jobs", "inherited", "only")]),
    ("en", "The firm promised 900 jobs. 450 have been created.",
     [("900 jobs", "jobs", "stated", ""), ("450", "jobs", "inherited", "have")]),
    ("fr", "Le site compte 650 salariés, dont à peine 280 sous contrat direct.",
     [("650 salariés", "salariés", "stated", ""), ("280", "salariés", "inherited", "à peine")]),
    ("nl", "Er kwamen 300 banen bij, terwijl er 900 beloofd waren.",
     [("300 banen", "banen", "stated", ""), ("900", "banen", "inherited", "er")]),
    ("de", "Dort arbeiten 1.100 Beschäftigte, davon knapp 40 direkt bei der Firma.",
     [("1.100 Beschäftigte", "Beschäftigte", "stated", ""), ("40", "Beschäftigte", "inherited", "knapp")]),
])
def test_an_elided_noun_is_inherited_with_its_cue(lang, text, expected):
    found = extract_quantities(text, lang)
    assert found[["surface", "noun", "noun_source", "noun_cue"]].values.tolist() == [list(e) for e in expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The 3 of them met in room 12 at 10 am."),
    ("en", "It has 600 staff; 3 out of 4 firms and 1 in 5 parcels."),
    ("en", "The firm employs 600 staff. In 2019 it moved."),
])
def test_a_bare_number_without_a_cue_is_not_a_count(lang, text):
    found = extract_quantities(text, lang)
    assert (found["noun_source"] != "inherited").all(), found.to_string()


def test_new_columns_come_last():
    assert QUANTITY_COLUMNS[:10] == ("start", "end", "surface", "value", "value_high", "unit", "kind", "noun",
                                     "qualifier", "lang")
    assert QUANTITY_COLUMNS[10:] == ("per", "noun_source", "noun_cue")


# ----------------------------------------------------------------------------------------------- bounded windows
def test_a_number_and_its_noun_are_at_most_a_few_spaces_apart():
    """issue 13: "300", 100,000 spaces and "jobs" was one quantity 100,000 characters long."""
    text = "300" + " " * 100_000 + "jobs"
    assert extract_quantities(text, "en").empty
    assert extract_quantities("300    jobs", "en")["surface"].tolist() == ["300    jobs"]


def test_a_long_run_of_number_words_is_read_in_bounded_pieces():
    text = "one two three " * 20_000
    found = extract_quantities(text + "jobs", "en")
    assert (found["end"] - found["start"]).max() < 200 if len(found) else True


def test_glued_number_words_do_not_backtrack_without_bound():
    text = "achttien" * 5_000 + "x"
    assert extract_quantities(text, "nl").empty
