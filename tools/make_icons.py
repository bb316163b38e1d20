"""Rasterise ShipProof's icons from their SVG sources, with Qt only.

Writes, from ``app/resources/icons/shipproof.svg``:

- ``app/resources/icons/shipproof-256.png``: the window icon, and the Linux desktop icon;
- ``packaging/icons/shipproof.ico``: Windows, 16 to 256 px (uncompressed below 256, PNG at 256);
- ``packaging/icons/shipproof.icns``: macOS, 16 to 1024 px as PNG entries.

and, from each ``app/resources/icons/actions/<name>.svg`` (drawn for light backgrounds), its
``<name>-dark.svg`` twin for dark backgrounds, by swapping the palette below.

Run ``python tools/make_icons.py`` after changing an SVG and commit what it writes; the build
scripts run it with ``--missing-only``. ``--preview FILE`` also writes a sheet of every icon on
a light and a dark background, to look at.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A build tool, not the core: Qt draws the icons exactly as the app will show them.
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: TID251
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: TID251
from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "app" / "resources" / "icons"
APP_SVG = ICONS / "shipproof.svg"
WINDOW_PNG = ICONS / "shipproof-256.png"
ICO = ROOT / "packaging" / "icons" / "shipproof.ico"
ICNS = ROOT / "packaging" / "icons" / "shipproof.icns"

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# icns entry type -> pixel size; the @2x types repeat a size for Retina screens
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)

# light-background colour -> dark-background colour, for the action icons
DARK_PALETTE = {
    "#1f5fa8": "#8cb9ee",  # ink
    "#d3e3f6": "#27466d",  # soft fill
    "#d98a0b": "#f0b541",  # amber: seal, alert
    "#2e9d5b": "#3fb673",  # green: done
    "#d64541": "#f06a66",  # red: scanner beam
}


def render(svg: Path | bytes, size: int) -> QImage:
    """Draw an SVG into a transparent square image of ``size`` pixels."""
    renderer = QSvgRenderer(QByteArray(svg) if isinstance(svg, bytes) else str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read SVG {svg if isinstance(svg, Path) else '(data)'}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    return bytes(buffer.data().data())


def dib_bytes(image: QImage) -> bytes:
    """One icon image as Windows stores it uncompressed: BGRA rows bottom-up, then a mask."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    size = argb.width()
    rows = []
    for y in range(size - 1, -1, -1):
        row = b"".join(struct.pack("<I", argb.pixel(x, y)) for x in range(size))
        rows.append(row)  # little-endian 0xAARRGGBB is B, G, R, A in memory
    mask_row = bytes(((size + 31) // 32) * 4)  # all zero: the alpha channel decides
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + b"".join(rows) + mask_row * size


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """A multi-size .ico: classic bitmaps for the small sizes, PNG for 256 px."""
    payloads = [
        (size, png_bytes(image) if size >= 256 else dib_bytes(image))
        for size, image in sorted(images.items())
    ]
    out = struct.pack("<HHH", 0, 1, len(payloads))
    offset = 6 + 16 * len(payloads)
    for size, data in payloads:
        edge = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in payloads)


def icns_bytes(images: dict[int, QImage]) -> bytes:
    """An .icns container whose entries are PNG images (readable since macOS 10.7)."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = png_bytes(images[size])
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def dark_variant(svg_text: str) -> str:
    text = svg_text
    for light, dark in DARK_PALETTE.items():
        text = text.replace(light, dark)
    return text


def action_sources() -> list[Path]:
    return sorted(p for p in (ICONS / "actions").glob("*.svg") if not p.stem.endswith("-dark"))


def preview(target: Path) -> None:
    """Every icon at 24, 48 px on light and dark, and the app icon at 16 to 128 px."""
    sources = action_sources()
    cell = 64
    width = max(len(sources) * cell, 5 * 140) + 20
    sheet = QImage(width, 2 * (cell * 2 + 150), QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    for band, (background, suffix) in enumerate((("#ffffff", ""), ("#202124", "-dark"))):
        top = band * (cell * 2 + 150)
        painter.fillRect(0, top, width, cell * 2 + 150, QColor(background))
        for index, source in enumerate(sources):
            path = source.with_name(f"{source.stem}{suffix}.svg")
            painter.drawImage(10 + index * cell, top + 10, render(path, 24))
            painter.drawImage(10 + index * cell, top + 44, render(path, 48))
        x = 10
        for size in (16, 32, 48, 64, 128):
            painter.drawImage(x, top + cell * 2 + 10, render(APP_SVG, size))
            x += size + 20
    painter.end()
    sheet.save(str(target))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--missing-only", action="store_true", help="write only the files that do not exist yet"
    )
    parser.add_argument("--preview", type=Path, help="also write a sheet of all icons to this PNG")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it

    def wanted(path: Path) -> bool:
        return not (args.missing_only and path.exists())

    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: render(APP_SVG, size) for size in sizes}
    outputs = {
        WINDOW_PNG: png_bytes(images[256]),
        ICO: ico_bytes({size: images[size] for size in ICO_SIZES}),
        ICNS: icns_bytes(images),
    }
    for source in action_sources():
        outputs[source.with_name(f"{source.stem}-dark.svg")] = dark_variant(
            source.read_text(encoding="utf-8")
        ).encode("utf-8")
    for path, data in outputs.items():
        if wanted(path):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)} ({len(data) // 1024 or 1} KB)")
    if args.preview:
        preview(args.preview)
        print(f"wrote {args.preview}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
