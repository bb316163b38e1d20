"""Stores and shop-wide settings that an import needs: which store, which time zone."""

from __future__ import annotations

import contextlib
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.orders.issues import KeyedError
from app.storage.models import Order, Setting, Store
from app.storage.setting_keys import TIMEZONE_SETTING

DEFAULT_STORE = "default"


def store_label(platform_name: str, store: str) -> str:
    """How paper names a store: the platform alone for the store an import made unnamed
    ("Amazon"), else the platform and the store ("Taobao / Tmall · Tea House")."""
    return platform_name if store == DEFAULT_STORE else f"{platform_name} · {store}"


class StoreChoiceError(KeyedError, ValueError):
    """The platform has several stores and the import did not say which one."""


def resolve_store(session: Session, platform: str, name: str | None) -> Store:
    """The named store (created on first use); without a name, the platform's only store."""
    if name is None:
        stores = session.scalars(select(Store).where(Store.platform == platform)).all()
        if len(stores) > 1:
            names = ", ".join(sorted(store.name for store in stores))
            raise StoreChoiceError.keyed("several_stores", platform=platform, stores=names)
        if stores:
            return stores[0]
        name = DEFAULT_STORE
    store = session.scalars(
        select(Store).where(Store.platform == platform, Store.name == name)
    ).one_or_none()
    if store is None:
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
