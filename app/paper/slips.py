"""Packing slips (one page per order, with the order id as Code 128 and QR) and pick lists.

The packer scans the slip's barcode to open the order at the station, so the barcode holds
exactly the platform order id. Phones are masked on paper (138****8000): the slip travels
inside the parcel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Protocol

from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.catalogue import QT_TRANSLATE_NOOP, say
from app.names import name as code_name
from app.orders.query import NoSuchOrder, OrderRef, orders_by_pk, resolve_orders
from app.orders.stores import shop_zone, store_label
from app.paper.fonts import register_fonts
from app.paper.papers import PAPERS, slip_width
from app.paper.sheets import build_slips
from app.shop import platforms
from app.shop_time import time_text
from app.storage import Database
from app.storage.models import Order


def mask_phone(phone: str | None) -> str:
    """``13812348000`` → ``138****8000``: enough for the courier's eyes, no more."""
    if not phone:
        return ""
    digits = phone.strip()
    if "*" in digits or len(digits) < 7:
        return digits
    return f"{digits[:3]}****{digits[-4:]}"


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle


def paper_styles(scale: float = 1.0) -> _Styles:
    """The paper's type; ``scale`` below 1 for the small slips of labels and shared sheets."""
    font = register_fonts()
    return _Styles(
        ParagraphStyle("title", fontName=font, fontSize=16 * scale, leading=20 * scale),
        ParagraphStyle("body", fontName=font, fontSize=10 * scale, leading=13 * scale),
        ParagraphStyle(
            "small", fontName=font, fontSize=8 * scale, leading=10 * scale, textColor=colors.grey
        ),
    )


NARROW = 120 * mm  # a slip narrower than this (a label, a quarter sheet) uses the small type
_BAR_WIDTHS = (0.33 * mm, 0.29 * mm, 0.25 * mm)  # widest first; 0.25 mm is two thermal dots


def _code128(order_id: str, room: float) -> code128.Code128:
    """The order id as Code 128 with the widest bars that fit ``room``. Past the narrowest
    bars, the quiet zones (ten bars each side) go: the paper's margin then keeps the code
    clear (4 mm on a label, more than ten 0.25 mm bars). Only an id longer than any
    platform writes can still be wider than ``room``."""
    bar = None
    for quiet in (True, False):
        for bar_width in _BAR_WIDTHS:
            bar = code128.Code128(
                order_id,
                barHeight=14 * mm,
                barWidth=bar_width,
                humanReadable=True,
                quiet=quiet,
                fontName=register_fonts(),  # every font of the page embedded, the barcode's too
            )
            if bar.width <= room:
                return bar
    assert bar is not None
    return bar


