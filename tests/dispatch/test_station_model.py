"""The packing station, proved by a model: random scans at two benches, invariants after each.

Hypothesis drives two stations on one database through what tired packers do — orders of
every status, fresh and reused labels, other orders' waybills, bad check digits, numbers
of no known shape, items, commands in any order, an import refunding an order on the
bench — and after every scan checks what must always hold: one label, one parcel; a
parcel holds only orders opened in its cycle or whose waybill it is; no second parcel
without PARCEL (an order with a platform waybill ships under it, and under another label only
in a parcel PARCEL added after it); nothing stopped ships; every answered scan is kept, in
order, and chained.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select, text

from app.dispatch.outcome import ScanOutcome
from app.dispatch.scan_log import verify_scans
from app.dispatch.station import Station
from app.storage import Database, open_database
from app.storage.models import Order, OrderLine, Scan, Shipment, ShipmentOrder, Store

# order id → (status, platform waybill, SKUs)
ORDERS: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    **{f"A{n}": ("awaiting_dispatch", None, ("MUG",)) for n in range(1, 7)},
    "A7": ("awaiting_dispatch", None, ("MUG", "LID")),
    **{f"W{n}": ("awaiting_dispatch", f"SF100000000000{n}", ("TEA",)) for n in range(1, 4)},
    "P1": ("dispatched", "SF1000000000008", ("CUP",)),  # platform-shipped, never scanned
    "P2": ("completed", None, ("CUP",)),  # shipped outside any station, no waybill known
    "U1": ("unpaid", None, ("MUG",)),
    "C1": ("cancelled", "SF1000000000009", ("MUG",)),
    "R1": ("refunded", None, ("POT",)),
}
STOPPED = {"unpaid", "cancelled", "refunding", "refunded"}
FRESH = [  # valid labels no order knows: UPS numbers with right check digits, SF shapes
    "1Z5R89390357100004",
    "1Z5R89390357100013",
    "1Z5R89390357100022",
    *(f"SF20000000000{n:02d}" for n in range(1, 25)),
]
BAD_CHECK = "1Z5R89390357567128"
NO_SHAPE = ["ZX98765432", "QQ11223344"]
WAYBILLS = [waybill for _status, waybill, _skus in ORDERS.values() if waybill]
ITEMS = ["MUG", "LID", "POT", "TEA", "CUP", "NOPE-ITEM"]
COMMANDS = ["CANCEL", "NEXT", "CONFIRM", "PARCEL", "MERGE", "REPRINT", "加包裹"]
ORDER_IDS = st.sampled_from(sorted(ORDERS))
LABELS = st.sampled_from(FRESH + WAYBILLS)
SCANS = st.one_of(  # one_of picks a branch evenly: labels and orders come most often
    ORDER_IDS,
    ORDER_IDS,
    LABELS,
    LABELS,
    LABELS,
    st.sampled_from([BAD_CHECK, *NO_SHAPE]),
    st.sampled_from(ITEMS),
    st.sampled_from(COMMANDS),
    st.sampled_from(COMMANDS),
    st.sampled_from(["", "  ", "!!", "]C1"]),
)
STOPS = {"order_unpaid", "order_cancelled", "order_refunded"}


@cache
def template() -> Path:
    """A migrated shop with :data:`ORDERS`, made once; each example works on a copy."""
    folder = Path(tempfile.mkdtemp(prefix="station-model-"))
    database = open_database(f"sqlite:///{(folder / 'shop.db').as_posix()}")
    with database.write() as session:
        store = Store(platform="taobao", name="model")
        session.add(store)
        session.flush()
        for order_id, (status, waybill, skus) in ORDERS.items():
            order = Order(
                store_id=store.id,
                order_id=order_id,
                status=status,
                platform_status=status,
                carrier="顺丰速运" if waybill else None,
                tracking_number=waybill,
                waybill_key=waybill,
                total=Decimal("10.00"),
            )
            order.lines = [
                OrderLine(position=index, sku=sku, title=sku, quantity=1)
                for index, sku in enumerate(skus)
            ]
            session.add(order)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return folder / "shop.db"


class Bench:
    """The model of one station: which orders its current cycle opened."""

    def __init__(self, station: Station) -> None:
        self.station = station
        self.cycle: set[str] = set()
        self.merging = False

    def saw(self, outcome: ScanOutcome, check: StationMachine) -> None:
        code, order = outcome.code, outcome.order_id
        if code == "merge_started":
            self.merging, self.cycle = True, {order} if order else set()
        elif code in ("order_opened", "order_switched", "parcel_added") and order:
            self.cycle = {*self.cycle, order} if self.merging else {order}
        elif code == "dispatched":
            check.dispatched(outcome, self.cycle)
            if outcome.detail != "dispatched_more":
                self.cycle, self.merging = set(), False
        elif code == "order_closed" or (
            (code in STOPS or (code == "already_dispatched" and outcome.detail == "dispatched_at"))
            and (outcome.tracking_number or not self.merging)
        ):
            # a label refused at binding ends the parcel; an order scanned into a merged
            # parcel that must not ship leaves the merge going
            self.cycle, self.merging = set(), False


class StationMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="station-run-"))
        shutil.copy(template(), self.folder / "shop.db")
        self.database = Database(f"sqlite:///{(self.folder / 'shop.db').as_posix()}")
        clock = lambda: datetime(2026, 9, 23, 10, 0, tzinfo=UTC)  # noqa: E731
        self.benches = [
            Bench(Station(self.database, "east", "Lin", zone=UTC, clock=clock)),
            Bench(Station(self.database, "west", "Wu", item_checks=True, zone=UTC, clock=clock)),
        ]
        self.answered: list[tuple[str, str, str]] = []  # (station, raw, code), in answer order
        self.parcels_asked: Counter[str] = Counter()  # PARCEL scans per order
        self.stopped_after: dict[str, int] = {}  # order → last shipment id when it stopped

    def teardown(self) -> None:
        self.database.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _scan(self, which: int, raw: str) -> None:
        bench = self.benches[which]
        outcome = bench.station.scan(raw)
        self.answered.append((bench.station.station_id, raw, outcome.code))
        if outcome.code == "parcel_added" and outcome.order_id:
            self.parcels_asked[outcome.order_id] += 1
        bench.saw(outcome, self)

    # --- what packers scan ------------------------------------------------------------
    @rule(which=st.integers(0, 1), code=SCANS)
    def scan(self, which: int, code: str) -> None:
        self._scan(which, code)

    @precondition(lambda self: bool(self.bound_labels()))
    @rule(which=st.integers(0, 1), pick=st.integers(0, 63))
    def scan_a_used_label(self, which: int, pick: int) -> None:
        used = sorted(self.bound_labels())
        self._scan(which, used[pick % len(used)])

    @rule(which=st.integers(0, 1), order=ORDER_IDS, label=LABELS)
    def pack_one(self, which: int, order: str, label: str) -> None:
        """The expected sequence, so that the rest happens around real dispatches."""
        self._scan(which, order)
        self._scan(which, label)

    @rule(which=st.integers(0, 1), order=ORDER_IDS, first=LABELS, second=LABELS)
    def forget_the_next_order(self, which: int, order: str, first: str, second: str) -> None:
        """Order, label, then the next parcel's label without scanning its order."""
        for code in (order, first, second):
            self._scan(which, code)

    @precondition(lambda self: bool(self.answered))
    @rule(which=st.integers(0, 1))
    def scan_twice(self, which: int) -> None:
        station_id = self.benches[which].station.station_id
        last = next((raw for sid, raw, _ in reversed(self.answered) if sid == station_id), None)
        if last is not None:
            self._scan(which, last)

    @rule(which=st.integers(0, 1), chance=st.integers(0, 3))
    def import_refunds_an_order_on_the_bench(self, which: int, chance: int) -> None:
        """Now and then an import marks the order a packer is holding as refunded."""
        cycle = sorted(self.benches[which].cycle)
        if chance or not cycle:
            return
        with self.database.engine.begin() as connection:
            connection.execute(
                text("UPDATE orders SET status = 'refunded' WHERE order_id = :o"), {"o": cycle[0]}
            )
            last = connection.execute(text("SELECT coalesce(max(id), 0) FROM shipments")).scalar()
        self.stopped_after.setdefault(cycle[0], int(last or 0))

    # --- what must always hold --------------------------------------------------------
    def bound_labels(self) -> set[str]:
        with self.database.session() as session:
            return set(session.scalars(select(Shipment.tracking_number)))

    def parcels(self) -> dict[int, tuple[str, list[Order]]]:
        with self.database.session() as session:
            rows = session.execute(
                select(Shipment.id, Shipment.tracking_number, Order)
                .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
                .join(Order, Order.id == ShipmentOrder.order_pk)
            ).all()
            session.expunge_all()
        found: dict[int, tuple[str, list[Order]]] = {}
        for shipment_id, label, order in rows:
            found.setdefault(shipment_id, (label, []))[1].append(order)
        return found

    def dispatched(self, outcome: ScanOutcome, cycle: set[str]) -> None:
        """A dispatch binds only orders opened in this cycle, or whose waybill the label is."""
        label = outcome.tracking_number
        members = [orders for shipped, orders in self.parcels().values() if shipped == label]
        assert len(members) == 1, f"label {label} is on {len(members)} parcels"
        for order in members[0]:
            assert order.order_id in cycle or order.tracking_number == label, (
                f"{label} bound to {order.order_id}, which this cycle never opened ({cycle})"
            )

    @invariant()
    def one_label_one_parcel_and_waybills_respected(self) -> None:
        with self.database.session() as session:
            labels = Counter(session.scalars(select(Shipment.tracking_number)))
            owners: dict[str, set[str]] = {}
            for order_id, waybill in session.execute(select(Order.order_id, Order.tracking_number)):
                if waybill:
                    owners.setdefault(waybill, set()).add(order_id)
        assert all(count == 1 for count in labels.values()), labels
        parcels = self.parcels().values()
        labels_of: dict[str, set[str]] = {}
        for label, orders in parcels:
            for order in orders:
                labels_of.setdefault(order.order_id, set()).add(label)
        for label, orders in parcels:
            ids = {order.order_id for order in orders}
            for order in orders:
                # another label only for a parcel added by PARCEL after its own waybill's
                assert order.tracking_number in (None, label) or (
                    self.parcels_asked[order.order_id]
                    and order.tracking_number in labels_of[order.order_id]
                ), f"{order.order_id} (waybill {order.tracking_number}) shipped with {label}"
            if label in owners:
                assert owners[label] & ids, f"{label} is {owners[label]}'s waybill, on {ids}"

    @invariant()
    def no_second_parcel_without_parcel_and_nothing_stopped_ships(self) -> None:
        per_order: Counter[str] = Counter()
        for shipment_id, (_label, orders) in self.parcels().items():
            for order in orders:
                per_order[order.order_id] += 1
                status = ORDERS[order.order_id][0]
                assert status not in STOPPED, f"stopped order {order.order_id} shipped"
                after = self.stopped_after.get(order.order_id)
                assert after is None or shipment_id <= after, (
                    f"{order.order_id} shipped after an import refunded it"
                )
        for order_id, count in per_order.items():
            assert count <= 1 + self.parcels_asked[order_id], (
                f"{order_id} has {count} parcels after {self.parcels_asked[order_id]} PARCEL"
            )

    @invariant()
    def every_answered_scan_is_kept_in_order_and_chained(self) -> None:
        with self.database.session() as session:
            kept = [
                (scan.station, scan.raw_input, scan.code)
                for scan in session.scalars(select(Scan).order_by(Scan.seq))
            ]
            assert kept == self.answered
            assert verify_scans(session) is None


StationMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestStationModel = StationMachine.TestCase
