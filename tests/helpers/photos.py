"""Parcel photos for tests: a JPEG of one colour, a station that photographs."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PIL import Image

from app.dispatch.photos import PhotoStore
from app.dispatch.station import Station
from app.storage import Database


def jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (640, 480)) -> bytes:
    """A webcam-sized still, made here rather than by a camera."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def bench(database: Database, **options: bool) -> Station:
    return Station(
        database,
        "bench-1",
        "Lin",
        zone=UTC,
        clock=lambda: datetime(2026, 9, 23, 10, 0, tzinfo=UTC),
        photos=PhotoStore.of(database),
        **options,
    )
