# ruff: noqa: E501
"""Blind set 13x: invoices and receipts as common billing software and till systems print them.

Run from the repository root:

    python -m bench.blindsets.blind_2026_13x [OUTDIR] [--only NAME]

Every random choice of a document is seeded with the CRC-32 of its name, so re-runs are
byte-identical.  Nothing here imports the product.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import math
import random
import sys
import zlib
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SET = "13x"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-13x")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

D = Decimal
ZERO = D("0")
CENT = D("0.01")


class LayoutError(Exception):
    """A text run leaves the page, overflows its cell or overlaps another run."""


# --------------------------------------------------------------------------- fonts

_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DV-B": "DejaVuSans-Bold.ttf",
    "DV-I": "DejaVuSans-Oblique.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVC-B": "DejaVuSansCondensed-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVM-B": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVS-B": "DejaVuSerif-Bold.ttf",
    "DVS-I": "DejaVuSerif-Italic.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSC-B": "DejaVuSerifCondensed-Bold.ttf",
    "DV-L": "DejaVuSans-ExtraLight.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, fn in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fn)))
    _registered = True


# --------------------------------------------------------------------------- money


def q(x) -> Decimal:
    return D(x).quantize(CENT, ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D("1"), ROUND_HALF_UP)


def vat_of(net, rate) -> Decimal:
    return q(D(net) * D(rate) / D(100))


def vat_in(gross, rate) -> Decimal:
    """VAT contained in a tax-inclusive amount."""
    return q(D(gross) * D(rate) / (D(100) + D(rate)))


_SEPS = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u202f", ","),
    "sp": (" ", ","),
    "ch": ("'", "."),
    "in": (",", "."),
    "nog": ("", "."),
    "nogc": ("", ","),
}


def fmt(x, style: str = "en", dec: int = 2, plus: bool = False) -> str:
    x = D(x)
    x = x.quantize(D(1).scaleb(-dec), ROUND_HALF_UP)
    neg = x < 0
    s = f"{abs(x):.{dec}f}"
    ip, _, fp = s.partition(".")
    th, dp = _SEPS[style]
    if style == "in" and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join([*groups, tail])
    elif th:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = th.join(groups)
    out = ip + (dp + fp if dec else "")
    if neg:
        return "-" + out
    return ("+" + out) if plus else out


def s2(x) -> str:
    return f"{q(x):.2f}"


def qty_s(x) -> str:
    x = D(x)
    return format(x.normalize(), "f") if x == x.to_integral() else str(x)


# --------------------------------------------------------------------------- numbers in words

_EN1 = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN10 = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en_lt1000(n: int) -> str:
    out = []
    if n >= 100:
        out.append(_EN1[n // 100].capitalize() + " Hundred")
        n %= 100
        if n:
            out.append("and")
    if n >= 20:
        w = _EN10[n // 10].capitalize()
        if n % 10:
            w += " " + _EN1[n % 10].capitalize()
        out.append(w)
    elif n or not out:
        out.append(_EN1[n].capitalize())
    return " ".join(out)


def en_words_indian(n: int) -> str:
    parts = []
    for div, word in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        if n >= div:
            parts.append(_en_lt1000(n // div) + " " + word)
            n %= div
    if n or not parts:
        parts.append(_en_lt1000(n))
    return " ".join(parts)


_ES1 = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_ES10 = [
    "_",
    "_",
    "_",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
]
_ES100 = [
    "_",
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
]


def _es_lt1000(n: int) -> str:
    if n == 100:
        return "cien"
    out = []
    if n >= 100:
        out.append(_ES100[n // 100])
        n %= 100
    if n >= 30:
        w = _ES10[n // 10]
        if n % 10:
            w += " y " + _ES1[n % 10]
        out.append(w)
    elif n:
        out.append(_ES1[n])
    return " ".join(out)


def es_words(n: int) -> str:
    if n == 0:
        return "cero"
    out = []
    if n >= 1000:
        k = n // 1000
        out.append("mil" if k == 1 else _es_lt1000(k).replace("uno", "un") + " mil")
        n %= 1000
    if n:
        out.append(_es_lt1000(n))
    return " ".join(out)


# --------------------------------------------------------------------------- page with layout checks


class Page:
    """A reportlab canvas that records every text run and refuses overlaps."""

    def __init__(self, size, title: str = "") -> None:
        register_fonts()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        if title:
            self.c.setTitle(title)
        self.c.setAuthor("")
        self.w, self.h = size
        self.runs: list[tuple[tuple[float, float, float, float], str]] = []
        self.pageno = 1

    def text(self, x, y, s, font="DV", size=9.0, align="l", color=(0, 0, 0), maxw=None, gray=None):
        s = str(s)
        if not s:
            return 0.0
        w = pdfmetrics.stringWidth(s, font, size)
        if maxw is not None and w > maxw + 0.01:
            raise LayoutError(f"p{self.pageno}: {s!r} is {w:.1f}pt wide, cell {maxw:.1f}pt")
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.21 * size, x0 + w, y + 0.74 * size)
        if box[0] < 1 or box[2] > self.w - 1 or box[1] < 1 or box[3] > self.h - 1:
            raise LayoutError(f"p{self.pageno}: {s!r} leaves the page at {box}")
        for ob, os_ in self.runs:
            if (
                box[0] < ob[2] - 0.2
                and ob[0] < box[2] - 0.2
                and box[1] < ob[3] - 0.2
                and ob[1] < box[3] - 0.2
            ):
                raise LayoutError(f"p{self.pageno}: {s!r} overlaps {os_!r}")
        self.runs.append((box, s))
        c = self.c
        if gray is not None:
            c.setFillGray(gray)
        else:
            c.setFillColorRGB(*color)
        c.setFont(font, size)
        c.drawString(x0, y, s)
        c.setFillGray(0)
        return w

    def para(
        self, x, y, s, font="DV", size=8.0, width=200.0, lead=None, color=(0, 0, 0), align="l"
    ):
        lead = lead or size * 1.25
        for line in wrap(s, font, size, width):
            xx = x if align == "l" else (x + width if align == "r" else x + width / 2)
            self.text(xx, y, line, font, size, align=align, color=color, maxw=width)
            y -= lead
        return y

    def table(  # noqa: C901
        self,
        x,
        y,
        cols,
        rows,
        font="DV",
        size=8.0,
        lead=None,
        hfont=None,
        hsize=None,
        hfill=None,
        hcolor=(0, 0, 0),
        grid=None,
        pad=3.0,
        rule_below_head=True,
        zebra=None,
        wrap_col=None,
    ):
        """cols: list of (header, width, align). Returns the y below the table."""
        lead = lead or size * 1.45
        hfont = hfont or font
        hsize = hsize or size
        total_w = sum(cw for _, cw, _ in cols)
        c = self.c
        top = y
        if any(h for h, _, _ in cols):
            nl = max(len(h.split("\n")) for h, _, _ in cols)
            hh = hsize * (1.9 + 1.05 * (nl - 1))
            if hfill is not None:
                c.setFillColorRGB(*hfill)
                c.rect(x, y - hh, total_w, hh, stroke=0, fill=1)
            xx = x
            for h, cw, al in cols:
                tx = xx + pad if al == "l" else (xx + cw - pad if al == "r" else xx + cw / 2)
                hl = h.split("\n")
                for k, hline in enumerate(hl):
                    self.text(
                        tx,
                        y - hh + 0.6 * hsize + (len(hl) - 1 - k) * hsize * 1.05,
                        hline,
                        hfont,
                        hsize,
                        align=al,
                        color=hcolor,
                        maxw=cw - 2 * pad + 0.5,
                    )
                xx += cw
            y -= hh
            if rule_below_head:
                c.setLineWidth(0.6)
                c.line(x, y, x + total_w, y)
        for ri, row in enumerate(rows):
            # optional wrapping of one column
            cells = [str(v) for v in row]
            nlines = 1
            wrapped = None
            if wrap_col is not None:
                cw = cols[wrap_col][1]
                wrapped = wrap(cells[wrap_col], font, size, cw - 2 * pad)
                nlines = len(wrapped)
            rh = lead * nlines + (lead - size) * 0.0
            if zebra is not None and ri % 2 == 1:
                c.setFillColorRGB(*zebra)
                c.rect(x, y - rh - 0.25 * size, total_w, rh, stroke=0, fill=1)
                c.setFillGray(0)
            xx = x
            for ci, ((_, cw, al), v) in enumerate(zip(cols, cells, strict=False)):
                tx = xx + pad if al == "l" else (xx + cw - pad if al == "r" else xx + cw / 2)
                if wrapped is not None and ci == wrap_col:
                    for k, ln in enumerate(wrapped):
                        self.text(
                            tx,
                            y - lead * (k + 1) + 0.3 * size,
                            ln,
                            font,
                            size,
                            align=al,
                            maxw=cw - 2 * pad + 0.5,
                        )
                else:
                    self.text(
                        tx, y - lead + 0.3 * size, v, font, size, align=al, maxw=cw - 2 * pad + 0.5
                    )
                xx += cw
            y -= rh
            if grid == "rows":
                c.setLineWidth(0.3)
                c.setStrokeGray(0.6)
                c.line(x, y - 0.1 * size, x + total_w, y - 0.1 * size)
                c.setStrokeGray(0)
        if grid == "full":
            c.setLineWidth(0.5)
            c.rect(x, y - 2, total_w, top - y + 2, stroke=1, fill=0)
            xx = x
            for _, cw, _ in cols[:-1]:
                xx += cw
                c.line(xx, y - 2, xx, top)
            y -= 2
        return y

    def new_page(self):
        self.c.showPage()
        self.runs = []
        self.pageno += 1

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    out = []
    for para in str(s).split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = (line + " " + w) if line else w
            if pdfmetrics.stringWidth(cand, font, size) <= width:
                line = cand
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out


# --------------------------------------------------------------------------- shapes


def qr_box(c, x, y, size, rng: random.Random, n=25, color=(0, 0, 0), cross=False):
    """A QR-like square: finder patterns and random modules. (x, y) is the lower-left corner."""
    m = size / n
    c.setFillColorRGB(*color)
    for i in range(n):
        for j in range(n):
            in_finder = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
            if in_finder:
                continue
            if rng.random() < 0.5:
                c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)
    for fx, fy in ((0, 0), (0, n - 7), (n - 7, n - 7)):
        c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, stroke=0, fill=1)
        c.setFillGray(1)
        c.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, stroke=0, fill=1)
        c.setFillColorRGB(*color)
        c.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, stroke=0, fill=1)
    if cross:
        cs = size * 0.16
        cx, cy = x + size / 2 - cs / 2, y + size / 2 - cs / 2
        c.setFillGray(1)
        c.rect(cx - m * 0.6, cy - m * 0.6, cs + 1.2 * m, cs + 1.2 * m, stroke=0, fill=1)
        c.setFillGray(0)
        c.rect(cx, cy, cs, cs, stroke=0, fill=1)
        c.setFillGray(1)
        c.rect(cx + cs * 0.4, cy + cs * 0.18, cs * 0.2, cs * 0.64, stroke=0, fill=1)
        c.rect(cx + cs * 0.18, cy + cs * 0.4, cs * 0.64, cs * 0.2, stroke=0, fill=1)
    c.setFillGray(0)


def barcode(c, x, y, w, h, rng: random.Random):
    xx = x
    c.setFillGray(0)
    while xx < x + w - 3:
        bw = rng.choice((0.6, 0.6, 1.2, 1.8))
        c.rect(xx, y, bw, h, stroke=0, fill=1)
        xx += bw + rng.choice((0.6, 1.2, 1.2, 1.8))


# --------------------------------------------------------------------------- receipt roll


class Roll:
    """A till receipt in a monospaced font, as tall as its content."""

    def __init__(
        self,
        width_mm: float,
        cols: int,
        margin_mm: float = 3.0,
        font="DVM",
        bold="DVM-B",
        lead=1.22,
        top_mm=6.0,
        bottom_mm=10.0,
    ):
        self.w = width_mm * mm
        self.margin = margin_mm * mm
        self.cols = cols
        self.font = font
        self.bold = bold
        self.size = (self.w - 2 * self.margin) / (cols * 0.6021)
        self.lead = lead
        self.ops: list[tuple[float, object]] = []
        self.top = top_mm * mm
        self.bottom = bottom_mm * mm

    def line(self, s="", align="l", bold=False, scale=1.0, font=None):
        if align == "l" and len(s) > self.cols / scale + 1e-9:
            raise LayoutError(f"receipt line too long ({len(s)}>{self.cols}): {s!r}")
        f = font or (self.bold if bold else self.font)
        size = self.size * scale
        h = size * self.lead

        def draw(p: Page, y, s=s, f=f, size=size, align=align):
            x = (
                self.margin
                if align == "l"
                else (self.w - self.margin if align == "r" else self.w / 2)
            )
            p.text(x, y - size * 0.82, s, f, size, align=align, maxw=self.w - 2 * self.margin + 0.5)

        self.ops.append((h, draw))

    def c(self, s, **kw):
        self.line(s, align="c", **kw)

    def lr(self, left, right, bold=False, scale=1.0, fill=" "):
        n = int(self.cols / scale)
        gap = n - len(left) - len(right)
        if gap < 1:
            raise LayoutError(f"receipt lr too long: {left!r} {right!r}")
        self.line(left + fill * gap + right, bold=bold, scale=scale)

    def cols3(self, a, b, cc, wb, bold=False):
        """a left, b right-aligned ending at column cols-wc, cc right-aligned."""
        wc = self.cols - len(a) - wb
        if wc < len(cc) or wb < len(b) + 1:
            raise LayoutError(f"receipt cols3 too long: {a!r} {b!r} {cc!r}")
        self.line(a + b.rjust(wb) + cc.rjust(wc), bold=bold)

    def rule(self, ch="-"):
        self.line(ch * self.cols)

    def gap(self, k=0.5):
        self.ops.append((self.size * self.lead * k, None))

    def shape(self, h_mm, fn):
        h = h_mm * mm

        def draw(p: Page, y, fn=fn, h=h):
            fn(p, y - h, h)

        self.ops.append((h, draw))

    def render(self, title="") -> bytes:
        height = self.top + self.bottom + sum(h for h, _ in self.ops)
        p = Page((self.w, height), title)
        y = height - self.top
        for h, fn in self.ops:
            if fn is not None:
                fn(p, y)
            y -= h
        return p.pdf()


# --------------------------------------------------------------------------- imaging


def render_pdf(pdf: bytes, dpi: int, page: int = 0, grey: bool = False) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72, grayscale=grey).to_pil().convert("RGB")
    doc.close()
    return img


def _lowfreq(rng: np.random.Generator, h, w, cells=6):
    small = rng.random((cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def degrade_scan(
    img: Image.Image,
    seed: int,
    *,
    grey=True,
    skew=1.0,
    blur=0.6,
    noise=5.0,
    specks=40,
    fade=False,
    bed=(250, 250, 250),
    pad=0.03,
    downscale=None,
    tint=(252, 250, 244),
    contrast=1.0,
) -> Image.Image:
    rng = np.random.default_rng(seed)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    ink = 255.0 - a
    if fade:
        f = 0.5 + 0.45 * _lowfreq(rng, h, w, 5)
        ink *= f[..., None]
    a = 255.0 - ink * contrast
    a = a * (np.array(tint, np.float32) / 255.0)
    ph, pw = int(h * pad) + 4, int(w * pad) + 4
    canvas_ = np.empty((h + 2 * ph, w + 2 * pw, 3), np.float32)
    canvas_[:] = bed
    canvas_[ph : ph + h, pw : pw + w] = a
    a = canvas_
    H, W = a.shape[:2]
    M = cv2.getRotationMatrix2D((W / 2, H / 2), skew, 1.0)
    a = cv2.warpAffine(a, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=bed)
    if blur > 0:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a += rng.normal(0, noise, a.shape[:2])[..., None].astype(np.float32)
    for _ in range(specks):
        y, x = int(rng.integers(0, H)), int(rng.integers(0, W))
        r = int(rng.integers(1, 3))
        cv2.circle(a, (x, y), r, (60.0, 60.0, 60.0), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if grey:
        out = out.convert("L")
    if downscale:
        nh = round(out.height * downscale / out.width)
        out = out.resize((downscale, nh), Image.LANCZOS)
    return out


def _texture(rng: np.random.Generator, h, w, style):
    if style == "wood":
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        warp = _lowfreq(rng, h, w, 4) * 40
        grain = np.sin((yy + warp * 3) / 9.0) * 0.5 + 0.5
        base = np.array([150, 108, 70], np.float32)
        t = base[None, None, :] * (0.8 + 0.25 * grain[..., None])
    elif style == "desk":
        base = np.array([205, 208, 212], np.float32)
        t = base[None, None, :] * (0.9 + 0.1 * _lowfreq(rng, h, w, 8)[..., None])
    elif style == "dark":
        base = np.array([58, 60, 66], np.float32)
        t = base[None, None, :] * (0.85 + 0.3 * _lowfreq(rng, h, w, 7)[..., None])
    else:  # fabric
        base = np.array([120, 135, 160], np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        weave = (np.sin(xx / 2.1) * np.sin(yy / 2.1)) * 0.06
        t = base[None, None, :] * (0.9 + weave[..., None] + 0.1 * _lowfreq(rng, h, w, 6)[..., None])
    t += rng.normal(0, 6, (h, w))[..., None]
    return t


def degrade_photo(
    img: Image.Image,
    seed: int,
    *,
    long_side=1900,
    quality=72,
    bg="wood",
    fold=True,
    shadow=True,
    jitter=0.035,
    margin=0.12,
    light=0.3,
    fade=False,
    blur=0.8,
) -> Image.Image:
    rng = np.random.default_rng(seed)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    if fade:
        ink = 255.0 - a
        ink *= (0.55 + 0.4 * _lowfreq(rng, h, w, 5))[..., None]
        a = 255.0 - ink
    a *= np.array([252, 250, 245], np.float32) / 255.0
    if fold:
        # a crease across the page: a thin dark line and a soft brightness step
        fy = int(h * rng.uniform(0.35, 0.65))
        yy = np.arange(h, dtype=np.float32)[:, None]
        step = 1.0 - 0.06 / (1.0 + np.exp(np.clip(-(yy - fy) / 6.0, -50, 50)))
        a *= step[..., None]
        cv2.line(a, (0, fy), (w, fy + int(rng.integers(-8, 9))), (170.0, 170.0, 170.0), 2)
    scale = long_side / (max(h, w) * (1 + 2 * margin))
    dw, dh = w * scale, h * scale
    W, H = round(dw * (1 + 2 * margin)), round(dh * (1 + 2 * margin))
    if h > w:
        W = round(dw + 2 * margin * dh * 0.6)
    else:
        H = round(dh + 2 * margin * dw * 0.6)
    bgimg = _texture(rng, H, W, bg)
    ox, oy = (W - dw) / 2, (H - dh) / 2
    j = lambda: rng.uniform(-jitter, jitter) * min(dw, dh) * 1.3  # noqa: E731
    dst = np.float32(
        [
            [ox + j(), oy + j()],
            [ox + dw + j(), oy + j()],
            [ox + dw + j(), oy + dh + j()],
            [ox + j(), oy + dh + j()],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    out = bgimg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)) * light
    out *= (1.0 + grad)[..., None]
    if shadow:
        sm = np.zeros((H, W), np.float32)
        cx = (
            int(rng.uniform(0.0, 0.3) * W) if rng.random() < 0.5 else int(rng.uniform(0.7, 1.0) * W)
        )
        pts = np.int32(
            [
                [cx, 0],
                [cx + int(W * 0.35), 0],
                [cx + int(W * rng.uniform(0.1, 0.4)), H],
                [cx - int(W * 0.2), H],
            ]
        )
        cv2.fillPoly(sm, [pts], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), W * 0.03)
        out *= (1.0 - 0.22 * sm)[..., None]
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out += rng.normal(0, 3.5, out.shape[:2])[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def image_pdf(img: Image.Image, size, title="") -> bytes:
    """A PDF whose only page content is the given raster image."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    if title:
        c.setTitle(title)
    c.drawImage(ImageReader(img), 0, 0, width=size[0], height=size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- truth


def item(desc, qty, unit, amount):
    return {
        "description": desc,
        "quantity": qty_s(qty),
        "unit_price": s2(unit),
        "amount": s2(amount),
    }


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
    dtype,
    items,
    note,
    tip=ZERO,
    rounding=ZERO,
    **extra,
):
    amount, total = q(amount), q(total)
    v = ZERO if vat is None else q(vat)
    if amount + v + q(tip) + q(rounding) != total:
        raise AssertionError(f"{number}: {amount} + {v} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": s2(amount),
        "vat": None if vat is None else s2(vat),
        "total": s2(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
    }


# =========================================================================== invoices

W_A4, H_A4 = A4
W_LT, H_LT = letter


def i01(rng):
    """US small-business accounting package (QuickBooks-like)."""
    p = Page(letter, "Invoice 1047")
    vendor = "Cedar Ridge Landscape Supply LLC"
    d, due = dt.date(2026, 2, 13), dt.date(2026, 3, 15)
    green = (0.18, 0.45, 0.25)
    c = p.c
    # wordmark logo: leaf shape
    c.setFillColorRGB(*green)
    c.circle(62, H_LT - 62, 20, stroke=0, fill=1)
    c.setFillGray(1)
    c.rect(60, H_LT - 78, 4, 24, stroke=0, fill=1)
    p.text(90, H_LT - 58, vendor, "DV-B", 13)
    y = H_LT - 74
    for ln in (
        "4410 W Chinden Blvd",
        "Boise, ID 83714",
        "(208) 555-0147  billing@cedarridgesupply.com",
    ):
        p.text(90, y, ln, "DV", 8.5, gray=0.25)
        y -= 11
    p.text(W_LT - 50, H_LT - 60, "INVOICE", "DV-B", 22, align="r", color=green)
    y = H_LT - 150
    p.text(50, y, "BILL TO", "DV-B", 8, gray=0.35)
    p.text(220, y, "SHIP TO", "DV-B", 8, gray=0.35)
    p.text(400, y, "INVOICE", "DV-B", 8, align="r", gray=0.35)
    p.text(410, y, "1047", "DV", 9)
    bill = ["Harmon Outdoor Living", "Attn: Dana Harmon", "1120 N Eagle Rd", "Meridian, ID 83642"]
    ship = ["Harmon residence project", "2875 S Tuscany Way", "Meridian, ID 83642"]
    for k, ln in enumerate(bill):
        p.text(50, y - 13 - 11 * k, ln, "DV", 9)
    for k, ln in enumerate(ship):
        p.text(220, y - 13 - 11 * k, ln, "DV", 9)
    for k, (lab, val) in enumerate(
        (
            ("DATE", d.strftime("%m/%d/%Y")),
            ("TERMS", "Net 30"),
            ("DUE DATE", due.strftime("%m/%d/%Y")),
        )
    ):
        p.text(400, y - 13 - 13 * k, lab, "DV-B", 8, align="r", gray=0.35)
        p.text(410, y - 13 - 13 * k, val, "DV", 9)
    y -= 75
    c.setStrokeColorRGB(*green)
    c.setLineWidth(1.2)
    c.line(50, y, W_LT - 50, y)
    y -= 16
    p.text(50, y, "P.O. NUMBER", "DV-B", 7.5, gray=0.35)
    p.text(150, y, "SALES REP", "DV-B", 7.5, gray=0.35)
    p.text(250, y, "SHIP VIA", "DV-B", 7.5, gray=0.35)
    p.text(50, y - 11, "HOL-2207", "DV", 8.5)
    p.text(150, y - 11, "MKT", "DV", 8.5)
    p.text(250, y - 11, "Company truck", "DV", 8.5)
    y -= 30
    rows_def = [
        ("02/10/2026", "Pavers", "Holland pavers 60mm, charcoal (sq ft)", True, D(420), D("4.15")),
        ("02/10/2026", "Sand", "Polymeric joint sand, 50 lb bag", True, D(12), D("31.50")),
        ("02/10/2026", "Base", '3/4" crushed base gravel (ton)', True, D("6.5"), D("38.00")),
        ("02/11/2026", "Delivery", "Flatbed delivery, 18 mi", False, D(1), D("95.00")),
        ("02/12/2026", "Labor", "Base prep and paver install (hrs)", False, D(16), D("62.50")),
    ]
    rows, items, sub, taxable = [], [], ZERO, ZERO
    for date_s, act, desc, tx, qn, rate in rows_def:
        amt = q(qn * rate)
        sub += amt
        if tx:
            taxable += amt
        rows.append((date_s, act, desc, "T" if tx else "", qty_s(qn), fmt(rate), fmt(amt)))
        items.append(item(desc, qn, rate, amt))
    cols = [
        ("DATE", 58, "l"),
        ("ACTIVITY", 56, "l"),
        ("DESCRIPTION", 192, "l"),
        ("TAX", 28, "c"),
        ("QTY", 40, "r"),
        ("RATE", 62, "r"),
        ("AMOUNT", 76, "r"),
    ]
    y = p.table(
        50,
        y,
        cols,
        rows,
        "DV",
        8,
        lead=17,
        hfont="DV-B",
        hsize=7.5,
        hfill=(0.9, 0.95, 0.91),
        grid="rows",
    )
    tax = vat_of(taxable, 6)
    total = sub + tax
    deposit = D("500.00")
    balance = total - deposit
    y -= 20
    p.text(
        50,
        y,
        "Thank you for your business! Warranty on installation: 2 years.",
        "DV-I",
        8,
        gray=0.3,
    )
    lines = [
        ("SUBTOTAL", fmt(sub)),
        ("TAX (6%)", fmt(tax)),
        ("TOTAL", fmt(total)),
        ("DEPOSIT", "-" + fmt(deposit)),
    ]
    for lab, val in lines:
        p.text(470, y, lab, "DV", 8.5, align="r", gray=0.3)
        p.text(W_LT - 55, y, val, "DV", 9, align="r")
        y -= 15
    p.text(370, y - 6, "BALANCE DUE", "DV-B", 10, align="l")
    p.text(W_LT - 55, y - 6, "$" + fmt(balance), "DV-B", 15, align="r")
    p.text(450, y - 24, f"Taxable subtotal {fmt(taxable)}", "DV", 7, gray=0.4)
    c.setFont("DV", 7)
    p.text(
        W_LT / 2,
        40,
        "Pay online at quickpay.cedarridgesupply.com  ·  Checks payable to Cedar Ridge Landscape Supply LLC  ·  Idaho seller's permit 000-123456",
        "DV",
        6.8,
        align="c",
        gray=0.4,
    )
    t = truth(
        number="1047",
        date=d,
        due=due,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=f"QuickBooks-style: sales tax only on taxable (T) lines; a $500 deposit is deducted so BALANCE DUE ${fmt(balance)} is not the invoice total ${fmt(total)}; Bill To / Ship To blocks.",
    )
    return p.pdf(), t, {"kind": "pdf"}


def i02(rng):
    """NZ cloud ledger tax invoice (Xero-like) with payment advice slip."""
    p = Page(A4, "INV-0193")
    vendor = "Kōwhai Creative Studio Limited"
    d, due = dt.date(2026, 2, 12), dt.date(2026, 2, 26)
    c = p.c
    p.text(50, H_A4 - 80, "TAX INVOICE", "DV", 24)
    y = H_A4 - 110
    for ln in (
        "Tākaro Partners Ltd",
        "Attention: Accounts Payable",
        "Level 3, 45 Willis Street",
        "Wellington 6011",
        "NEW ZEALAND",
    ):
        p.text(60, y, ln, "DV", 9)
        y -= 12
    x2, x3 = 300, 420
    y = H_A4 - 100
    for lab, val in (
        ("Invoice Date", "12 Feb 2026"),
        ("Invoice Number", "INV-0193"),
        ("Reference", "PO 4471 website refresh"),
        ("GST Number", "118-462-905"),
    ):
        p.text(x2, y, lab, "DV-B", 8.5)
        p.text(x2, y - 11, val, "DV", 8.5)
        y -= 27
    y = H_A4 - 100
    for ln in (vendor, "Unit 2, 14 Cuba Street", "Te Aro", "Wellington 6011", "NEW ZEALAND"):
        p.text(x3 + 20, y, ln, "DV", 8.5)
        y -= 11
    y = H_A4 - 230
    rows_def = [
        ("Discovery workshop and content audit", D(1), D("1450.00")),
        ("Homepage and 6 template designs", D(1), D("3800.00")),
        ("Front-end build (hours)", D("22.5"), D("135.00")),
        ("Stock photography licences", D(8), D("29.00")),
    ]
    rows, items, net = [], [], ZERO
    for desc, qn, up in rows_def:
        amt = q(qn * up)
        net += amt
        rows.append((desc, fmt(qn, "en", 2), fmt(up), "15%", fmt(amt)))
        items.append(item(desc, qn, up, amt))
    cols = [
        ("Description", 235, "l"),
        ("Quantity", 60, "r"),
        ("Unit Price", 70, "r"),
        ("GST", 50, "r"),
        ("Amount NZD", 80, "r"),
    ]
    y = p.table(50, y, cols, rows, "DV", 8.5, lead=20, hfont="DV-B", hsize=8.5, grid="rows")
    gst = vat_of(net, 15)
    total = net + gst
    y -= 12
    for lab, val, f in (
        ("Subtotal", fmt(net), "DV"),
        ("TOTAL GST 15%", fmt(gst), "DV"),
        ("TOTAL NZD", fmt(total), "DV-B"),
    ):
        p.text(430, y, lab, f, 9, align="r")
        p.text(545, y, val, f, 9, align="r")
        y -= 16
    c.setLineWidth(0.8)
    c.line(360, y + 26, 545, y + 26)
    y -= 20
    p.text(50, y, f"Due Date: {due.day} Feb 2026", "DV-B", 10)
    y -= 16
    y = p.para(
        50,
        y,
        "Please pay by direct credit to ASB 12-3192-0456781-00 quoting the invoice number. Amounts are exclusive of GST.",
        "DV",
        8.5,
        width=400,
    )
    # payment advice
    cut = 250
    c.setDash(3, 3)
    c.line(30, cut, W_A4 - 30, cut)
    c.setDash()
    p.text(W_A4 - 35, cut + 4, "✂", "DV", 9, align="r")
    p.text(50, cut - 40, "PAYMENT ADVICE", "DV", 18)
    p.text(50, cut - 65, "To:", "DV", 9)
    for k, ln in enumerate((vendor, "Unit 2, 14 Cuba Street", "Te Aro", "Wellington 6011")):
        p.text(75, cut - 65 - 11 * k, ln, "DV", 9)
    yy = cut - 40
    for lab, val in (
        ("Customer", "Tākaro Partners Ltd"),
        ("Invoice Number", "INV-0193"),
        ("Amount Due", f"{fmt(total)}"),
        ("Due Date", "26 Feb 2026"),
    ):
        p.text(310, yy, lab, "DV-B", 9)
        p.text(420, yy, val, "DV", 9)
        yy -= 17
    p.text(310, yy, "Amount Enclosed", "DV-B", 9)
    c.line(420, yy - 2, 545, yy - 2)
    p.text(420, yy - 12, "Enter the amount you are paying above", "DV", 6.5, gray=0.4)
    p.text(
        50,
        40,
        "Registered office: Unit 2, 14 Cuba Street, Te Aro, Wellington 6011. Company number 7713492.",
        "DV",
        7,
        gray=0.4,
    )
    t = truth(
        number="INV-0193",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=gst,
        total=total,
        currency="NZD",
        locale="en-NZ",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Xero-style tax invoice: vendor block top right, 'Reference' is a PO, currency only in 'Amount NZD'/'TOTAL NZD'; payment advice slip repeats Amount Due; no currency symbol anywhere.",
    )
    return p.pdf(), t, {"kind": "pdf"}


def i03(rng):
    """Subscription billing platform invoice (Stripe-like), Ireland."""
    p = Page(letter, "Invoice 5C1A8F2E-0004")
    vendor = "Brightloop Analytics Ltd"
    d, due = dt.date(2026, 2, 3), dt.date(2026, 3, 5)
    c = p.c
    p.text(50, H_LT - 70, "Invoice", "DV-B", 20)
    c.setFillColorRGB(0.36, 0.3, 0.9)
    c.roundRect(W_LT - 92, H_LT - 82, 42, 42, 8, stroke=0, fill=1)
    p.text(W_LT - 71, H_LT - 68, "b", "DV-B", 24, align="c", color=(1, 1, 1))
    y = H_LT - 105
    for lab, val in (
        ("Invoice number", "5C1A8F2E-0004"),
        ("Date of issue", "February 3, 2026"),
        ("Date due", "March 5, 2026"),
    ):
        p.text(50, y, lab, "DV", 9, gray=0.35)
        p.text(150, y, val, "DV", 9)
        y -= 14
    y -= 16
    col2 = 250
    p.text(50, y, vendor, "DV-B", 9)
    p.text(col2, y, "Bill to", "DV-B", 9)
    left = [
        "Unit 4, The Digital Hub",
        "Crane Street",
        "Dublin 8 D08 K7R5",
        "Ireland",
        "billing@brightloop.io",
        "IE VAT IE3456789TH",
    ]
    right = [
        "Corrib Logistics Ltd",
        "Parkmore East Business Park",
        "Galway H91 X2Y4",
        "Ireland",
        "ap@corriblogistics.ie",
        "IE VAT IE9876543Q",
    ]
    for k in range(len(left)):
        p.text(50, y - 13 * (k + 1), left[k], "DV", 9)
        p.text(col2, y - 13 * (k + 1), right[k], "DV", 9)
    y -= 13 * (len(left) + 3)
    net_rows = [
        ("Growth plan", "Feb 3 – Mar 3, 2026", D(1), D("149.00")),
        ("Additional seats", "Feb 3 – Mar 3, 2026", D(3), D("12.00")),
        ("Data retention add-on (13 months)", "Feb 3 – Mar 3, 2026", D(1), D("24.00")),
    ]
    net = sum((q(a * b) for _, _, a, b in net_rows), ZERO)
    vat = vat_of(net, 23)
    total = net + vat
    p.text(50, y, f"€{fmt(total)} due March 5, 2026", "DV-B", 15)
    p.text(50, y - 18, "Pay online", "DV", 9, color=(0.36, 0.3, 0.9))
    y -= 50
    c.setLineWidth(0.6)
    p.text(50, y, "Description", "DV", 8, gray=0.4)
    for x, lab in ((400, "Qty"), (470, "Unit price"), (W_LT - 50, "Amount")):
        p.text(x, y, lab, "DV", 8, align="r", gray=0.4)
    c.line(50, y - 5, W_LT - 50, y - 5)
    y -= 20
    items = []
    for desc, period, qn, up in net_rows:
        amt = q(qn * up)
        p.text(50, y, desc, "DV", 9)
        p.text(50, y - 12, period, "DV", 8, gray=0.45)
        p.text(400, y, qty_s(qn), "DV", 9, align="r")
        p.text(470, y, f"€{fmt(up)}", "DV", 9, align="r")
        p.text(W_LT - 50, y, f"€{fmt(amt)}", "DV", 9, align="r")
        items.append(item(desc, qn, up, amt))
        y -= 32
    c.line(300, y + 12, W_LT - 50, y + 12)
    for lab, val, f in (
        ("Subtotal", f"€{fmt(net)}", "DV"),
        (f"VAT - Ireland (23% on €{fmt(net)})", f"€{fmt(vat)}", "DV"),
        ("Total", f"€{fmt(total)}", "DV"),
        ("Amount due", f"€{fmt(total)}", "DV-B"),
    ):
        p.text(310, y, lab, f, 9)
        p.text(W_LT - 50, y, val, f, 9, align="r")
        y -= 18
    p.text(
        50, 60, "Brightloop Analytics Ltd · Registered in Ireland No. 702215", "DV", 7.5, gray=0.45
    )
    p.text(50, 45, f"5C1A8F2E-0004 · €{fmt(total)} due March 5, 2026", "DV", 7.5, gray=0.45)
    p.text(W_LT - 50, 45, "Page 1 of 1", "DV", 7.5, align="r", gray=0.45)
    t = truth(
        number="5C1A8F2E-0004",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="en-IE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Stripe-style: hex-like invoice number, US-style written dates ('February 3, 2026') for an Irish company, amount due headline above the table, customer VAT number next to seller's.",
    )
    return p.pdf(), t, {"kind": "pdf"}


def i04(rng):
    """German small-business invoicing tool (lexoffice-like)."""
    p = Page(A4, "Rechnung RE-2026-0142")
    vendor = "Hofmann & Brandt Elektrotechnik GmbH"
    d, due = dt.date(2026, 2, 19), dt.date(2026, 3, 5)
    c = p.c
    # logo: lightning bolt in a square
    c.setFillColorRGB(0.95, 0.7, 0.05)
    c.rect(W_A4 - 200, H_A4 - 90, 40, 40, stroke=0, fill=1)
    c.setFillGray(0.1)
    path = c.beginPath()
    for i_, (px, py) in enumerate(
        [(18, 38), (8, 18), (18, 18), (12, 2), (32, 24), (21, 24), (28, 38)]
    ):
        (path.moveTo if i_ == 0 else path.lineTo)(W_A4 - 200 + px, H_A4 - 90 + py)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    p.text(W_A4 - 155, H_A4 - 68, "HOFMANN & BRANDT", "DV-B", 10)
    p.text(W_A4 - 155, H_A4 - 80, "Elektrotechnik", "DV", 8, gray=0.4)
    ytop = H_A4 - 140
    p.text(
        57,
        ytop,
        "Hofmann & Brandt Elektrotechnik GmbH · Karl-Heine-Str. 41 · 04229 Leipzig",
        "DV",
        6.5,
        gray=0.4,
    )
    c.setLineWidth(0.3)
    c.line(57, ytop - 3, 300, ytop - 3)
    for k, ln in enumerate(
        (
            "Kanzlei Seidel Rechtsanwälte PartG mbB",
            "Frau Katrin Seidel",
            "Gottschedstraße 12",
            "04109 Leipzig",
        )
    ):
        p.text(57, ytop - 18 - 12 * k, ln, "DV", 9.5)
    info = [
        ("Rechnungsnr.", "RE-2026-0142"),
        ("Kundennr.", "10087"),
        ("Rechnungsdatum", "19.02.2026"),
        ("Leistungszeitraum", "02.02.2026 – 13.02.2026"),
        ("Ihr Ansprechpartner", "Jonas Brandt"),
        ("Telefon", "0341 4927 310"),
    ]
    yy = ytop
    for lab, val in info:
        p.text(335, yy, lab, "DV", 8.5, gray=0.35)
        p.text(W_A4 - 57, yy, val, "DV", 8.5, align="r")
        yy -= 13
    y = ytop - 120
    p.text(57, y, "Rechnung Nr. RE-2026-0142", "DV-B", 14)
    y -= 24
    y = p.para(
        57,
        y,
        "Sehr geehrte Frau Seidel,\nvielen Dank für Ihren Auftrag. Vereinbarungsgemäß berechnen wir Ihnen hiermit folgende Leistungen:",
        "DV",
        9.5,
        width=480,
        lead=13,
    )
    y -= 6
    rows_def = [
        ("Elektroinstallation 2. OG, Arbeitszeit Geselle", D("31.5"), "Std.", D("58.00")),
        ("Arbeitszeit Meister", D(6), "Std.", D("72.00")),
        ("Unterputzdose Ø 68 mm, tief", D(42), "Stk.", D("1.35")),
        ("NYM-J 3x1,5 mm², Ring 100 m", D(3), "Ring", D("64.90")),
        ("LED-Panel 62x62 cm, 4000 K, 36 W", D(14), "Stk.", D("48.50")),
        ("Anfahrtspauschale", D(5), "pausch.", D("28.00")),
    ]
    rows, items, net = [], [], ZERO
    for k, (desc, qn, unit, up) in enumerate(rows_def, 1):
        amt = q(qn * up)
        net += amt
        rows.append(
            (str(k), desc, fmt(qn, "de", 2), unit, fmt(up, "de") + " €", fmt(amt, "de") + " €")
        )
        items.append(item(desc, qn, up, amt))
    cols = [
        ("Pos.", 30, "l"),
        ("Bezeichnung", 222, "l"),
        ("Menge", 48, "r"),
        ("Einheit", 46, "l"),
        ("Einzelpreis", 70, "r"),
        ("Gesamtpreis", 70, "r"),
    ]
    y = p.table(57, y, cols, rows, "DV", 8.3, lead=16, hfont="DV-B", hsize=8.3, grid="rows")
    vat = vat_of(net, 19)
    total = net + vat
    y -= 10
    for lab, val, f in (
        ("Gesamtbetrag netto", fmt(net, "de") + " €", "DV"),
        ("zzgl. Umsatzsteuer 19 %", fmt(vat, "de") + " €", "DV"),
        ("Gesamtbetrag brutto", fmt(total, "de") + " €", "DV-B"),
    ):
        p.text(360, y, lab, f, 9)
        p.text(W_A4 - 57, y, val, f, 9, align="r")
        y -= 15
    c.line(360, y + 27, W_A4 - 57, y + 27)
    y -= 10
    skonto = q(total * D("0.02"))
    y = p.para(
        57,
        y,
        f"Zahlungsbedingungen: Zahlbar ohne Abzug bis zum 05.03.2026. Bei Zahlung bis zum 26.02.2026 gewähren wir 2 % Skonto ({fmt(skonto, 'de')} €).",
        "DV",
        9,
        width=480,
        lead=12,
    )
    y -= 6
    p.para(57, y, "Mit freundlichen Grüßen\nJonas Brandt", "DV", 9, width=480, lead=12)
    # footer
    c.setLineWidth(0.4)
    c.line(57, 78, W_A4 - 57, 78)
    foot = [
        [
            "Hofmann & Brandt Elektrotechnik GmbH",
            "Karl-Heine-Str. 41",
            "04229 Leipzig",
            "info@hb-elektro.de",
        ],
        [
            "Geschäftsführer: Jonas Brandt,",
            "Stefan Hofmann",
            "Amtsgericht Leipzig HRB 38812",
            "USt-IdNr.: DE318452907",
        ],
        [
            "Sparkasse Leipzig",
            "IBAN DE44 8605 5592 1090 2215 44",
            "BIC WELADE8LXXX",
            "Steuernr.: 231/115/04496",
        ],
    ]
    for ci, col in enumerate(foot):
        for k, ln in enumerate(col):
            p.text(57 + ci * 170, 68 - 9 * k, ln, "DV", 6.6, gray=0.35)
    t = truth(
        number="RE-2026-0142",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="lexoffice-style: sender line above address window, info block with Rechnungsnr./Kundennr./Leistungszeitraum (a date range besides the invoice date), Skonto amount in the terms must not be read as a total; due date only in 'Zahlbar ohne Abzug bis'.",
    )
    return p.pdf(), t, {"kind": "pdf"}


def i05(rng):
    """French invoicing tool facture (scanned into an image-only PDF)."""
    p = Page(A4, "Facture F2026-0087")
    vendor = "Menuiserie Vasseur SARL"
    d, due = dt.date(2026, 2, 11), dt.date(2026, 3, 13)
    c = p.c
    c.setFillColorRGB(0.55, 0.33, 0.15)
    c.rect(50, H_A4 - 95, 8, 45, stroke=0, fill=1)
    p.text(66, H_A4 - 72, "MENUISERIE VASSEUR", "DVS-B", 17, color=(0.55, 0.33, 0.15))
    p.text(66, H_A4 - 88, "Agencement · Escaliers · Parquets", "DVS-I", 9, gray=0.3)
    y = H_A4 - 115
    for ln in (
        "Menuiserie Vasseur SARL",
        "17 rue des Tanneurs",
        "69007 Lyon",
        "Tél. 04 78 61 22 90",
        "contact@menuiserie-vasseur.fr",
    ):
        p.text(50, y, ln, "DV", 8.5)
        y -= 11
    c.setLineWidth(0.7)
    c.rect(330, H_A4 - 205, 215, 75, stroke=1, fill=0)
    for k, ln in enumerate(
        ("M. et Mme Girard", "Résidence Les Platanes, bât. B", "8 avenue Berthelot", "69007 Lyon")
    ):
        p.text(340, H_A4 - 145 - 13 * k, ln, "DV", 9.5)
    y = H_A4 - 240
    p.text(50, y, "FACTURE N° F2026-0087", "DV-B", 14)
    y -= 20
    for lab, val in (
        ("Date :", "11/02/2026"),
        ("Échéance :", "13/03/2026"),
        ("Réf. devis :", "D2025-0231 du 02/12/2025"),
        ("Chantier :", "Pose placards et parquet séjour"),
    ):
        p.text(50, y, lab, "DV-B", 9)
        p.text(125, y, val, "DV", 9)
        y -= 13
    y -= 10
    rows_def = [
        ("Placard sur mesure 3 portes coulissantes chêne", D(1), D("2180.00"), 10),
        ("Parquet chêne massif 14 mm, fourniture (m²)", D("27.5"), D("54.00"), 10),
        ("Pose parquet collé, ponçage, vitrification (m²)", D("27.5"), D("38.00"), 10),
        ("Plinthes chêne 70 mm (ml)", D(24), D("9.80"), 10),
        ("Évacuation déchets, benne", D(1), D("120.00"), 20),
    ]
    rows, items = [], []
    base = {10: ZERO, 20: ZERO}
    for desc, qn, up, r in rows_def:
        amt = q(qn * up)
        base[r] += amt
        rows.append((desc, fmt(qn, "fr", 2), fmt(up, "fr"), f"{r} %", fmt(amt, "fr")))
        items.append(item(desc, qn, up, amt))
    cols = [
        ("Désignation", 235, "l"),
        ("Qté", 45, "r"),
        ("P.U. HT", 70, "r"),
        ("TVA", 40, "r"),
        ("Total HT", 105, "r"),
    ]
    y = p.table(
        50,
        y,
        cols,
        rows,
        "DV",
        8.5,
        lead=18,
        hfont="DV-B",
        hsize=8.5,
        hfill=(0.93, 0.9, 0.86),
        grid="full",
    )
    net = base[10] + base[20]
    v10, v20 = vat_of(base[10], 10), vat_of(base[20], 20)
    vat = v10 + v20
    total = net + vat
    y -= 18
    tb = [
        ("Total HT", fmt(net, "fr") + " €"),
        ("TVA 10 % (base " + fmt(base[10], "fr") + ")", fmt(v10, "fr") + " €"),
        ("TVA 20 % (base " + fmt(base[20], "fr") + ")", fmt(v20, "fr") + " €"),
        ("Total TTC", fmt(total, "fr") + " €"),
    ]
    for lab, val in tb:
        p.text(300, y, lab, "DV", 9)
        p.text(545, y, val, "DV", 9, align="r")
        y -= 14
    c.setFillColorRGB(0.93, 0.9, 0.86)
    c.rect(295, y - 8, 255, 22, stroke=0, fill=1)
    c.setFillGray(0)
    p.text(300, y, "NET À PAYER", "DV-B", 11)
    p.text(545, y, fmt(total, "fr") + " €", "DV-B", 11, align="r")
    y -= 34
    y = p.para(
        50,
        y,
        "TVA au taux réduit de 10 % : travaux d'amélioration dans un logement achevé depuis plus de deux ans (attestation client jointe). Règlement par virement à 30 jours. Pas d'escompte pour paiement anticipé. En cas de retard, pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 €.",
        "DV",
        7.5,
        width=495,
        lead=10,
    )
    y -= 8
    p.text(50, y, "IBAN FR76 1027 8073 1200 0204 5110 148 — BIC CMCIFR2A", "DVM", 8)
    foot = "SARL au capital de 8 000 € · SIRET 512 348 967 00021 · RCS Lyon B 512 348 967 · APE 1623Z · TVA intracom. FR 47 512348967"
    p.text(W_A4 / 2, 40, foot, "DV", 6.8, align="c", gray=0.35)
    t = truth(
        number="F2026-0087",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="French facture scanned into an image-only PDF: two TVA rates (10 % renovation + 20 %), narrow-space thousands and decimal comma, 'Net à payer' equals Total TTC, quote (devis) reference and date next to the invoice date.",
    )
    return (
        p.pdf(),
        t,
        {
            "kind": "scan",
            "ext": "pdf",
            "dpi": 200,
            "grey": True,
            "skew": 0.8,
            "blur": 0.7,
            "noise": 6,
            "specks": 60,
            "size": A4,
        },
    )


def i06(rng):
    """Spanish freelancer invoicing tool with IRPF withholding."""
    p = Page(A4, "Factura 2026/018")
    vendor = "Laura Martín Ortega"
    d, due = dt.date(2026, 2, 6), dt.date(2026, 3, 8)
    c = p.c
    teal = (0.05, 0.5, 0.5)
    c.setFillColorRGB(*teal)
    c.rect(0, H_A4 - 18, W_A4, 18, stroke=0, fill=1)
    p.text(50, H_A4 - 65, "Laura Martín", "DV-B", 18, color=teal)
    p.text(50, H_A4 - 80, "Diseño gráfico y editorial", "DV", 9, gray=0.35)
    p.text(W_A4 - 50, H_A4 - 60, "FACTURA", "DV-B", 20, align="r", gray=0.25)
    y = H_A4 - 120
    p.text(50, y, "EMISOR", "DV-B", 7.5, color=teal)
    p.text(300, y, "CLIENTE", "DV-B", 7.5, color=teal)
    em = [
        "Laura Martín Ortega",
        "NIF: 47382915K",
        "C/ de Sant Pere Més Alt, 22, 3º 1ª",
        "08003 Barcelona",
        "hola@lauramartin.studio",
    ]
    cl = [
        "Ediciones Albero, S.L.",
        "CIF: B65123874",
        "Av. Diagonal 411, planta 5",
        "08008 Barcelona",
    ]
    for k, ln in enumerate(em):
        p.text(50, y - 14 - 12 * k, ln, "DV", 9)
    for k, ln in enumerate(cl):
        p.text(300, y - 14 - 12 * k, ln, "DV", 9)
    y -= 90
    c.setFillColorRGB(0.93, 0.97, 0.97)
    c.rect(50, y - 32, W_A4 - 100, 38, stroke=0, fill=1)
    for k, (lab, val) in enumerate(
        (
            ("Nº factura", "2026/018"),
            ("Fecha de expedición", "06/02/2026"),
            ("Fecha de vencimiento", "08/03/2026"),
            ("Forma de pago", "Transferencia"),
        )
    ):
        p.text(58 + 124 * k, y - 8, lab, "DV", 7.5, gray=0.4)
        p.text(58 + 124 * k, y - 22, val, "DV-B", 9)
    y -= 55
    rows_def = [
        ("Maquetación colección 'Mar de fondo' (3 títulos)", D(3), D("520.00")),
        ("Diseño de cubierta", D(3), D("180.00")),
        ("Corrección de pruebas (horas)", D(8), D("35.00")),
        ("Adaptación a ePub", D(1), D("150.00")),
    ]
    rows, items, net = [], [], ZERO
    for desc, qn, up in rows_def:
        amt = q(qn * up)
        net += amt
        rows.append((desc, qty_s(qn), fmt(up, "de") + " €", fmt(amt, "de") + " €"))
        items.append(item(desc, qn, up, amt))
    cols = [("Concepto", 280, "l"), ("Cant.", 50, "r"), ("Precio", 80, "r"), ("Importe", 85, "r")]
    y = p.table(
        50,
        y,
        cols,
        rows,
        "DV",
        9,
        lead=19,
        hfont="DV-B",
        hsize=8.5,
        hcolor=(1, 1, 1),
        hfill=teal,
        grid="rows",
    )
    iva = vat_of(net, 21)
    irpf = vat_of(net, 15)
    total = net + iva - irpf
    y -= 16
    for lab, val, f in (
        ("Base imponible", fmt(net, "de") + " €", "DV"),
        ("IVA 21%", fmt(iva, "de") + " €", "DV"),
        ("Retención IRPF 15%", "-" + fmt(irpf, "de") + " €", "DV"),
        ("TOTAL FACTURA", fmt(total, "de") + " €", "DV-B"),
    ):
        p.text(330, y, lab, f, 9.5)
        p.text(W_A4 - 55, y, val, f, 9.5, align="r")
        y -= 16
    y -= 20
    y = p.para(
        50,
        y,
        "Pago mediante transferencia bancaria a la cuenta ES91 2100 0418 4502 0005 1332 (CaixaBank) antes de la fecha de vencimiento, indicando el número de factura.",
        "DV",
        8.5,
        width=495,
    )
    p.text(
        W_A4 / 2,
        35,
        "Factura emitida por Laura Martín Ortega · NIF 47382915K · Inscrita en el RETA",
        "DV",
        7,
        align="c",
        gray=0.45,
    )
    t = truth(
        number="2026/018",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=iva - irpf,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=f"Spanish autónomo invoice: IVA 21 % {fmt(iva, 'de')} minus retención IRPF 15 % {fmt(irpf, 'de')}; vat keyed as the net tax (IVA - IRPF) so amount + vat = TOTAL FACTURA; seller is a natural person; dots as thousands.",
        vat_breakdown={"IVA 21%": s2(iva), "IRPF -15%": s2(-irpf)},
    )
    return p.pdf(), t, {"kind": "pdf"}


def i07(rng):
    """Swedish ledger invoice (Fortnox-like) with OCR reference and öresavrundning."""
    p = Page(A4, "Faktura 4512")
    vendor = "Norrsken Bygg & Måleri AB"
    d, due = dt.date(2026, 2, 16), dt.date(2026, 3, 18)
    c = p.c
    p.text(50, H_A4 - 60, "NORRSKEN", "DV-B", 20, color=(0.1, 0.25, 0.45))
    p.text(50, H_A4 - 74, "Bygg & Måleri", "DV", 10, color=(0.1, 0.25, 0.45))
    p.text(W_A4 - 50, H_A4 - 55, "Faktura", "DV-B", 16, align="r")
    p.text(W_A4 - 50, H_A4 - 70, "Sida 1 (1)", "DV", 8, align="r")
    y = H_A4 - 110
    meta = [
        ("Fakturadatum", "2026-02-16"),
        ("Fakturanummer", "4512"),
        ("Kundnummer", "1033"),
        ("OCR", "451203"),
    ]
    for k, (lab, val) in enumerate(meta):
        p.text(330 + (k % 2) * 110, y - (k // 2) * 26, lab, "DV", 7, gray=0.4)
        p.text(330 + (k % 2) * 110, y - (k // 2) * 26 - 10, val, "DV", 9)
    for k, ln in enumerate(
        (
            "Bostadsrättsföreningen Tallbacken",
            "c/o Nordiska Förvaltning AB",
            "Box 712",
            "901 09 Umeå",
        )
    ):
        p.text(330, y - 70 - 12 * k, ln, "DV", 9.5)
    y -= 150
    refs = [
        ("Er referens", "Per Lindqvist"),
        ("Vår referens", "Annika Holm"),
        ("Betalningsvillkor", "30 dagar"),
        ("Förfallodatum", "2026-03-18"),
        ("Dröjsmålsränta", "8,00 %"),
    ]
    for k, (lab, val) in enumerate(refs):
        p.text(50, y - 12 * k, lab, "DV", 8, gray=0.4)
        p.text(150, y - 12 * k, val, "DV", 8.5)
    y -= 80
    rows_def = [
        ("1201", "Målning trapphus, arbete", D(46), "tim", D("465.00")),
        ("3104", "Väggfärg Helmatt 10 l", D(7), "st", D("589.00")),
        ("3120", "Spackel och slipmaterial", D(1), "st", D("742.50")),
        ("1250", "Ställningshyra", D(4), "dag", D("312.00")),
    ]
    rows, items, net = [], [], ZERO
    for art, desc, qn, unit, up in rows_def:
        amt = q(qn * up)
        net += amt
        rows.append((art, desc, fmt(qn, "sp", 2), unit, fmt(up, "sp"), fmt(amt, "sp")))
        items.append(item(desc, qn, up, amt))
    cols = [
        ("Artikelnr", 55, "l"),
        ("Benämning", 200, "l"),
        ("Antal", 55, "r"),
        ("Enhet", 40, "l"),
        ("À-pris", 70, "r"),
        ("Belopp", 75, "r"),
    ]
    y = p.table(50, y, cols, rows, "DV", 8.5, lead=16, hfont="DV-B", hsize=8, grid=None)
    c.line(50, y - 4, W_A4 - 50, y - 4)
    vat = vat_of(net, 25)
    gross = net + vat
    total = q0(gross)
    rnd = total - gross
    y -= 30
    heads = ["Exkl. moms", "Moms 25 %", "Öresavrundning", "Att betala SEK"]
    vals = [fmt(net, "sp"), fmt(vat, "sp"), fmt(rnd, "sp"), fmt(total, "sp")]
    for k, (hh, vv) in enumerate(zip(heads, vals, strict=False)):
        x = 50 + k * 125
        p.text(x + 120, y, hh, "DV", 7.5, align="r", gray=0.4)
        p.text(x + 120, y - 14, vv, "DV-B" if k == 3 else "DV", 10 if k == 3 else 9, align="r")
    c.setLineWidth(1)
    c.rect(50, y - 24, W_A4 - 100, 38, stroke=1, fill=0)
    y -= 50
    p.text(50, y, "Godkänd för F-skatt. Vid betalning, ange OCR-nummer 451203.", "DV", 8.5)
    c.line(50, 85, W_A4 - 50, 85)
    foot = [
        ("Adress", "Norrsken Bygg & Måleri AB", "Förrådsvägen 9", "903 39 Umeå"),
        ("Telefon", "090-12 44 80", "E-post", "faktura@norrskenbygg.se"),
        ("Bankgiro", "5050-1055", "Org.nr", "556677-8899"),
        ("Momsreg.nr", "SE556677889901", "Innehar F-skattsedel", ""),
    ]
    for ci, col in enumerate(foot):
        for k, ln in enumerate(col):
            if ln:
                p.text(
                    50 + ci * 128,
                    74 - 9 * k,
                    ln,
                    "DV-B" if (k in (0, 2) and ci != 0) or k == 0 else "DV",
                    6.8,
                    gray=0.3,
                )
    t = truth(
        number="4512",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="SEK",
        locale="sv-SE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=f"Fortnox-style: ISO dates, OCR reference next to the invoice number, totals in a boxed row with Öresavrundning {fmt(rnd, 'sp')} (rounding to whole kronor), currency only in 'Att betala SEK'.",
        rounding=rnd,
    )
    return p.pdf(), t, {"kind": "pdf"}


def i08(rng):
    """Indian GST tax invoice (Tally-like), scanned grey PNG."""
    p = Page(A4, "Tax Invoice")
    vendor = "Shree Ganesh Steel Traders"
    d = dt.date(2026, 2, 14)
    c = p.c
    L, R = 36, W_A4 - 36
    top = H_A4 - 40
    p.text(W_A4 / 2, top + 8, "Tax Invoice", "DV-B", 12, align="c")
    c.setLineWidth(0.7)
    mid = 300
    y = top
    # seller box + right info grid
    seller = [
        vendor,
        "Plot 27, MIDC Bhosari",
        "Pune - 411026",
        "GSTIN/UIN: 27AAKFS4821M1Z5",
        "State Name : Maharashtra, Code : 27",
        "E-Mail : accounts@ganeshsteel.in",
    ]
    for k, ln in enumerate(seller):
        p.text(L + 4, y - 12 - 10.5 * k, ln, "DV-B" if k == 0 else "DV", 8 if k else 9)
    grid = [
        ("Invoice No.", "GST/25-26/1187", "Dated", "14-Feb-2026"),
        ("Delivery Note", "DN/1187", "Mode/Terms of Payment", "30 Days"),
        ("Reference No. & Date.", "", "Other References", "Rate contract RC-11"),
        ("Buyer's Order No.", "PO/KM/2025/884", "Dated", "06-Feb-2026"),
        ("Dispatch Doc No.", "LR 55821", "Delivery Note Date", "14-Feb-2026"),
        ("Dispatched through", "VRL Logistics", "Destination", "Chakan"),
    ]
    rh = 22
    for k, (a, av, b, bv) in enumerate(grid):
        yy = y - rh * k
        c.rect(mid, yy - rh, (R - mid) / 2, rh)
        c.rect(mid + (R - mid) / 2, yy - rh, (R - mid) / 2, rh)
        p.text(mid + 3, yy - 8, a, "DV", 6.5)
        p.text(mid + 3, yy - 18, av, "DV-B", 7.5)
        p.text(mid + (R - mid) / 2 + 3, yy - 8, b, "DV", 6.5)
        p.text(mid + (R - mid) / 2 + 3, yy - 18, bv, "DV-B", 7.5)
    yb = y - rh * len(grid)
    c.rect(L, yb, mid - L, y - yb)
    c.rect(mid, yb - 28, R - mid, 28)
    p.text(mid + 3, yb - 8, "Terms of Delivery", "DV", 6.5)
    p.text(mid + 3, yb - 19, "Door delivery, freight paid", "DV", 7.5)
    buyers = [
        (
            "Consignee (Ship to)",
            [
                "Kulkarni Machine Works Pvt Ltd",
                "Gat No. 212, Chakan Industrial Area",
                "Pune - 410501",
                "GSTIN/UIN: 27AADCK7730F1ZQ",
                "State Name : Maharashtra, Code : 27",
            ],
        ),
        (
            "Buyer (Bill to)",
            [
                "Kulkarni Machine Works Pvt Ltd",
                "Office 4, Shivaji Nagar",
                "Pune - 411005",
                "GSTIN/UIN: 27AADCK7730F1ZQ",
                "State Name : Maharashtra, Code : 27",
            ],
        ),
    ]
    yy = yb
    for title, lines in buyers:
        h = 12 + 10 * len(lines) + 4
        c.rect(L, yy - h, mid - L, h)
        p.text(L + 4, yy - 9, title, "DV", 6.5)
        for k, ln in enumerate(lines):
            p.text(L + 4, yy - 20 - 10 * k, ln, "DV-B" if k == 0 else "DV", 7.8 if k == 0 else 7.3)
        yy -= h
    c.rect(mid, yy, R - mid, yb - 28 - yy)
    y = yy
    rows_def = [
        ("MS Plate 10mm IS 2062 E250", "72085110", D("2.450"), "MT", D("58400.00")),
        ("MS Angle 50x50x6", "72162100", D("1.180"), "MT", D("61250.00")),
        ("MS Round Bar 32mm EN8", "72142090", D("0.860"), "MT", D("67900.00")),
        ("Cutting & Loading Charges", "998898", D(1), "Job", D("3500.00")),
    ]
    rows, items, net = [], [], ZERO
    hsn_tot: dict[str, Decimal] = {}
    for k, (desc, hsn, qn, unit, up) in enumerate(rows_def, 1):
        amt = q(qn * up)
        net += amt
        hsn_tot[hsn] = hsn_tot.get(hsn, ZERO) + amt
        qs = f"{qn:.3f} {unit}" if unit == "MT" else f"{qty_s(qn)} {unit}"
        rows.append((str(k), desc, hsn, qs, fmt(up, "in"), unit, fmt(amt, "in")))
        items.append(item(desc, qn, up, amt))
    cgst, sgst = vat_of(net, 9), vat_of(net, 9)
    gross = net + cgst + sgst
    total = q0(gross)
    rnd = total - gross
    rows += [
        ("", "", "", "", "", "", fmt(net, "in")),
        ("", "CGST @ 9%", "", "", "9 %", "", fmt(cgst, "in")),
        ("", "SGST @ 9%", "", "", "9 %", "", fmt(sgst, "in")),
        ("", "Round Off", "", "", "", "", fmt(rnd, "in", plus=False)),
    ]
    cols = [
        ("Sl\nNo.", 24, "c"),
        ("Description of Goods", 185, "l"),
        ("HSN/SAC", 55, "c"),
        ("Quantity", 62, "r"),
        ("Rate", 65, "r"),
        ("per", 30, "c"),
        ("Amount", R - L - 421, "r"),
    ]
    y = p.table(L, y, cols, rows, "DV", 7.6, lead=14, hfont="DV-B", hsize=7, grid="full")
    c.rect(L, y - 16, R - L, 16)
    p.text(L + 230, y - 11, "Total", "DV-B", 8.5)
    p.text(R - 4, y - 11, "₹ " + fmt(total, "in"), "DV-B", 9, align="r")
    y -= 16
    words = en_words_indian(int(total))
    c.rect(L, y - 30, R - L, 30)
    p.text(L + 4, y - 10, "Amount Chargeable (in words)", "DV", 6.8)
    p.text(R - 4, y - 10, "E. & O.E", "DV-I", 6.8, align="r")
    p.text(L + 4, y - 23, f"INR {words} Only", "DV-B", 8, maxw=R - L - 8)
    y -= 30
    hs = []
    for hsn, tv in hsn_tot.items():
        hs.append(
            (
                hsn,
                fmt(tv, "in"),
                "9%",
                fmt(vat_of(tv, 9), "in"),
                "9%",
                fmt(vat_of(tv, 9), "in"),
                fmt(2 * vat_of(tv, 9), "in"),
            )
        )
    if sum((2 * vat_of(tv, 9) for tv in hsn_tot.values()), ZERO) != cgst + sgst:
        raise AssertionError("i08 HSN summary does not add up")
    hs.append(
        ("Total", fmt(net, "in"), "", fmt(cgst, "in"), "", fmt(sgst, "in"), fmt(cgst + sgst, "in"))
    )
    hcols = [
        ("HSN/SAC", 95, "l"),
        ("Taxable\nValue", 90, "r"),
        ("Central\nRate", 50, "r"),
        ("Tax\nAmount", 75, "r"),
        ("State\nRate", 50, "r"),
        ("Tax\nAmount", 75, "r"),
        ("Total\nTax Amount", R - L - 435, "r"),
    ]
    y = p.table(L, y, hcols, hs, "DV", 7.3, lead=13, hfont="DV-B", hsize=6.8, grid="full")
    y -= 14
    p.text(
        L + 4,
        y,
        f"Tax Amount (in words) :  INR {en_words_indian(int(cgst + sgst))} and {int((cgst + sgst) % 1 * 100)} paise Only",
        "DV",
        7.3,
        maxw=R - L - 8,
    )
    y -= 16
    p.text(
        L + 4,
        y,
        "Company's Bank Details:  Bank of Maharashtra, A/c No. 60231145872, IFS Code MAHB0000412",
        "DV",
        7.3,
    )
    y -= 12
    p.text(L + 4, y, "Company's PAN : AAKFS4821M", "DV", 7.3)
    y -= 20
    c.rect(L, y - 56, R - L, 62)
    p.para(
        L + 4,
        y - 4,
        "Declaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.",
        "DV",
        6.8,
        width=250,
    )
    p.text(R - 6, y - 6, f"for {vendor}", "DV-B", 7.8, align="r")
    p.text(R - 6, y - 48, "Authorised Signatory", "DV", 7, align="r")
    p.text(W_A4 / 2, y - 70, "This is a Computer Generated Invoice", "DV", 6.8, align="c")
    t = truth(
        number="GST/25-26/1187",
        date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=cgst + sgst,
        total=total,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=f"Tally-style GST grid: many reference boxes (delivery note, buyer's order, dispatch doc) around the invoice number, CGST+SGST 9 % each, Round Off {fmt(rnd, 'in')}, lakh grouping, amount in words; terms '30 Days' but no due date printed.",
        rounding=rnd,
        vat_breakdown={"CGST 9%": s2(cgst), "SGST 9%": s2(sgst)},
    )
    return (
        p.pdf(),
        t,
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 200,
            "grey": True,
            "skew": -1.2,
            "blur": 0.6,
            "noise": 5,
            "specks": 50,
        },
    )


def i09(rng):
    """Belgian ERP credit note (Odoo-like) with several references."""
    p = Page(A4, "Creditnota RINV/2026/00018")
    vendor = "Vandersteen Kantoorinrichting BV"
    d = dt.date(2026, 2, 20)
    c = p.c
    purple = (0.44, 0.29, 0.43)
    c.setFillColorRGB(*purple)
    c.rect(50, H_A4 - 82, 30, 30, stroke=0, fill=1)
    p.text(65, H_A4 - 75, "V", "DV-B", 18, align="c", color=(1, 1, 1))
    p.text(88, H_A4 - 72, "vandersteen", "DV-B", 16, color=purple)
    y = H_A4 - 60
    for ln in (vendor, "Industrieweg 118", "9032 Gent", "België", "BTW: BE 0456.789.123"):
        p.text(W_A4 - 50, y, ln, "DV", 8, align="r")
        y -= 10
    c.setStrokeColorRGB(*purple)
    c.line(50, H_A4 - 118, W_A4 - 50, H_A4 - 118)
    c.setStrokeGray(0)
    y = H_A4 - 145
    for ln in (
        "Studio Lemaire & De Smet CommV",
        "Kortrijksesteenweg 1020",
        "9051 Gent",
        "België",
        "BTW: BE 0712.334.581",
    ):
        p.text(330, y, ln, "DV", 9)
        y -= 12
    y -= 25
    p.text(50, y, "Creditnota RINV/2026/00018", "DV", 18, color=purple)
    y -= 30
    fields = [
        ("Factuurdatum:", "20/02/2026"),
        ("Bron:", "S00871"),
        ("Referentie:", "INV/2026/00412"),
        ("Leveringsbon:", "WH/RET/00044"),
        ("Klantreferentie:", "PO-77812"),
    ]
    for k, (lab, val) in enumerate(fields):
        p.text(50 + k * 100, y, lab, "DV-B", 8)
        p.text(50 + k * 100, y - 12, val, "DV", 8.5)
    y -= 35
    rows_def = [
        ("[BUR-1600] Zit-sta bureau 160x80, eiken, elektrisch", D(2), D("689.00")),
        ("[STL-ERG2] Bureaustoel Ergo Plus, zwart", D(3), D("349.00")),
        ("[LVR] Levering en montage (retour)", D(1), D("85.00")),
    ]
    rows, items, net = [], [], ZERO
    for desc, qn, up in rows_def:
        amt = q(qn * up)
        net += amt
        rows.append((desc, f"{qn:.2f} Stuks", fmt(up, "de"), "21%", f"{fmt(amt, 'de')} €"))
        items.append(item(desc, -qn, up, -amt))
    cols = [
        ("Omschrijving", 235, "l"),
        ("Aantal", 70, "r"),
        ("Eenheidsprijs", 80, "r"),
        ("Btw", 35, "r"),
        ("Bedrag", 75, "r"),
    ]
    y = p.table(50, y, cols, rows, "DV", 8.5, lead=18, hfont="DV-B", hsize=8.5, grid="rows")
    vat = vat_of(net, 21)
    total = net + vat
    y -= 15
    for lab, val, f in (
        ("Totaal excl. btw", f"{fmt(net, 'de')} €", "DV"),
        ("Btw 21%", f"{fmt(vat, 'de')} €", "DV"),
        ("Totaal", f"{fmt(total, 'de')} €", "DV-B"),
    ):
        p.text(330, y, lab, f, 9)
        p.text(W_A4 - 55, y, val, f, 9, align="r")
        y -= 16
    y -= 20
    y = p.para(
        50,
        y,
        "Creditnota voor retour van 2 bureaus en 3 stoelen (levering WH/OUT/00391, bestelling S00871). Het bedrag wordt binnen 14 dagen teruggestort op uw rekening of verrekend met een volgende factuur. Gelieve bij communicatie de volgende mededeling te gebruiken: RINV/2026/00018",
        "DV",
        8.5,
        width=495,
    )
    c.line(50, 60, W_A4 - 50, 60)
    p.text(
        W_A4 / 2,
        48,
        "+32 9 225 41 70  ·  info@vandersteen.be  ·  www.vandersteen.be  ·  BTW BE 0456.789.123  ·  IBAN BE68 5390 0754 7034",
        "DV",
        7,
        align="c",
        gray=0.35,
    )
    p.text(W_A4 / 2, 36, "Pagina: 1 / 1", "DV", 7, align="c", gray=0.35)
    t = truth(
        number="RINV/2026/00018",
        date=d,
        due=None,
        vendor=vendor,
        amount=-net,
        vat=-vat,
        total=-total,
        currency="EUR",
        locale="nl-BE",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="Odoo-style credit note printed with POSITIVE amounts (keyed negative by convention); many references: Bron S00871 (order), Referentie INV/2026/00412 (original invoice), Leveringsbon WH/RET/00044, Klantreferentie PO-77812; no due date.",
    )
    return p.pdf(), t, {"kind": "pdf"}


def i10(rng):
    """Australian tax invoice / statement with previous balance and payments (MYOB-like), image-only PDF."""
    p = Page(A4, "Tax Invoice 00004817")
    vendor = "Coastal Plumbing & Gas Pty Ltd"
    d, due = dt.date(2026, 2, 27), dt.date(2026, 3, 13)
    c = p.c
    c.setFillColorRGB(0.0, 0.35, 0.6)
    c.rect(0, H_A4 - 100, W_A4, 100, stroke=0, fill=1)
    p.text(45, H_A4 - 50, "COASTAL PLUMBING & GAS", "DV-B", 18, color=(1, 1, 1))
    p.text(45, H_A4 - 68, vendor + "   ABN 51 824 753 556", "DV", 8.5, color=(1, 1, 1))
    p.text(
        45,
        H_A4 - 80,
        "7/31 Enterprise Drive, Tomago NSW 2322  ·  Lic. 231877C  ·  (02) 4964 1180",
        "DV",
        8,
        color=(1, 1, 1),
    )
    p.text(W_A4 - 45, H_A4 - 50, "TAX INVOICE / STATEMENT", "DV-B", 12, align="r", color=(1, 1, 1))
    y = H_A4 - 130
    for k, ln in enumerate(
        ("Bill to:", "Mr R & Mrs J Whitfield", "14 Shoal Bay Road", "Nelson Bay NSW 2315")
    ):
        p.text(45, y - 12 * k, ln, "DV-B" if k == 0 else "DV", 9)
    meta = [
        ("Invoice No.", "00004817"),
        ("Invoice Date", "27/02/2026"),
        ("Due Date", "13/03/2026"),
        ("Customer ID", "WHIT014"),
        ("Job", "J-2231 HWS replacement"),
    ]
    for k, (lab, val) in enumerate(meta):
        p.text(360, y - 12 * k, lab, "DV-B", 8.5)
        p.text(440, y - 12 * k, val, "DV", 8.5)
    y -= 80
    rows_def = [
        ("Supply 135L electric hot water system", D(1), D("1095.00")),
        ("Tempering valve 15mm", D(1), D("118.00")),
        ("Labour - remove old unit and install", D("3.5"), D("118.00")),
        ("Disposal of old unit", D(1), D("45.00")),
    ]
    rows, items, net = [], [], ZERO
    for desc, qn, up in rows_def:
        amt = q(qn * up)
        net += amt
        g = vat_of(amt, 10)
        rows.append((desc, qty_s(qn), fmt(up), fmt(g), fmt(amt + g)))
        items.append(item(desc, qn, up, amt))
    gst = sum((vat_of(q(a * b), 10) for _, a, b in rows_def), ZERO)
    if gst != vat_of(net, 10):
        raise AssertionError("i10 per-line GST")
    total = net + gst
    cols = [
        ("Description", 250, "l"),
        ("Qty", 40, "r"),
        ("Unit Price ex GST", 85, "r"),
        ("GST", 55, "r"),
        ("Amount inc GST", 75, "r"),
    ]
    y = p.table(
        45,
        y,
        cols,
        rows,
        "DV",
        8.5,
        lead=18,
        hfont="DV-B",
        hsize=7.5,
        hfill=(0.85, 0.92, 0.97),
        grid="rows",
    )
    y -= 14
    for lab, val, f in (
        ("Subtotal (ex GST)", fmt(net), "DV"),
        ("GST", fmt(gst), "DV"),
        ("Total this invoice (inc GST)", fmt(total), "DV-B"),
    ):
        p.text(320, y, lab, f, 9)
        p.text(W_A4 - 50, y, "$" + val, f, 9, align="r")
        y -= 15
    y -= 15
    prev, paid = D("1180.00"), D("680.00")
    due_all = prev - paid + total
    c.setLineWidth(0.8)
    c.rect(45, y - 70, W_A4 - 90, 78, stroke=1, fill=0)
    p.text(55, y - 6, "ACCOUNT SUMMARY", "DV-B", 9)
    summ = [
        ("Previous balance", fmt(prev)),
        ("Payments received - thank you", "-" + fmt(paid)),
        ("Overdue", fmt(prev - paid)),
        ("This invoice", fmt(total)),
    ]
    for k, (lab, val) in enumerate(summ):
        p.text(55 + (k % 2) * 250, y - 24 - (k // 2) * 14, lab, "DV", 8.5)
        p.text(55 + (k % 2) * 250 + 200, y - 24 - (k // 2) * 14, "$" + val, "DV", 8.5, align="r")
    p.text(305, y - 60, "TOTAL AMOUNT DUE", "DV-B", 10)
    p.text(W_A4 - 55, y - 60, "$" + fmt(due_all), "DV-B", 12, align="r")
    y -= 100
    c.setDash(4, 3)
    c.line(30, y, W_A4 - 30, y)
    c.setDash()
    y -= 20
    p.text(45, y, "HOW TO PAY", "DV-B", 9)
    c.rect(45, y - 58, 120, 48)
    p.text(52, y - 22, "BPAY", "DV-B", 14, color=(0.0, 0.2, 0.45))
    p.text(52, y - 36, "Biller Code: 221378", "DV", 8)
    p.text(52, y - 48, "Ref: 0000481709", "DV", 8)
    p.text(185, y - 22, "EFT: BSB 062-548  Account 1042 7781", "DV", 8.5)
    p.text(185, y - 36, "Reference: 00004817", "DV", 8.5)
    p.text(185, y - 50, "Card: call (02) 4964 1180 (1.2% surcharge applies)", "DV", 8.5)
    t = truth(
        number="00004817",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=gst,
        total=total,
        currency="AUD",
        locale="en-AU",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=f"Statement-style invoice scanned into image-only PDF: total keyed as this invoice ${fmt(total)}, NOT the account 'TOTAL AMOUNT DUE' ${fmt(due_all)} that adds an overdue previous balance; GST per line; BPAY reference differs from invoice number.",
    )
    return (
        p.pdf(),
        t,
        {
            "kind": "scan",
            "ext": "pdf",
            "dpi": 170,
            "grey": False,
            "skew": -0.6,
            "blur": 0.5,
            "noise": 4,
            "specks": 30,
            "size": A4,
        },
    )


def i11(rng):
    """Italian telecom bill: summary page plus detail pages."""
    p = Page(A4, "Fattura A2026/0311588")
    vendor = "Aurora Telecomunicazioni S.p.A."
    d, due = dt.date(2026, 2, 5), dt.date(2026, 2, 25)
    c = p.c
    orange = (0.93, 0.42, 0.05)
    c.setFillColorRGB(*orange)
    c.circle(70, H_A4 - 60, 18, stroke=0, fill=1)
    c.setFillGray(1)
    c.circle(70, H_A4 - 60, 9, stroke=0, fill=1)
    p.text(95, H_A4 - 66, "aurora", "DV-B", 22, color=orange)
    p.text(W_A4 - 50, H_A4 - 55, "Fattura n. A2026/0311588 del 05/02/2026", "DV-B", 9.5, align="r")
    p.text(W_A4 - 50, H_A4 - 68, "Codice cliente 1.20873341", "DV", 8.5, align="r")
    p.text(W_A4 - 50, H_A4 - 80, "Numero linea 06 5550 1927", "DV", 8.5, align="r")
    y = H_A4 - 130
    for k, ln in enumerate(("Sig.ra Chiara Benedetti", "Via Tiburtina 512", "00159 Roma RM")):
        p.text(330, y - 13 * k, ln, "DV", 9.5)
    y -= 70
    comps = [
        ("Canoni e abbonamenti", D("27.86")),
        ("Traffico extra soglia", D("2.48")),
        ("Servizi aggiuntivi (Aurora TV Sport)", D("4.91")),
        ("Noleggio modem", D("2.46")),
        ("Sconto fedeltà", D("-3.00")),
    ]
    net = sum((v for _, v in comps), ZERO)
    vat = vat_of(net, 22)
    total = net + vat
    c.setFillColorRGB(1.0, 0.95, 0.9)
    c.roundRect(50, y - 95, W_A4 - 100, 100, 8, stroke=0, fill=1)
    c.setFillGray(0)
    p.text(65, y - 18, "Totale da pagare", "DV", 11)
    p.text(65, y - 48, f"€ {fmt(total, 'de')}", "DV-B", 26, color=orange)
    p.text(320, y - 18, "Scadenza", "DV", 11)
    p.text(320, y - 40, "25/02/2026", "DV-B", 16)
    p.text(65, y - 75, "Periodo di fatturazione: 01/01/2026 - 31/01/2026", "DV", 8.5)
    p.text(320, y - 75, "Addebito diretto SEPA su IBAN IT** **** 3291", "DV", 8.5)
    y -= 130
    p.text(50, y, "Riepilogo importi", "DV-B", 12)
    y -= 8
    rows = [(lab, fmt(v, "de")) for lab, v in comps]
    y = p.table(
        50,
        y,
        [("Voce", 380, "l"), ("Importo (€)", W_A4 - 100 - 380, "r")],
        rows,
        "DV",
        9,
        lead=18,
        hfont="DV-B",
        hsize=8.5,
        grid="rows",
    )
    y -= 6
    for lab, val, f in (
        ("Totale imponibile", fmt(net, "de"), "DV"),
        ("IVA 22%", fmt(vat, "de"), "DV"),
        ("Totale fattura", fmt(total, "de"), "DV-B"),
    ):
        p.text(60, y - 10, lab, f, 9.5)
        p.text(W_A4 - 53, y - 10, val, f, 9.5, align="r")
        y -= 17
    y -= 20
    p.para(
        50,
        y,
        "Il dettaglio dei costi e del traffico è riportato nelle pagine seguenti. Per informazioni chiama il 187 900 o visita aurora.it/assistenza. Conserva questo documento per 10 anni ai fini fiscali.",
        "DV",
        8,
        width=495,
    )
    p.text(
        W_A4 / 2,
        55,
        "Aurora Telecomunicazioni S.p.A. · Via Ostiense 131/L · 00154 Roma · P.IVA 09876543210 · Cap. Soc. € 120.000.000 i.v. · REA RM-1198221",
        "DV",
        6.5,
        align="c",
        gray=0.4,
    )
    p.text(W_A4 - 50, 40, "Pagina 1 di 3", "DV", 7, align="r", gray=0.4)
    # page 2: details
    p.new_page()
    p.text(50, H_A4 - 55, "Dettaglio costi - Fattura A2026/0311588", "DV-B", 11)
    det = [
        ("Aurora Fibra 2.5 Giga - canone mensile", "01/01-31/01", D("22.94")),
        ("Opzione Chiamate Illimitate", "01/01-31/01", D("4.92")),
        ("Aurora TV Sport", "01/01-31/01", D("4.91")),
        ("Noleggio modem Aurora Hub+ (rata 14 di 48)", "01/01-31/01", D("2.46")),
        ("Traffico verso cellulari oltre soglia", "gennaio", D("2.48")),
        ("Sconto fedeltà 24 mesi", "gennaio", D("-3.00")),
    ]
    if sum((v for *_, v in det), ZERO) != net:
        raise AssertionError("i11 detail")
    rows = [(a, b, fmt(v, "de")) for a, b, v in det]
    y = p.table(
        50,
        H_A4 - 70,
        [("Descrizione", 300, "l"), ("Periodo", 90, "l"), ("Importo €", 105, "r")],
        rows,
        "DV",
        8.5,
        lead=17,
        hfont="DV-B",
        hsize=8.5,
        grid="rows",
    )
    p.text(50, y - 20, f"Totale imponibile € {fmt(net, 'de')}", "DV-B", 9)
    y -= 50
    p.text(50, y, "Dettaglio traffico (chiamate oltre soglia)", "DV-B", 10)
    trows = []
    r2 = random.Random(7)
    for k in range(12):
        day = 3 + k * 2
        trows.append(
            (
                f"{day:02d}/01/2026",
                f"{8 + k % 10:02d}:{r2.randint(0, 59):02d}",
                f"3{r2.randint(10, 99)} {r2.randint(100, 999)}****",
                f"{r2.randint(1, 14)}:{r2.randint(0, 59):02d}",
                "0,19" if k != 11 else "0,39",
            )
        )
    p.table(
        50,
        y - 6,
        [
            ("Data", 70, "l"),
            ("Ora", 50, "l"),
            ("Numero chiamato", 150, "l"),
            ("Durata", 60, "r"),
            ("Costo €", 60, "r"),
        ],
        trows,
        "DVM",
        8,
        lead=13,
        hfont="DV-B",
        hsize=8,
    )
    p.text(W_A4 - 50, 40, "Pagina 2 di 3", "DV", 7, align="r", gray=0.4)
    # page 3: legal info
    p.new_page()
    p.text(50, H_A4 - 55, "Informazioni utili", "DV-B", 11)
    legal = "Ai sensi della Delibera 252/16/CONS si informa che la fatturazione avviene su base mensile. In caso di ritardato pagamento verranno applicati gli interessi di mora nella misura prevista dalle Condizioni Generali di Contratto. La fattura elettronica è stata trasmessa al Sistema di Interscambio; il presente documento è una copia di cortesia. Per reclami: Aurora Telecomunicazioni, Casella Postale 2026, 00100 Roma."
    p.para(50, H_A4 - 75, legal, "DV", 8.5, width=495, lead=11)
    p.text(W_A4 - 50, 40, "Pagina 3 di 3", "DV", 7, align="r", gray=0.4)
    items = [item(a, 1, v, v) for a, _, v in det]
    t = truth(
        number="A2026/0311588",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Telecom bill, 3 pages: big 'Totale da pagare' box on page 1, customer code and line number near the invoice number, negative loyalty discount line, billing period dates besides issue date; call-detail costs on page 2 are not totals.",
    )
    return p.pdf(), t, {"kind": "pdf"}


def i12(rng):
    """Polish marketplace seller invoice (sold by / fulfilled by), gross prices."""
    p = Page(A4, "Faktura VAT FV/2026/02/0457")
    vendor = "Domowe Zakątki Sp. z o.o."
    d = dt.date(2026, 2, 9)
    c = p.c
    p.text(50, H_A4 - 60, "Faktura VAT", "DV-B", 18)
    p.text(50, H_A4 - 78, "nr FV/2026/02/0457", "DV", 11)
    p.text(W_A4 - 50, H_A4 - 55, "kupiec.pl", "DV-B", 16, align="r", color=(0.85, 0.1, 0.2))
    p.text(W_A4 - 50, H_A4 - 68, "marketplace", "DV", 8, align="r", gray=0.4)
    y = H_A4 - 110
    for lab, val in (
        ("Data wystawienia:", "09.02.2026"),
        ("Data sprzedaży:", "07.02.2026"),
        ("Numer zamówienia:", "302-8841927-5530211"),
        ("Sposób płatności:", "Płatność online (BLIK)"),
    ):
        p.text(50, y, lab, "DV", 8.5, gray=0.35)
        p.text(160, y, val, "DV", 8.5)
        y -= 12
    y -= 12
    p.text(50, y, "Sprzedawca", "DV-B", 9)
    p.text(310, y, "Nabywca", "DV-B", 9)
    sel = [vendor, "ul. Składowa 14", "61-897 Poznań", "NIP: 7792487315"]
    buy = ["Marta Wiśniewska", "ul. Grochowska 221/17", "04-077 Warszawa"]
    for k, ln in enumerate(sel):
        p.text(50, y - 13 * (k + 1), ln, "DV", 9)
    for k, ln in enumerate(buy):
        p.text(310, y - 13 * (k + 1), ln, "DV", 9)
    y -= 72
    c.setFillColorRGB(0.97, 0.95, 0.95)
    c.rect(50, y - 26, W_A4 - 100, 30, stroke=0, fill=1)
    p.text(58, y - 8, f"Sprzedane przez: {vendor}", "DV", 8.5)
    p.text(
        58,
        y - 20,
        "Wysyłka realizowana przez: Kupiec Logistyka Sp. z o.o. (magazyn Łódź)",
        "DV",
        8.5,
    )
    y -= 40
    rows_def = [
        ("Lampa stołowa LUNA, ceramiczna, biała", D(1), D("189.99"), 23),
        ("Poduszka dekoracyjna len 45x45 cm", D(2), D("44.50"), 23),
        ("Książka: Skandynawskie wnętrza (album)", D(1), D("79.90"), 5),
        ("Wysyłka", D(1), D("12.99"), 23),
    ]
    rows, items = [], []
    by_rate: dict[int, list[Decimal]] = {}
    for k, (desc, qn, gross_u, r) in enumerate(rows_def, 1):
        g = q(qn * gross_u)
        v = vat_in(g, r)
        n = g - v
        acc = by_rate.setdefault(r, [ZERO, ZERO, ZERO])
        acc[0] += n
        acc[1] += v
        acc[2] += g
        rows.append(
            (
                str(k),
                desc,
                qty_s(qn),
                fmt(gross_u, "sp"),
                f"{r}%",
                fmt(n, "sp"),
                fmt(v, "sp"),
                fmt(g, "sp"),
            )
        )
        items.append(item(desc, qn, gross_u, g))
    cols = [
        ("Lp.", 22, "l"),
        ("Nazwa", 178, "l"),
        ("Ilość", 30, "r"),
        ("Cena jedn.\nbrutto", 55, "r"),
        ("Stawka\nVAT", 38, "r"),
        ("Wartość\nnetto", 55, "r"),
        ("Kwota\nVAT", 50, "r"),
        ("Wartość\nbrutto", 67, "r"),
    ]
    y = p.table(
        50,
        y,
        cols,
        rows,
        "DV",
        8,
        lead=16,
        hfont="DV-B",
        hsize=7.5,
        hfill=(0.92, 0.92, 0.92),
        grid="full",
    )
    net = sum((a[0] for a in by_rate.values()), ZERO)
    vat = sum((a[1] for a in by_rate.values()), ZERO)
    total = sum((a[2] for a in by_rate.values()), ZERO)
    y -= 14
    srows = [
        (f"{r}%", fmt(a[0], "sp"), fmt(a[1], "sp"), fmt(a[2], "sp"))
        for r, a in sorted(by_rate.items(), reverse=True)
    ]
    srows.append(("Razem", fmt(net, "sp"), fmt(vat, "sp"), fmt(total, "sp")))
    y = p.table(
        283,
        y,
        [("Stawka", 50, "l"), ("Netto", 65, "r"), ("VAT", 55, "r"), ("Brutto", 92, "r")],
        srows,
        "DV",
        8.5,
        lead=15,
        hfont="DV-B",
        hsize=8,
        grid="full",
    )
    y -= 20
    p.text(283, y, "Razem do zapłaty:", "DV-B", 10)
    p.text(W_A4 - 52, y, f"{fmt(total, 'sp')} zł", "DV-B", 10, align="r")
    y -= 14
    p.text(283, y, "Zapłacono:", "DV", 9)
    p.text(W_A4 - 52, y, f"{fmt(total, 'sp')} zł", "DV", 9, align="r")
    y -= 13
    p.text(283, y, "Pozostało do zapłaty:", "DV", 9)
    p.text(W_A4 - 52, y, "0,00 zł", "DV", 9, align="r")
    p.text(
        50,
        60,
        "Faktura wystawiona w imieniu sprzedawcy przez platformę kupiec.pl. Reklamacje kieruj do sprzedawcy.",
        "DV",
        7,
        gray=0.4,
    )
    p.text(
        50,
        48,
        "Domowe Zakątki Sp. z o.o., KRS 0000781244, Sąd Rejonowy Poznań – Nowe Miasto i Wilda, kapitał zakładowy 50 000 zł",
        "DV",
        7,
        gray=0.4,
    )
    t = truth(
        number="FV/2026/02/0457",
        date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Marketplace invoice: seller (sold by) is not the marketplace brand nor the fulfilment company; gross unit prices, two VAT rates (23 % and 5 %) with a summary table; paid, 'Pozostało do zapłaty 0,00 zł' must not be read as total; order number next to invoice number.",
    )
    return p.pdf(), t, {"kind": "pdf"}


def i13(rng):
    """US hosting/cloud invoice in USD to an Austrian customer, reverse charge, 2 pages."""
    p = Page(letter, "Invoice 4471028-93")
    vendor = "Nimbusfield Cloud, Inc."
    d = dt.date(2026, 3, 1)
    c = p.c
    blue = (0.0, 0.4, 0.95)
    c.setFillColorRGB(*blue)
    for k in range(3):
        c.circle(62 + k * 9, H_LT - 58 + (k % 2) * 6, 8, stroke=0, fill=1)
    p.text(92, H_LT - 64, "nimbusfield", "DV-B", 18, color=blue)
    p.text(W_LT - 50, H_LT - 55, "Invoice", "DV-B", 16, align="r")
    y = H_LT - 110
    for lab, val in (
        ("Invoice number", "4471028-93"),
        ("Date of issue", "March 1, 2026"),
        ("Billing period", "Feb 1 – Feb 28, 2026"),
        ("Payment", "Charged to Visa •••• 4242 on March 1, 2026"),
    ):
        p.text(50, y, lab, "DV", 8.5, gray=0.4)
        p.text(150, y, val, "DV", 8.5)
        y -= 13
    y -= 15
    p.text(50, y, "From", "DV-B", 8.5)
    p.text(320, y, "Bill to", "DV-B", 8.5)
    fr = [
        vendor,
        "101 Avenue of the Americas, 10th Fl",
        "New York, NY 10013",
        "United States",
        "EIN 46-3912270",
    ]
    to = [
        "Kaltenbrunner Software GmbH",
        "Mariahilfer Straße 88/4",
        "1070 Wien",
        "Austria",
        "UID ATU71234509",
    ]
    for k in range(5):
        p.text(50, y - 12 * (k + 1), fr[k], "DV", 8.5)
        p.text(320, y - 12 * (k + 1), to[k], "DV", 8.5)
    y -= 90
    prods = [
        ("Droplets", D("412.80")),
        ("Volumes Block Storage", D("86.40")),
        ("Managed Databases", D("360.00")),
        ("Spaces Object Storage", D("25.00")),
        ("Load Balancers", D("72.00")),
        ("Bandwidth overage", D("11.62")),
    ]
    sub = sum((v for _, v in prods), ZERO)
    credit = D("-50.00")
    net = sub + credit
    vat = ZERO
    total = net + vat
    p.text(50, y, "Summary", "DV-B", 11)
    y -= 6
    rows = [(a, "$" + fmt(v)) for a, v in prods]
    y = p.table(
        50,
        y,
        [("Product", 380, "l"), ("Amount (USD)", W_LT - 100 - 380, "r")],
        rows,
        "DV",
        9,
        lead=17,
        hfont="DV-B",
        hsize=8.5,
        grid="rows",
    )
    y -= 8
    for lab, val, f in (
        ("Subtotal", "$" + fmt(sub), "DV"),
        ("Promotional credit (STARTUP-2026)", "-$" + fmt(-credit), "DV"),
        ("VAT 0% (reverse charge)", "$" + fmt(vat), "DV"),
        ("Total", "$" + fmt(total), "DV-B"),
        ("Amount paid", "$" + fmt(total), "DV"),
        ("Amount due", "$0.00", "DV"),
    ):
        p.text(300, y - 10, lab, f, 9)
        p.text(W_LT - 52, y - 10, val, f, 9, align="r")
        y -= 16
    y -= 20
    y = p.para(
        50,
        y,
        "Reverse charge: the supply is subject to VAT in the customer's Member State. VAT to be accounted for by the recipient under Article 196 of Council Directive 2006/112/EC. Nimbusfield EU VAT OSS number EU372019845.",
        "DV",
        8,
        width=W_LT - 100,
    )
    p.text(W_LT - 50, 40, "Page 1 of 2", "DV", 7, align="r", gray=0.4)
    p.new_page()
    p.text(50, H_LT - 55, "Usage details — 4471028-93", "DV-B", 11)
    det = [
        ("Droplets", "web-prod-01  s-4vcpu-8gb  fra1", "672 h", D("32.00")),
        ("Droplets", "web-prod-02  s-4vcpu-8gb  fra1", "672 h", D("32.00")),
        ("Droplets", "worker-01  c-8  fra1", "672 h", D("168.00")),
        ("Droplets", "staging-01  s-2vcpu-4gb  ams3", "672 h", D("24.00")),
        ("Droplets", "ci-runner  c-16  fra1 (partial)", "350 h", D("156.80")),
        ("Volumes Block Storage", "db-backups 500 GiB", "672 h", D("50.00")),
        ("Volumes Block Storage", "uploads 364 GiB", "672 h", D("36.40")),
        ("Managed Databases", "pg-main  db-s-4vcpu-8gb  HA", "672 h", D("360.00")),
        ("Spaces Object Storage", "kaltenbrunner-assets", "1 mo", D("25.00")),
        ("Load Balancers", "lb-fra1-prod (2 nodes)", "672 h", D("72.00")),
        ("Bandwidth overage", "1,162 GiB at $0.01", "", D("11.62")),
    ]
    if sum((v for *_, v in det), ZERO) != sub:
        raise AssertionError("i13 detail")
    rows = [(a, b, cc, "$" + fmt(v)) for a, b, cc, v in det]
    p.table(
        50,
        H_LT - 70,
        [
            ("Product", 130, "l"),
            ("Resource", 230, "l"),
            ("Usage", 60, "r"),
            ("Amount", W_LT - 100 - 420, "r"),
        ],
        rows,
        "DV",
        8,
        lead=15,
        hfont="DV-B",
        hsize=8,
        grid="rows",
    )
    p.text(W_LT - 50, 40, "Page 2 of 2", "DV", 7, align="r", gray=0.4)
    items = [item(f"{a}: {b}", 1, v, v) for a, b, _, v in det]
    items.append(item("Promotional credit (STARTUP-2026)", 1, credit, credit))
    t = truth(
        number="4471028-93",
        date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="US cloud invoice to an Austrian company: USD, VAT 0 % reverse charge (vat keyed 0.00 as printed), promotional credit reduces the subtotal, paid by card so 'Amount due $0.00'; 2 pages with usage detail; customer VAT id besides seller EIN.",
    )
    return p.pdf(), t, {"kind": "pdf"}


def i14(rng):
    """Swiss SME tool invoice with QR-bill on page 2, CHF, MWST 8.1 %, 5-Rappen rounding."""
    p = Page(A4, "Rechnung RE-00347")
    vendor = "Alpwerk Grafik & Druck GmbH"
    d, due = dt.date(2026, 2, 24), dt.date(2026, 3, 26)
    c = p.c
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.rect(50, H_A4 - 80, 26, 26, stroke=0, fill=1)
    c.setFillGray(1)
    c.rect(60, H_A4 - 76, 6, 18, stroke=0, fill=1)
    c.rect(54, H_A4 - 70, 18, 6, stroke=0, fill=1)
    p.text(84, H_A4 - 74, "alpwerk", "DV-B", 20)
    y = H_A4 - 60
    for ln in (vendor, "Baselstrasse 44", "6003 Luzern", "CHE-218.334.950 MWST"):
        p.text(W_A4 - 50, y, ln, "DV", 8, align="r")
        y -= 10
    y = H_A4 - 150
    for k, ln in enumerate(
        ("Bäckerei Zwyssig AG", "Herr Marco Zwyssig", "Hauptgasse 7", "6370 Stans")
    ):
        p.text(330, y - 13 * k, ln, "DV", 9.5)
    y -= 80
    p.text(50, y, "Rechnung RE-00347", "DV-B", 15)
    y -= 22
    for lab, val in (
        ("Rechnungsdatum", "24.02.2026"),
        ("Zahlbar bis", "26.03.2026"),
        ("Kunden-Nr.", "K-1182"),
        ("Projekt", "Neuauftritt 2026"),
    ):
        p.text(50, y, lab, "DV", 8.5, gray=0.4)
        p.text(160, y, val, "DV", 8.5)
        y -= 12
    y -= 10
    rows_def = [
        ("Logo-Überarbeitung und Styleguide", D(1), D("1850.00")),
        ("Verpackungsdesign Brotbeutel (3 Varianten)", D(3), D("420.00")),
        ("Druck Brotbeutel 2-farbig", D(5000), D("0.183")),
        ("Gestaltung Ladenbeschriftung, Stunden", D("7.5"), D("135.00")),
    ]
    rows, items, sub = [], [], ZERO
    for k, (desc, qn, up) in enumerate(rows_def, 1):
        amt = q(qn * up)
        sub += amt
        ups = fmt(up, "ch", 3) if up < 1 else fmt(up, "ch")
        rows.append((str(k), desc, fmt(qn, "ch", 2), ups, fmt(amt, "ch")))
        items.append(item(desc, qn, up, amt) | {"unit_price": f"{up}"})
    cols = [
        ("Pos", 28, "l"),
        ("Beschreibung", 247, "l"),
        ("Anzahl", 60, "r"),
        ("Preis", 70, "r"),
        ("Total CHF", 90, "r"),
    ]
    y = p.table(50, y, cols, rows, "DV", 8.5, lead=17, hfont="DV-B", hsize=8.5, grid="rows")
    disc = -q(sub * D("0.05"))
    net = sub + disc
    vat = vat_of(net, D("8.1"))
    gross = net + vat
    total = (gross / D("0.05")).quantize(D(1), ROUND_HALF_UP) * D("0.05")
    total = q(total)
    rnd = total - gross
    y -= 12
    for lab, val, f in (
        ("Zwischentotal", fmt(sub, "ch"), "DV"),
        ("Rabatt 5 %", fmt(disc, "ch"), "DV"),
        ("Total exkl. MWST", fmt(net, "ch"), "DV"),
        ("MWST 8.1 %", fmt(vat, "ch"), "DV"),
        ("Rundungsdifferenz", fmt(rnd, "ch"), "DV"),
        ("Total CHF", fmt(total, "ch"), "DV-B"),
    ):
        p.text(330, y, lab, f, 9)
        p.text(W_A4 - 55, y, val, f, 9, align="r")
        y -= 15
    y -= 15
    p.para(
        50,
        y,
        "Zahlbar innert 30 Tagen mit dem Einzahlungsschein auf der nächsten Seite. Besten Dank für den Auftrag!",
        "DV",
        9,
        width=495,
    )
    p.text(W_A4 - 50, 40, "Seite 1/2", "DV", 7, align="r", gray=0.4)
    # page 2: QR-bill
    p.new_page()
    p.text(50, H_A4 - 60, "Rechnung RE-00347 · Zahlteil", "DV", 9, gray=0.4)
    top = 105 * mm
    c.setDash(2, 2)
    c.line(0, top, W_A4, top)
    c.line(62 * mm, 0, 62 * mm, top)
    c.setDash()
    x1 = 5 * mm
    yy = top - 12 * mm
    p.text(x1, yy, "Empfangsschein", "DV-B", 11)
    yy -= 16
    rec = [
        (
            "Konto / Zahlbar an",
            ["CH44 3199 9123 0008 8901 2", vendor, "Baselstrasse 44", "6003 Luzern"],
        ),
        ("Referenz", ["21 00000 00003 13947 14300 09017"]),
        ("Zahlbar durch", ["Bäckerei Zwyssig AG", "Hauptgasse 7", "6370 Stans"]),
    ]
    for lab, lines in rec:
        p.text(x1, yy, lab, "DV-B", 6)
        yy -= 9
        for ln in lines:
            p.text(x1, yy, ln, "DV", 7.2, maxw=54 * mm)
            yy -= 9
        yy -= 5
    p.text(x1, 32 * mm, "Währung", "DV-B", 6)
    p.text(x1 + 16 * mm, 32 * mm, "Betrag", "DV-B", 6)
    p.text(x1, 28 * mm, "CHF", "DV", 8)
    p.text(x1 + 16 * mm, 28 * mm, fmt(total, "ch").replace("'", " "), "DV", 8)
    p.text(57 * mm, 16 * mm, "Annahmestelle", "DV-B", 6, align="r")
    x2 = 67 * mm
    p.text(x2, top - 12 * mm, "Zahlteil", "DV-B", 11)
    qr_box(c, x2, top - 66 * mm, 46 * mm, random.Random(347), n=33, cross=True)
    p.text(x2, 32 * mm, "Währung", "DV-B", 7)
    p.text(x2 + 17 * mm, 32 * mm, "Betrag", "DV-B", 7)
    p.text(x2, 27 * mm, "CHF", "DV", 9)
    p.text(x2 + 17 * mm, 27 * mm, fmt(total, "ch").replace("'", " "), "DV", 9)
    x3 = 118 * mm
    yy = top - 12 * mm
    for lab, lines in [*rec, ("Zusätzliche Informationen", ["Rechnung RE-00347 vom 24.02.2026"])]:
        p.text(x3, yy, lab, "DV-B", 7)
        yy -= 10
        for ln in lines:
            p.text(x3, yy, ln, "DV", 8.5, maxw=W_A4 - x3 - 5 * mm)
            yy -= 10.5
        yy -= 6
    items.append(item("Rabatt 5 %", 1, disc, disc))
    t = truth(
        number="RE-00347",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="CHF",
        locale="de-CH",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=f"Swiss invoice, 2 pages: apostrophe thousands, 5 % Rabatt line, MWST 8.1 %, Rundungsdifferenz {fmt(rnd, 'ch')} to 5 Rappen; page 2 is a QR-bill (Empfangsschein + Zahlteil) with a QR reference and amounts with space thousands; unit price 0.183 with 3 decimals.",
        rounding=rnd,
    )
    return p.pdf(), t, {"kind": "pdf"}


def i15(rng):
    """Mexican CFDI 4.0 printed representation, photographed."""
    p = Page(letter, "CFDI A-15873")
    vendor = "Distribuidora Ferretera del Bajío, S.A. de C.V."
    d = dt.date(2026, 2, 12)
    c = p.c
    c.setFillColorRGB(0.1, 0.3, 0.2)
    c.rect(40, H_LT - 95, 60, 55, stroke=0, fill=1)
    p.text(70, H_LT - 75, "DFB", "DV-B", 16, align="c", color=(1, 1, 1))
    y = H_LT - 50
    p.text(110, y, vendor, "DV-B", 10)
    for ln in (
        "RFC: DFB080312K47",
        "Régimen fiscal: 601 General de Ley Personas Morales",
        "Blvd. Adolfo López Mateos 2110 Ote., Col. Jardines de Jerez",
        "León, Guanajuato, C.P. 37530",
    ):
        y -= 11
        p.text(110, y, ln, "DV", 7.5)
    bx = 420
    c.setLineWidth(0.8)
    c.rect(bx, H_LT - 112, W_LT - 40 - bx, 72)
    p.text((bx + W_LT - 40) / 2, H_LT - 54, "FACTURA", "DV-B", 11, align="c")
    for k, (lab, val) in enumerate(
        (
            ("Serie y folio:", "A-15873"),
            ("Fecha:", "2026-02-12T10:41:27"),
            ("Lugar exp.:", "37530"),
            ("Tipo:", "I - Ingreso"),
        )
    ):
        p.text(bx + 5, H_LT - 68 - 11 * k, lab, "DV-B", 7)
        p.text(bx + 58, H_LT - 68 - 11 * k, val, "DV", 7)
    y = H_LT - 130
    c.rect(40, y - 56, W_LT - 80, 56)
    p.text(46, y - 11, "Receptor:", "DV-B", 7.5)
    p.text(100, y - 11, "CONSTRUCTORA LOS OLIVOS SA DE CV", "DV", 7.5)
    p.text(46, y - 23, "RFC:", "DV-B", 7.5)
    p.text(100, y - 23, "COL150722MX3", "DV", 7.5)
    p.text(46, y - 35, "Uso CFDI:", "DV-B", 7.5)
    p.text(100, y - 35, "G03 Gastos en general", "DV", 7.5)
    p.text(46, y - 47, "Domicilio fiscal:", "DV-B", 7.5)
    p.text(120, y - 47, "37160   Régimen: 601", "DV", 7.5)
    p.text(330, y - 11, "Folio fiscal (UUID):", "DV-B", 7.5)
    p.text(330, y - 23, "6F3C2A91-4B7D-4E0A-9C21-8D5E3B7A1F64", "DVM", 7.2)
    p.text(330, y - 35, "Método de pago: PPD Pago en parcialidades o diferido", "DV", 7)
    p.text(330, y - 47, "Forma de pago: 99 Por definir   Moneda: MXN", "DV", 7)
    y -= 70
    rows_def = [
        ("H87", "31161700", "Tornillo hexagonal 3/8 x 2 galv. (caja 100)", D(12), D("389.50")),
        ("H87", "27111700", "Llave de impacto inalámbrica 20V", D(2), D("3149.00")),
        ("KGM", "30102200", "Alambre recocido cal. 16", D(75), D("38.90")),
        ("H87", "31201500", "Cinta de aislar 19 mm x 20 m", D(40), D("17.25")),
        ("E48", "78101800", "Flete a obra", D(1), D("850.00")),
    ]
    rows, items, net = [], [], ZERO
    for cu, cp, desc, qn, up in rows_def:
        amt = q(qn * up)
        net += amt
        rows.append((qty_s(qn), cu, cp, desc, fmt(up), fmt(amt)))
        items.append(item(desc, qn, up, amt))
    cols = [
        ("Cant.", 38, "r"),
        ("Unidad", 40, "c"),
        ("Clave SAT", 55, "c"),
        ("Descripción", 225, "l"),
        ("Valor unitario", 85, "r"),
        ("Importe", W_LT - 80 - 443, "r"),
    ]
    y = p.table(
        40,
        y,
        cols,
        rows,
        "DV",
        7.6,
        lead=15,
        hfont="DV-B",
        hsize=7.2,
        hfill=(0.85, 0.9, 0.87),
        grid="full",
    )
    iva = vat_of(net, 16)
    total = net + iva
    y -= 14
    cents = int((total * 100) % 100)
    words = f"{es_words(int(total)).upper()} PESOS {cents:02d}/100 M.N."
    p.para(40, y, "Importe con letra: " + words, "DV", 7.5, width=300)
    for lab, val, f in (
        ("Subtotal", fmt(net), "DV"),
        ("IVA Trasladado 16%", fmt(iva), "DV"),
        ("Total", fmt(total), "DV-B"),
    ):
        p.text(470, y, lab, f, 8.5, align="r")
        p.text(W_LT - 42, y, "$ " + val, f, 8.5, align="r")
        y -= 14
    y -= 20
    qr_box(c, 40, y - 100, 100, random.Random(15873))
    sello = "".join(
        random.Random(2).choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        for _ in range(360)
    )
    yy = y
    for lab in ("Sello digital del CFDI:", "Sello del SAT:"):
        p.text(155, yy, lab, "DV-B", 6.5)
        yy -= 8
        for k in range(0, 360, 90):
            p.text(155, yy, sello[k : k + 90], "DVM", 5.2)
            yy -= 7
        yy -= 3
    p.text(
        155,
        yy,
        "No. de serie del certificado SAT: 00001000000509846663   Fecha de certificación: 2026-02-12T10:41:33",
        "DV",
        6,
    )
    p.text(
        W_LT / 2,
        40,
        "Este documento es una representación impresa de un CFDI",
        "DV-B",
        7,
        align="c",
    )
    t = truth(
        number="A-15873",
        date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=iva,
        total=total,
        currency="MXN",
        locale="es-MX",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="CFDI printout photographed: 'Serie y folio A-15873' is the number, the UUID folio fiscal is not; ISO datetime; SAT unit/product keys in columns; amount in words; sello digital gibberish; '$' means MXN.",
    )
    return (
        p.pdf(),
        t,
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 220,
            "long_side": 2200,
            "quality": 78,
            "bg": "wood",
            "fold": True,
            "shadow": True,
            "jitter": 0.025,
        },
    )


def i16(rng):
    """Quebec invoice from an online invoicing app (Wave-like), French, GST+QST, photographed."""
    p = Page(letter, "Facture 0312")
    vendor = "Atelier Boréal Design inc."
    d, due = dt.date(2026, 2, 18), dt.date(2026, 3, 20)
    c = p.c
    navy = (0.12, 0.16, 0.35)
    p.text(50, H_LT - 70, "FACTURE", "DV-B", 26, color=navy)
    p.text(W_LT - 50, H_LT - 55, vendor, "DV-B", 11, align="r")
    y = H_LT - 68
    for ln in (
        "5333, avenue Casgrain, bureau 804",
        "Montréal (Québec) H2T 1X3",
        "514 555-0138 · atelierboreal.ca",
    ):
        p.text(W_LT - 50, y, ln, "DV", 8.5, align="r")
        y -= 11
    c.setStrokeColorRGB(*navy)
    c.setLineWidth(2)
    c.line(50, H_LT - 110, W_LT - 50, H_LT - 110)
    y = H_LT - 135
    p.text(50, y, "FACTURER À", "DV-B", 8, gray=0.4)
    for k, ln in enumerate(
        (
            "Fromagerie des Cantons SENC",
            "Julie Tremblay",
            "112, rue Principale",
            "Sutton (Québec) J0E 2K0",
        )
    ):
        p.text(50, y - 13 * (k + 1), ln, "DV", 9.5)
    for k, (lab, _val) in enumerate(
        (
            ("Numéro de facture :", "0312"),
            ("Numéro de bon de commande :", "FC-2026-07"),
            ("Date de facture :", "2026-02-18"),
            ("Échéance du paiement :", "2026-03-20"),
            ("Montant dû (CAD) :", None),
        )
    ):
        p.text(440, y - 13 * k, lab, "DV-B", 8.5, align="r")
    rows_def = [
        ("Refonte de l'étiquette - Tomme des Cantons", D(1), D("1200.00")),
        ("Déclinaisons (4 formats)", D(4), D("185.00")),
        ("Séance photo produits (heures)", D(5), D("110.00")),
        ("Épreuves couleur", D(6), D("12.50")),
    ]
    net = sum((q(a * b) for _, a, b in rows_def), ZERO)
    tps = vat_of(net, 5)
    tvq = vat_of(net, D("9.975"))
    total = net + tps + tvq
    for k, val in enumerate(
        ("0312", "FC-2026-07", "2026-02-18", "2026-03-20", f"{fmt(total, 'fr')} $")
    ):
        p.text(448, y - 13 * k, val, "DV-B" if k == 4 else "DV", 8.5)
    y -= 90
    rows, items = [], []
    for desc, qn, up in rows_def:
        amt = q(qn * up)
        rows.append((desc, qty_s(qn), f"{fmt(up, 'fr')} $", f"{fmt(amt, 'fr')} $"))
        items.append(item(desc, qn, up, amt))
    cols = [
        ("Articles", 270, "l"),
        ("Quantité", 60, "r"),
        ("Prix", 90, "r"),
        ("Montant", W_LT - 100 - 420, "r"),
    ]
    y = p.table(
        50,
        y,
        cols,
        rows,
        "DV",
        9,
        lead=20,
        hfont="DV-B",
        hsize=8.5,
        hcolor=(1, 1, 1),
        hfill=navy,
        grid="rows",
    )
    y -= 14
    for lab, val, f in (
        ("Sous-total :", net, "DV"),
        ("TPS 5 % (824913557 RT0001) :", tps, "DV"),
        ("TVQ 9,975 % (1224589031 TQ0001) :", tvq, "DV"),
        ("Total :", total, "DV-B"),
    ):
        p.text(450, y, lab, f, 9, align="r")
        p.text(W_LT - 55, y, f"{fmt(val, 'fr')} $", f, 9, align="r")
        y -= 16
    c.setLineWidth(0.8)
    c.line(300, y + 8, W_LT - 50, y + 8)
    p.text(450, y - 8, "Montant dû (CAD) :", "DV-B", 10, align="r")
    p.text(W_LT - 55, y - 8, f"{fmt(total, 'fr')} $", "DV-B", 10, align="r")
    y -= 45
    p.text(50, y, "Notes / Conditions", "DV-B", 9)
    p.para(
        50,
        y - 14,
        "Paiement par virement Interac à comptes@atelierboreal.ca ou par carte via le lien de paiement en ligne. Net 30 jours. Merci de votre confiance!",
        "DV",
        8.5,
        width=400,
    )
    t = truth(
        number="0312",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=tps + tvq,
        total=total,
        currency="CAD",
        locale="fr-CA",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Quebec invoice photographed: two taxes TPS 5 % + TVQ 9.975 % (vat = sum), tax registration numbers inside the tax labels, French number format with '$' after the amount, ISO dates, PO number next to invoice number.",
        vat_breakdown={"TPS": s2(tps), "TVQ": s2(tvq)},
    )
    return (
        p.pdf(),
        t,
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 220,
            "long_side": 2000,
            "quality": 70,
            "bg": "desk",
            "fold": False,
            "shadow": True,
            "jitter": 0.03,
        },
    )


# =========================================================================== receipts


def classes(lines, rates):
    """lines: (code, gross). Returns {code: (gross, vat, net)} for tax-inclusive prices."""
    out = {}
    for code, g in lines:
        out[code] = out.get(code, ZERO) + g
    return {k: (g, vat_in(g, rates[k]), g - vat_in(g, rates[k])) for k, g in sorted(out.items())}


def r01(rng):
    """Austrian supermarket till: VAT classes A/B/C, loyalty savings, RKSV QR."""
    r = Roll(80, 42)
    vendor = "Alpenmarkt Handels GmbH"
    d = dt.date(2026, 2, 21)
    r.c("ALPENMARKT", bold=True, scale=2.0)
    r.c("Alpenmarkt Handels GmbH")
    r.c("Filiale 1142 Graz-Lend")
    r.c("Lendplatz 28, 8020 Graz")
    r.c("UID: ATU63819247")
    r.gap()
    rates = {"A": D(10), "B": D(20), "C": D(13)}
    goods = [
        ("Vollmilch 3,5% 1l", 2, D("1.49"), "A", None),
        ("Bio Roggenbrot 500g", 1, D("2.99"), "A", None),
        ("Emmentaler gerieben 200g", 1, D("2.79"), "A", "-0.56"),
        ("Äpfel Gala lose", 1, D("3.12"), "A", None),
        ("Kaffee Crema 1kg Bohne", 1, D("15.99"), "A", "-3.20"),
        ("Spülmittel Zitrone 500ml", 2, D("1.29"), "B", None),
        ("Müllbeutel 60l 20St", 1, D("3.49"), "B", None),
        ("Mineralwasser prickelnd 1,5l", 6, D("0.55"), "B", None),
        ("Pfand Flasche", 6, D("0.25"), "P", None),
        ("Tulpen Bund 10St", 1, D("6.99"), "C", "-1.00"),
    ]
    rates["P"] = D(0)
    r.lr("", "EUR")
    lines, items, saved = [], [], ZERO
    for desc, n, up, code, disc in goods:
        amt = q(n * up)
        if n > 1:
            r.line(desc)
            r.lr(f"  {n} x {fmt(up, 'nogc')}", f"{fmt(amt, 'nogc')} {code}")
        else:
            r.lr(desc, f"{fmt(amt, 'nogc')} {code}")
        lines.append((code, amt))
        items.append(item(desc, n, up, amt))
        if disc:
            dd = D(disc)
            r.lr("  jö Rabatt", f"{fmt(dd, 'nogc')} {code}")
            lines.append((code, dd))
            items.append(item("jö Rabatt", 1, dd, dd))
            saved -= dd
    cl = classes(lines, rates)
    total = sum((g for g, _, _ in cl.values()), ZERO)
    vat = sum((v for _, v, _ in cl.values()), ZERO)
    net = total - vat
    r.rule()
    r.lr("SUMME", f"EUR {fmt(total, 'nogc')}", bold=True, scale=1.0)
    r.rule("=")
    r.lr("Bankomat", fmt(total, "nogc"))
    r.gap()
    r.line("MwSt    Netto    Steuer    Brutto")
    for k, (g, v, n) in cl.items():
        if rates[k] == 0:
            r.line(f"{k}  0%  {fmt(n, 'nogc'):>6}  {fmt(v, 'nogc'):>7}  {fmt(g, 'nogc'):>8}")
        else:
            r.line(
                f"{k} {int(rates[k]):>2}%  {fmt(n, 'nogc'):>6}  {fmt(v, 'nogc'):>7}  {fmt(g, 'nogc'):>8}"
            )
    r.line(f"Summe  {fmt(net, 'nogc'):>6}  {fmt(vat, 'nogc'):>7}  {fmt(total, 'nogc'):>8}")
    r.gap()
    r.c(f"Mit jö haben Sie heute EUR {fmt(saved, 'nogc')} gespart!", bold=True)
    r.c("jö Kartennr. ****8831  Ös: 64")
    r.gap()
    r.line("21.02.2026 17:43   Kasse 03   Bon 0187")
    r.line("Beleg-Nr.: 1142-03-0187  Kass.: 41")
    r.line("Kassen-ID: AM1142-K03")
    r.shape(30, lambda p, y0, h: qr_box(p.c, r.w / 2 - h / 2, y0, h, random.Random(1142)))
    r.c("Danke für Ihren Einkauf!")
    pdf = r.render("Bon 0187")
    t = truth(
        number="1142-03-0187",
        date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Austrian supermarket: VAT class letters A 10 % / B 20 % / C 13 % plus deposit (Pfand, 0 %), negative loyalty discount lines, 'gespart' savings amount is not a total, VAT table with Netto/Steuer/Brutto, RKSV QR code; vat = sum over classes.",
    )
    return (
        pdf,
        t,
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 240,
            "grey": True,
            "skew": 1.4,
            "blur": 0.7,
            "noise": 5,
            "specks": 25,
            "fade": True,
        },
    )


def r02(rng):
    """Danish fuel station receipt: pump, litres x price, moms included."""
    r = Roll(80, 40)
    vendor = "Nordbrand Energi A/S"
    d = dt.date(2026, 2, 17)
    r.c("NORDBRAND", bold=True, scale=2.0)
    r.c("Nordbrand Aarhus Syd")
    r.c("Skanderborgvej 221, 8260 Viby J")
    r.c("Nordbrand Energi A/S  CVR 31 45 88 20")
    r.gap()
    r.lr("Kvittering nr.", "238815")
    r.lr("17-02-2026", "07:52")
    r.rule()
    litres, price = D("41.37"), D("14.29")
    fuel = q(litres * price)
    r.line("Stander 4  Blyfri 95 E10")
    r.lr(f"  {fmt(litres, 'nogc')} L x {fmt(price, 'nogc')} kr/L", fmt(fuel, "nogc"))
    coffee = D("32.00")
    r.lr("Kaffe stor to-go", fmt(coffee, "nogc"))
    wash = D("89.00")
    r.lr("Vask Premium", fmt(wash, "nogc"))
    rabat = D("-20.00")
    r.lr("  Vaskeklub rabat", fmt(rabat, "nogc"))
    total = fuel + coffee + wash + rabat
    vat = vat_in(total, 25)
    r.rule()
    r.lr("TOTAL DKK", fmt(total, "nogc"), bold=True, scale=1.0)
    r.gap()
    r.lr("Heraf moms 25%", fmt(vat, "nogc"))
    r.lr("Beløb ekskl. moms", fmt(total - vat, "nogc"))
    r.rule()
    r.line("DANKORT-VISA  XXXX XXXX XXXX 5521")
    r.lr("KØB", f"DKK {fmt(total, 'nogc')}")
    r.line("AUTH KODE: 804112   TERM: 41882003")
    r.line("AID: A0000001213010")
    r.gap()
    r.c("Tak for besøget - kør forsigtigt!")
    pdf = r.render("Kvittering 238815")
    items = [
        item("Blyfri 95 E10", litres, price, fuel),
        item("Kaffe stor to-go", 1, coffee, coffee),
        item("Vask Premium", 1, wash, wash),
        item("Vaskeklub rabat", 1, rabat, rabat),
    ]
    t = truth(
        number="238815",
        date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="DKK",
        locale="da-DK",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Danish fuel receipt photographed: litres x price per litre, date as DD-MM-YYYY, 'Heraf moms' included VAT, price per litre and AUTH/TERM numbers near the amounts, car-wash discount line.",
    )
    return (
        pdf,
        t,
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 240,
            "long_side": 1800,
            "quality": 72,
            "bg": "dark",
            "fold": True,
            "shadow": True,
            "fade": True,
        },
    )


def r03(rng):
    """Portuguese pharmacy: fatura simplificada with ATCUD, IVA 6 % and 23 %."""
    r = Roll(80, 42)
    vendor = "Farmácia Ribeiro Sanches, Lda."
    d = dt.date(2026, 2, 10)
    r.c("FARMÁCIA RIBEIRO SANCHES", bold=True)
    r.c(vendor)
    r.c("Rua de Cedofeita 412, 4050-174 Porto")
    r.c("NIF 508 123 456  Tel. 222 004 118")
    r.c("Dir. Técnica: Dra. Inês Sanches")
    r.gap()
    r.c("FATURA SIMPLIFICADA", bold=True)
    r.lr("FS 1A2026/4521", "10-02-2026 11:08")
    r.line("ATCUD: JFM3KX7P-4521")
    r.line("Contribuinte: 999999990 (Consumidor final)")
    r.rule()
    r.line("Descrição             Qt  IVA     Valor")
    rates = {"6": D(6), "23": D(23)}
    goods = [
        ("Paracetamol 1 g 18 comp", 1, D("3.28"), "6"),
        ("Ibuprofeno 400 mg 20 comp", 2, D("2.95"), "6"),
        ("Soro fisiológico 5ml x40", 1, D("6.40"), "6"),
        ("Protetor solar FPS50 50ml", 1, D("17.90"), "23"),
        ("Pensos rápidos sortidos", 1, D("4.25"), "23"),
    ]
    lines, items = [], []
    for desc, n, up, code in goods:
        amt = q(n * up)
        r.line(f"{desc[:21]:<21} {n:>2} {code:>3}% {fmt(amt, 'nogc'):>9}")
        lines.append((code, amt))
        items.append(item(desc, n, up, amt))
    cl = classes(lines, rates)
    total = sum((g for g, _, _ in cl.values()), ZERO)
    vat = sum((v for _, v, _ in cl.values()), ZERO)
    r.rule()
    r.lr("TOTAL", f"{fmt(total, 'nogc')} EUR", bold=True, scale=1.0)
    r.gap()
    r.line("Taxa     Base         IVA      Total")
    for k, (g, v, n) in cl.items():
        r.line(f"{k + '%':<5} {fmt(n, 'nogc'):>8} {fmt(v, 'nogc'):>11} {fmt(g, 'nogc'):>10}")
    r.rule()
    r.lr("Multibanco", fmt(total, "nogc"))
    r.gap()
    r.line("IVA incluído à taxa em vigor.")
    r.line("aBcD-Processado por programa certificado")
    r.line("n.º 2231/AT  - Sifarma")
    r.shape(24, lambda p, y0, h: qr_box(p.c, r.w / 2 - h / 2, y0, h, random.Random(4521)))
    r.c("Obrigado e as melhoras!")
    pdf = r.render("FS 1A2026/4521")
    t = truth(
        number="FS 1A2026/4521",
        date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="pt-PT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Portuguese pharmacy fatura simplificada: document number 'FS 1A2026/4521' with ATCUD code, customer NIF 999999990, IVA 6 % medicines + 23 % cosmetics with a Base/IVA/Total table, DD-MM-YYYY date.",
    )
    return (
        pdf,
        t,
        {
            "kind": "scan",
            "ext": "jpg",
            "dpi": 260,
            "grey": False,
            "skew": -1.7,
            "blur": 0.8,
            "noise": 6,
            "specks": 20,
            "fade": True,
            "bed": (235, 235, 232),
            "quality": 80,
        },
    )


def r04(rng):
    """Finnish parking machine ticket on a 58 mm roll."""
    r = Roll(58, 30, margin_mm=2.5)
    vendor = "Helsingin Pysäköintipalvelut Oy"
    d = dt.date(2026, 2, 21)
    r.c("PYSÄKÖINTILIPPU", bold=True, scale=1.25)
    r.c("PARKERINGSBILJETT")
    r.gap()
    r.c(vendor, scale=0.92)
    r.c("Y-tunnus 2814736-5")
    r.c("Automaatti / Automat 0472")
    r.c("Kamppi, Eerikinkatu 18")
    r.rule()
    r.lr("Vyöhyke/Zon", "1")
    r.lr("Saapui/Ankomst", "12:10")
    r.lr("Pvm/Datum", "21.02.2026")
    r.line("VOIMASSA / GILTIG TILL")
    r.c("21.02.2026 14:35", bold=True, scale=1.4)
    r.rule()
    total = D("7.20")
    vat = vat_in(total, D("25.5"))
    r.lr("Hinta/Pris", f"{fmt(total, 'nogc')} EUR", bold=True)
    r.lr("Veroton/Moms fritt", fmt(total - vat, "nogc"))
    r.lr("ALV/Moms 25,5 %", fmt(vat, "nogc"))
    r.rule()
    r.lr("Kortti/Kort", "VISA ***7310")
    r.lr("Kuitti nro", "004217")
    r.gap()
    r.c("Aseta lippu näkyvälle")
    r.c("paikalle tuulilasin taakse.")
    pdf = r.render("Kuitti 004217")
    items = [item("Pysäköinti vyöhyke 1, 12:10-14:35", 1, total, total)]
    t = truth(
        number="004217",
        date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fi-FI",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Finnish parking ticket, bilingual fi/sv labels, narrow 58 mm roll photographed; ALV 25,5 %; 'valid until' datetime is not the issue date's time; machine number vs receipt number.",
    )
    return (
        pdf,
        t,
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 300,
            "long_side": 1500,
            "quality": 68,
            "bg": "fabric",
            "fold": False,
            "shadow": True,
            "fade": False,
        },
    )


def r05(rng):
    """Dutch bakery tablet-POS e-mail receipt, born-digital, with tip."""
    register_fonts()
    vendor = "Bakkerij Van der Meulen"
    d = dt.date(2026, 2, 18)
    W = 90 * mm
    goods = [
        ("Croissant roomboter", 2, D("2.10"), 9),
        ("Appeltaart punt", 1, D("4.25"), 9),
        ("Cappuccino", 1, D("3.60"), 9),
        ("Verse jus d'orange", 1, D("4.20"), 9),
        ("Desembrood volkoren", 1, D("5.75"), 9),
        ("Mok 'Van der Meulen'", 1, D("12.50"), 21),
    ]
    H = 150 * mm + len(goods) * 14
    p = Page((W, H), "Bon #0218-0042")
    c = p.c
    x0, x1 = 6 * mm, W - 6 * mm
    y = H - 14 * mm
    c.setFillColorRGB(0.55, 0.35, 0.2)
    c.circle(W / 2, y, 9 * mm, stroke=0, fill=1)
    p.text(W / 2, y - 5, "VdM", "DVS-B", 13, align="c", color=(1, 1, 1))
    y -= 16 * mm
    p.text(W / 2, y, vendor, "DVS-B", 11, align="c")
    y -= 11
    p.text(W / 2, y, "Twijnstraat 37, 3511 ZJ Utrecht", "DV", 7, align="c", gray=0.35)
    y -= 9
    p.text(W / 2, y, "KvK 30281747 · btw NL001234567B01", "DV", 7, align="c", gray=0.35)
    y -= 18
    p.text(x0, y, "Bon #0218-0042", "DV-B", 8)
    p.text(x1, y, "18-02-2026 09:41", "DV", 8, align="r")
    y -= 10
    p.text(x0, y, "Medewerker: Sanne", "DV", 7.5, gray=0.35)
    p.text(x1, y, "Tafel 4", "DV", 7.5, align="r", gray=0.35)
    y -= 8
    c.setLineWidth(0.4)
    c.line(x0, y, x1, y)
    y -= 12
    lines, items = [], []
    for desc, n, up, rt in goods:
        amt = q(n * up)
        p.text(x0, y, f"{n} × {desc}", "DV", 8)
        p.text(x1, y, f"€ {fmt(amt, 'de')}", "DV", 8, align="r")
        y -= 14
        lines.append((str(rt), amt))
        items.append(item(desc, n, up, amt))
    cl = classes(lines, {"9": D(9), "21": D(21)})
    sub = sum((g for g, _, _ in cl.values()), ZERO)
    vat = sum((v for _, v, _ in cl.values()), ZERO)
    tip = D("1.50")
    total = sub + tip
    c.line(x0, y + 6, x1, y + 6)
    y -= 4
    for lab, val, f in (("Subtotaal", sub, "DV"), ("Fooi", tip, "DV"), ("Totaal", total, "DV-B")):
        p.text(x0, y, lab, f, 9 if f == "DV-B" else 8)
        p.text(x1, y, f"€ {fmt(val, 'de')}", f, 9 if f == "DV-B" else 8, align="r")
        y -= 13
    y -= 6
    p.text(x0, y, "Betaald met pin (Maestro ••••0914)", "DV", 7.5)
    p.text(x1, y, f"€ {fmt(total, 'de')}", "DV", 7.5, align="r")
    y -= 18
    p.text(x0, y, "Btw", "DV-B", 7.5)
    p.text(x0 + 70, y, "Excl.", "DV-B", 7.5, align="r")
    p.text(x0 + 120, y, "Btw", "DV-B", 7.5, align="r")
    p.text(x1, y, "Incl.", "DV-B", 7.5, align="r")
    y -= 11
    for k, (g, v, n) in cl.items():
        p.text(x0, y, f"{k}%", "DV", 7.5)
        p.text(x0 + 70, y, fmt(n, "de"), "DV", 7.5, align="r")
        p.text(x0 + 120, y, fmt(v, "de"), "DV", 7.5, align="r")
        p.text(x1, y, fmt(g, "de"), "DV", 7.5, align="r")
        y -= 11
    y -= 10
    p.text(W / 2, y, "Bedankt en tot ziens!", "DVS-I", 8.5, align="c")
    y -= 11
    p.text(W / 2, y, "Fooi gaat volledig naar ons team.", "DV", 6.5, align="c", gray=0.4)
    t = truth(
        number="0218-0042",
        date=d,
        due=None,
        vendor=vendor,
        amount=sub - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Dutch tablet-POS e-receipt (PDF): 'Bon #0218-0042', two BTW rates 9 % / 21 % with excl./btw/incl. table, a tip (Fooi) outside VAT so total = subtotal + tip; amount keyed as net of the goods.",
        tip=tip,
    )
    return p.pdf(), t, {"kind": "pdf"}


def r06(rng):
    """Norwegian hardware store: item codes, member discount, MVA included."""
    r = Roll(80, 42)
    vendor = "Fjordhuset Jernvare AS"
    d = dt.date(2026, 2, 14)
    r.c("FJORDHUSET", bold=True, scale=2.0)
    r.c("JERNVARE")
    r.c("Fjordhuset Jernvare AS")
    r.c("Kanalveien 58, 5068 Bergen")
    r.c("Org.nr. 987 654 321 MVA")
    r.gap()
    r.lr("Kvittering 55102", "14.02.2026 10:17")
    r.lr("Kasse 2  Selger 118", "Medlem: 4410291")
    r.rule()
    goods = [
        ("7311270", "SKRUE TREFIX 4,0X40 200STK", 2, D("89.90")),
        ("4402118", "MALERTAPE 38MMX50M", 3, D("49.90")),
        ("6020554", "BOREMASKIN 18V 2X2AH", 1, D("1499.00")),
        ("5512093", "ARBEIDSHANSKE STR 9", 2, D("79.00")),
        ("8800130", "LYSPÆRE LED E27 9W 3PK", 1, D("129.00")),
    ]
    items, sub = [], ZERO
    for code, desc, n, up in goods:
        amt = q(n * up)
        sub += amt
        r.line(f"{code} {desc}")
        r.lr(f"   {n} x {fmt(up, 'nogc')}", fmt(amt, "nogc"))
        items.append(item(f"{code} {desc}", n, up, amt))
    disc = -q(sub * D("0.10"))
    total = sub + disc
    vat = vat_in(total, 25)
    r.rule()
    r.lr("SUM VARER", fmt(sub, "nogc"))
    r.lr("MEDLEMSRABATT 10%", fmt(disc, "nogc"))
    r.lr("TOTALT NOK", fmt(total, "nogc"), bold=True)
    r.rule()
    r.lr("BankAxept", fmt(total, "nogc"))
    r.gap()
    r.line("MVA-GRUNNLAG   MVA 25%       TOTALT")
    r.line(f"{fmt(total - vat, 'nogc'):>12} {fmt(vat, 'nogc'):>9} {fmt(total, 'nogc'):>12}")
    r.gap()
    r.c("Åpent kjøp 30 dager mot kvittering.")
    r.shape(
        12,
        lambda p, y0, h: barcode(
            p.c, r.margin + 8 * mm, y0, r.w - 2 * r.margin - 16 * mm, h, random.Random(55102)
        ),
    )
    r.c("2026021402551021")
    items.append(item("MEDLEMSRABATT 10%", 1, disc, disc))
    pdf = r.render("Kvittering 55102")
    t = truth(
        number="55102",
        date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="NOK",
        locale="nb-NO",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Norwegian hardware receipt photographed: 7-digit item codes before descriptions, qty x price on a second line, 10 % member discount after the goods subtotal, MVA included; member number and barcode digits near the receipt number.",
    )
    return (
        pdf,
        t,
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 240,
            "long_side": 2100,
            "quality": 75,
            "bg": "wood",
            "fold": True,
            "shadow": False,
        },
    )


def r07(rng):
    """Czech department store receipt with a voided line and cash rounding, scanned into a PDF."""
    r = Roll(80, 42)
    vendor = "Obchodní dům Perla, a.s."
    d = dt.date(2026, 2, 7)
    r.c("OBCHODNÍ DŮM PERLA", bold=True, scale=1.5)
    r.c(vendor)
    r.c("Na Poříčí 1068/23, 110 00 Praha 1")
    r.c("IČO: 27184253   DIČ: CZ27184253")
    r.gap()
    r.lr("Účtenka č. 0412-88317", "07.02.2026 15:26")
    r.lr("Pokladna 12", "Obsluha: Novotná")
    r.rule()
    rates = {"A": D(21), "B": D(12)}
    goods = [
        ("Ručník froté 50x100 šedý", 2, D("249.00"), "A"),
        ("Hrnek porcelán 350 ml", 4, D("89.90"), "A"),
        ("STORNO Hrnek porcelán 350 ml", 1, D("-89.90"), "A"),
        ("Dětská kniha Krtek a kalhotky", 1, D("199.00"), "B"),
        ("Ponožky bavlna 3 páry", 1, D("229.00"), "A"),
        ("Svíčka vonná vanilka", 2, D("119.00"), "A"),
        ("Káva zrnková 500 g", 1, D("289.00"), "B"),
    ]
    lines, items = [], []
    for desc, n, up, code in goods:
        amt = q(n * up)
        if n > 1:
            r.line(desc)
            r.lr(f"  {n} ks x {fmt(up, 'nogc')}", f"{fmt(amt, 'nogc')} {code}")
        else:
            r.lr(desc, f"{fmt(amt, 'nogc')} {code}")
        lines.append((code, amt))
        items.append(item(desc, n if amt >= 0 else -1, abs(up), amt))
    cl = classes(lines, rates)
    sub = sum((g for g, _, _ in cl.values()), ZERO)
    vat = sum((v for _, v, _ in cl.values()), ZERO)
    total = q0(sub)
    rnd = total - sub
    r.rule()
    r.lr("Mezisoučet", fmt(sub, "nogc"))
    r.lr("Zaokrouhlení", fmt(rnd, "nogc"))
    r.lr("CELKEM K ÚHRADĚ Kč", fmt(total, "nogc"), bold=True)
    r.rule()
    cash = D("2000.00")
    r.lr("Hotově", fmt(cash, "nogc"))
    r.lr("Vráceno", fmt(cash - total, "nogc"))
    r.gap()
    r.line("Sazba     Základ        DPH       Celkem")
    for k, (g, v, n) in cl.items():
        r.line(
            f"{k} {int(rates[k])}%  {fmt(n, 'nogc'):>9} {fmt(v, 'nogc'):>10} {fmt(g, 'nogc'):>12}"
        )
    r.gap()
    r.c("Zboží lze vrátit do 30 dnů s účtenkou.")
    r.c("Děkujeme za nákup!")
    pdf = r.render("Uctenka 0412-88317")
    t = truth(
        number="0412-88317",
        date=d,
        due=None,
        vendor=vendor,
        amount=sub - vat,
        vat=vat,
        total=total,
        currency="CZK",
        locale="cs-CZ",
        layout="receipt",
        dtype="receipt",
        items=items,
        note=f"Czech department store receipt scanned into an image-only PDF: a STORNO (voided) line with a negative amount, DPH 21 % / 12 % classes, cash rounding {fmt(rnd, 'nogc')} to whole koruna (Zaokrouhlení), cash tendered and change printed below the total.",
        rounding=rnd,
    )
    return (
        pdf,
        t,
        {
            "kind": "scan",
            "ext": "pdf",
            "dpi": 220,
            "grey": True,
            "skew": 0.9,
            "blur": 0.6,
            "noise": 5,
            "specks": 30,
            "fade": True,
            "size": None,
        },
    )


def r08(rng):
    """UK restaurant bill with discretionary service charge."""
    r = Roll(80, 42)
    vendor = "The Brass Anchor"
    d = dt.date(2026, 2, 13)
    r.c("The Brass Anchor", bold=True, scale=1.7, font="DVS-B")
    r.c("Kitchen & Bar")
    r.c("22 Quayside, Bristol BS1 4RN")
    r.c("Tel 0117 496 0321")
    r.gap()
    r.lr("Table 12   Covers 4", "Server: Megan")
    r.lr("Bill No. 40218", "13/02/2026 21:47")
    r.rule()
    goods = [
        ("Sourdough & whipped butter", 2, D("5.50")),
        ("Burrata, blood orange", 1, D("11.00")),
        ("Fish & chips", 2, D("19.50")),
        ("Lamb rump, salsa verde", 1, D("26.00")),
        ("Sticky toffee pudding", 2, D("8.50")),
        ("Pint Bristol Pale", 4, D("6.40")),
        ("Bottle Picpoul de Pinet", 1, D("34.00")),
        ("Sparkling water 750ml", 1, D("4.50")),
    ]
    items, sub = [], ZERO
    for desc, n, up in goods:
        amt = q(n * up)
        sub += amt
        r.lr(f"{n} {desc}", fmt(amt))
        items.append(item(desc, n, up, amt))
    vat = vat_in(sub, 20)
    svc = q(sub * D("0.125"))
    total = sub + svc
    r.rule()
    r.lr("Subtotal", fmt(sub))
    r.lr("Discretionary service 12.5%", fmt(svc))
    r.lr("TOTAL", "£" + fmt(total), bold=True, scale=1.4)
    r.rule()
    r.lr("VAT summary", "")
    r.lr("  Net (20%)", fmt(sub - vat))
    r.lr("  VAT @ 20%", fmt(vat))
    r.line("Service charge is optional and goes in")
    r.line("full to the team. Not subject to VAT.")
    r.rule()
    r.lr("Visa Contactless ****2209", "£" + fmt(total))
    r.gap()
    r.c("Brass Anchor Dining Ltd")
    r.c("VAT Reg No. GB 318 4472 06")
    r.c("Thank you - see you again soon!")
    pdf = r.render("Bill 40218")
    t = truth(
        number="40218",
        date=d,
        due=None,
        vendor=vendor,
        amount=sub - vat,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="UK restaurant bill photographed: 12.5 % discretionary service charge keyed as tip (outside VAT), VAT-inclusive prices with a Net/VAT summary, trading name at the head and legal entity 'Brass Anchor Dining Ltd' in the footer (keyed: trading name), covers/table numbers near the bill number.",
        tip=svc,
    )
    return (
        pdf,
        t,
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 240,
            "long_side": 2000,
            "quality": 66,
            "bg": "wood",
            "fold": True,
            "shadow": True,
        },
    )


def r09(rng):
    """Malaysian restaurant till: SST 6 %, rounding adjustment, TOTAL (RM)."""
    r = Roll(80, 40)
    vendor = "Restoran Selera Kampung Sdn. Bhd."
    d = dt.date(2026, 2, 19)
    r.c("RESTORAN SELERA KAMPUNG", bold=True)
    r.c("Restoran Selera Kampung Sdn. Bhd.")
    r.c("(201501023344 / 1147721-K)")
    r.c("No. 12, Jalan SS 15/4, 47500 Subang Jaya")
    r.c("SST Reg No: W10-1808-32000417")
    r.gap()
    r.c("INVOICE", bold=True)
    r.lr("Inv No: A0100234871", "Tbl: 07")
    r.lr("Date: 19/02/2026", "Time: 13:22")
    r.lr("Cashier: Aina", "Pax: 3")
    r.rule()
    r.line("Qty Item                      Amount")
    goods = [
        ("Nasi Lemak Ayam Goreng", 2, D("14.90")),
        ("Mee Goreng Mamak", 1, D("10.50")),
        ("Roti Telur", 2, D("3.20")),
        ("Teh Tarik Ais", 2, D("3.80")),
        ("Air Bandung", 1, D("4.20")),
        ("Kuih Seri Muka", 3, D("1.80")),
    ]
    items, sub = [], ZERO
    for desc, n, up in goods:
        amt = q(n * up)
        sub += amt
        r.line(f"{n:>3} {desc:<24} {fmt(amt):>8}")
        items.append(item(desc, n, up, amt))
    sst = vat_of(sub, 6)
    gross = sub + sst
    total = q((gross / D("0.05")).quantize(D(1), ROUND_HALF_UP) * D("0.05"))
    rnd = total - gross
    r.rule()
    r.lr("Sub Total", fmt(sub))
    r.lr("Service Tax 6%", fmt(sst))
    r.lr("Rounding Adj", fmt(rnd))
    r.lr("TOTAL (RM)", fmt(total), bold=True, scale=1.4)
    r.rule()
    cash = D("100.00")
    r.lr("Cash", fmt(cash))
    r.lr("Change", fmt(cash - total))
    r.gap()
    r.c("Terima kasih! Sila datang lagi.")
    r.c("Goods sold are not refundable")
    pdf = r.render("A0100234871")
    t = truth(
        number="A0100234871",
        date=d,
        due=None,
        vendor=vendor,
        amount=sub,
        vat=sst,
        total=total,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        note=f"Malaysian restaurant receipt: company registration numbers in brackets, SST registration number, Service Tax 6 % on net prices, rounding adjustment {fmt(rnd)} to 5 sen, 'TOTAL (RM)', cash and change.",
        rounding=rnd,
    )
    return (
        pdf,
        t,
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 220,
            "grey": True,
            "skew": -0.7,
            "blur": 0.5,
            "noise": 4,
            "specks": 20,
            "fade": True,
        },
    )


