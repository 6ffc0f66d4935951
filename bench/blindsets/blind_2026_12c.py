"""Blind set 2026-12c: 30 receipts and invoices from outside the EU-SaaS mould, with truth.

``python -m bench.blindsets.blind_2026_12c [OUTDIR] [--only NAME]`` writes, per document,
``NAME.pdf|png|jpg`` and ``NAME.json`` (and, for a full run, ``README.md``) into OUTDIR
(default ``bench/blindsets/blind-2026-12c``).

Every document is drawn with reportlab (``invariant=1``) from amounts computed once with
``Decimal``; the same values are printed and keyed. Scans and photos are rendered with pypdfium2
and degraded with numpy / OpenCV from a per-document seeded RNG, so re-runs are byte-identical.
Every text row is checked for overlaps and for running off its page (``LayoutError``).
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import random
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEFAULT_OUT = Path(__file__).resolve().parent / "blind-2026-12c"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "sans": "DejaVuSans",
    "sans-b": "DejaVuSans-Bold",
    "sans-i": "DejaVuSans-Oblique",
    "mono": "DejaVuSansMono",
    "mono-b": "DejaVuSansMono-Bold",
    "serif": "DejaVuSerif",
    "serif-b": "DejaVuSerif-Bold",
    "serif-i": "DejaVuSerif-Italic",
}
ALIGN = {"l": 0.0, "c": 0.5, "r": 1.0}
INK = HexColor("#111111")
GREY = HexColor("#666666")
LIGHT = HexColor("#e9e9e9")
WHITE = HexColor("#ffffff")
D = Decimal
CENT = Decimal("0.01")


def register_fonts() -> None:
    """Register the DejaVu faces once (the only fonts the set uses)."""
    known = set(pdfmetrics.getRegisteredFontNames())
    for face in FONTS.values():
        if face not in known:
            pdfmetrics.registerFont(TTFont(face, str(FONT_DIR / f"{face}.ttf")))


# ---------------------------------------------------------------------------------------------
# Money and number formats
# ---------------------------------------------------------------------------------------------

# style: (thousands separator, decimal mark, indian grouping)
STYLES = {
    "en": (",", ".", False),
    "plain": ("", ".", False),
    "de": (".", ",", False),
    "comma": ("", ",", False),
    "ch": ("'", ".", False),
    "chq": (" ", ".", False),
    "space": (" ", ",", False),
    "in": (",", ".", True),
}


def q2(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def contained(gross: Decimal, rate: Decimal) -> Decimal:
    """Tax contained in a gross amount at ``rate`` percent."""
    return q2(gross * rate / (100 + rate))


def on_top(net: Decimal, rate: Decimal) -> Decimal:
    """Tax on a net amount at ``rate`` percent."""
    return q2(net * rate / 100)


def key(value: Decimal | None) -> str | None:
    """A keyed amount: two decimals and a decimal point."""
    return None if value is None else f"{q2(value):f}"


def _groups(whole: str, indian: bool) -> list[str]:
    if indian and len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        return [head, *parts, tail] if head else [*parts, tail]
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    return [whole, *parts]


def fmt(value: Decimal, style: str = "en", places: int = 2) -> str:
    """An amount in a country's usual format (sign in front, no currency)."""
    sep, dec, indian = STYLES[style]
    quant = Decimal(1).scaleb(-places)
    text = f"{abs(value).quantize(quant, ROUND_HALF_UP):f}"
    whole, _, frac = text.partition(".")
    body = sep.join(_groups(whole, indian))
    sign = "-" if value < 0 else ""
    return sign + body + (dec + frac if places else "")


def num(value: Decimal, style: str = "en") -> str:
    """A quantity or unit price with the decimals it was written with (no grouping)."""
    return f"{value:f}".replace(".", STYLES[style][1])


# ---------------------------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One keyed line item: quantity and unit price exactly as printed."""

    desc: str
    qty: Decimal | None
    unit: Decimal | None
    amount: Decimal

    def as_json(self) -> dict[str, str | None]:
        return {
            "description": self.desc,
            "quantity": None if self.qty is None else f"{self.qty:f}",
            "unit_price": None if self.unit is None else f"{self.unit:f}",
            "amount": key(self.amount),
        }


@dataclass
class Truth:
    invoice_number: str
    invoice_date: str
    due_date: str | None
    vendor_name: str
    amount: Decimal | None
    vat: Decimal | None
    total: Decimal
    currency: str
    locale: str
    layout: str
    document_type: str
    line_items: list[Line]
    note: str

    def as_json(self, kind: str) -> dict[str, object]:
        return {
            "invoice_number": self.invoice_number,
            "invoice_date": self.invoice_date,
            "due_date": self.due_date,
            "vendor_name": self.vendor_name,
            "amount": key(self.amount),
            "vat": key(self.vat),
            "total": key(self.total),
            "currency": self.currency,
            "locale": self.locale,
            "layout": self.layout,
            "document_type": self.document_type,
            "line_items": [line.as_json() for line in self.line_items],
            "note": self.note,
            "kind": kind,
        }


def items_sum(lines: Sequence[Line]) -> Decimal:
    return sum((line.amount for line in lines), Decimal(0))


def check_line(line: Line) -> None:
    """A printed quantity × unit price must round to the printed line amount."""
    if line.qty is not None and line.unit is not None and q2(line.qty * line.unit) != line.amount:
        raise ValueError(f"{line.desc}: {line.qty} x {line.unit} != {line.amount}")


# ---------------------------------------------------------------------------------------------
# Drawing: a page that refuses overlapping or off-page text
# ---------------------------------------------------------------------------------------------


class LayoutError(RuntimeError):
    """A text row overlaps another one or runs off its page."""


def tw(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONTS[font], size)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap to ``width`` points."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and tw(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


class Sheet:
    """One PDF page; every text run and picture claims its box."""

    def __init__(self, width: float, height: float, margin: float = 4 * mm) -> None:
        self.w = width
        self.h = height
        self.margin = margin
        self._buf = io.BytesIO()
        self.c = canvas.Canvas(
            self._buf, pagesize=(width, height), invariant=1, initialFontName=FONTS["sans"]
        )
        self.boxes: list[tuple[float, float, float, float, str]] = []

    def claim(self, x0: float, y0: float, x1: float, y1: float, label: str) -> None:
        m = self.margin - 0.01
        if x0 < m or y0 < m or x1 > self.w - m or y1 > self.h - m:
            raise LayoutError(f"runs off the page: {label!r} ({x0:.1f} {y0:.1f} {x1:.1f} {y1:.1f})")
        for bx0, by0, bx1, by1, other in self.boxes:
            if x0 < bx1 + 1.5 and bx0 < x1 + 1.5 and y0 < by1 - 0.3 and by0 < y1 - 0.3:
                raise LayoutError(f"{label!r} overlaps {other!r}")
        self.boxes.append((x0, y0, x1, y1, label))

    def text(
        self,
        x: float,
        y: float,
        text: str,
        font: str = "sans",
        size: float = 9.0,
        align: str = "l",
        color: Color = INK,
    ) -> float:
        """Draw one run at baseline ``y``; ``x`` is its left, centre or right edge."""
        if not text:
            return 0.0
        width = tw(text, font, size)
        x0 = x - width * ALIGN[align]
        self.claim(x0, y - 0.22 * size, x0 + width, y + 0.76 * size, text)
        self.c.setFillColor(color)
        self.c.setFont(FONTS[font], size)
        self.c.drawString(x0, y, text)
        return width

    def lines(
        self,
        x: float,
        y: float,
        rows: Sequence[str],
        font: str = "sans",
        size: float = 9.0,
        lead: float = 1.25,
        align: str = "l",
        color: Color = INK,
    ) -> float:
        """Several rows from baseline ``y`` downwards; returns the next free baseline."""
        for row in rows:
            self.text(x, y, row, font, size, align, color)
            y -= size * lead
        return y

    def rule(self, x0: float, x1: float, y: float, width: float = 0.5, color: Color = INK) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x0, y, x1, y)

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None = None,
        stroke: Color | None = INK,
        width: float = 0.5,
    ) -> None:
        if fill is not None:
            self.c.setFillColor(fill)
        if stroke is not None:
            self.c.setStrokeColor(stroke)
        self.c.setLineWidth(width)
        self.c.rect(x, y, w, h, stroke=int(stroke is not None), fill=int(fill is not None))

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self._buf.getvalue()


def code128(sheet: Sheet, x: float, y: float, value: str, height: float, bar: float) -> float:
    """A Code 128 barcode with its lower left corner at (x, y); returns its width."""
    code = Code128(value, barWidth=bar, barHeight=height, humanReadable=False, quiet=0)
    sheet.claim(x, y, x + code.width, y + height, f"barcode {value}")
    sheet.c.setFillColor(INK)
    code.drawOn(sheet.c, x, y)
    return float(code.width)


def qr_code(sheet: Sheet, x: float, y: float, size: float, data: str, level: str = "M") -> None:
    """A QR code filling a ``size`` square with its lower left corner at (x, y)."""
    encoder = QrCodeWidget(data, barLevel=level).qr
    encoder.make()
    modules = encoder.modules
    box = size / len(modules)
    sheet.claim(x, y, x + size, y + size, "qr code")
    sheet.c.setFillColor(INK)
    for r, row in enumerate(modules):
        col = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            count = len(list(run))
            if dark:
                top = y + size - (r + 1) * box
                sheet.c.rect(x + col * box, top, count * box, box, stroke=0, fill=1)
            col += count


def mark_circle(sheet: Sheet, cx: float, cy: float, r: float, letters: str, fill: Color) -> None:
    """A round monogram badge."""
    sheet.claim(cx - r, cy - r, cx + r, cy + r, f"logo {letters}")
    sheet.c.setFillColor(fill)
    sheet.c.circle(cx, cy, r, stroke=0, fill=1)
    size = r * (1.0 if len(letters) < 3 else 0.72)
    sheet.c.setFillColor(WHITE)
    sheet.c.setFont(FONTS["sans-b"], size)
    sheet.c.drawCentredString(cx, cy - 0.36 * size, letters)


def mark_bean(sheet: Sheet, cx: float, cy: float, r: float, fill: Color) -> None:
    """A coffee bean: an ellipse with a curved slit."""
    sheet.claim(cx - 0.75 * r, cy - r, cx + 0.75 * r, cy + r, "logo bean")
    c = sheet.c
    c.setFillColor(fill)
    c.ellipse(cx - 0.7 * r, cy - r, cx + 0.7 * r, cy + r, stroke=0, fill=1)
    c.setStrokeColor(WHITE)
    c.setLineWidth(r * 0.14)
    path = c.beginPath()
    path.moveTo(cx, cy + 0.85 * r)
    path.curveTo(cx - 0.35 * r, cy + 0.3 * r, cx + 0.35 * r, cy - 0.3 * r, cx, cy - 0.85 * r)
    c.drawPath(path, stroke=1, fill=0)


def mark_bolt(sheet: Sheet, x: float, y: float, h: float, fill: Color) -> None:
    """A lightning bolt in a square, lower left at (x, y)."""
    sheet.claim(x, y, x + h, y + h, "logo bolt")
    c = sheet.c
    c.setFillColor(fill)
    c.roundRect(x, y, h, h, h * 0.18, stroke=0, fill=1)
    pts = [(0.58, 0.9), (0.25, 0.45), (0.47, 0.45), (0.38, 0.1), (0.76, 0.58), (0.53, 0.58)]
    path = c.beginPath()
    path.moveTo(x + pts[0][0] * h, y + pts[0][1] * h)
    for px, py in pts[1:]:
        path.lineTo(x + px * h, y + py * h)
    path.close()
    c.setFillColor(WHITE)
    c.drawPath(path, stroke=0, fill=1)


def mark_leaf(sheet: Sheet, x: float, y: float, h: float, fill: Color) -> None:
    """A leaf shape, lower left at (x, y), h high and 0.7 h wide."""
    sheet.claim(x, y, x + 0.7 * h, y + h, "logo leaf")
    c = sheet.c
    c.setFillColor(fill)
    path = c.beginPath()
    path.moveTo(x + 0.1 * h, y)
    path.curveTo(x - 0.05 * h, y + 0.6 * h, x + 0.3 * h, y + 0.95 * h, x + 0.7 * h, y + h)
    path.curveTo(x + 0.75 * h, y + 0.5 * h, x + 0.5 * h, y + 0.05 * h, x + 0.1 * h, y)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.setStrokeColor(WHITE)
    c.setLineWidth(h * 0.04)
    c.line(x + 0.12 * h, y + 0.04 * h, x + 0.62 * h, y + 0.9 * h)


def mark_stripes(
    sheet: Sheet, x: float, y: float, w: float, h: float, fills: Sequence[Color]
) -> None:
    """Slanted stripes, a common sticker-like mark."""
    sheet.claim(x, y, x + w, y + h, "logo stripes")
    c = sheet.c
    step = w / len(fills)
    for i, fill in enumerate(fills):
        c.setFillColor(fill)
        path = c.beginPath()
        x0 = x + i * step
        path.moveTo(x0 + 0.3 * step, y)
        path.lineTo(x0 + step, y)
        path.lineTo(x0 + 0.7 * step, y + h)
        path.lineTo(x0, y + h)
        path.close()
        c.drawPath(path, stroke=0, fill=1)


def inverse_banner(
    sheet: Sheet, x: float, y: float, w: float, h: float, text: str, font: str, size: float
) -> None:
    """White text on a black bar (till-receipt headers), lower left at (x, y)."""
    sheet.claim(x, y, x + w, y + h, text)
    sheet.c.setFillColor(INK)
    sheet.c.rect(x, y, w, h, stroke=0, fill=1)
    sheet.c.setFillColor(WHITE)
    sheet.c.setFont(FONTS[font], size)
    sheet.c.drawCentredString(x + w / 2, y + (h - 0.72 * size) / 2, text)


# ---------------------------------------------------------------------------------------------
# Till rolls: rows laid out top-down once the roll's length is known
# ---------------------------------------------------------------------------------------------

Cell = tuple[str, float, str]  # text, position across the printable width (0..1), alignment


@dataclass
class Roll:
    width_mm: float
    font: str = "mono"
    size: float = 7.5
    lead: float = 1.3
    side_mm: float = 3.0
    rows: list[tuple[float, Callable[[Sheet, float], None]]] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.side_mm * mm

    @property
    def x1(self) -> float:
        return (self.width_mm - self.side_mm) * mm

    def at(self, frac: float) -> float:
        return self.x0 + frac * (self.x1 - self.x0)

    def row(
        self,
        cells: Sequence[Cell],
        font: str | None = None,
        size: float | None = None,
        color: Color = INK,
    ) -> None:
        face = font or self.font
        pts = size or self.size

        def draw(sheet: Sheet, top: float) -> None:
            for text, frac, align in cells:
                sheet.text(self.at(frac), top - 0.95 * pts, text, face, pts, align, color)

        self.rows.append((pts * self.lead, draw))

    def center(self, text: str, font: str | None = None, size: float | None = None) -> None:
        self.row([(text, 0.5, "c")], font, size)

    def left(self, text: str, font: str | None = None, size: float | None = None) -> None:
        self.row([(text, 0.0, "l")], font, size)

    def lr(self, left: str, right: str, font: str | None = None, size: float | None = None) -> None:
        self.row([(left, 0.0, "l"), (right, 1.0, "r")], font, size)

    def gap(self, pts: float) -> None:
        self.rows.append((pts, lambda sheet, top: None))

    def dashes(self, char: str = "-", font: str | None = None) -> None:
        face = font or self.font
        count = int((self.x1 - self.x0) / tw(char, face, self.size))
        self.row([(char * count, 0.5, "c")], face)

    def rule(self, width: float = 0.6, pad: float = 3.0) -> None:
        def draw(sheet: Sheet, top: float) -> None:
            sheet.rule(self.x0, self.x1, top - pad, width)

        self.rows.append((2 * pad, draw))

    def art(self, height: float, paint: Callable[[Sheet, float], None]) -> None:
        """A picture ``height`` points high; ``paint`` gets the sheet and the row's top."""
        self.rows.append((height, paint))

    def render(self, top_mm: float = 6.0, bottom_mm: float = 12.0) -> bytes:
        height = sum(h for h, _ in self.rows) + (top_mm + bottom_mm) * mm
        sheet = Sheet(self.width_mm * mm, height, margin=1.5 * mm)
        y = height - top_mm * mm
        for h, paint in self.rows:
            paint(sheet, y)
            y -= h
        return sheet.finish()


# ---------------------------------------------------------------------------------------------
# Tables on full pages
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Col:
    """A table column: ``x`` is the left edge ('l'), centre ('c') or right edge ('r')."""

    x: float
    align: str = "l"
    width: float = 0.0  # > 0: the column wraps its text to this width


def table_row(
    sheet: Sheet,
    y: float,
    cols: Sequence[Col],
    values: Sequence[str],
    font: str = "sans",
    size: float = 8.5,
    lead: float = 1.25,
    color: Color = INK,
) -> float:
    """One table row (wrapping columns may take several lines); returns the next baseline."""
    depth = 1
    for col, value in zip(cols, values, strict=True):
        rows = wrap(value, font, size, col.width) if col.width else [value]
        sheet.lines(col.x, y, rows, font, size, lead, col.align, color)
        depth = max(depth, len(rows))
    return y - depth * size * lead


def kv_rows(
    sheet: Sheet,
    x_label: float,
    x_value: float,
    y: float,
    pairs: Sequence[tuple[str, str]],
    size: float = 8.5,
    fonts: tuple[str, str] = ("sans", "sans"),
    lead: float = 1.35,
    align: str = "r",
) -> float:
    """Label / value rows; returns the next free baseline."""
    for label, value in pairs:
        sheet.text(x_label, y, label, fonts[0], size)
        sheet.text(x_value, y, value, fonts[1], size, align)
        y -= size * lead
    return y


# ---------------------------------------------------------------------------------------------
# Scans and phone photos
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScanFx:
    """A flatbed or sheet-feed scan: grey, skewed, blurred, noisy; thermal paper can fade."""

    dpi: int
    angle: float
    blur: float
    noise: float
    fade: float = 0.0  # 0: fresh ink; 0.6: thermal print that has half gone
    pad_mm: float = 0.0  # scanner lid around a till roll
    quality: int | None = None  # JPEG quality, None: PNG


@dataclass(frozen=True)
class PhotoFx:
    """A phone photo: perspective, uneven light, a shadow, sensor noise, JPEG or PNG."""

    long_side: int
    tilt: float  # corner jitter as a share of the frame
    light: float  # strength of the light gradient
    shadow: float  # 0: none; 0.4: a dark hand / phone shadow
    quality: int | None
    table: tuple[int, int, int]  # background colour (RGB)
    crease: bool = False  # a folded till roll


def render_page(pdf: bytes, dpi: float, grey: bool) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    try:
        image = doc[0].render(scale=dpi / 72.0).to_pil()
    finally:
        doc.close()
    image = image.convert("L" if grey else "RGB")
    return np.asarray(image, dtype=np.float32)


