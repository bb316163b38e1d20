"""What a pack needs from the shop beyond the parcel's own records: zone, name, upload files.

The pack's times are in the shop's zone (its setting; this computer's zone when the shop
set none, and the pack says so); the shop's name heads it; and the platform checklists
cite the batch-shipping upload files ShipProof wrote that list the parcel — plain rows,
not chained, so the checklist names them as upload files and nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.evidence.facts import PackFacts
from app.evidence.words import utc
from app.orders.stores import shop_zone
from app.storage.models import ExportedParcel, Setting, ShippingExport
from app.storage.setting_keys import SHOP_NAME, TIMEZONE_SETTING


@dataclass(frozen=True)
class Upload:
    """One batch-shipping upload file that lists the parcel."""

    id: int
    platform: str
    file: str
    made: datetime  # aware, UTC


@dataclass(frozen=True)
class PackContext:
    zone: tzinfo
    zone_is_shops: bool  # False: the shop set no zone, this computer's is used
    shop_name: str = ""
    uploads: tuple[Upload, ...] = ()


def local_context() -> PackContext:
    """Without a shop to ask: this computer's zone, no name, no upload files."""
    return PackContext(datetime.now(UTC).astimezone().tzinfo or UTC, False)


def shop_context(session: Session) -> PackContext:
    """The shop's zone and name, without upload files: the same for every pack of a batch
    (finding this computer's zone reads files: once a batch, not once a pack)."""
    name = session.get(Setting, SHOP_NAME)
    chosen = session.get(Setting, TIMEZONE_SETTING)
    zone = shop_zone(session)
    return PackContext(
        zone,
        chosen is not None and getattr(zone, "key", None) == chosen.value,
        name.value.strip() if name is not None else "",
    )


def gather_context(
    session: Session, facts: PackFacts, shop: PackContext | None = None
) -> PackContext:
    """The shop's zone and name (``shop``, when the batch has them already, else looked
    up) and the upload files that list this parcel, oldest first."""
    shop = shop or shop_context(session)
    if facts.shipment is None:
        return shop
    rows = session.scalars(
        select(ShippingExport)
        .join(ExportedParcel, ExportedParcel.export_id == ShippingExport.id)
        .where(ExportedParcel.shipment_id == facts.shipment.id)
        .order_by(ShippingExport.created_utc, ShippingExport.id)
    ).all()
    uploads = tuple(Upload(row.id, row.platform, row.file, utc(row.created_utc)) for row in rows)
    return replace(shop, uploads=uploads)
