"""The pack's QR code: zxing-cpp's modules, drawn where reportlab would draw them."""

from __future__ import annotations

import hashlib

import zxingcpp
from PIL import Image, ImageDraw
from reportlab.graphics.barcode.qrencoder import QRCode as ReportlabQr
from reportlab.graphics.barcode.qrencoder import QRErrorCorrectLevel
from reportlab.lib.units import mm

from app.evidence.qr import QUIET_ZONE, QrCode, qr_modules

ROOT = hashlib.sha256(b"a pack's records").hexdigest().upper()
PIXELS_PER_POINT = 4


def _painted(code: QrCode) -> Image.Image:
    """The code's rectangles painted black on white, as a page would show them."""
    size = round(code.width * PIXELS_PER_POINT)
    image = Image.new("L", (size, size), 255)
    pen = ImageDraw.Draw(image)
    for x, y, width, height in code.runs():
        top = (code.height - y - height) * PIXELS_PER_POINT  # PDF y runs up, an image's down
        left = x * PIXELS_PER_POINT
        right, bottom = left + width * PIXELS_PER_POINT, top + height * PIXELS_PER_POINT
        pen.rectangle((left, top, right - 1, bottom - 1), fill=0)
    return image


def test_the_drawn_code_reads_back_as_the_root_hash() -> None:
    [found] = zxingcpp.read_barcodes(_painted(QrCode(ROOT, 28 * mm)))
    assert found.format == zxingcpp.BarcodeFormat.QRCode
    assert found.text == ROOT


def test_the_modules_are_the_standard_symbol_the_right_way_round() -> None:
    """The symbol reportlab's encoder makes, not its mirror image (which some scanners do
    not read). Letters only: a hash's runs of digits may be encoded as numeric segments,
    and encoders split a text differently; one alphanumeric segment leaves them only the
    choice of mask, which each judges by its own scoring."""
    text = "ABCDEF" * 10 + "ABCD"  # 64 characters, as long as a root hash
    reference = ReportlabQr(None, QRErrorCorrectLevel.L)
    reference.addData(text)
    reference.make()  # picks the version
    masked = []
    for mask in range(8):
        reference.makeImpl(False, mask)
        masked.append([[bool(module) for module in row] for row in reference.modules])
    modules = qr_modules(text)
    assert modules in masked
    assert [list(column) for column in zip(*modules, strict=True)] not in masked


def test_upper_case_hex_makes_the_small_alphanumeric_code() -> None:
    # 64 alphanumeric characters fit version 3 (29 modules) at level L; as bytes they need 33
    assert len(qr_modules(ROOT)) == 29
    assert len(qr_modules(ROOT.lower())) == 33


def test_the_quiet_zone_stays_white() -> None:
    code = QrCode(ROOT, 28 * mm)
    module = code.width / (len(code.modules) + 2 * QUIET_ZONE)
    for x, y, width, height in code.runs():
        assert x >= QUIET_ZONE * module - 1e-9
        assert x + width <= code.width - QUIET_ZONE * module + 1e-9
        assert y >= QUIET_ZONE * module - 1e-9
        assert y + height <= code.height - QUIET_ZONE * module + 0.05 * module + 1e-9
