"""What a figure measures and its status, read end to end (extractor, dates, claims rules) on sentences written for
these tests in English, French, Dutch and German -- none from the seed articles or the development corpus. Each
group is one general pattern of issue 11 (parts 4 and 5), stated in every language."""

import pytest

from helpers.claims.vocabulary import measure_of
from helpers.extract.quantities import quantity_rows
from tests.conftest import claim_measure as measure
from tests.conftest import claim_status as status
from tests.conftest import read_claim as read


# -- what a figure with no noun of its own counts: "the number of X ..." ---------------------------------------------
@pytest.mark.parametrize("lang, text, surface, expected", [
    ("en", "The number of night landings has risen by 12% since the spring.", "12%", "flights"),
    ("fr", "Le nombre de colis traités a augmenté de 9 % cette année.", "9 %", "parcels"),
    ("nl", "Het aantal nachtvluchten is dit jaar met 18 procent gestegen.", "18 procent", "flights"),
    ("de", "Die Zahl der Frachtflüge stieg im Frühjahr um 11 Prozent.", "11 Prozent", "flights"),
])
def test_a_figure_counts_what_the_number_of_names(lang, text, surface, expected):
    assert measure(text, surface, lang) == expected


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Only 4% of the parcels were opened by inspectors.", "4%"),
    ("fr", "Seuls 3 % des colis sont contrôlés.", "3 %"),
])
def test_a_percentage_of_a_noun_is_a_share(lang, text, surface):
    assert measure(text, surface, lang) == "share"


# -- prices, rents, valuations and thresholds are not investments --------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The port charges a fee of €4.10 for each container it stores.", "€4.10"),
    ("en", "The deal values the terminal at €300 million.", "€300 million"),
    ("fr", "Le loyer annuel s'élève à 90 000 euros.", "90 000 euros"),
    ("nl", "De jaarlijkse huurprijs bedraagt 250.000 euro.", "250.000 euro"),
    ("de", "Für Waren mit einem Wert unter 150 Euro gilt ein einfaches Verfahren.", "150 Euro"),
])
def test_prices_and_rents_are_other(lang, text, surface):
    assert measure(text, surface, lang) == "other"


def test_a_rent_per_square_metre_is_a_rate_of_other():
    figure = read("Die Miete liegt bei 6 Euro pro Quadratmeter.", "6 Euro", "de")
    assert measure_of(figure["metric_rule"]) == "other" and "_per_" in figure["metric_rule"]


def test_swiss_francs_are_money():
    assert measure("La société investit 25 millions de francs dans l'entrepôt.", "25 millions de francs", "fr") \
        == "investment"
    rows = quantity_rows("La société investit 25 millions de francs dans l'entrepôt.", "fr")
    assert rows[0]["unit"] == "CHF"


# -- transit times ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "A container train takes about 14 days to reach Poland.", "14 days"),
    ("fr", "Le trajet jusqu'à Lyon prend 13 jours par le rail.", "13 jours"),
    ("nl", "Per schip is een container 40 dagen onderweg.", "40 dagen"),
    ("de", "Auf dem Seeweg braucht eine Sendung 38 Tage.", "38 Tage"),
])
def test_transit_times_are_delivery_times(lang, text, surface):
    assert measure(text, surface, lang) == "delivery_time"


# -- people employed: workforce words ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Its workforce will grow to 450 people by 2027.", "450 people"),
    ("fr", "La direction veut porter l'effectif à 520 personnes.", "520 personnes"),
    ("nl", "Het distributiecentrum biedt werk aan 300 mensen.", "300 mensen"),
    ("de", "Die Belegschaft soll auf 410 Personen wachsen.", "410 Personen"),
])
def test_people_in_a_workforce_are_jobs(lang, text, surface):
    assert measure(text, surface, lang) == "jobs"


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The plant now employs 310 FTE.", "310 FTE"),
    ("fr", "L'usine emploie aujourd'hui 280 ETP.", "280 ETP"),
    ("nl", "Het magazijn telt vandaag 190 VTE.", "190 VTE"),
    ("de", "Das Werk beschäftigt derzeit 260 VZÄ.", "260 VZÄ"),
])
def test_full_time_equivalents_are_realised_jobs(lang, text, surface):
    figure = read(text, surface, lang)
    assert (measure_of(figure["metric_rule"]), figure["status"]) == ("jobs", "realised")


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The group will lease 90,000 m² from the airport.", "90,000 m²"),
    ("de", "Das Unternehmen wird am Flughafen 120.000 m² mieten.", "120.000 m²"),
])
def test_a_leased_area_is_land(lang, text, surface):
    assert measure(text, surface, lang) == "site_area"


