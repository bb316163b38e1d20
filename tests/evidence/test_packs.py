"""Evidence packs read back: facts, masked phone, Chinese, fonts, page numbers, tampering."""

from __future__ import annotations

import json
import threading
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from app.evidence.files import EvidenceCancelled, write_packs
from app.storage import Database
from tests.helpers.pdf import embedded_fonts
from tests.helpers.shop import ORDER, two_tracked_orders
from tests.helpers.tracking import NOW, ZTO

pytestmark = pytest.mark.shop(stocked_by=two_tracked_orders)


def read(path: str) -> tuple[list[str], PdfReader]:
    reader = PdfReader(path)
    return [page.extract_text().replace("\n", " ") for page in reader.pages], reader


def test_pack_sections_read_back(shop: Database, tmp_path: Path) -> None:
    [pack] = write_packs(shop, [ORDER], tmp_path / "packs", lang="zh", now=NOW)
    assert pack.integrity == "ok" and str(pack.file).endswith(f"evidence-3001-{ZTO}.pdf")
    pages, reader = read(str(pack.file))
    everything = " ".join(pages)
    assert "举证包" in everything and "青花瓷茶杯" in everything
    assert "138****8000" in everything and "13812348000" not in everything
    assert "快件已到达【北京转运中心】" in everything  # the carrier's own words, Chinese intact
    # the packing record, the station's words said in Chinese from their key and values
    assert f"订单 3001 已发货，运单号 {ZTO}" in everything and "bench-1" in everything
    assert "dispatched" not in everything
    assert "数据完整" in everything and "时效分析" in everything and "各段用时" in everything
    assert all(f"第 {n} 页，共 {len(pages)} 页" in page for n, page in enumerate(pages, start=1))
    assert all(embedded for _font, embedded in embedded_fonts(reader))


def test_english_full_phone_and_letter(shop: Database, tmp_path: Path) -> None:
    [pack] = write_packs(
        shop, [ORDER], tmp_path / "one.pdf", lang="en", full_phone=True, page_size="letter", now=NOW
    )
    pages, reader = read(str(pack.file))
    everything = " ".join(pages)  # the recipient is among the details, after page one
    assert "13812348000" in everything and "full phone number is shown" in everything
    assert "page 1 of" in pages[0] and "Evidence pack" in pages[0]
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]


def test_tampering_fails_this_pack_and_not_the_others(shop: Database, tmp_path: Path) -> None:
    with shop.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE track_events SET text = 'delivered to neighbour' WHERE id = (SELECT min(id) FROM track_events)"
            )
        )
    tampered, untouched = write_packs(shop, [ORDER, "3002"], tmp_path / "packs", now=NOW)
    assert tampered.integrity == "failed" and untouched.integrity == "ok"
    pages, _ = read(str(tampered.file))
    assert "INTEGRITY FAILED" in pages[0] and "changed after it was written" in " ".join(pages)


def test_a_removed_raw_answer_fails_the_pack(shop: Database, tmp_path: Path) -> None:
    import sqlite3

    path = shop.engine.url.database
    assert path
    with sqlite3.connect(path) as connection:  # a plain connection: no foreign keys to stop it
        connection.execute(
            "DELETE FROM snapshots WHERE id = (SELECT snapshot_id FROM track_events LIMIT 1)"
        )
    [pack] = write_packs(shop, [ORDER], tmp_path / "packs", now=NOW)
    assert pack.integrity == "failed"


