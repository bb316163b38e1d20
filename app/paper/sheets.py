"""Slips laid out on paper (:mod:`app.paper.papers`): one to a frame, where a frame is a
page, a half or quarter of an office sheet, or a label. Every slip is laid out for the
frame it gets, not for a fixed page: the same order fills a quarter of an A4 sheet or a
whole label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate
from reportlab.platypus.doctemplate import FrameBreak

from app.paper.fonts import register_fonts
from app.paper.papers import PAPERS, Paper, slip_parts

_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


def slip_frames(paper: Paper, per_sheet: int) -> list[Frame]:
    """Where slips go on one page: the page inside its margin, or its halves or quarters."""
    return [
        Frame(x, y, w, h, id=f"slip{index}", **_NO_PADDING)
        for index, (x, y, w, h) in enumerate(slip_parts(paper, per_sheet))
    ]


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
