"""Detection by evidence: a file is the profile whose known columns its header carries.

The Amazon Order Report (refused before issue 13 for lacking one marker header) detects
as Amazon with its score; the header may sit under title rows, blank rows, a ``sep=``
line and a BOM; a workbook's cover sheet is passed over; two profiles too close to call
are refused on the command line with both listed, and asked about in the app; and
``import --explain`` prints the scores.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from app.orders.choices import CHOICES_SETTING
from app.orders.detect import CLOSE_MARGIN, MIN_SCORE, detect_table, row_excerpt
from app.orders.issues import IMPORT_MESSAGES, issue
from app.orders.mapping import save_user_profile
from app.orders.profiles import builtin_profiles
from app.orders.reading import Table, read_tables
from app.orders.wording import problem_text
from app.paths import resource
from app.storage import Database
from app.storage.database import Database as Connected
from app.storage.models import Setting
from tests.helpers.amazon import ORDER, ORDER_REPORT
from tests.helpers.cli import CHINA, shipproof
from tests.helpers.exports import rows_from_dicts, write_csv, write_xlsx
from tests.helpers.orders import database_bytes, orders_by_id, run_import

WHY = re.compile(r"Amazon \(Order Report\): (\d+) of (\d+) known columns, every required one")


def order_report(path: Path, header: list[str] = ORDER_REPORT, **options: object) -> Path:
    record = {name: value for name, value in ORDER.items() if name in header}
    options.setdefault("delimiter", "\t")
    return write_csv(path, header, rows_from_dicts(header, [record]), **options)  # type: ignore[arg-type]


def only_table(path: Path) -> Table:
    [table] = read_tables(path)
    return table


# --- scoring ------------------------------------------------------------------------------
def test_the_amazon_order_report_detects_as_amazon_with_its_score(
    database: Database, tmp_path: Path
) -> None:
    path = order_report(tmp_path / "NewOrders.txt")
    detection = detect_table(only_table(path), builtin_profiles())
    assert detection.chosen is not None and not detection.close
    score = detection.chosen.score
    assert (score.profile, score.row, score.missing, score.importable) == (
        "amazon_orders",
        1,
        (),
        True,
    )
    found, known = map(int, WHY.fullmatch(score.why()).groups())  # type: ignore[union-attr]
    assert found == len(ORDER_REPORT)  # every column of the report is one the profile knows
    assert found <= known and score.score > 0.9
    runner_up = detection.candidates[1].score
    assert runner_up.profile == "amazon_unshipped" and runner_up.missing == ("quantity-to-ship",)

    [report] = run_import(database, path)
    assert (report.platform, report.profile, report.orders_new, report.errors) == (
        "amazon",
        "amazon_orders",
        1,
        [],
    )
    assert orders_by_id(database)["114-3941689-8772232"]["lines"][0]["quantity"] == 2


@pytest.mark.parametrize(
    "path",
    sorted(resource("platforms").glob("*.yaml")),
    ids=lambda path: path.stem,
)
def test_every_layout_detects_as_itself_clear_of_its_neighbours(path: Path) -> None:
    """Each table's own documented header (first spelling of every column it knows) is
    taken for it, and no other profile comes within a close call of it."""
    name = yaml.safe_load(path.read_text(encoding="utf-8"))["name"]
    profiles = builtin_profiles()
    [profile] = [profile for profile in profiles if profile.name == name]
    for spec in profile.tables:
        header = [column.spellings[0] for column in spec.known]
        table = Table(path=Path(f"{name}.csv"), sheet=None, encoding="utf-8", _rows=[header])
        detection = detect_table(table, profiles)
        assert detection.chosen is not None, f"{name}/{spec.role}: {detection.close}"
        assert (detection.chosen.score.profile, detection.chosen.score.role) == (name, spec.role)
        rivals = [
            candidate.score
            for candidate in detection.candidates
            if candidate.score.profile != name and candidate.score.importable
        ]
        assert all(detection.chosen.score.score - rival.score > CLOSE_MARGIN for rival in rivals), (
            rivals
        )


@pytest.mark.parametrize("path", sorted(resource("demo").iterdir()), ids=lambda path: path.name)
def test_every_demo_export_detects_without_a_close_call(path: Path) -> None:
    """The demo shop's exports keep only some columns of their layouts, as shops do."""
    for table in read_tables(path):
        detection = detect_table(table, builtin_profiles())
        assert detection.chosen is not None, (table.label, detection.close, detection.nearest)


