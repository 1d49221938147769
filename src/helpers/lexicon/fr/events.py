"""Types d'événements, français (voir :mod:`helpers.lexicon.en.events`)."""

EVENT_CUES = {
    "broadcast": (r"émissions?", r"invitée?", r"plateau", r"interview\w*", r"entretien", r"antenne", r"diffus\w+"),
    "visit": (r"visites?", r"visit[ée]e?s?", r"délégation", r"en déplacement"),
    "agreement_signed": (r"sign[ée]e?s?", r"signature", r"accords?", r"contrats?", r"protocole d['’]accord",
                         r"conclu\w*"),
    "fine": (r"amendes?", r"pénalités?", r"condamn[ée]e?s? à payer"),
    "sanction": (r"sanctions?", r"sanctionn\w+", r"liste noire"),
    "opening": (r"opérationnel\w*", r"ouverture", r"ouvert\w*", r"inaugur\w+", r"mise en service", r"installée?s?",
                r"implant\w+", r"s['’]install\w+"),
    "construction": (r"construction", r"construit\w*", r"travaux", r"chantier", r"première pierre"),
    "launch": (r"lanc[ée]e?s?", r"lancement", r"fondée?", r"démarr\w+"),
    "trade_trend": (r"exportations?", r"importations?"),
    "statement": (r"déclar\w+", r"annonc\w+", r"affirm\w+", r"a dit", r"a expliqué", r"a assuré", r"a averti",
                  r"a confirmé"),
}
