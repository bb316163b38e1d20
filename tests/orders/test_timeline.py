"""An order's story in one list: its import, the bench's scans, the carrier, the alerts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from app.alerts.engine import evaluate
from app.catalogue import translated
from app.orders.timeline import order_timeline
from app.storage import Database
from app.storage.models import Order
from tests.helpers.cli import CHINA, shipproof
from tests.helpers.shop import add_store
from tests.helpers.today import NOW, friday_morning

pytestmark = pytest.mark.shop(stocked_by=friday_morning)


def _story(shop: Database, order_id: str, lang: str) -> list[tuple[str, str]]:
    evaluate(shop, clock=lambda: NOW)  # the alerts the Friday morning raises
    with shop.session() as session:
        pk = session.scalar(select(Order.id).where(Order.order_id == order_id))
        assert pk is not None
        entries = order_timeline(session, pk, lambda ctx, text: translated(ctx, text, lang))
    assert [e.utc for e in entries] == sorted(e.utc for e in entries)  # oldest first
    return [(entry.kind, entry.text) for entry in entries]


def test_a_parcel_in_exception_tells_its_whole_story_in_order(shop: Database) -> None:
    everything = _story(shop, "#8", "en")
    assert ("import", "Imported from orders_export.csv") in everything  # at the test's own now
    assert everything[0] == ("placed", "Placed by the buyer on Shopify")  # where it begins
    story = [(kind, text) for kind, text in everything if kind not in ("import", "placed", "paid")]
    kinds = [kind for kind, _text in story]
    assert kinds[:2] == ["scan", "scan"]  # the order opened, then its label bound
    assert story[1][1].startswith("Scanned at bench-1 by Lin: ") and "73123456789045" in story[1][1]
    carrier = [text for kind, text in story if kind == "carrier"]
    assert carrier == [
        "ZTO Express 73123456789045: Picked up — picked_up",
        "ZTO Express 73123456789045: Exception — exception",
    ]
    assert "alert" in kinds and kinds.index("alert") > kinds.index("carrier")


def test_the_story_in_chinese_has_no_english_of_its_own(shop: Database) -> None:
    story = dict(_story(shop, "#8", "zh"))
    assert story["import"] == "从 orders_export.csv 导入"
    assert story["placed"] == "买家在 Shopify 下单"
    assert story["scan"].startswith("Lin 在 bench-1 扫描：订单 #8 已发货")
    assert story["carrier"] == "中通快递 73123456789045：异常 — exception"  # the carrier's words
    assert story["alert"].startswith("预警：")


def test_an_order_only_imported_has_its_platform_moments_and_the_import(shop: Database) -> None:
    kinds = [kind for kind, _text in _story(shop, "#5", "en")]
    assert kinds[0] == "placed" and kinds[-1] == "import"  # the test imports it "now"
    assert set(kinds) <= {"placed", "paid", "import"}


def test_the_command_line_prints_it_on_the_shops_clock(shop: Database, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    said = shipproof(tmp_path, "--db", db, "timeline", "#6", lang=CHINA)
    assert said.returncode == 0, said.stderr
    [delivered] = [line for line in said.stdout.splitlines() if "已签收" in line]
    assert re.match(r"2026年12月2日 10:00 +中通快递 73123456789023：已签收", delivered)
    listed = json.loads(shipproof(tmp_path, "--db", db, "timeline", "#6", "--json").stdout)
    [event] = [e for e in listed if e["kind"] == "carrier" and "delivered" in e["text"]]
    assert event["utc"] == "2026-12-02T02:00:00+00:00"
    missing = shipproof(tmp_path, "--db", db, "timeline", "#404", lang=CHINA)
    assert missing.returncode == 1 and missing.stderr.strip() == "shipproof: 找不到订单：#404"


def test_an_id_two_stores_share_asks_which_store(shop: Database, tmp_path: Path) -> None:
    from app.orders.importer import ImportOptions, import_files
    from tests.helpers.shopify import order_rows, write_export

    other = write_export(
        tmp_path / "eu.csv", order_rows("#6", "2026-12-03 12:00:00 +0800", [(1, "Pot", "3", "P")])
    )
    add_store(shop, "shopify", "EU store")
    assert import_files(shop, [other], ImportOptions(store="EU store"))[0].orders_new == 1
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    asked = shipproof(tmp_path, "--db", db, "timeline", "#6", lang=CHINA)
    assert asked.returncode == 1
    assert (
        asked.stderr.strip()
        == "shipproof: 订单 #6 在多个店铺中（EU store, default）：请加上 --store"
    )
    chosen = shipproof(tmp_path, "--db", db, "timeline", "#6", "--store", "EU store", "--json")
    assert [entry["kind"] for entry in json.loads(chosen.stdout)] == ["placed", "paid", "import"]
