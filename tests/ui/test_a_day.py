"""A shopkeeper's whole day in the window, as they live it, in each language.

Yesterday the shop imported its Taobao and Pinduoduo orders and packed most of them. This
morning the window opens on Today; the owner drops this morning's Shopify and Amazon
exports on it, packs at the station with a scanner (and the mistakes of a tired packer),
refreshes tracking, acknowledges an alert with a note, previews an evidence pack and the
packing slips, backs up, and switches the language for tomorrow.

Every stop is photographed at 1280×720 and 1920×1080 (dialogs over the window, as seen):
to ``$SHIPPROOF_SCREENSHOTS`` when set (``docs/screenshots/`` is made so), else to the
test's own folder; in Chinese every stop is also checked for English left on screen.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from sqlalchemy import func, select

from app import shop as shop_settings
from app.demo_dates import shift_for, write_shifted
from app.dispatch.outcome import ScanCode
from app.i18n import chosen_language
from app.paths import resource
from app.storage import Database
from app.storage.models import Order, Shipment, ShipmentOrder
from app.tracking.config import SIMULATOR_ENV, providers
from app.tracking.demo_story import demo_scenario, pack_demo_parcels, ups_label
from app.tracking.simulator import Scenario, Simulator
from app.ui.evidence_dialog import EvidenceDialog
from app.ui.fonts import use_bundled_cjk_font
from app.ui.main_window import MainWindow
from app.ui.sounds import Sounds
from tests.helpers.drop import drop_files
from tests.helpers.orders import run_import
from tests.helpers.screens import chrome, english, shop_data
from tests.helpers.station import burst

pytestmark = pytest.mark.gui

SIZES = ((1280, 720), (1920, 1080))
SHANGHAI = "Asia/Shanghai"
YESTERDAYS = ("ExportOrderList", "ExportOrderDetailList", "pinduoduo")  # imported and packed
THIS_MORNINGS = ("shopify", "amazon")  # dropped on the window today


def _demo_files(tmp_path: Path, now: datetime) -> dict[str, Path]:
    """The demo exports, moved to this week (as the demo shop has them)."""
    files = sorted(p for p in resource("demo").iterdir() if p.is_file() and p.suffix != ".md")
    shift = shift_for(now.astimezone(ZoneInfo(SHANGHAI)))
    folder = tmp_path / "exports"
    folder.mkdir()
    copies = write_shifted(files, folder, shift)
    return {copy.name: copy for copy in copies}


class Camera:
    """Photographs each stop of the day at every size, numbered in the day's order."""

    def __init__(self, folder: Path, language: str, window: MainWindow) -> None:
        self.folder, self.language, self.window = folder, language, window
        self.folder.mkdir(parents=True, exist_ok=True)
        self.taken: list[Path] = []
        self.data: frozenset[str] = frozenset()

    def snap(self, name: str, dialog: QWidget | None = None) -> None:
        for width, height in SIZES:
            self.window.resize(width, height)
            if dialog is not None:
                dialog.resize(min(dialog.width(), width - 80), min(dialog.height(), height - 80))
            for _ in range(5):
                QApplication.processEvents()
            picture = self.window.grab()
            if dialog is not None:  # the dialog over its window, centred as Qt places it
                over = dialog.grab()
                painter = QPainter(picture)
                painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
                corner = QPoint(
                    (picture.width() - over.width()) // 2, (picture.height() - over.height()) // 2
                )
                painter.drawPixmap(corner, over)
                painter.end()
            path = (
                self.folder
                / f"{self.language}-{width}x{height}-{len(self.taken) // 2 + 1:02d}-{name}.png"
            )
            assert picture.save(str(path), "PNG", 0), path  # 0: the smallest file
            self.taken.append(path)
        self._looked_at(picture, dialog or self.window)

    def _looked_at(self, picture: QPixmap, top: QWidget) -> None:
        """Not blank, and in Chinese no English word the shop did not type."""
        image = picture.toImage().scaled(64, 36)
        colours = {image.pixel(x, y) for x in range(64) for y in range(36)}
        assert len(colours) > 8, "a blank picture"
        if self.language == "zh":
            for widget, text in chrome(top):
                assert not english(text, self.data), (type(widget).__name__, text)


