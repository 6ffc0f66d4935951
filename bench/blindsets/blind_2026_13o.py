# ruff: noqa: E501
"""Blind evaluation set 2026-13o (FOCUS): first-upload documents.

Hosting / domain / e-commerce / telecom invoices as billing systems e-mail them,
German and French e-invoice visualisations (ZUGFeRD / Factur-X / XRechnung),
small-firm paper invoices (ES, IT, PL, AU) and till receipts (MY/SG and elsewhere).

Run from the repository root::

    python -m bench.blindsets.blind_2026_13o [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document name, so re-runs are
byte-identical. The module imports nothing from the product.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import sys
import zlib
from datetime import date
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

DEFAULT_OUT = "bench/blindsets/blind-2026-13o"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVI": "DejaVuSans-Oblique.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSCB": "DejaVuSerifCondensed-Bold.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, fn in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fn)))
    _registered = True


D = Decimal
CENT = D("0.01")


def q2(x) -> Decimal:
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D("1"), rounding=ROUND_HALF_UP)


def key(x) -> str:
    return str(q2(x))


def _group(ip: str, sep: str, indian: bool = False) -> str:
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join([*parts, tail])
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sep.join(out)


_STYLES = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u202f", ","),
    "frs": (" ", ","),
    "pl": ("\u00a0", ","),
    "ch": ("'", "."),
    "plain": ("", "."),
    "plainc": ("", ","),
    "za": (" ", "."),
    "in": (",", "."),
}


def money(v, style: str = "en", dec: int = 2, plus: bool = False) -> str:
    """Format a Decimal the way the page prints it."""
    v = D(v)
    v = q2(v) if dec else q0(v)
    neg = v < 0
    v = abs(v)
    s = f"{v:.{dec}f}"
    ip, _, fp = s.partition(".")
    tsep, dsep = _STYLES[style]
    body = _group(ip, tsep, indian=style == "in") + (dsep + fp if dec else "")
    if neg:
        return "-" + body
    return ("+" + body) if plus else body


def qty_s(q) -> str:
    q = D(q)
    return str(q.normalize()) if q != q.to_integral() else str(int(q))


class LayoutError(Exception):
    pass


class Doc:
    """A reportlab canvas that records every text run to check page bounds and overlaps."""

    def __init__(self, size, title: str = ""):
        register_fonts()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        if title:
            self.c.setTitle(title)
        self.w, self.h = size
        self.runs: list[tuple[float, float, float, float, str]] = []
        self.pages = 1

    def _check(self, x0, y0, x1, y1, s):
        tol = 0.01
        if x0 < -tol or y0 < -tol or x1 > self.w + tol or y1 > self.h + tol:
            raise LayoutError(
                f"page {self.pages}: {s!r} leaves the page ({x0:.1f},{y0:.1f},{x1:.1f},{y1:.1f})"
            )
        for a0, b0, a1, b1, t in self.runs:
            if x0 < a1 - 0.3 and a0 < x1 - 0.3 and y0 < b1 - 0.3 and b0 < y1 - 0.3:
                raise LayoutError(f"page {self.pages}: {s!r} overlaps {t!r}")
        self.runs.append((x0, y0, x1, y1, s))

    def width(self, s, font, size):
        return pdfmetrics.stringWidth(s, font, size)

    def text(self, x, y, s, font="DV", size=9.0, align="l", color=(0, 0, 0)):
        if s == "":
            return 0.0
        w = self.width(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        self._check(x0, y - 0.21 * size, x0 + w, y + 0.76 * size, s)
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def lines(self, x, y, rows, font="DV", size=9.0, lead=None, align="l", color=(0, 0, 0)):
        lead = lead or size * 1.3
        for r in rows:
            self.text(x, y, r, font, size, align, color)
            y -= lead
        return y

    def kv(
        self,
        x,
        y,
        pairs,
        font="DV",
        bold="DVB",
        size=9.0,
        lw=90.0,
        lead=None,
        vfont=None,
        valign="l",
        vx=None,
    ):
        lead = lead or size * 1.35
        for k, v in pairs:
            self.text(x, y, k, font, size)
            if valign == "l":
                self.text(x + lw, y, v, vfont or bold, size)
            else:
                self.text(vx, y, v, vfont or bold, size, align="r")
            y -= lead
        return y

    def row(self, y, cells, font="DV", size=9.0, color=(0, 0, 0)):
        """cells: [(x, text, align)]"""
        for x, s, a in cells:
            self.text(x, y, s, font, size, a, color)

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def hline(self, x0, x1, y, lw=0.6, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x0, y, x1, y)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def vline(self, x, y0, y1, lw=0.6, color=(0, 0, 0)):
        self.c.setLineWidth(lw)
        self.c.setStrokeColorRGB(*color)
        self.c.line(x, y0, x, y1)
        self.c.setStrokeColorRGB(0, 0, 0)

    def circle(self, x, y, r, fill=None, stroke=None, lw=1.0):
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.circle(x, y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def poly(self, pts, fill=None, stroke=None, lw=1.0):
        c = self.c
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
        c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def stamp(self, cx, cy, s, color=(0.8, 0.1, 0.1), size=26, angle=14, font="DVB"):
        """A rotated rubber-stamp word in a frame; its bounding box is registered."""
        w = self.width(s, font, size)
        bw, bh = w + size * 0.8, size * 1.5
        a = math.radians(angle)
        ex = abs(bw / 2 * math.cos(a)) + abs(bh / 2 * math.sin(a))
        ey = abs(bw / 2 * math.sin(a)) + abs(bh / 2 * math.cos(a))
        self._check(cx - ex, cy - ey, cx + ex, cy + ey, s)
        c = self.c
        c.saveState()
        c.translate(cx, cy)
        c.rotate(angle)
        c.setStrokeColorRGB(*color)
        c.setFillColorRGB(*color)
        c.setLineWidth(2.2)
        c.roundRect(-bw / 2, -bh / 2, bw, bh, 5, stroke=1, fill=0)
        c.setFont(font, size)
        c.drawCentredString(0, -size * 0.36, s)
        c.restoreState()

    def qr(self, x, y, s, rng: random.Random, n=25):
        """A QR-like square code (finder patterns + random modules)."""
        m = s / n
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        fixed = set()
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            for i in range(8):
                for j in range(8):
                    fixed.add((fx + i, fy + j) if fx == 0 else (fx + i - 1, fy + j))
            c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, stroke=0, fill=1)
        for i in range(n):
            for j in range(n):
                if (
                    (i, j) in fixed
                    or (i < 8 and j < 8)
                    or (i >= n - 8 and j < 8)
                    or (i < 8 and j >= n - 8)
                ):
                    continue
                if rng.random() < 0.48:
                    c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)

    def barcode(self, x, y, w, h, rng: random.Random):
        c = self.c
        pos = x
        while pos < x + w - 3:
            bw = rng.choice((0.6, 0.6, 1.2, 1.8))
            c.rect(pos, y, bw, h, stroke=0, fill=1)
            pos += bw + rng.choice((0.6, 1.2, 1.2, 1.8))

    def newpage(self):
        self.c.showPage()
        self.runs = []
        self.pages += 1

    def finish(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


# ----------------------------------------------------------------------------- receipts


class Roll:
    """A thermal till roll: lines are collected first, the page is as long as its content."""

    def __init__(self, width_mm, font="DVM", size=7.6, lead=1.28, margin_mm=3.5, bold=None):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.font, self.size, self.lead = font, size, lead
        self.bold = bold or (font + "B" if font + "B" in _FONTS else font)
        self.ops: list = []

    def _lh(self, size):
        return size * self.lead

    def c(self, s, size=None, bold=False, font=None):
        self.ops.append(("c", s, font or (self.bold if bold else self.font), size or self.size))

    def l(self, s, size=None, bold=False, font=None, indent=0.0):  # noqa: E743
        self.ops.append(
            ("l", s, font or (self.bold if bold else self.font), size or self.size, indent)
        )

    def lr(self, a, b, size=None, bold=False, font=None):
        self.ops.append(("lr", a, b, font or (self.bold if bold else self.font), size or self.size))

    def cols(self, cells, size=None, bold=False, font=None):
        """cells: [(frac, text, align)] with frac the anchor across the printable width."""
        self.ops.append(
            ("cols", cells, font or (self.bold if bold else self.font), size or self.size)
        )

    def rule(self, style="-"):
        self.ops.append(("rule", style))

    def gap(self, h=4.0):
        self.ops.append(("gap", h))

    def barcode(self, h=26.0):
        self.ops.append(("bar", h))

    def qr(self, s=56.0):
        self.ops.append(("qr", s))

    def logo(self, fn, h):
        self.ops.append(("logo", fn, h))

    def _height(self, op):
        k = op[0]
        if k in ("c", "l", "lr", "cols"):
            return self._lh(op[-1] if k != "l" else op[3])
        if k == "rule":
            return self.size * 0.9
        if k == "gap":
            return op[1]
        if k == "bar":
            return op[1] + 6
        if k == "qr":
            return op[1] + 6
        if k == "logo":
            return op[2]
        raise ValueError(k)

    def _text_op(self, d, op, y):
        k = op[0]
        x0, x1 = self.m, self.W - self.m
        size = op[-1] if k != "l" else op[3]
        base = y - size * 0.8
        if k == "c":
            d.text(self.W / 2, base, op[1], op[2], size, "c")
        elif k == "l":
            d.text(x0 + op[4], base, op[1], op[2], size)
        elif k == "lr":
            d.text(x0, base, op[1], op[3], size)
            d.text(x1, base, op[2], op[3], size, "r")
        else:
            for frac, s, a in op[1]:
                d.text(x0 + frac * (x1 - x0), base, s, op[2], size, a)

    def _rule_op(self, d, op, y, lh):
        x0, x1 = self.m, self.W - self.m
        yy = y - lh / 2
        if op[1] == "=":
            d.hline(x0, x1, yy + 0.9, 0.5, dash=(2, 1.2))
            d.hline(x0, x1, yy - 0.9, 0.5, dash=(2, 1.2))
        elif op[1] == "-":
            d.hline(x0, x1, yy, 0.6, dash=(2.2, 1.6))
        else:
            d.hline(x0, x1, yy, 0.8)

    def build(self, rng: random.Random, top=14.0, bottom=22.0) -> bytes:
        h = top + bottom + sum(self._height(op) for op in self.ops)
        d = Doc((self.W, h))
        y = h - top
        x0, x1 = self.m, self.W - self.m
        pw = x1 - x0
        for op in self.ops:
            k = op[0]
            lh = self._height(op)
            if k in ("c", "l", "lr", "cols"):
                self._text_op(d, op, y)
            elif k == "rule":
                self._rule_op(d, op, y, lh)
            elif k == "bar":
                d.barcode(x0 + pw * 0.12, y - op[1] - 3, pw * 0.76, op[1], rng)
            elif k == "qr":
                d.qr(self.W / 2 - op[1] / 2, y - op[1] - 3, op[1], rng)
            elif k == "logo":
                op[1](d, self.W / 2, y - lh, lh)
            y -= lh
        return d.finish()


# ----------------------------------------------------------------------------- rendering


def rasterize(pdf: bytes, dpi: float, page: int = 0, grey: bool = False) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    bmp = doc[page].render(scale=dpi / 72.0)
    img = bmp.to_pil().convert("RGB")
    doc.close()
    arr = np.asarray(img).astype(np.float32)
    if grey:
        arr = arr.mean(axis=2, keepdims=True).repeat(3, axis=2)
    return arr


def _smooth_field(h, w, nr: np.random.Generator, cells=6, lo=0.0, hi=1.0):
    small = nr.random((cells, cells)).astype(np.float32)
    f = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    f = (f - f.min()) / max(1e-6, float(f.max() - f.min()))
    return lo + (hi - lo) * f


def degrade_scan(
    arr,
    nr,
    *,
    grey=True,
    skew=0.0,
    blur=0.6,
    noise=5.0,
    specks=40,
    fade=0.0,
    pad=0,
    paper=(252, 250, 246),
    bed=(238, 238, 236),
    downscale=None,
    contrast=1.0,
):
    """Flatbed scan: paper tint, thermal fading, placed on the bed, skewed, blurred, noisy, specks."""
    h, w = arr.shape[:2]
    ink = 255.0 - arr
    if fade:
        field = _smooth_field(h, w, nr, cells=5, lo=1.0 - fade, hi=1.0)
        ink *= field[..., None]
    ink *= contrast
    tint = np.array(paper, np.float32)[None, None, :]
    arr = tint * (1.0 - ink / 255.0)
    if pad:
        H, Wd = h + 2 * pad, w + 2 * pad
        canvas_ = np.empty((H, Wd, 3), np.float32)
        canvas_[:] = np.array(bed, np.float32)
        canvas_[pad : pad + h, pad : pad + w] = arr
        arr = canvas_
        h, w = H, Wd
    if skew:
        M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        border = bed if pad else paper
        arr = cv2.warpAffine(
            arr,
            M,
            (w, h),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=tuple(float(b) for b in border),
        )
    if blur:
        arr = cv2.GaussianBlur(arr, (0, 0), blur)
    arr = arr + nr.normal(0, noise, arr.shape[:2])[..., None].astype(np.float32)
    for _ in range(specks):
        cx, cy = int(nr.integers(0, w)), int(nr.integers(0, h))
        r = int(nr.integers(1, 3))
        v = float(nr.uniform(60, 150))
        cv2.circle(arr, (cx, cy), r, (v, v, v), -1)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    if grey:
        img = img.convert("L")
    if downscale:
        W2 = downscale
        H2 = round(img.height * W2 / img.width)
        img = img.resize((W2, H2), Image.LANCZOS)
    return img


def _background(h, w, nr, kind):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array((120, 82, 50), np.float32)
        grain = np.sin((yy / 9.0) + 3.0 * _smooth_field(h, w, nr, cells=4)) * 0.5 + 0.5
        tex = 0.75 + 0.25 * grain + 0.08 * _smooth_field(h, w, nr, cells=12)
    elif kind == "desk":
        base = np.array((182, 186, 190), np.float32)
        tex = 0.9 + 0.1 * _smooth_field(h, w, nr, cells=20)
    else:  # fabric
        base = np.array((58, 72, 96), np.float32)
        tex = (
            0.85
            + 0.08 * np.sin(xx / 2.2) * np.sin(yy / 2.2)
            + 0.1 * _smooth_field(h, w, nr, cells=8)
        )
    bg = base[None, None, :] * tex[..., None]
    bg += nr.normal(0, 6, (h, w))[..., None]
    return bg


def degrade_photo(
    arr,
    nr,
    *,
    long_side=1900,
    quality=72,
    bgkind="wood",
    fold=True,
    shadow=True,
    tilt=0.06,
    paper=(246, 242, 232),
    fade=0.0,
    fill=0.8,
):
    """Phone photo: paper on a textured surface, perspective, uneven light, shadow, fold, JPEG."""
    h, w = arr.shape[:2]
    ink = 255.0 - arr
    if fade:
        ink *= _smooth_field(h, w, nr, cells=5, lo=1.0 - fade, hi=1.0)[..., None]
    doc = np.array(paper, np.float32)[None, None, :] * (1.0 - ink / 255.0)
    if fold:
        fy = int(h * nr.uniform(0.3, 0.7))
        ramp = np.ones((h, 1), np.float32)
        ramp[fy:] = 0.93
        doc *= ramp[..., None]
        doc[max(0, fy - 2) : fy + 2] *= 0.8
    # output frame
    aspect = w / h
    if aspect >= 1:
        W, H = long_side, int(long_side * nr.uniform(0.7, 0.78))
    else:
        H, W = long_side, int(long_side * nr.uniform(0.7, 0.78))
    scale = min(W * fill / w, H * fill / h)
    dw, dh = w * scale, h * scale
    cx, cy = W / 2 + nr.uniform(-0.03, 0.03) * W, H / 2 + nr.uniform(-0.03, 0.03) * H
    corners = np.array(
        [
            [cx - dw / 2, cy - dh / 2],
            [cx + dw / 2, cy - dh / 2],
            [cx + dw / 2, cy + dh / 2],
            [cx - dw / 2, cy + dh / 2],
        ],
        np.float32,
    )
    jit = nr.uniform(-tilt, tilt, (4, 2)).astype(np.float32) * np.array([dw, dh], np.float32) * 0.5
    top_shrink = nr.uniform(0.0, tilt) * dw * 0.5
    corners[0, 0] += top_shrink
    corners[1, 0] -= top_shrink
    dst = corners + jit
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        doc, M, (W, H), flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    )
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    bg = _background(H, W, nr, bgkind)
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # light: linear gradient + vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = nr.uniform(0, 2 * math.pi)
    g = (np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)) * nr.uniform(0.18, 0.3)
    vig = 1.0 - 0.22 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    out *= (1.0 + g)[..., None] * vig[..., None]
    if shadow:
        sm = np.zeros((H, W), np.float32)
        x0 = int(W * nr.uniform(0.55, 0.8))
        pts = np.array(
            [[x0, 0], [W, 0], [W, H], [x0 + int(W * nr.uniform(-0.2, 0.1)), H]], np.int32
        )
        cv2.fillPoly(sm, [pts], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), W * 0.03)
        out *= (1.0 - 0.28 * sm)[..., None]
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    out += nr.normal(0, 4, out.shape).astype(np.float32)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality, optimize=False)
    return b.getvalue()


def image_pdf(img: Image.Image, size) -> bytes:
    """An image-only PDF: the degraded scan is the page's only content."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.drawImage(ImageReader(img), 0, 0, width=size[0], height=size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


# ----------------------------------------------------------------------------- truth


def truth(
    *,
    number,
    idate,
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
    tip=D(0),
    rounding=D(0),
):
    vat_d = D(0) if vat is None else D(vat)
    if q2(amount) + q2(vat_d) + q2(tip) + q2(rounding) != q2(total):
        raise AssertionError(f"{number}: {amount} + {vat} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": idate.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": key(amount),
        "vat": None if vat is None else key(vat),
        "total": key(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {"description": a, "quantity": b, "unit_price": c, "amount": e} for a, b, c, e in items
        ],
        "note": note,
    }


def li(desc, qty, unit, amt):
    return (desc, qty_s(qty), key(unit), key(amt))


def dd(d: date) -> str:
    return d.strftime("%d.%m.%Y")


# ----------------------------------------------------------------------------- group A: billing-system invoices


