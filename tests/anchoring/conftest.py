"""A private TSA per test, the PEM file of the CA that issued its certificate, and a shop
whose chains have heads to anchor."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.dispatch.scan_log import scan_content
from app.dispatch.station import Station
from app.storage import Database
from app.storage.chain import GENESIS, link
from app.storage.models import Scan
from tests.anchoring.tsa import Authority, PrivateTsa, TsaServer
from tests.orders.support import run_import
from tests.orders.test_taobao import write_pair


@pytest.fixture
def authority() -> Authority:
    return Authority.make("Test")


@pytest.fixture
def tsa(authority: Authority) -> Iterator[TsaServer]:
    server = TsaServer(PrivateTsa(authority))
    yield server
    server.close()


@pytest.fixture
def ca_file(authority: Authority, tmp_path: Path) -> Path:
    return authority.ca_pem(tmp_path)


@pytest.fixture
def shop(database: Database, tmp_path: Path) -> Database:
    """A shop with one dispatched order: two scans, so the chains have heads to anchor."""
    orders = [{"订单编号": '="4001"', "订单状态": "买家已付款，等待卖家发货", "收货人姓名": "李雷"}]
    items = [{"订单编号": '="4001"', "标题": "茶叶", "价格": "10.00", "购买数量": "1"}]
    run_import(database, *write_pair(tmp_path, orders, items))
    station = Station(database, "s1", "Lin", clock=lambda: datetime(2026, 9, 22, 9, tzinfo=UTC))
    station.scan("4001")
    station.scan("73123456789012")
    return database


def rewrite_scans(database: Database) -> None:
    """What an attacker with the file does: change the first scan, then recompute every
    scan's hash and the chain's head, so the file alone verifies."""
    with database.write() as session:
        previous = GENESIS
        for scan in session.scalars(select(Scan).order_by(Scan.seq)):
            if scan.seq == 1:
                scan.operator = "Somebody else"
            scan.prev_hash = previous
            scan.hash = link(previous, scan_content(scan))
            previous = scan.hash
        session.execute(
            text("UPDATE chain_heads SET head = :h WHERE chain = 'scans'"), {"h": previous}
        )


def closed_port_url() -> str:
    """An address on this machine where nothing listens: the shop is offline."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsr"
