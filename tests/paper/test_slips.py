"""Packing slips and pick lists: read back, Chinese intact, phones masked, fonts embedded."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from app.paper.slips import load_orders, mask_phone, shop_now, write_slips
from app.storage import Database
from app.storage.models import Setting
from app.storage.setting_keys import TIMEZONE_SETTING
from tests.helpers.orders import run_import
from tests.helpers.pdf import embedded_fonts
from tests.helpers.taobao import ITEMS, ORDERS, write_pair

ROOT = Path(__file__).resolve().parents[2]


def stock(database: Database, tmp_path: Path) -> None:
    run_import(database, *write_pair(tmp_path, ORDERS, ITEMS))


pytestmark = pytest.mark.shop(stocked_by=stock)


def test_slips_read_back_with_chinese_and_masked_phones(shop: Database, tmp_path: Path) -> None:
    orders = load_orders(shop, ["3312530001234567890", "3312530001234567891"])
    target = tmp_path / "slips.pdf"
    now = datetime(2026, 12, 3, 9, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert write_slips(orders, target, pick_list=True, lang="zh", now=now) == 3
    reader = PdfReader(target)
    pick, first, second = (page.extract_text().replace("\n", " ") for page in reader.pages)
    assert "拣货单" in pick and "CUP-BLUE" in pick and "青花瓷茶杯" in pick
    assert "2026年12月3日 09:05" in pick  # on the shop's clock, as Chinese writes it
    assert "淘宝 / 天猫" in first and "订单 3312530001234567890" in first and "Order" not in first
    assert "default" not in first, "an unnamed store is the platform alone"
    assert "王小明" in first and "138****8000" in first and "13800138000" not in first
    assert "浙江省 杭州市 西湖区 文三路100号" in first
    assert "颜色分类:蓝色;容量:300ml" in first
    assert "紫砂壶" in second
    assert all(embedded for _name, embedded in embedded_fonts(reader))


def test_letter_paper_and_unknown_orders(shop: Database, tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    orders = load_orders(shop, ["3312530001234567892"])
    write_slips(orders, target, page_size="letter", now=shop_now(shop))
    page = PdfReader(target).pages[0]
    assert [round(float(v)) for v in page.mediabox[2:]] == [612, 792]
    text = page.extract_text()
    assert "Order 3312530001234567892" in text and "Variant" in text and "规格" not in text
    with pytest.raises(LookupError, match="no such order: 404"):
        load_orders(shop, ["404"])


def test_slips_command(tmp_path: Path) -> None:
    home = tmp_path / "home"
    files = write_pair(tmp_path, ORDERS, ITEMS)
    command = [sys.executable, "-m", "app", "--data-dir", str(home)]
    subprocess.run(
        [*command, "import", *map(str, files)], check=True, capture_output=True, cwd=ROOT
    )
    done = subprocess.run(
        [*command, "slips", "3312530001234567890", "-o", str(tmp_path / "s.pdf"), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pages"] == 1
    missing = subprocess.run(
        [*command, "slips", "nope", "-o", str(tmp_path / "x.pdf")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert missing.returncode == 1 and "no such order: nope" in missing.stderr


@pytest.mark.parametrize(
    ("phone", "shown"),
    [
        ("13812348000", "138****8000"),
        ("138****8000", "138****8000"),
        (None, ""),
        ("12345", "12345"),
    ],
)
def test_mask_phone(phone: str | None, shown: str) -> None:
    assert mask_phone(phone) == shown


def test_a_pick_list_is_stamped_on_the_shops_clock(shop: Database) -> None:
    """A shop in Shanghai printing from a laptop set to another zone still reads its time."""
    with shop.write() as session:
        session.merge(Setting(key=TIMEZONE_SETTING, value="Asia/Shanghai"))
    now = shop_now(shop)
    assert now.utcoffset() == ZoneInfo("Asia/Shanghai").utcoffset(now.replace(tzinfo=None))
    assert abs(now - datetime.now(UTC)).total_seconds() < 60


@pytest.mark.parametrize(
    ("paper", "per_sheet", "size_mm", "pages"),
    [
        ("a4", 1, (210, 297), 1 + 3),
        ("a4", 2, (210, 297), 1 + 2),
        ("letter", 4, (216, 279), 1 + 1),
        ("label-100x150", 1, (100, 150), 1 + 3),
        ("label-4x6", 1, (102, 152), 1 + 3),
    ],
)
def test_slips_fit_office_sheets_shared_or_whole_and_thermal_labels(
    shop: Database, tmp_path: Path, paper: str, per_sheet: int, size_mm: tuple[int, int], pages: int
) -> None:
    """A pick list takes a page of its own; then one slip to each part of a sheet, or label."""
    order_ids = ["3312530001234567890", "3312530001234567891", "3312530001234567892"]
    target = tmp_path / f"{paper}-{per_sheet}.pdf"
    now = shop_now(shop)
    written = write_slips(
        load_orders(shop, order_ids), target, True, paper, "zh", now=now, per_sheet=per_sheet
    )
    reader = PdfReader(target)
    assert written == len(reader.pages) == pages
    for page in reader.pages:
        width, height = (float(v) / 72 * 25.4 for v in page.mediabox[2:])
        assert (round(width), round(height)) == size_mm
    text = " ".join(page.extract_text() for page in reader.pages[1:])
    assert all(f"订单 {order_id}" in text for order_id in order_ids)  # no slip lost or cut


@pytest.mark.parametrize(
    ("paper", "per_sheet"), [("label-100x150", 1), ("a4", 4), ("label-4x6", 1)]
)
def test_a_long_order_id_keeps_its_barcode_on_the_slip(paper: str, per_sheet: int) -> None:
    from app.paper.papers import slip_width
    from app.paper.slips import _code128

    width = slip_width(paper, per_sheet)
    for order_id in ("AMZ-1234567890-ABCDEFGHIJ-XYZ", "33125300955364336640", "#1001"):
        assert _code128(order_id, width).width <= width, (order_id, paper)


def test_several_slips_to_a_label_is_refused_in_the_users_language(
    shop: Database, tmp_path: Path
) -> None:
    from app.paper.papers import PaperError

    orders = load_orders(shop, ["3312530001234567890"])
    with pytest.raises(PaperError) as refused:
        write_slips(
            orders, tmp_path / "x.pdf", page_size="label-4x6", now=shop_now(shop), per_sheet=2
        )
    assert refused.value.said("zh").startswith("一张标签只能打一张装箱单")
    assert not (tmp_path / "x.pdf").exists()


def test_a_closed_order_is_marked_on_its_slip_and_left_off_the_pick_list(
    shop: Database, tmp_path: Path
) -> None:
    """Found by an attack: a refunded order's slip looked like any other, and the pick list
    counted lines, not orders."""
    ids = ["3312530001234567892", "3312530001234567890", "3312530001234567890"]  # one twice
    target = tmp_path / "slips.pdf"
    now = shop_now(shop)
    pages = write_slips(load_orders(shop, ids), target, pick_list=True, lang="zh", now=now)
    assert pages == 1 + 2  # the repeated id prints once
    reader = PdfReader(target)
    pick, cancelled, good = (page.extract_text() for page in reader.pages)
    assert "已取消：请勿发货" in cancelled and "请勿发货" not in good
    assert "拣货单 — 共 1 个订单" in pick  # the cancelled order has nothing to pick


def test_a_4x6_pick_list_keeps_each_code_whole_and_one_code_one_row(
    database: Database, tmp_path: Path
) -> None:
    """Found looking at a 4×6 pick list: "CUP-HAND" was split "CUP-HA / ND", and one SKU
    sold on two platforms under two titles took two rows a picker had to add up."""
    from tests.helpers.shopify import order_rows, write_export

    records = order_rows(
        "#1", "2026-12-01 08:00:00 +0000", [(3, "Longjing Tea 250 g", "9", "TEA-LJ250")]
    )
    records += order_rows(
        "#2", "2026-12-01 09:00:00 +0000", [(1, "龙井茶叶 250g", "9", "TEA-LJ250")]
    )
    records += order_rows(
        "#3", "2026-12-01 10:00:00 +0000", [(2, "Hand-painted cup", "5", "CUP-HAND-PAINTED")]
    )
    run_import(database, write_export(tmp_path / "orders_export.csv", records))
    target = tmp_path / "pick.pdf"
    now = datetime(2026, 12, 3, 9, 5, tzinfo=UTC)
    write_slips(load_orders(database, ["#1", "#2", "#3"]), target, True, "label-4x6", now=now)
    cells = [line.strip() for line in PdfReader(target).pages[0].extract_text().splitlines()]
    assert "CUP-HAND-PAINTED" in cells, cells  # on one line of its cell, not cut
    assert cells.count("TEA-LJ250") == 1
    tea = " ".join(cells[cells.index("TEA-LJ250") :])
    assert tea == "TEA-LJ250 Longjing Tea 250 g / 龙井茶叶 250g 4 2"  # 4 to pick, in 2 orders
