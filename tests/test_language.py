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


MOST_TEXTS_COMPARED = 420
"""Texts compared with langdetect's own detector (about 6 ms each): a bounded, evenly spread share of the texts of
every kind, so that the test does not grow with the development corpus."""


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

    every = _texts_of_every_kind()
    texts = every[::-(-len(every) // MOST_TEXTS_COMPARED)]  # evenly spread: every kind, however large the corpus
    assert len(texts) > 300
    DetectorFactory.seed = 0
    for text in texts:
        assert answers(lambda t: detect_probabilities(t, 0), text) == answers(detect_langs, text), text[:80]


def _articles_of_every_kind() -> list[tuple[str, str]]:
    """``(name, text)`` of real articles in en, fr, nl and de (the seed articles and every development text) and of
    articles made from them: each cut short (its first 300 and 600 characters, so the sample is near or under
    langdetect's short read), and mixed ones (the first paragraph of a text in one language followed by a text
    in another, the page furniture of one outlet around the body of another)."""
    from helpers.io.paths import RAW_DIR

    root = Path(__file__).resolve().parents[1]
    files = sorted((RAW_DIR / "articles").glob("*.txt")) + sorted((root / "bench" / "dev").glob("*/texts/*.txt"))
    real = [(path.name, path.read_text(encoding="utf-8")) for path in files]
    by_language: dict[str, list[str]] = {}
    for name, text in real:
        by_language.setdefault(name[:2], []).append(text)
    made = []
    for name, text in real:
        made += [(f"short300-{name}", text[:300]), (f"short600-{name}", text[:600])]
    languages = sorted(language for language in by_language if language in {"en", "fr", "nl", "de"})
    for one in languages:
        for other in languages:
            if one != other:
                for number, (first, second) in enumerate(zip(by_language[one][:3], by_language[other][:3])):
                    opening = first.strip().split("\n\n")[0]
                    made.append((f"mixed-{one}-{other}-{number}", f"{opening}\n\n{second}"))
                    made.append((f"mixed-half-{one}-{other}-{number}", f"{first[:400]}\n\n{second[:400]}"))
    return real + made


def test_article_language_is_langdetects_on_the_whole_sample_for_real_short_and_mixed_articles():
    """The build's article language (langdetect on a short read, the whole 1,000-character sample when py3langid
    or langdetect's confidence say so) is langdetect's answer on the whole sample, for the seed articles, every
    development text in en, fr, nl and de, and short and mixed-language articles made from them; every paragraph
    language is py3langid's own ``classify``."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from helpers.io.corpus import LANGUAGE_SAMPLE_CHARS, describe_article
    from helpers.text.language import ARTICLE_SHORT_SAMPLE

    articles = _articles_of_every_kind()
    assert {name[:2] for name, _ in articles} >= {"en", "fr", "nl", "de"}
    assert sum(name.startswith("mixed") for name, _ in articles) >= 24
    py3langid = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    long_samples = 0
    for name, text in articles:
        article, paragraphs = describe_article(name, text)
        sample = article["body"][:LANGUAGE_SAMPLE_CHARS]
        long_samples += len(sample) > ARTICLE_SHORT_SAMPLE
        assert article["language"] == detect_language(sample)[0], name
        for row in paragraphs:
            if row["language"] != "unknown":
                language, probability = py3langid.classify(row["text"])
                assert (row["language"], row["language_probability"]) == (language, round(probability, 3)), name
    assert long_samples >= 100  # the short read was tried, not skipped


def test_the_array_identifier_gives_py3langids_own_answers_and_probabilities():
    """helpers.text.langid_arrays reads all the paragraphs of an article at once and gives py3langid's classify,
    bit for bit: on texts of every kind, in batches of one, of an article's paragraphs, and with repeats."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from helpers.text.langid_arrays import classify_many

    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    texts = _texts_of_every_kind() + ["", "   ", "À", "ÉTAT DES LIEUX", "\u00a0", "Liège €", "z" * 5000]
    expected = [reference.classify(text) for text in texts]
    assert classify_many(texts) == expected
    assert [classify_many([text])[0] for text in texts[:50]] == expected[:50]
    assert classify_many(texts[:20] + texts[:20]) == expected[:20] + expected[:20]
    assert classify_many([]) == []


def test_py3langids_automaton_depends_on_the_last_bytes_only():
    """The property langid_arrays rests on: py3langid's automaton is an Aho-Corasick automaton (from a state, a
    byte leads to the state that extends it by that byte if there is one, else to where the state's longest proper
    suffix that is a state leads), whose states are at most AUTOMATON_DEPTH bytes long; so the state after any text
    is the longest suffix of the text that is a state, the one reached from the start by its last
    AUTOMATON_DEPTH bytes."""
    import numpy as np

    from helpers.text.langid_arrays import AUTOMATON_DEPTH, identifier

    found = identifier()
    nextmove = np.asarray(found._nextmove, dtype=np.int64)
    rowbase = np.asarray(found._rowbase_array, dtype=np.int64)
    n_states, every_byte = len(rowbase), np.arange(256)
    length, value = np.full(n_states, -1, dtype=np.int64), np.zeros(n_states, dtype=np.int64)
    length[0], frontier, depth = 0, np.array([0]), 0
    while len(frontier):  # breadth first: the bytes of each state, as the path that first reaches it
        reached = nextmove[rowbase[frontier][:, None] + every_byte[None, :]]
        new = length[reached] < 0
        child = reached[new]
        assert len(np.unique(child)) == len(child)
        length[child] = depth + 1
        value[child] = (value[np.broadcast_to(frontier[:, None], reached.shape)[new]] << 8) | np.broadcast_to(
            every_byte[None, :], reached.shape)[new]
        frontier, depth = child, depth + 1
    assert (length >= 0).all() and length.max() == AUTOMATON_DEPTH
    keys = (length << 56) | value
    order = np.argsort(keys)
    sorted_keys = keys[order]
    assert len(np.unique(keys)) == n_states  # one state per byte string

    def state_of(size, bytes_value):
        key = (size << 56) | bytes_value
        at = np.minimum(np.searchsorted(sorted_keys, key), n_states - 1)
        return np.where(sorted_keys[at] == key, order[at], -1)

    fallback = np.zeros(n_states, dtype=np.int64)  # the longest proper suffix that is a state
    settled = length <= 1
    for size in range(AUTOMATON_DEPTH - 1, 0, -1):
        suffix = state_of(size, value & ((1 << (8 * size)) - 1))
        hit = ~settled & (length > size) & (suffix >= 0)
        fallback[hit], settled = suffix[hit], settled | hit
    for byte in range(256):
        to = nextmove[rowbase + byte]
        extends = (length[to] == length + 1) & (value[to] == ((value << 8) | byte))
        from_fallback = nextmove[rowbase[fallback] + byte]
        assert (extends | np.where(np.arange(n_states) == 0, to == 0, to == from_fallback)).all(), byte
