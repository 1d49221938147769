"""An elided figure measures what its antecedent measures (session 7, tune-claims): a bare number whose noun is
left out ("We employ 410 people. Back then there were 200.") or a bare sum after a parallel connector ("a profit of
€14 million, against 9 million") is read from the figure it continues, unless it has a cue of its own. Sentences
written for these tests in English, French, Dutch and German -- none from the seed articles or the development
corpus; the reading is end to end (extractor, dates, claims rules, in text order as the build reads them)."""

import pytest

from tests.conftest import claim_measure as measure


# -- the left-out noun of a workforce: the count continues the jobs, not a count of people --------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The depot employs 520 people. When it opened there were 300.", "300"),
    ("en", "Our warehouse now has a workforce of 640 people; at the start there were only 210.", "210"),
    ("fr", "L'entrepôt emploie 480 personnes. À l'ouverture, il y en avait 200.", "200"),
    ("nl", "Het distributiecentrum stelt 350 mensen tewerk. Bij de opening waren er 120.", "120"),
    ("de", "Das Lager beschäftigt 260 Menschen. Bei der Eröffnung waren es 90.", "90"),
])
def test_an_elided_count_of_staff_counts_jobs(lang, text, surface):
    assert measure(text, surface, lang) == "jobs"


# -- a bare sum after a parallel connector: the same thing as the sum it is compared with ---------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The operator reported a net profit of €14 million for the financial year just closed, against 9 million"
           " a year earlier.", "9 million"),
    ("fr", "L'exploitant a publié un bénéfice net de 12 millions d'euros pour l'exercice écoulé, contre 7 millions"
           " un an plus tôt.", "7 millions"),
    ("nl", "De uitbater maakte een nettowinst van 9 miljoen euro bekend voor het afgelopen boekjaar, tegenover"
           " 6 miljoen een jaar eerder.", "6 miljoen"),
    ("de", "Der Betreiber wies einen Nettogewinn von 15 Millionen Euro für das abgelaufene Geschäftsjahr aus,"
           " gegenüber 11 Millionen im Vorjahr.", "11 Millionen"),
])
def test_a_parallel_sum_measures_what_its_antecedent_measures(lang, text, surface):
    assert measure(text, surface, lang) == "other"  # a profit: not an investment, money's default


# -- a cue of the elided figure's own still decides -----------------------------------------------------------------
@pytest.mark.parametrize("lang, text, surface, expected", [
    ("en", "About 700 people come through the gates each day. Of those, 250 are employees of the operator.", "250",
     "jobs"),
    ("en", "The carrier invested €40 million in the hub, against 25 million in fines paid by its rival.",
     "25 million", "fine"),
])
def test_an_own_cue_wins_over_the_antecedent(lang, text, surface, expected):
    assert measure(text, surface, lang) == expected


# -- an adjective standing for the left-out noun ("4,000 indirect"): a count of the noun of the count before it -----
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The plant will create 2,000 direct jobs and 4,000 indirect.", "4,000 indirect"),
    ("en", "The plant will create 2,000 direct jobs and another 4,000 indirect ones.", "4,000 indirect ones"),
    ("fr", "Selon le président, l'usine va générer 2 000 postes de travail directs et autres 4 000 indirects.",
     "4 000 indirects"),
    ("fr", "Le nouveau site logistique compte aujourd'hui 300 salariés, dont 120 temporaires.", "120 temporaires"),
    ("nl", "De fabriek levert volgens de provincie 800 directe banen op en nog eens 1.200 indirecte.",
     "1.200 indirecte"),
    ("nl", "Het bedrijf telt 300 werknemers, van wie 120 tijdelijke.", "120 tijdelijke"),
    ("de", "Das Werk soll 1.000 direkte Arbeitsplätze schaffen und 2.500 indirekte.", "2.500"),  # German: inherited
])
def test_an_elliptic_adjective_counts_the_earlier_noun(lang, text, surface):
    assert measure(text, surface, lang) == "jobs"


