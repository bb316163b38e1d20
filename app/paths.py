"""Where ShipProof finds its bundled resources and keeps its data.

One helper for both worlds: from a source checkout resources sit at the repository
root; in a PyInstaller bundle they sit under ``sys._MEIPASS``. Nothing else in the
code base may guess these locations.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ShipProof"
DB_FILE_NAME = "shipproof.db"


def resource_root() -> Path:
    """Return the folder that holds ``platforms/``, ``demo/`` and the other resources."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Return the path of one bundled resource, e.g. ``resource("platforms")``."""
    return resource_root().joinpath(*parts)


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Resolve the data directory: explicit argument, then SHIPPROOF_HOME, then the OS default."""
    chosen = explicit or os.environ.get("SHIPPROOF_HOME")
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url(data_directory: Path, explicit: str | None = None) -> str:
    """Resolve the database URL: explicit argument, then SHIPPROOF_DB, then SQLite in data."""
    chosen = explicit or os.environ.get("SHIPPROOF_DB")
    if chosen:
        return chosen
    return f"sqlite:///{(data_directory / DB_FILE_NAME).as_posix()}"
