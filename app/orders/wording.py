"""An import's problems in the user's language, for the command line.

Each problem key of :data:`app.orders.issues.IMPORT_MESSAGES` is declared once for the
catalogue (:mod:`app.catalogue`, context ``ImportProblem``); the command line reads its
translation from the same Linguist file the app shows, so every face says one sentence
for each problem. A problem without a key (a library's own words), without a finished
translation, or whose translation lost a placeholder stays in English.
"""

from __future__ import annotations

import logging

from app.catalogue import translated
from app.orders.issues import IMPORT_MESSAGES, RowIssue

CONTEXT = "ImportProblem"

log = logging.getLogger(__name__)


def problem_text(issue: RowIssue, lang: str) -> str:
    """``issue``'s message in ``lang``, its values filled in; its English otherwise."""
    template = IMPORT_MESSAGES.get(issue.key)
    if template is None:
        return issue.message
    try:
        return translated(CONTEXT, template, lang).format(**issue.params)
    except (KeyError, IndexError, ValueError):
        log.warning("a problem does not fit its values: %r", template)
        return issue.message
