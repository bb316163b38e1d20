"""The core on PostgreSQL: migrations, idempotent import, change history, search, money."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from app.orders.query import OrderFilter, count_orders, order_page
from app.storage import Database, open_database
from tests.helpers.orders import orders_by_id, run_import
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.taobao import ITEMS, ORDERS, write_pair


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    with database.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    database.dispose()


def test_pair_import_is_idempotent_and_exact(pg: Database, tmp_path: Path) -> None:
    files = write_pair(tmp_path, ORDERS, ITEMS)
    [first] = run_import(pg, *files)
    [second] = run_import(pg, *files)
    assert (first.orders_new, first.lines, second.orders_unchanged) == (3, 4, 3)
    order = orders_by_id(pg)["3312530001234567890"]
    assert order["total"] == "118.00"  # NUMERIC(18,4) on the server, shown as the shop wrote it
    assert order["lines"][0]["unit_price"] == "38.00"
    assert order["created_at"] == "2026-09-22T09:15:02+08:00"


def test_changes_search_and_paging(pg: Database, tmp_path: Path) -> None:
    created = "2026-04-05 10:00:00 +0000"
    records = []
    for number in range(30):
        records += order_rows(f"#{number:03d}", created, [(1, "Cup", "5.00", f"SKU_{number}%")])
    run_import(pg, write_export(tmp_path / "a.csv", records))
    [report] = run_import(
        pg,
        write_export(
            tmp_path / "b.csv",
            order_rows(
                "#007",
                created,
                [(1, "Cup", "5.00", "SKU_7%")],
                **{"Fulfillment Status": "fulfilled"},
            ),
        ),
    )
    assert report.orders_updated == 1
    with pg.session() as session:
        assert (
            count_orders(session, OrderFilter(search="sku_7%")) == 1
        )  # LIKE wildcards are literal
        assert count_orders(session, OrderFilter(status="dispatched")) == 1
        assert count_orders(session, OrderFilter(search="CUP")) == 30  # titles, any case
        page = order_page(session, OrderFilter(), 10, 10, "order_id", descending=False)
    assert [row.order_id for row in page] == [f"#{n:03d}" for n in range(10, 20)]


def test_packing_station_on_postgres(pg: Database, tmp_path: Path) -> None:
    from app.dispatch.scan_log import verify_scans
    from app.dispatch.station import Station

    created = "2026-04-05 10:00:00 +0000"
    records = order_rows("#1", created, [(1, "Cup", "5.00", "CUP")]) + order_rows(
        "#2", created, [(1, "Pot", "9.00", "POT")]
    )
    run_import(pg, write_export(tmp_path / "e.csv", records))
    east, west = Station(pg, "east", "Lin"), Station(pg, "west", "Wu")
    assert [east.scan(code).code for code in ("#1", "1Z5R89390357567127")] == [
        "order_opened",
        "dispatched",
    ]
    assert [west.scan(code).code for code in ("#2", "1Z5R89390357567127")] == [
        "order_opened",
        "tracking_in_use",
    ]
    assert [west.scan(code).code for code in ("MERGE", "#2", "986578788855")] == [
        "merge_started",
        "order_opened",
        "dispatched",
    ]
    assert east.scan("#2").code == "already_dispatched"
    with pg.session() as session:
        assert verify_scans(session) is None


def test_parcel_photos_on_postgres_are_seen_from_every_computer(
    pg: Database, postgres_url: str, tmp_path: Path
) -> None:
    import hashlib
    import io

    from PIL import Image

    from app.dispatch.photos import PhotoStore, TablePhotos
    from app.dispatch.station import Station
    from app.evidence.files import write_packs

    created = "2026-04-05 10:00:00 +0000"
    run_import(
        pg, write_export(tmp_path / "e.csv", order_rows("#9", created, [(1, "Cup", "5.00", "CUP")]))
    )
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), (20, 90, 160)).save(buffer, "JPEG")
    photo = buffer.getvalue()
    bench = Station(pg, "bench", "Lin", photos=PhotoStore.of(pg))
    bench.scan("#9")
    assert bench.scan("1Z5R89390357567127", photo=photo).photo_sha256 == (
        hashlib.sha256(photo).hexdigest()
    )
    office = open_database(postgres_url)  # another computer of the shop
    try:
        assert isinstance(PhotoStore.of(office), TablePhotos)
        [pack] = write_packs(office, ["#9"], tmp_path / "office")
        assert pack.integrity == "ok"
        with office.engine.begin() as connection:
            connection.execute(text("UPDATE parcel_photos SET data = 'x'::bytea"))
        [edited] = write_packs(office, ["#9"], tmp_path / "edited")
        assert edited.integrity == "failed"
    finally:
        office.dispose()


def test_a_label_bound_during_an_import_waits_instead_of_deadlocking(
    pg: Database, tmp_path: Path
) -> None:
    """An import holds the facts head from its start and then writes order rows; a station
    binding a label takes the facts head before the order's row. Taken the other way round,
    each would hold what the other waits for, and PostgreSQL would abort one of them."""
    import threading
    import time

    from sqlalchemy import update

    from app.dispatch.station import Station
    from app.storage.chain import hold
    from app.storage.facts import FACT_CHAIN
    from app.storage.models import Order

    created = "2026-04-05 10:00:00 +0000"
    run_import(
        pg, write_export(tmp_path / "e.csv", order_rows("#1", created, [(1, "Cup", "5.00", "CUP")]))
    )
    station = Station(pg, "east", "Lin")
    assert station.scan("#1").code == "order_opened"
    importing, failures = threading.Event(), []

    def an_import() -> None:
        try:
            with pg.write() as session:
                hold(session.connection(), FACT_CHAIN)
                importing.set()
                time.sleep(1.5)  # the station's label arrives meanwhile
                session.execute(update(Order).where(Order.order_id == "#1").values(seller_note="x"))
        except Exception as error:  # a deadlock aborts this side or the station's
            failures.append(error)

    thread = threading.Thread(target=an_import)
    thread.start()
    assert importing.wait(10)
    outcome = station.scan("1Z5R89390357567127")
    thread.join(30)
    assert failures == [] and outcome.code == "dispatched"


def test_two_stores_swap_names_on_postgres(pg: Database, tmp_path: Path) -> None:
    """The unique (platform, name) is checked per statement on the server: a swap goes
    through a name no store holds, and the restated facts keep every chain agreeing."""
    from app import shop
    from app.chains import verify_all
    from tests.helpers.shop import add_store

    add_store(pg, "taobao", "Main")
    add_store(pg, "taobao", "Outlet")
    for store, folder in (("Main", "a"), ("Outlet", "b")):
        (tmp_path / folder).mkdir()
        run_import(pg, *write_pair(tmp_path / folder, ORDERS, ITEMS), store=store)
    renames = {("taobao", "Main"): "Outlet", ("taobao", "Outlet"): "Main"}
    shop.save(pg, shop.ShopSettings(name="Tea House", renames=renames))
    with pg.session() as session:
        assert sorted(shop.load(session).stores) == [("taobao", "Main"), ("taobao", "Outlet")]
        assert all(report.ok for report in verify_all(session))
