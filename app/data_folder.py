"""Moving the shop to another data folder (a bigger disk, a synced folder), losing nothing.

The database is copied through the verified backup path, the small per-shop files go with
it, and only then is the new folder written down for the next start. The old folder is
left exactly as it was: nothing the user made is ever deleted by a move.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app.dispatch.numbers import shop_rules_file
from app.i18n import PREFERENCES_FILE
from app.paths import DB_FILE_NAME, choose_data_dir
from app.storage import Database, open_database
from app.storage.backup import BackupError, backup
from app.storage.models import Setting
from app.storage.setting_keys import FOLDER_SETTING

TRAVELLING_FILES = (PREFERENCES_FILE,)  # plus the shop's own number rules, named below


def move_to(database: Database, current: Path, target: Path) -> Path:
    """Copy the shop into ``target`` (verified) and choose it for the next start.

    A folder that already holds a shop is refused, whatever it holds: adopting it could
    swap this shop for an older copy (a folder moved away from months ago) and hide
    everything done since. Opening that shop is a separate, explicit act
    (``--data-dir``). Raises :class:`BackupError` with the reason; nothing is chosen then.
    """
    target = target.resolve()
    if target == current.resolve():
        raise BackupError(f"{target} is already the data folder")
    copy = target / DB_FILE_NAME
    if copy.exists():
        raise BackupError(
            f"{target} already holds a shop ({DB_FILE_NAME}); ShipProof never replaces one "
            "shop with another: choose an empty folder, or open that shop with "
            f"'shipproof --data-dir {target}'"
        )
    target.mkdir(parents=True, exist_ok=True)
    if database.is_sqlite:
        backup(database, copy)
        _forget_old_backup_folder(copy, current)
    for source in [current / name for name in TRAVELLING_FILES] + [shop_rules_file(current)]:
        destination = target / source.name
        if source.exists() and not destination.exists():
            shutil.copy2(source, destination)
    choose_data_dir(target)
    return copy


def _forget_old_backup_folder(copy: Path, current: Path) -> None:
    """A backup folder inside the old data folder would keep the moved shop tied to it."""
    moved = open_database(f"sqlite:///{copy.as_posix()}")
    try:
        with moved.write() as session:
            setting = session.get(Setting, FOLDER_SETTING)
            if setting is not None and Path(setting.value).resolve().is_relative_to(
                current.resolve()
            ):
                session.delete(setting)
    finally:
        moved.dispose()
