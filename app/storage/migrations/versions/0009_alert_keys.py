"""alerts keep what they say as a key and its values, beside their English words

An alert's words were stored in English only, and the GUI read its values back out of
them with regular expressions to say them in Chinese. Now each alert keeps its message's
key (``app.alerts.messages``) and values (JSON); the words stay as the record. Existing
alerts are converted by reading their words against the templates as they were worded
when they were written (frozen here: a migration must not change with the code); an
alert whose words fit none keeps no key and is shown as it was recorded.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 09:00:00
"""

import json
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.catalogue import values_of

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the templates of 0005..0008, by key; the rule is the key's first part
_WORDED = {
    "no_tracking_info": "{label}: dispatched {age} ago, the carrier has no record yet",
    "delivery_exception.carrier_says": "{label}: {status} — {carrier_says}",
    "delivery_exception": "{label}: {status}",
    "returned": "{label}: {status} to the sender",
    "out_for_delivery_too_long": "{label}: out for delivery for {age}",
    "stalled": "{label}: no news from the carrier for {age}",
    "dispatch_overdue": "order {order}: not dispatched, {age} past its deadline",
}
_AGE = re.compile(r"(?:(\d+) d )?(\d+) h")


def keyed(rule: str, message: str) -> tuple[str, dict[str, object]] | None:
    """The key and values of an alert's English words, or None when no template fits."""
    for key, template in _WORDED.items():
        if key.split(".")[0] != rule:
            continue
        read = values_of(template, message)
        if read is None:
            continue
        values: dict[str, object] = dict(read)
        if "age" in values:
            age = _AGE.fullmatch(str(values["age"]))
            if age is None:
                continue
            values["age"] = int(age[1] or 0) * 24 + int(age[2])
        if "status" in values:  # written "delivery failed" for delivery_failed
            values["status"] = str(values["status"]).replace(" ", "_")
        return key, values
    return None


def upgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.add_column(sa.Column("message_key", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("message_values", sa.Text(), nullable=True))
    alerts = sa.table(
        "alerts",
        sa.column("id", sa.Integer()),
        sa.column("rule", sa.String()),
        sa.column("message", sa.Text()),
        sa.column("message_key", sa.String()),
        sa.column("message_values", sa.Text()),
    )
    connection = op.get_bind()
    for alert_id, rule, message in connection.execute(
        sa.select(alerts.c.id, alerts.c.rule, alerts.c.message)
    ).all():
        found = keyed(rule, message)
        if found is None:
            continue
        key, values = found
        connection.execute(
            alerts.update()
            .where(alerts.c.id == alert_id)
            .values(message_key=key, message_values=json.dumps(values, ensure_ascii=False))
        )


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.drop_column("message_values")
        batch.drop_column("message_key")
