"""The parcel's story drawn on page one: a time axis, its milestones, the promised window
shaded and the late stretches marked — readable in black-and-white print as in colour.

Late stretches are hatched as well as coloured (shop and carrier hatched differently), the
promised window is a light grey band, and milestone marks differ by shape (the shop's
circles, the promise's diamond, the carrier's squares), so a photocopy keeps the meaning.
Labels are placed on alternating rows above and below the axis so close milestones
(dispatch and the carrier's pickup hours later) never print over each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.evidence.analysis import Analysis, Delay
from app.evidence.words import Words

AXIS_Y = 72.0  # where the axis is drawn before the drawing is fitted to its labels
LEGEND = 14.0  # the legend's strip at the bottom
SIDE = 6.0  # points kept free left and right
ROW = 19.0  # height of one row of labels
NAME_SIZE, TIME_SIZE = 7.5, 6.5
WINDOW = colors.HexColor("#d9d9d9")
LATE = {"shop": colors.HexColor("#e4572e"), "carrier": colors.HexColor("#f2a541")}
HATCH = {"shop": 1.0, "carrier": -1.0}  # the slope of each party's hatching
SHOP_MARKS = ("ordered", "paid", "dispatched")
CARRIER_MARKS = ("first_scan", "delivered", "last_seen")
TICK_HOURS = (1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720, 1440)
MAX_TICKS = 7
# label rows, nearest the axis first, alternating above (+) and below (−) it
ROWS = (1, -1, 2, -2, 3)


@dataclass
class _Label:
    x: float  # the mark on the axis
    name: str
    time: str
    width: float
    row: int = 1
    centre: float = 0.0


class _Scale:
    def __init__(self, start: datetime, end: datetime, width: float) -> None:
        span = max(end - start, timedelta(hours=12))
        pad = span * 0.04
        self.start, self.span = start - pad, span + 2 * pad
        self.left, self.width = SIDE, width - 2 * SIDE

    def x(self, when: datetime) -> float:
        return self.left + self.width * ((when - self.start) / self.span)


def timeline_drawing(analysis: Analysis, words: Words, width: float, font: str) -> Drawing:
    """The drawing for ``analysis``, ``width`` points wide and only as tall as its labels."""
    moments = [m.at for m in analysis.milestones]
    moments += [d.start for d in analysis.delays] + [d.end for d in analysis.delays]
    if not moments:
        return Drawing(width, 0, initialFontName=font)
    # a story not ended (not dispatched, or still on its way): the axis runs on to the pack
    ongoing = not analysis.final
    if ongoing:
        moments.append(analysis.now)
    scale = _Scale(min(moments), max(moments), width)
    story = Group()  # drawn around a nominal axis at AXIS_Y, then moved to fit
    window = _window(analysis)
    if window is not None:
        left, right = scale.x(window[0]), scale.x(window[1])
        story.add(_rect(left, AXIS_Y - 10, right - left, 20, WINDOW, None))
    for delay in analysis.delays:
        story.add(_late_bar(delay, scale))
    story.add(Line(SIDE, AXIS_Y, width - SIDE, AXIS_Y, strokeColor=colors.black, strokeWidth=1))
    _ticks(story, scale, words, font)
    labels = []
    for milestone in analysis.milestones:
        x = scale.x(milestone.at)
        story.add(_mark(milestone.key, x, milestone.late))
        name = words(f"tl_{milestone.key}")
        time = words.time(milestone.at)
        wide = max(stringWidth(name, font, NAME_SIZE), stringWidth(time, font, TIME_SIZE))
        labels.append(_Label(x, name, time, wide))
    if ongoing:
        x = scale.x(analysis.now)
        story.add(
            Line(x, AXIS_Y - 6, x, AXIS_Y + 6, strokeColor=colors.black, strokeDashArray=[2, 1.5])
        )
        name, time = words("tl_now"), words.time(analysis.now)
        wide = max(stringWidth(name, font, NAME_SIZE), stringWidth(time, font, TIME_SIZE))
        labels.append(_Label(x, name, time, wide))
    _place(labels, width)
    for label in labels:
        story.add(_label(label, font))
    above = max([label.row for label in labels if label.row > 0], default=0)
    below = max([-label.row for label in labels if label.row < 0], default=0)
    legend = _legend(analysis, window is not None, words, font)
    depth = 34 + (below - 1) * ROW + 4 if below else 22  # under the axis: ticks, labels
    axis = (LEGEND if legend.contents else 0) + depth
    story.translate(0, axis - AXIS_Y)
    # in our font from the start: else reportlab starts every drawing in Helvetica
    drawing = Drawing(width, axis + 12 + above * ROW, initialFontName=font)
    drawing.add(story)
    drawing.add(legend)
    return drawing


def _window(analysis: Analysis) -> tuple[datetime, datetime] | None:
    """From payment (or the order) to the dispatch promise."""
    if analysis.deadline is None:
        return None
    starts = [m.at for m in analysis.milestones if m.key in ("paid", "ordered")]
    start = min(starts) if starts else analysis.deadline.at - timedelta(hours=24)
    return (start, analysis.deadline.at) if start < analysis.deadline.at else None


def _rect(
    x: float,
    y: float,
    w: float,
    h: float,
    fill: colors.Color,
    stroke: colors.Color | None,
    width: float = 1.0,
) -> Rect:
    rect = Rect(x, y, w, h)  # reportlab's stubs mistype Rect's keyword arguments
    rect.fillColor, rect.strokeColor, rect.strokeWidth = fill, stroke, width
    return rect


def _hatched(x: float, y: float, w: float, h: float, fill: colors.Color, slope: float) -> Group:
    """A rectangle hatched with diagonal lines of ``slope`` ±1, clipped to it: one path, as
    a stretch of weeks needs a hundred strokes and a shape each would slow every pack."""
    hatch = Path()
    offset = -h
    while offset < w:
        # the line through (offset + t, t), t in [0, h], kept where 0 ≤ x ≤ w
        low, high = max(0.0, -offset), min(h, w - offset)
        if low < high:
            y1, y2 = (low, high) if slope > 0 else (h - low, h - high)
            hatch.moveTo(x + offset + low, y + y1)
            hatch.lineTo(x + offset + high, y + y2)
        offset += 3.5
    hatch.fillColor, hatch.strokeColor, hatch.strokeWidth = None, colors.black, 0.4
    return Group(_rect(x, y, w, h, fill, colors.black, 0.5), hatch)


def _late_bar(delay: Delay, scale: _Scale) -> Group:
    left, right = scale.x(delay.start), scale.x(delay.end)
    return _hatched(
        left, AXIS_Y - 4, max(right - left, 1.5), 8, LATE[delay.party], HATCH[delay.party]
    )


def _mark(key: str, x: float, late: bool) -> Group:
    fill = colors.black if not late else LATE["shop"]
    if key in SHOP_MARKS:
        return Group(Circle(x, AXIS_Y, 3.2, fillColor=fill, strokeColor=colors.black))
    if key in CARRIER_MARKS:
        fill = colors.black if not late else LATE["carrier"]
        return Group(_rect(x - 3, AXIS_Y - 3, 6, 6, fill, colors.black))
    diamond = [x, AXIS_Y + 4.5, x + 4.5, AXIS_Y, x, AXIS_Y - 4.5, x - 4.5, AXIS_Y]
    return Group(Polygon(diamond, fillColor=colors.white, strokeColor=colors.black, strokeWidth=1))


def _ticks(drawing: Group, scale: _Scale, words: Words, font: str) -> None:
    """Day (or hour) ticks under the axis, at the shop's midnights."""
    hours = next(
        (h for h in TICK_HOURS if scale.span / timedelta(hours=h) <= MAX_TICKS), TICK_HOURS[-1]
    )
    step = timedelta(hours=hours)
    first = scale.start.astimezone(words.zone).replace(minute=0, second=0, microsecond=0)
    if hours >= 24:
        first = first.replace(hour=0)
    tick, end, day = first, scale.start + scale.span, None
    while tick <= end:
        x = scale.x(tick)
        if scale.left <= x <= scale.left + scale.width:
            drawing.add(
                Line(x, AXIS_Y - 2, x, AXIS_Y - 8, strokeColor=colors.black, strokeWidth=0.5)
            )
            text = words.date(tick)
            if hours < 24:
                text = f"{tick:%H}:00" if tick.date() == day else f"{text} {tick:%H}:00"
                day = tick.date()
            drawing.add(
                String(x, AXIS_Y - 17, text, fontName=font, fontSize=TIME_SIZE, textAnchor="middle")
            )
        tick = (tick + step).astimezone(words.zone)
        if hours >= 24:  # across a daylight-saving change, stay on midnight
            tick = tick.replace(hour=0)


