"""Render an evidence pack: one PDF per parcel that a dispute agent reads in a minute.

Every page carries the shop, the order, the tracking number, "page X of Y", when it was
made (with the zone) and the pack's id. Sections appear only when they have content:
order, recipient (phone masked unless asked), packing record, carrier timeline, a
timeliness analysis with a plain verdict, and integrity — "ok" only when every record the
pack rests on verifies; otherwise a prominent FAILED section naming what failed (the pack
is still made: the shop must know). All text comes from the wording data in both languages.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache, partial
from io import BytesIO
from typing import Any

import yaml
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.anchors import HEADS_KEY, Head, heads_json
from app.evidence.facts import PackFacts
from app.paper.fonts import register_fonts
from app.paper.slips import address_line, mask_phone
from app.paths import resource
from app.storage.models import Scan, TrackEvent

PAGE_SIZES = {"a4": A4, "letter": LETTER}
CELL_PADDING = 4  # points each side of a table cell
MOVED = (
    "picked_up",
    "in_transit",
    "customs",
    "out_for_delivery",
    "available_for_pickup",
    "delivered",
)


@cache
def wording() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        resource("evidence", "wording.yaml").read_text(encoding="utf-8")
    )
    return data


def _esc(text: object) -> str:
    return (
        str(text if text is not None else "")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


def _span(delta: timedelta) -> str:
    hours = int(abs(delta).total_seconds() // 3600)
    return f"{hours // 24} d {hours % 24} h" if hours >= 48 else f"{hours} h"


class _NumberedCanvas(Canvas):
    """Draws each page's header only once the page count is known ("page X of Y")."""

    def __init__(
        self, *args: Any, header: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._header = header
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._header(self, number, total)
            super().showPage()
        super().save()


@dataclass(frozen=True)
class PackResult:
    data: bytes
    pages: int
    sha256: str
    integrity: str  # "ok" | "failed"


class _Pack:
    def __init__(
        self,
        facts: PackFacts,
        lang: str,
        full_phone: bool,
        generated: datetime,
        page_size: tuple[float, float],
        raw: bool,
    ) -> None:
        self.facts, self.full_phone, self.generated = facts, full_phone, generated
        self.raw = raw
        self.page_size = page_size
        self.say: dict[str, Any] = wording()[lang]
        font = register_fonts()
        self.font = font
        self.h1 = ParagraphStyle(
            "h1", fontName=font, fontSize=15, leading=19, spaceBefore=6, spaceAfter=4
        )
        self.h2 = ParagraphStyle(
            "h2", fontName=font, fontSize=12, leading=15, spaceBefore=8, spaceAfter=3
        )
        self.h3 = ParagraphStyle(
            "h3", fontName=font, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2
        )
        self.body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12)
        self.small = ParagraphStyle("small", fontName=font, fontSize=8, leading=10)
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
            backColor=colors.HexColor("#c62828"),
            borderPadding=6,
        )
        self.pack_id = facts.root_hash[:12]

    def text(self, key: str, **values: object) -> str:
        return str(self.say[key]).format(**values)

    def table(self, header: list[str], rows: list[list[object]], widths: list[float]) -> Table:
        """A gridded table whose cells wrap only where their text is wider than the column.

        A Paragraph per cell tripled the render time of a long timeline, and most cells
        (times, statuses, hashes, short carrier lines) fit on one line anyway.
        """
        room = [w * mm - 2 * CELL_PADDING for w in widths]
        cells = [
            [self.cell(value, room[column]) for column, value in enumerate(row)]
            for row in [list[object](header), *rows]
        ]
        table = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.font),
                    ("FONTSIZE", (0, 0), (-1, -1), self.small.fontSize),
                    ("LEADING", (0, 0), (-1, -1), self.small.leading),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    def cell(self, value: object, room: float) -> str | Paragraph:
        text = str(value) if value is not None else ""
        if "\n" not in text and stringWidth(text, self.font, self.small.fontSize) <= room:
            return text
        return Paragraph(_esc(text), self.small)

    def header(self, canvas: Canvas, page: int, pages: int) -> None:
        order, shipment = self.facts.order, self.facts.shipment
        width, height = self.page_size
        canvas.saveState()
        canvas.setFont(self.font, 8)
        store = f"{order.store.platform} · {order.store.name}"
        left = f"{store} · {self.text('order_id')} {order.order_id}"
        if shipment is not None:
            left += f" · {shipment.tracking_number}"
        canvas.drawString(15 * mm, height - 10 * mm, left)
        canvas.drawRightString(
            width - 15 * mm, height - 10 * mm, self.text("page", page=page, pages=pages)
        )
        stamp = self.text("generated", time=self.generated.isoformat(timespec="seconds"))
        canvas.drawString(15 * mm, 8 * mm, stamp)
        canvas.drawRightString(width - 15 * mm, 8 * mm, self.text("pack_id", id=self.pack_id))
        canvas.restoreState()

    # --- sections ------------------------------------------------------------------------
    def flow(self) -> list[Flowable]:
        flow: list[Flowable] = [Paragraph(_esc(self.text("title")), self.h1)]
        if self.facts.problems:
            flow.append(Paragraph(_esc(self.text("integrity_failed")), self.alarm))
            flow.append(Spacer(1, 3 * mm))
        flow += self.order_section() + self.recipient_section() + self.packing_section()
        flow += (
            self.photo_section()
            + self.timeline_section()
            + self.timeliness_section()
            + self.integrity_section()
        )
        return flow + self.appendix_section()

    def order_section(self) -> list[Flowable]:
        order, say = self.facts.order, self.say
        facts = [
            (say["platform"], f"{order.store.platform} · {order.store.name}"),
            (say["order_id"], order.order_id),
            (say["created"], order.created_at),
            (say["paid"], order.paid_at),
            (
                say["total"],
                f"{order.total} {order.currency or ''}" if order.total is not None else None,
            ),
            (say["status_at_import"], order.platform_status),
            (say["buyer_note"], order.buyer_note),
        ]
        flow: list[Flowable] = [Paragraph(_esc(say["order"]), self.h2)]
        flow += [
            Paragraph(f"<b>{_esc(label)}</b>: {_esc(value)}", self.body)
            for label, value in facts
            if value
        ]
        if order.lines:
            rows: list[list[object]] = [
                [line.sku or line.barcode, line.title, line.variant, line.quantity, line.unit_price]
                for line in order.lines
            ]
            flow += [
                Spacer(1, 2 * mm),
                self.table(list(say["lines"]), rows, [30, 75, 40, 14, 21]),
            ]
        return flow

    def recipient_section(self) -> list[Flowable]:
        order = self.facts.order
        phone = order.recipient_phone if self.full_phone else mask_phone(order.recipient_phone)
        lines = [part for part in (order.recipient_name, phone, address_line(order)) if part]
        if not lines:
            return []
        flow: list[Flowable] = [Paragraph(_esc(self.say["recipient"]), self.h2)]
        flow += [Paragraph(_esc(line), self.body) for line in lines]
        if self.full_phone:
            flow.append(Paragraph(_esc(self.text("phone_full")), self.body))
        return flow

    def packing_section(self) -> list[Flowable]:
        """The scans that tell the parcel's story; then, apart, what the station stopped.

        A refused label or a stopped order is protection, not part of the story: listed
        among the accepted scans it reads as confusion to a claims agent.
        """
        if not self.facts.scans:
            return []
        accepted = [scan for scan in self.facts.scans if scan.result in ("ok", "info")]
        stopped = [scan for scan in self.facts.scans if scan.result not in ("ok", "info")]
        flow: list[Flowable] = [Paragraph(_esc(self.say["packing"]), self.h2)]
        if accepted:
            flow.append(self._scan_table(accepted))
        if stopped:
            flow += [
                Paragraph(_esc(self.say["stopped_scans"]), self.h3),
                Paragraph(_esc(self.say["stopped_scans_note"]), self.small),
                self._scan_table(stopped),
            ]
        return flow

    def _scan_table(self, scans: list[Scan]) -> Table:
        rows: list[list[object]] = [
            [
                _scan_time(scan.scanned_at),
                scan.station,
                scan.operator,
                scan.raw_input,
                scan.message,
            ]
            for scan in scans
        ]
        return self.table(list(self.say["scans"]), rows, [30, 22, 22, 40, 66])

    def photo_section(self) -> list[Flowable]:
        """Each photo the station took of this parcel, with when, where and its SHA-256."""
        if not self.facts.photos:
            return []
        flow: list[Flowable] = [Paragraph(_esc(self.say["photos"]), self.h2)]
        for scan, data in self.facts.photos:
            caption = self.text(
                "photo_caption",
                seq=scan.seq,
                time=_scan_time(scan.scanned_at),
                station=scan.station,
                operator=scan.operator,
                sha256=scan.photo_sha256,
            )
            if data is None:
                flow.append(Paragraph(_esc(self.text("photo_missing")), self.alarm))
            else:
                flow.append(_photo(data, 90 * mm, 68 * mm))
            flow += [Paragraph(_esc(caption), self.small), Spacer(1, 3 * mm)]
        return flow

    def timeline_section(self) -> list[Flowable]:
        if self.facts.shipment is None:
            return []
        flow: list[Flowable] = [Paragraph(_esc(self.say["timeline"]), self.h2)]
        if not self.facts.events:
            return [*flow, Paragraph(_esc(self.say["no_events"]), self.body)]
        answers = {snapshot.id: snapshot for snapshot in self.facts.snapshots}
        rows: list[list[object]] = []
        for event in reversed(self.facts.events):
            answer = answers.get(event.snapshot_id)
            source = (
                self.text("source", provider=event.provider, seq=answer.seq)
                if answer
                else event.provider
            )
            rows.append(
                [
                    event.event_time[:19].replace("T", " ") + event.event_time[19:],
                    event.status,
                    event.location,
                    event.text,
                    source,
                ]
            )
        return [
            *flow,
            self.table(list(self.say["events"]), rows, [41, 23, 24, 62, 30]),
        ]

    def timeliness_section(self) -> list[Flowable]:
        sentences = analyse(self.facts, self.say, self.generated)
        if not sentences:
            return []
        return [
            Paragraph(_esc(self.say["timeliness"]), self.h2),
            *[Paragraph(_esc(s), self.body) for s in sentences],
        ]

    def integrity_section(self) -> list[Flowable]:
        facts = self.facts
        flow: list[Flowable] = [Paragraph(_esc(self.say["integrity"]), self.h2)]
        if facts.problems:
            flow.append(Paragraph(_esc(self.text("integrity_failed")), self.alarm))
            flow += [Paragraph(_esc(str(problem)), self.body) for problem in facts.problems]
        else:
            flow.append(Paragraph(_esc(self.text("integrity_ok")), self.body))
        rows: list[list[object]] = [
            [self.text("scan_record", seq=scan.seq), scan.hash] for scan in facts.scans[-3:]
        ]
        rows += [
            [self.text("event_record", seq=event.seq), event.hash] for event in facts.events[-3:]
        ]
        rows += [
            [
                self.text(
                    "answer_record",
                    provider=snapshot.provider,
                    seq=snapshot.seq,
                    time=f"{snapshot.fetched_utc:%Y-%m-%d %H:%M} UTC",
                ),
                snapshot.sha256,
            ]
            for snapshot in facts.snapshots
        ]
        if rows:
            flow += [
                Spacer(1, 2 * mm),
                self.table(list(self.say["hashes"]), rows, [55, 125]),
            ]
        flow += [
            Spacer(1, 3 * mm),
            Paragraph(_esc(self.text("root", hash=facts.root_hash)), self.body),
            # Upper-case hex is QR "alphanumeric": a smaller code, quicker to make and scan.
            QrCode(facts.root_hash.upper(), width=28 * mm, height=28 * mm),
        ]
        return flow

    def appendix_section(self) -> list[Flowable]:
        """Each raw answer's digest; with ``raw``, its text when it concerns this parcel only."""
        if not self.facts.snapshots:
            return []
        flow: list[Flowable] = [Paragraph(_esc(self.say["appendix"]), self.h2)]
        for snapshot in self.facts.snapshots:
            answer = self.text("source", provider=snapshot.provider, seq=snapshot.seq)
            digest = self.text(
                "appendix_digest",
                answer=f"{answer}, {snapshot.fetched_utc:%Y-%m-%d %H:%M} UTC",
                status=snapshot.http_status if snapshot.http_status is not None else "—",
                size=len(snapshot.body),
                sha256=snapshot.sha256,
            )
            flow.append(Paragraph(_esc(digest), self.small))
            if not self.raw:
                continue
            others = len(json.loads(snapshot.numbers)) - 1
            if others > 0:
                flow.append(Paragraph(_esc(self.text("appendix_shared", count=others)), self.small))
            else:
                body = snapshot.body.decode("utf-8", errors="replace")
                flow.append(Paragraph(_esc(body), self.raw_text))
            flow.append(Spacer(1, 2 * mm))
        return flow


