"""Sending one request and reading its answer, with every failure kept as data."""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable
from typing import Any

import httpx

from app.tracking.problems import problem
from app.tracking.providers.base import Exchange


async def send(exchange: Exchange, request: Awaitable[httpx.Response]) -> httpx.Response | None:
    """Await ``request``; record status and raw body, or the reason there is none."""
    try:
        response = await request
    except httpx.TimeoutException:
        exchange.error = problem("timed_out")
        return None
    except httpx.HTTPError as error:
        exchange.error = problem("network", error=type(error).__name__)
        return None
    exchange.http_status = response.status_code
    exchange.body = response.content
    if response.status_code == 429:
        exchange.error = problem("rate_limited")
        exchange.retry_after = _retry_after(response)
        return None
    if response.status_code >= 500:
        exchange.error = problem("provider_failed", status=response.status_code)
        return None
    return response


def read_json(exchange: Exchange) -> Any:
    """The body as JSON, or None with ``exchange.error`` saying what came instead."""
    try:
        return json.loads(exchange.body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        start = exchange.body[:60].decode("utf-8", "replace").strip()
        exchange.error = problem("not_json", start=repr(start))
        return None


def _retry_after(response: httpx.Response) -> float:
    """Seconds to wait: Retry-After, else AfterShip's X-RateLimit-Reset (a Unix time), else 1."""
    value = (response.headers.get("Retry-After") or "").strip()
    if value.isdigit():
        return float(value)
    reset = (response.headers.get("X-RateLimit-Reset") or "").strip()
    if reset.isdigit():
        return min(60.0, max(0.0, float(reset) - time.time()))
    return 1.0
