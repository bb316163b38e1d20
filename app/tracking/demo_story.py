"""The demo shop's parcels and their stories, told by the carrier simulator.

A few demo orders are packed (as a packer would, through the station) two days ago; each
parcel gets a story — delivered, out for delivery, in transit, stalled, an exception, no
news yet — whose events are placed relative to when it was packed, so the demo looks
alive whenever it is opened: tracking fills in and alerts open at the first refresh.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from http.server import ThreadingHTTPServer
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.dispatch.checksums import mod10
from app.dispatch.outcome import ScanCode
from app.dispatch.station import Station
from app.storage import Database
from app.storage.models import Order, Shipment, Store
from app.tracking.simulator import Scenario, SimEvent, SimParcel, Simulator

BEIJING = ZoneInfo("Asia/Shanghai")
PACKED_AGO = timedelta(hours=50)
LEFT_TO_PACK = 4  # awaiting orders the demo leaves for the packing station
DOMESTIC_PLATFORMS = ("taobao", "pinduoduo")
STORIES = ("delivered", "out_for_delivery", "in_transit", "stalled", "exception", "no_news")
CN_STEPS = {
    "picked_up": ("【杭州市】快件已由【杭州文三路营业部】揽收", "杭州"),
    "in_transit": ("快件已到达【北京转运中心】", "北京"),
    "out_for_delivery": ("【北京市】快递员正在派件，联系电话：138****0000", "北京"),
    "delivered": ("快件已签收，签收人：本人", "北京"),
    "exception": ("快件地址不详，派件异常，等待联系收件人", "北京"),
}
EN_STEPS = {
    "info_received": ("Shipper created a label", ""),
    "picked_up": ("Picked up", "Shenzhen, CN"),
    "in_transit": ("Departed facility", "Leipzig, DE"),
    "out_for_delivery": ("Out for delivery", "Dublin, IE"),
    "delivered": ("Delivered, front door", "Dublin, IE"),
    "exception": ("Address unknown, delivery attempted", "Dublin, IE"),
}
PATHS = {  # story → the statuses its parcel went through, hours after packing
    "delivered": (
        ("picked_up", 4),
        ("in_transit", 14),
        ("out_for_delivery", 38),
        ("delivered", 44),
    ),
    "out_for_delivery": (("picked_up", 4), ("in_transit", 16), ("out_for_delivery", 47)),
    "in_transit": (("picked_up", 5), ("in_transit", 30)),
    "stalled": (("picked_up", 3), ("in_transit", 6)),
    "exception": (("picked_up", 4), ("in_transit", 18), ("exception", 40)),
    "no_news": (),
}


def ups_label(index: int) -> str:
    """A UPS 1Z number with a correct check digit (demo labels must pass the station)."""
    serial = f"9D{index:04d}03{1000000 + index:07d}"[:15].ljust(15, "0")
    return f"1Z{serial}{mod10(serial, [1, 2])}"


def pack_demo_parcels(database: Database, now: datetime) -> int:
    """Dispatch a few awaiting demo orders at the demo station; return how many."""
    packed_at = now - PACKED_AGO
    with database.session() as session:
        rows = session.execute(
            select(Order.order_id, Store.platform)
            .join(Store)
            .where(
                Order.status == "awaiting_dispatch",
                Order.tracking_number.is_(None),
                Order.created_utc < packed_at,  # nobody packs an order before it is placed
            )
            .order_by(Order.id)
        ).all()
    chosen = rows[: max(0, len(rows) - LEFT_TO_PACK)]
    domestic = [order for order, platform in chosen if platform in DOMESTIC_PLATFORMS]
    abroad = [order for order, platform in chosen if platform not in DOMESTIC_PLATFORMS]
    station = Station(database, "demo-bench", "Demo packer", clock=lambda: packed_at)
    packed = 0
    for index, order_id in enumerate(domestic + abroad):
        label = f"75{31000000000 + index:012d}" if order_id in domestic else ups_label(index)
        if (
            station.scan(order_id).code == ScanCode.ORDER_OPENED
            and station.scan(label).code == ScanCode.DISPATCHED
        ):
            packed += 1
    return packed


def demo_scenario(database: Database) -> Scenario:
    """Each demo parcel's story, relative to when it was packed."""
    with database.session() as session:
        shipments = session.scalars(
            select(Shipment).where(Shipment.station == "demo-bench").order_by(Shipment.id)
        ).all()
    parcels = {}
    for index, shipment in enumerate(shipments):
        story = STORIES[index % len(STORIES)]
        domestic = shipment.carrier not in ("ups", "fedex", "usps", "dhl")
        steps = CN_STEPS if domestic else EN_STEPS
        zone = BEIJING if domestic else UTC  # Kuaidi100 writes Beijing time
        packed = shipment.created_utc
        events = []
        for status, hours in PATHS[story]:
            text, place = steps.get(status, steps["in_transit"])
            moment = (packed + timedelta(hours=hours)).astimezone(zone)
            events.append(SimEvent(moment, status, text, place))
        parcels[shipment.tracking_number] = SimParcel(
            shipment.tracking_number, shipment.carrier or "", tuple(events)
        )
    return Scenario(parcels)


def start_simulator(scenario: Scenario) -> tuple[ThreadingHTTPServer, str]:
    """The simulator on a free loopback port, serving from a daemon thread."""
    server = Simulator(scenario).serve(0)
    threading.Thread(target=server.serve_forever, name="carrier-simulator", daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
