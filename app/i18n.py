"""Which language ShipProof speaks: the user's choice, else the operating system's.

The choice belongs to the person at this computer, not to the shop (two stations of one
shop may be run by people who read different languages), so it lives in a small
preferences file in the data folder rather than in the shared database. The GUI, the
command line and the PDFs all ask :func:`language`, so they always agree.
"""

from __future__ import annotations

import json
import locale
import os
from pathlib import Path

LANGUAGES: dict[str, str] = {"en": "English", "zh": "简体中文"}
PREFERENCES_FILE = "preferences.json"
LANGUAGE_KEY = "language"


def system_language() -> str:
    """Chinese when the system speaks it, else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    code = (locale.getlocale()[0] or "").lower()  # Windows: 'Chinese (Simplified)_China'
    return "zh" if code.startswith(("zh", "chinese")) else "en"


def _preferences(folder: Path) -> dict[str, object]:
    try:
        loaded = json.loads((folder / PREFERENCES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no file yet, or one a crash or a hand edit broke: the defaults apply
    return loaded if isinstance(loaded, dict) else {}


def chosen_language(folder: Path) -> str | None:
    """The language picked in the wizard or the settings, if any and still supported."""
    value = _preferences(folder).get(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def choose_language(folder: Path, code: str | None) -> None:
    """Remember ``code`` (None: follow the system again); written atomically."""
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}: choose one of {', '.join(LANGUAGES)}")
    preferences = _preferences(folder)
    if code is None:
        preferences.pop(LANGUAGE_KEY, None)
    else:
        preferences[LANGUAGE_KEY] = code
    target = folder / PREFERENCES_FILE
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps(preferences, indent=2), encoding="utf-8")
    partial.replace(target)


def language(folder: Path | None = None) -> str:
    """The language to speak now: the choice stored in ``folder``, else the system's."""
    chosen = chosen_language(folder) if folder is not None else None
    return chosen or system_language()
