"""The one embedded font of every PDF: WenQuanYi Micro Hei covers Latin and Chinese alike."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource

FONT = "WQYMicroHei"


@cache
def register_fonts() -> str:
    """Register the font with reportlab once; return its name (embedded, subset, in PDFs)."""
    pdfmetrics.registerFont(
        TTFont(FONT, str(resource("fonts", "wqy-microhei.ttc")), subfontIndex=0)
    )
    return FONT
