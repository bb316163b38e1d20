"""``shipproof anchor`` and ``shipproof verify --anchor`` as a user runs them, against a
private TSA on 127.0.0.1: stamped, queued while offline, exported for openssl, and a
consistent rewrite of the chains caught by the time-stamp taken before it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.i18n import choose_language
from tests.helpers.anchoring import closed_port_url
from tests.helpers.chain_rewrite import rewrite_who_packed
from tests.helpers.cli import shipproof
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.tracking import UPS
from tests.helpers.tsa import Authority, TsaServer


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A shop with one order imported and dispatched (two scans)."""
    folder = tmp_path / "home"
    records = order_rows("#1001", "2026-04-05 10:00:00 +0000", [(1, "Mug", "10.00", "MUG")])
    imported = shipproof(folder, "import", str(write_export(tmp_path / "e.csv", records)))
    assert imported.returncode == 0, imported.stderr
    done = shipproof(folder, "scan", "--operator", "Lin", lines=f"#1001\n{UPS}\n")
    assert done.returncode == 0, done.stderr
    return folder


def test_stamp_verify_export_and_a_rewrite_caught(
    home: Path, tsa: TsaServer, ca_file: Path, tmp_path: Path
) -> None:
    stamped = shipproof(home, "anchor", "--tsa", tsa.url, "--tsa-cert", str(ca_file))
    assert stamped.returncode == 0, stamped.stderr
    assert stamped.stdout.startswith("anchor 1: time-stamped by Test TSA Ltd at ")
    again = shipproof(home, "anchor", "--tsa", tsa.url, "--tsa-cert", str(ca_file))
    assert again.returncode == 0 and "time-stamped already, at" in again.stdout
    assert tsa.tsa.requests == 1

    held = shipproof(home, "verify", "--anchor", "--tsa-cert", str(ca_file))
    assert held.returncode == 0, held.stderr
    assert re.search(
        r"^anchor 1: Test TSA Ltd time-stamped \d chain heads at .*; all still held$",
        held.stdout,
        re.M,
    )

    exported = shipproof(home, "anchor", "--export", str(tmp_path / "out" / "anchor"))
    assert exported.returncode == 0, exported.stderr
    token, heads = tmp_path / "out" / "anchor.tsr", tmp_path / "out" / "anchor.json"
    assert f"openssl ts -verify -in {token} -data {heads}" in exported.stdout
    assert json.loads(heads.read_text())["heads"]

    rewrite_who_packed(home)  # tests/e2e/test_verify_against: the file alone cannot tell
    caught = shipproof(home, "verify", "--anchor", "--tsa-cert", str(ca_file), "--json")
    assert caught.returncode == 1 and "Traceback" not in caught.stderr, caught.stderr
    (kept,) = json.loads(caught.stdout)["anchors"]
    assert kept["invalid"] is None and not kept["ok"]
    assert "scans record 2: rewritten since it was anchored" in kept["rewritten"]
    assert "the chains were REWRITTEN after" in caught.stderr
    assert "when Test TSA Ltd time-stamped them" in caught.stderr


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_an_exported_anchor_verifies_with_openssl_alone(
    home: Path, tsa: TsaServer, ca_file: Path, tmp_path: Path
) -> None:
    """The command docs/anchors.md gives a third party, exactly."""
    assert shipproof(home, "anchor", "--tsa", tsa.url, "--tsa-cert", str(ca_file)).returncode == 0
    assert shipproof(home, "anchor", "--export", str(tmp_path / "a.tsr")).returncode == 0
    command = ["openssl", "ts", "-verify", "-in", str(tmp_path / "a.tsr")]
    command += ["-data", str(tmp_path / "a.json"), "-CAfile", str(ca_file)]
    checked = subprocess.run(command, capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0 and "Verification: OK" in checked.stdout, checked.stderr
    (tmp_path / "a.json").write_text((tmp_path / "a.json").read_text().replace("scans", "scanz"))
    refused = subprocess.run(command, capture_output=True, text=True, timeout=30)
    assert refused.returncode != 0 and "Verification: FAILED" in refused.stdout


def test_offline_it_queues_exits_1_and_stamps_when_back(
    home: Path, tsa: TsaServer, ca_file: Path
) -> None:
    offline = shipproof(home, "anchor", "--tsa", closed_port_url(), "--tsa-cert", str(ca_file))
    assert offline.returncode == 1
    assert offline.stdout.startswith("anchor 1: still queued: ") and "cannot be reached" in (
        offline.stdout
    )
    assert "time-stamp requests still queued: 1; the next shipproof anchor" in offline.stderr
    assert "Traceback" not in offline.stderr
    nothing = shipproof(home, "verify", "--anchor", "--tsa-cert", str(ca_file))
    assert nothing.returncode == 1 and "no time-stamped anchor is kept" in nothing.stderr

    remembered = shipproof(
        home, "anchor", "--tsa", tsa.url, "--remember", "--tsa-cert", str(ca_file)
    )
    assert remembered.returncode == 0, remembered.stderr
    later = shipproof(home, "anchor", "--tsa-cert", str(ca_file), "--json")
    assert later.returncode == 0
    assert json.loads(later.stdout)["tsa_url"] == tsa.url  # the shop's TSA, from its settings


def test_a_tsa_under_another_ca_is_refused(home: Path, tsa: TsaServer, tmp_path: Path) -> None:
    other = Authority.make("Other").ca_pem(tmp_path)
    refused = shipproof(home, "anchor", "--tsa", tsa.url, "--tsa-cert", str(other))
    assert refused.returncode == 1
    assert "still queued: its certificate does not chain to a trusted CA" in refused.stdout


def test_a_kept_token_checked_against_another_ca_fails(
    home: Path, tsa: TsaServer, ca_file: Path, tmp_path: Path
) -> None:
    assert shipproof(home, "anchor", "--tsa", tsa.url, "--tsa-cert", str(ca_file)).returncode == 0
    other = Authority.make("Other").ca_pem(tmp_path)
    failed = shipproof(home, "verify", "--anchor", "--tsa-cert", str(other))
    assert failed.returncode == 1
    assert "anchor 1 proves nothing: its certificate does not chain to a trusted CA" in (
        failed.stderr
    )


def test_bad_input_is_a_clear_error(home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    bad_cert = shipproof(home, "anchor", "--tsa-cert", str(notes))
    assert bad_cert.returncode == 1 and "holds no PEM certificate" in bad_cert.stderr
    bad_url = shipproof(home, "anchor", "--tsa", "ftp://x", "--tsa-cert", str(notes))
    assert bad_url.returncode == 1 and "Traceback" not in bad_url.stderr
    lonely = shipproof(home, "anchor", "--remember")
    assert lonely.returncode == 1 and "--remember keeps the TSA given with --tsa" in lonely.stderr
    none = shipproof(home, "anchor", "--export", str(tmp_path / "a.tsr"))
    assert none.returncode == 1 and "no anchor has been time-stamped yet" in none.stderr


def test_in_chinese(home: Path, tsa: TsaServer, ca_file: Path) -> None:
    choose_language(home, "zh")
    offline = shipproof(home, "anchor", "--tsa", closed_port_url(), "--tsa-cert", str(ca_file))
    assert offline.returncode == 1
    assert offline.stdout.startswith("锚点 1：仍在排队：")
    assert "仍在排队的时间戳请求：1 个" in offline.stderr
    stamped = shipproof(home, "anchor", "--tsa", tsa.url, "--tsa-cert", str(ca_file))
    assert stamped.returncode == 0 and stamped.stdout.startswith("锚点 1：已由 Test TSA Ltd 于 ")
    rewrite_who_packed(home)
    caught = shipproof(home, "verify", "--anchor", "--tsa-cert", str(ca_file))
    assert caught.returncode == 1 and "加盖时间戳之后，哈希链被改写" in caught.stderr