def r10(rng):
    """Japanese convenience store receipt (English-mode till), 8 % reduced and 10 % rates."""
    r = Roll(58, 32, margin_mm=2.5)
    vendor = "Sunny Mart Shinjuku 3-chome"
    d = dt.date(2026, 2, 22)
    r.c("SUNNY MART", bold=True, scale=1.8)
    r.c("Shinjuku 3-chome store")
    r.c("3-22-7 Shinjuku, Tokyo")
    r.c("TEL 03-5555-0182")
    r.c("Reg. No. T6011101047281")
    r.gap()
    r.line("2026/02/22(Sun) 08:14")
    r.lr("Reg#2 Staff 0311", "No.7781")
    r.rule()
    goods = [
        ("*Onigiri Salmon", 1, 160, "8"),
        ("*Onigiri Tuna Mayo", 1, 150, "8"),
        ("*Green Tea 600ml", 1, 151, "8"),
        ("*Hot Coffee R", 1, 120, "8"),
        ("*Egg Sandwich", 1, 298, "8"),
        ("Umbrella 65cm", 1, 780, "10"),
        ("Battery AA 4pk", 1, 528, "10"),
        ("Plastic bag L", 1, 5, "10"),
    ]
    lines, items = [], []
    for desc, n, up, code in goods:
        amt = D(n * up)
        r.lr(desc, f"¥{fmt(amt, 'en', 0)}")
        lines.append((code, amt))
        items.append(item(desc, n, up, amt))
    by = {}
    for code, amt in lines:
        by[code] = by.get(code, ZERO) + amt
    taxes = {k: q0(g * D(k) / (100 + D(k))) for k, g in by.items()}
    total = sum(by.values(), ZERO)
    vat = sum(taxes.values(), ZERO)
    r.rule()
    r.lr("Total", f"¥{fmt(total, 'en', 0)}", bold=True, scale=1.4)
    r.lr(" (10% taxable", f"¥{fmt(by['10'], 'en', 0)})")
    r.lr(" (  incl. tax", f"¥{fmt(taxes['10'], 'en', 0)})")
    r.lr(" (8% taxable", f"¥{fmt(by['8'], 'en', 0)})")
    r.lr(" (  incl. tax", f"¥{fmt(taxes['8'], 'en', 0)})")
    r.rule()
    r.lr("Suica", f"¥{fmt(total, 'en', 0)}")
    r.lr("Suica balance", "¥3,412")
    r.gap()
    r.line("* = reduced tax rate item (8%)")
    r.c("Thank you!")
    pdf = r.render("Receipt 7781")
    t = truth(
        number="7781",
        date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="JPY",
        locale="ja-JP",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Japanese convenience-store receipt printed in English mode (no Japanese font available): yen without decimals, '*' marks 8 % reduced-rate food, per-rate taxable totals and included tax in brackets, yyyy/mm/dd date, IC-card (Suica) balance is not a total; invoice registration number T... is not the receipt number.",
    )
    return (
        pdf,
        t,
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 300,
            "long_side": 1700,
            "quality": 74,
            "bg": "desk",
            "fold": True,
            "shadow": True,
            "fade": True,
        },
    )


