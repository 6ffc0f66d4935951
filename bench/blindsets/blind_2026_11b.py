"""Blind set 2026-11b: invoices and till receipts written without reading the reader.

``python -m bench.blindsets.blind_2026_11b OUTDIR`` draws the set again (default:
``bench/blindsets/blind-2026-11b``). Every document is drawn by its own function, seeded by its
name, so the output is a pure function of this file and the library versions (reportlab PDFs
are written with ``invariant=1``; images are PIL + a seeded numpy generator).

Truth conventions (what a careful person keys in from the page):

* ``vendor_name`` is the seller as printed (on a marketplace invoice the seller, not the
  platform); ``invoice_number`` is the invoice, folio, ticket or receipt number as printed.
* ``total`` is the amount payable: after a deposit or prepayment that the page deducts, after
  a cash-rounding line, after a withholding (IRPF) line, and including a tip that the page adds
  into its final total.
* ``amount`` is the net (before VAT / sales tax / GST, after allowances and charges), ``vat``
  the sum of all tax lines (CGST + SGST, several rates) as printed; where a receipt prints only
  "incl. VAT x", ``vat`` is x and ``amount`` the goods' gross minus x. Where the page shows no
  tax at all, both stay null; where it shows no currency, ``currency`` stays null.
* Credit notes print positive amounts and are keyed as printed, ``document_type``
  ``credit_note``.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import reportlab
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

OUT_DEFAULT = Path(__file__).resolve().parent / "blind-2026-11b"
MM = 72 / 25.4
A4 = (210.0, 297.0)
LETTER = (215.9, 279.4)

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_RL = Path(reportlab.__file__).parent / "fonts"


def _ttf(name: str, fallback: str) -> Path:
    path = _DEJAVU / name
    return path if path.is_file() else _RL / fallback


#: logical font -> (PDF font name, file for images, file to embed in PDFs or None = base-14)
FONTS: dict[str, tuple[str, Path, Path | None]] = {
    "sans": ("BDejaVuSans", _ttf("DejaVuSans.ttf", "Vera.ttf"), None),
    "sans-b": ("BDejaVuSans-Bold", _ttf("DejaVuSans-Bold.ttf", "VeraBd.ttf"), None),
    "cond": ("BDejaVuCond", _ttf("DejaVuSansCondensed.ttf", "Vera.ttf"), None),
    "cond-b": ("BDejaVuCond-Bold", _ttf("DejaVuSansCondensed-Bold.ttf", "VeraBd.ttf"), None),
    "serif": ("BDejaVuSerif", _ttf("DejaVuSerif.ttf", "Vera.ttf"), None),
    "serif-b": ("BDejaVuSerif-Bold", _ttf("DejaVuSerif-Bold.ttf", "VeraBd.ttf"), None),
    "serif-i": ("BDejaVuSerif-Italic", _ttf("DejaVuSerif-Italic.ttf", "VeraIt.ttf"), None),
    "mono": ("BDejaVuMono", _ttf("DejaVuSansMono.ttf", "Vera.ttf"), None),
    "mono-b": ("BDejaVuMono-Bold", _ttf("DejaVuSansMono-Bold.ttf", "VeraBd.ttf"), None),
    "vera": ("BVera", _RL / "Vera.ttf", None),
    "vera-b": ("BVera-Bold", _RL / "VeraBd.ttf", None),
    "light": ("BDejaVuLight", _ttf("DejaVuSans-ExtraLight.ttf", "Vera.ttf"), None),
    # base-14 fonts in PDFs (not embedded, WinAnsi only); their Type 1 twins for images
    "helv": ("Helvetica", _RL / "_a______.pfb", None),
    "helv-b": ("Helvetica-Bold", _RL / "_ab_____.pfb", None),
    "times": ("Times-Roman", _RL / "_er_____.pfb", None),
    "times-b": ("Times-Bold", _RL / "_eb_____.pfb", None),
    "times-i": ("Times-Italic", _RL / "_ei_____.pfb", None),
    "courier": ("Courier", _RL / "com_____.pfb", None),
    "courier-b": ("Courier-Bold", _RL / "cob_____.pfb", None),
}
_registered: set[str] = set()


def _pdf_font(logical: str) -> str:
    name, path, _ = FONTS[logical]
    if name.startswith("B") and name not in _registered:
        pdfmetrics.registerFont(TTFont(name, str(path)))
        _registered.add(name)
    return name


# ----------------------------------------------------------------------------- money, dates

CENT = Decimal("0.01")


def D(value: Any) -> Decimal:
    return Decimal(str(value))


def r2(value: Decimal, step: Decimal = CENT) -> Decimal:
    return (value / step).quantize(Decimal(1), ROUND_HALF_UP) * step


def money(value: Decimal, style: str = "en", decimals: int = 2) -> str:
    """``1234.5`` as printed: en 1,234.50 / de 1.234,50 / fr 1 234,50 / ch 1'234.50 /
    plain 1234.50 / plainc 1234,50 / in 1,23,456.00 (lakh) / sv 1 234,50."""
    neg = value < 0
    text = f"{abs(value):.{decimals}f}"
    whole, _, frac = text.partition(".")
    seps = {
        "en": (",", "."),
        "de": (".", ","),
        "fr": (" ", ","),
        "sv": (" ", ","),
        "ch": ("'", "."),
        "plain": ("", "."),
        "plainc": ("", ","),
        "in": (",", "."),
    }[style]
    if style == "in" and len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts: list[str] = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        whole = ",".join([*parts, tail])
    elif seps[0]:
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        whole = seps[0].join(groups)
    out = whole + (seps[1] + frac if decimals else "")
    return ("-" if neg else "") + out


def s2(value: Decimal) -> str:
    """Truth string of an amount."""
    return f"{value:.2f}"


def item(
    desc: str, amount: Decimal, qty: Any = None, unit: Decimal | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"description": desc}
    if qty is not None:
        out["quantity"] = str(qty)
    if unit is not None:
        out["unit_price"] = s2(unit)
    out["amount"] = s2(amount)
    return out


def truth(
    *,
    number: str | None,
    date: str | None,
    due: str | None,
    vendor: str,
    net: Decimal | None,
    vat: Decimal | None,
    total: Decimal,
    currency: str | None,
    items: list[dict[str, Any]],
    locale: str,
    layout: str,
    doc_type: str = "invoice",
    note: str | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": None if net is None else s2(net),
        "vat": None if vat is None else s2(vat),
        "total": s2(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doc_type,
        "line_items": items,
    }
    if note:
        out["note"] = note
    return out


# ----------------------------------------------------------------------------- surfaces


class Surface:
    """Drawing in millimetres from the top-left corner, onto a PDF page or an image."""

    w: float
    h: float

    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "sans",
        size: float = 9,
        align: str = "l",
        color: tuple[int, int, int] = (0, 0, 0),
    ) -> None:
        raise NotImplementedError

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        lw: float = 0.25,
        color: tuple[int, int, int] = (0, 0, 0),
    ) -> None:
        raise NotImplementedError

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: tuple[int, int, int] | None = None,
        stroke: tuple[int, int, int] | None = (0, 0, 0),
        lw: float = 0.25,
    ) -> None:
        raise NotImplementedError

    def width(self, s: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, _pdf_font(font), size) / MM

    def qr(self, x: float, y: float, size: float, data: str) -> None:
        """A QR code of ``data``, ``size`` mm square, its top-left corner at (x, y)."""
        raise NotImplementedError

    def new_page(self) -> None:
        raise NotImplementedError

    def wrap(self, s: str, font: str, size: float, width: float) -> list[str]:
        lines: list[str] = []
        cur = ""
        for word in s.split():
            cand = f"{cur} {word}".strip()
            if cur and self.width(cand, font, size) > width:
                lines.append(cur)
                cur = word
            else:
                cur = cand
        if cur:
            lines.append(cur)
        return lines

    def para(
        self,
        x: float,
        y: float,
        s: str,
        font: str,
        size: float,
        width: float,
        lead: float | None = None,
        **kw: Any,
    ) -> float:
        lead = lead or size * 0.42
        for ln in self.wrap(s, font, size, width):
            self.text(x, y, ln, font, size, **kw)
            y += lead
        return y


class PdfSurface(Surface):
    def __init__(self, path: Path, size: tuple[float, float]) -> None:
        self.w, self.h = size
        self.c = rl_canvas.Canvas(str(path), pagesize=(self.w * MM, self.h * MM), invariant=1)

    def _col(self, color: tuple[int, int, int]) -> tuple[float, float, float]:
        return (color[0] / 255, color[1] / 255, color[2] / 255)

    def text(self, x, y, s, font="sans", size=9, align="l", color=(0, 0, 0)):
        self.c.setFont(_pdf_font(font), size)
        self.c.setFillColorRGB(*self._col(color))
        px, py = x * MM, (self.h - y) * MM
        {"l": self.c.drawString, "r": self.c.drawRightString, "c": self.c.drawCentredString}[align](
            px, py, s
        )

    def line(self, x1, y1, x2, y2, lw=0.25, color=(0, 0, 0)):
        self.c.setLineWidth(lw * MM)
        self.c.setStrokeColorRGB(*self._col(color))
        self.c.line(x1 * MM, (self.h - y1) * MM, x2 * MM, (self.h - y2) * MM)

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.25):
        if fill is not None:
            self.c.setFillColorRGB(*self._col(fill))
        if stroke is not None:
            self.c.setStrokeColorRGB(*self._col(stroke))
            self.c.setLineWidth(lw * MM)
        self.c.rect(
            x * MM,
            (self.h - y - h) * MM,
            w * MM,
            h * MM,
            fill=int(fill is not None),
            stroke=int(stroke is not None),
        )

    def qr(self, x: float, y: float, size: float, data: str) -> None:
        from reportlab.graphics import renderPDF
        from reportlab.graphics.barcode.qr import QrCodeWidget
        from reportlab.graphics.shapes import Drawing

        widget = QrCodeWidget(data, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(
            size * MM,
            size * MM,
            transform=[size * MM / (x1 - x0), 0, 0, size * MM / (y1 - y0), 0, 0],
        )
        drawing.add(widget)
        renderPDF.draw(drawing, self.c, x * MM, (self.h - y - size) * MM)

    def new_page(self) -> None:
        self.c.showPage()

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


class ImageSurface(Surface):
    def __init__(
        self,
        size: tuple[float, float],
        dpi: int,
        paper: tuple[int, int, int] = (255, 255, 255),
        ink: int = 0,
    ) -> None:
        self.w, self.h = size
        self.dpi = dpi
        self.k = dpi / 25.4
        self.img = Image.new("RGB", (round(self.w * self.k), round(self.h * self.k)), paper)
        self.d = ImageDraw.Draw(self.img)
        self.ink = ink  # added to every colour: thermal prints are never black
        self._fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}

    def _font(self, font: str, size: float) -> ImageFont.FreeTypeFont:
        px = max(6, round(size * self.dpi / 72))
        key = (font, px)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(str(FONTS[font][1]), px)
        return self._fonts[key]

    def _c(self, color: tuple[int, int, int]) -> tuple[int, int, int]:
        r, g, b = (min(255, v + self.ink) for v in color)
        return (r, g, b)

    def text(self, x, y, s, font="sans", size=9, align="l", color=(0, 0, 0)):
        anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
        self.d.text(
            (x * self.k, y * self.k),
            s,
            font=self._font(font, size),
            fill=self._c(color),
            anchor=anchor,
        )

    def line(self, x1, y1, x2, y2, lw=0.25, color=(0, 0, 0)):
        self.d.line(
            [(x1 * self.k, y1 * self.k), (x2 * self.k, y2 * self.k)],
            fill=self._c(color),
            width=max(1, round(lw * self.k)),
        )

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.25):
        box = [x * self.k, y * self.k, (x + w) * self.k, (y + h) * self.k]
        self.d.rectangle(
            box,
            fill=None if fill is None else self._c(fill),
            outline=None if stroke is None else self._c(stroke),
            width=max(1, round(lw * self.k)) if stroke is not None else 0,
        )

    def qr(self, x: float, y: float, size: float, data: str) -> None:
        from reportlab.graphics.barcode import qrencoder

        code = qrencoder.QRCode(0, qrencoder.QRErrorCorrectLevel.M)
        code.addData(data)
        code.make()
        n = code.getModuleCount()
        cell = size / (n + 2)
        for row in range(n):
            for col in range(n):
                if code.isDark(row, col):
                    self.rect(
                        x + (col + 1) * cell,
                        y + (row + 1) * cell,
                        cell,
                        cell,
                        fill=(0, 0, 0),
                        stroke=None,
                    )

    def new_page(self) -> None:
        raise RuntimeError("images hold one page")


# ----------------------------------------------------------------------------- degradation


def _jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert(img.mode)


def _lighting(shape: tuple[int, int], rng: np.random.Generator, strength: float) -> np.ndarray:
    """A smooth light field in [1 - strength, 1]: a ramp in a random direction plus a vignette."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    theta = rng.uniform(0, 2 * math.pi)
    ramp = (xx / w - 0.5) * math.cos(theta) + (yy / h - 0.5) * math.sin(theta)
    ramp = (ramp - ramp.min()) / max(1e-6, float(ramp.max() - ramp.min()))
    vig = ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * 2
    return np.clip(1 - strength * (0.75 * ramp + 0.25 * vig), 0, 1)


def scan(
    img: Image.Image,
    rng: np.random.Generator,
    *,
    angle: float,
    blur: float,
    noise: float,
    quality: int,
    gray: bool = False,
    contrast: float = 0.9,
    light: float = 0.12,
    bed: int = 238,
    pad: int = 0,
) -> Image.Image:
    """A flatbed or sheet-feed scan: faded contrast, skew, uneven light, blur, noise, JPEG.
    ``pad`` pixels of scanner bed around the paper (a slip on a flatbed)."""
    if gray:
        img = img.convert("L")
    if pad:
        bedded = Image.new(
            img.mode,
            (img.width + 2 * pad, img.height + 2 * pad),
            bed if gray else (bed, bed, bed - 3),
        )
        bedded.paste(img, (pad, pad))
        img = bedded
    arr = np.asarray(img).astype(np.float32)
    arr = 255 - (255 - arr) * contrast
    arr = arr * 0.97 + 2
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    fill: Any = bed if gray else (bed, bed, bed - 3)
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    arr = np.asarray(img).astype(np.float32)
    field = _lighting(arr.shape[:2], rng, light)
    arr = arr * (field if gray else field[..., None])
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(img).astype(np.float32)
    arr = arr + rng.normal(0, noise, arr.shape).astype(np.float32)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return _jpeg(img, quality)


def _persp_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """PIL PERSPECTIVE coefficients that map output points ``dst`` to input points ``src``."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    sol = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    return [float(v) for v in sol]


def photo(
    img: Image.Image,
    rng: np.random.Generator,
    *,
    table: tuple[int, int, int],
    margin: float = 0.18,
    tilt: float = 4.0,
    persp: float = 0.03,
    light: float = 0.3,
    shadow: float = 0.25,
    blur: float = 0.9,
    noise: float = 5.0,
    quality: int = 80,
    scale: float = 1.0,
) -> Image.Image:
    """A phone photo of the paper lying on a table: tilt, perspective, light fall-off, a soft
    shadow across one side, blur, sensor noise and JPEG."""
    if scale != 1.0:
        img = img.resize(
            (round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS
        )
    pw, ph = img.size
    mx, my = round(pw * margin) + 40, round(ph * margin * 0.5) + 40
    ow, oh = pw + 2 * mx, ph + 2 * my
    cx, cy = ow / 2, oh / 2
    a = math.radians(tilt)
    src = [(0.0, 0.0), (pw, 0.0), (pw, ph), (0.0, ph)]
    dst = []
    for u, v in src:
        x, y = u - pw / 2, v - ph / 2
        x, y = x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)
        x += rng.uniform(-persp, persp) * pw
        y += rng.uniform(-persp, persp) * ph
        dst.append((cx + x, cy + y))
    coeffs = _persp_coeffs(dst, src)
    paper = img.convert("RGB").transform(
        (ow, oh), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=(0, 0, 0)
    )
    mask = Image.new("L", (pw, ph), 255).transform(
        (ow, oh), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR, fillcolor=0
    )
    small = rng.normal(0, 1, (oh // 40 + 2, ow // 40 + 2, 1)).astype(np.float32)
    tex = (
        np.asarray(
            Image.fromarray(((small[..., 0] + 3) * 40).clip(0, 255).astype(np.uint8)).resize(
                (ow, oh), Image.Resampling.BICUBIC
            )
        ).astype(np.float32)
        / 120
        - 1
    )
    bg = np.array(table, dtype=np.float32)[None, None, :] * (1 + 0.08 * tex[..., None])
    bg = bg + rng.normal(0, 4, bg.shape)
    sh = (
        np.asarray(
            mask.filter(ImageFilter.GaussianBlur(25)).transform(
                (ow, oh), Image.Transform.AFFINE, (1, 0, -18, 0, 1, -22)
            )
        ).astype(np.float32)
        / 255
    )
    bg = bg * (1 - 0.45 * sh[..., None])
    m = np.asarray(mask).astype(np.float32)[..., None] / 255
    arr = np.asarray(paper).astype(np.float32) * m + bg * (1 - m)
    arr = arr * _lighting((oh, ow), rng, light)[..., None]
    # a soft shadow (the phone, a hand) over one side
    yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
    edge = rng.uniform(0.25, 0.75)
    side = (xx / ow) if rng.uniform() < 0.5 else (yy / oh)
    band = 1 / (1 + np.exp(-(side - edge) * 18))
    arr = arr * (1 - shadow * band)[..., None]
    arr = arr * np.array([1.0, 0.985, 0.94], dtype=np.float32)  # warm indoor light
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(out).astype(np.float32) + rng.normal(0, noise, (oh, ow, 3))
    return _jpeg(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)), quality)


def thermal(img: Image.Image, rng: np.random.Generator, fade: float = 0.25) -> Image.Image:
    """Thermal print: grey ink, a faded band where the print head runs cool, specks."""
    arr = np.asarray(img.convert("L")).astype(np.float32)
    h, w = arr.shape
    x = np.arange(w, dtype=np.float32)
    c = rng.uniform(0.2, 0.8) * w
    band = fade * np.exp(-(((x - c) / (0.25 * w)) ** 2))
    ink = 255 - arr
    ink = ink * (1 - band)[None, :] * rng.uniform(0.85, 1.0, (h, 1)).astype(np.float32)
    arr = 255 - ink
    specks = rng.uniform(0, 1, arr.shape) < 0.0006
    arr[specks] = 150
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).convert("RGB")


# ----------------------------------------------------------------------------- building blocks


def table(
    s: Surface,
    x: float,
    y: float,
    cols: Sequence[tuple[str, float, str]],
    rows: list[list[str]],
    *,
    font: str = "sans",
    size: float = 8.5,
    hfont: str | None = None,
    hsize: float | None = None,
    row_h: float | None = None,
    head_fill: tuple[int, int, int] | None = None,
    head_color: tuple[int, int, int] = (0, 0, 0),
    grid: bool = False,
    rules: bool = True,
    pad: float = 1.3,
    rule_color: tuple[int, int, int] = (0, 0, 0),
    zebra: tuple[int, int, int] | None = None,
) -> float:
    """Draw a table of ``cols`` (title, width mm, align l/r/c) and return the y below it.
    A title may hold ``\\n`` for a two-line heading; a cell may hold ``\\n`` for more lines."""
    hfont = hfont or font
    hsize = hsize or size
    row_h = row_h or size * 0.5
    total_w = sum(c[1] for c in cols)
    head_lines = max(len(c[0].split("\n")) for c in cols)
    head_h = head_lines * hsize * 0.42 + 2 * pad
    if head_fill:
        s.rect(x, y, total_w, head_h, fill=head_fill, stroke=None)
    _cells(
        s, x, y + pad, cols, [c[0] for c in cols], hfont, hsize, hsize * 0.42, pad, head_color, 0.85
    )
    top = y
    y += head_h
    if rules:
        s.line(x, y, x + total_w, y, 0.3, rule_color)
    for n, row in enumerate(rows):
        h = max(len(str(cell).split("\n")) for cell in row) * row_h + pad
        if zebra and n % 2:
            s.rect(x, y, total_w, h, fill=zebra, stroke=None)
        _cells(s, x, y + pad * 0.5, cols, row, font, size, row_h, pad, (0, 0, 0), 0.82)
        y += h
        if grid:
            s.line(x, y, x + total_w, y, 0.15, rule_color)
    if rules and not grid:
        s.line(x, y, x + total_w, y, 0.3, rule_color)
    if grid:
        s.rect(x, top, total_w, y - top, stroke=rule_color, lw=0.2)
        cx = x
        for _, w, _ in cols[:-1]:
            cx += w
            s.line(cx, top, cx, y, 0.15, rule_color)
    return y + 1


def _cells(
    s: Surface,
    x: float,
    y: float,
    cols: Sequence[tuple[str, float, str]],
    texts: list[str],
    font: str,
    size: float,
    lead: float,
    pad: float,
    color: tuple[int, int, int],
    base: float,
) -> None:
    """One table row: each cell's lines aligned inside its column."""
    cx = x
    for cell, (_, w, al) in zip(texts, cols, strict=True):
        tx = cx + pad if al == "l" else (cx + w - pad if al == "r" else cx + w / 2)
        for i, part in enumerate(str(cell).split("\n")):
            s.text(tx, y + (i + base) * lead, part, font, size, al, color)
        cx += w


