"""Stage 3, claims: each stated figure read as evidence (what it measures, its status, its bounds, its date), the
trade flows, the comparison across sources and the timeline of dated events. One module per stage:

- :mod:`helpers.claims.evidence` -- sentences, clauses and the cue nearest to a figure (shared by the rules);
- :mod:`helpers.claims.bounds` -- hedge -> bounds;
- :mod:`helpers.claims.measure` -- what a figure measures (rule table; words in ``helpers/lexicon/<lang>/measures.py``);
- :mod:`helpers.claims.status` -- promised, realised, historical, unmarked (rule table; ``lexicon/<lang>/status.py``);
- :mod:`helpers.claims.dating` -- the date a figure refers to;
- :mod:`helpers.claims.flows` -- trade figures as directed, signed flows;
- :mod:`helpers.claims.consistency` -- the same measure from different sources compared;
- :mod:`helpers.claims.timeline` -- dated events;
- :mod:`helpers.claims.tables` -- the claim tables assembled, and the entry points the build calls.
"""
