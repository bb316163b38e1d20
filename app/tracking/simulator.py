"""The carrier simulator: all four providers' APIs on 127.0.0.1, in their real shapes.

For the demo, the tests and anyone without API keys. A scenario lists parcels and their
events in ShipProof's normalized statuses; each provider's endpoint answers with them in
its own shape (envelopes, newest-first or oldest-first, errors) and checks the
simulator's test keys as the real API checks real ones. Its codes are the provider's
status map turned round, so whatever it answers reads back as the status it plays.
``faults`` injects 429s (with Retry-After), 500s, timeouts and garbage at given rates, to
prove the client survives.
"""

from __future__ import annotations

import hashlib
import json
import random
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from app.tracking.providers.seventeen_track import SeventeenTrack
from app.tracking.status import PARCEL_STATUSES, status_codes

TEST_KEYS = {
    "kuaidi100": {"customer": "SIMCUSTOMER", "key": "sim-kuaidi100-key"},
    "17track": {"key": "sim-17track-key"},
    "aftership": {"key": "sim-aftership-key"},
    "dhl": {"key": "sim-dhl-key"},
}
FAULT_KINDS = ("429", "500", "timeout", "garbage")
TIMEOUT_SLEEP_S = 3.0

# A status a provider's map cannot say is told as the broader one that provider files it
# under (17TRACK files a pickup under InTransit, AfterShip a cancellation under Exception,
# DHL all but five under transit or failure), step by step: every map says the last ones.
BROADER = {
    "pending": "info_received",
    "info_received": "picked_up",
    "picked_up": "in_transit",
    "customs": "in_transit",
    "available_for_pickup": "out_for_delivery",
    "out_for_delivery": "in_transit",
    "delivery_failed": "exception",
    "returning": "exception",
    "returned": "exception",
    "cancelled": "exception",
    "expired": "exception",
}
# Kuaidi100 sends each code with its name; these are the names of the codes it is made to say.
KUAIDI100_NAMES = {
    "0": "在途",
    "1": "揽收",
    "101": "已下单",
    "2": "疑难",
    "203": "拒收",
    "3": "签收",
    "4": "退签",
    "401": "已销单",
    "5": "派件",
    "501": "投柜或驿站",
    "6": "退回",
    "8": "清关",
}


def playable(provider: str) -> frozenset[str]:
    """The statuses the simulator plays as themselves at ``provider``'s endpoint: the ones
    its status map can say, so each code it answers maps back to the status it plays."""
    return frozenset(status_codes(provider))


def played(provider: str, status: str) -> str:
    """The status ``provider``'s endpoint tells for an event in ``status``: the status itself
    where the provider can say it, else the nearest :data:`BROADER` one it can."""
    while status not in status_codes(provider):
        status = BROADER[status]
    return status


def _code(provider: str, status: str) -> str:
    return status_codes(provider)[played(provider, status)]


@dataclass(frozen=True)
class SimEvent:
    time: datetime  # zone-aware
    status: str  # a ShipProof parcel status
    text: str
    location: str = ""

    def __post_init__(self) -> None:
        if self.status not in PARCEL_STATUSES:
            raise ValueError(
                f"unknown parcel status {self.status!r}: use {', '.join(PARCEL_STATUSES)}"
            )


@dataclass(frozen=True)
class SimParcel:
    number: str
    carrier: str
    events: tuple[SimEvent, ...]  # oldest first

    @property
    def newest(self) -> SimEvent | None:
        return self.events[-1] if self.events else None


@dataclass
class Scenario:
    parcels: dict[str, SimParcel] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Scenario:
        parcels = {}
        for number, raw in (data.get("shipments") or {}).items():
            events = sorted(
                (
                    SimEvent(
                        datetime.fromisoformat(event["time"]),
                        event["status"],
                        event.get("text", ""),
                        event.get("location", ""),
                    )
                    for event in raw.get("events") or ()
                ),
                key=lambda event: event.time,
            )
            parcels[number] = SimParcel(number, raw.get("carrier", ""), tuple(events))
        return cls(parcels)


def parse_faults(spec: str | None) -> dict[str, float]:
    """``"429=0.1,500=0.1,timeout=0.05,garbage=0.05"`` → rates per fault kind."""
    rates: dict[str, float] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        kind, _, rate = part.partition("=")
        if kind.strip() not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}: use {', '.join(FAULT_KINDS)}")
        rates[kind.strip()] = float(rate)
    if sum(rates.values()) > 1:
        raise ValueError("fault rates add up to more than 1")
    return rates


