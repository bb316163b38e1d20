"""A file whose name is not UTF-8 (a GBK name unpacked from a zip, on Linux) imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.orders.reading import shown_name
from app.paths import resource

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux keeps names as bytes")


def test_the_name_is_shown_with_its_odd_bytes_written_out() -> None:
    assert shown_name(os.fsdecode(b"\xb6\xa9\xb5\xa5.csv")) == "\\xb6\\xa9\\xb5\\xa5.csv"
    assert shown_name("订单.csv") == "订单.csv"


@pytest.mark.parametrize("as_json", [False, True])
def test_an_export_with_a_non_utf8_name_imports_and_is_named_readably(
    tmp_path: Path, as_json: bool
) -> None:
    name = os.fsdecode(str(tmp_path).encode() + b"/\xb6\xa9\xb5\xa5.csv")  # 订单 in GBK
    Path(name).write_bytes(resource("demo", "shopify_orders_export.csv").read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "shop"), "import"]
        + (["--json"] if as_json else [])
        + [name],
        capture_output=True,
        env={**os.environ, "SHIPPROOF_CONFIG_DIR": str(tmp_path / "config"), "LANG": "C.UTF-8"},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    shown = "\\xb6\\xa9\\xb5\\xa5.csv"
    if as_json:
        assert json.loads(done.stdout)["files"][0]["file"].endswith(shown)
    else:
        assert shown in done.stdout.decode("utf-8")
    assert b"Traceback" not in done.stderr
