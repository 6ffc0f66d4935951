# ruff: noqa: E501
"""Blind set 13y: online services' invoices and scanned till receipts.

Run from the repository root:

    python -m bench.blindsets.blind_2026_13y [OUTDIR] [--only NAME]

Every document is drawn by its own function; every random choice is seeded with the
CRC-32 of the document's name, so re-runs are byte-identical.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import zlib
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEFAULT_OUT = Path("bench/blindsets/blind-2026-13y")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVI": "DejaVuSans-Oblique.ttf",
    "DVL": "DejaVuSans-ExtraLight.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
}
for _name, _file in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, str(FONT_DIR / _file)))

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


def D(v: str | int | Decimal) -> Decimal:
    return Decimal(str(v))


def q2(v: Decimal) -> Decimal:
    return v.quantize(CENT, rounding=ROUND_HALF_UP)


def pct(base: Decimal, rate: str) -> Decimal:
    return q2(base * D(rate) / 100)


def incl(gross: Decimal, rate: str) -> Decimal:
    """Tax contained in a tax-inclusive gross amount."""
    r = D(rate)
    return q2(gross * r / (100 + r))


def _group(ip: str, sep: str, lakh: bool) -> str:
    if lakh and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join([*parts, tail])
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    return sep.join([ip, *parts])


_STYLES = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u00a0", ","),
    "ch": ("'", "."),
    "in": (",", "."),
    "sp": (" ", ","),
    "nl": (".", ","),
    "id": (".", ","),
}


def money(v: Decimal, style: str = "en", dec: int = 2) -> str:
    sign = "-" if v < 0 else ""
    s = f"{abs(v):.{dec}f}"
    ip, _, fp = s.partition(".")
    gsep, dsep = _STYLES[style]
    ip = _group(ip, gsep, style == "in")
    return sign + ip + (dsep + fp if dec else "")


def dstr(v: Decimal) -> str:
    return f"{v:.2f}"


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}


def month(d: date, lang: str) -> str:
    return MONTHS[lang].split()[d.month - 1]


def item(desc: str, qty: str | None, unit: Decimal | None, amount: Decimal) -> dict:
    return {
        "description": desc,
        "quantity": qty,
        "unit_price": None if unit is None else dstr(unit),
        "amount": dstr(amount),
    }


def truth(
    *,
    number: str | None,
    issued: date,
    due: date | None,
    vendor: str,
    amount: Decimal,
    vat: Decimal | None,
    total: Decimal,
    currency: str,
    locale: str,
    layout: str,
    dtype: str,
    items: list[dict],
    note: str,
    tip: Decimal = ZERO,
    rounding: Decimal = ZERO,
) -> dict:
    if amount + (vat if vat is not None else ZERO) + tip + rounding != total:
        raise AssertionError(f"{vendor}: {amount} + {vat} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": issued.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": dstr(amount),
        "vat": None if vat is None else dstr(vat),
        "total": dstr(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
    }


# --------------------------------------------------------------------------- drawing


class Doc:
    """A reportlab canvas that refuses text off the page or on top of other text."""

    def __init__(self, size: tuple[float, float], margin: float = 4.0) -> None:
        self.buf = io.BytesIO()
        self.w, self.h = size
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.margin = margin
        self.boxes: list[tuple[float, float, float, float, str]] = []
        self.fn, self.fs = "DV", 9.0

    def font(self, name: str, size: float) -> None:
        self.fn, self.fs = name, size

    def width(self, s: str, font: str | None = None, size: float | None = None) -> float:
        return pdfmetrics.stringWidth(s, font or self.fn, size or self.fs)

    def t(
        self,
        x: float,
        y: float,
        s: str,
        font: str | None = None,
        size: float | None = None,
        align: str = "l",
        color: tuple[float, float, float] | None = None,
    ) -> float:
        fn, fs = font or self.fn, size or self.fs
        if not s:
            return 0.0
        w = pdfmetrics.stringWidth(s, fn, fs)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[align]
        box = (x0, y - 0.21 * fs, x0 + w, y + 0.74 * fs)
        self._check(box, s)
        self.boxes.append((*box, s))
        c = self.c
        c.setFont(fn, fs)
        c.setFillColorRGB(*(color or (0, 0, 0)))
        c.drawString(x0, y, s)
        c.setFillColorRGB(0, 0, 0)
        return w

    def _check(self, box: tuple[float, float, float, float], s: str) -> None:
        m = self.margin
        if box[0] < m or box[2] > self.w - m or box[1] < m or box[3] > self.h - m:
            raise LayoutError(f"off page: {s!r} at {box}")
        for b in self.boxes:
            if (
                box[0] < b[2] - 0.2
                and b[0] < box[2] - 0.2
                and box[1] < b[3] - 0.2
                and b[1] < box[3] - 0.2
            ):
                raise LayoutError(f"overlap: {s!r} with {b[4]!r}")

    def lines(self, x: float, y: float, rows: list[str], lead: float, **kw: object) -> float:
        for r in rows:
            self.t(x, y, r, **kw)  # type: ignore[arg-type]
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw: float = 0.6) -> None:
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def hline(
        self, x1, x2, y, lw: float = 0.5, color=(0, 0, 0), dash: list[float] | None = None
    ) -> None:
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        c.setDash(dash or [])
        c.line(x1, y, x2, y)
        c.setDash([])
        c.setStrokeColorRGB(0, 0, 0)

    def circle(self, x, y, r, fill=(0, 0, 0)) -> None:
        self.c.setFillColorRGB(*fill)
        self.c.circle(x, y, r, fill=1, stroke=0)
        self.c.setFillColorRGB(0, 0, 0)

    def qr(self, x: float, y: float, size: float, seed: int, n: int = 25) -> None:
        """A QR-ish box of modules (not decodable, just looks like one)."""
        r = random.Random(seed)
        cell = size / n
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                if r.random() < 0.45:
                    c.rect(x + i * cell, y + j * cell, cell, cell, fill=1, stroke=0)
        for fx, fy in ((0, 0), (n - 7, n - 1), (0, n - 1)):
            ox, oy = x + fx * cell, y + (fy - 6 if fy else 0) * cell
            c.setFillColorRGB(1, 1, 1)
            c.rect(ox - cell, oy - cell, 9 * cell, 9 * cell, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            c.rect(ox, oy, 7 * cell, 7 * cell, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1)
            c.rect(ox + cell, oy + cell, 5 * cell, 5 * cell, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            c.rect(ox + 2 * cell, oy + 2 * cell, 3 * cell, 3 * cell, fill=1, stroke=0)

    def barcode(self, x: float, y: float, w: float, h: float, seed: int) -> None:
        r = random.Random(seed)
        c = self.c
        pos = x
        while pos < x + w - 2:
            bw = r.choice((0.6, 0.6, 1.2, 1.8))
            c.rect(pos, y, bw, h, fill=1, stroke=0)
            pos += bw + r.choice((0.6, 1.2, 1.8))

    def page(self) -> None:
        self.c.showPage()
        self.boxes = []

    def pdf(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


class Roll:
    """A till roll: rows are collected first, the paper is as long as its content."""

    def __init__(
        self, width_mm: float, font: str = "DVM", size: float = 8.0, lead: float = 1.3
    ) -> None:
        self.W = width_mm * mm
        self.font, self.size, self.lead = font, size, lead
        self.pad = 3.5 * mm if width_mm > 60 else 2.5 * mm
        self.rows: list[tuple[float, bool, Callable[[Doc, float], object]]] = []

    def _h(self, size: float | None) -> float:
        return (size or self.size) * self.lead

    def _text(self, size: float, fn: Callable[[Doc, float], object]) -> None:
        self.rows.append((size * self.lead, False, fn))

    def c(self, s: str, font: str | None = None, size: float | None = None) -> None:
        f, z = font or self.font, size or self.size
        self._text(z, lambda d, y: d.t(d.w / 2, y, s, f, z, "c"))

    def left(
        self, s: str, font: str | None = None, size: float | None = None, indent: float = 0
    ) -> None:
        f, z = font or self.font, size or self.size
        self._text(z, lambda d, y: d.t(self.pad + indent, y, s, f, z))

    def lr(self, left: str, right: str, font: str | None = None, size: float | None = None) -> None:
        f, z = font or self.font, size or self.size

        def draw(d: Doc, y: float) -> None:
            d.t(self.pad, y, left, f, z)
            d.t(d.w - self.pad, y, right, f, z, "r")

        self._text(z, draw)

    def cols(
        self,
        parts: list[tuple[float, str, str]],
        font: str | None = None,
        size: float | None = None,
    ) -> None:
        """parts: (fraction of the printable width, text, align)."""
        f, z = font or self.font, size or self.size

        def draw(d: Doc, y: float) -> None:
            span = d.w - 2 * self.pad
            for frac, s, al in parts:
                d.t(self.pad + frac * span, y, s, f, z, al)

        self._text(z, draw)

    def rule(self, ch: str = "-") -> None:
        h = self.size * 0.9

        def draw(d: Doc, y: float) -> None:
            yy = y - h / 2
            if ch == "=":
                d.hline(self.pad, d.w - self.pad, yy + 1, 0.5)
                d.hline(self.pad, d.w - self.pad, yy - 1, 0.5)
            elif ch == "-":
                d.hline(self.pad, d.w - self.pad, yy, 0.5, dash=[2, 1.5])
            else:
                d.hline(self.pad, d.w - self.pad, yy, 0.8)

        self.rows.append((h, True, draw))

    def space(self, h: float = 4.0) -> None:
        self.rows.append((h, True, lambda d, y: None))

    def block(self, h: float, fn: Callable[[Doc, float], object]) -> None:
        """fn(d, ytop) draws inside the band from ytop down to ytop - h."""
        self.rows.append((h, True, fn))

    def pdf(self) -> bytes:
        top = 6 * mm
        H = top + sum(h for h, _, _ in self.rows) + 8 * mm
        d = Doc((self.W, H), margin=1.5)
        y = H - top
        for h, is_block, fn in self.rows:
            fn(d, y if is_block else y - h * 0.74)
            y -= h
        return d.pdf()


def wordmark(
    d: Doc, x: float, y: float, name: str, font: str, size: float, color, mark: str = "box"
) -> float:
    """A logo: a shape and a big wordmark. Returns the right edge."""
    c = d.c
    c.setFillColorRGB(*color)
    s = size * 0.95
    if mark == "box":
        c.roundRect(x, y - 0.15 * s, s, s, s * 0.2, fill=1, stroke=0)
    elif mark == "circle":
        c.circle(x + s / 2, y + 0.35 * s, s / 2, fill=1, stroke=0)
    elif mark == "tri":
        p = c.beginPath()
        p.moveTo(x, y - 0.15 * s)
        p.lineTo(x + s, y - 0.15 * s)
        p.lineTo(x + s / 2, y + 0.85 * s)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
    elif mark == "bars":
        for i in range(3):
            c.rect(
                x + i * s * 0.36, y - 0.15 * s, s * 0.24, s * (0.45 + 0.27 * i), fill=1, stroke=0
            )
    c.setFillColorRGB(0, 0, 0)
    w = d.t(x + s * 1.25, y, name, font, size, color=color)
    return x + s * 1.25 + w


# --------------------------------------------------------------------------- degradation


def render(pdf: bytes, dpi: int, grey: bool = False) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    page = doc[0]
    img = page.render(scale=dpi / 72, grayscale=grey).to_pil()
    page.close()
    doc.close()
    return img.convert("L" if grey else "RGB")


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def scan(
    pdf: bytes,
    rng: random.Random,
    *,
    dpi: int = 200,
    grey: bool = True,
    skew: float = 1.0,
    blur: float = 0.6,
    noise: float = 6.0,
    specks: int = 60,
    thermal: bool = False,
    width: int | None = None,
    bed: int = 0,
) -> Image.Image:
    """A flatbed scan: slight skew, blur, noise, specks; thermal fading for till rolls."""
    img = render(pdf, dpi, grey)
    a = np.asarray(img).astype(np.float32)
    g = _np_rng(rng)
    if thermal:
        h, w = a.shape[:2]
        ramp = np.linspace(rng.uniform(0.0, 0.25), rng.uniform(0.3, 0.5), h, dtype=np.float32)
        side = np.linspace(0.0, rng.uniform(0.05, 0.2), w, dtype=np.float32)
        fade = (ramp[:, None] + side[None, :]).clip(0, 0.6)
        if a.ndim == 3:
            fade = fade[..., None]
        a = 255 - (255 - a) * (1 - fade)
        a = a * 0.97 + 6
    if bed:
        pad_val = 235.0
        a = np.pad(
            a,
            ((bed, bed), (bed, bed)) + (((0, 0),) if a.ndim == 3 else ()),
            constant_values=pad_val,
        )
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    img = img.rotate(
        skew,
        resample=Image.BICUBIC,
        expand=True,
        fillcolor=(236 if img.mode == "L" else (236, 236, 233)),
    )
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    a += g.normal(0, noise, a.shape).astype(np.float32)
    h, w = a.shape[:2]
    for _ in range(specks):
        y, x = int(g.integers(0, h)), int(g.integers(0, w))
        r = int(g.integers(1, 3))
        a[max(0, y - r) : y + r, max(0, x - r) : x + r] = float(g.integers(20, 120))
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if width and img.width > width:
        img = img.resize((width, round(img.height * width / img.width)), Image.LANCZOS)
    return img


def _background(g: np.random.Generator, h: int, w: int, base: tuple[int, int, int]) -> np.ndarray:
    yy = np.arange(h, dtype=np.float32)[:, None]
    grain = np.sin(yy / g.uniform(6, 14) + g.normal(0, 0.6, (h, 1))) * 10
    bg = np.empty((h, w, 3), np.float32)
    for i in range(3):
        bg[..., i] = base[i] + grain + g.normal(0, 5, (h, w))
    return cv2.GaussianBlur(bg, (0, 0), 1.2)


def photo(
    pdf: bytes,
    rng: random.Random,
    *,
    dpi: int = 220,
    long_side: int = 2000,
    fold: bool = False,
    table=(120, 90, 60),
) -> Image.Image:
    """A phone photo: perspective onto a table, uneven light, a shadow, maybe a fold."""
    doc = np.asarray(render(pdf, dpi)).astype(np.float32)
    g = _np_rng(rng)
    h, w = doc.shape[:2]
    if fold:
        fy = int(h * rng.uniform(0.35, 0.6))
        doc[fy:, :] *= 0.93
        doc[fy - 2 : fy + 2, :] *= 0.8
    scale = long_side / max(h, w) * rng.uniform(0.72, 0.86)
    dh, dw = h * scale, w * scale
    H = long_side if h >= w else int(long_side * 0.75)
    W = int(long_side * 0.75) if h >= w else long_side
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = 0.035
    quad = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(src, quad)
    warped = cv2.warpPerspective(doc, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)[
        ..., None
    ]
    bg = _background(g, H, W, table)
    out = warped * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    light = 1 + 0.14 * ((np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)) * 2)
    out *= light[..., None] * rng.uniform(0.88, 0.98)
    sx = rng.uniform(0.55, 0.85) * W
    shadow = np.clip((xx - sx - (yy - H / 2) * rng.uniform(-0.3, 0.3)) / (W * 0.08), 0, 1)
    out *= (1 - 0.22 * shadow)[..., None]
    tint = np.float32([1.0, rng.uniform(0.96, 0.99), rng.uniform(0.88, 0.95)])
    out = cv2.GaussianBlur(out * tint, (0, 0), rng.uniform(0.5, 0.9))
    out += g.normal(0, 3.5, out.shape).astype(np.float32)
    return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def image_pdf(img: Image.Image, dpi: int) -> bytes:
    buf = io.BytesIO()
    w, h = img.width * 72 / dpi, img.height * 72 / dpi
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    jb = io.BytesIO()
    img.convert("RGB").save(jb, "JPEG", quality=80)
    jb.seek(0)
    c.drawImage(ImageReader(jb), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


def table(
    d: Doc,
    y: float,
    cols: list[tuple[float, str]],
    header: list[str] | None,
    rows: list[list[str]],
    *,
    font: str = "DV",
    bold: str = "DVB",
    size: float = 8.5,
    lead: float = 13.0,
    span: tuple[float, float] = (42.0, 553.0),
    fill: tuple[float, float, float] | None = None,
    head_color: tuple[float, float, float] = (0, 0, 0),
    grid: bool = False,
) -> float:
    """A line-item table; cols are (x, align). Returns the y below it."""
    x0, x1 = span
    if header:
        if fill:
            d.rect(x0, y - 0.45 * lead, x1 - x0, lead * 1.15, fill=fill)
        for (x, al), s in zip(cols, header, strict=True):
            d.t(x, y, s, bold, size, al, color=head_color)
        y -= lead * 1.15
        d.hline(x0, x1, y + 0.62 * lead, 0.6)
    for r in rows:
        for (x, al), s in zip(cols, r, strict=True):
            d.t(x, y, s, font, size, al)
        if grid:
            d.hline(x0, x1, y - 0.4 * lead, 0.3, (0.6, 0.6, 0.6))
        y -= lead
    d.hline(x0, x1, y + 0.55 * lead, 0.6)
    return y - 0.3 * lead


def totals(
    d: Doc,
    x_label: float,
    x_val: float,
    y: float,
    rows: list[tuple[str, str]],
    *,
    font="DV",
    bold="DVB",
    size=9.0,
    lead=13.0,
    bold_last=True,
) -> float:
    for i, (lab, val) in enumerate(rows):
        f = bold if bold_last and i == len(rows) - 1 else font
        d.t(x_label, y, lab, f, size)
        d.t(x_val, y, val, f, size, "r")
        y -= lead
    return y


def lines_of(specs: list[tuple[str, str, str]]) -> list[tuple[str, str, Decimal, Decimal]]:
    """(desc, qty, unit) -> (desc, qty, unit, amount)."""
    return [(a, q, D(u), q2(D(q) * D(u))) for a, q, u in specs]


# =========================================================================== invoices


def i01(rng: random.Random) -> tuple[bytes, dict]:
    """NL web hosting, Dutch, KvK/BTW footer, 'Te betalen', automatic collection."""
    vendor = "Hostnest B.V."
    issued, due = date(2026, 1, 14), date(2026, 1, 28)
    number = "HN-2026-004417"
    items = lines_of(
        [
            ("Webhosting Pro (12 maanden) 14-01-2026 t/m 13-01-2027", "1", "119.40"),
            ("Domeinnaam bakkerijvandam.nl (1 jaar)", "1", "8.95"),
            ("Extra mailbox 10 GB", "3", "1.50"),
            ("SSL-certificaat Wildcard", "1", "49.00"),
        ]
    )
    net = sum((a for *_, a in items), ZERO)
    vat = pct(net, "21")
    total = net + vat
    d = Doc(A4)
    wordmark(d, 42, 780, "hostnest", "DVB", 26, (0.05, 0.45, 0.4), "box")
    d.t(553, 790, "FACTUUR", "DVB", 18, "r")
    d.lines(
        42,
        745,
        ["Hostnest B.V.", "Kanaalweg 17-C", "3526 KL Utrecht", "support@hostnest.nl"],
        11.5,
        font="DV",
        size=8.5,
    )
    d.lines(
        42,
        680,
        ["Bakkerij Van Dam", "t.a.v. J. van Dam", "Lange Nieuwstraat 88", "3512 PL Utrecht"],
        12,
        font="DV",
        size=9.5,
    )
    meta = [
        ("Factuurnummer", number),
        ("Factuurdatum", "14-01-2026"),
        ("Vervaldatum", "28-01-2026"),
        ("Klantnummer", "100238"),
    ]
    y = 690
    for k, v in meta:
        d.t(380, y, k, "DV", 9)
        d.t(553, y, v, "DVB", 9, "r")
        y -= 13
    cols = [(46, "l"), (390, "r"), (470, "r"), (549, "r")]
    rows = [[a, q, "€ " + money(u, "nl"), "€ " + money(t, "nl")] for a, q, u, t in items]
    y = table(
        d, 590, cols, ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows, fill=(0.86, 0.94, 0.92)
    )
    y = totals(
        d,
        380,
        549,
        y - 6,
        [
            ("Subtotaal", "€ " + money(net, "nl")),
            ("BTW 21%", "€ " + money(vat, "nl")),
            ("Totaal", "€ " + money(total, "nl")),
        ],
    )
    d.rect(370, y - 8, 183, 22, fill=(0.05, 0.45, 0.4))
    d.t(380, y, "Te betalen", "DVB", 10, color=(1, 1, 1))
    d.t(549, y, "€ " + money(total, "nl"), "DVB", 10, "r", color=(1, 1, 1))
    d.lines(
        42,
        y - 50,
        [
            "Het bedrag wordt omstreeks 28-01-2026 automatisch van uw rekening afgeschreven.",
            "Vragen over deze factuur? Mail naar facturen@hostnest.nl onder vermelding van het factuurnummer.",
        ],
        12,
        font="DV",
        size=8.5,
    )
    d.hline(42, 553, 70, 0.4, (0.5, 0.5, 0.5))
    d.t(
        297,
        56,
        "Hostnest B.V.  ·  KvK 71234568  ·  BTW NL859123456B01  ·  IBAN NL42 RABO 0312 4455 67  ·  BIC RABONL2U",
        "DV",
        7,
        "c",
        color=(0.35, 0.35, 0.35),
    )
    tr = truth(
        number=number,
        issued=issued,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=[item(a, q, u, t) for a, q, u, t in items],
        note="Dutch labels; customer number next to invoice number; total repeated in a 'Te betalen' band.",
    )
    return d.pdf(), tr


def i02(rng: random.Random) -> tuple[bytes, dict]:
    """FR mobile operator, 2 pages: summary with previous balance and payment, detail page."""
    vendor = "Ondéa Télécom SA"
    issued, due = date(2026, 3, 5), date(2026, 3, 20)
    number = "F26030512874"
    calls = [
        ("08/02 14:22", "Appel vers +44 20 7946 0321", "6 min 12 s", "1.86"),
        ("13/02 09:05", "SMS vers +1 415 555 0132", "1", "0.12"),
        ("21/02 19:47", "Appel vers 0899 (service)", "2 min 00 s", "0.80"),
        ("27/02 11:30", "Données roaming hors UE (Suisse)", "50 Mo", "2.50"),
    ]
    hors = sum((D(v) for *_, v in calls), ZERO)
    subs = [
        ("Forfait Ondéa 5G 80 Go", "20.83"),
        ("Option Europe & Maghreb", "4.16"),
        ("Assurance mobile", "5.00"),
    ]
    net = sum((D(v) for _, v in subs), ZERO) + hors
    vat = pct(net, "20")
    total = net + vat
    prev = D("44.10")
    d = Doc(A4)
    wordmark(d, 40, 785, "ondéa", "DVSB", 28, (0.85, 0.35, 0.05), "circle")
    d.t(555, 800, "Votre facture", "DVB", 14, "r")
    d.t(555, 784, f"du {issued.day} {month(issued, 'fr')} 2026", "DV", 10, "r")
    d.lines(
        40,
        740,
        [
            "N° de facture : " + number,
            "N° client : 7 118 402 335",
            "Ligne : 06 72 18 44 09",
            "Période : du 01/02/2026 au 28/02/2026",
        ],
        13,
        font="DV",
        size=9,
    )
    d.lines(
        330,
        740,
        ["Mme Claire Dufresne", "14 rue des Tanneurs", "69002 Lyon"],
        13,
        font="DV",
        size=10,
    )
    d.rect(40, 560, 515, 100, stroke=(0.85, 0.35, 0.05), lw=1.2)
    d.t(55, 635, "Situation de votre compte", "DVB", 11)
    rows = [
        ("Solde de votre précédente facture", money(prev, "fr") + " €"),
        ("Paiement reçu le 16/02/2026 – merci", "-" + money(prev, "fr") + " €"),
        ("Montant de cette facture", money(total, "fr") + " €"),
    ]
    totals(d, 55, 540, 615, rows, size=9.5, lead=15, bold_last=False)
    d.t(55, 570, "Montant TTC à payer", "DVB", 12)
    d.t(540, 570, money(total, "fr") + " €", "DVB", 14, "r", color=(0.85, 0.35, 0.05))
    d.t(
        40,
        535,
        "Prélevé sur votre compte FR76 •••• 0418 à partir du 20/03/2026 (date limite de paiement : 20/03/2026).",
        "DV",
        8.5,
    )
    y = table(
        d,
        500,
        [(44, "l"), (551, "r")],
        ["Détail de votre facture", "Montant HT"],
        [[a, money(D(v), "fr") + " €"] for a, v in subs]
        + [["Consommations hors forfait (voir détail page 2)", money(hors, "fr") + " €"]],
        span=(40, 555),
        fill=(0.97, 0.9, 0.84),
    )
    y = totals(
        d,
        360,
        551,
        y - 6,
        [
            ("Total HT", money(net, "fr") + " €"),
            ("TVA 20 %", money(vat, "fr") + " €"),
            ("Montant TTC", money(total, "fr") + " €"),
        ],
    )
    d.t(
        297,
        60,
        "Ondéa Télécom SA au capital de 12 500 000 € – 512 334 871 RCS Lyon – TVA FR 41 512334871 – 40 quai Perrache, 69002 Lyon",
        "DV",
        6.8,
        "c",
    )
    d.t(555, 40, "1/2", "DV", 8, "r")
    d.page()
    d.t(40, 800, "Détail des consommations hors forfait – ligne 06 72 18 44 09", "DVB", 11)
    y = table(
        d,
        770,
        [(44, "l"), (130, "l"), (420, "r"), (551, "r")],
        ["Date", "Description", "Durée / volume", "Montant HT"],
        [[a, b, c, money(D(v), "fr") + " €"] for a, b, c, v in calls],
        span=(40, 555),
        grid=True,
    )
    d.t(551, y - 8, "Total hors forfait HT : " + money(hors, "fr") + " €", "DVB", 9, "r")
    d.t(
        297,
        60,
        "Ondéa Télécom SA – 512 334 871 RCS Lyon – Service client 3970 (service gratuit + prix appel)",
        "DV",
        6.8,
        "c",
    )
    d.t(555, 40, "2/2", "DV", 8, "r")
    its = [item(a, "1", D(v), D(v)) for a, v in subs] + [
        item("Consommations hors forfait", None, None, hors)
    ]
    tr = truth(
        number=number,
        issued=issued,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="Two pages; previous balance and payment received above the current charges; line number and client number look like ids; 'Montant TTC à payer'.",
    )
    return d.pdf(), tr


def i03(rng: random.Random) -> tuple[bytes, dict]:
    """DE internet provider, Kundennummer vs Rechnungsnummer, a credit line, SEPA. Printed and scanned."""
    vendor = "NetzWelle GmbH"
    issued, due = date(2026, 4, 2), date(2026, 4, 15)
    number = "RE-26-0418833"
    items = lines_of(
        [
            ("Glasfaser 500 – Grundgebühr 04/2026", "1", "41.18"),
            ("Router-Miete FRITZ!Box 5590", "1", "4.19"),
            ("Festnetz-Flatrate Mobilfunk", "1", "6.71"),
            ("Gutschrift Bereitstellungspreis (Aktion)", "1", "-25.17"),
        ]
    )
    net = sum((a for *_, a in items), ZERO)
    vat = pct(net, "19")
    total = net + vat
    d = Doc(A4)
    wordmark(d, 350, 790, "NetzWelle", "DVCB", 24, (0.1, 0.25, 0.6), "bars")
    d.t(50, 735, "NetzWelle GmbH · Postfach 10 44 21 · 50484 Köln", "DV", 7)
    d.hline(50, 270, 731, 0.4)
    d.lines(
        50,
        715,
        ["Herrn", "Tobias Brenner", "Eichendorffstr. 9", "50823 Köln"],
        12.5,
        font="DV",
        size=10,
    )
    meta = [
        ("Kundennummer", "4711-208-913"),
        ("Rechnungsnummer", number),
        ("Rechnungsdatum", "02.04.2026"),
        ("Leistungszeitraum", "01.04.–30.04.2026"),
    ]
    y = 720
    for k, v in meta:
        d.t(350, y, k, "DV", 8.5)
        d.t(545, y, v, "DV", 8.5, "r")
        y -= 12.5
    d.t(50, 610, "Ihre Rechnung für April 2026", "DVB", 13)
    d.t(50, 590, "Sehr geehrter Herr Brenner, für Ihren Anschluss berechnen wir Ihnen:", "DV", 9.5)
    rows = [[a, money(t, "de") + " €"] for a, _, _, t in items]
    y = table(
        d,
        560,
        [(54, "l"), (541, "r")],
        ["Leistung", "Netto"],
        rows,
        span=(50, 545),
        size=9,
        lead=15,
    )
    y = totals(
        d,
        330,
        541,
        y - 6,
        [
            ("Summe netto", money(net, "de") + " €"),
            ("zzgl. 19 % USt.", money(vat, "de") + " €"),
            ("Rechnungsbetrag", money(total, "de") + " €"),
        ],
        size=9.5,
        lead=15,
    )
    d.lines(
        50,
        y - 20,
        [
            "Fällig am: 15.04.2026",
            "Den Rechnungsbetrag buchen wir per SEPA-Lastschrift von Ihrem Konto DE89 3704 •••• •••• 3000 ab.",
            "Mandatsreferenz: NW-4711208913 · Gläubiger-ID: DE98ZZZ09999999999",
        ],
        13,
        font="DV",
        size=9,
    )
    d.hline(50, 545, 95, 0.4)
    foot = [
        ["NetzWelle GmbH", "Hohenzollernring 52", "50672 Köln"],
        [
            "Geschäftsführung: S. Arslan, K. Weber",
            "Amtsgericht Köln HRB 98123",
            "USt-IdNr. DE 318 442 907",
        ],
        ["Sparkasse KölnBonn", "IBAN DE21 3705 0198 0012 3456 78", "BIC COLSDE33XXX"],
    ]
    for i, col in enumerate(foot):
        d.lines(50 + i * 170, 82, col, 9, font="DV", size=6.5)
    tr = truth(
        number=number,
        issued=issued,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=[item(a, q, u, t) for a, q, u, t in items],
        note="Kundennummer above Rechnungsnummer; a negative credit line inside the items; Leistungszeitraum range next to the date; printed and scanned.",
    )
    return d.pdf(), tr


def i04(rng: random.Random) -> tuple[bytes, dict]:
    """IN SaaS tax invoice: GSTIN, IGST 18 %, SAC codes, lakh grouping, amount in words, CIN."""
    vendor = "Kloudvyapar Technologies Private Limited"
    issued, due = date(2026, 2, 12), date(2026, 2, 27)
    number = "KV/25-26/01873"
    items = lines_of(
        [
            ("Kloudvyapar ERP – Business plan (annual), 25 users", "25", "3960.00"),
            ("Inventory add-on (annual)", "1", "18000.00"),
            ("Onboarding & data migration", "1", "12500.00"),
        ]
    )
    net = sum((a for *_, a in items), ZERO)
    vat = pct(net, "18")
    total = net + vat
    d = Doc(A4)
    d.rect(0, 770, 595, 72, fill=(0.12, 0.16, 0.35))
    d.t(40, 800, "kloudvyapar", "DVB", 26, color=(1, 1, 1))
    d.t(555, 806, "TAX INVOICE", "DVB", 16, "r", color=(1, 1, 1))
    d.t(555, 788, "Original for Recipient", "DV", 8, "r", color=(0.8, 0.85, 1))
    d.lines(
        40,
        745,
        [
            "Kloudvyapar Technologies Private Limited",
            "4th Floor, Prestige Tech Park, Outer Ring Road",
            "Kadubeesanahalli, Bengaluru, Karnataka 560103",
            "GSTIN: 29AAKCK4821M1Z6   PAN: AAKCK4821M",
        ],
        12,
        font="DV",
        size=8.5,
    )
    d.lines(
        330,
        745,
        [
            "Invoice No.: " + number,
            "Invoice Date: 12-Feb-2026",
            "Due Date: 27-Feb-2026",
            "Place of Supply: Maharashtra (27)",
        ],
        12,
        font="DV",
        size=8.5,
    )
    d.t(40, 685, "Bill To", "DVB", 9)
    d.lines(
        40,
        671,
        [
            "Sahyadri Agro Foods LLP",
            "Plot 22, MIDC Bhosari, Pune, Maharashtra 411026",
            "GSTIN: 27ABEFS7731K1ZQ",
        ],
        12,
        font="DV",
        size=8.5,
    )
    cols = [(44, "l"), (300, "l"), (360, "r"), (450, "r"), (551, "r")]
    rows = [[a, "998315", q, money(u, "in"), money(t, "in")] for a, q, u, t in items]
    y = table(
        d,
        620,
        cols,
        ["Description", "SAC", "Qty", "Rate (₹)", "Amount (₹)"],
        rows,
        span=(40, 555),
        size=8,
        fill=(0.88, 0.9, 0.97),
        grid=True,
    )
    y = totals(
        d,
        350,
        551,
        y - 6,
        [
            ("Taxable Value", money(net, "in")),
            ("IGST @ 18%", money(vat, "in")),
            ("Total (₹)", money(total, "in")),
        ],
        size=9,
        lead=14,
    )
    d.t(
        40,
        y - 10,
        "Amount in words: Indian Rupee One Lakh Fifty-Two Thousand Eight Hundred Ten Only",
        "DVI",
        8.5,
    )
    d.lines(
        40,
        y - 45,
        [
            "Bank: HDFC Bank Ltd, Koramangala Branch",
            "A/c No. 50200061234567   IFSC: HDFC0000053",
            "Whether tax is payable under reverse charge: No",
        ],
        12,
        font="DV",
        size=8,
    )
    d.t(555, y - 45, "For Kloudvyapar Technologies Pvt. Ltd.", "DV", 8, "r")
    d.t(555, y - 95, "Authorised Signatory", "DV", 8, "r")
    d.t(
        297,
        45,
        "CIN: U72900KA2019PTC128734  ·  Registered office: Bengaluru  ·  This is a computer generated invoice.",
        "DV",
        7,
        "c",
    )
    tr = truth(
        number=number,
        issued=issued,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        dtype="invoice",
        items=[item(a, q, u, t) for a, q, u, t in items],
        note="Lakh grouping (1,52,810.00); IGST instead of VAT; two GSTINs; 'Place of Supply' line; amount in words; slashes in the number.",
    )
    assert money(total, "in") == "1,52,810.00", money(total, "in")
    return d.pdf(), tr


def i05(rng: random.Random) -> tuple[bytes, dict]:
    """US cloud provider, Letter: usage lines, promotional credit, sales tax, 'Amount due'."""
    vendor = "Stratocloud, Inc."
    issued, due = date(2026, 3, 1), date(2026, 3, 16)
    number = "SC-INV-88314207"
    usage = [
        ("Compute – general purpose vCPU-hours", "2,184", "2184", "0.0416"),
        ("Block storage (GB-month)", "750", "750", "0.10"),
        ("Object storage (GB-month)", "1,320", "1320", "0.023"),
        ("Data transfer out (GB)", "412", "412", "0.09"),
        ("Business support plan", "1", "1", "100.00"),
    ]
    rows = [(a, shown, D(u), q2(D(q) * D(u))) for a, shown, q, u in usage]
    sub = sum((t for *_, t in rows), ZERO)
    credit = D("-50.00")
    net = sub + credit
    tax = pct(net, "10.25")
    total = net + tax
    d = Doc(letter)
    wordmark(d, 40, 735, "stratocloud", "DVB", 22, (0.4, 0.2, 0.7), "tri")
    d.lines(
        40,
        705,
        [
            "Stratocloud, Inc.",
            "500 Union Street, Suite 900",
            "Seattle, WA 98101",
            "billing@stratocloud.io",
        ],
        11,
        font="DV",
        size=8,
    )
    d.t(572, 742, "Invoice", "DVL", 24, "r")
    meta = [
        ("Invoice #", number),
        ("Billing date", "March 1, 2026"),
        ("Billing period", "Feb 1 – Feb 28, 2026"),
        ("Account ID", "7720-4418-0093"),
        ("Due date", "March 16, 2026"),
    ]
    y = 705
    for k, v in meta:
        d.t(400, y, k, "DVB", 8)
        d.t(572, y, v, "DV", 8, "r")
        y -= 12
    d.t(40, 630, "BILL TO", "DVB", 7.5, color=(0.4, 0.4, 0.4))
    d.lines(
        40,
        617,
        [
            "Pinecrest Analytics LLC",
            "Attn: Accounts Payable",
            "1420 NW Lovejoy St",
            "Portland, OR 97209",
        ],
        11.5,
        font="DV",
        size=9,
    )
    cols = [(44, "l"), (380, "r"), (470, "r"), (568, "r")]
    trs = [[a, shown, f"${u}", f"${money(t)}"] for a, shown, u, t in rows]
    y = table(
        d,
        545,
        cols,
        ["Service", "Quantity", "Unit price", "Amount"],
        trs,
        span=(40, 572),
        size=8.5,
        lead=14,
        head_color=(0.4, 0.2, 0.7),
    )
    y = totals(
        d,
        380,
        568,
        y - 8,
        [
            ("Subtotal", f"${money(sub)}"),
            ("Promotional credit (STARTUP-2026)", f"-${money(-credit)}"),
            ("Taxable amount", f"${money(net)}"),
            ("WA sales tax (10.25%)", f"${money(tax)}"),
        ],
        size=8.5,
        lead=14,
        bold_last=False,
    )
    d.rect(370, y - 10, 202, 26, fill=(0.93, 0.9, 0.98))
    d.t(380, y, "Amount due (USD)", "DVB", 10)
    d.t(568, y, f"${money(total)}", "DVB", 11, "r")
    d.lines(
        40,
        y - 50,
        [
            "Your Visa ending in 4242 will be charged automatically on the due date.",
            "Questions? Visit stratocloud.io/billing. Please reference your Account ID, not the invoice number, when paying by wire.",
        ],
        12,
        font="DV",
        size=8,
    )
    d.t(
        306,
        40,
        "Stratocloud, Inc. · EIN 84-3319027 · WA UBI 604-555-118",
        "DV",
        7,
        "c",
        color=(0.4, 0.4, 0.4),
    )
    its = [
        item(a, q.replace(",", ""), u, t)
        for (a, q, _, _), (_, _, u, t) in zip(usage, rows, strict=True)
    ]
    its.append(item("Promotional credit (STARTUP-2026)", None, None, credit))
    tr = truth(
        number=number,
        issued=issued,
        due=due,
        vendor=vendor,
        amount=net,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="Credit below the subtotal so the net is the 'Taxable amount'; sales tax not VAT; Account ID and billing period look like numbers/dates.",
    )
    return d.pdf(), tr


def _energy_charges() -> tuple[list[tuple[str, Decimal]], Decimal]:
    lines = [
        ("Electricity standing charge 31 days @ 53.35p", q2(31 * D("0.5335"))),
        ("Electricity used 412 kWh @ 24.50p", q2(412 * D("0.2450"))),
        ("Gas standing charge 31 days @ 31.43p", q2(31 * D("0.3143"))),
        ("Gas used 1,180 kWh @ 6.24p", q2(1180 * D("0.0624"))),
        ("Warm Home Discount", D("-15.00")),
    ]
    return lines, sum((v for _, v in lines), ZERO)


def i06(rng: random.Random) -> tuple[bytes, dict]:
    """UK energy supplier, 2 pages: account summary with previous balance, VAT 5 %."""
    vendor = "Brightwatt Energy Ltd"
    issued, due = date(2026, 2, 3), date(2026, 2, 17)
    number = "200418773"
    lines, net = _energy_charges()
    vat = pct(net, "5")
    total = net + vat
    prev, paid = D("187.62"), D("-187.62")
    d = Doc(A4)
    wordmark(d, 40, 780, "brightwatt", "DVB", 26, (0.95, 0.6, 0.0), "circle")
    d.t(555, 792, "Your energy bill", "DVB", 15, "r")
    d.lines(
        555,
        772,
        ["Bill number 200418773", "Bill date 3 February 2026", "Account number 8832 1147 06"],
        12,
        font="DV",
        size=8.5,
        align="r",
    )
    d.lines(
        40,
        735,
        ["Mr R. Patel", "Flat 3, 21 Victoria Road", "Leeds", "LS6 1AS"],
        12.5,
        font="DV",
        size=10,
    )
    d.rect(40, 520, 515, 140, fill=(1, 0.96, 0.86))
    d.t(55, 640, "Your account summary", "DVB", 12)
    rows = [
        ("Balance on your last bill", f"£{money(prev)}"),
        ("Payments received – thank you", f"-£{money(-paid)}"),
        ("Your new charges this period (incl. VAT)", f"£{money(total)}"),
    ]
    totals(d, 55, 540, 615, rows, size=10, lead=18, bold_last=False)
    d.hline(55, 540, 555, 0.8)
    d.t(55, 533, "Balance to pay", "DVB", 13)
    d.t(540, 533, f"£{money(total)}", "DVB", 15, "r")
    d.lines(
        40,
        495,
        [
            "We'll collect this by Direct Debit on or just after 17 February 2026.",
            "Period covered: 1 January 2026 to 31 January 2026 (31 days). Charges are detailed on page 2.",
        ],
        13,
        font="DV",
        size=9,
    )
    d.t(40, 430, "Your tariff: Brightwatt Fixed Saver 12M, dual fuel, Direct Debit", "DV", 9)
    d.t(
        40,
        412,
        "Estimated annual cost: £1,412.08 – you could not save by switching to another Brightwatt tariff.",
        "DV",
        9,
    )
    d.t(
        297,
        52,
        "Brightwatt Energy Ltd, 2 Wellington Place, Leeds LS1 4AP. Registered in England and Wales No. 09876543. VAT No. GB 312 4567 89.",
        "DV",
        6.6,
        "c",
    )
    d.t(555, 36, "Page 1 of 2", "DV", 7.5, "r")
    d.page()
    d.t(40, 800, "Your charges in detail", "DVB", 14)
    d.lines(
        40,
        775,
        [
            "Electricity meter E17Z 044213: 01 Jan 18,204 (actual) → 31 Jan 18,616 (actual) = 412 kWh",
            "Gas meter G4 77102: 01 Jan 6,012.4 → 31 Jan 6,118.6 m³ (estimated), converted = 1,180 kWh",
        ],
        12,
        font="DV",
        size=8,
    )
    y = table(
        d,
        730,
        [(44, "l"), (551, "r")],
        ["Charge", "Amount"],
        [[a, ("-£" + money(-v)) if v < 0 else "£" + money(v)] for a, v in lines],
        span=(40, 555),
        size=9,
        lead=15,
    )
    y = totals(
        d,
        330,
        551,
        y - 6,
        [
            ("Total charges before VAT", f"£{money(net)}"),
            ("VAT at 5%", f"£{money(vat)}"),
            ("Total charges this period", f"£{money(total)}"),
        ],
        size=9.5,
        lead=15,
    )
    d.t(
        297,
        52,
        "Brightwatt Energy Ltd · Registered in England and Wales No. 09876543 · VAT No. GB 312 4567 89",
        "DV",
        6.6,
        "c",
    )
    d.t(555, 36, "Page 2 of 2", "DV", 7.5, "r")
    tr = truth(
        number=number,
        issued=issued,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        dtype="invoice",
        items=[item(a, None, None, v) for a, v in lines],
        note="Two pages; previous balance and payment on page 1, VAT only on page 2; account number and bill number both numeric; a negative discount line.",
    )
    return d.pdf(), tr


def i07(rng: random.Random) -> tuple[bytes, dict]:
    """BE e-commerce order invoice (French): TTC prices, shipping, voucher, 'dont TVA'."""
    vendor = "Maison Lumière SRL"
    issued = date(2026, 5, 11)
    number = "FA-2026-031557"
    specs = [
        ("Lampe à poser « Opaline » laiton", "1", "89.00"),
        ("Ampoule LED E27 filament 4W", "4", "6.49"),
        ("Guirlande lumineuse 10 m", "2", "24.95"),
    ]
    items = lines_of(specs)
    goods = sum((t for *_, t in items), ZERO)
    ship, voucher = D("6.95"), D("-15.00")
    total = goods + ship + voucher
    vat = incl(total, "21")
    net = total - vat
    d = Doc(A4)
    d.t(297, 790, "MAISON LUMIÈRE", "DVSB", 24, "c")
    d.t(
        297,
        772,
        "luminaires & décoration · maisonlumiere.be",
        "DVSI",
        9,
        "c",
        color=(0.45, 0.45, 0.45),
    )
    d.hline(40, 555, 760, 1.0)
    d.lines(
        40,
        735,
        [
            "Facture",
            "N° de facture : " + number,
            "N° de commande : ML-884120-B",
            "Date de facture : 11/05/2026",
            "Date de commande : 09/05/2026",
        ],
        13,
        font="DV",
        size=9,
    )
    d.t(350, 735, "Adresse de livraison et de facturation", "DVB", 8.5)
    d.lines(
        350,
        720,
        ["Sophie Lambert", "Rue Saint-Gilles 142", "4000 Liège", "Belgique"],
        12,
        font="DV",
        size=9,
    )
    cols = [(44, "l"), (360, "r"), (450, "r"), (551, "r")]
    rows = [[a, q, money(u, "fr") + " €", money(t, "fr") + " €"] for a, q, u, t in items]
    y = table(
        d,
        640,
        cols,
        ["Article", "Qté", "Prix unitaire TTC", "Total TTC"],
        rows,
        span=(40, 555),
        font="DVS",
        bold="DVSB",
        size=8.5,
        lead=15,
    )
    y = totals(
        d,
        330,
        551,
        y - 6,
        [
            ("Sous-total articles", money(goods, "fr") + " €"),
            ("Livraison bpost à domicile", money(ship, "fr") + " €"),
            ("Bon de réduction PRINTEMPS15", "-" + money(-voucher, "fr") + " €"),
            ("Total TTC", money(total, "fr") + " €"),
        ],
        font="DVS",
        bold="DVSB",
        size=9,
        lead=14,
    )
    y = totals(
        d,
        330,
        551,
        y - 2,
        [("dont TVA 21 %", money(vat, "fr") + " €"), ("Total HTVA", money(net, "fr") + " €")],
        font="DVS",
        size=8.5,
        lead=13,
        bold_last=False,
    )
    d.t(
        40,
        y - 20,
        "Payé par Bancontact le 09/05/2026 – référence de transaction 7730 1148 2291.",
        "DVS",
        9,
    )
    d.t(
        40,
        y - 35,
        "Droit de rétractation de 14 jours : voir nos conditions générales sur maisonlumiere.be/cgv.",
        "DVS",
        8,
    )
    d.hline(40, 555, 75, 0.5)
    d.t(
        297,
        62,
        "Maison Lumière SRL · Quai de la Batte 8, 4020 Liège · BCE/TVA BE 0789.412.356 · RPM Liège",
        "DVS",
        7,
        "c",
    )
    d.t(297, 51, "IBAN BE71 0961 2345 6769 · BIC GKCCBEBB", "DVS", 7, "c")
    its = [item(a, q, u, t) for a, q, u, t in items] + [
        item("Livraison bpost à domicile", "1", ship, ship),
        item("Bon de réduction PRINTEMPS15", "1", voucher, voucher),
    ]
    tr = truth(
        number=number,
        issued=issued,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-BE",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="Prices incl. VAT; shipping and voucher below the subtotal; VAT only as 'dont TVA'; the net (HTVA) printed last; order number and order date beside invoice ones. Item amounts are gross.",
    )
    return d.pdf(), tr


def i08(rng: random.Random) -> tuple[bytes, dict]:
    """ES marketplace invoice issued on behalf of a third-party seller; the seller is the vendor."""
    vendor = "Suministros Ferrán S.L."
    issued = date(2026, 6, 18)
    number = "ES-SF-2026-00912"
    items = lines_of(
        [
            ("Taladro percutor inalámbrico 18V", "1", "64.46"),
            ("Juego de brocas HSS 19 piezas", "2", "9.90"),
            ("Gafas de protección EN166", "3", "3.30"),
        ]
    )
    net = sum((t for *_, t in items), ZERO)
    ship = D("3.31")
    net += ship
    vat = pct(net, "21")
    total = net + vat
    d = Doc(A4)
    wordmark(d, 40, 785, "mercaplaza", "DVB", 20, (0.0, 0.55, 0.75), "box")
    d.t(555, 792, "Factura", "DVB", 16, "r")
    d.t(
        40,
        755,
        "Factura emitida por Mercaplaza en nombre y por cuenta de:",
        "DVI",
        8.5,
        color=(0.35, 0.35, 0.35),
    )
    d.lines(
        40,
        738,
        [
            "Vendido por: Suministros Ferrán S.L.",
            "NIF: B46871235",
            "C/ Sant Vicent 114, 46007 Valencia",
        ],
        12.5,
        font="DVB",
        size=9.5,
    )
    meta = [
        ("Número de factura", number),
        ("Fecha de factura", "18/06/2026"),
        ("Fecha de la operación", "16/06/2026"),
        ("Número de pedido", "403-7781294-5530016"),
    ]
    y = 738
    for k, v in meta:
        d.t(330, y, k + ":", "DV", 8.5)
        d.t(555, y, v, "DV", 8.5, "r")
        y -= 12.5
    d.t(40, 670, "Facturar a", "DVB", 8.5)
    d.lines(
        40,
        656,
        ["Javier Ortega Ruiz", "Av. de la Constitución 23, 3º B", "41001 Sevilla"],
        12,
        font="DV",
        size=9,
    )
    cols = [(44, "l"), (330, "r"), (400, "r"), (470, "r"), (551, "r")]
    rows = [
        [a, q, money(u, "de") + " €", "21 %", money(t, "de") + " €"] for a, q, u, t in items
    ] + [["Gastos de envío", "1", money(ship, "de") + " €", "21 %", money(ship, "de") + " €"]]
    y = table(
        d,
        600,
        cols,
        ["Descripción", "Cant.", "Precio unit.", "IVA", "Importe"],
        rows,
        span=(40, 555),
        size=8.5,
        lead=14,
        fill=(0.88, 0.95, 0.98),
    )
    y = totals(
        d,
        350,
        551,
        y - 6,
        [
            ("Base imponible", money(net, "de") + " €"),
            ("IVA 21 %", money(vat, "de") + " €"),
            ("Total factura", money(total, "de") + " €"),
        ],
        size=9,
        lead=14,
    )
    d.lines(
        40,
        y - 20,
        [
            "Pagado con tarjeta el 16/06/2026.",
            "Mercaplaza Europe S.à r.l. actúa como intermediario; el vendedor es responsable de esta factura.",
        ],
        12,
        font="DV",
        size=8,
    )
    d.t(
        297,
        50,
        "Mercaplaza Europe S.à r.l. · 5 Rue Plaetis, L-2338 Luxemburg · RCS Luxembourg B 101818 · mercaplaza.es",
        "DV",
        6.8,
        "c",
        color=(0.4, 0.4, 0.4),
    )
    its = [item(a, q, u, t) for a, q, u, t in items] + [item("Gastos de envío", "1", ship, ship)]
    tr = truth(
        number=number,
        issued=issued,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="Marketplace wordmark at the top but the seller ('Vendido por') is the vendor; order number long and numeric; operation date vs invoice date.",
    )
    return d.pdf(), tr


def i09(rng: random.Random) -> tuple[bytes, dict]:
    """IT online course platform: 'Fattura', IVA 22 %, P.IVA/REA, 'Totale documento', scadenza."""
    vendor = "Accademia Digitale S.r.l."
    issued, due = date(2026, 9, 7), date(2026, 10, 7)
    number = "147/2026"
    items = lines_of(
        [
            ("Corso online «Data Analysis con Python» – licenza 12 mesi", "3", "390.00"),
            ("Certificazione finale (esame online)", "3", "45.00"),
            ("Sconto aziendale 10% su corso", "1", "-117.00"),
        ]
    )
    net = sum((t for *_, t in items), ZERO)
    vat = pct(net, "22")
    total = net + vat
    d = Doc(A4)
    d.c.setFillColorRGB(0.0, 0.5, 0.3)
    d.c.rect(40, 770, 8, 50, fill=1, stroke=0)
    d.t(56, 800, "Accademia", "DVSB", 22, color=(0.0, 0.5, 0.3))
    d.t(56, 776, "Digitale", "DVS", 22, color=(0.2, 0.2, 0.2))
    d.lines(
        555,
        805,
        [
            "Accademia Digitale S.r.l.",
            "Via Tortona 31, 20144 Milano (MI)",
            "P.IVA 10987650963",
            "info@accademiadigitale.it",
        ],
        11,
        font="DV",
        size=8,
        align="r",
    )
    d.t(40, 730, "FATTURA N. " + number, "DVB", 13)
    d.t(40, 713, "Data: 07/09/2026", "DV", 9.5)
    d.rect(320, 655, 235, 85, stroke=(0.6, 0.6, 0.6))
    d.lines(
        330,
        725,
        [
            "Spett.le",
            "Studio Tecnico Bellandi & Associati",
            "Corso Vittorio Emanuele II 58",
            "10121 Torino (TO)",
            "P.IVA 07766120011 – SDI M5UXCR1",
        ],
        12,
        font="DV",
        size=8.5,
    )
    cols = [(44, "l"), (360, "r"), (430, "r"), (480, "r"), (551, "r")]
    rows = [[a, q, money(u, "de"), "22", money(t, "de")] for a, q, u, t in items]
    y = table(
        d,
        620,
        cols,
        ["Descrizione", "Q.tà", "Prezzo", "IVA %", "Importo €"],
        rows,
        span=(40, 555),
        size=8.5,
        lead=15,
        grid=True,
    )
    d.rect(300, y - 62, 255, 62, stroke=(0, 0, 0))
    totals(
        d,
        310,
        548,
        y - 14,
        [
            ("Imponibile", money(net, "de")),
            ("IVA 22%", money(vat, "de")),
            ("Totale documento €", money(total, "de")),
        ],
        size=9,
        lead=16,
    )
    d.lines(
        40,
        y - 14,
        [
            "Modalità di pagamento: bonifico bancario",
            "IBAN IT60 X054 2811 1010 0000 0123 456",
            "Scadenza: 07/10/2026",
        ],
        13,
        font="DV",
        size=8.5,
    )
    d.t(
        297,
        60,
        "Capitale sociale € 20.000,00 i.v. – REA MI-2571442 – Copia di cortesia: l'originale è trasmesso tramite SdI",
        "DV",
        7,
        "c",
    )
    tr = truth(
        number=number,
        issued=issued,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        dtype="invoice",
        items=[item(a, q, u, t) for a, q, u, t in items],
        note="Short number '147/2026' that looks like a date fraction; discount as a negative item; 'Totale documento'; image-only PDF (scanned print).",
    )
    return d.pdf(), tr


def i10(rng: random.Random) -> tuple[bytes, dict]:
    """IE airline: booking reference vs invoice number, passengers, zero VAT printed."""
    vendor = "Aerlinn Air DAC"
    issued = date(2026, 7, 2)
    number = "EI-INV-26-5530981"
    specs = [
        ("Fare DUB–LIS 14 Aug 2026, Adult", "2", "84.99"),
        ("Fare LIS–DUB 24 Aug 2026, Adult", "2", "96.99"),
        ("Checked bag 20 kg (return)", "2", "58.00"),
        ("Reserved seat", "4", "9.00"),
        ("Airport development fee DUB", "2", "12.50"),
    ]
    items = lines_of(specs)
    net = sum((t for *_, t in items), ZERO)
    vat = ZERO
    total = net
    d = Doc(A4)
    d.rect(0, 760, 595, 82, fill=(0.0, 0.35, 0.25))
    wordmark(d, 40, 790, "AERLINN", "DVB", 26, (1, 1, 1), "tri")
    d.t(555, 795, "Invoice / Sonrasc", "DV", 12, "r", color=(1, 1, 1))
    d.lines(
        40,
        735,
        ["Booking reference", "Invoice number", "Date of issue", "Payment"],
        14,
        font="DVB",
        size=9,
    )
    d.lines(
        150,
        735,
        ["K7QZ4M", number, "02 July 2026", "Mastercard ****8812, 02 Jul 2026"],
        14,
        font="DV",
        size=9,
    )
    d.lines(
        380,
        735,
        ["Invoiced to", "Eoin Gallagher", "17 Seafield Avenue", "Clontarf, Dublin 3, D03 X2P4"],
        13,
        font="DV",
        size=9,
    )
    d.t(40, 660, "Passengers: MR EOIN GALLAGHER, MS AOIFE GALLAGHER", "DV", 9)
    cols = [(44, "l"), (380, "r"), (460, "r"), (551, "r")]
    rows = [[a, q, f"€{money(u)}", f"€{money(t)}"] for a, q, u, t in items]
    y = table(
        d,
        630,
        cols,
        ["Description", "Qty", "Unit", "EUR"],
        rows,
        span=(40, 555),
        size=8.5,
        lead=15,
        fill=(0.85, 0.93, 0.9),
    )
    y = totals(
        d,
        330,
        551,
        y - 6,
        [
            ("Net", f"€{money(net)}"),
            ("VAT 0% (international transport)", f"€{money(vat)}"),
            ("Total paid", f"€{money(total)}"),
        ],
        size=9,
        lead=14,
    )
    d.t(
        40,
        y - 20,
        "Balance outstanding: €0.00. This invoice is issued for the booking above and is not a travel document.",
        "DV",
        8,
    )
    d.t(
        297,
        50,
        "Aerlinn Air DAC · Registered in Ireland No. 712348 · Airside Business Park, Swords, Co. Dublin K67 P8C9 · VAT IE 3412876RH",
        "DV",
        6.7,
        "c",
    )
    tr = truth(
        number=number,
        issued=issued,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="en-IE",
        layout="invoice",
        dtype="invoice",
        items=[item(a, q, u, t) for a, q, u, t in items],
        note="Booking reference (6 letters) above the invoice number; VAT printed as 0.00 (keyed '0.00'); 'Balance outstanding €0.00' near the total; airport fee is a charge, not a tax.",
    )
    return d.pdf(), tr


def i11(rng: random.Random) -> tuple[bytes, dict]:
    """PL car-sharing trips: Faktura VAT, gross trip prices, netto/VAT/brutto per line. Scanned."""
    vendor = "Jedźmy Car Sharing sp. z o.o."
    issued, due = date(2026, 3, 31), date(2026, 4, 14)
    number = "FV/2026/03/018422"
    trips = [
        ("Przejazd 03.03 Mokotów → Wola, 27 min, 11,4 km", "38.70"),
        ("Przejazd 09.03 Śródmieście → Lotnisko Chopina, 41 min", "64.15"),
        ("Przejazd 17.03 Praga → Ursynów, 33 min", "47.90"),
        ("Opłata parkingowa strefa płatna", "9.00"),
        ("Pakiet minut 120 min", "79.00"),
    ]
    rows = []
    for a, g in trips:
        gross = D(g)
        v = incl(gross, "23")
        rows.append((a, gross - v, v, gross))
    net = sum((r[1] for r in rows), ZERO)
    vat = sum((r[2] for r in rows), ZERO)
    total = sum((r[3] for r in rows), ZERO)
    d = Doc(A4)
    wordmark(d, 40, 790, "jedźmy", "DVB", 24, (0.85, 0.1, 0.3), "circle")
    d.t(555, 800, "Faktura VAT nr " + number, "DVB", 11, "r")
    d.lines(
        555,
        782,
        [
            "Data wystawienia: 31.03.2026",
            "Data sprzedaży: 31.03.2026",
            "Termin płatności: 14.04.2026",
            "Sposób płatności: karta (obciążenie automatyczne)",
        ],
        12,
        font="DV",
        size=8.5,
        align="r",
    )
    d.t(40, 720, "Sprzedawca", "DVB", 9)
    d.lines(
        40,
        706,
        [
            "Jedźmy Car Sharing sp. z o.o.",
            "ul. Grzybowska 62, 00-844 Warszawa",
            "NIP 527-289-14-60",
        ],
        12,
        font="DV",
        size=8.5,
    )
    d.t(320, 720, "Nabywca", "DVB", 9)
    d.lines(
        320,
        706,
        ["Marta Kowalczyk", "ul. Puławska 145/12, 02-715 Warszawa"],
        12,
        font="DV",
        size=8.5,
    )
    cols = [(44, "l"), (360, "r"), (420, "r"), (480, "r"), (551, "r")]
    trs = [[a, money(n, "sp"), "23%", money(v, "sp"), money(g, "sp")] for a, n, v, g in rows]
    y = table(
        d,
        640,
        cols,
        ["Nazwa usługi", "Netto", "Stawka", "VAT", "Brutto"],
        trs,
        span=(40, 555),
        size=8,
        lead=14,
        grid=True,
    )
    d.t(44, y - 4, "Razem", "DVB", 8.5)
    for x, v in ((360, net), (420, None), (480, vat), (551, total)):
        d.t(x, y - 4, money(v, "sp") if v is not None else "23%", "DVB", 8.5, "r")
    d.t(40, y - 40, f"Do zapłaty: {money(total, 'sp')} zł", "DVB", 13)
    d.t(40, y - 58, "Słownie: dwieście trzydzieści osiem złotych 75/100", "DV", 8.5)
    d.t(
        297,
        60,
        "Sąd Rejonowy dla m.st. Warszawy, XII Wydział Gospodarczy KRS 0000781122 · REGON 383112447 · Kapitał zakładowy 500 000 zł",
        "DV",
        6.5,
        "c",
    )
    tr = truth(
        number=number,
        issued=issued,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        dtype="invoice",
        items=[item(a, "1", None, g) for a, _, _, g in rows],
        note="Per-line netto/VAT/brutto computed from gross trip prices; 'Razem' row totals; 'Do zapłaty ... zł'; dates in trip descriptions; printed and scanned. Line amounts keyed gross (brutto).",
    )
    assert money(total, "sp") == "238,75", money(total, "sp")
    return d.pdf(), tr


def i12(rng: random.Random) -> tuple[bytes, dict]:
    """NL food-delivery platform's invoice to a restaurant: commission, fees, then a payout statement."""
    vendor = "Thuismaal Platform B.V."
    issued = date(2026, 4, 6)
    number = "TMP-NL-2614-0077351"
    orders, gross_sales, online = 312, D("8412.50"), D("7390.20")
    fees = [
        ("Commission 14% on order value (€8,412.50)", q2(gross_sales * D("0.14"))),
        ("Delivery service fee (96 orders × €2.50)", q2(96 * D("2.50"))),
        (f"Online payment fee ({orders - 41} orders × €0.29)", q2((orders - 41) * D("0.29"))),
        ("Marketing package 'Top listing' week 14", D("45.00")),
    ]
    net = sum((v for _, v in fees), ZERO)
    vat = pct(net, "21")
    total = net + vat
    payout = online - total
    d = Doc(A4)
    wordmark(d, 40, 785, "thuismaal", "DVB", 24, (1.0, 0.45, 0.1), "box")
    d.t(555, 795, "Invoice", "DVB", 18, "r")
    d.lines(
        40,
        745,
        ["Restaurant De Gouden Wok", "Restaurant ID 40117", "Vismarkt 21", "6811 CG Arnhem"],
        12,
        font="DV",
        size=9,
    )
    meta = [
        ("Invoice number", number),
        ("Invoice date", "06-04-2026"),
        ("Period", "30-03-2026 – 05-04-2026"),
        ("Orders in period", str(orders)),
    ]
    y = 745
    for k, v in meta:
        d.t(330, y, k, "DV", 8.5)
        d.t(555, y, v, "DVB", 8.5, "r")
        y -= 12
    d.t(40, 670, "A. Our services to you", "DVB", 11)
    y = table(
        d,
        648,
        [(44, "l"), (551, "r")],
        ["Description", "Amount excl. VAT"],
        [[a, "€ " + money(v, "nl")] for a, v in fees],
        span=(40, 555),
        size=8.5,
        lead=14,
    )
    y = totals(
        d,
        330,
        551,
        y - 6,
        [
            ("Subtotal services", "€ " + money(net, "nl")),
            ("VAT 21%", "€ " + money(vat, "nl")),
            ("Invoice total", "€ " + money(total, "nl")),
        ],
        size=9,
        lead=14,
    )
    d.t(40, y - 20, "B. Payout statement (not part of the invoice amount)", "DVB", 11)
    rows = [
        ("Total order value incl. VAT (all orders)", "€ " + money(gross_sales, "nl")),
        ("of which paid in cash to your drivers", "€ " + money(gross_sales - online, "nl")),
        ("Online payments collected by Thuismaal", "€ " + money(online, "nl")),
        ("Less: invoice total (section A)", "-€ " + money(total, "nl")),
        ("Payout to NL91 INGB 0006 5432 10 on 08-04-2026", "€ " + money(payout, "nl")),
    ]
    d.rect(40, y - 128, 515, 98, fill=(1, 0.95, 0.9))
    totals(d, 52, 545, y - 48, rows, size=9, lead=17)
    d.t(
        40,
        y - 150,
        "The invoice total is settled against your online payments; you do not need to pay anything.",
        "DV",
        8.5,
    )
    d.t(
        297,
        55,
        "Thuismaal Platform B.V. · Piet Heinkade 55, 1019 GM Amsterdam · KvK 64112876 · BTW NL855771204B01",
        "DV",
        7,
        "c",
    )
    tr = truth(
        number=number,
        issued=issued,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="en-NL",
        layout="invoice",
        dtype="invoice",
        items=[item(a, None, None, v) for a, v in fees],
        note="Invoice total is the fee sum + VAT, not the far larger order value or payout below it; payout line is bold and last; Dutch number format in English text.",
    )
    return d.pdf(), tr


