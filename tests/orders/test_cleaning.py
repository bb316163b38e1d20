"""Cell cleaners: exact where exactness is possible, refusing where digits were lost."""

from __future__ import annotations

import contextlib
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.orders.cleaning import (
    CellError,
    clean_datetime,
    clean_id,
    clean_int,
    clean_money,
    clean_text,
    strip_artifacts,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('="3312530001234567890"', "3312530001234567890"),
        ("'0812", "0812"),
        ("\t2026-09-22 10:00:00", "2026-09-22 10:00:00"),
        ("  SF1234567890  ", "SF1234567890"),
        ("20170823.0", "20170823"),
        ("１２３４５", "12345"),  # full-width digits from a Chinese input method
    ],
)
def test_clean_id_undoes_spreadsheet_artefacts(raw: str, expected: str) -> None:
    assert clean_id(raw) == expected


@pytest.mark.parametrize("raw", ["1.23E+17", "3.31253E+18", "3.31253e18", '="1.2E+17"'])
def test_clean_id_refuses_lost_digits(raw: str) -> None:
    with pytest.raises(CellError, match="scientific notation"):
        clean_id(raw)


@pytest.mark.parametrize(
    ("raw", "amount", "currency"),
    [
        ("1,234.50", "1234.50", None),
        ("$90.00", "90.00", "USD"),
        ("AU $3,000.00", "3000.00", "AUD"),
        ("EUR 90,00", "90.00", "EUR"),
        ("1.234,50 €", "1234.50", "EUR"),
        ("￥12.00", "12.00", "CNY"),
        ("\t88", "88", None),
        ("1,200", "1200", None),
    ],
)
def test_clean_money(raw: str, amount: str, currency: str | None) -> None:
    assert clean_money(raw) == (Decimal(amount), currency)


@pytest.mark.parametrize("raw", ["free", "12..5", "1e5", "NaN", "Infinity"])
def test_clean_money_refuses_what_is_not_money(raw: str) -> None:
    with pytest.raises(CellError):
        clean_money(raw)


def test_clean_int() -> None:
    assert [clean_int(raw) for raw in ("3", "3.0", "1,200", "'2", "")] == [3, 3, 1200, 2, None]
    with pytest.raises(CellError):
        clean_int("2.5")


def test_clean_datetime_keeps_offsets_and_applies_the_zone() -> None:
    formats = ("%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M")
    assert (
        clean_datetime("2026-04-05 21:06:21 +0400", formats, SHANGHAI).isoformat()
        == "2026-04-05T21:06:21+04:00"
    )
    assert (
        clean_datetime("2026-09-22 09:15:02", formats, SHANGHAI).isoformat()
        == "2026-09-22T09:15:02+08:00"
    )
    assert clean_datetime("2026/9/22 14:03", formats, SHANGHAI) == datetime(
        2026, 9, 22, 14, 3, tzinfo=SHANGHAI
    )
    assert clean_datetime("\t", formats, SHANGHAI) is None
    with pytest.raises(CellError):
        clean_datetime("next tuesday", formats, SHANGHAI)


# --- properties -------------------------------------------------------------------------
wrappers = st.sampled_from(["{}", '="{}"', "'{}", "\t{}", " {} ", "{}\t"])


@given(st.from_regex(r"[0-9]{1,25}", fullmatch=True), wrappers)
def test_ids_keep_every_digit_whatever_the_wrapper(digits: str, wrapper: str) -> None:
    assert clean_id(wrapper.format(digits)) == digits


@given(st.text(max_size=40))
def test_cleaners_fail_only_with_cell_errors(text: str) -> None:
    for cleaner in (clean_id, clean_int, clean_money, clean_text, strip_artifacts):
        with contextlib.suppress(CellError):
            cleaner(text)
    with contextlib.suppress(CellError):
        clean_datetime(text, ("%Y-%m-%d",), SHANGHAI)


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_money_round_trips_through_common_formats(amount: Decimal) -> None:
    assert clean_money(f"{amount:,.2f}")[0] == amount
    assert clean_money(f"{amount:.2f}")[0] == amount
    european = f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    assert clean_money(f"EUR {european}") == (amount, "EUR")
