"""Which providers are on, and with which keys (which carrier goes to which provider is
:mod:`app.tracking.routes`).

Keys live in the OS keyring (service ``ShipProof``), never in the database or logs. With
``SHIPPROOF_PROVIDER_BASE_URL`` set, every provider points at the carrier simulator with
its test keys instead, so the whole path runs exactly as in production.
"""

from __future__ import annotations

import logging
import os
from functools import cache

import keyring
from keyring.errors import KeyringError

from app.logs import register_secret
from app.tracking.providers.base import Provider
from app.tracking.providers.registry import PROVIDERS, connect
from app.tracking.simulator import TEST_KEYS

log = logging.getLogger(__name__)
KEYRING_SERVICE = "ShipProof"
SIMULATOR_ENV = "SHIPPROOF_PROVIDER_BASE_URL"


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
