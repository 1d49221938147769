"""Status and measure of figures, round 4 (session 6, tune-measure): general rules of grammar stated in English,
French, Dutch and German, on sentences written for these tests -- none from the seed articles or the development
corpus. Each group is one construction; the reading is end to end (extractor, dates, claims rules)."""

import pytest

from helpers.extract.dates import date_rows
from helpers.extract.quantities import quantity_rows
from tests.conftest import FIGURE_PUBLISHED as PUBLISHED
from tests.conftest import claim_measure as measure
from tests.conftest import claim_status as status
from tests.conftest import read_claim as read


# -- a workforce named with a definite determiner exists, whatever the verb says of its future -----------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "After the takeover the 120 employees of the depot will keep their contracts.", "120 employees"),
    ("fr", "Les 140 salariés de l'entrepôt seront repris par le nouvel exploitant.", "140 salariés"),
    ("nl", "De 95 werknemers van het depot zullen hun contract behouden.", "95 werknemers"),
    ("de", "Die 230 Mitarbeiter des Lagers sollen vom neuen Eigentümer übernommen werden.", "230 Mitarbeiter"),
])
def test_a_definite_workforce_is_realised(lang, text, surface):
    assert status(text, surface, lang) == "realised"


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The group said the 500 jobs would come by 2027.", "500 jobs"),
    ("fr", "Le groupe assure que les 500 emplois viendront d'ici 2027.", "500 emplois"),
    ("nl", "Het bedrijf zegt dat de 500 banen er tegen 2027 zullen komen.", "500 banen"),
    ("de", "Der Konzern sagt, die 500 Arbeitsplätze würden bis 2027 entstehen.", "500 Arbeitsplätze"),
])
def test_definite_jobs_can_still_be_promised(lang, text, surface):
    assert status(text, surface, lang) == "promised"


# -- the conditional of reported speech with an adverb of the present reports a state -------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("fr", "Selon le directeur, le dépôt traiterait actuellement 40 000 colis par jour.", "40 000 colis"),
    ("nl", "Volgens de directeur zouden er momenteel 400 mensen werken.", "400 mensen"),
    ("de", "Derzeit würden in der Halle rund 60.000 Pakete am Tag sortiert, sagte der Sprecher.", "60.000 Pakete"),
])
def test_a_reported_conditional_in_the_present_is_realised(lang, text, surface):
    assert status(text, surface, lang) == "realised"


@pytest.mark.parametrize("lang, text, surface", [
    ("fr", "Le dépôt traiterait 40 000 colis par jour après l'extension.", "40 000 colis"),
    ("de", "Nach dem Ausbau würden in der Halle rund 60.000 Pakete am Tag sortiert.", "60.000 Pakete"),
])
def test_a_conditional_without_a_present_adverb_stays_a_prospect(lang, text, surface):
    assert status(text, surface, lang) == "promised"


# -- the "from" of a change whose "to" is hedged is the level it starts from ----------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The new crane should cut unloading time from six hours to under four.", "six hours"),
    ("fr", "La nouvelle ligne devrait réduire le trajet de 20 jours à moins de 15.", "20 jours"),
    ("nl", "De nieuwe kraan moet de lostijd terugbrengen van zes uur tot minder dan vier.", "zes uur"),
    ("de", "Die neue Strecke soll die Fahrzeit von 20 Tagen auf weniger als 15 senken.", "20 Tagen"),
])
def test_the_start_of_a_hedged_change_is_realised(lang, text, surface):
    assert status(text, surface, lang) == "realised"


# -- German future: "werden" with a clause-final infinitive, not the present passive ---------------------------------
def test_german_plural_future_is_a_promise():
    text = "Die Betreiber werden in der zweiten Halle 150 Leute einstellen."
    assert status(text, "150 Leute", "de") == "promised"


def test_german_present_passive_is_no_promise():
    text = "In Köln werden jedes Jahr rund 800.000 Tonnen Fracht umgeschlagen."
    assert status(text, "800.000 Tonnen", "de") != "promised"


