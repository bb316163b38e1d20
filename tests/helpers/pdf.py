"""Reading PDFs back: which fonts a file embeds."""

from __future__ import annotations

from pypdf import PdfReader


def embedded_fonts(reader: PdfReader) -> list[tuple[str, bool]]:
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor"
            )
            embedded = bool(descriptor) and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts.append((str(font["/BaseFont"]), embedded))
    return fonts