def i01(rng):
    """NL hosting provider, Dutch, SEPA direct debit, customer and contract numbers beside the invoice number."""
    W, H = A4
    d = Doc(A4, "Factuur SV-2026-0048213")
    teal = (0.0, 0.42, 0.45)
    # wordmark: stacked bars + name
    for k in range(3):
        d.rect(40, H - 70 + k * 9, 26 - k * 6, 6, stroke=None, fill=teal)
    d.text(74, H - 66, "stackvaart", "Helvetica-Bold", 24, color=teal)
    d.text(
        75,
        H - 80,
        "hosting \u00b7 domeinen \u00b7 cloud",
        "Helvetica",
        8.5,
        color=(0.35, 0.35, 0.35),
    )
    d.lines(
        W - 40,
        H - 52,
        [
            "Stackvaart Hosting B.V.",
            "Televisieweg 14",
            "1322 AL Almere",
            "support@stackvaart.nl",
            "+31 36 700 4120",
        ],
        "Helvetica",
        8.5,
        11,
        align="r",
    )
    d.lines(
        40,
        H - 150,
        ["Bakkerij De Vries V.O.F.", "t.a.v. M. de Vries", "Voorstraat 88", "3311 ER Dordrecht"],
        "Helvetica",
        10,
        13,
    )
    d.text(40, H - 230, "Factuur", "Helvetica-Bold", 22)
    idate, due, ddate = date(2026, 3, 1), date(2026, 3, 15), date(2026, 3, 8)
    nl = lambda x: x.strftime("%d-%m-%Y")  # noqa: E731
    d.kv(
        330,
        H - 150,
        [
            ("Factuurnummer", "SV-2026-0048213"),
            ("Factuurdatum", nl(idate)),
            ("Vervaldatum", nl(due)),
            ("Klantnummer", "100482"),
            ("Contractnummer", "C-77310-VPS"),
        ],
        "Helvetica",
        "Helvetica-Bold",
        9.5,
        95,
        14,
    )
    d.text(40, H - 254, "Periode: 01-03-2026 t/m 31-03-2026", "Helvetica", 9.5)
    rows = [
        ("VPS Pro 8 GB (vps-ams-20417)", D(1), D("24.95")),
        ("Extra IPv4-adres", D(2), D("2.50")),
        ("Back-upopslag 200 GB", D(1), D("6.00")),
        ("Domeinnaam bakkerijdevries.nl (12 mnd)", D(1), D("8.99")),
        ("SSL-certificaat Basic", D(1), D("0.00")),
    ]
    y = H - 290
    d.rect(40, y - 5, W - 80, 18, stroke=None, fill=(0.9, 0.95, 0.95))
    cols = [
        (46, "Omschrijving", "l"),
        (360, "Aantal", "r"),
        (450, "Prijs", "r"),
        (W - 46, "Bedrag", "r"),
    ]
    d.row(y, cols, "Helvetica-Bold", 9)
    y -= 22
    items, net = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        net += a
        items.append(li(desc, q, p, a))
        d.row(
            y,
            [
                (46, desc, "l"),
                (360, qty_s(q), "r"),
                (450, "\u20ac " + money(p, "de"), "r"),
                (W - 46, "\u20ac " + money(a, "de"), "r"),
            ],
            "Helvetica",
            9,
        )
        d.hline(40, W - 40, y - 6, 0.3, (0.7, 0.7, 0.7))
        y -= 20
    vat = q2(net * D("0.21"))
    tot = net + vat
    y -= 8
    for lab, v, f in (
        ("Subtotaal excl. btw", net, "Helvetica"),
        ("Btw 21%", vat, "Helvetica"),
        ("Totaal incl. btw", tot, "Helvetica-Bold"),
    ):
        d.text(360, y, lab, f, 10)
        d.text(W - 46, y, "\u20ac " + money(v, "de"), f, 10, "r")
        y -= 16
    d.hline(360, W - 40, y + 28, 0.8)
    y -= 20
    d.lines(
        40,
        y,
        [
            f"Het totaalbedrag van \u20ac {money(tot, 'de')} wordt op of na {nl(ddate)} automatisch afgeschreven via SEPA-incasso",
            "van rekening NL** RABO **** **44 71 (machtigingskenmerk STV-100482-01, incassant-ID NL98ZZZ812345670000).",
            "Vragen over deze factuur? Kijk op mijn.stackvaart.nl of mail naar facturen@stackvaart.nl.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    d.hline(40, W - 40, 70, 0.4, (0.6, 0.6, 0.6))
    d.lines(
        W / 2,
        56,
        [
            "Stackvaart Hosting B.V. \u00b7 KvK 81234567 \u00b7 btw-nr. NL862345671B01 \u00b7 IBAN NL42 RABO 0312 4567 89 \u00b7 BIC RABONL2U",
            "Op al onze diensten zijn de algemene voorwaarden van Stackvaart Hosting B.V. van toepassing.",
        ],
        "Helvetica",
        7,
        10,
        align="c",
        color=(0.4, 0.4, 0.4),
    )
    t = truth(
        number="SV-2026-0048213",
        idate=idate,
        due=due,
        vendor="Stackvaart Hosting B.V.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Klantnummer and Contractnummer beside Factuurnummer; SEPA-incasso date (08-03) differs from Vervaldatum; a 0,00 line",
    )
    return d.finish(), t


def i02(rng):
    """FR domain registrar, paid by card, PAYÉE stamp, no due date."""
    W, H = A4
    d = Doc(A4, "Facture FR61234567")
    navy = (0.08, 0.16, 0.42)
    d.circle(58, H - 62, 18, fill=navy)
    d.text(58, H - 68, "n", "DVB", 20, "c", color=(1, 1, 1))
    d.text(84, H - 70, "nomacorde", "DVB", 22, color=navy)
    d.lines(
        40,
        H - 104,
        ["Nomacorde SAS", "17 avenue des Nations Unies", "59100 Roubaix, France"],
        "DV",
        8.5,
        11,
    )
    d.text(W - 40, H - 62, "Facture", "DVB", 20, "r")
    d.text(W - 40, H - 80, "N\u00b0 FR61234567", "DV", 10, "r")
    idate = date(2026, 2, 12)
    d.rect(300, H - 236, W - 340, 96, stroke=(0.75, 0.75, 0.8))
    d.kv(
        310,
        H - 156,
        [
            ("Date de facture", "12/02/2026"),
            ("N\u00b0 de commande", "148822613"),
            ("Identifiant client", "dm41823-nc"),
            ("Mode de paiement", "Carte bancaire"),
            ("R\u00e9f. paiement", "PAY-7F2K-0923"),
        ],
        "DV",
        "DVB",
        8.5,
        100,
        15,
    )
    d.lines(
        40,
        H - 156,
        [
            "Factur\u00e9 \u00e0 :",
            "Atelier Morel Ebénisterie",
            "Claire Morel",
            "9 rue des Tanneurs",
            "37000 Tours",
            "TVA : FR 27 901234567",
        ],
        "DV",
        9,
        12.5,
    )
    rows = [
        (
            "Renouvellement domaine atelier-morel.fr \u2013 1 an",
            "12/02/2026 \u2013 11/02/2027",
            D(1),
            D("7.99"),
        ),
        (
            "Renouvellement domaine atelier-morel.com \u2013 1 an",
            "12/02/2026 \u2013 11/02/2027",
            D(1),
            D("12.99"),
        ),
        ("H\u00e9bergement Perso \u2013 mensuel", "12/02/2026 \u2013 11/02/2027", D(12), D("3.99")),
        ("Zone DNS (incluse)", "12/02/2026 \u2013 11/02/2027", D(1), D("0.00")),
        ("Remise fid\u00e9lit\u00e9 -10 % h\u00e9bergement", "", D(1), D("-4.79")),
    ]
    y = H - 275
    hdr = [
        (40, "D\u00e9signation", "l"),
        (300, "P\u00e9riode", "l"),
        (420, "Qt\u00e9", "r"),
        (475, "P.U. HT", "r"),
        (W - 40, "Total HT", "r"),
    ]
    d.row(y, hdr, "DVB", 8.5, color=navy)
    d.hline(40, W - 40, y - 5, 1.0, navy)
    y -= 20
    items, net = [], D(0)
    for desc, per, q, p in rows:
        a = q2(q * p)
        net += a
        items.append(li(desc, q, p, a))
        d.row(
            y,
            [
                (40, desc, "l"),
                (300, per, "l"),
                (420, qty_s(q), "r"),
                (475, money(p, "fr") + " \u20ac", "r"),
                (W - 40, money(a, "fr") + " \u20ac", "r"),
            ],
            "DV",
            7.8,
        )
        y -= 17
    d.hline(40, W - 40, y + 8, 0.4)
    vat = q2(net * D("0.20"))
    tot = net + vat
    y -= 10
    for lab, v, f in (
        ("Total HT", net, "DV"),
        ("TVA 20 %", vat, "DV"),
        ("Total TTC", tot, "DVB"),
        ("Montant pay\u00e9", tot, "DV"),
        ("Reste \u00e0 payer", D(0), "DV"),
    ):
        d.text(400, y, lab, f, 9.5)
        d.text(W - 40, y, money(v, "fr") + " \u20ac", f, 9.5, "r")
        y -= 15
    d.stamp(170, y + 40, "PAY\u00c9E", (0.1, 0.55, 0.2), 28, 12)
    y -= 20
    d.text(
        40,
        y,
        f"R\u00e9gl\u00e9 le 12/02/2026 par carte bancaire Visa **** 0923 \u2013 montant d\u00e9bit\u00e9 : {money(tot, 'fr')} \u20ac.",
        "DV",
        8.5,
    )
    d.lines(
        W / 2,
        60,
        [
            "Nomacorde SAS au capital de 250 000 \u20ac \u2013 RCS Lille M\u00e9tropole 812 345 678 \u2013 SIRET 812 345 678 00027",
            "N\u00b0 TVA intracommunautaire : FR 42 812345678 \u2013 Code APE 6311Z",
            "Escompte pour paiement anticip\u00e9 : n\u00e9ant. Indemnit\u00e9 forfaitaire pour frais de recouvrement : 40 \u20ac.",
        ],
        "DV",
        6.8,
        9.5,
        align="c",
        color=(0.35, 0.35, 0.35),
    )
    t = truth(
        number="FR61234567",
        idate=idate,
        due=None,
        vendor="Nomacorde SAS",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="paid by card, PAY\u00c9E stamp, 'Reste \u00e0 payer 0,00'; order and client ids beside number; negative discount line; narrow no-break thousands space",
    )
    return d.finish(), t


def i03(rng):
    """DE mobile telecom bill, 2 pages: summary + itemised call list (Einzelverbindungsnachweis)."""
    W, H = A4
    d = Doc(A4, "Mobilfunkrechnung")
    mag = (0.62, 0.05, 0.38)
    d.rect(0, H - 12, W, 12, stroke=None, fill=mag)
    d.poly([(40, H - 40), (62, H - 40), (51, H - 62)], fill=mag)
    d.text(70, H - 58, "FUNKWERK", "DVCB", 22, color=mag)
    d.text(71, H - 72, "mobil", "DVC", 11, color=mag)
    d.text(
        40,
        H - 112,
        "Funkwerk Mobil GmbH \u00b7 Postfach 10 22 40 \u00b7 50462 K\u00f6ln",
        "DVC",
        6.8,
        color=(0.4, 0.4, 0.4),
    )
    d.lines(
        40, H - 130, ["Herrn", "Jonas Weber", "Lindenstra\u00dfe 7", "34117 Kassel"], "DVC", 10, 13
    )
    idate, due = date(2026, 3, 5), date(2026, 3, 12)
    d.rect(330, H - 214, W - 370, 120, stroke=None, fill=(0.96, 0.93, 0.95))
    d.kv(
        338,
        H - 108,
        [
            ("Kundennummer", "4711 0823 55"),
            ("Vertragskonto", "8800 1123 4471"),
            ("Rechnungsnummer", "2026 0312 3456 7"),
            ("Rechnungsdatum", dd(idate)),
            ("Leistungszeitraum", "01.02.2026 \u2013 28.02.2026"),
            ("Rufnummer", "0151 2345 6789"),
            ("F\u00e4llig am", dd(due)),
        ],
        "DVC",
        "DVCB",
        8.6,
        88,
        15.5,
    )
    d.text(40, H - 250, "Ihre Mobilfunkrechnung f\u00fcr Februar 2026", "DVCB", 15)
    # page-2 call list first, so its sum is known
    calls = []
    t0 = date(2026, 2, 1)
    nums = [
        "0561 7034 812",
        "0170 9981 220",
        "0221 4455 100",
        "+43 664 1234 567",
        "0800 330 1000",
        "0561 7034 812",
        "0176 4430 9911",
    ]
    rates = {"Inland": D("0.09"), "Ausland": D("0.29"), "Service": D("0.00")}
    for i in range(26):
        n = nums[rng.randrange(len(nums))]
        zone = "Ausland" if n.startswith("+") else ("Service" if n.startswith("0800") else "Inland")
        mins = rng.randint(1, 14)
        day = t0.replace(day=1 + (i * 27) // 26)
        tm = f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
        calls.append((day, tm, n, zone, mins, q2(mins * rates[zone])))
    calls_net = sum((c[5] for c in calls), D(0))
    rows = [
        ("Grundpreis Funkwerk Allnet L (20 GB)", "01.02.\u201328.02.", D("25.20")),
        ("Option EU-Roaming Plus", "01.02.\u201328.02.", D("4.16")),
        ("Verbindungen laut Einzelverbindungsnachweis (Seite 2)", "", calls_net),
        ("Gutschrift Treuebonus", "", D("-2.50")),
    ]
    y = H - 285
    d.row(y, [(40, "Leistung", "l"), (360, "Zeitraum", "l"), (W - 40, "Netto EUR", "r")], "DVCB", 9)
    d.hline(40, W - 40, y - 5, 0.8, mag)
    y -= 20
    items, net = [], D(0)
    for desc, per, a in rows:
        net += a
        items.append(li(desc, 1, a, a))
        d.row(y, [(40, desc, "l"), (360, per, "l"), (W - 40, money(a, "de"), "r")], "DVC", 9.2)
        y -= 16
    vat = q2(net * D("0.19"))
    tot = net + vat
    d.hline(300, W - 40, y + 8, 0.5)
    y -= 8
    for lab, v, f in (
        ("Summe netto", net, "DVC"),
        ("zzgl. 19 % USt.", vat, "DVC"),
        ("Rechnungsbetrag", tot, "DVCB"),
    ):
        d.text(360, y, lab, f, 10)
        d.text(W - 40, y, money(v, "de") + " \u20ac", f, 10, "r")
        y -= 16
    y -= 14
    d.rect(40, y - 42, W - 80, 52, stroke=mag)
    d.lines(
        50,
        y - 4,
        [
            f"Den Rechnungsbetrag von {money(tot, 'de')} \u20ac buchen wir am {dd(due)} per SEPA-Lastschrift",
            "von Ihrem Konto DE12 3705 0198 **** **** 67 ab (Mandatsreferenz FM4711082355, Gl\u00e4ubiger-ID DE98ZZZ09999999999).",
            "Bitte sorgen Sie f\u00fcr ausreichende Deckung.",
        ],
        "DVC",
        8.6,
        12,
    )
    d.lines(
        40,
        70,
        [
            "Funkwerk Mobil GmbH \u00b7 Sitz K\u00f6ln \u00b7 Amtsgericht K\u00f6ln HRB 98765 \u00b7 USt-IdNr. DE 301 234 567",
            "Gesch\u00e4ftsf\u00fchrung: Dr. Anke Sommer, Tobias Ernst \u00b7 Commerzbank K\u00f6ln IBAN DE44 3704 0044 0532 0130 00",
        ],
        "DVC",
        7,
        10,
        color=(0.4, 0.4, 0.4),
    )
    d.text(W - 40, 40, "Seite 1 von 2", "DVC", 7.5, "r")
    d.newpage()
    d.rect(0, H - 12, W, 12, stroke=None, fill=mag)
    d.text(40, H - 50, "Einzelverbindungsnachweis", "DVCB", 14)
    d.text(
        40,
        H - 66,
        "Rufnummer 0151 2345 6789 \u00b7 Rechnungsnummer 2026 0312 3456 7 \u00b7 Zielrufnummern gek\u00fcrzt",
        "DVC",
        8.5,
    )
    y = H - 95
    d.row(
        y,
        [
            (40, "Datum", "l"),
            (110, "Uhrzeit", "l"),
            (170, "Zielrufnummer", "l"),
            (300, "Zone", "l"),
            (400, "Dauer (Min.)", "r"),
            (W - 40, "Netto EUR", "r"),
        ],
        "DVCB",
        8.5,
    )
    d.hline(40, W - 40, y - 5, 0.6)
    y -= 17
    for day, tm, n, zone, mins, a in calls:
        masked = n[:-3] + "xxx"
        d.row(
            y,
            [
                (40, day.strftime("%d.%m.%Y"), "l"),
                (110, tm, "l"),
                (170, masked, "l"),
                (300, zone, "l"),
                (400, str(mins), "r"),
                (W - 40, money(a, "de"), "r"),
            ],
            "DVC",
            8.3,
        )
        y -= 13.5
    d.hline(40, W - 40, y + 6, 0.6)
    d.text(300, y - 8, "Summe Verbindungen netto", "DVCB", 9)
    d.text(W - 40, y - 8, money(calls_net, "de"), "DVCB", 9, "r")
    d.text(W - 40, 40, "Seite 2 von 2", "DVC", 7.5, "r")
    t = truth(
        number="2026 0312 3456 7",
        idate=idate,
        due=due,
        vendor="Funkwerk Mobil GmbH",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="2 pages (page 2 = call list with many amounts); Kundennummer / Vertragskonto beside a spaced Rechnungsnummer; Leistungszeitraum; negative bonus line; SEPA-Lastschrift",
    )
    return d.finish(), t


def i04(rng):
    """IN e-commerce tax invoice, CGST + SGST, tax-inclusive prices, Indian grouping."""
    W, H = A4
    d = Doc(A4, "Tax Invoice")
    d.text(40, H - 55, "Tax Invoice", "Helvetica-Bold", 16)
    d.text(W - 40, H - 50, "Original for Recipient", "Helvetica-Oblique", 8, "r")
    d.rect(W - 150, H - 90, 110, 26, stroke=None, fill=(0.98, 0.6, 0.1))
    d.text(W - 95, H - 83, "KIRANAKART", "Helvetica-Bold", 13, "c", color=(1, 1, 1))
    d.lines(
        40,
        H - 80,
        [
            "Sold By: Shreeji Home Appliances Pvt. Ltd.",
            "Ship-from Address: Plot 42, KIADB Industrial Area, Bommasandra,",
            "Bengaluru, Karnataka - 560099, IN",
            "GSTIN: 29AAKCS4821M1ZQ",
        ],
        "Helvetica",
        8.5,
        11.5,
    )
    idate = date(2026, 2, 14)
    d.kv(
        40,
        H - 140,
        [
            ("Order ID:", "OD4328119027465310"),
            ("Order Date:", "12-02-2026"),
            ("Invoice No:", "FAKBLR2600183247"),
            ("Invoice Date:", "14-02-2026"),
            ("PAN:", "AAKCS4821M"),
        ],
        "Helvetica-Bold",
        "Helvetica",
        8.5,
        70,
        12,
    )
    d.lines(
        230,
        H - 140,
        [
            "Bill To",
            "Ananya Krishnan",
            "Flat 3B, Lakshmi Residency,",
            "7th Cross, Jayanagar 4th Block,",
            "Bengaluru 560011, Karnataka",
        ],
        "Helvetica",
        8.5,
        11.5,
    )
    d.lines(
        410,
        H - 140,
        [
            "Ship To",
            "Ananya Krishnan",
            "Flat 3B, Lakshmi Residency,",
            "Jayanagar 4th Block,",
            "Bengaluru 560011, Karnataka",
        ],
        "Helvetica",
        8.5,
        11.5,
    )
    rows = [
        ("KitchenPro Mixer Grinder 750W, 3 Jars", "85094010", D(1), D("3499.00"), D("350.00")),
        ("Non-Stick Tawa 28 cm, Induction Base", "73239990", D(2), D("899.00"), D("90.00")),
        ("Shipping And Handling Charges", "996812", D(1), D("40.00"), D("0.00")),
    ]
    y = H - 225
    xs = [40, 232, 245, 300, 350, 405, 455, W - 40]
    hd = ["Product", "HSN/SAC", "Qty", "Gross", "Discount", "Taxable", "CGST/SGST", "Total"]
    d.rect(40, y - 6, W - 80, 18, stroke=None, fill=(0.92, 0.92, 0.92))
    d.row(
        y,
        [(xs[0], hd[0], "l"), (xs[1], hd[1], "l")]
        + [(xs[i] + (45 if i < 7 else 0), hd[i], "r") for i in range(2, 8)],
        "Helvetica-Bold",
        7.8,
    )
    y -= 22
    items, taxable_sum, tax_sum, gross_sum = [], D(0), D(0), D(0)
    for desc, hsn, q, p, disc in rows:
        gross = q2(q * p)
        tot_line = gross - disc
        taxable = q2(tot_line / D("1.18"))
        tax = tot_line - taxable
        cg = q2(tax / 2)
        sg = tax - cg
        taxable_sum += taxable
        tax_sum += tax
        gross_sum += tot_line
        items.append(li(desc, q, p, tot_line))
        d.row(
            y,
            [
                (xs[0], desc, "l"),
                (xs[1], hsn, "l"),
                (xs[2] + 45, qty_s(q), "r"),
                (xs[3] + 45, money(gross, "in"), "r"),
                (xs[4] + 45, money(-disc, "in") if disc else "0.00", "r"),
                (xs[5] + 45, money(taxable, "in"), "r"),
                (xs[6] + 45, money(cg, "in"), "r"),
                (xs[7], money(tot_line, "in"), "r"),
            ],
            "Helvetica",
            7.6,
        )
        d.text(xs[6] + 45, y - 10, money(sg, "in"), "Helvetica", 7.6, "r")
        d.text(
            xs[0],
            y - 10,
            "CGST @9.0% / SGST @9.0%",
            "Helvetica-Oblique",
            6.8,
            color=(0.3, 0.3, 0.3),
        )
        y -= 28
    d.hline(40, W - 40, y + 12, 0.6)
    d.row(
        y,
        [
            (xs[0], "TOTAL", "l"),
            (xs[5] + 45, money(taxable_sum, "in"), "r"),
            (xs[6] + 45, money(tax_sum, "in"), "r"),
            (xs[7], money(gross_sum, "in"), "r"),
        ],
        "Helvetica-Bold",
        7.8,
    )
    y -= 30
    d.text(W - 40, y, f"Grand Total   \u20b9 {money(gross_sum, 'in')}", "DVB", 12, "r")
    y -= 18
    d.text(
        W - 40,
        y,
        "Amount in words: Four Thousand Eight Hundred Ninety Seven Rupees Only",
        "Helvetica",
        8,
        "r",
    )
    y -= 40
    d.text(W - 40, y, "for Shreeji Home Appliances Pvt. Ltd.", "Helvetica-Bold", 8.5, "r")
    d.text(W - 40, y - 36, "Authorized Signatory", "Helvetica", 8, "r")
    d.lines(
        40,
        80,
        [
            "Whether tax is payable under reverse charge - No",
            "Payment: Prepaid via UPI (Ref 602314889012). This is a computer generated invoice.",
            "Regd. office: Shreeji Home Appliances Pvt. Ltd., 14 Residency Road, Bengaluru 560025 | CIN U52390KA2019PTC123456",
        ],
        "Helvetica",
        7,
        10,
        color=(0.35, 0.35, 0.35),
    )
    assert gross_sum == D("4897.00"), gross_sum
    t = truth(
        number="FAKBLR2600183247",
        idate=idate,
        due=None,
        vendor="Shreeji Home Appliances Pvt. Ltd.",
        amount=taxable_sum,
        vat=tax_sum,
        total=gross_sum,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="marketplace invoice: seller (Sold By) is not the marketplace wordmark; Order ID beside Invoice No; CGST+SGST per line (vat = sum of both); discounts; Indian digit grouping; line amounts keyed tax-inclusive as printed in Total column",
    )
    return d.finish(), t


def i05(rng):
    """US cloud hosting invoice (Stripe-like), usage lines, sales tax, paid by card."""
    W, H = letter
    d = Doc(letter, "Invoice BW-INV-0019342")
    d.text(40, H - 60, "Invoice", "Helvetica-Bold", 22)
    d.rect(W - 180, H - 70, 22, 22, stroke=None, fill=(0.36, 0.3, 0.92))
    d.text(W - 150, H - 65, "Brightwell Cloud", "Helvetica-Bold", 14)
    idate = date(2026, 3, 1)
    d.kv(
        40,
        H - 95,
        [
            ("Invoice number", "BW-INV-0019342"),
            ("Date of issue", "March 1, 2026"),
            ("Date due", "March 1, 2026"),
            ("Account ID", "acct_7F3K29QX"),
            ("Subscription", "sub_1Ox9LmTeam"),
        ],
        "Helvetica",
        "Helvetica",
        9,
        100,
        13,
    )
    d.lines(
        40,
        H - 180,
        [
            "Brightwell Cloud, Inc.",
            "548 Market Street, Suite 31150",
            "San Francisco, California 94104",
            "United States",
            "billing@brightwell.cloud",
        ],
        "Helvetica",
        9,
        12,
    )
    d.lines(
        250,
        H - 180,
        [
            "Bill to",
            "Lone Star Pet Supply LLC",
            "Attn: Accounts Payable",
            "2100 S Lamar Blvd, Ste 210",
            "Austin, Texas 78704",
            "ap@lonestarpet.com",
        ],
        "Helvetica",
        9,
        12,
    )
    d.text(40, H - 275, "$0.00 due March 1, 2026", "Helvetica-Bold", 14)
    d.text(40, H - 292, "Paid March 1, 2026 \u2014 thank you for your business.", "Helvetica", 9)
    rows = [
        ("Compute \u2014 standard-2 instances (1,344 hrs @ $0.034/hr)", D(1344), D("0.034")),
        ("Block storage (250 GB-mo @ $0.10)", D(250), D("0.10")),
        ("Load balancer (672 hrs @ $0.0125/hr)", D(672), D("0.0125")),
        ("Bandwidth overage (38 GB @ $0.01)", D(38), D("0.01")),
        ("Support \u2014 Developer plan", D(1), D("29.00")),
    ]
    y = H - 330
    d.row(
        y,
        [
            (40, "Description", "l"),
            (380, "Qty", "r"),
            (460, "Unit price", "r"),
            (W - 40, "Amount", "r"),
        ],
        "Helvetica",
        8.5,
        color=(0.45, 0.45, 0.45),
    )
    d.hline(40, W - 40, y - 5, 0.5)
    d.text(40, y - 20, "Feb 1 \u2013 Feb 28, 2026", "Helvetica", 8.5, color=(0.45, 0.45, 0.45))
    y -= 38
    items, net = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        net += a
        items.append(li(desc, q, p, a))
        d.row(
            y,
            [
                (40, desc, "l"),
                (380, f"{int(q):,}", "r"),
                (460, "$" + (f"{p:.4f}".rstrip("0") if p < 1 else money(p)), "r"),
                (W - 40, "$" + money(a), "r"),
            ],
            "Helvetica",
            9,
        )
        y -= 17
    tax = q2(net * D("0.0825"))
    tot = net + tax
    d.hline(300, W - 40, y + 6, 0.5)
    y -= 10
    for lab, v in (
        ("Subtotal", net),
        ("Total excluding tax", net),
        ("Sales tax \u2014 Texas (8.25% on $" + money(net) + ")", tax),
        ("Total", tot),
        ("Amount paid", tot),
        ("Amount due", D(0)),
    ):
        f = "Helvetica-Bold" if lab in ("Total", "Amount due") else "Helvetica"
        d.text(300, y, lab, f, 9)
        d.text(W - 40, y, "$" + money(v) + (" USD" if lab == "Amount due" else ""), f, 9, "r")
        y -= 16
    d.stamp(150, y + 45, "PAID", (0.1, 0.5, 0.25), 30, -10)
    y -= 20
    d.text(40, y, "Payment history", "Helvetica-Bold", 10)
    d.row(
        y - 18,
        [
            (40, "Visa \u2022\u2022\u2022\u2022 4242", "l"),
            (200, "March 1, 2026", "l"),
            (330, "$" + money(tot), "r"),
            (400, "Receipt #2817-4403", "l"),
        ],
        "Helvetica",
        9,
    )
    d.lines(
        40,
        60,
        [
            "Brightwell Cloud, Inc. \u00b7 EIN 84-2209187 \u00b7 Questions? billing@brightwell.cloud",
            "Page 1 of 1",
        ],
        "Helvetica",
        7.5,
        11,
        color=(0.45, 0.45, 0.45),
    )
    t = truth(
        number="BW-INV-0019342",
        idate=idate,
        due=idate,
        vendor="Brightwell Cloud, Inc.",
        amount=net,
        vat=tax,
        total=tot,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="'$0.00 due' headline and Amount due 0.00 \u2014 total is the invoice Total; usage lines with 4-decimal unit prices; account / subscription ids; PAID stamp; Letter size",
    )
    return d.finish(), t


def i06(rng):
    """UK broadband/phone bill, prices incl. VAT with a VAT summary, Direct Debit."""
    W, H = A4
    d = Doc(A4, "Your bill")
    green = (0.0, 0.45, 0.3)
    d.rect(0, H - 100, W, 100, stroke=None, fill=green)
    d.poly([(40, H - 70), (58, H - 40), (76, H - 70)], fill=(1, 1, 1))
    d.text(86, H - 68, "Kestrel Fibre", "DVB", 22, color=(1, 1, 1))
    d.text(W - 40, H - 60, "Your bill", "DV", 18, "r", color=(1, 1, 1))
    d.text(W - 40, H - 80, "12 February 2026", "DV", 10, "r", color=(1, 1, 1))
    d.lines(
        40,
        H - 140,
        ["Ms Priya Shah", "Flat 4, 22 Albert Road", "Leicester", "LE2 2AA"],
        "DV",
        10,
        13,
    )
    idate, due = date(2026, 2, 12), date(2026, 2, 26)
    d.kv(
        320,
        H - 140,
        [
            ("Account number", "3019 2284 71"),
            ("Bill number", "KF-0042871593"),
            ("Bill date", "12 Feb 2026"),
            ("Payment due", "26 Feb 2026"),
        ],
        "DV",
        "DVB",
        9,
        100,
        14,
    )
    rows = [
        ("Full Fibre 500 (12 Feb \u2013 11 Mar)", D("38.00")),
        ("Home Phone Anytime (12 Feb \u2013 11 Mar)", D("9.00")),
        ("Calls outside your plan (see breakdown)", D("2.37")),
        ("Annual price rise credit", D("-1.50")),
        ("Router protection", D("3.00")),
    ]
    y = H - 230
    d.text(40, y, "What you're paying for", "DVB", 13, color=green)
    y -= 24
    tot = D(0)
    items = []
    for desc, a in rows:
        tot += a
        items.append(li(desc, 1, a, a))
        d.text(40, y, desc, "DV", 9.5)
        d.text(W - 40, y, ("-\u00a3" + money(-a)) if a < 0 else "\u00a3" + money(a), "DV", 9.5, "r")
        d.hline(40, W - 40, y - 6, 0.3, (0.7, 0.7, 0.7))
        y -= 19
    vat = q2(tot / 6)
    net = tot - vat
    y -= 6
    d.text(40, y, "Total to pay", "DVB", 12)
    d.text(W - 40, y, "\u00a3" + money(tot), "DVB", 12, "r")
    y -= 30
    d.rect(40, y - 52, 250, 64, stroke=(0.6, 0.6, 0.6))
    d.text(50, y, "VAT summary", "DVB", 9)
    d.kv(
        50,
        y - 16,
        [
            ("Total excluding VAT", "\u00a3" + money(net)),
            ("VAT at 20%", "\u00a3" + money(vat)),
            ("Total including VAT", "\u00a3" + money(tot)),
        ],
        "DV",
        "DV",
        8.5,
        0,
        13,
        valign="r",
        vx=280,
    )
    d.lines(
        320,
        y,
        [
            "We'll collect \u00a3" + money(tot) + " by Direct Debit",
            "from your account ending 4471",
            "on or after 26 February 2026.",
            "Prices on this page include VAT.",
        ],
        "DV",
        8.5,
        12,
    )
    y -= 100
    d.text(40, y, "Calls outside your plan", "DVB", 10)
    y -= 16
    calls = [
        ("03 Feb", "09:14", "0044 20 7946 0xxx", "Intl landline", D("0.84")),
        ("09 Feb", "18:40", "118 xxx", "Directory enq.", D("1.12")),
        ("10 Feb", "12:02", "0870 444 xxxx", "Non-geo", D("0.41")),
    ]
    assert sum(c[4] for c in calls) == D("2.37")
    for c in calls:
        d.row(
            y,
            [
                (40, c[0], "l"),
                (90, c[1], "l"),
                (140, c[2], "l"),
                (280, c[3], "l"),
                (W - 40, "\u00a3" + money(c[4]), "r"),
            ],
            "DV",
            8.5,
        )
        y -= 13
    d.lines(
        40,
        60,
        [
            "Kestrel Fibre Ltd, 1 Canal Wharf, Leeds LS11 5PS. Registered in England and Wales No. 09876543.",
            "VAT Reg No. GB 284 5512 07. Kestrel Fibre Ltd is authorised and regulated by the Financial Conduct Authority for consumer credit.",
        ],
        "DV",
        7,
        10,
        color=(0.4, 0.4, 0.4),
    )
    t = truth(
        number="KF-0042871593",
        idate=idate,
        due=due,
        vendor="Kestrel Fibre Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="consumer bill: line prices include VAT, net/VAT only in a VAT summary box; account number beside bill number; credit line; call breakdown amounts",
    )
    return d.finish(), t


# ----------------------------------------------------------------------------- group B: e-invoice visualisations


def _section(
    d,
    x,
    y,
    w,
    title,
    pairs,
    font="DV",
    bold="DVB",
    size=8.2,
    lw=150.0,
    lead=12.0,
    head=(0.85, 0.85, 0.85),
):
    d.rect(x, y - 4, w, 15, stroke=None, fill=head)
    d.text(x + 4, y, title, bold, size + 0.6)
    yy = y - 18
    for k, v in pairs:
        d.text(x + 4, yy, k, font, size, color=(0.3, 0.3, 0.3))
        d.text(x + 4 + lw, yy, v, bold, size)
        yy -= lead
    d.rect(x, yy + lead - 6, w, y + 11 - (yy + lead - 6), stroke=(0.7, 0.7, 0.7), lw=0.5)
    return yy


def _vat_lines(rows, rates_incl=False):
    """rows: (desc, qty, unit, rate) -> (items, net, {rate: (base, tax)})."""
    items, net, by = [], D(0), {}
    for desc, q, p, r in rows:
        a = q2(q * p)
        net += a
        items.append(li(desc, q, p, a))
        by.setdefault(r, D(0))
        by[r] += a
    taxes = {r: (b, q2(b * r / 100)) for r, b in sorted(by.items())}
    return items, net, taxes


def i07(rng):
    """XRechnung visualisation (KoSIT style): BT codes, Nachlass on document level, Skonto."""
    W, H = A4
    d = Doc(A4, "XRechnung RE-2026-0815")
    d.text(40, H - 50, "Rechnung", "DVB", 18)
    d.text(
        W - 40, H - 50, "XRechnung 3.0 \u00b7 Visualisierung", "DV", 8, "r", color=(0.4, 0.4, 0.4)
    )
    idate, due = date(2026, 2, 17), date(2026, 3, 19)
    y = _section(
        d,
        40,
        H - 80,
        W - 80,
        "\u00dcbersicht",
        [
            ("Rechnungsnummer (BT-1):", "RE-2026-0815"),
            ("Rechnungsdatum (BT-2):", dd(idate)),
            ("Rechnungsart (BT-3):", "380 \u2013 Rechnung"),
            ("W\u00e4hrung (BT-5):", "EUR"),
            ("Leistungszeitraum (BG-14):", "01.01.2026 bis 31.01.2026"),
            ("K\u00e4uferreferenz (BT-10):", "04011000-12345-34"),
            ("Bestellnummer (BT-13):", "BE-2025-7781"),
            ("Kundennummer:", "D-20931"),
            ("F\u00e4lligkeitsdatum (BT-9):", dd(due)),
        ],
        lw=140,
    )
    top = y - 10
    yl = _section(
        d,
        40,
        top,
        (W - 90) / 2,
        "Verk\u00e4ufer (BG-4)",
        [
            ("Name (BT-27):", "IT-Service Kramer GmbH"),
            ("Stra\u00dfe (BT-35):", "Hafenstra\u00dfe 12"),
            ("PLZ / Ort:", "28217 Bremen"),
            ("USt-IdNr. (BT-31):", "DE287654321"),
            ("Kontakt (BT-41):", "Svenja Kramer"),
        ],
        lw=80,
    )
    yr = _section(
        d,
        45 + (W - 90) / 2,
        top,
        (W - 90) / 2,
        "K\u00e4ufer (BG-7)",
        [
            ("Name (BT-44):", "Stadtwerke Oldenburg AG"),
            ("Stra\u00dfe (BT-50):", "Am Hafen 4"),
            ("PLZ / Ort:", "26122 Oldenburg"),
            ("USt-IdNr. (BT-48):", "DE117654320"),
            ("Kontakt:", "Einkauf / Frau Berg"),
        ],
        lw=80,
    )
    y = min(yl, yr) - 14
    rows = [
        ("Wartungspauschale Serverraum Januar", D(1), D("890.00"), 19),
        ("Techniker-Einsatz vor Ort (Std.)", D("6.5"), D("95.00"), 19),
        ("USV-Akku 12V 9Ah", D(8), D("32.40"), 19),
        ("Anfahrtspauschale", D(2), D("45.00"), 19),
    ]
    items, pos_net, _ = _vat_lines(rows)
    d.rect(40, y - 4, W - 80, 15, stroke=None, fill=(0.85, 0.85, 0.85))
    d.row(
        y,
        [
            (44, "Pos.", "l"),
            (74, "Bezeichnung (BT-153)", "l"),
            (330, "Menge", "r"),
            (360, "Einheit", "l"),
            (450, "Preis netto", "r"),
            (490, "USt %", "r"),
            (W - 44, "Gesamt netto", "r"),
        ],
        "DVB",
        8,
    )
    y -= 18
    units = ["Pauschale", "Stunde", "St\u00fcck", "Pauschale"]
    for i, ((desc, q, p, r), it) in enumerate(zip(rows, items, strict=True)):
        d.row(
            y,
            [
                (44, str(i + 1), "l"),
                (74, desc, "l"),
                (330, money(q, "de") if q != q.to_integral() else qty_s(q), "r"),
                (360, units[i], "l"),
                (450, money(p, "de"), "r"),
                (490, f"{r},00", "r"),
                (W - 44, money(D(it[3]), "de"), "r"),
            ],
            "DV",
            8,
        )
        y -= 14
    allow = q2(pos_net * D("0.03"))
    net = pos_net - allow
    vat = q2(net * D("0.19"))
    tot = net + vat
    y -= 6
    d.hline(300, W - 40, y + 8, 0.5)
    for lab, v, f in (
        ("Summe Positionen netto (BT-106):", pos_net, "DV"),
        ("Nachlass 3 % Rahmenvertrag (BT-92):", -allow, "DV"),
        ("Gesamtbetrag netto (BT-109):", net, "DVB"),
        ("Umsatzsteuer 19 % S (BT-110):", vat, "DV"),
        ("Gesamtbetrag brutto (BT-112):", tot, "DVB"),
        ("F\u00e4lliger Betrag (BT-115):", tot, "DVB"),
    ):
        d.text(300, y, lab, f, 8.2)
        d.text(W - 44, y, money(v, "de"), f, 8.2, "r")
        y -= 13
    y -= 10
    sk = q2(tot * D("0.98"))
    y = _section(
        d,
        40,
        y,
        W - 80,
        "Zahlungsinformationen (BG-16)",
        [
            (
                "Zahlungsbedingungen (BT-20):",
                f"2 % Skonto bei Zahlung bis 27.02.2026 (Zahlbetrag {money(sk, 'de')} EUR),",
            ),
            ("", f"zahlbar ohne Abzug bis {dd(due)}"),
            ("Zahlungsart (BT-81):", "58 \u2013 SEPA-\u00dcberweisung"),
            ("IBAN (BT-84):", "DE89 2905 0101 0012 3456 78"),
            ("Verwendungszweck (BT-83):", "RE-2026-0815"),
        ],
        lw=138,
    )
    d.text(
        40,
        40,
        "IT-Service Kramer GmbH \u00b7 Amtsgericht Bremen HRB 31244 HB \u00b7 Gesch\u00e4ftsf\u00fchrerin Svenja Kramer",
        "DV",
        7,
        color=(0.4, 0.4, 0.4),
    )
    t = truth(
        number="RE-2026-0815",
        idate=idate,
        due=due,
        vendor="IT-Service Kramer GmbH",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="XRechnung visualisation with BT codes in labels; document-level Nachlass: net = BT-109 after allowance, not the line sum; Skonto amount printed in payment terms; buyer also has a USt-IdNr.",
    )
    return d.finish(), t


def i08(rng):
    """ZUGFeRD visualisation: label/value grid with several pairs per line, 7 % and 19 %, Skonto."""
    W, H = A4
    d = Doc(A4, "ZUGFeRD Rechnung 2026-00417")
    brown = (0.36, 0.22, 0.12)
    d.circle(60, H - 60, 20, stroke=brown, lw=2.5)
    d.text(60, H - 66, "RA", "Times-Bold", 16, "c", color=brown)
    d.text(
        90,
        H - 58,
        "R\u00f6sterei Albrecht & S\u00f6hne GmbH & Co. KG",
        "Times-Bold",
        15,
        color=brown,
    )
    d.text(90, H - 73, "Speicherstadt, Am Sandtorkai 21 \u00b7 20457 Hamburg", "Times-Roman", 9)
    d.text(
        40,
        H - 110,
        "Gastro Lindner e.K. \u00b7 Inh. Paul Lindner \u00b7 Ottenser Hauptstra\u00dfe 3 \u00b7 22765 Hamburg",
        "Helvetica",
        9,
    )
    d.text(40, H - 150, "RECHNUNG", "Helvetica-Bold", 16)
    d.text(
        W - 40,
        H - 150,
        "ZUGFeRD 2.3 \u2013 Profil EN 16931 (COMFORT)",
        "Helvetica",
        7.5,
        "r",
        color=(0.45, 0.45, 0.45),
    )
    idate, due = date(2026, 3, 3), date(2026, 4, 2)
    grid = [
        [("Rechnungsnr.", "2026-00417"), ("Datum", dd(idate)), ("Kundennr.", "K-10233")],
        [("Bestellnr.", "PO-88213"), ("Lieferdatum", "02.03.2026"), ("Lieferschein", "LS-5521")],
        [("Ihr Zeichen", "P. Lindner"), ("Unser Zeichen", "ME/kb"), ("Seite", "1/1")],
    ]
    y = H - 172
    cw = (W - 80) / 3
    for r_, line in enumerate(grid):
        for c_, (k, v) in enumerate(line):
            x = 40 + c_ * cw
            d.rect(x, y - 5 - r_ * 17, cw, 17, stroke=(0.6, 0.6, 0.6), lw=0.4)
            d.text(x + 4, y - r_ * 17, k + ":", "Helvetica", 8.5)
            d.text(x + 72, y - r_ * 17, v, "Helvetica-Bold", 8.5)
    rows = [
        ("Espresso Bohnen \u201eHafenblend\u201c 1 kg", D(12), D("18.90"), 7),
        ("Caf\u00e9 Crema Bio 1 kg", D(6), D("21.50"), 7),
        ("Kakaopulver Barista 1 kg", D(4), D("9.80"), 7),
        ("Milchk\u00e4nnchen Edelstahl 600 ml", D(3), D("14.90"), 19),
        ("Entkalker Profi 1 l", D(2), D("11.40"), 19),
    ]
    items, net, taxes = _vat_lines(rows)
    y = H - 245
    d.row(
        y,
        [
            (40, "Pos", "l"),
            (65, "Artikel", "l"),
            (330, "Menge", "r"),
            (400, "Einzelpreis", "r"),
            (450, "MwSt", "r"),
            (W - 40, "Betrag EUR", "r"),
        ],
        "Helvetica-Bold",
        8.5,
    )
    d.hline(40, W - 40, y - 5, 0.8)
    y -= 19
    for i, ((desc, q, p, r), it) in enumerate(zip(rows, items, strict=True)):
        d.row(
            y,
            [
                (40, f"{i + 1:02d}", "l"),
                (65, desc, "l"),
                (330, qty_s(q) + " St", "r"),
                (400, money(p, "de"), "r"),
                (450, f"{r} %", "r"),
                (W - 40, money(D(it[3]), "de"), "r"),
            ],
            "Helvetica",
            8.7,
        )
        y -= 15
    d.hline(40, W - 40, y + 7, 0.5)
    vat = sum((t[1] for t in taxes.values()), D(0))
    tot = net + vat
    y -= 10
    d.row(
        y,
        [(40, "USt-Satz", "l"), (130, "Netto", "r"), (200, "USt", "r"), (270, "Brutto", "r")],
        "Helvetica-Bold",
        8.5,
    )
    yy = y - 14
    for r, (b, tx) in taxes.items():
        d.row(
            yy,
            [
                (40, f"{r} % (S)", "l"),
                (130, money(b, "de"), "r"),
                (200, money(tx, "de"), "r"),
                (270, money(b + tx, "de"), "r"),
            ],
            "Helvetica",
            8.5,
        )
        yy -= 13
    for lab, v, f in (
        ("Warenwert netto", net, "Helvetica"),
        ("MwSt 7 %", taxes[7][1], "Helvetica"),
        ("MwSt 19 %", taxes[19][1], "Helvetica"),
        ("Rechnungsbetrag", tot, "Helvetica-Bold"),
    ):
        d.text(360, y, lab, f, 9)
        d.text(W - 40, y, money(v, "de") + " \u20ac", f, 9, "r")
        y -= 14
    y -= 20
    sk = q2(tot * D("0.03"))
    d.lines(
        40,
        y,
        [
            f"Zahlungsbedingungen: Bei Zahlung bis 11.03.2026 gew\u00e4hren wir 3 % Skonto ({money(sk, 'de')} \u20ac), Zahlbetrag {money(tot - sk, 'de')} \u20ac.",
            f"Ohne Abzug zahlbar bis {dd(due)}.",
            "Es gelten unsere Allgemeinen Gesch\u00e4ftsbedingungen. Die Ware bleibt bis zur vollst\u00e4ndigen Bezahlung unser Eigentum.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    d.hline(40, W - 40, 88, 0.4)
    cols = [
        [
            "R\u00f6sterei Albrecht & S\u00f6hne GmbH & Co. KG",
            "Sitz Hamburg, AG Hamburg HRA 120345",
            "pers. haft. Ges.: Albrecht Verwaltungs GmbH",
        ],
        ["Haspa Hamburger Sparkasse", "IBAN DE21 2005 0550 1234 5678 90", "BIC HASPDEHHXXX"],
        ["USt-IdNr. DE 298 765 432", "Steuernr. 48/123/04567", "info@roesterei-albrecht.de"],
    ]
    for i, c in enumerate(cols):
        d.lines(40 + i * 180, 76, c, "Helvetica", 6.6, 9, color=(0.3, 0.3, 0.3))
    t = truth(
        number="2026-00417",
        idate=idate,
        due=due,
        vendor="R\u00f6sterei Albrecht & S\u00f6hne GmbH & Co. KG",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="boxed grid with three label/value pairs per line (Rechnungsnr. / Datum / Kundennr.; Bestellnr. / Lieferdatum); 7 % + 19 % VAT (vat = sum); Skonto amount and discounted Zahlbetrag printed; long legal form",
    )
    return d.finish(), t


def i09(rng):
    """XRechnung-style Gutschrift (credit note, 381), negative amounts; scanned."""
    W, H = A4
    d = Doc(A4, "Gutschrift GS-2026-0031")
    d.text(40, H - 60, "ELEKTRO HANSEN", "DVSB", 20)
    d.text(40, H - 76, "Gro\u00dfhandel f\u00fcr Elektrotechnik", "DVS", 9.5)
    d.lines(
        W - 40,
        H - 52,
        [
            "Elektro Hansen Gro\u00dfhandel GmbH",
            "Industriestra\u00dfe 40",
            "24145 Kiel",
            "Tel. 0431 55 66 70",
        ],
        "DVS",
        8.5,
        11,
        align="r",
    )
    d.lines(
        40,
        H - 130,
        ["Elektroinstallation Brandt OHG", "Werftstra\u00dfe 9", "24148 Kiel"],
        "DVS",
        10,
        13,
    )
    d.text(40, H - 200, "Gutschrift", "DVSB", 17)
    idate = date(2026, 1, 28)
    pairs = [
        ("Gutschriftsnummer (BT-1)", "GS-2026-0031"),
        ("Datum (BT-2)", dd(idate)),
        ("Dokumentart (BT-3)", "381 \u2013 Gutschrift"),
        ("Bezug Rechnung (BT-25)", "RE-2026-0112 vom 14.01.2026"),
        ("Kundennummer", "10-4471"),
        ("Bestellnummer (BT-13)", "BR-0098"),
    ]
    y = H - 225
    for i, (k, v) in enumerate(pairs):
        x = 40 if i % 2 == 0 else 310
        yy = y - (i // 2) * 15
        d.text(x, yy, k + ":", "DVS", 8.5)
        d.text(x + 120, yy, v, "DVSB", 8.5)
    d.text(
        40,
        y - 55,
        "Wir schreiben Ihnen f\u00fcr die R\u00fccksendung vom 26.01.2026 folgende Positionen gut:",
        "DVS",
        9,
    )
    rows = [
        ("LED-Panel 62x62 4000K (R\u00fccksendung)", D(-6), D("28.50"), 19),
        ("Installationskabel NYM-J 3x1,5 100 m", D(-1), D("64.00"), 19),
        ("Preiskorrektur Schalterprogramm lt. Rahmenvertrag", D(1), D("-15.00"), 19),
    ]
    items, net, taxes = _vat_lines(rows)
    y -= 85
    d.row(
        y,
        [
            (40, "Pos.", "l"),
            (70, "Bezeichnung", "l"),
            (360, "Menge", "r"),
            (440, "Einzelpreis", "r"),
            (W - 40, "Betrag EUR", "r"),
        ],
        "DVSB",
        8.5,
    )
    d.hline(40, W - 40, y - 5, 0.7)
    y -= 19
    for i, ((desc, q, p, _r), it) in enumerate(zip(rows, items, strict=True)):
        d.row(
            y,
            [
                (40, str(i + 1), "l"),
                (70, desc, "l"),
                (360, qty_s(q), "r"),
                (440, money(p, "de"), "r"),
                (W - 40, money(D(it[3]), "de"), "r"),
            ],
            "DVS",
            8.6,
        )
        y -= 15
    vat = taxes[19][1]
    tot = net + vat
    d.hline(300, W - 40, y + 6, 0.5)
    y -= 10
    for lab, v, f in (
        ("Summe netto (BT-109)", net, "DVS"),
        ("USt 19 % (BT-110)", vat, "DVS"),
        ("Gutschriftsbetrag (BT-112)", tot, "DVSB"),
    ):
        d.text(330, y, lab, f, 9)
        d.text(W - 40, y, money(v, "de") + " \u20ac", f, 9, "r")
        y -= 15
    d.lines(
        40,
        y - 20,
        [
            "Der Betrag wird mit Ihrer n\u00e4chsten Rechnung verrechnet bzw. auf Ihr Konto",
            "DE55 2105 0170 0098 7654 32 erstattet.",
        ],
        "DVS",
        9,
        12,
    )
    d.lines(
        40,
        70,
        [
            "Elektro Hansen Gro\u00dfhandel GmbH \u00b7 HRB 8123 KI \u00b7 USt-IdNr. DE 134 567 890 \u00b7 Gesch\u00e4ftsf\u00fchrer: Nils Hansen",
            "F\u00f6rde Sparkasse \u00b7 IBAN DE71 2105 0170 0001 2345 67 \u00b7 BIC NOLADE21KIE",
        ],
        "DVS",
        7,
        10,
    )
    t = truth(
        number="GS-2026-0031",
        idate=idate,
        due=None,
        vendor="Elektro Hansen Gro\u00dfhandel GmbH",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="credit note (381) printed and keyed negative; referenced invoice number and date printed beside the own number; scanned",
    )
    return d.finish(), t


def i10(rng):
    """Factur-X visualisation (FR), BT codes, SIRET, mandatory late-payment mentions."""
    W, H = A4
    d = Doc(A4, "Facture F-2026-00981")
    blue = (0.1, 0.3, 0.55)
    d.rect(40, H - 80, 40, 40, stroke=None, fill=blue)
    d.text(60, H - 68, "L", "DVSB", 24, "c", color=(1, 1, 1))
    d.text(90, H - 58, "Imprimerie Lacoste & Fils", "DVSB", 16, color=blue)
    d.text(
        90,
        H - 74,
        "SARL au capital de 40 000 \u20ac \u2013 12 rue Gambetta, 33000 Bordeaux",
        "DV",
        8,
    )
    d.text(W - 40, H - 58, "FACTURE", "DVB", 18, "r")
    d.text(
        W - 40,
        H - 74,
        "Factur-X 1.07 \u2013 profil EN 16931",
        "DV",
        7.5,
        "r",
        color=(0.45, 0.45, 0.45),
    )
    idate, due = date(2026, 2, 27), date(2026, 3, 29)
    y = H - 110
    left = [
        ("N\u00b0 facture (BT-1)", "F-2026-00981"),
        ("Date d'\u00e9mission (BT-2)", "27/02/2026"),
        ("Date d'\u00e9ch\u00e9ance (BT-9)", "29/03/2026"),
        ("Type (BT-3)", "380 \u2013 Facture commerciale"),
    ]
    right = [
        ("R\u00e9f. acheteur (BT-10)", "SERV-COM-22"),
        ("N\u00b0 commande (BT-13)", "BC 2026-0147"),
        ("N\u00b0 client", "CL-00388"),
        ("P\u00e9riode (BG-14)", "01/02/2026 \u2013 28/02/2026"),
    ]
    d.kv(40, y, left, "DV", "DVB", 8.3, 115, 13)
    d.kv(310, y, right, "DV", "DVB", 8.3, 110, 13)
    y -= 70
    d.rect(40, y - 66, 250, 78, stroke=(0.7, 0.7, 0.7))
    d.lines(
        48,
        y,
        [
            "Vendeur (BG-4)",
            "Imprimerie Lacoste & Fils SARL",
            "SIRET (BT-30) : 412 345 678 00019",
            "TVA (BT-31) : FR 61 412345678",
            "RCS Bordeaux B 412 345 678",
        ],
        "DV",
        8.2,
        12,
    )
    d.rect(305, y - 66, W - 345, 78, stroke=(0.7, 0.7, 0.7))
    d.lines(
        313,
        y,
        [
            "Acheteur (BG-7)",
            "Mairie de Talence \u2013 Service Communication",
            "Rue du Professeur Arnozan",
            "33400 Talence",
            "SIRET (BT-47) : 213 305 223 00015",
        ],
        "DV",
        8.2,
        12,
    )
    y -= 95
    rows = [
        ("Flyers A5 recto-verso 135 g", D(5000), D("0.042"), 20),
        ("Affiches A2 quadri, pelliculage mat", D(120), D("3.85"), 20),
        ("Brochure 16 p. \u00ab Talence Mag \u00bb", D(2500), D("0.615"), 20),
        ("BAT et pr\u00e9-presse (forfait)", D(1), D("180.00"), 20),
    ]
    items, net, taxes = _vat_lines(rows)
    d.rect(40, y - 5, W - 80, 16, stroke=None, fill=(0.88, 0.92, 0.97))
    d.row(
        y,
        [
            (44, "Ligne (BT-126)", "l"),
            (110, "D\u00e9signation (BT-153)", "l"),
            (370, "Qt\u00e9 (BT-129)", "r"),
            (440, "PU HT (BT-146)", "r"),
            (W - 44, "Montant HT (BT-131)", "r"),
        ],
        "DVB",
        7.5,
    )
    y -= 19
    for i, ((desc, q, p, _r), it) in enumerate(zip(rows, items, strict=True)):
        pu = money(p, "fr") if p >= 1 else (f"{p:.3f}".replace(".", ","))
        d.row(
            y,
            [
                (44, str(i + 1), "l"),
                (110, desc, "l"),
                (370, money(q, "fr", 0), "r"),
                (440, pu, "r"),
                (W - 44, money(D(it[3]), "fr"), "r"),
            ],
            "DV",
            8.3,
        )
        y -= 15
    vat = taxes[20][1]
    tot = net + vat
    d.hline(40, W - 40, y + 7, 0.5)
    y -= 10
    for lab, v, f in (
        ("Total HT (BT-109)", net, "DV"),
        ("TVA 20 % (BT-110)", vat, "DV"),
        ("Total TTC (BT-112)", tot, "DVB"),
        ("Net \u00e0 payer (BT-115)", tot, "DVB"),
    ):
        d.text(330, y, lab, f, 9)
        d.text(W - 44, y, money(v, "fr") + " \u20ac", f, 9, "r")
        y -= 15
    y -= 15
    d.lines(
        40,
        y,
        [
            "Conditions de paiement (BT-20) : 30 jours date de facture, par virement (code 30).",
            "IBAN (BT-84) : FR76 1333 5000 4008 0012 3456 789 \u2013 BIC CEPAFRPP333",
            "Escompte pour paiement anticip\u00e9 : n\u00e9ant. P\u00e9nalit\u00e9s de retard : 3 fois le taux d'int\u00e9r\u00eat l\u00e9gal.",
            "Indemnit\u00e9 forfaitaire pour frais de recouvrement : 40 \u20ac (art. L441-10 du Code de commerce).",
        ],
        "DV",
        8,
        11.5,
    )
    t = truth(
        number="F-2026-00981",
        idate=idate,
        due=due,
        vendor="Imprimerie Lacoste & Fils SARL",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Factur-X visualisation with BT codes; vendor wordmark without legal form, legal name with SARL in the seller block; 3-decimal unit prices; buyer SIRET also printed",
    )
    return d.finish(), t


def i11(rng):
    """Factur-X avoir (credit note), two VAT rates, negative amounts; image-only PDF scan."""
    W, H = A4
    d = Doc(A4, "Avoir AV-2026-0007")
    d.text(40, H - 60, "FOURNITURES DELMAS", "DVB", 18)
    d.text(40, H - 75, "Papeterie \u2013 Librairie \u2013 Mobilier de bureau", "DVI", 9)
    d.lines(
        40,
        H - 100,
        [
            "Fournitures Delmas SAS",
            "45 avenue Jean Jaur\u00e8s",
            "69007 Lyon",
            "T\u00e9l. 04 78 12 34 56",
        ],
        "DV",
        8.5,
        11,
    )
    d.lines(
        330,
        H - 130,
        [
            "Coll\u00e8ge Jean Moulin",
            "Service Intendance",
            "8 rue des \u00c9coles",
            "69100 Villeurbanne",
        ],
        "DV",
        10,
        13,
    )
    d.text(40, H - 215, "AVOIR", "DVB", 20)
    idate = date(2026, 2, 20)
    d.rect(40, H - 290, W - 80, 60, stroke=(0.4, 0.4, 0.4))
    d.row(
        H - 247,
        [
            (50, "N\u00b0 avoir : AV-2026-0007", "l"),
            (230, "Date : 20/02/2026", "l"),
            (390, "Client : C-1187", "l"),
        ],
        "DV",
        9,
    )
    d.row(
        H - 265,
        [
            (50, "Facture d'origine (BT-25) : F-2026-0214 du 09/02/2026", "l"),
            (390, "Type (BT-3) : 381", "l"),
        ],
        "DV",
        9,
    )
    d.row(H - 283, [(50, "Motif : retour marchandise et erreur de prix", "l")], "DV", 9)
    rows = [
        ("Manuels \u00ab Math\u00e9matiques 4e \u00bb (retour)", D(-10), D("19.90"), D("5.5")),
        ("Cahiers 24x32 96 p. (retour)", D(-40), D("1.45"), D(20)),
        ("Correction prix chaises coque (x12)", D(12), D("-6.50"), D(20)),
    ]
    items, net, taxes = _vat_lines(rows)
    y = H - 320
    d.row(
        y,
        [
            (40, "D\u00e9signation", "l"),
            (320, "Qt\u00e9", "r"),
            (390, "PU HT", "r"),
            (440, "TVA", "r"),
            (W - 40, "Montant HT", "r"),
        ],
        "DVB",
        8.6,
    )
    d.hline(40, W - 40, y - 5, 0.6)
    y -= 19
    for (desc, q, p, r), it in zip(rows, items, strict=True):
        d.row(
            y,
            [
                (40, desc, "l"),
                (320, qty_s(q), "r"),
                (390, money(p, "frs"), "r"),
                (440, money(r, "frs", 1 if r != r.to_integral() else 0) + " %", "r"),
                (W - 40, money(D(it[3]), "frs"), "r"),
            ],
            "DV",
            8.8,
        )
        y -= 16
    vat = sum((t[1] for t in taxes.values()), D(0))
    tot = net + vat
    d.hline(40, W - 40, y + 8, 0.5)
    y -= 12
    d.row(y, [(40, "Taux", "l"), (120, "Base HT", "r"), (200, "TVA", "r")], "DVB", 8.5)
    yy = y - 14
    for r, (b, tx) in taxes.items():
        d.row(
            yy,
            [
                (40, money(r, "frs", 1) + " %", "l"),
                (120, money(b, "frs"), "r"),
                (200, money(tx, "frs"), "r"),
            ],
            "DV",
            8.5,
        )
        yy -= 13
    for lab, v, f in (
        ("Total HT", net, "DV"),
        ("Total TVA", vat, "DV"),
        ("Total TTC de l'avoir", tot, "DVB"),
    ):
        d.text(340, y, lab, f, 9.5)
        d.text(W - 40, y, money(v, "frs") + " \u20ac", f, 9.5, "r")
        y -= 15
    d.lines(
        40,
        y - 30,
        [
            "Cet avoir sera d\u00e9duit de votre prochain r\u00e8glement.",
            "Fournitures Delmas SAS \u2013 capital 120 000 \u20ac \u2013 RCS Lyon 523 456 789 \u2013 SIRET 523 456 789 00034",
            "TVA intracom. FR 09 523456789",
        ],
        "DV",
        8,
        11,
    )
    t = truth(
        number="AV-2026-0007",
        idate=idate,
        due=None,
        vendor="Fournitures Delmas SAS",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="avoir printed and keyed negative; 5,5 % + 20 % VAT (vat = sum); original invoice number F-2026-0214 printed next to the avoir number; image-only PDF",
    )
    return d.finish(), t


def i12(rng):
    """EN 16931 test-case style rendering (FR): element table with BT codes, allowance and charge, 5,5 % + 20 %, escompte."""
    W, H = A4
    d = Doc(A4, "EN16931 facture FA-26-000312")
    d.text(
        40, H - 50, "Facture \u2013 repr\u00e9sentation lisible (EN 16931)", "Helvetica-Bold", 13
    )
    d.text(
        40,
        H - 64,
        "Document g\u00e9n\u00e9r\u00e9 \u00e0 partir du fichier CII \u2013 CrossIndustryInvoice",
        "Helvetica",
        8,
        color=(0.4, 0.4, 0.4),
    )
    idate, due = date(2026, 1, 30), date(2026, 2, 28)
    rows_hdr = [
        ("BT-1", "Num\u00e9ro de facture", "FA-26-000312"),
        ("BT-2", "Date de facture", "2026-01-30"),
        ("BT-3", "Code type de facture", "380"),
        ("BT-5", "Devise", "EUR"),
        ("BT-9", "Date d'\u00e9ch\u00e9ance", "2026-02-28"),
        ("BT-10", "R\u00e9f\u00e9rence acheteur", "RESTO-LB-04"),
        ("BT-13", "R\u00e9f\u00e9rence de commande", "CMD-20260128-7"),
        ("BT-20", "Conditions de paiement", "Escompte 1 % si r\u00e8glement sous 10 jours"),
        ("BT-27", "Nom du vendeur", "Boulangerie Industrielle Picard SA"),
        ("BT-31", "TVA du vendeur", "FR 83 384921765"),
        ("BT-44", "Nom de l'acheteur", "Le Bistrot des Halles SARL"),
        ("BT-48", "TVA de l'acheteur", "FR 20 851234987"),
    ]
    y = H - 95
    d.rect(40, y - 4, W - 80, 15, stroke=None, fill=(0.9, 0.9, 0.9))
    d.row(
        y,
        [(46, "Code", "l"), (100, "\u00c9l\u00e9ment", "l"), (300, "Valeur", "l")],
        "Helvetica-Bold",
        8.5,
    )
    y -= 15
    for code, lab, v in rows_hdr:
        d.row(y, [(46, code, "l"), (100, lab, "l"), (300, v, "l")], "Helvetica", 8.5)
        d.hline(40, W - 40, y - 4, 0.25, (0.7, 0.7, 0.7))
        y -= 13.5
    rows = [
        ("Baguette tradition (carton de 40)", D(14), D("15.60"), D("5.5")),
        ("Pain de campagne 1 kg", D(30), D("2.95"), D("5.5")),
        ("Viennoiseries assorties (plateau 24)", D(8), D("19.20"), D("5.5")),
        ("Location vitrine r\u00e9frig\u00e9r\u00e9e (janvier)", D(1), D("85.00"), D(20)),
    ]
    items, lines_net, taxes = _vat_lines(rows)
    y -= 14
    d.text(40, y, "Lignes de facture (BG-25)", "Helvetica-Bold", 10)
    y -= 16
    d.row(
        y,
        [
            (40, "BT-126", "l"),
            (80, "BT-153 D\u00e9signation", "l"),
            (330, "BT-129 Qt\u00e9", "r"),
            (400, "BT-146 Prix", "r"),
            (450, "BT-152", "r"),
            (W - 40, "BT-131 Net", "r"),
        ],
        "Helvetica-Bold",
        7.6,
    )
    y -= 14
    for i, ((desc, q, p, r), it) in enumerate(zip(rows, items, strict=True)):
        d.row(
            y,
            [
                (40, str(i + 1), "l"),
                (80, desc, "l"),
                (330, qty_s(q), "r"),
                (400, money(p, "plainc"), "r"),
                (450, money(r, "plainc"), "r"),
                (W - 40, money(D(it[3]), "plainc"), "r"),
            ],
            "Helvetica",
            8.3,
        )
        y -= 13
    # document level allowance (5.5 %) and charge (20 %)
    allow = q2(taxes[D("5.5")][0] * D("0.05"))
    charge = D("25.00")
    b55 = taxes[D("5.5")][0] - allow
    b20 = taxes[D(20)][0] + charge
    t55, t20 = q2(b55 * D("0.055")), q2(b20 * D("0.20"))
    net = lines_net - allow + charge
    vat = t55 + t20
    tot = net + vat
    assert net == b55 + b20
    y -= 14
    d.text(40, y, "Remises et frais au niveau document (BG-20 / BG-21)", "Helvetica-Bold", 10)
    y -= 15
    d.text(
        40,
        y,
        "BT-92 Remise fid\u00e9lit\u00e9 5 % sur produits de boulangerie (TVA 5,5 %)",
        "Helvetica",
        8.3,
    )
    d.text(W - 40, y, "-" + money(allow, "plainc"), "Helvetica", 8.3, "r")
    y -= 13
    d.text(40, y, "BT-99 Frais de livraison (TVA 20 %)", "Helvetica", 8.3)
    d.text(W - 40, y, money(charge, "plainc"), "Helvetica", 8.3, "r")
    y -= 24
    d.text(40, y, "Ventilation TVA (BG-23)", "Helvetica-Bold", 10)
    y -= 15
    d.row(
        y,
        [(40, "BT-118", "l"), (160, "BT-116 Base", "r"), (260, "BT-117 TVA", "r")],
        "Helvetica-Bold",
        7.8,
    )
    y -= 13
    for cat, b, tx in (("S 5,5 %", b55, t55), ("S 20,0 %", b20, t20)):
        d.row(
            y,
            [(40, cat, "l"), (160, money(b, "plainc"), "r"), (260, money(tx, "plainc"), "r")],
            "Helvetica",
            8.3,
        )
        y -= 13
    y -= 14
    d.text(40, y, "Totaux (BG-22)", "Helvetica-Bold", 10)
    y -= 15
    for code, lab, v in (
        ("BT-106", "Somme des montants nets des lignes", lines_net),
        ("BT-107", "Somme des remises", allow),
        ("BT-108", "Somme des frais", charge),
        ("BT-109", "Total HT", net),
        ("BT-110", "Total TVA", vat),
        ("BT-112", "Total TTC", tot),
        ("BT-115", "Montant \u00e0 payer", tot),
    ):
        f = "Helvetica-Bold" if code in ("BT-109", "BT-112", "BT-115") else "Helvetica"
        d.row(
            y,
            [(40, code, "l"), (100, lab, "l"), (W - 40, money(v, "plainc") + " EUR", "r")],
            f,
            8.5,
        )
        y -= 13
    d.text(
        40,
        40,
        "Boulangerie Industrielle Picard SA \u2013 ZI des Grands Champs, 45140 Saint-Jean-de-la-Ruelle \u2013 SIREN 384 921 765",
        "Helvetica",
        7,
        color=(0.4, 0.4, 0.4),
    )
    t = truth(
        number="FA-26-000312",
        idate=idate,
        due=due,
        vendor="Boulangerie Industrielle Picard SA",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="element table (code / element / value), ISO dates, buyer name also printed as a BT row; document-level allowance and charge: net = BT-109, not BT-106; 5,5 % + 20 % VAT; decimal comma without thousands separator; escompte in terms",
    )
    return d.finish(), t


# ----------------------------------------------------------------------------- group C: small firms on paper


def i13(rng):
    """ES car workshop factura, serif, IVA 21 %; photographed."""
    W, H = A4
    d = Doc(A4, "Factura 2026/0142")
    red = (0.65, 0.1, 0.1)
    d.rect(40, H - 95, W - 80, 60, stroke=red, lw=1.5)
    d.text(55, H - 62, "TALLERES HERMANOS RUIZ", "DVSB", 15.5, color=red)
    d.text(55, H - 80, "Mec\u00e1nica \u00b7 Electricidad \u00b7 Neum\u00e1ticos", "DVSI", 9.5)
    d.lines(
        W - 55,
        H - 55,
        [
            "Talleres Hermanos Ruiz, S.L.",
            "C/ de la Pau 27, 46940 Manises (Valencia)",
            "NIF B-96123457 \u00b7 Tel. 961 52 34 78",
        ],
        "DVS",
        8,
        10.5,
        align="r",
    )
    idate, due = date(2026, 2, 16), date(2026, 3, 16)
    d.text(40, H - 130, "FACTURA", "DVSB", 16)
    d.kv(
        40,
        H - 152,
        [
            ("N\u00ba Factura:", "2026/0142"),
            ("Fecha:", "16/02/2026"),
            ("Vencimiento:", "16/03/2026"),
            ("Matr\u00edcula:", "4821 KLM"),
            ("Km:", "128.450"),
        ],
        "DVS",
        "DVSB",
        9.5,
        85,
        14,
    )
    d.rect(300, H - 225, W - 340, 85, stroke=(0.3, 0.3, 0.3))
    d.lines(
        310,
        H - 155,
        [
            "CLIENTE",
            "Reformas Beltr\u00e1n e Hijos, S.L.",
            "Av. del Cid 112, 3\u00ba",
            "46018 Valencia",
            "NIF B-46987654",
        ],
        "DVS",
        9,
        12.5,
    )
    rows = [
        ("Cambio aceite 5W30 sint\u00e9tico (litros)", D("4.5"), D("9.80")),
        ("Filtro de aceite", D(1), D("12.40")),
        ("Pastillas freno delanteras", D(1), D("58.90")),
        ("Mano de obra (horas)", D("1.5"), D("42.00")),
        ("Revisi\u00f3n niveles y luces", D(1), D("0.00")),
    ]
    y = H - 255
    d.rect(40, y - 5, W - 80, 17, stroke=None, fill=(0.93, 0.88, 0.88))
    d.row(
        y,
        [
            (46, "Concepto", "l"),
            (360, "Cant.", "r"),
            (450, "Precio", "r"),
            (W - 46, "Importe", "r"),
        ],
        "DVSB",
        9,
    )
    y -= 21
    items, net = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        net += a
        items.append(li(desc, q, p, a))
        d.row(
            y,
            [
                (46, desc, "l"),
                (360, money(q, "de", 1) if q != q.to_integral() else qty_s(q), "r"),
                (450, money(p, "de") + " \u20ac", "r"),
                (W - 46, money(a, "de") + " \u20ac", "r"),
            ],
            "DVS",
            9.5,
        )
        y -= 17
    vat = q2(net * D("0.21"))
    tot = net + vat
    d.hline(40, W - 40, y + 8, 0.8)
    y -= 12
    d.rect(330, y - 40, W - 370, 56, stroke=(0.3, 0.3, 0.3))
    for lab, v, f in (
        ("Base imponible", net, "DVS"),
        ("IVA 21 %", vat, "DVS"),
        ("TOTAL FACTURA", tot, "DVSB"),
    ):
        d.text(338, y, lab, f, 10)
        d.text(W - 48, y, money(v, "de") + " \u20ac", f, 10, "r")
        y -= 17
    d.lines(
        40,
        y - 30,
        [
            "Forma de pago: transferencia bancaria a 30 d\u00edas.",
            "IBAN ES91 2100 0418 4502 0005 1332 (CaixaBank)",
            "Garant\u00eda de 3 meses en piezas y mano de obra seg\u00fan R.D. 1457/1986.",
        ],
        "DVS",
        8.5,
        12,
    )
    d.text(
        W / 2,
        45,
        "Inscrita en el Registro Mercantil de Valencia, Tomo 8.231, Folio 45, Hoja V-104512",
        "DVS",
        7,
        "c",
        color=(0.4, 0.4, 0.4),
    )
    t = truth(
        number="2026/0142",
        idate=idate,
        due=due,
        vendor="Talleres Hermanos Ruiz, S.L.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="photographed; wordmark without legal form, legal name in the address block; Km reading 128.450 looks like an amount; decimal quantities (4,5 l / 1,5 h)",
    )
    return d.finish(), t


def i14(rng):
    """IT plumber fattura (ditta individuale), IVA 10 %, marca da bollo note; colour scan."""
    W, H = A4
    d = Doc(A4, "Fattura 37/2026")
    blue = (0.05, 0.25, 0.6)
    d.circle(62, H - 62, 20, fill=blue)
    d.poly([(62, H - 50), (54, H - 66), (70, H - 66)], fill=(1, 1, 1))
    d.text(92, H - 58, "Idraulica Bianchi", "DVB", 17, color=blue)
    d.text(92, H - 73, "di Marco Bianchi \u2013 impianti idraulici e termici", "DV", 8.5)
    d.lines(
        40,
        H - 100,
        [
            "Via Giuseppe Verdi 18 \u2013 20831 Seregno (MB)",
            "P.IVA 01234560987 \u2013 C.F. BNCMRC75D12I625K",
            "Tel. 0362 123456 \u2013 info@idraulicabianchi.it",
        ],
        "DV",
        8.5,
        11,
    )
    idate, due = date(2026, 2, 23), date(2026, 3, 25)
    d.rect(40, H - 210, 240, 56, stroke=(0.5, 0.5, 0.5))
    d.lines(
        48,
        H - 168,
        ["FATTURA N. 37/2026", "del 23/02/2026", "Scadenza pagamento: 25/03/2026"],
        "DVB",
        9.5,
        14,
    )
    d.lines(
        320,
        H - 160,
        [
            "Spett.le",
            "Condominio \u201cLe Betulle\u201d",
            "c/o Amministrazione Galli S.r.l.",
            "Via Monza 5 \u2013 20831 Seregno (MB)",
            "C.F. 91012340156",
        ],
        "DV",
        9.5,
        13,
    )
    rows = [
        ("Sostituzione valvola miscelatrice centrale termica", D(1), D("385.00")),
        ("Raccordi e materiale di consumo", D(1), D("46.80")),
        ("Manodopera idraulico (ore)", D(5), D("38.00")),
        ("Uscita e diritto di chiamata", D(1), D("35.00")),
    ]
    y = H - 245
    d.row(
        y,
        [
            (40, "Descrizione", "l"),
            (350, "Q.t\u00e0", "r"),
            (440, "Prezzo unit.", "r"),
            (W - 40, "Importo", "r"),
        ],
        "DVB",
        9,
        color=blue,
    )
    d.hline(40, W - 40, y - 5, 1.0, blue)
    y -= 20
    items, net = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        net += a
        items.append(li(desc, q, p, a))
        d.row(
            y,
            [
                (40, desc, "l"),
                (350, qty_s(q), "r"),
                (440, "\u20ac " + money(p, "de"), "r"),
                (W - 40, "\u20ac " + money(a, "de"), "r"),
            ],
            "DV",
            9.2,
        )
        y -= 17
    vat = q2(net * D("0.10"))
    tot = net + vat
    d.hline(40, W - 40, y + 8, 0.5)
    y -= 14
    for lab, v, f in (
        ("Imponibile", net, "DV"),
        ("IVA 10% (art. 7 L. 488/1999)", vat, "DV"),
        ("TOTALE FATTURA", tot, "DVB"),
    ):
        d.text(300, y, lab, f, 9.5)
        d.text(W - 40, y, "\u20ac " + money(v, "de"), f, 9.5, "r")
        y -= 16
    d.lines(
        40,
        y - 25,
        [
            "Pagamento: bonifico bancario entro 30 gg d.f.",
            "IBAN IT60 X054 2811 1010 0000 0123 456 \u2013 Banca BPM, filiale di Seregno",
            "Copia di cortesia: l'originale \u00e8 disponibile nel cassetto fiscale (SdI).",
        ],
        "DV",
        8.5,
        12,
    )
    t = truth(
        number="37/2026",
        idate=idate,
        due=due,
        vendor="Idraulica Bianchi di Marco Bianchi",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="colour scan; sole trader whose name spans two lines (Idraulica Bianchi / di Marco Bianchi); number and date in one box; reduced IVA 10 %; customer is an administration S.r.l.",
    )
    return d.finish(), t


def i15(rng):
    """PL Faktura VAT with the classic net / VAT / gross table, PLN, 23 % and 8 %; photographed."""
    W, H = A4
    d = Doc(A4, "Faktura VAT FV/48/02/2026")
    d.text(40, H - 55, "ELEKTRO-NOWAK", "DVB", 18)
    d.text(40, H - 70, "instalacje elektryczne \u00b7 pomiary \u00b7 serwis", "DV", 8.5)
    idate, due = date(2026, 2, 27), date(2026, 3, 13)
    d.kv(
        330,
        H - 50,
        [
            ("Miejsce wystawienia:", "Pozna\u0144"),
            ("Data wystawienia:", "27.02.2026"),
            ("Data sprzeda\u017cy:", "26.02.2026"),
        ],
        "DV",
        "DVB",
        8.5,
        105,
        13,
    )
    d.text(W / 2, H - 110, "Faktura VAT nr FV/48/02/2026", "DVB", 14, "c")
    d.text(W / 2, H - 125, "ORYGINA\u0141", "DV", 8, "c")
    d.lines(
        40,
        H - 155,
        [
            "Sprzedawca:",
            "ELEKTRO-NOWAK Sp. z o.o.",
            "ul. G\u0142ogowska 148",
            "60-104 Pozna\u0144",
            "NIP: 779-234-56-18",
            "Konto: PKO BP 12 1020 4027 0000 1102 0345 6789",
        ],
        "DV",
        8.8,
        12,
    )
    d.lines(
        320,
        H - 155,
        [
            "Nabywca:",
            "Piekarnia Kowalczyk s.c.",
            "ul. Ko\u015bciuszki 21",
            "62-030 Lubo\u0144",
            "NIP: 777-301-22-45",
        ],
        "DV",
        8.8,
        12,
    )
    rows = [
        ("Wymiana rozdzielnicy mieszkaniowej", "us\u0142.", D(1), D("850.00"), 8),
        ("Przew\u00f3d YDYp 3x2,5 mm\u00b2", "m", D(45), D("4.20"), 23),
        ("Wy\u0142\u0105cznik r\u00f3\u017cnicowo-pr\u0105dowy 40A", "szt.", D(2), D("189.00"), 23),
        ("Pomiary elektryczne z protoko\u0142em", "us\u0142.", D(1), D("300.00"), 23),
    ]
    y = H - 250
    xs = [
        (40, "Lp.", "l"),
        (58, "Nazwa towaru / us\u0142ugi", "l"),
        (232, "J.m.", "l"),
        (280, "Ilo\u015b\u0107", "r"),
        (330, "Cena netto", "r"),
        (393, "Warto\u015b\u0107 netto", "r"),
        (420, "VAT", "r"),
        (470, "Kwota VAT", "r"),
        (W - 40, "Brutto", "r"),
    ]
    d.rect(38, y - 6, W - 76, 17, stroke=(0.3, 0.3, 0.3), fill=(0.92, 0.92, 0.92), lw=0.5)
    d.row(y, xs, "DVCB", 7.0)
    y -= 19
    items, net, by = [], D(0), {}
    for i, (desc, jm, q, p, r) in enumerate(rows):
        a = q2(q * p)
        tx = q2(a * r / 100)
        net += a
        by.setdefault(r, [D(0), D(0)])
        by[r][0] += a
        items.append(li(desc, q, p, a))
        d.row(
            y,
            [
                (40, f"{i + 1}", "l"),
                (58, desc, "l"),
                (232, jm, "l"),
                (280, qty_s(q), "r"),
                (330, money(p, "pl"), "r"),
                (393, money(a, "pl"), "r"),
                (420, f"{r}%", "r"),
                (470, money(tx, "pl"), "r"),
                (W - 40, money(a + tx, "pl"), "r"),
            ],
            "DVC",
            7.6,
        )
        y -= 15
    taxes = {r: (b, q2(b * r / 100)) for r, (b, _) in sorted(by.items())}
    vat = sum((t[1] for t in taxes.values()), D(0))
    tot = net + vat
    d.hline(38, W - 38, y + 8, 0.5)
    y -= 8
    d.text(232, y, "Razem:", "DVCB", 7.6)
    d.row(
        y,
        [
            (393, money(net, "pl"), "r"),
            (470, money(vat, "pl"), "r"),
            (W - 40, money(tot, "pl"), "r"),
        ],
        "DVCB",
        7.6,
    )
    y -= 13
    for r, (b, tx) in taxes.items():
        d.text(232, y, "w tym:", "DVC", 7.6)
        d.row(
            y,
            [
                (393, money(b, "pl"), "r"),
                (420, f"{r}%", "r"),
                (470, money(tx, "pl"), "r"),
                (W - 40, money(b + tx, "pl"), "r"),
            ],
            "DVC",
            7.6,
        )
        y -= 12
    y -= 22
    d.text(40, y, f"Do zap\u0142aty: {money(tot, 'pl')} PLN", "DVB", 13)
    y -= 18
    d.lines(
        40,
        y,
        [
            "S\u0142ownie: jeden tysi\u0105c dziewi\u0119\u0107set osiemdziesi\u0105t cztery z\u0142ote 41/100",
            "Spos\u00f3b p\u0142atno\u015bci: przelew",
            "Termin p\u0142atno\u015bci: 13.03.2026",
        ],
        "DV",
        9,
        13,
    )
    d.hline(60, 220, 110, 0.5)
    d.hline(W - 220, W - 60, 110, 0.5)
    d.text(140, 98, "Osoba upowa\u017cniona do odbioru", "DV", 7, "c")
    d.text(W - 140, 98, "Osoba upowa\u017cniona do wystawienia", "DV", 7, "c")
    assert tot == D("1984.41"), tot
    t = truth(
        number="FV/48/02/2026",
        idate=idate,
        due=due,
        vendor="ELEKTRO-NOWAK Sp. z o.o.",
        amount=net,
        vat=vat,
        total=tot,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="photographed; Data wystawienia vs Data sprzeda\u017cy (keyed: wystawienia); 8 % + 23 % VAT (vat = sum); 'Razem' and 'w tym' rows; non-breaking space thousands; amount in words",
    )
    return d.finish(), t


def i16(rng):
    """AU plumbing tax invoice, ABN, GST 10 %, BSB payment; image-only PDF scan."""
    W, H = A4
    d = Doc(A4, "Tax Invoice 10427")
    d.poly([(40, H - 80), (70, H - 40), (100, H - 80)], fill=(0.0, 0.45, 0.65))
    d.poly([(60, H - 80), (85, H - 52), (110, H - 80)], fill=(0.0, 0.3, 0.5))
    d.text(120, H - 62, "COASTAL EDGE", "DVB", 20, color=(0.0, 0.3, 0.5))
    d.text(121, H - 78, "PLUMBING & GAS", "DV", 10, color=(0.0, 0.3, 0.5))
    d.lines(
        W - 40,
        H - 50,
        [
            "Coastal Edge Plumbing Pty Ltd",
            "ABN 51 824 753 556",
            "Lic. No. L123456",
            "14 Ocean Pde, Coolangatta QLD 4225",
            "0412 345 678",
        ],
        "DV",
        8.5,
        11,
        align="r",
    )
    d.text(40, H - 130, "TAX INVOICE", "DVB", 16)
    idate, due = date(2026, 3, 4), date(2026, 3, 18)
    d.kv(
        40,
        H - 155,
        [
            ("Invoice No.", "10427"),
            ("Date", "4/03/2026"),
            ("Due Date", "18/03/2026"),
            ("Job Ref", "J-2291 (Palm Beach)"),
        ],
        "DV",
        "DVB",
        9.5,
        80,
        14,
    )
    d.lines(
        330,
        H - 155,
        [
            "Bill To:",
            "Sunset Strata Management",
            "Unit 2, 45 Gold Coast Hwy",
            "Palm Beach QLD 4221",
        ],
        "DV",
        9.5,
        13,
    )
    rows = [
        ("Call-out fee", D(1), D("95.00")),
        ("Replace hot water system - 250L electric (supply)", D(1), D("1240.00")),
        ("Labour - licensed plumber (hrs)", D("3.5"), D("110.00")),
        ("Tempering valve + fittings", D(1), D("86.50")),
        ("Disposal of old unit", D(1), D("45.00")),
    ]
    y = H - 240
    d.hline(40, W - 40, y + 14, 1.2)
    d.row(
        y,
        [
            (40, "Description", "l"),
            (370, "Qty", "r"),
            (450, "Unit Price", "r"),
            (W - 40, "Amount", "r"),
        ],
        "DVB",
        9,
    )
    d.hline(40, W - 40, y - 6, 0.6)
    y -= 21
    items, net = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        net += a
        items.append(li(desc, q, p, a))
        d.row(
            y,
            [
                (40, desc, "l"),
                (370, qty_s(q), "r"),
                (450, "$" + money(p), "r"),
                (W - 40, "$" + money(a), "r"),
            ],
            "DV",
            9,
        )
        y -= 16
    gst = q2(net * D("0.10"))
    tot = net + gst
    d.hline(40, W - 40, y + 8, 0.6)
    y -= 12
    for lab, v, f in (
        ("Subtotal (ex GST)", net, "DV"),
        ("GST", gst, "DV"),
        ("Total (inc GST)", tot, "DVB"),
        ("Amount Paid", D(0), "DV"),
        ("Balance Due", tot, "DVB"),
    ):
        d.text(350, y, lab, f, 10)
        d.text(W - 40, y, "$" + money(v), f, 10, "r")
        y -= 16
    d.rect(40, y - 55, 260, 70, stroke=(0.4, 0.4, 0.4))
    d.lines(
        48,
        y,
        [
            "How to pay",
            "EFT: Coastal Edge Plumbing Pty Ltd",
            "BSB 064-451  Acc 1045 6789",
            "Ref: 10427",
            "Terms: 14 days",
        ],
        "DV",
        8.5,
        12,
    )
    d.text(W / 2, 45, "Thank you for your business!", "DVI", 9, "c")
    t = truth(
        number="10427",
        idate=idate,
        due=due,
        vendor="Coastal Edge Plumbing Pty Ltd",
        amount=net,
        vat=gst,
        total=tot,
        currency="AUD",
        locale="en-AU",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="image-only PDF scan; d/mm/yyyy date without leading zero; numeric invoice number beside Job Ref; BSB / account digits; Balance Due = Total",
    )
    return d.finish(), t


# ----------------------------------------------------------------------------- group D: till receipts


def r05c(v) -> Decimal:
    """Malaysian / Singaporean cash rounding to the nearest 0.05."""
    return (D(v) / D("0.05")).quantize(D(1), rounding=ROUND_HALF_UP) * D("0.05")


def _incl_split(gross, rate) -> tuple[Decimal, Decimal]:
    tax = q2(D(gross) * D(rate) / (100 + D(rate)))
    return D(gross) - tax, tax


def _logo_box(text, font="DVB", size=13, inverse=True):
    def fn(d, cx, y, h):
        w = d.width(text, font, size) + 14
        if inverse:
            d.rect(cx - w / 2, y + 3, w, h - 6, stroke=None, fill=(0, 0, 0))
            d.text(cx, y + h / 2 - size * 0.33, text, font, size, "c", color=(1, 1, 1))
        else:
            d.rect(cx - w / 2, y + 3, w, h - 6, stroke=(0, 0, 0), lw=1.5)
            d.text(cx, y + h / 2 - size * 0.33, text, font, size, "c")

    return fn


def r01(rng):
    """MY grocery: company (reg no), GST ID, S/Z tax codes, GST summary, ROUNDING ADJ, CASH/CHANGE."""
    R = Roll(80, "DVM", 7.6)
    R.c("PASARAYA SRI MAJU SDN BHD", bold=True, size=9)
    R.c("(1082634-K)")
    R.c("GST ID : 001234567890")
    R.c("LOT 12, JALAN PERUSAHAAN 2,")
    R.c("TAMAN SRI MUDA, 40400 SHAH ALAM")
    R.c("SELANGOR. TEL: 03-5121 8890")
    R.gap(3)
    R.c("TAX INVOICE", bold=True, size=8.6)
    R.lr("INV NO: 01-230456", "12/02/2026 18:42")
    R.lr("CASHIER: NURUL", "POS: 03")
    R.rule("-")
    R.cols([(0, "ITEM", "l"), (0.62, "QTY", "r"), (0.8, "PRICE", "r"), (1, "AMT", "r")])
    R.rule("-")
    rows = [
        ("BERAS SUPER SPECIAL 10KG", D(1), D("32.90"), "Z"),
        ("MINYAK MASAK 5KG", D(1), D("28.50"), "Z"),
        ("MILO 3IN1 18S", D(2), D("15.99"), "S"),
        ("SABUN BASUH 3.6KG", D(1), D("24.60"), "S"),
        ("ROTI GARDENIA", D(3), D("3.40"), "Z"),
        ("TISU MUKA 4X150", D(1), D("9.89"), "S"),
    ]
    items, by = [], {"S": D(0), "Z": D(0)}
    for desc, q, p, code in rows:
        a = q2(q * p)
        by[code] += a
        items.append(li(desc, q, p, a))
        R.l(desc)
        R.cols([(0.62, qty_s(q), "r"), (0.8, money(p), "r"), (1, money(a) + " " + code, "r")])
    R.rule("-")
    gross = by["S"] + by["Z"]
    exS, taxS = _incl_split(by["S"], 6)
    net = exS + by["Z"]
    tot = r05c(gross)
    rnd = tot - gross
    R.lr("TOTAL SALES (INCL GST)", money(gross))
    R.lr("ROUNDING ADJ", money(rnd))
    R.lr("TOTAL AMOUNT DUE", money(tot), bold=True, size=8.6)
    cash = D("150.00")
    R.lr("CASH", money(cash))
    R.lr("CHANGE", money(cash - tot))
    R.rule("-")
    R.c("GST SUMMARY")
    R.cols([(0, "CODE", "l"), (0.68, "AMOUNT(RM)", "r"), (1, "TAX(RM)", "r")])
    R.cols([(0, "S @ 6%", "l"), (0.68, money(exS), "r"), (1, money(taxS), "r")])
    R.cols([(0, "Z @ 0%", "l"), (0.68, money(by["Z"]), "r"), (1, "0.00", "r")])
    R.cols([(0, "TOTAL", "l"), (0.68, money(net), "r"), (1, money(taxS), "r")])
    R.rule("-")
    R.c("TERIMA KASIH. SILA DATANG LAGI")
    R.c("BARANG YANG DIJUAL TIDAK BOLEH")
    R.c("DIKEMBALIKAN")
    R.barcode(22)
    t = truth(
        number="01-230456",
        idate=date(2026, 2, 12),
        due=None,
        vendor="PASARAYA SRI MAJU SDN BHD",
        amount=net,
        vat=taxS,
        total=tot,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        rounding=rnd,
        note=f"reg. no in brackets under the name; prices incl. GST, net from GST summary; ROUNDING ADJ {money(rnd)} (total = rounded amount due); CASH/CHANGE amounts",
    )
    return R.build(rng), t


def r02(rng):
    """MY nasi kandar restaurant: SST 6 % service tax, rounding, TOTAL (RM)."""
    R = Roll(76, "Courier", 8.2, bold="Courier-Bold")
    R.logo(_logo_box("AL-AMAN", "DVB", 15), 30)
    R.c("RESTORAN NASI KANDAR AL-AMAN", bold=True)
    R.c("SDN. BHD. (201801034567)")
    R.c("NO 5, LEBUH CHULIA, 10200 PULAU PINANG")
    R.c("SST ID: P11-1808-32001234")
    R.gap(3)
    R.lr("Bill No: B0012345", "Table: 14")
    R.lr("Date: 21/02/2026", "Time: 13:27")
    R.lr("Pax: 3", "Server: AZMI")
    R.rule("=")
    rows = [
        ("Nasi Kandar Ayam Goreng", D(2), D("13.50")),
        ("Nasi Kandar Kambing", D(1), D("17.80")),
        ("Roti Canai Telur", D(2), D("2.80")),
        ("Teh Tarik Ais", D(2), D("3.20")),
        ("Limau Ais", D(1), D("2.90")),
        ("Sayur Bendi", D(1), D("4.50")),
    ]
    items, sub = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        sub += a
        items.append(li(desc, q, p, a))
        R.l(desc)
        R.cols([(0.1, f"{qty_s(q)} x {money(p)}", "l"), (1, money(a), "r")])
    R.rule("-")
    sst = q2(sub * D("0.06"))
    gross = sub + sst
    tot = r05c(gross)
    rnd = tot - gross
    R.lr("Sub Total", money(sub))
    R.lr("Service Tax 6%", money(sst))
    R.lr("Rounding Adj", money(rnd))
    R.rule("=")
    R.lr("TOTAL (RM)", money(tot), bold=True, size=10)
    R.rule("=")
    R.lr("CASH", "100.00")
    R.lr("CHANGE", money(D(100) - tot))
    R.gap(4)
    R.c("Terima kasih & Jumpa lagi!")
    R.c("Follow us @alamannasikandar")
    t = truth(
        number="B0012345",
        idate=date(2026, 2, 21),
        due=None,
        vendor="RESTORAN NASI KANDAR AL-AMAN SDN. BHD.",
        amount=sub,
        vat=sst,
        total=tot,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        rounding=rnd,
        note=f"name split over two lines with new-style SSM number; SST (service tax) counts as tax; Rounding Adj {money(rnd)}; Table / Pax numbers near Bill No",
    )
    return R.build(rng), t


def r03(rng):
    """MY hardware shop cash bill: prices excl. GST, TOTAL INCL. GST, ROUNDED TOTAL; downscaled scan."""
    R = Roll(80, "DVM", 7.8)
    R.c("SYARIKAT PERNIAGAAN HUP SENG", bold=True, size=9)
    R.c("HARDWARE & ELECTRICAL", bold=True, size=9)
    R.c("(001234567-U)")
    R.c("NO. 23, JALAN KENANGA 3/2,")
    R.c("81300 SKUDAI, JOHOR")
    R.c("GST REG NO: 000876543210")
    R.rule("=")
    R.c("CASH BILL", bold=True)
    R.lr("NO : CS00012345", "DATE: 05-03-2026")
    R.lr("SALESPERSON: TAN", "TIME: 10:05AM")
    R.rule("-")
    rows = [
        ('PVC PIPE 1/2" x 6M', D(4), D("7.80")),
        ("PAIP GAM PVC 500G", D(1), D("11.50")),
        ("MASKING TAPE 24MM", D(6), D("2.15")),
        ("LAMPU LED 18W T8", D(5), D("9.90")),
        ('SKRU KAYU 1" (100PCS)', D(2), D("4.60")),
    ]
    items, net = [], D(0)
    for i, (desc, q, p) in enumerate(rows):
        a = q2(q * p)
        net += a
        items.append(li(desc, q, p, a))
        R.l(f"{i + 1}. {desc}")
        R.cols([(0.35, f"{qty_s(q)} PCS", "r"), (0.65, f"@{money(p)}", "r"), (1, money(a), "r")])
    R.rule("-")
    gst = q2(net * D("0.06"))
    gross = net + gst
    tot = r05c(gross)
    rnd = tot - gross
    R.lr("TOTAL EXCL. GST", money(net))
    R.lr("GST 6%", money(gst))
    R.lr("TOTAL INCL. GST", money(gross))
    R.lr("ROUNDING ADJ", money(rnd))
    R.lr("ROUNDED TOTAL (RM)", money(tot), bold=True, size=9)
    R.rule("-")
    R.lr("CASH", "150.00")
    R.lr("CHANGE", money(D(150) - tot))
    R.gap(4)
    R.c("GOODS SOLD ARE NOT RETURNABLE")
    R.c("THANK YOU")
    t = truth(
        number="CS00012345",
        idate=date(2026, 3, 5),
        due=None,
        vendor="SYARIKAT PERNIAGAAN HUP SENG HARDWARE & ELECTRICAL",
        amount=net,
        vat=gst,
        total=tot,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        rounding=rnd,
        note=f"downscaled flatbed scan; vendor name on two lines; TOTAL INCL. GST then ROUNDED TOTAL (keyed, rounding {money(rnd)}); dd-mm-yyyy",
    )
    return R.build(rng), t


def r04(rng):
    """MY pharmacy: no tax printed, member discount, NETT TOTAL, VISA."""
    R = Roll(80, "DV", 7.6, bold="DVB")
    R.logo(_logo_box("+ FARMASI", "DVB", 14, inverse=False), 30)
    R.c("FARMASI SEJAHTERA (M) SDN BHD (765432-A)", size=7)
    R.c("G-12, Plaza Damas, Jalan Sri Hartamas 1")
    R.c("50480 Kuala Lumpur  Tel: 03-6201 7788")
    R.rule("-")
    R.lr("Receipt No: 3021-000451", "Counter 2")
    R.lr("Date: 18/02/2026", "16:11:52")
    R.l("Member: 6012*****88 (Gold)")
    R.rule("-")
    rows = [
        ("Panadol Actifast 20s", D(1), D("13.90")),
        ("Vitamin C 1000mg 30s", D(2), D("32.50")),
        ("Surgical Mask 50s", D(1), D("12.90")),
        ("Hand Sanitiser 500ml", D(1), D("15.80")),
    ]
    items, sub = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        sub += a
        items.append(li(desc, q, p, a))
        R.lr(desc, money(a))
        R.l(f"  {qty_s(q)} @ RM {money(p)}", size=7)
    R.rule("-")
    disc = q2(sub * D("0.05"))
    tot = sub - disc
    R.lr("SUBTOTAL", money(sub))
    R.lr("Member Disc 5%", "-" + money(disc))
    R.lr("NETT TOTAL", "RM " + money(tot), bold=True, size=9.5)
    R.rule("-")
    R.lr("VISA ************4417", money(tot))
    R.lr("Approval Code", "082314")
    R.gap(3)
    R.c("Points earned: 10   Balance: 1,284")
    R.c("Please consult our pharmacist")
    R.c("No refund for medicines sold")
    R.qr(50)
    t = truth(
        number="3021-000451",
        idate=date(2026, 2, 18),
        due=None,
        vendor="FARMASI SEJAHTERA (M) SDN BHD",
        amount=tot,
        vat=None,
        total=tot,
        currency="MYR",
        locale="en-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="no tax printed (vat null, amount = NETT TOTAL after member discount); reg. no in brackets after the name; card payment; '(M)' part of the name",
    )
    return R.build(rng), t


def r05(rng):
    """SG food-court stall: prices incl. GST 9 %, TOTAL INCL. GST, GST included line; scan."""
    R = Roll(58, "DVM", 6.9)
    R.c("HAWKER DELIGHT PTE. LTD.", bold=True, size=7.6)
    R.c("(UEN 201934567K)")
    R.c("GST Reg No: 201934567K")
    R.c("Blk 51 Old Airport Rd #01-23")
    R.c("Singapore 390051")
    R.rule("-")
    R.l("Stall 23 - Char Kway Teow")
    R.lr("Rcpt: 0023-118842", "14/03/2026")
    R.lr("Term: T2", "12:48")
    R.rule("-")
    rows = [
        ("CKT (Large)", D(1), D("6.50")),
        ("Fried Oyster Omelette", D(1), D("8.00")),
        ("Kopi-O Kosong", D(2), D("1.80")),
        ("Lime Juice", D(1), D("2.20")),
    ]
    items, tot = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        tot += a
        items.append(li(desc, q, p, a))
        R.lr(f"{qty_s(q)} {desc}", money(a))
    R.rule("-")
    net, gst = _incl_split(tot, 9)
    R.lr("TOTAL INCL. GST", "$" + money(tot), bold=True, size=7.6)
    R.lr("GST 9% INCLUDED", money(gst))
    R.lr("NETS", money(tot))
    R.l("NETS Ref: 602118  *******2231", size=6.5)
    R.rule("-")
    R.c("Thank you! Please come again")
    t = truth(
        number="0023-118842",
        idate=date(2026, 3, 14),
        due=None,
        vendor="HAWKER DELIGHT PTE. LTD.",
        amount=net,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="58 mm roll; GST inclusive ('GST 9% INCLUDED'), no net printed: amount = total - vat; UEN in brackets and as GST Reg No; stall name line",
    )
    return R.build(rng), t


def r06(rng):
    """SG stationery shop: GST summary table SR/ZR, TOTAL INCL. GST, member discount, NETS."""
    R = Roll(80, "DVM", 7.5)
    R.logo(_logo_box("KAIZEN", "DVSB", 16), 32)
    R.c("KAIZEN STATIONERY (S) PTE LTD", bold=True)
    R.c("Co. Reg No: 199804512N  GST Reg No: M2-0123456-7", size=6.6)
    R.c("68 Orchard Road #B1-14 Plaza Singapura")
    R.c("Singapore 238839   Tel 6336 1122")
    R.rule("=")
    R.c("TAX INVOICE", bold=True)
    R.lr("Inv No: KS-B1-2026-031457", "")
    R.lr("Date: 07/03/2026 19:03", "Cashier: 105")
    R.rule("-")
    rows = [
        ("A4 PAPER 80GSM 500S", D(3), D("6.90"), "SR"),
        ("GEL PEN 0.5 BLK 12PK", D(1), D("11.50"), "SR"),
        ("ASSESSMENT BOOK P5 MATH", D(1), D("14.90"), "SR"),
        ("GIFT WRAP SERVICE", D(1), D("2.00"), "SR"),
        ("BOOK VOUCHER $10", D(1), D("10.00"), "ZR"),
    ]
    items, by = [], {"SR": D(0), "ZR": D(0)}
    for desc, q, p, code in rows:
        a = q2(q * p)
        by[code] += a
        items.append(li(desc, q, p, a))
        R.l(desc)
        R.cols([(0.1, f"{qty_s(q)} X {money(p)}", "l"), (0.86, money(a), "r"), (1, code, "r")])
    R.rule("-")
    tot = by["SR"] + by["ZR"]
    exS, gst = _incl_split(by["SR"], 9)
    net = exS + by["ZR"]
    R.lr("SUBTOTAL", money(tot))
    R.lr("TOTAL INCL. GST", "S$" + money(tot), bold=True, size=9)
    R.lr("NETS FLASHPAY", money(tot))
    R.lr("CHANGE", "0.00")
    R.rule("-")
    R.cols([(0, "GST SUMMARY", "l"), (0.66, "AMOUNT", "r"), (1, "GST", "r")])
    R.cols([(0, "SR 9%", "l"), (0.66, money(exS), "r"), (1, money(gst), "r")])
    R.cols([(0, "ZR 0%", "l"), (0.66, money(by["ZR"]), "r"), (1, "0.00", "r")])
    R.rule("-")
    R.c("Exchange within 7 days with receipt")
    R.barcode(24)
    t = truth(
        number="KS-B1-2026-031457",
        idate=date(2026, 3, 7),
        due=None,
        vendor="KAIZEN STATIONERY (S) PTE LTD",
        amount=net,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="GST summary table (SR/ZR) under the payment lines; Co. Reg No and GST Reg No on one line; voucher zero-rated; photographed",
    )
    return R.build(rng), t


def r07(rng):
    """SG restaurant: subtotal, 10 % service charge, 9 % GST, NETT TOTAL, ROUNDING, ROUNDED TOTAL."""
    R = Roll(80, "DVM", 7.6)
    R.c("TIAN XIANG ZI CHAR", bold=True, size=10)
    R.c("TIAN XIANG F&B PTE. LTD. (201512345D)")
    R.c("GST REG: 201512345D")
    R.c("1 Kaki Bukit Ave 6 #01-02 S(417883)")
    R.rule("-")
    R.lr("Check #: 40521", "Table: A7")
    R.lr("Date: 28/02/2026", "Time: 20:41")
    R.lr("Covers: 4", "Staff: Mei Ling")
    R.rule("-")
    rows = [
        ("Salted Egg Prawns (M)", D(1), D("28.00")),
        ("Sambal Kangkong", D(1), D("12.00")),
        ("Cereal Fish Slices", D(1), D("22.00")),
        ("Yang Chow Fried Rice (L)", D(1), D("18.00")),
        ("Barley (Jug)", D(1), D("9.80")),
        ("Tiger Beer Tower", D(1), D("68.00")),
        ("Wet Towel", D(4), D("0.40")),
    ]
    items, sub = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        sub += a
        items.append(li(desc, q, p, a))
        R.cols([(0, qty_s(q), "l"), (0.07, desc, "l"), (1, money(a), "r")])
    R.rule("-")
    svc = q2(sub * D("0.10"))
    gst = q2((sub + svc) * D("0.09"))
    nett = sub + svc + gst
    tot = r05c(nett)
    rnd = tot - nett
    R.lr("SUBTOTAL", money(sub))
    R.lr("10% SVC CHG", money(svc))
    R.lr("9% GST", money(gst))
    R.lr("NETT TOTAL", money(nett))
    R.lr("ROUNDING", money(rnd))
    R.lr("ROUNDED TOTAL", money(tot), bold=True, size=9)
    R.rule("-")
    R.lr("CASH", "200.00")
    R.lr("CHANGE", money(D(200) - tot))
    R.gap(4)
    R.c("Thank you. See you again!")
    t = truth(
        number="40521",
        idate=date(2026, 2, 28),
        due=None,
        vendor="TIAN XIANG F&B PTE. LTD.",
        amount=sub + svc,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        items=items,
        rounding=rnd,
        note=f"trade name (TIAN XIANG ZI CHAR) above the legal name; service charge keyed inside the net (amount = subtotal + svc = GST base); NETT TOTAL then ROUNDING {money(rnd)} and ROUNDED TOTAL (keyed)",
    )
    return R.build(rng), t


def r08(rng):
    """MY convenience store, 58 mm: SR/ZR codes, GST @6% line, Total Incl. GST, Rounding, TOTAL (RM)."""
    R = Roll(58, "DVM", 6.8)
    R.c("KEDAI SERBANEKA SETIA JAYA", bold=True, size=7.4)
    R.c("SDN. BHD. (200901012345)")
    R.c("GST ID: 002345678912")
    R.c("NO 8, JLN SETIA 3, 47000 SG BULOH")
    R.rule("-")
    R.l("RECEIPT: R-88-0045127")
    R.l("06/03/2026 22:15  CSHR: AMIRUL")
    R.rule("-")
    rows = [
        ("100PLUS 1.5L", D(2), D("4.29"), "SR"),
        ("ROTI BUN KAYA", D(3), D("1.30"), "ZR"),
        ("MEGGI KARI 5S", D(1), D("6.90"), "SR"),
        ("TELUR GRED A 10S", D(1), D("5.50"), "ZR"),
        ("TOP-UP RM10", D(1), D("10.00"), "ZR"),
    ]
    items, by = [], {"SR": D(0), "ZR": D(0)}
    for desc, q, p, code in rows:
        a = q2(q * p)
        by[code] += a
        items.append(li(desc, q, p, a))
        R.lr(f"{desc}", f"{money(a)} {code}")
        if q != 1:
            R.l(f"  {qty_s(q)} X {money(p)}")
    R.rule("-")
    gross = by["SR"] + by["ZR"]
    exS, gst = _incl_split(by["SR"], 6)
    tot = r05c(gross)
    rnd = tot - gross
    R.lr("Total Incl. GST", money(gross))
    R.lr("GST @6%", money(gst))
    R.lr("Rounding", money(rnd))
    R.lr("TOTAL (RM)", money(tot), bold=True, size=8)
    R.lr("CASH", "50.00")
    R.lr("CHANGE", money(D(50) - tot))
    R.rule("-")
    R.cols([(0, "GST", "l"), (0.62, "AMT", "r"), (1, "TAX", "r")])
    R.cols([(0, "SR 6%", "l"), (0.62, money(exS), "r"), (1, money(gst), "r")])
    R.cols([(0, "ZR 0%", "l"), (0.62, money(by["ZR"]), "r"), (1, "0.00", "r")])
    R.rule("-")
    R.c("TERIMA KASIH")
    net = exS + by["ZR"]
    t = truth(
        number="R-88-0045127",
        idate=date(2026, 3, 6),
        due=None,
        vendor="KEDAI SERBANEKA SETIA JAYA SDN. BHD.",
        amount=net,
        vat=gst,
        total=tot,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        rounding=rnd,
        note=f"58 mm roll photographed; name over two lines; SR/ZR codes after amounts; Total Incl. GST vs TOTAL (RM) after Rounding {money(rnd)}; quantity lines under items",
    )
    return R.build(rng), t


def r09(rng):
    """US diner: sales tax, printed tip line on the card slip, total includes tip."""
    R = Roll(80, "Courier", 8.4, bold="Courier-Bold")
    R.c("MAPLE STREET DINER", bold=True, size=11)
    R.c("412 Maple St, Columbus, OH 43215")
    R.c("(614) 555-0142")
    R.gap(3)
    R.lr("Server: Kayla", "Table 12")
    R.lr("Check #4021", "Guests: 2")
    R.lr("03/09/2026", "8:14 AM")
    R.rule("-")
    rows = [
        ("Buttermilk Pancakes", D(1), D("11.49")),
        ("Denver Omelet", D(1), D("13.99")),
        ("Side Bacon", D(1), D("4.29")),
        ("Coffee", D(2), D("2.95")),
        ("OJ Large", D(1), D("4.49")),
    ]
    items, sub = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        sub += a
        items.append(li(desc, q, p, a))
        R.lr(f"{qty_s(q)} {desc}", money(a))
    R.rule("-")
    tax = q2(sub * D("0.075"))
    tip = D("8.50")
    tot = sub + tax + tip
    R.lr("Subtotal", money(sub))
    R.lr("Sales Tax 7.5%", money(tax))
    R.lr("Amount", money(sub + tax))
    R.lr("Tip", money(tip))
    R.lr("TOTAL", "$" + money(tot), bold=True, size=10)
    R.rule("-")
    R.l("MASTERCARD   XXXXXXXXXXXX1881")
    R.l("Auth: 04821B   Ref: 306914")
    R.l("Entry: Contactless")
    R.gap(6)
    R.c("CUSTOMER COPY")
    R.c("Thanks for stopping by!")
    t = truth(
        number="4021",
        idate=date(2026, 3, 9),
        due=None,
        vendor="MAPLE STREET DINER",
        amount=sub,
        vat=tax,
        total=tot,
        currency="USD",
        locale="en-US",
        layout="receipt",
        dtype="receipt",
        items=items,
        tip=tip,
        note="printed tip line: total = subtotal + tax + tip (tip 8.50); 'Amount' before tip is not the total; US mm/dd date; check number as receipt number",
    )
    return R.build(rng), t


def r10(rng):
    """DE bakery Kassenbon: A 7 % / B 19 % inclusive, MwSt table with Netto, BAR / Rückgeld, TSE block; thermal scan."""
    R = Roll(80, "DVM", 7.4)
    R.c("B\u00e4ckerei & Konditorei", size=8.5)
    R.c("SCH\u00c4FER", bold=True, size=14)
    R.c("B\u00e4ckerei Sch\u00e4fer GmbH")
    R.c("Marktplatz 3 \u00b7 97070 W\u00fcrzburg")
    R.c("St.-Nr. 257/123/45678")
    R.rule("-")
    rows = [
        ("Bauernbrot 1000g", D(1), D("4.60"), "A"),
        ("Br\u00f6tchen Kaiser", D(6), D("0.55"), "A"),
        ("Butterbrezel", D(2), D("1.95"), "A"),
        ("Kaffee Crema to go", D(2), D("2.90"), "B"),
        ("K\u00e4sekuchen St\u00fcck", D(1), D("3.40"), "A"),
        ("Pfand Becher", D(2), D("1.00"), "B"),
    ]
    items, by = [], {"A": D(0), "B": D(0)}
    for desc, q, p, code in rows:
        a = q2(q * p)
        by[code] += a
        items.append(li(desc, q, p, a))
        if q != 1:
            R.l(f"{qty_s(q)} x {money(p, 'de')}")
        R.lr(desc, f"{money(a, 'de')} {code}")
    R.rule("=")
    tot = by["A"] + by["B"]
    R.lr("SUMME EUR", money(tot, "de"), bold=True, size=9.5)
    R.rule("=")
    R.lr("Gegeben BAR", "50,00")
    R.lr("R\u00fcckgeld", money(D(50) - tot, "de"))
    R.gap(3)
    R.cols([(0, "MwSt", "l"), (0.45, "Netto", "r"), (0.72, "Steuer", "r"), (1, "Brutto", "r")])
    net = vat = D(0)
    for code, rate in (("A", 7), ("B", 19)):
        n, tx = _incl_split(by[code], rate)
        net += n
        vat += tx
        R.cols(
            [
                (0, f"{code} {rate},0%", "l"),
                (0.45, money(n, "de"), "r"),
                (0.72, money(tx, "de"), "r"),
                (1, money(by[code], "de"), "r"),
            ]
        )
    R.cols(
        [
            (0, "Summe", "l"),
            (0.45, money(net, "de"), "r"),
            (0.72, money(vat, "de"), "r"),
            (1, money(tot, "de"), "r"),
        ]
    )
    R.rule("-")
    R.lr("Bon-Nr. 48213", "Kasse 1")
    R.lr("14.02.2026", "07:42:18")
    R.l("Es bediente Sie: Frau Kraus")
    R.rule("-")
    R.l("TSE-Seriennr.: 3f8a9c1d22e4b07", size=6.4)
    R.l("TSE-Transaktion: 118230  Sig.-Z.: 236441", size=6.4)
    R.l("Start: 2026-02-14T07:41:55 Ende: 07:42:18", size=6.4)
    R.qr(52)
    R.c("Vielen Dank f\u00fcr Ihren Einkauf!")
    t = truth(
        number="48213",
        idate=date(2026, 2, 14),
        due=None,
        vendor="B\u00e4ckerei Sch\u00e4fer GmbH",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="thermal fading; wordmark SCH\u00c4FER vs legal name; A 7 % / B 19 % with Netto/Steuer/Brutto table (net from the table); Pfand line taxed 19 %; quantity lines (6 x 0,55) printed above their item; Bon-Nr. at the bottom; TSE numbers",
    )
    return R.build(rng), t


def r11(rng):
    """FR brasserie ticket: TVA 10 % food / 20 % alcohol, TOTAL TTC, HT/TVA table, CB; thermal scan."""
    R = Roll(80, "DVM", 7.5)
    R.c("LE PETIT ZINC", bold=True, size=12)
    R.c("Brasserie \u2013 Bar \u00e0 vins")
    R.c("SARL Le Petit Zinc")
    R.c("14 rue Sainte-Catherine 33000 Bordeaux")
    R.c("SIRET 823 456 789 00012 \u2013 TVA FR21823456789", size=6.4)
    R.rule("-")
    R.lr("Ticket n\u00b0 004512", "Table 9 \u2013 2 couv.")
    R.lr("Le 06/03/2026 \u00e0 21:37", "Serveur : Hugo")
    R.rule("-")
    rows = [
        ("Entrec\u00f4te frites", D(1), D("24.50"), 10),
        ("Magret de canard", D(1), D("22.00"), 10),
        ("Cr\u00e8me br\u00fbl\u00e9e", D(2), D("8.50"), 10),
        ("Verre Bordeaux sup\u00e9rieur", D(2), D("7.00"), 20),
        ("Caf\u00e9 gourmand", D(1), D("9.50"), 10),
        ("Eau P\u00e9tillante 50cl", D(1), D("4.80"), 10),
    ]
    items, by = [], {10: D(0), 20: D(0)}
    for desc, q, p, r in rows:
        a = q2(q * p)
        by[r] += a
        items.append(li(desc, q, p, a))
        R.cols([(0, qty_s(q), "l"), (0.07, desc, "l"), (1, money(a, "plainc"), "r")])
    R.rule("-")
    tot = by[10] + by[20]
    R.lr("TOTAL TTC", money(tot, "plainc") + " EUR", bold=True, size=9.5)
    R.lr("CB SANS CONTACT", money(tot, "plainc"))
    R.rule("-")
    R.cols([(0, "Taux", "l"), (0.45, "HT", "r"), (0.72, "TVA", "r"), (1, "TTC", "r")])
    net = vat = D(0)
    for r in (10, 20):
        n, tx = _incl_split(by[r], r)
        net += n
        vat += tx
        R.cols(
            [
                (0, f"{r},00%", "l"),
                (0.45, money(n, "plainc"), "r"),
                (0.72, money(tx, "plainc"), "r"),
                (1, money(by[r], "plainc"), "r"),
            ]
        )
    R.cols(
        [
            (0, "Total", "l"),
            (0.45, money(net, "plainc"), "r"),
            (0.72, money(vat, "plainc"), "r"),
            (1, money(tot, "plainc"), "r"),
        ]
    )
    R.rule("-")
    R.c("Merci de votre visite \u2013 \u00e0 bient\u00f4t !")
    R.c("Service compris")
    t = truth(
        number="004512",
        idate=date(2026, 3, 6),
        due=None,
        vendor="SARL Le Petit Zinc",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="thermal fading; trade name vs 'SARL Le Petit Zinc' (legal form first); 10 % + 20 % TVA table (HT from the table); 'Service compris' is no tip; table / covers numbers near ticket number",
    )
    return R.build(rng), t


def r12(rng):
    """NL supermarket bon: BTW 9 % / 21 %, statiegeld without BTW, PIN; photographed."""
    R = Roll(80, "DV", 7.4, bold="DVB")
    R.logo(_logo_box("VERSMARKT DEKKER", "DVB", 12), 28)
    R.c("Versmarkt Dekker B.V.")
    R.c("Dorpsstraat 41, 1566 AD Assendelft")
    R.c("Tel. 075 - 687 12 34")
    R.rule("-")
    rows = [
        ("HALFVOLLE MELK 1,5L", D(2), D("1.39"), 9),
        ("VOLKOREN BROOD", D(1), D("2.69"), 9),
        ("GOUDSE KAAS JONG 500G", D(1), D("6.49"), 9),
        ("APPELS ELSTAR 1KG", D(1), D("2.99"), 9),
        ("COLA ZERO 1,5L", D(2), D("1.85"), 9),
        ("STATIEGELD", D(2), D("0.25"), 0),
        ("AFWASMIDDEL 500ML", D(1), D("2.79"), 21),
        ("BLOEMEN TULPEN", D(1), D("4.99"), 9),
    ]
    items, by = [], {0: D(0), 9: D(0), 21: D(0)}
    for desc, q, p, r in rows:
        a = q2(q * p)
        by[r] += a
        items.append(li(desc, q, p, a))
        R.lr(desc if q == 1 else f"{qty_s(q)} x {desc}", money(a, "plainc"))
    R.rule("-")
    tot = sum(by.values(), D(0))
    R.lr(f"{sum(int(r[1]) for r in rows)} ARTIKELEN", "")
    R.lr("TOTAAL", money(tot, "plainc"), bold=True, size=10)
    R.lr("PINNEN", money(tot, "plainc"))
    R.rule("-")
    R.cols([(0, "BTW", "l"), (0.55, "Over", "r"), (1, "Bedrag", "r")])
    vat = D(0)
    for r in (9, 21):
        n, tx = _incl_split(by[r], r)
        vat += tx
        R.cols([(0, f"{r}%", "l"), (0.55, money(n, "plainc"), "r"), (1, money(tx, "plainc"), "r")])
    R.cols([(0, "Geen BTW", "l"), (0.55, money(by[0], "plainc"), "r"), (1, "0,00", "r")])
    R.rule("-")
    R.lr("Bonnr: 0312-20260227-0881", "")
    R.lr("27-02-2026 17:58", "Kassa 3")
    R.l("Terminal 5F2K7Q  Merchant 882134", size=6.6)
    R.l("Betaalpas: ***4471  Akkoord", size=6.6)
    R.gap(3)
    R.c("Bedankt en tot ziens!")
    R.barcode(22)
    t = truth(
        number="0312-20260227-0881",
        idate=date(2026, 2, 27),
        due=None,
        vendor="Versmarkt Dekker B.V.",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="photographed; 9 % + 21 % BTW; statiegeld has no BTW (amount = total - vat includes it); decimal comma without currency sign; dd-mm-yyyy",
    )
    return R.build(rng), t


def r13(rng):
    """JP convenience store, English labels: yen without decimals, 8 % / 10 % tax-inclusive, registration T-number."""
    R = Roll(58, "DVM", 6.9)
    R.c("SAKURA MART", bold=True, size=10)
    R.c("Shinjuku 3-chome Store")
    R.c("3-14-1 Shinjuku, Shinjuku-ku, Tokyo")
    R.c("TEL 03-3351-0000")
    R.c("Reg. No. T1234567890123")
    R.rule("-")
    R.c("RECEIPT", bold=True)
    R.l("2026/03/11(Wed) 08:12")
    R.l("Reg#2  Receipt No.0417")
    R.rule("-")
    rows = [
        ("Onigiri Salmon *", D(2), D(180), 8),
        ("Sandwich Egg *", D(1), D(320), 8),
        ("Green Tea 500ml *", D(1), D(162), 8),
        ("Hot Coffee R", D(1), D(130), 10),
        ("Umbrella 65cm", D(1), D(780), 10),
    ]
    items, by = [], {8: D(0), 10: D(0)}
    for desc, q, p, r in rows:
        a = q * p
        by[r] += a
        items.append(li(desc.rstrip(" *"), q, p, a))
        R.lr(desc if q == 1 else f"{desc} x{qty_s(q)}", "\u00a5" + money(a, "en", 0))
    R.rule("-")
    tot = by[8] + by[10]
    vat = D(0)
    R.lr("Subtotal", "\u00a5" + money(tot, "en", 0))
    for r in (8, 10):
        tx = q0(by[r] * r / (100 + r))
        vat += tx
        R.l(f"({r}% Taxable \u00a5{money(by[r], 'en', 0)} Tax \u00a5{money(tx, 'en', 0)})")
    R.lr("Total", "\u00a5" + money(tot, "en", 0), bold=True, size=9)
    R.lr("Cash", "\u00a52,000")
    R.lr("Change", "\u00a5" + money(D(2000) - tot, "en", 0))
    R.l("* = reduced tax rate item (8%)", size=6.2)
    R.barcode(20)
    t = truth(
        number="0417",
        idate=date(2026, 3, 11),
        due=None,
        vendor="SAKURA MART",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="JPY",
        locale="ja-JP",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="yen printed without decimals (keyed .00); tax-inclusive 8 % / 10 % with '(8% Taxable ... Tax ...)' lines; amount = total - vat; yyyy/mm/dd(Wed); store branch name",
    )
    return R.build(rng), t


def r14(rng):
    """IN veg restaurant bill: GSTIN, CGST 2.5 % + SGST 2.5 %, Round Off, Grand Total ₹; photographed."""
    R = Roll(76, "DVM", 7.5)
    R.c("SREE GOKULAM VEG RESTAURANT", bold=True, size=8.6)
    R.c("(A Unit of Gokulam Foods Pvt Ltd)")
    R.c("No. 27, Usman Road, T. Nagar")
    R.c("Chennai - 600017  Ph: 044-2434 5678")
    R.c("GSTIN: 33AABCG1234F1Z5")
    R.c("FSSAI Lic No: 12419001000123")
    R.rule("=")
    R.lr("Bill No: 2345", "Dt: 02/03/26")
    R.lr("Table: 6  Steward: 11", "Time: 13:52")
    R.rule("-")
    R.cols([(0, "Item", "l"), (0.6, "Qty", "r"), (0.78, "Rate", "r"), (1, "Amount", "r")])
    R.rule("-")
    rows = [
        ("South Indian Meals", D(2), D("180.00")),
        ("Ghee Roast Dosa", D(1), D("120.00")),
        ("Paneer Butter Masala", D(1), D("210.00")),
        ("Butter Naan", D(3), D("45.00")),
        ("Filter Coffee", D(2), D("35.00")),
        ("Fresh Lime Soda", D(1), D("70.00")),
    ]
    items, sub = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        sub += a
        items.append(li(desc, q, p, a))
        R.cols(
            [
                (0, desc, "l"),
                (0.6, qty_s(q), "r"),
                (0.78, money(p, "in"), "r"),
                (1, money(a, "in"), "r"),
            ]
        )
    R.rule("-")
    cg = q2(sub * D("0.025"))
    sg = q2(sub * D("0.025"))
    gross = sub + cg + sg
    tot = q0(gross)
    rnd = tot - gross
    R.lr("Sub Total", money(sub, "in"))
    R.lr("CGST @ 2.5%", money(cg, "in"))
    R.lr("SGST @ 2.5%", money(sg, "in"))
    R.lr("Round Off", money(rnd, "in", plus=True))
    R.rule("=")
    R.lr("Grand Total", "\u20b9 " + money(tot, "in"), bold=True, size=9.4)
    R.rule("=")
    R.l("Paid: Cash")
    R.c("Thank You! Visit Again")
    t = truth(
        number="2345",
        idate=date(2026, 3, 2),
        due=None,
        vendor="Gokulam Foods Pvt Ltd",
        amount=sub,
        vat=cg + sg,
        total=tot,
        currency="INR",
        locale="en-IN",
        layout="receipt",
        dtype="receipt",
        items=items,
        rounding=rnd,
        note=f"restaurant trade name with legal entity only in '(A Unit of Gokulam Foods Pvt Ltd)' (keyed legal name); CGST + SGST (vat = sum); Round Off {money(rnd, 'in', plus=True)}; dd/mm/yy; FSSAI number",
    )
    return R.build(rng), t


def r15(rng):
    """MX abarrotes ticket (born-digital copy): IVA 16 % / 0 %, SUBTOTAL IVA TOTAL, EFECTIVO / SU CAMBIO."""
    R = Roll(80, "Courier", 8.0, bold="Courier-Bold")
    R.c("ABARROTES Y FARMACIA LA ESPERANZA", bold=True, size=8.6)
    R.c("S.A. DE C.V.", bold=True, size=8.6)
    R.c("RFC: AEL0512093K1")
    R.c("AV. HIDALGO 1520, COL. CENTRO")
    R.c("C.P. 44100 GUADALAJARA, JAL.")
    R.c("REGIMEN GENERAL DE LEY PERSONAS MORALES", size=6.8)
    R.rule("-")
    R.lr("TICKET: 00058231", "CAJA: 02")
    R.lr("FECHA: 05/03/2026", "HORA: 19:22")
    R.rule("-")
    rows = [
        ("LECHE ENTERA 1L", D(3), D("28.50"), 0),
        ("TORTILLA MAIZ 1KG", D(1), D("24.00"), 0),
        ("HUEVO BLANCO 18 PZ", D(1), D("62.00"), 0),
        ("REFRESCO COLA 2L", D(2), D("38.00"), 16),
        ("DETERGENTE 1KG", D(1), D("45.90"), 16),
        ("PARACETAMOL 500MG 10", D(1), D("35.00"), 0),
        ("PAPAS FRITAS 170G", D(1), D("52.00"), 16),
    ]
    items, by = [], {0: D(0), 16: D(0)}
    for desc, q, p, r in rows:
        a = q2(q * p)
        by[r] += a
        items.append(li(desc, q, p, a))
        R.l(desc + ("  *" if r else ""))
        R.cols([(0.1, f"{qty_s(q)} x ${money(p)}", "l"), (1, "$" + money(a), "r")])
    R.rule("-")
    tot = by[0] + by[16]
    _n16, iva = _incl_split(by[16], 16)
    sub = tot - iva
    R.lr("SUBTOTAL", "$" + money(sub))
    R.lr("IVA 16%", "$" + money(iva))
    R.lr("TOTAL", "$" + money(tot), bold=True, size=10)
    R.lr("EFECTIVO", "$500.00")
    R.lr("SU CAMBIO", "$" + money(D(500) - tot))
    R.l("* ARTICULO GRAVADO IVA 16%", size=6.8)
    R.rule("-")
    R.c("ESTE TICKET NO ES UN COMPROBANTE FISCAL", size=6.8)
    R.c("FACTURE EN: esperanza.mx/facturacion", size=6.8)
    R.c("GRACIAS POR SU COMPRA")
    t = truth(
        number="00058231",
        idate=date(2026, 3, 5),
        due=None,
        vendor="ABARROTES Y FARMACIA LA ESPERANZA S.A. DE C.V.",
        amount=sub,
        vat=iva,
        total=tot,
        currency="MXN",
        locale="es-MX",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="born-digital till copy; name over two lines; '$' means MXN; mixed 0 % / 16 % IVA, SUBTOTAL printed = total - IVA; 'no es un comprobante fiscal' line",
    )
    return R.build(rng), t


def r16(rng):
    """ZA outdoor store till slip (born-digital): TAX INVOICE, VAT 15 % inclusive, Total Excl VAT, card."""
    R = Roll(80, "DVC", 7.8, bold="DVCB")
    R.logo(_logo_box("KAROO OUTDOOR", "DVCB", 13, inverse=False), 30)
    R.c("Karoo Outdoor Supplies (Pty) Ltd")
    R.c("Reg No 2014/123456/07  VAT No 4123456789")
    R.c("Shop 42, Cavendish Square, Claremont 7708")
    R.rule("-")
    R.c("TAX INVOICE", bold=True, size=9)
    R.lr("Slip: 0042-7731", "2026/03/07 11:26")
    R.lr("Till 04", "Op: Thandi")
    R.rule("-")
    rows = [
        ("Gas canister 450g", D(2), D("129.99")),
        ("Headlamp 300lm", D(1), D("449.00")),
        ("Camp chair folding", D(1), D("899.90")),
        ("Firelighters 24s", D(3), D("34.95")),
    ]
    items, tot = [], D(0)
    for desc, q, p in rows:
        a = q2(q * p)
        tot += a
        items.append(li(desc, q, p, a))
        R.lr(desc, "R" + money(a, "za"))
        if q != 1:
            R.l(f"   {qty_s(q)} @ R{money(p, 'za')}", size=7)
    disc = D("-100.00")
    tot += disc
    items.append(li("Loyalty voucher", 1, disc, disc))
    R.lr("Loyalty voucher", "-R" + money(-disc, "za"))
    R.rule("-")
    net, vat = _incl_split(tot, 15)
    R.lr("TOTAL", "R" + money(tot, "za"), bold=True, size=10.5)
    R.lr("Total Excl VAT", "R" + money(net, "za"))
    R.lr("VAT @ 15%", "R" + money(vat, "za"))
    R.rule("-")
    R.lr("CREDIT CARD", "R" + money(tot, "za"))
    R.l("VISA  **** **** **** 6620  APPROVED")
    R.l("Auth code: 771204")
    R.gap(3)
    R.c("Exchanges within 30 days with slip")
    R.barcode(22)
    t = truth(
        number="0042-7731",
        idate=date(2026, 3, 7),
        due=None,
        vendor="Karoo Outdoor Supplies (Pty) Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="ZAR",
        locale="en-ZA",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="born-digital; 'R' prefix and space thousands (R1 432.78 style); VAT-inclusive with Total Excl VAT printed; negative loyalty voucher line; yyyy/mm/dd",
    )
    return R.build(rng), t


# ----------------------------------------------------------------------------- the set

# name -> (function, kind, output, country, group, render options)
SPECS = {
    "i01": (i01, "pdf", "pdf", "NL", "billing", {}),
    "i02": (i02, "pdf", "pdf", "FR", "billing", {}),
    "i03": (i03, "pdf", "pdf", "DE", "billing", {}),
    "i04": (i04, "pdf", "pdf", "IN", "billing", {}),
    "i05": (i05, "pdf", "pdf", "US", "billing", {}),
    "i06": (i06, "pdf", "pdf", "UK", "billing", {}),
    "i07": (i07, "pdf", "pdf", "DE", "e-invoice", {}),
    "i08": (i08, "pdf", "pdf", "DE", "e-invoice", {}),
    "i09": (
        i09,
        "scan",
        "png",
        "DE",
        "e-invoice",
        {"dpi": 200, "grey": True, "skew": 1.3, "blur": 0.7, "noise": 6, "specks": 60},
    ),
    "i10": (i10, "pdf", "pdf", "FR", "e-invoice", {}),
    "i11": (
        i11,
        "scan",
        "pdf",
        "FR",
        "e-invoice",
        {"dpi": 200, "grey": True, "skew": -0.9, "blur": 0.6, "noise": 5, "specks": 40},
    ),
    "i12": (i12, "pdf", "pdf", "FR", "e-invoice", {}),
    "i13": (
        i13,
        "photo",
        "jpg",
        "ES",
        "small firm",
        {"dpi": 220, "long": 2200, "quality": 74, "bg": "wood"},
    ),
    "i14": (
        i14,
        "scan",
        "png",
        "IT",
        "small firm",
        {"dpi": 200, "grey": False, "skew": 0.8, "blur": 0.5, "noise": 4, "specks": 25},
    ),
    "i15": (
        i15,
        "photo",
        "jpg",
        "PL",
        "small firm",
        {"dpi": 220, "long": 2300, "quality": 78, "bg": "desk"},
    ),
    "i16": (
        i16,
        "scan",
        "pdf",
        "AU",
        "small firm",
        {"dpi": 170, "grey": True, "skew": 1.6, "blur": 0.6, "noise": 6, "specks": 50},
    ),
    "r01": (
        r01,
        "scan",
        "png",
        "MY",
        "receipt MY/SG",
        {
            "dpi": 250,
            "grey": True,
            "skew": -1.4,
            "blur": 0.7,
            "noise": 5,
            "specks": 30,
            "fade": 0.3,
            "pad": 60,
        },
    ),
    "r02": (
        r02,
        "photo",
        "jpg",
        "MY",
        "receipt MY/SG",
        {"dpi": 260, "long": 2000, "quality": 70, "bg": "wood", "fade": 0.2},
    ),
    "r03": (
        r03,
        "scan",
        "png",
        "MY",
        "receipt MY/SG",
        {
            "dpi": 300,
            "grey": True,
            "skew": 1.1,
            "blur": 0.8,
            "noise": 5,
            "specks": 40,
            "fade": 0.25,
            "pad": 80,
            "down": 650,
        },
    ),
    "r04": (
        r04,
        "photo",
        "jpg",
        "MY",
        "receipt MY/SG",
        {"dpi": 260, "long": 1800, "quality": 66, "bg": "fabric"},
    ),
    "r05": (
        r05,
        "scan",
        "png",
        "SG",
        "receipt MY/SG",
        {
            "dpi": 300,
            "grey": True,
            "skew": 1.8,
            "blur": 0.6,
            "noise": 4,
            "specks": 20,
            "fade": 0.35,
            "pad": 70,
        },
    ),
    "r06": (
        r06,
        "photo",
        "jpg",
        "SG",
        "receipt MY/SG",
        {"dpi": 260, "long": 2100, "quality": 72, "bg": "desk"},
    ),
    "r07": (
        r07,
        "scan",
        "png",
        "SG",
        "receipt MY/SG",
        {
            "dpi": 220,
            "grey": False,
            "skew": -0.7,
            "blur": 0.6,
            "noise": 4,
            "specks": 25,
            "fade": 0.3,
            "pad": 50,
        },
    ),
    "r08": (
        r08,
        "photo",
        "jpg",
        "MY",
        "receipt MY/SG",
        {"dpi": 300, "long": 1700, "quality": 64, "bg": "wood", "fade": 0.25},
    ),
    "r09": (
        r09,
        "photo",
        "jpg",
        "US",
        "receipt other",
        {"dpi": 260, "long": 1900, "quality": 68, "bg": "fabric"},
    ),
    "r10": (
        r10,
        "scan",
        "png",
        "DE",
        "receipt other",
        {
            "dpi": 250,
            "grey": True,
            "skew": 0.9,
            "blur": 0.7,
            "noise": 5,
            "specks": 30,
            "fade": 0.45,
            "pad": 60,
        },
    ),
    "r11": (
        r11,
        "scan",
        "png",
        "FR",
        "receipt other",
        {
            "dpi": 220,
            "grey": True,
            "skew": -1.9,
            "blur": 0.6,
            "noise": 5,
            "specks": 30,
            "fade": 0.4,
            "pad": 50,
        },
    ),
    "r12": (
        r12,
        "photo",
        "jpg",
        "NL",
        "receipt other",
        {"dpi": 260, "long": 2000, "quality": 75, "bg": "desk", "fade": 0.15},
    ),
    "r13": (
        r13,
        "scan",
        "png",
        "JP",
        "receipt other",
        {
            "dpi": 300,
            "grey": True,
            "skew": 0.6,
            "blur": 0.5,
            "noise": 4,
            "specks": 20,
            "fade": 0.2,
            "pad": 70,
        },
    ),
    "r14": (
        r14,
        "photo",
        "jpg",
        "IN",
        "receipt other",
        {"dpi": 260, "long": 1900, "quality": 62, "bg": "wood"},
    ),
    "r15": (r15, "pdf", "pdf", "MX", "receipt other", {}),
    "r16": (r16, "pdf", "pdf", "ZA", "receipt other", {}),
}


def seed_of(name: str) -> int:
    return zlib.crc32(name.encode("ascii"))


def build(name: str):
    fn, kind, ext, _country, _group, opt = SPECS[name]
    seed = seed_of(name)
    rng = random.Random(seed)
    nr = np.random.default_rng(seed)
    pdf, t = fn(rng)
    t["kind"] = kind
    if kind == "pdf":
        return pdf, ext, t
    dpi = opt["dpi"]
    if kind == "scan":
        arr = rasterize(pdf, dpi)
        img = degrade_scan(
            arr,
            nr,
            grey=opt["grey"],
            skew=opt["skew"],
            blur=opt["blur"],
            noise=opt["noise"],
            specks=opt["specks"],
            fade=opt.get("fade", 0.0),
            pad=opt.get("pad", 0),
            downscale=opt.get("down"),
        )
        if ext == "pdf":
            doc = pdfium.PdfDocument(pdf)
            size = doc[0].get_size()
            doc.close()
            return image_pdf(img, size), ext, t
        return png_bytes(img), ext, t
    arr = rasterize(pdf, dpi)
    return (
        degrade_photo(
            arr,
            nr,
            long_side=opt["long"],
            quality=opt["quality"],
            bgkind=opt["bg"],
            fade=opt.get("fade", 0.0),
        ),
        ext,
        t,
    )


def _md_escape(s: str) -> str:
    return s.replace("|", "\\|")


README_HEAD = """# blind-2026-13o \u2014 FOCUS: what a new user uploads first

Generated by `bench/blindsets/blind_2026_13o.py` (`python -m bench.blindsets.blind_2026_13o [OUTDIR] [--only NAME]`).
Written blind: without looking at the reader, its tests, benches or docs. Every document is drawn by its own
function with reportlab (`invariant=1`); each random choice is seeded with `zlib.crc32(name)`, so re-runs
are byte-identical. Text runs are checked to stay on the page and not overlap (`LayoutError`).

## How the set is drawn

* **Billing-system invoices (i01\u2013i06)**: hosting (NL), domain registrar (FR), mobile telecom (DE, 2 pages
  with an itemised call list), e-commerce marketplace (IN), cloud hosting (US, Letter), broadband/phone (UK).
  Account / customer / order / subscription numbers beside the invoice number, service periods, usage lines,
  card / SEPA / Direct Debit notes, PAID / PAY\u00c9E stamps. All born-digital PDFs.
* **E-invoice visualisations (i07\u2013i12)**: XRechnung (KoSIT-like sections with BT codes), ZUGFeRD (label/value grid,
  several pairs per line), a Gutschrift (381), Factur-X (BT codes, SIRET), an avoir (381) and an EN 16931
  test-case style element table. Skonto / escompte terms, Leistungszeitraum, document-level allowances and charges.
  i09 is a PNG scan, i11 an image-only PDF scan; the rest born-digital.
* **Small firms on paper (i13\u2013i16)**: ES workshop (photo), IT plumber (colour scan), PL electrician (photo),
  AU plumber (image-only PDF scan).
* **Till receipts (r01\u2013r16)**: thermal rolls of 58 / 76 / 80 mm, as long as their content. r01\u2013r08 Malaysia and
  Singapore (registration numbers in brackets, GST / SST ids, TOTAL (RM), TOTAL INCL. GST, ROUNDING ADJ, NETT TOTAL,
  ROUNDED TOTAL, GST summary tables, CASH / CHANGE); r09\u2013r16 US, DE, FR, NL, JP (English labels), IN, MX, ZA.
  Mostly flatbed scans (on a grey scanner bed, faded thermal ink) or phone photos; r15 and r16 are born-digital till copies.
* **Degradations**: scans rendered with pypdfium2 at 170\u2013300 dpi, grey or colour, paper tint, skew up to \u00b12\u00b0,
  Gaussian blur, noise, specks, thermal fading (smooth random ink field), one downscaled to 650 px wide.
  Photos: perspective onto a wood / desk / fabric texture, light gradient and vignette, a side shadow, a fold crease,
  sensor noise, JPEG quality 62\u201378, long side 1,700\u20132,300 px. Image-only PDFs embed the degraded scan as the only page content.

## Truth conventions

* `amount` = net before tax, `vat` = sum of all taxes printed (CGST + SGST, several VAT rates, SST, US sales tax);
  `vat` is null only when the page prints no tax (r04), then amount = total.
* Every value is computed once with `Decimal` (ROUND_HALF_UP), printed and keyed from the same value, and the generator
  asserts `amount + vat + tip + rounding == total` (tip: r09 only, 8.50; rounding: the printed cash-rounding / round-off line).
* `total` = the final amount the document charges: after rounding adjustment (ROUNDED TOTAL / TOTAL AMOUNT DUE / Grand Total),
  including a printed tip (r09). For i05 it is the invoice Total, although the page also shows "Amount due $0.00" (paid).
* When prices include tax, `amount` = total \u2212 vat; where a net is printed (GST / MwSt / HT summary tables, Total Excl VAT,
  SUBTOTAL) it is the printed net. Documents with a document-level allowance / charge key the net after it (BT-109).
* Service charge (r07, SG) is part of the net: amount = subtotal + service charge (the GST base).
* Statiegeld (r12, NL deposit) carries no BTW and is part of the net (amount = total \u2212 vat).
* **Credit notes** (i09 Gutschrift, i11 avoir) print negative amounts and are keyed negative; `document_type` = `credit_note`,
  `layout` = `invoice`.
* `vendor_name`: the seller's legal name as printed, with legal form when it is printed with it. Where a trade name / wordmark
  differs from the legal entity, the legal entity is keyed (i04: the "Sold By" seller, not the marketplace; r14: "Gokulam Foods
  Pvt Ltd" from "(A Unit of ...)"; r07: "TIAN XIANG F&B PTE. LTD."); receipts printing only one name key that name.
* `invoice_number`: the document's own number as printed (spaces kept, e.g. i03); receipts: receipt / bill / check / ticket /
  slip number. Referenced invoice numbers of credit notes are not keyed.
* `invoice_date`: the issue date (Rechnungsdatum, Data wystawienia, date of issue), not the delivery / sale date.
* `due_date`: only when a date is printed as due / payment due / F\u00e4lligkeit / Vencimiento / Scadenza / Termin p\u0142atno\u015bci / Date due;
  null otherwise (a Skonto / discount deadline is not the due date). i01: the Vervaldatum, not the later-or-equal SEPA debit date.
* Currencies without decimals (JPY) are keyed with `.00`. Quantities keyed as plain decimals ("4.5"); line-item amounts as
  printed on the line (tax-inclusive on receipts and on i04 / i06, net on invoices).
* `locale` is the document's language-region; `kind`: `pdf` born-digital with text layer, `scan` (PNG or image-only PDF), `photo` (JPEG).
"""


def write_readme(out: Path, rows):
    kinds = ["pdf", "scan", "photo"]
    groups = ["billing", "e-invoice", "small firm", "receipt MY/SG", "receipt other"]
    lines = [
        README_HEAD,
        "## Mix\n",
        "| group | pdf | scan | photo | total |",
        "|---|---|---|---|---|",
    ]
    for g in groups:
        cnt = [sum(1 for r in rows if r[4] == g and r[1] == k) for k in kinds]
        lines.append(f"| {g} | {cnt[0]} | {cnt[1]} | {cnt[2]} | {sum(cnt)} |")
    cnt = [sum(1 for r in rows if r[1] == k) for k in kinds]
    lines.append(f"| **all** | {cnt[0]} | {cnt[1]} | {cnt[2]} | {sum(cnt)} |")
    n_img_pdf = sum(1 for r in rows if r[1] == "scan" and r[2] == "pdf")
    lines.append(
        f"\nImage-only PDFs (counted as scan): {n_img_pdf}. Credit notes: {sum(1 for r in rows if r[3]['document_type'] == 'credit_note')}.\n"
    )
    lines += [
        "## Documents\n",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, kind, ext, t, _g, country in rows:
        lines.append(
            f"| {name}.{ext} | {kind} | {country} | {t['document_type']} | {_md_escape(t['vendor_name'])} | {_md_escape(str(t['invoice_number']))} | {t['total']} {t['currency']} | {_md_escape(t['note'])} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=DEFAULT_OUT)
    ap.add_argument("--only", default=None, help="build just this document (e.g. r05)")
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(SPECS)
    rows = []
    for name in names:
        if name not in SPECS:
            print(f"unknown document {name}", file=sys.stderr)
            return 2
        data, ext, t = build(name)
        (out / f"{name}.{ext}").write_bytes(data)
        (out / f"{name}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        _, kind, _, country, group, _ = SPECS[name]
        rows.append((name, kind, ext, t, group, country))
        print(f"{name}.{ext:4s} {kind:5s} {t['total']:>10s} {t['currency']}  {t['vendor_name']}")
    if not a.only:
        write_readme(out, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
