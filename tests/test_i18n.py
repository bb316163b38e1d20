"""The language choice: the user's, else the system's (macOS apps started from the Dock too)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app import i18n


def test_a_dock_started_mac_app_reads_the_preferred_languages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(i18n.locale, "getlocale", lambda: (None, None))
    monkeypatch.setattr(i18n.sys, "platform", "darwin")
    answer = '(\n    "zh-Hans-CN",\n    "en-GB"\n)\n'
    monkeypatch.setattr(
        subprocess,
        "run",
        lambda *args, **kwargs: subprocess.CompletedProcess(args, 0, stdout=answer),
    )
    assert i18n.system_language() == "zh"


def test_the_choice_wins_and_can_be_taken_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    i18n.choose_language(tmp_path, "en")
    assert i18n.language(tmp_path) == "en"
    i18n.choose_language(tmp_path, None)
    assert i18n.language(tmp_path) == "zh"
    with pytest.raises(ValueError, match="unknown language"):
        i18n.choose_language(tmp_path, "fr")
