"""A pack names the newest time-stamp in its integrity section, and says so in red when
today's chains no longer hold what it covered."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.evidence.attachment import FILE_NAME
from app.evidence.files import write_packs
from app.storage import Database
from app.tsa.stamping import anchor
from tests.helpers.anchoring import rewrite_scans
from tests.helpers.shop import one_dispatched_order
from tests.helpers.tsa import Authority, TsaServer

pytestmark = pytest.mark.shop(stocked_by=one_dispatched_order)


def pack_text(shop: Database, path: Path, lang: str = "en") -> str:
    write_packs(shop, ["4001"], path, lang)
    return " ".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", " ")


def test_a_pack_names_the_newest_anchor(
    shop: Database, tsa: TsaServer, authority: Authority, tmp_path: Path
) -> None:
    assert "Anchored by" not in pack_text(shop, tmp_path / "before.pdf")
    anchor(shop, [authority.ca], tsa.url)
    text = pack_text(shop, tmp_path / "after.pdf")
    assert "Anchored by Test TSA Ltd at " in text
    assert "the shop's records up to scan #2" in text and "existed then, as they are now" in text
    chinese = pack_text(shop, tmp_path / "zh.pdf", "zh")
    assert "已由 Test TSA Ltd 于" in chinese and "截至 扫描 #2" in chinese
    attached = json.loads(PdfReader(tmp_path / "after.pdf").attachments[FILE_NAME][0])
    token = base64.b64decode(attached["anchor"]["timestamp_response_base64"])
    assert token and attached["anchor"]["tsa"] == "Test TSA Ltd"  # openssl can check it


def test_a_pack_made_after_a_rewrite_says_the_anchor_is_broken(
    shop: Database, tsa: TsaServer, authority: Authority, tmp_path: Path
) -> None:
    anchor(shop, [authority.ca], tsa.url)
    rewrite_scans(shop)
    text = pack_text(shop, tmp_path / "pack.pdf")
    assert "ANCHOR BROKEN: Test TSA Ltd time-stamped the records up to scan #2" in text
    assert "scans record 2: rewritten since it was anchored" in text
