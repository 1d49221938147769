"""Language detection: deterministic, right on real text in the three languages, and the two detectors agree."""

from pathlib import Path

import pytest

from helpers.io.corpus import PARAGRAPH_MIN_LETTERS, load_corpus
from helpers.text.language import detect_language, detect_paragraph_language, is_supported


@pytest.mark.parametrize("text, language", [
    ("Volgens minister De Croo zijn er in Luik driehonderd banen bijgekomen sinds de opening van de hub.", "nl"),
    ("Le collectif Watching Alibaba dénonce une implantation qui irait à l’encontre du développement durable.", "fr"),
    ("Belgian authorities fear that a huge new logistics hub could represent an opportunity for spies.", "en"),
])
def test_both_detectors_read_the_three_languages(text, language):
    assert detect_language(text)[0] == language
    assert detect_paragraph_language(text)[0] == language


def test_langdetect_is_deterministic_across_calls():
    text = "Het Chinese bedrijf opent een distributiecentrum op de luchthaven van Luik."
    detect_language.cache_clear()
    first = detect_language(text)
    detect_language("Something else entirely, in English, to move the random state on.")
    detect_language.cache_clear()
    assert detect_language(text) == first


def test_too_few_letters_is_unknown():
    assert detect_language("12 / 34") == ("unknown", 0.0)
    assert detect_paragraph_language("—") == ("unknown", 0.0)
    assert not is_supported("unknown") and is_supported("nl")


def test_paragraph_detector_agrees_with_langdetect_on_every_long_paragraph_of_the_corpus():
    paragraphs = load_corpus().paragraphs
    long_ones = paragraphs.loc[paragraphs["text"].str.count(r"[^\W\d_]") >= PARAGRAPH_MIN_LETTERS]
    assert len(long_ones) >= 40
    disagreements = [text for text in long_ones["text"] if detect_language(text)[0] != detect_paragraph_language(text)[0]]
    assert disagreements == []


def test_supported_languages_are_those_with_a_lexicon():
    from helpers.lexicon import LANGUAGES
    from helpers.text.language import SUPPORTED_LANGUAGES, rules_language

    assert SUPPORTED_LANGUAGES is LANGUAGES
    assert is_supported("de") and not is_supported("es")
    assert rules_language("de") == "de" and rules_language("af") == "nl" and rules_language("es") == "en"


def test_german_is_detected():
    text = "Der chinesische Konzern eröffnet am Flughafen Lüttich ein Logistikzentrum mit rund 900 Arbeitsplätzen."
    assert detect_language(text)[0] == "de"
    assert detect_paragraph_language(text)[0] == "de"


def _texts_of_every_kind() -> list[str]:
    """Samples, paragraphs, openings and mixed lines of the seed articles and the development texts."""
    from helpers.io.paths import RAW_DIR

    root = Path(__file__).resolve().parents[1]
    files = sorted((RAW_DIR / "articles").glob("*.txt")) + sorted((root / "bench" / "dev").glob("*/texts/*.txt"))
    texts = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        texts += [text[:1000], text[:250], text[:40], *paragraphs[:4]]
    texts += ["Het hub in Luik: « Nous créons 900 emplois », sagte der Minister.", "12 345", "OK"]
    return texts


def test_the_array_detector_gives_langdetects_own_answers_and_probabilities():
    """helpers.text.langdetect_arrays is langdetect's algorithm on an array: every language and probability of
    langdetect's own detector, bit for bit, on a few hundred texts of every kind (and the same refusals)."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    from helpers.text.langdetect_arrays import detect_probabilities

    def answers(detect, text):
        try:
            return [(language.lang, language.prob) for language in detect(text)]
        except LangDetectException as error:
            return str(error)

    texts = _texts_of_every_kind()
    assert len(texts) > 300
    DetectorFactory.seed = 0
    for text in texts:
        assert answers(lambda t: detect_probabilities(t, 0), text) == answers(detect_langs, text), text[:80]