# -- status: hiring, reckoning, conditions are prospects -----------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The company is hiring 120 warehouse workers for its new hall.", "120 warehouse workers"),
    ("fr", "L'entreprise recrute 80 salariés pour son nouvel entrepôt.", "80 salariés"),
    ("nl", "Het bedrijf zoekt 60 medewerkers voor de nachtploeg.", "60 medewerkers"),
    ("de", "Für die Nachtschicht werden 40 Lagerarbeiter gesucht.", "40 Lagerarbeiter"),
    ("en", "The minister counts on 700 new jobs in the region.", "700 new jobs"),
    ("fr", "La région compte sur 500 emplois dans la zone.", "500 emplois"),
    ("nl", "De provincie rekent op 400 banen in het havengebied.", "400 banen"),
    ("de", "Der Minister rechnet mit 600 Arbeitsplätzen im Gewerbegebiet.", "600 Arbeitsplätzen"),
    ("en", "The grant is conditional on 300 permanent jobs.", "300 permanent jobs"),
    ("fr", "L'aide publique est conditionnée à 250 emplois.", "250 emplois"),
    ("nl", "De subsidie is gekoppeld aan 200 vaste banen.", "200 vaste banen"),
    ("de", "Die Förderung ist an 350 unbefristete Stellen gebunden.", "350 unbefristete Stellen"),
])
def test_hiring_reckoning_and_conditions_are_promises(lang, text, surface):
    assert status(text, surface, lang) == "promised"


# -- status: a purchase reported in the present is done ------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Harbour Holdings acquires 40% of the container terminal.", "40%"),
    ("fr", "Le fonds rachète 30 % du port fluvial.", "30 %"),
    ("nl", "Het fonds verwerft 25 procent van de terminal.", "25 procent"),
    ("de", "Der Konzern erwirbt 20 Prozent des Terminals.", "20 Prozent"),
])
def test_a_purchase_is_realised(lang, text, surface):
    assert status(text, surface, lang) == "realised"


# -- status: the news told in the past is realised; only a background past is historical -----------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Customs officers seized 5,000 fake watches at the cargo terminal.", "5,000 fake watches"),
    ("fr", "Les douaniers ont saisi 4 000 montres contrefaites au terminal.", "4 000 montres"),
    ("nl", "De douane nam 3.000 valse horloges in beslag op de luchthaven.", "3.000 valse horloges"),
    ("de", "Der Zoll stellte am Flughafen 2.000 gefälschte Uhren sicher.", "2.000 gefälschte Uhren"),
])
def test_the_news_in_the_past_is_realised(lang, text, surface):
    assert status(text, surface, lang) == "realised"


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Back then, the airport handled 20,000 tonnes of freight.", "20,000 tonnes"),
    ("fr", "À l'époque, l'aéroport traitait 30 000 tonnes de fret.", "30 000 tonnes"),
    ("nl", "Destijds verwerkte de haven 40.000 ton vracht.", "40.000 ton"),
    ("de", "Damals schlug der Hafen 50.000 Tonnen Fracht um.", "50.000 Tonnen"),
    ("en", "The regulator recently fined the carrier €6 million.", "€6 million"),
    ("fr", "Le régulateur a récemment infligé une amende de 5 millions d'euros.", "5 millions d'euros"),
    ("nl", "De toezichthouder legde onlangs een boete van 4 miljoen euro op.", "4 miljoen euro"),
    ("de", "Die Behörde verhängte kürzlich eine Geldstrafe von 3 Millionen Euro.", "3 Millionen Euro"),
])
def test_a_background_past_is_historical(lang, text, surface):
    assert status(text, surface, lang) == "historical"


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The group reported revenue of €2 billion in 2023.", "€2 billion"),
    ("fr", "Le groupe a réalisé en 2023 un chiffre d'affaires de 3 milliards d'euros.", "3 milliards d'euros"),
    ("nl", "Het concern boekte in 2023 een omzet van 4 miljard euro.", "4 miljard euro"),
    ("de", "Der Konzern erzielte im vergangenen Jahr einen Umsatz von 5 Milliarden Euro.", "5 Milliarden Euro"),
])
def test_a_groups_past_turnover_is_historical(lang, text, surface):
    figure = read(text, surface, lang)
    assert (measure_of(figure["metric_rule"]), figure["status"]) == ("revenue", "historical")


