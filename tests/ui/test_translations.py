"""Simplified Chinese throughout the GUI, through Qt's translation system.

Three guards: the committed .ts files hold a finished translation of every message the
sources have; the running GUI in Chinese shows no English chrome on any page or on any
dialog its menus open (whatever dialogs exist by then); and the language can be switched.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QThreadPool
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from app import shop_time
from app.alerts.listing import AlertRow
from app.alerts.messages import MESSAGES as ALERT_TEMPLATES
from app.catalogue import placeholders
from app.demo import bring_tracking_alive, ensure_demo_shop
from app.dispatch import outcome as station
from app.evidence import sentences as evidence
from app.orders.issues import IMPORT_MESSAGES
from app.paper import command_sheet
from app.storage import Database
from app.ui import core_messages
from app.ui.main_window import MainWindow
from app.ui.sounds import Sounds
from app.ui.translations import install_translators, remove_translators
from tests.helpers.screens import NOT_WORDS, chrome, english, shop_data

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "app" / "resources" / "i18n"
# a placeholder by its name: "{month:02d}" fills the same value as "{month}"
PLACEHOLDER = re.compile(r"\{(\w*)(?::[^{}]*)?\}")


# Strings in files owned by others, not wrapped in tr() yet; drop each once it is.
# --- the committed .ts files ----------------------------------------------------------------
def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _where(message: ET.Element) -> str:
    location = message.find("location")
    if location is None:
        return "?"
    name = location.get("filename") or "?"
    name = name[name.find("app/") :] if "app/" in name else name
    return f"{name}:{location.get('line')}"


def _problem(source: str, translation: ET.Element | None) -> str | None:
    """Why ``translation`` of ``source`` is not usable yet, or None when it is."""
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return "untranslated"
    forms = [form.text or "" for form in translation.iter("numerusform")] or [
        translation.text or ""
    ]
    for form in forms:
        if not form.strip():
            return "empty translation"
        if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
            return f"placeholders differ in {form!r}"
        if ("&" in source) != ("&" in form) and not NOT_WORDS.search(source):
            return f"accelerator lost or added in {form!r}"
        if "%n" in source and "%n" not in form:
            return f"%n lost in {form!r}"
    return None


@pytest.mark.parametrize("locale_name", ["zh_CN", "en"])
def test_committed_translations_cover_every_message(tmp_path: Path, locale_name: str) -> None:
    """lupdate over today's sources finds nothing the committed file lacks or leaves undone."""
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--output", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    name = f"shipproof_{locale_name}.ts"
    committed = _messages(I18N / name)
    problems = []
    for (context, source), message in _messages(tmp_path / name).items():
        done = committed.get((context, source))
        problem = _problem(source, None if done is None else done.find("translation"))
        if problem is not None:
            problems.append(f"{_where(message)}: [{context}] {source!r}: {problem}")
    assert not problems, (
        f"{name} is behind the sources; run tools/update_translations.py and translate:\n"
        + "\n".join(problems)
    )


def test_every_core_template_is_in_the_catalogue() -> None:
    """Each keyed core template is declared with QT_TRANSLATE_NOOP, so lupdate took it in.

    A template built some other way (a constant from elsewhere, an f-string) would be said
    in English on every face; the .ts is what lupdate found, so it must hold them all.
    """
    catalogue = _messages(I18N / "shipproof_zh_CN.ts")
    for context, templates in (
        ("ScanDetail", station.MESSAGES),
        ("AlertMessage", ALERT_TEMPLATES),
        ("ImportProblem", IMPORT_MESSAGES),
        ("EvidencePack", evidence.SENTENCES),
        ("EvidencePack", evidence.ANCHOR_CHAINS),
        (
            "EvidencePack",
            {
                f"{key} {n}": text
                for key, texts in evidence.COLUMNS.items()
                for n, text in enumerate(texts)
                if text
            },
        ),
        ("EvidenceMilestone", evidence.MILESTONES),
        ("DateFormat", shop_time.DATE_FORMATS),
        ("Month", {str(n): text for n, text in enumerate(shop_time.MONTHS, 1)}),
        ("Paper", command_sheet.MEANINGS),
    ):
        missing = [key for key, text in templates.items() if (context, text) not in catalogue]
        assert missing == [], context


