"""Qianniu (Taobao seller) workbooks: main and sub-order sheets, masked and shipped orders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.helpers.exports import rows_from_dicts, write_xlsx

MAIN = [
    "订单编号", "支付单号", "买家应付货款", "买家应付邮费", "总金额", "买家实付金额", "订单状态", "收货地址",
    "运送方式", "订单创建时间", "商品标题", "宝贝种类", "物流单号", "物流公司", "备注标签", "商家备注",
    "宝贝总数量", "开票信息", "手机订单", "商品属性SKU", "发货时间",
]  # fmt: skip


SUB = [
    "子订单编号", "主订单编号", "商品标题", "商品价格", "购买数量", "商品属性", "订单状态", "买家实付金额",
    "退款状态", "退款金额", "商品ID", "发货时间",
]  # fmt: skip


MASKED, SHIPPED, REFUNDING = "3312530001234567890", "3312530001234567891", "3312530001234567899"


ORDERS: list[dict[str, Any]] = [
    {"订单编号": MASKED, "支付单号": "2026092322001100001", "买家实付金额": "256.00", "总金额": "266.00",
     "订单状态": "买家已付款，等待卖家发货", "收货地址": "江苏省 南京市 建邺区 沙洲街道****",
     "订单创建时间": "2026-09-23 11:20:00", "商家备注": "送试用装", "宝贝总数量": "3"},
    {"订单编号": SHIPPED, "买家实付金额": "99.00", "订单状态": "卖家已发货，等待买家确认",
     "收货地址": "浙江省 杭州市 西湖区 文三路****", "订单创建时间": "2026-09-22 08:05:09",
     "物流单号": "YT7512345678901", "物流公司": "圆通速递", "发货时间": "2026-09-22 17:00:00"},
    {"订单编号": REFUNDING, "买家实付金额": "45.00", "订单状态": "买家已付款，等待卖家发货",
     "收货地址": "广东省 深圳市 南山区 粤海街道****", "订单创建时间": "2026-09-23 12:00:00"},
]  # fmt: skip


ITEMS: list[dict[str, Any]] = [
    {"子订单编号": "3312530001234567801", "主订单编号": MASKED, "商品标题": "青花瓷茶杯", "商品价格": "78.00",
     "购买数量": "2", "商品属性": "颜色分类:蓝色[礼盒装];容量:300ml", "退款状态": "没有申请退款",
     "商品ID": "612345678901"},
    {"子订单编号": "3312530001234567802", "主订单编号": MASKED, "商品标题": "竹制茶盘", "商品价格": "100.00",
     "购买数量": "1", "商品属性": "颜色分类:原木色;安装方式:免安装", "商品ID": "612345678902"},
    {"子订单编号": "3312530001234567803", "主订单编号": SHIPPED, "商品标题": "紫砂壶", "商品价格": "99.00",
     "购买数量": "1", "退款状态": "没有申请退款", "商品ID": "612345678903"},
    {"子订单编号": "3312530001234567804", "主订单编号": REFUNDING, "商品标题": "茶巾", "商品价格": "15.00",
     "购买数量": "1", "退款状态": "没有申请退款", "商品ID": "612345678904"},
    # a refund request waiting for the seller; Taobao writes the comma half- or full-width
    {"子订单编号": "3312530001234567805", "主订单编号": REFUNDING, "商品标题": "茶匙", "商品价格": "30.00",
     "购买数量": "1", "退款状态": "买家已经申请退款,等待卖家同意", "商品ID": "612345678905"},
]  # fmt: skip


def workbook(folder: Path, *, number_id: bool = False, sub_sheet: bool = True) -> Path:
    """The export as Qianniu writes it: ids as text cells; optionally one re-saved as a number."""
    main_rows = rows_from_dicts(MAIN, ORDERS)
    if number_id:  # Excel re-save: the third order's id became a float, digits lost
        main_rows[2][0] = 3.3125300012345679e18
    sheets = {"订单": (MAIN, main_rows)}
    if sub_sheet:
        sheets["子订单"] = (SUB, rows_from_dicts(SUB, ITEMS))
    return write_xlsx(folder / "ExportOrderList202609231230.xlsx", sheets)
