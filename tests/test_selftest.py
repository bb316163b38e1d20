"""`shipproof selftest` and the resource helper, from source and as a bundle sees them."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest

import app
from app import paths
from app.selftest import REQUIRED_RESOURCES, run
from app.tracking.status import status_map
from tests.e2e.test_cli import shipproof

ROOT = Path(__file__).resolve().parent.parent


def test_selftest_passes_on_a_fresh_installation(tmp_path: Path) -> None:
    done = shipproof(tmp_path / "home", "selftest", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    checks = json.loads(done.stdout)["checks"]
    assert [check["check"] for check in checks] == [
        "resources",
        "platform profiles",
        "status maps",
        "rules",
        "database",
        "evidence pack",
    ]
    assert all(check["ok"] for check in checks)
    assert not (tmp_path / "home" / "shipproof.db").exists(), "a self-test creates nothing"


def test_selftest_names_a_damaged_database_and_leaves_it_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    damaged = home / "shipproof.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    before = damaged.read_bytes()
    done = shipproof(home, "selftest")
    assert done.returncode == 1
    assert "FAIL database" in done.stdout
    assert damaged.read_bytes() == before


def test_selftest_reports_a_missing_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(paths.resource_root(), copy)
    shutil.rmtree(copy / "status_maps")
    monkeypatch.setattr(paths, "resource_root", lambda: copy)
    status_map.cache_clear()  # loaded by earlier tests from the checkout's resources
    checks = {check.name: check for check in run(f"sqlite:///{tmp_path / 'shop.db'}")}
    status_map.cache_clear()
    assert not checks["resources"].ok and "status_maps" in checks["resources"].detail
    assert not checks["status maps"].ok
    assert checks["platform profiles"].ok


def _named_resources() -> set[str]:
    """Every literal ``resource("a", "b")`` path the code asks for."""
    found = set()
    for source in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "resource"
                and node.args
                and all(isinstance(arg, ast.Constant) for arg in node.args)
            ):
                found.add("/".join(str(arg.value) for arg in node.args))  # type: ignore[attr-defined]
    return found


def test_the_resource_helper_finds_every_resource_inside_the_package() -> None:
    """The package's own loader places them, so a wheel and a bundle carry them too."""
    assert paths.resource_root() == Path(app.__file__).parent / "resources"
    wanted = _named_resources() | set(REQUIRED_RESOURCES)
    assert len(wanted) > 10
    missing = [name for name in sorted(wanted) if not paths.resource(*name.split("/")).exists()]
    assert missing == []
