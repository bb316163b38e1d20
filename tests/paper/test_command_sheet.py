"""The station's command sheet: every command the scanner understands, in the shop's words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.dispatch.scan_input import COMMANDS, SHEET_COMMANDS, command_of
from app.paper.command_sheet import write_command_sheet

ROOT = Path(__file__).resolve().parents[2]


def test_every_command_is_on_the_sheet_and_each_barcode_means_itself() -> None:
    assert set(SHEET_COMMANDS) == set(COMMANDS.values())
    assert all(command_of(command) == command for command in SHEET_COMMANDS)


@pytest.mark.parametrize(("lang", "words"), [("en", "Another parcel"), ("zh", "加包裹")])
def test_the_sheet_reads_back_in_each_language(tmp_path: Path, lang: str, words: str) -> None:
    target = tmp_path / f"commands-{lang}.pdf"
    assert write_command_sheet(target, lang) == 1
    text = PdfReader(target).pages[0].extract_text()
    assert words in text
    for command in SHEET_COMMANDS:  # the barcode's own human-readable line
        assert command in text


def test_shipproof_commands_writes_the_sheet(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "commands", "-o", str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF") and "1 pages" in done.stdout
