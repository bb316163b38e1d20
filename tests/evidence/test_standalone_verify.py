"""A pack checked by tools/verify_pack.py alone: the standard library and pypdf, no ShipProof.

The script runs in a folder holding only itself and a copy of pypdf, under ``python -E -S
-s`` (no site-packages, no PYTHONPATH, no user site): exactly what a claims agent's IT
person has, and proof that it never imports ``app``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdf
import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import text

from app.dispatch.photos import PhotoStore
from app.dispatch.station import Station
from app.evidence import attachment
from app.evidence.attachment import FILE_NAME, FORMAT, records_document
from app.evidence.facts import gather
from app.evidence.files import write_packs
from app.storage import Database
from app.tracking.config import providers
from app.tracking.refresh import refresh
from app.tracking.simulator import Scenario, Simulator
from tests.helpers.orders import run_import
from tests.helpers.photos import jpeg
from tests.helpers.taobao import write_pair
from tests.helpers.tracking import NOW, SCENARIO, ZTO, serve

ROOT = Path(__file__).resolve().parents[2]
ORDER = "3001"
PHOTO = jpeg((30, 90, 200))
Document = dict[str, Any]


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the script and pypdf only, as a third party would set it up."""
    folder = tmp_path_factory.mktemp("third-party")
    shutil.copy(ROOT / "tools" / "verify_pack.py", folder)
    shutil.copytree(Path(pypdf.__file__).parent, folder / "pypdf")
    return folder


def run(bare: Path, *arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-E", "-S", "-s", str(bare / "verify_pack.py"), *map(str, arguments)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=bare,
        timeout=60,
    )


def stock(database: Database, tmp_path: Path) -> None:
    """An order dispatched with a photo of its parcel, then tracked: scans, facts, events,
    raw answers."""
    orders = [
        {
            "订单编号": f'="{ORDER}"',
            "订单状态": "买家已付款，等待卖家发货",
            "订单创建时间": "2026-09-22 09:00:00",
            "收货人姓名": "王小明",
            "联系手机": "13812348000",
            "收货地址 ": "浙江省 杭州市 西湖区 文三路100号",
        }
    ]
    items = [{"订单编号": f'="{ORDER}"', "标题": "青花瓷茶杯", "价格": "38.00", "购买数量": "2"}]
    run_import(database, *write_pair(tmp_path, orders, items))
    station = Station(
        database,
        "bench-1",
        "Lin",
        clock=lambda: datetime(2026, 9, 22, 9, 30, tzinfo=UTC),
        photos=PhotoStore.of(database),
    )
    station.scan(ORDER)
    assert station.scan(ZTO, photo=PHOTO).code == "dispatched"
    server = serve(Simulator(Scenario.from_json(SCENARIO)))
    refresh(database, providers({"SHIPPROOF_PROVIDER_BASE_URL": next(server)}), clock=lambda: NOW)
    next(server, None)


pytestmark = pytest.mark.shop(stocked_by=stock)


