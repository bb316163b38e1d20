"""Clean what a scanner typed before anything reads it.

A keyboard-wedge scanner set to a Chinese input method types full-width digits; some
scanners prefix an AIM symbology identifier (``]C1``) or wrap Code 39 in ``*``; every one
ends with CR or LF. None of that is part of the code.
"""

from __future__ import annotations

import re
import unicodedata

_AIM_PREFIX_RE = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")

COMMANDS: dict[str, str] = {
    "CANCEL": "CANCEL",
    "取消": "CANCEL",
    "NEXT": "NEXT",
    "下一单": "NEXT",
    "CONFIRM": "CONFIRM",
    "确认": "CONFIRM",
    "REPRINT": "REPRINT",
    "重打": "REPRINT",
    "MERGE": "MERGE",
    "合并": "MERGE",
    "PARCEL": "PARCEL",
    "加包裹": "PARCEL",
}


# the command sheet's order: the everyday ones first
SHEET_COMMANDS = ("NEXT", "PARCEL", "CANCEL", "CONFIRM", "MERGE", "REPRINT")


def normalize_scan(raw: str) -> str:
    """The code a scan carries: width folded, control characters and wrappers removed."""
    text = _CONTROL_RE.sub("", unicodedata.normalize("NFKC", raw)).strip()
    text = _AIM_PREFIX_RE.sub("", text)
    if len(text) > 2 and text.startswith("*") and text.endswith("*"):
        text = text[1:-1]
    return text.strip()


def command_of(text: str) -> str | None:
    """The station command a scan spells (``CANCEL``…), printed on the command sheet."""
    return COMMANDS.get(text.upper()) or COMMANDS.get(text)
