"""Every code the core stores or shows has a name, in every language the app speaks."""

from __future__ import annotations

import pytest

from app import names
from app.alerts.engine import shipped_rules
from app.dispatch import outcome as station
from app.i18n import LANGUAGES
from app.orders.fields import ORDER_STATUSES
from app.orders.profiles import builtin_profiles
from app.paths import resource
from app.tracking.status import PARCEL_STATUSES
from app.yaml_text import load_yaml


def test_every_code_the_core_keeps_has_a_name() -> None:
    assert set(names.ORDER_STATUSES) == set(ORDER_STATUSES)
    assert set(names.PARCEL_STATUSES) == set(PARCEL_STATUSES)
    rules = shipped_rules()["rules"]
    assert set(names.ALERT_RULES) == set(rules)
    assert {rule["severity"] for rule in rules.values()} <= set(names.ALERT_SEVERITIES)
    assert {result for result, _kind in station.CODES.values()} <= set(names.SCAN_RESULTS)
    assert set(station.CODES) == set(names.SCAN_CODES)
    assert {profile.platform for profile in builtin_profiles()} == set(names.PLATFORMS)
    written = load_yaml(resource("carriers", "carrier_names.yaml").read_text("utf-8"))
    rules = load_yaml(resource("carriers", "number_rules.yaml").read_text("utf-8"))
    by_rule = {
        rule["carrier"] for group in rules.values() if isinstance(group, list) for rule in group
    }
    assert set(written) | by_rule <= set(names.CARRIERS)


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_names_in_each_language(lang: str) -> None:
    """Each name is the catalogue's, never the bare code (``awaiting_dispatch``, ``zto``)."""
    for context, table in names.TABLES.items():
        for code in table:
            shown = names.name(context, code, lang)
            assert (shown and shown != code) or code in {"ups", "dhl"}, (context, code, shown)


def test_names_say_chinese_and_unknown_codes_stay_visible() -> None:
    assert names.name("OrderStatus", "awaiting_dispatch", "zh") == "待发货"
    assert names.name("Carrier", "zto", "zh") == "中通快递"
    assert names.name("Platform", "taobao", "zh") == "淘宝 / 天猫"
    assert names.name("Carrier", "zto", "en") == "ZTO Express"
    assert names.name("Carrier", "a_new_one", "zh") == "a_new_one"  # not nothing
    assert names.name("Carrier", None, "zh") == "—"


def test_durations_count_days_from_two_on() -> None:
    assert names.duration(30, "en") == "30 h"
    assert names.duration(76, "en") == "3 d 4 h"
    assert names.duration(76, "zh") == "3天4小时"


def test_the_languages_are_listed_once() -> None:
    """Every language the app offers has a catalogue file and a name, and nothing else."""
    from app.catalogue import QT_LOCALES
    from app.paths import resource

    assert set(QT_LOCALES) == set(LANGUAGES)
    for locale in QT_LOCALES.values():
        assert resource("i18n", f"shipproof_{locale}.ts").is_file()
