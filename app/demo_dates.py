"""The demo's exports, moved in time so the demo shop is always of this week.

The files in app/resources/demo were written (tools/make_demo_exports.py) as exported at
:data:`EXPORTED`, shop time. Opened weeks later they would show a shop whose every order
is overdue and whose Today page is empty, which is not what a new user should judge the
app by. So each file is copied with every time in it moved by the same amount — the
distance from :data:`EXPORTED` to now, to the minute — and the demo imports the copies:
the newest order is an hour or two old, promises fall today and tomorrow, and the files
still go through the same import a real shop's do.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

EXPORTED = datetime(2026, 11, 20, 9, 0)  # the shop-clock moment the demo files were made
# a time as the exports write them: 2026-11-20 09:00, …:00, …T23:59:59 (any offset after it
# is kept as written); a date alone; the stamp in Taobao's file names (202611200900)
_MOMENT = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})([ T])(\d{2}):(\d{2})(:\d{2})?(?!\d)")
_DAY = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?![\dT ]\d)")
_STAMP = re.compile(r"(?<!\d)(20\d{10})(?!\d)")
_ENCODINGS = ("utf-8", "gb18030")  # what the demo files are written in


def shift_for(now_local: datetime) -> timedelta:
    """How far the demo's times move: from :data:`EXPORTED` to ``now_local`` (naive, shop
    time), whole minutes."""
    return (now_local.replace(second=0, microsecond=0, tzinfo=None)) - EXPORTED


def shifted_text(text: str, shift: timedelta) -> str:
    """``text`` with every time and date in it moved by ``shift`` (dates by whole days)."""

    def moment(match: re.Match[str]) -> str:
        year, month, day, sep, hour, minute, seconds = match.groups()
        moved = datetime(int(year), int(month), int(day), int(hour), int(minute)) + shift
        return f"{moved:%Y-%m-%d}{sep}{moved:%H:%M}{seconds or ''}"

    def day(match: re.Match[str]) -> str:
        year, month, dd = map(int, match.groups())
        return (date(year, month, dd) + timedelta(days=shift.days)).isoformat()

    return _DAY.sub(day, _MOMENT.sub(moment, text))


def shifted_name(name: str, shift: timedelta) -> str:
    """A file name with its export stamp (``…202611200900.csv``) moved too."""

    def stamp(match: re.Match[str]) -> str:
        moved = datetime.strptime(match.group(1), "%Y%m%d%H%M") + shift
        return f"{moved:%Y%m%d%H%M}"

    return _STAMP.sub(stamp, name)


def write_shifted(files: list[Path], folder: Path, shift: timedelta) -> list[Path]:
    """Copies of ``files`` in ``folder``, their times moved by ``shift``, each in the
    encoding it was written in; the copies' paths."""
    copies = []
    for path in files:
        data = path.read_bytes()
        for encoding in _ENCODINGS:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            break
        else:  # the demo's own files: a new one must be written in a known encoding
            raise ValueError(f"demo file {path.name} is in none of {_ENCODINGS}")
        copy = folder / shifted_name(path.name, shift)
        copy.write_bytes(shifted_text(text, shift).encode(encoding))
        copies.append(copy)
    return copies
