"""every stored instant is named *_utc: import_batches.imported_at and
user_profiles.created_at were UTC instants named like the *_at texts (a platform's or a
station's time as written, with its offset)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 11:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RENAMED = (
    ("import_batches", "imported_at", "imported_utc"),
    ("user_profiles", "created_at", "created_utc"),
)


# RENAME COLUMN, which SQLite (3.25 on) and PostgreSQL both do in place: a batch rebuild
# of import_batches would drop a table that order_batches' foreign keys point at


def upgrade() -> None:
    for table, old, new in _RENAMED:
        op.execute(f"ALTER TABLE {table} RENAME COLUMN {old} TO {new}")


def downgrade() -> None:
    for table, old, new in _RENAMED:
        op.execute(f"ALTER TABLE {table} RENAME COLUMN {new} TO {old}")
