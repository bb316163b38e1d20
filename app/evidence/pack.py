"""Render an evidence pack: one PDF per parcel that a dispute agent reads in a minute.

Page one answers the dispute (``app.evidence.page_one``): the verdict, the key times
beside the promise, a drawn timeline, the photo, the integrity result and the platform's
own questions. The details follow from page two: order, recipient (phone masked unless
asked), packing record, photos, carrier timeline, the timeliness findings, integrity —
"ok" only when every record the pack rests on verifies; otherwise a prominent FAILED
section naming what failed (the pack is still made: the shop must know) — and the
appendix. Every page carries the shop, the order, the tracking number, "page X of Y",
when it was made and the pack's id. All text comes from the wording data in both
languages, every time is in the shop's zone, every code is shown by its name.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from app.anchors import HEADS_KEY, Head, heads_json
from app.dispatch.outcome import ScanResult
from app.evidence.analysis import Analysis, analyse, read_time
from app.evidence.attachment import attach_records
from app.evidence.checklist import Evidence, answer, checklists
from app.evidence.context import PackContext, local_context
from app.evidence.facts import PackFacts
from app.evidence.layout import kit
from app.evidence.page_one import PageOne, photo
from app.evidence.qr import QrCode
from app.evidence.words import Name, Words
from app.orders.stores import DEFAULT_STORE
from app.paper.slips import address_line, mask_phone
from app.storage.models import Scan
from app.tsa.kept import KeptAnchor

PAGE_SIZES = {"a4": A4, "letter": LETTER}


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


def timeliness_sentences(analysis: Analysis, words: Words) -> list[str]:
    """The timeliness findings, then the verdict and each delay, worded."""
    sentences = [words.finding(finding) for finding in analysis.findings]
    if analysis.dispatched is None and not analysis.delays:
        return sentences
    return [
        *sentences,
        words.finding(analysis.verdict),
        *[words.finding(delay.finding) for delay in analysis.delays],
    ]


class _Pack:
    def __init__(
        self,
        facts: PackFacts,
        lang: str,
        full_phone: bool,
        generated: datetime,
        page_size: tuple[float, float],
        raw: bool,
        context: PackContext,
        anchor: KeptAnchor | None = None,
    ) -> None:
        self.facts, self.full_phone, self.generated = facts, full_phone, generated
        self.raw, self.page_size, self.context = raw, page_size, context
        self.anchor = anchor  # the newest RFC 3161 time-stamp of the chain heads (app.tsa)
        self.kit = kit()
        self.font = self.kit.font
        store = facts.order.store
        # {shop} in sentences: the shop's name, else its store's, else "the shop"
        shop = context.shop_name or (store.name if store.name != DEFAULT_STORE else "")
        self.words = Words(lang, context.zone, shop)
        self.store = self.words.store(store.platform, store.name)
        self.checklist = checklists().get(store.platform)
        hours = self.checklist.dispatch_hours if self.checklist is not None else None
        self.analysis = analyse(facts, generated, hours)
        self.pack_id = facts.root_hash[:12]

    def text(self, key: str, **values: object) -> str:
        return self.words(key, **values)

    def table(self, header: list[str], rows: list[list[object]], widths: list[float]) -> Table:
        return self.kit.table(header, rows, widths)

    def time(self, value: object, seconds: bool = True) -> str:
        """A recorded time in the shop's zone; as recorded when it no longer reads as one."""
        if isinstance(value, datetime):
            moment = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        else:
            moment = read_time(value)  # type: ignore[assignment]
        if moment is None:
            return str(value) if value is not None else "—"
        return self.words.time(moment, seconds=seconds)

    def header(self, canvas: Canvas, page: int, pages: int) -> None:
        order, shipment = self.facts.order, self.facts.shipment
        width, height = self.page_size
        canvas.saveState()
        canvas.setFont(self.font, 8)
        left = f"{self.store} · {self.text('order_id')} {order.order_id}"
        if self.context.shop_name:
            left = f"{self.context.shop_name} · {left}"
        if shipment is not None:
            left += f" · {shipment.tracking_number}"
        canvas.drawString(15 * mm, height - 10 * mm, left)
        canvas.drawRightString(
            width - 15 * mm, height - 10 * mm, self.text("page", page=page, pages=pages)
        )
        canvas.drawString(15 * mm, 8 * mm, self.text("generated", time=self.generated))
        canvas.drawRightString(width - 15 * mm, 8 * mm, self.text("pack_id", id=self.pack_id))
        canvas.restoreState()

    # --- sections ------------------------------------------------------------------------
    def flow(self) -> list[Flowable]:
        evidence = Evidence(self.facts, self.analysis, self.context.uploads)
        answers = answer(self.checklist, evidence) if self.checklist is not None else []
        front = PageOne(self.kit, self.words, self.facts, self.analysis, self.context)
        flow = [*front.flow(self.checklist, answers), PageBreak()]
        flow += self.order_section() + self.recipient_section() + self.packing_section()
        flow += (
            self.photo_section()
            + self.timeline_section()
            + self.timeliness_section()
            + self.integrity_section()
        )
        return flow + self.appendix_section()

    def order_section(self) -> list[Flowable]:
        order, words = self.facts.order, self.words
        facts = [
            (words("platform"), self.store),
            (words("shop"), self.context.shop_name),
            (words("order_id"), order.order_id),
            (
                words("created"),
                self.time(order.created_at, seconds=False) if order.created_at else None,
            ),
            (words("paid"), self.time(order.paid_at, seconds=False) if order.paid_at else None),
            (
                words("total"),
                f"{order.total} {order.currency or ''}" if order.total is not None else None,
            ),
            (words("status_at_import"), order.platform_status),
            (words("buyer_note"), order.buyer_note),
        ]
        flow: list[Flowable] = [self.kit.para(words("order"), self.kit.h2)]
        flow += [
            self.kit.para(f"{label}: {value}", self.kit.body) for label, value in facts if value
        ]
        if order.lines:
            rows: list[list[object]] = [
                [line.sku or line.barcode, line.title, line.variant, line.quantity, line.unit_price]
                for line in order.lines
            ]
            flow += [
                Spacer(1, 2 * mm),
                self.table(list(words.rows("lines")), rows, [30, 75, 40, 14, 21]),
            ]
        return flow

    def recipient_section(self) -> list[Flowable]:
        order = self.facts.order
        phone = order.recipient_phone if self.full_phone else mask_phone(order.recipient_phone)
        lines = [part for part in (order.recipient_name, phone, address_line(order)) if part]
        if not lines:
            return []
        flow: list[Flowable] = [self.kit.para(self.words("recipient"), self.kit.h2)]
        flow += [self.kit.para(line, self.kit.body) for line in lines]
        if self.full_phone:
            flow.append(self.kit.para(self.text("phone_full"), self.kit.body))
        return flow

    def packing_section(self) -> list[Flowable]:
        """The scans that tell the parcel's story; then, apart, what the station stopped.

        A refused label or a stopped order is protection, not part of the story: listed
        among the accepted scans it reads as confusion to a claims agent.
        """
        if not self.facts.scans:
            return []
        passed = (ScanResult.OK, ScanResult.INFO)
        accepted = [scan for scan in self.facts.scans if scan.result in passed]
        stopped = [scan for scan in self.facts.scans if scan.result not in passed]
        flow: list[Flowable] = [self.kit.para(self.words("packing"), self.kit.h2)]
        if accepted:
            flow.append(self._scan_table(accepted))
        if stopped:
            flow += [
                self.kit.para(self.words("stopped_scans"), self.kit.h3),
                self.kit.para(self.words("stopped_scans_note"), self.kit.small),
                self._scan_table(stopped),
            ]
        return flow

    def _scan_table(self, scans: list[Scan]) -> Table:
        """Each scan with its seq, its outcome by name and the station's words in the pack's
        language (as hashed, where they cannot be said again)."""
        rows: list[list[object]] = [
            [
                f"#{scan.seq}  {self.time(scan.scanned_at)}",
                scan.station,
                scan.operator,
                scan.raw_input,
                f"{self.words.name(Name('scan_codes', scan.code))}\n{self.words.scan(scan)}",
            ]
            for scan in scans
        ]
        return self.table(list(self.words.rows("scans")), rows, [38, 20, 22, 38, 62])

    def photo_section(self) -> list[Flowable]:
        """Each photo the station took of this parcel, with when, where and its SHA-256."""
        if not self.facts.photos:
            return []
        flow: list[Flowable] = [self.kit.para(self.words("photos"), self.kit.h2)]
        for scan, data in self.facts.photos:
            caption = self.text(
                "photo_caption",
                seq=scan.seq,
                time=self.time(scan.scanned_at),
                station=scan.station,
                operator=scan.operator,
                sha256=scan.photo_sha256,
            )
            if data is None:
                flow.append(self.kit.para(self.text("photo_missing"), self.kit.alarm))
            else:
                flow.append(photo(data, 90 * mm, 68 * mm))
            flow += [self.kit.para(caption, self.kit.small), Spacer(1, 3 * mm)]
        return flow

    def timeline_section(self) -> list[Flowable]:
        if self.facts.shipment is None:
            return []
        flow: list[Flowable] = [self.kit.para(self.words("timeline"), self.kit.h2)]
        if not self.facts.events:
            return [*flow, self.kit.para(self.words("no_events"), self.kit.body)]
        answers = {snapshot.id: snapshot for snapshot in self.facts.snapshots}
        rows: list[list[object]] = []
        for event in reversed(self.facts.events):
            answer = answers.get(event.snapshot_id)
            provider = self.words.name(Name("providers", event.provider))
            source = self.text("source", provider=provider, seq=answer.seq) if answer else provider
            rows.append(
                [
                    f"#{event.seq}  {self.time(event.event_time)}",
                    self.words.name(Name("statuses", event.status)),
                    event.location,
                    event.text,
                    source,
                ]
            )
        return [
            *flow,
            self.table(list(self.words.rows("events")), rows, [40, 22, 24, 64, 30]),
        ]

    def timeliness_section(self) -> list[Flowable]:
        sentences = timeliness_sentences(self.analysis, self.words)
        if not sentences:
            return []
        return [
            self.kit.para(self.words("timeliness"), self.kit.h2),
            *[self.kit.para(s, self.kit.body) for s in sentences],
        ]

    def integrity_section(self) -> list[Flowable]:
        facts, kit = self.facts, self.kit
        flow: list[Flowable] = [kit.para(self.words("integrity"), kit.h2)]
        if facts.problems:
            flow.append(kit.para(self.text("integrity_failed"), kit.alarm))
            flow += [kit.para(str(problem), kit.body) for problem in facts.problems]
        else:
            flow.append(kit.para(self.text("integrity_ok"), kit.body))
        if self.anchor is not None:  # held outside the file: a rewrite after it shows
            anchor = self.anchor
            reached = [
                self.text("anchor_record", chain=Name("anchor_chains", head.chain), seq=head.seq)
                for head in anchor.heads
            ]
            said = self.text(
                "anchor_held" if anchor.held else "anchor_broken",
                tsa=anchor.tsa,
                time=self.time(anchor.gen_time),
                id=anchor.id,
                records=reached,
                problems="; ".join(anchor.problems),
            )
            flow += [
                Spacer(1, 3 * mm),
                kit.para(said, kit.body if anchor.held else kit.alarm),
            ]
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
                    provider=self.words.name(Name("providers", snapshot.provider)),
                    seq=snapshot.seq,
                    time=self.time(snapshot.fetched_utc, seconds=False),
                ),
                snapshot.sha256,
            ]
            for snapshot in facts.snapshots
        ]
        if rows:
            flow += [
                Spacer(1, 2 * mm),
                self.table(list(self.words.rows("hashes")), rows, [55, 125]),
            ]
        flow += [
            Spacer(1, 3 * mm),
            kit.para(self.text("root", hash=facts.root_hash), kit.body),
            # Upper-case hex is QR "alphanumeric": a smaller code, quicker to make and scan.
            QrCode(facts.root_hash.upper(), 28 * mm),
        ]
        return flow

    def appendix_section(self) -> list[Flowable]:
        """Each raw answer's digest; with ``raw``, its text when it concerns this parcel only."""
        if not self.facts.snapshots:
            return []
        flow: list[Flowable] = [self.kit.para(self.words("appendix"), self.kit.h2)]
        for snapshot in self.facts.snapshots:
            provider = self.words.name(Name("providers", snapshot.provider))
            answer = self.text("source", provider=provider, seq=snapshot.seq)
            digest = self.text(
                "appendix_digest",
                answer=f"{answer}, {self.time(snapshot.fetched_utc, seconds=False)}",
                status=snapshot.http_status if snapshot.http_status is not None else "—",
                size=len(snapshot.body),
                sha256=snapshot.sha256,
            )
            flow.append(self.kit.para(digest, self.kit.small))
            if not self.raw:
                continue
            others = len(json.loads(snapshot.numbers)) - 1
            if others > 0:
                flow.append(
                    self.kit.para(self.text("appendix_shared", count=others), self.kit.small)
                )
            else:
                body = snapshot.body.decode("utf-8", errors="replace")
                flow.append(self.kit.para(body, self.kit.raw_text))
            flow.append(Spacer(1, 2 * mm))
        return flow


def render(
    facts: PackFacts,
    lang: str = "en",
    full_phone: bool = False,
    page_size: str = "a4",
    now: datetime | None = None,
    raw: bool = False,
    heads: list[Head] | None = None,
    context: PackContext | None = None,
    anchor: KeptAnchor | None = None,
) -> PackResult:
    """The pack as PDF bytes. ``heads``, the shop's chain heads when it was made, go into
    its metadata: ``shipproof verify --against`` the pack later proves nothing before them
    was rewritten since. ``context`` gives the shop's zone, name and upload files
    (``app.evidence.context.gather_context``); without it, this computer's zone."""
    context = context or local_context()
    generated = (now or datetime.now(UTC)).astimezone(context.zone)
    pack = _Pack(facts, lang, full_phone, generated, PAGE_SIZES[page_size], raw, context, anchor)
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
    # the records it rests on, attached, so anyone can re-check it (tools/verify_pack.py)
    data = attach_records(buffer.getvalue(), facts, heads, full_phone, anchor)
    return PackResult(
        data,
        int(document.page),
        hashlib.sha256(data).hexdigest(),
        "failed" if facts.problems else "ok",
    )
