"""The core's codes named in the GUI's language, through Qt's loaded translators.

The tables are the core's (:mod:`app.names`), so the GUI, the command line and the PDFs
name a status, a carrier or a platform the same way; here they are only looked up through
``QCoreApplication.translate``, which follows the language the user switched to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.alerts.engine import escalation_hours
from app.names import TABLES, duration_parts


def _name(context: str, code: str | None) -> str:
    if not code:
        return "—"
    source = TABLES[context].get(code)
    return QCoreApplication.translate(context, source) if source else code


def order_status(code: str) -> str:
    return _name("OrderStatus", code)


def parcel_status(code: str) -> str:
    return _name("ParcelStatus", code)


def alert_rule(code: str) -> str:
    return _name("AlertRule", code)


def alert_severity(code: str) -> str:
    return _name("AlertSeverity", code)


def alert_state(code: str) -> str:
    return _name("AlertState", code)


def scan_result(code: str) -> str:
    return _name("ScanResult", code)


def platform(code: str | None) -> str:
    return _name("Platform", code)


def carrier(code: str | None) -> str:
    return _name("Carrier", code)


def duration(hours: int) -> str:
    """An age in whole hours ("3 d 4 h"), in the user's words."""
    template, values = duration_parts(hours)
    return QCoreApplication.translate("Duration", template).format(**values)


def alert_level(level: int | None) -> str:
    """An alert's escalation level as a packer reads it: "New", then how long it has been
    open ("Open 4 h+"), rather than the bare 0–4 the core counts."""
    if level is None:
        return ""
    if level <= 0:
        return QCoreApplication.translate("AlertLevel", "New")
    steps = escalation_hours()
    hours = steps[min(level, len(steps)) - 1]
    return QCoreApplication.translate("AlertLevel", "Open {age}+").format(age=duration(hours))