def r11(rng):
    """Turkish fiscal receipt (ÖKC): KDV 1/10/20 %, TOPKDV, TOPLAM."""
    r = Roll(76, 36)
    vendor = "Yıldız Şarküteri Gıda Tic. Ltd. Şti."
    d = dt.date(2026, 2, 16)
    r.c("YILDIZ ŞARKÜTERİ", bold=True, scale=1.4)
    r.c("Yıldız Şarküteri Gıda Tic. Ltd. Şti.")
    r.c("Moda Cad. No:54 Kadıköy/İSTANBUL")
    r.c("KADIKÖY V.D. 9471028365")
    r.gap()
    r.lr("TARİH : 16.02.2026", "SAAT : 18:22")
    r.lr("FİŞ NO : 0087", "")
    r.rule()
    goods = [
        ("EKMEK TAM BUĞDAY", 2, D("17.50"), 1),
        ("BEYAZ PEYNİR KG", 1, D("184.60"), 1),
        ("SUCUK 250 GR", 1, D("219.90"), 10),
        ("ZEYTİN SİYAH 500GR", 1, D("149.00"), 1),
        ("ÇAY 1000 GR", 1, D("239.00"), 10),
        ("DETERJAN 4 KG", 1, D("329.90"), 20),
        ("PEÇETE 100LÜ", 2, D("34.75"), 20),
    ]
    lines, items = [], []
    for desc, n, up, rt in goods:
        amt = q(n * up)
        if n > 1:
            r.line(f"{n} AD X {fmt(up, 'de')}")
        r.lr(f"{desc} %{rt}", "*" + fmt(amt, "de"))
        lines.append((str(rt), amt))
        items.append(item(desc, n, up, amt))
    cl = classes(lines, {"1": D(1), "10": D(10), "20": D(20)})
    total = sum((g for g, _, _ in cl.values()), ZERO)
    vat = sum((v for _, v, _ in cl.values()), ZERO)
    r.rule()
    r.lr("TOPKDV", "*" + fmt(vat, "de"))
    r.lr("TOPLAM", "*" + fmt(total, "de"), bold=True, scale=1.5)
    r.lr("NAKİT", "*" + fmt(D("1250.00"), "de"))
    r.lr("PARA ÜSTÜ", "*" + fmt(D("1250.00") - total, "de"))
    r.rule()
    for k, (_g, v, _n) in sorted(cl.items(), key=lambda kv: int(kv[0])):
        r.lr(f"KDV %{k}", "*" + fmt(v, "de"))
    r.gap()
    r.lr("Z NO : 0412", "EKÜ NO : 0001")
    r.c("MF YAB 30011487")
    pdf = r.render("Fis 0087")
    t = truth(
        number="0087",
        date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="TRY",
        locale="tr-TR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Turkish fiscal receipt, downscaled scan: '*' before every amount, KDV rate after each item (%1/%10/%20), TOPKDV total tax and TOPLAM, net not printed (amount = total - vat), 'FİŞ NO' is the receipt number, Z NO / EKÜ NO are not.",
    )
    return (
        pdf,
        t,
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 250,
            "grey": True,
            "skew": 1.1,
            "blur": 0.5,
            "noise": 4,
            "specks": 15,
            "fade": True,
            "downscale": 660,
        },
    )


