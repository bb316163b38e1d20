"""Column types shared by the models.

Stored times follow one rule. A column named ``*_utc`` is an instant
(:class:`UtcDateTime`): aware in, aware out, kept as UTC. A column named ``*_at`` is a
time as its source wrote it — a platform's order time, a station's scan — ISO 8601 text
with the offset it was written in, kept exactly because a dispute may turn on it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Dialect, Numeric, String, Text
from sqlalchemy.types import TypeDecorator, TypeEngine


class NaiveTimeError(ValueError):
    """A time without an offset reached a ``*_utc`` column: whose clock it read is unknown."""


class UtcDateTime(TypeDecorator[datetime]):
    """An instant: takes only aware datetimes, stores them as UTC without an offset (as
    these columns always held them, on SQLite and PostgreSQL alike), gives them back aware.

    A naive value is refused rather than guessed at: taken as UTC it would shift every
    time written from a local clock by the shop's offset, silently.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveTimeError(f"a time without an offset cannot be stored as UTC: {value}")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    """Now, as every ``*_utc`` column takes it."""
    return datetime.now(UTC)


class Money(TypeDecorator[Decimal]):
    """An exact decimal amount.

    PostgreSQL stores it as NUMERIC. SQLite has no exact decimal type (NUMERIC there is a
    float), so it is kept as canonical text there: money must never pick up float noise.
    """

    impl = String(32)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(Numeric(18, 4))
        return dialect.type_descriptor(String(32))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if dialect.name == "postgresql":
            return value
        return format(value, "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return value if isinstance(value, Decimal) else Decimal(value)


def chain_time(moment: datetime) -> str:
    """An instant as hash-chained records write it: UTC ISO 8601 without an offset.

    Every record since the first hashed its times so; writing them any other way (with
    "+00:00") would make records kept before fail verification.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise NaiveTimeError(f"a time without an offset cannot be chained as UTC: {moment}")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat()


class MessageValues(TypeDecorator[dict[str, Any]]):
    """The values that fill a kept message's template, as a JSON object in text.

    They sit beside the record they say again (an alert's or a scan's English words) and
    are only a way to say it in another language, so a value damaged in the database —
    text that is not JSON, a list, a number — reads back as no values (the record's own
    words are shown) instead of failing whoever reads the row: a pack, a verify, a list.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Mapping[str, Any] | None, dialect: Dialect) -> str | None:
        return None if value is None else json.dumps(dict(value), ensure_ascii=False)

    def process_result_value(self, value: Any, dialect: Dialect) -> dict[str, Any] | None:
        if not isinstance(value, str):
            return None
        try:
            read = json.loads(value)
        except ValueError:
            return None
        return read if isinstance(read, dict) else None