def i13(rng: random.Random) -> tuple[bytes, dict]:
    """US print-on-demand shop, Letter: order vs invoice number, discount code, shipping, sales tax. Photographed."""
    vendor = "Inkpress Prints LLC"
    issued = date(2026, 10, 19)
    number = "IP-104882"
    items = lines_of(
        [
            ("Unisex tee 'Desert Moth' – M, sand", "2", "24.00"),
            ("Poster 18×24 in 'Saguaro Dusk', matte", "1", "32.00"),
            ("Ceramic mug 11 oz 'Moth'", "3", "16.50"),
            ("Sticker pack (6)", "1", "7.50"),
        ]
    )
    goods = sum((t for *_, t in items), ZERO)
    disc = q2(goods * D("-0.15"))
    ship = D("8.95")
    net = goods + disc + ship
    tax = pct(net, "8.25")
    total = net + tax
    d = Doc(letter)
    d.t(306, 735, "INKPRESS", "DVSB", 34, "c")
    d.t(306, 715, "print-on-demand · est. 2017 · Portland, Oregon", "DVSI", 9, "c")
    d.hline(60, 552, 702, 1.5)
    d.lines(
        60,
        680,
        ["INVOICE " + number, "Order #: 55120-7734", "Date: 10/19/2026", "Ship date: 10/21/2026"],
        13,
        font="DVM",
        size=9,
    )
    d.lines(
        330,
        680,
        ["SHIP TO:", "Dana Whitfield", "3907 Avenue F", "Austin, TX 78751"],
        13,
        font="DVM",
        size=9,
    )
    cols = [(62, "l"), (380, "r"), (460, "r"), (550, "r")]
    rows = [[a, q, money(u), money(t)] for a, q, u, t in items]
    y = table(
        d,
        600,
        cols,
        ["ITEM", "QTY", "EACH", "TOTAL"],
        rows,
        font="DVM",
        bold="DVMB",
        size=8.5,
        lead=15,
        span=(60, 552),
    )
    y = totals(
        d,
        350,
        550,
        y - 6,
        [
            ("Merchandise", money(goods)),
            ("Code FALL15 (15% off)", money(disc)),
            ("Shipping (USPS Ground Advantage)", money(ship)),
            ("Sales tax TX 8.25%", money(tax)),
            ("ORDER TOTAL USD", "$" + money(total)),
        ],
        font="DVM",
        bold="DVMB",
        size=8.5,
        lead=15,
    )
    d.lines(
        60,
        y - 25,
        ["Paid: Visa •••• 0937  Auth 0488QK", "Returns within 30 days — inkpress.shop/returns"],
        13,
        font="DVM",
        size=8.5,
    )
    d.t(
        306,
        60,
        "Inkpress Prints LLC · 2211 SE Division St, Portland OR 97202 · EIN 82-4471190",
        "DVM",
        7,
        "c",
    )
    its = [item(a, q, u, t) for a, q, u, t in items] + [
        item("Code FALL15 (15% off)", None, None, disc),
        item("Shipping (USPS Ground Advantage)", "1", ship, ship),
    ]
    tr = truth(
        number=number,
        issued=issued,
        due=None,
        vendor=vendor,
        amount=net,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="No 'Subtotal' after the discount: net = merchandise - discount + shipping (taxable); order number beside invoice number; US date format; photographed.",
    )
    return d.pdf(), tr


