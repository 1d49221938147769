"""Dutch: general stance words (suggestions only) and the words that shape them.

Words of the language that say a speaker welcomes or fears a project, not phrases of particular articles. Read by
:mod:`helpers.coding.suggestions` (see its docstring for the weights and rules).
"""

SUPPORTIVE = (
    "kans", "kansen", "opportuniteit", "troef", "troeven", "goed nieuws", "voordeel", "voordelen", "positief",
    "positieve", "trots", "fier", "blij", "tevreden", "tevredenheid", "verheugd", "optimistisch", "succes",
    "succesvol", "veelbelovend", "uitstekend", "uitstekende", "welvaart", "steun", "steunt", "steunen",
    "enthousiast", "vertrouwen", "mijlpaal", "belangrijke stap", "versterkt", "versterken", "welkom", "verwelkomt",
    "verwelkomen", "toejuichen", "juicht", "goed", "goede", "beter", "best", "beste", "waardevol", "nuttig",
    "aantrekken", "aantrekkelijk", "concurrentieel", "modern", "dynamisch", "vooruitgang", "prijst",
    "geruststellend", "veilig", "betrouwbaar", "proportioneel", "redelijk", "uniek", "ideaal", "houdt woord",
    "win-win", "transparant", "transparantie", "historisch", "historische", "logische stap", "buitenkans", "zegen",
    "mooi", "prima", "onmisbaar", "onontbeerlijk", "dankzij")
"""Evaluative words that show a favourable stance (weight 2)."""

CRITICAL = (
    "risico", "risico's", "bedreiging", "dreiging", "bedreigt", "gevaar", "gevaarlijk", "vrees", "vreest", "vrezen",
    "zorgen", "bezorgd", "bezorgdheid", "ongerust", "alarm", "verontrustend", "kritiek", "bekritiseert",
    "bekritiseren", "hekelt", "hekelen", "veroordeelt", "verzet", "protest", "protesteren", "tegenstander",
    "tegenstanders", "tegenstand", "gekant", "negatief", "negatieve", "probleem", "problemen", "schade", "overlast",
    "hinder", "naïef", "onaanvaardbaar", "schandaal", "spionage", "spion", "bewaking", "vervuiling", "lawaai",
    "teleurgesteld", "teleurstellend", "twijfel", "twijfels", "sceptisch", "fout", "mislukking", "mislukt",
    "loze beloften", "holle beloften", "afhankelijkheid", "afhankelijk", "niet genoeg", "te weinig", "te veel", "verdacht",
    "geheim", "onduidelijk", "gebrek", "ontbreekt", "uitbuiting", "precair", "woede", "boos", "klacht", "klachten",
    "slecht", "slechte", "slechter", "paard van troje", "blanco cheque", "loterij", "betreurt", "onrechtvaardig",
    "last", "onhoudbaar", "uitgeput", "uitputten", "uitputtend", "dumping", "luchtspiegeling", "weggegeven",
    "weggeven", "verkwanseld", "waarschuwt", "waarschuwen", "grijze zone", "verlies")
"""Evaluative words that show an unfavourable stance (weight 2)."""

GAINS = (
    "banen", "jobs", "arbeidsplaatsen", "werkgelegenheid", "creëren", "creëert", "gecreëerd", "investeren",
    "investeert", "geïnvesteerd", "investering", "investeringen", "investeerder", "investeerders", "aanwerven",
    "werft", "aanwervingen", "rekruteren", "werkgever", "uitbreiden", "breidt", "uitbreiding", "groei", "groeien",
    "groeit", "groeide", "gegroeid", "bloeien", "aangeworven", "vacatures", "zal investeren", "extra banen",
    "extra jobs")
"""Words of economic gain: they lean a statement towards the project (weight 1)."""

LOSSES = (
    "ontslagen", "banenverlies", "jobverlies", "sluiting", "sluitingen", "belastingbetaler", "belastingbetalers",
    "overheidsgeld", "faillissement", "delokalisatie", "verhuizen", "uitzendkrachten", "tijdelijke contracten",
    "interimcontracten", "dagcontracten", "werkloosheid", "werklozen", "werkzoekenden")
"""Words of economic loss or public cost: they lean a statement against the project (weight 1)."""

NEGATIONS = ("niet", "geen", "nooit", "noch", "zonder", "nauwelijks", "niemand", "niets", "niks", "amper")
"""Negations: one of them up to three words before a stance word reverses it."""

SHIFTERS = (
    "minder", "lager", "verminderen", "vermindert", "verminderd", "vermindering", "verlagen", "verlaagt", "daalt",
    "dalen", "gedaald", "daling", "krimpt", "krimpen", "gekrompen", "verliezen", "verliest", "verloren", "beperken",
    "beperkt", "schrappen", "schrapt", "geschrapt", "stopt")
"""Words of decrease: near a stance word (three words either side) they reverse it (*minder lawaai*)."""

INTENSIFIERS = ("zeer", "heel", "erg", "echt", "diep", "uiterst", "bijzonder", "enorm", "groot", "grote", "werkelijk")
"""Words that make the next stance word weigh more."""

DOWNTONERS = ("enigszins", "wat", "nogal", "vrij", "een beetje", "deels", "misschien", "wellicht", "mogelijk")
"""Hedges that make the next stance word weigh less."""

CONTRASTS = ("maar", "toch", "echter", "nochtans", "evenwel", "desondanks")
"""Contrast words: the stance words before the last one count reversed, at half weight (*p maar q*)."""

ADDITIVES = ("ook", "niet alleen", "niet enkel", "niet alleen maar")
"""Additive words: right after a contrast word (*maar ook*), or as a phrase before it (*not only ... but*), they
make it additive, not a contrast."""

PROMISES = ("belofte", "beloften", "beloftes", "beloofd", "belooft", "beloven", "beloofde")
"""Promise words: followed by a contrast word or a negation, they count as a critical word."""