def pack_of(shop: Database, folder: Path, **options: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    [pack] = write_packs(shop, [ORDER], folder / "pack.pdf", now=NOW, **options)
    assert Path(str(pack.file)).read_bytes()[:5] == b"%PDF-"
    return Path(str(pack.file))


def attached(path: Path) -> Document:
    document: Document = json.loads(PdfReader(path).attachments[FILE_NAME][0])
    return document


def rewrite(path: Path, edit: Callable[[Document], None], source: Path | None = None) -> Path:
    """The pack with its attachment edited (or taken from ``source``), as someone holding
    the PDF could."""
    document = attached(source or path)
    edit(document)
    writer = PdfWriter(PdfReader(path), incremental=True)
    for old in list(writer.attachment_list):
        old.delete()
    writer.add_attachment(FILE_NAME, json.dumps(document, ensure_ascii=False).encode())
    out = path.with_name("edited.pdf")
    with out.open("wb") as handle:
        writer.write(handle)
    return out


def record(document: Document, chain: str, which: int = 0) -> dict[str, Any]:
    return [r for r in document["records"] if r["chain"] == chain][which]


def test_the_script_needs_nothing_of_shipproof(bare: Path) -> None:
    for module in ("app", "sqlalchemy", "reportlab"):
        probe = subprocess.run(
            [sys.executable, "-E", "-S", "-s", "-c", f"import {module}"],
            capture_output=True,
            cwd=bare,
        )
        assert probe.returncode != 0, f"{module} is importable where the script runs"
    source = (bare / "verify_pack.py").read_text(encoding="utf-8")
    assert "import app" not in source and "from app" not in source


def test_a_good_pack_verifies_record_by_record(shop: Database, tmp_path: Path, bare: Path) -> None:
    path = pack_of(shop, tmp_path)
    document = attached(path)
    chains = {r["chain"] for r in document["records"]}
    assert document["format"] == FORMAT and {"scans", "events", "snapshots", "facts"} <= chains
    assert any("base64" in r["body"] for r in document["records"] if r["chain"] == "snapshots")
    assert PdfReader(path).metadata["/Keywords"].startswith("shipproof-chain-heads ")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(PHOTO)
    done = run(bare, path, "--photo", photo, "--lang", "en")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "VERIFIED" in done.stdout and "FAILED" not in done.stdout
    for r in document["records"]:
        assert f"{r['chain']} record {r['seq']}" in done.stdout
    assert "shown in the pack is the one the record names" in done.stdout
    assert "photo.jpg is the photo of scans record" in done.stdout
    assert "cannot prove" in done.stdout and "verify --against" in done.stdout


def test_the_pack_file_is_what_its_sha256_says(shop: Database, tmp_path: Path) -> None:
    [pack] = write_packs(shop, [ORDER], tmp_path / "p.pdf", now=NOW)
    data = Path(str(pack.file)).read_bytes()
    assert pack.sha256 == hashlib.sha256(data).hexdigest()  # over the bytes with the file
    assert list(PdfReader(BytesIO(data)).attachments) == [FILE_NAME]


def test_a_chinese_pack_verifies_in_chinese(shop: Database, tmp_path: Path, bare: Path) -> None:
    path = pack_of(shop, tmp_path, lang="zh")
    done = run(bare, path, "--lang", "zh")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "核验通过" in done.stdout and "无法证明" in done.stdout
    texts = [r["content"].get("text", "") for r in attached(path)["records"] if r["content"]]
    assert "【杭州市】快件已揽收" in texts  # carried as UTF-8, hashed as written


def order_fact(document: Document) -> dict[str, Any]:
    """The facts record whose content is the order's."""
    facts: list[dict[str, Any]] = [
        r for r in document["records"] if r["chain"] == "facts" and r["content"]["kind"] == "order"
    ]
    [fact] = facts
    return fact


def test_a_default_pack_carries_every_fact_and_no_phone(
    shop: Database, tmp_path: Path, bare: Path
) -> None:
    """The order fact holds the phone only as a salted SHA-256, so it goes along whole."""
    path = pack_of(shop, tmp_path)
    document = attached(path)
    assert all(r["content"] is not None and "phone" not in r for r in document["records"])
    held = order_fact(document)["content"]["order"]["recipient_phone_sha256"]
    assert len(held) == 64
    assert "13812348000" not in json.dumps(document, ensure_ascii=False)
    done = run(bare, path, "--lang", "en")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "note" not in done.stdout.split("VERIFIED")[0].split()
    assert "buyer's phone" not in done.stdout


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "buyer's phone 13812348000: its salted"), ("zh", "买家手机号 13812348000：其加盐")],
)
def test_a_full_phone_pack_gives_the_phone_to_check(
    shop: Database, tmp_path: Path, bare: Path, lang: str, said: str
) -> None:
    path = pack_of(shop, tmp_path, full_phone=True)
    fact = order_fact(attached(path))
    phone = fact["phone"]
    assert phone["number"] == "13812348000" and len(phone["salt"]) == 32
    committed = hashlib.sha256(f"{phone['salt']}\n{phone['number']}".encode()).hexdigest()
    assert committed == fact["content"]["order"]["recipient_phone_sha256"]
    done = run(bare, path, "--lang", lang)
    assert done.returncode == 0, done.stdout + done.stderr
    assert said in done.stdout


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ({"number": "13800000000"}, "buyer's phone 13800000000 with its salt does not hash"),
        ({"salt": "0" * 32}, "buyer's phone 13812348000 with its salt does not hash"),
        ({"number": None}, "the pack gives no buyer's phone, but the record holds"),
        ({"salt": 7}, "the buyer's phone is not given as a salt and a number"),
    ],
    ids=["number", "salt", "no number", "not a salt"],
)
def test_an_edited_phone_fails_naming_the_record(
    shop: Database, tmp_path: Path, bare: Path, edit: dict[str, Any], expected: str
) -> None:
    path = pack_of(shop, tmp_path, full_phone=True)
    seq = order_fact(attached(path))["seq"]
    done = run(bare, rewrite(path, lambda d: order_fact(d)["phone"].update(edit)), "--lang", "en")
    assert done.returncode == 1, done.stdout
    assert f"FAILED  facts record {seq}: {expected}" in done.stdout
    assert f"ok      facts record {seq}: " in done.stdout  # the content itself still holds


