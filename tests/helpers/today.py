"""A shop on a Friday morning in Shanghai: orders due, late and new, parcels on their way.

NOW is Friday 4 December 2026, 10:00 in Asia/Shanghai (the shop's zone); its week began
on Monday 30 November. What the Today page must count, by construction:

- awaiting dispatch: #1 (paid Tue 08:00: 48 h passed Thu 08:00, overdue), #2 (paid Wed
  20:00: due tonight), #3 (paid yesterday 18:00), #5 (placed today 00:30 — 16:30 UTC
  yesterday, so a day in UTC would call it yesterday's);
- yesterday: #3 and #4 placed; #4 dispatched at 15:00 and picked up by ZTO at 18:00;
- this week: #6 delivered 48 h after dispatch (on time), #7 seven days after (late);
- #8 in exception since yesterday.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.dispatch.station import Station
from app.storage import Database
from app.storage.models import Setting
from app.storage.setting_keys import TIMEZONE_SETTING
from app.tracking.config import providers
from app.tracking.refresh import refresh
from app.tracking.simulator import Scenario, Simulator
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.tracking import serve

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 4, 10, 0, tzinfo=SHANGHAI)
PLACED = {
    "#1": "2026-12-01 08:00:00 +0800",
    "#2": "2026-12-02 20:00:00 +0800",
    "#3": "2026-12-03 18:00:00 +0800",
    "#4": "2026-12-03 09:00:00 +0800",
    "#5": "2026-12-04 00:30:00 +0800",
    "#6": "2026-11-28 10:00:00 +0800",
    "#7": "2026-11-20 10:00:00 +0800",
    "#8": "2026-12-01 10:00:00 +0800",
}
# order → (its label, dispatched at, the carrier's events: (time, status))
PARCELS: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "#4": (
        "73123456789012",
        "2026-12-03T15:00:00+08:00",
        [("2026-12-03T18:00:00+08:00", "picked_up")],
    ),
    "#6": (
        "73123456789023",
        "2026-11-30T10:00:00+08:00",
        [("2026-11-30T18:00:00+08:00", "picked_up"), ("2026-12-02T10:00:00+08:00", "delivered")],
    ),
    "#7": (
        "73123456789034",
        "2026-11-24T10:00:00+08:00",
        [("2026-11-24T18:00:00+08:00", "picked_up"), ("2026-12-01T10:00:00+08:00", "delivered")],
    ),
    "#8": (
        "73123456789045",
        "2026-12-02T09:00:00+08:00",
        [("2026-12-02T12:00:00+08:00", "picked_up"), ("2026-12-03T08:00:00+08:00", "exception")],
    ),
}


def friday_morning(database: Database, tmp_path: Path) -> None:
    """The shop above: imported, packed at the station on the days given, tracked at NOW."""
    with database.write() as session:
        session.merge(Setting(key=TIMEZONE_SETTING, value="Asia/Shanghai"))
    records = []
    for order_id, placed in PLACED.items():
        records += order_rows(order_id, placed, [(1, f"Tea {order_id}", "10.00", "TEA")])
    run_import(database, write_export(tmp_path / "orders_export.csv", records))
    for order_id, (label, dispatched, _events) in PARCELS.items():
        moment = datetime.fromisoformat(dispatched)
        station = Station(database, "bench-1", "Lin", clock=lambda at=moment: at)
        station.scan(order_id)
        assert station.scan(label).code == "dispatched", order_id
    scenario: dict[str, Any] = {
        "shipments": {
            label: {
                "carrier": "zto",
                "events": [
                    {"time": at, "status": status, "text": status, "location": "杭州"}
                    for at, status in events
                ],
            }
            for label, _dispatched, events in PARCELS.values()
        }
    }
    server = serve(Simulator(Scenario.from_json(scenario)))
    base = next(server)
    refresh(database, providers({"SHIPPROOF_PROVIDER_BASE_URL": base}), clock=lambda: NOW)
    next(server, None)
