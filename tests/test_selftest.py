"""`shipproof selftest`, the resource helper and the resource sets' floors.

Tests point the helper at a copy of the resources by monkeypatching
``app.paths.resource_root`` in the process, rather than through an environment variable:
a variable the app honours would let any environment swap a shop's profiles, rules and
evidence wording unseen, only for the sake of tests that can run ``run()`` in-process.
"""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest

import app
from app import paths, selftest
from app.resource_sets import PLATFORM_PROFILES, RESOURCE_SETS, installed_names, survey
from app.selftest import run
from app.system_libraries import MissingLibrary, WindowCheck
from tests.helpers.cli import shipproof

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
        "window",
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


def _selftest_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *gone: str
) -> dict[str, selftest.Check]:
    """Run the self-test against a copy of the resources that lacks ``gone``."""
    copy = tmp_path / "resources"
    shutil.copytree(paths.resource_root(), copy)
    for name in gone:
        target = copy / name
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    monkeypatch.setattr(paths, "resource_root", lambda: copy)
    return {check.name: check for check in run(f"sqlite:///{tmp_path / 'shop.db'}")}


def test_selftest_names_a_missing_platform_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks = _selftest_without(tmp_path, monkeypatch, "platforms/woocommerce_analytics.yaml")
    assert not checks["resources"].ok
    wanted = len(PLATFORM_PROFILES)
    assert f"platform profiles {wanted - 1} of {wanted}" in checks["resources"].detail
    assert "missing platforms/woocommerce_analytics.yaml" in checks["resources"].detail
    assert not checks["platform profiles"].ok
    assert (
        f"{wanted - 1} platform profiles load, {wanted} ship" in checks["platform profiles"].detail
    )


def test_selftest_names_a_missing_sound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checks = _selftest_without(tmp_path, monkeypatch, "sounds/warning.wav")
    assert not checks["resources"].ok
    assert "sounds 3 of 4, missing sounds/warning.wav" in checks["resources"].detail
    assert checks["platform profiles"].ok and checks["status maps"].ok


def test_selftest_cannot_pass_on_empty_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's install: no profile at all once said "ok platform profiles: 0"."""
    checks = _selftest_without(tmp_path, monkeypatch, "platforms", "status_maps")
    assert not checks["resources"].ok
    assert f"platform profiles 0 of {len(PLATFORM_PROFILES)}" in checks["resources"].detail
    assert "status maps 0 of 4" in checks["resources"].detail
    assert not checks["platform profiles"].ok and not checks["status maps"].ok


def test_a_bundle_is_held_to_its_compiled_translations_and_their_sources(tmp_path: Path) -> None:
    """A bundle needs the .qm (Qt loads them) and the .ts (the core reads their sentences)."""
    copy = tmp_path / "resources"
    shutil.copytree(paths.resource_root(), copy)
    for qm in (copy / "i18n").glob("*.qm"):
        qm.unlink()  # a checkout may hold them, compiled by a bundle build
    translations = {found.set.name: found for found in survey(copy, frozen=True)}["translations"]
    assert translations.missing == ("i18n/shipproof_en.qm", "i18n/shipproof_zh_CN.qm")
    (copy / "i18n" / "shipproof_zh_CN.ts").rename(copy / "i18n" / "shipproof_zh_CN.qm")
    translations = {found.set.name: found for found in survey(copy, frozen=True)}["translations"]
    assert translations.missing == ("i18n/shipproof_en.qm", "i18n/shipproof_zh_CN.ts")
    assert installed_names("fonts/wqy-microhei.ttc", frozen=True) == ("fonts/wqy-microhei.ttc",)


def test_selftest_fails_when_the_window_lacks_system_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lacking = WindowCheck(missing=(MissingLibrary("libxcb-icccm.so.4", "libxcb-icccm4"),))
    monkeypatch.setattr(selftest, "check_window", lambda: lacking)
    monkeypatch.setattr(selftest, "install_command", lambda libraries: "apt-get install X")
    window = {check.name: check for check in run(f"sqlite:///{tmp_path / 'shop.db'}")}["window"]
    assert not window.ok
    assert "the window lacks libxcb-icccm.so.4; install: apt-get install X" in window.detail


