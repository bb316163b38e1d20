"""Customer service: the buyer asks "where is my parcel?", the answer is one search away.

Type what the buyer gave (phone, name, order id or tracking number); pick their order;
read where the parcel is and its carrier events; copy the ready reply (Chinese or
English, editable before copying) or the carrier's tracking link. The finding and the
wording are the core's (:mod:`app.service`); this page only shows them.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import LANGUAGES
from app.orders.query import MAX_SEARCH
from app.orders.stores import shop_zone
from app.service import MAX_FOUND, Answer, Texts, find, found_more, reply, texts
from app.shop import platforms
from app.shop_time import moment, time_text
from app.storage import Database
from app.ui.codes import carrier, order_status, parcel_status
from app.ui.language import gui_language
from app.ui.pages import SEARCH_DELAY_MS


class ServiceView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.answers: list[Answer] = []
        self._texts: Texts | None = None
        self._zone: tzinfo = UTC  # the shop's, read with each search
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("The buyer's phone, name, order number or tracking number")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_SEARCH)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self.look_up)
        self.search.textEdited.connect(lambda _text: self._delay.start())
        self.search.returnPressed.connect(self.look_up)
        self.summary = QLabel()
        self.results = QListWidget()
        self.results.currentRowChanged.connect(self._show)
        self.story = QTextBrowser()
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(gui_language()))
        self.language.currentIndexChanged.connect(lambda _index: self._show_reply())
        self.reply = QPlainTextEdit()
        self.reply.setPlaceholderText(self.tr("Pick an order to get a ready reply"))
        self.copy_reply = QPushButton(self.tr("Copy reply"))
        self.copy_link = QPushButton(self.tr("Copy tracking link"))
        self.copy_reply.clicked.connect(lambda: self._copy(self.reply.toPlainText()))
        self.copy_link.clicked.connect(lambda: self._copy(self.link()))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Find")))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.summary)
        reply_bar = QHBoxLayout()
        reply_bar.addWidget(QLabel(self.tr("Reply in")))
        reply_bar.addWidget(self.language)
        reply_bar.addStretch(1)
        reply_bar.addWidget(self.copy_link)
        reply_bar.addWidget(self.copy_reply)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.story, 3)
        right_layout.addLayout(reply_bar)
        right_layout.addWidget(self.reply, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.results)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 35)
        splitter.setStretchFactor(1, 65)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._show(-1)

    def look_up(self) -> None:
        """Find the orders the search names and show the first."""
        self._delay.stop()
        words = self.search.text()
        with self._database.session() as session:
            self.answers, more = found_more(find(session, words))
            self._texts, self._zone = texts(session), shop_zone(session)
        self.results.clear()
        names = platforms(gui_language())
        for answer in self.answers:
            shown = answer.parcel.status if answer.parcel else None
            state = parcel_status(shown) if shown else order_status(answer.order_status)
            line = f"{answer.order_id} · {answer.recipient or '—'} · {state}"
            item = QListWidgetItem(line)
            item.setToolTip(names.get(answer.platform, answer.platform))
            self.results.addItem(item)
        if more:
            self.summary.setText(self.tr("More than %n orders: add more words", "", MAX_FOUND))
        elif words.strip():
            self.summary.setText(self.tr("%n order(s)", "", len(self.answers)))
        else:
            self.summary.clear()
        self.results.setCurrentRow(0 if self.answers else -1)
        if not self.answers:
            self._show(-1)

    def current(self) -> Answer | None:
        row = self.results.currentRow()
        return self.answers[row] if 0 <= row < len(self.answers) else None

    def link(self) -> str:
        """The chosen order's carrier tracking link ("" before a parcel is sent)."""
        answer = self.current()
        if answer is None or answer.parcel is None or self._texts is None:
            return ""
        return self._texts.link(answer.parcel.carrier, answer.parcel.tracking_number)

    def _show(self, _row: int) -> None:
        answer = self.current()
        self.copy_reply.setEnabled(answer is not None)
        self.copy_link.setEnabled(bool(self.link()))
        if answer is None:
            hint = self.tr("Type what the buyer gave you to find their order.")
            self.story.setHtml(f"<p>{escape(hint)}</p>")
            self.reply.clear()
            return
        self.story.setHtml(self._story_html(answer))
        self._show_reply()

    def _story_html(self, answer: Answer) -> str:
        lang = gui_language()
        names = platforms(lang)
        title = self.tr("Order {order}").format(order=answer.order_id)
        not_sent, no_event = self.tr("Not dispatched yet."), self.tr("No carrier event yet.")
        parts = [
            f"<h3>{escape(title)}</h3>",
            f"<p>{escape(names.get(answer.platform, answer.platform))} · "
            f"{escape(answer.recipient or '—')} · {escape(order_status(answer.order_status))}</p>",
        ]
        if not answer.parcels:
            parts.append(f"<p>{escape(not_sent)}</p>")
        for parcel in reversed(answer.parcels):  # the newest parcel first
            parts.append(
                f"<p><b>{escape(carrier(parcel.carrier))} {escape(parcel.tracking_number)}"
                f"</b> — {escape(parcel_status(parcel.status))}</p>"
            )
            if not parcel.events:
                parts.append(f"<p>{escape(no_event)}</p>")
            rows = []
            for event in parcel.events:
                at = moment(event.time, self._zone)
                when = time_text(at, self._zone, lang) if at else event.time
                where = f" · {event.location}" if event.location else ""
                rows.append(
                    f"<tr><td style='white-space:nowrap; padding-right:8px'>{escape(when)}</td>"
                    f"<td>{escape(event.text)}{escape(where)}</td></tr>"
                )
            if rows:
                parts.append(f"<table>{''.join(rows)}</table>")
        return "".join(parts)

    def _show_reply(self) -> None:
        answer = self.current()
        if answer is None or self._texts is None:
            return
        lang = str(self.language.currentData())
        self.reply.setPlainText(reply(answer, lang, self._texts, self._zone))

    def _copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            self.summary.setText(self.tr("Copied"))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
