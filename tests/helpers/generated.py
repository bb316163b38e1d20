"""Large synthetic Shopify exports for benchmarks and scale tests, seeded and reproducible."""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from pathlib import Path

from tests.helpers.shopify import HEADER

FIRST_NAMES = ["Mia", "Noah", "Zoë", "Liam", "Ava", "Oscar", "Lena", "Tomás", "Yuki", "Wei"]


LAST_NAMES = ["Example", "Sample", "Müller", "Placeholder", "Testperson", "Madeup", "Demo"]


def write_shopify(
    path: Path,
    line_rows: int,
    first_order: int,
    seed: int,
    lines: Sequence[int] = (1, 1, 1, 2, 2, 3, 4),
) -> int:
    """Write ``line_rows`` rows in Shopify's layout, ``lines`` an order; return the orders."""
    rng = random.Random(seed)
    index = {name: position for position, name in enumerate(HEADER)}
    written = orders = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        while written < line_rows:
            number = first_order + orders
            orders += 1
            created = f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00 +0100"
            count = min(rng.choice(lines), line_rows - written)
            for line in range(count):
                row = [""] * len(HEADER)
                row[index["Name"]] = f"#{number}"
                row[index["Email"]] = f"buyer{number}@example.com"
                row[index["Created at"]] = created
                row[index["Lineitem quantity"]] = str(rng.randint(1, 3))
                row[index["Lineitem name"]] = (
                    f"Product {rng.randint(1, 500)} - {rng.choice(['Red', 'Blue', 'Large'])}"
                )
                row[index["Lineitem price"]] = f"{rng.randint(100, 9999) / 100:.2f}"
                row[index["Lineitem sku"]] = f"SKU-{rng.randint(1, 5000):05d}"
                row[index["Lineitem requires shipping"]] = "true"
                row[index["Lineitem taxable"]] = "true"
                row[index["Lineitem fulfillment status"]] = "pending"
                row[index["Vendor"]] = "Invented Goods"
                if line == 0:
                    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                    for column, value in {
                        "Financial Status": rng.choice(["paid"] * 8 + ["pending", "refunded"]),
                        "Paid at": created,
                        "Fulfillment Status": rng.choice(["unfulfilled"] * 3 + ["fulfilled"]),
                        "Accepts Marketing": "no",
                        "Currency": "EUR",
                        "Subtotal": "50.00",
                        "Shipping": "4.90",
                        "Taxes": "0.00",
                        "Total": f"{rng.randint(500, 30000) / 100:.2f}",
                        "Shipping Method": "Standard",
                        "Billing Name": name,
                        "Billing Address1": f"{rng.randint(1, 200)} Sample Street",
                        "Billing City": "Dublin",
                        "Billing Zip": "'D02",
                        "Billing Country": "IE",
                        "Shipping Name": name,
                        "Shipping Address1": f"{rng.randint(1, 200)} Sample Street",
                        "Shipping City": "Dublin",
                        "Shipping Zip": "'D02",
                        "Shipping Country": "IE",
                        "Shipping Phone": f"+353 1 555 {rng.randint(1000, 9999)}",
                        "Payment Method": "Card",
                        "Id": str(5_000_000_000 + number),
                        "Risk Level": "Low",
                        "Source": "web",
                        "Shipping Province Name": "Dublin",
                    }.items():
                        row[index[column]] = value
                writer.writerow(row)
                written += 1
    return orders
