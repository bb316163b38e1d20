"""One registry of setting keys: each spelt once, none chosen twice, none written ad hoc."""

from __future__ import annotations

import re
from pathlib import Path

from app.storage import setting_keys

APP = Path(__file__).resolve().parents[2] / "app"


def test_keys_are_distinct_and_all_listed() -> None:
    named = {
        value
        for name, value in vars(setting_keys).items()
        if name.isupper() and isinstance(value, str)
    }
    assert len(setting_keys.KEYS) == len(set(setting_keys.KEYS)) == len(named)
    assert set(setting_keys.KEYS) == named


def test_no_module_writes_a_setting_under_a_key_of_its_own() -> None:
    """A ``Setting(key="…")`` with a literal (the demo wrote "timezone" so) bypasses the
    registry; every key comes from app.storage.setting_keys."""
    literal = re.compile(r"Setting\(\s*key\s*=\s*[\"']")
    found = [
        f"{path.relative_to(APP)}:{number}"
        for path in APP.rglob("*.py")
        if "migrations" not in path.parts
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert found == []


def test_the_gui_writes_no_setting_rows_itself() -> None:
    """The wizard and the Settings window save through app.shop.save, in one transaction."""
    found = [
        str(path.relative_to(APP))
        for path in (APP / "ui").rglob("*.py")
        if re.search(r"\bSetting\(", path.read_text("utf-8"))
    ]
    assert found == []
