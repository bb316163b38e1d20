"""``shipproof import`` says an import's problems in the user's language.

The command line's frame ("error row 3 [商品数量(件)]") was translated, but the problem
itself came out as the core's English in the middle of Chinese. Now each keyed problem is
said with the app's own translation of its key, read from the Linguist file without Qt:
row, column and values stay as the file has them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.catalogue import translated
from app.orders.issues import IMPORT_MESSAGES, MAX_LISTED
from tests.helpers.cli import CHINA, shipproof
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.pinduoduo import HEADER, row
from tests.helpers.qianniu import workbook

GOOD = "260920-100000000000001"


def problems_file(folder: Path) -> Path:
    """A Pinduoduo export with one good order and four rows that each have a problem."""
    records = [
        row(GOOD, "待发货"),
        row("260920-100000000000002", "待发货", **{"商品数量(件)": "\t两"}),
        row("260920-100000000000003", "待发货", **{"支付时间": "\t2026-13-45 25:00:00"}),
        row("260920-100000000000004", "待审核"),
        row("", "待发货"),
    ]
    return write_csv(folder / "拼多多订单.csv", HEADER, rows_from_dicts(HEADER, records))


def many_bad_rows(folder: Path) -> Path:
    """More bad rows than a report lists: the rest are counted on a line with no row."""
    records = [row(GOOD, "待发货")] + [
        row(f"260920-2{n:014d}", "待发货", **{"商品数量(件)": "\t-1"})
        for n in range(MAX_LISTED + 3)
    ]
    return write_csv(folder / "pdd_quantities.csv", HEADER, rows_from_dicts(HEADER, records))


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    not_an_export = tmp_path / "笔记.csv"
    not_an_export.write_text("日期,备注\n2026-09-20,记账\n", encoding="utf-8")
    return [
        problems_file(tmp_path),
        workbook(tmp_path, sub_sheet=False),
        many_bad_rows(tmp_path),
        not_an_export,
    ]


def test_import_problems_in_chinese(tmp_path: Path, files: list[Path]) -> None:
    run = shipproof(tmp_path / "home", "import", *map(str, files), lang=CHINA)
    assert run.returncode == 1  # the notes file is refused; the others import
    lines = run.stdout.splitlines()
    assert "  错误  第 3 行 [商品数量(件)]：'两' 不是整数" in lines
    assert (
        "  错误  第 4 行 [支付时间]：'2026-13-45 25:00:00' 不是该平台使用的日期/时间格式" in lines
    )
    assert (
        "  错误  第 5 行 [订单状态]：订单 260920-100000000000004：此配置不认识状态 "
        "'待审核 / 无售后或售后取消'；未作任何猜测"
    ) in lines
    assert "  错误  第 6 行 [订单号]：订单号为空" in lines
    # a file's problem, on no row; the table is named as the profile labels it
    assert "  警告  未提供 sub-order sheet (子订单)：导入的订单将缺少其中的信息" in lines
    assert "  错误  另有 3 个错误未列出" in lines
    assert "None" not in run.stdout
    assert run.stderr.startswith("shipproof: ") and "不是任何已知平台的订单导出文件" in run.stderr
    # no English sentence of the core anywhere: only file names, headers and values
    english = re.compile(r"\b(is not|the order|order id|not listed|given|platform)\b")
    assert not english.search(run.stdout + run.stderr), run.stdout + run.stderr


def test_import_problems_in_english(tmp_path: Path, files: list[Path]) -> None:
    run = shipproof(tmp_path / "home", "import", *map(str, files), lang="en_US.UTF-8")
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert "  error   row 3 [商品数量(件)]: '两' is not a whole number" in lines
    assert (
        "  error   row 4 [支付时间]: '2026-13-45 25:00:00' is not a date/time this platform writes"
    ) in lines
    assert (
        "  error   row 5 [订单状态]: order 260920-100000000000004: status "
        "'待审核 / 无售后或售后取消' is not one this profile knows; nothing was guessed"
    ) in lines
    assert "  error   row 6 [订单号]: the order id is empty" in lines
    assert (
        "  warning no sub-order sheet (子订单) given: orders imported without what it holds"
        in lines
    )
    assert "  error   3 more errors not listed" in lines
    assert "笔记.csv is not an order export of any known platform" in run.stderr
    assert not re.search(r"[错误警告第行]", run.stdout)


def test_every_import_problem_has_a_chinese_sentence_with_its_placeholders() -> None:
    """What the command line reads from the Linguist file: each key, each placeholder.

    The catalogue gives the English back for a missing translation and for one whose
    placeholders differ, so either shows here as a key still in English.
    """
    english = [
        key
        for key, template in IMPORT_MESSAGES.items()
        if translated("ImportProblem", template, "zh") == template
    ]
    assert english == []


def test_a_file_refused_for_its_rows_lists_them(tmp_path: Path) -> None:
    """ "No order could be read; see the rows above": the rows are above, in Chinese."""
    records = [
        row("", "待发货"),
        row("260920-300000000000001", "待发货", **{"商品数量(件)": "\t两"}),
    ]
    path = write_csv(tmp_path / "全错.csv", HEADER, rows_from_dicts(HEADER, records))
    run = shipproof(tmp_path / "home", "import", str(path), lang=CHINA)
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        "全错.csv：已拒绝导入",
        "  错误  第 2 行 [订单号]：订单号为空",
        "  错误  第 3 行 [商品数量(件)]：'两' 不是整数",
    ]
    assert "文件中没有可读取的订单；请查看上面各行" in run.stderr