def i14(rng: random.Random) -> tuple[bytes, dict]:
    """CH domain registrar (German-Swiss), CHF with apostrophes, MWST 8.1 %, QR-bill payment part."""
    vendor = "Domainhafen AG"
    issued, due = date(2026, 1, 9), date(2026, 2, 8)
    number = "2026-000381"
    items = lines_of(
        [
            (".ch Domain Verlängerung (1 Jahr)", "84", "11.90"),
            (".swiss Domain Verlängerung (1 Jahr)", "6", "89.00"),
            ("DNS Premium Anycast (Jahr)", "1", "240.00"),
            ("Whois-Privacy Paket", "12", "5.00"),
        ]
    )
    net = sum((t for *_, t in items), ZERO)
    vat = pct(net, "8.1")
    total = net + vat
    d = Doc(A4)
    wordmark(d, 50, 790, "domainhafen", "DVL", 26, (0.8, 0.05, 0.1), "box")
    d.lines(50, 760, ["Domainhafen AG · Hardturmstrasse 161 · 8005 Zürich"], 10, font="DV", size=7)
    d.lines(
        330,
        760,
        ["Webagentur Alpenblick GmbH", "Frau Nina Zürcher", "Bahnhofstrasse 12", "6003 Luzern"],
        12.5,
        font="DV",
        size=9.5,
    )
    d.t(50, 680, "Rechnung", "DVB", 16)
    meta = [
        ("Rechnung Nr.", number),
        ("Datum", "09.01.2026"),
        ("Kunden-Nr.", "K-18830"),
        ("Zahlbar bis", "08.02.2026"),
    ]
    y = 660
    for k, v in meta:
        d.t(50, y, k, "DV", 9)
        d.t(160, y, v, "DV", 9)
        y -= 12.5
    cols = [(54, "l"), (360, "r"), (440, "r"), (541, "r")]
    rows = [[a, q, money(u, "ch"), money(t, "ch")] for a, q, u, t in items]
    y = table(
        d,
        590,
        cols,
        ["Position", "Menge", "Preis CHF", "Betrag CHF"],
        rows,
        span=(50, 545),
        size=8.5,
        lead=14,
    )
    y = totals(
        d,
        330,
        541,
        y - 6,
        [
            ("Total exkl. MWST", money(net, "ch")),
            ("MWST 8.1 %", money(vat, "ch")),
            ("Total CHF", money(total, "ch")),
        ],
        size=9,
        lead=14,
    )
    d.t(
        50,
        y - 10,
        "Zahlbar innert 30 Tagen. Bitte verwenden Sie den Einzahlungsschein unten.",
        "DV",
        8.5,
    )
    d.t(
        297,
        320,
        "Domainhafen AG · UID CHE-412.887.530 MWST · Handelsregister Kanton Zürich",
        "DV",
        7,
        "c",
    )
    d.hline(0, 595, 298, 0.5, dash=[3, 2])
    d.t(20, 278, "Empfangsschein", "DVB", 10)
    d.lines(
        20,
        258,
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Domainhafen AG",
            "8005 Zürich",
            "",
            "Referenz",
            "21 00000 00003 13947 14300 09017",
            "",
            "Währung  Betrag",
            "CHF      " + money(total, "ch"),
        ],
        11,
        font="DV",
        size=7.5,
    )
    d.t(185, 278, "Zahlteil", "DVB", 10)
    d.qr(185, 105, 130, zlib.crc32(number.encode()))
    d.lines(
        335,
        258,
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Domainhafen AG",
            "Hardturmstrasse 161, 8005 Zürich",
            "",
            "Referenz",
            "21 00000 00003 13947 14300 09017",
            "",
            "Zusätzliche Informationen",
            "Rechnung " + number,
        ],
        11,
        font="DV",
        size=7.5,
    )
    d.lines(185, 85, ["Währung   Betrag", "CHF       " + money(total, "ch")], 11, font="DV", size=8)
    tr = truth(
        number=number,
        issued=issued,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="CHF",
        locale="de-CH",
        layout="invoice",
        dtype="invoice",
        items=[item(a, q, u, t) for a, q, u, t in items],
        note="Apostrophe thousands (1'982.12); total repeated three times incl. the QR-bill slip; long payment reference digits; customer number K-…",
    )
    return d.pdf(), tr