def r12(rng):
    """South African supermarket: zero-rated items, VAT 15 % included, rewards savings."""
    r = Roll(80, 40)
    vendor = "FreshWay Supermarket Rondebosch"
    d = dt.date(2026, 2, 12)
    r.c("FRESHWAY", bold=True, scale=2.0)
    r.c(vendor)
    r.c("Main Road, Rondebosch 7700")
    r.c("VAT No: 4123456789")
    r.c("Tel: 021 555 0190")
    r.gap()
    r.c("TAX INVOICE", bold=True)
    goods = [
        ("BROWN BREAD 700G", 1, D("18.99"), "Z"),
        ("FULL CREAM MILK 2L", 2, D("32.99"), "Z"),
        ("LARGE EGGS 18", 1, D("62.99"), "Z"),
        ("BANANAS PER KG", 1, D("24.37"), "Z"),
        ("CHEDDAR 900G", 1, D("129.99"), "S"),
        ("ROOIBOS TEA 80S", 1, D("54.99"), "S"),
        ("DISHWASH LIQ 750ML", 1, D("34.99"), "S"),
        ("BILTONG SLICED 250G", 1, D("89.99"), "S"),
    ]
    lines, items = [], []
    for desc, n, up, code in goods:
        amt = q(n * up)
        mark = "#" if code == "Z" else " "
        if n > 1:
            r.line(f"{n} @ {fmt(up)}")
        r.lr(f"{mark}{desc}", fmt(amt))
        lines.append((code, amt))
        items.append(item(desc, n, up, amt))
    sav = D("-15.00")
    r.lr(" REWARDS SAVING CHEDDAR", fmt(sav))
    lines.append(("S", sav))
    items.append(item("REWARDS SAVING CHEDDAR", 1, sav, sav))
    cl = classes(lines, {"S": D(15), "Z": D(0)})
    total = sum((g for g, _, _ in cl.values()), ZERO)
    vat = sum((v for _, v, _ in cl.values()), ZERO)
    r.rule()
    r.lr(f"TOTAL DUE ({sum(n for _, n, _, _ in goods)} ITEMS)", f"R {fmt(total)}", bold=True)
    r.rule()
    r.lr("CARD TENDERED", fmt(total))
    r.lr("CHANGE", "0.00")
    r.gap()
    r.lr("TAXABLE VALUE (EXCL)", fmt(cl["S"][2]))
    r.lr("VAT 15%", fmt(vat))
    r.lr("ZERO RATED (#)", fmt(cl["Z"][0]))
    r.gap()
    r.lr("YOU SAVED TODAY", "R 15.00")
    r.lr("TILL 04  SLIP 1182", "12/02/26 16:05")
    r.lr("CASHIER: THANDI", "")
    r.c("THANK YOU FOR SHOPPING AT FRESHWAY")
    pdf = r.render("Slip 1182")
    t = truth(
        number="1182",
        date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="ZAR",
        locale="en-ZA",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="South African supermarket photographed: '#' zero-rated items, VAT 15 % only on standard items; net keyed as taxable value excl. + zero-rated goods (= total - vat); two-digit year date 12/02/26; 'R' currency; rewards saving line; slip number as receipt number.",
    )
    return (
        pdf,
        t,
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 240,
            "long_side": 2300,
            "quality": 62,
            "bg": "fabric",
            "fold": True,
            "shadow": True,
            "fade": True,
        },
    )


