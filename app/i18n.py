"""Which language ShipProof speaks: the user's choice, else the operating system's.

The choice belongs to the person at this computer, not to the shop (two stations of one
shop may be run by people who read different languages), so it lives in a small
preferences file in the data folder rather than in the shared database. The GUI, the
command line and the PDFs all ask :func:`language`, so they always agree.

The GUI translates with Qt Linguist; the command line, which must run without Qt, keeps
its messages in a small catalog: :func:`translate` looks an English template up in
``app/resources/i18n/cli.zh.yaml``. The translations are data, not code.
"""

from __future__ import annotations

import json
import locale
import logging
import os
import string
import subprocess
import sys
from functools import cache
from pathlib import Path

import yaml

from app.paths import resource, write_atomically
from app.yaml_text import load_yaml

LANGUAGES: dict[str, str] = {"en": "English", "zh": "简体中文"}
PREFERENCES_FILE = "preferences.json"
LANGUAGE_KEY = "language"

log = logging.getLogger(__name__)


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


@cache
def cli_catalog() -> dict[str, str]:
    """The command line's English message templates → their Simplified Chinese ones.

    Read once. A missing or broken file is logged and leaves the command line speaking
    English: a message in the wrong language is better than a command that cannot run.
    """
    path = resource("i18n", "cli.zh.yaml")
    try:
        loaded = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        log.warning("no Chinese command-line messages (%s): %s", path, error)
        return {}
    if not isinstance(loaded, dict):
        log.warning("no Chinese command-line messages: %s is not a mapping", path)
        return {}
    return {str(english): str(chinese) for english, chinese in loaded.items()}


def placeholders(template: str) -> set[str]:
    """The ``{name}`` fields a template fills, e.g. ``{"count"}`` for ``"{count} orders"``."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def translate(text: str, lang: str, /, **fields: object) -> str:
    """``text`` (an English template) in ``lang``, its ``{name}`` placeholders filled.

    English, and any message the catalog does not have yet, come out as the English
    template. The values in ``fields`` (order ids, tracking numbers, paths) are data and
    are never translated.
    """
    if lang == "zh":
        template = cli_catalog().get(text)
        if template is not None:
            try:
                return template.format(**fields)
            except (KeyError, IndexError, ValueError):
                log.warning("Chinese message does not fit its fields: %r", template)
    return text.format(**fields)
