"""Tracking end to end: 'shipproof sim' in one process, the CLI refreshing against it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.cli import ROOT, imported_shop, scan_lines
from tests.helpers.tracking import SCENARIO, UPS


def run(
    home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(home), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_refresh_show_and_verify_against_the_simulator(tmp_path: Path) -> None:
    home = tmp_path / "home"
    imported_shop(home, tmp_path)
    assert scan_lines(home, "#1001", UPS)[-1]["code"] == "dispatched"
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps(SCENARIO, ensure_ascii=False), encoding="utf-8")
    sim = subprocess.Popen(
        [sys.executable, "-m", "app", "sim", "--port", "0", "--scenario", str(scenario)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert sim.stdout is not None
        base = sim.stdout.readline().strip().removeprefix("listening on ")
        env = {"SHIPPROOF_PROVIDER_BASE_URL": base}
        refreshed = run(home, "track", "refresh", "--json", env=env)
        assert refreshed.returncode == 0, refreshed.stderr
        assert json.loads(refreshed.stdout) == {
            "checked": 1,
            "updated": 1,
            "events_new": 2,
            "errors": [],
        }
    finally:
        sim.terminate()
        sim.wait(timeout=10)
    shown = json.loads(run(home, "track", "show", "#1001", "--json").stdout)
    [parcel] = shown["shipments"]
    assert (parcel["tracking_number"], parcel["status"], parcel["provider"]) == (
        UPS,
        "delivered",
        "17track",
    )
    assert [event["text"] for event in parcel["events"]] == [
        "Delivered, front door",
        "Label created",
    ]
    verified = json.loads(run(home, "verify", "--json").stdout)
    assert {chain["chain"]: (chain["ok"], chain["records"]) for chain in verified["chains"]} == {
        "scans": (True, 2),
        "events": (True, 2),
        "snapshots": (True, 3),  # 17TRACK: ask, register, ask again
        # the order imported and dispatched; the parcel bound, then events on two refreshes
        "facts": (True, 5),
        "orders": (True, 2),
        "parcels": (True, 1),
    }
    assert run(home, "track", "show", "nope").returncode == 1
