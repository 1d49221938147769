"""Who states a figure or a quotation, on sentences written for these tests (never taken from the seed articles or the
development corpus), in English, French, Dutch and German: one test per general pattern of
:mod:`helpers.extract.attribution`, :mod:`helpers.extract.speaker_phrases` and :mod:`helpers.extract.antecedents`."""

from __future__ import annotations

import pytest

from helpers.extract.attribution import Reading
from tests.conftest import speaker_of


def quote_speaker(text: str, lang: str, inner: str) -> str:
    """The speaker of the quotation whose words start with ``inner``."""
    rows = [r for r in Reading(text, lang).quotations() if r["quote"].startswith(inner)]
    assert rows, f"no quotation starting with {inner!r}"
    return rows[0]["speaker"]


PRONOUN_AFTER_ROLE = [
    ("en", "Engineer Tomas Brandt built the depot. Councillor Ines Varga opposed the plan. "
           "\"Forty trucks a night is too many,\" she wrote.", "Forty trucks", "Ines Varga"),
    ("fr", "L'ingénieur Tomas Brandt a construit le dépôt. La conseillère Ines Varga s'oppose au projet. "
           "« Quarante camions par nuit, c'est trop », a-t-elle écrit.", "Quarante camions", "Ines Varga"),
    ("nl", "Ingenieur Tomas Brandt bouwde het depot. Gemeenteraadslid Ines Varga is tegen het plan. "
           "“Veertig vrachtwagens per nacht is te veel”, schreef ze.", "Veertig vrachtwagens", "Ines Varga"),
    ("de", "Ingenieur Tomas Brandt hat das Depot gebaut. Stadträtin Ines Varga lehnt den Plan ab. "
           "„Vierzig Lastwagen pro Nacht sind zu viel“, schrieb sie.", "Vierzig Lastwagen", "Ines Varga"),
]


@pytest.mark.parametrize("lang,text,inner,expected", PRONOUN_AFTER_ROLE)
def test_a_pronoun_stands_for_the_nearest_person_presented_by_a_role(lang, text, inner, expected):
    assert quote_speaker(text, lang, inner) == expected


