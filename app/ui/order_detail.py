"""The detail panel beside the orders table: one order's lines, recipient and history."""

from __future__ import annotations

from datetime import tzinfo
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.orders.query import BoundParcel, ChangeRecord, bound_parcels, change_history, load_order
from app.orders.stores import shop_zone, store_label
from app.orders.timeline import Entry, order_timeline
from app.shop import platforms as platform_names
from app.shop_time import recorded_text, time_text
from app.storage import Database
from app.storage.models import Order
from app.ui.codes import carrier, order_status, parcel_status
from app.ui.language import gui_language


def _cell(value: object) -> str:
    return escape("" if value is None else str(value)).replace("\n", "<br>")


def _header_row(*headers: str) -> str:
    return "<tr>" + "".join(f"<th>{_cell(header)}</th>" for header in headers) + "</tr>"


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _row(*cells: object) -> str:
    return "<tr>" + "".join(f"<td>{_cell(cell)}</td>" for cell in cells) + "</tr>"


class OrderDetail(QTextBrowser):
    """Read-only rich text: quick to build, selectable, and copyable by customer service."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.setOpenLinks(False)
        self.show_nothing()

    def show_nothing(self) -> None:
        hint = self.tr("Select an order to see its details.")
        self.setHtml(f"<p style='color:gray'>{escape(hint)}</p>")

    def show_order(self, pk: int) -> None:
        with self._database.session() as session:
            order = load_order(session, pk)
            history = change_history(session, pk)
            if order is None:
                self.show_nothing()
                return
            parcels = bound_parcels(session, pk)
            story = order_timeline(session, pk, QCoreApplication.translate)
            self.setHtml(self._render(order, history, parcels, shop_zone(session), story))

    def _render(
        self,
        order: Order,
        history: list[ChangeRecord],
        parcels: list[BoundParcel],
        zone: tzinfo,
        story: list[Entry],
    ) -> str:
        lang = gui_language()

        def shown(text: str | None) -> str | None:
            return recorded_text(text, zone, lang)

        address = " ".join(
            part
            for part in (
                order.recipient_country,
                order.recipient_province,
                order.recipient_city,
                order.recipient_district,
                order.recipient_address,
                order.recipient_postcode,
            )
            if part
        )
        facts = [
            (
                self.tr("Platform"),
                store_label(_platform(order.store.platform), order.store.name),
            ),
            (self.tr("Status"), f"{order_status(order.status)} ({order.platform_status})"),
            (self.tr("Created"), shown(order.created_at)),
            (self.tr("Paid"), shown(order.paid_at)),
            (self.tr("Dispatch by"), shown(order.dispatch_by)),
            (
                self.tr("Total"),
                f"{order.total} {order.currency or ''}" if order.total is not None else None,
            ),
            (self.tr("Carrier (platform)"), carrier(order.carrier) if order.carrier else None),
            (self.tr("Tracking number (platform)"), order.tracking_number),
            (self.tr("Recipient"), order.recipient_name),
            (self.tr("Phone"), order.recipient_phone),
            (self.tr("Address"), address),
            (self.tr("Buyer note"), order.buyer_note),
            (self.tr("Seller note"), order.seller_note),
        ]
        html = [f"<h2>{_cell(order.order_id)}</h2>"]
        if order.recipient_masked:
            masked = self.tr("The platform masked this recipient (****).")
            html.append(f"<p><b>{escape(masked)}</b></p>")
        html.append("<table cellspacing='0' cellpadding='3'>")
        html += [f"<tr><td><b>{_cell(k)}</b></td><td>{_cell(v)}</td></tr>" for k, v in facts if v]
        html.append("</table>")
        if parcels:
            html.append(_heading(self.tr("Packed at the station")))
            html.append("<table border='1' cellspacing='0' cellpadding='3'>")
            html.append(
                _header_row(
                    self.tr("Tracking number"),
                    self.tr("Carrier"),
                    self.tr("Dispatched"),
                    self.tr("Station"),
                    self.tr("Packer"),
                    self.tr("Status"),
                )
            )
            for parcel in parcels:
                html.append(
                    _row(
                        parcel.tracking_number,
                        carrier(parcel.carrier),
                        time_text(parcel.dispatched_utc, zone, lang),
                        parcel.station,
                        parcel.operator,
                        parcel_status(parcel.status),
                    )
                )
            html.append("</table>")
        html.append(_heading(self.tr("Lines")))
        html.append("<table border='1' cellspacing='0' cellpadding='3'>")
        html.append(
            _header_row(
                self.tr("SKU"),
                self.tr("Barcode"),
                self.tr("Title"),
                self.tr("Variant"),
                self.tr("Qty"),
                self.tr("Unit price"),
            )
        )
        for line in order.lines:
            cells = (
                line.sku,
                line.barcode,
                line.title,
                line.variant,
                line.quantity,
                line.unit_price,
            )
            html.append("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in cells) + "</tr>")
        html.append("</table>")
        if story:
            html.append(_heading(self.tr("What happened")))
            html.append("<table cellspacing='0' cellpadding='3'>")
            for entry in story:
                html.append(_row(time_text(entry.utc, zone, lang), entry.text, entry.where))
            html.append("</table>")
        if history:
            html.append(_heading(self.tr("Changes by later imports")))
            html.append("<table border='1' cellspacing='0' cellpadding='3'>")
            html.append(
                _header_row(self.tr("Imported"), self.tr("Field"), self.tr("From"), self.tr("To"))
            )
            for change in history:
                when = time_text(change.imported_utc, zone, lang)
                html.append(_row(when, change.field, change.old_value, change.new_value))
            html.append("</table>")
        return "".join(html)


def _platform(code: str) -> str:
    return platform_names(gui_language()).get(code, code)
