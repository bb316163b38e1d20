"""The one place that knows how to open the database.

SQLite gets WAL (readers never block the packing station's writes), foreign keys, a busy
timeout, a page cache an import's indexes fit in, and real transactions (pysqlite's own
implicit transaction handling is switched off and ``BEGIN`` issued explicitly, so a failed
import rolls back completely). Any other URL,
such as PostgreSQL for shops with several stations, passes through unchanged.

While a shop is open here, its file is never opened by anything but SQLite: a copy goes
through ``app.storage.online_copy``, whose docstring says what a file tool's copy breaks.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.storage.migrate import upgrade_to_head

SQLITE_BUSY_TIMEOUT_MS = 15_000
SQLITE_CACHE_KIB = 65_536
SQLITE_BULK_CACHE_KIB = 262_144
_BEGIN_OPTION = "shipproof_sqlite_begin"


class DriverMissing(RuntimeError):
    """The URL names a database whose Python driver is not installed (``args[0]``: its module)."""


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite connections get ShipProof's pragmas and explicit transactions."""
    # hide_parameters: a failed statement's message (logged, shown to the user) must not
    # carry the buyer's name or address it was writing
    if not url.startswith("sqlite"):
        try:
            return create_engine(url, pool_pre_ping=True, hide_parameters=True)
        except ModuleNotFoundError as error:  # psycopg comes with the postgres extra only
            raise DriverMissing(error.name or str(error)) from None
    engine = create_engine(
        url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # 64 MiB of page cache instead of 2: an import's inserts land all over five order
        # indexes, and with the default cache they re-read their pages (a fifth of the inserts)
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(connection.get_execution_options().get(_BEGIN_OPTION, "BEGIN"))

    return engine


class Database:
    """An engine plus its session factory; sessions are short-lived and never shared by threads."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def holds(self, path: Path) -> bool:
        """Whether ``path`` is this shop's own SQLite file (or its WAL, index or journal).

        Asked before any file is opened outside SQLite: on Linux and macOS, closing any
        descriptor of the shop's file drops every SQLite lock this process holds on it (see
        :mod:`app.storage.online_copy`). Only names are compared (``stat``), nothing opened.
        """
        name = self.engine.url.database
        if not self.is_sqlite or not name or name == ":memory:":
            return False
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                if os.path.samefile(path, name + suffix):
                    return True
            except OSError:  # one of the two does not exist: not the same file
                continue
        return False

    def session(self) -> Session:
        """A session for reading (or for a caller that manages its own commit)."""
        return self._sessions()

    @contextmanager
    def write(self, bulk: bool = False) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back entirely on any error.

        On SQLite the write lock is taken up front (BEGIN IMMEDIATE), so two stations never
        discover halfway through that the other one wrote first. A ``bulk`` write (an
        import) gets a page cache of :data:`SQLITE_BULK_CACHE_KIB` for its duration: past a
        few hundred thousand orders the order indexes outgrow the usual 64 MiB and every
        insert re-read their pages (300,000 rows: 28 s, 25 s with the larger cache). The
        connection goes back to the pool with the usual cache, its memory given back.
        """
        with self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection if bulk and self.is_sqlite else None
            if self.is_sqlite:
                connection = connection.execution_options(**{_BEGIN_OPTION: "BEGIN IMMEDIATE"})
            if raw is not None:  # outside SQLAlchemy's transaction: a pragma, not a write
                raw.execute(f"PRAGMA cache_size=-{SQLITE_BULK_CACHE_KIB}")
            try:
                with Session(connection, expire_on_commit=False) as session, connection.begin():
                    yield session
                    session.flush()
            finally:
                if raw is not None:
                    raw.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str) -> Database:
    """Open the database at ``url`` and bring its schema to the newest migration."""
    database = Database(url)
    upgrade_to_head(database.engine)
    return database
