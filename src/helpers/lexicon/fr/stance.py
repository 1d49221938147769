"""French: general stance words (suggestions only), negations."""

SUPPORTIVE = (
    "opportunité", "opportunités", "chance", "atout", "atouts", "bonne nouvelle", "bénéfique", "bénéfice",
    "avantage", "avantages", "positif", "positive", "fier", "fière", "ravi", "ravie", "heureux", "heureuse",
    "satisfait", "satisfaite", "optimiste", "succès", "réussite", "prometteur", "prometteuse", "excellent",
    "croissance", "prospérité", "salue", "saluent", "salué", "soutien", "soutient", "soutiennent", "enthousiaste",
    "confiant", "confiante", "étape importante", "essentiel", "créer des emplois", "nouveaux emplois", "dynamisme",
    "se réjouit", "se félicite", "renforcer", "renforce",
    "bon", "bonne", "bonnes", "meilleur", "content", "contente", "heureux de", "précieux", "utile", "attractif", "attractive", "attirer", "compétitif", "moderne", "dynamique", "engagement", "engagements", "respecte", "tient ses promesses", "porte d'entrée", "formation", "nouveaux postes", "créera", "ravis", "fiers", "clé")
"""Words that show a favourable stance."""

CRITICAL = (
    "risque", "risques", "menace", "menaces", "danger", "dangereux", "dangereuse", "crainte", "craintes", "craint",
    "craignent", "inquiétude", "inquiétudes", "inquiet", "inquiète", "s'inquiète", "alarme", "alarmant",
    "critique", "critiques", "critiquent", "dénonce", "dénoncent", "opposition", "s'oppose", "s'opposent",
    "contre", "négatif", "négative", "problème", "problèmes", "dégâts", "nuisance", "nuisances", "perte",
    "pertes", "naïf", "naïve", "inacceptable", "scandale", "espionnage", "surveillance", "pollution", "bruit",
    "déçu", "déçue", "décevant", "doute", "doutes", "sceptique", "erreur", "échec", "promesses non tenues",
    "dépendance", "dépendant", "regrette",
    "pas assez", "trop peu", "trop", "moins de", "seulement", "ne que", "échoué", "questions", "suspect", "secret", "opacité", "flou", "manque", "manquent", "exploitation", "précaire", "précaires", "intérim", "intérimaires", "colère", "indignation", "sommeil", "plainte", "plaintes", "mirage", "illusion", "contrôle", "espion", "menacent", "mauvais", "pire", "cheval de troie", "inquiétant", "réclament")
"""Words that show an unfavourable stance."""

NEGATIONS = ("ne", "n'", "pas", "jamais", "aucun", "aucune", "ni", "sans", "guère")
"""Negations: one of them up to three words before a stance word reverses it."""
