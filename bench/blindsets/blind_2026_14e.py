# ruff: noqa: E501
"""Blind evaluation set 14e: "who is the seller?".

32 documents (16 invoices i01..i16, 16 receipts r01..r16) on which more than one company is
named: marketplaces, delivery and ride platforms, booking platforms, resellers, payment
processors, group companies, franchises, factors, self-billing buyers, agencies, big buyers,
concessions, shop-in-shops, market halls, hotel restaurants, city parking.

Usage (from /work/main):
    python -m bench.blindsets.blind_2026_14e [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so re-runs are
byte-identical. Standalone: imports nothing from the product.
"""

from __future__ import annotations

import argparse
import io
import json
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
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SET = "14e"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-14e")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DV-B": "DejaVuSans-Bold.ttf",
    "DV-I": "DejaVuSans-Oblique.ttf",
    "DV-L": "DejaVuSans-ExtraLight.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVC-B": "DejaVuSansCondensed-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVM-B": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVS-B": "DejaVuSerif-Bold.ttf",
    "DVS-I": "DejaVuSerif-Italic.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSC-B": "DejaVuSerifCondensed-Bold.ttf",
}
GREY = HexColor("#555555")
LIGHT = HexColor("#eeeeee")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


def register_fonts() -> None:
    have = set(pdfmetrics.getRegisteredFontNames())
    for key, fname in _FONTS.items():
        if key not in have:
            pdfmetrics.registerFont(TTFont(key, FONT_DIR + fname))


def rng_for(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(name.encode()))


# ---------------------------------------------------------------- money


def q2(x) -> Decimal:
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def q0(x) -> Decimal:
    return Decimal(x).quantize(Decimal("1"), ROUND_HALF_UP)


_SEPS = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": (" ", ","),
    "ch": ("'", "."),
    "in": (",", "."),
    "nosep": ("", "."),
    "nosepc": ("", ","),
}


def _group(ip: str, th: str, style: str) -> str:
    if style == "in" and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return ",".join([*parts, tail])
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return th.join(out)


def money(d, style: str = "en", dec: int = 2) -> str:
    d = Decimal(d)
    neg = d < 0
    s = f"{abs(d):.{dec}f}"
    ip, _, fp = s.partition(".")
    th, dp = _SEPS[style]
    out = _group(ip, th, style) + (dp + fp if dec else "")
    return "-" + out if neg else out


@dataclass
class Item:
    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal


def items(rows, dec: int = 2) -> list[Item]:
    out = []
    for desc, qty, unit in rows:
        qd, ud = Decimal(str(qty)), Decimal(str(unit))
        amt = q0(qd * ud) if dec == 0 else q2(qd * ud)
        out.append(Item(desc, qd, ud, amt))
    return out


def total_of(its: list[Item]) -> Decimal:
    return sum((i.amount for i in its), Decimal("0"))


def incl_vat(gross: Decimal, rate, dec: int = 2) -> Decimal:
    """VAT contained in a tax-inclusive gross amount."""
    r = Decimal(str(rate))
    v = gross * r / (Decimal(100) + r)
    return q0(v) if dec == 0 else q2(v)


def qstr(q: Decimal) -> str:
    return str(q.normalize()) if q == q.to_integral() else str(q)


# ---------------------------------------------------------------- pages


class Page:
    """A reportlab canvas that checks every text run stays on the page and overlaps nothing."""

    def __init__(self, size, title: str):
        self.buf = io.BytesIO()
        self.w, self.h = size
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setCreator("blind-2026-14e")
        self.boxes: list[tuple[float, float, float, float, str]] = []

    def t(self, x, y, s: str, f: str = "DV", sz: float = 9, a: str = "l", col=black) -> float:
        w = stringWidth(s, f, sz)
        x0 = x - w * {"l": 0.0, "c": 0.5, "r": 1.0}[a]
        box = (x0, y - 0.24 * sz, x0 + w, y + 0.80 * sz)
        if box[0] < 4 or box[1] < 4 or box[2] > self.w - 4 or box[3] > self.h - 4:
            raise LayoutError(f"off page: {s!r} at {box}")
        for b in self.boxes:
            if (
                box[0] < b[2] - 0.3
                and b[0] < box[2] - 0.3
                and box[1] < b[3] - 0.3
                and b[1] < box[3] - 0.3
            ):
                raise LayoutError(f"overlap: {s!r} with {b[4]!r}")
        self.boxes.append((*box, s))
        self.c.setFillColor(col)
        self.c.setFont(f, sz)
        self.c.drawString(x0, y, s)
        self.c.setFillColor(black)
        return w

    def para(self, x, y, text: str, width, f="DV", sz=8, lead=None, col=black, a="l") -> float:
        lead = lead or sz * 1.25
        for line in wrap(text, f, sz, width):
            xx = x if a == "l" else x + width / 2
            self.t(xx, y, line, f, sz, a, col)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=black, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(stroke or black)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.setFillColor(black)
        c.setStrokeColor(black)

    def line(self, x1, y1, x2, y2, lw=0.5, col=black, dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(col)
        c.setDash(*(dash or (1, 0)))
        c.line(x1, y1, x2, y2)
        c.setDash(1, 0)
        c.setStrokeColor(black)

    def new_page(self):
        self.c.showPage()
        self.boxes = []

    def pdf(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def wrap(text: str, f: str, sz: float, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if stringWidth(trial, f, sz) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def qr(c, x, y, size, rng, n=25, col=black):
    """A QR-looking square: random modules and three finder patterns."""
    cell = size / n
    c.setFillColor(col)
    grid = rng.random((n, n)) < 0.48
    for i in range(n):
        for j in range(n):
            if grid[i, j] and not _in_finder(i, j, n):
                c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)
    for fi, fj in ((0, 0), (0, n - 7), (n - 7, 0)):
        fx, fy = x + fj * cell, y + (n - 7 - fi) * cell
        c.rect(fx, fy, 7 * cell, 7 * cell, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(fx + cell, fy + cell, 5 * cell, 5 * cell, stroke=0, fill=1)
        c.setFillColor(col)
        c.rect(fx + 2 * cell, fy + 2 * cell, 3 * cell, 3 * cell, stroke=0, fill=1)
    c.setFillColor(black)


def _in_finder(i, j, n) -> bool:
    return (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)


def barcode(c, x, y, w, h, rng):
    pos = x
    c.setFillColor(black)
    while pos < x + w - 3:
        bw = float(rng.choice([0.7, 1.0, 1.5, 2.1]))
        c.rect(pos, y, bw, h, stroke=0, fill=1)
        pos += bw + float(rng.choice([0.7, 1.0, 1.6]))


def table(
    P: Page,
    y,
    cols,
    header,
    rows,
    f="DV",
    sz=8,
    hf="DV-B",
    lead=None,
    hfill=None,
    hcol=black,
    rules=True,
    x0=None,
    x1=None,
):
    """Draw a simple table. cols: [(x, align)]. Returns the y below the last row."""
    lead = lead or sz * 1.55
    x0 = x0 if x0 is not None else cols[0][0] - 3
    x1 = x1 if x1 is not None else cols[-1][0] + 3
    if header:
        if hfill is not None:
            P.rect(x0, y - sz * 0.45, x1 - x0, lead, fill=hfill, stroke=None)
        for (x, a), h in zip(cols, header, strict=True):
            P.t(x, y, h, hf, sz, a, hcol)
        y -= lead
    for row in rows:
        for (x, a), cell in zip(cols, row, strict=True):
            if cell:
                P.t(x, y, cell, f, sz, a)
        if rules:
            P.line(x0, y - sz * 0.5, x1, y - sz * 0.5, lw=0.2, col=HexColor("#bbbbbb"))
        y -= lead
    return y


# ---------------------------------------------------------------- receipts (rolls)


class Roll:
    """A receipt on a paper roll, as long as its content."""

    def __init__(self, width_mm: float, margin_mm: float = 3.5, top_mm: float = 5):
        self.w = width_mm * mm
        self.m = margin_mm * mm
        self.y = top_mm * mm
        self.desc = 0.0
        self.ops: list[tuple] = []

    @property
    def right(self):
        return self.w - self.m

    def _adv(self, sz, lead):
        self.y += max(sz * lead, self.desc + sz * 0.8 + 0.8)
        self.desc = sz * 0.24

    def c(self, s, f="DVM", sz=8, lead=1.3):
        self._adv(sz, lead)
        self.ops.append(("t", self.w / 2, self.y, s, f, sz, "c"))

    def left(self, s, f="DVM", sz=8, lead=1.3, x=None):
        self._adv(sz, lead)
        self.ops.append(("t", self.m if x is None else x, self.y, s, f, sz, "l"))

    def lr(self, left, right, f="DVM", sz=8, lead=1.3, fr=None):
        self._adv(sz, lead)
        self.ops.append(("t", self.m, self.y, left, f, sz, "l"))
        self.ops.append(("t", self.right, self.y, right, fr or f, sz, "r"))

    def cols(self, cells, f="DVM", sz=8, lead=1.3):
        """cells: [(text, x_fraction_of_width, align)]"""
        self._adv(sz, lead)
        for s, xf, a in cells:
            if s:
                self.ops.append(("t", self.m + xf * (self.w - 2 * self.m), self.y, s, f, sz, a))

    def wrap(self, s, f="DVM", sz=7, lead=1.3, a="c"):
        for line in wrap(s, f, sz, self.w - 2 * self.m):
            if a == "c":
                self.c(line, f, sz, lead)
            else:
                self.left(line, f, sz, lead)

    def rule(self, dash=True, gap=3):
        self.y += gap
        self.ops.append(("rule", self.y, dash))
        self.y += 1
        self.desc = 0.0

    def gap(self, h=4):
        self.y += h
        self.desc = max(0.0, self.desc - h)

    def draw(self, fn: Callable, height):
        """fn(c, x_left, y_bottom, width, height) draws graphics (no text runs)."""
        self.ops.append(("draw", fn, self.y + self.desc, height))
        self.y += height + self.desc
        self.desc = 0.0

    def render(self, title: str, bottom_mm=8) -> bytes:
        h = self.y + bottom_mm * mm
        P = Page((self.w, h), title)
        for op in self.ops:
            if op[0] == "t":
                _, x, yd, s, f, sz, a = op
                P.t(x, h - yd, s, f, sz, a)
            elif op[0] == "rule":
                P.line(
                    self.m,
                    h - op[1],
                    self.w - self.m,
                    h - op[1],
                    lw=0.5,
                    dash=(2, 2) if op[2] else None,
                )
            else:
                _, fn, yd, hh = op
                fn(P.c, self.m, h - yd - hh, self.w - 2 * self.m, hh)
        return P.pdf()


# ---------------------------------------------------------------- truth


@dataclass
class Doc:
    name: str
    pdf: bytes
    truth: dict
    meta: dict = field(default_factory=dict)


def make_truth(
    *,
    number,
    inv_date: date,
    due: date | None,
    vendor,
    amount,
    vat,
    total,
    currency,
    locale,
    layout,
    dtype,
    its,
    note,
    tip=Decimal(0),
    rounding=Decimal(0),
    dec=2,
):
    amount, total = Decimal(amount), Decimal(total)
    vat_d = Decimal(0) if vat is None else Decimal(vat)
    assert amount + vat_d + tip + rounding == total, (amount, vat, tip, rounding, total)

    def f2(d):
        return f"{Decimal(d):.2f}"

    return {
        "invoice_number": number,
        "invoice_date": inv_date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": f2(amount),
        "vat": None if vat is None else f2(vat),
        "total": f2(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {
                "description": i.description,
                "quantity": qstr(i.quantity),
                "unit_price": f2(i.unit_price),
                "amount": f2(i.amount),
            }
            for i in its
        ],
        "note": note,
    }


# ---------------------------------------------------------------- images


def render_first_page(pdf: bytes, dpi: float) -> np.ndarray:
    pdoc = pdfium.PdfDocument(pdf)
    try:
        pil = pdoc[0].render(scale=dpi / 72.0).to_pil().convert("RGB")
    finally:
        pdoc.close()
    return np.asarray(pil)[:, :, ::-1].copy()


def _fade(img: np.ndarray, rng, fade: float) -> np.ndarray:
    """Thermal fading: ink gets lighter in soft bands down the roll."""
    h = img.shape[0]
    ink = 255.0 - img.astype(np.float32)
    wave = np.sin(np.linspace(0, rng.uniform(2.0, 5.0), h) + rng.uniform(0, 6.28))
    prof = 1.0 - fade * (0.55 + 0.45 * wave)
    return 255.0 - ink * prof[:, None, None]


def scan_fx(img: np.ndarray, rng, *, grey=True, fade=0.0, width=None, bed=236) -> np.ndarray:
    img = img.astype(np.float32)
    if fade:
        img = _fade(img, rng, fade)
    img = img * np.array([0.965, 0.975, 0.985], np.float32)[None, None, :]
    h, w = img.shape[:2]
    pad_y, pad_x = int(h * 0.025) + 12, int(w * 0.04) + 12
    img = cv2.copyMakeBorder(
        img, pad_y, pad_y, pad_x, pad_x, cv2.BORDER_CONSTANT, value=(bed, bed, bed)
    )
    h, w = img.shape[:2]
    ang = float(rng.choice([-1, 1]) * rng.uniform(0.4, 1.9))
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    img = cv2.warpAffine(img, rot, (w, h), flags=cv2.INTER_LINEAR, borderValue=(bed, bed, bed))
    img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.45, 0.85)))
    img = img + rng.normal(0, rng.uniform(3, 7), img.shape[:2])[:, :, None]
    for _ in range(int(rng.integers(25, 90))):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        v = float(rng.uniform(40, 150))
        cv2.circle(img, (x, y), int(rng.integers(1, 3)), (v, v, v), -1)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if width:
        img = cv2.resize(img, (width, round(h * width / w)), interpolation=cv2.INTER_AREA)
    if grey:
        img = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    return img


