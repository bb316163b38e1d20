"""What a tracking refresh or a key test can say went wrong, each sentence declared once.

The adapters and the refresh keep these as :class:`app.catalogue.Said` text: English in
the log and in ``--json``, the user's language in the window and on the command line.
What a provider itself answered (its own error message) is data and stays as it came.
"""

from __future__ import annotations

from app.catalogue import QT_TRANSLATE_NOOP, Said, said_text

CONTEXT = "TrackingProblem"  # lupdate reads each literal below, not this name
PROBLEMS: dict[str, str] = {
    "timed_out": QT_TRANSLATE_NOOP("TrackingProblem", "no answer in time"),
    "network": QT_TRANSLATE_NOOP(
        "TrackingProblem", "network error ({error}): is this computer online?"
    ),
    "rate_limited": QT_TRANSLATE_NOOP("TrackingProblem", "the provider asked to slow down (429)"),
    "provider_failed": QT_TRANSLATE_NOOP("TrackingProblem", "the provider failed (HTTP {status})"),
    "not_json": QT_TRANSLATE_NOOP(
        "TrackingProblem", "the answer could not be read (not JSON): {start}"
    ),
    "unexpected": QT_TRANSLATE_NOOP(
        "TrackingProblem", "the answer was not in the provider's format"
    ),
    "refused": QT_TRANSLATE_NOOP("TrackingProblem", "{provider} refused ({code}): {reason}"),
    "bad_key": QT_TRANSLATE_NOOP(
        "TrackingProblem", "{provider} refused the key ({code}): {reason}"
    ),
    "needs_phone": QT_TRANSLATE_NOOP(
        "TrackingProblem",
        "Kuaidi100 needs the last 4 digits of the recipient's phone for this carrier",
    ),
    "no_result": QT_TRANSLATE_NOOP("TrackingProblem", "no result yet"),
    "not_registered": QT_TRANSLATE_NOOP("TrackingProblem", "17TRACK could not register the number"),
    "registered": QT_TRANSLATE_NOOP(
        "TrackingProblem", "registered with 17TRACK: tracking comes at the next refresh"
    ),
    "held": QT_TRANSLATE_NOOP(
        "TrackingProblem",
        "{provider} allows one query every {minutes} minutes: asked at {time}",
    ),
    "no_key": QT_TRANSLATE_NOOP(
        "TrackingProblem", "{provider} has no API key: add it in the settings"
    ),
    "allowance": QT_TRANSLATE_NOOP(
        "TrackingProblem", "{provider}'s daily allowance is used up: asked again tomorrow"
    ),
    "key_works": QT_TRANSLATE_NOOP("TrackingProblem", "the key works"),
    # a reason of ours, and what the provider itself said beside it
    "reason_and_message": QT_TRANSLATE_NOOP("TrackingProblem", "{reason} ({message})"),
}
# what 17TRACK's and Kuaidi100's codes for a refused key or account mean
REASONS: dict[str, str] = {
    "ip_not_allowed": QT_TRANSLATE_NOOP("TrackingProblem", "this IP address is not allowed"),
    "invalid_key": QT_TRANSLATE_NOOP("TrackingProblem", "invalid key"),
    "account_disabled": QT_TRANSLATE_NOOP("TrackingProblem", "account disabled"),
    "unauthorized": QT_TRANSLATE_NOOP("TrackingProblem", "unauthorized"),
    "daily_limit": QT_TRANSLATE_NOOP("TrackingProblem", "daily limit reached"),
    "quota_used": QT_TRANSLATE_NOOP("TrackingProblem", "quota used up"),
    "bad_request": QT_TRANSLATE_NOOP("TrackingProblem", "bad request or no quota"),
    "bad_signature": QT_TRANSLATE_NOOP("TrackingProblem", "bad signature: check the key"),
    "key_expired": QT_TRANSLATE_NOOP("TrackingProblem", "key expired or quota used up"),
}


def problem(key: str, **values: object) -> Said:
    """The problem ``key`` with its values (a value may itself be :class:`Said`)."""
    return said_text(CONTEXT, PROBLEMS[key], **values)


def reason(key: str) -> Said:
    return said_text(CONTEXT, REASONS[key])


def label(provider: str) -> str:
    """A provider as the shop knows it ("Kuaidi100 (快递100)"), or its code if unknown."""
    from app.tracking.providers.registry import PROVIDERS  # the registry imports adapters

    info = PROVIDERS.get(provider)
    return info.label if info is not None else provider