def _scan_time(scanned_at: str) -> str:
    """A scan's time as the station's clock read it, with its zone, without microseconds."""
    try:
        moment = datetime.fromisoformat(scanned_at)
    except ValueError:
        return scanned_at  # as recorded: the integrity section says whether it was edited
    offset = moment.isoformat()[-6:] if moment.tzinfo is not None else ""
    return f"{moment:%Y-%m-%d %H:%M:%S} {offset}".strip()


def _photo(data: bytes, width: float, height: float) -> Image:
    """A photo scaled to fit ``width`` × ``height``, its proportions kept."""
    reader = ImageReader(BytesIO(data))
    pixels_wide, pixels_high = reader.getSize()
    scale = min(width / pixels_wide, height / pixels_high)
    picture = Image(BytesIO(data), width=pixels_wide * scale, height=pixels_high * scale)
    picture.hAlign = "LEFT"
    return picture


def _legs(events: list[TrackEvent]) -> list[str]:
    """'杭州 → 上海 14 h' for each move between places, timed from arrival to arrival."""
    arrivals: list[tuple[str, datetime]] = []
    for event in events:
        if event.location and (not arrivals or arrivals[-1][0] != event.location):
            arrivals.append((event.location, datetime.fromisoformat(event.event_time)))
    return [
        f"{a} → {b} {_span(reached - left)}"
        for (a, left), (b, reached) in itertools.pairwise(arrivals)
    ]