# --- the running GUI --------------------------------------------------------------------
@pytest.fixture
def chinese(qapp: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    """The GUI in Chinese for one test; the source text and locale come back after it."""
    before = QLocale()
    install_translators(qapp, "zh", cache_dir=tmp_path / "i18n-cache")
    yield qapp
    remove_translators(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def demo_shop(database: Database) -> Iterator[tuple[Database, dict[str, Any]]]:
    ensure_demo_shop(database)
    server, providers = bring_tracking_alive(database)
    yield database, providers
    server.shutdown()
    server.server_close()


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Qt's blocking helpers replaced: their titles, labels and filters are kept instead."""
    asked: list[str] = []

    def keep(*texts: Any) -> None:
        asked.extend(text for text in texts if isinstance(text, str))

    def file_names(_parent: Any, title: str = "", _folder: str = "", filters: str = "", *_a: Any):
        keep(title, filters)
        return [], ""

    def file_name(_parent: Any, title: str = "", _folder: str = "", filters: str = "", *_a: Any):
        keep(title, filters)
        return "", ""

    def folder(_parent: Any, title: str = "", *_a: Any) -> str:
        keep(title)
        return ""

    def message(_parent: Any, title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        keep(title, text)
        return QMessageBox.StandardButton.Cancel

    def text(_parent: Any, title: str, label: str, *_a: Any, **_k: Any) -> tuple[str, bool]:
        keep(title, label)
        return "", False

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(file_names))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(file_name))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(file_name))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(message))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(text))

    def item(_parent: Any, title: str, label: str, items: list[str], *_a: Any, **_k: Any):
        keep(title, label)  # the items are names: platforms, by their own names
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(item))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: keep(dialog.windowTitle()) or 0)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    return asked


def _owner(item: QObject) -> str:
    """``QPushButton#name in StationView``: enough to find the string in the code."""
    name = (
        f"{type(item).__name__}#{item.objectName()}" if item.objectName() else type(item).__name__
    )
    parent = item.parent()
    while parent is not None and type(parent).__module__.startswith("PySide6"):
        parent = parent.parent()
    return f"{name} in {type(parent).__name__}" if parent is not None else name


class Collector:
    """Gathers English found in windows and dialogs, with where each string sits."""

    def __init__(self, data: frozenset[str]) -> None:
        self.data = data
        self.found: dict[str, set[str]] = {}

    def walk(self, top: QWidget) -> None:
        for item, text in chrome(top):
            self.check(_owner(item), text)

    def check(self, where: str, text: str) -> None:
        words = english(text, self.data)
        if words:
            self.found.setdefault(f"{where}: {text!r}", set()).update(words)

    def report(self) -> str:
        return "\n".join(f"{key}  ← {sorted(words)}" for key, words in sorted(self.found.items()))


def _menu_actions(window: MainWindow) -> Iterator[QAction]:
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if not action.isSeparator() and action.menu() is None:
                yield action


