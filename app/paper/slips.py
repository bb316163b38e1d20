"""Packing slips (one page per order, with the order id as Code 128 and QR) and pick lists.

The packer scans the slip's barcode to open the order at the station, so the barcode holds
exactly the platform order id. Phones are masked on paper (138****8000): the slip travels
inside the parcel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Protocol

from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.catalogue import QT_TRANSLATE_NOOP, say
from app.orders.query import NoSuchOrder
from app.orders.stores import shop_zone, store_label
from app.paper.fonts import register_fonts
from app.shop import platforms
from app.storage import Database
from app.storage.models import Order

PAGE_SIZES = {"a4": A4, "letter": LETTER}


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


def paper_styles() -> _Styles:
    font = register_fonts()
    return _Styles(
        ParagraphStyle("title", fontName=font, fontSize=16, leading=20),
        ParagraphStyle("body", fontName=font, fontSize=10, leading=13),
        ParagraphStyle("small", fontName=font, fontSize=8, leading=10, textColor=colors.grey),
    )


def _barcodes(order_id: str) -> Table:
    bar = code128.Code128(
        order_id,
        barHeight=14 * mm,
        barWidth=0.33 * mm,
        humanReadable=True,
        fontName=register_fonts(),  # every font of the page embedded, the barcode's too
    )
    # the QR flowable draws on the canvas itself: a graphics Drawing would pull in Helvetica
    code = QrCode(order_id, width=24 * mm, height=24 * mm)
    table = Table([[bar, code]], colWidths=[120 * mm, 30 * mm])
    table.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), bar.fontName)]
        )
    )
    return table


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


def _slip(order: Order, styles: _Styles, lang: str) -> list[Flowable]:
    recipient = address_line(order)
    platform = platforms(lang).get(order.store.platform, order.store.platform)
    flow: list[Flowable] = [
        Paragraph(_escape(store_label(platform, order.store.name)), styles.small),
        Paragraph(
            _escape(
                paper_say(
                    QT_TRANSLATE_NOOP("Paper", "Order {order_id}"), lang, order_id=order.order_id
                )
            ),
            styles.title,
        ),
        Spacer(1, 3 * mm),
        _barcodes(order.order_id),
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
    table = Table(rows, colWidths=[30 * mm, 62 * mm, 55 * mm, 20 * mm, 12 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.body.fontName),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (3, 1), (4, -1), "CENTER"),
            ]
        )
    )
    flow.append(table)
    notes = [text for text in (order.buyer_note, order.seller_note) if text]
    if notes:
        flow += [Spacer(1, 4 * mm), Paragraph(_escape(" / ".join(notes)), styles.body)]
    return flow


def _pick_list(
    orders: Sequence[Order], styles: _Styles, lang: str, now: datetime
) -> list[Flowable]:
    totals: dict[tuple[str, str, str], list[int]] = {}
    for order in orders:
        for line in order.lines:
            key = (line.sku or line.barcode or "", line.title or "", line.variant or "")
            entry = totals.setdefault(key, [0, 0])
            entry[0] += line.quantity
            entry[1] += 1
    rows: list[list[str | Flowable]] = [
        _header(lang, paper_say(QT_TRANSLATE_NOOP("Paper", "Orders"), lang))
    ]
    for key, (qty, count) in sorted(totals.items()):
        cells: list[str | Flowable] = [Paragraph(_escape(text), styles.body) for text in key]
        rows.append([*cells, str(qty), str(count)])
    table = Table(rows, colWidths=[30 * mm, 62 * mm, 40 * mm, 22 * mm, 26 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.body.fontName),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
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
        time=f"{now:%Y-%m-%d %H:%M}",
    )
    return [Paragraph(_escape(heading), styles.title), Spacer(1, 4 * mm), table]


def shop_now(database: Database) -> datetime:
    """Now on the shop's clock: what a pick list is stamped with, wherever it is printed."""
    with database.session() as session:
        return datetime.now(shop_zone(session))


def load_orders(database: Database, order_ids: Sequence[str]) -> list[Order]:
    """Orders by platform id, in the order asked; unknown ids raise ``LookupError``."""
    with database.session() as session:
        found = session.scalars(
            select(Order)
            .where(Order.order_id.in_(order_ids))
            .options(selectinload(Order.lines), selectinload(Order.store))
        ).all()
    by_id = {order.order_id: order for order in found}
    missing = [order_id for order_id in order_ids if order_id not in by_id]
    if missing:
        raise NoSuchOrder(*missing)
    return [by_id[order_id] for order_id in order_ids]


def write_slips(
    orders: Sequence[Order],
    target: Path | BinaryIO,
    pick_list: bool = False,
    page_size: str = "a4",
    lang: str = "en",
    *,
    now: datetime,
) -> int:
    """Write a packing slip per order (and a pick list first when asked, stamped ``now``,
    which :func:`shop_now` gives on the shop's clock); return pages."""
    styles = paper_styles()
    flow: list[Flowable] = []
    if pick_list:
        flow += [*_pick_list(orders, styles, lang, now), PageBreak()]
    for index, order in enumerate(orders):
        if index:
            flow.append(PageBreak())
        flow += _slip(order, styles, lang)
    title = paper_say(QT_TRANSLATE_NOOP("Paper", "Packing slips"), lang)
    return build_paper(target, flow, title, page_size)


def build_paper(target: Path | BinaryIO, flow: list[Flowable], title: str, page_size: str) -> int:
    """Lay ``flow`` out on the shop's paper (15 mm margins) as a PDF; return its pages."""
    document = SimpleDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=PAGE_SIZES[page_size],
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=title,
        author="ShipProof",
        # the canvas starts in our font too, so no unembedded standard font enters the file
        initialFontName=register_fonts(),
    )
    document.build(flow)
    return int(document.page)
