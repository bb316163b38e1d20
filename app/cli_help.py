"""The command line's help and usage errors in the user's language.

Every ``help=`` and ``description=`` of the parser is declared with
``QT_TRANSLATE_NOOP("CliHelp", …)`` where it is written; :class:`TranslatedHelp` says it
in the run's language when help is printed. argparse's own words ("usage:", "options",
"invalid choice: …") go through its module-level ``gettext``; :func:`argparse_in` swaps
that for the catalogue while the parser is built and used.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from typing import Any

from app.catalogue import QT_TRANSLATE_NOOP, translated

HELP_CONTEXT = "CliHelp"
# what argparse itself says to a user (its messages for programmers stay as they are)
ARGPARSE_WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("Argparse", "usage: "),
        QT_TRANSLATE_NOOP("Argparse", "options"),
        QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
        QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    }
)


class TranslatedHelp(argparse.HelpFormatter):
    """argparse's formatter, saying each help text and description in ``lang``."""

    def __init__(self, prog: str, lang: str = "en", **options: Any) -> None:
        super().__init__(prog, **options)
        self._lang = lang

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return translated(HELP_CONTEXT, action.help, self._lang) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        words = translated(HELP_CONTEXT, text, self._lang) if text else text
        super().add_text(words)


@contextlib.contextmanager
def argparse_in(lang: str) -> Iterator[None]:
    """argparse's own words in ``lang`` for as long as the block runs (one run's parse)."""
    english = argparse._  # type: ignore[attr-defined]

    def words(text: str) -> str:
        return translated("Argparse", text, lang) if text in ARGPARSE_WORDS else english(text)

    argparse._ = words  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = english  # type: ignore[attr-defined]