def _texture(rng, hh: int, ww: int) -> np.ndarray:
    bases = [(62, 98, 140), (96, 96, 102), (128, 86, 58), (170, 176, 180), (40, 52, 70)]
    base = np.array(bases[int(rng.integers(0, len(bases)))], np.float32)
    low = cv2.resize(
        rng.normal(0, 1, (hh // 60 + 2, ww // 60 + 2)).astype(np.float32),
        (ww, hh),
        interpolation=cv2.INTER_CUBIC,
    )
    grain = np.sin(np.arange(ww, dtype=np.float32)[None, :] / rng.uniform(5, 13) + low * 3.0)
    tex = base[None, None, :] + (14 * low + 7 * grain)[:, :, None]
    return tex + rng.normal(0, 5, (hh, ww, 1)).astype(np.float32)


def _fold(img: np.ndarray, rng, receipt: bool) -> np.ndarray:
    img = img.astype(np.float32)
    n = img.shape[0]
    pos = int(n * (rng.uniform(0.3, 0.4) if not receipt else rng.uniform(0.35, 0.65)))
    axis = np.arange(n, dtype=np.float32)
    d = axis - pos
    prof = (
        1.0
        - 0.10 * np.exp(-np.maximum(d, 0) / (n * 0.03)) * (d >= 0)
        - 0.16 * np.exp(-(d**2) / 6.0)
    )
    prof = prof + 0.04 * np.exp(-np.maximum(-d, 0) / (n * 0.02)) * (d < 0)
    return img * prof[:, None, None]


def _light(rng, hh: int, ww: int) -> np.ndarray:
    yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
    cx, cy = rng.uniform(0.1, 0.9) * ww, rng.uniform(0.1, 0.9) * hh
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(hh, ww)
    field_ = 1.06 - 0.38 * r
    gx = rng.uniform(-0.08, 0.08)
    return np.clip(field_ + gx * (xx / ww - 0.5), 0.62, 1.08)


def _shadow(rng, hh: int, ww: int) -> np.ndarray:
    mask = np.zeros((hh, ww), np.float32)
    x0 = int(rng.uniform(0.55, 0.85) * ww)
    pts = np.array(
        [
            [x0, 0],
            [ww, 0],
            [ww, int(hh * rng.uniform(0.3, 0.6))],
            [int(x0 + ww * 0.1), int(hh * rng.uniform(0.15, 0.3))],
        ],
        np.int32,
    )
    cv2.fillPoly(mask, [pts], 1.0)
    mask = cv2.GaussianBlur(mask, (0, 0), ww * 0.03)
    return 1.0 - rng.uniform(0.18, 0.3) * mask


def photo_fx(img: np.ndarray, rng, receipt: bool) -> np.ndarray:
    h, w = img.shape[:2]
    long_side = int(rng.integers(1900, 2301)) if not receipt else int(rng.integers(1700, 2301))
    hh, ww = (long_side, int(long_side * 0.75)) if h >= w else (int(long_side * 0.75), long_side)
    s = min(0.86 * hh / h, 0.86 * ww / w)
    doc = _fold(img, rng, receipt)
    doc = cv2.resize(
        np.clip(doc, 0, 255).astype(np.uint8),
        (int(w * s), int(h * s)),
        interpolation=cv2.INTER_AREA,
    ).astype(np.float32)
    dh, dw = doc.shape[:2]
    cx, cy = ww / 2 + rng.uniform(-0.03, 0.03) * ww, hh / 2 + rng.uniform(-0.02, 0.02) * hh
    dst = np.array(
        [
            [cx - dw / 2, cy - dh / 2],
            [cx + dw / 2, cy - dh / 2],
            [cx + dw / 2, cy + dh / 2],
            [cx - dw / 2, cy + dh / 2],
        ],
        np.float32,
    )
    dst += rng.uniform(-0.03, 0.03, (4, 2)).astype(np.float32) * np.array([dw, dh], np.float32)
    dst[:, 0] = np.clip(dst[:, 0], 0.01 * ww, 0.99 * ww)
    dst[:, 1] = np.clip(dst[:, 1], 0.01 * hh, 0.99 * hh)
    src = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, m, (ww, hh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (ww, hh), flags=cv2.INTER_LINEAR)[
        :, :, None
    ]
    bg = _texture(rng, hh, ww)
    drop = cv2.GaussianBlur(np.roll(mask[:, :, 0], (9, 7), (0, 1)), (0, 0), 12)[:, :, None]
    bg = bg * (1 - 0.45 * drop)
    out = bg * (1 - mask) + warped * mask
    out = out * (_light(rng, hh, ww) * _shadow(rng, hh, ww))[:, :, None]
    out = cv2.GaussianBlur(out, (0, 0), float(rng.uniform(0.5, 0.9)))
    out = out + rng.normal(0, 3.5, (hh, ww, 1))
    return np.clip(out, 0, 255).astype(np.uint8)


def encode(img: np.ndarray, ext: str, quality: int = 85) -> bytes:
    if ext == ".png":
        ok, buf = cv2.imencode(".png", img, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    else:
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return buf.tobytes()


def image_pdf(img: np.ndarray, dpi: float, title: str) -> bytes:
    """An image-only PDF: the degraded scan is the only content of the page."""
    page_size = (img.shape[1] * 72.0 / dpi, img.shape[0] * 72.0 / dpi)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=page_size, invariant=1)
    c.setTitle(title)
    c.setCreator("ScanStation 4.2")
    jpg = encode(img, ".jpg", 82)
    c.drawImage(
        ImageReader(Image.open(io.BytesIO(jpg))), 0, 0, width=page_size[0], height=page_size[1]
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def to_kind(pdf: bytes, name: str, meta: dict) -> tuple[str, bytes]:
    rng = rng_for(name)
    kind, receipt = meta["kind"], name.startswith("r")
    fx = meta.get("fx", {})
    if kind == "pdf":
        return ".pdf", pdf
    if kind == "photo":
        img = render_first_page(pdf, fx.get("dpi", 220 if receipt else 200))
        return ".jpg", encode(photo_fx(img, rng, receipt), ".jpg", int(rng.integers(60, 81)))
    img = render_first_page(pdf, fx.get("dpi", 200))
    img = scan_fx(
        img, rng, grey=fx.get("grey", True), fade=fx.get("fade", 0.0), width=fx.get("width")
    )
    if kind == "imgpdf":
        return ".pdf", image_pdf(img, fx.get("dpi", 200), name)
    ext = fx.get("ext", ".png")
    return ext, encode(img, ext, int(rng.integers(72, 90)))


# ---------------------------------------------------------------- registry and small helpers

DOCS: dict[str, tuple[Callable, dict]] = {}


def doc(name: str, kind: str, country: str, label: str, others: str, fx: dict | None = None):
    def deco(fn):
        DOCS[name] = (
            fn,
            {"kind": kind, "country": country, "label": label, "others": others, "fx": fx or {}},
        )
        return fn

    return deco


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}


def dfmt(d: date, pat: str, lang: str = "en") -> str:
    names = MONTHS[lang].split()
    pat = pat.replace("%B", names[d.month - 1]).replace("%b", names[d.month - 1][:3])
    return d.strftime(pat).replace("{d}", str(d.day))


def totals(P: Page, xl, xr, y, rows, f="DV", fb="DV-B", sz=9, lead=None, col=black) -> float:
    """Right-aligned label/value rows; a row is (label, value) or (label, value, True) for bold."""
    lead = lead or sz * 1.6
    for row in rows:
        font = fb if len(row) > 2 and row[2] else f
        P.t(xl, y, row[0], font, sz, "r", col)
        P.t(xr, y, row[1], font, sz, "r", col)
        y -= lead
    return y


def block(P: Page, x, y, lines, f="DV", sz=8.5, lead=None, first=None, col=black) -> float:
    """Address-like block; first line optionally in another font."""
    lead = lead or sz * 1.3
    for k, s in enumerate(lines):
        P.t(x, y, s, first if (first and k == 0) else f, sz, "l", col)
        y -= lead
    return y


def D(s) -> Decimal:
    return Decimal(str(s))


# ---------------------------------------------------------------- invoices


@doc(
    "i01",
    "pdf",
    "Germany",
    "marketplace order",
    "Kaufhafen (platform wordmark on top, 'Versand durch Kaufhafen', Kaufhafen EU S.à r.l. as marketplace operator in the footer that created the document in the seller's name) and the buyer Jana Köhler. The seller is the third party printed under 'Verkauft von': Elektro Brandl GmbH.",
)
def i01(name):
    P, (W, H) = Page(A4, name), A4
    c = P.c
    P.t(42, H - 66, "kaufhafen", "DV-B", 28, col=HexColor("#1f2a44"))
    c.setStrokeColor(HexColor("#f29100"))
    c.setLineWidth(3)
    c.arc(46, H - 90, 170, H - 62, 200, 140)
    P.t(W - 42, H - 60, "Rechnung", "DV-B", 18, "r")
    P.t(W - 42, H - 78, "Bezahlt", "DV", 10, "r", GREY)
    inv_date = date(2026, 2, 12)
    y = block(
        P,
        42,
        H - 128,
        [
            "Verkauft von",
            "Elektro Brandl GmbH",
            "Hauptstraße 12",
            "84028 Landshut",
            "Deutschland",
            "USt-IdNr.: DE298114537",
        ],
        sz=9,
        first="DV-B",
    )
    block(
        P,
        330,
        H - 128,
        [
            "Rechnungsadresse",
            "Jana Köhler",
            "Goethestraße 41",
            "60313 Frankfurt am Main",
            "Deutschland",
        ],
        sz=9,
        first="DV-B",
    )
    y -= 10
    meta = [
        ("Rechnungsdatum / Lieferdatum", dfmt(inv_date, "%d.%m.%Y")),
        ("Rechnungsnummer", "EB-2026-004417"),
        ("Bestellnummer", "302-4471902-8833105"),
        ("Bestelldatum", "10.02.2026"),
        ("Versand durch", "Kaufhafen"),
    ]
    for k, v in meta:
        P.t(42, y, k, "DV", 9, col=GREY)
        P.t(220, y, v, "DV", 9)
        y -= 14
    its = items(
        [
            ("USB-C Ladegerät 65 W GaN, 3 Ports, weiß", 2, "27.63"),
            ("Steckdosenleiste 6-fach mit Schalter, 1,5 m", 1, "16.80"),
            ("HDMI-Kabel 2.1 Ultra High Speed, 2 m", 3, "6.71"),
        ]
    )
    y -= 12
    cols = [(46, "l"), (290, "r"), (375, "r"), (420, "r"), (W - 46, "r")]
    rows = [
        [
            i.description,
            qstr(i.quantity),
            money(i.unit_price, "de") + " €",
            "19 %",
            money(i.amount, "de") + " €",
        ]
        for i in its
    ]
    y = table(
        P,
        y,
        cols,
        ["Beschreibung", "Menge", "Einzelpreis", "USt.", "Summe (netto)"],
        rows,
        sz=8.5,
        hfill=LIGHT,
        x0=42,
        x1=W - 42,
    )
    net = total_of(its)
    vat = q2(net * D("0.19"))
    tot = net + vat
    y -= 8
    y = totals(
        P,
        W - 140,
        W - 46,
        y,
        [
            ("Versandkosten", "0,00 €"),
            ("Gesamtpreis (netto)", money(net, "de") + " €"),
            ("USt. 19 %", money(vat, "de") + " €"),
            ("Gesamtbetrag", money(tot, "de") + " €", True),
        ],
    )
    P.t(
        42,
        y - 10,
        "Bezahlt per Lastschrift am 12.02.2026. Vielen Dank für Ihren Einkauf.",
        "DV",
        8.5,
    )
    P.line(42, 118, W - 42, 118, lw=0.4)
    y = P.para(
        42,
        104,
        "Diese Rechnung wurde von Kaufhafen EU S.à r.l. im Namen und auf Rechnung des Verkäufers erstellt. Verkäufer und Rechnungsaussteller ist Elektro Brandl GmbH, Hauptstraße 12, 84028 Landshut, HRB 8812 Amtsgericht Landshut.",
        W - 84,
        "DV",
        7,
        col=GREY,
    )
    P.para(
        42,
        y - 4,
        "Kaufhafen EU S.à r.l. · Marktplatzbetreiber · 38 avenue John F. Kennedy, L-1855 Luxemburg · RCS Luxembourg B 188412 · USt-IdNr. LU 26375245",
        W - 84,
        "DV",
        7,
        col=GREY,
    )
    truth = make_truth(
        number="EB-2026-004417",
        inv_date=inv_date,
        due=None,
        vendor="Elektro Brandl GmbH",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="Marketplace invoice: the platform wordmark dominates the top and the platform operator is named in the footer; the seller is the 'Verkauft von' third party. Order number next to the invoice number.",
    )
    return P.pdf(), truth


@doc(
    "i02",
    "scan",
    "United Kingdom",
    "food-delivery VAT receipt on behalf of restaurant",
    "Dishdash Ltd (delivery platform, big wordmark, issues the receipt 'on behalf of' the restaurant; its own delivery/service fees are on a separate receipt) and the customer. Seller = Ravi's Kitchen Ltd.",
    fx={"dpi": 160, "grey": False},
)
def i02(name):
    P, (W, H) = Page(A4, name), A4
    green = HexColor("#0b7a53")
    P.rect(0, H - 92, W, 92, fill=green, stroke=None)
    P.t(48, H - 58, "dishdash", "DV-B", 30, col=white)
    P.t(W - 48, H - 52, "Your order receipt", "DV", 12, "r", white)
    P.t(W - 48, H - 70, "Order #DD-7H3K-99Q1", "DV", 9, "r", white)
    inv_date = date(2026, 3, 11)
    y = H - 130
    P.t(48, y, "VAT receipt issued by Dishdash Ltd on behalf of:", "DV", 9, col=GREY)
    y = block(
        P,
        48,
        y - 18,
        ["Ravi's Kitchen Ltd", "41 Stokes Croft, Bristol BS1 3QD", "VAT reg. no. GB 318 4472 05"],
        sz=10,
        first="DV-B",
    )
    block(
        P,
        340,
        H - 130,
        ["Delivered to", "Tom Whitfield", "Flat 3, 12 Cotham Hill", "Bristol BS6 6LF"],
        sz=9,
        first="DV-B",
    )
    y -= 10
    for k, v in [
        ("Receipt no.", "RK-260311-0147"),
        ("Date of supply", dfmt(inv_date, "{d} %B %Y") + ", 19:42"),
        ("Payment", "Visa •••• 2290"),
    ]:
        P.t(48, y, k, "DV", 9, col=GREY)
        P.t(160, y, v, "DV", 9)
        y -= 15
    its = items(
        [
            ("Chicken tikka masala", 1, "12.95"),
            ("Lamb rogan josh", 1, "13.95"),
            ("Pilau rice", 2, "3.50"),
            ("Garlic naan", 2, "3.25"),
            ("Mango lassi", 1, "3.95"),
        ]
    )
    y -= 14
    cols = [(48, "l"), (330, "r"), (420, "r"), (W - 48, "r")]
    rows = [
        [i.description, qstr(i.quantity), "£" + money(i.unit_price), "£" + money(i.amount)]
        for i in its
    ]
    y = table(
        P, y, cols, ["Item", "Qty", "Price", "Amount"], rows, sz=9.5, hcol=green, x0=44, x1=W - 44
    )
    tot = total_of(its)
    vat = incl_vat(tot, 20)
    net = tot - vat
    y = totals(
        P,
        W - 150,
        W - 48,
        y - 10,
        [
            ("Food & drink (excl. VAT)", "£" + money(net)),
            ("VAT @ 20%", "£" + money(vat)),
            ("Total charged by Ravi's Kitchen", "£" + money(tot), True),
        ],
        sz=9.5,
    )
    y = P.para(
        48,
        y - 16,
        "Delivery fee (£2.49) and service fee (£0.99) are supplied by Dishdash Ltd and appear on a separate Dishdash receipt. Rider tips are passed on in full and are not part of this receipt.",
        W - 96,
        "DV",
        8,
        col=GREY,
    )
    P.line(48, 90, W - 48, 90, lw=0.4, col=green)
    P.para(
        48,
        76,
        "Dishdash Ltd · 1 Canal Reach, London N1C 4AG · Registered in England & Wales no. 10482236 · VAT GB 287 1104 62. Dishdash acts as a disclosed agent for the restaurant named above.",
        W - 96,
        "DV",
        7,
        col=GREY,
    )
    truth = make_truth(
        number="RK-260311-0147",
        inv_date=inv_date,
        due=None,
        vendor="Ravi's Kitchen Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        dtype="receipt",
        its=its,
        note="Delivery platform header and footer (with its own VAT number) around a receipt issued on behalf of the restaurant; platform order id vs restaurant receipt number; platform fees mentioned but not charged here.",
    )
    return P.pdf(), truth


@doc(
    "i03",
    "pdf",
    "Italy",
    "hotel folio booked via platform (2 pages)",
    "Stayzo.com / Stayzo B.V. (booking platform: booking number, 'prenotato tramite', its commission invoiced separately to the hotel) and the guest's company Ferri Consulting S.p.A. (invoice addressee). Seller = the hotel's operating company Bellavista Riva S.r.l. (the hotel name 'Hotel Bellavista Riva' is the brand).",
)
def i03(name):
    P, (W, H) = Page(A4, name), A4
    c = P.c
    gold = HexColor("#8a6d2f")
    c.setStrokeColor(gold)
    c.setLineWidth(1.2)
    c.circle(W / 2, H - 62, 22)
    P.t(W / 2, H - 70, "B", "DVS-B", 22, "c", gold)
    P.t(W / 2, H - 108, "HOTEL BELLAVISTA RIVA", "DVS", 16, "c", gold)
    P.t(
        W / 2,
        H - 124,
        "Lungolago Mazzini 18 · 38066 Riva del Garda (TN) · +39 0464 551 120",
        "DVS",
        8,
        "c",
        GREY,
    )
    inv_date = date(2026, 4, 6)
    y = block(
        P,
        50,
        H - 170,
        [
            "Spett.le",
            "Ferri Consulting S.p.A.",
            "Via Solferino 9",
            "20121 Milano (MI)",
            "P. IVA 08841120961",
        ],
        sz=9,
        f="DVS",
    )
    yr = H - 170
    for k, v in [
        ("Fattura n.", "2026/0318"),
        ("Data", dfmt(inv_date, "%d/%m/%Y")),
        ("Ospite", "Dott. Marco Ferri"),
        ("Arrivo / Partenza", "03/04/2026 – 06/04/2026"),
        ("Camera", "214 – Doppia vista lago"),
    ]:
        P.t(340, yr, k, "DVS", 9, col=GREY)
        P.t(440, yr, v, "DVS", 9)
        yr -= 14
    y = min(y, yr) - 8
    P.rect(50, y - 34, W - 100, 38, fill=HexColor("#f6f1e6"), stroke=None)
    P.t(
        58,
        y - 12,
        "Prenotazione effettuata tramite Stayzo.com – n. prenotazione 4471 902 113 – PIN 2290",
        "DVS",
        8.5,
    )
    P.t(
        58,
        y - 26,
        "La commissione di Stayzo B.V. (Amsterdam) è fatturata separatamente all'hotel e non è addebitata all'ospite.",
        "DVS",
        8.5,
    )
    y -= 62
    nights = [
        ("Pernottamento 03/04/2026 – camera doppia, colazione inclusa", 1, "128.00", 10),
        ("Pernottamento 04/04/2026 – camera doppia, colazione inclusa", 1, "128.00", 10),
        ("Pernottamento 05/04/2026 – camera doppia, colazione inclusa", 1, "128.00", 10),
        ("Ristorante – cena 04/04/2026", 1, "61.82", 10),
        ("Minibar – acqua minerale", 3, "2.05", 22),
        ("Minibar – vino bianco 0,375 l", 1, "9.02", 22),
        ("Parcheggio garage", 3, "12.30", 22),
    ]
    its = items([(d, q, u) for d, q, u, _ in nights])
    rates = [r for *_, r in nights]
    cols = [(54, "l"), (360, "r"), (420, "r"), (465, "r"), (W - 54, "r")]
    rows = [
        [i.description, qstr(i.quantity), money(i.unit_price, "de"), f"{r}%", money(i.amount, "de")]
        for i, r in zip(its, rates, strict=True)
    ]
    y = table(
        P,
        y,
        cols,
        ["Descrizione", "Q.tà", "Prezzo", "IVA", "Imponibile €"],
        rows,
        f="DVS",
        hf="DVS-B",
        sz=8.5,
        x0=50,
        x1=W - 50,
    )
    P.t(W - 54, 60, "segue a pagina 2", "DVS-I", 8, "r", GREY)
    P.t(50, 60, "Bellavista Riva S.r.l. – P. IVA 02284710224", "DVS", 7.5, col=GREY)
    P.new_page()
    base10 = sum((i.amount for i, r in zip(its, rates, strict=True) if r == 10), Decimal(0))
    base22 = sum((i.amount for i, r in zip(its, rates, strict=True) if r == 22), Decimal(0))
    v10, v22 = q2(base10 * D("0.10")), q2(base22 * D("0.22"))
    net, vat = base10 + base22, v10 + v22
    tot = net + vat
    P.t(50, H - 60, "Fattura n. 2026/0318 del 06/04/2026 – pagina 2 di 2", "DVS", 9, col=GREY)
    y = table(
        P,
        H - 100,
        [(54, "l"), (250, "r"), (340, "r"), (440, "r")],
        ["Riepilogo IVA", "Imponibile", "Aliquota", "Imposta"],
        [
            ["Servizi alberghieri e ristorazione", money(base10, "de"), "10%", money(v10, "de")],
            ["Minibar e parcheggio", money(base22, "de"), "22%", money(v22, "de")],
        ],
        f="DVS",
        hf="DVS-B",
        sz=9,
        x0=50,
        x1=450,
    )
    y = totals(
        P,
        W - 150,
        W - 54,
        y - 20,
        [
            ("Totale imponibile", money(net, "de")),
            ("Totale IVA", money(vat, "de")),
            ("TOTALE FATTURA €", money(tot, "de"), True),
        ],
        f="DVS",
        fb="DVS-B",
        sz=10,
    )
    y = P.para(
        50,
        y - 10,
        "Saldato con carta di credito Mastercard il 06/04/2026. Nessun importo residuo. Imposta di soggiorno riscossa separatamente con ricevuta propria.",
        W - 100,
        "DVS",
        8.5,
    )
    P.line(50, 110, W - 50, 110, lw=0.5, col=gold)
    P.para(
        50,
        96,
        "Bellavista Riva S.r.l. – Lungolago Mazzini 18, 38066 Riva del Garda (TN) – Capitale sociale € 100.000 i.v. – REA TN-211447 – P. IVA e C.F. 02284710224 – PEC bellavistariva@pec.it",
        W - 100,
        "DVS",
        7.5,
        col=GREY,
    )
    truth = make_truth(
        number="2026/0318",
        inv_date=inv_date,
        due=None,
        vendor="Bellavista Riva S.r.l.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="Hotel folio naming the booking platform (with its booking number and B.V.) and a company guest; the hotel brand on top, the operating S.r.l. only in small print; two VAT rates; totals on page 2.",
    )
    return P.pdf(), truth


@doc(
    "i04",
    "pdf",
    "Netherlands",
    "reseller billing a white-label SaaS (2 pages)",
    "WerkPlek 365 (the white-label product brand, large on top), Zentrix Cloud Inc. ('powered by', the software maker) and the customer Bakkerij De Graaf B.V. Seller = the reseller Van Dijk ICT B.V.",
)
def i04(name):
    P, (W, H) = Page(A4, name), A4
    teal = HexColor("#127c8a")
    c = P.c
    c.setFillColor(teal)
    c.roundRect(48, H - 92, 44, 44, 8, stroke=0, fill=1)
    P.t(70, H - 78, "W", "DV-B", 24, "c", white)
    P.t(102, H - 70, "WerkPlek 365", "DV-B", 22, col=teal)
    P.t(102, H - 86, "powered by Zentrix Cloud", "DV-I", 9, col=GREY)
    P.t(W - 48, H - 62, "Van Dijk ICT B.V.", "DV-B", 10, "r")
    block(
        P,
        W - 48 - 150,
        H - 76,
        ["Stationsweg 88", "3811 KB Amersfoort", "KvK 71447118", "BTW NL861234567B01"],
        sz=8,
    )
    P.t(48, H - 150, "FACTUUR", "DV-B", 20)
    inv_date, due = date(2026, 3, 2), date(2026, 3, 16)
    block(
        P,
        48,
        H - 180,
        ["Bakkerij De Graaf B.V.", "t.a.v. de administratie", "Molenstraat 4", "6711 AN Ede"],
        sz=9.5,
    )
    yr = H - 180
    for k, v in [
        ("Factuurnummer", "VDI-26-00412"),
        ("Factuurdatum", dfmt(inv_date, "%d-%m-%Y")),
        ("Vervaldatum", dfmt(due, "%d-%m-%Y")),
        ("Klantnummer", "DG-0291"),
        ("Periode", "maart 2026"),
    ]:
        P.t(340, yr, k, "DV", 9, col=GREY)
        P.t(W - 48, yr, v, "DV", 9, "r")
        yr -= 14
    its = items(
        [
            ("WerkPlek 365 Business – licentie per gebruiker", 14, "11.50"),
            ("Extra opslag 100 GB", 2, "4.95"),
            ("Back-up & herstel (Van Dijk ICT beheer)", 1, "39.00"),
            ("Onboarding nieuwe medewerkers (uur)", 1.5, "85.00"),
        ]
    )
    cols = [(52, "l"), (360, "r"), (440, "r"), (W - 52, "r")]
    rows = [
        [
            i.description,
            money(i.quantity, "de", 1 if i.quantity % 1 else 0),
            "€ " + money(i.unit_price, "de"),
            "€ " + money(i.amount, "de"),
        ]
        for i in its
    ]
    y = table(
        P,
        H - 290,
        cols,
        ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
        rows,
        sz=9,
        hfill=HexColor("#dff0f2"),
        x0=48,
        x1=W - 48,
    )
    net = total_of(its)
    vat = q2(net * D("0.21"))
    tot = net + vat
    y = totals(
        P,
        W - 140,
        W - 52,
        y - 12,
        [
            ("Subtotaal", "€ " + money(net, "de")),
            ("BTW 21%", "€ " + money(vat, "de")),
            ("Totaal", "€ " + money(tot, "de"), True),
        ],
        sz=9.5,
    )
    y = P.para(
        48,
        y - 14,
        f"Wij verzoeken u het totaalbedrag vóór {dfmt(due, '%d-%m-%Y')} over te maken op IBAN NL42 RABO 0311 4471 18 t.n.v. Van Dijk ICT B.V. o.v.v. het factuurnummer.",
        W - 96,
        "DV",
        9,
    )
    P.t(
        48,
        60,
        "Van Dijk ICT B.V. · KvK 71447118 · BTW NL861234567B01 · IBAN NL42 RABO 0311 4471 18",
        "DV",
        7.5,
        col=GREY,
    )
    P.t(W - 48, 46, "pagina 1/2", "DV", 7.5, "r", GREY)
    P.new_page()
    P.t(48, H - 60, "Toelichting en voorwaarden", "DV-B", 12)
    txt = [
        "WerkPlek 365 is een product van Zentrix Cloud Inc., 500 Howard Street, San Francisco, CA 94105, USA, en wordt onder eigen naam geleverd door erkende partners. Uw contractpartij en leverancier is Van Dijk ICT B.V.; Zentrix Cloud Inc. brengt u niets in rekening.",
        "Licenties worden maandelijks vooraf gefactureerd. Wijzigingen in het aantal gebruikers worden op de volgende factuur verrekend.",
        "Op al onze leveringen zijn de algemene voorwaarden van Van Dijk ICT B.V. van toepassing, gedeponeerd bij de KvK onder nummer 71447118.",
        "Support: support@vandijk-ict.nl · 033 204 11 80 (ma–vr 8:30–17:30).",
    ]
    y = H - 86
    for t in txt:
        y = P.para(48, y, t, W - 96, "DV", 9) - 8
    P.t(W - 48, 46, "pagina 2/2", "DV", 7.5, "r", GREY)
    truth = make_truth(
        number="VDI-26-00412",
        inv_date=inv_date,
        due=due,
        vendor="Van Dijk ICT B.V.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="White-label product wordmark and 'powered by' software maker dominate the top; the reseller's name is smaller at the top right; page 2 names the software maker with its US address.",
    )
    return P.pdf(), truth


@doc(
    "i05",
    "photo",
    "United States",
    "merchant invoice with payment-processor branding",
    "Paystream, Inc. ('Pay online', 'Powered by paystream' wordmark and its legal line in the footer: it only processes the card payment) and the client Coastal Bloom Events, Inc. Seller = Harbor Light Photography LLC.",
)
def i05(name):
    P, (W, H) = Page(letter, name), letter
    purple = HexColor("#5b3cc4")
    P.t(50, H - 70, "Invoice", "DV-B", 26)
    inv_date, due = date(2026, 3, 9), date(2026, 4, 8)
    y = H - 100
    for k, v in [
        ("Invoice number", "8F2C1A4E-0007"),
        ("Date of issue", dfmt(inv_date, "%B {d}, %Y")),
        ("Date due", dfmt(due, "%B {d}, %Y")),
    ]:
        P.t(50, y, k, "DV-B", 9)
        P.t(160, y, v, "DV", 9)
        y -= 14
    P.t(W - 50, H - 70, "HARBOR LIGHT", "DVS-B", 16, "r")
    P.t(W - 50, H - 86, "PHOTOGRAPHY", "DVS", 10, "r", GREY)
    y -= 14
    block(
        P,
        50,
        y,
        [
            "Harbor Light Photography LLC",
            "118 Commercial Street, Suite 3",
            "Portland, ME 04101",
            "hello@harborlightphoto.com",
        ],
        sz=9,
        first="DV-B",
    )
    block(
        P,
        300,
        y,
        [
            "Bill to",
            "Coastal Bloom Events, Inc.",
            "Attn: Priya Nair",
            "55 Exchange St",
            "Portland, ME 04101",
        ],
        sz=9,
        first="DV-B",
    )
    its = items(
        [
            ("Event coverage – Coastal Bloom spring gala (6 h)", 6, "185.00"),
            ("Second shooter (6 h)", 6, "65.00"),
            ("Edited high-resolution gallery, online delivery", 1, "150.00"),
            ("Fine-art prints 11x14 in", 4, "38.00"),
        ]
    )
    net = total_of(its)
    tax = q2(D("152.00") * D("0.055"))
    tot = net + tax
    y -= 100
    P.t(50, y, f"${money(tot)} due {dfmt(due, '%B {d}, %Y')}", "DV-B", 15)
    P.t(50, y - 18, "Pay online  ›  pay.paystream.com/i/hlp-8F2C1A4E-0007", "DV", 9, col=purple)
    y -= 50
    cols = [(50, "l"), (370, "r"), (450, "r"), (W - 50, "r")]
    rows = [
        [i.description, qstr(i.quantity), "$" + money(i.unit_price), "$" + money(i.amount)]
        for i in its
    ]
    y = table(
        P,
        y,
        cols,
        ["Description", "Qty", "Unit price", "Amount"],
        rows,
        sz=9,
        hcol=GREY,
        x0=50,
        x1=W - 50,
    )
    y = totals(
        P,
        W - 150,
        W - 50,
        y - 8,
        [
            ("Subtotal", "$" + money(net)),
            ("Sales tax – Maine 5.5% (on $152.00 prints)", "$" + money(tax)),
            ("Total", "$" + money(tot)),
            ("Amount due", "$" + money(tot) + " USD", True),
        ],
        sz=9,
    )
    P.para(
        50,
        y - 10,
        "Thank you for choosing Harbor Light! Questions about this invoice: call (207) 555-0142.",
        W - 100,
        "DV",
        9,
    )
    P.line(50, 86, W - 50, 86, lw=0.3, col=GREY)
    P.t(
        50,
        68,
        "8F2C1A4E-0007 · $" + money(tot) + f" due {dfmt(due, '%B {d}, %Y')}",
        "DV",
        8,
        col=GREY,
    )
    P.t(W - 118, 68, "Powered by", "DV", 8, "r", GREY)
    P.t(W - 114, 66, "paystream", "DV-B", 12, col=purple)
    P.t(
        50,
        52,
        "Card payments are processed by Paystream, Inc., 354 Oyster Point Blvd, South San Francisco, CA 94080.",
        "DV",
        7,
        col=GREY,
    )
    truth = make_truth(
        number="8F2C1A4E-0007",
        inv_date=inv_date,
        due=due,
        vendor="Harbor Light Photography LLC",
        amount=net,
        vat=tax,
        total=tot,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="Payment-processor look (hex invoice number, 'Pay online', 'Powered by paystream' wordmark and processor's address); sales tax only on the prints.",
    )
    return P.pdf(), truth


@doc(
    "i06",
    "pdf",
    "France",
    "group company invoicing on behalf of a subsidiary",
    "Groupe Marceau SA (parent: big logo, issues the invoice 'au nom et pour le compte de' its subsidiary under a billing mandate) and the client Fromageries Duval SARL. Seller = Marceau Logistique SAS (the supplier whose SIREN and VAT number are given as 'Prestataire').",
)
def i06(name):
    P, (W, H) = Page(A4, name), A4
    navy = HexColor("#17325c")
    c = P.c
    c.setFillColor(navy)
    c.rect(50, H - 100, 8, 50, stroke=0, fill=1)
    c.rect(62, H - 100, 8, 36, stroke=0, fill=1)
    c.rect(74, H - 100, 8, 22, stroke=0, fill=1)
    P.t(92, H - 80, "GROUPE MARCEAU", "DV-B", 22, col=navy)
    P.t(92, H - 96, "Transport · Logistique · Services", "DV", 9, col=GREY)
    P.t(W - 50, H - 70, "FACTURE", "DV-B", 16, "r", navy)
    inv_date, due = date(2026, 3, 31), date(2026, 4, 30)
    yr = H - 90
    for k, v in [
        ("N° ", "ML-2026-03-0772"),
        ("Date : ", dfmt(inv_date, "%d/%m/%Y")),
        ("Échéance : ", dfmt(due, "%d/%m/%Y")),
    ]:
        P.t(W - 50, yr, k + v, "DV", 9, "r")
        yr -= 13
    P.rect(50, H - 230, 240, 100, fill=HexColor("#f2f4f8"), stroke=None)
    P.t(58, H - 146, "Prestataire", "DV-B", 8, col=navy)
    block(
        P,
        58,
        H - 160,
        [
            "Marceau Logistique SAS",
            "ZI des Gaulnes, 12 rue Jean Jaurès",
            "69330 Meyzieu",
            "SIREN 812 447 903 – RCS Lyon",
            "TVA FR47812447903",
        ],
        sz=8.5,
        first="DV-B",
    )
    P.t(320, H - 146, "Client", "DV-B", 8, col=navy)
    block(
        P,
        320,
        H - 160,
        [
            "Fromageries Duval SARL",
            "Service comptabilité fournisseurs",
            "4 route de Chambéry",
            "38000 Grenoble",
            "TVA FR19431120778",
        ],
        sz=8.5,
        first="DV-B",
    )
    P.para(
        50,
        H - 252,
        "Facture émise par Groupe Marceau SA, 7 quai Perrache, 69002 Lyon (SIREN 402 118 447), au nom et pour le compte de Marceau Logistique SAS, en vertu d'un mandat de facturation (art. 289-I-2 du CGI).",
        W - 100,
        "DV-I",
        8.5,
        col=GREY,
    )
    its = items(
        [
            ("Stockage palettes – mars 2026", 48, "9.50"),
            ("Préparation de commandes (lignes)", 312, "1.85"),
            ("Transport Meyzieu → Grenoble, semi complet", 3, "285.00"),
            ("Frais de gestion administrative", 1, "35.00"),
        ]
    )
    cols = [(54, "l"), (350, "r"), (440, "r"), (W - 54, "r")]
    rows = [
        [i.description, qstr(i.quantity), money(i.unit_price, "fr"), money(i.amount, "fr")]
        for i in its
    ]
    y = table(
        P,
        H - 300,
        cols,
        ["Désignation", "Quantité", "PU HT (€)", "Montant HT (€)"],
        rows,
        sz=9,
        hfill=navy,
        hcol=white,
        x0=50,
        x1=W - 50,
    )
    net = total_of(its)
    vat = q2(net * D("0.20"))
    tot = net + vat
    y = totals(
        P,
        W - 150,
        W - 54,
        y - 12,
        [
            ("Total HT", money(net, "fr") + " €"),
            ("TVA 20 %", money(vat, "fr") + " €"),
            ("Total TTC", money(tot, "fr") + " €", True),
        ],
        sz=9.5,
    )
    y = P.para(
        50,
        y - 10,
        f"Conditions de paiement : 30 jours date de facture, soit le {dfmt(due, '%d/%m/%Y')}. Virement à l'ordre de Marceau Logistique SAS – IBAN FR76 1009 6180 4400 0447 1180 212 – BIC CMCIFRPP. Pas d'escompte pour paiement anticipé. Indemnité forfaitaire pour frais de recouvrement : 40 €.",
        W - 100,
        "DV",
        8,
    )
    P.line(50, 70, W - 50, 70, lw=0.4, col=navy)
    P.t(
        W / 2,
        56,
        "Groupe Marceau SA – capital 12 000 000 € – 7 quai Perrache, 69002 Lyon – SIREN 402 118 447 – TVA FR88402118447",
        "DV",
        7,
        "c",
        GREY,
    )
    truth = make_truth(
        number="ML-2026-03-0772",
        inv_date=inv_date,
        due=due,
        vendor="Marceau Logistique SAS",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="Parent company's logo and footer; the invoice is issued by the group 'au nom et pour le compte de' the subsidiary, which is the supplier ('Prestataire') and payee.",
    )
    return P.pdf(), truth


@doc(
    "i07",
    "pdf",
    "Canada",
    "franchise service invoice",
    "Quickfix Plumbing (brand, huge on top), Quickfix Franchising Canada Corp. (franchisor, trademark line in the footer) and the customer. Seller = the franchisee 2287416 Ontario Inc. (printed as 'operated by 2287416 Ontario Inc. o/a Quickfix Plumbing Mississauga West'); the numbered company is keyed, not the brand.",
)
def i07(name):
    P, (W, H) = Page(letter, name), letter
    red = HexColor("#c8102e")
    c = P.c
    c.setFillColor(red)
    c.rect(0, H - 110, W, 110, stroke=0, fill=1)
    P.t(48, H - 62, "QUICKFIX", "DV-B", 38, col=white)
    P.t(50, H - 86, "PLUMBING · DRAINS · HEATING", "DV", 11, col=white)
    P.t(W - 48, H - 56, "1-888-QUICKFIX", "DV-B", 14, "r", white)
    P.t(W - 48, H - 74, "Mississauga West", "DV", 10, "r", white)
    P.t(
        48,
        H - 134,
        "Each Quickfix® location is independently owned and operated.",
        "DV-I",
        8.5,
        col=GREY,
    )
    P.t(
        48,
        H - 146,
        "This location is operated by 2287416 Ontario Inc. o/a Quickfix Plumbing Mississauga West",
        "DV",
        8.5,
    )
    P.t(
        48,
        H - 158,
        "3085 Argentia Rd, Unit 7, Mississauga, ON L5N 8E1 · HST # 78412 3356 RT0001",
        "DV",
        8.5,
    )
    inv_date, due = date(2026, 2, 20), date(2026, 3, 6)
    P.t(W - 48, H - 134, "INVOICE", "DV-B", 18, "r", red)
    yr = H - 156
    for k, v in [
        ("Invoice #", "MW-10482"),
        ("Date", dfmt(inv_date, "%Y-%m-%d")),
        ("Due", dfmt(due, "%Y-%m-%d")),
        ("Work order", "WO-55812"),
    ]:
        P.t(W - 175, yr, k, "DV", 9, col=GREY)
        P.t(W - 48, yr, v, "DV", 9, "r")
        yr -= 13
    block(
        P,
        48,
        H - 190,
        [
            "Customer / service address",
            "Daniel & Sarah Okafor",
            "2214 Folkway Dr",
            "Mississauga, ON L5L 2E3",
        ],
        sz=9,
        first="DV-B",
    )
    its = items(
        [
            ("Service call – diagnostic", 1, "89.00"),
            ("Labour – replace water heater anode & T&P valve", 2.5, "118.00"),
            ("T&P relief valve 3/4 in", 1, "46.75"),
            ("Magnesium anode rod 44 in", 1, "72.40"),
            ("Disposal & shop supplies", 1, "18.50"),
        ]
    )
    cols = [(52, "l"), (380, "r"), (470, "r"), (W - 52, "r")]
    rows = [[i.description, qstr(i.quantity), money(i.unit_price), money(i.amount)] for i in its]
    y = table(
        P,
        H - 290,
        cols,
        ["Description", "Qty/Hrs", "Rate", "Amount"],
        rows,
        sz=9,
        hfill=HexColor("#f5d6db"),
        x0=48,
        x1=W - 48,
    )
    net = total_of(its)
    hst = q2(net * D("0.13"))
    tot = net + hst
    y = totals(
        P,
        W - 140,
        W - 52,
        y - 10,
        [
            ("Subtotal", "$" + money(net)),
            ("HST 13% (ON)", "$" + money(hst)),
            ("TOTAL CAD", "$" + money(tot), True),
        ],
        sz=10,
    )
    y = P.para(
        48,
        y - 12,
        "Payment due within 14 days. E-transfer to billing@quickfix-mw.ca or cheque payable to 2287416 Ontario Inc. 90-day workmanship warranty.",
        W - 96,
        "DV",
        8.5,
    )
    P.line(48, 64, W - 48, 64, lw=0.4, col=red)
    P.t(
        W / 2,
        50,
        "QUICKFIX® is a registered trademark of Quickfix Franchising Canada Corp., Toronto, used under licence.",
        "DV",
        7,
        "c",
        GREY,
    )
    truth = make_truth(
        number="MW-10482",
        inv_date=inv_date,
        due=due,
        vendor="2287416 Ontario Inc.",
        amount=net,
        vat=hst,
        total=tot,
        currency="CAD",
        locale="en-CA",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="Franchise: the brand is huge on top; the seller is the numbered franchisee company 'operated by … o/a …'; franchisor named in the footer.",
    )
    return P.pdf(), truth


@doc(
    "i08",
    "imgpdf",
    "Spain",
    "invoice assigned to a factoring bank",
    "Banco Cantábrico Factoring, S.A. (factor: the receivable is assigned to it and payment must go to its account, in a boxed notice) and the client Construcciones Aranburu, S.A. Seller = Talleres Iriarte, S.L.",
    fx={"dpi": 200, "grey": True},
)
def i08(name):
    P, (W, H) = Page(A4, name), A4
    P.t(50, H - 66, "TALLERES IRIARTE", "DVS-B", 20)
    P.t(50, H - 82, "Mecanizados y calderería industrial desde 1978", "DVS-I", 9, col=GREY)
    block(
        P,
        50,
        H - 104,
        [
            "Talleres Iriarte, S.L. · CIF B48447118",
            "Polígono Ugaldeguren III, parcela 14",
            "48170 Zamudio (Bizkaia) · Tel. 944 521 877",
        ],
        sz=8.5,
        f="DVS",
    )
    P.rect(W - 230, H - 126, 180, 70, stroke=black)
    inv_date, due = date(2026, 1, 29), date(2026, 3, 30)
    yy = H - 74
    for k, v in [
        ("FACTURA Nº", "F26/0219"),
        ("Fecha", dfmt(inv_date, "%d/%m/%Y")),
        ("Vencimiento", dfmt(due, "%d/%m/%Y")),
        ("Pedido cliente", "PC-2026-0088"),
    ]:
        P.t(W - 222, yy, k, "DVS-B" if k.startswith("FAC") else "DVS", 9)
        P.t(W - 58, yy, v, "DVS-B" if k.startswith("FAC") else "DVS", 9, "r")
        yy -= 14
    block(
        P,
        300,
        H - 160,
        [
            "Construcciones Aranburu, S.A.",
            "Avda. Madariaga 41",
            "48014 Bilbao (Bizkaia)",
            "CIF A48112044",
        ],
        sz=9.5,
        f="DVS",
        first="DVS-B",
    )
    its = items(
        [
            ("Mecanizado bridas DN200 s/plano 114-A", 24, "38.60"),
            ("Soldadura y calderería soporte bomba", 6, "212.50"),
            ("Chorreado y pintura epoxi", 1, "480.00"),
            ("Transporte a obra Barakaldo", 1, "95.00"),
        ]
    )
    cols = [(54, "l"), (360, "r"), (450, "r"), (W - 54, "r")]
    rows = [
        [
            i.description,
            money(i.quantity, "de", 0),
            money(i.unit_price, "de"),
            money(i.amount, "de"),
        ]
        for i in its
    ]
    y = table(
        P,
        H - 250,
        cols,
        ["Concepto", "Uds.", "Precio", "Importe"],
        rows,
        f="DVS",
        hf="DVS-B",
        sz=9,
        x0=50,
        x1=W - 50,
    )
    net = total_of(its)
    vat = q2(net * D("0.21"))
    tot = net + vat
    y = totals(
        P,
        W - 150,
        W - 54,
        y - 14,
        [
            ("Base imponible", money(net, "de") + " €"),
            ("IVA 21%", money(vat, "de") + " €"),
            ("TOTAL FACTURA", money(tot, "de") + " €", True),
        ],
        f="DVS",
        fb="DVS-B",
        sz=10,
    )
    P.rect(50, y - 92, W - 100, 78, stroke=black, lw=1.4)
    P.t(60, y - 32, "AVISO DE CESIÓN DE CRÉDITO", "DVS-B", 10)
    P.para(
        60,
        y - 48,
        "El crédito derivado de esta factura ha sido cedido a BANCO CANTÁBRICO FACTORING, S.A. (CIF A39044712). El pago, para ser liberatorio, deberá efectuarse exclusivamente en la cuenta ES76 0049 1447 1121 1004 4712 a nombre de Banco Cantábrico Factoring, S.A.",
        W - 120,
        "DVS",
        8.5,
    )
    P.t(
        W / 2,
        50,
        "Talleres Iriarte, S.L. – Inscrita en el Registro Mercantil de Bizkaia, Tomo 2214, Folio 88, Hoja BI-11447",
        "DVS",
        7,
        "c",
        GREY,
    )
    truth = make_truth(
        number="F26/0219",
        inv_date=inv_date,
        due=due,
        vendor="Talleres Iriarte, S.L.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="Invoice assigned to a factor: a boxed notice names the bank (with legal form, CIF and IBAN) as the only valid payee; the seller is still the workshop.",
    )
    return P.pdf(), truth


@doc(
    "i09",
    "pdf",
    "Australia",
    "recipient-created (self-billed) tax invoice (2 pages)",
    "Murray Valley Grain Co-operative Ltd (the buyer: it issues the RCTI under its own big logo and ABN and pays). Seller = the supplier J & K Hartley Pty Ltd (grower), named under 'Supplier'.",
)
def i09(name):
    P, (W, H) = Page(A4, name), A4
    wheat = HexColor("#a86b00")
    c = P.c
    c.setFillColor(wheat)
    for k in range(5):
        c.ellipse(52 + k * 9, H - 96 + k * 7, 62 + k * 9, H - 80 + k * 7, stroke=0, fill=1)
    P.t(110, H - 70, "MURRAY VALLEY GRAIN", "DV-B", 20, col=wheat)
    P.t(
        110,
        H - 86,
        "CO-OPERATIVE LTD · ABN 41 087 447 118 · Deniliquin NSW 2710",
        "DV",
        8.5,
        col=GREY,
    )
    P.t(W / 2, H - 130, "RECIPIENT CREATED TAX INVOICE", "DV-B", 15, "c")
    inv_date, due = date(2026, 3, 17), date(2026, 4, 14)
    P.rect(48, H - 250, 240, 100, stroke=black)
    P.t(56, H - 166, "SUPPLIER", "DV-B", 8, col=wheat)
    block(
        P,
        56,
        H - 180,
        [
            "J & K Hartley Pty Ltd",
            "ABN 63 604 118 227",
            "'Kooringa', 1180 Wanganella Rd",
            "Deniliquin NSW 2710",
            "Supplier no. G-04471",
        ],
        sz=9,
        first="DV-B",
    )
    P.rect(W - 288, H - 250, 240, 100, stroke=black)
    P.t(W - 280, H - 166, "RECIPIENT", "DV-B", 8, col=wheat)
    block(
        P,
        W - 280,
        H - 180,
        [
            "Murray Valley Grain Co-operative Ltd",
            "ABN 41 087 447 118",
            "PO Box 212, Deniliquin NSW 2710",
        ],
        sz=9,
        first="DV-B",
    )
    yr = H - 270
    for k, v in [
        ("RCTI number", "MVG-RCTI-0088314"),
        ("Date issued", dfmt(inv_date, "%d/%m/%Y")),
        ("Payment date", dfmt(due, "%d/%m/%Y")),
        ("Contract", "MVG-WH26-0412 (APW1 wheat)"),
    ]:
        P.t(48, yr, k, "DV", 9, col=GREY)
        P.t(160, yr, v, "DV", 9)
        yr -= 14
    loads = [
        ("Load docket 71884 – APW1 wheat", "28.46"),
        ("Load docket 71902 – APW1 wheat", "29.12"),
        ("Load docket 71937 – APW1 wheat", "27.84"),
        ("Load docket 71960 – H2 wheat", "26.90"),
        ("Load docket 71988 – APW1 wheat", "28.05"),
    ]
    its = items([(d, t, "338.50" if "APW1" in d else "352.00") for d, t in loads])
    cols = [(52, "l"), (330, "r"), (430, "r"), (W - 52, "r")]
    rows = [
        [i.description, str(i.quantity) + " t", "$" + money(i.unit_price), "$" + money(i.amount)]
        for i in its
    ]
    table(
        P,
        yr - 16,
        cols,
        ["Description", "Net tonnes", "Price/t (ex GST)", "Amount (ex GST)"],
        rows,
        sz=9,
        hfill=HexColor("#f7ecd6"),
        x0=48,
        x1=W - 48,
    )
    P.para(
        48,
        110,
        "The recipient and the supplier declare that this agreement applies to supplies to which this RCTI relates. The recipient can issue tax invoices in respect of these supplies. The supplier will not issue tax invoices in respect of these supplies. The supplier acknowledges that it is registered for GST and will notify the recipient if it ceases to be registered.",
        W - 96,
        "DV",
        7.5,
        col=GREY,
    )
    P.t(W - 48, 40, "Page 1 of 2", "DV", 7.5, "r", GREY)
    P.new_page()
    net = total_of(its)
    gst = q2(net * D("0.10"))
    tot = net + gst
    P.t(48, H - 60, "RCTI MVG-RCTI-0088314 – J & K Hartley Pty Ltd (continued)", "DV-B", 10)
    y = totals(
        P,
        W - 160,
        W - 52,
        H - 100,
        [
            ("Total tonnes", money(sum((i.quantity for i in its), Decimal(0))) + " t"),
            ("Value of supply (ex GST)", "$" + money(net)),
            ("GST 10%", "$" + money(gst)),
            ("Total payable to supplier (inc GST)", "$" + money(tot), True),
        ],
        sz=10,
    )
    P.t(48, y - 20, "PAYMENT ADVICE", "DV-B", 10, col=wheat)
    block(
        P,
        48,
        y - 38,
        [
            f"Amount ${money(tot)} will be paid on {dfmt(due, '%d/%m/%Y')} by EFT to:",
            "Account name: J & K Hartley Pty Ltd",
            "BSB 633-000  Account 1447 1180 2",
            "Reference: MVG-RCTI-0088314",
        ],
        sz=9,
    )
    P.t(W - 48, 40, "Page 2 of 2", "DV", 7.5, "r", GREY)
    truth = make_truth(
        number="MVG-RCTI-0088314",
        inv_date=inv_date,
        due=due,
        vendor="J & K Hartley Pty Ltd",
        amount=net,
        vat=gst,
        total=tot,
        currency="AUD",
        locale="en-AU",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="Self-billed: the buyer's logo, ABN and name dominate and it issues the document; the seller is the 'Supplier'. Fractional tonnes; totals on page 2.",
    )
    return P.pdf(), truth


@doc(
    "i10",
    "photo",
    "Sweden",
    "agency invoice with the client's brand on top",
    "Fjällmejeriet (the client's brand, huge campaign header) and Fjällmejeriet AB (buyer). Seller = the agency Nordljus Kommunikation AB.",
)
def i10(name):
    P, (W, H) = Page(A4, name), A4
    blue = HexColor("#1d4f91")
    c = P.c
    c.setFillColor(blue)
    p = c.beginPath()
    p.moveTo(50, H - 110)
    p.lineTo(90, H - 50)
    p.lineTo(110, H - 80)
    p.lineTo(125, H - 62)
    p.lineTo(160, H - 110)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    P.t(175, H - 92, "FJÄLLMEJERIET", "DV-B", 30, col=blue)
    P.t(175, H - 110, "Sommarkampanj 2026 · Kostnadssammanställning", "DV", 10, col=GREY)
    P.line(50, H - 128, W - 50, H - 128, lw=1, col=blue)
    P.t(50, H - 150, "Nordljus Kommunikation AB", "DV-B", 10)
    block(
        P,
        50,
        H - 164,
        [
            "Hornsgatan 61, 118 49 Stockholm",
            "Org.nr 556912-4471 · Momsreg.nr SE556912447101",
            "Godkänd för F-skatt",
        ],
        sz=8,
    )
    P.t(W - 50, H - 150, "FAKTURA", "DV-B", 16, "r")
    inv_date, due = date(2026, 4, 3), date(2026, 5, 3)
    yr = H - 170
    for k, v in [
        ("Fakturanr", "26-1142"),
        ("Fakturadatum", dfmt(inv_date, "%Y-%m-%d")),
        ("Förfallodatum", dfmt(due, "%Y-%m-%d")),
        ("Er referens", "Karin Lund"),
    ]:
        P.t(W - 170, yr, k, "DV", 8.5, col=GREY)
        P.t(W - 50, yr, v, "DV", 8.5, "r")
        yr -= 13
    block(
        P,
        50,
        H - 240,
        ["Fakturaadress", "Fjällmejeriet AB", "Ekonomiavdelningen, FE 114", "831 80 Östersund"],
        sz=9.5,
        first="DV-B",
    )
    its = items(
        [
            ("Kreativt koncept och manus", 1, "68000"),
            ("Filmproduktion, 2 inspelningsdagar", 2, "42500"),
            ("Klippning och färgsättning (tim)", 18, "1150"),
            ("Mediainköp sociala kanaler, vidarefakturering", 1, "55000"),
            ("Projektledning (tim)", 24, "950"),
        ]
    )
    cols = [(54, "l"), (360, "r"), (445, "r"), (W - 54, "r")]
    rows = [
        [i.description, qstr(i.quantity), money(i.unit_price, "fr"), money(i.amount, "fr")]
        for i in its
    ]
    y = table(
        P,
        H - 340,
        cols,
        ["Beskrivning", "Antal", "À-pris", "Belopp"],
        rows,
        sz=9,
        hfill=HexColor("#e3ebf6"),
        x0=50,
        x1=W - 50,
    )
    net = total_of(its)
    vat = q2(net * D("0.25"))
    tot = net + vat
    y = totals(
        P,
        W - 150,
        W - 54,
        y - 10,
        [
            ("Summa exkl. moms", money(net, "fr")),
            ("Moms 25 %", money(vat, "fr")),
            ("Att betala SEK", money(tot, "fr"), True),
        ],
        sz=10,
    )
    P.line(50, 80, W - 50, 80, lw=0.4)
    P.t(
        50,
        64,
        "Bankgiro 5123-4471 · IBAN SE45 5000 0000 0583 9825 7466 · Ange fakturanummer 26-1142 vid betalning",
        "DV",
        7.5,
        col=GREY,
    )
    P.t(
        50,
        52,
        "Dröjsmålsränta enligt räntelagen. Nordljus Kommunikation AB, Stockholm.",
        "DV",
        7.5,
        col=GREY,
    )
    truth = make_truth(
        number="26-1142",
        inv_date=inv_date,
        due=due,
        vendor="Nordljus Kommunikation AB",
        amount=net,
        vat=vat,
        total=tot,
        currency="SEK",
        locale="sv-SE",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="The client's brand and campaign title are the biggest thing on the page; the agency (seller) is below in 10 pt; buyer also an AB.",
    )
    return P.pdf(), truth


@doc(
    "i11",
    "scan",
    "Switzerland",
    "small supplier billing a large insurer (buyer's received stamp)",
    "Rhenania Versicherungen AG (buyer: address block with legal form, and its blue 'Eingang' stamp with its logo and cost centre). Seller = Schreinerei Gisler GmbH (letterhead and QR-bill 'Zahlbar an').",
    fx={"dpi": 200, "grey": True},
)
def i11(name):
    P, (W, H) = Page(A4, name), A4
    P.t(56, H - 64, "Schreinerei Gisler GmbH", "DVS-B", 15)
    P.t(56, H - 80, "Innenausbau · Möbel · Fenster", "DVS-I", 9, col=GREY)
    block(
        P,
        W - 200,
        H - 60,
        ["Gotthardstrasse 41", "6460 Altdorf UR", "Tel. 041 870 44 71", "CHE-114.471.180 MWST"],
        sz=8,
        f="DVS",
    )
    block(
        P,
        56,
        H - 150,
        ["Rhenania Versicherungen AG", "Facility Management", "Bahnhofquai 7", "8001 Zürich"],
        sz=10,
        f="DVS",
    )
    blue = HexColor("#2050b0")
    c = P.c
    c.saveState()
    c.setStrokeColor(blue)
    c.setLineWidth(1.3)
    c.rect(340, H - 225, 190, 80, stroke=1, fill=0)
    c.restoreState()
    P.t(350, H - 165, "RHENANIA", "DV-B", 16, col=blue)
    P.t(350, H - 178, "Versicherungen AG", "DV", 8, col=blue)
    P.t(350, H - 196, "EINGANG 18. MÄRZ 2026", "DVM-B", 9, col=blue)
    P.t(350, H - 212, "Kst. 4410   Visum: ____", "DVM", 8.5, col=blue)
    inv_date, due = date(2026, 3, 16), date(2026, 4, 15)
    P.t(56, H - 260, "Rechnung Nr. 2026-047", "DVS-B", 13)
    P.t(56, H - 278, f"Altdorf, {dfmt(inv_date, '{d}. %B %Y', 'de')}", "DVS", 9)
    P.t(
        56,
        H - 292,
        "Ihre Bestellung: PO 4500218844 vom 02.02.2026 · Objekt: Sitzungszimmer 3. OG",
        "DVS",
        9,
    )
    its = items(
        [
            ("Einbauschrank Eiche furniert, nach Mass", 2, "2840.00"),
            ("Sideboard mit Kabelkanal", 1, "1960.00"),
            ("Montage vor Ort (Std.)", 14, "96.00"),
            ("Transport und Entsorgung", 1, "180.00"),
        ]
    )
    cols = [(60, "l"), (350, "r"), (440, "r"), (W - 60, "r")]
    rows = [
        [i.description, qstr(i.quantity), money(i.unit_price, "ch"), money(i.amount, "ch")]
        for i in its
    ]
    y = table(
        P,
        H - 325,
        cols,
        ["Bezeichnung", "Menge", "Preis", "Betrag CHF"],
        rows,
        f="DVS",
        hf="DVS-B",
        sz=9,
        x0=56,
        x1=W - 56,
    )
    net = total_of(its)
    vat = q2(net * D("0.081"))
    tot = net + vat
    y = totals(
        P,
        W - 150,
        W - 60,
        y - 10,
        [
            ("Total netto", money(net, "ch")),
            ("MWST 8.1 %", money(vat, "ch")),
            ("Rechnungsbetrag CHF", money(tot, "ch"), True),
        ],
        f="DVS",
        fb="DVS-B",
        sz=10,
    )
    P.t(
        56,
        y - 10,
        f"Zahlbar bis {dfmt(due, '%d.%m.%Y')} (30 Tage netto). Besten Dank für Ihren Auftrag.",
        "DVS",
        9,
    )
    P.line(0, 290, W, 290, lw=0.6, dash=(3, 3))
    P.t(20, 270, "Empfangsschein", "DV-B", 10)
    P.t(200, 270, "Zahlteil", "DV-B", 10)
    qr(c, 200, 120, 130, rng_for(name))
    block(
        P,
        20,
        250,
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Schreinerei Gisler GmbH",
            "Gotthardstrasse 41",
            "6460 Altdorf UR",
        ],
        sz=7.5,
        first="DV-B",
    )
    block(
        P,
        20,
        170,
        ["Zahlbar durch", "Rhenania Versicherungen AG", "Bahnhofquai 7, 8001 Zürich"],
        sz=7.5,
        first="DV-B",
    )
    block(
        P,
        350,
        250,
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Schreinerei Gisler GmbH",
            "Gotthardstrasse 41, 6460 Altdorf UR",
            "",
            "Referenz",
            "21 00000 00003 13947 14300 09017",
        ],
        sz=7.5,
        first="DV-B",
    )
    P.t(20, 110, "Währung  Betrag", "DV-B", 7.5)
    P.t(20, 98, "CHF      " + money(tot, "ch"), "DV", 8)
    P.t(200, 100, "Währung   Betrag", "DV-B", 7.5)
    P.t(200, 88, "CHF       " + money(tot, "ch"), "DV", 8)
    truth = make_truth(
        number="2026-047",
        inv_date=inv_date,
        due=due,
        vendor="Schreinerei Gisler GmbH",
        amount=net,
        vat=vat,
        total=tot,
        currency="CHF",
        locale="de-CH",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="Large buyer (AG) in the address window and again in a blue received-stamp with its wordmark; buyer PO number; Swiss QR-bill part names both payee and payer; apostrophe thousands.",
    )
    return P.pdf(), truth


