"""What an alert says: a keyed template and the values it is filled with.

An alert is stored as its key and values (``message_key``, ``message_values``), so every
face says it in its user's language: the GUI through Qt, the command line through the
catalogue (context ``AlertMessage``). Its English words are kept beside them as the
record of what it said. Values are typed by name: ``age`` is whole hours (said "2 d 4 h"),
``status`` a parcel status code (said by its name); the others are shown as they are.
Keep placeholders stable; add a key (and translate it in the .ts) rather than reword one.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.catalogue import QT_TRANSLATE_NOOP
from app.names import Translate, english, fill

# by rule ("rule.variant" where a rule words it two ways)
MESSAGES: dict[str, str] = {
    "no_tracking_info": QT_TRANSLATE_NOOP(
        "AlertMessage", "{label}: dispatched {age} ago, the carrier has no record yet"
    ),
    "delivery_exception.carrier_says": QT_TRANSLATE_NOOP(
        "AlertMessage", "{label}: {status} — {carrier_says}"
    ),
    "delivery_exception": QT_TRANSLATE_NOOP("AlertMessage", "{label}: {status}"),
    "returned": QT_TRANSLATE_NOOP("AlertMessage", "{label}: {status} to the sender"),
    "out_for_delivery_too_long": QT_TRANSLATE_NOOP(
        "AlertMessage", "{label}: out for delivery for {age}"
    ),
    "stalled": QT_TRANSLATE_NOOP("AlertMessage", "{label}: no news from the carrier for {age}"),
    "dispatch_overdue": QT_TRANSLATE_NOOP(
        "AlertMessage", "order {order}: not dispatched, {age} past its deadline"
    ),
}
KINDS = {"age": "Duration", "status": "ParcelStatus"}

Values = dict[str, str | int | None]  # as stored, JSON


def alert_text(
    key: str | None, values: Mapping[str, object] | None, translate: Translate, recorded: str
) -> str:
    """The alert's sentence through ``translate``; ``recorded`` (its stored English) for an
    alert kept before alerts had keys, or one whose key this version does not know."""
    template = MESSAGES.get(key or "")
    if template is None or not isinstance(values, Mapping):
        return recorded
    try:
        return fill("AlertMessage", template, values, translate, KINDS)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):  # values edited
        return recorded


def english_text(key: str, values: Mapping[str, object]) -> str:
    """The English record of an alert's sentence, as stored beside its key."""
    return fill("AlertMessage", MESSAGES[key], values, english, KINDS)
