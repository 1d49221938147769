"""The hand codes of texts de/fr 21-24, with their spans computed from the text (run once with --write to append).

Same layout as code_de_fr_17_20.py. Surfaces and names are found as whole tokens (not inside a longer number or
word), the occ-th occurrence; rows are written sorted by start within each file.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from coding import Codes  # noqa: E402  (find, the rows of the four tables, --check / --write: bench/dev/coding.py)

codes = Codes(whole_tokens=True, sort_speakers=True)
T = codes.text
# speakers: (name, kind, role)   quantities: (surface, occ, value, high, unit, kind, noun, qual, measure, per, status, speaker, note)
# quotes: (quote, occ, type, speaker, cue, stance, note)

# ---------------------------------------------------------------- French
SW, DC = "Sophie Warnant", "Didier Collard"
T("fr_21_transcription_radio.txt", "fr", "broadcast_transcript", "liege_hub", "Radio Val-de-Meuse", "2025-03-18",
  [(SW, "person", "directrice commerciale de Liège Airport"), (DC, "person", "porte-parole du collectif Bierset Respire"),
   ("Cainiao", "organisation", ""), ("Marc", "person", "Un auditeur"), ("Sûreté de l'État", "organisation", "")],
  [("1,2 million de tonnes", 1, 1200000.0, "", "tonne", "mass", "", "", "cargo", "", "realised", SW, "the airport's record last year ('avons traité'); 'à peu près un quart' is a fraction word, not coded"),
   ("1,5 million de tonnes", 1, 1500000.0, "", "tonne", "mass", "", "", "cargo", "", "promised", SW, "'comptons atteindre d'ici 2030'"),
   ("une quarantaine de mouvements", 1, 40.0, "", "count", "count", "mouvements", "approx", "flights", "nuit", "realised", DC, "approximate numeral noun; 'aujourd'hui'"),
   ("900 emplois", 1, 900.0, "", "count", "count", "emplois", "", "jobs", "", "promised", DC, "'on nous avait promis'"),
   ("650", 1, 650.0, "", "count", "count", "emplois", "", "jobs", "", "realised", DC, "elided noun: 'on en est à 650'"),
   ("780 personnes", 1, 780.0, "", "count", "count", "personnes", "", "jobs", "", "realised", "Cainiao", "'la direction de Cainiao affirme employer', subcontractors included"),
   ("10 000 emplois", 1, 10000.0, "", "count", "count", "emplois", "nearly", "jobs", "", "realised", SW, "the whole airport zone, direct and indirect"),
   ("40 millions d'euros", 1, 40000000.0, "", "EUR", "money", "", "", "other", "", "promised", SW, "insulation budget, 'allons consacrer'"),
   ("Quarante millions", 1, 40000000.0, "", "EUR", "money", "", "", "other", "", "promised", DC, "number in words, elided unit: the same insulation budget"),
   ("12 000 logements", 1, 12000.0, "", "count", "count", "logements", "", "other", "", "unmarked", DC, "homes in the noise zone, no verb"),
   ("3 300 euros", 1, 3300.0, "", "EUR", "money", "", "barely", "other", "maison", "unmarked", DC, "'à peine'; his own division of the budget per house")],
  [("Oui, nous avons traité 1,2 million de tonnes de fret, dont à peu près un quart pour Cainiao. Nous comptons atteindre 1,5 million de tonnes d'ici 2030.", 1, "direct", SW, "", "supportive", "transcript: speaker label in capitals, no quotation marks"),
   ("Pour les riverains, certainement. On compte aujourd'hui une quarantaine de mouvements par nuit. Et on nous avait promis 900 emplois chez Cainiao ; on en est à 650, dont une bonne part en intérim.", 1, "direct", DC, "", "critical", "transcript answer"),
   ("employer 780 personnes sur le site, sous-traitants compris", 1, "reported", "Cainiao", "affirme", "supportive", "the presenter's voice; 'la direction de Cainiao'; infinitive complement"),
   ("Et il faut regarder toute la zone : autour de l'aéroport, ce sont près de 10 000 emplois directs et indirects.", 1, "direct", SW, "", "supportive", "transcript answer"),
   ("les avions le réveillent « toutes les nuits, sans exception »", 1, "reported", "Marc", "nous écrit", "critical", "a listener's message read by the presenter; contains a quoted fragment (also coded as mixed)"),
   ("toutes les nuits, sans exception", 1, "mixed", "Marc", "nous écrit", "critical", ""),
   ("Que nous allons consacrer 40 millions d'euros à l'isolation des maisons, avec la Région, et que les appareils les plus bruyants seront interdits à partir de 2026.", 1, "direct", SW, "", "supportive", "transcript answer"),
   ("Quarante millions pour 12 000 logements dans la zone de bruit : faites le calcul, à peine 3 300 euros par maison.", 1, "direct", DC, "", "critical", "transcript answer"),
   ("les flux de données de la plateforme font l'objet d'une surveillance particulière", 1, "reported", "Sûreté de l'État", "Selon", "critical", "in the presenter's question"),
   ("Les données douanières sont traitées par les douanes belges, pas par Cainiao. Je ne vois pas ce qu'on espionnerait dans un colis de chaussettes.", 1, "direct", SW, "", "supportive", "transcript answer")])

LP, CB, ON, FW, NB = "Laurent Piette", "Cainiao Belgium", "Office national de sécurité sociale", "Fédération wallonne de la logistique", "Nadia Benali"
T("fr_22_verification_emplois.txt", "fr", "fact_check", "liege_hub", "Le Courrier de l'Ourthe", "2025-04-10",
  [(LP, "person", "député régional"), (CB, "organisation", ""), (ON, "organisation", ""), (FW, "organisation", ""), (NB, "person", "l'économiste")],
  [("1 500", 1, 1500.0, "", "count", "count", "emplois", "nearly", "jobs", "", "realised", LP, "elided noun inside the checked claim: 'on est à près de 1 500'"),
   ("820 collaborateurs", 1, 820.0, "", "count", "count", "collaborateurs", "approx", "jobs", "", "realised", CB, "inside a mixed quotation, 'a précisé'"),
   ("540 travailleurs", 1, 540.0, "", "count", "count", "travailleurs", "", "jobs", "", "realised", ON, "'travailleurs salariés': surface stops at the head noun"),
   ("495 ETP", 1, 495.0, "", "count", "count", "ETP", "", "jobs", "", "realised", ON, "full-time equivalents as an acronym; 'soit'"),
   ("300 emplois", 1, 300.0, "", "count", "count", "emplois", "", "jobs", "", "promised", CB, "'l'entreprise annonçait' at the opening (the project's own first promise, not context)"),
   ("900 emplois", 1, 900.0, "", "count", "count", "emplois", "", "jobs", "", "promised", "", "'étaient promis à terme'; passive, outlet's voice"),
   ("3 000 emplois", 1, 3000.0, "", "count", "count", "emplois", "at_most", "jobs", "", "promised", "", "'jusqu'à'; verb 'étaient promis' shared with the previous figure")],
  [("Depuis l'ouverture du hub, les emplois ont triplé et on est à près de 1 500", 1, "direct", LP, "a lancé", "supportive", "the claim checked; speaker after the cue with his role"),
   ("elle comptait « environ 820 collaborateurs » à Liège en fin d'année", 1, "reported", CB, "a précisé", "supportive", "'l'entreprise'; contains a quoted fragment (also coded as mixed)"),
   ("environ 820 collaborateurs", 1, "mixed", CB, "a précisé", "supportive", ""),
   ("la filiale belge déclarait au dernier trimestre 540 travailleurs salariés, soit 495 ETP", 1, "reported", ON, "D'après", "neutral", "'dernier trimestre' is not a number"),
   ("La différence tient aux intérimaires et aux sous-traitants", 1, "reported", FW, "a-t-on appris auprès de", "neutral", "impersonal cue after the reported clause"),
   ("300 emplois pour la première phase", 1, "reported", CB, "annonçait", "supportive", "noun-phrase object of the cue; 'l'entreprise'"),
   ("Ces objectifs n'ont jamais eu de date butoir", 1, "reported", NB, "rappelle", "neutral", "reported clause before an inverted cue"),
   ("il est trop tôt pour parler d'échec, mais trop tard pour parler de lancement", 1, "direct", NB, "pour qui", "neutral", "a whole clause in guillemets after 'pour qui'"),
   ("il y inclut « les camionneurs, les agents de sécurité et les transitaires installés grâce au hub »", 1, "reported", LP, "maintient", "supportive", "after a colon; contains a quoted fragment (also coded as mixed)"),
   ("les camionneurs, les agents de sécurité et les transitaires installés grâce au hub", 1, "mixed", LP, "maintient", "supportive", "")])

MG, AR, VL, SA, TC = "Meridian Gateways", "Aditya Raman", "Véronique Lamarche", "Syndicat autonome des cheminots", "Transrail Conseil"
T("fr_23_presse_pro_terminal_rail.txt", "fr", "trade_press", "rail", "Revue Fret & Logistique", "2024-06-04",
  [(MG, "organisation", "gestionnaire de terminaux"), (AR, "person", "directeur Europe du groupe"),
   (VL, "person", "déléguée générale de l'association Chargeurs Rhône-Alpes"), (SA, "organisation", ""), (TC, "organisation", "cabinet")],
  [("60 %", 1, 60.0, "", "percent", "percent", "", "", "share", "", "realised", "", "stake bought, present 'rachète'"),
   ("35 millions d'euros", 1, 35000000.0, "", "EUR", "money", "", "", "investment", "", "realised", "", "purchase price; 'selon nos informations' is the outlet itself, so no speaker; the conditional 'avoisinerait' marks unconfirmed information, not a prospect"),
   ("14 hectares", 1, 140000.0, "", "m2", "area", "", "", "site_area", "", "realised", "", "'s'étend sur'"),
   ("95 000 unités", 1, 95000.0, "", "count", "count", "unités", "", "cargo", "", "historical", "", "'l'an dernier', before the deal"),
   ("une vingtaine de trains", 1, 20.0, "", "count", "count", "trains", "approx", "other", "jour", "historical", "", "freight trains; approximate numeral noun restating last year's volume"),
   ("160 000 unités", 1, 160000.0, "", "count", "count", "unités", "", "cargo", "", "promised", "", "'entend porter'"),
   ("cinq ans", 1, 5.0, "", "year", "duration", "", "", "period", "", "promised", "", "'d'ici cinq ans': period of the volume target"),
   ("750 mètres", 1, 0.75, "", "km", "length", "", "", "other", "", "promised", "", "length of the loading tracks"),
   ("48 millions d'euros", 1, 48000000.0, "", "EUR", "money", "", "", "investment", "", "promised", "", "'prévoit d'investir'; outlet's voice"),
   ("deux portiques", 1, 2.0, "", "count", "count", "portiques", "", "other", "", "promised", "", "cranes"),
   ("85 salariés", 1, 85.0, "", "count", "count", "salariés", "", "jobs", "", "realised", MG, "current staff to be taken over; 'a précisé la direction'"),
   ("une trentaine de postes", 1, 30.0, "", "count", "count", "postes", "approx", "jobs", "", "promised", MG, "'pourraient s'y ajouter à terme'"),
   ("40 %", 1, 40.0, "", "percent", "percent", "", "", "share", "", "historical", SA, "public share of the construction funding in 2009"),
   ("11", 1, 11.0, "", "count", "count", "terminaux", "", "other", "", "realised", TC, "partitive '11 des 32 grands terminaux': the noun follows the second number"),
   ("32 grands terminaux", 1, 32.0, "", "count", "count", "terminaux", "", "other", "", "unmarked", TC, "total of large French terminals"),
   ("4", 1, 4.0, "", "count", "count", "terminaux", "", "other", "", "historical", TC, "elided noun: 'contre 4 en 2015'")],
  [("Lyon est le carrefour naturel entre la Méditerranée et l'Europe du Nord. Nous voulons en faire notre porte d'entrée ferroviaire", 1, "direct", AR, "explique", "supportive", "two sentences; speaker after the cue with his role"),
   ("Les 85 salariés du terminal seront repris, et une trentaine de postes pourraient s'y ajouter à terme", 1, "reported", MG, "a précisé", "supportive", "'la direction', unnamed management; reported clause before an inverted cue"),
   ("Le terminal manquait de capacité depuis des années", 1, "direct", VL, "note", "supportive", ""),
   ("une « privatisation rampante » d'une infrastructure financée à 40 % par des fonds publics lors de sa construction, en 2009", 1, "reported", SA, "on dénonce", "critical", "'Du côté de X, on dénonce': noun-phrase object containing a quoted fragment (also coded as mixed)"),
   ("privatisation rampante", 1, "mixed", SA, "on dénonce", "critical", ""),
   ("l'État conserve une minorité de blocage", 1, "reported", SA, "demande", "critical", "'Le syndicat'"),
   ("des investisseurs étrangers détiennent désormais des parts dans 11 des 32 grands terminaux intermodaux français, contre 4 en 2015", 1, "reported", TC, "Selon", "neutral", "'Selon le cabinet X'")])

WE, JM, PG, AD, HS = "Wallonie Export Promotion", "Julien Massart", "Philippe Gaspard", "Anne-Marie Deprez", "Henan Sky Cargo"
T("fr_24_communique_agence_export.txt", "fr", "relayed_press_release", "liege_hub", "Le Quotidien de Verviers", "2025-02-26",
  [(WE, "organisation", "l'agence"), (HS, "organisation", "la compagnie"), (JM, "person", "porte-parole"),
   (PG, "person", "PDG de la Biscuiterie du Plateau"), (AD, "person", "bourgmestre de Grâce-Hollogne")],
  [("Trois vols", 1, 3.0, "", "count", "count", "vols", "", "flights", "semaine", "promised", "", "'sont prévus'; the sentence after the communiqué's cue is not attributed, so outlet's voice"),
   ("210 millions d'euros", 1, 210000000.0, "", "EUR", "money", "", "", "trade", "", "historical", WE, "exports 'l'an dernier'; 'doubler' is not a number"),
   ("140 PME", 1, 140.0, "", "count", "count", "PME", "approx", "other", "", "realised", WE, "'quelque'; SMEs already using the platforms"),
   ("35", 1, 35.0, "", "count", "count", "PME", "", "other", "", "historical", WE, "elided noun: 'contre 35 en 2019'"),
   ("trois jours", 1, 3.0, "", "day", "duration", "", "", "delivery_time", "", "unmarked", JM, "transit time saved by the line, inside the quotation"),
   ("62 personnes", 1, 62.0, "", "count", "count", "personnes", "", "jobs", "", "realised", PG, "the SME's workforce ('emploie'), not the hub's"),
   ("15 %", 1, 15.0, "", "percent", "percent", "", "", "share", "", "realised", PG, "share of turnover made in China")],
  [("l'ouverture, dès le mois d'avril, d'une liaison cargo directe entre l'aéroport de Liège et Zhengzhou, au centre de la Chine", 1, "reported", WE, "annonce", "supportive", "'Dans un communiqué, X annonce': noun-phrase object of the cue"),
   ("les entreprises wallonnes ont exporté l'an dernier pour 210 millions d'euros de marchandises vers la Chine par avion, un montant qui pourrait doubler d'ici 2028, et quelque 140 PME utilisent déjà les plateformes chinoises de commerce en ligne, contre 35 en 2019", 1, "reported", WE, "Selon", "supportive", "'Selon l'agence'"),
   ("Cette ligne, c'est un raccourci de trois jours pour nos producteurs de chocolat et de bière", 1, "direct", JM, "a indiqué", "supportive", "'a indiqué à Belpress son porte-parole, X': the agency named between cue and speaker; 'son' = the export agency"),
   ("Sans Liège, nous n'aurions jamais vendu un seul paquet à Shanghai.", 1, "direct", PG, ":", "supportive", "'X, PDG de Y, en est convaincu :'; 'un seul paquet' is not coded"),
   ("Son entreprise, qui emploie 62 personnes, réalise désormais 15 % de son chiffre d'affaires en Chine", 1, "reported", PG, "a-t-il précisé", "supportive", "reported clause before an inverted cue"),
   ("la commune attend toujours le plan de réduction du bruit promis par la Région", 1, "reported", AD, "rappelle", "critical", "'La bourgmestre de X, Y, rappelle que'"),
   ("Pour des centaines de familles, chaque vol de nuit supplémentaire est une nuit blanche de plus", 1, "direct", AD, "estime-t-elle", "critical", "'des centaines' is not a number; 'une nuit blanche' is the indefinite article"),
   ("les nouveaux vols atterrissent en journée", 1, "reported", AD, "demande", "critical", "surname alone"),
   ("ses appareils, des Boeing 777 récents, respectaient les normes de bruit les plus strictes", 1, "reported", HS, "a assuré", "supportive", "'777' is part of a model name, not coded")])

# ---------------------------------------------------------------- German
RS, MY, BH, UB, GV, BO, BV = ("Regula Stäheli", "Martin Yeung", "Blue Harbour Terminals", "Ueli Brodbeck",
                              "Gewerkschaft Verkehr Nordwest", "Beat Oeschger", "Bundesamt für Verkehr")
T("de_21_liveticker_muttenz.txt", "de", "live_blog", "rail", "Basellandschaftliche Abendpost", "2024-11-27",
  [(RS, "person", "Gemeindepräsidentin"), (BH, "organisation", ""), (MY, "person", "Projektleiter"), (UB, "person", "Landwirt"),
   (GV, "organisation", ""), (BO, "person", "Regierungsrat"), (BV, "organisation", "")],
  [("640 Stimmberechtigte", 1, 640.0, "", "count", "count", "Stimmberechtigte", "approx", "people", "", "realised", "", "attendance; the ticker's time stamps are times of day, not coded"),
   ("180'000 Container", 1, 180000.0, "", "count", "count", "Container", "", "cargo", "Jahr", "promised", "", "Swiss apostrophe; capacity of the planned terminal ('will ... bauen')"),
   ("95 Millionen Franken", 1, 95000000.0, "", "CHF", "money", "", "", "investment", "", "promised", "", "'Investiert werden sollen'; Swiss francs"),
   ("8 Hektaren", 1, 80000.0, "", "m2", "area", "", "", "site_area", "", "promised", "", "Swiss plural 'Hektaren'; same sentence as 'sollen'"),
   ("120 Arbeitsplätze", 1, 120.0, "", "count", "count", "Arbeitsplätze", "", "jobs", "", "promised", MY, "present 'Wir schaffen' about a terminal not yet built"),
   ("24 Güterzüge", 1, 24.0, "", "count", "count", "Güterzüge", "", "other", "Tag", "promised", MY, "freight trains; Konjunktiv II 'würden'; 'am Tag'"),
   ("300 Lastwagenfahrten", 1, 300.0, "", "count", "count", "Lastwagenfahrten", "at_most", "other", "Tag", "promised", MY, "truck trips saved; Konjunktiv I continuation; 'bis zu'"),
   ("14 Terminals", 1, 14.0, "", "count", "count", "Terminals", "", "other", "", "realised", BH, "'Nach Angaben von'"),
   ("40 Prozent", 1, 40.0, "", "percent", "percent", "", "", "share", "", "historical", GV, "share of jobs outsourced in Rotterdam; 'vor drei Jahren' is a relative date, not coded"),
   ("371 Stimmberechtigte", 1, 371.0, "", "count", "count", "Stimmberechtigte", "", "people", "", "realised", "", "votes in favour"),
   ("259", 1, 259.0, "", "count", "count", "Stimmberechtigte", "", "people", "", "realised", "", "elided noun: '259 Nein'")],
  [("Wir schaffen hier 120 Arbeitsplätze, und zwar keine Temporärstellen", 1, "direct", MY, "sagt", "supportive", "Swiss guillemets; pronoun 'er'"),
   ("Im Vollbetrieb würden 24 Güterzüge am Tag abgefertigt, die Strasse werde so um bis zu 300 Lastwagenfahrten pro Tag entlastet", 1, "reported", MY, "", "supportive", "Konjunktiv without its own cue"),
   ("betreibt der Konzern bereits 14 Terminals in Europa und Asien", 1, "reported", BH, "Nach Angaben von", "neutral", "short form 'Blue Harbour'"),
   ("Lärm rund um die Uhr", 1, "reported", UB, "befürchtet", "critical", "noun-phrase object of the cue"),
   ("Ein Terminal schläft nie. Wir schon.", 1, "direct", UB, ":", "critical", "colon-introduced; two sentences"),
   ("hat Blue Harbour vor drei Jahren in Rotterdam 40 Prozent der Stellen an Subunternehmer ausgelagert", 1, "reported", GV, "Laut", "critical", "'Laut dem Flugblatt': the union's leaflet"),
   ("Der Kanton habe das Projekt geprüft und sehe keine Einwände", 1, "reported", BO, "erklärt", "supportive", "Konjunktiv I, reported clause before the cue"),
   ("Der Bund prüfe aber noch, ob das Terminal unter die neuen Regeln für Investitionen in kritische Infrastruktur falle", 1, "reported", BV, "hiess es aus", "neutral", "Swiss spelling 'hiess'; reported clause before the cue"),
   ("klaren, aber nicht bequemen Entscheid", 1, "mixed", RS, "spricht von", "neutral", "surname alone")])

SK = "Sandra Kohnen"
T("de_22_portraet_schichtleiterin.txt", "de", "profile", "liege_hub", "Eifel-Venn-Nachrichten", "2025-01-14",
  [(SK, "person", "Schichtleiterin"), ("Cainiao", "organisation", "chinesischen Paketdienstleister"), ("Flughafengesellschaft", "organisation", "")],
  [("45 Leuten", 1, 45.0, "", "count", "count", "Leuten", "", "jobs", "", "realised", "", "her shift team"),
   ("68 Kilometer", 1, 68.0, "", "km", "length", "", "", "other", "", "unmarked", "", "commuting distance; '41-Jährige' is an age noun, not coded"),
   ("zwei Jahren", 1, 2.0, "", "year", "duration", "", "", "other", "", "unmarked", "", "'seit zwei Jahren mit festem Vertrag'"),
   ("80.000 und 100.000 Pakete", 1, 80000.0, 100000.0, "count", "count", "Pakete", "range", "parcels", "Nacht", "realised", SK, "'zwischen ... und' (opener outside the span); 'nach ihren Angaben'"),
   ("900 Arbeitsplätze", 1, 900.0, "", "count", "count", "Arbeitsplätze", "", "jobs", "", "promised", "", "'Versprochen waren'; outlet's voice"),
   ("700 Vollzeitstellen", 1, 700.0, "", "count", "count", "Vollzeitstellen", "approx", "jobs", "", "realised", "Cainiao", "'nach Angaben des Unternehmens ... bislang'"),
   ("150", 1, 150.0, "", "count", "count", "Vollzeitstellen", "", "jobs", "", "promised", "Cainiao", "elided noun: 'weitere 150 sollen ... hinzukommen'"),
   ("zwölf Monate", 1, 12.0, "", "month", "duration", "", "barely", "other", "", "unmarked", SK, "how long colleagues last on nights; 'kaum'; Konjunktiv continuation"),
   ("2.600 Euro", 1, 2600.0, "", "EUR", "money", "", "approx", "other", "Monat", "realised", SK, "net monthly wage"),
   ("340 Ostbelgier", 1, 340.0, "", "count", "count", "Ostbelgier", "", "jobs", "", "realised", "Flughafengesellschaft", "people from East Belgium working at the airport; 'in zehn Jahren' later is a relative date, not coded")],
  [("Die Autobahn gehört um diese Zeit mir und den Lkw", 1, "direct", SK, "sagt", "neutral", "'sagt die 41-Jährige': age noun refers back"),
   ("Ihre Schicht sortiert nach ihren Angaben zwischen 80.000 und 100.000 Pakete pro Nacht, vor Feiertagen auch mehr", 1, "reported", SK, "nach ihren Angaben", "neutral", ""),
   ("sind bislang rund 700 Vollzeitstellen entstanden, weitere 150 sollen mit der neuen Halle hinzukommen", 1, "reported", "Cainiao", "nach Angaben des", "supportive", "'des Unternehmens' = Cainiao"),
   ("Ich kenne die Zahlen", 1, "direct", SK, "sagt", "neutral", "surname alone"),
   ("Aber ich kenne auch die Kollegen aus Malmedy und St. Vith, die vorher keinen Job hatten.", 1, "direct", SK, "", "supportive", "continuation after the attribution sentence"),
   ("Die Nachtarbeit zehre an der Gesundheit", 1, "reported", SK, "sagt", "critical", "Konjunktiv I; pronoun 'sie'"),
   ("Viele in ihrem Team hielten kaum zwölf Monate durch; den Lohn von rund 2.600 Euro netto im Monat finde sie fair, die Planung der Schichten nicht", 1, "reported", SK, "", "neutral", "Konjunktiv II and I continuation without its own cue"),
   ("arbeiten inzwischen 340 Ostbelgier auf dem Flughafengelände, die meisten in der Logistik", 1, "reported", "Flughafengesellschaft", "Laut", "supportive", ""),
   ("Wenn der Standort bleibt, bleibe ich auch", 1, "direct", SK, "so", "supportive", "'so Kohnen'")])

FL, ZV, GZ, SI, AD2, BI = ("Flughafen Lüttich", "belgische Zollverwaltung", "Gewerkschaft der Zollbeamten", "Sicherheitskreisen",
                           "Anne Delcourt", "Bürgerinitiative Stille Nächte Hesbaye")
T("de_23_fragen_antworten_luettich.txt", "de", "faq", "liege_hub", "Aachener Morgenblatt", "2024-05-22",
  [("Cainiao", "organisation", "die Logistiktochter von Alibaba"), (FL, "organisation", ""), ("CSC", "organisation", "Die Gewerkschaft"),
   (ZV, "organisation", ""), (GZ, "organisation", ""), (SI, "organisation", ""), (AD2, "person", "Richterin"), (BI, "organisation", "")],
  [("22 Hektar", 1, 220000.0, "", "m2", "area", "", "", "site_area", "", "realised", "", ""),
   ("120.000 Quadratmetern", 1, 120000.0, "", "m2", "area", "", "", "building_area", "", "realised", "", "dative plural unit"),
   ("50 Frachtmaschinen", 1, 50.0, "", "count", "count", "Frachtmaschinen", "approx", "flights", "Woche", "realised", FL, "'Nach Angaben des Flughafens'; 'pro Woche' before the number"),
   ("900 direkten Arbeitsplätzen", 1, 900.0, "", "count", "count", "Arbeitsplätzen", "", "jobs", "", "promised", "", "impersonal 'war ... die Rede'"),
   ("1.050 Menschen", 1, 1050.0, "", "count", "count", "Menschen", "", "jobs", "", "realised", "Cainiao", "'Cainiao zufolge', temps included"),
   ("610 Beschäftigte", 1, 610.0, "", "count", "count", "Beschäftigte", "only", "jobs", "", "realised", "CSC", "'nur'"),
   ("300 weitere Stellen", 1, 300.0, "", "count", "count", "Stellen", "", "jobs", "", "promised", "Cainiao", "'sollen entstehen', 'teilte ... mit'"),
   ("150 Euro", 1, 150.0, "", "EUR", "money", "", "less_than", "other", "", "unmarked", "", "customs value threshold"),
   ("9.000", 1, 9000.0, "", "count", "count", "Kleinpakete", "at_most", "parcels", "Tag", "realised", ZV, "elided noun ('davon'); 'bis zu'; 'nach eigenen Angaben'"),
   ("200 Kolleginnen", 1, 200.0, "", "count", "count", "Kolleginnen", "at_least", "people", "", "realised", GZ, "customs officers missing; 'Kolleginnen und Kollegen': surface stops at the first head noun"),
   ("40 Prozent", 1, 40.0, "", "percent", "percent", "", "approx", "share", "", "realised", "", "share of movements at night")],
  [("landen dort pro Woche rund 50 Frachtmaschinen aus China", 1, "reported", FL, "Nach Angaben des", "neutral", "'des Flughafens'"),
   ("beschäftigt das Zentrum heute 1.050 Menschen, Leiharbeiter eingeschlossen", 1, "reported", "Cainiao", "zufolge", "supportive", "'Cainiao zufolge'"),
   ("nur 610 Beschäftigte mit eigenem Vertrag", 1, "reported", "CSC", "zählt", "critical", ""),
   ("Bis 2027 sollen 300 weitere Stellen entstehen", 1, "reported", "Cainiao", "teilte mit", "supportive", "separable verb; 'das Unternehmen'"),
   ("Die belgische Zollverwaltung kontrolliert nach eigenen Angaben pro Tag bis zu 9.000 davon", 1, "reported", ZV, "nach eigenen Angaben", "neutral", "'nach eigenen Angaben' inside the sentence"),
   ("Für diese Mengen fehlen uns mindestens 200 Kolleginnen und Kollegen", 1, "direct", GZ, "sagte", "neutral", "» « marks; unnamed spokesman of the union"),
   ("man habe »keine konkreten Hinweise« auf einen Datenabfluss, halte die Datenmengen aber für »strategisch sensibel«", 1, "reported", SI, "hieß es", "neutral", "'Aus Sicherheitskreisen hieß es': impersonal source; two quoted fragments (also coded as mixed)"),
   ("keine konkreten Hinweise", 1, "mixed", SI, "hieß es", "neutral", ""),
   ("strategisch sensibel", 1, "mixed", SI, "hieß es", "critical", ""),
   ("Alle Daten würden in Europa gespeichert", 1, "reported", "Cainiao", "weist zurück", "supportive", "after a colon, Konjunktiv II"),
   ("Die Genehmigung berücksichtige den Lärmschutz ausreichend", 1, "reported", AD2, "befand", "neutral", "Konjunktiv I, reported clause before the cue"),
   ("in Berufung zu gehen", 1, "reported", BI, "kündigte an", "critical", "infinitive clause")])

FG, HA, SH, CL, DI = ("Florian Gruber", "Herbert Aigner", "Sabine Hofer-Wimmer", "Christine Leitgeb", "Donau-Institut für Standortforschung")
L1 = "Wieder einmal wird ein Stück Infrastruktur verkauft, und wieder redet man nur von Arbeitsplätzen. Der Landesrat hat 250 neue Jobs versprochen. Ich erinnere daran, dass beim Logistikpark in Asten 2015 ebenfalls 400 Stellen angekündigt waren; geworden sind es keine 150. Wer garantiert, dass es diesmal anders ist?"
L2 = "Ich arbeite seit 22 Jahren im Hafen und kann die Aufregung nicht verstehen. Der Umschlag ist im vergangenen Jahr auf 1,1 Millionen Tonnen gesunken, und ohne frisches Kapital stehen die Kräne bald still. Die neuen Eigentümer wollen 60 Millionen Euro in ein zweites Containerterminal stecken. Soll man das ablehnen, nur weil das Geld aus Hongkong kommt?"
L3 = "Herr Gruber sagt, der Einstieg sei „ein Vertrauensbeweis für Oberösterreich“. Vertrauen in wen? Laut dem Donau-Institut für Standortforschung ist der Mutterkonzern weltweit an 38 Häfen beteiligt. Beim Hafen von Triest hat die Regierung in Rom erst kürzlich ein Vetorecht durchgesetzt. Ich hoffe, Wien schaut genauso genau hin."
LETTER = "a reader's letter: the signed letter is the reader's own words, without quotation marks; signature on a line of its own after the text"
T("de_24_leserbriefe_ennshafen.txt", "de", "letters", "port", "Oberösterreichische Wochenpost", "2025-03-19",
  [(FG, "person", "Wirtschaftslandesrat"), (HA, "person", ""), (SH, "person", ""), (CL, "person", ""), (DI, "organisation", "")],
  [("35 Prozent", 1, 35.0, "", "percent", "percent", "", "", "share", "", "realised", "", "stake, 'übernimmt'"),
   ("250 neue Jobs", 1, 250.0, "", "count", "count", "Jobs", "", "jobs", "", "promised", FG, "'in Aussicht gestellt'"),
   ("250 neue Jobs", 2, 250.0, "", "count", "count", "Jobs", "", "jobs", "", "promised", FG, "in a reader's letter: 'Der Landesrat hat ... versprochen' (role noun)"),
   ("400 Stellen", 1, 400.0, "", "count", "count", "Stellen", "", "jobs", "", "historical", HA, "another project (Asten, 2015) recalled as context"),
   ("150", 1, 150.0, "", "count", "count", "Stellen", "less_than", "jobs", "", "historical", HA, "elided noun; 'keine 150' read as less_than"),
   ("22 Jahren", 1, 22.0, "", "year", "duration", "", "", "other", "", "unmarked", SH, "how long she has worked in the port"),
   ("1,1 Millionen Tonnen", 1, 1100000.0, "", "tonne", "mass", "", "", "cargo", "", "historical", SH, "port throughput last year, before the deal"),
   ("60 Millionen Euro", 1, 60000000.0, "", "EUR", "money", "", "", "investment", "", "promised", SH, "'wollen ... stecken'; 'zweites' is an ordinal"),
   ("38 Häfen", 1, 38.0, "", "count", "count", "Häfen", "", "other", "", "realised", DI, "'Laut'")],
  [(L1, 1, "direct", HA, "", "critical", LETTER),
   (L2, 1, "direct", SH, "", "supportive", LETTER),
   (L3, 1, "direct", CL, "", "critical", LETTER),
   ("der Einstieg sei „ein Vertrauensbeweis für Oberösterreich“", 1, "reported", FG, "sagt", "supportive", "inside a reader's letter; 'Herr Gruber'; contains a quoted fragment (also coded as mixed)"),
   ("ein Vertrauensbeweis für Oberösterreich", 1, "mixed", FG, "sagt", "supportive", ""),
   ("ist der Mutterkonzern weltweit an 38 Häfen beteiligt", 1, "reported", DI, "Laut", "neutral", "cited inside a reader's letter")])


if __name__ == "__main__":
    raise SystemExit(codes.main())
