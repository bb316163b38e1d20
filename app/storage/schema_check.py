"""Is a shop database's schema exactly what ShipProof's migrations build, and nothing else?

A crafted backup, or a hand edit of the shop's own file, can add a trigger that sets a
dispatched order back to awaiting on every scan, a view in place of the scan log, an
extra table, or drop a column; inside the shop it would run behind the app's back while
every chain still verifies. So a database is trusted only when its tables, columns,
indexes, triggers and views equal those a fresh database gets from the migrations up to
its own revision. The comparison is structural (names, column types and keys, index
columns), never the DDL text, which differs between SQLAlchemy versions for one schema.

Three callers, three costs: restore and ``shipproof selftest`` compare in full
(:func:`file_findings`, :func:`database_findings`: the expected shape is built by running
the migrations on a scratch file, about two seconds); every other command and the app's
start screen the names against the models (:func:`quick_findings`: microseconds), which a
test keeps equal to the migrations, and confirm in full only when something looks foreign.
On PostgreSQL the names of tables, columns, indexes, views, triggers and rules are
compared, not SQLite's column types.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, inspect, text

from app.storage.migrate import ALEMBIC_LOCK, alembic_config, head_revision, known_revisions

Shape = dict[str, tuple[Any, ...]]  # "table x" / "index y" / "trigger z" → its structure

FOREIGN = (
    "the shop database has objects the app did not create: {objects}; they can change "
    "your records behind the app's back — restore a backup or remove them"
)
MISSING = "the shop database lacks parts the app built: {objects} — restore a backup"
CHANGED = (
    "the shop database has parts that differ from what the app built: {objects} — restore a backup"
)


class UnknownSchema(ValueError):
    """The file has no schema version, or one this app's migrations do not know."""


@dataclass(frozen=True, order=True)
class SchemaObject:
    """One table, column, index, trigger, view or rule, named as a user would look it up."""

    kind: str
    name: str
    table: str = ""  # the table a column, index, trigger or rule belongs to

    def __str__(self) -> str:
        if self.kind == "column":
            return f"column {self.table}.{self.name}"
        return (
            f"{self.kind} {self.name} on {self.table}" if self.table else f"{self.kind} {self.name}"
        )


@dataclass(frozen=True)
class SchemaFindings:
    """What a database has that the migrations did not build, lacks, or has otherwise."""

    foreign: tuple[SchemaObject, ...] = ()
    missing: tuple[SchemaObject, ...] = ()
    changed: tuple[SchemaObject, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.foreign or self.missing or self.changed)

    def __str__(self) -> str:
        """The English sentences; the CLI and the GUI say the same in the user's language."""
        parts = [
            template.format(objects=", ".join(map(str, objects)))
            for template, objects in (
                (FOREIGN, self.foreign),
                (MISSING, self.missing),
                (CHANGED, self.changed),
            )
            if objects
        ]
        return "; ".join(parts)

    def problems(self) -> list[str]:
        """One short line per object, as a refused backup lists them."""
        return (
            [f"unexpected {item}" for item in self.foreign]
            + [f"missing {item}" for item in self.missing]
            + [f"{item} differs from ShipProof's" for item in self.changed]
        )

    def as_dict(self) -> dict[str, list[str]]:
        return {
            "foreign": [str(item) for item in self.foreign],
            "missing": [str(item) for item in self.missing],
            "changed": [str(item) for item in self.changed],
        }


def read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only by a properly escaped URI (a '#' or '?' in a name is text)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def shape(connection: sqlite3.Connection) -> Shape:
    """Every schema object of a SQLite database but SQLite's own, with its structure."""
    found: Shape = {}
    objects = connection.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        " ORDER BY type, name"
    ).fetchall()
    for kind, name, table in objects:
        if kind == "table":
            columns = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
            found[f"table {name}"] = tuple(
                (column, (kind_ or "").upper(), bool(notnull), pk)
                for _cid, column, kind_, notnull, _default, pk in columns
            )
        elif kind == "index":
            columns = connection.execute(f'PRAGMA index_info("{name}")').fetchall()
            found[f"index {name}"] = (table, tuple(column for *_n, column in columns))
        elif kind == "view":
            found[f"view {name}"] = ("",)  # a view stands for itself, on no table
        else:  # trigger: none is expected; its presence alone is the finding
            found[f"{kind} {name}"] = (table,)
    return found


_PG_TRIGGERS = text(
    "SELECT t.tgname, c.relname FROM pg_trigger t"
    " JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
)
_PG_RULES = text(  # pg_rules leaves out the rule every view is made of
    "SELECT rulename, tablename FROM pg_rules WHERE schemaname = current_schema()"
)


def postgres_shape(connection: Connection) -> Shape:
    """The same for the current schema of a PostgreSQL database, by names only.

    Indexes that only back a primary key or unique constraint are left out: SQLite's
    equivalents are its own ``sqlite_autoindex_*``, which are not compared either.
    """
    inspector = inspect(connection)
    found: Shape = {}
    for (_schema, table), columns in inspector.get_multi_columns().items():
        found[f"table {table}"] = tuple((column["name"],) for column in columns)
    for (_schema, table), indexes in inspector.get_multi_indexes().items():
        for index in indexes:
            if not index.get("duplicates_constraint"):
                named = tuple(str(name) for name in index["column_names"])
                found[f"index {index['name']}"] = (table, named)
    for view in [*inspector.get_view_names(), *inspector.get_materialized_view_names()]:
        found[f"view {view}"] = ("",)
    for name, table in connection.execute(_PG_TRIGGERS):
        found[f"trigger {name}"] = (table,)
    for name, table in connection.execute(_PG_RULES):
        found[f"rule {name}"] = (table,)
    return found


