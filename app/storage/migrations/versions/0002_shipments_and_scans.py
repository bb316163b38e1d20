"""shipments, scans, hash-chain heads, line lookups

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    chain_heads = op.create_table(
        "chain_heads",
        sa.Column("chain", sa.String(length=32), nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("chain"),
    )
    # the scans chain exists from the start, so stations only ever lock and update its head
    op.bulk_insert(chain_heads, [{"chain": "scans", "head": "0" * 64, "length": 0}])
    op.create_table(
        "shipments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("carrier", sa.String(length=32), nullable=True),
        sa.Column("created_utc", sa.DateTime(), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tracking_number", name="uq_shipments_tracking_number"),
    )
    op.create_table(
        "scans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("scanned_at", sa.String(length=40), nullable=False),
        sa.Column("raw_input", sa.Text(), nullable=False),
        sa.Column("normalized", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("result", sa.String(length=8), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("order_pk", sa.Integer(), nullable=True),
        sa.Column("tracking_number", sa.String(length=64), nullable=True),
        sa.Column("carrier", sa.String(length=32), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_pk"],
            ["orders.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("seq", name="uq_scans_seq"),
    )
    with op.batch_alter_table("scans", schema=None) as batch_op:
        batch_op.create_index("ix_scans_order_pk", ["order_pk"], unique=False)

    op.create_table(
        "shipment_orders",
        sa.Column("shipment_id", sa.Integer(), nullable=False),
        sa.Column("order_pk", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_pk"],
            ["orders.id"],
        ),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipments.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("shipment_id", "order_pk"),
    )
    with op.batch_alter_table("shipment_orders", schema=None) as batch_op:
        batch_op.create_index("ix_shipment_orders_order_pk", ["order_pk"], unique=False)

    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.create_index("ix_order_lines_barcode", ["barcode"], unique=False)
        batch_op.create_index("ix_order_lines_sku", ["sku"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_order_lines_sku")
        batch_op.drop_index("ix_order_lines_barcode")

    with op.batch_alter_table("shipment_orders", schema=None) as batch_op:
        batch_op.drop_index("ix_shipment_orders_order_pk")

    op.drop_table("shipment_orders")
    with op.batch_alter_table("scans", schema=None) as batch_op:
        batch_op.drop_index("ix_scans_order_pk")

    op.drop_table("scans")
    op.drop_table("shipments")
    op.drop_table("chain_heads")