# -- status: an attributive figure takes its own clause's cue ---------------------------------------------------------
def test_an_attributive_figure_takes_the_cue_of_its_clause():
    assert status("The carmaker will build its plant on a 60-hectare plot.", "60-hectare", "en") == "promised"
    assert status("The operator has signed a 25-year lease.", "25-year", "en") == "realised"
    assert status("A 40-hectare plot lies north of the runway.", "40-hectare", "en") == "unmarked"


# -- quantities: elided nouns and dates ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface, noun", [
    ("en", "The agency added 40 inspectors and will hire a further 30 next year.", "30", "inspectors"),
    ("fr", "Le site compte 200 agents ; 60 devraient encore arriver.", "60", "agents"),
    ("nl", "Er werken nu 300 mensen; 100 moeten er nog bij komen.", "100", "mensen"),
    ("de", "Derzeit arbeiten dort 200 Beamte; 50 sollen hinzukommen.", "50", "Beamte"),
])
def test_an_elided_noun_is_inherited(lang, text, surface, noun):
    rows = [row for row in quantity_rows(text, lang) if row["surface"] == surface]
    assert rows and rows[0]["noun"] == noun and rows[0]["noun_source"] == "inherited"


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Between January and June 1,250 parcels went missing.", "1,250 parcels"),
    ("de", "Zwischen Januar und Juni 9.400 Pakete gingen verloren.", "9.400 Pakete"),
])
def test_a_number_after_a_month_is_a_day_only_when_it_can_be_one(lang, text, surface):
    assert [row["surface"] for row in quantity_rows(text, lang)] == [surface]
    assert quantity_rows("The hub opened on June 9, 2021.", "en") == []


# -- a duration is a period only when it frames another figure -----------------------------------------------------
@pytest.mark.parametrize("lang, text, surface, expected", [
    ("en", "The operator will invest €80 million over the next four years.", "four years", "period"),
    ("en", "The unions negotiated for fourteen months.", "fourteen months", "other"),  # (any other number word,
    # "the two sides", would count as a figure: a known limit)
    ("fr", "Le groupe investira 60 millions d'euros sur cinq ans.", "cinq ans", "period"),
    ("fr", "Les discussions ont duré pendant dix mois.", "dix mois", "other"),
    ("nl", "De haven investeert de komende zes jaar 90 miljoen euro.", "zes jaar", "period"),
    ("nl", "De onderhandelingen liepen gedurende acht maanden.", "acht maanden", "other"),
    ("de", "Der Konzern investiert in den nächsten drei Jahren 70 Millionen Euro.", "drei Jahren", "period"),
    ("de", "Die Gespräche liefen während neun Monaten.", "neun Monaten", "other"),
])
def test_a_period_frames_another_figure(lang, text, surface, expected):
    assert measure(text, surface, lang) == expected


