"""The Orders search finds what a buyer or a packer says: a product's title, a bound label."""

from __future__ import annotations

import pytest

from app.orders.query import OrderFilter, count_orders, order_page
from app.storage import Database
from tests.helpers.today import friday_morning

pytestmark = pytest.mark.shop(stocked_by=friday_morning)


def found(shop: Database, text: str) -> list[str]:
    with shop.session() as session:
        rows = order_page(session, OrderFilter(search=text), 0, 50, "order_id", False)
        assert count_orders(session, OrderFilter(search=text)) == len(rows)
    return [row.order_id for row in rows]


def test_a_title_finds_its_orders_whatever_its_case(shop: Database) -> None:
    assert found(shop, "TEA #4") == ["#4"]  # the line's title is "Tea #4"
    assert len(found(shop, "tea")) == 8


def test_a_label_bound_at_the_station_finds_its_order(shop: Database) -> None:
    """The platform's export never carried it: the station bound it after the import."""
    assert found(shop, "73123456789012") == ["#4"]
    assert found(shop, "7312345678904") == ["#8"]  # part of it, as a packer reads it out
