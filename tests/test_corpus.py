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


# --- decoding: what is not a plain UTF-8 article is named precisely ---------------------------------------------------

import pytest  # noqa: E402

from helpers.io.checks import check_article_name, read_checksums, shown_path  # noqa: E402
from helpers.io.encodings import find_mojibake, is_blank, repair_mojibake, wide_encoding  # noqa: E402
from helpers.io.errors import InputError  # noqa: E402


@pytest.mark.parametrize("text", [
    "«L’ÉTÉ» À LIÈGE — CAFÉ’S «NOËL»",          # upper-case French and quotes
    "São Paulo, SÃO PAULO, Ålesund, Øresund",       # Portuguese and Nordic letters
    "Die Straße „Überführung“ – 22 ha, ±5 %",       # German
    "Ça coûte 5 € — «très cher», dit-il… Â bientôt",
    "Het kost € 2,8 miljard; één “hub”.",
])
def test_ordinary_accented_text_is_not_taken_for_mojibake(text):
    assert find_mojibake(text) is None


@pytest.mark.parametrize("good", ["Liège", "L’aéroport", "“hub” — 5 €", "Überführung", "coût à Liège", "Šid"])
def test_utf8_decoded_twice_is_found_and_repaired(good):
    for codec in ("cp1252", "latin-1"):
        try:
            bad = good.encode("utf-8").decode(codec)
        except UnicodeDecodeError:
            continue
        found = find_mojibake(bad)
        assert found is not None, (codec, bad)
        assert repair_mojibake(bad) == good


def test_mojibake_message_names_the_line_the_word_and_the_count():
    text = "Titre\nLe hub de LiÃ¨ge emploie 900 personnes Ã\u00a0LiÃ¨ge.\n"  # "à" is "Ã" and a no-break space
    with pytest.raises(InputError, match=r"x.txt line 2: 'LiÃ¨ge' looks like UTF-8 decoded twice \(mojibake, "
                                         r"meant: 'Liège'\); 3 such place\(s\)"):
        decode_article(text.encode("utf-8"), "x.txt")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"])
def test_wide_encodings_are_recognised(codec):
    text = "Le hub de Liège emploie 900 personnes.\n" * 3
    assert wide_encoding(text.encode(codec)).startswith(("UTF-16", "UTF-32"))
    with pytest.raises(InputError, match=r"file is UTF-(16|32) \("):
        decode_article(text.encode(codec), "x.txt")


def test_binary_and_utf8_are_not_taken_for_utf16():
    assert wide_encoding(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") is None
    assert wide_encoding("Liège".encode("utf-8")) is None


@pytest.mark.parametrize("text", ["", " \n", "\ufeff", "\ufeff\u200b\n", "\u00a0\u2003\u3000\u202f", "\u2060\u00ad"])
def test_blank_texts(text):
    assert is_blank(text)


def test_text_with_one_letter_is_not_blank():
    assert not is_blank("\ufeff\u200b a")


def test_check_article_name(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"x")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    assert check_article_name(tmp_path / "a.txt") is True
    assert check_article_name(tmp_path / ".DS_Store") is False
    with pytest.raises(InputError, match=r"/link.txt: is a symbolic link"):
        check_article_name(tmp_path / "link.txt")
    assert shown_path(tmp_path / "link.txt").endswith("/link.txt")


def test_read_checksums_accepts_sha256sum_output(tmp_path):
    path = tmp_path / "SHA256SUMS"
    path.write_text("a" * 64 + "  one.txt\n" + "B" * 64 + " *two words.txt\n\n", encoding="utf-8")
    assert read_checksums(path) == {"one.txt": ("a" * 64, 1), "two words.txt": ("b" * 64, 2)}


def test_read_checksums_refuses_two_digests_for_one_file(tmp_path):
    path = tmp_path / "SHA256SUMS"
    path.write_text("a" * 64 + "  one.txt\n" + "b" * 64 + "  one.txt\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"SHA256SUMS lines 1, 2: two digests for one.txt"):
        read_checksums(path)
