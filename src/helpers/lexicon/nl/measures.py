"""Wat een cijfer meet, Nederlands (zie :mod:`helpers.lexicon.en.measures` voor de betekenis van elke tabel)."""

JOBS = (r"banen", r"baan", r"jobs?", r"arbeidsplaatsen", r"werkplekken", r"\w*werknemers", r"\w*medewerkers",
        r"personeelsleden", r"personeel", r"arbeidskrachten", r"werkkrachten", r"werkgelegenheid", r"VTE",
        r"FTE", r"voltijd(?:s|se)? ?equivalenten", r"voltijdse banen", r"vacatures", r"functies", r"\w+krachten", r"\w*arbeiders",
        r"douaniers", r"havenarbeiders", r"agenten",
        r"\w+banen", r"\w+jobs", r"\w*arbeidsplaatsen", r"aanwervingen", r"\w*bedienden", r"VTE[’\']?s", r"FTE[’\']?s")
PEOPLE = (r"mensen", r"\w+leden", r"personen", r"betogers", r"demonstranten", r"\w*bewoners", r"omwonenden", r"reizigers", r"klanten", r"ambtenaren", r"\w*agenten", r"inwoners",
          r"bezoekers", r"passagiers", r"functionarissen", r"parlementsleden", r"vertegenwoordigers", r"leden",
          r"chauffeurs", r"boeren", r"studenten", r"werkzoekenden", r"werklozen", r"genodigden",
          r"gezinnen", r"huishoudens", r"collega['’]s", r"ondertekenaars",
          r"actievoerders", r"manifestanten", r"deelnemers", r"kandidaten", r"sollicitanten", r"aanwezigen", r"cursisten", r"burgers",
          # publiek en pers: geen banen en geen personeel
          r"consumenten", r"journalisten", r"sprekers", r"toeschouwers", r"patiënten", r"leerlingen")
EMPLOYED = (r"(?:we|wij) (?:hebben|hadden)", r"(?:hebben|hadden) (?:we|wij)", r"nachtploeg", r"een ploeg van",   # a workforce: "we have 300 people", "a night shift of 45"
            r"werk(?:en|t)", r"w(?:erft|erven|ierf|ierven)(?=(?: [\w'’]+){1,5} aan\b)", r"werk (?:biedt|bieden|bood|boden|geboden|geeft|geven|gaf|gaven|gegeven|verschaft|verschaffen)",
            r"(?:biedt|bieden|bood|boden|geeft|geven|gaf|gaven|verschaft|verschaffen) (?:\w+ )?werk",
            r"personeelsbestand", r"personeelsbezetting", r"tewerk\w*", r"in dienst", r"aan de slag", r"aan het werk", r"werkzaam",
            r"aan(?:ge)?(?:nomen|neemt|nemen)", r"aan(?:ge)?w[eo]r(?:ft|ven)", r"in dienst genomen", r"stelt \w+ tewerk", r"telt")
INVESTMENT = (r"investe\w*", r"investering\w*", r"project", r"financiering",
              r"\w+investering(?:en)?", r"subsidie\w*")
BUILDING = (r"magazijns?", r"magazijnen", r"hangars?", r"opslagplaats(?:en)?", r"hal(?:len)?", r"loods(?:en)?", r"gebouw(?:en)?", r"opslagruimte",
            r"vloeroppervlakte", r"overdekte oppervlakte", r"\w*(?:logistiek|distributie|sorteer|opslag)centr\w*",
            r"\w+loods(?:en)?", r"\w+hal(?:len)?",
            r"\w+magazijn(?:en|s)?", r"\w*gebouwen", r"fabrieken", r"fabriek", r"kantoor\w*", r"bedrijfsruimte")
LAND_UNITS = (r"hectare", r"ha", r"are", r"km²", r"km2", r"vierkante kilometer")
SITE = (r"terreinen", r"terrein", r"percelen", r"perceel", r"gronden", r"grond", r"site", r"kavels?", r"zone")
ON = (r"op",)
TRADE = (r"uitvoer", r"invoer", r"export", r"import", r"exporten", r"importen", r"exportaties?", r"handelsbalans",
         r"handelstekort", r"handelsoverschot")
IMPORTS = (r"invoer", r"import", r"importen")
FINE = (r"boetes?", r"beboet", r"geldboetes?", r"dwangsommen", r"dwangsom",
        r"\w+boetes?")
WAGES = (r"lonen", r"loon", r"salaris\w*", r"\w*loon", r"bruto", r"verdien\w*", r"per (?:uur|maand)")
PRICE = (r"huur(?:prijs|prijzen)?", r"\w*vergoeding(?:en)?", r"prijs", r"prijzen", r"tarie[fv]\w*",
         r"\w*waarde", r"gewaardeerd", r"waardeert", r"waardering")
MITIGATION = (r"\w*isolatie", r"isoleren", r"geïsoleerd\w*")
"""Words that make money a mitigation programme ("geluidsisolatie", "woningen isoleren"): money spent to offset a nuisance,
not invested in the project."""

REVENUE = (r"\w*omzet", r"inkomsten", r"opbrengst(?:en)?", r"verkoop",
           r"\w*omzet\w*", r"\w*ontvangsten", r"verkopen", r"belastingen", r"\w*belasting", r"taksen", r"\w*taks", r"belastinginkomsten")