@doc(
    "i12",
    "pdf",
    "Japan",
    "supplier invoice with the buyer's name large on top (Japanese style)",
    "Mitsuhama Heavy Industries, Ltd. (buyer: its name is printed largest, top left, with 'Messrs.' as Japanese invoices do, plus its PO number). Seller = Kobayashi Seiki Co., Ltd. (right-hand block with qualified-invoice registration number and seal).",
)
def i12(name):
    P, (W, H) = Page(A4, name), A4
    P.t(W / 2, H - 56, "TAX INVOICE", "DV-B", 18, "c")
    P.t(W / 2, H - 72, "(Qualified Invoice)", "DV", 9, "c", GREY)
    P.t(50, H - 118, "Mitsuhama Heavy Industries, Ltd.", "DV-B", 16)
    P.t(50, H - 136, "Procurement Dept. 2, Yokohama Works   Messrs.", "DV", 10)
    P.line(50, H - 142, 330, H - 142, lw=1.2)
    inv_date, due = date(2026, 3, 31), date(2026, 4, 30)
    yr = H - 110
    for k, v in [
        ("Invoice No.", "KS-2603-0117"),
        ("Date", dfmt(inv_date, "%Y/%m/%d")),
        ("Your PO No.", "MHI-P-26-118804"),
    ]:
        P.t(370, yr, k, "DV", 8.5, col=GREY)
        P.t(W - 50, yr, v, "DV", 8.5, "r")
        yr -= 13
    block(
        P,
        370,
        H - 160,
        [
            "Kobayashi Seiki Co., Ltd.",
            "2-14-7 Shimomaruko, Ota-ku",
            "Tokyo 146-0092",
            "TEL 03-3758-4471",
            "Registration No. T5010401088123",
        ],
        sz=8.5,
        first="DV-B",
    )
    red = HexColor("#c0262d")
    c = P.c
    c.setStrokeColor(red)
    c.setLineWidth(1.5)
    c.rect(W - 92, H - 264, 40, 40, stroke=1, fill=0)
    P.t(W - 72, H - 249, "KS", "DVS-B", 14, "c", red)
    its = items(
        [
            ("Precision shaft SUS304, drawing MHI-2231-07", 120, 4850),
            ("Bearing housing FC250, machined", 40, 12300),
            ("Surface grinding, additional", 1, 68000),
            ("Packing & delivery to Yokohama Works", 1, 15000),
        ],
        dec=0,
    )
    net = total_of(its)
    tax = q0(net * D("0.10"))
    tot = net + tax
    P.rect(50, H - 250, 280, 36, stroke=black, lw=1)
    P.t(60, H - 236, "Amount billed (tax incl.)", "DV", 9)
    P.t(320, H - 238, "¥" + money(tot, "en", 0), "DV-B", 14, "r")
    cols = [(56, "l"), (360, "r"), (440, "r"), (W - 56, "r")]
    rows = [
        [
            i.description,
            money(i.quantity, "en", 0),
            money(i.unit_price, "en", 0),
            money(i.amount, "en", 0),
        ]
        for i in its
    ]
    y = table(
        P,
        H - 290,
        cols,
        ["Description", "Qty", "Unit price", "Amount (¥)"],
        rows,
        sz=9,
        hfill=LIGHT,
        x0=50,
        x1=W - 50,
    )
    y = totals(
        P,
        W - 160,
        W - 56,
        y - 10,
        [
            ("Subtotal (10% items)", "¥" + money(net, "en", 0)),
            ("Consumption tax 10%", "¥" + money(tax, "en", 0)),
            ("Total", "¥" + money(tot, "en", 0), True),
        ],
        sz=10,
    )
    block(
        P,
        50,
        y - 10,
        [
            "Payment terms: by bank transfer by " + dfmt(due, "%Y/%m/%d"),
            "Bank: Sakura Shinkin Bank, Kamata Branch, Ordinary 1447118",
            "Account name: Kobayashi Seiki Co., Ltd.",
            "Transfer fees to be borne by the customer.",
        ],
        sz=9,
    )
    truth = make_truth(
        number="KS-2603-0117",
        inv_date=inv_date,
        due=due,
        vendor="Kobayashi Seiki Co., Ltd.",
        amount=net,
        vat=tax,
        total=tot,
        currency="JPY",
        locale="ja-JP",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="Japanese convention: the buyer's name is the largest text at top left ('Messrs.'); the seller is the smaller right-hand block with T-registration number and seal. Yen without decimals.",
        dec=0,
    )
    return P.pdf(), truth