def test_a_header_without_what_tells_a_layout_apart_is_not_that_layout(tmp_path: Path) -> None:
    """Taobao's items file is told apart by 标题 and 价格: its order id, quantity and
    bookkeeping columns alone, however many, are not it (they are any shop's)."""
    profiles = builtin_profiles()
    for header in (
        ["订单编号", "购买数量", "快递单号"],
        ["订单编号", "购买数量", "商品属性", "商家编码", "外部系统编号", "套餐信息", "备注"],
    ):
        path = write_csv(tmp_path / "快手.csv", header, [[str(n) for n in range(len(header))]])
        detection = detect_table(only_table(path), profiles)
        assert detection.chosen is None and not detection.close
        nearest = detection.nearest
        assert nearest is not None
        assert (nearest.score.profile, nearest.score.role) == ("taobao", "items")
        assert nearest.score.indistinct == ("标题", "价格") and not nearest.score.importable
    assert nearest.score.score >= MIN_SCORE  # the second header scores enough: only that is missing


# --- where the header is ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("delimiter", "preamble"),
    [
        (";", "sep=;\r\n"),
        (",", "sep=,\r\n"),
        ("\t", ""),
    ],
    ids=["sep-semicolon", "sep-comma", "tabs"],
)
def test_the_header_under_title_rows_blank_rows_a_sep_line_and_a_bom(
    database: Database, tmp_path: Path, delimiter: str, preamble: str
) -> None:
    body = order_report(tmp_path / "body.txt", delimiter=delimiter).read_text(encoding="utf-8")
    title = f"Order Report{delimiter}Seller: Alder Home{delimiter}\r\n"
    blank = delimiter * 5
    path = tmp_path / "report.csv"
    path.write_bytes(b"\xef\xbb\xbf" + f"{preamble}{title}\r\n{blank}\r\n{body}".encode())
    detection = detect_table(only_table(path), builtin_profiles())
    assert detection.chosen is not None
    header_row = detection.chosen.score.row
    assert header_row == (5 if preamble else 4)
    assert detection.chosen.match.headers[0] == "order-id"  # the BOM is not part of it

    [report] = run_import(database, path)
    assert (report.profile, report.orders_new, report.errors) == ("amazon_orders", 1, [])
    order = orders_by_id(database)["114-3941689-8772232"]
    assert order["recipient"]["city"] == "Dayton"


def test_a_sep_line_decides_the_delimiter(database: Database, tmp_path: Path) -> None:
    """Comma-separated, under a note full of semicolons: counting would pick ";"."""
    body = order_report(tmp_path / "body.csv", delimiter=",").read_text(encoding="utf-8")
    note = "Filters: " + "; ".join(f"status {n}" for n in range(40))
    path = tmp_path / "report.csv"
    path.write_text(f"sep=,\r\n{note}\r\n{body}", encoding="utf-8")
    assert only_table(path).delimiter == ","
    [report] = run_import(database, path)
    assert (report.profile, report.orders_new, report.errors) == ("amazon_orders", 1, [])


def test_a_workbook_with_a_cover_sheet_and_an_orders_sheet(
    database: Database, tmp_path: Path
) -> None:
    record = {name: value for name, value in ORDER.items()}
    path = write_xlsx(
        tmp_path / "orders.xlsx",
        {
            "Cover": (["Alder Home"], [["Orders exported 2026-09-18"], ["Prepared by Robin"]]),
            "Orders": (
                ["Amazon orders, September"],
                [[""], ORDER_REPORT, *rows_from_dicts(ORDER_REPORT, [record])],
            ),
        },
    )
    [report] = run_import(database, path)
    assert (report.profile, report.orders_new, report.errors) == ("amazon_orders", 1, [])
    assert list(orders_by_id(database)) == ["114-3941689-8772232"]