# -- quantities: a change "from X to Y" is two figures, a range "from X to Y" one ------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Throughput rose from 1.5 million to 2.5 million TEU a year.",
     [("1.5 million", "TEU", "year"), ("2.5 million TEU", "TEU", "year")]),
    ("fr", "Le trafic est passé de 900 000 à 1,3 million de colis.",
     [("900 000", "colis", ""), ("1,3 million de colis", "colis", "")]),
    ("nl", "Het aantal banen steeg van 400 tot 650 banen.", [("400", "banen", ""), ("650 banen", "banen", "")]),
    ("de", "Die Zahl der Frachtflüge stieg von 40 auf 55 Flüge pro Woche.",
     [("40", "Flüge", "Woche"), ("55 Flüge", "Flüge", "Woche")]),
    # (a before in tonnes, hectares or m² is not read yet: its unit may need a conversion the after does not give)
    ("en", "The site will employ from 300 to 400 people.", [("300 to 400 people", "people", "")]),
    ("nl", "Er komen van 20 tot 25 banen bij.", [("20 tot 25 banen", "banen", "")]),
])
def test_a_change_is_two_figures_and_a_range_one(lang, text, expected):
    rows = quantity_rows(text, lang)
    assert [(row["surface"], row["noun"], row["per"]) for row in rows] == expected


@pytest.mark.parametrize("lang, text, surface, unit", [
    ("en", "By rail the trip takes 15 days, against 38 by sea.", "38", "day"),
    ("fr", "Le trajet dure 14 jours, contre 40 par la mer.", "40", "day"),
    ("nl", "De trein doet er 16 dagen over, tegen 42 over zee.", "42", "day"),
    ("de", "Die Quote stieg auf 12 Prozent, gegenüber 9 im Vorjahr.", "9", "percent"),
])
def test_a_parallel_bare_number_takes_the_unit_of_a_duration_or_percentage(lang, text, surface, unit):
    rows = [row for row in quantity_rows(text, lang) if row["surface"] == surface]
    assert rows and rows[0]["unit"] == unit


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The terminal is quiet now; ten years ago it employed 1,400 dockers.", "1,400 dockers"),
    ("fr", "Le site est calme ; à l'époque, il employait 1 300 ouvriers.", "1 300 ouvriers"),
    ("nl", "Het is er nu stil; tien jaar geleden werkten er 1.200 havenarbeiders.", "1.200 havenarbeiders"),
    ("de", "Heute ist es ruhig; vor zehn Jahren arbeiteten dort 1.100 Beschäftigte.", "1.100 Beschäftigte"),
])
def test_an_earlier_time_in_the_clause_makes_even_jobs_historical(lang, text, surface):
    assert status(text, surface, lang) == "historical"


@pytest.mark.parametrize("lang, text, surface, expected", [
    ("en", "Freight throughput at the port rose 7% last year.", "7%", "cargo"),
    ("en", "Parcel shipments are growing at 20% a year.", "20%", "parcels"),
    ("fr", "Le trafic de fret a progressé de 6 % en un an.", "6 %", "cargo"),
    ("nl", "De nachtvluchten zijn met 14 procent toegenomen.", "14 procent", "flights"),
    ("de", "Das Frachtaufkommen wuchs im Vorjahr um 5 Prozent.", "5 Prozent", "cargo"),
])
def test_a_percentage_after_what_changes_measures_it(lang, text, surface, expected):
    assert measure(text, surface, lang) == expected


@pytest.mark.parametrize("lang, text, surface, noun", [
    ("en", "The plan promised 800 jobs; so far only 350 filled, the union says.", "350", "jobs"),
    ("nl", "Er werden 700 banen beloofd. Tot nu toe zijn er 250 ingevuld.", "250", "banen"),
    ("nl", "Van de 500 vacatures werden er 120 opgevuld.", "120", "vacatures"),
])
def test_a_number_before_a_participle_counts_the_noun_before(lang, text, surface, noun):
    rows = [row for row in quantity_rows(text, lang) if row["surface"] == surface]
    assert rows and rows[0]["noun"] == noun


