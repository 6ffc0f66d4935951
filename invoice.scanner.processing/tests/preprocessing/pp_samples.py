"""Sample documents for the preprocessing tests, generated on the fly (no binary fixtures)."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import cv2
import numpy as np
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


#: Where :func:`photo_image` puts the page corners (TL, TR, BR, BL) in a 1500×2000 frame.
PHOTO_CORNERS = np.array([[260.0, 210.0], [1290.0, 300.0], [1350.0, 1760.0], [150.0, 1820.0]])


def photo_image(page: Image.Image, corners: np.ndarray = PHOTO_CORNERS) -> Image.Image:
    """``page`` photographed on a brown table: perspective, a light gradient, mild blur, JPEG."""
    frame_w, frame_h = 1500, 2000
    src = np.array(
        [[0, 0], [page.width, 0], [page.width, page.height], [0, page.height]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    warped = cv2.warpPerspective(np.asarray(page), matrix, (frame_w, frame_h))
    inside = cv2.warpPerspective(np.full(page.size[::-1], 1.0, np.float32), matrix, (1500, 2000))
    table = np.empty((frame_h, frame_w, 3), np.float32)
    table[:] = (140, 100, 70)
    table += np.random.default_rng(0).normal(0, 6, (frame_h, frame_w, 1))
    arr = warped * 0.92 * inside[:, :, None] + table * (1 - inside[:, :, None])
    arr *= np.linspace(1.0, 0.75, frame_w, dtype=np.float32)[None, :, None]  # light from the left
    arr = cv2.GaussianBlur(arr, (0, 0), 1.0)
    buf = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=85)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def titled_sheet(title: str, size: tuple[int, int] = (1240, 1754)) -> Image.Image:
    """A white sheet with a large ``title`` on top and lines of text under it."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(FONT, size[0] // 9)
    small = ImageFont.truetype(FONT, size[0] // 30)
    draw.text((size[0] // 12, size[1] // 20), title, font=big, fill="black")
    for i in range(14):
        y = size[1] // 5 + i * size[1] // 20
        draw.text((size[0] // 12, y), f"{title} line {i + 1} 12.50", font=small, fill="black")
    return image


def sheets_photo(
    sheets: list[tuple[Image.Image, np.ndarray]], frame: tuple[int, int]
) -> Image.Image:
    """Several sheets photographed together: each warped to its corners (TL, TR, BR, BL) on a
    brown table, lit from the left, blurred a little and saved as JPEG."""
    frame_w, frame_h = frame
    arr = np.empty((frame_h, frame_w, 3), np.float32)
    arr[:] = (140, 100, 70)
    arr += np.random.default_rng(0).normal(0, 6, (frame_h, frame_w, 1))
    for sheet, corners in sheets:
        src = np.array(
            [[0, 0], [sheet.width, 0], [sheet.width, sheet.height], [0, sheet.height]], np.float32
        )
        matrix = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
        warped = cv2.warpPerspective(np.asarray(sheet), matrix, frame)
        inside = cv2.warpPerspective(np.full(sheet.size[::-1], 1.0, np.float32), matrix, frame)
        arr = warped * 0.92 * inside[:, :, None] + arr * (1 - inside[:, :, None])
    arr *= np.linspace(1.0, 0.8, frame_w, dtype=np.float32)[None, :, None]
    arr = cv2.GaussianBlur(arr, (0, 0), 1.0)
    buf = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=85)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def scan_image(page: Image.Image) -> Image.Image:
    """``page`` as a flatbed scanner returns it: slightly skewed, blurred, noisy, JPEG."""
    skewed = page.rotate(1.5, resample=Image.Resampling.BICUBIC, fillcolor=(250, 250, 245))
    arr = np.asarray(skewed, np.float32) * 0.9 + 15
    arr += np.random.default_rng(1).normal(0, 6, arr.shape[:2])[:, :, None]
    arr = cv2.GaussianBlur(arr, (0, 0), 0.8)
    buf = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=60)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


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

#: UBL (EN 16931 UBL syntax) samples: an XRechnung 3.0 invoice with two VAT rates, the
#: XRechnung credit note that corrects it, and a Peppol BIS 3 invoice in EUR whose VAT is also
#: stated in the tax currency (SEK), listed first.
UBL_XRECHNUNG_INVOICE = (Path(__file__).parent / "ubl_xrechnung_invoice.xml").read_bytes()
UBL_XRECHNUNG_CREDIT_NOTE = (Path(__file__).parent / "ubl_xrechnung_creditnote.xml").read_bytes()
UBL_PEPPOL_INVOICE = (Path(__file__).parent / "ubl_peppol_invoice.xml").read_bytes()
