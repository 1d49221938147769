"""Was eine Zahl misst, Deutsch (Bedeutung jeder Tabelle: siehe :mod:`helpers.lexicon.en.measures`)."""

JOBS = (r"Arbeitsplätzen?", r"Arbeitsplatz", r"Mitarbeitern", r"Arbeitnehmern", r"Angestellten", r"Stellen", r"(?:Vollzeit|Teilzeit|Arbeits|Plan|Lehr)stellen", r"Jobs?", r"Beschäftigte", r"Beschäftigten",
        r"\w*[Mm]itarbeiter(?:innen|n)?", r"\w*[Mm]itarbeitende", r"Arbeitnehmer(?:innen)?", r"Arbeitskräfte", r"Angestellte",
        r"Personal", r"Belegschaft", r"\w*arbeiter(?:innen)?", r"\w*kräfte", r"Zöllner", r"Vollzeitäquivalente", r"VZÄ", r"FTE", r"Beschäftigung",
        r"\w*[Aa]rbeitsplätzen?", r"\w*[Aa]usbildungsplätzen?", r"\w*[Ee]instellungen", r"Festanstellungen", r"\w+jobs", r"\w+leiter(?:innen)?")  # Schichtleiter, Teamleiter
PEOPLE = (r"Menschen", r"Personen", r"Reisende", r"Kunden", r"Polizisten", r"Beamten?", r"Besuchern", r"Einwohnern", r"Anwohnern", r"Passagieren", r"Leuten?", r"Stimmberechtigten?", r"Wähler(?:innen|n)?", r"Kolleg(?:en|innen)", r"Demonstranten", r"Anwohner", r"Einwohner", r"Besucher",
          r"Passagiere", r"Fluggäste", r"Beamte", r"Abgeordnete", r"Vertreter", r"Mitglieder", r"\w+mitglieder(?:n)?", r"\w+[a-zäöüß]innen", r"Fahrer",
          r"Landwirte", r"Studierende", r"Arbeitslose", r"Arbeitssuchende", r"Gäste",
          r"Haushalte", r"Unterzeichner",
          r"Anrainer(?:n|innen)?", r"Anlieger(?:n)?", r"Bürger(?:innen|n)?", r"Teilnehmer(?:innen|n)?", r"Bewerber(?:innen|n)?", r"Kandidaten", r"Bewohner(?:innen|n)?", r"Protestierende",
          # Publikum und Presse: weder Stellen noch Belegschaft
          r"Verbraucher(?:innen|n)?", r"Konsumenten", r"Journalist(?:en|innen)", r"Redner(?:innen|n)?", r"Zuschauer(?:innen|n)?", r"Patient(?:en|innen)", r"Schüler(?:innen|n)?")
EMPLOYED = (r"wir (?:haben|hatten)", r"(?:haben|hatten) wir", r"Nachtschicht", r"eine Schicht von",   # a workforce: "we have 300 people", "a night shift of 45"
            r"beschäftig\w*", r"Belegschaft", r"Personalstand", r"Mitarbeiterzahl", r"Arbeit (?:gibt|geben|gab|gaben|gegeben|bietet|bieten|bot|boten|geboten)", r"(?:bietet|bieten|bot|boten|gibt|geben)(?=(?: [\w'’.]+){1,4} Arbeit\b)", r"arbeite\w*", r"tätig", r"angestellt", r"eingestellt", r"einstellen", r"stellt \w+ ein", r"stell(?:t|en|te|ten)(?=(?: [\w'’.]+){1,8} ein\b)",
            r"zählt", r"in Lohn und Brot")
INVESTMENT = (r"invest\w*", r"Projekt", r"Finanzierung",
              r"\w*[Ii]nvestition\w*", r"Fördermittel\w*", r"Fördergeld\w*", r"Subvention\w*", r"Zuschuss\w*")
BUILDING = (r"Hallen?", r"Hangars?", r"\w+hallen?", r"Lager", r"Lagerhaus", r"Gebäude", r"Hangars?", r"Nutzfläche",
            r"Lagerfläche", r"Hallenfläche", r"\w*(?:Logistik|Verteil|Sortier|Fracht|Lager)zentr\w*",
            r"\w+lager", r"\w*gebäuden?", r"Fabrik\w*", r"Büro\w*", r"\w*[Gg]eschossfläche")