# -- a headline drops tense: its figure takes the status of the same figure in the lead --------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Logistics group to buy 40% of river port\nA Chinese logistics group will buy 40% of the river port of "
           "Namur, the port authority said on Monday.", "40%"),
    ("fr", "Un groupe chinois prend 40 % du port fluvial\nUn groupe logistique chinois va acquérir 40 % du port "
           "fluvial de Namur, a annoncé lundi l'autorité portuaire.", "40 %"),
    ("nl", "Chinese groep koopt 40 procent van binnenhaven\nEen Chinese logistieke groep zal 40 procent van de "
           "binnenhaven van Namen kopen, meldde de havenautoriteit maandag.", "40 procent"),
    ("de", "Chinesischer Konzern kauft 40 Prozent des Binnenhafens\nEin chinesischer Logistikkonzern will 40 Prozent "
           "des Binnenhafens Namur übernehmen, teilte die Hafenbehörde am Montag mit.", "40 Prozent"),
])
def test_a_headline_figure_takes_the_status_of_the_lead(lang, text, surface):
    assert status(text, surface, lang) == "promised"


def test_a_sentence_with_end_punctuation_is_no_headline():
    text = "The depot employs 300 people.\nIt will employ 300 people more by 2026."
    assert status(text, "300 people", "en") == "realised"


# -- the first person plural with "have": the speaker's own organisation, a state even with a past date ---------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "“Last year we have handled 900,000 tonnes of freight,” the director said.", "900,000 tonnes"),
    ("fr", "« L'an dernier, nous avons traité 900 000 tonnes de fret », a dit le directeur.", "900 000 tonnes"),
    ("nl", "“Vorig jaar hebben we 900.000 ton vracht verwerkt”, zei de directeur.", "900.000 ton"),
    ("de", "„Im vergangenen Jahr haben wir 900.000 Tonnen Fracht umgeschlagen“, sagte der Direktor.", "900.000 Tonnen"),
])
def test_we_have_done_is_realised(lang, text, surface):
    assert status(text, surface, lang) == "realised"


def test_a_third_party_past_turnover_stays_historical():
    text = "Die Reederei erzielte im vergangenen Jahr einen Umsatz von 12 Milliarden Euro."
    assert status(text, "12 Milliarden Euro", "de") == "historical"


# -- an attributive promise word qualifies its own noun, not a figure outside its noun phrase ------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The court rejected the appeal of 12 neighbours against the planned warehouse.", "12 neighbours"),
    ("fr", "L'État a versé 60 millions d'euros, soit 50 000 euros par emploi promis.", "50 000 euros"),
    ("nl", "De rechter verwierp het beroep van 12 buurtbewoners tegen de geplande loods.", "12 buurtbewoners"),
    ("de", "Das Gericht wies die Klage von zwölf Nachbarn gegen die geplante Halle ab.", "zwölf Nachbarn"),
])
def test_an_attributive_promise_of_another_noun_does_not_make_a_promise(lang, text, surface):
    assert status(text, surface, lang) != "promised"


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Residents doubt the promised 700 jobs.", "700 jobs"),
    ("fr", "Les riverains doutent des 700 emplois promis.", "700 emplois"),
    ("nl", "Omwonenden twijfelen aan de beloofde 700 banen.", "700 banen"),
    ("de", "Anwohner bezweifeln die versprochenen 700 Arbeitsplätze.", "700 Arbeitsplätze"),
])
def test_an_attributive_promise_of_the_figure_is_a_promise(lang, text, surface):
    assert status(text, surface, lang) == "promised"


# -- capacity: a modal of ability with a verb of throughput is a prospect ------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Once fitted out, the new hall can handle 60,000 parcels an hour.", "60,000 parcels"),
    ("fr", "Une fois équipée, la nouvelle halle peut traiter 60 000 colis par heure.", "60 000 colis"),
    ("nl", "Eenmaal ingericht kan de nieuwe hal 60.000 pakjes per uur verwerken.", "60.000 pakjes"),
    ("de", "Nach dem Umbau kann die neue Halle 60.000 Pakete pro Stunde abfertigen.", "60.000 Pakete"),
])
def test_a_capacity_is_a_prospect(lang, text, surface):
    assert status(text, surface, lang) == "promised"


