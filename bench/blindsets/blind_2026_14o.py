# ruff: noqa: E501
"""Blind set 14o: Northern, Central and Eastern European invoices and till receipts.

Run from the repository root::

    python -m bench.blindsets.blind_2026_14o [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so a re-run is
byte-identical. The module draws its own documents and imports nothing from the product.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

SET = "14o"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-14o")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONT_FILES = {
    "Sans": "DejaVuSans.ttf",
    "Sans-B": "DejaVuSans-Bold.ttf",
    "Sans-I": "DejaVuSans-Oblique.ttf",
    "Light": "DejaVuSans-ExtraLight.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-B": "DejaVuSansCondensed-Bold.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-B": "DejaVuSerif-Bold.ttf",
    "Serif-I": "DejaVuSerif-Italic.ttf",
    "SerifC": "DejaVuSerifCondensed.ttf",
    "SerifC-B": "DejaVuSerifCondensed-Bold.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "Mono-B": "DejaVuSansMono-Bold.ttf",
}
STD_FONTS = {
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Courier",
    "Courier-Bold",
}
for _n, _f in _FONT_FILES.items():
    pdfmetrics.registerFont(TTFont(_n, str(FONT_DIR / _f)))

C2 = Decimal("0.01")
C0 = Decimal("1")
ZERO = Decimal("0")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# ----------------------------------------------------------------------------- numbers


def D(x: str | int | Decimal) -> Decimal:
    return Decimal(str(x))


def q(x: Decimal, unit: Decimal = C2) -> Decimal:
    return x.quantize(unit, rounding=ROUND_HALF_UP)


def nf(d: Decimal, dec: str = ",", th: str = " ", places: int = 2) -> str:
    """Format a Decimal with the given decimal mark and thousands separator."""
    s = f"{abs(d):,.{places}f}"
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", th)
    return ("-" if d < 0 else "") + s


def k2(d: Decimal) -> str:
    return f"{q(d):.2f}"


@dataclass
class Item:
    desc: str
    qty: Decimal
    unit: Decimal
    rate: Decimal
    amount: Decimal
    code: str = ""
    uom: str = ""


def items(rows: list[tuple], unit: Decimal = C2) -> list[Item]:
    """rows: (desc, qty, unit_price, rate[, code[, uom]]); amount = qty * unit_price, rounded."""
    out = []
    for r in rows:
        desc, qty, price, rate = r[0], D(r[1]), D(r[2]), D(r[3])
        code = r[4] if len(r) > 4 else ""
        uom = r[5] if len(r) > 5 else ""
        out.append(Item(desc, qty, price, rate, q(qty * price, unit), code, uom))
    return out


def vat_on_net(lines: list[Item], unit: Decimal = C2) -> dict[Decimal, tuple[Decimal, Decimal]]:
    """Per rate: (net, vat) with vat computed on the rate's net sum."""
    out: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for rate in sorted({i.rate for i in lines}, reverse=True):
        net = sum((i.amount for i in lines if i.rate == rate), ZERO)
        out[rate] = (net, q(net * rate / 100, unit))
    return out


def vat_in_gross(
    lines: list[Item], unit: Decimal = C2
) -> dict[Decimal, tuple[Decimal, Decimal, Decimal]]:
    """Per rate: (gross, vat, net) with vat extracted from the gross sum."""
    out: dict[Decimal, tuple[Decimal, Decimal, Decimal]] = {}
    for rate in sorted({i.rate for i in lines}, reverse=True):
        gross = sum((i.amount for i in lines if i.rate == rate), ZERO)
        vat = q(gross * rate / (100 + rate), unit)
        out[rate] = (gross, vat, gross - vat)
    return out


def li(lines: list[Item], places: int = 2) -> list[dict]:
    fmt = f"{{:.{places}f}}"
    return [
        {
            "description": i.desc,
            "quantity": f"{i.qty.normalize():f}",
            "unit_price": fmt.format(i.unit),
            "amount": f"{i.amount:.2f}",
        }
        for i in lines
    ]


def truth(
    *,
    number: str | None,
    inv_date: date,
    due: date | None,
    vendor: str,
    amount: Decimal,
    vat: Decimal | None,
    total: Decimal,
    currency: str,
    locale: str,
    layout: str,
    dtype: str,
    lines: list[dict],
    note: str,
    tip: Decimal = ZERO,
    rounding: Decimal = ZERO,
) -> dict:
    assert amount + (vat if vat is not None else ZERO) + tip + rounding == total, (
        amount,
        vat,
        tip,
        rounding,
        total,
    )
    return {
        "invoice_number": number,
        "invoice_date": inv_date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": k2(amount),
        "vat": k2(vat) if vat is not None else None,
        "total": k2(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": lines,
        "note": note,
    }


# ----------------------------------------------------------------------------- page drawing


def _overlap(a: tuple, b: tuple, tol: float = 0.25) -> bool:
    return a[0] < b[2] - tol and b[0] < a[2] - tol and a[1] < b[3] - tol and b[1] < a[3] - tol


class Page:
    """A reportlab canvas that checks every text run against the page and the other runs."""

    def __init__(self, name: str, size: tuple[float, float]):
        self.name = name
        self.buf = io.BytesIO()
        self.w, self.h = size
        self.c = rl_canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(name)
        self.boxes: list[tuple[tuple, str]] = []
        self.pages = 1

    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "Sans",
        size: float = 9,
        align: str = "l",
        color: Color = black,
    ) -> float:
        if font in STD_FONTS:
            try:
                s.encode("cp1252")
            except UnicodeEncodeError as exc:
                raise LayoutError(f"{self.name}: {s!r} not encodable in {font}") from exc
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.22 * size, x0 + w, y + 0.76 * size)
        if box[0] < 3 or box[2] > self.w - 3 or box[1] < 3 or box[3] > self.h - 3:
            raise LayoutError(f"{self.name} p{self.pages}: off page {s!r} {box}")
        for b, t in self.boxes:
            if _overlap(box, b):
                raise LayoutError(f"{self.name} p{self.pages}: {s!r} overlaps {t!r}")
        self.boxes.append((box, s))
        self.c.setFont(font, size)
        self.c.setFillColor(color)
        self.c.drawString(x0, y, s)
        self.c.setFillColor(black)
        return w

    def lines(
        self,
        x: float,
        y: float,
        rows: list[str],
        font: str = "Sans",
        size: float = 9,
        lead: float | None = None,
        align: str = "l",
        color: Color = black,
    ) -> float:
        lead = lead or size * 1.3
        for r in rows:
            if r:
                self.text(x, y, r, font, size, align, color)
            y -= lead
        return y

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None = None,
        stroke: Color | None = black,
        lw: float = 0.6,
    ) -> None:
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        c.rect(x, y, w, h, fill=int(fill is not None), stroke=int(stroke is not None))
        c.setFillColor(black)
        c.setStrokeColor(black)

    def hline(
        self,
        x1: float,
        x2: float,
        y: float,
        lw: float = 0.5,
        color: Color = black,
        dash: list | None = None,
    ) -> None:
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        c.setDash(dash or [])
        c.line(x1, y, x2, y)
        c.setDash([])
        c.setStrokeColor(black)

    def vline(self, x: float, y1: float, y2: float, lw: float = 0.5, color: Color = black) -> None:
        self.c.setLineWidth(lw)
        self.c.setStrokeColor(color)
        self.c.line(x, y1, x, y2)
        self.c.setStrokeColor(black)

    def new_page(self) -> None:
        self.c.showPage()
        self.boxes = []
        self.pages += 1

    def save(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def qr_box(p: Page, x: float, y: float, size: float, rng: random.Random, n: int = 25) -> None:
    """A QR-ish square of random modules with three finder patterns; (x, y) is the lower left."""
    m = size / n
    c = p.c
    c.setFillColor(black)
    for i in range(n):
        for j in range(n):
            finder = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
            if not finder and rng.random() < 0.48:
                c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)
    for fx, fy in ((0, 0), (0, n - 7), (n - 7, 0)):
        c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, stroke=0, fill=1)
        c.setFillColor(black)
        c.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, stroke=0, fill=1)


