"""Shopify numbers each store's orders #1001 up: an id alone names an order only within
its store. Found in review: packs and slips took the first order of that id, so a pack
chosen on one store's row could print the other store's buyer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.evidence.files import write_packs
from app.orders.query import AmbiguousOrder
from app.paper.slips import load_orders
from app.storage import Database
from app.storage.models import Order, Store
from tests.helpers.orders import run_import
from tests.helpers.shop import add_store
from tests.helpers.shopify import order_rows, write_export

CREATED = "2026-12-03 12:00:00 +0800"


def two_stores_one_id(database: Database, tmp_path: Path) -> None:
    for store, buyer in (("EU store", "Anna Euro"), ("US store", "Bob States")):
        records = order_rows("#1001", CREATED, [(1, "Teapot", "30.00", "POT")])
        records[0]["Shipping Name"] = buyer
        if store == "US store":
            add_store(database, "shopify", store)
        run_import(database, write_export(tmp_path / f"{store}.csv", records), store=store)


pytestmark = pytest.mark.shop(stocked_by=two_stores_one_id)


def _pk(shop: Database, store: str) -> int:
    with shop.session() as session:
        pk = session.scalar(
            select(Order.id).join(Store).where(Order.order_id == "#1001", Store.name == store)
        )
        assert pk is not None
        return pk


def test_a_pack_is_for_the_order_its_row_chose(shop: Database, tmp_path: Path) -> None:
    us = _pk(shop, "US store")
    [pack] = write_packs(shop, [us], tmp_path / "us.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(pack.file).pages)
    assert "Bob States" in text and "Anna Euro" not in text
    [order] = load_orders(shop, [us])
    assert order.recipient_name == "Bob States"


def test_an_id_two_stores_hold_is_refused_unless_the_store_is_named(
    shop: Database, tmp_path: Path
) -> None:
    with pytest.raises(AmbiguousOrder, match="EU store, US store"):
        write_packs(shop, ["#1001"], tmp_path / "which.pdf")
    with pytest.raises(AmbiguousOrder):
        load_orders(shop, ["#1001"])
    assert not (tmp_path / "which.pdf").exists()
    [order] = load_orders(shop, ["#1001"], store="EU store")
    assert order.recipient_name == "Anna Euro"


def test_a_batch_of_both_writes_a_file_for_each(shop: Database, tmp_path: Path) -> None:
    """Found in review: both packs were named evidence-1001-no-parcel.pdf, so the second
    replaced the first and the batch said two were written."""
    packs = write_packs(shop, [_pk(shop, "EU store"), _pk(shop, "US store")], tmp_path / "out")
    files = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert len(files) == 2 and {pack.file.name for pack in packs} == set(files)
    assert files == [
        "evidence-_1001-shopify-EU_store-no-parcel.pdf",
        "evidence-_1001-shopify-US_store-no-parcel.pdf",
    ]