def test_can_of_a_general_possibility_is_no_prospect():
    assert status("Customs clearance can take up to 48 hours.", "48 hours", "en") != "promised"


# -- time still to run: "another two years", "encore deux ans", "nog twee jaar", "noch zwei Jahre" --------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The permit procedure will take another two years.", "two years"),
    ("fr", "La procédure prend encore au moins deux ans.", "deux ans"),
    ("nl", "De vergunningsprocedure duurt nog minstens twee jaar.", "twee jaar"),
    ("de", "Das Genehmigungsverfahren dauert noch mindestens zwei Jahre.", "zwei Jahre"),
])
def test_time_still_to_run_is_a_prospect(lang, text, surface):
    assert status(text, surface, lang) == "promised"


def test_noch_vor_is_a_recent_past_not_time_to_run():
    assert status("Noch vor zwei Jahren arbeiteten dort 300 Menschen.", "300 Menschen", "de") != "promised"


# -- a commitment in Dutch subordinate word order -------------------------------------------------------------------
def test_dutch_commitment_in_a_subordinate_clause_is_a_promise():
    text = "De haven meldt dat de uitbater zich contractueel verbindt tot een overslag van 400.000 containers per jaar."
    assert status(text, "400.000 containers", "nl") == "promised"


# -- a precedent: a similar case with a past date is history, even its promise ----------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The last time a chipmaker came here, in 2009, it promised 2,500 jobs.", "2,500 jobs"),
    ("fr", "En 2011, une usine comparable avait promis 2 500 emplois dans la vallée.", "2 500 emplois"),
    ("nl", "Voor een vergelijkbare fabriek werden in 2011 2.500 banen beloofd.", "2.500 banen"),
    ("de", "Für ein vergleichbares Werk wurden im Jahr 2011 rund 2.500 Arbeitsplätze versprochen.", "2.500 Arbeitsplätze"),
])
def test_a_precedent_with_a_past_date_is_historical(lang, text, surface):
    assert status(text, surface, lang) == "historical"


def test_a_similar_case_in_the_present_is_not_history():
    text = "Similar depots in Flanders employ 40 people per hectare."
    assert status(text, "40 people", "en") != "historical"


# -- money by the year is a running cost, not an investment -----------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The town pays 35,000 euros a year for the shuttle bus.", "35,000 euros"),
    ("fr", "La commune paie 35 000 euros par an pour la navette.", "35 000 euros"),
    ("nl", "De gemeente betaalt 35.000 euro per jaar voor de pendelbus.", "35.000 euro"),
    ("de", "Die Gemeinde zahlt 35.000 Euro pro Jahr für den Pendelbus.", "35.000 Euro"),
])
def test_money_by_the_year_is_other(lang, text, surface):
    assert measure(text, surface, lang) == "other"


def test_an_investment_by_the_year_stays_an_investment():
    text = "The group will invest 20 million euros a year in the site."
    assert measure(text, "20 million euros", "en") == "investment"


# -- Dutch and German "hier" is "here", not French "yesterday" ----------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("nl", "‘Ik verdien hier 2.300 euro per maand’, zegt de heftruckchauffeur.", "2.300 euro"),
    ("de", "„Wer hier arbeitet, verdient mindestens 16 Euro in der Stunde“, sagt die Sprecherin.", "16 Euro"),
])
def test_here_is_no_date(lang, text, surface):
    assert status(text, surface, lang) == "realised"


def test_french_hier_is_still_yesterday():
    from helpers.extract.dates import date_rows
    assert [row["surface"] for row in date_rows("Le port a annoncé hier 300 embauches.", PUBLISHED, "fr")] == ["hier"]


# -- French typography: a sentence ends before « with a space inside the quotation mark --------------------------------
def test_a_french_quotation_after_a_full_stop_is_another_sentence():
    text = "Selon lui, le port fait vivre 4 000 personnes. « On ne va pas fermer cette porte », a-t-il ajouté."
    claim = read(text, "4 000 personnes", "fr")
    assert claim["status"] == "realised"
    assert measure(text, "4 000 personnes", "fr") == "jobs"


