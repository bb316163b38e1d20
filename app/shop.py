"""The shop's own settings, shared by every station: name, time zone, stores, station defaults.

They live in the database's ``settings`` table (stores in ``stores``) so a second station
pointed at the same PostgreSQL server finds the shop already set up. Secrets never come
here: provider keys live in the OS keyring (``app.tracking.keys``).
"""

from __future__ import annotations

import contextlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import tzlocal
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app.catalogue import QT_TRANSLATE_NOOP, SaidError, translated
from app.names import PLATFORMS, english, fill, name
from app.orders.stores import DEFAULT_STORE, STORE_NAME_LIMIT, name_key, store_name_problem
from app.storage import Database
from app.storage.chain import hold
from app.storage.facts import FACT_CHAIN, restate_store
from app.storage.models import Order, Setting, Store
from app.storage.setting_keys import ITEM_CHECKS, SET_UP, SHOP_NAME, SOUNDS, TIMEZONE_SETTING

# what :func:`check` can refuse, each said once for the catalogue (context ``ShopSettings``);
# {platform} is a platform code, named in the reader's language by every face
SHOP_MESSAGES: dict[str, str] = {
    "unknown_zone": QT_TRANSLATE_NOOP(
        "ShopSettings", "{zone} is not a time zone this computer knows"
    ),
    "unknown_platform": QT_TRANSLATE_NOOP(
        "ShopSettings", "{platform} is not a platform ShipProof knows"
    ),
    "store_needs_name": QT_TRANSLATE_NOOP("ShopSettings", "the {platform} store needs a name"),
    "shop_needs_name": QT_TRANSLATE_NOOP(
        "ShopSettings", "the shop needs a name: it is printed on every evidence pack"
    ),
    "store_name_taken": QT_TRANSLATE_NOOP(
        "ShopSettings",
        "the {platform} store {store} already exists: each store of a platform needs its own name",
    ),
    "store_name_reserved": QT_TRANSLATE_NOOP(
        "ShopSettings",
        "“default” is what an import calls a store it was not told the name of: choose "
        "another name for the {platform} store",
    ),
    "unknown_store": QT_TRANSLATE_NOOP(
        "ShopSettings", "the shop has no {platform} store called {store}"
    ),
    "store_name_too_long": QT_TRANSLATE_NOOP(
        "ShopSettings", "the {platform} store's name is longer than {limit} characters"
    ),
    "store_name_unprintable": QT_TRANSLATE_NOOP(
        "ShopSettings",
        "the {platform} store's name holds a line break or an invisible character: type it again",
    ),
    "no_platform": QT_TRANSLATE_NOOP(
        "ShopSettings", "tick at least one platform you sell on: imports file orders under it"
    ),
}
SHOP_KINDS = {"platform": "Platform"}  # values that are codes to name (:func:`app.names.fill`)


class ShopSettingsError(SaidError, ValueError):
    """A value the shop cannot keep (an unknown time zone, an empty store name).

    Carries its key and values so the wizard, Settings and the command line say it in the
    shopkeeper's language (platforms by their names); its ``str`` is the English, for the
    log.
    """

    def __init__(self, key: str, **values: str) -> None:
        super().__init__("ShopSettings", SHOP_MESSAGES[key], **values)
        self.key = key
        self.args = (self.said("en"),)

    def said(self, lang: str) -> str:
        def words(context: str, source: str) -> str:
            return english(context, source) if lang == "en" else translated(context, source, lang)

        return fill(self.context, self.template, self.values, words, SHOP_KINDS)


@dataclass
class ShopSettings:
    """What the first-run wizard asks and the Settings dialog edits."""

    name: str = ""
    timezone: str = "UTC"
    item_checks: bool = False  # scan every item before the label, or the label alone
    sounds: bool = True
    stores: list[tuple[str, str]] = field(default_factory=list)  # (platform, store name)
    # stores to add now (Settings, the wizard, ``shipproof stores add``): each a new one
    added: list[tuple[str, str]] = field(default_factory=list)
    # (platform, store name now) → its new name: the store keeps its orders and its history
    renames: dict[tuple[str, str], str] = field(default_factory=dict)


@cache  # asked for every painted cell of the orders table
def platforms(language: str = "en") -> dict[str, str]:
    """Platform code → its name in ``language``, from the one table of names
    (:data:`app.names.PLATFORMS`; a test checks it names every built-in profile's platform:
    parsing the profiles here cost a quarter second at every start)."""
    return {code: name("Platform", code, language) for code in sorted(PLATFORMS)}


