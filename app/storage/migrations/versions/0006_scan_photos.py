"""scan photos and waybill keys: the SHA-256 of the parcel photo taken at a scan, a table
for the photos of a shop on a server database, and each order's platform waybill as a
scanner reads it (the packing station looks labels up by it)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 22:30:00
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("scans") as batch:
        batch.add_column(sa.Column("photo_sha256", sa.String(length=64), nullable=True))
    op.create_table(
        "parcel_photos",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("waybill_key", sa.String(length=64), nullable=True))
        batch.create_index("ix_orders_waybill_key", ["waybill_key"], unique=False)
    connection = op.get_bind()
    orders = sa.table(
        "orders", sa.column("id"), sa.column("tracking_number"), sa.column("waybill_key")
    )
    rows = connection.execute(
        sa.select(orders.c.id, orders.c.tracking_number).where(
            orders.c.tracking_number.is_not(None)
        )
    ).all()
    keyed = [{"pk": pk, "key": _key(number)} for pk, number in rows if _key(number)]
    if keyed:
        connection.execute(
            orders.update()
            .where(orders.c.id == sa.bindparam("pk"))
            .values(waybill_key=sa.bindparam("key")),
            keyed,
        )


def _key(number: str) -> str | None:
    """As app.orders.upsert.waybill_key did when this migration was written."""
    folded = unicodedata.normalize("NFKC", number).upper()
    return re.sub(r"[\s\-_.]+", "", folded)[:64] or None


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_index("ix_orders_waybill_key")
        batch.drop_column("waybill_key")
    op.drop_table("parcel_photos")
    with op.batch_alter_table("scans") as batch:
        batch.drop_column("photo_sha256")
