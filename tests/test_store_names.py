"""Stores are renamed in Settings: orders stay with the store, and the chains agree."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app import shop as shop_settings
from app.chains import verify_all
from app.evidence.consistency import verify_orders
from app.storage import Database
from app.storage.facts import newest_fact
from app.storage.models import Order, Store
from tests.helpers.orders import database_bytes, run_import
from tests.helpers.shop import one_dispatched_order
from tests.helpers.taobao import write_pair

pytestmark = pytest.mark.shop(stocked_by=one_dispatched_order)


def _store_of(database: Database, order_id: str) -> tuple[str, str]:
    with database.session() as session:
        order = session.scalars(select(Order).where(Order.order_id == order_id)).one()
        return order.store.platform, order.store.name


def _import_into(database: Database, tmp_path: Path, order_id: str, store: str) -> None:
    folder = tmp_path / order_id
    folder.mkdir()
    added = shop_settings.ShopSettings(added=[("taobao", store)])
    shop_settings.save(database, added, stores_only=True)  # a second store is added first
    orders = [{"订单编号": f'="{order_id}"', "订单状态": "买家已付款，等待卖家发货"}]
    items = [{"订单编号": f'="{order_id}"', "标题": "茶盘", "价格": "88.00", "购买数量": "1"}]
    [report] = run_import(database, *write_pair(folder, orders, items), store=store)
    assert report.orders_new == 1


def _rename(database: Database, **renames: str) -> None:
    settings = shop_settings.ShopSettings(
        name="Tea House",
        renames={("taobao", old): new for old, new in renames.items()},
    )
    shop_settings.save(database, settings)


def test_a_renamed_store_keeps_its_orders_and_every_chain_agrees(shop: Database) -> None:
    _rename(shop, default="天猫旗舰店")
    assert _store_of(shop, "4001") == ("taobao", "天猫旗舰店")
    with shop.session() as session:
        assert shop_stores(session) == [("taobao", "天猫旗舰店")]
        assert all(report.ok for report in verify_all(session)), verify_all(session)
        order_pk = session.scalars(select(Order.id)).one()
        fact = newest_fact(session, "order", order_pk)
        assert fact is not None and '"天猫旗舰店"' in fact.content


def test_two_stores_can_swap_names(shop: Database, tmp_path: Path) -> None:
    _import_into(shop, tmp_path, "4002", "分店")
    _rename(shop, default="主店")
    _rename(shop, 主店="分店", 分店="主店")  # in one save: each name is free once both moved
    assert _store_of(shop, "4001") == ("taobao", "分店")
    assert _store_of(shop, "4002") == ("taobao", "主店")
    with shop.session() as session:
        assert all(report.ok for report in verify_all(session))


def test_a_store_edited_outside_the_app_is_caught(shop: Database) -> None:
    with shop.engine.begin() as connection:
        connection.execute(text("UPDATE stores SET name = 'elsewhere'"))
    with shop.session() as session:
        found = verify_orders(session)
    assert found is not None and "store was changed outside the app" in found.reason
    assert "taobao/default" in found.reason and "taobao/elsewhere" in found.reason


def test_an_order_id_edited_outside_the_app_is_caught(shop: Database) -> None:
    with shop.engine.begin() as connection:
        connection.execute(text("UPDATE orders SET order_id = '4009'"))
    with shop.session() as session:
        found = verify_orders(session)
    assert found is not None and "orders.order_id was changed" in found.reason


@pytest.mark.parametrize(
    ("renames", "key"),
    [
        ({("taobao", "default"): "  "}, "store_needs_name"),
        (
            {("taobao", "default"): "x" * (shop_settings.STORE_NAME_LIMIT + 1)},
            "store_name_too_long",
        ),
        ({("taobao", "nowhere"): "主店"}, "unknown_store"),
        ({("jd", "default"): "主店"}, "unknown_store"),
    ],
)
def test_a_rename_that_cannot_be_done_changes_nothing(
    shop: Database, renames: dict[tuple[str, str], str], key: str
) -> None:
    before = database_bytes(shop)
    with pytest.raises(shop_settings.ShopSettingsError) as refused:
        shop_save(shop, renames)
    assert refused.value.key == key
    assert database_bytes(shop) == before


def test_a_name_already_taken_or_reserved_is_refused(shop: Database, tmp_path: Path) -> None:
    _import_into(shop, tmp_path, "4003", "分店")
    before = database_bytes(shop)
    with pytest.raises(shop_settings.ShopSettingsError) as taken:
        shop_save(shop, {("taobao", "default"): "分店"})
    assert taken.value.key == "store_name_taken" and taken.value.values["store"] == "分店"
    with pytest.raises(shop_settings.ShopSettingsError) as reserved:
        shop_save(shop, {("taobao", "分店"): "default"})
    assert reserved.value.key == "store_name_reserved"
    with pytest.raises(shop_settings.ShopSettingsError) as twice:
        settings = shop_settings.ShopSettings(name="Tea House", stores=[("taobao", "新店")])
        settings.renames = {("taobao", "分店"): "新店"}
        shop_settings.save(shop, settings)
    assert twice.value.key == "store_name_taken"
    assert database_bytes(shop) == before
    with shop.session() as session:
        assert {name for _, name in shop_stores(session)} == {"default", "分店"}


def test_an_unchanged_name_is_not_a_rename(shop: Database) -> None:
    with shop.session() as session:
        facts = session.scalar(text("SELECT count(*) FROM facts"))
    _rename(shop, default="default")
    _rename(shop, default=" default ")
    with shop.session() as session:
        assert session.scalar(text("SELECT count(*) FROM facts")) == facts
        assert session.scalars(select(Store.name)).all() == ["default"]


def shop_save(database: Database, renames: dict[tuple[str, str], str]) -> None:
    shop_settings.save(database, shop_settings.ShopSettings(name="Tea House", renames=renames))


def shop_stores(session: Session) -> list[tuple[str, str]]:
    return shop_settings.load(session).stores


def test_a_rename_reports_progress_and_a_cancel_changes_nothing(
    shop: Database, tmp_path: Path
) -> None:
    settings = shop_settings.ShopSettings(name="Tea House", renames={("taobao", "default"): "主店"})
    assert shop_settings.renamed_orders(shop, settings) == 1
    before = database_bytes(shop)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(shop_settings.SaveCancelled):
        shop_settings.save(shop, settings, cancel=cancel)
    assert database_bytes(shop) == before
    heard: list[int] = []
    shop_settings.save(shop, settings, progress=heard.append)
    assert heard == [1]
    assert shop_settings.renamed_orders(shop, settings) == 0  # no store has that name now


def test_a_rename_does_not_launder_an_edit_made_outside_the_app(shop: Database) -> None:
    """Found in review: the restated fact was built from the row, so a rename made an
    edited total (or a moved order) the new truth and verify passed again."""
    with shop.engine.begin() as connection:
        connection.execute(text("UPDATE orders SET total = '0.01'"))
    with shop.session() as session:
        assert verify_orders(session) is not None
    _rename(shop, default="主店")
    with shop.session() as session:
        found = verify_orders(session)
    assert found is not None and "orders.total was changed outside the app" in found.reason


def test_an_import_under_a_name_no_store_has_is_refused(shop: Database, tmp_path: Path) -> None:
    """Found in review: a script importing under a store's old name made a second store
    and every order again. A platform's first store is made by its first import; once it
    has one, a name none has is refused."""
    _rename(shop, default="主店")
    before = database_bytes(shop)
    orders = [{"订单编号": '="4001"', "订单状态": "买家已付款，等待卖家发货"}]
    items = [{"订单编号": '="4001"', "标题": "茶叶", "价格": "10.00", "购买数量": "1"}]
    [report] = run_import(shop, *write_pair(tmp_path, orders, items), store="default")
    assert report.refused and "no taobao store called default (it has 主店)" in str(
        report.errors[-1].message
    )
    assert database_bytes(shop) == before
    [again] = run_import(shop, *write_pair(tmp_path, orders, items))  # no name: its one store
    assert again.orders_unchanged == 1


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("EU\nstore", "store_name_unprintable"),
        ("EU\u200b", "store_name_unprintable"),  # a zero-width space: looks like "EU"
        ("\u202eUE", "store_name_unprintable"),  # right-to-left override
        ("DEFAULT", "store_name_taken"),  # one name to a reader, whatever its case
        ("ｄｅｆａｕｌｔ", "store_name_taken"),  # or its width
    ],
)
def test_a_name_that_reads_as_another_or_does_not_print_is_refused(
    shop: Database, name: str, key: str
) -> None:
    before = database_bytes(shop)
    with pytest.raises(shop_settings.ShopSettingsError) as refused:
        shop_settings.save(
            shop, shop_settings.ShopSettings(added=[("taobao", name)]), stores_only=True
        )
    assert refused.value.key == key
    if key == "store_name_taken":
        assert refused.value.values["store"] == "default"  # the store it reads as
    assert database_bytes(shop) == before


def test_a_store_an_old_import_named_oddly_does_not_stop_the_settings(shop: Database) -> None:
    """Found in review: a store named " EU " (imports kept the spaces) made every save fail
    and a save add a second "EU". What the shop has stays as it is."""
    with shop.engine.begin() as connection:
        connection.execute(text("INSERT INTO stores (platform, name) VALUES ('jd', ' EU ')"))
    with shop.session() as session:
        settings = shop_settings.load(session)
    settings.name = "Tea House"
    shop_settings.save(shop, settings)
    with shop.session() as session:
        assert ("jd", " EU ") in shop_stores(session)
        assert len([name for platform, name in shop_stores(session) if platform == "jd"]) == 1
