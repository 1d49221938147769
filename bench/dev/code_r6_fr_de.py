"""The hand codes of round 6, French and German (fr 33-36, de 33-36), with their spans computed from the text (run
once with --write to append).

Same layout as code_r5.py. Surfaces and names are found as whole tokens (not inside a longer number or word), the
occ-th occurrence; rows are written sorted by start within each file. In the French surfaces below, "~" stands for
NBSP (U+00A0) and "^" for NNBSP (U+202F), as in the texts (which also group thousands with ordinary spaces); ``fr``
puts the real characters in before the surface is looked up.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from coding import Codes  # noqa: E402  (find, the rows of the four tables, --check / --write: bench/dev/coding.py)

codes = Codes(whole_tokens=True, sort_speakers=True)
T = codes.text
NBSP, NNBSP = "\u00a0", "\u202f"
# speakers: (name, kind, role)   quantities: (surface, occ, value, high, unit, kind, noun, qual, measure, per, status, speaker, note)
# quotes: (quote, occ, type, speaker, cue, stance, note)


def fr(rows):
    """The rows with "~" and "^" in their surface (first field) read as NBSP and NNBSP."""
    return [(r[0].replace("~", NBSP).replace("^", NNBSP), *r[1:]) for r in rows]


# ---------------------------------------------------------------- French
GL, EF, MW, DO = "La Gazette de Liège", "L'Écho financier", "Le Matin wallon", "De Ochtendkrant"
BL, CA, DA, SE, AP = ("Benoît Lacroix", "cadre de l'aéroport", "douanier qui a requis l'anonymat", "Sûreté de l'État",
                      "Alain Peeters")
T("fr_33_revue_de_presse_bierset.txt", "fr", "press_review", "liege_hub", "Meuse Info", "2025-12-04",
  [(GL, "organisation", ""), (BL, "person", "éditorialiste"), (EF, "organisation", ""), (CA, "person", ""),
   (MW, "organisation", ""), (DA, "person", ""), (DO, "organisation", ""), (SE, "organisation", ""),
   (AP, "person", "ministre wallon de l'Économie")],
  fr([("1~140 personnes", 1, 1140.0, "", "count", "count", "personnes", "", "jobs", "", "realised", GL, "'emploie aujourd'hui'; another paper as the source ('La Gazette de Liège écrit que')"),
      ("700", 1, 700.0, "", "count", "count", "personnes", "barely", "jobs", "", "realised", GL, "elided noun inside the quoted fragment: 'dont à peine 700 sous contrat à durée indéterminée' (permanent contracts)"),
      ("900 emplois", 1, 900.0, "", "count", "count", "emplois", "", "jobs", "", "promised", GL, "'avaient été promis en 2018': the 2018 promise (pluperfect passive of a promise verb); 'Le journal rappelle que'"),
      ("3~000", 1, 3000.0, "", "count", "count", "emplois", "", "jobs", "", "promised", GL, "elided noun: 'et 3 000 en comptant les emplois indirects' (direct and indirect jobs promised)"),
      ("410^000 colis", 1, 410000.0, "", "count", "count", "colis", "", "parcels", "jour", "realised", EF, "journalistic conditional 'aurait traité' (hearsay about a past fact, not a prospect): realised; 'Selon L'Écho financier'"),
      ("260^000", 1, 260000.0, "", "count", "count", "colis", "", "parcels", "jour", "realised", EF, "elided noun and rate: 'contre 260 000 un an plus tôt' (the hub itself a year before, after it opened: realised); 'un an plus tôt' is a relative date"),
      ("500^000 colis", 1, 500000.0, "", "count", "count", "colis", "", "parcels", "jour", "promised", CA, "inside the quoted fragment after 's'attend à franchir le cap des': an expectation"),
      ("2~%", 1, 2.0, "", "percent", "percent", "", "only", "share", "", "realised", MW, "'seuls' read as only (as fr_27); journalistic conditional 'seraient ouverts'; 'D'après ses informations' = the paper"),
      ("95 agents", 1, 95.0, "", "count", "count", "agents", "", "people", "", "realised", MW, "customs officers are people, not jobs (as de_31); relative clause still governed by 'D'après'"),
      ("100 millions d'euros", 1, 100000000.0, "", "EUR", "money", "", "nearly", "investment", "", "realised", DO, "'près de' inside the quoted fragment; 'a investi ... depuis 2019'"),
      ("60 millions", 1, 60000000.0, "", "EUR", "money", "", "", "investment", "", "promised", DO, "elided currency: '60 millions supplémentaires' (as fr_31); 'prévoit'"),
      ("30 000 m²", 1, 30000.0, "", "m2", "area", "", "", "building_area", "", "promised", DO, "the planned hall ('un deuxième hall de': ordinal not coded), governed by 'prévoit'")]),
  fr([("le hub de Cainiao emploie aujourd'hui 1~140 personnes, «~dont à peine 700 sous contrat à durée indéterminée~»", 1, "reported", GL, "écrit", "critical", "a paper as the source of the reported clause; contains a quoted fragment (also coded as mixed)"),
      ("dont à peine 700 sous contrat à durée indéterminée", 1, "mixed", GL, "écrit", "critical", ""),
      ("900 emplois directs avaient été promis en 2018, et 3~000 en comptant les emplois indirects", 1, "reported", GL, "rappelle", "neutral", "'Le journal': the paper by a role noun"),
      ("Sur le papier, oui~; dans les faits, non", 1, "direct", BL, "tranche", "critical", "speaker after the quotation: 'tranche son éditorialiste, X'; 'Promesse tenue ?' is the outlet's question"),
      ("le hub aurait traité 410^000 colis par jour en novembre, un record, contre 260^000 un an plus tôt", 1, "reported", EF, "Selon", "neutral", "'Selon L'Écho financier'"),
      ("franchir le cap des 500^000 colis par jour avant l'été", 1, "mixed", CA, "s'attend à", "supportive", "an anonymous source cited by another paper ('Le quotidien économique cite un cadre de l'aéroport qui s'attend à'): the person quoted is the speaker, written as the text names him"),
      ("seuls 2~% des colis seraient ouverts par la douane, qui dispose de 95 agents sur le site", 1, "reported", MW, "D'après", "critical", "'D'après ses informations': the paper ('ses' = Le Matin wallon)"),
      ("On ne contrôle presque rien", 1, "direct", DA, "confie", "critical", "speaker after the quotation, anonymous ('un douanier qui a requis l'anonymat')"),
      ("l'entreprise chinoise a investi «~près de 100 millions d'euros~» depuis 2019", 1, "reported", DO, "relève", "neutral", "first 'que' clause; contains a quoted fragment (also coded as mixed)"),
      ("près de 100 millions d'euros", 1, "mixed", DO, "relève", "neutral", ""),
      ("elle prévoit 60 millions supplémentaires pour un deuxième hall de 30 000 m²", 1, "reported", DO, "relève", "neutral", "second 'que' clause ('et qu'elle')"),
      ("la Sûreté de l'État a déjà mis en garde contre «~les risques d'ingérence~»", 1, "reported", DO, "note", "critical", "'Le journal anversois': the paper reports the warning (nested attribution: the quoted words are the Sûreté's, next row)"),
      ("les risques d'ingérence", 1, "mixed", SE, "a mis en garde contre", "critical", "nested: the fragment belongs to the inner speaker"),
      ("le bilan est «~largement positif~»", 1, "reported", AP, "estime", "supportive", "'Le Courrier de Verviers donne la parole au ministre ..., X, qui estime que': that paper is only the channel (not coded as a speaker), the minister speaks; first 'que' clause"),
      ("largement positif", 1, "mixed", AP, "estime", "supportive", ""),
      ("la Région «~ne regrette rien~»", 1, "reported", AP, "estime", "supportive", "second 'que' clause"),
      ("ne regrette rien", 1, "mixed", AP, "estime", "supportive", ""),
      ("de publier d'ici mars un état précis des emplois créés", 1, "reported", AP, "a promis", "neutral", "infinitive clause after a speech verb ('a promis de'), coded as reported; 'Le ministre': role noun")]))

SY, ME, UW, CG = "syndicats", "ministre de l'Économie", "Union wallonne des entreprises", "Cour des comptes grecque"
T("fr_34_editorial_extension_bierset.txt", "fr", "editorial", "liege_hub", "Le Quotidien liégeois", "2025-09-22",
  [("Cainiao", "organisation", ""), (SY, "organisation", ""), (ME, "person", ""), (UW, "organisation", ""),
   (CG, "organisation", "")],
  fr([("18 hectares", 1, 180000.0, "", "m2", "area", "", "", "site_area", "", "promised", "", "'s'apprête à accorder': the extension still to be granted; unsigned editorial, the paper's own voice"),
      ("900 emplois", 1, 900.0, "", "count", "count", "emplois", "", "jobs", "", "promised", "", "'on nous promettait' (impersonal 'on'): the 2018 promise in the paper's voice; 'Sept ans plus tard' is a relative date"),
      ("640 emplois", 1, 640.0, "", "count", "count", "emplois", "", "jobs", "", "realised", "Cainiao", "'l'entreprise déclare'"),
      ("480", 1, 480.0, "", "count", "count", "emplois", "barely", "jobs", "", "realised", SY, "elided noun: 'dont à peine 480 en équivalents temps plein' (as fr_27); 'selon les syndicats' after it"),
      ("900", 2, 900.0, "", "count", "count", "emplois", "", "jobs", "", "promised", "", "elided noun, a clause ending on the bare number: 'On avait promis 900 ; on en a livré 640'"),
      ("640", 2, 640.0, "", "count", "count", "emplois", "", "jobs", "", "realised", "", "elided noun with 'en': 'on en a livré 640'; the paper's own restatement; 'un tiers' is a fraction"),
      ("250 et 300 emplois", 1, 250.0, 300.0, "count", "count", "emplois", "range", "jobs", "", "promised", ME, "'entre ... et' (opener outside the span); 'pourrait créer' inside the quoted fragment"),
      ("1,3 million de tonnes", 1, 1300000.0, "", "tonne", "mass", "", "", "cargo", "", "realised", "", "'a traité l'an dernier': the airport's own volume with the hub (as fr_29)"),
      ("640~000 tonnes", 1, 640000.0, "", "tonne", "mass", "", "", "cargo", "", "historical", "", "'contre ... en 2015': before the Cainiao hub (as a figure before a takeover)"),
      ("10~000 personnes", 1, 10000.0, "", "count", "count", "personnes", "at_least", "jobs", "", "realised", UW, "'pas moins de'; 'fait vivre ... si l'on compte les sous-traitants' (direct and indirect employment); 'selon X' after the clause"),
      ("600 millions d'euros", 1, 600000000.0, "", "EUR", "money", "", "", "investment", "", "promised", "", "Piraeus: 's'était engagé à investir', a past pledge of another project, still a promise; the paper's voice"),
      ("350", 1, 350000000.0, "", "EUR", "money", "", "more_than", "investment", "", "realised", CG, "elided scale word and currency: 'il en a investi un peu plus de 350' (millions d'euros of the antecedent); 'à ce jour'; 'd'après la Cour des comptes grecque'"),
      ("120 dockers", 1, 120.0, "", "count", "count", "dockers", "", "jobs", "", "realised", "", "'emploie 120 dockers de moins qu'au moment du rachat': a loss stated as a count (value positive)"),
      ("15 emplois", 1, 15.0, "", "count", "count", "emplois", "at_least", "jobs", "hectare", "promised", "", "'au moins'; the paper's demand (subjunctive 'Que ... soit liée')"),
      ("270 postes", 1, 270.0, "", "count", "count", "postes", "", "jobs", "", "promised", "", "'soit': the floor restated as a total (18 ha x 15); 'dans dix ans' is a relative date")]),
  fr([("640 emplois", 1, "reported", "Cainiao", "déclare", "neutral", "noun-phrase object of a speech verb (as de_21 'befürchtet Lärm rund um die Uhr')"),
      ("dont à peine 480 en équivalents temps plein", 1, "reported", SY, "selon", "critical", "'selon les syndicats' after the phrase it governs"),
      ("l'extension «~pourrait créer entre 250 et 300 emplois supplémentaires~»", 1, "reported", ME, "assure", "supportive", "'Le ministre de l'Économie, lui,': role only, never named; contains a quoted fragment (also coded as mixed); 'Pourrait.' is the paper's comment"),
      ("pourrait créer entre 250 et 300 emplois supplémentaires", 1, "mixed", ME, "assure", "supportive", ""),
      ("la plateforme fait vivre pas moins de 10~000 personnes si l'on compte les sous-traitants", 1, "reported", UW, "selon", "supportive", "'selon l'Union wallonne des entreprises' after the clause; the first conjunct of the sentence is the paper's"),
      ("il en a investi un peu plus de 350 à ce jour", 1, "reported", CG, "d'après", "critical", "'d'après X' after the clause")]))

SM, SY2, RV, BG = "Sophie Marchal", "syndicats", "riverains", "bourgmestre"
T("fr_35_entretien_tirets_athus.txt", "fr", "interview_dialogue_dashes", "rail", "Le Courrier du Sud-Luxembourg", "2025-10-21",
  [(SM, "person", ""), (SY2, "organisation", ""), (RV, "organisation", ""), (BG, "person", "")],
  fr([("34 trains", 1, 34.0, "", "count", "count", "trains", "", "other", "semaine", "realised", SM, "answer after a dialogue dash (no label: turns alternate, the interviewee by context); trains are not flights"),
      ("une douzaine", 1, 12.0, "", "count", "count", "trains", "approx", "other", "semaine", "realised", SM, "approximate numeral with elided noun and rate: 'dont une douzaine en provenance directe de Chine'"),
      ("20 trains", 1, 20.0, "", "count", "count", "trains", "", "other", "semaine", "historical", SM, "'Avant le rachat' (before the takeover, as en_23); rate inherited, 'par semaine' not repeated; 'aucun' is not a number"),
      ("212 salariés", 1, 212.0, "", "count", "count", "salariés", "", "jobs", "", "realised", SM, "'compte'"),
      ("190 équivalents", 1, 190.0, "", "count", "count", "équivalents", "", "jobs", "", "realised", SM, "'soit': full-time equivalents (as fr_32)"),
      ("260", 1, 260.0, "", "count", "count", "salariés", "", "jobs", "", "promised", SM, "elided noun with 'en': 'Nous en aurons 260 à la fin de 2026 si ...' (future, conditional); 'deuxième' is an ordinal"),
      ("40 postes", 1, 40.0, "", "count", "count", "postes", "", "jobs", "", "realised", SY2, "jobs cut, in reported speech inside the interviewer's question ('Les syndicats affirment que')"),
      ("40 personnes", 1, 40.0, "", "count", "count", "personnes", "", "jobs", "", "realised", SM, "workers moved to maintenance (people employed: jobs); 'aucune' is not a number"),
      ("4,5 millions d'euros", 1, 4500000.0, "", "EUR", "money", "", "", "investment", "", "realised", SM, "noise screens the operator 'a investi'"),
      ("2 millions", 1, 2000000.0, "", "EUR", "money", "", "", "other", "", "promised", SM, "elided currency; the Region's money ('doit en ajouter'); 'l'an prochain' is a relative date"),
      ("12 à 15 hectares", 1, 120000.0, 150000.0, "m2", "area", "", "range", "site_area", "", "promised", SM, "a site that 'nous intéresse, mais rien n'est signé': a prospect")]),
  fr([("Athus n'est pas une gare de transit pour la Chine", 1, "direct", SM, "", "supportive", "headline in guillemets, the interviewee by context"),
      ("Nous recevons 34 trains par semaine, dont une douzaine en provenance directe de Chine. Avant le rachat, c'était 20 trains, et aucun ne venait d'Asie.", 1, "direct", SM, "", "supportive", "answer after a dialogue dash, no quotation marks and no label: questions (the outlet's voice) and answers alternate"),
      ("Le terminal compte 212 salariés, soit 190 équivalents temps plein. Nous en aurons 260 à la fin de 2026 si la deuxième voie est électrifiée à temps.", 1, "direct", SM, "", "supportive", "answer"),
      ("vous avez supprimé 40 postes à l'atelier", 1, "reported", SY2, "affirment", "critical", "reported speech inside the interviewer's question"),
      ("C'est faux. Nous avons transféré 40 personnes vers la maintenance, aucune n'a perdu son emploi. D'ailleurs, la CSC l'a reconnu dans un courrier que je peux vous montrer.", 1, "direct", SM, "", "supportive", "answer; 'la CSC l'a reconnu' has only a pronoun object: no reported row, the CSC is not coded as a speaker"),
      ("du bruit la nuit", 1, "reported", RV, "se plaignent", "critical", "noun-phrase object of a speech verb (as de_21), inside the interviewer's question (which trails off: '...')"),
      ("Je les comprends. Mais nous avons investi 4,5 millions d'euros dans des écrans antibruit, et la Région doit en ajouter 2 millions l'an prochain. Le bourgmestre m'a dit~: «~Si vous tenez vos promesses, je tiendrai les miennes.~» Je compte bien le prendre au mot.", 1, "direct", SM, "", "supportive", "answer; contains the mayor's quotation (next row)"),
      ("Si vous tenez vos promesses, je tiendrai les miennes.", 1, "direct", BG, "m'a dit", "neutral", "quotation inside an answer, colon after 'm'a dit'; the mayor by role only"),
      ("Nous regardons Liège et Anvers. Un terminal de 12 à 15 hectares près de l'aéroport de Liège nous intéresse, mais rien n'est signé.", 1, "direct", SM, "", "neutral", "answer")]))

RG, LA, LH, CN = "Région", "Liège Airport", "Luc Hennaux", "CNE"
T("fr_36_bilan_annee_bierset.txt", "fr", "year_in_review", "liege_hub", "Liège Matin", "2025-12-30",
  [("Cainiao", "organisation", ""), (RG, "organisation", ""), (SE, "organisation", ""), (LA, "organisation", ""),
   (LH, "person", "directeur général"), (CN, "organisation", "")],
  fr([("25~000 m²", 1, 25000.0, "", "m2", "area", "", "", "building_area", "", "realised", "", "the hall inaugurated in January (the paper's voice); 'deuxième' is an ordinal"),
      ("quatorze mois", 1, 14.0, "", "month", "duration", "", "", "other", "", "realised", "", "construction time"),
      ("250 embauches", 1, 250.0, "", "count", "count", "embauches", "", "jobs", "", "promised", "Cainiao", "'annonce alors ... « dans l'année »': the January promise, in a year in review"),
      ("180", 1, 180.0, "", "count", "count", "embauches", "", "jobs", "", "realised", "Cainiao", "elided noun with 'en': 'la direction affirme en avoir réalisé 180' ('la direction' = the company)"),
      ("40", 1, 40.0, "", "count", "count", "embauches", "", "jobs", "", "realised", "Cainiao", "elided noun: 'dont 40 en intérim' (temporary)"),
      ("32 millions d'euros", 1, 32000000.0, "", "EUR", "money", "", "", "investment", "", "promised", RG, "'confirme une enveloppe' for road works that will only start in 2026 (road money as fr_31)"),
      ("1,5 million de tonnes", 1, 1500000.0, "", "tonne", "mass", "", "", "cargo", "", "realised", "", "'franchit pour la première fois' (ordinal not coded)"),
      ("douze mois", 1, 12.0, "", "month", "duration", "", "", "period", "", "realised", "", "'sur douze mois glissants': period of the cargo figure"),
      ("900^000 tonnes", 1, 900000.0, "", "tonne", "mass", "", "", "cargo", "", "historical", "", "'Pour mémoire ... en 2019': before the hub opened (context figure of past years)"),
      ("650^000", 1, 650000.0, "", "tonne", "mass", "", "barely", "cargo", "", "historical", "", "elided unit: 'à peine 650 000 en 2015'"),
      ("520^000 colis", 1, 520000.0, "", "count", "count", "colis", "", "parcels", "journée", "realised", "", "a one-day record: 'en une seule journée' read as the rate's denominator ('une' is the indefinite article)"),
      ("330^000", 1, 330000.0, "", "count", "count", "colis", "approx", "parcels", "jour", "realised", LA, "elided noun; 'autour de'; 'selon l'aéroport' (Liège Airport, named in full later)"),
      ("2 millions de tonnes", 1, 2000000.0, "", "tonne", "mass", "", "", "cargo", "", "promised", LA, "'Le plan stratégique de Liège Airport vise ... en 2030': the airport's plan (no speech verb: no quotation row); 'vise' is not the target qualifier (the table gives 'objectif de')"),
      ("1 500 emplois", 1, 1500.0, "", "count", "count", "emplois", "", "jobs", "", "promised", LA, "'d'ici là' (2030); ordinary space"),
      ("900 emplois", 1, 900.0, "", "count", "count", "emplois", "", "jobs", "", "promised", CN, "'promis en 2018'; the union's reminder ('rappelle la CNE' after the clause)"),
      ("700", 1, 700.0, "", "count", "count", "emplois", "approx", "jobs", "", "realised", CN, "elided noun with 'en'; postposed 'environ' read as approx (the French column lists only 'ou plus' and 'maximum' after the number)")]),
  fr([("250 embauches «~dans l'année~»", 1, "reported", "Cainiao", "annonce", "supportive", "noun-phrase object of a speech verb (as de_21); contains a quoted fragment (also coded as mixed)"),
      ("dans l'année", 1, "mixed", "Cainiao", "annonce", "supportive", ""),
      ("en avoir réalisé 180, dont 40 en intérim", 1, "reported", "Cainiao", "affirme", "supportive", "infinitive clause after the speech verb; 'la direction' = the company"),
      ("une enveloppe de 32 millions d'euros pour la nouvelle voirie de la zone cargo", 1, "reported", RG, "confirme", "neutral", "noun-phrase object of a speech verb"),
      ("la plateforme «~pourrait servir à la collecte de données logistiques sensibles~»", 1, "reported", SE, "estime", "critical", "a report speaks for its author ('Un rapport de la Sûreté de l'État ... estime que'); contains a quoted fragment (also coded as mixed)"),
      ("pourrait servir à la collecte de données logistiques sensibles", 1, "mixed", SE, "estime", "critical", ""),
      ("accusations sans fondement", 1, "mixed", "Cainiao", "parle de", "supportive", "'parle d'« ... »' (elided 'de' before the guillemet); 'dément' has no object"),
      ("La moyenne de l'année tourne autour de 330^000 par jour", 1, "reported", LA, "selon", "neutral", "'selon l'aéroport' after the clause"),
      ("raisonnablement optimiste", 1, "mixed", LH, "se dit", "supportive", "'Le directeur général, X,'"),
      ("sur les 900 emplois promis en 2018, l'entreprise en compte aujourd'hui 700 environ", 1, "reported", CN, "rappelle", "critical", "reported clause before the inverted 'rappelle la CNE'; 'Les syndicats, eux, attendent de voir' is not speech")]))

# ---------------------------------------------------------------- German
AW, FB, WA, NO, JW, GW, SR, MB = ("Allgemeine Wirtschaftszeitung", "Finanzblatt", "Weser-Anzeiger", "Neue Ostsee-Zeitung",
                                  "Jonas Wendt", "Gewerkschaften", "Süddeutsche Rundschau", "Michael Brandt")
T("de_33_presseschau_steinwerder.txt", "de", "press_review", "port", "Radio Elbe Info", "2025-05-15",
  [(AW, "organisation", ""), (FB, "organisation", ""), (WA, "organisation", ""), (NO, "organisation", ""),
   (JW, "person", "Sicherheitsexperten"), (GW, "organisation", ""), (SR, "organisation", ""),
   (MB, "person", "Vorstandschef")],
  [("24,9", 1, 24.9, "", "percent", "percent", "", "", "share", "", "promised", "", "unit written only after the second figure ('nur mit 24,9 statt der ursprünglich geplanten 35 Prozent'): surface the number alone; the stake the cabinet allows, still to be taken"),
   ("35 Prozent", 1, 35.0, "", "percent", "percent", "", "", "share", "", "promised", "", "the stake originally planned ('ursprünglich geplanten'): a plan, never carried out"),
   ("25 Prozent", 1, 25.0, "", "percent", "percent", "", "less_than", "share", "", "unmarked", AW, "a threshold, no claim by itself; 'unterhalb von' read as below (less_than); Konjunktiv I continues the paper; 'Ein Viertel' is a fraction"),
   ("650 Arbeitsplätzen", 1, 650.0, "", "count", "count", "Arbeitsplätzen", "approx", "jobs", "", "realised", AW, "'rund'; the terminal's present jobs (dative plural as written)"),
   ("70 Mio. Euro", 1, 70000000.0, "", "EUR", "money", "", "nearly", "investment", "", "realised", FB, "'knapp' (as de_27); present 'zahlt': the price of the approved deal, stated with no prospect"),
   ("400.000 Standardcontainer", 1, 400000.0, "", "count", "count", "Standardcontainer", "at_least", "cargo", "jährlich", "promised", FB, "'mindestens'; 'zugesagt ... bis 2030'; Konjunktiv I continuation of 'Laut Finanzblatt'; per as written ('jährlich')"),
   ("1,3 Mio. Container", 1, 1300000.0, "", "count", "count", "Container", "", "cargo", "", "historical", "", "'Zum Vergleich:' in the indicative after the Konjunktiv chain: back in the outlet's voice; 2019, before the stake"),
   ("870.000", 1, 870000.0, "", "count", "count", "Container", "only", "cargo", "", "historical", "", "elided noun; 'nur noch' read as only; last year, before the stake"),
   ("30 Prozent", 1, 30.0, "", "percent", "percent", "", "", "share", "", "historical", WA, "a stake another investor took in Bremerhaven in 2021 (context); Konjunktiv I continuation"),
   ("900 Stellen", 1, 900.0, "", "count", "count", "Stellen", "", "jobs", "", "promised", NO, "Liège's 2018 hope ('gehofft'); 'Das Blatt erinnert daran, dass'"),
   ("700", 1, 700.0, "", "count", "count", "Stellen", "approx", "jobs", "", "realised", GW, "elided noun at the end of the clause: 'geschaffen worden seien bislang ... rund 700'; 'nach Angaben der Gewerkschaften'")],
  [("Ein Viertel minus ein Hauch, das ist kein Kompromiss, das ist Kosmetik.", 1, "direct", AW, "schreibt", "critical", "a paper quoted as the source, colon-introduced ('Die X schreibt:')"),
   ("Auch mit einer Beteiligung unterhalb von 25 Prozent werde Haiyun über die Ladung entscheiden, die nach Steinwerder komme, und damit über die Zukunft von rund 650 Arbeitsplätzen", 1, "reported", AW, "", "critical", "Konjunktiv I continuation, no cue of its own"),
   ("zahlt Haiyun für den Anteil knapp 70 Mio. Euro", 1, "reported", FB, "Laut", "neutral", "'Laut Finanzblatt' (a paper, no article)"),
   ("Im Gegenzug habe die Reederei zugesagt, bis 2030 jährlich mindestens 400.000 Standardcontainer über das Terminal abzuwickeln", 1, "reported", FB, "", "supportive", "Konjunktiv I continuation"),
   ("Wer Ladung bringe, der bringe Arbeit", 1, "reported", WA, "meint", "supportive", "reported clause before 'meint das Blatt'"),
   ("In Bremerhaven habe ein dänischer Investor 2021 ebenfalls 30 Prozent übernommen, „und die Welt ist nicht untergegangen“", 1, "reported", WA, "", "supportive", "Konjunktiv I continuation; contains a quoted fragment (also coded as mixed)"),
   ("und die Welt ist nicht untergegangen", 1, "mixed", WA, "", "supportive", "fragment with no cue of its own"),
   ("Häfen seien „kritische Infrastruktur, auch wenn das Kabinett das anders sieht“", 1, "reported", JW, "mit den Worten", "critical", "'Sie zitiert den Sicherheitsexperten X mit den Worten': the expert a paper quotes is the speaker; contains a quoted fragment (also coded as mixed)"),
   ("kritische Infrastruktur, auch wenn das Kabinett das anders sieht", 1, "mixed", JW, "mit den Worten", "critical", ""),
   ("Lüttich 2018 auf 900 Stellen von Cainiao gehofft habe", 1, "reported", NO, "erinnert daran", "critical", "'Das Blatt': the paper by a role noun"),
   ("geschaffen worden seien bislang nach Angaben der Gewerkschaften rund 700", 1, "reported", GW, "nach Angaben der", "critical", "clause after the dash with 'nach Angaben der Gewerkschaften' inside it (as de_32)"),
   ("die Hamburger Hafen-Betriebsgesellschaft habe den Deal „aus purer Not“ gesucht", 1, "reported", SR, "hält fest", "critical", "contains a quoted fragment (also coded as mixed)"),
   ("aus purer Not", 1, "mixed", SR, "hält fest", "critical", ""),
   ("Ohne neue Ladung verlieren wir in fünf Jahren jeden dritten Liegeplatz.", 1, "direct", MB, "zitiert", "supportive", "'wird mit dem Satz zitiert:'; 'Ihr Vorstandschef': the port company's, not the paper's; 'in fünf Jahren' is a relative date, 'jeden dritten' an ordinal")])

NH, AWC, BI, PA = "Norbert Hainz", "Al Wakra Capital", "Bürgerinitiative Nachtruhe Hörsching", "Petra Aigner"
T("de_34_leitartikel_hoersching.txt", "de", "editorial", "airport", "Linzer Tagespost", "2025-03-11",
  [(AWC, "organisation", "Der katarische Infrastrukturfonds"), (NH, "person", "Flughafendirektor"), (BI, "organisation", ""),
   (PA, "person", "Landesrätin für Wirtschaft")],
  [("49 Prozent", 1, 49.0, "", "percent", "percent", "", "", "share", "", "promised", "", "'will ... übernehmen': an intention in the paper's sentence, not speech (as en_27)"),
   ("140 Mio. Euro", 1, 140000000.0, "", "EUR", "money", "", "approx", "investment", "", "promised", "", "'rund'; same 'will'"),
   ("fünf Jahren", 1, 5.0, "", "year", "duration", "", "", "period", "", "promised", "", "'binnen fünf Jahren': period of the job promise (as fr_28 'd'ici trois ans')"),
   ("300 neue Arbeitsplätze", 1, 300.0, "", "count", "count", "Arbeitsplätze", "", "jobs", "", "promised", "", "same 'will'"),
   ("500 Jobs", 1, 500.0, "", "count", "count", "Jobs", "", "jobs", "", "promised", "", "2017 promise for an earlier project; impersonal 'versprach man uns': no speaker"),
   ("210", 1, 210.0, "", "count", "count", "Jobs", "", "jobs", "", "historical", "", "elided noun ending the clause: 'Gekommen sind 210' (pledged 500, delivered 210); a past figure of an earlier project, no longer true ('heute nicht einmal die Hälfte', a fraction): historical"),
   ("58.000 Tonnen", 1, 58000.0, "", "tonne", "mass", "", "", "cargo", "", "historical", "", "2024, before the takeover (context, as before a takeover in en_23)"),
   ("120.000 Tonnen", 1, 120000.0, "", "tonne", "mass", "", "", "cargo", "", "promised", AWC, "'Der Fonds rechnet mit ... bis 2030': an expectation, the buyer credited (as nl_27); no speech verb, no quotation row"),
   ("sechs Frachtmaschinen", 1, 6.0, "", "count", "count", "Frachtmaschinen", "", "flights", "Nacht", "realised", "", "'im Schnitt' is not a hedge (as nl_28 'Gemiddeld'); cargo planes per night"),
   ("14", 1, 14.0, "", "count", "count", "Frachtmaschinen", "at_most", "flights", "Nacht", "promised", BI, "elided noun and rate: 'bis zu 14'; Konjunktiv II 'könnten'; 'nach Berechnungen der Bürgerinitiative'"),
   ("900 versprochenen Stellen", 1, 900.0, "", "count", "count", "Stellen", "", "jobs", "", "promised", "", "Liège, the paper's voice"),
   ("700", 1, 700.0, "", "count", "count", "Stellen", "approx", "jobs", "", "realised", "", "elided noun: 'aus 900 versprochenen Stellen ... rund 700 wurden' (Liège's present figure); 'nach sieben Jahren' is a relative date, not coded"),
   ("250", 1, 250.0, "", "count", "count", "Stellen", "at_least", "jobs", "", "promised", "", "elided noun given after it: 'Mindestens 250 der 300 Stellen sollten Vollzeitstellen sein' (the paper's demand)"),
   ("300 Stellen", 1, 300.0, "", "count", "count", "Stellen", "", "jobs", "", "promised", "", "the promised 300 restated")],
  [("Jahrhundertprojekt", 1, "mixed", NH, "sprach von", "supportive", "'sprach gar von einem'"),
   ("Mit dem neuen Eigentümer könnten es nach Berechnungen der Bürgerinitiative Nachtruhe Hörsching bis zu 14 werden", 1, "reported", BI, "nach Berechnungen der", "critical", "the clause with the attribution inside it (as de_32)"),
   ("es gebe „keinerlei Pläne für mehr Nachtflüge“", 1, "reported", PA, "beschwichtigt", "supportive", "contains a quoted fragment (also coded as mixed)"),
   ("keinerlei Pläne für mehr Nachtflüge", 1, "mixed", PA, "beschwichtigt", "supportive", "")])

ML, AD, GD = "Marco Lejeune", "Anke Dorsch", "belgische Geheimdienst"
T("de_35_podcast_luettich.txt", "de", "podcast_transcript", "liege_hub", "Frachtfunk (Podcast)", "2025-08-27",
  [(ML, "person", "Gewerkschaftssekretär der CSC in Eupen"), (AD, "person", "Professorin"), (GD, "organisation", "")],
  [("750", 1, 750.0, "", "count", "count", "Leute", "approx", "jobs", "", "realised", ML, "line after the surname label 'LEJEUNE:'; elided noun from the moderator's question ('Wie viele Leute', as nl_28); 'etwa'; 'Folge 112' is an episode number, not coded"),
   ("1.400", 1, 1400.0, "", "count", "count", "Leute", "", "jobs", "", "realised", ML, "elided noun; with the handling firms around (direct and indirect); 'vielleicht' is not a hedge (as de_31)"),
   ("neunhundert direkte Jobs", 1, 900.0, "", "count", "count", "Jobs", "", "jobs", "", "promised", ML, "spelled numeral; 'versprochen waren ... bis 2020'; the line is cut off ('nicht bis –')"),
   ("neunhundert", 2, 900.0, "", "count", "count", "Jobs", "", "jobs", "", "promised", AD, "anaphoric: 'Das mit den neunhundert' (the other guest's figure, the promise); noun of the antecedent"),
   ("1,4 Millionen Tonnen", 1, 1400000.0, "", "tonne", "mass", "", "approx", "cargo", "", "realised", AD, "'ungefähr'; Liège airport's volume in 2024, with the hub (as fr_29)"),
   ("600.000", 1, 600000.0, "", "tonne", "mass", "", "nearly", "cargo", "", "historical", AD, "elided unit: 'knapp 600.000' (Tonnen); before the hub ('Vor zehn Jahren' is a relative date); 'ein Drittel' is a fraction"),
   ("80 Zöllner", 1, 80.0, "", "count", "count", "Zöllner", "only", "people", "", "realised", ML, "'gerade mal' read as only; customs officers are people (as de_31)"),
   ("300.000 Paketen", 1, 300000.0, "", "count", "count", "Paketen", "", "parcels", "Nacht", "realised", ML, "verbless exclamation, 'pro Nacht'"),
   ("1.000 bis 1.100 direkte Stellen", 1, 1000.0, 1100.0, "count", "count", "Stellen", "range", "jobs", "", "promised", AD, "'Wenn die zweite Halle kommt': a conditional prospect, answering 'in fünf Jahren' (a relative date in the question)")],
  [("Direkt bei Cainiao sind es etwa 750. Mit den Handling-Firmen drumherum kommen Sie vielleicht auf 1.400. Aber versprochen waren neunhundert direkte Jobs, und zwar bis 2020, nicht bis –", 1, "direct", ML, "", "critical", "line after the surname label, no quotation marks (as de_29); the moderator's lines are the outlet's voice; cut off by the other guest (the dash is kept)"),
   ("Darf ich kurz einhaken? Das mit den neunhundert stand nie in einem Vertrag. Das war eine Zahl aus einer Pressemitteilung.", 1, "direct", AD, "", "neutral", "the interruption"),
   ("Die Pressemitteilung kam vom Ministerpräsidenten!", 1, "direct", ML, "", "critical", ""),
   ("Man muss die Fracht anschauen. Lüttich hat 2024 ungefähr 1,4 Millionen Tonnen umgeschlagen. Vor zehn Jahren waren es knapp 600.000. Das ist mehr als eine Verdopplung, und ein Drittel davon geht auf Cainiao zurück, schätze ich.", 1, "direct", AD, "", "supportive", "'schätze ich' inside her own line is not a separate cue"),
   ("Daten abfließen könnten", 1, "reported", GD, "hat ja gewarnt", "critical", "reported clause begun in the moderator's question ('hat ja gewarnt, dass ...') and completed by the guest on her own line: the service is the speaker"),
   ("... dass Daten abfließen könnten, ja. Das nehme ich ernst. Aber Zollkontrolle ist Sache des belgischen Staates, nicht von Alibaba.", 1, "direct", AD, "", "neutral", "the guest completes the moderator's sentence (leading ellipsis kept as written)"),
   ("Und der Staat hat in Lüttich gerade mal 80 Zöllner für den Frachtbereich. Bei 300.000 Paketen pro Nacht! Das ist doch absurd.", 1, "direct", ML, "", "critical", ""),
   ("Wenn die zweite Halle kommt, 1.000 bis 1.100 direkte Stellen. Eher das Untere.", 1, "direct", AD, "", "supportive", "verbless answer"),
   ("Ich glaube erst an Stellen, die ich sehe.", 1, "direct", ML, "", "critical", "")])

BK, UB, WL, SEV, FG, SW = ("Branchenkreisen", "Urs Baumgartner", "Wang Lei", "Gewerkschaft SEV", "Fraktion der Grünen",
                           "Staatssekretariat für Wirtschaft")
T("de_36_wirtschaftsbericht_dietikon.txt", "de", "business_report", "rail", "Zürcher Wirtschaftsblatt", "2025-06-18",
  [(BK, "organisation", ""), (UB, "person", "Verwaltungsratspräsident"), (WL, "person", "Hengtai-Europachef"),
   (SEV, "organisation", ""), (FG, "organisation", ""), (SW, "organisation", "")],
  [("51 Prozent", 1, 51.0, "", "percent", "percent", "", "", "share", "", "promised", "", "present 'übernimmt' about a deal still awaiting approval ('muss ... noch zustimmen'): a prospect (as nl_27)"),
   ("38 Mio. Fr.", 1, 38000000.0, "", "CHF", "money", "", "approx", "investment", "", "promised", BK, "'Fr.' = Swiss francs, with 'Mio.'; purchase price of the pending deal; 'nach Angaben aus Branchenkreisen': anonymous source"),
   ("210'000 Ladeeinheiten", 1, 210000.0, "", "count", "count", "Ladeeinheiten", "more_than", "cargo", "jährlich", "realised", "", "Swiss apostrophe; 'gut' read as more_than (a good 210,000); per as written ('jährlich')"),
   ("145'000", 1, 145000.0, "", "count", "count", "Ladeeinheiten", "", "cargo", "jährlich", "historical", "", "elided noun and rate: 'gegenüber 145'000 im Jahr 2019' (before the takeover)"),
   ("1'050 Personen", 1, 1050.0, "", "count", "count", "Personen", "", "jobs", "", "realised", UB, "'beschäftigt'; 'wie X ... sagte'"),
   ("870", 1, 870.0, "", "count", "count", "Personen", "", "jobs", "", "realised", UB, "elided noun: 'davon 870 in Vollzeit' (full-time)"),
   ("fünf Jahren", 1, 5.0, "", "year", "duration", "", "at_least", "other", "", "promised", UB, "'während mindestens fünf Jahren': length of the no-layoff pledge; Konjunktiv II continuation of the chairman"),
   ("120 Mio. Fr.", 1, 120000000.0, "", "CHF", "money", "", "approx", "investment", "", "promised", "", "'Hengtai will ... investieren': the company's intention in the paper's sentence (as en_27)"),
   ("zwei zusätzliche Umschlaggleise", 1, 2.0, "", "count", "count", "Umschlaggleise", "", "other", "", "promised", "", "tracks; 'zusätzliche' belongs to the surface, not the noun"),
   ("18'500 Quadratmetern", 1, 18500.0, "", "m2", "area", "", "", "building_area", "", "promised", "", "bonded warehouse"),
   ("300'000 Ladeeinheiten", 1, 300000.0, "", "count", "count", "Ladeeinheiten", "", "cargo", "Jahr", "promised", "", "capacity ('soll ... steigen'), 'pro Jahr'"),
   ("zwei direkte Güterzüge", 1, 2.0, "", "count", "count", "Güterzüge", "", "other", "Woche", "promised", WL, "'Geplant seien ..., sagte X'; trains are not flights"),
   ("1'050 Stellen", 1, 1050.0, "", "count", "count", "Stellen", "", "jobs", "", "realised", SEV, "the existing jobs the union wants guaranteed ('sämtliche')"),
   ("1,4 Mio. Tonnen", 1, 1400000.0, "", "tonne", "mass", "", "approx", "cargo", "", "historical", "", "another hub (Liège), past year: a context figure ('Zum Vergleich'), unlike de_35 where Liège is the subject")],
  [("Der Kaufpreis beträgt nach Angaben aus Branchenkreisen rund 38 Mio. Fr.", 1, "reported", BK, "nach Angaben aus", "neutral", "the sentence with the attribution inside it (as de_32); anonymous source"),
   ("Es beschäftigt 1'050 Personen, davon 870 in Vollzeit", 1, "reported", UB, "sagte", "supportive", "'wie X an einer Medienkonferenz in Zürich sagte' after the clause; the sentence before it is the paper's"),
   ("Wir bleiben ein Schweizer Unternehmen mit Schweizer Arbeitsverträgen", 1, "direct", UB, "betonte", "supportive", "Swiss guillemets without spaces; pronoun 'er'"),
   ("Die neuen Eigentümer hätten sich verpflichtet, während mindestens fünf Jahren keine Stellen abzubauen", 1, "reported", UB, "", "supportive", "Konjunktiv II continuation, no cue of its own"),
   ("Geplant seien ausserdem zwei direkte Güterzüge pro Woche nach Chongqing", 1, "reported", WL, "sagte", "supportive", "reported clause before the cue"),
   ("Die Schweiz ist für uns das Scharnier zwischen Nord und Süd", 1, "direct", WL, "sagte", "supportive", "pronoun 'er'"),
   ("Was Lüttich für die Luftfracht ist, soll Dietikon für die Schiene werden.", 1, "direct", WL, "", "supportive", "second quotation, no cue: continues the speaker"),
   ("eine schriftliche Garantie für sämtliche 1'050 Stellen", 1, "reported", SEV, "verlangt", "neutral", "noun-phrase object of a speech verb (as de_21)"),
   ("ob der Regierungsrat die Übernahme einer «strategisch wichtigen Infrastruktur» durch einen staatsnahen chinesischen Konzern geprüft habe", 1, "reported", FG, "will wissen", "critical", "indirect question; pronoun 'Sie' = the group; contains a quoted fragment (also coded as mixed)"),
   ("strategisch wichtigen Infrastruktur", 1, "mixed", FG, "will wissen", "critical", ""),
   ("Das Investitionsprüfgesetz, das frühestens 2027 in Kraft tritt, würde den Fall ohnehin nicht erfassen", 1, "reported", SW, "teilte mit", "neutral", "reported clause before 'teilte ... auf Anfrage mit'; 'Der Bund sieht keinen Handlungsbedarf' is the paper's summary")])


if __name__ == "__main__":
    raise SystemExit(codes.main())
