"""Dutch: general stance words (suggestions only), negations."""

SUPPORTIVE = (
    "kans", "kansen", "opportuniteit", "troef", "troeven", "goed nieuws", "voordeel", "voordelen", "positief",
    "positieve", "trots", "blij", "tevreden", "verheugd", "optimistisch", "succes", "succesvol", "veelbelovend",
    "uitstekend", "groei", "welvaart", "steun", "steunt", "steunen", "enthousiast", "vertrouwen", "mijlpaal",
    "belangrijke stap", "nieuwe banen", "nieuwe jobs", "werkgelegenheid", "versterkt", "versterken", "welkom",
    "verwelkomt", "toejuichen", "juicht",
    "goed", "goede", "beter", "best", "tevredenheid", "waardevol", "nuttig", "aantrekken", "concurrentieel", "modern", "dynamisch", "engagement", "belofte nakomen", "toegangspoort", "opleiding", "nieuwe arbeidsplaatsen", "zal creëren", "fier", "sleutel", "groeit", "vooruitgang")
"""Words that show a favourable stance."""

CRITICAL = (
    "risico", "risico's", "bedreiging", "dreiging", "gevaar", "gevaarlijk", "vrees", "vreest", "vrezen", "zorgen",
    "bezorgd", "bezorgdheid", "ongerust", "alarm", "kritiek", "bekritiseert", "hekelt", "verzet", "protest",
    "protesteren", "tegen", "negatief", "negatieve", "probleem", "problemen", "schade", "overlast", "hinder",
    "verlies", "naïef", "onaanvaardbaar", "schandaal", "spionage", "bewaking", "vervuiling", "lawaai",
    "teleurgesteld", "teleurstellend", "twijfel", "twijfels", "sceptisch", "fout", "mislukking",
    "loze beloften", "afhankelijkheid", "afhankelijk",
    "niet genoeg", "te weinig", "te veel", "minder dan", "slechts", "amper", "mislukt", "vragen", "verdacht", "geheim", "onduidelijk", "gebrek", "ontbreekt", "uitbuiting", "precair", "tijdelijk", "uitzendkrachten", "woede", "boos", "slaap", "klacht", "klachten", "sceptisch", "controleert", "spion", "bedreigt", "slecht", "slechter", "paard van troje", "verontrustend", "eisen", "vreest")
"""Words that show an unfavourable stance."""

NEGATIONS = ("niet", "geen", "nooit", "noch", "zonder", "nauwelijks")
"""Negations: one of them up to three words before a stance word reverses it."""
