"""The core's sentences in the user's language: packing-station outcomes, alerts, and the
problems an import finds.

The core declares each keyed English template once, for the catalogue
(:mod:`app.catalogue`): ``app.dispatch.outcome.MESSAGES`` (context ``ScanDetail``),
``app.alerts.engine.MESSAGES`` (``AlertMessage``), ``app.orders.issues.IMPORT_MESSAGES``
(``ImportProblem``). Here Qt translates the template and fills in the values. A scan
outcome and an import's ``RowIssue`` carry their key and values; an alert keeps only its
words, so the values are read back through the English template. A key the core does not
know (or words that no longer fit) show the core's English: never nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QCoreApplication

from app.alerts.engine import MESSAGES as ALERT_TEMPLATES
from app.dispatch.outcome import MESSAGES as SCAN_TEMPLATES
from app.dispatch.outcome import ScanOutcome
from app.orders.issues import IMPORT_MESSAGES, RowIssue
from app.ui.codes import duration, order_status, parcel_status

_AGE = re.compile(r"(?:(\d+) d )?(\d+) h")


def scan_detail(outcome: ScanOutcome) -> str:
    """The outcome's message in the user's language; its English for an unknown key."""
    source = SCAN_TEMPLATES.get(outcome.detail)
    if source is None:
        return outcome.message
    params = dict(outcome.params)
    if "status" in params:
        params["status"] = order_status(params["status"])
    return _fill("ScanDetail", source, params, outcome.message)


def row_issue(issue: RowIssue) -> str:
    """An import problem in the user's language; its English when its key is unknown."""
    source = IMPORT_MESSAGES.get(issue.key)
    if source is None:
        return issue.message
    return _fill("ImportProblem", source, issue.params, issue.message)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """``template`` as a regular expression that gives back its placeholders' values."""
    parts = re.split(r"\{(\w+)\}", template)  # text, name, text, name, …, text
    return re.compile(
        "".join(
            f"(?P<{part}>.+?)" if index % 2 else re.escape(part) for index, part in enumerate(parts)
        ),
        re.DOTALL,
    )


def alert_message(rule: str, message: str) -> str:
    """An alert's stored English message, said again in the user's language."""
    for key, template in ALERT_TEMPLATES.items():
        if key.split(".")[0] != rule:
            continue
        match = _pattern(template).fullmatch(message)
        if match is None:
            continue
        params = match.groupdict()
        if "status" in params:
            params["status"] = parcel_status(params["status"].replace(" ", "_"))
        age = _AGE.fullmatch(params.get("age", ""))
        if age is not None:
            params["age"] = duration(int(age[1] or 0), int(age[2]))
        return _fill("AlertMessage", template, params, message)
    return message


def _fill(context: str, source: str, params: Mapping[str, str], english: str) -> str:
    try:
        return QCoreApplication.translate(context, source).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return english
