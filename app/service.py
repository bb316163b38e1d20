"""Customer service: "where is my parcel?" answered from what the shop already holds.

A buyer writes with a phone number, a name, an order id or a tracking number. :func:`find`
finds their orders (the Orders search: it knows the labels bound at a station and reads a
phone however it is spaced);
each :class:`Answer` says where the newest parcel is, with its carrier events; and
:func:`reply` words a ready answer in the buyer's language, with the carrier's tracking
link. The words and links are data (app/resources/service/), which a shop lays its own
over (setting ``service_texts``: ``{"replies": {state: {lang: text}}, "links": {carrier:
url}}``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import tzinfo
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from app.dispatch.carriers import carrier_code
from app.names import name as code_name
from app.orders.query import OrderFilter, newest_orders
from app.paths import resource
from app.shop_time import recorded_text
from app.storage.models import Setting
from app.tracking.story import ParcelStory, order_parcels
from app.yaml_text import load_yaml

SERVICE_TEXTS_SETTING = "service_texts"
MAX_FOUND = 20  # a buyer's orders: more means the words were too vague to answer
REPLY_LANGUAGES = ("zh", "en")
# where a parcel is, as the replies know it: the carrier's status → the reply's state
_STATES = {
    "pending": "awaiting_pickup",
    "info_received": "awaiting_pickup",
    "picked_up": "in_transit",
    "in_transit": "in_transit",
    "customs": "in_transit",
    "available_for_pickup": "in_transit",
    "out_for_delivery": "out_for_delivery",
    "delivered": "delivered",
    "delivery_failed": "exception",
    "exception": "exception",
    "expired": "exception",
    "cancelled": "exception",
    "returning": "returning",
    "returned": "returning",
}
_CLOSED_ORDERS = frozenset({"cancelled", "refunded"})
_RECEIVED_ORDERS = frozenset({"delivered", "completed"})  # the platform says it arrived


@dataclass(frozen=True)
class Answer:
    """One order a buyer may mean, and where its newest parcel is."""

    order_id: str
    platform: str
    recipient: str
    order_status: str
    parcels: tuple[ParcelStory, ...]
    # the waybill the platform's export gave, for an order sent without the bench
    platform_carrier: str | None = None
    platform_tracking: str | None = None

    @property
    def parcel(self) -> ParcelStory | None:
        """The parcel a reply is about: the newest one."""
        return self.parcels[-1] if self.parcels else None

    @property
    def state(self) -> str:
        """Which reply fits: a key of the replies file."""
        if self.parcel is not None:
            return _STATES.get(self.parcel.status, "in_transit")
        if self.order_status in _CLOSED_ORDERS:
            return "cancelled"
        if self.order_status in _RECEIVED_ORDERS:
            return "received"
        if self.order_status == "dispatched" or self.platform_tracking:
            return "sent"  # shipped on the platform, never scanned at this shop's bench
        return "not_dispatched"

    @property
    def waybill(self) -> tuple[str | None, str | None]:
        """(carrier, tracking number) a reply names: the bench's label, else the platform's."""
        if self.parcel is not None:
            return self.parcel.carrier, self.parcel.tracking_number
        # the export writes the carrier as words (中通快递): its code names it and links it
        return carrier_code(self.platform_carrier) or self.platform_carrier, self.platform_tracking

    def as_dict(self) -> dict[str, Any]:
        return {
            "order_id": self.order_id,
            "platform": self.platform,
            "recipient": self.recipient,
            "order_status": self.order_status,
            "state": self.state,
            "parcels": [parcel.as_dict() for parcel in self.parcels],
        }


@dataclass(frozen=True)
class Texts:
    """The replies (state → language → template) and tracking links (carrier → URL)."""

    replies: dict[str, dict[str, str]]
    links: dict[str, str]

    def link(self, carrier: str | None, number: str) -> str:
        """The carrier's tracking page for ``number`` (a general tracker when it has none)."""
        template = self.links.get(carrier or "") or self.links.get("default", "")
        return template.replace("{number}", number)


def find(session: Session, words: str) -> list[Answer]:
    """The orders ``words`` (phone, name, order id or tracking number) point to, newest
    first (a buyer asks about the last one), at most :data:`MAX_FOUND` (see
    :func:`found_more`); each by its own key, so an id two stores share is two orders.

    Raises :class:`app.orders.query.SearchTooLong` for words no order could match."""
    if not words.strip():
        return []
    found = newest_orders(session, OrderFilter(search=words), MAX_FOUND + 1)
    return [
        Answer(
            order_id=order.order_id,
            platform=order.store.platform,
            recipient=order.recipient_name or "",
            order_status=order.status,
            parcels=order_parcels(session, order.id, order.order_id).shipments,
            platform_carrier=order.carrier,
            platform_tracking=order.tracking_number,
        )
        for order in found
    ]


def found_more(answers: list[Answer]) -> tuple[list[Answer], bool]:
    """The answers to show, and whether the words matched more than :data:`MAX_FOUND`
    (then the buyer's words were too vague: ask for more)."""
    return answers[:MAX_FOUND], len(answers) > MAX_FOUND


@cache
def _shipped() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    folder = resource("service")
    replies = load_yaml((folder / "replies.yaml").read_text(encoding="utf-8"))["replies"]
    links = load_yaml((folder / "tracking_links.yaml").read_text(encoding="utf-8"))["links"]
    return replies, links


def texts(session: Session | None = None) -> Texts:
    """The shipped replies and links, with the shop's own (setting) laid over them."""
    shipped_replies, shipped_links = _shipped()
    replies = {state: dict(by_lang) for state, by_lang in shipped_replies.items()}
    links = dict(shipped_links)
    own = session.get(Setting, SERVICE_TEXTS_SETTING) if session is not None else None
    if own is not None:
        overrides = json.loads(own.value)
        for state, by_lang in (overrides.get("replies") or {}).items():
            replies.setdefault(state, {}).update(by_lang)
        links.update(overrides.get("links") or {})
    return Texts(replies, links)


def reply(answer: Answer, lang: str, shop_texts: Texts, zone: tzinfo) -> str:
    """The ready reply to the buyer about ``answer`` in ``lang``, filled in."""
    by_lang = shop_texts.replies[answer.state]
    template = by_lang.get(lang) or by_lang["en"]
    parcel = answer.parcel
    latest = parcel.events[0] if parcel is not None and parcel.events else None
    carrier, tracking = answer.waybill
    values = {
        "name": answer.recipient,
        "order": answer.order_id,
        "carrier": code_name("Carrier", carrier, lang) if carrier else "",
        "tracking": tracking or "",
        "link": shop_texts.link(carrier, tracking) if tracking else "",
        "status": code_name("ParcelStatus", parcel.status, lang) if parcel else "",
        "latest": latest.text if latest else "",
        "when": (recorded_text(latest.time, zone, lang) or "") if latest else "",
    }
    return _fill(template, values).strip()


def _fill(template: str, values: dict[str, str]) -> str:
    """``template`` with its placeholders filled; a shop's template naming one that does
    not exist keeps it as written rather than failing the reply."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)