def smooth_field(rng: np.random.Generator, shape: tuple[int, int], cells: int) -> np.ndarray:
    """Low-frequency noise in 0..1, ``cells`` bumps across the long side."""
    h, w = shape
    small = rng.random((max(2, cells * h // max(h, w) + 2), max(2, cells * w // max(h, w) + 2)))
    field_ = cv2.resize(small.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(field_, 0.0, 1.0)


def fade_thermal(img: np.ndarray, fade: float, rng: np.random.Generator) -> np.ndarray:
    """Lighten the ink unevenly, more towards one end, as old thermal paper does."""
    h, w = img.shape
    ramp = np.linspace(0.55, 1.0, h, dtype=np.float32)[:, None]
    if rng.random() < 0.5:
        ramp = ramp[::-1]
    patch = smooth_field(rng, (h, w), 6)
    keep = 1.0 - fade * np.clip(ramp * (0.6 + 0.6 * patch), 0.0, 1.0)
    ink = (255.0 - img) * keep
    paper = 247.0 - 6.0 * patch
    return paper - ink * (paper / 255.0)


def pad_bed(img: np.ndarray, pad_px: int, rng: np.random.Generator) -> np.ndarray:
    """Lay a till roll on a scanner bed: grey lid around it and a soft edge shadow."""
    h, w = img.shape
    lid = float(rng.uniform(214, 232))
    out = np.full((h + 2 * pad_px, w + 2 * pad_px), lid, dtype=np.float32)
    shade = np.zeros_like(out)
    shade[pad_px + 3 : pad_px + h + 3, pad_px + 3 : pad_px + w + 3] = 1.0
    shade = cv2.GaussianBlur(shade, (0, 0), 3.0)
    out -= 28.0 * shade
    out[pad_px : pad_px + h, pad_px : pad_px + w] = img
    return out


def rotate(img: np.ndarray, angle: float, fill: float | tuple[float, ...]) -> np.ndarray:
    h, w = img.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    return cv2.warpAffine(
        img,
        matrix,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=fill,
    )


def scan(pdf: bytes, fx: ScanFx, rng: np.random.Generator) -> Image.Image:
    img = render_page(pdf, fx.dpi, grey=True)
    img = fade_thermal(img, fx.fade, rng) if fx.fade else img * 0.96 + 6.0
    fill = 250.0
    if fx.pad_mm:
        img = pad_bed(img, int(fx.pad_mm / 25.4 * fx.dpi), rng)
        fill = float(img[0, 0])
    img = rotate(img, fx.angle, fill)
    if fx.blur:
        img = cv2.GaussianBlur(img, (0, 0), fx.blur)
    img = img + rng.normal(0.0, fx.noise, img.shape).astype(np.float32)
    dots = rng.random(img.shape) < 0.0004
    img[dots] = rng.uniform(40, 140, int(dots.sum())).astype(np.float32)
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), mode="L")


def table_texture(rng: np.random.Generator, size: tuple[int, int], rgb: tuple[int, int, int]):
    """A desk or table top: base colour, wood-like grain and blotches."""
    h, w = size
    base = np.empty((h, w, 3), dtype=np.float32)
    base[:] = np.array(rgb, dtype=np.float32)
    ys = np.arange(h, dtype=np.float32)[:, None]
    xs = np.arange(w, dtype=np.float32)[None, :]
    phase = float(rng.uniform(0, 6.28))
    grain = np.sin(ys / float(rng.uniform(9, 20)) + 3.0 * np.sin(xs / 180.0 + phase))
    blotch = smooth_field(rng, (h, w), 5)
    shade = 1.0 + 0.05 * grain + 0.12 * (blotch - 0.5)
    return base * shade[:, :, None]


def page_quad(
    rng: np.random.Generator, page: tuple[int, int], frame: tuple[int, int], tilt: float
) -> np.ndarray:
    """Where the page's corners land in the photo frame."""
    ph, pw = page
    fh, fw = frame
    scale = min(fw * 0.86 / pw, fh * 0.88 / ph)
    cw, ch = pw * scale, ph * scale
    ox, oy = (fw - cw) / 2.0, (fh - ch) / 2.0
    quad = np.array([[ox, oy], [ox + cw, oy], [ox + cw, oy + ch], [ox, oy + ch]], np.float32)
    jitter = rng.uniform(-tilt, tilt, (4, 2)).astype(np.float32) * np.array([fw, fh], np.float32)
    quad += jitter
    quad[:, 0] = np.clip(quad[:, 0], 4, fw - 5)
    quad[:, 1] = np.clip(quad[:, 1], 4, fh - 5)
    return quad


def light_field(rng: np.random.Generator, size: tuple[int, int], strength: float) -> np.ndarray:
    """A lamp or window on one side: a linear gradient plus a soft hot spot."""
    h, w = size
    ys = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    xs = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    ax, ay = rng.uniform(-1, 1, 2)
    cx, cy = rng.uniform(-0.6, 0.6, 2)
    spot = np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / 0.6)
    return 1.0 - strength * 0.5 + strength * 0.25 * (ax * xs + ay * ys) + strength * 0.4 * spot


def shadow_mask(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    """A blurred blob entering from one edge (the photographer's hand or phone)."""
    h, w = size
    mask = np.zeros((h, w), np.float32)
    edge = int(rng.integers(0, 4))
    reach = rng.uniform(0.18, 0.35)
    pts = {
        0: [(0, 0), (w * reach, 0), (w * reach * 0.7, h * 0.6), (0, h * 0.75)],
        1: [(w, h), (w * (1 - reach), h), (w * (1 - reach * 0.6), h * 0.35), (w, h * 0.3)],
        2: [(0, h), (w * 0.65, h), (w * 0.5, h * (1 - reach)), (0, h * (1 - reach * 0.8))],
        3: [(w, 0), (w * 0.4, 0), (w * 0.55, h * reach), (w, h * reach * 0.9)],
    }[edge]
    cv2.fillPoly(mask, [np.array(pts, np.int32)], 1.0)
    return cv2.GaussianBlur(mask, (0, 0), max(h, w) * 0.03)


def crease(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A fold across a till roll: a darker line and a slightly different tone below it."""
    h = img.shape[0]
    row = int(h * rng.uniform(0.35, 0.65))
    ramp = np.ones((h, 1, 1), np.float32)
    ramp[row:] = 0.95
    ramp[max(0, row - 2) : row + 2] = 0.8
    return img * ramp


def photo_frame(fx: PhotoFx, page: tuple[int, int]) -> tuple[int, int]:
    ph, pw = page
    if ph >= pw:
        return fx.long_side, int(fx.long_side * 0.75)
    return int(fx.long_side * 0.75), fx.long_side


def photo(pdf: bytes, fx: PhotoFx, rng: np.random.Generator) -> Image.Image:
    probe = pdfium.PdfDocument(pdf)
    pw, ph = probe[0].get_size()
    probe.close()
    frame = photo_frame(fx, (int(ph), int(pw)))
    dpi = 72.0 * frame[0] * 0.95 / ph
    page = render_page(pdf, dpi, grey=False) * np.array([1.0, 0.985, 0.95], np.float32)
    if fx.crease:
        page = crease(page, rng)
    src = np.array([[0, 0], [page.shape[1], 0], [page.shape[1], page.shape[0]], [0, page.shape[0]]])
    quad = page_quad(rng, page.shape[:2], frame, fx.tilt)
    matrix = cv2.getPerspectiveTransform(src.astype(np.float32), quad)
    size = (frame[1], frame[0])
    warped = cv2.warpPerspective(page, matrix, size, flags=cv2.INTER_AREA)
    ones = np.ones(page.shape[:2], np.float32)
    mask = cv2.warpPerspective(ones, matrix, size, flags=cv2.INTER_LINEAR)[:, :, None]
    bg = table_texture(rng, frame, fx.table)
    drop = cv2.GaussianBlur(np.roll(mask[:, :, 0], (9, 7), (0, 1)), (0, 0), 9.0)[:, :, None]
    img = bg * (1.0 - 0.45 * drop) * (1.0 - mask) + warped * mask
    img *= light_field(rng, frame, fx.light)[:, :, None]
    if fx.shadow:
        img *= (1.0 - fx.shadow * shadow_mask(rng, frame))[:, :, None]
    img = cv2.GaussianBlur(img, (0, 0), 0.7)
    img += rng.normal(0.0, 3.5, img.shape).astype(np.float32)
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), mode="RGB")


# ---------------------------------------------------------------------------------------------
# Receipts
# ---------------------------------------------------------------------------------------------

Built = tuple[bytes, Truth]


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


# r01: Australian café, GST included, card surcharge ------------------------------------------


def _r01_head(roll: Roll) -> None:
    roll.art(
        36, lambda sheet, top: mark_bean(sheet, roll.at(0.5), top - 17, 14, HexColor("#5b3a29"))
    )
    roll.center("Little Bean Espresso", "serif-b", 14)
    roll.gap(3)
    for text in (
        "Little Bean Hospitality Pty Ltd",
        "ABN 53 004 085 616",
        "212 Brunswick St, Fitzroy VIC 3065",
        "(03) 9417 2280",
    ):
        roll.center(text, size=7.5)
    roll.gap(5)
    roll.center("TAX INVOICE", "sans-b", 10)
    roll.gap(2)
    roll.lr("Tax Invoice #A-0048213", "Order 347")
    roll.lr("14/11/2026  8:42 am", "Table 12")
    roll.lr("Server: Mia", "Terminal 2")
    roll.rule()


def _r01_items(roll: Roll, lines: Sequence[Line]) -> None:
    for line in lines:
        if line.qty is None:
            roll.lr(f"     {line.desc}", f"${fmt(line.amount)}", size=7.5)
            continue
        roll.lr(f"{line.qty} x {line.desc}", f"${fmt(line.amount)}")
        if line.qty > 1:
            roll.left(f"       @ ${fmt(line.unit or D(0))} each", size=7)


def _r01_slip(roll: Roll, total: Decimal, rng: random.Random) -> None:
    roll.gap(6)
    roll.center("*** CUSTOMER COPY ***", "mono", 7)
    for left, right in (
        ("LITTLE BEAN ESPRESSO", "FITZROY"),
        ("TERMINAL ID", "L8842071"),
        ("VISA CREDIT", "....4821 (T)"),
        ("PURCHASE", f"AUD ${fmt(total)}"),
        ("TOTAL", f"AUD ${fmt(total)}"),
        ("APPROVED", "00"),
        ("AUTH 082211", "STAN 004417"),
        ("RRN", digits(rng, 12)),
        ("14/11/26", "08:43"),
    ):
        roll.lr(left, right, "mono", 7)


def r01(rng: random.Random) -> Built:
    lines = [
        Line("Flat White Lrg", D("2"), D("5.50"), D("11.00")),
        Line("+ Oat milk", None, None, D("0.80")),
        Line("Smashed Avo Sourdough", D("1"), D("19.50"), D("19.50")),
        Line("Banana Bread", D("1"), D("6.50"), D("6.50")),
        Line("Fresh OJ", D("1"), D("7.00"), D("7.00")),
    ]
    sub = items_sum(lines)
    surcharge = q2(sub * D("0.015"))
    total = sub + surcharge
    gst = q2(total / 11)
    roll = Roll(80, font="sans", size=8.0)
    _r01_head(roll)
    _r01_items(roll, lines)
    roll.rule()
    roll.lr("Subtotal", f"${fmt(sub)}")
    roll.lr("Card surcharge 1.5%", f"${fmt(surcharge)}")
    roll.lr("TOTAL (incl. GST)", f"${fmt(total)}", "sans-b", 11)
    roll.lr("GST included in total", f"${fmt(gst)}", size=7.5)
    roll.lr("EFTPOS", f"${fmt(total)}", size=7.5)
    _r01_slip(roll, total, rng)
    roll.gap(6)
    roll.center("★ Stamps 7/10 – 3 more for a free coffee ★", size=7)
    roll.art(
        62,
        lambda sheet, top: qr_code(
            sheet, roll.at(0.5) - 26, top - 56, 52, "https://littlebean.com.au/rate?o=347"
        ),
    )
    roll.center("Rate your visit & thank you!", "sans-i", 7.5)
    truth = Truth(
        "A-0048213",
        "2026-11-14",
        None,
        "Little Bean Espresso",
        total - gst,
        gst,
        total,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        lines,
        f"Café tax invoice: GST only as 'GST included in total' ({gst}, 1/11 of the total "
        f"including the 1.5 % card surcharge {surcharge}); the oat-milk modifier is its own "
        "line without quantity; order, table, terminal, AUTH/STAN/RRN numbers near the number.",
    )
    return roll.render(), truth


# r02: Canadian hardware store, BC GST + PST with tax codes -----------------------------------


def _r02_head(roll: Roll) -> None:
    def banner(sheet: Sheet, top: float) -> None:
        inverse_banner(
            sheet, roll.x0, top - 22, roll.x1 - roll.x0, 20, "CEDAR & PINE", "sans-b", 14
        )

    roll.art(26, banner)
    roll.center("HARDWARE & GARDEN", "mono-b", 8)
    for text in ("2150 Commercial Dr", "Vancouver BC  V5N 4B3", "(604) 555-0187"):
        roll.center(text)
    roll.center("GST/HST# 81234 5678 RT0001")
    roll.center("PST# PST-1234-5678")
    roll.gap(4)
    roll.center("SALE", "mono-b", 9)
    roll.lr("STORE 041  REG 03", "CASHIER 1172")
    roll.lr("2026/11/07", "14:22:09")
    roll.left("RECEIPT# 041-03-88217", "mono-b")
    roll.dashes()


def _r02_items(roll: Roll, rows: Sequence[tuple[str, Line, str]]) -> None:
    for sku, line, code in rows:
        if line.qty == 1:
            roll.row(
                [(f"{sku} {line.desc}", 0.0, "l"), (fmt(line.amount), 0.9, "r"), (code, 1.0, "r")]
            )
            continue
        roll.left(f"{sku} {line.desc}")
        qty = f"  {line.qty} @ {fmt(line.unit or D(0))}"
        roll.row([(qty, 0.0, "l"), (fmt(line.amount), 0.9, "r"), (code, 1.0, "r")])


def _r02_pay(roll: Roll, total: Decimal, rng: random.Random) -> None:
    roll.lr("INTERAC DEBIT", fmt(total), "mono-b")
    roll.gap(4)
    for left, right in (
        ("CARD", "************2290"),
        ("ACCOUNT", "CHEQUING"),
        ("AUTH#", digits(rng, 6)),
        ("SEQ#", "00412"),
        ("REF#", digits(rng, 10)),
    ):
        roll.lr(left, right, size=7)
    roll.center("01-APPROVED - THANK YOU", size=7)


def r02(rng: random.Random) -> Built:
    rows = [
        ("0641237", Line('DECK SCREW #8 2-1/2" 1LB', D("2"), D("12.49"), D("24.98")), "GP"),
        ("0388120", Line('PAINT BRUSH 2" ANGLE', D("1"), D("8.99"), D("8.99")), "GP"),
        ("1120945", Line("BIKE HELMET ADULT M/L", D("1"), D("59.99"), D("59.99")), "G"),
        ("0977314", Line("LED BULB A19 60W EQ 4PK", D("1"), D("14.99"), D("14.99")), "GP"),
    ]
    lines = [line for _, line, _ in rows]
    sub = items_sum(lines)
    pst_base = sum((line.amount for _, line, code in rows if "P" in code), D(0))
    gst, pst = on_top(sub, D(5)), on_top(pst_base, D(7))
    total = sub + gst + pst
    roll = Roll(80, font="mono", size=7.6)
    _r02_head(roll)
    _r02_items(roll, rows)
    roll.dashes()
    roll.lr(f"SUBTOTAL   {sum(line.qty or 1 for line in lines)} ITEMS", fmt(sub))
    roll.lr("GST 5%", fmt(gst))
    roll.lr(f"PST 7% ON {fmt(pst_base)}", fmt(pst))
    roll.lr("TOTAL", fmt(total), "mono-b", 10)
    _r02_pay(roll, total, rng)
    roll.gap(4)
    roll.center("G=GST  P=PST  GP=GST+PST")
    roll.center("PINE POINTS EARNED: 117")
    roll.center("BALANCE: 1,482")
    roll.gap(4)
    roll.art(
        30, lambda sheet, top: code128(sheet, roll.at(0.5) - 62, top - 26, "0410388217", 24, 1.0)
    )
    roll.center("0410388217", size=7)
    roll.center("RETURNS WITHIN 30 DAYS WITH RECEIPT", size=7)
    truth = Truth(
        "041-03-88217",
        "2026-11-07",
        None,
        "Cedar & Pine",
        sub,
        gst + pst,
        total,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        lines,
        f"BC store: GST 5 % on all items plus PST 7 % only on code-P items ({fmt(pst_base)}; "
        "the bike helmet is PST-exempt); vat is GST + PST; store/register/cashier numbers and a "
        "barcode around the receipt number; date in yyyy/mm/dd.",
    )
    return roll.render(), truth


# r03: Swiss supermarket, MWST codes, cash rounding to 5 Rappen -------------------------------


def round05(value: Decimal) -> Decimal:
    return (value / D("0.05")).quantize(D(1), ROUND_HALF_UP) * D("0.05")


def _r03_head(roll: Roll) -> None:
    roll.center("MARKTFRISCH", "sans-b", 19)
    roll.center("Genossenschaft Marktfrisch Zürich", size=7)
    roll.center("Filiale Oerlikon", size=7)
    roll.center("Schaffhauserstrasse 355, 8050 Zürich", size=7)
    roll.gap(5)
    roll.lr("Filiale 0153  Kasse 07", "Kassier 32")
    roll.lr("Bon-Nr. 4711", "08.11.2026 17:34")
    roll.dashes("=")
    roll.row([("Artikel", 0, "l"), ("CHF", 0.93, "r"), ("M", 1.0, "r")])
    roll.dashes()


def _r03_items(roll: Roll, rows: Sequence[tuple[Line, str]]) -> None:
    for line, code in rows:
        amount = (fmt(line.amount), 0.93, "r")
        if line.qty == 1:
            roll.row([(line.desc, 0, "l"), amount, (code, 1.0, "r")])
            continue
        roll.left(line.desc)
        unit = fmt(line.unit or D(0))
        how = f"  {line.qty} kg x {unit}/kg" if "." in f"{line.qty}" else f"  {line.qty} x {unit}"
        roll.row([(how, 0, "l"), amount, (code, 1.0, "r")])


def _r03_vat(roll: Roll, table: Sequence[tuple[str, str, Decimal, Decimal]]) -> None:
    roll.center("MWST-Nr. CHE-105.829.940 MWST", size=7)
    roll.row(
        [("Code", 0, "l"), ("Satz", 0.3, "l"), ("Brutto", 0.72, "r"), ("MWST", 1, "r")], size=7
    )
    for code, rate, gross, tax in table:
        roll.row(
            [(code, 0, "l"), (rate, 0.3, "l"), (fmt(gross), 0.72, "r"), (fmt(tax), 1, "r")], size=7
        )
    gross = sum((row[2] for row in table), D(0))
    tax = sum((row[3] for row in table), D(0))
    roll.row([("Total", 0, "l"), (fmt(gross), 0.72, "r"), (fmt(tax), 1, "r")], size=7)


def r03(rng: random.Random) -> Built:
    rows = [
        (Line("Vollmilch UHT 1l", D("2"), D("1.65"), D("3.30")), "1"),
        (Line("Ruchbrot 500g", D("1"), D("2.90"), D("2.90")), "1"),
        (Line("Gruyère AOP 250g", D("1"), D("6.95"), D("6.95")), "1"),
        (Line("Äpfel Gala", D("1.236"), D("3.90"), D("4.82")), "1"),
        (Line("Zahnpasta Kräuter 75ml", D("1"), D("3.95"), D("3.95")), "2"),
        (Line("Abwaschmittel 500ml", D("1"), D("2.60"), D("2.60")), "2"),
    ]
    lines = [line for line, _ in rows]
    for line in lines:
        check_line(line)
    food = sum((line.amount for line, code in rows if code == "1"), D(0))
    other = sum((line.amount for line, code in rows if code == "2"), D(0))
    sub = food + other
    total = round05(sub)
    table = [
        ("1", "2.6%", food, contained(food, D("2.6"))),
        ("2", "8.1%", other, contained(other, D("8.1"))),
    ]
    vat = table[0][3] + table[1][3]
    cash = D("50.00")
    roll = Roll(80, font="mono", size=7.6)
    _r03_head(roll)
    _r03_items(roll, rows)
    roll.dashes()
    roll.lr("Zwischensumme", fmt(sub))
    roll.lr("Rundung", fmt(total - sub))
    roll.lr("TOTAL CHF", fmt(total), "mono-b", 11)
    roll.lr("Bar", fmt(cash))
    roll.lr("Rückgeld", fmt(cash - total))
    roll.gap(5)
    _r03_vat(roll, table)
    roll.gap(5)
    roll.center("Bonuskarte 2099 8841 7702", size=7)
    roll.center(f"Punkte aus diesem Einkauf: {int(total)}", size=7)
    roll.center("Punktestand: 1'862", size=7)
    roll.gap(3)
    roll.center("Danke für Ihren Einkauf", "mono-b", 7.6)
    roll.center("Öffnungszeiten Mo-Sa 7.00-21.00", size=7)
    truth = Truth(
        "4711",
        "2026-11-08",
        None,
        "Marktfrisch",
        total - vat,
        vat,
        total,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        lines,
        f"Faded thermal supermarket slip: MWST only contained (codes 1 = 2.6 %, 2 = 8.1 %); "
        f"cash total rounded to 5 Rappen ({fmt(total - sub)}), so amount = total - vat keeps the "
        "rounding; weighed apples as quantity in kg; Filiale/Kasse/Kassier/Bonuskarte numbers.",
    )
    return roll.render(), truth


# r04: Italian bar, DOCUMENTO COMMERCIALE, IVA included ---------------------------------------


def _r04_head(roll: Roll) -> None:
    roll.center("BAR PASTICCERIA", "mono-b", 10)
    roll.center("AURORA", "serif-b", 20)
    roll.gap(2)
    roll.center("AURORA S.N.C. DI ROSSI M. & C.")
    roll.center("Via Garibaldi 18 - 40124 Bologna (BO)")
    roll.center("P.IVA 01234560154  Tel. 051 264417")
    roll.gap(5)
    roll.center("DOCUMENTO COMMERCIALE", "mono-b", 9)
    roll.center("di vendita o prestazione")
    roll.gap(4)
    roll.row([("DESCRIZIONE", 0, "l"), ("IVA", 0.68, "r"), ("Prezzo(€)", 1, "r")])


def _r04_items(roll: Roll, rows: Sequence[tuple[Line, int]]) -> None:
    for line, rate in rows:
        if line.qty != 1:
            roll.left(f"{line.qty} x {fmt(line.unit or D(0), 'comma')}")
        roll.row(
            [(line.desc, 0, "l"), (f"{rate}%", 0.68, "r"), (fmt(line.amount, "comma"), 1, "r")]
        )


def r04(rng: random.Random) -> Built:
    rows = [
        (Line("CAPPUCCINO", D("2"), D("1.50"), D("3.00")), 10),
        (Line("CORNETTO CREMA", D("2"), D("1.30"), D("2.60")), 10),
        (Line("SPREMUTA ARANCIA", D("1"), D("3.50"), D("3.50")), 10),
        (Line("GOMME DA MASTICARE", D("1"), D("1.80"), D("1.80")), 22),
    ]
    lines = [line for line, _ in rows]
    total = items_sum(lines)
    iva = sum(
        (
            contained(sum((ln.amount for ln, r in rows if r == rate), D(0)), D(rate))
            for rate in (10, 22)
        ),
        D(0),
    )
    cash = D("20.00")
    roll = Roll(80, font="mono", size=7.8)
    _r04_head(roll)
    _r04_items(roll, rows)
    roll.gap(3)
    roll.lr("TOTALE COMPLESSIVO", fmt(total, "comma"), "mono-b", 10)
    roll.lr("DI CUI IVA", fmt(iva, "comma"))
    roll.gap(4)
    roll.lr("Pagamento contante", fmt(cash, "comma"))
    roll.lr("Pagamento elettronico", "0,00")
    roll.lr("Resto", fmt(cash - total, "comma"))
    roll.lr("Importo pagato", fmt(total, "comma"))
    roll.gap(6)
    roll.lr("12-11-2026 09:14", "DOCUMENTO N. 0148-0027")
    roll.left("RT 99MEX012345")
    roll.left("Codice lotteria: ")
    roll.gap(4)
    roll.center("GRAZIE E ARRIVEDERCI")
    truth = Truth(
        "0148-0027",
        "2026-11-12",
        None,
        "Bar Pasticceria Aurora",
        total - iva,
        iva,
        total,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        lines,
        "Italian DOCUMENTO COMMERCIALE: IVA only as 'DI CUI IVA' (10 % and 22 % lines); the "
        "document number (Z-report-document) sits at the bottom next to the date and the RT "
        "serial; cash with change; photographed folded.",
    )
    return roll.render(), truth


# r05: Spanish factura simplificada, IVA 10 % included ----------------------------------------


def _r05_head(roll: Roll) -> None:
    roll.art(
        30, lambda sheet, top: mark_leaf(sheet, roll.at(0.5) - 9, top - 28, 26, HexColor("#7a1f1f"))
    )
    roll.center("TABERNA", "sans", 8)
    roll.center("El Rincón de Lavapiés", "serif-b", 13)
    roll.gap(3)
    for text in (
        "Rincón de Lavapiés Hostelería S.L.",
        "NIF B86123457",
        "C/ del Ave María 22, 28012 Madrid",
        "Tel. 915 27 38 44",
    ):
        roll.center(text, size=7.3)
    roll.gap(5)
    roll.center("FACTURA SIMPLIFICADA", "sans-b", 9)
    roll.center("Nº FS26-004519", "sans-b", 9)
    roll.lr("Fecha: 15/11/2026", "Hora: 22:41")
    roll.lr("Mesa: 7   Comensales: 3", "Camarero: Luis")
    roll.rule(0.4)
    roll.row(
        [("Ud", 0, "l"), ("Descripción", 0.09, "l"), ("Precio", 0.76, "r"), ("Importe", 1, "r")],
        "sans-b",
        7.3,
    )


def r05(rng: random.Random) -> Built:
    lines = [
        Line("CAÑA MAHOU", D("2"), D("2.20"), D("4.40")),
        Line("RACIÓN CROQUETAS", D("1"), D("9.50"), D("9.50")),
        Line("PULPO A FEIRA", D("1"), D("16.80"), D("16.80")),
        Line("TORTILLA PATATAS", D("1"), D("8.00"), D("8.00")),
        Line("PAN Y PICOS", D("3"), D("1.20"), D("3.60")),
        Line("TINTO DE VERANO", D("1"), D("3.20"), D("3.20")),
    ]
    total = items_sum(lines)
    base = q2(total / D("1.10"))
    iva = total - base
    roll = Roll(80, font="sans", size=7.6)
    _r05_head(roll)
    for line in lines:
        check_line(line)
        roll.row(
            [
                (f"{line.qty}", 0, "l"),
                (line.desc, 0.09, "l"),
                (fmt(line.unit or D(0), "comma"), 0.76, "r"),
                (fmt(line.amount, "comma"), 1, "r"),
            ]
        )
    roll.rule(0.4)
    roll.lr("BASE IMPONIBLE", fmt(base, "comma"))
    roll.lr("IVA 10%", fmt(iva, "comma"))
    roll.lr("TOTAL (IVA incl.)", f"{fmt(total, 'comma')} €", "sans-b", 11)
    roll.gap(3)
    roll.lr("Tarjeta VISA ****3318", fmt(total, "comma"))
    roll.lr("Nº operación", "000231 / 845512")
    roll.gap(6)
    roll.center("Propina no incluida", "sans-i", 7.3)
    roll.center("¡Gracias por su visita!", "sans-i", 7.3)
    truth = Truth(
        "FS26-004519",
        "2026-11-15",
        None,
        "El Rincón de Lavapiés",
        base,
        iva,
        total,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        lines,
        "Restaurant factura simplificada: base and 10 % IVA both printed inside a tax-inclusive "
        "total; trading name under a small 'TABERNA', legal S.L. name below; Mesa / Comensales "
        "/ operation numbers near the FS number.",
    )
    return roll.render(), truth


# r06: Portuguese talão / fatura simplificada with ATCUD and fiscal QR ------------------------


def pt_nif(first8: str) -> str:
    """A Portuguese NIF with its mod-11 check digit."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(first8))
    check = 11 - total % 11
    return first8 + str(0 if check >= 10 else check)


def _r06_head(roll: Roll, nif: str) -> None:
    roll.center("PASTELARIA", "mono-b", 9)
    roll.center("BELA VISTA", "mono-b", 15)
    roll.center("Bela Vista - Pastelaria e Snack-Bar, Lda", size=6.8)
    roll.center("R. de Santa Catarina 412", size=6.8)
    roll.center("4000-446 Porto", size=6.8)
    roll.center(f"NIF: {nif}  Tel: 222 051 387", size=6.8)
    roll.gap(4)
    roll.center("Fatura Simplificada FS 2026A/1547", "mono-b", 8)
    roll.center("ATCUD: JJ3K7M9P-1547")
    roll.center("Original")
    roll.lr("Data: 2026-11-09", "10:17")
    roll.lr("Cliente: Consumidor final", "")
    roll.lr("NIF: 999999990", "Mesa 4")
    roll.dashes()
    roll.row([("Qtd", 0, "l"), ("Descrição", 0.1, "l"), ("IVA", 0.76, "r"), ("Valor", 1, "r")])
    roll.dashes()


def _r06_summary(roll: Roll, table: Sequence[tuple[int, Decimal, Decimal]]) -> None:
    roll.center("Quadro resumo do IVA", size=7)
    roll.row([("Taxa", 0, "l"), ("Incidência", 0.62, "r"), ("IVA", 1, "r")], size=7)
    for rate, base, tax in table:
        roll.row(
            [(f"{rate}%", 0, "l"), (fmt(base, "comma"), 0.62, "r"), (fmt(tax, "comma"), 1, "r")],
            size=7,
        )


def r06(rng: random.Random) -> Built:
    nif = pt_nif("50912345")
    rows = [
        (Line("Galão", D("1"), D("1.40"), D("1.40")), 13),
        (Line("Pastel de nata", D("3"), D("1.20"), D("3.60")), 13),
        (Line("Tosta mista", D("1"), D("3.50"), D("3.50")), 13),
        (Line("Sumo laranja natural", D("1"), D("2.80"), D("2.80")), 13),
        (Line("Água 0,5L", D("1"), D("1.00"), D("1.00")), 13),
        (Line("Cerveja 0,33L", D("1"), D("2.00"), D("2.00")), 23),
    ]
    lines = [line for line, _ in rows]
    total = items_sum(lines)
    table = []
    for rate in (13, 23):
        gross = sum((ln.amount for ln, r in rows if r == rate), D(0))
        tax = contained(gross, D(rate))
        table.append((rate, gross - tax, tax))
    vat = sum((row[2] for row in table), D(0))
    cash = D("20.00")
    roll = Roll(80, font="mono", size=7.4)
    _r06_head(roll, nif)
    for line, rate in rows:
        roll.row(
            [
                (f"{line.qty}", 0, "l"),
                (line.desc, 0.1, "l"),
                (f"{rate}%", 0.76, "r"),
                (fmt(line.amount, "comma"), 1, "r"),
            ]
        )
        if line.qty != 1:
            roll.left(f"      {line.qty} x {fmt(line.unit or D(0), 'comma')}", size=7)
    roll.dashes()
    roll.lr("TOTAL", f"{fmt(total, 'comma')} EUR", "mono-b", 10)
    roll.lr("Numerário", fmt(cash, "comma"))
    roll.lr("Troco", fmt(cash - total, "comma"))
    roll.gap(4)
    _r06_summary(roll, table)
    roll.gap(4)
    data = (
        f"A:{nif}*B:999999990*C:PT*D:FS*E:N*F:20261109*G:FS 2026A/1547*H:JJ3K7M9P-1547*I1:PT"
        f"*I5:{table[0][1]}*I6:{table[0][2]}*I7:{table[1][1]}*I8:{table[1][2]}*N:{vat}"
        f"*O:{total}*Q:k3Fp*R:1234"
    )
    roll.art(80, lambda sheet, top: qr_code(sheet, roll.at(0.5) - 36, top - 76, 72, data))
    roll.center("k3Fp-Processado por programa", size=6.8)
    roll.center("certificado n.º 1234/AT", size=6.8)
    roll.center("IVA incluído à taxa em vigor", size=6.8)
    truth = Truth(
        "FS 2026A/1547",
        "2026-11-09",
        None,
        "Pastelaria Bela Vista",
        total - vat,
        vat,
        total,
        "EUR",
        "pt-PT",
        "receipt",
        "receipt",
        lines,
        "Portuguese fatura simplificada: IVA 13 % and 23 % only in the 'Quadro resumo' "
        "(bases and tax inside the total); ATCUD, the seller NIF, the consumer NIF 999999990 and "
        "a fiscal QR near the number; ISO date; cash with change.",
    )
    return roll.render(), truth


# r07: Polish paragon fiskalny, PTU A/B/C, buyer NIP printed ----------------------------------


def pl_nip(first9: str) -> str:
    """A Polish NIP with its check digit (the prefix must not give 10)."""
    check = sum(int(d) * w for d, w in zip(first9, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
    if check == 10:
        raise ValueError(f"no NIP with prefix {first9}")
    return first9 + str(check)


def _r07_head(roll: Roll, nip: str, buyer: str) -> None:
    roll.center("PIEKARNIA-CUKIERNIA", "mono-b", 8)
    roll.center("„KŁOS”", "serif-b", 15)
    roll.center("Kłos Sp. z o.o.")
    roll.center("ul. Długa 14, 31-147 Kraków")
    roll.center(f"NIP {nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}")
    roll.gap(3)
    roll.lr("2026-11-10 15:02", "nr wydr. 041977")
    roll.gap(2)
    roll.center("PARAGON FISKALNY", "mono-b", 9)
    roll.lr("Paragon nr:", "031542")
    roll.lr("NIP nabywcy:", buyer)
    roll.dashes()


def _r07_items(roll: Roll, rows: Sequence[tuple[Line, str]]) -> None:
    for line, ptu in rows:
        roll.left(line.desc)
        how = f"  {num(line.qty or D(1), 'comma')} x{fmt(line.unit or D(0), 'comma')}"
        roll.row([(how, 0, "l"), (fmt(line.amount, "comma"), 0.93, "r"), (ptu, 1, "r")])


def _r07_ptu(roll: Roll, table: Sequence[tuple[str, str, Decimal, Decimal]]) -> Decimal:
    for ptu, rate, gross, tax in table:
        roll.lr(f"SPRZEDAŻ OPODATK. {ptu}", fmt(gross, "comma"))
        roll.lr(f"PTU {ptu} {rate} %", fmt(tax, "comma"))
    vat = sum((row[3] for row in table), D(0))
    roll.lr("SUMA PTU", fmt(vat, "comma"))
    return vat


def r07(rng: random.Random) -> Built:
    rows = [
        (Line("Chleb żytni 500g", D("1"), D("5.49"), D("5.49")), "C"),
        (Line("Bułka kajzerka", D("6"), D("0.79"), D("4.74")), "C"),
        (Line("Pączek z różą", D("3"), D("3.20"), D("9.60")), "C"),
        (Line("Kawa latte 300ml", D("1"), D("12.00"), D("12.00")), "B"),
        (Line("Torba papierowa", D("1"), D("0.50"), D("0.50")), "A"),
    ]
    lines = [line for line, _ in rows]
    for line in lines:
        check_line(line)
    rates = {"A": ("23,00", D(23)), "B": ("8,00", D(8)), "C": ("5,00", D(5))}
    table = []
    for ptu, (label, rate) in rates.items():
        gross = sum((ln.amount for ln, p in rows if p == ptu), D(0))
        table.append((ptu, label, gross, contained(gross, rate)))
    total = items_sum(lines)
    roll = Roll(58, font="mono", size=6.7, side_mm=2.5)
    _r07_head(roll, pl_nip("676001223"), pl_nip("779243342"))
    _r07_items(roll, rows)
    roll.dashes()
    vat = _r07_ptu(roll, table)
    roll.lr("SUMA PLN", fmt(total, "comma"), "mono-b", 11)
    roll.dashes()
    roll.lr("Karta płatnicza", f"{fmt(total, 'comma')} PLN")
    roll.gap(3)
    roll.lr("00318 #Kasa 2", "Kasjer nr 14")
    roll.lr("Nr sys. 4821", "15:02")
    roll.center(f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}", size=6.2)
    roll.art(18, lambda sheet, top: mark_circle(sheet, roll.at(0.5), top - 9, 8, "PL", INK))
    roll.center("BFA 12345678", "mono-b", 7)
    truth = Truth(
        "031542",
        "2026-11-10",
        None,
        "Piekarnia-Cukiernia „Kłos”",
        total - vat,
        vat,
        total,
        "PLN",
        "pl-PL",
        "receipt",
        "receipt",
        lines,
        "Polish paragon fiskalny on a 58 mm roll: PTU A 23 %, B 8 %, C 5 % contained in SUMA PLN; "
        "the buyer's NIP (paragon z NIP) and the print counter 'nr wydr.' sit near the receipt "
        "number; trading name in Polish quotes above the Sp. z o.o. name.",
    )
    return roll.render(), truth


# r08: Swedish kvitto, moms 12 % / 25 %, weighed item and pant --------------------------------


def _r08_head(roll: Roll) -> None:
    colors = [HexColor("#c8102e"), HexColor("#f2a900"), HexColor("#006aa7")]
    roll.art(
        22, lambda sheet, top: mark_stripes(sheet, roll.at(0.5) - 24, top - 20, 48, 18, colors)
    )
    roll.center("NÄRBUTIKEN SÖDER", "sans-b", 12)
    for text in (
        "Söders Livs AB",
        "Götgatan 48, 118 26 Stockholm",
        "Org.nr 556677-8899",
        "Tel 08-644 12 30",
    ):
        roll.center(text, size=7.2)
    roll.gap(5)
    roll.center("KVITTO", "sans-b", 10)
    roll.lr("Kvitto nr 3387", "Kassa 2")
    roll.lr("2026-11-13  18:05", "Kassör 118")
    roll.rule(0.4)


def _r08_items(roll: Roll, rows: Sequence[tuple[Line, str, int]]) -> None:
    for line, unit, rate in rows:
        mark = " *" if rate == 25 else ""
        if line.qty == 1 and unit == "st":
            roll.lr(line.desc + mark, fmt(line.amount, "comma"))
            continue
        roll.left(line.desc + mark)
        per = "kr/kg" if unit == "kg" else "kr"
        how = (
            f"   {num(line.qty or D(1), 'comma')} {unit} x {fmt(line.unit or D(0), 'comma')} {per}"
        )
        roll.lr(how, fmt(line.amount, "comma"), size=7.2)


def _r08_moms(roll: Roll, table: Sequence[tuple[int, Decimal, Decimal]]) -> None:
    cols = (0.0, 0.42, 0.72, 1.0)
    heads = ("Moms%", "Moms", "Netto", "Brutto")
    roll.row(
        [(h, x, "l" if i == 0 else "r") for i, (h, x) in enumerate(zip(heads, cols, strict=True))],
        size=7,
    )
    for rate, gross, tax in table:
        values = (f"{rate},00", fmt(tax, "comma"), fmt(gross - tax, "comma"), fmt(gross, "comma"))
        roll.row(
            [
                (v, x, "l" if i == 0 else "r")
                for i, (v, x) in enumerate(zip(values, cols, strict=True))
            ],
            size=7,
        )


def r08(rng: random.Random) -> Built:
    rows = [
        (Line("Mellanmjölk 1,5l", D("1"), D("18.95"), D("18.95")), "st", 12),
        (Line("Knäckebröd Råg 520g", D("1"), D("26.90"), D("26.90")), "st", 12),
        (Line("Kaffe Mellanrost 500g", D("2"), D("54.90"), D("109.80")), "st", 12),
        (Line("Bananer", D("0.842"), D("24.90"), D("20.97")), "kg", 12),
        (Line("Diskmedel 500ml", D("1"), D("29.95"), D("29.95")), "st", 25),
        (Line("Läsk 33cl", D("2"), D("9.90"), D("19.80")), "st", 12),
        (Line("Pant burk", D("2"), D("1.00"), D("2.00")), "st", 12),
    ]
    lines = [line for line, _, _ in rows]
    for line in lines:
        check_line(line)
    table = []
    for rate in (12, 25):
        gross = sum((ln.amount for ln, _, r in rows if r == rate), D(0))
        table.append((rate, gross, contained(gross, D(rate))))
    vat = sum((row[2] for row in table), D(0))
    total = items_sum(lines)
    roll = Roll(80, font="sans", size=7.8)
    _r08_head(roll)
    _r08_items(roll, rows)
    roll.rule(0.4)
    roll.lr("Totalt", f"{fmt(total, 'comma')} kr", "sans-b", 11)
    roll.lr("Kort", fmt(total, "comma"))
    roll.left("* = moms 25 %", size=6.8)
    roll.gap(4)
    _r08_moms(roll, table)
    roll.gap(5)
    for left, right in (
        ("KÖP", f"{fmt(total, 'comma')} SEK"),
        ("VISA Kontaktlös", "************4417"),
        ("Ref", f"{digits(rng, 6)}  Term 8120"),
        ("Godkänd", "Spara kvittot"),
    ):
        roll.lr(left, right, "mono", 7)
    roll.gap(4)
    roll.center("Stammiskund 7707 ** 1183  Poäng: 228", size=7)
    roll.center("Öppet alla dagar 7-23", size=7)
    truth = Truth(
        "3387",
        "2026-11-13",
        None,
        "Närbutiken Söder",
        total - vat,
        vat,
        total,
        "SEK",
        "sv-SE",
        "receipt",
        "receipt",
        lines,
        "Swedish kvitto: moms 12 % and 25 % only in the moms table (contained in Totalt); "
        "weighed bananas (kg, kr/kg), can deposit (pant) as its own item; 'kr' and decimal "
        "commas; Kassa / Kassör / card Ref numbers near the Kvitto nr.",
    )
    return roll.render(), truth


# r09: Indian restaurant bill, service charge, CGST + SGST, round off -------------------------


def _r09_head(roll: Roll) -> None:
    roll.center("HOTEL ANNAPOORNA", "mono-b", 13)
    roll.center("Pure Veg Restaurant", "mono", 7.5)
    for text in (
        "No. 42, Usman Road, T. Nagar",
        "Chennai - 600017  Ph: 044-2434 5678",
        "GSTIN: 33AABCA1234F1Z5",
        "FSSAI Lic No: 12417008000123",
    ):
        roll.center(text, size=7)
    roll.gap(3)
    roll.center("TAX INVOICE", "mono-b", 9)
    roll.lr("Bill No: B/2026/07731", "Table: T-4")
    roll.lr("Date: 09-11-2026 13:47", "Covers: 4")
    roll.lr("Steward: Ravi", "KOT: 118,119")
    roll.dashes()
    roll.row(
        [("Item", 0, "l"), ("Qty", 0.55, "r"), ("Rate", 0.76, "r"), ("Amount", 1, "r")], "mono-b"
    )
    roll.dashes()


def r09(rng: random.Random) -> Built:
    lines = [
        Line("Masala Dosa", D("2"), D("120.00"), D("240.00")),
        Line("Idli Vada Combo", D("2"), D("90.00"), D("180.00")),
        Line("Paneer Butter Masala", D("1"), D("260.00"), D("260.00")),
        Line("Butter Naan", D("4"), D("55.00"), D("220.00")),
        Line("Filter Coffee", D("4"), D("40.00"), D("160.00")),
        Line("Sweet Lassi", D("2"), D("85.00"), D("170.00")),
    ]
    sub = items_sum(lines)
    service = on_top(sub, D(5))
    taxable = sub + service
    cgst = sgst = on_top(taxable, D("2.5"))
    gross = taxable + cgst + sgst
    total = gross.quantize(D(1), ROUND_HALF_UP)
    roll = Roll(80, font="mono", size=7.5)
    _r09_head(roll)
    for line in lines:
        check_line(line)
        roll.row(
            [
                (line.desc, 0, "l"),
                (f"{line.qty}", 0.55, "r"),
                (fmt(line.unit or D(0), "in"), 0.76, "r"),
                (fmt(line.amount, "in"), 1, "r"),
            ]
        )
    roll.dashes()
    for label, value in (
        ("Sub Total", sub),
        ("Service Charge @ 5%", service),
        ("CGST @ 2.5%", cgst),
        ("SGST @ 2.5%", sgst),
        ("Round Off", total - gross),
    ):
        roll.lr(label, fmt(value, "in"))
    roll.dashes()
    roll.lr("Net Amount (₹)", fmt(total, "in"), "mono-b", 10.5)
    roll.dashes()
    roll.center("Rupees One Thousand Three Hundred", size=7)
    roll.center("Fifty Six Only", size=7)
    roll.gap(3)
    roll.lr("Paid by: UPI", f"Ref {digits(rng, 12)}", size=7)
    roll.lr("SAC: 996331", "Items: 6 / Qty: 15", size=7)
    roll.gap(4)
    roll.center("Thank You! Visit Again", "mono-b", 7.5)
    if total != D(1356):
        raise ValueError("r09: the amount in words no longer matches")
    truth = Truth(
        "B/2026/07731",
        "2026-11-09",
        None,
        "Hotel Annapoorna",
        taxable,
        cgst + sgst,
        total,
        "INR",
        "en-IN",
        "receipt",
        "receipt",
        lines,
        f"Indian restaurant bill: 5 % service charge inside the taxable amount ({fmt(taxable)}), "
        f"CGST + SGST 2.5 % each on it, round off {fmt(total - gross)} to the net amount (so "
        "amount + vat is 0.08 above the total); GSTIN, FSSAI, table, KOT and UPI reference "
        "numbers near the bill number; dd-mm-yyyy.",
    )
    return roll.render(), truth


# r10: US restaurant card slip, tip and total written in by hand ------------------------------

PEN = HexColor("#1d3f9a")


def handwrite(
    sheet: Sheet, x: float, y: float, text: str, size: float, angle: float, rng: random.Random
) -> None:
    """Ballpoint figures: DejaVu Sans Oblique in pen blue, each glyph a little off its line."""
    width = tw(text, "sans-i", size) * 1.08
    sheet.claim(x - 2, y - 0.45 * size, x + width + 2, y + 1.1 * size, f"handwritten {text}")
    c = sheet.c
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setFillColor(PEN)
    pos = 0.0
    for char in text:
        pts = size * rng.uniform(0.92, 1.1)
        c.saveState()
        c.translate(pos, rng.uniform(-0.06, 0.06) * size)
        c.rotate(rng.uniform(-7, 7))
        c.setFont(FONTS["sans-i"], pts)
        c.drawString(0, 0, char)
        c.restoreState()
        pos += tw(char, "sans-i", pts) * rng.uniform(0.98, 1.1)
    c.restoreState()


def signature(sheet: Sheet, x: float, y: float, w: float) -> None:
    sheet.claim(x, y - 4, x + w, y + 16, "signature")
    c = sheet.c
    c.setStrokeColor(PEN)
    c.setLineWidth(0.9)
    path = c.beginPath()
    path.moveTo(x, y + 2)
    path.curveTo(x + 0.1 * w, y + 18, x + 0.15 * w, y - 6, x + 0.25 * w, y + 8)
    path.curveTo(x + 0.35 * w, y + 20, x + 0.4 * w, y, x + 0.5 * w, y + 6)
    path.curveTo(x + 0.62 * w, y + 12, x + 0.7 * w, y - 2, x + 0.85 * w, y + 9)
    path.lineTo(x + w, y + 4)
    c.drawPath(path, stroke=1, fill=0)


def _r10_head(roll: Roll) -> None:
    roll.center("LONE STAR", "serif-b", 16)
    roll.center("SMOKEHOUSE", "mono-b", 9)
    for text in ("1601 E 6th St", "Austin, TX 78702", "(512) 555-0143"):
        roll.center(text)
    roll.gap(4)
    roll.lr("Server: Jess", "Check #4417")
    roll.lr("Table 22", "Guests 2")
    roll.lr("11/14/2026", "7:48 PM")
    roll.dashes()


def _r10_slip(roll: Roll, due: Decimal, tip: Decimal, paid: Decimal, rng: random.Random) -> None:
    for left, right in (
        ("VISA", "XXXXXXXXXXXX7790"),
        ("Entry: Contactless", "Auth: 07731B"),
        (f"Ref: {digits(rng, 6)}", "Batch: 014"),
    ):
        roll.lr(left, right, size=7)
    roll.gap(6)
    roll.lr("AMOUNT", f"${fmt(due)}", "mono-b", 9)
    for label, value in (("TIP", tip), ("TOTAL", paid)):

        def paint(sheet: Sheet, top: float, label: str = label, value: Decimal = value) -> None:
            sheet.text(roll.x0, top - 20, label, "mono-b", 9)
            sheet.rule(roll.at(0.5), roll.x1, top - 21, 0.6)
            handwrite(sheet, roll.at(0.6), top - 17, fmt(value), 15, 4, rng)

        roll.art(30, paint)

    def sign(sheet: Sheet, top: float) -> None:
        sheet.text(roll.x0, top - 24, "x", "mono", 9)
        sheet.rule(roll.x0 + 8, roll.x1, top - 25, 0.6)
        signature(sheet, roll.at(0.12), top - 19, roll.at(0.7) - roll.at(0.12))

    roll.art(32, sign)
    roll.center("CUSTOMER SIGNATURE", size=7)
    roll.center("MERCHANT COPY", "mono-b", 8)


def r10(rng: random.Random) -> Built:
    lines = [
        Line("Brisket Plate 1/2lb", D("1"), D("24.00"), D("24.00")),
        Line("Pulled Pork Sandwich", D("1"), D("14.50"), D("14.50")),
        Line("Mac & Cheese", D("1"), D("6.00"), D("6.00")),
        Line("Iced Tea", D("2"), D("3.25"), D("6.50")),
        Line("Lone Star Longneck", D("1"), D("5.50"), D("5.50")),
    ]
    sub = items_sum(lines)
    tax = on_top(sub, D("8.25"))
    due = sub + tax
    tip = D("11.00")
    paid = due + tip
    roll = Roll(80, font="mono", size=7.8)
    _r10_head(roll)
    for line in lines:
        check_line(line)
        name = f"{line.qty} {line.desc}" + (f" @{fmt(line.unit or D(0))}" if line.qty != 1 else "")
        roll.lr(name, fmt(line.amount))
    roll.dashes()
    roll.lr("Subtotal", fmt(sub))
    roll.lr("Tax", fmt(tax))
    roll.lr("Amount Due", fmt(due), "mono-b")
    roll.gap(5)
    _r10_slip(roll, due, tip, paid, rng)
    roll.gap(5)
    roll.center("Suggested gratuity (on subtotal):", size=7)
    roll.center("  ".join(f"{p}% = ${fmt(on_top(sub, D(p)))}" for p in (18, 20, 22)), size=7)
    roll.gap(3)
    roll.center("Thank y'all - come back soon!", "mono-b", 7.5)
    truth = Truth(
        "4417",
        "2026-11-14",
        None,
        "Lone Star Smokehouse",
        sub,
        tax,
        paid,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        lines,
        f"Signed merchant copy: tip {fmt(tip)} and total {fmt(paid)} written in by hand in blue "
        f"pen; the printed 'Amount Due' {fmt(due)} is before the tip, the suggested-gratuity "
        "line is not added; sales tax 8.25 % (Austin) as 'Tax'; check, auth, ref and batch "
        "numbers near each other; photographed.",
    )
    return roll.render(), truth


# r11: US gas station pay-at-pump slip, no tax printed ----------------------------------------


def r11(rng: random.Random) -> Built:
    gallons, price, full = D("11.482"), D("3.279"), D("3.379")
    sale = q2(gallons * price)
    saved = q2(gallons * (full - price))
    line = Line("REGULAR UNL", gallons, price, sale)
    roll = Roll(58, font="mono", size=7.0, side_mm=2.5)
    roll.center("PRAIRIE FUEL STOP", "mono-b", 9.5)
    roll.center("#212", "mono-b", 9.5)
    for text in ("2200 N ROCK RD", "WICHITA, KS 67226", "(316) 555-0199"):
        roll.center(text)
    roll.gap(4)
    roll.lr("11/12/26", "06:58")
    for left, right in (
        ("PUMP# 06", ""),
        ("INVOICE", "058871"),
        ("TRAN#", "9182734"),
        ("SEQ#", "5521"),
        ("VISA", "XXXXXXXXXXXX1234"),
        ("ENTRY METHOD:", "CHIP"),
        ("AUTH#", "04412B"),
        ("AID:", "A0000000031010"),
    ):
        roll.lr(left, right)
    roll.gap(4)
    roll.left("REGULAR UNL", "mono-b")
    roll.lr("GALLONS", f"{gallons}")
    roll.lr("PRICE/GAL", f"${price}")
    roll.lr("FUEL SALE", f"${fmt(sale)}")
    roll.lr("REWARDS SAVED", f"${fmt(saved)}")
    roll.left(f" (10c/GAL OFF ${full})")
    roll.gap(3)
    roll.lr("TOTAL", f"${fmt(sale)}", "mono-b", 9)
    roll.lr("CREDIT", f"${fmt(sale)}")
    roll.gap(4)
    roll.center("THANK YOU - COME AGAIN")
    roll.center(f"REWARDS #: ****{digits(rng, 4)}")
    truth = Truth(
        "058871",
        "2026-11-12",
        None,
        "Prairie Fuel Stop",
        sale,
        None,
        sale,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        [line],
        "Faded pay-at-pump slip on a 58 mm roll: no tax printed (vat null, amount = total); "
        "gallons and $/gal with three decimals; a rewards saving printed but already in the "
        "price; INVOICE, TRAN#, SEQ#, AUTH# stacked together; two-digit year mm/dd/yy.",
    )
    return roll.render(), truth


# r12: UK supermarket, VAT codes A/B, loyalty-card savings in the totals ----------------------


def _r12_head(roll: Roll) -> None:
    def banner(sheet: Sheet, top: float) -> None:
        inverse_banner(
            sheet, roll.x0 + 20, top - 24, roll.x1 - roll.x0 - 40, 22, "GREENWAYS", "sans-b", 15
        )

    roll.art(28, banner)
    for text in (
        "Greenways Stores Ltd",
        "Whiteladies Road, Bristol BS8 2PY",
        "VAT No. GB 220 4302 31",
    ):
        roll.center(text, size=7.2)
    roll.gap(2)
    roll.center("Helping you save - every day", "sans-i", 7)
    roll.rule(0.4)


def _r12_items(roll: Roll, rows: Sequence[tuple[Line, str]]) -> None:
    for line, code in rows:
        if line.qty == 1:
            roll.row([(line.desc, 0, "l"), (f"£{fmt(line.amount)}", 0.94, "r"), (code, 1, "r")])
            continue
        roll.left(line.desc)
        how = f"  {line.qty} kg @ £{fmt(line.unit or D(0))}/kg"
        roll.row([(how, 0, "l"), (f"£{fmt(line.amount)}", 0.94, "r"), (code, 1, "r")], size=7.2)


def _r12_vat(roll: Roll, table: Sequence[tuple[str, str, Decimal, Decimal]]) -> None:
    cols = ((0.0, "l"), (0.3, "r"), (0.65, "r"), (1.0, "r"))
    heads = ("VAT CODE", "RATE", "NET", "VAT")
    roll.row([(h, x, a) for h, (x, a) in zip(heads, cols, strict=True)], "mono", 7)
    for code, rate, net, tax in table:
        values = (code, rate, fmt(net), fmt(tax))
        roll.row([(v, x, a) for v, (x, a) in zip(values, cols, strict=True)], "mono", 7)


def r12(rng: random.Random) -> Built:
    rows = [
        (Line("WHOLEMEAL BREAD 800G", D("1"), D("1.45"), D("1.45")), "B"),
        (Line("SEMI SKIMMED MILK 4PT", D("1"), D("1.65"), D("1.65")), "B"),
        (Line("FREE RANGE EGGS 12PK", D("1"), D("3.40"), D("3.40")), "B"),
        (Line("MATURE CHEDDAR 400G", D("1"), D("4.25"), D("4.25")), "B"),
        (Line("BANANAS LOOSE", D("1.140"), D("0.94"), D("1.07")), "B"),
        (Line("KITCHEN ROLL 4PK", D("1"), D("3.75"), D("3.75")), "A"),
        (Line("WASHING UP LIQUID", D("1"), D("1.20"), D("1.20")), "A"),
        (Line("ORANGE JUICE 1L", D("1"), D("2.10"), D("2.10")), "A"),
        (Line("CRISPS MULTIPACK 6X25G", D("1"), D("2.50"), D("2.50")), "A"),
        (Line("CARRIER BAG", D("1"), D("0.10"), D("0.10")), "A"),
    ]
    lines = [line for line, _ in rows]
    for line in lines:
        check_line(line)
    savings = [("MATURE CHEDDAR 400G", D("1.00")), ("FREE RANGE EGGS 12PK", D("0.40"))]
    saved = sum((s for _, s in savings), D(0))
    sub = items_sum(lines)
    total = sub - saved
    gross_a = sum((ln.amount for ln, c in rows if c == "A"), D(0))
    vat = contained(gross_a, D(20))
    net_b = sum((ln.amount for ln, c in rows if c == "B"), D(0)) - saved
    roll = Roll(80, font="sans", size=7.8)
    _r12_head(roll)
    _r12_items(roll, rows)
    roll.rule(0.4)
    roll.lr(f"SUBTOTAL ({len(lines)} items)", f"£{fmt(sub)}")
    roll.left("Greenways Card savings", "sans-b")
    for name, value in savings:
        roll.lr(f"  {name}", f"-£{fmt(value)}", size=7.2)
    roll.lr("TOTAL SAVINGS", f"-£{fmt(saved)}")
    roll.lr("TOTAL", f"£{fmt(total)}", "sans-b", 12)
    roll.lr("MASTERCARD", f"£{fmt(total)}")
    roll.lr("CHANGE DUE", "£0.00")
    roll.gap(4)
    _r12_vat(roll, [("A", "20.0%", gross_a - vat, vat), ("B", "0.0%", net_b, D(0))])
    roll.gap(4)
    for left, right in (
        ("CONTACTLESS", "MASTERCARD"),
        ("************8830", "PAN SEQ 00"),
        ("AID A0000000041010", f"AUTH {digits(rng, 6)}"),
    ):
        roll.lr(left, right, "mono", 7)
    roll.gap(4)
    roll.center(f"You saved £{fmt(saved)} with your Greenways Card", "sans-b", 7.4)
    roll.center("Card ending 0042  Points this visit: 20", size=7.2)
    roll.gap(3)
    roll.row([("ST:2914 OP:4471 TE:12 TR:5588", 0, "l"), ("26/11/2026 16:42", 1, "r")], "mono", 7)
    truth = Truth(
        "5588",
        "2026-11-26",
        None,
        "Greenways",
        total - vat,
        vat,
        total,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        lines,
        f"UK supermarket: VAT codes A 20 % / B 0 % with a VAT table; loyalty-card savings "
        f"-{fmt(saved)} in the totals block (not items, they lower the zero-rated net); "
        "the receipt is identified only by the till line ST/OP/TE/TR (TR = transaction "
        "number keyed); weighed bananas.",
    )
    return roll.render(), truth


# r13: Indonesian minimarket struk, rupiah without decimals, PPN included ---------------------


def _r13_head(roll: Roll) -> None:
    roll.center("TOKO SERBA JAYA", "mono-b", 10)
    for text in (
        "PT SERBA JAYA ABADI",
        "Jl. Margonda Raya No. 88",
        "Depok 16424",
        "NPWP: 01.234.567.8-412.000",
    ):
        roll.center(text)
    roll.dashes()
    roll.lr("No: 2611-02-0871", "KSR: DEWI")
    roll.lr("26.11.2026", "19:22:05")
    roll.dashes()


def r13(rng: random.Random) -> Built:
    lines = [
        Line("INDOMIE GRG 85G", D("5"), D("3100"), D("15500")),
        Line("AQUA 600ML", D("2"), D("3500"), D("7000")),
        Line("TEH BTL SOSRO 450", D("2"), D("5900"), D("11800")),
        Line("ROTI TAWAR 370G", D("1"), D("16500"), D("16500")),
        Line("SABUN MANDI 80G", D("1"), D("4200"), D("4200")),
        Line("GULA PASIR 1KG", D("1"), D("18900"), D("18900")),
        Line("KANTONG PLASTIK", D("1"), D("200"), D("200")),
    ]
    total = items_sum(lines)
    ppn = (total * 11 / 111).quantize(D(1), ROUND_HALF_UP)
    cash = D(100000)
    roll = Roll(58, font="mono", size=6.8, side_mm=2.5)
    _r13_head(roll)
    for line in lines:
        check_line(line)
        if line.qty == 1:
            roll.lr(line.desc, fmt(line.amount, "de", 0))
            continue
        roll.left(line.desc)
        roll.lr(f"   {line.qty} x {fmt(line.unit or D(0), 'de', 0)}", fmt(line.amount, "de", 0))
    roll.dashes()
    for label, value in (
        ("HARGA JUAL :", total),
        ("TOTAL      :", total),
        ("TUNAI      :", cash),
        ("KEMBALIAN  :", cash - total),
        ("PPN        :", ppn),
        ("DPP        :", total - ppn),
    ):
        roll.lr(label, fmt(value, "de", 0), "mono-b" if label.startswith("TOTAL") else None)
    roll.dashes()
    roll.center("HARGA SUDAH TERMASUK PPN 11%")
    roll.center(f"POIN MEMBER: +{int(total) // 1000}  TOTAL: 1.250")
    roll.center("LAYANAN KONSUMEN: 1500-288")
    roll.center("TERIMA KASIH, SELAMAT BELANJA")
    truth = Truth(
        "2611-02-0871",
        "2026-11-26",
        None,
        "Toko Serba Jaya",
        total - ppn,
        ppn,
        total,
        "IDR",
        "id-ID",
        "receipt",
        "receipt",
        lines,
        "Indonesian minimarket struk: rupiah without decimals and dots as thousands separators "
        "(keyed with .00), no currency sign printed; PPN 11 % included, printed with DPP below "
        "the cash/change lines; NPWP tax id in the header.",
    )
    return roll.render(), truth


# r14: Philippine sales invoice with a senior-citizen discount --------------------------------


def _r14_head(roll: Roll) -> None:
    roll.center("KUSINA NI LOLA", "serif-b", 13)
    roll.center("Filipino Comfort Food", "serif-i", 7.5)
    for text in (
        "Lola's Kitchen Foods Inc.",
        "G/F Arcadia Bldg, 27 Kalayaan Ave",
        "Diliman, Quezon City 1101",
        "VAT REG TIN: 008-123-456-00000",
        "MIN: 21090812345678901",
        "S/N: KNL-POS-0003",
    ):
        roll.center(text, size=6.8)
    roll.gap(4)
    roll.center("SALES INVOICE", "mono-b", 9)
    roll.lr("SI No.: 0000184521", "Table 5")
    roll.lr("11/20/2026 12:31 PM", "Pax 2")
    roll.lr("Cashier: Joy", "Order 0612")
    roll.dashes()


def r14(rng: random.Random) -> Built:
    lines = [
        Line("Kare-Kare", D("1"), D("395.00"), D("395.00")),
        Line("Sinigang na Baboy", D("1"), D("345.00"), D("345.00")),
        Line("Garlic Rice", D("2"), D("45.00"), D("90.00")),
        Line("Lumpiang Shanghai", D("1"), D("180.00"), D("180.00")),
        Line("Calamansi Juice", D("2"), D("55.00"), D("110.00")),
    ]
    sales = items_sum(lines)
    share = sales / 2  # one of the two diners is a senior citizen
    sc_base = q2(share / D("1.12"))
    sc_vat = share - sc_base
    sc_disc = on_top(sc_base, D(20))
    due = sales - sc_vat - sc_disc
    vatable = q2((sales - share) / D("1.12"))
    vat = sales - share - vatable
    cash = D("1000.00")
    roll = Roll(76, font="mono", size=7.3)
    _r14_head(roll)
    for line in lines:
        check_line(line)
        name = f"{line.qty} {line.desc}" + (f" @{fmt(line.unit or D(0))}" if line.qty != 1 else "")
        roll.lr(name, fmt(line.amount))
    roll.dashes()
    for label, value in (
        ("Total Sales", sales),
        ("Less: SC VAT", -sc_vat),
        ("Less: SC Disc 20%", -sc_disc),
    ):
        roll.lr(label, fmt(value))
    roll.lr("AMOUNT DUE", fmt(due), "mono-b", 9.5)
    roll.lr("Cash", fmt(cash))
    roll.lr("Change", fmt(cash - due))
    roll.dashes()
    for label, value in (
        ("VATable Sales", vatable),
        ("VAT Amount (12%)", vat),
        ("VAT-Exempt Sales", sc_base - sc_disc),
        ("Zero-Rated Sales", D(0)),
    ):
        roll.lr(label, fmt(value))
    roll.dashes()
    for text in (
        "SC/PWD ID No: QC-SC-0482213",
        "SC/PWD Name: ________________",
        "Signature: ___________________",
    ):
        roll.left(text, size=6.8)
    roll.gap(4)
    for text in (
        "POS Supplier: Tindahan Systems Inc.",
        "Accred No. 0412024000123456",
        "PTU No. FP012026-038-0412345-00003",
        "THIS SERVES AS YOUR SALES INVOICE",
    ):
        roll.center(text, size=6.5)
    truth = Truth(
        "0000184521",
        "2026-11-20",
        None,
        "Kusina ni Lola",
        due - vat,
        vat,
        due,
        "PHP",
        "en-PH",
        "receipt",
        "receipt",
        lines,
        f"Philippine sales invoice with a senior-citizen discount for one of two diners: the "
        f"senior's share is VAT-exempt (SC VAT -{fmt(sc_vat)}) and 20 % off (-{fmt(sc_disc)}); "
        "the VAT block splits VATable / VAT / VAT-exempt sales; no currency sign at all; TIN, "
        "MIN, S/N, PTU and accreditation numbers around the SI No.; mm/dd/yyyy.",
    )
    return roll.render(), truth


# r15: Mexican supermarket ticket, IVA 16 % on some items, $ meaning pesos --------------------


def r15(rng: random.Random) -> Built:
    rows = [
        (Line("LECHE ENTERA 1L", D("2"), D("28.50"), D("57.00")), 0),
        (Line("TORTILLA MAIZ 1KG", D("1"), D("24.00"), D("24.00")), 0),
        (Line("HUEVO BLANCO 12 PZ", D("1"), D("52.00"), D("52.00")), 0),
        (Line("REFRESCO COLA 600ML", D("2"), D("19.00"), D("38.00")), 16),
        (Line("JABON LAVANDERIA 400G", D("1"), D("27.50"), D("27.50")), 16),
        (Line("PAPEL HIGIENICO 4R", D("1"), D("36.00"), D("36.00")), 16),
    ]
    lines = [line for line, _ in rows]
    total = items_sum(lines)
    iva = contained(sum((ln.amount for ln, r in rows if r), D(0)), D(16))
    cash = D("500.00")
    roll = Roll(80, font="mono", size=7.6)
    roll.center("MI SÚPER", "sans-b", 18)
    roll.center("E X P R E S S", "mono-b", 8)
    for text in (
        "TIENDAS MI SUPER S.A. DE C.V.",
        "RFC: TMS980512AB3",
        "AV. JUAREZ 245, COL. CENTRO",
        "C.P. 44100 GUADALAJARA, JAL.",
    ):
        roll.center(text, size=7)
    roll.gap(4)
    roll.lr("SUC. 0218  CAJA 03", "CAJERO: MARISOL")
    roll.lr("TICKET: 0218-03-48213", "")
    roll.lr("FECHA: 26/11/2026", "HORA: 20:15")
    roll.dashes()
    roll.row([("CANT", 0, "l"), ("DESCRIPCION", 0.12, "l"), ("IMPORTE", 1, "r")])
    roll.dashes()
    for line, rate in rows:
        check_line(line)
        mark = " T" if rate else ""
        roll.row(
            [(f"{line.qty}", 0, "l"), (line.desc, 0.12, "l"), (fmt(line.amount) + mark, 1, "r")]
        )
        if line.qty != 1:
            roll.left(f"      @ {fmt(line.unit or D(0))}", size=7)
    roll.dashes()
    roll.lr(f"ARTICULOS: {sum(line.qty or 1 for line in lines)}", "")
    for label, value in (("SUBTOTAL", total - iva), ("IVA 16%", iva), ("TOTAL", total)):
        roll.lr(
            label,
            f"${fmt(value)}",
            "mono-b" if label == "TOTAL" else None,
            10 if label == "TOTAL" else None,
        )
    roll.lr("EFECTIVO", f"${fmt(cash)}")
    roll.lr("CAMBIO", f"${fmt(cash - total)}")
    roll.center("(DOSCIENTOS TREINTA Y CUATRO PESOS 50/100 M.N.)", size=6.5)
    roll.center("T = ARTICULO GRAVADO IVA 16%", size=7)
    roll.gap(4)
    roll.center("FACTURA EN: www.misuper.mx/facturacion", size=7)
    roll.center("CODIGO FACTURA: 8KQ2-7HT4-22XM", "mono-b", 7)
    roll.center("VALIDO PARA FACTURAR HASTA 31/12/2026", size=7)
    roll.art(
        30,
        lambda sheet, top: code128(sheet, roll.at(0.5) - 65, top - 26, "021803482132611", 24, 0.8),
    )
    if total != D("234.50"):
        raise ValueError("r15: the amount in words no longer matches")
    truth = Truth(
        "0218-03-48213",
        "2026-11-26",
        None,
        "Mi Súper Express",
        total - iva,
        iva,
        total,
        "MXN",
        "es-MX",
        "receipt",
        "receipt",
        lines,
        "Mexican supermarket ticket: '$' means pesos (M.N.); IVA 16 % only on items marked T, "
        "printed as SUBTOTAL / IVA / TOTAL; a billing code (CODIGO FACTURA) and a barcode near "
        "the ticket number; cash and change; dd/mm/yyyy.",
    )
    return roll.render(), truth


# ---------------------------------------------------------------------------------------------
# Invoices: shared pieces
# ---------------------------------------------------------------------------------------------


def a4(margin_mm: float = 8.0) -> Sheet:
    return Sheet(A4[0], A4[1], margin=margin_mm * mm)


def letter(margin_mm: float = 8.0) -> Sheet:
    return Sheet(LETTER[0], LETTER[1], margin=margin_mm * mm)


@dataclass(frozen=True)
class GridStyle:
    font: str = "sans"
    head_font: str = "sans-b"
    size: float = 8.0
    pad: float = 2.6
    lead: float = 1.22
    head_fill: Color | None = LIGHT
    rules: str = "grid"  # grid: every border; rows: horizontal rules; none
    color: Color = INK


def _cell_x(edges: Sequence[float], i: int, align: str, pad: float) -> float:
    return {"l": edges[i] + pad, "r": edges[i + 1] - pad, "c": (edges[i] + edges[i + 1]) / 2}[align]


def _grid_rules(
    sheet: Sheet, edges: Sequence[float], top: float, bottom: float, rules: str
) -> None:
    if rules == "none":
        return
    sheet.rule(edges[0], edges[-1], bottom, 0.5)
    sheet.rule(edges[0], edges[-1], top, 0.5)
    if rules != "grid":
        return
    sheet.c.setLineWidth(0.5)
    for x in edges:
        sheet.c.line(x, top, x, bottom)


def grid_row(
    sheet: Sheet,
    edges: Sequence[float],
    top: float,
    row: Sequence[str],
    aligns: str,
    style: GridStyle,
    head: bool = False,
) -> float:
    """One table row between column ``edges``; cells wrap; returns the row's bottom."""
    font = style.head_font if head else style.font
    size, pad = style.size, style.pad
    cells = []
    for i, text in enumerate(row):
        width = edges[i + 1] - edges[i] - 2 * pad
        lines = [part for para in text.split("\n") for part in wrap(para, font, size, width)]
        if any(tw(line, font, size) > width for line in lines):
            raise LayoutError(f"cell too narrow for {text!r}")
        cells.append(lines)
    depth = max(1, *(len(c) for c in cells))
    bottom = top - depth * size * style.lead - 2 * pad + 0.25 * size
    if head and style.head_fill is not None:
        sheet.box(
            edges[0], bottom, edges[-1] - edges[0], top - bottom, fill=style.head_fill, stroke=None
        )
    for i, lines in enumerate(cells):
        x = _cell_x(edges, i, aligns[i], pad)
        sheet.lines(
            x, top - pad - 0.78 * size, lines, font, size, style.lead, aligns[i], style.color
        )
    _grid_rules(sheet, edges, top, bottom, style.rules)
    return bottom


def grid(
    sheet: Sheet,
    edges: Sequence[float],
    top: float,
    rows: Sequence[Sequence[str]],
    aligns: str,
    style: GridStyle,
) -> float:
    """A table whose first row is its header; returns the bottom of the last row."""
    y = top
    for i, row in enumerate(rows):
        y = grid_row(sheet, edges, y, row, aligns, style, head=i == 0)
    return y


def mark_square(sheet: Sheet, x: float, y: float, s: float, letters: str, fill: Color) -> None:
    """A square monogram, lower left at (x, y)."""
    sheet.claim(x, y, x + s, y + s, f"logo {letters}")
    sheet.c.setFillColor(fill)
    sheet.c.rect(x, y, s, s, stroke=0, fill=1)
    size = s * (0.5 if len(letters) < 3 else 0.36)
    sheet.c.setFillColor(WHITE)
    sheet.c.setFont(FONTS["sans-b"], size)
    sheet.c.drawCentredString(x + s / 2, y + s / 2 - 0.36 * size, letters)


def iban_check(country: str, bban: str) -> str:
    """An IBAN with its mod-97 check digits, grouped in fours."""
    text = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in text))
    iban = f"{country}{98 - number % 97:02d}{bban}"
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def mod10_recursive(digits_: str) -> str:
    """The check digit of a Swiss QR / ESR reference."""
    table = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5)
    carry = 0
    for ch in digits_:
        carry = table[(carry + int(ch)) % 10]
    return str((10 - carry) % 10)


def ogm(base10: str) -> str:
    """A Belgian structured communication +++ddd/dddd/ddddd+++."""
    check = int(base10) % 97 or 97
    full = f"{base10}{check:02d}"
    return f"+++{full[:3]}/{full[3:7]}/{full[7:]}+++"


# i01: freelancer invoice from a word processor, not VAT registered ---------------------------


def _i01_head(sheet: Sheet) -> float:
    top = sheet.h - 22 * mm
    sheet.text(20 * mm, top, "Hannah Okafor", "serif-b", 22)
    sheet.text(20 * mm, top - 15, "Illustration & Design", "serif-i", 11)
    sheet.lines(
        20 * mm,
        top - 34,
        [
            "Flat 3, 27 Cotham Road",
            "Bristol BS6 6DR",
            "hannah@okafor-illustration.co.uk",
            "07700 900 482",
        ],
        "serif",
        9.5,
    )
    sheet.text(sheet.w - 20 * mm, top, "INVOICE", "serif-b", 26, "r")
    y = kv_rows(
        sheet,
        sheet.w - 78 * mm,
        sheet.w - 20 * mm,
        top - 34,
        [("Invoice No:", "2026-017"), ("Date:", "3rd November 2026"), ("PO Number:", "PO-88412")],
        9.5,
        ("serif-b", "serif"),
    )
    sheet.rule(20 * mm, sheet.w - 20 * mm, min(y, top - 80) - 4, 1.2)
    return min(y, top - 80) - 26


def _i01_table(sheet: Sheet, top: float, lines: Sequence[Line], total: Decimal) -> float:
    edges = [20 * mm, 115 * mm, 137 * mm, 163 * mm, sheet.w - 20 * mm]
    rows = [["Description", "Qty", "Rate (£)", "Amount (£)"]]
    rows += [[ln.desc, num(ln.qty or D(1)), fmt(ln.unit or D(0)), fmt(ln.amount)] for ln in lines]
    style = GridStyle(
        font="serif", head_font="serif-b", size=9.5, pad=4, head_fill=HexColor("#d9e2f3")
    )
    y = grid(sheet, edges, top, rows, "lrrr", style)
    bold = GridStyle(font="serif-b", head_font="serif-b", size=10, pad=4, head_fill=None)
    return grid_row(
        sheet, [edges[0], edges[3], edges[4]], y, ["TOTAL DUE", f"£{fmt(total)}"], "rr", bold
    )


def i01(rng: random.Random) -> Built:
    lines = [
        Line(
            "Cover illustration – final artwork, ‘The Salt Road’ (hardback)",
            D("1"),
            D("650.00"),
            D("650.00"),
        ),
        Line("Interior spot illustrations, black and white", D("6"), D("85.00"), D("510.00")),
        Line("Additional revisions (hours)", D("2.5"), D("40.00"), D("100.00")),
        Line("Licence extension – audiobook cover", D("1"), D("150.00"), D("150.00")),
    ]
    for line in lines:
        check_line(line)
    total = items_sum(lines)
    sheet = a4()
    y = _i01_head(sheet)
    sheet.text(20 * mm, y, "Bill to:", "serif-b", 10)
    y = sheet.lines(
        20 * mm,
        y - 14,
        ["Fernleaf Press Ltd", "Accounts Payable", "14 Mill Lane", "Lewes BN7 2RT"],
        "serif",
        10,
    )
    sheet.text(20 * mm, y - 8, "Project: The Salt Road – cover and interiors", "serif-i", 10)
    y = _i01_table(sheet, y - 24, lines, total)
    notes = [
        "I am not registered for VAT, so no VAT has been charged on this invoice.",
        "Payment terms: within 14 days of the invoice date. Thank you!",
        "",
        "Bank details:",
        "Account name: Hannah Okafor",
        "Sort code: 20-45-77     Account no: 43218765",
        "Reference: 2026-017",
    ]
    sheet.lines(20 * mm, y - 30, notes, "serif", 10, 1.45)
    sheet.text(sheet.w / 2, 14 * mm, "Page 1 of 1", "serif", 8, "c", GREY)
    truth = Truth(
        "2026-017",
        "2026-11-03",
        None,
        "Hannah Okafor",
        total,
        None,
        total,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        lines,
        "Word-processor invoice of a freelancer who is not VAT registered: no tax printed "
        "(vat null, amount = total); ordinal long date '3rd November 2026'; a PO number next to "
        "the invoice number; only payment terms, no due date; fractional hours (2.5).",
    )
    return sheet.finish(), truth


# i02: Stripe-like SaaS invoice, US sales tax, customer balance applied -----------------------

PURPLE = HexColor("#635bff")


def _i02_head(sheet: Sheet) -> float:
    top = sheet.h - 20 * mm
    sheet.text(18 * mm, top - 6, "Invoice", "sans-b", 20)
    mark_square(sheet, sheet.w - 30 * mm, top - 10, 12 * mm, "P", PURPLE)
    sheet.text(sheet.w - 32 * mm, top + 2, "Parcelwise", "sans-b", 11, "r")
    y = kv_rows(
        sheet,
        18 * mm,
        52 * mm,
        top - 34,
        [
            ("Invoice number", "7C1E4B2A-0012"),
            ("Date of issue", "November 1, 2026"),
            ("Date due", "November 15, 2026"),
        ],
        8.5,
        ("sans-b", "sans"),
        1.5,
        "l",
    )
    seller = [
        "Parcelwise, Inc.",
        "548 Market St #40121",
        "San Francisco, California 94104",
        "United States",
        "billing@parcelwise.io",
    ]
    buyer = [
        "Harbor & Finch Goods LLC",
        "Attn: Dana Whitfield",
        "77 Water Street, Floor 5",
        "New York, New York 10005",
        "United States",
        "ap@harborfinch.com",
    ]
    sheet.lines(18 * mm, y - 14, seller, "sans", 8.5, 1.4)
    sheet.text(82 * mm, y - 14, "Bill to", "sans-b", 8.5)
    return sheet.lines(82 * mm, y - 26, buyer, "sans", 8.5, 1.4)


def _i02_table(sheet: Sheet, top: float, lines: Sequence[Line], periods: Sequence[str]) -> float:
    right = sheet.w - 18 * mm
    cols = [18 * mm, 128 * mm, 160 * mm, right]
    heads = [("Description", "l"), ("Qty", "r"), ("Unit price", "r"), ("Amount", "r")]
    for (text, align), x in zip(heads, cols, strict=True):
        sheet.text(x, top, text, "sans", 7.5, align, GREY)
    sheet.rule(18 * mm, right, top - 5, 0.5, GREY)
    y = top - 18
    for line, period in zip(lines, periods, strict=True):
        sheet.text(cols[0], y, line.desc, "sans", 9)
        sheet.text(cols[1], y, fmt(line.qty or D(1), "en", 0), "sans", 9, "r")
        sheet.text(
            cols[2],
            y,
            f"${fmt(line.unit or D(0), 'en', max(2, -(line.unit or D(0)).as_tuple().exponent))}",
            "sans",
            9,
            "r",
        )
        sheet.text(cols[3], y, f"${fmt(line.amount)}", "sans", 9, "r")
        if period:
            sheet.text(cols[0], y - 11, period, "sans", 7.5, "l", GREY)
        y -= 30
    return y


def _i02_totals(sheet: Sheet, top: float, rows: Sequence[tuple[str, str, bool]]) -> float:
    x0, x1 = 105 * mm, sheet.w - 18 * mm
    y = top
    for label, value, strong in rows:
        sheet.rule(x0, x1, y + 11, 0.4, LIGHT)
        font = "sans-b" if strong else "sans"
        sheet.text(x0, y, label, font, 8.5)
        sheet.text(x1, y, value, font, 8.5, "r")
        y -= 20
    return y


def i02(rng: random.Random) -> Built:
    lines = [
        Line("Growth plan", D("1"), D("499.00"), D("499.00")),
        Line("Additional seats", D("7"), D("39.00"), D("273.00")),
        Line("Label API calls (metered)", D("48250"), D("0.0095"), D("458.38")),
    ]
    for line in lines:
        check_line(line)
    sub = items_sum(lines)
    discount = on_top(lines[0].amount, D(15))
    net = sub - discount
    tax = on_top(net, D("8.875"))
    total = net + tax
    balance = D("25.00")
    due = total - balance
    sheet = letter()
    y = _i02_head(sheet)
    sheet.text(18 * mm, y - 22, f"${fmt(due)} USD due November 15, 2026", "sans-b", 15)
    sheet.text(
        18 * mm,
        y - 40,
        "Pay online  →  pay.parcelwise.io/i/7C1E4B2A-0012",
        "sans",
        8.5,
        "l",
        PURPLE,
    )
    y = _i02_table(
        sheet, y - 74, lines, ["Nov 1 – Dec 1, 2026", "Nov 1 – Dec 1, 2026", "Oct 1 – Oct 31, 2026"]
    )
    y = _i02_totals(
        sheet,
        y - 6,
        [
            ("Subtotal", f"${fmt(sub)}", False),
            ("PARTNER15 (15% off Growth plan)", f"-${fmt(discount)}", False),
            ("Total excluding tax", f"${fmt(net)}", False),
            (f"Sales tax - New York (8.875% on ${fmt(net)})", f"${fmt(tax)}", False),
            ("Total", f"${fmt(total)}", False),
            ("Applied balance", f"-${fmt(balance)}", False),
            ("Amount due", f"${fmt(due)} USD", True),
        ],
    )
    sheet.lines(
        18 * mm,
        y - 16,
        [
            "Customer ID cus_R4k2Ps9fQxT1 · Subscription sub_1QmZ8hLkd0aB",
            "Questions? Contact Parcelwise at billing@parcelwise.io",
        ],
        "sans",
        8,
        1.5,
        "l",
        GREY,
    )
    sheet.rule(18 * mm, sheet.w - 18 * mm, 20 * mm, 0.4, LIGHT)
    sheet.text(
        18 * mm,
        14 * mm,
        f"7C1E4B2A-0012 · ${fmt(due)} due November 15, 2026",
        "sans",
        7.5,
        "l",
        GREY,
    )
    sheet.text(sheet.w - 18 * mm, 14 * mm, "Page 1 of 1", "sans", 7.5, "r", GREY)
    truth = Truth(
        "7C1E4B2A-0012",
        "2026-11-01",
        "2026-11-15",
        "Parcelwise",
        net,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        lines,
        f"Stripe-like SaaS invoice: a promotion code discount in the totals (not an item), NY "
        f"sales tax, then an applied customer balance -{fmt(balance)}, so the big 'due' figure "
        f"{fmt(due)} is below the invoice total {fmt(total)}; metered usage with a four-decimal "
        "unit price and a grouped quantity (48,250); customer and subscription ids; the "
        "Parcelwise wordmark (keyed) at the top right, the legal name in the address block.",
    )
    return sheet.finish(), truth


# i03: UK electricity bill with meter readings and a previous-balance block -------------------

BLUE = HexColor("#0b5cab")


def _i03_head(sheet: Sheet) -> None:
    top = sheet.h - 14 * mm
    sheet.box(0, top - 16 * mm, sheet.w, 22 * mm, fill=HexColor("#e6eef8"), stroke=None)
    mark_bolt(sheet, 16 * mm, top - 13 * mm, 14 * mm, BLUE)
    sheet.text(34 * mm, top - 6 * mm, "Brightwater Energy", "sans-b", 18, "l", BLUE)
    sheet.text(34 * mm, top - 11 * mm, "Simpler, greener power", "sans-i", 8.5)
    sheet.text(sheet.w - 16 * mm, top - 6 * mm, "Your electricity bill", "sans-b", 14, "r")
    sheet.lines(
        16 * mm,
        top - 30 * mm,
        ["Mr J Pritchard", "12 Harrow Close", "Headingley", "Leeds", "LS6 3AB"],
        "sans",
        9.5,
    )
    kv_rows(
        sheet,
        118 * mm,
        sheet.w - 16 * mm,
        top - 30 * mm,
        [
            ("Account number", "8812 3345 67"),
            ("Bill number", "104556721"),
            ("Bill date", "18 November 2026"),
            ("Billing period", "15 Oct – 14 Nov 2026"),
            ("Customer since", "March 2021"),
        ],
        8.5,
        ("sans", "sans-b"),
    )


def _i03_summary(sheet: Sheet, top: float, charges: Decimal, previous: Decimal) -> float:
    x0, x1 = 16 * mm, sheet.w - 16 * mm
    sheet.box(x0, top - 54 * mm, x1 - x0, 54 * mm, stroke=BLUE, width=1)
    sheet.text(x0 + 5 * mm, top - 8 * mm, "Your account summary", "sans-b", 11, "l", BLUE)
    y = kv_rows(
        sheet,
        x0 + 5 * mm,
        x1 - 5 * mm,
        top - 16 * mm,
        [
            ("Balance from your last bill", f"£{fmt(previous)}"),
            ("Payment received 03 Nov 2026 – thank you", f"-£{fmt(previous)}"),
            ("Balance before this bill", "£0.00"),
            ("Your new charges (including VAT)", f"£{fmt(charges)}"),
        ],
        9.5,
        lead=1.55,
    )
    sheet.rule(x0 + 5 * mm, x1 - 5 * mm, y + 6, 0.6)
    sheet.text(x0 + 5 * mm, y - 8, "Amount to pay", "sans-b", 12)
    sheet.text(x1 - 5 * mm, y - 8, f"£{fmt(charges)}", "sans-b", 12, "r")
    note = f"Your Direct Debit of £{fmt(charges)} will be taken on or after 02 December 2026."
    sheet.text(x0 + 5 * mm, y - 26, note, "sans", 9)
    return top - 54 * mm


def _i03_usage(sheet: Sheet, x: float, top: float) -> None:
    """A year of monthly use as bars, the way bills show it (no figures on the bars)."""
    sheet.text(x, top, "Your electricity use over the last 13 months", "sans-b", 9, "l", BLUE)
    heights = (310, 352, 371, 344, 301, 262, 231, 214, 220, 236, 259, 281, 294)
    months = "NDJFMAMJJASON"
    base = top - 70
    for i, (h, month) in enumerate(zip(heights, months, strict=True)):
        bx = x + i * 9 * mm
        fill = BLUE if i == len(heights) - 1 else HexColor("#9dbbe0")
        sheet.box(bx, base, 6 * mm, h / 400 * 52, fill=fill, stroke=None)
        sheet.text(bx + 3 * mm, base - 10, month, "sans", 7.5, "c", GREY)


def _i03_charges(
    sheet: Sheet, top: float, lines: Sequence[Line], net: Decimal, vat: Decimal
) -> float:
    x0, x1 = 16 * mm, sheet.w - 16 * mm
    sheet.text(x0, top, "Your electricity charges", "sans-b", 11, "l", BLUE)
    sheet.text(
        x0,
        top - 16,
        "Meter 19K0087231 · MPAN 12 3456 7890 123 · Tariff: Brightwater Fixed v2",
        "sans",
        8.5,
    )
    style = GridStyle(size=8.5, rules="rows", head_fill=HexColor("#e6eef8"))
    edges = [x0, 70 * mm, 105 * mm, 140 * mm, x1]
    y = grid(
        sheet,
        edges,
        top - 26,
        [
            ["Meter reading", "Date", "Reading", "Type"],
            ["Previous", "14/10/2026", "24,518", "A (actual)"],
            ["Latest", "14/11/2026", "24,812", "E (estimated)"],
        ],
        "lrrl",
        style,
    )
    sheet.text(x0, y - 14, "Units used: 294 kWh", "sans-b", 8.5)
    rows = [["Charge", "Quantity", "Rate", "Amount"]]
    for line, unit in zip(lines, ("kWh", "day"), strict=True):
        pence = fmt((line.unit or D(0)) * 100)
        qty = f"{line.qty} {unit}s" if unit == "day" else f"{line.qty} {unit}"
        rows.append([line.desc, qty, f"{pence}p per {unit}", f"£{fmt(line.amount)}"])
    rows.append(["Total charges before VAT", "", "", f"£{fmt(net)}"])
    rows.append(["VAT at 5%", "", "", f"£{fmt(vat)}"])
    y = grid(sheet, edges, y - 26, rows, "lrrr", style)
    bold = GridStyle(font="sans-b", size=9, rules="rows", head_fill=None)
    return grid_row(
        sheet, [x0, edges[3], x1], y, ["Total new charges", f"£{fmt(net + vat)}"], "lr", bold
    )


def i03(rng: random.Random) -> Built:
    lines = [
        Line("Electricity", D("294"), D("0.2486"), D("73.09")),
        Line("Standing charge", D("31"), D("0.5335"), D("16.54")),
    ]
    for line in lines:
        check_line(line)
    net = items_sum(lines)
    vat = on_top(net, D(5))
    total = net + vat
    sheet = a4()
    _i03_head(sheet)
    y = _i03_summary(sheet, sheet.h - 80 * mm, total, D("88.14"))
    y = _i03_charges(sheet, y - 14 * mm, lines, net, vat)
    footer = [
        "Brightwater Energy Ltd, 1 Wharf Street, Leeds LS2 7EQ. "
        "Registered in England No. 09123456.",
        "VAT registration number GB 312 4455 09. Emergency (power cut): call 105.",
    ]
    sheet.lines(16 * mm, 22 * mm, footer, "sans", 7.5, 1.4, "l", GREY)
    _i03_usage(sheet, 16 * mm, y - 26)
    sheet.text(16 * mm, y - 130, "Compare our tariffs at brightwater.example/tariffs", "sans", 8.5)
    truth = Truth(
        "104556721",
        "2026-11-18",
        "2026-12-02",
        "Brightwater Energy",
        net,
        vat,
        total,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        lines,
        "Electricity bill: a previous-balance block (last bill 88.14, payment received -88.14) "
        "above the new charges; meter readings table with readings that look like amounts; "
        "unit rate and standing charge in pence (keyed in pounds, four decimals); VAT 5 %; the "
        "Direct Debit date is the due date; account, bill and MPAN numbers.",
    )
    return sheet.finish(), truth


# i04: marketplace invoice (France), sold by a third-party seller -----------------------------

ORANGE = HexColor("#f08a00")


def _i04_head(sheet: Sheet, total: Decimal) -> float:
    top = sheet.h - 18 * mm
    width = sheet.text(16 * mm, top, "marketo", "sans-b", 24, "l", INK)
    sheet.text(16 * mm + width + 3, top, ".fr", "sans", 14, "l", ORANGE)
    sheet.c.setStrokeColor(ORANGE)
    sheet.c.setLineWidth(2)
    sheet.c.arc(18 * mm, top - 14, 16 * mm + width - 6, top - 2, 200, 140)
    sheet.text(sheet.w - 16 * mm, top, "Facture", "sans-b", 18, "r")
    sheet.text(
        sheet.w - 16 * mm,
        top - 16,
        f"Payé  ·  Total à payer {fmt(total, 'comma')} €",
        "sans",
        9,
        "r",
    )
    seller = [
        "Vendu par : Atelier Brico Lyon SARL",
        "12 rue de la Charité, 69002 Lyon, France",
        "N° TVA : FR47812345678  ·  SIRET 812 345 678 00021",
    ]
    sheet.lines(16 * mm, top - 34, seller, "sans", 8.5, 1.35)
    y = kv_rows(
        sheet,
        110 * mm,
        sheet.w - 16 * mm,
        top - 34,
        [
            ("Date de la facture", "12 novembre 2026"),
            ("Numéro de la facture", "FR3KQ7MZAEUI"),
            ("Date de la commande", "10 novembre 2026"),
            ("Numéro de la commande", "405-7726419-3381925"),
            ("Date de livraison", "12 novembre 2026"),
        ],
        8.5,
        ("sans", "sans-b"),
    )
    return y - 10


def _i04_addresses(sheet: Sheet, top: float) -> float:
    who = ["Julien Marchand", "7 allée des Tilleuls", "38100 Grenoble", "France"]
    for x, title in ((16 * mm, "Adresse de facturation"), (80 * mm, "Adresse de livraison")):
        sheet.text(x, top, title, "sans-b", 8.5)
        y = sheet.lines(x, top - 13, who, "sans", 8.5, 1.35)
    sheet.text(144 * mm, top, "Vendeur", "sans-b", 8.5)
    sheet.lines(
        144 * mm,
        top - 13,
        ["Atelier Brico Lyon SARL", "Vendeur tiers sur", "marketo.fr"],
        "sans",
        8.5,
        1.35,
    )
    return y - 14


def _i04_table(sheet: Sheet, top: float, rows: Sequence[tuple[Line, str, Decimal]]) -> float:
    sheet.text(16 * mm, top, "Détails de la facture", "sans-b", 10)
    edges = [16 * mm, 98 * mm, 110 * mm, 134 * mm, 150 * mm, 172 * mm, sheet.w - 16 * mm]
    table = [["Description", "Qté", "Prix unitaire (HT)", "Taux TVA", "Total (HT)", "Total (TTC)"]]
    for line, asin, gross in rows:
        table.append(
            [
                f"{line.desc}\nASIN : {asin}" if asin else line.desc,
                f"{line.qty}",
                f"{fmt(line.unit or D(0), 'comma')} €",
                "20 %",
                f"{fmt(line.amount, 'comma')} €",
                f"{fmt(gross, 'comma')} €",
            ]
        )
    style = GridStyle(size=8, rules="rows", head_fill=HexColor("#f3f3f3"))
    return grid(sheet, edges, top - 8, table, "lrrrrr", style)


def i04(rng: random.Random) -> Built:
    specs = [
        (
            "Perceuse-visseuse sans fil 18V, 2 batteries 2,0 Ah, coffret",
            "B0C7X2K9PL",
            D("1"),
            D("89.99"),
        ),
        ("Coffret d'embouts de vissage 32 pièces", "B08QW1M3ZT", D("2"), D("12.90")),
        ("Frais de port", "", D("1"), D("4.99")),
    ]
    rows = []
    for desc, asin, qty, unit_ttc in specs:
        unit_ht = q2(unit_ttc / D("1.2"))
        rows.append((Line(desc, qty, unit_ht, qty * unit_ht), asin, qty * unit_ttc))
    lines = [row[0] for row in rows]
    net = items_sum(lines)
    total = sum((row[2] for row in rows), D(0))
    vat = total - net
    sheet = a4()
    y = _i04_head(sheet, total)
    y = _i04_addresses(sheet, y)
    y = _i04_table(sheet, y, rows)
    y = kv_rows(
        sheet,
        120 * mm,
        sheet.w - 16 * mm,
        y - 18,
        [
            ("Total HT", f"{fmt(net, 'comma')} €"),
            ("TVA 20 %", f"{fmt(vat, 'comma')} €"),
            ("Total TTC", f"{fmt(total, 'comma')} €"),
        ],
        9,
        ("sans-b", "sans-b"),
        1.5,
    )
    paid = (
        f"Montant payé : {fmt(total, 'comma')} €  –  "
        "Visa se terminant par 4417, le 10 novembre 2026"
    )
    sheet.text(16 * mm, y - 8, paid, "sans", 8.5)
    footer = [
        "Facture émise par Marketo EU SARL, 38 avenue John F. Kennedy, L-1855 Luxembourg, "
        "au nom et pour le",
        "compte du vendeur Atelier Brico Lyon SARL (mandat de facturation). "
        "Le vendeur reste redevable de la TVA.",
    ]
    sheet.lines(16 * mm, 22 * mm, footer, "sans", 7.5, 1.4, "l", GREY)
    truth = Truth(
        "FR3KQ7MZAEUI",
        "2026-11-12",
        None,
        "Atelier Brico Lyon SARL",
        net,
        vat,
        total,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        lines,
        "Marketplace invoice issued by the platform on behalf of a third-party seller: the "
        "vendor is the seller, not the platform wordmark at the top; order number and ASINs "
        "near the invoice number (ASIN lines are not part of the keyed description); per-line "
        "HT and TTC (net keyed), shipping as a table row; already paid, no due date.",
    )
    return sheet.finish(), truth


# i05: Polish faktura VAT, seller / buyer side by side, amount in words -----------------------


def _i05_head(sheet: Sheet, seller_nip: str, buyer_nip: str, account: str) -> float:
    top = sheet.h - 16 * mm
    mark_circle(sheet, 22 * mm, top - 4, 9 * mm, "TK", HexColor("#1f6f8b"))
    sheet.text(34 * mm, top - 2, "TermoKlimat", "sans-b", 16, "l", HexColor("#1f6f8b"))
    sheet.text(34 * mm, top - 14, "Chłodnictwo · Klimatyzacja · Serwis", "sans", 8)
    kv_rows(
        sheet,
        128 * mm,
        sheet.w - 14 * mm,
        top,
        [
            ("Miejsce wystawienia:", "Kraków"),
            ("Data wystawienia:", "2026-11-16"),
            ("Data sprzedaży:", "2026-11-16"),
        ],
        8.5,
    )
    sheet.text(sheet.w / 2, top - 50, "Faktura VAT nr FV/0612/11/2026", "sans-b", 15, "c")
    sheet.text(sheet.w / 2, top - 64, "ORYGINAŁ", "sans", 9, "c")
    parties = (
        (
            "Sprzedawca",
            [
                "TermoKlimat Sp. z o.o.",
                "ul. Zabłocie 23/4",
                "30-701 Kraków",
                f"NIP: {seller_nip}",
                "Bank: mBank S.A.",
                f"Nr konta: {account}",
            ],
        ),
        (
            "Nabywca",
            [
                "Hotel Pod Lipami Sp. j.",
                "ul. Krakowska 118",
                "32-020 Wieliczka",
                f"NIP: {buyer_nip}",
            ],
        ),
    )
    style = GridStyle(size=8.5, pad=4, lead=1.3)
    bottom = top
    for (label, rows), (x0, x1) in zip(
        parties, ((14 * mm, 103 * mm), (107 * mm, sheet.w - 14 * mm)), strict=True
    ):
        y = grid_row(sheet, [x0, x1], top - 78, [label], "l", style, head=True)
        bottom = min(
            bottom,
            grid_row(
                sheet,
                [x0, x1],
                y,
                ["\n".join(rows)],
                "l",
                GridStyle(size=8.5, pad=4, lead=1.3, rules="none"),
            ),
        )
    return bottom - 16


def _i05_items(sheet: Sheet, top: float, lines: Sequence[Line], units: Sequence[str]) -> float:
    edges = [
        14 * mm,
        22 * mm,
        78 * mm,
        88 * mm,
        101 * mm,
        120 * mm,
        141 * mm,
        155 * mm,
        174 * mm,
        sheet.w - 14 * mm,
    ]
    rows = [
        [
            "Lp.",
            "Nazwa towaru lub usługi",
            "J.m.",
            "Ilość",
            "Cena netto",
            "Wartość netto",
            "Stawka VAT",
            "Kwota VAT",
            "Wartość brutto",
        ]
    ]
    for i, (line, unit) in enumerate(zip(lines, units, strict=True), 1):
        tax = on_top(line.amount, D(23))
        rows.append(
            [
                str(i),
                line.desc,
                unit,
                num(line.qty or D(1), "comma"),
                fmt(line.unit or D(0), "space"),
                fmt(line.amount, "space"),
                "23%",
                fmt(tax, "space"),
                fmt(line.amount + tax, "space"),
            ]
        )
    style = GridStyle(size=7.6, pad=2.4, head_fill=HexColor("#dde4ea"))
    return grid(sheet, edges, top, rows, "clcrrrcrr", style)


def _i05_summary(sheet: Sheet, top: float, net: Decimal, vat: Decimal) -> float:
    edges = [101 * mm, 120 * mm, 141 * mm, 155 * mm, 174 * mm, sheet.w - 14 * mm]
    rows = [
        ["", "Wartość netto", "Stawka", "Kwota VAT", "Wartość brutto"],
        ["W tym", fmt(net, "space"), "23%", fmt(vat, "space"), fmt(net + vat, "space")],
        ["Razem", fmt(net, "space"), "", fmt(vat, "space"), fmt(net + vat, "space")],
    ]
    style = GridStyle(size=7.6, pad=2.4, head_fill=HexColor("#dde4ea"))
    return grid(sheet, edges, top, rows, "lrcrr", style)


def i05(rng: random.Random) -> Built:
    lines = [
        Line(
            "Serwis klimatyzacji – przegląd okresowy jednostek", D("3"), D("350.00"), D("1050.00")
        ),
        Line("Filtr kabinowy węglowy", D("3"), D("89.00"), D("267.00")),
        Line("Czynnik chłodniczy R32", D("2.4"), D("120.00"), D("288.00")),
        Line("Dojazd do klienta", D("46"), D("2.50"), D("115.00")),
    ]
    for line in lines:
        check_line(line)
    net = items_sum(lines)
    vat = sum((on_top(line.amount, D(23)) for line in lines), D(0))
    total = net + vat
    if total != D("2115.60"):
        raise ValueError("i05: the amount in words no longer matches")
    seller = pl_nip("679310805")
    account = iban_check("PL", "114020040000370275123456")
    sheet = a4()
    y = _i05_head(sheet, seller, pl_nip("683000117"), account)
    y = _i05_items(sheet, y, lines, ["usł.", "szt.", "kg", "km"])
    y = _i05_summary(sheet, y - 8, net, vat)
    y = kv_rows(
        sheet,
        14 * mm,
        60 * mm,
        y - 22,
        [
            ("Sposób płatności:", "przelew"),
            ("Termin płatności:", "2026-11-30"),
            ("Numer konta:", account),
            ("Zapłacono:", "0,00 PLN"),
        ],
        8.5,
        ("sans", "sans-b"),
        1.45,
        "l",
    )
    sheet.text(14 * mm, y - 12, f"Do zapłaty: {fmt(total, 'space')} PLN", "sans-b", 13)
    sheet.text(14 * mm, y - 28, "Słownie: dwa tysiące sto piętnaście PLN 60/100", "sans", 9)
    for x, label in (
        (40 * mm, "Osoba upoważniona do odbioru"),
        (150 * mm, "Osoba upoważniona do wystawienia"),
    ):
        sheet.text(x, 40 * mm, "." * 48, "sans", 8, "c", GREY)
        sheet.text(x, 36 * mm, label, "sans", 7, "c", GREY)
    sheet.text(150 * mm, 44 * mm, "Tomasz Wójcik", "sans-i", 9, "c")
    truth = Truth(
        "FV/0612/11/2026",
        "2026-11-16",
        "2026-11-30",
        "TermoKlimat",
        net,
        vat,
        total,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        lines,
        "Polish faktura VAT: Sprzedawca / Nabywca side by side with two NIPs, issue and sale "
        "dates equal, Termin płatności as due date, amounts with space thousands and decimal "
        "commas, a fractional kg quantity (2,4), kwota słownie; the TermoKlimat wordmark heads "
        "the page (keyed), the Sp. z o.o. name is in the Sprzedawca box; scanned.",
    )
    return sheet.finish(), truth


# i06: Swiss invoice with the QR-bill payment part --------------------------------------------

WOOD = HexColor("#7b4a23")


def _i06_letter(sheet: Sheet) -> float:
    top = sheet.h - 16 * mm
    mark_square(sheet, 18 * mm, top - 10, 12 * mm, "HB", WOOD)
    sheet.text(34 * mm, top - 2, "Holzwerk Brunner GmbH", "serif-b", 14, "l", WOOD)
    sheet.text(34 * mm, top - 13, "Schreinerei · Innenausbau · Möbel nach Mass", "serif", 8)
    sender = "Holzwerk Brunner GmbH, Mattenweg 7, 3012 Bern"
    sheet.text(118 * mm, top - 26 * mm + 14, sender, "sans", 6.5, "l", GREY)
    recipient = ["Frau", "Claudia Meier", "Lindenhofstrasse 21", "3048 Worblaufen"]
    sheet.lines(118 * mm, top - 26 * mm, recipient, "sans", 10)
    sheet.text(18 * mm, top - 54 * mm, "Bern, 19. November 2026", "sans", 9.5)
    sheet.text(18 * mm, top - 63 * mm, "Rechnung Nr. 2026-0871", "sans-b", 13)
    return kv_rows(
        sheet,
        18 * mm,
        62 * mm,
        top - 71 * mm,
        [
            ("Kunden-Nr.", "10452"),
            ("Ihre Bestellung", "02.10.2026"),
            ("Zahlbar bis", "19.12.2026"),
            ("MWST-Nr.", "CHE-123.456.789 MWST"),
        ],
        8.5,
        ("sans", "sans"),
        1.4,
        "l",
    )


def _i06_table(sheet: Sheet, top: float, lines: Sequence[Line], units: Sequence[str]) -> float:
    edges = [18 * mm, 30 * mm, 118 * mm, 134 * mm, 150 * mm, 172 * mm, sheet.w - 18 * mm]
    rows = [["Pos.", "Bezeichnung", "Menge", "Einheit", "Preis", "Betrag CHF"]]
    for i, (line, unit) in enumerate(zip(lines, units, strict=True), 1):
        rows.append(
            [
                str(i),
                line.desc,
                num(line.qty or D(1)),
                unit,
                fmt(line.unit or D(0), "ch"),
                fmt(line.amount, "ch"),
            ]
        )
    return grid(
        sheet, edges, top, rows, "llrlrr", GridStyle(size=8.5, rules="rows", head_fill=None)
    )


def _i06_totals(sheet: Sheet, top: float, rows: Sequence[tuple[str, Decimal]]) -> float:
    y = top
    for i, (label, value) in enumerate(rows):
        last = i == len(rows) - 1
        font = "sans-b" if last else "sans"
        if last:
            y -= 4
            sheet.rule(120 * mm, sheet.w - 18 * mm, y + 11, 0.8)
        sheet.text(120 * mm, y, label, font, 9)
        sheet.text(sheet.w - 18 * mm, y, fmt(value, "ch"), font, 9, "r")
        y -= 14
    return y


def swiss_cross(sheet: Sheet, cx: float, cy: float) -> None:
    c = sheet.c
    c.setFillColor(WHITE)
    c.rect(cx - 3.9 * mm, cy - 3.9 * mm, 7.8 * mm, 7.8 * mm, stroke=0, fill=1)
    c.setFillColor(INK)
    c.rect(cx - 3.5 * mm, cy - 3.5 * mm, 7 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(WHITE)
    c.rect(cx - 0.6 * mm, cy - 2 * mm, 1.2 * mm, 4 * mm, stroke=0, fill=1)
    c.rect(cx - 2 * mm, cy - 0.6 * mm, 4 * mm, 1.2 * mm, stroke=0, fill=1)


@dataclass(frozen=True)
class QrBill:
    iban: str
    creditor: tuple[str, str, str]
    debtor: tuple[str, str, str]
    reference: str
    amount: Decimal
    message: str

    def payload(self) -> str:
        cred, dbt = self.creditor, self.debtor
        fields = [
            "SPC",
            "0200",
            "1",
            self.iban.replace(" ", ""),
            "K",
            cred[0],
            cred[1],
            cred[2],
            "",
            "",
            "CH",
        ]
        fields += [""] * 7 + [f"{self.amount}", "CHF", "K", dbt[0], dbt[1], dbt[2], "", "", "CH"]
        fields += ["QRR", self.reference.replace(" ", ""), self.message, "EPD"]
        return "\n".join(fields)


def _i06_receipt(sheet: Sheet, bill: QrBill) -> None:
    x, y = 5 * mm, 105 * mm - 5 * mm - 11
    sheet.text(x, y, "Empfangsschein", "sans-b", 11)
    y -= 22
    blocks = (
        ("Konto / Zahlbar an", [bill.iban, *bill.creditor]),
        ("Referenz", [bill.reference]),
        ("Zahlbar durch", list(bill.debtor)),
    )
    for label, rows in blocks:
        sheet.text(x, y, label, "sans-b", 6)
        y = sheet.lines(x, y - 9, rows, "sans", 8, 1.15) - 5
    sheet.text(x, 30 * mm, "Währung", "sans-b", 6)
    sheet.text(x + 14 * mm, 30 * mm, "Betrag", "sans-b", 6)
    sheet.text(x, 30 * mm - 10, "CHF", "sans", 8)
    sheet.text(x + 14 * mm, 30 * mm - 10, fmt(bill.amount, "chq"), "sans", 8)
    sheet.text(57 * mm, 12 * mm, "Annahmestelle", "sans-b", 6, "r")


def _i06_payment(sheet: Sheet, bill: QrBill) -> None:
    x = 67 * mm
    sheet.text(x, 105 * mm - 5 * mm - 11, "Zahlteil", "sans-b", 11)
    qr_code(sheet, x, 105 * mm - 17 * mm - 46 * mm, 46 * mm, bill.payload())
    swiss_cross(sheet, x + 23 * mm, 105 * mm - 17 * mm - 23 * mm)
    sheet.text(x, 30 * mm, "Währung", "sans-b", 8)
    sheet.text(x + 18 * mm, 30 * mm, "Betrag", "sans-b", 8)
    sheet.text(x, 30 * mm - 13, "CHF", "sans", 10)
    sheet.text(x + 18 * mm, 30 * mm - 13, fmt(bill.amount, "chq"), "sans", 10)
    y = 105 * mm - 5 * mm - 8
    blocks = (
        ("Konto / Zahlbar an", [bill.iban, *bill.creditor]),
        ("Referenz", [bill.reference]),
        ("Zusätzliche Informationen", [bill.message]),
        ("Zahlbar durch", list(bill.debtor)),
    )
    for label, rows in blocks:
        sheet.text(118 * mm, y, label, "sans-b", 8)
        y = sheet.lines(118 * mm, y - 11, rows, "sans", 10, 1.15) - 6


def _i06_bill(sheet: Sheet, bill: QrBill) -> None:
    c = sheet.c
    c.setStrokeColor(INK)
    c.setLineWidth(0.5)
    c.setDash(2, 2)
    c.line(0, 105 * mm, sheet.w, 105 * mm)
    c.line(62 * mm, 0, 62 * mm, 105 * mm)
    c.setDash()
    sheet.text(10 * mm, 105 * mm - 3, "✂", "sans", 9)
    _i06_receipt(sheet, bill)
    _i06_payment(sheet, bill)


def i06(rng: random.Random) -> Built:
    lines = [
        Line("Massivholz-Esstisch Eiche geölt, 200 × 95 cm", D("1"), D("3480.00"), D("3480.00")),
        Line("Sitzbank Eiche geölt, 180 cm", D("1"), D("1150.00"), D("1150.00")),
        Line("Lieferung und Montage vor Ort", D("3.5"), D("95.00"), D("332.50")),
    ]
    for line in lines:
        check_line(line)
    sub = items_sum(lines)
    discount = on_top(lines[0].amount + lines[1].amount, D(5))
    net = sub - discount
    vat = on_top(net, D("8.1"))
    total = round05(net + vat)
    base = "0000010452" + "0000000020260871"
    ref = base + mod10_recursive(base)
    bill = QrBill(
        iban_check("CH", "30808001234567890"),
        ("Holzwerk Brunner GmbH", "Mattenweg 7", "3012 Bern"),
        ("Claudia Meier", "Lindenhofstrasse 21", "3048 Worblaufen"),
        " ".join([ref[:2]] + [ref[i : i + 5] for i in range(2, 27, 5)]),
        total,
        "Rechnung 2026-0871",
    )
    sheet = Sheet(A4[0], A4[1], margin=4 * mm)
    y = _i06_letter(sheet)
    y = _i06_table(sheet, y - 16, lines, ["Stk.", "Stk.", "Std."])
    y = _i06_totals(
        sheet,
        y - 16,
        [
            ("Zwischensumme", sub),
            ("Rabatt 5 % auf Möbel", -discount),
            ("Total exkl. MWST", net),
            ("MWST 8.1 %", vat),
            ("Rundungsdifferenz", total - net - vat),
            ("Total CHF", total),
        ],
    )
    thanks = "Besten Dank für Ihren Auftrag. Bitte zahlen Sie mit dem QR-Zahlteil unten."
    sheet.text(18 * mm, y - 6, thanks, "sans", 9)
    if y - 6 < 112 * mm:
        raise LayoutError("i06: the letter runs into the QR-bill")
    _i06_bill(sheet, bill)
    truth = Truth(
        "2026-0871",
        "2026-11-19",
        "2026-12-19",
        "Holzwerk Brunner GmbH",
        net,
        vat,
        total,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        lines,
        "Swiss invoice with a QR-bill payment part: discount in the totals block, MWST 8.1 %, "
        "a -0.01 rounding to 5 Rappen inside the total; apostrophe thousands above, space "
        "thousands in the QR-bill; 27-digit QR reference, QR-IBAN and customer number near the "
        "invoice number; 'Zahlbar bis' is the due date.",
    )
    return sheet.finish(), truth


# i07: Italian e-invoice courtesy copy, cassa previdenza and ritenuta d'acconto ---------------


def _i07_parties(sheet: Sheet, top: float) -> float:
    seller = [
        "Identificativo fiscale ai fini IVA: IT05123450487",
        "Codice fiscale: BLLMRC78C12D612K",
        "Cognome nome: BELLANDI MARCO",
        "Regime fiscale: RF01 (ordinario)",
        "Indirizzo: Via dei Serragli 44",
        "Comune: Firenze  Provincia: FI",
        "Cap: 50124  Nazione: IT",
        "Email: studio@bellandi-ing.it",
    ]
    buyer = [
        "Identificativo fiscale ai fini IVA: IT06781230481",
        "Codice fiscale: 06781230481",
        "Denominazione: EDILNOVA S.R.L.",
        "Indirizzo: Via Pratese 190",
        "Comune: Firenze  Provincia: FI",
        "Cap: 50145  Nazione: IT",
        "Pec: edilnova@pec.it",
    ]
    head = GridStyle(size=8, pad=3, head_fill=HexColor("#e4e4e4"))
    body = GridStyle(size=7.8, pad=3, lead=1.3)
    bottom = top
    for (label, rows), (x0, x1) in zip(
        (("Cedente/prestatore (fornitore)", seller), ("Cessionario/committente (cliente)", buyer)),
        ((12 * mm, 103 * mm), (107 * mm, sheet.w - 12 * mm)),
        strict=True,
    ):
        y = grid_row(sheet, [x0, x1], top, [label], "l", head, head=True)
        bottom = min(bottom, grid_row(sheet, [x0, x1], y, ["\n".join(rows)], "l", body))
    return bottom - 10


def _i07_lines(sheet: Sheet, top: float, lines: Sequence[Line]) -> float:
    style = GridStyle(size=7.6, pad=2.4, head_fill=HexColor("#e4e4e4"))
    edges = [12 * mm, 50 * mm, 72 * mm, 104 * mm, 140 * mm, sheet.w - 12 * mm]
    rows = [
        [
            "Tipologia documento",
            "Art. 73",
            "Numero documento",
            "Data documento",
            "Codice destinatario",
        ],
        ["TD01 fattura", "", "27/2026", "17-11-2026", "M5UXCR1"],
    ]
    y = grid(sheet, edges, top, rows, "lllll", style)
    edges = [12 * mm, 30 * mm, 112 * mm, 128 * mm, 150 * mm, 160 * mm, 178 * mm, sheet.w - 12 * mm]
    rows = [
        [
            "Cod. articolo",
            "Descrizione",
            "Quantità",
            "Prezzo unitario",
            "UM",
            "%IVA",
            "Prezzo totale",
        ]
    ]
    for line in lines:
        rows.append(
            [
                "",
                line.desc,
                num(line.qty or D(1), "comma"),
                fmt(line.unit or D(0), "de"),
                "",
                "22,00",
                fmt(line.amount, "de"),
            ]
        )
    return grid(sheet, edges, y - 18, rows, "llrrcrr", style)


def _i07_totals(sheet: Sheet, top: float, v: dict[str, Decimal]) -> float:
    style = GridStyle(size=7.6, pad=2.4, head_fill=HexColor("#e4e4e4"))
    x0, x1 = 12 * mm, sheet.w - 12 * mm
    blocks = [
        (
            [x0, 88 * mm, 118 * mm, 134 * mm, 154 * mm, 172 * mm, x1],
            [
                [
                    "Dati della cassa previdenziale",
                    "Imponibile previdenziale",
                    "%Contr.",
                    "Contributo",
                    "%IVA",
                    "Ritenuta",
                ],
                [
                    "TC04 Cassa naz. previdenza ingegneri e architetti (Inarcassa)",
                    fmt(v["fees"], "de"),
                    "4,00",
                    fmt(v["cassa"], "de"),
                    "22,00",
                    "NO",
                ],
            ],
            "lrrrrc",
        ),
        (
            [x0, 88 * mm, 112 * mm, 148 * mm, x1],
            [
                [
                    "Riepiloghi IVA e Totali: esigibilità IVA",
                    "%IVA",
                    "Totale imponibile",
                    "Totale imposta",
                ],
                [
                    "I (esigibilità immediata)",
                    "22,00",
                    fmt(v["taxable"], "de"),
                    fmt(v["iva"], "de"),
                ],
            ],
            "lrrr",
        ),
        (
            [x0, 88 * mm, 112 * mm, 148 * mm, x1],
            [
                [
                    "Dati ritenuta d'acconto",
                    "Aliquota ritenuta",
                    "Importo ritenuta",
                    "Causale pagamento",
                ],
                ["RT01 Ritenuta persone fisiche", "20,00", fmt(v["ritenuta"], "de"), "A"],
            ],
            "lrrc",
        ),
        (
            [x0, 88 * mm, 148 * mm, x1],
            [
                ["Importo bollo", "Sconto/Maggiorazione", "Totale documento"],
                ["", "", fmt(v["document"], "de")],
            ],
            "lrr",
        ),
    ]
    y = top
    for edges, rows, aligns in blocks:
        y = grid(sheet, edges, y, rows, aligns, style) - 12
    return y


def _i07_payment(sheet: Sheet, top: float, due: Decimal) -> float:
    style = GridStyle(size=7.6, pad=2.4, head_fill=HexColor("#e4e4e4"))
    edges = [12 * mm, 50 * mm, 112 * mm, 150 * mm, sheet.w - 12 * mm]
    rows = [
        ["Modalità pagamento", "IBAN", "Data scadenza", "Importo"],
        ["MP05 bonifico", "IT60X0542811101000000123456", "17-12-2026", fmt(due, "de")],
    ]
    y = grid(sheet, edges, top, rows, "llrr", style)
    box = GridStyle(font="sans-b", size=9.5, pad=4, head_fill=None)
    return grid_row(
        sheet,
        [112 * mm, 150 * mm, sheet.w - 12 * mm],
        y - 12,
        ["Netto a pagare", f"€ {fmt(due, 'de')}"],
        "lr",
        box,
    )


def i07(rng: random.Random) -> Built:
    lines = [
        Line(
            "Direzione lavori ristrutturazione immobile via Roma 12, Sesto Fiorentino – "
            "acconto SAL n. 2",
            D("1.00"),
            D("1800.00"),
            D("1800.00"),
        ),
        Line("Pratica SCIA e deposito al Comune", D("1.00"), D("450.00"), D("450.00")),
        Line("Sopralluoghi in cantiere", D("4.00"), D("75.00"), D("300.00")),
    ]
    for line in lines:
        check_line(line)
    fees = items_sum(lines)
    cassa = on_top(fees, D(4))
    taxable = fees + cassa
    iva = on_top(taxable, D(22))
    document = taxable + iva
    ritenuta = on_top(fees, D(20))
    due = document - ritenuta
    values = {
        "fees": fees,
        "cassa": cassa,
        "taxable": taxable,
        "iva": iva,
        "document": document,
        "ritenuta": ritenuta,
    }
    sheet = Sheet(A4[0], A4[1], margin=8 * mm)
    sheet.text(
        sheet.w - 12 * mm,
        sheet.h - 14 * mm,
        "Copia di cortesia – fattura elettronica trasmessa via SdI",
        "sans-i",
        7.5,
        "r",
        GREY,
    )
    y = _i07_parties(sheet, sheet.h - 20 * mm)
    y = _i07_lines(sheet, y, lines)
    y = _i07_totals(sheet, y - 14, values)
    _i07_payment(sheet, y - 2, due)
    truth = Truth(
        "27/2026",
        "2026-11-17",
        "2026-12-17",
        "BELLANDI MARCO",
        taxable,
        iva,
        due,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        lines,
        f"Italian e-invoice courtesy copy of an engineer: Inarcassa 4 % ({fmt(cassa)}) joins "
        f"the IVA base (amount = imponibile {fmt(taxable)}), IVA 22 %, Totale documento "
        f"{fmt(document)} minus ritenuta d'acconto 20 % on the fees ({fmt(ritenuta)}) gives the "
        "payable total keyed; the seller is a person ('Cognome nome'); quantities 1,00; "
        "dd-mm-yyyy; photographed.",
    )
    return sheet.finish(), truth


# i08: Austrian Rechnung, UID numbers, Skonto terms -------------------------------------------


def _i08_letter(sheet: Sheet) -> float:
    top = sheet.h - 15 * mm
    colors = [HexColor("#00a0e3"), HexColor("#e5007d"), HexColor("#ffed00"), INK]
    word = tw("STEINBAUER", "sans-b", 15)
    mark_stripes(sheet, sheet.w - 18 * mm - word - 48, top - 12, 40, 16, colors)
    sheet.text(sheet.w - 18 * mm, top - 8, "STEINBAUER", "sans-b", 15, "r")
    sheet.text(sheet.w - 18 * mm, top - 20, "DRUCK · MEDIEN · LINZ", "sans", 7.5, "r", GREY)
    sheet.text(
        20 * mm,
        top - 34 * mm,
        "Druckerei Steinbauer GmbH · Industriezeile 36 · 4020 Linz",
        "sans",
        6.5,
        "l",
        GREY,
    )
    sheet.lines(
        20 * mm,
        top - 38 * mm,
        ["Sportunion Urfahr", "z. H. Frau Mag. Eva Huber", "Hauptstraße 12", "4040 Linz"],
        "sans",
        10,
    )
    return kv_rows(
        sheet,
        122 * mm,
        sheet.w - 18 * mm,
        top - 34 * mm,
        [
            ("Rechnungsnummer", "RE-2026-1144"),
            ("Rechnungsdatum", "20.11.2026"),
            ("Lieferdatum", "18.11.2026"),
            ("Kundennummer", "K-20331"),
            ("Auftragsnummer", "A-8812"),
            ("Ihre UID", "ATU87654321"),
            ("Sachbearbeiter", "P. Gruber"),
        ],
        8.5,
        ("sans", "sans"),
    )


def _i08_table(sheet: Sheet, top: float, lines: Sequence[Line], units: Sequence[str]) -> float:
    edges = [20 * mm, 30 * mm, 48 * mm, 62 * mm, 142 * mm, 166 * mm, sheet.w - 18 * mm]
    rows = [["Pos", "Menge", "Einheit", "Bezeichnung", "Einzelpreis €", "Gesamt €"]]
    for i, (line, unit) in enumerate(zip(lines, units, strict=True), 1):
        qty = fmt(line.qty or D(1), "de", max(0, -(line.qty or D(1)).as_tuple().exponent))
        rows.append(
            [
                str(i),
                qty,
                unit,
                line.desc,
                fmt(line.unit or D(0), "de", max(2, -(line.unit or D(0)).as_tuple().exponent)),
                fmt(line.amount, "de"),
            ]
        )
    style = GridStyle(size=8.5, pad=3, rules="rows", head_fill=HexColor("#eeeeee"))
    return grid(sheet, edges, top, rows, "crllrr", style)


def i08(rng: random.Random) -> Built:
    lines = [
        Line(
            "Vereinsbroschüre A4, 16 Seiten, 4/4-färbig, 170 g Bilderdruck matt, "
            "Rückendrahtheftung",
            D("2500"),
            D("0.742"),
            D("1855.00"),
        ),
        Line("Plakate A2, 4/0-färbig, 135 g", D("200"), D("1.35"), D("270.00")),
        Line("Druckvorstufe, Datenprüfung und Proof", D("1.5"), D("68.00"), D("102.00")),
        Line("Versand per Spedition", D("1"), D("48.00"), D("48.00")),
    ]
    for line in lines:
        check_line(line)
    net = items_sum(lines)
    vat = on_top(net, D(20))
    total = net + vat
    skonto = on_top(total, D(2))
    sheet = a4()
    y = _i08_letter(sheet)
    sheet.text(20 * mm, y - 30, "Rechnung", "sans-b", 16)
    intro = (
        "Sehr geehrte Frau Mag. Huber, wir bedanken uns für Ihren Auftrag und verrechnen wie folgt:"
    )
    sheet.text(20 * mm, y - 48, intro, "sans", 9)
    y = _i08_table(sheet, y - 60, lines, ["Stk.", "Stk.", "Std.", "Pausch."])
    y = kv_rows(
        sheet,
        120 * mm,
        sheet.w - 18 * mm,
        y - 18,
        [("Summe netto", fmt(net, "de")), ("zzgl. 20 % USt.", fmt(vat, "de"))],
        9,
        lead=1.5,
    )
    sheet.rule(120 * mm, sheet.w - 18 * mm, y + 8, 0.8)
    sheet.text(120 * mm, y - 6, "Rechnungsbetrag €", "sans-b", 10.5)
    sheet.text(sheet.w - 18 * mm, y - 6, fmt(total, "de"), "sans-b", 10.5, "r")
    terms = [
        "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
        f"Bei Zahlung bis 28.11.2026 gewähren wir 2 % Skonto (€ {fmt(skonto, 'de')}).",
        "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
    ]
    sheet.lines(20 * mm, y - 36, terms, "sans", 9, 1.45)
    footer = [
        ("Druckerei Steinbauer GmbH", "Industriezeile 36, 4020 Linz", "FN 123456a, LG Linz"),
        ("UID: ATU12345678", "Tel. +43 732 778 410", "office@steinbauer-druck.at"),
        ("Raiffeisenlandesbank OÖ", f"IBAN {iban_check('AT', '3400000001234567')}", "BIC RZOOAT2L"),
    ]
    sheet.rule(20 * mm, sheet.w - 18 * mm, 26 * mm, 0.4, GREY)
    for i, rows in enumerate(footer):
        sheet.lines(20 * mm + i * 60 * mm, 21 * mm, rows, "sans", 7, 1.35, "l", GREY)
    truth = Truth(
        "RE-2026-1144",
        "2026-11-20",
        None,
        "Steinbauer",
        net,
        vat,
        total,
        "EUR",
        "de-AT",
        "invoice",
        "invoice",
        lines,
        "Austrian Rechnung: the seller's UID only in the footer and the customer's 'Ihre UID' "
        "in the number block with Kunden-/Auftragsnummer; quantity 2.500 printed with a "
        "thousands dot and a three-decimal unit price 0,742; terms '14 Tage' plus a Skonto "
        "date (not a due date, so null); the page leads with the STEINBAUER wordmark (keyed), "
        "the legal name only in the sender line and footer.",
    )
    return sheet.finish(), truth


# i09: Belgian factuur, 6 % / 21 % btw, structured communication, EPC QR ----------------------

TEAL = HexColor("#0f7c80")


def _i09_head(sheet: Sheet) -> float:
    top = sheet.h - 16 * mm
    sheet.box(0, 0, 7 * mm, sheet.h, fill=TEAL, stroke=None)
    mark_circle(sheet, 24 * mm, top - 4, 8 * mm, "SV", TEAL)
    sheet.text(35 * mm, top - 1, "Schilderwerken Vermeulen", "sans-b", 14, "l", TEAL)
    sheet.text(35 * mm, top - 13, "Binnen- en buitenschilderwerken · Behang · Vloeren", "sans", 7.5)
    company = [
        "Schilderwerken Vermeulen BV",
        "Brugsesteenweg 233, 9000 Gent",
        "BTW BE 0456.789.123 · RPR Gent",
        "info@vermeulen-schilderwerken.be",
    ]
    sheet.lines(sheet.w - 16 * mm, top, company, "sans", 7.5, 1.35, "r", GREY)
    sheet.text(18 * mm, top - 40 * mm, "FACTUUR", "sans-b", 24)
    client = ["Dhr. en Mevr. De Smet - Claes", "Kortrijksesteenweg 112", "9000 Gent"]
    sheet.lines(120 * mm, top - 32 * mm, client, "sans", 10)
    edges = [18 * mm, 60 * mm, 100 * mm, 140 * mm, sheet.w - 16 * mm]
    style = GridStyle(size=8.5, pad=3.5, rules="rows", head_fill=HexColor("#e3f1f1"))
    rows = [
        ["Factuurnummer", "Factuurdatum", "Vervaldatum", "Klantnummer"],
        ["2026/0342", "21/11/2026", "21/12/2026", "1187"],
    ]
    y = grid(sheet, edges, top - 50 * mm, rows, "llll", style)
    sheet.text(
        18 * mm,
        y - 16,
        "Werf: Kortrijksesteenweg 112, 9000 Gent – schilderwerken woonkamer en hal",
        "sans",
        8.5,
    )
    return y - 30


def _i09_items(sheet: Sheet, top: float, rows: Sequence[tuple[Line, str, int]]) -> float:
    edges = [18 * mm, 98 * mm, 114 * mm, 130 * mm, 158 * mm, 170 * mm, sheet.w - 16 * mm]
    table = [["Omschrijving", "Aantal", "Eenheid", "Eenheidsprijs", "Btw", "Totaal excl. btw"]]
    for line, unit, rate in rows:
        table.append(
            [
                line.desc,
                num(line.qty or D(1), "comma"),
                unit,
                fmt(line.unit or D(0), "de"),
                f"{rate}%",
                fmt(line.amount, "de"),
            ]
        )
    style = GridStyle(size=8.5, pad=3, rules="rows", head_fill=TEAL, head_font="sans-b")
    head = GridStyle(size=8.5, pad=3, rules="none", head_fill=TEAL, color=WHITE)
    y = grid_row(sheet, edges, top, table[0], "lrlrrr", head, head=True)
    for row in table[1:]:
        y = grid_row(sheet, edges, y, row, "lrlrrr", style)
    return y


def _i09_totals(
    sheet: Sheet, top: float, recap: Sequence[tuple[int, Decimal, Decimal]], total: Decimal
) -> float:
    edges = [18 * mm, 48 * mm, 82 * mm, 108 * mm]
    rows = [["Btw-tarief", "Maatstaf", "Btw"]]
    rows += [[f"{rate} %", fmt(base, "de"), fmt(tax, "de")] for rate, base, tax in recap]
    grid(
        sheet,
        edges,
        top,
        rows,
        "lrr",
        GridStyle(size=8, pad=2.8, rules="rows", head_fill=HexColor("#e3f1f1")),
    )
    pairs = [("Totaal excl. btw", fmt(sum((r[1] for r in recap), D(0)), "de"))]
    pairs += [(f"Btw {rate} %", fmt(tax, "de")) for rate, _, tax in recap]
    y = kv_rows(sheet, 126 * mm, sheet.w - 16 * mm, top - 10, pairs, 9, lead=1.55)
    sheet.box(124 * mm, y - 14, sheet.w - 16 * mm - 124 * mm, 22, fill=TEAL, stroke=None)
    sheet.text(127 * mm, y - 6, "Te betalen", "sans-b", 11, "l", WHITE)
    sheet.text(sheet.w - 19 * mm, y - 6, f"€ {fmt(total, 'de')}", "sans-b", 11, "r", WHITE)
    return y - 36


def _i09_payment(sheet: Sheet, top: float, total: Decimal, iban: str, ref: str) -> None:
    sheet.box(18 * mm, top - 40 * mm, sheet.w - 34 * mm, 40 * mm, stroke=TEAL, width=1)
    text = [
        f"Gelieve € {fmt(total, 'de')} te betalen vóór 21/12/2026",
        f"op rekening {iban} (BIC TRIOBEBB)",
        "met de gestructureerde mededeling:",
    ]
    y = sheet.lines(23 * mm, top - 9 * mm, text, "sans", 9, 1.4)
    sheet.text(23 * mm, y - 6, ref, "mono-b", 13)
    payload = "\n".join(
        [
            "BCD",
            "002",
            "1",
            "SCT",
            "TRIOBEBB",
            "Schilderwerken Vermeulen BV",
            iban.replace(" ", ""),
            f"EUR{total}",
            "",
            "",
            ref,
        ]
    )
    qr_code(sheet, sheet.w - 52 * mm, top - 36 * mm, 30 * mm, payload)
    sheet.text(sheet.w - 37 * mm, top - 39 * mm + 1, "Scan & betaal", "sans", 6.5, "c", GREY)


def i09(rng: random.Random) -> Built:
    rows = [
        (
            Line(
                "Schilderwerken woonkamer en hal: plafond en muren, 2 lagen – arbeid",
                D("32"),
                D("48.00"),
                D("1536.00"),
            ),
            "u",
            6,
        ),
        (Line("Muurverf mat wit, 10 l", D("4"), D("89.50"), D("358.00")), "st", 6),
        (
            Line("Afplaktape, afdekfolie en klein materiaal", D("1"), D("42.00"), D("42.00")),
            "forfait",
            6,
        ),
        (Line("Huur hoogwerker", D("1"), D("185.00"), D("185.00")), "dag", 21),
    ]
    lines = [row[0] for row in rows]
    for line in lines:
        check_line(line)
    recap = []
    for rate in (6, 21):
        base = sum((ln.amount for ln, _, r in rows if r == rate), D(0))
        recap.append((rate, base, on_top(base, D(rate))))
    net = items_sum(lines)
    vat = sum((r[2] for r in recap), D(0))
    total = net + vat
    iban = iban_check("BE", "539007547034")
    ref = ogm("0909337554")
    sheet = a4()
    y = _i09_head(sheet)
    y = _i09_items(sheet, y, rows)
    y = _i09_totals(sheet, y - 14, recap, total)
    _i09_payment(sheet, y - 6, total, iban, ref)
    legal = [
        "Btw-tarief 6 %: renovatie van een woning ouder dan 10 jaar, verklaring van de klant "
        "(KB nr. 20, rubriek XXXI).",
        "Bij niet-betaling op de vervaldag is van rechtswege een intrest van 8 % per jaar "
        "verschuldigd.",
    ]
    sheet.lines(18 * mm, 20 * mm, legal, "sans", 7, 1.4, "l", GREY)
    truth = Truth(
        "2026/0342",
        "2026-11-21",
        "2026-12-21",
        "Schilderwerken Vermeulen",
        net,
        vat,
        total,
        "EUR",
        "nl-BE",
        "invoice",
        "invoice",
        lines,
        "Belgian factuur with two btw rates (6 % renovation, 21 %) summed into vat; a structured "
        f"communication {ref} and an EPC QR code; klantnummer beside the invoice number; "
        "Vervaldatum printed; dd/mm/yyyy; trading name as the heading, BV name in the corner.",
    )
    return sheet.finish(), truth


# i10: Portuguese fatura with ATCUD, line discount column, fiscal QR --------------------------


def _i10_head(sheet: Sheet, nif: str, buyer: str) -> float:
    top = sheet.h - 16 * mm
    mark_square(sheet, 16 * mm, top - 12, 12 * mm, "CR", HexColor("#1b4f9c"))
    sheet.text(32 * mm, top - 1, "Canalizações Ribeiro, Lda.", "sans-b", 13)
    seller = [
        "Rua do Heroísmo 215, 4300-259 Porto",
        f"NIF {nif} · Capital social 5.000,00 €",
        "Tel. 225 376 118 · geral@canalizacoesribeiro.pt",
    ]
    sheet.lines(32 * mm, top - 13, seller, "sans", 7.5, 1.3)
    info = [
        ("Fatura", "FT 2026/318"),
        ("ATCUD", "JFR8KTWX-318"),
        ("Data", "2026-11-22"),
        ("Vencimento", "2026-12-22"),
        ("Cliente n.º", "0142"),
    ]
    sheet.text(sheet.w - 16 * mm, top - 1, "Original", "sans-b", 9, "r")
    y = kv_rows(sheet, 140 * mm, sheet.w - 16 * mm, top - 18, info, 9, ("sans", "sans-b"), 1.4)
    client = [
        "Exmo.(s) Sr.(s)",
        "Condomínio do Edifício Atlântico",
        "Av. da Boavista 3021",
        "4100-137 Porto",
        f"NIF: {buyer}",
    ]
    sheet.lines(16 * mm, top - 38 * mm, client, "sans", 9.5, 1.3)
    return min(y, top - 38 * mm - 70) - 12


def _i10_items(sheet: Sheet, top: float, rows: Sequence[tuple[str, Line, str, int]]) -> float:
    edges = [
        16 * mm,
        34 * mm,
        104 * mm,
        118 * mm,
        128 * mm,
        150 * mm,
        162 * mm,
        174 * mm,
        sheet.w - 16 * mm,
    ]
    table = [["Artigo", "Descrição", "Qtd.", "Un.", "Preço Unit.", "Desc. %", "IVA %", "Total"]]
    for code, line, unit, disc in rows:
        table.append(
            [
                code,
                line.desc,
                num(line.qty or D(1), "comma"),
                unit,
                fmt(line.unit or D(0), "de"),
                f"{disc},00",
                "23,00",
                fmt(line.amount, "de"),
            ]
        )
    style = GridStyle(size=8, pad=2.6, rules="rows", head_fill=HexColor("#dfe8f5"))
    return grid(sheet, edges, top, table, "llrlrrrr", style)


def _i10_totals(sheet: Sheet, top: float, gross: Decimal, net: Decimal, vat: Decimal) -> float:
    edges = [16 * mm, 40 * mm, 72 * mm, 100 * mm]
    rows = [["Taxa", "Incidência", "Valor IVA"], ["23,00 %", fmt(net, "de"), fmt(vat, "de")]]
    sheet.text(16 * mm, top, "Quadro resumo do IVA", "sans-b", 8.5)
    grid(
        sheet,
        edges,
        top - 6,
        rows,
        "lrr",
        GridStyle(size=8, pad=2.6, rules="grid", head_fill=HexColor("#dfe8f5")),
    )
    pairs = [
        ("Total ilíquido", fmt(gross, "de")),
        ("Total descontos", fmt(gross - net, "de")),
        ("Total sem IVA", fmt(net, "de")),
        ("Total IVA", fmt(vat, "de")),
    ]
    y = kv_rows(sheet, 128 * mm, sheet.w - 16 * mm, top, pairs, 9, lead=1.5)
    sheet.rule(128 * mm, sheet.w - 16 * mm, y + 9, 0.8)
    sheet.text(128 * mm, y - 4, "Total (EUR)", "sans-b", 11)
    sheet.text(sheet.w - 16 * mm, y - 4, fmt(net + vat, "de"), "sans-b", 11, "r")
    return y - 24


def i10(rng: random.Random) -> Built:
    nif, buyer = pt_nif("51422730"), pt_nif("90123456")
    rows = [
        (
            "SERV-014",
            Line(
                "Substituição de coluna montante de água (piso 0 a 6)",
                D("1"),
                D("1240.00"),
                D("1178.00"),
            ),
            "un",
            5,
        ),
        ("MAT-2031", Line("Tubo multicamada 20 mm", D("18"), D("6.85"), D("123.30")), "m", 0),
        ("MO-001", Line("Mão de obra – canalizador", D("9"), D("28.00"), D("252.00")), "h", 0),
    ]
    for _, line, _, disc in rows:
        expected = q2((line.qty or D(1)) * (line.unit or D(0)) * (100 - disc) / 100)
        if expected != line.amount:
            raise ValueError(f"i10: {line.desc}")
    lines = [row[1] for row in rows]
    gross = sum((q2((ln.qty or D(1)) * (ln.unit or D(0))) for ln in lines), D(0))
    net = items_sum(lines)
    vat = on_top(net, D(23))
    sheet = a4()
    y = _i10_head(sheet, nif, buyer)
    y = _i10_items(sheet, y, rows)
    y = _i10_totals(sheet, y - 16, gross, net, vat)
    data = (
        f"A:{nif}*B:{buyer}*C:PT*D:FT*E:N*F:20261122*G:FT 2026/318*H:JFR8KTWX-318*I1:PT"
        f"*I7:{net}*I8:{vat}*N:{vat}*O:{net + vat}*Q:xY7k*R:2345"
    )
    qr_code(sheet, 16 * mm, y - 40 * mm, 34 * mm, data)
    pay = [
        "Pagamento por transferência bancária:",
        f"IBAN {iban_check('PT', '000201231234567890154')}",
        "Os bens/serviços foram colocados à disposição do adquirente",
        "na data e local do documento.",
        "xY7k - Processado por programa certificado n.º 2345/AT",
    ]
    sheet.lines(56 * mm, y - 12 * mm, pay, "sans", 8, 1.45)
    truth = Truth(
        "FT 2026/318",
        "2026-11-22",
        "2026-12-22",
        "Canalizações Ribeiro, Lda.",
        net,
        vat,
        net + vat,
        "EUR",
        "pt-PT",
        "invoice",
        "invoice",
        lines,
        "Portuguese fatura: ATCUD and a fiscal QR, seller and customer NIFs, a 5 % line discount "
        "in a Desc. column (line total after it is keyed; quantity x unit price differs), "
        "Total ilíquido / descontos / sem IVA / IVA in the totals; Vencimento printed; ISO dates; "
        "scanned.",
    )
    return sheet.finish(), truth


# i11: Canadian IT services invoice, Ontario HST, business number -----------------------------


def _i11_head(sheet: Sheet) -> float:
    top = sheet.h - 16 * mm
    company = [
        "1200 Bay St, Suite 804",
        "Toronto ON  M5R 2A5",
        "accounts@northshoreit.ca",
        "+1 (416) 555-0126",
        "HST/BN: 79215 3304 RT0001",
    ]
    sheet.text(16 * mm, top, "Northshore IT Solutions Inc.", "sans-b", 12)
    sheet.lines(16 * mm, top - 14, company, "sans", 8.5, 1.35)
    mark_circle(sheet, sheet.w - 24 * mm, top - 6, 9 * mm, "N", TEAL)
    sheet.text(sheet.w - 36 * mm, top - 12, "INVOICE", "sans-b", 22, "r", TEAL)
    y = top - 96
    for x, title in ((16 * mm, "BILL TO"), (70 * mm, "SHIP TO")):
        sheet.text(x, y, title, "sans-b", 8, "l", GREY)
        sheet.lines(
            x,
            y - 12,
            [
                "Maple Ridge Dental Group",
                "Attn: Office Manager",
                "455 Eglinton Ave W",
                "Toronto ON  M5N 1A7",
            ],
            "sans",
            9,
            1.35,
        )
    info = [
        ("INVOICE #", "INV-10458"),
        ("DATE", "Nov 23, 2026"),
        ("TERMS", "Net 30"),
        ("DUE DATE", "Dec 23, 2026"),
        ("P.O. #", "4500018822"),
        ("CUSTOMER ID", "C-0391"),
    ]
    kv_rows(sheet, 140 * mm, sheet.w - 16 * mm, y, info, 8.5, ("sans-b", "sans"), 1.45)
    return y - 80


def _i11_table(sheet: Sheet, top: float, rows: Sequence[tuple[str, Line]]) -> float:
    edges = [16 * mm, 40 * mm, 128 * mm, 146 * mm, 172 * mm, sheet.w - 16 * mm]
    table = [["DATE", "DESCRIPTION", "QTY", "RATE", "AMOUNT"]]
    for date, line in rows:
        table.append(
            [date, line.desc, num(line.qty or D(1)), fmt(line.unit or D(0)), fmt(line.amount)]
        )
    head = GridStyle(
        size=8.5, pad=4, rules="none", head_fill=HexColor("#d7eeee"), head_font="sans-b", color=TEAL
    )
    y = grid_row(sheet, edges, top, table[0], "llrrr", head, head=True)
    body = GridStyle(size=9, pad=4, lead=1.3, rules="none", head_fill=None)
    for row in table[1:]:
        y = grid_row(sheet, edges, y, row, "llrrr", body)
    sheet.c.setDash(1, 2)
    sheet.rule(16 * mm, sheet.w - 16 * mm, y, 0.6, GREY)
    sheet.c.setDash()
    return y


def i11(rng: random.Random) -> Built:
    rows = [
        (
            "11/01/2026",
            Line(
                "Managed IT services – November 2026 (12 workstations, 2 servers)",
                D("1"),
                D("1850.00"),
                D("1850.00"),
            ),
        ),
        (
            "11/01/2026",
            Line("Microsoft 365 Business Standard licences", D("14"), D("16.90"), D("236.60")),
        ),
        (
            "11/12/2026",
            Line(
                "On-site support, after hours (server room cooling failure)",
                D("3.5"),
                D("145.00"),
                D("507.50"),
            ),
        ),
        ("11/12/2026", Line("Cat6 patch cables, 3 ft", D("20"), D("4.25"), D("85.00"))),
    ]
    lines = [line for _, line in rows]
    for line in lines:
        check_line(line)
    sub = items_sum(lines)
    hst = on_top(sub, D(13))
    total = sub + hst
    sheet = letter()
    y = _i11_head(sheet)
    y = _i11_table(sheet, y, rows)
    y = kv_rows(
        sheet,
        122 * mm,
        sheet.w - 16 * mm,
        y - 20,
        [
            ("SUBTOTAL", fmt(sub)),
            ("HST (ON) @ 13%", fmt(hst)),
            ("TOTAL", fmt(total)),
            ("PAYMENTS/CREDITS", "0.00"),
        ],
        9,
        ("sans", "sans"),
        1.6,
    )
    sheet.text(122 * mm, y - 8, "BALANCE DUE", "sans-b", 10)
    sheet.text(sheet.w - 16 * mm, y - 8, f"CAD ${fmt(total)}", "sans-b", 13, "r")
    pay = [
        "Pay by Interac e-Transfer to payments@northshoreit.ca (include INV-10458),",
        "or EFT: Transit 00152, Institution 004, Account 5029112.",
        "Overdue balances are subject to 1.5% interest per month.",
    ]
    sheet.lines(16 * mm, y - 50, pay, "sans", 8.5, 1.45)
    sheet.text(sheet.w / 2, 18 * mm, "Thank you for your business!", "sans-i", 9, "c", TEAL)
    truth = Truth(
        "INV-10458",
        "2026-11-23",
        "2026-12-23",
        "Northshore IT Solutions Inc.",
        sub,
        hst,
        total,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        lines,
        "Ontario invoice: HST 13 % on one line, the business number as HST/BN in the header; "
        "P.O. # and customer id under the invoice number; service dates in the first column "
        "(mm/dd/yyyy) while the header dates are 'Nov 23, 2026'; fractional hours; photographed.",
    )
    return sheet.finish(), truth


# i12: Australian tax invoice with a deposit paid and a payment advice slip -------------------


def _i12_head(sheet: Sheet) -> float:
    top = sheet.h - 18 * mm
    sheet.text(16 * mm, top - 8, "TAX INVOICE", "sans", 22)
    sheet.lines(
        16 * mm,
        top - 34,
        [
            "Bayview Body Corporate CTS 4471",
            "c/- Strata Plus Management",
            "PO Box 118",
            "MANLY QLD 4179",
        ],
        "sans",
        8.5,
        1.35,
    )
    info = [
        "Invoice Date",
        "24 Nov 2026",
        "",
        "Invoice Number",
        "INV-21457",
        "",
        "Reference",
        "J-7781",
        "",
        "ABN",
        "51 824 753 556",
    ]
    for i, text in enumerate(info):
        sheet.text(92 * mm, top - i * 10, text, "sans-b" if i % 3 == 0 else "sans", 8)
    mark_bolt(sheet, 140 * mm, top - 8, 10 * mm, HexColor("#e85d04"))
    company = [
        "Coastline Electrical Services",
        "Pty Ltd",
        "Unit 6, 41 Corporate Drive",
        "CANNON HILL QLD 4170",
        "Lic. No. 78123",
        "(07) 3399 4180",
    ]
    sheet.lines(140 * mm, top - 22, company, "sans", 8, 1.35)
    return top - 120


def _i12_table(sheet: Sheet, top: float, lines: Sequence[Line]) -> float:
    edges = [16 * mm, 110 * mm, 132 * mm, 156 * mm, 172 * mm, sheet.w - 16 * mm]
    table = [["Description", "Quantity", "Unit Price", "GST", "Amount AUD"]]
    for line in lines:
        table.append(
            [line.desc, num(line.qty or D(1)), fmt(line.unit or D(0)), "10%", fmt(line.amount)]
        )
    style = GridStyle(size=8.5, pad=3.2, rules="rows", head_fill=None)
    return grid(sheet, edges, top, table, "lrrrr", style)


def _i12_advice(sheet: Sheet, due: Decimal) -> None:
    y = 62 * mm
    sheet.c.setDash(3, 3)
    sheet.rule(0, sheet.w, y, 0.5, GREY)
    sheet.c.setDash()
    sheet.text(16 * mm, y + 4, "✂", "sans", 9, "l", GREY)
    sheet.text(16 * mm, y - 18, "PAYMENT ADVICE", "sans-b", 14)
    to = ["To: Coastline Electrical Services Pty Ltd", "PO Box 2281", "MILTON QLD 4064"]
    sheet.lines(16 * mm, y - 34, to, "sans", 8.5, 1.35)
    sheet.box(16 * mm, y - 96, 60 * mm, 28, stroke=INK, width=0.6)
    sheet.text(19 * mm, y - 80, "BPAY  Biller Code: 123456", "sans-b", 8)
    sheet.text(19 * mm, y - 91, "Ref: 2145 7003 1", "sans", 8)
    pairs = [
        ("Customer", "Bayview Body Corporate CTS 4471"),
        ("Invoice Number", "INV-21457"),
        ("Amount Due", fmt(due)),
        ("Due Date", "8 Dec 2026"),
        ("Amount Enclosed", ""),
    ]
    y2 = kv_rows(sheet, 100 * mm, 136 * mm, y - 20, pairs, 8.5, ("sans-b", "sans"), 1.6, "l")
    sheet.rule(136 * mm, sheet.w - 16 * mm, y2 + 12, 0.6)
    sheet.text(136 * mm, y2, "Enter the amount you are paying above", "sans", 6.5, "l", GREY)


def i12(rng: random.Random) -> Built:
    lines = [
        Line(
            "Labour – licensed electrician (switchboard upgrade)",
            D("4.5"),
            D("110.00"),
            D("495.00"),
        ),
        Line("Call-out fee", D("1"), D("89.00"), D("89.00")),
        Line("LED downlight 10W tri-colour, IP44", D("12"), D("24.50"), D("294.00")),
        Line("RCD safety switch 2-pole 40A", D("1"), D("165.00"), D("165.00")),
    ]
    for line in lines:
        check_line(line)
    sub = items_sum(lines)
    gst = on_top(sub, D(10))
    total = sub + gst
    paid = D("300.00")
    sheet = a4()
    y = _i12_head(sheet)
    y = _i12_table(sheet, y, lines)
    pairs = [
        ("Subtotal", fmt(sub)),
        ("TOTAL GST 10%", fmt(gst)),
        ("TOTAL AUD", fmt(total)),
        ("Less Amount Paid (deposit 12 Nov 2026)", fmt(paid)),
    ]
    y = kv_rows(sheet, 100 * mm, sheet.w - 16 * mm, y - 16, pairs, 8.5, ("sans", "sans"), 1.6) - 4
    sheet.rule(100 * mm, sheet.w - 16 * mm, y + 11, 1.0)
    sheet.text(100 * mm, y - 4, "AMOUNT DUE AUD", "sans-b", 10)
    sheet.text(sheet.w - 16 * mm, y - 4, fmt(total - paid), "sans-b", 10, "r")
    terms = [
        "Due Date: 8 Dec 2026",
        "EFT: BSB 064-000  Account 1234 5678  (Coastline Electrical Services Pty Ltd)",
        "Please use the invoice number as your payment reference.",
    ]
    sheet.lines(16 * mm, y - 40, terms, "sans", 8.5, 1.5)
    _i12_advice(sheet, total - paid)
    truth = Truth(
        "INV-21457",
        "2026-11-24",
        "2026-12-08",
        "Coastline Electrical Services Pty Ltd",
        sub,
        gst,
        total,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        lines,
        f"Xero-style Australian tax invoice: a deposit of {fmt(paid)} already paid lowers only "
        f"the amount due ({fmt(total - paid)}), not the total; job reference and ABN in the "
        "number column; a tear-off payment advice with a BPAY biller code and reference repeats "
        "the number and the amount due; dates like '24 Nov 2026'.",
    )
    return sheet.finish(), truth


# i13: Mexican CFDI 4.0 printout, folio fiscal, IVA withheld ----------------------------------

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def fake_uuid(rng: random.Random) -> str:
    hexes = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    return f"{hexes[:8]}-{hexes[8:12]}-4{hexes[13:16]}-A{hexes[17:20]}-{hexes[20:]}"


def _i13_head(sheet: Sheet, uuid: str) -> float:
    top = sheet.h - 14 * mm
    mark_circle(sheet, 22 * mm, top - 8, 9 * mm, "SLB", HexColor("#8a1538"))
    emisor = [
        "SERVICIOS LOGÍSTICOS DEL BAJÍO, S.A. DE C.V.",
        "RFC: SLB120315KT4",
        "Régimen fiscal: 601 - General de Ley Personas Morales",
        "Blvd. Adolfo López Mateos 2805, León, Gto.",
    ]
    sheet.text(34 * mm, top, emisor[0], "sans-b", 9)
    sheet.lines(34 * mm, top - 12, emisor[1:], "sans", 7.5, 1.3)
    edges = [124 * mm, sheet.w - 12 * mm]
    style = GridStyle(size=7, pad=2.5, lead=1.3, head_fill=HexColor("#8a1538"), color=INK)
    y = grid_row(
        sheet,
        edges,
        top + 8,
        ["FACTURA"],
        "c",
        GridStyle(size=9, pad=2.5, head_fill=HexColor("#f1dbe2")),
        head=True,
    )
    info = [
        "Serie y folio: A-1842",
        "Folio fiscal (UUID):",
        uuid,
        "No. de serie del CSD: 00001000000512345678",
        "Fecha y hora de emisión: 2026-11-25T10:42:17",
        "Lugar de expedición: 37000",
        "Tipo de comprobante: I - Ingreso",
    ]
    y = grid_row(sheet, edges, y, ["\n".join(info)], "l", style)
    return y - 10


def _i13_receptor(sheet: Sheet, top: float) -> float:
    rows = [
        ["Receptor", "Datos del comprobante"],
        [
            "COMERCIALIZADORA TEXTIL NORTE, S.A. DE C.V.\nRFC: CTN090807AB1\n"
            "Domicilio fiscal: 64000\nRégimen fiscal: 601\nUso CFDI: G03 - Gastos en general",
            "Moneda: MXN - Peso Mexicano\nForma de pago: 99 - Por definir\n"
            "Método de pago: PPD - Pago en parcialidades o diferido\n"
            "Condiciones de pago: Crédito 30 días\nExportación: 01 - No aplica",
        ],
    ]
    style = GridStyle(size=7.5, pad=3, lead=1.3, head_fill=HexColor("#f1dbe2"))
    return grid(sheet, [12 * mm, 108 * mm, sheet.w - 12 * mm], top, rows, "ll", style)


def _i13_concepts(sheet: Sheet, top: float, rows: Sequence[tuple[str, Line]]) -> float:
    edges = [12 * mm, 34 * mm, 50 * mm, 64 * mm, 152 * mm, 176 * mm, sheet.w - 12 * mm]
    table = [
        [
            "Clave prod./serv.",
            "Cantidad",
            "Clave unidad",
            "Descripción",
            "Valor unitario",
            "Importe",
        ]
    ]
    for code, line in rows:
        table.append(
            [
                code,
                num(line.qty or D(1)),
                "E48",
                line.desc,
                fmt(line.unit or D(0)),
                fmt(line.amount),
            ]
        )
    style = GridStyle(size=7.5, pad=2.6, lead=1.25, head_fill=HexColor("#f1dbe2"))
    return grid(sheet, edges, top, table, "lrclrr", style)


def _i13_stamps(sheet: Sheet, top: float, uuid: str, total: Decimal, rng: random.Random) -> None:
    seal = "".join(rng.choice(B64) for _ in range(340)) + "=="
    sat = "".join(rng.choice(B64) for _ in range(340)) + "=="
    chain = f"||1.1|{uuid}|2026-11-25T10:43:02|SAT970701NN3|{seal[:60]}|00001000000509846663||"
    url = (
        f"https://verificacfdi.facturaelectronica.sat.gob.mx/default.aspx?id={uuid}"
        f"&re=SLB120315KT4&rr=CTN090807AB1&tt={total:017.6f}&fe={seal[-10:-2]}"
    )
    qr_code(sheet, 12 * mm, top - 36 * mm, 34 * mm, url)
    x, width = 50 * mm, sheet.w - 62 * mm
    y = top - 6
    for label, text in (
        ("Sello digital del CFDI:", seal),
        ("Sello digital del SAT:", sat),
        ("Cadena original del complemento de certificación digital del SAT:", chain),
    ):
        sheet.text(x, y, label, "sans-b", 6.5)
        chunks = []
        per = int(width / tw("M", "mono", 5.6))
        for i in range(0, len(text), per):
            chunks.append(text[i : i + per])
        y = sheet.lines(x, y - 8, chunks, "mono", 5.6, 1.25) - 4
    sheet.text(
        sheet.w / 2,
        12 * mm,
        "Este documento es una representación impresa de un CFDI 4.0",
        "sans",
        7,
        "c",
        GREY,
    )


def i13(rng: random.Random) -> Built:
    rows = [
        (
            "78101802",
            Line(
                "Servicio de flete terrestre León, Gto. – Monterrey, N.L., caja seca 53 pies",
                D("1"),
                D("18500.00"),
                D("18500.00"),
            ),
        ),
        ("78141501", Line("Maniobras de carga y descarga", D("1"), D("2400.00"), D("2400.00"))),
        ("84131501", Line("Seguro de mercancía en tránsito", D("1"), D("1150.00"), D("1150.00"))),
    ]
    lines = [line for _, line in rows]
    sub = items_sum(lines)
    iva = on_top(sub, D(16))
    withheld = on_top(sub, D(4))
    total = sub + iva - withheld
    if total != D("24696.00"):
        raise ValueError("i13: the amount in words no longer matches")
    uuid = fake_uuid(rng)
    sheet = letter(margin_mm=6)
    y = _i13_head(sheet, uuid)
    y = _i13_receptor(sheet, y)
    y = _i13_concepts(sheet, y - 10, rows)
    pairs = [
        ("Subtotal", f"$ {fmt(sub)}"),
        ("IVA Trasladado 16%", f"$ {fmt(iva)}"),
        ("IVA Retenido 4%", f"$ {fmt(withheld)}"),
        ("Total", f"$ {fmt(total)}"),
    ]
    y2 = kv_rows(sheet, 140 * mm, sheet.w - 12 * mm, y - 14, pairs, 8.5, ("sans-b", "sans"), 1.5)
    words = [
        "Importe con letra:",
        "VEINTICUATRO MIL SEISCIENTOS NOVENTA Y SEIS",
        "PESOS 00/100 M.N.",
    ]
    sheet.lines(12 * mm, y - 14, words, "sans", 8, 1.35)
    _i13_stamps(sheet, y2 - 16, uuid, total, rng)
    truth = Truth(
        "A-1842",
        "2026-11-25",
        None,
        "SERVICIOS LOGÍSTICOS DEL BAJÍO, S.A. DE C.V.",
        sub,
        iva,
        total,
        "MXN",
        "es-MX",
        "invoice",
        "invoice",
        lines,
        f"Mexican CFDI 4.0 printout: the 36-character folio fiscal UUID, the CSD serial and RFCs "
        f"sit next to 'Serie y folio: A-1842' (keyed); IVA 16 % is the vat and the 4 % IVA "
        f"retention for freight ({fmt(withheld)}) is deducted in the printed Total; timestamp "
        "date; PPD with 'Crédito 30 días', no due date; sello strings and SAT QR code.",
    )
    return sheet.finish(), truth


# i14: New Zealand credit note printed with positive amounts ----------------------------------


def i14(rng: random.Random) -> Built:
    lines = [
        Line("Terracotta pot 40 cm, glazed (cracked in transit)", D("3"), D("34.00"), D("102.00")),
        Line("Premium potting mix 40 L (bags split)", D("5"), D("14.50"), D("72.50")),
    ]
    for line in lines:
        check_line(line)
    sub = items_sum(lines)
    gst = on_top(sub, D(15))
    total = sub + gst
    sheet = a4(10)
    green = HexColor("#2e7d32")
    top = sheet.h - 18 * mm
    mark_leaf(sheet, 18 * mm, top - 14, 30, green)
    sheet.text(32 * mm, top, "Tūī Garden Supplies Ltd", "sans-b", 15, "l", green)
    sheet.lines(
        32 * mm,
        top - 13,
        ["88 Great South Road, Penrose, Auckland 1061", "GST No. 123-456-789 · 09 579 2210"],
        "sans",
        8,
        1.35,
    )
    sheet.box(sheet.w - 74 * mm, top - 10, 56 * mm, 24, stroke=HexColor("#c62828"), width=1.4)
    sheet.text(sheet.w - 46 * mm, top - 2, "CREDIT NOTE", "sans-b", 15, "c", HexColor("#c62828"))
    sheet.lines(
        18 * mm,
        top - 40 * mm + 12,
        ["Credit to:", "Ponsonby Plant Co.", "212 Ponsonby Road", "Grey Lynn, Auckland 1021"],
        "sans",
        9.5,
        1.35,
    )
    kv_rows(
        sheet,
        116 * mm,
        sheet.w - 18 * mm,
        top - 40 * mm + 12,
        [
            ("Credit Note No.", "CN-00412"),
            ("Date", "26/11/2026"),
            ("Original Tax Invoice", "INV-05873"),
            ("Invoice Date", "10/11/2026"),
            ("Customer Account", "TGS-0442"),
            ("Your Ref", "RMA-3391"),
        ],
        8.5,
        ("sans", "sans-b"),
        1.45,
    )
    sheet.text(18 * mm, top - 80 * mm, "Reason: goods returned – damaged in transit", "sans-i", 9)
    edges = [18 * mm, 36 * mm, 122 * mm, 138 * mm, 160 * mm, sheet.w - 18 * mm]
    table = [["Code", "Description", "Qty", "Unit Price", "Amount (excl. GST)"]]
    for code, line in zip(("TP-40G", "PM-40L"), lines, strict=True):
        table.append([code, line.desc, f"{line.qty}", fmt(line.unit or D(0)), fmt(line.amount)])
    y = grid(
        sheet,
        edges,
        top - 86 * mm,
        table,
        "llrrr",
        GridStyle(size=8.5, pad=3.2, rules="rows", head_fill=HexColor("#e8f5e9")),
    )
    y = kv_rows(
        sheet,
        120 * mm,
        sheet.w - 18 * mm,
        y - 18,
        [("Subtotal", fmt(sub)), ("GST 15%", fmt(gst))],
        9,
        lead=1.55,
    )
    sheet.text(120 * mm, y - 4, "Total Credit NZD", "sans-b", 11)
    sheet.text(sheet.w - 18 * mm, y - 4, fmt(total), "sans-b", 11, "r")
    sheet.text(
        18 * mm,
        y - 40,
        "This credit has been applied to your account. No payment is required.",
        "sans",
        9,
    )
    truth = Truth(
        "CN-00412",
        "2026-11-26",
        None,
        "Tūī Garden Supplies Ltd",
        sub,
        gst,
        total,
        "NZD",
        "en-NZ",
        "invoice",
        "credit_note",
        lines,
        "NZ credit note printed with positive amounts (keyed positive): the original tax "
        "invoice number and date sit right under the credit note number, plus account and RMA "
        "references; GST 15 % rounds half up (26.175 -> 26.18); macrons in the name.",
    )
    return sheet.finish(), truth


# i15: Irish credit note printed with negative amounts ----------------------------------------


def _i15_head(sheet: Sheet) -> float:
    top = sheet.h - 16 * mm
    sheet.text(16 * mm, top, "Liffey Office Supplies Ltd", "sans-b", 14)
    addr = [
        "Unit 14, Parkwest Business Park",
        "Dublin 12, D12 X9K3",
        "VAT Reg. No. IE 6388047V · CRO 512844",
        "Tel. 01 623 4410",
    ]
    sheet.lines(16 * mm, top - 13, addr, "sans", 8.5, 1.35)
    sheet.text(sheet.w - 16 * mm, top, "CREDIT NOTE", "sans-b", 18, "r")
    pairs = [
        ("Credit Note No.", "CN-2026-0093"),
        ("Date", "27/11/2026"),
        ("Invoice Ref.", "INV-2026-1187"),
        ("Account", "LOS-2210"),
        ("Order No.", "PO 7741"),
    ]
    edges = [122 * mm, 152 * mm, sheet.w - 16 * mm]
    y = top - 20
    for label, value in pairs:
        y = grid_row(
            sheet,
            edges,
            y,
            [label, value],
            "ll",
            GridStyle(size=8.5, pad=3, rules="grid", head_fill=None),
        )
    sheet.lines(
        16 * mm,
        top - 70,
        ["Quayside Architects", "Accounts Department", "3 Hanover Quay", "Dublin 2, D02 XK18"],
        "sans",
        9.5,
        1.35,
    )
    return min(y, top - 130) - 16


def i15(rng: random.Random) -> Built:
    lines = [
        Line("Ergonomic mesh chair, black – returned", D("2"), D("289.00"), D("-578.00")),
        Line("Delivery charge refund", D("1"), D("25.00"), D("-25.00")),
    ]
    net = items_sum(lines)
    vats = [q2(line.amount * D("0.23")) for line in lines]
    vat = sum(vats, D(0))
    total = net + vat
    sheet = a4()
    y = _i15_head(sheet)
    edges = [16 * mm, 26 * mm, 54 * mm, 112 * mm, 134 * mm, 156 * mm, 170 * mm, sheet.w - 16 * mm]
    table = [["Qty", "Product Code", "Description", "Unit Price", "Net", "VAT %", "VAT"]]
    for code, line, tax in zip(("CH-ERG-MESH", "DEL-STD"), lines, vats, strict=True):
        table.append(
            [
                f"{line.qty}",
                code,
                line.desc,
                fmt(line.unit or D(0)),
                fmt(line.amount),
                "23.00",
                fmt(tax),
            ]
        )
    y = grid(
        sheet,
        edges,
        y,
        table,
        "rllrrrr",
        GridStyle(size=8.5, pad=3, rules="grid", head_fill=HexColor("#dedede")),
    )
    pairs = [("Total Net Amount", fmt(net)), ("Total VAT Amount", fmt(vat)), ("Carriage", "0.00")]
    edges = [122 * mm, 164 * mm, sheet.w - 16 * mm]
    y -= 16
    for label, value in pairs:
        y = grid_row(
            sheet,
            edges,
            y,
            [label, value],
            "lr",
            GridStyle(size=8.5, pad=3, rules="grid", head_fill=None),
        )
    y = grid_row(
        sheet,
        edges,
        y,
        ["Credit Total (EUR)", fmt(total)],
        "lr",
        GridStyle(font="sans-b", size=9.5, pad=3.5, rules="grid", head_fill=None),
    )
    sheet.text(
        16 * mm,
        y - 20,
        "Reason for credit: goods returned unused within 30 days (RMA 5512).",
        "sans",
        9,
    )
    sheet.text(16 * mm, y - 34, "This credit will be offset against your next invoice.", "sans", 9)
    truth = Truth(
        "CN-2026-0093",
        "2026-11-27",
        None,
        "Liffey Office Supplies Ltd",
        net,
        vat,
        total,
        "EUR",
        "en-IE",
        "invoice",
        "credit_note",
        lines,
        "Irish credit note printed with negative amounts (keyed negative, as printed): line "
        "nets, VAT and the credit total carry a minus while quantities and unit prices are "
        "positive; the credited invoice number, account and order numbers in the box next to "
        "the credit note number; photographed.",
    )
    return sheet.finish(), truth


# ---------------------------------------------------------------------------------------------
# The set
# ---------------------------------------------------------------------------------------------

WOODEN = (128, 92, 62)
OAK = (176, 142, 104)
SLATE = (64, 66, 74)
STONE = (196, 194, 188)


@dataclass(frozen=True)
class Spec:
    name: str
    country: str
    build: Callable[[random.Random], Built]
    fx: ScanFx | PhotoFx | None  # None: the PDF itself
    gap: str = "0"  # total - amount - vat where the page prints one (rounding, tip, withholding)

    @property
    def kind(self) -> str:
        if self.fx is None:
            return "pdf"
        return "scan" if isinstance(self.fx, ScanFx) else "photo"

    @property
    def suffix(self) -> str:
        if self.fx is None:
            return ".pdf"
        return ".png" if self.fx.quality is None else ".jpg"


SPECS = [
    Spec("r01", "Australia", r01, PhotoFx(1600, 0.04, 0.35, 0.0, 72, WOODEN)),
    Spec("r02", "Canada (BC)", r02, ScanFx(200, 1.2, 0.6, 5.0, pad_mm=8)),
    Spec("r03", "Switzerland", r03, ScanFx(200, -0.8, 0.7, 6.0, fade=0.55, pad_mm=10)),
    Spec("r04", "Italy", r04, PhotoFx(1800, 0.05, 0.4, 0.35, 65, STONE, crease=True)),
    Spec("r05", "Spain", r05, None),
    Spec("r06", "Portugal", r06, ScanFx(180, 2.0, 0.8, 7.0, fade=0.2, pad_mm=6, quality=85)),
    Spec("r07", "Poland", r07, PhotoFx(1400, 0.03, 0.3, 0.0, None, SLATE)),
    Spec("r08", "Sweden", r08, None),
    Spec("r09", "India", r09, ScanFx(150, -1.6, 0.5, 6.0, fade=0.3, pad_mm=8), gap="-0.08"),
    Spec("r10", "United States (TX)", r10, PhotoFx(2000, 0.05, 0.3, 0.3, 80, OAK), gap="11.00"),
    Spec("r11", "United States (KS)", r11, ScanFx(200, 0.6, 0.9, 8.0, fade=0.65, pad_mm=10)),
    Spec("r12", "United Kingdom", r12, None),
    Spec("r13", "Indonesia", r13, ScanFx(160, 2.5, 0.7, 6.0, fade=0.4, pad_mm=7, quality=88)),
    Spec("r14", "Philippines", r14, None),
    Spec("r15", "Mexico", r15, PhotoFx(1700, 0.05, 0.45, 0.25, 60, OAK, crease=True)),
    Spec("i01", "United Kingdom", i01, None),
    Spec("i02", "United States (NY)", i02, None),
    Spec("i03", "United Kingdom", i03, ScanFx(150, 0.7, 0.5, 5.0)),
    Spec("i04", "France", i04, None),
    Spec("i05", "Poland", i05, ScanFx(200, -1.1, 0.6, 6.0, quality=85)),
    Spec("i06", "Switzerland", i06, None, gap="-0.01"),
    Spec("i07", "Italy", i07, PhotoFx(2000, 0.05, 0.4, 0.3, 78, WOODEN), gap="-510.00"),
    Spec("i08", "Austria", i08, ScanFx(175, 1.8, 0.7, 7.0)),
    Spec("i09", "Belgium", i09, None),
    Spec("i10", "Portugal", i10, ScanFx(150, -2.2, 0.8, 8.0, quality=80)),
    Spec("i11", "Canada (ON)", i11, PhotoFx(1800, 0.06, 0.35, 0.0, None, SLATE)),
    Spec("i12", "Australia", i12, None),
    Spec("i13", "Mexico", i13, None, gap="-882.00"),
    Spec("i14", "New Zealand", i14, None),
    Spec("i15", "Ireland", i15, PhotoFx(1900, 0.04, 0.5, 0.4, 70, STONE)),
]


def seed_of(name: str) -> int:
    return zlib.crc32(f"blind-2026-12c/{name}".encode())


def check_truth(spec: Spec, truth: Truth) -> None:
    """The keyed amounts must add up the way the page prints them."""
    if truth.vat is None:
        if truth.amount != truth.total:
            raise ValueError(f"{spec.name}: no tax printed, so amount must equal total")
        return
    gap = truth.total - (truth.amount or D(0)) - truth.vat
    if gap != D(spec.gap):
        raise ValueError(f"{spec.name}: total - amount - vat = {gap}, expected {spec.gap}")


def save_image(image: Image.Image, path: Path, fx: ScanFx | PhotoFx) -> None:
    dpi = fx.dpi if isinstance(fx, ScanFx) else 72
    if fx.quality is None:
        image.save(path, format="PNG", dpi=(dpi, dpi))
    else:
        image.save(path, format="JPEG", quality=fx.quality, dpi=(dpi, dpi))


def write_document(spec: Spec, out: Path) -> Truth:
    pdf, truth = spec.build(random.Random(seed_of(spec.name)))
    check_truth(spec, truth)
    target = out / f"{spec.name}{spec.suffix}"
    if spec.fx is None:
        target.write_bytes(pdf)
    else:
        rng = np.random.default_rng(seed_of(spec.name))
        image = scan(pdf, spec.fx, rng) if isinstance(spec.fx, ScanFx) else photo(pdf, spec.fx, rng)
        save_image(image, target, spec.fx)
    record = truth.as_json(spec.kind)
    (out / f"{spec.name}.json").write_text(
        json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return truth


README_HEAD = """# Blind set 2026-12c

Thirty receipts and invoices written blind (without looking at the reader) from countries and
document generators away from the usual EU SaaS invoice: till rolls from eleven countries, a
US card slip with a handwritten tip, utility, marketplace, e-invoice, QR-bill and CFDI layouts,
and two credit notes. Every document has its own layout.

## How it is drawn

`python -m bench.blindsets.blind_2026_12c [OUTDIR] [--only NAME]` (default OUTDIR: this
folder) writes `NAME.pdf|png|jpg` and `NAME.json` per document and, on a full run, this README.

* Pages are drawn with reportlab (`invariant=1`) in DejaVu Sans, Sans Mono and Serif only;
  receipts on roll pages 58, 76 or 80 mm wide and as long as their content, invoices on A4 or
  US Letter. Logos and wordmarks are drawn shapes; barcodes are Code 128, QR codes are real
  payloads (Swiss QR-bill, EPC, Portuguese fiscal QR, SAT verification URL).
* Every amount is computed once with `Decimal`; the printed figures and the keyed truth come
  from the same values, and the generator checks that amount + vat = total except for the
  documented gaps (round off, handwritten tip, withheld taxes).
* Every text run claims its box; a run that overlaps another (or comes within 1.5 pt of it on
  the same line) or leaves the page raises `LayoutError`.
* Scans: rendered grey at 150-200 dpi with pypdfium2, till rolls laid on a grey scanner lid,
  thermal fading (uneven, stronger towards one end), skew, blur, noise and specks; PNG or
  JPEG (quality 80-88).
* Photos: rendered in colour, warm paper tint, perspective onto a desk or table texture with a
  drop shadow, uneven light, a hand/phone shadow on some, a fold on two receipts, sensor
  noise; long side 1,400-2,000 px; JPEG quality 60-80 or PNG.
* Each document has its own seed (CRC-32 of its name) for the few random ids and for the
  degradation, so re-runs are byte-identical.

## Truth conventions

Fields and rules follow the conventions of set 2026-11d (`invoice_number` with series
prefixes, `total` including tax, deposits not lowering the total, withheld taxes deducted where
the payable total is printed after them, rounding lines and added tips included, `amount` =
total - vat where only contained tax is printed, line items as printed, unit prices keeping
more than two decimals), except that **where no tax is printed at all, `vat` is null and
`amount` equals `total`** (r11, i01).

* `vendor_name`: the shop sign or wordmark that heads the page (r01-r15, i02, i03, i05, i08, i09),
  the legal or personal name where that heads it (i01, i06, i07, i10-i15), the third-party
  seller on the marketplace invoice (i04).
* Credit notes: **i14 is printed with positive amounts and keyed positive; i15 is printed with
  negative amounts (nets, VAT, total) and keyed negative, as printed** (its quantities and unit
  prices are printed positive and keyed positive). Both have `document_type` `credit_note`.
* Amounts keyed with two decimals and a decimal point, also rupiah (r13, printed without
  decimals). Unit prices printed in pence (i03) are keyed in pounds with four decimals.
* Documented gaps between total and amount + vat: r09 round off -0.08; r10 handwritten tip
  +11.00; i06 rounding to 5 Rappen -0.01; i07 ritenuta d'acconto -510.00; i13 IVA retenido
  -882.00. (r03's 5-Rappen rounding stays inside amount, which there is total - vat.)
"""


def _mix(specs: Sequence[Spec], truths: dict[str, Truth]) -> list[str]:
    kinds = ("pdf", "scan", "photo")
    types = ("receipt", "invoice", "credit_note")
    rows = ["| kind | receipts | invoices | credit notes | all |", "|---|---|---|---|---|"]
    for kind in (*kinds, "all"):
        counts = [
            sum(1 for s in specs if kind in (s.kind, "all") and truths[s.name].document_type == t)
            for t in types
        ]
        rows.append(f"| {kind} | {' | '.join(str(n) for n in counts)} | {sum(counts)} |")
    countries = sorted({s.country.split(" (")[0] for s in specs})
    rows += ["", f"Countries ({len(countries)}): {', '.join(countries)}."]
    return rows


def readme(specs: Sequence[Spec], truths: dict[str, Truth]) -> str:
    lines = [README_HEAD, "## The mix", "", *_mix(specs, truths), "", "## Documents", ""]
    lines += [
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for spec in specs:
        t = truths[spec.name]
        lines.append(
            f"| {spec.name}{spec.suffix} | {spec.kind} | {spec.country} | {t.document_type} | "
            f"{t.vendor_name} | {t.invoice_number} | {key(t.total)} {t.currency} | {t.note} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("outdir", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", action="append", metavar="NAME", help="only this document")
    args = parser.parse_args(argv)
    names = {s.name for s in SPECS}
    unknown = set(args.only or ()) - names
    if unknown:
        parser.error(f"unknown document(s): {', '.join(sorted(unknown))}")
    register_fonts()
    args.outdir.mkdir(parents=True, exist_ok=True)
    chosen = [s for s in SPECS if not args.only or s.name in args.only]
    truths = {}
    for spec in chosen:
        truths[spec.name] = write_document(spec, args.outdir)
        print(f"{spec.name}{spec.suffix}  {spec.kind:5}  {key(truths[spec.name].total)}")
    if not args.only:
        (args.outdir / "README.md").write_text(readme(SPECS, truths), encoding="utf-8")


if __name__ == "__main__":
    main()
