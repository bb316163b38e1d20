"""Two processes on one shop file: writes from another interpreter, keys read here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from app.storage import Database
from app.storage.models import Setting

# argv: the database file, then what to write (nothing: only read, and close)
OTHER_PROCESS = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
for key in sys.argv[2:]:
    connection.execute("INSERT INTO settings (key, value) VALUES (?, 'x')", (key,))
connection.commit()
print(",".join(row[0] for row in connection.execute("SELECT key FROM settings ORDER BY key")))
connection.close()
"""


def in_another_process(path: Path, *writes: str) -> set[str]:
    """Open the shop in a new process, write ``writes`` as settings, close; the keys it saw."""
    done = subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, str(path), *writes],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(filter(None, done.stdout.strip().split(",")))


def keys_read_here(database: Database) -> set[str]:
    with database.session() as session:
        return set(session.scalars(select(Setting.key)))


def shop_file(database: Database) -> Path:
    return Path(str(database.engine.url.database))
