"""Status and measure of figures, round 5 (session 6, tune-measure2): general constructions the round-4
development texts showed missing, stated in English, French, Dutch and German on sentences written for these tests
-- none from the seed articles or the development corpus. Each group is one construction; the reading is end to end
(extractor, dates, claims rules), as in ``test_measure_round4``."""

import pytest

from helpers.extract.quantities import quantity_rows
from tests.conftest import claim_measure as measure
from tests.conftest import claim_status as status


# -- the future in every person, with its subject pronoun ------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("fr", "« Nous embaucherons 120 techniciens l'an prochain », a dit la directrice.", "120 techniciens"),
    ("fr", "« Nous allons recruter 45 caristes », a-t-il annoncé.", "45 caristes"),
    ("fr", "« Avec ce hall, nous traiterons 200 000 colis par jour », affirme le patron.", "200 000 colis"),
    ("de", "Heute sind es 900 Beschäftigte, nach dem Umbau werden es rund 1.300 sein.", "1.300"),
])
def test_the_future_in_every_person_is_promised(lang, text, surface):
    assert status(text, surface, lang) == "promised"


# -- a German perfect in verb-final order, in a subordinate clause, is realised --------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("de", "Die Stadt sollte erklären, warum die Zahl der Lastwagen um 12 Prozent gestiegen ist.", "12 Prozent"),
    ("de", "Man müsse bedenken, dass im Lager 250 Menschen eingestellt worden sind.", "250 Menschen"),
])
def test_a_verb_final_perfect_is_realised(lang, text, surface):
    assert status(text, surface, lang) == "realised"


# -- the clause's own present beats an earlier-time adverb of a fronted clause ---------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("fr", "Là où s'étendaient autrefois des champs, on compte aujourd'hui 900 salariés.", "900 salariés"),
    ("de", "Wo früher Felder lagen, arbeiten heute 900 Menschen.", "900 Menschen"),
])
def test_a_fronted_earlier_adverb_yields_to_the_clause_present(lang, text, surface):
    assert status(text, surface, lang) == "realised"


# -- the simple present of a verb of creation announces ---------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "With the new line, the group creates 300 jobs in the region.", "300 jobs"),
    ("fr", "Avec cette extension, l'entreprise crée 250 emplois dans la vallée.", "250 emplois"),
    ("nl", "Met de uitbreiding creëert het bedrijf 180 banen in de streek.", "180 banen"),
    ("de", "Mit dem Neubau schafft der Konzern 400 Arbeitsplätze im Landkreis.", "400 Arbeitsplätze"),
])
def test_the_present_of_creation_is_promised(lang, text, surface):
    assert status(text, surface, lang) == "promised"


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Since 2019 the group has created 300 jobs in the region.", "300 jobs"),
    ("de", "Seit 2019 hat der Konzern 400 Arbeitsplätze geschaffen.", "400 Arbeitsplätze"),
])
def test_the_perfect_of_creation_stays_realised(lang, text, surface):
    assert status(text, surface, lang) == "realised"


# -- a demand in the past is still a demand ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The residents demanded that the airport handle no more than 20 flights a night.", "20 flights"),
    ("nl", "De bewoners eisten dat het aantal vluchten onder 20 per nacht blijft.", "20"),
    ("de", "Die Anwohner forderten, dass höchstens 20 Flüge pro Nacht landen.", "20 Flüge"),
])
def test_a_past_demand_is_promised(lang, text, surface):
    assert status(text, surface, lang) == "promised"


# -- a bare present takes the future frame of the sentence before it, in the same paragraph -------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The second phase of the park opens in 2029. Its new halls offer 30,000 square metres of floor space.",
     "30,000 square metres"),
    ("fr", "La deuxième phase du parc ouvrira ses portes en 2029. Les nouveaux halls offrent 30 000 mètres carrés.",
     "30 000 mètres carrés"),
    ("nl", "Vanaf 2029 rijden er dagelijks treinen naar Chengdu. De terminal biedt plaats aan 40.000 containers.",
     "40.000 containers"),
    ("de", "Ab 2029 fährt der Zug täglich nach Chengdu. Das Terminal bietet Platz für 40.000 Container.",
     "40.000 Container"),
])
def test_a_bare_present_after_a_future_year_is_promised(lang, text, surface):
    assert status(text, surface, lang) == "promised"


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The second phase of the park opens in 2029.\n\nIts current halls offer 30,000 square metres.",
     "30,000 square metres"),
    ("de", "Im Jahr 2019 fuhr der erste Zug. Das Terminal bietet Platz für 40.000 Container.", "40.000 Container"),
])
def test_no_frame_across_a_paragraph_or_from_a_past_year(lang, text, surface):
    assert status(text, surface, lang) != "promised"


# -- a lower bound of an offer is a threshold, unmarked ---------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Units are available from 500 square metres.", "500 square metres"),
    ("fr", "Des cellules sont disponibles à partir de 500 mètres carrés.", "500 mètres carrés"),
    ("nl", "Units zijn beschikbaar vanaf 500 vierkante meter.", "500 vierkante meter"),
    ("de", "Einheiten sind ab 500 Quadratmetern verfügbar.", "500 Quadratmetern"),
])
def test_a_lower_bound_of_an_offer_is_unmarked(lang, text, surface):
    assert status(text, surface, lang) == "unmarked"


def test_an_upper_bound_of_an_activity_stays_realised():
    assert status("The hub now sorts up to 90,000 parcels a day.", "90,000 parcels", "en") == "realised"