def test_a_phone_for_a_record_that_holds_none_fails(
    shop: Database, tmp_path: Path, bare: Path
) -> None:
    """A phone put beside the parcel's fact, which holds no phone, checks against nothing."""
    path = pack_of(shop, tmp_path, full_phone=True)

    def parcel_fact(document: Document) -> dict[str, Any]:
        facts: list[dict[str, Any]] = [
            r
            for r in document["records"]
            if r["chain"] == "facts" and r["content"]["kind"] == "parcel"
        ]
        [fact] = facts
        return fact

    seq = parcel_fact(attached(path))["seq"]

    def claim(document: Document) -> None:
        parcel_fact(document)["phone"] = order_fact(document)["phone"]

    done = run(bare, rewrite(path, claim), "--lang", "en")
    assert done.returncode == 1, done.stdout
    expected = "the pack gives buyer's phone 13812348000, but the record holds no phone"
    assert f"FAILED  facts record {seq}: {expected}" in done.stdout


@pytest.mark.parametrize(
    ("chain", "edit", "expected"),
    [
        ("events", lambda r: r["content"].update(text="签收人: 邻居"), "does not hash"),
        ("scans", lambda r: r["content"].update(operator="someone else"), "does not hash"),
        ("facts", lambda r: r.update(hash="0" * 63 + "1"), "does not hash"),
        ("snapshots", lambda r: r.update(prev_hash="f" * 64), "does not hash"),
    ],
    ids=["event content", "scan content", "a hash", "a prev_hash"],
)
def test_an_edited_attachment_fails_naming_the_record(
    shop: Database,
    tmp_path: Path,
    bare: Path,
    chain: str,
    edit: Callable[[dict[str, Any]], None],
    expected: str,
) -> None:
    path = pack_of(shop, tmp_path, full_phone=True)
    victim = record(attached(path), chain, -1)
    done = run(bare, rewrite(path, lambda d: edit(record(d, chain, -1))), "--lang", "en")
    assert done.returncode == 1, done.stdout
    assert f"FAILED  {chain} record {victim['seq']}: its content {expected}" in done.stdout


def test_a_record_that_no_longer_links_is_named(shop: Database, tmp_path: Path, bare: Path) -> None:
    """A record re-hashed consistently after its prev_hash was changed: its own hash
    holds, but it no longer names the record before it."""

    def relink(document: Document) -> None:
        second = next(r for r in document["records"] if r["chain"] == "scans" and r["seq"] == 2)
        second["prev_hash"] = "a" * 64
        content = json.dumps(
            second["content"], sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )
        second["hash"] = hashlib.sha256(f"{'a' * 64}\n{content}".encode()).hexdigest()

    done = run(bare, rewrite(pack_of(shop, tmp_path), relink), "--lang", "en")
    assert done.returncode == 1
    assert "scans record 2: does not link to scans record 1 before it" in done.stdout
    assert "FAILED  root" in done.stdout  # and the root hash no longer covers the records


def test_records_moved_into_another_pack_fail(shop: Database, tmp_path: Path, bare: Path) -> None:
    """The attachment of one pack put into a later pack of the same parcel: every record
    still re-hashes, but the root hash printed on the pages is not theirs."""
    earlier = pack_of(shop, tmp_path / "earlier")
    Station(shop, "bench-1", "Lin", clock=lambda: datetime(2026, 9, 26, tzinfo=UTC)).scan(ORDER)
    later = pack_of(shop, tmp_path / "later")
    done = run(bare, rewrite(later, lambda d: None, source=earlier), "--lang", "en")
    assert done.returncode == 1
    assert "is not printed in the pack's text" in done.stdout


def test_an_edited_raw_answer_fails(shop: Database, tmp_path: Path, bare: Path) -> None:
    def swap(document: Document) -> None:
        carried = next(r for r in document["records"] if "base64" in r.get("body", {}))
        carried["body"]["base64"] = base64.b64encode(b'{"status":"delivered"}').decode()

    done = run(bare, rewrite(pack_of(shop, tmp_path), swap), "--lang", "en")
    assert done.returncode == 1
    assert "raw answer does not hash to the SHA-256 in its record" in done.stdout


