"""French: general stance words (suggestions only) and the words that shape them.

Words of the language that say a speaker welcomes or fears a project, not phrases of particular articles. Read by
:mod:`helpers.coding.suggestions` (see its docstring for the weights and rules).
"""

SUPPORTIVE = (
    "opportunité", "opportunités", "chance", "atout", "atouts", "bonne nouvelle", "excellente nouvelle",
    "bénéfique", "bénéfice", "avantage", "avantages", "positif", "positive", "fier", "fière", "fiers", "ravi",
    "ravie", "ravis", "heureux", "heureuse", "satisfait", "satisfaite", "optimiste", "succès", "réussite",
    "prometteur", "prometteuse", "excellent", "excellente", "prospérité", "salue", "saluent", "salué", "saluer",
    "soutien", "soutient", "soutiennent", "enthousiaste", "confiant", "confiante", "confiance", "étape importante",
    "essentiel", "dynamisme", "se réjouit", "se réjouissent", "se félicite", "se félicitent", "renforcer",
    "renforce", "bon", "bonne", "bonnes", "meilleur", "meilleure", "content", "contente", "précieux", "utile",
    "attractif", "attractive", "attirer", "compétitif", "moderne", "dynamique", "applaudit", "rassurant", "rassure",
    "fiable", "proportionné", "proportionnés", "raisonnable", "idéal", "tient ses promesses", "structurant",
    "gagnant-gagnant", "transparent", "transparente", "transparence", "historique", "étape logique", "aubaine",
    "beau", "belle", "incontournable", "indispensable", "grâce à", "grâce au", "grâce aux")
"""Evaluative words that show a favourable stance (weight 2)."""

CRITICAL = (
    "risque", "risques", "menace", "menaces", "menacent", "danger", "dangereux", "dangereuse", "crainte",
    "craintes", "craint", "craignent", "inquiétude", "inquiétudes", "inquiet", "inquiète", "s'inquiète",
    "inquiétant", "alarme", "alarmant", "critique", "critiques", "critiquent", "dénonce", "dénoncent", "dénoncé",
    "dénoncer", "condamne", "opposition", "s'oppose", "s'opposent", "opposé", "opposés", "opposant", "opposants",
    "hostile", "négatif", "négative", "problème", "problèmes", "dégâts", "nuisance", "nuisances", "naïf", "naïve",
    "inacceptable", "scandale", "espionnage", "espion", "surveillance", "pollution", "bruit", "déçu", "déçue",
    "décevant", "doute", "doutes", "sceptique", "erreur", "échec", "échoué", "promesses non tenues",
    "promesses vaines", "dépendance", "dépendant", "regrette", "déplore", "pas assez", "trop peu", "suspect",
    "secret", "opacité", "flou", "manque", "manquent", "exploitation", "précaire", "précaires", "colère",
    "indignation", "plainte", "plaintes", "illusion", "mauvais", "mauvaise", "pire", "cheval de troie",
    "chèque en blanc", "loterie", "injuste", "fardeau", "bâclé", "bâclée", "intenable", "épuisés", "épuisant",
    "épuisement", "dumping", "mirage", "brader", "bradé", "bradée", "avertit", "mettent en garde", "met en garde",
    "zone grise", "perte", "pertes")
"""Evaluative words that show an unfavourable stance (weight 2)."""

GAINS = (
    "emplois", "emploi", "création d'emplois", "créer", "crée", "créé", "créera", "créant", "investir", "investit",
    "investi", "investissement", "investissements", "investisseur", "investisseurs", "embaucher", "embauche",
    "embauchent", "recruter", "recrute", "recrutement", "recrutements", "employer", "emploie", "employeur",
    "agrandir", "agrandissement", "extension", "étendre", "croissance", "croître", "grandir", "progresse",
    "prospérer", "investira", "investiront", "créeront", "recrutera", "embauchera", "postes supplémentaires",
    "nouveaux postes")
"""Words of economic gain: they lean a statement towards the project (weight 1)."""

LOSSES = (
    "licenciements", "suppressions d'emplois", "pertes d'emplois", "fermeture", "fermetures", "contribuable",
    "contribuables", "argent public", "faillite", "délocalisation", "délocaliser", "intérimaires", "en intérim",
    "contrats précaires", "contrats à durée déterminée", "chômage", "chômeurs", "demandeurs d'emploi")
"""Words of economic loss or public cost: they lean a statement against the project (weight 1)."""

NEGATIONS = ("ne", "n'", "pas", "jamais", "aucun", "aucune", "ni", "sans", "guère", "personne", "rien", "nul")
"""Negations: one of them up to three words before a stance word reverses it."""

SHIFTERS = (
    "moins", "réduire", "réduit", "réduite", "réduction", "baisse", "baisser", "diminuer", "diminue", "diminution",
    "recul", "recule", "perdre", "perd", "perdu", "limiter", "limite", "limité", "supprimer", "supprime",
    "supprimé", "arrêt", "ralentit", "ralenti", "faiblit", "chute")
"""Words of decrease: near a stance word (three words either side) they reverse it (*moins de bruit*)."""

INTENSIFIERS = (
    "très", "vraiment", "profondément", "extrêmement", "particulièrement", "tellement", "trop", "fort", "grand",
    "grande", "énorme", "véritable", "réel", "réelle")
"""Words that make the next stance word weigh more."""

DOWNTONERS = ("légèrement", "plutôt", "assez", "un peu", "partiellement", "peut-être", "sans doute")
"""Hedges that make the next stance word weigh less."""

CONTRASTS = ("mais", "pourtant", "cependant", "toutefois", "néanmoins")
"""Contrast words: the stance words before the last one count reversed, at half weight (*p mais q*)."""

ADDITIVES = ("aussi", "également", "non seulement", "pas seulement", "au-delà")
"""Additive words: right after a contrast word (*mais aussi*), or as a phrase before it (*not only ... but*), they
make it additive, not a contrast."""

PROMISES = ("promesse", "promesses", "promis", "promise", "promet", "promettent")
"""Promise words: followed by a contrast word or a negation, they count as a critical word."""
