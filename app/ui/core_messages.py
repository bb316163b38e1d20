"""The core's sentences in the user's language: packing-station outcomes, alerts, and the
problems an import finds.

The core words them in English from keyed templates (``app.dispatch.outcome.MESSAGES``,
``app.alerts.engine.MESSAGES``, ``app.orders.issues.IMPORT_MESSAGES``); here each key has
its translatable twin with the same placeholders. A scan outcome and an import's
``RowIssue`` carry their key and values; an alert keeps only its words, so the values are
read back through the English template. A key this table does not
know (or words that no longer fit) show the core's English: never nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.alerts.engine import MESSAGES as ALERT_TEMPLATES
from app.dispatch.outcome import ScanOutcome
from app.orders.issues import RowIssue
from app.ui.codes import duration, order_status, parcel_status

SCAN_DETAILS = {
    "empty": QT_TRANSLATE_NOOP("ScanDetail", "empty scan"),
    "nothing_open": QT_TRANSLATE_NOOP("ScanDetail", "no order was open"),
    "closed": QT_TRANSLATE_NOOP("ScanDetail", "order {order} closed"),
    "closed_unlabelled": QT_TRANSLATE_NOOP("ScanDetail", "order {order} closed without a label"),
    "merge_started": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "merged parcel: scan every order that goes in it, then the one label",
    ),
    "merge_started_with": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "merged parcel with order {order}: scan the other orders that go in it, then the one label",
    ),
    "closed_parcels_missing": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order} closed with {count} of {planned} parcels",
    ),
    "ambiguous_order": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "{order} is an order id in several stores ({stores}): this slip cannot say which — scan its platform waybill instead",  # noqa: E501 - one literal for lupdate
    ),
    "reprint": QT_TRANSLATE_NOOP("ScanDetail", "reprint the slip of {order}"),
    "idle_command": QT_TRANSLATE_NOOP("ScanDetail", "{command}: nothing to do now"),
    "parcel_in_merge": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "a merged parcel takes one label: finish it before adding a parcel",
    ),
    "parcels_planned": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order} goes in {count} parcels: scan each label",
    ),
    "parcel_next": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order}: scan the label of parcel {parcel}",
    ),
    "item": QT_TRANSLATE_NOOP("ScanDetail", "{title}"),
    "item_counted": QT_TRANSLATE_NOOP("ScanDetail", "{title} {count}/{quantity}"),
    "over_quantity": QT_TRANSLATE_NOOP("ScanDetail", "{title}: only {quantity} in this order"),
    "stopped": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "STOP: order {order} is {status} ({platform_status}) — do not ship",
    ),
    "dispatched_at": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order} was already dispatched with {number} on {when} at station {station} by {operator}",  # noqa: E501 - one literal for lupdate
    ),
    "finish_first": QT_TRANSLATE_NOOP("ScanDetail", "finish order {order} first: {missing}"),
    "opened": QT_TRANSLATE_NOOP("ScanDetail", "order {order}: scan the label"),
    "opened_left_unlabelled": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order}: scan the label — order {left} was put aside without a label",
    ),
    "label_read_again": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "label {number} is already on order {order}: it was read twice",
    ),
    "opened_items": QT_TRANSLATE_NOOP("ScanDetail", "order {order}: scan {missing}"),
    "opened_merged": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order}: scan the label ({count} orders in this parcel)",
    ),
    "opened_items_merged": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order}: scan {missing} ({count} orders in this parcel)",
    ),
    "opened_merged_first": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order}: scan the other orders of this merged parcel, then the label",
    ),
    "opened_shipped": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order}: the platform says it shipped with {waybill} — scan that label",
    ),
    "label_first": QT_TRANSLATE_NOOP("ScanDetail", "order {order}: scan {missing}, then the label"),
    "label_used": QT_TRANSLATE_NOOP("ScanDetail", "label {number} is already on order {order}"),
    "label_on_this_order": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "label {number} is already on this order",
    ),
    "not_a_code": QT_TRANSLATE_NOOP("ScanDetail", "{number}: not an order, an item or a label"),
    "scan_order_first": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "{number}: no order is open — scan the order first",
    ),
    "closed_scan_parcel": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "{number}: order {order} is closed — for another parcel of it scan PARCEL, then the label; otherwise scan the next order first",  # noqa: E501 - one literal for lupdate
    ),
    "not_tracking": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "not a tracking number: 6 to 40 letters and digits",
    ),
    "check_digit": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "check digit wrong for {rules}: mistyped or misread",
    ),
    "items_before_label": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "still to scan before the label: {missing}",
    ),
    "not_in_order": QT_TRANSLATE_NOOP("ScanDetail", "{number} is not in order {order}"),
    "not_in_order_missing": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "{number} is not in order {order}; still to scan: {missing}",
    ),
    "waybill_mismatch": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "the platform assigned {waybill} to order {order}, not {number}",
    ),
    "waybill_of_other": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "label {number} is the platform's waybill of order {owner}, not of {order}",
    ),
    "waybill_shared": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "label {number} is also the platform's waybill of order {owner}: scan MERGE, both orders, then the label",  # noqa: E501 - one literal for lupdate
    ),
    "waybill_of_other_closed": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "label {number} is the platform's waybill of order {owner}, and order {order} is closed — scan order {owner} first",  # noqa: E501 - one literal for lupdate
    ),
    "carrier_mismatch": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order} ships with {carrier}; this label looks like {carriers}",
    ),
    "unrecognized": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "{number} fits no known carrier: scan it again, or scan CONFIRM",
    ),
    "dispatched": QT_TRANSLATE_NOOP("ScanDetail", "order {order} dispatched with {number}"),
    "dispatched_parcel": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order} dispatched with {number} (parcel {parcel})",
    ),
    "dispatched_more": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order}: parcel {parcel} dispatched with {number} — scan the next label",
    ),
    "merged_dispatched": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "merged parcel of orders {orders} dispatched with {number}",
    ),
}
ALERT_MESSAGES = {
    "no_tracking_info": QT_TRANSLATE_NOOP(
        "AlertMessage", "{label}: dispatched {age} ago, the carrier has no record yet"
    ),
    "delivery_exception.carrier_says": QT_TRANSLATE_NOOP(
        "AlertMessage", "{label}: {status} — {carrier_says}"
    ),
    "delivery_exception": QT_TRANSLATE_NOOP("AlertMessage", "{label}: {status}"),
    "returned": QT_TRANSLATE_NOOP("AlertMessage", "{label}: {status} to the sender"),
    "out_for_delivery_too_long": QT_TRANSLATE_NOOP(
        "AlertMessage", "{label}: out for delivery for {age}"
    ),
    "stalled": QT_TRANSLATE_NOOP("AlertMessage", "{label}: no news from the carrier for {age}"),
    "dispatch_overdue": QT_TRANSLATE_NOOP(
        "AlertMessage", "order {order}: not dispatched, {age} past its deadline"
    ),
}
IMPORT_DETAILS = {
    "scientific_notation": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value} is in scientific notation: the file was re-saved by a spreadsheet and digits "
        "were lost; export it again from the platform",
    ),
    "not_whole_number": QT_TRANSLATE_NOOP("ImportProblem", "{value} is not a whole number"),
    "not_money": QT_TRANSLATE_NOOP("ImportProblem", "{value} is not an amount of money"),
    "not_datetime": QT_TRANSLATE_NOOP(
        "ImportProblem", "{value} is not a date/time this platform writes"
    ),
    "duplicate_row": QT_TRANSLATE_NOOP(
        "ImportProblem", "repeats row {first} exactly; imported once"
    ),
    "empty_order_id": QT_TRANSLATE_NOOP("ImportProblem", "the order id is empty"),
    "truncated_row": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the file ends inside this row ({width} of {columns} columns): it looks truncated, "
        "so this order was not imported; export the file again",
    ),
    "no_order_row": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "order {order} has item rows but no order row (missing, or refused above): not imported",
    ),
    "unknown_status": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "order {order}: status {status} is not one this profile knows; nothing was guessed",
    ),
    "unknown_status_empty": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "order {order}: status '(empty)' is not one this profile knows; nothing was guessed",
    ),
    "no_quantity": QT_TRANSLATE_NOOP("ImportProblem", "the line has no quantity"),
    "packed_item_malformed": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{part} in this item is not a key with its value; the order was not imported: export "
        "the file again",
    ),
    "packed_item_no_quantity": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the item {item} has no {name}: nothing says how many to pack, so the order was not "
        "imported",
    ),
    "not_an_export": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file} is not an order export of any known platform (its first row reads: "
        "{first_row}). Choose the platform, or map its columns in the app",
    ),
    "not_an_export_empty": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file} is not an order export of any known platform (its first row reads: "
        "nothing). Choose the platform, or map its columns in the app",
    ),
    "not_an_export_missing": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file} is not an order export of any known platform: row {header_row} reads {seen}; the "
        "closest is {profile} ({found} of {known} known columns), but it lacks {missing}, "
        "which an import needs. Choose the platform, or map its columns in the app",
    ),
    "not_an_export_indistinct": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file} is not an order export of any known platform: row {header_row} reads {seen}; "
        "the closest is {profile} ({found} of {known} known columns), but it has none of "
        "{distinct}, which tell that export apart. Choose the platform, or map its columns "
        "in the app",
    ),
    "not_an_export_weak": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file} is not an order export of any known platform: row {header_row} reads {seen}; the "
        "closest is {profile}, with only {found} of {known} known columns. Choose the "
        "platform, or map its columns in the app",
    ),
    "ambiguous_profile": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: its columns fit several profiles about equally well ({candidates}); "
        "choose which one it is",
    ),
    "part_of_export": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "this is the {table} of a {platform} export; import it together with its {wanted}",
    ),
    "table_missing": QT_TRANSLATE_NOOP(
        "ImportProblem", "no {table} given: orders imported without what it holds"
    ),
    "no_readable_order": QT_TRANSLATE_NOOP(
        "ImportProblem", "no order in the file could be read; see the rows above"
    ),
    "no_orders": QT_TRANSLATE_NOOP("ImportProblem", "the file has a header but no orders"),
    "several_stores": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "there are several {platform} stores ({stores}): choose the one these orders "
        "belong to (--store on the command line)",
    ),
    "file_empty": QT_TRANSLATE_NOOP("ImportProblem", "{file}: the file is empty"),
    "shop_database": QT_TRANSLATE_NOOP(
        "ImportProblem", "{file} is this shop's own database, not an export of orders"
    ),
    "encrypted_workbook": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: the workbook is password-protected (encrypted). Open it in Excel or "
        "WPS, remove the password, save it, and import the saved copy",
    ),
    "binary_file": QT_TRANSLATE_NOOP(
        "ImportProblem", "{file}: this is a binary file, not a text export"
    ),
    "unknown_encoding": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: the text encoding cannot be recognised (not UTF-8, GBK/GB18030 or "
        "Windows-1252); export it again or save it as UTF-8",
    ),
    "mixed_utf8": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: line {line} is not valid UTF-8 although the rest of the file is; "
        "the file was probably edited with another encoding. Export it again",
    ),
    "bad_line_encoding": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: line {line} is not valid {encoding} text although the file says it is",
    ),
    "no_sheets": QT_TRANSLATE_NOOP("ImportProblem", "{file}: the workbook has no sheets"),
    # hostile or damaged files, values past their column (issue 13)
    "workbook_not_zip": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: not a readable Excel workbook (an .xlsx file is a zip archive and this "
        "one is not); export it again, or save it as .xlsx or CSV",
    ),
    "workbook_unreadable": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: not a readable Excel workbook ({reason})",
    ),
    "xls_damaged": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: the Excel 97-2003 workbook (.xls) is damaged: its parts point past its end or "
        "into each other; export it again, or save it as .xlsx",
    ),
    "ole_not_workbook": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: an Office file, but not an Excel workbook (it holds no sheets); export the "
        "orders again as .xls, .xlsx or CSV",
    ),
    "sheet_unreadable": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet} cannot be read ({reason})",
    ),
    "workbook_damaged": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: the workbook is damaged or cut short ({reason}); export it again",
    ),
    "workbook_truncated": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: the workbook is cut short (its zip directory is missing), as an "
        "interrupted download or copy leaves it; export it again",
    ),
    "zip_not_workbook": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: a zip archive, but not an Excel workbook (it holds {names}); unpack it "
        "and import the export inside",
    ),
    "workbook_unsupported": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: {kind} workbooks are not read; save it as .xlsx or CSV and import that",
    ),
    "workbook_too_large": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: the workbook unpacks to {size} MB, more than the {limit} MB ShipProof "
        "reads; export fewer orders at a time",
    ),
    "workbook_bomb": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: {part} unpacks to {ratio} times its packed size, which no real export "
        "does; it was not read",
    ),
    "sheet_claims_too_much": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet} claims cells up to {extent} but holds {rows} rows; open it"
        " in Excel or WPS, save it again, and import the saved copy",
    ),
    "sheet_sparse": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet} has cells as far as {extent} but only {cells} cells hold "
        "anything; delete the stray cells far from the data, save it, and import it again",
    ),
    "sheet_beyond_excel": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet} has a cell at {cell}, beyond the last row or column Excel allows",
    ),
    "sheet_rows_out_of_order": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet}: row {number} comes after row {previous}; the sheet is "
        "damaged, export it again",
    ),
    "sheet_bad_cell": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet}: cell {cell} is damaged; export the file again",
    ),
    "sheet_xml_bad": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: {sheet} is not well-formed XML ({reason}); export it again",
    ),
    "sheet_record_too_large": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: {sheet} holds more than {limit} MB of XML in one piece (a cell that "
        "long, or nesting that deep, is no order data); it was not read",
    ),
    "sheet_too_many_elements": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: {sheet} holds over a million XML elements outside its rows, which no "
        "spreadsheet writes; it was not read",
    ),
    "cell_too_long": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet}, cell {cell}: {length} characters, more than the {limit} "
        "ShipProof reads in one cell; export the file again",
    ),
    "record_unreadable": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: record {record} cannot be read ({reason}); a cell longer than {limit} KB"
        " or a broken quote",
    ),
    "quantity_out_of_range": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value} is not a quantity a line can have (a whole number from 0 to {limit})",
    ),
    "money_out_of_range": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value} is beyond the amounts ShipProof keeps exactly (up to {limit} either way)",
    ),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value} is not a date an order can have (years {first} to {last})",
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value} is longer than the {limit} characters ShipProof keeps for it",
    ),
    "order_id_hidden_character": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "order id {value} holds {character} at position {position}, which no platform "
        "writes in an order id; kept apart it would look like another order, merged it "
        "could join two, so the row was not imported: export the file again",
    ),
    "more_errors": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{count} more errors not listed",
    ),
    "more_warnings": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{count} more warnings not listed",
    ),
}
_AGE = re.compile(r"(?:(\d+) d )?(\d+) h")


def scan_detail(outcome: ScanOutcome) -> str:
    """The outcome's message in the user's language; its English for an unknown key."""
    source = SCAN_DETAILS.get(outcome.detail)
    if source is None:
        return outcome.message
    params = dict(outcome.params)
    if "status" in params:
        params["status"] = order_status(params["status"])
    return _fill("ScanDetail", str(source), params, outcome.message)


def row_issue(issue: RowIssue) -> str:
    """An import problem in the user's language; its English when its key is unknown."""
    source = IMPORT_DETAILS.get(issue.key)
    if source is None:
        return issue.message
    return _fill("ImportProblem", str(source), issue.params, issue.message)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """``template`` as a regular expression that gives back its placeholders' values."""
    parts = re.split(r"\{(\w+)\}", template)  # text, name, text, name, …, text
    return re.compile(
        "".join(
            f"(?P<{part}>.+?)" if index % 2 else re.escape(part) for index, part in enumerate(parts)
        ),
        re.DOTALL,
    )


def alert_message(rule: str, message: str) -> str:
    """An alert's stored English message, said again in the user's language."""
    for key, template in ALERT_TEMPLATES.items():
        source = ALERT_MESSAGES.get(key)
        if key.split(".")[0] != rule or source is None:
            continue
        match = _pattern(template).fullmatch(message)
        if match is None:
            continue
        params = match.groupdict()
        if "status" in params:
            params["status"] = parcel_status(params["status"].replace(" ", "_"))
        age = _AGE.fullmatch(params.get("age", ""))
        if age is not None:
            params["age"] = duration(int(age[1] or 0), int(age[2]))
        return _fill("AlertMessage", str(source), params, message)
    return message


def _fill(context: str, source: str, params: Mapping[str, str], english: str) -> str:
    try:
        return QCoreApplication.translate(context, source).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return english
