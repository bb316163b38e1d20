"""The carrier's thresholds an evidence pack judges by — a silence this long is a stall,
delivery slower than this after dispatch is late — read from
``app/resources/evidence/rules.yaml``. The Today page's on-time rate uses the same promise,
so a pack and the page never call one parcel both late and on time."""

from __future__ import annotations

from functools import cache

from app.paths import resource
from app.yaml_text import load_yaml


@cache
def rules() -> dict[str, int]:
    """``carrier_silence_hours`` and ``promised_transit_hours``."""
    data: dict[str, int] = load_yaml(resource("evidence", "rules.yaml").read_text(encoding="utf-8"))
    return data
