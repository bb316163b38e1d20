"""The label a station bound shows with its order: in the Orders list and in the detail."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.storage import Database
from app.storage.models import Order
from app.ui.models.orders import COLUMNS, OrdersModel
from app.ui.order_detail import OrderDetail
from tests.helpers.today import friday_morning

pytestmark = [pytest.mark.gui, pytest.mark.shop(stocked_by=friday_morning)]

TRACKING = next(i for i, column in enumerate(COLUMNS) if column[1] == "tracking_number")
SAID = {
    "en": ("ZTO Express 73123456789012", "Packed at the station", "3 Dec 2026 15:00", "Picked up"),
    "zh": ("中通快递 73123456789012", "打包台已打包", "2026年12月3日 15:00", "已揽收"),
}


def test_the_list_and_the_detail_show_the_bound_label(qtbot, shop: Database, language: str) -> None:
    model = OrdersModel(shop)
    model.reload()
    shown = {
        model.row_at(row).order_id: model.data(model.index(row, TRACKING))
        for row in range(model.rowCount())
    }
    listed, heading, dispatched, status = SAID[language]
    assert shown["#4"] == listed
    assert shown["#1"] == ""  # nothing bound, and the export said no waybill
    detail = OrderDetail(shop)
    qtbot.addWidget(detail)
    with shop.session() as session:
        pk = session.scalars(select(Order.id).where(Order.order_id == "#4")).one()
    detail.show_order(pk)
    text = detail.toPlainText()
    for said in (heading, "73123456789012", dispatched, "bench-1", "Lin", status):
        assert said in text, (said, text)
