"""Stage 3, claims: each stated figure read as evidence (what it measures, its status, its bounds, its date), the
trade flows, the comparison across sources and the timeline of dated events.

- :mod:`helpers.claims.tables` -- the claim, flow, consistency and timeline tables.
"""
