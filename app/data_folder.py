"""Moving the shop to another data folder (a bigger disk, a synced folder), losing nothing.

The database is copied through the verified backup path, the small per-shop files go with
it, and only then is the new folder written down for the next start. The old folder is
left exactly as it was: nothing the user made is ever deleted by a move.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app.backup import BackupError, backup, problems
from app.dispatch.numbers import shop_rules_file
from app.i18n import PREFERENCES_FILE
from app.paths import DB_FILE_NAME, choose_data_dir
from app.storage import Database

TRAVELLING_FILES = (PREFERENCES_FILE,)  # plus the shop's own number rules, named below


def move_to(database: Database, current: Path, target: Path) -> str:
    """Prepare ``target`` and choose it for the next start; "copied" or "existing".

    A folder that already holds a shop (another computer's synced copy, say) is used as
    it is after the same checks a restore makes; otherwise this shop is copied into it.
    Raises :class:`BackupError` with the reason when the move cannot be made.
    """
    target = target.resolve()
    if target == current.resolve():
        raise BackupError(f"{target} is already the data folder")
    existing = target / DB_FILE_NAME
    if existing.exists():
        found = problems(existing)
        if found:
            raise BackupError("; ".join(found))
        choose_data_dir(target)
        return "existing"
    target.mkdir(parents=True, exist_ok=True)
    if database.is_sqlite:
        backup(database, existing)
    for source in [current / name for name in TRAVELLING_FILES] + [shop_rules_file(current)]:
        destination = target / source.name
        if source.exists() and not destination.exists():
            shutil.copy2(source, destination)
    choose_data_dir(target)
    return "copied"
