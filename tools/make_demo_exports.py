"""Write the demo shop's export files into app/resources/demo (invented people and goods).

Run it again after changing a profile's layout: ``python tools/make_demo_exports.py``.
The files are written the way each platform writes them (encoding, quoting, artefacts),
so the demo exercises the same import path a real shop does.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import timedelta
from pathlib import Path

from app.demo_dates import EXPORTED

DEMO = Path(__file__).resolve().parent.parent / "app" / "resources" / "demo"
RANDOM = random.Random(20261123)
NOW = EXPORTED  # the demo moves every time by its distance to the day it is made

CN_NAMES = [
    "王小明",
    "李华",
    "张伟",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄丽",
    "周杰",
    "吴敏",
    "徐涛",
    "孙悦",
]
CN_PLACES = [
    ("浙江省", "杭州市", "西湖区", "文三路{n}号"),
    ("北京", "北京市", "朝阳区", "建国路{n}号院"),
    ("广东省", "深圳市", "南山区", "科技园南路{n}号"),
    ("上海", "上海市", "浦东新区", "张江路{n}弄"),
    ("江苏省", "南京市", "建邺区", "江东中路{n}号"),
    ("四川省", "成都市", "武侯区", "天府大道{n}号"),
]
CN_GOODS = [
    ("青花瓷茶杯", "CUP-BLUE", "38.00", "颜色分类:蓝色;容量:300ml"),
    ("手绘陶瓷杯", "CUP-HAND", "52.00", "颜色分类:白色"),
    ("紫砂壶", "POT-ZISHA", "199.00", "容量:200ml"),
    ("竹茶盘", "TRAY-BAMBOO", "88.00", "尺寸:40cm"),
    ("龙井茶叶 250g", "TEA-LJ250", "128.00", "等级:特级"),
]
WEST_NAMES = [
    "Mia Example",
    "Noah Sample",
    "Zoë Müller",
    "Liam Placeholder",
    "Ava Testperson",
    "Oscar Madeup",
]
WEST_GOODS = [
    ("Blue Tea Cup", "CUP-BLUE", "9.50"),
    ("Zisha Teapot", "POT-ZISHA", "49.00"),
    ("Bamboo Tray", "TRAY-BAMBOO", "24.00"),
    ("Longjing Tea 250 g", "TEA-LJ250", "29.90"),
]


def _csv(rows: list[list[str]], delimiter: str = ",", terminator: str = "\r\n") -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator=terminator).writerows(rows)
    return buffer.getvalue()


def taobao() -> None:
    order_header = [
        "订单编号",
        "买家会员名",
        "买家实际支付金额",
        "订单状态",
        "买家留言",
        "收货人姓名",
        "收货地址 ",
        "联系手机",
        "订单创建时间",
        "订单付款时间 ",
        "宝贝标题 ",
        "物流单号 ",
        "物流公司",
        "订单备注",
        "宝贝总数量",
    ]
    item_header = [
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
    statuses = ["买家已付款，等待卖家发货"] * 6 + [
        "卖家已发货，等待买家确认",
        "交易成功",
        "等待买家付款",
        "交易关闭",
    ]
    orders, items = [order_header], [item_header]
    for n in range(14):
        order_id = f"33125300{RANDOM.randrange(10**11, 10**12)}"
        created = NOW - timedelta(hours=RANDOM.randrange(2, 200), minutes=RANDOM.randrange(60))
        province, city, district, street = RANDOM.choice(CN_PLACES)
        goods = RANDOM.sample(CN_GOODS, RANDOM.choice([1, 1, 2, 3]))
        total = 0.0
        status = RANDOM.choice(statuses)
        for title, sku, price, variant in goods:
            quantity = RANDOM.choice([1, 1, 2])
            total += float(price) * quantity
            items.append(
                [f'="{order_id}"', title, price, str(quantity), "", variant, "", "", status, sku]
            )
        shipped = status.startswith("卖家已发货") or status == "交易成功"
        orders.append(
            [
                f'="{order_id}"',
                f"buyer_{n:02d}",
                f"{total:.2f}",
                status,
                RANDOM.choice(["", "", "请尽快发货", "不要放快递柜"]),
                RANDOM.choice(CN_NAMES),
                f"{province} {city} {district} {street.format(n=RANDOM.randrange(1, 300))}({RANDOM.randrange(100000, 999999)})",
                f"'1{RANDOM.choice('3589')}{RANDOM.randrange(10**8, 10**9)}",
                created.strftime("%Y-%m-%d %H:%M:%S"),
                ""
                if status == "等待买家付款"
                else (created + timedelta(minutes=3)).strftime("%Y-%m-%d %H:%M:%S"),
                "，".join(g[0] for g in goods),
                f'="7592{RANDOM.randrange(10**9, 10**10)}"' if shipped else "",
                "中通快递" if shipped else "",
                "",
                str(len(goods)),
            ]
        )
    (DEMO / "ExportOrderList202611200900.csv").write_bytes(_csv(orders).encode("gb18030"))
    (DEMO / "ExportOrderDetailList202611200900.csv").write_bytes(_csv(items).encode("gb18030"))


def shopify() -> None:
    header = [
        "Name",
        "Email",
        "Financial Status",
        "Paid at",
        "Fulfillment Status",
        "Currency",
        "Subtotal",
        "Shipping",
        "Total",
        "Created at",
        "Lineitem quantity",
        "Lineitem name",
        "Lineitem price",
        "Lineitem sku",
        "Shipping Name",
        "Shipping Address1",
        "Shipping Address2",
        "Shipping City",
        "Shipping Zip",
        "Shipping Province",
        "Shipping Country",
        "Shipping Phone",
        "Notes",
        "Cancelled at",
        "Vendor",
        "Shipping Province Name",
    ]
    rows = [header]
    for n in range(1001, 1013):
        created = (NOW - timedelta(hours=RANDOM.randrange(2, 150))).strftime(
            "%Y-%m-%d %H:%M:%S +0100"
        )
        goods = RANDOM.sample(WEST_GOODS, RANDOM.choice([1, 2]))
        status = RANDOM.choice(["paid"] * 5 + ["pending", "refunded"])
        subtotal = sum(float(price) for _t, _s, price in goods)
        for index, (title, sku, price) in enumerate(goods):
            first = index == 0
            rows.append(
                [
                    f"#{n}",
                    f"buyer{n}@example.com",
                    status if first else "",
                    created if first and status != "pending" else "",
                    "unfulfilled" if first else "",
                    "EUR" if first else "",
                    f"{subtotal:.2f}" if first else "",
                    "4.90" if first else "",
                    f"{subtotal + 4.9:.2f}" if first else "",
                    created,
                    "1",
                    title,
                    price,
                    sku,
                    RANDOM.choice(WEST_NAMES) if first else "",
                    f"{RANDOM.randrange(1, 99)} Sample Street" if first else "",
                    "",
                    "Dublin" if first else "",
                    "'D02" if first else "",
                    "",
                    "IE" if first else "",
                    f"+353 1 555 01{n % 100:02d}" if first else "",
                    "",
                    "",
                    "Invented Teas",
                    "Dublin" if first else "",
                ]
            )
    (DEMO / "shopify_orders_export.csv").write_text(_csv(rows, terminator="\n"), encoding="utf-8")


def pinduoduo() -> None:
    header = [
        "商品",
        "订单号",
        "订单状态",
        "商品总价(元)",
        "用户实付金额(元)",
        "商品数量(件)",
        "收货人",
        "手机",
        "省",
        "市",
        "区",
        "街道",
        "支付时间",
        "拼单成功时间",
        "承诺发货时间",
        "发货时间",
        "商品规格",
        "商家编码-SKU维度",
        "快递单号",
        "快递公司",
        "售后状态",
        "买家留言",
    ]
    rows = [header]
    for n in range(10):
        title, sku, price, variant = RANDOM.choice(CN_GOODS)
        quantity = RANDOM.choice([1, 1, 2])
        paid = NOW - timedelta(hours=RANDOM.randrange(1, 90), minutes=RANDOM.randrange(60))
        province, city, district, street = RANDOM.choice(CN_PLACES)
        status = RANDOM.choice(["待发货"] * 6 + ["已发货，待签收", "已取消，退款成功"])
        # Pinduoduo assigns the e-waybill before dispatch for some orders: label-first scanning
        waybill = (
            f"\t75{RANDOM.randrange(10**11, 10**12)}"
            if status != "已取消，退款成功" and n % 3 == 0
            else ""
        )
        rows.append(
            [
                f"\t{title}",
                f"\t{paid:%y%m%d}-{RANDOM.randrange(10**14, 10**15)}",
                status,
                f"{float(price) * quantity:.2f}",
                f"{float(price) * quantity:.2f}",
                str(quantity),
                RANDOM.choice(CN_NAMES),
                f"\t1{RANDOM.choice('3589')}{RANDOM.randrange(10**8, 10**9)}",
                province if province.endswith("省") else province + "市",
                city,
                district,
                street.format(n=RANDOM.randrange(1, 300)),
                f"\t{paid:%Y-%m-%d %H:%M:%S}",
                f"\t{paid:%Y-%m-%d %H:%M:%S}",
                f"\t{paid + timedelta(hours=48):%Y-%m-%d %H:%M:%S}",
                "\t",
                variant,
                sku,
                waybill,
                "中通快递" if waybill else "",
                "无售后或售后取消",
                "",
            ]
        )
    (DEMO / "pinduoduo_orders.csv").write_text(_csv(rows), encoding="utf-8")


def amazon() -> None:
    header = [
        "order-id",
        "order-item-id",
        "purchase-date",
        "payments-date",
        "promise-date",
        "sku",
        "product-name",
        "quantity-purchased",
        "quantity-shipped",
        "quantity-to-ship",
        "ship-service-level",
        "recipient-name",
        "ship-address-1",
        "ship-address-2",
        "ship-city",
        "ship-state",
        "ship-postal-code",
        "ship-country",
    ]
    rows = [header]
    for _ in range(6):
        title, sku, _price = RANDOM.choice(WEST_GOODS)
        bought = NOW - timedelta(hours=RANDOM.randrange(1, 60))
        quantity = RANDOM.choice([1, 2])
        rows.append(
            [
                f"305-{RANDOM.randrange(10**6, 10**7)}-{RANDOM.randrange(10**6, 10**7)}",
                str(RANDOM.randrange(10**13, 10**14)),
                f"{bought:%Y-%m-%dT%H:%M:%S}+00:00",
                f"{bought:%Y-%m-%dT%H:%M:%S}+00:00",
                f"{bought + timedelta(days=2):%Y-%m-%dT23:59:59}+00:00",
                sku,
                title,
                str(quantity),
                "0",
                str(quantity),
                "Standard",
                RANDOM.choice(WEST_NAMES),
                f"{RANDOM.randrange(1, 99)} Hauptstraße",
                "",
                "München",
                "Bayern",
                "80331",
                "DE",
            ]
        )
    (DEMO / "amazon_unshipped_orders.txt").write_bytes(_csv(rows, delimiter="\t").encode("cp1252"))


if __name__ == "__main__":
    DEMO.mkdir(parents=True, exist_ok=True)
    taobao()
    shopify()
    pinduoduo()
    amazon()
