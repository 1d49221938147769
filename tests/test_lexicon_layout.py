"""Every language's lexicon has the same parts, the same names in each part, and values of the same shape."""

import importlib.util

import pytest

from helpers.lexicon import LANGUAGES, PARTS, lexicon


def _public(module) -> dict:
    return {name: value for name, value in vars(module).items() if name.isupper() and not name.startswith("_")}


def _present(part: str) -> list[str]:
    return [lang for lang in LANGUAGES if importlib.util.find_spec(f"helpers.lexicon.{lang}.{part}") is not None]


@pytest.mark.parametrize("part", PARTS)
def test_a_part_exists_in_every_language_or_in_none(part):
    present = _present(part)
    assert present in ([], list(LANGUAGES)), f"lexicon part {part!r} exists only for {present}"


@pytest.mark.parametrize("part", PARTS)
def test_every_language_has_the_same_names_and_shapes(part):
    present = _present(part)
    if not present:
        pytest.skip(f"no language has the part {part!r} yet")
    reference = _public(lexicon(present[0], part))
    assert reference, f"{present[0]}/{part} defines no upper-case table"
    for lang in present[1:]:
        tables = _public(lexicon(lang, part))
        assert sorted(tables) == sorted(reference), f"{lang}/{part} names differ from {present[0]}/{part}"
        for name, value in tables.items():
            assert type(value) is type(reference[name]), f"{lang}/{part}.{name} is a {type(value).__name__}"


def test_unknown_language_or_part_is_refused_with_the_known_ones():
    with pytest.raises(KeyError, match="languages: en, fr, nl, de"):
        lexicon("xx", "numbers")
