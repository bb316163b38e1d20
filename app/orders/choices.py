"""The shopkeeper's choices between profiles too close to call, kept per header.

When a header fits two profiles about equally, the app asks which one it is; the answer
can be kept for that header (its signature, :func:`app.orders.detect.header_signature`),
so the next export of the same layout imports without asking, from the app or the
command line. Kept as one shop-wide setting: every station sharing the database imports
the same layouts.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from app.storage.models import Setting
from app.storage.setting_keys import CHOICES_SETTING

MAX_KEPT = 200  # a shop has a handful of layouts; the setting never grows without end


def kept_choices(session: Session) -> dict[str, str]:
    """Header signature → profile name, as kept; a damaged setting counts as none."""
    setting = session.get(Setting, CHOICES_SETTING)
    if setting is None:
        return {}
    try:
        loaded = json.loads(setting.value)
    except ValueError:
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {str(key): value for key, value in loaded.items() if isinstance(value, str)}


def keep_choice(session: Session, signature: str, profile: str) -> None:
    """Keep ``profile`` for headers with ``signature``; the newest choices are kept."""
    choices = kept_choices(session)
    choices.pop(signature, None)
    choices[signature] = profile
    newest = dict(list(choices.items())[-MAX_KEPT:])
    session.merge(Setting(key=CHOICES_SETTING, value=json.dumps(newest, sort_keys=False)))
