"""Who states a figure, round 6: general press constructions the round-5 development texts showed read too
narrowly, on sentences written for these tests (never taken from the development corpus), in English, French, Dutch
and German."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


# A bare company description after a name that stands as a subject takes that name up.
COMPANY_DESCRIPTIONS = [
    ("en", "When Borealis Freight took over the Kessel depot in 2022, the Oslo-based group promised 300 jobs.",
     "300 jobs", "Borealis Freight"),
    ("fr", "Quand Norvia Cargo a repris le dépôt de Kessel en 2022, le groupe norvégien a promis 300 emplois.",
     "300 emplois", "Norvia Cargo"),
    ("nl", "Norvia Cargo nam in 2022 het depot van Kessel over. Het bedrijf zegt dat het er 300 banen schept.",
     "300 banen", "Norvia Cargo"),
    ("de", "Norvia Cargo wies die Kritik zurück. Das Unternehmen erklärte, es habe 2024 rund 300 Stellen geschaffen.",
     "300 Stellen", "Norvia Cargo"),
]


@pytest.mark.parametrize("lang, text, phrase, expected", COMPANY_DESCRIPTIONS)
def test_company_description_takes_up_the_subject_before(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


# A name after an article or a preposition is no subject: the description stays a new source.
def test_company_description_after_an_object_name_is_not_taken_up():
    text = "Workers at the Kessel Depot were angry. A spokesman for the group said 40 jobs would go."
    assert speaker_of(text, "en", "40 jobs") != "Kessel Depot"


def test_company_description_skips_a_capitalised_first_word():
    text = ("Norvia Cargo ne publie aucun chiffre. Contactée par téléphone, l'entreprise a indiqué qu'elle "
            "emploie 300 personnes.")
    assert speaker_of(text, "fr", "300 personnes") == "Norvia Cargo"


# A colon after a clause whose subject is an article and a person noun: that subject speaks, not the object after
# the verb ("die Lage", "la situation"). (English "An official ... describes the situation:" is still unread.)
COLON_SUBJECTS = [
    ("de", "Die Behörde spricht von Einzelfällen.\n\nEin mit dem Dossier vertrauter Beamter beschreibt die Situation "
     "nüchterner: \u201eWir prüfen vielleicht 2 von 300 Containern.\u201c", "2 von 300",
     "Ein mit dem Dossier vertrauter Beamter"),
    ("fr", "L'agence parle de cas isolés.\n\nUn fonctionnaire proche du dossier décrit la situation plus crûment : "
     "\u00ab Nous contrôlons peut-être 2 conteneurs sur 300. \u00bb", "2 conteneurs", "Un fonctionnaire"),
    ("nl", "Het agentschap spreekt van losse gevallen.\n\nEen ambtenaar die het dossier kent, schetst de situatie "
     "scherper: \"We controleren misschien 2 van de 300 containers.\"", "2 van de 300", "Een ambtenaar"),
]


@pytest.mark.parametrize("lang, text, phrase, expected", COLON_SUBJECTS)
def test_colon_clause_subject_speaks(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


# A participle of estimating right before a number qualifies it and reports nothing; a finite verb or a perfect
# after an auxiliary still reports.
ESTIMATES = [
    ("de", "Aus Kreisen der Behörde heißt es, bei 40 Prozent der Kontrollen seien die Angaben falsch gewesen. "
     "Der Zollschaden belaufe sich auf geschätzt 12 Millionen Euro im Jahr.", "12 Millionen", "Kreisen der Behörde"),
    ("nl", "De haven leed vorig jaar een verlies van geschat 12 miljoen euro.", "12 miljoen", ""),
    ("fr", "Le chantier, estimé à 12 millions d'euros, démarre en mai.", "12 millions", ""),
    ("fr", "Anne Roussel estime que 12 millions d'euros seront nécessaires.", "12 millions", "Anne Roussel"),
    ("en", "The ministry estimated 12 million euros were lost.", "12 million", "The ministry"),
]


@pytest.mark.parametrize("lang, text, phrase, expected", ESTIMATES)
def test_estimate_participle_before_a_number(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


# An application or a leaflet with no author named is the organisation named before ("Laut Antrag", bare, in German).
DOCUMENTS = [
    ("de", "Die Firma Norvia Cargo, ein Logistikunternehmen, will hier bauen. Laut Antrag sind 300 Arbeitsplätze "
     "geplant.", "300 Arbeitsplätze"),
    ("en", "Norvia Cargo, a logistics firm, wants to build here. According to the application, 300 jobs are planned.",
     "300 jobs"),
    ("fr", "Norvia Cargo, un logisticien, veut construire ici. Selon la demande, 300 emplois sont prévus.", "300 emplois"),
    ("nl", "Norvia Cargo, een logistiek bedrijf, wil hier bouwen. Volgens de aanvraag komen er 300 banen.", "300 banen"),
]


@pytest.mark.parametrize("lang, text, phrase", DOCUMENTS)
def test_application_speaks_for_the_organisation_before(lang, text, phrase):
    assert speaker_of(text, lang, phrase) == "Norvia Cargo"


# A party or an age in parentheses between the subject and its speech verb stands by the subject.
PARENTHESES = [
    ("de", "Ratsmitglied Weber (Grüne) gibt zu bedenken, dass täglich 400 Lastwagen durch den Ort fahren.",
     "400 Lastwagen", "Weber"),
    ("nl", "Mevrouw De Graaf (Groen) zegt dat er elke dag 400 vrachtwagens door het dorp rijden.", "400 vrachtwagens",
     "De Graaf"),
    ("fr", "Le conseiller Martin Dubois (Ecolo) affirme que 400 camions traversent chaque jour le village.",
     "400 camions", "Martin Dubois"),
    ("en", "Councillor Mary Walsh (Greens) said 400 lorries cross the village every day.", "400 lorries",
     "Mary Walsh"),
]


@pytest.mark.parametrize("lang, text, phrase, expected", PARENTHESES)
def test_parenthesis_before_the_verb_stands_by_the_subject(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected
