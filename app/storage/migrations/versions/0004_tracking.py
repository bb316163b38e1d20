"""carrier tracking: raw answers, events, parcel status

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    heads = sa.table(
        "chain_heads",
        sa.column("chain", sa.String),
        sa.column("head", sa.String),
        sa.column("length", sa.Integer),
    )
    # raw answers and carrier events are hash-chained like scans, each chain from its start
    op.bulk_insert(
        heads, [{"chain": name, "head": "0" * 64, "length": 0} for name in ("snapshots", "events")]
    )
    op.create_table(
        "snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("numbers", sa.Text(), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("fetched_utc", sa.DateTime(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("seq", name="uq_snapshots_seq"),
    )
    op.create_table(
        "track_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=False),
        sa.Column("event_time", sa.String(length=40), nullable=False),
        sa.Column("event_utc", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("carrier_status", sa.String(length=64), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("dedup_key", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.id"],
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"],
            ["snapshots.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("seq", name="uq_track_events_seq"),
        sa.UniqueConstraint("shipment_id", "dedup_key", name="uq_track_events_dedup"),
    )
    with op.batch_alter_table("track_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_track_events_shipment", ["shipment_id", "event_utc"], unique=False
        )

    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=24), server_default="pending", nullable=False)
        )
        batch_op.add_column(sa.Column("carrier_status", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("provider", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("last_event_utc", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_checked_utc", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("next_check_utc", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM chain_heads WHERE chain IN ('snapshots', 'events')")
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.drop_column("next_check_utc")
        batch_op.drop_column("last_checked_utc")
        batch_op.drop_column("last_event_utc")
        batch_op.drop_column("provider")
        batch_op.drop_column("carrier_status")
        batch_op.drop_column("status")

    with op.batch_alter_table("track_events", schema=None) as batch_op:
        batch_op.drop_index("ix_track_events_shipment")

    op.drop_table("track_events")
    op.drop_table("snapshots")