def kv(
    s: Surface,
    x: float,
    y: float,
    pairs: list[tuple[str, str]],
    *,
    font: str = "sans",
    bfont: str | None = None,
    size: float = 8.5,
    gap: float = 30,
    lead: float | None = None,
    value_align: str = "l",
    label_align: str = "l",
) -> float:
    """Label/value lines; ``gap`` is the distance from the label's x to the value's x (or to
    the value's right edge when ``value_align`` is ``r``)."""
    lead = lead or size * 0.47
    for label, value in pairs:
        s.text(x, y, label, font, size, label_align)
        s.text(x + gap, y, value, bfont or font, size, value_align)
        y += lead
    return y


def lines(
    s: Surface,
    x: float,
    y: float,
    texts: list[str],
    font: str = "sans",
    size: float = 8.5,
    lead: float | None = None,
    align: str = "l",
    color: tuple[int, int, int] = (0, 0, 0),
) -> float:
    lead = lead or size * 0.45
    for t in texts:
        s.text(x, y, t, font, size, align, color)
        y += lead
    return y


class Slip:
    """A till slip as a printer sends it: fixed columns of a monospace font."""

    def __init__(
        self,
        cols: int = 42,
        width: float = 80.0,
        font: str = "mono",
        margin: float = 4.0,
        lead: float = 1.22,
        top: float = 6.0,
    ) -> None:
        self.cols, self.width, self.font, self.margin, self.top = cols, width, font, margin, top
        adv = 0.6 if font.startswith("courier") else 0.602
        self.size = (width - 2 * margin) * MM / (cols * adv)
        self.lead = self.size / MM * lead
        self.rows: list[tuple[str, str, str, float]] = []  # text, align, font, scale

    def add(
        self,
        text: str = "",
        align: str = "l",
        bold: bool = False,
        scale: float = 1.0,
        font: str | None = None,
    ) -> None:
        f = font or (self.font + "-b" if bold else self.font)
        self.rows.append((text, align, f, scale))

    def center(
        self, text: str, bold: bool = False, scale: float = 1.0, font: str | None = None
    ) -> None:
        self.add(text, "c", bold, scale, font)

    def lr(self, left: str, right: str, bold: bool = False, scale: float = 1.0) -> None:
        n = int(self.cols / scale)
        pad = max(1, n - len(left) - len(right))
        self.add(left + " " * pad + right, "l", bold, scale)

    def cols3(self, a: str, b: str, c: str, wb: int = 10) -> None:
        n = self.cols
        wa = n - wb - len(c) - 1
        self.add(f"{a[:wa]:<{wa}}{b:>{wb}} {c}"[:n] if len(c) < 12 else f"{a} {b} {c}")

    def rule(self, ch: str = "-") -> None:
        self.add(ch * self.cols)

    def blank(self, n: int = 1) -> None:
        for _ in range(n):
            self.add("")

    def height(self) -> float:
        return self.top + sum(self.lead * max(1.0, sc) for _, _, _, sc in self.rows) + 10

    def draw(self, s: Surface) -> None:
        y = self.top
        for text, align, font, sc in self.rows:
            y += self.lead * max(1.0, sc)
            x = {"l": self.margin, "c": self.width / 2, "r": self.width - self.margin}[align]
            s.text(x, y, text, font, self.size * sc, align)


# ----------------------------------------------------------------------------- documents


@dataclass
class Doc:
    name: str
    truth: dict[str, Any]
    draw: Callable[[Surface], None]
    size: tuple[float, float] = A4
    out: str = "pdf"  # pdf | png | jpg
    kind: str = "pdf"  # pdf | scan | photo (the report's kind column)
    dpi: int = 200
    post: Callable[[Image.Image, np.random.Generator], Image.Image] | None = None
    paper: tuple[int, int, int] = (255, 255, 255)
    extra: dict[str, Any] = field(default_factory=dict)


def rng_for(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(name.encode()))


# ============================================================================= invoices


def i01_us_quickbooks() -> Doc:
    name = "b01_us_landscaping"
    rows = [
        ("10/28/2026", "Labor", "Fall cleanup, 3-person crew (hrs)", "", 6, D("65.00")),
        ("10/28/2026", "Materials", "Hardwood mulch (cu yd)", "T", 8, D("42.50")),
        ("10/29/2026", "Materials", "Boxwood shrub, 3 gal", "T", 12, D("28.75")),
        ("10/29/2026", "Labor", "Shrub installation (hrs)", "", 4, D("65.00")),
        ("10/29/2026", "Services", "Debris haul-away", "", 1, D("125.00")),
    ]
    amounts = [q * p for *_, q, p in rows]
    sub = sum(amounts, D(0))
    taxable = sum((a for a, r in zip(amounts, rows, strict=True) if r[3]), D(0))
    tax = r2(taxable * D("0.0725"))
    total = sub + tax
    deposit = D("500.00")
    due = total - deposit

    def draw(s: Surface) -> None:
        s.text(18, 22, "Pinecrest Landscaping LLC", "helv-b", 15, color=(30, 90, 50))
        lines(
            s,
            18,
            28,
            [
                "4417 Elm Ridge Rd",
                "Raleigh, NC 27610",
                "(919) 555-0148",
                "billing@pinecrestlandscaping.com",
            ],
            "helv",
            8.5,
        )
        s.text(198, 24, "INVOICE", "helv", 22, "r", (30, 90, 50))
        s.text(18, 56, "BILL TO", "helv-b", 8, color=(90, 90, 90))
        lines(
            s,
            18,
            61,
            ["Margaret Holloway", "1209 Wakefield Pines Dr", "Raleigh, NC 27614"],
            "helv",
            9,
        )
        s.text(80, 56, "SHIP TO", "helv-b", 8, color=(90, 90, 90))
        lines(
            s,
            80,
            61,
            ["Margaret Holloway", "1209 Wakefield Pines Dr", "Raleigh, NC 27614"],
            "helv",
            9,
        )
        y = 56.0
        for lab, val in [
            ("INVOICE #", "1047"),
            ("DATE", "11/03/2026"),
            ("DUE DATE", "12/03/2026"),
            ("TERMS", "Net 30"),
        ]:
            s.text(150, y, lab, "helv-b", 8, "r", (90, 90, 90))
            s.text(154, y, val, "helv", 9)
            y += 5
        s.line(18, 80, 198, 80, 0.6, (30, 90, 50))
        cols = [
            ("DATE", 22, "l"),
            ("ACTIVITY", 22, "l"),
            ("DESCRIPTION", 62, "l"),
            ("TAX", 10, "c"),
            ("QTY", 14, "r"),
            ("RATE", 22, "r"),
            ("AMOUNT", 28, "r"),
        ]
        body = [
            [d, act, desc, t, str(q), money(p), money(a)]
            for (d, act, desc, t, q, p), a in zip(rows, amounts, strict=True)
        ]
        y = table(
            s,
            18,
            84,
            cols,
            body,
            font="helv",
            size=8.5,
            hfont="helv-b",
            hsize=7.5,
            head_fill=(226, 240, 230),
            head_color=(30, 90, 50),
            row_h=5.5,
            rule_color=(160, 190, 170),
        )
        y += 6
        s.line(120, y - 3, 198, y - 3, 0.2, (160, 160, 160))
        for lab, val, f in [
            ("SUBTOTAL", money(sub), "helv"),
            ("TAX (7.25%)", money(tax), "helv"),
            ("TOTAL", money(total), "helv"),
            ("PAYMENT (Deposit 10/15/2026)", "-" + money(deposit), "helv"),
        ]:
            s.text(160, y, lab, "helv", 8.5, "r", (90, 90, 90))
            s.text(196, y, val, f, 9, "r")
            y += 5.5
        s.text(160, y + 3, "BALANCE DUE", "helv", 9, "r", (90, 90, 90))
        s.text(196, y + 3, "$" + money(due), "helv-b", 14, "r")
        s.text(18, y + 3, "Taxable subtotal: " + money(taxable), "helv", 8, color=(90, 90, 90))
        s.para(
            18,
            250,
            "Thank you for your business! Pay online through the link in your "
            "email, or mail a check to the address above. A 1.5% monthly finance charge "
            "applies to balances over 30 days.",
            "helv",
            8,
            120,
        )

    items = [item(r[2], a, r[4], r[5]) for r, a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="1047",
            date="2026-11-03",
            due="2026-12-03",
            vendor="Pinecrest Landscaping LLC",
            net=sub,
            vat=tax,
            total=due,
            currency="USD",
            items=items,
            locale="en-US",
            layout="invoice",
            note="total is the balance due after the $500.00 deposit",
        ),
        draw,
        LETTER,
    )


def i02_de_erp() -> Doc:
    name = "b02_de_erp_rechnung"
    rows = [
        ("10", "4711-220", "Getriebemotor KM 0,75 kW, B14", D(2), "St", D("486.00"), D(10)),
        ("20", "3312-008", "Kupplung elastisch D28", D(4), "St", D("38.90"), D(0)),
        ("30", "9001-115", "Montagesatz M8 verzinkt", D(10), "Satz", D("6.45"), D(0)),
        ("40", "SV-MONT", "Inbetriebnahme vor Ort", D("3.5"), "Std", D("92.00"), D(0)),
    ]
    amounts = [r2(q * p * (1 - rb / 100)) for _, _, _, q, _, p, rb in rows]
    goods = sum(amounts, D(0))
    freight = D("24.50")
    net = goods + freight
    vat = r2(net * D("0.19"))
    total = net + vat

    def draw(s: Surface) -> None:
        s.text(196, 20, "KESSLER", "helv-b", 20, "r", (0, 60, 120))
        s.text(196, 25, "ANTRIEBSTECHNIK", "helv", 8, "r", (0, 60, 120))
        s.text(
            20, 48, "Kessler Antriebstechnik GmbH · Industriestr. 14 · 73037 Göppingen", "helv", 6.5
        )
        s.line(20, 49.5, 105, 49.5, 0.15)
        lines(
            s,
            20,
            56,
            [
                "Firma",
                "Brenner Fördertechnik KG",
                "z. Hd. Herrn Olaf Brenner",
                "Am Kanal 3",
                "70327 Stuttgart",
            ],
            "helv",
            10,
            4.6,
        )
        s.text(20, 98, "RECHNUNG", "helv-b", 13)
        cols = [
            ("Rechnungs-Nr.", 34, "l"),
            ("Datum", 26, "l"),
            ("Kunden-Nr.", 26, "l"),
            ("Ihre Bestellung", 42, "l"),
            ("Lieferschein", 28, "l"),
            ("Seite", 20, "l"),
        ]
        y = table(
            s,
            20,
            102,
            cols,
            [["90048213", "06.11.2026", "10233", "BF-4471 vom 21.10.2026", "80071542", "1 von 1"]],
            font="helv",
            size=9,
            hsize=7,
            grid=True,
            row_h=5,
        )
        y += 6
        cols = [
            ("Pos", 10, "l"),
            ("Artikel-Nr.", 22, "l"),
            ("Bezeichnung", 58, "l"),
            ("Menge", 16, "r"),
            ("ME", 10, "l"),
            ("Preis/ME", 20, "r"),
            ("Rab. %", 14, "r"),
            ("Betrag EUR", 26, "r"),
        ]
        body = [
            [
                p,
                a,
                d,
                money(q, "de", 1 if q % 1 else 0),
                me,
                money(pr, "de"),
                money(rb, "de", 0) if rb else "",
                money(am, "de"),
            ]
            for (p, a, d, q, me, pr, rb), am in zip(rows, amounts, strict=True)
        ]
        y = table(
            s,
            20,
            y,
            cols,
            body,
            font="helv",
            size=8.5,
            hfont="helv-b",
            hsize=7.5,
            row_h=5.5,
            head_fill=(230, 236, 244),
        )
        y += 4
        for lab, val, f in [
            ("Warenwert", money(goods, "de"), "helv"),
            ("Fracht und Verpackung", money(freight, "de"), "helv"),
            ("Nettobetrag", money(net, "de"), "helv"),
            ("zzgl. 19,00 % USt. auf " + money(net, "de"), money(vat, "de"), "helv"),
        ]:
            s.text(110, y, lab, "helv", 9)
            s.text(196, y, val, f, 9, "r")
            y += 5
        s.line(110, y - 3, 196, y - 3, 0.3)
        s.text(110, y + 1.5, "Rechnungsbetrag EUR", "helv-b", 10)
        s.text(196, y + 1.5, money(total, "de"), "helv-b", 10, "r")
        s.line(110, y + 3.5, 196, y + 3.5, 0.3)
        s.line(110, y + 4.2, 196, y + 4.2, 0.3)
        y += 16
        s.para(
            20,
            y,
            "Zahlungsbedingungen: zahlbar bis 06.12.2026 ohne Abzug; bei Zahlung bis "
            "16.11.2026 gewähren wir 2 % Skonto. Lieferung ab Werk, Leistungsdatum = "
            "Lieferdatum 05.11.2026.",
            "helv",
            8.5,
            170,
        )
        s.line(20, 272, 196, 272, 0.2, (120, 120, 120))
        foot = [
            ["Kessler Antriebstechnik GmbH", "Industriestr. 14", "73037 Göppingen"],
            [
                "Geschäftsführer: Jörg Kessler",
                "Amtsgericht Ulm HRB 530118",
                "USt-IdNr. DE 814 226 907",
            ],
            ["Kreissparkasse Göppingen", "IBAN DE12 6105 0000 0049 1183 22", "BIC GOPSDE6GXXX"],
            ["Tel. 07161 9984-0", "info@kessler-antriebe.de", "www.kessler-antriebe.de"],
        ]
        for i, col in enumerate(foot):
            lines(s, 20 + i * 45, 276, col, "helv", 6.5, 3)

    items = [item(r[2], a, r[3], r[5]) for r, a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="90048213",
            date="2026-11-06",
            due="2026-12-06",
            vendor="Kessler Antriebstechnik GmbH",
            net=net,
            vat=vat,
            total=total,
            currency="EUR",
            items=items,
            locale="de-DE",
            layout="invoice",
        ),
        draw,
    )


def i03_fr_freelance() -> Doc:
    name = "b03_fr_traductrice"
    rows = [
        ("Traduction EN>FR – manuel utilisateur", D(12400), "mots", D("0.11")),
        ("Relecture et contrôle qualité", D(8), "h", D("45.00")),
        ("Mise en page (PAO), forfait", D(1), "", D("180.00")),
    ]
    amounts = [r2(q * p) for _, q, _, p in rows]
    ht = sum(amounts, D(0))
    tva = r2(ht * D("0.20"))
    ttc = ht + tva

    def draw(s: Surface) -> None:
        lines(s, 25, 25, ["Camille Rousseau"], "times-b", 14)
        lines(
            s,
            25,
            31,
            [
                "Traductrice indépendante EN / DE > FR",
                "17, rue des Tanneurs",
                "67000 Strasbourg",
                "camille.rousseau@example.fr",
                "SIRET 852 341 907 00028",
                "TVA intracom. FR 41 852341907",
            ],
            "times",
            10.5,
            4.6,
        )
        lines(
            s,
            120,
            62,
            ["Éditions Marbach SARL", "Service comptabilité", "4, quai Kléber", "67000 Strasbourg"],
            "times",
            11,
            5,
        )
        s.text(105, 98, "FACTURE", "times-b", 16, "c")
        lines(
            s,
            25,
            110,
            [
                "Facture n° 2026-041",
                "Date : 4 novembre 2026",
                "Date d'échéance : 04/12/2026",
                "Objet : traduction du manuel « Marbach Reader 3 »",
            ],
            "times",
            11,
            5.2,
        )
        cols = [
            ("Désignation", 80, "l"),
            ("Quantité", 25, "r"),
            ("P.U. HT", 25, "r"),
            ("Montant HT", 30, "r"),
        ]
        body = [
            [
                d + (f" ({u})" if u else ""),
                money(q, "fr", 0),
                money(p, "fr") + " €",
                money(a, "fr") + " €",
            ]
            for (d, q, u, p), a in zip(rows, amounts, strict=True)
        ]
        y = table(
            s, 25, 134, cols, body, font="times", size=10.5, hfont="times-b", grid=True, row_h=6
        )
        y += 6
        for lab, val, f in [
            ("Total HT", money(ht, "fr") + " €", "times"),
            ("TVA 20 %", money(tva, "fr") + " €", "times"),
            ("Total TTC", money(ttc, "fr") + " €", "times-b"),
        ]:
            s.text(150, y, lab, f, 11, "r")
            s.text(185, y, val, f, 11, "r")
            y += 6
        y += 8
        y = s.para(
            25,
            y,
            "Conditions de paiement : virement à 30 jours date de facture. "
            "IBAN FR76 1027 8010 0000 0204 6870 145 – BIC CMCIFR2A.",
            "times",
            10.5,
            160,
        )
        s.para(
            25,
            y + 3,
            "En cas de retard de paiement, une pénalité égale à trois fois le "
            "taux d'intérêt légal sera exigible, ainsi qu'une indemnité forfaitaire de 40 € "
            "pour frais de recouvrement (art. L441-10 du Code de commerce).",
            "times-i",
            9,
            160,
        )

    items = [item(d, a, q, p) for (d, q, _, p), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="2026-041",
            date="2026-11-04",
            due="2026-12-04",
            vendor="Camille Rousseau",
            net=ht,
            vat=tva,
            total=ttc,
            currency="EUR",
            items=items,
            locale="fr-FR",
            layout="invoice",
        ),
        draw,
    )


def i04_nl_marketplace() -> Doc:
    name = "b04_nl_marktplaats_scan"
    rows = [
        ("Eikenhouten snijplank 40x25 cm", 2, D("34.95"), 21),
        ("Kookboek 'Koken met seizoensgroenten'", 1, D("24.99"), 9),
        ("Olijfolie voor hout 250 ml", 1, D("8.95"), 21),
    ]
    ship = D("4.95")
    gross = {21: D(0), 9: D(0)}
    for _, q, p, r in rows:
        gross[r] += q * p
    gross[21] += ship
    nets = {r: r2(g / (1 + D(r) / 100)) for r, g in gross.items()}
    vats = {r: gross[r] - nets[r] for r in gross}
    net, vat, total = sum(nets.values(), D(0)), sum(vats.values(), D(0)), sum(gross.values(), D(0))

    def draw(s: Surface) -> None:
        s.rect(0, 0, 210, 18, fill=(0, 110, 190), stroke=None)
        s.text(15, 12, "winkelplein", "sans-b", 18, color=(255, 255, 255))
        s.text(195, 12, "Factuur", "sans", 14, "r", (255, 255, 255))
        s.text(15, 28, "Verkoper", "sans-b", 9)
        lines(
            s,
            15,
            33,
            [
                "De Houten Hoek B.V.",
                "Ambachtsweg 8",
                "3542 DB Utrecht",
                "KvK 71234567",
                "Btw-nummer NL858812345B01",
            ],
            "sans",
            9,
            4.3,
        )
        s.text(110, 28, "Factuuradres", "sans-b", 9)
        lines(s, 110, 33, ["S. de Vries", "Lindenlaan 22", "2012 JK Haarlem"], "sans", 9, 4.3)
        kv(
            s,
            15,
            62,
            [
                ("Factuurnummer", "WP-2026-4471903"),
                ("Factuurdatum", "12-11-2026"),
                ("Bestelnummer", "1187345521"),
                ("Besteldatum", "10-11-2026"),
            ],
            size=9,
            gap=35,
            bfont="sans-b",
        )
        s.para(
            110,
            62,
            "Deze factuur is namens de verkoper opgesteld door Winkelplein.nl. "
            "Vragen over je bestelling? Neem contact op met de verkoper via je account.",
            "sans",
            8,
            85,
            color=(90, 90, 90),
        )
        cols = [
            ("Artikel", 95, "l"),
            ("Aantal", 18, "r"),
            ("Prijs", 22, "r"),
            ("Btw", 15, "r"),
            ("Totaal", 30, "r"),
        ]
        body = [
            [d, str(q), "€ " + money(p, "de"), f"{r}%", "€ " + money(q * p, "de")]
            for d, q, p, r in rows
        ]
        y = table(
            s,
            15,
            86,
            cols,
            body,
            font="sans",
            size=9,
            hfont="sans-b",
            row_h=6,
            rule_color=(0, 110, 190),
        )
        y += 6
        tl = [
            ("Verzendkosten (21% btw)", "€ " + money(ship, "de")),
            ("Totaal excl. btw", "€ " + money(net, "de")),
            ("Btw 21% over € " + money(nets[21], "de"), "€ " + money(vats[21], "de")),
            ("Btw 9% over € " + money(nets[9], "de"), "€ " + money(vats[9], "de")),
        ]
        for lab, val in tl:
            s.text(120, y, lab, "sans", 9)
            s.text(195, y, val, "sans", 9, "r")
            y += 5
        s.text(120, y + 2, "Totaal incl. btw", "sans-b", 10.5)
        s.text(195, y + 2, "€ " + money(total, "de"), "sans-b", 10.5, "r")
        s.text(
            15,
            y + 16,
            "Betaald met iDEAL op 10-11-2026. Je hoeft niets meer te betalen.",
            "sans",
            8.5,
            color=(60, 60, 60),
        )

    items = [item(d, q * p, q, p) for d, q, p, _ in rows]
    t = truth(
        number="WP-2026-4471903",
        date="2026-11-12",
        due=None,
        vendor="De Houten Hoek B.V.",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        items=items,
        locale="nl-NL",
        layout="invoice",
        note="marketplace invoice issued for the seller; items printed gross",
    )
    return Doc(
        name,
        t,
        draw,
        out="png",
        kind="scan",
        dpi=200,
        post=lambda im, g: scan(
            im, g, angle=-0.8, blur=0.6, noise=3, quality=55, gray=True, contrast=0.85, light=0.12
        ),
    )


