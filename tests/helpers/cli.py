"""The command line run as a user runs it, in a clean environment, and shops built through it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from tests.helpers.shopify import order_rows, write_export

if TYPE_CHECKING:
    from app.storage import Database

ROOT = Path(__file__).resolve().parents[2]


def shipproof(
    home: Path,
    *args: str,
    lang: str | None = None,
    lines: str | None = None,
    memory_cap: int | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run the command line as a user would, in a clean environment; ``lang`` is the system's
    locale (none by default), ``lines`` what is typed on standard input, ``memory_cap`` the
    process's address space in bytes (a hostile file then fails here instead of swapping)."""
    env = {
        "PATH": "/usr/bin:/bin",
        "TZ": "UTC",
        "PYTHONIOENCODING": "utf-8",
        "SHIPPROOF_CONFIG_DIR": os.environ["SHIPPROOF_CONFIG_DIR"],
    }
    if lang is not None:
        env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(home), *args],
        cwd=ROOT,
        input=lines,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        preexec_fn=None if memory_cap is None else partial(_cap_memory, memory_cap),
    )


def _cap_memory(limit: int) -> None:
    import resource  # POSIX only: imported where the cap is asked for

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


CHINA = "zh_CN.UTF-8"
CREATED = "2026-04-05 10:00:00 +0000"


def imported_shop(home: Path, tmp_path: Path) -> None:
    records = order_rows("#1001", CREATED, [(1, "Mug", "10.00", "MUG")])
    records += order_rows(
        "#1002", CREATED, [(1, "Cup", "5.00", "CUP")], **{"Financial Status": "refunded"}
    )
    assert shipproof(home, "import", str(write_export(tmp_path / "e.csv", records))).returncode == 0


def scan_lines(home: Path, *lines: str, station: str = "s1") -> list[dict[str, object]]:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(home),
            "scan",
            "--station",
            station,
            "--operator",
            "Lin",
        ],
        input="".join(f"{line}\r\n" for line in lines),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def shop_folder(home: Path, fill: Callable[[Database], None]) -> Path:
    """A data folder ``home`` whose shop ``fill`` stocked, closed again for the command
    line to open as a user's shop."""
    from app.storage import open_database

    home.mkdir(parents=True, exist_ok=True)
    database = open_database(f"sqlite:///{(home / 'shipproof.db').as_posix()}")
    try:
        fill(database)
    finally:
        database.dispose()
    return home
