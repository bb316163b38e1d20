"""The tests' own layout: builders live in ``tests/helpers``, fixtures in conftest files.

A test module that imports another drags that module's fixtures and collection along and
breaks when it is renamed; eight fixtures all called ``shop`` meant eight different shops
behind one word. So: test modules import only from ``tests.helpers``, helpers hold no
fixtures (pytest would not find them there), and ``shop`` is defined once.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

TESTS = Path(__file__).resolve().parent
HELPERS = "tests.helpers"


def modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(TESTS.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def imported(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
        elif isinstance(node, ast.ImportFrom) and node.level:
            yield node.lineno, "." * node.level + (node.module or "")
        elif isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)


def fixtures(tree: ast.Module) -> Iterator[ast.FunctionDef]:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and any(
            "fixture" in ast.unparse(decorator) for decorator in node.decorator_list
        ):
            yield node


def where(path: Path, line: int) -> str:
    return f"{path.relative_to(TESTS.parent)}:{line}"


def test_test_modules_import_only_the_helpers() -> None:
    wrong = [
        f"{where(path, line)} imports {name}"
        for path, tree in modules()
        for line, name in imported(tree)
        if (name == "tests" or name.startswith(("tests.", ".")))
        and not (name == HELPERS or name.startswith(HELPERS + "."))
    ]
    assert not wrong, "import shared code from tests/helpers:\n" + "\n".join(wrong)


def test_helpers_hold_no_fixtures() -> None:
    wrong = [
        f"{where(path, node.lineno)} defines the fixture {node.name}"
        for path, tree in modules()
        if path.is_relative_to(TESTS / "helpers")
        for node in fixtures(tree)
    ]
    assert not wrong, "fixtures belong in a conftest.py:\n" + "\n".join(wrong)


def test_one_shop_fixture() -> None:
    shops = [
        where(path, node.lineno)
        for path, tree in modules()
        for node in fixtures(tree)
        if node.name == "shop"
    ]
    assert shops == ["tests/conftest.py:" + shops[0].rsplit(":", 1)[1]], shops
