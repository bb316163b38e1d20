"""A shop database with schema objects the app did not create is named, never trusted.

The objects are added the way an attacker or a "helpful" tool would: with sqlite3 on the
shop's own file, behind the app's back.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app.selftest import check_database
from app.storage import Database
from app.storage.schema_check import SchemaObject, database_findings, quick_findings
from tests.helpers.cli import CHINA, shipproof, shop_folder

UNDO_DISPATCH = (
    "CREATE TRIGGER t_x AFTER INSERT ON scans BEGIN"
    " UPDATE orders SET status = 'awaiting' WHERE id = NEW.order_pk; END"
)


def url(database: Database) -> str:
    return str(database.engine.url)


def edit(database: Database, *statements: str) -> None:
    """Change the shop's file directly, as someone with sqlite3 would."""
    with sqlite3.connect(str(database.engine.url.database)) as connection:
        for statement in statements:
            connection.execute(statement)


def test_a_clean_shop_passes(database: Database) -> None:
    check = check_database(url(database))
    assert check.ok and check.schema is None, check.detail
    assert not quick_findings(database.engine)


def test_a_trigger_fails_the_selftest_by_name(database: Database) -> None:
    edit(database, UNDO_DISPATCH)
    check = check_database(url(database))
    assert not check.ok
    assert check.detail.startswith(
        "the shop database has objects the app did not create: trigger t_x on scans; "
        "they can change your records behind the app's back"
    )
    assert check.as_dict()["schema"] == {
        "foreign": ["trigger t_x on scans"],
        "missing": [],
        "changed": [],
    }


def test_a_view_and_an_extra_index_are_named(database: Database) -> None:
    edit(
        database,
        "CREATE VIEW v_orders AS SELECT id, status FROM orders",
        "CREATE INDEX ix_mine ON orders (recipient_name)",
    )
    check = check_database(url(database))
    assert not check.ok and check.schema is not None
    assert check.schema.foreign == (
        SchemaObject("view", "v_orders"),
        SchemaObject("index", "ix_mine", "orders"),
    )
    assert "view v_orders, index ix_mine on orders" in check.detail


def test_the_trigger_comes_first_whatever_its_name(database: Database) -> None:
    edit(database, "CREATE TABLE aaa (x)", UNDO_DISPATCH.replace("t_x", "zz"))
    findings = quick_findings(database.engine)
    assert [str(item) for item in findings.foreign] == ["trigger zz on scans", "table aaa"]


def test_a_dropped_column_is_missing_and_a_changed_one_differs(database: Database) -> None:
    edit(
        database,
        "DROP INDEX ix_orders_waybill_key",
        "ALTER TABLE orders DROP COLUMN waybill_key",
        "ALTER TABLE alerts RENAME TO alerts_old",
        "CREATE TABLE alerts AS SELECT * FROM alerts_old",  # the same names, no keys
        "DROP TABLE alerts_old",
    )
    findings = database_findings(database.engine)
    assert SchemaObject("column", "waybill_key", "orders") in findings.missing
    assert SchemaObject("index", "ix_orders_waybill_key", "orders") in findings.missing
    assert SchemaObject("column", "id", "alerts") in findings.changed  # no longer the key
    assert "the shop database lacks parts the app built: " in str(findings)
    assert quick_findings(database.engine) == findings  # the screen sent it to the full check


def test_selftest_names_the_trigger_in_both_languages(tmp_path: Path) -> None:
    home = shop_folder(tmp_path / "home", lambda shop: edit(shop, UNDO_DISPATCH))
    english = shipproof(home, "selftest")
    assert english.returncode == 1
    assert (
        "FAIL database: the shop database has objects the app did not create: "
        "trigger t_x on scans; they can change your records behind the app's back "
        "— restore a backup or remove them"
    ) in english.stdout
    chinese = shipproof(home, "selftest", lang=CHINA)
    assert "失败 数据库：店铺数据库中有并非本应用创建的对象：表 scans 上的触发器 t_x" in (
        chinese.stdout
    )


def test_other_commands_warn_on_stderr_and_still_work(tmp_path: Path) -> None:
    home = shop_folder(tmp_path / "home", lambda shop: edit(shop, UNDO_DISPATCH))
    listed = shipproof(home, "orders", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    assert listed.stderr.count("\n") == 1
    assert listed.stderr.startswith("shipproof: the shop database has objects the app did not")
    clean = shipproof(tmp_path / "clean", "orders")
    assert clean.returncode == 0 and clean.stderr == ""


def test_a_view_in_place_of_the_scan_log_is_foreign_and_the_table_missing(
    database: Database,
) -> None:
    edit(
        database,
        "ALTER TABLE scans RENAME TO scans_real",
        "CREATE VIEW scans AS SELECT * FROM scans_real",
    )
    findings = quick_findings(database.engine)
    assert findings.foreign[0] == SchemaObject("view", "scans")
    assert SchemaObject("table", "scans_real") in findings.foreign
    assert SchemaObject("table", "scans") in findings.missing