def i05_it_fattura() -> Doc:
    name = "b05_it_fattura_tipografia"
    rows = [
        ("Stampa brochure A4 4 colori, 16 pagine", D(500), D("1.84"), 22),
        ("Biglietti da visita, carta 350 g (conf. 500)", D(2), D("45.00"), 22),
        ("Stampa libro 'Storia di Bologna', brossura", D(120), D("7.50"), 4),
        ("Spese di trasporto", D(1), D("35.00"), 22),
    ]
    amounts = [r2(q * p) for _, q, p, _ in rows]
    base = {22: D(0), 4: D(0)}
    for (_, _, _, r), a in zip(rows, amounts, strict=True):
        base[r] += a
    iva = {r: r2(b * r / 100) for r, b in base.items()}
    net, vat = sum(base.values(), D(0)), sum(iva.values(), D(0))
    total = net + vat

    def draw(s: Surface) -> None:
        s.rect(12, 14, 90, 40, stroke=(100, 100, 100))
        s.text(14, 19, "Cedente/prestatore (fornitore)", "cond-b", 8, color=(80, 80, 80))
        lines(
            s,
            14,
            25,
            [
                "Identificativo fiscale ai fini IVA: IT02345678901",
                "Codice fiscale: 02345678901",
                "Denominazione: Tipografia Bellini S.r.l.",
                "Regime fiscale: RF01 (ordinario)",
                "Indirizzo: Via dei Mille 42",
                "Comune: Bologna (BO) Cap: 40121",
            ],
            "cond",
            8,
            4.3,
        )
        s.rect(108, 14, 90, 40, stroke=(100, 100, 100))
        s.text(110, 19, "Cessionario/committente (cliente)", "cond-b", 8, color=(80, 80, 80))
        lines(
            s,
            110,
            25,
            [
                "Identificativo fiscale ai fini IVA: IT09876543210",
                "Denominazione: Libreria Porta Saragozza s.n.c.",
                "Indirizzo: Via Saragozza 11",
                "Comune: Bologna (BO) Cap: 40123",
            ],
            "cond",
            8,
            4.3,
        )
        cols = [
            ("Tipologia documento", 44, "l"),
            ("Art. 73", 14, "l"),
            ("Numero documento", 36, "l"),
            ("Data documento", 32, "l"),
            ("Divisa", 20, "l"),
            ("Codice destinatario", 40, "l"),
        ]
        y = table(
            s,
            12,
            62,
            cols,
            [["TD01 fattura", "", "118/2026", "05-11-2026", "EUR", "M5UXCR1"]],
            font="cond",
            size=8.5,
            hsize=7.5,
            head_fill=(235, 235, 235),
            grid=True,
            row_h=5,
        )
        y += 5
        cols = [
            ("Cod. articolo", 22, "l"),
            ("Descrizione", 72, "l"),
            ("Quantità", 20, "r"),
            ("Prezzo unitario", 24, "r"),
            ("UM", 10, "l"),
            ("%IVA", 12, "r"),
            ("Prezzo totale", 26, "r"),
        ]
        body = [
            [
                f"ART{i + 1:03d}",
                d,
                money(q, "de", 2),
                money(p, "de", 6 if i < 2 else 2),
                "pz" if i != 3 else "",
                money(D(r), "de"),
                money(a, "de"),
            ]
            for i, ((d, q, p, r), a) in enumerate(zip(rows, amounts, strict=True))
        ]
        y = table(
            s,
            12,
            y,
            cols,
            body,
            font="cond",
            size=8,
            hsize=7.5,
            head_fill=(235, 235, 235),
            grid=True,
            row_h=4.6,
        )
        y += 6
        s.text(12, y, "RIEPILOGHI IVA E TOTALI", "cond-b", 8.5)
        cols = [
            ("esigibilità iva / riferimenti normativi", 62, "l"),
            ("%IVA", 16, "r"),
            ("Spese accessorie", 26, "r"),
            ("Arr.", 12, "r"),
            ("Totale imponibile", 32, "r"),
            ("Totale imposta", 38, "r"),
        ]
        body = [
            [
                "I (esigibilità immediata)",
                money(D(r), "de"),
                "",
                "",
                money(base[r], "de"),
                money(iva[r], "de"),
            ]
            for r in (22, 4)
        ]
        y = table(
            s,
            12,
            y + 2,
            cols,
            body,
            font="cond",
            size=8,
            hsize=7.5,
            grid=True,
            head_fill=(235, 235, 235),
            row_h=4.6,
        )
        cols = [
            ("Importo bollo", 30, "l"),
            ("Sconto/Maggiorazione", 50, "l"),
            ("Arr.", 20, "l"),
            ("Totale documento", 86, "r"),
        ]
        y = table(
            s,
            12,
            y + 3,
            cols,
            [["", "", "", money(total, "de")]],
            font="cond-b",
            size=9,
            hfont="cond",
            hsize=7.5,
            grid=True,
            head_fill=(235, 235, 235),
            row_h=5,
        )
        cols = [
            ("Modalità pagamento", 40, "l"),
            ("IBAN", 64, "l"),
            ("Data scadenza", 40, "l"),
            ("Importo", 42, "r"),
        ]
        table(
            s,
            12,
            y + 4,
            cols,
            [
                [
                    "MP05 bonifico",
                    "IT60 X054 2811 1010 0000 0123 456",
                    "05-12-2026",
                    money(total, "de"),
                ]
            ],
            font="cond",
            size=8.5,
            hsize=7.5,
            grid=True,
            head_fill=(235, 235, 235),
            row_h=5,
        )
        s.text(
            105,
            285,
            "Versione prodotta con foglio di stile SdI www.fatturapa.gov.it",
            "cond",
            6.5,
            "c",
            (120, 120, 120),
        )

    items = [item(d, a, q, p) for (d, q, p, _), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="118/2026",
            date="2026-11-05",
            due="2026-12-05",
            vendor="Tipografia Bellini S.r.l.",
            net=net,
            vat=vat,
            total=total,
            currency="EUR",
            items=items,
            locale="it-IT",
            layout="invoice",
        ),
        draw,
    )


def i06_es_irpf() -> Doc:
    name = "b06_es_factura_irpf_scan"
    rows = [
        ("Diseño de identidad corporativa", D(1), D("1200.00")),
        ("Adaptación de logotipo a redes sociales", D(4), D("75.00")),
        ("Maquetación de catálogo (páginas)", D(12), D("25.00")),
    ]
    amounts = [q * p for _, q, p in rows]
    base = sum(amounts, D(0))
    iva = r2(base * D("0.21"))
    irpf = r2(base * D("0.15"))
    total = base + iva - irpf

    def draw(s: Surface) -> None:
        s.text(20, 24, "FACTURA", "serif-b", 20)
        lines(
            s,
            20,
            34,
            [
                "Javier Morales Ortega",
                "Diseño gráfico y comunicación",
                "C/ Sagasta 27, 3º B",
                "28004 Madrid",
                "NIF: 50812347-K",
            ],
            "serif",
            10,
            4.8,
        )
        kv(
            s,
            125,
            24,
            [
                ("Factura Nº:", "2026/087"),
                ("Fecha:", "16/11/2026"),
                ("Forma de pago:", "Transferencia"),
            ],
            font="serif",
            size=10,
            gap=30,
            bfont="serif-b",
        )
        s.text(125, 44, "Cliente:", "serif-b", 10)
        lines(
            s,
            125,
            49,
            [
                "Bodegas Altamira, S.L.",
                "CIF: B-85123456",
                "Avda. de la Rioja 112",
                "26200 Haro (La Rioja)",
            ],
            "serif",
            10,
            4.8,
        )
        cols = [
            ("Concepto", 100, "l"),
            ("Cant.", 18, "r"),
            ("Precio", 26, "r"),
            ("Importe", 26, "r"),
        ]
        body = [
            [d, money(q, "de", 0), money(p, "de") + " €", money(a, "de") + " €"]
            for (d, q, p), a in zip(rows, amounts, strict=True)
        ]
        y = table(
            s,
            20,
            82,
            cols,
            body,
            font="serif",
            size=10,
            hfont="serif-b",
            row_h=6.5,
            head_fill=(225, 225, 225),
        )
        y += 8
        for lab, val, f in [
            ("Base imponible", money(base, "de") + " €", "serif"),
            ("IVA (21%)", money(iva, "de") + " €", "serif"),
            ("Retención IRPF (15%)", "-" + money(irpf, "de") + " €", "serif"),
            ("TOTAL FACTURA", money(total, "de") + " €", "serif-b"),
        ]:
            s.text(120, y, lab, f, 10.5)
            s.text(190, y, val, f, 10.5, "r")
            y += 6.5
        lines(
            s,
            20,
            y + 14,
            [
                "Datos bancarios: ES91 2100 0418 4502 0005 1332 (CaixaBank)",
                "Pago a 30 días desde la fecha de factura.",
            ],
            "serif",
            9.5,
            5,
        )

    items = [item(d, a, q, p) for (d, q, p), a in zip(rows, amounts, strict=True)]
    t = truth(
        number="2026/087",
        date="2026-11-16",
        due=None,
        vendor="Javier Morales Ortega",
        net=base,
        vat=iva,
        total=total,
        currency="EUR",
        items=items,
        locale="es-ES",
        layout="invoice",
        note="total after the 15 % IRPF withholding",
    )
    return Doc(
        name,
        t,
        draw,
        out="jpg",
        kind="scan",
        dpi=200,
        post=lambda im, g: scan(
            im, g, angle=1.4, blur=0.8, noise=6, quality=45, contrast=0.8, light=0.2
        ),
    )


def i07_pt_fatura() -> Doc:
    name = "b07_pt_fatura"
    rows = [
        ("Manutenção mensal de equipamento informático", D(1), D("250.00"), 23),
        ("Licença antivírus (12 meses)", D(5), D("32.00"), 23),
        ("Livro técnico 'Redes para PME'", D(2), D("19.90"), 6),
    ]
    amounts = [q * p for _, q, p, _ in rows]
    base = {23: D(0), 6: D(0)}
    for (_, _, _, r), a in zip(rows, amounts, strict=True):
        base[r] += a
    iva = {r: r2(b * r / 100) for r, b in base.items()}
    net, vat = sum(base.values(), D(0)), sum(iva.values(), D(0))
    total = net + vat

    def draw(s: Surface) -> None:
        s.text(15, 22, "Oficina Digital Ribeiro, Lda.", "vera-b", 13)
        lines(
            s,
            15,
            28,
            [
                "Rua de Cedofeita 318",
                "4050-180 Porto",
                "NIF 509 876 543",
                "Capital social 5.000,00 €",
            ],
            "vera",
            8,
            3.8,
        )
        s.text(195, 22, "Fatura FT A/345", "vera-b", 13, "r")
        s.text(195, 28, "Original", "vera", 8, "r")
        s.text(195, 32, "ATCUD: JJ3X7K2M-345", "vera", 8, "r")
        lines(
            s,
            120,
            46,
            [
                "Exmo.(s) Sr.(s)",
                "Clínica Dentária Sorriso Azul",
                "Av. da Boavista 1021",
                "4100-128 Porto",
            ],
            "vera",
            9,
            4.4,
        )
        s.text(15, 72, "Contribuinte 516 234 870", "vera", 8)
        cols = [
            ("Data de emissão", 36, "l"),
            ("Data de vencimento", 36, "l"),
            ("Condições de pagamento", 44, "l"),
            ("Moeda", 20, "l"),
            ("V/ Ref.", 44, "l"),
        ]
        y = table(
            s,
            15,
            76,
            cols,
            [["2026-11-10", "2026-12-10", "30 dias", "EUR", "Encomenda 77/26"]],
            font="vera",
            size=8.5,
            hsize=7,
            hfont="vera-b",
            row_h=5,
        )
        cols = [
            ("Descrição", 90, "l"),
            ("Qtd.", 14, "r"),
            ("Preço unit.", 24, "r"),
            ("IVA", 14, "r"),
            ("Desc.", 12, "r"),
            ("Total", 26, "r"),
        ]
        body = [
            [d, money(q, "de", 0), money(p, "de"), f"{r}%", "0%", money(a, "de")]
            for (d, q, p, r), a in zip(rows, amounts, strict=True)
        ]
        y = table(
            s,
            15,
            y + 6,
            cols,
            body,
            font="vera",
            size=8.5,
            hfont="vera-b",
            hsize=7.5,
            row_h=5.5,
            zebra=(244, 244, 244),
        )
        y += 6
        s.text(15, y, "Resumo de IVA", "vera-b", 8)
        cols = [("Taxa", 20, "l"), ("Incidência", 28, "r"), ("Valor IVA", 28, "r")]
        table(
            s,
            15,
            y + 2,
            cols,
            [[f"{r}%", money(base[r], "de"), money(iva[r], "de")] for r in (23, 6)],
            font="vera",
            size=8,
            hsize=7,
            row_h=4.8,
        )
        ty = y
        for lab, val in [
            ("Total Ilíquido", money(net, "de")),
            ("Total Descontos", "0,00"),
            ("Total IVA", money(vat, "de")),
        ]:
            s.text(120, ty, lab, "vera", 9)
            s.text(195, ty, val + " €", "vera", 9, "r")
            ty += 5
        s.rect(118, ty - 2, 79, 9, fill=(230, 230, 230), stroke=None)
        s.text(120, ty + 4, "Total (EUR)", "vera-b", 10.5)
        s.text(195, ty + 4, money(total, "de") + " €", "vera-b", 10.5, "r")
        lines(
            s,
            15,
            262,
            [
                "IBAN PT50 0035 0651 0000 4321 7803 0 · Caixa Geral de Depósitos",
                "Os bens/serviços foram colocados à disposição do adquirente na data do documento.",
                "sW4q-Processado por programa certificado n.º 1234/AT",
            ],
            "vera",
            7,
            3.8,
        )

    items = [item(d, a, q, p) for (d, q, p, _), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="FT A/345",
            date="2026-11-10",
            due="2026-12-10",
            vendor="Oficina Digital Ribeiro, Lda.",
            net=net,
            vat=vat,
            total=total,
            currency="EUR",
            items=items,
            locale="pt-PT",
            layout="invoice",
        ),
        draw,
    )


def i08_pl_faktura() -> Doc:
    name = "b08_pl_faktura_vat"
    rows = [
        ("Ulotki A5, druk dwustronny", "szt.", D(2000), D("0.18"), 23),
        ("Plakaty B2, papier 170 g", "szt.", D(50), D("6.40"), 23),
        ("Książka 'Historia Krakowa', druk", "szt.", D(100), D("24.00"), 5),
        ("Projekt graficzny", "usł.", D(1), D("450.00"), 23),
    ]
    nets = [r2(q * p) for _, _, q, p, _ in rows]
    vats = [r2(n * r / 100) for n, (*_, r) in zip(nets, rows, strict=True)]
    by = {23: [D(0), D(0)], 5: [D(0), D(0)]}
    for n, v, (*_, r) in zip(nets, vats, rows, strict=True):
        by[r][0] += n
        by[r][1] += v
    net = sum(nets, D(0))
    vat = sum((by[r][1] for r in by), D(0))
    total = net + vat

    def draw(s: Surface) -> None:
        kv(
            s,
            120,
            18,
            [
                ("Miejsce wystawienia:", "Kraków"),
                ("Data wystawienia:", "2026-11-09"),
                ("Data sprzedaży:", "2026-11-09"),
            ],
            size=8.5,
            gap=75,
            value_align="r",
        )
        s.text(105, 40, "Faktura VAT nr FV/2026/11/087", "sans-b", 14, "c")
        s.text(105, 45, "ORYGINAŁ", "sans", 8, "c")
        s.text(15, 56, "Sprzedawca", "sans-b", 9)
        s.line(15, 57.5, 100, 57.5, 0.2)
        lines(
            s,
            15,
            62,
            [
                "Drukarnia Wiśniewski Sp. z o.o.",
                "ul. Zabłocie 23",
                "30-701 Kraków",
                "NIP: 676-243-18-95",
                "Bank: mBank S.A.",
                "Konto: 12 1140 2004 0000 3102 7654 3210",
            ],
            "sans",
            8.5,
            4.2,
        )
        s.text(110, 56, "Nabywca", "sans-b", 9)
        s.line(110, 57.5, 195, 57.5, 0.2)
        lines(
            s,
            110,
            62,
            ["Wydawnictwo Wawel Sp. j.", "ul. Długa 54", "31-146 Kraków", "NIP: 945-211-76-30"],
            "sans",
            8.5,
            4.2,
        )
        cols = [
            ("Lp.", 8, "c"),
            ("Nazwa towaru lub usługi", 54, "l"),
            ("J.m.", 10, "c"),
            ("Ilość", 13, "r"),
            ("Cena\nnetto", 16, "r"),
            ("Wartość\nnetto", 20, "r"),
            ("Stawka\nVAT", 13, "r"),
            ("Kwota\nVAT", 18, "r"),
            ("Wartość\nbrutto", 28, "r"),
        ]
        body = [
            [
                str(i + 1),
                d,
                u,
                money(q, "fr", 0),
                money(p, "fr"),
                money(n, "fr"),
                f"{r}%",
                money(v, "fr"),
                money(n + v, "fr"),
            ]
            for i, ((d, u, q, p, r), n, v) in enumerate(zip(rows, nets, vats, strict=True))
        ]
        y = table(
            s,
            15,
            92,
            cols,
            body,
            font="cond",
            size=8,
            hfont="cond-b",
            hsize=7.5,
            grid=True,
            head_fill=(235, 235, 235),
            row_h=4.8,
        )
        cols = [
            ("", 72, "l"),
            ("", 29, "r"),
            ("Wartość\nnetto", 20, "r"),
            ("Stawka\nVAT", 13, "r"),
            ("Kwota\nVAT", 18, "r"),
            ("Wartość\nbrutto", 28, "r"),
        ]
        body = [
            [
                "",
                "w tym",
                money(by[r][0], "fr"),
                f"{r}%",
                money(by[r][1], "fr"),
                money(by[r][0] + by[r][1], "fr"),
            ]
            for r in (23, 5)
        ]
        body.append(["", "Razem", money(net, "fr"), "", money(vat, "fr"), money(total, "fr")])
        y = table(
            s,
            15,
            y + 1,
            cols,
            body,
            font="cond",
            size=8,
            hfont="cond-b",
            hsize=7.5,
            row_h=4.8,
            rules=False,
        )
        y += 6
        s.text(15, y, "Do zapłaty:", "sans-b", 11)
        s.text(45, y, money(total, "fr") + " PLN", "sans-b", 11)
        lines(
            s,
            15,
            y + 6,
            [
                "Słownie: trzy tysiące dziewięćset dziewięć PLN 90/100",
                "Sposób płatności: przelew",
                "Termin płatności: 2026-11-23",
            ],
            "sans",
            8.5,
            4.6,
        )
        s.line(25, 255, 85, 255, 0.2)
        s.line(125, 255, 185, 255, 0.2)
        s.text(55, 259, "Osoba upoważniona do wystawienia", "sans", 7, "c")
        s.text(155, 259, "Osoba upoważniona do odbioru", "sans", 7, "c")

    items = [item(d, n, q, p) for (d, _, q, p, _), n in zip(rows, nets, strict=True)]
    return Doc(
        name,
        truth(
            number="FV/2026/11/087",
            date="2026-11-09",
            due="2026-11-23",
            vendor="Drukarnia Wiśniewski Sp. z o.o.",
            net=net,
            vat=vat,
            total=total,
            currency="PLN",
            items=items,
            locale="pl-PL",
            layout="invoice",
            note="line items keyed with their net value",
        ),
        draw,
    )