# -- a count stated in the past is a realised state, even beside a promise --------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The union counted only 610 employees on contracts, while 900 had been promised.", "610 employees"),
    ("fr", "Le syndicat comptait à peine 610 salariés sous contrat, alors que 900 avaient été promis.", "610 salariés"),
    ("nl", "De vakbond telde amper 610 werknemers met een contract, terwijl er 900 beloofd waren.", "610 werknemers"),
    ("de", "Die Gewerkschaft zählte nur 610 Beschäftigte mit Vertrag, versprochen waren 900.", "610 Beschäftigte"),
])
def test_a_stated_count_is_realised(lang, text, surface):
    assert status(text, surface, lang) == "realised"


def test_counted_on_is_a_reckoning():
    assert status("The operator counted on 800 new hires by 2026.", "800 new hires", "en") == "promised"


# -- modal verbs: permission is a prospect; German "sollen" of a claim, with a source or the present, reports a state --
def test_dutch_permission_is_a_prospect():
    assert status("Het bedrijf mag 300 extra mensen aanwerven.", "300 extra mensen", "nl") == "promised"


@pytest.mark.parametrize("text", [
    "Der Hub soll inzwischen 700 Menschen beschäftigen, heißt es in der Branche.",
    "Angeblich soll das Lager 700 Menschen beschäftigen.",
])
def test_german_sollen_of_a_claim_reports_a_state(text):
    assert status(text, "700 Menschen", "de") == "realised"


def test_german_sollen_of_a_plan_is_a_prospect():
    assert status("Das Lager soll bis 2027 rund 700 Menschen beschäftigen.", "700 Menschen", "de") == "promised"


# -- French "mettre" with a duration is a transit time ---------------------------------------------------------------
@pytest.mark.parametrize("text, surface", [
    ("Un train de conteneurs depuis Xi'an met 16 jours jusqu'à Liège.", "16 jours"),
    ("Un colis met en moyenne trois jours pour arriver.", "trois jours"),
])
def test_mettre_with_a_duration_is_a_transit_time(text, surface):
    assert measure(text, surface, "fr") == "delivery_time"


# -- German separable "umsetzen" (to turn over): "setzte ... um" is revenue --------------------------------------------
def test_german_separable_turnover_is_revenue():
    text = "Die Reederei setzte im vergangenen Jahr rund 14 Milliarden Euro um."
    assert measure(text, "14 Milliarden Euro", "de") == "revenue"
    assert status(text, "14 Milliarden Euro", "de") == "historical"


def test_french_imperfect_of_employer_counts_a_workforce():
    assert measure("En 2019, l'entrepôt employait 1 200 personnes.", "1 200 personnes", "fr") == "jobs"


def test_french_s_attendre_a_is_an_expectation():
    text = "L'aéroport s'attend à ce que le hub traite 2 millions de colis par jour."
    assert status(text, "2 millions de colis", "fr") == "promised"


# -- a workforce counted by its employer ("we have 300 people") or as a shift ("a night shift of 45") are jobs --------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "“When the depot opened we had 120 people; now we are 260,” the manager says.", "120 people"),
    ("fr", "« À l'ouverture, nous avions 120 personnes », raconte la directrice.", "120 personnes"),
    ("nl", "‘Bij de opening hadden we 120 mensen’, vertelt de directeur.", "120 mensen"),
    ("de", "„Zur Eröffnung hatten wir 120 Leute“, erzählt die Leiterin.", "120 Leute"),
    ("en", "She leads a night shift of 45 people at the sorting centre.", "45 people"),
    ("de", "Sie leitet eine Nachtschicht von 45 Leuten im Sortierzentrum.", "45 Leuten"),
])
def test_a_workforce_counted_by_its_employer_is_jobs(lang, text, surface):
    assert measure(text, surface, lang) == "jobs"


def test_residents_are_still_people():
    assert measure("About 300 residents protested outside the depot.", "300 residents", "en") == "people"


