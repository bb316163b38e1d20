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
    assert "2026-12-03 09:05" in pick
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