def r13(rng):
    """UAE café tablet POS simplified tax invoice, emailed PDF."""
    register_fonts()
    vendor = "Qahwa House Café L.L.C."
    d = dt.date(2026, 2, 20)
    W = 80 * mm
    goods = [
        ("Spanish Latte (L)", 2, D("26.00")),
        ("Flat White", 1, D("22.00")),
        ("Saffron Cake", 1, D("34.00")),
        ("Halloumi Croissant", 2, D("31.00")),
        ("Still Water 500ml", 1, D("9.00")),
    ]
    H = 140 * mm + len(goods) * 13
    p = Page((W, H), "Simplified Tax Invoice INV-8821")
    c = p.c
    x0, x1 = 5 * mm, W - 5 * mm
    y = H - 12 * mm
    c.setFillColorRGB(0.1, 0.3, 0.3)
    c.roundRect(W / 2 - 22 * mm, y - 6, 44 * mm, 18, 4, stroke=0, fill=1)
    p.text(W / 2, y, "QAHWA HOUSE", "DV-B", 11, align="c", color=(1, 1, 1))
    y -= 22
    for ln in (vendor, "Shop 4, Al Wasl Road, Jumeirah 1, Dubai", "TRN 100234567800003"):
        p.text(W / 2, y, ln, "DV", 7, align="c")
        y -= 9
    y -= 6
    p.text(W / 2, y, "Simplified Tax Invoice", "DV-B", 9.5, align="c")
    y -= 14
    for lab, val in (
        ("Invoice No.", "INV-8821"),
        ("Order", "#214 · Dine-in"),
        ("Date", "20/02/2026 10:32 AM"),
        ("Cashier", "Omar"),
    ):
        p.text(x0, y, lab, "DV", 7.5, gray=0.4)
        p.text(x1, y, val, "DV", 7.5, align="r")
        y -= 10
    c.line(x0, y + 4, x1, y + 4)
    y -= 8
    items, sub = [], ZERO
    for desc, n, up in goods:
        amt = q(n * up)
        sub += amt
        p.text(x0, y, f"{n}x {desc}", "DV", 7.8)
        p.text(x1, y, fmt(amt), "DV", 7.8, align="r")
        y -= 13
        items.append(item(desc, n, up, amt))
    disc = -q(sub * D("0.10"))
    total = sub + disc
    vat = vat_in(total, 5)
    c.line(x0, y + 6, x1, y + 6)
    y -= 4
    for lab, val, f in (
        ("Subtotal", fmt(sub), "DV"),
        ("Loyalty 10%", fmt(disc), "DV"),
        ("Total Excluding VAT", fmt(total - vat), "DV"),
        ("VAT 5%", fmt(vat), "DV"),
        ("Total Including VAT (AED)", fmt(total), "DV-B"),
    ):
        p.text(x0, y, lab, f, 7.8)
        p.text(x1, y, val, f, 7.8, align="r")
        y -= 12
    y -= 4
    p.text(x0, y, "Paid: Mastercard ****6620", "DV", 7.5)
    p.text(x1, y, fmt(total), "DV", 7.5, align="r")
    y -= 10
    qr_box(c, W / 2 - 12 * mm, y - 24 * mm - 4, 24 * mm, random.Random(8821))
    y -= 24 * mm + 16
    p.text(W / 2, y, "Thank you for visiting Qahwa House", "DV", 7, align="c")
    items.append(item("Loyalty 10%", 1, disc, disc))
    t = truth(
        number="INV-8821",
        date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="AED",
        locale="en-AE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="UAE café e-receipt (PDF): 'Simplified Tax Invoice', TRN, VAT 5 % included in prices after a 10 % loyalty discount; 'Total Excluding VAT' printed; order number #214 besides invoice number; currency only in the total label.",
    )
    return p.pdf(), t, {"kind": "pdf"}


