"""Sample documents for the preprocessing tests, generated on the fly (no binary fixtures)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

LINES = [
    "Nordic Supplies AB",
    "Kungsgatan 12, 111 43 Stockholm",
    "VAT: SE556677889901",
    "Invoice No: INV-2024-0042",
    "Invoice Date: 2024-03-15",
    "Due Date: 2024-04-14",
    "Office chairs 4 x 1 250.00 5 000.00",
    "Desk lamps 10 x 189.00 1 890.00",
    "Paper A4 20 x 45.50 910.00",
    "Subtotal 7 800.00",
    "VAT 25% 1 950.00",
    "Total 9 750.00 SEK",
    "IBAN SE45 5000 0000 0583 9825 7466",
]


def page_image(size: tuple[int, int] = (1240, 1754)) -> Image.Image:
    """An A4 invoice page at 150 dpi drawn with PIL."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, size[0] // 45)
    for i, text in enumerate(LINES):
        draw.text((size[0] // 12, size[1] // 14 + i * size[1] // 20), text, font=font, fill="black")
    return image


def text_pdf(path: Path, pages: int = 3, **kwargs: object) -> Path:
    c = canvas.Canvas(str(path), **{"pagesize": A4, **kwargs})  # type: ignore[arg-type]
    for n in range(pages):
        y = 780.0
        for text in LINES:
            c.drawString(60, y, text)
            y -= 22
        c.drawString(60, 60, f"Page {n + 1} of {pages}")
        c.showPage()
    c.save()
    return path


def scanned_pdf(path: Path, image: Image.Image) -> Path:
    """A PDF whose only page is a picture of an invoice: no text layer."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return path


def many_pages_pdf(path: Path, pages: int) -> Path:
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    pdf.save(str(path))
    pdf.close()
    return path


def with_attachment(src: Path, dst: Path, name: str, data: bytes) -> Path:
    pdf = pdfium.PdfDocument(src)
    pdf.new_attachment(name).set_data(data)
    pdf.save(str(dst))
    pdf.close()
    return dst


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(path: Path, width: int, height: int) -> Path:
    """A valid 1-bit PNG, all zeros, whose pixels would take gigabytes once decoded."""
    row = b"\x00" * (1 + (width + 7) // 8)
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row * 1000) for _ in range(height // 1000))
    idat += comp.compress(row * (height % 1000)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    body = _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + body)
    return path


#: A Factur-X (EN 16931) CII invoice, the shape the standard's own examples have.
CII = (Path(__file__).parent / "cii_sample.xml").read_bytes()
