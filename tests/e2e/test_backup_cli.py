"""`shipproof backup` and `restore` end to end: a verified copy, a refused broken file."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.cli import imported_shop, scan_lines, shipproof


def order_ids(home: Path) -> list[str]:
    listed = json.loads(shipproof(home, "orders", "--json").stdout)
    return sorted(order["order_id"] for order in listed)


def test_backup_and_restore_through_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    imported_shop(home, tmp_path)
    scan_lines(home, "#1001", "1Z5R89390357567127")
    made = shipproof(home, "backup", "--json")
    assert made.returncode == 0, made.stderr
    copy = Path(json.loads(made.stdout)["backup"])
    assert copy.parent == home / "backups" and copy.exists()

    broken = tmp_path / "broken.db"
    broken.write_bytes(copy.read_bytes()[:3000])  # cut short, as a failed sync leaves it
    refused = shipproof(home, "restore", str(broken))
    assert refused.returncode == 1 and "nothing restored" in refused.stderr
    assert "broken.db" in refused.stderr

    restored = shipproof(home, "restore", str(copy), "--json")
    assert restored.returncode == 0, restored.stderr
    assert Path(json.loads(restored.stdout)["previous"]).exists()
    assert order_ids(home) == ["#1001", "#1002"]
    assert shipproof(home, "verify").returncode == 0
