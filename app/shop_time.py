"""Times as a shop reads them: in the shop's zone, written the way its language writes them.

Every face shows a stored time through here (the evidence pack, the order detail), so
"29 Nov 2026 22:03" and "2026年11月29日 22:03" are one rule and no screen shows raw ISO
text or microseconds. ``Month`` and ``DateFormat`` are catalogue contexts: a date format
fills ``{year}``, ``{month}``, ``{day}``, ``{hour}``, ``{minute}`` and ``{second}``;
``{month}`` is the month's name and ``{month:02d}`` its number, so a language that writes
dates in figures keeps the same placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from app.catalogue import QT_TRANSLATE_NOOP, translated

MONTHS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Month", "Jan"),
    QT_TRANSLATE_NOOP("Month", "Feb"),
    QT_TRANSLATE_NOOP("Month", "Mar"),
    QT_TRANSLATE_NOOP("Month", "Apr"),
    QT_TRANSLATE_NOOP("Month", "May"),
    QT_TRANSLATE_NOOP("Month", "Jun"),
    QT_TRANSLATE_NOOP("Month", "Jul"),
    QT_TRANSLATE_NOOP("Month", "Aug"),
    QT_TRANSLATE_NOOP("Month", "Sep"),
    QT_TRANSLATE_NOOP("Month", "Oct"),
    QT_TRANSLATE_NOOP("Month", "Nov"),
    QT_TRANSLATE_NOOP("Month", "Dec"),
)

DATE_FORMATS: dict[str, str] = {
    "time": QT_TRANSLATE_NOOP("DateFormat", "{day} {month} {year} {hour}:{minute}"),
    "time_seconds": QT_TRANSLATE_NOOP(
        "DateFormat", "{day} {month} {year} {hour}:{minute}:{second}"
    ),
    "date": QT_TRANSLATE_NOOP("DateFormat", "{day} {month}"),
}


@dataclass(frozen=True)
class Month:
    """A month in a date format: ``{month}`` is its name, ``{month:02d}`` its number."""

    number: int
    name: str

    def __format__(self, spec: str) -> str:
        return format(self.number, spec) if spec else self.name


def moment(text: str | None, zone: tzinfo) -> datetime | None:
    """An ISO time as recorded; one without an offset is read in ``zone``. None if unreadable."""
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=zone)


def time_text(when: datetime, zone: tzinfo, lang: str, form: str = "time") -> str:
    """``when`` (aware) in ``zone``, in ``lang``; ``form`` is a key of :data:`DATE_FORMATS`."""
    local = when.astimezone(zone)
    month = Month(local.month, translated("Month", MONTHS[local.month - 1], lang))
    return translated("DateFormat", DATE_FORMATS[form], lang).format(
        year=local.year,
        month=month,
        day=local.day,
        hour=f"{local.hour:02d}",
        minute=f"{local.minute:02d}",
        second=f"{local.second:02d}",
    )


def recorded_text(text: str | None, zone: tzinfo, lang: str) -> str | None:
    """A time stored as its source wrote it (``*_at`` ISO text) for reading, or the text
    itself when it is not a time ISO reads, so nothing the platform said is hidden."""
    when = moment(text, zone)
    return text if when is None else time_text(when, zone, lang)
