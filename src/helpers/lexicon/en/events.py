"""Event types, English: the cue words :func:`helpers.claims.timeline.event_type` reads near a date.

``EVENT_CUES``: event type -> words (the same types, in the same order, in every language; ties between two cues at
the same distance go to the earlier type). General vocabulary of each kind of event, none taken from one article.
"""

EVENT_CUES = {
    "broadcast": (r"on the set", r"programmes?", r"broadcast\w*", r"aired", r"on air", r"interview\w*",
                  r"talk show", r"podcast"),
    "visit": (r"visit\w*", r"state visit", r"delegation", r"toured", r"hosted"),
    "agreement_signed": (r"sign\w*", r"agreed", r"agreements?", r"contracts?", r"MoU", r"memorandum", r"pacts?",
                         r"deal"),
    "fine": (r"fined", r"fines?", r"penalt(?:y|ies)"),
    "sanction": (r"sanctions?", r"sanctioned", r"travel bans?", r"blacklist\w*"),
    "opening": (r"open(?:ed|ing|s)?", r"operational", r"inaugurat\w+", r"come on stream", r"moved to",
                r"commissioned", r"set up", r"settled"),
    "construction": (r"built", r"being built", r"construction", r"works?", r"building site", r"groundbreaking"),
    "launch": (r"launch\w*", r"initiated", r"founded", r"started", r"kicked off"),
    "trade_trend": (r"exports?", r"imports?"),
    "statement": (r"said", r"says", r"told", r"warned", r"declared", r"announced", r"lobbied", r"stated",
                  r"confirmed", r"claimed"),
}
