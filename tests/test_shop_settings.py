"""The shop's settings: kept together, checked before anything is written."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import shop
from app.orders.profiles import builtin_profiles
from app.storage import Database
from app.storage.models import Setting, Store


def test_every_platform_has_a_name_in_both_languages() -> None:
    codes = {profile.platform for profile in builtin_profiles()}
    for language in ("en", "zh"):
        names = shop.platforms(language)
        assert set(names) == codes
        assert all(names[code] != code or code == "ebay" for code in codes), names
    assert shop.platforms("zh")["taobao"] == "淘宝 / 天猫"


def test_settings_round_trip_and_stores_are_only_added(database: Database) -> None:
    with database.session() as session:
        fresh = shop.load(session)
    assert fresh.name == "" and fresh.sounds and not fresh.item_checks
    chosen = shop.ShopSettings(
        name="小猫杂货铺",
        timezone="Asia/Shanghai",
        item_checks=True,
        sounds=False,
        stores=[("taobao", "主店"), ("shopify", "EU store")],
    )
    shop.save(database, chosen)
    shop.save(database, shop.ShopSettings(name="小猫杂货铺", timezone="Asia/Shanghai"))
    with database.session() as session:
        loaded = shop.load(session)
    assert loaded.name == "小猫杂货铺" and loaded.timezone == "Asia/Shanghai"
    assert loaded.stores == [("shopify", "EU store"), ("taobao", "主店")]  # kept, not dropped


@pytest.mark.parametrize(
    ("settings", "reason"),
    [
        (shop.ShopSettings(timezone="Mars/Olympus"), "is not a time zone"),
        (shop.ShopSettings(stores=[("myspace", "x")]), "is not a platform"),
        (shop.ShopSettings(stores=[("jd", "  ")]), "needs a name"),
    ],
)
def test_a_bad_value_changes_nothing(
    database: Database, settings: shop.ShopSettings, reason: str
) -> None:
    settings.name = "should not be saved"
    with pytest.raises(shop.ShopSettingsError, match=reason):
        shop.save(database, settings)
    with database.session() as session:
        assert session.scalars(select(Setting)).all() == []
        assert session.scalars(select(Store)).all() == []


def test_only_a_new_empty_shop_needs_the_wizard(database: Database) -> None:
    assert shop.needs_setup(database)
    shop.mark_set_up(database)
    assert not shop.needs_setup(database)


def test_one_save_holds_what_the_caller_adds_or_nothing(database: Database) -> None:
    """The Settings window saves its thresholds and backup folder with the shop's settings
    in one transaction: one that fails leaves all of them as they were."""
    from app.alerts.engine import keep_thresholds, rules
    from app.storage.backup import keep_backup_folder

    chosen = shop.ShopSettings(name="Tea House", timezone="Asia/Shanghai")

    def thresholds(session: Session) -> None:
        keep_thresholds(session, {("stalled", "domestic_hours"): 30})

    def folder(session: Session) -> None:
        keep_backup_folder(session, "/backups")

    def fails(session: Session) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        shop.save(database, chosen, thresholds, folder, fails, set_up=True)
    with database.session() as session:
        assert session.scalars(select(Setting)).all() == []
    assert shop.needs_setup(database)
    shop.save(database, chosen, thresholds, folder, set_up=True)
    with database.session() as session:
        assert rules(session)["stalled"]["domestic_hours"] == 30
        assert session.get_one(Setting, "backup_folder").value == "/backups"
        assert shop.load(session).name == "Tea House"
    assert not shop.needs_setup(database)
