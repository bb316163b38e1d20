"""Every profile file loads, names only known fields and statuses, and is told apart."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.orders.fields import CANONICAL_FIELDS, ORDER_STATUSES
from app.orders.profiles import ProfileError, builtin_profiles, profile_from_dict
from app.paths import resource

PLATFORMS = {
    "taobao",
    "pinduoduo",
    "jd",
    "douyin",
    "tiktok",
    "wechat_shop",
    "shopify",
    "woocommerce",
    "amazon",
    "ebay",
    "etsy",
    "shopee",
}


def test_every_platform_has_a_profile() -> None:
    profiles = builtin_profiles()
    assert {profile.platform for profile in profiles} == PLATFORMS
    assert len(profiles) == len(list(resource("platforms").glob("*.yaml")))


@pytest.mark.parametrize("path", sorted(resource("platforms").glob("*.yaml")), ids=lambda p: p.stem)
def test_profile_file_is_well_formed(path: Path) -> None:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    profile = profile_from_dict(raw, path.name)
    assert profile.name == path.stem
    statuses = set(profile.status.mapping.values()) | {rule.status for rule in profile.status.rules}
    assert statuses <= set(ORDER_STATUSES)
    for table in profile.tables:
        assert "order_id" in table.columns
        status_names = set(profile.status.fields) | {
            name for rule in profile.status.rules for name, _ in rule.when
        }
        unknown = set(table.columns) - set(CANONICAL_FIELDS) - status_names
        assert not unknown, f"{path.name}: columns no field or status rule reads: {unknown}"


def test_malformed_profiles_are_refused_at_load() -> None:
    good = yaml.safe_load(resource("platforms", "shopify.yaml").read_text(encoding="utf-8"))
    broken_status = {
        **good,
        "status": {"fields": ["financial_status"], "map": {"paid": "shipped-ish"}},
    }
    with pytest.raises(ProfileError, match="is not one of"):
        profile_from_dict(broken_status, "broken")
    no_id = {
        **good,
        "tables": {
            "orders": {
                **good["tables"]["orders"],
                "columns": {"title": "Lineitem name", "quantity": "Lineitem quantity"},
            }
        },
    }
    with pytest.raises(ProfileError, match="order_id"):
        profile_from_dict(no_id, "broken")
