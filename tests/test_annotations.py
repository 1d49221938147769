"""Hand-coded actors and statements: the files validate, each quote is verbatim, broken rows fail clearly."""

import re

import pandas as pd
import pytest


from helpers.coding import annotations as ann
from helpers.io.errors import InputError
from helpers.io.corpus import load_corpus
from helpers.io.paths import ANNOTATIONS_DIR, RAW_DIR
from tests.conftest import SEED_ARTICLES

ACTORS_CSV = ANNOTATIONS_DIR / "actors.csv"
STATEMENTS_CSV = ANNOTATIONS_DIR / "statements.csv"
CODEBOOK = ANNOTATIONS_DIR / "codebook.md"

REQUIRED_NAMES = [
    "Jonathan Holslag", "Michel Kempeneers", "Vincent Van Quickenborne", "Samuel Cogolati", "Luc Partoune",
    "Charles Michel", "Kris Peeters", "Pierre-Yves Jeholet", "Daniel Zhang", "Chinese Ambassador to Belgium",
    "Alibaba Group vice-president", "Sûreté de l'État", "Walloon regional officials", "Belgian federal authorities",
    "Watching Alibaba", "Chinese government", "EU officials", "Politico",
]


@pytest.fixture(scope="module")
def articles():
    return load_corpus(RAW_DIR).texts


@pytest.fixture(scope="module")
def actors():
    return ann.load_actors(ACTORS_CSV)


@pytest.fixture(scope="module")
def statements(articles, actors):
    return ann.load_statements(STATEMENTS_CSV, articles, actors)


def _broken_copy(tmp_path, row: int, **changes):
    """Copy statements.csv into tmp_path with data row ``row`` (1-based) changed."""
    table = pd.read_csv(STATEMENTS_CSV, dtype=str, keep_default_na=False)
    for column, value in changes.items():
        table.loc[row - 1, column] = value
    path = tmp_path / "statements.csv"
    table.to_csv(path, index=False)
    return path


def test_actors_have_the_canonical_names(actors):
    missing = [n for n in REQUIRED_NAMES if n not in set(actors["name"])]
    assert not missing


def test_every_quote_is_verbatim_at_its_span(statements, articles):
    assert len(statements) > 0
    for row in statements.itertuples():
        assert articles[row.file][row.start:row.end] == row.quote, row.statement_id


def test_every_seed_article_has_statements_and_every_statement_an_article(statements, articles):
    # Coding is optional for added articles; the five seed articles are coded.
    assert set(SEED_ARTICLES) <= set(statements["file"]) <= set(articles)


def test_statement_actors_are_known_and_unit_is_unique(statements, actors):
    assert set(statements["actor"]) <= set(actors["name"])
    assert not statements.duplicated(["file", "start", "end", "actor", "concept"]).any()


def test_vocabularies_are_used(statements):
    assert set(statements["stance"]) <= set(ann.STANCES)
    assert set(statements["concept"]) <= set(ann.CONCEPTS)
    assert set(statements["speech_type"]) <= set(ann.SPEECH_TYPES)


def _codebook_section(heading: str) -> set[str]:
    part = CODEBOOK.read_text(encoding="utf-8")
    part = part[part.index("<!-- PART II"):part.index("<!-- END PART II -->")]
    section = re.search(r"^#### " + re.escape(heading) + r".*?$(.*?)(?=^#{2,4} |\Z)", part, re.M | re.S)
    assert section, heading
    return set(re.findall(r"^- `([a-z_]+)`", section.group(1), re.M))


@pytest.mark.parametrize("heading, values", [
    ("Kinds", ann.KINDS), ("Actor types", ann.ACTOR_TYPES), ("Concepts", ann.CONCEPTS),
    ("Stances", ann.STANCES), ("Speech types", ann.SPEECH_TYPES),
])
def test_codebook_documents_exactly_the_vocabularies(heading, values):
    if heading == "Stances":  # stances are defined in decision rules, not a bullet list
        text = CODEBOOK.read_text(encoding="utf-8")
        for value in values:
            assert f"`{value}`" in text
        return
    assert _codebook_section(heading) == set(values)