def r14(rng):
    """Greek souvlaki restaurant retail receipt with ΦΠΑ 13 % / 24 % and myDATA MARK."""
    r = Roll(80, 40)
    vendor = "Γ. ΠΑΠΑΔΟΠΟΥΛΟΣ & ΣΙΑ Ο.Ε."
    d = dt.date(2026, 2, 21)
    r.c(vendor, bold=True)
    r.c("«ΤΟ ΣΟΥΒΛΑΚΙ ΤΗΣ ΓΩΝΙΑΣ»", bold=True, scale=1.2)
    r.c("ΨΗΤΟΠΩΛΕΙΟ")
    r.c("ΑΓ. ΦΑΝΟΥΡΙΟΥ 14, ΠΑΓΚΡΑΤΙ 11633")
    r.c("ΑΦΜ 099123456  ΔΟΥ ΙΑ' ΑΘΗΝΩΝ")
    r.gap()
    r.c("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", bold=True)
    r.lr("Α/Α: 1843", "21/02/2026 21:14")
    r.rule()
    goods = [
        ("ΠΙΤΑ ΓΥΡΟ ΧΟΙΡΙΝΟ", 3, D("4.20"), "13"),
        ("ΣΟΥΒΛΑΚΙ ΚΟΤΟΠΟΥΛΟ", 4, D("2.30"), "13"),
        ("ΠΑΤΑΤΕΣ ΤΗΓΑΝΗΤΕΣ", 2, D("3.50"), "13"),
        ("ΤΖΑΤΖΙΚΙ", 1, D("4.00"), "13"),
        ("ΜΠΥΡΑ ΦΙΞ 500ML", 2, D("4.50"), "24"),
        ("ΑΝΑΨΥΚΤΙΚΟ 330ML", 2, D("2.20"), "13"),
    ]
    lines, items = [], []
    for desc, n, up, code in goods:
        amt = q(n * up)
        r.lr(f"{n} x {desc}", fmt(amt, "nogc"))
        lines.append((code, amt))
        items.append(item(desc, n, up, amt))
    cl = classes(lines, {"13": D(13), "24": D(24)})
    total = sum((g for g, _, _ in cl.values()), ZERO)
    vat = sum((v for _, v, _ in cl.values()), ZERO)
    r.rule()
    r.lr("ΣΥΝΟΛΟ €", fmt(total, "nogc"), bold=True, scale=1.4)
    r.rule()
    r.line("ΦΠΑ%   ΚΑΘΑΡΗ ΑΞΙΑ      ΦΠΑ    ΣΥΝΟΛΟ")
    for k, (g, v, n) in cl.items():
        r.line(f"{k + '%':<6}{fmt(n, 'nogc'):>12}{fmt(v, 'nogc'):>9}{fmt(g, 'nogc'):>10}")
    r.gap()
    r.lr("ΚΑΡΤΑ", fmt(total, "nogc"))
    r.gap()
    r.line("MARK 400001923847561")
    r.line("UID 7F3A91C0D2E84B16A5C3")
    r.shape(22, lambda p, y0, h: qr_box(p.c, r.w / 2 - h / 2, y0, h, random.Random(1843)))
    r.c("ΕΥΧΑΡΙΣΤΟΥΜΕ ΠΟΛΥ!")
    pdf = r.render("1843")
    t = truth(
        number="1843",
        date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="el-GR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Greek retail receipt (scan): legal name first, trading name in «», all in Greek capitals; ΦΠΑ 13 % food + 24 % beer with a net/VAT table; Α/Α 1843 as the number; myDATA MARK and UID long numbers are not the receipt number.",
    )
    return (
        pdf,
        t,
        {
            "kind": "scan",
            "ext": "png",
            "dpi": 230,
            "grey": False,
            "skew": -1.9,
            "blur": 0.6,
            "noise": 5,
            "specks": 20,
            "fade": True,
            "bed": (40, 40, 44),
        },
    )