@doc(
    "i13",
    "scan",
    "India",
    "marketplace tax invoice, 'Sold By' a trader",
    "ShopKart (marketplace logo on top, order number, 'Ship From' its fulfilment centre run by ShopKart India Logistics Pvt Ltd) and the buyer. Seller = Sri Lakshmi Traders ('Sold By', GSTIN, authorised signatory).",
    fx={"dpi": 220, "grey": True},
)
def i13(name):
    P, (W, H) = Page(A4, name), A4
    P.t(40, H - 60, "ShopKart", "DV-B", 22, col=HexColor("#2455c3"))
    P.t(40, H - 74, ".in", "DV", 9, col=GREY)
    P.t(W - 40, H - 52, "Tax Invoice/Bill of Supply/Cash Memo", "DV-B", 10, "r")
    P.t(W - 40, H - 66, "(Original for Recipient)", "DV", 8.5, "r")
    inv_date = date(2026, 3, 14)
    block(
        P,
        40,
        H - 104,
        [
            "Sold By :",
            "Sri Lakshmi Traders",
            "Plot No. 22, Road No. 4, Kavuri Hills,",
            "Madhapur, Hyderabad, Telangana, 500033",
            "IN",
        ],
        sz=8.5,
        first="DV-B",
    )
    block(P, 40, H - 180, ["PAN No: ABKPL4471M", "GST Registration No: 36ABKPL4471M1Z7"], sz=8.5)
    block(
        P,
        W - 250,
        H - 104,
        [
            "Billing Address :",
            "Anirudh Rao",
            "Flat 504, Lakeview Residency, Gachibowli",
            "Hyderabad, Telangana, 500032",
            "IN",
            "State/UT Code: 36",
        ],
        sz=8.5,
        first="DV-B",
    )
    block(
        P,
        W - 250,
        H - 190,
        [
            "Ship From :",
            "ShopKart India Logistics Pvt Ltd – FC HYD8",
            "Survey 112, Mamidipally, Shamshabad 501218",
        ],
        sz=8,
        first="DV-B",
    )
    y = H - 250
    for k, v in [
        ("Order Number: ", "405-8812094-1120347"),
        ("Order Date: ", "12.03.2026"),
        ("Invoice Number : ", "HYD2-448912"),
        ("Invoice Date : ", dfmt(inv_date, "%d.%m.%Y")),
    ]:
        P.t(40, y, k + v, "DV-B" if "Invoice" in k else "DV", 8.5)
        y -= 13
    its = items(
        [
            ("Prestige Granite Fry Pan 24cm", 1, "1101.69"),
            ("Milton Thermosteel Flask 1 L", 2, "635.59"),
            ("Borosil Mixing Bowl Set of 3", 1, "847.46"),
        ]
    )
    cgst = [q2(i.amount * D("0.09")) for i in its]
    cols = [
        (44, "l"),
        (262, "r"),
        (290, "r"),
        (346, "r"),
        (384, "r"),
        (420, "l"),
        (500, "r"),
        (W - 44, "r"),
    ]
    rows = []
    for i, t in zip(its, cgst, strict=True):
        rows.append(
            [
                i.description,
                "₹" + money(i.unit_price, "in"),
                qstr(i.quantity),
                "₹" + money(i.amount, "in"),
                "9%",
                "CGST",
                "₹" + money(t, "in"),
                "₹" + money(i.amount + 2 * t, "in"),
            ]
        )
        rows.append(["", "", "", "", "9%", "SGST", "₹" + money(t, "in"), ""])
    y = table(
        P,
        y - 20,
        cols,
        ["Description", "Unit Price", "Qty", "Net Amount", "Rate", "Type", "Tax Amt", "Total"],
        rows,
        sz=7.5,
        hfill=LIGHT,
        x0=40,
        x1=W - 40,
    )
    net = total_of(its)
    vat = 2 * sum(cgst, Decimal(0))
    tot = net + vat
    y = totals(
        P,
        W - 120,
        W - 44,
        y - 6,
        [
            ("Net Amount:", "₹" + money(net, "in")),
            ("CGST + SGST:", "₹" + money(vat, "in")),
            ("TOTAL:", "₹" + money(tot, "in"), True),
        ],
        sz=9,
    )
    assert tot == D("3799.99")
    P.t(
        40,
        y - 6,
        "Amount in Words: Three Thousand Seven Hundred Ninety-nine Rupees and Ninety-nine Paise only",
        "DV-B",
        8.5,
    )
    P.t(W - 40, y - 40, "For Sri Lakshmi Traders:", "DV-B", 8.5, "r")
    P.t(W - 40, y - 80, "Authorized Signatory", "DV", 8.5, "r")
    P.t(40, 60, "Whether tax is payable under reverse charge - No", "DV", 7.5, col=GREY)
    P.t(
        40,
        48,
        "*ASSPL-ShopKart Seller Services Pvt. Ltd., ARIPL-ShopKart Retail India Pvt. Ltd. (only where ShopKart Retail India Pvt. Ltd. fulfillment center is co-located)",
        "DV",
        6,
        col=GREY,
    )
    truth = make_truth(
        number="HYD2-448912",
        inv_date=inv_date,
        due=None,
        vendor="Sri Lakshmi Traders",
        amount=net,
        vat=vat,
        total=tot,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="Marketplace tax invoice: platform logo, 'Ship From' fulfilment company and platform legal names in the footer; the seller is 'Sold By'. CGST+SGST split, Indian digit grouping.",
    )
    return P.pdf(), truth


