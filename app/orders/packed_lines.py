"""Order lines packed into numbered columns: one row per order, one item a column.

WebToffee's "Order Export & Import for WooCommerce" writes each order on one row and its
items in ``line_item_1``, ``line_item_2``, … as many columns as the largest order has
items; an order with fewer leaves the rest empty. Each item is a packed text of
``key:value`` pairs joined by ``|`` (``name:Blue mug|product_id:12|sku:MUG-1|quantity:2|
total:18.00|sub_total:18.00``, then any item meta such as ``pa_colour:blue``). A profile
says so under ``packed_lines`` (:class:`app.orders.profiles.PackedSpec`); the grouper hands
each row here, and each item becomes one line, its values raw text like any other column's,
placed at its column so a bad quantity is reported where it is.

A value may hold the pair separator (a name with a colon, a tax breakdown in JSON): only
the first one splits. The item separator escaped with a backslash (``\\|``) is kept as part
of a value. A part without a key and value, or an item without a quantity, is no line one
can ship: the order is refused, naming the row, the column and the part.
"""

from __future__ import annotations

import re

from app.orders.cleaning import normalise_header
from app.orders.detect import MAX_HEADER_CHARS, TableMatch
from app.orders.grouping import LineLayout, OrderGroup, Place, TableReading
from app.orders.issues import issue, quoted


class PackedLines:
    """The numbered item columns of one matched table, read row by row into lines."""

    def __init__(self, match: TableMatch) -> None:
        spec = match.spec.packed
        if spec is None:
            raise ValueError(f"{match.spec.label}: no packed_lines in its profile")
        self.source = match.table.label
        self.id_index = match.columns["order_id"].indexes[0]
        self.pair = spec.pair
        self.keys = tuple(spec.fields.values())
        self.quantity_key = spec.fields["quantity"]
        escaped = re.escape(spec.separator)
        self.split = re.compile(rf"(?<!\\){escaped}").split
        self.escaped_separator = "\\" + spec.separator
        self.separator = spec.separator
        names = tuple(spec.fields)
        found: list[tuple[int, int, str]] = []
        # every header, not the first MAX_HEADER_CELLS detection reads: a wholesale order
        # of 500 items has 500 item columns, and a column not looked at is an item lost
        for index, header in enumerate(match.headers):
            if len(header) <= MAX_HEADER_CHARS:
                numbered = spec.repeated.fullmatch(normalise_header(header))
                if numbered:
                    found.append((int(numbered[1]), index, header.strip()))
        # each column's layout is made once: the engine plans a layout's cleaning once
        self.columns = [
            (index, LineLayout(names, (Place(self.source, header),) * len(names)))
            for _number, index, header in sorted(found)
        ]

    @property
    def headers(self) -> list[str]:
        """The item columns found, in their number's order."""
        return [layout.places[0].header for _index, layout in self.columns]

    def take(self, group: OrderGroup, record: list[str], row: int, reading: TableReading) -> None:
        """Add each item of ``record`` to its order as a line; an item that cannot be read
        fails the order, reported at its row and column."""
        if group.packed_row is not None:  # one row per order: a second one is no more items
            order = quoted(record[self.id_index]) if self.id_index < len(record) else "''"
            first = str(group.packed_row)
            reading.errors.add(
                issue(self.source, row, None, "packed_order_twice", order=order, first=first)
            )
            group.failed = True
            return
        group.packed_row = row
        width = len(record)
        for index, layout in self.columns:
            cell = record[index] if index < width else ""
            if not cell.strip():
                continue  # this order has fewer items than the file's largest
            header = layout.places[0].header
            values = self._unpack(cell)
            if isinstance(values, tuple):
                key, params = values
                reading.errors.add(issue(self.source, row, header, key, **params))
                group.failed = True
                return
            if not values.get(self.quantity_key, "").strip():
                found = issue(
                    self.source,
                    row,
                    header,
                    "packed_item_no_quantity",
                    item=quoted(cell.strip()),
                    name=self.quantity_key,
                )
                reading.errors.add(found)
                group.failed = True
                return
            group.lines.append((row, layout, tuple(values.get(key, "") for key in self.keys)))

    def _unpack(self, cell: str) -> dict[str, str] | tuple[str, dict[str, str]]:
        """The item's key → value; or the problem (its key and values) that stops it: a part
        that is no key and value, or a field the import reads given twice."""
        values: dict[str, str] = {}
        for part in self.split(cell):
            if not part.strip():
                continue  # a separator at the end, or two together
            key, found, value = part.partition(self.pair)
            key = key.strip()
            if not found or not key:
                return "packed_item_malformed", {"part": quoted(part.strip())}
            if key in values and key in self.keys:
                return "packed_item_key_twice", {"item": quoted(cell.strip()), "name": key}
            values.setdefault(key, value.replace(self.escaped_separator, self.separator))
        return values
