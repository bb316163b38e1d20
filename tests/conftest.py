"""Shared fixtures: a fresh migrated database per test, Qt forced offscreen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SHIPPROOF_DB", None)
os.environ.pop("SHIPPROOF_HOME", None)
# The note of a chosen data folder lives in the user's config folder: never the real one here.
os.environ["SHIPPROOF_CONFIG_DIR"] = tempfile.mkdtemp(prefix="shipproof-config-")

from app.storage import Database, open_database

SHOP_ZONE = ZoneInfo("Europe/London")


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A new SQLite database in a temp folder, migrated to head."""
    db = open_database(f"sqlite:///{(tmp_path / 'shop.db').as_posix()}")
    yield db
    db.dispose()


@pytest.fixture(autouse=True)
def no_chosen_data_folder() -> Iterator[None]:
    """A test that moves the shop leaves no chosen folder behind for the next test."""
    yield
    from app.paths import location_file

    location_file().unlink(missing_ok=True)