def local_zone() -> str:
    """This computer's IANA zone name, else UTC."""
    with contextlib.suppress(ZoneInfoNotFoundError, ValueError, LookupError):
        name = tzlocal.get_localzone_name()
        if name:
            return name
    return "UTC"


def zones() -> list[str]:
    return sorted(available_timezones())


def _flag(value: str | None, default: bool) -> bool:
    return default if value is None else value == "1"


def load(session: Session) -> ShopSettings:
    values = {row.key: row.value for row in session.scalars(select(Setting))}
    stores = [(store.platform, store.name) for store in session.scalars(select(Store))]
    return ShopSettings(
        name=values.get(SHOP_NAME, ""),
        timezone=values.get(TIMEZONE_SETTING) or local_zone(),
        item_checks=_flag(values.get(ITEM_CHECKS), False),
        sounds=_flag(values.get(SOUNDS), True),
        stores=sorted(stores),
    )


def check(settings: ShopSettings) -> None:
    """Raise :class:`ShopSettingsError` for the first value the shop cannot keep."""
    try:
        ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ShopSettingsError("unknown_zone", zone=settings.timezone) from error
    known = platforms()
    for platform, _store in [*settings.stores, *settings.added]:
        if platform not in known:
            raise ShopSettingsError("unknown_platform", platform=platform)
    seen: dict[tuple[str, str], str] = {}  # the names this save gives, compared as read
    for platform, new, renamed in [
        *((p, n.strip(), False) for p, n in settings.added),
        *((p, n.strip(), True) for (p, old), n in settings.renames.items() if n.strip() != old),
    ]:
        _check_store_name(platform, new, renamed)
        key = (platform, name_key(new))
        if key in seen:
            raise ShopSettingsError("store_name_taken", platform=platform, store=seen[key])
        seen[key] = new


def _check_store_name(platform: str, store_name: str, renamed: bool) -> None:
    """A new store's name, stripped; one given by a rename may not be the import's own."""
    problem = store_name_problem(store_name)
    if problem == "store_name_too_long":
        raise ShopSettingsError(problem, platform=platform, limit=str(STORE_NAME_LIMIT))
    if problem is not None:
        raise ShopSettingsError(problem, platform=platform)
    if renamed and store_name == DEFAULT_STORE:
        raise ShopSettingsError("store_name_reserved", platform=platform)


def check_name(settings: ShopSettings) -> None:
    """A new shop has a name (the wizard's first question)."""
    if not settings.name.strip():
        raise ShopSettingsError("shop_needs_name")


def check_platforms(settings: ShopSettings) -> None:
    """A new shop sells somewhere (the wizard's second question)."""
    if not settings.stores and not settings.added:
        raise ShopSettingsError("no_platform")


def write(
    session: Session, settings: ShopSettings, step: Callable[[int], None] = lambda _done: None
) -> None:
    """Into the caller's transaction (the Settings dialog saves thresholds in the same one).

    Stores are added and renamed, never removed: a store that orders were imported into
    is history. A renamed store keeps its orders; each of them gets a new chained fact
    naming the store as it is now (a pack compares an order's row with its newest fact),
    reported to ``step`` as they are chained.
    """
    values = {
        SHOP_NAME: settings.name.strip(),
        TIMEZONE_SETTING: settings.timezone,
        ITEM_CHECKS: "1" if settings.item_checks else "0",
        SOUNDS: "1" if settings.sounds else "0",
    }
    for key, value in values.items():
        session.merge(Setting(key=key, value=value))
    write_stores(session, settings, step)


def write_stores(
    session: Session, settings: ShopSettings, step: Callable[[int], None] = lambda _done: None
) -> None:
    """Only the stores of ``settings``: renamed, then added (``shipproof stores`` touches
    nothing else, not even a time zone the shop never chose)."""
    had = {(store.platform, store.name) for store in session.scalars(select(Store))}
    _rename_stores(session, settings.renames, step)
    stores = {(store.platform, store.name) for store in session.scalars(select(Store))}
    # what the shop had stays as it is, whatever its name looks like (an import may have
    # made it); only a name given now is checked, and must not read as another store's
    new = [(p, n) for p, n in settings.stores if (p, n) not in had] + settings.added
    for platform, store_name in new:
        store_name = store_name.strip()
        _check_store_name(platform, store_name, renamed=False)
        clash = next(
            (n for p, n in stores if p == platform and name_key(n) == name_key(store_name)),
            None,
        )
        if clash is not None:
            raise ShopSettingsError("store_name_taken", platform=platform, store=clash)
        session.add(Store(platform=platform, name=store_name))
        stores.add((platform, store_name))