def i15(rng: random.Random) -> tuple[bytes, dict]:
    """AT insurance premium notice: Versicherungssteuer 11 % is the only tax; Polizzennummer vs Beleg."""
    vendor = "Donauland Versicherung AG"
    issued, due = date(2026, 3, 12), date(2026, 4, 1)
    number = "VS-2026-3381204"
    parts = [
        ("Haushaltsversicherung Premium", D("212.40")),
        ("Eigenheim-Bündelrabatt 10 %", D("-21.24")),
        ("Privathaftpflicht (inkl. Mietsachschäden)", D("96.80")),
        ("Rechtsschutz Wohnen", D("124.64")),
    ]
    net = sum((v for _, v in parts), ZERO)
    vat = pct(net, "11")
    total = net + vat
    d = Doc(A4)
    d.t(50, 790, "DONAULAND", "DVSB", 24, color=(0.0, 0.25, 0.5))
    d.t(50, 772, "VERSICHERUNG", "DVS", 12, color=(0.0, 0.25, 0.5))
    d.lines(
        545,
        795,
        [
            "Donauland Versicherung AG",
            "Praterstraße 38, 1020 Wien",
            "service@donauland.at · 01 512 44 00",
        ],
        11,
        font="DV",
        size=8,
        align="r",
    )
    d.lines(
        50,
        720,
        ["Frau", "Mag. Elisabeth Huber", "Schubertgasse 7/4", "3100 St. Pölten"],
        12.5,
        font="DV",
        size=10,
    )
    d.t(50, 630, "Prämienvorschreibung", "DVSB", 16)
    meta = [
        ("Polizzennummer", "HH 41-778.210-3"),
        ("Beleg-Nr.", number),
        ("Ausstellungsdatum", "12.03.2026"),
        ("Versicherungsperiode", "01.04.2026 bis 31.03.2027"),
    ]
    y = 605
    for k, v in meta:
        d.t(50, y, k, "DV", 9)
        d.t(200, y, v, "DVB", 9)
        y -= 13
    y = table(
        d,
        530,
        [(54, "l"), (541, "r")],
        ["Sparte", "Nettoprämie €"],
        [[a, money(v, "de")] for a, v in parts],
        span=(50, 545),
        size=9,
        lead=15,
    )
    y = totals(
        d,
        300,
        541,
        y - 6,
        [
            ("Nettoprämie", money(net, "de")),
            ("Versicherungssteuer 11 %", money(vat, "de")),
            ("Jahresprämie gesamt", "EUR " + money(total, "de")),
        ],
        size=9.5,
        lead=15,
    )
    d.t(
        50,
        y - 15,
        "Die Prämie ist fällig am 01.04.2026 und wird per SEPA-Lastschrift eingezogen.",
        "DV",
        9,
    )
    d.t(
        50,
        y - 30,
        "Bitte beachten Sie die beiliegenden Versicherungsbedingungen (Stand 01/2026).",
        "DV",
        9,
    )
    d.hline(50, 545, 80, 0.4)
    d.t(
        297,
        66,
        "Donauland Versicherung AG · Sitz Wien · FN 104127 a, Handelsgericht Wien · UID ATU14472608 · DVR 0011244",
        "DV",
        6.8,
        "c",
    )
    tr = truth(
        number=number,
        issued=issued,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        dtype="invoice",
        items=[item(a, None, None, v) for a, v in parts],
        note="Insurance premium tax (Versicherungssteuer) is the tax, no USt/MwSt; policy number and period above; 'fällig am' in running text.",
    )
    return d.pdf(), tr


