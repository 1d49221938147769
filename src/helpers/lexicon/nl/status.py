"""Statusaanwijzingen, Nederlands (zie :mod:`helpers.lexicon.en.status`): toekomende tijd, voorwaardelijke wijs,
modale werkwoorden, vooruitzichten, streefcijfers, beloften; voltooide tijd en huidige toestand; verleden tijd."""

PROMISED = (
    # "gaan" + richting ("gaat langs", "gaat naar") is beweging, geen toekomst
    r"zal", r"zullen", r"zou", r"zouden", r"gaat(?! het om)(?! om)(?! (?:langs|naar|door|via|over|mee|terug|weg|uit|open|dicht|goed|fout|mis)\b)",
    r"gaan(?! om)(?! (?:langs|naar|door|via|over|mee|terug|weg|uit|open|dicht|goed|fout|mis)\b)",
    r"moet", r"moeten", r"kan", r"kunnen", r"mag", r"mogen",
    r"verwacht\w*", r"belo\w+", r"toegezegd", r"gepland\w*", r"plant", r"plannen", r"plan", r"project", r"van plan", r"doel\w*",
    r"streefcijfer\w*", r"streefdoel\w*", r"beoogd\w*", r"mik(?:t|ken) op", r"hoopt", r"hopen", r"in het vooruitzicht",
    r"uiteindelijk", r"op termijn", r"tegen (?:eind|het einde van|\d{4})", r"in de toekomst", r"toekomstige?",
    r"potentiële?", r"mogelijk(?:e)?", r"voorzien", r"investeert", r"investeren", r"aangekondigd\w*", r"er komen", r"erbij komen",
    r"bijkomen", r"(?:komen|komt) er", r"(?:in )?de (?:komende|volgende) \w+", r"op het oog",
    r"tweede fase", r"volgende fase", r"vanaf (?:de zomer|het najaar|de herfst|de winter|de lente|volgend \w+)",
    r"wil", r"willen", r"wilde", r"wilden", r"wenst", r"wensen", r"is van plan", r"zijn van plan", r"beoogt",
    r"ontworpen om", r"ontworpen voor", r"berekend op",
    # resterende tijd: "nog twee jaar" (niet "nog maar twee jaar geleden")
    r"nog(?= (?:\w+ ){0,2}(?:jaar|jaren|maanden|maand|weken|week|dagen|dag)\b(?! geleden))",
    # verbintenis in bijzinvolgorde: "dat het bedrijf zich contractueel verbindt tot"
    r"zich(?: \w+)? verbind(?:t|en)(?: \w+)? tot", r"verbind(?:t|en) zich(?: \w+)? ertoe",
    # aanwerving bezig: vacatures zijn banen die nog moeten komen
    r"zoekt", r"zoeken", r"gezocht", r"vacatures?", r"openstaande", r"in te vullen", r"werft aan", r"werven aan", r"w(?:erft|erven)(?=(?: [\w'’]+){1,5} aan\b)",
    # verwachting, nabijheid, aanbod
    r"reken(?:t|en|de|den)(?: \w+)? op", r"verbind(?:t|en) zich(?: \w+)? tot", r"verplicht(?:t|en)? zich", r"(?:stemt|stemmen|stemde|stemden) (?:\w+ )?(?:er ?)?mee in", r"sprake van", r"gaat uit van", r"gaan uit van", r"staat op het punt",
    r"staan op het punt", r"stelt voor", r"stellen voor", r"biedt aan", r"bieden aan",
    # verplichting, voorwaarde
    r"eist", r"eisen", r"op voorwaarde", r"voorwaarden?", r"gekoppeld aan", r"verplicht\w*", r"dient", r"dienen",
    # een eis in de verleden tijd blijft een eis: wat geëist werd, is nog geen feit
    r"eiste(?:n)?",
    # de tegenwoordige tijd van een werkwoord van scheppen kondigt aan: scheppen is een gebeurtenis, geen toestand
    r"creëert", r"creeert", r"(?:we|wij|ze|zij) creëren", r"schept"
)
REALISED = (
    r"(?:heeft|hebben|is|zijn) (?:al |reeds |intussen |inmiddels )?ge\w+(?:d|t|en)",
    # voltooide tijd met het getal tussen hulpwerkwoord en deelwoord, het deelwoord achteraan: "er zijn er 300
    # gekomen", "zijn er maar 120 overgebleven" (het deelwoord sluit de zin of de zinsdeel af)
    r"(?:heeft|hebben|is|zijn)(?= er\b[^.;:!?]{0,40}?\b\w*ge\w+(?:d|t|en)\s*(?:[.;:!?,]|$))",
    r"zijn gecreëerd", r"zijn gecreeerd", r"gecreëerd", r"geschapen", r"aangeworven", r"ingevuld",
    r"tewerkgesteld", r"gerealiseerd", r"werden", r"werd", r"reeds", r"tot nu toe", r"tot dusver",
    r"tot op heden", r"vandaag", r"intussen", r"inmiddels", r"momenteel", r"op dit moment", r"nu", r"al",
    r"werk(?:en|t)", r"aan de slag",
    # een aankoop in de tegenwoordige of verleden tijd is gedaan
    r"verwerft", r"verworven", r"koopt", r"gekocht", r"neemt \w+ over", r"overgenomen", r"in dienst", r"stelt \w+ tewerk", r"tewerk", r"telt", r"tellen", r"telde", r"telden", r"geteld",
)
PAST = (
    # voltooid verleden tijd en vroegere toestand: de achtergrond van het verhaal, niet het nieuws zelf
    r"had", r"hadden", r"was", r"waren",
    # bijwoorden van een vroegere tijd
    r"destijds", r"toen", r"geleden", r"onlangs", r"recent", r"kortgeleden", r"vroeger", r"voorheen", r"indertijd", r"eertijds", r"vorige?",
)

