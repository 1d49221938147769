"""Broadcast transcripts and explainers laid out as questions and answers (rules of
:mod:`helpers.extract.interviews`), on texts written for these tests in every language: the presenter's turns and the
header lines are nobody's quotation, a guest's turns are, a guest labelled by a short surname ("NG:") is a guest, and
an explainer whose answers are in the outlet's own voice is not an interview."""

import pytest

from helpers.extract.attribution import Reading
from tests.conftest import same_speaker

TRANSCRIPTS = {
    "en": ("Morning Drive: transcript of Tuesday's programme\n\nGuests: Paula Ng, harbour master, and Tom Reyes.\n\n"
           "HOST (Dana Price): Paula Ng, is the new quay ready?\n\n"
           "NG: Almost. We will open it in May with four cranes.\n\n"
           "PRICE: And what do the neighbours say?\n\n"
           "REYES: We have heard these promises for ten years.\n\n"
           "PRICE: Paula Ng, a last word?\n\n"
           "NG: The quay will bring 200 jobs to this town.\n"),
    "fr": ("Midi Éco : transcription de l'émission de jeudi\n\nInvités : Claire Dufour, échevine, et Paul Marchal.\n\n"
           "ANIMATRICE : Claire Dufour, le chantier est-il en retard ?\n\n"
           "CLAIRE DUFOUR : Un peu. Nous ouvrirons le quai en mai.\n\n"
           "ANIMATRICE : Paul Marchal, vous y croyez ?\n\n"
           "PAUL MARCHAL : Nous attendons ce quai depuis dix ans.\n\n"
           "ANIMATRICE : Un dernier mot ?\n\n"
           "CLAIRE DUFOUR : Le quai apportera 200 emplois.\n"),
    "nl": ("Middagjournaal: uitgeschreven gesprek over de nieuwe kade\n\n"
           "PRESENTATOR (Sanne Wouters): Goedemiddag. Aan de lijn: havenmeester Erik Bos. Is de kade klaar?\n\n"
           "BOS: Bijna. We openen ze in mei met vier kranen.\n\n"
           "WOUTERS: Hoeveel banen komen erbij?\n\n"
           "BOS: Ongeveer 200, vooral in de logistiek.\n\n"
           "WOUTERS: En de buren?\n\n"
           "BOS: Met hen praten we elke maand.\n"),
    "de": ("Mittagsmagazin: Abschrift des Gesprächs über den neuen Kai\n\nGäste: Hafenmeisterin Ute Lenz.\n\n"
           "MODERATOR: Frau Lenz, ist der Kai fertig?\n\n"
           "LENZ: Fast. Wir eröffnen ihn im Mai mit vier Kränen.\n\n"
           "MODERATOR: Wie viele Stellen entstehen?\n\n"
           "LENZ: Rund 200, vor allem in der Logistik.\n\n"
           "MODERATOR: Und die Nachbarn?\n\n"
           "LENZ: Mit ihnen sprechen wir jeden Monat.\n"),
}
GUEST = {"en": ("We will open it in May", "Paula Ng"), "fr": ("Nous ouvrirons le quai", "Claire Dufour"),
         "nl": ("We openen ze in mei", "Erik Bos"), "de": ("Wir eröffnen ihn im Mai", "Ute Lenz")}
NOT_SPEECH = {"en": ("Dana Price", "transcript of Tuesday", "Paula Ng, harbour master"),
              "fr": ("le chantier est-il", "transcription de l'émission", "Claire Dufour, échevine"),
              "nl": ("Hoeveel banen komen", "uitgeschreven gesprek"),
              "de": ("ist der Kai fertig", "Abschrift des Gesprächs", "Hafenmeisterin Ute Lenz")}


def _covering(found, text, words):
    at = text.index(words)
    return [q for q in found if q["start"] <= at < q["end"] and q["type"] in ("direct", "mixed")]


@pytest.mark.parametrize("lang", sorted(TRANSCRIPTS))
def test_transcript_turns(lang):
    text = TRANSCRIPTS[lang]
    found = Reading(text, lang).quotations()
    words, speaker = GUEST[lang]
    hits = _covering(found, text, words)
    assert hits and same_speaker(hits[0]["speaker"], speaker), found
    for words in NOT_SPEECH[lang]:
        assert not _covering(found, text, words), (words, found)


