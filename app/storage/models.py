"""The database schema as typed SQLAlchemy 2 models.

Times that came from a platform are kept as ISO 8601 text *with* the offset the platform
used (a Taobao order placed at 10:00 in Beijing stays ``…T10:00:00+08:00``); a UTC copy is
kept beside the creation time only so that sorting and date filters work across zones.
Schema changes go through Alembic (``app/storage/migrations``), never ``create_all``.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.storage.types import MessageValues, Money, UtcDateTime


class Base(DeclarativeBase):
    """Declarative base of every ShipProof table."""


class Store(Base):
    """One shop on one platform; a seller may run several per platform."""

    __tablename__ = "stores"
    __table_args__ = (UniqueConstraint("platform", "name", name="uq_stores_platform_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))


class Order(Base):
    """A platform order with its recipient, unique by (store, platform order id)."""

    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("store_id", "order_id", name="uq_orders_store_order"),
        Index("ix_orders_created_utc", "created_utc"),
        Index("ix_orders_status", "status"),
        Index("ix_orders_tracking_number", "tracking_number"),
        Index("ix_orders_waybill_key", "waybill_key"),
        Index("ix_orders_order_id", "order_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    order_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(24))
    platform_status: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str | None] = mapped_column(String(40))
    created_utc: Mapped[datetime | None] = mapped_column(UtcDateTime)
    paid_at: Mapped[str | None] = mapped_column(String(40))
    dispatch_by: Mapped[str | None] = mapped_column(String(40))
    # the two above as instants (since 0013), kept with them: what is overdue is counted in SQL
    paid_utc: Mapped[datetime | None] = mapped_column(UtcDateTime)
    due_utc: Mapped[datetime | None] = mapped_column(UtcDateTime)
    total: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(8))
    buyer_note: Mapped[str | None] = mapped_column(Text)
    seller_note: Mapped[str | None] = mapped_column(Text)
    carrier: Mapped[str | None] = mapped_column(String(64))
    tracking_number: Mapped[str | None] = mapped_column(String(64))
    # the waybill as a scanner reads it (upper case, no spaces or dashes): the bench's key
    waybill_key: Mapped[str | None] = mapped_column(String(64))
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    recipient_phone: Mapped[str | None] = mapped_column(String(64))
    recipient_country: Mapped[str | None] = mapped_column(String(64))
    recipient_province: Mapped[str | None] = mapped_column(String(64))
    recipient_city: Mapped[str | None] = mapped_column(String(64))
    recipient_district: Mapped[str | None] = mapped_column(String(64))
    recipient_address: Mapped[str | None] = mapped_column(Text)
    recipient_postcode: Mapped[str | None] = mapped_column(String(32))
    recipient_masked: Mapped[bool] = mapped_column(Boolean, default=False)
    search_text: Mapped[str] = mapped_column(Text, default="")

    store: Mapped[Store] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        order_by="OrderLine.position", cascade="all, delete-orphan"
    )


class OrderLine(Base):
    """One item row of an order."""

    __tablename__ = "order_lines"
    __table_args__ = (
        Index("ix_order_lines_order_pk", "order_pk"),
        Index("ix_order_lines_sku", "sku"),
        Index("ix_order_lines_barcode", "barcode"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str | None] = mapped_column(String(128))
    barcode: Mapped[str | None] = mapped_column(String(128))
    title: Mapped[str | None] = mapped_column(Text)
    variant: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal | None] = mapped_column(Money)


class ImportBatch(Base):
    """One imported file (or file pair): what it was, how it was read, what it did."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    imported_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    files: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(32))
    profile: Mapped[str] = mapped_column(String(64))
    encoding: Mapped[str | None] = mapped_column(String(32))
    rows: Mapped[int] = mapped_column(Integer)
    orders_new: Mapped[int] = mapped_column(Integer)
    orders_updated: Mapped[int] = mapped_column(Integer)
    orders_unchanged: Mapped[int] = mapped_column(Integer)
    lines: Mapped[int] = mapped_column(Integer)
    errors_json: Mapped[str] = mapped_column(Text, default="[]")


class OrderBatch(Base):
    """Which import batches touched which order, and how (new, updated, unchanged)."""

    __tablename__ = "order_batches"

    order_pk: Mapped[int] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True
    )
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), primary_key=True)
    effect: Mapped[str] = mapped_column(String(16))