def i16(rng: random.Random) -> tuple[bytes, dict]:
    """SE SaaS credit note (Kreditfaktura), moms 25 %, negative amounts, reference to original."""
    vendor = "Molnkraft AB"
    issued = date(2026, 11, 20)
    number = "KF-10442"
    items = lines_of(
        [
            ("Molnkraft Team – 15 licenser, okt–dec (återbetalning)", "-15", "249.00"),
            ("Uppsägningsavgift återförd", "-1", "500.00"),
        ]
    )
    net = sum((t for *_, t in items), ZERO)
    vat = pct(net, "25")
    total = net + vat
    d = Doc(A4)
    wordmark(d, 45, 785, "molnkraft", "DVB", 24, (0.2, 0.45, 0.85), "bars")
    d.t(550, 795, "KREDITFAKTURA", "DVB", 16, "r")
    d.lines(
        45,
        745,
        ["Kreditfakturanummer", "Kreditfakturadatum", "Avser faktura", "Kundnummer", "Er referens"],
        13,
        font="DV",
        size=9,
    )
    d.lines(
        175,
        745,
        [number, "2026-11-20", "F-2026-09187 (2026-10-01)", "30551", "Lina Bergqvist"],
        13,
        font="DVB",
        size=9,
    )
    d.lines(
        360,
        745,
        ["Fjällström Design AB", "Att: Ekonomi", "Götgatan 48", "118 26 Stockholm"],
        13,
        font="DV",
        size=9.5,
    )
    cols = [(49, "l"), (360, "r"), (450, "r"), (546, "r")]
    rows = [[a, q, money(u, "sp"), money(t, "sp")] for a, q, u, t in items]
    y = table(
        d,
        640,
        cols,
        ["Beskrivning", "Antal", "À-pris", "Belopp"],
        rows,
        span=(45, 550),
        size=8.5,
        lead=15,
        fill=(0.88, 0.92, 1.0),
    )
    y = totals(
        d,
        330,
        546,
        y - 6,
        [
            ("Netto", money(net, "sp")),
            ("Moms 25 %", money(vat, "sp")),
            ("Att återbetala SEK", money(total, "sp")),
        ],
        size=9.5,
        lead=15,
    )
    d.t(
        45,
        y - 20,
        "Beloppet återbetalas till ert bankkonto inom 10 dagar. Ingen betalning krävs.",
        "DV",
        9,
    )
    foot = [
        ["Molnkraft AB", "Sveavägen 44", "111 34 Stockholm"],
        ["Org.nr 559123-4471", "Momsreg.nr SE559123447101", "Godkänd för F-skatt"],
        ["Bankgiro 5312-8841", "IBAN SE45 5000 0000 0583 9825 7466", "faktura@molnkraft.se"],
    ]
    for i, col in enumerate(foot):
        d.lines(45 + i * 170, 85, col, 10, font="DV", size=7)
    tr = truth(
        number=number,
        issued=issued,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="SEK",
        locale="sv-SE",
        layout="invoice",
        dtype="credit_note",
        items=[item(a, q, u, t) for a, q, u, t in items],
        note="Credit note printed with negative amounts (keyed negative); refers to an original invoice number and date; ISO dates; space thousands with decimal comma.",
    )
    return d.pdf(), tr


# =========================================================================== receipts


def round05(v: Decimal) -> Decimal:
    return q2((v / D("0.05")).quantize(D("1"), rounding=ROUND_HALF_UP) * D("0.05"))


def logo_block(text: str, font: str, size: float, mark: str = "") -> Callable[[Doc, float], object]:
    def draw(d: Doc, y: float) -> None:
        if mark == "circle":
            d.circle(d.w / 2, y - size * 0.9, size * 0.75, (0.15, 0.15, 0.15))
            d.t(d.w / 2, y - size * 1.2, text[0], font, size, "c", color=(1, 1, 1))
            d.t(d.w / 2, y - size * 2.6, text, font, size, "c")
        else:
            d.t(d.w / 2, y - size * 0.9, text, font, size, "c")

    return draw


