"""The command line's messages: each in the Linguist catalogue, in Chinese, fitting its fields.

app/cli.py passes every message it prints to ``app.i18n.translate`` as
``QT_TRANSLATE_NOOP("Cli", "English template")``, which is how lupdate finds it. A call
without the marker would never reach the catalogue and stay English in the middle of
Chinese, so the calls' shape is read from the source; whether each message has a finished
Chinese sentence with the same placeholders is asked of the catalogue itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

from app.catalogue import placeholders, translated
from app.i18n import CLI_CONTEXT, translate

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


def _marked(node: ast.expr) -> str | None:
    """The template of ``QT_TRANSLATE_NOOP("Cli", "template")``; None for anything else."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
    ):
        return None
    context, text = node.args
    if not (isinstance(context, ast.Constant) and context.value == CLI_CONTEXT):
        return None
    return text.value if isinstance(text, ast.Constant) and isinstance(text.value, str) else None


def _messages() -> dict[str, int]:
    """Every English template app/cli.py translates → the line of its first use."""
    found: dict[str, int] = {}
    for call in _translate_calls():
        template = _marked(call.args[0]) if call.args else None
        if template is not None:
            found.setdefault(template, call.lineno)
    return found


def test_the_command_line_uses_the_catalogue() -> None:
    assert len(_messages()) >= 25


def test_every_message_is_marked_for_the_catalogue() -> None:
    """A template lupdate cannot see would never be translated."""
    unmarked = [
        f"app/cli.py:{call.lineno}"
        for call in _translate_calls()
        if not call.args or _marked(call.args[0]) is None
    ]
    assert unmarked == [], 'translate() needs QT_TRANSLATE_NOOP("Cli", "literal template")'


def test_every_message_has_a_finished_chinese_sentence_with_its_placeholders() -> None:
    """The catalogue gives the English back when the Chinese is missing or does not fit."""
    english = [
        f"app/cli.py:{line}: {text!r}"
        for text, line in _messages().items()
        if translated(CLI_CONTEXT, text, "zh") == text
    ]
    assert english == [], "run tools/update_translations.py and translate them in the .ts"


def test_calls_fill_exactly_the_placeholders() -> None:
    """Checked where the fields are spelled out (a ``**mapping`` is checked at run time)."""
    wrong = []
    for call in _translate_calls():
        template = _marked(call.args[0]) if call.args else None
        if template is None or any(keyword.arg is None for keyword in call.keywords):
            continue
        given = {keyword.arg for keyword in call.keywords if keyword.arg is not None}
        if given != placeholders(template):
            wrong.append(f"app/cli.py:{call.lineno}: {template!r} given {sorted(given)}")
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
        and _callee(node.args[0])
        not in {"translate", "say", "said", "str", "strip"}  # say, said: the core's words
    ]
    assert untranslated == []


def test_translate_speaks_chinese_and_falls_back_to_english() -> None:
    assert translate("{count} orders", "zh", count=3) == "共 3 个订单"
    assert translate("{count} orders", "en", count=3) == "3 orders"
    assert translate("{count} apples", "zh", count=3) == "3 apples"  # not in the catalogue
    assert translate("no such order: {order}", "zh", order="{x}") == "找不到订单：{x}"
