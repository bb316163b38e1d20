"""The core's reader of the Linguist catalogue: finished translations only, else English."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import catalogue

LINGUIST = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context><name>Demo</name>
<message><source>{count} orders</source><translation>{count} 个订单</translation></message>
<message><source>order {order}</source><translation type="unfinished">订单 {order}</translation></message>
<message><source>gone {order}</source><translation type="vanished">没了 {order}</translation></message>
<message><source>label {number}</source><translation>面单 {order}</translation></message>
</context>
<context><name>Other</name>
<message><source>{count} orders</source><translation>另一个 {count}</translation></message>
</context>
</TS>
"""


@pytest.fixture
def linguist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A Linguist file of our own in place of the app's."""
    (tmp_path / "shipproof_zh_CN.ts").write_text(LINGUIST, encoding="utf-8")
    monkeypatch.setattr(catalogue, "resource", lambda *parts: tmp_path.joinpath(*parts[1:]))
    catalogue._finished.cache_clear()
    yield tmp_path
    catalogue._finished.cache_clear()


def test_a_finished_translation_is_read_by_context(linguist: Path) -> None:
    assert catalogue.say("Demo", "{count} orders", "zh", count=3) == "3 个订单"
    assert catalogue.say("Other", "{count} orders", "zh", count=3) == "另一个 3"
    assert catalogue.say("Demo", "{count} orders", "en", count=3) == "3 orders"


def test_unfinished_vanished_and_unknown_stay_english(linguist: Path) -> None:
    assert catalogue.translated("Demo", "order {order}", "zh") == "order {order}"
    assert catalogue.translated("Demo", "gone {order}", "zh") == "gone {order}"
    assert catalogue.translated("Demo", "never declared", "zh") == "never declared"
    assert catalogue.translated("Demo", "{count} orders", "fr") == "{count} orders"


def test_a_translation_with_other_placeholders_stays_english_and_says_so(
    linguist: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="app.catalogue"):
        said = catalogue.say("Demo", "label {number}", "zh", number="SF1")
    assert said == "label SF1"
    assert "does not fit" in caplog.text


def test_a_missing_file_leaves_english(linguist: Path) -> None:
    (linguist / "shipproof_zh_CN.ts").unlink()
    assert catalogue.translated("Demo", "{count} orders", "zh") == "{count} orders"


def test_the_marker_returns_its_text_unchanged() -> None:
    assert catalogue.QT_TRANSLATE_NOOP("Demo", "{count} orders") == "{count} orders"


def test_a_broken_file_leaves_english(linguist: Path) -> None:
    (linguist / "shipproof_zh_CN.ts").write_text("<TS><context>", encoding="utf-8")
    assert catalogue.say("Demo", "{count} orders", "zh", count=3) == "3 orders"