FLIGHTS = (r"vluchten", r"vlucht", r"\w+vluchten", r"rotaties", r"vliegbewegingen", r"landingen", r"\w*vliegtuigen", r"toestellen",
           r"\w*bewegingen", r"\w+toestellen", r"opstijgingen", r"jumbo['’]?s", r"jumbojets")
PARCELS = (r"pakjes", r"pakketten", r"\w*pakketjes", r"\w*pakjes", r"\w*pakketten", r"\w*zendingen", r"colli", r"bestellingen")
CARGO = (r"ton", r"tonnen", r"\w*containers?", r"TEU", r"paletten", r"\w*vracht", r"goederen")
LEASE = (r"erfpacht", r"gehuurd", r"verhuurd", r"huurt", r"huurcontract", r"huurovereenkomst", r"concessie", r"opstalrecht", r"huur", r"pacht",
         r"\w*pacht\w*", r"\w*concessie\w*", r"opstal\w*", r"\w*huurovereenkomst")
DELIVERY = (r"\w*lever\w+", r"bereik\w*", r"inklaring", r"ingeklaard", r"doet er \w+ \w+ over", r"levertijd", r"leveringstermijn", r"doorlooptijd", r"transit",
            r"(?:doet|doen|deed|deden) er(?= [^.]{0,40} over\b)",
            r"bezorg\w*", r"onderweg", r"transittijd",
            r"reistijd", r"over (?:zee|het spoor|de weg)", r"per (?:schip|trein|boot|vliegtuig)")
EMPLOYMENT_CONTRACTS = (r"(?:vaste|tijdelijke|voltijdse|deeltijdse|arbeids|interim)\s?contract(?:en)?",
                        r"arbeidscontract(?:en)?", r"arbeidsovereenkomsten", r"ontslagen", r"naakte ontslagen")
"""Banen geteld naar hun contract of hun verlies: een arbeidscontract met zijn duur of uren ("150 vaste
contracten"), en de banen die een sluiting schrapt ("1.300 ontslagen"). Gelezen op de woorden van het getal vóór
:data:`AGREEMENTS`."""

AGREEMENTS = (r"akkoorden", r"akkoord", r"overeenkomsten", r"overeenkomst", r"contracten", r"contract",
              r"verdragen", r"convenants?", r"MoUs?")
SIGNED = (r"ondertekend", r"getekend", r"gesloten", r"ondertekening", r"tekenden", r"ondertekenden")
OFFICIALS = (r"functionarissen", r"personen", r"parlementsleden", r"vertegenwoordigers", r"ambtenaren",
             r"entiteiten")
SANCTIONS = (r"sancties", r"sanctie", r"inreisverbod", r"gesanctioneerd", r"zwarte lijst")
SME = (r"kmo['’]?s", r"KMO", r"mkb", r"kleine en middelgrote ondernemingen")
EVERY = (r"elke", r"iedere", r"om de")
"""Words right before a duration that make it a frequency ("een evaluatie om de twee jaar"): neither a lease term nor a
period (general grammar)."""

PERIOD_AFTER = (r"lang", r"op rij")
PERIOD = (r"al", r"reeds", r"afgelopen", r"laatste", r"voorbije", r"sinds", r"gedurende", r"tijdens", r"over", r"in", r"eerste", r"na", r"binnen", r"komende", r"volgende")
NUMBER_OF = (r"(?:het |een )?aantal", r"(?:het |een )?totaal(?:aantal)?(?: aan)?", r"(?:het )?volume (?:aan|van)", r"(?:het )?aandeel")
VOLUME = (r"\w*volumes?", r"overslag", r"tonnage", r"trafiek")

RECURRING = (r"jaar", r"maand", r"week", r"dag", r"jaarlijks", r"maandelijks", r"wekelijks", r"dagelijks")
"""Units of a rate of money that make it a running cost ("40,000 euros a year"): with no word of investment or revenue
near it, the money is paid again and again, it is not capital invested."""


PROFIT = (r"\w*winst", r"verlies", r"dividend(?:en)?")
"""Woorden van een resultaat: winst, verlies of dividend is geen investering en geen omzet."""

AREA_RATE = (r"vierkante", r"meters?", r"m²", r"m2", r"hectares?", r"ha")
"""Oppervlakte-eenheden als noemer van een bedrag ("21 euro per vierkante meter"): een prijs of een huur."""

ELLIPTIC = (r"(?:in)?directe", r"nieuwe", r"extra", r"bijkomende", r"meer", r"vaste", r"tijdelijke", r"voltijdse",
            r"deeltijdse", r"lokale", r"seizoensgebonden", r"andere")
"""Bijvoeglijke naamwoorden die een weggelaten zelfstandig naamwoord vervangen na een getal, in een telling naast een
eerdere ("800 directe banen en 1.200 indirecte", "300 werknemers, van wie 120 tijdelijke"): het getal telt het naamwoord
van de eerdere telling."""

HOW_MANY = (r"hoeveel",)
"""Woorden van een vraag naar een hoeveelheid ("Hoeveel pakjes verwerkt u? -- 400.000 per dag"): wat erop volgt, noemt
wat het kale getal van het antwoord telt."""
