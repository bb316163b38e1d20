"""The order detail ends with what happened to the order, in the user's language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.storage import Database
from app.storage.models import Order
from app.ui.order_detail import OrderDetail
from tests.helpers.today import friday_morning

pytestmark = pytest.mark.shop(stocked_by=friday_morning)
SAID = {
    "en": ("What happened", "Scanned at bench-1 by Lin", "ZTO Express 73123456789023: Delivered"),
    "zh": ("经过", "Lin 在 bench-1 扫描", "中通快递 73123456789023：已签收"),
}


def test_the_detail_tells_the_orders_story(qtbot: QtBot, shop: Database, language: str) -> None:
    detail = OrderDetail(shop)
    qtbot.addWidget(detail)
    with shop.session() as session:
        pk = session.scalar(select(Order.id).where(Order.order_id == "#6"))
    assert pk is not None
    detail.show_order(pk)
    text = detail.toPlainText()
    heading, scan, delivered = SAID[language]
    assert heading in text and scan in text and delivered in text
    assert text.index(scan) < text.index(delivered)  # oldest first