LAND_UNITS = (r"Hektar(?:en)?", r"ha", r"Ar", r"km²", r"km2", r"Quadratkilometer\w*")
SITE = (r"Grundstücke?n?", r"Grundstücks\w*", r"Gelände\w*", r"Areal\w*", r"Parzellen?", r"Bauland", r"Flurstück\w*", r"Zone")
ON = (r"auf",)  # "auf" also means "to" ("auf 60.000 m² erweitert"): a known risk, kept parallel to on/sur/op
TRADE = (r"Exporte?", r"Importe?", r"Ausfuhren?", r"Einfuhren?", r"Handelsbilanz", r"Handelsdefizit",
         r"Handelsüberschuss")
IMPORTS = (r"Importe?", r"Einfuhren?")
FINE = (r"Geldstrafen?", r"Strafen?", r"Bußgelde?r?", r"Bußgeld", r"Geldbußen?", r"Strafzahlung\w*",
        r"\w+strafen?")
WAGES = (r"Löhne?n?", r"Lohn", r"\w*lohn", r"Gehalt", r"Gehälter", r"brutto", r"verdien\w*",
         r"(?:pro|im|je) (?:Stunde|Monat)")
PRICE = (r"\w*[Mm]iete", r"Miet(?:preis|zins)\w*", r"\w*[Gg]ebühr\w*", r"\w*[Pp]reis\w*", r"Entgelt\w*", r"Tarif\w*",
         r"\w*[Ww]ert", r"bewertet", r"Bewertung")
MITIGATION = (r"\w*[Dd]ämmung", r"\w*[Ii]solierung", r"Schallschutz\w*", r"Lärmschutz\w*")
"""Words that make money a mitigation programme ("Schallschutz", "Dämmung der Häuser"): money spent to offset a nuisance,
not invested in the project."""

REVENUE = (r"\w*[Uu]msatz", r"\w*[Uu]msätze", r"Erlöse?", r"Einnahmen",
           r"\w*[Uu]msätzen", r"\w*[Uu]msatz\w*", r"\w*[Ee]rlöse?n?", r"umgesetzt", r"setz(?:t|te|ten|en)(?=[^.;:]{0,80}\bum(?=\s*[.,;:]))", r"\w*[Ss]teuern?", r"Steuereinnahmen", r"Abgaben")
FLIGHTS = (r"Flüge", r"Flügen", r"Flug", r"\w+flügen?", r"Rotationen", r"Starts", r"Landungen", r"Flugbewegungen", r"\w*flugzeuge", r"Maschinen",
           r"\w*maschinen", r"\w*flieger", r"\w*bewegungen", r"Abflüge", r"Ankünfte", r"Jumbos", r"Jumbojets")
PARCELS = (r"Paketen?", r"Pakete?", r"\w+paketen", r"\w+pakete", r"\w*[Ss]endungen", r"Päckchen", r"Bestellungen")
CARGO = (r"Tonnen", r"\w*containern?", r"Standardcontainer", r"TEU", r"Paletten", r"\w*[Ff]racht", r"Güter")
LEASE = (r"Pacht\w*", r"Pächter\w*", r"gepachtet", r"gemietet", r"miete[nt]?", r"mietet", r"pachte[nt]?", r"pachtet", r"verpachtet", r"Erbpacht", r"Mietvertrag", r"Konzession", r"Erbbaurecht", r"Miete",
         r"\w*[Pp]acht\w*", r"\w*[Kk]onzession\w*", r"\w*[Mm]ietvertr\w*", r"Erbbau\w*")
DELIVERY = (r"Liefer\w*", r"erreich\w*", r"geliefert", r"Zustellung", r"\w*[Aa]bfertigung", r"zugestellt", r"Laufzeit der Sendung", r"Transit",
            r"braucht", r"brauchen", r"benötigt",
            r"unterwegs", r"Zustell\w*", r"Transportzeit", r"Transitzeit",
            r"auf dem (?:See|Schienen|Land)weg", r"per (?:Schiff|Bahn|Zug|Lkw)", r"Fahrzeit der Züge")
