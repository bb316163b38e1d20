"""Parcel photos: JPEG stills kept under the data folder, named by their SHA-256.

A claims desk asks for a photo of the parcel with its label; a scan log alone is weak
evidence. The station hands the bytes of a still taken at the label scan to
:meth:`PhotoStore.keep`, and the photo's SHA-256 goes into that scan's hash-chained
record. The file is named by the same hash, so the record says exactly which picture it
rests on, a second copy is never written, and an edited or missing file shows the moment
an evidence pack re-hashes it. The core never sees a camera: it takes bytes.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from app.paths import data_dir
from app.storage import Database

JPEG_MAGIC = b"\xff\xd8\xff"
MAX_PHOTO_BYTES = 20 * 1024 * 1024  # a webcam still is 50 KB–2 MB; more is not a photo
FOLDER_NAME = "photos"


class PhotoError(ValueError):
    """The bytes handed over are not a JPEG still this store keeps."""


class PhotoStore:
    """A folder of JPEG files, ``<sha256[:2]>/<sha256>.jpg``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def of(cls, database: Database) -> PhotoStore:
        """The shop's photo folder: beside its SQLite file (backups and moves carry it
        along, see ``app.backup``); for a server database, in the data folder."""
        name = database.engine.url.database
        if database.is_sqlite and name and name != ":memory:":
            return cls.beside(Path(name))
        return cls(data_dir() / FOLDER_NAME)

    @classmethod
    def beside(cls, database_file: Path) -> PhotoStore:
        return cls(database_file.resolve().parent / FOLDER_NAME)

    def path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / f"{sha256}.jpg"

    def keep(self, data: bytes) -> str:
        """Write ``data`` durably (once) and return its SHA-256.

        Raises:
            PhotoError: not a JPEG, or implausibly large.
            OSError: the folder cannot be written.
        """
        if not data.startswith(JPEG_MAGIC):
            raise PhotoError("not a JPEG image")
        if len(data) > MAX_PHOTO_BYTES:
            raise PhotoError(f"a photo of {len(data)} bytes is too large")
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if target.is_file() and self.check(digest) == "ok":
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
        return digest

    def read(self, sha256: str) -> bytes | None:
        """The photo's bytes, or None when its file is gone."""
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError:
            return None

    def check(self, sha256: str) -> str:
        """``ok``, ``missing`` or ``changed``: does the file still hold what was recorded?"""
        data = self.read(sha256)
        if data is None:
            return "missing"
        return "ok" if hashlib.sha256(data).hexdigest() == sha256 else "changed"

    def copy_from(self, other: PhotoStore, digests: Iterable[str]) -> list[str]:
        """Bring the photos ``digests`` over from ``other`` (each re-hashed, none twice).

        Returns the digests ``other`` does not hold intact: lost before this copy, they
        stay lost, and the evidence packs that rest on them say so.
        """
        lost = []
        for digest in sorted(set(digests)):
            if self.check(digest) == "ok":
                continue
            if other.check(digest) != "ok":
                lost.append(digest)
                continue
            data = other.read(digest)
            assert data is not None
            self.keep(data)
        return lost