def i09_cz_faktura() -> Doc:
    name = "b09_cz_faktura_scan"
    rows = [
        ("Cement CEM II 32,5 R, 25 kg", D(40), "ks", D("149.00"), 21),
        ("Sádrokartonová deska 12,5 mm", D(30), "ks", D("189.50"), 21),
        ("Palivové dřevo, štípané", D(3), "prms", D("1245.00"), 12),
        ("Doprava", D(1), "", D("850.00"), 21),
    ]
    amounts = [q * p for _, q, _, p, _ in rows]
    base = {21: D(0), 12: D(0)}
    for (*_, r), a in zip(rows, amounts, strict=True):
        base[r] += a
    dph = {r: r2(b * r / 100) for r, b in base.items()}
    net, vat = sum(base.values(), D(0)), sum(dph.values(), D(0))
    exact = net + vat
    total = r2(exact, D(1))
    rounding = total - exact

    def draw(s: Surface) -> None:
        s.text(15, 20, "FAKTURA – DAŇOVÝ DOKLAD", "sans-b", 14)
        s.text(195, 20, "č. 2026110042", "sans-b", 14, "r")
        s.rect(15, 26, 88, 48, stroke=(0, 0, 0))
        s.text(18, 31, "Dodavatel:", "sans", 7.5, color=(80, 80, 80))
        lines(
            s,
            18,
            37,
            ["Stavebniny Dvořák s.r.o.", "Průmyslová 1487", "530 03 Pardubice"],
            "sans-b",
            9.5,
            4.8,
        )
        lines(
            s,
            18,
            56,
            [
                "IČO: 27451236",
                "DIČ: CZ27451236",
                "Zapsáno v OR u KS v Hradci Králové, oddíl C, vložka 23871",
            ],
            "sans",
            7.5,
            3.8,
        )
        s.rect(107, 26, 88, 48, stroke=(0, 0, 0))
        s.text(110, 31, "Odběratel:", "sans", 7.5, color=(80, 80, 80))
        lines(s, 110, 37, ["Petr Horák", "Na Drážce 212", "533 04 Sezemice"], "sans-b", 9.5, 4.8)
        s.text(110, 56, "IČO: 74125639", "sans", 7.5)
        y = 82.0
        left = [
            ("Datum vystavení:", "12.11.2026"),
            ("Datum zdan. plnění:", "12.11.2026"),
            ("Datum splatnosti:", "26.11.2026"),
        ]
        right = [
            ("Forma úhrady:", "převodem"),
            ("Variabilní symbol:", "2026110042"),
            ("Účet:", "2701123456/2010"),
        ]
        kv(s, 15, y, left, size=9, gap=80, value_align="r")
        kv(s, 107, y, right, size=9, gap=88, value_align="r")
        cols = [
            ("Označení dodávky", 68, "l"),
            ("Množství", 22, "r"),
            ("J.cena", 24, "r"),
            ("DPH %", 14, "r"),
            ("Bez DPH", 26, "r"),
            ("Celkem", 26, "r"),
        ]
        body = [
            [
                d,
                f"{money(q, 'fr', 0)} {u}".strip(),
                money(p, "fr"),
                str(r),
                money(a, "fr"),
                money(r2(a * (1 + D(r) / 100)), "fr"),
            ]
            for (d, q, u, p, r), a in zip(rows, amounts, strict=True)
        ]
        y = table(s, 15, 100, cols, body, font="sans", size=8.5, hfont="sans-b", hsize=8, row_h=5.5)
        y += 5
        cols = [("Sazba DPH", 30, "l"), ("Základ", 30, "r"), ("DPH", 30, "r")]
        table(
            s,
            15,
            y,
            cols,
            [[f"{r} %", money(base[r], "fr"), money(dph[r], "fr")] for r in (21, 12)],
            font="sans",
            size=8.5,
            hsize=8,
            row_h=5,
        )
        ty = y + 3
        for lab, val in [
            ("Celkem bez DPH:", money(net, "fr")),
            ("DPH celkem:", money(vat, "fr")),
            ("Zaokrouhlení:", money(rounding, "fr")),
        ]:
            s.text(125, ty, lab, "sans", 9)
            s.text(195, ty, val, "sans", 9, "r")
            ty += 5
        s.rect(123, ty - 1, 73, 9, stroke=(0, 0, 0), lw=0.4)
        s.text(125, ty + 5, "Celkem k úhradě:", "sans-b", 10)
        s.text(194, ty + 5, money(total, "fr") + " Kč", "sans-b", 10, "r")
        s.text(15, 250, "Převzal:", "sans", 8.5)
        s.text(110, 250, "Vystavil: Jana Dvořáková", "sans", 8.5)

    items = [item(d, a, q, p) for (d, q, _, p, _), a in zip(rows, amounts, strict=True)]
    t = truth(
        number="2026110042",
        date="2026-11-12",
        due="2026-11-26",
        vendor="Stavebniny Dvořák s.r.o.",
        net=net,
        vat=vat,
        total=total,
        currency="CZK",
        items=items,
        locale="cs-CZ",
        layout="invoice",
        note="total after the rounding line",
    )
    return Doc(
        name,
        t,
        draw,
        out="png",
        kind="scan",
        dpi=200,
        post=lambda im, g: scan(
            im, g, angle=-1.9, blur=0.7, noise=3, quality=50, contrast=0.8, light=0.18, gray=True
        ),
    )


def i10_se_elrakning() -> Doc:
    name = "b10_se_elnat_faktura"
    kwh = D(1146)
    rows = [
        ("Elnätsabonnemang, säkring 20 A, okt", D(1), "mån", D("395.00")),
        ("Överföringsavgift", kwh, "kWh", D("0.245")),
        ("Energiskatt", kwh, "kWh", D("0.439")),
    ]
    amounts = [r2(q * p) for _, q, _, p in rows]
    net = sum(amounts, D(0))
    vat = r2(net * D("0.25"))
    exact = net + vat
    total = r2(exact, D(1))

    def draw(s: Surface) -> None:
        s.text(15, 22, "Mälarkraft", "sans-b", 18, color=(200, 80, 0))
        s.text(15, 27, "Elnät", "sans", 9, color=(200, 80, 0))
        lines(s, 120, 40, ["Karin Lindqvist", "Björkvägen 7", "724 66 Västerås"], "sans", 10, 4.8)
        s.text(15, 40, "Faktura", "sans-b", 14)
        kv(
            s,
            15,
            48,
            [
                ("Fakturanummer", "88123456"),
                ("Fakturadatum", "2026-11-05"),
                ("Kundnummer", "401 227"),
                ("Anläggnings-id", "735999100012345678"),
                ("Period", "2026-10-01 – 2026-10-31"),
            ],
            size=9,
            gap=35,
        )
        s.rect(15, 76, 180, 18, fill=(253, 239, 228), stroke=None)
        s.text(20, 83, "Att betala", "sans", 9)
        s.text(20, 90, money(total, "sv") + " kr", "sans-b", 14)
        s.text(80, 83, "Förfallodatum", "sans", 9)
        s.text(80, 90, "2026-11-30", "sans-b", 14)
        s.text(135, 83, "Bankgiro", "sans", 9)
        s.text(135, 90, "5432-1098", "sans-b", 12)
        s.text(15, 104, "Din förbrukning i oktober: 1 146 kWh (avläst 2026-10-31)", "sans", 9)
        cols = [
            ("Specifikation", 80, "l"),
            ("Antal", 28, "r"),
            ("Pris", 28, "r"),
            ("Belopp kr", 44, "r"),
        ]
        body = [
            [
                d,
                f"{money(q, 'sv', 0)} {u}",
                (money(p * 100, "sv") + " öre/kWh") if u == "kWh" else money(p, "sv") + " kr",
                money(a, "sv"),
            ]
            for (d, q, u, p), a in zip(rows, amounts, strict=True)
        ]
        y = table(
            s,
            15,
            110,
            cols,
            body,
            font="sans",
            size=9,
            hfont="sans-b",
            row_h=5.8,
            rule_color=(200, 80, 0),
        )
        y += 4
        for lab, val in [
            ("Summa exkl. moms", money(net, "sv")),
            ("Moms 25 %", money(vat, "sv")),
            ("Öresavrundning", money(total - exact, "sv")),
            ("Att betala", money(total, "sv")),
        ]:
            f = "sans-b" if lab == "Att betala" else "sans"
            s.text(120, y, lab, f, 9)
            s.text(195, y, val, f, 9, "r")
            y += 5.5
        s.line(10, 250, 200, 250, 0.2, (150, 150, 150))
        s.text(15, 256, "INBETALNING/GIRERING AVI", "sans-b", 8)
        kv(
            s,
            15,
            262,
            [
                ("OCR-nummer", "881234560017"),
                ("Belopp", money(total, "sv")),
                ("Till bankgiro", "5432-1098"),
            ],
            size=9,
            gap=30,
        )
        lines(
            s,
            120,
            262,
            [
                "Mälarkraft Elnät AB",
                "Box 1024, 721 27 Västerås",
                "Org.nr 556123-4567",
                "Momsreg.nr SE556123456701",
            ],
            "sans",
            7.5,
            3.8,
        )

    items = [item(d, a, q, p) for (d, q, _, p), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="88123456",
            date="2026-11-05",
            due="2026-11-30",
            vendor="Mälarkraft Elnät AB",
            net=net,
            vat=vat,
            total=total,
            currency="SEK",
            items=items,
            locale="sv-SE",
            layout="invoice",
            note="utility bill; total after öresavrundning",
        ),
        draw,
    )


def i11_dk_faktura() -> Doc:
    name = "b11_dk_faktura"
    rows = [
        ("Hosting, Business-pakke (november)", D(1), D("349.00")),
        ("Support-timer", D("3.5"), D("850.00")),
        ("SSL-certifikat, 1 år", D(1), D("495.00")),
    ]
    amounts = [r2(q * p) for _, q, p in rows]
    sub = sum(amounts, D(0))
    disc = r2(sub * D("0.05"))
    net = sub - disc
    vat = r2(net * D("0.25"))
    total = net + vat

    def draw(s: Surface) -> None:
        s.text(20, 25, "Nordlys Webbureau ApS", "light", 16)
        lines(
            s,
            20,
            40,
            ["Fjordcentret Ejendomme A/S", "Att.: Bogholderiet", "Havnegade 19", "8000 Aarhus C"],
            "sans",
            9.5,
            4.8,
        )
        s.text(20, 75, "Faktura", "sans", 15)
        y = 40.0
        for lab, val in [
            ("Fakturanr.", "2026-1183"),
            ("Dato", "19-11-2026"),
            ("Forfaldsdato", "03-12-2026"),
            ("Kundenr.", "1042"),
            ("Side", "1 af 1"),
        ]:
            s.text(125, y, lab, "sans", 9)
            s.text(190, y, val, "sans", 9, "r")
            y += 4.8
        cols = [
            ("Beskrivelse", 95, "l"),
            ("Antal", 20, "r"),
            ("Enhedspris", 25, "r"),
            ("Beløb", 30, "r"),
        ]
        body = [
            [d, money(q, "de", 1 if q % 1 else 0), money(p, "de"), money(a, "de")]
            for (d, q, p), a in zip(rows, amounts, strict=True)
        ]
        y = table(s, 20, 84, cols, body, font="sans", size=9, row_h=6, rule_color=(150, 150, 150))
        y += 4
        for lab, val, f in [
            ("Subtotal", money(sub, "de"), "sans"),
            ("Rabat 5 %", "-" + money(disc, "de"), "sans"),
            ("Momspligtigt beløb", money(net, "de"), "sans"),
            ("Moms 25 %", money(vat, "de"), "sans"),
            ("Total DKK", money(total, "de"), "sans-b"),
        ]:
            s.text(115, y, lab, f, 9)
            s.text(190, y, val, f, 9, "r")
            y += 5.2
        lines(
            s,
            20,
            y + 10,
            [
                "Betalingsbetingelser: Netto 14 dage - forfald 03-12-2026",
                "Ved betaling efter forfald tilskrives der renter på 0,70 % pr. "
                "påbegyndt måned, samt et gebyr på 100,00 DKK.",
            ],
            "sans",
            8,
            4.2,
        )
        s.line(20, 270, 190, 270, 0.2, (150, 150, 150))
        s.text(
            105,
            275,
            "Nordlys Webbureau ApS · Mejlgade 48 · 8000 Aarhus C · CVR-nr. "
            "38120457 · Bank: Reg.nr. 5301 Kontonr. 0245 789 412",
            "sans",
            6.8,
            "c",
            (90, 90, 90),
        )

    items = [item(d, a, q, p) for (d, q, p), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="2026-1183",
            date="2026-11-19",
            due="2026-12-03",
            vendor="Nordlys Webbureau ApS",
            net=net,
            vat=vat,
            total=total,
            currency="DKK",
            items=items,
            locale="da-DK",
            layout="invoice",
        ),
        draw,
    )


def i12_fi_lasku() -> Doc:
    name = "b12_fi_lasku_scan"
    rows = [
        ("Kuljetus Helsinki–Tampere 17.11.", D(1), "kpl", D("480.00"), D("25.5")),
        ("Odotustunnit", D(2), "h", D("55.00"), D("25.5")),
        ("Lehtitilaus Kuljetusuutiset 12 kk", D(1), "kpl", D("89.00"), D(14)),
    ]
    amounts = [q * p for _, q, _, p, _ in rows]
    base: dict[Decimal, Decimal] = {}
    for (*_, r), a in zip(rows, amounts, strict=True):
        base[r] = base.get(r, D(0)) + a
    alv = {r: r2(b * r / 100) for r, b in base.items()}
    net, vat = sum(base.values(), D(0)), sum(alv.values(), D(0))
    total = net + vat

    def draw(s: Surface) -> None:
        lines(
            s,
            20,
            22,
            ["Kuljetusliike Virtanen Oy", "Teollisuustie 12", "33730 Tampere"],
            "serif-b",
            10,
            4.8,
        )
        s.text(120, 22, "LASKU", "serif-b", 14)
        kv(
            s,
            120,
            30,
            [
                ("Päiväys", "18.11.2026"),
                ("Laskun numero", "20261118"),
                ("Asiakasnumero", "3107"),
                ("Maksuehto", "14 pv netto"),
                ("Eräpäivä", "2.12.2026"),
                ("Viivästyskorko", "8 %"),
                ("Viitteenne", "Tilaus 4471 / M. Laine"),
            ],
            font="serif",
            size=9,
            gap=32,
        )
        lines(
            s,
            20,
            42,
            ["Rakennus Laine Oy", "Matti Laine", "Hämeenkatu 5 B", "33100 Tampere"],
            "serif",
            10,
            4.8,
        )
        cols = [
            ("Nimike", 70, "l"),
            ("Määrä", 16, "r"),
            ("Yks.", 10, "l"),
            ("á-hinta", 22, "r"),
            ("ALV %", 16, "r"),
            ("Veroton", 26, "r"),
        ]
        body = [
            [
                d,
                money(q, "fr", 0),
                u,
                money(p, "fr"),
                money(r, "plainc", 1 if r % 1 else 0),
                money(a, "fr"),
            ]
            for (d, q, u, p, r), a in zip(rows, amounts, strict=True)
        ]
        y = table(s, 20, 80, cols, body, font="serif", size=9, hfont="serif-b", row_h=5.5)
        y += 5
        for r in base:
            rs = money(r, "plainc", 1 if r % 1 else 0)
            s.text(110, y, f"ALV {rs} % veroton {money(base[r], 'fr')}", "serif", 8.5)
            s.text(180, y, money(alv[r], "fr"), "serif", 8.5, "r")
            y += 4.8
        y += 2
        for lab, val, f in [
            ("Veroton yhteensä", money(net, "fr"), "serif"),
            ("ALV yhteensä", money(vat, "fr"), "serif"),
            ("Yhteensä EUR", money(total, "fr"), "serif-b"),
        ]:
            s.text(110, y, lab, f, 9.5)
            s.text(180, y, val, f, 9.5, "r")
            y += 5.5
        lines(
            s,
            20,
            222,
            [
                "Kuljetusliike Virtanen Oy · Y-tunnus 1234567-8 · "
                "ALV-rek. FI12345678 · puh. 040 123 4567"
            ],
            "serif",
            7.5,
        )
        # tilisiirto slip
        s.line(10, 228, 200, 228, 0.4)
        s.line(105, 228, 105, 290, 0.3)
        lines(s, 12, 233, ["Saajan tilinumero", "Mottagarens kontonummer"], "serif", 6.5, 3)
        s.text(40, 234, "FI21 1234 5600 0007 85  NDEAFIHH", "serif", 9)
        lines(s, 12, 244, ["Saaja", "Mottagare"], "serif", 6.5, 3)
        s.text(40, 245, "Kuljetusliike Virtanen Oy", "serif", 9)
        lines(s, 12, 258, ["Maksaja", "Betalare"], "serif", 6.5, 3)
        lines(s, 40, 259, ["Rakennus Laine Oy", "Hämeenkatu 5 B, 33100 Tampere"], "serif", 9, 4)
        s.text(107, 276, "Viitenro", "serif", 6.5)
        s.text(125, 277, "20261 11808", "serif", 9)
        s.text(107, 284, "Eräpäivä", "serif", 6.5)
        s.text(125, 285, "2.12.2026", "serif", 9)
        s.text(160, 284, "Euro", "serif", 6.5)
        s.text(198, 285, money(total, "fr"), "serif", 9, "r")

    items = [item(d, a, q, p) for (d, q, _, p, _), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="20261118",
            date="2026-11-18",
            due="2026-12-02",
            vendor="Kuljetusliike Virtanen Oy",
            net=net,
            vat=vat,
            total=total,
            currency="EUR",
            items=items,
            locale="fi-FI",
            layout="invoice",
        ),
        draw,
        out="jpg",
        kind="scan",
        dpi=150,
        post=lambda im, g: scan(
            im, g, angle=0.6, blur=0.5, noise=4, quality=60, gray=True, contrast=0.9, light=0.1
        ),
    )


def i13_gb_hotel() -> Doc:
    name = "b13_gb_hotel_folio"
    rows = [
        ("20/11/26", "Accommodation - Deluxe Double", D("189.00")),
        ("20/11/26", "Dinner - The Larder Restaurant", D("64.50")),
        ("21/11/26", "Breakfast x 2", D("33.00")),
        ("21/11/26", "Accommodation - Deluxe Double", D("189.00")),
        ("21/11/26", "Bar", D("18.40")),
        ("22/11/26", "Breakfast x 2", D("33.00")),
        ("22/11/26", "Laundry", D("22.00")),
        ("22/11/26", "Accommodation - Deluxe Double", D("189.00")),
    ]
    total = sum((a for *_, a in rows), D(0))
    vat = r2(total / 6)
    net = total - vat

    def draw(s: Surface) -> None:
        s.text(105, 24, "THE MARLOWE HOTEL", "serif", 18, "c")
        s.text(105, 30, "12 Bedford Row · London WC1R 4BU · +44 20 7946 0321", "sans", 7.5, "c")
        s.line(20, 35, 190, 35, 0.3)
        s.text(105, 44, "GUEST FOLIO / VAT INVOICE", "sans-b", 10, "c")
        lines(
            s,
            20,
            55,
            [
                "Mr Daniel Okafor",
                "Harbour & Finch Consulting Ltd",
                "71 Quayside",
                "Newcastle upon Tyne NE1 3DE",
            ],
            "sans",
            9,
            4.5,
        )
        left = [
            ("Room", "314"),
            ("Arrival", "20/11/26"),
            ("Departure", "23/11/26"),
            ("Guests", "1"),
        ]
        right = [
            ("Folio No.", "58213"),
            ("Invoice Date", "23/11/26"),
            ("Cashier", "LW"),
            ("Page", "1"),
        ]
        kv(s, 110, 55, left, size=8.5, gap=22)
        kv(s, 150, 55, right, size=8.5, gap=40, value_align="r")
        cols = [
            ("Date", 25, "l"),
            ("Description", 100, "l"),
            ("Charges", 22, "r"),
            ("Credits", 23, "r"),
        ]
        body = [[d, t, money(a), ""] for d, t, a in rows]
        body.append(["", "Settlement: City Ledger - Harbour & Finch Consulting", "", ""])
        y = table(s, 20, 80, cols, body, font="sans", size=8.5, hfont="sans-b", row_h=5.3)
        y += 3
        for lab, val in [
            ("Total charges", "GBP " + money(total)),
            ("Total credits", "0.00"),
            ("Balance due", "GBP " + money(total)),
        ]:
            f = "sans-b" if lab == "Balance due" else "sans"
            s.text(145, y, lab, f, 9, "r")
            s.text(190, y, val, f, 9, "r")
            y += 5
        y += 6
        s.text(20, y, "VAT summary", "sans-b", 8.5)
        cols = [("Rate", 25, "l"), ("Net", 30, "r"), ("VAT", 30, "r"), ("Gross", 30, "r")]
        table(
            s,
            20,
            y + 2,
            cols,
            [["20%", money(net), money(vat), money(total)]],
            font="sans",
            size=8.5,
            row_h=5,
        )
        s.para(
            20,
            250,
            "Account to be settled within 30 days of invoice date. I agree that my "
            "liability for this bill is not waived and I agree to be held personally liable "
            "in the event that the indicated person, company or association fails to pay.",
            "sans",
            7.5,
            170,
            color=(80, 80, 80),
        )
        s.text(105, 282, "VAT Reg. No. GB 284 6610 37", "sans", 7.5, "c", (80, 80, 80))

    items = [item(t, a) for _, t, a in rows]
    return Doc(
        name,
        truth(
            number="58213",
            date="2026-11-23",
            due=None,
            vendor="The Marlowe Hotel",
            net=net,
            vat=vat,
            total=total,
            currency="GBP",
            items=items,
            locale="en-GB",
            layout="invoice",
            note="hotel folio on account; VAT included in the charges",
        ),
        draw,
    )


