"""Apply Alembic migrations at start, copying a SQLite file aside before it is upgraded.

Alembic itself is imported only when an upgrade is due: importing it (and Mako behind it)
cost 0.2 s of every start of the app and of every command, to learn what the migration
files and the ``alembic_version`` table say directly.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from app.storage.online_copy import online_copy

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
# Alembic's ``context`` and ``op`` are module globals: two upgrades at once in one process
# (the daily backup's schema check in a worker while a database opens) tear each other's
# down mid-run. Every upgrade holds this lock.
ALEMBIC_LOCK = threading.RLock()
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


REVISION = re.compile(r"""^revision\b[^=\n]*=\s*["']([^"']+)["']""", re.MULTILINE)
DOWN_REVISION = re.compile(
    r"""^down_revision\b[^=\n]*=\s*(?:["']([^"']+)["']|None)""", re.MULTILINE
)


def alembic_config() -> Config:
    """An Alembic configuration that needs no alembic.ini on disk (works frozen too)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    """Every revision this app's migrations know (a newer app's would be missing)."""
    return _revisions()[0]


def head_revision() -> str:
    """The one revision no other revises, read from the files' own header lines.

    A test checks it against Alembic's own answer.
    """
    revisions, parents = _revisions()
    heads = revisions - parents
    assert len(heads) == 1, f"the migrations must have one head, not {sorted(heads)}"
    return heads.pop()


def _revisions() -> tuple[set[str], set[str]]:
    """(every revision, every revision that another one revises)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = REVISION.search(source), DOWN_REVISION.search(source)
        assert revision and down, f"{path.name}: no revision line"
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    return revisions, parents


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        version = connection.execute(text("SELECT version_num FROM alembic_version"))
        return version.scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Upgrade the schema to the newest revision; a SQLite file is copied aside first."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    database_file = engine.url.database
    if current is not None and engine.dialect.name == "sqlite" and database_file:
        source = Path(database_file)
        backup = source.with_name(f"{source.name}.before-{head}")
        online_copy(source, backup)  # never a file copy: see online_copy's module
        log.info("copied %s to %s before migrating from %s", source, backup, current)
    from alembic import command

    config = alembic_config()
    with ALEMBIC_LOCK, engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
