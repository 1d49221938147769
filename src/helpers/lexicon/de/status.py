"""Statushinweise, Deutsch (siehe :mod:`helpers.lexicon.en.status`): Futur, Konjunktiv, Modalverben, Aussichten,
Ziele, Versprechen; Perfekt und gegenwärtiger Zustand; Präteritum."""

PROMISED = (
    r"wird", r"würde", r"würden",
    # Futur I im Plural: "werden" mit einem Infinitiv am Satzteilende ("wir werden die Stellen zählen"), nicht das
    # Vorgangspassiv ("werden ... umgeschlagen": ein Partizip auf ge-)
    r"werden(?=(?:\s+(?:\d[\d.,]*\d|[^\s.,;:!?]+)){0,8}?\s+(?![^\s]*ge\w+en\b)(?:\w+(?:en|eln|ern)|sein|tun)\s*(?:[.,;:!?»«“”\"]|$))", r"soll", r"sollen", r"sollte", r"sollten", r"könnte", r"könnten",
    r"dürfte", r"dürften", r"müsste", r"müssten", r"kann", r"können", r"geplant\w*", r"investiert(?!\s*(?:[.,;:!?»«“”\"]|$))", r"investieren",  # clause-final "investiert" is the participle: "hat ... investiert."
    r"plant", r"planen", r"Plan", r"Pläne", r"Projekt",
    r"versproch\w*", r"verspricht", r"versprechen", r"zugesagt", r"Zusage", r"angekündigt\w*", r"erwartet\w*",
    r"Ziel\w*", r"angestrebt\w*", r"anvisiert", r"hofft", r"hoffen", r"vorgesehen\w*", r"in Aussicht", r"künftig\w*", r"langfristig",
    r"bis (?:Ende )?\d{4}", r"bis zum Jahr \d{4}", r"(?:in den |die )?(?:kommenden|nächsten) \w+", r"im Blick", r"ins Auge gefasst",
    r"zweite Phase", r"zweiten Ausbaustufe", r"nächste Phase", r"ab (?:dem )?(?:Sommer|Herbst|Winter|Frühjahr)", r"potenziell\w*",
    r"mögliche?n?", r"entstehen sollen",
    r"will", r"wollen", r"wollte", r"wollten", r"möchte", r"möchten", r"darf", r"dürfen", r"beabsichtigt\w*",
    r"werde", r"solle", r"wolle", r"könne", r"müsse",  # Konjunktiv I of reported speech: "werde ... schaffen"
    r"entsteh(?:t|en)", r"Vorhaben",  # the present of coming into being, a project,
    r"ausgelegt", r"konzipiert",
    # verbleibende Zeit: "noch zwei Jahre" (nicht "noch vor zwei Jahren", eine jüngere Vergangenheit)
    r"noch(?! vor)(?= (?:\w+ ){0,2}(?:Jahre?n?|Monate?n?|Wochen?|Tage?n?)\b)",
    # Stellen im Angebot: gesuchte Arbeitskräfte sind künftige Arbeitsplätze
    r"gesucht", r"sucht", r"suchen", r"offene(?:n)? Stellen", r"zu besetzen", r"ausgeschrieben",
    # Erwartung, unmittelbar bevorstehend, Angebot
    r"rechne[nt]? mit", r"rechnete[n]? mit", r"geht von \w+ aus", r"gehen von \w+ aus", r"steh(?:t|en) kurz vor",
    r"steh(?:t|en) kurz davor", r"schlägt vor", r"schlagen vor", r"bietet an", r"bieten an",
    # Pflicht, Bedingung
    r"muss", r"müssen", r"gebunden", r"(?:an|unter) (?:die|der) Bedingung", r"Bedingungen?", r"verlangt",
    r"verlangen", r"fordert", r"fordern", r"verpflichtet\w*", r"(?:erklärt\w*|erklärten?) sich (?:\w+ )?bereit", r"sich bereit erklärt", r"die Rede(?=\s*[.,;:!?])", r"(?:die )?Rede (?:war|ist) von", r"war die Rede von",
    # Einstellungen im Gang und Zuwachs im Präsens: künftige Stellen ("stellt ... 200 Leute ein", "kommen 150 hinzu")
    r"stell(?:t|en)(?=(?: [\w'’.]+){1,8} ein\b)", r"(?:kommt|kommen)(?=(?: [\w'’.]+){1,6} (?:hinzu|dazu)\b)", r"hinzukommen", r"dazukommen",
    # eine Forderung im Präteritum bleibt eine Forderung: das Geforderte ist noch keine Tatsache
    r"forderte(?:n)?", r"verlangte(?:n)?",
    # das Präsens eines Verbs des Schaffens kündigt an: Schaffen ist ein Ereignis, kein Zustand ("wir schaffen 500 Stellen")
    r"schaff(?:t|en)"
)
REALISED = (
    r"(?:hat|haben|ist|sind) (?:bereits |schon |inzwischen |bisher )?ge\w+(?:t|en)",
    # Perfekt in Endstellung (Nebensatz): "warum die Zahl ... gestiegen ist", "dass sie ... geschaffen haben"
    # (nicht am Satzteilanfang: "; geworden sind es keine 150" ist ein Hauptsatz mit vorangestelltem Partizip)
    r"(?<=[\w%] )\w*ge\w+(?:t|en) (?:worden )?(?:ist|sind|hat|haben)(?!\w)",
    r"geschaffen", r"entstanden", r"eingestellt", r"besetzt", r"geschafft", r"realisiert",
    r"beschäftigt", r"arbeiten", r"arbeitet",
    r"erwirbt", r"erworben", r"übernimmt", r"übernommen", r"kauft", r"gekauft", r"tätig", r"zählt", r"zählte", r"zählten", r"gezählt", r"bisher", r"bislang", r"inzwischen",
    r"mittlerweile", r"derzeit", r"zurzeit", r"aktuell", r"heute", r"schon", r"bereits", r"nun", r"jetzt",
    r"wurden", r"wurde",
)
PAST = (
    # Plusquamperfekt und früherer Zustand: der Hintergrund der Meldung, nicht die Meldung selbst
    r"hatte", r"hatten", r"war", r"waren",
    # Adverbien einer früheren Zeit
    r"damals", r"zuvor", r"kürzlich", r"jüngst", r"unlängst", r"vor kurzem", r"vor \w+ Jahren", r"früher", r"einst", r"seinerzeit", r"vorher", r"ehemals", r"vormals",
)

