"""WooCommerce exports of the common plugins: AlgolPlus and WebToffee layouts."""

from __future__ import annotations

# AlgolPlus's default field set, in its order.
ALGOLPLUS = [
    "Order Number", "Order Status", "Order Date", "Customer Note", "First Name (Billing)", "Last Name (Billing)",
    "Company (Billing)", "Address 1&2 (Billing)", "City (Billing)", "State Code (Billing)", "Postcode (Billing)",
    "Country Code (Billing)", "Email (Billing)", "Phone (Billing)", "First Name (Shipping)", "Last Name (Shipping)",
    "Address 1&2 (Shipping)", "City (Shipping)", "State Code (Shipping)", "Postcode (Shipping)",
    "Country Code (Shipping)", "Item #", "SKU", "Name", "Product Variation", "Quantity", "Quantity (- Refund)",
    "Item Cost", "Order Line (w/o tax)", "Order Line Tax", "Order Line Total", "Order Line Total Refunded",
    "Order Line Total (- Refund)", "Image URL", "Coupon Code", "Discount Amount", "Discount Amount Tax",
    "Payment Method Title", "Coupons Used", "Cart Discount Amount", "Order Subtotal Amount", "Order Tax Amount",
    "Order Shipping Amount", "Order Refund Amount", "Order Total Amount", "Order Total Tax Amount", "Total items",
    "Total products",
]  # fmt: skip


def algolplus_rows() -> list[dict[str, str]]:
    """A two-product order shipped to someone else, and a pickup order with billing only."""
    order = {"Order Number": "10231", "Order Status": "Processing", "Order Date": "2026-09-18 16:20:05", "Customer Note": "Ring the bell twice", "First Name (Billing)": "Erik", "Last Name (Billing)": "Beispiel", "Address 1&2 (Billing)": "Musterweg 1", "City (Billing)": "Graz", "Postcode (Billing)": "8010", "Country Code (Billing)": "AT", "Email (Billing)": "erik@example.invalid", "Phone (Billing)": "+43 316 000000", "First Name (Shipping)": "Anna", "Last Name (Shipping)": "Beispiel", "Address 1&2 (Shipping)": "Probegasse 7, Top 3", "City (Shipping)": "Wien", "Postcode (Shipping)": "1010", "Country Code (Shipping)": "AT", "Payment Method Title": "Kreditkarte", "Order Subtotal Amount": "43.80", "Order Shipping Amount": "5.90", "Order Total Amount": "49.70", "Total items": "3", "Total products": "2"}  # fmt: skip
    pickup = {"Order Number": "10232", "Order Status": "Completed", "Order Date": "2026-09-17 09:00:00", "First Name (Billing)": "Lena", "Last Name (Billing)": "Probe", "Phone (Billing)": "+43 1 0000000", "Address 1&2 (Billing)": "Testplatz 2", "City (Billing)": "Wien", "Postcode (Billing)": "1020", "Country Code (Billing)": "AT", "Order Total Amount": "12.90", "Total items": "1", "Total products": "1"}  # fmt: skip
    return [
        {**order, "Item #": "1", "SKU": "SENCHA-100", "Name": "Sencha – 100 g", "Product Variation": "Ernte: Frühling", "Quantity": "2", "Quantity (- Refund)": "2", "Item Cost": "12.90", "Order Line (w/o tax)": "25.80", "Order Line Total": "25.80"},
        {**order, "Item #": "2", "SKU": "KYUSU", "Name": "Kyusu Teekanne", "Quantity": "1", "Quantity (- Refund)": "1", "Item Cost": "18.00", "Order Line (w/o tax)": "18.00", "Order Line Total": "18.00"},
        {**pickup, "Item #": "1", "SKU": "SENCHA-100", "Name": "Sencha – 100 g", "Quantity": "1", "Quantity (- Refund)": "1", "Item Cost": "12.90", "Order Line Total": "12.90"},
    ]  # fmt: skip


