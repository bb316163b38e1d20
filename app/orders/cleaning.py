"""Cell cleaners: undo what spreadsheets and platform exports do to values.

Exports wrap ids as ``="123"`` or prefix ``'``/``\\t`` so Excel keeps them as text; a file
re-saved in Excel turns long ids into ``1.23E+17`` (digits lost) and integers into
``20170823.0``. Cleaners undo what can be undone exactly and raise :class:`CellError` for
what cannot: a lost digit is never guessed back.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, tzinfo
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from app.orders.issues import KeyedError, english

_SCIENTIFIC_RE = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_FLOAT_INTEGER_RE = re.compile(r"^(\d+)\.0+$")
_PLAIN_AMOUNT_RE = re.compile(r"\d+(\.\d+)?\Z", re.ASCII)
_SPACED_OFFSET_RE = re.compile(r"\s+([+-]\d{2}:?\d{2})$")
_CURRENCY_PREFIXES: dict[str, str] = {
    "AU $": "AUD",
    "AU$": "AUD",
    "C $": "CAD",
    "C$": "CAD",
    "CA $": "CAD",
    "US $": "USD",
    "US$": "USD",
    "NZ $": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "£": "GBP",
    "€": "EUR",
    "¥": "CNY",
    "$": "USD",
}
_CURRENCY_CODE_RE = re.compile(r"^([A-Z]{3})\s*|\s*([A-Z]{3})$")


class CellError(KeyedError, ValueError):
    """A cell whose value cannot be read without guessing; the message says why.

    ``CellError(key, value=…)``: a key of ``IMPORT_MESSAGES`` and its values; ``str()`` is
    the English.
    """

    def __init__(self, key: str, **params: str) -> None:
        super().__init__(english(key, params), key, params)


def strip_artifacts(value: str) -> str:
    """Remove the wrappers exports add so Excel keeps a cell as text.

    ``="123"`` → ``123``; a leading ``'``; surrounding whitespace including tabs,
    carriage returns, non-breaking and ideographic spaces.
    """
    value = value.strip()
    if not value or value[0] not in "='":
        return value
    if value.startswith('="') and value.endswith('"') and len(value) >= 3:
        value = value[2:-1].strip()
    if value.startswith("'"):
        value = value[1:].strip()
    return value


def fold_width(value: str) -> str:
    """Fold full-width digits, letters and punctuation to their ASCII forms (NFKC)."""
    return unicodedata.normalize("NFKC", value)


def clean_text(value: str) -> str | None:
    """Free text (names, titles, notes): artefacts removed, content kept verbatim."""
    cleaned = strip_artifacts(value)
    return cleaned or None


def clean_id(value: str) -> str | None:
    """An identifier whose every digit matters (order id, tracking number, SKU, phone)."""
    cleaned = strip_artifacts(value)
    if not cleaned.isascii():
        cleaned = fold_width(cleaned).strip()
    if not cleaned:
        return None
    if ("E" in cleaned or "e" in cleaned) and _SCIENTIFIC_RE.match(cleaned):
        raise CellError("scientific_notation", value=repr(cleaned))
    if "." in cleaned:
        match = _FLOAT_INTEGER_RE.match(cleaned)
        if match:
            return match.group(1)
    return cleaned


def clean_int(value: str) -> int | None:
    """A count such as a quantity: ``3``, ``3.0``, ``1,200``."""
    if value.isdigit() and value.isascii():
        return int(value)
    cleaned = fold_width(strip_artifacts(value)).replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    match = _FLOAT_INTEGER_RE.match(cleaned)
    if match:
        cleaned = match.group(1)
    if not cleaned.isdigit():
        raise CellError("not_whole_number", value=repr(value.strip()))
    return int(cleaned)


def clean_money(value: str) -> tuple[Decimal | None, str | None]:
    """An amount and, when the cell names one, its currency.

    Handles ``1,234.50``, ``EUR 90,00``, ``AU $3,000.00``, ``￥12.00``.
    """
    if _PLAIN_AMOUNT_RE.match(value):
        return Decimal(value), None
    cleaned = fold_width(strip_artifacts(value))
    if not cleaned:
        return None, None
    currency: str | None = None
    for prefix, code in _CURRENCY_PREFIXES.items():
        if cleaned.startswith(prefix):
            currency, cleaned = code, cleaned[len(prefix) :].strip()
            break
        if len(prefix) == 1 and cleaned.endswith(prefix):  # "90,00 €"
            currency, cleaned = code, cleaned[:-1].strip()
            break
    code_match = _CURRENCY_CODE_RE.search(cleaned)
    if code_match:
        currency = code_match.group(1) or code_match.group(2)
        cleaned = _CURRENCY_CODE_RE.sub("", cleaned).strip()
        for prefix in _CURRENCY_PREFIXES:
            if cleaned.startswith(prefix):
                cleaned = cleaned[len(prefix) :].strip()
                break
    number = _normalise_decimal_separators(cleaned.replace(" ", ""))
    try:
        amount = Decimal(number)
    except InvalidOperation:
        raise CellError("not_money", value=repr(value.strip())) from None
    if not amount.is_finite() or _SCIENTIFIC_RE.match(number):
        raise CellError("not_money", value=repr(value.strip()))
    return amount, currency


def _normalise_decimal_separators(number: str) -> str:
    """Turn ``1.234,50`` / ``1,234.50`` / ``90,00`` / ``1,200`` into a plain decimal string."""
    if "," in number and "." in number:
        if number.rfind(",") > number.rfind("."):
            return number.replace(".", "").replace(",", ".")
        return number.replace(",", "")
    if "," in number:
        head, _, tail = number.rpartition(",")
        if len(tail) == 3 and re.fullmatch(r"\d{1,3}(,\d{3})*", head):
            return number.replace(",", "")
        return head.replace(",", "") + "." + tail
    return number


@lru_cache(maxsize=131_072)
def clean_datetime(value: str, formats: tuple[str, ...], zone: tzinfo) -> datetime | None:
    """A timestamp, made zone-aware: offsets in the cell win, otherwise ``zone`` applies."""
    cleaned = fold_width(strip_artifacts(value))
    if not cleaned:
        return None
    match = _FLOAT_INTEGER_RE.match(cleaned)
    if match:
        cleaned = match.group(1)
    parsed: datetime | None = None
    try:
        spaced = _SPACED_OFFSET_RE.search(cleaned)
        iso = cleaned[: spaced.start()] + spaced.group(1) if spaced else cleaned
        parsed = datetime.fromisoformat(iso)  # Shopify's "… 21:06:21 +0400" is ISO but a space
    except ValueError:
        for fmt in formats:
            try:
                parsed = datetime.strptime(cleaned, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        raise CellError("not_datetime", value=repr(value.strip()))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return parsed


def is_masked(value: str | None) -> bool:
    """True for a value the platform masked for privacy (``沙洲街道****``, ``138****8000``)."""
    return bool(value) and "***" in (value or "")


def normalise_header(header: str) -> str:
    """The form headers are compared in: width folded, stripped, case-folded, spaces collapsed."""
    folded = fold_width(header.replace("\ufeff", "")).strip().casefold()
    return " ".join(folded.split())