def _barcodes(order_id: str, width: float) -> Table:
    """Barcode and QR side by side when they fit the slip's width, else one above the other."""
    qr_size = 24 * mm if width >= NARROW else 18 * mm
    # the QR flowable draws on the canvas itself: a graphics Drawing would pull in Helvetica
    code = QrCode(order_id, width=qr_size, height=qr_size)
    room = width - qr_size - 6 * mm
    bar = _code128(order_id, room)
    if bar.width <= room:
        table = Table([[bar, code]], colWidths=[width - qr_size - 6 * mm, qr_size + 6 * mm])
    else:
        bar = _code128(order_id, width)
        table = Table([[bar], [code]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                ("FONTNAME", (0, 0), (-1, -1), bar.fontName),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


_TABLE_PADDING = 6  # reportlab's cell padding where a table does not set its own


def _widths(width: float, shares: Sequence[float]) -> list[float]:
    """Column widths that fill ``width`` in proportion to ``shares``."""
    total = sum(shares)
    return [width * share / total for share in shares]


def _code_widths(
    width: float, shares: Sequence[float], codes: Sequence[str], styles: _Styles, padding: float
) -> list[float]:
    """:func:`_widths`, the first column (SKUs, barcodes) wide enough for its longest
    code on one line, up to two fifths of ``width``: "CUP-HAND" split "CUP-HA / ND" on a
    4×6 label is a code a picker misreads."""
    columns = _widths(width, shares)
    font, size = styles.body.fontName, styles.body.fontSize
    needed = max((stringWidth(code, font, size) for code in codes), default=0) + 2 * padding + 1
    first = min(max(columns[0], needed), width * 0.4)
    rest = sum(columns[1:])
    return [first, *(column * (width - first) / rest for column in columns[1:])]


def _escape(text: object) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Addressed(Protocol):
    """What an address is made of: an order's row, or an order as a fact recorded it."""

    @property
    def recipient_country(self) -> str | None: ...

    @property
    def recipient_province(self) -> str | None: ...

    @property
    def recipient_city(self) -> str | None: ...

    @property
    def recipient_district(self) -> str | None: ...

    @property
    def recipient_address(self) -> str | None: ...

    @property
    def recipient_postcode(self) -> str | None: ...


def address_line(order: Addressed) -> str:
    """The address as the recipient's country writes it: 省 市 区 street, or street, city."""
    if (order.recipient_country or "").upper() in ("CN", "CHINA", "中国"):
        parts = (
            order.recipient_province,
            order.recipient_city if order.recipient_city != order.recipient_province else None,
            order.recipient_district,
            order.recipient_address,
            order.recipient_postcode,
        )
        return " ".join(part for part in parts if part)
    parts = (
        order.recipient_address,
        order.recipient_city,
        order.recipient_province,
        order.recipient_postcode,
        order.recipient_country,
    )
    return ", ".join(part for part in parts if part)


# the columns a slip and a pick list share
_HEADER = (
    QT_TRANSLATE_NOOP("Paper", "SKU"),
    QT_TRANSLATE_NOOP("Paper", "Item"),
    QT_TRANSLATE_NOOP("Paper", "Variant"),
    QT_TRANSLATE_NOOP("Paper", "Qty"),
)


def paper_say(text: str, lang: str, /, **values: object) -> str:
    """One of the paper's sentences (declared in the ``Paper`` context) in ``lang``."""
    return say("Paper", text, lang, **values)


def _header(lang: str, last: str) -> list[str | Flowable]:
    return [*(paper_say(text, lang) for text in _HEADER), last]


def _slip(order: Order, styles: _Styles, lang: str, width: float) -> list[Flowable]:
    recipient = address_line(order)
    platform = platforms(lang).get(order.store.platform, order.store.platform)
    flow: list[Flowable] = [
        Paragraph(_escape(store_label(platform, order.store.name)), styles.small),
        *_do_not_ship(order, styles, lang),
        Paragraph(
            _escape(
                paper_say(
                    QT_TRANSLATE_NOOP("Paper", "Order {order_id}"), lang, order_id=order.order_id
                )
            ),
            styles.title,
        ),
        Spacer(1, 3 * mm),
        _barcodes(order.order_id, width),
        Spacer(1, 4 * mm),
        Paragraph(
            _escape(f"{order.recipient_name or ''}  {mask_phone(order.recipient_phone)}"),
            styles.body,
        ),
        Paragraph(_escape(recipient), styles.body),
        Spacer(1, 4 * mm),
    ]
    rows: list[list[str | Flowable]] = [_header(lang, "✓")]
    rows += [
        [
            Paragraph(_escape(line.sku or line.barcode), styles.body),
            Paragraph(_escape(line.title), styles.body),
            Paragraph(_escape(line.variant), styles.body),
            str(line.quantity),
            "",  # the packer's tick
        ]
        for line in order.lines
    ]
    padding = 6 if width >= NARROW else 3
    codes = [line.sku or line.barcode or "" for line in order.lines]
    widths = _code_widths(width, (32, 44, 44, 12, 7), codes, styles, padding)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.body.fontName),
                ("FONTSIZE", (0, 0), (-1, -1), styles.body.fontSize - 1),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (3, 1), (4, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    flow.append(table)
    notes = [text for text in (order.buyer_note, order.seller_note) if text]
    if notes:
        flow += [Spacer(1, 4 * mm), Paragraph(_escape(" / ".join(notes)), styles.body)]
    return flow


NOT_TO_SHIP = QT_TRANSLATE_NOOP("Paper", "{status}: do not ship this order")
_CLOSED = frozenset({"cancelled", "refunded", "refunding"})


def _do_not_ship(order: Order, styles: _Styles, lang: str) -> list[Flowable]:
    """A red warning on the slip of an order the buyer no longer wants sent."""
    if order.status not in _CLOSED:
        return []
    status = code_name("OrderStatus", order.status, lang)
    warning = ParagraphStyle("warning", parent=styles.title, textColor=colors.red)
    return [Paragraph(_escape(paper_say(NOT_TO_SHIP, lang, status=status)), warning)]


def _pick_list(
    orders: Sequence[Order], styles: _Styles, lang: str, now: datetime, width: float
) -> list[Flowable]:
    # one row per item on the shelf: by its code when it has one (the same SKU is the same
    # stock, whatever each platform calls it), else by its title and variant
    totals: dict[tuple[str, str, str], int] = {}
    in_orders: dict[tuple[str, str, str], set[str]] = {}  # an order counts once an item
    titles: dict[tuple[str, str, str], dict[str, None]] = {}
    variants: dict[tuple[str, str, str], dict[str, None]] = {}
    orders = [order for order in orders if order.status not in _CLOSED]  # nothing to pick
    for order in orders:
        for line in order.lines:
            code = line.sku or line.barcode or ""
            key = (code, "", "") if code else ("", line.title or "", line.variant or "")
            totals[key] = totals.get(key, 0) + line.quantity
            in_orders.setdefault(key, set()).add(order.order_id)
            titles.setdefault(key, {})[line.title or ""] = None
            variants.setdefault(key, {})[line.variant or ""] = None
    rows: list[list[str | Flowable]] = [
        _header(lang, paper_say(QT_TRANSLATE_NOOP("Paper", "Orders"), lang))
    ]
    for key, qty in sorted(totals.items()):
        texts = (
            key[0],
            " / ".join(filter(None, titles[key])),
            " / ".join(filter(None, variants[key])),
        )
        cells: list[str | Flowable] = [Paragraph(_escape(text), styles.body) for text in texts]
        rows.append([*cells, str(qty), str(len(in_orders[key]))])
    codes = [key[0] for key in totals]
    widths = _code_widths(width, (30, 62, 40, 22, 26), codes, styles, _TABLE_PADDING)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.body.fontName),
                ("FONTSIZE", (0, 0), (-1, -1), styles.body.fontSize - 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ]
        )
    )
    heading = paper_say(
        QT_TRANSLATE_NOOP("Paper", "Pick list — {count} orders, {time}"),
        lang,
        count=len(orders),
        time=time_text(now, now.tzinfo or UTC, lang),
    )
    return [Paragraph(_escape(heading), styles.title), Spacer(1, 4 * mm), table]