def test_heads_that_do_not_cover_the_records_fail(
    shop: Database, tmp_path: Path, bare: Path
) -> None:
    path = pack_of(shop, tmp_path)
    reader = PdfReader(path)
    keywords = str(reader.metadata["/Keywords"])
    heads = json.loads(keywords.split(" ", 1)[1])
    for head in heads["heads"]:
        head["seq"] -= 1  # as if the pack claimed to be older than its newest records
    writer = PdfWriter(reader, incremental=True)
    writer.add_metadata({"/Keywords": "shipproof-chain-heads " + json.dumps(heads)})
    out = tmp_path / "older.pdf"
    with out.open("wb") as handle:
        writer.write(handle)
    done = run(bare, out, "--lang", "en")
    assert done.returncode == 1
    assert "is newer than the chain's head" in done.stdout
    assert "the heads in the keywords and in the attachment differ" in done.stdout


def test_a_pack_from_an_edited_database_fails_both_ways(
    shop: Database, tmp_path: Path, bare: Path
) -> None:
    with shop.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE track_events SET text = '已签收' WHERE seq = (SELECT min(seq) FROM track_events)"
            )
        )
    [pack] = write_packs(shop, [ORDER], tmp_path / "p.pdf", now=NOW)
    assert pack.integrity == "failed"
    done = run(bare, str(pack.file), "--lang", "en")
    assert done.returncode == 1
    assert "FAILED  events record 1: its content does not hash" in done.stdout
    assert "the pack itself says its integrity FAILED" in done.stdout


def test_a_deleted_scan_fails_through_the_packs_own_verdict(
    shop: Database, tmp_path: Path, bare: Path
) -> None:
    """A record taken out leaves nothing to re-hash: the pack's own check names the gap
    and the script refuses a pack that says it failed."""
    with shop.engine.begin() as connection:
        connection.execute(text("DELETE FROM scans WHERE seq = 1"))
    [pack] = write_packs(shop, [ORDER], tmp_path / "p.pdf", now=NOW)
    assert pack.integrity == "failed"
    done = run(bare, str(pack.file), "--lang", "en")
    assert done.returncode == 1 and "integrity FAILED" in done.stdout


def test_a_photo_that_is_not_the_parcels_fails(shop: Database, tmp_path: Path, bare: Path) -> None:
    other = tmp_path / "other.jpg"
    other.write_bytes(jpeg((255, 255, 255)))
    done = run(bare, pack_of(shop, tmp_path), "--photo", other, "--lang", "en")
    assert done.returncode == 1 and "other.jpg" in done.stdout
    assert "is not a photo any record of the pack names" in done.stdout


def test_a_long_answer_is_left_out_and_says_so(
    shop: Database, tmp_path: Path, bare: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachment, "MAX_BODY_BYTES", 10)
    path = pack_of(shop, tmp_path)
    bodies = [r["body"] for r in attached(path)["records"] if r["chain"] == "snapshots"]
    assert bodies and all("base64" not in body for body in bodies)
    done = run(bare, path, "--lang", "en")
    assert done.returncode == 0, done.stdout
    assert "raw answer not carried" in done.stdout


def test_the_root_hash_is_the_packs(shop: Database) -> None:
    """The attachment's root and labels recompute PackFacts.root_hash: a chain added to one
    and not the other would fail every pack."""
    with shop.session() as session:
        [facts] = gather(session, ORDER, PhotoStore.of(shop))
    document = records_document(facts, [])
    labels = document["root"]["labels"]
    lines = sorted(f"{labels[r['chain']]}:{r['hash']}" for r in document["records"])
    recomputed = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    assert recomputed == document["root"]["hash"] == facts.root_hash


def test_what_is_not_a_pack_is_refused_clearly(tmp_path: Path, bare: Path) -> None:
    plain = tmp_path / "plain.pdf"
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    buffer = BytesIO()
    writer.write(buffer)
    plain.write_bytes(buffer.getvalue())
    (tmp_path / "note.pdf").write_text("hello", encoding="utf-8")
    for path, expected in (
        (plain, f"carries no {FILE_NAME}"),
        (tmp_path / "note.pdf", "not a PDF"),
        (tmp_path / "gone.pdf", "no such file"),
    ):
        done = run(bare, path, "--lang", "en")
        assert done.returncode == 2 and expected in done.stderr, done.stderr
