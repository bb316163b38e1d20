"""Amazon's order reports, each layout in each marketplace's encoding: the Order Report,
All Orders with its newer columns, Unshipped Orders in UTF-8."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from app.storage import Database
from tests.helpers.amazon import UNSHIPPED
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.layouts import import_clean, lines, recipient

# Orders → Order Reports → New Orders, with "Include Sales Channel" ticked.
ORDER_REPORT = [
    "order-id", "order-item-id", "purchase-date", "payments-date", "buyer-email", "buyer-name",
    "buyer-phone-number", "sku", "product-name", "quantity-purchased", "currency", "item-price", "item-tax",
    "shipping-price", "shipping-tax", "ship-service-level", "recipient-name", "ship-address-1", "ship-address-2",
    "ship-address-3", "ship-city", "ship-state", "ship-postal-code", "ship-country", "ship-phone-number",
    "delivery-start-date", "delivery-end-date", "delivery-time-zone", "delivery-Instructions", "sales-channel",
    "is-business-order", "purchase-order-number", "price-designation",
]  # fmt: skip
# The All Orders report as the Reports API writes it today (number-of-items, tax columns).
ALL_ORDERS_NOW = [
    "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status",
    "fulfillment-channel", "sales-channel", "order-channel", "ship-service-level", "product-name", "sku", "asin",
    "number-of-items", "item-status", "tax-collection-model", "tax-collection-responsible-party", "quantity",
    "currency", "item-price", "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax",
    "item-promotion-discount", "ship-promotion-discount", "address-type", "ship-city", "ship-state",
    "ship-postal-code", "ship-country", "promotion-ids", "is-business-order", "purchase-order-number",
    "price-designation",
]  # fmt: skip


@dataclass(frozen=True)
class Market:
    """One marketplace's report: its encoding and the invented order written in it."""

    encoding: str
    currency: str
    channel: str
    buyer: str
    recipient: str
    street: tuple[str, str, str]
    city: str
    state: str
    postcode: str
    country: str
    phone: str
    items: tuple[
        tuple[str, str, str, str], tuple[str, str, str, str]
    ]  # sku, title, qty, item-price
    purchased: str
    instructions: str


MARKETS = {
    "de": Market("cp1252", "EUR", "Amazon.de", "Jürgen Beispiel", "Zoë Müller", ("Hauptstraße 5", "Hinterhaus", "c/o Café Größe"), "Köln", "Nordrhein-Westfalen", "50667", "DE", "+49 221 123456", (("POT-L", "Teekanne – Größe L", "2", "59.80"), ("SIEVE", "Teesieb für Tassen", "1", "7.50")), "2026-09-18T21:15:00+02:00", "Bitte beim Nachbarn abgeben"),
    "jp": Market("cp932", "JPY", "Amazon.co.jp", "山田 太郎", "山田 花子", ("千代田区丸の内1-1-1", "テストビル 5F", ""), "東京都", "", "100-0005", "JP", "03-1234-5678", (("MATCHA-100", "抹茶 宇治産 100g", "3", "5940"), ("CUP-RAKU", "楽焼 茶碗", "1", "4800")), "2026-09-18T12:00:00+09:00", "置き配希望"),
    "us": Market("utf-8", "USD", "Amazon.com", "Chloé Placeholder", "Chloé Placeholder", ("100 Example Blvd", "Suite 200", ""), "Seattle", "WA", "98101-1234", "US", "+1 206-555-0100", (("TEA-SAMPLER", "Tea sampler – 12 flavors", "2", "39.98"), ("INFUSER", "Steel infuser", "1", "8.99")), "2026-09-18T08:04:21+00:00", ""),
}  # fmt: skip