def _rename_stores(
    session: Session, renames: dict[tuple[str, str], str], step: Callable[[int], None]
) -> None:
    """Rename stores (two steps, so two stores may swap names) and restate their orders."""
    stores = []
    for (platform, old), new in renames.items():
        if new.strip() == old:
            continue
        store = session.scalars(
            select(Store).where(Store.platform == platform, Store.name == old)
        ).one_or_none()
        if store is None:
            raise ShopSettingsError("unknown_store", platform=platform, store=old)
        stores.append((store, new.strip()))
    if not stores:
        return
    hold(session.connection(), FACT_CHAIN)  # before any store row is locked (PostgreSQL)
    moving = {store.id for store, _new in stores}
    for store, _new in stores:
        # out of the way of the unique (platform, name): no name can hold a control
        # character now (nor NUL, which PostgreSQL refuses), and the token makes it unique
        store.name = f"\x01{store.id}\x01{secrets.token_hex(8)}"
    session.flush()
    others = [
        (other.platform, other.name)
        for other in session.scalars(select(Store))
        if other.id not in moving
    ]
    for store, new in stores:
        clash = next(
            (n for p, n in others if p == store.platform and name_key(n) == name_key(new)),
            None,
        )
        if clash is not None:
            raise ShopSettingsError("store_name_taken", platform=store.platform, store=clash)
        store.name = new
        others.append((store.platform, new))
    session.flush()
    now, done = datetime.now(UTC), 0
    for store, new in stores:
        pks = session.scalars(select(Order.id).where(Order.store_id == store.id)).all()

        def counted(count: int, before: int = done) -> None:
            step(before + count)

        restate_store(
            session, pks, {"platform": store.platform, "name": new}, "store_renamed", now, counted
        )
        done += len(pks)


def renamed_orders(database: Database, settings: ShopSettings) -> int:
    """How many orders a save restates: the Settings window runs a big one in a worker."""
    renamed = [key for key, new in settings.renames.items() if new.strip() != key[1]]
    if not renamed:
        return 0
    with database.session() as session:
        stores = [
            store.id
            for store in session.scalars(select(Store))
            if (store.platform, store.name) in renamed
        ]
        return session.scalar(select(func.count()).where(Order.store_id.in_(stores))) or 0


class SaveCancelled(Exception):
    """The user stopped a save (renaming a big store); nothing was written."""


def save(
    database: Database,
    settings: ShopSettings,
    *also: Callable[[Session], None],
    set_up: bool = False,
    progress: Callable[[int], None] | None = None,
    cancel: threading.Event | None = None,
    stores_only: bool = False,
) -> None:
    """Checked first, then one transaction: a bad value changes nothing.

    ``also`` write what the same save holds beside the shop's own settings (the Settings
    window's alert thresholds and backup folder), in that transaction; ``set_up`` marks
    the shop as set up (the first-run wizard's save). The wizard, the Settings window and
    the tests all save through here. ``progress`` hears how many orders of renamed stores
    are restated so far; ``cancel`` set stops the save with :class:`SaveCancelled`;
    ``stores_only`` writes the stores alone (the command line's ``stores``).
    """
    check(settings)

    def step(done: int) -> None:
        if cancel is not None and cancel.is_set():
            raise SaveCancelled
        if progress is not None:
            progress(done)

    with database.write() as session:
        (write_stores if stores_only else write)(session, settings, step)
        for extra in also:
            extra(session)
        if set_up:
            session.merge(Setting(key=SET_UP, value="1"))
        if cancel is not None and cancel.is_set():  # stopped at the last moment: still nothing
            raise SaveCancelled


def mark_set_up(database: Database) -> None:
    with database.write() as session:
        session.merge(Setting(key=SET_UP, value="1"))


def needs_setup(database: Database) -> bool:
    """A new, empty shop that nobody has set up: the first run's wizard is due.

    A shop that already holds orders (made before the wizard existed, or by the command
    line) is never asked again.
    """
    with database.session() as session:
        if session.get(Setting, SET_UP) is not None:
            return False
        return not session.scalar(select(exists().where(Order.id > 0)))
