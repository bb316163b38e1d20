"""Carrier names as platforms write them, mapped to ShipProof's carrier codes (data)."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from app.paths import resource
from app.yaml_text import load_yaml


def _key(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


@cache
def _names(folder: Path | None = None) -> dict[str, str]:
    data = load_yaml(((folder or resource("carriers")) / "carrier_names.yaml").read_text("utf-8"))
    return {_key(name): code for code, names in data.items() for name in [code, *names]}


def carrier_code(name: str | None) -> str | None:
    """The carrier code for a written name (``顺丰速运`` → ``sf``), or None if unknown."""
    if not name or not name.strip():
        return None
    key = _key(name)
    names = _names()
    if key in names:
        return names[key]
    # "中通快递(ZTO)" or "顺丰速运 标快": the longest known name contained in it
    found = [
        (len(known), code) for known, code in names.items() if len(known) >= 2 and known in key
    ]
    return max(found)[1] if found else None
