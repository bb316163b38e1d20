"""The paper a shop prints on, known without the PDF library: what the faces offer.

Most small shops print slips either on A4/Letter (often two or four to a sheet, cut
apart) or on the 100×150 mm / 4×6 in labels of a thermal printer. Sizes are in points
(1/72 in), as PDF measures them; :mod:`app.paper.sheets` lays slips out on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.catalogue import QT_TRANSLATE_NOOP, SaidError

MM = 72 / 25.4  # points in a millimetre
INCH = 72.0


@dataclass(frozen=True)
class Paper:
    """A paper size: its page and the margin kept clear around what is printed."""

    size: tuple[float, float]
    margin: float
    label: bool  # a thermal label: one slip a label, no sheets to share


PAPERS: dict[str, Paper] = {
    "a4": Paper((210 * MM, 297 * MM), 15 * MM, False),
    "letter": Paper((8.5 * INCH, 11 * INCH), 15 * MM, False),
    "label-100x150": Paper((100 * MM, 150 * MM), 4 * MM, True),
    "label-4x6": Paper((4 * INCH, 6 * INCH), 4 * MM, True),
}
OFFICE_PAPERS = tuple(key for key, paper in PAPERS.items() if not paper.label)
PER_SHEET = (1, 2, 4)  # slips on one office sheet: whole, halves, quarters
_CUT_MARGIN = 8 * MM  # inside each part of a shared sheet, so the cut does not touch print


ONE_A_LABEL = QT_TRANSLATE_NOOP(
    "Cli", "a label holds one slip: print several to a sheet on A4 or Letter"
)


class PaperError(SaidError, ValueError):
    """A paper choice that cannot be printed (several slips to a label)."""


def slip_parts(paper: Paper, per_sheet: int) -> list[tuple[float, float, float, float]]:
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


def slip_width(paper_key: str, per_sheet: int = 1) -> float:
    """How wide a slip is on this paper (points): what its barcode and table must fit."""
    return slip_parts(PAPERS[paper_key], per_sheet)[0][2]
