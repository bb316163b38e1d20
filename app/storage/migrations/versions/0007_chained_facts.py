"""chained facts: the order and parcel facts a pack's verdict reads, as hash-chained records,
and each scan's and carrier event's running count and link within its order or parcel

Every existing order and parcel gets one fact recorded now (cause ``backfill``) holding
what the database says today and how many scans and events it has, so a later deletion
shows. Scans and events written before this revision keep their version-1 content and
still verify; new ones are version 2.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 00:30:00
"""

import hashlib
import json
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
# the order fields a fact holds, as app.storage.facts.ORDER_FIELDS listed them at 0007
ORDER_FIELDS = (
    "status",
    "platform_status",
    "created_at",
    "paid_at",
    "dispatch_by",
    "total",
    "currency",
    "buyer_note",
    "seller_note",
    "carrier",
    "tracking_number",
    "recipient_name",
    "recipient_phone",
    "recipient_country",
    "recipient_province",
    "recipient_city",
    "recipient_district",
    "recipient_address",
    "recipient_postcode",
    "recipient_masked",
)
LINE_FIELDS = ("sku", "barcode", "title", "variant", "quantity", "unit_price")


def upgrade() -> None:
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("order_pk", sa.Integer(), nullable=True),
        sa.Column("shipment_id", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("phone_salt", sa.String(length=32), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["order_pk"], ["orders.id"]),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipments.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("seq", name="uq_facts_seq"),
    )
    with op.batch_alter_table("facts") as batch:
        batch.create_index("ix_facts_order", ["order_pk", "seq"], unique=False)
        batch.create_index("ix_facts_shipment", ["shipment_id", "seq"], unique=False)
    for table, count, prev in (
        ("scans", "order_n", "order_prev"),
        ("track_events", "parcel_n", "parcel_prev"),
    ):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("v", sa.Integer(), nullable=False, server_default="1"))
            batch.add_column(sa.Column(count, sa.Integer(), nullable=True))
            batch.add_column(sa.Column(prev, sa.String(length=64), nullable=True))
    _backfill(op.get_bind())


