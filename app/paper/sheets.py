"""The paper a shop prints on: office sheets, one slip or several to a sheet, and labels.

Most small shops print slips either on A4/Letter (often two or four to a sheet, cut
apart) or on the 100×150 mm / 4×6 in labels of a thermal printer. Every slip is laid out
for the frame it gets, not for a fixed page: the same order fills a quarter of an A4
sheet or a whole label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate
from reportlab.platypus.doctemplate import FrameBreak

from app.catalogue import QT_TRANSLATE_NOOP, SaidError
from app.paper.fonts import register_fonts


@dataclass(frozen=True)
class Paper:
    """A paper size: its page and the margin kept clear around what is printed."""

    size: tuple[float, float]
    margin: float
    label: bool  # a thermal label: one slip a label, no sheets to share


PAPERS: dict[str, Paper] = {
    "a4": Paper(A4, 15 * mm, False),
    "letter": Paper(LETTER, 15 * mm, False),
    "label-100x150": Paper((100 * mm, 150 * mm), 4 * mm, True),
    "label-4x6": Paper((4 * inch, 6 * inch), 4 * mm, True),
}
OFFICE_PAPERS = tuple(key for key, paper in PAPERS.items() if not paper.label)
PER_SHEET = (1, 2, 4)  # slips on one office sheet: whole, halves, quarters
_CUT_MARGIN = 8 * mm  # inside each part of a shared sheet, so the cut does not touch print


_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


ONE_A_LABEL = QT_TRANSLATE_NOOP(
    "Cli", "a label holds one slip: print several to a sheet on A4 or Letter"
)


class PaperError(SaidError, ValueError):
    """A paper choice that cannot be printed (several slips to a label)."""


def _parts(paper: Paper, per_sheet: int) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) of each slip's place on a page, top to bottom, left to right."""
    if per_sheet not in PER_SHEET:  # the faces offer only these
        raise ValueError(f"slips per sheet: one of {', '.join(map(str, PER_SHEET))}")
    if paper.label and per_sheet != 1:
        raise PaperError("Cli", ONE_A_LABEL)
    width, height = paper.size
    if per_sheet == 1:
        m = paper.margin
        return [(m, m, width - 2 * m, height - 2 * m)]
    columns = 1 if per_sheet == 2 else 2
    rows = per_sheet // columns
    part_w, part_h = width / columns, height / rows
    parts = []
    for index in range(per_sheet):
        row, column = divmod(index, columns)
        x, y = column * part_w, height - (row + 1) * part_h
        inner = (part_w - 2 * _CUT_MARGIN, part_h - 2 * _CUT_MARGIN)
        parts.append((x + _CUT_MARGIN, y + _CUT_MARGIN, *inner))
    return parts


def slip_frames(paper: Paper, per_sheet: int) -> list[Frame]:
    """Where slips go on one page: the page inside its margin, or its halves or quarters."""
    return [
        Frame(x, y, w, h, id=f"slip{index}", **_NO_PADDING)
        for index, (x, y, w, h) in enumerate(_parts(paper, per_sheet))
    ]


def slip_width(paper_key: str, per_sheet: int = 1) -> float:
    """How wide a slip is on this paper (points): what its barcode and table must fit."""
    return _parts(PAPERS[paper_key], per_sheet)[0][2]


def _cut_lines(per_sheet: int) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Dashed lines where a shared sheet is cut apart."""

    def draw(canvas: Canvas, document: BaseDocTemplate) -> None:
        if per_sheet == 1:
            return
        width, height = document.pagesize
        canvas.saveState()
        canvas.setStrokeColor(colors.grey)
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.3)
        canvas.line(0, height / 2, width, height / 2)
        if per_sheet == 4:
            canvas.line(width / 2, 0, width / 2, height)
        canvas.restoreState()

    return draw


def build_slips(
    target: Path | BinaryIO,
    slips: Sequence[list[Flowable]],
    title: str,
    paper_key: str,
    per_sheet: int = 1,
    first_page: list[Flowable] | None = None,
) -> int:
    """Lay ``slips`` out one to a frame (a page, half or quarter sheet, a label), after
    ``first_page`` (a pick list: the whole page) when given; return the pages."""
    paper = PAPERS[paper_key]
    frames = slip_frames(paper, per_sheet)
    whole = slip_frames(paper, 1)[0]
    document = BaseDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=paper.size,
        title=title,
        author="ShipProof",
        # the canvas starts in our font too, so no unembedded standard font enters the file
        initialFontName=register_fonts(),
        pageTemplates=[
            PageTemplate("slips", frames=frames, onPage=_cut_lines(per_sheet)),
            PageTemplate("whole", frames=[whole]),
        ],
    )
    flow: list[Flowable] = []
    if first_page:
        document.pageTemplates.reverse()  # the first page is the whole one
        flow += [*first_page, NextPageTemplate("slips"), FrameBreak()]
    for index, slip in enumerate(slips):
        if index:
            flow.append(FrameBreak())  # the next frame: the next part of the sheet or page
        flow += slip
    document.build(flow)
    return int(document.page)
