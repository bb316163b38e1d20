"""The station's parcel camera: a live view, and the still that goes into the scan record.

The still is the camera's latest frame, not a ``QImageCapture.capture()``. A scan is
committed, with the photo's SHA-256 in its chained record, before the banner shows it;
``QImageCapture`` answers asynchronously, tens to hundreds of milliseconds later, so the
record would have to wait for it or be written without it. The latest frame is there at
once, and it is the frame of the moment the code was read: :meth:`ParcelCamera.still`
takes it when the scan arrives and encodes it only if the core keeps it.

Everything degrades quietly: no QtMultimedia backend, no camera, the chosen one unplugged,
access refused (macOS) — the station works exactly as without a camera and says so in a
short status line. QtMultimedia is imported only when a camera is started, so a station
with the camera off never loads it.

The choice is per computer (QSettings), like the station's name: which camera is plugged
into this bench is not the shop's business.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCameraPermission,
    QCoreApplication,
    QIODevice,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageWriter

log = logging.getLogger(__name__)

CAMERA_KEY = "station/camera"  # QSettings: the chosen camera's id; absent or "" is Off
CAMERA_NAME_KEY = "station/camera_name"  # its description, to name it when it is missing
PHOTO_ON_OPEN_KEY = "station/photo_on_open"
JPEG_QUALITY = 85
LONGEST_SIDE = 1280  # enough to read a label; a 4K webcam still would be 2-4 MB each
CONVERT_INTERVAL = 1 / 15  # seconds between frames turned into images (the still's age)
PREVIEW_INTERVAL = 1 / 10  # seconds between frames painted into the live view
MAX_FRAME_AGE = 2.0  # seconds: an older frame means the camera stalled, and proves nothing


@dataclass(frozen=True)
class CameraChoice:
    """The camera chosen on this computer (``None`` from :func:`chosen_camera` is Off)."""

    device_id: str
    name: str


def device_key(device: Any) -> str:
    """A ``QCameraDevice``'s id as stored in QSettings (ids are ASCII paths or GUIDs)."""
    return bytes(device.id().data()).decode("utf-8", errors="replace")


def chosen_camera() -> CameraChoice | None:
    settings = QSettings()
    device_id = str(settings.value(CAMERA_KEY, "") or "")
    if not device_id:
        return None
    return CameraChoice(device_id, str(settings.value(CAMERA_NAME_KEY, "") or device_id))


def choose_camera(choice: CameraChoice | None) -> None:
    settings = QSettings()
    settings.setValue(CAMERA_KEY, choice.device_id if choice else "")
    settings.setValue(CAMERA_NAME_KEY, choice.name if choice else "")


def photo_on_open() -> bool:
    value = QSettings().value(PHOTO_ON_OPEN_KEY, False)
    return value is True or str(value).lower() == "true"  # INI files give back "true"


def set_photo_on_open(on: bool) -> None:
    QSettings().setValue(PHOTO_ON_OPEN_KEY, on)


