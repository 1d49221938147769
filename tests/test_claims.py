"""Claims: hedges, metric rules, status, flows, consistency verdicts, the claim tables, and events.csv."""

import math

import pandas as pd
import pytest

from helpers.build import build_tables
from helpers.claims.tables import (CLAIM_COLUMNS, CONSISTENCY_COLUMNS, FLOW_COLUMNS, TIMELINE_COLUMNS,
                            build_claim_tables, classify_metric, classify_status, compare_claims, event_type,
                            explain_comparison, hedge_bounds, parse_flow, sentence_span)
from helpers.io.corpus import load_corpus
from helpers.io.paths import ANNOTATIONS_DIR, RAW_DIR
from helpers.extract.quantities import extract_quantities
from tests.conftest import SEED_ARTICLES


def quantity(text, surface, lang):
    found = extract_quantities(text, lang)
    return found.loc[found["surface"] == surface].iloc[0].to_dict()


def metric(text, surface, lang, status="unmarked"):
    return classify_metric(text, quantity(text, surface, lang), lang, status)[0]


# -- hedges -------------------------------------------------------------------------------------------------------

def test_hedge_bounds():
    assert hedge_bounds(300, "barely") == (270, 300, "barely: up to 10% under")
    assert hedge_bounds(100, "approx")[:2] == pytest.approx((90, 110))
    assert hedge_bounds(2.8e9, "nearly")[:2] == pytest.approx((2.52e9, 2.8e9))
    assert hedge_bounds(500, "more_than")[:2] == (500, math.inf)
    assert hedge_bounds(72, "at_most", kind="duration")[:2] == (0, 72)
    assert hedge_bounds(5, "at_most", kind="percent")[:2] == (-math.inf, 5)
    assert hedge_bounds(20, "range", 25)[:2] == (20, 25)
    assert hedge_bounds(75e6, "")[:2] == (75e6, 75e6)


# -- metric rules in three languages ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, lang, status, expected", [
    ("Today, barely 300 jobs have been created in Belgium.", "300 jobs", "en", "realised", "jobs_created"),
    ("Alibaba should ultimately create 900 jobs in Belgium.", "900 jobs", "en", "promised", "jobs_expected"),
    ("Alibaba va créer 900 emplois à Liège d'ici 2025.", "900 emplois", "fr", "promised", "jobs_expected"),
    ("Er zijn intussen 400 banen gecreëerd in Bierset.", "400 banen", "nl", "realised", "jobs_created"),
    ("Alibaba’s investment of 100 million euros still started to be well regarded", "100 million euros", "en",
     "unmarked", "investment"),
    ("75 millions d'euros et 22ha pour un projet initial.", "75 millions d'euros", "fr", "unmarked", "investment"),
    ("Cainiao investeert 75 miljoen euro in Luik.", "75 miljoen euro", "nl", "unmarked", "investment"),
    ("75 millions d'euros et 22ha pour un projet initial.", "22ha", "fr", "unmarked", "site_area"),
    ("Het magazijn van 30.000 vierkante meter opent in 2021.", "30.000 vierkante meter", "nl", "unmarked",
     "warehouse_area"),
    ("She was recently fined nearly $ 2.8 billion for abusing her dominant position.", "$ 2.8 billion", "en",
     "unmarked", "fine"),
    ("Alibaba kreeg een boete van 2,3 miljard euro.", "2,3 miljard euro", "nl", "unmarked", "fine"),
    ("permettre la livraison des colis internationaux dans un délai de 72 heures maximum.", "72 heures", "fr",
     "unmarked", "delivery_time"),
    ("Le 5 décembre 2018, deux accords étaient signés.", "deux accords", "fr", "unmarked", "agreements_signed"),
])
def test_metric_rules(text, surface, lang, status, expected):
    assert metric(text, surface, lang, status) == expected


def test_flow_claim_is_directed_and_signed():
    text = ("“Over the past three years, Belgian air exports have decreased and caused a loss of 60 million euros "
            "and at the same time Chinese exports to our territory have increased by 600 million euros”.")
    loss = text.index("60 million")
    gain = text.index("600 million")
    first = parse_flow(text, loss, loss + len("60 million euros"))
    second = parse_flow(text, gain, gain + len("600 million euros"), floor=loss + 16)
    assert (first["origin"], first["destination"], first["mode"], first["sign"]) == ("Belgium", "", "air", -1)
    assert first["metric"] == "exports_belgium_air_change"
    assert (second["origin"], second["destination"], second["sign"]) == ("China", "Belgium", 1)
    assert second["metric"] == "imports_from_china_change"


def test_flow_in_french_and_dutch():
    fr = "Les exportations belges vers la Chine ont baissé de 60 millions d'euros."
    q = quantity(fr, "60 millions d'euros", "fr")
    flow = parse_flow(fr, q["start"], q["end"])
    assert (flow["origin"], flow["destination"], flow["sign"]) == ("Belgium", "China", -1)
    nl = "De Chinese uitvoer naar België is met 600 miljoen euro gestegen."
    q = quantity(nl, "600 miljoen euro", "nl")
    flow = parse_flow(nl, q["start"], q["end"])
    assert (flow["origin"], flow["destination"], flow["sign"]) == ("China", "Belgium", 1)
    assert flow["metric"] == "imports_from_china_change"


