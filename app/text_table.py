"""Rows of text lined up in columns for a terminal, Chinese included.

A terminal gives a Chinese character two cells and a Latin one one, so padding by
``len`` (what an f-string's ``:<20`` does) pushes every column after a Chinese name out of
line. Widths here count cells the way terminals do (Unicode's East Asian Width).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

GAP = "  "


def cells(text: str) -> int:
    """How many terminal cells ``text`` takes: two for wide and full-width characters."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def aligned(rows: Iterable[Sequence[str]]) -> list[str]:
    """Each row as one line, its columns padded to the widest cell of each; the last column
    is not padded (no trailing spaces)."""
    table = [list(row) for row in rows]
    if not table:
        return []
    widths = [max(cells(row[i]) for row in table if i < len(row)) for i in range(len(table[0]))]
    lines = []
    for row in table:
        padded = [text + " " * (widths[i] - cells(text)) for i, text in enumerate(row[:-1])]
        lines.append(GAP.join([*padded, row[-1]]).rstrip() if row else "")
    return lines
