"""Chinese on every screen: the bundled CJK font stands in where the system has none.

The PDFs embed WenQuanYi Micro Hei (``app/paper/fonts.py``); the GUI uses the same file,
but only when the application's font cannot draw Chinese by itself. A system with its own
Chinese font (Microsoft YaHei on Windows, PingFang on macOS, Noto CJK on most Linux
desktops) keeps it, and pays for one test layout; a machine without one (a bare Linux
install, a minimal container) gets the bundled font instead of empty boxes.

Qt falls back in two ways, and the second step is needed only where the first is not
enough. With fontconfig (Linux) a registered font joins every family's fallbacks at once,
so Latin text keeps the system font and only the Chinese characters come from ours. On
other platforms an application font is never a fallback unless named: there it is added
after the default family of the application font. (Qt 6.8's per-script
``QFontDatabase.addApplicationFallbackFontFamily`` takes a ``QChar.Script``, which PySide6
does not wrap, so it cannot be called from here.)
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from app.paths import resource

log = logging.getLogger(__name__)

FONT_FILE = ("fonts", "wqy-microhei.ttc")
FAMILY = "WenQuanYi Micro Hei"  # the collection's first face; the second is its Mono
# Ideographs and the full-width punctuation the Chinese interface uses around them.
SAMPLE = "中文订单已发货，收货人（张伟）：谢谢。"


def draws(font: QFont, text: str) -> bool:
    """Whether ``font``, with Qt's fallbacks, has a glyph for every character of ``text``.

    Laid out as a label would paint it: glyph 0 is the "missing" box, and no glyph at all
    (a system with no usable font file) draws nothing either.
    """
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [index for run in layout.glyphRuns() for index in run.glyphIndexes()]
    return bool(glyphs) and 0 not in glyphs


def use_bundled_cjk_font(application: QApplication) -> str | None:
    """Make the application's font draw Chinese; return the bundled family if it was needed.

    Call once the application exists and before any window is built. Nothing changes when
    the system already draws Chinese. A font file that cannot be read is logged, not
    fatal: the app still works, with boxes where the Chinese would be.
    """
    font = application.font()
    if draws(font, SAMPLE):
        return None
    path = resource(*FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("the bundled Chinese font %s could not be loaded", path)
        return None
    if FAMILY not in QFontDatabase.applicationFontFamilies(font_id):
        log.warning("%s holds no %s face", path, FAMILY)
        return None
    if not draws(font, SAMPLE):  # not a fallback by itself here: name it after the default
        font.setFamilies([*font.families(), FAMILY])
        application.setFont(font)
    return FAMILY
