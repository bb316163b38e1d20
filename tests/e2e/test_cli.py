"""End to end through the ``shipproof`` command line, as a script or a later issue uses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.cli import shipproof
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.taobao import ITEMS, ORDERS, write_pair


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_import_then_list_as_json(home: Path, tmp_path: Path) -> None:
    files = write_pair(tmp_path, ORDERS, ITEMS)
    done = shipproof(home, "import", *map(str, files), "--json")
    assert done.returncode == 0, done.stderr
    [report] = json.loads(done.stdout)["files"]
    assert {
        key: report[key]
        for key in (
            "platform",
            "rows",
            "orders_new",
            "orders_updated",
            "orders_unchanged",
            "lines",
            "errors",
        )
    } == {
        "platform": "taobao",
        "rows": 7,
        "orders_new": 3,
        "orders_updated": 0,
        "orders_unchanged": 0,
        "lines": 4,
        "errors": [],
    }
    listed = json.loads(shipproof(home, "orders", "--json", "--status", "awaiting_dispatch").stdout)
    assert [order["order_id"] for order in listed] == ["3312530001234567890"]
    order = listed[0]
    assert set(order) >= {
        "platform",
        "store",
        "order_id",
        "status",
        "platform_status",
        "recipient",
        "lines",
        "total",
        "currency",
        "created_at",
        "paid_at",
        "dispatch_by",
        "carrier",
        "tracking_number",
        "buyer_note",
        "seller_note",
    }
    assert order["recipient"]["city"] == "杭州市"
    assert order["lines"][0] == {
        "sku": "CUP-BLUE",
        "barcode": None,
        "title": "青花瓷茶杯",
        "variant": "颜色分类:蓝色;容量:300ml",
        "quantity": 2,
        "unit_price": "38.00",
    }
    found = json.loads(shipproof(home, "orders", "--json", "--search", "13900139000").stdout)
    assert [order["order_id"] for order in found] == ["3312530001234567891"]


def test_dry_run_writes_nothing(home: Path, tmp_path: Path) -> None:
    path = write_export(
        tmp_path / "e.csv",
        order_rows("#1", "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")]),
    )
    done = shipproof(home, "import", str(path), "--dry-run", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["files"][0]["orders_new"] == 1
    assert json.loads(shipproof(home, "orders", "--json").stdout) == []


def test_not_an_export_fails_with_a_message_on_stderr(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("hello,world\n1,2\n", encoding="utf-8")
    done = shipproof(home, "import", str(path))
    assert done.returncode == 1
    assert "not an order export" in done.stderr


def test_usage_errors_exit_2(home: Path) -> None:
    assert shipproof(home, "import").returncode == 2
    assert shipproof(home, "orders", "--status", "lost").returncode == 2
    assert shipproof(home, "frobnicate").returncode == 2


def test_missing_file_and_unknown_platform_fail_cleanly(home: Path, tmp_path: Path) -> None:
    done = shipproof(home, "import", str(tmp_path / "nope.csv"))
    assert done.returncode == 1 and "no such file" in done.stderr
    path = write_export(
        tmp_path / "e.csv",
        order_rows("#1", "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")]),
    )
    done = shipproof(home, "import", str(path), "--platform", "myspace")
    assert done.returncode == 1 and "no profile" in done.stderr


def test_version(home: Path) -> None:
    done = shipproof(home, "--version")
    assert done.returncode == 0 and done.stdout.startswith("shipproof ")


def test_demo_shop_is_created_once(home: Path) -> None:
    first = shipproof(home, "demo", "--no-gui", "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["created"] is True
    again = json.loads(shipproof(home, "demo", "--no-gui", "--json").stdout)
    assert again["created"] is False
    orders = json.loads(
        shipproof(home, "--db", f"sqlite:///{home}/demo/shipproof.db", "orders", "--json").stdout
    )
    platforms = {order["platform"] for order in orders}
    assert {"taobao", "shopify"} <= platforms
    assert any("市" in (order["recipient"]["city"] or "") for order in orders)


def test_demo_shop_comes_with_live_tracking_and_alerts(home: Path) -> None:
    assert shipproof(home, "demo", "--no-gui").returncode == 0
    db = ["--db", f"sqlite:///{home}/demo/shipproof.db"]
    alerts = json.loads(shipproof(home, *db, "alerts", "--json").stdout)
    assert {"stalled", "no_tracking_info", "delivery_exception"} <= {
        alert["rule"] for alert in alerts
    }
    verified = json.loads(shipproof(home, *db, "verify", "--json").stdout)
    assert all(chain["ok"] and chain["records"] for chain in verified["chains"])
