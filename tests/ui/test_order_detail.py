"""Orders show times on the shop's clock, in the reader's language, never ISO."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.storage import Database
from app.storage.models import Order, Setting
from app.storage.setting_keys import TIMEZONE_SETTING
from app.ui.models.orders import COLUMNS, OrdersModel
from app.ui.order_detail import OrderDetail
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export

SAID = {"en": "5 Apr 2026 18:00", "zh": "2026年4月5日 18:00"}


def shanghai_order(database: Database, tmp_path: Path) -> None:
    with database.write() as session:
        session.merge(Setting(key=TIMEZONE_SETTING, value="Asia/Shanghai"))
    records = order_rows("#7001", "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")])
    run_import(database, write_export(tmp_path / "e.csv", records))


pytestmark = [pytest.mark.gui, pytest.mark.shop(stocked_by=shanghai_order)]


def test_created_reads_on_the_shops_clock(qtbot, shop: Database, language: str) -> None:
    detail = OrderDetail(shop)
    qtbot.addWidget(detail)
    with shop.session() as session:
        order = session.scalars(select(Order)).one()
        assert order.created_at is not None and "T" in order.created_at  # stored as ISO
        pk = order.id
    detail.show_order(pk)
    text = detail.toPlainText()
    assert SAID[language] in text, text
    assert "2026-04-05" not in text and "+00:00" not in text
    assert "default" not in text, "an unnamed store is the platform alone"


def test_the_orders_list_uses_the_shops_clock_too(qtbot, shop: Database) -> None:
    model = OrdersModel(shop)
    model.reload()
    created = next(i for i, column in enumerate(COLUMNS) if column[1] == "created_at")
    assert model.data(model.index(0, created)) == "2026-04-05 18:00"
