"""The schema comes from Alembic, matches the models, and SQLite gets its pragmas."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.storage import Database, open_database
from app.storage.migrate import current_revision, head_revision
from app.storage.models import Base


def test_migrations_build_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], "a model changed without a migration: add one with alembic"


def test_opening_twice_is_harmless_and_at_head(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_database(url).dispose()
    database = open_database(url)
    assert current_revision(database.engine) == head_revision()
    database.dispose()


def test_sqlite_pragmas(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15_000


def test_the_head_read_from_the_files_is_alembics(database: Database) -> None:
    from alembic.script import ScriptDirectory

    from app.storage.migrate import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
    with database.engine.connect() as connection:
        assert current_revision(database.engine) == (
            MigrationContext.configure(connection).get_current_revision()
        )


def test_0006_keys_the_waybills_of_orders_imported_before_it(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine, text

    from app.storage.migrate import alembic_config

    url = f"sqlite:///{(tmp_path / 'old.db').as_posix()}"
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.execute(text("INSERT INTO stores (id, platform, name) VALUES (1, 'jd', 's')"))
        connection.execute(
            text(
                "INSERT INTO orders (id, store_id, order_id, status, platform_status,"
                " recipient_masked, search_text, tracking_number)"
                " VALUES (1, 1, 'A', 'awaiting_dispatch', '', 0, '', 'jd 0012-3456 789')"
            )
        )
    engine.dispose()
    database = open_database(url)
    with database.engine.connect() as connection:
        key = connection.execute(text("SELECT waybill_key FROM orders")).scalar()
    database.dispose()
    assert key == "JD00123456789"
