"""Page one of a pack: what a platform's reviewer reads in ten seconds.

The verdict first (who delayed the parcel, by how long, against which promise), then the
key times beside the promise with the parcel's photo, the drawn timeline, the integrity
result and the platform's own dispute questions answered from the records. Everything
here is a summary of sections that follow from page two, where each record is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from app.evidence.analysis import Analysis, platform_says, shipped_elsewhere
from app.evidence.checklist import MET, NOT_MET, Answer, Checklist, Item
from app.evidence.context import PackContext
from app.evidence.facts import PackFacts
from app.evidence.layout import ALARM, Kit
from app.evidence.timeline_drawing import timeline_drawing
from app.evidence.words import Name, Words

WIDTH = 180  # mm of text width on A4 and Letter alike (15 mm margins on A4)
VERDICT_TINT = {  # (background, bar): light tints print as light greys
    "verdict_shop": ("#fdecea", "#c62828"),
    "verdict_both": ("#fdecea", "#c62828"),
    "verdict_carrier": ("#fff3e0", "#e65100"),
    "verdict_none": ("#e8f5e9", "#2e7d32"),
}
NEUTRAL_TINT = ("#f1f1f1", "#616161")
LATE_TINT = colors.HexColor("#fdecea")
MARKS = {MET: ("✔", "#2e7d32"), NOT_MET: ("✘", "#c62828")}
UNKNOWN_MARK = ("—", "#616161")


def photo(data: bytes, width: float, height: float) -> Image:
    """A photo scaled to fit ``width`` × ``height``, its proportions kept."""
    reader = ImageReader(BytesIO(data))
    pixels_wide, pixels_high = reader.getSize()
    scale = min(width / pixels_wide, height / pixels_high)
    picture = Image(BytesIO(data), width=pixels_wide * scale, height=pixels_high * scale)
    picture.hAlign = "LEFT"
    return picture


class PageOne:
    def __init__(
        self,
        kit: Kit,
        words: Words,
        facts: PackFacts,
        analysis: Analysis,
        context: PackContext,
    ) -> None:
        self.kit, self.words, self.facts, self.analysis = kit, words, facts, analysis
        self.context = context

    def flow(
        self, checklist: Checklist | None, answers: Sequence[tuple[Item, Answer]]
    ) -> list[Flowable]:
        kit, words = self.kit, self.words
        flow: list[Flowable] = self.heading()
        if self.facts.problems:  # the banner's padding reaches beyond its box: room around it
            flow += [
                Spacer(1, 3 * mm),
                kit.para(words("integrity_failed"), kit.alarm),
                Spacer(1, 4 * mm),
            ]
        flow += [self.verdict(), Spacer(1, 3 * mm)]
        flow += self.key_times()
        flow += [
            kit.para(words("timeline_heading"), kit.h3),
            timeline_drawing(self.analysis, words, WIDTH * mm, kit.font),
            Spacer(1, 2 * mm),
            self.integrity(),
        ]
        if checklist is not None:
            flow += self.checklist(checklist, answers)
        return flow

    def heading(self) -> list[Flowable]:
        kit, words, facts = self.kit, self.words, self.facts
        order = facts.order
        store = words.store(order.store.platform, order.store.name)
        lines = [words("subtitle", order=order.order_id, store=store)]
        if facts.shipment is not None:
            lines.append(
                words(
                    "parcel_line",
                    number=facts.shipment.tracking_number,
                    carrier=Name("carriers", facts.shipment.carrier),
                    status=Name("statuses", facts.parcel_status),
                )
            )
        elif shipped_elsewhere(facts):
            lines.append(words("platform_parcel_line", **platform_says(facts)))
        else:
            lines.append(words("no_parcel_line"))
        title = words("title")
        if self.context.shop_name:
            title = f"{title} · {self.context.shop_name}"
        flow: list[Flowable] = [kit.para(title, kit.h1)]
        return flow + [kit.para(line, kit.body) for line in lines]

    def verdict(self) -> Table:
        kit, words, analysis = self.kit, self.words, self.analysis
        tint, bar = VERDICT_TINT.get(analysis.verdict.key, NEUTRAL_TINT)
        rows: list[list[object]] = [[kit.para(words.finding(analysis.verdict), kit.verdict)]]
        rows += [[kit.para(words.finding(d.finding), kit.body)] for d in analysis.delays]
        box = Table(rows, colWidths=[WIDTH * mm])
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), kit.font),  # a table's own default: Helvetica
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(tint)),
                    ("LINEBEFORE", (0, 0), (0, -1), 4, colors.HexColor(bar)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, 0), 6),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                ]
            )
        )
        return box

    def key_times(self) -> list[Flowable]:
        kit, words = self.kit, self.words
        zone = words.zone_name()
        note = words(
            "times_zone" if self.context.zone_is_shops else "times_zone_computer", zone=zone
        )
        pictures = self.facts.photos
        widths = [44.0, 40.0, 44.0] if pictures else [50.0, 42.0, 88.0]
        rows: list[list[object]] = []
        late_rows: list[tuple[Any, ...]] = []
        for number, milestone in enumerate(self.analysis.milestones, start=1):
            label = words(f"ms_{milestone.key}")
            if milestone.record is not None:
                label = words("ms_record", label=label, record=milestone.record)
            rows.append(
                [
                    label,
                    words.time(milestone.at),
                    words.finding(milestone.note) if milestone.note else "",
                ]
            )
            if milestone.late:
                late_rows.append(("BACKGROUND", (2, number), (2, number), LATE_TINT))
        times = kit.table(list(words.rows("key_times_columns")), rows, widths, late_rows)
        flow: list[Flowable] = [kit.para(words("key_times"), kit.h3)]
        if not pictures:
            return [
                *flow,
                times,
                Spacer(1, 1 * mm),
                kit.para(f"{note} {words('no_photo')}", kit.small),
            ]
        scan, data = pictures[0]
        picture: Flowable
        if data is None:
            picture = kit.para(words("photo_thumb_missing", seq=scan.seq), kit.alarm)
        else:
            picture = photo(data, 48 * mm, 38 * mm)
        caption = kit.para(words("photo_thumb", seq=scan.seq), kit.small)
        side = Table([[times, [picture, caption]]], colWidths=[130 * mm, 50 * mm])
        side.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), kit.font),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 2 * mm),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ]
            )
        )
        return [*flow, side, Spacer(1, 1 * mm), kit.para(note, kit.small)]

    def integrity(self) -> Table:
        kit, words, facts = self.kit, self.words, self.facts
        root = facts.root_hash[:12]
        if facts.problems:
            text = words("integrity_line_failed", count=len(facts.problems), root=root)
            style = [
                ("BACKGROUND", (0, 0), (-1, -1), ALARM),
                ("TEXTCOLOR", (0, 0), (-1, -1), colors.white),
            ]
            cell = kit.para(f"✘ {text}", kit.failed)
        else:
            text = words("integrity_line_ok", root=root)
            style = [("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f5e9"))]
            cell = kit.para(f"✔ {text}", kit.body)
        box = Table([[cell]], colWidths=[WIDTH * mm])
        box.setStyle(
            TableStyle(
                [
                    *style,
                    ("FONTNAME", (0, 0), (-1, -1), kit.font),
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                ]
            )
        )
        return box

    def checklist(
        self, checklist: Checklist, answers: Sequence[tuple[Item, Answer]]
    ) -> list[Flowable]:
        kit, words = self.kit, self.words
        platform = words.name(Name("platforms", checklist.platform))
        heading = words(
            "checklist_heading", platform=platform, dispute=checklist.dispute[words.lang]
        )
        rows: list[list[object]] = []
        for item, answer in answers:
            mark, colour = MARKS.get(answer.state, UNKNOWN_MARK)
            rows.append(
                [
                    kit.para(mark, kit.mark, colour),
                    item.question[words.lang],
                    words.finding(answer.record),
                ]
            )
        table = kit.table(list(words.rows("checklist_columns")), rows, [9, 64, 107])
        flow: list[Flowable] = [
            kit.para(heading, kit.h3),
            table,
            Spacer(1, 1 * mm),
            kit.para(words("checklist_legend"), kit.small),
        ]
        if self.facts.problems:  # a tick that rests on an edited record is no tick
            flow.append(kit.para(words("checklist_unreliable"), kit.warning))
        return flow
