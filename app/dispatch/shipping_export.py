"""Write the platforms' batch-shipping upload files for dispatched orders (批量发货).

Layouts are data (``app/resources/shipping_exports/*.yaml``). Each (parcel, order) pair goes
into one file only: a second export writes what was dispatched since, so uploading every
file exactly once never gives a platform the same parcel twice. Every cell is neutralised
against spreadsheet formula injection (a leading ``= + - @`` gets a ``'``).
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.catalogue import QT_TRANSLATE_NOOP
from app.paths import resource
from app.storage import Database
from app.storage.models import ExportedParcel, Order, Shipment, ShipmentOrder, ShippingExport, Store
from app.yaml_text import load_yaml

VALUES = (
    "order_id",
    "tracking_number",
    "carrier_code",
    "carrier_name",
    "ship_date",
    "ship_time",
    "",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(ValueError):
    """No layout for the platform, or a malformed layout file."""


@dataclass(frozen=True)
class Layout:
    platform: str
    label: str
    encoding: str
    delimiter: str
    preamble: tuple[str, ...]
    columns: tuple[tuple[str, str], ...]  # header, value name
    carrier_names: dict[str, str]


# what an export says, on the command line and in the window alike
SHIPPING_WRITTEN = QT_TRANSLATE_NOOP("Cli", "{file}: {rows} parcels ({skipped} exported before)")


@dataclass(frozen=True)
class ExportResult:
    platform: str
    file: Path
    rows: int
    skipped: int  # parcels exported before

    def as_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "file": str(self.file),
            "rows": self.rows,
            "already_exported": self.skipped,
        }


@cache
def layouts(folder: Path | None = None) -> dict[str, Layout]:
    found = {}
    for path in sorted((folder or resource("shipping_exports")).glob("*.yaml")):
        raw = load_yaml(path.read_text(encoding="utf-8"))
        columns = tuple((str(c["header"]), str(c["value"])) for c in raw["columns"])
        unknown = {value for _header, value in columns} - set(VALUES)
        if unknown:
            raise ExportError(f"{path.name}: unknown values {sorted(unknown)}")
        found[raw["platform"]] = Layout(
            platform=raw["platform"],
            label=raw.get("label", raw["platform"]),
            encoding=raw.get("encoding", "utf-8"),
            delimiter=raw.get("delimiter", ","),
            preamble=tuple(raw.get("preamble") or ()),
            columns=columns,
            carrier_names=dict(raw.get("carrier_names") or {}),
        )
    return found


@cache
def _default_names() -> dict[str, str]:
    data = load_yaml(resource("carriers", "carrier_names.yaml").read_text(encoding="utf-8"))
    return {code: names[0] for code, names in data.items()}


def neutralise(cell: str) -> str:
    """Keep a spreadsheet from running a cell as a formula (OWASP's CSV-injection advice),
    also one hidden behind characters that show as nothing (``\u200b=1+1``): spaces,
    control and zero-width characters before it."""
    start = next((i for i, c in enumerate(cell) if unicodedata.category(c)[0] not in "CZ"), 0)
    return f"'{cell}" if cell[start:].startswith(_FORMULA_START) else cell


def export_shipping(
    database: Database, platform: str, target: Path, zone: ZoneInfo, everything: bool = False
) -> ExportResult:
    """Write ``target`` with the dispatched parcels of ``platform`` not exported before.

    With ``everything``, every dispatched parcel is written again (each still once); the
    record of what was exported is only extended, never rewritten.
    """
    layout = layouts().get(platform)
    if layout is None:
        known = ", ".join(sorted(layouts()))
        raise ExportError(f"no batch-shipping layout for {platform!r} (there are: {known})")
    with database.write() as session:
        rows = session.execute(
            select(Shipment, Order.id, Order.order_id, ExportedParcel.export_id)
            .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
            .join(Order, Order.id == ShipmentOrder.order_pk)
            .join(Store, Store.id == Order.store_id)
            .outerjoin(
                ExportedParcel,
                (ExportedParcel.shipment_id == Shipment.id) & (ExportedParcel.order_pk == Order.id),
            )
            .where(Store.platform == platform)
            .order_by(Shipment.created_utc, Shipment.id)
        ).all()
        fresh = [row for row in rows if row[3] is None]
        chosen = rows if everything else fresh
        buffer = io.StringIO(newline="")
        for line in layout.preamble:
            buffer.write(line + "\r\n")
        writer = csv.writer(buffer, delimiter=layout.delimiter, lineterminator="\r\n")
        writer.writerow([header for header, _value in layout.columns])
        for shipment, _pk, order_id, _exported in chosen:
            values = _values(layout, shipment, order_id, zone)
            writer.writerow([neutralise(values[value]) for _header, value in layout.columns])
        data = buffer.getvalue().encode(layout.encoding)
        record = ShippingExport(
            platform=platform,
            file=str(target),
            created_utc=datetime.now(UTC),
            rows=len(chosen),
        )
        session.add(record)
        session.flush()
        for shipment, pk, _order_id, _exported in fresh:
            session.add(ExportedParcel(shipment_id=shipment.id, order_pk=pk, export_id=record.id))
        # the file is written inside the transaction: if writing fails, nothing is marked
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return ExportResult(platform, target, len(chosen), len(rows) - len(fresh))


def _values(layout: Layout, shipment: Shipment, order_id: str, zone: ZoneInfo) -> dict[str, str]:
    shipped = shipment.created_utc.astimezone(zone)
    code = shipment.carrier or ""
    name = layout.carrier_names.get(code) or _default_names().get(code, code)
    return {
        "order_id": order_id,
        "tracking_number": shipment.tracking_number,
        "carrier_code": code,
        "carrier_name": name,
        "ship_date": shipped.strftime("%Y-%m-%d"),
        "ship_time": shipped.strftime("%Y-%m-%d %H:%M:%S"),
        "": "",
    }
