"""Every adapter against recorded answers in its provider's real shapes, good and bad."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.tracking.providers.aftership import AfterShip
from app.tracking.providers.base import Exchange, ParcelRef
from app.tracking.providers.dhl import Dhl
from app.tracking.providers.kuaidi100 import Kuaidi100
from app.tracking.providers.seventeen_track import SeventeenTrack

PAYLOADS = Path(__file__).parent / "payloads"
Handler = Callable[[httpx.Request], httpx.Response]


def recorded(name: str) -> bytes:
    return (PAYLOADS / name).read_bytes()


async def no_wait() -> None:
    """A throttle that never waits: these tests make a single call each."""


def run(
    provider: Any, handler: Handler, number: str = "JD0076810060555", carrier: str | None = "jd"
) -> list[Exchange]:
    async def go() -> list[Exchange]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler), timeout=1) as client:
            refs = [ParcelRef(number, carrier, "jd", "13800138000")]
            result: list[Exchange] = await provider.fetch(client, refs, no_wait)
            return result

    return asyncio.run(go())


def answer(
    status: int, body: bytes | dict[str, Any] | list[Any], headers: dict[str, str] | None = None
) -> Handler:
    content = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    return lambda request: httpx.Response(
        status, content=content, headers=headers or {"Content-Type": "application/json"}
    )


def timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("slow", request=request)


HTML = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
COMMON_FAILURES = [
    (
        "rate-limited",
        answer(429, b'{"message":"Too Many Requests"}', {"Retry-After": "7"}),
        "slow down (429)",
        7.0,
    ),
    ("server-error", answer(503, HTML, {"Content-Type": "text/html"}), "failed (HTTP 503)", None),
    ("timeout", timeout, "no answer in time", None),
    ("html-page", answer(200, HTML, {"Content-Type": "text/html"}), "could not be read", None),
    (
        "truncated",
        answer(200, b'{"message":"ok","data":[{"time":"2026-'),
        "could not be read",
        None,
    ),
]


def kuaidi100() -> Kuaidi100:
    return Kuaidi100("https://poll.example", "CUSTOMER", "KEY")


def test_kuaidi100_real_answer_parses_with_zone_codes_and_text() -> None:
    [exchange] = run(kuaidi100(), answer(200, recorded("kuaidi100_query_jd.json")))
    [parcel] = exchange.answers
    newest = parcel.events[0]
    assert (newest.status, newest.carrier_status) == ("delivered", "304 投柜或站签收")
    assert newest.time.isoformat() == "2022-06-30T10:34:33+08:00"
    assert "快递驿站代收" in newest.text
    assert any(event.location == "陕西,西安市,灞桥区" for event in parcel.events)


@pytest.mark.parametrize(
    ("code", "message", "fatal", "per_parcel"),
    [
        ("500", "查询无结果，请隔段时间再查", False, "查询无结果"),
        ("503", "验证签名失败", True, None),
        ("601", "key已过期", True, None),
        ("408", "手机号码后四位不正确", False, "phone"),
    ],
    ids=["not-found", "bad-key", "quota", "phone-needed"],
)
def test_kuaidi100_errors(code: str, message: str, fatal: bool, per_parcel: str | None) -> None:
    [exchange] = run(
        kuaidi100(), answer(200, {"result": False, "returnCode": code, "message": message})
    )
    assert exchange.fatal is fatal
    if per_parcel:
        assert per_parcel in (exchange.answers[0].error or "")
    else:
        assert exchange.error and code in exchange.error


def test_kuaidi100_signs_and_sends_the_phone_for_sf_and_zto() -> None:
    seen: dict[str, str] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.update(dict(httpx.QueryParams(request.content.decode())))
        return httpx.Response(200, content=recorded("kuaidi100_query_jd.json"))

    run(kuaidi100(), handler)
    param = json.loads(seen["param"])
    assert (param["num"], param["com"], param["phone"], param["resultv2"]) == (
        "JD0076810060555",
        "jd",
        "8000",
        "4",
    )
    import hashlib

    assert (
        seen["sign"]
        == hashlib.md5((seen["param"] + "KEY" + "CUSTOMER").encode()).hexdigest().upper()
    )


def seventeen_info(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "code": 0,
        "data": {
            "accepted": [
                {
                    "number": "RR123",
                    "carrier": 3011,
                    "track_info": {
                        "latest_status": {"status": "InTransit", "sub_status": "InTransit_Other"},
                        "tracking": {
                            "providers": [
                                {"provider": {"key": 3011, "name": "China Post"}, "events": events}
                            ]
                        },
                    },
                }
            ],
            "rejected": [],
        },
    }


def test_17track_events_and_empty_answers() -> None:
    events = [
        {
            "time_iso": "2026-09-22T08:15:00+08:00",
            "time_utc": "2026-09-22T00:15:00Z",
            "description": "Departed from Shanghai",
            "location": "Shanghai",
            "stage": "Departure",
            "sub_status": "InTransit_Departure",
        }
    ]
    [exchange] = run(
        SeventeenTrack("https://api.example", "K"),
        answer(200, seventeen_info(events)),
        number="RR123",
    )
    assert exchange.answers[0].events[0].status == "in_transit"
    [empty] = run(
        SeventeenTrack("https://api.example", "K"), answer(200, seventeen_info([])), number="RR123"
    )
    assert empty.answers[0].events == ()


@pytest.mark.parametrize(
    ("code", "fatal"),
    [(-18010002, True), (-18019908, True), (-18010013, False)],
    ids=["bad-key", "quota", "bad-data"],
)
def test_17track_whole_call_errors(code: int, fatal: bool) -> None:
    [exchange] = run(
        SeventeenTrack("https://api.example", "K"),
        answer(200, {"code": code, "data": {"errors": [{"code": code, "message": "x"}]}}),
    )
    assert exchange.error and str(code) in exchange.error and exchange.fatal is fatal


def test_17track_wrong_carrier_is_a_parcel_error() -> None:
    rejected = {
        "code": 0,
        "data": {
            "accepted": [],
            "rejected": [
                {
                    "number": "RR123",
                    "error": {"code": -18019910, "message": "The carrier code is incorrect."},
                }
            ],
        },
    }
    [exchange] = run(
        SeventeenTrack("https://api.example", "K"), answer(200, rejected), number="RR123"
    )
    assert exchange.answers[0].error == "The carrier code is incorrect."


def test_aftership_legacy_envelope_and_bad_key() -> None:
    [exchange] = run(
        AfterShip("https://api.example", "K"),
        answer(200, recorded("aftership_legacy_get_tracking.json")),
        number="111111111111",
        carrier="fedex",
    )
    events = exchange.answers[0].events
    assert (
        events[0].text == "Shipment information sent to FedEx"
        and events[0].status == "info_received"
    )
    assert events[-1].status == "delivered"
    [refused] = run(
        AfterShip("https://api.example", "K"), answer(401, recorded("aftership_legacy_error.json"))
    )
    assert refused.fatal and "Invalid API Key" in (refused.error or "")


def test_aftership_not_found_is_a_parcel_error() -> None:
    [exchange] = run(
        AfterShip("https://api.example", "K"),
        answer(
            404,
            {
                "meta": {"code": 4004, "message": "Tracking does not exist.", "type": "NotFound"},
                "data": {},
            },
        ),
    )
    assert "4004" in (exchange.answers[0].error or "")


def test_dhl_shapes() -> None:
    shipment = {
        "shipments": [
            {
                "id": "1234567890",
                "status": {
                    "timestamp": "2026-09-22T10:00:00+02:00",
                    "statusCode": "transit",
                    "description": "Processed at LEIPZIG - GERMANY",
                },
                "events": [
                    {
                        "timestamp": "2026-09-22T10:00:00+02:00",
                        "location": {"address": {"addressLocality": "LEIPZIG - GERMANY"}},
                        "statusCode": "transit",
                        "status": "transit",
                        "description": "Processed at LEIPZIG - GERMANY",
                    }
                ],
            }
        ]
    }
    [exchange] = run(Dhl("https://api.example", "K"), answer(200, shipment), number="1234567890")
    [event] = exchange.answers[0].events
    assert (event.status, event.location) == ("in_transit", "LEIPZIG - GERMANY")
    problem = {
        "title": "No result found",
        "status": 404,
        "detail": "No shipment with given tracking number found.",
    }
    [missing] = run(
        Dhl("https://api.example", "K"),
        answer(404, problem, {"Content-Type": "application/problem+json"}),
    )
    assert "No shipment" in (missing.answers[0].error or "")
    [refused] = run(
        Dhl("https://api.example", "K"),
        answer(401, {"title": "Unauthorized", "status": 401, "detail": "Invalid API key."}),
    )
    assert refused.fatal


@pytest.mark.parametrize(
    "provider",
    [
        kuaidi100(),
        SeventeenTrack("https://api.example", "K"),
        AfterShip("https://api.example", "K"),
        Dhl("https://api.example", "K"),
    ],
    ids=lambda p: p.info.name,
)
@pytest.mark.parametrize(
    ("case", "handler", "error", "retry_after"),
    COMMON_FAILURES,
    ids=[c[0] for c in COMMON_FAILURES],
)
def test_every_adapter_survives_transport_failures(
    provider: Any, case: str, handler: Handler, error: str, retry_after: float | None
) -> None:
    exchanges = run(provider, handler)
    last = exchanges[-1]
    assert last.error is not None and error in last.error
    assert not last.answers and not last.fatal
    if retry_after is not None:
        assert last.retry_after == retry_after


def test_aftership_rate_limit_reset_is_honoured() -> None:
    import time

    reset = str(int(time.time()) + 5)
    [exchange] = run(
        AfterShip("https://api.example", "K"),
        answer(429, {"meta": {"code": 429}}, {"X-RateLimit-Reset": reset}),
    )
    assert exchange.retry_after is not None and 3 <= exchange.retry_after <= 5
