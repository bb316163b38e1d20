"""A pack's root hash as a QR code, encoded by zxing-cpp and drawn as reportlab draws one.

reportlab's own encoder is pure Python and scores all eight mask patterns in Python: about
a fifth of a pack's render time for one small code. zxing-cpp encodes it, mask scoring
included, in a fraction of a millisecond. The drawing is what reportlab's ``QrCode``
draws — a quiet zone of four modules, each row's runs of dark modules as rectangles a
little taller than a module so no hairline shows between rows. Each rectangle is filled
on its own: viewers snap a lone rectangle to whole pixels, so the code stays crisp on
screen, where one path of all of them renders with soft edges.
"""

from __future__ import annotations

import itertools

import zxingcpp
from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
ROW_OVERLAP = 1.05  # each row's rectangles reach 5 % into the next


def qr_modules(text: str) -> list[list[bool]]:
    """The code's modules for ``text``, row by row from the top, dark as True.

    Error correction level L, as reportlab's default: the hash on the page beside it is
    the fallback, and the smaller code prints with larger modules.
    """
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="L")
    image = code.to_image(add_quiet_zones=False)  # 8-bit grey, one pixel a module, black 0
    rows, columns = image.shape
    grey = bytes(memoryview(image))  # type: ignore[arg-type]  # its stub omits the buffer
    return [[g < 128 for g in grey[row * columns : (row + 1) * columns]] for row in range(rows)]


class QrCode(Flowable):
    """``text`` as a square QR code ``size`` points wide, its quiet zone included."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.modules = qr_modules(text)
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def runs(self) -> list[tuple[float, float, float, float]]:
        """The dark runs as rectangles (x, y, width, height) in the flowable's own space."""
        module = self.width / (len(self.modules) + 2 * QUIET_ZONE)
        rectangles = []
        for number, row in enumerate(self.modules):
            y = self.height - (number + QUIET_ZONE + 1) * module
            column = 0
            for dark, run in itertools.groupby(row):
                count = len(list(run))
                if dark:
                    x = (column + QUIET_ZONE) * module
                    rectangles.append((x, y, count * module, module * ROW_OVERLAP))
                column += count
        return rectangles

    def draw(self) -> None:
        self.canv.setFillColor(colors.black)
        for x, y, width, height in self.runs():
            self.canv.rect(x, y, width, height, stroke=0, fill=1)
