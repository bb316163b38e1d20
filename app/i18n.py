"""Which language ShipProof speaks: the user's choice, else the operating system's.

The choice belongs to the person at this computer, not to the shop (two stations of one
shop may be run by people who read different languages), so it lives in a small
preferences file in the data folder rather than in the shared database. The GUI, the
command line and the PDFs all ask :func:`language`, so they always agree.

Every face translates through one catalogue, Qt Linguist's .ts files (:mod:`app.catalogue`):
the GUI with Qt, the command line, which must run without Qt, with :func:`translate`.
"""

from __future__ import annotations

import json
import locale
import os
import subprocess
import sys
from pathlib import Path

from app.catalogue import say
from app.paths import write_atomically

LANGUAGES: dict[str, str] = {"en": "English", "zh": "简体中文"}
PREFERENCES_FILE = "preferences.json"
LANGUAGE_KEY = "language"
CLI_CONTEXT = "Cli"  # the Linguist context of the command line's messages


def system_language() -> str:
    """Chinese when the system speaks it, else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    code = (locale.getlocale()[0] or "").lower()  # Windows: 'Chinese (Simplified)_China'
    if not code and sys.platform == "darwin":
        code = _macos_language()  # an app started from the Dock has no LANG
    return "zh" if code.startswith(("zh", "chinese")) else "en"


def _macos_language() -> str:
    """The first of the user's preferred languages in macOS's settings, e.g. 'zh-hans-cn'."""
    try:
        found = subprocess.run(
            ["defaults", "read", "-g", "AppleLanguages"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ""
    first = next((line.strip(' ",') for line in found.splitlines()[1:2]), "")
    return first.lower()


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
    write_atomically(folder / PREFERENCES_FILE, json.dumps(preferences, indent=2))


def language(folder: Path | None = None) -> str:
    """The language to speak now: the choice stored in ``folder``, else the system's."""
    chosen = chosen_language(folder) if folder is not None else None
    return chosen or system_language()


def translate(text: str, lang: str, /, **fields: object) -> str:
    """The command line's message ``text`` (an English template) in ``lang``, filled in.

    ``text`` is declared where it is said with ``QT_TRANSLATE_NOOP("Cli", ...)``, so lupdate
    puts it in the Linguist catalogue beside the GUI's sentences. English, and a message
    not translated yet, come out as the English template. The values in ``fields`` (order
    ids, tracking numbers, paths) are data and are never translated.
    """
    return say(CLI_CONTEXT, text, lang, **fields)