def i14_in_gst() -> Doc:
    name = "b14_in_gst_invoice_scan"
    rows = [
        ("Stainless steel water bottle 1L", "7323", D(50), D("320.00"), 18),
        ("Insulated lunch box, 3 tier", "3924", D(30), D("540.00"), 18),
        ("Printed cotton tote bag", "6305", D(100), D("85.00"), 5),
    ]
    amounts = [q * p for _, _, q, p, _ in rows]
    cg = [r2(a * r / 200) for a, (*_, r) in zip(amounts, rows, strict=True)]
    net = sum(amounts, D(0))
    vat = 2 * sum(cg, D(0))
    total = net + vat

    def draw(s: Surface) -> None:
        s.rect(12, 12, 186, 270, stroke=(0, 0, 0), lw=0.4)
        s.text(105, 20, "TAX INVOICE", "sans-b", 13, "c")
        s.line(12, 23, 198, 23, 0.3)
        lines(
            s,
            15,
            29,
            [
                "Shree Vinayak Traders",
                "Shop 14, Laxmi Road, Shaniwar Peth",
                "Pune, Maharashtra 411030",
                "GSTIN/UIN: 27AAXFS1234K1Z5",
                "State Name: Maharashtra, Code: 27",
            ],
            "sans",
            8.5,
            4.3,
        )
        s.line(105, 23, 105, 75, 0.3)
        grid = [
            ("Invoice No.", "SVT/26-27/0412"),
            ("Dated", "21-11-2026"),
            ("Delivery Note", "DN-1187"),
            ("Mode/Terms of Payment", "15 days"),
            ("Due Date", "06-12-2026"),
            ("Buyer's Order No.", "PO/HR/2211"),
        ]
        y = 28.0
        for lab, val in grid:
            s.text(108, y, lab, "sans", 7.5, color=(70, 70, 70))
            s.text(160, y, val, "sans-b", 8.5)
            y += 7.6
        s.line(12, 52, 105, 52, 0.3)
        s.text(15, 57, "Buyer (Bill to)", "sans", 7.5, color=(70, 70, 70))
        lines(
            s,
            15,
            62,
            [
                "Horizon Retail Pvt Ltd",
                "Plot 7, MIDC Bhosari, Pune 411026",
                "GSTIN/UIN: 27AAECH5521L1ZQ",
            ],
            "sans",
            8.5,
            4.3,
        )
        cols = [
            ("Sl", 8, "c"),
            ("Description of Goods", 56, "l"),
            ("HSN/SAC", 16, "c"),
            ("Quantity", 18, "r"),
            ("Rate", 18, "r"),
            ("Taxable\nValue", 22, "r"),
            ("CGST", 16, "r"),
            ("SGST", 16, "r"),
            ("Amount", 16, "r"),
        ]
        body = [
            [
                str(i + 1),
                d,
                h,
                f"{money(q, 'in', 0)} Nos",
                money(p, "in"),
                money(a, "in"),
                f"{r // 2 if r % 2 == 0 else r / 2}%\n" + money(c, "in"),
                f"{r // 2 if r % 2 == 0 else r / 2}%\n" + money(c, "in"),
                "",
            ]
            for i, ((d, h, q, p, r), a, c) in enumerate(zip(rows, amounts, cg, strict=True))
        ]
        body = [[*b[:8], money(a + 2 * c, "in")] for b, a, c in zip(body, amounts, cg, strict=True)]
        y = table(
            s,
            12,
            76,
            cols,
            body,
            font="cond",
            size=7.5,
            hfont="cond-b",
            hsize=7,
            grid=True,
            row_h=4.2,
        )
        y += 2
        for lab, val in [
            ("Taxable Value", money(net, "in")),
            ("CGST", money(sum(cg, D(0)), "in")),
            ("SGST", money(sum(cg, D(0)), "in")),
            ("Grand Total", "Rs. " + money(total, "in")),
        ]:
            f = "sans-b" if lab == "Grand Total" else "sans"
            s.text(140, y + 4, lab, f, 9, "r")
            s.text(195, y + 4, val, f, 9, "r")
            y += 5.5
        lines(
            s,
            15,
            y + 8,
            ["Amount Chargeable (in words)", "INR Forty Six Thousand Nine Hundred Twenty One Only"],
            "sans",
            8.5,
            4.5,
        )
        lines(
            s,
            15,
            250,
            [
                "Company's Bank Details",
                "Bank Name: HDFC Bank",
                "A/c No.: 50200012345678",
                "IFS Code: HDFC0000123",
            ],
            "sans",
            7.5,
            3.8,
        )
        s.text(195, 252, "for Shree Vinayak Traders", "sans-b", 8, "r")
        s.text(195, 272, "Authorised Signatory", "sans", 7.5, "r")
        s.text(105, 279, "This is a Computer Generated Invoice", "sans", 7, "c")

    items = [item(d, a, q, p) for (d, _, q, p, _), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="SVT/26-27/0412",
            date="2026-11-21",
            due="2026-12-06",
            vendor="Shree Vinayak Traders",
            net=net,
            vat=vat,
            total=total,
            currency="INR",
            items=items,
            locale="en-IN",
            layout="invoice",
            note="vat is CGST + SGST; items keyed with the taxable value",
        ),
        draw,
        out="jpg",
        kind="scan",
        dpi=200,
        post=lambda im, g: scan(
            im, g, angle=0.9, blur=0.6, noise=5, quality=60, contrast=0.85, light=0.15, gray=True
        ),
    )


def i15_au_tax_invoice() -> Doc:
    name = "b15_au_tax_invoice"
    rows = [
        ("Call-out fee", D(1), D("95.00")),
        ("Labour - licensed electrician (hrs)", D("2.5"), D("110.00")),
        ("LED downlight 10W, warm white", D(8), D("24.50")),
        ("Smoke alarm, 240V interconnected", D(2), D("79.00")),
    ]
    amounts = [r2(q * p) for _, q, p in rows]
    net = sum(amounts, D(0))
    gst = r2(net * D("0.10"))
    total = net + gst

    def draw(s: Surface) -> None:
        s.text(18, 28, "TAX INVOICE", "helv-b", 20)
        lines(
            s,
            18,
            40,
            [
                "Wattle Homes Pty Ltd",
                "Attention: Accounts Payable",
                "PO Box 512",
                "Fortitude Valley QLD 4006",
                "AUSTRALIA",
            ],
            "helv",
            9,
            4.5,
        )
        kv(
            s,
            100,
            28,
            [
                ("Invoice Date", ""),
                ("24 Nov 2026", ""),
                ("", ""),
                ("Invoice Number", ""),
                ("INV-3382", ""),
                ("", ""),
                ("Reference", ""),
                ("Job 1129 - Ashgrove", ""),
                ("", ""),
                ("ABN", ""),
                ("51 824 753 556", ""),
            ],
            font="helv",
            size=8.5,
            lead=3.9,
        )
        lines(
            s,
            145,
            28,
            [
                "Bluegum Electrical Services Pty Ltd",
                "Unit 4, 38 Counihan Rd",
                "Seventeen Mile Rocks QLD 4073",
                "Lic. No. 78214",
                "accounts@bluegumelectrical.com.au",
            ],
            "helv",
            8.5,
            4.2,
        )
        cols = [
            ("Description", 92, "l"),
            ("Quantity", 20, "r"),
            ("Unit Price", 22, "r"),
            ("GST", 14, "r"),
            ("Amount AUD", 26, "r"),
        ]
        body = [
            [d, money(q), money(p), "10%", money(a)]
            for (d, q, p), a in zip(rows, amounts, strict=True)
        ]
        y = table(
            s,
            18,
            80,
            cols,
            body,
            font="helv",
            size=8.5,
            hfont="helv-b",
            row_h=6,
            rule_color=(120, 120, 120),
        )
        y += 3
        for lab, val in [("Subtotal", money(net)), ("TOTAL GST 10%", money(gst))]:
            s.text(170, y, lab, "helv", 8.5, "r")
            s.text(192, y, val, "helv", 8.5, "r")
            y += 5
        s.line(130, y - 2.5, 192, y - 2.5, 0.3)
        s.text(170, y + 1, "TOTAL AUD", "helv-b", 9, "r")
        s.text(192, y + 1, money(total), "helv-b", 9, "r")
        y += 8
        s.text(170, y, "Less Amount Paid", "helv", 8.5, "r")
        s.text(192, y, "0.00", "helv", 8.5, "r")
        s.line(130, y + 2.5, 192, y + 2.5, 0.3)
        s.text(170, y + 7, "AMOUNT DUE AUD", "helv-b", 10, "r")
        s.text(192, y + 7, money(total), "helv-b", 10, "r")
        s.text(18, y + 20, "Due Date: 8 Dec 2026", "helv-b", 10)
        lines(
            s,
            18,
            y + 27,
            [
                "Payment by EFT: BSB 064-000  Account 1234 5678",
                "Please use INV-3382 as the payment reference.",
            ],
            "helv",
            8.5,
            4.5,
        )
        s.line(18, 238, 192, 238, 0.2)
        s.text(18, 244, "PAYMENT ADVICE", "helv-b", 11)
        kv(
            s,
            18,
            252,
            [("To:", "Bluegum Electrical Services Pty Ltd")],
            font="helv",
            size=8.5,
            gap=12,
        )
        kv(
            s,
            110,
            250,
            [
                ("Customer", "Wattle Homes Pty Ltd"),
                ("Invoice Number", "INV-3382"),
                ("Amount Due", money(total)),
                ("Due Date", "8 Dec 2026"),
                ("Amount Enclosed", ""),
            ],
            font="helv",
            size=8.5,
            gap=32,
        )
        s.line(142, 270, 192, 270, 0.2)

    items = [item(d, a, q, p) for (d, q, p), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="INV-3382",
            date="2026-11-24",
            due="2026-12-08",
            vendor="Bluegum Electrical Services Pty Ltd",
            net=net,
            vat=gst,
            total=total,
            currency="AUD",
            items=items,
            locale="en-AU",
            layout="invoice",
        ),
        draw,
    )


def i16_sg_tax_invoice() -> Doc:
    name = "b16_sg_tax_invoice"
    rows = [
        ("A4 copier paper 80gsm (box of 5 reams)", D(20), D("21.90")),
        ("Ergonomic mesh chair, black", D(3), D("189.00")),
        ("Whiteboard markers, assorted (pack of 12)", D(10), D("8.40")),
    ]
    amounts = [q * p for _, q, p in rows]
    net = sum(amounts, D(0))
    gst = r2(net * D("0.09"))
    total = net + gst

    def draw(s: Surface) -> None:
        s.rect(15, 15, 14, 14, fill=(200, 30, 40), stroke=None)
        s.text(22, 25, "LC", "sans-b", 12, "c", (255, 255, 255))
        s.text(33, 21, "Lion City Office Supplies Pte. Ltd.", "sans-b", 12)
        s.text(33, 26, "21 Ubi Road 1, #05-12, Singapore 408724 · Tel 6745 2210", "sans", 8)
        s.text(33, 30, "UEN / GST Reg No: 201812345K", "sans", 8)
        s.text(195, 42, "TAX INVOICE", "sans-b", 15, "r", (200, 30, 40))
        s.rect(15, 48, 88, 30, stroke=(180, 180, 180))
        s.text(18, 53, "Bill To", "sans-b", 8, color=(120, 120, 120))
        lines(
            s,
            18,
            58,
            [
                "Meridian Logistics Pte Ltd",
                "8 Pandan Loop",
                "Singapore 128229",
                "Attn: Ms Tan Hui Min",
            ],
            "sans",
            9,
            4.4,
        )
        s.rect(107, 48, 88, 30, stroke=(180, 180, 180))
        kv(
            s,
            110,
            54,
            [
                ("Invoice No.", "LC-INV-260877"),
                ("Date", "2 Nov 2026"),
                ("Payment Terms", "30 Days"),
                ("Due Date", "2 Dec 2026"),
                ("Sales Person", "Kelvin Ong"),
            ],
            size=8.5,
            gap=30,
            lead=4.6,
        )
        cols = [
            ("No.", 10, "c"),
            ("Description", 88, "l"),
            ("Qty", 16, "r"),
            ("Unit Price (S$)", 32, "r"),
            ("Amount (S$)", 34, "r"),
        ]
        body = [
            [str(i + 1), d, money(q, "en", 0), money(p), money(a)]
            for i, ((d, q, p), a) in enumerate(zip(rows, amounts, strict=True))
        ]
        y = table(
            s,
            15,
            86,
            cols,
            body,
            font="sans",
            size=9,
            hfont="sans-b",
            hsize=8,
            head_fill=(200, 30, 40),
            head_color=(255, 255, 255),
            row_h=6,
            grid=True,
            rule_color=(180, 180, 180),
        )
        y += 3
        for lab, val in [
            ("Sub-Total", money(net)),
            ("GST @ 9%", money(gst)),
            ("Total Amount Payable (SGD)", money(total)),
        ]:
            f = "sans-b" if lab.startswith("Total") else "sans"
            s.text(160, y + 4, lab, f, 9, "r")
            s.text(193, y + 4, val, f, 9, "r")
            y += 6
        lines(
            s,
            15,
            y + 14,
            [
                "Payment by PayNow to UEN 201812345K or by cheque crossed "
                "'Lion City Office Supplies Pte. Ltd.'",
                "Goods sold are not returnable. E. & O.E.",
            ],
            "sans",
            8,
            4.4,
        )

    items = [item(d, a, q, p) for (d, q, p), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="LC-INV-260877",
            date="2026-11-02",
            due="2026-12-02",
            vendor="Lion City Office Supplies Pte. Ltd.",
            net=net,
            vat=gst,
            total=total,
            currency="SGD",
            items=items,
            locale="en-SG",
            layout="invoice",
        ),
        draw,
    )


def i17_my_invoice() -> Doc:
    name = "b17_my_invoice_scan"
    rows = [
        ("Website maintenance (Nov 2026)", D(1), D("1200.00")),
        ("Cloud server hosting - 4 vCPU", D(1), D("450.00")),
        ("On-site IT support (hours)", D(6), D("120.00")),
    ]
    amounts = [q * p for _, q, p in rows]
    net = sum(amounts, D(0))
    tax = r2(net * D("0.08"))
    total = net + tax

    def draw(s: Surface) -> None:
        s.text(105, 20, "SYARIKAT TEKNOLOGI CAHAYA SDN. BHD.", "times-b", 13, "c")
        s.text(105, 25, "(Company No. 201901023456 (1334567-X))", "times", 8.5, "c")
        s.text(105, 29.5, "No. 18, Jalan SS 15/4B, 47500 Subang Jaya, Selangor", "times", 9, "c")
        s.text(105, 34, "Tel: 03-5634 2211   SST Reg. No: B10-1809-32000123", "times", 9, "c")
        s.line(20, 37, 190, 37, 0.5)
        s.text(105, 45, "INVOICE", "times-b", 14, "c")
        lines(
            s,
            20,
            54,
            ["To:", "Perniagaan Kedai Buku Ilmu", "Lot 3, Jalan Tun Razak", "50400 Kuala Lumpur"],
            "times",
            10,
            4.8,
        )
        kv(
            s,
            130,
            54,
            [
                ("Invoice No.", ": STC/2026/1142"),
                ("Date", ": 14/11/2026"),
                ("Terms", ": 30 Days"),
                ("Your Ref.", ": Quotation Q-0931"),
            ],
            font="times",
            size=10,
            gap=22,
            lead=4.8,
        )
        cols = [
            ("No.", 12, "c"),
            ("Description", 92, "l"),
            ("Qty", 14, "r"),
            ("Unit Price (RM)", 26, "r"),
            ("Total (RM)", 26, "r"),
        ]
        body = [
            [str(i + 1), d, money(q, "en", 0), money(p), money(a)]
            for i, ((d, q, p), a) in enumerate(zip(rows, amounts, strict=True))
        ]
        y = table(s, 20, 78, cols, body, font="times", size=10, hfont="times-b", grid=True, row_h=6)
        y += 2
        for lab, val in [
            ("Sub Total", money(net)),
            ("Service Tax 8%", money(tax)),
            ("TOTAL (RM)", money(total)),
        ]:
            f = "times-b" if lab.startswith("TOTAL") else "times"
            s.text(160, y + 4, lab, f, 10, "r")
            s.text(188, y + 4, val, f, 10, "r")
            y += 6
        lines(
            s,
            20,
            y + 12,
            [
                "RINGGIT MALAYSIA: TWO THOUSAND FIVE HUNDRED FIFTY NINE AND CENTS SIXTY ONLY",
                "",
                "Payment to: Maybank 5123 4567 8901",
                "Cheques should be crossed and made payable to SYARIKAT TEKNOLOGI CAHAYA SDN. BHD.",
            ],
            "times",
            9,
            4.6,
        )
        s.line(140, 260, 188, 260, 0.3)
        s.text(164, 265, "Authorised Signature", "times", 9, "c")

    items = [item(d, a, q, p) for (d, q, p), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="STC/2026/1142",
            date="2026-11-14",
            due=None,
            vendor="Syarikat Teknologi Cahaya Sdn. Bhd.",
            net=net,
            vat=tax,
            total=total,
            currency="MYR",
            items=items,
            locale="en-MY",
            layout="invoice",
        ),
        draw,
        out="jpg",
        kind="scan",
        dpi=200,
        post=lambda im, g: scan(
            im, g, angle=-2.4, blur=1.0, noise=8, quality=40, contrast=0.75, light=0.25
        ),
    )


def i18_gb_credit_note() -> Doc:
    name = "b18_gb_credit_note"
    rows = [
        ("Return: Velvet cushion cover, teal", D(4), D("35.00")),
        ("Return: Linen curtain pair 229cm drop", D(2), D("140.00")),
    ]
    amounts = [q * p for _, q, p in rows]
    net = sum(amounts, D(0))
    vat = r2(net * D("0.20"))
    total = net + vat

    def draw(s: Surface) -> None:
        s.text(20, 30, "CREDIT NOTE", "sans", 22)
        lines(
            s, 20, 42, ["The Linen Loft", "Unit 2, Canal Wharf", "Leeds LS11 5PS"], "sans", 9, 4.4
        )
        s.text(90, 30, "Credit Note Date", "sans-b", 8)
        s.text(90, 34.5, "19 Nov 2026", "sans", 8.5)
        s.text(90, 41, "Credit Note Number", "sans-b", 8)
        s.text(90, 45.5, "CN-0042", "sans", 8.5)
        s.text(90, 52, "Reference", "sans-b", 8)
        s.text(90, 56.5, "INV-0981", "sans", 8.5)
        s.text(90, 63, "VAT Number", "sans-b", 8)
        s.text(90, 67.5, "GB 318 4471 92", "sans", 8.5)
        lines(
            s,
            140,
            30,
            [
                "Ashdown & Rye Interiors Ltd",
                "44 Brunswick Street",
                "Sheffield S10 2FN",
                "United Kingdom",
            ],
            "sans",
            8.5,
            4.2,
        )
        cols = [
            ("Description", 90, "l"),
            ("Quantity", 20, "r"),
            ("Unit Price", 22, "r"),
            ("VAT", 14, "r"),
            ("Amount GBP", 28, "r"),
        ]
        body = [
            [d, money(q), money(p), "20%", money(a)]
            for (d, q, p), a in zip(rows, amounts, strict=True)
        ]
        y = table(
            s,
            20,
            84,
            cols,
            body,
            font="sans",
            size=8.5,
            hfont="sans-b",
            row_h=6,
            rule_color=(120, 120, 120),
        )
        y += 3
        for lab, val in [("Subtotal", money(net)), ("TOTAL VAT 20%", money(vat))]:
            s.text(170, y, lab, "sans", 8.5, "r")
            s.text(194, y, val, "sans", 8.5, "r")
            y += 5
        s.line(140, y - 2.5, 194, y - 2.5, 0.3)
        s.text(170, y + 1.5, "TOTAL CREDIT GBP", "sans-b", 9.5, "r")
        s.text(194, y + 1.5, money(total), "sans-b", 9.5, "r")
        s.para(
            20,
            y + 18,
            "This credit has been applied to your account and will be set off "
            "against your next invoice. Goods returned on 17 Nov 2026 in original "
            "packaging.",
            "sans",
            8.5,
            170,
        )
        s.text(
            105,
            285,
            "Ashdown & Rye Interiors Ltd · Registered in England and Wales No. 10928374",
            "sans",
            7,
            "c",
            (100, 100, 100),
        )

    items = [item(d, a, q, p) for (d, q, p), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="CN-0042",
            date="2026-11-19",
            due=None,
            vendor="Ashdown & Rye Interiors Ltd",
            net=net,
            vat=vat,
            total=total,
            currency="GBP",
            items=items,
            locale="en-GB",
            layout="invoice",
            doc_type="credit_note",
            note="the seller issues the credit note; The Linen Loft is the "
            "customer (top left, as the accounting tool prints the contact)",
        ),
        draw,
    )


