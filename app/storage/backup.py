"""Backups of a SQLite shop: online copies, verified before they are trusted.

A copy is taken with SQLite's online backup API (consistent while the app writes), into
a ``.partial`` file that becomes the backup only once it passes ``integrity_check`` (on
that very file: its name is escaped into the URI), its schema is exactly what ShipProof's
migrations build (``app.storage.schema_check``: a crafted trigger or view would run inside
the shop) and every hash chain verifies. Restore checks the same way first, keeps the
current database aside, and refuses a broken file with the reason; nothing is changed then.
Daily backups are rotated: the newest seven days, then the newest copy of each of four
earlier weeks.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from app.catalogue import QT_TRANSLATE_NOOP
from app.chains import verify_all
from app.dispatch.photos import FolderPhotos, PhotoStore
from app.storage import Database, open_database
from app.storage.models import Setting
from app.storage.online_copy import online_copy
from app.storage.schema_check import read_only, schema_problems
from app.storage.setting_keys import FOLDER_SETTING

log = logging.getLogger(__name__)
PREFIX = "shipproof-"
KEEP_DAILY, KEEP_WEEKLY = 7, 4


class BackupError(Exception):
    """A backup that cannot be made, or a file that is not a sound backup."""


def sqlite_file(database: Database) -> Path:
    name = database.engine.url.database
    if not database.is_sqlite or not name or name == ":memory:":
        raise BackupError("backups are for a SQLite shop; a PostgreSQL server has its own")
    return Path(name)


def problems(path: Path) -> list[str]:
    """Why ``path`` is not a sound backup; empty when it is."""
    if not path.is_file():
        return [f"{path}: no such file"]
    if path.stat().st_size == 0:
        return [f"{path}: an empty file, not a ShipProof database"]
    try:
        with closing(read_only(path)) as connection:  # this very file, whatever its name
            found = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        foreign = schema_problems(path)
    except sqlite3.DatabaseError as error:
        return [f"{path}: not a ShipProof database ({error})"]
    if found != ["ok"]:
        return [f"{path}: damaged: {'; '.join(found[:5])}"]
    if foreign:  # a trigger, a view, a table or column of its own: it would run in the shop
        return [f"{path}: not ShipProof's schema: {'; '.join(foreign[:5])}"]
    # Chains are checked on a scratch copy brought to the current schema, so an older
    # backup is judged as it would be used, and the file itself is never written.
    with tempfile.TemporaryDirectory(prefix="shipproof-check-") as scratch:
        trial = Path(scratch) / "trial.db"
        shutil.copyfile(path, trial)
        try:
            database = open_database(f"sqlite:///{trial}")
        except Exception as error:  # any failure to open means: not usable as a shop
            return [f"{path}: cannot be opened as a shop ({error})"]
        try:
            with database.session() as session:
                reports = verify_all(session)
        finally:
            database.dispose()
    return [
        f"{path}: chain {report.chain} broken at record {report.first_bad.seq}: "
        f"{report.first_bad.reason}"
        for report in reports
        if report.first_bad is not None
    ]


def photo_digests(path: Path) -> list[str]:
    """The parcel photos a shop's scans rest on (none in a file older than photos)."""
    try:
        with closing(read_only(path)) as connection:
            rows = connection.execute(
                "SELECT DISTINCT photo_sha256 FROM scans WHERE photo_sha256 IS NOT NULL"
            ).fetchall()
    except sqlite3.OperationalError:  # no such column: made before parcel photos
        return []
    return [row[0] for row in rows if isinstance(row[0], str)]


def _carry_photos(database_file: Path, source: PhotoStore, target: PhotoStore) -> None:
    lost = target.copy_from(source, photo_digests(database_file))
    if lost:
        log.warning("%d parcel photos were already missing or changed: not copied", len(lost))


def backup(database: Database, target: Path) -> Path:
    """Copy the shop to ``target`` and verify the copy; a failed copy leaves nothing.

    The parcel photos its scans name go into ``photos`` beside the copy (each photo once,
    shared by every backup in that folder), so a restore or a move loses none.
    """
    source = sqlite_file(database)
    if database.holds(target):  # renamed onto, it would replace the live file or its WAL
        raise BackupError(f"{target} is this shop's own database: a backup goes to another file")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        online_copy(source, partial)
        found = problems(partial)
        if found:
            raise BackupError("; ".join(found))
        _carry_photos(partial, PhotoStore.of(database), FolderPhotos.beside(target))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


# what a restore says, on the command line and in the window alike
RESTORED = QT_TRANSLATE_NOOP("Cli", "restored {file}; the previous database is kept as {previous}")
NOT_RESTORED = QT_TRANSLATE_NOOP("Cli", "nothing restored: {error}")


def restore(database: Database, source: Path, now: datetime | None = None) -> Path:
    """Replace the shop with ``source`` once it verifies; returns where the old one is kept."""
    current = sqlite_file(database)
    if database.holds(source):  # reading it outside SQLite would drop our locks on it
        raise BackupError(f"{source} is this shop's own database, not a backup of it")
    found = problems(source)
    if found:
        raise BackupError("; ".join(found))
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = current.with_name(f"{current.name}.before-restore-{stamp}")
    database.dispose()
    online_copy(current, aside)
    online_copy(source, current)
    _carry_photos(current, FolderPhotos.beside(source), PhotoStore.of(database))
    return aside


def daily_file(folder: Path, day: date) -> Path:
    return folder / f"{PREFIX}{day.isoformat()}.db"


def _day(path: Path) -> date | None:
    try:
        return date.fromisoformat(path.name.removeprefix(PREFIX).removesuffix(".db"))
    except ValueError:
        return None


def rotate(folder: Path) -> list[Path]:
    """Delete daily backups beyond seven days and four weekly ones; returns what went."""
    dated = sorted(
        ((day, path) for path in folder.glob(f"{PREFIX}*.db") if (day := _day(path))),
        reverse=True,
    )
    keep = {path for _day_, path in dated[:KEEP_DAILY]}
    weeks: set[tuple[int, int]] = set()
    for day, path in dated[KEEP_DAILY:]:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(path)
    gone = [path for _day_, path in dated if path not in keep]
    for path in gone:
        path.unlink()
    return gone


def backup_folder(database: Database) -> Path:
    """The folder the shop chose, else ``backups`` beside the database."""
    with database.session() as session:
        setting = session.get(Setting, FOLDER_SETTING)
    return Path(setting.value) if setting else sqlite_file(database).parent / "backups"


def set_backup_folder(database: Database, folder: Path) -> None:
    with database.write() as session:
        keep_backup_folder(session, folder)


def keep_backup_folder(session: Session, folder: Path | str) -> None:
    """The folder daily backups go to, into the caller's transaction (the Settings save)."""
    session.merge(Setting(key=FOLDER_SETTING, value=str(folder)))


def daily_backup(
    database: Database, folder: Path | None = None, today: date | None = None, again: bool = False
) -> Path | None:
    """Today's backup, once a day (None when it exists already), then rotation.

    ``again`` (the user's "Back up now") replaces today's file with a fresh copy: the copy is
    made and verified beside it first, so a failure keeps the earlier backup of the day.
    """
    folder = folder or backup_folder(database)
    target = daily_file(folder, today or date.today())
    if target.exists() and not again:
        return None
    backup(database, target)
    rotate(folder)
    return target
