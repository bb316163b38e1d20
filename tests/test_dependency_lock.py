"""requirements/ci.txt must hold what pyproject.toml asks for.

The test command installs the lock, then the project with --no-deps: a dependency added to
pyproject.toml without regenerating the lock would be missing from every CI build, and a
bound moved past the pinned version would go untested. This says which, and how to fix it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "ci.txt"
LOCKED_EXTRAS = ("test", "bundle")  # tools/lock_dependencies.sh passes these to uv
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")
FIX = "run bash tools/lock_dependencies.sh, then README's test command"


def _pins(text: str) -> dict[str, list[str]]:
    """Every pinned version by package name (a universal lock may pin one per Python)."""
    pins: dict[str, list[str]] = {}
    for line in text.splitlines():
        match = PIN.match(line)
        if match:
            pins.setdefault(canonicalize_name(match[1]), []).append(match[2])
    return pins


def _requirements(project: dict[str, object], build: list[str]) -> list[Requirement]:
    """The runtime dependencies, the locked extras (self-references followed) and the build."""
    optional = project["optional-dependencies"]
    assert isinstance(optional, dict)
    dependencies = project["dependencies"]
    assert isinstance(dependencies, list)
    found = [Requirement(text) for text in [*dependencies, *build]]
    pending, seen = list(LOCKED_EXTRAS), set()
    while pending:
        extra = pending.pop()
        if extra in seen:
            continue
        seen.add(extra)
        for text in optional[extra]:
            requirement = Requirement(text)
            if canonicalize_name(requirement.name) == "shipproof":
                pending.extend(requirement.extras)
            else:
                found.append(requirement)
    return found


def _pyproject() -> tuple[dict[str, object], list[str]]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["project"], data["build-system"]["requires"]


def _lock_problems(lock: str, requirements: list[Requirement]) -> list[str]:
    """What the lock misses, or pins outside pyproject's bounds, one sentence each."""
    pins = _pins(lock)
    problems = []
    for requirement in requirements:
        versions = pins.get(canonicalize_name(requirement.name))
        if not versions:
            problems.append(f"{requirement} is not in requirements/ci.txt")
        elif not any(requirement.specifier.contains(v, prereleases=True) for v in versions):
            problems.append(f"{requirement}: the lock pins {', '.join(versions)}")
    return problems


def test_every_dependency_is_locked_within_its_bounds() -> None:
    problems = _lock_problems(LOCK.read_text(encoding="utf-8"), _requirements(*_pyproject()))
    assert not problems, f"{'; '.join(problems)}: {FIX}"


def test_every_pin_carries_hashes() -> None:
    text = LOCK.read_text(encoding="utf-8")
    # one entry per pin: its line, its --hash lines and its "# via" comments
    entries = [e for e in re.split(r"\n(?=[A-Za-z0-9])", text) if PIN.match(e)]
    assert len(entries) == sum(len(v) for v in _pins(text).values())
    unhashed = [entry.split()[0] for entry in entries if "--hash=sha256:" not in entry]
    assert not unhashed, f"pinned without a hash: {unhashed}: {FIX}"


@pytest.mark.parametrize(
    ("lock", "problem"),
    [
        ("alembic==1.20.1\n", "pyside6<6.12,>=6.8 is not in requirements/ci.txt"),
        ("PySide6==6.12.0\n", "pyside6<6.12,>=6.8: the lock pins 6.12.0"),
    ],
)
def test_a_stale_lock_is_named(lock: str, problem: str) -> None:
    assert problem in _lock_problems(lock, [Requirement("pyside6>=6.8,<6.12")])
