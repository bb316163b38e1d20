"""The files a wheel gets carry every resource the app reads.

A wheel holds what setuptools' ``build_py`` step copies: the packages and their package
data, chosen by the ``[tool.setuptools]`` tables. That step runs here on a copy of the
sources (so the checkout gets no build/ or egg-info litter), with this venv's setuptools
and no registry: the venv has no ``wheel`` package for a full build, and needs none for
this. A package-data glob that misses a file fails in the default suite; .ci/run builds
the real wheel, installs it in a fresh venv and runs ``shipproof`` from it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import app

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(app.__file__).parent


def _built_package(tmp_path: Path) -> Path:
    """What ``build_py`` puts in the build folder the wheel is made of."""
    source = tmp_path / "source"
    shutil.copytree(PACKAGE, source / "app", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    built = tmp_path / "built"
    build_py = ["-q", "build_py", "--build-lib", str(built)]
    done = subprocess.run(
        [sys.executable, "-c", "import setuptools; setuptools.setup()", *build_py],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return built / "app"


def _files(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_wheel_gets_every_resource_file_and_the_migrations(tmp_path: Path) -> None:
    built = _built_package(tmp_path)
    for data in ("resources", "storage/migrations"):
        wanted = _files(PACKAGE / data)
        assert wanted, data
        assert sorted(wanted - _files(built / data)) == [], f"not in the wheel: app/{data}"
    assert len(_files(built / "resources")) > 70  # a wheel without its data has none
    assert (built / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert (built / "resources" / "i18n" / "shipproof_zh_CN.ts").is_file()