EARLIER = (r"vor \w+ Jahren", r"damals", r"früher", r"einst", r"seinerzeit", r"ehemals", r"vormals")

BASELINE = (r"gegenüber", r"verglichen mit", r"im Vergleich zu", r"nach zuvor")
"""Prepositions of comparison right before a figure ("1.020 Stellen, gegenüber 610 im Jahr 2018"): with a past date, the figure is the
earlier level another is compared with -- a past state, even of the project."""

REPORTED = (r"würden?", r"soll", r"sollen")
"""Der Konjunktiv II der indirekten Rede ("derzeit würden 1,3 Millionen Tonnen umgeschlagen", Ersatzform des
Konjunktivs I) und das "sollen" der fremden Behauptung ("das Werk soll heute 700 Menschen beschäftigen, heißt es"): mit einer Quelle (:data:`HEARSAY`) im Satz oder einem Adverb der Gegenwart (:data:`NOW`) im Satzteil
gibt er einen Zustand wieder, keine Aussicht."""

HEARSAY = (r"angeblich", r"(?:\w+ )?[Bb]erichten zufolge", r"nach (?:unseren |übereinstimmenden )?Informationen",
           r"wie es heißt", r"heißt es")
"""Eine Quelle oder ein Gerücht, das den Konjunktiv zur Meldung macht (allgemeine Grammatik der Pressesprache)."""

SINCE = (r"seit", r"seitdem")
"""Ein Zeitraum von einem Punkt bis heute ("seit 2022"): der Zustand dauert an, er ist nicht vergangen."""

