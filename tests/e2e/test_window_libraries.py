"""`shipproof demo` and `shipproof` on a Linux box that cannot show the window: the app says
why in plain words and exits 1, before Qt is imported, so Qt never aborts.

A missing system library is staged with a copy of the installed xcb plugin whose DT_NEEDED
names a library no computer has (the check reads that copy instead of the plugin, through
the variable only tests set); the real loader then answers as on a bare Debian.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.system_libraries import PLUGIN_OVERRIDE, find_qt

ROOT = Path(__file__).resolve().parents[2]
INSTALLED = find_qt() if sys.platform.startswith("linux") else None
pytestmark = pytest.mark.skipif(INSTALLED is None, reason="the installed PySide6 on Linux")

QT_ABORT_SIGNS = ("qt.qpa", "Could not load the Qt platform plugin", "Aborted", "core dumped")


def run(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m app`` with only the environment given (no QT_QPA_PLATFORM, no display)."""
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(home), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONIOENCODING": "utf-8",
            "LANG": "C.UTF-8",
            "SHIPPROOF_CONFIG_DIR": os.environ["SHIPPROOF_CONFIG_DIR"],
            **env,
        },
    )


def plugin_needing(tmp_path: Path, old: bytes, new: bytes) -> Path:
    """A copy of the installed xcb plugin whose DT_NEEDED names ``new`` instead of ``old``."""
    assert INSTALLED is not None and len(old) == len(new)
    [plugin] = INSTALLED.plugin_files("platforms/libqxcb.so")
    content = plugin.read_bytes()
    assert content.count(old + b"\0") == 1
    copy = tmp_path / "libqxcb.so"
    copy.write_bytes(content.replace(old + b"\0", new + b"\0"))
    return copy


def test_demo_names_the_missing_library_and_exits_before_qt(tmp_path: Path) -> None:
    copy = plugin_needing(tmp_path, b"libxcb-icccm.so.4", b"libxcb-icccm.so.9")
    home = tmp_path / "home"
    done = run(home, "demo", DISPLAY=":99", **{PLUGIN_OVERRIDE: str(copy)})
    assert done.returncode == 1, done.stderr
    assert (
        "shipproof: the window cannot open: this computer lacks the system libraries "
        "libxcb-icccm.so.9, which Qt needs"
    ) in done.stderr
    assert "no package is known for libxcb-icccm.so.9" in done.stderr
    assert not any(sign in done.stderr for sign in QT_ABORT_SIGNS), done.stderr
    assert not (home / "demo").exists()  # nothing was built for a window that cannot open


def test_the_same_in_chinese(tmp_path: Path) -> None:
    copy = plugin_needing(tmp_path, b"libxcb-icccm.so.4", b"libxcb-icccm.so.9")
    done = run(
        tmp_path / "home", "demo", DISPLAY=":99", LANG="zh_CN.UTF-8", **{PLUGIN_OVERRIDE: str(copy)}
    )
    assert done.returncode == 1
    assert "窗口无法打开：这台电脑缺少 Qt 所需的系统库 libxcb-icccm.so.9" in done.stderr


def test_without_a_display_the_app_says_so_and_opens_no_shop(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = run(home)  # `shipproof` alone: the app
    assert done.returncode == 1
    assert "the window cannot open: there is no display (DISPLAY is not set)" in done.stderr
    assert not any(sign in done.stderr for sign in QT_ABORT_SIGNS), done.stderr
    assert not (home / "shipproof.db").exists()
