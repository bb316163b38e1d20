"""A file no built-in profile knows (a Kuaishou-style export) mapped by hand, saved, reused."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.orders.mapping import (
    MappingError,
    distinct_values,
    make_definition,
    sample_file,
    save_user_profile,
    suggest_columns,
    suggest_statuses,
)
from app.storage import Database
from tests.helpers.exports import write_csv
from tests.helpers.mapping import HEADER, ROWS
from tests.helpers.orders import orders_by_id, run_import


@pytest.fixture
def kuaishou(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "kuaishou_orders.csv", HEADER, ROWS, encoding="utf-8-sig")


def test_unknown_file_is_refused_until_mapped_then_imports_and_is_recognised(
    database: Database, kuaishou: Path
) -> None:
    [refused] = run_import(database, kuaishou)
    assert refused.refused

    sample = sample_file(kuaishou)
    assert sample.headers == HEADER and len(sample.rows) == 2
    suggested = suggest_columns(sample.headers)
    assert suggested["order_id"] == "订单编号"
    assert suggested["quantity"] == "购买数量"
    assert suggested["recipient_name"] == "收件人姓名"
    columns = {name: header for name, header in suggested.items() if header}
    columns["recipient_full_address"] = "收件地址"
    columns.update(
        {"created_at": "下单时间", "unit_price": "商品单价", "title": "商品名称"}
    )  # by hand
    columns.pop("recipient_address", None)
    assert distinct_values(sample, "订单状态") == ["待发货", "已发货"]
    assert suggest_statuses(["交易成功", "something new"]) == {
        "交易成功": "completed",
        "something new": None,
    }
    definition = make_definition(
        "Kuaishou",
        "kuaishou",
        columns,
        "订单状态",
        {"待发货": "awaiting_dispatch", "已发货": "dispatched"},
        None,
        "Asia/Shanghai",
    )
    save_user_profile(database, definition)

    [report] = run_import(database, kuaishou)
    assert (report.platform, report.profile, report.orders_new, report.errors) == (
        "kuaishou",
        "Kuaishou",
        2,
        [],
    )
    orders = orders_by_id(database)
    first = orders["2026092212345678"]
    assert (first["status"], first["created_at"]) == (
        "awaiting_dispatch",
        "2026-09-22T09:15:02+08:00",
    )
    assert (
        first["recipient"]["province"],
        first["recipient"]["city"],
        first["recipient"]["district"],
    ) == ("浙江省", "杭州市", "西湖区")
    assert orders["2026092212345679"]["lines"][0]["unit_price"] == "199.00"


def test_mapping_without_a_status_column_gives_every_order_one_status(
    database: Database, kuaishou: Path
) -> None:
    definition = make_definition(
        "Plain",
        "shop",
        {"order_id": "订单编号", "quantity": "购买数量", "title": "商品名称"},
        None,
        {},
        "awaiting_dispatch",
    )
    save_user_profile(database, definition)
    [report] = run_import(database, kuaishou, platform="Plain")
    assert report.orders_new == 2
    assert {order["status"] for order in orders_by_id(database).values()} == {"awaiting_dispatch"}


@pytest.mark.parametrize(
    ("columns", "status_column", "status_map", "default", "message"),
    [
        ({"title": "商品名称"}, None, {}, "unpaid", "order_id, quantity"),
        (
            {"order_id": "订单编号", "quantity": "购买数量"},
            "订单状态",
            {"待发货": "lost"},
            None,
            "every value",
        ),
        (
            {"order_id": "订单编号", "quantity": "购买数量"},
            None,
            {},
            None,
            "status every order has",
        ),
    ],
)
def test_incomplete_mappings_are_explained(
    columns: dict[str, str],
    status_column: str | None,
    status_map: dict[str, str],
    default: str | None,
    message: str,
) -> None:
    with pytest.raises(MappingError, match=message):
        make_definition("X", "x", columns, status_column, status_map, default)


def test_a_user_profile_cannot_shadow_a_built_in_one(database: Database) -> None:
    definition = make_definition(
        "shopify", "shopify", {"order_id": "Name", "quantity": "Qty"}, None, {}, "unpaid"
    )
    with pytest.raises(MappingError, match="built-in"):
        save_user_profile(database, definition)
