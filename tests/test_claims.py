"""Claims: hedges, metric rules, status, flows, consistency verdicts, the claim tables, and events.csv."""

import math

import pandas as pd
import pytest

from helpers.build import build_tables
from helpers.claims.bounds import hedge_bounds
from helpers.claims.consistency import CONSISTENCY_COLUMNS, compare_claims, explain_comparison
from helpers.claims.evidence import sentence_span
from helpers.claims.flows import FLOW_COLUMNS, parse_flow
from helpers.claims.measure import classify_metric
from helpers.claims.status import classify_status
from helpers.claims.tables import CLAIM_COLUMNS, build_claim_tables
from helpers.claims.timeline import TIMELINE_COLUMNS, event_type
from helpers.io.corpus import load_corpus
from helpers.io.paths import ANNOTATIONS_DIR, RAW_DIR
from helpers.extract.quantities import extract_quantities
from tests.conftest import SEED_ARTICLES


def quantity(text, surface, lang):
    found = extract_quantities(text, lang)
    found = found.loc[found["surface"] == surface]
    if len(found):
        return found.iloc[0].to_dict()
    # a language the extractor does not read yet (German, until its numbers lexicon lands): the count as it would be
    start = text.index(surface)
    return {"start": start, "end": start + len(surface), "surface": surface, "kind": "count", "unit": "count",
            "noun": surface.split()[-1], "value": float(surface.split()[0]), "qualifier": "", "lang": lang}


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


# -- measure and status: sentence tests (the example corpus is tests/examples/<lang>/, see test_claims_examples) ----

@pytest.mark.parametrize("text, surface, lang, status, expected", [
    ("Only 120 jobs have been created at the terminal so far.", "120 jobs", "en", "realised", "jobs_created"),
    ("The operator is to create 700 jobs in the region.", "700 jobs", "en", "promised", "jobs_expected"),
    ("Le groupe va créer 500 emplois à Namur d'ici 2027.", "500 emplois", "fr", "promised", "jobs_expected"),
    ("Er zijn intussen 400 banen gecreëerd in Genk.", "400 banen", "nl", "realised", "jobs_created"),
    ("Bisher hat der Betreiber 150 Stellen geschaffen.", "150 Stellen", "de", "realised", "jobs_created"),
    ("The operator's investment of 90 million euros was welcomed by the city.", "90 million euros", "en",
     "unmarked", "investment"),
    ("Le projet représente 40 millions d'euros et 12ha de terrain.", "40 millions d'euros", "fr", "unmarked",
     "investment"),
    ("Le projet représente 40 millions d'euros et 12ha de terrain.", "12ha", "fr", "unmarked", "site_area"),
    ("Het magazijn van 30.000 vierkante meter opent in 2021.", "30.000 vierkante meter", "nl", "unmarked",
     "warehouse_area"),
    ("The airline was fined 3 million euros last year.", "3 million euros", "en", "unmarked", "fine"),
    ("Een sorteercentrum levert elk pakje binnen 48 uur.", "48 uur", "nl", "unmarked", "delivery_time"),
    ("En 2019, trois accords ont été signés à Pékin.", "trois accords", "fr", "unmarked", "agreements_signed"),
    ("The site creates 12 jobs per hectare.", "12 jobs", "en", "realised", "jobs_per_hectare"),
])
def test_metric_rules(text, surface, lang, status, expected):
    found = quantity(text, surface, lang)
    if expected.endswith("_per_hectare"):
        found["per"] = "hectare"
    assert classify_metric(text, found, lang, status)[0] == expected


def test_a_rate_is_its_own_family_and_never_a_count_of_jobs():
    from helpers.claims.measure import metric_family
    assert metric_family("jobs_per_hectare") == "jobs_per_hectare"
    assert metric_family("jobs_created") == metric_family("jobs_expected") == "jobs"


def test_every_measure_rule_names_its_evidence_in_every_language():
    from helpers.claims.evidence import fragments
    from helpers.claims.measure import RULES
    from helpers.lexicon import LANGUAGES
    for rule in RULES:
        assert rule.where in ("noun", "words", "near", "before", "after", "clause", "commas", "sentence", "surface", "subject", "per",
                              "always")
        for lang in LANGUAGES:
            assert rule.where == "always" or fragments("measures", lang, rule.cue), (rule, lang)
            assert rule.where != "subject" or fragments("measures", lang, "NUMBER_OF"), (rule, lang)


