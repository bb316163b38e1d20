"""Platform checklists: data for every platform, each item ✔ / ✘ / — from a named record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml
from pypdf import PdfReader

from app.evidence.analysis import analyse
from app.evidence.checklist import (
    MET,
    NOT_MET,
    UNKNOWN,
    ChecklistError,
    Evidence,
    answer,
    checklists,
    load_checklists,
)
from app.evidence.context import Upload
from app.evidence.words import Words
from app.paths import resource
from app.storage import Database

START = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # the order is paid
BRIEF = "taobao pinduoduo jd douyin wechat_shop shopify woocommerce amazon ebay etsy shopee tiktok"


def at(hours: float) -> datetime:
    return START + timedelta(hours=hours)


def parcel(
    platform: str,
    dispatched: float | None = 10,
    dispatch_by: float | None = 48,
    events: tuple[tuple[float, str, str], ...] = (),
    status: str | None = None,
    city: str | None = "Dublin",
    postcode: str | None = "D02 X285",
    photos: tuple[bytes | None, ...] = (),
    items: int = 0,
) -> Any:
    """A parcel's facts as the checks read them; hours counted from payment."""
    scans = [
        SimpleNamespace(
            seq=10 + n,
            code="item_ok",
            scanned_at=at(9).isoformat(),
            tracking_number=None,
            photo_sha256=None,
        )
        for n in range(items)
    ]
    if dispatched is not None:
        scans.append(
            SimpleNamespace(
                seq=20,
                code="dispatched",
                scanned_at=at(dispatched).isoformat(),
                tracking_number="1Z999",
                carrier="ups",
                photo_sha256="ab" * 32,
            )
        )
    recorded = [
        SimpleNamespace(
            seq=40 + n,
            event_time=at(hours).isoformat(),
            status=kind,
            text=kind.capitalize(),
            location=place,
            provider="17track",
        )
        for n, (hours, kind, place) in enumerate(events)
    ]
    return SimpleNamespace(
        order=SimpleNamespace(
            created_at=at(0).isoformat(),
            paid_at=at(0).isoformat(),
            dispatch_by=at(dispatch_by).isoformat() if dispatch_by is not None else None,
            store=SimpleNamespace(platform=platform, name="default"),
            status="dispatched" if dispatched else "awaiting_dispatch",
            carrier=None,
            tracking_number=None,
            recipient_city=city,
            recipient_postcode=postcode,
        ),
        shipment=SimpleNamespace(carrier="ups", tracking_number="1Z999") if dispatched else None,
        scans=scans,
        events=recorded,
        parcel_status=status or (recorded[-1].status if recorded else "pending"),
        photos=[(scans[-1], data) for data in photos],
    )


def states(
    platform: str, facts: Any, now: float = 200, uploads: tuple[float, ...] = ()
) -> list[str]:
    checklist = checklists()[platform]
    analysis = analyse(facts, at(now), checklist.dispatch_hours)
    files = [Upload(n + 1, platform, f"/x/upload-{n}.csv", at(h)) for n, h in enumerate(uploads)]
    return [reply.state for _item, reply in answer(checklist, Evidence(facts, analysis, files))]


DELIVERED = (
    (12, "picked_up", "Shenzhen"),
    (60, "in_transit", "Leipzig"),
    (90, "delivered", "Dublin D02 X285"),
)


def test_every_platform_has_a_checklist() -> None:
    profiles = [
        yaml.safe_load(path.read_text("utf-8"))["platform"]
        for path in resource("platforms").glob("*.yaml")
    ]
    assert set(profiles) | set(BRIEF.split()) <= set(checklists())
    for checklist in checklists().values():
        assert checklist.items and all(
            set(item.question) == {"en", "zh"} for item in checklist.items
        )
        assert all("{" not in text for item in checklist.items for text in item.question.values())