def test_a_short_surname_label_is_a_guest():
    text = TRANSCRIPTS["en"]
    hits = _covering(Reading(text, "en").quotations(), text, "We have heard these promises")
    assert hits and same_speaker(hits[0]["speaker"], "Tom Reyes"), hits


EXPLAINERS = {
    "en": ("The new quay: your questions answered\n\nWhat is being built?\n\nA quay of 400 metres for container ships, "
           "paid for by the port and a shipping line.\n\nHow many jobs will it bring?\n\nThe port speaks of 200 jobs; "
           "the union expects fewer.\n\nWhen will it open?\n\nIn May, if the cranes arrive on time.\n"),
    "fr": ("Le nouveau quai en questions\n\nQue construit-on ?\n\nUn quai de 400 mètres pour les porte-conteneurs, "
           "financé par le port.\n\nCombien d'emplois ?\n\nLe port parle de 200 emplois, le syndicat de moins.\n\n"
           "Quand ouvrira-t-il ?\n\nEn mai, si les grues arrivent à temps.\n"),
    "nl": ("De nieuwe kade: vragen en antwoorden\n\nWat wordt er gebouwd?\n\nEen kade van 400 meter voor "
           "containerschepen, betaald door de haven.\n\nHoeveel banen komen er?\n\nDe haven spreekt van 200 banen, "
           "de vakbond verwacht er minder.\n\nWanneer gaat ze open?\n\nIn mei, als de kranen op tijd komen.\n"),
    "de": ("Der neue Kai: Fragen und Antworten\n\nWas wird gebaut?\n\nEin Kai von 400 Metern für Containerschiffe, "
           "bezahlt vom Hafen.\n\nWie viele Stellen entstehen?\n\nDer Hafen spricht von 200 Stellen, die Gewerkschaft "
           "erwartet weniger.\n\nWann öffnet er?\n\nIm Mai, wenn die Kräne rechtzeitig kommen.\n"),
}
INTERVIEWS = {
    "en": ("Paula Ng runs the harbour. We met her on the quay.\n\nIs the quay ready?\n\nAlmost. We open it in May.\n\n"
           "How many jobs?\n\nI expect about 200.\n\nAnd the neighbours?\n\nWe talk to them every month.\n"),
}


@pytest.mark.parametrize("lang", sorted(EXPLAINERS))
def test_an_explainer_is_no_interview(lang):
    text = EXPLAINERS[lang]
    assert not [q for q in Reading(text, lang).quotations() if q["type"] == "direct"]


def test_an_interview_in_question_paragraphs_is_read():
    text = INTERVIEWS["en"]
    hits = _covering(Reading(text, "en").quotations(), text, "I expect about 200")
    assert hits and same_speaker(hits[0]["speaker"], "Paula Ng"), hits