def order_report(market: Market) -> list[dict[str, str]]:
    """Two items of one order and a promotion continuation line, then a one-item order."""
    order = {
        "order-id": "305-1234567-1234567",
        "purchase-date": market.purchased,
        "payments-date": market.purchased,
        "buyer-email": "xyz123@marketplace.amazon.example",
        "buyer-name": market.buyer,
        "buyer-phone-number": "+00 000 000",  # the buyer's: the recipient's number wins
        "currency": market.currency,
        "ship-service-level": "Standard",
        "recipient-name": market.recipient,
        "ship-address-1": market.street[0],
        "ship-address-2": market.street[1],
        "ship-address-3": market.street[2],
        "ship-city": market.city,
        "ship-state": market.state,
        "ship-postal-code": market.postcode,
        "ship-country": market.country,
        "ship-phone-number": market.phone,
        "delivery-Instructions": market.instructions,
        "sales-channel": market.channel,
        "is-business-order": "false",
    }
    (sku_a, title_a, qty_a, price_a), (sku_b, title_b, qty_b, price_b) = market.items
    return [
        {**order, "order-item-id": "40123456789012", "sku": sku_a, "product-name": title_a, "quantity-purchased": qty_a, "item-price": price_a, "shipping-price": "0.00"},
        {**order, "order-item-id": "40123456789013", "sku": sku_b, "product-name": title_b, "quantity-purchased": qty_b, "item-price": price_b, "shipping-price": "4.99"},
        # a promotion that did not fit: the same order continued, most columns blank
        {"order-id": "305-1234567-1234567", "order-item-id": "40123456789012"},
        {**order, "order-id": "305-7654321-7654321", "order-item-id": "40123456789099", "sku": sku_b, "product-name": title_b, "quantity-purchased": "1", "item-price": price_b, "ship-phone-number": "", "buyer-phone-number": "+99 999 999"},
    ]  # fmt: skip


@pytest.mark.parametrize("name", sorted(MARKETS))
def test_order_report_in_the_marketplace_encoding(
    database: Database, tmp_path: Path, name: str
) -> None:
    """The report an Amazon seller downloads most: lines from item rows only, line totals
    divided into unit prices, the recipient's phone before the buyer's."""
    market = MARKETS[name]
    path = write_csv(
        tmp_path / f"{name}-order-report.txt",
        ORDER_REPORT,
        rows_from_dicts(ORDER_REPORT, order_report(market)),
        encoding=market.encoding,
        delimiter="\t",
        terminator="\n",
    )
    report, orders = import_clean(database, path)
    assert (report.platform, report.profile, report.orders_new, report.lines) == (
        "amazon",
        "amazon_orders",
        2,
        3,
    )
    order = orders["305-1234567-1234567"]
    assert (order["status"], order["currency"]) == ("awaiting_dispatch", market.currency)
    assert (order["created_at"], order["paid_at"]) == (market.purchased, market.purchased)
    assert order["buyer_note"] == (market.instructions or None)
    assert recipient(order, "name", "phone", "address", "city", "postcode", "country") == (
        market.recipient,
        market.phone,
        ", ".join(part for part in market.street if part),
        market.city,
        market.postcode,
        market.country,
    )
    (sku_a, title_a, qty_a, total_a), (sku_b, title_b, qty_b, total_b) = market.items
    assert lines(order) == [
        (sku_a, title_a, None, int(qty_a), f"{Decimal(total_a) / int(qty_a):.2f}"),
        (sku_b, title_b, None, int(qty_b), f"{Decimal(total_b):.2f}"),
    ]
    single = orders["305-7654321-7654321"]
    assert single["recipient"]["phone"] == "+99 999 999"  # no recipient phone: the buyer's