def test_quote_shifted_by_one_character_names_file_row_and_nearest_match(tmp_path, articles, actors):
    table = pd.read_csv(STATEMENTS_CSV, dtype=str, keep_default_na=False)
    start, end = int(table.loc[2, "start"]), int(table.loc[2, "end"])
    path = _broken_copy(tmp_path, 3, start=str(start + 1), end=str(end + 1))
    with pytest.raises(InputError) as info:
        ann.load_statements(path, articles, actors)
    message = str(info.value)
    assert "statements.csv" in message
    assert "data row 3 (line 4" in message
    assert f"start={start}, end={end}" in message and "shifted by -1" in message


def test_quote_not_in_article_shows_closest_text(tmp_path, articles, actors):
    table = pd.read_csv(STATEMENTS_CSV, dtype=str, keep_default_na=False)
    quote = table.loc[0, "quote"]
    path = _broken_copy(tmp_path, 1, quote=quote[:10] + "X" + quote[11:])
    with pytest.raises(InputError) as info:
        ann.load_statements(path, articles, actors)
    message = str(info.value)
    assert "data row 1" in message and "closest text is at start=" in message
    assert quote[:20] in message


def test_unknown_actor_suggests_close_names(tmp_path, articles, actors):
    path = _broken_copy(tmp_path, 2, actor="Jonathan Holslagg")
    with pytest.raises(InputError, match=r"data row 2 .*unknown actor 'Jonathan Holslagg'.*'Jonathan Holslag'"):
        ann.load_statements(path, articles, actors)


def test_bad_stance(tmp_path, articles, actors):
    path = _broken_copy(tmp_path, 4, stance="positive")
    with pytest.raises(InputError, match=r"statements\.csv, data row 4 .*stance 'positive' is not in the codebook"):
        ann.load_statements(path, articles, actors)


@pytest.mark.parametrize("column, value, pattern", [
    ("concept", "economy", r"concept 'economy'"),
    ("speech_type", "quoted", r"speech_type 'quoted'"),
    ("file", "999_nothing.txt", r"unknown article file '999_nothing.txt'"),
    ("start", "abc", r"start/end must be whole numbers"),
])
def test_other_bad_values(tmp_path, articles, actors, column, value, pattern):
    path = _broken_copy(tmp_path, 5, **{column: value})
    with pytest.raises(InputError, match=r"data row 5 .*" + pattern):
        ann.load_statements(path, articles, actors)


def test_duplicate_statement_id(tmp_path, articles, actors):
    table = pd.read_csv(STATEMENTS_CSV, dtype=str, keep_default_na=False)
    path = _broken_copy(tmp_path, 6, statement_id=table.loc[0, "statement_id"])
    with pytest.raises(InputError, match=r"data row 6 .*duplicate statement_id .*also data row 1"):
        ann.load_statements(path, articles, actors)


def test_missing_column(tmp_path, articles, actors):
    table = pd.read_csv(STATEMENTS_CSV, dtype=str, keep_default_na=False).drop(columns=["speech_type"])
    path = tmp_path / "statements.csv"
    table.to_csv(path, index=False)
    with pytest.raises(InputError, match=r"statements\.csv: missing column\(s\): speech_type"):
        ann.load_statements(path, articles, actors)


def test_actor_file_errors(tmp_path):
    table = pd.read_csv(ACTORS_CSV, dtype=str, keep_default_na=False)
    broken = table.copy()
    broken.loc[1, "actor_id"] = broken.loc[0, "actor_id"]
    path = tmp_path / "actors.csv"
    broken.to_csv(path, index=False)
    with pytest.raises(InputError, match=r"actors\.csv, data row 2 .*duplicate actor_id"):
        ann.load_actors(path)
    broken = table.copy()
    broken.loc[2, "actor_type"] = "government"
    broken.to_csv(path, index=False)
    with pytest.raises(InputError, match=r"data row 3 .*actor_type 'government'"):
        ann.load_actors(path)
    broken = table.copy()
    broken.loc[0, "actor_id"] = "Jonathan Holslag"
    broken.to_csv(path, index=False)
    with pytest.raises(InputError, match=r"data row 1 .*not snake_case"):
        ann.load_actors(path)
    table.drop(columns=["kind"]).to_csv(path, index=False)
    with pytest.raises(InputError, match=r"missing column\(s\): kind"):
        ann.load_actors(path)