def video_inputs() -> list[CameraChoice]:
    """The cameras Qt sees now; none when QtMultimedia or its backend cannot load."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as error:  # e.g. a Linux box without PulseAudio's library
        log.warning("cameras unavailable: %s", error)
        return []
    return [CameraChoice(device_key(d), d.description()) for d in QMediaDevices.videoInputs()]


def encode_jpeg(image: QImage, quality: int = JPEG_QUALITY, longest: int = LONGEST_SIDE) -> bytes:
    """``image`` as JPEG bytes, scaled down so its longest side is at most ``longest``.

    Safe in any thread: QImage, QBuffer and QImageWriter are reentrant.
    """
    if max(image.width(), image.height()) > longest:
        image = image.scaled(
            longest,
            longest,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if image.format() != QImage.Format.Format_RGB888:
        image = image.convertToFormat(QImage.Format.Format_RGB888)  # JPEG has no alpha
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(quality)
    if not writer.write(image):
        raise OSError(f"JPEG encoding failed: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def _best_format(formats: list[Any]) -> Any:
    """The largest format the still keeps whole (longest side ≤ 1280), at 10 fps or more.

    A bigger one would be shrunk anyway and costs more to convert on the GUI thread; a
    camera offering nothing that small gets its smallest.
    """
    usable = [f for f in formats if f.maxFrameRate() >= 10] or formats
    if not usable:
        return None

    def longest(fmt: Any) -> int:
        size = fmt.resolution()
        return max(size.width(), size.height())

    fitting = [f for f in usable if longest(f) <= LONGEST_SIDE]
    if not fitting:
        return min(usable, key=longest)
    return max(fitting, key=lambda f: (longest(f), f.maxFrameRate()))


class ParcelCamera(QObject):
    """One camera, its latest frame kept for :meth:`still`, downscaled frames for a view.

    ``frame_ready`` carries a frame at most ten times a second, for painting; ``status``
    a short translated line ("Camera: …", "No camera", an error). Frames come in through
    :meth:`offer`, which tests call with generated images.
    """

    frame_ready = Signal(QImage)
    status_changed = Signal(str)

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._lock = threading.Lock()
        self._frame: QImage | None = None
        self._frame_time = 0.0
        self._last_converted = float("-inf")
        self._last_preview = float("-inf")
        self._camera: Any = None  # QCamera, QMediaCaptureSession, QVideoSink once started
        self._session: Any = None
        self._sink: Any = None
        self._wanted: CameraChoice | None = None
        self.status = ""
        self.active = False  # a camera is running (or, in tests, being fed)

    # --- frames ----------------------------------------------------------------------------
    def offer(self, image: QImage) -> None:
        """Keep ``image`` as the latest frame (any thread); pass it on for the view."""
        if image.isNull():
            return
        now = self._clock()
        with self._lock:
            self._frame, self._frame_time = image, now  # implicitly shared: no pixel copy
        if now - self._last_preview >= PREVIEW_INTERVAL:
            self._last_preview = now
            self.frame_ready.emit(image)

    def latest(self) -> QImage | None:
        """The latest frame, or None when there is none or it is too old to be the parcel."""
        with self._lock:
            frame, taken = self._frame, self._frame_time
        if frame is None or self._clock() - taken > MAX_FRAME_AGE:
            return None
        return frame

    def still(self) -> Callable[[], bytes | None]:
        """The frame of this moment, as a function that encodes it to JPEG when called.

        Call it when the scan arrives; the function may run later in the scan worker, and
        costs a few milliseconds only if the core keeps the photo. It returns None when no
        frame had arrived (or the camera had stalled).
        """
        frame = self.latest()

        def encode() -> bytes | None:
            return encode_jpeg(frame) if frame is not None else None

        return encode

    def _forget_frame(self) -> None:
        with self._lock:
            self._frame = None  # a stopped camera's last frame is not today's parcel

    # --- the device --------------------------------------------------------------------------
    def start(self, choice: CameraChoice) -> None:
        """Open ``choice`` (asking for access where the OS wants it); never raises."""
        self.stop()
        self._wanted = choice
        application = QCoreApplication.instance()
        permission = QCameraPermission()
        status = application.checkPermission(permission) if application else None
        if status == Qt.PermissionStatus.Undetermined and application is not None:
            self._set_status(self.tr("Camera: waiting for access…"))
            application.requestPermission(permission, self, self._permission_answered)
            return
        if status == Qt.PermissionStatus.Denied:
            self._refused()
            return
        self._open(choice)

    def _permission_answered(self, permission: Any) -> None:
        if self._wanted is None:
            return  # stopped meanwhile
        if permission.status() == Qt.PermissionStatus.Granted:
            self._open(self._wanted)
        else:
            self._refused()

    def _refused(self) -> None:
        self._set_status(self.tr("Camera access refused: allow it in the system's settings"))

    def _open(self, choice: CameraChoice) -> None:
        try:
            from PySide6.QtMultimedia import (
                QCamera,
                QMediaCaptureSession,
                QMediaDevices,
                QVideoSink,
            )
        except ImportError as error:
            log.warning("no camera support: %s", error)
            self._set_status(self.tr("No camera (camera support is not installed)"))
            return
        device = next(
            (d for d in QMediaDevices.videoInputs() if device_key(d) == choice.device_id), None
        )
        if device is None:
            self._set_status(
                self.tr("No camera: {name} is not connected").format(name=choice.name)
                if QMediaDevices.videoInputs()
                else self.tr("No camera")
            )
            return
        self._camera = QCamera(device, self)
        best = _best_format(device.videoFormats())
        if best is not None:
            self._camera.setCameraFormat(best)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame_arrived)
        self._camera.errorOccurred.connect(self._camera_error)
        self._camera.activeChanged.connect(self._active_changed)
        self.active = True
        self._set_status(self.tr("Camera: {name}").format(name=device.description()))
        self._camera.start()

    def _frame_arrived(self, frame: Any) -> None:
        # Converting a frame costs a few milliseconds of the GUI thread: 15 a second are
        # plenty for a still that is at most 70 ms older than the scan.
        now = self._clock()
        if now - self._last_converted < CONVERT_INTERVAL:
            return
        self._last_converted = now
        self.offer(frame.toImage())

    def _camera_error(self, _error: Any, message: str) -> None:
        log.warning("camera error: %s", message)
        self._close()
        self._set_status(self.tr("Camera error: {message}").format(message=message))

    def _active_changed(self, active: bool) -> None:
        if not active and self._camera is not None and self.active:
            self._close()  # unplugged, or taken by another program
            self._set_status(self.tr("No camera: the camera stopped"))

    def _close(self) -> None:
        self.active = False
        self._forget_frame()
        camera, session, sink = self._camera, self._session, self._sink
        self._camera = self._session = self._sink = None
        if sink is not None:
            sink.videoFrameChanged.disconnect(self._frame_arrived)
        if camera is not None:
            camera.activeChanged.disconnect(self._active_changed)
            camera.errorOccurred.disconnect(self._camera_error)
            camera.stop()
        for item in (session, camera, sink):
            if item is not None:
                item.deleteLater()

    def stop(self) -> None:
        """Close the camera, if any; the status line goes blank."""
        self._wanted = None
        self._close()
        self._set_status("")

    def _set_status(self, text: str) -> None:
        self.status = text
        self.status_changed.emit(text)