@pytest.mark.parametrize("lang, text, surface, expected", [
    ("en", "The number of night flights has not gone above 35 this year.", "35", "flights"),
    ("fr", "Le nombre d'emplois directs ne dépasse pas 430.", "430", "jobs"),
    ("nl", "Het aantal nachtvluchten bleef vorige maand onder 40.", "40", "flights"),
    ("de", "Die Zahl der Pakete lag zuletzt bei 300.000.", "300.000", "parcels"),
])
def test_a_bare_number_after_the_number_of_is_a_figure_of_it(lang, text, surface, expected):
    assert measure(text, surface, lang) == expected


# -- a rate of time written apart from its figure is a rate: before it, or past a few words after its noun ---------
@pytest.mark.parametrize("lang, text, surface, expected", [
    ("en", "Each night, roughly 25 freighters take off from the runway.", "25 freighters", "flights"),
    ("en", "The hub sorts 90,000 parcels from Asian sellers a day.", "90,000 parcels", "parcels"),
    ("fr", "Chaque jour, quelque 70 000 colis transitent par le hub.", "70 000 colis", "parcels"),
    ("fr", "L'aéroport accueille 14 vols cargo supplémentaires par semaine.", "14 vols", "flights"),
    ("nl", "Elke week landen er een twintigtal vrachtvluchten; per dag vertrekken er ongeveer 8 vrachtvluchten.",
     "8 vrachtvluchten", "flights"),
    ("nl", "Het centrum verwerkt 60.000 pakjes uit Azië per dag.", "60.000 pakjes", "parcels"),
    ("de", "Pro Woche landen bis zu 16 Frachtflüge in Hahn.", "16 Frachtflüge", "flights"),
    ("de", "Das Verteilzentrum soll 300.000 Tonnen Fracht im Jahr umschlagen.", "300.000 Tonnen", "cargo"),
])
def test_a_rate_written_apart_is_a_rate(lang, text, surface, expected):
    metric = read(text, surface, lang)["metric_rule"]
    assert measure_of(metric) == expected and "_per_" in metric


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The operator created 180 jobs within a year.", "180 jobs"),
    ("fr", "Le site a créé 90 emplois en un an.", "90 emplois"),
    ("nl", "De luchthaven telde 45 vluchten en twee landingen per uur.", "45 vluchten"),
    ("de", "Im Jahr 2022 kamen 35 Frachtflüge hinzu, im Jahr 2023 weitere.", "35 Frachtflüge"),
])
def test_a_period_or_another_phrase_is_no_rate(lang, text, surface):
    assert "_per_" not in read(text, surface, lang)["metric_rule"]


# -- a bare number before a past participle counts the noun before it: "900 jobs pledged, 340 filled" --------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Tyre plant in Wales: 700 jobs pledged, 210 filled", "210"),
    ("fr", "Entrepôt de Valenciennes : 500 emplois promis, 180 pourvus", "180"),
    ("nl", "Distributiecentrum Genk: 600 banen beloofd, 240 ingevuld", "240"),
    ("de", "Werk in Zwickau: 800 Stellen versprochen, 310 besetzt", "310"),
])
def test_an_elided_count_before_a_participle_is_realised_jobs(lang, text, surface):
    figure = read(text, surface, lang)
    assert measure_of(figure["metric_rule"]) == "jobs" and figure["status"] == "realised"


# -- French "compter + infinitive" and "proposer (adverb) de" state an intention --------------------------------------
@pytest.mark.parametrize("text, surface", [
    ("Le transporteur compte y embaucher 85 chauffeurs avant l'été.", "85 chauffeurs"),
    ("Un investisseur propose désormais de reprendre 60 % du port sec.", "60 %"),
])
def test_french_intention_is_a_promise(text, surface):
    assert status(text, surface, "fr") == "promised"


