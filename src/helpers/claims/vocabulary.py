"""The measures a figure can have, in the codebook's vocabulary (Part III), and the metric -> measure mapping.

The claim tables name each figure's metric finely (``jobs_created``, ``exports_belgium_air_change``,
``warehouse_area``); the codebook and the development corpus (``bench/dev/<lang>/quantities.csv``, column
``measure``) name what it measures coarsely. :func:`measure_of` maps the first onto the second. This module imports
nothing from the package, so the benchmark can read it beside any version of the rules.
"""

from __future__ import annotations

__all__ = ["MEASURES", "STATUSES", "measure_of"]

MEASURES = ("jobs", "investment", "site_area", "building_area", "trade", "parcels", "cargo", "flights",
            "lease_term", "delivery_time", "revenue", "fine", "people", "share", "period", "other")
"""What a figure measures (codebook Part III)."""

STATUSES = ("promised", "realised", "historical", "unmarked")
"""The status of a figure (codebook Part III)."""

_RENAMED = {"warehouse_area": "building_area", "cargo_volume": "cargo", "sme_share": "share",
            "other_percent": "share", "agreements": "other", "agreements_signed": "other"}
_PREFIXES = (("jobs", "jobs"), ("exports", "trade"), ("imports", "trade"), ("trade", "trade"), ("other_", "other"))


def measure_of(metric: str) -> str:
    """The measure (one of :data:`MEASURES`) of a metric name: ``jobs_created`` -> ``jobs``, an export or import
    flow -> ``trade``, ``warehouse_area`` -> ``building_area``, ``officials_sanctioned`` -> ``people``, a rate
    ``<metric>_per_<unit>`` -> the measure of ``<metric>``; unknown names -> ``other``."""
    metric = metric.split("_per_", 1)[0]
    if metric in MEASURES:
        return metric
    if metric in _RENAMED:
        return _RENAMED[metric]
    if metric.endswith("_sanctioned"):
        return "people"
    return next((measure for prefix, measure in _PREFIXES if metric.startswith(prefix)), "other")
