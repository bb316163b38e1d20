"""Chinese is drawn on a machine whose only font is a Latin one, and nothing changes elsewhere.

Each case starts a fresh interpreter under its own fontconfig (Qt reads the fonts once per
process): one folder holding only Bitstream Vera (the Latin font reportlab ships), or
Vera and a system copy of the CJK font. The child lays out every Chinese string the GUI
shows (every translation, the demo shop's buyer names) with the fonts its widgets
resolve, and reports, character by character, the font Qt picked and whether that font has
the glyph. A bare QApplication is the control: there the Chinese must be boxes, or the
folder was not what the test thinks it is.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import reportlab

from app.paths import resource
from app.ui.fonts import FAMILY, FONT_FILE

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="fontconfig decides the fallbacks on Linux"
)
ROOT = Path(__file__).resolve().parents[2]
VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"

CHILD = r"""
import json, sys
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import (
    QApplication, QGroupBox, QLabel, QLineEdit, QMenu, QPushButton, QTabBar, QTableView,
)
texts = json.loads(sys.stdin.read())
if sys.argv[1] == "bare":
    app = QApplication([])
else:
    from app.ui import fonts
    from app.ui.application import application
    if sys.argv[1] == "named":  # as on Windows and macOS: a registered font is no fallback
        real, answers = fonts.draws, [False, False]  # boxes before and after registering
        fonts.draws = lambda font, text: answers.pop() if answers else real(font, text)
    app = application()  # as the app starts
def runs(text, font):
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout.glyphRuns()
report = {
    "registered": QFontDatabase.applicationFontFamilies(0),
    "families": QApplication.font().families(),
    "widgets": {},
}
for widget in (QLabel(), QPushButton(), QLineEdit(), QTableView(), QMenu(), QTabBar(),
               QGroupBox()):
    font, boxed, unsupported = widget.font(), [], set()
    for text in texts:
        resolved = runs(text, font)
        if any(glyph == 0 for run in resolved for glyph in run.glyphIndexes()):
            boxed.append(text)
        # by code point: PySide6's str -> QChar overload misreads many ideographs
        unsupported |= {
            char for char in text if not char.isspace()
            and not any(run.rawFont().supportsCharacter(ord(char)) for run in resolved)
        }
    report["widgets"][type(widget).__name__] = {
        "boxed": boxed,
        "unsupported": "".join(sorted(unsupported)),
        "family": {c: [r.rawFont().familyName() for r in runs(c, font)] for c in "S张（"},
    }
print(json.dumps(report))
"""


def chinese_texts() -> list[str]:
    """Every Chinese string the GUI shows: its translations and the demo's buyer names."""
    tree = ET.parse(resource("i18n", "shipproof_zh_CN.ts"))
    texts = ["".join(node.itertext()) for node in tree.iter("translation")]
    with resource("demo", "pinduoduo_orders.csv").open(encoding="utf-8-sig", newline="") as file:
        texts += [row["收货人"] for row in csv.DictReader(file)]
    return [text for text in texts if text.strip()]


def fonts_folder(tmp_path: Path, *files: Path) -> dict[str, str]:
    """An environment whose fontconfig sees only ``files``."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    for file in files:
        (folder / file.name).symlink_to(file)
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{folder}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "FONTCONFIG_FILE": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
        "PYTHONPATH": str(ROOT),
    }


def drawn(environ: dict[str, str], mode: str, texts: list[str]) -> dict[str, object]:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, mode],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=environ,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    report: dict[str, object] = json.loads(child.stdout)
    return report


def boxes(report: dict[str, object]) -> dict[str, tuple[list[str], str]]:
    """Per widget class, the strings it draws with a box and the characters no font has."""
    widgets = report["widgets"]
    assert isinstance(widgets, dict)
    return {name: (drawn["boxed"], drawn["unsupported"]) for name, drawn in widgets.items()}


def test_without_a_system_cjk_font_the_bundled_one_draws_every_chinese_string(
    tmp_path: Path,
) -> None:
    environ, texts = fonts_folder(tmp_path, VERA), chinese_texts()
    control = boxes(drawn(environ, "bare", texts))
    assert all(
        len(boxed) > 500 and "张" in unsupported and "订" in unsupported
        for boxed, unsupported in control.values()
    ), control

    report = drawn(environ, "app", texts)
    assert report["registered"] == [FAMILY, f"{FAMILY} Mono"]
    assert report["families"] == ["Sans Serif"]  # fontconfig falls back to it unasked
    assert boxes(report) == dict.fromkeys(control, ([], ""))
    family = report["widgets"]["QLabel"]["family"]  # type: ignore[index]
    assert family == {"S": ["Bitstream Vera Sans"], "张": [FAMILY], "（": [FAMILY]}


def test_a_system_with_its_own_chinese_font_keeps_it(tmp_path: Path) -> None:
    environ = fonts_folder(tmp_path, VERA, resource(*FONT_FILE))  # as if installed
    report = drawn(environ, "app", ["张伟", "订单已发货，谢谢。"])
    assert report["registered"] == []  # nothing loaded: the system's font is used
    assert boxes(report) == dict.fromkeys(report["widgets"], ([], ""))  # type: ignore[arg-type]


def test_where_a_registered_font_is_no_fallback_it_is_named_after_the_default(
    tmp_path: Path,
) -> None:
    report = drawn(fonts_folder(tmp_path, VERA), "named", chinese_texts())
    assert report["families"] == ["Sans Serif", FAMILY]
    assert boxes(report) == dict.fromkeys(report["widgets"], ([], ""))  # type: ignore[arg-type]