@pytest.fixture
def drawn_chinese(qapp: QApplication) -> Iterator[None]:
    """The bundled Chinese font, as the app loads it at start where the system has none."""
    before = qapp.font()
    use_bundled_cjk_font(qapp)
    yield
    qapp.setFont(before)


@pytest.fixture
def morning(database: Database, tmp_path: Path) -> Iterator[tuple[Database, dict[str, Path], str]]:
    """Yesterday's work done; the simulator tells the carriers' side of it."""
    now = datetime.now(UTC)
    shop_settings.save(
        database,
        shop_settings.ShopSettings(
            name="小猫茶铺 Tea House",
            timezone=SHANGHAI,
            stores=[("taobao", "default"), ("pinduoduo", "default"), ("shopify", "default")],
        ),
        set_up=True,
    )
    files = _demo_files(tmp_path, now)
    yesterdays = [path for name, path in files.items() if name.startswith(YESTERDAYS)]
    reports = run_import(database, *yesterdays, zone=None)
    assert all(not report.refused for report in reports), reports
    assert pack_demo_parcels(database, now) > 0
    simulator = Simulator(Scenario({}))
    server = simulator.serve(0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    simulator.scenario = demo_scenario(database)
    yield database, files, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _awaiting(database: Database, platform_prefix: str) -> list[str]:
    with database.session() as session:
        return sorted(
            session.scalars(
                select(Order.order_id).where(
                    Order.status == "awaiting_dispatch", Order.order_id.like(f"{platform_prefix}%")
                )
            )
        )


def test_a_day_at_the_shop(
    qtbot,
    language: str,
    drawn_chinese: None,
    morning: tuple[Database, dict[str, Path], str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database, files, simulator_url = morning
    shots = Path(os.environ.get("SHIPPROOF_SCREENSHOTS") or tmp_path / "screenshots")
    window = MainWindow(
        database,
        Sounds(silent=True),
        providers=providers({SIMULATOR_ENV: simulator_url}),
        preferences=tmp_path / "prefs",
    )
    qtbot.addWidget(window)
    camera = Camera(shots, language, window)
    window.resize(*SIZES[0])
    with qtbot.waitSignal(window.today.loaded, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)

    # 08:30 — the window opens on what must be done today
    assert window.current_page() == "today"
    before = window.today.summary
    assert before is not None and before.count("awaiting").value > 0
    camera.data = shop_data(database)
    camera.snap("today")

    # this morning's exports, dropped on the window: previewed, then imported
    todays = [path for name, path in files.items() if name.startswith(THIS_MORNINGS)]
    dialog = drop_files(window, *todays)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    camera.snap("import-preview", dialog)
    with (
        qtbot.waitSignal(window.today.loaded, timeout=20_000),
        qtbot.waitSignal(dialog.imported, timeout=20_000),
    ):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    after = window.today.summary
    assert after is not None and after.count("awaiting").value > before.count("awaiting").value
    camera.data = shop_data(database)

    # the packing station: a shift, then a tired packer's scans at scanner speed
    window.show_page("station")
    station = window.station
    qtbot.keyClicks(station.operator, "Lin")
    qtbot.mouseClick(station.start_button, Qt.MouseButton.LeftButton)
    assert station.station is not None
    outcomes: list[str] = []
    station.outcome_shown.connect(lambda outcome: outcomes.append(str(outcome.code)))
    first, second = _awaiting(database, "#")[:2]  # two Shopify orders
    labels = [ups_label(900), ups_label(901)]
    day = [
        (first, ScanCode.ORDER_OPENED),
        (labels[0], ScanCode.DISPATCHED),
        (labels[1], ScanCode.NO_OPEN_ORDER),  # the order forgotten: the label alone is refused
        (second, ScanCode.ORDER_OPENED),
        (labels[0], ScanCode.TRACKING_IN_USE),  # the last parcel's label, scanned again
        (labels[1], ScanCode.DISPATCHED),
        (first, ScanCode.ALREADY_DISPATCHED),  # packed twice? the station says it is gone
        ("#1001", ScanCode.ORDER_REFUNDED),  # refunded this morning: stopped before a label
    ]
    for number, (code, expected) in enumerate(day, 1):
        burst(qtbot, window.navigation, code, 5)  # the focus is on the page list, not a field
        qtbot.waitUntil(lambda count=number: len(outcomes) >= count, timeout=10_000)
        assert outcomes[-1] == expected, (code, outcomes)
        qtbot.wait(40)  # the next trigger pull
    with database.session() as session:  # one label, one parcel, on the right order
        bound = dict(
            session.execute(
                select(Order.order_id, Shipment.tracking_number)
                .join(ShipmentOrder, ShipmentOrder.order_pk == Order.id)
                .join(Shipment, Shipment.id == ShipmentOrder.shipment_id)
                .where(Shipment.tracking_number.in_(labels))
            ).all()
        )
    assert bound == {first: labels[0], second: labels[1]}
    scanned = datetime.strptime(station.history.item(0, 0).text(), "%H:%M:%S").time()
    shop_now = datetime.now(ZoneInfo(SHANGHAI))
    apart = abs((shop_now.hour * 60 + shop_now.minute) - (scanned.hour * 60 + scanned.minute))
    assert min(apart, 24 * 60 - apart) <= 2, "the bench reads the shop's clock, like every page"
    camera.snap("station")

    # tracking refreshed in the background; the carriers' news raises alerts
    window.show_page("tracking")
    tracking = window.tracking
    with qtbot.waitSignal(tracking.refreshed, timeout=60_000) as refreshed:
        qtbot.mouseClick(tracking.refresh_button, Qt.MouseButton.LeftButton)
    assert refreshed.args[0].report.events_new > 0
    carriers = {tracking.model.index(row, 1).data() for row in range(tracking.model.rowCount())}
    assert carriers == ({"中通快递", "UPS"} if language == "zh" else {"ZTO Express", "UPS"})
    tracking.table.selectRow(0)
    camera.snap("tracking")

    # an alert acknowledged with what is being done about it
    window.show_page("alerts")
    alerts = window.alerts
    alerts.reload()
    assert alerts.model.rowCount() > 0
    alerts.table.selectRow(0)
    note = "已致电快递网点" if language == "zh" else "rang the depot"
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: (note, True))
    qtbot.mouseClick(alerts.ack_button, Qt.MouseButton.LeftButton)
    assert any(alerts.model.index(row, 8).data() == note for row in range(alerts.model.rowCount()))
    camera.snap("alerts")

    # the evidence pack of a parcel, previewed for a dispute
    window.show_page("tracking")
    tracking.table.selectRow(0)
    evidence = tracking.open_evidence()
    assert isinstance(evidence, EvidenceDialog)
    qtbot.waitUntil(lambda: bool(evidence.packs) and evidence._worker is None, timeout=30_000)
    camera.snap("evidence", evidence)
    evidence.close()

    # packing slips for what is still to pack, previewed on the shop's paper
    window.show_page("orders")
    orders = window.orders
    qtbot.waitUntil(lambda: orders.model.rowCount() > 3, timeout=10_000)
    for row in range(3):
        orders.table.selectionModel().select(
            orders.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    slips = orders.print_slips()
    assert slips is not None
    qtbot.waitUntil(lambda: slips.ready is not None, timeout=30_000)
    camera.snap("slips", slips)
    slips.close()

    # the evening: a backup made now, verified
    with qtbot.waitSignal(window.backup_finished, timeout=60_000) as backed_up:
        window.back_up_now()
    assert backed_up.args[0] is not None and backed_up.args[0].exists()

    # and the other language, from tomorrow's start
    other = "en" if language == "zh" else "zh"
    settings = window.edit_settings()
    settings.language.setCurrentIndex(settings.language.findData(other))
    camera.snap("settings", settings)
    settings.save()
    assert chosen_language(window.preferences) == other

    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Shipment)) > 2
    assert len(camera.taken) == 2 * 8
