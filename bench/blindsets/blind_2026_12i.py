# ruff: noqa: E501
"""Blind set 12i: invoices and receipts as common document software prints them.

30 documents (15 invoices i01..i15, 15 receipts r01..r15), each drawn by its own function,
with its ground truth written next to it as NAME.json. Deterministic: every random choice is
seeded with the CRC-32 of the document's name.

    python -m bench.blindsets.blind_2026_12i [OUTDIR] [--only NAME]
"""

from __future__ import annotations

import argparse
import io
import itertools
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
from PIL import Image
from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SET = "12i"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-12i")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVO": "DejaVuSans-Oblique.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSCI": "DejaVuSerifCondensed-Italic.ttf",
    "DVSCBI": "DejaVuSerifCondensed-BoldItalic.ttf",
    "DVL": "DejaVuSans-ExtraLight.ttf",
}
for _k, _f in FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, str(FONT_DIR / _f)))

D = Decimal
BLACK = (0, 0, 0)
GREY = (0.42, 0.42, 0.45)


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# ----------------------------------------------------------------------------- money


def q2(x) -> Decimal:
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D("1"), ROUND_HALF_UP)


def _group(ip: str, sep: str, indian: bool) -> str:
    if indian and len(ip) > 3:
        head, groups = ip[:-3], [ip[-3:]]
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        return sep.join(([head] if head else []) + groups)
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    return sep.join([ip, *parts])


def money(x, dec: str = ".", thou: str = ",", nd: int = 2, indian: bool = False) -> str:
    """Format a Decimal the local way: money(D('-1234.5'), ',', '.') -> '-1.234,50'."""
    x = D(x)
    s = f"{abs(x):.{nd}f}"
    ip, _, fp = s.partition(".")
    out = _group(ip, thou, indian) + (dec + fp if nd else "")
    return ("-" if x < 0 else "") + out


def eu(x) -> str:
    return money(x, ",", ".")


def us(x) -> str:
    return money(x, ".", ",")


def sp(x) -> str:
    return money(x, ",", "\u00a0")


def item(desc: str, qty, unit, amount) -> dict:
    return {
        "description": desc,
        "quantity": None if qty is None else str(qty),
        "unit_price": None if unit is None else str(unit),
        "amount": f"{q2(amount):.2f}",
    }


def truth(**k) -> dict:
    amount, vat, total = k["amount"], k["vat"], k["total"]
    for v in (amount, vat, total):
        assert v is None or q2(v) == v, v
    if vat is None:
        assert amount == total, (amount, total)
    else:
        assert amount + vat == total, (amount, vat, total)
    return {
        "invoice_number": k["number"],
        "invoice_date": k["issued"].isoformat(),
        "due_date": k["due"].isoformat() if k.get("due") else None,
        "vendor_name": k["vendor"],
        "amount": f"{amount:.2f}",
        "vat": None if vat is None else f"{vat:.2f}",
        "total": f"{total:.2f}",
        "currency": k["cur"],
        "locale": k["loc"],
        "layout": k["layout"],
        "document_type": k.get("dtype", k["layout"]),
        "line_items": k["items"],
        "note": k["note"],
        "kind": k["kind"],
    }


def vat_in(gross, rate) -> Decimal:
    """Tax contained in a tax-inclusive amount."""
    return q2(D(gross) * D(rate) / (D(100) + D(rate)))


# ----------------------------------------------------------------------------- drawing


class Pad:
    """A reportlab canvas that checks every text run stays on the page and overlaps no other."""

    def __init__(self, c: canvas.Canvas, w: float, h: float, name: str):
        self.c, self.w, self.h, self.name = c, w, h, name
        self.runs: list[tuple[tuple[float, float, float, float], str]] = []
        self.page = 1

    def text(self, x, y, s, font="DV", size=9.0, align="l", color=BLACK) -> float:
        s = str(s)
        if not s:
            return 0.0
        wid = pdfmetrics.stringWidth(s, font, size)
        x0 = {"l": x, "r": x - wid, "c": x - wid / 2}[align]
        self._check((x0, y - 0.22 * size, x0 + wid, y + 0.76 * size), s)
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return wid

    def _check(self, box, s) -> None:
        x0, y0, x1, y1 = box
        if x0 < 3 or y0 < 3 or x1 > self.w - 3 or y1 > self.h - 3:
            raise LayoutError(f"{self.name} p{self.page}: off page: {s!r} {box}")
        for b, t in self.runs:
            if min(x1, b[2]) - max(x0, b[0]) > 0.3 and min(y1, b[3]) - max(y0, b[1]) > 0.3:
                raise LayoutError(f"{self.name} p{self.page}: {s!r} overlaps {t!r}")
        self.runs.append((box, s))

    def wrap(self, x, y, s, width, font="DV", size=8.0, lead=None, color=BLACK) -> float:
        lead = lead or size * 1.3
        line = ""
        for word in s.split():
            trial = (line + " " + word).strip()
            if pdfmetrics.stringWidth(trial, font, size) > width and line:
                self.text(x, y, line, font, size, color=color)
                y -= lead
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, font, size, color=color)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=BLACK, lw=0.6, r=0) -> None:
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if r:
            c.roundRect(x, y, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw=0.6, color=BLACK, dash=None) -> None:
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        c.setDash(*(dash or ([], 0)))
        c.line(x1, y1, x2, y2)
        c.setDash([], 0)
        c.setStrokeColorRGB(0, 0, 0)

    def rows(self, y, cols, rows, font="DV", size=8.5, lead=13.0, color=BLACK) -> float:
        """cols: [(x, align)], rows: [[str, ...]]; returns the y below the last row."""
        for row in rows:
            for (x, a), v in zip(cols, row, strict=False):
                self.text(x, y, v, font, size, a, color)
            y -= lead
        return y

    def new_page(self) -> None:
        self.c.showPage()
        self.runs = []
        self.page += 1


def new_pdf(name: str, size) -> tuple[io.BytesIO, Pad]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(name)
    return buf, Pad(c, size[0], size[1], name)


def finish(buf: io.BytesIO, p: Pad) -> bytes:
    p.c.showPage()
    p.c.save()
    return buf.getvalue()


def qr(p: Pad, x, y, size, rng: random.Random, n=25, color=BLACK) -> None:
    """A QR-ish square: three finder patterns and seeded random modules."""
    c, m = p.c, size / n
    c.setFillColorRGB(1, 1, 1)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColorRGB(*color)
    finders = [(0, 0), (n - 7, 0), (0, n - 7)]
    for i in range(n):
        for j in range(n):
            if any(fx - 1 <= i <= fx + 7 and fy - 1 <= j <= fy + 7 for fx, fy in finders):
                continue
            if rng.random() < 0.48:
                c.rect(x + i * m, y + size - (j + 1) * m, m, m, stroke=0, fill=1)
    for fx, fy in finders:
        for k, col in ((7, 1), (5, 0), (3, 1)):
            off = (7 - k) / 2
            c.setFillColorRGB(*(color if col else (1, 1, 1)))
            c.rect(
                x + (fx + off) * m, y + size - (fy + off + k) * m, k * m, k * m, stroke=0, fill=1
            )
    c.setFillColorRGB(0, 0, 0)


def barcode(p: Pad, x, y, value: str, h=24.0, bw=0.9) -> float:
    b = code128.Code128(value, barHeight=h, barWidth=bw, quiet=False)
    b.drawOn(p.c, x, y)
    return b.width


# ----------------------------------------------------------------------------- receipt rolls


class Roll:
    """A receipt roll drawn top-down; the page is as long as its content."""

    def __init__(self, name, width_mm, font="DVM", size=8.0, lead=None, margin=4.0):
        self.name, self.w, self.m = name, width_mm * mm, margin * mm
        self.font, self.size = font, size
        self.lead = lead or size * 1.32
        self.y = self.m + size
        self.ops: list[tuple] = []

    def t(self, s, align="l", font=None, size=None, x=None, color=BLACK) -> None:
        if x is None:
            x = {"l": self.m, "r": self.w - self.m, "c": self.w / 2}[align]
        self.ops.append(("t", self.y, x, s, font or self.font, size or self.size, align, color))

    def nl(self, k=1.0) -> None:
        self.y += self.lead * k

    def line(self, s, align="l", **kw) -> None:
        self.t(s, align, **kw)
        self.nl()

    def lr(self, left, right, **kw) -> None:
        self.t(left, "l", **kw)
        self.t(right, "r", **kw)
        self.nl()

    def cols(self, cells, **kw) -> None:
        """cells: [(fraction of width, text, align)]"""
        for f, s, a in cells:
            self.t(s, a, x=self.m + f * (self.w - 2 * self.m), **kw)
        self.nl()

    def big(self, s, size, font="DVB", align="c") -> None:
        self.y += size - self.size
        self.t(s, align, font=font, size=size)
        self.nl(1.0)
        self.y += size * 0.15

    def rule(self, dash=False, ch=None) -> None:
        if ch:
            n = int((self.w - 2 * self.m) / pdfmetrics.stringWidth(ch, self.font, self.size))
            self.line(ch * n)
            return
        self.ops.append(("rule", self.y - self.size * 0.7, dash))
        self.nl(0.7)

    def draw(self, fn: Callable[[Pad, float, float], None], height: float) -> None:
        """fn(pad, x_left, y_top) draws inside the next `height` points."""
        top = self.y - self.size
        self.ops.append(("fn", top, fn))
        self.y = top + height + self.size + 2

    def gap(self, pts) -> None:
        self.y += pts

    def render(self) -> bytes:
        h = self.y + self.m
        buf, p = new_pdf(self.name, (self.w, h))
        for op in self.ops:
            if op[0] == "t":
                _, y, x, s, font, size, align, color = op
                p.text(x, h - y, s, font, size, align, color)
            elif op[0] == "rule":
                p.line(
                    self.m,
                    h - op[1],
                    self.w - self.m,
                    h - op[1],
                    0.6,
                    dash=([2, 2], 0) if op[2] else None,
                )
            else:
                op[2](p, self.m, h - op[1])
        return finish(buf, p)


# ----------------------------------------------------------------------------- degrading


def render(pdf: bytes, dpi: float, page: int = 0) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    arr = np.asarray(img).copy()
    doc.close()
    return arr


