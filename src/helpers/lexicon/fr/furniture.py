"""French: page-furniture phrases (read by helpers.text.furniture). Same layout as helpers.lexicon.en.furniture."""

FURNITURE_PHRASES = {
    "newsletter": ("infolettre", "lettre d'information", "abonnez-vous", "abonnez vous", "inscrivez-vous",
                   "inscrivez vous"),
    "read_also": ("lire aussi", "à lire aussi", "a lire aussi", "lisez aussi", "à lisez aussi", "a lisez aussi"),
    "link": ("en savoir plus", "lire la suite", "plus d'info", "plus d'infos"),
    "social": ("retrouvez-nous", "retrouvez nous", "suivez-nous", "suivez nous", "partagez", "partager"),
    "comments": ("commentaire", "commentaires", "tous les commentaires", "réagir"),
    "byline": ("par", "texte"),
    "credit": ("source", "sources", "photo", "photos", "crédit", "crédits"),
    "logo": ("logo",),
    "sponsor": ("avec le soutien de", "en partenariat avec"),
    "navigation": ("retour en haut", "personnalisez votre expérience", "tout accepter", "aller au contenu"),
}

NAME_PARTICLES = ("de", "le", "la")

FURNITURE_LINES = {"social": ("partager sur",)}
