"""Each alert rule opens once, escalates with age, can be acknowledged, resolves itself."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.alerts.engine import acknowledge, escalation_level, evaluate
from app.alerts.listing import listing
from app.dispatch.station import Station
from app.storage import Database
from app.storage.models import Alert, Setting, Shipment
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export

DISPATCHED = datetime(2026, 9, 22, 8, 0, tzinfo=UTC)
UPS, FEDEX = "1Z5R89390357567127", "986578788855"


def stock(database: Database, tmp_path: Path) -> None:
    records = order_rows("#1", "2026-09-21 10:00:00 +0000", [(1, "Mug", "10.00", "MUG")])
    records += order_rows("#2", "2026-09-21 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")])
    records += order_rows(
        "#3", "2026-09-21 10:00:00 +0000", [(1, "Pot", "9.00", "POT")]
    )  # never dispatched
    run_import(database, write_export(tmp_path / "e.csv", records))
    station = Station(database, "s1", "Lin", clock=lambda: DISPATCHED)
    for order_id, label in (("#1", UPS), ("#2", FEDEX)):
        station.scan(order_id)
        station.scan(label)


pytestmark = pytest.mark.shop(stocked_by=stock)


def at(hours: float) -> datetime:
    return DISPATCHED + timedelta(hours=hours)


def set_parcel(database: Database, number: str, status: str, last_event: datetime) -> None:
    with database.write() as session:
        session.execute(
            update(Shipment)
            .where(Shipment.tracking_number == number)
            .values(status=status, last_event_utc=last_event)
        )


def active(database: Database) -> dict[tuple[str, str | None], str]:
    with database.session() as session:
        return {(a.rule, a.tracking_number or a.order_id): a.state for a in listing(session)}


def test_no_tracking_info_and_dispatch_overdue_open_once(shop: Database) -> None:
    assert evaluate(shop, lambda: at(2)).opened == 0  # nothing is late yet
    first = evaluate(shop, lambda: at(30))  # 30 h after dispatch; order #3 paid 52 h ago
    assert active(shop) == {
        ("no_tracking_info", UPS): "open",
        ("no_tracking_info", FEDEX): "open",
        ("dispatch_overdue", "#3"): "open",
    }
    assert first.opened == 3
    assert evaluate(shop, lambda: at(31)).opened == 0  # once per parcel and rule


def test_stalled_exception_returned_and_out_for_delivery(shop: Database) -> None:
    set_parcel(shop, UPS, "in_transit", at(1))
    set_parcel(shop, FEDEX, "out_for_delivery", at(1))
    evaluate(shop, lambda: at(60))
    state = active(shop)
    assert ("out_for_delivery_too_long", FEDEX) in state
    assert ("stalled", UPS) not in state  # international: 72 h
    evaluate(shop, lambda: at(80))
    assert ("stalled", UPS) in active(shop)
    set_parcel(shop, UPS, "exception", at(79))
    set_parcel(shop, FEDEX, "returning", at(79))
    evaluate(shop, lambda: at(81))
    state = active(shop)
    assert ("delivery_exception", UPS) in state and ("returned", FEDEX) in state
    assert ("stalled", UPS) not in state and (
        "out_for_delivery_too_long",
        FEDEX,
    ) not in state  # cleared


def test_alerts_resolve_themselves_and_stay_in_history(shop: Database) -> None:
    evaluate(shop, lambda: at(30))
    set_parcel(shop, UPS, "delivered", at(29))
    result = evaluate(shop, lambda: at(31))
    assert result.resolved == 1
    with shop.session() as session:
        history = listing(session, include_resolved=True)
    assert [(a.rule, a.state) for a in history if a.tracking_number == UPS] == [
        ("no_tracking_info", "resolved")
    ]


def test_acknowledged_alerts_keep_their_note_until_the_problem_clears(shop: Database) -> None:
    evaluate(shop, lambda: at(30))
    with shop.session() as session:
        alert_id = session.scalars(select(Alert.id).where(Alert.rule == "dispatch_overdue")).one()
    acknowledge(shop, alert_id, "customer asked to wait")
    evaluate(shop, lambda: at(31))
    with shop.session() as session:
        alert = session.get(Alert, alert_id)
        assert alert is not None and (alert.state, alert.note) == (
            "acknowledged",
            "customer asked to wait",
        )
    with pytest.raises(LookupError):
        acknowledge(shop, 999, "x")


def test_an_overdue_order_bound_at_the_station_is_overdue_no_longer(shop: Database) -> None:
    evaluate(shop, lambda: at(30))
    assert active(shop)[("dispatch_overdue", "#3")] == "open"
    station = Station(shop, "s1", "Lin", clock=lambda: at(31))
    station.scan("#3")
    assert ("dispatch_overdue", "#3") in active(shop)  # the slip alone dispatches nothing
    station.scan("SF1234567890123")
    assert ("dispatch_overdue", "#3") not in active(shop)  # no refresh needed
    with shop.session() as session:
        alert = session.scalars(select(Alert).where(Alert.rule == "dispatch_overdue")).one()
        assert (alert.state, alert.resolved_utc) == ("resolved", at(31))
    assert evaluate(shop, lambda: at(32)).opened == 0  # and the rules agree


def test_escalation_ladder() -> None:
    opened = datetime(2026, 1, 1)
    assert [escalation_level(opened, opened + timedelta(hours=h)) for h in (0, 1, 3, 5, 30)] == [
        0,
        1,
        2,
        3,
        4,
    ]


def test_a_shop_can_change_thresholds(shop: Database) -> None:
    with shop.write() as session:
        session.add(
            Setting(key="alert_thresholds", value=json.dumps({"no_tracking_info": {"hours": 2}}))
        )
    evaluate(shop, lambda: at(3))
    assert ("no_tracking_info", UPS) in active(shop)


def test_an_alert_is_kept_as_key_and_values_and_said_in_the_users_language(
    shop: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line says each alert, its rule, level and state in the shop's language
    from the stored key and values; the English words stay beside them as the record."""
    from app.cli import main
    from app.i18n import choose_language

    set_parcel(shop, UPS, "delivery_failed", at(1))
    evaluate(shop, lambda: at(80))
    with shop.session() as session:
        kept = {a.message_key: a for a in session.scalars(select(Alert))}
    failed = kept["delivery_exception"]
    assert failed.message_values == {"label": UPS, "status": "delivery_failed"}
    assert failed.message == f"{UPS}: Delivery failed"
    assert kept["dispatch_overdue"].message_values == {"order": "#3", "age": 54}
    assert kept["dispatch_overdue"].message == "order #3: not dispatched, 2 d 6 h past its deadline"

    home = tmp_path / "home"
    home.mkdir()
    choose_language(home, "zh")
    url = str(shop.engine.url)
    assert main(["--data-dir", str(home), "--db", url, "alerts", "--all"]) == 0
    said = capsys.readouterr().out
    assert f"{UPS}：派送失败" in said or f"{UPS}: 派送失败" in said, said
    assert "订单 #3" in said and "Dispatch overdue" not in said and "critical" not in said
    assert "Delivery failed" not in said


@pytest.mark.parametrize("damaged", ["{not json", "[1, 2]", "42", '"x"', "{}", '{"label": 1}'])
def test_alert_values_damaged_in_the_database_show_the_recorded_words(
    shop: Database, damaged: str
) -> None:
    """The values sit beside the words as a way to say them again: damaged, the list still
    loads and each alert says its recorded English, in any language."""
    from app.alerts.messages import alert_text
    from app.catalogue import translated

    evaluate(shop, lambda: at(30))
    with shop.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alerts SET message_values = ?", (damaged,))
    with shop.session() as session:
        found = listing(session, include_resolved=True)
    assert found
    for alert in found:
        said = alert_text(
            alert.message_key,
            alert.message_values,
            lambda c, s: translated(c, s, "zh"),
            alert.message,
        )
        assert said == alert.message or damaged == '{"label": 1}', said
