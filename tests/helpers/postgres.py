"""A throwaway PostgreSQL server for the tests that prove the core runs on it too.

Shops with several stations share one PostgreSQL database, so the same code must run
there. ``private_server`` starts a private cluster on a free loopback port when the server
binaries are installed (CI installs Debian's postgresql) and skips otherwise.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _is_root() -> bool:
    """Whether the tests run as root (never on Windows, which has no user ids)."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as the 'postgres' user when we are root."""
    if _is_root() and shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@contextmanager
def private_server() -> Iterator[str]:
    """Start a private cluster on a free loopback port and yield its URL; skip the test when
    the server binaries are not installed."""
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or [
        shutil.which("initdb") or ""
    ]
    initdb = binaries[-1]
    if not initdb or not Path(initdb).exists():
        pytest.skip("PostgreSQL server binaries are not installed")
    pg_ctl = str(Path(initdb).with_name("pg_ctl"))
    folder = Path(tempfile.mkdtemp(prefix="shipproof-pg-"))
    if _is_root():
        shutil.chown(folder, "postgres")
    data, port = folder / "data", _free_port()
    subprocess.run(
        _as_server_user([initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"]),
        check=True,
        capture_output=True,
    )
    options = f"-h 127.0.0.1 -p {port} -k {folder}"
    subprocess.run(
        _as_server_user(
            [pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)