def r01(rng: random.Random) -> tuple[bytes, dict]:
    """MY hardware shop: company no. (123456-X), item codes, ROUNDING ADJ, TOTAL (RM), CASH/CHANGE; no tax."""
    vendor = "SENG HUAT HARDWARE SDN BHD"
    items = lines_of(
        [
            ('PVC PIPE 1/2" 10FT', "4", "6.90"),
            ('GI ELBOW 1/2"', "6", "1.22"),
            ("TEFLON TAPE 12MM", "3", "0.80"),
            ("CEMENT 50KG TASEK", "2", "21.50"),
            ('PAINT BRUSH 2"', "1", "4.50"),
            ('SCREW 8G X 1" (100PCS)', "1", "5.80"),
        ]
    )
    codes = ["PP1201", "GE0412", "TT1203", "CT5002", "PB0200", "SC0810"]
    sub = sum((t for *_, t in items), ZERO)
    total = round05(sub)
    rnd = total - sub
    cash = D("150.00")
    r = Roll(80, "DVM", 8)
    r.block(22, logo_block("SENG HUAT", "DVMB", 16))
    r.c(vendor + " (812345-X)", size=7)
    r.c("NO 23, JALAN PERUSAHAAN 2, TAMAN PERINDUSTRIAN", size=7)
    r.c("81300 SKUDAI, JOHOR. TEL: 07-556 1288", size=7)
    r.space(3)
    r.lr("INV NO: CS-26-011873", "CASHIER: AHMAD")
    r.lr("DATE: 21/02/2026", "TIME: 10:42:15")
    r.rule("-")
    r.cols([(0, "CODE/DESCRIPTION", "l"), (0.62, "QTY", "r"), (0.8, "U/P", "r"), (1, "AMT", "r")])
    r.rule("-")
    for (a, q, u, t), code in zip(items, codes, strict=True):
        r.left(f"{code} {a}")
        r.cols([(0.62, q, "r"), (0.8, money(u), "r"), (1, money(t), "r")])
    r.rule("-")
    r.lr("SUB TOTAL", money(sub))
    r.lr("ROUNDING ADJ", money(rnd))
    r.lr("TOTAL (RM)", money(total), "DVMB", 10)
    r.lr("CASH", money(cash))
    r.lr("CHANGE", money(cash - total))
    r.rule("-")
    r.c(f"TOTAL ITEM(S): {len(items)}   TOTAL QTY: {sum(int(q) for _, q, _, _ in items)}")
    r.c("GOODS SOLD ARE NOT RETURNABLE")
    r.c("THANK YOU, PLEASE COME AGAIN")
    tr = truth(
        number="CS-26-011873",
        issued=date(2026, 2, 21),
        due=None,
        vendor=vendor,
        amount=sub,
        vat=None,
        total=total,
        currency="MYR",
        locale="en-MY",
        layout="receipt",
        dtype="receipt",
        items=[item(a, q, u, t) for a, q, u, t in items],
        rounding=rnd,
        note="No tax printed; ROUNDING ADJ to 5 sen; company reg. no. in brackets after the name; item codes before descriptions; cash much bigger than total.",
    )
    return r.pdf(), tr


def r02(rng: random.Random) -> tuple[bytes, dict]:
    """SG bakery, 58 mm: prices incl. GST 9 %, 'GST 9% Included', NETS payment."""
    vendor = "Golden Crust Bakery Pte. Ltd."
    items = lines_of(
        [
            ("Kaya Bun", "2", "1.80"),
            ("Pandan Chiffon (S)", "1", "8.50"),
            ("Curry Puff", "3", "2.20"),
            ("Kopi-O Kosong", "2", "1.90"),
        ]
    )
    total = sum((t for *_, t in items), ZERO)
    gst = incl(total, "9")
    r = Roll(58, "DVC", 7.5)
    r.c("GOLDEN CRUST", "DVCB", 13)
    r.c("BAKERY", "DVCB", 10)
    r.c(vendor, size=6.5)
    r.c("Blk 127 Toa Payoh Lor 1 #01-12", size=6.5)
    r.c("Singapore 310127", size=6.5)
    r.c("GST Reg No: 201834412K", size=6.5)
    r.rule("-")
    r.left("Receipt: TP01-0048823")
    r.left("12/03/2026 08:14  POS01  Staff: Mei")
    r.rule("-")
    for a, q, u, t in items:
        r.lr(f"{q} x {a}", money(t))
        r.left(f"@ {money(u)}", size=6.5, indent=8)
    r.rule("-")
    r.lr("TOTAL", "S$" + money(total), "DVCB", 10)
    r.lr("NETS", money(total))
    r.lr("GST 9% Included", money(gst), size=7)
    r.rule("-")
    r.c("Thank you! See you again :)", size=7)
    tr = truth(
        number="TP01-0048823",
        issued=date(2026, 3, 12),
        due=None,
        vendor=vendor,
        amount=total - gst,
        vat=gst,
        total=total,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        items=[item(a, q, u, t) for a, q, u, t in items],
        note="58 mm roll; GST only as 'Included' below the payment; net not printed (amount = total - GST); unit price on a second line.",
    )
    return r.pdf(), tr


def r03(rng: random.Random) -> tuple[bytes, dict]:
    """ID minimarket: Rp without decimals, dot thousands, HARGA JUAL/TOTAL/TUNAI/KEMBALIAN, DPP + PPN."""
    vendor = "PT Sumber Makmur Ritelindo"
    specs = [
        ("INDOMIE GRG SPC 85G", "5", "3500"),
        ("AQUA BTL 1500ML", "2", "6800"),
        ("TELUR AYAM 10S", "1", "28900"),
        ("GULA PASIR 1KG", "1", "17500"),
        ("SABUN LIFEBUOY 75G", "3", "4200"),
    ]
    items = lines_of(specs)
    disc = D("-3000")
    total = sum((t for *_, t in items), ZERO) + disc
    ppn = (total * 11 / 111).quantize(D("1"), rounding=ROUND_HALF_UP)
    dpp = total - ppn
    cash = D("150000")
    r = Roll(76, "DVM", 7.5)
    r.c("SUMBER MART", "DVMB", 15)
    r.c(vendor, size=7)
    r.c("JL. RAYA DARMO PERMAI III NO. 18 SURABAYA", size=6.5)
    r.c("NPWP: 01.234.567.8-609.000", size=6.5)
    r.rule("=")
    r.left("24.01.2026-19:32  2.0.31  0417/KSR/03")
    r.rule("-")
    for a, q, u, t in items:
        r.cols(
            [
                (0, a, "l"),
                (0.55, q, "r"),
                (0.77, money(u, "id", 0), "r"),
                (1, money(t, "id", 0), "r"),
            ]
        )
    r.cols([(0, "HEMAT GULA", "l"), (1, "(" + money(-disc, "id", 0) + ")", "r")])
    r.rule("-")
    r.lr("HARGA JUAL :", money(total - disc, "id", 0))
    r.lr("POTONGAN   :", money(disc, "id", 0))
    r.lr("TOTAL      :", money(total, "id", 0), "DVMB", 9)
    r.lr("TUNAI      :", money(cash, "id", 0))
    r.lr("KEMBALIAN  :", money(cash - total, "id", 0))
    r.lr(f"PPN        : {money(ppn, 'id', 0)}", f"DPP: {money(dpp, 'id', 0)}", size=7)
    r.rule("-")
    r.c("TERIMA KASIH. SELAMAT BELANJA KEMBALI", size=7)
    r.c("Struk: 0417-260124-00311", size=7)
    r.c("Layanan Konsumen: 1500-555 / sumbermart.co.id", size=6.5)
    its = [item(a, q, u, t) for a, q, u, t in items] + [item("HEMAT GULA", None, None, disc)]
    tr = truth(
        number="0417-260124-00311",
        issued=date(2026, 1, 24),
        due=None,
        vendor=vendor,
        amount=dpp,
        vat=ppn,
        total=total,
        currency="IDR",
        locale="id-ID",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="Rupiah without decimals and dot thousands (keyed .00); DPP (tax base) and PPN printed on one line at the bottom; dotted date dd.mm.yyyy glued to time; receipt number only in the footer; trading name ≠ legal name (legal name keyed).",
    )
    return r.pdf(), tr


def r04(rng: random.Random) -> tuple[bytes, dict]:
    """PH fast food: VATable sales / VAT amount / VAT-exempt lines, OR number, TIN, MIN/SN."""
    vendor = "Jollybee Foods Franchise Corp."
    items = lines_of(
        [
            ("1pc Chickenjoy w/ Rice", "2", "99.00"),
            ("Jolly Spaghetti", "1", "70.00"),
            ("Burger Steak 2pc", "1", "125.00"),
            ("Pineapple Juice R", "2", "55.00"),
            ("Peach Mango Pie", "2", "45.00"),
        ]
    )
    total = sum((t for *_, t in items), ZERO)
    vat = incl(total, "12")
    vatable = total - vat
    cash = D("1000.00")
    r = Roll(76, "DVM", 7.5)
    r.c("JOLLYBEE", "DVMB", 16)
    r.c(vendor, size=7)
    r.c("SM City North EDSA, Quezon City", size=7)
    r.c("VAT REG TIN: 004-212-887-00014", size=7)
    r.c("MIN: 21031815404512  SN: K9TQ44871", size=7)
    r.rule("-")
    r.left("OR No.: 00118734")
    r.left("Date: 03/28/2026  Time: 12:41 PM")
    r.left("Cashier: 0217-RHEA  DINE IN  Order #: 142")
    r.rule("-")
    for a, q, _u, t in items:
        r.cols([(0, q, "l"), (0.08, a, "l"), (1, money(t), "r")])
    r.rule("-")
    r.lr("TOTAL DUE", money(total), "DVMB", 9)
    r.lr("CASH", money(cash))
    r.lr("CHANGE", money(cash - total))
    r.rule("-")
    r.lr("VATable Sales", money(vatable))
    r.lr("VAT Amount (12%)", money(vat))
    r.lr("VAT-Exempt Sales", "0.00")
    r.lr("Zero-Rated Sales", "0.00")
    r.rule("-")
    r.left("Customer Name: ________________")
    r.left("TIN: __________________________")
    r.c("THIS SERVES AS AN OFFICIAL RECEIPT", size=7)
    r.c("Thank you! Bida ang saya!", size=7)
    tr = truth(
        number="00118734",
        issued=date(2026, 3, 28),
        due=None,
        vendor=vendor,
        amount=vatable,
        vat=vat,
        total=total,
        currency="PHP",
        locale="en-PH",
        layout="receipt",
        dtype="receipt",
        items=[item(a, q, u, t) for a, q, u, t in items],
        note="VAT breakdown (VATable/VAT/Exempt/Zero-rated) after cash and change; US-style date with 12-hour time; MIN and SN digit strings near the top; order number vs OR number.",
    )
    return r.pdf(), tr


def r05(rng: random.Random) -> tuple[bytes, dict]:
    """IN pharmacy GST bill: HSN, batch/expiry, MRP incl. GST 12 %, CGST+SGST, discount, Round Off."""
    vendor = "Shree Sai Medical & General Stores"
    specs = [
        ("DOLO 650 TAB 15S", "30049099", "B2411A 09/27", "2", "33.60"),
        ("AZITHRAL 500 TAB 3S", "30042019", "AZ5521 03/28", "1", "119.50"),
        ("ORS ELECTRAL SACHET", "30049011", "EL0923 11/27", "5", "22.40"),
        ("CROCIN COLD&FLU", "30049099", "CR1180 06/27", "1", "57.30"),
    ]
    rows = [(a, h, b, q, D(u), q2(D(q) * D(u))) for a, h, b, q, u in specs]
    gross = sum((r[5] for r in rows), ZERO)
    disc = q2(gross * D("-0.10"))
    bill = gross + disc
    cgst = q2(bill * 6 / 112)
    sgst = cgst
    taxable = bill - cgst - sgst
    total = bill.quantize(D("1"), rounding=ROUND_HALF_UP)
    rnd = total - bill
    r = Roll(80, "DVC", 7.5)
    r.c("SHREE SAI MEDICAL", "DVCB", 14)
    r.c("& General Stores", "DVCB", 9)
    r.c("Shop 4, Laxmi Complex, FC Road, Pune 411004", size=7)
    r.c("DL No: MH-PZ3-112478/79  GSTIN: 27ABDPS6612K1Z9", size=7)
    r.c("GST INVOICE", "DVCB", 9)
    r.lr("Bill No: SSM/2526/08841", "Date: 07-Mar-2026 18:55")
    r.lr("Patient: Mr. Anil Kulkarni", "Dr: S. Deshpande")
    r.rule("-")
    r.cols([(0, "Item / HSN / Batch Exp", "l"), (0.7, "Qty", "r"), (1, "MRP Amt", "r")], "DVCB")
    r.rule("-")
    for a, h, b, q, _u, t in rows:
        r.cols([(0, a, "l"), (0.7, q, "r"), (1, money(t, "in"), "r")])
        r.left(f"HSN {h}  Batch {b}", size=6.5, indent=4)
    r.rule("-")
    r.lr("Gross Amount", money(gross, "in"))
    r.lr("Less Discount 10%", money(disc, "in"))
    r.lr("Taxable Amount", money(taxable, "in"))
    r.lr("CGST @6%", money(cgst, "in"))
    r.lr("SGST @6%", money(sgst, "in"))
    r.lr("Round Off", money(rnd, "in"))
    r.lr("NET PAYABLE Rs.", money(total, "in"), "DVCB", 10)
    r.lr("Paid by UPI", "Ref 604412887713")
    r.rule("-")
    r.c("Medicines once sold will not be taken back.", size=6.5)
    r.c("Get well soon!", size=7)
    its = [item(a, q, u, t) for a, _h, _b, q, u, t in rows] + [
        item("Less Discount 10%", None, None, disc)
    ]
    tr = truth(
        number="SSM/2526/08841",
        issued=date(2026, 3, 7),
        due=None,
        vendor=vendor,
        amount=taxable,
        vat=cgst + sgst,
        total=total,
        currency="INR",
        locale="en-IN",
        layout="receipt",
        dtype="receipt",
        items=its,
        rounding=rnd,
        note="CGST+SGST summed as the tax; MRP lines incl. tax; discount then 'Taxable Amount'; Round Off to the rupee; drug licence and batch/expiry digits; UPI reference number.",
    )
    return r.pdf(), tr


def r06(rng: random.Random) -> tuple[bytes, dict]:
    """TH convenience store (English): TAX INV (ABB), VAT 7 % included, cash and change."""
    vendor = "CP Siam Retail Co., Ltd."
    items = lines_of(
        [
            ("EST COLA 1.5L", "1", "32.00"),
            ("LAYS NORI 71G", "2", "35.00"),
            ("MAMA TOM YUM CUP", "3", "16.00"),
            ("BIRDY LATTE CAN", "2", "17.00"),
            ("TOASTIE HAM CHEESE", "1", "39.00"),
        ]
    )
    total = sum((t for *_, t in items), ZERO)
    vat = incl(total, "7")
    cash = D("500.00")
    r = Roll(76, "DVM", 7.5)
    r.c("SIAM 24", "DVMB", 18)
    r.c(vendor + " (Head Office)", size=6.5)
    r.c("Branch 04417 Sukhumvit Soi 22, Bangkok", size=6.5)
    r.c("TAX ID 0105556012345", size=6.5)
    r.c("TAX INV (ABB)  POS#7  R#0042871", size=7)
    r.rule("-")
    for a, q, u, t in items:
        if q == "1":
            r.lr(a, money(t))
        else:
            r.lr(f"{a}", "")
            r.lr(f"   {q} @ {money(u)}", money(t))
    r.rule("-")
    r.lr(f"TOTAL {sum(int(q) for _, q, _, _ in items)} ITEMS", money(total), "DVMB", 9)
    r.lr("CASH", money(cash))
    r.lr("CHANGE", money(cash - total))
    r.lr("VATABLE", money(total - vat), size=7)
    r.lr("VAT 7%", money(vat), size=7)
    r.rule("-")
    r.lr("16/04/2026 21:07", "STAFF 1183")
    r.c("VAT INCLUDED  THANK YOU", size=7)
    tr = truth(
        number="R#0042871",
        issued=date(2026, 4, 16),
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="THB",
        locale="en-TH",
        layout="receipt",
        dtype="receipt",
        items=[item(a, q, u, t) for a, q, u, t in items],
        note="Abbreviated tax invoice: number 'R#0042871' on the POS line; VATable and VAT 7% after change; date at the bottom; baht without currency mark.",
    )
    return r.pdf(), tr


