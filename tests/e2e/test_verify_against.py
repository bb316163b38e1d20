"""A consistent rewrite (records and hashes recomputed) passes verify on its own, but not
verify --against a pack, a backup or a heads file made before it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.paths import DB_FILE_NAME
from app.storage import open_database
from app.storage.models import Scan
from tests.chain_rewrite import rewrite_consistently as rewrite
from tests.orders.test_shopify import order_rows, write_export

ROOT = Path(__file__).resolve().parents[2]
UPS = "1Z5R89390357567127"


def shipproof(home: Path, *args: str, lines: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(home), *args],
        cwd=ROOT,
        input=lines,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TZ": "UTC", "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    records = order_rows("#1001", "2026-04-05 10:00:00 +0000", [(1, "Mug", "10.00", "MUG")])
    assert shipproof(home, "import", str(write_export(tmp_path / "e.csv", records))).returncode == 0
    done = shipproof(home, "scan", "--operator", "Lin", lines=f"#1001\n{UPS}\n")
    assert done.returncode == 0, done.stderr
    return home


def rewrite_consistently(home: Path) -> None:
    """Change who packed the first scan, then recompute every hash and head."""

    def edit(scan: Scan) -> None:
        if scan.seq == 1:
            scan.operator = "Somebody else"

    database = open_database(f"sqlite:///{(home / DB_FILE_NAME).as_posix()}")
    try:
        rewrite(database, edit)
    finally:
        database.dispose()


def test_a_consistent_rewrite_is_caught_against_an_older_pack_backup_or_heads_file(
    shop: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "pack.pdf"
    assert shipproof(shop, "evidence", "#1001", "-o", str(pack)).returncode == 0
    backup = tmp_path / "backup.db"
    assert shipproof(shop, "backup", "-o", str(backup)).returncode == 0
    heads = tmp_path / "heads.json"
    assert shipproof(shop, "verify", "--heads-out", str(heads)).returncode == 0
    assert json.loads(heads.read_text())["heads"][0]["chain"] == "scans"
    for anchor in (pack, backup, heads):
        held = shipproof(shop, "verify", "--against", str(anchor))
        assert held.returncode == 0 and "still held" in held.stdout, held.stdout + held.stderr

    rewrite_consistently(shop)
    assert shipproof(shop, "verify").returncode == 0  # the file alone cannot tell
    for anchor in (pack, backup, heads):
        caught = shipproof(shop, "verify", "--against", str(anchor), "--json")
        assert caught.returncode == 1, caught.stdout
        problems = json.loads(caught.stdout)["against"]["problems"]
        assert "scans record 2: rewritten since it was anchored" in problems, problems


def test_newest_scans_deleted_and_the_head_rewound_are_caught(shop: Path, tmp_path: Path) -> None:
    heads = tmp_path / "heads.json"
    assert shipproof(shop, "verify", "--heads-out", str(heads)).returncode == 0
    database = open_database(f"sqlite:///{(shop / DB_FILE_NAME).as_posix()}")
    with database.engine.begin() as connection:
        last = connection.execute(text("SELECT hash FROM scans WHERE seq = 1")).scalar()
        connection.execute(text("DELETE FROM scans WHERE seq = 2"))
        connection.execute(
            text("UPDATE chain_heads SET head = :h, length = 1 WHERE chain = 'scans'"), {"h": last}
        )
    database.dispose()
    alone = shipproof(shop, "verify")  # the parcel's fact still names the scan that bound it
    assert alone.returncode == 1 and "the scan that bound this label (scan 2)" in alone.stdout
    caught = shipproof(shop, "verify", "--against", str(heads))
    assert caught.returncode == 1 and "gone since it was anchored" in caught.stderr


def test_a_file_with_no_heads_is_a_clear_error(shop: Path, tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    done = shipproof(shop, "verify", "--against", str(junk))
    assert done.returncode == 1 and "chain heads cannot be read" in done.stderr
    assert "Traceback" not in done.stderr
