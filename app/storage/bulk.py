"""Insert many rows fast, on any database.

SQLAlchemy's ``execute(insert(), rows)`` builds parameters row by row in Python, which
costs more than SQLite itself for the hundreds of thousands of rows an import writes.
Here the statement is compiled once for the connection's dialect, each column's own bind
processor converts the values (so exact money and datetimes are stored exactly as the
ORM would store them), and the driver's ``executemany`` does the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table

Processor = Callable[[Any], Any]


def bulk_insert(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts keyed by column name, all with the same keys) into ``table``."""
    if not rows:
        return
    dialect = connection.dialect
    compiled = table.insert().compile(dialect=dialect, column_keys=list(rows[0]))
    # named parameters (psycopg) or positional ones (sqlite3), in the statement's order
    names = list(compiled.positiontup or ()) if compiled.positional else list(rows[0])
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in names]
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    getter = itemgetter(*names)
    params: list[Any]
    if compiled.positional and not converted and len(names) > 1:
        params = list(map(getter, rows))  # the tuples straight from C: no Python per row
    else:
        params = []
        for row in rows:
            values = list(getter(row)) if len(names) > 1 else [getter(row)]
            for position, processor in converted:
                if values[position] is not None:
                    values[position] = processor(values[position])
            params.append(
                tuple(values) if compiled.positional else dict(zip(names, values, strict=True))
            )
    connection.exec_driver_sql(str(compiled), params)
