"""Who states a figure, round 4: general constructions that the held-out gap showed the rules read too narrowly
(unnamed spokespersons, source phrases separated from their verb, asides, role nouns far back), on sentences written
for these tests (never taken from the development corpus), in English, French, Dutch and German."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


SPOKESPERSON = [
    ("en", "Baltic Cargo Lines will review the lease. A spokesperson said 12 berths would be affected.", "12 berths",
     "Baltic Cargo Lines"),
    ("en", "Nordhaven Logistics denies the claim. A spokeswoman said the warehouse employs 340 people.", "340 people",
     "Nordhaven Logistics"),
    ("en", "The logistics group Nordhaven opened a depot in May. A company spokesman said the depot employs 85 "
           "drivers.", "85 drivers", "Nordhaven"),
    ("en", "The carrier Nordhaven opened a depot in May. A spokeswoman for the company said it employs 85 drivers.",
     "85 drivers", "Nordhaven"),
    ("en", "Transport minister Anna Lind visited the depot on Monday. A spokesman for the minister said 85 drivers "
           "would be hired.", "85 drivers", "Anna Lind"),
    ("fr", "Le groupe Valmont Fret conteste ces chiffres. Un porte-parole affirme que le site emploie 340 personnes.",
     "340 personnes", "Valmont Fret"),
    ("fr", "Le transporteur Valmont Fret a ouvert un dépôt en mai. Un porte-parole de la société indique que le dépôt "
           "emploie 85 chauffeurs.", "85 chauffeurs", "Valmont Fret"),
    ("nl", "Scheldevaart ontkent dat. Een woordvoerster zegt dat er 340 mensen werken.", "340 mensen", "Scheldevaart"),
    ("nl", "Rederij Scheldevaart opende in mei een depot. Een woordvoerder van het bedrijf zegt dat er 85 chauffeurs "
           "werken.", "85 chauffeurs", "Scheldevaart"),
    ("de", "Die Spedition Nordkamp weist das zurück. Ein Sprecher sagte, das Lager beschäftige 340 Menschen.",
     "340 Menschen", "Spedition Nordkamp"),
    ("de", "Der Logistikkonzern Nordkamp hat im Mai ein Depot eröffnet. Ein Konzernsprecher sagte, dort arbeiteten 85 "
           "Fahrer.", "85 Fahrer", "Nordkamp"),
    ("de", "Spedition Nordkamp weist das zurück. „Wir beschäftigen 340 Menschen“, sagte eine Sprecherin.",
     "340 Menschen", "Spedition Nordkamp"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", SPOKESPERSON)
def test_an_unnamed_spokesperson_speaks_for_the_organisation_named_before_or_in_the_phrase(lang, text, phrase,
                                                                                          expected):
    assert speaker_of(text, lang, phrase) == expected


SPOKESPERSON_KEPT = [
    ("en", "The Green party sits in the Walloon Parliament. “We will not vote for it,” said Ines Marchal, who leads "
           "the group. “The region will lose 200 jobs,” said the party representative.", "200 jobs", "Ines Marchal"),
    ("en", "Transport minister Anna Lind visited the depot. Her spokesman, Tom Berg, said 85 drivers would be hired. "
           "The spokesman added that 40 more would follow.", "40 more", "Tom Berg"),
    ("fr", "Selon Marc Dupuis, le dépôt emploie 20 personnes. Un porte-parole affirme que 85 chauffeurs seront "
           "engagés.", "85 chauffeurs", "Un porte-parole"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", SPOKESPERSON_KEPT)
def test_a_named_spokesperson_or_one_with_no_organisation_before_is_kept(lang, text, phrase, expected):
    """A spokesperson named before is that person; with only a person named before, no organisation is guessed."""
    assert speaker_of(text, lang, phrase) == expected


FRONTED_SOURCE = [
    ("fr", "Du côté de la CGT, on dénonce la suppression de 80 postes.", "80 postes", "CGT"),
    ("fr", "Chez Valmont Fret, on affirme que 80 chauffeurs seront engagés.", "80 chauffeurs", "Valmont Fret"),
    ("fr", "Du côté du Syndicat libre des dockers, on dénonce la perte de 80 postes.", "80 postes",
     "Syndicat libre des dockers"),
    ("de", "Aus dem Wirtschaftsministerium hieß es, man rechne mit 80 neuen Stellen.", "80 neuen",
     "dem Wirtschaftsministerium"),
    ("de", "Bei der Gewerkschaft Verdi heißt es dazu, 80 Stellen seien in Gefahr.", "80 Stellen", "Verdi"),
    ("de", "Im Rathaus sagt man, es würden 80 Wohnungen gebaut.", "80 Wohnungen", "Rathaus"),
    ("nl", "Bij de vakbond ACV klinkt het dat er 80 banen verdwijnen.", "80 banen", "ACV"),
    ("nl", "Bij Scheldevaart zegt men dat er 80 chauffeurs bijkomen.", "80 chauffeurs", "Scheldevaart"),
    ("en", "At the union, officials said 80 jobs would go.", "80 jobs", "the union"),
    ("en", "At Nordhaven, staff say 80 drivers have left since May.", "80 drivers", "Nordhaven"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", FRONTED_SOURCE)
def test_a_phrase_of_place_opening_the_sentence_names_the_source_of_an_impersonal_speech_verb(lang, text, phrase,
                                                                                               expected):
    assert speaker_of(text, lang, phrase) == expected


NOT_FRONTED = [
    ("nl", "Bij de opening zei men dat er 300 banen zouden komen.", "300 banen", ""),
    ("de", "Bei der Eröffnung hieß es, es kämen 300 Stellen.", "300 Stellen", ""),
    ("en", "At the meeting, officials said 300 jobs would come.", "300 jobs", "officials"),
    ("en", "At the depot, 80 drivers said they would strike.", "80 drivers", ""),
    ("en", "In May, officials said 80 jobs would go.", "80 jobs", "officials"),
    ("nl", "Bij de luchthaven klinkt het voorzichtig optimistisch. Er landen 80 toestellen per nacht.",
     "80 toestellen", ""),
]


@pytest.mark.parametrize("lang,text,phrase,expected", NOT_FRONTED)
def test_a_phrase_of_place_without_an_impersonal_speech_verb_names_no_source(lang, text, phrase, expected):
    """A named subject keeps its verb; a time phrase or an event ("bij de opening", "at the meeting") is no source;
    "klinkt het" with a tone and no clause says nothing."""
    assert speaker_of(text, lang, phrase) == expected


def test_a_proper_name_after_an_article_is_named_without_it():
    text = "Selon le Syndicat libre des dockers, 80 postes sont menacés."
    assert speaker_of(text, "fr", "80 postes") == "Syndicat libre des dockers"


ASIDE = [
    ("en", "Mayor Anna Lind spoke first. The council, she said, will hire 45 inspectors.", "45 inspectors",
     "Anna Lind"),
    ("en", "The council, said Mayor Anna Lind, will hire 45 inspectors.", "45 inspectors", "Anna Lind"),
    ("fr", "La maire Anne Lindet a pris la parole. Le conseil, a-t-elle dit, embauchera 45 inspecteurs.",
     "45 inspecteurs", "Anne Lindet"),
    ("fr", "La maire Anne Lindet a pris la parole. Le conseil, dit-elle, embauchera 45 inspecteurs.",
     "45 inspecteurs", "Anne Lindet"),
    ("fr", "Le conseil, a précisé la maire Anne Lindet, embauchera 45 inspecteurs.", "45 inspecteurs", "Anne Lindet"),
    ("nl", "Burgemeester Anna Lint nam het woord. De gemeente, zei ze, neemt 45 inspecteurs aan.", "45 inspecteurs",
     "Anna Lint"),
    ("nl", "De gemeente, zei burgemeester Anna Lint, neemt 45 inspecteurs aan.", "45 inspecteurs", "Anna Lint"),
    ("de", "Bürgermeisterin Anna Lind ergriff das Wort. Die Stadt, sagte sie, stelle 45 Prüfer ein.", "45 Prüfer",
     "Anna Lind"),
    ("de", "Die Stadt, sagte Bürgermeisterin Anna Lind, stelle 45 Prüfer ein.", "45 Prüfer", "Anna Lind"),
    ("en", "The city, represented by its lawyer, Tom Berg, argued that the permit was lawful. The city had already "
           "insulated 900 homes, he said, and would pay for another 300 by 2027.", "300 by", "Tom Berg"),
    ("fr", "La maire Anne Lindet a pris la parole. La ville a déjà isolé 900 maisons, a-t-elle dit, et devrait en "
           "isoler 300 autres en 2027.", "300 autres", "Anne Lindet"),
    ("nl", "Burgemeester Anna Lint nam het woord. De stad heeft al 900 woningen geïsoleerd, zei ze, en zal er in 2027 "
           "nog 300 isoleren.", "nog 300", "Anna Lint"),
    ("de", "Bürgermeisterin Anna Lind ergriff das Wort. Die Stadt habe bereits 900 Häuser gedämmt, sagte sie, und "
           "werde 2027 weitere 300 dämmen.", "weitere 300", "Anna Lind"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", ASIDE)
def test_a_tag_set_between_commas_inside_a_reported_clause_reports_both_sides(lang, text, phrase, expected):
    """"X, a-t-elle dit, Y" / "X, zei ze, Y" / "X, sagte sie, Y": the words before and after the tag are the speech;
    "X, he said, and would Y": the coordinated predicate too."""
    assert speaker_of(text, lang, phrase) == expected


def test_a_tag_followed_by_an_apposition_is_no_aside():
    text = "The council will hire 45 inspectors, said Anna Lind, the mayor, on Tuesday."
    assert speaker_of(text, "en", "45 inspectors") == "Anna Lind"


PORTFOLIO = [
    ("fr", "La ministre de l'Économie Jeanne Doran a inauguré le site lundi.\n\nL'entrepôt couvre 30 hectares. Les "
           "camions arrivent toutes les heures. Les riverains se plaignent du bruit la nuit.\n\nLe syndicat veut plus "
           "de contrats fixes. Des discussions sont prévues en juin.\n\nLa ministre a affirmé que 500 emplois "
           "suivraient.", "500 emplois", "Jeanne Doran"),
    ("nl", "Minister van Economie Jana Doran opende maandag de site.\n\nHet magazijn beslaat 30 hectare. Elk uur "
           "rijden er vrachtwagens aan. Buren klagen over het lawaai 's nachts.\n\nDe vakbond wil meer vaste "
           "contracten. In juni zijn er gesprekken gepland.\n\nDe minister zei dat er 500 banen volgen.", "500 banen",
     "Jana Doran"),
    ("nl", "Staatssecretaris van Buitenlandse Handel Piet van Loon noemt de overname „een gewone zaak”. Er werken "
           "300 mensen.", "gewone zaak", "Piet van Loon"),
    ("en", "Economy minister Jane Doran opened the site on Monday.\n\nThe warehouse covers 30 hectares. Trucks arrive "
           "every hour. Neighbours complain about the noise at night.\n\nThe union wants more permanent contracts. "
           "Talks are planned for June.\n\nThe minister said 500 jobs would follow.", "500 jobs", "Jane Doran"),
    ("de", "Wirtschaftsministerin Jana Doran eröffnete am Montag das Gelände.\n\nDas Lager umfasst 30 Hektar. Jede "
           "Stunde kommen Lastwagen.\n\nDie Gewerkschaft will mehr feste Verträge.\n\nDie Ministerin sagte, es würden "
           "500 Stellen folgen.", "500 Stellen", "Jana Doran"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", PORTFOLIO)
def test_a_persons_name_after_a_portfolio_is_the_name_without_it_even_paragraphs_later(lang, text, phrase, expected):
    """"minister van Economische Zaken X": the capitalised portfolio belongs to the role, the last two name words
    are the person; "la ministre" paragraphs later is that person."""
    assert speaker_of(text, lang, phrase) == expected


def test_an_organisation_after_a_role_of_stays_the_organisation():
    text = "Selon la porte-parole de Liège Airport, 80 vols sont prévus."
    assert speaker_of(text, "fr", "80 vols") == "Liège Airport"


INTRODUCED = [
    ("en", "Maria Kowal has run the depot since 2019.\n\nThe owners bought it for €30 million. She lives two streets "
           "away, and she says that helps.\n\n“We hired 60 people last year.”\n", "60 people", "Maria Kowal"),
    ("nl", "Vakbondssecretaris Joris Peeters werkt al twintig jaar op de kade. Hij is boos.\n\n‘Ze beloofden ons 500 "
           "banen. We kregen er 80.\n\n‘En wie protesteert, mag vertrekken.’\n", "We kregen er 80", "Joris Peeters"),
    ("fr", "Le docker Jean Peeters travaille sur le quai depuis vingt ans. Il est en colère.\n\n« On nous avait promis "
           "500 emplois. Nous en avons eu 80. »\n", "500 emplois", "Jean Peeters"),
    ("de", "Betriebsrätin Eva Peters arbeitet seit zwanzig Jahren am Kai. Sie ist wütend.\n\n„Man hat uns 500 "
           "Stellen versprochen. Es wurden 80.“\n", "500 Stellen", "Eva Peters"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", INTRODUCED)
def test_an_untagged_quotation_after_a_paragraph_about_one_person_is_theirs(lang, text, phrase, expected):
    """The person a paragraph presents, by name or by the pronoun that opens its last sentence, speaks the
    untagged quotation that opens the next paragraph; a long quotation in single marks goes on over paragraphs
    that open with the mark again."""
    assert speaker_of(text, lang, phrase) == expected


COUNTS = [
    ("en", "The regional statistics office counted 2,400 full-time equivalents at the port last year.",
     "2,400 full-time", "regional statistics office"),
    ("fr", "L'Office régional de l'emploi recense 2 400 équivalents temps plein sur le site.", "2 400 équivalents",
     "Office régional de l'emploi"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", COUNTS)
def test_a_source_that_counts_a_figure_states_it(lang, text, phrase, expected):
    """"X counted N", "X recense N": X's own count (Dutch "telt" and German "zählt" also mean "has N" and are left
    out)."""
    assert expected in speaker_of(text, lang, phrase)


PLACED_SPOKESPERSON = [
    ("en", "Haixing Ports denies any preference. A spokeswoman in Hong Kong said 40 slots were free.", "40 slots",
     "Haixing Ports"),
    ("fr", "Le groupe Valmont Fret conteste. Un porte-parole à Paris affirme que 40 créneaux sont libres.",
     "40 créneaux", "Valmont Fret"),
    ("nl", "Scheldevaart ontkent dat. Een woordvoerster in Antwerpen zegt dat er 40 plaatsen vrij zijn.", "40 plaatsen",
     "Scheldevaart"),
    ("de", "Die Spedition Nordkamp weist das zurück. Ein Sprecher in Hamburg sagte, 40 Plätze seien frei.",
     "40 Plätze", "Spedition Nordkamp"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", PLACED_SPOKESPERSON)
def test_the_place_of_a_spokesperson_is_not_the_speaker(lang, text, phrase, expected):
    """"A spokeswoman in Hong Kong": Hong Kong is where she is; she speaks for the organisation named before (a name
    ending with an organisation noun, "Haixing Ports", is an organisation, not a person)."""
    assert speaker_of(text, lang, phrase) == expected


HEADLINE = [
    ("en", "‘We are hiring 200 people’: the depot's new chief on jobs and noise\nMarta Lindqvist has run the depot "
           "since March. She spoke to us on Monday.", "200 people", "Marta Lindqvist"),
    ("en", "‘We are hiring 200 people’: Northport’s depot chief on jobs\nMarta Lindqvist has run the depot since March.",
     "200 people", "Marta Lindqvist"),
    ("fr", "« Nous embauchons 200 personnes » : la nouvelle patronne du dépôt sur l'emploi\nMarta Lindqvist dirige le "
           "dépôt depuis mars.", "200 personnes", "Marta Lindqvist"),
    ("nl", "‘We nemen 200 mensen aan’: de nieuwe baas van het depot over banen\nMarta Lindqvist leidt het depot sinds "
           "maart.", "200 mensen", "Marta Lindqvist"),
    ("de", "„Wir stellen 200 Leute ein“: die neue Chefin des Depots über Arbeitsplätze\nMarta Lindqvist leitet das "
           "Depot seit März.", "200 Leute", "Marta Lindqvist"),
    ("en", "‘We are hiring 200 people’: Jan Peters on jobs\nMarta Lindqvist has run the depot since March.",
     "200 people", "Jan Peters"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", HEADLINE)
def test_a_headline_quotation_before_a_colon_and_a_role_is_the_person_the_next_paragraph_names(lang, text, phrase,
                                                                                                expected):
    """"‘...’: the depot's chief on jobs": the role is the person named first below; a name after the colon is
    the speaker itself."""
    assert speaker_of(text, lang, phrase) == expected


WORD_ORDER = [
    ("de", "Wie Hafenchefin Lena Brandt mitteilte, sind 300 Stellen gefährdet.", "300 Stellen", "Lena Brandt"),
    ("nl", "Zoals havendirecteur Lena Brandt opmerkte, staan er 300 banen op de helling.", "300 banen",
     "Lena Brandt"),
    ("nl", "Toen Nordhaven in 2019 het depot aankondigde, klonk de belofte luid: er zouden 300 banen komen.",
     "300 banen", ""),
    ("nl", "In een interview met De Krant zegt havendirecteur Lena Brandt dat 300 banen bedreigd zijn.", "300 banen",
     "Lena Brandt"),
    ("de", "Auf einer Versammlung in Bremen sagte Hafenchefin Lena Brandt, 300 Stellen seien gefährdet.",
     "300 Stellen", "Lena Brandt"),
    ("fr", "Trois cents emplois sont menacés, prévient la CGT.", "Trois cents emplois", "CGT"),
    ("en", "Three hundred jobs are at risk, warned the FNV.", "Three hundred jobs", "FNV"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", WORD_ORDER)
def test_word_order_places_the_subject(lang, text, phrase, expected):
    """A separable verb joined at the end of an "as" clause ("wie X mitteilte") is a tag, not in another
    subordinate clause ("Toen X aankondigde, ..."); in Dutch and German a fronted phrase puts the subject after the
    verb, even when the phrase names someone; an acronym after an article names an organisation."""
    assert speaker_of(text, lang, phrase) == expected


NAMES = [
    ("en", "The Greens' Lena Brandt said 300 jobs were at risk.", "300 jobs", "Lena Brandt"),
    ("fr", "Pour Léa Brandt, directrice du port, 300 emplois sont menacés.", "300 emplois", "Léa Brandt"),
    ("fr", "Pour Laurent Piron, 300 emplois sont menacés.", "300 emplois", "Laurent Piron"),
    ("nl", "Voor Lena Brandt, directeur van de haven, staan 300 banen op de helling.", "300 banen", "Lena Brandt"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", NAMES)
def test_a_name_is_read_whole_after_a_possessive_or_an_opening_source(lang, text, phrase, expected):
    """A possessive owner is no part of the name after it; a first name that starts like an article ("Léa",
    "Laurent") opens a name, not an article phrase."""
    assert speaker_of(text, lang, phrase) == expected


ORGANISATION_PRONOUN = [
    ("en", "The union FNV warned on Monday. It said 300 jobs were at risk.", "300 jobs", "FNV"),
    ("fr", "Le syndicat CNE s'inquiète. Selon lui, 300 emplois sont menacés.", "300 emplois", "CNE"),
    ("nl", "De vakbond ACV is bezorgd. Volgens hem staan 300 banen op de helling.", "300 banen", "ACV"),
    ("de", "Die Gewerkschaft Verdi ist besorgt. Sie warnte, 300 Stellen seien gefährdet.", "300 Stellen",
     "Gewerkschaft Verdi"),
    ("en", "Lena Brandt runs the port. It employs 300 people, she said.", "300 people", "Lena Brandt"),
    ("en", "The figures deserve scrutiny. The last time a carmaker came here, in 2008, it promised 3,000 jobs.",
     "3,000 jobs", ""),
]


@pytest.mark.parametrize("lang,text,phrase,expected", ORGANISATION_PRONOUN)
def test_a_pronoun_opening_its_sentence_with_no_person_before_stands_for_the_organisation(lang, text, phrase,
                                                                                          expected):
    """"It said", "Selon lui", "Volgens hem", "Sie warnte" after an organisation and no person: the organisation; a
    pronoun inside its sentence ("..., it promised") stands for what that sentence names, not for a speaker."""
    assert speaker_of(text, lang, phrase) == expected


DOCUMENTS = [
    ("en", "Figures from Statbel show that 300 jobs were created.", "300 jobs", "Statbel"),
    ("en", "Statbel's figures show 300 jobs were created.", "300 jobs", "Statbel"),
    ("fr", "Les chiffres de Statbel montrent que 300 emplois ont été créés.", "300 emplois", "Statbel"),
    ("nl", "Cijfers van Statbel tonen aan dat er 300 banen bijkwamen.", "300 banen", "Statbel"),
    ("de", "Zahlen von Destatis zeigen, dass 300 Stellen entstanden.", "300 Stellen", "Destatis"),
    ("de", "Nach Zahlen der Arbeitsagentur entstanden 300 Stellen.", "300 Stellen", "Arbeitsagentur"),
    ("en", "The map shows that 300 homes lie under the flight path.", "300 homes", ""),
]


@pytest.mark.parametrize("lang,text,phrase,expected", DOCUMENTS)
def test_what_a_document_shows_is_stated_by_its_author(lang, text, phrase, expected):
    """"Figures from X show", "Les chiffres de X montrent", "Zahlen von X zeigen", "nach Zahlen der X": X; a
    subject that is no document ("the map") states nothing."""
    assert speaker_of(text, lang, phrase) == expected


PRONOUN_AFTER_PORTFOLIO = [
    ("nl", "Gemeenteraad Wetteren zegt ja\n\nSchepen van Economie Griet Verhaegen (CD&V) opende het debat. ‘Het "
           "bedrijf moet 250 banen opleveren’, zei ze.", "250 banen", "Griet Verhaegen"),
    ("fr", "La ministre de l'Économie Jeanne Doran a ouvert le débat. « Il faut 250 emplois », a-t-elle dit.",
     "250 emplois", "Jeanne Doran"),
]


@pytest.mark.parametrize("lang,text,phrase,expected", PRONOUN_AFTER_PORTFOLIO)
def test_a_pronoun_stands_for_a_person_presented_by_a_role_and_a_portfolio(lang, text, phrase, expected):
    """"Schepen van Economie X ... zei ze": the person the role presents, not a name from the headline."""
    assert speaker_of(text, lang, phrase) == expected
