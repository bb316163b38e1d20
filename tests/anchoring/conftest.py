"""A private TSA per test, the PEM file of the CA that issued its certificate, and a shop
whose chains have heads to anchor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.tsa import Authority, PrivateTsa, TsaServer


@pytest.fixture
def authority() -> Authority:
    return Authority.make("Test")


@pytest.fixture
def tsa(authority: Authority) -> Iterator[TsaServer]:
    server = TsaServer(PrivateTsa(authority))
    yield server
    server.close()


@pytest.fixture
def ca_file(authority: Authority, tmp_path: Path) -> Path:
    return authority.ca_pem(tmp_path)