EARLIER = (r"\w+ jaar geleden", r"geleden", r"destijds", r"vroeger", r"voorheen", r"indertijd")

BASELINE = (r"tegenover", r"vergeleken met", r"ten opzichte van", r"tegen")
"""Prepositions of comparison right before a figure ("1.020 banen, tegen 610 in 2018"): with a past date, the figure is the
earlier level another is compared with -- a past state, even of the project."""

REPORTED = (r"zou(?:den)? (?:\w+ ){0,5}(?:zijn|hebben|bedragen|liggen|tellen|werken|gaan om)",)
"""Het "zou" van onbevestigde informatie ("volgens ingewijden zou het om 35 miljoen gaan"): met een bron
(:data:`HEARSAY`) in de zin meldt het een toestand, geen vooruitzicht."""

HEARSAY = (r"naar verluidt", r"volgens (?:ingewijden|bronnen|geruchten|onze informatie)", r"zo wordt gezegd",
           r"wordt (?:er )?gezegd")
"""Een bron of gerucht dat "zou" tot bericht maakt (algemene grammatica van het Nederlands)."""

SINCE = (r"sinds", r"sedert")
"""Een periode die van een punt tot vandaag loopt ("sinds 2022"): de toestand duurt nog, hij is niet voorbij."""

DEFINITE = (r"de", r"die", r"deze", r"zijn", r"haar", r"hun", r"onze")
"""Bepaalde lidwoorden en bezittelijke voornaamwoorden vlak voor een getal ("de 64 werknemers", "zijn 300
arbeiders"): de groep is bekend, hij bestaat."""

STAFF = (r"\w*werknemers", r"\w*medewerkers", r"personeelsleden", r"\w*arbeiders", r"bedienden", r"\w*krachten",
         r"chauffeurs", r"VTE", r"FTE", r"voltijdse equivalenten")
"""Namen van de mensen op de loonlijst (niet van banen of jobs, die beloofd kunnen worden): met een bepaald
lidwoord, een personeelsbestand dat bestaat."""

NOW = (r"momenteel", r"op dit moment", r"vandaag", r"thans", r"nu", r"intussen", r"inmiddels")
"""Bijwoorden van het heden: met een ervan meldt "zou" (:data:`REPORTED`, "er zouden momenteel 800 mensen werken") een
huidige toestand, geen vooruitzicht."""

WE_HAVE = (r"we hebben", r"wij hebben", r"hebben we", r"hebben wij", r"we zijn", r"wij zijn", r"zijn we", r"zijn wij")
"""De eerste persoon meervoud met "hebben" of "zijn" (voltooide tijd of bezit): wat de organisatie van de spreker heeft
of gedaan heeft -- gerealiseerd, ook met een datum in het verleden."""

DETERMINERS = (r"de", r"het", r"een", r"die", r"deze", r"dat", r"dit", r"zijn", r"haar", r"hun", r"onze", r"ons")
"""Lidwoorden en aanwijzende en bezittelijke voornaamwoorden: een belofte-aanwijzing vlak erna is bijvoeglijk ("de
geplande fabriek", "de beloofde banen"), ze zegt wat haar eigen naamwoord is."""

POSTNOMINAL = ()
"""Deelwoorden die na hun naamwoord staan als bijvoeglijk naamwoord: niet in het Nederlands."""

VERBAL_BEFORE = ()

ATTRIBUTIVE = (r"\w*ge\w+(?:de|te)", r"verwachte", r"beoogde", r"toekomstige", r"potentiële", r"mogelijke")
"""Vormen van een belofte-aanwijzing die bijvoeglijk kunnen zijn (verbogen deelwoorden en bijvoeglijke naamwoorden:
"geplande", "aangekondigde", "toekomstige")."""

SIMILAR = (r"vergelijkbare?", r"soortgelijke?", r"gelijkaardige?", r"de vorige keer", r"de laatste keer")
"""Woorden die een vergelijkbaar geval als precedent aanhalen ("een vergelijkbare fabriek", "de vorige keer"): met een
datum in het verleden is het cijfer dat van het precedent, een vroegere toestand."""

THRESHOLD = (r"vanaf",)
"""Grenzen van een aanbod vlak voor een getal ("kavels vanaf 2 hectare"): een drempel, geen bestaande of beloofde
hoeveelheid; zonder aanwijzing in de zin zegt het getal niets op zichzelf (unmarked)."""

FUTURE = (r"zal", r"zullen", r"zult")
"""De toekomende tijd (zal, zullen; geen modale werkwoorden, plannen of "gaan", dat ook "gaat het om" is): in de zin voor een kale
tegenwoordige tijd zet hij het toekomstige kader dat die overneemt."""
