"""The parcel's story drawn on page one: a time axis, its milestones, the promised window
shaded and the late stretches marked — readable in black-and-white print as in colour.

Late stretches are hatched as well as coloured (shop and carrier hatched differently), the
promised window is a light grey band, and milestone marks differ by shape (the shop's
circles, the promise's diamond, the carrier's squares), so a photocopy keeps the meaning.
Labels are placed on alternating rows above and below the axis so close milestones
(dispatch and the carrier's pickup hours later) never print over each other.

The picture is drawn straight onto the page's canvas from a short list of lines, boxes and
texts, not as a reportlab ``Drawing``: a drawing's shapes check every attribute they are
given and its renderer saves and restores the graphics state around each of them, which
cost page one about 5 ms a pack (a late stretch of weeks alone is a hundred strokes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from reportlab.graphics.shapes import String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

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
TIME_COLOUR = colors.HexColor("#333333")
SHOP_MARKS = ("ordered", "paid", "dispatched")
CARRIER_MARKS = ("first_scan", "delivered", "last_seen")
TICK_HOURS = (1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720, 1440)
MAX_TICKS = 7
# label rows, nearest the axis first, alternating above (+) and below (−) it
ROWS = (1, -1, 2, -2, 3)


@dataclass(frozen=True)
class _Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 1.0
    colour: colors.Color = colors.black
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class _Box:
    """A rectangle, filled and, with a ``stroke`` colour, outlined."""

    x: float
    y: float
    w: float
    h: float
    fill: colors.Color
    stroke: colors.Color | None = None
    width: float = 1.0


@dataclass(frozen=True)
class _Shape:
    """A filled and outlined milestone mark: a dot (``points`` empty) or a polygon."""

    fill: colors.Color
    points: tuple[float, ...] = ()
    centre: tuple[float, float] = (0.0, 0.0)
    radius: float = 0.0


@dataclass(frozen=True)
class _Strokes:
    """Separate straight strokes as one path: a hatching."""

    segments: tuple[tuple[float, float, float, float], ...]
    width: float


@dataclass
class _Shifted:
    """Items drawn moved by (dx, dy), as a reportlab group with a translation."""

    dx: float
    dy: float
    items: list[object] = field(default_factory=list)


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


class Timeline(Flowable):
    """The drawn timeline: ``width`` points wide and only as tall as its labels.

    ``contents`` are its texts as reportlab ``String`` records (position, size, anchor),
    for anyone who wants to check where a label went.
    """

    def __init__(self, width: float, height: float, font: str, items: Sequence[object]) -> None:
        super().__init__()
        self.width, self.height, self.font = width, height, font
        self.items = list(items)
        self.hAlign = "LEFT"

    @property
    def contents(self) -> list[String]:
        return list(_texts(self.items))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineCap(0)
        canvas.setLineJoin(0)
        _Painter(canvas, self.font).paint(self.items)


def timeline_drawing(analysis: Analysis, words: Words, width: float, font: str) -> Timeline:
    """The drawing for ``analysis``, ``width`` points wide and only as tall as its labels."""
    moments = [m.at for m in analysis.milestones]
    moments += [d.start for d in analysis.delays] + [d.end for d in analysis.delays]
    if not moments:
        return Timeline(width, 0, font, [])
    # a story not ended (not dispatched, or still on its way): the axis runs on to the pack
    ongoing = not analysis.final
    if ongoing:
        moments.append(analysis.now)
    scale = _Scale(min(moments), max(moments), width)
    story = _Shifted(0, 0)  # drawn around a nominal axis at AXIS_Y, then moved to fit
    window = _window(analysis)
    if window is not None:
        left, right = scale.x(window[0]), scale.x(window[1])
        story.items.append(_Box(left, AXIS_Y - 10, right - left, 20, WINDOW))
    for delay in analysis.delays:
        story.items += _late_bar(delay, scale)
    story.items.append(_Line(SIDE, AXIS_Y, width - SIDE, AXIS_Y))
    _ticks(story.items, scale, words, font)
    labels = []
    for milestone in analysis.milestones:
        x = scale.x(milestone.at)
        story.items.append(_mark(milestone.key, x, milestone.late))
        name = words(f"tl_{milestone.key}")
        time = words.time(milestone.at)
        wide = max(stringWidth(name, font, NAME_SIZE), stringWidth(time, font, TIME_SIZE))
        labels.append(_Label(x, name, time, wide))
    if ongoing:
        x = scale.x(analysis.now)
        story.items.append(_Line(x, AXIS_Y - 6, x, AXIS_Y + 6, dash=(2, 1.5)))
        name, time = words("tl_now"), words.time(analysis.now)
        wide = max(stringWidth(name, font, NAME_SIZE), stringWidth(time, font, TIME_SIZE))
        labels.append(_Label(x, name, time, wide))
    _place(labels, width)
    for label in labels:
        story.items += _label(label, font)
    above = max([label.row for label in labels if label.row > 0], default=0)
    below = max([-label.row for label in labels if label.row < 0], default=0)
    legend = _legend(analysis, window is not None, words, font)
    depth = 34 + (below - 1) * ROW + 4 if below else 22  # under the axis: ticks, labels
    axis = (LEGEND if legend else 0) + depth
    story.dy = axis - AXIS_Y
    return Timeline(width, axis + 12 + above * ROW, font, [story, *legend])


def _window(analysis: Analysis) -> tuple[datetime, datetime] | None:
    """From payment (or the order) to the dispatch promise."""
    if analysis.deadline is None:
        return None
    starts = [m.at for m in analysis.milestones if m.key in ("paid", "ordered")]
    start = min(starts) if starts else analysis.deadline.at - timedelta(hours=24)
    return (start, analysis.deadline.at) if start < analysis.deadline.at else None


def _hatched(
    x: float, y: float, w: float, h: float, fill: colors.Color, slope: float
) -> list[object]:
    """A rectangle hatched with diagonal lines of ``slope`` ±1, kept inside it."""
    segments = []
    offset = -h
    while offset < w:
        # the line through (offset + t, t), t in [0, h], kept where 0 ≤ x ≤ w
        low, high = max(0.0, -offset), min(h, w - offset)
        if low < high:
            y1, y2 = (low, high) if slope > 0 else (h - low, h - high)
            segments.append((x + offset + low, y + y1, x + offset + high, y + y2))
        offset += 3.5
    return [_Box(x, y, w, h, fill, colors.black, 0.5), _Strokes(tuple(segments), 0.4)]


def _late_bar(delay: Delay, scale: _Scale) -> list[object]:
    left, right = scale.x(delay.start), scale.x(delay.end)
    return _hatched(
        left, AXIS_Y - 4, max(right - left, 1.5), 8, LATE[delay.party], HATCH[delay.party]
    )


def _mark(key: str, x: float, late: bool) -> object:
    fill = colors.black if not late else LATE["shop"]
    if key in SHOP_MARKS:
        return _Shape(fill, centre=(x, AXIS_Y), radius=3.2)
    if key in CARRIER_MARKS:
        fill = colors.black if not late else LATE["carrier"]
        return _Box(x - 3, AXIS_Y - 3, 6, 6, fill, colors.black)
    return _Shape(
        colors.white, (x, AXIS_Y + 4.5, x + 4.5, AXIS_Y, x, AXIS_Y - 4.5, x - 4.5, AXIS_Y)
    )


def _ticks(items: list[object], scale: _Scale, words: Words, font: str) -> None:
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
            items.append(_Line(x, AXIS_Y - 2, x, AXIS_Y - 8, width=0.5))
            text = words.date(tick)
            if hours < 24:
                text = f"{tick:%H}:00" if tick.date() == day else f"{text} {tick:%H}:00"
                day = tick.date()
            items.append(
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


def _label(label: _Label, font: str) -> list[object]:
    if label.row > 0:
        base = AXIS_Y + 10 + (label.row - 1) * ROW
        reach = base - 1
    else:  # below the axis: under the tick labels
        base = AXIS_Y - 34 - (-label.row - 1) * ROW
        reach = base + NAME_SIZE + TIME_SIZE + 1
    return [
        _Line(label.x, AXIS_Y, label.centre, reach, width=0.4, colour=colors.grey),
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
            fillColor=TIME_COLOUR,
        ),
    ]


def _legend(analysis: Analysis, window: bool, words: Words, font: str) -> list[object]:
    """What the band and the hatchings mean, along the bottom edge."""
    entries: list[tuple[str, list[object]]] = []
    if window:
        entries.append(("tl_window", [_Box(0, 0, 14, 7, WINDOW)]))
    for party in ("shop", "carrier"):
        if any(delay.party == party for delay in analysis.delays):
            entries.append((f"tl_late_{party}", _hatched(0, 0, 14, 7, LATE[party], HATCH[party])))
    legend: list[object] = []
    x = SIDE
    for key, swatch in entries:
        legend.append(_Shifted(x, 2, swatch))
        text = words(key)
        legend.append(String(x + 18, 3, text, fontName=font, fontSize=TIME_SIZE))
        x += 18 + stringWidth(text, font, TIME_SIZE) + 14
    return legend


def _texts(items: Sequence[object]) -> list[String]:
    found: list[String] = []
    for item in items:
        if isinstance(item, String):
            found.append(item)
        elif isinstance(item, _Shifted):
            found += _texts(item.items)
    return found


class _Painter:
    """Draws the items as reportlab's PDF renderer draws the shapes they stand for (the
    same operators and numbers), setting colours, widths and dashes only as they change."""

    def __init__(self, canvas: Canvas, font: str) -> None:
        self.canvas, self.font = canvas, font
        self._state: dict[str, object] = {}

    def _set(self, key: str, value: object) -> bool:
        if self._state.get(key, self) == value:
            return False
        self._state[key] = value
        return True

    def _stroke(self, colour: colors.Color, width: float, dash: tuple[float, ...] = ()) -> None:
        if self._set("stroke", colour):
            self.canvas.setStrokeColor(colour)
        if self._set("width", width):
            self.canvas.setLineWidth(width)
        if self._set("dash", dash):
            if dash:
                self.canvas.setDash(list(dash), 0)
            else:
                self.canvas.setDash()

    def _fill(self, colour: colors.Color) -> None:
        if self._set("fill", colour):
            self.canvas.setFillColor(colour)

    def paint(self, items: Sequence[object]) -> None:
        canvas = self.canvas
        for item in items:
            if isinstance(item, _Shifted):
                canvas.saveState()
                kept = dict(self._state)
                canvas.translate(item.dx, item.dy)
                self.paint(item.items)
                canvas.restoreState()
                self._state = kept
            elif isinstance(item, _Line):
                self._stroke(item.colour, item.width, item.dash)
                canvas.line(item.x1, item.y1, item.x2, item.y2)
            elif isinstance(item, _Box):
                self._fill(item.fill)
                if item.stroke is not None:
                    self._stroke(item.stroke, item.width)
                canvas.rect(
                    item.x, item.y, item.w, item.h, stroke=int(item.stroke is not None), fill=1
                )
            elif isinstance(item, _Shape):
                self._fill(item.fill)
                self._stroke(colors.black, 1.0)
                if not item.points:
                    canvas.circle(*item.centre, item.radius, stroke=1, fill=1)
                    continue
                path = canvas.beginPath()
                path.moveTo(item.points[0], item.points[1])
                for at in range(2, len(item.points), 2):
                    path.lineTo(item.points[at], item.points[at + 1])
                path.close()
                canvas.drawPath(path, stroke=1, fill=1)
            elif isinstance(item, _Strokes):
                self._stroke(colors.black, item.width)
                path = canvas.beginPath()
                for x1, y1, x2, y2 in item.segments:
                    path.moveTo(x1, y1)
                    path.lineTo(x2, y2)
                canvas.drawPath(path, stroke=1, fill=0)
            elif isinstance(item, String) and item.fillColor is not None:  # else unseen
                self._fill(item.fillColor)
                if self._set("font", (item.fontName, item.fontSize)):
                    canvas.setFont(item.fontName, item.fontSize)
                x = item.x
                if item.textAnchor == "middle":
                    x -= stringWidth(item.text, item.fontName, item.fontSize) * 0.5
                canvas.drawString(x, item.y, item.text)
