"""Was eine Zahl misst, Deutsch (Bedeutung jeder Tabelle: siehe :mod:`helpers.lexicon.en.measures`)."""

JOBS = (r"Arbeitsplätzen?", r"Arbeitsplatz", r"Mitarbeitern", r"Arbeitnehmern", r"Angestellten", r"Stellen", r"(?:Vollzeit|Teilzeit|Arbeits|Plan|Lehr)stellen", r"Jobs?", r"Beschäftigte", r"Beschäftigten",
        r"\w*[Mm]itarbeiter(?:innen|n)?", r"\w*[Mm]itarbeitende", r"Arbeitnehmer(?:innen)?", r"Arbeitskräfte", r"Angestellte",
        r"Personal", r"Belegschaft", r"\w*arbeiter(?:innen)?", r"\w*kräfte", r"Zöllner", r"Vollzeitäquivalente", r"VZÄ", r"FTE", r"Beschäftigung")
PEOPLE = (r"Menschen", r"Personen", r"Reisende", r"Kunden", r"Polizisten", r"Beamten?", r"Besuchern", r"Einwohnern", r"Anwohnern", r"Passagieren", r"Leute", r"Demonstranten", r"Anwohner", r"Einwohner", r"Besucher",
          r"Passagiere", r"Fluggäste", r"Beamte", r"Abgeordnete", r"Vertreter", r"Mitglieder", r"Fahrer",
          r"Landwirte", r"Studierende", r"Arbeitslose", r"Arbeitssuchende", r"Gäste",
          r"Haushalte", r"Unterzeichner")
EMPLOYED = (r"beschäftig\w*", r"arbeite\w*", r"tätig", r"angestellt", r"eingestellt", r"einstellen", r"stellt \w+ ein",
            r"zählt", r"in Lohn und Brot")
INVESTMENT = (r"invest\w*", r"Projekt", r"Finanzierung")
BUILDING = (r"Hallen?", r"Hangars?", r"\w+hallen?", r"Lager", r"Lagerhaus", r"Gebäude", r"Hangars?", r"Nutzfläche",
            r"Lagerfläche", r"Hallenfläche", r"\w*(?:Logistik|Verteil|Sortier|Fracht|Lager)zentr\w*")
LAND_UNITS = (r"Hektar", r"ha")
TRADE = (r"Exporte?", r"Importe?", r"Ausfuhren?", r"Einfuhren?", r"Handelsbilanz", r"Handelsdefizit",
         r"Handelsüberschuss")
IMPORTS = (r"Importe?", r"Einfuhren?")
FINE = (r"Geldstrafen?", r"Strafen?", r"Bußgelde?r?", r"Bußgeld", r"Geldbußen?", r"Strafzahlung\w*")
REVENUE = (r"\w*[Uu]msatz", r"\w*[Uu]msätze", r"Erlöse?", r"Einnahmen")
FLIGHTS = (r"Flüge", r"Flügen", r"Flug", r"\w+flügen?", r"Rotationen", r"Starts", r"Landungen", r"Flugbewegungen", r"\w*flugzeuge", r"Maschinen")
PARCELS = (r"Paketen?", r"Pakete?", r"\w+paketen", r"\w+pakete", r"\w*[Ss]endungen", r"Päckchen", r"Bestellungen")
CARGO = (r"Tonnen", r"\w*containern?", r"Standardcontainer", r"TEU", r"Paletten", r"\w*[Ff]racht", r"Güter")
LEASE = (r"Pacht\w*", r"gepachtet", r"gemietet", r"verpachtet", r"Erbpacht", r"Mietvertrag", r"Konzession", r"Erbbaurecht", r"Miete")
DELIVERY = (r"Liefer\w*", r"geliefert", r"Zustellung", r"\w*[Aa]bfertigung", r"zugestellt", r"Laufzeit der Sendung", r"Transit",
            r"braucht", r"brauchen", r"benötigt")
AGREEMENTS = (r"Abkommen", r"Vereinbarungen?", r"Verträge", r"Vertrag", r"Absichtserklärungen?", r"MoUs?")
SIGNED = (r"unterzeichne\w*", r"unterschrieben", r"geschlossen", r"Unterzeichnung")
OFFICIALS = (r"Beamte", r"Personen", r"Abgeordnete", r"Vertreter", r"Funktionäre", r"Organisationen")
SANCTIONS = (r"Sanktion\w*", r"Einreiseverbot\w*", r"schwarze Liste")
SME = (r"KMU", r"kleine und mittlere Unternehmen", r"Mittelstand")
PERIOD = (r"vergangenen", r"letzten", r"seit", r"während", r"innerhalb", r"in", r"ersten", r"nach", r"binnen")
