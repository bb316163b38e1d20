"""Log files: rotated in the data folder, and safe to send to support."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.logs import configure_logging, register_secret, scrub
from tests.helpers.cli import shipproof


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[Path]:
    target = configure_logging(tmp_path)
    assert target is not None
    yield target
    configure_logging(None)  # back to stderr only, for the tests that follow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call 13812345678 now", "call [phone] now"),
        ("+86 13812345678", "[phone]"),
        ("buyer +44 20 7946 0958 rang", "buyer [phone] rang"),
        ("mail anna.k@example.co.uk", "mail [email]"),
        ("138-1234-5678 / 138 1234 5678", "[phone] / [phone]"),
        ("(+86)13812345678", "[phone]"),
        ("tel13812345678", "tel[phone]"),
        ("office 0755-12345678", "office [phone]"),
        ("US +1 (555) 123-4567", "US [phone]"),
        ("count +1 2024-05-01", "count +1 2024-05-01"),
        ("shipproof@1.2.3", "shipproof@1.2.3"),
        (
            "parcel SF1234567890123 and 1Z5R89390357567127",
            "parcel SF1234567890123 and 1Z5R89390357567127",
        ),
        ("order 33125300734602235274", "order 33125300734602235274"),
    ],
)
def test_scrub_masks_personal_data_but_keeps_parcel_numbers(text: str, expected: str) -> None:
    assert scrub(text) == expected


def test_a_record_reaches_the_file_without_keys_or_phones(logged: Path) -> None:
    register_secret("k3y-0f-the-shop-123456")
    log = logging.getLogger("app.test")
    log.info("asked with %s for %s", "k3y-0f-the-shop-123456", "13812345678")
    try:
        raise ValueError("buyer 13987654321 unreachable")
    except ValueError:
        log.exception("refresh failed")
    text = logged.read_text(encoding="utf-8")
    assert "asked with [key] for [phone]" in text
    assert "buyer [phone] unreachable" in text and "Traceback" in text
    assert "k3y-0f-the-shop" not in text and "1398765" not in text


def test_the_log_rotates(logged: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    handler = next(h for h in logging.getLogger().handlers if hasattr(h, "maxBytes"))
    monkeypatch.setattr(handler, "maxBytes", 2000)
    for index in range(200):
        logging.getLogger("app.test").info("line %d of a busy day", index)
    rotated = sorted(path.name for path in logged.parent.iterdir())
    assert rotated[:3] == ["shipproof.log", "shipproof.log.1", "shipproof.log.2"]
    assert len(rotated) <= 6


def test_the_command_line_logs_to_the_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert shipproof(home, "verify").returncode == 0
    text = (home / "logs" / "shipproof.log").read_text(encoding="utf-8")
    assert "shipproof" in text and ": verify" in text
