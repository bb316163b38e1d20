"""Where ShipProof finds its bundled resources and keeps its data.

Resources sit inside the package (``app/resources``) and are found through
``importlib.resources``, the package's own loader: one answer for a checkout, an installed
wheel and a PyInstaller bundle (whose loader answers ``sys._MEIPASS/app``). Nothing else in
the code base may guess these locations.
"""

from __future__ import annotations

import json
import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "ShipProof"
DB_FILE_NAME = "shipproof.db"
LOCATION_FILE = "location.json"


class ResourcesNotOnDisk(RuntimeError):
    """The package was imported from an archive, where its resources are no real files."""


def resource_root() -> Path:
    """Return the folder that holds ``platforms/``, ``demo/`` and the other resources.

    It must be a real folder: Qt, the fonts and reportlab open files by path, and the
    loaders list folders. pip, pipx and PyInstaller all install the package unpacked, so
    ``importlib.resources`` hands out a plain path there. Imported from a zip (a zipapp,
    an egg), it would hand out entries of the archive instead; Python 3.11's ``as_file``
    cannot extract a folder, so that case is refused with a clear error rather than
    half-working until the first font or sound.

    Raises:
        ResourcesNotOnDisk: the package is inside an archive.
    """
    root = files("app").joinpath("resources")
    if not isinstance(root, Path):
        raise ResourcesNotOnDisk(
            f"ShipProof's resources are inside an archive ({root}): install ShipProof "
            "unpacked, as pip, pipx and the bundles do"
        )
    return root


def resource(*parts: str) -> Path:
    """Return the path of one bundled resource, e.g. ``resource("platforms")``."""
    return resource_root().joinpath(*parts)


def chosen_config_folder() -> Path | None:
    """The folder ``SHIPPROOF_CONFIG_DIR`` names for this user's settings, if it is set:
    then everything kept per user (the data folder's note, the window's and the station's
    settings) goes there instead of the system's places — a portable or test setup."""
    folder = os.environ.get("SHIPPROOF_CONFIG_DIR")
    return Path(folder) if folder else None


def location_file() -> Path:
    """Where this user's chosen data folder is written down (outside any data folder)."""
    folder = chosen_config_folder() or Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return folder / LOCATION_FILE


class DataFolderError(RuntimeError):
    """The chosen data folder cannot be used; starting elsewhere would split the shop."""


def write_atomically(target: Path, text: str) -> None:
    """Write ``text`` so a crash or power cut leaves the old file or the new, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with partial.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(target)


def chosen_data_dir() -> Path | None:
    """The data folder picked in Settings, if any.

    A note that exists but cannot be read is an error, not "nothing chosen": falling back
    to the default folder would open the shop's old copy as if it were the shop.
    """
    try:
        text = location_file().read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise DataFolderError(f"cannot read {location_file()}: {error}") from error
    try:
        value = json.loads(text)["data_folder"]
    except (ValueError, KeyError, TypeError) as error:
        raise DataFolderError(
            f"{location_file()} is damaged: choose the data folder again "
            "(start with --data-dir FOLDER), or delete the file to use the default"
        ) from error
    return Path(value) if isinstance(value, str) and value else None


def choose_data_dir(folder: Path | None) -> None:
    """Use ``folder`` from the next start on (None: the OS default again)."""
    write_atomically(location_file(), json.dumps({"data_folder": str(folder) if folder else ""}))


def data_dir_is_explicit(explicit: str | os.PathLike[str] | None = None) -> bool:
    """Whether the folder is fixed for this run (--data-dir, SHIPPROOF_HOME), not chosen."""
    return bool(explicit or os.environ.get("SHIPPROOF_HOME"))


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Resolve the data directory: explicit argument, SHIPPROOF_HOME, the folder chosen in
    Settings, then the OS default.

    A chosen folder is never created: when it is missing (a drive not connected) a new
    empty shop there would split the shop in two, so the start stops and says why.
    """
    chosen = explicit or os.environ.get("SHIPPROOF_HOME")
    if chosen:
        path = Path(chosen)
    else:
        picked = chosen_data_dir()
        if picked is not None and not picked.is_dir():
            raise DataFolderError(
                f"the data folder {picked} chosen in Settings is not available (a drive or "
                "synced folder not connected?): connect it and start again"
            )
        path = picked or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url(data_directory: Path, explicit: str | None = None) -> str:
    """Resolve the database URL: explicit argument, then SHIPPROOF_DB, then SQLite in data."""
    chosen = explicit or os.environ.get("SHIPPROOF_DB")
    if chosen:
        return chosen
    return f"sqlite:///{(data_directory / DB_FILE_NAME).as_posix()}"