def i19_ch_qr_rechnung() -> Doc:
    name = "b19_ch_rechnung_qr"
    rows = [
        ("Einbauschrank Eiche massiv, nach Mass", D(1), D("3850.00"), D("8.1")),
        ("Montage (Std.)", D(6), D("95.00"), D("8.1")),
        ("Fachbuch «Holz im Innenausbau»", D(1), D("68.00"), D("2.6")),
    ]
    amounts = [q * p for _, q, p, _ in rows]
    base: dict[Decimal, Decimal] = {}
    for (*_, r), a in zip(rows, amounts, strict=True):
        base[r] = base.get(r, D(0)) + a
    mwst = {r: r2(b * r / 100) for r, b in base.items()}
    net, vat = sum(base.values(), D(0)), sum(mwst.values(), D(0))
    exact = net + vat
    total = r2(exact, D("0.05"))

    def draw(s: Surface) -> None:
        s.text(20, 22, "Schreinerei Gasser AG", "helv-b", 14)
        lines(
            s,
            20,
            28,
            [
                "Dorfstrasse 41 · 6374 Buochs",
                "Tel. 041 620 33 18 · info@gasser-schreinerei.ch",
                "MWST CHE-112.345.678 MWST",
            ],
            "helv",
            8,
            3.8,
        )
        lines(
            s,
            120,
            48,
            ["Herr und Frau", "Beat und Ursula Zimmermann", "Seeweg 5", "6052 Hergiswil NW"],
            "helv",
            10,
            4.8,
        )
        s.text(20, 80, "Rechnung", "helv-b", 13)
        kv(
            s,
            20,
            88,
            [
                ("Rechnung Nr.", "2026-0917"),
                ("Datum", "27.11.2026"),
                ("Kunden-Nr.", "K-2210"),
                ("Objekt", "Seeweg 5, Hergiswil"),
            ],
            font="helv",
            size=9,
            gap=30,
        )
        cols = [
            ("Bezeichnung", 88, "l"),
            ("Menge", 16, "r"),
            ("Preis", 24, "r"),
            ("MWST", 14, "r"),
            ("Total CHF", 28, "r"),
        ]
        body = [
            [d, money(q, "ch", 0), money(p, "ch"), f"{r}%", money(a, "ch")]
            for (d, q, p, r), a in zip(rows, amounts, strict=True)
        ]
        y = table(s, 20, 110, cols, body, font="helv", size=9, hfont="helv-b", row_h=5.8)
        y += 3
        tl = [("Total exkl. MWST", money(net, "ch"))]
        tl += [(f"MWST {r}% auf {money(base[r], 'ch')}", money(mwst[r], "ch")) for r in base]
        tl += [("Rundungsdifferenz", money(total - exact, "ch"))]
        for lab, val in tl:
            s.text(110, y, lab, "helv", 9)
            s.text(190, y, val, "helv", 9, "r")
            y += 5
        s.text(110, y + 1, "Rechnungsbetrag CHF", "helv-b", 10)
        s.text(190, y + 1, money(total, "ch"), "helv-b", 10, "r")
        s.text(
            20,
            y + 14,
            "Zahlbar innert 30 Tagen netto, bis 27.12.2026. Besten Dank für Ihren Auftrag.",
            "helv",
            9,
        )
        # QR-bill payment part (Empfangsschein | Zahlteil)
        top = 192
        s.line(0, top, 210, top, 0.2, (0, 0, 0))
        s.line(62, top, 62, 297, 0.2, (0, 0, 0))
        s.text(5, top + 7, "Empfangsschein", "helv-b", 11)
        lines(
            s,
            5,
            top + 14,
            [
                "Konto / Zahlbar an",
                "CH44 3199 9123 0008 8901 2",
                "Schreinerei Gasser AG",
                "Dorfstrasse 41",
                "6374 Buochs",
            ],
            "helv",
            8,
            3.6,
        )
        lines(s, 5, top + 36, ["Referenz", "21 00000 00003 13947 14300 09017"], "helv", 8, 3.6)
        lines(
            s,
            5,
            top + 47,
            ["Zahlbar durch", "Beat und Ursula Zimmermann", "Seeweg 5", "6052 Hergiswil NW"],
            "helv",
            8,
            3.6,
        )
        s.text(5, top + 72, "Währung", "helv-b", 6)
        s.text(20, top + 72, "Betrag", "helv-b", 6)
        s.text(5, top + 76, "CHF", "helv", 8)
        s.text(20, top + 76, money(total, "fr"), "helv", 8)
        s.text(67, top + 7, "Zahlteil", "helv-b", 11)
        payload = "\n".join(
            [
                "SPC",
                "0200",
                "1",
                "CH4431999123000889012",
                "S",
                "Schreinerei Gasser AG",
                "Dorfstrasse",
                "41",
                "6374",
                "Buochs",
                "CH",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                str(total),
                "CHF",
                "S",
                "Beat und Ursula Zimmermann",
                "Seeweg",
                "5",
                "6052",
                "Hergiswil",
                "CH",
                "QRR",
                "210000000003139471430009017",
                "Rechnung 2026-0917",
                "EPD",
            ]
        )
        s.qr(67, top + 12, 46, payload)
        s.text(67, top + 72, "Währung", "helv-b", 6)
        s.text(82, top + 72, "Betrag", "helv-b", 6)
        s.text(67, top + 76, "CHF", "helv", 8)
        s.text(82, top + 76, money(total, "fr"), "helv", 8)
        lines(
            s,
            118,
            top + 9,
            [
                "Konto / Zahlbar an",
                "CH44 3199 9123 0008 8901 2",
                "Schreinerei Gasser AG",
                "Dorfstrasse 41",
                "6374 Buochs",
                "",
                "Referenz",
                "21 00000 00003 13947 14300 09017",
                "",
                "Zusätzliche Informationen",
                "Rechnung 2026-0917",
                "",
                "Zahlbar durch",
                "Beat und Ursula Zimmermann",
                "Seeweg 5",
                "6052 Hergiswil NW",
            ],
            "helv",
            8,
            3.6,
        )

    items = [item(d, a, q, p) for (d, q, p, _), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="2026-0917",
            date="2026-11-27",
            due="2026-12-27",
            vendor="Schreinerei Gasser AG",
            net=net,
            vat=vat,
            total=total,
            currency="CHF",
            items=items,
            locale="de-CH",
            layout="invoice",
            note="total after the 5-Rappen rounding line",
        ),
        draw,
    )


def i20_us_no_currency() -> Doc:
    name = "b20_us_photographer_nocurrency"
    rows = [
        ("Event photography - Nov 14 gala (hours)", D(6), D("225.00")),
        ("Photo editing & retouching (images)", D(120), D("12.50")),
        ("Online gallery & delivery", D(1), D("300.00")),
    ]
    amounts = [q * p for _, q, p in rows]
    net = sum(amounts, D(0))

    def draw(s: Surface) -> None:
        s.text(108, 25, "Dana Whitfield Photography", "times-i", 20, "c")
        s.text(
            108,
            31,
            "2231 Larkin Street, Apt 4 · San Francisco, CA 94109 · (415) 555-0172",
            "times",
            9,
            "c",
        )
        s.text(20, 48, "INVOICE", "courier-b", 14)
        kv(
            s,
            20,
            58,
            [("Invoice No.:", "2026-31"), ("Date:", "11/05/2026"), ("Due:", "12/05/2026")],
            font="courier",
            size=10,
            gap=34,
            lead=5,
        )
        lines(
            s,
            120,
            58,
            [
                "Bill to:",
                "Golden Gate Arts Foundation",
                "Attn: Priya Raman",
                "500 Battery St, Suite 300",
                "San Francisco, CA 94111",
            ],
            "courier",
            10,
            5,
        )
        y = 96.0
        s.text(20, y, "Description", "courier-b", 10)
        s.text(132, y, "Qty", "courier-b", 10, "r")
        s.text(160, y, "Rate", "courier-b", 10, "r")
        s.text(195, y, "Amount", "courier-b", 10, "r")
        s.line(20, y + 2, 195, y + 2, 0.3)
        y += 8
        for (d, q, p), a in zip(rows, amounts, strict=True):
            s.text(20, y, d, "courier", 9.5)
            s.text(132, y, money(q, "en", 0), "courier", 10, "r")
            s.text(160, y, money(p), "courier", 10, "r")
            s.text(195, y, money(a), "courier", 10, "r")
            y += 6
        s.line(20, y - 2, 195, y - 2, 0.3)
        y += 5
        s.text(160, y, "Subtotal", "courier", 10, "r")
        s.text(195, y, money(net), "courier", 10, "r")
        s.text(160, y + 6, "Total Due", "courier-b", 11, "r")
        s.text(195, y + 6, money(net), "courier-b", 11, "r")
        lines(
            s,
            20,
            y + 24,
            [
                "Payment terms: Net 30. Checks payable to Dana Whitfield.",
                "Zelle: dana@whitfieldphoto.com",
                "",
                "Usage license: editorial and promotional use by the client.",
                "Thank you!",
            ],
            "courier",
            9.5,
            5,
        )

    items = [item(d, a, q, p) for (d, q, p), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="2026-31",
            date="2026-11-05",
            due="2026-12-05",
            vendor="Dana Whitfield Photography",
            net=net,
            vat=None,
            total=net,
            currency=None,
            items=items,
            locale="en-US",
            layout="invoice",
            note="no currency and no tax printed: currency and vat null",
        ),
        draw,
        LETTER,
    )


def i21_jp_invoice() -> Doc:
    name = "b21_jp_seikyusho"
    rows = [
        ("LED ceiling light LC-4200", D(4), D(12800), 10),
        ("Installation labour", D(1), D(18000), 10),
        ("Bottled green tea, case of 24 *", D(2), D(2880), 8),
    ]
    amounts = [q * p for _, q, p, _ in rows]
    base = {10: D(0), 8: D(0)}
    for (*_, r), a in zip(rows, amounts, strict=True):
        base[r] += a
    tax = {r: (b * r / 100).quantize(D(1), rounding="ROUND_DOWN") for r, b in base.items()}
    net, vat = sum(base.values(), D(0)), sum(tax.values(), D(0))
    total = net + vat

    def yen(v: Decimal) -> str:
        return "¥" + money(v, "en", 0)

    def draw(s: Surface) -> None:
        s.text(105, 22, "INVOICE (Seikyusho)", "sans-b", 16, "c")
        s.line(70, 24.5, 140, 24.5, 0.4)
        lines(s, 18, 38, ["Hoshino Café Holdings K.K.  Onchu", "Accounting Dept."], "sans", 10, 5)
        s.line(18, 44, 95, 44, 0.3)
        kv(
            s,
            130,
            36,
            [
                ("Invoice No.", "SD-2026-1120"),
                ("Issue Date", "2026/11/20"),
                ("Registration No.", "T1234567890123"),
            ],
            size=8.5,
            gap=65,
            value_align="r",
        )
        lines(
            s,
            130,
            54,
            [
                "Sakura Denki Co., Ltd.",
                "3-14-2 Shiba, Minato-ku",
                "Tokyo 105-0014",
                "TEL 03-5442-0987",
            ],
            "sans",
            8.5,
            4.2,
        )
        s.rect(18, 54, 90, 16, stroke=(0, 0, 0), lw=0.4)
        s.text(21, 60, "Amount Billed (tax incl.)", "sans", 8.5)
        s.text(105, 67, yen(total) + "-", "sans-b", 15, "r")
        s.text(18, 77, "Payment Due: 2026/12/31", "sans", 9)
        s.text(18, 82, "Transfer to: MUFG Bank, Shiba Branch, Ordinary 1234567", "sans", 8)
        cols = [
            ("Description", 90, "l"),
            ("Qty", 16, "r"),
            ("Unit Price", 30, "r"),
            ("Amount", 38, "r"),
        ]
        body = [
            [d, money(q, "en", 0), money(p, "en", 0), money(a, "en", 0)]
            for (d, q, p, _), a in zip(rows, amounts, strict=True)
        ]
        y = table(
            s,
            18,
            90,
            cols,
            body,
            font="sans",
            size=9,
            hfont="sans-b",
            grid=True,
            head_fill=(230, 230, 240),
            row_h=6,
        )
        s.text(18, y + 3, "* reduced tax rate item (8%)", "sans", 7.5)
        y += 8
        cols = [("", 44, "l"), ("Taxable amount", 32, "r"), ("Consumption tax", 32, "r")]
        body = [[f"{r}% items", yen(base[r]), yen(tax[r])] for r in (10, 8)]
        body.append(["Total", yen(net), yen(vat)])
        table(s, 84, y, cols, body, font="sans", size=8.5, hfont="sans-b", grid=True, row_h=5.5)
        s.text(192, y + 36, "Total (tax incl.)  " + yen(total), "sans-b", 10.5, "r")

    items = [item(d.rstrip(" *"), a, q, p) for (d, q, p, _), a in zip(rows, amounts, strict=True)]
    return Doc(
        name,
        truth(
            number="SD-2026-1120",
            date="2026-11-20",
            due="2026-12-31",
            vendor="Sakura Denki Co., Ltd.",
            net=net,
            vat=vat,
            total=total,
            currency="JPY",
            items=items,
            locale="ja-JP",
            layout="invoice",
        ),
        draw,
    )


# ============================================================================= receipts


def _slip_doc(
    name: str,
    slip: Slip,
    t: dict[str, Any],
    *,
    out: str = "jpg",
    kind: str = "photo",
    dpi: int = 203,
    fade: float = 0.25,
    post: Callable[[Image.Image, np.random.Generator], Image.Image] | None = None,
    paper: tuple[int, int, int] = (255, 255, 255),
) -> Doc:
    def chain(im: Image.Image, g: np.random.Generator) -> Image.Image:
        im = thermal(im, g, fade) if fade else im
        return post(im, g) if post else im

    return Doc(
        name,
        t,
        slip.draw,
        (slip.width, slip.height()),
        out=out,
        kind=kind,
        dpi=dpi,
        post=chain if out != "pdf" else None,
        paper=paper,
    )


