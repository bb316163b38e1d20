"""The simulator speaks each provider's status map turned round: every status it plays,
answered in the provider's shape and read by the real adapter, comes back as itself."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest

from app.tracking.providers.base import ParcelRef, ParsedEvent
from app.tracking.providers.registry import PROVIDERS, connect
from app.tracking.simulator import (
    TEST_KEYS,
    Scenario,
    SimEvent,
    SimParcel,
    Simulator,
    playable,
    played,
)
from app.tracking.status import PARCEL_STATUSES
from tests.helpers.tracking import NOW

NUMBER = "YT7000000000001"
# What each provider's map has no code for, so the simulator tells it as a broader status.
# A map that learns one of these fails here: take it off the list.
UNSAYABLE = {
    "kuaidi100": {"pending", "expired"},
    "17track": set(),
    "aftership": {"picked_up", "customs", "cancelled"},
    "dhl": {
        "picked_up",
        "customs",
        "out_for_delivery",
        "available_for_pickup",
        "delivery_failed",
        "returning",
        "returned",
        "cancelled",
        "expired",
    },
}


def every_status_parcel() -> Scenario:
    """One parcel that goes through every status, an hour apart (Kuaidi100 writes Beijing
    time without a zone, so the events are in Beijing time for all)."""
    start = NOW.astimezone(ZoneInfo("Asia/Shanghai"))
    events = tuple(
        SimEvent(start + timedelta(hours=hour), status, f"event {hour}")
        for hour, status in enumerate(PARCEL_STATUSES)
    )
    return Scenario({NUMBER: SimParcel(NUMBER, "yto", events)})


def read_back(provider: str) -> list[ParsedEvent]:
    """The parcel's events as ``provider``'s real adapter reads the simulator's answers."""
    simulator = Simulator(every_status_parcel())

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {key.lower(): value for key, value in request.headers.items()}
        status, answer_headers, body = simulator.answer(
            request.method, request.url.raw_path.decode(), headers, request.content
        )
        return httpx.Response(status, headers=answer_headers, content=body)

    async def no_wait() -> None:
        return None

    async def ask() -> list[ParsedEvent]:
        adapter = connect(provider, TEST_KEYS[provider], f"http://simulator/{provider}")
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            exchanges = await adapter.fetch(client, [ParcelRef(NUMBER, "yto", "yuantong")], no_wait)
        assert all(exchange.error is None for exchange in exchanges), exchanges
        return [
            event
            for exchange in exchanges
            for answer in exchange.answers
            for event in answer.events
        ]

    return sorted(asyncio.run(ask()), key=lambda event: event.time)


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_every_status_the_simulator_plays_reads_back_as_itself(provider: str) -> None:
    told = [event.status for event in read_back(provider)]
    assert told == [played(provider, status) for status in PARCEL_STATUSES]
    assert {status for status in PARCEL_STATUSES if played(provider, status) == status} == (
        playable(provider)
    )
    for status in UNSAYABLE[provider]:  # told as a broader one, never passed off as itself
        assert played(provider, status) != status


def test_the_statuses_a_provider_cannot_say_are_known() -> None:
    cannot = {name: set(PARCEL_STATUSES) - playable(name) for name in PROVIDERS}
    assert cannot == UNSAYABLE, "these statuses have no code in the provider's status map"


def test_a_scenario_with_a_status_shipproof_does_not_have_is_refused() -> None:
    event = {"time": "2026-09-22T18:00:00+08:00", "status": "transit", "text": "moving"}
    with pytest.raises(ValueError, match="unknown parcel status 'transit'"):
        Scenario.from_json({"shipments": {NUMBER: {"carrier": "yto", "events": [event]}}})
