"""The Dutch benchmark gold (bench/gold-nl/) quotes its texts exactly and uses the codebook's vocabularies."""

from pathlib import Path

from helpers.coding.annotations import load_quoted_table
from helpers.extract.quantities import KINDS, QUALIFIERS, UNITS
from helpers.coding.scoring import load_gold

DUTCH = Path(__file__).resolve().parents[1] / "bench" / "gold-nl"


def test_every_dutch_gold_surface_is_at_its_span_and_in_the_vocabularies():
    texts = {p.name: p.read_bytes().decode("utf-8") for p in sorted((DUTCH / "texts").glob("*.txt"))}
    checked = load_quoted_table(DUTCH / "quantities.csv", texts, "surface")
    gold = load_gold(DUTCH / "quantities.csv")
    assert len(checked) == len(gold) >= 15
    assert set(gold["lang"]) == {"nl"}
    assert set(gold["unit"]) <= set(UNITS) and set(gold["kind"]) <= set(KINDS)
    assert set(gold["qualifier"]) - {""} <= set(QUALIFIERS)
