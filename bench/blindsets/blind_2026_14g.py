# ruff: noqa: E501
"""Blind set 2026-14g: multi-page invoices and long till rolls.

Run from the repository root:

    python -m bench.blindsets.blind_2026_14g [OUTDIR] [--only NAME]

Every random choice of a document is seeded with the CRC-32 of its name, so re-runs are
byte-identical. The module imports nothing from the product.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

D = Decimal
ZERO = Decimal(0)
DEFAULT_OUT = Path("bench/blindsets/blind-2026-14g")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSCB": "DejaVuSerifCondensed-Bold.ttf",
}


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


def _register_fonts() -> None:
    for key, fname in _FONTS.items():
        if key not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(key, str(FONT_DIR / fname)))


# ----------------------------------------------------------------------------- money


def q2(x) -> Decimal:
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


_SEPS = {
    "de": (".", ","),
    "en": (",", "."),
    "fr": (" ", ","),
    "ch": ("'", "."),
    "sp": (" ", ","),
    "plain": ("", "."),
    "plainc": ("", ","),
}


def fm(v, loc: str = "en", dec: int = 2) -> str:
    th, dp = _SEPS[loc]
    v = q2(v)
    s = f"{abs(v):.2f}"
    ip, fp = s.split(".")
    grouped = f"{int(ip):,}".replace(",", "\x00").replace("\x00", th)
    out = grouped + (dp + fp if dec else "")
    return ("-" if v < 0 else "") + out


def qty_s(q: Decimal) -> str:
    return format(q.normalize(), "f")


@dataclass
class Item:
    desc: str
    qty: Decimal
    unit: Decimal
    amount: Decimal
    rate: Decimal = ZERO
    code: str = ""
    uom: str = ""


def mk(desc: str, qty, unit, rate=0, code: str = "", uom: str = "") -> Item:
    return Item(desc, D(str(qty)), q2(unit), q2(D(str(qty)) * q2(unit)), D(str(rate)), code, uom)


def catalogue(rng: random.Random, names: list[str], variants: list[str], n: int) -> list[str]:
    combos = [f"{a} {b}".strip() for a in names for b in variants]
    return rng.sample(combos, n)


def gen_items(rng, descs, lo, hi, qtys, rate=0, code_fmt="", uoms=("",)) -> list[Item]:
    out = []
    for d in descs:
        unit = q2(D(rng.randint(int(lo * 100), int(hi * 100))) / 100)
        code = code_fmt.format(rng.randint(10000, 99999)) if code_fmt else ""
        out.append(mk(d, rng.choice(qtys), unit, rate, code, rng.choice(uoms)))
    return out


def retax(items: list[Item], words: tuple[str, ...], rate: Decimal) -> None:
    """Give a reduced rate to the lines whose description contains one of the words."""
    for it in items:
        if any(w in it.desc for w in words):
            it.rate = rate


def vat_by_rate(items: list[Item]) -> dict[Decimal, tuple[Decimal, Decimal]]:
    """Per rate: (net base, tax) for net-priced items; tax rounded per rate."""
    out: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for r in sorted({i.rate for i in items}):
        base = sum((i.amount for i in items if i.rate == r), D(0))
        out[r] = (base, q2(base * r / 100))
    return out


def incl_by_rate(items: list[Item]) -> dict[Decimal, tuple[Decimal, Decimal, Decimal]]:
    """Per rate for gross-priced items: (gross, tax, net); tax = gross * r / (100 + r)."""
    out = {}
    for r in sorted({i.rate for i in items}):
        gross = sum((i.amount for i in items if i.rate == r), D(0))
        tax = q2(gross * r / (100 + r))
        out[r] = (gross, tax, gross - tax)
    return out


def truth(
    *,
    number,
    date,
    due,
    vendor,
    amount,
    vat,
    total,
    currency,
    locale,
    layout,
    doc_type,
    items,
    note,
    kind,
    tip=D(0),
    rounding=D(0),
) -> dict:
    vat0 = D(0) if vat is None else q2(vat)
    if q2(amount) + vat0 + q2(tip) + q2(rounding) != q2(total):
        raise AssertionError(f"arithmetic: {amount} + {vat} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": str(q2(amount)),
        "vat": None if vat is None else str(q2(vat)),
        "total": str(q2(total)),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doc_type,
        "line_items": [
            {
                "description": i.desc,
                "quantity": qty_s(i.qty),
                "unit_price": str(i.unit),
                "amount": str(i.amount),
            }
            for i in items
        ],
        "note": note,
        "kind": kind,
    }


# ----------------------------------------------------------------------------- drawing


class Pdf:
    """A reportlab canvas that checks every text run for page bounds and overlaps."""

    def __init__(self, size: tuple[float, float], total_pages: int = 0):
        self.buf = io.BytesIO()
        self.c = rl_canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.w, self.h = size
        self.boxes: list[tuple[float, float, float, float, str]] = []
        self.page = 1
        self.total = total_pages

    def text(self, x, y, s, font="Helvetica", size=9.0, align="l", color=(0, 0, 0)) -> float:
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[align]
        box = (x0, y - 0.22 * size, x0 + w, y + 0.76 * size)
        if box[0] < 1 or box[2] > self.w - 1 or box[1] < 1 or box[3] > self.h - 1:
            raise LayoutError(f"page {self.page}: {s!r} leaves the page at {box}")
        for b in self.boxes:
            if (
                box[0] < b[2] - 0.2
                and b[0] < box[2] - 0.2
                and box[1] < b[3] - 0.2
                and b[1] < box[3] - 0.2
            ):
                raise LayoutError(f"page {self.page}: {s!r} overlaps {b[4]!r}")
        self.boxes.append((*box, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def lines(
        self, x, y, rows, font="Helvetica", size=9.0, lead=None, align="l", color=(0, 0, 0)
    ) -> float:
        lead = lead or size * 1.25
        for r in rows:
            self.text(x, y, r, font, size, align, color)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6) -> None:
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def hline(self, x1, x2, y, lw=0.5, dash=None, color=(0, 0, 0)) -> None:
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        c.setDash(*(dash or ()))
        c.line(x1, y, x2, y)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def vline(self, x, y1, y2, lw=0.5) -> None:
        self.c.setLineWidth(lw)
        self.c.line(x, y1, x, y2)

    def qr(self, x, y, size, seed: int, cells: int = 25) -> None:
        """A QR-ish square of modules with three finder patterns."""
        r = random.Random(seed)
        m = size / cells
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        for i in range(cells):
            for j in range(cells):
                if r.random() < 0.45:
                    c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)
        for fx, fy in ((0, 0), (0, cells - 7), (cells - 7, cells - 7)):
            c.setFillColorRGB(1, 1, 1)
            c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, stroke=0, fill=1)

    def barcode(self, x, y, w, h, seed: int) -> None:
        r = random.Random(seed)
        pos = x
        c = self.c
        while pos < x + w - 3:
            bw = r.choice((0.6, 0.6, 1.2, 1.8))
            c.rect(pos, y, bw, h, stroke=0, fill=1)
            pos += bw + r.choice((0.6, 1.2, 1.8))

    def new_page(self) -> None:
        self.c.showPage()
        self.boxes = []
        self.page += 1

    def finish(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def build(size, draw: Callable[[Pdf], None]) -> bytes:
    """Draw twice: once to count pages, then with the page total known."""
    probe = Pdf(size)
    draw(probe)
    pdf = Pdf(size, probe.page)
    draw(pdf)
    return pdf.finish()


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        trial = f"{cur} {word}".strip()
        if pdfmetrics.stringWidth(trial, font, size) > width and cur:
            out.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        out.append(cur)
    return out


@dataclass
class Col:
    title: str
    x: float
    align: str
    get: Callable[[Item], str]


@dataclass
class Table:
    cols: list[Col]
    font: str
    bold: str
    size: float
    lead: float
    ymin: float
    head_fill: tuple | None = None
    head_color: tuple = (0, 0, 0)
    zebra: tuple | None = None
    rule: bool = True

    def header(self, pdf: Pdf, y: float) -> float:
        if self.head_fill:
            pdf.rect(
                self.cols[0].x - 4,
                y - 0.35 * self.lead,
                self.right() - self.cols[0].x + 8,
                self.lead * 1.1,
                fill=self.head_fill,
                stroke=None,
            )
        for col in self.cols:
            pdf.text(col.x, y, col.title, self.bold, self.size, col.align, self.head_color)
        if self.rule:
            pdf.hline(self.cols[0].x - 4, self.right() + 4, y - 0.45 * self.lead, 0.6)
        return y - self.lead * 1.35

    def right(self) -> float:
        return max(c.x for c in self.cols)

    def row(self, pdf: Pdf, y: float, it: Item, n: int) -> None:
        if self.zebra and n % 2:
            pdf.rect(
                self.cols[0].x - 4,
                y - 0.3 * self.lead,
                self.right() - self.cols[0].x + 8,
                self.lead,
                fill=self.zebra,
                stroke=None,
            )
        for col in self.cols:
            pdf.text(col.x, y, col.get(it), self.font, self.size, col.align)

    def run(
        self, pdf: Pdf, items: list[Item], y: float, carry_out, new_page, carry_in
    ) -> tuple[float, Decimal]:
        """Rows until ymin, then carry_out(pdf, y, running); new page; carry_in(pdf, y, running)."""
        y = self.header(pdf, y)
        running = D(0)
        for n, it in enumerate(items):
            if y < self.ymin:
                carry_out(pdf, y, running)
                pdf.new_page()
                y = carry_in(pdf, new_page(pdf), running)
                y = self.header(pdf, y)
            self.row(pdf, y, it, n)
            running += it.amount
            y -= self.lead
        return y, running


# ----------------------------------------------------------------------------- rolls


class Roll:
    """A till roll: rows stacked top-down; the page is as long as its content."""

    def __init__(self, width_mm: float, font: str, size: float, margin_mm: float = 3.0):
        self.w = width_mm * mm
        self.font = font
        self.size = size
        self.m = margin_mm * mm
        self.rows: list[tuple[float, Callable[[Pdf, float], None]]] = []

    def _row(self, h, fn) -> None:
        self.rows.append((h, fn))

    def gap(self, h: float = 4) -> None:
        self._row(h, lambda p, y: None)

    def center(self, s: str, font=None, size=None) -> None:
        f, sz = font or self.font, size or self.size
        self._row(sz * 1.22, lambda p, y: p.text(self.w / 2, y + 0.25 * sz, s, f, sz, "c"))

    def left(self, s: str, font=None, size=None, indent: float = 0) -> None:
        f, sz = font or self.font, size or self.size
        self._row(sz * 1.22, lambda p, y: p.text(self.m + indent, y + 0.25 * sz, s, f, sz))

    def lr(self, left: str, right: str, font=None, size=None, indent: float = 0) -> None:
        f, sz = font or self.font, size or self.size

        def fn(p, y):
            p.text(self.m + indent, y + 0.25 * sz, left, f, sz)
            if right:
                p.text(self.w - self.m, y + 0.25 * sz, right, f, sz, "r")

        self._row(sz * 1.22, fn)

    def cols(self, cells: list[tuple[float, str, str]], font=None, size=None) -> None:
        """cells: (x as fraction of the printable width, text, align)."""
        f, sz = font or self.font, size or self.size
        pw = self.w - 2 * self.m

        def fn(p, y):
            for fx, s, al in cells:
                if s:
                    p.text(self.m + fx * pw, y + 0.25 * sz, s, f, sz, al)

        self._row(sz * 1.22, fn)

    def rule(self, dash=(2, 2), lw=0.6) -> None:
        self._row(5, lambda p, y: p.hline(self.m, self.w - self.m, y + 2.5, lw, dash))

    def qr(self, size_mm: float, seed: int) -> None:
        s = size_mm * mm
        self._row(s + 6, lambda p, y: p.qr(self.w / 2 - s / 2, y + 3, s, seed))

    def barcode(self, h_mm: float, seed: int) -> None:
        h = h_mm * mm
        self._row(h + 6, lambda p, y: p.barcode(self.w * 0.18, y + 3, self.w * 0.64, h, seed))

    def logo(self, h: float, fn: Callable[[Pdf, float, float, float], None]) -> None:
        """fn(pdf, y_bottom, width, height) draws a wordmark shape."""
        self._row(h, lambda p, y: fn(p, y, self.w, h))

    def render(self) -> bytes:
        top = 8 * mm
        height = sum(h for h, _ in self.rows) + 2 * top
        pdf = Pdf((self.w, height), 1)
        y = height - top
        for h, fn in self.rows:
            y -= h
            fn(pdf, y)
        return pdf.finish()


# ----------------------------------------------------------------------------- imaging


def rasterize(pdf_bytes: bytes, dpi: float) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def _nrng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def thermal_fade(img: Image.Image, rng: random.Random, strength: float) -> Image.Image:
    """Thermal paper: ink fades unevenly along the roll and in vertical streaks."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    t = np.linspace(0, rng.uniform(2.5, 6.0), h) + rng.uniform(0, 6.28)
    prof = 1 - strength * (0.5 + 0.5 * np.sin(t))
    streak = 1 - 0.25 * strength * (
        0.5 + 0.5 * np.sin(np.linspace(0, rng.uniform(3, 9), w) + rng.uniform(0, 6.28))
    )
    ink = 255 - a
    a = 255 - ink * prof[:, None, None] * streak[None, :, None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def degrade_scan(
    img: Image.Image,
    rng: random.Random,
    *,
    grey=True,
    angle=0.0,
    blur=0.6,
    noise=5.0,
    specks=30,
    paper=(247, 245, 240),
    expand=False,
    bed=None,
) -> Image.Image:
    n = _nrng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32) / 255.0
    a = a * np.array(paper, dtype=np.float32)[None, None, :]
    a += n.normal(0, noise, a.shape[:2])[:, :, None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(im)
    for _ in range(specks):
        x, y = rng.randrange(im.width), rng.randrange(im.height)
        r = rng.uniform(0.6, 2.2)
        g = rng.randint(30, 110)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(g, g, g))
    if bed is not None:
        pad = int(0.04 * im.width) + 20
        canvas = Image.new("RGB", (im.width + 2 * pad, im.height + 2 * pad), bed)
        canvas.paste(im, (pad, pad))
        im = canvas
    fill = bed or paper
    im = im.rotate(angle, resample=Image.Resampling.BICUBIC, expand=expand, fillcolor=fill)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    return im.convert("L") if grey else im


def downscale(im: Image.Image, width: int) -> Image.Image:
    return im.resize((width, round(im.height * width / im.width)), Image.Resampling.LANCZOS)