class OrderChange(Base):
    """One field of one order changed by one import batch: from what, to what."""

    __tablename__ = "order_changes"
    __table_args__ = (Index("ix_order_changes_order_pk", "order_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class UserProfile(Base):
    """A column mapping the shopkeeper made for a file no built-in profile understood."""

    __tablename__ = "user_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    definition_json: Mapped[str] = mapped_column(Text)
    created_utc: Mapped[datetime] = mapped_column(UtcDateTime)


class Setting(Base):
    """A shop-wide setting (e.g. the shop's time zone), shared by every station."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Shipment(Base):
    """One physical parcel with one carrier label; several orders when merged explicitly."""

    __tablename__ = "shipments"
    __table_args__ = (
        UniqueConstraint("tracking_number", name="uq_shipments_tracking_number"),
        Index("ix_shipments_created_utc", "created_utc"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tracking_number: Mapped[str] = mapped_column(String(64))
    carrier: Mapped[str | None] = mapped_column(String(32))
    created_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    station: Mapped[str] = mapped_column(String(64))
    operator: Mapped[str] = mapped_column(String(64))
    # tracking: the newest carrier event decides; the carrier's own words are kept beside it
    status: Mapped[str] = mapped_column(String(24), default="pending", server_default="pending")
    carrier_status: Mapped[str | None] = mapped_column(Text)
    provider: Mapped[str | None] = mapped_column(String(16))
    last_event_utc: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_checked_utc: Mapped[datetime | None] = mapped_column(UtcDateTime)
    next_check_utc: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ShipmentOrder(Base):
    """Which orders travel in which parcel (a split order has several parcels)."""

    __tablename__ = "shipment_orders"
    __table_args__ = (Index("ix_shipment_orders_order_pk", "order_pk"),)

    shipment_id: Mapped[int] = mapped_column(
        ForeignKey("shipments.id", ondelete="CASCADE"), primary_key=True
    )
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id"), primary_key=True)


class Scan(Base):
    """One line read at a packing station and what it did. Append-only, hash-chained."""

    __tablename__ = "scans"
    __table_args__ = (
        Index("ix_scans_order_pk", "order_pk"),
        UniqueConstraint("seq", name="uq_scans_seq"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)  # position in the hash chain, from 1
    station: Mapped[str] = mapped_column(String(64))
    operator: Mapped[str] = mapped_column(String(64))
    scanned_at: Mapped[str] = mapped_column(String(40))  # ISO 8601 with the station's offset
    raw_input: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    result: Mapped[str] = mapped_column(String(8))
    code: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text)  # the station's English words, hashed
    order_pk: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    tracking_number: Mapped[str | None] = mapped_column(String(64))
    carrier: Mapped[str | None] = mapped_column(String(32))
    # the words as a key of app.dispatch.outcome.MESSAGES and its values (since 0010), so a
    # pack says them in its language; not hashed: they are used only while they still give
    # back the hashed words (app.dispatch.outcome.scan_text)
    message_key: Mapped[str | None] = mapped_column(String(64))
    message_values: Mapped[dict[str, Any] | None] = mapped_column(MessageValues)
    # the parcel photo taken at this scan (its file is named by this hash), if any
    photo_sha256: Mapped[str | None] = mapped_column(String(64))
    # version 2 (since 0007) hashes these too: the scan's place among its order's scans
    v: Mapped[int] = mapped_column(Integer, server_default="1")
    order_n: Mapped[int | None] = mapped_column(Integer)
    order_prev: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ParcelPhoto(Base):
    """A parcel photo kept in a shared (server) database, named by its SHA-256."""

    __tablename__ = "parcel_photos"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ChainHead(Base):
    """The newest hash of each append-only chain; updating it serialises appends everywhere."""

    __tablename__ = "chain_heads"

    chain: Mapped[str] = mapped_column(String(32), primary_key=True)
    head: Mapped[str] = mapped_column(String(64))
    length: Mapped[int] = mapped_column(Integer)


class ShippingExport(Base):
    """One batch-shipping upload file written for a platform."""

    __tablename__ = "shipping_exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    file: Mapped[str] = mapped_column(Text)
    created_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    rows: Mapped[int] = mapped_column(Integer)


class ExportedParcel(Base):
    """A parcel of an order already written to an upload file: never written twice."""

    __tablename__ = "exported_parcels"

    shipment_id: Mapped[int] = mapped_column(
        ForeignKey("shipments.id", ondelete="CASCADE"), primary_key=True
    )
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id"), primary_key=True)
    export_id: Mapped[int] = mapped_column(ForeignKey("shipping_exports.id"))


class Snapshot(Base):
    """One raw answer of a provider's API, byte for byte, with its SHA-256. Hash-chained."""

    __tablename__ = "snapshots"
    __table_args__ = (UniqueConstraint("seq", name="uq_snapshots_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    provider: Mapped[str] = mapped_column(String(16))
    url: Mapped[str] = mapped_column(Text)  # never with a key or a signature in it
    numbers: Mapped[str] = mapped_column(Text)  # the tracking numbers asked, as JSON
    http_status: Mapped[int | None] = mapped_column(Integer)  # None: no answer (timeout…)
    fetched_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class TrackEvent(Base):
    """One carrier checkpoint of a parcel. Append-only, de-duplicated, hash-chained."""

    __tablename__ = "track_events"
    __table_args__ = (
        UniqueConstraint("shipment_id", "dedup_key", name="uq_track_events_dedup"),
        UniqueConstraint("seq", name="uq_track_events_seq"),
        Index("ix_track_events_shipment", "shipment_id", "event_utc"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"))
    event_time: Mapped[str] = mapped_column(String(40))  # ISO 8601 with the carrier's zone
    event_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(24))
    carrier_status: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    provider: Mapped[str] = mapped_column(String(16))
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshots.id"))
    dedup_key: Mapped[str] = mapped_column(String(64))  # SHA-256 of time + status + text
    # version 2 (since 0007) hashes these too: the sort time, and the event's place among
    # its parcel's events (a deleted or moved event leaves a gap the parcel's pack sees)
    v: Mapped[int] = mapped_column(Integer, server_default="1")
    parcel_n: Mapped[int | None] = mapped_column(Integer)
    parcel_prev: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Fact(Base):
    """What an order or a parcel was at one moment, as a hash-chained record (chain "facts").

    Written at import and whenever the app changes the order or parcel; a pack reads the
    order's promise, recipient and status from the newest one, never from the mutable
    row. ``content`` is the canonical JSON the hash covers (with ``seq`` added), so it can
    be checked without the app; ``kind``, ``order_pk`` and ``shipment_id`` repeat what it
    says, to find it (a row moved to another order no longer matches its content).
    """

    __tablename__ = "facts"
    __table_args__ = (
        UniqueConstraint("seq", name="uq_facts_seq"),
        Index("ix_facts_order", "order_pk", "seq"),
        Index("ix_facts_shipment", "shipment_id", "seq"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # "order" | "parcel"
    order_pk: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id"))
    content: Mapped[str] = mapped_column(Text)
    # the salt of the buyer's phone's SHA-256 in ``content``: not hashed, never in a pack
    # unless the pack shows the full phone
    phone_salt: Mapped[str | None] = mapped_column(String(32))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Alert(Base):
    """An open problem a rule found: opened once per parcel (or order) and rule, acknowledged
    with a note, resolved by itself when the condition clears, kept as history."""

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_state", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(16))
    order_pk: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id"))
    state: Mapped[str] = mapped_column(String(16))  # open | acknowledged | resolved
    opened_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    resolved_utc: Mapped[datetime | None] = mapped_column(UtcDateTime)
    message: Mapped[str] = mapped_column(Text)  # its English words, the record
    # what it says as a key of app.alerts.messages and the values that fill it (since 0009;
    # empty for an alert whose words no template fits, which is then shown as recorded)
    message_key: Mapped[str | None] = mapped_column(String(64))
    message_values: Mapped[dict[str, Any] | None] = mapped_column(MessageValues)
    note: Mapped[str | None] = mapped_column(Text)


class Anchor(Base):
    """An RFC 3161 time-stamp over the chain heads (``app.tsa``): queued until a TSA answers,
    then kept with its token. The token itself says when and by whom; the columns beside it
    are for listing."""

    __tablename__ = "anchors"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    heads: Mapped[str] = mapped_column(Text)  # the canonical heads JSON the token covers
    tsa_url: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # queued | stamped
    token: Mapped[bytes | None] = mapped_column(LargeBinary)  # the TSA's answer, DER
    stamped_utc: Mapped[datetime | None] = mapped_column(UtcDateTime)  # the TSA's genTime
    error: Mapped[str | None] = mapped_column(Text)  # why it is still queued
    attempts: Mapped[int] = mapped_column(Integer)
