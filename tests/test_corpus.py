"""Loading articles: spans into the raw text, furniture separated, languages detected deterministically."""

import pandas as pd

from helpers.io.corpus import decode_article, describe_article, load_corpus, paragraph_spans
from helpers.io.paths import RAW_DIR
from tests.conftest import SEED_ARTICLES


def test_corpus_has_one_row_per_article_with_catalog_and_measures():
    corpus = load_corpus(RAW_DIR)
    articles = corpus.articles.set_index("article_id")
    assert list(articles.index) == sorted(articles.index)
    assert articles.loc["002_d57dd3b7c621859d", "author"] == "Lise Delfosse"
    assert articles.loc[[name.removesuffix(".txt") for name in SEED_ARTICLES], "language"].to_dict() == {
        "000_37e69e1a8fcb3a08": "en", "001_94c241bbd2024cc3": "en", "002_d57dd3b7c621859d": "fr",
        "003_4d256485d546a6c0": "en", "004_b92c3a2ec1e3ad4f": "fr",
    }
    assert articles.loc[articles["language"].isin(["en", "fr", "nl"]), "language_supported"].all()
    assert articles.loc["000_37e69e1a8fcb3a08", "furniture_share"] == 0.0
    assert articles.loc["002_d57dd3b7c621859d", "furniture_share"] > 0.4


def test_paragraph_spans_index_the_raw_text_and_body_excludes_furniture():
    corpus = load_corpus(RAW_DIR)
    for row in corpus.paragraphs.itertuples():
        assert corpus.texts[row.file][row.start:row.end] == row.text
    furniture = corpus.paragraphs.loc[corpus.paragraphs["is_furniture"], "text"]
    assert "mad / zap / dc / del / nrh" in set(furniture)
    assert "Retrouvez-nous sur : facebook twitter instagram youtube flickr" in set(furniture)
    body = corpus.articles.set_index("article_id").loc["001_94c241bbd2024cc3", "body"]
    assert "nrh" not in body and body.startswith("Brussels, May 7, 2021")


def test_body_spans_reassemble_the_body():
    corpus = load_corpus(RAW_DIR)
    for row in corpus.articles.itertuples():
        text = corpus.texts[row.file]
        spans = [tuple(map(int, span.split("-"))) for span in row.body_spans.split(";")]
        assert "\n".join(text[start:end] for start, end in spans) == row.body


def test_bom_and_crlf_keep_offsets_exact():
    data = "\ufeffLe hub emploie 900 personnes.\r\n\r\nÀ peine 300 emplois.\r\n".encode("utf-8")
    text = decode_article(data, "x.txt")
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in spans] == ["Le hub emploie 900 personnes.", "À peine 300 emplois."]
    assert spans[0][0] == 1


def test_language_detection_is_the_same_every_time():
    text = "Volgens minister De Croo zijn er in Luik driehonderd banen bijgekomen sinds de opening van de hub."
    first = describe_article("nl.txt", text)[0]
    again = describe_article("nl.txt", text)[0]
    assert (first["language"], first["language_probability"]) == ("nl", again["language_probability"])


def test_loading_in_parallel_gives_the_same_tables(raw_copy):
    serial = load_corpus(raw_copy, jobs=1)
    parallel = load_corpus(raw_copy, jobs=2)
    pd.testing.assert_frame_equal(serial.articles, parallel.articles)
    pd.testing.assert_frame_equal(serial.paragraphs, parallel.paragraphs)
