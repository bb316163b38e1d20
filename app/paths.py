"""Where ShipProof finds its bundled resources and keeps its data.

One helper for both worlds: from a source checkout resources sit at the repository
root; in a PyInstaller bundle they sit under ``sys._MEIPASS``. Nothing else in the
code base may guess these locations.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ShipProof"
DB_FILE_NAME = "shipproof.db"
LOCATION_FILE = "location.json"


def resource_root() -> Path:
    """Return the folder that holds ``platforms/``, ``demo/`` and the other resources."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Return the path of one bundled resource, e.g. ``resource("platforms")``."""
    return resource_root().joinpath(*parts)


def location_file() -> Path:
    """Where this user's chosen data folder is written down (outside any data folder)."""
    folder = os.environ.get("SHIPPROOF_CONFIG_DIR") or platformdirs.user_config_dir(
        APP_NAME, appauthor=False
    )
    return Path(folder) / LOCATION_FILE


def chosen_data_dir() -> Path | None:
    """The data folder picked in Settings, if any (a broken note is ignored, not fatal)."""
    try:
        value = json.loads(location_file().read_text(encoding="utf-8")).get("data_folder")
    except (OSError, ValueError, AttributeError):
        return None
    return Path(value) if isinstance(value, str) and value else None


def choose_data_dir(folder: Path | None) -> None:
    """Use ``folder`` from the next start on (None: the OS default again)."""
    target = location_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps({"data_folder": str(folder) if folder else ""}), "utf-8")
    partial.replace(target)


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Resolve the data directory: explicit argument, SHIPPROOF_HOME, the folder chosen in
    Settings, then the OS default."""
    chosen = explicit or os.environ.get("SHIPPROOF_HOME")
    if chosen:
        path = Path(chosen)
    else:
        path = chosen_data_dir() or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url(data_directory: Path, explicit: str | None = None) -> str:
    """Resolve the database URL: explicit argument, then SHIPPROOF_DB, then SQLite in data."""
    chosen = explicit or os.environ.get("SHIPPROOF_DB")
    if chosen:
        return chosen
    return f"sqlite:///{(data_directory / DB_FILE_NAME).as_posix()}"