def test_all_orders_report_as_the_reports_api_writes_it(database: Database, tmp_path: Path) -> None:
    """UTF-8, with the columns added since (number-of-items, the tax collection pair)."""
    base = {"purchase-date": "2026-09-17T08:04:21+00:00", "last-updated-date": "2026-09-18T10:00:00+00:00", "fulfillment-channel": "Merchant", "sales-channel": "Amazon.com", "ship-service-level": "Standard", "currency": "USD", "ship-city": "PORTLAND", "ship-state": "OR", "ship-postal-code": "97201", "ship-country": "US", "tax-collection-model": "MarketplaceFacilitator", "tax-collection-responsible-party": "Amazon Services, Inc.", "address-type": "Residential", "is-business-order": "false"}  # fmt: skip
    records = [
        {**base, "amazon-order-id": "114-1111111-2222222", "order-status": "Unshipped", "product-name": "Oolong – 100 g", "sku": "OOLONG-100", "asin": "B0TEST0100", "number-of-items": "3", "item-status": "Unshipped", "quantity": "3", "item-price": "44.85"},
        {**base, "amazon-order-id": "114-3333333-4444444", "order-status": "Shipped", "product-name": "Oolong – 100 g", "sku": "OOLONG-100", "asin": "B0TEST0100", "number-of-items": "1", "item-status": "Shipped", "quantity": "1", "item-price": "14.95"},
        {**base, "amazon-order-id": "114-5555555-6666666", "order-status": "Pending", "product-name": "Oolong – 100 g", "sku": "OOLONG-100", "asin": "B0TEST0100", "number-of-items": "1", "item-status": "Unshipped", "quantity": "1", "item-price": ""},
    ]  # fmt: skip
    path = write_csv(
        tmp_path / "all-orders.txt",
        ALL_ORDERS_NOW,
        rows_from_dicts(ALL_ORDERS_NOW, records),
        delimiter="\t",
        terminator="\n",
    )
    report, orders = import_clean(database, path)
    assert (report.profile, report.orders_new, report.lines) == ("amazon_all_orders", 3, 3)
    first = orders["114-1111111-2222222"]
    assert (first["status"], first["currency"]) == ("awaiting_dispatch", "USD")
    assert lines(first) == [("OOLONG-100", "Oolong – 100 g", None, 3, "14.95")]
    assert first["lines"][0]["barcode"] == "B0TEST0100"
    assert recipient(first, "city", "province", "postcode", "name") == (
        "PORTLAND",
        "OR",
        "97201",
        None,  # the report names no recipient
    )
    assert orders["114-3333333-4444444"]["status"] == "dispatched"
    pending = orders["114-5555555-6666666"]
    assert (pending["status"], lines(pending)[0][4]) == ("unpaid", None)  # no price yet


def test_unshipped_report_in_utf8_is_not_taken_for_the_order_report(
    database: Database, tmp_path: Path
) -> None:
    """Both start order-id, order-item-id: quantity-to-ship and promise-date decide."""
    record = {"order-id": "202-1234567-7654321", "order-item-id": "12345678901234", "purchase-date": "2026-09-18T10:00:00+01:00", "payments-date": "2026-09-18T10:01:00+01:00", "reporting-date": "2026-09-18T10:31:00+01:00", "promise-date": "2026-09-21T23:59:59+01:00", "days-past-promise": "-3", "buyer-email": "abc@marketplace.amazon.example", "buyer-phone-number": "+44 20 7946 0000", "sku": "EARL-GREY", "product-name": "Earl Grey – loose leaf", "quantity-purchased": "3", "quantity-shipped": "1", "quantity-to-ship": "2", "ship-service-level": "Std UK Dom_1", "recipient-name": "Siân O'Example", "ship-address-1": "1 Sample Row", "ship-city": "Cardiff", "ship-postal-code": "CF10 1AA", "ship-country": "GB", "is-prime": "true"}  # fmt: skip
    path = write_csv(
        tmp_path / "unshipped.txt",
        UNSHIPPED,
        rows_from_dicts(UNSHIPPED, [record]),
        delimiter="\t",
        terminator="\n",
    )
    report, orders = import_clean(database, path)
    assert (report.profile, report.orders_new) == ("amazon_unshipped", 1)
    order = orders["202-1234567-7654321"]
    assert (order["status"], order["dispatch_by"]) == (
        "awaiting_dispatch",
        "2026-09-21T23:59:59+01:00",
    )
    assert recipient(order, "name", "city") == ("Siân O'Example", "Cardiff")
    assert lines(order) == [("EARL-GREY", "Earl Grey – loose leaf", None, 2, None)]  # still to ship