EMPLOYMENT_CONTRACTS = (r"\w*[Aa]rbeitsverträge", r"(?:feste|unbefristete|befristete) (?:Arbeits)?[Vv]erträge", r"Festanstellungen", r"Entlassungen", r"Kündigungen")
"""Stellen, gezählt nach ihrem Vertrag oder ihrem Verlust: ein Arbeitsvertrag mit seiner Dauer ("150 unbefristete
Arbeitsverträge", "200 Festanstellungen") und die Stellen, die eine Schließung streicht ("1.300 Entlassungen").
Vor :data:`AGREEMENTS` auf den Wörtern der Zahl gelesen."""

AGREEMENTS = (r"Abkommen", r"Vereinbarungen?", r"Verträge", r"Vertrag", r"Absichtserklärungen?", r"MoUs?")
SIGNED = (r"unterzeichne\w*", r"unterschrieben", r"geschlossen", r"Unterzeichnung")
OFFICIALS = (r"Beamte", r"Personen", r"Abgeordnete", r"Vertreter", r"Funktionäre", r"Organisationen")
SANCTIONS = (r"Sanktion\w*", r"Einreiseverbot\w*", r"schwarze Liste")
SME = (r"KMU", r"kleine und mittlere Unternehmen", r"Mittelstand")
EVERY = (r"alle", r"jede[ns]?")
"""Words right before a duration that make it a frequency ("eine Überprüfung alle zwei Jahre"): neither a lease term nor a
period (general grammar)."""

PERIOD_AFTER = (r"lang", r"in Folge")
PERIOD = (r"schon", r"bereits", r"vergangenen", r"letzten", r"seit", r"während", r"innerhalb", r"in", r"ersten", r"nach", r"binnen", r"kommenden", r"nächsten", r"über")
NUMBER_OF = (r"(?:die )?(?:An)?[Zz]ahl (?:der|an|von)", r"(?:das )?(?:Volumen|Aufkommen) (?:der|an|von)", r"(?:der )?Anteil (?:der|an|von)")
VOLUME = (r"\w*[Vv]olumen", r"\w*[Uu]mschlag", r"\w*[Aa]ufkommen", r"Tonnage")

RECURRING = (r"Jahre?s?", r"Monate?s?", r"Woche", r"Tage?s?", r"jährlich", r"monatlich", r"wöchentlich", r"täglich")
"""Units of a rate of money that make it a running cost ("40,000 euros a year"): with no word of investment or revenue
near it, the money is paid again and again, it is not capital invested."""


PROFIT = (r"\w*[Gg]ewinn\w*", r"Verlust\w*", r"Dividenden?")
"""Wörter eines Ergebnisses: Gewinn, Verlust oder Dividende sind weder Investition noch Umsatz."""

AREA_RATE = (r"Quadratmeter\w*", r"m²", r"m2", r"Hektar", r"ha")
"""Flächeneinheiten als Nenner eines Geldbetrags ("18 Euro pro Quadratmeter"): ein Preis oder eine Miete."""

ELLIPTIC = (r"(?:in)?direkte(?:n)?", r"neue(?:n)?", r"zusätzliche(?:n)?", r"weitere(?:n)?", r"mehr", r"feste(?:n)?",
            r"befristete(?:n)?", r"unbefristete(?:n)?", r"lokale(?:n)?", r"andere(?:n)?")
"""Adjektive, die nach einer Zahl für ein ausgelassenes Nomen stehen, in einer Zählung neben einer früheren ("1.000
direkte Arbeitsplätze und 2.500 indirekte", "300 Beschäftigte, davon 120 befristete"): die Zahl zählt das Nomen der
früheren Zählung."""

HOW_MANY = (r"wie viele", r"wie viel")
"""Wörter einer Frage nach einer Menge ("Wie viele Pakete fertigen Sie ab? -- 400.000 am Tag"): was ihnen folgt,
nennt, was die bloße Zahl der Antwort zählt."""