# A reporter of the outlet on location: introduced by their role, their lines are the outlet's voice (OUTLET_STAFF),
# while the guest they hand over to is quoted.
ON_LOCATION = {
    "en": ("Evening News: transcript\n\nANCHOR: The new quay opens today. Our correspondent Rita Moss is at the "
           "harbour.\n\nRITA MOSS: Thanks, Ben. Behind me the first ship is being unloaded; the port expects 300 "
           "ships a year.\n\nANCHOR: Who did you speak to?\n\nMOSS: To the harbour master, Ivo Stam.\n\n"
           "STAM: We will hire 120 dockers by the summer.\n", "the port expects 300", "We will hire 120", "Ivo Stam"),
    "fr": ("Journal du soir : transcription\n\nPRÉSENTATEUR : Le quai ouvre aujourd'hui. Notre envoyée spéciale "
           "Nina Roux est sur place.\n\nNINA ROUX : Merci. Derrière moi, un premier navire est déchargé ; le port "
           "attend 300 navires par an.\n\nPRÉSENTATEUR : Qui avez-vous rencontré ?\n\nROUX : Le capitaine du port, "
           "Yves Stam.\n\nSTAM : Nous embaucherons 120 dockers d'ici l'été.\n", "le port attend 300",
           "Nous embaucherons 120", "Yves Stam"),
    "nl": ("Avondjournaal: uitgeschreven\n\nPRESENTATOR: De kade gaat vandaag open. Onze verslaggever Bart Smet is "
           "ter plaatse.\n\nBART SMET: Dank je. Achter mij wordt het eerste schip gelost; de haven verwacht 300 "
           "schepen per jaar.\n\nPRESENTATOR: Met wie sprak je?\n\nSMET: Met havenmeester Ivo Stam.\n\n"
           "STAM: We nemen tegen de zomer 120 havenarbeiders aan.\n", "de haven verwacht 300",
           "We nemen tegen de zomer", "Ivo Stam"),
    "de": ("Abendschau: Abschrift\n\nMODERATOR: Der Kai wird heute eröffnet. Unsere Reporterin Jana Brück ist vor "
           "Ort.\n\nJANA BRÜCK: Danke. Hinter mir wird das erste Schiff entladen; der Hafen erwartet 300 Schiffe im "
           "Jahr.\n\nMODERATOR: Mit wem haben Sie gesprochen?\n\nBRÜCK: Mit Hafenmeister Ivo Stamm.\n\n"
           "STAMM: Wir stellen bis zum Sommer 120 Hafenarbeiter ein.\n", "der Hafen erwartet 300",
           "Wir stellen bis zum Sommer", "Ivo Stamm"),
}


@pytest.mark.parametrize("lang", sorted(ON_LOCATION))
def test_a_reporter_of_the_outlet_is_its_voice_and_the_guest_is_quoted(lang):
    text, reporter_words, guest_words, guest = ON_LOCATION[lang]
    found = Reading(text, lang).quotations()
    assert not _covering(found, text, reporter_words), found
    hits = _covering(found, text, guest_words)
    assert hits and same_speaker(hits[0]["speaker"], guest), found


# An interview whose questions carry no label and whose answers are labelled by the interviewee's initials.
BY_INITIALS = {
    "en": ("Five questions for Mara Quist, head of the new rail terminal.\n\nHow many people work here?\n\n"
           "M. Q.: About 240, most of them on two shifts.\n\nAnd next year?\n\nM. Q.: We plan to hire 60 more.\n\n"
           "What about the neighbours?\n\nM. Q.: We meet them every month.\n", "We plan to hire", "Mara Quist"),
    "fr": ("Cinq questions à Lucie Vandamme, directrice du nouveau terminal ferroviaire.\n\nCombien de personnes "
           "travaillent ici ?\n\nL. V. : Environ 240, la plupart en deux équipes.\n\nEt l'an prochain ?\n\n"
           "L. V. : Nous comptons engager 60 personnes de plus.\n\nEt les riverains ?\n\nL. V. : Nous les "
           "rencontrons chaque mois.\n", "Nous comptons engager", "Lucie Vandamme"),
    "nl": ("Vijf vragen aan Joris van Acker, directeur van de nieuwe spoorterminal.\n\nHoeveel mensen werken hier?"
           "\n\nJ.A.: Ongeveer 240, vooral in twee ploegen.\n\nEn volgend jaar?\n\nJ.A.: We willen er 60 bij "
           "aanwerven.\n\nEn de buren?\n\nJ.A.: We zien hen elke maand.\n", "We willen er 60", "Joris van Acker"),
    "de": ("Fünf Fragen an Ute Kramer, Leiterin des neuen Bahnterminals.\n\nWie viele Menschen arbeiten hier?\n\n"
           "U. K.: Rund 240, die meisten in zwei Schichten.\n\nUnd im nächsten Jahr?\n\nU. K.: Wir wollen 60 "
           "weitere einstellen.\n\nUnd die Nachbarn?\n\nU. K.: Wir treffen sie jeden Monat.\n", "Wir wollen 60",
           "Ute Kramer"),
}


@pytest.mark.parametrize("lang", sorted(BY_INITIALS))
def test_answers_labelled_by_initials_are_the_interviewees(lang):
    text, answer_words, person = BY_INITIALS[lang]
    found = Reading(text, lang).quotations()
    hits = _covering(found, text, answer_words)
    assert hits and same_speaker(hits[0]["speaker"], person), found
