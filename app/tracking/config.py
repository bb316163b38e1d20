"""Which providers are on, with which keys, and which carrier goes to which provider.

Keys live in the OS keyring (service ``ShipProof``), never in the database or logs. With
``SHIPPROOF_PROVIDER_BASE_URL`` set, every provider points at the carrier simulator with
its test keys instead, so the whole path runs exactly as in production.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from functools import cache
from typing import Any

import keyring
from keyring.errors import KeyringError
from sqlalchemy.orm import Session

from app.logs import register_secret
from app.paths import resource
from app.storage.models import Setting
from app.storage.setting_keys import ROUTES_SETTING
from app.tracking.providers.base import Provider
from app.tracking.providers.registry import PROVIDERS, connect
from app.tracking.simulator import TEST_KEYS
from app.yaml_text import load_yaml

log = logging.getLogger(__name__)
KEYRING_SERVICE = "ShipProof"
SIMULATOR_ENV = "SHIPPROOF_PROVIDER_BASE_URL"


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


@cache
def _keyring_unavailable(reason: str) -> None:
    """Said once per run and reason, not once per key of every provider."""
    log.warning("the system keyring is unavailable, providers that need a key stay off: %s", reason)


def _secret(name: str) -> str | None:
    try:
        value: str | None = keyring.get_password(KEYRING_SERVICE, name)
    except KeyringError as error:  # no keyring backend on this machine: the provider stays off
        _keyring_unavailable(str(error) or type(error).__name__)
        return None
    if value:
        register_secret(value)
    return value


def providers(environ: dict[str, str] | None = None) -> dict[str, Provider]:
    """The providers that can be used now (a missing key leaves its provider off)."""
    environ = dict(os.environ) if environ is None else environ
    simulator = environ.get(SIMULATOR_ENV, "").rstrip("/")
    if simulator:
        return {name: connect(name, TEST_KEYS[name], f"{simulator}/{name}") for name in PROVIDERS}
    found: dict[str, Provider] = {}
    for name, info in PROVIDERS.items():
        secrets = {secret: _secret(f"{name}:{secret}") or "" for secret in info.secrets}
        if all(secrets.values()):
            found[name] = connect(name, secrets)
    return found