@pytest.mark.parametrize(
    ("platform", "facts", "uploads", "expected"),
    [
        # eBay: everything on record
        ("ebay", parcel("ebay", events=DELIVERED), (20,), [MET, MET, MET, MET, MET]),
        # uploaded after delivery, delivered elsewhere than the order's address
        (
            "ebay",
            parcel("ebay", events=DELIVERED, city="Cork", postcode="T12 AB34"),
            (95,),
            [MET, NOT_MET, MET, MET, NOT_MET],
        ),
        # nothing recorded yet: never a tick
        ("ebay", parcel("ebay", dispatch_by=None), (), [UNKNOWN] * 5),
        # Taobao: no promise on the order, so 48 h after payment; pickup 30 h after 发货
        (
            "taobao",
            parcel("taobao", dispatch_by=None, events=((40, "picked_up", "杭州"),), items=2),
            (),
            [MET, NOT_MET, MET, UNKNOWN, UNKNOWN, MET],
        ),
        # dispatched 60 h after payment against Taobao's 48 h; the photo kept
        (
            "taobao",
            parcel(
                "taobao",
                dispatched=60,
                dispatch_by=None,
                photos=(b"jpeg",),
                events=((62, "picked_up", "杭州"), (80, "delivered", "北京")),
            ),
            (),
            [NOT_MET, MET, MET, MET, MET, UNKNOWN],
        ),
        # Pinduoduo: returned to the sender, never signed for; its first scan 140 h after 发货
        (
            "pinduoduo",
            parcel("pinduoduo", events=((150, "returned", "杭州"),)),
            (),
            [MET, NOT_MET, MET, NOT_MET, UNKNOWN, UNKNOWN],
        ),
        # Amazon: confirmed in time, but the carrier's first scan came after ship-by
        (
            "amazon",
            parcel("amazon", events=((50, "picked_up", "Shenzhen"), (90, "delivered", "Dublin"))),
            (),
            [MET, MET, NOT_MET, MET],
        ),
        # Etsy: shipped after the ship-by date, delivered in the order's city
        (
            "etsy",
            parcel("etsy", dispatched=50, events=DELIVERED, postcode=None),
            (),
            [NOT_MET, MET, MET, MET],
        ),
        # TikTok: the label only (no carrier scan) when the dispatch deadline passed
        (
            "tiktok",
            parcel("tiktok", events=((11, "info_received", ""),)),
            (),
            [NOT_MET, MET, UNKNOWN, UNKNOWN],
        ),
        # Shopee: the photo's file no longer matches its hash
        (
            "shopee",
            parcel("shopee", photos=(None,), events=DELIVERED),
            (),
            [MET, MET, MET, MET, NOT_MET],
        ),
        # Shopify and WooCommerce: ship date, carrier, number; delivered, no address on record
        (
            "shopify",
            parcel("shopify", events=DELIVERED, city=None, postcode=None),
            (),
            [MET, MET, MET, UNKNOWN],
        ),
        ("woocommerce", parcel("woocommerce", dispatched=None), (), [UNKNOWN] * 4),
        # WeChat shop: 48 h after payment unless agreed; Douyin and JD by the order's promise
        (
            "wechat_shop",
            parcel("wechat_shop", dispatch_by=None, dispatched=50),
            (),
            [NOT_MET, MET, UNKNOWN, UNKNOWN],
        ),
        (
            "douyin",
            parcel("douyin", events=((20, "picked_up", "杭州"),)),
            (),
            [MET, MET, MET, UNKNOWN, UNKNOWN],
        ),
        ("jd", parcel("jd", dispatched=None), (), [NOT_MET, UNKNOWN, UNKNOWN, UNKNOWN]),
    ],
)
def test_each_item_answers_from_the_records(
    platform: str, facts: Any, uploads: tuple[float, ...], expected: list[str]
) -> None:
    assert states(platform, facts, uploads=uploads) == expected


@pytest.mark.parametrize("platform", sorted(BRIEF.split()))
def test_no_tick_without_a_record(platform: str) -> None:
    """No dispatch scan, no carrier event, no upload, no photo: nothing is ✔."""
    assert MET not in states(platform, parcel(platform, dispatched=None, dispatch_by=None))


