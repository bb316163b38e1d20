"""The demo shop: invented orders from several platforms, imported once from app/resources/demo
(moved to this week: app/demo_dates.py), most of them packed, and their parcels' stories told
by an in-process carrier simulator."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.alerts.engine import evaluate
from app.demo_dates import shift_for, write_shifted
from app.orders.importer import ImportOptions, import_files
from app.paths import DB_FILE_NAME, resource
from app.storage import Database, open_database
from app.storage.models import Setting
from app.storage.setting_keys import SEEDED_SETTING, TIMEZONE_SETTING
from app.tracking.config import SIMULATOR_ENV, providers
from app.tracking.demo_story import demo_scenario, pack_demo_parcels, start_simulator
from app.tracking.providers.base import Provider
from app.tracking.refresh import refresh

log = logging.getLogger(__name__)
DEMO_ZONE = "Asia/Shanghai"


def ensure_demo_shop(database: Database, now: datetime | None = None) -> bool:
    """Import the demo exports unless this database already holds them; True if it did now.

    ``now`` (aware; the clock when not given) is the moment the demo's files are moved to.
    """
    with database.session() as session:
        if session.scalar(select(Setting).where(Setting.key == SEEDED_SETTING)) is not None:
            return False
    with database.write() as session:
        session.merge(Setting(key=TIMEZONE_SETTING, value=DEMO_ZONE))
    files = sorted(
        path for path in resource("demo").iterdir() if path.is_file() and path.suffix != ".md"
    )
    now = now or datetime.now(UTC)
    shift = shift_for(now.astimezone(ZoneInfo(DEMO_ZONE)))
    with tempfile.TemporaryDirectory(prefix="shipproof-demo-") as folder:
        copies = write_shifted(files, Path(folder), shift)
        reports = import_files(database, copies, ImportOptions(all_or_nothing=True))
    for report in reports:
        if report.refused:
            raise RuntimeError(f"demo file {report.file} was refused: {report.errors}")
    pack_demo_parcels(database, now)
    with database.write() as session:
        session.add(Setting(key=SEEDED_SETTING, value="1"))
    return True


@dataclass
class DemoShop:
    """The demo's database and the simulator serving its parcels; close it when done."""

    database: Database
    simulator: ThreadingHTTPServer
    providers: dict[str, Provider]
    created: bool  # imported just now, not found from an earlier run

    def close(self) -> None:
        self.simulator.shutdown()
        self.simulator.server_close()


def open_demo_shop(folder: Path) -> DemoShop:
    """The demo shop in ``folder`` (made on first use), its tracking alive."""
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(f"sqlite:///{(folder / DB_FILE_NAME).as_posix()}")
    created = ensure_demo_shop(database)
    simulator, available = bring_tracking_alive(database)
    return DemoShop(database, simulator, available, created)


def bring_tracking_alive(database: Database) -> tuple[ThreadingHTTPServer, dict[str, Provider]]:
    """Serve the demo parcels' stories from an in-process simulator, refresh, raise alerts.

    Returns the running simulator (it lives as long as the app) and the providers pointed
    at it, for the app's own refreshes.
    """
    server, base_url = start_simulator(demo_scenario(database))
    available = providers({SIMULATOR_ENV: base_url})
    report = refresh(database, available)
    evaluate(database)
    log.info("demo tracking: %s", report.as_dict())
    return server, available