def test_flow_claim_is_directed_and_signed():
    text = ("Over the last two years, Belgian sea exports have fallen by 40 million euros, while Chinese exports to "
            "our country have grown by 300 million euros.")
    loss = text.index("40 million")
    gain = text.index("300 million")
    first = parse_flow(text, loss, loss + len("40 million euros"))
    second = parse_flow(text, gain, gain + len("300 million euros"), floor=loss + 16)
    assert (first["origin"], first["destination"], first["mode"], first["sign"]) == ("Belgium", "", "sea", -1)
    assert first["metric"] == "exports_belgium_sea_change"
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


@pytest.mark.parametrize("text, surface, lang, family, expected", [
    ("So far only 250 jobs have been created and the promises look distant.", "250 jobs", "en", "jobs", "realised"),
    ("The mayor notes that the operator is expanding as planned and should in time create 800 jobs.",
     "800 jobs", "en", "jobs", "promised"),
    ("Le centre devrait créer 600 emplois.", "600 emplois", "fr", "jobs", "promised"),
    ("250 emplois ont été créés à Charleroi.", "250 emplois", "fr", "jobs", "realised"),
    ("Het centrum zal 700 banen opleveren.", "700 banen", "nl", "jobs", "promised"),
    ("Er zijn reeds 200 banen gecreëerd.", "200 banen", "nl", "jobs", "realised"),
    ("At the time, the airline was fined 3 million euros.", "3 million euros", "en", "fine", "historical"),
    ("Dans le communiqué (dont 95% des lecteurs sont des PME), la Région promettra des aides.", "95%", "fr",
     "sme_share", "realised"),
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
    hectares = quantity("Le projet représente 40 millions d'euros et 22ha de terrain.", "22ha", "fr")
    metres = quantity("built on 220,000 square meters next to the runway", "220,000 square meters", "en")
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
    ("The minister was interviewed on the evening programme on March 3.", "March 3", "broadcast"),
    ("Le 12 mars 2019, trois accords ont été signés.", "Le 12 mars 2019", "agreement_signed"),
    ("La délégation a effectué une visite du site le 4 avril dernier.", "le 4 avril dernier", "visit"),
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
    assert list(result) == ["claims.csv", "figure_ledger.csv", "figure_moves.csv", "figure_consistency.csv",
                            "timeline.csv", "flows.csv"]
    assert list(result["claims.csv"].columns) == CLAIM_COLUMNS
    assert list(result["figure_consistency.csv"].columns) == CONSISTENCY_COLUMNS
    assert list(result["timeline.csv"].columns) == TIMELINE_COLUMNS
    assert list(result["flows.csv"].columns) == FLOW_COLUMNS
    for table in ("claims.csv", "flows.csv"):
        for row in result[table].itertuples():
            assert corpus.texts[row.file][row.start:row.end] == row.surface
    for row in result["timeline.csv"].itertuples():
        assert corpus.texts[row.file][row.date_start:row.date_end] == row.date_surface


def test_verdicts_on_the_corpus_compare_different_sources_with_a_reason(tables):
    _, result = tables
    consistency = result["figure_consistency.csv"]
    assert set(consistency["verdict"]) <= {"consistent", "conflicting", "revised", "not comparable",
                                           "no other position"}
    for row in consistency.itertuples():
        assert row.reason and row.explanation.endswith(".")
    flows = result["flows.csv"]
    assert (flows["signed_value"] == flows["value"] * flows["sign"].replace(0, 1)).all()


def test_rules_agree_with_the_hand_codes_on_most_coded_figures(tables):
    corpus, result = tables
    claims = result["claims.csv"]
    coded = claims.loc[claims["metric_source"] == "coded"]
    assert len(coded) and (coded["metric"] == coded["metric_rule"]).mean() >= 0.8


def test_tables_are_deterministic(tables):
    corpus, result = tables
    quantities = build_tables(RAW_DIR, jobs=1, annotations_dir=None)[0]["quantities.csv"]
    again = build_claim_tables(quantities, corpus.articles, corpus.texts)
    assert again["timeline.csv"]["event_id"].tolist() == build_claim_tables(
        quantities, corpus.articles, corpus.texts)["timeline.csv"]["event_id"].tolist()


def test_chart_headline_is_drawn_from_the_moves(tables):
    from helpers.claims.moves import headline

    _, result = tables
    moves = result["figure_moves.csv"]
    assert headline(moves, "jobs") == "Jobs: 300 counted in 2023-02 against 900 promised (a third of the promise)"
    assert headline(moves.iloc[0:0], "jobs") == "Jobs: one position only"


def test_every_status_rule_names_evidence_that_exists():
    from helpers.claims.status import EVIDENCE, RULES
    from helpers.claims.vocabulary import STATUSES
    for status, evidence, window in RULES:
        assert status in STATUSES and evidence in EVIDENCE and isinstance(window, str)
    assert RULES[-1][1] == "stated"  # the last rule always fires
