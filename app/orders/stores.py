"""Stores and shop-wide settings that an import needs: which store, which time zone."""

from __future__ import annotations

import contextlib
import unicodedata
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal
from sqlalchemy import String, func, select
from sqlalchemy.orm import Session

from app.orders.issues import KeyedError
from app.storage.models import Order, Setting, Store
from app.storage.setting_keys import TIMEZONE_SETTING

DEFAULT_STORE = "default"
_NAME_TYPE = Store.__table__.c.name.type
assert isinstance(_NAME_TYPE, String) and _NAME_TYPE.length
STORE_NAME_LIMIT: int = _NAME_TYPE.length  # what the column holds
# line breaks, control and invisible characters: a name holding them prints as another
_UNPRINTABLE = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})


def store_name_problem(name: str) -> str | None:
    """Why ``name`` (already stripped) cannot name a new store, as a key of the settings'
    messages, or None when it can."""
    if not name:
        return "store_needs_name"
    if len(name) > STORE_NAME_LIMIT:
        return "store_name_too_long"
    if any(unicodedata.category(character) in _UNPRINTABLE for character in name):
        return "store_name_unprintable"
    return None


def name_key(name: str) -> str:
    """What two store names are compared by: "EU", "eu" and full-width "ＥＵ" are one name
    to a reader, so one platform may not have stores under each."""
    return unicodedata.normalize("NFKC", name).casefold().strip()


def store_label(platform_name: str, store: str) -> str:
    """How paper names a store: the platform alone for the store an import made unnamed
    ("Amazon"), else the platform and the store ("Taobao / Tmall · Tea House")."""
    return platform_name if store == DEFAULT_STORE else f"{platform_name} · {store}"


class StoreChoiceError(KeyedError, ValueError):
    """The platform has several stores and the import did not say which one."""


def resolve_store(session: Session, platform: str, name: str | None) -> Store:
    """The named store; without a name, the platform's only store.

    A platform's first store is made by its first import (named, or "default"); once it
    has stores, a name none of them has is refused rather than made: a store renamed in
    Settings and a script still importing under its old name would otherwise split the
    shop's orders in two.
    """
    stores = session.scalars(select(Store).where(Store.platform == platform)).all()
    names = ", ".join(sorted(store.name for store in stores))
    if name is None:
        if len(stores) > 1:
            raise StoreChoiceError.keyed("several_stores", platform=platform, stores=names)
        if stores:
            return stores[0]
        name = DEFAULT_STORE
    name = name.strip()
    for store in stores:
        if store.name == name:
            return store
    if stores:
        from app.orders.reading import shown_name  # the readers' imports: not at start

        raise StoreChoiceError.keyed(
            "unknown_store", platform=platform, store=shown_name(name), stores=names
        )
    if store_name_problem(name) is not None:
        raise StoreChoiceError.keyed(
            "store_name_unusable", store=repr(name)[1:-1], limit=str(STORE_NAME_LIMIT)
        )
    store = Store(platform=platform, name=name)
    session.add(store)
    session.flush()
    return store


def store_listing(session: Session) -> list[tuple[str, str, int]]:
    """Each store as (platform, name, how many orders it holds), by platform and name."""
    statement = (
        select(Store.platform, Store.name, func.count(Order.id))
        .outerjoin(Order, Order.store_id == Store.id)
        .group_by(Store.id, Store.platform, Store.name)
        .order_by(Store.platform, Store.name)
    )
    return [(platform, name, count) for platform, name, count in session.execute(statement)]


def shop_zone(session: Session) -> ZoneInfo:
    """The shop's time zone: the stored setting, else this computer's zone, else UTC.

    It applies to exports whose times carry no zone and come from platforms that write
    the seller's local time (eBay, Etsy, WooCommerce).
    """
    setting = session.get(Setting, TIMEZONE_SETTING)
    candidates = [setting.value] if setting else []
    with contextlib.suppress(ZoneInfoNotFoundError, ValueError, LookupError):
        candidates.append(tzlocal.get_localzone_name() or "UTC")
    for name in candidates:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")
