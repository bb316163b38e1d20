"""DHL Shipment Tracking — Unified: one GET per number, ``DHL-API-Key`` header.

Errors are RFC 7807 problem+json (404 "No result found" is an answer, not a failure).
The default plan allows 250 calls a day, which the refresh engine keeps to.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

import httpx

from app.tracking.problems import problem
from app.tracking.providers.base import Exchange, ParcelAnswer, ParcelRef, ParsedEvent, Throttle
from app.tracking.providers.http import read_json, send
from app.tracking.providers.info import ProviderInfo
from app.tracking.status import normalize


class Dhl:
    info: ClassVar[ProviderInfo] = ProviderInfo(
        name="dhl",
        label="DHL",
        base_url="https://api-eu.dhl.com",
        requests_per_second=1.0,
        daily_budget=250,
    )

    def __init__(self, base_url: str, key: str) -> None:
        self.url = f"{base_url.rstrip('/')}/track/shipments"
        self.key = key

    async def fetch(
        self, client: httpx.AsyncClient, parcels: list[ParcelRef], throttle: Throttle
    ) -> list[Exchange]:
        parcel = parcels[0]
        await throttle()
        exchange = Exchange(
            self.info.name, f"{self.url}?trackingNumber={parcel.number}", [parcel.number]
        )
        request = client.get(
            self.url, params={"trackingNumber": parcel.number}, headers={"DHL-API-Key": self.key}
        )
        if await send(exchange, request) is None:
            return [exchange]
        payload = read_json(exchange)
        if not isinstance(payload, dict):
            return [exchange]
        if exchange.http_status == 200:
            events: list[ParsedEvent] = []
            for shipment in payload.get("shipments") or ():
                events += [
                    _event(event)
                    for event in shipment.get("events") or ()
                    if event.get("timestamp")
                ]
            exchange.answers.append(ParcelAnswer(parcel.number, tuple(events)))
        elif exchange.http_status in (401, 403):
            exchange.error, exchange.fatal = (
                problem(
                    "bad_key",
                    provider="DHL",
                    code=exchange.http_status,
                    reason=str(payload.get("detail") or payload.get("title")),
                ),
                True,
            )
        else:
            exchange.answers.append(
                ParcelAnswer(
                    parcel.number, error=str(payload.get("detail") or payload.get("title"))
                )
            )
        return [exchange]


def _event(event: dict[str, Any]) -> ParsedEvent:
    address = (event.get("location") or {}).get("address") or {}
    return ParsedEvent(
        time=datetime.fromisoformat(str(event["timestamp"])),
        status=normalize(Dhl.info.name, event.get("statusCode")) or "in_transit",
        carrier_status=event.get("statusDetailed")
        or event.get("status")
        or event.get("statusCode"),
        text=str(event.get("description") or event.get("status") or ""),
        location=address.get("addressLocality") or None,
    )
