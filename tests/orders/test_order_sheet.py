"""The chosen orders as a spreadsheet: named, on the shop's clock, safe to open."""

from __future__ import annotations

import csv
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.orders.order_sheet import write_order_sheet
from app.storage import Database
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export

SHANGHAI = ZoneInfo("Asia/Shanghai")


def stock(database: Database, tmp_path: Path) -> None:
    records = order_rows("#1", "2026-12-01 08:00:00 +0000", [(2, "Cup", "5.00", "CUP")])
    records += order_rows(
        "#2",
        "2026-12-02 09:30:00 +0000",
        [(1, "Mug", "7.00", "MUG")],
        **{"Shipping Name": '\u200b=HYPERLINK("http://x")', "Shipping Phone": "+1 555 0100"},
    )
    run_import(database, write_export(tmp_path / "orders_export.csv", records))


pytestmark = pytest.mark.shop(stocked_by=stock)


def _pks(shop: Database) -> dict[str, int]:
    from sqlalchemy import select

    from app.storage.models import Order

    with shop.session() as session:
        return {order_id: pk for order_id, pk in session.execute(select(Order.order_id, Order.id))}


def _read(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8, Chinese intact
    return list(csv.reader(data.decode("utf-8-sig").splitlines()))


def test_the_sheet_in_chinese_names_everything_and_disarms_formulas(
    shop: Database, tmp_path: Path
) -> None:
    target = tmp_path / "orders.csv"
    with shop.session() as session:
        pks = _pks(shop)
        assert write_order_sheet(session, [pks["#2"], pks["#1"], 404], target, "zh", SHANGHAI) == 2
    header, second, first = _read(target)
    assert header[:4] == ["平台", "订单号", "状态", "下单时间"]
    assert second[1] == "#2" and second[3] == "2026年12月2日 17:30"  # the shop's clock
    assert second[4].startswith("'") and second[5] == "'+1 555 0100"  # no formula runs
    assert first[1] == "#1" and first[2] == "待发货" and first[7] == "CUP ×2"
    assert not list(tmp_path.glob(".*partial"))


def test_a_sheet_that_cannot_be_written_leaves_nothing_behind(
    shop: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.orders.order_sheet import SheetTargetError

    def full_disk(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", full_disk)  # the last step, once the rows are out
    target = tmp_path / "orders.csv"
    with shop.session() as session, pytest.raises(SheetTargetError) as refused:
        write_order_sheet(session, list(_pks(shop).values()), target, "zh", SHANGHAI)
    assert refused.value.said("zh") == f"无法写入 {target}：No space left on device"
    assert not list(tmp_path.glob(".*partial")) and not target.exists()


def test_the_command_line_writes_the_filtered_orders(shop: Database, tmp_path: Path) -> None:
    from tests.helpers.cli import CHINA, shipproof

    target = tmp_path / "mine.csv"
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    done = shipproof(
        tmp_path, "--db", db, "orders", "--search", "Mug", "--csv", str(target), lang=CHINA
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{target}：共 1 个订单"
    assert [row[1] for row in _read(target)[1:]] == ["#2"]


def test_a_target_that_is_not_a_plain_writable_file_is_refused_untouched(
    shop: Database, tmp_path: Path
) -> None:
    from app.orders.order_sheet import SheetTargetError

    read_only = tmp_path / "kept.csv"
    read_only.write_text("mine", encoding="utf-8")
    read_only.chmod(0o444)
    with shop.session() as session:
        for target, said in (
            (read_only, "只读"),
            (tmp_path, "不是"),  # a folder
            (Path("/dev/null"), "不是"),  # a device
        ):
            with pytest.raises(SheetTargetError) as refused:
                write_order_sheet(session, list(_pks(shop).values()), target, "en", SHANGHAI)
            assert said in refused.value.said("zh"), target
    assert read_only.read_text(encoding="utf-8") == "mine"
    assert Path("/dev/null").is_char_device()


def test_a_link_is_followed_and_the_file_it_names_is_written(
    shop: Database, tmp_path: Path
) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with shop.session() as session:
        assert write_order_sheet(session, [_pks(shop)["#1"]], link, "en", SHANGHAI) == 1
    assert link.is_symlink() and _read(real)[1][1] == "#1"


def test_a_dash_prints_the_sheet(shop: Database, tmp_path: Path) -> None:
    from tests.helpers.cli import shipproof

    db = f"sqlite:///{tmp_path / 'shop.db'}"
    printed = shipproof(tmp_path, "--db", db, "orders", "--csv", "-")
    assert printed.returncode == 0, printed.stderr
    rows = list(csv.reader(printed.stdout.splitlines()))
    assert rows[0][1] == "Order" and sorted(row[1] for row in rows[1:]) == ["#1", "#2"]
    assert not (Path.cwd() / "-").exists()


def test_long_digit_identifiers_stay_whole_in_a_spreadsheet(
    database: Database, tmp_path: Path
) -> None:
    """A Taobao order id has 19 digits: read as a number, Excel keeps 15 and shows
    3.31253E+18; a landline loses its leading 0. They are written as text formulas."""
    from sqlalchemy import select

    from app.storage.models import Order
    from tests.helpers.taobao import ITEMS, ORDERS, write_pair

    orders = [dict(order) for order in ORDERS]
    orders[1]["联系手机"] = "08715551234"
    run_import(database, *write_pair(tmp_path, orders, ITEMS))
    with database.session() as session:
        pks = list(session.scalars(select(Order.id).order_by(Order.order_id)))
        write_order_sheet(session, pks, tmp_path / "sheet.csv", "en", SHANGHAI)
    header, first, second, *_rest = _read(tmp_path / "sheet.csv")
    order, phone = header.index("Order"), header.index("Phone")
    assert first[order] == '="3312530001234567890"'
    assert first[phone] == "13800138000"  # eleven digits: a spreadsheet shows it whole
    assert second[phone] == '="08715551234"'
