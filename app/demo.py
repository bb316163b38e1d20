"""The demo shop: invented orders from several platforms, imported once from resources/demo."""

from __future__ import annotations

import logging

from sqlalchemy import select

from app.orders.importer import ImportOptions, import_files
from app.paths import resource
from app.storage import Database
from app.storage.models import Setting

log = logging.getLogger(__name__)
SEEDED_SETTING = "demo_seeded"
DEMO_ZONE = "Asia/Shanghai"


def ensure_demo_shop(database: Database) -> bool:
    """Import the demo exports unless this database already holds them; True if it did now."""
    with database.session() as session:
        if session.scalar(select(Setting).where(Setting.key == SEEDED_SETTING)) is not None:
            return False
    with database.write() as session:
        session.merge(Setting(key="timezone", value=DEMO_ZONE))
    files = sorted(
        path for path in resource("demo").iterdir() if path.is_file() and path.suffix != ".md"
    )
    reports = import_files(database, files, ImportOptions(all_or_nothing=True))
    for report in reports:
        if report.refused:
            raise RuntimeError(f"demo file {report.file} was refused: {report.errors}")
    with database.write() as session:
        session.add(Setting(key=SEEDED_SETTING, value="1"))
    return True
