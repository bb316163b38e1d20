"""Times as a shop reads them; text that is not a time is shown as written, never dropped."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from app.shop_time import moment, recorded_text, time_text

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_a_recorded_time_reads_on_the_shops_clock_in_each_language() -> None:
    assert recorded_text("2026-04-05T10:00:00+00:00", SHANGHAI, "en") == "5 Apr 2026 18:00"
    assert recorded_text("2026-04-05T10:00:00+00:00", SHANGHAI, "zh") == "2026年4月5日 18:00"
    assert recorded_text("2026-04-05T18:00:00", SHANGHAI, "en") == "5 Apr 2026 18:00"  # no offset


def test_what_is_not_a_time_is_shown_as_the_platform_wrote_it() -> None:
    for text in ("within 48 hours", "2026-13-45", "\u200b", "9" * 300):
        assert recorded_text(text, SHANGHAI, "en") == text
        assert moment(text, SHANGHAI) is None
    assert recorded_text(None, SHANGHAI, "zh") is None and recorded_text("", SHANGHAI, "zh") == ""


def test_seconds_when_asked() -> None:
    when = datetime(2026, 4, 5, 10, 0, 7, 123456, tzinfo=UTC)
    assert time_text(when, SHANGHAI, "en", "time_seconds") == "5 Apr 2026 18:00:07"
