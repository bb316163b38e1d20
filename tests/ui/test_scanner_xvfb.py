"""A scan as a keyboard-wedge scanner really sends it: X key events from the X server.

The app runs in a child process on a private Xvfb display through Qt's xcb plugin (this
test process is offscreen); xdotool types into it as a scanner does, 8 ms a key and Enter,
while the focus is in the manual-entry box, then as a person does. The child reports each
outcome the station shows as a JSON line. Skipped only where Xvfb or xdotool is missing
(.ci/run installs them).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select as sql_select

from app.storage import Database
from app.storage.models import Scan
from tests.helpers.station import seed_orders

XVFB, XDOTOOL = shutil.which("Xvfb"), shutil.which("xdotool")
pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not (XVFB and XDOTOOL), reason="needs Xvfb and xdotool"),
]
ROOT = Path(__file__).resolve().parents[2]
OPERATOR = "Li Wei"
CHILD_LIFETIME_MS = 30_000  # the child quits by itself: a hung app cannot hang the suite


@pytest.fixture
def display() -> Iterator[str]:
    """A private X server on a display number it picks itself (-displayfd: never taken)."""
    assert XVFB is not None
    read, write = os.pipe()
    server = subprocess.Popen(
        [XVFB, "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 10)
        number = os.read(read, 16).decode().strip() if ready else ""
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(5)


def _line(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], CHILD_LIFETIME_MS / 1000)
    line = child.stdout.readline() if ready else ""
    if not line:
        child.kill()
        _, errors = child.communicate(timeout=5)
        pytest.fail(f"the app on Xvfb said nothing more; its stderr:\n{errors}")
    return line.strip()


def test_xdotool_keys_into_the_manual_box_are_a_scanner_scan(
    display: str, database: Database, tmp_path: Path
) -> None:
    seed_orders(database, tmp_path)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.ui.test_scanner_xvfb",
            database.engine.url.render_as_string(hide_password=False),
            str(tmp_path / "qsettings"),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert _line(child) == "ready"
        xdotool = [str(XDOTOOL)]
        subprocess.run([*xdotool, "type", "--delay", "8", "#1001"], env=env, check=True)
        subprocess.run([*xdotool, "key", "Return"], env=env, check=True)
        scanned = json.loads(_line(child))
        subprocess.run([*xdotool, "type", "--delay", "150", "#1002"], env=env, check=True)
        subprocess.run([*xdotool, "key", "Return"], env=env, check=True)
        typed = json.loads(_line(child))
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate(timeout=5)

    assert scanned == {
        "history": "#1001",  # a scanner scan: not "(typed)"
        "code": "order_opened",
        "banner": "Order #1001",
        "manual": "",  # the burst's characters left the box
        "focus": "manual",
    }
    assert typed["history"] == "#1002 (typed)"
    assert typed["code"] == "order_refunded"
    with database.session() as session:
        scans = session.execute(sql_select(Scan.raw_input, Scan.operator).order_by(Scan.seq))
        assert scans.all() == [("#1001", OPERATOR), ("#1002", OPERATOR)]


# --- the child: the app on the X display ---------------------------------------------------
def run_station(url: str, settings_folder: str) -> int:
    """Open the station on ``url``, start a shift, focus the manual box, report outcomes."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.storage import open_database
    from app.ui.main_window import MainWindow
    from app.ui.sounds import Sounds

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    app = QApplication([])
    database = open_database(url)
    window = MainWindow(database, Sounds(silent=True))
    window.move(0, 0)
    window.show()
    window.show_page("station")
    station = window.station
    station.operator.setText(OPERATOR)
    station.start_shift()
    station.manual.setFocus()
    window.activateWindow()
    outcomes: list[Any] = []

    def report(outcome: Any) -> None:  # a ScanOutcome
        outcomes.append(outcome)
        focused = QApplication.focusWidget()
        said = {
            "history": station.history.item(0, 1).text(),
            "code": outcome.code,
            "banner": station.banner.text(),
            "manual": station.manual.text(),
            "focus": "manual" if focused is station.manual else type(focused).__name__,
        }
        print(json.dumps(said), flush=True)
        if len(outcomes) == 2:
            app.quit()

    def wait_for_focus() -> None:
        if window.isActiveWindow() and QApplication.focusWidget() is station.manual:
            print("ready", flush=True)
        else:
            QTimer.singleShot(20, wait_for_focus)

    station.outcome_shown.connect(report)
    QTimer.singleShot(0, wait_for_focus)
    QTimer.singleShot(CHILD_LIFETIME_MS, app.quit)
    app.exec()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(run_station(sys.argv[1], sys.argv[2]))
