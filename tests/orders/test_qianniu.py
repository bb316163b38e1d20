"""Qianniu XLSX: main and sub-order sheets in one workbook, masked recipients kept."""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.orders.exports import rows_from_dicts, write_xlsx
from tests.orders.support import orders_by_id, run_import

MAIN = [
    "订单编号", "支付单号", "买家应付货款", "买家应付邮费", "总金额", "买家实付金额", "订单状态", "收货地址",
    "运送方式", "订单创建时间", "商品标题", "宝贝种类", "物流单号", "物流公司", "备注标签", "商家备注",
    "宝贝总数量", "开票信息", "手机订单", "商品属性SKU", "发货时间",
]  # fmt: skip
SUB = [
    "子订单编号",
    "主订单编号",
    "商品标题",
    "商品价格",
    "购买数量",
    "商品属性",
    "订单状态",
    "买家实付金额",
    "退款状态",
    "退款金额",
    "商品ID",
    "发货时间",
]


def workbook(folder: Path, number_id: bool = False) -> Path:
    main = [
        {
            "订单编号": "4012345678901234567",
            "买家实付金额": "256.00",
            "订单状态": "买家已付款，等待卖家发货",
            "收货地址": "江苏省 南京市 建邺区 沙洲街道****",
            "订单创建时间": "2026-09-23 11:20:00",
            "商家备注": "送试用装",
        },
        {
            "订单编号": "4012345678901234568",
            "买家实付金额": "99.00",
            "订单状态": "买家已付款，等待卖家发货",
            "收货地址": "浙江省 杭州市 西湖区 ****",
            "订单创建时间": "2026-09-23 12:00:00",
        },
    ]
    sub = [
        {
            "子订单编号": "4012345678901234570",
            "主订单编号": "4012345678901234567",
            "商品标题": "青花瓷茶杯",
            "商品价格": "78.00",
            "购买数量": "2",
            "商品属性": "颜色分类:蓝色[礼盒装];容量:300ml",
            "退款状态": "没有申请退款",
            "商品ID": "612345678901",
        },
        {
            "子订单编号": "4012345678901234571",
            "主订单编号": "4012345678901234567",
            "商品标题": "茶盘",
            "商品价格": "100.00",
            "购买数量": "1",
            "退款状态": "没有申请退款",
            "商品ID": "612345678902",
        },
        {
            "子订单编号": "4012345678901234572",
            "主订单编号": "4012345678901234568",
            "商品标题": "茶巾",
            "商品价格": "99.00",
            "购买数量": "1",
            "退款状态": "退款中",
            "商品ID": "612345678903",
        },
    ]
    main_rows = rows_from_dicts(MAIN, main)
    if number_id:  # a copy re-saved by a spreadsheet: the id became a floating-point number
        main_rows[1][0] = 4012345678901234568.0
    return write_xlsx(
        folder / "qianniu.xlsx",
        {"订单": (MAIN, main_rows), "子订单": (SUB, rows_from_dicts(SUB, sub))},
    )


def test_both_sheets_join_and_masked_recipients_stay_masked(
    database: Database, tmp_path: Path
) -> None:
    [report] = run_import(database, workbook(tmp_path))
    assert (report.platform, report.profile, report.orders_new, report.lines, report.errors) == (
        "taobao",
        "qianniu",
        2,
        3,
        [],
    )
    orders = orders_by_id(database)
    first = orders["4012345678901234567"]
    assert first["status"] == "awaiting_dispatch"
    assert first["created_at"] == "2026-09-23T11:20:00+08:00"
    assert first["recipient"] == {
        "name": None,
        "phone": None,
        "country": "CN",
        "province": "江苏省",
        "city": "南京市",
        "district": "建邺区",
        "address": "沙洲街道****",
        "postcode": None,
        "masked": True,
    }
    assert [(line["sku"], line["quantity"], line["unit_price"]) for line in first["lines"]] == [
        ("612345678901", 2, "78.00"),
        ("612345678902", 1, "100.00"),
    ]
    assert first["lines"][0]["variant"] == "颜色分类:蓝色[礼盒装];容量:300ml"
    assert orders["4012345678901234568"]["status"] == "refunding"


def test_an_id_stored_as_a_number_is_refused_not_guessed(
    database: Database, tmp_path: Path
) -> None:
    [report] = run_import(database, workbook(tmp_path, number_id=True))
    assert set(orders_by_id(database)) == {"4012345678901234567"}
    refused = [error for error in report.errors if error.column == "订单编号"]
    assert refused and refused[0].row == 3 and "digits were lost" in refused[0].message
