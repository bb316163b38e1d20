"""Kuaidi100 (快递100) real-time query: a signed form POST, one number per call.

``sign`` is the upper-case MD5 of ``param + key + customer`` over the exact ``param``
string sent; ``resultv2=4`` asks for the advanced status codes. SF and ZTO need the last
four digits of the recipient's phone. Times come without a zone: they are Beijing time.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from typing import ClassVar
from zoneinfo import ZoneInfo

import httpx

from app.tracking.problems import problem, reason
from app.tracking.providers.base import Exchange, ParcelAnswer, ParcelRef, ParsedEvent, Throttle
from app.tracking.providers.http import read_json, send
from app.tracking.providers.info import ProviderInfo
from app.tracking.status import normalize

BEIJING = ZoneInfo("Asia/Shanghai")
FATAL_CODES = {  # codes that stop asking Kuaidi100 → their reason (app/tracking/problems)
    "400": "bad_request",
    "503": "bad_signature",
    "601": "key_expired",
}


class Kuaidi100:
    info: ClassVar[ProviderInfo] = ProviderInfo(
        name="kuaidi100",
        label="Kuaidi100 (快递100)",
        base_url="https://poll.kuaidi100.com",
        secrets=("customer", "key"),
        requests_per_second=5.0,
        min_interval=timedelta(minutes=30),  # a number asked twice in 30 minutes is locked
    )

    def __init__(self, base_url: str, customer: str, key: str) -> None:
        self.url = f"{base_url.rstrip('/')}/poll/query.do"
        self.customer = customer
        self.key = key

    async def fetch(
        self, client: httpx.AsyncClient, parcels: list[ParcelRef], throttle: Throttle
    ) -> list[Exchange]:
        await throttle()
        return [await self._query(client, parcels[0])]

    async def _query(self, client: httpx.AsyncClient, parcel: ParcelRef) -> Exchange:
        query = {
            "com": parcel.provider_code or "",
            "num": parcel.number,
            "resultv2": "4",
            "show": "0",
            "order": "desc",
        }
        if parcel.phone:
            query["phone"] = parcel.phone[-4:]
        param = json.dumps(query, separators=(",", ":"), ensure_ascii=False)
        sign = hashlib.md5((param + self.key + self.customer).encode("utf-8")).hexdigest().upper()
        exchange = Exchange(self.info.name, self.url, [parcel.number])
        response = await send(
            exchange,
            client.post(self.url, data={"customer": self.customer, "param": param, "sign": sign}),
        )
        if response is None:
            return exchange
        payload = read_json(exchange)
        if not isinstance(payload, dict):
            return exchange
        if payload.get("message") == "ok" and isinstance(payload.get("data"), list):
            exchange.answers.append(
                ParcelAnswer(parcel.number, tuple(_event(item) for item in payload["data"]))
            )
            return exchange
        code = str(payload.get("returnCode", ""))
        if code in FATAL_CODES:
            exchange.error, exchange.fatal = (
                problem(
                    "bad_key",
                    provider="Kuaidi100",
                    code=code,
                    reason=problem(
                        "reason_and_message",
                        reason=reason(FATAL_CODES[code]),
                        message=payload.get("message"),
                    ),
                ),
                True,
            )
        elif code == "408":
            exchange.answers.append(ParcelAnswer(parcel.number, error=problem("needs_phone")))
        else:  # 500: nothing yet for this number
            exchange.answers.append(
                ParcelAnswer(
                    parcel.number,
                    error=str(payload.get("message") or "") or problem("no_result"),
                )
            )
        return exchange


def _event(item: dict[str, object]) -> ParsedEvent:
    stamp = str(item.get("time") or item.get("ftime"))
    code = str(item.get("statusCode") or "")
    name = str(item.get("status") or "") or None
    return ParsedEvent(
        time=datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIJING),
        status=normalize(Kuaidi100.info.name, code) or "in_transit",
        carrier_status=f"{code} {name}".strip() if code else name,
        text=str(item.get("context") or ""),
        location=str(item.get("areaName") or item.get("location") or "") or None,
    )
