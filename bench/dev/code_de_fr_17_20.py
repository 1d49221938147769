"""The hand codes of texts de/fr 17-20, with their spans computed from the text (run once with --write to append)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from coding import Codes  # noqa: E402  (find, the rows of the four tables, --check / --write: bench/dev/coding.py)

codes = Codes()
T = codes.text
# speakers: (name, kind, role)   quantities: (surface, occ, value, high, unit, kind, noun, qual, measure, per, status, speaker, note)
# quotes: (quote, occ, type, speaker, cue, stance, note)
JD = "Laurent Jacquemin-Dubois"
T("de_17_agentur_kapazitaet.txt", "de", "wire", "liege_hub", "Deutscher Pressenachrichtendienst", "2024-03-12",
  [(JD, "person", "Flughafenchef"), ("Wirtschaftsministeriums", "organisation", ""),
   ("Bürgerinitiative Nachtruhe Hesbaye", "organisation", ""), ("Cainiao", "organisation", "größter Kunde des Flughafens")],
  [("1,8 Millionen Tonnen", 1, 1800000.0, "", "tonne", "mass", "", "", "cargo", "Jahr", "promised", JD, "'Das sagte X': the previous sentence is his"),
   ("1,3 Millionen Tonnen", 1, 1300000.0, "", "tonne", "mass", "", "approx", "cargo", "", "realised", JD, "Konjunktiv continuation"),
   ("150 Millionen Euro", 1, 150000000.0, "", "EUR", "money", "", "", "investment", "", "promised", JD, "'nach seinen Worten'"),
   ("40 Millionen", 1, 40000000.0, "", "EUR", "money", "", "", "investment", "", "promised", JD, "elided unit"),
   ("60 Maschinen", 1, 60.0, "", "count", "count", "Maschinen", "at_most", "flights", "Nacht", "realised", "Bürgerinitiative Nachtruhe Hesbaye", "'Nach Angaben der'"),
   ("42 Nachtflüge", 1, 42.0, "", "count", "count", "Nachtflüge", "", "flights", "", "realised", JD, "surname alone, colon then Konjunktiv"),
   ("1.100 Menschen", 1, 1100.0, "", "count", "count", "Menschen", "", "jobs", "", "realised", "Cainiao", "'nach eigenen Angaben' inside the sentence")],
  [("Der Frachtflughafen Lüttich will seine Kapazität bis 2030 auf 1,8 Millionen Tonnen im Jahr erhöhen", 1, "reported", JD, "sagte", "supportive", "anaphoric 'Das sagte X' in the next sentence"),
   ("Derzeit würden rund 1,3 Millionen Tonnen umgeschlagen", 1, "reported", JD, "", "neutral", "Konjunktiv II continuation"),
   ("Wir wachsen nicht, weil wir wollen, sondern weil die Kunden es verlangen", 1, "direct", JD, "so", "supportive", "'so der 58-Jährige': age noun refers back"),
   ("Für den Ausbau sind nach seinen Worten Investitionen von 150 Millionen Euro vorgesehen, davon 40 Millionen aus dem wallonischen Haushalt", 1, "reported", JD, "nach seinen Worten", "supportive", ""),
   ("Die Regionalregierung habe die Mittel bereits freigegeben", 1, "reported", "Wirtschaftsministeriums", "erklärte", "supportive", "unnamed spokeswoman of the ministry"),
   ("starten und landen schon heute jede Nacht bis zu 60 Maschinen", 1, "reported", "Bürgerinitiative Nachtruhe Hesbaye", "Nach Angaben der", "critical", ""),
   ("Im Schnitt seien es 42 Nachtflüge", 1, "reported", JD, "wies das zurück", "neutral", "after a colon"),
   ("gegen die Erweiterung zu klagen", 1, "reported", "Bürgerinitiative Nachtruhe Hesbaye", "kündigte an", "critical", "'Die Initiative'"),
   ("Der chinesische Logistiker Cainiao, größter Kunde des Flughafens, beschäftigt in Lüttich nach eigenen Angaben inzwischen 1.100 Menschen", 1, "reported", "Cainiao", "nach eigenen Angaben", "supportive", "")])

AV, HV, SL = "Anja Brenner-Koch", "Heinrich Vogt", "Sabine Lorenz"
T("de_18_gericht_batteriewerk.txt", "de", "court_report", "factory", "Thüringer Landeszeitung am Sonntag", "2025-05-16",
  [(AV, "person", "Vorsitzende Richterin"), (HV, "person", "Der Anwalt der Kläger"), ("Sunvolt", "organisation", "chinesischen Herstellers"),
   (SL, "person", "Thüringens Wirtschaftsministerin")],
  [("vier Anwohnern", 1, 4.0, "", "count", "count", "Anwohnern", "", "people", "", "realised", "", "claimants"),
   ("70 Hektar", 1, 700000.0, "", "m2", "area", "", "", "site_area", "", "promised", "", "'soll'"),
   ("1.500 Menschen", 1, 1500.0, "", "count", "count", "Menschen", "approx", "jobs", "", "promised", "", "'soll ... beschäftigen'"),
   ("400 Lastwagenfahrten", 1, 400.0, "", "count", "count", "Lastwagenfahrten", "at_most", "other", "Tag", "promised", HV, "Konjunktiv after 'hatte argumentiert'"),
   ("300 Millionen Euro", 1, 300000000.0, "", "EUR", "money", "", "", "investment", "", "realised", "Sunvolt", "'heißt es in einer Mitteilung des Unternehmens'"),
   ("1,8 Milliarden Euro", 1, 1800000000.0, "", "EUR", "money", "", "", "investment", "", "promised", "", "indicative, outlet's voice"),
   ("210 Millionen Euro", 1, 210000000.0, "", "EUR", "money", "", "", "investment", "", "promised", SL, "'Lorenz zufolge sollen'")],
  [("Die Genehmigung des Landesamtes sei rechtmäßig", 1, "reported", AV, "befand", "neutral", "title 'Dr.' before the name"),
   ("der Betrieb bringe bis zu 400 Lastwagenfahrten pro Tag in die Ortschaft", 1, "reported", HV, "hatte argumentiert", "critical", "apposition with titles"),
   ("Beschwerde beim Oberverwaltungsgericht einzulegen", 1, "reported", HV, "kündigte an", "critical", "surname alone"),
   ("Das letzte Wort ist hier noch nicht gesprochen", 1, "direct", HV, "sagte", "critical", "pronoun 'er'"),
   ("Man habe bereits 300 Millionen Euro in die Vorbereitung des Geländes gesteckt", 1, "reported", "Sunvolt", "heißt es in einer Mitteilung", "supportive", ""),
   ("Die Ansiedlung sei die größte in der Geschichte des Freistaats", 1, "reported", SL, "betonte", "supportive", "'die Ministerin'"),
   ("sollen aus Berlin und Erfurt Fördermittel von 210 Millionen Euro fließen", 1, "reported", SL, "zufolge", "supportive", "'Lorenz zufolge'")])

MF = "Markus Feldhaus"
T("de_19_interview_leipzig.txt", "de", "interview", "airport", "Mitteldeutsche Wirtschaftswoche", "2024-09-05",
  [(MF, "person", "Geschäftsführer"), ("Verdi", "organisation", "Die Gewerkschaft")],
  [("1,4 Millionen Tonnen", 1, 1400000.0, "", "tonne", "mass", "", "", "cargo", "", "realised", MF, "the airport's own last year"),
   ("25 Prozent", 1, 25.0, "", "percent", "percent", "", "approx", "share", "", "realised", MF, ""),
   ("500 Millionen Euro", 1, 500000000.0, "", "EUR", "money", "", "", "investment", "", "promised", MF, "present with 'bis 2028'"),
   ("zwei Hallen", 1, 2.0, "", "count", "count", "Hallen", "", "other", "", "promised", MF, ""),
   ("60.000 Quadratmetern", 1, 60000.0, "", "m2", "area", "", "", "building_area", "", "promised", MF, ""),
   ("800 zusätzliche Arbeitsplätze", 1, 800.0, "", "count", "count", "Arbeitsplätze", "", "jobs", "", "promised", MF, "'sollen ... entstehen'"),
   ("15 Euro", 1, 15.0, "", "EUR", "money", "", "at_least", "other", "Stunde", "realised", MF, "hourly wage")],
  [("Wir sind kein Brückenkopf für Peking", 1, "direct", MF, "", "supportive", "headline quotation; speaker from the standfirst"),
   ("Keineswegs. Wir haben im vergangenen Jahr 1,4 Millionen Tonnen Fracht abgefertigt, mehr als je zuvor. Rund 25 Prozent davon kommen aus China.", 1, "direct", MF, ":", "supportive", "interview answer"),
   ("Lüttich hat mehr freie Fläche, das stimmt. Wir investieren bis 2028 aber 500 Millionen Euro in ein neues Vorfeld und zwei Hallen mit zusammen 60.000 Quadratmetern. Dort sollen 800 zusätzliche Arbeitsplätze entstehen.", 1, "direct", MF, ":", "supportive", "interview answer"),
   ("von Dumpinglöhnen bei den Subunternehmern", 1, "reported", "Verdi", "spricht", "critical", "in the interviewer's question"),
   ("Das weise ich zurück. Jeder, der hier arbeitet, verdient mindestens 15 Euro in der Stunde.", 1, "direct", MF, ":", "supportive", "interview answer"),
   ("Weniger, als man denkt. Die meisten unserer großen Kunden sind europäische Paketdienste.", 1, "direct", MF, ":", "neutral", "interview answer")])

EH, WV = "Elisabeth Hartmann-Seidel", "Wim Van den Broeck"
T("de_20_analyse_haefen.txt", "de", "analysis", "port", "Frankfurter Finanzbrief", "2023-11-21",
  [("Hafenverwaltung", "organisation", ""), (EH, "person", "Die Forscherin"), ("Logistik Belgien", "organisation", "Branchenverband"),
   (WV, "person", "Präsident"), ("FGTB", "organisation", "Die Gewerkschaft")],
  [("20 Prozent", 1, 20.0, "", "percent", "percent", "", "", "share", "", "realised", "", ""),
   ("2,3 Millionen Containern", 1, 2300000.0, "", "count", "count", "Containern", "", "cargo", "", "realised", "Hafenverwaltung", "'heißt es in einer Mitteilung der'"),
   ("14 europäischen Häfen", 1, 14.0, "", "count", "count", "Häfen", "", "other", "", "realised", "", "outlet describes her study"),
   ("sechs Fällen", 1, 6.0, "", "count", "count", "Fällen", "at_least", "other", "", "realised", EH, "'so Hartmann-Seidel'"),
   ("4 Milliarden Euro", 1, 4000000000.0, "", "EUR", "money", "", "approx", "investment", "", "realised", "Logistik Belgien", "'teilte ... mit'"),
   ("30 Jahre", 1, 30.0, "", "year", "duration", "", "", "lease_term", "", "realised", WV, "after a colon, Konjunktiv"),
   ("2.000 Arbeitsplätze", 1, 2000.0, "", "count", "count", "Arbeitsplätze", "", "jobs", "", "realised", WV, "'Dem Manager zufolge'")],
  [("Mit einem Umschlag von 2,3 Millionen Containern ist es der wichtigste Standort der Gruppe in Europa", 1, "reported", "Hafenverwaltung", "heißt es in einer Mitteilung der", "neutral", ""),
   ("Kapital ist willkommen, Kontrolle über kritische Infrastruktur nicht", 1, "direct", EH, "sagt", "critical", "title 'Prof.'"),
   ("In mindestens sechs Fällen hätten die Käufer mehr gezahlt als private Bieter", 1, "reported", EH, "so", "critical", "'so Hartmann-Seidel'"),
   ("Ausländische Investoren hätten seit 2015 rund 4 Milliarden Euro in belgische Logistikimmobilien gesteckt", 1, "reported", "Logistik Belgien", "teilte mit", "supportive", "separable verb split by its subject"),
   ("Die Terminals gehörten weiter den Häfen, die Betreiber seien nur Pächter auf 30 Jahre", 1, "reported", WV, "warnt", "supportive", "after a colon"),
   ("sind allein im Raum Lüttich seit der Ankunft von Cainiao 2.000 Arbeitsplätze in der Logistik entstanden", 1, "reported", WV, "zufolge", "supportive", "'Dem Manager zufolge': role noun refers back")])

WL, DP, PH = "Wei Lanfang", "Jean-Marc Delvaux-Piron", "Pierre-Yves Hanssens"
T("fr_17_depeche_extension_cainiao.txt", "fr", "wire", "liege_hub", "Agence Générale de Presse", "2024-03-14",
  [(WL, "person", "directrice générale pour l'Europe"), ("Cainiao", "organisation", "Le groupe chinois"), ("CSC", "organisation", "Le syndicat chrétien"),
   (DP, "person", "délégué"), (PH, "person", "ministre wallon de l'Économie")],
  [("30 000 mètres carrés", 1, 30000.0, "", "m2", "area", "", "", "building_area", "", "promised", WL, "'a-t-elle précisé'"),
   ("60 millions d'euros", 1, 60000000.0, "", "EUR", "money", "", "", "investment", "", "promised", WL, ""),
   ("700 000 colis", 1, 700000.0, "", "count", "count", "colis", "", "parcels", "jour", "realised", WL, "quotation, 'a-t-elle souligné'"),
   ("250 emplois", 1, 250.0, "", "count", "count", "emplois", "approx", "jobs", "", "promised", "Cainiao", "'Selon la direction'"),
   ("1 100 salariés", 1, 1100.0, "", "count", "count", "salariés", "", "jobs", "", "realised", "CSC", "'D'après le syndicat'"),
   ("8 millions d'euros", 1, 8000000.0, "", "EUR", "money", "", "", "investment", "", "realised", PH, "'a-t-il rappelé'")],
  [("Le groupe chinois Cainiao va agrandir son centre de tri de l'aéroport de Liège", 1, "reported", WL, "a annoncé", "supportive", "inverted tag with apposition and title"),
   ("Un second hall de 30 000 mètres carrés doit être mis en service à la fin de 2025, pour un investissement de 60 millions d'euros", 1, "reported", WL, "a-t-elle précisé", "supportive", ""),
   ("Nous traitons déjà 700 000 colis par jour à Liège et la demande ne faiblit pas", 1, "direct", WL, "a-t-elle souligné", "supportive", ""),
   ("l'extension devrait créer quelque 250 emplois directs", 1, "reported", "Cainiao", "Selon", "supportive", "'la direction' of Cainiao"),
   ("près de la moitié des 1 100 salariés actuels travaillent en intérim", 1, "reported", "CSC", "D'après", "critical", "'le syndicat'"),
   ("On nous annonce des emplois, on nous livre des contrats à la semaine", 1, "direct", DP, "a déploré", "critical", "apposition after the tag"),
   ("un signal de confiance", 1, "mixed", PH, "a salué", "supportive", ""),
   ("La Région avait accordé en 2018 une aide de 8 millions d'euros au projet", 1, "reported", PH, "a-t-il rappelé", "supportive", "")])

CL, HD, OG = "Catherine Lejeune", "Hélène Van Damme", "Olivier Gérard"
T("fr_18_compte_rendu_parlement.txt", "fr", "parliamentary_report", "liege_hub", "La Gazette de Hesbaye", "2024-11-21",
  [(HD, "person", "députée écologiste"), (CL, "person", "ministre de l'Environnement"), (OG, "person", "député libéral")],
  [("1 200 habitations", 1, 1200.0, "", "count", "count", "habitations", "", "other", "", "promised", CL, "'a fait savoir que ... seraient'"),
   ("45 millions d'euros", 1, 45000000.0, "", "EUR", "money", "", "", "other", "", "promised", CL, "insulation budget"),
   ("20 000 riverains", 1, 20000.0, "", "count", "count", "riverains", "more_than", "people", "", "realised", HD, "'a-t-elle lancé'"),
   ("18 %", 1, 18.0, "", "percent", "percent", "", "", "share", "", "realised", HD, "'La députée rappelle que'"),
   ("cinq ans", 1, 5.0, "", "year", "duration", "", "", "period", "", "realised", HD, ""),
   ("9 000 personnes", 1, 9000.0, "", "count", "count", "personnes", "", "jobs", "", "realised", OG, "'Selon lui'")],
  [("1 200 habitations supplémentaires seraient isolées d'ici à 2026, pour un budget de 45 millions d'euros", 1, "reported", CL, "a fait savoir", "neutral", "participle clause before the subject"),
   ("Plus de 20 000 riverains vivent dans la zone de bruit. Isoler quelques toits ne règle rien", 1, "direct", HD, "a-t-elle lancé", "critical", ""),
   ("le nombre de mouvements nocturnes a progressé de 18 % en cinq ans", 1, "reported", HD, "rappelle", "critical", "'La députée'"),
   ("premier employeur de la région", 1, "mixed", OG, "a défendu", "supportive", ""),
   ("la plateforme fait vivre directement ou indirectement 9 000 personnes", 1, "reported", OG, "Selon", "supportive", "'Selon lui'"),
   ("On ne va pas fermer la porte à l'un des rares secteurs qui embauchent", 1, "direct", OG, "estime", "supportive", "'le député libéral'"),
   ("une nouvelle étude acoustique serait confiée à l'université de Liège", 1, "reported", CL, "en indiquant", "neutral", "'La ministre'")])

FC, GP, CD, TL = "Formosa Cell", "Grand Port maritime de Dunkerque", "Claire Dufresne-Maillard", "Thomas Lerouge"
T("fr_19_analyse_dunkerque.txt", "fr", "analysis", "factory", "Les Échos du Nord", "2025-02-10",
  [(FC, "organisation", "Le taïwanais"), (GP, "organisation", ""), ("CGT", "organisation", ""),
   (CD, "person", "L'avocate de l'association Littoral Vivant"), (TL, "person", "l'économiste")],
  [("5,2 milliards d'euros", 1, 5200000000.0, "", "EUR", "money", "", "", "investment", "", "promised", "", "'prévoit'"),
   ("3 000 salariés", 1, 3000.0, "", "count", "count", "salariés", "", "jobs", "", "promised", "", "'emploierait à terme'"),
   ("150 hectares", 1, 1500000.0, "", "m2", "area", "", "", "site_area", "", "realised", "", "relative clause, outlet's voice"),
   ("1,5 milliard d'euros", 1, 1500000000.0, "", "EUR", "money", "", "", "investment", "", "promised", "CGT", "public aid promised"),
   ("500 000 euros", 1, 500000.0, "", "EUR", "money", "", "", "investment", "emploi", "unmarked", "CGT", "rate per job"),
   ("4 000 postes", 1, 4000.0, "", "count", "count", "postes", "", "jobs", "", "promised", TL, "'selon ses calculs'")],
  [("Le port offre ce que peu de sites ont encore : du foncier raccordé, de l'électricité décarbonée et un quai en eau profonde", 1, "direct", FC, "explique-t-on chez", "supportive", ""),
   ("les premiers recrutements débuteront dès 2026", 1, "reported", FC, "assure", "supportive", "'où l'on assure que'"),
   ("structurant pour tout le littoral", 1, "mixed", GP, "se félicite", "supportive", ""),
   ("les aides publiques promises, 1,5 milliard d'euros au total, représentent « 500 000 euros par emploi »", 1, "reported", "CGT", "D'après", "critical", ""),
   ("500 000 euros par emploi", 1, "mixed", "CGT", "D'après", "critical", ""),
   ("bâclée", 1, "mixed", CD, "juge", "critical", "apposition and relative clause between subject and verb"),
   ("le pari reste raisonnable", 1, "reported", TL, "Pour", "supportive", "'Pour l'économiste X'"),
   ("la sous-traitance pourrait compter 4 000 postes supplémentaires dans la région", 1, "reported", TL, "selon ses calculs", "supportive", "")])

BM, ML = "Bart Mertens-Claes", "Maurice Lhomme"
T("fr_20_regionale_entrepot.txt", "fr", "news", "liege_hub", "Le Quotidien de Seraing", "2025-01-22",
  [(BM, "person", "directeur des opérations"), ("Sowaer", "organisation", "la société publique qui gère les infrastructures de l'aéroport"),
   (ML, "person", "bourgmestre de Grâce-Hollogne")],
  [("25 ans", 1, 25.0, "", "year", "duration", "", "", "lease_term", "", "realised", "", "lease signed"),
   ("18 000 m²", 1, 18000.0, "", "m2", "area", "", "", "building_area", "", "realised", "", ""),
   ("120 personnes", 1, 120.0, "", "count", "count", "personnes", "", "jobs", "", "promised", "", "'compte y employer'"),
   ("1,1 million d'euros", 1, 1100000.0, "", "EUR", "money", "", "", "other", "", "promised", "Sowaer", "yearly rent, 'a fait savoir sa porte-parole'"),
   ("40 camions", 1, 40.0, "", "count", "count", "camions", "", "other", "jour", "unmarked", ML, "after a colon"),
   ("3 millions d'euros", 1, 3000000.0, "", "EUR", "money", "", "", "other", "", "unmarked", ML, "cost estimate in his demand")],
  [("Liège est devenu incontournable pour le commerce en ligne venu d'Asie", 1, "direct", BM, "estime", "supportive", "'estime son directeur des opérations, X'"),
   ("avoir choisi la Wallonie « pour la rapidité des douanes »", 1, "reported", BM, "dit", "supportive", "'Le quinquagénaire, qui ..., dit'"),
   ("pour la rapidité des douanes", 1, "mixed", BM, "dit", "supportive", ""),
   ("Le loyer annuel avoisinera 1,1 million d'euros", 1, "reported", "Sowaer", "a fait savoir", "supportive", "'sa porte-parole'"),
   ("Chaque nouvel entrepôt, ce sont aussi 40 camions de plus par jour sur nos routes.", 1, "direct", ML, ":", "critical", ""),
   ("la Région finance un nouveau rond-point, estimé à 3 millions d'euros", 1, "reported", ML, "demande", "critical", "'Il demande que'")])


if __name__ == "__main__":
    raise SystemExit(codes.main())
