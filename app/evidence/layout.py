"""The pack's typography and tables: one font, a few styles, gridded tables that wrap only
where a cell's text is wider than its column."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

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


@cache
def kit() -> Kit:
    """The one kit every pack shares: its styles are constants, never changed once made."""
    return Kit()


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
        self.failed = self.body.clone("failed", textColor=colors.white)  # on the alarm colour
        self.warning = self.small.clone("warning", textColor=ALARM)
        self.mark = self.body.clone("mark", fontSize=12, leading=13)  # a checklist's ✔ ✘
        styles = [self.h1, self.h2, self.h3, self.body, self.small, self.verdict]
        styles += [self.raw_text, self.alarm, self.failed, self.warning, self.mark]
        self._fragments = {id(style): _fragment(style) for style in styles}

    def para(self, text: object, style: ParagraphStyle, colour: str | None = None) -> Paragraph:
        """``text`` as it reads (no markup) in one of the kit's styles; in ``colour`` (hex)
        as ``<font color>`` would paint it, when given.

        The Paragraph gets its one fragment from here, made as reportlab's markup parser
        makes it, and reportlab skips the parser: an HTMLParser for every paragraph, in a
        pack's fifty of them a tenth of its render time. The text's spacing is tidied as
        the parser's path does it (lines joined, runs of white space one space); the
        kit's styles transform no text (no ``textTransform``), so nothing else is left out.
        """
        words = cleanBlockQuotedText(str(text) if text is not None else "")
        painted = {"textColor": colors.HexColor(colour)} if colour is not None else {}
        fragments = [self._fragments[id(style)].clone(text=words, **painted)] if words else []
        return Paragraph(words, style, frags=fragments)

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
        if "\n" in text:  # the line breaks kept, as markup
            return Paragraph(esc(text).replace("\n", "<br/>"), self.small)
        if _width(text, self.font, self.small.fontSize) <= room:
            return text
        return self.para(text, self.small)


def _fragment(style: ParagraphStyle) -> ParaFrag:
    """The fragment reportlab's markup parser makes of plain text in ``style``."""
    [fragment] = Paragraph("x", style).frags
    return fragment


@lru_cache(maxsize=4096)
def _width(text: str, font: str, size: float) -> float:
    """A cell's text width: statuses, places and carrier lines repeat down a timeline."""
    return stringWidth(text, font, size)