# --- what an error says -------------------------------------------------------------------
def test_a_header_without_a_required_column_names_it_and_what_was_seen(
    database: Database, tmp_path: Path
) -> None:
    header = [name for name in ORDER_REPORT if name != "quantity-purchased"]
    path = order_report(tmp_path / "NewOrders.txt", header)
    before = database_bytes(database)
    [report] = run_import(database, path)
    message = report.errors[-1].message
    assert report.refused and report.unrecognised
    assert message.startswith("NewOrders.txt is not an order export of any known platform")
    assert "row 1 reads order-id, order-item-id, purchase-date" in message
    assert "closest is Amazon (Order Report)" in message
    assert "lacks quantity-purchased, which an import needs" in message
    assert database_bytes(database) == before


def test_an_error_quotes_a_short_excerpt_of_the_row(database: Database, tmp_path: Path) -> None:
    huge = "order-id" + "x" * 100_000
    path = write_csv(tmp_path / "odd.csv", [huge, "quantity", *"abcdefghijkl"], [["1"] * 14])
    [report] = run_import(database, path)
    assert report.refused and len(report.errors[-1].message) < 400
    assert row_excerpt(["", " a  b ", "c" * 50]) == "a b, " + "c" * 30 + "…"
    assert row_excerpt([str(n) for n in range(20)]).endswith("7, …")


@pytest.mark.parametrize(
    "key",
    ["not_an_export", "not_an_export_missing", "not_an_export_indistinct", "not_an_export_weak"],
)
def test_the_command_line_says_a_refusal_as_the_core_words_it(key: str) -> None:
    """The command line says the core's words in English, and translated in Chinese."""
    names = re.findall(r"\{(\w+)\}", IMPORT_MESSAGES[key])
    refusal = issue("f.csv", None, None, key, **{name: f"<{name}>" for name in names})
    assert problem_text(refusal, "en") == refusal.message
    assert problem_text(refusal, "zh") != refusal.message


def test_a_named_profile_takes_a_header_too_thin_to_be_detected(
    database: Database, tmp_path: Path
) -> None:
    header = ["order-id", "sku", "quantity-purchased"]
    path = write_csv(tmp_path / "thin.txt", header, [["114-1", "MUG", "1"]], delimiter="\t")
    [refused] = run_import(database, path)
    message = refused.errors[-1].message
    assert refused.refused and "the closest is Amazon (Order Report) (3 of" in message
    assert "but it has none of" in message and "which tell that export apart" in message
    [report] = run_import(database, path, profile="amazon_orders")
    assert (report.profile, report.orders_new) == ("amazon_orders", 1)


# --- too close to call --------------------------------------------------------------------
@contextmanager
def afresh(url: str) -> Iterator[Database]:
    """The shop database on new connections, to see what the command line did.

    (The test's own pooled connection was seen reading an older snapshot after a
    checkpoint and a run of the command line in between; a new engine never does.)
    """
    database = Connected(url)
    try:
        yield database
    finally:
        database.dispose()


def copy_of_amazon_orders(database: Database) -> None:
    """A shop's own mapping saved before the built-in profile existed: the same columns."""
    raw = yaml.safe_load(resource("platforms", "amazon_orders.yaml").read_text("utf-8"))
    save_user_profile(database, {**raw, "name": "my_amazon", "label": "My Amazon mapping"})


def test_a_close_call_is_refused_on_the_command_line_with_both_listed(
    database: Database, tmp_path: Path
) -> None:
    copy_of_amazon_orders(database)
    path = order_report(tmp_path / "NewOrders.txt")
    url = str(database.engine.url)
    home = tmp_path / "home"
    with afresh(url) as shop:
        before = database_bytes(shop)

    done = shipproof(home, "--db", url, "import", str(path))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "its columns fit several profiles about equally well" in done.stderr
    assert "choose one with --profile NAME" in done.stderr
    assert "--profile my_amazon  (My Amazon mapping:" in done.stderr
    assert "--profile amazon_orders  (Amazon (Order Report):" in done.stderr

    as_json = json.loads(shipproof(home, "--db", url, "import", str(path), "--json").stdout)
    [refused] = as_json["files"]
    assert refused["refused"] and {c["profile"] for c in refused["candidates"]} == {
        "my_amazon",
        "amazon_orders",
    }
    chinese = shipproof(home, "--db", url, "import", str(path), lang=CHINA)
    assert chinese.returncode == 1 and "请用 --profile 名称 指定其一" in chinese.stderr
    with afresh(url) as shop:
        assert database_bytes(shop) == before

    chosen = shipproof(home, "--db", url, "import", str(path), "--profile", "amazon_orders")
    assert chosen.returncode == 0, chosen.stderr
    with afresh(url) as shop:
        assert list(orders_by_id(shop)) == ["114-3941689-8772232"]


