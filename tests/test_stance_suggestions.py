"""Stance suggestions: the rules of :mod:`helpers.coding.suggestions` on sentences written for these tests, in every
language (negation, contrast, decrease, promises, neutral reporting), and a floor on agreement with the hand codes of
the development texts (held-out texts 13-16 left out)."""

import re
from pathlib import Path

import pandas as pd
import pytest

from helpers.coding.suggestions import stance_counts, suggest_stance

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = {13, 14, 15, 16}


@pytest.mark.parametrize("lang, sentence, expected", [
    # evaluative verbs and adjectives
    ("en", "The mayor welcomed the plan and called it a real opportunity for the valley.", "supportive"),
    ("fr", "La bourgmestre salue un projet prometteur pour la vallée.", "supportive"),
    ("nl", "De burgemeester verwelkomt het plan en noemt het een kans voor de vallei.", "supportive"),
    ("de", "Die Bürgermeisterin begrüßt den Plan als Chance für das Tal.", "supportive"),
    ("en", "Farmers denounced the warehouse as a threat to their fields.", "critical"),
    ("fr", "Les agriculteurs dénoncent un entrepôt qui menace leurs champs.", "critical"),
    ("nl", "De boeren hekelen het magazijn als een bedreiging voor hun akkers.", "critical"),
    ("de", "Die Landwirte kritisieren das Lager als Gefahr für ihre Felder.", "critical"),
    # negation reverses
    ("en", "This depot is not a problem for anyone in the village.", "supportive"),
    ("fr", "Ce dépôt n'est pas un problème pour le village.", "supportive"),
    ("nl", "Dit depot is geen probleem voor het dorp.", "supportive"),
    ("de", "Das Depot ist kein Problem für das Dorf.", "supportive"),
    ("en", "The new line isn't good news for the canal boats.", "critical"),
    # contrast: the clause after the contrast word decides
    ("en", "The investors are welcome, but the noise at night is unacceptable.", "critical"),
    ("fr", "Je comprends les craintes, mais ce centre apportera des emplois et de la croissance.", "supportive"),
    ("nl", "Het klinkt positief, maar de bewoners blijven bezorgd over het lawaai.", "critical"),
    ("de", "Die Sorgen verstehe ich, aber das Lager bringt Arbeitsplätze und Wachstum.", "supportive"),
    # decrease words reverse what they bear on
    ("en", "Since the new engines arrived there is far less noise over the school.", "supportive"),
    ("fr", "Depuis les nouveaux moteurs, il y a beaucoup moins de bruit au-dessus de l'école.", "supportive"),
    ("nl", "Sinds de nieuwe motoren is er veel minder lawaai boven de school.", "supportive"),
    ("de", "Seit den neuen Triebwerken gibt es viel weniger Lärm über der Schule.", "supportive"),
    ("en", "The bakery lost jobs when the depot moved away.", "critical"),
    # a promise set against what came
    ("en", "They promised us a park, not a car park.", "critical"),
    ("fr", "On nous a promis un parc, mais on a eu un parking.", "critical"),
    ("nl", "Men heeft ons een park beloofd, maar we kregen een parking.", "critical"),
    ("de", "Man hat uns einen Park versprochen, aber wir bekamen einen Parkplatz.", "critical"),
    # neutral reporting
    ("en", "The council will vote on the zoning plan on Tuesday evening.", "neutral"),
    ("fr", "Le conseil communal votera mardi soir sur le plan de secteur.", "neutral"),
    ("nl", "De gemeenteraad stemt dinsdagavond over het bestemmingsplan.", "neutral"),
    ("de", "Der Gemeinderat stimmt am Dienstagabend über den Bebauungsplan ab.", "neutral"),
    # a factual gain leans supportive, an evaluative word outweighs it
    ("en", "The firm will hire 80 drivers next spring.", "supportive"),
    ("de", "Das Unternehmen will 80 Fahrer einstellen, doch die Anwohner fürchten den Verkehr und protestieren.",
     "critical"),
])
def test_suggested_stance(lang, sentence, expected):
    assert suggest_stance(sentence, lang) == expected


def test_intensifier_and_downtoner_change_weight_not_direction():
    plain = stance_counts("It is a good plan.", "en")["supportive"]
    assert stance_counts("It is a very good plan.", "en")["supportive"] > plain
    assert 0 < stance_counts("It is a fairly good plan.", "en")["supportive"] < plain


def test_evaluative_word_outweighs_a_gain_word():
    assert stance_counts("Nous allons investir.", "fr") == {"supportive": 1.0, "critical": 0.0}
    assert suggest_stance("Ils veulent investir ici, et c'est inquiétant.", "fr") == "critical"


def test_unknown_language_uses_every_table():
    assert suggest_stance("Une excellente nouvelle.", None) == "supportive"
    assert suggest_stance("Ein großer Skandal.", "xx") == "critical"


def _dev_agreement(lang: str) -> float:
    quotes = pd.read_csv(ROOT / "bench" / "dev" / lang / "quotes.csv", dtype=str).fillna("")
    dev = quotes[[int(re.match(r"[a-z]{2}_(\d+)_", f).group(1)) not in HELD_OUT for f in quotes["file"]]]
    dev = dev[dev["stance"].str.strip() != ""]
    return sum(suggest_stance(q, lang) == s for q, s in zip(dev["quote"], dev["stance"])) / len(dev)


@pytest.mark.parametrize("lang, floor", [("en", 0.42), ("fr", 0.35), ("nl", 0.42), ("de", 0.42)])
def test_dev_agreement_floor(lang, floor):
    assert floor <= _dev_agreement(lang) < 1.0
