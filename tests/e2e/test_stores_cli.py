"""``shipproof stores``: the shop's stores listed, added and renamed from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.cli import CHINA, imported_shop, shipproof


def test_a_store_is_added_renamed_and_keeps_its_orders(tmp_path: Path) -> None:
    home = tmp_path / "home"
    imported_shop(home, tmp_path)  # two Shopify orders, in the store the import made
    done = shipproof(home, "stores", "add", "taobao", "主店")
    assert done.returncode == 0, done.stderr
    done = shipproof(home, "stores", "rename", "Shopify", "default", "EU store", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [
        {"platform": "shopify", "store": "EU store", "orders": 2},
        {"platform": "taobao", "store": "主店", "orders": 0},
    ]
    listed = shipproof(home, "stores", lang=CHINA)
    assert listed.stdout.splitlines() == [
        "Shopify      EU store  共 2 个订单",
        "淘宝 / 天猫  主店      共 0 个订单",
    ]
    verified = shipproof(home, "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_a_store_that_cannot_be_is_said_in_the_users_language(tmp_path: Path) -> None:
    home = tmp_path / "home"
    imported_shop(home, tmp_path)
    taken = shipproof(home, "stores", "add", "shopify", "default", lang=CHINA)
    assert taken.returncode == 1 and "Shopify 已有名为 default 的店铺" in taken.stderr
    missing = shipproof(home, "stores", "rename", "taobao", "主店", "分店", lang=CHINA)
    assert missing.returncode == 1 and "没有名为 主店 的 淘宝 / 天猫 店铺" in missing.stderr
    reserved = shipproof(home, "stores", "rename", "shopify", "default", "default ")
    assert reserved.returncode == 0  # the same name, spaced: nothing to rename
    long = shipproof(home, "stores", "rename", "shopify", "default", "x" * 201)
    assert long.returncode == 1 and "longer than 200 characters" in long.stderr
    unknown = shipproof(home, "stores", "add", "myspace", "x")
    assert unknown.returncode == 1 and "myspace is not a platform" in unknown.stderr
    assert "Traceback" not in taken.stderr + missing.stderr + long.stderr + unknown.stderr
    listed = json.loads(shipproof(home, "stores", "--json").stdout)
    assert listed == [{"platform": "shopify", "store": "default", "orders": 2}]
