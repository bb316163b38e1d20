"""A kept scan's words are said again from its key and values only while they give back
the hashed English words."""

from __future__ import annotations

from app.catalogue import translated
from app.dispatch.outcome import scan_text
from app.names import english


def chinese(context: str, source: str) -> str:
    return translated(context, source, "zh")


RECORDED = "order 3001 dispatched with 73123456789012"
VALUES = {"order": "3001", "number": "73123456789012"}


def test_a_scan_is_said_in_the_packs_language() -> None:
    assert (
        scan_text("dispatched", VALUES, chinese, RECORDED)
        == "订单 3001 已发货，运单号 73123456789012"
    )
    assert scan_text("dispatched", VALUES, english, RECORDED) == RECORDED


def test_values_that_no_longer_give_back_the_hashed_words_are_not_used() -> None:
    edited = VALUES | {"number": "99999999999999"}
    assert scan_text("dispatched", edited, chinese, RECORDED) == RECORDED
    assert scan_text("dispatched", {"order": "3001"}, chinese, RECORDED) == RECORDED  # one lost
    assert scan_text(None, None, chinese, RECORDED) == RECORDED  # kept before 0010
    assert scan_text("a_key_of_a_later_version", VALUES, chinese, RECORDED) == RECORDED


def test_values_of_any_shape_fall_back_to_the_hashed_words() -> None:
    for damaged in ([1], 7, "x", {"order": {"nested": 1}}, {"order": "3001", "number": None}):
        assert scan_text("dispatched", damaged, chinese, RECORDED) == RECORDED  # type: ignore[arg-type]
