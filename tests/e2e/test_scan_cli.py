"""The packing station headless: ``shipproof scan`` and ``shipproof verify`` end to end."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import ROOT, imported_shop, scan_lines, shipproof


def test_one_json_line_per_scan(tmp_path: Path) -> None:
    home = tmp_path / "home"
    imported_shop(home, tmp_path)
    answers = scan_lines(home, "#1002", "#1001", "1Z5R89390357567128", "1Z5R89390357567127")
    assert [(a["result"], a["code"]) for a in answers] == [
        ("error", "order_refunded"),
        ("info", "order_opened"),
        ("error", "tracking_invalid"),
        ("ok", "dispatched"),
    ]
    assert answers[3] == {
        "input": "1Z5R89390357567127",
        "result": "ok",
        "code": "dispatched",
        "message": "order #1001 dispatched with 1Z5R89390357567127",
        "order_id": "#1001",
        "tracking_number": "1Z5R89390357567127",
        "carrier": "ups",
        "seq": 4,
        "detail": "dispatched",
        "params": {"order": "#1001", "number": "1Z5R89390357567127"},
        "photo_sha256": None,
    }
    verified = shipproof(home, "verify", "--json")
    assert verified.returncode == 0
    assert json.loads(verified.stdout)["chains"][0] == {
        "chain": "scans",
        "records": 4,
        "ok": True,
        "first_bad": None,
    }


def test_verify_names_the_tampered_scan(tmp_path: Path) -> None:
    home = tmp_path / "home"
    imported_shop(home, tmp_path)
    scan_lines(home, "#1001", "1Z5R89390357567127")
    with sqlite3.connect(home / "shipproof.db") as connection:
        connection.execute("UPDATE scans SET operator = 'someone else' WHERE seq = 1")
    verified = shipproof(home, "verify")
    assert verified.returncode == 1
    assert "record 1" in verified.stderr and "changed" in verified.stderr


def test_two_station_processes_race_for_one_order(tmp_path: Path) -> None:
    home = tmp_path / "home"
    imported_shop(home, tmp_path)
    command = [sys.executable, "-m", "app", "--data-dir", str(home), "scan", "--operator", "Lin"]
    racers = [
        subprocess.Popen(
            [*command, "--station", name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for name in ("east", "west")
    ]
    for racer in racers:  # both open the order before either scans its label
        assert racer.stdin is not None and racer.stdout is not None
        racer.stdin.write("#1001\n")
        racer.stdin.flush()
        assert json.loads(racer.stdout.readline())["code"] == "order_opened"
    labels = ["1Z5R89390357567127", "986578788855"]
    for racer, label in zip(racers, labels, strict=True):
        assert racer.stdin is not None
        racer.stdin.write(label + "\n")
        racer.stdin.flush()
    results = []
    for racer in racers:
        output, _ = racer.communicate(timeout=60)
        results.append(json.loads(output.splitlines()[-1])["code"])
    assert sorted(results) == ["already_dispatched", "dispatched"]


def test_a_scan_the_database_refuses_is_answered_not_saved(tmp_path: Path) -> None:
    home = tmp_path / "home"
    imported_shop(home, tmp_path)
    with sqlite3.connect(home / "shipproof.db") as connection:  # a broken database: no scan table
        connection.execute("DROP TABLE scans")
    answers = scan_lines(home, "#1001")
    assert [(a["result"], a["code"]) for a in answers] == [("error", "not_saved")]


def test_a_misencoded_line_is_kept_as_an_escape_and_the_session_goes_on(tmp_path: Path) -> None:
    home = tmp_path / "home"
    imported_shop(home, tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(home), "scan", "--operator", "Lin"],
        input=b"\xff\xfe1001\r\n#1001\r\nA\x00B\r\n" + b"9" * 200 + b"\r\n",
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [answer["code"] for answer in answers] == [
        "unknown_code",
        "order_opened",
        "unknown_code",
        "unknown_code",
    ]
    assert answers[0]["input"] == "\\xff\\xfe1001" and answers[2]["input"] == "A\\x00B"
    assert answers[3]["tracking_number"] is None  # 200 digits are no tracking number
    assert shipproof(home, "verify").returncode == 0


@pytest.mark.parametrize(
    ("operator", "expected"),
    [(os.fsdecode(b"op\xff"), "op\\xff is not valid text"), (" ", "a name cannot be empty")],
)
def test_a_packer_name_that_cannot_sign_a_scan_is_refused_before_any_scan(
    tmp_path: Path, operator: str, expected: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "scan", "--operator", operator],
        input=b"SF1234567890\n",
        capture_output=True,
        env={**os.environ, "LANG": "C.UTF-8", "SHIPPROOF_CONFIG_DIR": str(tmp_path / "config")},
    )
    assert done.returncode == 2
    assert expected in done.stderr.decode("utf-8")
    assert b"Traceback" not in done.stderr
    assert not list(tmp_path.glob("*.db")), "nothing opened, nothing written"