def _dispatched_at(facts: PackFacts) -> datetime | None:
    scans: list[Scan] = [scan for scan in facts.scans if scan.code == "dispatched"]
    if scans:
        return datetime.fromisoformat(scans[0].scanned_at)
    if facts.shipment is not None:
        return facts.shipment.created_utc.replace(tzinfo=UTC)
    return None


def analyse(facts: PackFacts, say: dict[str, Any], now: datetime) -> list[str]:
    """The timeliness facts in plain sentences, then the verdict (rules in the wording data)."""
    rules = wording()["rules"]
    sentences: list[str] = []
    dispatched = _dispatched_at(facts)
    if dispatched is None:
        return sentences
    shop_late = False
    deadline_text = facts.order.dispatch_by
    if deadline_text:
        deadline = datetime.fromisoformat(deadline_text)
        shop_late = dispatched > deadline
        margin = say["dispatched_late" if shop_late else "dispatched_early"].format(
            hours=_span(dispatched - deadline)
        )
        sentences.append(
            say["dispatch_deadline"].format(
                deadline=deadline_text,
                dispatched=dispatched.isoformat(timespec="minutes"),
                verdict=margin,
            )
        )
    events: list[TrackEvent] = facts.events
    moving = [e for e in events if e.status in MOVED]
    if moving:
        first = datetime.fromisoformat(moving[0].event_time)
        sentences.append(say["pickup"].format(hours=_span(first - dispatched)))
    legs = _legs(events)
    if legs:
        sentences.append(say["legs"].format(legs="; ".join(legs)))
    carrier_late = False
    if len(events) >= 2:
        gaps = [
            (datetime.fromisoformat(b.event_time) - datetime.fromisoformat(a.event_time), a)
            for a, b in itertools.pairwise(events)
        ]
        longest, after = max(gaps, key=lambda gap: gap[0])
        sentences.append(
            say["silence"].format(
                hours=_span(longest), after=after.text, where=after.location or "—"
            )
        )
        carrier_late = longest >= timedelta(hours=rules["carrier_silence_hours"])
    delivered = next((e for e in events if e.status == "delivered"), None)
    if delivered is not None:
        when = datetime.fromisoformat(delivered.event_time)
        sentences.append(
            say["delivered"].format(
                time=delivered.event_time,
                hours=_span(when - dispatched),
                promised=rules["promised_transit_hours"],
            )
        )
        carrier_late = carrier_late or when - dispatched > timedelta(
            hours=rules["promised_transit_hours"]
        )
    elif facts.shipment is not None:
        back = next((e for e in events if e.status in ("returning", "returned")), None)
        if back is not None:
            sentences.append(
                say["sent_back"].format(
                    time=back.event_time, text=back.text, where=back.location or "—"
                )
            )
        sentences.append(say["not_delivered"].format(status=facts.shipment.status))
    verdict = "verdict_shop" if shop_late else "verdict_carrier" if carrier_late else "verdict_none"
    sentences.append(say[verdict])
    return sentences


def render(
    facts: PackFacts,
    lang: str = "en",
    full_phone: bool = False,
    page_size: str = "a4",
    now: datetime | None = None,
    raw: bool = False,
    heads: list[Head] | None = None,
) -> PackResult:
    """The pack as PDF bytes. ``heads``, the shop's chain heads when it was made, go into
    its metadata: ``shipproof verify --against`` the pack later proves nothing before them
    was rewritten since."""
    generated = (now or datetime.now(UTC)).astimezone()
    pack = _Pack(facts, lang, full_phone, generated, PAGE_SIZES[page_size], raw)
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[page_size],
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=16 * mm,
        bottomMargin=14 * mm,
        title=pack.text("title"),
        author="ShipProof",
        keywords=[f"{HEADS_KEY} {heads_json(heads)}"] if heads else [],
        initialFontName=pack.font,
        invariant=True,
    )
    document.build(pack.flow(), canvasmaker=partial(_NumberedCanvas, header=pack.header))
    data = buffer.getvalue()
    return PackResult(
        data,
        int(document.page),
        hashlib.sha256(data).hexdigest(),
        "failed" if facts.problems else "ok",
    )