# -- an answer's bare figure counts what the question before it asks about ("How many X ...? -- 90,000 a night") ---
@pytest.mark.parametrize("lang, text, surface, expected", [
    ("en", "Q: How many people work at the depot today?\nA: Around 650 people, most of them on night shifts.",
     "650 people", "jobs"),
    ("en", "How many parcels leave the hall? Roughly 90,000 a night on a normal weekday.", "90,000", "parcels"),
    ("fr", "Combien de colis quittent le hall ?\nEnviron 90 000 par nuit en semaine.", "90 000", "parcels"),
    ("fr", "Combien de personnes travaillent sur le site ?\n— Environ 400 personnes, surtout la nuit.",
     "400 personnes", "jobs"),
    ("nl", "Hoeveel pakjes verlaten de hal?\nOngeveer 90.000 per nacht op een gewone weekdag.", "90.000", "parcels"),
    ("nl", "Hoeveel mensen werken er vandaag op de site?\nOngeveer 400 mensen, vooral 's nachts.", "400 mensen",
     "jobs"),
    ("de", "Wie viele Pakete verlassen die Halle?\nRund 90.000 pro Nacht an einem normalen Werktag.", "90.000",
     "parcels"),
    ("de", "Wie viele Menschen arbeiten heute am Standort?\nEtwa 400 Menschen, die meisten nachts.", "400 Menschen",
     "jobs"),
])
def test_an_answer_counts_what_its_question_asks(lang, text, surface, expected):
    assert measure(text, surface, lang) == expected


@pytest.mark.parametrize("lang, text, surface", [  # a percentage answering "how many of X" is a share of X
    ("en", "How many of those flights land at night? About 40 percent.", "40 percent"),
    ("nl", "Hoeveel van die vluchten landen 's nachts?\nOngeveer veertig procent.", "veertig procent"),
])
def test_a_percentage_answer_is_a_share(lang, text, surface):
    assert measure(text, surface, lang) == "share"


# -- a preposition after a number is not its noun ("700.000 rond Kerstmis") ------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Volumes reach 50,000 a day, and 80,000 despite the strikes.", "80,000"),
    ("fr", "Le centre traite 50 000 colis par jour, et jusqu'à 80 000 durant les soldes.", "80 000"),
    ("nl", "Het centrum verwerkt 50.000 pakjes per dag, met pieken tot 80.000 rond Kerstmis.", "80.000"),
    ("nl", "Het centrum verwerkt 50.000 pakjes per dag, en zo'n 80.000 tijdens de solden.", "80.000"),
])
def test_a_preposition_is_not_a_counted_noun(lang, text, surface):
    from helpers.extract.quantities import quantity_rows

    assert surface in [row["surface"] for row in quantity_rows(text, lang)]


# -- a bare number ending its clause after a verb: the object of that verb, a count of the noun before it ------------
@pytest.mark.parametrize("lang, text, surface, cue", [
    ("en", "The firm promised 900 jobs and delivered 300.", "300", "delivered"),
    ("en", "The company has pledged 600 jobs; so far it has hired 250, mostly drivers.", "250", "hired"),
    ("fr", "Le groupe avait promis 900 emplois ; il en a créé 300.", "300", "créé"),
    ("fr", "Le distributeur annonçait 500 postes, puis en a supprimé 120, faute de commandes.", "120", "supprimé"),
    ("nl", "De groep beloofde 900 banen en heeft er 300 gecreëerd.", "300", "er"),
    ("de", "Versprochen waren 900 Arbeitsplätze, entstanden sind 300.", "300", "sind"),
])
def test_a_clause_final_number_after_a_verb_takes_the_earlier_noun(lang, text, surface, cue):
    from helpers.extract.quantities import quantity_rows

    rows = {row["surface"]: row for row in quantity_rows(text, lang)}
    assert rows[surface]["noun_source"] == "inherited" and rows[surface]["noun_cue"] == cue
    assert measure(text, surface, lang) == "jobs"


