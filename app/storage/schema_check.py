"""Is a SQLite file's schema exactly what ShipProof's migrations build, and nothing else?

A crafted backup can carry a trigger that sets a dispatched order back to awaiting on
every scan, a view in place of the scan log, an extra table, or miss a column; restored,
it would run inside the shop and every chain could still verify. So a file is trusted
only when its tables, columns, indexes, triggers and views equal those a fresh database
gets from the migrations up to the file's own revision. The comparison is structural
(names, column types and keys, index columns), never the DDL text, which differs between
SQLAlchemy versions for the same schema.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from functools import cache
from pathlib import Path

from sqlalchemy import create_engine

from app.storage.migrate import alembic_config, known_revisions

Shape = dict[str, tuple[object, ...]]  # "table x" / "index y" / "trigger z" → its structure


def read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only by a properly escaped URI (a '#' or '?' in a name is text)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def shape(connection: sqlite3.Connection) -> Shape:
    """Every schema object but SQLite's own, by kind and name, with its structure."""
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
        else:  # trigger, view: none is expected; their presence alone is the finding
            found[f"{kind} {name}"] = (table,)
    return found


@cache
def expected_shape(revision: str) -> Shape:
    """What the migrations build up to ``revision``, on a scratch database."""
    from alembic import command

    with tempfile.TemporaryDirectory(prefix="shipproof-schema-") as scratch:
        path = Path(scratch) / "expected.db"
        engine = create_engine(f"sqlite:///{path.as_posix()}")
        try:
            with engine.begin() as connection:
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            engine.dispose()
        with closing(read_only(path)) as connection:
            return shape(connection)


def schema_problems(path: Path) -> list[str]:
    """Why the schema of the SQLite file at ``path`` is not ShipProof's; empty when it is."""
    with closing(read_only(path)) as connection:
        try:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.DatabaseError:
            return ["not a ShipProof database: it has no schema version"]
        if len(rows) != 1 or rows[0][0] not in known_revisions():
            return [f"not a ShipProof database this version knows (schema version {rows})"]
        found = shape(connection)
    expected = expected_shape(str(rows[0][0]))
    problems = [f"unexpected {key}" for key in sorted(found.keys() - expected.keys())]
    problems += [f"missing {key}" for key in sorted(expected.keys() - found.keys())]
    problems += [
        f"{key} differs from ShipProof's"
        for key in sorted(found.keys() & expected.keys())
        if found[key] != expected[key]
    ]
    return problems
