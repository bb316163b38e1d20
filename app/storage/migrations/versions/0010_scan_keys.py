"""scans keep their words' key and values beside the hashed English words

A scan's words were kept in English only (and hashed so), so a Chinese evidence pack
printed English for every scan. Now each scan keeps the key of its words
(``app.dispatch.outcome.MESSAGES``) and their values, outside the hash: they are used only
while they give back the hashed words. Existing scans are converted by reading their words
against today's templates, the most specific first, and kept only when the template
filled with what was read gives back the very words; a template that is nothing but a
placeholder (an item's title) fits any words and is not guessed from.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 10:00:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.catalogue import most_specific, read_back
from app.dispatch.outcome import MESSAGES

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("scans") as batch:
        batch.add_column(sa.Column("message_key", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("message_values", sa.Text(), nullable=True))
    scans = sa.table(
        "scans",
        sa.column("id", sa.Integer()),
        sa.column("message", sa.Text()),
        sa.column("message_key", sa.String()),
        sa.column("message_values", sa.Text()),
    )
    connection = op.get_bind()
    templates = most_specific(MESSAGES)
    for scan_id, message in connection.execute(sa.select(scans.c.id, scans.c.message)).all():
        found = read_back(templates, message)
        if found is not None:
            values = json.dumps(found[1], ensure_ascii=False)
            connection.execute(
                scans.update()
                .where(scans.c.id == scan_id)
                .values(message_key=found[0], message_values=values)
            )


def downgrade() -> None:
    with op.batch_alter_table("scans") as batch:
        batch.drop_column("message_values")
        batch.drop_column("message_key")
