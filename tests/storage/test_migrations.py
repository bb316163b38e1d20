"""The schema comes from Alembic, matches the models, and SQLite gets its pragmas."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from app.storage import Database, open_database
from app.storage.migrate import current_revision, head_revision
from app.storage.models import Base


def test_migrations_build_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], "a model changed without a migration: add one with alembic"


def test_opening_twice_is_harmless_and_at_head(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_database(url).dispose()
    database = open_database(url)
    assert current_revision(database.engine) == head_revision()
    database.dispose()


def test_sqlite_pragmas(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15_000


def test_the_head_read_from_the_files_is_alembics(database: Database) -> None:
    from alembic.script import ScriptDirectory

    from app.storage.migrate import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
    with database.engine.connect() as connection:
        assert current_revision(database.engine) == (
            MigrationContext.configure(connection).get_current_revision()
        )


def _at_revision(tmp_path: Path, revision: str) -> tuple[str, Engine]:
    """A shop database migrated up to ``revision`` only, as an older version left it."""
    from alembic import command
    from sqlalchemy import create_engine

    from app.storage.migrate import alembic_config

    url = f"sqlite:///{(tmp_path / 'old.db').as_posix()}"
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return url, engine


def test_0006_keys_the_waybills_of_orders_imported_before_it(tmp_path: Path) -> None:
    from sqlalchemy import text

    url, engine = _at_revision(tmp_path, "0005")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO stores (id, platform, name) VALUES (1, 'jd', 's')"))
        connection.execute(
            text(
                "INSERT INTO orders (id, store_id, order_id, status, platform_status,"
                " recipient_masked, search_text, tracking_number)"
                " VALUES (1, 1, 'A', 'awaiting_dispatch', '', 0, '', 'jd 0012-3456 789')"
            )
        )
    engine.dispose()
    database = open_database(url)
    with database.engine.connect() as connection:
        key = connection.execute(text("SELECT waybill_key FROM orders")).scalar()
    database.dispose()
    assert key == "JD00123456789"


def test_0009_keys_the_alerts_kept_as_english_words(tmp_path: Path) -> None:
    """Alerts written before 0009 get their key and values from their words; words no
    template fits keep no key (and are shown as recorded); the words stay as they were."""
    from sqlalchemy import select, text

    from app.alerts.messages import english_text
    from app.storage.models import Alert

    url, engine = _at_revision(tmp_path, "0008")
    worded = {
        1: ("stalled", "SF1234567890: no news from the carrier for 3 d 4 h"),
        2: ("delivery_exception", "SF1: delivery failed — 收件人拒收"),
        3: ("dispatch_overdue", "order TB-7: not dispatched, 30 h past its deadline"),
        4: ("returned", "YT1: returning to the sender"),
        5: ("stalled", "words an older version wrote differently"),
    }
    with engine.begin() as connection:
        for alert_id, (rule, message) in worded.items():
            connection.execute(
                text(
                    "INSERT INTO alerts (id, rule, severity, state, opened_utc, message)"
                    " VALUES (:id, :rule, 'warning', 'open', '2026-11-30 08:00:00', :message)"
                ),
                {"id": alert_id, "rule": rule, "message": message},
            )
    engine.dispose()
    database = open_database(url)
    with database.session() as session:
        alerts = {alert.id: alert for alert in session.scalars(select(Alert))}
    database.dispose()
    assert {i: alert.message for i, alert in alerts.items()} == {
        i: message for i, (_rule, message) in worded.items()
    }
    assert (alerts[1].message_key, alerts[1].message_values) == (
        "stalled",
        {"label": "SF1234567890", "age": 76},
    )
    assert alerts[2].message_key == "delivery_exception.carrier_says"
    assert alerts[2].message_values == {
        "label": "SF1",
        "status": "delivery_failed",
        "carrier_says": "收件人拒收",
    }
    assert alerts[3].message_values == {"order": "TB-7", "age": 30}
    assert alerts[4].message_values == {"label": "YT1", "status": "returning"}
    assert (alerts[5].message_key, alerts[5].message_values) == (None, None)
    # the keyed values say again what the words said
    assert english_text("stalled", {"label": "SF1234567890", "age": 76}) == worded[1][1]


def test_0010_keys_the_scans_kept_as_english_words(tmp_path: Path) -> None:
    """Scans written before 0010 get the key and values their words were made from; words
    that only a bare placeholder would fit (an item's title) stay unkeyed; nothing hashed
    changes, so the log still verifies."""
    from sqlalchemy import select, text
    from sqlalchemy.orm import Session

    from app.dispatch.outcome import scan_text
    from app.dispatch.scan_log import verify_scans
    from app.names import english
    from app.storage.chain import append
    from app.storage.models import Scan

    url, engine = _at_revision(tmp_path, "0009")
    worded = [
        ("dispatched", "order 3001 dispatched with 73123456789012"),
        ("item_ok", "Blue mug 1/2"),
        ("item_ok", "Blue mug"),  # an item's bare title: no guess
        ("order_refunded", "STOP: order 7 is refunded (退款成功) — do not ship"),
    ]
    with Session(engine) as session, session.begin():
        for code, message in worded:
            content = {
                "station": "s1",
                "operator": "Lin",
                "scanned_at": "2026-09-22T09:30:00+08:00",
                "raw_input": "x",
                "normalized": "x",
                "kind": "label",
                "result": "ok",
                "code": code,
                "message": message,
                "order_pk": None,
                "tracking_number": None,
                "carrier": None,
            }
            link = append(session, "scans", content)
            session.execute(
                text(
                    "INSERT INTO scans (seq, station, operator, scanned_at, raw_input,"
                    " normalized, kind, result, code, message, v, prev_hash, hash)"
                    " VALUES (:seq, 's1', 'Lin', '2026-09-22T09:30:00+08:00', 'x', 'x',"
                    " 'label', 'ok', :code, :message, 1, :prev, :hash)"
                ),
                {"seq": link.seq, "code": code, "message": message}
                | {"prev": link.prev_hash, "hash": link.hash},
            )
    engine.dispose()
    database = open_database(url)
    with database.session() as session:
        scans = list(session.scalars(select(Scan).order_by(Scan.seq)))
        assert verify_scans(session) is None
    database.dispose()
    assert [(s.message_key, s.message_values) for s in scans] == [
        ("dispatched", {"order": "3001", "number": "73123456789012"}),
        ("item_counted", {"title": "Blue mug", "count": "1", "quantity": "2"}),
        (None, None),
        ("stopped", {"order": "7", "status": "refunded", "platform_status": "退款成功"}),
    ]
    said = [scan_text(s.message_key, s.message_values, english, s.message) for s in scans]
    assert said[:3] == [s.message for s in scans[:3]]
    assert said[3] == "STOP: order 7 is Refunded (退款成功) — do not ship"  # named


def test_0011_keys_the_problems_an_import_recorded(tmp_path: Path) -> None:
    """Problems recorded before 0011 get the key and values of their words; others stay."""
    import json

    from sqlalchemy import text

    url, engine = _at_revision(tmp_path, "0010")
    problems = [
        {"row": 7, "column": None, "message": "repeats row 3 exactly; imported once"},
        {"row": 9, "column": "Total", "message": "words a library wrote"},
    ]
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO import_batches (id, imported_at, files, sha256, platform, profile,"
                " rows, orders_new, orders_updated, orders_unchanged, lines, errors_json)"
                " VALUES (1, '2026-11-30 08:00:00', '[]', '', 'shopify', 'shopify', 10, 1,"
                " 0, 0, 1, :errors), (2, '2026-11-30 08:00:00', '[]', '', 'shopify', 'shopify',"
                " 1, 1, 0, 0, 1, 'not json')"
            ),
            {"errors": json.dumps(problems)},
        )
    engine.dispose()
    database = open_database(url)
    with database.engine.connect() as connection:
        kept = dict(connection.execute(text("SELECT id, errors_json FROM import_batches")).all())
    database.dispose()
    assert json.loads(kept[1]) == [
        {**problems[0], "key": "duplicate_row", "params": {"first": "3"}},
        problems[1],
    ]
    assert kept[2] == "not json"


def test_0012_renames_in_place_a_batch_that_orders_point_at(tmp_path: Path) -> None:
    """A shop's import batches are referenced by its orders' batch links: the rename must
    not rebuild the table (dropping it failed the foreign keys, and the app would not
    open a shop that had ever imported)."""
    from sqlalchemy import text

    url, engine = _at_revision(tmp_path, "0011")
    with engine.begin() as connection:
        for statement in (
            "INSERT INTO stores (id, platform, name) VALUES (1, 'shopify', 's')",
            "INSERT INTO orders (id, store_id, order_id, status, platform_status,"
            " recipient_masked, search_text) VALUES (1, 1, 'A', 'awaiting_dispatch', '', 0, '')",
            "INSERT INTO import_batches (id, imported_at, files, sha256, platform, profile,"
            " rows, orders_new, orders_updated, orders_unchanged, lines, errors_json)"
            " VALUES (1, '2026-11-30 08:00:00.000000', '[]', '', 'shopify', 'shopify',"
            " 1, 1, 0, 0, 1, '[]')",
            "INSERT INTO order_batches (order_pk, batch_id, effect) VALUES (1, 1, 'new')",
        ):
            connection.execute(text(statement))
    engine.dispose()
    database = open_database(url)
    with database.session() as session:
        from app.storage.models import ImportBatch

        batch = session.get_one(ImportBatch, 1)
        assert batch.imported_utc.isoformat() == "2026-11-30T08:00:00+00:00"
        assert session.execute(text("SELECT count(*) FROM order_batches")).scalar() == 1
    database.dispose()


def test_0013_reads_payment_and_dispatch_by_instants_from_the_texts(tmp_path: Path) -> None:
    """Orders imported before 0013 get their instants from what the platform wrote, in place
    (their lines and parcels still point at them); a text without an offset gets none."""
    from sqlalchemy import text

    url, engine = _at_revision(tmp_path, "0012")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO stores (id, platform, name) VALUES (1, 'jd', 's')"))
        for pk, paid, due in (
            (1, "2026-11-30T10:00:00+08:00", "2026-12-02T10:00:00+08:00"),
            (2, "2026-11-30T10:00:00", None),
        ):
            connection.execute(
                text(
                    "INSERT INTO orders (id, store_id, order_id, status, platform_status,"
                    " recipient_masked, search_text, paid_at, dispatch_by)"
                    " VALUES (:pk, 1, :pk, 'awaiting_dispatch', '', 0, '', :paid, :due)"
                ),
                {"pk": pk, "paid": paid, "due": due},
            )
        connection.execute(
            text("INSERT INTO order_lines (order_pk, position, quantity) VALUES (1, 1, 1)")
        )
    engine.dispose()
    database = open_database(url)
    with database.session() as session:
        from app.storage.models import Order

        first, second = session.get_one(Order, 1), session.get_one(Order, 2)
        assert first.paid_utc is not None and first.due_utc is not None
        assert first.paid_utc.isoformat() == "2026-11-30T02:00:00+00:00"
        assert first.due_utc.isoformat() == "2026-12-02T02:00:00+00:00"
        assert (second.paid_utc, second.due_utc) == (None, None)
        assert session.execute(text("SELECT count(*) FROM order_lines")).scalar() == 1
    database.dispose()


def test_0014_makes_titles_searchable_in_orders_imported_before_it(tmp_path: Path) -> None:
    from sqlalchemy import text

    url, engine = _at_revision(tmp_path, "0013")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO stores (id, platform, name) VALUES (1, 'jd', 's')"))
        connection.execute(
            text(
                "INSERT INTO orders (id, store_id, order_id, status, platform_status,"
                " recipient_masked, search_text, recipient_name)"
                " VALUES (1, 1, 'A-1', 'awaiting_dispatch', '', 0, 'a-1 li lei', 'Li Lei')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO order_lines (order_pk, position, quantity, sku, title)"
                " VALUES (1, 1, 1, 'POT-9', 'Zisha Teapot')"
            )
        )
    engine.dispose()
    database = open_database(url)
    with database.engine.connect() as connection:
        searched = connection.execute(text("SELECT search_text FROM orders")).scalar()
    database.dispose()
    assert searched == "a-1 li lei pot-9 zisha teapot"
