"""Shopify orders export: continuation rows, store offsets, apostrophe zips, notes with newlines."""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.helpers.orders import orders_by_id, run_import
from tests.helpers.shopify import order_rows, write_export


def test_continuation_rows_form_one_order_with_every_line(
    database: Database, tmp_path: Path
) -> None:
    records = order_rows(
        "#1001",
        "2026-04-05 21:06:21 +0400",
        [
            (2, "Blue Mug", "10.00", "MUG-BLU"),
            (1, "Red Mug", "12.50", "MUG-RED"),
            (1, "Lid", "0.00", ""),
        ],
        Notes="Ring twice\nthen wait",
    )
    records += order_rows("#1002", "2026-04-06 08:00:00 +0400", [(1, "Teapot", "30", "POT-1")])
    path = write_export(tmp_path / "orders_export.csv", records)

    [report] = run_import(database, path)

    assert (report.platform, report.rows, report.orders_new, report.lines) == ("shopify", 4, 2, 4)
    assert report.errors == []
    order = orders_by_id(database)["#1001"]
    assert order["status"] == "awaiting_dispatch"
    assert order["platform_status"] == "paid / unfulfilled"
    assert order["created_at"] == "2026-04-05T21:06:21+04:00"
    assert order["buyer_note"] == "Ring twice\nthen wait"
    assert order["recipient"]["postcode"] == "0812"
    assert order["recipient"]["province"] == "Dublin"
    assert (order["total"], order["currency"]) == ("42.50", "EUR")
    assert [(line["sku"], line["quantity"], line["unit_price"]) for line in order["lines"]] == [
        ("MUG-BLU", 2, "10.00"),
        ("MUG-RED", 1, "12.50"),
        (None, 1, "0.00"),
    ]


def test_statuses_follow_financial_and_fulfillment_status(
    database: Database, tmp_path: Path
) -> None:
    cases = {
        "#1": {"Financial Status": "pending"},
        "#2": {"Financial Status": "paid", "Fulfillment Status": "fulfilled"},
        "#3": {"Financial Status": "refunded"},
        "#4": {"Financial Status": "paid", "Cancelled at": "2026-04-07 10:00:00 +0400"},
        "#5": {"Financial Status": "partially_refunded", "Fulfillment Status": "unfulfilled"},
    }
    records = []
    for name, columns in cases.items():
        records += order_rows(
            name, "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")], **columns
        )
    run_import(database, write_export(tmp_path / "s.csv", records))

    statuses = {name: order["status"] for name, order in orders_by_id(database).items()}
    assert statuses == {
        "#1": "unpaid",
        "#2": "dispatched",
        "#3": "refunded",
        "#4": "cancelled",
        "#5": "refunding",
    }
