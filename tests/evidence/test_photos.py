"""Parcel photos: kept at the label scan, chained into its record, shown and checked by packs."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from app.dispatch.photos import PhotoError, PhotoStore
from app.dispatch.scan_log import verify_scans
from app.evidence.files import write_packs
from app.storage import Database
from app.storage.models import Scan
from tests.helpers.orders import run_import
from tests.helpers.photos import bench, jpeg
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.tracking import UPS

CREATED = "2026-04-05 10:00:00 +0000"
FEDEX = "986578788855"


def stock(database: Database, tmp_path: Path) -> None:
    records = order_rows("#1001", CREATED, [(1, "Blue Mug", "10.00", "MUG")])
    records += order_rows("#1002", CREATED, [(1, "Teapot", "30.00", "POT")])
    run_import(database, write_export(tmp_path / "shopify.csv", records))


pytestmark = pytest.mark.shop(stocked_by=stock)


def test_the_label_scan_keeps_its_photo_and_chains_its_hash(shop: Database) -> None:
    station, photo = bench(shop), jpeg((200, 40, 40))
    assert station.scan("#1001", photo=jpeg((0, 0, 0))).photo_sha256 is None  # not at open
    outcome = station.scan(UPS, photo=photo)
    digest = hashlib.sha256(photo).hexdigest()
    assert (outcome.code, outcome.photo_sha256) == ("dispatched", digest)
    store = PhotoStore.of(shop)
    assert store.path(digest).read_bytes() == photo and store.check(digest) == "ok"
    with shop.session() as session:
        kept = session.scalars(select(Scan.photo_sha256).order_by(Scan.seq)).all()
        assert kept == [None, digest]
        assert verify_scans(session) is None
    with shop.engine.begin() as connection:  # dropping the photo from the record shows
        connection.execute(text("UPDATE scans SET photo_sha256 = NULL WHERE seq = 2"))
    with shop.session() as session:
        broken = verify_scans(session)
    assert broken is not None and broken.seq == 2


def test_the_station_may_photograph_the_order_open_too(shop: Database) -> None:
    outcome = bench(shop, photo_on_open=True).scan("#1001", photo=jpeg((10, 120, 10)))
    assert outcome.code == "order_opened" and outcome.photo_sha256 is not None


def test_a_still_is_made_only_when_it_is_kept(shop: Database) -> None:
    made: list[bytes] = []

    def camera() -> bytes:
        made.append(jpeg((1, 2, 3)))
        return made[-1]

    station = bench(shop)
    assert station.scan("#1001", photo=camera).photo_sha256 is None
    assert made == []  # an order scan needs no photo: nothing was encoded
    outcome = station.scan(UPS, photo=camera)
    assert outcome.photo_sha256 == hashlib.sha256(made[0]).hexdigest() and len(made) == 1


def test_a_bad_still_never_stops_the_parcel(shop: Database, caplog) -> None:
    station = bench(shop)
    station.scan("#1001")
    with caplog.at_level(logging.WARNING):
        outcome = station.scan(UPS, photo=b"not a jpeg at all")
    assert (outcome.code, outcome.photo_sha256) == ("dispatched", None)
    assert "photo not kept" in caplog.text
    with pytest.raises(PhotoError):
        PhotoStore.of(shop).keep(b"GIF89a")


def test_the_pack_shows_the_parcels_photo_and_fails_when_it_is_edited(
    shop: Database, tmp_path: Path
) -> None:
    station = bench(shop)
    photo = jpeg((30, 90, 200))
    for order_id, label, still in (("#1001", UPS, photo), ("#1002", FEDEX, jpeg((9, 9, 9)))):
        station.scan(order_id)
        assert station.scan(label, photo=still).code == "dispatched"
    [pack] = write_packs(shop, ["#1001"], tmp_path / "ok")
    assert pack.integrity == "ok"
    reader = PdfReader(str(pack.file))
    text_of = " ".join(page.extract_text() for page in reader.pages)
    assert "Parcel photos" in text_of and hashlib.sha256(photo).hexdigest()[:32] in text_of
    # this parcel's photo only: small on page one, full among the details
    assert {image.data for page in reader.pages for image in page.images} == {photo}

    path = PhotoStore.of(shop).path(hashlib.sha256(photo).hexdigest())
    path.write_bytes(jpeg((255, 255, 255)))  # swapped for another picture
    edited, untouched = write_packs(shop, ["#1001", "#1002"], tmp_path / "edited")
    assert (edited.integrity, untouched.integrity) == ("failed", "ok")
    text_of = " ".join(page.extract_text() for page in PdfReader(str(edited.file)).pages)
    assert "PHOTO MISSING OR CHANGED" in text_of and "was changed" in text_of
    path.unlink()
    [gone] = write_packs(shop, ["#1001"], tmp_path / "gone")
    assert gone.integrity == "failed"
    assert "is missing" in " ".join(p.extract_text() for p in PdfReader(str(gone.file)).pages)


def test_shipproof_verify_names_a_lost_photo(shop: Database, tmp_path: Path) -> None:
    from app.chains import verify_all

    station = bench(shop)
    station.scan("#1001")
    digest = station.scan(UPS, photo=jpeg((5, 5, 5))).photo_sha256
    assert digest is not None
    with shop.session() as session:
        [*_chains, photos] = verify_all(session, PhotoStore.of(shop))
    assert (photos.chain, photos.records, photos.ok) == ("photos", 1, True)
    PhotoStore.of(shop).path(digest).unlink()
    with shop.session() as session:
        [*_chains, photos] = verify_all(session, PhotoStore.of(shop))
    assert photos.first_bad is not None and photos.first_bad.seq == 2
    assert "missing" in photos.first_bad.reason


def test_what_the_station_stopped_is_listed_apart(shop: Database, tmp_path: Path) -> None:
    station = bench(shop)
    bad = "1Z5R89390357567128"  # a check digit off by one
    assert [station.scan(code).code for code in ("#1001", bad, UPS)] == [
        "order_opened",
        "tracking_invalid",
        "dispatched",
    ]
    [pack] = write_packs(shop, ["#1001"], tmp_path / "packs")
    text_of = " ".join(page.extract_text() for page in PdfReader(str(pack.file)).pages)
    story, _, stopped = text_of.partition("What the station stopped")
    assert stopped, "no section for the refused scans"
    assert UPS in story and bad not in story and bad in stopped