def _canonical(content: dict[str, Any]) -> bytes:
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def _plain(value: Any) -> Any:
    """As app.storage.facts.plain did at 0007: exact decimals as text, the rest as is."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _backfill(connection: sa.Connection) -> None:
    meta = sa.MetaData()
    orders = sa.Table("orders", meta, autoload_with=connection)
    lines = sa.Table("order_lines", meta, autoload_with=connection)
    stores = sa.Table("stores", meta, autoload_with=connection)
    scans = sa.Table("scans", meta, autoload_with=connection)
    shipments = sa.Table("shipments", meta, autoload_with=connection)
    members = sa.Table("shipment_orders", meta, autoload_with=connection)
    events = sa.Table("track_events", meta, autoload_with=connection)
    facts = sa.Table("facts", meta, autoload_with=connection)
    recorded = datetime.now(UTC).replace(tzinfo=None).isoformat()

    store_of = {
        row.id: {"platform": row.platform, "name": row.name}
        for row in connection.execute(sa.select(stores))
    }
    lines_of: dict[int, list[dict[str, Any]]] = {}
    for row in connection.execute(sa.select(lines).order_by(lines.c.order_pk, lines.c.position)):
        lines_of.setdefault(row.order_pk, []).append(
            {name: _plain(getattr(row, name)) for name in LINE_FIELDS}
        )
    scans_of: dict[int, dict[str, Any]] = {}
    for order_pk, digest in connection.execute(
        sa.select(scans.c.order_pk, scans.c.hash)
        .where(scans.c.order_pk.is_not(None))
        .order_by(scans.c.seq)
    ):
        tally = scans_of.setdefault(order_pk, {"n": 0, "head": None})
        tally["n"] += 1
        tally["head"] = digest
    events_of: dict[int, dict[str, Any]] = {}
    for shipment_id, digest in connection.execute(
        sa.select(events.c.shipment_id, events.c.hash).order_by(events.c.seq)
    ):
        tally = events_of.setdefault(shipment_id, {"n": 0, "head": None})
        tally["n"] += 1
        tally["head"] = digest
    orders_of: dict[int, list[int]] = {}
    for shipment_id, order_pk in connection.execute(sa.select(members)):
        orders_of.setdefault(shipment_id, []).append(order_pk)
    bound_by: dict[str, dict[str, Any]] = {}
    for seq, digest, number in connection.execute(
        sa.select(scans.c.seq, scans.c.hash, scans.c.tracking_number)
        .where(scans.c.code == "dispatched")
        .order_by(scans.c.seq)
    ):
        bound_by.setdefault(number, {"seq": seq, "hash": digest})

    contents: list[tuple[str, int | None, int | None, dict[str, Any], str | None]] = []
    for row in connection.execute(sa.select(orders).order_by(orders.c.id)):
        fields = {name: _plain(getattr(row, name)) for name in ORDER_FIELDS}
        fields["recipient_masked"] = bool(fields["recipient_masked"])
        # the phone only as a salted SHA-256, as app.storage.facts.order_fact did at 0007
        phone = fields.pop("recipient_phone")
        salt = secrets.token_hex(16) if phone not in (None, "") else None
        fields["recipient_phone_sha256"] = (
            hashlib.sha256(f"{salt}\n{phone}".encode()).hexdigest() if salt else None
        )
        content = {
            "v": 1,
            "kind": "order",
            "order_pk": row.id,
            "cause": "backfill",
            "recorded_utc": recorded,
            "store": store_of.get(row.store_id),
            "order_id": row.order_id,
            "order": fields,
            "lines": lines_of.get(row.id, []),
            "scans": scans_of.get(row.id, {"n": 0, "head": None}),
        }
        contents.append(("order", row.id, None, content, salt))
    for row in connection.execute(sa.select(shipments).order_by(shipments.c.id)):
        content = {
            "v": 1,
            "kind": "parcel",
            "shipment_id": row.id,
            "cause": "backfill",
            "recorded_utc": recorded,
            "parcel": {
                "tracking_number": row.tracking_number,
                "carrier": row.carrier,
                "created_utc": _plain(row.created_utc),
                "station": row.station,
                "operator": row.operator,
            },
            "orders": sorted(orders_of.get(row.id, [])),
            "bound_by": bound_by.get(row.tracking_number),
            "events": events_of.get(row.id, {"n": 0, "head": None}),
        }
        contents.append(("parcel", None, row.id, content, None))

    previous = GENESIS
    rows = []
    for seq, (kind, order_pk, shipment_id, content, salt) in enumerate(contents, start=1):
        data = _canonical({**content, "seq": seq})  # stored as hashed, "seq" included
        digest = hashlib.sha256(previous.encode("ascii") + b"\n" + data).hexdigest()
        rows.append(
            {
                "seq": seq,
                "kind": kind,
                "order_pk": order_pk,
                "shipment_id": shipment_id,
                "content": data.decode("utf-8"),
                "phone_salt": salt,
                "prev_hash": previous,
                "hash": digest,
            }
        )
        previous = digest
    if rows:
        connection.execute(facts.insert(), rows)
    heads = sa.table("chain_heads", sa.column("chain"), sa.column("head"), sa.column("length"))
    connection.execute(heads.insert().values(chain="facts", head=previous, length=len(rows)))


def downgrade() -> None:
    op.execute("DELETE FROM chain_heads WHERE chain = 'facts'")
    for table, count, prev in (
        ("track_events", "parcel_n", "parcel_prev"),
        ("scans", "order_n", "order_prev"),
    ):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(prev)
            batch.drop_column(count)
            batch.drop_column("v")
    with op.batch_alter_table("facts") as batch:
        batch.drop_index("ix_facts_shipment")
        batch.drop_index("ix_facts_order")
    op.drop_table("facts")
