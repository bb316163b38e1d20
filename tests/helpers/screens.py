"""What a screen shows: every visible text of a window, and the English words left in it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
    QWizardPage,
)
from sqlalchemy import select

from app import shop
from app.storage import Database
from app.storage.models import Order, OrderLine, Shipment, Store

# A word of English: three letters or more, not glued to digits (order ids, tracking numbers).
ENGLISH_WORD = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z]{3,}(?![A-Za-z0-9_])")


# Not words at all: markup, entities, paths, URLs and file names.
NOT_WORDS = re.compile(r"<[^>]*>|&[a-z]+;|\S*(?:/|\\)\S*|\S+\.[A-Za-z0-9]{2,5}\b")


# Names that stay as they are in Chinese: brands, formats, services, and barcode commands.
ALLOWED = {
    word.casefold()
    for word in (
        *("ShipProof", "PDF", "CSV", "TSV", "TXT", "XLSX", "XLS", "XLSM", "API", "SQLite"),
        *("PostgreSQL", "URL", "UTC", "SKU", "QR", "Kuaidi", "TRACK", "AfterShip", "DHL"),
        *("Excel", "English", "CONFIRM", "Taobao", "Tmall", "Pinduoduo", "Douyin", "WeChat"),
        *("Kuaishou", "Shopify", "Amazon", "eBay", "Etsy", "WooCommerce", "Ctrl", "Shift", "Alt"),
        *("Shopee", "TikTok", "Shop", "FedEx", "UPS", "USPS", "EMS"),
    )
}


def _combo_chrome(combo: QComboBox) -> Iterator[str]:
    """The items that are words for a choice; an item whose data holds its text is data."""
    for index in range(combo.count()):
        text, data = combo.itemText(index), combo.itemData(index)
        if data is None or text not in str(data):
            yield text


def _texts(widget: QWidget) -> Iterator[str]:
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QSpinBox):
        yield from (widget.prefix(), widget.suffix(), widget.specialValueText())
    if isinstance(widget, QComboBox):
        yield from _combo_chrome(widget)
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(index) for index in range(widget.count()))
    if isinstance(widget, QWizardPage):
        yield from (widget.title(), widget.subTitle())
    if isinstance(widget, QMenu):
        yield widget.title()
    if isinstance(widget, QListWidget):
        yield from (widget.item(row).text() for row in range(widget.count()))
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount(QModelIndex())):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def chrome(top: QWidget) -> Iterator[tuple[QObject, str]]:
    """Every user-visible string of ``top`` that is the app's own words, not the shop's data."""
    for widget in [top, *top.findChildren(QWidget)]:
        for text in _texts(widget):
            yield widget, text
        for action in widget.actions():
            yield action, action.text()


@cache
def _data_pattern(values: frozenset[str]) -> re.Pattern[str]:
    longest_first = sorted(values, key=len, reverse=True)
    alternatives = "|".join(re.escape(value) for value in longest_first)
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])")


def english(text: str, data: frozenset[str]) -> list[str]:
    """The English words in ``text`` once the shop's data and allowed names are set aside."""
    text = _data_pattern(data).sub(" ", text) if data else text
    words = ENGLISH_WORD.findall(NOT_WORDS.sub(" ", text).replace("&", ""))
    return [word for word in words if word.casefold() not in ALLOWED]


def shop_data(database: Database) -> frozenset[str]:
    """The shop's own names, numbers and words (what its exports said), and time zone
    names: data no translation touches."""
    with database.session() as session:
        values = {shop.load(session).name}
        for column in (Store.name, Store.platform, Order.order_id, Order.recipient_name):
            values |= set(session.scalars(select(column)))
        # the platform's own status words, quoted as its export wrote them ("refunded")
        for column in (Order.recipient_city, Order.platform_status, OrderLine.title):
            values |= set(session.scalars(select(column)))
        for column in (OrderLine.sku, Shipment.carrier):
            values |= set(session.scalars(select(column)))
    values |= set(shop.platforms("en").values()) | available_timezones()
    return frozenset(value for value in values if value)