def r15(rng):
    """Hungarian grocery receipt: ÁFA classes, HUF, cash rounding to 5 Ft."""
    r = Roll(76, 36)
    vendor = "Tóth és Társa Kft."
    d = dt.date(2026, 2, 9)
    r.c("TÓTH ÉLELMISZER", bold=True, scale=1.4)
    r.c(vendor)
    r.c("1137 Budapest, Pozsonyi út 31.")
    r.c("Adószám: 12345678-2-41")
    r.gap()
    r.c("NYUGTA", bold=True, scale=1.3)
    rates = {"A": D(5), "C": D(27), "B": D(18)}
    goods = [
        ("TEJ 2,8% 1L", 2, 389, "A"),
        ("KENYÉR FEHÉR 1KG", 1, 899, "A"),
        ("SERTÉSKARAJ KG", 1, 2174, "A"),
        ("PARIZER 200G", 1, 599, "C"),
        ("KIFLI", 6, 59, "B"),
        ("PAPRIKA KG", 1, 1249, "C"),
        ("ÁSVÁNYVÍZ 1,5L", 2, 189, "C"),
    ]
    lines, items = [], []
    for desc, n, up, code in goods:
        amt = D(n * up)
        if n > 1:
            r.line(f"  {n} db x {fmt(up, 'sp', 0)}")
        r.lr(f"{desc} {code}00", f"{fmt(amt, 'sp', 0)} Ft")
        lines.append((code, amt))
        items.append(item(desc, n, up, amt))
    by = {}
    for code, amt in lines:
        by[code] = by.get(code, ZERO) + amt
    taxes = {k: q0(g * rates[k] / (100 + rates[k])) for k, g in by.items()}
    sub = sum(by.values(), ZERO)
    vat = sum(taxes.values(), ZERO)
    total = q0(sub / 5) * 5
    rnd = total - sub
    r.rule()
    r.lr("ÖSSZESEN:", f"{fmt(sub, 'sp', 0)} Ft", bold=True)
    r.lr("KEREKÍTÉS:", f"{fmt(rnd, 'sp', 0)} Ft")
    r.lr("FIZETENDŐ:", f"{fmt(total, 'sp', 0)} Ft", bold=True, scale=1.3)
    r.lr("KÉSZPÉNZ", f"{fmt(D(10000), 'sp', 0)} Ft")
    r.lr("VISSZAJÁRÓ", f"{fmt(D(10000) - total, 'sp', 0)} Ft")
    r.rule()
    for k in sorted(by):
        r.lr(f"{k}00 {int(rates[k])}% ÁFA", f"{fmt(taxes[k], 'sp', 0)} Ft")
    r.gap()
    r.lr("2026.02.09", "08:47")
    r.lr("NYUGTASZÁM:", "0187/00421")
    r.c("AP A12345678")
    r.c("NAV ELLENŐRZŐ KÓD: 4F2A")
    pdf = r.render("Nyugta 0187/00421")
    t = truth(
        number="0187/00421",
        date=d,
        due=None,
        vendor=vendor,
        amount=sub - vat,
        vat=vat,
        total=total,
        currency="HUF",
        locale="hu-HU",
        layout="receipt",
        dtype="receipt",
        items=items,
        note=f"Hungarian receipt (scan): forint without decimals (keyed .00), ÁFA codes A00 5 % / B00 18 % / C00 27 % after each item, KEREKÍTÉS {fmt(rnd, 'sp', 0)} Ft cash rounding to 5 Ft so FIZETENDŐ differs from ÖSSZESEN; net not printed (amount = ÖSSZESEN - ÁFA); date yyyy.mm.dd at the end.",
        rounding=rnd,
    )
    return (
        pdf,
        t,
        {
            "kind": "scan",
            "ext": "jpg",
            "dpi": 230,
            "grey": True,
            "skew": 0.5,
            "blur": 0.7,
            "noise": 6,
            "specks": 30,
            "fade": True,
            "quality": 82,
        },
    )