@doc(
    "i14",
    "pdf",
    "Mexico",
    "ride-hailing trip receipt issued on behalf of the driver",
    "Viajo (platform wordmark; Viajo Technologies México, S. de R.L. de C.V. issues the receipt 'en nombre y por cuenta del conductor' and charges its own fee on a separate CFDI) and the rider. Seller = the driver Jorge Alberto Ramírez Soto (with RFC).",
)
def i14(name):
    P, (W, H) = Page(letter, name), letter
    P.rect(0, H - 130, W, 130, fill=black, stroke=None)
    P.t(60, H - 70, "viajo", "DV-B", 34, col=white)
    P.t(60, H - 100, "Gracias por viajar, Lucía", "DV", 13, col=white)
    inv_date = date(2026, 2, 27)
    P.t(W - 60, H - 62, dfmt(inv_date, "{d} de %B de %Y", "es"), "DV", 10, "r", white)
    P.t(W - 60, H - 78, "20:14 – 20:41", "DV", 10, "r", white)
    y = H - 170
    P.t(60, y, "Total", "DV-B", 20)
    its = items(
        [
            ("Tarifa base", 1, "18.10"),
            ("Distancia (14.2 km)", 1, "97.44"),
            ("Tiempo (27 min)", 1, "40.50"),
            ("Peaje Viaducto Bicentenario", 1, "46.55"),
        ]
    )
    net = total_of(its)
    iva = q2(net * D("0.16"))
    tot = net + iva
    P.t(W - 60, y, "MX$" + money(tot), "DV-B", 20, "r")
    y -= 34
    for i in its:
        P.t(60, y, i.description, "DV", 10)
        P.t(W - 60, y, "MX$" + money(i.amount), "DV", 10, "r")
        y -= 18
    P.line(60, y + 6, W - 60, y + 6, lw=0.4, col=GREY)
    y -= 8
    y = totals(
        P,
        260,
        W - 60,
        y,
        [
            ("Subtotal", "MX$" + money(net)),
            ("IVA 16%", "MX$" + money(iva)),
            ("Total cobrado", "MX$" + money(tot), True),
        ],
        sz=10,
        lead=18,
    )
    P.t(60, y - 6, "Pagado con  VISA •••• 4417", "DV", 10)
    y -= 44
    P.t(60, y, "Recibo emitido en nombre y por cuenta del conductor:", "DV", 9, col=GREY)
    y = block(
        P,
        60,
        y - 16,
        ["Jorge Alberto Ramírez Soto", "RFC RASJ850712K41", "Nissan Versa · placas NXK-447-B"],
        sz=10,
        first="DV-B",
    )
    P.t(60, y - 6, "Folio del recibo: VJ-MX-0227-88194", "DV-B", 10)
    P.t(60, y - 22, "ID de viaje: 3f9a1c72-5b0e-4d71-9e3a-1180c4471b20", "DV", 8.5, col=GREY)
    y = P.para(
        60,
        y - 52,
        "Viajo Technologies México, S. de R.L. de C.V. (RFC VTM150611AB3), Paseo de la Reforma 483, Cuauhtémoc, 06500 Ciudad de México, actúa como intermediario y emite este recibo en nombre y por cuenta del conductor. La cuota de servicio de Viajo se factura por separado mediante CFDI.",
        W - 120,
        "DV",
        8,
        col=GREY,
    )
    truth = make_truth(
        number="VJ-MX-0227-88194",
        inv_date=inv_date,
        due=None,
        vendor="Jorge Alberto Ramírez Soto",
        amount=net,
        vat=iva,
        total=tot,
        currency="MXN",
        locale="es-MX",
        layout="invoice",
        dtype="receipt",
        its=its,
        note="Ride receipt: platform wordmark on top and platform legal entity in the footer; the seller is the driver (a person with RFC) on whose behalf it is issued; trip UUID vs receipt folio; rider greeted by first name.",
    )
    return P.pdf(), truth


@doc(
    "i15",
    "imgpdf",
    "South Africa",
    "distributor credit note under a manufacturer's brand",
    "Heliotek (manufacturer: large wordmark 'Authorised Distributor' on top) and the customer Sasolburg Polymer Works (Pty) Ltd. Seller (issuer of the credit) = Karoo Office Supplies (Pty) Ltd.",
    fx={"dpi": 200, "grey": True},
)
def i15(name):
    P, (W, H) = Page(A4, name), A4
    orange = HexColor("#e2660f")
    c = P.c
    c.setFillColor(orange)
    c.circle(72, H - 70, 22, stroke=0, fill=1)
    P.t(104, H - 80, "HELIOTEK", "DV-B", 30, col=orange)
    P.t(104, H - 96, "AUTHORISED DISTRIBUTOR · PRINTERS & CONSUMABLES", "DV", 8, col=GREY)
    P.t(W - 50, H - 66, "CREDIT NOTE", "DV-B", 18, "r")
    inv_date = date(2026, 3, 20)
    P.t(50, H - 132, "Karoo Office Supplies (Pty) Ltd", "DV-B", 11)
    block(
        P,
        50,
        H - 146,
        [
            "Reg. No. 2011/114471/07 · VAT No. 4470118226",
            "17 Voortrekker Road, Bellville, Cape Town 7530",
            "Tel 021 948 4471 · accounts@karoo-office.co.za",
        ],
        sz=8,
    )
    yr = H - 132
    for k, v in [
        ("Credit note no.", "CN-004417"),
        ("Date", dfmt(inv_date, "%Y/%m/%d")),
        ("Original invoice", "INV-118220"),
        ("Account", "SPW001"),
    ]:
        P.t(W - 200, yr, k, "DV", 9, col=GREY)
        P.t(W - 50, yr, v, "DV", 9, "r")
        yr -= 14
    P.rect(50, H - 270, 260, 78, stroke=black)
    block(
        P,
        58,
        H - 208,
        [
            "Credit to:",
            "Sasolburg Polymer Works (Pty) Ltd",
            "VAT No. 4190447118",
            "Private Bag X11, Sasolburg 1947",
        ],
        sz=9,
        first="DV-B",
    )
    P.t(
        50,
        H - 300,
        "Reason: goods returned – wrong model delivered (delivery note DN-77120)",
        "DV",
        9,
    )
    its = items(
        [
            ("Heliotek LX-4400dn mono laser printer", -2, "6850.00"),
            ("Heliotek TN-44X toner cartridge, high yield", -6, "1245.00"),
            ("Delivery charge reversed", -1, "350.00"),
        ]
    )
    cols = [(54, "l"), (360, "r"), (450, "r"), (W - 54, "r")]
    rows = [
        [i.description, qstr(i.quantity), "R " + money(i.unit_price), "R " + money(i.amount)]
        for i in its
    ]
    y = table(
        P,
        H - 330,
        cols,
        ["Description", "Qty", "Unit price", "Amount excl. VAT"],
        rows,
        sz=9,
        hfill=LIGHT,
        x0=50,
        x1=W - 50,
    )
    net = total_of(its)
    vat = q2(net * D("0.15"))
    tot = net + vat
    y = totals(
        P,
        W - 150,
        W - 54,
        y - 10,
        [
            ("Total excl. VAT", "R " + money(net)),
            ("VAT 15%", "R " + money(vat)),
            ("TOTAL CREDIT", "R " + money(tot), True),
        ],
        sz=10,
    )
    P.para(
        50,
        y - 10,
        "This credit will be set off against your next statement. Heliotek and the Heliotek logo are trademarks of Heliotek Imaging Co., Ltd., used by Karoo Office Supplies (Pty) Ltd as an authorised distributor.",
        W - 100,
        "DV",
        8,
        col=GREY,
    )
    P.t(
        W / 2,
        50,
        "Directors: N. Botha, S. Pillay · Banking: FNB Bellville, acc. 62447118226, branch 250655",
        "DV",
        7,
        "c",
        GREY,
    )
    truth = make_truth(
        number="CN-004417",
        inv_date=inv_date,
        due=None,
        vendor="Karoo Office Supplies (Pty) Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="ZAR",
        locale="en-ZA",
        layout="invoice",
        dtype="credit_note",
        its=its,
        note="Credit note with negative amounts; the manufacturer's wordmark is the biggest thing on the page; the distributor (issuer) is below it; references the original invoice number.",
    )
    return P.pdf(), truth