# -- "since 2016" runs to today: what has held since then still holds, it is not a past figure ------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "A Danish group has held 15% of the ferry company since 2016.", "15%"),
    ("fr", "Un fonds qatari détient 12 % du capital de l'aéroport depuis 2015.", "12 %"),
    ("nl", "Een Chinese rederij bezit sinds 2018 een belang van 30 procent in de terminal.", "30 procent"),
    ("de", "Ein Staatsfonds hält seit 2019 einen Anteil von 25 Prozent an dem Flughafen.", "25 Prozent"),
])
def test_a_state_since_a_past_date_is_realised(lang, text, surface):
    assert status(text, surface, lang) == "realised"


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "In the past ten years the group has sold stakes in 14 terminals.", "14 terminals"),
    ("de", "In den vergangenen acht Jahren hat der Konzern 9 Terminals verkauft.", "9 Terminals"),
])
def test_a_span_that_is_over_stays_historical(lang, text, surface):
    assert status(text, surface, lang) == "historical"


# -- the tense of a reporting verb is the speaker's: the figure is read after "that", "que", "dat", "dass" ----------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The council has confirmed that 150 homes near the northern runway would be insulated.", "150 homes"),
    ("fr", "La ministre a fait savoir que 600 logements situés près de la piste seraient rachetés.", "600 logements"),
    ("nl", "De minister heeft bevestigd dat 90 woningen in de buurt van de baan zouden worden geïsoleerd.", "90 woningen"),
    ("de", "Die Ministerin hat mitgeteilt, dass 200 Häuser nahe der Startbahn gedämmt werden sollen.", "200 Häuser"),
])
def test_a_reported_prospect_is_promised(lang, text, surface):
    assert status(text, surface, lang) == "promised"


# -- a lease holder's term, a time to reach customers ---------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface, expected", [
    ("de", "Der Logistiker ist nur Pächter des Geländes, und zwar für 25 Jahre.", "25 Jahre", "lease_term"),
    ("de", "Über den Hafen erreichen die Waren Kunden in Polen in nur vier Tagen.", "vier Tagen", "delivery_time"),
    ("nl", "Via de nieuwe spoorlijn bereiken de containers Milaan in zes dagen.", "zes dagen", "delivery_time"),
])
def test_lease_and_delivery_durations(lang, text, surface, expected):
    assert measure(text, surface, lang) == expected


def test_dutch_gaan_with_a_direction_is_motion_not_future():
    text = "Elk pakje gaat langs de scanner; het centrum verwerkt 70.000 pakjes per dag."
    assert status(text, "70.000 pakjes", "nl") == "realised"


# -- the "from" of a change is the level it starts from: what is, not what is promised ------------------------------
@pytest.mark.parametrize("lang, text, surface, expected", [
    ("en", "The operator will raise rail departures from 6 a week to 14 by the end of 2026.", "6", "realised"),
    ("fr", "La compagnie fera passer ses rotations de 3 par semaine à 7 d'ici l'été prochain.", "3", "realised"),
    ("nl", "De haven wil het aantal treinen tegen 2027 verhogen van 12 naar 20 per week.", "12", "realised"),
    ("de", "Bis 2028 soll die Zahl der Züge von 18 auf 30 pro Woche steigen.", "18", "realised"),
    ("en", "The plant will employ between 300 and 400 people by 2027.", "300 and 400 people", "promised"),
    ("fr", "Les cours seront donnés dans un atelier de 900 m² à Herstal.", "900 m²", "promised"),
])
def test_the_before_of_a_change_is_the_current_level(lang, text, surface, expected):
    assert status(text, surface, lang) == expected


# -- round 3b: adjectives joined before their noun; mitigation money; people; land units ------------------------------
@pytest.mark.parametrize("lang, text, surface, expected", [
    ("en", "The freight park supports some 4,200 direct and indirect jobs in the province.", "4,200 direct and indirect jobs", "jobs"),
    ("nl", "Het park levert naar schatting 700 directe en indirecte banen op.", "700 directe en indirecte banen", "jobs"),
    ("de", "Der Hafen sichert rund 2.300 direkte und indirekte Arbeitsplätze.", "2.300 direkte und indirekte Arbeitsplätze", "jobs"),
    ("en", "The region counted 880 full-time equivalents last year, against 540 in 2019.", "540", "jobs"),
    ("en", "From March, eight more customs inspectors will check the pallets.", "eight more customs inspectors",
     "people"),
    ("de", "Zur Sitzung kamen 420 Stimmberechtigte, doppelt so viele wie sonst.", "420 Stimmberechtigte", "people"),
    ("de", "Das Lager steht auf einem Areal von 11 Hektaren am Rhein.", "11 Hektaren", "site_area"),
])
def test_round3b_what_the_figure_counts(lang, text, surface, expected):
    assert measure(text, surface, lang) == expected