def r16(rng):
    """Brazilian NFC-e (DANFE NFC-e) bakery receipt with Lei 12.741 approximate taxes."""
    r = Roll(80, 44)
    vendor = "Padaria e Confeitaria Bom Sabor Ltda"
    d = dt.date(2026, 2, 21)
    r.c("PADARIA E CONFEITARIA BOM SABOR LTDA", bold=True)
    r.c("CNPJ: 12.345.678/0001-90")
    r.c("IE: 110.042.490.114")
    r.c("Rua Augusta, 1508 - Consolação")
    r.c("São Paulo - SP  CEP 01304-001")
    r.rule()
    r.c("Documento Auxiliar da Nota Fiscal de")
    r.c("Consumidor Eletrônica")
    r.rule()
    r.line("Código Descrição          Qtde Un  Vl Total")
    goods = [
        ("00123", "PAO FRANCES", D("0.650"), "KG", D("18.90")),
        ("00410", "CAFE EXPRESSO", D(2), "UN", D("6.50")),
        ("00233", "PAO DE QUEIJO", D(4), "UN", D("3.80")),
        ("00871", "BOLO DE CENOURA FATIA", D(2), "UN", D("9.90")),
        ("00502", "SUCO LARANJA 500ML", D(1), "UN", D("11.00")),
    ]
    items, sub = [], ZERO
    for code, desc, n, un, up in goods:
        amt = q(n * up)
        sub += amt
        qs = f"{n:.3f}".replace(".", ",") if un == "KG" else qty_s(n)
        r.line(f"{code}  {desc[:18]:<18} {qs:>5} {un:<2} {fmt(amt, 'nogc'):>8}")
        r.line(f"        Vl Unit {fmt(up, 'nogc')}")
        items.append(item(desc, n, up, amt))
    disc = D("-2.00")
    total = sub + disc
    trib = q(total * D("0.1365"))
    r.rule()
    r.lr("Qtde. total de itens", str(len(goods)))
    r.lr("Valor total R$", fmt(sub, "nogc"))
    r.lr("Desconto R$", fmt(disc, "nogc"))
    r.lr("Valor a Pagar R$", fmt(total, "nogc"), bold=True)
    r.lr("FORMA PAGAMENTO", "VALOR PAGO R$")
    r.lr("Cartão de Débito", fmt(total, "nogc"))
    r.rule()
    r.line("Tributos Totais Incidentes")
    r.lr("(Lei Federal 12.741/2012) R$", fmt(trib, "nogc"))
    r.rule()
    r.c("NFC-e nº 000012345 Série 001")
    r.c("Emissão 21/02/2026 09:12:33")
    r.c("Consulte pela Chave de Acesso em")
    r.c("www.nfce.fazenda.sp.gov.br/consulta")
    r.c("3526 0212 3456 7800 0190 6500 1000")
    r.c("0123 4510 2938 4756")
    r.c("CONSUMIDOR NÃO IDENTIFICADO")
    r.shape(28, lambda p, y0, h: qr_box(p.c, r.w / 2 - h / 2, y0, h, random.Random(12345)))
    r.c("Protocolo de autorização: 135260412873301")
    items.append(item("Desconto", 1, disc, disc))
    pdf = r.render("NFC-e 000012345")
    t = truth(
        number="000012345",
        date=d,
        due=None,
        vendor=vendor,
        amount=total - trib,
        vat=trib,
        total=total,
        currency="BRL",
        locale="pt-BR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Brazilian NFC-e photographed: 'Valor total' before discount vs 'Valor a Pagar' (total), vat keyed as the printed approximate 'Tributos Totais Incidentes (Lei 12.741)', weight item 0,650 KG, 44-digit access key and protocol numbers are not the NFC-e number 000012345.",
    )
    return (
        pdf,
        t,
        {
            "kind": "photo",
            "ext": "jpg",
            "dpi": 240,
            "long_side": 2200,
            "quality": 70,
            "bg": "wood",
            "fold": True,
            "shadow": True,
            "fade": True,
        },
    )


# =========================================================================== driver

DOCS = {
    f.__name__: f
    for f in (
        i01,
        i02,
        i03,
        i04,
        i05,
        i06,
        i07,
        i08,
        i09,
        i10,
        i11,
        i12,
        i13,
        i14,
        i15,
        i16,
        r01,
        r02,
        r03,
        r04,
        r05,
        r06,
        r07,
        r08,
        r09,
        r10,
        r11,
        r12,
        r13,
        r14,
        r15,
        r16,
    )
}

COUNTRY = {
    "i01": "US", "i02": "NZ", "i03": "IE", "i04": "DE", "i05": "FR", "i06": "ES", "i07": "SE", "i08": "IN",
    "i09": "BE", "i10": "AU", "i11": "IT", "i12": "PL", "i13": "US", "i14": "CH", "i15": "MX", "i16": "CA",
    "r01": "AT", "r02": "DK", "r03": "PT", "r04": "FI", "r05": "NL", "r06": "NO", "r07": "CZ", "r08": "GB",
    "r09": "MY", "r10": "JP", "r11": "TR", "r12": "ZA", "r13": "AE", "r14": "GR", "r15": "HU", "r16": "BR",
}  # fmt: skip

STYLE = {
    "i01": "US small-business accounting (QuickBooks-like)", "i02": "NZ cloud ledger tax invoice (Xero-like)",
    "i03": "subscription billing invoice (Stripe-like)", "i04": "German SME invoicing (lexoffice-like)",
    "i05": "French facture tool", "i06": "Spanish freelancer tool (IRPF)", "i07": "Swedish ledger (Fortnox-like)",
    "i08": "Indian GST (Tally-like)", "i09": "ERP credit note (Odoo-like)", "i10": "statement-style invoice (MYOB-like)",
    "i11": "telecom bill, 3 pages", "i12": "marketplace seller invoice", "i13": "cloud hosting, reverse charge, 2 pages",
    "i14": "Swiss SME tool + QR-bill, 2 pages", "i15": "Mexican CFDI printout", "i16": "Quebec online invoicing (Wave-like)",
    "r01": "supermarket till, VAT classes A/B/C", "r02": "fuel station", "r03": "pharmacy", "r04": "parking machine ticket 58 mm",
    "r05": "bakery tablet POS e-receipt", "r06": "hardware store with item codes", "r07": "department store, voided line",
    "r08": "restaurant bill, service charge", "r09": "Malaysian restaurant till, SST", "r10": "konbini receipt 58 mm",
    "r11": "Turkish fiscal receipt (ÖKC)", "r12": "supermarket, zero-rated items", "r13": "café tablet POS e-receipt",
    "r14": "Greek retail receipt", "r15": "Hungarian grocery, cash rounding", "r16": "Brazilian NFC-e",
}  # fmt: skip


def build(name: str):
    fn = DOCS[name]
    seed = zlib.crc32(name.encode())
    rng = random.Random(seed)
    pdf, t, spec = fn(rng)
    kind = spec["kind"]
    t["kind"] = kind
    if kind == "pdf":
        return pdf, "pdf", t
    dpi = spec.get("dpi", 200)
    if kind == "scan":
        img = render_pdf(pdf, dpi, grey=False)
        out = degrade_scan(
            img,
            seed,
            grey=spec.get("grey", True),
            skew=spec.get("skew", 1.0),
            blur=spec.get("blur", 0.6),
            noise=spec.get("noise", 5),
            specks=spec.get("specks", 30),
            fade=spec.get("fade", False),
            bed=spec.get("bed", (250, 250, 250)),
            downscale=spec.get("downscale"),
        )
    else:
        img = render_pdf(pdf, dpi)
        out = degrade_photo(
            img,
            seed,
            long_side=spec["long_side"],
            quality=spec["quality"],
            bg=spec.get("bg", "wood"),
            fold=spec.get("fold", True),
            shadow=spec.get("shadow", True),
            jitter=spec.get("jitter", 0.035),
            fade=spec.get("fade", False),
        )
    ext = spec.get("ext", "png")
    buf = io.BytesIO()
    if ext == "pdf":
        size = spec.get("size") or (out.width * 72 / dpi, out.height * 72 / dpi)
        return image_pdf(out, size, title=name), "pdf", t
    if ext == "jpg":
        out.convert("RGB" if out.mode != "L" else "L").save(
            buf, "JPEG", quality=spec.get("quality", 75), optimize=False
        )
    else:
        out.save(buf, "PNG", optimize=False)
    return buf.getvalue(), ext, t


def readme(truths: dict) -> str:
    kinds: dict[tuple[str, str], int] = {}
    for _n, (t, ext) in truths.items():
        kinds[(t["layout"], f"{t['kind']} ({ext})")] = (
            kinds.get((t["layout"], f"{t['kind']} ({ext})"), 0) + 1
        )
    rows = sorted({k for _, k in kinds})
    mix = ["| kind | invoices | receipts | total |", "|---|---|---|---|"]
    for k in rows:
        a, b = kinds.get(("invoice", k), 0), kinds.get(("receipt", k), 0)
        mix.append(f"| {k} | {a} | {b} | {a + b} |")
    ni = sum(1 for t, _ in truths.values() if t["layout"] == "invoice")
    mix.append(f"| **all** | {ni} | {len(truths) - ni} | {len(truths)} |")
    countries = sorted({COUNTRY[n] for n in truths})
    doc = [
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, (t, ext) in truths.items():
        note = t["note"].replace("|", "/")
        doc.append(
            f"| {n}.{ext} | {t['kind']} | {COUNTRY[n]} | {t['document_type']}: {STYLE[n]} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {note} |"
        )
    return f"""# Blind set 2026-13x: what common billing software and till systems print

Generated by `bench/blindsets/blind_2026_13x.py` (run `python -m bench.blindsets.blind_2026_13x [OUTDIR] [--only NAME]`
from the repository root). Written blind: without looking at the reader, its tests, docs or other blind sets.

## How the set is drawn
- 16 invoices (`i01`..`i16`), each imitating the typical output of a different kind of billing product
  (small-business accounting, cloud ledger, subscription billing, SME invoicing tools, ERP, statement
  invoices, telecom bill, marketplace, cloud hosting, GST and CFDI printouts), and 16 receipts
  (`r01`..`r16`) imitating till systems (supermarket, fuel, pharmacy, parking machine, tablet POS,
  hardware, department store, restaurants, fiscal printers, e-receipts).
- {len(countries)} countries: {", ".join(countries)}. Each document in its country's language, date and number format
  (decimal comma, apostrophe / space / narrow-space / lakh grouping, currencies without decimals).
- Every page is drawn with reportlab (`invariant=1`), DejaVu fonts. Each text run is checked to stay on
  the page and not overlap another run (`LayoutError` otherwise).
- Images: scans are the PDF rendered with pypdfium2 (170–260 dpi), grey or colour, skew up to ±2°, blur,
  noise, specks, thermal fading on receipts, one downscaled to 660 px wide; photos are perspective-warped
  onto a generated wood/desk/fabric/dark background with uneven light, a shadow, sometimes a crease,
  JPEG quality 62–78, long side 1,500–2,300 px. Three image-only PDFs (`i05`, `i10`, `r07`) embed a
  degraded scan as the only page content (no text layer).
- Deterministic: every random choice is seeded with the CRC-32 of the document's name.
- All amounts are computed once with `Decimal` (ROUND_HALF_UP); the page and the JSON print the same values.

## Mix

{chr(10).join(mix)}

Born-digital PDFs (with a text layer): {sum(1 for t, e in truths.values() if t["kind"] == "pdf")} of {len(truths)}.
Multi-page PDFs: i11 (3 pages), i13 (2), i14 (2).

## Truth conventions
- `amount` = net before tax; `vat` = the sum of all taxes printed (null only when none is printed);
  `total` = what the document charges; the check `amount + vat + tip + rounding == total` holds for every
  file (vat 0 when null). `tip` and `rounding` are stored only as part of that check and are not keys.
- Prices that include tax: `amount = total - vat - tip - rounding` (e.g. receipts that print only the tax).
- Where a net is printed it is keyed as printed.
- `total` is the document's own total including tax, after discounts and after printed cash rounding /
  round-off lines (Öresavrundning, Rundungsdifferenz, Round Off, Rounding Adj, Zaokrouhlení, Kerekítés).
  It is NOT the outstanding balance: deposits already paid (i01), previous balances (i10) or
  'Amount paid / Amount due 0.00' (i12, i13) do not change it.
- Tips / gratuities / discretionary service charges are outside the net and the VAT (r05 Fooi, r08 service).
- Withholding: on the Spanish invoice (i06) the IRPF retention is a negative tax; `vat` = IVA - IRPF so
  that amount + vat = 'TOTAL FACTURA'; IVA and IRPF are both named in the note.
- Reverse charge (i13): the page prints 'VAT 0% (reverse charge) $0.00', keyed `vat` "0.00".
- Brazil (r16): `vat` = the printed approximate taxes 'Tributos Totais Incidentes (Lei 12.741/2012)'.
- Credit notes (i09) are keyed with negative amount, vat, total and line amounts, even though the
  page prints them positive under the title 'Creditnota'.
- `vendor_name`: the seller's name as printed at the head, with the legal form when printed with it
  (the marketplace seller, not the platform, in i12; the trading name 'The Brass Anchor' in r08, whose
  footer also names 'Brass Anchor Dining Ltd'; the legal name in r14, printed first above the trading name).
- `invoice_number`: the document's own number as printed (receipt no., bill no., Beleg-Nr., Α/Α, FİŞ NO,
  NFC-e nº, Serie y folio); never an order, customer, OCR, UUID, MARK or access-key number.
- `due_date`: only when a date is printed as due / payable by; null otherwise (terms like '30 Days' are not a date).
- Line items: description, quantity, unit price and line amount as printed (tax-inclusive on receipts);
  discount lines are separate items with a negative amount.
- Files carry exactly the keys above (no extra keys); tax splits (IVA/IRPF, CGST/SGST, TPS/TVQ) are in the note.
- The Japanese receipt (r10) is printed in English mode, because no Japanese font is available here.

## Documents

{chr(10).join(doc)}
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(DOCS)
    truths = {}
    for n in names:
        data, ext, t = build(n)
        (out / f"{n}.{ext}").write_bytes(data)
        (out / f"{n}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        truths[n] = (t, ext)
        print(f"{n}.{ext}  {t['kind']:<5}  {t['total']:>10} {t['currency']}  {t['vendor_name']}")
    if not a.only:
        (out / "README.md").write_text(readme(truths), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
