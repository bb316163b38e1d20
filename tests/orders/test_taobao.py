"""Taobao/Tmall classic export: the GBK 订单报表 + 宝贝报表 pair, joined on 订单编号."""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.orders.exports import rows_from_dicts, write_csv
from tests.orders.support import orders_by_id, run_import

ORDER_HEADER = [
    "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "买家支付积分", "总金额",
    "返点积分", "买家实际支付金额", "买家实际支付积分", "订单状态", "买家留言", "收货人姓名", "收货地址 ",
    "运送方式", "联系电话 ", "联系手机", "订单创建时间", "订单付款时间 ", "宝贝标题 ", "宝贝种类",
    "物流单号 ", "物流公司", "订单备注", "宝贝总数量", "店铺Id", "店铺名称", "订单关闭原因",
]  # fmt: skip
ITEM_HEADER = [
    "订单编号",
    "标题",
    "价格",
    "购买数量",
    "外部系统编号",
    "商品属性",
    "套餐信息",
    "备注",
    "订单状态",
    "商家编码",
]


def write_pair(
    folder: Path, orders: list[dict[str, str]], items: list[dict[str, str]]
) -> tuple[Path, Path]:
    order_file = write_csv(
        folder / "ExportOrderList202609221030.csv",
        ORDER_HEADER,
        rows_from_dicts(ORDER_HEADER, orders),
        encoding="gbk",
    )
    item_file = write_csv(
        folder / "ExportOrderDetailList202609221030.csv",
        ITEM_HEADER,
        rows_from_dicts(ITEM_HEADER, items),
        encoding="gbk",
    )
    return order_file, item_file


ORDERS = [
    {
        "订单编号": '="3312530001234567890"',
        "买家会员名": "小明同学",
        "总金额": "128.00",
        "买家实际支付金额": "118.00",
        "订单状态": "买家已付款，等待卖家发货",
        "买家留言": "请尽快发货",
        "收货人姓名": "王小明",
        "收货地址 ": "浙江省 杭州市 西湖区 文三路100号 (310012)",
        "联系手机": "'13800138000",
        "订单创建时间": "2026-09-22 09:15:02",
        "订单付款时间 ": "2026-09-22 09:16:40",
        "宝贝标题 ": "青花瓷茶杯，手绘陶瓷杯",
        "宝贝总数量": "3",
    },
    {
        "订单编号": '="3312530001234567891"',
        "订单状态": "卖家已发货,等待买家确认",
        "收货人姓名": "李华",
        "收货地址 ": "北京 北京市 朝阳区 建国路88号",
        "联系手机": "13900139000",
        "订单创建时间": "2026-09-21 20:00:00",
        "物流单号 ": '="SF1234567890123"',
        "物流公司": "顺丰速运",
    },
    {
        "订单编号": '="3312530001234567892"',
        "订单状态": "交易关闭",
        "订单创建时间": "2026-09-20 08:00:00",
    },
]
ITEMS = [
    {"订单编号": '="3312530001234567890"', "标题": "青花瓷茶杯", "价格": "38.00", "购买数量": "2", "商品属性": "颜色分类:蓝色;容量:300ml", "商家编码": "CUP-BLUE"},
    {"订单编号": '="3312530001234567890"', "标题": "手绘陶瓷杯", "价格": "52.00", "购买数量": "1", "商家编码": "CUP-HAND"},
    {"订单编号": '="3312530001234567891"', "标题": "紫砂壶", "价格": "199.00", "购买数量": "1", "商家编码": "POT-01"},
    {"订单编号": '="3312530001234567892"', "标题": "竹茶盘", "价格": "88.00", "购买数量": "1"},
]  # fmt: skip


def test_pair_is_joined_into_orders_with_lines(database: Database, tmp_path: Path) -> None:
    [report] = run_import(database, *write_pair(tmp_path, ORDERS, ITEMS))

    assert report.platform == "taobao"
    assert len(report.files) == 2
    assert (report.orders_new, report.lines, report.errors) == (3, 4, [])
    orders = orders_by_id(database)
    first = orders["3312530001234567890"]
    assert first["status"] == "awaiting_dispatch"
    assert first["platform_status"] == "买家已付款，等待卖家发货"
    assert first["created_at"] == "2026-09-22T09:15:02+08:00"
    assert (first["total"], first["currency"]) == ("118.00", "CNY")
    assert first["recipient"] == {
        "name": "王小明",
        "phone": "13800138000",
        "country": "CN",
        "province": "浙江省",
        "city": "杭州市",
        "district": "西湖区",
        "address": "文三路100号",
        "postcode": "310012",
        "masked": False,
    }
    assert [
        (line["sku"], line["title"], line["quantity"], line["unit_price"])
        for line in first["lines"]
    ] == [
        ("CUP-BLUE", "青花瓷茶杯", 2, "38.00"),
        ("CUP-HAND", "手绘陶瓷杯", 1, "52.00"),
    ]
    assert first["lines"][0]["variant"] == "颜色分类:蓝色;容量:300ml"
    second = orders["3312530001234567891"]
    assert (second["status"], second["tracking_number"], second["carrier"]) == (
        "dispatched",
        "SF1234567890123",
        "顺丰速运",
    )
    assert (
        second["recipient"]["province"],
        second["recipient"]["city"],
        second["recipient"]["district"],
    ) == (
        "北京市",
        "北京市",
        "朝阳区",
    )
    assert orders["3312530001234567892"]["status"] == "cancelled"


def test_items_file_alone_is_refused_and_changes_nothing(
    database: Database, tmp_path: Path
) -> None:
    _orders, items = write_pair(tmp_path, ORDERS, ITEMS)
    [report] = run_import(database, items)
    assert report.refused
    assert "订单报表" in report.errors[0].message
    assert orders_by_id(database) == {}


def test_orders_file_alone_imports_orders_and_warns_lines_are_missing(
    database: Database, tmp_path: Path
) -> None:
    orders, _items = write_pair(tmp_path, ORDERS, ITEMS)
    [report] = run_import(database, orders)
    assert report.orders_new == 3 and report.lines == 0
    assert any("宝贝报表" in warning.message for warning in report.warnings)
