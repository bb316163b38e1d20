"""An import's problems in the user's language, for the command line.

The app says each problem key of :data:`app.orders.issues.IMPORT_MESSAGES` through Qt
Linguist (``app/ui/core_messages.py``, context ``ImportProblem``). The command line runs
without Qt, so it reads the same translations from the Linguist file itself: one Chinese
sentence for each problem, whichever face shows it, and a key added for the app is said
on the command line too. A problem without a key (a library's own words), without a
finished translation, or whose translation lost a placeholder stays in English.
"""

from __future__ import annotations

import logging
from functools import cache
from xml.etree.ElementTree import ParseError, parse

from app.orders.issues import IMPORT_MESSAGES, RowIssue
from app.paths import resource

CONTEXT = "ImportProblem"
LINGUIST_FILES = {"zh": "shipproof_zh_CN.ts"}

log = logging.getLogger(__name__)


@cache
def translations(lang: str) -> dict[str, str]:
    """English template → its finished translation in ``lang``, for the import's problems.

    Read once; a missing or broken file is logged and leaves the problems in English.
    """
    name = LINGUIST_FILES.get(lang)
    if name is None:
        return {}
    path = resource("i18n", name)
    try:
        root = parse(path).getroot()  # the app's own file, not user input
    except (OSError, ParseError) as error:
        log.warning("import problems stay in English (%s): %s", path, error)
        return {}
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished, vanished or obsolete
            if translation.text:
                found[source] = translation.text
    return found


def problem_text(issue: RowIssue, lang: str) -> str:
    """``issue``'s message in ``lang``, its values filled in; its English otherwise."""
    template = IMPORT_MESSAGES.get(issue.key)
    if template is None:
        return issue.message
    translated = translations(lang).get(template)
    if translated is None:
        return issue.message
    try:
        return translated.format(**issue.params)
    except (KeyError, IndexError, ValueError):
        log.warning("a translation does not fit its values: %r", translated)
        return issue.message
