"""The delimiter is guessed from the records the header is looked for in.

Detection looks for the header in the first ``HEADER_SEARCH_RECORDS`` records; the guess
of the delimiter once read only twelve, so fifteen title and notice lines above a
semicolon- or tab-separated header left it with lines of one column whatever split them,
and the file was split on commas: one column each, no header found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.orders.reading import HEADER_SEARCH_RECORDS, read_tables
from app.storage import Database
from tests.helpers.amazon import ORDER, ORDER_REPORT
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.layouts import import_clean
from tests.helpers.woocommerce import ALGOLPLUS, algolplus_rows

# What a shop's reporting tool writes above the export it passes on: a title, the shop,
# the period, the filters (lists with commas) and a legend; fifteen lines in all.
NOTICE = [
    ["Bestellexport – Teehaus Beispiel"],
    ["Shop: teehaus-beispiel.example"],
    ["Zeitraum: 2026-09-01 bis 2026-09-18"],
    ["Erstellt: 2026-09-18 17:02"],
    ["Status: Processing, Completed, On hold"],
    ["Zahlungsarten: Kreditkarte, PayPal, Vorkasse"],
    ["Versandarten: Post, DPD, Abholung"],
    [""],
    ["Hinweis: Beträge in EUR, inkl. MwSt."],
    ["Hinweis: eine Zeile je Artikel, Bestelldaten wiederholt"],
    ["Legende: Item # = Position, Order Line = Zeilensumme"],
    ["Vertraulich, nur für den internen Gebrauch"],
    [""],
    ["Seite 1"],
    [""],
]


def notice_lines() -> str:
    """The notice as a tool writes it: one cell a line, the delimiter never used."""
    return "".join(row[0] + "\r\n" for row in NOTICE)


@pytest.mark.parametrize("delimiter", [";", "\t"], ids=["semicolon", "tab"])
def test_woocommerce_export_under_fifteen_notice_lines(
    database: Database, tmp_path: Path, delimiter: str
) -> None:
    body = write_csv(
        tmp_path / "body.csv",
        ALGOLPLUS,
        rows_from_dicts(ALGOLPLUS, algolplus_rows()),
        delimiter=delimiter,
        quote_all=True,
    ).read_text(encoding="utf-8")
    path = tmp_path / "bestellungen-2026-09.csv"
    path.write_bytes((notice_lines() + body).encode("utf-8"))
    assert len(NOTICE) == 15 < HEADER_SEARCH_RECORDS

    [table] = read_tables(path)
    assert table.delimiter == delimiter
    report, orders = import_clean(database, path)
    assert (report.profile, report.orders_new, report.lines) == ("woocommerce", 2, 3)
    assert orders["10231"]["recipient"]["address"] == "Probegasse 7, Top 3"


def test_amazon_tab_report_under_notice_lines_with_commas(
    database: Database, tmp_path: Path
) -> None:
    """Every notice line has commas, none a tab: split on commas they are wider than one
    column, but no two of them as wide as the header and its row split on tabs."""
    notice = [f"Note {n}: shipped, unshipped, pending, cancelled" for n in range(15)]
    body = write_csv(
        tmp_path / "body.txt", ORDER_REPORT, rows_from_dicts(ORDER_REPORT, [ORDER]), delimiter="\t"
    ).read_text(encoding="utf-8")
    path = tmp_path / "NewOrders.txt"
    path.write_text("\r\n".join(notice) + "\r\n" + body, encoding="utf-8", newline="")
    [table] = read_tables(path)
    assert table.delimiter == "\t"
    report, orders = import_clean(database, path)
    assert (report.profile, report.orders_new) == ("amazon_orders", 1)
    assert orders["114-3941689-8772232"]["recipient"]["city"] == "Dayton"


def test_a_note_full_of_semicolons_above_a_comma_header(database: Database, tmp_path: Path) -> None:
    """No ``sep=`` line: the note is forty cells wide split on semicolons, but only once;
    the header and its rows share their width split on commas."""
    note = "Filters: " + "; ".join(f"status {n}" for n in range(40))
    body = write_csv(
        tmp_path / "body.csv", ALGOLPLUS, rows_from_dicts(ALGOLPLUS, algolplus_rows())
    ).read_text(encoding="utf-8")
    path = tmp_path / "orders.csv"
    path.write_text(f"{note}\r\n{body}", encoding="utf-8", newline="")
    [table] = read_tables(path)
    assert table.delimiter == ","
    report, _orders = import_clean(database, path)
    assert (report.profile, report.orders_new) == ("woocommerce", 2)


def test_a_header_with_no_rows_yet_is_still_split_right(tmp_path: Path) -> None:
    """No width is shared by two records: the widest decides."""
    path = tmp_path / "empty-report.csv"
    path.write_text(notice_lines() + ";".join(ALGOLPLUS) + "\r\n", encoding="utf-8")
    [table] = read_tables(path)
    assert table.delimiter == ";"
