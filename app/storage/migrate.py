"""Apply Alembic migrations at start, copying a SQLite file aside before it is upgraded."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    """An Alembic configuration that needs no alembic.ini on disk (works frozen too)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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
        shutil.copy2(source, backup)
        log.info("copied %s to %s before migrating from %s", source, backup, current)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
