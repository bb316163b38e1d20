"""each order's payment and dispatch-by as instants (orders.paid_utc, orders.due_utc)
beside the texts the platform wrote, and shipments indexed by dispatch time: the Today page
counts what is overdue and what each day dispatched in SQL, not by parsing every order

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 01:30:00
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INSTANTS = (("paid_at", "paid_utc"), ("dispatch_by", "due_utc"))


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        for _text, instant in _INSTANTS:
            batch.add_column(sa.Column(instant, sa.DateTime(), nullable=True))
    op.create_index("ix_shipments_created_utc", "shipments", ["created_utc"], unique=False)
    connection = op.get_bind()
    orders = sa.table(
        "orders", sa.column("id"), *(sa.column(name) for pair in _INSTANTS for name in pair)
    )
    for text, instant in _INSTANTS:
        rows = connection.execute(
            sa.select(orders.c.id, orders.c[text]).where(orders.c[text].is_not(None))
        ).all()
        values = [{"pk": pk, "at": _instant(written)} for pk, written in rows]
        values = [value for value in values if value["at"] is not None]
        if values:
            connection.execute(
                orders.update()
                .where(orders.c.id == sa.bindparam("pk"))
                .values({instant: sa.bindparam("at")}),
                values,
            )


def _instant(written: str) -> datetime | None:
    """As app.orders.upsert stored an instant when this migration was written: UTC, naive
    (the column type's form), None for a text without an offset or one that is not ISO."""
    try:
        moment = datetime.fromisoformat(written)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None)


def downgrade() -> None:
    op.drop_index("ix_shipments_created_utc", table_name="shipments")
    with op.batch_alter_table("orders") as batch:
        for _text, instant in reversed(_INSTANTS):
            batch.drop_column(instant)
