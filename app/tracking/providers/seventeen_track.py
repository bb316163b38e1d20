"""17TRACK API v2.2: JSON POSTs with the ``17token`` header, up to 40 numbers a call.

A number must be registered before it has tracking information; ``gettrackinfo`` rejects
an unregistered one (-18019902), so those are registered in a second call and asked
again in a third. Key and quota errors stop asking 17TRACK for this refresh.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

import httpx

from app.tracking.problems import problem, reason
from app.tracking.providers.base import Exchange, ParcelAnswer, ParcelRef, ParsedEvent, Throttle
from app.tracking.providers.http import read_json, send
from app.tracking.providers.info import ProviderInfo
from app.tracking.status import normalize

NOT_REGISTERED = -18019902
FATAL = {  # codes that stop asking 17TRACK this refresh → their reason (app/tracking/problems)
    -18010001: "ip_not_allowed",
    -18010002: "invalid_key",
    -18010004: "account_disabled",
    -18010005: "unauthorized",
    -18019907: "daily_limit",
    -18019908: "quota_used",
}


class SeventeenTrack:
    info: ClassVar[ProviderInfo] = ProviderInfo(
        name="17track",
        label="17TRACK",
        base_url="https://api.17track.net",
        batch_size=40,
        requests_per_second=3.0,
    )

    def __init__(self, base_url: str, key: str) -> None:
        self.base = f"{base_url.rstrip('/')}/track/v2.2"
        self.key = key

    async def _call(
        self,
        client: httpx.AsyncClient,
        operation: str,
        parcels: list[ParcelRef],
        throttle: Throttle,
    ) -> tuple[Exchange, Any]:
        await throttle()
        url = f"{self.base}/{operation}"
        exchange = Exchange(self.info.name, url, [parcel.number for parcel in parcels])
        body = [{"number": parcel.number} for parcel in parcels]
        response = await send(exchange, client.post(url, json=body, headers={"17token": self.key}))
        if response is None:
            return exchange, None
        payload = read_json(exchange)
        if not isinstance(payload, dict) or not isinstance(payload.get("data"), dict):
            exchange.error = exchange.error or problem("unexpected")
            return exchange, None
        code = payload.get("code")
        if code != 0:
            errors = payload["data"].get("errors") or [{}]
            message = errors[0].get("message") if isinstance(errors[0], dict) else None
            known = FATAL.get(code) if isinstance(code, int) else None
            exchange.error = (
                problem("bad_key", provider="17TRACK", code=code, reason=reason(known))
                if known is not None
                else problem("refused", provider="17TRACK", code=code, reason=message or "—")
            )
            exchange.fatal = known is not None
            return exchange, None
        return exchange, payload["data"]

    async def fetch(
        self, client: httpx.AsyncClient, parcels: list[ParcelRef], throttle: Throttle
    ) -> list[Exchange]:
        info, data = await self._call(client, "gettrackinfo", parcels, throttle)
        if data is None:
            return [info]
        for item in data.get("accepted") or ():
            info.answers.append(_answer(item))
        unregistered = [
            parcel
            for parcel in parcels
            for rejected in data.get("rejected") or ()
            if rejected.get("number") == parcel.number
            and (rejected.get("error") or {}).get("code") == NOT_REGISTERED
        ]
        for rejected in data.get("rejected") or ():
            error = rejected.get("error") or {}
            if error.get("code") != NOT_REGISTERED:
                info.answers.append(
                    ParcelAnswer(str(rejected.get("number")), error=str(error.get("message")))
                )
        if not unregistered:
            return [info]
        registration, registered = await self._call(client, "register", unregistered, throttle)
        accepted = {str(item.get("number")) for item in (registered or {}).get("accepted") or ()}
        for parcel in unregistered:
            if parcel.number not in accepted:
                info.answers.append(ParcelAnswer(parcel.number, error=problem("not_registered")))
        now_known = [parcel for parcel in unregistered if parcel.number in accepted]
        if not now_known:
            return [info, registration]
        second, data = await self._call(client, "gettrackinfo", now_known, throttle)
        for item in (data or {}).get("accepted") or ():
            second.answers.append(_answer(item))
        for rejected in (data or {}).get("rejected") or ():
            note = problem("registered")
            second.answers.append(ParcelAnswer(str(rejected.get("number")), error=note))
        return [info, registration, second]


def _answer(item: dict[str, Any]) -> ParcelAnswer:
    track = item.get("track_info") or {}
    providers = (track.get("tracking") or {}).get("providers") or []
    events = []
    for provider in providers:
        for event in provider.get("events") or ():
            stamp = event.get("time_iso") or event.get("time_utc")
            if not stamp:
                continue
            sub = event.get("sub_status")
            events.append(
                ParsedEvent(
                    time=datetime.fromisoformat(stamp),
                    status=normalize(SeventeenTrack.info.name, sub, (sub or "").split("_")[0])
                    or "in_transit",
                    carrier_status=sub,
                    text=str(event.get("description") or ""),
                    location=event.get("location") or None,
                )
            )
    return ParcelAnswer(str(item.get("number")), tuple(events))
