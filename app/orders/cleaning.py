"""Cell cleaners: undo what spreadsheets and platform exports do to values.

Exports wrap ids as ``="123"`` or prefix ``'``/``\\t`` so Excel keeps them as text; a file
re-saved in Excel turns long ids into ``1.23E+17`` (digits lost) and integers into
``20170823.0``. Cleaners undo what can be undone exactly and raise :class:`CellError` for
what cannot: a lost digit is never guessed back. A value its column cannot hold (a
quantity of 10^23, an amount PostgreSQL's NUMERIC(18, 4) would refuse, a date in year 1)
is refused here, so SQLite and PostgreSQL import exactly the same. Messages quote at most
a short excerpt of a cell (:func:`app.orders.issues.quoted`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, tzinfo
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import lru_cache

from app.orders.issues import KeyedError, english, quoted

_SCIENTIFIC_RE = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_FLOAT_INTEGER_RE = re.compile(r"^(\d+)\.0+$")
_PLAIN_AMOUNT_RE = re.compile(r"\d{1,14}(\.\d{1,4})?\Z", re.ASCII)  # always in range
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
# Far more than one order of a small shop ships, far below the 2,147,483,647 an INTEGER
# column holds; 0 is allowed because Amazon lists a cancelled item with quantity 0.
MAX_QUANTITY = 100_000
# NUMERIC(18, 4) on PostgreSQL: 14 digits before the point, 4 after. SQLite keeps money as
# text, which holds anything, so this is the bound that makes both keep the same amount.
MONEY_PLACES = Decimal("0.0001")
MAX_MONEY = Decimal("99999999999999.9999")
# Orders are of this world: a year outside these is a typo or a serial number read as a
# date, and year 1 with an offset cannot even be turned into UTC.
FIRST_YEAR, LAST_YEAR = 1990, 2100
# What exports wrap an order id in without meaning anything: ASCII padding (Taobao's \t)
_ID_PADDING = " \t\r\n"


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
        raise CellError("scientific_notation", value=quoted(cleaned))
    if "." in cleaned:
        match = _FLOAT_INTEGER_RE.match(cleaned)
        if match:
            return match.group(1)
    return cleaned


def clean_order_id(value: str) -> str | None:
    """An order id exactly as the platform wrote it, the key orders are merged on.

    Only what exports add to keep a cell text (``="…"``, a leading ``'``) and ASCII padding
    go. Nothing is folded: ``１２３`` stays apart from ``123``; and an id holding a
    character no platform writes in one (an inner or non-ASCII space, a control or
    zero-width character, a full-width or other look-alike form) is refused. Kept apart,
    ``123\u200b`` would be a second order that looks like ``123`` on every screen and that
    no scan finds; folded, it would silently join two orders.
    """
    cleaned = value.strip(_ID_PADDING)
    if cleaned and cleaned[0] in "='":
        if cleaned.startswith('="') and cleaned.endswith('"') and len(cleaned) >= 3:
            cleaned = cleaned[2:-1].strip(_ID_PADDING)
        if cleaned.startswith("'"):
            cleaned = cleaned[1:].strip(_ID_PADDING)
    if not cleaned:
        return None
    if not (cleaned.isascii() and cleaned.isprintable() and " " not in cleaned):
        _refuse_hidden(cleaned)
    if ("E" in cleaned or "e" in cleaned) and _SCIENTIFIC_RE.match(cleaned):
        raise CellError("scientific_notation", value=quoted(cleaned))
    if "." in cleaned:
        match = _FLOAT_INTEGER_RE.match(cleaned)
        if match:
            return match.group(1)
    return cleaned


def _refuse_hidden(order_id: str) -> None:
    """Raise for the first character of ``order_id`` that hides or imitates another."""
    for position, char in enumerate(order_id, start=1):
        category = unicodedata.category(char)
        if (
            char == " "
            or category[0] in "CZ"  # control, format (zero-width), private use, spaces
            or unicodedata.normalize("NFKC", char) != char  # full-width and look-alikes
        ):
            name = unicodedata.name(char, "")
            raise CellError(
                "order_id_hidden_character",
                value=quoted(order_id),
                character=f"U+{ord(char):04X} {name}".strip(),
                position=str(position),
            )


def clean_quantity(value: str) -> int | None:
    """A line's quantity: a whole number from 0 to :data:`MAX_QUANTITY`."""
    quantity = clean_int(value) if not value.lstrip().startswith("-") else -1
    if quantity is not None and not 0 <= quantity <= MAX_QUANTITY:
        raise CellError(
            "quantity_out_of_range", value=quoted(value.strip()), limit=f"{MAX_QUANTITY:,}"
        )
    return quantity


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
        raise CellError("not_whole_number", value=quoted(value.strip()))
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
        raise CellError("not_money", value=quoted(value.strip())) from None
    if not amount.is_finite() or _SCIENTIFIC_RE.match(number):
        raise CellError("not_money", value=quoted(value.strip()))
    return money_in_range(amount, value), currency


def money_in_range(amount: Decimal, value: str) -> Decimal:
    """``amount`` as both databases keep it: refused past :data:`MAX_MONEY`; digits past
    the fourth decimal (float noise such as 0.30000000000000004 from a spreadsheet; no
    currency has them) rounded half-even, as NUMERIC(18, 4) would otherwise round them
    on PostgreSQL only."""
    if abs(amount) > MAX_MONEY:
        raise CellError("money_out_of_range", value=quoted(value.strip()), limit=f"{MAX_MONEY:,}")
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -4:
        return amount.quantize(MONEY_PLACES, rounding=ROUND_HALF_EVEN)
    return amount


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
        raise CellError("not_datetime", value=quoted(value.strip()))
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise CellError(
            "date_out_of_range",
            value=quoted(value.strip()),
            first=str(FIRST_YEAR),
            last=str(LAST_YEAR),
        )
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
