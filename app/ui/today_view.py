"""The Today page, where the app opens: what to dispatch, what is late, how the week goes.

Every number is a button that opens the list it counted (:mod:`app.today` keeps the
filter beside each count). The counting runs in a worker, so a shop of years never holds
the window; the page counts again whenever it is shown, every few minutes while it stays
on screen (what is due becomes overdue by the clock alone), and when the window says the
shop changed (an import, a refresh).
"""

from __future__ import annotations

import threading
from datetime import date, datetime, time, tzinfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.names import name as code_name
from app.orders.query import OrderFilter
from app.shop_time import time_text
from app.storage import Database
from app.today import (
    CARRIER_LINE,
    COUNTS,
    NO_DELIVERIES,
    ON_TIME,
    ON_TIME_RULE,
    SERIES,
    Count,
    Day,
    Today,
    day_span,
    today,
)
from app.tracking.story import ParcelFilter
from app.ui.language import gui_language
from app.ui.workers import ProgressFn, Worker

RECOUNT_MS = 5 * 60 * 1000
# the rows of tiles: a caption and the counts it holds (keys of app.today.COUNTS)
ROWS: tuple[tuple[object, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("TodayView", "To dispatch"), ("due_today", "overdue", "awaiting")),
    (QT_TRANSLATE_NOOP("TodayView", "Parcels"), ("stalled", "exceptions", "alerts")),
    (
        QT_TRANSLATE_NOOP("TodayView", "Yesterday"),
        ("yesterday_orders", "yesterday_dispatched", "yesterday_picked_up"),
    ),
)
# a count above zero that needs someone now: red; one to watch: amber
ALARMS = frozenset({"overdue"})
WATCH = frozenset({"due_today", "stalled", "exceptions", "alerts"})
SERIES_COLOURS = {"orders": "#1f5fa8", "dispatched": "#d98a0b", "delivered": "#1b8a3a"}


def _today_text(text: str) -> str:
    """A sentence of :mod:`app.today`, in the GUI's language (one catalogue context)."""
    return QCoreApplication.translate("Today", text)


