"""A shared PostgreSQL shop with objects the app did not create is named, like a SQLite one.

On PostgreSQL the names are compared (tables, columns, indexes, views, triggers, rules):
a rule can rewrite an insert into the scan log just as a trigger can.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from app.selftest import check_database
from app.storage import Database, open_database
from app.storage.schema_check import SchemaObject, database_findings, quick_findings


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    with database.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    database.dispose()


def edit(database: Database, *statements: str) -> None:
    with database.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def test_a_clean_shared_shop_passes(pg: Database) -> None:
    assert not database_findings(pg.engine)
    assert not quick_findings(pg.engine)
    check = check_database(pg.url)
    assert check.ok, check.detail


def test_foreign_objects_are_named_and_fail_the_selftest(pg: Database) -> None:
    edit(
        pg,
        "CREATE FUNCTION undo() RETURNS trigger LANGUAGE plpgsql AS"
        " $$ BEGIN UPDATE orders SET status = 'awaiting' WHERE id = NEW.order_pk;"
        " RETURN NEW; END $$",
        "CREATE TRIGGER t_x AFTER INSERT ON scans FOR EACH ROW EXECUTE FUNCTION undo()",
        "CREATE RULE r_quiet AS ON DELETE TO alerts DO INSTEAD NOTHING",
        "CREATE VIEW v_orders AS SELECT id, status FROM orders",
        "CREATE INDEX ix_mine ON orders (recipient_name)",
        "CREATE TABLE notes (id integer PRIMARY KEY)",
    )
    findings = quick_findings(pg.engine)
    assert findings.foreign == (
        SchemaObject("trigger", "t_x", "scans"),
        SchemaObject("rule", "r_quiet", "alerts"),
        SchemaObject("view", "v_orders"),
        SchemaObject("table", "notes"),
        SchemaObject("index", "ix_mine", "orders"),
    )
    assert not findings.missing and not findings.changed
    check = check_database(pg.url)
    assert not check.ok
    assert check.detail.startswith(
        "the shop database has objects the app did not create: trigger t_x on scans, "
        "rule r_quiet on alerts, view v_orders, table notes, index ix_mine on orders; "
        "they can change your records behind the app's back"
    )


def test_a_dropped_column_is_missing(pg: Database) -> None:
    edit(pg, "ALTER TABLE orders DROP COLUMN seller_note")
    findings = quick_findings(pg.engine)
    assert findings.missing == (SchemaObject("column", "seller_note", "orders"),)
    assert not findings.foreign