Answer = tuple[int, dict[str, str], bytes]


def _json(status: int, payload: Any, content_type: str = "application/json") -> Answer:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return status, {"Content-Type": f"{content_type}; charset=utf-8"}, body


def _aftership_tags(status: str) -> dict[str, str]:
    """A checkpoint's tag and subtag: the map's code in the one it belongs to (a subtag such
    as ``Exception_010`` is refined from its tag), the other made up the way AfterShip's are."""
    code = _code("aftership", status)
    tag = code.partition("_")[0]
    return {"tag": tag, "subtag": code if code != tag else f"{tag}_001"}


class Simulator:
    """The providers' behaviour over a scenario; :meth:`serve` puts it on a port."""

    def __init__(
        self, scenario: Scenario, faults: dict[str, float] | None = None, seed: int | None = None
    ) -> None:
        self.scenario = scenario
        self.faults = faults or {}
        self.random = random.Random(seed)
        self.calls: dict[str, int] = {}
        self._lock = threading.Lock()
        self._aftership_ids: dict[str, str] = {}
        self._registered: set[str] = set()  # 17TRACK answers only for registered numbers

    # --- dispatching -------------------------------------------------------------------
    def answer(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Answer:
        provider = path.strip("/").split("/", 1)[0]
        with self._lock:
            self.calls[provider] = self.calls.get(provider, 0) + 1
            roll = self.random.random()
        fault = self._fault(roll)
        if fault == "429":
            return (
                429,
                {"Retry-After": "1", "Content-Type": "application/json"},
                b'{"message":"Too Many Requests"}',
            )
        if fault == "500":
            return (
                500,
                {"Content-Type": "text/html"},
                b"<html><body><h1>500 Internal Server Error</h1></body></html>",
            )
        if fault == "timeout":
            time.sleep(TIMEOUT_SLEEP_S)
        routes: dict[tuple[str, str], Callable[[str, dict[str, str], bytes], Answer]] = {
            ("POST", "kuaidi100/poll/query.do"): self._kuaidi100,
            ("POST", "17track/track/v2.2/register"): self._seventeen_register,
            ("POST", "17track/track/v2.2/gettrackinfo"): self._seventeen_info,
            ("POST", "aftership/tracking/2026-07/trackings"): self._aftership_create,
            ("GET", "dhl/track/shipments"): self._dhl,
        }
        parsed = urllib.parse.urlsplit(path)
        route = parsed.path.strip("/")
        handler = routes.get((method, route))
        if (
            handler is None
            and method == "GET"
            and route.startswith("aftership/tracking/2026-07/trackings/")
        ):
            handler = self._aftership_get
        if handler is None:
            return _json(404, {"message": f"no such endpoint: {method} /{route}"})
        status, answer_headers, answer_body = handler(path, headers, body)
        if fault == "garbage":
            return status, answer_headers, answer_body[: max(1, len(answer_body) // 3)]
        return status, answer_headers, answer_body

    def _fault(self, roll: float) -> str | None:
        edge = 0.0
        for kind in FAULT_KINDS:
            edge += self.faults.get(kind, 0.0)
            if roll < edge:
                return kind
        return None

    # --- Kuaidi100 ---------------------------------------------------------------------
    def _kuaidi100(self, _path: str, _headers: dict[str, str], body: bytes) -> Answer:
        form = dict(urllib.parse.parse_qsl(body.decode("utf-8")))
        keys = TEST_KEYS["kuaidi100"]
        param = form.get("param", "")
        expected = (
            hashlib.md5((param + keys["key"] + keys["customer"]).encode()).hexdigest().upper()
        )
        if form.get("customer") != keys["customer"] or form.get("sign") != expected:
            return _json(200, {"result": False, "returnCode": "503", "message": "验证签名失败"})
        try:
            query = json.loads(param)
        except json.JSONDecodeError:
            return _json(200, {"result": False, "returnCode": "400", "message": "找不到对应公司"})
        parcel = self.scenario.parcels.get(str(query.get("num", "")))
        if parcel is None or not parcel.events:
            return _json(
                200, {"result": False, "returnCode": "500", "message": "查询无结果，请隔段时间再查"}
            )
        if parcel.carrier in ("sf", "zto") and not str(query.get("phone", "")).strip():
            return _json(
                200, {"result": False, "returnCode": "408", "message": "手机号码后四位不正确"}
            )
        data = []
        for event in reversed(parcel.events):  # newest first, as Kuaidi100 sends them
            code = _code("kuaidi100", event.status)
            stamp = event.time.strftime("%Y-%m-%d %H:%M:%S")
            data.append(
                {
                    "time": stamp,
                    "ftime": stamp,
                    "context": event.text,
                    "location": event.location,
                    "status": KUAIDI100_NAMES[code],
                    "statusCode": code,
                    "areaName": event.location or None,
                }
            )
        newest = parcel.events[-1]
        return _json(
            200,
            {
                "message": "ok",
                "nu": parcel.number,
                "ischeck": "1" if played("kuaidi100", newest.status) == "delivered" else "0",
                "condition": "F00",
                "com": query.get("com", ""),
                "status": "200",
                "state": _code("kuaidi100", newest.status),
                "data": data,
            },
        )

    # --- 17TRACK -----------------------------------------------------------------------
    def _seventeen_items(
        self, headers: dict[str, str], body: bytes
    ) -> list[dict[str, Any]] | Answer:
        if headers.get("17token") != TEST_KEYS["17track"]["key"]:
            return _json(
                200,
                {
                    "code": -18010002,
                    "data": {"errors": [{"code": -18010002, "message": "Invalid security key."}]},
                },
            )
        try:
            items = json.loads(body or b"[]")
        except json.JSONDecodeError:
            return _json(
                200,
                {
                    "code": -18010013,
                    "data": {"errors": [{"code": -18010013, "message": "Invalid data."}]},
                },
            )
        if len(items) > SeventeenTrack.info.batch_size:
            return _json(
                200,
                {
                    "code": -18010014,
                    "data": {
                        "errors": [{"code": -18010014, "message": "More than 40 tracking numbers."}]
                    },
                },
            )
        return list(items)

    def _seventeen_register(self, _path: str, headers: dict[str, str], body: bytes) -> Answer:
        items = self._seventeen_items(headers, body)
        if not isinstance(items, list):
            return items
        accepted, rejected = [], []
        for item in items:
            number = str(item.get("number", ""))
            if number in self._registered:
                already = {
                    "code": -18019901,
                    "message": "The tracking number is already registered.",
                }
                rejected.append({"number": number, "error": already})
            elif number in self.scenario.parcels:
                with self._lock:
                    self._registered.add(number)
                accepted.append(
                    {"origin": 1, "number": number, "tag": item.get("tag"), "carrier": 0}
                )
            else:
                rejected.append(
                    {
                        "number": number,
                        "error": {"code": -18019903, "message": "Carrier cannot be detected."},
                    }
                )
        return _json(200, {"code": 0, "data": {"accepted": accepted, "rejected": rejected}})

    def _seventeen_info(self, _path: str, headers: dict[str, str], body: bytes) -> Answer:
        items = self._seventeen_items(headers, body)
        if not isinstance(items, list):
            return items
        accepted, rejected = [], []
        for item in items:
            number = str(item.get("number", ""))
            parcel = self.scenario.parcels.get(number)
            if parcel is None or number not in self._registered:
                rejected.append(
                    {
                        "number": number,
                        "error": {
                            "code": -18019902,
                            "message": "The tracking number is not registered.",
                        },
                    }
                )
                continue
            events = [
                {
                    "time_iso": event.time.isoformat(),
                    "time_utc": event.time.astimezone(UTC).isoformat(),
                    "description": event.text,
                    "location": event.location,
                    "stage": None,
                    "sub_status": _code("17track", event.status),
                }
                for event in reversed(parcel.events)
            ]
            newest = parcel.newest
            sub = _code("17track", newest.status if newest else "pending")
            accepted.append(
                {
                    "number": number,
                    "carrier": 0,
                    "tag": item.get("tag"),
                    "track_info": {
                        "latest_status": {
                            "status": sub.split("_")[0],
                            "sub_status": sub,
                            "sub_status_descr": None,
                        },
                        "latest_event": events[0] if events else None,
                        "tracking": {
                            "providers_hash": 0,
                            "providers": [
                                {"provider": {"key": 0, "name": parcel.carrier}, "events": events}
                            ],
                        },
                    },
                }
            )
        return _json(200, {"code": 0, "data": {"accepted": accepted, "rejected": rejected}})

    # --- AfterShip ---------------------------------------------------------------------
    def _aftership_check(self, headers: dict[str, str]) -> Answer | None:
        if headers.get("as-api-key") != TEST_KEYS["aftership"]["key"]:
            return _json(
                401,
                {
                    "meta": {"code": 401, "message": "Invalid API Key.", "type": "Unauthorized"},
                    "data": {},
                },
            )
        return None

    def _aftership_create(self, _path: str, headers: dict[str, str], body: bytes) -> Answer:
        refused = self._aftership_check(headers)
        if refused:
            return refused
        try:
            number = str(json.loads(body or b"{}").get("tracking_number", ""))
        except json.JSONDecodeError:
            return _json(
                400,
                {
                    "meta": {"code": 4001, "message": "Invalid JSON data.", "type": "BadRequest"},
                    "data": {},
                },
            )
        if number not in self.scenario.parcels:
            return _json(
                422,
                {
                    "meta": {
                        "code": 4005,
                        "message": "The value of `tracking_number` is invalid.",
                        "type": "BadRequest",
                    },
                    "data": {},
                },
            )
        with self._lock:
            tracking_id = self._aftership_ids.setdefault(
                number, hashlib.sha1(number.encode()).hexdigest()[:24]
            )
        return _json(
            201, {"meta": {"code": 201}, "data": self._aftership_tracking(tracking_id, number)}
        )

    def _aftership_get(self, path: str, headers: dict[str, str], _body: bytes) -> Answer:
        refused = self._aftership_check(headers)
        if refused:
            return refused
        tracking_id = urllib.parse.urlsplit(path).path.rstrip("/").rsplit("/", 1)[-1]
        number = next((n for n, i in self._aftership_ids.items() if i == tracking_id), None)
        if number is None:
            return _json(
                404,
                {
                    "meta": {
                        "code": 4004,
                        "message": "Tracking does not exist.",
                        "type": "NotFound",
                    },
                    "data": {},
                },
            )
        return _json(
            200, {"meta": {"code": 200}, "data": self._aftership_tracking(tracking_id, number)}
        )

    def _aftership_tracking(self, tracking_id: str, number: str) -> dict[str, Any]:
        parcel = self.scenario.parcels[number]
        checkpoints = [
            {
                "checkpoint_time": event.time.isoformat(),
                "location": event.location or None,
                "message": event.text,
                **_aftership_tags(event.status),
                "slug": parcel.carrier,
            }
            for event in parcel.events  # oldest first, as AfterShip sends checkpoints
        ]
        newest = parcel.newest
        tags = _aftership_tags(newest.status if newest else "pending")
        return {
            "id": tracking_id,
            "tracking_number": number,
            "slug": parcel.carrier,
            "active": tags["tag"] != "Delivered",
            **tags,
            "checkpoints": checkpoints,
        }

    # --- DHL -----------------------------------------------------------------------------
    def _dhl(self, path: str, headers: dict[str, str], _body: bytes) -> Answer:
        problem = "application/problem+json"
        if headers.get("dhl-api-key") != TEST_KEYS["dhl"]["key"]:
            return _json(
                401, {"title": "Unauthorized", "status": 401, "detail": "Invalid API key."}, problem
            )
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(path).query))
        parcel = self.scenario.parcels.get(query.get("trackingNumber", ""))
        if parcel is None or not parcel.events:
            return _json(
                404,
                {
                    "title": "No result found",
                    "status": 404,
                    "detail": "No shipment with given tracking number found.",
                },
                problem,
            )

        def shape(event: SimEvent) -> dict[str, Any]:
            return {
                "timestamp": event.time.isoformat(),
                "location": {"address": {"addressLocality": event.location}},
                "statusCode": _code("dhl", event.status),
                "status": event.status,
                "description": event.text,
            }

        events = [shape(event) for event in reversed(parcel.events)]
        return _json(
            200,
            {
                "shipments": [
                    {
                        "id": parcel.number,
                        "service": "express",
                        "status": events[0],
                        "events": events,
                    }
                ]
            },
        )

    # --- serving ---------------------------------------------------------------------------
    def serve(self, port: int = 0) -> ThreadingHTTPServer:
        """Bind 127.0.0.1:``port`` (0 = a free one); the caller runs ``serve_forever``."""
        simulator = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {key.lower(): value for key, value in self.headers.items()}
                status, answer_headers, payload = simulator.answer(method, self.path, headers, body)
                self.send_response(
                    status,
                    HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "",
                )
                for key, value in answer_headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self) -> None:
                self._handle("GET")

            def do_POST(self) -> None:
                self._handle("POST")

            def log_message(
                self, *_args: object
            ) -> None:  # quiet: the first stdout line is the address
                return

        return ThreadingHTTPServer(("127.0.0.1", port), Handler)
