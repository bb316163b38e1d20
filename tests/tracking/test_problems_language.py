"""What a refresh or a key test says went wrong reads in the shop's language on every face,
while logs and --json keep the English (the text itself)."""

from __future__ import annotations

import json
from pathlib import Path

from app.catalogue import in_language
from app.tracking.problems import PROBLEMS, REASONS, problem, reason
from tests.helpers.cli import CHINA, shipproof, shop_folder
from tests.helpers.shop import one_dispatched_order


def test_a_refused_key_reads_in_chinese_and_stays_english_as_text() -> None:
    refused = problem("bad_key", provider="17TRACK", code=-18010002, reason=reason("invalid_key"))
    assert refused == "17TRACK refused the key (-18010002): invalid key"
    assert json.dumps(refused) == '"17TRACK refused the key (-18010002): invalid key"'
    assert refused.said("zh") == "17TRACK 拒绝了密钥（-18010002）：密钥无效"
    assert in_language("Shipment not found", "zh") == "Shipment not found"  # a provider's own


def test_every_problem_has_a_chinese_sentence() -> None:
    for key, template in {**PROBLEMS, **REASONS}.items():
        words = (
            problem(
                key,
                provider="P",
                minutes=30,
                time="09:00",
                error="E",
                status=503,
                start="x",
                code=1,
                message="M",
                reason="R",
            )
            if key in PROBLEMS
            else reason(key)
        )
        assert words.said("zh") != str(words), (key, template)


def test_the_command_line_says_a_missing_key_in_chinese(tmp_path: Path) -> None:
    home = shop_folder(tmp_path / "home", lambda shop: one_dispatched_order(shop, tmp_path))
    done = shipproof(home, "track", "refresh", lang=CHINA)
    assert done.returncode == 0, done.stderr
    assert "没有 API 密钥：请在设置中添加" in done.stdout
    as_json = json.loads(shipproof(home, "track", "refresh", "--json", lang=CHINA).stdout)
    assert all("has no API key" in error["message"] for error in as_json["errors"])
