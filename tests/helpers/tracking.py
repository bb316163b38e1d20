"""Tracking tests' world: label numbers, the simulator's scenario and clock, a served simulator."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from app.tracking.simulator import Simulator

ZTO, UPS = "73123456789012", "1Z5R89390357567127"


SCENARIO: dict[str, Any] = {
    "shipments": {
        ZTO: {
            "carrier": "zto",
            "events": [
                {
                    "time": "2026-09-22T18:00:00+08:00",
                    "status": "picked_up",
                    "text": "【杭州市】快件已揽收",
                    "location": "杭州",
                },
                {
                    "time": "2026-09-23T06:30:00+08:00",
                    "status": "in_transit",
                    "text": "快件已到达【北京转运中心】",
                    "location": "北京",
                },
            ],
        },
        UPS: {
            "carrier": "ups",
            "events": [
                {
                    "time": "2026-09-22T09:00:00-05:00",
                    "status": "info_received",
                    "text": "Label created",
                    "location": "",
                },
                {
                    "time": "2026-09-24T11:00:00+01:00",
                    "status": "delivered",
                    "text": "Delivered, front door",
                    "location": "Dublin",
                },
            ],
        },
    }
}


NOW = datetime(2026, 9, 25, 8, 0, tzinfo=UTC)


def serve(simulator: Simulator) -> Iterator[str]:
    server = simulator.serve(0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
