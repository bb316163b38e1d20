"""Insert many rows fast, on any database.

SQLAlchemy's ``execute(insert(), rows)`` builds parameters row by row in Python, which
costs more than SQLite itself for the hundreds of thousands of rows an import writes.
Here the statement is compiled once for the connection's dialect, each column's own bind
processor converts the values (so exact money and datetimes are stored exactly as the
ORM would store them), and the driver's ``executemany`` does the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table


def bulk_insert(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts keyed by column name, all with the same keys) into ``table``."""
    if not rows:
        return
    names = list(rows[0])
    dialect = connection.dialect
    compiled = table.insert().compile(dialect=dialect, column_keys=names)
    processors: dict[str, Callable[[Any], Any] | None] = {
        name: table.c[name].type._cached_bind_processor(dialect) for name in names
    }
    if compiled.positional:
        order = list(compiled.positiontup or ())
        params: list[Any] = [
            tuple(_bound(processors[name], row[name]) for name in order) for row in rows
        ]
    else:
        params = [{name: _bound(processors[name], row[name]) for name in names} for row in rows]
    connection.exec_driver_sql(str(compiled), params)


def _bound(processor: Callable[[Any], Any] | None, value: Any) -> Any:
    return value if processor is None or value is None else processor(value)