APPOSITION_SUBJECT = [
    ("en", "Brightway's Nordic director, Maja Lind, said the group had picked Oulu for its harbour and would "
           "hire 250 people.", "250 people", "Maja Lind"),
    ("fr", "La directrice nordique de Brightway, Maja Lind, a dit que le groupe avait choisi Oulu et "
           "embaucherait 250 personnes.", "250 personnes", "Maja Lind"),
    ("nl", "De Noordse directeur van Brightway, Maja Lind, zei dat de groep Oulu had gekozen en 250 mensen "
           "zou aannemen.", "250 mensen", "Maja Lind"),
    ("de", "Die nordische Direktorin von Brightway, Maja Lind, sagte, die Gruppe habe Oulu gewählt und werde "
           "250 Menschen einstellen.", "250 Menschen", "Maja Lind"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", APPOSITION_SUBJECT)
def test_a_name_in_apposition_before_the_verb_is_the_subject_not_an_inverted_tag(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


def test_an_inverted_auxiliary_with_a_pronoun_names_the_last_person():
    text = ("Le maire de Vise, Paul Renier, a visité le chantier. Le site emploiera 320 personnes, a-t-il ajouté. "
            "« Nous avons attendu dix ans », a-t-il déclaré.")
    assert speaker_of(text, "fr", "320 personnes") == "Paul Renier"
    assert quote_speaker(text, "fr", "Nous avons attendu") == "Paul Renier"


POSSESSIVE_ROLE = [
    ("en", "The union CGT Rail opposes the sale. \"We will count every job,\" said its secretary Marc Olin.",
     "We will count", "Marc Olin"),
    ("fr", "Le syndicat CGT Rail s'oppose à la vente. « Nous compterons chaque emploi », a déclaré son "
           "secrétaire Marc Olin.", "Nous compterons", "Marc Olin"),
    ("nl", "De vakbond ACV Spoor verzet zich tegen de verkoop. “We tellen elke baan”, zei haar secretaris "
           "Marc Olin.", "We tellen", "Marc Olin"),
    ("de", "Die Gewerkschaft EVG lehnt den Verkauf ab. „Wir zählen jeden Arbeitsplatz“, sagte ihr "
           "Regionalsekretär Marc Olin.", "Wir zählen", "Marc Olin"),
]


@pytest.mark.parametrize("lang,text,inner,expected", POSSESSIVE_ROLE)
def test_a_possessive_before_a_role_is_a_determiner_not_a_pronoun(lang, text, inner, expected):
    assert quote_speaker(text, lang, inner) == expected


ROLE_OF_ORGANISATION = [
    ("en", "\"Volumes keep rising,\" said the spokeswoman for Gdansk Port, Ewa Nowak.", "Volumes", "Ewa Nowak"),
    ("fr", "« Les volumes augmentent », a déclaré la porte-parole du port de Gdansk, Ewa Nowak.", "Les volumes",
     "Ewa Nowak"),
    ("nl", "“De volumes blijven stijgen”, zegt de woordvoerster van Gdansk Port, Ewa Nowak.", "De volumes",
     "Ewa Nowak"),
    ("de", "„Die Mengen steigen weiter“, sagte die Sprecherin des Hafens Danzig, Ewa Nowak.", "Die Mengen",
     "Ewa Nowak"),
]


@pytest.mark.parametrize("lang,text,inner,expected", ROLE_OF_ORGANISATION)
def test_the_person_named_after_a_role_of_an_organisation_speaks(lang, text, inner, expected):
    assert quote_speaker(text, lang, inner) == expected


def test_a_role_of_an_organisation_named_by_its_noun_gives_the_organisation_not_the_hearer():
    text = "Dort arbeiten heute 140 Zöllner, wie ein Sprecher der Zollverwaltung dem Kurier sagte."
    assert speaker_of(text, "de", "140 Zöllner") == "Zollverwaltung"


@pytest.mark.parametrize("lang,text,inner", [
    ("en", "\"We want answers,\" said MP Lotte Berg (Greens).", "We want"),
    ("fr", "« Nous voulons des réponses », a déclaré la députée Lotte Berg (Verts).", "Nous voulons"),
    ("nl", "“We willen antwoorden”, zei Kamerlid Lotte Berg (Groen).", "We willen"),
    ("de", "„Wir wollen Antworten“, sagte die Abgeordnete Lotte Berg (Grüne).", "Wir wollen"),
])
def test_a_party_in_parentheses_is_no_part_of_the_name(lang, text, inner):
    assert quote_speaker(text, lang, inner) == "Lotte Berg"


COMPANY_NOUN = [
    ("en", "Arctic Rail Holdings paid €40m for the stake, according to the trade register. The group says it "
           "will add 12 trains a week.", "12 trains", "Arctic Rail Holdings"),
    ("fr", "Arctic Rail Holdings a payé 40 millions d'euros, selon le registre du commerce. Le groupe affirme "
           "qu'il ajoutera 12 trains par semaine.", "12 trains", "Arctic Rail Holdings"),
    ("nl", "Arctic Rail Holdings betaalde 40 miljoen euro, volgens het handelsregister. De groep zegt dat ze "
           "12 treinen per week zal toevoegen.", "12 treinen", "Arctic Rail Holdings"),
    ("de", "Arctic Rail Holdings zahlte 40 Millionen Euro, laut dem Handelsregister. Der Konzern selbst sagt, "
           "er werde 12 Züge pro Woche hinzufügen.", "12 Züge", "Arctic Rail Holdings"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", COMPANY_NOUN)
def test_the_company_is_the_company_named_before(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


NOUN_OF_THE_NAME = [
    ("en", "The Nordic Freight Observatory tracks the hub. According to the observatory, 300 jobs were filled.",
     "300 jobs", "Nordic Freight Observatory"),
    ("fr", "L'Observatoire nordique du fret suit le site. Selon l'observatoire, 300 postes ont été pourvus.",
     "300 postes", "Observatoire"),
    ("nl", "Het Observatorium Noordelijke Vracht volgt de hub. Volgens het observatorium zijn 300 banen ingevuld.",
     "300 banen", "Observatorium Noordelijke Vracht"),
    ("de", "Die Fracht fliegt über den Flughafen Kassel Nord. Nach Angaben des Flughafens wurden 300 Stellen "
           "besetzt.", "300 Stellen", "Flughafen Kassel Nord"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", NOUN_OF_THE_NAME)
def test_a_noun_of_a_name_named_before_stands_for_that_name(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase).endswith(expected)


@pytest.mark.parametrize("lang,text,phrase", [
    ("en", "The Baltic Port Company (BPC) runs the quay. According to the BPC, 45 ships called in May.", "45 ships"),
    ("fr", "La Baltic Port Company (BPC) gère le quai. Selon la BPC, 45 navires ont fait escale en mai.",
     "45 navires"),
    ("nl", "De Baltic Port Company (BPC) beheert de kade. Volgens de BPC legden in mei 45 schepen aan.",
     "45 schepen"),
    ("de", "Die Baltic Port Company (BPC) betreibt den Kai. Nach Angaben der BPC legten im Mai 45 Schiffe an.",
     "45 Schiffe"),
])
def test_an_acronym_stands_for_the_name_it_was_defined_after(lang, text, phrase):
    assert speaker_of(text, lang, phrase) == "Baltic Port Company"


@pytest.mark.parametrize("lang,text,phrase,expected", [
    ("en", "The buyer paid €38m, according to the Finnish trade register.", "€38m", "the Finnish trade register"),
    ("fr", "L'État a versé 12 millions d'euros, selon la préfecture.", "12 millions", "la préfecture"),
    ("nl", "Volgens het comité Stille Nachten zijn er 30 procent meer vluchten.", "30 procent", "Stille Nachten"),
    ("de", "Laut dem Fachblatt „Schiene Aktuell“ liegt der Preis bei 20 Millionen Euro.", "20 Millionen",
     "Schiene Aktuell"),
])
def test_a_source_phrase_needs_no_role_noun(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


@pytest.mark.parametrize("lang,text,phrase", [
    ("en", "The deal values the terminal at €90m, according to our calculations.", "€90m"),
    ("fr", "L'opération valorise le terminal à 90 millions d'euros, selon les calculs de notre rédaction.",
     "90 millions"),
    ("nl", "De deal waardeert de terminal op 90 miljoen euro, volgens berekeningen van onze redactie.",
     "90 miljoen"),
    ("de", "Der Deal bewertet das Terminal mit 90 Millionen Euro, laut Berechnungen unserer Redaktion.",
     "90 Millionen"),
])
def test_our_own_calculations_are_the_outlet(lang, text, phrase):
    assert speaker_of(text, lang, phrase) == ""


ROLE_ONLY_PERSON = [
    ("en", "Transport minister Ilse Kamp visited the port. Later the minister said 80 berths would be added.",
     "80 berths", "Ilse Kamp"),
    ("fr", "La ministre des Transports, Ilse Kamp, a visité le port. Plus tard, la ministre a déclaré que 80 "
           "postes d'amarrage seraient ajoutés.", "80 postes", "Ilse Kamp"),
    ("nl", "Minister Ilse Kamp bezocht de haven. „Er komen 80 ligplaatsen bij”, zei de minister.",
     "80 ligplaatsen", "Ilse Kamp"),
    ("de", "Ministerin Ilse Kamp besuchte den Hafen. „Es kommen 80 Liegeplätze hinzu“, sagte die Ministerin.",
     "80 Liegeplätze", "Ilse Kamp"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", ROLE_ONLY_PERSON)
def test_a_role_alone_stands_for_the_person_it_presented(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


AS_TAG = [
    ("en", "The line opens in June. About 30 jobs will be added, as Henk Vos told residents on Monday.",
     "30 jobs", "Henk Vos"),
    ("fr", "La ligne ouvre en juin. Une trentaine d'emplois seront créés, comme l'a expliqué lundi Henk Vos.",
     "trentaine", "Henk Vos"),
    ("nl", "De lijn opent in juni. Er komen 30 banen bij, zoals Henk Vos maandag aan de buurt verklaarde.",
     "30 banen", "Henk Vos"),
    ("de", "Die Linie öffnet im Juni. Dort entstehen 30 Stellen, wie Henk Vos am Montag den Anwohnern sagte.",
     "30 Stellen", "Henk Vos"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", AS_TAG)
def test_as_x_said_attributes_the_clause_before_it(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


HEADLINE = [
    ("en", "\"This port is our lifeline\"\n\nSara Holm runs the Gdynia ferry terminal. A talk about freight.",
     "This port", "Sara Holm"),
    ("fr", "« Ce port est notre poumon »\n\nSara Holm dirige le terminal de ferries de Gdynia. Entretien.",
     "Ce port", "Sara Holm"),
    ("nl", "‘Deze haven is onze levensader’\n\nSara Holm leidt de ferryterminal van Gdynia. Een gesprek.",
     "Deze haven", "Sara Holm"),
    ("de", "»Dieser Hafen ist unsere Lebensader«\n\nSara Holm leitet das Fährterminal in Gdynia. Ein Gespräch.",
     "Dieser Hafen", "Sara Holm"),
]


@pytest.mark.parametrize("lang,text,inner,expected", HEADLINE)
def test_a_headline_quotation_is_said_by_the_person_the_next_paragraph_presents(lang, text, inner, expected):
    assert quote_speaker(text, lang, inner) == expected


ECHO = [
    ("en", "The firm expects to invest €80m and to create 180 jobs by 2027. That is what airport spokeswoman "
           "Carla Frei confirmed on Tuesday.", "180 jobs", "Carla Frei"),
    ("fr", "L'entreprise prévoit d'investir 80 millions et de créer 180 emplois d'ici 2027. C'est ce qu'a "
           "confirmé mardi la porte-parole de l'aéroport, Carla Frei.", "180 emplois", "Carla Frei"),
    ("nl", "Het bedrijf verwacht 80 miljoen te investeren en tegen 2027 180 banen te scheppen. Dat bevestigde "
           "luchthavenwoordvoerster Carla Frei dinsdag.", "180 banen", "Carla Frei"),
    ("de", "Das Unternehmen rechnet mit Investitionen von 80 Millionen und will bis 2027 rund 180 Stellen "
           "schaffen. Das bestätigte Flughafensprecherin Carla Frei am Dienstag.", "180 Stellen", "Carla Frei"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", ECHO)
def test_an_echo_in_the_next_sentence_decides_who_said_the_sentence(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


@pytest.mark.parametrize("lang,text,phrase", [
    ("en", "Construction starts in spring. It will add 5,000 square metres, and we expect it to create 90 jobs.",
     "90 jobs"),
    ("fr", "Il y aura 250 emplois supplémentaires attendus, ajoute le communiqué de notre rédaction.",
     "250 emplois"),
    ("nl", "De kade wordt langer. Er worden 250 bijkomende arbeidsplaatsen verwacht.", "250 bijkomende"),
    ("de", "Es ist weniger, als man für einen Standort von 22 ha erwarten durfte. Es arbeiten 600 Menschen dort.",
     "600 Menschen"),
])
def test_no_speaker_from_a_first_person_a_passive_or_a_clause_word(lang, text, phrase):
    assert speaker_of(text, lang, phrase) == ""


@pytest.mark.parametrize("lang,text,phrase", [
    ("en", "Norrland Cargo declined to comment on the fine but said its depot had handled 90,000 tonnes.",
     "90,000 tonnes"),
    ("fr", "Norrland Cargo n'a pas commenté l'amende mais a affirmé que son dépôt avait traité 90 000 tonnes.",
     "90 000 tonnes"),
    ("nl", "Norrland Cargo gaf geen commentaar op de boete maar zei dat het depot 90.000 ton had verwerkt.",
     "90.000 ton"),
    ("de", "Norrland Cargo lehnte einen Kommentar zur Strafe ab und sagte, das Depot habe 90.000 Tonnen "
           "umgeschlagen.", "90.000 Tonnen"),
])
def test_a_subject_shared_by_two_coordinated_verbs(lang, text, phrase):
    assert speaker_of(text, lang, phrase) == "Norrland Cargo"


def test_a_family_name_written_first_resolves_to_the_full_name():
    text = ("„Die Halle ist fertig“, sagte Wang Jun, Europachef von Lanhai. „Die ersten Pakete“, so Wang, "
            "„kommen im Mai.“")
    assert quote_speaker(text, "de", "Die ersten Pakete") == "Wang Jun"


def test_reported_mood_is_read_unfolded():
    text = ("„Wir bauen“, sagte der Bürgermeister Jan Kolb. Versprochen wurden 900 Arbeitsplätze, später war von "
            "3.000 die Rede.")
    assert speaker_of(text, "de", "900 Arbeitsplätze") == ""


@pytest.mark.parametrize("lang,text,phrase", [
    ("en", "Harbin Motors announced the plant in May. \"We will build 90,000 cars,\" said Harbin Motors. The company "
           "says it will hire 700 people.", "700 people"),
    ("fr", "Harbin Motors a annoncé l'usine en mai. L'entreprise affirme qu'elle embauchera 700 personnes.",
     "700 personnes"),
    ("nl", "Harbin Motors kondigde de fabriek in mei aan. Het bedrijf zegt dat het 700 mensen zal aannemen.",
     "700 mensen"),
    ("de", "Harbin Motors kündigte das Werk im Mai an. Das Unternehmen sagt, es werde 700 Menschen einstellen.",
     "700 Menschen"),
])
def test_a_name_ending_with_a_company_word_is_an_organisation(lang, text, phrase):
    reading = Reading(text, lang)
    start = text.index(phrase)
    assert reading.speaker_of(start, start + len(phrase))[0].name == "Harbin Motors"
    assert {e.name: e.kind for e in reading.book.entries}["Harbin Motors"] == "organisation"


@pytest.mark.parametrize("lang,text,phrase,expected", [
    ("en", "A spokesman for the Ministry of Ports and Shipping said that 12 cranes were ordered.", "12 cranes",
     "Ministry of Ports and Shipping"),
    ("fr", "Un porte-parole de l'Office des Ports et Chantiers a dit que 12 grues étaient commandées.", "12 grues",
     "Office des Ports et Chantiers"),
    ("nl", "Een woordvoerder van de Dienst van Havens en Scheepvaart zei dat 12 kranen besteld zijn.", "12 kranen",
     "Dienst van Havens en Scheepvaart"),
    ("de", "Ein Sprecher der Generaldirektion von Zoll und Verbrauchsteuern sagte, es seien 12 Kräne bestellt.",
     "12 Kräne", "Generaldirektion von Zoll und Verbrauchsteuern"),
])
def test_and_inside_a_name_after_an_of_word_is_part_of_the_name(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase).endswith(expected)


def test_a_name_in_an_inflected_form_is_the_full_name_before_it():
    text = "Am Freitag stellt sich die Firma im Arbeitsamt der DG vor. Nach Angaben des Arbeitsamts werden 60 Fahrer gesucht."
    assert speaker_of(text, "de", "60 Fahrer") == "Arbeitsamt der DG"


@pytest.mark.parametrize("lang,text,inner", [
    ("en", "The port was sold. \"Nothing changes for the staff, says the harbourmaster, Ute Lind. Contracts stay.\"",
     "Nothing changes"),
    ("fr", "Le port est vendu. « Rien ne change pour le personnel, assure la capitaine du port, Ute Lind. Les contrats "
           "restent. »", "Rien ne change"),
    ("nl", "De haven is verkocht. „Er verandert niets voor het personeel, zegt havenmeester Ute Lind. De contracten "
           "blijven.”", "Er verandert"),
    ("de", "Der Hafen ist verkauft. „Für das Personal ändert sich nichts, sagt die Hafenmeisterin Ute Lind. Die "
           "Verträge bleiben.“", "Für das Personal"),
])
def test_a_tag_inside_the_marks_between_commas_names_the_speaker(lang, text, inner):
    assert quote_speaker(text, lang, inner) == "Ute Lind"


@pytest.mark.parametrize("lang,text,inner", [
    ("en", "\"I am not against the hub,\" says Rita Moll, \"but the noise must be shared fairly.\" According to the "
           "council of Awans, 3,000 people live nearby.", "but the noise"),
    ("fr", "« Je ne suis pas contre le hub », dit Rita Moll, « mais le bruit doit être partagé. » Selon la commune "
           "d'Awans, 3 000 personnes vivent à proximité.", "mais le bruit"),
    ("nl", "„Ik ben niet tegen de hub,” zegt Rita Moll, „maar de overlast moet eerlijk verdeeld worden.” Volgens de "
           "gemeente Awans wonen er 3.000 mensen in de buurt.", "maar de overlast"),
    ("de", "„Ich bin nicht gegen das Zentrum“, sagt Rita Moll, „aber der Lärm muss gerecht verteilt werden.“ Laut "
           "der Gemeinde Awans leben 3.000 Menschen in der Nähe.", "aber der Lärm"),
])
def test_a_source_phrase_opening_the_next_sentence_is_no_tag_of_the_quotation(lang, text, inner):
    assert quote_speaker(text, lang, inner) == "Rita Moll"


@pytest.mark.parametrize("lang,text,inner", [
    ("en", "The group will go on. Its spokesman puts it this way:\n\n\"We will be here every Tuesday.\"\n\n"
           "Marc Thil, spokesman of the residents' group\n", "We will be here"),
    ("fr", "Le collectif continuera. Son porte-parole le dit ainsi :\n\n« Nous serons là chaque mardi. »\n\n"
           "Marc Thil, porte-parole du collectif\n", "Nous serons"),
    ("nl", "De actiegroep gaat door. Haar woordvoerder zegt het zo:\n\n„We staan hier elke dinsdag.”\n\n"
           "Marc Thil, woordvoerder van de actiegroep\n", "We staan"),
    ("de", "Die Initiative macht weiter. Ihr Sprecher formuliert es so:\n\n„Wir stehen jeden Dienstag hier.“\n\n"
           "Marc Thil, Sprecher der Initiative\n", "Wir stehen"),
])
def test_a_name_on_its_own_line_beats_a_role_before_a_colon(lang, text, inner):
    assert quote_speaker(text, lang, inner) == "Marc Thil"


@pytest.mark.parametrize("lang,text,phrase", [
    ("en", "By its own account, the carrier Nordwind Cargo has created 400 jobs at the airport.", "400 jobs"),
    ("fr", "Selon ses propres chiffres, le transporteur Nordwind Cargo a créé 400 emplois à l'aéroport.",
     "400 emplois"),
    ("nl", "Naar eigen zeggen heeft vervoerder Nordwind Cargo op de luchthaven 400 banen geschapen.", "400 banen"),
    ("de", "Nach eigenen Angaben hat der Frachtkonzern Nordwind Cargo am Flughafen 400 Stellen geschaffen.",
     "400 Stellen"),
])
def test_by_its_own_account_the_subject_is_the_source(lang, text, phrase):
    assert speaker_of(text, lang, phrase) == "Nordwind Cargo"


@pytest.mark.parametrize("lang,text,phrase", [
    ("en", "\"It works,\" said the director Jonas Ek. In his view, 2,000 people already work in the port.",
     "2,000 people"),
    ("fr", "« Ça marche », a dit le directeur Jonas Ek. À ses yeux, 2 000 personnes travaillent déjà au port.",
     "2 000 personnes"),
    ("nl", "„Het werkt”, zei directeur Jonas Ek. Naar zijn zeggen werken er al 2.000 mensen in de haven.",
     "2.000 mensen"),
    ("de", "„Es funktioniert“, sagte Direktor Jonas Ek. Nach seinen Worten arbeiten bereits 2.000 Menschen im Hafen.",
     "2.000 Menschen"),
])
def test_in_his_words_the_sentence_is_the_last_persons(lang, text, phrase):
    assert speaker_of(text, lang, phrase) == "Jonas Ek"


@pytest.mark.parametrize("lang,text,phrase", [
    ("en", "A Chinese fund, Red River Capital, wants 51% of the terminal. Its representatives say that 150 jobs will be created.",
     "150 jobs"),
    ("fr", "Un fonds chinois, Red River Capital, veut 51 % du terminal. Ses représentants affirment que 150 postes seront créés.",
     "150 postes"),
    ("nl", "Een Chinees fonds, Red River Capital, wil 51 procent van de terminal. Zijn vertegenwoordigers zeggen "
           "dat er 150 banen komen.", "150 banen"),
    ("de", "Ein chinesischer Fonds, Red River Capital, will 51 Prozent des Terminals. Seine Vertreter sagen, "
           "es würden 150 Stellen entstehen.", "150 Stellen"),
])
def test_its_representatives_speak_for_the_organisation_named_before(lang, text, phrase):
    assert speaker_of(text, lang, phrase) == "Red River Capital"


# ---------------------------------------------------------------- press forms of texts 17-20 (branch round2)
@pytest.mark.parametrize("lang,text,phrase", [
    ("de", "Der Hafen wächst. Ein Gespräch mit Hafendirektor Sven Lindqvist.\n\nHerr Lindqvist, wie geht es "
           "weiter?\n\nLindqvist: Gut. Wir bauen 300 neue Stellplätze.\n\nDie Anwohner klagen.\n\nLindqvist: Die "
           "nehmen wir ernst.\n\nWas kostet das?\n\nLindqvist: Etwa 40 Millionen Euro.\n\nDas Gespräch führte "
           "Paula Brenner.", "300 neue"),
    ("fr", "Le port grandit. Entretien avec le directeur Sven Lindqvist.\n\nQuelle suite ?\n\nLindqvist : Bonne. "
           "Nous construisons 300 places.\n\nEt les riverains ?\n\nLindqvist : Nous les écoutons.\n\nLe coût ?\n\n"
           "Lindqvist : Environ 40 millions d'euros.", "300 places"),
])
def test_interview_answers_labelled_by_a_surname_without_question_labels(lang, text, phrase):
    assert speaker_of(text, lang, phrase) == "Sven Lindqvist"


@pytest.mark.parametrize("lang,text,inner,expected", [
    ("de", "„Die Halle ist zu groß“, sagt Prof. Maren Olsen-Tiedke vom Zentrum für Verkehrsforschung in Bremen.",
     "Die Halle", "Maren Olsen-Tiedke"),
    ("de", "„Die Halle ist zu groß“, sagt Dr. Jonas Behrendt von der Hafenbehörde.", "Die Halle", "Jonas Behrendt"),
    ("en", "“The shed is too big,” said Dr. Maren Olsen of the Transport Institute in Bremen.", "The shed",
     "Maren Olsen"),
    ("fr", "« Le hangar est trop grand », estime M. Paul Verhaegen, de l'Institut des transports.", "Le hangar",
     "Paul Verhaegen"),
])
def test_an_abbreviated_title_and_the_organisation_after_the_name_are_no_part_of_it(lang, text, inner, expected):
    assert quote_speaker(text, lang, inner) == expected


@pytest.mark.parametrize("lang,text,phrase", [
    ("de", "Dessen Präsidentin, Ilse Varga-Horn, ist zufrieden. Der Managerin zufolge sind 700 Stellen entstanden.",
     "700 Stellen"),
    ("de", "„Wir liefern“, sagte Ilse Varga-Horn. Die 52-Jährige erwartet 700 neue Stellen, erklärte sie.",
     "700 neue"),
    ("fr", "M. Ilse Varga-Horn (PS) a pris la parole. Selon le député socialiste, 700 emplois ont été créés.",
     "700 emplois"),
    ("fr", "« Nous livrons », a dit Ilse Varga-Horn. La quinquagénaire, qui dirige le site, estime que 700 "
           "emplois seront créés.", "700"),
])
def test_a_definite_role_or_age_noun_stands_for_the_person_just_named(lang, text, phrase):
    assert speaker_of(text, lang, phrase) == "Ilse Varga-Horn"


@pytest.mark.parametrize("lang,text,inner", [
    ("de", "„Wir wachsen weiter“, sagte Werkschef Tomasz Wierzbicki.", "Wir wachsen"),
    ("nl", "„We groeien verder”, zei havenbaas Tomasz Wierzbicki.", "We groeien"),
])
def test_a_compound_ending_with_a_short_role_noun_is_the_role_not_the_name(lang, text, inner):
    assert quote_speaker(text, lang, inner) == "Tomasz Wierzbicki"


def test_an_own_account_phrase_inside_the_clause_credits_the_subject():
    text = "Der Paketdienst Norrland Post, Hauptmieter der Halle, beschäftigt dort nach eigenen Angaben 640 Menschen."
    assert speaker_of(text, "de", "640 Menschen") == "Norrland Post"


@pytest.mark.parametrize("lang,text,phrase,expected", [
    ("fr", "La directrice, Anne Moreels, qui a travaillé dix ans à Rotterdam, dit avoir créé 90 emplois.",
     "90 emplois", "Anne Moreels"),
    ("fr", "L'avocat des riverains, Me Luc Dardenne, qui plaide à Namur, juge que 40 camions par jour sont trop.",
     "40 camions", "Luc Dardenne"),
])
def test_a_relative_clause_between_subject_and_verb_is_skipped(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


def test_a_possessive_role_speaks_for_the_company_in_apposition_before():
    text = ("La visite s'est tenue à Herstal. Du côté de la Logivia, la société qui gère le parc, on est ravi. "
            "Le loyer atteindra 2 millions d'euros, a fait savoir sa porte-parole.")
    assert speaker_of(text, "fr", "2 millions") == "Logivia"


def test_a_colon_introduced_quotation_ending_its_sentence_keeps_the_colons_speaker():
    text = ("Le maire de Flémalle, Jean Dupuis-Ravet, reste prudent : « Ce sont 30 camions de plus par nuit. » "
            "Il demande une étude, a rappelé son cabinet.")
    assert quote_speaker(text, "fr", "Ce sont") == "Jean Dupuis-Ravet"


@pytest.mark.parametrize("lang,text,phrase,expected", [
    ("fr", "La cheffe de projet de l'entreprise, Mme Zhou Min, a annoncé l'ouverture. Un hall de 12 000 mètres carrés "
           "sera livré en mai, a-t-elle précisé.", "12 000", "Zhou Min"),
    ("fr", "Pour l'économiste Claire Fontaine, le projet tient : selon ses calculs, 800 postes seront créés.",
     "800 postes", "Claire Fontaine"),
    ("de", "Für die Ökonomin Clara Brunner ist das Projekt solide: Laut ihren Berechnungen entstehen 800 Stellen.",
     "800 Stellen", "Clara Brunner"),
])
def test_a_titled_apposition_and_a_possessive_source_name_the_person(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


@pytest.mark.parametrize("lang,text,phrase,expected", [
    ("fr", "Le syndicat socialiste FGTB reste méfiant. D'après le syndicat, 300 intérimaires travaillent sur le site.",
     "300", "FGTB"),
    ("de", "Die Gewerkschaft Verdi ist skeptisch. Nach Angaben der Gewerkschaft arbeiten 300 Leiharbeiter dort.",
     "300", "Verdi"),
    ("fr", "Le groupe coréen Hanseo Logis ouvre un entrepôt. Selon la direction, 150 emplois seront créés.",
     "150 emplois", "Hanseo Logis"),
])
def test_a_role_noun_stands_for_the_name_it_presented(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase).endswith(expected)  # ("Gewerkschaft Verdi": a German noun opens the name)


def test_a_sentence_opening_with_an_article_names_no_person_for_a_pronoun():
    text = ("Le ministre de l'Emploi, Marc Delhaize, a salué « un bon signal ». La Province avait versé 5 millions "
            "d'euros au projet, a-t-il rappelé.")
    assert speaker_of(text, "fr", "5 millions") == "Marc Delhaize"


def test_a_role_inside_a_name_run_presents_the_name():
    text = ("Brandenburgs Verkehrsministerin Katja Heldt (Grüne) war erleichtert. Das Werk sei das größte im Land, "
            "betonte die Ministerin. 900 Stellen sollen entstehen, sagte die Ministerin.")
    assert speaker_of(text, "de", "900 Stellen") == "Katja Heldt"


def test_a_reported_mood_clause_after_a_colon_belongs_to_the_subject_opening_the_sentence():
    text = ("Die Bürgerinitiative Stille Nacht zählt 70 Flüge pro Nacht. Flughafenchef Tom Reuter widersprach: "
            "Es seien im Schnitt 45 Flüge.")
    assert speaker_of(text, "de", "45 Flüge") == "Tom Reuter"


@pytest.mark.parametrize("lang,text,phrase,expected", [
    ("fr", "Le ministre Paul Lemaire a rappelé que la Région avait investi 30 millions d'euros.", "30 millions",
     "Paul Lemaire"),
    ("en", "Minister Paul Lemaire recalled that the region had invested 30 million euros.", "30 million",
     "Paul Lemaire"),
])
def test_a_surname_ending_like_a_role_noun_is_still_a_name(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase) == expected


@pytest.mark.parametrize("text,phrase,expected", [
    ("Nach Einschätzung von Ökonom Peter Lang entstehen so 1.000 Arbeitsplätze.", "1.000", "Peter Lang"),
    ("Nach Darstellung der Hafengesellschaft wurden 2023 rund 9 Millionen Container umgeschlagen.", "9 Millionen",
     "Hafengesellschaft"),
])
def test_german_nach_account_noun_of_names_the_source(text, phrase, expected):
    assert speaker_of(text, "de", phrase) == expected


@pytest.mark.parametrize("lang,text,phrase", [
    ("fr", "Christine Morel ne décolère pas. « On nous avait promis 900 emplois », rappelle la syndicaliste.",
     "900 emplois"),
    ("de", "Christine Morel ist wütend. „Man hat uns 900 Jobs versprochen“, sagt die Gewerkschafterin.", "900 Jobs"),
])
def test_a_role_phrase_stands_for_the_person_opening_the_sentence_before(lang, text, phrase):
    assert speaker_of(text, lang, phrase) == "Christine Morel"


@pytest.mark.parametrize("lang,text,phrase,expected", [
    ("fr", "Pour le bourgmestre, Didier Henrotte, les 200 emplois promis « ne sont pas au rendez-vous ».",
     "200 emplois", "Didier Henrotte"),
    ("fr", "Pour l'économiste Lise Gérard, de l'université de Namur, 400 emplois est un chiffre réaliste.",
     "400 emplois", "Lise Gérard"),
    ("de", "Für den Ausbau sind 150 Millionen Euro vorgesehen, teilte die Stadt mit.", "150 Millionen", "Stadt"),
])
def test_a_sentence_opening_pour_names_a_person_not_a_purpose(lang, text, phrase, expected):
    assert speaker_of(text, lang, phrase).endswith(expected)


@pytest.mark.parametrize("lang,text,phrase,expected", [
    ("de", "Die Reederei will 600 Stellen schaffen. Das kündigte Vorstandschef Rolf Habben Jansen in Hamburg an.",
     "600 Stellen", "Rolf Habben Jansen"),
    ("de", "„Das sind 900 gute Arbeitsplätze“, freute sich Ministerpräsident Dietmar Woidke.", "900 gute",
     "Dietmar Woidke"),
    ("de", "Der Chef der Hafengesellschaft, Jens Meier, zeigte sich zufrieden. Man habe 8 Millionen Container "
           "umgeschlagen, sagte Meier.", "8 Millionen", "Jens Meier"),
    ("fr", "Le patron du port, Jens Meier, était satisfait. « Nous avons traité 8 millions de conteneurs », a dit "
           "Meier.", "8 millions", "Jens Meier"),
    ("de", "Der chinesische Hersteller Sunvolt begrüßte die Entscheidung. Man habe 300 Millionen Euro investiert, "
           "sagte Sunvolt.", "300 Millionen", "Sunvolt"),
])
def test_echo_with_a_separable_verb_reflexive_verbs_and_a_surname_named_in_full_without_a_cue(lang, text, phrase,
                                                                                                  expected):
    assert speaker_of(text, lang, phrase).endswith(expected)  # ("Hersteller Sunvolt": a German noun before a name)


@pytest.mark.parametrize("lang,text,phrase,expected", [
    ("nl", "In een persbericht meldt Liège Airport dat er vorig jaar 1,1 miljoen ton vracht werd verwerkt.",
     "1,1 miljoen", "Liège Airport"),
    ("de", "In einer Mitteilung erklärte die Hafengesellschaft Rostock, dass 9 Millionen Container umgeschlagen wurden.",
     "9 Millionen", "Rostock"),
    ("en", "Dr. Helen Ward of the Transport Institute estimates that 1,000 jobs depend on the hub.", "1,000 jobs",
     "Helen Ward"),
    ("en", "Mayor Anne Dupont is sceptical. The 61-year-old said 40 trucks a night was too many.", "40 trucks",
     "Anne Dupont"),
])
def test_a_fronted_phrase_puts_the_subject_after_the_verb_and_a_titled_name_comes_first(lang, text, phrase,
                                                                                          expected):
    assert speaker_of(text, lang, phrase).endswith(expected)
