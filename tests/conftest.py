"""Shared fixtures: a fresh migrated database per test, the shop a module stocks in it, one
PostgreSQL server per run; Qt forced offscreen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SHIPPROOF_DB", None)
os.environ.pop("SHIPPROOF_HOME", None)
# The note of a chosen data folder lives in the user's config folder: never the real one here.
os.environ["SHIPPROOF_CONFIG_DIR"] = tempfile.mkdtemp(prefix="shipproof-config-")

from app.storage import Database, open_database
from tests.helpers.postgres import private_server


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A new SQLite database in a temp folder, migrated to head."""
    db = open_database(f"sqlite:///{(tmp_path / 'shop.db').as_posix()}")
    yield db
    db.dispose()


@pytest.fixture
def shop(request: pytest.FixtureRequest, database: Database, tmp_path: Path) -> Database:
    """The shop a test works on: ``database`` stocked by the builder its module names with
    ``pytestmark = pytest.mark.shop(stocked_by=builder)``, so each module says what its shop
    holds and every test finds the one fixture here."""
    marker = request.node.get_closest_marker("shop")
    if marker is None:
        raise pytest.UsageError(
            f"{request.node.nodeid} asks for a shop: mark its module "
            "pytest.mark.shop(stocked_by=builder)"
        )
    marker.kwargs["stocked_by"](database, tmp_path)
    return database


@pytest.fixture(autouse=True)
def no_chosen_data_folder() -> Iterator[None]:
    """A test that moves the shop leaves no chosen folder behind for the next test."""
    yield
    from app.paths import location_file

    location_file().unlink(missing_ok=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """One PostgreSQL server for the whole run, for the tests that prove the core runs there."""
    with private_server() as url:
        yield url