def test_an_unknown_profile_name_lists_the_names(database: Database, tmp_path: Path) -> None:
    path = order_report(tmp_path / "NewOrders.txt")
    url = str(database.engine.url)
    done = shipproof(tmp_path / "home", "--db", url, "import", str(path), "--profile", "amazon")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "no profile is named amazon; the profiles are:" in done.stderr
    assert "amazon_orders" in done.stderr


@pytest.mark.gui
def test_a_close_call_is_asked_in_the_app_and_the_answer_kept(
    qtbot, database: Database, tmp_path: Path
) -> None:
    from app.ui.import_dialog import ImportDialog

    copy_of_amazon_orders(database)
    path = order_report(tmp_path / "NewOrders.txt")
    dialog = ImportDialog(database, [path])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.choice_dialog is not None, timeout=10_000)
    question = dialog.choice_dialog
    assert question is not None and question.isVisible()
    listed = [question.candidates.item(row, 0).text() for row in range(2)]
    assert set(listed) == {"My Amazon mapping", "Amazon (Order Report)"}
    assert question.candidates.item(0, 2).text().endswith("%")
    assert not dialog.import_button.isEnabled()

    question.candidates.selectRow(listed.index("Amazon (Order Report)"))
    question.ok_button.click()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert dialog.summary.item(0, 1).text() == "Amazon"
    assert orders_by_id(database) == {}, "the preview must not write"
    with database.session() as session:
        kept = session.scalar(select(Setting.value).where(Setting.key == CHOICES_SETTING))
    assert kept is not None and list(json.loads(kept).values()) == ["amazon_orders"]

    again = ImportDialog(database, [path])  # the same columns: no question this time
    qtbot.addWidget(again)
    qtbot.waitUntil(again.import_button.isEnabled, timeout=10_000)
    assert again.choice_dialog is None


# --- --explain ----------------------------------------------------------------------------
def test_explain_prints_the_scores_and_imports_nothing(database: Database, tmp_path: Path) -> None:
    path = order_report(tmp_path / "NewOrders.txt")
    url = str(database.engine.url)
    home = tmp_path / "home"
    with afresh(url) as shop:
        before = database_bytes(shop)

    done = shipproof(home, "--db", url, "import", "--explain", str(path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "NewOrders.txt: amazon_orders, the best fit"
    assert re.fullmatch(
        r"\s+\d+%  amazon_orders  Amazon \(Order Report\): \d+ of \d+ known columns, "
        r"every required one; header on row 1",
        lines[1],
    )
    assert "amazon_unshipped" in lines[2] and "without quantity-to-ship" in lines[2]

    explained = shipproof(home, "--db", url, "import", "--explain", "--json", str(path))
    [table] = json.loads(explained.stdout)["files"][0]["tables"]
    best = table["candidates"][0]
    assert (table["chosen"], best["profile"], best["importable"], best["row"]) == (
        "amazon_orders",
        "amazon_orders",
        True,
        1,
    )
    assert best["found_columns"] <= best["known_columns"] and best["score"] > 0.9
    with afresh(url) as shop:
        assert database_bytes(shop) == before
        copy_of_amazon_orders(shop)

    close = shipproof(home, "--db", url, "import", "--explain", str(path))
    assert close.stdout.splitlines()[0] == (
        "NewOrders.txt: too close to call between my_amazon, amazon_orders; "
        "choose one with --profile NAME"
    )