def _incl(gross: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """(net, tax) of a VAT-inclusive amount, net rounded and the tax the difference."""
    net = r2(gross / (1 + rate / 100))
    return net, gross - net


def r01_de_supermarkt() -> Doc:
    name = "c01_de_supermarkt_photo"
    rows = [
        ("Vollmilch 3,5% 1L", None, D("1.19"), "A"),
        ("Bio Bananen", "1,134 kg x 1,99 EUR/kg", r2(D("1.134") * D("1.99")), "A"),
        ("Roggenbrot 500g", None, D("2.49"), "A"),
        ("Butter 250g", "2 x 2,29", D("4.58"), "A"),
        ("Spuelmittel 750ml", None, D("1.89"), "B"),
        ("Merlot trocken 0,75L", None, D("5.99"), "B"),
        ("Pfand", None, D("0.25"), "B"),
    ]
    gross = {"A": D(0), "B": D(0)}
    for *_, a, c in rows:
        gross[c] += a
    split = {"A": _incl(gross["A"], D(7)), "B": _incl(gross["B"], D(19))}
    total = gross["A"] + gross["B"]
    net = split["A"][0] + split["B"][0]
    vat = split["A"][1] + split["B"][1]
    sl = Slip(cols=40)
    sl.center("FRISCHMARKT SOMMER", True, 1.5)
    sl.center("Inh. Lena Sommer e.K.")
    sl.center("Hauptstr. 88, 69117 Heidelberg")
    sl.center("Tel. 06221 98 44 71")
    sl.blank()
    sl.lr("", "EUR")
    for d, extra, a, c in rows:
        if extra:
            sl.add(d)
            sl.lr("  " + extra, f"{money(a, 'de')} {c}")
        else:
            sl.lr(d, f"{money(a, 'de')} {c}")
    sl.rule()
    sl.lr("SUMME", "EUR " + money(total, "de"), True, 1.4)
    sl.rule()
    sl.lr("Geg. BAR", "EUR 20,00")
    sl.lr("Rückgeld", "EUR " + money(D("20.00") - total, "de"))
    sl.blank()
    sl.add("Steuer %     Netto    Steuer    Brutto")
    for c, rate in (("A", "7%"), ("B", "19%")):
        n, v = split[c]
        sl.add(f"{c}= {rate:<5}{money(n, 'de'):>11}{money(v, 'de'):>10}{money(gross[c], 'de'):>10}")
    sl.add(f"Gesamt   {money(net, 'de'):>11}{money(vat, 'de'):>10}{money(total, 'de'):>10}")
    sl.blank()
    sl.add("28.11.2026  17:42   Bon-Nr.: 4827")
    sl.add("Kasse: 2   Bed.: 14   Markt: 0311")
    sl.add("St.-Nr. 32/144/51230")
    sl.blank()
    sl.add("TSE-Transaktion: 118273")
    sl.add("TSE-Start: 2026-11-28T17:41:55")
    sl.add("TSE-Stop:  2026-11-28T17:42:31")
    sl.add("TSE-Seriennr.: 9b1c7f3e0a55d2")
    sl.blank()
    sl.center("Vielen Dank für Ihren Einkauf!")
    items = [item(d, a) for d, _, a, _ in rows]
    t = truth(
        number="4827",
        date="2026-11-28",
        due=None,
        vendor="Frischmarkt Sommer e.K.",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        items=items,
        locale="de-DE",
        layout="receipt",
        doc_type="receipt",
    )
    return _slip_doc(
        name,
        sl,
        t,
        post=lambda im, g: photo(
            im,
            g,
            table=(150, 110, 75),
            tilt=-2.0,
            persp=0.025,
            light=0.3,
            shadow=0.2,
            blur=0.8,
            noise=5,
            quality=78,
            scale=1.4,
        ),
    )


def r02_fr_boulangerie() -> Doc:
    name = "c02_fr_boulangerie_scan"
    rows = [
        ("BAGUETTE TRADITION", 2, D("1.30"), D("5.5")),
        ("CROISSANT BEURRE", 3, D("1.20"), D("5.5")),
        ("TARTE POMMES 6 PARTS", 1, D("18.50"), D("5.5")),
        ("CAFE CREME SUR PLACE", 2, D("2.80"), D(10)),
    ]
    gross: dict[Decimal, Decimal] = {}
    for _, q, p, r in rows:
        gross[r] = gross.get(r, D(0)) + q * p
    split = {r: _incl(g, r) for r, g in gross.items()}
    total = sum(gross.values(), D(0))
    net = sum((v[0] for v in split.values()), D(0))
    vat = sum((v[1] for v in split.values()), D(0))
    sl = Slip(cols=40, font="courier")
    sl.center("BOULANGERIE PATISSERIE", True)
    sl.center("LEMAIRE", True, 1.6)
    sl.center("12 rue Nationale 37000 TOURS")
    sl.center("SIRET 512 334 876 00019")
    sl.center("TVA FR 27 512334876")
    sl.blank()
    sl.add("Ticket n° 000231     Caisse 1")
    sl.add("29/11/2026 09:14     Vendeur: SOPHIE")
    sl.rule("=")
    for d, q, p, r in rows:
        sl.lr(f"{q} x {d}", money(q * p, "plainc") + " €")
        sl.add(f"     {money(p, 'plainc')} € TVA {money(r, 'plainc', 1 if r % 1 else 0)}%")
    sl.rule("=")
    sl.lr("TOTAL TTC", money(total, "plainc") + " €", True, 1.5)
    sl.blank()
    sl.lr("CB SANS CONTACT", money(total, "plainc") + " €")
    sl.blank()
    sl.add("Taux      HT        TVA       TTC")
    for r in gross:
        n, v = split[r]
        rs = money(r, "plainc", 1 if r % 1 else 0) + "%"
        sl.add(
            f"{rs:<7}{money(n, 'plainc'):>7}{money(v, 'plainc'):>10}{money(gross[r], 'plainc'):>10}"
        )
    sl.blank()
    sl.center("Merci de votre visite - A bientot")
    items = [item(f"{d}", q * p, q, p) for d, q, p, _ in rows]
    t = truth(
        number="000231",
        date="2026-11-29",
        due=None,
        vendor="Boulangerie Patisserie Lemaire",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        items=items,
        locale="fr-FR",
        layout="receipt",
        doc_type="receipt",
        note="the till prints the name in capitals without accents, over two lines",
    )
    return _slip_doc(
        name,
        sl,
        t,
        out="png",
        kind="scan",
        post=lambda im, g: scan(
            im,
            g,
            angle=1.2,
            blur=0.6,
            noise=6,
            quality=55,
            gray=True,
            contrast=0.8,
            light=0.1,
            pad=40,
        ),
    )


def r03_nl_supermarkt() -> Doc:
    name = "c03_nl_supermarkt_photo"
    rows = [
        ("HALFVOLLE MELK 1L", D("1.15"), 9),
        ("JONGE KAAS 500G", D("6.49"), 9),
        ("APPELS ELSTAR 1,5KG", D("2.99"), 9),
        ("VOLKORENBROOD", D("2.39"), 9),
        ("KOFFIEBONEN 1KG", D("12.99"), 9),
        ("BONUS KOFFIE 25%", D("-3.25"), 9),
        ("WASMIDDEL 1,5L", D("8.99"), 21),
    ]
    gross = {9: D(0), 21: D(0)}
    for _, a, r in rows:
        gross[r] += a
    split = {r: _incl(g, D(r)) for r, g in gross.items()}
    total = gross[9] + gross[21]
    net = split[9][0] + split[21][0]
    vat = split[9][1] + split[21][1]
    sl = Slip(cols=38)
    sl.center("Buurtsuper", False, 1.3, font="sans-b")
    sl.center("VAN DIJK", True, 1.8)
    sl.center("Oudegracht 140, Utrecht")
    sl.blank()
    sl.lr("OMSCHRIJVING", "BEDRAG")
    for d, a, _ in rows:
        sl.lr(d, money(a, "plainc"))
    sl.lr("", "-------")
    sl.lr(f"{len(rows) - 1} ARTIKELEN  SUBTOTAAL", money(total, "plainc"))
    sl.blank()
    sl.lr("TOTAAL", money(total, "plainc"), True, 1.5)
    sl.blank()
    sl.lr("PINNEN", money(total, "plainc"))
    sl.blank()
    sl.add("BTW      OVER      BTW")
    for r in (9, 21):
        n, v = split[r]
        sl.add(f"{str(r) + '%':<6}{money(n, 'plainc'):>8}{money(v, 'plainc'):>9}")
    sl.add(f"TOTAAL{money(net, 'plainc'):>8}{money(vat, 'plainc'):>9}")
    sl.blank()
    sl.add("BONUSKAART  xxxxxxxxx2231")
    sl.lr("UW VOORDEEL", "3,25")
    sl.blank()
    sl.add("1187  04  231  27-11-2026 18:09")
    sl.add("Bonnummer: 4471")
    sl.center("Bedankt en tot ziens!")
    items = [item(d.title(), a) for d, a, _ in rows]
    t = truth(
        number="4471",
        date="2026-11-27",
        due=None,
        vendor="Buurtsuper Van Dijk",
        net=net,
        vat=vat,
        total=total,
        currency=None,
        items=items,
        locale="nl-NL",
        layout="receipt",
        doc_type="receipt",
        note="no currency printed; the loyalty discount is keyed as a line",
    )
    return _slip_doc(
        name,
        sl,
        t,
        post=lambda im, g: photo(
            im,
            g,
            table=(205, 205, 200),
            tilt=1.5,
            persp=0.03,
            light=0.25,
            shadow=0.3,
            blur=1.0,
            noise=6,
            quality=72,
            scale=1.3,
        ),
    )


def r04_it_scontrino() -> Doc:
    name = "c04_it_scontrino_scan"
    rows = [
        ("CAPPUCCINO", 2, D("1.50")),
        ("CORNETTO", 2, D("1.30")),
        ("SPREMUTA D'ARANCIA", 1, D("3.50")),
        ("ACQUA MINERALE 0,5L", 1, D("1.20")),
    ]
    total = sum((q * p for _, q, p in rows), D(0))
    net, vat = _incl(total, D(10))
    sl = Slip(cols=36)
    sl.center("BAR CENTRALE", True, 1.6)
    sl.center("di Ferri Giulia & C. S.n.c.")
    sl.center("Piazza Garibaldi 3 - 43121 Parma")
    sl.center("P.IVA 02876540341")
    sl.blank()
    sl.center("DOCUMENTO COMMERCIALE", True)
    sl.center("di vendita o prestazione")
    sl.blank()
    sl.lr("DESCRIZIONE", "IVA    Prezzo(€)")
    for d, q, p in rows:
        if q > 1:
            sl.add(f"{q} x {money(p, 'plainc')}")
        sl.lr(d, f"10,00%  {money(q * p, 'plainc'):>7}")
    sl.rule()
    sl.lr("TOTALE COMPLESSIVO", money(total, "plainc"), True)
    sl.lr("DI CUI IVA", money(vat, "plainc"))
    sl.blank()
    sl.lr("Pagamento contante", "20,00")
    sl.lr("Resto", money(D(20) - total, "plainc"))
    sl.lr("Importo pagato", money(total, "plainc"))
    sl.blank()
    sl.add("29-11-2026 08:37")
    sl.add("DOCUMENTO N. 0142-0087")
    sl.add("RT 99MEY012345")
    sl.center("Grazie e arrivederci")
    items = [item(d, q * p, q, p) for d, q, p in rows]
    t = truth(
        number="0142-0087",
        date="2026-11-29",
        due=None,
        vendor="Bar Centrale",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        items=items,
        locale="it-IT",
        layout="receipt",
        doc_type="receipt",
        note="trading name; the company line below it is di Ferri Giulia & C. S.n.c.",
    )
    return _slip_doc(
        name,
        sl,
        t,
        out="png",
        kind="scan",
        post=lambda im, g: scan(
            im, g, angle=-0.7, blur=0.5, noise=4, quality=65, contrast=0.85, light=0.1, pad=40
        ),
    )


def r05_es_restaurante() -> Doc:
    name = "c05_es_restaurante_photo"
    rows = [
        ("MENU DEL DIA", 2, D("13.50")),
        ("RACION CROQUETAS", 1, D("8.50")),
        ("CAÑA", 2, D("2.20")),
        ("AGUA 1L", 1, D("1.80")),
        ("CAFE SOLO", 2, D("1.40")),
    ]
    total = sum((q * p for _, q, p in rows), D(0))
    net, vat = _incl(total, D(10))
    sl = Slip(cols=40)
    sl.center("RESTAURANTE CASA PEPA", True, 1.3)
    sl.center("Hostelería Pepa Gil, S.L.  B-41234567")
    sl.center("C/ Feria 31 - 41003 Sevilla")
    sl.blank()
    sl.center("FACTURA SIMPLIFICADA", True)
    sl.add("Nº: FS26-004512")
    sl.add("Fecha: 27/11/2026  Hora: 14:52")
    sl.add("Mesa: 7   Camarero: ANTONIO   Comensales: 2")
    sl.rule()
    sl.add("UDS DESCRIPCION          PRECIO  IMPORTE")
    for d, q, p in rows:
        sl.add(f"{q:>3} {d:<20}{money(p, 'de'):>7}{money(q * p, 'de'):>9}")
    sl.rule()
    sl.lr("TOTAL (IVA INCL.)", money(total, "de") + " EUR", True, 1.3)
    sl.blank()
    sl.add("   BASE IMP.   %IVA    CUOTA")
    sl.add(f"   {money(net, 'de'):>9}   10%   {money(vat, 'de'):>6}")
    sl.blank()
    sl.lr("EFECTIVO", "50,00")
    sl.lr("CAMBIO", money(D(50) - total, "de"))
    sl.blank()
    sl.center("GRACIAS POR SU VISITA")
    items = [item(d, q * p, q, p) for d, q, p in rows]
    t = truth(
        number="FS26-004512",
        date="2026-11-27",
        due=None,
        vendor="Restaurante Casa Pepa",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        items=items,
        locale="es-ES",
        layout="receipt",
        doc_type="receipt",
        note="trading name at the top; the company below is Hostelería Pepa Gil, S.L.",
    )
    return _slip_doc(
        name,
        sl,
        t,
        post=lambda im, g: photo(
            im,
            g,
            table=(60, 55, 50),
            tilt=3.0,
            persp=0.035,
            light=0.35,
            shadow=0.25,
            blur=1.1,
            noise=7,
            quality=70,
            scale=1.4,
        ),
    )


def r06_us_restaurant_tip() -> Doc:
    name = "c06_us_bistro_tip_photo"
    rows = [
        ("Burrata", 1, D("16.00")),
        ("Steak Frites", 1, D("34.00")),
        ("Roast Chicken", 1, D("27.00")),
        ("Gls Pinot Noir", 2, D("15.00")),
        ("Sparkling Water", 1, D("7.00")),
    ]
    sub = sum((q * p for _, q, p in rows), D(0))
    tax = r2(sub * D("0.08875"))
    before_tip = sub + tax
    tip = D("22.80")
    total = before_tip + tip
    sl = Slip(cols=38)
    sl.center("BLUE HERON BISTRO", True, 1.4)
    sl.center("318 Hudson St")
    sl.center("New York, NY 10013")
    sl.center("(212) 555-0199")
    sl.blank()
    sl.add("Server: Maria        Table 12/2")
    sl.add("Check #4471          Guests: 2")
    sl.add("11/27/2026           8:42 PM")
    sl.rule()
    for d, q, p in rows:
        sl.lr(f"{q} {d}", money(q * p))
    sl.blank()
    sl.lr("Subtotal", money(sub))
    sl.lr("Tax", money(tax))
    sl.lr("Amount", "$" + money(before_tip), True)
    sl.blank()
    sl.add("VISA           XXXXXXXXXXXX1234")
    sl.add("Auth: 08812X   Entry: Chip")
    sl.blank()
    sl.lr("+ Tip:", money(tip), False, 1.2)
    sl.blank()
    sl.lr("= Total:", money(total), True, 1.2)
    sl.blank()
    sl.add("x_______________________________")
    sl.center("CUSTOMER COPY")
    sl.add("Suggested tip: 18% $20.52 20% $22.80")
    sl.add("               22% $25.08")
    items = [item(d, q * p, q, p) for d, q, p in rows]
    t = truth(
        number="4471",
        date="2026-11-27",
        due=None,
        vendor="Blue Heron Bistro",
        net=sub,
        vat=tax,
        total=total,
        currency="USD",
        items=items,
        locale="en-US",
        layout="receipt",
        doc_type="receipt",
        note="total includes the printed tip (amount charged); tip on the subtotal",
    )
    return _slip_doc(
        name,
        sl,
        t,
        post=lambda im, g: photo(
            im,
            g,
            table=(110, 70, 45),
            tilt=-2.5,
            persp=0.02,
            light=0.4,
            shadow=0.2,
            blur=1.2,
            noise=8,
            quality=68,
            scale=1.3,
        ),
    )


def r07_de_taxi() -> Doc:
    name = "c07_de_taxi_quittung_scan"
    fare, extra = D("31.80"), D("1.00")
    total = fare + extra
    net, vat = _incl(total, D(7))
    sl = Slip(cols=30, width=58, margin=3)
    sl.center("Taxibetrieb M. Yilmaz", True)
    sl.center("Lindenstr. 12")
    sl.center("44137 Dortmund")
    sl.center("St.-Nr. 314/5127/0448")
    sl.rule()
    sl.center("QUITTUNG", True, 1.3)
    sl.rule()
    sl.lr("Beleg-Nr.", "0452")
    sl.lr("Taxi-Nr.", "1187")
    sl.lr("Datum", "26.11.2026")
    sl.lr("Start", "22:14")
    sl.lr("Ende", "22:41")
    sl.lr("Strecke", "14,3 km")
    sl.rule()
    sl.lr("Fahrpreis", money(fare, "de"))
    sl.lr("Zuschlag Grossraum", money(extra, "de"))
    sl.lr("Gesamt EUR", money(total, "de"), True)
    sl.lr("enth. MwSt 7%", money(vat, "de"))
    sl.lr("Netto", money(net, "de"))
    sl.rule()
    sl.add("Zahlart: bar")
    sl.blank()
    sl.center("Gute Fahrt!")
    t = truth(
        number="0452",
        date="2026-11-26",
        due=None,
        vendor="Taxibetrieb M. Yilmaz",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        items=[item("Fahrpreis", fare), item("Zuschlag Grossraum", extra)],
        locale="de-DE",
        layout="receipt",
        doc_type="receipt",
    )
    return _slip_doc(
        name,
        sl,
        t,
        out="png",
        kind="scan",
        post=lambda im, g: scan(
            im,
            g,
            angle=2.2,
            blur=0.7,
            noise=5,
            quality=50,
            gray=True,
            contrast=0.75,
            light=0.15,
            pad=40,
        ),
    )


def r08_us_fuel() -> Doc:
    name = "c08_us_fuel_scan"
    gal, ppg = D("12.847"), D("3.459")
    total = r2(gal * ppg)
    sl = Slip(cols=32, width=58, margin=3, font="courier")
    sl.center("PINE HOLLOW FUEL", True)
    sl.center("STORE #2")
    sl.center("1440 ROUTE 9W")
    sl.center("KINGSTON NY 12401")
    sl.blank()
    sl.add("11/24/2026          07:58:13")
    sl.add("INVOICE# 004817")
    sl.add("AUTH#    08812X")
    sl.blank()
    sl.add("PUMP# 06")
    sl.lr("REGULAR", f"{gal} G")
    sl.lr("PRICE/GAL", "$" + str(ppg))
    sl.blank()
    sl.lr("FUEL TOTAL", "$ " + money(total), True)
    sl.blank()
    sl.add("CREDIT  MASTERCARD")
    sl.add("XXXXXXXXXXXX5521")
    sl.add("ENTRY METHOD: CHIP")
    sl.blank()
    sl.center("THANK YOU")
    sl.center("PLEASE COME AGAIN")
    t = truth(
        number="004817",
        date="2026-11-24",
        due=None,
        vendor="Pine Hollow Fuel",
        net=None,
        vat=None,
        total=total,
        currency="USD",
        items=[item("REGULAR", total, gal, ppg)],
        locale="en-US",
        layout="receipt",
        doc_type="receipt",
        note="no tax printed: net and vat null",
    )
    return _slip_doc(
        name,
        sl,
        t,
        out="png",
        kind="scan",
        fade=0.45,
        post=lambda im, g: scan(
            im,
            g,
            angle=-1.0,
            blur=0.8,
            noise=6,
            quality=45,
            gray=True,
            contrast=0.7,
            light=0.2,
            pad=40,
        ),
    )


def r09_uk_fuel() -> Doc:
    name = "c09_gb_fuel_photo"
    litres, ppl = D("38.42"), D("1.419")
    fuel = r2(litres * ppl)
    rows = [
        ("UNLEADED PUMP 4", fuel),
        ("CAR WASH PREMIUM", D("8.00")),
        ("COFFEE REGULAR", D("2.20")),
    ]
    total = sum((a for _, a in rows), D(0))
    net, vat = _incl(total, D(20))
    sl = Slip(cols=40)
    sl.center("HARBOURSIDE", True, 1.5)
    sl.center("SERVICE STATION")
    sl.center("Quay Road, Falmouth TR11 3HN")
    sl.center("VAT Reg No. 412 8876 23")
    sl.blank()
    sl.add("25/11/2026 07:12          Till 1")
    sl.add("Receipt No: 2210/0387")
    sl.rule()
    sl.lr("UNLEADED PUMP 4", "£" + money(fuel))
    sl.add(f"  {litres} L @ 141.9p/L")
    for d, a in rows[1:]:
        sl.lr(d, "£" + money(a))
    sl.rule()
    sl.lr("TOTAL", "£" + money(total), True, 1.4)
    sl.lr("MASTERCARD CONTACTLESS", "£" + money(total))
    sl.blank()
    sl.add("VAT RATE    NET      VAT     GROSS")
    sl.add(f"20.00%  {money(net):>7}  {money(vat):>6}  {money(total):>7}")
    sl.blank()
    sl.add("Fuel Rewards card ****8812")
    sl.lr("Points earned this visit", "64")
    sl.lr("Points balance", "1,283")
    sl.blank()
    sl.center("Thank you - drive safely")
    items = [item(d, a) for d, a in rows]
    t = truth(
        number="2210/0387",
        date="2026-11-25",
        due=None,
        vendor="Harbourside Service Station",
        net=net,
        vat=vat,
        total=total,
        currency="GBP",
        items=items,
        locale="en-GB",
        layout="receipt",
        doc_type="receipt",
    )
    return _slip_doc(
        name,
        sl,
        t,
        post=lambda im, g: photo(
            im,
            g,
            table=(40, 60, 110),
            tilt=1.8,
            persp=0.03,
            light=0.3,
            shadow=0.35,
            blur=0.9,
            noise=6,
            quality=75,
            scale=1.3,
        ),
    )


def r10_se_kafe_pdf() -> Doc:
    name = "c10_se_kafe_kvitto"
    rows = [
        ("Cappuccino", 2, D("42.00")),
        ("Kanelbulle", 1, D("38.00")),
        ("Räksmörgås", 1, D("129.00")),
    ]
    total = sum((q * p for _, q, p in rows), D(0))
    net, vat = _incl(total, D(12))
    sl = Slip(cols=36, font="mono")
    sl.center("Kaffebaren Lilla Torg", True, 1.2)
    sl.center("Lilla Torg 3, 211 34 Malmö")
    sl.center("Org.nr 559012-3456")
    sl.blank()
    sl.add("KVITTO")
    sl.lr("Kvittonummer", "20461")
    sl.lr("Datum", "2026-11-26 10:03")
    sl.lr("Kassa", "1 / Elin")
    sl.rule()
    for d, q, p in rows:
        sl.lr(f"{q} st {d}", money(q * p, "sv"))
    sl.rule()
    sl.lr("Totalt", money(total, "sv") + " kr", True, 1.3)
    sl.blank()
    sl.add("Moms%      Moms     Netto    Brutto")
    sl.add(f"12,00 {money(vat, 'sv'):>10}{money(net, 'sv'):>10}{money(total, 'sv'):>10}")
    sl.blank()
    sl.lr("Kort (Visa)", money(total, "sv"))
    sl.blank()
    sl.center("Tack för besöket!")
    sl.center("Kontrollenhet: BCA1234567890123")
    items = [item(d, q * p, q, p) for d, q, p in rows]
    t = truth(
        number="20461",
        date="2026-11-26",
        due=None,
        vendor="Kaffebaren Lilla Torg",
        net=net,
        vat=vat,
        total=total,
        currency="SEK",
        items=items,
        locale="sv-SE",
        layout="receipt",
        doc_type="receipt",
        note="e-receipt PDF from the till",
    )
    return _slip_doc(name, sl, t, out="pdf", kind="pdf", fade=0)


def r11_dk_kiosk() -> Doc:
    name = "c11_dk_kiosk_photo"
    rows = [
        ("COCA-COLA 0,5L", 2, D("22.00")),
        ("PANT A", 2, D("1.50")),
        ("CHOKOLADEBAR", 1, D("12.95")),
        ("PØLSE M. BRØD", 1, D("35.00")),
    ]
    goods = sum((q * p for _, q, p in rows), D(0))
    vat = r2(goods * D("0.20"))
    net = goods - vat
    total = r2(goods, D("0.50"))
    sl = Slip(cols=36)
    sl.center("SØNDERGADE KIOSK", True, 1.3)
    sl.center("Søndergade 21, 8000 Aarhus C")
    sl.center("CVR 41 22 87 19")
    sl.blank()
    sl.add("Bon nr. 31877      27-11-2026 16:20")
    sl.rule()
    for d, q, p in rows:
        sl.lr(f"{q} x {d}", money(q * p, "de"))
    sl.rule()
    sl.lr("SUBTOTAL", money(goods, "de"))
    sl.lr("Afrunding", money(total - goods, "de"))
    sl.lr("I ALT DKK", money(total, "de"), True, 1.4)
    sl.blank()
    sl.lr("KONTANT", "100,00")
    sl.lr("RETUR", money(D(100) - total, "de"))
    sl.blank()
    sl.lr("Heraf moms 25%", money(vat, "de"))
    sl.blank()
    sl.center("TAK FOR BESØGET")
    items = [item(d, q * p, q, p) for d, q, p in rows]
    t = truth(
        number="31877",
        date="2026-11-27",
        due=None,
        vendor="Søndergade Kiosk",
        net=net,
        vat=vat,
        total=total,
        currency="DKK",
        items=items,
        locale="da-DK",
        layout="receipt",
        doc_type="receipt",
        note="total after the cash rounding; net = goods - VAT",
    )
    return _slip_doc(
        name,
        sl,
        t,
        post=lambda im, g: photo(
            im,
            g,
            table=(180, 150, 110),
            tilt=-1.2,
            persp=0.02,
            light=0.2,
            shadow=0.15,
            blur=0.8,
            noise=5,
            quality=80,
            scale=1.4,
        ),
    )


def r12_pl_paragon() -> Doc:
    name = "c12_pl_paragon_scan"
    rows = [
        ("Chleb żytni 500g", "1 x6,49", D("6.49"), "C"),
        ("Masło extra 200g", "2 x7,99", D("15.98"), "C"),
        ("Jabłka luz", "1,26 x4,99", r2(D("1.26") * D("4.99")), "C"),
        ("Płyn do naczyń 1L", "1 x8,99", D("8.99"), "A"),
        ("Piwo jasne 0,5L but.", "2 x4,49", D("8.98"), "A"),
    ]
    gross = {"A": D(0), "C": D(0)}
    for *_, a, c in rows:
        gross[c] += a
    ptu = {"A": r2(gross["A"] * 23 / 123), "C": r2(gross["C"] * 5 / 105)}
    total = gross["A"] + gross["C"]
    vat = ptu["A"] + ptu["C"]
    net = total - vat
    sl = Slip(cols=40)
    sl.center('Sklep Spożywczy "Pod Lipami"')
    sl.center("Anna Kowalczyk")
    sl.center("ul. Lipowa 7, 20-020 Lublin")
    sl.center("NIP 712-104-33-18")
    sl.blank()
    sl.lr("2026-11-28", "nr wydr. 004482")
    sl.center("PARAGON FISKALNY", True, 1.3)
    for d, qp, a, c in rows:
        sl.lr(d, f"{qp} {money(a, 'plainc')}{c}")
    sl.rule()
    sl.lr("SPRZEDAŻ OPODATK. A", money(gross["A"], "plainc"))
    sl.lr("PTU A 23,00%", money(ptu["A"], "plainc"))
    sl.lr("SPRZEDAŻ OPODATK. C", money(gross["C"], "plainc"))
    sl.lr("PTU C 5,00%", money(ptu["C"], "plainc"))
    sl.lr("SUMA PTU", money(vat, "plainc"))
    sl.lr("SUMA PLN", money(total, "plainc"), True, 1.5)
    sl.rule()
    sl.lr("Gotówka", "50,00 PLN")
    sl.lr("Reszta", money(D(50) - total, "plainc") + " PLN")
    sl.blank()
    sl.add("00127 #Kasa 1    Kasjer nr 2   12:31")
    sl.add("4F7A2C19D0B3E8A1 54C0A9F2B7E61D3C")
    sl.center("PL CAO 1801234567")
    items = [item(d, a) for d, _, a, _ in rows]
    t = truth(
        number="004482",
        date="2026-11-28",
        due=None,
        vendor='Sklep Spożywczy "Pod Lipami"',
        net=net,
        vat=vat,
        total=total,
        currency="PLN",
        items=items,
        locale="pl-PL",
        layout="receipt",
        doc_type="receipt",
        note="number = nr wydruku; the owner Anna Kowalczyk is "
        "printed on the line below the shop's name",
    )
    return _slip_doc(
        name,
        sl,
        t,
        out="jpg",
        kind="scan",
        post=lambda im, g: scan(
            im, g, angle=0.8, blur=0.9, noise=7, quality=42, contrast=0.8, light=0.2, pad=40
        ),
    )


def r13_cz_restaurace_tip() -> Doc:
    name = "c13_cz_restaurace_scan"
    rows = [
        ("Pilsner Urquell 0,5l", 2, D(59)),
        ("Svíčková na smetaně", 1, D(245)),
        ("Smažený sýr, hranolky", 1, D(215)),
        ("Kofola 0,3l", 2, D(45)),
    ]
    goods = sum((q * p for _, q, p in rows), D(0))
    net, vat = _incl(goods, D(12))
    tip = D(32)
    total = goods + tip
    sl = Slip(cols=40)
    sl.center("Restaurace U Zlatého lva", True, 1.2)
    sl.center("Husova 14, 602 00 Brno")
    sl.center("IČO: 06123987  DIČ: CZ06123987")
    sl.blank()
    sl.center("ÚČTENKA č. 2026/1184", True)
    sl.add("Datum: 25.11.2026 19:48   Stůl: 12")
    sl.add("Obsluha: Tomáš")
    sl.rule()
    sl.add("Ks  Položka                  Cena  Celkem")
    for d, q, p in rows:
        sl.add(f"{q:<3} {d:<22}{money(p, 'fr', 0):>6}{money(q * p, 'fr'):>8}")
    sl.rule()
    sl.lr("Celkem", money(goods, "fr") + " Kč", True)
    sl.blank()
    sl.add("Sazba DPH     Základ       DPH")
    sl.add(f"12 %     {money(net, 'fr'):>10}{money(vat, 'fr'):>10}")
    sl.blank()
    sl.lr("Spropitné", money(tip, "fr") + " Kč")
    sl.lr("CELKEM K ÚHRADĚ", money(total, "fr") + " Kč", True, 1.2)
    sl.lr("Platba kartou", money(total, "fr"))
    sl.blank()
    sl.center("Děkujeme a těšíme se na Vás")
    items = [item(d, q * p, q, p) for d, q, p in rows]
    t = truth(
        number="2026/1184",
        date="2026-11-25",
        due=None,
        vendor="Restaurace U Zlatého lva",
        net=net,
        vat=vat,
        total=total,
        currency="CZK",
        items=items,
        locale="cs-CZ",
        layout="receipt",
        doc_type="receipt",
        note="total includes the printed tip",
    )
    return _slip_doc(
        name,
        sl,
        t,
        out="png",
        kind="scan",
        post=lambda im, g: scan(
            im, g, angle=-1.5, blur=0.6, noise=5, quality=60, contrast=0.85, light=0.12, pad=40
        ),
    )


def r14_jp_konbini() -> Doc:
    name = "c14_jp_konbini_photo"
    rows = [
        ("Onigiri Sake", D(160), True),
        ("O-cha 500ml", D(151), True),
        ("Karaage Bento", D(598), True),
        ("Vinyl Umbrella", D(770), False),
    ]
    g8 = sum((p for _, p, red in rows if red), D(0))
    g10 = sum((p for _, p, red in rows if not red), D(0))
    t8 = (g8 * 8 / 108).quantize(D(1), rounding="ROUND_DOWN")
    t10 = (g10 * 10 / 110).quantize(D(1), rounding="ROUND_DOWN")
    total = g8 + g10
    vat = t8 + t10
    net = total - vat

    def yen(v: Decimal) -> str:
        return "¥" + money(v, "en", 0)

    sl = Slip(cols=34)
    sl.center("HAPPYMART", True, 1.8)
    sl.center("Shibuya Dogenzaka-ten")
    sl.center("Tokyo-to Shibuya-ku Dogenzaka 2-6-1")
    sl.center("TEL 03-3461-0000")
    sl.center("Toroku Bango T9876543210987")
    sl.blank()
    sl.center("RYOSHUSHO (RECEIPT)", True)
    sl.add("2026/11/28(Sat) 13:05")
    sl.add("Reji 2  Sekinin 018  No.4471")
    sl.rule()
    for d, p, red in rows:
        sl.lr(d + (" *" if red else ""), yen(p))
    sl.rule()
    sl.lr("Goukei", yen(total), True, 1.4)
    sl.lr(" (10% Taisho", yen(g10) + ")")
    sl.lr(" (10% Uchi Shohizei", yen(t10) + ")")
    sl.lr(" (8% Taisho", yen(g8) + ")")
    sl.lr(" (8% Uchi Shohizei", yen(t8) + ")")
    sl.lr("Oazukari", yen(D(2000)))
    sl.lr("Otsuri", yen(D(2000) - total))
    sl.blank()
    sl.add("* wa keigen zeiritsu (8%) taisho")
    sl.center("Arigatou gozaimashita")
    items = [item(d, p) for d, p, _ in rows]
    t = truth(
        number="4471",
        date="2026-11-28",
        due=None,
        vendor="HAPPYMART",
        net=net,
        vat=vat,
        total=total,
        currency="JPY",
        items=items,
        locale="ja-JP",
        layout="receipt",
        doc_type="receipt",
        note="romanised Japanese labels; prices include tax",
    )
    return _slip_doc(
        name,
        sl,
        t,
        post=lambda im, g: photo(
            im,
            g,
            table=(225, 225, 220),
            tilt=1.0,
            persp=0.03,
            light=0.3,
            shadow=0.3,
            blur=1.0,
            noise=6,
            quality=74,
            scale=1.3,
        ),
    )


def r15_in_restaurant() -> Doc:
    name = "c15_in_restaurant_bill_scan"
    rows = [
        ("Masala Dosa", 2, D("120.00")),
        ("Idli Vada", 1, D("90.00")),
        ("Paneer Butter Masala", 1, D("260.00")),
        ("Butter Naan", 4, D("45.00")),
        ("Filter Coffee", 3, D("40.00")),
    ]
    sub = sum((q * p for _, q, p in rows), D(0))
    cg = r2(sub * D("0.025"))
    exact = sub + 2 * cg
    total = r2(exact, D(1))
    sl = Slip(cols=40)
    sl.center("ANNAPOORNA VEG RESTAURANT", True)
    sl.center("No. 12, 100 Feet Road, Indiranagar")
    sl.center("Bengaluru - 560038")
    sl.center("GSTIN: 29ABCPA1234F1Z9")
    sl.center("FSSAI: 11219333000412")
    sl.rule("=")
    sl.add("Bill No: 2247           Table: 5")
    sl.add("Date: 26/11/2026        Time: 13:22")
    sl.add("Steward: Ravi")
    sl.rule()
    sl.add("Item                  Qty  Rate  Amount")
    for d, q, p in rows:
        sl.add(f"{d:<21}{q:>4}{money(p, 'en', 0):>6}{money(q * p):>9}")
    sl.rule()
    sl.lr("Sub Total", money(sub))
    sl.lr("CGST @ 2.5%", money(cg))
    sl.lr("SGST @ 2.5%", money(cg))
    sl.lr("Round Off", money(total - exact))
    sl.rule()
    sl.lr("Grand Total", "Rs. " + money(total), True, 1.3)
    sl.rule("=")
    sl.add("Paid: UPI")
    sl.center("Thank you! Visit again")
    items = [item(d, q * p, q, p) for d, q, p in rows]
    t = truth(
        number="2247",
        date="2026-11-26",
        due=None,
        vendor="Annapoorna Veg Restaurant",
        net=sub,
        vat=2 * cg,
        total=total,
        currency="INR",
        items=items,
        locale="en-IN",
        layout="receipt",
        doc_type="receipt",
        note="vat = CGST + SGST; total after round off",
    )
    return _slip_doc(
        name,
        sl,
        t,
        out="png",
        kind="scan",
        post=lambda im, g: scan(
            im,
            g,
            angle=0.5,
            blur=0.7,
            noise=6,
            quality=55,
            gray=True,
            contrast=0.8,
            light=0.15,
            pad=40,
        ),
    )


def r16_au_cafe() -> Doc:
    name = "c16_au_cafe_photo"
    rows = [
        ("Flat White", 2, D("5.20")),
        ("Smashed Avo on Sourdough", 1, D("19.50")),
        ("Banana Bread", 1, D("6.50")),
    ]
    goods = sum((q * p for _, q, p in rows), D(0))
    surcharge = r2(goods * D("0.015"))
    total = goods + surcharge
    gst = r2(total / 11)
    net = total - gst
    sl = Slip(cols=36)
    sl.center("Little Lane Espresso", True, 1.3)
    sl.center("7 Hosier Lane, Melbourne VIC 3000")
    sl.center("ABN 62 613 884 210")
    sl.blank()
    sl.center("TAX INVOICE", True)
    sl.add("Receipt #A-1187")
    sl.add("28/11/2026 9:31 AM   Order 118")
    sl.rule()
    for d, q, p in rows:
        sl.lr(f"{q} {d}", "$" + money(q * p))
    sl.lr("Card surcharge 1.5%", "$" + money(surcharge))
    sl.rule()
    sl.lr("Total (incl GST)", "$" + money(total), True, 1.2)
    sl.lr("GST included", "$" + money(gst))
    sl.blank()
    sl.lr("EFTPOS", "$" + money(total))
    sl.blank()
    sl.center("Ta! See you tomorrow")
    items = [item(d, q * p, q, p) for d, q, p in rows]
    t = truth(
        number="A-1187",
        date="2026-11-28",
        due=None,
        vendor="Little Lane Espresso",
        net=net,
        vat=gst,
        total=total,
        currency="AUD",
        items=items,
        locale="en-AU",
        layout="receipt",
        doc_type="receipt",
        note="the card surcharge is not keyed as an item (it is a charge in the totals)",
    )
    return _slip_doc(
        name,
        sl,
        t,
        post=lambda im, g: photo(
            im,
            g,
            table=(95, 120, 85),
            tilt=-2.2,
            persp=0.03,
            light=0.3,
            shadow=0.25,
            blur=1.0,
            noise=6,
            quality=72,
            scale=1.3,
        ),
    )


def r17_sg_dimsum() -> Doc:
    name = "c17_sg_dimsum_scan"
    rows = [
        ("Har Gow", 1, D("6.80")),
        ("Siew Mai", 1, D("6.20")),
        ("Char Siew Bao", 1, D("5.80")),
        ("Chinese Tea", 2, D("1.50")),
    ]
    sub = sum((q * p for _, q, p in rows), D(0))
    svc = r2(sub * D("0.10"))
    gst = r2((sub + svc) * D("0.09"))
    exact = sub + svc + gst
    total = r2(exact, D("0.05"))
    sl = Slip(cols=38)
    sl.center("JADE GARDEN DIM SUM", True, 1.2)
    sl.center("#01-23 Chinatown Point")
    sl.center("133 New Bridge Road S(059413)")
    sl.center("GST Reg No: 201534567M")
    sl.blank()
    sl.add("Inv No : 1-45128")
    sl.add("Date   : 27/11/2026 12:48")
    sl.add("Table  : 8     Pax: 2")
    sl.rule()
    for d, q, p in rows:
        sl.lr(f"{q}  {d}", money(q * p))
    sl.rule()
    sl.lr("Subtotal", money(sub))
    sl.lr("10% Svc Chg", money(svc))
    sl.lr("9% GST", money(gst))
    sl.lr("Rounding Adj", money(total - exact))
    sl.lr("TOTAL", "S$" + money(total), True, 1.3)
    sl.blank()
    sl.lr("CASH", "30.00")
    sl.lr("CHANGE", money(D(30) - total))
    sl.blank()
    sl.center("Thank You, Please Come Again")
    items = [item(d, q * p, q, p) for d, q, p in rows]
    t = truth(
        number="1-45128",
        date="2026-11-27",
        due=None,
        vendor="Jade Garden Dim Sum",
        net=sub + svc,
        vat=gst,
        total=total,
        currency="SGD",
        items=items,
        locale="en-SG",
        layout="receipt",
        doc_type="receipt",
        note="net = subtotal + service charge (GST is charged on both); total after rounding",
    )
    return _slip_doc(
        name,
        sl,
        t,
        out="png",
        kind="scan",
        post=lambda im, g: scan(
            im, g, angle=1.8, blur=0.6, noise=5, quality=58, contrast=0.85, light=0.15, pad=40
        ),
    )


def r18_my_restoran() -> Doc:
    name = "c18_my_restoran_photo"
    rows = [
        ("Nasi Lemak Ayam", 2, D("9.50")),
        ("Roti Canai", 3, D("1.80")),
        ("Teh Tarik", 2, D("2.80")),
        ("Milo Ais", 1, D("3.50")),
    ]
    sub = sum((q * p for _, q, p in rows), D(0))
    tax = r2(sub * D("0.06"))
    exact = sub + tax
    total = r2(exact, D("0.05"))
    sl = Slip(cols=36)
    sl.center("RESTORAN SELERA KAMPUNG", True)
    sl.center("No 5, Jalan Telawi 3, Bangsar")
    sl.center("59100 Kuala Lumpur")
    sl.center("SST ID: W10-1808-31012345")
    sl.blank()
    sl.add("Bill No : B0012847")
    sl.add("Date    : 29/11/2026  08:15")
    sl.add("Cashier : Aisyah")
    sl.rule()
    sl.add("Qty Item                   Amt(RM)")
    for d, q, p in rows:
        sl.add(f"{q:<3} {d:<22}{money(q * p):>8}")
    sl.rule()
    sl.lr("Sub Total", money(sub))
    sl.lr("Service Tax 6%", money(tax))
    sl.lr("Rounding", money(total - exact))
    sl.lr("TOTAL RM", money(total), True, 1.3)
    sl.lr("Cash", "50.00")
    sl.lr("Change", money(D(50) - total))
    sl.blank()
    sl.center("Terima kasih, sila datang lagi")
    items = [item(d, q * p, q, p) for d, q, p in rows]
    t = truth(
        number="B0012847",
        date="2026-11-29",
        due=None,
        vendor="Restoran Selera Kampung",
        net=sub,
        vat=tax,
        total=total,
        currency="MYR",
        items=items,
        locale="en-MY",
        layout="receipt",
        doc_type="receipt",
        note="total after the rounding line",
    )
    return _slip_doc(
        name,
        sl,
        t,
        post=lambda im, g: photo(
            im,
            g,
            table=(170, 40, 40),
            tilt=2.0,
            persp=0.035,
            light=0.35,
            shadow=0.2,
            blur=1.1,
            noise=8,
            quality=70,
            scale=1.3,
        ),
    )


def r19_pt_mercearia() -> Doc:
    name = "c19_pt_mercearia_scan"
    rows = [
        ("PAO DE FORMA", 1, D("1.89"), 6),
        ("LEITE MEIO GORDO 1L", 6, D("0.79"), 6),
        ("AZEITE VIRGEM EXTRA 0,75L", 1, D("7.49"), 6),
        ("VINHO TINTO DOURO", 1, D("4.29"), 13),
        ("DETERGENTE ROUPA 2L", 1, D("9.99"), 23),
    ]
    gross: dict[int, Decimal] = {}
    for _, q, p, r in rows:
        gross[r] = gross.get(r, D(0)) + q * p
    split = {r: _incl(g, D(r)) for r, g in gross.items()}
    total = sum(gross.values(), D(0))
    net = sum((v[0] for v in split.values()), D(0))
    vat = sum((v[1] for v in split.values()), D(0))
    code = {6: "A", 13: "B", 23: "C"}
    sl = Slip(cols=40, font="courier")
    sl.center("MERCEARIA FLOR DO BAIRRO, LDA", True)
    sl.center("Rua da Graça 45, 1170-165 Lisboa")
    sl.center("NIF 514 223 901")
    sl.blank()
    sl.center("FATURA SIMPLIFICADA", True)
    sl.add("FS 001/45678")
    sl.add("ATCUD: JFX7R2KM-45678")
    sl.add("Data: 2026-11-29  11:20")
    sl.add("Contribuinte: Consumidor final")
    sl.rule()
    for d, q, p, r in rows:
        sl.lr(d, f"{money(q * p, 'plainc')} {code[r]}")
        if q > 1:
            sl.add(f"   {q} x {money(p, 'plainc')}")
    sl.rule()
    sl.lr("TOTAL A PAGAR", money(total, "plainc") + " EUR", True)
    sl.lr("Numerário", "30,00")
    sl.lr("Troco", money(D(30) - total, "plainc"))
    sl.blank()
    sl.add("Taxa      Incidência      IVA")
    for r in (6, 13, 23):
        n, v = split[r]
        sl.add(f"{code[r]} {r:>2}%{money(n, 'plainc'):>15}{money(v, 'plainc'):>9}")
    sl.add(f"Total{money(net, 'plainc'):>15}{money(vat, 'plainc'):>9}")
    sl.blank()
    sl.add("K7pQ-Processado por programa")
    sl.add("certificado n.º 2210/AT")
    items = [item(d, q * p, q, p) for d, q, p, _ in rows]
    t = truth(
        number="FS 001/45678",
        date="2026-11-29",
        due=None,
        vendor="Mercearia Flor do Bairro, Lda",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        items=items,
        locale="pt-PT",
        layout="receipt",
        doc_type="receipt",
    )
    return _slip_doc(
        name,
        sl,
        t,
        out="png",
        kind="scan",
        post=lambda im, g: scan(
            im,
            g,
            angle=-0.4,
            blur=0.5,
            noise=4,
            quality=70,
            gray=True,
            contrast=0.85,
            light=0.1,
            pad=40,
        ),
    )


def r20_fi_lahikauppa() -> Doc:
    name = "c20_fi_lahikauppa_photo"
    rows = [
        ("RUISLEIPÄ 500G", 1, D("2.79"), D(14)),
        ("MAITO 1L", 2, D("1.25"), D(14)),
        ("JUUSTO 500G", 1, D("6.49"), D(14)),
        ("KAHVI 500G", 1, D("7.99"), D(14)),
        ("PESUAINE 750ML", 1, D("4.99"), D("25.5")),
    ]
    gross: dict[Decimal, Decimal] = {}
    for _, q, p, r in rows:
        gross[r] = gross.get(r, D(0)) + q * p
    split = {r: _incl(g, r) for r, g in gross.items()}
    total = sum(gross.values(), D(0))
    net = sum((v[0] for v in split.values()), D(0))
    vat = sum((v[1] for v in split.values()), D(0))
    sl = Slip(cols=38)
    sl.center("LÄHIKAUPPA AHONEN", True, 1.4)
    sl.center("Fleminginkatu 9, 00530 Helsinki")
    sl.center("Y-tunnus 2845512-6")
    sl.blank()
    for d, q, p, _ in rows:
        sl.lr(d, money(q * p, "plainc"))
        if q > 1:
            sl.add(f"  {q} KPL  {money(p, 'plainc')} EUR/KPL")
    sl.rule()
    sl.lr("YHTEENSÄ", money(total, "plainc"), True, 1.4)
    sl.blank()
    sl.lr("PANKKIKORTTI", money(total, "plainc") + " EUR")
    sl.blank()
    sl.add("ALV      VEROTON     VERO   VEROLLINEN")
    for r in gross:
        n, v = split[r]
        rs = money(r, "plainc", 1 if r % 1 else 0) + "%"
        sl.add(
            f"{rs:<6}{money(n, 'plainc'):>10}{money(v, 'plainc'):>9}{money(gross[r], 'plainc'):>12}"
        )
    sl.blank()
    sl.add("PLUSSA-KORTTI **** 4402")
    sl.lr("BONUSOSTOT", money(total, "plainc"))
    sl.blank()
    sl.add("KUITTI 7781/3   28.11.2026 18:05")
    sl.center("KIITOS KÄYNNISTÄ!")
    items = [item(d, q * p, q, p) for d, q, p, _ in rows]
    t = truth(
        number="7781/3",
        date="2026-11-28",
        due=None,
        vendor="Lähikauppa Ahonen",
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        items=items,
        locale="fi-FI",
        layout="receipt",
        doc_type="receipt",
    )
    return _slip_doc(
        name,
        sl,
        t,
        post=lambda im, g: photo(
            im,
            g,
            table=(130, 130, 135),
            tilt=-1.0,
            persp=0.025,
            light=0.25,
            shadow=0.3,
            blur=0.9,
            noise=6,
            quality=76,
            scale=1.3,
        ),
    )


# ============================================================================= the set

DOCS: tuple[Callable[[], Doc], ...] = (
    i01_us_quickbooks,
    i02_de_erp,
    i03_fr_freelance,
    i04_nl_marketplace,
    i05_it_fattura,
    i06_es_irpf,
    i07_pt_fatura,
    i08_pl_faktura,
    i09_cz_faktura,
    i10_se_elrakning,
    i11_dk_faktura,
    i12_fi_lasku,
    i13_gb_hotel,
    i14_in_gst,
    i15_au_tax_invoice,
    i16_sg_tax_invoice,
    i17_my_invoice,
    i18_gb_credit_note,
    i19_ch_qr_rechnung,
    i20_us_no_currency,
    i21_jp_invoice,
    r01_de_supermarkt,
    r02_fr_boulangerie,
    r03_nl_supermarkt,
    r04_it_scontrino,
    r05_es_restaurante,
    r06_us_restaurant_tip,
    r07_de_taxi,
    r08_us_fuel,
    r09_uk_fuel,
    r10_se_kafe_pdf,
    r11_dk_kiosk,
    r12_pl_paragon,
    r13_cz_restaurace_tip,
    r14_jp_konbini,
    r15_in_restaurant,
    r16_au_cafe,
    r17_sg_dimsum,
    r18_my_restoran,
    r19_pt_mercearia,
    r20_fi_lahikauppa,
)


def render(doc: Doc, out_dir: Path) -> Path:
    """Write the document and its truth JSON; return the document's path."""
    path = out_dir / f"{doc.name}.{doc.out}"
    if doc.out == "pdf":
        pdf = PdfSurface(path, doc.size)
        doc.draw(pdf)
        pdf.save()
    else:
        surf = ImageSurface(doc.size, doc.dpi, paper=doc.paper)
        doc.draw(surf)
        img = surf.img
        if doc.post is not None:
            img = doc.post(img, rng_for(doc.name))
        if doc.out == "png":
            img.save(path, "PNG")
        else:
            img.save(path, "JPEG", quality=90)
    t = dict(doc.truth)
    t["kind"] = doc.kind
    (out_dir / f"{doc.name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=OUT_DEFAULT)
    parser.add_argument("--only", help="comma-separated document names (for a quick look)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    only = set(args.only.split(",")) if args.only else None
    for make in DOCS:
        doc = make()
        if only and doc.name not in only:
            continue
        print(render(doc, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
