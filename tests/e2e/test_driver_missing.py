"""A PostgreSQL URL on an install without psycopg: a sentence that names the extra, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# a sitecustomize that hides psycopg, as an install without the postgres extra lacks it
HIDE_PSYCOPG = """
import sys
class _Hidden:
    def find_spec(self, name, path=None, target=None):
        if name == "psycopg" or name.startswith("psycopg."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, _Hidden())
"""


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "install ShipProof with its postgres extra"), ("zh", "请安装带 postgres 附加组件")],
)
def test_a_postgresql_url_without_its_driver_says_which_extra_to_install(
    tmp_path: Path, language: str, expected: str
) -> None:
    (tmp_path / "sitecustomize.py").write_text(HIDE_PSYCOPG, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(tmp_path / "shop"),
            "--db",
            "postgresql+psycopg://shop@127.0.0.1:1/shop",
            "orders",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={
            "PYTHONPATH": str(tmp_path),
            "PATH": "/usr/bin:/bin",
            "PYTHONIOENCODING": "utf-8",
            "LANG": "zh_CN.UTF-8" if language == "zh" else "en_US.UTF-8",
            "SHIPPROOF_CONFIG_DIR": str(tmp_path / "config"),
        },
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert expected in result.stderr
    assert "psycopg" in result.stderr
    assert "Traceback" not in result.stderr