@doc(
    "i16",
    "photo",
    "Poland",
    "VAT invoice with seller, buyer and separate recipient",
    "Grupa Handlowa Orzeł S.A. (Nabywca = buyer, with its big eagle-style wordmark in the buyer box) and Orzeł Market sklep nr 112 (Odbiorca = recipient). Seller = Sprzedawca: Zakład Poligraficzny Nowak Sp. z o.o.",
)
def i16(name):
    P, (W, H) = Page(A4, name), A4
    P.t(W / 2, H - 60, "Faktura VAT nr FV/2026/03/0218", "DV-B", 15, "c")
    inv_date, due = date(2026, 3, 12), date(2026, 3, 26)
    P.t(
        W / 2,
        H - 78,
        f"Data wystawienia: {dfmt(inv_date, '%Y-%m-%d')}   Data sprzedaży: 2026-03-11   Miejsce: Poznań",
        "DV",
        8.5,
        "c",
    )
    P.rect(40, H - 210, 250, 112, stroke=black)
    P.rect(305, H - 210, 250, 112, stroke=black)
    P.t(48, H - 114, "Sprzedawca", "DV-B", 9, col=GREY)
    block(
        P,
        48,
        H - 130,
        [
            "Zakład Poligraficzny Nowak Sp. z o.o.",
            "ul. Głogowska 118",
            "60-244 Poznań",
            "NIP 779-244-71-18",
            "Bank Wielkopolski S.A.",
            "PL 61 1090 1014 0000 0712 1981 2874",
        ],
        sz=8.5,
        first="DV-B",
    )
    red = HexColor("#b3001b")
    P.t(313, H - 114, "Nabywca", "DV-B", 9, col=GREY)
    P.t(313, H - 138, "ORZEŁ", "DV-B", 20, col=red)
    block(
        P,
        313,
        H - 156,
        ["Grupa Handlowa Orzeł S.A.", "ul. Marynarska 15, 02-674 Warszawa", "NIP 521-447-11-82"],
        sz=8.5,
        first="DV-B",
    )
    P.t(
        40,
        H - 228,
        "Odbiorca: Orzeł Market sklep nr 112, ul. Bukowska 285, 60-189 Poznań",
        "DV",
        8.5,
    )
    its = items(
        [
            ("Ulotki A5 4+4, kreda 135 g", 20000, "0.09"),
            ("Plakaty B1 4+0, papier 150 g", 150, "4.20"),
            ("Wobblery PCV 0,5 mm z wykrojnikiem", 800, "1.35"),
            ("Projekt i przygotowanie do druku", 1, "450.00"),
        ]
    )
    cols = [(44, "l"), (70, "l"), (330, "r"), (365, "l"), (440, "r"), (W - 44, "r")]
    rows = [
        [
            str(k + 1),
            i.description,
            money(i.quantity, "fr", 0),
            "szt.",
            money(i.unit_price, "nosepc"),
            money(i.amount, "fr"),
        ]
        for k, i in enumerate(its)
    ]
    y = table(
        P,
        H - 260,
        cols,
        ["Lp.", "Nazwa towaru / usługi", "Ilość", "J.m.", "Cena netto", "Wartość netto"],
        rows,
        sz=8.5,
        hfill=LIGHT,
        x0=40,
        x1=W - 40,
    )
    net = total_of(its)
    vat = q2(net * D("0.23"))
    tot = net + vat
    y = table(
        P,
        y - 10,
        [(300, "l"), (400, "r"), (460, "r"), (W - 44, "r")],
        ["Stawka VAT", "Netto", "VAT", "Brutto"],
        [
            ["23%", money(net, "fr"), money(vat, "fr"), money(tot, "fr")],
            ["Razem", money(net, "fr"), money(vat, "fr"), money(tot, "fr")],
        ],
        sz=8.5,
        x0=296,
        x1=W - 40,
    )
    P.t(40, y - 10, f"Do zapłaty: {money(tot, 'fr')} PLN", "DV-B", 12)
    P.t(
        40,
        y - 30,
        f"Sposób płatności: przelew   Termin płatności: {dfmt(due, '%Y-%m-%d')} (14 dni)",
        "DV",
        9,
    )
    P.line(60, 110, 230, 110, lw=0.4)
    P.line(W - 230, 110, W - 60, 110, lw=0.4)
    P.t(145, 98, "Osoba upoważniona do odbioru", "DV", 7.5, "c", GREY)
    P.t(W - 145, 98, "Osoba upoważniona do wystawienia", "DV", 7.5, "c", GREY)
    truth = make_truth(
        number="FV/2026/03/0218",
        inv_date=inv_date,
        due=due,
        vendor="Zakład Poligraficzny Nowak Sp. z o.o.",
        amount=net,
        vat=vat,
        total=tot,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        dtype="invoice",
        its=its,
        note="Three parties: Sprzedawca (seller), Nabywca (a large S.A. with a big red wordmark) and Odbiorca (store); the buyer's wordmark is the largest name on the page.",
    )
    return P.pdf(), truth


# ---------------------------------------------------------------- receipts


def _logo_burger(c, x, y, w, h):
    c.setFillColor(HexColor("#d9381e"))
    c.wedge(x + w / 2 - 22, y + 4, x + w / 2 + 22, y + h + 24, 0, 180, stroke=0, fill=1)
    c.rect(x + w / 2 - 22, y, 44, 6, stroke=0, fill=1)
    c.setFillColor(black)


@doc(
    "r01",
    "photo",
    "United States",
    "fast-food franchise receipt",
    "Burger Barn (brand, big on top) and Burger Barn Systems, Inc. (franchisor, licence line at the bottom). Seller = franchisee Lakeshore Restaurant Group LLC ('independently owned & operated by'); the operating company is keyed, not the brand.",
)
def r01(name):
    r = Roll(76)
    r.draw(_logo_burger, 26)
    r.c("BURGER BARN", "DV-B", 18, 1.2)
    r.c("Store #1142", "DVM", 8)
    r.c("2210 N Clark St, Chicago IL 60614", "DVM", 7.5)
    r.c("(773) 555-0198", "DVM", 7.5)
    r.rule()
    inv_date = date(2026, 1, 23)
    r.lr("Order #47", "Dine In", "DVM-B", 9)
    r.lr(dfmt(inv_date, "%m/%d/%Y") + " 12:37 PM", "Reg 2", "DVM", 7.5)
    r.lr("Receipt# 220418", "Cashier: Dee", "DVM", 7.5)
    r.rule()
    its = items(
        [
            ("Double Barn Burger Meal", 1, "11.49"),
            ("Crispy Chicken Sandwich", 1, "6.79"),
            ("Lg Fries", 1, "3.29"),
            ("Kids Meal Nuggets", 1, "5.49"),
            ("Shake Vanilla Md", 2, "3.99"),
        ]
    )
    for i in its:
        r.cols(
            [(qstr(i.quantity), 0, "l"), (i.description, 0.1, "l"), (money(i.amount), 1, "r")],
            "DVM",
            7.5,
        )
    net = total_of(its)
    tax = q2(net * D("0.1175"))
    tot = net + tax
    r.rule()
    r.lr("Subtotal", money(net))
    r.lr("Tax 11.75%", money(tax))
    r.lr("TOTAL", "$" + money(tot), "DVM-B", 10)
    r.lr("VISA ************8812", money(tot), "DVM", 7.5)
    r.lr("AUTH 004471  CHIP", "", "DVM", 7.5)
    r.rule()
    r.c("Tell us how we did!", "DVM", 7.5)
    r.c("barnsurvey.com  code 1142-0123-47", "DVM", 7)
    r.gap(6)
    r.wrap(
        "This restaurant is independently owned & operated by Lakeshore Restaurant Group LLC under license from Burger Barn Systems, Inc.",
        "DVM",
        6.5,
    )
    truth = make_truth(
        number="220418",
        inv_date=inv_date,
        due=None,
        vendor="Lakeshore Restaurant Group LLC",
        amount=net,
        vat=tax,
        total=tot,
        currency="USD",
        locale="en-US",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Brand huge on top; the operating franchisee is only in the 6.5 pt licence line at the bottom, next to the franchisor; order #47 vs receipt number.",
    )
    return r.render(name), truth


@doc(
    "r02",
    "scan",
    "Singapore",
    "airport café concession",
    "Bean There Coffee (brand), Changi Airport (the location / landlord, printed with terminal and unit) and the POS brand. Seller = Sunrise F&B Concessions Pte Ltd (with GST registration number).",
    fx={"dpi": 300, "grey": True, "width": 650},
)
def r02(name):
    r = Roll(80)
    r.c("BEAN THERE", "DVS-B", 17, 1.2)
    r.c("C O F F E E", "DVS", 9)
    r.gap(3)
    r.c("Changi Airport T3 Departure Transit", "DV", 7.5)
    r.c("Unit #02-27, Singapore 819663", "DV", 7.5)
    r.c("Sunrise F&B Concessions Pte Ltd", "DV", 7.5)
    r.c("GST Reg No: 201812247K", "DV", 7.5)
    r.rule(False)
    r.c("TAX INVOICE", "DV-B", 9)
    inv_date = date(2026, 2, 6)
    r.lr("Inv No: T3C-0206-00931", "POS 02", "DV", 7.5)
    r.lr(dfmt(inv_date, "%d/%m/%Y") + " 06:52", "Staff: Wei Ling", "DV", 7.5)
    r.rule(False)
    its = items(
        [
            ("Flat White (L)", 2, "7.30"),
            ("Kaya Butter Croissant", 1, "5.90"),
            ("Iced Long Black (M)", 1, "6.40"),
            ("Banana Walnut Loaf", 1, "4.80"),
        ]
    )
    for i in its:
        r.lr(f"{qstr(i.quantity)} x {i.description}", money(i.amount), "DV", 8)
    tot = total_of(its)
    gst = incl_vat(tot, 9)
    r.rule(False)
    r.lr("Total (incl. GST)", "S$" + money(tot), "DV-B", 9.5)
    r.lr("GST 9% included", money(gst), "DV", 7.5)
    r.lr("Amount excl. GST", money(tot - gst), "DV", 7.5)
    r.lr("Mastercard contactless", money(tot), "DV", 7.5)
    r.rule(False)
    r.c("Thank you & have a pleasant flight!", "DV-I", 7.5)
    truth = make_truth(
        number="T3C-0206-00931",
        inv_date=inv_date,
        due=None,
        vendor="Sunrise F&B Concessions Pte Ltd",
        amount=tot - gst,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Airport concession: coffee brand big, airport named with terminal, the concession company in small type under it; GST-inclusive prices.",
    )
    return r.render(name), truth


def _rksv(name):
    def fn(c, x, y, w, h):
        qr(c, x + w / 2 - h / 2, y, h, rng_for(name + "qr"))

    return fn


@doc(
    "r03",
    "pdf",
    "Austria",
    "branded petrol station run by a local operator",
    "TANKO (fuel brand, big on top) and TANKO Austria GmbH (brand owner and fuel-card issuer, footer). Seller = the station operator Hofer Mineralöl GmbH & Co KG ('Betreiber').",
)
def r03(name):
    r = Roll(80)
    r.c("TANKO", "DV-B", 24, 1.2)
    r.c("Tankstelle Wels-Nord", "DV-B", 9)
    r.c("Salzburger Straße 214, 4600 Wels", "DV", 7.5)
    r.c("Betreiber: Hofer Mineralöl GmbH & Co KG", "DV", 7.5)
    r.c("UID ATU 64471180 · FN 224471 k", "DV", 7.5)
    r.rule()
    inv_date = date(2026, 3, 2)
    r.lr("Beleg-Nr. 2026-118447", dfmt(inv_date, "%d.%m.%Y") + " 17:08", "DVM", 7.5)
    r.lr("Kassa 1", "Bed.: 04", "DVM", 7.5)
    r.rule()
    fuel = items([("Super 95  Säule 6", "41.32", "1.639")])
    shop = items([("Kaffee groß", 1, "3.40"), ("Scheibenreiniger Sommer 3 l", 1, "6.99")])
    f = fuel[0]
    r.left(f.description, "DVM", 8)
    r.lr(
        f"  {money(f.quantity, 'de')} l x {money(f.unit_price, 'de', 3)} €/l",
        money(f.amount, "de") + " A",
        "DVM",
        8,
    )
    for i in shop:
        r.lr(i.description, money(i.amount, "de") + " A", "DVM", 8)
    its = fuel + shop
    tot = total_of(its)
    vat = incl_vat(tot, 20)
    r.rule()
    r.lr("SUMME EUR", money(tot, "de"), "DVM-B", 11)
    r.lr("Bankomat", money(tot, "de"), "DVM", 8)
    r.gap(3)
    r.lr("MwSt  Satz   Netto     Steuer", "", "DVM", 7)
    r.lr(f"A     20%    {money(tot - vat, 'de')}     {money(vat, 'de')}", "", "DVM", 7)
    r.gap(4)
    r.draw(_rksv(name), 70)
    r.c("Kassen-ID: WELS-N-01 · Sig.: RKSV", "DVM", 6.5)
    r.gap(3)
    r.wrap(
        "TANKO card Punkte heute: 57. TANKO ist eine Marke der TANKO Austria GmbH, Wien. Die Station wird selbständig betrieben.",
        "DV",
        6.5,
    )
    truth = make_truth(
        number="2026-118447",
        inv_date=inv_date,
        due=None,
        vendor="Hofer Mineralöl GmbH & Co KG",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-AT",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Petrol brand huge on top, brand owner in the footer; the seller is the 'Betreiber' GmbH & Co KG; fuel line with 3-decimal unit price; RKSV QR.",
    )
    return r.render(name), truth


@doc(
    "r04",
    "pdf",
    "Belgium",
    "shop-in-shop stand in a department store",
    "Galeries du Sablon (the department store whose name heads the receipt) and its operator Sablon Retail SA (named as host). Seller = Chocolaterie Verhaeghe BV (the stand's operator, with its own VAT number).",
)
def r04(name):
    r = Roll(80)
    r.c("GALERIES DU SABLON", "DVS-B", 13, 1.2)
    r.c("Rue de la Régence 31 · 1000 Bruxelles", "DVS", 7.5)
    r.rule(False)
    r.c("Stand 0.14 — Rez-de-chaussée", "DVS", 8)
    r.c("Chocolaterie Verhaeghe BV", "DVS-B", 9.5)
    r.c("Kortrijksesteenweg 88, 8500 Kortrijk", "DVS", 7.5)
    r.c("TVA BE 0447.118.226", "DVS", 7.5)
    r.rule(False)
    inv_date = date(2026, 2, 13)
    r.lr("Ticket 14-004712", dfmt(inv_date, "%d/%m/%Y") + " 15:21", "DVS", 7.5)
    r.gap(2)
    its = items(
        [
            ("Ballotin pralines 500 g", 1, "32.50"),
            ("Tablette noir 72 % 100 g", 3, "4.90"),
            ("Mendiants assortis 250 g", 1, "14.80"),
            ("Coffret Saint-Valentin", 1, "24.00"),
        ]
    )
    for i in its:
        r.left(i.description, "DVS", 8)
        r.lr(
            f"   {qstr(i.quantity)} x {money(i.unit_price, 'de')}",
            money(i.amount, "de") + " B",
            "DVS",
            8,
        )
    tot = total_of(its)
    vat = incl_vat(tot, 6)
    r.rule(False)
    r.lr("TOTAL EUR", money(tot, "de"), "DVS-B", 11)
    r.lr("Bancontact", money(tot, "de"), "DVS", 8)
    r.gap(3)
    r.lr("B  TVA 6 %  base " + money(tot - vat, "de"), "TVA " + money(vat, "de"), "DVS", 7)
    r.gap(4)
    r.wrap(
        "Galeries du Sablon est exploité par Sablon Retail SA. Les stands sont tenus par des commerçants indépendants qui émettent leurs propres tickets.",
        "DVS",
        6.5,
    )
    truth = make_truth(
        number="14-004712",
        inv_date=inv_date,
        due=None,
        vendor="Chocolaterie Verhaeghe BV",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-BE",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Shop-in-shop: department store name heads the ticket and its operating SA is in the footer; the stand operator BV is in the middle with its own VAT number.",
    )
    return r.render(name), truth


