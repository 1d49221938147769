"""Language detection: deterministic, right on real text in the three languages, and the two detectors agree."""

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
