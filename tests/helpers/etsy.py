"""Etsy's Sold Orders and Sold Order Items pair, as rows and as builders by shipping state."""

from __future__ import annotations

SOLD_ORDERS = [
    "Sale Date", "Order ID", "Buyer User ID", "Full Name", "First Name", "Last Name", "Number of Items",
    "Payment Method", "Date Shipped", "Street 1", "Street 2", "Ship City", "Ship State", "Ship Zipcode",
    "Ship Country", "Currency", "Order Value", "Coupon Code", "Coupon Details", "Discount Amount",
    "Shipping Discount", "Shipping", "Sales Tax", "Order Total", "Status", "Card Processing Fees", "Order Net",
    "Adjusted Order Total", "Adjusted Card Processing Fees", "Adjusted Net Order Amount", "Buyer", "Order Type",
    "Payment Type", "InPerson Discount", "InPerson Location", "SKU",
]  # fmt: skip


SOLD_ORDER_ITEMS = [
    "Sale Date", "Item Name", "Buyer", "Quantity", "Price", "Coupon Code", "Coupon Details", "Discount Amount",
    "Shipping Discount", "Order Shipping", "Order Sales Tax", "Item Total", "Currency", "Transaction ID",
    "Listing ID", "Date Paid", "Date Shipped", "Ship Name", "Ship Address1", "Ship Address2", "Ship City",
    "Ship State", "Ship Zipcode", "Ship Country", "Order ID", "Variations", "Order Type", "Listings Type",
    "Payment Type", "InPerson Discount", "InPerson Location", "VAT Paid by Buyer", "SKU",
]  # fmt: skip


def sold_orders(shipped: str) -> list[dict[str, str]]:
    """A two-item order paid and waiting, a shipped one, a cancelled one."""
    to = {"Buyer User ID": "12345678", "Full Name": "Rosa Example", "First Name": "Rosa", "Last Name": "Example", "Street 1": "48 Sample Road", "Street 2": "Flat C", "Ship City": "Brighton", "Ship State": "East Sussex", "Ship Zipcode": "BN1 1AA", "Ship Country": "United Kingdom", "Currency": "GBP", "Payment Method": "Etsy Payments", "Buyer": "rosaexample", "Order Type": "online", "Payment Type": "online_cc"}  # fmt: skip
    return [
        {**to, "Sale Date": "09/18/26", "Order ID": "3412345678", "Number of Items": "3", "Order Value": "61.00", "Shipping": "4.50", "Sales Tax": "0", "Order Total": "65.50", "Card Processing Fees": "2.22", "Order Net": "63.28", "SKU": "BOWL-CEL,WHISK"},
        {**to, "Sale Date": "09/15/26", "Order ID": "3412345679", "Number of Items": "1", shipped: "09/16/2026", "Order Value": "12.50", "Shipping": "4.50", "Order Total": "17.00", "Order Net": "16.20", "SKU": "WHISK"},
        {**to, "Sale Date": "09/14/26", "Order ID": "3412345680", "Number of Items": "1", "Order Value": "48.00", "Order Total": "48.00", "Status": "Canceled", "Adjusted Order Total": "0.00", "SKU": "BOWL-CEL"},
    ]  # fmt: skip


def sold_order_items(shipped: str) -> list[dict[str, str]]:
    ship = {"Ship Name": "Rosa Example", "Ship Address1": "48 Sample Road", "Ship Address2": "Flat C", "Ship City": "Brighton", "Ship State": "East Sussex", "Ship Zipcode": "BN1 1AA", "Ship Country": "United Kingdom", "Currency": "GBP", "Buyer": "rosaexample", "Order Type": "online", "Listings Type": "listing", "Payment Type": "online_cc"}  # fmt: skip
    return [
        {**ship, "Sale Date": "09/18/26", "Item Name": "Hand-thrown tea bowl", "Quantity": "1", "Price": "36.00", "Item Total": "36.00", "Transaction ID": "4001", "Listing ID": "1234567890", "Date Paid": "09/18/2026", "Order ID": "3412345678", "Variations": "Glaze:Celadon", "SKU": "BOWL-CEL"},
        {**ship, "Sale Date": "09/18/26", "Item Name": "Bamboo whisk", "Quantity": "2", "Price": "12.50", "Item Total": "25.00", "Transaction ID": "4002", "Listing ID": "1234567891", "Date Paid": "09/18/2026", "Order ID": "3412345678", "SKU": "WHISK"},
        {**ship, "Sale Date": "09/15/26", "Item Name": "Bamboo whisk", "Quantity": "1", "Price": "12.50", "Item Total": "12.50", "Transaction ID": "4003", "Listing ID": "1234567891", "Date Paid": "09/15/2026", shipped: "09/16/2026", "Order ID": "3412345679", "SKU": "WHISK"},
        {**ship, "Sale Date": "09/14/26", "Item Name": "Hand-thrown tea bowl", "Quantity": "1", "Price": "48.00", "Item Total": "48.00", "Transaction ID": "4004", "Listing ID": "1234567890", "Date Paid": "09/14/2026", "Order ID": "3412345680", "SKU": "BOWL-CEL"},
    ]  # fmt: skip