# -- money per unit of area is a price; a profit, loss or dividend is no investment ----------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Tenants pay €7 per square metre a month.", "€7"),
    ("fr", "Les locataires paient 7 euros par mètre carré.", "7 euros"),
    ("nl", "Huurders betalen 7 euro per vierkante meter.", "7 euro"),
    ("de", "Mieter zahlen 7 Euro pro Quadratmeter.", "7 Euro"),
])
def test_money_per_area_is_a_price(lang, text, surface):
    assert measure(text, surface, lang) == "other"


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The operator booked a net profit of €12 million.", "€12 million"),
    ("fr", "L'exploitant a dégagé un bénéfice de 12 millions d'euros.", "12 millions d'euros"),
    ("nl", "De uitbater boekte een winst van 12 miljoen euro.", "12 miljoen euro"),
    ("de", "Der Betreiber erzielte einen Gewinn von 12 Millionen Euro.", "12 Millionen Euro"),
])
def test_a_profit_is_no_investment(lang, text, surface):
    assert measure(text, surface, lang) == "other"


# -- a bare number after an existential with a modal, the verb at the end of the clause, counts the noun before it --
@pytest.mark.parametrize("lang, text, noun", [
    ("de", "Heute fahren 40 Züge pro Woche. Nach dem Ausbau sollen es 70 sein.", "Züge"),
    ("nl", "Nu rijden er 40 treinen per week. Na de uitbreiding zullen er 70 zijn.", "treinen"),
])
def test_a_bare_number_before_a_clause_final_verb_counts_the_noun_before(lang, text, noun):
    rows = [row for row in quantity_rows(text, lang) if row["surface"] == "70"]
    assert rows and rows[0]["noun"] == noun


# -- the public and the press are people, not jobs ------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "About 40 journalists attended the opening of the depot.", "40 journalists"),
    ("fr", "Près de 40 journalistes assistaient à l'inauguration du dépôt.", "40 journalistes"),
    ("nl", "Zo'n 40 journalisten woonden de opening van het depot bij.", "40 journalisten"),
    ("de", "Rund 40 Journalisten kamen zur Eröffnung des Lagers.", "40 Journalisten"),
])
def test_the_press_is_people(lang, text, surface):
    assert measure(text, surface, lang) == "people"


# -- the French reflexive perfect is realised -----------------------------------------------------------------------
def test_the_french_reflexive_perfect_is_realised():
    text = "L'opérateur s'est engagé sur un bail de 25 ans ; il ne partira pas si vite."
    assert status(text, "25 ans", "fr") == "realised"


# -- the English past progressive is a background past ---------------------------------------------------------------
def test_the_past_progressive_is_historical():
    text = "Before the takeover, the old depot was losing money for eight years."
    assert status(text, "eight years", "en") == "historical"


# -- what a facility costs is what is invested in it (as in English, where "cost" was never a price word) ------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The new hall would cost 40 million euros.", "40 million euros"),
    ("fr", "Le nouveau hall coûtera 40 millions d'euros.", "40 millions d'euros"),
    ("nl", "De nieuwe hal zou 40 miljoen euro kosten.", "40 miljoen euro"),
    ("de", "Die neue Halle soll 40 Millionen Euro kosten.", "40 Millionen Euro"),
])
def test_the_cost_of_a_facility_is_an_investment(lang, text, surface):
    assert measure(text, surface, lang) == "investment"


# -- the French quantitative pronoun "en" before a bare number stands for the noun counted before it ----------------
@pytest.mark.parametrize("text, noun", [
    ("Le groupe avait promis 900 emplois, mais le site n'en compte que 620 en contrat fixe.", "emplois"),
    ("Il y avait 300 camions par nuit ; il en reste 40 aujourd'hui.", "camions"),
])
def test_the_french_pronoun_en_counts_the_noun_before(text, noun):
    rows = [row for row in quantity_rows(text, "fr") if row["noun"] == noun]
    assert len(rows) == 2


# -- the before of a change in a converted unit is scaled like its after ---------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "The site grows from 32 to 55 hectares."),
    ("fr", "Le site passe de 32 à 55 hectares."),
    ("nl", "Het terrein groeit van 32 naar 55 hectare."),
    ("de", "Die Fläche wächst von 32 auf 55 Hektar."),
])
def test_the_before_of_an_area_change_is_an_area(lang, text):
    rows = quantity_rows(text, lang)
    assert [(row["surface"], row["value"], row["kind"]) for row in rows][0] == ("32", 320000.0, "area")
    assert measure(text, "32", lang) == "site_area"


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The operator will double its sorting lines. The extension costs 40 million euros.", "40 million euros"),
    ("fr", "« Nous doublerons nos lignes de tri », a dit la directrice. L'extension atteint 40 millions d'euros.",
     "40 millions d'euros"),
    ("nl", "De uitbater zal zijn sorteerlijnen verdubbelen. De uitbreiding bedraagt 40 miljoen euro.", "40 miljoen euro"),
    ("de", "Der Betreiber wird seine Sortieranlagen verdoppeln. Die Erweiterung beträgt 40 Millionen Euro.",
     "40 Millionen Euro"),
])
def test_a_bare_present_after_a_future_tense_is_promised(lang, text, surface):
    assert status(text, surface, lang) == "promised"


@pytest.mark.parametrize("lang, text, surface", [
    ("nl", "Natuurlijk gaat het om kleine pakjes. Het centrum verwerkt 90.000 pakjes per dag.", "90.000 pakjes"),
    ("de", "Man fürchtet, dass der Standort abhängig wird. Das Lager zählt 300 Beschäftigte.", "300 Beschäftigte"),
])
def test_no_frame_from_a_verb_that_is_no_future(lang, text, surface):
    assert status(text, surface, lang) == "realised"