@doc(
    "r05",
    "photo",
    "Turkey",
    "market stall under the market's name",
    "Kadıköy Çarşı Pazarı (the market hall whose name heads the slip; its management company Kadıköy Pazar İşletmeleri A.Ş. is named at the bottom) and the POS/ÖKC maker line. Seller = the stall holder Yılmaz Kuruyemiş – Ahmet Yılmaz (sole trader with tax office and VKN).",
)
def r05(name):
    r = Roll(58, 3)
    r.c("KADIKÖY ÇARŞI PAZARI", "DVM-B", 9.5)
    r.c("Tezgah No: 47", "DVM", 7.5)
    r.rule()
    r.c("YILMAZ KURUYEMİŞ", "DVM-B", 9)
    r.c("Ahmet Yılmaz", "DVM", 7.5)
    r.c("Güneşlibahçe Sk. No:12", "DVM", 7)
    r.c("Kadıköy / İstanbul", "DVM", 7)
    r.c("Kadıköy V.D. 9480447118", "DVM", 7)
    r.rule()
    inv_date = date(2026, 3, 7)
    r.lr(dfmt(inv_date, "%d.%m.%Y"), "SAAT 11:46", "DVM", 7)
    r.lr("FİŞ NO: 0318", "Z NO: 0412", "DVM", 7)
    its = items(
        [
            ("ANTEP FISTIĞI", "0.500", "1480.00"),
            ("KAVRULMUŞ FINDIK", "0.750", "720.00"),
            ("KURU KAYISI", "1.000", "340.00"),
            ("LOKUM KARIŞIK", "0.400", "450.00"),
        ]
    )
    for i in its:
        r.left(f"{money(i.quantity, 'de', 3)} KG X {money(i.unit_price, 'de')}", "DVM", 7)
        r.lr(i.description, "%1 *" + money(i.amount, "de"), "DVM", 7)
    tot = total_of(its)
    vat = incl_vat(tot, 1)
    r.rule()
    r.lr("TOPKDV", "*" + money(vat, "de"), "DVM", 7.5)
    r.lr("TOPLAM", "*" + money(tot, "de"), "DVM-B", 9.5)
    r.lr("NAKİT", "*" + money(tot, "de"), "DVM", 7.5)
    r.rule()
    r.c("MALİ MÜHÜR", "DVM", 7)
    r.c("EKÜ NO: 0001  MF JH 2070044718", "DVM", 6.5)
    r.gap(3)
    r.wrap("Pazar yönetimi: Kadıköy Pazar İşletmeleri A.Ş.", "DVM", 6)
    truth = make_truth(
        number="0318",
        inv_date=inv_date,
        due=None,
        vendor="YILMAZ KURUYEMİŞ",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="TRY",
        locale="tr-TR",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Market hall name on top and its A.Ş. management at the bottom; the stall trader is in the middle (trade name plus owner's name); weighed goods; KDV 1% included.",
    )
    return r.render(name), truth


@doc(
    "r06",
    "scan",
    "Portugal",
    "hotel restaurant",
    "Restaurante Maré (the restaurant brand, big) and Hotel Atlântico Cascais (the hotel it sits in), plus the certified-software line. Seller = Atlântico Hotelaria, S.A. (the hotel's operating company that issues the fatura, with NIF).",
    fx={"dpi": 250, "grey": True, "ext": ".jpg", "fade": 0.25},
)
def r06(name):
    r = Roll(80)
    r.c("MARÉ", "DVS-B", 22, 1.2)
    r.c("restaurante · bar", "DVS-I", 8)
    r.c("no Hotel Atlântico Cascais", "DVS", 8)
    r.gap(2)
    r.c("Atlântico Hotelaria, S.A.", "DVM", 7.5)
    r.c("Av. Marginal 7589, 2750-427 Cascais", "DVM", 7)
    r.c("NIF 509447118 · Cap. Soc. 2.500.000 EUR", "DVM", 7)
    r.rule()
    inv_date = date(2026, 2, 18)
    r.c("FATURA SIMPLIFICADA FS 2026/004471", "DVM-B", 8)
    r.lr(dfmt(inv_date, "%Y-%m-%d") + " 21:55", "Mesa 12", "DVM", 7.5)
    r.lr("Contribuinte: consumidor final", "", "DVM", 7)
    r.rule()
    rows = [
        ("Polvo à lagareiro", 1, "24.50", 13),
        ("Arroz de marisco (2 pax)", 1, "46.00", 13),
        ("Pão e manteiga", 2, "2.50", 13),
        ("Vinho branco Alvarinho", 1, "29.00", 23),
        ("Água 75 cl", 1, "3.50", 13),
        ("Café", 2, "1.80", 13),
    ]
    its = items([(d, q, u) for d, q, u, _ in rows])
    for i, (*_, rate) in zip(its, rows, strict=True):
        r.lr(f"{qstr(i.quantity)} {i.description}", f"{money(i.amount, 'de')} {rate}%", "DVM", 7.5)
    g13 = sum((i.amount for i, row in zip(its, rows, strict=True) if row[3] == 13), Decimal(0))
    g23 = sum((i.amount for i, row in zip(its, rows, strict=True) if row[3] == 23), Decimal(0))
    v13, v23 = incl_vat(g13, 13), incl_vat(g23, 23)
    tot, vat = g13 + g23, v13 + v23
    r.rule()
    r.lr("TOTAL", money(tot, "de") + " EUR", "DVM-B", 11)
    r.lr(f"IVA 13%  inc. {money(g13 - v13, 'de')}", money(v13, "de"), "DVM", 7)
    r.lr(f"IVA 23%  inc. {money(g23 - v23, 'de')}", money(v23, "de"), "DVM", 7)
    r.lr("Multibanco", money(tot, "de"), "DVM", 7.5)
    r.gap(4)
    r.draw(_rksv(name), 64)
    r.c("ATCUD: JJ7K4P2M-4471", "DVM", 7)
    r.c("hA7x-Processado por programa certificado n.º 2214/AT", "DVM", 6)
    truth = make_truth(
        number="FS 2026/004471",
        inv_date=inv_date,
        due=None,
        vendor="Atlântico Hotelaria, S.A.",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="pt-PT",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Hotel restaurant: restaurant brand big, hotel name under it, and the issuing hotel company S.A. smaller; two IVA rates included; ATCUD and QR.",
    )
    return r.render(name), truth


def _oslo_logo(c, x, y, w, h):
    c.setStrokeColor(black)
    c.setLineWidth(1.2)
    c.rect(x + w / 2 - 14, y, 28, h, stroke=1, fill=0)
    c.line(x + w / 2 - 14, y + h * 0.55, x + w / 2 + 14, y + h * 0.55)
    c.circle(x + w / 2, y + h * 0.3, 5, stroke=1, fill=0)


@doc(
    "r07",
    "photo",
    "Norway",
    "on-street parking receipt for a city, run by a contractor",
    "Oslo kommune / Bymiljøetaten (the city: coat-of-arms shape and name on top, it owns the zone). Seller = ParkNord AS (the operator that collects the fee and issues the receipt, with org.nr MVA).",
)
def r07(name):
    r = Roll(58, 3)
    r.draw(_oslo_logo, 30)
    r.c("OSLO KOMMUNE", "DV-B", 10)
    r.c("Bymiljøetaten", "DV", 7.5)
    r.rule()
    r.c("PARKERINGSKVITTERING", "DV-B", 8)
    inv_date = date(2026, 1, 14)
    r.lr("Sone", "2204 Tøyen", "DV", 7.5)
    r.lr("Automat", "P-4471", "DV", 7.5)
    r.lr("Reg.nr", "EV 41182", "DV-B", 8)
    r.lr("Start", dfmt(inv_date, "%d.%m.%Y") + " 09:12", "DV", 7.5)
    r.lr("Utløper", dfmt(inv_date, "%d.%m.%Y") + " 11:12", "DV-B", 8)
    r.rule()
    its = items([("Parkering 2 t à 37,00", 2, "37.00")])
    tot = total_of(its)
    vat = incl_vat(tot, 25)
    r.lr("Å betale", "NOK " + money(tot, "de"), "DV-B", 9)
    r.lr("herav mva 25 %", money(vat, "de"), "DV", 7)
    r.lr("Betalt", "Bankkort", "DV", 7)
    r.lr("Kvitt.nr", "PN-0114-7729", "DV", 7)
    r.rule()
    r.wrap(
        "Parkeringsdrift levert av ParkNord AS, Org.nr 918 447 102 MVA, Postboks 4471 Nydalen, 0405 Oslo, på oppdrag fra Oslo kommune.",
        "DV",
        6.5,
    )
    truth = make_truth(
        number="PN-0114-7729",
        inv_date=inv_date,
        due=None,
        vendor="ParkNord AS",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="NOK",
        locale="nb-NO",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="City name and department on top; the contractor that sells the parking and issues the receipt is only in the small print ('på oppdrag fra Oslo kommune').",
    )
    return r.render(name), truth


@doc(
    "r08",
    "pdf",
    "Czechia",
    "vending machine e-receipt in a hospital",
    "Fakultní nemocnice Brno (the site where the machine stands, named on top) and VENDIKO (machine brand). Seller = the vending operator Automaty Novák s.r.o. (IČO, DIČ).",
)
def r08(name):
    r = Roll(58, 3)
    r.c("VENDIKO", "DVC-B", 14, 1.2)
    r.c("Fakultní nemocnice Brno", "DVC", 8)
    r.c("pavilon H, 2. patro – automat č. 0417", "DVC", 7)
    r.rule()
    r.c("Automaty Novák s.r.o.", "DVC-B", 8)
    r.c("Vídeňská 118, 639 00 Brno", "DVC", 7)
    r.c("IČO 27144712  DIČ CZ27144712", "DVC", 7)
    r.rule()
    inv_date = date(2026, 2, 2)
    r.lr("Účtenka č.", "0417-26-011482", "DVC", 7.5)
    r.lr("Datum", dfmt(inv_date, "%d.%m.%Y") + " 14:03", "DVC", 7.5)
    its = items(
        [
            ("Bageta šunka-sýr", 1, "69.00"),
            ("Minerální voda 0,5 l", 1, "29.00"),
            ("Káva latte", 1, "38.00"),
        ]
    )
    for i in its:
        r.lr(i.description, money(i.amount, "de") + " Kč", "DVC", 8)
    tot = total_of(its)
    vat = incl_vat(tot, 12)
    r.rule()
    r.lr("Celkem", money(tot, "de") + " Kč", "DVC-B", 10)
    r.lr("Základ DPH 12 %", money(tot - vat, "de"), "DVC", 7)
    r.lr("DPH 12 %", money(vat, "de"), "DVC", 7)
    r.lr("Platba kartou", "VISA ****0912", "DVC", 7)
    r.gap(3)
    r.c("Děkujeme. Reklamace: 544 211 804", "DVC", 6.5)
    truth = make_truth(
        number="0417-26-011482",
        inv_date=inv_date,
        due=None,
        vendor="Automaty Novák s.r.o.",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="CZK",
        locale="cs-CZ",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Machine brand on top and the hospital named as location; the vending operator s.r.o. in the middle; machine number in the receipt number.",
    )
    return r.render(name), truth


@doc(
    "r09",
    "scan",
    "Philippines",
    "fast-food franchise in a mall (official receipt)",
    "Chikabee (brand), SM City Cebu (mall branch location) and Ace POS Systems Inc. (POS supplier with accreditation number at the bottom). Seller = Golden Harvest Foods Corp. ('Owned & operated by', VAT REG TIN).",
    fx={"dpi": 220, "grey": True, "fade": 0.35},
)
def r09(name):
    r = Roll(76)
    r.c("CHIKABEE", "DV-B", 18, 1.2)
    r.c("SM City Cebu Branch", "DVM", 7.5)
    r.c("Owned & Operated by:", "DVM", 7)
    r.c("GOLDEN HARVEST FOODS CORP.", "DVM-B", 7.5)
    r.c("North Reclamation Area, Cebu City", "DVM", 7)
    r.c("VAT REG TIN: 009-447-118-000", "DVM", 7)
    r.c("MIN: 26011447118  SN: KX4471", "DVM", 6.5)
    r.rule()
    r.c("OFFICIAL RECEIPT", "DVM-B", 8.5)
    inv_date = date(2026, 3, 21)
    r.lr("OR No: 0004471", dfmt(inv_date, "%m/%d/%Y") + " 18:27", "DVM", 7)
    r.lr("Order: 118 DINE-IN", "Cashier: JOY", "DVM", 7)
    r.rule()
    its = items(
        [
            ("1pc Chikabee Fried w/ Rice", 2, "99.00"),
            ("Sweet-Style Spaghetti", 1, "70.00"),
            ("Burger Steak 2pc", 1, "125.00"),
            ("Peach Mango Pie", 2, "47.00"),
            ("Pineapple Juice L", 2, "68.00"),
        ]
    )
    for i in its:
        r.lr(f"{qstr(i.quantity)} {i.description}", money(i.amount), "DVM", 7.5)
    tot = total_of(its)
    vat = incl_vat(tot, 12)
    r.rule()
    r.lr("TOTAL DUE", "PHP " + money(tot), "DVM-B", 9.5)
    r.lr("CASH", money(D("1000.00")), "DVM", 7.5)
    r.lr("CHANGE", money(D("1000.00") - tot), "DVM", 7.5)
    r.gap(2)
    r.lr("VATable Sales", money(tot - vat), "DVM", 7)
    r.lr("VAT Amount (12%)", money(vat), "DVM", 7)
    r.lr("VAT-Exempt Sales", "0.00", "DVM", 7)
    r.lr("Zero-Rated Sales", "0.00", "DVM", 7)
    r.rule()
    r.c("THIS SERVES AS AN OFFICIAL RECEIPT", "DVM", 6.5)
    r.wrap(
        "POS Supplier: Ace POS Systems Inc., Mandaue City, TIN 221-118-447-000, Accred. No. 0412447118000021",
        "DVM",
        6,
    )
    truth = make_truth(
        number="0004471",
        inv_date=inv_date,
        due=None,
        vendor="GOLDEN HARVEST FOODS CORP.",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="PHP",
        locale="en-PH",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Brand and mall branch on top, the franchisee corporation under 'Owned & Operated by', and a second company (POS supplier with TIN) at the bottom; cash and change lines.",
    )
    return r.render(name), truth


@doc(
    "r10",
    "photo",
    "United Arab Emirates",
    "juice kiosk in a mall",
    "Marina Gate Mall (the mall: header and kiosk location) and Zest (kiosk brand). Seller = Al Noor Refreshments LLC (with TRN, 'Tax Invoice').",
)
def r10(name):
    r = Roll(80)
    r.c("MARINA GATE MALL", "DV", 9)
    r.c("Kiosk K-14 · Level 1", "DV", 7.5)
    r.gap(2)
    r.c("ZEST", "DV-B", 22, 1.2)
    r.c("fresh juice bar", "DV-I", 8)
    r.rule(False)
    r.c("Al Noor Refreshments LLC", "DV-B", 8)
    r.c("Dubai Marina, Dubai, UAE", "DV", 7)
    r.c("TRN 100447118200003", "DV", 7)
    r.c("TAX INVOICE", "DV-B", 9)
    inv_date = date(2026, 1, 31)
    r.lr("Invoice # ZK14-26-03371", "", "DV", 7.5)
    r.lr(dfmt(inv_date, "%d-%b-%Y") + " 19:44", "Cashier 3", "DV", 7.5)
    r.rule(False)
    its = items(
        [
            ("Avocado Date Smoothie", 2, "28.00"),
            ("Fresh Orange 400ml", 1, "19.00"),
            ("Acai Bowl Regular", 1, "36.00"),
            ("Extra Protein Scoop", 1, "6.00"),
        ]
    )
    for i in its:
        r.cols(
            [(qstr(i.quantity), 0, "l"), (i.description, 0.08, "l"), (money(i.amount), 1, "r")],
            "DV",
            8,
        )
    tot = total_of(its)
    vat = incl_vat(tot, 5)
    r.rule(False)
    r.lr("Total Excl. VAT", "AED " + money(tot - vat), "DV", 8)
    r.lr("VAT 5%", "AED " + money(vat), "DV", 8)
    r.lr("Total Incl. VAT", "AED " + money(tot), "DV-B", 10)
    r.lr("Apple Pay", money(tot), "DV", 7.5)
    r.rule(False)
    r.c("Thank you · see you soon", "DV", 8)
    truth = make_truth(
        number="ZK14-26-03371",
        inv_date=inv_date,
        due=None,
        vendor="Al Noor Refreshments LLC",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="AED",
        locale="en-AE",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Mall name as the first line, kiosk brand big, operating LLC with TRN below; VAT-inclusive prices with the net printed.",
    )
    return r.render(name), truth


@doc(
    "r11",
    "imgpdf",
    "Kenya",
    "convenience-store franchise",
    "DukaPlus (franchise brand, big) and DukaPlus Franchising Kenya Ltd (franchisor, footer); Safaricom M-PESA named as the payment channel. Seller = franchisee Wanjiru Enterprises Ltd (with KRA PIN).",
    fx={"dpi": 250, "grey": True, "fade": 0.2},
)
def r11(name):
    r = Roll(80)
    r.c("DUKAPLUS", "DV-B", 20, 1.2)
    r.c("Kilimani · Argwings Kodhek Rd", "DV", 7.5)
    r.c("Franchise store operated by", "DV", 7)
    r.c("Wanjiru Enterprises Ltd", "DV-B", 8)
    r.c("PIN P051447118K", "DV", 7)
    r.rule()
    inv_date = date(2026, 3, 3)
    r.lr("Receipt No: KLM-2-118804", "", "DVM", 7.5)
    r.lr(dfmt(inv_date, "%d/%m/%Y") + " 08:15", "Till 2", "DVM", 7.5)
    r.rule()
    its = items(
        [
            ("Brookside Milk 500ml", 2, "65.00"),
            ("Festive White Bread 600g", 1, "75.00"),
            ("Kabras Sugar 1kg", 1, "190.00"),
            ("Ketepa Tea Bags 100s", 1, "295.00"),
            ("Geisha Soap 3x225g", 1, "245.00"),
        ]
    )
    for i in its:
        r.left(i.description, "DVM", 7.5)
        r.lr(f"  {qstr(i.quantity)} @ {money(i.unit_price)}", money(i.amount) + " A", "DVM", 7.5)
    tot = total_of(its)
    vat = incl_vat(tot, 16)
    r.rule()
    r.lr("TOTAL KES", money(tot), "DVM-B", 10)
    r.lr("M-PESA", money(tot), "DVM", 7.5)
    r.lr("M-PESA Ref", "TC31K4X9QZ", "DVM", 7)
    r.gap(2)
    r.lr("A-16% Taxable", money(tot - vat), "DVM", 7)
    r.lr("VAT 16%", money(vat), "DVM", 7)
    r.gap(2)
    r.c("KRA eTIMS  CU SN: KRACU0400044711", "DVM", 6.5)
    r.c("CU Inv No: 0400044711/118804", "DVM", 6.5)
    r.draw(_rksv(name), 60)
    r.wrap(
        "DukaPlus is a trademark of DukaPlus Franchising Kenya Ltd. This store is independently owned.",
        "DV",
        6.5,
    )
    truth = make_truth(
        number="KLM-2-118804",
        inv_date=inv_date,
        due=None,
        vendor="Wanjiru Enterprises Ltd",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="KES",
        locale="en-KE",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Franchise brand big, franchisee Ltd under 'operated by', franchisor in the footer; M-PESA reference and eTIMS control-unit invoice number as distractors.",
    )
    return r.render(name), truth


@doc(
    "r12",
    "photo",
    "Argentina",
    "bakery franchise (Factura B)",
    "La Espiga (bakery chain brand) and Panificadora La Espiga S.A. (franchisor, trademark line). Seller = franchisee Horneros del Sur S.R.L. (CUIT, IVA Responsable Inscripto).",
)
def r12(name):
    r = Roll(76)
    r.c("La Espiga", "DVS-B", 20, 1.2)
    r.c("panadería · confitería", "DVS-I", 8)
    r.rule()
    r.c("HORNEROS DEL SUR S.R.L.", "DVM-B", 7.5)
    r.c("CUIT 30-71447118-4", "DVM", 7)
    r.c("Av. Colón 1180 - Mar del Plata", "DVM", 7)
    r.c("IVA RESPONSABLE INSCRIPTO", "DVM", 7)
    r.c("Inicio de actividades: 03/2015", "DVM", 6.5)
    r.rule()
    r.c("FACTURA B  (Cód. 006)", "DVM-B", 8.5)
    inv_date = date(2026, 2, 28)
    r.lr("Nro. 0004-00044712", dfmt(inv_date, "%d/%m/%Y"), "DVM", 7.5)
    r.left("A CONSUMIDOR FINAL", "DVM", 7)
    r.rule()
    its = items(
        [
            ("Medialunas manteca (doc.)", 2, "6800.00"),
            ("Pan francés kg", "1.5", "3900.00"),
            ("Torta rogel chica", 1, "14500.00"),
            ("Café con leche", 2, "3200.00"),
        ]
    )
    for i in its:
        r.left(f"{money(i.quantity, 'de', 3)} x {money(i.unit_price, 'de')}", "DVM", 7)
        r.lr(i.description, money(i.amount, "de"), "DVM", 7.5)
    tot = total_of(its)
    vat = incl_vat(tot, 21)
    r.rule()
    r.lr("TOTAL", "$" + money(tot, "de"), "DVM-B", 10)
    r.lr("Tarjeta de débito", money(tot, "de"), "DVM", 7)
    r.gap(2)
    r.left("Régimen de Transparencia Fiscal", "DVM", 6.5)
    r.left("al Consumidor (Ley 27.743)", "DVM", 6.5)
    r.lr("IVA contenido", "$" + money(vat, "de"), "DVM", 7)
    r.lr("Otros imp. nac. indirectos", "$0,00", "DVM", 7)
    r.gap(2)
    r.c("CAE 76094471180442  Vto. CAE: 10/03/2026", "DVM", 6.5)
    r.wrap(
        "La Espiga® marca registrada de Panificadora La Espiga S.A. Local franquiciado.", "DVM", 6.5
    )
    truth = make_truth(
        number="0004-00044712",
        inv_date=inv_date,
        due=None,
        vendor="HORNEROS DEL SUR S.R.L.",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="ARS",
        locale="es-AR",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Bakery brand big; franchisee S.R.L. with CUIT is the issuer; franchisor S.A. in the trademark line; 'IVA contenido' transparency line; CAE expiry date is not a due date.",
    )
    return r.render(name), truth


@doc(
    "r13",
    "pdf",
    "New Zealand",
    "airport food concession with cash rounding",
    "Kiwi Kitchen (brand) and Auckland Airport (location; its retail arm Auckland Airport Retail Ltd named as landlord in the footer). Seller = Tasman Hospitality Ltd (GST No).",
)
def r13(name):
    r = Roll(80)
    r.c("Kiwi Kitchen", "DVS-B", 18, 1.2)
    r.c("Auckland Airport · International Departures", "DV", 7.5)
    r.c("Gate 8 Food Hall", "DV", 7.5)
    r.rule(False)
    r.c("TAX INVOICE", "DV-B", 8.5)
    r.c("Tasman Hospitality Ltd  GST No 112-447-118", "DV", 7)
    inv_date = date(2026, 1, 9)
    r.lr("Inv 8-047712", dfmt(inv_date, "%d/%m/%Y") + " 05:41", "DV", 7.5)
    r.rule(False)
    its = items(
        [
            ("Mince & cheese pie", 1, "9.90"),
            ("Flat white regular", 1, "6.20"),
            ("Lamington", 1, "5.50"),
            ("Water 600ml", 1, "4.87"),
        ]
    )
    for i in its:
        r.lr(i.description, money(i.amount), "DV", 8)
    sub = total_of(its)
    vat = incl_vat(sub, 15)
    rounded = (sub / D("0.10")).quantize(Decimal("1"), ROUND_HALF_UP) * D("0.10")
    rounding = rounded - sub
    r.rule(False)
    r.lr("Subtotal", money(sub), "DV", 8)
    r.lr("Cash rounding", money(rounding), "DV", 8)
    r.lr("TOTAL NZD", money(rounded), "DV-B", 10)
    r.lr("Cash", "50.00", "DV", 8)
    r.lr("Change", money(D("50.00") - rounded), "DV", 8)
    r.lr("Incl. GST 15%", money(vat), "DV", 7.5)
    r.gap(4)
    r.wrap(
        "Kiwi Kitchen is operated by Tasman Hospitality Ltd under licence from Auckland Airport Retail Ltd.",
        "DV",
        6.5,
    )
    truth = make_truth(
        number="8-047712",
        inv_date=inv_date,
        due=None,
        vendor="Tasman Hospitality Ltd",
        amount=sub - vat,
        vat=vat,
        total=rounded,
        currency="NZD",
        locale="en-NZ",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Airport named with gate; operator Ltd in one small line under 'TAX INVOICE'; airport retail Ltd as licensor in the footer; cash rounding line (+) to 10 c; net not printed (amount = subtotal - GST).",
        rounding=rounding,
    )
    return r.render(name), truth


@doc(
    "r14",
    "scan",
    "Chile",
    "branded petrol station run by a local company (boleta electrónica)",
    "PetroAndes (fuel brand, big on top; 'Distribuidor mayorista' line) and the SII (tax office) in the stamp line. Seller = Comercial Los Robles SpA (RUT, giro).",
    fx={"dpi": 220, "grey": True, "ext": ".jpg", "fade": 0.3},
)
def r14(name):
    r = Roll(80)
    r.c("PETROANDES", "DV-B", 19, 1.2)
    r.c("Estación de Servicio Los Robles", "DV", 8)
    r.rule()
    r.c("COMERCIAL LOS ROBLES SPA", "DVM-B", 8)
    r.c("R.U.T.: 76.447.118-2", "DVM", 7.5)
    r.c("Giro: Venta de combustibles", "DVM", 7)
    r.c("Av. Los Robles 4471, Temuco", "DVM", 7)
    r.rule()
    r.c("BOLETA ELECTRÓNICA", "DVM-B", 9)
    r.c("N° 1144712", "DVM-B", 9)
    inv_date = date(2026, 3, 25)
    r.lr("Fecha: " + dfmt(inv_date, "%d-%m-%Y"), "Hora: 07:58", "DVM", 7.5)
    r.lr("Isla 3 / Manguera 2", "Turno 1", "DVM", 7.5)
    r.rule()
    fuel = items([("Gasolina 95", "32.441", "1289")], dec=0)
    shop = items([("Café americano", 1, "1900")], dec=0)
    f = fuel[0]
    r.left(f.description, "DVM", 8)
    r.lr(
        f"  {money(f.quantity, 'nosepc', 3)} L x ${money(f.unit_price, 'de', 0)}",
        "$" + money(f.amount, "de", 0),
        "DVM",
        8,
    )
    r.lr(shop[0].description, "$" + money(shop[0].amount, "de", 0), "DVM", 8)
    its = fuel + shop
    tot = total_of(its)
    vat = incl_vat(tot, 19, dec=0)
    r.rule()
    r.lr("TOTAL", "$" + money(tot, "de", 0), "DVM-B", 11)
    r.lr("Redcompra", "$" + money(tot, "de", 0), "DVM", 7.5)
    r.lr("El IVA de esta boleta es:", "$" + money(vat, "de", 0), "DVM", 7.5)
    r.gap(4)
    r.draw(lambda c, x, y, w, h: barcode(c, x + 6, y, w - 12, h, rng_for(name)), 36)
    r.c("Timbre Electrónico SII", "DVM", 6.5)
    r.c("Verifique documento: www.sii.cl", "DVM", 6.5)
    r.wrap(
        "PetroAndes es una marca de Distribuidora PetroAndes S.A., distribuidor mayorista. Estación operada por su concesionario.",
        "DV",
        6.5,
    )
    truth = make_truth(
        number="1144712",
        inv_date=inv_date,
        due=None,
        vendor="COMERCIAL LOS ROBLES SPA",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="CLP",
        locale="es-CL",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Fuel brand big on top and brand owner S.A. in the footer; the boleta issuer SpA in the middle with RUT; pesos without decimals; litres with decimal comma; only 'El IVA de esta boleta es' printed (net = total - IVA).",
        dec=0,
    )
    return r.render(name), truth


@doc(
    "r15",
    "photo",
    "Ireland",
    "bar & grill inside a hotel, with tip",
    "The Grand Liffey Hotel (the hotel: 'at the Grand Liffey Hotel') and Liffey Hotels DAC (hotel company, footer: room charges only). Seller = Lantern Hospitality Ltd (restaurant operator, VAT no).",
)
def r15(name):
    r = Roll(80)
    r.c("THE LANTERN", "DVS-B", 17, 1.2)
    r.c("Bar & Grill", "DVS-I", 9)
    r.c("at the Grand Liffey Hotel", "DVS", 8)
    r.c("Ormond Quay Upper, Dublin 7", "DVS", 7.5)
    r.rule()
    r.c("Lantern Hospitality Ltd · VAT IE 3447118TH", "DV", 7)
    inv_date = date(2026, 3, 17)
    r.lr("Bill 33-1947", dfmt(inv_date, "%d/%m/%Y") + " 22:10", "DV", 7.5)
    r.lr("Table 9 · Covers 2", "Server: Aoife", "DV", 7.5)
    r.rule()
    rows = [
        ("Seafood chowder", 2, "11.50", D("13.5")),
        ("Steak & Guinness pie", 1, "22.00", D("13.5")),
        ("Fish & chips", 1, "19.50", D("13.5")),
        ("Pint of stout", 3, "6.80", D("23")),
        ("Glass Sauvignon Blanc", 1, "9.50", D("23")),
    ]
    its = items([(d, q, u) for d, q, u, _ in rows])
    for i in its:
        r.lr(f"{qstr(i.quantity)} {i.description}", "€" + money(i.amount), "DV", 8)
    food = sum(
        (i.amount for i, row in zip(its, rows, strict=True) if row[3] == D("13.5")), Decimal(0)
    )
    drink = sum(
        (i.amount for i, row in zip(its, rows, strict=True) if row[3] == D("23")), Decimal(0)
    )
    vf, vd = incl_vat(food, "13.5"), incl_vat(drink, 23)
    sub, vat = food + drink, vf + vd
    tip = D("10.00")
    tot = sub + tip
    r.rule()
    r.lr("Subtotal", "€" + money(sub), "DV", 8.5)
    r.lr("Tip (card)", "€" + money(tip), "DV", 8.5)
    r.lr("TOTAL", "€" + money(tot), "DV-B", 10.5)
    r.lr("Visa contactless", "€" + money(tot), "DV", 7.5)
    r.gap(2)
    r.lr("VAT 13.5% incl.", "€" + money(vf), "DV", 7)
    r.lr("VAT 23% incl.", "€" + money(vd), "DV", 7)
    r.rule()
    r.wrap(
        "Room charges are billed by Liffey Hotels DAC on your hotel folio. The Lantern is operated by Lantern Hospitality Ltd.",
        "DV",
        6.5,
    )
    truth = make_truth(
        number="33-1947",
        inv_date=inv_date,
        due=None,
        vendor="Lantern Hospitality Ltd",
        amount=sub - vat,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="en-IE",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Restaurant brand inside a hotel; the operating Ltd vs the hotel DAC; two VAT rates included; card tip added (total includes the tip; amount = subtotal - VAT).",
        tip=tip,
    )
    return r.render(name), truth


@doc(
    "r16",
    "pdf",
    "Denmark",
    "pharmacy shop-in-shop in a supermarket, cash rounding",
    "MERKUR Supermarked (the host supermarket, big on top) and Merkur Detail A/S (its operator, footer). Seller = Valby Apotek v/ apoteker Mette Holm (the pharmacy counter, with its own CVR).",
)
def r16(name):
    r = Roll(80)
    r.c("MERKUR", "DV-B", 20, 1.2)
    r.c("Supermarked · Valby Langgade 118", "DV", 7.5)
    r.rule(False)
    r.c("Apoteksudsalg i butikken:", "DV", 7.5)
    r.c("Valby Apotek v/ apoteker Mette Holm", "DV-B", 8.5)
    r.c("Valby Langgade 62, 2500 Valby · CVR 14471180", "DV", 7)
    r.rule(False)
    inv_date = date(2026, 2, 24)
    r.lr("Bon nr. 52-7781", dfmt(inv_date, "%d.%m.%Y") + " kl. 16:32", "DV", 7.5)
    its = items(
        [
            ("Panodil 500 mg 20 stk.", 1, "32.95"),
            ("Otrivin næsespray 1 mg/ml", 1, "44.50"),
            ("Solcreme SPF 30 200 ml", 1, "89.95"),
            ("Plaster assorteret", 2, "19.95"),
        ]
    )
    r.rule(False)
    for i in its:
        r.lr(f"{qstr(i.quantity)} x {i.description}", money(i.amount, "de"), "DV", 8)
    sub = total_of(its)
    vat = incl_vat(sub, 25)
    pay = (sub / D("0.50")).quantize(Decimal("1"), ROUND_HALF_UP) * D("0.50")
    rounding = pay - sub
    r.rule(False)
    r.lr("I alt", money(sub, "de"), "DV", 8.5)
    r.lr("Øreafrunding", money(rounding, "de"), "DV", 8.5)
    r.lr("AT BETALE DKK", money(pay, "de"), "DV-B", 10.5)
    r.lr("Kontant", "300,00", "DV", 8)
    r.lr("Byttepenge", money(D("300") - pay, "de"), "DV", 8)
    r.lr("Heraf moms 25 %", money(vat, "de"), "DV", 7.5)
    r.gap(4)
    r.wrap(
        "MERKUR Supermarked drives af Merkur Detail A/S. Apoteksvarer sælges af Valby Apotek og kan ikke returneres i supermarkedets kasser.",
        "DV",
        6.5,
    )
    truth = make_truth(
        number="52-7781",
        inv_date=inv_date,
        due=None,
        vendor="Valby Apotek v/ apoteker Mette Holm",
        amount=sub - vat,
        vat=vat,
        total=pay,
        currency="DKK",
        locale="da-DK",
        layout="receipt",
        dtype="receipt",
        its=its,
        note="Supermarket name huge on top and its A/S operator in the footer; the pharmacy (owned personally by the pharmacist, 'v/ apoteker') is the seller; cash rounding to 50 øre; net not printed.",
        rounding=rounding,
    )
    return r.render(name), truth


# ---------------------------------------------------------------- README and main

KIND_NAMES = {
    "pdf": "born-digital PDF",
    "scan": "scan (image)",
    "imgpdf": "image-only PDF (scan)",
    "photo": "photo",
}

README_HEAD = """# Blind set 2026-14e: who is the seller?

32 documents (16 invoices `i01`..`i16`, 16 receipts `r01`..`r16`) on which more than one company
is named, and the seller has to be told apart from the others: marketplaces and their third-party
sellers, delivery / ride platforms issuing on behalf of restaurants and drivers, a booking platform
named on a hotel folio, a reseller of a white-label SaaS, payment-processor branding, a group
company invoicing for a subsidiary, franchises, an invoice assigned to a factor, a self-billed
(recipient-created) invoice, an agency invoice under the client's brand, big buyers with their
own wordmark, and on receipts franchisees, concessions, shop-in-shops, a market stall, a hotel
restaurant, city parking and a vending operator. 31 countries on all continents.

Generated by `bench/blindsets/blind_2026_14e.py` (`python -m bench.blindsets.blind_2026_14e
[OUTDIR] [--only NAME]`). Every random choice (degradation, QR modules, barcodes) is seeded with
the CRC-32 of the document's name; re-runs are byte-identical. The generator imports nothing
from the product and was written without looking at it.

## How the set is drawn

- Each document has its own drawing function (reportlab, `invariant=1`), fonts from DejaVu
  (Sans, Serif, Mono, Condensed, bold/italic). Invoices are A4 or US Letter; receipts are rolls
  58 / 76 / 80 mm wide, as long as their content. Every text run is checked to stay on the page
  and not overlap another run (`LayoutError`).
- Kinds: born-digital PDFs keep their text layer. Scans are rendered with pypdfium2 at
  200–300 dpi, padded with a grey scanner bed, skewed 0.4–1.9°, blurred, noised, specked,
  receipts optionally thermally faded, one downscaled to 650 px wide. Photos are rendered at
  200–220 dpi, folded, put in perspective on a textured background with drop shadow, uneven
  light and a hand/phone shadow, JPEG quality 60–80, long side 1,700–2,300 px. Image-only
  PDFs embed the degraded scan as the only page content (no text layer).
- Multi-page PDFs: `i03`, `i04`, `i09` (2 pages each).

## Truth conventions

- `vendor_name`: the party that sells (supplies) the goods or service and on whose account the
  document is issued, exactly as printed (with its legal form when printed with it; with the
  capitalisation of the line where its legal details are printed). Where a platform, parent
  company or buyer physically produces the document on behalf of the supplier (marketplace
  `i01`, delivery `i02`, ride `i14`, group billing mandate `i06`, self-billed RCTI `i09`) the
  supplier is keyed, not the producer. For franchises, concessions and operated stores the
  operating company (the legal seller) is keyed, not the brand. The per-document table below
  says who else is named and why it is not the seller.
- `invoice_number`: the document's own number (receipt / bill / ticket / folio / boleta /
  RCTI / credit-note number), never order numbers, booking numbers, trip ids, payment
  references or control-unit numbers.
- `amount` is the net before tax; `vat` the sum of all taxes printed (VAT / GST / HST / IVA /
  KDV / DPH / moms / MWST / sales tax / consumption tax; CGST + SGST added); `total` the
  amount the document charges. Tax-inclusive receipts: `amount = total - vat` (minus tip and
  rounding) whether or not the net is printed. Invariant checked for every document:
  `amount + vat + tip + rounding == total`, where `tip` is a printed tip line (`r15`) and
  `rounding` a printed cash-rounding line (`r13`, `r16`); `total` then is the rounded amount to
  pay / the amount charged including the tip. All amounts computed once with `Decimal`
  (ROUND_HALF_UP) and printed from the same values. Currencies without decimals (JPY `i12`,
  CLP `r14`) are keyed with `.00`.
- Credit notes (`i15`) are printed and keyed with negative amounts (line quantities negative,
  unit prices positive).
- `due_date` only when a due / payment date is printed; otherwise null. `invoice_date` is the
  issue date (for receipts the transaction date).
- `document_type`: `receipt` for till receipts and for the platform receipts `i02` and `i14`
  (laid out as a page, `layout` = `invoice`); `credit_note` for `i15`; otherwise `invoice`.
- `kind`: `pdf` = born-digital PDF, `scan` = scanned image or image-only PDF, `photo`.
- `line_items`: as printed; quantity as a plain decimal string, unit price and amount with two
  decimals (net for invoices, gross for tax-inclusive receipts).
"""


def mix_table(docs: list[tuple[str, dict, dict]]) -> str:
    lines = ["| kind | invoices | receipts | total |", "|---|---|---|---|"]
    for k, label in KIND_NAMES.items():
        ni = sum(1 for n, m, _ in docs if m["kind"] == k and n.startswith("i"))
        nr = sum(1 for n, m, _ in docs if m["kind"] == k and n.startswith("r"))
        lines.append(f"| {label} | {ni} | {nr} | {ni + nr} |")
    lines.append(
        f"| **all** | {sum(n.startswith('i') for n, _, _ in docs)} | {sum(n.startswith('r') for n, _, _ in docs)} | {len(docs)} |"
    )
    countries = sorted({m["country"] for _, m, _ in docs})
    return "\n".join(lines) + f"\n\nCountries ({len(countries)}): " + ", ".join(countries) + "\n"


def doc_rows(docs: list[tuple[str, dict, dict]]) -> str:
    lines = [
        "| doc | kind | country | type | vendor (keyed) | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, m, t in docs:
        lines.append(
            f"| {n}{t['_ext']} | {KIND_NAMES[m['kind']]} | {m['country']} | {m['label']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    return "\n".join(lines) + "\n"


def parties(docs: list[tuple[str, dict, dict]]) -> str:
    return "\n".join(f"- **{n}** – {m['others']}" for n, m, _ in docs) + "\n"


def write_readme(out: Path, docs: list[tuple[str, dict, dict]]) -> None:
    text = (
        README_HEAD
        + "\n## Mix\n\n"
        + mix_table(docs)
        + "\n## Documents\n\n"
        + doc_rows(docs)
        + "\n## Other parties named, and why they are not the seller\n\n"
        + parties(docs)
    )
    (out / "README.md").write_text(text, encoding="utf-8")


def build(name: str, out: Path) -> tuple[str, dict, dict]:
    fn, meta = DOCS[name]
    pdf, truth = fn(name)
    ext, data = to_kind(pdf, name, meta)
    truth["kind"] = {"pdf": "pdf", "scan": "scan", "imgpdf": "scan", "photo": "photo"}[meta["kind"]]
    for old in out.glob(name + ".*"):
        old.unlink()
    (out / (name + ext)).write_bytes(data)
    (out / (name + ".json")).write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name, meta, {**truth, "_ext": ext}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", help="build only this document (e.g. i03)")
    args = ap.parse_args(argv)
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    names = [args.only] if args.only else sorted(DOCS)
    built = [build(n, out) for n in names]
    if not args.only:
        write_readme(out, built)
    for n, _, t in built:
        print(f"{n}{t['_ext']:5} {t['vendor_name'][:40]:40} {t['total']:>12} {t['currency']}")


if __name__ == "__main__":
    main()
