"""Ereignisarten, Deutsch (siehe :mod:`helpers.lexicon.en.events`)."""

EVENT_CUES = {
    "broadcast": (r"Sendung", r"zu Gast", r"Interview\w*", r"Studio", r"ausgestrahlt", r"Talkshow"),
    "visit": (r"Besuch\w*", r"besucht\w*", r"Delegation", r"Staatsbesuch"),
    "agreement_signed": (r"unterzeichne\w*", r"unterschrieben", r"Unterzeichnung", r"Abkommen", r"Vertrag",
                         r"Verträge", r"Vereinbarung\w*", r"Absichtserklärung"),
    "fine": (r"Geldstrafen?", r"Bußgeld\w*", r"Geldbußen?"),
    "sanction": (r"Sanktion\w*", r"sanktioniert", r"Einreiseverbot\w*", r"schwarze Liste"),
    "opening": (r"eröffne\w*", r"Eröffnung", r"in Betrieb", r"eingeweiht", r"Einweihung", r"angesiedelt",
                r"niedergelassen"),
    "construction": (r"gebaut", r"Bau\w*", r"Baustelle", r"Grundsteinlegung", r"errichtet"),
    "launch": (r"gestartet", r"Start", r"gegründet", r"Gründung", r"ins Leben gerufen"),
    "trade_trend": (r"Export\w*", r"Ausfuhr\w*", r"Import\w*", r"Einfuhr\w*"),
    "statement": (r"sagte", r"sagt", r"erklärte", r"kündigte", r"warnte", r"betonte", r"bestätigte"),
}
