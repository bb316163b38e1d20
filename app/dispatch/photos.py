"""Parcel photos: JPEG stills named by their SHA-256, kept where every station finds them.

A claims desk asks for a photo of the parcel with its label; a scan log alone is weak
evidence. The station hands the bytes of a still taken at the label scan to
:meth:`PhotoStore.keep`, and the photo's SHA-256 goes into that scan's hash-chained
record. The photo is named by the same hash, so the record says exactly which picture it
rests on, a second copy is never written, and an edited or missing photo shows the moment
an evidence pack re-hashes it. The core never sees a camera: it takes bytes.

Where they live follows the database: a SQLite shop keeps them as files beside its
database (a daily backup would copy a database fat with pictures whole, every day); a
shop on PostgreSQL keeps them in the database, so the office PC printing a pack sees the
photos the bench PC took.
"""

from __future__ import annotations

import hashlib
import os
from abc import ABC, abstractmethod
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from app.storage import Database
from app.storage.models import ParcelPhoto

JPEG_MAGIC = b"\xff\xd8\xff"
MAX_PHOTO_BYTES = 20 * 1024 * 1024  # a webcam still is 50 KB–2 MB; more is not a photo
FOLDER_NAME = "photos"


class PhotoError(ValueError):
    """The bytes handed over are not a JPEG still this store keeps."""


class PhotoStore(ABC):
    """Photos by SHA-256: keep once, read back, and check they are still what was kept."""

    @staticmethod
    def of(database: Database) -> PhotoStore:
        """The shop's photos: files beside a SQLite file, else rows of the database."""
        name = database.engine.url.database
        if database.is_sqlite and name and name != ":memory:":
            return FolderPhotos.beside(Path(name))
        return TablePhotos(database)

    def keep(self, data: bytes) -> str:
        """Keep ``data`` durably (once) and return its SHA-256.

        Raises:
            PhotoError: not a JPEG, or implausibly large.
            OSError, SQLAlchemyError: the store cannot be written.
        """
        if not data.startswith(JPEG_MAGIC):
            raise PhotoError("not a JPEG image")
        if len(data) > MAX_PHOTO_BYTES:
            raise PhotoError(f"a photo of {len(data)} bytes is too large")
        digest = hashlib.sha256(data).hexdigest()
        if self.check(digest) != "ok":
            self._write(digest, data)
        return digest

    @abstractmethod
    def _write(self, digest: str, data: bytes) -> None: ...

    @abstractmethod
    def read(self, sha256: str) -> bytes | None:
        """The photo's bytes, or None when it is gone."""

    def examine(self, sha256: str) -> tuple[str, bytes | None]:
        """``ok``, ``missing`` or ``changed``, with the bytes when ok: read and hashed once."""
        data = self.read(sha256)
        if data is None:
            return "missing", None
        if hashlib.sha256(data).hexdigest() != sha256:
            return "changed", None
        return "ok", data

    def check(self, sha256: str) -> str:
        """``ok``, ``missing`` or ``changed``: is the photo still what was recorded?"""
        return self.examine(sha256)[0]

    def copy_from(self, other: PhotoStore, digests: Iterable[str]) -> list[str]:
        """Bring the photos ``digests`` over from ``other`` (each re-hashed, none twice).

        Returns the digests ``other`` does not hold intact: lost before this copy, they
        stay lost, and the evidence packs that rest on them say so.
        """
        lost = []
        for digest in sorted(set(digests)):
            if self.check(digest) == "ok":
                continue
            _state, data = other.examine(digest)
            if data is None:
                lost.append(digest)
                continue
            self._write(digest, data)
        return lost


class FolderPhotos(PhotoStore):
    """A folder of JPEG files, ``<sha256[:2]>/<sha256>.jpg``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def beside(cls, database_file: Path) -> FolderPhotos:
        return cls(database_file.resolve().parent / FOLDER_NAME)

    def path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / f"{sha256}.jpg"

    def _write(self, digest: str, data: bytes) -> None:
        target = self.path(digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)

    def read(self, sha256: str) -> bytes | None:
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError:
            return None


class TablePhotos(PhotoStore):
    """Photos as rows of ``parcel_photos``, for a database every station shares."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def _write(self, digest: str, data: bytes) -> None:
        try:  # its own short transaction: a station's scan may hold another one open
            with self.database.write() as session:
                found = session.get(ParcelPhoto, digest)
                if found is None:
                    session.execute(insert(ParcelPhoto).values(sha256=digest, data=data))
                else:  # an edited row: the true bytes (they hash to its name) put it right
                    found.data = data
        except IntegrityError:
            pass  # another station kept the same picture a moment earlier

    def read(self, sha256: str) -> bytes | None:
        with self.database.session() as session:
            data = session.scalar(select(ParcelPhoto.data).where(ParcelPhoto.sha256 == sha256))
        return bytes(data) if data is not None else None