def shop_now(database: Database) -> datetime:
    """Now on the shop's clock: what a pick list is stamped with, wherever it is printed."""
    with database.session() as session:
        return datetime.now(shop_zone(session))


def load_orders(
    database: Database, orders: Sequence[OrderRef], store: str | None = None
) -> list[Order]:
    """The orders asked for (rows by key, typed ids by :func:`resolve_orders`: an id two
    stores hold is refused, never guessed), in the order asked, each once."""
    with database.session() as session:
        pks = resolve_orders(session, orders, store)
        by_pk = orders_by_pk(session, pks)
    missing = [str(pk) for pk in pks if pk not in by_pk]
    if missing:
        raise NoSuchOrder(*missing)
    return [by_pk[pk] for pk in pks]


def write_slips(
    orders: Sequence[Order],
    target: Path | BinaryIO,
    pick_list: bool = False,
    page_size: str = "a4",
    lang: str = "en",
    *,
    now: datetime,
    per_sheet: int = 1,
) -> int:
    """Write a packing slip per order on ``page_size`` paper (a key of ``PAPERS``),
    ``per_sheet`` to an office sheet, and a pick list first when asked, stamped ``now``
    (:func:`shop_now` gives it on the shop's clock); return pages."""
    width = slip_width(page_size, per_sheet)
    styles = paper_styles(1.0 if width >= NARROW else 0.8)
    first = None
    if pick_list:
        whole = slip_width(page_size)
        first = _pick_list(orders, paper_styles(1.0 if whole >= NARROW else 0.8), lang, now, whole)
    slips = [_slip(order, styles, lang, width) for order in orders]
    title = paper_say(QT_TRANSLATE_NOOP("Paper", "Packing slips"), lang)
    return build_slips(target, slips, title, page_size, per_sheet, first)


def build_paper(target: Path | BinaryIO, flow: list[Flowable], title: str, page_size: str) -> int:
    """Lay ``flow`` out on office paper (15 mm margins) as a PDF; return its pages."""
    paper = PAPERS[page_size]
    document = SimpleDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=paper.size,
        leftMargin=paper.margin,
        rightMargin=paper.margin,
        topMargin=paper.margin,
        bottomMargin=paper.margin,
        title=title,
        author="ShipProof",
        # the canvas starts in our font too, so no unembedded standard font enters the file
        initialFontName=register_fonts(),
    )
    document.build(flow)
    return int(document.page)