# the exporter's columns in its order (data-order-post-columns.php), then the items
ORDER_COLUMNS = [
    "order_id", "order_number", "order_date", "paid_date", "status", "shipping_total",
    "shipping_tax_total", "fee_total", "fee_tax_total", "tax_total", "cart_discount",
    "order_discount", "discount_total", "order_total", "order_subtotal", "order_key",
    "order_currency", "payment_method", "payment_method_title", "transaction_id",
    "customer_ip_address", "customer_user_agent", "shipping_method", "customer_id",
    "customer_user", "customer_email", "billing_first_name", "billing_last_name",
    "billing_company", "billing_email", "billing_phone", "billing_address_1",
    "billing_address_2", "billing_postcode", "billing_city", "billing_state", "billing_country",
    "shipping_first_name", "shipping_last_name", "shipping_company", "shipping_phone",
    "shipping_address_1", "shipping_address_2", "shipping_postcode", "shipping_city",
    "shipping_state", "shipping_country", "customer_note", "wt_import_key", "shipping_items",
    "fee_items", "tax_items", "coupon_items", "refund_items", "order_notes",
    "download_permissions",
]  # fmt: skip

TAX_DATA = '{"total":{"1":"2.06"},"subtotal":{"1":"2.06"}}'

THREE_ITEMS = {
    "order_id": "4101", "order_number": "4101", "order_date": "2026-09-18 16:20:05",
    "paid_date": "2026-09-18T16:21:40+02:00", "status": "processing", "shipping_total": "5.90",
    "tax_total": "2.06", "order_total": "49.70", "order_subtotal": "43.80",
    "order_key": "wc_order_Xq7LmN2pRs", "order_currency": "EUR", "payment_method": "stripe",
    "payment_method_title": "Kreditkarte", "shipping_method": "Post", "customer_id": "17",
    "billing_first_name": "Erik", "billing_last_name": "Beispiel", "billing_email":
    "erik@example.invalid", "billing_phone": "+43 316 000000", "billing_address_1":
    "Musterweg 1", "billing_postcode": "8010", "billing_city": "Graz", "billing_country": "AT",
    "shipping_first_name": "Anna", "shipping_last_name": "Beispiel", "shipping_address_1":
    "Probegasse 7", "shipping_address_2": "Top 3", "shipping_postcode": "1010",
    "shipping_city": "Wien", "shipping_country": "AT", "customer_note": "Bitte klingeln",
    "wt_import_key": "4101",
    "shipping_items": "items:Sencha 100 g &times; 2, Kyusu &times; 1|method_id:flat_rate:1|taxes:",
    "order_notes": "content:Zahlung erhalten|date:2026-09-18 16:21:40|customer:0|added_by:system",
    "line_item_1": (
        "name:Tee: Sencha, 100 g|product_id:12|sku:SENCHA-100|quantity:2|total:25.80|"
        f"sub_total:25.80|tax:2.06|tax_data:{TAX_DATA}|pa_ernte:fruehling|_reduced_stock:2"
    ),
    "line_item_2": "name:Kyusu Teekanne|product_id:31|sku:KYUSU|quantity:1|total:18.00|sub_total:18.00",
    "line_item_3": "name:Probe Genmaicha|product_id:44|sku:|quantity:1|total:0.00|sub_total:0.00",
}  # fmt: skip

ONE_ITEM = {
    "order_id": "4102", "order_number": "4102", "order_date": "2026-09-17 09:00:00",
    "status": "completed", "order_total": "12.90", "order_currency": "EUR",
    "billing_first_name": "Lena", "billing_last_name": "Probe", "billing_phone": "+43 1 0000000",
    "billing_address_1": "Testplatz 2", "billing_postcode": "1020", "billing_city": "Wien",
    "billing_country": "AT", "wt_import_key": "4102",
    "line_item_1": "name:Sencha 100 g|product_id:12|sku:SENCHA-100|quantity:1|total:12.90|sub_total:12.90",
}  # fmt: skip
