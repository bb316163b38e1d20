"""The station's command sheet: one barcode per command, to keep at the bench.

The packer never touches the keyboard, so every command (next order, another parcel, …)
is a barcode. The barcode holds the English word, which every keyboard-wedge scanner
types the same way whatever input method is on; the words beside it are in the shop's
language. The commands themselves come from ``app.dispatch.scan_input``.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.barcode import code128
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.catalogue import QT_TRANSLATE_NOOP
from app.dispatch.scan_input import SHEET_COMMANDS
from app.paper.fonts import register_fonts
from app.paper.slips import build_paper, paper_say, paper_styles

# what each command does, as the packer reads it beside its barcode
MEANINGS = {
    "NEXT": QT_TRANSLATE_NOOP("Paper", "Next order: close the open order"),
    "CANCEL": QT_TRANSLATE_NOOP("Paper", "Cancel: close the open order without a label"),
    "CONFIRM": QT_TRANSLATE_NOOP(
        "Paper", "Confirm: bind a label of no known shape (after a warning)"
    ),
    "PARCEL": QT_TRANSLATE_NOOP(
        "Paper", "Another parcel: the open or just dispatched order takes one more label"
    ),
    "MERGE": QT_TRANSLATE_NOOP(
        "Paper", "Merged parcel: scan every order that goes in it, then the one label"
    ),
    "REPRINT": QT_TRANSLATE_NOOP("Paper", "Reprint the open order's slip"),
}
TITLE = QT_TRANSLATE_NOOP("Paper", "Station commands")


def write_command_sheet(target: Path | BinaryIO, lang: str = "en", page_size: str = "a4") -> int:
    """Write the command sheet as a one-page PDF; return its page count."""
    styles = paper_styles()
    font = register_fonts()
    readable = ParagraphStyle("command", parent=styles.body, fontSize=13, leading=17)
    rows: list[list[Flowable | str]] = []
    for command in SHEET_COMMANDS:
        bar = code128.Code128(
            command, barHeight=15 * mm, barWidth=0.4 * mm, humanReadable=True, fontName=font
        )
        rows.append([bar, Paragraph(paper_say(MEANINGS[command], lang), readable)])
    table = Table(rows, colWidths=[75 * mm, 100 * mm], rowHeights=[30 * mm] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    flow: list[Flowable] = [
        Paragraph(paper_say(TITLE, lang), styles.title),
        Spacer(1, 2 * mm),
        Paragraph(
            paper_say(
                QT_TRANSLATE_NOOP(
                    "Paper",
                    "Scan a code with the station's scanner. Keep this sheet at the bench.",
                ),
                lang,
            ),
            styles.small,
        ),
        Spacer(1, 6 * mm),
        table,
    ]
    return build_paper(target, flow, paper_say(TITLE, lang), page_size)