def _date_text(day: date, zone: tzinfo) -> str:
    """A shop day as the language writes a date ("4 Dec", "12月4日")."""
    return time_text(datetime.combine(day, time(), zone), zone, gui_language(), "date")


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class Tile(QPushButton):
    """A count and what it counts, big enough to read across the room; a click opens it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.number = QLabel("…")
        self.caption = QLabel(_today_text(COUNTS[key]))
        self.caption.setWordWrap(True)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.number.setFont(font)
        self._labels = QVBoxLayout(self)
        self._labels.setContentsMargins(12, 8, 12, 8)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._labels.addWidget(label)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(130)

    def sizeHint(self) -> QSize:  # the labels inside, not a button's one line
        return self._labels.sizeHint()

    def show_value(self, value: int) -> None:
        self.number.setText(f"{value:,}")
        tone = ""
        if value and self.key in ALARMS:
            tone = "#ef5350" if _is_dark(self) else "#c62828"
        elif value and self.key in WATCH:
            tone = "#f0b541" if _is_dark(self) else "#a86400"
        self.number.setStyleSheet(f"color: {tone};" if tone else "")
        self.setAccessibleName(f"{self.caption.text()}: {value}")


class DayChart(QWidget):
    """Bars for the last days: orders placed, parcels dispatched, parcels delivered.
    A click on a day opens that day's orders."""

    day_clicked = Signal(object)  # the date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[Day] = []
        self.labels: list[str] = []  # each day's, worked out once, not at every paint
        self.setMinimumHeight(170)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_days(self, summary: Today) -> None:
        self.days = summary.days
        self.labels = [_date_text(day.day, summary.zone) for day in summary.days]
        self.update()

    def _slots(self) -> tuple[QRectF, float]:
        """The plotting area and the width each day has in it."""
        metrics = self.fontMetrics()
        area = QRectF(8, metrics.height() * 2.6, self.width() - 16, 0)  # room for the figures
        area.setBottom(self.height() - metrics.height() * 1.6)
        return area, area.width() / max(1, len(self.days))

    def _day_at(self, x: float) -> Day | None:
        area, slot = self._slots()
        index = int((x - area.left()) // slot) if slot else -1
        return self.days[index] if 0 <= index < len(self.days) else None

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        x = 8.0
        for key, colour in SERIES_COLOURS.items():  # the legend, on top
            painter.fillRect(QRectF(x, 4, 10, 10), QColor(colour))
            painter.setPen(text)
            label = _today_text(SERIES[key])
            painter.drawText(QPointF(x + 14, 4 + metrics.ascent() - 2), label)
            x += 14 + metrics.horizontalAdvance(label) + 16
        area, slot = self._slots()
        top = max(1, max(max(d.orders, d.dispatched, d.delivered) for d in self.days))
        bar = max(2.0, slot * 0.8 / 3)
        painter.setPen(QColor(text.red(), text.green(), text.blue(), 60))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        labels = self.labels
        widest = max(metrics.horizontalAdvance(label) for label in labels) + 8
        every = max(1, int(widest // slot) + 1)  # labels that fit, today's always
        for index, day in enumerate(self.days):
            left = area.left() + index * slot + slot * 0.1
            for offset, (key, value) in enumerate(
                (
                    ("orders", day.orders),
                    ("dispatched", day.dispatched),
                    ("delivered", day.delivered),
                )
            ):
                height = area.height() * value / top
                painter.fillRect(
                    QRectF(left + offset * bar, area.bottom() - height, bar - 1, height),
                    QColor(SERIES_COLOURS[key]),
                )
                figure = str(value)
                if value and metrics.horizontalAdvance(figure) <= bar + 4:
                    painter.setPen(text)
                    painter.drawText(
                        QPointF(
                            left + offset * bar + (bar - metrics.horizontalAdvance(figure)) / 2,
                            area.bottom() - height - 3,
                        ),
                        figure,
                    )
            if (len(self.days) - 1 - index) % every == 0:  # today always labelled
                painter.setPen(text)
                label = labels[index]
                width = metrics.horizontalAdvance(label)
                centre = area.left() + index * slot + slot / 2
                painter.drawText(QPointF(centre - width / 2, self.height() - 4), label)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position().x())
        if day is None:
            QToolTip.hideText()
            return
        lines = [self.labels[self.days.index(day)]] + [
            f"{_today_text(SERIES[key])}: {value}" for key, value in day.series()
        ]
        QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position().x())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_clicked.emit(day.day)


class TodayView(QWidget):
    orders_requested = Signal(object, str)  # an OrderFilter and what it shows
    parcels_requested = Signal(object, str)  # a ParcelFilter and what it shows
    alerts_requested = Signal()
    loaded = Signal(object)  # the Today just painted

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # counts in order; a newer one is never overtaken
        self._asked = 0  # counts asked for; only the newest is painted
        self.summary: Today | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.recount_button = QPushButton(self.tr("Count again"))
        self.recount_button.clicked.connect(lambda: self.reload())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.recount_button)

        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        for row, (caption, keys) in enumerate(ROWS):
            grid.addWidget(QLabel(self.tr(str(caption))), row, 0)
            for column, key in enumerate(keys, start=1):
                tile = self.tiles[key] = Tile(key)
                tile.clicked.connect(lambda _checked=False, k=key: self._open(k))
                grid.addWidget(tile, row, column)
        self.on_time = QGroupBox()
        self.on_time_rows = QVBoxLayout(self.on_time)
        self.on_time.setMinimumWidth(260)
        upper = QHBoxLayout()
        upper.addLayout(grid, 3)
        upper.addWidget(self.on_time, 1)
        self.chart = DayChart()
        self.chart.day_clicked.connect(self._open_day)
        chart_box = QGroupBox(self.tr("Last 14 days"))
        QVBoxLayout(chart_box).addWidget(self.chart)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(head)
        layout.addWidget(self.problem)
        layout.addLayout(upper)
        layout.addWidget(chart_box, 1)
        scroll = QScrollArea()  # a small screen scrolls the page rather than cutting it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._timer = QTimer(self, interval=RECOUNT_MS)
        self._timer.timeout.connect(self.reload)

    # --- counting ------------------------------------------------------------------------
    def reload(self) -> None:
        """Count again in the worker; the newest answer is painted when it comes."""
        self._asked += 1
        asked, database = self._asked, self._database

        def job(_progress: ProgressFn, _cancel: threading.Event) -> tuple[int, Today]:
            with database.session() as session:
                return asked, today(session)

        worker = Worker(job)
        worker.signals.finished.connect(self._paint)
        worker.signals.failed.connect(self._failed)
        worker.start(self._pool)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def _paint(self, answer: tuple[int, Today]) -> None:
        asked, summary = answer
        if asked != self._asked:
            return  # a newer count is on its way
        self.summary = summary
        self.problem.setVisible(False)
        self.title.setText(
            self.tr("Today, {date}").format(date=_date_text(summary.day, summary.zone))
        )
        for key, tile in self.tiles.items():
            tile.show_value(summary.count(key).value)
        self._paint_on_time(summary)
        self.chart.show_days(summary)
        self.loaded.emit(summary)

    def _paint_on_time(self, summary: Today) -> None:
        while self.on_time_rows.count():
            item = self.on_time_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.on_time.setTitle(_today_text(ON_TIME))
        rule = QLabel(_today_text(ON_TIME_RULE).format(hours=summary.promised_hours))
        font = rule.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        rule.setFont(font)
        rule.setWordWrap(True)
        self.on_time_rows.addWidget(rule)
        language = gui_language()
        for week in summary.carriers:
            line = QPushButton(
                _today_text(CARRIER_LINE).format(
                    carrier=code_name("Carrier", week.carrier, language),
                    rate=f"{week.rate:.0%}",
                    on_time=week.on_time,
                    delivered=week.delivered,
                )
            )
            line.setFlat(True)
            line.setCursor(Qt.CursorShape.PointingHandCursor)
            line.setStyleSheet("text-align: left;")
            title = line.text()
            line.clicked.connect(
                lambda _checked=False, f=week.opens, t=title: self.parcels_requested.emit(f, t)
            )
            self.on_time_rows.addWidget(line)
        if not summary.carriers:
            self.on_time_rows.addWidget(QLabel(_today_text(NO_DELIVERIES)))
        self.on_time_rows.addStretch(1)

    def _failed(self, message: str) -> None:
        self.problem.setText(
            self.tr("The numbers could not be counted: {reason}").format(reason=message)
        )
        self.problem.setVisible(True)

    # --- opening what a number counted ---------------------------------------------------
    def _open(self, key: str) -> None:
        if self.summary is None:
            return
        count: Count = self.summary.count(key)
        title = _today_text(COUNTS[key])
        if isinstance(count.opens, OrderFilter):
            self.orders_requested.emit(count.opens, title)
        elif isinstance(count.opens, ParcelFilter):
            self.parcels_requested.emit(count.opens, title)
        else:
            self.alerts_requested.emit()

    def _open_day(self, day: date) -> None:
        if self.summary is None:
            return
        start, end = day_span(day, self.summary.zone)
        title = self.tr("Orders of {date}").format(date=_date_text(day, self.summary.zone))
        self.orders_requested.emit(OrderFilter(created_from=start, created_to=end), title)
