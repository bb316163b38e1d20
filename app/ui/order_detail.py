"""The detail panel beside the orders table: one order's lines, recipient and history."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.orders.query import ChangeRecord, change_history, load_order
from app.storage import Database
from app.storage.models import Order


def _cell(value: object) -> str:
    return escape("" if value is None else str(value)).replace("\n", "<br>")


def _header_row(*headers: str) -> str:
    return "<tr>" + "".join(f"<th>{_cell(header)}</th>" for header in headers) + "</tr>"


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
        self.setHtml(
            f"<p style='color:gray'>{escape(self.tr('Select an order to see its details.'))}</p>"
        )

    def show_order(self, pk: int) -> None:
        with self._database.session() as session:
            order = load_order(session, pk)
            history = change_history(session, pk)
            if order is None:
                self.show_nothing()
                return
            self.setHtml(self._render(order, history))

    def _render(self, order: Order, history: list[ChangeRecord]) -> str:
        tr = self.tr
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
            (tr("Platform"), f"{order.store.platform} · {order.store.name}"),
            (tr("Status"), f"{order.status} ({order.platform_status})"),
            (tr("Created"), order.created_at),
            (tr("Paid"), order.paid_at),
            (tr("Dispatch by"), order.dispatch_by),
            (
                tr("Total"),
                f"{order.total} {order.currency or ''}" if order.total is not None else None,
            ),
            (tr("Carrier"), order.carrier),
            (tr("Tracking number"), order.tracking_number),
            (tr("Recipient"), order.recipient_name),
            (tr("Phone"), order.recipient_phone),
            (tr("Address"), address),
            (tr("Buyer note"), order.buyer_note),
            (tr("Seller note"), order.seller_note),
        ]
        html = [f"<h2>{_cell(order.order_id)}</h2>"]
        if order.recipient_masked:
            html.append(f"<p><b>{escape(tr('The platform masked this recipient (****).'))}</b></p>")
        html.append("<table cellspacing='0' cellpadding='3'>")
        html += [f"<tr><td><b>{_cell(k)}</b></td><td>{_cell(v)}</td></tr>" for k, v in facts if v]
        html.append("</table>")
        html.append(
            f"<h3>{escape(tr('Lines'))}</h3><table border='1' cellspacing='0' cellpadding='3'>"
        )
        html.append(
            _header_row(
                tr("SKU"), tr("Barcode"), tr("Title"), tr("Variant"), tr("Qty"), tr("Unit price")
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
        if history:
            html.append(f"<h3>{escape(tr('Changes by later imports'))}</h3>")
            html.append("<table border='1' cellspacing='0' cellpadding='3'>")
            html.append(_header_row(tr("Imported"), tr("Field"), tr("From"), tr("To")))
            for change in history:
                when = change.imported_at.strftime("%Y-%m-%d %H:%M UTC")
                html.append(_row(when, change.field, change.old_value, change.new_value))
            html.append("</table>")
        return "".join(html)
