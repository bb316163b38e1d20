"""Copies of a live SQLite shop, made by SQLite itself and never by file tools.

A file tool copies the main file alone, without what is still in the ``-wal`` beside it,
and may catch it halfway through a checkpoint. Worse, on Linux and macOS closing any handle
on a database file drops every lock this process holds on it: another process (a command,
a second station) then takes itself for the last user, folds the WAL in and deletes it,
while this process's connections go on reading the deleted one and what they commit is
lost to everyone else. A connection SQLite opens itself shares the process's locks.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def online_copy(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API, as one self-contained file."""
    origin, copy = sqlite3.connect(source), sqlite3.connect(target)
    try:
        origin.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # the WAL is folded in; no side files
    finally:
        origin.close()
        copy.close()
