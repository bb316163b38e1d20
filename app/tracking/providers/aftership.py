"""AfterShip Tracking API (2026-07): one tracking per call, ``as-api-key`` header.

Creating a tracking answers with it; one that exists already (meta 4003) is read by its
id. Checkpoints come oldest first; a checkpoint's subtag says more than its tag for
returns. Both the current envelope (``data`` is the tracking) and the legacy one
(``data.tracking``) are read.
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

API_VERSION = "2026-07"


class AfterShip:
    info: ClassVar[ProviderInfo] = ProviderInfo(
        name="aftership",
        label="AfterShip",
        base_url="https://api.aftership.com",
        requests_per_second=5.0,  # GET /trackings/:id, the tightest per-endpoint limit
    )

    def __init__(self, base_url: str, key: str) -> None:
        self.base = f"{base_url.rstrip('/')}/tracking/{API_VERSION}/trackings"
        self.key = key

    async def fetch(
        self, client: httpx.AsyncClient, parcels: list[ParcelRef], throttle: Throttle
    ) -> list[Exchange]:
        parcel = parcels[0]
        await throttle()
        created = Exchange(self.info.name, self.base, [parcel.number])
        body = {
            "tracking_number": parcel.number,
            **({"slug": parcel.provider_code} if parcel.provider_code else {}),
        }
        response = await send(
            created, client.post(self.base, json=body, headers={"as-api-key": self.key})
        )
        if response is None:
            return [created]
        payload = read_json(created)
        if not isinstance(payload, dict):
            return [created]
        meta, tracking = payload.get("meta") or {}, _tracking(payload)
        code = meta.get("code")
        if code == 4003 and tracking.get("id"):  # exists: read it by id
            url = f"{self.base}/{tracking['id']}"
            found = Exchange(self.info.name, url, [parcel.number])
            await throttle()
            if await send(found, client.get(url, headers={"as-api-key": self.key})) is not None:
                self._read(found, read_json(found), parcel)
            return [created, found]
        self._read(created, payload, parcel)
        return [created]

    def _read(self, exchange: Exchange, payload: Any, parcel: ParcelRef) -> None:
        if not isinstance(payload, dict):
            return
        meta = payload.get("meta") or {}
        code = meta.get("code")
        if code in (200, 201):
            tracking = _tracking(payload)
            events = tuple(
                _event(checkpoint)
                for checkpoint in tracking.get("checkpoints") or ()
                if checkpoint.get("checkpoint_time")
            )
            exchange.answers.append(ParcelAnswer(parcel.number, events))
        elif code in (401, 403):
            refused = problem(
                "bad_key", provider="AfterShip", code=code, reason=meta.get("message")
            )
            exchange.error, exchange.fatal = refused, True
        else:
            exchange.answers.append(
                ParcelAnswer(
                    parcel.number,
                    error=problem(
                        "refused", provider="AfterShip", code=code, reason=meta.get("message")
                    ),
                )
            )


def _tracking(payload: dict[str, Any]) -> dict[str, Any]:
    data = payload.get("data") or {}
    nested = data.get("tracking") if isinstance(data, dict) else None
    if isinstance(nested, dict):
        return nested
    return data if isinstance(data, dict) else {}


def _event(checkpoint: dict[str, Any]) -> ParsedEvent:
    tag, subtag = checkpoint.get("tag"), checkpoint.get("subtag")
    place = ", ".join(
        str(part)
        for part in (
            checkpoint.get("location"),
            checkpoint.get("city"),
            checkpoint.get("country_name") or checkpoint.get("country_iso3"),
        )
        if part
    )
    return ParsedEvent(
        time=datetime.fromisoformat(str(checkpoint["checkpoint_time"])),
        status=normalize(AfterShip.info.name, subtag, tag) or "in_transit",
        carrier_status=checkpoint.get("raw_tag") or subtag or tag,
        text=str(checkpoint.get("message") or ""),
        location=place or None,
    )