def test_each_answer_names_its_record() -> None:
    checklist = checklists()["ebay"]
    facts = parcel("ebay", events=DELIVERED)
    analysis = analyse(facts, at(200))
    evidence = Evidence(facts, analysis, [Upload(3, "ebay", "/exports/ebay-1.csv", at(20))])
    words = Words("en", UTC)
    told = [words.finding(reply.record) for _item, reply in answer(checklist, evidence)]
    assert told == [
        "3 carrier events for 1Z999 from 17TRACK; the first, event #40, 2 Nov 2026 20:00",
        "upload file #3 (ebay-1.csv) made 3 Nov 2026 04:00, before delivery (event #42, 6 Nov 2026 02:00)",
        "scan #20, 2 Nov 2026 18:00: 38 h before the promise 4 Nov 2026 08:00 (the order's promise)",
        "carrier event #42: delivered 6 Nov 2026 02:00, “Delivered” (Dublin D02 X285)",
        "carrier event #42 (Dublin D02 X285) names the order's postcode D02 X285",
    ]


@pytest.mark.parametrize(
    ("city", "place", "matches"),
    [
        ("York", "New York, NY", False),
        ("New York", "NEW YORK NY 10001", True),
        ("北京市", "北京", True),
        ("杭州市", "【杭州市】快件已签收", True),
        ("Dublin", "Dublinia Museum", False),
    ],
)
def test_a_city_matches_whole_words_only(city: str, place: str, matches: bool) -> None:
    facts = parcel("etsy", events=((90, "delivered", place),), city=city, postcode=None)
    assert states("etsy", facts)[2] == (MET if matches else NOT_MET)


def test_a_postcode_matches_as_a_whole() -> None:
    near = parcel("ebay", events=((90, "delivered", "DUBLIN 100012"),), city=None, postcode="10001")
    assert states("ebay", near)[4] == NOT_MET
    exact = parcel("ebay", events=((90, "delivered", "NY 10001"),), city=None, postcode="10001")
    assert states("ebay", exact)[4] == MET


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        ({"check": "guess", "en": "a", "zh": "b"}, "unknown check"),
        ({"check": "tracking_valid", "en": "a"}, "no zh text"),
        ({"check": "dispatched_by_promise", "en": "{hours} h", "zh": "{hours} 小时"}, "hours"),
        ({"check": "pickup_within_hours", "en": "a", "zh": "b"}, "needs hours"),
    ],
)
def test_bad_checklist_data_is_refused(tmp_path: Path, item: dict[str, str], reason: str) -> None:
    data = {"platforms": {"x": {"dispute": {"en": "d", "zh": "d"}, "items": [item]}}}
    path = tmp_path / "checklists.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ChecklistError, match=reason):
        load_checklists(path)


def test_the_upload_files_and_the_zone_come_from_the_shop(
    database: Database, tmp_path: Path
) -> None:
    """An upload file ShipProof wrote names the parcel; no zone set: this computer's, said so."""
    from app.dispatch.shipping_export import export_shipping
    from app.evidence.context import gather_context
    from app.evidence.facts import gather
    from app.evidence.files import write_packs
    from tests.helpers.orders import run_import
    from tests.helpers.photos import bench
    from tests.helpers.shopify import order_rows, write_export
    from tests.helpers.tracking import UPS

    rows = order_rows("#1001", "2026-09-20 10:00:00 +0000", [(1, "Blue Mug", "10.00", "MUG")])
    run_import(database, write_export(tmp_path / "shopify.csv", rows))
    station = bench(database)
    station.scan("#1001")
    assert station.scan(UPS).code == "dispatched"
    upload = tmp_path / "upload" / "shopify-tracking.csv"
    export_shipping(database, "shopify", upload, ZoneInfo("UTC"))
    with database.session() as session:
        [facts] = gather(session, "#1001")
        context = gather_context(session, facts)
    assert [(u.platform, u.file) for u in context.uploads] == [("shopify", str(upload))]
    assert not context.zone_is_shops and context.shop_name == ""
    [pack] = write_packs(database, ["#1001"], tmp_path / "packs")
    first = PdfReader(str(pack.file)).pages[0].extract_text()
    assert "Times in this computer's zone" in " ".join(first.split())
