"""the Orders search finds line titles too: every order's search text is written again
with its lines' titles beside their SKUs and barcodes

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 02:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHUNK = 5000


def upgrade() -> None:
    _rewrite(with_titles=True)


def downgrade() -> None:
    _rewrite(with_titles=False)


def _rewrite(with_titles: bool) -> None:
    """As app.orders.upsert._search_text wrote it when this migration was written."""
    connection = op.get_bind()
    orders = sa.table(
        "orders",
        sa.column("id"),
        sa.column("order_id"),
        sa.column("recipient_name"),
        sa.column("recipient_phone"),
        sa.column("tracking_number"),
        sa.column("search_text"),
    )
    lines = sa.table(
        "order_lines",
        sa.column("order_pk"),
        sa.column("position"),
        sa.column("sku"),
        sa.column("barcode"),
        sa.column("title"),
    )
    last = 0
    while True:
        rows = connection.execute(
            sa.select(
                orders.c.id,
                orders.c.order_id,
                orders.c.recipient_name,
                orders.c.recipient_phone,
                orders.c.tracking_number,
            )
            .where(orders.c.id > last)
            .order_by(orders.c.id)
            .limit(_CHUNK)
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        parts: dict[int, list[str]] = {
            pk: [str(v) for v in (order_id, name, phone, waybill) if v]
            for pk, order_id, name, phone, waybill in rows
        }
        found = connection.execute(
            sa.select(lines.c.order_pk, lines.c.sku, lines.c.barcode, lines.c.title)
            .where(lines.c.order_pk.in_(list(parts)))
            .order_by(lines.c.order_pk, lines.c.position)
        )
        for pk, sku, barcode, title in found:
            parts[pk] += [v for v in (sku, barcode, title if with_titles else None) if v]
        connection.execute(
            orders.update()
            .where(orders.c.id == sa.bindparam("pk"))
            .values(search_text=sa.bindparam("text")),
            [{"pk": pk, "text": " ".join(words).casefold()} for pk, words in parts.items()],
        )
