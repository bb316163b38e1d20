"""Re-imports: idempotent, every change recorded, nothing the file does not say erased."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.orders import normalize, upsert
from app.storage import Database
from app.storage.models import Fact, ImportBatch, Order, OrderBatch, OrderChange, OrderLine
from app.storage.types import chain_time
from tests.helpers.orders import database_bytes, orders_by_id, run_import
from tests.helpers.shop import add_store
from tests.helpers.shopify import order_rows, write_export

CREATED = "2026-04-05 10:00:00 +0000"


def export(path: Path, **first: str) -> Path:
    records = order_rows(
        "#1", CREATED, [(1, "Cup", "5.00", "CUP"), (2, "Lid", "1.00", "LID")], **first
    )
    records += order_rows("#2", CREATED, [(1, "Pot", "30.00", "POT")])
    return write_export(path, records)


def counts(database: Database) -> tuple[int, ...]:
    with database.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Order, OrderLine, OrderChange, ImportBatch)
        )


def test_reimporting_the_same_file_creates_nothing_new(database: Database, tmp_path: Path) -> None:
    path = export(tmp_path / "a.csv")
    [first] = run_import(database, path)
    [second] = run_import(database, path)
    assert (
        first.orders_new,
        second.orders_new,
        second.orders_updated,
        second.orders_unchanged,
    ) == (2, 0, 0, 2)
    assert counts(database) == (2, 3, 0, 2)  # orders, lines, changes, batches
    with database.session() as session:
        effects = session.execute(
            select(OrderBatch.batch_id, OrderBatch.effect).order_by(OrderBatch.batch_id)
        ).all()
    assert [effect for _batch, effect in effects] == ["new", "new", "unchanged", "unchanged"]


def test_changes_are_applied_and_remembered(database: Database, tmp_path: Path) -> None:
    run_import(database, export(tmp_path / "a.csv"))
    [report] = run_import(
        database,
        export(
            tmp_path / "b.csv", **{"Fulfillment Status": "fulfilled", "Shipping City": "Oldtown"}
        ),
    )
    assert (report.orders_updated, report.orders_unchanged) == (1, 1)
    order = orders_by_id(database)["#1"]
    assert (order["status"], order["recipient"]["city"]) == ("dispatched", "Oldtown")
    with database.session() as session:
        changes = {
            row.field: (row.old_value, row.new_value, row.batch_id)
            for row in session.scalars(select(OrderChange))
        }
    assert changes == {
        "status": ("awaiting_dispatch", "dispatched", report.batch_id),
        "platform_status": ("paid / unfulfilled", "paid / fulfilled", report.batch_id),
        "recipient_city": ("Newtown", "Oldtown", report.batch_id),
    }


def test_changed_lines_replace_the_old_ones_with_history(
    database: Database, tmp_path: Path
) -> None:
    run_import(database, export(tmp_path / "a.csv"))
    records = order_rows("#1", CREATED, [(3, "Cup", "5.00", "CUP")])
    run_import(database, write_export(tmp_path / "b.csv", records))
    assert [(line["sku"], line["quantity"]) for line in orders_by_id(database)["#1"]["lines"]] == [
        ("CUP", 3)
    ]
    with database.session() as session:
        change = session.scalars(select(OrderChange).where(OrderChange.field == "lines")).one()
    assert (change.old_value, change.new_value) == ("CUP ×1; LID ×2", "CUP ×3")


def test_an_older_export_never_moves_an_order_back(database: Database, tmp_path: Path) -> None:
    run_import(database, export(tmp_path / "new.csv", **{"Fulfillment Status": "fulfilled"}))
    [report] = run_import(database, export(tmp_path / "old.csv"))
    assert orders_by_id(database)["#1"]["status"] == "dispatched"
    assert report.orders_updated == 0


def test_cancellation_always_applies(database: Database, tmp_path: Path) -> None:
    run_import(database, export(tmp_path / "a.csv", **{"Fulfillment Status": "fulfilled"}))
    run_import(database, export(tmp_path / "b.csv", **{"Cancelled at": CREATED}))
    assert orders_by_id(database)["#1"]["status"] == "cancelled"


def test_empty_cells_and_masked_values_do_not_erase_what_is_known(
    database: Database, tmp_path: Path
) -> None:
    run_import(database, export(tmp_path / "a.csv"))
    run_import(
        database,
        export(tmp_path / "b.csv", **{"Shipping Phone": "", "Shipping Name": "M*** E****"}),
    )
    recipient = orders_by_id(database)["#1"]["recipient"]
    assert (recipient["phone"], recipient["name"], recipient["masked"]) == (
        "+353 1 555 0101",
        "Mia Example",
        False,
    )


def test_a_crash_halfway_leaves_the_database_untouched(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_import(database, export(tmp_path / "a.csv"))
    before = database_bytes(database)
    real = upsert._update_known

    def crash(*args: object, **kwargs: object) -> None:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise OSError("disk unplugged")

    monkeypatch.setattr(upsert, "_update_known", crash)
    with pytest.raises(OSError):
        run_import(database, export(tmp_path / "b.csv", **{"Shipping City": "Elsewhere"}))
    assert database_bytes(database) == before


def test_dry_run_reports_but_writes_nothing(database: Database, tmp_path: Path) -> None:
    before = database_bytes(database)
    [report] = run_import(database, export(tmp_path / "a.csv"), dry_run=True)
    assert (report.orders_new, report.batch_id) == (2, None)
    assert database_bytes(database) == before


def test_stores_keep_orders_apart(database: Database, tmp_path: Path) -> None:
    path = export(tmp_path / "a.csv")
    run_import(database, path, store="EU shop")  # the platform's first store: made by it
    add_store(database, "shopify", "US shop")
    [report] = run_import(database, path, store="US shop")
    assert report.orders_new == 2
    [refused] = run_import(database, path)
    assert refused.refused and "--store" in refused.errors[-1].message


def test_every_fact_of_one_import_carries_the_batch_s_time(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written chunk by chunk, one import's facts still say one moment: its batch's."""
    monkeypatch.setattr(normalize, "CHUNK", 2)  # five orders: three chunks, three upserts
    records = []
    for number in range(1, 6):
        records += order_rows(f"#{number}", CREATED, [(1, "Cup", "5.00", "CUP")])
    [report] = run_import(database, write_export(tmp_path / "orders_export.csv", records))
    with database.session() as session:
        imported = session.get_one(ImportBatch, report.batch_id).imported_utc
        contents = session.scalars(select(Fact.content).where(Fact.kind == "order")).all()
    moments = {json.loads(content)["recorded_utc"] for content in contents}
    assert len(contents) == 5
    assert moments == {chain_time(imported)}