def test_selftest_names_the_features_a_missing_library_switches_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    off = WindowCheck(features_off={"printers": (MissingLibrary("libcups.so.2", "libcups2"),)})
    monkeypatch.setattr(selftest, "check_window", lambda: off)
    window = {check.name: check for check in run(f"sqlite:///{tmp_path / 'shop.db'}")}["window"]
    assert window.ok
    assert window.detail == "Qt's system libraries are all here; printers off (lacks libcups.so.2)"


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


def _table_files() -> set[str]:
    return {name for wanted in RESOURCE_SETS for name in wanted.files}


def test_the_resource_helper_finds_every_resource_inside_the_package() -> None:
    """The package's own loader places them, so a wheel and a bundle carry them too."""
    assert paths.resource_root() == Path(app.__file__).parent / "resources"
    assert all(found.complete for found in survey(paths.resource_root(), frozen=False))


def test_every_resource_the_code_names_is_in_a_set() -> None:
    """A file the code reads, or a folder it lists, is held to a floor by the self-test."""
    table = _table_files()
    uncovered = [
        name
        for name in sorted(_named_resources())
        if name not in table and not any(file.startswith(f"{name}/") for file in table)
    ]
    assert len(_named_resources()) > 10
    assert uncovered == [], "add these to RESOURCE_SETS in app/resource_sets.py"


def test_the_sets_name_every_file_of_their_kind() -> None:
    """Beside each named file, every file of the same kind is named: the floor rises with
    the tree (a profile added to platforms/ must be added to the table too)."""
    root = paths.resource_root()
    table = _table_files()
    kinds = {(str(Path(name).parent), Path(name).suffix) for name in table}
    unnamed = sorted(
        path.relative_to(root).as_posix()
        for folder, suffix in kinds
        for path in (root / folder).glob(f"*{suffix}")
        if path.relative_to(root).as_posix() not in table
    )
    assert unnamed == [], "add these to RESOURCE_SETS in app/resource_sets.py"


def test_the_selftest_speaks_chinese_and_its_json_stays_english(tmp_path: Path) -> None:
    """Found in a walk in Chinese: every check's name and findings were English."""
    from tests.helpers.cli import CHINA, shipproof

    said = shipproof(tmp_path / "home", "selftest", lang=CHINA, timeout=300)
    assert said.returncode == 0, said.stdout + said.stderr
    lines = said.stdout.splitlines()[1:]
    assert [line.split("：")[0] for line in lines] == [
        "正常 资源文件",
        "正常 平台格式",
        "正常 状态对照表",
        "正常 规则",
        "正常 窗口",
        "正常 数据库",
        "正常 举证包",
    ]
    assert "个平台格式" in lines[1] and "页" in lines[6]
    as_json = json.loads(shipproof(tmp_path / "home", "selftest", "--json", lang=CHINA).stdout)
    details = {check["check"]: check["detail"] for check in as_json["checks"]}
    assert details["platform profiles"].endswith("platform profiles")


def test_a_tampered_shop_is_named_as_the_shops_file(tmp_path: Path) -> None:
    """Found in review: the failure named the scratch copy and Python's exception."""
    import sqlite3

    from tests.helpers.cli import shipproof, shop_folder
    from tests.helpers.shop import one_dispatched_order

    home = shop_folder(tmp_path / "home", lambda shop: one_dispatched_order(shop, tmp_path))
    with sqlite3.connect(home / "shipproof.db") as connection:
        connection.execute("UPDATE orders SET recipient_name = 'X'")
    said = shipproof(home, "selftest", timeout=300)
    [line] = [line for line in said.stdout.splitlines() if line.startswith("FAIL database")]
    assert f"{home / 'shipproof.db'}: chain orders broken" in line
    assert "copy.db" not in line and "ValueError" not in line