# -- status ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, lang, family, expected", [
    ("Today, barely 300 jobs have been created in Belgium and the benefits are hard to see.", "300 jobs", "en",
     "jobs", "realised"),
    ("Kempeneers recalls that Alibaba is developing at the announced rate and should ultimately create 900 jobs.",
     "900 jobs", "en", "jobs", "promised"),
    ("Le hub devrait créer 900 emplois.", "900 emplois", "fr", "jobs", "promised"),
    ("300 emplois ont été créés à Liège.", "300 emplois", "fr", "jobs", "realised"),
    ("Het centrum zal 900 banen opleveren.", "900 banen", "nl", "jobs", "promised"),
    ("Er zijn reeds 300 banen gecreëerd.", "300 banen", "nl", "jobs", "realised"),
    ("She was recently fined nearly $ 2.8 billion.", "$ 2.8 billion", "en", "fine", "historical"),
    ("Alibaba’s investment of 100 million euros still started to be well regarded by Belgium, as a way of helping to "
     "recover the economy of the region, but now some of the members of the Belgian parliament have been "
     "discussing whether this will not be a way of China looking for a firmer position in Europe.",
     "100 million euros", "en", "investment", "unmarked"),
])
def test_status(text, surface, lang, family, expected):
    q = quantity(text, surface, lang)
    assert classify_status(text, q["start"], q["end"], family, "2021-05", lang=lang)[0] == expected


# -- consistency ----------------------------------------------------------------------------------------------------

def claim(metric, value, unit, status="unmarked", refers=("2021-01-01", "2021-12-31"), qualifier=""):
    low, high, _ = hedge_bounds(value, qualifier)
    return {"metric": metric, "value": value, "unit": unit, "status": status, "bound_low": low, "bound_high": high,
            "refers_earliest": refers[0], "refers_latest": refers[1]}


def test_same_area_in_hectares_and_square_metres_is_consistent():
    hectares = quantity("75 millions d'euros et 22ha pour un projet initial.", "22ha", "fr")
    metres = quantity("installed on 220,000 square meters of the airport", "220,000 square meters", "en")
    a = claim("site_area", hectares["value"], hectares["unit"], "promised", ("2018-12-01", ""))
    b = claim("site_area", metres["value"], metres["unit"])
    assert compare_claims(a, b)[0] == "consistent"


def test_two_investment_amounts_conflict():
    verdict, reason = compare_claims(claim("investment", 75e6, "EUR", "promised", ("2018-12-01", "")),
                                     claim("investment", 100e6, "EUR", refers=("2021-05-01", "2021-05-31")))
    assert verdict == "conflicting"


def test_promise_against_realisation_is_not_comparable():
    verdict, reason = compare_claims(claim("jobs_created", 300, "count", "realised", ("2023-02-01", "2023-02-28")),
                                     claim("jobs_created", 900, "count", "promised", ("2023-02-01", "")))
    assert (verdict, reason) == ("not comparable", "a promise against a realisation")


def test_rounding_and_hedges():
    assert compare_claims(claim("investment", 75e6, "EUR"), claim("investment", 76e6, "EUR"))[0] == "consistent"
    assert compare_claims(claim("fine", 2.8e9, "USD", qualifier="nearly"),
                          claim("fine", 2.6e9, "USD"))[0] == "consistent"
    assert compare_claims(claim("fine", 2.8e9, "USD"), claim("fine", 2.3e9, "EUR"))[0] == "not comparable"


def test_jobs_at_different_dates_are_not_comparable():
    a = claim("jobs_created", 300, "count", "realised", ("2023-02-01", "2023-02-28"))
    b = claim("jobs_created", 100, "count", "realised", ("2021-05-01", "2021-05-31"))
    assert compare_claims(a, b) == ("not comparable", "the figures refer to different dates")


def test_explanation_is_a_sentence_with_both_figures():
    row = {"metric_family": "investment", "verdict": "conflicting", "reason": "x"}
    for side, (label, value, surface) in {"a": ("AWEX", 75e6, "75 millions d'euros"),
                                          "b": ("News site", 100e6, "100 million euros")}.items():
        row.update({f"source_label_{side}": label, f"outlet_short_{side}": label, f"published_{side}": "2021",
                    f"value_{side}": value, f"unit_{side}": "EUR", f"surface_{side}": surface,
                    f"status_{side}": "unmarked", f"refers_{side}": "2021"})
    sentence = explain_comparison(row)
    assert "75 million EUR" in sentence and "100 million EUR" in sentence and "33%" in sentence
    assert sentence.endswith(".")


# -- events ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, date, expected", [
    ("He was the guest of the programme this February 12.", "this February 12", "broadcast"),
    ("Le 5 décembre 2018, deux accords étaient signés.", "Le 5 décembre 2018", "agreement_signed"),
    ("fait suite à la visite Jack MA le 3 juillet dernier, reçu par le Roi.", "le 3 juillet dernier", "visit"),
    ("Het distributiecentrum wordt eind dit jaar geopend.", "eind dit jaar", "opening"),
    ("Vorige week zei de minister dat het project doorgaat.", "Vorige week", "statement"),
])
def test_event_types(text, date, expected):
    start = text.index(date)
    assert event_type(text, start, start + len(date), sentence_span(text, start))[0] == expected