def test_evidence_command(shop: Database, tmp_path: Path) -> None:
    import subprocess
    import sys

    url = str(shop.engine.url)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            url,
            "evidence",
            ORDER,
            "-o",
            str(tmp_path / "out"),
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    [pack] = json.loads(done.stdout)["packs"]
    assert (
        set(pack) == {"order_id", "file", "pages", "sha256", "integrity"}
        and pack["integrity"] == "ok"
    )
    missing = subprocess.run(
        [sys.executable, "-m", "app", "--db", url, "evidence", "nope", "-o", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert missing.returncode == 1 and "no such order" in missing.stderr


def test_a_cancelled_batch_writes_nothing(shop: Database, tmp_path: Path) -> None:
    cancel = threading.Event()
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, order_id: str) -> None:
        seen.append((done, total, order_id))
        if done == 1:
            cancel.set()

    with pytest.raises(EvidenceCancelled):
        write_packs(shop, [ORDER, "3002"], tmp_path / "packs", progress=progress, cancel=cancel)
    assert seen == [(0, 2, ORDER), (1, 2, "3002")]
    assert not (tmp_path / "packs").exists()


def test_the_appendix_lists_every_answer_and_raw_text_on_request(
    shop: Database, tmp_path: Path
) -> None:
    [plain] = write_packs(shop, [ORDER], tmp_path / "plain.pdf", now=NOW)
    [raw] = write_packs(shop, [ORDER], tmp_path / "raw.pdf", now=NOW, raw=True)
    plain_text = " ".join(read(str(plain.file))[0])
    raw_text = " ".join(read(str(raw.file))[0]).replace(" ", "")
    with shop.session() as session:
        answers = session.execute(text("SELECT sha256, body, numbers FROM snapshots")).all()
    mine = [a for a in answers if ZTO in a.numbers]
    assert mine and all(a.sha256 in plain_text.replace(" ", "") for a in mine)
    assert "Appendix: raw carrier answers" in plain_text
    for answer in mine:
        sample = answer.body.decode()[:40].replace(" ", "")
        if len(json.loads(answer.numbers)) == 1:
            assert sample in raw_text and sample not in plain_text.replace(" ", "")
        else:  # shared with other buyers' parcels: withheld
            assert "protectthosebuyers" in raw_text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_returned_parcel_reads_as_an_argument(lang: str) -> None:
    from types import SimpleNamespace

    from app.evidence.analysis import analyse
    from app.evidence.pack import timeliness_sentences
    from app.evidence.words import Finding, Name, Words

    def event(seq: int, time: str, status: str, words: str) -> SimpleNamespace:
        return SimpleNamespace(
            seq=seq, event_time=time, status=status, text=words, location="杭州", provider="x"
        )

    facts = SimpleNamespace(
        scans=[
            SimpleNamespace(
                seq=2,
                code="dispatched",
                scanned_at="2026-09-22T09:30:00+00:00",
                tracking_number=ZTO,
            )
        ],
        order=SimpleNamespace(
            dispatch_by="2026-09-23T00:00:00+00:00",
            created_at=None,
            paid_at=None,
            store=SimpleNamespace(platform="taobao", name="default"),
        ),
        shipment=SimpleNamespace(carrier="zto", tracking_number=ZTO),
        parcel_status="returned",
        events=[
            event(1, "2026-09-22T18:00:00+00:00", "picked_up", "已揽收"),
            event(2, "2026-09-25T10:00:00+00:00", "returning", "收件人拒收，退回"),
            event(3, "2026-09-27T10:00:00+00:00", "returned", "已退回寄件人"),
        ],
    )
    analysis = analyse(facts, NOW)  # type: ignore[arg-type]
    words = Words(lang, UTC)
    sentences = timeliness_sentences(analysis, words)
    day = "25 Sep 2026" if lang == "en" else "2026年9月25日"
    assert any("收件人拒收，退回" in s and day in s for s in sentences)
    returned = words.finding(Finding("not_delivered", {"status": Name("statuses", "returned")}))
    assert returned in sentences and "returned" not in returned.split()
    # 64 h of silence before the refusal: the carrier's delay, named
    assert analysis.verdict.key == "verdict_carrier"
    [stall] = analysis.delays
    assert (stall.party, stall.finding.key, stall.end - stall.start) == (
        "carrier",
        "delay_stall",
        timedelta(hours=64),
    )
    assert words.finding(stall.finding).startswith("ZTO Express" if lang == "en" else "中通快递")


def test_an_edited_scan_fails_only_its_orders_pack(shop: Database, tmp_path: Path) -> None:
    with shop.engine.begin() as connection:
        connection.execute(text("UPDATE scans SET operator = 'someone else' WHERE seq = 2"))
    edited, untouched = write_packs(shop, [ORDER, "3002"], tmp_path / "packs", now=NOW)
    assert edited.integrity == "failed" and untouched.integrity == "ok"
    everything = " ".join(read(str(edited.file))[0])
    assert "INTEGRITY FAILED" in everything and "scans record 2: changed" in everything


@pytest.mark.parametrize(
    ("variables", "expected"),
    [({"LANG": "zh_CN.UTF-8"}, "zh"), ({"LANG": "en_GB.UTF-8"}, "en"), ({"LC_ALL": "zh_TW"}, "zh")],
)
def test_the_default_language_follows_the_system(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str
) -> None:
    from app.i18n import system_language

    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert system_language() == expected


def test_scan_words_edited_beside_the_hash_are_not_said(shop: Database, tmp_path: Path) -> None:
    """A scan's key and values are outside its hash: edited in the database, the pack says
    the hashed English words instead, and the records still verify."""
    with shop.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE scans SET message_values = json_set(message_values, '$.number',"
                " '99999999999999') WHERE code = 'dispatched'"
            )
        )
    [pack] = write_packs(shop, [ORDER], tmp_path / "packs", lang="zh", now=NOW)
    everything = " ".join(read(str(pack.file))[0])
    assert pack.integrity == "ok"
    assert "99999999999999" not in everything
    assert f"order 3001 dispatched with {ZTO}" in everything, everything