def r07(rng: random.Random) -> tuple[bytes, dict]:
    """US restaurant: check with sales tax, then the card slip with a printed tip and final total."""
    vendor = "Harbor & Vine Kitchen"
    items = lines_of(
        [
            ("Clam Chowder", "2", "11.00"),
            ("Fish Tacos", "1", "19.00"),
            ("Burger Deluxe", "1", "21.50"),
            ("Truffle Fries", "1", "9.00"),
            ("IPA Draft", "2", "8.50"),
            ("Lemonade", "1", "4.75"),
        ]
    )
    sub = sum((t for *_, t in items), ZERO)
    tax = pct(sub, "8.875")
    tip = D("18.00")
    total = sub + tax + tip
    r = Roll(80, "DVM", 8)
    r.block(30, logo_block("HARBOR & VINE", "DVSB", 14, ""))
    r.c("KITCHEN · BAR", "DVS", 8)
    r.c("88 Water St, Brooklyn, NY 11201", size=7)
    r.c("(718) 555-0148", size=7)
    r.rule("-")
    r.lr("Check #: 4172", "Table: 12")
    r.lr("Server: Marisol", "Guests: 3")
    r.lr("05/09/2026", "7:48 PM")
    r.rule("-")
    for a, q, _u, t in items:
        r.cols([(0, q, "l"), (0.08, a, "l"), (1, money(t), "r")])
    r.rule("-")
    r.lr("Subtotal", money(sub))
    r.lr("Sales Tax 8.875%", money(tax))
    r.lr("Amount", money(sub + tax), "DVMB")
    r.space(5)
    r.c("--- CUSTOMER COPY ---", size=7)
    r.lr("VISA ************6611", "CHIP")
    r.lr("AUTH: 07713C", "REF: 000418")
    r.lr("Tip:", money(tip), "DVMB", 9)
    r.lr("TOTAL:", money(total), "DVMB", 10)
    r.space(8)
    r.left("X_______________________________")
    r.c("Thank you! Gratuity not included.", size=7)
    tr = truth(
        number="4172",
        issued=date(2026, 5, 9),
        due=None,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="receipt",
        dtype="receipt",
        items=[item(a, q, u, t) for a, q, u, t in items],
        tip=tip,
        note="Two totals: 'Amount' before tip and 'TOTAL' after the printed tip (tip keyed, total incl. tip); check number as the receipt number; logo in serif.",
    )
    return r.pdf(), tr


def r08(rng: random.Random) -> tuple[bytes, dict]:
    """UK café, 58 mm: VAT 20 % included, VAT summary, contactless card."""
    vendor = "Bean & Bramble Ltd"
    items = lines_of(
        [
            ("Flat White", "2", "3.40"),
            ("Oat Latte", "1", "3.85"),
            ("Almond Croissant", "2", "3.25"),
            ("Soup of the Day", "1", "5.95"),
        ]
    )
    total = sum((t for *_, t in items), ZERO)
    vat = incl(total, "20")
    r = Roll(58, "DV", 7.2)
    r.c("Bean & Bramble", "DVSB", 12)
    r.c("14 Bridge Street, York YO1 6DA", size=6.5)
    r.c("VAT No. 284 5519 36", size=6.5)
    r.rule("-")
    r.lr("Order 317", "Till 2")
    r.lr("14 Feb 2026", "11:26")
    r.rule("-")
    for a, q, _u, t in items:
        r.lr(f"{q}  {a}", f"£{money(t)}")
    r.rule("-")
    r.lr("Total", f"£{money(total)}", "DVB", 9)
    r.lr("Contactless", f"£{money(total)}")
    r.left("Mastercard ****2290", size=6.5)
    r.rule("-")
    r.cols([(0, "VAT", "l"), (0.45, "Net", "r"), (0.72, "VAT", "r"), (1, "Gross", "r")], size=6.5)
    r.cols(
        [
            (0, "A 20%", "l"),
            (0.45, money(total - vat), "r"),
            (0.72, money(vat), "r"),
            (1, money(total), "r"),
        ],
        size=6.5,
    )
    r.rule("-")
    r.c("Bean & Bramble Ltd, Co. No. 11870342", size=6)
    r.c("Thanks for visiting!", size=7)
    tr = truth(
        number="317",
        issued=date(2026, 2, 14),
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="receipt",
        dtype="receipt",
        items=[item(a, q, u, t) for a, q, u, t in items],
        note="Narrow 58 mm roll downscaled; only an order number; VAT in a small Net/VAT/Gross table; date with month name.",
    )
    return r.pdf(), tr


def r09(rng: random.Random) -> tuple[bytes, dict]:
    """AU hardware: TAX INVOICE, ABN, barcodes on item lines, 'GST included in total', EFTPOS."""
    vendor = "Timbertop Hardware Pty Ltd"
    specs = [
        ("9312345001142", "DECKING SCREWS 10G 500PK", "1", "42.98"),
        ("9300631877210", "MERBAU OIL 4L", "1", "79.00"),
        ("9310047112398", "SANDPAPER 120G 5PK", "2", "8.45"),
        ("9322811004417", "BRUSH 75MM PRO", "1", "14.90"),
    ]
    rows = [(c, a, q, D(u), q2(D(q) * D(u))) for c, a, q, u in specs]
    total = sum((r[4] for r in rows), ZERO)
    gst = incl(total, "10")
    r = Roll(80, "DVM", 7.8)
    r.c("TIMBERTOP", "DVMB", 17)
    r.c("HARDWARE & GARDEN", "DVMB", 8)
    r.c("412 Parramatta Rd, Homebush NSW 2140", size=7)
    r.c("ABN 41 612 778 309", size=7)
    r.c("TAX INVOICE", "DVMB", 9)
    r.rule("-")
    for c, a, q, u, t in rows:
        r.left(c, size=6.8)
        r.lr(f"  {a}" + (f" {q}@{money(u)}" if q != "1" else ""), money(t))
    r.rule("-")
    r.lr(f"TOTAL ({len(rows)} items)", "$" + money(total), "DVMB", 10)
    r.lr("EFTPOS", "$" + money(total))
    r.lr("GST included in total", "$" + money(gst))
    r.rule("-")
    r.left("CARD: DEBIT SAV  **** 3307")
    r.left("APPROVED 00  AUTH 412778")
    r.rule("-")
    r.lr("Store 0231  Reg 05", "Trans 7741")
    r.lr("Fri 17/04/2026", "15:22")
    r.c("Invoice 0231-05-7741", size=7)
    r.c("Change of mind returns within 30 days", size=6.5)
    tr = truth(
        number="0231-05-7741",
        issued=date(2026, 4, 17),
        due=None,
        vendor=vendor,
        amount=total - gst,
        vat=gst,
        total=total,
        currency="AUD",
        locale="en-AU",
        layout="receipt",
        dtype="receipt",
        items=[item(a, q, u, t) for _c, a, q, u, t in rows],
        note="13-digit barcodes above each item; GST only as 'included in total'; invoice number composed of store/register/transaction at the bottom; weekday before the date.",
    )
    return r.pdf(), tr


def r10(rng: random.Random) -> tuple[bytes, dict]:
    """CA (BC) grocery: GST 5 % and PST 7 % by item code, cash rounding to 5 cents."""
    vendor = "Fraser Valley Fresh Market Ltd."
    specs = [
        ("BANANAS 1.12 kg @ 1.74/kg", "", "1.95", ""),
        ("MILK 2% 4L", "", "6.49", ""),
        ("PAPER TOWEL 6 ROLL", "G P", "9.99", "gp"),
        ("SOURDOUGH LOAF", "", "5.49", ""),
        ("SPARKLING WATER 12PK", "G P", "7.99", "gp"),
        ("DISH SOAP 740ML", "G P", "4.29", "gp"),
        ("CHOCOLATE BAR", "G", "2.49", "g"),
    ]
    sub = sum((D(p) for *_, p, _ in specs), ZERO)
    g_base = sum((D(p) for *_, p, c in specs if "g" in c), ZERO)
    p_base = sum((D(p) for *_, p, c in specs if "p" in c), ZERO)
    gst, pst = pct(g_base, "5"), pct(p_base, "7")
    exact = sub + gst + pst
    total = round05(exact)
    rnd = total - exact
    cash = D("60.00")
    r = Roll(80, "DVM", 7.8)
    r.c("FRASER VALLEY", "DVMB", 15)
    r.c("FRESH MARKET", "DVMB", 11)
    r.c("20150 Langley Bypass, Langley BC V3A 9J8", size=7)
    r.c("GST/HST # 81234 5678 RT0001", size=7)
    r.rule("=")
    for a, code, p, _c in specs:
        r.cols([(0, a, "l"), (0.84, code, "r"), (1, money(D(p)), "r")])
    r.rule("-")
    r.lr("SUBTOTAL", money(sub))
    r.lr("G = GST 5%", money(gst))
    r.lr("P = PST 7%", money(pst))
    r.lr("TOTAL", money(exact), "DVMB", 9)
    r.lr("CASH ROUNDING", money(rnd))
    r.lr("CASH TOTAL", money(total), "DVMB", 9)
    r.lr("CASH TENDERED", money(cash))
    r.lr("CHANGE", money(cash - total))
    r.rule("-")
    r.lr("2026/06/06 16:03", "LANE 3 OP 112")
    r.c("RECEIPT 003-112-88410", size=7)
    r.c("Thank you for shopping local!", size=7)
    its = [item(a, "1", D(p), D(p)) for a, _code, p, _c in specs]
    tr = truth(
        number="003-112-88410",
        issued=date(2026, 6, 6),
        due=None,
        vendor=vendor,
        amount=sub,
        vat=gst + pst,
        total=total,
        currency="CAD",
        locale="en-CA",
        layout="receipt",
        dtype="receipt",
        items=its,
        rounding=rnd,
        note="GST + PST summed as the tax; a 'TOTAL' before cash rounding and a 'CASH TOTAL' after (keyed total = CASH TOTAL); tax codes G/P beside prices; weight line with a per-kg price; ISO-like yyyy/mm/dd date.",
    )
    return r.pdf(), tr


def r11(rng: random.Random) -> tuple[bytes, dict]:
    """DE bakery: MwSt A 7 % / B 19 % included, Netto/Steuer/Brutto table, Bar/Rückgeld, TSE block."""
    vendor = "Bäckerei Sonnenkorn GmbH"
    rows = [
        ("Roggenmischbrot 1kg", "1", "4.60", "A"),
        ("Laugenbrezel", "4", "0.95", "A"),
        ("Bienenstich", "2", "3.20", "A"),
        ("Kaffee Crema", "2", "2.90", "B"),
        ("Orangensaft 0,3l", "1", "3.10", "B"),
    ]
    lines = [(a, q, D(u), q2(D(q) * D(u)), k) for a, q, u, k in rows]
    ga = sum((t for *_, t, k in lines if k == "A"), ZERO)
    gb = sum((t for *_, t, k in lines if k == "B"), ZERO)
    va, vb = incl(ga, "7"), incl(gb, "19")
    total = ga + gb
    paid = D("50.00")
    r = Roll(76, "DVM", 7.6)
    r.c("Sonnenkorn", "DVSB", 16)
    r.c(vendor, size=7)
    r.c("Hauptstraße 41 · 69117 Heidelberg", size=7)
    r.c("St.-Nr. 32099/41872", size=7)
    r.rule("-")
    for a, q, u, t, k in lines:
        r.lr(f"{q} x {a}" if q != "1" else a, f"{money(t, 'de')} {k}")
        if q != "1":
            r.left(f"    à {money(u, 'de')}", size=6.8)
    r.rule("-")
    r.lr("SUMME EUR", money(total, "de"), "DVMB", 10)
    r.lr("Bar", money(paid, "de"))
    r.lr("Rückgeld", money(paid - total, "de"))
    r.rule("-")
    r.cols(
        [(0, "MwSt", "l"), (0.45, "Netto", "r"), (0.72, "Steuer", "r"), (1, "Brutto", "r")], size=7
    )
    r.cols(
        [
            (0, "A 7%", "l"),
            (0.45, money(ga - va, "de"), "r"),
            (0.72, money(va, "de"), "r"),
            (1, money(ga, "de"), "r"),
        ],
        size=7,
    )
    r.cols(
        [
            (0, "B 19%", "l"),
            (0.45, money(gb - vb, "de"), "r"),
            (0.72, money(vb, "de"), "r"),
            (1, money(gb, "de"), "r"),
        ],
        size=7,
    )
    r.rule("-")
    r.lr("Bon-Nr. 20877", "Kasse 1 · Bed. Petra")
    r.lr("Datum 11.07.2026", "Uhrzeit 07:38")
    r.left("TSE-Seriennr.: 4b6c02f1...a9e0", size=6.3)
    r.left("TSE-Signaturzähler: 118734", size=6.3)
    r.left("TSE-Start: 2026-07-11T07:38:02", size=6.3)
    r.c("Vielen Dank und einen schönen Tag!", size=7)
    items_ = [item(a, q, u, t) for a, q, u, t, _k in lines]
    tr = truth(
        number="20877",
        issued=date(2026, 7, 11),
        due=None,
        vendor=vendor,
        amount=ga + gb - va - vb,
        vat=va + vb,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items_,
        note="Two VAT rates summed; net is the sum of the two Netto cells; 'SUMME EUR'; Bon-Nr. near the bottom; TSE ISO timestamp besides the German date.",
    )
    return r.pdf(), tr


def r12(rng: random.Random) -> tuple[bytes, dict]:
    """FR brasserie: table, couverts, TVA 10 % food / 20 % alcohol, Total HT/TVA/TTC, CB."""
    vendor = "Brasserie Le Comptoir des Halles SARL"
    rows = [
        ("Menu du jour", "2", "18.50", "10"),
        ("Salade César", "1", "14.00", "10"),
        ("Pichet Côtes-du-Rhône 50cl", "1", "16.00", "20"),
        ("Café gourmand", "2", "8.50", "10"),
        ("Eau gazeuse 1L", "1", "5.00", "10"),
    ]
    lines = [(a, q, D(u), q2(D(q) * D(u)), k) for a, q, u, k in rows]
    g10 = sum((t for *_, t, k in lines if k == "10"), ZERO)
    g20 = sum((t for *_, t, k in lines if k == "20"), ZERO)
    v10, v20 = incl(g10, "10"), incl(g20, "20")
    total = g10 + g20
    net = total - v10 - v20
    r = Roll(80, "DVS", 8)
    r.c("Le Comptoir", "DVSB", 16)
    r.c("des Halles", "DVSI", 11)
    r.c("Brasserie – 6 place des Halles, 37000 Tours", size=7)
    r.c("SARL au capital de 10 000 € – SIRET 812 447 109 00018", size=6.5)
    r.c("TVA intracom. FR 27 812447109", size=6.5)
    r.rule("-")
    r.lr("Table 7   Couverts 3", "Serveur : Julien")
    r.lr("Ticket n° 0418-2231", "Le 22/08/2026 à 13:52")
    r.rule("-")
    for a, q, _u, t, _k in lines:
        r.cols([(0, q, "l"), (0.07, a, "l"), (1, money(t, "fr"), "r")])
    r.rule("-")
    r.lr("TOTAL TTC", money(total, "fr") + " €", "DVSB", 11)
    r.lr("Total HT", money(net, "fr") + " €", size=7.5)
    r.lr("TVA 10,0 %", money(v10, "fr") + " €", size=7.5)
    r.lr("TVA 20,0 %", money(v20, "fr") + " €", size=7.5)
    r.rule("-")
    r.lr("Carte bancaire", money(total, "fr") + " €")
    r.c("Service compris – Merci de votre visite", size=7)
    r.c("À bientôt !", "DVSI", 8)
    its = [item(a, q, u, t) for a, q, u, t, _k in lines]
    tr = truth(
        number="0418-2231",
        issued=date(2026, 8, 22),
        due=None,
        vendor=vendor,
        amount=net,
        vat=v10 + v20,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="Serif till font; two TVA rates summed; 'Total HT' printed after the TTC total; 'Service compris' is not a charge; table/couverts numbers near the ticket number.",
    )
    return r.pdf(), tr