def test_nearest_match_reports_exact_occurrence():
    assert "start=4, end=7 (shifted by +1)" in ann.nearest_match("abc abc", "abc", start=3)


# --- cross-checks between the annotation files ------------------------------------------------------------------------


def _actor(actor_id, name, aliases):
    return {"actor_id": actor_id, "name": name, "aliases": aliases, "kind": "person", "organisation": "",
            "role": "", "actor_type": "academic", "country": "BE"}


@pytest.mark.parametrize("first, second", [
    ("Jan Peeters|Peeters", "Kris Peeters|Peeters"),          # the same alias
    ("Jan Peeters|peeters", "Kris Peeters|Peeters"),          # folded as mentions are matched: case
    ("Jan Peeters|Péeters", "Kris Peeters|Peeters"),          # accents
    ("Jan Peeters|~Peeters", "Kris Peeters|Peeters"),         # contextual for one, plain for the other
    ("Jan Peeters", "Kris Peeters|Jan Peeters"),              # another actor's canonical name
])
def test_an_alias_naming_two_actors_is_refused(first, second):
    actors = pd.DataFrame([_actor("jan_peeters", "Jan Peeters", first), _actor("kris_peeters", "Kris Peeters", second)])
    with pytest.raises(InputError, match=r"actors.csv, data row 2 .*also names .*data rows 1 and 2\). An alias must "
                                         r"name one actor"):
        ann.validate_actors(actors, source="data/annotations/actors.csv")


def test_a_title_marked_contextual_for_every_actor_may_be_shared():
    actors = pd.DataFrame([_actor("jan_peeters", "Jan Peeters", "Jan Peeters|~the minister"),
                           _actor("kris_peeters", "Kris Peeters", "Kris Peeters|~The Minister")])
    assert len(ann.validate_actors(actors)) == 2


def test_actor_references_are_checked(actors, tmp_path):
    table = pd.DataFrame({"actor": ["", "Jonathan Holslag", "Jonathan Holslagg"]})
    with pytest.raises(InputError, match=r"events.csv, data row 3 .*unknown actor 'Jonathan Holslagg'\. Did you mean "
                                         r"'Jonathan Holslag'"):
        ann.check_actor_references(table, actors, tmp_path / "events.csv")
    with pytest.raises(InputError, match=r"data row 2 .*actor 'Jonathan Holslag' is given but actors.csv is missing"):
        ann.check_actor_references(table, None, tmp_path / "quantities.csv")
    ann.check_actor_references(table.iloc[:2], actors, tmp_path / "events.csv")


def test_identifiers_must_be_unique_and_present(tmp_path):
    with pytest.raises(InputError, match=r"data row 3 .*duplicate event_id 'e1' \(also data row 1\)"):
        ann.check_unique(pd.DataFrame({"event_id": ["e1", "e2", "e1"]}), tmp_path / "events.csv", "event_id")
    with pytest.raises(InputError, match=r"data row 2 .*event_id is empty"):
        ann.check_unique(pd.DataFrame({"event_id": ["e1", " "]}), tmp_path / "events.csv", "event_id")


def test_statements_need_actors_csv_beside_them(tmp_path):
    (tmp_path / "statements.csv").write_text(",".join(ann.STATEMENT_COLUMNS) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"statements.csv: there is no actors.csv beside it"):
        ann.check_annotation_files(tmp_path)
    (tmp_path / "actors.csv").write_text(",".join(ann.ACTOR_COLUMNS) + "\n", encoding="utf-8")
    ann.check_annotation_files(tmp_path)


def test_the_project_events_and_quantities_pass_the_cross_checks(articles, actors):
    events = ann.load_events(ANNOTATIONS_DIR / "events.csv", articles, actors)
    quantities = ann.load_coded_quantities(ANNOTATIONS_DIR / "quantities.csv", articles, actors)
    assert events["event_id"].is_unique and len(quantities) > 0