@pytest.mark.parametrize("lang, text, only", [  # not a verb right before it: no count
    ("en", "The depot has 300 staff and its main gate is on Route 6.", "300 staff"),
    ("en", "The depot has 300 staff; the convoy used lane 4, as planned.", "300 staff"),
    ("fr", "Le dépôt compte 300 salariés et se trouve près de la sortie 4.", "300 salariés"),
    ("nl", "Het depot telt 300 werknemers en ligt vlak bij afrit 4.", "300 werknemers"),
    ("de", "Das Lager hat 300 Beschäftigte und liegt an der Ausfahrt 4.", "300 Beschäftigte"),
])
def test_a_number_after_a_noun_is_not_an_elided_count(lang, text, only):
    from helpers.extract.quantities import quantity_rows

    assert [row["surface"] for row in quantity_rows(text, lang)] == [only]


# -- "now" of the present marks a state, as "nu", "jetzt", "maintenant" do ------------------------------------------
@pytest.mark.parametrize("lang, text, surface", [
    ("en", "When the depot opened it had 90 staff. Now it has 140, and the owners want 200 by 2026.", "140"),
    ("fr", "À l'ouverture, le dépôt comptait 90 salariés. Il en compte maintenant 140 salariés, et la direction en"
           " vise 200 d'ici 2026.", "140 salariés"),
    ("nl", "Bij de opening had het depot 90 werknemers. Nu zijn het er 140 werknemers, en de directie mikt op 200"
           " tegen 2026.", "140 werknemers"),
    ("de", "Zur Eröffnung hatte das Lager 90 Beschäftigte. Jetzt sind es 140 Beschäftigte, und bis 2026 sollen es"
           " 200 werden.", "140 Beschäftigte"),
])
def test_now_marks_a_realised_figure(lang, text, surface):
    from tests.conftest import claim_status

    assert claim_status(text, surface, lang) == "realised"


# -- a figure that is the object of its own clause's verb takes that clause's tense, not the other clause's cue ------
@pytest.mark.parametrize("lang, text, surface, expected", [
    ("en", "The firm promised 900 jobs and delivered 300.", "300", "realised"),
    ("en", "The operator pledged 700 jobs by 2022 but created 280 jobs.", "280 jobs", "realised"),
    ("en", "The operator pledged 700 jobs by 2022 but created 280 jobs.", "700 jobs", "promised"),
    ("fr", "Le groupe s'était engagé sur 900 emplois et en a finalement créé 300.", "300", "realised"),
    ("fr", "L'entreprise promettait 800 postes d'ici 2025 et a créé 250 postes.", "250 postes", "realised"),
    # verb-second order: an auxiliary before the figure is not its clause's verb; the participle comes later
    ("de", "Laut Stellenanzeige werden 40 Fahrer und acht Disponenten gesucht.", "40 Fahrer", "promised"),
    ("nl", "Volgens de vacature worden er 40 chauffeurs en acht planners gezocht.", "40 chauffeurs", "promised"),
])
def test_the_verb_before_a_figure_gives_its_tense(lang, text, surface, expected):
    from tests.conftest import claim_status

    assert claim_status(text, surface, lang) == expected


# -- Dutch strong participles (ge-...-en) close an elided count; they are no plural noun ----------------------------
@pytest.mark.parametrize("text, surface, cue", [
    ("Er werden 900 banen beloofd; er zijn er 300 gekomen.", "300", "er"),
    ("Van de 500 beloofde jobs zijn er maar 120 overgebleven.", "120", "overgebleven"),
    ("Het bedrijf schrapte 200 banen en 80 zijn nooit teruggekomen; 50 zijn gebleven.", "50", "zijn"),
])
def test_a_dutch_strong_participle_is_not_a_noun(text, surface, cue):
    from helpers.extract.quantities import quantity_rows

    rows = {row["surface"]: row for row in quantity_rows(text, "nl")}
    assert rows[surface]["noun_source"] == "inherited" and rows[surface]["noun_cue"] == cue


@pytest.mark.parametrize("text, surface", [
    ("Er werden 900 banen beloofd; er zijn er 300 gekomen.", "300"),
    ("Het depot beloofde 400 jobs. Intussen zijn er 250 ingevuld.", "250"),
])
def test_a_dutch_perfect_around_the_figure_is_realised(text, surface):
    from tests.conftest import claim_status

    assert claim_status(text, surface, "nl") == "realised"