def _place(labels: list[_Label], width: float) -> None:
    """Each label on the nearest row where it overlaps no label before it."""
    ends: dict[int, float] = {}
    for label in sorted(labels, key=lambda item: item.x):
        half = label.width / 2
        label.centre = min(max(label.x, half + 1), width - half - 1)
        start = label.centre - half
        free = [row for row in ROWS if ends.get(row, float("-inf")) + 4 <= start]
        label.row = free[0] if free else min(ROWS, key=lambda row: ends.get(row, 0.0))
        ends[label.row] = label.centre + half


def _label(label: _Label, font: str) -> Group:
    if label.row > 0:
        base = AXIS_Y + 10 + (label.row - 1) * ROW
        reach = base - 1
    else:  # below the axis: under the tick labels
        base = AXIS_Y - 34 - (-label.row - 1) * ROW
        reach = base + NAME_SIZE + TIME_SIZE + 1
    group = Group(
        Line(label.x, AXIS_Y, label.centre, reach, strokeColor=colors.grey, strokeWidth=0.4),
        String(
            label.centre,
            base + TIME_SIZE + 1.5,
            label.name,
            fontName=font,
            fontSize=NAME_SIZE,
            textAnchor="middle",
        ),
        String(
            label.centre,
            base,
            label.time,
            fontName=font,
            fontSize=TIME_SIZE,
            textAnchor="middle",
            fillColor=colors.HexColor("#333333"),
        ),
    )
    return group


def _legend(analysis: Analysis, window: bool, words: Words, font: str) -> Group:
    """What the band and the hatchings mean, along the bottom edge."""
    entries: list[tuple[str, Group]] = []
    if window:
        entries.append(("tl_window", Group(_rect(0, 0, 14, 7, WINDOW, None))))
    for party in ("shop", "carrier"):
        if any(delay.party == party for delay in analysis.delays):
            entries.append((f"tl_late_{party}", _hatched(0, 0, 14, 7, LATE[party], HATCH[party])))
    legend, x = Group(), SIDE
    for key, swatch in entries:
        swatch.translate(x, 2)
        legend.add(swatch)
        text = words(key)
        legend.add(String(x + 18, 3, text, fontName=font, fontSize=TIME_SIZE))
        x += 18 + stringWidth(text, font, TIME_SIZE) + 14
    return legend