def stack(images: list[Image.Image], gap: int = 24, fill=(205, 205, 205)) -> Image.Image:
    w = max(i.width for i in images)
    h = sum(i.height for i in images) + gap * (len(images) - 1)
    out = Image.new("RGB", (w, h), fill)
    y = 0
    for i in images:
        out.paste(i.convert("RGB"), ((w - i.width) // 2, y))
        y += i.height + gap
    return out


def side_by_side(images: list[Image.Image], gap: int = 30) -> tuple[Image.Image, Image.Image]:
    """Pages laid next to each other; returns (content, alpha mask)."""
    w = sum(i.width for i in images) + gap * (len(images) - 1)
    h = max(i.height for i in images)
    out = Image.new("RGB", (w, h), (0, 0, 0))
    mask = Image.new("L", (w, h), 0)
    x = 0
    for i in images:
        out.paste(i, (x, 0))
        mask.paste(255, (x, 0, x + i.width, i.height))
        x += i.width + gap
    return out, mask


def _texture(w: int, h: int, rng: random.Random, base: tuple[int, int, int]) -> np.ndarray:
    n = _nrng(rng)
    blot = Image.fromarray(
        ((n.normal(0, 1, (h // 60 + 3, w // 60 + 3)) * 40) + 128).clip(0, 255).astype(np.uint8)
    )
    blot = np.asarray(blot.resize((w, h), Image.Resampling.BICUBIC)).astype(np.float32) / 128 - 1
    if rng.random() < 0.5:
        grain = np.repeat(n.normal(0, 1, (h, 1)), w, axis=1)
    else:
        grain = np.repeat(n.normal(0, 1, (1, w)), h, axis=0)
    grain = (
        np.asarray(
            Image.fromarray(((grain * 30) + 128).clip(0, 255).astype(np.uint8)).filter(
                ImageFilter.GaussianBlur(2)
            )
        ).astype(np.float32)
        / 128
        - 1
    )
    f = 1 + 0.10 * blot + 0.06 * grain
    return np.array(base, dtype=np.float32)[None, None, :] * f[:, :, None]


def _coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """PIL perspective coefficients mapping output points (dst) to input points (src)."""
    m, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return [
        float(v)
        for v in np.linalg.solve(np.array(m, dtype=np.float64), np.array(b, dtype=np.float64))
    ]


def photo_img(
    content: Image.Image,
    rng: random.Random,
    long_side: int,
    mask: Image.Image | None = None,
    fold: bool = True,
    base=None,
) -> Image.Image:
    cw, ch = content.size
    if ch >= cw:
        fh = long_side
        fw = min(fh, max(int(fh * 0.62), int(fh * cw / ch * 1.28)))
    else:
        fw = long_side
        fh = min(fw, max(int(fw * 0.62), int(fw * ch / cw * 1.28)))
    s = min(0.84 * fw / cw, 0.86 * fh / ch)
    sw, sh = cw * s, ch * s
    x0, y0 = (fw - sw) / 2, (fh - sh) / 2
    j = 0.022 * min(sw, sh)

    def jit(x, y):
        return (x + rng.uniform(-j, j), y + rng.uniform(-j, j))

    dst = [jit(x0, y0), jit(x0 + sw, y0), jit(x0 + sw, y0 + sh), jit(x0, y0 + sh)]
    src = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    co = _coeffs(dst, src)
    warped = content.convert("RGB").transform(
        (fw, fh), Image.Transform.PERSPECTIVE, co, Image.Resampling.BICUBIC
    )
    m = (mask or Image.new("L", content.size, 255)).transform(
        (fw, fh), Image.Transform.PERSPECTIVE, co, Image.Resampling.BILINEAR
    )
    base = base or rng.choice(
        [(120, 86, 58), (150, 110, 75), (88, 92, 98), (170, 160, 145), (60, 64, 70)]
    )
    bg = _texture(fw, fh, rng, base)
    shadow = np.asarray(m.filter(ImageFilter.GaussianBlur(18))).astype(np.float32) / 255
    shadow = np.roll(shadow, (int(fh * 0.012), int(fw * 0.015)), axis=(0, 1))
    bg *= (1 - 0.45 * shadow)[:, :, None]
    a = np.asarray(m).astype(np.float32)[:, :, None] / 255
    img = np.asarray(warped).astype(np.float32) * a + bg * (1 - a)
    img = _light(img, rng, fold, a[:, :, 0])
    img += _nrng(rng).normal(0, 3.0, img.shape)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))


def _light(img: np.ndarray, rng: random.Random, fold: bool, paper: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(w, h)
    light = 1.06 - 0.38 * r
    ang = rng.uniform(0, 6.28)
    lin = np.cos(ang) * xx / w + np.sin(ang) * yy / h
    light *= 0.92 + 0.1 * (lin - lin.min()) / (np.ptp(lin) + 1e-6)
    if rng.random() < 0.6:  # a soft shadow of the phone / hand over one edge
        sx = rng.uniform(0.55, 0.85) * w
        light *= 1 - 0.22 / (1 + np.exp(-(xx - sx - 0.15 * (yy - h / 2)) / (0.02 * w)))
    if fold:
        fy = rng.uniform(0.3, 0.7) * h
        d = (yy - fy - rng.uniform(-0.03, 0.03) * (xx - w / 2)) / (0.006 * h)
        light *= 1 - paper * 0.12 * np.exp(-(d**2)) * np.sign(d + 0.5)
    tint = np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.86, 0.96)], dtype=np.float32)
    return img * light[:, :, None] * tint[None, None, :]


def jpeg(img: Image.Image, quality: int) -> bytes:
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=quality, optimize=False)
    return b.getvalue()


def png(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False, compress_level=9)
    return b.getvalue()


def image_pdf(images: list[Image.Image], size, quality: int = 72) -> bytes:
    """Image-only PDF: each degraded scan is the page's only content."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1)
    for im in images:
        c.drawImage(ImageReader(io.BytesIO(jpeg(im, quality))), 0, 0, size[0], size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def photo_halves(tall: Image.Image, rng: random.Random, overlap: float = 0.07) -> Image.Image:
    """A long roll photographed in two overlapping halves, stacked into one image."""
    h = tall.height
    cut = h // 2
    o = int(overlap * h / 2)
    top = tall.crop((0, 0, tall.width, cut + o))
    bottom = tall.crop((0, cut - o, tall.width, h))
    base = rng.choice([(120, 86, 58), (88, 92, 98), (60, 64, 70), (150, 110, 75)])
    p1 = photo_img(top, rng, rng.randint(1600, 2200), fold=False, base=base)
    p2 = photo_img(bottom, rng, rng.randint(1600, 2200), fold=False, base=base)
    w = min(p1.width, p2.width)
    return stack([downscale(p1, w), downscale(p2, w)], gap=0)


# ----------------------------------------------------------------------------- invoices


def ensure(
    pdf: Pdf, y: float, need: float, ymin: float, carry_out, new_page, carry_in, running
) -> float:
    """Break the page before a block that would not fit (the totals stay together)."""
    if y - need >= ymin:
        return y
    carry_out(pdf, y, running)
    pdf.new_page()
    return carry_in(pdf, new_page(pdf), running)


def i01(rng: random.Random):
    """DE, 3 pages, Übertrag at foot and head, Skonto distractor."""
    V = "Hartmann & Söhne Befestigungstechnik GmbH"
    parts = [
        "Sechskantschraube DIN 933 verz.",
        "Zylinderschraube DIN 912 8.8",
        "Sechskantmutter DIN 934 Kl. 8",
        "Gewindestange DIN 976 4.6",
        "Senkschraube ISO 10642 10.9",
        "Linsenkopfschraube ISO 7380 A2",
        "Schwerlastanker FAZ II",
        "Sicherungsmutter DIN 985 A2",
        "Holzbauschraube Tellerkopf",
        "Scheibe DIN 125 A2 für",
        "Schlossschraube DIN 603",
        "Stockschraube A2",
    ]
    items = gen_items(
        rng,
        catalogue(
            rng,
            parts,
            [
                "M6x20",
                "M6x30",
                "M8x25",
                "M8x40",
                "M10x50",
                "M10x80",
                "M12x60",
                "M12x100",
                "M16x120",
                "M8x60",
            ],
            84,
        ),
        3.5,
        89,
        [1, 2, 2, 3, 5, 10, 12, 20, 25],
        19,
        "{}",
        ["VE100", "VE50", "VE25"],
    )
    items.append(mk("Fracht- und Verpackungspauschale", 1, "38.50", 19, "90001", "psch"))
    net = sum((i.amount for i in items), D(0))
    vat = q2(net * D("0.19"))
    total = net + vat
    skonto = q2(total * D("0.02"))
    no, kd = "RE-2026-04817", "20417"
    F, FB = "Helvetica", "Helvetica-Bold"
    red = (0.75, 0.1, 0.12)

    def footer(p: Pdf):
        p.hline(20 * mm, 190 * mm, 27 * mm, 0.4)
        p.lines(
            20 * mm,
            23 * mm,
            [V, "Ostring 44 · 33604 Bielefeld", "Tel. 0521 98877-0 · info@hartmann-soehne.de"],
            F,
            6.5,
            8,
        )
        p.lines(
            85 * mm,
            23 * mm,
            [
                "Geschäftsführer: Jens Hartmann",
                "Amtsgericht Bielefeld HRB 38114",
                "USt-IdNr. DE 281 447 902",
            ],
            F,
            6.5,
            8,
        )
        p.lines(
            145 * mm,
            23 * mm,
            ["Sparkasse Bielefeld", "IBAN DE44 4805 0161 0043 1188 20", "BIC SPBIDE3BXXX"],
            F,
            6.5,
            8,
        )
        p.text(190 * mm, 31 * mm, f"Seite {p.page}/{p.total}", F, 8, "r")

    def new_page(p: Pdf) -> float:
        p.rect(20 * mm, 279 * mm, 6 * mm, 6 * mm, fill=red, stroke=None)
        p.text(28 * mm, 280 * mm, "HARTMANN", FB, 13)
        p.text(
            190 * mm,
            281 * mm,
            f"Rechnung {no} · Kunden-Nr. {kd} · Seite {p.page}/{p.total}",
            F,
            8,
            "r",
        )
        p.hline(20 * mm, 190 * mm, 276 * mm, 0.4)
        footer(p)
        return 268 * mm

    def carry_out(p, y, run):
        p.hline(150 * mm, 190 * mm, y + 2.5 * mm, 0.5)
        p.text(150 * mm, y - 1 * mm, "Übertrag", FB, 8.5)
        p.text(190 * mm, y - 1 * mm, f"{fm(run, 'de')} €", FB, 8.5, "r")

    def carry_in(p, y, run):
        p.text(52 * mm, y, f"Übertrag von Seite {p.page - 1}", FB, 8.5)
        p.text(190 * mm, y, f"{fm(run, 'de')} €", FB, 8.5, "r")
        return y - 8 * mm

    cols = [
        Col("Pos.", 20 * mm, "l", lambda i: str(items.index(i) + 1)),
        Col("Art.-Nr.", 30 * mm, "l", lambda i: i.code),
        Col("Bezeichnung", 47 * mm, "l", lambda i: i.desc),
        Col("Menge", 132 * mm, "r", lambda i: qty_s(i.qty)),
        Col("VE", 135 * mm, "l", lambda i: i.uom),
        Col("Einzelpreis €", 168 * mm, "r", lambda i: fm(i.unit, "de")),
        Col("Gesamt €", 190 * mm, "r", lambda i: fm(i.amount, "de")),
    ]
    tab = Table(cols, F, FB, 8.2, 4.5 * mm, 42 * mm)

    def draw(p: Pdf):
        p.rect(20 * mm, 268 * mm, 11 * mm, 11 * mm, fill=red, stroke=None)
        p.text(34 * mm, 270 * mm, "HARTMANN", FB, 24)
        p.text(34 * mm, 263 * mm, "& SÖHNE  ·  BEFESTIGUNGSTECHNIK", F, 8, color=red)
        p.text(
            20 * mm,
            249 * mm,
            "Hartmann & Söhne Befestigungstechnik GmbH · Ostring 44 · 33604 Bielefeld",
            F,
            6.5,
        )
        p.lines(
            20 * mm,
            242 * mm,
            [
                "Metallbau Lindner GmbH",
                "Einkauf / Frau Petra Sommer",
                "Gewerbestraße 7",
                "32051 Herford",
            ],
            F,
            10,
            12.5,
        )
        info = [
            ("Rechnungs-Nr.", no),
            ("Rechnungsdatum", "12.03.2026"),
            ("Lieferdatum", "10.03.2026"),
            ("Kunden-Nr.", kd),
            ("Ihre Bestellung", "BE-7781 vom 02.03.2026"),
            ("Lieferschein", "LS-2026-09114"),
        ]
        for n, (k, v) in enumerate(info):
            p.text(125 * mm, (249 - n * 5) * mm, k, F, 8.5)
            p.text(190 * mm, (249 - n * 5) * mm, v, FB if n == 0 else F, 8.5, "r")
        p.text(20 * mm, 205 * mm, f"Rechnung {no}", FB, 15)
        p.text(
            20 * mm,
            197 * mm,
            "Sehr geehrte Damen und Herren, für unsere Lieferung berechnen wir Ihnen wie folgt:",
            F,
            9,
        )
        footer(p)
        y, run = tab.run(p, items, 187 * mm, carry_out, new_page, carry_in)
        y = ensure(p, y, 62 * mm, 42 * mm, carry_out, new_page, carry_in, run)
        p.hline(120 * mm, 190 * mm, y + 1 * mm, 0.8)
        rows = [
            ("Summe netto", f"{fm(net, 'de')} €", F),
            ("zzgl. 19 % MwSt.", f"{fm(vat, 'de')} €", F),
        ]
        y -= 5 * mm
        for k, v, f in rows:
            p.text(120 * mm, y, k, f, 9)
            p.text(190 * mm, y, v, f, 9, "r")
            y -= 5.5 * mm
        p.rect(118 * mm, y - 2.5 * mm, 74 * mm, 8 * mm, fill=(0.93, 0.93, 0.93), stroke=None)
        p.text(120 * mm, y, "Rechnungsbetrag", FB, 10.5)
        p.text(190 * mm, y, f"{fm(total, 'de')} €", FB, 10.5, "r")
        y -= 14 * mm
        p.lines(
            20 * mm,
            y,
            [
                "Zahlbar bis 11.04.2026 ohne Abzug.",
                f"Bei Zahlung bis 22.03.2026 gewähren wir 2 % Skonto ({fm(skonto, 'de')} €), Zahlbetrag dann {fm(total - skonto, 'de')} €.",
                "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum. Lieferdatum entspricht Rechnungsdatum, sofern nicht anders angegeben.",
            ],
            F,
            8.5,
            11,
        )

    return build(A4, draw), truth(
        number=no,
        date="2026-03-12",
        due="2026-04-11",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        doc_type="invoice",
        items=items,
        note="3 pages; 'Übertrag' subtotals at foot of p1/p2 and head of p2/p3 are not totals; Skonto amount and reduced Zahlbetrag are distractors; totals only on last page",
        kind="pdf",
    )


def i02(rng: random.Random):
    """GB, cover letter on page 1, invoice on pages 2-3, carried forward, deposit deducted."""
    V = "Pennine Office Interiors Ltd"
    goods = [
        "Height-adjustable desk 1600x800",
        "Height-adjustable desk 1400x800",
        "Task chair mesh back",
        "Task chair fabric",
        "Pedestal 3-drawer lockable",
        "Acoustic screen 1200mm",
        "Acoustic screen 1600mm",
        "Monitor arm dual",
        "Storage cabinet 2000mm",
        "Meeting table 2400mm",
        "Meeting chair stackable",
        "Cable tray under-desk",
        "Locker bank 4-door",
        "Whiteboard 1800x1200",
        "Coat stand chrome",
        "Breakout sofa 2-seat",
    ]
    items = gen_items(
        rng,
        catalogue(rng, goods, ["(white)", "(oak)", "(graphite)", "(walnut)"], 38),
        24,
        640,
        [1, 2, 4, 6, 8, 10, 12],
        20,
    )
    items += [
        mk("Installation labour (2 fitters, per hour)", 14, "46.00", 20),
        mk("Waste removal & packaging recycling", 1, "185.00", 20),
    ]
    net = sum((i.amount for i in items), D(0))
    vat = q2(net * D("0.20"))
    total = net + vat
    deposit = D("2500.00")
    no = "INV-88213"
    F, FB, FI = "DVS", "DVSB", "DVSI"
    navy = (0.1, 0.16, 0.36)

    def masthead(p: Pdf, big: bool) -> None:
        p.c.setFillColorRGB(*navy)
        p.c.circle(24 * mm, 278 * mm, 5 * mm, stroke=0, fill=1)
        p.text(32 * mm, 276 * mm, "PENNINE", FB, 18 if big else 12, color=navy)
        p.text(190 * mm, 280 * mm, "Unit 4, Calder Park, Wakefield WF2 7AW", F, 7.5, "r")
        p.text(190 * mm, 276 * mm, "0113 496 0721 · accounts@pennine-interiors.co.uk", F, 7.5, "r")
        p.hline(20 * mm, 190 * mm, 271 * mm, 1.2, color=navy)
        p.lines(
            105 * mm,
            16 * mm,
            [
                "Pennine Office Interiors Ltd · Registered in England & Wales No. 07718342",
                "VAT Reg. No. GB 318 5529 07 · Registered office as above",
            ],
            F,
            6.5,
            8,
            "c",
        )

    def new_page(p: Pdf) -> float:
        masthead(p, False)
        p.text(20 * mm, 264 * mm, f"Invoice {no} (continued)", FB, 10)
        p.text(190 * mm, 264 * mm, f"Page {p.page - 1} of {p.total - 1}", F, 8.5, "r")
        return 254 * mm

    def carry_out(p, y, run):
        p.text(120 * mm, y - 2 * mm, "Carried forward", FI, 9)
        p.text(190 * mm, y - 2 * mm, f"£{fm(run)}", FB, 9, "r")

    def carry_in(p, y, run):
        p.text(120 * mm, y, "Brought forward", FI, 9)
        p.text(190 * mm, y, f"£{fm(run)}", FB, 9, "r")
        return y - 9 * mm

    cols = [
        Col("Description", 20 * mm, "l", lambda i: i.desc),
        Col("Qty", 128 * mm, "r", lambda i: qty_s(i.qty)),
        Col("Unit £", 155 * mm, "r", lambda i: fm(i.unit)),
        Col("Net £", 190 * mm, "r", lambda i: fm(i.amount)),
    ]
    tab = Table(
        cols,
        F,
        FB,
        8.5,
        5.2 * mm,
        34 * mm,
        head_fill=navy,
        head_color=(1, 1, 1),
        zebra=(0.94, 0.95, 0.98),
        rule=False,
    )

    def letter_page(p: Pdf) -> None:
        masthead(p, True)
        p.lines(
            20 * mm,
            250 * mm,
            [
                "Mr Daniel Okafor",
                "Facilities Manager",
                "Harrowgate Building Society",
                "14 Station Parade",
                "Harrogate HG1 1TS",
            ],
            F,
            10,
            13,
        )
        p.text(190 * mm, 250 * mm, "14 April 2026", F, 10, "r")
        p.text(20 * mm, 176 * mm, "Re: Second-floor refurbishment, Station Parade", FB, 10)
        body = f"Dear Mr Okafor, thank you for choosing Pennine for the refurbishment of your second floor. Installation was completed on 10 April 2026 and we enclose our invoice {no}, which sets out all furniture supplied and the fitting labour. The deposit of £{fm(deposit)} you paid on 2 March 2026 has been deducted from the balance shown on the last page. Our account terms are 30 days from the invoice date; please quote the invoice number with your remittance. If anything on the schedule does not match your delivery notes, please contact our accounts team within 14 days. We hope you enjoy the new space and look forward to working with you again."
        y = p.lines(20 * mm, 166 * mm, wrap(body, F, 10, 170 * mm), F, 10, 14)
        p.lines(
            20 * mm,
            y - 8 * mm,
            ["Yours sincerely,", "", "", "Helen Brierley", "Accounts Director"],
            F,
            10,
            13,
        )
        p.text(20 * mm, 40 * mm, "Enc. Invoice INV-88213 (2 pages)", FI, 9)

    def draw(p: Pdf):
        letter_page(p)
        p.new_page()
        masthead(p, False)
        p.text(20 * mm, 258 * mm, "INVOICE", FB, 22, color=navy)
        p.text(190 * mm, 264 * mm, f"Page 1 of {p.total - 1}", F, 8.5, "r")
        for n, (k, v) in enumerate(
            [
                ("Invoice no.", no),
                ("Invoice date", "14 April 2026"),
                ("Tax point", "10 April 2026"),
                ("Account", "HBS-0042"),
                ("Your PO", "PO-55120"),
                ("Payment due", "14 May 2026"),
            ]
        ):
            p.text(130 * mm, (256 - 5 * n) * mm, k, F, 8.5)
            p.text(190 * mm, (256 - 5 * n) * mm, v, FB, 8.5, "r")
        p.lines(
            20 * mm,
            246 * mm,
            [
                "Invoice to:",
                "Harrowgate Building Society",
                "14 Station Parade",
                "Harrogate HG1 1TS",
            ],
            F,
            9,
            11.5,
        )
        y, run = tab.run(p, items, 216 * mm, carry_out, new_page, carry_in)
        y = ensure(p, y, 70 * mm, 30 * mm, carry_out, new_page, carry_in, run)
        y -= 4 * mm
        for k, v, f in [
            ("Net total", fm(net), F),
            ("VAT @ 20%", fm(vat), F),
            ("Invoice total", fm(total), FB),
            ("Less deposit received 02/03/2026", f"-{fm(deposit)}", FI),
            ("Balance due", fm(total - deposit), FB),
        ]:
            p.text(110 * mm, y, k, f, 9.5)
            p.text(190 * mm, y, f"£{v}", f, 9.5, "r")
            y -= 6 * mm
        p.lines(
            20 * mm,
            y - 6 * mm,
            [
                "Please pay by BACS to: Pennine Office Interiors Ltd, Yorkshire Bank, sort code 05-08-34, account 31887702.",
                f"Reference: {no}. Terms: 30 days net.",
            ],
            F,
            8,
            10,
        )

    return build(A4, draw), truth(
        number=no,
        date="2026-04-14",
        due="2026-05-14",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        doc_type="invoice",
        items=items,
        note="page 1 is a cover letter (mentions the deposit); invoice proper on pages 2-3 numbered 'Page 1 of 2'; carried/brought forward subtotals; total is the invoice total BEFORE the deposit, balance due is lower",
        kind="pdf",
    )


def i03(rng: random.Random):
    """FR, items over 2 pages with 'À reporter' / 'Report', totals on page 2, CGV on page 3."""
    V = "Librairie-Papeterie Delorme SARL"
    books = [
        "Manuel de mathématiques 2de",
        "Cahier d'exercices anglais 4e",
        "Atlas géographique collège",
        "Dictionnaire Le Robert collège",
        "Annales du brevet français",
        "Physique-chimie Tle spécialité",
        "Histoire-géographie 1re",
        "SVT cycle 4",
    ]
    supplies = [
        "Ramette papier A4 80 g",
        "Classeur 4 anneaux dos 40",
        "Cahier 24x32 96 p. grands carreaux",
        "Stylo bille pointe moyenne (boîte de 50)",
        "Surligneurs assortis (lot de 4)",
        "Feutres tableau blanc (boîte de 10)",
        "Calculatrice collège",
        "Pochettes plastiques perforées (100)",
    ]
    items = gen_items(
        rng,
        catalogue(rng, books, ["", "(éd. 2026)", "- pack enseignant"], 18),
        9.9,
        34.5,
        [5, 10, 25, 30, 32],
        D("5.5"),
        "",
        ["ex."],
    )
    items += gen_items(
        rng,
        catalogue(rng, supplies, ["", "- bleu", "- rouge", "- assortis"], 22),
        1.8,
        24.9,
        [2, 5, 10, 20, 40],
        20,
        "",
        ["u."],
    )
    rng.shuffle(items)
    items.append(mk("Frais de port et livraison", 1, "24.00", 20, "", "forf."))
    vr = vat_by_rate(items)
    net = sum((b for b, _ in vr.values()), D(0))
    vat = sum((t for _, t in vr.values()), D(0))
    total = net + vat
    no = "FA-2026-00731"
    F, FB = "DVC", "DVCB"
    teal = (0.0, 0.42, 0.45)

    def frame(p: Pdf) -> None:
        p.text(
            105 * mm,
            12 * mm,
            "Delorme SARL au capital de 20 000 € · RCS Lyon 488 215 903 · SIRET 488 215 903 00027 · TVA FR 62 488215903 · APE 4761Z",
            F,
            6.5,
            "c",
        )
        p.text(195 * mm, 286 * mm, f"Facture {no} — page {p.page}/{p.total}", F, 8, "r")

    def new_page(p: Pdf) -> float:
        frame(p)
        p.text(15 * mm, 286 * mm, "DELORME · librairie-papeterie", FB, 9, color=teal)
        p.text(15 * mm, 280 * mm, "Client : Collège Jean-Moulin — n° client C-10442", F, 8)
        return 268 * mm

    def carry_out(p, y, run):
        p.rect(130 * mm, y - 4 * mm, 65 * mm, 7 * mm, fill=None)
        p.text(133 * mm, y - 1.8 * mm, "À reporter (HT)", FB, 8.5)
        p.text(193 * mm, y - 1.8 * mm, f"{fm(run, 'fr')} €", FB, 8.5, "r")

    def carry_in(p, y, run):
        p.rect(130 * mm, y - 2.5 * mm, 65 * mm, 7 * mm, fill=None)
        p.text(133 * mm, y - 0.3 * mm, "Report (HT)", FB, 8.5)
        p.text(193 * mm, y - 0.3 * mm, f"{fm(run, 'fr')} €", FB, 8.5, "r")
        return y - 11 * mm

    cols = [
        Col("Désignation", 15 * mm, "l", lambda i: i.desc),
        Col("Qté", 120 * mm, "r", lambda i: qty_s(i.qty)),
        Col("Unité", 122 * mm, "l", lambda i: i.uom),
        Col("P.U. HT", 150 * mm, "r", lambda i: fm(i.unit, "fr")),
        Col(
            "TVA",
            163 * mm,
            "r",
            lambda i: fm(i.rate, "fr", 1).rstrip(",0") + " %" if i.rate != 20 else "20 %",
        ),
        Col("Montant HT", 195 * mm, "r", lambda i: fm(i.amount, "fr")),
    ]
    tab = Table(cols, F, FB, 8.5, 5.4 * mm, 26 * mm, head_fill=(0.85, 0.93, 0.93))

    def cgv(p: Pdf) -> None:
        p.new_page()
        frame(p)
        p.text(105 * mm, 272 * mm, "CONDITIONS GÉNÉRALES DE VENTE", FB, 12, "c")
        arts = [
            (
                "Article 1 — Objet",
                "Les présentes conditions s'appliquent à toutes les ventes conclues par Delorme SARL auprès des établissements scolaires et des professionnels.",
            ),
            (
                "Article 2 — Prix",
                "Les prix sont exprimés en euros hors taxes ; la TVA applicable est celle en vigueur au jour de la facturation (5,5 % pour les livres, 20 % pour les fournitures). Franco de port à partir de 300,00 € HT ; en deçà, une participation forfaitaire de 24,00 € HT est facturée.",
            ),
            (
                "Article 3 — Paiement",
                "Nos factures sont payables à 30 jours date de facture, par virement. Aucun escompte n'est accordé pour paiement anticipé.",
            ),
            (
                "Article 4 — Retard de paiement",
                "Tout retard entraîne de plein droit des pénalités au taux de trois fois le taux d'intérêt légal ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40,00 € (art. L441-10 du Code de commerce). À titre d'exemple, un retard de 30 jours sur une facture de 1 000,00 € TTC entraîne des pénalités d'environ 9,00 €.",
            ),
            (
                "Article 5 — Retours",
                "Les retours de manuels sont acceptés dans un délai de 60 jours, dans la limite de 10 % des quantités livrées, avec une décote de 15 % sur la valeur HT.",
            ),
            (
                "Article 6 — Réserve de propriété",
                "Les marchandises restent notre propriété jusqu'au paiement intégral du prix.",
            ),
            (
                "Article 7 — Litiges",
                "Tout litige relève de la compétence exclusive du Tribunal de commerce de Lyon.",
            ),
        ]
        y = 260 * mm
        for head, body in arts:
            p.text(15 * mm, y, head, FB, 9)
            y = p.lines(15 * mm, y - 5 * mm, wrap(body, F, 8.5, 180 * mm), F, 8.5, 11) - 4 * mm

    def draw(p: Pdf):
        frame(p)
        p.rect(15 * mm, 262 * mm, 58 * mm, 20 * mm, fill=teal, stroke=None)
        p.text(19 * mm, 272 * mm, "DELORME", FB, 20, color=(1, 1, 1))
        p.text(19 * mm, 265.5 * mm, "librairie · papeterie · scolaire", F, 7.5, color=(1, 1, 1))
        p.lines(
            15 * mm,
            256 * mm,
            [
                "Librairie-Papeterie Delorme SARL",
                "27 rue Mercière",
                "69002 Lyon",
                "Tél. 04 78 42 19 66",
            ],
            F,
            8.5,
            10.5,
        )
        p.rect(110 * mm, 232 * mm, 85 * mm, 30 * mm, fill=None)
        p.lines(
            114 * mm,
            256 * mm,
            ["Collège Jean-Moulin", "Service intendance", "4 avenue des Tilleuls", "69500 Bron"],
            F,
            9.5,
            12,
        )
        p.text(15 * mm, 222 * mm, f"FACTURE N° {no}", FB, 14)
        p.lines(
            15 * mm,
            214 * mm,
            [
                "Date : 05/02/2026",
                "Échéance : 07/03/2026",
                "N° client : C-10442 — Bon de commande 2026-BC-118",
            ],
            F,
            9,
            11.5,
        )
        y, run = tab.run(p, items, 196 * mm, carry_out, new_page, carry_in)
        y = ensure(p, y, 52 * mm, 24 * mm, carry_out, new_page, carry_in, run)
        y -= 4 * mm
        rows = [("Total HT", fm(net, "fr"))] + [
            (
                f"TVA {fm(r, 'fr', 1).rstrip(',0') if r != 20 else '20'} % sur {fm(b, 'fr')}",
                fm(t, "fr"),
            )
            for r, (b, t) in vr.items()
        ]
        for k, v in [*rows, ("Total TTC", fm(total, "fr")), ("NET À PAYER", fm(total, "fr"))]:
            p.text(120 * mm, y, k, FB if k.isupper() or k.startswith("Total T") else F, 9.5)
            p.text(195 * mm, y, f"{v} €", FB if k.isupper() else F, 9.5, "r")
            y -= 6 * mm
        p.text(
            15 * mm,
            y - 4 * mm,
            "Règlement par virement — IBAN FR76 1027 8073 1100 0204 5120 166 — BIC CMCIFR2A",
            F,
            8,
        )
        cgv(p)

    return build(A4, draw), truth(
        number=no,
        date="2026-02-05",
        due="2026-03-07",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        doc_type="invoice",
        items=items,
        note="items span p1-p2 with 'À reporter'/'Report' HT subtotals; two TVA rates (5,5 % books, 20 % supplies); page 3 is CGV with its own example amounts (40,00 €, 1 000,00 €, 300,00 €)",
        kind="pdf",
    )


def i04(rng: random.Random):
    """US, Letter, 2 pages, 'Continued', remittance stub with Amount Enclosed; image-only PDF scan."""
    V = "Bluewater Marine Supply, Inc."
    goods = [
        "Stainless cleat 6in",
        "Nylon dock line 5/8in x 25ft",
        "Bilge pump 1100 GPH",
        "Marine grease 14oz",
        "Fender 8x26in",
        "Anchor shackle 3/8in",
        "Bronze thru-hull 1in",
        "Hose clamp SS #20 (10pk)",
        "Navigation light LED",
        "Battery switch 300A",
        "Tinned wire 10AWG 50ft",
        "Epoxy resin kit qt",
    ]
    items = gen_items(
        rng,
        catalogue(rng, goods, ["", "- blk", "- wht", "- gry"], 44),
        4.2,
        189,
        [1, 2, 3, 4, 6, 10, 12],
        0,
        "BW-{}",
        ["EA", "PK"],
    )
    sub = sum((i.amount for i in items), D(0))
    freight = D("64.80")
    tax = q2(sub * D("0.06625"))
    net = sub + freight
    total = net + tax
    no, cust = "100482", "C-2291"
    F, FB = "Times-Roman", "Times-Bold"

    def head(p: Pdf) -> float:
        p.rect(0.6 * 72, 10.05 * 72, 0.55 * 72, 0.55 * 72, fill=(0.1, 0.3, 0.6), stroke=None)
        p.text(1.3 * 72, 10.3 * 72, "BLUEWATER MARINE SUPPLY, INC.", FB, 15)
        p.text(
            1.3 * 72, 10.1 * 72, "2140 Harbor Blvd · Toms River, NJ 08753 · (732) 555-0148", F, 9
        )
        p.text(7.9 * 72, 10.35 * 72, "INVOICE", FB, 20, "r")
        p.text(7.9 * 72, 10.1 * 72, f"Page {p.page} of {p.total}", F, 9, "r")
        return 9.8 * 72

    def new_page(p: Pdf) -> float:
        y = head(p)
        p.text(0.6 * 72, y, f"Invoice # {no}   Customer # {cust}   Invoice Date 03/18/2026", F, 9.5)
        return y - 0.35 * 72

    def carry_out(p, y, run):
        p.text(4.3 * 72, y - 6, "Continued on next page ...", FB, 10, "c")

    def carry_in(p, y, run):
        return y

    cols = [
        Col("Item #", 0.6 * 72, "l", lambda i: i.code),
        Col("Description", 1.45 * 72, "l", lambda i: i.desc),
        Col("Qty", 5.0 * 72, "r", lambda i: qty_s(i.qty)),
        Col("U/M", 5.15 * 72, "l", lambda i: i.uom),
        Col("Price", 6.6 * 72, "r", lambda i: fm(i.unit)),
        Col("Amount", 7.9 * 72, "r", lambda i: fm(i.amount)),
    ]
    tab = Table(cols, F, FB, 10, 15, 1.3 * 72)

    def stub(p: Pdf, y: float) -> None:
        p.hline(0.5 * 72, 8.0 * 72, y, 0.8, (4, 3))
        p.text(
            4.25 * 72,
            y - 12,
            "Please detach and return this portion with your payment",
            F,
            8.5,
            "c",
        )
        y -= 30
        p.text(0.6 * 72, y, "REMITTANCE", FB, 12)
        for n, (k, v) in enumerate(
            [
                ("Invoice #", no),
                ("Customer #", cust),
                ("Due Date", "04/17/2026"),
                ("Amount Due", f"${fm(total)}"),
                ("Amount Enclosed", "$ ______________"),
            ]
        ):
            p.text(4.6 * 72, y - n * 14, k, F, 10)
            p.text(7.9 * 72, y - n * 14, v, FB, 10, "r")
        p.lines(
            0.6 * 72,
            y - 16,
            ["Make checks payable to:", V, "PO Box 4471", "Toms River, NJ 08754-4471"],
            F,
            10,
            12.5,
        )

    def draw(p: Pdf):
        y = head(p)
        p.lines(
            0.6 * 72,
            y - 10,
            ["BILL TO", "Barnegat Bay Yacht Services LLC", "88 Bay Ave", "Forked River, NJ 08731"],
            F,
            10,
            12.5,
        )
        p.lines(
            3.5 * 72,
            y - 10,
            [
                "SHIP TO",
                "Barnegat Bay Yacht Services LLC",
                "Slip C-14, Lighthouse Marina",
                "Forked River, NJ 08731",
            ],
            F,
            10,
            12.5,
        )
        for n, (k, v) in enumerate(
            [
                ("Invoice #", no),
                ("Invoice Date", "03/18/2026"),
                ("Customer #", cust),
                ("Terms", "Net 30"),
                ("Due Date", "04/17/2026"),
                ("Sales Rep", "KM"),
            ]
        ):
            p.text(6.3 * 72, y - 10 - n * 12.5, k, FB, 9.5)
            p.text(7.9 * 72, y - 10 - n * 12.5, v, F, 9.5, "r")
        y, run = tab.run(p, items, y - 1.25 * 72, carry_out, new_page, carry_in)
        y = ensure(p, y, 4.3 * 72, 0.6 * 72, carry_out, new_page, carry_in, run)
        p.hline(5.4 * 72, 7.9 * 72, y + 6, 0.6)
        y -= 10
        for k, v in [
            ("Subtotal", fm(sub)),
            ("Freight", fm(freight)),
            ("Sales Tax (NJ 6.625%)", fm(tax)),
            ("TOTAL DUE", f"${fm(total)}"),
        ]:
            p.text(5.4 * 72, y, k, FB if k.isupper() else F, 10.5)
            p.text(7.9 * 72, y, v, FB if k.isupper() else F, 10.5, "r")
            y -= 15
        p.text(
            0.6 * 72,
            y + 40,
            "Thank you for your business! 1.5% monthly finance charge on past-due balances.",
            F,
            9,
        )
        stub(p, y - 4)

    pdf = build(letter, draw)
    scans = [
        degrade_scan(im, rng, grey=True, angle=rng.uniform(-1.2, 1.2), blur=0.7, noise=6, specks=40)
        for im in rasterize(pdf, 200)
    ]
    return image_pdf(scans, letter, 70), truth(
        number=no,
        date="2026-03-18",
        due="2026-04-17",
        vendor=V,
        amount=net,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        doc_type="invoice",
        items=items,
        note="image-only PDF (2 scanned pages, no text layer); 'Continued on next page' without subtotal; freight outside the taxed subtotal (net = subtotal + freight); remittance stub repeats Amount Due and has an empty Amount Enclosed",
        kind="scan",
    )


def i05(rng: random.Random):
    """NL, 2 invoice pages with 'Transport' carry lines, a packing slip (pakbon) attached as page 3."""
    V = "Van der Berg Horeca Groothandel B.V."
    food = [
        "Friteusevet 10 L",
        "Koffiebonen espresso 1 kg",
        "Suikerzakjes 1000 st.",
        "Servetten 3-laags 33x33",
        "Afwasmiddel 5 L",
        "Bakpapier rol 45 m",
        "Vuilniszakken 120 L",
        "Melkcups 240 st.",
        "Theezakjes Earl Grey 100 st.",
        "Mayonaise emmer 10 L",
        "Frituursaus 3 L",
        "Handschoenen nitril M",
    ]
    items = gen_items(
        rng,
        catalogue(rng, food, ["", "(doos)", "(pallet 1/4)"], 33),
        2.1,
        96,
        [1, 2, 3, 4, 6, 8, 12],
        21,
        "{}",
        ["st", "ds", "krt"],
    )
    retax(items, ("Koffie", "Suiker", "Melk", "Thee", "Mayo", "Frituur", "vet"), D(9))
    vr = vat_by_rate(items)
    net = sum((b for b, _ in vr.values()), D(0))
    vat = sum((t for _, t in vr.values()), D(0))
    total = net + vat
    no = "F2026-0311"
    F, FB = "Helvetica", "Helvetica-Bold"
    orange = (0.93, 0.45, 0.1)

    def frame(p: Pdf, title: str) -> float:
        p.rect(0, 282 * mm, 210 * mm, 15 * mm, fill=orange, stroke=None)
        p.text(15 * mm, 287 * mm, "vanderBerg", FB, 20, color=(1, 1, 1))
        p.text(
            195 * mm, 287.5 * mm, f"{title}  |  pagina {p.page} van {p.total}", F, 9, "r", (1, 1, 1)
        )
        p.text(
            105 * mm,
            10 * mm,
            "Van der Berg Horeca Groothandel B.V. · Industrieweg 12 · 3449 JM Woerden · KvK 30124588 · btw NL8123.45.678.B01 · IBAN NL91 RABO 0315 2877 44",
            F,
            6.3,
            "c",
        )
        return 272 * mm

    def new_page(p: Pdf) -> float:
        y = frame(p, f"Factuur {no}")
        p.text(15 * mm, y, "Debiteur 40871 · Eetcafé De Gouden Leeuw", F, 8.5)
        return y - 10 * mm

    def carry_out(p, y, run):
        p.text(150 * mm, y - 1.5 * mm, "Transport", FB, 9)
        p.text(195 * mm, y - 1.5 * mm, f"€ {fm(run, 'de')}", FB, 9, "r")

    def carry_in(p, y, run):
        p.text(150 * mm, y, "Transport", FB, 9)
        p.text(195 * mm, y, f"€ {fm(run, 'de')}", FB, 9, "r")
        return y - 8 * mm

    cols = [
        Col("Art.nr", 15 * mm, "l", lambda i: i.code),
        Col("Omschrijving", 32 * mm, "l", lambda i: i.desc),
        Col("Aantal", 118 * mm, "r", lambda i: qty_s(i.qty)),
        Col("Eenh.", 121 * mm, "l", lambda i: i.uom),
        Col("Prijs", 148 * mm, "r", lambda i: fm(i.unit, "de")),
        Col("Btw", 160 * mm, "r", lambda i: f"{i.rate}%"),
        Col("Bedrag", 195 * mm, "r", lambda i: fm(i.amount, "de")),
    ]
    tab = Table(cols, F, FB, 8.5, 6.0 * mm, 30 * mm, zebra=(0.98, 0.93, 0.88))

    def pakbon(p: Pdf) -> None:
        p.new_page()
        y = frame(p, "Pakbon PB-77120")
        p.text(15 * mm, y - 4 * mm, "PAKBON / LEVERBON PB-77120", FB, 14)
        p.text(
            15 * mm,
            y - 12 * mm,
            f"Behorend bij factuur {no} · geleverd 16-02-2026 · rit 14 · 3 colli · 212,4 kg",
            F,
            9,
        )
        y -= 24 * mm
        for n, it in enumerate(items):
            yy = y - (n % 36) * 6 * mm
            x = 15 * mm if n < 36 else 110 * mm
            p.text(x, yy, f"[  ] {qty_s(it.qty)} {it.uom}", F, 8)
            p.text(x + 16 * mm, yy, it.desc[:34], F, 8)
        p.text(
            15 * mm,
            20 * mm,
            "Voor ontvangst getekend: ______________________   Datum: ____________",
            F,
            9,
        )

    def draw(p: Pdf):
        y = frame(p, f"Factuur {no}")
        p.lines(
            15 * mm,
            y - 6 * mm,
            [
                "Eetcafé De Gouden Leeuw",
                "t.a.v. de administratie",
                "Oudegracht 201",
                "3511 NK Utrecht",
            ],
            F,
            10,
            12.5,
        )
        for n, (k, v) in enumerate(
            [
                ("Factuurnummer", no),
                ("Factuurdatum", "17-02-2026"),
                ("Vervaldatum", "03-03-2026"),
                ("Debiteurnummer", "40871"),
                ("Uw referentie", "week 7"),
            ]
        ):
            p.text(125 * mm, y - (6 + 5 * n) * mm, k, F, 9)
            p.text(195 * mm, y - (6 + 5 * n) * mm, v, FB, 9, "r")
        p.text(15 * mm, y - 40 * mm, "FACTUUR", FB, 18, color=orange)
        y, run = tab.run(p, items, y - 52 * mm, carry_out, new_page, carry_in)
        y = ensure(p, y, 50 * mm, 20 * mm, carry_out, new_page, carry_in, run)
        y -= 4 * mm
        rows = [("Totaal excl. btw", fm(net, "de"))]
        rows += [(f"Btw {r}% over € {fm(b, 'de')}", fm(t, "de")) for r, (b, t) in vr.items()]
        for k, v in [*rows, ("Totaal incl. btw", fm(total, "de"))]:
            p.text(120 * mm, y, k, FB if k.startswith("Totaal incl") else F, 9.5)
            p.text(195 * mm, y, f"€ {v}", FB if k.startswith("Totaal incl") else F, 9.5, "r")
            y -= 6 * mm
        p.text(
            15 * mm,
            y - 6 * mm,
            f"Gelieve het totaalbedrag vóór 03-03-2026 over te maken o.v.v. {no}.",
            F,
            9,
        )
        pakbon(p)

    return build(A4, draw), truth(
        number=no,
        date="2026-02-17",
        due="2026-03-03",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        doc_type="invoice",
        items=items,
        note="'Transport' carry lines at foot of p1 and head of p2; btw 9 % and 21 %; page 3 is a packing slip (pakbon) with its own number, quantities and weight, no prices",
        kind="pdf",
    )


def i06(rng: random.Random):
    """IT, 2 pages stitched into one tall grey scan; 'A riportare' / 'Riporto'."""
    V = "Tipografia Moretti S.r.l."
    goods = [
        "Biglietti da visita 350 g",
        "Volantini A5 patinata",
        "Brochure 8 pagine A4",
        "Carta intestata 100 g",
        "Buste commerciali stampate",
        "Manifesti 70x100",
        "Cartelline con aletta",
        "Calendari da muro 2027",
        "Roll-up 85x200",
        "Etichette adesive in bobina",
    ]
    items = gen_items(
        rng,
        catalogue(rng, goods, ["- 4/0 colori", "- 4/4 colori", "- 1 colore"], 24),
        18,
        690,
        [1, 1, 2, 3, 5],
        22,
        "",
        ["pz"],
    )
    items.append(mk("Spese di trasporto", 1, "35.00", 22, "", "forf."))
    net = sum((i.amount for i in items), D(0))
    vat = q2(net * D("0.22"))
    total = net + vat
    no = "148/2026"
    F, FB = "DVS", "DVSB"

    def frame(p: Pdf) -> None:
        p.text(
            105 * mm,
            12 * mm,
            "Tipografia Moretti S.r.l. · Via dell'Artigianato 18 · 40138 Bologna · P.IVA IT 02918340374 · REA BO-478112 · Cap. soc. € 50.000 i.v.",
            F,
            6.5,
            "c",
        )
        p.text(195 * mm, 18 * mm, f"Pag. {p.page} di {p.total}", F, 8, "r")

    def new_page(p: Pdf) -> float:
        frame(p)
        p.text(15 * mm, 282 * mm, f"Fattura n. {no} del 09/01/2026 — segue", FB, 10)
        return 270 * mm

    def carry_out(p, y, run):
        p.text(140 * mm, y - 2 * mm, "A riportare", FB, 9.5)
        p.text(195 * mm, y - 2 * mm, fm(run, "de"), FB, 9.5, "r")

    def carry_in(p, y, run):
        p.text(140 * mm, y, "Riporto", FB, 9.5)
        p.text(195 * mm, y, fm(run, "de"), FB, 9.5, "r")
        return y - 9 * mm

    cols = [
        Col("Descrizione", 15 * mm, "l", lambda i: i.desc),
        Col("Q.tà", 125 * mm, "r", lambda i: qty_s(i.qty)),
        Col("Prezzo unit.", 155 * mm, "r", lambda i: fm(i.unit, "de")),
        Col("IVA", 166 * mm, "r", lambda i: "22"),
        Col("Importo", 195 * mm, "r", lambda i: fm(i.amount, "de")),
    ]
    tab = Table(cols, F, FB, 9, 7.5 * mm, 32 * mm)

    def draw(p: Pdf):
        frame(p)
        p.text(15 * mm, 276 * mm, "MORETTI", FB, 26)
        p.hline(15 * mm, 80 * mm, 272 * mm, 2.5, color=(0.6, 0.1, 0.1))
        p.lines(
            15 * mm,
            265 * mm,
            [
                "Tipografia Moretti S.r.l.",
                "Via dell'Artigianato 18, 40138 Bologna",
                "tel. 051 6021 447 — amministrazione@tipografiamoretti.it",
            ],
            F,
            8.5,
            11,
        )
        p.lines(
            115 * mm,
            265 * mm,
            [
                "Spett.le",
                "Studio Legale Ferri & Associati",
                "Via Santo Stefano 40",
                "40125 Bologna (BO)",
                "C.F./P.IVA 03377120371",
            ],
            F,
            9.5,
            12,
        )
        p.text(15 * mm, 222 * mm, f"FATTURA N. {no}", FB, 14)
        p.lines(
            15 * mm,
            214 * mm,
            [
                "Data documento: 09/01/2026",
                "Pagamento: bonifico bancario 30 gg d.f.f.m.",
                "Scadenza: 28/02/2026",
            ],
            F,
            9,
            11.5,
        )
        y, run = tab.run(p, items, 190 * mm, carry_out, new_page, carry_in)
        y = ensure(p, y, 48 * mm, 24 * mm, carry_out, new_page, carry_in, run)
        y -= 2 * mm
        for k, v in [
            ("Imponibile", fm(net, "de")),
            ("IVA 22%", fm(vat, "de")),
            ("Totale documento €", fm(total, "de")),
        ]:
            p.text(125 * mm, y, k, FB if k.startswith("Totale") else F, 10)
            p.text(195 * mm, y, v, FB if k.startswith("Totale") else F, 10, "r")
            y -= 6.5 * mm
        p.lines(
            15 * mm,
            y - 4 * mm,
            [
                "Coordinate bancarie: BPER Banca — IBAN IT60 X054 2811 1010 0000 0123 456",
                "Contributo CONAI assolto ove dovuto. Copia di cortesia: l'originale è trasmesso tramite SdI.",
            ],
            F,
            8,
            10,
        )

    pdf = build(A4, draw)
    pages = [
        degrade_scan(im, rng, grey=True, angle=rng.uniform(-1.5, 1.5), blur=0.6, noise=5, specks=25)
        for im in rasterize(pdf, 170)
    ]
    return png(stack(pages).convert("L")), truth(
        number=no,
        date="2026-01-09",
        due="2026-02-28",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        doc_type="invoice",
        items=items,
        note="two scanned pages stitched into one tall PNG; 'A riportare' / 'Riporto' carry lines; page 2 repeats number and date with 'segue'",
        kind="scan",
    )


def i07(rng: random.Random):
    """CH, 2 invoice pages + QR-bill payment part on page 3; apostrophe thousands."""
    V = "Brunner Elektro AG"
    work = [
        "Elektromonteur EFZ, Regiestunden",
        "Lehrling 3. Lj., Regiestunden",
        "Projektleiter, Stunden",
    ]
    mat = [
        "Kabel NYM-J 3x1.5 mm², m",
        "Kabel NYM-J 5x2.5 mm², m",
        "FI/LS-Schalter 13A 30mA",
        "Steckdose T13 3-fach UP",
        "Schalter Schema 3 UP",
        "LED-Panel 60x60 36W",
        "Verteilkasten 3x12 TE",
        "Installationsrohr KRF 20, m",
        "Abzweigdose AP grau",
        "Leitungsschutzschalter C16",
    ]
    items = [
        mk(w, rng.choice([4, 6, 8.5, 12, 16]), p, D("8.1"), "", "h")
        for w, p in zip(work, ["98.00", "46.00", "128.00"], strict=True)
    ]
    items += gen_items(
        rng,
        catalogue(rng, mat, ["", "(Hager)", "(Feller)"], 30),
        1.2,
        95,
        [1, 2, 4, 6, 10, 25, 50],
        D("8.1"),
        "",
        ["Stk"],
    )
    items.append(mk("Kleinmaterial und Befestigung, pauschal", 1, "85.00", D("8.1"), "", "psch"))
    net = sum((i.amount for i in items), D(0))
    vat = q2(net * D("0.081"))
    total = net + vat
    no = "2026-1187"
    F, FB = "Helvetica", "Helvetica-Bold"
    yel = (0.98, 0.78, 0.1)

    def frame(p: Pdf) -> None:
        p.rect(20 * mm, 274 * mm, 4 * mm, 12 * mm, fill=yel, stroke=None)
        p.text(27 * mm, 278 * mm, "brunner elektro", FB, 16)
        p.text(
            190 * mm, 280 * mm, "Tösstalstrasse 61 · 8400 Winterthur · 052 214 88 10", F, 7.5, "r"
        )
        p.text(190 * mm, 276 * mm, "UID CHE-104.552.873 MWST", F, 7.5, "r")

    def new_page(p: Pdf) -> float:
        frame(p)
        p.text(20 * mm, 264 * mm, f"Rechnung Nr. {no} vom 23.04.2026 – Fortsetzung", FB, 9)
        p.text(190 * mm, 264 * mm, f"Seite {p.page} von {p.total}", F, 8.5, "r")
        return 254 * mm

    def carry_out(p, y, run):
        p.text(120 * mm, y - 2 * mm, "Zwischentotal, Übertrag", FB, 9)
        p.text(190 * mm, y - 2 * mm, fm(run, "ch"), FB, 9, "r")
        p.text(190 * mm, 15 * mm, f"Seite {p.page} von {p.total}", F, 8.5, "r")

    def carry_in(p, y, run):
        p.text(120 * mm, y, "Übertrag", FB, 9)
        p.text(190 * mm, y, fm(run, "ch"), FB, 9, "r")
        return y - 8 * mm

    cols = [
        Col("Bezeichnung", 20 * mm, "l", lambda i: i.desc),
        Col("Menge", 120 * mm, "r", lambda i: qty_s(i.qty)),
        Col("Einh.", 123 * mm, "l", lambda i: i.uom),
        Col("Preis CHF", 160 * mm, "r", lambda i: fm(i.unit, "ch")),
        Col("Betrag CHF", 190 * mm, "r", lambda i: fm(i.amount, "ch")),
    ]
    tab = Table(cols, F, FB, 8.8, 5.6 * mm, 26 * mm)

    def qrbill(p: Pdf) -> None:
        p.new_page()
        frame(p)
        p.text(20 * mm, 250 * mm, "Zahlungsinformationen", FB, 11)
        p.lines(
            20 * mm,
            242 * mm,
            [
                f"Bitte begleichen Sie den Betrag von CHF {fm(total, 'ch')} bis 23.05.2026 mit dem untenstehenden QR-Zahlteil.",
                "Bei Fragen zur Rechnung: buchhaltung@brunner-elektro.ch",
            ],
            F,
            9,
            12,
        )
        y0 = 105 * mm
        p.hline(0, 210 * mm, y0, 0.5, (2, 2))
        p.vline(62 * mm, 0, y0)
        p.text(5 * mm, y0 - 9 * mm, "Empfangsschein", FB, 11)
        p.lines(
            5 * mm,
            y0 - 16 * mm,
            [
                "Konto / Zahlbar an",
                "CH44 3199 9123 0008 8901 2",
                "Brunner Elektro AG",
                "Tösstalstrasse 61",
                "8400 Winterthur",
                "",
                "Referenz",
                "21 00000 00003 13947 14300 09017",
                "",
                "Zahlbar durch",
                "Wohnbau Eulachpark AG",
                "Im Link 9, 8404 Winterthur",
            ],
            F,
            7.5,
            9,
        )
        p.text(5 * mm, 16 * mm, "Währung", FB, 6)
        p.text(20 * mm, 16 * mm, "Betrag", FB, 6)
        p.text(5 * mm, 11 * mm, "CHF", F, 8)
        p.text(20 * mm, 11 * mm, fm(total, "sp").replace(",", "."), F, 8)
        p.text(67 * mm, y0 - 9 * mm, "Zahlteil", FB, 11)
        p.qr(67 * mm, y0 - 68 * mm, 46 * mm, 7)
        p.text(67 * mm, 22 * mm, "Währung", FB, 8)
        p.text(85 * mm, 22 * mm, "Betrag", FB, 8)
        p.text(67 * mm, 17 * mm, "CHF", F, 10)
        p.text(85 * mm, 17 * mm, fm(total, "sp").replace(",", "."), F, 10)
        p.lines(
            118 * mm,
            y0 - 9 * mm,
            [
                "Konto / Zahlbar an",
                "CH44 3199 9123 0008 8901 2",
                "Brunner Elektro AG",
                "Tösstalstrasse 61",
                "8400 Winterthur",
                "",
                "Referenz",
                "21 00000 00003 13947 14300 09017",
                "",
                "Zusätzliche Informationen",
                f"Rechnung {no}",
                "",
                "Zahlbar durch",
                "Wohnbau Eulachpark AG",
                "Im Link 9",
                "8404 Winterthur",
            ],
            F,
            8.5,
            10.5,
        )

    def draw(p: Pdf):
        frame(p)
        p.lines(
            120 * mm,
            252 * mm,
            ["Wohnbau Eulachpark AG", "Liegenschaftsverwaltung", "Im Link 9", "8404 Winterthur"],
            F,
            10,
            12.5,
        )
        p.lines(
            20 * mm,
            252 * mm,
            [
                f"Rechnung Nr. {no}",
                "Datum: 23.04.2026",
                "Kunden-Nr.: 3318",
                "Objekt: MFH Eulachpark, Haus B",
                "Zahlbar bis: 23.05.2026",
            ],
            F,
            9,
            12,
        )
        p.text(20 * mm, 212 * mm, "Rechnung", FB, 18)
        p.text(190 * mm, 212 * mm, f"Seite 1 von {p.total}", F, 8.5, "r")
        y, run = tab.run(p, items, 200 * mm, carry_out, new_page, carry_in)
        y = ensure(p, y, 46 * mm, 20 * mm, carry_out, new_page, carry_in, run)
        y -= 3 * mm
        for k, v in [
            ("Total exkl. MWST", fm(net, "ch")),
            ("MWST 8.1 %", fm(vat, "ch")),
            ("Total inkl. MWST CHF", fm(total, "ch")),
        ]:
            p.text(110 * mm, y, k, FB if "inkl" in k else F, 10)
            p.text(190 * mm, y, v, FB if "inkl" in k else F, 10, "r")
            y -= 6.5 * mm
        p.text(
            20 * mm, y - 5 * mm, "Zahlungsfrist 30 Tage netto. Zahlteil siehe letzte Seite.", F, 9
        )
        qrbill(p)

    return build(A4, draw), truth(
        number=no,
        date="2026-04-23",
        due="2026-05-23",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="CHF",
        locale="de-CH",
        layout="invoice",
        doc_type="invoice",
        items=items,
        note="apostrophe thousands (1'234.50); 'Zwischentotal, Übertrag' carry lines; MWST 8.1 %; page 3 is a QR-bill payment part whose Betrag uses space thousands",
        kind="pdf",
    )


def i08(rng: random.Random):
    """ES, 3 pages image-only PDF, 'Suma y sigue', IVA 21 %/10 % plus recargo de equivalencia."""
    V = "Suministros Hosteleros Levante, S.L."
    goods = [
        "Vaso sidra 50 cl (caja 12)",
        "Copa vino 35 cl (caja 6)",
        "Plato llano 27 cm",
        "Taza café 8 cl",
        "Bandeja antideslizante 46x36",
        "Cuchillo chuletero",
        "Aceite de oliva virgen extra 5 L",
        "Café en grano natural 1 kg",
        "Servilleta tissue 40x40 (1200)",
        "Papel film 300 m",
        "Detergente lavavajillas 20 L",
        "Azúcar sobres (1000)",
    ]
    items = gen_items(
        rng,
        catalogue(
            rng, goods, ["", "- lote B", "(pack ahorro)", "- blanco", "- gris", "(reposición)"], 68
        ),
        3.1,
        118,
        [1, 2, 3, 4, 6, 10, 12, 24],
        21,
        "{}",
        ["ud"],
    )
    retax(items, ("Aceite", "Café en", "Azúcar"), D(10))
    vr = vat_by_rate(items)
    re_rate = {D(21): D("5.2"), D(10): D("1.4")}
    re = {r: q2(b * re_rate[r] / 100) for r, (b, _) in vr.items()}
    net = sum((b for b, _ in vr.values()), D(0))
    iva = sum((t for _, t in vr.values()), D(0))
    vat = iva + sum(re.values(), D(0))
    total = net + vat
    no = "FV26-002913"
    F, FB = "DVC", "DVCB"

    def frame(p: Pdf) -> None:
        p.text(
            105 * mm,
            10 * mm,
            "Suministros Hosteleros Levante, S.L. — CIF B-46812270 — Reg. Merc. Valencia, Tomo 8821, Folio 114, Hoja V-120447",
            F,
            6.5,
            "c",
        )
        p.text(195 * mm, 285 * mm, f"Factura {no}   Hoja {p.page}/{p.total}", F, 8.5, "r")

    def new_page(p: Pdf) -> float:
        frame(p)
        p.text(15 * mm, 285 * mm, "SHL · Levante", FB, 11)
        p.text(15 * mm, 279 * mm, "Cliente 7713 — Bar Restaurante El Faro", F, 8.5)
        return 268 * mm

    def carry_out(p, y, run):
        p.text(135 * mm, y - 2 * mm, "Suma y sigue ......", FB, 9)
        p.text(195 * mm, y - 2 * mm, f"{fm(run, 'de')} €", FB, 9, "r")

    def carry_in(p, y, run):
        p.text(135 * mm, y, "Suma anterior", FB, 9)
        p.text(195 * mm, y, f"{fm(run, 'de')} €", FB, 9, "r")
        return y - 8 * mm

    cols = [
        Col("Código", 15 * mm, "l", lambda i: i.code),
        Col("Concepto", 32 * mm, "l", lambda i: i.desc),
        Col("Cant.", 120 * mm, "r", lambda i: qty_s(i.qty)),
        Col("Precio", 145 * mm, "r", lambda i: fm(i.unit, "de")),
        Col("IVA", 158 * mm, "r", lambda i: f"{i.rate}%"),
        Col("Importe", 195 * mm, "r", lambda i: fm(i.amount, "de")),
    ]
    tab = Table(cols, F, FB, 9, 5.8 * mm, 30 * mm, head_fill=(0.88, 0.88, 0.88))

    def draw(p: Pdf):
        frame(p)
        p.c.setFillColorRGB(0.2, 0.2, 0.2)
        p.c.circle(25 * mm, 272 * mm, 9 * mm, stroke=0, fill=1)
        p.text(25 * mm, 269.5 * mm, "SHL", FB, 13, "c", (1, 1, 1))
        p.lines(
            38 * mm,
            276 * mm,
            [
                "Suministros Hosteleros Levante, S.L.",
                "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 22",
                "46988 Paterna (Valencia) · Tel. 961 32 44 08",
            ],
            F,
            8.5,
            10.5,
        )
        p.rect(110 * mm, 218 * mm, 85 * mm, 32 * mm, fill=None)
        p.lines(
            114 * mm,
            244 * mm,
            [
                "Bar Restaurante El Faro",
                "Juan Carlos Ortiz Mena",
                "NIF 21478563-K",
                "Paseo Marítimo 14",
                "03540 Alicante",
            ],
            F,
            9,
            11,
        )
        p.text(15 * mm, 244 * mm, "FACTURA", FB, 18)
        p.lines(
            15 * mm,
            234 * mm,
            [
                f"Nº factura: {no}",
                "Fecha: 02/03/2026",
                "Vencimiento: 01/04/2026",
                "Forma de pago: recibo domiciliado",
                "Albarán: AL26-11408",
            ],
            F,
            9,
            11.5,
        )
        y, run = tab.run(p, items, 206 * mm, carry_out, new_page, carry_in)
        y = ensure(p, y, 72 * mm, 24 * mm, carry_out, new_page, carry_in, run)
        y -= 4 * mm
        xs = [15, 50, 75, 100, 125, 150, 195]
        hd = ["Base imponible", "% IVA", "Cuota IVA", "% R.E.", "Cuota R.E.", "", "Total"]
        for x, h in zip(xs, hd, strict=True):
            p.text(x * mm, y, h, FB, 8.5, "r" if x == 195 else "l")
        for r, (b, t) in vr.items():
            y -= 5.5 * mm
            vals = [
                fm(b, "de"),
                f"{r}%",
                fm(t, "de"),
                f"{str(re_rate[r]).replace('.', ',')}%",
                fm(re[r], "de"),
                "",
                fm(b + t + re[r], "de"),
            ]
            for x, v in zip(xs, vals, strict=True):
                p.text(x * mm, y, v, F, 8.5, "r" if x == 195 else "l")
        y -= 12 * mm
        for k, v in [
            ("Base imponible", fm(net, "de")),
            ("Total IVA", fm(iva, "de")),
            ("Total recargo equivalencia", fm(vat - iva, "de")),
            ("TOTAL FACTURA", fm(total, "de")),
        ]:
            p.text(120 * mm, y, k, FB if k.isupper() else F, 9.5)
            p.text(195 * mm, y, f"{v} €", FB if k.isupper() else F, 9.5, "r")
            y -= 6 * mm
        p.lines(
            15 * mm,
            y - 6 * mm,
            wrap(
                "Recibo domiciliado en ES91 2100 0418 4502 0005 1332 con vencimiento 01/04/2026. Sus datos se tratan conforme al RGPD; puede ejercer sus derechos en lopd@shlevante.es.",
                F,
                8,
                180 * mm,
            ),
            F,
            8,
            10,
        )

    pdf = build(A4, draw)
    scans = [
        degrade_scan(
            im,
            rng,
            grey=False,
            angle=rng.uniform(-1.0, 1.0),
            blur=0.8,
            noise=7,
            specks=35,
            paper=(250, 246, 236),
        )
        for im in rasterize(pdf, 180)
    ]
    return image_pdf(scans, A4, 68), truth(
        number=no,
        date="2026-03-02",
        due="2026-04-01",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        doc_type="invoice",
        items=items,
        note="image-only colour scan PDF, 3 pages; 'Suma y sigue' / 'Suma anterior'; IVA 21 %/10 % plus recargo de equivalencia 5,2 %/1,4 % (vat keyed = IVA + R.E.)",
        kind="scan",
    )


def i09(rng: random.Random):
    """SE, 2 pages photographed side by side; öresavrundning on the last page."""
    V = "Norrlands Verktyg & Maskin AB"
    goods = [
        "Borrmaskin 18V",
        "Vinkelslip 125 mm",
        "Kapsåg 216 mm",
        "Skruvdragare 12V",
        "Sticksåg pendel",
        "Batteri 18V 5,0Ah",
        "Laddare snabb",
        "Borrsats HSS 19 st",
        "Kapskiva 125x1,0 (25 st)",
        "Slipband 75x533 K80",
        "Hörselskydd",
        "Arbetsbelysning LED",
    ]
    items = gen_items(
        rng,
        catalogue(rng, goods, ["", "(sats)", "Pro"], 30),
        49,
        2890,
        [1, 1, 2, 3, 4, 5],
        25,
        "NV{}",
        ["st"],
    )
    net = sum((i.amount for i in items), D(0))
    vat = q2(net * D("0.25"))
    gross = net + vat
    total = gross.quantize(D("1"), rounding=ROUND_HALF_UP)
    rounding = total - gross
    no = "71044"
    F, FB = "DV", "DVB"
    green = (0.05, 0.35, 0.25)

    def frame(p: Pdf) -> None:
        p.text(20 * mm, 280 * mm, "NORRLANDS", FB, 18, color=green)
        p.text(20 * mm, 274 * mm, "VERKTYG & MASKIN", F, 8.5, color=green)
        p.text(190 * mm, 282 * mm, "FAKTURA", FB, 16, "r")
        p.text(190 * mm, 276 * mm, f"Sida {p.page} av {p.total}", F, 9, "r")
        p.hline(20 * mm, 190 * mm, 24 * mm, 0.4)
        p.lines(
            20 * mm,
            20 * mm,
            [
                "Norrlands Verktyg & Maskin AB",
                "Storgatan 31, 903 26 Umeå",
                "Org.nr 556712-4480 · Innehar F-skattsedel",
            ],
            F,
            7,
            8.5,
        )
        p.lines(
            120 * mm,
            20 * mm,
            ["Bankgiro 5421-8876", "Momsreg.nr SE556712448001", "Tel. 090-12 88 40"],
            F,
            7,
            8.5,
        )

    def new_page(p: Pdf) -> float:
        frame(p)
        p.text(20 * mm, 264 * mm, f"Fakturanr {no} · Kundnr 10877 · forts.", F, 9)
        return 254 * mm

    def carry_out(p, y, run):
        p.text(190 * mm, y - 2 * mm, "Fortsättning på nästa sida", F, 9, "r")

    def carry_in(p, y, run):
        return y

    cols = [
        Col("Art.nr", 20 * mm, "l", lambda i: i.code),
        Col("Benämning", 40 * mm, "l", lambda i: i.desc),
        Col("Antal", 120 * mm, "r", lambda i: qty_s(i.qty)),
        Col("À-pris", 152 * mm, "r", lambda i: fm(i.unit, "sp")),
        Col("Belopp", 190 * mm, "r", lambda i: fm(i.amount, "sp")),
    ]
    tab = Table(cols, F, FB, 9.5, 7.5 * mm, 34 * mm)

    def draw(p: Pdf):
        frame(p)
        p.lines(
            115 * mm,
            262 * mm,
            ["Bygg & Fasad i Skellefteå AB", "Att: Ekonomi", "Box 144", "931 22 Skellefteå"],
            F,
            10,
            13,
        )
        for n, (k, v) in enumerate(
            [
                ("Fakturanr", no),
                ("Fakturadatum", "2026-05-06"),
                ("Förfallodatum", "2026-06-05"),
                ("Kundnr", "10877"),
                ("Er referens", "Mats Lindqvist"),
                ("Betalningsvillkor", "30 dagar netto"),
            ]
        ):
            p.text(20 * mm, (262 - 5.5 * n) * mm, k, F, 9)
            p.text(55 * mm, (262 - 5.5 * n) * mm, v, FB, 9)
        y, run = tab.run(p, items, 220 * mm, carry_out, new_page, carry_in)
        y = ensure(p, y, 68 * mm, 30 * mm, carry_out, new_page, carry_in, run)
        y -= 4 * mm
        for k, v in [
            ("Summa exkl. moms", fm(net, "sp")),
            ("Moms 25 %", fm(vat, "sp")),
            ("Öresavrundning", fm(rounding, "sp")),
            ("ATT BETALA SEK", fm(total, "sp")),
        ]:
            p.text(110 * mm, y, k, FB if k.isupper() else F, 10.5)
            p.text(190 * mm, y, v, FB if k.isupper() else F, 10.5, "r")
            y -= 7 * mm
        p.rect(20 * mm, y - 14 * mm, 170 * mm, 12 * mm, fill=(0.92, 0.95, 0.93), stroke=None)
        p.text(
            24 * mm,
            y - 9.5 * mm,
            f"Betala till bankgiro 5421-8876 · OCR 7104410877 · senast 2026-06-05 · {fm(total, 'sp')} kr",
            FB,
            9.5,
        )
        p.text(
            20 * mm,
            y - 22 * mm,
            "Dröjsmålsränta debiteras med referensränta + 8 %. Påminnelseavgift 60 kr.",
            F,
            8.5,
        )

    pdf = build(A4, draw)
    pages = rasterize(pdf, 150)
    content, mask = side_by_side(pages, 36)
    img = photo_img(content, rng, rng.randint(2100, 2300), mask=mask, fold=True)
    return jpeg(img, rng.randint(72, 80)), truth(
        number=no,
        date="2026-05-06",
        due="2026-06-05",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="SEK",
        locale="sv-SE",
        layout="invoice",
        doc_type="invoice",
        items=items,
        note="photo of both pages lying side by side; totals only on the right page; öresavrundning (rounding) line; space thousands with decimal comma; OCR/bankgiro numbers; 'Sida 1 av 2'",
        kind="photo",
        rounding=rounding,
    )


def i10(rng: random.Random):
    """PL, faktura VAT over 3 pages with 'Do przeniesienia' / 'Z przeniesienia', 23 % and 8 %."""
    V = "Przedsiębiorstwo Handlowe KOMAX Sp. z o.o."
    goods = [
        "Płytki ceramiczne 60x60 szare, m²",
        "Klej do płytek C2TE 25 kg",
        "Fuga elastyczna 5 kg",
        "Panele podłogowe AC5 dąb, m²",
        "Listwa przypodłogowa 2,4 m",
        "Farba lateksowa biała 10 l",
        "Grunt głęboko penetrujący 5 l",
        "Płyta g-k 12,5 mm",
        "Profil CW 50 4 m",
        "Wkręty do g-k 3,5x25 (1000)",
        "Silikon sanitarny bezbarwny",
        "Taśma malarska 48 mm",
    ]
    items = gen_items(
        rng,
        catalogue(
            rng,
            goods,
            ["", "– partia II", "– paleta", "– wyprzedaż", "– zam. dodatkowe", "– odcień 2"],
            64,
        ),
        4.5,
        189,
        [1, 2, 4, 5, 10, 20, 36, 48],
        23,
        "",
        ["szt."],
    )
    items += [
        mk("Montaż podłóg – usługa (lokal mieszkalny)", 42, "38.00", 8, "", "m²"),
        mk("Transport HDS", 1, "280.00", 23, "", "usł."),
    ]
    vr = vat_by_rate(items)
    net = sum((b for b, _ in vr.values()), D(0))
    vat = sum((t for _, t in vr.values()), D(0))
    total = net + vat
    no = "FV/2026/03/0457"
    F, FB = "DV", "DVB"

    def frame(p: Pdf) -> None:
        p.text(
            105 * mm,
            12 * mm,
            "KOMAX Sp. z o.o. · ul. Przemysłowa 17, 61-579 Poznań · NIP 782-25-61-904 · KRS 0000318842 · BDO 000112457",
            F,
            6.5,
            "c",
        )
        p.text(195 * mm, 17 * mm, f"Strona {p.page} z {p.total}", F, 8, "r")

    def new_page(p: Pdf) -> float:
        frame(p)
        p.text(15 * mm, 284 * mm, f"Faktura VAT nr {no} – ciąg dalszy", FB, 9.5)
        return 272 * mm

    def carry_out(p, y, run):
        p.text(130 * mm, y - 2 * mm, "Do przeniesienia (netto):", FB, 8.5)
        p.text(195 * mm, y - 2 * mm, fm(run, "sp"), FB, 8.5, "r")

    def carry_in(p, y, run):
        p.text(130 * mm, y, "Z przeniesienia (netto):", FB, 8.5)
        p.text(195 * mm, y, fm(run, "sp"), FB, 8.5, "r")
        return y - 8 * mm

    cols = [
        Col("Lp.", 15 * mm, "l", lambda i: str(items.index(i) + 1)),
        Col("Nazwa towaru / usługi", 23 * mm, "l", lambda i: i.desc),
        Col("Ilość", 112 * mm, "r", lambda i: qty_s(i.qty)),
        Col("J.m.", 114 * mm, "l", lambda i: i.uom),
        Col("Cena netto", 145 * mm, "r", lambda i: fm(i.unit, "sp")),
        Col("VAT", 157 * mm, "r", lambda i: f"{i.rate}%"),
        Col("Wartość netto", 195 * mm, "r", lambda i: fm(i.amount, "sp")),
    ]
    tab = Table(cols, F, FB, 8, 6.2 * mm, 30 * mm, head_fill=(0.9, 0.9, 0.95), zebra=None)

    def draw(p: Pdf):
        frame(p)
        p.text(15 * mm, 278 * mm, "KOMAX", FB, 24, color=(0.7, 0.05, 0.1))
        p.text(195 * mm, 282 * mm, f"Faktura VAT nr {no}", FB, 12, "r")
        p.lines(
            195 * mm,
            275 * mm,
            [
                "Data wystawienia: 2026-03-31, Poznań",
                "Data sprzedaży: 2026-03-31",
                "Termin płatności: 2026-04-14 (przelew)",
            ],
            F,
            8.5,
            11,
            "r",
        )
        p.text(15 * mm, 250 * mm, "Sprzedawca:", FB, 9)
        p.lines(
            15 * mm,
            244 * mm,
            [V, "ul. Przemysłowa 17", "61-579 Poznań", "NIP 782-25-61-904"],
            F,
            9,
            11.5,
        )
        p.text(110 * mm, 250 * mm, "Nabywca:", FB, 9)
        p.lines(
            110 * mm,
            244 * mm,
            [
                "Remonty Wiśniewski s.c.",
                "ul. Głogowska 112/4",
                "60-243 Poznań",
                "NIP 779-10-22-384",
            ],
            F,
            9,
            11.5,
        )
        y, run = tab.run(p, items, 205 * mm, carry_out, new_page, carry_in)
        y = ensure(p, y, 70 * mm, 24 * mm, carry_out, new_page, carry_in, run)
        y -= 4 * mm
        xs = [(110, "Stawka"), (135, "Netto"), (165, "VAT"), (195, "Brutto")]
        for x, h in xs:
            p.text(x * mm, y, h, FB, 8.5, "r")
        for r, (b, t) in vr.items():
            y -= 5.5 * mm
            for (x, _), v in zip(
                xs, [f"{r}%", fm(b, "sp"), fm(t, "sp"), fm(b + t, "sp")], strict=True
            ):
                p.text(x * mm, y, v, F, 8.5, "r")
        y -= 5.5 * mm
        p.hline(95 * mm, 195 * mm, y + 4 * mm, 0.5)
        for (x, _), v in zip(
            xs, ["Razem", fm(net, "sp"), fm(vat, "sp"), fm(total, "sp")], strict=True
        ):
            p.text(x * mm, y, v, FB, 8.5, "r")
        y -= 12 * mm
        p.text(15 * mm, y, f"Do zapłaty: {fm(total, 'sp')} PLN", FB, 12)
        p.text(
            15 * mm,
            y - 7 * mm,
            "Rachunek: PKO BP 12 1020 4027 0000 1102 1234 5678 · Mechanizm podzielonej płatności nie dotyczy",
            F,
            8,
        )
        p.lines(
            15 * mm,
            y - 22 * mm,
            [
                "..................................................",
                "Osoba upoważniona do wystawienia",
            ],
            F,
            8,
            10,
        )

    return build(A4, draw), truth(
        number=no,
        date="2026-03-31",
        due="2026-04-14",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        doc_type="invoice",
        items=items,
        note="'Do przeniesienia' / 'Z przeniesienia' net carry lines; VAT table 23 % + 8 % with Razem row; space thousands decimal comma; 'Strona x z y'",
        kind="pdf",
    )


# ----------------------------------------------------------------------------- receipts


def shop(
    rng: random.Random, catalog: list[tuple[str, str, object]], n: int, qtys=(1, 1, 1, 1, 2, 3)
) -> list[Item]:
    """n article lines drawn from (name, unit price, tax rate or code) with repeats allowed."""
    out = []
    for name, price, rate in rng.sample(catalog, min(n, len(catalog))):
        out.append(mk(name, rng.choice(qtys), price, rate))
    return out


def savings(rng: random.Random, items: list[Item], k: int, label: str) -> list[Item]:
    """Put k discount lines right after random articles; returns the discount items."""
    picks = rng.sample([i for i in items if i.amount > 2], k)
    out = []
    for it in picks:
        disc = -q2(it.amount * D(rng.choice(["0.20", "0.25", "0.30", "0.50"])))
        d = mk(label, 1, disc, it.rate)
        items.insert(items.index(it) + 1, d)
        out.append(d)
    return out


def r01(rng: random.Random):
    """AT supermarket, 80 mm, ~100 lines, tall grey scan downscaled to ~660 px."""
    V = "Nahversorger Pichler KG"
    cat = [
        ("Bio Vollmilch 3,5% 1l", "1.49", 10),
        ("Teebutter 250g", "3.29", 10),
        ("Semmel", "0.35", 10),
        ("Kornspitz", "0.79", 10),
        ("Schwarzbrot 750g", "3.49", 10),
        ("Gouda Scheiben 150g", "2.29", 10),
        ("Extrawurst 200g", "2.99", 10),
        ("Bananen kg", "1.99", 10),
        ("Äpfel Gala 1kg", "2.49", 10),
        ("Erdäpfel festk. 2kg", "2.99", 10),
        ("Paradeiser Rispe", "3.29", 10),
        ("Gurke Stk", "0.89", 10),
        ("Joghurt Natur 500g", "1.39", 10),
        ("Topfen 20% 250g", "1.19", 10),
        ("Eier Freiland 10 Stk", "3.99", 10),
        ("Spaghetti 500g", "1.29", 10),
        ("Reis Langkorn 1kg", "2.19", 10),
        ("Mehl glatt 1kg", "0.99", 10),
        ("Zucker 1kg", "1.09", 10),
        ("Kaffee Bohne 1kg", "13.99", 10),
        ("Orangensaft 1l", "2.49", 10),
        ("Mineralwasser 1,5l", "0.59", 20),
        ("Bier Märzen 0,5l", "1.29", 20),
        ("Grüner Veltliner 0,75l", "6.99", 20),
        ("Spülmittel 500ml", "1.79", 20),
        ("WC-Papier 8 Rollen", "4.49", 20),
        ("Zahnpasta 75ml", "2.29", 20),
        ("Waschmittel 20 WG", "8.99", 20),
        ("Küchenrolle 4 Stk", "3.49", 20),
        ("Alufolie 30m", "2.79", 20),
        ("Schokolade Vollmilch 100g", "1.49", 10),
        ("Chips Paprika 175g", "2.49", 10),
        ("Tiefkühlspinat 450g", "1.99", 10),
        ("Fischstäbchen 450g", "4.99", 10),
        ("Pizza Margherita", "3.49", 10),
        ("Hühnerbrust 500g", "7.49", 10),
        ("Faschiertes gem. 500g", "5.99", 10),
        ("Leberkäse 150g", "1.89", 10),
        ("Mozzarella 125g", "0.99", 10),
        ("Blumen Tulpen 10 Stk", "5.99", 10),
        ("Katzenfutter 4x85g", "2.29", 20),
        ("Batterien AA 4 Stk", "4.99", 20),
        ("Sauerrahm 250g", "0.99", 10),
        ("Karotten 1kg", "1.49", 10),
        ("Zwiebeln 1kg", "1.29", 10),
        ("Knoblauch Stk", "0.79", 10),
        ("Essig 1l", "1.19", 10),
        ("Rapsöl 1l", "2.99", 10),
        ("Müsli Knusper 500g", "3.29", 10),
        ("Haferflocken 500g", "1.09", 10),
    ]
    items = shop(rng, cat, 46)
    items.insert(5, mk("Pfand Flasche", 6, "0.25", 20))
    sav = savings(rng, items, 7, "Aktion")
    rates = incl_by_rate(items)
    total = sum((i.amount for i in items), D(0))
    vat = sum((t for _, t, _ in rates.values()), D(0))
    net = sum((n for _, _, n in rates.values()), D(0))
    saved = -sum((s.amount for s in sav), D(0))
    code = {D(20): "A", D(10): "B"}
    r = Roll(80, "DVM", 7.6)
    r.logo(
        34,
        lambda p, y, w, h: (
            p.rect(w / 2 - 52, y + 4, 104, 26, fill=(0, 0, 0), stroke=None),
            p.text(w / 2, y + 11, "PICHLER", "DVMB", 16, "c", (1, 1, 1)),
        ),
    )
    for s in [
        "Nahversorger Pichler KG",
        "Annenstraße 38, 8020 Graz",
        "Tel. 0316 71 44 09",
        "UID: ATU 6284 1177",
    ]:
        r.center(s)
    r.gap(6)
    r.lr("Kassa 02  Bon-Nr. 4711", "14.02.2026 18:42")
    r.lr("Es bediente Sie: Sabine", "")
    r.rule()
    r.lr("", "EUR")
    for it in items:
        if it.qty != 1:
            r.lr(it.desc, "")
            r.lr(
                f"   {qty_s(it.qty)} x {fm(it.unit, 'de')}",
                f"{fm(it.amount, 'de')} {code[it.rate]}",
            )
        else:
            r.lr(
                it.desc if it.amount > 0 else f"   {it.desc}",
                f"{fm(it.amount, 'de')} {code[it.rate]}",
            )
    r.rule()
    r.lr(f"{len([i for i in items if i.amount > 0])} Artikel", "")
    r.lr("SUMME EUR", fm(total, "de"), "DVMB", 10)
    r.rule(dash=None, lw=1.2)
    r.lr("Bankomat", fm(total, "de"))
    r.gap(6)
    r.center(f"Sie haben heute € {fm(saved, 'de')} gespart!", "DVMB", 7.6)
    r.center(f"jö Bonus Club: +{int(total)} Ö  Kontostand 1.318 Ö")
    r.gap(6)
    r.cols([(0, "MwSt", "l"), (0.45, "Netto", "r"), (0.7, "Steuer", "r"), (1, "Brutto", "r")])
    for rate, (g, t, n) in rates.items():
        r.cols(
            [
                (0, f"{code[rate]} {rate}%", "l"),
                (0.45, fm(n, "de"), "r"),
                (0.7, fm(t, "de"), "r"),
                (1, fm(g, "de"), "r"),
            ]
        )
    r.cols(
        [
            (0, "Summe", "l"),
            (0.45, fm(net, "de"), "r"),
            (0.7, fm(vat, "de"), "r"),
            (1, fm(total, "de"), "r"),
        ]
    )
    r.gap(8)
    r.center("*** KUNDENBELEG ***", "DVMB", 7.6)
    for a, b in [
        ("BANKOMAT", "kontaktlos"),
        ("Terminal-ID", "80214477"),
        ("Karte", "**** **** 4417"),
        ("Datum", "14.02.2026 18:43"),
        ("Autorisierung", "118540"),
        ("BETRAG EUR", fm(total, "de")),
    ]:
        r.lr(a, b)
    r.center("Transaktion erfolgreich")
    r.gap(6)
    r.center("Kassen-ID: PICH-GRZ-02  Beleg 2026/4711")
    r.qr(24, 4711)
    r.center("Danke für Ihren Einkauf!")
    pdf = r.render()
    im = thermal_fade(rasterize(pdf, 260)[0], rng, 0.35)
    im = degrade_scan(
        im,
        rng,
        grey=True,
        angle=rng.uniform(-1.5, 1.5),
        blur=0.5,
        noise=5,
        specks=20,
        expand=True,
        bed=(225, 225, 222),
    )
    im = downscale(im, rng.randint(650, 680))
    return png(im), truth(
        number="4711",
        date="2026-02-14",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="receipt",
        doc_type="receipt",
        items=items,
        note="~100-line till roll as one tall grey scan (~660 px wide, thermal fading); Aktion discount lines; Pfand; 'gespart' savings figure and Ö-points balance; tax table (A 20 %/B 10 %) at the end with Summe row; card slip copy repeats the total",
        kind="scan",
    )


def r02(rng: random.Random):
    """GB supermarket, ~110 lines, photographed in two overlapping halves; VAT summary at the end."""
    V = "Hadley & Crane Foodhall Ltd"
    cat = [
        ("SEMI SKIMMED MILK 4PT", "1.65", 0),
        ("HOVIS WHOLEMEAL 800G", "1.45", 0),
        ("FREE RANGE EGGS 12PK", "3.75", 0),
        ("BRITISH BACON 300G", "3.10", 0),
        ("CHEDDAR MATURE 400G", "3.95", 0),
        ("BANANAS LOOSE", "0.98", 0),
        ("BRAEBURN APPLES 6PK", "2.20", 0),
        ("CARROTS 1KG", "0.69", 0),
        ("BABY POTATOES 1KG", "1.35", 0),
        ("CHICKEN BREAST 650G", "5.25", 0),
        ("BEEF MINCE 5% 500G", "4.45", 0),
        ("SALMON FILLETS 2PK", "4.75", 0),
        ("BASMATI RICE 1KG", "2.25", 0),
        ("PENNE PASTA 500G", "0.95", 0),
        ("CHOPPED TOMATOES 400G", "0.55", 0),
        ("BAKED BEANS 4PK", "2.40", 0),
        ("GREEK YOGURT 500G", "2.10", 0),
        ("BUTTER 250G", "2.35", 0),
        ("ORANGE JUICE 1L", "1.85", 20),
        ("SPARKLING WATER 6X500ML", "2.75", 20),
        ("CRISPS MULTIPACK 6", "2.15", 20),
        ("MILK CHOCOLATE 200G", "2.25", 20),
        ("ALE 4X440ML", "5.50", 20),
        ("SAUV BLANC 75CL", "7.50", 20),
        ("WASHING UP LIQUID", "1.25", 20),
        ("TOILET ROLL 9PK", "4.50", 20),
        ("BIN BAGS 20PK", "2.00", 20),
        ("SHOWER GEL 250ML", "1.60", 20),
        ("TOOTHPASTE 100ML", "1.85", 20),
        ("DISHWASHER TABS 30", "5.00", 20),
        ("CAT FOOD POUCHES 12", "4.35", 20),
        ("PEAS FROZEN 1KG", "1.50", 0),
        ("FISH FINGERS 10PK", "2.45", 0),
        ("PIZZA PEPPERONI", "3.25", 0),
        ("ICE CREAM VANILLA 1L", "2.50", 20),
        ("PORRIDGE OATS 1KG", "1.35", 0),
        ("CORNFLAKES 500G", "2.05", 0),
        ("TEA BAGS 160", "3.85", 0),
        ("INSTANT COFFEE 200G", "5.75", 0),
        ("HUMMUS 200G", "1.10", 0),
        ("SPINACH 240G", "1.20", 0),
        ("CUCUMBER", "0.75", 0),
        ("RED ONIONS 3PK", "0.85", 0),
        ("GARLIC 4PK", "0.79", 0),
        ("LEMONS 4PK", "1.10", 0),
        ("BLUEBERRIES 150G", "2.00", 0),
        ("STRAWBERRIES 400G", "2.75", 0),
        ("FLOWERS BOUQUET", "6.00", 20),
        ("BATTERIES AA 8", "6.50", 20),
        ("KITCHEN ROLL 2PK", "2.30", 20),
        ("SLICED HAM 125G", "1.75", 0),
        ("SAUSAGES 8PK", "2.85", 0),
        ("NAAN BREAD 2PK", "1.15", 0),
        ("MANGO CHUTNEY", "1.45", 0),
        ("OLIVE OIL 500ML", "4.80", 0),
        ("SPARKLING ELDERFLOWER", "2.40", 20),
        ("BISCUITS DIGESTIVE", "1.05", 0),
        ("JAM STRAWBERRY 454G", "1.60", 0),
        ("PEANUT BUTTER 340G", "2.05", 0),
        ("TORTILLA WRAPS 8", "1.25", 0),
    ]
    items = shop(rng, cat, 58, (1, 1, 1, 1, 1, 2, 2, 3))
    rng.shuffle(items)
    sav = savings(rng, items, 6, "CLUBCARD PRICE SAVING")
    sav += savings(rng, items, 3, "MULTIBUY SAVING")
    rates = incl_by_rate(items)
    total = sum((i.amount for i in items), D(0))
    vat = sum((t for _, t, _ in rates.values()), D(0))
    net = sum((n for _, _, n in rates.values()), D(0))
    saved = -sum((s.amount for s in sav), D(0))
    code = {D(20): "A", D(0): "Z"}
    r = Roll(80, "Courier-Bold", 8.2)
    r.logo(
        30,
        lambda p, y, w, h: (
            p.text(w / 2, y + 14, "Hadley & Crane", "Times-Bold", 17, "c"),
            p.text(w / 2, y + 3, "F O O D H A L L", "Helvetica", 7, "c"),
        ),
    )
    for s in [
        "Hadley & Crane Foodhall Ltd",
        "112 Gloucester Road, Bristol BS7 8NP",
        "VAT No. GB 287 4417 63",
        "Tel 0117 496 0300",
    ]:
        r.center(s, "Courier", 7.6)
    r.gap(5)
    for it in items:
        if it.amount < 0:
            r.lr(f"  {it.desc}", f"-{fm(-it.amount)}")
        elif it.qty != 1:
            r.lr(
                f"{qty_s(it.qty)} @ {fm(it.unit)} {it.desc}"[:34],
                f"{fm(it.amount)} {code[it.rate]}",
            )
        else:
            r.lr(it.desc, f"{fm(it.amount)} {code[it.rate]}")
    r.rule()
    r.lr(
        f"{len([i for i in items if i.amount > 0])} BALANCE DUE",
        f"£{fm(total)}",
        "Courier-Bold",
        10,
    )
    r.lr("VISA CONTACTLESS", f"£{fm(total)}")
    r.lr("CHANGE DUE", "£0.00")
    r.rule()
    r.center("*** TOTAL SAVINGS TODAY ***", "Courier-Bold", 8.2)
    r.lr("Clubcard prices and offers", f"£{fm(saved)}")
    r.center(f"Clubcard points this visit: {int(total)}")
    r.center("Points balance: 2,046")
    r.rule()
    r.cols(
        [(0, "VAT", "l"), (0.4, "NET", "r"), (0.7, "VAT", "r"), (1, "GROSS", "r")], "Courier", 7.6
    )
    for rate, (g, t, n) in rates.items():
        r.cols(
            [
                (0, f"{code[rate]} {rate}%", "l"),
                (0.4, fm(n), "r"),
                (0.7, fm(t), "r"),
                (1, fm(g), "r"),
            ],
            "Courier",
            7.6,
        )
    r.lr("21/03/26 17:58  ST 0448  OP 2217", "TE 12", "Courier", 7.6)
    r.lr("RECEIPT NO. 0448-12-5531", "", "Courier", 7.6)
    r.barcode(9, 5531)
    r.rule()
    r.center("CUSTOMER COPY - PLEASE RETAIN", "Courier-Bold", 8)
    for a, b in [
        ("VISA DEBIT", "CONTACTLESS"),
        ("CARD NO", "************6620"),
        ("AID", "A0000000031010"),
        ("MERCHANT ID", "**55012"),
        ("AUTH CODE", "044817"),
        ("AMOUNT", f"GBP{fm(total)}"),
    ]:
        r.lr(a, b, "Courier", 7.6)
    r.center("NO CARDHOLDER VERIFICATION", "Courier", 7.6)
    r.gap(4)
    r.center("Thank you for shopping with us", "Courier", 7.6)
    tall = thermal_fade(rasterize(r.render(), 240)[0], rng, 0.3)
    img = photo_halves(tall, rng)
    return jpeg(img, rng.randint(66, 76)), truth(
        number="0448-12-5531",
        date="2026-03-21",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="receipt",
        doc_type="receipt",
        items=items,
        note="~110-line roll photographed in two overlapping halves stacked into one JPEG (the overlap repeats some lines); Clubcard/multibuy savings lines; TOTAL SAVINGS figure; points; VAT summary A 20 %/Z 0 % at the end (net keyed from it); card slip copy repeats the amount",
        kind="photo",
    )


def r03(rng: random.Random):
    """US DIY store, 76 mm, sales tax added, member savings, photographed in two halves."""
    V = "Ridgeline Home & Lumber"
    cat = [
        ("2X4X8 SPF STUD", "4.18"),
        ("2X6X10 #2 PINE", "9.87"),
        ("PLYWOOD 1/2 4X8 CDX", "38.97"),
        ("OSB 7/16 4X8", "17.48"),
        ("DECK SCREWS 3IN 5LB", "32.98"),
        ("WOOD GLUE 16OZ", "6.47"),
        ("CONSTRUCTION ADHESIVE", "4.98"),
        ("CAULK WHITE 10OZ", "5.28"),
        ("PAINTERS TAPE 1.88IN", "7.97"),
        ("ROLLER COVER 9IN 3PK", "8.97"),
        ("INTERIOR PAINT GAL EGGSHELL", "36.98"),
        ("PRIMER GAL", "24.98"),
        ("DROP CLOTH 9X12", "9.98"),
        ("SANDPAPER 120 GRIT 25PK", "12.97"),
        ("LEVEL 24IN", "19.97"),
        ("TAPE MEASURE 25FT", "14.97"),
        ("UTILITY KNIFE", "8.98"),
        ("WORK GLOVES L", "12.98"),
        ("LED BULB A19 4PK", "9.97"),
        ("EXTENSION CORD 25FT", "17.98"),
        ("OUTLET 15A WHITE 10PK", "12.48"),
        ("WIRE NUTS ASST", "5.97"),
        ("PVC PIPE 1/2IN 10FT", "3.96"),
        ("PVC ELBOW 1/2IN", "0.68"),
        ("TEFLON TAPE", "1.98"),
        ("SHUTOFF VALVE 1/2IN", "11.47"),
        ("HOSE NOZZLE", "9.98"),
        ("POTTING SOIL 2CF", "11.97"),
        ("MULCH BROWN 2CF", "3.97"),
        ("CONCRETE MIX 80LB", "6.48"),
        ("SHOP TOWELS 3PK", "6.98"),
        ("STORAGE BIN 27GAL", "12.97"),
        ("HINGE 3.5IN 2PK", "5.47"),
        ("CABINET PULL 5PK", "14.98"),
        ("DOOR STOP", "3.27"),
        ("SMOKE ALARM", "19.97"),
    ]
    items = [
        mk(n, rng.choice([1, 1, 1, 2, 4, 6, 10]), p, D("7.25"), f"{rng.randint(100000, 999999)}")
        for n, p in rng.sample(cat, 34)
    ]
    sav = savings(rng, items, 5, "PRO MEMBER SAVINGS")
    sub = sum((i.amount for i in items), D(0))
    tax = q2(sub * D("0.0725"))
    total = sub + tax
    saved = -sum((s.amount for s in sav), D(0))
    r = Roll(76, "Helvetica", 8.0, 2.5)
    r.logo(
        40,
        lambda p, y, w, h: (
            p.rect(6, y + 4, w - 12, 32, fill=(0.85, 0.35, 0.05), stroke=None),
            p.text(w / 2, y + 18, "RIDGELINE", "Helvetica-Bold", 17, "c", (1, 1, 1)),
            p.text(w / 2, y + 8, "HOME & LUMBER", "Helvetica", 7.5, "c", (1, 1, 1)),
        ),
    )
    for s in [
        "Ridgeline Home & Lumber #0217",
        "4410 N Academy Blvd",
        "Colorado Springs, CO 80918",
        "(719) 555-0190",
    ]:
        r.center(s)
    r.gap(4)
    r.lr("0217  00043  62881  04/11/26", "09:14 AM")
    r.lr("SALE  CASHIER TONYA", "")
    r.gap(3)
    for it in items:
        if it.amount < 0:
            r.lr(f"   {it.desc}", f"-{fm(-it.amount)}")
            continue
        r.lr(f"{it.code} {it.desc}", "" if it.qty != 1 else f"{fm(it.amount)}")
        if it.qty != 1:
            r.lr(f"      {qty_s(it.qty)}@{fm(it.unit)}", fm(it.amount))
    r.gap(3)
    r.lr("SUBTOTAL", fm(sub), "Helvetica-Bold")
    r.lr("SALES TAX 7.25%", fm(tax))
    r.lr("TOTAL", f"${fm(total)}", "Helvetica-Bold", 10.5)
    r.lr("XXXXXXXXXXXX3318 VISA", f"USD${fm(total)}")
    r.lr("AUTH CODE 07712K/6112208", "TA")
    r.gap(4)
    r.center(f"YOU SAVED ${fm(saved)} TODAY", "Helvetica-Bold", 9)
    r.center(f"PRO REWARDS: 1,946 PTS  (+{int(sub)} THIS TRIP)")
    r.gap(4)
    r.center("RETURN POLICY DEFINITIONS", "Helvetica-Bold")
    r.lr("POLICY ID  DAYS  POLICY EXPIRES ON", "", "Helvetica", 7)
    r.lr("A   1      90    07/10/2026", "", "Helvetica", 7)
    r.barcode(10, 62881)
    r.center("0217 00043 62881 04/11/2026 9988")
    r.gap(6)
    r.center("CARDHOLDER COPY", "Helvetica-Bold")
    r.lr("VISA CREDIT  CHIP READ", "")
    r.lr("APPROVED  AMOUNT", f"${fm(total)}")
    r.lr("AID A0000000031010", "")
    r.gap(4)
    r.center("THANK YOU FOR SHOPPING RIDGELINE")
    tall = thermal_fade(rasterize(r.render(), 240)[0], rng, 0.25)
    img = photo_halves(tall, rng, 0.09)
    return jpeg(img, rng.randint(64, 74)), truth(
        number="0217 00043 62881",
        date="2026-04-11",
        due=None,
        vendor=V,
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="receipt",
        doc_type="receipt",
        items=items,
        note="76 mm DIY till roll photographed in two overlapping halves; SKU-prefixed lines, qty@price sub-lines; PRO MEMBER SAVINGS lines and 'YOU SAVED' figure; sales tax added on top (net = SUBTOTAL); rewards points; cardholder copy",
        kind="photo",
    )


def r04(rng: random.Random):
    """DK supermarket, 58 mm, moms included, cash with øreafrunding, one tall photo."""
    V = "SuperKøb Vesterbro ApS"
    cat = [
        ("Letmælk 1 l", "11.95"),
        ("Rugbrød", "22.00"),
        ("Smør 250 g", "21.50"),
        ("Æg 10 stk", "34.95"),
        ("Ost 45+ skiver", "29.95"),
        ("Leverpostej", "16.50"),
        ("Hakket oksekød", "49.95"),
        ("Kyllingebryst", "59.00"),
        ("Kartofler 2 kg", "18.00"),
        ("Gulerødder 1 kg", "9.95"),
        ("Æbler 1 kg", "20.00"),
        ("Bananer", "14.50"),
        ("Pasta 500 g", "12.00"),
        ("Ris 1 kg", "17.95"),
        ("Havregryn 1 kg", "15.00"),
        ("Kaffe 400 g", "44.95"),
        ("Te 20 breve", "19.95"),
        ("Appelsinjuice", "18.95"),
        ("Øl 6-pak", "42.00"),
        ("Sodavand 1,5 l", "16.00"),
        ("Chips", "20.00"),
        ("Chokolade", "18.00"),
        ("Opvaskemiddel", "22.95"),
        ("Toiletpapir 8 rl", "39.95"),
        ("Tandpasta", "19.50"),
        ("Skyr 1 kg", "26.00"),
        ("Rullepølse", "18.95"),
        ("Agurk", "8.00"),
        ("Tomater 500 g", "17.00"),
        ("Løg 1 kg", "10.00"),
        ("Frikadeller", "36.00"),
        ("Remoulade", "14.95"),
        ("Pant A", "1.00"),
    ]
    items = [mk(n, rng.choice([1, 1, 1, 2, 3]), p, 25) for n, p in rng.sample(cat, 30)]
    sav = savings(rng, items, 4, "Rabat")
    total_exact = sum((i.amount for i in items), D(0))
    total = (total_exact * 2).quantize(D("1"), rounding=ROUND_HALF_UP) / 2
    total = q2(total)
    rounding = total - total_exact
    vat = q2(total_exact * D("0.2"))
    net = total_exact - vat
    paid = q2((total // 100 + 1) * 100)
    saved = -sum((s.amount for s in sav), D(0))
    r = Roll(58, "DVC", 7.4, 2.0)
    r.logo(
        26,
        lambda p, y, w, h: (
            p.rect(8, y + 3, w - 16, 20, fill=(0.8, 0.05, 0.1), stroke=None),
            p.text(w / 2, y + 9, "SUPERKØB", "DVCB", 13, "c", (1, 1, 1)),
        ),
    )
    for s in ["SuperKøb Vesterbro ApS", "Istedgade 104, 1650 Kbh V", "CVR 38 44 91 72"]:
        r.center(s)
    r.gap(4)
    for it in items:
        if it.qty != 1:
            r.lr(it.desc, "")
            r.lr(f"  {qty_s(it.qty)} x {fm(it.unit, 'de')}", fm(it.amount, "de"))
        else:
            r.lr(it.desc if it.amount > 0 else f"  {it.desc}", fm(it.amount, "de"))
    r.rule()
    r.lr("Subtotal", fm(total_exact, "de"))
    r.lr("Øreafrunding", fm(rounding, "de"))
    r.lr("AT BETALE", fm(total, "de"), "DVCB", 10)
    r.lr("Kontant", fm(paid, "de"))
    r.lr("Byttepenge", fm(paid - total, "de"))
    r.rule()
    r.lr("Heraf moms 25%", fm(vat, "de"))
    r.lr("Varer i alt ekskl. moms", fm(net, "de"))
    r.gap(3)
    r.center(f"Du har sparet {fm(saved, 'de')} kr i dag", "DVCB", 7.4)
    r.center("Bonus: 312 point i alt")
    r.gap(3)
    r.lr("Bon 28817  Kasse 3", "")
    r.lr("Dato 09.01.2026 kl. 16:27", "")
    r.barcode(8, 28817)
    r.center("Tak for besøget!")
    tall = thermal_fade(rasterize(r.render(), 300)[0], rng, 0.3)
    img = photo_img(tall, rng, rng.randint(2150, 2300), fold=True)
    return jpeg(img, rng.randint(68, 78)), truth(
        number="28817",
        date="2026-01-09",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="DKK",
        locale="da-DK",
        layout="receipt",
        doc_type="receipt",
        items=items,
        note="58 mm roll in one photo; prices include 25 % moms ('Heraf moms'); cash payment with øreafrunding (rounding line, total = AT BETALE); change line; Rabat lines and 'sparet' figure; Pant",
        kind="photo",
        rounding=rounding,
    )


def r05(rng: random.Random):
    """AU e-receipt PDF (born digital), long; GST only on taxable lines, '#' marks them; cash rounding absent (card)."""
    V = "Greenhill Fresh Market Pty Ltd"
    cat = [
        ("Full Cream Milk 2L", "3.60", 0),
        ("Sourdough Loaf", "6.50", 0),
        ("Free Range Eggs 12pk", "7.20", 0),
        ("Avocado Hass ea", "2.00", 0),
        ("Bananas kg", "3.90", 0),
        ("Strawberries 250g", "4.00", 0),
        ("Lamb Loin Chops kg", "32.00", 0),
        ("Chicken Thigh Fillet kg", "13.50", 0),
        ("Barramundi Fillets", "15.00", 0),
        ("Tasty Cheese 500g", "8.50", 0),
        ("Greek Yoghurt 1kg", "6.80", 0),
        ("Rolled Oats 1kg", "3.20", 0),
        ("Pasta Spaghetti 500g", "2.10", 0),
        ("Jasmine Rice 2kg", "7.00", 0),
        ("Olive Oil 750ml", "11.00", 0),
        ("Tim Tams 200g", "4.50", 10),
        ("Potato Chips 175g", "4.20", 10),
        ("Soft Drink 1.25L", "3.30", 10),
        ("Sparkling Water 1L", "1.90", 10),
        ("Ice Cream 2L", "8.00", 10),
        ("Dishwashing Liquid 900ml", "5.50", 10),
        ("Laundry Powder 2kg", "14.00", 10),
        ("Toilet Paper 12pk", "10.50", 10),
        ("Sunscreen SPF50", "16.00", 10),
        ("Toothpaste 110g", "4.00", 10),
        ("Shampoo 400ml", "7.50", 10),
        ("Coffee Beans 1kg", "32.00", 0),
        ("Tea Bags 100pk", "4.80", 0),
        ("Vegemite 380g", "7.00", 0),
        ("Baby Spinach 120g", "3.00", 0),
        ("Carrots 1kg", "2.50", 0),
        ("Broccoli kg", "6.90", 0),
        ("Tomatoes kg", "8.90", 0),
        ("Mushrooms 200g", "4.50", 0),
        ("Kombucha 330ml", "4.50", 10),
        ("Muesli Bar 6pk", "5.00", 10),
        ("Dog Treats 200g", "6.00", 10),
        ("Paper Towel 2pk", "4.00", 10),
        ("Cling Wrap 30m", "3.50", 10),
        ("Flowers Bunch", "15.00", 10),
    ]
    items = shop(rng, cat, 38, (1, 1, 1, 2, 2, 3))
    sav = savings(rng, items, 5, "Member Special")
    rates = incl_by_rate(items)
    total = sum((i.amount for i in items), D(0))
    gst = rates.get(D(10), (0, D(0), 0))[1]
    net = total - gst
    saved = -sum((s.amount for s in sav), D(0))
    r = Roll(80, "Helvetica", 8.4, 4)
    r.logo(
        34,
        lambda p, y, w, h: (
            p.c.setFillColorRGB(0.15, 0.5, 0.2),
            p.c.circle(w / 2, y + 22, 10, stroke=0, fill=1),
            p.text(
                w / 2, y + 3, "greenhill fresh market", "Helvetica-Bold", 10, "c", (0.15, 0.5, 0.2)
            ),
        ),
    )
    for s in [
        "Greenhill Fresh Market Pty Ltd",
        "ABN 62 611 872 904",
        "Shop 3, 77 Oxford St, Paddington NSW 2021",
        "TAX INVOICE",
    ]:
        r.center(s, "Helvetica-Bold" if s == "TAX INVOICE" else None)
    r.gap(4)
    r.lr("Receipt 3-118452", "Fri 27/02/2026 11:06")
    r.rule()
    for it in items:
        mark = "#" if it.rate else " "
        if it.amount < 0:
            r.lr(f"    {it.desc}", f"-${fm(-it.amount)}")
        elif it.qty != 1:
            r.lr(f"{mark} {it.desc}", "")
            r.lr(f"      {qty_s(it.qty)} @ ${fm(it.unit)} each", f"${fm(it.amount)}")
        else:
            r.lr(f"{mark} {it.desc}", f"${fm(it.amount)}")
    r.rule()
    r.lr("TOTAL", f"${fm(total)}", "Helvetica-Bold", 12)
    r.lr("EFTPOS Mastercard", f"${fm(total)}")
    r.lr("Total includes GST of", f"${fm(gst)}")
    r.left("# denotes item includes GST", size=7.5)
    r.gap(4)
    r.lr("Your member savings today", f"${fm(saved)}", "Helvetica-Bold")
    r.lr("Points earned", f"{int(total)}")
    r.lr("Points balance", "3,870")
    r.rule()
    r.center("CUSTOMER COPY", "Helvetica-Bold")
    for a, b in [
        ("Mastercard  CR", "****2081"),
        ("PURCHASE AUD", f"${fm(total)}"),
        ("APPROVED", "00"),
        ("AUTH", "557204"),
        ("STAN", "118452"),
    ]:
        r.lr(a, b)
    r.gap(4)
    r.center("Change of mind refunds within 14 days with receipt.", size=7)
    r.qr(22, 118452)
    return r.render(), truth(
        number="3-118452",
        date="2026-02-27",
        due=None,
        vendor=V,
        amount=net,
        vat=gst,
        total=total,
        currency="AUD",
        locale="en-AU",
        layout="receipt",
        doc_type="receipt",
        items=items,
        note="born-digital e-receipt PDF on one very long 80 mm page; GST (10 %) only on '#' lines, printed once as 'Total includes GST of'; Member Special discount lines and 'member savings' figure; points; EFTPOS customer copy",
        kind="pdf",
    )


# ----------------------------------------------------------------------------- set


DOCS: dict[str, tuple[Callable, str, str, str]] = {
    "i01": (i01, "pdf", "DE", "3-page invoice"),
    "i02": (i02, "pdf", "GB", "cover letter + 2-page invoice"),
    "i03": (i03, "pdf", "FR", "2-page invoice + CGV page"),
    "i04": (i04, "pdf", "US", "2-page invoice + remittance stub"),
    "i05": (i05, "pdf", "NL", "2-page invoice + packing slip"),
    "i06": (i06, "png", "IT", "2-page invoice, stitched scan"),
    "i07": (i07, "pdf", "CH", "2-page invoice + QR-bill page"),
    "i08": (i08, "pdf", "ES", "3-page invoice"),
    "i09": (i09, "jpg", "SE", "2-page invoice, photo"),
    "i10": (i10, "pdf", "PL", "3-page invoice"),
    "r01": (r01, "png", "AT", "supermarket roll ~100 lines"),
    "r02": (r02, "jpg", "GB", "supermarket roll ~110 lines, two halves"),
    "r03": (r03, "jpg", "US", "DIY store roll, two halves"),
    "r04": (r04, "jpg", "DK", "supermarket roll 58 mm"),
    "r05": (r05, "pdf", "AU", "supermarket e-receipt"),
}

README_HEAD = """# Blind set 2026-14g — multi-page invoices and long till rolls

Generated by `bench/blindsets/blind_2026_14g.py` (`python -m bench.blindsets.blind_2026_14g [OUTDIR] [--only NAME]`).
Every random choice of a document is seeded with the CRC-32 of its name; re-runs are byte-identical.
The generator was written blind: it imports nothing from the product and was written without reading it.

## Focus

Documents of more than one page and long ones. Invoices span 2-4 pages: header (number, date, parties) on
page 1, totals only on the last invoice page, page headers/footers repeated ("Seite 2/3", "Page 1 of 2",
"Hoja 2/3", "Strona 2 z 3"), carry lines at the foot of one page and the head of the next ("Übertrag",
"Carried/Brought forward", "À reporter/Report", "Transport", "A riportare/Riporto", "Suma y sigue",
"Do/Z przeniesienia", "Zwischentotal, Übertrag") which are NOT document totals, and extra pages with their own
amounts (cover letter, CGV, packing slip, QR-bill payment part, remittance stub). Receipts are long till rolls
(45-110 lines) with discount lines, savings figures, loyalty points balances, tax tables at the end and card-slip
copies, as one tall scan, one tall photo, two overlapping photographed halves stacked into one image, or a
born-digital PDF.

## Drawing

- Each document has its own drawing function (reportlab, `invariant=1`); every text run is checked to stay on
  its page and not overlap another run (`LayoutError`).
- `pdf`: born-digital PDF with a text layer. `scan`: rendered with pypdfium2 at 170-260 dpi, paper tone,
  noise, specks, blur, skew up to ±1.5°; receipts get thermal fading; r01 downscaled to ~660 px wide; i04
  and i08 are image-only PDFs (the degraded scan JPEG is the only page content); i06 stacks its two scanned
  pages into one tall PNG. `photo`: perspective onto a textured table, uneven light, soft shadow, fold
  crease, JPEG quality 64-80, long side 1,500-2,300 px per photograph; r02/r03 are two photographs of
  overlapping halves stacked vertically (so the stacked image is ~3,700-3,900 px tall and the overlap
  repeats a few lines).

## Truth conventions

- `amount` = net before tax as printed; `vat` = sum of all taxes printed (incl. Spanish recargo de
  equivalencia); `total` = the document's gross total. Identity checked for every file:
  `amount + vat + rounding == total` (no tips in this set).
- Receipts whose prices include tax: `amount` and `vat` are the sums of the printed tax table (per rate,
  tax = gross × r/(100+r) rounded half-up); for r05 (AU) only "Total includes GST of" is printed, so
  `amount` = total − GST there.
- Rounding lines: i09 "Öresavrundning" and r04 "Øreafrunding" are keyed in the identity; `total` is the
  rounded amount payable (ATT BETALA / AT BETALE).
- Deposits / prepayments (i02) are not deducted: `total` is the invoice total, not the lower "Balance due".
- Skonto (i01) and example amounts in terms (i03) are distractors, never keyed.
- Carry-forward subtotals are never keyed.
- Receipts: `invoice_number` is the receipt/bon number as printed; `due_date` null.
- `line_items`: every printed article line in order (on invoices net amounts; on receipts the printed gross
  amounts); discount/saving lines are included as their own items with negative unit price and amount;
  `quantity` is the printed quantity (1 when none printed).
- i04: freight is printed in the totals block, not as an article line, so its `line_items` sum to the
  Subtotal and `amount` = Subtotal + Freight (sales tax is on the Subtotal only).
- No credit notes in this set.
- Dates are keyed ISO; amounts as strings with two decimals.
"""


def readme(truths: dict[str, dict]) -> str:
    kinds: dict[str, int] = {}
    for t in truths.values():
        key = f"{t['layout']} / {t['kind']}"
        kinds[key] = kinds.get(key, 0) + 1
    out = [README_HEAD, "## Mix\n", "| layout / kind | count |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in sorted(kinds.items())]
    countries = sorted({DOCS[n][2] for n in truths})
    out += [
        f"| total | {len(truths)} |",
        "",
        f"Countries ({len(countries)}): {', '.join(countries)}.",
        "",
        "## Documents\n",
    ]
    out += [
        "| doc | kind | country | type | vendor | number | total | tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, t in truths.items():
        _fn, ext, cc, typ = DOCS[n]
        out.append(
            f"| {n}.{ext} | {t['kind']} | {cc} | {typ} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    _register_fonts()
    truths = {}
    for name, (fn, ext, _cc, _typ) in DOCS.items():
        if a.only and name != a.only:
            continue
        data, t = fn(random.Random(zlib.crc32(name.encode())))
        (out / f"{name}.{ext}").write_bytes(data)
        (out / f"{name}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        truths[name] = t
        print(
            f"{name}.{ext}  {t['kind']:5}  {t['total']:>10} {t['currency']}  {len(data) // 1024} KiB"
        )
    if not a.only:
        (out / "README.md").write_text(readme(truths), encoding="utf-8")


if __name__ == "__main__":
    main()