def _fade(a: np.ndarray, g: np.random.Generator, fade: float) -> np.ndarray:
    """Thermal fading: ink lightens in soft bands down the roll."""
    h = a.shape[0]
    base = cv2.resize(
        g.random((max(2, h // 180), 1)).astype(np.float32), (1, h), interpolation=cv2.INTER_CUBIC
    )
    keep = 1.0 - fade * np.clip(base, 0, 1)
    return 255 - (255 - a) * keep[:, :, None]


def scan(
    img,
    r: random.Random,
    *,
    grey=True,
    skew=0.0,
    blur=0.6,
    noise=5.0,
    specks=30,
    fade=0.0,
    tint=(248, 246, 240),
    width=None,
) -> np.ndarray:
    g = np.random.default_rng(r.getrandbits(32))
    a = img.astype(np.float32) * (np.array(tint, np.float32) / 255.0)
    if fade:
        a = _fade(a, g, fade)
    h, w = a.shape[:2]
    if skew:
        pad = int(0.03 * max(h, w))
        a = cv2.copyMakeBorder(a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=tint)
        h, w = a.shape[:2]
        m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=tint)
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + g.normal(0, noise, (h, w))[:, :, None]
    for _ in range(specks):
        cx, cy, rad = int(g.integers(0, w)), int(g.integers(0, h)), int(g.integers(1, 3))
        cv2.circle(a, (cx, cy), rad, (60, 60, 60), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if grey:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    if width:
        a = cv2.resize(
            a, (width, round(a.shape[0] * width / a.shape[1])), interpolation=cv2.INTER_AREA
        )
    return a


def _background(g: np.random.Generator, w: int, h: int, base) -> np.ndarray:
    low = cv2.resize(g.random((8, 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    grain = cv2.GaussianBlur(g.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 1.2)
    streak = cv2.resize(
        g.random((h // 6 + 1, 3)).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR
    )
    bg = np.array(base, np.float32)[None, None, :] * (
        0.85 + 0.2 * low[:, :, None] + 0.08 * streak[:, :, None]
    )
    return bg + 6 * grain[:, :, None]


def photo(
    img,
    r: random.Random,
    *,
    long_side=1900,
    quality=72,
    base=(120, 96, 72),
    fold=True,
    shadow=True,
    tilt=0.035,
) -> bytes:
    g = np.random.default_rng(r.getrandbits(32))
    h0, w0 = img.shape[:2]
    if h0 >= w0:
        oh, ow = long_side, int(long_side * min(0.8, max(0.5, w0 / h0 * 1.3)))
    else:
        ow, oh = long_side, int(long_side * 0.75)
    s = min(ow * 0.84 / w0, oh * 0.88 / h0)
    dw, dh = w0 * s, h0 * s
    x0, y0 = (ow - dw) / 2, (oh - dh) / 2
    j = tilt * min(ow, oh)
    dst = np.float32([[x0, y0], [x0 + dw, y0], [x0 + dw, y0 + dh], [x0, y0 + dh]]) + g.uniform(
        -j, j, (4, 2)
    ).astype(np.float32)
    src = np.float32([[0, 0], [w0, 0], [w0, h0], [0, h0]])
    m = cv2.getPerspectiveTransform(src, dst)
    doc = img.astype(np.float32)
    if fold:
        fy = int(h0 * g.uniform(0.35, 0.65))
        doc[max(0, fy - 2) : fy + 2] *= 0.86
        doc[fy:] *= 0.96
    warped = cv2.warpPerspective(doc, m, (ow, oh), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h0, w0), np.float32), m, (ow, oh), flags=cv2.INTER_LINEAR)[
        :, :, None
    ]
    out = _background(g, ow, oh, base) * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
    ang = g.uniform(0, 2 * np.pi)
    light = 0.9 + 0.12 * ((np.cos(ang) * xx / ow + np.sin(ang) * yy / oh) - 0.5)
    if shadow:
        sx = g.uniform(0.55, 0.85) * ow
        light = light * np.where(xx + 0.4 * yy > sx + 0.4 * oh * 0.5, 0.78, 1.0)
        light = cv2.GaussianBlur(light.astype(np.float32), (0, 0), 25)
    out = out * light[:, :, None]
    out = cv2.GaussianBlur(out, (0, 0), 0.7) + g.normal(0, 2.5, (oh, ow, 1))
    pil = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    bio = io.BytesIO()
    pil.save(bio, "JPEG", quality=quality)
    return bio.getvalue()


def png(a: np.ndarray) -> bytes:
    bio = io.BytesIO()
    Image.fromarray(a).save(bio, "PNG", optimize=False)
    return bio.getvalue()


def image_pdf(a: np.ndarray, dpi: float, name: str) -> bytes:
    """The degraded scan as the only content of a PDF page (no text layer)."""
    h, w = a.shape[:2]
    bio = io.BytesIO()
    Image.fromarray(a).save(bio, "JPEG", quality=82)
    bio.seek(0)
    buf = io.BytesIO()
    size = (w * 72 / dpi, h * 72 / dpi)
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(name)
    c.drawImage(ImageReader(bio), 0, 0, size[0], size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def logo_circle(p: Pad, x, y, r, fill, letter_s, font="DVB", size=None, fg=(1, 1, 1)) -> None:
    p.c.setFillColorRGB(*fill)
    p.c.circle(x, y, r, stroke=0, fill=1)
    p.text(x, y - (size or r) * 0.36, letter_s, font, size or r, "c", fg)


# ============================================================================= invoices


def i01(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """USA: a payment platform's receipt, e-mailed as PDF (Letter)."""
    buf, p = new_pdf(name, letter)
    W, H = letter
    lines = [
        ("Growth plan", D(1), D("899.00"), "Feb 12 – Mar 12, 2026"),
        ("Additional seats", D(3), D("59.00"), "Feb 12 – Mar 12, 2026"),
        ("Onboarding workshop (one-time)", D(1), D("250.00"), None),
    ]
    rows = [(d, q, u, q2(q * u), per) for d, q, u, per in lines]
    disc = -q2(D("899.00") * D("0.10"))
    net = sum(x[3] for x in rows) + disc
    t_state, t_city = q2(net * D("0.029")), q2(net * D("0.0481"))
    vat = t_state + t_city
    total = net + vat
    ink, soft = (0.2, 0.2, 0.28), (0.45, 0.47, 0.55)
    p.rect(0, H - 100, W, 100, fill=(0.36, 0.33, 0.78), stroke=None)
    logo_circle(p, W / 2, H - 100, 30, (1, 1, 1), "L", "DVB", 28, (0.36, 0.33, 0.78))
    p.text(W / 2, H - 165, "Receipt from Larkspur Analytics, Inc.", "DV", 19, "c", ink)
    p.text(W / 2, H - 186, "Receipt #2231-4410", "DV", 11, "c", soft)
    y = H - 230
    for x, lab, val in (
        (110, "AMOUNT PAID", "$" + us(total)),
        (270, "DATE PAID", "Feb 12, 2026, 9:14:07 AM"),
        (455, "PAYMENT METHOD", "VISA – 4242"),
    ):
        p.text(x, y, lab, "DVB", 7.5, "l", soft)
        p.text(x, y - 16, val, "DV", 10, "l", ink)
    y -= 60
    p.text(110, y, "SUMMARY", "DVB", 7.5, "l", soft)
    y -= 14
    box_top = y
    y -= 24
    for d, q, u, a, per in rows:
        lab = f"{d} × {q}" if q != 1 else d
        p.text(125, y, lab, "DV", 10, "l", ink)
        p.text(W - 125, y, "$" + us(a), "DV", 10, "r", ink)
        if per:
            p.text(125, y - 14, per, "DV", 8.5, "l", soft)
        if q != 1:
            p.text(
                125 + pdfmetrics.stringWidth(lab, "DV", 10) + 8,
                y,
                f"(${us(u)} each)",
                "DV",
                8.5,
                "l",
                soft,
            )
        y -= 34 if per else 22
    p.line(125, y + 10, W - 125, y + 10, 0.5, (0.85, 0.85, 0.9))
    y -= 8
    for lab, val, f in (
        ("Subtotal", "$" + us(net - disc), "DV"),
        ("FOUNDERS10 (10% off Growth plan)", "-$" + us(-disc), "DV"),
        ("Colorado State Sales Tax (2.9%)", "$" + us(t_state), "DV"),
        ("Denver City Sales Tax (4.81%)", "$" + us(t_city), "DV"),
        ("Amount charged", "$" + us(total), "DVB"),
    ):
        p.text(125, y, lab, f, 10, "l", ink)
        p.text(W - 125, y, val, f, 10, "r", ink)
        y -= 22
    p.rect(110, y + 4, W - 220, box_top - y - 4, fill=None, stroke=(0.85, 0.85, 0.9), lw=0.8, r=6)
    y -= 30
    for lab, val in (
        ("Invoice number", "LRK-0042-0007"),
        ("Receipt number", "2231-4410"),
        ("Billed to", "Harbor & Finch Studio LLC · ops@harborfinch.co"),
    ):
        p.text(110, y, lab, "DV", 9, "l", soft)
        p.text(230, y, val, "DV", 9, "l", ink)
        y -= 16
    y -= 20
    p.line(110, y, W - 110, y, 0.5, (0.85, 0.85, 0.9))
    y -= 26
    p.text(
        110,
        y,
        "If you have any questions, contact us at billing@larkspur.io or call us at +1 720-555-0143.",
        "DV",
        8.5,
        "l",
        soft,
    )
    y -= 40
    p.text(
        110,
        y,
        "Larkspur Analytics, Inc. · 1550 Wewatta St, Suite 400 · Denver, CO 80202 · EIN 84-3927716",
        "DV",
        7.5,
        "l",
        soft,
    )
    p.text(
        110,
        y - 12,
        "Something wrong with the email? View it in your browser.",
        "DV",
        7.5,
        "l",
        soft,
    )
    p.text(
        110,
        y - 40,
        "You're receiving this email because you made a purchase at Larkspur Analytics, Inc.,",
        "DV",
        7,
        "l",
        soft,
    )
    p.text(
        110,
        y - 50,
        "which partners with Paylane to provide invoicing and payment processing.",
        "DV",
        7,
        "l",
        soft,
    )
    p.text(W - 110, 22, "Powered by paylane", "DVB", 8, "r", soft)
    items = [item(d, q, u, a) for d, q, u, a, _ in rows] + [
        item("FOUNDERS10 (10% off Growth plan)", None, None, disc)
    ]
    t = truth(
        number="2231-4410",
        issued=date(2026, 2, 12),
        due=None,
        vendor="Larkspur Analytics, Inc.",
        amount=net,
        vat=vat,
        total=total,
        cur="USD",
        loc="en-US",
        layout="invoice",
        dtype="receipt",
        items=items,
        kind="pdf",
        note="Payment-platform receipt: receipt # and invoice # both printed (keyed the receipt #), platform name in footer, discount line, two stacked US sales taxes, 'Amount charged' not 'Total'.",
    )
    return finish(buf, p), "pdf", t


def i02(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Germany: a marketplace order invoice, seller and platform both named, gross prices."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    lines = [
        ("WMF Pfannenset Profi Resist, 3-tlg., Ø 20/24/28 cm", 1, D("129.99")),
        ("Zwilling Schneidebrett Bambus, 40 x 25 cm", 2, D("24.95")),
        ("Emsa Isolierkanne Samba 1,0 l, anthrazit", 1, D("27.49")),
    ]
    ship = D("4.90")
    rows = [(d, q, u, q2(q * u)) for d, q, u in lines]
    gross = sum(x[3] for x in rows) + ship
    vat = vat_in(gross, 19)
    net = gross - vat
    p.text(40, H - 55, "kaufhafen", "DVB", 24, "l", (0.1, 0.1, 0.1))
    p.text(
        40 + pdfmetrics.stringWidth("kaufhafen", "DVB", 24) + 2,
        H - 55,
        ".de",
        "DV",
        24,
        "l",
        (0.95, 0.55, 0.1),
    )
    p.text(40, H - 70, "Marketplace-Bestellung", "DV", 8, "l", GREY)
    p.text(W - 40, H - 52, "Rechnung", "DVB", 20, "r")
    p.text(W - 40, H - 68, "Bezahlt", "DVB", 10, "r", (0.1, 0.55, 0.2))
    p.text(40, H - 110, "Verkauft von", "DVB", 8.5, "l", GREY)
    y = p.rows(
        H - 124,
        [(40, "l")],
        [
            ["Hofmann Haushaltswaren GmbH"],
            ["Lindenstraße 14"],
            ["33602 Bielefeld"],
            ["Deutschland"],
            ["USt-IdNr.: DE287441935"],
        ],
        "DV",
        9,
        12,
    )
    p.text(300, H - 110, "Rechnungsdetails", "DVB", 8.5, "l", GREY)
    p.rows(
        H - 124,
        [(300, "l"), (445, "l")],
        [
            ["Rechnungsdatum/Lieferdatum", "09.03.2026"],
            ["Rechnungsnummer", "HH-2026-004817"],
            ["Gesamt zu zahlen", eu(gross) + " €"],
            ["Bestellnummer", "304-8841273-5520917"],
            ["Bestelldatum", "07.03.2026"],
        ],
        "DV",
        8.5,
        12,
    )
    y -= 16
    p.text(40, y, "Rechnungsadresse", "DVB", 8.5, "l", GREY)
    p.text(300, y, "Lieferadresse", "DVB", 8.5, "l", GREY)
    addr = [
        ["Katrin Oberländer", "Katrin Oberländer"],
        ["Gneisenaustraße 61", "Packstation 118"],
        ["10961 Berlin", "10961 Berlin"],
    ]
    y = p.rows(y - 14, [(40, "l"), (300, "l")], addr, "DV", 9, 12) - 18
    cols = [(40, "l"), (330, "r"), (385, "r"), (420, "r"), (480, "r"), (W - 40, "r")]
    p.rect(36, y - 6, W - 72, 28, fill=(0.93, 0.93, 0.93), stroke=None)
    p.rows(
        y + 8,
        cols,
        [["Beschreibung", "Menge", "Stückpreis", "USt. %", "Stückpreis", "Zwischensumme"]],
        "DVB",
        7.5,
        10,
    )
    p.rows(
        y - 2, cols, [["", "", "(ohne USt.)", "", "(inkl. USt.)", "(inkl. USt.)"]], "DV", 6.5, 10
    )
    y -= 24
    for d, q, u, a in rows:
        p.rows(
            y,
            cols,
            [[d, str(q), eu(q2(u / D("1.19"))) + " €", "19 %", eu(u) + " €", eu(a) + " €"]],
            "DV",
            8,
            12,
        )
        p.text(
            40, y - 11, "ASIN/EAN: " + str(4000000000000 + r.randrange(10**9)), "DV", 6.5, "l", GREY
        )
        y -= 28
    p.rows(
        y,
        cols,
        [
            [
                "Versandkosten",
                "",
                eu(q2(ship / D("1.19"))) + " €",
                "19 %",
                eu(ship) + " €",
                eu(ship) + " €",
            ]
        ],
        "DV",
        8,
        12,
    )
    y -= 20
    p.line(300, y + 8, W - 40, y + 8)
    for lab, val, f in (
        ("Gesamtpreis (ohne USt.)", eu(net) + " €", "DV"),
        ("USt. 19 %", eu(vat) + " €", "DV"),
        ("Gesamtpreis (inkl. USt.)", eu(gross) + " €", "DVB"),
    ):
        y -= 14
        p.text(320, y, lab, f, 9)
        p.text(W - 40, y, val, f, 9, "r")
    y -= 40
    y = p.wrap(
        40,
        y,
        "Zahlung: Der Rechnungsbetrag wurde am 09.03.2026 per kaufhafen Pay (Visa •••• 8817) eingezogen. Bitte nicht überweisen.",
        W - 80,
        "DV",
        8,
    )
    y = p.wrap(
        40,
        y - 6,
        "Diese Rechnung wurde vom Verkäufer Hofmann Haushaltswaren GmbH ausgestellt. Die Kaufhafen EU S.à r.l. (Luxemburg) ist Betreiberin des Marktplatzes und nicht Vertragspartner des Kaufvertrags.",
        W - 80,
        "DV",
        8,
        color=GREY,
    )
    p.line(40, 70, W - 40, 70, 0.4, GREY)
    p.text(
        40,
        56,
        "Hofmann Haushaltswaren GmbH · Amtsgericht Bielefeld HRB 41872 · Geschäftsführer: Jens Hofmann",
        "DV",
        7,
        "l",
        GREY,
    )
    p.text(
        40,
        46,
        "Kaufhafen EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg · RCS B 191744 · USt-IdNr. LU 26375245",
        "DV",
        7,
        "l",
        GREY,
    )
    items = [item(d, q, u, a) for d, q, u, a in rows] + [item("Versandkosten", 1, ship, ship)]
    t = truth(
        number="HH-2026-004817",
        issued=date(2026, 3, 9),
        due=None,
        vendor="Hofmann Haushaltswaren GmbH",
        amount=net,
        vat=vat,
        total=gross,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        note="Marketplace invoice: platform wordmark on top and platform legal entity in footer, the seller is the vendor; order number and EANs are distractors; gross unit prices, net only in a column.",
    )
    return finish(buf, p), "pdf", t


def i03(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Canada (BC): accounting-software invoice, logo block, Bill To / Ship To, GST + PST, deposit."""
    buf, p = new_pdf(name, letter)
    W, H = letter
    green = (0.16, 0.42, 0.3)
    lines = [
        ("Custom shelving", "White oak floating shelves, 36 in, installed", D(4), D("185.00")),
        ("Cabinet doors", "Shaker doors, painted, 15 x 30 in", D(6), D("142.50")),
        ("Hardware", "Soft-close hinges (pair)", D(12), D("11.75")),
        ("Installation labour", "Site installation, hours", D("7.5"), D("78.00")),
    ]
    rows = [(a, d, q, u, q2(q * u)) for a, d, q, u in lines]
    net = sum(x[4] for x in rows)
    gst, pst = q2(net * D("0.05")), q2(net * D("0.07"))
    total = net + gst + pst
    deposit = D("500.00")
    p.c.setFillColorRGB(*green)
    p.c.circle(70, H - 70, 26, stroke=0, fill=1)
    p.c.setFillColorRGB(1, 1, 1)
    path = p.c.beginPath()
    path.moveTo(70, H - 52)
    path.lineTo(56, H - 82)
    path.lineTo(84, H - 82)
    path.close()
    p.c.drawPath(path, stroke=0, fill=1)
    p.text(106, H - 64, "Cedar & Pine Millwork Ltd.", "DVB", 15, "l", green)
    p.rows(
        H - 80,
        [(106, "l")],
        [
            ["2217 Kingsway, Unit 5"],
            ["Vancouver, BC V5N 2T6"],
            ["accounts@cedarpine.ca · 604-555-0188"],
            ["GST/HST Registration No.: 81234 5678 RT0001"],
            ["PST No.: PST-1043-2288"],
        ],
        "DV",
        8,
        10.5,
    )
    p.text(W - 40, H - 64, "INVOICE", "DV", 26, "r", green)
    y = H - 165
    for x, lab, lines2 in (
        (
            40,
            "BILL TO",
            [
                "Marlowe Residences Inc.",
                "Attn: Priya Dhaliwal",
                "880 Hornby St, Suite 1200",
                "Vancouver, BC V6Z 1V9",
            ],
        ),
        (
            220,
            "SHIP TO",
            ["Marlowe Residences Inc.", "Unit 2704 – 1480 Howe St", "Vancouver, BC V6Z 0E3"],
        ),
    ):
        p.text(x, y, lab, "DVB", 8, "l", green)
        p.rows(y - 13, [(x, "l")], [[s] for s in lines2], "DV", 8.5, 11.5)
    p.rows(
        y,
        [(420, "r"), (430, "l")],
        [
            ["INVOICE #", "1047"],
            ["DATE", "2026-02-20"],
            ["DUE DATE", "2026-03-22"],
            ["TERMS", "Net 30"],
        ],
        "DVB",
        8,
        13,
    )
    y -= 80
    p.text(40, y, "P.O. NUMBER", "DVB", 7.5, "l", green)
    p.text(40, y - 12, "MR-PO-3319", "DV", 8.5)
    p.text(160, y, "PROJECT", "DVB", 7.5, "l", green)
    p.text(160, y - 12, "Howe St kitchen refit", "DV", 8.5)
    y -= 36
    cols = [(40, "l"), (150, "l"), (430, "r"), (495, "r"), (W - 40, "r")]
    p.rect(36, y - 5, W - 72, 18, fill=(0.86, 0.93, 0.89), stroke=None)
    p.rows(y, cols, [["ACTIVITY", "DESCRIPTION", "QTY", "RATE", "AMOUNT"]], "DVB", 8, 14)
    y -= 22
    for a, d, q, u, amt in rows:
        y = p.rows(y, cols, [[a, d, str(q), us(u), us(amt)]], "DV", 8.5, 20)
    p.line(40, y + 8, W - 40, y + 8, 0.4, (0.6, 0.6, 0.6), ([1, 2], 0))
    y -= 8
    for lab, val in (
        ("SUBTOTAL", us(net)),
        ("GST @ 5%", us(gst)),
        ("PST (BC) @ 7%", us(pst)),
        ("TOTAL", us(total)),
        ("DEPOSIT RECEIVED (2026-02-02)", "-" + us(deposit)),
    ):
        p.text(480, y, lab, "DV", 8.5, "r")
        p.text(W - 40, y, val, "DV", 8.5, "r")
        y -= 15
    p.line(330, y + 8, W - 40, y + 8)
    p.text(400, y - 8, "BALANCE DUE", "DV", 9, "r")
    p.text(W - 40, y - 10, "CAD $" + us(total - deposit), "DVB", 14, "r")
    p.wrap(
        40,
        140,
        "Thank you for your business! Please pay by Interac e-Transfer to accounts@cedarpine.ca or by cheque payable to Cedar & Pine Millwork Ltd. A 2% monthly service charge applies to overdue balances.",
        300,
        "DV",
        8,
    )
    p.text(W / 2, 30, "Page 1 of 1", "DV", 7, "c", GREY)
    items = [item(f"{a} - {d}", q, u, amt) for a, d, q, u, amt in rows]
    t = truth(
        number="1047",
        issued=date(2026, 2, 20),
        due=date(2026, 3, 22),
        vendor="Cedar & Pine Millwork Ltd.",
        amount=net,
        vat=gst + pst,
        total=total,
        cur="CAD",
        loc="en-CA",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        note="Accounting-software layout: logo block, Bill To/Ship To, two taxes (GST+PST summed), deposit subtracted so the big 'BALANCE DUE' is not the total; PO number distractor.",
    )
    return finish(buf, p), "pdf", t


def i04(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """UK: telecom bill with account summary, previous balance and payment received."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    navy, teal = (0.05, 0.15, 0.35), (0.0, 0.55, 0.6)
    charges = [
        ("Full Fibre 500 broadband – monthly charge (14 Mar – 13 Apr)", D("32.50")),
        ("Home phone – Anytime UK calls bundle", D("8.25")),
        ("Mobile 07700 900412 – Unlimited 5G SIM-only plan", D("16.66")),
        ("Mobile 07700 900412 – roaming day passes (2 × £2.10)", D("4.20")),
        ("Calls outside your allowance (see breakdown)", D("1.37")),
        ("Loyalty discount – broadband", D("-5.00")),
    ]
    net = sum(a for _, a in charges)
    vat = q2(net * D("0.20"))
    total = net + vat
    prev = D("71.88")
    p.text(40, H - 60, "northwave", "DVB", 26, "l", navy)
    p.c.setFillColorRGB(*teal)
    p.c.circle(40 + pdfmetrics.stringWidth("northwave", "DVB", 26) + 8, H - 52, 5, stroke=0, fill=1)
    p.text(W - 40, H - 48, "Your bill", "DVB", 16, "r", navy)
    p.text(W - 40, H - 64, "14 March 2026", "DV", 10, "r")
    p.rows(
        H - 110,
        [(40, "l")],
        [["Mr Daniel Okafor"], ["Flat 3, 27 Ashgrove Road"], ["Bristol"], ["BS6 5LQ"]],
        "DV",
        10,
        13,
    )
    p.rect(330, H - 165, W - 370, 75, fill=(0.94, 0.96, 0.98), stroke=None, r=4)
    p.rows(
        H - 104,
        [(340, "l"), (W - 50, "r")],
        [
            ["Account number", "71 2290 4418"],
            ["Bill number", "NWT-0348812907"],
            ["Bill date", "14 Mar 2026"],
            ["Bill period", "14 Mar – 13 Apr 2026"],
        ],
        "DV",
        8.5,
        14,
    )
    y = H - 200
    p.text(40, y, "Your account summary", "DVB", 13, "l", navy)
    y -= 24
    summary = [
        ("Your last bill (14 Feb 2026)", "£" + us(prev)),
        ("Payment received by Direct Debit – thank you (28 Feb 2026)", "-£" + us(prev)),
        ("Balance brought forward", "£0.00"),
        ("This bill's charges including VAT", "£" + us(total)),
    ]
    for lab, val in summary:
        p.text(50, y, lab, "DV", 10)
        p.text(W - 50, y, val, "DV", 10, "r")
        p.line(50, y - 6, W - 50, y - 6, 0.3, (0.8, 0.8, 0.8))
        y -= 20
    p.rect(40, y - 22, W - 80, 30, fill=navy, stroke=None)
    p.text(50, y - 12, "Total to pay", "DVB", 12, "l", (1, 1, 1))
    p.text(W - 50, y - 12, "£" + us(total), "DVB", 12, "r", (1, 1, 1))
    y -= 44
    p.wrap(
        40,
        y,
        f"We'll collect £{us(total)} by Direct Debit from your account ending 6610 on or after 28 March 2026. You don't need to do anything.",
        W - 80,
        "DV",
        9,
    )
    y -= 48
    p.text(40, y, "What you're paying for", "DVB", 13, "l", navy)
    y -= 22
    p.text(W - 50, y, "Excl. VAT", "DVB", 8, "r", GREY)
    y -= 16
    for lab, a in charges:
        p.text(50, y, lab, "DV", 9)
        p.text(W - 50, y, ("-£" + us(-a)) if a < 0 else "£" + us(a), "DV", 9, "r")
        y -= 16
    p.line(300, y + 8, W - 50, y + 8)
    y -= 6
    for lab, val, f in (
        ("Total charges excluding VAT", "£" + us(net), "DV"),
        ("VAT at 20%", "£" + us(vat), "DV"),
        ("Total charges including VAT", "£" + us(total), "DVB"),
    ):
        p.text(300, y, lab, f, 9)
        p.text(W - 50, y, val, f, 9, "r")
        y -= 16
    y -= 20
    p.text(40, y, "Calls outside your allowance", "DVB", 9, "l", navy)
    y -= 15
    calls = [
        ["03 Mar", "10:42", "0345 600 1234", "00:06:12", "£0.93"],
        ["09 Mar", "18:05", "0870 444 1212", "00:02:45", "£0.44"],
    ]
    y = p.rows(
        y,
        [(50, "l"), (100, "l"), (150, "l"), (260, "l"), (W - 50, "r")],
        [["Date", "Time", "Number", "Duration", "Cost (excl. VAT)"], *calls],
        "DV",
        8,
        13,
    )
    p.line(40, 80, W - 40, 80, 0.4, GREY)
    p.text(
        40,
        66,
        "Northwave Telecom Ltd · 1 Temple Quay, Bristol BS1 6DG · Registered in England and Wales No. 08814327",
        "DV",
        7,
        "l",
        GREY,
    )
    p.text(
        40,
        56,
        "VAT registration number GB 294 7731 08 · northwave.co.uk/help · 0800 048 1190",
        "DV",
        7,
        "l",
        GREY,
    )
    items = [item(lab, None, None, a) for lab, a in charges]
    t = truth(
        number="NWT-0348812907",
        issued=date(2026, 3, 14),
        due=date(2026, 3, 28),
        vendor="Northwave Telecom Ltd",
        amount=net,
        vat=vat,
        total=total,
        cur="GBP",
        loc="en-GB",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        note="Telecom bill: account summary with previous bill and payment of the same amount, account number vs bill number, negative loyalty discount line, DD collection date printed in prose (keyed as due date).",
    )
    return finish(buf, p), "pdf", t


def i05(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Ireland: a freelancer's word-processor invoice (Times-like, plain table), photographed."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    lines = [
        ("Book cover illustration – 'The Salt Road' (front, spine, back)", D(1), D("1450.00")),
        ("Interior chapter-head vignettes", D(12), D("65.00")),
        ("Additional revision round (as agreed 21 Jan)", D(2), D("120.00")),
    ]
    rows = [(d, q, u, q2(q * u)) for d, q, u in lines]
    net = sum(x[3] for x in rows)
    vat = q2(net * D("0.23"))
    total = net + vat
    p.text(72, H - 80, "Aoife Brennan Illustration", "DVS", 20)
    p.rows(
        H - 100,
        [(72, "l")],
        [
            ["14 Ardee Street, The Liberties, Dublin 8, D08 XK62"],
            ["aoife@aoifebrennan.ie  |  087 555 0193"],
            ["VAT Reg. No. IE 3318472WH"],
        ],
        "DVS",
        10,
        13,
    )
    p.text(W - 72, H - 160, "INVOICE", "DVSB", 16, "r")
    p.rows(
        H - 190,
        [(72, "l")],
        [["To:"], ["Halfpenny Press Ltd"], ["Unit 4, Grand Canal Quay"], ["Dublin 2, D02 PX44"]],
        "DVS",
        10.5,
        14,
    )
    p.rows(
        H - 190,
        [(360, "l"), (450, "l")],
        [
            ["Invoice No:", "AB-2026-007"],
            ["Date:", "3rd February 2026"],
            ["Your ref:", "HP/SR/0112"],
        ],
        "DVS",
        10.5,
        14,
    )
    y = H - 270
    cols = [72, 330, 390, 455, W - 72]
    p.rect(cols[0], y - 6, cols[-1] - cols[0], 20, fill=(0.9, 0.9, 0.9), stroke=BLACK, lw=0.5)
    p.rows(
        y,
        [(76, "l"), (360, "c"), (422, "c"), (W - 76, "r")],
        [["Description", "Qty", "Rate (€)", "Amount (€)"]],
        "DVSB",
        10,
        14,
    )
    y -= 6
    for d, q, u, a in rows:
        top = y
        y2 = p.wrap(76, y - 14, d, 248, "DVS", 10, 13)
        p.rows(y - 14, [(360, "c"), (451, "r"), (W - 76, "r")], [[str(q), us(u), us(a)]], "DVS", 10)
        y = y2 - 4
        p.rect(cols[0], y, cols[-1] - cols[0], top - y, stroke=BLACK, lw=0.5)
        for x in cols[1:-1]:
            p.line(x, y, x, top, 0.5)
    y -= 22
    for lab, val, f in (
        ("Subtotal", us(net), "DVS"),
        ("VAT @ 23%", us(vat), "DVS"),
        ("TOTAL DUE", "€" + us(total), "DVSB"),
    ):
        p.text(420, y, lab, f, 10.5, "r")
        p.text(W - 76, y, val, f, 10.5, "r")
        y -= 16
    y -= 24
    y = p.wrap(
        72,
        y,
        "Payment terms: 14 days. Please pay by 17 February 2026 by bank transfer, quoting the invoice number.",
        W - 144,
        "DVS",
        10.5,
        14,
    )
    y -= 8
    p.rows(
        y,
        [(72, "l")],
        [
            ["Account name: Aoife Brennan"],
            ["Bank: AIB, 7/12 Dame Street, Dublin 2"],
            ["IBAN: IE64 AIBK 9311 5212 3456 78    BIC: AIBKIE2D"],
        ],
        "DVS",
        10.5,
        14,
    )
    p.text(W / 2, 90, "Thank you!", "DVSI", 11, "c")
    items = [item(d, q, u, a) for d, q, u, a in rows]
    t = truth(
        number="AB-2026-007",
        issued=date(2026, 2, 3),
        due=date(2026, 2, 17),
        vendor="Aoife Brennan Illustration",
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="en-IE",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="photo",
        note="Word-processor invoice from a sole trader: serif font, ordinal date '3rd February 2026', due date only in a sentence, customer ref distractor, photographed with fold and shadow.",
    )
    a = render(finish(buf, p), 170)
    return photo(a, r, long_side=2100, quality=74, base=(150, 120, 88)), "jpg", t


_ONES = [
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
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English number words, title case: 40225 -> 'Forty Thousand Two Hundred Twenty-Five'."""

    def small(k: int) -> list[str]:
        out = []
        if k >= 100:
            out += [_ONES[k // 100], "hundred"]
            k %= 100
        if k >= 20:
            out.append(_TENS[k // 10] + ("-" + _ONES[k % 10] if k % 10 else ""))
        elif k or not out:
            out.append(_ONES[k])
        return out

    parts = []
    for div, lab in ((1_000_000, "million"), (1000, "thousand")):
        if n >= div:
            parts += [*small(n // div), lab]
            n %= div
    if n or not parts:
        parts += small(n)
    return " ".join(
        w.title() if "-" not in w else "-".join(x.title() for x in w.split("-")) for w in parts
    )


def _i06_items() -> list[tuple[str, str, Decimal, Decimal, int]]:
    base = [
        ("100245", "Kopieerpapier A4 80 g, doos à 5 pakken", "6", "21.95", 21),
        ("100311", "Gelpen Pilot G-2 0.7 blauw, doos 12 st.", "4", "14.40", 21),
        ("100377", "Markeerstift Stabilo Boss, etui 6 kleuren", "5", "6.85", 21),
        ("100412", "Ordner A4 80 mm, karton, zwart", "20", "2.95", 21),
        ("100419", "Tabbladen A4 23-rings, 10-delig", "15", "1.45", 21),
        ("100503", "Nietmachine Rapid F16, 20 vel", "3", "11.20", 21),
        ("100504", "Nietjes 24/6, doos 5000 st.", "6", "1.95", 21),
        ("100620", "Bureaulamp LED dimbaar, wit", "2", "49.00", 21),
        ("100688", "Monitorarm enkel, gasveer", "2", "89.50", 21),
        ("100702", "Bureaustoel Ergo Pro, zwart", "1", "379.00", 21),
        ("100745", "Whiteboardmarkers, set 4 st.", "6", "5.60", 21),
        ("100746", "Whiteboardwisser magnetisch", "2", "4.25", 21),
        ("100801", "Koffiebonen espresso 1 kg", "4", "17.90", 9),
        ("100802", "Thee Earl Grey, doos 100 zakjes", "3", "6.40", 9),
        ("100815", "Melkcups 10 ml, doos 240 st.", "2", "12.80", 9),
        ("100822", "Suikersticks 4 g, doos 1000 st.", "1", "14.75", 9),
        ("100904", "Archiefdoos A4, wit, 10 st.", "5", "9.95", 21),
        ("100911", "Kabelgoot onder bureau, 1,2 m", "4", "16.50", 21),
        ("100930", "Post-it notes 76x76, 12 blokken", "5", "11.90", 21),
        ("100961", "Perforator 2-gaats, 30 vel", "2", "8.75", 21),
        ("101005", "Batterijen AA, 24 st.", "3", "12.95", 21),
        ("101020", "Schrijfblok A4 geruit, 10 st.", "4", "7.80", 21),
        ("101033", "Plakband 19 mm x 33 m, 8 rollen", "3", "5.45", 21),
        ("101048", "Vakliteratuur: 'Kantoor van de toekomst' (boek)", "2", "29.95", 9),
        ("101052", "Enveloppen C4 zelfklevend, 250 st.", "2", "19.90", 21),
        ("101077", "Laminator A3 + 100 hoezen", "1", "64.00", 21),
        ("101090", "Presentatiemap A4, 25 st.", "2", "18.60", 21),
        ("101121", "USB-C dockingstation 8-in-1", "3", "72.50", 21),
        ("101180", "Bezorging en montage bureaustoel", "1", "45.00", 21),
    ]
    return [(a, d, D(q), D(u), rate) for a, d, q, u, rate in base]


def _i06_head(p: Pad, W, H, page: int) -> None:
    orange = (0.93, 0.45, 0.1)
    p.rect(40, H - 72, 34, 34, fill=orange, stroke=None)
    p.text(57, H - 63, "VB", "DVB", 14, "c", (1, 1, 1))
    p.text(82, H - 52, "Van der Berg", "DVB", 16)
    p.text(82, H - 67, "Kantoorinrichting B.V.", "DV", 10, "l", GREY)
    p.rows(
        H - 48,
        [(W - 40, "r")],
        [["Industrieweg 42"], ["3542 AD Utrecht"], ["030 - 241 88 70"], ["www.vdberg-kantoor.nl"]],
        "DV",
        8,
        10.5,
    )
    p.text(W - 40, 30, f"Pagina {page} van 2", "DV", 7.5, "r", GREY)
    p.text(
        40,
        42,
        "KvK 30178452 · BTW NL821447903B01 · IBAN NL42 RABO 0314 7788 20 · BIC RABONL2U",
        "DV",
        7,
        "l",
        GREY,
    )
    p.text(
        40,
        32,
        "Op al onze leveringen zijn de algemene voorwaarden van toepassing, gedeponeerd bij de KvK.",
        "DV",
        7,
        "l",
        GREY,
    )


def i06(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Netherlands: a two-page invoice, 'transport' carried over, totals only on page 2."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    rows = [(a, d, q, u, q2(q * u), rt) for a, d, q, u, rt in _i06_items()]
    base = {9: sum(x[4] for x in rows if x[5] == 9), 21: sum(x[4] for x in rows if x[5] == 21)}
    tax = {k: q2(v * k / 100) for k, v in base.items()}
    net, vat = sum(base.values()), sum(tax.values())
    total = net + vat
    _i06_head(p, W, H, 1)
    p.rows(
        H - 130,
        [(60, "l")],
        [
            ["Stichting Wijkcentrum De Linde"],
            ["t.a.v. de administratie"],
            ["Lindelaan 7"],
            ["3431 GK Nieuwegein"],
        ],
        "DV",
        9.5,
        13,
    )
    p.text(40, H - 210, "FACTUUR", "DVB", 18)
    p.rows(
        H - 235,
        [(40, "l"), (130, "l"), (300, "l"), (390, "l")],
        [
            ["Factuurnummer", "F2026-01183", "Klantnummer", "D-20417"],
            ["Factuurdatum", "17-02-2026", "Uw referentie", "inrichting kantoor 1e verd."],
            ["Vervaldatum", "19-03-2026", "Leverdatum", "13-02-2026"],
        ],
        "DV",
        8.5,
        12,
    )
    cols = [(40, "l"), (88, "l"), (370, "r"), (430, "r"), (465, "r"), (W - 40, "r")]
    head = [["Art.nr.", "Omschrijving", "Aantal", "Prijs", "BTW", "Bedrag"]]
    y = H - 290
    p.rect(36, y - 5, W - 72, 17, fill=(0.95, 0.92, 0.88), stroke=None)
    y = p.rows(y, cols, head, "DVB", 8, 18)
    carried = D(0)
    for a, d, q, u, amt, rt in rows[:20]:
        y = p.rows(y, cols, [[a, d, str(q), eu(u), f"{rt}%", eu(amt)]], "DV", 8, 16)
        carried += amt
    p.line(300, y + 10, W - 40, y + 10, 0.4)
    p.text(430, y - 4, "Transporteren", "DVO", 8, "r")
    p.text(W - 40, y - 4, eu(carried), "DVB", 8, "r")
    p.new_page()
    _i06_head(p, W, H, 2)
    p.text(40, H - 110, "Factuur F2026-01183 (vervolg)", "DVB", 10)
    y = H - 140
    p.rect(36, y - 5, W - 72, 17, fill=(0.95, 0.92, 0.88), stroke=None)
    y = p.rows(y, cols, head, "DVB", 8, 18)
    p.text(430, y, "Transport", "DVO", 8, "r")
    p.text(W - 40, y, eu(carried), "DVB", 8, "r")
    y -= 18
    for a, d, q, u, amt, rt in rows[20:]:
        y = p.rows(y, cols, [[a, d, str(q), eu(u), f"{rt}%", eu(amt)]], "DV", 8, 16)
    p.line(300, y + 10, W - 40, y + 10, 0.6)
    y -= 6
    tot_rows = [
        ["Subtotaal excl. BTW", "", "€ " + eu(net)],
        ["BTW 9% over", "€ " + eu(base[9]), "€ " + eu(tax[9])],
        ["BTW 21% over", "€ " + eu(base[21]), "€ " + eu(tax[21])],
    ]
    y = p.rows(y, [(300, "l"), (470, "r"), (W - 40, "r")], tot_rows, "DV", 9, 15)
    y -= 6
    p.rect(296, y - 6, W - 332, 20, fill=(0.93, 0.45, 0.1), stroke=None)
    p.text(300, y, "Totaal te betalen", "DVB", 10, "l", (1, 1, 1))
    p.text(W - 44, y, "€ " + eu(total), "DVB", 10, "r", (1, 1, 1))
    y -= 44
    p.wrap(
        40,
        y,
        f"Wij verzoeken u vriendelijk het totaalbedrag van € {eu(total)} vóór 19-03-2026 over te maken op IBAN NL42 RABO 0314 7788 20 t.n.v. Van der Berg Kantoorinrichting B.V. onder vermelding van factuurnummer F2026-01183.",
        W - 80,
        "DV",
        8.5,
    )
    items = [item(d, q, u, amt) for _, d, q, u, amt, _ in rows]
    t = truth(
        number="F2026-01183",
        issued=date(2026, 2, 17),
        due=date(2026, 3, 19),
        vendor="Van der Berg Kantoorinrichting B.V.",
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        note="Two pages: 29 lines, 'Transporteren'/'Transport' carry-over subtotal, totals only on page 2, BTW 9% and 21% with bases, Dutch dates dd-mm-yyyy, klantnummer/referentie distractors.",
    )
    return finish(buf, p), "pdf", t


def i07(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """UAE: a pro-forma invoice with validity date and advance payment request."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    gold, dark = (0.72, 0.56, 0.2), (0.15, 0.15, 0.2)
    lines = [
        ("SPL-4K-65", '65" 4K commercial display panel, 500 nits', D(6), D("3850.00")),
        ("WMT-HD-01", "Heavy-duty wall mount, tilt", D(6), D("295.00")),
        ("MPL-i7-G3", "Media player, i7, 16 GB, Windows IoT", D(3), D("2140.00")),
        ("INST-SRV", "Installation & commissioning (per screen)", D(6), D("450.00")),
        ("SW-CMS-1Y", "Digital signage CMS licence, 12 months", D(6), D("720.00")),
    ]
    rows = [(c, d, q, u, q2(q * u)) for c, d, q, u in lines]
    net = sum(x[4] for x in rows)
    vat = q2(net * D("0.05"))
    total = net + vat
    p.rect(0, H - 8, W, 8, fill=gold, stroke=None)
    p.text(40, H - 55, "AL NOOR", "DVSB", 24, "l", gold)
    p.text(40, H - 70, "TRADING L.L.C.", "DVB", 9, "l", dark)
    p.rows(
        H - 88,
        [(40, "l")],
        [
            ["Office 1406, Al Moosa Tower 2, Sheikh Zayed Road"],
            ["P.O. Box 118843, Dubai, United Arab Emirates"],
            ["Tel +971 4 321 7750 · sales@alnoor-trading.ae"],
            ["TRN: 100384729100003"],
        ],
        "DV",
        8,
        10.5,
    )
    p.text(W - 40, H - 60, "PROFORMA INVOICE", "DVB", 17, "r", dark)
    p.rows(
        H - 90,
        [(410, "r"), (W - 40, "r")],
        [
            ["Proforma No.:", "PI-26-0112"],
            ["Date:", "05/03/2026"],
            ["Valid until:", "04/04/2026"],
            ["Customer Ref.:", "RFQ-DXB-7731"],
            ["Sales Person:", "Rashid Al Mansoori"],
        ],
        "DV",
        8.5,
        12,
    )
    y = H - 175
    p.rect(40, y - 64, 250, 74, fill=(0.97, 0.95, 0.9), stroke=None)
    p.text(48, y, "Bill To:", "DVB", 8.5, "l", gold)
    p.rows(
        y - 13,
        [(48, "l")],
        [
            ["Marina Bay Hospitality FZ-LLC"],
            ["Dubai Internet City, Bldg 14"],
            ["Dubai, UAE"],
            ["TRN: 100592200400003"],
        ],
        "DV",
        8.5,
        11.5,
    )
    y -= 95
    cols = [(40, "l"), (48, "l"), (120, "l"), (375, "r"), (450, "r"), (W - 40, "r")]
    p.rect(36, y - 5, W - 72, 18, fill=dark, stroke=None)
    p.rows(
        y,
        cols,
        [["#", "", "Item / Description", "Qty", "Unit Price", "Amount (AED)"]],
        "DVB",
        8,
        14,
        (1, 1, 1),
    )
    p.text(60, y, "Code", "DVB", 8, "l", (1, 1, 1))
    y -= 20
    for i, (c, d, q, u, a) in enumerate(rows, 1):
        p.text(40, y, str(i), "DV", 8)
        y = p.rows(
            y,
            [(60, "l"), (120, "l"), (375, "r"), (450, "r"), (W - 40, "r")],
            [[c, d, str(q), us(u), us(a)]],
            "DV",
            8,
            17,
        )
    p.line(40, y + 8, W - 40, y + 8, 0.5, gold)
    y -= 8
    y = p.rows(
        y, [(450, "r"), (W - 40, "r")], [["Sub Total", us(net)], ["VAT 5%", us(vat)]], "DV", 9, 15
    )
    p.text(450, y, "Total Amount (AED)", "DVB", 10, "r")
    p.text(W - 40, y, us(total), "DVB", 10, "r")
    y -= 28
    p.wrap(
        40,
        y,
        f"Amount in words: UAE Dirhams {words(int(total))} and {words(int(total % 1 * 100))} Fils Only",
        W - 80,
        "DVO",
        8.5,
    )
    y -= 30
    p.text(40, y, "Terms & Conditions", "DVB", 9, "l", gold)
    terms = [
        f"1. 50% advance payment (AED {us(q2(total / 2))}) required with purchase order; balance before delivery.",
        "2. This proforma invoice is not a tax invoice. A tax invoice will be issued upon delivery.",
        "3. Delivery: 2–3 weeks from receipt of advance. Prices valid until 04/04/2026.",
        "4. Warranty: 3 years manufacturer warranty on displays, 1 year on media players.",
    ]
    y = p.rows(y - 14, [(40, "l")], [[s] for s in terms], "DV", 8, 12)
    p.rows(
        y - 10,
        [(40, "l")],
        [
            ["Bank: Emirates NBD, Sheikh Zayed Road Branch"],
            ["Account name: Al Noor Trading L.L.C."],
            ["IBAN: AE07 0260 0010 1523 4567 801 · SWIFT: EBILAEAD"],
        ],
        "DV",
        8,
        11,
    )
    p.text(W - 40, 120, "For Al Noor Trading L.L.C.", "DV", 8.5, "r")
    p.line(W - 190, 80, W - 40, 80, 0.5)
    p.text(W - 40, 68, "Authorised Signatory", "DV", 8, "r", GREY)
    items = [item(d, q, u, a) for _, d, q, u, a in rows]
    t = truth(
        number="PI-26-0112",
        issued=date(2026, 3, 5),
        due=None,
        vendor="Al Noor Trading L.L.C.",
        amount=net,
        vat=vat,
        total=total,
        cur="AED",
        loc="en-AE",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        note="Pro-forma (keyed as document_type invoice): 'Valid until' is a quote validity, not a due date (due_date null); 50% advance amount in the terms; two TRNs; amount in words.",
    )
    return finish(buf, p), "pdf", t


def hw(p: Pad, x, y, s, r: random.Random, size=12.0, align="l", color=(0.08, 0.16, 0.55)) -> None:
    """Handwriting-ish: italic condensed serif, jittered size and baseline, ballpoint blue."""
    p.text(
        x + r.uniform(-1.5, 1.5),
        y + r.uniform(-1.2, 1.2),
        s,
        r.choice(["DVSCI", "DVSI"]),
        size * r.uniform(0.95, 1.06),
        align,
        color,
    )


def i08(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """India: a handwritten tax invoice from a pre-printed duplicate book (Rs./P. columns), photographed."""
    W, H = 148 * mm * 1.42, 210 * mm * 1.42 * 0.9
    buf, p = new_pdf(name, (W, H))
    red = (0.75, 0.1, 0.12)
    lines = [
        ("Havells MCB 32A DP", "8536", D(4), D("612")),
        ("Polycab wire 2.5mm 90m", "8544", D(2), D("3150")),
        ("LED panel 18W sq.", "9405", D(10), D("385")),
        ("Anchor Roma switch 6A", "8536", D(24), D("52")),
    ]
    rows = [(d, h, q, u, q2(q * u)) for d, h, q, u in lines]
    net = sum(x[4] for x in rows)
    cg = q2(net * D("0.09"))
    total = net + cg + cg
    p.rect(10, 10, W - 20, H - 20, stroke=red, lw=1.2)
    p.text(W / 2, H - 32, "|| Shree Ganesh ||", "DVS", 8, "c", red)
    p.text(W / 2, H - 54, "SHREE GANESH ELECTRICALS", "DVSB", 17, "c", red)
    p.text(W / 2, H - 68, "Dealers in: Wires, Switchgear, Lighting & Fans", "DVS", 8, "c", red)
    p.text(
        W / 2,
        H - 80,
        "Shop No. 7, Laxmi Road, Narayan Peth, Pune - 411030 · Mob. 98220 41377",
        "DVS",
        7.5,
        "c",
        red,
    )
    p.text(W / 2, H - 92, "GSTIN : 27AAKFS1234M1Z5", "DVSB", 8, "c", red)
    p.line(10, H - 100, W - 10, H - 100, 1, red)
    p.rect(W / 2 - 45, H - 118, 90, 14, fill=red, stroke=None)
    p.text(W / 2, H - 114, "TAX INVOICE", "DVB", 8.5, "c", (1, 1, 1))
    p.text(20, H - 138, "No.", "DVS", 9, "l", red)
    p.text(42, H - 139, "0457", "DVMB", 12, "l", red)
    p.text(W - 120, H - 138, "Date", "DVS", 9, "l", red)
    hw(p, W - 92, H - 139, "14/2/26", r, 12)
    p.text(20, H - 162, "M/s.", "DVS", 9, "l", red)
    p.line(45, H - 164, W - 20, H - 164, 0.5, red, ([1, 2], 0))
    hw(p, 52, H - 161, "Kulkarni Constructions, Kothrud", r, 12)
    p.text(20, H - 184, "GSTIN", "DVS", 9, "l", red)
    p.line(55, H - 186, W - 20, H - 186, 0.5, red, ([1, 2], 0))
    hw(p, 60, H - 183, "27AAGFK8812C1ZQ", r, 11)
    xs = [18, 44, 250, 300, 340, 400, W - 62, W - 18]
    top, head_h, rh, n = H - 198, 24, 22, 9
    bottom = top - head_h - rh * n
    p.rect(xs[0], bottom, xs[-1] - xs[0], top - bottom, stroke=red, lw=0.8)
    for x in xs[1:-1]:
        p.line(x, bottom, x, top, 0.6, red)
    p.line(xs[0], top - head_h, xs[-1], top - head_h, 0.6, red)
    for x0, x1, lab in zip(
        xs, xs[1:], ["Sr.", "Particulars", "HSN", "Qty", "Rate", "Amount Rs.", "P."], strict=False
    ):
        p.text((x0 + x1) / 2, top - 16, lab, "DVSB", 7.5, "c", red)
    y = top - head_h - 16
    for i, (d, h, q, u, a) in enumerate(rows, 1):
        hw(p, 31, y, str(i), r, 11, "c")
        hw(p, 48, y, d, r, 10)
        hw(p, (xs[2] + xs[3]) / 2, y, h, r, 10, "c")
        hw(p, (xs[3] + xs[4]) / 2, y, str(q), r, 11, "c")
        hw(p, xs[5] - 6, y, str(u), r, 11, "r")
        hw(p, xs[6] - 8, y, str(int(a)), r, 11.5, "r")
        hw(p, (xs[6] + xs[7]) / 2, y, "00", r, 10, "c")
        y -= rh
    y = bottom - 16
    for lab, val in (("Total", net), ("CGST @ 9%", cg), ("SGST @ 9%", cg), ("Grand Total", total)):
        p.text(xs[5] - 6, y, lab, "DVSB" if lab == "Grand Total" else "DVS", 8.5, "r", red)
        rup, pai = f"{val:.2f}".split(".")
        hw(p, xs[6] - 8, y, money(D(rup), nd=0, indian=True), r, 11.5, "r")
        hw(p, (xs[6] + xs[7]) / 2, y, pai, r, 10, "c")
        p.line(xs[5], y - 5, W - 18, y - 5, 0.4, red)
        y -= 20
    p.text(20, y - 6, "Rupees in words:", "DVS", 8, "l", red)
    hw(
        p,
        96,
        y - 6,
        f"{words(int(total)).capitalize()} and {int(total % 1 * 100)} paise only",
        r,
        10,
    )
    p.text(20, 40, "E. & O.E.  Goods once sold will not be taken back.", "DVS", 7, "l", red)
    p.text(W - 20, 52, "For SHREE GANESH ELECTRICALS", "DVSB", 7.5, "r", red)
    hw(p, W - 60, 34, "R. Deshpande", r, 11, "r")
    items = [item(d, q, u, a) for d, _, q, u, a in rows]
    t = truth(
        number="0457",
        issued=date(2026, 2, 14),
        due=None,
        vendor="Shree Ganesh Electricals",
        amount=net,
        vat=cg + cg,
        total=total,
        cur="INR",
        loc="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="photo",
        note="Duplicate-book tax invoice filled by hand: red pre-printed grid with separate Rs./P. columns, printed serial number, two-digit year date 14/2/26, CGST+SGST summed, Indian digit grouping, buyer GSTIN distractor.",
    )
    a = render(finish(buf, p), 190)
    return photo(a, r, long_side=2000, quality=70, base=(95, 85, 80)), "jpg", t


def i09(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """France: a credit note (avoir) from invoicing software, negative amounts."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    nb = "\u202f"

    def fr(x) -> str:
        return money(x, ",", nb) + nb + "€"

    blue = (0.12, 0.3, 0.55)
    lines = [
        ("Retour : suspension laiton Ø 40 cm « Orbe »", D(-2), D("189.00")),
        ("Retour : applique murale opaline, finition or", D(-3), D("74.50")),
        ("Geste commercial – retard de livraison", D(-1), D("35.00")),
    ]
    rows = [(d, q, u, q2(q * u)) for d, q, u in lines]
    net = sum(x[3] for x in rows)
    vat = q2(net * D("0.20"))
    total = net + vat
    p.rect(40, H - 90, 44, 44, fill=None, stroke=blue, lw=2)
    p.text(62, H - 75, "AL", "DVSB", 18, "c", blue)
    p.text(96, H - 62, "Atelier Lumière", "DVSB", 16, "l", blue)
    p.text(96, H - 77, "SARL au capital de 20 000 €", "DV", 8, "l", GREY)
    p.rows(
        H - 110,
        [(40, "l")],
        [
            ["12 rue des Capucins"],
            ["69001 Lyon"],
            ["contact@atelier-lumiere.fr"],
            ["04 78 29 61 40"],
        ],
        "DV",
        8.5,
        11,
    )
    p.text(W - 40, H - 62, "AVOIR", "DVB", 22, "r", blue)
    p.rows(
        H - 85,
        [(W - 180, "l"), (W - 40, "r")],
        [
            ["N° d'avoir", "AV-2026-0031"],
            ["Date", "23/02/2026"],
            ["Facture d'origine", "FA-2026-0187"],
            ["du", "10/02/2026"],
            ["Code client", "C00412"],
        ],
        "DV",
        8.5,
        12,
    )
    p.rect(W - 260, H - 250, 220, 70, fill=(0.95, 0.96, 0.98), stroke=None)
    p.rows(
        H - 196,
        [(W - 250, "l")],
        [
            ["Hôtel Les Terrasses du Parc"],
            ["M. Julien Ferrand"],
            ["45 avenue Foch"],
            ["69006 Lyon"],
        ],
        "DV",
        9,
        12,
    )
    y = H - 290
    cols = [(40, "l"), (340, "r"), (410, "r"), (450, "r"), (W - 40, "r")]
    p.line(40, y + 14, W - 40, y + 14, 1, blue)
    p.rows(y, cols, [["Désignation", "Qté", "P.U. HT", "TVA", "Total HT"]], "DVB", 8.5)
    p.line(40, y - 6, W - 40, y - 6, 0.5, blue)
    y -= 22
    for d, q, u, a in rows:
        y = p.rows(y, cols, [[d, money(q, ",", "", 0), fr(u), "20 %", fr(a)]], "DV", 8.5, 18)
    p.line(40, y + 8, W - 40, y + 8, 0.5, blue)
    y -= 10
    p.rect(W - 240, y - 52, 200, 66, fill=(0.95, 0.96, 0.98), stroke=None)
    y = p.rows(
        y,
        [(W - 230, "l"), (W - 50, "r")],
        [["Total HT", fr(net)], ["TVA 20 %", fr(vat)]],
        "DV",
        9,
        15,
    )
    p.text(W - 230, y - 4, "Total TTC", "DVB", 11, "l", blue)
    p.text(W - 50, y - 4, fr(total), "DVB", 11, "r", blue)
    y -= 50
    y = p.wrap(
        40,
        y,
        f"Le montant de {fr(-total)} TTC sera déduit de votre prochaine facture ou remboursé par virement sur demande. Avoir émis en règlement partiel de la facture FA-2026-0187 du 10/02/2026.",
        W - 80,
        "DV",
        8.5,
    )
    p.rows(
        48,
        [(W / 2, "c")],
        [
            [
                "Atelier Lumière SARL – 12 rue des Capucins, 69001 Lyon – SIRET 844 219 763 00021 – RCS Lyon 844 219 763"
            ],
            [
                "N° TVA intracommunautaire : FR 27 844219763 – Code APE 3109B – IBAN FR76 1027 8073 0100 0204 1180 142"
            ],
        ],
        "DV",
        7,
        10,
        GREY,
    )
    p.text(W - 40, 22, "Page 1/1", "DV", 7, "r", GREY)
    items = [item(d, q, u, a) for d, q, u, a in rows]
    t = truth(
        number="AV-2026-0031",
        issued=date(2026, 2, 23),
        due=None,
        vendor="Atelier Lumière SARL",
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="credit_note",
        items=items,
        kind="pdf",
        note="Credit note (avoir): negative quantities and amounts, original invoice number and date printed as distractors, narrow no-break space thousands, vendor legal form only in header subline/footer.",
    )
    return finish(buf, p), "pdf", t


def _swiss_slip(p: Pad, r: random.Random, W, total: Decimal, ref: str) -> None:
    y0 = 105 * mm
    p.line(0, y0, W, y0, 0.5, BLACK, ([2, 2], 0))
    p.text(14, y0 + 3, "✂", "DV", 9)
    p.line(62 * mm, 0, 62 * mm, y0, 0.5, BLACK, ([2, 2], 0))
    x = 5 * mm
    p.text(x, y0 - 18, "Empfangsschein", "DVB", 11)
    acct = [
        ["Konto / Zahlbar an"],
        ["CH44 3199 9123 0008 8901 2"],
        ["Bergmann Elektro AG"],
        ["Tösstalstrasse 88"],
        ["8400 Winterthur"],
    ]
    y = p.rows(y0 - 36, [(x, "l")], acct[:1], "DVB", 6, 9)
    y = p.rows(y, [(x, "l")], acct[1:], "DV", 8, 10)
    p.text(x, y - 4, "Referenz", "DVB", 6)
    p.text(x, y - 14, ref, "DV", 8)
    p.text(x, y - 30, "Zahlbar durch", "DVB", 6)
    p.rows(
        y - 40,
        [(x, "l")],
        [["Genossenschaft Wohnen Töss"], ["Zürcherstrasse 120"], ["8406 Winterthur"]],
        "DV",
        8,
        10,
    )
    p.rows(34 * mm, [(x, "l"), (x + 22 * mm, "l")], [["Währung", "Betrag"]], "DVB", 6)
    p.rows(34 * mm - 11, [(x, "l"), (x + 22 * mm, "l")], [["CHF", money(total, ".", " ")]], "DV", 8)
    p.text(57 * mm, 14 * mm, "Annahmestelle", "DVB", 6, "r")
    x = 67 * mm
    p.text(x, y0 - 18, "Zahlteil", "DVB", 11)
    qr(p, x, y0 - 40 - 46 * mm, 46 * mm, r, n=33)
    p.c.setFillColorRGB(1, 1, 1)
    p.c.rect(x + 23 * mm - 12, y0 - 40 - 23 * mm - 12, 24, 24, stroke=0, fill=1)
    p.c.setFillColorRGB(0, 0, 0)
    p.c.rect(x + 23 * mm - 10, y0 - 40 - 23 * mm - 10, 20, 20, stroke=0, fill=1)
    p.c.setFillColorRGB(1, 1, 1)
    p.c.rect(x + 23 * mm - 2, y0 - 40 - 23 * mm - 7, 4, 14, stroke=0, fill=1)
    p.c.rect(x + 23 * mm - 7, y0 - 40 - 23 * mm - 2, 14, 4, stroke=0, fill=1)
    p.c.setFillColorRGB(0, 0, 0)
    p.rows(34 * mm, [(x, "l"), (x + 22 * mm, "l")], [["Währung", "Betrag"]], "DVB", 6)
    p.rows(34 * mm - 11, [(x, "l"), (x + 22 * mm, "l")], [["CHF", money(total, ".", " ")]], "DV", 9)
    x2 = 118 * mm
    y = p.rows(y0 - 18, [(x2, "l")], acct[:1], "DVB", 6, 9)
    y = p.rows(y, [(x2, "l")], acct[1:], "DV", 9, 11)
    p.text(x2, y - 4, "Referenz", "DVB", 6)
    p.text(x2, y - 15, ref, "DV", 9)
    p.text(x2, y - 32, "Zusätzliche Informationen", "DVB", 6)
    p.text(x2, y - 43, "Rechnung Nr. 2026-0318", "DV", 9)
    p.text(x2, y - 60, "Zahlbar durch", "DVB", 6)
    p.rows(
        y - 71,
        [(x2, "l")],
        [["Genossenschaft Wohnen Töss"], ["Zürcherstrasse 120"], ["8406 Winterthur"]],
        "DV",
        9,
        11,
    )


def i10(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Switzerland: invoice with a QR-bill payment slip, scanned into an image-only PDF."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    red = (0.8, 0.1, 0.1)
    lines = [
        ("Ersatz Unterverteilung UV-2, inkl. Material", D(1), D("1840.00")),
        ("Elektromonteur EFZ, Arbeitsstunden", D("14.5"), D("108.00")),
        ("Lernender, Arbeitsstunden", D(8), D("54.00")),
        ("FI/LS-Schalter 40 A, 30 mA", D(6), D("96.40")),
        ("Kleinmaterial, Pauschale", D(1), D("85.00")),
        ("Fahrzeugpauschale", D(3), D("38.00")),
    ]
    rows = [(d, q, u, q2(q * u)) for d, q, u in lines]
    net = sum(x[3] for x in rows)
    vat = q2(net * D("0.081"))
    total = net + vat
    ch = lambda x: money(x, ".", "'")  # noqa: E731
    p.rect(W - 78, H - 78, 38, 38, fill=red, stroke=None)
    p.text(W - 59, H - 66, "BE", "DVB", 15, "c", (1, 1, 1))
    p.text(W - 86, H - 55, "Bergmann Elektro AG", "DVB", 13, "r")
    p.text(
        W - 86, H - 70, "Tösstalstrasse 88 · 8400 Winterthur · 052 212 44 10", "DV", 7.5, "r", GREY
    )
    p.rows(
        H - 150,
        [(60, "l")],
        [
            ["Genossenschaft Wohnen Töss"],
            ["Liegenschaftsverwaltung"],
            ["Zürcherstrasse 120"],
            ["8406 Winterthur"],
        ],
        "DV",
        10,
        13,
    )
    p.text(W - 40, H - 150, "Winterthur, 02.03.2026", "DV", 9.5, "r")
    p.text(60, H - 230, "Rechnung Nr. 2026-0318", "DVB", 13)
    p.rows(
        H - 248,
        [(60, "l"), (180, "l")],
        [
            ["Objekt:", "MFH Zürcherstrasse 120, Waschküche"],
            ["Auftrag:", "A-26-0141 vom 12.02.2026"],
            ["MWST-Nr.:", "CHE-114.583.926 MWST"],
        ],
        "DV",
        8.5,
        12,
    )
    cols = [(60, "l"), (380, "r"), (450, "r"), (W - 40, "r")]
    y = H - 300
    y = p.rows(y, cols, [["Bezeichnung", "Menge", "Ansatz", "Betrag CHF"]], "DVB", 8.5, 6)
    p.line(60, y, W - 40, y, 0.5)
    y -= 12
    for d, q, u, a in rows:
        y = p.rows(y, cols, [[d, str(q), ch(u), ch(a)]], "DV", 8.5, 14)
    p.line(300, y + 8, W - 40, y + 8, 0.5)
    y -= 4
    y = p.rows(
        y,
        [(300, "l"), (W - 40, "r")],
        [["Total exkl. MWST", ch(net)], ["MWST 8.1 %", ch(vat)]],
        "DV",
        9,
        14,
    )
    p.text(300, y, "Rechnungsbetrag CHF", "DVB", 9.5)
    p.text(W - 40, y, ch(total), "DVB", 9.5, "r")
    p.line(300, y - 4, W - 40, y - 4, 0.5)
    p.line(300, y - 6, W - 40, y - 6, 0.5)
    p.text(
        60,
        y - 30,
        "Zahlbar innert 30 Tagen netto (bis 01.04.2026). Besten Dank für Ihren Auftrag.",
        "DV",
        8.5,
    )
    _swiss_slip(p, r, W, total, "21 00000 00003 13947 14300 09017")
    items = [item(d, q, u, a) for d, q, u, a in rows]
    t = truth(
        number="2026-0318",
        issued=date(2026, 3, 2),
        due=date(2026, 4, 1),
        vendor="Bergmann Elektro AG",
        amount=net,
        vat=vat,
        total=total,
        cur="CHF",
        loc="de-CH",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="scan",
        note="Swiss invoice with QR-bill slip (Empfangsschein + Zahlteil repeat the amount, spaced amount, QR reference number), apostrophe thousands, MWST 8.1 %, order number distractor; image-only PDF of a grey 200 dpi scan.",
    )
    a = scan(
        render(finish(buf, p), 200),
        r,
        grey=True,
        skew=r.uniform(-1.5, 1.5),
        blur=0.7,
        noise=6,
        specks=60,
    )
    return image_pdf(a, 200, name), "pdf", t


def i11(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Sweden: accounting-software faktura with OCR, bankgiro and öresavrundning; colour scan."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    se = lambda x: money(x, ",", " ")  # noqa: E731
    lines = [
        ("Målning tak och väggar, vardagsrum", D("26"), D("545.00"), "tim"),
        ("Spackling och slipning", D("9.5"), D("545.00"), "tim"),
        ("Väggfärg Alcro Bestå 10 l", D("3"), D("1189.00"), "st"),
        ("Takfärg Beckers Elegant 10 l", D("2"), D("849.50"), "st"),
        ("Täckpapp och maskeringstejp", D("1"), D("312.40"), "st"),
    ]
    rows = [(d, q, u, q2(q * u), e) for d, q, u, e in lines]
    summa = sum(x[3] for x in rows)
    moms = q2(summa * D("0.25"))
    raw = summa + moms
    total = q0(raw)
    rnd = total - raw
    net = total - moms
    p.text(50, H - 62, "Lindqvist Bygg & Måleri AB", "DVSB", 15)
    p.line(50, H - 70, 260, H - 70, 2, (0.2, 0.45, 0.7))
    p.text(W - 50, H - 60, "Faktura", "DVB", 20, "r")
    p.rows(
        H - 100,
        [(330, "l"), (450, "l")],
        [
            ["Fakturadatum", "2026-01-28"],
            ["Fakturanr", "4518"],
            ["Kundnr", "1093"],
            ["OCR", "451810934"],
            ["Förfallodatum", "2026-02-27"],
        ],
        "DV",
        9,
        13,
    )
    p.rows(
        H - 180,
        [(330, "l")],
        [
            ["Bostadsrättsföreningen Tallkotten"],
            ["c/o Eriksson"],
            ["Tallvägen 14"],
            ["183 64 Täby"],
        ],
        "DV",
        10,
        13,
    )
    p.rows(
        H - 180,
        [(50, "l"), (150, "l")],
        [
            ["Er referens", "Maria Eriksson"],
            ["Vår referens", "Johan Lindqvist"],
            ["Betalningsvillkor", "30 dagar"],
            ["Dröjsmålsränta", "10 %"],
        ],
        "DV",
        8.5,
        12,
    )
    cols = [(50, "l"), (330, "r"), (360, "l"), (450, "r"), (W - 50, "r")]
    y = H - 270
    p.rect(46, y - 5, W - 92, 17, fill=(0.88, 0.93, 0.97), stroke=None)
    y = p.rows(y, cols, [["Benämning", "Antal", "Enhet", "À-pris", "Summa"]], "DVB", 8.5, 20)
    for d, q, u, a, e in rows:
        y = p.rows(y, cols, [[d, se(q) if q % 1 else str(int(q)), e, se(u), se(a)]], "DV", 8.5, 15)
    y -= 150
    p.line(50, y + 16, W - 50, y + 16, 0.6)
    p.rows(
        y,
        [(50, "l"), (150, "l"), (250, "l"), (330, "l"), (W - 50, "r")],
        [["Exkl. moms", "Moms 25 %", "Öresavrundning", "", "ATT BETALA"]],
        "DV",
        7.5,
    )
    p.rows(
        y - 14,
        [(50, "l"), (150, "l"), (250, "l"), (W - 50, "r")],
        [[se(summa), se(moms), se(rnd)]],
        "DV",
        9.5,
    )
    p.text(W - 50, y - 16, "SEK " + se(total), "DVB", 13, "r")
    p.line(50, 110, W - 50, 110, 0.5, GREY)
    foot = [
        ["Lindqvist Bygg & Måleri AB", "Telefon", "Bankgiro", "Org.nr"],
        ["Sågverksgatan 3", "08-555 129 40", "5318-2207", "556812-4471"],
        ["187 66 Täby", "info@lindqvistbygg.se", "", "Momsreg.nr SE556812447101"],
        ["", "", "", "Godkänd för F-skatt"],
    ]
    p.rows(96, [(50, "l"), (200, "l"), (330, "l"), (420, "l")], foot, "DV", 7.5, 10)
    items = [item(d, q, u, a) for d, q, u, a, _ in rows]
    t = truth(
        number="4518",
        issued=date(2026, 1, 28),
        due=date(2026, 2, 27),
        vendor="Lindqvist Bygg & Måleri AB",
        amount=net,
        vat=moms,
        total=total,
        cur="SEK",
        loc="sv-SE",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="scan",
        note=f"Swedish faktura: totals in one footer strip, öresavrundning {se(rnd)} (keyed into amount: amount = Att betala - moms), OCR and kundnr distractors, ISO dates, space thousands; colour 200 dpi scan.",
    )
    a = scan(
        render(finish(buf, p), 200),
        r,
        grey=False,
        skew=r.uniform(-2, 2),
        blur=0.8,
        noise=5,
        specks=25,
        tint=(246, 244, 236),
    )
    return png(a), "png", t


def i12(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Japan (English): qualified invoice with registration number, 10 % and reduced 8 %, yen."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    yen = lambda x: "¥" + money(x, nd=0)  # noqa: E731
    lines = [
        ("CNC machining – bracket A-220 (aluminium)", D(120), D(1850), 10),
        ("Anodizing, black, per piece", D(120), D(240), 10),
        ("Jig fabrication (one-off)", D(1), D(68000), 10),
        ("Express shipping (Yamato)", D(1), D(4400), 10),
        ("Bottled green tea for factory visit ※", D(24), D(130), 8),
    ]
    rows = [(d, q, u, q0(q * u), rt) for d, q, u, rt in lines]
    base = {rt: sum(x[3] for x in rows if x[4] == rt) for rt in (10, 8)}
    tax = {rt: q0(v * rt / 100) for rt, v in base.items()}
    net, vat = sum(base.values()), sum(tax.values())
    total = net + vat
    p.text(W / 2, H - 60, "INVOICE", "DVB", 22, "c")
    p.line(W / 2 - 60, H - 66, W / 2 + 60, H - 66, 1.2)
    p.rows(
        H - 100,
        [(40, "l")],
        [
            ["Kanagawa Robotics K.K."],
            ["Purchasing Department"],
            ["3-14-2 Shin-Yokohama, Kohoku-ku"],
            ["Yokohama, Kanagawa 222-0033"],
        ],
        "DV",
        9.5,
        13,
    )
    p.line(40, H - 146, 260, H - 146, 0.8)
    p.text(260, H - 142, "Attn.", "DV", 8, "r")
    p.rows(
        H - 100,
        [(360, "l"), (W - 40, "r")],
        [
            ["Invoice No.", "HP-260219"],
            ["Invoice Date", "2026/02/19"],
            ["Payment Due", "2026/03/31"],
        ],
        "DV",
        9,
        13,
    )
    p.rows(
        H - 160,
        [(360, "l")],
        [
            ["Hoshino Precision Co., Ltd."],
            ["2-8-5 Minami-Shinagawa, Shinagawa-ku"],
            ["Tokyo 140-0004, Japan"],
            ["TEL 03-5479-2210"],
            ["Registration No. T4011001029837"],
        ],
        "DV",
        8,
        11,
    )
    p.c.setStrokeColorRGB(0.8, 0.1, 0.1)
    p.c.setLineWidth(1.5)
    p.c.circle(W - 62, H - 236, 20, stroke=1, fill=0)
    p.c.rect(W - 73, H - 247, 22, 22, stroke=1, fill=0)
    p.c.setStrokeColorRGB(0, 0, 0)
    y = H - 240
    p.rect(40, y - 10, 300, 30, fill=(0.93, 0.93, 0.93), stroke=BLACK)
    p.text(50, y, "Amount Billed (tax incl.)", "DVB", 10)
    p.text(330, y, yen(total) + "-", "DVB", 14, "r")
    y -= 50
    cols = [(40, "l"), (330, "r"), (400, "r"), (480, "r"), (W - 40, "r")]
    p.rect(40, y - 5, W - 80, 17, fill=(0.2, 0.25, 0.35), stroke=None)
    p.rows(
        y,
        cols,
        [["Description", "Qty", "Unit Price", "Tax Rate", "Amount"]],
        "DVB",
        8.5,
        18,
        (1, 1, 1),
    )
    y -= 18
    for d, q, u, a, rt in rows:
        y = p.rows(
            y, cols, [[d, money(q, nd=0), money(u, nd=0), f"{rt}%", money(a, nd=0)]], "DV", 8.5, 16
        )
        p.line(40, y + 11, W - 40, y + 11, 0.3, (0.7, 0.7, 0.7))
    y -= 8
    tr = [
        ["Subtotal", "", yen(net)],
        ["10% Taxable", yen(base[10]), "Tax " + yen(tax[10])],
        ["8% Taxable ※", yen(base[8]), "Tax " + yen(tax[8])],
        ["Consumption Tax", "", yen(vat)],
    ]
    y = p.rows(y, [(340, "l"), (470, "r"), (W - 40, "r")], tr, "DV", 9, 15)
    p.text(340, y - 2, "Total", "DVB", 10)
    p.text(W - 40, y - 2, yen(total), "DVB", 10, "r")
    p.text(40, y - 30, "※ Items marked ※ are subject to the reduced tax rate (8%).", "DV", 8)
    p.text(40, y - 60, "Bank Transfer", "DVB", 9)
    p.rows(
        y - 74,
        [(40, "l")],
        [
            ["MUFG Bank, Gotanda Branch (No. 241)"],
            ["Ordinary Account 0712884  Hoshino Seimitsu (Kabu"],
            ["Bank transfer fees are to be borne by the customer."],
        ],
        "DV",
        8.5,
        12,
    )
    items = [item(d, q, u, a) for d, q, u, a, _ in rows]
    t = truth(
        number="HP-260219",
        issued=date(2026, 2, 19),
        due=date(2026, 3, 31),
        vendor="Hoshino Precision Co., Ltd.",
        amount=net,
        vat=vat,
        total=total,
        cur="JPY",
        loc="ja-JP",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        note="Japanese qualified invoice in English: customer block on the left and issuer on the right (with registration T-number and seal), amount billed boxed first with trailing '-', yen without decimals, 10 % and reduced 8 % tax per rate.",
    )
    return finish(buf, p), "pdf", t


def i13(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Singapore: cloud-accounting tax invoice with payment advice tear-off, photographed."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    lines = [
        ("Sea freight LCL Shanghai – Singapore, 4.2 cbm", D("4.2"), D("68.00")),
        ("Customs declaration (TradeNet permit)", D(1), D("55.00")),
        ("Warehouse handling in/out, per pallet", D(6), D("18.50")),
        ("Local delivery to Tuas, 3-ton truck", D(1), D("240.00")),
        ("Storage, per pallet per week", D(12), D("9.80")),
    ]
    rows = [(d, q, u, q2(q * u)) for d, q, u in lines]
    net = sum(x[3] for x in rows)
    vat = q2(net * D("0.09"))
    total = net + vat
    p.text(40, H - 60, "TAX INVOICE", "DV", 22)
    p.rows(
        H - 90,
        [(40, "l")],
        [
            ["Tuas Fabrication Works Pte. Ltd."],
            ["Attention: Accounts Payable"],
            ["21 Tuas South Avenue 6"],
            ["Singapore 637023"],
        ],
        "DV",
        9,
        12,
    )
    p.rows(
        H - 56,
        [(300, "l")],
        [
            ["Invoice Date"],
            ["6 Mar 2026"],
            [""],
            ["Invoice Number"],
            ["INV-3092"],
            [""],
            ["Reference"],
            ["PO-7781"],
        ],
        "DV",
        8.5,
        11,
    )
    p.rows(
        H - 56,
        [(300, "l")],
        [[""], [""], [""], [""], [""], [""], [""], [""], ["GST Reg No."], ["201534882K"]],
        "DV",
        8.5,
        11,
    )
    p.c.setFillColorRGB(0.95, 0.6, 0.1)
    p.c.wedge(410, H - 90, 450, H - 50, 0, 270, stroke=0, fill=1)
    p.text(460, H - 64, "KESTREL", "DVB", 14)
    p.text(460, H - 78, "LOGISTICS", "DV", 9, "l", GREY)
    p.rows(
        H - 100,
        [(410, "l")],
        [
            ["Kestrel Logistics Pte. Ltd."],
            ["10 Pandan Crescent #04-11"],
            ["Singapore 128466"],
            ["UEN 201534882K"],
        ],
        "DV",
        8,
        10.5,
    )
    y = H - 190
    cols = [(40, "l"), (330, "r"), (400, "r"), (455, "r"), (W - 40, "r")]
    y = p.rows(
        y, cols, [["Description", "Quantity", "Unit Price", "GST", "Amount SGD"]], "DVB", 8.5, 6
    )
    p.line(40, y, W - 40, y, 0.8)
    y -= 14
    for d, q, u, a in rows:
        y = p.rows(y, cols, [[d, us(q), us(u), "9%", us(a)]], "DV", 8.5, 8)
        p.line(40, y, W - 40, y, 0.3, (0.75, 0.75, 0.75))
        y -= 12
    y -= 4
    y = p.rows(
        y,
        [(455, "r"), (W - 40, "r")],
        [["Subtotal", us(net)], ["TOTAL GST 9%", us(vat)]],
        "DV",
        9,
        15,
    )
    p.line(380, y + 10, W - 40, y + 10, 0.8)
    p.text(455, y - 2, "TOTAL SGD", "DVB", 10, "r")
    p.text(W - 40, y - 2, us(total), "DVB", 10, "r")
    y -= 20
    y = p.rows(y, [(455, "r"), (W - 40, "r")], [["Less Amount Paid", "0.00"]], "DV", 9, 15)
    p.text(455, y - 2, "AMOUNT DUE SGD", "DVB", 10, "r")
    p.text(W - 40, y - 2, us(total), "DVB", 10, "r")
    y -= 40
    p.text(40, y, "Due Date: 5 Apr 2026", "DVB", 10)
    p.rows(
        y - 16,
        [(40, "l")],
        [
            ["Payment by PayNow (UEN 201534882K) or bank transfer to DBS Bank Ltd,"],
            ["account 072-918844-2, Kestrel Logistics Pte. Ltd. Please quote the invoice number."],
        ],
        "DV",
        8.5,
        12,
    )
    yc = 250
    p.line(0, yc, W, yc, 0.6, BLACK, ([4, 3], 0))
    p.text(20, yc + 3, "✂", "DV", 9)
    p.text(40, yc - 30, "PAYMENT ADVICE", "DV", 18)
    p.rows(
        yc - 52,
        [(40, "l")],
        [["To: Kestrel Logistics Pte. Ltd."], ["10 Pandan Crescent #04-11"], ["Singapore 128466"]],
        "DV",
        8.5,
        11,
    )
    adv = [
        ["Customer", "Tuas Fabrication Works Pte. Ltd."],
        ["Invoice Number", "INV-3092"],
        ["Amount Due", us(total)],
        ["Due Date", "5 Apr 2026"],
        ["Amount Enclosed", ""],
    ]
    y = p.rows(yc - 30, [(300, "l"), (390, "l")], adv, "DV", 8.5, 16)
    p.line(390, y + 12, W - 40, y + 12, 0.6)
    p.text(390, y, "Enter the amount you are paying above", "DV", 7, "l", GREY)
    p.text(
        W / 2,
        30,
        "Company Registration No: 201534882K. Registered Office: 10 Pandan Crescent #04-11, Singapore 128466.",
        "DV",
        7,
        "c",
        GREY,
    )
    items = [item(d, q, u, a) for d, q, u, a in rows]
    t = truth(
        number="INV-3092",
        issued=date(2026, 3, 6),
        due=date(2026, 4, 5),
        vendor="Kestrel Logistics Pte. Ltd.",
        amount=net,
        vat=vat,
        total=total,
        cur="SGD",
        loc="en-SG",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="photo",
        note="Cloud-accounting layout: title top-left, customer block first, vendor block on the right under the logo, totals repeated in a payment-advice tear-off with an empty 'Amount Enclosed', PO reference and GST reg = UEN; photographed.",
    )
    a = render(finish(buf, p), 170)
    return (
        photo(a, r, long_side=2200, quality=68, base=(200, 200, 196), fold=True, shadow=False),
        "jpg",
        t,
    )


def i14(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """South Africa: tax invoice from a small-business package, image-only PDF of a grey scan."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    za = lambda x: "R " + money(x, ".", " ")  # noqa: E731
    lines = [
        ("HP LaserJet Pro MFP 4103fdw", D(2), D("8499.00")),
        ("HP 151A toner cartridge, black", D(6), D("1389.00")),
        ("Mondi Rotatrim A4 paper, box of 5 reams", D(10), D("429.90")),
        ("On-site setup and network configuration (hrs)", D("2.5"), D("650.00")),
    ]
    rows = [(d, q, u, q2(q * u)) for d, q, u in lines]
    net = sum(x[3] for x in rows)
    vat = q2(net * D("0.15"))
    total = net + vat
    p.rect(40, H - 100, W - 80, 64, stroke=BLACK, lw=1)
    p.text(50, H - 60, "PROTEA OFFICE SOLUTIONS (PTY) LTD", "DVB", 13)
    p.rows(
        H - 76,
        [(50, "l")],
        [
            ["Unit 12, Montague Business Park, 4 Topaz Road, Montague Gardens, Cape Town, 7441"],
            ["Reg. No. 2014/226481/07   VAT No. 4410263857   Tel 021 555 0192"],
        ],
        "DV",
        8,
        11,
    )
    p.text(W - 50, H - 60, "TAX INVOICE", "DVB", 15, "r")
    p.rect(40, H - 210, 250, 96, stroke=BLACK, lw=0.6)
    p.text(48, H - 128, "CUSTOMER", "DVB", 8)
    p.rows(
        H - 142,
        [(48, "l")],
        [
            ["Fynbos Accounting Services CC"],
            ["18 Kloof Street, Gardens"],
            ["Cape Town, 8001"],
            ["Customer VAT No. 4780219931"],
        ],
        "DV",
        8.5,
        12,
    )
    p.rect(305, H - 210, W - 345, 96, stroke=BLACK, lw=0.6)
    p.rows(
        H - 128,
        [(313, "l"), (420, "l")],
        [
            ["Invoice No:", "INV104882"],
            ["Date:", "2026/03/11"],
            ["Due Date:", "2026/04/10"],
            ["Account:", "FYN001"],
            ["Sales Rep:", "T. Mokoena"],
            ["Order No:", "FY-0392"],
        ],
        "DV",
        8.5,
        13,
    )
    cols = [(48, "l"), (350, "r"), (440, "r"), (W - 48, "r")]
    y = H - 240
    p.rect(40, y - 5, W - 80, 17, fill=(0.85, 0.85, 0.85), stroke=BLACK, lw=0.6)
    y = p.rows(y, cols, [["Description", "Qty", "Excl. Price", "Excl. Total"]], "DVB", 8.5, 18)
    for d, q, u, a in rows:
        y = p.rows(y, cols, [[d, str(q), za(u), za(a)]], "DV", 8.5, 16)
    p.rect(40, y - 10, W - 80, H - 245 - y + 10, stroke=BLACK, lw=0.6)
    y -= 30
    p.rect(330, y - 48, W - 370, 64, stroke=BLACK, lw=0.6)
    y = p.rows(
        y,
        [(340, "l"), (W - 48, "r")],
        [["Total Excl. VAT", za(net)], ["VAT @ 15%", za(vat)]],
        "DV",
        9,
        16,
    )
    p.text(340, y, "Total Incl. VAT", "DVB", 10)
    p.text(W - 48, y, za(total), "DVB", 10, "r")
    p.text(40, y + 32, "Banking details:", "DVB", 8.5)
    p.rows(
        y + 18,
        [(40, "l")],
        [
            ["FNB Business Cheque Account"],
            ["Acc No. 62841177390 · Branch 250655"],
            ["Reference: INV104882"],
        ],
        "DV",
        8.5,
        12,
    )
    p.text(
        W / 2,
        40,
        "Goods remain the property of Protea Office Solutions (Pty) Ltd until paid in full. E&OE.",
        "DV",
        7.5,
        "c",
        GREY,
    )
    items = [item(d, q, u, a) for d, q, u, a in rows]
    t = truth(
        number="INV104882",
        issued=date(2026, 3, 11),
        due=date(2026, 4, 10),
        vendor="Protea Office Solutions (Pty) Ltd",
        amount=net,
        vat=vat,
        total=total,
        cur="ZAR",
        loc="en-ZA",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="scan",
        note="South African tax invoice, boxed layout: 'R 12 345.67' (space thousands, decimal point), yyyy/mm/dd dates, vendor name printed in capitals (keyed in normal case), customer VAT number distractor; image-only PDF of a 150 dpi grey scan.",
    )
    a = scan(
        render(finish(buf, p), 150),
        r,
        grey=True,
        skew=r.uniform(-1.8, 1.8),
        blur=0.5,
        noise=7,
        specks=40,
    )
    return image_pdf(a, 150, name), "pdf", t


def i15(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Australia: energy retailer bill (tax invoice), previous balance, GST-free solar credit."""
    buf, p = new_pdf(name, A4)
    W, H = A4
    green, dark = (0.1, 0.55, 0.35), (0.1, 0.15, 0.2)
    usage = [
        ("Peak usage", D("612.4"), D("0.3187"), "kWh"),
        ("Off-peak usage", D("288.1"), D("0.1942"), "kWh"),
        ("Daily supply charge", D("90"), D("1.0523"), "days"),
    ]
    rows = [(d, q, u, q2(q * u), e) for d, q, u, e in usage]
    taxable = sum(x[3] for x in rows)
    gst = q2(taxable * D("0.10"))
    solar_q, solar_u = D("140.2"), D("0.0500")
    solar = -q2(solar_q * solar_u)
    net = taxable + solar
    total = net + gst
    p.c.setFillColorRGB(*green)
    p.c.wedge(40, H - 80, 80, H - 40, 90, 180, stroke=0, fill=1)
    p.c.wedge(44, H - 84, 84, H - 44, 270, 180, stroke=0, fill=1)
    p.text(92, H - 62, "Southern Cross Energy", "DVB", 15, "l", dark)
    p.text(92, H - 76, "Southern Cross Energy Pty Ltd · ABN 41 612 884 309", "DV", 7.5, "l", GREY)
    p.text(W - 40, H - 58, "Tax invoice", "DVB", 14, "r", dark)
    p.rows(
        H - 76,
        [(W - 40, "r")],
        [["Issue date 3 March 2026"], ["Invoice no. 5520148273"], ["Account no. 3009 417 726"]],
        "DV",
        8.5,
        12,
    )
    p.rows(
        H - 130,
        [(40, "l")],
        [["Ms Hannah Whitfield"], ["9 Banksia Court"], ["Frankston VIC 3199"]],
        "DV",
        10,
        13,
    )
    p.rect(320, H - 210, W - 360, 90, fill=(0.92, 0.97, 0.94), stroke=None, r=6)
    p.text(332, H - 138, "Total amount due", "DV", 10, "l", dark)
    p.text(W - 52, H - 165, "$" + us(total), "DVB", 22, "r", green)
    p.text(332, H - 190, "Due date  24 Mar 2026", "DVB", 10, "l", dark)
    y = H - 250
    p.text(40, y, "Account summary", "DVB", 12, "l", dark)
    summ = [
        ["Previous bill", "$312.48"],
        ["Payment received 20 Dec 2025 – thank you", "-$312.48"],
        ["Balance carried forward", "$0.00"],
        ["New charges (incl. GST)", "$" + us(total)],
        ["Total amount due", "$" + us(total)],
    ]
    y = p.rows(y - 20, [(50, "l"), (W - 50, "r")], summ, "DV", 9.5, 16)
    y -= 12
    p.text(40, y, "Your new charges – 3 Dec 2025 to 2 Mar 2026 (90 days)", "DVB", 12, "l", dark)
    cols = [(50, "l"), (300, "r"), (340, "l"), (430, "r"), (W - 50, "r")]
    y = p.rows(y - 20, cols, [["", "Quantity", "", "Rate (excl. GST)", "Amount"]], "DVB", 8, 16)
    for d, q, u, a, e in rows:
        y = p.rows(y, cols, [[d, str(q), e, f"${u}", "$" + us(a)]], "DV", 9, 15)
    y = p.rows(
        y,
        cols,
        [
            [
                "Solar feed-in credit (GST-free)",
                str(solar_q),
                "kWh",
                f"${solar_u}",
                "-$" + us(-solar),
            ]
        ],
        "DV",
        9,
        15,
    )
    p.line(300, y + 10, W - 50, y + 10, 0.5)
    y = p.rows(
        y - 4,
        [(300, "l"), (W - 50, "r")],
        [
            ["Total charges excl. GST", "$" + us(net)],
            ["GST (10% of taxable charges)", "$" + us(gst)],
        ],
        "DV",
        9,
        15,
    )
    p.text(300, y, "Total new charges", "DVB", 9.5)
    p.text(W - 50, y, "$" + us(total), "DVB", 9.5, "r")
    y -= 40
    p.text(
        40, y, "Average daily usage 10.0 kWh · same time last year 11.4 kWh", "DV", 8.5, "l", GREY
    )
    p.line(40, 150, W - 40, 150, 0.6, BLACK, ([3, 3], 0))
    p.text(40, 132, "How to pay", "DVB", 9, "l", dark)
    p.rows(
        118,
        [(40, "l")],
        [
            ["BPAY® Biller code 77719  Ref 3009 4177 2610"],
            ["Direct debit, card or Centrepay at southerncross.com.au/pay"],
            ["Post Billpay code 0871  Ref 3009 4177 2610"],
        ],
        "DV",
        8.5,
        12,
    )
    barcode(p, 360, 92, "*0871300941772610*", 28, 0.8)
    items = [item(d, q, u, a) for d, q, u, a, _ in rows] + [
        item("Solar feed-in credit (GST-free)", solar_q, solar_u, solar)
    ]
    t = truth(
        number="5520148273",
        issued=date(2026, 3, 3),
        due=date(2026, 3, 24),
        vendor="Southern Cross Energy Pty Ltd",
        amount=net,
        vat=gst,
        total=total,
        cur="AUD",
        loc="en-AU",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        note="Energy bill: previous bill and payment in account summary, invoice no. vs account no. vs BPAY reference, 4-decimal unit rates, negative GST-free solar credit (net = taxable charges - credit, GST on taxable only).",
    )
    return finish(buf, p), "pdf", t


# ============================================================================= receipts


def _fade_scan(pdf: bytes, r: random.Random, dpi=200, fade=0.35, width=None) -> np.ndarray:
    return scan(
        render(pdf, dpi),
        r,
        grey=True,
        skew=r.uniform(-2, 2),
        blur=0.7,
        noise=5,
        specks=15,
        fade=fade,
        tint=(246, 245, 240),
        width=width,
    )


def r01(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Germany: supermarket POS receipt, loyalty savings, 7 % / 19 %, TSE block; photo."""
    R = Roll(name, 80, "DVM", 7.6)
    rows = [
        ("Bio Vollmilch 3,8% 1l", D("1.29"), "B"),
        ("Roggenbrot 750g", D("2.49"), "B"),
        ("Gouda jung Scheiben", D("1.99"), "B"),
        ("  Nordkauf Bonus", D("-0.30"), "B"),
        ("Bananen", D("1.69"), "B"),
        ("Mineralwasser 6x1,5l", D("2.94"), "A"),
        ("Pfand 6 x 0,25", D("1.50"), "A"),
        ("Spülmittel Zitrone", D("1.15"), "A"),
        ("  Coupon", D("-0.25"), "A"),
        ("Kaffee Crema 1kg", D("12.99"), "B"),
        ("  Aktion", D("-3.00"), "B"),
        ("Zahnpasta Sensitiv", D("1.45"), "A"),
    ]
    gross = {c: sum(a for _, a, cc in rows if cc == c) for c in "AB"}
    tax = {"A": vat_in(gross["A"], 19), "B": vat_in(gross["B"], 7)}
    total, vat = gross["A"] + gross["B"], tax["A"] + tax["B"]
    saved = -sum(a for _, a, _ in rows if a < 0)
    R.big("NORDKAUF", 22, "DVB")
    R.line("Nordkauf Markt GmbH", "c")
    R.line("Osterstraße 112 · 20259 Hamburg", "c")
    R.line("Tel. 040 4017 2280", "c")
    R.line("UID Nr.: DE314722906", "c")
    R.nl(0.6)
    R.lr("", "EUR")
    for d, a, c in rows:
        R.lr(d, f"{eu(a)} {c}")
        if d == "Bananen":
            R.line("  1,134 kg x 1,49 EUR/kg")
    R.rule()
    R.t("SUMME", font="DVMB", size=11)
    R.t(f"EUR {eu(total)}", "r", font="DVMB", size=11)
    R.nl(1.4)
    R.rule()
    R.lr("Geg. Girocard", f"EUR {eu(total)}")
    R.nl(0.5)
    R.cols([(0, "Steuer", "l"), (0.42, "Netto", "r"), (0.7, "Steuer", "r"), (1, "Brutto", "r")])
    for c, rate in (("A", "19,0"), ("B", " 7,0")):
        R.cols(
            [
                (0, f"{c}= {rate}%", "l"),
                (0.42, eu(gross[c] - tax[c]), "r"),
                (0.7, eu(tax[c]), "r"),
                (1, eu(gross[c]), "r"),
            ]
        )
    R.cols(
        [(0, "Gesamt", "l"), (0.42, eu(total - vat), "r"), (0.7, eu(vat), "r"), (1, eu(total), "r")]
    )
    R.nl(0.5)
    R.line(f"Sie haben heute {eu(saved)} EUR gespart!", "c", font="DVMB")
    R.line("Nordkauf Bonus-Karte: 24 Punkte gesammelt", "c")
    R.nl(0.5)
    R.lr("06.03.2026 18:22", "Bon-Nr.:4821")
    R.lr("Markt:1187  Kasse:3", "Bed.:17")
    R.rule(dash=True)
    R.line("TSE-Transaktion: 118442")
    R.line("TSE-Start: 2026-03-06T18:21:04")
    R.line("TSE-Stop:  2026-03-06T18:22:37")
    R.line("TSE-Seriennr.: 7a3c9f02e1bd...4410")
    R.line("TSE-Signatur: MEUCIQDx3k9+Zt0p...")
    R.nl(0.5)
    R.line("Vielen Dank für Ihren Einkauf!", "c")
    items = [item(d.strip(), None, None, a) for d, a, _ in rows]
    t = truth(
        number="4821",
        issued=date(2026, 3, 6),
        due=None,
        vendor="Nordkauf Markt GmbH",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="photo",
        note="Supermarket bon: brand wordmark above the legal name, negative loyalty/coupon lines, deposit line, A/B VAT codes with 19 %/7 % table, 'gespart' savings total, TSE transaction number vs Bon-Nr. (keyed Bon-Nr.); photographed.",
    )
    a = render(R.render(), 220)
    return photo(a, r, long_side=2200, quality=70, base=(70, 72, 78)), "jpg", t


def r02(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """USA: restaurant check with tip suggestions, split across two cards and blank tip/total lines; photo."""
    R = Roll(name, 80, "DVM", 8)
    lines = [
        (2, "Smash Burger", D("16.50")),
        (1, "Caesar Salad", D("13.00")),
        (1, "Fish Tacos", D("17.50")),
        (3, "Draft IPA", D("8.00")),
        (1, "Lemonade", D("4.50")),
        (1, "Choc Lava Cake", D("9.50")),
    ]
    rows = [(q, d, u, q2(q * u)) for q, d, u in lines]
    sub = sum(x[3] for x in rows)
    tax = q2(sub * D("0.1025"))
    total = sub + tax
    half = q2(total / 2)
    R.big("THE COPPER KETTLE", 14, "DVSB")
    R.line("Kitchen & Tap", "c", font="DVSI")
    R.line("1847 W Division St", "c")
    R.line("Chicago, IL 60622", "c")
    R.line("(773) 555-0167", "c")
    R.nl(0.5)
    R.lr("Server: Alexis", "Check #2207")
    R.lr("Table 12", "Guests 4")
    R.lr("03/06/2026", "8:41 PM")
    R.rule()
    for q, d, _u, a in rows:
        R.lr(f"{q} {d}", us(a))
    R.rule()
    R.lr("Subtotal", us(sub))
    R.lr("Tax 10.25%", us(tax))
    R.t("TOTAL", font="DVMB", size=10)
    R.t(us(total), "r", font="DVMB", size=10)
    R.nl(1.3)
    R.rule()
    R.line("SPLIT CHECK (2)", "c", font="DVMB")
    R.lr("VISA ****4417  Guest 1", us(half))
    R.lr("AMEX ****1009  Guest 2", us(total - half))
    R.rule(dash=True)
    R.line("Suggested gratuity (on subtotal):", "c")
    for pct in (18, 20, 22):
        R.lr(f"  {pct}% = {us(q2(sub * pct / 100))}", f"total {us(total + q2(sub * pct / 100))}")
    R.nl(0.8)
    R.lr("Tip:", "____________")
    R.nl(0.5)
    R.lr("Total:", "____________")
    R.nl(1.2)
    R.line("x_______________________________")
    R.line("Signature", "c")
    R.nl(0.5)
    R.line("Thank you! Come back soon.", "c")
    items = [item(d, q, u, a) for q, d, u, a in rows]
    t = truth(
        number="2207",
        issued=date(2026, 3, 6),
        due=None,
        vendor="The Copper Kettle",
        amount=sub,
        vat=tax,
        total=total,
        cur="USD",
        loc="en-US",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="photo",
        note="US restaurant check: tip suggestions with their own 'total' amounts, split over two cards (each half), blank handwritten Tip/Total lines; total keyed as printed TOTAL before tip; photographed.",
    )
    a = render(R.render(), 220)
    return photo(a, r, long_side=1900, quality=66, base=(60, 40, 30)), "jpg", t


def r03(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """France: fuel station ticket, litres x price, TTC with TVA inside; faded thermal scan."""
    R = Roll(name, 58, "DVM", 6.8, margin=3)
    fuel = q2(D("42.37") * D("1.789"))
    wash = D("6.90")
    total = fuel + wash
    vat = vat_in(total, 20)
    R.big("RELAIS DES ALPES", 10, "DVMB")
    R.line("SAS Relais des Alpes Distribution", "c")
    R.line("214 av. Gabriel Péri", "c")
    R.line("38400 Saint-Martin-d'Hères", "c")
    R.line("SIRET 812 447 290 00018", "c")
    R.line("TVA FR 61 812447290", "c")
    R.rule(ch="-")
    R.lr("Ticket n° 018273", "Caisse 02")
    R.lr("12/02/2026", "08:41:17")
    R.rule(ch="-")
    R.line("Pompe 4  GAZOLE B7")
    R.lr("  42,37 L x 1,789 €/L", eu(fuel) + " €")
    R.lr("Lave-glace -20°C 5L", eu(wash) + " €")
    R.rule(ch="-")
    R.t("TOTAL TTC", font="DVMB", size=9)
    R.t(eu(total) + " €", "r", font="DVMB", size=9)
    R.nl(1.3)
    R.lr("dont TVA 20,00 %", eu(vat) + " €")
    R.lr("Total HT", eu(total - vat) + " €")
    R.rule(ch="-")
    R.lr("CB SANS CONTACT", eu(total) + " €")
    R.line("VISA ************0934")
    R.line("A0000000031010  Auto 428811")
    R.line("TICKET CLIENT A CONSERVER", "c")
    R.nl(0.5)
    R.line("Merci de votre visite", "c")
    R.line("et à bientôt !", "c")
    items = [
        item("Gazole B7 pompe 4", "42.37", "1.789", fuel),
        item("Lave-glace -20°C 5L", None, None, wash),
    ]
    t = truth(
        number="018273",
        issued=date(2026, 2, 12),
        due=None,
        vendor="SAS Relais des Alpes Distribution",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="scan",
        note="58 mm fuel ticket: litres x 3-decimal price per litre, 'dont TVA' inside TTC, card slip lines on the same roll, faded thermal print scanned at 200 dpi grey.",
    )
    return png(_fade_scan(R.render(), r, 220, 0.45)), "png", t


def r04(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Denmark: car park pay-station receipt, entry/exit times, moms included; photo."""
    R = Roll(name, 58, "DVC", 7.5, margin=3)
    total = D("120.00")
    vat = vat_in(total, 25)
    R.big("P", 26, "DVB")
    R.line("P-HUS BRUUNS GALLERI", "c", font="DVCB")
    R.line("Aarhus P-Service ApS", "c")
    R.line("M.P. Bruuns Gade 25, 8000 Aarhus C", "c")
    R.line("CVR 38 27 14 90", "c")
    R.rule()
    R.line("KVITTERING", "c", font="DVCB", size=10)
    R.nl(0.3)
    R.lr("Kvitt.nr.", "2026-0303-00871")
    R.lr("Automat", "BG-02")
    R.lr("Nummerplade", "CV 41 228")
    R.lr("Indkørsel", "03.03.2026 09:12")
    R.lr("Udkørsel", "03.03.2026 13:47")
    R.lr("Parkeringstid", "4 t 35 min")
    R.lr("Takst", "24,00 kr./påb. time")
    R.rule()
    R.t("I ALT DKK", font="DVCB", size=11)
    R.t(eu(total), "r", font="DVCB", size=11)
    R.nl(1.5)
    R.lr("Heraf moms 25 %", eu(vat))
    R.lr("Beløb ekskl. moms", eu(total - vat))
    R.rule()
    R.lr("Dankort/Visa", eu(total))
    R.line("XXXX XXXX XXXX 7302  Kontaktløs")
    R.line("Godkendt  Ref. 641093")
    R.nl(0.4)
    R.line("Tak for besøget - god tur hjem", "c")
    items = [item("Parkering 4 t 35 min", 5, "24.00", total)]
    t = truth(
        number="2026-0303-00871",
        issued=date(2026, 3, 3),
        due=None,
        vendor="Aarhus P-Service ApS",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="DKK",
        loc="da-DK",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="photo",
        note="Parking receipt: site name (P-HUS BRUUNS GALLERI) above the operating company, entry/exit timestamps, rate per started hour, 'Heraf moms' included, licence plate; photographed on a narrow roll.",
    )
    a = render(R.render(), 260)
    return photo(a, r, long_side=1600, quality=72, base=(150, 150, 155), fold=False), "jpg", t


def r05(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Austria: hotel minibar bill charged to the room, 10 % / 20 %, RKSV QR; PDF from the POS."""
    R = Roll(name, 80, "DV", 7.8)
    lines = [
        ("Mineralwasser 0,5 l", 2, D("4.50"), 20),
        ("Almdudler 0,35 l", 1, D("4.80"), 20),
        ("Zipfer Märzen 0,33 l", 2, D("5.50"), 20),
        ("Mozartkugeln 4 Stk.", 1, D("6.90"), 10),
        ("Erdnüsse gesalzen", 1, D("4.20"), 10),
    ]
    rows = [(d, q, u, q2(q * u), rt) for d, q, u, rt in lines]
    gross = {rt: sum(x[3] for x in rows if x[4] == rt) for rt in (10, 20)}
    tax = {rt: vat_in(g, rt) for rt, g in gross.items()}
    total, vat = sum(gross.values()), sum(tax.values())
    R.big("Hotel Alpenrose", 15, "DVSB")
    R.line("★★★★", "c")
    R.line("Alpenrose Hotelbetriebs GmbH", "c")
    R.line("Maria-Theresien-Straße 31, 6020 Innsbruck", "c")
    R.line("UID: ATU65432198 · FN 348812 f", "c")
    R.rule()
    R.line("MINIBAR-RECHNUNG", "c", font="DVB", size=10)
    R.lr("Beleg-Nr.", "2026/004417")
    R.lr("Zimmer", "214")
    R.lr("Gast", "Fr. Dr. Lechner")
    R.lr("Datum", "27.02.2026 11:05")
    R.rule()
    for d, q, _u, a, rt in rows:
        R.lr(f"{q} x {d}", f"{eu(a)}  {'A' if rt == 20 else 'B'}")
    R.rule()
    R.t("Summe EUR", font="DVB", size=10)
    R.t(eu(total), "r", font="DVB", size=10)
    R.nl(1.4)
    R.cols([(0, "", "l"), (0.45, "Netto", "r"), (0.72, "USt.", "r"), (1, "Brutto", "r")])
    for rt, k in ((20, "A 20 %"), (10, "B 10 %")):
        R.cols(
            [
                (0, k, "l"),
                (0.45, eu(gross[rt] - tax[rt]), "r"),
                (0.72, eu(tax[rt]), "r"),
                (1, eu(gross[rt]), "r"),
            ]
        )
    R.rule()
    R.lr("Zahlungsart", "Auf Zimmer 214")
    R.line("Betrag wird mit der Hotelrechnung beglichen.", size=6.8)
    R.nl(0.4)

    def rksv(p: Pad, x, y) -> None:
        qr(p, (R.w - 90) / 2, y - 90, 90, r, 29)

    R.draw(rksv, 92)
    R.line("Kassen-ID: APR-MB-01 · Sig.-Zert.: 2F4A9C", "c", size=6.5)
    R.line("Vielen Dank · Thank you · Grazie", "c")
    items = [item(d, q, u, a) for d, q, u, a, _ in rows]
    t = truth(
        number="2026/004417",
        issued=date(2026, 2, 27),
        due=None,
        vendor="Alpenrose Hotelbetriebs GmbH",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-AT",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="pdf",
        note="Hotel minibar bill printed to PDF: hotel name vs operating company, room number/guest, two VAT rates coded A/B, no payment (charged to room), RKSV QR code and signature lines.",
    )
    return R.render(), "pdf", t


def r06(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Spain: pharmacy factura simplificada, IVA 4 / 10 / 21 %, cash with change; photo."""
    R = Roll(name, 80, "DVM", 7.6)
    lines = [
        ("IBUPROFENO CINFA 600MG 40 COMP", 1, D("3.20"), 4),
        ("PARACETAMOL KERN 1G 40 COMP", 1, D("2.50"), 4),
        ("APOSITOS HANSAPLAST 20 UD", 1, D("4.35"), 10),
        ("ISDIN FOTOPROTECTOR SPF50 50ML", 1, D("16.50"), 21),
        ("MASCARILLA FFP2 CAJA 10 UD", 1, D("6.95"), 21),
    ]
    rows = [(d, q, u, q2(q * u), rt) for d, q, u, rt in lines]
    gross = {rt: sum(x[3] for x in rows if x[4] == rt) for rt in (4, 10, 21)}
    tax = {rt: vat_in(g, rt) for rt, g in gross.items()}
    total, vat = sum(gross.values()), sum(tax.values())
    given = D("50.00")

    def cross(p: Pad, x, y) -> None:
        c = p.c
        c.setFillColorRGB(0.1, 0.6, 0.25)
        cx = R.w / 2
        c.rect(cx - 6, y - 34, 12, 34, stroke=0, fill=1)
        c.rect(cx - 17, y - 23, 34, 12, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    R.draw(cross, 36)
    R.big("FARMACIA ORTEGA RUIZ", 11, "DVMB")
    R.line("Ldo. Javier Ortega Ruiz", "c")
    R.line("C/ Mayor, 18 - 28013 Madrid", "c")
    R.line("NIF: 45289931K  Tel. 915 47 22 08", "c")
    R.rule()
    R.line("FACTURA SIMPLIFICADA", "c", font="DVMB")
    R.lr("Nº T-2026-018832", "09/03/2026 12:06")
    R.lr("Vendedor: 03 LUCIA", "Terminal 1")
    R.rule()
    R.cols([(0, "Descripción", "l"), (0.78, "IVA", "r"), (1, "Importe", "r")])
    for d, q, u, a, rt in rows:
        R.line(f"{q} x {d}")
        R.cols([(0, f"   {eu(u)} €/ud", "l"), (0.78, f"{rt}%", "r"), (1, eu(a), "r")])
    R.rule()
    R.t("TOTAL", font="DVMB", size=11)
    R.t(eu(total) + " €", "r", font="DVMB", size=11)
    R.nl(1.4)
    R.lr("Entregado EFECTIVO", eu(given))
    R.lr("Cambio", eu(given - total))
    R.rule(dash=True)
    R.cols([(0, "%IVA", "l"), (0.45, "Base", "r"), (0.72, "Cuota", "r"), (1, "Total", "r")])
    for rt in (4, 10, 21):
        R.cols(
            [
                (0, f"{rt:>3}%", "l"),
                (0.45, eu(gross[rt] - tax[rt]), "r"),
                (0.72, eu(tax[rt]), "r"),
                (1, eu(gross[rt]), "r"),
            ]
        )
    R.nl(0.5)
    R.line("IVA INCLUIDO", "c")
    R.line("Gracias por su visita. Consulte a su farmacéutico.", "c", size=6.6)
    items = [item(d, q, u, a) for d, q, u, a, _ in rows]
    t = truth(
        number="T-2026-018832",
        issued=date(2026, 3, 9),
        due=None,
        vendor="Farmacia Ortega Ruiz",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="es-ES",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="photo",
        note="Pharmacy factura simplificada: owner pharmacist's name and NIF under the shop name, three IVA rates (4/10/21 %) with base/cuota table, cash given and change larger than some items; photographed.",
    )
    a = render(R.render(), 220)
    return (
        photo(a, r, long_side=2000, quality=64, base=(205, 200, 190), fold=True, shadow=True),
        "jpg",
        t,
    )


def r07(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Malaysia: coffee-chain app order receipt e-mailed as PDF, voucher, SST 6 %."""
    R = Roll(name, 100, "DV", 8.5, margin=8)
    brown = (0.35, 0.2, 0.1)
    lines = [
        ("Iced Spanish Latte (L)", D("15.90")),
        ("  + Oat milk", D("2.00")),
        ("Hazelnut Mocha (R, hot)", D("13.50")),
        ("Butter Croissant", D("9.50")),
    ]
    sub0 = sum(a for _, a in lines)
    voucher = D("-5.00")
    sub = sub0 + voucher
    sst = q2(sub * D("0.06"))
    total = sub + sst

    def head(p: Pad, x, y) -> None:
        p.rect(0, y - 60, R.w, 60 + R.m, fill=brown, stroke=None)
        p.text(R.w / 2, y - 30, "KOPI TIGA", "DVB", 20, "c", (1, 1, 1))
        p.text(R.w / 2, y - 48, "coffee · roasted in KL", "DVO", 8, "c", (0.95, 0.85, 0.7))

    R.draw(head, 70)
    R.big("Thanks for your order, Farah!", 11, "DVB")
    R.line("Your drinks are ready for pickup.", "c", color=GREY)
    R.nl(0.5)
    R.lr("Order", "#A-2841")
    R.lr("Pickup store", "Kopi Tiga – Bangsar South")
    R.lr("Date", "05 Mar 2026, 8:12 AM")
    R.lr("Receipt No.", "KT-BSS-260305-0412")
    R.rule()
    for d, a in lines:
        R.lr(d, "RM " + us(a))
    R.lr("Voucher: KOPI5 (member reward)", "-RM " + us(-voucher))
    R.rule()
    R.lr("Subtotal", "RM " + us(sub))
    R.lr("Service Tax (SST) 6%", "RM " + us(sst))
    R.gap(5)
    R.t("Total", font="DVB", size=12)
    R.t("RM " + us(total), "r", font="DVB", size=12)
    R.nl(1.5)
    R.lr("Paid with", "Touch 'n Go eWallet")
    R.lr("Kopi Points earned", "38")
    R.rule()
    R.line("Kopi Tiga Sdn. Bhd. (201901023344)", "c", size=7, color=GREY)
    R.line("SST Reg. No.: W10-2401-32000123", "c", size=7, color=GREY)
    R.line("Lot 3-1, Bangsar South, 59200 Kuala Lumpur", "c", size=7, color=GREY)
    R.line("This is a computer-generated receipt.", "c", size=7, color=GREY)
    items = [item(d.strip(), None, None, a) for d, a in lines] + [
        item("Voucher: KOPI5 (member reward)", None, None, voucher)
    ]
    t = truth(
        number="KT-BSS-260305-0412",
        issued=date(2026, 3, 5),
        due=None,
        vendor="Kopi Tiga Sdn. Bhd.",
        amount=sub,
        vat=sst,
        total=total,
        cur="MYR",
        loc="en-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="pdf",
        note="App order receipt as PDF: brand banner, order # vs receipt no. (keyed receipt no.), add-on and voucher lines, 6 % SST on the discounted subtotal, legal name only in the small grey footer.",
    )
    return R.render(), "pdf", t


def r08(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """New Zealand: e-bike share trip receipt rendered as a phone screenshot."""
    W, H = 390, 844
    buf, p = new_pdf(name, (W, H))
    unlock, mins, rate = D("1.00"), D(23), D("0.45")
    ride = q2(mins * rate)
    total = unlock + ride
    gst = vat_in(total, 15)
    teal = (0.0, 0.6, 0.55)
    p.text(30, H - 30, "4:26", "DVB", 12)
    p.rect(W - 52, H - 35, 24, 11, stroke=BLACK, lw=1, r=2)
    p.rect(W - 50, H - 33, 16, 7, fill=BLACK, stroke=None)
    p.text(W - 62, H - 33, "5G", "DVB", 9, "r")
    p.text(24, H - 80, "‹", "DV", 26, "l", teal)
    p.text(W / 2, H - 75, "Trip receipt", "DVB", 15, "c")
    p.rect(16, H - 290, W - 32, 190, fill=(0.9, 0.94, 0.92), stroke=None, r=12)
    c = p.c
    c.setStrokeColorRGB(1, 1, 1)
    c.setLineWidth(6)
    for k in range(5):
        c.line(16, H - 120 - k * 38, W - 16, H - 140 - k * 30)
        c.line(60 + k * 70, H - 100, 40 + k * 75, H - 290)
    c.setStrokeColorRGB(*teal)
    c.setLineWidth(3.5)
    pts = [(70, H - 250), (120, H - 230), (150, H - 180), (230, H - 170), (300, H - 130)]
    for a, b in itertools.pairwise(pts):
        c.line(*a, *b)
    c.setStrokeColorRGB(0, 0, 0)
    logo_circle(p, 70, H - 250, 7, teal, "")
    logo_circle(p, 300, H - 130, 7, (0.9, 0.3, 0.2), "")
    y = H - 325
    p.text(24, y, "Kahu Bikes", "DVB", 20)
    p.text(W - 24, y, "$" + us(total), "DVB", 20, "r")
    p.text(24, y - 20, "Sat, 7 Mar 2026 · 4:18 pm", "DV", 10, "l", GREY)
    y -= 50
    p.rows(
        y,
        [(24, "l"), (W - 24, "r")],
        [
            ["Start", "Cuba St, Te Aro"],
            ["End", "Oriental Parade"],
            ["Duration", "23 min"],
            ["Distance", "4.1 km"],
            ["Bike", "E-bike #K-2207"],
        ],
        "DV",
        10.5,
        22,
    )
    y -= 122
    p.line(24, y, W - 24, y, 0.5, (0.85, 0.85, 0.85))
    y -= 24
    y = p.rows(
        y,
        [(24, "l"), (W - 24, "r")],
        [["Unlock fee", "$" + us(unlock)], [f"Ride time 23 min × ${us(rate)}/min", "$" + us(ride)]],
        "DV",
        10.5,
        22,
    )
    p.line(24, y + 12, W - 24, y + 12, 0.5, (0.85, 0.85, 0.85))
    y -= 6
    p.text(24, y, "Total (NZD)", "DVB", 12)
    p.text(W - 24, y, "$" + us(total), "DVB", 12, "r")
    y -= 22
    p.text(24, y, "Includes GST of", "DV", 10, "l", GREY)
    p.text(W - 24, y, "$" + us(gst), "DV", 10, "r", GREY)
    y -= 30
    p.rect(16, y - 56, W - 32, 66, fill=(0.96, 0.96, 0.96), stroke=None, r=10)
    p.text(30, y - 12, "Charged to Visa •• 5521 via Apple Pay", "DV", 10)
    p.text(30, y - 34, "Receipt KB-7731-2209", "DV", 10, "l", GREY)
    y -= 90
    p.text(W / 2, y, "Kahu Bikes Limited · GST 123-456-789", "DV", 8.5, "c", GREY)
    p.text(W / 2, y - 14, "Level 2, 150 Willis Street, Wellington 6011", "DV", 8.5, "c", GREY)
    p.rect(W / 2 - 67, 10, 134, 5, fill=BLACK, stroke=None, r=2.5)
    items = [item("Unlock fee", None, None, unlock), item("Ride time 23 min", mins, rate, ride)]
    t = truth(
        number="KB-7731-2209",
        issued=date(2026, 3, 7),
        due=None,
        vendor="Kahu Bikes Limited",
        amount=total - gst,
        vat=gst,
        total=total,
        cur="NZD",
        loc="en-NZ",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="scan",
        note="Phone screenshot (clean PNG, no text layer; kind keyed 'scan'): status-bar time 4:26 vs trip time, drawn map, brand vs legal name in grey footer, GST-inclusive 'Includes GST of'.",
    )
    a = render(finish(buf, p), 216)
    return png(a), "png", t


def r09(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Norway: supermarket kvittering, member discount, 15 % / 25 % MVA and pant; low-res grey scan."""
    R = Roll(name, 80, "DVM", 7.6)
    salmon = q2(D("0.482") * D("219.00"))
    rows = [
        ("MELK LETT 1,75L", D("27.90"), 15),
        ("BRØD GROVT HJEMMEBAKT", D("42.50"), 15),
        ("NORVEGIA 1KG", D("129.00"), 15),
        ("  MEDLEMSRABATT", D("-12.90"), 15),
        ("LAKSEFILET", salmon, 15),
        ("COCA-COLA 1,5L", D("65.80"), 15),
        ("PANT", D("6.00"), 0),
        ("BATTERI AA 4PK", D("59.90"), 25),
    ]
    gross = {rt: sum(a for _, a, x in rows if x == rt) for rt in (15, 25, 0)}
    tax = {rt: vat_in(g, rt) for rt, g in gross.items()}
    total, vat = sum(gross.values()), sum(tax.values())
    R.big("FJORDKJØP", 18, "DVB")
    R.line("GRÜNERLØKKA", "c", font="DVMB")
    R.line("Thorvald Meyers gate 61, 0552 Oslo", "c")
    R.line("Fjordkjøp Dagligvare AS", "c")
    R.line("Org.nr: 918 442 107 MVA", "c")
    R.rule()
    R.lr("Kvittering", "Nr. 88214")
    R.lr("19.02.2026  17:45", "Kasse 4")
    R.rule()
    for d, a, _ in rows:
        R.lr(d, sp(a))
        if d == "LAKSEFILET":
            R.line("  0,482 kg x 219,00 kr/kg")
        if d.startswith("COCA"):
            R.line("  2 x 32,90")
        if d == "PANT":
            R.line("  2 x 3,00")
    R.rule()
    R.t("TOTALT", font="DVMB", size=11)
    R.t(sp(total), "r", font="DVMB", size=11)
    R.nl(1.4)
    R.lr("BankAxept", sp(total))
    R.line("************4471  Ref. 009218")
    R.rule(dash=True)
    R.cols([(0, "MVA-sats", "l"), (0.45, "Grunnlag", "r"), (0.72, "MVA", "r"), (1, "Sum", "r")])
    for rt in (15, 25, 0):
        R.cols(
            [
                (0, f"{rt:>2} %", "l"),
                (0.45, sp(gross[rt] - tax[rt]), "r"),
                (0.72, sp(tax[rt]), "r"),
                (1, sp(gross[rt]), "r"),
            ]
        )
    R.nl(0.4)
    R.line("Du sparte 12,90 kr som medlem!", "c", font="DVMB")
    R.line("Takk for handelen!", "c")
    items = [item(d.strip(), None, None, a) for d, a, _ in rows]
    t = truth(
        number="88214",
        issued=date(2026, 2, 19),
        due=None,
        vendor="Fjordkjøp Dagligvare AS",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="NOK",
        loc="nb-NO",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="scan",
        note="Norwegian grocery receipt: store name big, legal name smaller, member discount line, weighed item, pant at 0 % MVA (in the net), 15/25 % MVA table, amounts without currency; scanned and downscaled to 650 px wide.",
    )
    return png(_fade_scan(R.render(), r, 240, 0.15, width=650)), "png", t


def r10(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Portugal: café fatura simplificada with ATCUD and QR code, IVA 13 % / 23 %; photo."""
    R = Roll(name, 76, "DVM", 7.4)
    lines = [
        ("Café", 2, D("0.90"), 13),
        ("Pastel de nata", 2, D("1.40"), 13),
        ("Tosta mista", 1, D("3.50"), 13),
        ("Sumo laranja natural", 1, D("3.20"), 13),
        ("Imperial", 1, D("2.00"), 23),
    ]
    rows = [(d, q, u, q2(q * u), rt) for d, q, u, rt in lines]
    gross = {rt: sum(x[3] for x in rows if x[4] == rt) for rt in (13, 23)}
    tax = {rt: vat_in(g, rt) for rt, g in gross.items()}
    total, vat = sum(gross.values()), sum(tax.values())
    R.big("Flor do Chiado", 14, "DVSB")
    R.line("Pastelaria Flor do Chiado, Lda.", "c")
    R.line("Rua Garrett, 54 - 1200-204 Lisboa", "c")
    R.line("NIF: 514 882 370", "c")
    R.rule()
    R.line("FATURA SIMPLIFICADA", "c", font="DVMB")
    R.line("FS 2026A/4821", "c", font="DVMB")
    R.line("ATCUD: JF7K3PQ2-4821", "c")
    R.lr("Data: 2026-03-02", "10:14")
    R.line("Contribuinte: Consumidor final")
    R.rule()
    R.cols([(0, "Qtd Artigo", "l"), (0.7, "IVA", "r"), (1, "Total", "r")])
    for d, q, _u, a, rt in rows:
        R.cols([(0, f"{q}  {d}", "l"), (0.7, f"{rt}%", "r"), (1, eu(a), "r")])
    R.rule()
    R.t("TOTAL EUR", font="DVMB", size=10)
    R.t(eu(total), "r", font="DVMB", size=10)
    R.nl(1.4)
    R.lr("Multibanco", eu(total))
    R.rule(dash=True)
    R.cols([(0, "Taxa", "l"), (0.5, "Incidência", "r"), (1, "IVA", "r")])
    for rt in (13, 23):
        R.cols([(0, f"{rt}%", "l"), (0.5, eu(gross[rt] - tax[rt]), "r"), (1, eu(tax[rt]), "r")])
    R.nl(0.4)

    def code(p: Pad, x, y) -> None:
        qr(p, (R.w - 80) / 2, y - 80, 80, r, 25)

    R.draw(code, 82)
    R.line("Processado por programa", "c", size=6.5)
    R.line("certificado n.º 2871/AT", "c", size=6.5)
    R.line("Obrigado e volte sempre!", "c")
    items = [item(d, q, u, a) for d, q, u, a, _ in rows]
    t = truth(
        number="FS 2026A/4821",
        issued=date(2026, 3, 2),
        due=None,
        vendor="Pastelaria Flor do Chiado, Lda.",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="pt-PT",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="photo",
        note="Portuguese fatura simplificada: series-style number 'FS 2026A/4821' plus ATCUD code, ISO date, NIF, two IVA rates with incidência table, QR code, certified-software line; photographed.",
    )
    a = render(R.render(), 230)
    return photo(a, r, long_side=1700, quality=76, base=(180, 140, 100)), "jpg", t


def r11(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Italy: documento commerciale from a trattoria, coperto, split cash/card payment; grey scan."""
    R = Roll(name, 80, "DVM", 7.6)
    steak = q2(D("0.9") * D("48.00"))
    lines = [
        ("COPERTO", 2, D("2.50")),
        ("RIBOLLITA", 1, D("9.00")),
        ("PAPPARDELLE CINGHIALE", 1, D("14.00")),
        ("BISTECCA FIORENTINA", 1, steak),
        ("FAGIOLI ALL'UCCELLETTO", 1, D("5.00")),
        ("CHIANTI CLASSICO BT", 1, D("22.00")),
        ("ACQUA NATURALE 0,75", 1, D("3.00")),
        ("CANTUCCI E VIN SANTO", 2, D("7.00")),
    ]
    rows = [(d, q, u, q2(q * u)) for d, q, u in lines]
    total = sum(x[3] for x in rows)
    vat = vat_in(total, 10)
    cash = D("60.00")
    R.big("TRATTORIA DA NELLO", 12, "DVMB")
    R.line("di Bianchi Marco & C. s.n.c.", "c")
    R.line("Via dei Neri 41/r - 50122 Firenze", "c")
    R.line("P.IVA 04812330487", "c")
    R.rule()
    R.line("DOCUMENTO COMMERCIALE", "c", font="DVMB")
    R.line("di vendita o prestazione", "c")
    R.rule()
    R.cols([(0, "DESCRIZIONE", "l"), (0.72, "IVA", "r"), (1, "Prezzo(€)", "r")])
    for d, q, u, a in rows:
        if q != 1:
            R.line(f"{q} x {eu(u)}")
        R.cols([(0, d, "l"), (0.72, "10%", "r"), (1, eu(a), "r")])
        if d.startswith("BISTECCA"):
            R.line("  kg 0,900 x 48,00 €/kg")
    R.rule()
    R.t("TOTALE COMPLESSIVO", font="DVMB", size=9)
    R.t(eu(total), "r", font="DVMB", size=9)
    R.nl(1.3)
    R.lr("DI CUI IVA", eu(vat))
    R.lr("Pagamento contante", eu(cash))
    R.lr("Pagamento elettronico", eu(total - cash))
    R.lr("Resto", "0,00")
    R.lr("Importo pagato", eu(total))
    R.rule()
    R.lr("14-02-2026 21:37", "")
    R.lr("DOCUMENTO N. 0152-0034", "")
    R.line("RT 99MEX012345")
    R.nl(0.3)
    R.line("Grazie e arrivederci", "c")
    items = [item(d, q, u, a) for d, q, u, a in rows]
    t = truth(
        number="0152-0034",
        issued=date(2026, 2, 14),
        due=None,
        vendor="Trattoria Da Nello di Bianchi Marco & C. s.n.c.",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="it-IT",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="scan",
        note="Italian documento commerciale: legal name split over two lines (keyed joined), coperto per person, steak priced per kg, 'DI CUI IVA' inside the total, split payment contante + elettronico, DD-MM-YYYY; 200 dpi grey scan.",
    )
    return png(_fade_scan(R.render(), r, 200, 0.25)), "png", t


def r12(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Finland: kiosk receipt, ALV 14 % / 25.5 %, D.M.YYYY date; image-only PDF of a scan."""
    R = Roll(name, 58, "DVM", 6.8, margin=3)
    rows = [
        ("KAHVI ISO", D("3.20"), 14),
        ("KARJ.PIIRAKKA 2 KPL", D("3.80"), 14),
        ("ENERGIAJUOMA 0,5L", D("2.49"), 14),
        ("USB-C LATURI 20W", D("19.90"), D("25.5")),
    ]
    gross = {k: sum(a for _, a, x in rows if x == k) for k in (14, D("25.5"))}
    tax = {k: vat_in(g, k) for k, g in gross.items()}
    total, vat = sum(gross.values()), sum(tax.values())
    R.big("KULMAKIOSKI", 11, "DVMB")
    R.line("Kulmakioski Helsinki Oy", "c")
    R.line("Hämeentie 31, 00500 Helsinki", "c")
    R.line("Y-tunnus 3184412-6", "c")
    R.rule(ch="=")
    R.lr("KUITTI 88213", "18.2.2026 7.48")
    R.rule(ch="-")
    for d, a, k in rows:
        R.lr(d, f"{eu(a)} {'A' if k == 14 else 'B'}")
    R.rule(ch="-")
    R.t("YHTEENSÄ EUR", font="DVMB", size=8.5)
    R.t(eu(total), "r", font="DVMB", size=8.5)
    R.nl(1.3)
    R.lr("KORTTIMAKSU", eu(total))
    R.line("MASTERCARD  ****2290")
    R.rule(ch="-")
    R.cols([(0, "ALV", "l"), (0.45, "VEROTON", "r"), (0.72, "VERO", "r"), (1, "VEROLL.", "r")])
    for k, lab in ((14, "A 14%"), (D("25.5"), "B 25,5%")):
        R.cols(
            [
                (0, lab, "l"),
                (0.45, eu(gross[k] - tax[k]), "r"),
                (0.72, eu(tax[k]), "r"),
                (1, eu(gross[k]), "r"),
            ]
        )
    R.nl(0.4)
    R.line("KIITOS KÄYNNISTÄ!", "c")
    items = [item(d, None, None, a) for d, a, _ in rows]
    t = truth(
        number="88213",
        issued=date(2026, 2, 18),
        due=None,
        vendor="Kulmakioski Helsinki Oy",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fi-FI",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="scan",
        note="Finnish kiosk receipt on 58 mm: date 18.2.2026 and time 7.48 with dots, ALV 14 % and 25,5 % (decimal rate), Finnish labels (YHTEENSÄ, VEROTON); image-only PDF of a 200 dpi grey scan.",
    )
    a = _fade_scan(R.render(), r, 200, 0.3)
    return image_pdf(a, 200, name), "pdf", t


def r13(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Australia: café tax invoice with card surcharge, GST included; photo."""
    R = Roll(name, 80, "DV", 8)
    lines = [
        (2, "Flat white (L)", D("5.80")),
        (1, "Smashed avo on sourdough", D("19.50")),
        (1, "Bacon & egg roll", D("12.00")),
        (1, "Oat milk", D("0.80")),
    ]
    rows = [(q, d, u, q2(q * u)) for q, d, u in lines]
    sub = sum(x[3] for x in rows)
    sur = q2(sub * D("0.015"))
    total = sub + sur
    gst = vat_in(total, 10)
    R.big("WATTLE & BEAN", 15, "DVB")
    R.line("espresso · kitchen", "c", font="DVO")
    R.line("Wattle & Bean Pty Ltd", "c")
    R.line("ABN 58 613 209 447", "c")
    R.line("88 Lygon St, Brunswick East VIC 3057", "c")
    R.rule()
    R.line("TAX INVOICE", "c", font="DVB", size=10)
    R.lr("Order #57  Table 9", "07/03/2026 10:42")
    R.lr("Served by: Mia", "Inv 104-2277")
    R.rule()
    for q, d, _u, a in rows:
        R.lr(f"{q} x {d}", "$" + us(a))
    R.rule()
    R.lr("Subtotal", "$" + us(sub))
    R.lr("Card surcharge 1.5%", "$" + us(sur))
    R.gap(4)
    R.t("TOTAL", font="DVB", size=12)
    R.t("$" + us(total), "r", font="DVB", size=12)
    R.nl(1.5)
    R.lr("Total includes GST of", "$" + us(gst))
    R.rule(dash=True)
    R.lr("EFTPOS Mastercard", "$" + us(total))
    R.line("Card ...8830  Contactless  APPROVED 00")
    R.nl(0.4)
    R.line("Thanks for coming in!", "c")
    R.line("@wattleandbean", "c", color=GREY)
    items = [item(d, q, u, a) for q, d, u, a in rows] + [
        item("Card surcharge 1.5%", None, None, sur)
    ]
    t = truth(
        number="104-2277",
        issued=date(2026, 3, 7),
        due=None,
        vendor="Wattle & Bean Pty Ltd",
        amount=total - gst,
        vat=gst,
        total=total,
        cur="AUD",
        loc="en-AU",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="photo",
        note="Australian café tax invoice: order # and table vs invoice number 'Inv 104-2277' (keyed), card surcharge added before TOTAL, 'Total includes GST of' (1/11), dd/mm/yyyy; photographed.",
    )
    a = render(R.render(), 220)
    return (
        photo(a, r, long_side=1800, quality=78, base=(225, 222, 215), shadow=True, fold=False),
        "jpg",
        t,
    )


def r14(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """India: supermarket e-bill (PDF) with MRP savings, HSN, GST 0/5/18 % split CGST/SGST."""
    R = Roll(name, 80, "DVC", 7.4)
    lines = [
        ("Aashirvaad Atta 5kg", "1101", D(1), D("310"), D("279.00"), 5),
        ("Amul Butter 500g", "0405", D(1), D("285"), D("275.00"), 5),
        ("Tata Salt 1kg", "2501", D(2), D("28"), D("28.00"), 0),
        ("Tomato (loose) kg", "0702", D("1.250"), D("48"), D("40.00"), 0),
        ("Surf Excel Easy Wash 1kg", "3402", D(1), D("140"), D("129.00"), 18),
        ("Good Day Cashew 200g", "1905", D(3), D("40"), D("35.00"), 5),
    ]
    rows = [(d, h, q, mrp, sp_, q2(q * sp_), rt) for d, h, q, mrp, sp_, rt in lines]
    gross = {rt: sum(x[5] for x in rows if x[6] == rt) for rt in (0, 5, 18)}
    tax = {rt: vat_in(g, rt) for rt, g in gross.items()}
    total, vat = sum(gross.values()), sum(tax.values())
    saved = sum(q2(q * mrp) - a for _, _, q, mrp, _, a, _ in rows)
    inr = lambda x: money(x, indian=True)  # noqa: E731
    R.big("FreshBasket", 16, "DVB")
    R.line("FreshBasket Retail Pvt. Ltd.", "c")
    R.line("No. 42, 80 Feet Road, Indiranagar, Bengaluru 560038", "c")
    R.line("GSTIN: 29AADCF4821K1Z3   FSSAI: 11222333000412", "c")
    R.rule()
    R.line("TAX INVOICE", "c", font="DVCB", size=9)
    R.lr("Bill No: FB/BLR/26/118204", "Date: 21/02/2026 19:03")
    R.lr("Counter: 05  Cashier: Ravi K", "Cust: 98XXXXX412")
    R.rule()
    R.cols(
        [
            (0, "Item / HSN", "l"),
            (0.48, "Qty", "r"),
            (0.62, "MRP", "r"),
            (0.8, "Rate", "r"),
            (1, "Amount", "r"),
        ]
    )
    R.rule()
    for d, h, q, mrp, sp_, a, rt in rows:
        R.line(f"{d}  (GST {rt}%)")
        R.cols(
            [
                (0, f"  HSN {h}", "l"),
                (0.48, str(q), "r"),
                (0.62, inr(mrp), "r"),
                (0.8, inr(sp_), "r"),
                (1, inr(a), "r"),
            ]
        )
    R.rule()
    R.lr(f"Items: {len(rows)}", f"Total Qty: {sum(x[2] for x in rows)}")
    R.gap(3)
    R.t("NET AMOUNT", font="DVCB", size=11)
    R.t("₹ " + inr(total), "r", font="DVCB", size=11)
    R.nl(1.5)
    R.lr("Paid by UPI (Ref 604812993771)", "₹ " + inr(total))
    R.rule(dash=True)
    R.cols(
        [
            (0, "GST%", "l"),
            (0.35, "Taxable", "r"),
            (0.55, "CGST", "r"),
            (0.75, "SGST", "r"),
            (1, "Total", "r"),
        ]
    )
    for rt in (0, 5, 18):
        c = q2(tax[rt] / 2)
        R.cols(
            [
                (0, f"{rt}%", "l"),
                (0.35, inr(gross[rt] - tax[rt]), "r"),
                (0.55, inr(c), "r"),
                (0.75, inr(tax[rt] - c), "r"),
                (1, inr(gross[rt]), "r"),
            ]
        )
    R.nl(0.4)
    R.line(f"You saved ₹ {inr(saved)} on MRP today!", "c", font="DVCB")
    R.line("Prices inclusive of GST. Thank you, visit again!", "c", color=GREY)
    items = [item(d, q, sp_, a) for d, _, q, _, sp_, a, _ in rows]
    t = truth(
        number="FB/BLR/26/118204",
        issued=date(2026, 2, 21),
        due=None,
        vendor="FreshBasket Retail Pvt. Ltd.",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="INR",
        loc="en-IN",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="pdf",
        note="Indian supermarket e-bill PDF: MRP vs selling rate columns and 'You saved' line, HSN codes, GST 0/5/18 % with CGST/SGST halves, 'NET AMOUNT' as total label, UPI reference and masked phone number distractors.",
    )
    return R.render(), "pdf", t


def r15(name: str, r: random.Random) -> tuple[bytes, str, dict]:
    """Japan (English): convenience-store receipt, reduced 8 % items marked *, Suica; downscaled scan."""
    R = Roll(name, 58, "DVM", 6.8, margin=3)
    rows = [
        ("Onigiri Salmon *", D(168), 8),
        ("Onigiri Tuna Mayo *", D(150), 8),
        ("Green Tea 500ml *", D(140), 8),
        ("Egg Sandwich *", D(298), 8),
        ("AA Batteries 4pk", D(548), 10),
        ("Vinyl Umbrella 65cm", D(770), 10),
    ]
    gross = {rt: sum(a for _, a, x in rows if x == rt) for rt in (8, 10)}
    tax = {rt: q0(g * rt / (100 + rt)) for rt, g in gross.items()}
    total, vat = sum(gross.values()), sum(tax.values())
    paid_bal = D(4000)
    yen = lambda x: "¥" + money(x, nd=0)  # noqa: E731
    R.big("SAKURA MART", 11, "DVMB")
    R.line("Shibuya 2-chome Store", "c")
    R.line("2-15-1 Shibuya, Shibuya-ku, Tokyo", "c")
    R.line("TEL 03-5468-2201", "c")
    R.line("Sakura Mart Co., Ltd.", "c")
    R.line("Registration No. T8011001045521", "c")
    R.rule()
    R.line("RECEIPT", "c", font="DVMB", size=9)
    R.lr("2026/03/09(Mon) 07:52", "Reg#02")
    R.lr("Receipt No. 0412-8831", "Staff 117")
    R.rule()
    for d, a, _ in rows:
        R.lr(d, yen(a))
    R.rule()
    R.lr("Subtotal", yen(total))
    R.lr("( 8% target", yen(gross[8]) + ")")
    R.lr("(   tax incl.", yen(tax[8]) + ")")
    R.lr("(10% target", yen(gross[10]) + ")")
    R.lr("(   tax incl.", yen(tax[10]) + ")")
    R.gap(2)
    R.t("TOTAL", font="DVMB", size=9)
    R.t(yen(total), "r", font="DVMB", size=9)
    R.nl(1.4)
    R.lr("Suica", yen(total))
    R.lr("Suica balance", yen(paid_bal - total))
    R.nl(0.3)
    R.line("* = reduced tax rate (8%) item", size=6.2)
    R.line("Thank you for shopping!", "c")
    items = [item(d.rstrip(" *"), 1, a, a) for d, a, _ in rows]
    t = truth(
        number="0412-8831",
        issued=date(2026, 3, 9),
        due=None,
        vendor="Sakura Mart Co., Ltd.",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="JPY",
        loc="ja-JP",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind="scan",
        note="Japanese konbini receipt in English: store branch vs operating company, yen without decimals, tax-inclusive 8 %*/10 % targets with 'tax incl.' in parentheses, Suica payment and leftover balance; scanned then downscaled to 600 px wide.",
    )
    return png(_fade_scan(R.render(), r, 260, 0.2, width=600)), "png", t


# ============================================================================= main


DOCS: list[tuple[str, Callable[[str, random.Random], tuple[bytes, str, dict]], str]] = [
    ("i01", i01, "USA"),
    ("i02", i02, "Germany"),
    ("i03", i03, "Canada"),
    ("i04", i04, "UK"),
    ("i05", i05, "Ireland"),
    ("i06", i06, "Netherlands"),
    ("i07", i07, "UAE"),
    ("i08", i08, "India"),
    ("i09", i09, "France"),
    ("i10", i10, "Switzerland"),
    ("i11", i11, "Sweden"),
    ("i12", i12, "Japan"),
    ("i13", i13, "Singapore"),
    ("i14", i14, "South Africa"),
    ("i15", i15, "Australia"),
    ("r01", r01, "Germany"),
    ("r02", r02, "USA"),
    ("r03", r03, "France"),
    ("r04", r04, "Denmark"),
    ("r05", r05, "Austria"),
    ("r06", r06, "Spain"),
    ("r07", r07, "Malaysia"),
    ("r08", r08, "New Zealand"),
    ("r09", r09, "Norway"),
    ("r10", r10, "Portugal"),
    ("r11", r11, "Italy"),
    ("r12", r12, "Finland"),
    ("r13", r13, "Australia"),
    ("r14", r14, "India"),
    ("r15", r15, "Japan"),
]


def build(name: str, fn, outdir: Path) -> dict:
    r = random.Random(zlib.crc32(name.encode()))
    data, ext, t = fn(name, r)
    (outdir / f"{name}.{ext}").write_bytes(data)
    (outdir / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return {**t, "_ext": ext}


README_HEAD = """# Blind set 2026-12i: documents as common software prints them

30 documents (15 invoices `i01..i15`, 15 receipts `r01..r15`) drawn by
`bench/blindsets/blind_2026_12i.py` without looking at the reader: invoices the way payment
platforms, marketplaces, accounting packages, utility/telecom billing, word processors and
duplicate books print them; receipts the way POS systems, pay stations, apps and phones show
them. Regenerate with `python -m bench.blindsets.blind_2026_12i [OUTDIR] [--only NAME]`
(deterministic: every random choice is seeded with the CRC-32 of the document's name).

## How it is drawn

- Each document has its own drawing function (reportlab canvas, `invariant=1`), its own
  layout, fonts (DejaVu Sans / Mono / Serif / Condensed), labels and language. Every text run
  is checked to stay on the page and not overlap another run (`LayoutError` otherwise).
- Receipts are rolls of 58, 76, 80 or 100 mm, as long as their content; invoices A4, Letter,
  a small duplicate-book page, or a 390 x 844 pt phone screen.
- `pdf`: born-digital PDF with a text layer. `scan`: rendered with pypdfium2 at 150-260 dpi,
  paper tint, skew up to 2 degrees, blur, noise, specks, thermal fading on receipts, some
  downscaled to 600-650 px wide; three of them (i10, i14, r12) are image-only PDFs (the scan
  is the only page content). `photo`: perspective onto a textured background, uneven light,
  soft shadow, a fold line, JPEG quality 64-78, long side 1,600-2,200 px.
- The phone screenshot (r08) is a clean PNG with no text layer; it is keyed `kind: "scan"`
  because the kind list has no screenshot value.

## Truth conventions

- `amount` = net before tax, `vat` = sum of all taxes printed (GST+PST, CGST+SGST, two US
  sales taxes, several VAT rates), `total` = the document's total; `amount + vat == total`
  always (asserted). For tax-inclusive prices `amount = total - vat`.
- Every amount is computed once with `Decimal` (ROUND_HALF_UP) and printed and keyed from the
  same value. Yen amounts have no decimals on paper and are keyed with `.00`.
- Credit notes (i09) are printed and keyed with negative amounts, `document_type: credit_note`.
- A pro-forma (i07) is keyed `document_type: invoice`; its "Valid until" is not a due date.
- A payment-platform receipt on a full page (i01) is `layout: invoice`, `document_type: receipt`.
- Bills with an account summary (i04, i15): `total` = this bill's new charges; the previous
  balance is fully paid, so "total to pay / amount due" equals it.
- Deposits / amounts already paid (i03) are not subtracted: `total` is the invoice total, not
  the balance due. Tips are not in the total when the tip line is blank (r02: total = check
  TOTAL before tip). Card surcharges (r13) are part of the total and of the net.
- Rounding (i11, Swedish öresavrundning): `total` = the payable rounded amount, `vat` = printed
  moms, so the rounding difference sits in `amount` (amount = total - vat, 0.38 below the
  printed net).
- Zero-rated lines (deposit/pant, GST-free solar credit, 0 % GST food) count in `amount`.
- `invoice_number`: the document's own number. Receipts: the receipt / bon / ticket / bill
  number (not order, table, TSE transaction, terminal or auth numbers). i01 prints a receipt
  and an invoice number: the receipt number is keyed. r13 keys the printed invoice number,
  not the order number.
- `vendor_name`: the seller as printed, with its legal form when printed with it; where a
  brand wordmark and a legal entity are both printed, the legal entity is keyed (r01 Nordkauf
  Markt GmbH, r04 Aarhus P-Service ApS, r05 Alpenrose Hotelbetriebs GmbH, r07 Kopi Tiga Sdn.
  Bhd., r09 Fjordkjøp Dagligvare AS, r15 Sakura Mart Co., Ltd.); names printed in capitals are
  keyed in normal case (i08, i14). Marketplace (i02): the seller, not the platform.
- `due_date` only where a date is printed (also when only inside a sentence, e.g. i04, i05).
- `line_items`: as printed (net or gross as the document shows them); discount / voucher /
  credit lines are included as negative items; quantities and unit prices as strings.
- `locale` is the document's language-region; `kind` is pdf / scan / photo.
"""


def readme(done: dict) -> str:
    kinds = ("pdf", "scan", "photo")
    rows = []
    for lay in ("invoice", "receipt"):
        sub = [t for t, _ in done.values() if t["layout"] == lay]
        rows.append(
            f"| {lay} | "
            + " | ".join(str(sum(t["kind"] == k for t in sub)) for k in kinds)
            + f" | {len(sub)} |"
        )
    allk = [t for t, _ in done.values()]
    rows.append(
        "| **all** | "
        + " | ".join(str(sum(t["kind"] == k for t in allk)) for k in kinds)
        + f" | {len(allk)} |"
    )
    img_pdf = [n for n, (t, _) in done.items() if t["kind"] != "pdf" and t["_ext"] == "pdf"]
    mix = [
        "## Mix",
        "",
        "| layout | pdf | scan | photo | all |",
        "|---|---|---|---|---|",
        *rows,
        "",
    ]
    mix.append(
        f"Image-only PDFs (kind scan): {', '.join(img_pdf)}. Credit notes: {sum(t['document_type'] == 'credit_note' for t in allk)}. Countries: {len({c for _, c in done.values()})}."
    )
    mix.append("")
    docs = [
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, (t, c) in done.items():
        typ = t["document_type"] + (
            " (layout invoice)"
            if t["layout"] != t["document_type"] and t["document_type"] != "credit_note"
            else ""
        )
        docs.append(
            f"| {n}.{t['_ext']} | {t['kind']} | {c} | {typ} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    return README_HEAD + "\n" + "\n".join(mix + docs) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    done = {}
    for name, fn, country in DOCS:
        if a.only and name != a.only:
            continue
        done[name] = (build(name, fn, out), country)
        print(name, done[name][0]["_ext"], done[name][0]["total"], done[name][0]["currency"])
    if not a.only:
        (out / "README.md").write_text(readme(done), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
