"""An alert's escalation level reads as words in the Alerts table, never a bare 0–4."""

from __future__ import annotations

import pytest

from app.alerts.engine import escalation_hours
from app.ui.codes import alert_level

pytestmark = pytest.mark.gui

SAID = {
    "en": ["New", "Open 1 h+", "Open 2 h+", "Open 4 h+", "Open 24 h+"],
    "zh": [
        "新",
        "已持续 1小时 以上",
        "已持续 2小时 以上",
        "已持续 4小时 以上",
        "已持续 24小时 以上",
    ],
}


def test_each_level_is_named_in_the_users_language(language: str) -> None:
    assert escalation_hours() == (1, 2, 4, 24)
    named = [alert_level(level) for level in range(5)]
    assert named == SAID[language]
    assert alert_level(None) == ""
    assert alert_level(9) == named[-1], "past the last step it stays the last"
