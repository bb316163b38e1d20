"""Helpers for import tests: run an import and read every order back as the CLI shows it."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.orders.importer import FileReport, ImportOptions, import_files
from app.orders.query import OrderFilter, orders_as_dicts
from app.storage import Database

SHOP_ZONE = ZoneInfo("Europe/London")  # the zone a test shop keeps: not UTC, with summer time


def run_import(database: Database, *paths: Path, **options: Any) -> list[FileReport]:
    options.setdefault("zone", SHOP_ZONE)
    return import_files(database, list(paths), ImportOptions(**options))


def orders_by_id(database: Database) -> dict[str, dict[str, Any]]:
    with database.session() as session:
        return {order["order_id"]: order for order in orders_as_dicts(session, OrderFilter())}


def database_bytes(database: Database) -> bytes:
    """The database's content as SQLite reads it: compares 'changed nothing' exactly.

    Serialized through a connection, WAL included, rather than read from the file: opening
    and closing the shop's file outside SQLite drops this process's locks on it
    (app/storage/online_copy.py says what follows), and needs no checkpoint first.
    """
    with database.engine.connect() as connection:
        content: bytes = connection.connection.driver_connection.serialize()
    return content
