"""scan photos: the SHA-256 of the parcel photo taken at a scan, and a table for the
photos of a shop on a server database

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 22:30:00
"""

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


def downgrade() -> None:
    op.drop_table("parcel_photos")
    with op.batch_alter_table("scans") as batch:
        batch.drop_column("photo_sha256")