def r13(rng: random.Random) -> tuple[bytes, dict]:
    """ES supermarket: FACTURA SIMPLIFICADA, IVA 4/10/21 % base/cuota table, card."""
    vendor = "Supermercados Llevant S.A."
    rows = [
        ("PAN BARRA", "2", "0.65", "4"),
        ("LECHE ENTERA 1L", "6", "0.95", "4"),
        ("TOMATE RAMA", "1", "2.37", "4"),
        ("ACEITE OLIVA V.E. 1L", "1", "8.95", "4"),
        ("YOGUR GRIEGO X4", "1", "1.85", "10"),
        ("PECHUGA POLLO", "1", "5.42", "10"),
        ("DETERGENTE LIQ. 40D", "1", "7.50", "21"),
        ("CERVEZA LATA X6", "1", "4.20", "21"),
    ]
    lines = [(a, q, D(u), q2(D(q) * D(u)), k) for a, q, u, k in rows]
    groups = {}
    for *_, t, k in lines:
        groups[k] = groups.get(k, ZERO) + t
    taxes = {k: incl(g, k) for k, g in groups.items()}
    total = sum(groups.values(), ZERO)
    vat = sum(taxes.values(), ZERO)
    r = Roll(80, "DVM", 7.6)
    r.c("LLEVANT", "DVMB", 18)
    r.c(vendor.upper(), size=7)
    r.c("A-46103834", size=7)
    r.c("C/ COLÓN 61, 46004 VALENCIA  TLF 963 112 447", size=6.5)
    r.lr("02/11/2026 19:04", "OP: 118402")
    r.c("FACTURA SIMPLIFICADA: 3104-017-612880", "DVMB", 7.5)
    r.rule("-")
    r.cols(
        [(0, "Ud", "l"), (0.09, "Descripción", "l"), (0.78, "P. Unit", "r"), (1, "Importe", "r")]
    )
    for a, q, u, t, _k in lines:
        r.cols(
            [
                (0, q, "l"),
                (0.09, a, "l"),
                (0.78, money(u, "de") if q != "1" else "", "r"),
                (1, money(t, "de"), "r"),
            ]
        )
    r.rule("-")
    r.lr("TOTAL (€)", money(total, "de"), "DVMB", 10)
    r.lr("TARJETA BANCARIA", money(total, "de"))
    r.rule("-")
    r.cols([(0, "IVA", "l"), (0.5, "BASE IMPONIBLE", "r"), (1, "CUOTA", "r")], size=7)
    for k in ("4", "10", "21"):
        r.cols(
            [
                (0, f"{k}%", "l"),
                (0.5, money(groups[k] - taxes[k], "de"), "r"),
                (1, money(taxes[k], "de"), "r"),
            ],
            size=7,
        )
    r.cols(
        [(0, "TOTAL", "l"), (0.5, money(total - vat, "de"), "r"), (1, money(vat, "de"), "r")],
        "DVMB",
        7,
    )
    r.rule("-")
    r.left("TARJ: **** **** **** 5102  CONTACTLESS", size=6.8)
    r.left("AUT: 448120  ARC: 00  AID: A0000000031010", size=6.8)
    r.c("SE ADMITEN DEVOLUCIONES CON TICKET", size=6.8)
    tr = truth(
        number="3104-017-612880",
        issued=date(2026, 11, 2),
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        dtype="receipt",
        items=[item(a, q, u, t) for a, q, u, t, _k in lines],
        note="Three IVA rates in a base/cuota table with a TOTAL row (net and VAT summed there); NIF without label; operator number beside the date; image-only PDF.",
    )
    return r.pdf(), tr


def r14(rng: random.Random) -> tuple[bytes, dict]:
    """IT bookshop: DOCUMENTO COMMERCIALE, IVA 4 % books and 22 % stationery, 'di cui IVA'."""
    vendor = "Libreria Il Segnalibro di Rosa Fabbri"
    rows = [
        ("Calvino - Le città invisibili", "14.00", "4"),
        ("Ferrante - L'amica geniale", "13.50", "4"),
        ("Guida Lonely Planet Sicilia", "24.90", "4"),
        ("Taccuino a righe A5", "9.90", "22"),
        ("Segnalibro in pelle", "6.50", "22"),
    ]
    gross4 = sum((D(p) for _, p, k in rows if k == "4"), ZERO)
    gross22 = sum((D(p) for _, p, k in rows if k == "22"), ZERO)
    disc = D("-5.00")
    gross4d = gross4 + disc
    v4, v22 = incl(gross4d, "4"), incl(gross22, "22")
    total = gross4d + gross22
    r = Roll(80, "DVC", 8)
    r.c("Il Segnalibro", "DVSB", 15)
    r.c("LIBRERIA INDIPENDENTE", size=7)
    r.c(vendor, size=7)
    r.c("Via Guelfa 12/r - 50129 Firenze", size=7)
    r.c("P.IVA 06312440489", size=7)
    r.c("DOCUMENTO COMMERCIALE", "DVCB", 8)
    r.c("di vendita o prestazione", size=7)
    r.cols([(0, "DESCRIZIONE", "l"), (0.72, "IVA", "r"), (1, "Prezzo(€)", "r")], "DVCB", 7.5)
    for a, p, k in rows:
        r.cols([(0, a, "l"), (0.72, f"{k}%", "r"), (1, money(D(p), "de"), "r")])
    r.cols([(0, "Sconto tessera lettori", "l"), (0.72, "4%", "r"), (1, money(disc, "de"), "r")])
    r.rule("-")
    r.lr("TOTALE COMPLESSIVO", money(total, "de"), "DVCB", 10)
    r.lr("DI CUI IVA", money(v4 + v22, "de"))
    r.lr("Pagamento elettronico", money(total, "de"))
    r.lr("Importo pagato", money(total, "de"))
    r.rule("-")
    r.lr("15-12-2026 17:31", "DOC.N. 0142-0087")
    r.left("RT 99MEY011223", size=7)
    r.c("Buona lettura!", "DVSI", 9)
    its = [item(a, "1", D(p), D(p)) for a, p, _k in rows] + [
        item("Sconto tessera lettori", None, None, disc)
    ]
    tr = truth(
        number="0142-0087",
        issued=date(2026, 12, 15),
        due=None,
        vendor=vendor,
        amount=total - v4 - v22,
        vat=v4 + v22,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="Only 'DI CUI IVA' printed (net = total - IVA); two rates per line in an IVA column; discount line; document number and date at the bottom with dashes; total repeated as 'Importo pagato'.",
    )
    return r.pdf(), tr


def r15(rng: random.Random) -> tuple[bytes, dict]:
    """NL supermarket digital receipt (born-digital PDF): bonus discounts, BTW 9 %/21 % table, PIN."""
    vendor = "Buurtmarkt Van Leeuwen B.V."
    rows = [
        ("HALFVOLLE MELK 1,5L", "1.69", "9"),
        ("VOLKORENBROOD", "2.89", "9"),
        ("BONUS VOLKORENBROOD", "-0.72", "9"),
        ("ROOMBOTER 250G", "3.49", "9"),
        ("APPELS ELSTAR 1KG", "2.99", "9"),
        ("WASMIDDEL 1,3L", "11.99", "21"),
        ("BONUS 2E HALVE PRIJS", "-3.00", "21"),
        ("STATIEGELD", "0.15", "21"),
    ]
    g9 = sum((D(p) for _, p, k in rows if k == "9"), ZERO)
    g21 = sum((D(p) for _, p, k in rows if k == "21"), ZERO)
    v9, v21 = incl(g9, "9"), incl(g21, "21")
    total = g9 + g21
    r = Roll(80, "DV", 8)
    r.c("BUURTMARKT", "DVB", 18)
    r.c("van Leeuwen", "DVI", 10)
    r.c("Oudegracht 212, 3511 NS Utrecht", size=7)
    r.c("Digitale kassabon", "DVB", 8)
    r.rule("-")
    for a, p, _k in rows:
        r.lr(a, money(D(p), "nl"))
    r.rule("-")
    r.lr("SUBTOTAAL", money(total - D("-3.72"), "nl"))
    r.lr("BONUS", money(D("-3.72"), "nl"))
    r.lr("TOTAAL", money(total, "nl"), "DVB", 11)
    r.lr("PINNEN", money(total, "nl"))
    r.rule("-")
    r.cols([(0, "BTW", "l"), (0.45, "OVER", "r"), (0.72, "BTW", "r"), (1, "TOTAAL", "r")], size=7)
    r.cols(
        [
            (0, "9%", "l"),
            (0.45, money(g9 - v9, "nl"), "r"),
            (0.72, money(v9, "nl"), "r"),
            (1, money(g9, "nl"), "r"),
        ],
        size=7,
    )
    r.cols(
        [
            (0, "21%", "l"),
            (0.45, money(g21 - v21, "nl"), "r"),
            (0.72, money(v21, "nl"), "r"),
            (1, money(g21, "nl"), "r"),
        ],
        size=7,
    )
    r.rule("-")
    r.lr("Kassa 3  Bon 0712", "Filiaal 1147")
    r.lr("19-09-2026", "18:12")
    r.left("KvK 30114582  BTW NL812334519B01", size=6.5)
    r.c("Bedankt en tot ziens!", size=7.5)
    tr = truth(
        number="0712",
        issued=date(2026, 9, 19),
        due=None,
        vendor=vendor,
        amount=total - v9 - v21,
        vat=v9 + v21,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=[item(a, "1", D(p), D(p)) for a, p, _k in rows],
        note="BTW table 'OVER' column is the net per rate (summed); bonus lines negative; deposit (statiegeld) line; subtotal before bonus; born-digital receipt PDF.",
    )
    return r.pdf(), tr


def r16(rng: random.Random) -> tuple[bytes, dict]:
    """MY restaurant: SERVICE CHARGE 10 %, SST 6 % on subtotal + service, ROUNDING ADJ, table/pax."""
    vendor = "RESTORAN SRI MELATI SDN BHD"
    items = lines_of(
        [
            ("NASI LEMAK AYAM RENDANG", "2", "16.90"),
            ("CHAR KUEY TEOW", "1", "13.50"),
            ("ROTI CANAI TELUR", "2", "3.80"),
            ("TEH TARIK (P)", "3", "3.20"),
            ("KOPI O AIS", "1", "3.00"),
            ("CENDOL DURIAN", "1", "9.90"),
        ]
    )
    sub = sum((t for *_, t in items), ZERO)
    svc = pct(sub, "10")
    sst = pct(sub + svc, "6")
    exact = sub + svc + sst
    total = round05(exact)
    rnd = total - exact
    cash = D("120.00")
    r = Roll(80, "DVM", 7.8)
    r.c("SRI MELATI", "DVMB", 17)
    r.c(vendor, size=7)
    r.c("202001023456 (1378812-X)", size=7)
    r.c("LOT 5, JALAN SS2/64, 47300 PETALING JAYA", size=7)
    r.c("SST ID: W10-2004-32000118", size=7)
    r.rule("=")
    r.lr("BILL NO : B0031874", "TABLE: 14")
    r.lr("DATE: 08/10/2026 20:16", "PAX: 4")
    r.lr("CASHIER: NURUL", "")
    r.rule("-")
    for a, q, u, t in items:
        r.left(a)
        r.cols([(0.5, f"{q} X {money(u)}", "r"), (1, money(t), "r")])
    r.rule("-")
    r.lr("SUB TOTAL", money(sub))
    r.lr("SERVICE CHARGE 10%", money(svc))
    r.lr("SST 6%", money(sst))
    r.lr("ROUNDING ADJ", money(rnd))
    r.lr("TOTAL (RM)", money(total), "DVMB", 10)
    r.lr("CASH", money(cash))
    r.lr("CHANGE", money(cash - total))
    r.rule("-")
    r.c("TERIMA KASIH, SILA DATANG LAGI", size=7)
    its = [item(a, q, u, t) for a, q, u, t in items] + [item("SERVICE CHARGE 10%", None, None, svc)]
    tr = truth(
        number="B0031874",
        issued=date(2026, 10, 8),
        due=None,
        vendor=vendor,
        amount=sub + svc,
        vat=sst,
        total=total,
        currency="MYR",
        locale="en-MY",
        layout="receipt",
        dtype="receipt",
        items=its,
        rounding=rnd,
        note="Service charge is part of the net (amount = sub total + service charge); SST on both; ROUNDING ADJ; new 12-digit + old '(…-X)' company numbers; table and pax next to the bill number.",
    )
    return r.pdf(), tr


# =========================================================================== output

# name -> (drawing function, kind, output treatment)
SCAN_INV = {"dpi": 200, "grey": True, "skew": -1.2, "blur": 0.7, "noise": 7.0, "specks": 90}
DOCS: dict[str, tuple[Callable[[random.Random], tuple[bytes, dict]], str, dict]] = {
    "i01": (i01, "pdf", {}),
    "i02": (i02, "pdf", {}),
    "i03": (i03, "scan", {"ext": "png", **SCAN_INV}),
    "i04": (i04, "pdf", {}),
    "i05": (i05, "pdf", {}),
    "i06": (i06, "pdf", {}),
    "i07": (i07, "pdf", {}),
    "i08": (i08, "pdf", {}),
    "i09": (
        i09,
        "scan",
        {
            "ext": "pdf",
            "dpi": 170,
            "grey": True,
            "skew": 0.8,
            "blur": 0.6,
            "noise": 6.0,
            "specks": 60,
        },
    ),
    "i10": (i10, "pdf", {}),
    "i11": (
        i11,
        "scan",
        {
            "ext": "jpg",
            "dpi": 250,
            "grey": False,
            "skew": 1.6,
            "blur": 0.8,
            "noise": 5.0,
            "specks": 40,
        },
    ),
    "i12": (i12, "pdf", {}),
    "i13": (i13, "photo", {"dpi": 200, "long_side": 2200, "fold": True}),
    "i14": (i14, "pdf", {}),
    "i15": (i15, "pdf", {}),
    "i16": (i16, "pdf", {}),
    "r01": (r01, "photo", {"dpi": 300, "long_side": 2000, "table": (150, 150, 155)}),
    "r02": (r02, "scan", {"ext": "png", "dpi": 300, "thermal": True, "skew": 1.5, "bed": 40}),
    "r03": (r03, "photo", {"dpi": 300, "long_side": 1900, "fold": True}),
    "r04": (r04, "scan", {"ext": "png", "dpi": 250, "thermal": True, "skew": -0.9}),
    "r05": (r05, "photo", {"dpi": 300, "long_side": 2100, "table": (90, 70, 55)}),
    "r06": (r06, "scan", {"ext": "png", "dpi": 220, "thermal": True, "skew": 0.6, "grey": False}),
    "r07": (r07, "photo", {"dpi": 300, "long_side": 2300, "table": (60, 45, 35)}),
    "r08": (r08, "scan", {"ext": "png", "dpi": 300, "thermal": True, "skew": -1.8, "width": 650}),
    "r09": (r09, "scan", {"ext": "png", "dpi": 200, "thermal": True, "skew": 1.1}),
    "r10": (r10, "photo", {"dpi": 300, "long_side": 2200, "table": (170, 165, 150)}),
    "r11": (r11, "scan", {"ext": "jpg", "dpi": 240, "thermal": True, "skew": -0.5, "width": 680}),
    "r12": (r12, "photo", {"dpi": 300, "long_side": 1800, "fold": True, "table": (110, 60, 40)}),
    "r13": (r13, "scan", {"ext": "pdf", "dpi": 220, "thermal": True, "skew": 0.9}),
    "r14": (r14, "photo", {"dpi": 300, "long_side": 1700, "table": (200, 195, 185)}),
    "r15": (r15, "pdf", {}),
    "r16": (r16, "scan", {"ext": "png", "dpi": 200, "thermal": True, "skew": 1.9, "grey": False}),
}


def _save_image(img: Image.Image, path: Path, ext: str, quality: int) -> None:
    if ext == "jpg":
        img.convert("RGB").save(path, "JPEG", quality=quality)
    else:
        img.save(path, "PNG", optimize=False)


def build(name: str, out: Path) -> Path:
    fn, kind, opts = DOCS[name]
    rng = random.Random(zlib.crc32(name.encode()))
    pdf, tr = fn(rng)
    tr["kind"] = kind
    opts = dict(opts)
    if kind == "pdf":
        path = out / f"{name}.pdf"
        path.write_bytes(pdf)
    elif kind == "photo":
        img = photo(pdf, rng, **opts)
        path = out / f"{name}.jpg"
        _save_image(img, path, "jpg", rng.randint(60, 80))
    else:
        ext = opts.pop("ext")
        img = scan(pdf, rng, **opts)
        path = out / f"{name}.{ext}"
        if ext == "pdf":
            path.write_bytes(image_pdf(img, opts.get("dpi", 200)))
        else:
            _save_image(img, path, ext, rng.randint(70, 85))
    (out / f"{name}.json").write_text(
        json.dumps(tr, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None, help="build a single document, e.g. i03")
    args = ap.parse_args(argv)
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [args.only] if args.only else list(DOCS)
    for n in names:
        p = build(n, out)
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
