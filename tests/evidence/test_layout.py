"""The kit's plain paragraphs: laid out and drawn as reportlab's markup parser would."""

from __future__ import annotations

from io import BytesIO

import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app.evidence.layout import esc, kit

TEXTS = [
    "订单 5000 · 淘宝 / 天猫",
    "Dispatched 37 h before the promise of 22 Sep 2026 01:00 (Taobao / Tmall rule)",
    "各段用时：杭州 → 上海 2 小时；上海 → 南京 2 小时；" * 6,  # wraps over lines
    "  leading and trailing  \n  lines joined,\tspaces   one  ",
    "x",
]


def _drawn(paragraph: Paragraph) -> tuple[tuple[float, float], list[str]]:
    canvas = Canvas(BytesIO(), invariant=True)
    size = paragraph.wrap(300, 1000)
    paragraph.drawOn(canvas, 50, 500)
    return size, list(canvas._code)  # the page's drawing operators


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("style", ["h1", "body", "small", "raw_text", "alarm", "warning"])
def test_a_plain_paragraph_draws_as_the_parsed_one(text: str, style: str) -> None:
    shared = kit()
    chosen = getattr(shared, style)
    assert _drawn(shared.para(text, chosen)) == _drawn(Paragraph(esc(text), chosen))


@pytest.mark.parametrize("colour", ["#2e7d32", "#c62828"])
def test_a_coloured_mark_draws_as_font_colour_markup(colour: str) -> None:
    shared = kit()
    parsed = Paragraph(f'<font color="{colour}">✔</font>', shared.mark)
    assert _drawn(shared.para("✔", shared.mark, colour)) == _drawn(parsed)


def test_markup_characters_are_text() -> None:
    shared = kit()
    plain, parsed = shared.para("A&B <b>", shared.body), Paragraph(esc("A&B <b>"), shared.body)
    assert plain.getPlainText() == parsed.getPlainText() == "A&B <b>"
    assert plain.wrap(300, 1000) == parsed.wrap(300, 1000)


def test_no_text_is_an_empty_paragraph() -> None:
    shared = kit()
    assert shared.para(None, shared.body).wrap(300, 1000) == (300, 0)
    assert Paragraph("", shared.body).wrap(300, 1000) == (300, 0)
