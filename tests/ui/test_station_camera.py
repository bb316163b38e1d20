"""The station's parcel camera: the frame of the label scan kept, hashed and chained.

CI has no camera: a :class:`BenchCamera` opens without hardware and the tests feed it
generated images through ``offer``, the method the video sink's handler calls.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from app.dispatch.photos import JPEG_MAGIC, PhotoStore
from app.storage import Database
from app.storage.models import Scan
from app.ui import settings_dialog, station_view
from app.ui.camera import (
    LONGEST_SIDE,
    CameraChoice,
    ParcelCamera,
    _best_format,
    choose_camera,
    chosen_camera,
    photo_on_open,
    set_photo_on_open,
)
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.helpers.station import open_station, scan, seed_orders

pytestmark = pytest.mark.gui
LABEL = "1Z5R89390357567127"
BENCH = CameraChoice("bench-cam-0", "Bench camera")
RED, BLUE = QColor(200, 30, 30), QColor(20, 40, 210)


class BenchCamera(ParcelCamera):
    """A camera that opens without hardware; frames come only from the test."""

    opened: list[CameraChoice]

    def start(self, choice: CameraChoice) -> None:
        self.stop()
        self.opened = [*getattr(self, "opened", []), choice]
        self.active = True
        self._set_status(self.tr("Camera: {name}").format(name=choice.name))


def frame(colour: QColor, width: int = 1920, height: int = 1080) -> QImage:
    """A webcam-like frame: a parcel-coloured field with a white 'label' in it."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(colour)
    painter = QPainter(image)
    painter.fillRect(QRect(QPoint(width // 3, height // 3), image.size() / 3), Qt.GlobalColor.white)
    painter.end()
    return image


def corner_colour(data: bytes) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(data)) as photo:
        return photo.convert("RGB").getpixel((5, 5))


def close_to(colour: tuple[int, int, int], expected: QColor) -> bool:
    wanted = (expected.red(), expected.green(), expected.blue())
    return all(abs(a - b) <= 12 for a, b in zip(colour, wanted, strict=True))


@pytest.fixture
def bench_camera(monkeypatch: pytest.MonkeyPatch) -> None:
    """This computer has chosen a camera; the station gets a BenchCamera for it."""
    monkeypatch.setattr(station_view, "ParcelCamera", BenchCamera)
    choose_camera(BENCH)


def camera_window(qtbot, database: Database, tmp_path: Path) -> MainWindow:
    seed_orders(database, tmp_path)
    window = open_station(qtbot, database)
    assert isinstance(window.station.camera, BenchCamera)
    return window


def photo_column(database: Database) -> list[str | None]:
    with database.session() as session:
        return list(session.scalars(select(Scan.photo_sha256).order_by(Scan.seq)))


@pytest.mark.usefixtures("bench_camera")
def test_the_label_scan_keeps_the_frame_of_its_moment(
    qtbot, database: Database, tmp_path: Path
) -> None:
    window = camera_window(qtbot, database, tmp_path)
    station, camera = window.station, window.station.camera
    assert camera.opened == [BENCH]
    assert station.live_view.isVisible() and station.camera_status.text() == "Camera: Bench camera"
    camera.offer(frame(RED))
    qtbot.waitUntil(lambda: station.live_view.pixmap().width() > 0, timeout=2_000)
    assert station.live_view.pixmap().width() <= 240 and station.live_view.pixmap().height() <= 135

    scan(qtbot, window, "#1001", "info")
    assert station.history.item(0, 2).text() == "Info"  # opening an order keeps no photo
    station.sounds.last_played = None
    camera.offer(frame(BLUE))  # the packer put the labelled parcel under the camera
    with qtbot.waitSignal(station.outcome_shown, timeout=5_000) as shown:
        scan(qtbot, window, LABEL, "ok")
    digest = shown.args[0].photo_sha256
    assert digest is not None

    assert photo_column(database) == [None, digest]
    data = PhotoStore.of(database).read(digest)
    assert (
        data is not None
        and data.startswith(JPEG_MAGIC)
        and hashlib.sha256(data).hexdigest() == digest
    )
    assert close_to(corner_colour(data), BLUE), "the frame current at the label scan"
    with Image.open(io.BytesIO(data)) as photo:
        assert photo.size == (LONGEST_SIDE, 720)
    assert station.history.item(0, 2).text() == "OK · photo"
    assert digest in station.history.item(0, 2).toolTip()
    assert station.history.item(1, 2).text() == "Info"


@pytest.mark.usefixtures("bench_camera")
def test_an_order_open_is_photographed_only_when_set(
    qtbot, database: Database, tmp_path: Path
) -> None:
    set_photo_on_open(True)
    window = camera_window(qtbot, database, tmp_path)
    window.station.camera.offer(frame(RED))
    scan(qtbot, window, "#1001", "info")
    [digest] = photo_column(database)
    assert digest is not None and PhotoStore.of(database).check(digest) == "ok"
    assert window.station.history.item(0, 2).text() == "Info · photo"


@pytest.mark.usefixtures("bench_camera")
def test_a_camera_without_frames_keeps_no_photo_and_says_nothing_wrong(
    qtbot, database: Database, tmp_path: Path
) -> None:
    window = camera_window(qtbot, database, tmp_path)
    scan(qtbot, window, "#1001", "info")
    window.station.sounds.last_played = None
    scan(qtbot, window, LABEL, "ok")
    assert photo_column(database) == [None, None]
    assert window.station.history.item(0, 2).text() == "OK"


def test_without_a_camera_nothing_changes(qtbot, database: Database, tmp_path: Path) -> None:
    seed_orders(database, tmp_path)
    window = open_station(qtbot, database)
    station = window.station
    assert chosen_camera() is None  # Off unless chosen
    assert not station.camera.active
    assert not station.live_view.isVisible() and not station.camera_status.isVisible()
    scan(qtbot, window, "#1001", "info")
    station.sounds.last_played = None
    scan(qtbot, window, LABEL, "ok")
    assert station.banner.text() == "DISPATCHED"
    assert photo_column(database) == [None, None]
    assert station.history.item(0, 2).text() == "OK"


# Where QtMultimedia loads, its FFmpeg backend warns once of optional libraries it lacks.
@pytest.mark.qt_log_ignore(r"Couldn't (load|resolve) .* (library|symbols)")
def test_a_chosen_camera_that_is_not_there_leaves_the_station_as_without(
    qtbot, database: Database, tmp_path: Path
) -> None:
    """The real ParcelCamera, for a camera this machine does not have (or no QtMultimedia)."""
    choose_camera(CameraChoice("unplugged-usb-cam", "Desk camera"))
    seed_orders(database, tmp_path)
    window = open_station(qtbot, database)
    station = window.station
    assert not station.camera.active and not station.live_view.isVisible()
    assert station.camera_status.isVisible() and station.camera_status.text()
    scan(qtbot, window, "#1001", "info")
    station.sounds.last_played = None
    scan(qtbot, window, LABEL, "ok")
    assert photo_column(database) == [None, None]
    station.end_shift()
    assert not station.camera_status.isVisible()


def test_a_still_without_a_frame_is_none() -> None:
    camera = ParcelCamera()
    assert camera.still()() is None
    camera.offer(QImage())  # a frame the backend could not convert
    assert camera.still()() is None


def test_a_stalled_camera_gives_no_still() -> None:
    now = [100.0]
    camera = ParcelCamera(clock=lambda: now[0])
    camera.offer(frame(RED, 640, 480))
    assert camera.still()() is not None
    now[0] += 5  # no frame for five seconds: the old one is not this parcel
    assert camera.still()() is None


def test_the_still_is_the_frame_when_asked_encoded_only_when_called() -> None:
    camera = ParcelCamera()
    camera.offer(frame(RED, 640, 480))
    still = camera.still()
    camera.offer(frame(BLUE, 640, 480))  # frames go on arriving while the scan is queued
    data = still()
    assert data is not None and close_to(corner_colour(data), RED)


@pytest.mark.parametrize(
    ("size", "expected"),
    [((4000, 3000), (1280, 960)), ((1080, 1920), (720, 1280)), ((640, 480), (640, 480))],
)
def test_encoding_bounds_the_size(size: tuple[int, int], expected: tuple[int, int]) -> None:
    camera = ParcelCamera()
    camera.offer(frame(BLUE, *size))
    data = camera.still()()
    assert data is not None and data.startswith(JPEG_MAGIC)
    with Image.open(io.BytesIO(data)) as photo:
        assert (photo.format, photo.size) == ("JPEG", expected)
    assert len(data) < 1_000_000


def test_the_live_view_gets_at_most_ten_frames_a_second(qtbot) -> None:
    now = [0.0]
    camera = ParcelCamera(clock=lambda: now[0])
    painted: list[QImage] = []
    camera.frame_ready.connect(painted.append)
    for _ in range(30):  # a 30 fps camera, for one second
        camera.offer(frame(RED, 320, 180))
        now[0] += 1 / 30
    assert 9 <= len(painted) <= 11


def open_settings(qtbot, database: Database, tmp_path: Path) -> SettingsDialog:
    dialog = SettingsDialog(database, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show_tab("station")
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_settings_choose_the_camera_for_this_computer(
    qtbot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, overhead = CameraChoice("usb-1", "Desk camera"), CameraChoice("usb-2", "Overhead camera")
    monkeypatch.setattr(settings_dialog, "video_inputs", lambda: [desk, overhead])
    dialog = open_settings(qtbot, database, tmp_path)
    combo = dialog.camera.camera
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Off",
        "Desk camera",
        "Overhead camera",
    ]
    assert combo.currentText() == "Off" and not dialog.camera.photo_on_open.isChecked()
    combo.setCurrentIndex(2)
    dialog.camera.photo_on_open.setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert chosen_camera() == overhead and photo_on_open()

    monkeypatch.setattr(settings_dialog, "video_inputs", list)  # unplugged since
    again = open_settings(qtbot, database, tmp_path)
    assert again.camera.camera.currentText() == "Overhead camera (not connected)"
    assert again.camera.photo_on_open.isChecked()
    again.save()  # saving other settings keeps the choice for when it is plugged back
    assert chosen_camera() == overhead

    monkeypatch.setattr(settings_dialog, "video_inputs", lambda: [desk, overhead])
    last = open_settings(qtbot, database, tmp_path)
    assert last.camera.camera.currentText() == "Overhead camera"
    last.camera.camera.setCurrentIndex(0)
    last.camera.photo_on_open.setChecked(False)
    last.save()
    assert chosen_camera() is None and not photo_on_open()


class Format:
    """What _best_format reads of a QCameraFormat."""

    def __init__(self, width: int, height: int, fps: float) -> None:
        self.size, self.fps = QSize(width, height), fps

    def resolution(self) -> QSize:
        return self.size

    def maxFrameRate(self) -> float:
        return self.fps


def test_the_camera_runs_at_the_largest_size_the_still_keeps() -> None:
    formats = [Format(640, 480, 30), Format(1280, 720, 30), Format(1280, 720, 5)]
    formats += [Format(1920, 1080, 30), Format(3840, 2160, 15)]
    best = _best_format(formats)
    assert (best.size, best.fps) == (QSize(1280, 720), 30)
    assert _best_format([Format(3840, 2160, 30), Format(1920, 1080, 30)]).size == QSize(1920, 1080)
    assert _best_format([]) is None
