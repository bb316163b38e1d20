"""The page-one timeline as painted: what one item sets does not leak into the next."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import BytesIO
from types import SimpleNamespace

from reportlab.pdfgen.canvas import Canvas

from app.evidence.analysis import analyse
from app.evidence.timeline_drawing import timeline_drawing
from app.evidence.words import Words
from app.paper.fonts import register_fonts

START = datetime(2026, 9, 1, tzinfo=UTC)


def _at(hours: float) -> str:
    return (START + timedelta(hours=hours)).isoformat()


def _painted() -> list[str]:
    """A parcel dispatched late and still on its way: a hatched late stretch, the dashed
    line of the pack's own time, labels above and below the axis."""
    facts = SimpleNamespace(
        order=SimpleNamespace(
            created_at=_at(0),
            paid_at=_at(0.5),
            dispatch_by=_at(48),
            store=SimpleNamespace(platform="ebay", name="default"),
        ),
        scans=[SimpleNamespace(seq=7, code="dispatched", scanned_at=_at(90), tracking_number="X")],
        shipment=SimpleNamespace(carrier="ups", tracking_number="X", created_utc=None),
        parcel_status="in_transit",
        events=[
            SimpleNamespace(
                seq=1, event_time=_at(92), status="picked_up", text="", location="", provider="x"
            )
        ],
    )
    analysis = analyse(facts, START + timedelta(days=6))  # type: ignore[arg-type]
    timeline = timeline_drawing(analysis, Words("en", UTC), 510, register_fonts())
    canvas = Canvas(BytesIO(), invariant=True)
    timeline.wrapOn(canvas, 510, 800)
    timeline.drawOn(canvas, 40, 400)
    return [line for chunk in canvas._code for line in chunk.split("\n")]


def test_only_the_line_of_the_packs_time_is_dashed() -> None:
    code = _painted()
    dashes = [n for n, line in enumerate(code) if line.endswith(" d")]
    dashed = [n for n in dashes if code[n] == "[2 1.5] 0 d"]
    assert len(dashed) == 1
    reset = next(n for n in dashes if n > dashed[0])
    assert code[reset] == "[] 0 d"  # before any other line is drawn
    strokes = [line for line in code[dashed[0] : reset] if line.endswith(" S")]
    assert len(strokes) == 1 and strokes[0].endswith(" l S")  # the one short vertical line