@pytest.mark.parametrize("lang, text, surface, expected", [
    ("en", "The permit caps night movements at 12,000 a year.", "12,000", "flights"),
    ("en", "The ministry wants an audit every three years instead of a ban on the lease.", "three years", "other"),
    ("fr", "Le bail prévoit une révision tous les cinq ans.", "cinq ans", "other"),
    ("nl", "Die 800 banen beloven ze ons al vier jaar.", "vier jaar", "period"),
    ("fr", "Les entreprises ont exporté l'an dernier pour 120 millions d'euros de vin vers le Japon.",
     "120 millions d'euros", "trade"),
])
def test_round3b_what_a_figure_without_its_own_noun_counts(lang, text, surface, expected):
    assert measure(text, surface, lang) == expected


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The province has spent €21 million insulating homes under the flight path.", "€21 million"),
    ("fr", "La Région consacrera 25 millions d'euros à l'isolation des logements riverains.", "25 millions d'euros"),
    ("nl", "Het gewest trekt 9 miljoen euro uit voor geluidsisolatie van woningen.", "9 miljoen euro"),
    ("de", "Das Land stellt 14 Millionen Euro für Schallschutz an den Häusern bereit.", "14 Millionen Euro"),
])
def test_money_for_insulation_is_not_an_investment(lang, text, surface):
    assert measure(text, surface, lang) == "other"


# -- round 3b: status --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface, expected", [
    # the French imperfect of a -rer verb is not a conditional
    ("fr", "Au dernier trimestre, la filiale déclarait 310 salariés à la sécurité sociale.", "310 salariés",
     "realised"),
    ("fr", "L'an dernier, le dépôt enregistrait 260 emplois.", "260 emplois", "realised"),
    # the conditional of unconfirmed information reports a state; a modal is still a prospect
    ("fr", "Selon nos informations, le rachat avoisinerait 18 millions d'euros.", "18 millions d'euros", "realised"),
    ("fr", "Selon nos informations, le site pourrait créer 150 emplois.", "150 emplois", "promised"),
    ("fr", "Le site emploierait 150 personnes dans deux ans.", "150 personnes", "promised"),
    # "there was talk of": an announced figure
    ("en", "When the lease was signed there was talk of 700 jobs.", "700 jobs", "promised"),
    ("nl", "Bij de aankondiging was er sprake van 350 banen.", "350 banen", "promised"),
    ("de", "Beim Spatenstich war von 500 Arbeitsplätzen die Rede.", "500 Arbeitsplätzen", "promised"),
    ("fr", "Au départ, il était question de 400 emplois.", "400 emplois", "promised"),
    # commitments with words between the verb and "to"
    ("en", "The contract commits the company to 250 new jobs.", "250 new jobs", "promised"),
    ("nl", "De uitbater verbindt zich contractueel tot 200 banen.", "200 banen", "promised"),
    ("nl", "Het bedrijf rekent zelf op 90 vrachtwagens per dag.", "90 vrachtwagens", "promised"),
    # the French imperfect of "annoncer" announces; "on en est à" states the level reached
    ("fr", "En 2020, le groupe annonçait 450 emplois pour la première phase.", "450 emplois", "promised"),
    ("fr", "On avait promis 500 emplois ; on en est à 320, dont la moitié en intérim.", "320", "realised"),
    # a figure compared with, at a past date: a past level, even of jobs
    ("en", "The park employed 900 people last year, against 400 in 2017.", "400", "historical"),
    ("fr", "Quelque 90 PME exportent désormais, contre 20 en 2018.", "20", "historical"),
])
def test_round3b_status(lang, text, surface, expected):
    assert status(text, surface, lang) == expected