def names_only(found: Shape) -> Shape:
    """``found`` with each column reduced to its name: what every dialect can compare."""
    return {
        key: tuple(column[:1] for column in value) if key.startswith("table ") else value
        for key, value in found.items()
    }


def compare(found: Shape, expected: Shape) -> SchemaFindings:
    """Object by object, and column by column within the tables both have."""
    foreign: list[SchemaObject] = []
    missing: list[SchemaObject] = []
    changed: list[SchemaObject] = []
    for key in sorted(found.keys() | expected.keys()):
        kind, name = key.split(" ", 1)
        if key not in expected:
            foreign.append(_named(kind, name, found[key]))
        elif key not in found:
            missing.append(_named(kind, name, expected[key]))
        elif kind == "table":
            have = {column[0]: column for column in found[key]}
            want = {column[0]: column for column in expected[key]}
            foreign += [SchemaObject("column", c, name) for c in sorted(have.keys() - want.keys())]
            missing += [SchemaObject("column", c, name) for c in sorted(want.keys() - have.keys())]
            changed += [
                SchemaObject("column", c, name)
                for c in sorted(have.keys() & want.keys())
                if have[c] != want[c]
            ]
        elif found[key] != expected[key]:
            changed.append(_named(kind, name, found[key]))
    ordered = (tuple(sorted(items, key=_danger)) for items in (foreign, missing, changed))
    return SchemaFindings(*ordered)


# What can act on the shop's records by itself comes first in a finding.
_DANGER = ("trigger", "rule", "view", "table", "column", "index")


def _danger(item: SchemaObject) -> tuple[int, str, str]:
    return (_DANGER.index(item.kind), item.table, item.name)


def _named(kind: str, name: str, structure: tuple[Any, ...]) -> SchemaObject:
    """Indexes, triggers and rules name their table first; tables and views stand alone."""
    table = str(structure[0]) if kind in {"index", "trigger", "rule"} and structure else ""
    return SchemaObject(kind, name, table)


@cache
def expected_shape(revision: str) -> Shape:
    """What the migrations build up to ``revision``, on a scratch database."""
    from alembic import command

    with tempfile.TemporaryDirectory(prefix="shipproof-schema-") as scratch:
        path = Path(scratch) / "expected.db"
        engine = create_engine(f"sqlite:///{path.as_posix()}")
        try:
            with ALEMBIC_LOCK, engine.begin() as connection:
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            engine.dispose()
        with closing(read_only(path)) as connection:
            return shape(connection)


@cache
def model_names() -> Shape:
    """The head's tables, columns and indexes by name, from the models (no migration run).

    tests/storage/test_migrations.py keeps the models equal to what the migrations
    build; Alembic's own version table is the one table the models do not declare.
    """
    from app.storage.models import Base

    names: Shape = {"table alembic_version": (("version_num",),)}
    for table in Base.metadata.sorted_tables:
        names[f"table {table.name}"] = tuple((column.name,) for column in table.columns)
        for index in table.indexes:
            columns = tuple(column.name for column in index.columns)
            names[f"index {index.name}"] = (table.name, columns)
    return names


def _revision(rows: list[Any]) -> str:
    if len(rows) != 1 or rows[0][0] not in known_revisions():
        raise UnknownSchema(f"not a ShipProof database this version knows (schema version {rows})")
    return str(rows[0][0])


def file_findings(path: Path) -> SchemaFindings:
    """The full comparison of the SQLite file at ``path``, which is only read.

    Raises :class:`UnknownSchema` for a file without a version this app knows, and
    ``sqlite3.DatabaseError`` for one that is not a database at all.
    """
    with closing(read_only(path)) as connection:
        try:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.DatabaseError:
            raise UnknownSchema("not a ShipProof database: it has no schema version") from None
        revision = _revision(rows)
        found = shape(connection)
    return compare(found, expected_shape(revision))


def schema_problems(path: Path) -> list[str]:
    """Why the schema of the SQLite file at ``path`` is not ShipProof's; empty when it is."""
    try:
        return file_findings(path).problems()
    except UnknownSchema as error:
        return [str(error)]


def _live_shape(connection: Connection) -> Shape:
    if connection.dialect.name == "sqlite":
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)  # pysqlite, the one SQLite driver we use
        return shape(raw)
    return postgres_shape(connection)


def _version_rows(connection: Connection) -> list[Any] | None:
    """The rows of ``alembic_version``; None for a database nothing was migrated in yet."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return list(connection.execute(text("SELECT version_num FROM alembic_version")))


def database_findings(engine: Engine) -> SchemaFindings:
    """The full comparison of the live database behind ``engine`` at its own revision.

    A database nothing was migrated in yet has nothing foreign; one at a revision this
    app does not know raises :class:`UnknownSchema` (the selftest says "update").
    """
    with engine.connect() as connection:
        rows = _version_rows(connection)
        if rows is None:
            return SchemaFindings()
        revision = _revision(rows)
        found = _live_shape(connection)
    expected = expected_shape(revision)
    if engine.dialect.name == "sqlite":
        return compare(found, expected)
    return compare(found, names_only(expected))


def quick_findings(engine: Engine) -> SchemaFindings:
    """What :func:`database_findings` says, in microseconds for a sound shop at the head.

    The names are screened against the models; only when something looks foreign (or
    the database is not at the head the models describe) does the full comparison run,
    so a finding is always the full comparison's, named exactly.
    """
    with engine.connect() as connection:
        rows = _version_rows(connection)
        at_head = rows is not None and [tuple(row) for row in rows] == [(head_revision(),)]
        found = _live_shape(connection) if at_head else {}
    if at_head and not compare(names_only(found), model_names()):
        return SchemaFindings()
    return database_findings(engine)
