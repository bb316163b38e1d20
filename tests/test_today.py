"""The Today page's numbers: counted in the shop's days, and each the size of the list it opens."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.alerts.engine import evaluate
from app.alerts.listing import listing
from app.orders.query import OrderFilter, count_orders, order_page
from app.storage import Database
from app.storage.models import Alert
from app.today import COUNTS, today
from app.tracking.story import ParcelFilter, parcel_page
from tests.helpers.cli import CHINA, shipproof
from tests.helpers.today import NOW, friday_morning

pytestmark = pytest.mark.shop(stocked_by=friday_morning)


def test_friday_morning_counted_in_the_shops_days(shop: Database) -> None:
    evaluate(shop, lambda: NOW)
    with shop.session() as session:
        summary = today(session, NOW)
        rules = sorted((a.rule, a.order_id) for a in listing(session))
    assert summary.day.isoformat() == "2026-12-04"
    counts = {name: summary.count(name).value for name in COUNTS}
    assert counts == {
        "due_today": 1,  # #2, due at 20:00
        "overdue": 1,  # #1
        "awaiting": 4,  # #1, #2, #3, #5
        "stalled": 1,  # #8: nothing since its exception, 26 h ago
        "exceptions": 1,  # #8
        "alerts": 3,
        "yesterday_orders": 2,  # #3, #4 — not #5, placed at 00:30 today (16:30 UTC yesterday)
        "yesterday_dispatched": 1,  # #4
        "yesterday_picked_up": 1,  # #4
    }
    assert rules == [("delivery_exception", "#8"), ("dispatch_overdue", "#1"), ("stalled", "#8")]
    [zto] = summary.carriers
    assert (zto.carrier, zto.delivered, zto.on_time, zto.rate) == ("zto", 2, 1, 0.5)
    chart = {day.day.isoformat(): day.series() for day in summary.days}
    assert len(chart) == 14 and min(chart) == "2026-11-21"
    assert chart["2026-12-03"] == (("orders", 2), ("dispatched", 1), ("delivered", 0))
    assert chart["2026-12-01"] == (("orders", 2), ("dispatched", 0), ("delivered", 1))
    assert chart["2026-11-24"] == (("orders", 0), ("dispatched", 1), ("delivered", 0))


def test_every_number_is_the_size_of_the_list_it_opens(shop: Database) -> None:
    evaluate(shop, lambda: NOW)
    with shop.session() as session:
        summary = today(session, NOW)
        for name in COUNTS:
            count = summary.count(name)
            if isinstance(count.opens, OrderFilter):
                rows = order_page(session, count.opens, 0, 1000)
            elif isinstance(count.opens, ParcelFilter):
                rows = parcel_page(session, count.opens, 0, 1000)
            else:  # the alerts to act on: the open ones on the Alerts page
                rows = [a for a in listing(session) if a.state == "open"]
            assert len(rows) == count.value, name
        overdue = summary.count("overdue").opens
        assert isinstance(overdue, OrderFilter)
        assert [row.order_id for row in order_page(session, overdue, 0, 10)] == ["#1"]
        [week] = summary.carriers
        delivered = parcel_page(session, week.opens, 0, 10)
        assert sorted(row.order_id for row in delivered) == ["#6", "#7"]


def test_the_clock_moves_an_order_from_due_to_overdue(shop: Database) -> None:
    later = NOW + timedelta(hours=11)  # 21:00: #2's 20:00 has passed
    with shop.session() as session:
        summary = today(session, later)
        assert (summary.count("due_today").value, summary.count("overdue").value) == (0, 2)
    evaluate(shop, lambda: later)
    opens = summary.overdue.opens
    assert isinstance(opens, OrderFilter)
    with shop.session() as session:
        overdue = session.scalars(select(Alert).where(Alert.rule == "dispatch_overdue")).all()
        assert len(overdue) == count_orders(session, opens) == 2  # one deadline for both


def test_the_command_line_prints_the_same_numbers(shop: Database) -> None:
    home = Path(str(shop.engine.url.database)).parent
    database = ("--db", f"sqlite:///{shop.engine.url.database}")
    answer = shipproof(home, *database, "--json", "today")
    assert answer.returncode == 0, answer.stderr
    printed = json.loads(answer.stdout)
    with shop.session() as session:
        expected = today(session).as_dict()  # now, as the command counted
    assert printed == expected
    chinese = shipproof(home, *database, "today", lang=CHINA)
    assert chinese.returncode == 0, chinese.stderr
    assert "今日须发货" in chinese.stdout and "已超时" in chinese.stdout
    assert "中通快递：准时 50%（2 件中 1 件）" in chinese.stdout
    english = shipproof(home, *database, "today")
    assert "ZTO Express: 50% on time (1 of 2)" in english.stdout