# -- Dutch separable "aanwerven": "werft ... aan" is hiring under way -------------------------------------------------
def test_dutch_separable_hiring_is_jobs_to_come():
    text = "Cainiao werft dit jaar nog 200 mensen aan."
    assert measure(text, "200 mensen", "nl") == "jobs"
    assert status(text, "200 mensen", "nl") == "promised"


# -- hiring under way and additions in the present are jobs to come; talk of jobs is a prospect ------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The company is still hiring 200 people this year.", "200 people"),
    ("fr", "L'entreprise embauche encore 200 personnes cette année.", "200 personnes"),
    ("de", "Das Unternehmen stellt in diesem Jahr noch 200 Leute ein.", "200 Leute"),
    ("de", "Mit dem Ausbau kommen 150 Stellen hinzu.", "150 Stellen"),
    ("de", "Die Rede war von 900 direkten Arbeitsplätzen.", "900 direkten Arbeitsplätzen"),
    ("fr", "On parlait à l'époque de 900 emplois directs.", "900 emplois"),
])
def test_hiring_additions_and_talk_are_jobs_to_come(lang, text, surface):
    assert status(text, surface, lang) == "promised"
    assert measure(text, surface, lang) == "jobs"


def test_german_offering_work_counts_a_workforce():
    assert measure("Das Werk bietet 500 Menschen Arbeit.", "500 Menschen", "de") == "jobs"


# -- German participles without ge- ("investiert") at the end of the clause are a perfect, not a present --------------
def test_german_clause_final_investiert_is_a_perfect():
    assert status("Das Unternehmen hat bisher 100 Millionen Euro investiert.", "100 Millionen Euro", "de") == "realised"


def test_german_present_investiert_is_a_prospect():
    text = "Das Unternehmen investiert in der ersten Ausbaustufe 100 Millionen Euro."
    assert status(text, "100 Millionen Euro", "de") == "promised"


# -- German bare years: a year before a lower-case verb or adverb is a date (nouns are capitalised) -------------------
@pytest.mark.parametrize("text, expected", [
    ("2019 wurden in Köln 300.000 Tonnen Fracht umgeschlagen.", ["2019"]),
    ("Das neue Lager öffnet 2027 mit 250 Beschäftigten.", ["2027"]),
    ("2000 Mitarbeiter arbeiten dort.", []),
    ("2000 neue Stellen sollen entstehen.", []),
    ("Es sind 2000 und mehr.", []),
])
def test_german_bare_year_before_a_lower_case_word_is_a_date(text, expected):
    from helpers.extract.dates import date_rows
    assert [row["surface"] for row in date_rows(text, PUBLISHED, "de")] == expected


def test_a_german_opening_in_a_future_bare_year_is_a_prospect():
    assert status("Das neue Lager öffnet 2027 mit 250 Beschäftigten.", "250 Beschäftigten", "de") == "promised"


def test_an_english_bare_number_is_no_year():
    from helpers.extract.dates import date_rows
    assert date_rows("Some 2000 workers joined the strike.", PUBLISHED, "en") == []


# -- an elided count after an existential verb at the end of its sentence ------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The group promised 800 jobs; today there are 430.", "430"),
    ("fr", "Le groupe promettait 800 emplois ; on en compte aujourd'hui 430.", "430"),
    ("nl", "De groep beloofde 800 banen; vandaag zijn er 430.", "430"),
    ("de", "Der Konzern versprach 800 Arbeitsplätze; heute sind es 430.", "430"),
])
def test_an_existential_count_at_the_end_of_a_sentence_inherits_the_noun(lang, text, surface):
    claim = read(text, surface, lang, nth=0)
    assert measure(text, surface, lang) == "jobs"
    assert claim["status"] == "realised"


def test_an_existential_number_with_its_own_unit_is_not_elided():
    rows = [row for row in quantity_rows("Der Konzern versprach 800 Arbeitsplätze; heute sind es 430 Euro.", "de")
            if row["surface"].startswith("430")]
    assert rows and rows[0]["kind"] == "money"