class KeepOpen(QObject):
    """Refuses to close the window it watches, so Quit can be clicked like the rest."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        return False


def _new_dialogs(before: set[QWidget]) -> list[QDialog]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible() and widget not in before
    ]


def open_every_menu_dialog(qtbot, window: MainWindow, collector: Collector) -> int:
    """Trigger each menu item; check and close every dialog that comes up."""
    keep_open = KeepOpen(window)
    window.installEventFilter(keep_open)
    opened = 0
    for action in list(_menu_actions(window)):
        before = set(QApplication.topLevelWidgets())
        action.trigger()
        qtbot.waitUntil(
            lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30_000
        )
        QCoreApplication.processEvents()
        for dialog in _new_dialogs(before):
            opened += 1
            collector.walk(dialog)
            dialog.reject()
    window.removeEventFilter(keep_open)
    if window.isFullScreen():
        window.showNormal()
    return opened


def test_the_chinese_gui_shows_no_english(
    qtbot, chinese: QApplication, demo_shop, quiet: list[str], tmp_path: Path
) -> None:
    database, providers = demo_shop
    window = MainWindow(database, Sounds(silent=True), providers=providers)
    qtbot.addWidget(window)
    window.show()
    collector = Collector(shop_data(database))

    # the packing station after a shift starts and a code nobody knows is scanned
    window.show_page("station")
    window.station.operator.setText("李伟")
    window.station.start_shift()
    with qtbot.waitSignal(window.station.outcome_shown, timeout=10_000):
        window.station.submit("777000111222333", from_scanner=False)
    for row in range(window.station.history.rowCount()):
        collector.check("station history result", window.station.history.item(row, 2).text())

    # the pages, and the columns that show the core's codes
    window.alerts.history.setChecked(True)
    collector.walk(window)
    for table, columns in ((window.tracking.table, (3,)), (window.alerts.table, (0, 1, 6))):
        model = table.model()
        assert model.rowCount(), "the demo shop should fill this table"
        for row in range(model.rowCount()):
            for column in columns:
                collector.check(
                    f"{type(table.parent()).__name__} cell", model.index(row, column).data()
                )

    # every dialog the menus open, today's and tomorrow's
    assert open_every_menu_dialog(qtbot, window, collector) >= 2

    # dialogs opened from the pages: import (with column mapping) and evidence packs
    from app.ui.mapping_dialog import MappingDialog
    from tests.helpers.exports import write_csv
    from tests.helpers.mapping import HEADER, ROWS

    unknown = write_csv(tmp_path / "快手订单.csv", HEADER, ROWS, encoding="utf-8-sig")
    importing = window.import_files([unknown])
    qtbot.waitUntil(importing.map_button.isVisible, timeout=10_000)
    importing.map_button.click()
    qtbot.waitUntil(lambda: importing.findChild(MappingDialog) is not None, timeout=10_000)
    mapping = importing.findChild(MappingDialog)
    qtbot.waitUntil(lambda: mapping.status_values.rowCount() > 0, timeout=10_000)
    collector.walk(importing)
    collector.walk(mapping)
    mapping.reject()
    importing.reject()

    window.show_page("orders")
    window.orders.table.selectRow(0)
    evidence = window.orders.open_evidence()
    assert evidence is not None
    qtbot.waitUntil(lambda: bool(evidence.packs), timeout=30_000)
    collector.walk(evidence)
    evidence.close()
    window.orders.table.selectAll()
    batch = window.orders.open_evidence()
    assert batch is not None and not batch.preview_mode
    collector.walk(batch)
    batch.close()

    window.alerts.table.selectRow(0)
    window.alerts.acknowledge_selected()
    for text in quiet:
        collector.check("a dialog Qt draws (title, label or file filter)", text)
    assert not collector.found, "English left in the Chinese GUI:\n" + collector.report()


def test_install_translators_switches_the_language(
    qtbot, qapp: QApplication, database: Database, tmp_path: Path
) -> None:
    before = QLocale()
    cache = tmp_path / "cache"
    try:
        install_translators(qapp, "zh", cache_dir=cache)
        chinese = MainWindow(database)
        qtbot.addWidget(chinese)
        assert chinese.menuBar().actions()[0].text() == "文件(&F)"
        assert QLocale().language() == QLocale.Language.Chinese
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own

        install_translators(qapp, "en", cache_dir=cache)
        english_window = MainWindow(database)
        qtbot.addWidget(english_window)
        assert english_window.menuBar().actions()[0].text() == "&File"
        assert QLocale().language() != QLocale.Language.Chinese
        assert english_window.orders.tr("%n order(s)", "", 1) == "1 order"
        assert english_window.orders.tr("%n order(s)", "", 2) == "2 orders"
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)


def test_without_lrelease_the_gui_stays_english(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    from app.ui import translations

    sources = tmp_path / "resources" / "i18n"
    sources.mkdir(parents=True)
    for ts in I18N.glob("*.ts"):
        (sources / ts.name).write_bytes(ts.read_bytes())
    monkeypatch.setattr(
        translations, "resource", lambda *parts: tmp_path.joinpath("resources", *parts)
    )
    monkeypatch.setattr(translations, "lrelease_binary", lambda: None)
    before = QLocale()
    try:
        translations.install_translators(qapp, "zh", cache_dir=tmp_path / "cache")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert "stays in English" in caplog.text
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)


def test_compiling_for_the_build(tmp_path: Path) -> None:
    from app.ui.translations import main

    assert main(["--compile", str(tmp_path)]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "shipproof_en.qm",
        "shipproof_zh_CN.qm",
    ]


def alert_row(key: str | None, values: dict[str, Any] | None, recorded: str) -> AlertRow:
    """An alert as the Alerts page lists it, with what it says and its recorded English."""
    return AlertRow(
        id=1,
        rule="stalled",
        severity="warning",
        level=0,
        order_id=None,
        order_pk=None,
        tracking_number=None,
        opened_utc=datetime(2026, 12, 1, tzinfo=UTC),
        state="open",
        message=recorded,
        message_key=key,
        message_values=values,
        note=None,
    )


def test_alert_and_scan_messages_say_their_values_in_chinese(chinese: QApplication) -> None:
    samples: dict[str, str | int | None] = {
        "label": "SF1234567890",
        "status": "delivery_failed",
        "carrier_says": "收件人拒收",
        "age": 76,
        "order": "TB20260001",
    }
    for key, template in ALERT_TEMPLATES.items():
        values = {name: samples[name] for name in placeholders(template)}
        said = core_messages.alert_message(alert_row(key, values, "recorded"))
        assert not english(said, frozenset({"SF1234567890", "TB20260001"})), (key, said)
        assert "SF1234567890" in said or "TB20260001" in said
    stalled = alert_row("stalled", samples, "recorded")
    assert "3天4小时" in core_messages.alert_message(stalled)
    exception = alert_row("delivery_exception", samples, "")
    assert "派送失败" in core_messages.alert_message(exception)
    # kept before alerts had keys, or a key this version does not know: as recorded
    for key in (None, "a_new_rule"):
        kept = alert_row(key, None, "something else entirely")
        assert core_messages.alert_message(kept) == "something else entirely"

    outcome = station.ScanOutcome(
        input="X",
        normalized="X",
        result="error",
        code="order_refunded",
        message="STOP: …",
        order_id="#1",
        detail="stopped",
        params={"order": "#1", "status": "refunded", "platform_status": "退款成功"},
    )
    assert core_messages.scan_detail(outcome) == "停！订单 #1 的状态为已退款（退款成功）— 请勿发货"
    unknown = station.ScanOutcome(
        input="X", normalized="X", result="error", code="new_code", message="a new English message"
    )
    assert core_messages.scan_detail(unknown) == "a new English message"


def test_no_sentence_hides_inside_an_f_string() -> None:
    """lupdate does not read inside f-strings: a ``self.tr("…")`` there never reaches the
    catalogue and stays English in the Chinese GUI (the Tracking page's "No carrier event
    yet." did)."""
    import ast

    hidden = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and (
                    (
                        isinstance(inner.func, ast.Attribute)
                        and inner.func.attr in {"tr", "translate"}
                    )
                    or (isinstance(inner.func, ast.Name) and inner.func.id in {"tr", "translate"})
                ):
                    hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert hidden == []
