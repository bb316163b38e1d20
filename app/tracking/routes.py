"""Which carrier goes to which tracking provider, under which code: shipped data
(``app/resources/carriers/provider_routes.yaml``) with the shop's own routes laid over it.

Kept apart from :mod:`app.tracking.config` (the providers and their keys): the alert rules
and the Today page need the routes at start-up, and need neither the keyring nor httpx.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from app.paths import resource
from app.storage.models import Setting
from app.storage.setting_keys import ROUTES_SETTING
from app.yaml_text import load_yaml


@dataclass(frozen=True)
class Route:
    provider: str
    code: str | None  # the provider's code for the carrier
    phone: bool = False  # the provider needs the recipient's phone for this carrier


@dataclass(frozen=True)
class Routing:
    default: str
    routes: dict[str, Route]

    def route(self, carrier: str | None) -> Route:
        return self.routes.get(carrier or "", Route(self.default, None))


@cache
def _shipped_routes() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(
        resource("carriers", "provider_routes.yaml").read_text(encoding="utf-8")
    )
    return data


def routing(session: Session | None = None) -> Routing:
    """The shipped routing, with the shop's own (setting ``provider_routes``) laid over it.

    The setting has the file's shape, e.g. ``{"routes": {"sf": {"provider": "17track"}}}``
    to send SF parcels to 17TRACK, or ``{"default": "aftership"}``.
    """
    raw = _shipped_routes()
    default, specs = str(raw["default"]), dict(raw.get("routes") or {})
    own = session.get(Setting, ROUTES_SETTING) if session is not None else None
    if own is not None:
        overrides = json.loads(own.value)
        default = str(overrides.get("default", default))
        specs.update(overrides.get("routes") or {})
    routes = {
        carrier: Route(str(spec["provider"]), spec.get("code"), bool(spec.get("phone", False)))
        for carrier, spec in specs.items()
    }
    return Routing(default, routes)
