"""The command line's Chinese messages: complete, fitting their fields, nothing stale.

app/cli.py passes every message it prints, as a literal English template, to
``app.i18n.translate``; app/resources/i18n/cli.zh.yaml maps each one to Chinese. Reading the
calls from the source catches a new message nobody translated before a user sees English
in the middle of Chinese, and a placeholder renamed on one side only.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from app import i18n
from app.i18n import cli_catalog, placeholders, translate

CLI = Path(__file__).resolve().parent.parent / "app" / "cli.py"


def _tree() -> ast.Module:
    return ast.parse(CLI.read_text(encoding="utf-8"))


def _translate_calls() -> list[ast.Call]:
    return [
        node
        for node in ast.walk(_tree())
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "translate"
    ]


def _messages() -> dict[str, int]:
    """Every English template app/cli.py translates → the line of its first use."""
    found: dict[str, int] = {}
    for call in _translate_calls():
        first = call.args[0] if call.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.setdefault(first.value, call.lineno)
    return found


def test_the_command_line_uses_the_catalog() -> None:
    assert len(_messages()) >= 25


def test_every_message_is_a_literal_template() -> None:
    """A computed first argument could not be checked against the catalog."""
    computed = [
        f"app/cli.py:{call.lineno}"
        for call in _translate_calls()
        if not (
            call.args
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
        )
    ]
    assert computed == [], "translate() needs a literal English template"


def test_every_message_has_a_chinese_entry() -> None:
    catalog = cli_catalog()
    missing = [
        f"app/cli.py:{line}: {text!r}"
        for text, line in _messages().items()
        if not catalog.get(text, "").strip()
    ]
    assert missing == [], "add these to app/resources/i18n/cli.zh.yaml"


def test_chinese_entries_use_the_same_placeholders() -> None:
    differing = [
        f"{english!r}: {sorted(placeholders(english))} vs {sorted(placeholders(chinese))}"
        for english, chinese in cli_catalog().items()
        if placeholders(english) != placeholders(chinese)
    ]
    assert differing == []


def test_no_stale_entries() -> None:
    used = set(_messages())
    stale = [english for english in cli_catalog() if english not in used]
    assert stale == [], "app/cli.py no longer prints these: remove them from cli.zh.yaml"


def test_calls_fill_exactly_the_placeholders() -> None:
    """Checked where the fields are spelled out (a ``**mapping`` is checked at run time)."""
    wrong = []
    for call in _translate_calls():
        first = call.args[0] if call.args else None
        if not isinstance(first, ast.Constant) or not isinstance(first.value, str):
            continue
        if any(keyword.arg is None for keyword in call.keywords):
            continue
        given = {keyword.arg for keyword in call.keywords if keyword.arg is not None}
        if given != placeholders(first.value):
            wrong.append(f"app/cli.py:{call.lineno}: {first.value!r} given {sorted(given)}")
    assert wrong == []


def _callee(node: ast.expr) -> str | None:
    """``translate`` for ``translate(…)``, ``strip`` for ``str(error).strip(…)``."""
    if not isinstance(node, ast.Call):
        return None
    if isinstance(node.func, ast.Name):
        return node.func.id
    return node.func.attr if isinstance(node.func, ast.Attribute) else None


def test_command_errors_are_translated_or_come_from_the_core() -> None:
    """A CommandError carries a translated frame, or the core's own message as it is."""
    untranslated = [
        f"app/cli.py:{node.lineno}"
        for node in ast.walk(_tree())
        if _callee(node) == "CommandError"
        and isinstance(node, ast.Call)
        and _callee(node.args[0]) not in {"translate", "str", "strip"}
    ]
    assert untranslated == []


def test_the_catalog_file_is_a_flat_mapping_of_strings() -> None:
    path = i18n.resource("i18n", "cli.zh.yaml")
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in loaded.items())


def test_translate_speaks_chinese_and_falls_back_to_english() -> None:
    assert translate("{count} orders", "zh", count=3) == "共 3 个订单"
    assert translate("{count} orders", "en", count=3) == "3 orders"
    assert translate("{count} apples", "zh", count=3) == "3 apples"  # not in the catalog
    assert translate("no such order: {order}", "zh", order="{x}") == "找不到订单：{x}"


def test_a_broken_catalog_leaves_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "cli.zh.yaml").write_text("- not: [a mapping", encoding="utf-8")
    monkeypatch.setattr(i18n, "resource", lambda *parts: tmp_path.joinpath(*parts))
    cli_catalog.cache_clear()
    try:
        assert translate("{count} orders", "zh", count=3) == "3 orders"
    finally:
        cli_catalog.cache_clear()