def barcode(p: Page, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    c = p.c
    pos = x
    while pos < x + w - 3:
        bw = rng.choice((0.6, 0.6, 1.2, 1.8))
        if rng.random() < 0.55:
            c.rect(pos, y, bw, h, stroke=0, fill=1)
        pos += bw + 0.6


def _cells(
    p: Page,
    x: float,
    cols: list[tuple[float, str]],
    row: list[str],
    yy: float,
    f: str,
    size: float,
    color: Color,
) -> None:
    cx = x
    for (w, al), s in zip(cols, row, strict=True):
        if s:
            tx = cx + 2.5 if al == "l" else (cx + w - 2.5 if al == "r" else cx + w / 2)
            p.text(tx, yy, s, f, size, al, color)
        cx += w


def table(
    p: Page,
    x: float,
    y: float,
    cols: list[tuple[float, str]],
    head: list[str] | None,
    rows: list[list[str]],
    font: str = "Sans",
    bold: str = "Sans-B",
    size: float = 8.5,
    lead: float | None = None,
    head_fill: Color | None = None,
    head_color: Color = black,
    grid: bool = False,
    rules: bool = True,
    zebra: Color | None = None,
) -> float:
    """Draw a table; cols are (width, align). Returns the y below the last row."""
    lead = lead or size * 1.55
    total_w = sum(w for w, _ in cols)

    def cells(row: list[str], yy: float, f: str, color: Color = black) -> None:
        _cells(p, x, cols, row, yy, f, size, color)

    top = y
    if head:
        if head_fill is not None:
            p.rect(x, y - lead * 0.32, total_w, lead, fill=head_fill, stroke=None)
        cells(head, y, bold, head_color)
        if rules:
            p.hline(x, x + total_w, y - lead * 0.35, 0.8)
        y -= lead
    for n, row in enumerate(rows):
        if zebra is not None and n % 2 == 1:
            p.rect(x, y - lead * 0.32, total_w, lead, fill=zebra, stroke=None)
        cells(row, y, font)
        y -= lead
    if rules:
        p.hline(x, x + total_w, y + lead * 0.62, 0.6)
    if grid:
        _grid(p, x, cols, y + lead * 0.62, top + lead * 0.68)
    return y


def _grid(p: Page, x: float, cols: list[tuple[float, str]], bottom: float, top: float) -> None:
    p.rect(x, bottom, sum(w for w, _ in cols), top - bottom, fill=None, lw=0.5)
    cx = x
    for w, _ in cols[:-1]:
        cx += w
        p.vline(cx, bottom, top, 0.4)


def kv(
    p: Page,
    xl: float,
    xr: float,
    y: float,
    rows: list[tuple[str, str]],
    font: str = "Sans",
    size: float = 9,
    lead: float | None = None,
    bold_last: str | None = None,
    la: str = "l",
) -> float:
    """Label / value pairs: label at xl (aligned la), value right-aligned at xr."""
    lead = lead or size * 1.45
    for n, (a, b) in enumerate(rows):
        f = bold_last if (bold_last and n == len(rows) - 1) else font
        p.text(xl, y, a, f, size, la)
        p.text(xr, y, b, f, size, "r")
        y -= lead
    return y


# ----------------------------------------------------------------------------- till rolls


class Roll:
    """A till roll: rows are collected top-down, then drawn on a page as long as its content."""

    def __init__(
        self,
        name: str,
        width_mm: float,
        margin: float = 3.5 * mm,
        font: str = "Mono",
        size: float = 8,
    ):
        self.name = name
        self.w = width_mm * mm
        self.m = margin
        self.font = font
        self.size = size
        self.y = margin + 4
        self.ops: list[tuple] = []

    def _adv(self, size: float, lead: float | None) -> float:
        top = self.y + size
        self.y += lead or size * 1.3
        return top

    def lr(
        self,
        left: str,
        right: str = "",
        font: str | None = None,
        size: float | None = None,
        lead: float | None = None,
        indent: float = 0,
    ) -> None:
        f, s = font or self.font, size or self.size
        base = self._adv(s, lead)
        if left:
            self.ops.append(("t", self.m + indent, base, left, f, s, "l"))
        if right:
            self.ops.append(("t", self.w - self.m, base, right, f, s, "r"))

    def cols(
        self,
        cells: list[tuple[str, float, str]],
        font: str | None = None,
        size: float | None = None,
        lead: float | None = None,
    ) -> None:
        """cells: (text, x as a fraction of the usable width, align)."""
        f, s = font or self.font, size or self.size
        base = self._adv(s, lead)
        usable = self.w - 2 * self.m
        for t, fx, al in cells:
            if t:
                self.ops.append(("t", self.m + fx * usable, base, t, f, s, al))

    def center(
        self,
        text: str,
        font: str | None = None,
        size: float | None = None,
        lead: float | None = None,
    ) -> None:
        f, s = font or self.font, size or self.size
        base = self._adv(s, lead)
        self.ops.append(("t", self.w / 2, base, text, f, s, "c"))

    def rule(self, dash: bool = False, gap: float = 5) -> None:
        self.y += gap / 2
        self.ops.append(("h", self.y, dash))
        self.y += gap / 2 + 1

    def gap(self, h: float) -> None:
        self.y += h

    def draw(self, h: float, fn: Callable[[Page, float, float], None]) -> None:
        """fn(page, x_left, y_bottom) draws a shape of height h."""
        self.ops.append(("d", self.y, h, fn))
        self.y += h

    def render(self) -> bytes:
        height = self.y + self.m + 6
        p = Page(self.name, (self.w, height))
        for op in self.ops:
            if op[0] == "t":
                _, x, base, t, f, s, al = op
                p.text(x, height - base, t, f, s, al)
            elif op[0] == "h":
                p.hline(
                    self.m, self.w - self.m, height - op[1], 0.6, dash=[2, 2] if op[2] else None
                )
            else:
                _, top, h, fn = op
                fn(p, self.m, height - top - h)
        return p.save()


# ----------------------------------------------------------------------------- degradation


def render(pdf: bytes, dpi: int, page: int = 0) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return img


def scan(
    img: Image.Image,
    rng: random.Random,
    *,
    grey: bool = True,
    blur: float = 0.6,
    skew: float = 0.8,
    noise: float = 5.0,
    specks: int = 30,
    fade: float = 0.0,
    width: int | None = None,
    tint: tuple[int, int, int] = (246, 244, 238),
) -> Image.Image:
    """Flatbed-scan look: paper tint, thermal fading, skew, blur, noise and specks."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    if fade > 0:
        t = np.linspace(0, rng.uniform(2.5, 5.0), h) + rng.uniform(0, 6.28)
        prof = 1 - fade * (0.5 + 0.5 * np.sin(t))
        across = 1 - 0.25 * fade * np.linspace(0, 1, w) ** 2
        a = 255 - (255 - a) * prof[:, None, None] * across[None, :, None]
    a = a / 255.0 * np.array(tint, dtype=np.float32)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    a = cv2.warpAffine(
        a,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=tuple(float(v) for v in tint),
    )
    if blur > 0:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + nrng.normal(0, noise, a.shape).astype(np.float32)
    for _ in range(specks):
        cx, cy = rng.randrange(w), rng.randrange(h)
        v = rng.uniform(40, 140)
        cv2.circle(a, (cx, cy), rng.choice((1, 1, 2)), (v, v, v), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if grey:
        out = out.convert("L")
    if width and out.width > width:
        arr = np.asarray(out)
        nh = round(out.height * width / out.width)
        out = Image.fromarray(cv2.resize(arr, (width, nh), interpolation=cv2.INTER_AREA))
    return out


def _background(rng: random.Random, nrng: np.random.Generator, w: int, h: int) -> np.ndarray:
    style = rng.choice(("wood", "desk", "cloth", "stone"))
    base = {
        "wood": (150, 108, 72),
        "desk": (176, 174, 168),
        "cloth": (58, 64, 78),
        "stone": (138, 140, 136),
    }[style]
    low = cv2.resize(
        nrng.normal(0, 1, (12, 12)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
    )
    bg = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    bg += low[:, :, None] * 12
    if style == "wood":
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(yy / rng.uniform(7, 14) + 3 * np.sin(xx / rng.uniform(90, 200))) * 14
        bg += grain[:, :, None]
    bg += nrng.normal(0, 6 if style != "cloth" else 10, (h, w, 1)).astype(np.float32)
    return bg


def photo(
    img: Image.Image,
    rng: random.Random,
    *,
    long_side: int = 1900,
    quality: int = 72,
    fold: bool = False,
    shadow: bool = True,
) -> Image.Image:
    """Phone-photo look: perspective onto a textured background, uneven light, shadow, fold, JPEG."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    page = np.asarray(img).astype(np.float32)
    ph, pw = page.shape[:2]
    aspect = pw / ph
    fa = min(0.78, max(0.5, aspect * 1.25))
    if aspect <= 1:
        hh, ww = long_side, round(long_side * fa)
    else:
        ww, hh = long_side, round(long_side / 1.33)
    if fold:
        fy = int(ph * rng.uniform(0.3, 0.36))
        band = np.ones(ph, np.float32)
        band[:fy] = 0.96
        band[fy - 3 : fy + 3] = 0.82
        page = page * band[:, None, None]
    fill = rng.uniform(0.78, 0.88)
    s = min(fill * ww / pw, fill * hh / ph)
    cw, ch = pw * s, ph * s
    x0, y0 = (
        (ww - cw) / 2 + rng.uniform(-0.03, 0.03) * ww,
        (hh - ch) / 2 + rng.uniform(-0.02, 0.02) * hh,
    )
    j = 0.035
    dst = np.float32(
        [
            [x0 + rng.uniform(-j, j) * cw, y0 + rng.uniform(-j, j) * ch],
            [x0 + cw + rng.uniform(-j, j) * cw, y0 + rng.uniform(-j, j) * ch],
            [x0 + cw + rng.uniform(-j, j) * cw, y0 + ch + rng.uniform(-j, j) * ch],
            [x0 + rng.uniform(-j, j) * cw, y0 + ch + rng.uniform(-j, j) * ch],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (ww, hh), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (ww, hh), flags=cv2.INTER_LINEAR)
    bg = _background(rng, nrng, ww, hh)
    # soft drop shadow under the paper
    sh = cv2.GaussianBlur(np.roll(mask, (8, 10), axis=(0, 1)), (0, 0), 9)
    bg = bg * (1 - 0.45 * sh[:, :, None])
    out = warped * mask[:, :, None] + bg * (1 - mask[:, :, None])
    yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    grad = np.cos(ang) * xx / ww + np.sin(ang) * yy / hh
    light = 1.02 - 0.22 * (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    cx, cy = rng.uniform(0.3, 0.7) * ww, rng.uniform(0.3, 0.7) * hh
    light *= 1 - 0.12 * (((xx - cx) / ww) ** 2 + ((yy - cy) / hh) ** 2)
    out = out * light[:, :, None]
    if shadow:
        poly = np.zeros((hh, ww), np.float32)
        side = rng.choice((0, 1))
        xa = rng.uniform(0.55, 0.8) * ww if side else rng.uniform(0.2, 0.45) * ww
        pts = np.int32(
            [
                [xa, hh],
                [xa + rng.uniform(-0.15, 0.15) * ww, hh * rng.uniform(0.55, 0.75)],
                [ww if side else 0, hh * rng.uniform(0.5, 0.7)],
                [ww if side else 0, hh],
            ]
        )
        cv2.fillPoly(poly, [pts], 1.0)
        poly = cv2.GaussianBlur(poly, (0, 0), 25)
        out = out * (1 - 0.28 * poly[:, :, None])
    tint = np.array([rng.uniform(0.97, 1.0), 1.0, rng.uniform(0.95, 1.02)], np.float32)
    out = out * tint + nrng.normal(0, 3.5, out.shape).astype(np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 0.9))
    arr = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(arr)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def image_pdf(img: Image.Image, size: tuple[float, float], name: str) -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(name)
    c.drawImage(ImageReader(img), 0, 0, size[0], size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- registry


@dataclass
class Doc:
    pdf: bytes
    truth: dict
    country: str
    size: tuple[float, float] = A4


@dataclass
class Spec:
    fn: Callable[[random.Random], Doc]
    kind: str  # pdf | scan | imgpdf | photo
    ext: str
    opts: dict = field(default_factory=dict)


REGISTRY: dict[str, Spec] = {}


def register(kind: str, ext: str, **opts) -> Callable:
    def deco(fn: Callable[[random.Random], Doc]) -> Callable[[random.Random], Doc]:
        REGISTRY[fn.__name__] = Spec(fn, kind, ext, opts)
        return fn

    return deco


def gray(v: float) -> Color:
    return Color(v, v, v)


def fi_ref(base: str) -> str:
    """Finnish creditor reference: base digits plus a 7-3-1 check digit."""
    w = (7, 3, 1)
    s = sum(int(ch) * w[n % 3] for n, ch in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def sums(lines: list[Item]) -> Decimal:
    return sum((i.amount for i in lines), ZERO)


# ============================================================================= invoices


@register("pdf", "pdf")
def i01(rng: random.Random) -> Doc:
    name, vendor = "i01", "Nordljus Elinstallation AB"
    d, due = date(2026, 3, 12), date(2026, 4, 11)
    rows = [
        ("Arbetstid elektriker", "14", "650.00", 25, "A100", "tim"),
        ("Arbetstid lärling", "6", "420.00", 25, "A110", "tim"),
        ("Installationskabel EKK Light 3G1,5", "100", "9.80", 25, "K2031", "m"),
        ("Installationskabel EKK Light 5G2,5", "40", "18.40", 25, "K2052", "m"),
        ("Flexrör 16 mm grå", "75", "4.20", 25, "R1016", "m"),
        ("Dosa infälld 1-fack", "22", "12.50", 25, "D0101", "st"),
        ("Dosa infälld 2-fack", "6", "21.90", 25, "D0102", "st"),
        ("Vägguttag 2-v jordat vit", "18", "64.00", 25, "U2200", "st"),
        ("Strömbrytare trappkoppling", "9", "119.00", 25, "S3301", "st"),
        ("Dimmer LED 5-200W", "4", "489.00", 25, "S3410", "st"),
        ("Takdosa med lock", "12", "18.00", 25, "D0201", "st"),
        ("Downlight LED 6W 3000K IP44", "16", "229.00", 25, "L5106", "st"),
        ("Dvärgbrytare C16 1-pol", "10", "86.00", 25, "G7016", "st"),
        ("Jordfelsbrytare 4-pol 40A 30mA", "2", "742.00", 25, "G7140", "st"),
        ("Kopplingsplint 3-pol (50-p)", "2", "145.00", 25, "M0403", "fp"),
        ("Buntband 200 mm (100-p)", "1", "39.00", 25, "M0200", "fp"),
        ("Centralkapsling 36 moduler", "1", "1 590.00".replace(" ", ""), 25, "C3600", "st"),
        ("Märkning och dokumentation", "1", "450.00", 25, "A900", "st"),
        ("Utomhusarmatur vägg IP54 svart", "3", "689.00", 25, "L5401", "st"),
        ("Rörelsevakt 180° IP44", "2", "349.00", 25, "S3520", "st"),
        ("Serviceresa inom Stockholm", "3", "295.00", 25, "A800", "st"),
        ("Bortforsling emballage", "1", "180.00", 25, "A810", "st"),
    ]
    L = items(rows)
    net = sums(L)
    vat = q(net * D(25) / 100)
    exact = net + vat
    total = q(exact, C0)
    rnd = total - exact
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    p = Page(name, A4)
    yellow = HexColor("#F2B705")

    def head(page_no: int) -> None:
        p.c.setFillColor(yellow)
        p.c.circle(58, 792, 17, stroke=0, fill=1)
        p.c.setFillColor(black)
        p.text(82, 784, "NORDLJUS", "Helvetica-Bold", 24)
        p.text(83, 771, "Elinstallation AB", "Helvetica", 9, color=gray(0.35))
        p.text(555, 790, "FAKTURA", "Helvetica-Bold", 20, "r")
        p.text(555, 774, f"Sida {page_no} (2)", "Helvetica", 8, "r")

    def foot() -> None:
        p.hline(40, 555, 62, 0.5, gray(0.5))
        p.text(
            40,
            50,
            "Nordljus Elinstallation AB  ·  Hornsgatan 112, 117 26 Stockholm  ·  Tel 08-640 22 10  ·  info@nordljus.se",
            "Helvetica",
            7,
        )
        p.text(
            40,
            40,
            "Org.nr 556812-4471  ·  Momsreg.nr SE556812447101  ·  Godkänd för F-skatt  ·  Bankgiro 5231-8874",
            "Helvetica",
            7,
        )

    head(1)
    kv(
        p,
        360,
        555,
        745,
        [
            ("Fakturanr", "10482"),
            ("Fakturadatum", d.isoformat()),
            ("Förfallodatum", due.isoformat()),
            ("Kundnr", "3307"),
            ("Betalningsvillkor", "30 dagar netto"),
            ("Er referens", "Anna Lindqvist"),
            ("Vår referens", "Johan Berg"),
        ],
        "Helvetica",
        8.5,
        12,
    )
    p.text(40, 745, "Fakturaadress", "Helvetica-Bold", 8)
    p.lines(
        40,
        731,
        ["Brf Hornsbergs Strand", "c/o Fastighetskontoret", "Box 12034", "102 21 Stockholm"],
        "Helvetica",
        9.5,
        12.5,
    )
    p.text(
        40,
        660,
        "Arbetsplats: Hornsbergs strand 17, trapphus B  ·  Arbetsorder 26-118",
        "Helvetica-Oblique",
        8,
    )
    cols = [(50, "l"), (220, "l"), (45, "r"), (35, "l"), (75, "r"), (90, "r")]
    hd = ["Art.nr", "Benämning", "Antal", "Enh", "À-pris", "Belopp"]
    body = [[i.code, i.desc, f"{i.qty}", i.uom, f(i.unit), f(i.amount)] for i in L]
    y = table(
        p,
        40,
        630,
        cols,
        hd,
        body[:16],
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        15,
        head_fill=HexColor("#FFF4CC"),
    )
    p.text(555, y - 8, "Fortsättning på nästa sida ...", "Helvetica-Oblique", 8, "r")
    foot()
    p.new_page()
    head(2)
    p.text(40, 745, "Faktura 10482  ·  Brf Hornsbergs Strand  ·  forts.", "Helvetica", 8.5)
    y = table(
        p,
        40,
        715,
        cols,
        hd,
        body[16:],
        "Helvetica",
        "Helvetica-Bold",
        8.5,
        15,
        head_fill=HexColor("#FFF4CC"),
    )
    y = kv(
        p,
        350,
        555,
        y - 18,
        [("Summa exkl. moms", f(net)), ("Moms 25 %", f(vat)), ("Öresavrundning", f(rnd))],
        "Helvetica",
        9,
        14,
    )
    p.hline(350, 555, y + 8, 1)
    p.text(350, y - 6, "Att betala SEK", "Helvetica-Bold", 12)
    p.text(555, y - 6, f(total), "Helvetica-Bold", 12, "r")
    by = y - 70
    p.rect(40, by - 50, 300, 66, fill=HexColor("#FFF9E6"), stroke=yellow, lw=1)
    p.text(50, by + 2, "Betalningsinformation", "Helvetica-Bold", 9)
    kv(
        p,
        50,
        330,
        by - 14,
        [("Bankgiro", "5231-8874"), ("OCR-nummer", "1048227"), ("Förfallodatum", due.isoformat())],
        "Helvetica",
        9,
        13,
    )
    p.text(
        40,
        by - 80,
        "Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen (referensränta + 8 %).",
        "Helvetica",
        7.5,
    )
    foot()
    L_truth = li(L)
    t = truth(
        number="10482",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="SEK",
        locale="sv-SE",
        layout="invoice",
        dtype="invoice",
        lines=L_truth,
        rounding=rnd,
        note="two pages; totals and bankgiro/OCR only on page 2; öresavrundning line; OCR number differs from invoice number",
    )
    return Doc(p.save(), t, "SE")


@register("scan", "png", dpi=200, grey=True, blur=0.7, skew=-1.1, noise=6)
def i02(rng: random.Random) -> Doc:
    name, vendor = "i02", "Fjordvik Rørlegger AS"
    d, due = date(2026, 3, 17), date(2026, 3, 31)
    L = items(
        [
            ("Rørleggerarbeid, utskifting av varmtvannsbereder", "7.5", "985.00", 25),
            ("Kjøring / servicebil", "2", "450.00", 25),
            ("Varmtvannsbereder 200 l, 3 kW", "1", "11890.00", 25),
            ("Sikkerhetsventil 9 bar", "1", "640.00", 25),
            ("Koblingsmateriell, rør og deler", "1", "1285.50", 25),
            ("Avfallshåndtering gammel bereder", "1", "390.00", 25),
        ]
    )
    net = sums(L)
    vat = q(net * 25 / 100)
    total = net + vat
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    p = Page(name, A4)
    p.text(40, 790, "Fjordvik Rørlegger AS", "Times-Bold", 20)
    p.lines(
        40, 772, ["Damsgårdsveien 61", "5058 Bergen", "Tlf. 55 29 41 00"], "Times-Roman", 9.5, 11.5
    )
    p.rect(400, 760, 155, 42, fill=gray(0.15), stroke=None)
    p.text(477, 775, "FAKTURA", "Times-Bold", 20, "c", white)
    p.lines(
        60,
        690,
        [
            "Bergen Eiendomsforvaltning AS",
            "Att.: Kari Nilsen",
            "Postboks 744 Sentrum",
            "5807 Bergen",
        ],
        "Times-Roman",
        11,
        13.5,
    )
    kv(
        p,
        360,
        555,
        700,
        [
            ("Fakturanr.:", "2026-0317"),
            ("Fakturadato:", d.strftime("%d.%m.%Y")),
            ("Forfallsdato:", due.strftime("%d.%m.%Y")),
            ("Kundenr.:", "10 455"),
            ("Deres ref.:", "Kari Nilsen"),
            ("Ordrenr.:", "A-88213"),
        ],
        "Times-Roman",
        10,
        13,
    )
    p.text(40, 600, "Oppdrag: Nygårdsgaten 9, leil. H0302 – skifte av bereder", "Times-Italic", 10)
    cols = [(245, "l"), (50, "r"), (45, "r"), (80, "r"), (95, "r")]
    body = [
        [i.desc, nf(i.qty, ",", " ", 1 if i.qty % 1 else 0), "25 %", f(i.unit), f(i.amount)]
        for i in L
    ]
    y = table(
        p,
        40,
        575,
        cols,
        ["Beskrivelse", "Antall", "MVA", "Enhetspris", "Beløp"],
        body,
        "Times-Roman",
        "Times-Bold",
        10,
        17,
    )
    y = kv(
        p,
        360,
        555,
        y - 14,
        [("Sum eks. mva", f(net)), ("MVA 25 %", f(vat))],
        "Times-Roman",
        10.5,
        15,
    )
    p.text(360, y - 2, "Å betale NOK", "Times-Bold", 12.5)
    p.text(555, y - 2, f(total), "Times-Bold", 12.5, "r")
    p.text(
        40,
        300,
        "Org.nr. 918 442 107 MVA  ·  Foretaksregisteret  ·  Kontonr. 1503.27.48816  ·  post@fjordvik-ror.no",
        "Times-Roman",
        8.5,
    )
    p.hline(30, 565, 282, 0.6, dash=[4, 3])
    p.text(40, 266, "GIRO", "Helvetica-Bold", 14)
    p.text(110, 268, "Betalingsinformasjon", "Helvetica", 8)
    p.lines(
        110,
        254,
        ["Faktura 2026-0317", f"Betalingsfrist {due.strftime('%d.%m.%Y')}"],
        "Helvetica",
        8.5,
        11,
    )
    p.text(350, 268, "Betalt av", "Helvetica", 8)
    p.lines(
        350,
        254,
        ["Bergen Eiendomsforvaltning AS", "Postboks 744 Sentrum, 5807 Bergen"],
        "Helvetica",
        8.5,
        11,
    )
    p.text(110, 200, "Betalt til", "Helvetica", 8)
    p.lines(
        110, 186, ["Fjordvik Rørlegger AS", "Damsgårdsveien 61, 5058 Bergen"], "Helvetica", 8.5, 11
    )
    p.hline(30, 565, 150, 0.6)
    gy = 112
    labels = [
        (40, 200, "Kundeidentifikasjon (KID)"),
        (245, 95, "Kroner"),
        (345, 40, "Øre"),
        (395, 160, "Til konto"),
    ]
    kr, ore = divmod(total, 1)
    vals = ["20260317046", nf(kr, ",", " ", 0), f"{int(ore * 100):02d}", "1503.27.48816"]
    for (x, w, lab), v in zip(labels, vals, strict=True):
        p.text(x, gy + 26, lab, "Helvetica", 7)
        p.rect(x, gy - 6, w, 24, fill=Color(1, 0.95, 0.85), stroke=gray(0.4))
        p.text(
            x + w - 6 if lab in ("Kroner", "Øre") else x + 6,
            gy + 2,
            v,
            "Courier-Bold",
            11,
            "r" if lab in ("Kroner", "Øre") else "l",
        )
    t = truth(
        number="2026-0317",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="NOK",
        locale="nb-NO",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        note="Norwegian giro slip splits the total into Kroner and Øre boxes; KID differs from invoice number; grey scan",
    )
    return Doc(p.save(), t, "NO")


@register("pdf", "pdf")
def i03(rng: random.Random) -> Doc:
    name, vendor = "i03", "Grøn Kaffe Import ApS"
    d, due = date(2026, 2, 5), date(2026, 2, 19)
    L = items(
        [
            ("Kaffebønner Brasilien Santos, 1 kg", "24", "142.00", 25, "BR-1000"),
            ("Kaffebønner Etiopien Sidamo, 1 kg", "12", "198.50", 25, "ET-1000"),
            ("Espresso Blend Nordhavn, 1 kg", "30", "156.00", 25, "EB-1000"),
            ("Koffeinfri Colombia, 500 g", "10", "89.00", 25, "CO-0500"),
            ("Filterposer str. 4 (1000 stk.)", "5", "74.00", 25, "FP-4000"),
            ("Fragt og emballage", "1", "325.00", 25, "FRAGT"),
        ]
    )
    sub = sums(L)
    disc = -q(sum((i.amount for i in L[:4]), ZERO) * D("0.05"))
    net = sub + disc
    vat = q(net * 25 / 100)
    total = net + vat
    f = lambda v: nf(v, ",", ".")  # noqa: E731
    p = Page(name, A4)
    green = HexColor("#1F4D3A")
    p.rect(0, 770, 595, 72, fill=green, stroke=None)
    p.text(40, 798, "GRØN KAFFE IMPORT", "Cond-B", 26, color=white)
    p.text(42, 782, "Ristet med omhu i Aarhus siden 2011", "Cond", 9, color=HexColor("#CFE3D6"))
    p.text(555, 800, "Faktura", "Cond", 22, "r", white)
    p.lines(
        40,
        735,
        ["Café Solsikken I/S", "Jægergårdsgade 44", "8000 Aarhus C", "CVR 41 22 90 17"],
        "Cond",
        10,
        13,
    )
    kv(
        p,
        370,
        555,
        735,
        [
            ("Fakturanr.", "7731"),
            ("Fakturadato", "5. februar 2026"),
            ("Kundenr.", "1187"),
            ("Forfaldsdato", due.strftime("%d.%m.%Y")),
            ("Betaling", "Netto 14 dage"),
        ],
        "Cond",
        10,
        13.5,
    )
    cols = [(70, "l"), (235, "l"), (50, "r"), (75, "r"), (85, "r")]
    body = [[i.code, i.desc, f"{i.qty}", f(i.unit), f(i.amount)] for i in L]
    y = table(
        p,
        40,
        640,
        cols,
        ["Varenr.", "Beskrivelse", "Antal", "Stk.pris", "Beløb"],
        body,
        "Cond",
        "Cond-B",
        9.5,
        17,
        zebra=HexColor("#EEF5F0"),
    )
    y = kv(
        p,
        360,
        555,
        y - 12,
        [
            ("Subtotal", f(sub)),
            ("Rabat 5 % (kaffe)", f(disc)),
            ("Momsgrundlag", f(net)),
            ("Moms 25 %", f(vat)),
        ],
        "Cond",
        10,
        14,
    )
    p.rect(355, y - 8, 200, 22, fill=green, stroke=None)
    p.text(362, y, "Total DKK", "Cond-B", 12, color=white)
    p.text(550, y, f(total), "Cond-B", 12, "r", white)
    p.text(40, 250, "Betalingsoplysninger", "Cond-B", 10)
    p.lines(
        40,
        235,
        [
            "Danske Bank  Reg.nr. 3409  Konto 0012 456 781",
            "IBAN DK47 3000 0012 4567 81  ·  BIC DABADKKK",
            "Indbetalingskort: +71< 000000000077318 +88216543<",
        ],
        "Cond",
        9.5,
        13,
    )
    p.text(
        40,
        180,
        "Ved betaling efter forfald tilskrives renter på 0,8 % pr. påbegyndt måned samt gebyr 100,00 kr.",
        "Cond",
        8.5,
    )
    p.hline(40, 555, 70, 0.5, green)
    p.text(
        297,
        56,
        "Grøn Kaffe Import ApS  ·  Sønderhøj 14  ·  8260 Viby J  ·  CVR-nr. 38 41 27 65  ·  tlf. 86 14 22 90  ·  ordre@gronkaffe.dk",
        "Cond",
        8,
        "c",
    )
    t = truth(
        number="7731",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="DKK",
        locale="da-DK",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        note="invoice date written out ('5. februar 2026'); 5 % discount only on coffee lines in totals block; freight as item line; FI-kort +71 line",
    )
    return Doc(p.save(), t, "DK")


@register("photo", "jpg", dpi=190, long_side=2100, quality=74, fold=True)
def i04(rng: random.Random) -> Doc:
    name, vendor = "i04", "Pohjolan Konepaja Oy"
    d, due = date(2026, 2, 3), date(2026, 2, 17)
    L = items(
        [
            ("Sorvaustyö", "6", "78.00", D("25.5"), "", "h"),
            ("Hitsaustyö MIG/MAG", "4.5", "82.00", D("25.5"), "", "h"),
            ("Teräsputki 60,3 x 4,0 S355", "18", "14.60", D("25.5"), "", "m"),
            ("Laippa DN50 PN16", "8", "23.75", D("25.5"), "", "kpl"),
            ("Pintakäsittely, pulverimaalaus", "1", "265.00", D("25.5"), "", "erä"),
        ]
    )
    net = sums(L)
    vat = q(net * D("25.5") / 100)
    total = net + vat
    ref = fi_ref("260144")
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    p = Page(name, A4)
    p.c.setStrokeColor(gray(0.3))
    p.c.setLineWidth(5)
    p.c.circle(62, 790, 16, stroke=1, fill=0)
    p.c.setLineWidth(0.5)
    p.text(88, 792, "Pohjolan Konepaja Oy", "Helvetica-Bold", 16)
    p.text(88, 779, "Tesomankatu 21, 33310 Tampere", "Helvetica", 9)
    p.text(555, 792, "LASKU", "Helvetica-Bold", 18, "r")
    p.lines(
        50,
        720,
        ["Hämeen Vesihuolto Oy", "Ostolaskut", "PL 512", "13101 Hämeenlinna"],
        "Helvetica",
        10.5,
        13,
    )
    kv(
        p,
        350,
        555,
        735,
        [
            ("Päiväys", "3.2.2026"),
            ("Laskun numero", "260144"),
            ("Asiakasnumero", "20187"),
            ("Viitteenne", "Tilaus 4500-2231"),
            ("Maksuehto", "14 pv netto"),
            ("Eräpäivä", "17.2.2026"),
            ("Viivästyskorko", "11,5 %"),
            ("Viitenumero", f"{ref[:5]} {ref[5:]}"),
        ],
        "Helvetica",
        9.5,
        13,
    )
    cols = [(215, "l"), (55, "r"), (40, "l"), (70, "r"), (50, "r"), (85, "r")]
    body = [
        [i.desc, nf(i.qty, ",", " ", 1 if i.qty % 1 else 0), i.uom, f(i.unit), "25,5", f(i.amount)]
        for i in L
    ]
    y = table(
        p,
        40,
        610,
        cols,
        ["Tuote / työ", "Määrä", "Yks.", "À-hinta", "ALV %", "Yhteensä"],
        body,
        "Helvetica",
        "Helvetica-Bold",
        9.5,
        17,
    )
    y = kv(
        p,
        360,
        555,
        y - 12,
        [("Veroton yhteensä", f(net)), ("ALV 25,5 %", f(vat))],
        "Helvetica",
        10,
        14,
    )
    p.text(360, y - 2, "Yhteensä EUR", "Helvetica-Bold", 12)
    p.text(555, y - 2, f(total), "Helvetica-Bold", 12, "r")
    p.text(
        40,
        262,
        "Pohjolan Konepaja Oy  ·  Y-tunnus 2874451-3  ·  Kotipaikka Tampere  ·  puh. 03 222 4510  ·  laskutus@pohjolankonepaja.fi",
        "Helvetica",
        7.5,
    )
    # tilisiirto form
    fy = 70
    p.rect(30, fy, 535, 180, fill=None, lw=0.8)
    p.hline(30, 565, fy + 120, 0.6)
    p.hline(30, 565, fy + 60, 0.6)
    p.vline(300, fy, fy + 180, 0.6)
    p.text(36, fy + 168, "Saajan tilinumero", "Helvetica", 6.5)
    p.text(36, fy + 160, "Mottagarens kontonummer", "Helvetica", 6.5)
    p.text(130, fy + 160, "IBAN FI21 5741 3620 0218 44", "Courier-Bold", 10)
    p.text(130, fy + 144, "BIC OKOYFIHH", "Courier", 9)
    p.text(36, fy + 106, "Saaja / Mottagare", "Helvetica", 6.5)
    p.text(130, fy + 100, "Pohjolan Konepaja Oy", "Helvetica", 10)
    p.text(36, fy + 46, "Maksaja / Betalare", "Helvetica", 6.5)
    p.lines(130, fy + 40, ["Hämeen Vesihuolto Oy", "PL 512, 13101 Hämeenlinna"], "Helvetica", 9, 11)
    p.text(306, fy + 168, "Viitenro / Ref.nr", "Helvetica", 6.5)
    p.text(400, fy + 160, f"{ref[:5]} {ref[5:]}", "Courier-Bold", 11)
    p.text(306, fy + 106, "Eräpäivä / Förfallodag", "Helvetica", 6.5)
    p.text(400, fy + 100, "17.2.2026", "Courier-Bold", 11)
    p.text(306, fy + 46, "Euro", "Helvetica", 6.5)
    p.text(555, fy + 40, f(total), "Courier-Bold", 12, "r")
    barcode(p, 330, fy + 6, 220, 22, rng)
    t = truth(
        number="260144",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fi-FI",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        note="ALV 25,5 %; dates without leading zeros (3.2.2026); bank transfer form (tilisiirto) repeats total and due date; viitenumero is not the invoice number; phone photo with fold",
    )
    return Doc(p.save(), t, "FI")


@register("scan", "jpg", dpi=170, grey=False, blur=0.5, skew=0.7, noise=4, quality=88)
def i05(rng: random.Random) -> Doc:
    name, vendor = "i05", "Hraunberg ehf."
    d, due = date(2026, 1, 19), date(2026, 2, 2)
    L = items(
        [
            ("Veisluréttir, hlaðborð fyrir 40 manns", "40", "5900", 11),
            ("Kaffi og te, ótakmarkað", "40", "650", 11),
            ("Afmæliskaka 40 sneiðar", "1", "28500", 11),
            ("Þjónusta, starfsfólk (2 x 5 klst.)", "10", "7400", 24),
            ("Leiga á borðbúnaði", "1", "18900", 24),
            ("Akstur og uppsetning", "1", "12500", 24),
        ],
        C0,
    )
    groups = vat_on_net(L, C0)
    net = sums(L)
    vat = sum((v for _, v in groups.values()), ZERO)
    total = net + vat
    f = lambda v: nf(v, ",", ".", 0)  # noqa: E731
    p = Page(name, A4)
    red = HexColor("#B22222")
    p.c.setFillColor(red)
    p.c.wedge(272, 770, 302, 800, 60, 60)
    p.c.setFillColor(black)
    p.text(297, 760, "Hraunberg ehf.", "Serif-B", 18, "c")
    p.text(297, 746, "Veisluþjónusta  ·  Skútuvogi 13  ·  104 Reykjavík", "Serif", 9, "c")
    p.text(297, 734, "Kt. 540312-0890  ·  VSK-nr. 112233  ·  Sími 555 4471", "Serif", 9, "c")
    p.hline(40, 555, 722, 1.2, red)
    p.text(40, 700, "REIKNINGUR", "Serif-B", 15)
    p.text(555, 700, "Nr. 4471", "Serif-B", 15, "r")
    p.lines(
        40,
        670,
        ["Kaupandi:", "Ljósvaki hf.", "kt. 620198-3349", "Borgartúni 25", "105 Reykjavík"],
        "Serif",
        10,
        13,
    )
    kv(
        p,
        360,
        555,
        670,
        [
            ("Dagsetning:", d.strftime("%d.%m.%Y")),
            ("Gjalddagi:", due.strftime("%d.%m.%Y")),
            ("Eindagi:", "12.02.2026"),
            ("Viðburður:", "16.01.2026"),
            ("Tilvísun:", "Starfsmannafagnaður"),
        ],
        "Serif",
        10,
        13,
    )
    cols = [(240, "l"), (50, "r"), (75, "r"), (50, "r"), (100, "r")]
    body = [[i.desc, f"{i.qty}", f(i.unit), f"{i.rate}%", f(i.amount)] for i in L]
    y = table(
        p,
        40,
        580,
        cols,
        ["Lýsing", "Magn", "Einingaverð", "VSK", "Upphæð"],
        body,
        "Serif",
        "Serif-B",
        9.5,
        17,
        grid=True,
    )
    rows = [("Upphæð án VSK", f(net))] + [(f"VSK {r}%", f(v)) for r, (_, v) in groups.items()]
    y = kv(p, 350, 555, y - 16, rows, "Serif", 10, 14)
    p.hline(350, 555, y + 9, 0.8)
    p.text(350, y - 5, "Samtals kr.", "Serif-B", 12)
    p.text(555, y - 5, f(total), "Serif-B", 12, "r")
    p.text(40, 190, "Greiðsluupplýsingar", "Serif-B", 10)
    p.lines(
        40,
        175,
        [
            "Reikningur: 0133-26-004471  ·  kt. 540312-0890",
            "Vinsamlegast greiðið fyrir eindaga. Dráttarvextir reiknast frá gjalddaga.",
            "Krafa birtist í netbanka kaupanda.",
        ],
        "Serif",
        9,
        12,
    )
    p.text(297, 60, "hraunberg.is  ·  veislur@hraunberg.is", "Serif-I", 8.5, "c")
    t = truth(
        number="4471",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="ISK",
        locale="is-IS",
        layout="invoice",
        dtype="invoice",
        lines=li(L, 0),
        note="ISK without decimals and dot thousands; two VSK rates (11 % and 24 %); both Gjalddagi (due, keyed) and Eindagi (final date) printed; event date also printed",
    )
    return Doc(p.save(), t, "IS")


@register("pdf", "pdf")
def i06(rng: random.Random) -> Doc:
    name, vendor = "i06", "Tallinna Puidukoda OÜ"
    d, due = date(2026, 2, 24), date(2026, 3, 10)
    specs = [
        ("Höövelpruss 45x95 mm C24", "jm", "3.85"),
        ("Höövelpruss 45x145 mm C24", "jm", "5.90"),
        ("Terrassilaud 28x120 mm lehis", "jm", "6.40"),
        ("Voodrilaud UYV 20x145 mm", "jm", "2.95"),
        ("Vineer 18 mm 1220x2440 BB/CP", "tk", "54.90"),
        ("OSB/3 12 mm 1250x2500", "tk", "21.40"),
        ("Liimpuitkilp kask 18x600x2000", "tk", "78.00"),
        ("Puiduõli terrassile 2,5 l", "tk", "36.50"),
        ("Terrassikruvi A4 5x60 (250 tk)", "pk", "29.90"),
        ("Nurgik 90x90 kuumtsingitud", "tk", "1.45"),
    ]
    rows = []
    for n in range(30):
        desc, uom, price = specs[n % len(specs)]
        qty = (n * 7) % 23 + 2 if uom == "jm" else (n * 3) % 9 + 1
        rows.append((f"{desc}", str(qty), price, 24, f"PK{1200 + n * 13}", uom))
    L = items(rows)
    net = sums(L)
    vat = q(net * 24 / 100)
    total = net + vat
    prepaid = D("1500.00")
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    p = Page(name, A4)

    def head(n: int) -> None:
        p.rect(40, 780, 30, 30, fill=HexColor("#7A5230"), stroke=None)
        p.rect(47, 787, 16, 16, fill=HexColor("#D9B38C"), stroke=None)
        p.text(80, 792, "Tallinna Puidukoda OÜ", "Serif-B", 16)
        p.text(555, 792, f"ARVE nr PK-0412  ·  lk {n}/2", "Serif", 10, "r")

    def foot() -> None:
        p.hline(40, 555, 66, 0.4)
        p.text(
            297,
            54,
            "Tallinna Puidukoda OÜ · Peterburi tee 71, 11415 Tallinn · Reg. kood 14418752 · KMKR nr EE102345678",
            "Serif",
            7.5,
            "c",
        )
        p.text(
            297,
            44,
            "LHV Pank EE717700771002345678 · SEB EE461010220012345671 · tel +372 605 4411 · arved@puidukoda.ee",
            "Serif",
            7.5,
            "c",
        )

    head(1)
    p.lines(
        40,
        745,
        ["Maksja:", "Saare Ehitus OÜ", "Reg. kood 12877430", "Kuressaare mnt 4, 93815 Kuressaare"],
        "Serif",
        9.5,
        12.5,
    )
    kv(
        p,
        360,
        555,
        745,
        [
            ("Arve kuupäev", d.strftime("%d.%m.%Y")),
            ("Maksetähtaeg", due.strftime("%d.%m.%Y")),
            ("Viitenumber", "4120267"),
            ("Tellimus", "T-2026-083"),
            ("Viivis", "0,1% päevas"),
        ],
        "Serif",
        9.5,
        12.5,
    )
    cols = [(55, "l"), (210, "l"), (40, "r"), (35, "l"), (75, "r"), (100, "r")]
    hd = ["Kood", "Nimetus", "Kogus", "Ühik", "Hind", "Summa"]
    body = [[i.code, i.desc, f"{i.qty}", i.uom, f(i.unit), f(i.amount)] for i in L]
    table(p, 40, 660, cols, hd, body[:24], "Serif", "Serif-B", 8.5, 14.5, rules=True)
    foot()
    p.new_page()
    head(2)
    y = table(p, 40, 745, cols, hd, body[24:], "Serif", "Serif-B", 8.5, 14.5)
    y = kv(
        p,
        340,
        555,
        y - 16,
        [
            ("Summa km-ta", f(net)),
            ("Käibemaks 24%", f(vat)),
            ("Kokku", f(total)),
            ("Tasutud ettemaks 12.02.2026", f(-prepaid)),
        ],
        "Serif",
        9.5,
        14,
    )
    p.hline(340, 555, y + 9, 1)
    p.text(340, y - 5, "Tasuda EUR", "Serif-B", 12)
    p.text(555, y - 5, f(total - prepaid), "Serif-B", 12, "r")
    p.lines(
        40,
        y - 60,
        [
            "Palume tasuda arve hiljemalt maksetähtajaks, märkides selgitusse arve numbri või viitenumbri.",
            "Kaup jääb müüja omandisse kuni täieliku tasumiseni.",
        ],
        "Serif-I",
        8.5,
        12,
    )
    foot()
    t = truth(
        number="PK-0412",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="et-EE",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        note="two pages (24 + 6 item rows); käibemaks 24 %; a prepayment is deducted after 'Kokku', so 'Tasuda' (amount due) is smaller than the invoice total keyed",
    )
    return Doc(p.save(), t, "EE")


@register("imgpdf", "pdf", dpi=200, grey=True, blur=0.8, skew=1.4, noise=7, specks=60)
def i07(rng: random.Random) -> Doc:
    name, vendor = "i07", 'SIA "Baltijas Drukas Serviss"'
    d, due = date(2026, 3, 9), date(2026, 3, 23)
    L = items(
        [
            ("Bukleti A5, 4+4, 170 g/m², 8 lpp.", "2000", "0.46", 21, "", "gab."),
            ("Plakāti A2, 4+0, 200 g/m²", "150", "2.35", 21, "", "gab."),
            ("Vizītkartes 90x50 mm, mat. laminācija", "12", "18.90", 21, "", "kompl."),
            ("Maketēšana un priekšapskate", "3.5", "32.00", 21, "", "st."),
            ("Piegāde Rīgas robežās", "1", "15.00", 21, "", "reize"),
        ]
    )
    net = sums(L)
    vat = q(net * 21 / 100)
    total = net + vat
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    p = Page(name, A4)
    p.text(297, 795, "RĒĶINS Nr. BDS-26/118", "Sans-B", 16, "c")
    p.text(297, 778, "2026. gada 9. martā", "Sans", 10, "c")
    rows_l = [
        ("Piegādātājs:", 'SIA "Baltijas Drukas Serviss"'),
        ("Reģ. Nr.:", "40103987654"),
        ("PVN Nr.:", "LV40103987654"),
        ("Adrese:", "Krasta iela 52, Rīga, LV-1003"),
        ("Banka:", "AS Swedbank, HABALV22"),
        ("Konts:", "LV80HABA0551039876543"),
    ]
    rows_r = [
        ("Saņēmējs:", 'SIA "Daugavas Tūre"'),
        ("Reģ. Nr.:", "40203112233"),
        ("PVN Nr.:", "LV40203112233"),
        ("Adrese:", "Tirgoņu iela 8, Rīga, LV-1050"),
    ]
    y = 745
    for a, b in rows_l:
        p.text(40, y, a, "Sans-B", 8.5)
        p.text(110, y, b, "Sans", 8.5)
        y -= 12
    y = 745
    for a, b in rows_r:
        p.text(320, y, a, "Sans-B", 8.5)
        p.text(385, y, b, "Sans", 8.5)
        y -= 12
    p.text(320, 685, "Apmaksas termiņš:", "Sans-B", 8.5)
    p.text(420, 685, due.strftime("%d.%m.%Y"), "Sans", 8.5)
    p.text(320, 673, "Apmaksas veids:", "Sans-B", 8.5)
    p.text(420, 673, "pārskaitījums", "Sans", 8.5)
    cols = [(22, "c"), (215, "l"), (45, "l"), (50, "r"), (60, "r"), (35, "r"), (88, "r")]
    body = [
        [
            str(n + 1),
            i.desc,
            i.uom,
            nf(i.qty, ",", " ", 1 if i.qty % 1 else 0),
            f(i.unit),
            "21%",
            f(i.amount),
        ]
        for n, i in enumerate(L)
    ]
    y = table(
        p,
        40,
        640,
        cols,
        ["Nr.", "Nosaukums", "Mērv.", "Daudz.", "Cena", "PVN", "Summa"],
        body,
        "Sans",
        "Sans-B",
        8.5,
        16,
        grid=True,
        head_fill=gray(0.88),
    )
    y = kv(p, 380, 555, y - 14, [("Summa bez PVN:", f(net)), ("PVN 21%:", f(vat))], "Sans", 9.5, 14)
    p.text(350, y - 2, "Kopā apmaksai EUR:", "Sans-B", 10.5)
    p.text(555, y - 2, f(total), "Sans-B", 10.5, "r")
    p.lines(
        40,
        y - 50,
        [
            "Rēķins sagatavots elektroniski un ir derīgs bez paraksta.",
            "Lūdzam maksājuma mērķī norādīt rēķina numuru.",
        ],
        "Sans",
        8.5,
        12,
    )
    p.text(40, 120, "Rēķinu sagatavoja: Ilze Bērziņa, grāmatvede", "Sans-I", 8.5)
    t = truth(
        number="BDS-26/118",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="lv-LV",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        note="image-only PDF (scan, no text layer); date written as '2026. gada 9. martā'; supplier and buyer blocks both carry PVN numbers; gridded table",
    )
    return Doc(p.save(), t, "LV")


@register("photo", "jpg", dpi=190, long_side=2000, quality=70)
def i08(rng: random.Random) -> Doc:
    name, vendor = "i08", "UAB „Vilniaus biuro technika“"
    d, due = date(2026, 1, 28), date(2026, 2, 11)
    L = items(
        [
            ("Daugiafunkcinis spausdintuvas A4 laser", "2", "389.00", 21, "", "vnt."),
            ("Dažų kasetė juoda 3000 psl.", "6", "64.50", 21, "", "vnt."),
            ("Popierius A4 80 g/m², 500 lap.", "40", "4.95", 21, "", "pak."),
            ("Įrengimo ir konfigūravimo darbai", "3", "35.00", 21, "", "val."),
        ]
    )
    net = sums(L)
    vat = q(net * 21 / 100)
    total = net + vat
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    p = Page(name, A4)
    blue = HexColor("#0B4F8A")
    p.rect(40, 776, 38, 38, fill=blue, stroke=None)
    p.text(59, 789, "VBT", "Sans-B", 11, "c", white)
    p.text(88, 798, "UAB „Vilniaus biuro technika“", "Sans-B", 13)
    p.text(88, 784, "Savanorių pr. 174, LT-03153 Vilnius", "Sans", 8.5)
    p.text(297, 735, "PVM SĄSKAITA FAKTŪRA", "Sans-B", 15, "c")
    p.text(297, 718, "Serija VBT Nr. 004517", "Sans", 11, "c")
    p.text(297, 703, f"Data: {d.isoformat()}", "Sans", 10, "c")
    p.text(40, 670, "Pardavėjas", "Sans-B", 9, color=blue)
    p.lines(
        40,
        656,
        [
            "UAB „Vilniaus biuro technika“",
            "Įmonės kodas 302845113",
            "PVM mokėtojo kodas LT100007125814",
            "A. s. LT51 7300 0101 2345 6789",
            "AB Swedbank",
        ],
        "Sans",
        8.5,
        11.5,
    )
    p.text(320, 670, "Pirkėjas", "Sans-B", 9, color=blue)
    p.lines(
        320,
        656,
        [
            "MB „Kauno apskaitos centras“",
            "Įmonės kodas 305512870",
            "PVM mokėtojo kodas LT100013442211",
            "Laisvės al. 60, LT-44246 Kaunas",
        ],
        "Sans",
        8.5,
        11.5,
    )
    cols = [(25, "c"), (215, "l"), (45, "l"), (45, "r"), (80, "r"), (105, "r")]
    body = [
        [str(n + 1), i.desc, i.uom, f"{i.qty}", f(i.unit), f(i.amount)] for n, i in enumerate(L)
    ]
    y = table(
        p,
        40,
        575,
        cols,
        ["Eil.", "Pavadinimas", "Mato vnt.", "Kiekis", "Kaina be PVM", "Suma be PVM"],
        body,
        "Sans",
        "Sans-B",
        8.5,
        16,
        head_fill=HexColor("#DCE8F3"),
    )
    y = kv(p, 360, 555, y - 14, [("Suma be PVM:", f(net)), ("PVM 21 %:", f(vat))], "Sans", 9.5, 14)
    p.text(360, y - 2, "Iš viso su PVM, EUR:", "Sans-B", 10.5)
    p.text(555, y - 2, f(total), "Sans-B", 10.5, "r")
    p.text(40, y - 40, f"Apmokėti iki: {due.isoformat()}", "Sans-B", 9.5)
    p.text(
        40,
        y - 56,
        "Suma žodžiais: vienas tūkstantis septyni šimtai septyniasdešimt šeši eurai 28 ct",
        "Sans-I",
        8.5,
    )
    p.text(40, 150, "Sąskaitą išrašė: direktorė Rasa Petrauskienė  ______________", "Sans", 8.5)
    p.text(40, 120, "Sąskaitą priėmė: ______________________________", "Sans", 8.5)
    assert total == D("1776.28"), total
    t = truth(
        number="VBT004517",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="lt-LT",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        note="number printed as series + number ('Serija VBT Nr. 004517', keyed VBT004517); Lithuanian „quotes“ in vendor name; amount in words; phone photo",
    )
    return Doc(p.save(), t, "LT")


@register("pdf", "pdf")
def i09(rng: random.Random) -> Doc:
    name, vendor = "i09", "Wrocławskie Hurtownie Papieru Sp. z o.o."
    d, due = date(2026, 3, 16), date(2026, 3, 30)
    L = items(
        [
            ("Papier ksero A4 80g (karton 5 ryz)", "30", "96.50", 23, "", "kart."),
            ("Koperty C4 samoprzylepne (250 szt.)", "12", "58.20", 23, "", "op."),
            ("Segregator A4/75 mm niebieski", "48", "7.35", 23, "", "szt."),
            ("Kalendarz książkowy 2026 A5", "25", "24.90", 8, "", "szt."),
            ('Książka "Biuro bez papieru" (ISBN)', "5", "39.00", 5, "", "szt."),
            ("Transport paletowy", "1", "120.00", 23, "", "usł."),
        ]
    )
    lv = [q(i.amount * i.rate / 100) for i in L]
    net = sums(L)
    vat = sum(lv, ZERO)
    total = net + vat
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    p = Page(name, A4)
    p.text(40, 800, "WHP", "Sans-B", 30, color=HexColor("#8A1C1C"))
    p.text(128, 806, "Wrocławskie Hurtownie Papieru Sp. z o.o.", "Cond-B", 11)
    p.text(
        128,
        793,
        "ul. Legnicka 58, 54-204 Wrocław  ·  NIP 894-31-22-517  ·  REGON 021784455",
        "Cond",
        8.5,
    )
    p.text(555, 760, "Faktura VAT nr FV/2026/03/0218", "Cond-B", 14, "r")
    kv(
        p,
        380,
        555,
        740,
        [
            ("Data wystawienia:", d.strftime("%d.%m.%Y")),
            ("Data sprzedaży:", "14.03.2026"),
            ("Miejsce wystawienia:", "Wrocław"),
        ],
        "Cond",
        9,
        12,
    )
    p.text(40, 700, "Sprzedawca", "Cond-B", 9)
    p.lines(
        40,
        687,
        [
            "Wrocławskie Hurtownie Papieru Sp. z o.o.",
            "ul. Legnicka 58, 54-204 Wrocław",
            "NIP: 894-31-22-517",
        ],
        "Cond",
        9,
        11.5,
    )
    p.text(300, 700, "Nabywca", "Cond-B", 9)
    p.lines(
        300,
        687,
        ['Biuro Rachunkowe "Saldo" s.c.', "ul. Piotrkowska 112, 90-006 Łódź", "NIP: 725-20-11-398"],
        "Cond",
        9,
        11.5,
    )
    cols = [
        (18, "c"),
        (158, "l"),
        (30, "l"),
        (30, "r"),
        (52, "r"),
        (60, "r"),
        (28, "r"),
        (52, "r"),
        (62, "r"),
    ]
    body = [
        [
            str(n + 1),
            i.desc,
            i.uom,
            f"{i.qty}",
            f(i.unit),
            f(i.amount),
            f"{i.rate}%",
            f(v),
            f(i.amount + v),
        ]
        for n, (i, v) in enumerate(zip(L, lv, strict=True))
    ]
    y = table(
        p,
        40,
        630,
        cols,
        [
            "Lp.",
            "Nazwa towaru / usługi",
            "J.m.",
            "Ilość",
            "Cena netto",
            "Wart. netto",
            "VAT",
            "Kwota VAT",
            "Wart. brutto",
        ],
        body,
        "Cond",
        "Cond-B",
        8,
        14,
        grid=True,
        head_fill=gray(0.9),
    )
    y -= 8
    p.text(195, y, "Stawka", "Cond-B", 8)
    xs = [(300, "Netto"), (380, "VAT"), (460, "Brutto")]
    for x, lab in xs:
        p.text(x, y, lab, "Cond-B", 8, "r")
    y -= 12
    for r in sorted({i.rate for i in L}, reverse=True):
        n_ = sum((i.amount for i in L if i.rate == r), ZERO)
        v_ = sum((v for i, v in zip(L, lv, strict=True) if i.rate == r), ZERO)
        p.text(195, y, f"{r}%", "Cond", 8)
        for (x, _), val in zip(xs, (n_, v_, n_ + v_), strict=True):
            p.text(x, y, f(val), "Cond", 8, "r")
        y -= 11
    p.text(195, y, "Razem", "Cond-B", 8)
    for (x, _), val in zip(xs, (net, vat, total), strict=True):
        p.text(x, y, f(val), "Cond-B", 8, "r")
    y -= 34
    p.text(40, y, f"Do zapłaty: {f(total)} PLN", "Cond-B", 14)
    p.lines(
        40,
        y - 20,
        [
            f"Sposób płatności: przelew  ·  Termin płatności: {due.strftime('%d.%m.%Y')}",
            "Nr konta: PL61 1090 1014 0000 0712 1981 2874 (Santander Bank Polska)",
            "Mechanizm podzielonej płatności nie dotyczy.",
        ],
        "Cond",
        9,
        12,
    )
    p.text(120, 110, "..................................................", "Cond", 8, "c")
    p.text(120, 98, "Podpis osoby upoważnionej do odbioru", "Cond", 7, "c")
    p.text(470, 110, "..................................................", "Cond", 8, "c")
    p.text(470, 98, "Podpis osoby upoważnionej do wystawienia", "Cond", 7, "c")
    t = truth(
        number="FV/2026/03/0218",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        note="three VAT rates (23/8/5 %) with per-line VAT and a rate summary; data sprzedaży differs from data wystawienia (keyed); 9-column gridded table",
    )
    return Doc(p.save(), t, "PL")


@register("scan", "png", dpi=200, grey=True, blur=0.6, skew=-0.6, noise=5, specks=25)
def i10(rng: random.Random) -> Doc:
    name, vendor = "i10", "Stavebniny Novák s.r.o."
    d, due = date(2026, 1, 21), date(2026, 2, 4)
    L = items(
        [
            ("Porotherm 30 Profi, cihla broušená", "360", "68.90", 21, "", "ks"),
            ("Malta pro tenké spáry 25 kg", "24", "289.00", 21, "", "pytel"),
            ("Překlad Porotherm KP 7 1750", "6", "412.00", 21, "", "ks"),
            ("Paleta vratná EUR", "6", "390.00", 21, "", "ks"),
            ("Doprava hydraulickou rukou, Brno-venkov", "1", "2450.00", 21, "", "km/paušál"),
            ("Tepelná izolace – montáž (bytový dům)", "1", "5800.00", 12, "", "soubor"),
        ]
    )
    groups = vat_on_net(L)
    net = sums(L)
    vat = sum((v for _, v in groups.values()), ZERO)
    exact = net + vat
    total = q(exact, C0)
    rnd = total - exact
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    p = Page(name, A4)
    p.text(40, 800, "FAKTURA – DAŇOVÝ DOKLAD", "Sans-B", 15)
    p.text(555, 800, "č. 2026010873", "Sans-B", 15, "r")
    p.rect(40, 655, 255, 125, fill=None, lw=0.8)
    p.rect(300, 655, 255, 125, fill=None, lw=0.8)
    p.text(48, 768, "Dodavatel:", "Sans-B", 8)
    p.lines(
        48,
        752,
        [
            "Stavebniny Novák s.r.o.",
            "Vídeňská 117",
            "619 00 Brno",
            "IČO: 27681452",
            "DIČ: CZ27681452",
        ],
        "Sans",
        9.5,
        12.5,
    )
    p.text(48, 662, "Zapsáno v OR u KS v Brně, oddíl C, vložka 51234", "Sans", 6.5)
    p.text(308, 768, "Odběratel:", "Sans-B", 8)
    p.lines(
        308,
        752,
        [
            "Stavební bytové družstvo Líšeň",
            "Holzova 12",
            "628 00 Brno",
            "IČO: 00052477",
            "DIČ: CZ00052477",
        ],
        "Sans",
        9.5,
        12.5,
    )
    rows = [
        ("Datum vystavení:", d.strftime("%d.%m.%Y")),
        ("Datum zdan. plnění:", "20.01.2026"),
        ("Datum splatnosti:", due.strftime("%d.%m.%Y")),
        ("Forma úhrady:", "převodem"),
    ]
    kv(p, 48, 290, 630, rows, "Sans", 9, 12.5)
    kv(
        p,
        308,
        550,
        630,
        [
            ("Bankovní účet:", "2701234567/2010"),
            ("Variabilní symbol:", "2026010873"),
            ("Konstantní symbol:", "0308"),
            ("Objednávka:", "OBJ-26-0041"),
        ],
        "Sans",
        9,
        12.5,
    )
    cols = [(190, "l"), (45, "r"), (50, "l"), (60, "r"), (35, "r"), (65, "r"), (70, "r")]
    body = [
        [
            i.desc,
            f"{i.qty}",
            i.uom,
            f(i.unit),
            f"{i.rate} %",
            f(i.amount),
            f(q(i.amount * (100 + i.rate) / 100)),
        ]
        for i in L
    ]
    y = table(
        p,
        40,
        565,
        cols,
        ["Označení dodávky", "Počet", "MJ", "Cena/MJ", "DPH", "Bez DPH", "S DPH"],
        body,
        "Sans",
        "Sans-B",
        8,
        15,
        head_fill=gray(0.85),
    )
    y -= 10
    p.text(40, y, "Rekapitulace DPH v Kč:", "Sans-B", 8.5)
    y -= 14
    heads = [(120, "Základ"), (190, "Sazba"), (260, "DPH"), (330, "Celkem")]
    for x, h in heads:
        p.text(x, y, h, "Sans-B", 8, "r")
    for r, (n_, v_) in groups.items():
        y -= 12
        for (x, _), val in zip(heads, (f(n_), f"{r} %", f(v_), f(n_ + v_)), strict=True):
            p.text(x, y, val, "Sans", 8, "r")
    y -= 30
    y = kv(
        p,
        360,
        555,
        y,
        [("Celkem bez DPH:", f(net)), ("DPH celkem:", f(vat)), ("Zaokrouhlení:", f(rnd))],
        "Sans",
        9,
        13,
    )
    p.rect(325, y - 9, 230, 24, fill=gray(0.9), stroke=black)
    p.text(332, y, "Celkem k úhradě:", "Sans-B", 11)
    p.text(550, y, f"{f(total)} Kč", "Sans-B", 11, "r")
    p.text(
        40,
        120,
        "Vystavil: Petra Horáková, tel. 545 211 430, fakturace@stavebniny-novak.cz",
        "Sans",
        8,
    )
    p.text(
        40,
        106,
        "Převzal: ............................................   Razítko a podpis:",
        "Sans",
        8,
    )
    t = truth(
        number="2026010873",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="CZK",
        locale="cs-CZ",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        rounding=rnd,
        note="DUZP differs from datum vystavení; DPH 21 % and 12 % with recapitulation table; zaokrouhlení to whole Kč; variabilní symbol equals invoice number",
    )
    return Doc(p.save(), t, "CZ")


@register("pdf", "pdf")
def i11(rng: random.Random) -> Doc:
    name, vendor = "i11", "Tatranská Drevovýroba, s.r.o."
    d, due = date(2026, 2, 11), date(2026, 2, 25)
    L = items(
        [
            ("Drevené eurookno 1200x1500, smrek", "4", "418.00", 23, "", "ks"),
            ("Vchodové dvere dub masív", "1", "1290.00", 23, "", "ks"),
            ("Montáž okien a dverí", "9", "28.50", 23, "", "hod"),
            ("Odborná publikácia: Drevostavby v praxi", "2", "24.90", 5, "", "ks"),
        ]
    )
    groups = vat_on_net(L)
    net = sums(L)
    vat = sum((v for _, v in groups.values()), ZERO)
    total = net + vat
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    p = Page(name, A4)
    brown = HexColor("#5B3A1E")
    p.c.setFillColor(brown)
    path = p.c.beginPath()
    path.moveTo(40, 780)
    path.lineTo(58, 815)
    path.lineTo(76, 780)
    path.close()
    p.c.drawPath(path, stroke=0, fill=1)
    p.c.setFillColor(black)
    p.text(86, 796, "TATRANSKÁ DREVOVÝROBA", "Serif-B", 14, color=brown)
    p.text(86, 783, "okná · dvere · schody", "Serif-I", 9)
    p.rect(360, 770, 195, 40, fill=gray(0.88), stroke=None)
    p.text(457, 784, "Faktúra č. 2026/0094", "Serif-B", 12, "c")
    p.text(40, 740, "Dodávateľ", "Serif-B", 9)
    p.lines(
        40,
        726,
        [
            "Tatranská Drevovýroba, s.r.o.",
            "Levočská 3312/45, 058 01 Poprad",
            "IČO: 36512874",
            "DIČ: 2021987654",
            "IČ DPH: SK2021987654",
            "OR OS Prešov, oddiel Sro, vložka č. 18822/P",
        ],
        "Serif",
        8.5,
        11.5,
    )
    p.rect(330, 640, 225, 100, fill=None, lw=0.8)
    p.text(340, 728, "Odberateľ", "Serif-B", 9)
    p.lines(
        340,
        714,
        [
            "Penzión Pod Lomnicou s.r.o.",
            "Tatranská Lomnica 87",
            "059 60 Vysoké Tatry",
            "IČO: 47230134",
            "IČ DPH: SK2023812990",
        ],
        "Serif",
        9,
        12,
    )
    kv(
        p,
        40,
        300,
        630,
        [
            ("Dátum vyhotovenia:", d.strftime("%d.%m.%Y")),
            ("Dátum dodania:", "10.02.2026"),
            ("Dátum splatnosti:", due.strftime("%d.%m.%Y")),
            ("Variabilný symbol:", "20260094"),
            ("Spôsob úhrady:", "bankový prevod"),
        ],
        "Serif",
        9,
        12.5,
    )
    kv(
        p,
        330,
        555,
        610,
        [("IBAN:", "SK31 1100 0000 0026 1234 5678"), ("SWIFT:", "TATRSKBX")],
        "Serif",
        9,
        12.5,
    )
    cols = [(215, "l"), (40, "r"), (35, "l"), (70, "r"), (45, "r"), (110, "r")]
    body = [[i.desc, f"{i.qty}", i.uom, f(i.unit), f"{i.rate} %", f(i.amount)] for i in L]
    y = table(
        p,
        40,
        545,
        cols,
        ["Popis položky", "Počet", "MJ", "Cena/MJ", "DPH", "Spolu bez DPH"],
        body,
        "Serif",
        "Serif-B",
        9,
        17,
        zebra=HexColor("#F3ECE4"),
    )
    rows = []
    for r, (n_, v_) in groups.items():
        rows += [(f"Základ DPH {r} %", f(n_)), (f"DPH {r} %", f(v_))]
    y = kv(p, 340, 555, y - 14, rows, "Serif", 9.5, 14)
    p.hline(340, 555, y + 8, 1, brown)
    p.text(340, y - 6, "Celkom na úhradu:", "Serif-B", 11.5)
    p.text(555, y - 6, f"{f(total)} €", "Serif-B", 11.5, "r")
    qr_box(p, 40, 150, 80, rng)
    p.text(40, 138, "PAY by square", "Sans-B", 7)
    p.lines(
        140,
        220,
        [
            "Faktúra slúži zároveň ako dodací list.",
            "Tovar zostáva až do úplného zaplatenia majetkom dodávateľa.",
            "Vyhotovil: Ing. Marek Kováč",
        ],
        "Serif",
        8.5,
        12,
    )
    t = truth(
        number="2026/0094",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="sk-SK",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        note="DPH 23 % and 5 % with base/tax pairs per rate; wordmark spelled in capitals differs from legal name; variabilný symbol differs from invoice number format; PAY by square QR",
    )
    return Doc(p.save(), t, "SK")


@register("imgpdf", "pdf", dpi=170, grey=True, blur=0.7, skew=0.9, noise=6, specks=40)
def i12(rng: random.Random) -> Doc:
    name, vendor = "i12", "Duna Irodaszer Kft."
    d, due = date(2026, 2, 27), date(2026, 3, 13)
    L = items(
        [
            ("Másolópapír A4 80 g (5 csomag/doboz)", "12", "9890", 27, "", "doboz"),
            ("Golyóstoll kék (50 db)", "4", "4250", 27, "", "csomag"),
            ("Iratrendező 75 mm", "30", "890", 27, "", "db"),
            ("Festékkazetta HP 59A", "2", "38900", 27, "", "db"),
        ],
        C0,
    )
    net = sums(L)
    vat = q(net * 27 / 100, C0)
    total = net + vat
    f = lambda v: nf(v, ",", " ", 0)  # noqa: E731
    p = Page(name, A4)
    p.text(297, 800, "SZÁMLA", "Sans-B", 20, "c")
    p.text(297, 784, "Eredeti példány", "Sans", 8.5, "c")
    p.rect(40, 665, 255, 105, fill=None)
    p.rect(300, 665, 255, 105, fill=None)
    p.text(48, 758, "Eladó", "Sans-B", 8)
    p.lines(
        48,
        743,
        [
            "Duna Irodaszer Kft.",
            "1138 Budapest, Váci út 152.",
            "Adószám: 12345678-2-41",
            "Cégjegyzékszám: 01-09-123456",
            "Bankszámla: 11600006-00000000-12345678",
        ],
        "Sans",
        8.5,
        12,
    )
    p.text(308, 758, "Vevő", "Sans-B", 8)
    p.lines(
        308,
        743,
        ["Tisza Könyvelő Iroda Bt.", "6720 Szeged, Kárász utca 9.", "Adószám: 28765432-1-06"],
        "Sans",
        8.5,
        12,
    )
    heads = [
        "Számla sorszáma",
        "Számla kelte",
        "Teljesítés dátuma",
        "Fizetési határidő",
        "Fizetési mód",
    ]
    vals = ["DI-2026-00317", "2026.02.27.", "2026.02.26.", "2026.03.13.", "átutalás"]
    x = 40
    for h, v in zip(heads, vals, strict=True):
        p.rect(x, 615, 103, 36, fill=None, lw=0.5)
        p.text(x + 51.5, 640, h, "Sans", 7, "c")
        p.text(x + 51.5, 623, v, "Sans-B", 8.5, "c")
        x += 103
    cols = [(190, "l"), (45, "r"), (45, "l"), (70, "r"), (40, "r"), (125, "r")]
    body = [[i.desc, f"{i.qty}", i.uom, f(i.unit), "27%", f(i.amount)] for i in L]
    y = table(
        p,
        40,
        585,
        cols,
        ["Megnevezés", "Menny.", "Me.e.", "Nettó egységár", "ÁFA", "Nettó érték"],
        body,
        "Sans",
        "Sans-B",
        8.5,
        16,
        grid=True,
    )
    y = kv(
        p,
        330,
        555,
        y - 16,
        [
            ("Nettó érték összesen:", f"{f(net)} Ft"),
            ("ÁFA 27%:", f"{f(vat)} Ft"),
            ("Bruttó érték:", f"{f(total)} Ft"),
        ],
        "Sans",
        9.5,
        14,
    )
    p.rect(325, y - 12, 230, 26, fill=gray(0.9), stroke=black)
    p.text(333, y - 2, "Fizetendő:", "Sans-B", 12)
    p.text(550, y - 2, f"{f(total)} Ft", "Sans-B", 12, "r")
    p.text(
        40,
        140,
        "A számla a 2007. évi CXXVII. törvény (ÁFA tv.) előírásainak megfelel.",
        "Sans",
        7.5,
    )
    p.text(
        40,
        128,
        "Késedelmes fizetés esetén a Ptk. szerinti késedelmi kamatot számítjuk fel.",
        "Sans",
        7.5,
    )
    t = truth(
        number="DI-2026-00317",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="HUF",
        locale="hu-HU",
        layout="invoice",
        dtype="invoice",
        lines=li(L, 0),
        note="image-only PDF; HUF without decimals (space thousands, 'Ft'); dates as 2026.02.27.; header fields in a row of boxes; teljesítés date differs",
    )
    return Doc(p.save(), t, "HU")


@register("photo", "jpg", dpi=190, long_side=1800, quality=66, fold=True)
def i13(rng: random.Random) -> Doc:
    name, vendor = "i13", "CARPAȚI LOGISTIC S.R.L."
    d, due = date(2026, 3, 5), date(2026, 4, 4)
    L = items(
        [
            (
                "Transport marfă Cluj-Napoca – București, camion 24 t",
                "2",
                "3450.00",
                21,
                "",
                "cursă",
            ),
            ("Manipulare paleți (încărcare/descărcare)", "36", "18.00", 21, "", "buc."),
            ("Depozitare temporară", "14", "42.50", 21, "", "zi"),
        ]
    )
    lv = [q(i.amount * 21 / 100) for i in L]
    net = sums(L)
    vat = sum(lv, ZERO)
    total = net + vat
    f = lambda v: nf(v, ",", ".")  # noqa: E731
    p = Page(name, A4)
    p.text(40, 800, "Furnizor:", "Sans-B", 8.5)
    p.lines(
        40,
        786,
        [
            "CARPAȚI LOGISTIC S.R.L.",
            "Nr. Reg. Com.: J12/3456/2013",
            "CUI: RO31245678",
            "Capital social: 200 lei",
            "Sediul: Str. Fabricii nr. 21, Cluj-Napoca, jud. Cluj",
            "IBAN: RO49 BTRL 0130 1202 A123 45XX",
            "Banca Transilvania",
        ],
        "Sans",
        8,
        10.5,
    )
    p.text(330, 800, "Cumpărător:", "Sans-B", 8.5)
    p.lines(
        330,
        786,
        [
            "AGROMEC DUNĂREA S.A.",
            "Nr. Reg. Com.: J40/1122/2004",
            "CUI: RO16234987",
            "Sediul: Bd. Pipera nr. 4, Voluntari, jud. Ilfov",
        ],
        "Sans",
        8,
        10.5,
    )
    p.rect(200, 660, 195, 60, fill=None, lw=1.2)
    p.text(297, 702, "FACTURĂ", "Sans-B", 16, "c")
    p.text(297, 686, "Seria CLG nr. 00842", "Sans", 9.5, "c")
    p.text(297, 670, "Data emiterii: 05.03.2026", "Sans", 9, "c")
    p.text(40, 640, "Cota TVA: 21%", "Sans", 8.5)
    p.text(555, 640, f"Termen de plată: {due.strftime('%d.%m.%Y')}", "Sans", 8.5, "r")
    cols = [(25, "c"), (215, "l"), (38, "c"), (35, "r"), (65, "r"), (70, "r"), (67, "r")]
    body = [
        [str(n + 1), i.desc[:44], i.uom, f"{i.qty}", f(i.unit), f(i.amount), f(v)]
        for n, (i, v) in enumerate(zip(L, lv, strict=True))
    ]
    y = table(
        p,
        40,
        610,
        cols,
        [
            "Nr.",
            "Denumirea produselor sau a serviciilor",
            "U.M.",
            "Cant.",
            "Preț unitar",
            "Valoare",
            "TVA",
        ],
        body,
        "Sans",
        "Sans-B",
        8,
        16,
        grid=True,
        head_fill=gray(0.9),
    )
    p.text(40, y - 2, "(fără TVA) -lei-", "Sans-I", 7)
    y = kv(
        p, 330, 555, y - 20, [("Total fără TVA:", f(net)), ("Total TVA:", f(vat))], "Sans", 9.5, 14
    )
    p.rect(325, y - 11, 230, 24, fill=None, lw=1)
    p.text(332, y - 2, "Total de plată:", "Sans-B", 11)
    p.text(550, y - 2, f"{f(total)} lei", "Sans-B", 11, "r")
    p.lines(
        40,
        160,
        [
            "Întocmit de: Ioana Mureșan, CNP ***",
            "Factura circulă fără semnătură și ștampilă conform Codului fiscal.",
            "Date privind expediția: delegat Sorin Pop, auto CJ-21-CLG",
        ],
        "Sans",
        8,
        11,
    )
    t = truth(
        number="CLG00842",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="RON",
        locale="ro-RO",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        note="number printed as 'Seria CLG nr. 00842' (keyed CLG00842); vendor in capitals with comma-below Ț; TVA 21 % per line; lei with dot thousands; photo with fold",
    )
    return Doc(p.save(), t, "RO")


@register("pdf", "pdf")
def i14(rng: random.Random) -> Doc:
    name, vendor = "i14", "Jadran Tisak d.o.o."
    d, due = date(2026, 2, 12), date(2026, 2, 27)
    L = items(
        [
            ("Tisak kataloga A4, 32 str., 1000 kom", "1", "2380.00", 25, "", "kom"),
            ("Grafička priprema", "6", "38.00", 25, "", "sat"),
            ('Turistički vodič "Dalmacija 2026" (knjiga)', "40", "12.50", 5, "", "kom"),
        ]
    )
    groups = vat_on_net(L)
    net = sums(L)
    vat = sum((v for _, v in groups.values()), ZERO)
    total = net + vat
    f = lambda v: nf(v, ",", ".")  # noqa: E731
    p = Page(name, A4)
    teal = HexColor("#00667A")
    p.c.setFillColor(teal)
    for k in range(4):
        p.c.rect(40 + k * 9, 785, 6, 30 - k * 6, stroke=0, fill=1)
    p.c.setFillColor(black)
    p.text(85, 796, "Jadran Tisak d.o.o.", "Light", 22, color=teal)
    p.text(86, 782, "Put Supavla 21, 21000 Split  ·  OIB: 45678912345", "Light", 8.5)
    p.text(40, 740, "Kupac:", "Sans-B", 8.5)
    p.lines(
        40,
        726,
        [
            "Turistička zajednica grada Trogira",
            "Trg Ivana Pavla II. 1",
            "21220 Trogir",
            "OIB: 19283746501",
        ],
        "Sans",
        9.5,
        12.5,
    )
    p.text(555, 740, "RAČUN br. 184/1/1", "Sans-B", 14, "r")
    kv(
        p,
        360,
        555,
        720,
        [
            ("Datum i vrijeme:", "12.02.2026. 10:42"),
            ("Datum isporuke:", "11.02.2026."),
            ("Dospijeće:", due.strftime("%d.%m.%Y.")),
            ("Način plaćanja:", "transakcijski račun"),
            ("Operater:", "ana.k"),
        ],
        "Sans",
        8.5,
        12,
    )
    cols = [(235, "l"), (45, "r"), (40, "l"), (70, "r"), (45, "r"), (80, "r")]
    body = [[i.desc, f"{i.qty}", i.uom, f(i.unit), f"{i.rate}%", f(i.amount)] for i in L]
    y = table(
        p,
        40,
        630,
        cols,
        ["Opis", "Kol.", "J.m.", "Cijena", "PDV", "Iznos"],
        body,
        "Light",
        "Sans-B",
        9,
        17,
        head_fill=HexColor("#E0F0F3"),
    )
    p.text(40, y - 14, "Rekapitulacija poreza", "Sans-B", 8.5)
    yy = y - 28
    for r, (n_, v_) in groups.items():
        p.text(40, yy, f"PDV {r}%   osnovica {f(n_)}   porez {f(v_)}", "Light", 8.5)
        yy -= 12
    y = kv(
        p,
        330,
        555,
        y - 14,
        [("Ukupno bez PDV-a:", f(net)), ("PDV ukupno:", f(vat))],
        "Sans",
        9.5,
        14,
    )
    p.text(330, y - 4, "Ukupno za platiti:", "Sans-B", 11.5, color=teal)
    p.text(555, y - 4, f"{f(total)} EUR", "Sans-B", 11.5, "r", teal)
    p.lines(
        40,
        250,
        [
            "IBAN: HR12 2340 0091 1100 1234 5 (Privredna banka Zagreb)",
            "Model i poziv na broj: HR01 184-2026",
            "Oslobođeno od PDV-a: ne  ·  Obveznik fiskalizacije",
        ],
        "Sans",
        8.5,
        12,
    )
    p.lines(
        40,
        200,
        ["ZKI: 5e3b9a1c07d44f2c8b6a91e2f0d3c7a4", "JIR: 2f8c1d7e-4a3b-4c9d-8e11-7b5a6c2d9f00"],
        "Mono",
        7.5,
        10,
    )
    qr_box(p, 475, 160, 80, rng)
    p.hline(40, 555, 70, 0.4, teal)
    p.text(
        297,
        56,
        "Jadran Tisak d.o.o. · Trgovački sud u Splitu MBS 060123456 · temeljni kapital 20.000,00 EUR uplaćen u cijelosti · uprava: Ivan Barić",
        "Light",
        7,
        "c",
    )
    t = truth(
        number="184/1/1",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="hr-HR",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        note="Croatian fiscal numbering 184/1/1; date with trailing dot and time; PDV 25 % and 5 %; ZKI/JIR codes; thin light font",
    )
    return Doc(p.save(), t, "HR")


@register("scan", "png", dpi=150, grey=True, blur=0.5, skew=1.6, noise=5, specks=20, width=700)
def i15(rng: random.Random) -> Doc:
    name, vendor = "i15", "Alpsko Kmetijstvo d.o.o."
    d, due = date(2026, 3, 18), date(2026, 4, 2)
    L = items(
        [
            ("Semenski krompir Kresnik, 25 kg", "20", "21.40", D("9.5"), "", "vreča"),
            ("Mineralno gnojilo NPK 15-15-15, 50 kg", "12", "38.90", D("9.5"), "", "vreča"),
            ("Vrtna motika kovana", "6", "17.80", 22, "", "kos"),
            ("Zaščitne rokavice, par", "24", "3.95", 22, "", "par"),
        ]
    )
    groups = vat_on_net(L)
    net = sums(L)
    vat = sum((v for _, v in groups.values()), ZERO)
    total = net + vat
    f = lambda v: nf(v, ",", ".")  # noqa: E731
    p = Page(name, A4)
    green = HexColor("#2E7D32")
    p.c.setFillColor(green)
    p.c.circle(60, 792, 20, stroke=0, fill=1)
    p.c.setFillColor(black)
    p.text(60, 786, "AK", "Sans-B", 14, "c", white)
    p.text(92, 795, "Alpsko Kmetijstvo d.o.o.", "Sans-B", 17)
    p.text(92, 778, "Cesta Staneta Žagarja 30, 4000 Kranj", "Sans", 10.5)
    p.lines(40, 730, ["Kmetija Novak", "Zgornje Gorje 44", "4247 Zgornje Gorje"], "Sans", 11.5, 15)
    p.text(555, 735, "RAČUN št. 26-00213", "Sans-B", 15, "r")
    kv(
        p,
        345,
        555,
        712,
        [
            ("Datum izdaje:", "18. 3. 2026"),
            ("Datum opravljene storitve:", "18. 3. 2026"),
            ("Rok plačila:", "2. 4. 2026"),
        ],
        "Sans",
        10.5,
        15,
    )
    cols = [(245, "l"), (45, "r"), (70, "r"), (50, "r"), (105, "r")]
    body = [[i.desc, f"{i.qty}", f(i.unit), nf(i.rate, ",", ".", 1), f(i.amount)] for i in L]
    y = table(
        p,
        40,
        620,
        cols,
        ["Artikel", "Kol.", "Cena", "DDV %", "Vrednost"],
        body,
        "Sans",
        "Sans-B",
        10.5,
        19,
    )
    rows = [("Skupaj brez DDV", f(net))] + [
        (f"DDV {nf(r, ',', '.', 1)} %", f(v_)) for r, (_, v_) in groups.items()
    ]
    y = kv(p, 330, 555, y - 16, rows, "Sans", 11, 16)
    p.text(330, y - 4, "Za plačilo EUR", "Sans-B", 13)
    p.text(555, y - 4, f(total), "Sans-B", 13, "r")
    p.lines(
        40,
        230,
        [
            "TRR: SI56 0510 0801 2345 678 (Abanka)",
            "Sklic: SI00 26-00213",
            "ID za DDV: SI12345678  ·  Matična št.: 6123456000",
        ],
        "Sans",
        10.5,
        15,
    )
    qr_box(p, 455, 150, 100, rng)
    p.text(505, 136, "UPN QR", "Sans-B", 8, "c")
    t = truth(
        number="26-00213",
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="sl-SI",
        layout="invoice",
        dtype="invoice",
        lines=li(L),
        note="low-resolution scan (~700 px wide); DDV 9,5 % and 22 %; Slovenian spaced dates '18. 3. 2026'; sklic reference",
    )
    return Doc(p.save(), t, "SI")


@register("pdf", "pdf")
def i16(rng: random.Random) -> Doc:
    name, vendor = "i16", "Skärgårdens Båttillbehör AB"
    d = date(2026, 2, 3)
    L = items(
        [
            ("Retur: Flytväst Hurricane 165N vuxen", "-4", "780.00", 25, "FV165", "st"),
            ("Retur: Förtöjningslina 14 mm x 10 m", "-6", "249.00", 25, "FL1410", "st"),
            ("Prisavdrag enl. överenskommelse (skadad fender)", "-1", "320.00", 25, "RAB", "st"),
        ]
    )
    net = sums(L)
    vat = q(net * 25 / 100)
    total = net + vat
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    p = Page(name, A4)
    navy = HexColor("#14325C")
    p.c.setStrokeColor(navy)
    p.c.setLineWidth(2)
    p.c.line(40, 780, 80, 815)
    p.c.line(80, 815, 80, 780)
    p.c.line(40, 780, 80, 780)
    p.c.setLineWidth(0.5)
    p.text(92, 796, "Skärgårdens Båttillbehör AB", "Times-Bold", 18, color=navy)
    p.text(92, 782, "Strandvägen 8, 184 60 Åkersberga", "Times-Roman", 9.5)
    p.text(555, 745, "KREDITFAKTURA", "Times-Bold", 18, "r", navy)
    kv(
        p,
        370,
        555,
        722,
        [
            ("Kreditfakturanr", "20931"),
            ("Datum", d.isoformat()),
            ("Avser faktura", "20877 (2026-01-20)"),
            ("Kundnr", "K-0552"),
        ],
        "Times-Roman",
        10,
        13.5,
    )
    p.lines(
        40,
        722,
        ["Roslagens Segelsällskap", "Att: Per Ekström", "Hamnvägen 2", "761 30 Norrtälje"],
        "Times-Roman",
        11,
        14,
    )
    cols = [(60, "l"), (240, "l"), (45, "r"), (75, "r"), (95, "r")]
    body = [[i.code, i.desc, f"{i.qty}", f(i.unit), f(i.amount)] for i in L]
    y = table(
        p,
        40,
        620,
        cols,
        ["Art.nr", "Benämning", "Antal", "À-pris", "Belopp"],
        body,
        "Times-Roman",
        "Times-Bold",
        10,
        18,
    )
    y = kv(
        p,
        350,
        555,
        y - 16,
        [("Summa exkl. moms", f(net)), ("Moms 25 %", f(vat))],
        "Times-Roman",
        11,
        15,
    )
    p.hline(350, 555, y + 9, 1, navy)
    p.text(350, y - 5, "Att erhålla SEK", "Times-Bold", 13)
    p.text(555, y - 5, f(total), "Times-Bold", 13, "r")
    p.lines(
        40,
        y - 60,
        [
            "Beloppet återbetalas till ert konto inom 10 dagar eller kvittas mot kommande faktura.",
            "Ingen betalning ska göras på denna kreditfaktura.",
        ],
        "Times-Italic",
        10,
        14,
    )
    p.hline(40, 555, 70, 0.5, navy)
    p.text(
        297,
        56,
        "Org.nr 556934-1180  ·  Momsreg.nr SE556934118001  ·  Innehar F-skattsedel  ·  Bankgiro 644-2917  ·  www.skargardsbat.se",
        "Times-Roman",
        8,
        "c",
    )
    t = truth(
        number="20931",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="SEK",
        locale="sv-SE",
        layout="invoice",
        dtype="credit_note",
        lines=li(L),
        note="credit note (kreditfaktura): negative quantities and amounts, keyed negative; references the original invoice number 20877; no due date",
    )
    return Doc(p.save(), t, "SE")


# ============================================================================= receipts


def roll_items(
    r: Roll,
    L: list[Item],
    fmt: Callable[[Decimal], str],
    *,
    qty_line: bool = True,
    tag: Callable[[Item], str] | None = None,
    unit: str = "st",
    x: str = "x",
) -> None:
    for i in L:
        suffix = f" {tag(i)}" if tag else ""
        if qty_line and i.qty != 1:
            r.lr(i.desc)
            r.lr(
                f"  {nf(i.qty, ',', ' ', 3 if i.qty % 1 else 0)} {unit} {x} {fmt(i.unit)}",
                fmt(i.amount) + suffix,
            )
        else:
            r.lr(i.desc, fmt(i.amount) + suffix)


def logo_circle(
    text: str, color: Color, font: str = "Sans-B", size: float = 12
) -> Callable[[Page, float, float], None]:
    def fn(p: Page, x: float, y: float) -> None:
        p.c.setFillColor(color)
        p.c.circle(p.w / 2, y + 16, 15, stroke=0, fill=1)
        p.c.setFillColor(black)
        p.text(p.w / 2, y + 12, text, font, size, "c", white)

    return fn


def qr_fn(size: float, rng: random.Random) -> Callable[[Page, float, float], None]:
    def fn(p: Page, x: float, y: float) -> None:
        qr_box(p, (p.w - size) / 2, y, size, rng)

    return fn


def bar_fn(h: float, rng: random.Random) -> Callable[[Page, float, float], None]:
    def fn(p: Page, x: float, y: float) -> None:
        barcode(p, x + 10, y, p.w - 2 * x - 20, h, rng)

    return fn


@register("photo", "jpg", dpi=200, long_side=2200, quality=72)
def r01(rng: random.Random) -> Doc:
    name, vendor = "r01", "Snabbköpet Hornstull AB"
    d = date(2026, 3, 14)
    L = items(
        [
            ("MJÖLK 3% 1,5L", "2", "19.90", 12),
            ("SMÖR NORMALSALTAT 500G", "1", "64.95", 12),
            ("KNÄCKEBRÖD RÅG", "1", "27.50", 12),
            ("BANANER", "1.124", "24.90", 12),
            ("KAFFE MELLANROST 450G", "2", "74.90", 12),
            ("PANT BURK", "6", "1.00", 12),
            ("LÄSK CITRON 33CL", "6", "8.95", 12),
            ("TVÄTTMEDEL COLOR 1KG", "1", "59.90", 25),
            ("TANDKRÄM 75ML", "1", "32.50", 25),
        ]
    )
    g = vat_in_gross(L)
    total = sums(L)
    vat = sum((v for _, v, _ in g.values()), ZERO)
    f = lambda v: nf(v, ",", "")  # noqa: E731
    r = Roll(name, 80, font="Mono", size=8.2)
    r.center("Snabbköpet", "Sans-B", 16, 20)
    r.center("HORNSTULL", "Sans", 10, 14)
    r.center("Snabbköpet Hornstull AB", size=7.5)
    r.center("Hornsgatan 1, 118 46 Stockholm", size=7.5)
    r.center("Org.nr 556701-2233  Tel 08-668 10 20", size=7.5)
    r.rule(True)
    for i in L:
        if i.qty % 1:
            r.lr(i.desc)
            r.lr(f"  {nf(i.qty, ',', '', 3)} kg x {f(i.unit)} kr/kg", f(i.amount))
        elif i.qty != 1:
            r.lr(i.desc)
            r.lr(f"  {i.qty} st x {f(i.unit)}", f(i.amount))
        else:
            r.lr(i.desc, f(i.amount))
    r.rule()
    r.lr("TOTALT", f(total), "Mono-B", 11, 15)
    r.lr(f"{sum(int(i.qty) if i.qty % 1 == 0 else 1 for i in L)} varor")
    r.rule(True)
    r.lr("Kort", f(total))
    r.lr("VISA Debit ************4471", size=7.5)
    r.lr("Köp  Kontaktlös  Godkänd", size=7.5)
    r.rule(True)
    r.cols([("Moms%", 0, "l"), ("Moms", 0.42, "r"), ("Netto", 0.7, "r"), ("Brutto", 1, "r")])
    for rate, (gr, v, n_) in g.items():
        r.cols([(f"{rate}", 0, "l"), (f(v), 0.42, "r"), (f(n_), 0.7, "r"), (f(gr), 1, "r")])
    r.rule(True)
    r.lr("Kvitto 4471  Kassa 2  Kassör 14")
    r.lr(f"{d.isoformat()} 17:32")
    r.center("Spara kvittot - öppet köp 30 dagar", size=7.5)
    r.draw(30, bar_fn(26, rng))
    t = truth(
        number="4471",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="SEK",
        locale="sv-SE",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        note="supermarket till roll; prices incl. moms 12 %/25 % with a moms summary table; weighed item; pant (deposit) line; kvitto number on footer line; phone photo",
    )
    return Doc(r.render(), t, "SE")


@register("scan", "png", dpi=200, grey=True, blur=0.6, skew=-1.2, noise=6, fade=0.45, specks=10)
def r02(rng: random.Random) -> Doc:
    name, vendor = "r02", "Kiosken på Torget AS"
    d = date(2026, 1, 23)
    L = items(
        [
            ("Aftenposten", "1", "45.00", 0),
            ("Kvikk Lunsj", "2", "24.90", 15),
            ("Pølse i brød m/ lompe", "1", "39.00", 15),
            ("Kaffe stor", "1", "42.00", 25),
            ("Flax skrapelodd", "1", "25.00", 0),
        ]
    )
    g = vat_in_gross(L)
    total = sums(L)
    vat = sum((v for _, v, _ in g.values()), ZERO)
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    r = Roll(name, 58, margin=3 * mm, font="Mono", size=7.2)
    r.center("KIOSKEN PÅ TORGET", "Mono-B", 9, 12)
    r.center("Torget 3, 7013 Trondheim")
    r.center("Org.nr 923 441 882 MVA")
    r.rule(True)
    r.center("SALGSKVITTERING", "Mono-B", 8, 11)
    r.lr(f"{d.strftime('%d.%m.%Y')} 07:48", "Nr 118204")
    r.rule(True)
    roll_items(r, L, f, unit="stk")
    r.rule()
    r.lr("TOTALT NOK", f(total), "Mono-B", 9, 12)
    r.lr("Bankkort", f(total))
    r.rule(True)
    r.cols([("MVA", 0, "l"), ("Grunnlag", 0.62, "r"), ("MVA", 1, "r")])
    for rate, (_gr, v, n_) in g.items():
        r.cols([(f"{rate}%", 0, "l"), (f(n_), 0.62, "r"), (f(v), 1, "r")])
    r.rule(True)
    r.center("Takk for handelen!")
    t = truth(
        number="118204",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="NOK",
        locale="nb-NO",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        note="58 mm kiosk roll with thermal fading; 0 % MVA (newspaper, lottery), 15 % and 25 %; vat keyed as sum of the 15 % and 25 % MVA",
    )
    return Doc(r.render(), t, "NO")


@register("pdf", "pdf")
def r03(rng: random.Random) -> Doc:
    name, vendor = "r03", "Bageriet Østerbro ApS"
    d = date(2026, 2, 7)
    L = items(
        [
            ("Rugbrød, groft", "1", "42.00", 25),
            ("Tebirkes", "3", "14.00", 25),
            ("Kanelsnegl", "2", "24.50", 25),
            ("Cappuccino", "1", "42.00", 25),
            ("Økologisk mælk 1 l", "1", "19.75", 25),
        ]
    )
    sub = sums(L)
    vat = q(sub * 25 / 125)
    total = q(sub * 2, C0) / 2
    rnd = total - sub
    f = lambda v: nf(v, ",", ".")  # noqa: E731
    r = Roll(name, 80, font="Courier", size=8.5)
    r.draw(36, logo_circle("BØ", HexColor("#8B5A2B")))
    r.center("BAGERIET ØSTERBRO", "Times-Bold", 13, 17)
    r.center("Østerbrogade 96 · 2100 København Ø", "Times-Roman", 8)
    r.center("CVR 39 77 21 05 · Tlf. 35 26 11 40", "Times-Roman", 8)
    r.gap(4)
    r.lr("Bon nr. 20731", f"{d.strftime('%d-%m-%Y')} 08:14")
    r.lr("Ekspedient: Mette")
    r.rule(True)
    roll_items(r, L, f, unit="stk", x="à")
    r.rule(True)
    r.lr("Subtotal", f(sub))
    r.lr("Øreafrunding", f(rnd))
    r.lr("I ALT DKK", f(total), "Courier-Bold", 11, 15)
    r.gap(3)
    r.lr("Kontant", "100,00")
    r.lr("Byttepenge", f(100 - total))
    r.rule(True)
    r.lr("Heraf moms 25%", f(vat))
    r.gap(4)
    r.center("Tak for besøget - vi ses i morgen!", "Times-Italic", 8.5)
    t = truth(
        number="20731",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=sub - vat,
        vat=vat,
        total=total,
        currency="DKK",
        locale="da-DK",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        rounding=rnd,
        note="bakery cash receipt; cash rounding to 0,50 kr (øreafrunding) between subtotal and I ALT; only 'heraf moms' printed; net keyed as subtotal − moms (not printed); change line",
    )
    return Doc(r.render(), t, "DK")


@register("photo", "jpg", dpi=200, long_side=2000, quality=76)
def r04(rng: random.Random) -> Doc:
    name, vendor = "r04", "Kalevan Apteekki"
    d = date(2026, 3, 2)
    L = items(
        [
            ("Burana 400 mg 30 tabl", "1", "8.95", 10),
            ("Nenäsumute 10 ml", "1", "7.40", 10),
            ("Aurinkovoide SPF50 200 ml", "1", "19.90", D("25.5")),
            ("Käsivoide 100 ml", "2", "6.50", D("25.5")),
        ]
    )
    g = vat_in_gross(L)
    total = sums(L)
    vat = sum((v for _, v, _ in g.values()), ZERO)
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    r = Roll(name, 80, font="Sans", size=8)
    r.draw(
        30,
        lambda p, x, y: (
            p.rect(p.w / 2 - 14, y + 2, 28, 28, fill=HexColor("#2E8B57"), stroke=None),
            p.rect(p.w / 2 - 4, y + 6, 8, 20, fill=white, stroke=None),
            p.rect(p.w / 2 - 10, y + 12, 20, 8, fill=white, stroke=None),
        ),
    )
    r.center("Kalevan Apteekki", "Sans-B", 12, 16)
    r.center("Sammonkatu 42, 33540 Tampere", size=7.5)
    r.center("Apteekkari Liisa Mäkinen · Y-tunnus 1456882-7", size=7.5)
    r.rule()
    r.lr("Kuitti 55-20417", f"{d.strftime('%d.%m.%Y')} klo 16.05", size=7.5)
    r.rule()
    roll_items(r, L, f, unit="kpl", tag=lambda i: "A" if i.rate == 10 else "B")
    r.rule()
    r.lr("YHTEENSÄ EUR", f(total), "Sans-B", 11, 15)
    r.lr("Pankkikortti", f(total))
    r.rule(True)
    r.cols(
        [("ALV", 0, "l"), ("Veroton", 0.45, "r"), ("Vero", 0.7, "r"), ("Verollinen", 1, "r")],
        size=7.5,
    )
    for rate, (gr, v, n_) in g.items():
        tag = "A" if rate == 10 else "B"
        r.cols(
            [
                (f"{tag} {nf(rate, ',', '', 1 if rate % 1 else 0)} %", 0, "l"),
                (f(n_), 0.45, "r"),
                (f(v), 0.7, "r"),
                (f(gr), 1, "r"),
            ],
            size=7.5,
        )
    r.rule(True)
    r.center("Kysy farmaseutilta – neuvonta on maksutonta", size=7.5)
    t = truth(
        number="55-20417",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fi-FI",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        note="pharmacy receipt: ALV 10 % (medicines) and 25,5 % with A/B codes; vendor is the pharmacy name (apteekkari personal business); phone photo",
    )
    return Doc(r.render(), t, "FI")


@register("scan", "jpg", dpi=220, grey=True, blur=0.7, skew=1.8, noise=5, fade=0.3, quality=85)
def r05(rng: random.Random) -> Doc:
    name, vendor = "r05", "Eldsneyti Vesturlands ehf."
    d = date(2026, 1, 9)
    L = items(
        [
            ("Bensín 95 dæla 4", "41.37", "289.90", 24),
            ("Rúðuvökvi -18°C 4 l", "1", "1490", 24),
            ("Pylsa með öllu", "1", "690", 11),
            ("Kaffi", "1", "450", 11),
        ],
        C0,
    )
    g = vat_in_gross(L, C0)
    total = sums(L)
    vat = sum((v for _, v, _ in g.values()), ZERO)
    f = lambda v: nf(v, ",", ".", 0)  # noqa: E731
    r = Roll(name, 76, font="Mono", size=7.8)
    r.center("ELDSNEYTI VESTURLANDS", "Mono-B", 10, 13)
    r.center("Brúartorgi 2, 310 Borgarnesi")
    r.center("Kt. 660915-1230  VSK-nr. 122877")
    r.rule(True)
    r.lr("Kvittun nr. 3-88217")
    r.lr(f"Dags. {d.strftime('%d.%m.%Y')}", "Kl. 12:41")
    r.rule(True)
    fuel = L[0]
    r.lr(fuel.desc)
    r.lr(f"  {nf(fuel.qty, ',', '.', 2)} L x {nf(fuel.unit, ',', '.', 2)} kr/L", f(fuel.amount))
    for i in L[1:]:
        r.lr(i.desc, f(i.amount))
    r.rule()
    r.lr("SAMTALS KR.", f(total), "Mono-B", 10, 14)
    r.lr("Greitt með korti", f(total))
    r.rule(True)
    for rate, (gr, v, _n) in g.items():
        r.lr(f"VSK {rate}% af {f(gr)}", f(v))
    r.lr("VSK samtals", f(vat))
    r.rule(True)
    r.center("Góða ferð!")
    t = truth(
        number="3-88217",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="ISK",
        locale="is-IS",
        layout="receipt",
        dtype="receipt",
        lines=li(L, 2),
        note="fuel station roll: litres × kr/L with decimals but ISK totals without decimals; VSK 24 % and 11 % 'af' gross; greyscale scan with fading",
    )
    return Doc(r.render(), t, "IS")


@register("pdf", "pdf")
def r06(rng: random.Random) -> Doc:
    name, vendor = "r06", "Kalamaja Toidupood OÜ"
    d = date(2026, 2, 18)
    L = items(
        [
            ("Leib Rukkimaa 500g", "1", "2.39", 24),
            ("Piim 2,5% 1l", "2", "1.29", 24),
            ("Kohuke vanilje", "4", "0.69", 24),
            ("Kartul kg", "1.85", "0.89", 24),
            ("Kilud vürtsikilu 240g", "1", "3.49", 24),
            ("Kliendikaardi allahindlus", "1", "-0.70", 24),
        ]
    )
    total = sums(L)
    vat = q(total * 24 / 124)
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    r = Roll(name, 80, font="Mono", size=8)
    r.center("KALAMAJA TOIDUPOOD", "Sans-B", 12, 16)
    r.center("Kalamaja Toidupood OÜ", size=7.5)
    r.center("Soo 21, 10414 Tallinn", size=7.5)
    r.center("Reg. 16022871  KMKR EE102998877", size=7.5)
    r.rule()
    roll_items(r, L, f, unit="tk")
    r.rule()
    r.lr("KOKKU EUR", f(total), "Mono-B", 11, 15)
    r.lr("Makstud kaardiga", f(total))
    r.rule(True)
    r.lr("Käibemaks 24%", f(vat))
    r.lr("Summa km-ta", f(total - vat))
    r.rule(True)
    r.lr(f"Tšekk nr 0417-3321  {d.strftime('%d.%m.%Y')} 18:22", size=7.2)
    r.lr("Kassa 3  Teenindas: Marje", size=7.2)
    r.center("Aitäh ostu eest!", "Sans-I", 8.5, 12)
    t = truth(
        number="0417-3321",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="et-EE",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        note="supermarket roll; weighed potatoes; loyalty discount as a negative line; käibemaks 24 % and net printed below total",
    )
    return Doc(r.render(), t, "EE")


@register("pdf", "pdf")
def r07(rng: random.Random) -> Doc:
    name, vendor = "r07", "SIA Kafejnīca Mārtiņa Kūkas"
    d = date(2026, 3, 21)
    L = items(
        [
            ("Latte 0,4 l", "2", "3.90", 21),
            ("Medus kūka", "1", "4.60", 21),
            ("Rupjmaizes kārtojums", "1", "5.20", 21),
            ("Ūdens gāzēts 0,5 l", "1", "2.10", 21),
        ]
    )
    sub = sums(L)
    tip = D("2.00")
    vat = q(sub * 21 / 121)
    total = sub + tip
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    r = Roll(name, 76, font="Sans", size=7.8)
    r.center("Mārtiņa Kūkas", "Serif-B", 14, 18)
    r.center("SIA Kafejnīca Mārtiņa Kūkas", size=7.2)
    r.center("Reģ. Nr. 40203556677 · PVN LV40203556677", size=7.2)
    r.center("Tērbatas iela 34, Rīga, LV-1011", size=7.2)
    r.rule()
    r.lr("Čeks Nr. 00231", f"{d.strftime('%d.%m.%Y')} 11:06")
    r.lr("Galds 7 · Viesmīle: Anete")
    r.rule()
    roll_items(r, L, f, unit="gab.")
    r.rule()
    r.lr("Summa", f(sub), "Sans-B", 9, 12)
    r.lr("Dzeramnauda", f(tip))
    r.lr("KOPĀ APMAKSAI EUR", f(total), "Sans-B", 10.5, 14)
    r.lr("Maksājumu karte", f(total))
    r.rule(True)
    r.lr("PVN 21% (iekļauts)", f(vat))
    r.lr("Summa bez PVN", f(sub - vat))
    r.rule(True)
    r.center("Paldies! Uz tikšanos!", "Serif", 8.5, 12)
    t = truth(
        number="00231",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=sub - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="lv-LV",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        tip=tip,
        note="café bill with a tip (dzeramnauda) added after the sum; total keyed incl. tip; PVN 21 % included in prices; shop brand 'Mārtiņa Kūkas' vs legal name with SIA",
    )
    return Doc(r.render(), t, "LV")


@register("photo", "jpg", dpi=200, long_side=2300, quality=64)
def r08(rng: random.Random) -> Doc:
    name, vendor = "r08", "UAB „Žaliasis turgelis“"
    d = date(2026, 1, 31)
    L = items(
        [
            ("Duona ruginė 800 g", "1", "2.19", 21),
            ("Pienas 2,5 % 1 l", "3", "1.09", 21),
            ("Sūris Džiugas 180 g", "1", "4.79", 21),
            ("Obuoliai Ligol kg", "1.42", "1.49", 21),
            ("Kiaušiniai M 10 vnt.", "1", "2.89", 21),
            ("Pirkinių maišelis", "1", "0.15", 21),
        ]
    )
    total = sums(L)
    vat = q(total * 21 / 121)
    cash = D("25.00")
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    r = Roll(name, 80, font="Mono", size=8)
    r.center("ŽALIASIS TURGELIS", "Sans-B", 13, 17)
    r.center("UAB „Žaliasis turgelis“", "Sans", 7.5)
    r.center("Kalvarijų g. 98, Vilnius", "Sans", 7.5)
    r.center("PVM kodas LT100009988776", "Sans", 7.5)
    r.rule(True)
    roll_items(r, L, f, unit="vnt", tag=lambda i: "A")
    r.rule()
    r.lr("MOKĖTI", f(total), "Mono-B", 11, 15)
    r.lr("Grynieji", f(cash))
    r.lr("Grąža", f(cash - total))
    r.rule(True)
    r.lr("A PVM 21,00%", f(vat))
    r.lr("Be PVM", f(total - vat))
    r.rule(True)
    r.lr("Kvito Nr. 2617", f"{d.isoformat()} 19:03")
    r.lr("KA Nr. VS0042871")
    r.center("AČIŪ, KAD PERKATE!", "Mono-B", 8, 12)
    t = truth(
        number="2617",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="lt-LT",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        note="supermarket cash receipt (Grynieji / Grąža); weighed apples; PVM A 21 %; till number KA differs from receipt number; photo",
    )
    return Doc(r.render(), t, "LT")


@register("imgpdf", "pdf", dpi=200, grey=True, blur=0.6, skew=-0.8, noise=6, fade=0.35, specks=15)
def r09(rng: random.Random) -> Doc:
    name, vendor = "r09", "Sklep Spożywczy „Pod Lipą” Anna Kowalczyk"
    d = date(2026, 2, 9)
    L = items(
        [
            ("Chleb wiejski 500g", "1", "6.49", 5),
            ("Masło extra 200g", "1", "8.99", 5),
            ("Jogurt naturalny", "2", "2.79", 5),
            ("Kawa mielona 250g", "1", "17.99", 23),
            ("Baton czekoladowy", "2", "3.29", 8),
            ("Woda mineralna 1,5l", "3", "2.19", 23),
        ]
    )
    letter_ = {23: "A", 8: "B", 5: "C"}
    g = vat_in_gross(L)
    total = sums(L)
    vat = sum((v for _, v, _ in g.values()), ZERO)
    f = lambda v: nf(v, ",", "")  # noqa: E731
    r = Roll(name, 58, margin=2.8 * mm, font="Mono", size=6.9)
    r.center("Sklep Spożywczy „Pod Lipą”")
    r.center("Anna Kowalczyk")
    r.center("ul. Lipowa 7, 20-020 Lublin")
    r.center("NIP 712-104-33-21")
    r.lr(d.isoformat(), "wydr. 0287")
    r.center("PARAGON FISKALNY", "Mono-B", 8.5, 12)
    r.rule(True)
    for i in L:
        r.lr(i.desc)
        r.lr(f"  {i.qty} x{f(i.unit)}", f"{f(i.amount)} {letter_[int(i.rate)]}")
    r.rule(True)
    for rate, (gr, _v, _n) in g.items():
        r.lr(f"Sprzed. opod. PTU {letter_[int(rate)]}", f(gr))
    for rate, (_gr, v, _n) in g.items():
        r.lr(f"Kwota {letter_[int(rate)]} {rate},00%", f(v))
    r.lr("Podatek PTU", f(vat))
    r.lr("SUMA PLN", f(total), "Mono-B", 10, 14)
    r.rule(True)
    r.lr("00287 #Kasa 1  Kasjer nr 2", "10:14")
    r.lr("Karta płatnicza", f(total))
    r.center("BCB 12345678", "Mono", 6.9)
    r.draw(14, bar_fn(12, rng))
    t = truth(
        number="0287",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        note="Polish paragon fiskalny as image-only PDF; PTU letters A 23 %, B 8 %, C 5 %; receipt number is the 'wydr.' print number 0287; vendor is a sole trader with shop name",
    )
    return Doc(r.render(), t, "PL")


@register("scan", "png", dpi=200, grey=True, blur=0.55, skew=0.9, noise=5, fade=0.2, specks=20)
def r10(rng: random.Random) -> Doc:
    name, vendor = "r10", "Lékárna U Zlatého hada s.r.o."
    d = date(2026, 3, 27)
    L = items(
        [
            ("Paralen 500 mg 24 tbl", "1", "89.90", 12),
            ("Ibalgin 400 mg 30 tbl", "1", "104.50", 12),
            ("Septolete 18 pastilek", "2", "139.00", 12),
            ("Krém na ruce 100 ml", "1", "119.00", 21),
        ]
    )
    g = vat_in_gross(L)
    sub = sums(L)
    vat = sum((v for _, v, _ in g.values()), ZERO)
    total = q(sub, C0)
    rnd = total - sub
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    r = Roll(name, 80, font="Sans", size=8)
    r.center("Lékárna U Zlatého hada", "Serif-B", 12, 16)
    r.center("Lékárna U Zlatého hada s.r.o.", size=7.5)
    r.center("Karlova 181/3, 110 00 Praha 1", size=7.5)
    r.center("IČO: 05512874   DIČ: CZ05512874", size=7.5)
    r.rule()
    r.center("ZJEDNODUŠENÝ DAŇOVÝ DOKLAD", "Sans-B", 8.5, 12)
    r.lr("Č. dokladu: 2026/0012345", f"{d.strftime('%d.%m.%Y')} 09:37")
    r.rule()
    roll_items(r, L, f, unit="ks")
    r.rule()
    r.lr("Mezisoučet", f(sub))
    r.lr("Zaokrouhlení", f(rnd))
    r.lr("CELKEM Kč", f(total), "Sans-B", 11, 15)
    r.lr("Hotově", "700,00")
    r.lr("Vráceno", f(700 - total))
    r.rule(True)
    r.cols(
        [("Sazba", 0, "l"), ("Základ", 0.45, "r"), ("DPH", 0.7, "r"), ("Celkem", 1, "r")], size=7.5
    )
    for rate, (gr, v, n_) in g.items():
        r.cols(
            [(f"{rate} %", 0, "l"), (f(n_), 0.45, "r"), (f(v), 0.7, "r"), (f(gr), 1, "r")], size=7.5
        )
    r.rule(True)
    r.center("Děkujeme a přejeme brzké uzdravení.", "Sans-I", 7.5)
    t = truth(
        number="2026/0012345",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=sub - vat,
        vat=vat,
        total=total,
        currency="CZK",
        locale="cs-CZ",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        rounding=rnd,
        note="pharmacy cash receipt; DPH 12 % (medicines) and 21 %; zaokrouhlení to whole Kč between mezisoučet and CELKEM; hotově/vráceno lines",
    )
    return Doc(r.render(), t, "CZ")


@register("photo", "jpg", dpi=200, long_side=1900, quality=70)
def r11(rng: random.Random) -> Doc:
    name, vendor = "r11", "Tatra Pumpa s.r.o."
    d = date(2026, 2, 14)
    L = items(
        [
            ("NATURAL 95 stojan 3", "38.64", "1.599", 23),
            ("Umývanie auta PROGRAM 2", "1", "8.90", 23),
            ("Bageta šunková", "1", "3.49", 23),
        ]
    )
    total = sums(L)
    vat = q(total * 23 / 123)
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    r = Roll(name, 80, font="Mono", size=7.8)
    r.center("TATRA PUMPA", "Sans-B", 14, 18)
    r.center("Tatra Pumpa s.r.o.", size=7.5)
    r.center("Čerpacia stanica Liptovský Mikuláš", size=7.5)
    r.center("IČO: 51234987  DIČ: 2120654321", size=7.5)
    r.center("IČ DPH: SK2120654321", size=7.5)
    r.rule(True)
    r.center("POKLADNIČNÝ DOKLAD", "Mono-B", 9, 13)
    r.lr("Číslo dokladu: 1047", size=7.5)
    r.lr(f"Dátum: {d.strftime('%d.%m.%Y')} 15:22:08", size=7.5)
    r.rule(True)
    fuel = L[0]
    r.lr(fuel.desc)
    r.lr(
        f"  {nf(fuel.qty, ',', ' ', 2)} l x {nf(fuel.unit, ',', ' ', 3)} €/l", f"{f(fuel.amount)} A"
    )
    for i in L[1:]:
        r.lr(i.desc, f"{f(i.amount)} A")
    r.rule()
    r.lr("SPOLU EUR", f(total), "Mono-B", 11, 15)
    r.lr("Platobná karta", f(total))
    r.rule(True)
    r.lr("A 23,00% Základ", f(total - vat))
    r.lr("A 23,00% DPH", f(vat))
    r.rule(True)
    r.lr("OKP: 5f1e2c9a-3b774d10-88a1c2e4", size=6.8)
    r.lr("   -0b9d7f61-2ac34e59", size=6.8)
    r.lr("Kód pokladnice: 88812345678900001", size=6.8)
    r.draw(70, qr_fn(66, rng))
    r.center("eKasa – doklad overíte na financnasprava.sk", size=6.8)
    t = truth(
        number="1047",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="sk-SK",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        note="fuel station eKasa receipt; litres × €/l with three-decimal price; DPH 23 % base/tax lines; OKP and cash-register codes; QR; phone photo",
    )
    return Doc(r.render(), t, "SK")


@register("pdf", "pdf")
def r12(rng: random.Random) -> Doc:
    name, vendor = "r12", "Alföldi Élelmiszer Kft."
    d = date(2026, 3, 6)
    L = items(
        [
            ("KENYÉR FEHÉR 1KG", "1", "799", 5),
            ("TEJ 2,8% 1L", "2", "389", 5),
            ("PARIZER 200G", "1", "899", 18),
            ("SÖR DOBOZOS 0,5L", "4", "349", 27),
            ("WC PAPÍR 8 TEKERCS", "1", "1599", 27),
        ],
        C0,
    )
    code = {5: "A", 18: "B", 27: "C"}
    g = vat_in_gross(L, C0)
    sub = sums(L)
    vat = sum((v for _, v, _ in g.values()), ZERO)
    total = q(sub / 5, C0) * 5
    rnd = total - sub
    f = lambda v: nf(v, ",", " ", 0)  # noqa: E731
    r = Roll(name, 80, font="Courier", size=8.2)
    r.center("ALFÖLDI ÉLELMISZER KFT.", "Courier-Bold", 10, 14)
    r.center("6000 Kecskemét, Rákóczi út 15.")
    r.center("Adószám: 24681357-2-03")
    r.center("ABC ÉLELMISZERBOLT")
    r.rule(True)
    r.center("NYUGTA", "Courier-Bold", 11, 15)
    for i in L:
        if i.qty != 1:
            r.lr(f"  {i.qty} DB x {f(i.unit)}")
        r.lr(f"{i.desc}", f"{code[int(i.rate)]}00 {f(i.amount)}")
    r.rule(True)
    r.lr("RÉSZÖSSZEG", f(sub))
    r.lr("KEREKÍTÉS", f(rnd))
    r.lr("ÖSSZESEN:", f"{f(total)} Ft", "Courier-Bold", 11, 15)
    r.lr("KÉSZPÉNZ", "5 000")
    r.lr("VISSZAJÁRÓ", f(5000 - total))
    r.rule(True)
    for rate, (_gr, v, _n) in g.items():
        r.lr(f"{code[int(rate)]}00 {rate}% ÁFA", f(v))
    r.lr("ÁFA ÖSSZESEN", f(vat))
    r.rule(True)
    r.lr(f"{d.strftime('%Y.%m.%d.')} 17:55", "NYUGTASZÁM: 0153/00842")
    r.lr("AP A19200871")
    r.center("KÖSZÖNJÜK A VÁSÁRLÁST!")
    t = truth(
        number="0153/00842",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=sub - vat,
        vat=vat,
        total=total,
        currency="HUF",
        locale="hu-HU",
        layout="receipt",
        dtype="receipt",
        lines=li(L, 0),
        rounding=rnd,
        note="Hungarian NYUGTA with ÁFA codes A00/B00/C00 (5/18/27 %) printed before each amount; cash rounding to 5 Ft (kerekítés); HUF without decimals; AP number is the till id, not the receipt number",
    )
    return Doc(r.render(), t, "HU")


@register("photo", "jpg", dpi=200, long_side=2100, quality=68)
def r13(rng: random.Random) -> Doc:
    name, vendor = "r13", "PETROLVEST DISTRIBUȚIE S.R.L."
    d = date(2026, 3, 11)
    L = items(
        [
            ("MOTORINA STANDARD P5", "45.12", "7.49", 21),
            ("APA PLATA 2L", "2", "4.50", 11),
            ("CROISSANT CIOCOLATA", "1", "6.90", 11),
            ("LICHID PARBRIZ 5L", "1", "24.99", 21),
        ]
    )
    tva = {21: "A", 11: "B"}
    g = vat_in_gross(L)
    total = sums(L)
    vat = sum((v for _, v, _ in g.values()), ZERO)
    f = lambda v: nf(v, ".", "")  # noqa: E731
    r = Roll(name, 80, font="Mono", size=7.8)
    r.center("PETROLVEST DISTRIBUȚIE S.R.L.", "Mono-B", 8.5, 12)
    r.center("STAȚIA PV-14 TURDA")
    r.center("Str. Clujului 120, Turda, jud. Cluj")
    r.center("CIF: RO22334455")
    r.rule(True)
    for i in L:
        r.lr(
            f"{nf(i.qty, '.', '', 2 if i.qty % 1 else 0)} {'L' if i.qty % 1 else 'BUC'} x {nf(i.unit, '.', '', 2)}"
        )
        r.lr(i.desc, f"{f(i.amount)} {tva[int(i.rate)]}")
    r.rule()
    r.lr("TOTAL", f(total), "Mono-B", 11, 15)
    for rate, (_gr, v, _n) in g.items():
        r.lr(f"TOTAL TVA {tva[int(rate)]} {rate}.00%", f(v))
    r.lr("TOTAL TVA BON", f(vat))
    r.lr("CARD", f(total))
    r.rule(True)
    r.lr("BON FISCAL NR. 0562  Z: 0311", size=7.2)
    r.lr(f"{d.strftime('%d.%m.%Y')}  ORA 07:58:40", size=7.2)
    r.lr("ID UNIC: 4500123456 0311 0562", size=7.2)
    r.center("BON FISCAL", "Mono-B", 9, 13)
    t = truth(
        number="0562",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="RON",
        locale="ro-RO",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        note="Romanian bon fiscal at a fuel station; decimal point (not comma); TVA A 21 % and B 11 %; quantity line printed above item name; Z-report number next to receipt number; phone photo",
    )
    return Doc(r.render(), t, "RO")


@register("scan", "png", dpi=200, grey=True, blur=0.6, skew=-1.5, noise=6, fade=0.25, specks=15)
def r14(rng: random.Random) -> Doc:
    name, vendor = "r14", "Caffe bar Riva"
    d = date(2026, 3, 28)
    L = items(
        [
            ("Kava s mlijekom", "2", "2.20", 25),
            ("Cedevita 0,5", "1", "2.80", 25),
            ("Pivo Ožujsko 0,5", "2", "3.60", 25),
            ("Kroasan", "2", "1.90", 13),
        ]
    )
    g = vat_in_gross(L)
    sub = sums(L)
    vat_only = sum((v for _, v, _ in g.values()), ZERO)
    pnp_base = sum((i.amount for i in L if "Pivo" in i.desc), ZERO)
    pnp = q(pnp_base * 3 / 103)
    vat = vat_only + pnp
    tip = D("1.50")
    total = sub + tip
    f = lambda v: nf(v, ",", ".")  # noqa: E731
    r = Roll(name, 58, margin=3 * mm, font="Mono", size=7)
    r.center("CAFFE BAR RIVA", "Mono-B", 10, 13)
    r.center("vl. Marko Perić")
    r.center("Obala kneza Branimira 4")
    r.center("23000 Zadar")
    r.center("OIB: 71234509876")
    r.rule(True)
    r.lr("Račun br: 1284/PP1/1")
    r.lr(f"{d.strftime('%d.%m.%Y.')} 21:17", "Stol 5")
    r.rule(True)
    roll_items(r, L, f, unit="kom")
    r.rule()
    r.lr("UKUPNO", f(sub), "Mono-B", 8.5, 11)
    r.lr("Napojnica", f(tip))
    r.lr("ZA PLATITI EUR", f(total), "Mono-B", 9, 12)
    r.lr("Način plaćanja: kartica")
    r.rule(True)
    r.cols([("Porez", 0, "l"), ("Osnovica", 0.7, "r"), ("Iznos", 1, "r")])
    for rate, (_gr, v, n_) in g.items():
        r.cols([(f"PDV {rate}%", 0, "l"), (f(n_), 0.7, "r"), (f(v), 1, "r")])
    r.cols([("PNP 3%", 0, "l"), (f(pnp_base - pnp), 0.7, "r"), (f(pnp), 1, "r")])
    r.rule(True)
    r.lr("ZKI: 8a1f03c2e9b7d4", size=6.5)
    r.lr("     5a6c0e2b1f9d73", size=6.5)
    r.lr("JIR: 3c9e7f10-5b2a-4d8e", size=6.5)
    r.lr("     -9f31-0a6b2c4d8e71", size=6.5)
    r.lr("Konobar: Ivana")
    t = truth(
        number="1284/PP1/1",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=sub - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="hr-HR",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        tip=tip,
        note="58 mm café receipt; PDV 25 % and 13 % plus porez na potrošnju (PNP 3 %) on beer, all keyed in vat; tip (napojnica) added on top; vendor is a sole-trader café (obrt) printed as 'CAFFE BAR RIVA' / 'vl. Marko Perić'",
    )
    return Doc(r.render(), t, "HR")


@register("pdf", "pdf")
def r15(rng: random.Random) -> Doc:
    name, vendor = "r15", "Lekarna Bled"
    d = date(2026, 1, 15)
    L = items(
        [
            ("Lekadol 500 mg tbl 20x", "1", "3.45", D("9.5")),
            ("Lineex kapsule 10x", "1", "6.90", D("9.5")),
            ("Obliž tekstilni 20x", "1", "3.20", 22),
            ("Čaj za grlo 20 vrečk", "1", "4.10", D("9.5")),
        ]
    )
    g = vat_in_gross(L)
    total = sums(L)
    vat = sum((v for _, v, _ in g.values()), ZERO)
    f = lambda v: nf(v, ",", ".")  # noqa: E731
    r = Roll(name, 58, margin=3 * mm, font="Sans", size=6.8)
    r.draw(36, logo_circle("+", HexColor("#2E8B57"), "Sans-B", 20))
    r.center("Lekarna Bled", "Sans-B", 10, 13)
    r.center("Gorenjske lekarne, Ljubljanska 10, Bled")
    r.center("ID za DDV: SI81234560")
    r.rule()
    r.lr("RAČUN: 2-BLD1-8842")
    r.lr(f"Datum: {d.strftime('%d.%m.%Y')} 12:40")
    r.rule()
    roll_items(r, L, f, unit="kos")
    r.rule()
    r.lr("ZA PLAČILO EUR", f(total), "Sans-B", 8.5, 11.5)
    r.lr("Plačilna kartica", f(total))
    r.rule(True)
    for rate, (_gr, v, n_) in g.items():
        r.lr(f"DDV {nf(rate, ',', '.', 1)}%  osn. {f(n_)}", f(v))
    r.lr("Skupaj DDV", f(vat))
    r.rule(True)
    r.lr("ZOI: 9f2e1a7c3b5d08e4", size=6)
    r.lr("     6a1c9b2d7e3f0a5c", size=6)
    r.lr("EOR: 2b7e4c1a-9d3f-4a6b-8c2e", size=6)
    r.lr("     -5f1a0d3b9c7e", size=6)
    r.draw(56, qr_fn(52, rng))
    t = truth(
        number="2-BLD1-8842",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="sl-SI",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        note="58 mm pharmacy receipt; DDV 9,5 % and 22 %; vendor printed as 'Lekarna Bled' with the operating body on the next line; ZOI/EOR fiscal codes; QR",
    )
    return Doc(r.render(), t, "SI")


@register("pdf", "pdf")
def r16(rng: random.Random) -> Doc:
    name, vendor = "r16", "Kafé Lindgården"
    d = date(2026, 2, 21)
    L = items(
        [
            ("Kaffe bryggt", "2", "38.00", 12),
            ("Kardemummabulle", "2", "42.00", 12),
            ("Räksmörgås", "1", "149.00", 12),
            ("Äppelmust 33 cl", "1", "39.00", 12),
        ]
    )
    total = sums(L)
    vat = q(total * 12 / 112)
    f = lambda v: nf(v, ",", " ")  # noqa: E731
    r = Roll(name, 76, font="Helvetica", size=8.5)
    r.center("Kafé Lindgården", "Times-Italic", 16, 20)
    r.center("Lindgården Café & Trädgård HB", size=7.5)
    r.center("Trädgårdsgatan 9, 753 09 Uppsala", size=7.5)
    r.center("Org.nr 969781-4420", size=7.5)
    r.gap(4)
    r.lr("KVITTO", "Nr 3-10552", "Helvetica-Bold", 9)
    r.lr(f"{d.isoformat()}  13:48", "Bord 12")
    r.rule()
    roll_items(r, L, f, unit="st")
    r.rule()
    r.lr("Att betala", f"{f(total)} kr", "Helvetica-Bold", 11, 15)
    r.lr("Swish", f(total))
    r.rule(True)
    r.lr("Varav moms 12 %", f(vat))
    r.lr("Netto", f(total - vat))
    r.rule(True)
    r.lr("Kontrollenhet: KE-0041-2298-7731", size=7)
    r.lr("Kassa-ID: LG01", size=7)
    r.center("Välkommen åter!", "Times-Italic", 10, 14)
    t = truth(
        number="3-10552",
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="SEK",
        locale="sv-SE",
        layout="receipt",
        dtype="receipt",
        lines=li(L),
        note="café receipt paid by Swish; brand 'Kafé Lindgården' vs legal 'Lindgården Café & Trädgård HB' (brand keyed); 'Varav moms 12 %'; kontrollenhet code",
    )
    return Doc(r.render(), t, "SE")


README_HEAD = """# Blind set 2026-14o — Northern, Central and Eastern Europe

Generated by `bench/blindsets/blind_2026_14o.py` (`python -m bench.blindsets.blind_2026_14o [OUTDIR] [--only NAME]`).
Every document is drawn by its own function with reportlab (`invariant=1`); every random choice
(degradation parameters, QR modules, barcodes) is seeded with the CRC-32 of the document name, so
re-runs are byte-identical. The generator imports nothing from the product.

## How the set is drawn

* 16 invoices (`i01`..`i16`) on A4 and 16 till receipts (`r01`..`r16`) on 58 / 76 / 80 mm rolls as long
  as their content, from Sweden, Norway, Denmark, Finland, Iceland, Estonia, Latvia, Lithuania, Poland,
  Czechia, Slovakia, Hungary, Romania, Croatia and Slovenia (15 countries), in their own languages,
  with local labels, number formats (`1 234,56`, `1.234,56`, `1234.56`, no decimals for ISK/HUF),
  date formats (`12.03.2026`, `2026-03-12`, `3.2.2026`, `18. 3. 2026`, `2026.02.27.`, written-out
  dates), local tax ids and payment references (bankgiro + OCR, KID, FI-kort, viitenumero,
  variabilní/variabilný symbol, poziv na broj, sklic).
* Every text run is checked against the page edges and all other runs of its page; a violation raises
  `LayoutError`.
* Kinds: `pdf` = born-digital PDF with a text layer; `scan` = rendered with pypdfium2 at 150–220 dpi,
  then paper tint, skew, blur, noise, specks and (receipts) thermal fading; saved as PNG/JPG or embedded
  as the only content of an image-only PDF; `photo` = perspective onto a textured background, uneven
  light, shadow, optional fold, JPEG quality 64–76, long side 1 800–2 300 px.

## Truth conventions

* `amount` = net before tax, `vat` = sum of all taxes printed (VAT plus, in r14, the Croatian 3 %
  consumption tax PNP), `total` = grand total the document charges. Checked:
  `amount + vat + tip + rounding == total`.
* Invoices: `amount` is the printed net (sum of item nets after discounts, incl. freight lines).
* Receipts with tax-inclusive prices: `vat` is the printed tax (sum over rates), `amount` = total − tip − rounding − vat
  (receipts print the net per rate at most, often not at all).
* `rounding`: cash / öre / Kč / 5 Ft / 0,50 kr rounding lines that the page prints (i01, i10, r03, r10, r12);
  `total` is the rounded amount payable.
* `tip`: a tip line the page adds (r07 dzeramnauda, r14 napojnica); `total` includes it.
* A prepayment deducted after the invoice total (i06) is not subtracted: `total` is the invoice total
  incl. VAT ('Kokku'), not the remaining 'Tasuda'.
* Credit notes (i16) are keyed with negative amounts, as printed.
* `invoice_number`: as printed. Where the number is printed as series + number ('Serija VBT Nr. 004517',
  'Seria CLG nr. 00842') it is keyed as series and number joined without a space (`VBT004517`, `CLG00842`).
  For receipts: the receipt / bill / document number (not till, Z-report, ZKI/JIR/OKP/EOR codes).
* `vendor_name`: the seller's name as printed, with legal form where printed with it; for receipts whose
  legal entity differs from the shop brand, the most prominent seller line is keyed (see notes).
* `due_date`: only when a due date is printed (Iceland: gjalddagi, not eindagi).
* `line_items`: the rows of the item table / item lines of the roll; discounts and freight that appear
  only in the totals block are not items. Quantities and prices are strings; receipt line amounts are
  gross as printed; credit-note quantities are negative.
* `locale` is the document language/country; `layout` is `invoice` or `receipt`.

## Mix

"""


def write_readme(out: Path, rows: list[dict]) -> None:
    kinds: dict[str, int] = {}
    for r in rows:
        key = (
            "image-only pdf (scan)"
            if r["container"] == "imgpdf"
            else r["kind"] + (" (" + r["ext"] + ")")
        )
        kinds[key] = kinds.get(key, 0) + 1
    lines = [README_HEAD, "| kind | invoices | receipts | total |", "|---|---|---|---|"]
    for k in sorted(kinds):
        inv = sum(
            1
            for r in rows
            if r["truth"]["layout"] == "invoice"
            and (
                "image-only pdf (scan)"
                if r["container"] == "imgpdf"
                else r["kind"] + " (" + r["ext"] + ")"
            )
            == k
        )
        lines.append(f"| {k} | {inv} | {kinds[k] - inv} | {kinds[k]} |")
    lines.append(
        f"| **all** | {sum(1 for r in rows if r['truth']['layout'] == 'invoice')} | {sum(1 for r in rows if r['truth']['layout'] == 'receipt')} | {len(rows)} |"
    )
    lines += [
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        t = r["truth"]
        kind = "scan, image-only PDF" if r["container"] == "imgpdf" else r["kind"]
        lines.append(
            f"| {r['name']}.{r['ext']} | {kind} | {r['country']} | {t['document_type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def finalize(name: str, spec: Spec, out: Path) -> dict:
    rng = random.Random(zlib.crc32(name.encode()))
    doc = spec.fn(rng)
    o = spec.opts
    kind = {"pdf": "pdf", "scan": "scan", "imgpdf": "scan", "photo": "photo"}[spec.kind]
    target = out / f"{name}.{spec.ext}"
    if spec.kind == "pdf":
        target.write_bytes(doc.pdf)
    else:
        img = render(doc.pdf, o.get("dpi", 200))
        if spec.kind == "photo":
            img = photo(
                img,
                rng,
                long_side=o.get("long_side", 1900),
                quality=o.get("quality", 72),
                fold=o.get("fold", False),
                shadow=o.get("shadow", True),
            )
        else:
            img = scan(
                img,
                rng,
                grey=o.get("grey", True),
                blur=o.get("blur", 0.6),
                skew=o.get("skew", 0.8),
                noise=o.get("noise", 5),
                specks=o.get("specks", 30),
                fade=o.get("fade", 0.0),
                width=o.get("width"),
            )
        buf = io.BytesIO()
        if spec.kind == "imgpdf":
            pdoc = pdfium.PdfDocument(doc.pdf)
            size = pdoc[0].get_size()
            pdoc.close()
            buf.write(image_pdf(img, size, name))
        elif spec.ext == "jpg":
            img.save(buf, "JPEG", quality=o.get("quality", 75))
        else:
            img.save(buf, "PNG", optimize=False)
        target.write_bytes(buf.getvalue())
    t = dict(doc.truth)
    t["kind"] = kind
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return {
        "name": name,
        "ext": spec.ext,
        "kind": kind,
        "container": spec.kind,
        "country": doc.country,
        "truth": t,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, spec in REGISTRY.items():
        if a.only and name != a.only:
            continue
        rows.append(finalize(name, spec, out))
        print(f"{name}: {spec.kind} {rows[-1]['truth']['total']} {rows[-1]['truth']['currency']}")
    if not a.only:
        write_readme(out, rows)


if __name__ == "__main__":
    main()
