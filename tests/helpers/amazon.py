"""Amazon Seller Central report rows: Unshipped Orders, the Orders report, one order."""

from __future__ import annotations

UNSHIPPED = [
    "order-id", "order-item-id", "purchase-date", "payments-date", "reporting-date", "promise-date",
    "days-past-promise", "buyer-email", "buyer-phone-number", "sku", "product-name", "quantity-purchased",
    "quantity-shipped", "quantity-to-ship", "ship-service-level", "recipient-name", "ship-address-1",
    "ship-address-2", "ship-address-3", "ship-city", "ship-state", "ship-postal-code", "ship-country",
    "is-business-order", "purchase-order-number", "price-designation", "is-prime",
]  # fmt: skip

# Seller Central → Orders → Order Reports, as issue 13 quotes it (ship-address-1..3 spelt out)
ORDER_REPORT = [
    "order-id", "order-item-id", "purchase-date", "payments-date", "buyer-email", "buyer-name",
    "buyer-phone-number", "sku", "product-name", "quantity-purchased", "currency", "item-price",
    "item-tax", "shipping-price", "shipping-tax", "ship-service-level", "recipient-name",
    "ship-address-1", "ship-address-2", "ship-address-3", "ship-city", "ship-state",
    "ship-postal-code", "ship-country", "ship-phone-number", "delivery-start-date",
    "delivery-end-date", "delivery-time-zone", "delivery-Instructions", "sales-channel",
]  # fmt: skip

ORDER = {
    "order-id": "114-3941689-8772232",
    "order-item-id": "54637829102837",
    "purchase-date": "2026-09-17T08:04:21+00:00",
    "payments-date": "2026-09-17T08:05:02+00:00",
    "buyer-email": "x7kq2m9p@marketplace.amazon.com",
    "buyer-name": "Robin Vale",
    "sku": "MUG-BLUE",
    "product-name": "Stoneware mug, blue",
    "quantity-purchased": "2",
    "currency": "USD",
    "item-price": "25.98",
    "recipient-name": "Robin Vale",
    "ship-address-1": "12 Alder Lane",
    "ship-city": "Dayton",
    "ship-state": "OH",
    "ship-postal-code": "45402",
    "ship-country": "US",
}
