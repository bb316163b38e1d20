"""The core's sentences in the user's language: packing-station outcomes, alerts, and the
problems an import finds.

The core declares each keyed English template once, for the catalogue
(:mod:`app.catalogue`): ``app.dispatch.outcome.MESSAGES`` (context ``ScanDetail``),
``app.alerts.messages.MESSAGES`` (``AlertMessage``), ``app.orders.issues.IMPORT_MESSAGES``
(``ImportProblem``), ``app.shop.SHOP_MESSAGES`` (``ShopSettings``). Here Qt translates
the template and fills in the values. A scan outcome, an import's ``RowIssue``, an alert and
a refused shop setting carry their key and values. A key the core does not know shows the
core's English: never nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.alerts.listing import AlertRow
from app.alerts.messages import alert_text
from app.dispatch.outcome import MESSAGES as SCAN_TEMPLATES
from app.dispatch.outcome import SCAN_KINDS, ScanOutcome
from app.names import fill
from app.orders.issues import IMPORT_MESSAGES, RowIssue
from app.shop import SHOP_KINDS, SHOP_MESSAGES, ShopSettingsError


def scan_detail(outcome: ScanOutcome) -> str:
    """The outcome's message in the user's language; its English for an unknown key."""
    source = SCAN_TEMPLATES.get(outcome.detail)
    if source is None:
        return outcome.message
    return fill("ScanDetail", source, outcome.params, QCoreApplication.translate, SCAN_KINDS)


def row_issue(issue: RowIssue) -> str:
    """An import problem in the user's language; its English when its key is unknown."""
    source = IMPORT_MESSAGES.get(issue.key)
    if source is None:
        return issue.message
    return fill("ImportProblem", source, issue.params, QCoreApplication.translate, {})


def alert_message(alert: AlertRow) -> str:
    """An alert in the user's language; its recorded English when it was kept without a key."""
    return alert_text(
        alert.message_key, alert.message_values, QCoreApplication.translate, alert.message
    )


def shop_error(error: ShopSettingsError) -> str:
    """Why the wizard or Settings cannot keep a value, in the user's language."""
    return fill(
        "ShopSettings",
        SHOP_MESSAGES[error.key],
        error.values,
        QCoreApplication.translate,
        SHOP_KINDS,
    )
