"""The pack's typography and tables: one font, a few styles, gridded tables that wrap only
where a cell's text is wider than its column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.paper.fonts import register_fonts

CELL_PADDING = 4  # points each side of a table cell
GRID = colors.HexColor("#9e9e9e")
HEAD = colors.HexColor("#eeeeee")
ALARM = colors.HexColor("#c62828")


def esc(text: object) -> str:
    """Text for a Paragraph: its markup characters escaped."""
    return (
        str(text if text is not None else "")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


class Kit:
    """The styles and the table builder every section of a pack uses."""

    def __init__(self) -> None:
        font = register_fonts()
        self.font = font
        self.h1 = ParagraphStyle(
            "h1", fontName=font, fontSize=16, leading=20, spaceBefore=0, spaceAfter=2
        )
        self.h2 = ParagraphStyle(
            "h2", fontName=font, fontSize=12, leading=15, spaceBefore=8, spaceAfter=3
        )
        self.h3 = ParagraphStyle(
            "h3", fontName=font, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2
        )
        self.body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12)
        self.small = ParagraphStyle("small", fontName=font, fontSize=8, leading=10)
        self.verdict = ParagraphStyle("verdict", fontName=font, fontSize=12.5, leading=16)
        # Raw answers are long unbroken JSON: break anywhere, as CJK text does.
        self.raw_text = ParagraphStyle(
            "raw", parent=self.small, fontSize=7, leading=9, wordWrap="CJK"
        )
        self.alarm = ParagraphStyle(
            "alarm",
            parent=self.body,
            fontSize=12,
            leading=15,
            textColor=colors.white,
            backColor=ALARM,
            borderPadding=6,
        )

    def table(
        self,
        header: list[str] | None,
        rows: list[list[object]],
        widths: list[float],
        style: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        """A gridded table whose cells wrap only where their text is wider than the column.

        A Paragraph per cell tripled the render time of a long timeline, and most cells
        (times, statuses, hashes, short carrier lines) fit on one line anyway.
        """
        room = [w * mm - 2 * CELL_PADDING for w in widths]
        everything = [list[object](header), *rows] if header is not None else rows
        cells = [
            [self.cell(value, room[column]) for column, value in enumerate(row)]
            for row in everything
        ]
        table = Table(
            cells, colWidths=[w * mm for w in widths], repeatRows=1 if header is not None else 0
        )
        commands: list[Any] = [
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), self.small.fontSize),
            ("LEADING", (0, 0), (-1, -1), self.small.leading),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("GRID", (0, 0), (-1, -1), 0.3, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if header is not None:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
        table.setStyle(TableStyle([*commands, *style]))
        return table

    def cell(self, value: object, room: float) -> object:
        if isinstance(value, Flowable):  # a picture, a drawing, a nested table
            return value
        text = str(value) if value is not None else ""
        if "\n" not in text and stringWidth(text, self.font, self.small.fontSize) <= room:
            return text
        return Paragraph(esc(text).replace("\n", "<br/>"), self.small)
