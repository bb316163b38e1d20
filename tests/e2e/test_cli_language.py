"""The command line speaks the app's language: the one chosen, else the system's.

Text output and error messages follow it; ``--json`` stays the same in every language,
since scripts read it. Data (order ids, file paths, chain names) is never translated.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.i18n import choose_language
from app.text_table import cells
from tests.helpers.cli import CHINA, shipproof
from tests.helpers.taobao import ITEMS, ORDERS, write_pair


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def test_an_empty_shop_in_chinese_from_the_system(home: Path) -> None:
    verified = shipproof(home, "verify", lang=CHINA)
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.splitlines() == [
        "扫描记录：0 条记录，校验通过",
        "物流轨迹：0 条记录，校验通过",
        "物流接口原始应答：0 条记录，校验通过",
        "订单与包裹事实：0 条记录，校验通过",
        "订单与其事实核对：0 条记录，校验通过",
        "包裹与其事实核对：0 条记录，校验通过",
    ]
    listed = shipproof(home, "orders", lang=CHINA)
    assert listed.returncode == 0 and listed.stdout.strip() == "共 0 个订单"
    alerts = shipproof(home, "alerts", lang=CHINA)
    assert alerts.returncode == 0 and alerts.stdout.strip() == "共 0 条预警"


def test_an_empty_shop_in_english(home: Path) -> None:
    verified = shipproof(home, "verify")
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.splitlines()[0] == "Scans: 0 records, ok"
    assert shipproof(home, "orders").stdout.strip() == "0 orders"


def test_the_chosen_language_wins_over_the_system(home: Path) -> None:
    choose_language(home, "en")
    assert shipproof(home, "orders", lang=CHINA).stdout.strip() == "0 orders"
    choose_language(home, "zh")
    assert shipproof(home, "orders", lang="en_GB.UTF-8").stdout.strip() == "共 0 个订单"
    assert shipproof(home, "orders").stdout.strip() == "共 0 个订单"  # no locale at all


def test_an_import_summary_in_both_languages(home: Path, tmp_path: Path) -> None:
    files = [str(path) for path in write_pair(tmp_path, ORDERS, ITEMS)]
    tried = shipproof(home, "import", *files, "--dry-run", lang=CHINA)
    assert tried.returncode == 0, tried.stderr
    assert "试导入（未写入）：将新增订单 3 个，更新 0 个，未变 0 个，商品行 4 行" in tried.stdout
    assert "ExportOrderList202609221030.csv" in tried.stdout  # file names stay as they are
    done = shipproof(home, "import", *files, lang=CHINA)
    assert done.returncode == 0, done.stderr
    assert "taobao" in done.stdout and "共 7 行 — 已导入：新订单 3 个" in done.stdout
    again = shipproof(home, "import", *files)
    assert "7 rows — imported 0 new, 0 updated, 3 unchanged orders, 4 lines" in again.stdout
    listed = shipproof(home, "orders", lang=CHINA).stdout
    assert "3312530001234567890" in listed and listed.splitlines()[-1] == "共 3 个订单"


def test_error_messages_in_both_languages(home: Path, tmp_path: Path) -> None:
    missing = tmp_path / "gone.db"
    refused = shipproof(home, "restore", str(missing), lang=CHINA)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith("shipproof: 未恢复任何数据：")
    assert str(missing) in refused.stderr  # the path, and the core's own words, unchanged
    english = shipproof(home, "restore", str(missing))
    assert english.returncode == 1 and english.stderr.startswith("shipproof: nothing restored: ")

    unknown = shipproof(home, "track", "show", "#404", lang=CHINA)
    assert unknown.returncode == 1 and unknown.stderr.strip() == "shipproof: 找不到订单：#404"
    absent = shipproof(home, "import", str(tmp_path / "none.csv"), lang=CHINA)
    assert absent.returncode == 1 and "找不到文件：" in absent.stderr


def test_json_is_the_same_in_every_language(home: Path, tmp_path: Path) -> None:
    files = [str(path) for path in write_pair(tmp_path, ORDERS, ITEMS)]
    assert shipproof(home, "import", *files).returncode == 0
    for command in (
        ["orders", "--json"],
        ["verify", "--json"],
        ["alerts", "--json"],
        ["detect", "1Z5R89390357567127", "123", "--json"],
        ["import", *files, "--dry-run", "--json"],
    ):
        english = shipproof(home, *command)
        chinese = shipproof(home, *command, lang=CHINA)
        assert english.returncode == chinese.returncode
        assert chinese.stdout == english.stdout, command
        assert chinese.stdout.lstrip().startswith(("{", "["))


def test_lists_say_platforms_statuses_and_times_in_the_language(home: Path, tmp_path: Path) -> None:
    files = [str(path) for path in write_pair(tmp_path, ORDERS, ITEMS)]
    done = shipproof(home, "import", *files, lang=CHINA)
    assert "淘宝 / 天猫（taobao）" in done.stdout  # the platform by name, the profile as typed
    chinese = shipproof(home, "orders", lang=CHINA).stdout.splitlines()[:-1]
    english = shipproof(home, "orders").stdout.splitlines()[:-1]
    assert any("待发货" in line and "2026年9月22日 01:15" in line for line in chinese)
    assert any("Awaiting dispatch" in line and "22 Sep 2026 01:15" in line for line in english)
    for listing in (chinese, english):
        text = "\n".join(listing)
        assert "awaiting_dispatch" not in text and "taobao" not in text
        assert not re.search(r"\d{4}-\d{2}-\d{2}T", text)  # no ISO text
        # the id column starts at the same terminal cell on every line, Chinese names or not
        starts = {cells(line[: line.index("33125300")]) for line in listing}
        assert len(starts) == 1, listing


def test_core_errors_in_both_languages(home: Path, tmp_path: Path) -> None:
    files = [str(path) for path in write_pair(tmp_path, ORDERS, ITEMS)]
    assert shipproof(home, "import", *files).returncode == 0
    for command, chinese, english in (
        (["evidence", "NOPE", "-o", str(tmp_path)], "找不到订单：NOPE", "no such order: NOPE"),
        (
            ["slips", "NOPE", "-o", str(tmp_path / "s.pdf")],
            "找不到订单：NOPE",
            "no such order: NOPE",
        ),
        (["alerts", "--ack", "999", "--note", "x"], "找不到预警：999", "no such alert: 999"),
    ):
        said = shipproof(home, *command, lang=CHINA)
        assert said.returncode == 1 and said.stderr.strip() == f"shipproof: {chinese}", command
        said = shipproof(home, *command)
        assert said.returncode == 1 and said.stderr.strip() == f"shipproof: {english}", command


def test_detect_names_carriers_and_says_why_in_the_language(home: Path) -> None:
    numbers = ("123", "1Z5R89390357567127", "1Z5R89390357567128")
    chinese = shipproof(home, "detect", *numbers, lang=CHINA).stdout.splitlines()
    assert chinese == [
        "123：运单号无效 — 不是运单号：运单号应为 6 到 40 位字母或数字",
        "1Z5R89390357567127：UPS（校验位正确）",
        "1Z5R89390357567128：运单号无效 — UPS 1Z 的校验位不对：可能输错或扫错了",
    ]
    english = shipproof(home, "detect", *numbers).stdout.splitlines()
    assert english[1] == "1Z5R89390357567127: UPS (check digit ok)"
    assert (
        english[2]
        == "1Z5R89390357567128: invalid — check digit wrong for UPS 1Z: mistyped or misread"
    )


def test_help_and_usage_errors_speak_chinese(tmp_path: Path) -> None:
    """Found in a walk in Chinese: every message spoke Chinese but --help and argparse's
    own errors, which a shopkeeper reads first."""
    home = tmp_path / "home"
    helped = shipproof(home, "--help", lang=CHINA)
    assert helped.returncode == 0
    assert helped.stdout.startswith("用法：shipproof") and "导入订单导出文件" in helped.stdout
    wrong = shipproof(
        home, "slips", "x", "-o", str(tmp_path / "x.pdf"), "--page-size", "a5", lang=CHINA
    )
    assert wrong.returncode == 2
    assert "shipproof slips：错误：参数 --page-size：无效的选择：'a5'" in wrong.stderr
    english = shipproof(home, "--help", lang="en_US.UTF-8")
    assert (
        english.stdout.startswith("usage: shipproof")
        and "import order export files" in english.stdout
    )


def test_every_help_text_has_a_chinese_sentence() -> None:
    import argparse

    from app.catalogue import translated
    from app.cli import build_parser

    def helps(parser: argparse.ArgumentParser) -> list[str]:
        found = [parser.description] if parser.description else []
        for action in parser._actions:
            own = action.dest not in ("help", "version")  # argparse's, said as its own
            if own and action.help and action.help != argparse.SUPPRESS:
                found.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    found.append(choice.help)
                for sub in dict.fromkeys(action.choices.values()):
                    found += helps(sub)
        return found

    untranslated = {
        text for text in helps(build_parser()) if translated("CliHelp", text, "zh") == text
    }
    assert not untranslated