DEFINITE = (r"die", r"den", r"der", r"seine[n]?", r"ihre[n]?", r"unsere[n]?", r"diese[n]?")
"""Bestimmte Artikel und Possessivpronomen direkt vor einer Zahl ("die 85 Beschäftigten", "seine 300 Mitarbeiter"):
die Gruppe ist bekannt, sie besteht."""

STAFF = (r"\w*[Mm]itarbeite(?:r|rn|rinnen|nde|nden)", r"Beschäftigten?", r"Angestellten?", r"Arbeitnehmer(?:n|innen)?",
         r"\w*arbeiter(?:n|innen)?", r"\w*kräfte[n]?", r"Fahrer(?:n|innen)?", r"Vollzeitäquivalente", r"VZÄ", r"FTE")
"""Bezeichnungen der Menschen auf der Lohnliste (nicht der Stellen oder Arbeitsplätze, die versprochen werden
können): mit bestimmtem Artikel eine Belegschaft, die besteht."""

NOW = (r"derzeit", r"zurzeit", r"aktuell", r"momentan", r"gegenwärtig", r"heute", r"inzwischen", r"mittlerweile")
"""Adverbien der Gegenwart: mit einem davon gibt der Konjunktiv der indirekten Rede (:data:`REPORTED`, "derzeit würden
rund 800 Menschen beschäftigt") einen heutigen Zustand wieder, keine Aussicht."""

WE_HAVE = (r"wir haben", r"haben wir", r"wir sind", r"sind wir")
"""Die erste Person Plural mit "haben" oder "sein" (Perfekt oder Besitz): was die Organisation des Sprechers hat oder
getan hat -- verwirklicht, auch mit einem vergangenen Datum."""

DETERMINERS = (r"der", r"die", r"das", r"den", r"dem", r"des", r"ein", r"eine", r"einen", r"einem", r"einer", r"eines",
               r"sein\w*", r"ihr\w*", r"unser\w*", r"dies\w*", r"jene\w*")
"""Artikel und Pronomen: ein Hinweis auf ein Versprechen direkt danach ist attributiv ("die geplante Fabrik", "die
versprochenen Stellen"), er sagt, was sein eigenes Nomen ist."""

POSTNOMINAL = ()
"""Partizipien, die ihrem Nomen als Adjektiv folgen: im Deutschen nicht."""

VERBAL_BEFORE = ()

ATTRIBUTIVE = (r"\w*ge\w+(?:te|ten|tes|ter|tem|ene|enen|ener|enes|enem)", r"\w+(?:ige|igen|iger|iges|igem)",
               r"mögliche[nmrs]?", r"potenzielle[nmrs]?", r"erwartete[nmrs]?", r"versprochene[nmrs]?")
"""Formen eines Hinweises auf ein Versprechen, die attributiv sein können (gebeugte Partizipien und Adjektive:
"geplante", "angekündigten", "künftige")."""

SIMILAR = (r"ähnliche[nmrs]?", r"vergleichbare[nmrs]?", r"das letzte Mal", r"beim letzten Mal")
"""Wörter, die einen ähnlichen Fall als Präzedenz anführen ("ein vergleichbares Werk", "das letzte Mal"): mit einem
vergangenen Datum ist die Zahl die jenes Falls, ein vergangener Zustand."""

THRESHOLD = (r"ab",)
"""Grenzen eines Angebots direkt vor einer Zahl ("Flächen ab 5.000 Quadratmetern"): eine untere
Schwelle, weder bestehend noch versprochen; ohne Hinweis im Satzteil sagt die Zahl nichts für sich (unmarked)."""

FUTURE = (r"(?:wird|werden)(?=(?:\s+(?:\d[\d.,]*\d|[^\s.,;:!?]+)){0,8}?\s+(?![^\s]*ge\w+en\b)(?:\w+(?:en|eln|ern)|sein|tun)\s*(?:[.,;:!?»«“”\"]|$))",)
"""Das Futur (wird, werden mit Infinitiv am Satzteilende, nicht das Vollverb "abhängig wird"; keine Modalverben): im Satz vor einem bloßen Präsens setzt es den
Zukunftsrahmen, den dieses übernimmt."""
