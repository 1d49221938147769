"""Soorten gebeurtenissen, Nederlands (zie :mod:`helpers.lexicon.en.events`)."""

EVENT_CUES = {
    "broadcast": (r"uitzending", r"te gast", r"programma", r"interview\w*", r"studio", r"uitgezonden"),
    "visit": (r"bezoek\w*", r"bezocht", r"delegatie", r"werkbezoek", r"staatsbezoek"),
    "agreement_signed": (r"ondertekend", r"getekend", r"ondertekening", r"overeenkomst\w*", r"akkoord",
                         r"contract\w*", r"gesloten"),
    "fine": (r"boetes?", r"beboet"),
    "sanction": (r"sancties?", r"zwarte lijst", r"inreisverbod"),
    "opening": (r"in gebruik", r"geopend", r"opening", r"ingehuldigd", r"operationeel", r"vestig\w+",
                r"in bedrijf"),
    "construction": (r"bouw\w*", r"gebouwd", r"werken", r"werf", r"eerste steen"),
    "launch": (r"gelanceerd", r"lancering", r"opgericht", r"gestart", r"van start"),
    "trade_trend": (r"uitvoer", r"invoer", r"export", r"import"),
    "statement": (r"zei", r"zegt", r"verklaarde", r"kondigde", r"waarschuwde", r"bevestigde", r"stelde"),
}