def test_events_csv_quotes_are_at_their_spans():
    corpus = load_corpus(RAW_DIR)
    events = pd.read_csv(ANNOTATIONS_DIR / "events.csv", dtype=str, keep_default_na=False)
    assert events["event_id"].is_unique
    for row in events.itertuples():
        text = corpus.texts[row.file]
        assert text[int(row.start):int(row.end)] == row.quote, row.event_id
        assert text[int(row.date_start):int(row.date_end)] == row.date_surface, row.event_id
        assert int(row.start) <= int(row.date_start) and int(row.date_end) <= int(row.end), row.event_id
        assert row.earliest <= row.latest and row.status in ("occurred", "expected")


# -- the tables on the real corpus ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tables():
    corpus = load_corpus(RAW_DIR)
    quantities = build_tables(RAW_DIR, jobs=1, annotations_dir=ANNOTATIONS_DIR)[0]["quantities.csv"]
    gold = pd.read_csv(ANNOTATIONS_DIR / "quantities.csv", dtype=str, keep_default_na=False)
    return corpus, build_claim_tables(quantities, corpus.articles, corpus.texts, gold=gold)


def test_tables_have_stable_columns_and_trace_to_spans(tables):
    corpus, result = tables
    assert list(result) == ["claims.csv", "figure_consistency.csv", "timeline.csv", "flows.csv"]
    assert list(result["claims.csv"].columns) == CLAIM_COLUMNS
    assert list(result["figure_consistency.csv"].columns) == CONSISTENCY_COLUMNS
    assert list(result["timeline.csv"].columns) == TIMELINE_COLUMNS
    assert list(result["flows.csv"].columns) == FLOW_COLUMNS
    for table in ("claims.csv", "flows.csv"):
        for row in result[table].itertuples():
            assert corpus.texts[row.file][row.start:row.end] == row.surface
    for row in result["timeline.csv"].itertuples():
        assert corpus.texts[row.file][row.date_start:row.date_end] == row.date_surface


def among_seeds(consistency: pd.DataFrame) -> pd.DataFrame:
    """The comparisons between two of the five seed articles (added articles bring comparisons of their own)."""
    return consistency.loc[consistency["file_a"].isin(SEED_ARTICLES) & consistency["file_b"].isin(SEED_ARTICLES)]


def test_verdicts_on_the_corpus(tables):
    _, result = tables
    seeds = among_seeds(result["figure_consistency.csv"])
    verdicts = dict(zip(seeds["metric_family"], seeds["verdict"]))
    assert len(seeds) == 3
    assert verdicts == {"investment": "conflicting", "jobs": "not comparable", "site_area": "consistent"}
    flows = result["flows.csv"].loc[lambda df: df["file"].isin(SEED_ARTICLES)]
    assert sorted(flows["signed_value"]) == [-60e6, 600e6]


def test_rules_alone_give_the_same_metrics(tables):
    corpus, result = tables
    claims = result["claims.csv"]
    assert (claims["metric"] == claims["metric_rule"]).all()


def test_tables_are_deterministic(tables):
    corpus, result = tables
    quantities = build_tables(RAW_DIR, jobs=1, annotations_dir=None)[0]["quantities.csv"]
    again = build_claim_tables(quantities, corpus.articles, corpus.texts)
    assert again["timeline.csv"]["event_id"].tolist() == build_claim_tables(
        quantities, corpus.articles, corpus.texts)["timeline.csv"]["event_id"].tolist()


def test_consistency_grows_linearly_beyond_the_pairwise_limit(tables):
    from helpers.claims.tables import PAIRWISE_LIMIT, build_consistency

    _, result = tables
    jobs = result["claims.csv"].loc[lambda df: (df["metric_family"] == "jobs") & df["file"].isin(SEED_ARTICLES)]
    copies = 3 * PAIRWISE_LIMIT // len(jobs)
    many = pd.concat([jobs.assign(file=f"copy{n:03d}_" + jobs["file"]) for n in range(copies)], ignore_index=True)
    table = build_consistency(many)
    assert len(many) > PAIRWISE_LIMIT
    assert len(table) == len(many) - 1  # each claim against the earliest one, which has its own source
    assert table["file_a"].nunique() == 1
    small = build_consistency(many.head(PAIRWISE_LIMIT))
    assert len(small) == PAIRWISE_LIMIT * (PAIRWISE_LIMIT - 1) // 2


def test_chart_headline_is_drawn_from_the_verdicts(tables):
    from helpers.charts.claims import verdict_headline

    _, result = tables
    consistency = among_seeds(result["figure_consistency.csv"])
    assert verdict_headline(consistency, ("investment", "site_area")) == \
        "Investment: conflicting; site area: consistent"
    assert verdict_headline(consistency.iloc[0:0], ("jobs",)) == "Jobs: one source only"
