# ruff: noqa: E501
"""Blind evaluation set 13q: vehicles, trades, health and DIY.

16 invoices (i01..i16) and 16 till receipts (r01..r16), drawn with reportlab and
degraded into scans / photos / image-only PDFs with OpenCV.  Every random choice is
seeded with the CRC-32 of the document name, so re-runs are byte-identical.

    python -m bench.blindsets.blind_2026_13q [OUTDIR] [--only NAME]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import zlib
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
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

SET = "13q"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-13q")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVO": "DejaVuSans-Oblique.ttf",
    "DVBO": "DejaVuSans-BoldOblique.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVCO": "DejaVuSansCondensed-Oblique.ttf",
    "DVCBO": "DejaVuSansCondensed-BoldOblique.ttf",
    "DVXL": "DejaVuSans-ExtraLight.ttf",
}
_REGISTERED = False


def _register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for key, fn in _FONTS.items():
        pdfmetrics.registerFont(TTFont(key, str(FONT_DIR / fn)))
    _REGISTERED = True


# ---------------------------------------------------------------- money / numbers

C2 = Decimal("0.01")


def D(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q2(x) -> Decimal:
    return D(x).quantize(C2, ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(Decimal(1), ROUND_HALF_UP)


def fm(v, dec=".", th=",", nd=2, indian=False) -> str:
    """Format a Decimal with the given separators (no currency)."""
    v = D(v)
    neg = v < 0
    v = abs(v).quantize(Decimal(1) if nd == 0 else Decimal(1).scaleb(-nd), ROUND_HALF_UP)
    ip, _, fp = f"{v:f}".partition(".")
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = th.join([*groups, tail])
    else:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        ip = th.join([ip, *groups])
    return ("-" if neg else "") + ip + (dec + fp if nd else "")


def eu(v, nd=2):  # 1.234,56
    return fm(v, ",", ".", nd)


def us(v, nd=2):  # 1,234.56
    return fm(v, ".", ",", nd)


def sp(v, nd=2, dec=","):  # 1 234,56
    return fm(v, dec, "\u00a0" if dec == "," else " ", nd).replace("\u00a0", " ")


def inr(v):
    return fm(v, ".", ",", 2, indian=True)


def qs(q) -> str:
    q = D(q)
    s = f"{q.normalize():f}"
    return s


@dataclass
class Item:
    desc: str
    qty: Decimal
    unit: Decimal
    amount: Decimal

    def key(self) -> dict:
        return {
            "description": self.desc,
            "quantity": qs(self.qty),
            "unit_price": f"{self.unit:f}"
            if self.unit.as_tuple().exponent < -2
            else f"{q2(self.unit):f}",
            "amount": f"{q2(self.amount):f}",
        }


def item(desc, qty, unit, amount=None) -> Item:
    qty, unit = D(qty), D(unit)
    return Item(desc, qty, unit, q2(qty * unit) if amount is None else D(amount))


# ---------------------------------------------------------------- layout-checked canvas


class LayoutError(Exception):
    pass


class Doc:
    """reportlab canvas that records every text run and refuses overlaps / off-page runs."""

    def __init__(self, w, h, name="doc"):
        _register_fonts()
        self.buf = io.BytesIO()
        self.w, self.h, self.name = w, h, name
        self.c = canvas.Canvas(self.buf, pagesize=(w, h), invariant=1)
        self.c.setTitle(name)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.runs: list[tuple] = []
        self.pageno = 1

    def width(self, s, f, sz):
        return pdfmetrics.stringWidth(s, f, sz)

    def _claim(self, x0, y0, x1, y1, s):
        if x0 < 1 or y0 < 1 or x1 > self.w - 1 or y1 > self.h - 1:
            raise LayoutError(
                f"{self.name} p{self.pageno}: off page {s!r} ({x0:.0f},{y0:.0f},{x1:.0f},{y1:.0f})"
            )
        e = 0.3
        for a0, b0, a1, b1, t in self.runs:
            if x0 + e < a1 and a0 + e < x1 and y0 + e < b1 and b0 + e < y1:
                raise LayoutError(f"{self.name} p{self.pageno}: {s!r} overlaps {t!r}")
        self.runs.append((x0, y0, x1, y1, s))

    def t(self, x, y, s, f="DV", sz=9, a="l", col=None, cs=0.0):
        """Draw text; a = l / r / c. Returns the run width."""
        s = str(s)
        if not s:
            return 0
        w = self.width(s, f, sz) + cs * max(len(s) - 1, 0)
        x0 = x if a == "l" else (x - w if a == "r" else x - w / 2)
        self._claim(x0, y - 0.21 * sz, x0 + w, y + 0.76 * sz, s)
        c = self.c
        if col is not None:
            c.setFillColor(col)
        c.setFont(f, sz)
        if cs:
            c.drawString(x0, y, s, charSpace=cs)
        else:
            c.drawString(x0, y, s)
        if col is not None:
            c.setFillColorRGB(0, 0, 0)
        return w

    def para(self, x, y, text, f="DV", sz=8, width=200, lead=None, a="l", col=None):
        lead = lead or sz * 1.25
        for line in wrap(text, f, sz, width):
            xx = x if a == "l" else (x + width if a == "r" else x + width / 2)
            self.t(xx, y, line, f, sz, a, col)
            y -= lead
        return y

    def table(
        self,
        x,
        y,
        cols,
        rows,
        f="DV",
        sz=8.5,
        lead=None,
        hf=None,
        hsz=None,
        grid=False,
        hfill=None,
        hcol=None,
        zebra=None,
        pad=3,
        line=True,
    ):
        """cols: [(title, width, align)], rows: list of lists of str. Returns y below the table."""
        lead = lead or sz * 1.55
        hf, hsz = hf or f, hsz or sz
        tw = sum(cw for _, cw, _ in cols)
        c = self.c
        top = y
        if any(ti for ti, _, _ in cols):
            if hfill is not None:
                c.setFillColor(hfill)
                c.rect(x, y - lead * 0.32, tw, lead, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            self._row(x, y, cols, [ti for ti, _, _ in cols], hf, hsz, pad, hcol)
            if line:
                c.setLineWidth(0.6)
                c.line(x, y - lead * 0.32, x + tw, y - lead * 0.32)
            y -= lead
        for i, r in enumerate(rows):
            if zebra is not None and i % 2 == 1:
                c.setFillColor(zebra)
                c.rect(x, y - lead * 0.32, tw, lead, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            self._row(x, y, cols, r, f, sz, pad)
            y -= lead
        if grid:
            c.setLineWidth(0.4)
            c.rect(x, y + lead * 0.68, tw, top - y - lead * 0.68 + lead * 0.68, stroke=1, fill=0)
            xx = x
            for _, cw, _ in cols[:-1]:
                xx += cw
                c.line(xx, y + lead * 0.68, xx, top + lead * 0.68)
        return y

    def _row(self, x, y, cols, vals, f, sz, pad, col=None):
        xx = x
        for (_, cw, al), v in zip(cols, vals, strict=False):
            v = str(v)
            if v:
                w = self.width(v, f, sz)
                if w > cw - pad * 1.2:
                    raise LayoutError(
                        f"{self.name}: cell {v!r} wider than column ({w:.0f}>{cw - pad:.0f})"
                    )
                px = xx + pad if al == "l" else (xx + cw - pad if al == "r" else xx + cw / 2)
                self.t(px, y, v, f, sz, al, col)
            xx += cw

    def rect(self, x, y, w, h, fill=None, stroke=0.6, scol=None):
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if scol is not None:
            c.setStrokeColor(scol)
        c.setLineWidth(stroke or 0.1)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def hline(self, x0, x1, y, lw=0.6, col=None, dash=None):
        c = self.c
        if col is not None:
            c.setStrokeColor(col)
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.line(x0, y, x1, y)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def qr(self, x, y, size, seed, n=25):
        """A QR-looking square (finder patterns + seeded modules)."""
        r = random.Random(seed)
        m = size / n
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                fi = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
                if fi:
                    continue
                if r.random() < 0.5:
                    c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)
        for fx, fy in ((0, 0), (0, n - 7), (n - 7, n - 7)):
            c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, stroke=0, fill=1)

    def barcode(self, x, y, w, h, seed):
        r = random.Random(seed)
        c = self.c
        xx = x
        while xx < x + w - 3:
            bw = r.choice((0.6, 0.6, 1.2, 1.8))
            if xx + bw > x + w:
                break
            c.rect(xx, y, bw, h, stroke=0, fill=1)
            xx += bw + r.choice((0.6, 1.2, 1.2, 1.8))

    def page(self):
        self.c.showPage()
        self.runs = []
        self.pageno += 1

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def wrap(text, f, sz, width):
    out, cur = [], ""
    for word in text.split():
        cand = (cur + " " + word).strip()
        if pdfmetrics.stringWidth(cand, f, sz) <= width or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def rgb(h: str):
    from reportlab.lib.colors import HexColor

    return HexColor(h)


# ---------------------------------------------------------------- till-roll builder


class Roll:
    """Collects till-receipt lines, then renders a roll exactly as long as its content."""

    def __init__(
        self, w_mm, f="DVM", sz=8.0, lead=1.22, margin_mm=3.5, top_mm=6, bottom_mm=9, name="roll"
    ):
        _register_fonts()
        self.w = w_mm * mm
        self.f, self.sz, self.lead = f, sz, lead
        self.m = margin_mm * mm
        self.top, self.bottom = top_mm * mm, bottom_mm * mm
        self.ops: list[tuple] = []
        self.name = name

    @property
    def inner(self):
        return self.w - 2 * self.m

    def _h(self, sz):
        return sz * self.lead

    def text(self, s, a="l", f=None, sz=None, cs=0.0):
        f, sz = f or self.f, sz or self.sz
        x = {"l": self.m, "c": self.w / 2, "r": self.w - self.m}[a]
        self.ops.append(
            (
                self._h(sz),
                lambda d, y, s=s, f=f, sz=sz, x=x: d.t(x, y - sz * 0.82, s, f, sz, a, cs=cs),
            )
        )

    def c(self, s, f=None, sz=None, cs=0.0):
        self.text(s, "c", f, sz, cs)

    def lines(self, text, a="l", f=None, sz=None):
        f, sz = f or self.f, sz or self.sz
        for ln in wrap(text, f, sz, self.inner):
            self.text(ln, a, f, sz)

    def lr(self, left, right, f=None, sz=None, indent=0.0):
        f, sz = f or self.f, sz or self.sz

        def draw(d, y, left=left, right=right, f=f, sz=sz):
            d.t(self.m + indent, y - sz * 0.82, left, f, sz, "l")
            d.t(self.w - self.m, y - sz * 0.82, right, f, sz, "r")

        self.ops.append((self._h(sz), draw))

    def cols(self, cells, f=None, sz=None):
        """cells: [(text, x_frac_of_inner, align)]"""
        f, sz = f or self.f, sz or self.sz

        def draw(d, y, cells=cells, f=f, sz=sz):
            for s, xf, a in cells:
                d.t(self.m + self.inner * xf, y - sz * 0.82, s, f, sz, a)

        self.ops.append((self._h(sz), draw))

    def sep(self, style="dash", h=None):
        h = h or self._h(self.sz) * 0.8

        def draw(d, y, style=style, h=h):
            yy = y - h / 2
            if style == "dash":
                d.hline(self.m, self.w - self.m, yy, 0.7, dash=(2.2, 1.6))
            elif style == "double":
                d.hline(self.m, self.w - self.m, yy + 1.1, 0.6)
                d.hline(self.m, self.w - self.m, yy - 1.1, 0.6)
            elif style == "dots":
                d.hline(self.m, self.w - self.m, yy, 0.9, dash=(0.8, 1.8))
            else:
                d.hline(self.m, self.w - self.m, yy, 0.7)

        self.ops.append((h, draw))

    def gap(self, h=4):
        self.ops.append((h, lambda d, y: None))

    def draw(self, h, fn):
        self.ops.append((h, fn))

    def qr(self, size_mm, seed):
        s = size_mm * mm
        self.ops.append((s + 4, lambda d, y: d.qr(self.w / 2 - s / 2, y - s - 2, s, seed)))

    def barcode(self, text, h_mm=9, seed=0):
        h = h_mm * mm

        def draw(d, y):
            bw = min(self.inner * 0.85, 52 * mm)
            d.barcode(self.w / 2 - bw / 2, y - h, bw, h - 1, seed or text)
            d.t(self.w / 2, y - h - 7.5, text, "DVM", 6.5, "c")

        self.ops.append((h + 10, draw))

    def render(self) -> bytes:
        H = self.top + sum(h for h, _ in self.ops) + self.bottom
        d = Doc(self.w, H, self.name)
        y = H - self.top
        for h, fn in self.ops:
            fn(d, y)
            y -= h
        return d.finish()


# ---------------------------------------------------------------- degradations


def rasterize(pdf: bytes, dpi: float, page: int = 0) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    pil = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    arr = np.array(pil)[:, :, ::-1].copy()
    doc.close()
    return arr


def _smooth_field(rng: np.random.Generator, h, w, cells=6, lo=0.0, hi=1.0):
    small = rng.uniform(lo, hi, size=(cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _specks(bg, nrng, n):
    ph, pw = bg.shape[:2]
    for _ in range(n):
        cx, cy = int(nrng.integers(0, pw)), int(nrng.integers(0, ph))
        r = int(nrng.integers(1, 3))
        v = float(nrng.uniform(60, 160))
        cv2.circle(bg, (cx, cy), r, (v, v, v), -1)


def scan(
    img,
    nrng,
    *,
    grey=True,
    blur=0.6,
    skew=0.0,
    noise=5.0,
    specks=40,
    fade=None,
    tint=None,
    width=None,
    paper=(250, 250, 247),
    margin=0.02,
    contrast=1.0,
):
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    if tint is not None:  # coloured carbon paper: white becomes tint, ink stays
        t = np.array(tint, np.float32)[None, None, :] / 255.0
        f = f * t
    if fade is not None:  # thermal fading: ink lightened unevenly
        lo, hi = fade
        fm_ = _smooth_field(nrng, h, w, 5, lo, hi)[:, :, None]
        f = 255 - (255 - f) * fm_
    if contrast != 1.0:
        f = 128 + (f - 128) * contrast
    f = np.clip(f, 0, 255)
    pw, ph = int(w * (1 + 2 * margin)), int(h * (1 + 2 * margin))
    bg = np.empty((ph, pw, 3), np.float32)
    bg[:] = paper
    ox, oy = (pw - w) // 2, (ph - h) // 2
    bg[oy : oy + h, ox : ox + w] = f
    if skew:
        M = cv2.getRotationMatrix2D((pw / 2, ph / 2), skew, 1.0)
        bg = cv2.warpAffine(bg, M, (pw, ph), flags=cv2.INTER_LINEAR, borderValue=paper)
    _specks(bg, nrng, specks)
    if blur:
        bg = cv2.GaussianBlur(bg, (0, 0), blur)
    if noise:
        bg = bg + nrng.normal(0, noise, bg.shape[:2])[:, :, None].astype(np.float32)
    bg = np.clip(bg, 0, 255).astype(np.uint8)
    if grey:
        bg = cv2.cvtColor(bg, cv2.COLOR_BGR2GRAY)
    if width and bg.shape[1] > width:
        nh = round(bg.shape[0] * width / bg.shape[1])
        bg = cv2.resize(bg, (width, nh), interpolation=cv2.INTER_AREA)
    return bg


def _texture(nrng, h, w, kind):
    if kind == "wood":
        base = np.array([70, 110, 150], np.float32)  # BGR brownish
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(y * 0.05 + np.sin(x * 0.004) * 8.0) * 0.5 + 0.5
        n = _smooth_field(nrng, h, w, 12, 0.8, 1.15)
        f = base[None, None, :] * (0.75 + 0.35 * grain[..., None]) * n[..., None]
    elif kind == "desk":
        base = np.array([196, 198, 200], np.float32)
        n = _smooth_field(nrng, h, w, 8, 0.85, 1.05)
        f = base[None, None, :] * n[..., None]
    elif kind == "cloth":
        base = np.array([120, 70, 40], np.float32)  # dark blue
        y = np.arange(h)[:, None]
        x = np.arange(w)[None, :]
        weave = ((x // 3 + y // 3) % 2).astype(np.float32) * 0.08 + 0.92
        f = (
            base[None, None, :]
            * weave[..., None]
            * _smooth_field(nrng, h, w, 6, 0.85, 1.1)[..., None]
        )
    else:  # granite / counter
        base = np.array([150, 150, 145], np.float32)
        f = base[None, None, :] + nrng.normal(0, 18, (h, w))[..., None]
        f = cv2.GaussianBlur(f.astype(np.float32), (0, 0), 1.2)
    f = f + nrng.normal(0, 4, (h, w))[..., None]
    return np.clip(f, 0, 255).astype(np.float32)


def photo(
    img,
    nrng,
    *,
    bg="wood",
    long_side=1900,
    quality=70,
    tilt=0.05,
    light=(0.7, 1.05),
    shadow=True,
    fold=None,
    fade=None,
    blur=0.8,
):
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    if fade is not None:
        lo, hi = fade
        f = 255 - (255 - f) * _smooth_field(nrng, h, w, 5, lo, hi)[:, :, None]
    if fold:  # fold lines: a thin crease, darker on one side
        for frac in fold:
            yy = int(h * frac)
            band = np.ones((h, 1), np.float32)
            yy0 = max(yy - 25, 0)
            band[yy0:yy] = np.linspace(1.0, 0.86, yy - yy0)[:, None]
            band[yy : yy + 4] = 0.8
            f = f * band[:, :, None]
    pad = 0.11
    PW, PH = int(w * (1 + 2 * pad)), int(h * (1 + 2 * pad))
    # scale so the long side lands on long_side
    s = long_side / max(PW, PH)
    PW, PH = int(PW * s), int(PH * s)
    dw, dh = w * s, h * s
    ox, oy = (PW - dw) / 2, (PH - dh) / 2
    j = lambda k: float(nrng.uniform(-k, k)) * min(dw, dh)  # noqa: E731
    dst = np.float32(
        [
            [ox + j(tilt), oy + j(tilt)],
            [ox + dw + j(tilt), oy + j(tilt)],
            [ox + dw + j(tilt), oy + dh + j(tilt)],
            [ox + j(tilt), oy + dh + j(tilt)],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        f, M, (PW, PH), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
    )
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (PW, PH))
    mask = cv2.GaussianBlur(mask, (0, 0), 0.8)[..., None]
    back = _texture(nrng, PH, PW, bg)
    out = warped * mask + back * (1 - mask)
    # paper drop shadow on the background
    # uneven light: linear gradient + soft blob
    gx = np.linspace(0, 1, PW, dtype=np.float32)[None, :]
    gy = np.linspace(0, 1, PH, dtype=np.float32)[:, None]
    a, b = float(nrng.uniform(-1, 1)), float(nrng.uniform(-1, 1))
    g = (a * gx + b * gy) - min(0, a) - min(0, b)
    g = g / max(g.max(), 1e-6)
    lo, hi = light
    L = lo + (hi - lo) * g
    out = out * L[..., None]
    if shadow:  # soft shadow of a hand / phone across one corner
        sh = np.ones((PH, PW), np.float32)
        cx, cy = float(nrng.uniform(0, PW)), float(nrng.choice([0, PH]))
        rad = float(nrng.uniform(0.25, 0.45)) * max(PW, PH)
        cv2.circle(sh, (int(cx), int(cy)), int(rad), 0.72, -1)
        sh = cv2.GaussianBlur(sh, (0, 0), max(PW, PH) * 0.04)
        out = out * sh[..., None]
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out = out + nrng.normal(0, 3.5, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    ok, enc = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return enc.tobytes()


def png_bytes(arr) -> bytes:
    ok, enc = cv2.imencode(".png", arr, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    assert ok
    return enc.tobytes()


def image_pdf(arr, w, h, name) -> bytes:
    """Embed a degraded scan as the only content of a PDF page."""
    if arr.ndim == 2:
        pil = Image.fromarray(arr, "L")
    else:
        pil = Image.fromarray(arr[:, :, ::-1].copy(), "RGB")
    bio = io.BytesIO()
    pil.save(bio, format="JPEG", quality=82)
    bio.seek(0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.setTitle(name)
    c.setAuthor("")
    c.setCreator("")
    c.drawImage(ImageReader(bio), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- truth


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
    tip=0,
    rounding=0,
):
    amount, total = q2(amount), q2(total)
    vatd = q2(vat) if vat is not None else Decimal(0)
    if amount + vatd + q2(tip) + q2(rounding) != total:
        raise AssertionError(f"arithmetic: {amount} + {vatd} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{amount:f}",
        "vat": None if vat is None else f"{q2(vat):f}",
        "total": f"{total:f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": [it.key() for it in items],
        "note": note,
    }


def pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for p in doc:
        tp = p.get_textpage()
        out.append(tp.get_text_range())
    doc.close()
    return "\n".join(out)


# ======================================================================== documents
# Each builder returns (vector_pdf_bytes, truth_dict, must_print) where must_print is a
# list of strings that have to appear in the PDF text layer (checked before degrading).

DOCS: dict[str, dict] = {}


def doc(name, kind, country, typ, **render):
    def deco(fn):
        DOCS[name] = {"fn": fn, "kind": kind, "country": country, "type": typ, "render": render}
        return fn

    return deco


WHITE = rgb("#ffffff")
GREY = rgb("#666666")


def _footer(d, lines, f="DV", sz=6.5, y=14 * mm, col=GREY, rule=True):
    if rule:
        d.hline(18 * mm, d.w - 18 * mm, y + sz * 1.6, 0.4, col)
    n = len(lines)
    colw = (d.w - 36 * mm) / n
    for i, block in enumerate(lines):
        yy = y
        for ln in block:
            d.t(18 * mm + i * colw, yy, ln, f, sz, "l", col)
            yy -= sz * 1.3


def _totals(d, x_label, x_val, y, rows, f="DV", fb="DVB", sz=9, lead=None, rule_before_last=True):
    lead = lead or sz * 1.5
    for i, (lab, val) in enumerate(rows):
        last = i == len(rows) - 1
        if last and rule_before_last:
            d.hline(x_label - 2, x_val + 2, y + sz * 1.05, 0.7)
        d.t(x_label, y, lab, fb if last else f, sz, "l")
        d.t(x_val, y, val, fb if last else f, sz, "r")
        y -= lead
    return y


# ---------------------------------------------------------------- i01 DE garage, 2 pages
@doc("i01", "pdf", "DE", "car garage repair invoice, labour / parts blocks, vehicle block, 2 pages")
def i01(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "Kfz-Technik Brandl GmbH"
    no, auftrag, kunde = "RE-26-01187", "WA-55318", "40217"
    L, R = 20 * mm, W - 20 * mm
    foot = [
        ["Kfz-Technik Brandl GmbH", "Im Gewerbepark C 14, 93059 Regensburg", "Tel. 0941 46 71 20"],
        ["Sparkasse Regensburg", "IBAN DE27 7505 0000 0026 4418 93", "BIC BYLADEM1RBG"],
        [
            "Amtsgericht Regensburg HRB 11824",
            "USt-IdNr. DE 284 519 337",
            "Geschäftsführer: Markus Brandl",
        ],
    ]

    def head(pg):
        d.rect(0, H - 13 * mm, W, 13 * mm, fill=rgb("#1d3f6e"), stroke=0)
        d.t(L, H - 9 * mm, "KFZ-TECHNIK BRANDL", "DVB", 14, col=WHITE)
        d.t(
            R,
            H - 8.6 * mm,
            "Meisterbetrieb  ·  Reparatur aller Marken  ·  HU/AU im Haus",
            "DV",
            7.5,
            "r",
            col=WHITE,
        )
        d.t(R, 20 * mm + 2, f"Seite {pg} von 2", "DV", 7, "r", GREY)
        _footer(d, foot, y=13 * mm)

    head(1)
    y = H - 27 * mm
    d.t(
        L,
        y,
        "Kfz-Technik Brandl GmbH · Im Gewerbepark C 14 · 93059 Regensburg",
        "DV",
        6.5,
        col=GREY,
    )
    d.hline(L, L + 78 * mm, y - 2, 0.3, GREY)
    for i, ln in enumerate(["Herrn", "Tobias Aigner", "Kumpfmühler Straße 27", "93051 Regensburg"]):
        d.t(L, y - 14 - i * 12, ln, "DV", 10)
    info = [
        ("Rechnung-Nr.", no),
        ("Rechnungsdatum", "22.01.2026"),
        ("Leistungsdatum", "21.01.2026"),
        ("Auftrags-Nr.", auftrag),
        ("Kunden-Nr.", kunde),
        ("Serviceberater", "M. Kessler"),
    ]
    for i, (a, b) in enumerate(info):
        d.t(R - 72 * mm, y - 4 - i * 11.5, a, "DV", 8.5)
        d.t(R, y - 4 - i * 11.5, b, "DVB" if i == 0 else "DV", 8.5, "r")
    y = H - 88 * mm
    d.t(L, y, "Rechnung", "DVB", 18)
    y -= 10 * mm
    d.rect(L, y - 23 * mm, R - L, 25 * mm, fill=rgb("#eef2f7"), stroke=0.5)
    veh = [
        [
            ("Amtl. Kennzeichen", "R-TA 4412"),
            ("Fahrzeug", "VW Golf VII Variant 1.6 TDI"),
            ("FIN", "WVWZZZAUZHP512873"),
        ],
        [("Erstzulassung", "14.03.2017"), ("km-Stand", "148.322 km"), ("Nächste HU", "03/2027")],
    ]
    for ci, colv in enumerate(veh):
        for ri, (a, b) in enumerate(colv):
            x = L + 4 * mm + ci * 85 * mm
            d.t(x, y - 3 * mm - ri * 6.5 * mm, a, "DV", 7, col=GREY)
            d.t(x + 30 * mm, y - 3 * mm - ri * 6.5 * mm, b, "DVB" if ri == 0 else "DV", 8.5)
    y -= 33 * mm
    d.t(L, y, "Arbeitslohn", "DVB", 10.5)
    y -= 15
    labour = [
        ("0110", "Inspektion mit Ölwechsel nach Herstellervorgabe", 16, "12.40"),
        ("4620", "Bremsscheiben und -beläge vorn erneuern", 14, "12.40"),
        ("8010", "Klimaanlage warten, Kältemittel absaugen/befüllen", 8, "12.40"),
        ("2540", "Abgasrückführventil prüfen, Fehlerspeicher lesen", 6, "12.40"),
        ("0340", "Wischerblätter vorn ersetzen", 1, "12.40"),
        ("9700", "Probefahrt und Endkontrolle", 2, "12.40"),
    ]
    items = [item(f"{a} {b}", q, p) for a, b, q, p in labour]
    cols = [
        ("Pos.", 12 * mm, "l"),
        ("Arb.-Nr.", 17 * mm, "l"),
        ("Tätigkeit", 95 * mm, "l"),
        ("AW", 12 * mm, "r"),
        ("AW-Preis", 18 * mm, "r"),
        ("Betrag", 16 * mm, "r"),
    ]
    rows = [
        [str(i + 1), a, b, str(q), eu(D(p)), eu(it.amount)]
        for i, ((a, b, q, p), it) in enumerate(zip(labour, items, strict=False))
    ]
    y = d.table(L, y, cols, rows, "DV", 8, hf="DVB", hfill=rgb("#dde4ee"))
    lab_sum = sum(it.amount for it in items)
    d.hline(L, R, y + 8, 0.4)
    d.t(R - 18 * mm, y - 2, "Summe Arbeitslohn", "DVB", 8.5, "r")
    d.t(R - 3, y - 2, eu(lab_sum), "DVB", 8.5, "r")
    d.t(L, y - 2, "1 AW = 6 Minuten", "DVO", 7, col=GREY)
    d.t(R - 18 * mm, 30 * mm, "Übertrag", "DV", 8.5, "r")
    d.t(R - 3, 30 * mm, eu(lab_sum), "DV", 8.5, "r")
    d.page()
    head(2)
    y = H - 24 * mm
    d.t(
        L, y, f"Rechnung {no}  ·  Auftrag {auftrag}  ·  R-TA 4412  ·  22.01.2026", "DV", 8, col=GREY
    )
    d.t(R - 18 * mm, y - 16, "Übertrag Arbeitslohn", "DV", 8.5, "r")
    d.t(R - 3, y - 16, eu(lab_sum), "DV", 8.5, "r")
    y -= 40
    d.t(L, y, "Ersatzteile / Material", "DVB", 10.5)
    y -= 15
    parts = [
        ("5Q0 615 301 F", "Bremsscheibe vorn belüftet 312 mm", 2, "St", "68.90"),
        ("5Q0 698 151 B", "Bremsbelagsatz vorn", 1, "Satz", "74.50"),
        ("1K0 698 151 R", "Verschleißanzeige Bremsbelag", 1, "St", "9.80"),
        ("G 052 195 M2", "Motoröl VW 507.00 5W-30", 4.5, "Ltr", "16.20"),
        ("03N 115 562 B", "Ölfilter mit Dichtring", 1, "St", "18.40"),
        ("N 013 849 2", "Ölablassschraube M14x1,5", 1, "St", "3.95"),
        ("5Q0 819 653", "Innenraumfilter Aktivkohle", 1, "St", "32.60"),
        ("04E 129 620 D", "Luftfiltereinsatz", 1, "St", "27.30"),
        ("R1234YF", "Kältemittel R1234yf", 420, "g", "0.19"),
        ("5G1 998 002", "Wischblattsatz Aero vorn", 1, "Satz", "39.90"),
    ]
    pitems = [item(f"{a} {b}", q, p) for a, b, q, u, p in parts]
    cols = [
        ("Teile-Nr.", 30 * mm, "l"),
        ("Bezeichnung", 74 * mm, "l"),
        ("Menge", 15 * mm, "r"),
        ("Einh.", 12 * mm, "l"),
        ("Einzelpreis", 22 * mm, "r"),
        ("Betrag", 17 * mm, "r"),
    ]
    rows = [
        [a, b, eu(D(q), 1) if D(q) % 1 else str(q), u, eu(D(p)), eu(it.amount)]
        for (a, b, q, u, p), it in zip(parts, pitems, strict=False)
    ]
    y = d.table(L, y, cols, rows, "DV", 8, hf="DVB", hfill=rgb("#dde4ee"))
    part_sum = sum(it.amount for it in pitems)
    disc = -q2(part_sum * D("0.05"))
    env = D("8.50")
    net = lab_sum + part_sum + disc + env
    vat = q2(net * D("0.19"))
    total = net + vat
    y -= 8
    rows = [
        ("Arbeitslohn", eu(lab_sum)),
        ("Ersatzteile / Material", eu(part_sum)),
        ("abzgl. 5 % Teilerabatt", eu(disc)),
        ("Altöl- und Entsorgungspauschale", eu(env)),
        ("Nettobetrag", eu(net)),
        ("zzgl. 19 % MwSt.", eu(vat)),
        ("Rechnungsbetrag EUR", eu(total)),
    ]
    _totals(d, R - 80 * mm, R - 3, y, rows, sz=9)
    items_all = (
        items
        + pitems
        + [item("abzgl. 5 % Teilerabatt", 1, disc), item("Altöl- und Entsorgungspauschale", 1, env)]
    )
    y -= 8 * 9 * 1.5 + 6
    d.para(
        L,
        y,
        "Zahlbar bis 05.02.2026 ohne Abzug. Bitte geben Sie bei Zahlung die Rechnungsnummer an. Die ausgebauten Altteile wurden auf Wunsch des Kunden entsorgt. Auf Ersatzteile gewähren wir 2 Jahre Gewährleistung.",
        "DV",
        8,
        R - L,
    )
    t = truth(
        number=no,
        date="2026-01-22",
        due="2026-02-05",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items_all,
        note="2 pages; labour (AW units) and parts in separate blocks with carry-over; work order, customer no., plate and FIN near the invoice number; 5 % parts discount and disposal fee before VAT",
    )
    return d.finish(), t, [no, eu(total), eu(vat)]


# ---------------------------------------------------------------- i02 NL tyre fitter (scan)
@doc(
    "i02",
    "scan",
    "NL",
    "tyre fitter invoice",
    dpi=200,
    scan={"grey": True, "blur": 0.7, "skew": -1.1, "noise": 6, "specks": 60},
)
def i02(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "Bandenservice Van Dijk B.V."
    no = "2026-0412"
    L, R = 18 * mm, W - 18 * mm
    # logo: tyre circle + wordmark
    c = d.c
    c.setLineWidth(5)
    c.circle(L + 12 * mm, H - 25 * mm, 9 * mm)
    c.setLineWidth(1.5)
    c.circle(L + 12 * mm, H - 25 * mm, 4 * mm)
    d.t(L + 25 * mm, H - 23 * mm, "VAN DIJK", "DVB", 20)
    d.t(L + 25 * mm, H - 29.5 * mm, "banden · velgen · uitlijnen", "DVO", 9)
    addr = [
        "Bandenservice Van Dijk B.V.",
        "Nijverheidsweg 38",
        "3771 ME Barneveld",
        "T 0342 41 92 06",
        "info@vandijkbanden.nl",
        "KvK 30174522",
        "BTW NL8124.49.561.B01",
    ]
    for i, ln in enumerate(addr):
        d.t(R, H - 15 * mm - i * 10, ln, "DVB" if i == 0 else "DV", 8, "r")
    y = H - 62 * mm
    for i, ln in enumerate(
        [
            "Hoveniersbedrijf De Groene Linde",
            "t.a.v. dhr. J. Verhoef",
            "Stationsstraat 112",
            "3781 GL Voorthuizen",
        ]
    ):
        d.t(L, y - i * 12, ln, "DV", 10)
    y -= 62
    d.t(L, y, "FACTUUR", "DVB", 16)
    meta = [
        ("Factuurnummer", no),
        ("Factuurdatum", "09-02-2026"),
        ("Vervaldatum", "23-02-2026"),
        ("Debiteurnummer", "D-10388"),
        ("Werkorder", "WO 7731"),
        ("Kenteken", "VX-218-K"),
    ]
    for i, (a, b) in enumerate(meta):
        x = L + (i % 3) * 60 * mm
        yy = y - 20 - (i // 3) * 22
        d.t(x, yy + 8, a, "DV", 7, col=GREY)
        d.t(x, yy - 2, b, "DVB", 9.5)
    y -= 70
    lines = [
        ("Michelin Agilis 3 215/65 R16C 109/107T", 4, "142.50"),
        ("Montage + balanceren bestelwagen", 4, "17.50"),
        ("Ventiel TR414 vervangen", 4, "3.25"),
        ("Bandenmilieuheffing (Recybem)", 4, "2.35"),
        ("Uitlijnen vooras incl. rapport", 1, "59.00"),
        ("Opslag zomerbanden seizoen 2026", 1, "45.00"),
    ]
    items = [item(a, q, p) for a, q, p in lines]
    cols = [
        ("Omschrijving", 100 * mm, "l"),
        ("Aantal", 18 * mm, "r"),
        ("Prijs", 26 * mm, "r"),
        ("Bedrag", 30 * mm, "r"),
    ]
    rows = [
        [a, str(q), "€ " + eu(D(p)), "€ " + eu(it.amount)]
        for (a, q, p), it in zip(lines, items, strict=False)
    ]
    y = d.table(L, y, cols, rows, "DV", 9, lead=17, hf="DVB", grid=True)
    net = sum(it.amount for it in items)
    vat = q2(net * D("0.21"))
    total = net + vat
    y -= 14
    y = _totals(
        d,
        R - 72 * mm,
        R - 3,
        y,
        [
            ("Subtotaal excl. BTW", "€ " + eu(net)),
            ("BTW 21%", "€ " + eu(vat)),
            ("Totaal incl. BTW", "€ " + eu(total)),
        ],
        sz=10,
    )
    y -= 18
    d.para(
        L,
        y,
        f"Wij verzoeken u het totaalbedrag binnen 14 dagen over te maken op IBAN NL63 RABO 0318 4477 12 t.n.v. Bandenservice Van Dijk B.V. onder vermelding van factuurnummer {no}.",
        "DV",
        8.5,
        R - L,
    )
    d.t(
        W / 2,
        14 * mm,
        "Op al onze leveringen zijn de algemene voorwaarden van VACO van toepassing.",
        "DVO",
        7,
        "c",
        GREY,
    )
    t = truth(
        number=no,
        date="2026-02-09",
        due="2026-02-23",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="grey scan; meta grid holds debtor no., work order and plate next to the invoice number; dd-mm-yyyy dates; tyre disposal levy line",
    )
    return d.finish(), t, [no, eu(total)]


# ---------------------------------------------------------------- i03 FR car rental (photo)
@doc(
    "i03",
    "photo",
    "FR",
    "car rental invoice with fuel surcharge and deposit",
    dpi=170,
    photo={"bg": "desk", "long_side": 2100, "quality": 74, "tilt": 0.03},
)
def i03(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "Loca'Route Provence SAS"
    no, contrat = "FA26-00871", "CL-5520917"
    L, R = 16 * mm, W - 16 * mm
    orange = rgb("#e8660d")
    d.rect(L, H - 30 * mm, 16 * mm, 16 * mm, fill=orange, stroke=0)
    d.t(L + 8 * mm, H - 24.5 * mm, "LR", "DVB", 17, "c", WHITE)
    d.t(L + 20 * mm, H - 20 * mm, "Loca'Route", "DVSB", 20, col=orange)
    d.t(L + 20 * mm, H - 27 * mm, "Location de voitures et utilitaires", "DVSI", 9)
    for i, ln in enumerate(
        ["Agence Marseille Saint-Charles", "Square Narvik, 13001 Marseille", "Tél. 04 91 62 18 40"]
    ):
        d.t(R, H - 16 * mm - i * 10, ln, "DV", 8, "r")
    y = H - 45 * mm
    d.t(L, y, f"FACTURE N° {no}", "DVB", 13)
    d.t(R, y, "Date : 18/02/2026", "DV", 10, "r")
    y -= 20
    d.rect(L, y - 27 * mm, 88 * mm, 30 * mm, stroke=0.5)
    d.t(L + 3 * mm, y, "Client", "DVB", 8.5)
    for i, ln in enumerate(
        ["Mme Camille Bernard", "27 rue des Tanneurs", "69002 Lyon", "Permis n° 14AB52198"]
    ):
        d.t(L + 3 * mm, y - 12 - i * 11, ln, "DV", 9)
    x2 = L + 95 * mm
    d.rect(x2, y - 27 * mm, R - x2, 30 * mm, stroke=0.5)
    info = [
        ("Contrat de location", contrat),
        ("Véhicule", "Peugeot 308 SW BlueHDi 130"),
        ("Immatriculation", "GK-418-PX"),
        ("Départ", "13/02/2026 09:10  -  12 431 km"),
        ("Retour", "18/02/2026 17:45  -  13 317 km"),
    ]
    for i, (a, b) in enumerate(info):
        d.t(x2 + 3 * mm, y - i * 11.5, a, "DV", 7.5, col=GREY)
        d.t(R - 3 * mm, y - i * 11.5, b, "DV", 8.5, "r")
    y -= 40 * mm
    lines = [
        ("Location 5 jours - catégorie C (break)", 5, "54.00"),
        ("Kilomètres supplémentaires (886 km - 800 inclus)", 86, "0.28"),
        ("Surcharge carburant - réservoir non plein (18,4 L)", D("18.4"), "2.45"),
        ("Frais de service carburant", 1, "15.00"),
        ("Rachat partiel de franchise", 5, "11.50"),
        ("Siège enfant", 5, "6.00"),
        ("Frais de gare", 1, "32.00"),
    ]
    items = [item(a, q, p) for a, q, p in lines]
    cols = [
        ("Désignation", 104 * mm, "l"),
        ("Qté", 16 * mm, "r"),
        ("P.U. HT", 24 * mm, "r"),
        ("Montant HT", 34 * mm, "r"),
    ]
    rows = [
        [a, eu(q, 1) if D(q) % 1 else str(q), eu(D(p)), eu(it.amount)]
        for (a, q, p), it in zip(lines, items, strict=False)
    ]
    y = d.table(
        L, y, cols, rows, "DV", 9, lead=16, hf="DVB", hfill=rgb("#fbe3d2"), zebra=rgb("#f6f6f6")
    )
    net = sum(it.amount for it in items)
    vat = q2(net * D("0.20"))
    total = net + vat
    y -= 16
    yt = _totals(
        d,
        R - 75 * mm,
        R - 3,
        y,
        [
            ("Total HT", eu(net) + " €"),
            ("TVA 20 %", eu(vat) + " €"),
            ("Total TTC", eu(total) + " €"),
        ],
        sz=10,
    )
    dep = D("100.00")
    d.t(R - 75 * mm, yt - 4, "Acompte versé à la réservation", "DV", 9)
    d.t(R - 3, yt - 4, "-" + eu(dep) + " €", "DV", 9, "r")
    d.t(R - 75 * mm, yt - 18, "Réglé ce jour par CB", "DVB", 9)
    d.t(R - 3, yt - 18, eu(total - dep) + " €", "DVB", 9, "r")
    y2 = y
    d.rect(L, y2 - 26 * mm, 85 * mm, 29 * mm, fill=rgb("#fff4ea"), stroke=0.4)
    d.t(L + 3 * mm, y2 - 2, "Dépôt de garantie", "DVB", 9)
    d.para(
        L + 3 * mm,
        y2 - 15,
        "Empreinte CB de 800,00 € prise au départ (VISA **** 7731), libérée au retour du véhicule le 18/02/2026. Non facturée.",
        "DV",
        8,
        78 * mm,
    )
    _footer(
        d,
        [
            [
                "Loca'Route Provence SAS au capital de 150 000 €",
                "SIRET 812 447 310 00027 - RCS Marseille",
                "N° TVA intracom. FR 41 812447310",
            ]
        ],
        y=14 * mm,
    )
    t = truth(
        number=no,
        date="2026-02-18",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="photo; rental contract no. and plate next to invoice no.; fuel surcharge at litres x price; booking deposit deducted after Total TTC and an 800 EUR card hold printed but not billed - total is Total TTC",
    )
    return d.finish(), t, [no, eu(total) + " €"]


# ---------------------------------------------------------------- i04 UK builder progress billing, 2 pages
@doc("i04", "pdf", "GB", "builder's progress-billing invoice with retention, 2 pages")
def i04(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "Harcourt & Lyle Builders Ltd"
    no = "HL-INV-2026-031"
    L, R = 22 * mm, W - 22 * mm
    green = rgb("#24493a")

    def letterhead(pg):
        d.t(L, H - 24 * mm, "HARCOURT & LYLE", "DVSB", 22, col=green)
        d.t(L, H - 30.5 * mm, "BUILDERS  ·  EXTENSIONS  ·  RENOVATIONS", "DV", 8, col=green, cs=1.2)
        d.hline(L, R, H - 34 * mm, 1.5, green)
        d.t(R, H - 18 * mm, "Unit 4, Brookfield Trading Estate", "DV", 8, "r")
        d.t(R, H - 22 * mm, "Cheltenham GL51 8DP", "DV", 8, "r")
        d.t(R, H - 26 * mm, "01242 570 338  ·  accounts@harcourtlyle.co.uk", "DV", 8, "r")
        d.t(W / 2, 12 * mm, f"Page {pg} of 2", "DV", 7.5, "c", GREY)
        d.t(
            W / 2,
            16 * mm,
            "Harcourt & Lyle Builders Ltd  ·  Registered in England & Wales No. 08817342  ·  VAT Reg. No. GB 184 2207 61",
            "DV",
            7,
            "c",
            GREY,
        )

    letterhead(1)
    y = H - 46 * mm
    d.t(L, y, "INVOICE", "DVSB", 16)
    d.t(L, y - 14, "Interim Application for Payment No. 4", "DVSI", 10)
    meta = [
        ("Invoice No.", no),
        ("Invoice date", "27 February 2026"),
        ("Job No.", "J-1184"),
        ("Client PO", "PEM-0719"),
        ("Valuation date", "25 February 2026"),
        ("Payment due", "27 March 2026"),
    ]
    for i, (a, b) in enumerate(meta):
        d.t(R - 70 * mm, y - i * 12, a, "DV", 8.5, col=GREY)
        d.t(R, y - i * 12, b, "DVB" if i == 0 else "DV", 8.5, "r")
    y -= 30
    d.t(L, y, "To:", "DVB", 9)
    for i, ln in enumerate(
        ["Mr & Mrs D. Pemberton", "Hawthorn House", "14 Lansdown Parade", "Cheltenham GL50 2LH"]
    ):
        d.t(L, y - 12 - i * 11.5, ln, "DV", 9.5)
    y -= 80
    d.t(L, y, "Project: Two-storey rear extension and kitchen refit, Hawthorn House", "DVB", 9.5)
    d.t(L, y - 13, "Contract: JCT Minor Works Building Contract dated 3 November 2025", "DV", 8.5)
    y -= 34
    sched = [
        ("Preliminaries and site set-up", "14200", 70),
        ("Groundworks and foundations", "22800", 100),
        ("Below-ground drainage", "6400", 100),
        ("Masonry and blockwork", "31500", 100),
        ("Roof structure and covering", "24900", 85),
        ("Windows, bifold and external doors", "18600", 90),
        ("First fix electrical", "9800", 100),
        ("First fix plumbing and heating", "11200", 80),
        ("Plastering and screeds", "8700", 60),
        ("Second fix and decorations", "21300", 15),
        ("Kitchen supply and installation", "17000", 0),
    ]
    vals = [(a, D(v), p, q2(D(v) * p / 100)) for a, v, p in sched]
    cols = [
        ("Ref", 11 * mm, "l"),
        ("Element", 76 * mm, "l"),
        ("Contract value", 30 * mm, "r"),
        ("% complete", 23 * mm, "r"),
        ("Value to date", 26 * mm, "r"),
    ]
    rows = [
        [f"{i + 1:02d}", a, "£" + us(v), f"{p}%", "£" + us(vd)]
        for i, (a, v, p, vd) in enumerate(vals)
    ]
    d.t(L, y, "Schedule of works - valuation", "DVB", 10, col=green)
    y = d.table(
        L, y - 16, cols, rows, "DV", 8.5, lead=15, hf="DVB", hfill=rgb("#e3ebe6"), grid=True
    )
    contract = sum(v for _, v, _, _ in vals)
    gross = sum(vd for *_, vd in vals)
    d.t(L + 87 * mm - 3, y - 2, "Totals", "DVB", 8.5, "r")
    d.t(L + 117 * mm - 3, y - 2, "£" + us(contract), "DVB", 8.5, "r")
    d.t(L + 166 * mm - 3, y - 2, "£" + us(gross), "DVB", 8.5, "r")
    d.t(
        L,
        32 * mm,
        "Continued overleaf - valuation summary and payment details.",
        "DVSI",
        8.5,
        col=GREY,
    )
    d.page()
    letterhead(2)
    y = H - 46 * mm
    d.t(L, y, f"Invoice {no}  -  Application No. 4  -  Job J-1184", "DVB", 10)
    y -= 26
    ret = -q2(gross * D("0.05"))
    prev = D("-98760.00")
    net = gross + ret + prev
    vat = q2(net * D("0.20"))
    total = net + vat
    summ = [
        ("Gross value of work completed to date", "£" + us(gross)),
        ("Less retention withheld at 5%", "(£" + us(-ret) + ")"),
        ("Net valuation to date", "£" + us(gross + ret)),
        ("Less previously certified (Applications 1-3)", "(£" + us(-prev) + ")"),
        ("Amount due this application (excl. VAT)", "£" + us(net)),
        ("VAT @ 20%", "£" + us(vat)),
        ("TOTAL NOW DUE", "£" + us(total)),
    ]
    for i, (a, b) in enumerate(summ):
        bold = i in (4, 6)
        if i in (2, 4, 6):
            d.hline(L, R, y + 11, 0.8 if i == 6 else 0.4)
        d.t(L + 2, y, a, "DVB" if bold else "DV", 10 if i == 6 else 9.5)
        d.t(R - 2, y, b, "DVB" if bold else "DV", 10 if i == 6 else 9.5, "r")
        y -= 19
    y -= 14
    d.para(
        L,
        y,
        "Retention: half of the retention (2.5%) becomes due at practical completion and the balance at the end of the 6-month rectification period. Retention is not invoiced here and will be billed separately when released.",
        "DV",
        8.5,
        R - L,
    )
    y -= 54
    d.t(L, y, "Payment details", "DVB", 9.5, col=green)
    for i, ln in enumerate(
        [
            "Please pay within 28 days of the invoice date, quoting the invoice number.",
            "Bank: Lloyds Bank plc   Sort code: 30-96-26   Account: 41877302",
            "Account name: Harcourt & Lyle Builders Ltd",
        ]
    ):
        d.t(L, y - 14 - i * 12, ln, "DV", 8.5)
    items = [
        item("Gross value of work completed to date", 1, gross),
        item("Less retention 5%", 1, ret),
        item("Less previously certified (Applications 1-3)", 1, prev),
    ]
    t = truth(
        number=no,
        date="2026-02-27",
        due="2026-03-27",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="2 pages; progress billing: page 1 shows contract sum and value to date (large numbers that are not the invoice amount), page 2 deducts 5% retention and previous applications; net = amount due this application; job no. / PO / application no. near invoice no.",
    )
    return d.finish(), t, [no, "£" + us(total), "£" + us(net)]


def hand(d, x, y, s, sz, rng, a="l", f="DVO", ink=(0.1, 0.15, 0.55)):
    """Handwriting-like run: per-glyph jitter in size, baseline and angle, ballpoint blue."""
    w = d.width(s, f, sz) * 1.04
    x0 = x if a == "l" else (x - w if a == "r" else x - w / 2)
    d._claim(x0, y - 0.35 * sz, x0 + w, y + 0.9 * sz, s)
    c = d.c
    c.setFillColorRGB(*ink)
    xx = x0
    for ch in s:
        s2 = sz * rng.uniform(0.93, 1.07)
        c.saveState()
        c.translate(xx, y + rng.uniform(-0.6, 0.6))
        c.rotate(rng.uniform(-5, 5))
        c.setFont(f, s2)
        c.drawString(0, 0, ch)
        c.restoreState()
        xx += d.width(ch, f, sz) * 1.04
    c.setFillColorRGB(0, 0, 0)


# ---------------------------------------------------------------- i05 US plumber carbon copy (scan)
@doc(
    "i05",
    "scan",
    "US",
    "plumber's handwritten carbon-copy invoice",
    dpi=200,
    scan={
        "grey": False,
        "blur": 0.9,
        "skew": 1.6,
        "noise": 7,
        "specks": 90,
        "tint": (200, 245, 255),
        "contrast": 0.9,
    },
)
def i05(name, rng):
    W, H = letter
    d = Doc(W, H, name)
    vendor = "KOWALCZYK PLUMBING & HEATING LLC"
    no = "04837"
    L, R = 0.6 * 72, W - 0.6 * 72
    red = rgb("#b0202a")
    d.t(L, H - 50, "KOWALCZYK", "DVSB", 22)
    d.t(L, H - 64, "PLUMBING & HEATING LLC", "DVS", 10, cs=1.5)
    for i, ln in enumerate(
        ["1418 Brownsville Road", "Pittsburgh, PA 15210", "(412) 884-3071  ·  PA HIC #PA117402"]
    ):
        d.t(L, H - 80 - i * 10, ln, "DV", 8)
    d.t(R, H - 48, "INVOICE", "DVB", 16, "r")
    d.t(R - 60, H - 72, "No.", "DV", 10, "r")
    d.t(R, H - 72, no, "DVMB", 14, "r", red)
    d.t(R - 150, H - 98, "DATE", "DV", 8)
    d.hline(R - 125, R, H - 100, 0.5)
    hand(d, R - 120, H - 97, "3/14/26", 12, rng)
    y = H - 130
    d.rect(L, y - 70, (R - L) / 2 - 6, 80, stroke=0.8)
    d.rect(L + (R - L) / 2 + 6, y - 70, (R - L) / 2 - 6, 80, stroke=0.8)
    d.t(L + 4, y, "SOLD TO", "DVB", 7.5)
    d.t(L + (R - L) / 2 + 10, y, "JOB LOCATION / JOB NO.", "DVB", 7.5)
    for i, ln in enumerate(["Linda Marchetti", "227 Sylvan Ave", "Pittsburgh PA 15210"]):
        hand(d, L + 8, y - 18 - i * 17, ln, 12, rng)
    for i, ln in enumerate(["same", "Job # 26-0311  basement"]):
        hand(d, L + (R - L) / 2 + 14, y - 18 - i * 17, ln, 12, rng)
    y -= 92
    cols = [
        ("QTY", 40, "c"),
        ("MATERIAL / DESCRIPTION OF WORK", 300, "l"),
        ("PRICE", 75, "r"),
        ("AMOUNT", R - L - 415, "r"),
    ]
    d.rect(L, y - 6, R - L, 18, fill=rgb("#e6e6e6"), stroke=0.8)
    xx = L
    for ti, cw, _al in cols:
        d.t(xx + cw / 2, y, ti, "DVB", 7.5, "c")
        xx += cw
    mats = [
        ("1", "50 gal gas water heater Bradford White", "1189.00"),
        ("1", "gas flex conn. 3/4 + shutoff", "38.50"),
        ("2", "3/4 dielectric unions", "14.75"),
        ("1", "expansion tank 2 gal", "62.00"),
        ("1", "T&P relief valve + drain pipe", "31.40"),
        ("1", "misc fittings / solder / tape", "24.60"),
    ]
    items = [item(b, a, p) for a, b, p in mats]
    rows_y = y - 22
    nrows = 14
    for r in range(nrows):
        yy = rows_y - r * 19
        d.hline(L, R, yy - 6, 0.4, GREY)
    xx = L
    for _, cw, _ in cols[:-1]:
        xx += cw
        d.c.line(xx, y - 6, xx, rows_y - (nrows - 1) * 19 - 6)
    d.rect(
        L,
        rows_y - (nrows - 1) * 19 - 6,
        R - L,
        y + 12 - (rows_y - (nrows - 1) * 19 - 6),
        stroke=0.8,
    )
    for r, ((a, b, p), it) in enumerate(zip(mats, items, strict=False)):
        yy = rows_y - r * 19
        hand(d, L + 20, yy - 2, a, 11, rng, "c")
        hand(d, L + 46, yy - 2, b, 11, rng)
        hand(d, L + 411, yy - 2, us(D(p)), 11, rng, "r")
        hand(d, R - 6, yy - 2, us(it.amount), 11, rng, "r")
    mat_sum = sum(it.amount for it in items)
    lab = item("LABOR remove old + install new, test", D("3.5"), "95.00")
    haul = item("haul away old tank", 1, "45.00")
    r0 = len(mats) + 1
    hand(d, L + 20, rows_y - r0 * 19 - 2, "3.5", 11, rng, "c")
    hand(d, L + 46, rows_y - r0 * 19 - 2, "LABOR remove old + install new, test", 11, rng)
    hand(d, L + 411, rows_y - r0 * 19 - 2, "95/hr", 11, rng, "r")
    hand(d, R - 6, rows_y - r0 * 19 - 2, us(lab.amount), 11, rng, "r")
    hand(d, L + 46, rows_y - (r0 + 1) * 19 - 2, "haul away old tank", 11, rng)
    hand(d, R - 6, rows_y - (r0 + 1) * 19 - 2, us(haul.amount), 11, rng, "r")
    tax = q2(mat_sum * D("0.07"))
    net = mat_sum + lab.amount + haul.amount
    total = net + tax
    yb = rows_y - (nrows - 1) * 19 - 30
    labels = [
        ("TOTAL MATERIALS", us(mat_sum)),
        ("LABOR", us(lab.amount + haul.amount)),
        ("SALES TAX (7% on materials)", us(tax)),
        ("TOTAL", us(total)),
    ]
    for i, (a, b) in enumerate(labels):
        yy = yb - i * 22
        d.t(R - 110, yy, a, "DVB", 8, "r")
        d.rect(R - 100, yy - 7, 100, 19, stroke=0.7)
        hand(d, R - 6, yy - 1, b, 12 if i == 3 else 11, rng, "r")
    d.t(L, yb, "Terms: payment due upon completion. Thank you!", "DVO", 8)
    d.t(L, yb - 22, "Work completed by:", "DV", 8)
    hand(d, L + 85, yb - 22, "Tomasz K.", 12, rng)
    d.t(L, yb - 44, "Paid:  [ ] Cash   [x] Check #", "DV", 8)
    hand(d, L + 126, yb - 44, "3318", 11, rng)
    d.t(W / 2, 26, "CUSTOMER COPY", "DVB", 8, "c", red)
    t = truth(
        number=no,
        date="2026-03-14",
        due=None,
        vendor=vendor,
        amount=net,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=[*items, lab, haul],
        note="yellow carbon-copy form, handwritten-style entries; pre-printed red form number is the invoice number; job number handwritten; sales tax on materials only; labour and haul-away summed in one LABOR box",
    )
    return d.finish(), t, [no, us(total)]


# ---------------------------------------------------------------- i06 PL electrical wholesaler
@doc("i06", "pdf", "PL", "electrical wholesaler VAT invoice")
def i06(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "Hurtownia Elektryczna VOLTEX Sp. z o.o."
    no = "FV/0318/02/2026"
    L, R = 15 * mm, W - 15 * mm
    d.t(L, H - 22 * mm, "VOLTEX", "DVCB", 26, col=rgb("#f0a800"))
    d.t(L + 47 * mm, H - 22 * mm, "hurtownia elektryczna", "DVC", 11)
    d.t(R, H - 15 * mm, "Miejsce wystawienia: Poznań", "DV", 8, "r")
    d.t(R, H - 19.5 * mm, "Data wystawienia: 2026-02-17", "DV", 8, "r")
    d.t(R, H - 24 * mm, "Data sprzedaży: 2026-02-16", "DV", 8, "r")
    y = H - 36 * mm
    d.rect(L, y - 7, R - L, 20, fill=rgb("#f3f3f3"), stroke=0.5)
    d.t(W / 2, y, f"Faktura VAT nr {no}", "DVB", 13, "c")
    y -= 22
    half = (R - L) / 2
    d.t(L, y, "Sprzedawca:", "DVB", 8.5)
    d.t(L + half + 5, y, "Nabywca:", "DVB", 8.5)
    s_lines = [vendor, "ul. Głogowska 214", "60-104 Poznań", "NIP: 779-241-58-63", "BDO: 000147882"]
    b_lines = [
        "ELMONT Instalacje Marek Wiśniewski",
        "ul. Kościuszki 41/3",
        "62-030 Luboń",
        "NIP: 777-302-11-49",
        "Nr klienta: K/08813",
    ]
    for i, (a, b) in enumerate(zip(s_lines, b_lines, strict=False)):
        d.t(L, y - 12 - i * 10.5, a, "DV", 8.5)
        d.t(L + half + 5, y - 12 - i * 10.5, b, "DV", 8.5)
    y -= 75
    lines = [
        ("Przewód YDYp 3x2,5 450/750V (krążek 100 m)", 3, "kpl", "289.00"),
        ("Przewód YDYp 3x1,5 450/750V (krążek 100 m)", 4, "kpl", "182.50"),
        ("Wyłącznik nadprądowy S301 B16 6kA", 18, "szt", "14.90"),
        ("Wyłącznik różnicowoprądowy 4P 40A 30mA typ A", 2, "szt", "168.00"),
        ("Rozdzielnica natynkowa 3x12 IP40", 1, "szt", "214.30"),
        ("Puszka podtynkowa fi60 głęboka", 60, "szt", "1.12"),
        ("Gniazdo podwójne z uziemieniem białe", 24, "szt", "18.75"),
        ("Łącznik jednobiegunowy biały", 14, "szt", "11.40"),
        ("Rura karbowana RKGL 20 (zwój 50 m)", 4, "kpl", "46.80"),
        ("Złączka WAGO 221-413 (op. 50 szt.)", 3, "op", "52.90"),
        ("Oprawa LED hermetyczna 36W 4000K", 8, "szt", "64.20"),
        ("Listwa zaciskowa N/PE 12-tor", 2, "szt", "23.60"),
    ]
    items = [item(a, q, p) for a, q, u, p in lines]
    cols = [
        ("Lp.", 8 * mm, "c"),
        ("Nazwa towaru / usługi", 80 * mm, "l"),
        ("Ilość", 12 * mm, "r"),
        ("J.m.", 10 * mm, "c"),
        ("Cena netto", 22 * mm, "r"),
        ("Wartość netto", 24 * mm, "r"),
        ("VAT", 10 * mm, "r"),
        ("Wartość brutto", 14 * mm + 1, "r"),
    ]
    cols[-1] = ("Brutto", R - L - sum(c[1] for c in cols[:-1]), "r")
    rows = [
        [str(i + 1), a, str(q), u, sp(D(p)), sp(it.amount), "23%", sp(q2(it.amount * D("1.23")))]
        for i, ((a, q, u, p), it) in enumerate(zip(lines, items, strict=False))
    ]
    y = d.table(L, y, cols, rows, "DVC", 7.8, lead=13.5, hf="DVCB", grid=True, hfill=rgb("#e8e8e8"))
    net = sum(it.amount for it in items)
    vat = q2(net * D("0.23"))
    total = net + vat
    y -= 18
    x0 = R - 95 * mm
    scols = [
        ("Stawka VAT", 22 * mm, "c"),
        ("Wartość netto", 25 * mm, "r"),
        ("Kwota VAT", 22 * mm, "r"),
        ("Wartość brutto", 26 * mm, "r"),
    ]
    y = d.table(
        x0,
        y,
        scols,
        [["23%", sp(net), sp(vat), sp(total)], ["Razem", sp(net), sp(vat), sp(total)]],
        "DVC",
        8.5,
        lead=14,
        hf="DVCB",
        grid=True,
    )
    y -= 14
    d.t(L, y, f"Do zapłaty: {sp(total)} PLN", "DVB", 12)
    d.t(L, y - 16, "Sposób płatności: przelew, termin płatności: 14 dni (2026-03-03)", "DV", 8.5)
    d.t(L, y - 28, "Numer konta: PKO BP 41 1020 4027 0000 1302 1187 4456", "DV", 8.5)
    d.t(L, y - 40, "Uwagi: zamówienie nr ZK/2026/0977, wydanie WZ 2281/02/2026", "DV", 8.5)
    yy = 42 * mm
    d.hline(L + 5 * mm, L + 65 * mm, yy, 0.5, dash=(1, 1.5))
    d.hline(R - 65 * mm, R - 5 * mm, yy, 0.5, dash=(1, 1.5))
    d.t(L + 35 * mm, yy - 9, "Osoba upoważniona do odbioru", "DV", 7, "c", GREY)
    d.t(R - 35 * mm, yy - 9, "Osoba upoważniona do wystawienia", "DV", 7, "c", GREY)
    d.t(
        W / 2,
        12 * mm,
        "Sąd Rejonowy Poznań - Nowe Miasto i Wilda, VIII Wydział Gospodarczy KRS 0000418237, kapitał zakładowy 250 000 zł",
        "DV",
        6.5,
        "c",
        GREY,
    )
    t = truth(
        number=no,
        date="2026-02-17",
        due="2026-03-03",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Polish Faktura VAT, 12 lines with per-line gross column; VAT computed on the total (per-line gross values do not sum to the total exactly); space thousands / decimal comma; sale date differs from issue date; order and WZ numbers in remarks",
    )
    return d.finish(), t, [no, sp(total) + " PLN"]


# ---------------------------------------------------------------- i07 AT vet clinic (scan)
@doc(
    "i07",
    "scan",
    "AT",
    "veterinary clinic invoice",
    dpi=180,
    scan={"grey": False, "blur": 0.6, "skew": 0.7, "noise": 5, "specks": 30},
)
def i07(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "Tierarztpraxis Dr. Sabine Hofer"
    no = "2026/00219"
    L, R = 22 * mm, W - 22 * mm
    teal = rgb("#1f7a7a")
    d.c.setFillColor(teal)
    d.c.circle(W / 2, H - 22 * mm, 8 * mm, stroke=0, fill=1)
    d.c.setFillColorRGB(0, 0, 0)
    d.t(W / 2, H - 24.3 * mm, "+", "DVB", 22, "c", WHITE)
    d.t(W / 2, H - 36 * mm, "Tierarztpraxis Dr. Sabine Hofer", "DVS", 15, "c", teal)
    d.t(W / 2, H - 41.5 * mm, "Kleintiere  ·  Röntgen  ·  Labor  ·  Zahnheilkunde", "DV", 8, "c")
    d.t(
        W / 2,
        H - 46 * mm,
        "Linzer Straße 62, 4600 Wels  ·  Tel. 07242 21 488  ·  UID ATU 68411027",
        "DV",
        7.5,
        "c",
        GREY,
    )
    y = H - 62 * mm
    for i, ln in enumerate(["Frau", "Mag. Verena Pichler", "Römerstraße 9/2", "4614 Marchtrenk"]):
        d.t(L, y - i * 12, ln, "DV", 10)
    meta = [
        ("Rechnung Nr.", no),
        ("Datum", "05.03.2026"),
        ("Kunden-Nr.", "K-3391"),
        ("Patient", "Bello (Labrador, m, 6 J.)"),
        ("Chip-Nr.", "040098100512377"),
    ]
    for i, (a, b) in enumerate(meta):
        d.t(R - 70 * mm, y - i * 12, a, "DV", 8.5, col=GREY)
        d.t(R, y - i * 12, b, "DVB" if i == 0 else "DV", 8.5, "r")
    y -= 75
    d.t(L, y, "RECHNUNG", "DVSB", 14, col=teal)
    y -= 20
    lines = [
        ("05.03.", "Allgemeine Untersuchung, Konsultation", 1, "38.00"),
        ("05.03.", "Impfung Nobivac DHPPi + L4", 1, "52.50"),
        ("05.03.", "Tollwutimpfung inkl. EU-Heimtierausweis Eintrag", 1, "34.00"),
        ("05.03.", "Blutabnahme und Blutbild (großes Profil)", 1, "89.00"),
        ("05.03.", "Ohrreinigung beidseits", 1, "18.00"),
        ("05.03.", "Surolan Ohrentropfen 15 ml", 1, "21.90"),
        ("05.03.", "Drontal Plus Tabletten XL", 2, "8.40"),
    ]
    items = [item(b, q, p) for a, b, q, p in lines]
    cols = [
        ("Datum", 16 * mm, "l"),
        ("Leistung / Medikament", 90 * mm, "l"),
        ("Menge", 15 * mm, "r"),
        ("Einzelpreis", 21 * mm, "r"),
        ("Betrag", R - L - 142 * mm, "r"),
    ]
    rows = [
        [a, b, str(q), eu(D(p)), eu(it.amount)]
        for (a, b, q, p), it in zip(lines, items, strict=False)
    ]
    y = d.table(L, y, cols, rows, "DV", 8.5, lead=15, hf="DVB", line=True)
    d.hline(L, R, y + 9, 0.5)
    net = sum(it.amount for it in items)
    vat = q2(net * D("0.20"))
    total = net + vat
    y -= 8
    y = _totals(
        d,
        R - 70 * mm,
        R - 2,
        y,
        [
            ("Summe netto", "€ " + eu(net)),
            ("USt. 20 %", "€ " + eu(vat)),
            ("Gesamtbetrag", "€ " + eu(total)),
        ],
        sz=9.5,
    )
    y -= 14
    d.t(L, y, "Betrag dankend erhalten - bezahlt mit Bankomatkarte am 05.03.2026.", "DVO", 9)
    d.t(L, y - 14, "Nächste Impfung fällig: 03/2027. Gute Besserung für Bello!", "DV", 9)
    _footer(
        d,
        [
            ["Bankverbindung: Oberbank Wels", "IBAN AT52 1500 0007 2114 8830"],
            [
                "Ordinationszeiten: Mo-Fr 8-11 und 16-19 Uhr",
                "Notdienst nach telefonischer Vereinbarung",
            ],
        ],
        y=16 * mm,
    )
    t = truth(
        number=no,
        date="2026-03-05",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="colour scan; vet letterhead centred; patient chip number (15 digits) and customer no. beside the invoice no.; paid by card at the counter, no due date; 'Nächste Impfung 03/2027' is not a due date",
    )
    return d.finish(), t, [no, "€ " + eu(total)]


# ---------------------------------------------------------------- i08 SE physiotherapy, tax exempt (image-only PDF)
@doc(
    "i08",
    "imgpdf",
    "SE",
    "physiotherapy invoice, VAT-exempt medical care",
    dpi=200,
    scan={"grey": True, "blur": 0.7, "skew": -0.6, "noise": 5, "specks": 25},
)
def i08(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "Fysiokliniken Södermalm AB"
    no = "10584"
    L, R = 20 * mm, W - 20 * mm
    d.t(L, H - 25 * mm, "fysiokliniken", "DVXL", 24)
    d.t(L + 57 * mm, H - 25 * mm, "södermalm", "DVB", 24)
    d.t(R, H - 18 * mm, "FAKTURA", "DVB", 15, "r")
    y = H - 40 * mm
    meta = [
        ("Fakturanummer", no),
        ("Fakturadatum", "2026-03-10"),
        ("Förfallodatum", "2026-04-09"),
        ("Kundnummer", "3317"),
        ("OCR-nummer", "1058420263"),
        ("Er referens", "Anna Lindqvist, leg. fysioterapeut"),
    ]
    for i, (a, b) in enumerate(meta):
        d.t(R - 85 * mm, y - i * 12, a, "DV", 8.5)
        d.t(R, y - i * 12, b, "DVB" if i in (0, 2) else "DV", 8.5, "r")
    for i, ln in enumerate(["Johan Ek", "Tjärhovsgatan 18 lgh 1102", "116 21 Stockholm"]):
        d.t(L, y - 20 - i * 12.5, ln, "DV", 10)
    y -= 100
    lines = [
        ("2026-02-12  Nybesök fysioterapi 60 min", 1, "950.00"),
        ("2026-02-19  Återbesök fysioterapi 30 min", 1, "650.00"),
        ("2026-02-26  Återbesök fysioterapi 30 min", 1, "650.00"),
        ("2026-03-05  Återbesök med chockvågsbehandling", 1, "850.00"),
        ("Individuellt träningsprogram (app)", 1, "150.00"),
    ]
    items = [item(a, q, p) for a, q, p in lines]
    cols = [
        ("Beskrivning", 110 * mm, "l"),
        ("Antal", 18 * mm, "r"),
        ("À-pris", 22 * mm, "r"),
        ("Belopp", R - L - 150 * mm, "r"),
    ]
    rows = [
        [a, str(q), sp(D(p)), sp(it.amount)] for (a, q, p), it in zip(lines, items, strict=False)
    ]
    y = d.table(L, y, cols, rows, "DV", 9, lead=16, hf="DVB", line=True)
    total = sum(it.amount for it in items)
    d.hline(L, R, y + 10, 0.5)
    y -= 10
    d.t(R - 70 * mm, y, "Summa", "DV", 10)
    d.t(R - 2, y, sp(total) + " kr", "DV", 10, "r")
    d.t(R - 70 * mm, y - 18, "Att betala", "DVB", 12)
    d.t(R - 2, y - 18, sp(total) + " kr", "DVB", 12, "r")
    y -= 50
    d.para(
        L,
        y,
        "Momsfri tjänst: hälso- och sjukvård är undantagen från mervärdesskatt enligt mervärdesskattelagen. Ingen moms debiteras.",
        "DVO",
        8.5,
        R - L,
    )
    d.para(
        L,
        y - 26,
        "Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen samt påminnelseavgift 60 kr.",
        "DV",
        8,
        R - L,
    )
    d.rect(L, 20 * mm, R - L, 16 * mm, stroke=0.5)
    foot = [
        ("Bankgiro", "5421-8807"),
        ("Org.nr", "559218-4471"),
        ("Adress", "Götgatan 96, 118 62 Stockholm"),
        ("Telefon", "08-641 22 90"),
    ]
    for i, (a, b) in enumerate(foot):
        x = L + 3 * mm + (0, 30, 62, 128)[i] * mm
        d.t(x, 31 * mm, a, "DV", 7, col=GREY)
        d.t(x, 25 * mm, b, "DV", 8)
    d.t(L, 14 * mm, "Fysiokliniken Södermalm AB  ·  Godkänd för F-skatt", "DV", 7, col=GREY)
    t = truth(
        number=no,
        date="2026-03-10",
        due="2026-04-09",
        vendor=vendor,
        amount=total,
        vat=None,
        total=total,
        currency="SEK",
        locale="sv-SE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="image-only PDF; VAT-exempt physiotherapy (exemption sentence, no VAT line): vat null, amount = total; OCR payment reference and customer no. next to the invoice no.; treatment dates inside descriptions",
    )
    return d.finish(), t, [no, sp(total) + " kr"]


# ---------------------------------------------------------------- i09 IN pharma wholesaler
@doc("i09", "pdf", "IN", "pharmacy wholesaler GST tax invoice")
def i09(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "SHREE GANESH PHARMA DISTRIBUTORS PVT. LTD."
    no = "SGPD/25-26/08741"
    L, R = 12 * mm, W - 12 * mm
    d.rect(L, H - 40 * mm, R - L, 30 * mm, stroke=0.8)
    d.t(W / 2, H - 17 * mm, "TAX INVOICE", "DVB", 10, "c")
    d.t(W / 2, H - 24 * mm, vendor.upper(), "DVB", 13, "c", rgb("#8a1c1c"))
    d.t(
        W / 2,
        H - 29 * mm,
        "Shop 7-9, Ganesh Chambers, Bhiwandi Road, Kalyan (W) - 421301, Maharashtra",
        "DV",
        7.5,
        "c",
    )
    d.t(
        W / 2,
        H - 33 * mm,
        "GSTIN: 27AAFCS4412K1Z8   D.L. No.: MH-TZ5-20B-118244 / 21B-118245   Ph: 0251-2314577",
        "DV",
        7.5,
        "c",
    )
    d.t(W / 2, H - 37 * mm, "State: Maharashtra (27)", "DV", 7.5, "c")
    y = H - 45 * mm
    d.t(L + 2, y, "Bill To:", "DVB", 8)
    for i, ln in enumerate(
        [
            "Lifeline Medical & General Stores",
            "12, Station Road, Ulhasnagar - 421003",
            "GSTIN: 27ABKPL7731Q1ZS   D.L. No.: MH-TZ5-20B-99012",
            "Party Code: LMS-044",
        ]
    ):
        d.t(L + 2, y - 10 - i * 9.5, ln, "DV", 7.8)
    meta = [
        ("Invoice No.", no),
        ("Invoice Date", "14-Mar-2026"),
        ("Due Date", "13-Apr-2026"),
        ("Order No.", "PO-LMS-3318"),
        ("Salesman", "R. Patil"),
        ("Route", "KLY-04"),
    ]
    for i, (a, b) in enumerate(meta):
        d.t(R - 70 * mm, y - i * 9.5, a, "DV", 7.8)
        d.t(R - 2, y - i * 9.5, b, "DVB" if i == 0 else "DV", 7.8, "r")
    y -= 62
    prods = [
        ("Pantocid DSR Cap", "15's", "300490", "PD5A112", "08/27", 30, "236.50", "168.93"),
        ("Dolo 650 Tab", "15's", "300490", "DOBS3410", "11/27", 100, "33.60", "24.00"),
        ("Augmentin 625 Duo Tab", "10's", "300410", "AG2K019", "06/27", 20, "223.00", "159.29"),
        ("Telma 40 Tab", "30's", "300490", "TL40E88", "02/28", 25, "264.00", "188.57"),
        ("Glycomet GP 2 Tab", "15's", "300490", "GG2C556", "09/27", 40, "185.40", "132.43"),
        ("Azithral 500 Tab", "5's", "300420", "AZ5N207", "05/27", 30, "118.80", "84.86"),
        ("Shelcal 500 Tab", "15's", "300450", "SC5T812", "12/27", 40, "124.80", "89.14"),
        ("Cetirizine 10mg Tab", "10's", "300490", "CTZ6091", "04/28", 50, "18.50", "13.21"),
        ("ORS Electral Powder 21.8g", "1's", "300490", "EL21Q77", "10/27", 100, "22.30", "15.93"),
        ("Betadine 5% Solution 100ml", "1's", "300490", "BT100H2", "07/27", 12, "142.00", "101.43"),
    ]
    disc = D("0.05")
    items = []
    rows = []
    taxable_sum = Decimal(0)
    for i, (p, pk, hsn, b, e, q, mrp, rate) in enumerate(prods):
        gross = q2(D(q) * D(rate))
        taxable = q2(gross * (1 - disc))
        taxable_sum += taxable
        items.append(item(f"{p} {pk}", q, rate, taxable))
        rows.append(
            [
                str(i + 1),
                p,
                pk,
                hsn,
                b,
                e,
                str(q),
                inr(D(mrp)),
                inr(D(rate)),
                "5.00",
                inr(taxable),
                "5%",
            ]
        )
    cols = [
        ("Sr", 6 * mm, "c"),
        ("Product", 40 * mm, "l"),
        ("Pack", 9 * mm, "c"),
        ("HSN", 12 * mm, "c"),
        ("Batch", 16 * mm, "l"),
        ("Exp", 10 * mm, "c"),
        ("Qty", 9 * mm, "r"),
        ("MRP", 15 * mm, "r"),
        ("Rate", 15 * mm, "r"),
        ("Disc%", 11 * mm, "r"),
        ("Taxable", 20 * mm, "r"),
        ("GST", R - L - 163 * mm, "r"),
    ]
    y = d.table(L, y, cols, rows, "DVC", 7.2, lead=12.5, hf="DVCB", grid=True, hfill=rgb("#f1e4e4"))
    cg = q2(taxable_sum * D("0.025"))
    sg = q2(taxable_sum * D("0.025"))
    gross_total = taxable_sum + cg + sg
    final = q0(gross_total)
    ro = final - gross_total
    y -= 12
    hs = [
        ("HSN", 18 * mm, "l"),
        ("Taxable", 24 * mm, "r"),
        ("CGST 2.5%", 22 * mm, "r"),
        ("SGST 2.5%", 22 * mm, "r"),
    ]
    d.table(
        L,
        y,
        hs,
        [["3004", inr(taxable_sum), inr(cg), inr(sg)]],
        "DVC",
        7.5,
        lead=12,
        hf="DVCB",
        grid=True,
    )
    tr = [
        ("Gross Amount", inr(sum(q2(D(q) * D(r)) for *_, q, _, r in prods))),
        (
            "Less: Trade Discount",
            "-" + inr(sum(q2(D(q) * D(r)) for *_, q, _, r in prods) - taxable_sum),
        ),
        ("Taxable Value", inr(taxable_sum)),
        ("Add: CGST @ 2.5%", inr(cg)),
        ("Add: SGST @ 2.5%", inr(sg)),
        ("Round Off", ("+" if ro >= 0 else "-") + inr(abs(ro))),
        ("NET PAYABLE (₹)", inr(final)),
    ]
    _totals(d, R - 72 * mm, R - 2, y, tr, "DV", "DVB", 8.5, lead=13)
    y -= 46
    d.para(
        L,
        y,
        "Goods once sold will not be taken back without prior intimation. Interest @ 18% p.a. will be charged on payments made after the due date. Subject to Kalyan jurisdiction.",
        "DV",
        7.5,
        105 * mm,
    )
    d.t(R - 2, 40 * mm, "For SHREE GANESH PHARMA DISTRIBUTORS PVT. LTD.", "DVB", 7.5, "r")
    d.t(R - 2, 26 * mm, "Authorised Signatory", "DV", 7.5, "r")
    d.t(L, 26 * mm, "Bank: HDFC Bank, Kalyan  A/c 50200041877312  IFSC HDFC0001187", "DV", 7.5)
    items.append(item("Round Off", 1, ro))
    t = truth(
        number=no,
        date="2026-03-14",
        due="2026-04-13",
        vendor=vendor,
        amount=taxable_sum,
        vat=cg + sg,
        total=final,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items[:-1],
        rounding=ro,
        note="dense pharma GST invoice (batch, expiry, HSN, MRP vs rate, 5% trade discount), CGST+SGST 2.5% each summed as vat, round-off line to whole rupees, Indian digit grouping; order no. and party code near the invoice no.",
    )
    return d.finish(), t, [no, inr(final)]


# ---------------------------------------------------------------- i10 BE roofer, reverse charge (scan)
@doc(
    "i10",
    "scan",
    "BE",
    "roofing contractor invoice, reverse-charge VAT",
    dpi=200,
    scan={"grey": True, "blur": 0.8, "skew": 1.3, "noise": 6, "specks": 50},
)
def i10(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "Dakwerken Peeters BV"
    no = "26/0057"
    L, R = 20 * mm, W - 20 * mm
    c = d.c
    c.setFillColor(rgb("#a33b20"))
    p = c.beginPath()
    p.moveTo(L, H - 30 * mm)
    p.lineTo(L + 14 * mm, H - 16 * mm)
    p.lineTo(L + 28 * mm, H - 30 * mm)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    d.t(L + 33 * mm, H - 24 * mm, "DAKWERKEN PEETERS", "DVB", 17)
    d.t(L + 33 * mm, H - 30 * mm, "platte daken · hellende daken · zink · EPDM", "DV", 8.5)
    d.t(R, H - 16 * mm, "Kempische Steenweg 311", "DV", 8, "r")
    d.t(R, H - 20 * mm, "3500 Hasselt", "DV", 8, "r")
    d.t(R, H - 24 * mm, "BTW BE 0723.418.559", "DV", 8, "r")
    d.t(R, H - 28 * mm, "Erkenning 11.522.874", "DV", 8, "r")
    y = H - 50 * mm
    d.t(R - 80 * mm, y, "Bouwonderneming Claes NV", "DVB", 10)
    for i, ln in enumerate(["Industrieweg 14", "3550 Heusden-Zolder", "BTW BE 0456.789.123"]):
        d.t(R - 80 * mm, y - 13 - i * 12, ln, "DV", 10)
    y -= 62
    d.t(L, y, "FACTUUR", "DVB", 15)
    meta = [
        ("Factuurnr.", no),
        ("Datum", "12/03/2026"),
        ("Vervaldag", "11/04/2026"),
        ("Klantnr.", "C-0142"),
        ("Uw ref.", "Werf Lummen - fase 2"),
        ("Offerte", "OF-25-311"),
    ]
    for i, (a, b) in enumerate(meta):
        x = L + (i % 3) * 58 * mm
        yy = y - 18 - (i // 3) * 13
        d.t(x, yy, a + ":", "DV", 8.5)
        d.t(x + 22 * mm, yy, b, "DVB" if i == 0 else "DV", 8.5)
    y -= 60
    lines = [
        ("Verwijderen bestaande bitumineuze dakbedekking", "m²", D("186"), "9.50"),
        ("Dampscherm + PIR-isolatie 120 mm", "m²", D("186"), "34.80"),
        ("EPDM 1,52 mm volledig verkleefd", "m²", D("186"), "27.40"),
        ("Dakranden aluminium profiel", "lm", D("58.5"), "31.20"),
        ("Regenwaterafvoer + noodoverloop", "st", D("3"), "145.00"),
        ("Afvoer afval, container 10 m³", "st", D("1"), "385.00"),
    ]
    items = [item(a, q, p) for a, u, q, p in lines]
    cols = [
        ("Omschrijving", 92 * mm, "l"),
        ("Eenh.", 14 * mm, "c"),
        ("Hoev.", 18 * mm, "r"),
        ("Eenh.prijs", 22 * mm, "r"),
        ("Totaal", R - L - 146 * mm, "r"),
    ]
    rows = [
        [a, u, eu(q, 1) if q % 1 else str(q), eu(D(p)), eu(it.amount)]
        for (a, u, q, p), it in zip(lines, items, strict=False)
    ]
    y = d.table(L, y, cols, rows, "DV", 8.8, lead=16, hf="DVB", grid=True)
    net = sum(it.amount for it in items)
    vat = Decimal("0.00")
    total = net
    y -= 14
    y = _totals(
        d,
        R - 80 * mm,
        R - 3,
        y,
        [
            ("Totaal excl. btw", "€ " + eu(net)),
            ("Btw 0% - verlegd", "€ " + eu(vat)),
            ("Te betalen", "€ " + eu(total)),
        ],
        sz=10,
    )
    y -= 10
    d.rect(L, y - 24, R - L, 30, stroke=0.8)
    d.t(
        L + 4,
        y - 4,
        "Verlegging van heffing - btw te voldoen door de medecontractant, art. 51, §2, 5° W.Btw.",
        "DVB",
        8.5,
    )
    d.t(L + 4, y - 17, "Autoliquidation - TVA due par le cocontractant.", "DVO", 8.5)
    y -= 50
    d.t(
        L,
        y,
        "Gelieve te betalen op BE71 0689 0412 5569 (BIC GKCCBEBB) met gestructureerde mededeling",
        "DV",
        8.5,
    )
    d.t(L, y - 14, "+++126/0057/00483+++", "DVMB", 10)
    d.t(
        W / 2,
        14 * mm,
        "Dakwerken Peeters BV - RPR Antwerpen, afdeling Hasselt - Onze algemene voorwaarden zijn van toepassing.",
        "DVO",
        7,
        "c",
        GREY,
    )
    t = truth(
        number=no,
        date="2026-03-12",
        due="2026-04-11",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-BE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="grey scan; B2B reverse charge: VAT line printed as 0,00 (keyed vat 0.00) with the Belgian reverse-charge sentence; structured payment message +++...+++ and offer / customer numbers near the invoice no.; dd/mm/yyyy",
    )
    return d.finish(), t, [no, "€ " + eu(total)]


# ---------------------------------------------------------------- i11 CA marketplace seller invoice
@doc("i11", "pdf", "CA", "e-commerce marketplace invoice issued for a third-party seller")
def i11(name, rng):
    W, H = letter
    d = Doc(W, H, name)
    vendor = "Bellwood Auto Accessories Inc."
    no = "BAA-CA-2026-11873"
    L, R = 0.65 * 72, W - 0.65 * 72
    d.t(L, H - 52, "shopnorth", "DVB", 24, col=rgb("#0b5cab"))
    d.t(L + d.width("shopnorth", "DVB", 24) + 4, H - 52, ".ca", "DV", 24, col=rgb("#f29f05"))
    d.t(R, H - 44, "Invoice", "DV", 18, "r")
    d.t(R, H - 58, "Page 1 of 1", "DV", 7.5, "r", GREY)
    y = H - 88
    d.rect(L, y - 52, R - L, 62, fill=rgb("#f2f6fb"), stroke=0)
    d.t(L + 8, y - 2, "Sold by", "DV", 8, col=GREY)
    d.t(L + 8, y - 16, vendor, "DVB", 10.5)
    d.t(L + 8, y - 28, "88 Steeles Ave W, Unit 12, Concord, ON L4K 2Y1", "DV", 8)
    d.t(L + 8, y - 40, "GST/HST Reg. No. 78421 5530 RT0001", "DV", 8)
    d.t(
        R - 8,
        y - 2,
        "Invoice issued by ShopNorth Marketplace on behalf of the seller",
        "DVO",
        7.5,
        "r",
        GREY,
    )
    info = [
        ("Invoice #", no),
        ("Invoice date", "March 3, 2026"),
        ("Order #", "702-5518834-22019"),
        ("Order date", "March 1, 2026"),
    ]
    for i, (a, b) in enumerate(info):
        d.t(R - 150, y - 16 - i * 11, a, "DV", 8)
        d.t(R - 8, y - 16 - i * 11, b, "DVB" if i == 0 else "DV", 8, "r")
    y -= 80
    d.t(L, y, "Billing address", "DVB", 8.5)
    d.t(L + 230, y, "Shipping address", "DVB", 8.5)
    for i, (a, b) in enumerate(
        zip(
            ["Priya Raman", "41 Cedarbrae Blvd", "Scarborough ON M1J 2K5"],
            ["Priya Raman", "41 Cedarbrae Blvd", "Scarborough ON M1J 2K5"],
            strict=False,
        )
    ):
        d.t(L, y - 12 - i * 11, a, "DV", 8.5)
        d.t(L + 230, y - 12 - i * 11, b, "DV", 8.5)
    y -= 60
    lines = [
        ("WeatherGuard all-season floor liners, front + rear, fits 2021-2025 RAV4", 1, "149.99"),
        ("Dual dash cam 4K front / 1080p rear with 64 GB card", 1, "189.00"),
        ("Microfibre wash mitt + drying towel set", 2, "18.49"),
        ("Tire pressure gauge, digital, backlit", 1, "21.95"),
    ]
    items = [item(a, q, p) for a, q, p in lines]
    cols = [
        ("Description", 300, "l"),
        ("Qty", 40, "r"),
        ("Unit price", 80, "r"),
        ("Amount", R - L - 420, "r"),
    ]
    rows = [
        [a, str(q), "$" + us(D(p)), "$" + us(it.amount)]
        for (a, q, p), it in zip(lines, items, strict=False)
    ]
    y = d.table(L, y, cols, rows, "DVC", 8.5, lead=17, hf="DVCB", hfill=rgb("#e4ecf6"), line=True)
    ship = item("Shipping", 1, "12.99")
    promo = item("Promotion", 1, "-18.90")
    sub = sum(it.amount for it in items)
    net = sub + ship.amount + promo.amount
    hst = q2(net * D("0.13"))
    total = net + hst
    y -= 16
    rows2 = [
        ("Item subtotal", "$" + us(sub)),
        ("Shipping", "$" + us(ship.amount)),
        ("Promotion", "-$" + us(-promo.amount)),
        ("Total before tax", "$" + us(net)),
        ("HST (ON) 13%", "$" + us(hst)),
        ("Invoice total", "CAD $" + us(total)),
    ]
    y = _totals(d, R - 190, R - 4, y, rows2, "DV", "DVB", 9, lead=14)
    y -= 10
    d.t(L, y, "Payment: Visa ending in 4412 - charged March 3, 2026", "DV", 8.5)
    y -= 30
    d.hline(L, R, y, 0.4, GREY)
    d.para(
        L,
        y - 12,
        "This invoice was issued by ShopNorth Marketplace Ltd. (GST/HST 80311 2947 RT0001) on behalf of the seller named above. The seller is responsible for the goods and for the GST/HST charged. Return requests: shopnorth.ca/returns",
        "DV",
        7,
        R - L,
        col=GREY,
    )
    t = truth(
        number=no,
        date="2026-03-03",
        due=None,
        vendor=vendor,
        amount=net,
        vat=hst,
        total=total,
        currency="CAD",
        locale="en-CA",
        layout="invoice",
        dtype="invoice",
        items=[*items, ship, promo],
        note="marketplace invoice: platform wordmark in the header but the vendor is the 'Sold by' seller; two GST/HST numbers (seller and platform); order # next to invoice #; shipping and promo before 13% HST",
    )
    return d.finish(), t, [no, "CAD $" + us(total)]


# ---------------------------------------------------------------- i12 CZ parking operator (photo)
@doc(
    "i12",
    "photo",
    "CZ",
    "parking operator monthly invoice",
    dpi=190,
    photo={"bg": "wood", "long_side": 2200, "quality": 68, "tilt": 0.035, "fold": (0.34, 0.67)},
)
def i12(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "PARKUJ CENTRUM s.r.o."
    no = "2026100342"
    L, R = 18 * mm, W - 18 * mm
    d.rect(L, H - 34 * mm, 18 * mm, 18 * mm, fill=rgb("#0b4da2"), stroke=0)
    d.t(L + 9 * mm, H - 29 * mm, "P", "DVB", 34, "c", WHITE)
    d.t(L + 22 * mm, H - 24 * mm, "PARKUJ CENTRUM", "DVB", 16, col=rgb("#0b4da2"))
    d.t(L + 22 * mm, H - 30 * mm, "parkovací domy Brno", "DV", 9)
    d.t(R, H - 20 * mm, "Faktura - daňový doklad", "DVB", 12, "r")
    d.t(R, H - 27 * mm, f"č. {no}", "DVB", 12, "r")
    y = H - 46 * mm
    half = (R - L) / 2
    d.t(L, y, "Dodavatel", "DVB", 8.5)
    d.t(L + half, y, "Odběratel", "DVB", 8.5)
    sup = [
        vendor,
        "Kounicova 684/10",
        "602 00 Brno",
        "IČO: 07412885",
        "DIČ: CZ07412885",
        "Spisová značka C 108224 KS Brno",
    ]
    cus = [
        "Zubní ordinace Dr. Novotná s.r.o.",
        "Údolní 53",
        "602 00 Brno",
        "IČO: 29301874",
        "DIČ: CZ29301874",
    ]
    for i, ln in enumerate(sup):
        d.t(L, y - 12 - i * 10.5, ln, "DV", 8.5)
    for i, ln in enumerate(cus):
        d.t(L + half, y - 12 - i * 10.5, ln, "DV", 8.5)
    y -= 82
    meta = [
        ("Datum vystavení", "2. 3. 2026"),
        ("Datum uskut. zdaň. plnění", "28. 2. 2026"),
        ("Datum splatnosti", "16. 3. 2026"),
        ("Forma úhrady", "převodem"),
        ("Variabilní symbol", no),
        ("Číslo smlouvy", "NS-2024-0311"),
    ]
    for i, (a, b) in enumerate(meta):
        x = L + (i // 3) * half
        yy = y - (i % 3) * 12
        d.t(x, yy, a + ":", "DV", 8.5)
        d.t(x + half - 8 * mm, yy, b, "DVB" if i in (2, 4) else "DV", 8.5, "r")
    y -= 48
    lines = [
        ("Měsíční parkovací karta - únor 2026, PD Kounicova, stání č. 48", 1, "3200.00"),
        ("Měsíční parkovací karta - únor 2026, PD Kounicova, stání č. 49", 1, "3200.00"),
        ("Vydání náhradní RFID karty", 1, "150.00"),
        ("Jednorázové parkování nad rámec smlouvy (hod.)", 14, "40.00"),
    ]
    items = [item(a, q, p) for a, q, p in lines]
    cols = [
        ("Označení dodávky", 104 * mm, "l"),
        ("Množství", 18 * mm, "r"),
        ("Cena za MJ", 24 * mm, "r"),
        ("Celkem bez DPH", R - L - 146 * mm, "r"),
    ]
    rows = [
        [a, str(q), sp(D(p)), sp(it.amount)] for (a, q, p), it in zip(lines, items, strict=False)
    ]
    y = d.table(L, y, cols, rows, "DVC", 8.5, lead=16, hf="DVCB", hfill=rgb("#dfe8f5"), grid=True)
    net = sum(it.amount for it in items)
    vat = q2(net * D("0.21"))
    total = net + vat
    y -= 14
    rc = [
        ("Sazba DPH", 24 * mm, "l"),
        ("Základ", 30 * mm, "r"),
        ("DPH", 26 * mm, "r"),
        ("Celkem", 30 * mm, "r"),
    ]
    y = d.table(
        R - 110 * mm,
        y,
        rc,
        [["21 %", sp(net), sp(vat), sp(total)]],
        "DV",
        8.5,
        lead=14,
        hf="DVB",
        grid=True,
    )
    y -= 12
    d.rect(R - 110 * mm, y - 8, 110 * mm, 22, fill=rgb("#0b4da2"), stroke=0)
    d.t(R - 107 * mm, y, "Celkem k úhradě", "DVB", 11, col=WHITE)
    d.t(R - 3 * mm, y, sp(total) + " Kč", "DVB", 11, "r", WHITE)
    d.t(L, y - 40, "Bankovní spojení: Komerční banka, č. ú. 115-2284730277/0100", "DV", 8.5)
    d.qr(L, y - 110, 22 * mm, "i12qr")
    d.t(L + 25 * mm, y - 80, "QR Platba", "DV", 7.5, col=GREY)
    d.t(
        W / 2,
        14 * mm,
        "Fakturu vystavil: Ing. Petra Malá  ·  tel. 545 211 480  ·  fakturace@parkujcentrum.cz",
        "DV",
        7,
        "c",
        GREY,
    )
    t = truth(
        number=no,
        date="2026-03-02",
        due="2026-03-16",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="CZK",
        locale="cs-CZ",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="photo of a folded letter; Czech dates '2. 3. 2026' with spaces, tax-point date differs from issue date; variable symbol equals the invoice number; contract no. nearby; space thousands, Kč",
    )
    return d.finish(), t, [no, sp(total) + " Kč"]


# ---------------------------------------------------------------- i13 ZA parts supplier credit note
@doc("i13", "pdf", "ZA", "parts supplier tax credit note")
def i13(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "Highveld Motor Spares (Pty) Ltd"
    no = "CN-004417"
    L, R = 16 * mm, W - 16 * mm
    red = rgb("#c8102e")
    d.rect(0, H - 30 * mm, W, 30 * mm, fill=rgb("#222222"), stroke=0)
    d.t(L, H - 17 * mm, "HIGHVELD", "DVCB", 22, col=WHITE)
    d.t(L, H - 24.5 * mm, "MOTOR SPARES", "DVC", 12, col=red, cs=2)
    d.t(R, H - 13 * mm, "14 Voortrekker Road, Benoni 1501", "DV", 8, "r", WHITE)
    d.t(R, H - 17.5 * mm, "Tel 011 421 8830  ·  sales@hvspares.co.za", "DV", 8, "r", WHITE)
    d.t(R, H - 22 * mm, "VAT No. 4480231947  ·  Reg. 2009/018822/07", "DV", 8, "r", WHITE)
    y = H - 44 * mm
    d.t(L, y, "TAX CREDIT NOTE", "DVB", 16, col=red)
    meta = [
        ("Credit note no.", no),
        ("Date", "2026/03/19"),
        ("Original invoice", "INV-0218836"),
        ("Invoice date", "2026/03/02"),
        ("Account no.", "RIE005"),
        ("Return auth.", "RA-7712"),
    ]
    for i, (a, b) in enumerate(meta):
        d.t(R - 75 * mm, y - i * 11.5, a, "DV", 8.5)
        d.t(R, y - i * 11.5, b, "DVB" if i == 0 else "DV", 8.5, "r")
    d.t(L, y - 22, "Customer", "DVB", 8.5)
    for i, ln in enumerate(
        [
            "Rietfontein Auto Repairs CC",
            "Plot 22, Rietfontein AH",
            "Germiston 1401",
            "Customer VAT No. 4710198342",
        ]
    ):
        d.t(L, y - 34 - i * 11, ln, "DV", 9)
    y -= 95
    d.t(L, y, "Reason: goods returned - incorrect application / surplus stock", "DVO", 9)
    y -= 18
    lines = [
        ("BP-GDB1550", "Brake pad set front (wrong application)", -2, "485.00"),
        ("FL-WOF2283", "Oil filter", -6, "68.50"),
        ("CV-TOY4412", "CV joint outer, Hilux 2.4 GD-6", -1, "1240.00"),
    ]
    items = [item(f"{a} {b}", q, p) for a, b, q, p in lines]
    fee = item("Restocking fee 10% on CV joint", 1, "124.00")
    cols = [
        ("Code", 30 * mm, "l"),
        ("Description", 86 * mm, "l"),
        ("Qty", 14 * mm, "r"),
        ("Unit excl.", 22 * mm, "r"),
        ("Line total", R - L - 152 * mm, "r"),
    ]
    rows = [
        [a, b, str(q), "R " + sp(D(p), dec="."), "-R " + sp(-it.amount, dec=".")]
        for (a, b, q, p), it in zip(lines, items, strict=False)
    ]
    rows.append(
        ["ADMIN", fee.desc, "1", "R " + sp(fee.amount, dec="."), "R " + sp(fee.amount, dec=".")]
    )
    y = d.table(L, y, cols, rows, "DV", 8.5, lead=16, hf="DVB", hfill=rgb("#eeeeee"), line=True)
    d.hline(L, R, y + 9, 0.5)
    net = sum(it.amount for it in items) + fee.amount
    vat = q2(net * D("0.15"))
    total = net + vat
    y -= 12
    y = _totals(
        d,
        R - 80 * mm,
        R - 2,
        y,
        [
            ("Total excl. VAT", "-R " + sp(-net, dec=".")),
            ("VAT 15%", "-R " + sp(-vat, dec=".")),
            ("TOTAL CREDIT", "-R " + sp(-total, dec=".")),
        ],
        sz=10,
    )
    y -= 10
    d.para(
        L,
        y,
        "This credit has been applied to your account RIE005 and will reflect on your March 2026 statement. No cash refund is due. Returns accepted within 30 days in original packaging.",
        "DV",
        8.5,
        R - L,
    )
    _footer(
        d,
        [
            ["Banking: FNB Benoni", "Acc 62814477012  Branch 250655"],
            ["Highveld Motor Spares (Pty) Ltd", "Directors: J. van der Merwe, S. Naidoo"],
        ],
        y=14 * mm,
    )
    t = truth(
        number=no,
        date="2026-03-19",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="ZAR",
        locale="en-ZA",
        layout="invoice",
        dtype="credit_note",
        items=[*items, fee],
        note="credit note keyed with negative amounts (printed with minus signs); original invoice number and RA number printed next to the credit note number; restocking fee is a positive line reducing the credit; 'R 1 234.56' space grouping",
    )
    return d.finish(), t, [no, "-R " + sp(-total, dec=".")]


# ---------------------------------------------------------------- i14 MY car workshop, service tax on labour (scan)
@doc(
    "i14",
    "scan",
    "MY",
    "car workshop invoice, SST service tax on labour only",
    dpi=170,
    scan={"grey": True, "blur": 0.7, "skew": -1.7, "noise": 7, "specks": 70},
)
def i14(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "SINAR JAYA AUTO SERVICE SDN. BHD."
    no = "SJ/INV/26/0391"
    L, R = 15 * mm, W - 15 * mm
    d.t(W / 2, H - 18 * mm, "SINAR JAYA AUTO SERVICE SDN. BHD.", "DVSB", 15, "c")
    d.t(W / 2, H - 23 * mm, "(Reg. No. 201401023456 (1098765-K))", "DVS", 8, "c")
    d.t(
        W / 2,
        H - 27.5 * mm,
        "No. 18, Jalan Perusahaan 3, Taman Industri Bukit Serdang, 43300 Seri Kembangan, Selangor",
        "DV",
        7.8,
        "c",
    )
    d.t(W / 2, H - 31.5 * mm, "Tel: 03-8945 2210   SST Reg. No.: W10-1808-32000123", "DV", 7.8, "c")
    d.hline(L, R, H - 34 * mm, 1.2)
    y = H - 44 * mm
    d.t(W / 2, y, "INVOICE", "DVB", 13, "c")
    y -= 16
    d.rect(L, y - 44, 95 * mm, 54, stroke=0.6)
    for i, ln in enumerate(
        [
            "Customer:",
            "LIM KOK WAH",
            "23, Jalan SK 10/2, Taman Sri Kembangan",
            "43300 Seri Kembangan, Selangor",
            "Tel: 012-338 4179",
        ]
    ):
        d.t(L + 3, y - i * 10, ln, "DVB" if i < 2 else "DV", 8.2)
    meta = [
        ("Invoice No", no),
        ("Date", "24/03/2026"),
        ("Job Card No", "JC-5720"),
        ("Terms", "30 Days"),
        ("Due Date", "23/04/2026"),
    ]
    for i, (a, b) in enumerate(meta):
        d.t(R - 75 * mm, y - i * 10, a, "DV", 8.2)
        d.t(R - 48 * mm, y - i * 10, ":", "DV", 8.2)
        d.t(R - 2, y - i * 10, b, "DVB" if i == 0 else "DV", 8.2, "r")
    y -= 58
    veh = [
        ("Vehicle No", "WXY 4821"),
        ("Make/Model", "Perodua Myvi 1.5 AV"),
        ("Mileage", "87,452 km"),
        ("Chassis No", "PM2M602S001204417"),
    ]
    for i, (a, b) in enumerate(veh):
        x = L + (i % 2) * 92 * mm
        yy = y - (i // 2) * 11
        d.t(x, yy, a + ":", "DVB", 8.2)
        d.t(x + 24 * mm, yy, b, "DV", 8.2)
    y -= 34
    parts = [
        ("P-ENG-0W20-4L", "Engine Oil 0W-20 Fully Synthetic 4L", 1, "168.00"),
        ("P-OF-15601", "Oil Filter 15601-BZ030", 1, "24.00"),
        ("P-BP-04465", "Brake Pad Front Set", 1, "138.00"),
        ("P-WB-24", 'Wiper Blade 24" + 14"', 1, "56.00"),
        ("P-BAT-NS60", "Battery NS60L MF (exchange)", 1, "265.00"),
    ]
    labour = [
        ("L-SVC-B", "Service Labour - Package B", 1, "80.00"),
        ("L-BRK", "Skim Disc Rotor x2 + Replace Pad", 1, "90.00"),
        ("L-DIAG", "OBD Scan & Diagnosis", 1, "50.00"),
    ]
    pit = [item(b, q, p) for a, b, q, p in parts]
    lit = [item(b, q, p) for a, b, q, p in labour]
    cols = [
        ("No", 9 * mm, "c"),
        ("Code", 30 * mm, "l"),
        ("Description", 86 * mm, "l"),
        ("Qty", 12 * mm, "r"),
        ("Unit (RM)", 20 * mm, "r"),
        ("Amount (RM)", R - L - 157 * mm, "r"),
    ]
    d.t(L, y, "PARTS", "DVB", 8.5)
    rows = [
        [str(i + 1), a, b, str(q), us(D(p)), us(it.amount)]
        for i, ((a, b, q, p), it) in enumerate(zip(parts, pit, strict=False))
    ]
    y = d.table(L, y - 12, cols, rows, "DV", 8.2, lead=14, hf="DVB", grid=True)
    ps = sum(it.amount for it in pit)
    d.t(R - 2, y - 2, "Parts Subtotal  " + us(ps), "DVB", 8.2, "r")
    y -= 18
    d.t(L, y, "LABOUR / SERVICES", "DVB", 8.5)
    rows = [
        [str(i + 1), a, b, str(q), us(D(p)), us(it.amount)]
        for i, ((a, b, q, p), it) in enumerate(zip(labour, lit, strict=False))
    ]
    y = d.table(L, y - 12, cols, rows, "DV", 8.2, lead=14, hf="DVB", grid=True)
    ls = sum(it.amount for it in lit)
    d.t(R - 2, y - 2, "Labour Subtotal  " + us(ls), "DVB", 8.2, "r")
    sst = q2(ls * D("0.08"))
    net = ps + ls
    total = net + sst
    y -= 22
    y = _totals(
        d,
        R - 80 * mm,
        R - 2,
        y,
        [
            ("Sub Total (RM)", us(net)),
            ("Service Tax 8% (labour)", us(sst)),
            ("TOTAL (RM)", us(total)),
        ],
        sz=9.5,
    )
    y -= 10
    d.para(
        L,
        y,
        "Parts carry 3 months or 5,000 km warranty. Goods sold are not returnable. Cheques should be crossed and made payable to SINAR JAYA AUTO SERVICE SDN. BHD. Maybank A/C 5123 8841 0772.",
        "DV",
        7.5,
        R - L,
    )
    d.hline(L, L + 60 * mm, 32 * mm, 0.5)
    d.hline(R - 60 * mm, R, 32 * mm, 0.5)
    d.t(L, 28 * mm, "Customer's Signature & Chop", "DV", 7.5)
    d.t(R, 28 * mm, "Authorised Signature", "DV", 7.5, "r")
    t = truth(
        number=no,
        date="2026-03-24",
        due="2026-04-23",
        vendor=vendor,
        amount=net,
        vat=sst,
        total=total,
        currency="MYR",
        locale="en-MY",
        layout="invoice",
        dtype="invoice",
        items=pit + lit,
        note="grey scan; parts and labour blocks each with their own subtotal; 8% service tax on labour only; job card, vehicle no. and chassis no. near the invoice no.; company reg. no. and SST no. in header",
    )
    return d.finish(), t, [no, us(total)]


# ---------------------------------------------------------------- i15 US towing (image-only PDF)
@doc(
    "i15",
    "imgpdf",
    "US",
    "towing / roadside recovery invoice, no sales tax",
    dpi=170,
    scan={"grey": True, "blur": 0.8, "skew": 0.9, "noise": 6, "specks": 40},
)
def i15(name, rng):
    W, H = letter
    d = Doc(W, H, name)
    vendor = "Ridgeline Towing & Recovery, Inc."
    no = "T-26-1402"
    L, R = 0.6 * 72, W - 0.6 * 72
    d.rect(L, H - 88, R - L, 50, fill=rgb("#303030"), stroke=0)
    d.t(L + 10, H - 62, "RIDGELINE", "DVCB", 24, col=rgb("#ffcc00"))
    d.t(L + 10, H - 78, "TOWING & RECOVERY  ·  24/7 ROADSIDE", "DVC", 9, col=WHITE)
    d.t(R - 10, H - 56, "2290 Industrial Pkwy, Boise, ID 83709", "DV", 8, "r", WHITE)
    d.t(R - 10, H - 67, "(208) 555-0147  ·  USDOT 3318427", "DV", 8, "r", WHITE)
    d.t(R - 10, H - 78, "dispatch@ridgelinetow.com", "DV", 8, "r", WHITE)
    y = H - 112
    d.t(L, y, "INVOICE", "DVB", 16)
    meta = [
        ("Invoice #", no),
        ("Invoice Date", "03/27/2026"),
        ("Due Date", "04/26/2026"),
        ("Call #", "88731"),
        ("Motor Club PO", "MC-4471902"),
    ]
    for i, (a, b) in enumerate(meta):
        d.t(R - 160, y - i * 12, a, "DV", 8.5)
        d.t(R, y - i * 12, b, "DVB" if i == 0 else "DV", 8.5, "r")
    for i, ln in enumerate(
        [
            "Bill To:",
            "Gem State Fleet Services LLC",
            "Attn: Accounts Payable",
            "PO Box 8812",
            "Meridian, ID 83680",
        ]
    ):
        d.t(L, y - 22 - i * 11, ln, "DVB" if i == 0 else "DV", 9)
    y -= 100
    d.rect(L, y - 42, R - L, 52, stroke=0.6)
    vi = [
        ("Vehicle", "2019 Ford F-150 XLT, white"),
        ("Plate", "ID 2B 77K41"),
        ("VIN", "1FTEW1EP5KFA40912"),
        ("Pickup", "I-84 EB MM 49, Boise"),
        ("Drop-off", "Treasure Valley Ford, Nampa"),
        ("Odometer", "86,207"),
    ]
    for i, (a, b) in enumerate(vi):
        x = L + 8 + (i % 2) * 260
        yy = y - (i // 2) * 14
        d.t(x, yy, a, "DVB", 8.5)
        d.t(x + 60, yy, b, "DV", 8.5)
    y -= 66
    lines = [
        ("Hook-up / base tow fee (light duty)", 1, "125.00"),
        ("Loaded mileage (miles)", 23, "4.50"),
        ("Winching / recovery (hours)", D("0.5"), "150.00"),
        ("After-hours dispatch fee", 1, "65.00"),
        ("Storage (days)", 2, "45.00"),
        ("Absorbent / fluid clean-up", 1, "28.00"),
    ]
    items = [item(a, q, p) for a, q, p in lines]
    cols = [
        ("Description", 280, "l"),
        ("Qty", 50, "r"),
        ("Rate", 80, "r"),
        ("Amount", R - L - 410, "r"),
    ]
    rows = [
        [a, qs(q), "$" + us(D(p)), "$" + us(it.amount)]
        for (a, q, p), it in zip(lines, items, strict=False)
    ]
    y = d.table(L, y, cols, rows, "DV", 9, lead=17, hf="DVB", grid=True, hfill=rgb("#e2e2e2"))
    total = sum(it.amount for it in items)
    y -= 14
    y = _totals(
        d,
        R - 170,
        R - 4,
        y,
        [
            ("Subtotal", "$" + us(total)),
            ("Sales tax (exempt)", "-"),
            ("Balance Due", "$" + us(total)),
        ],
        sz=10,
    )
    y -= 12
    d.para(
        L,
        y,
        "Towing and storage services are not subject to Idaho sales tax. Net 30. A 1.5% monthly finance charge applies to past-due balances. Storage accrues at $45.00/day from 03/29/2026 until the vehicle is released.",
        "DV",
        8.5,
        R - L,
    )
    d.t(L, 72, "Driver: C. Alvarez   Truck: #14 (Jerr-Dan rollback)", "DV", 8.5)
    d.t(W / 2, 40, "Thank you for choosing Ridgeline!", "DVBO", 10, "c")
    d.t(
        W / 2,
        26,
        "Ridgeline Towing & Recovery, Inc.  ·  Idaho Towing License TR-20417",
        "DV",
        7.5,
        "c",
        GREY,
    )
    t = truth(
        number=no,
        date="2026-03-27",
        due="2026-04-26",
        vendor=vendor,
        amount=total,
        vat=None,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="image-only PDF; no tax charged ('Sales tax (exempt)' with a dash): vat null; call #, motor-club PO, plate, VIN and odometer near the invoice #; MM/DD/YYYY; storage date in terms is not a due date",
    )
    return d.finish(), t, [no, "$" + us(total)]


# ---------------------------------------------------------------- i16 NZ building supplies trade invoice (photo)
@doc(
    "i16",
    "photo",
    "NZ",
    "building / DIY supplies trade tax invoice",
    dpi=180,
    photo={"bg": "granite", "long_side": 2000, "quality": 72, "tilt": 0.04, "light": (0.65, 1.05)},
)
def i16(name, rng):
    W, H = A4
    d = Doc(W, H, name)
    vendor = "Kauri Coast Building Supplies Ltd"
    no = "400219"
    L, R = 14 * mm, W - 14 * mm
    grn = rgb("#2e6b30")
    d.t(L, H - 22 * mm, "KAURI COAST", "DVB", 20, col=grn)
    d.t(L, H - 28 * mm, "BUILDING SUPPLIES", "DV", 10, col=grn, cs=2.5)
    d.t(R, H - 17 * mm, "TAX INVOICE", "DVB", 15, "r")
    d.t(R, H - 23 * mm, "GST No. 112-458-903", "DV", 8.5, "r")
    d.t(R, H - 27.5 * mm, "61 Hokianga Rd, Dargaville 0310  ·  09 439 6021", "DV", 8, "r")
    y = H - 42 * mm
    d.rect(L, y - 30, 90 * mm, 40, stroke=0.5)
    for i, ln in enumerate(["Account: 8821", "Totara Build Co Ltd", "PO Box 214, Dargaville 0340"]):
        d.t(L + 3, y - i * 11, ln, "DVB" if i == 0 else "DV", 9)
    meta = [
        ("Invoice No", no),
        ("Date", "30/03/2026"),
        ("Your Order", "Job: 12 Totara Rd"),
        ("Docket", "D-118402"),
        ("Due", "20/04/2026"),
    ]
    for i, (a, b) in enumerate(meta):
        d.t(R - 75 * mm, y - i * 11, a, "DV", 9)
        d.t(R, y - i * 11, b, "DVB" if i in (0, 4) else "DV", 9, "r")
    y -= 62
    lines = [
        ("T9045H32", "Timber 90x45 H3.2 MSG8 (per m)", D("48"), "m", "6.85"),
        ("T14045H12", "Timber 140x45 H1.2 SG8 (per m)", D("36"), "m", "9.90"),
        ("PLY17CD", "Plywood 17mm CD structural 2400x1200", D("6"), "sht", "89.50"),
        ("GIB10", "GIB Standard 10mm 2400x1200", D("14"), "sht", "27.40"),
        ("NAIL90G", "Framing nails 90x3.15 galv (box 5kg)", D("1"), "box", "74.90"),
        ("SCR10G", "Decking screws 10g x 65 SS (pk 500)", D("2"), "pk", "58.00"),
        ("BUILDW", "Building wrap 1.25 x 30m", D("2"), "roll", "119.00"),
        ("DEL-LOC", "Delivery - local, Hiab", D("1"), "ea", "65.00"),
    ]
    items = [item(b, q, p) for a, b, q, u, p in lines]
    cols = [
        ("Code", 24 * mm, "l"),
        ("Description", 78 * mm, "l"),
        ("Qty", 14 * mm, "r"),
        ("Unit", 12 * mm, "c"),
        ("Price", 22 * mm, "r"),
        ("Extended", R - L - 150 * mm, "r"),
    ]
    rows = [
        [a, b, qs(q), u, us(D(p)), us(it.amount)]
        for (a, b, q, u, p), it in zip(lines, items, strict=False)
    ]
    y = d.table(L, y, cols, rows, "DVC", 8.8, lead=16, hf="DVCB", hfill=rgb("#dfeadf"), line=True)
    sub = sum(it.amount for it in items)
    disc = item("Trade discount 7.5%", 1, -q2((sub - D("65.00")) * D("0.075")))
    net = sub + disc.amount
    gst = q2(net * D("0.15"))
    total = net + gst
    y -= 10
    y = _totals(
        d,
        R - 85 * mm,
        R - 2,
        y,
        [
            ("Subtotal", us(sub)),
            ("Trade discount 7.5%", us(disc.amount)),
            ("Total excl. GST", us(net)),
            ("GST 15%", us(gst)),
            ("TOTAL NZD", "$" + us(total)),
        ],
        sz=9.5,
    )
    y -= 12
    d.para(
        L,
        y,
        "Terms: payment due on the 20th of the month following invoice. Direct credit to ASB 12-3110-0418872-00, reference 8821. Ownership of goods remains with Kauri Coast Building Supplies Ltd until paid in full.",
        "DV",
        8,
        R - L,
    )
    t = truth(
        number=no,
        date="2026-03-30",
        due="2026-04-20",
        vendor=vendor,
        amount=net,
        vat=gst,
        total=total,
        currency="NZD",
        locale="en-NZ",
        layout="invoice",
        dtype="invoice",
        items=[*items, disc],
        note="photo on a stone counter; account no., docket no. and job reference near the invoice no.; trade discount excludes delivery; GST 15% exclusive; dd/mm/yyyy",
    )
    return d.finish(), t, [no, "$" + us(total)]


# ======================================================================== receipts


def rtruth(
    number,
    date,
    vendor,
    amount,
    vat,
    total,
    cur,
    loc,
    items,
    note,
    tip=0,
    rounding=0,
    dtype="receipt",
):
    return truth(
        number=number,
        date=date,
        due=None,
        vendor=vendor,
        amount=amount,
        vat=vat,
        total=total,
        currency=cur,
        locale=loc,
        layout="receipt",
        dtype=dtype,
        items=items,
        note=note,
        tip=tip,
        rounding=rounding,
    )


def incl_tax(gross, rate):
    """VAT contained in a tax-inclusive gross amount."""
    return q2(D(gross) * D(rate) / (100 + D(rate)))


# ---------------------------------------------------------------- r01 MY fuel station (photo)
@doc(
    "r01",
    "photo",
    "MY",
    "fuel station receipt, card payment",
    dpi=230,
    photo={"bg": "desk", "long_side": 1700, "quality": 66, "tilt": 0.04, "fade": (0.75, 1.0)},
)
def r01(name, rng):
    vendor = "SERI DAMAI ENERGY SDN BHD"
    no = "0617-260411-0083"
    r = Roll(76, "DVM", 7.6, name=name)
    r.c("MERU", "DVB", 18)
    r.c("STESEN MINYAK SERI DAMAI", "DVMB", 8)
    r.c(vendor, "DVM", 7.4)
    r.c("(Reg. No. 201801004417 (1264410-A))", "DVM", 6.8)
    r.c("LOT 2114, JALAN KUALA SELANGOR", "DVM", 7)
    r.c("47000 SUNGAI BULOH, SELANGOR", "DVM", 7)
    r.c("TEL: 03-6156 3318", "DVM", 7)
    r.sep()
    r.lr("RECEIPT NO:", no)
    r.lr("DATE: 11/04/2026", "TIME: 18:42:07")
    r.lr("CASHIER: 03 NURUL", "POS: 02")
    r.sep()
    litres, price = D("31.447"), D("3.18")
    fuel = item("RON97", litres, price, D("100.00"))
    r.lr("PUMP 06  RON97", "RM")
    r.lr("  31.447 L x 3.18", us(fuel.amount))
    mw = item("Mineral Water 1.5L", 2, "2.20")
    r.lr("Mineral Water 1.5L  2 x 2.20", us(mw.amount))
    r.sep()
    total = fuel.amount + mw.amount
    r.lr("TOTAL (RM)", us(total), "DVMB", 9)
    r.lr("VISA", us(total))
    r.lr("CHANGE", "0.00")
    r.sep()
    r.lr("CARD NO", "************7719")
    r.lr("APPR CODE", "402118")
    r.lr("TID / MID", "60127744 / 000045521")
    r.sep()
    r.c("MERU Rewards points: +100", "DVM", 7)
    r.c("TERIMA KASIH. SILA DATANG LAGI", "DVMB", 7.4)
    r.c("Thank you. Please come again", "DVM", 7)
    r.barcode(no.replace("-", ""), seed="r01")
    t = rtruth(
        no,
        "2026-04-11",
        vendor,
        total,
        None,
        total,
        "MYR",
        "en-MY",
        [fuel, mw],
        "photo of a fuel docket; pump-preset RM100 fuel (litres to 3 decimals), no tax printed: vat null; brand wordmark MERU differs from the legal seller name",
    )
    return r.render(), t, [no, us(total)]


# ---------------------------------------------------------------- r02 SG pharmacy, GST inclusive
@doc("r02", "pdf", "SG", "pharmacy receipt with prescription line, GST 9% inclusive")
def r02(name, rng):
    vendor = "Wellpoint Pharmacy Pte Ltd"
    no = "S0412-0098831"
    r = Roll(80, "DV", 7.8, name=name)
    r.c("wellpoint", "DVB", 17)
    r.c("PHARMACY", "DV", 8, cs=3)
    r.gap(3)
    r.c(vendor, "DV", 7.5)
    r.c("Blk 203 Toa Payoh North #01-1121, S310203", "DV", 7.2)
    r.c("GST Reg No: M2-0187744-3", "DV", 7.2)
    r.sep("solid")
    r.lr("Receipt: " + no, "12/04/2026 10:17")
    r.lr("Cashier: 0612 HUI LING", "Till 2")
    r.sep("solid")
    its = [
        ("Rx 26-0418 Amoxicillin 500mg caps x21", 1, "18.90"),
        ("Rx 26-0418 Dispensing fee", 1, "5.00"),
        ("Panadol Extra 20s", 1, "7.95"),
        ("Strepsils Orange 24s", 2, "8.40"),
        ("Bandage elastic 7.5cm", 1, "4.60"),
        ("Digital thermometer", 1, "12.90"),
    ]
    items = [item(a, q, p) for a, q, p in its]
    for (a, q, p), it in zip(its, items, strict=False):
        if q > 1:
            r.text(a)
            r.lr(f"   {q} @ {us(D(p))}", us(it.amount))
        else:
            r.lr(a, us(it.amount))
    r.sep()
    total = sum(it.amount for it in items)
    gst = incl_tax(total, 9)
    r.lr(f"{len(items) + 1} item(s)", "")
    r.lr("TOTAL", "S$" + us(total), "DVB", 10)
    r.lr("NETS", us(total))
    r.lr("GST 9% included", us(gst), "DV", 7.2)
    r.sep()
    r.lr("Member: ****5521", "Points +58")
    r.lines(
        "Prescription medicines are not returnable. Please keep this receipt for your medical claims.",
        "c",
        "DV",
        6.8,
    )
    r.qr(18, "r02")
    r.c("Thank you & stay well!", "DVB", 8)
    t = rtruth(
        no,
        "2026-04-12",
        vendor,
        total - gst,
        gst,
        total,
        "SGD",
        "en-SG",
        items,
        "GST-inclusive prices; 'GST 9% included' printed below the NETS line: amount = total - GST; prescription (Rx) number inside item lines",
    )
    return r.render(), t, [no, "S$" + us(total), us(gst)]


# ---------------------------------------------------------------- r03 IN hardware store GST bill (scan)
@doc(
    "r03",
    "scan",
    "IN",
    "hardware store GST bill, many items, member discount, round off",
    dpi=220,
    scan={
        "grey": True,
        "blur": 0.6,
        "skew": -1.4,
        "noise": 6,
        "specks": 25,
        "fade": (0.6, 0.95),
        "width": 650,
    },
)
def r03(name, rng):
    vendor = "SRI BALAJI HARDWARE & PAINTS"
    no = "SBH/2526/14872"
    r = Roll(80, "DVM", 7.4, name=name)
    r.c("SRI BALAJI", "DVMB", 14)
    r.c("HARDWARE & PAINTS", "DVMB", 9)
    r.c("No. 41, Avinashi Road, Peelamedu", "DVM", 7)
    r.c("Coimbatore - 641004, Tamil Nadu", "DVM", 7)
    r.c("GSTIN: 33ABKFS2281M1ZQ", "DVM", 7)
    r.c("TAX INVOICE", "DVMB", 8)
    r.sep()
    r.lr("Bill No: " + no, "")
    r.lr("Date: 29/03/2026", "Time: 17:06")
    r.lr("Cust: Member 9443xxx812", "Cash")
    r.sep()
    r.cols(
        [
            ("Item", 0, "l"),
            ("HSN", 0.44, "l"),
            ("Qty", 0.60, "r"),
            ("Rate", 0.79, "r"),
            ("Amt", 1.0, "r"),
        ]
    )
    r.sep()
    its = [
        ("PVC pipe 1in 3m", "3917", 4, "186.00"),
        ("PVC elbow 1in", "3917", 10, "14.00"),
        ("Solvent cement 100ml", "3506", 1, "95.00"),
        ("Ball valve brass 1/2", "8481", 2, "265.00"),
        ("Teflon tape", "3919", 5, "12.00"),
        ("Wall plug 8mm pk100", "3926", 1, "80.00"),
        ("Screw 8x1.5in pk50", "7318", 2, "70.00"),
        ("Drill bit 8mm masonry", "8207", 1, "145.00"),
        ("Emulsion white 4L", "3209", 1, "1180.00"),
        ("Paint brush 3in", "9603", 2, "85.00"),
        ("Sandpaper 120 grit", "6805", 6, "14.00"),
        ("Measuring tape 5m", "9017", 1, "210.00"),
        ("Cable tie 200mm pk", "3926", 1, "65.00"),
        ("LED bulb 9W B22", "8539", 4, "99.00"),
    ]
    items = [item(a[:18], q, p) for a, h, q, p in its]
    for (a, h, q, p), it in zip(its, items, strict=False):
        r.cols(
            [
                (a[:18], 0, "l"),
                (h, 0.44, "l"),
                (str(q), 0.60, "r"),
                (us(D(p)), 0.79, "r"),
                (us(it.amount), 1.0, "r"),
            ],
            sz=7,
        )
    r.sep()
    gross = sum(it.amount for it in items)
    disc = -q2(gross * D("0.03"))
    taxable = gross + disc
    cg = q2(taxable * D("0.09"))
    sg = cg
    tot = taxable + cg + sg
    final = q0(tot)
    ro = final - tot
    r.lr(f"Items: {len(items)}  Qty: {sum(q for *_, q, _ in its)}", "")
    r.lr("Gross Amount", us(gross))
    r.lr("Member Disc 3%", us(disc))
    r.lr("Taxable Value", us(taxable))
    r.lr("CGST @ 9%", us(cg))
    r.lr("SGST @ 9%", us(sg))
    r.lr("Round Off", us(ro))
    r.sep("double")
    r.lr("NET AMOUNT Rs.", inr(final), "DVMB", 9.5)
    r.sep("double")
    r.lr("Cash Tendered", inr(D("5000")))
    r.lr("Balance", inr(D("5000") - final))
    r.sep()
    r.c("Goods once sold cannot be taken back.", "DVM", 6.8)
    r.c("E.&O.E.  Thank You! Visit Again", "DVM", 6.8)
    t = rtruth(
        no,
        "2026-03-29",
        vendor,
        taxable,
        cg + sg,
        final,
        "INR",
        "en-IN",
        [*items, item("Member discount 3%", 1, disc)],
        "thermal scan downscaled to 650 px, faded; 14 items with HSN codes; member discount before tax; CGST+SGST 9% each summed; round-off line; cash tendered / balance are not the total",
        rounding=ro,
    )
    return r.render(), t, [no, inr(final)]


# ---------------------------------------------------------------- r04 ID car wash, PPN inclusive
@doc("r04", "pdf", "ID", "car wash receipt, PPN included, QRIS")
def r04(name, rng):
    vendor = "PT Kilap Bersih Sejahtera"
    no = "AKW-2604-00731"
    r = Roll(58, "DVM", 6.8, margin_mm=3, name=name)
    r.c("AUTOKILAP", "DVB", 14)
    r.c("car wash & detailing", "DVO", 7)
    r.c(vendor, "DVM", 6.5)
    r.c("Jl. Boulevard Raya Blok QA3 No.8", "DVM", 6.5)
    r.c("Kelapa Gading, Jakarta Utara", "DVM", 6.5)
    r.c("NPWP 0841.772.309.1-043.000", "DVM", 6.5)
    r.sep()
    r.lr("No: " + no, "")
    r.lr("Tgl: 04/04/2026", "10:55")
    r.lr("Plat: B 1882 KZQ", "Kasir: Dewi")
    r.sep()
    its = [
        ("Cuci Body + Vakum SUV", 1, "75000"),
        ("Semir Ban", 1, "15000"),
        ("Pewangi Kabin", 1, "25000"),
        ("Cuci Kolong", 1, "35000"),
    ]
    items = [item(a, q, p) for a, q, p in its]
    for (a, _q, _p), it in zip(its, items, strict=False):
        r.lr(a, eu(it.amount, 0))
    r.sep()
    total = sum(it.amount for it in items)
    dpp = q0(total * 100 / D("111"))
    ppn = total - dpp
    r.lr("TOTAL", "Rp " + eu(total, 0), "DVMB", 8.5)
    r.lr("DPP", eu(dpp, 0))
    r.lr("PPN 11%", eu(ppn, 0))
    r.lr("QRIS", eu(total, 0))
    r.sep()
    r.c("Harga sudah termasuk PPN", "DVM", 6.5)
    r.c("Terima kasih atas kunjungan Anda", "DVM", 6.5)
    r.qr(16, "r04")
    t = rtruth(
        no,
        "2026-04-04",
        vendor,
        dpp,
        ppn,
        total,
        "IDR",
        "id-ID",
        items,
        "58 mm roll; rupiah without decimals, dot thousands; prices include PPN with DPP/PPN breakdown; plate number near the receipt no.; brand wordmark vs PT legal name",
    )
    return r.render(), t, [no, "Rp " + eu(total, 0)]


# ---------------------------------------------------------------- r05 PH auto parts (photo)
@doc(
    "r05",
    "photo",
    "PH",
    "auto parts shop official receipt, VAT 12% breakdown, cash",
    dpi=220,
    photo={"bg": "cloth", "long_side": 2000, "quality": 72, "tilt": 0.03},
)
def r05(name, rng):
    vendor = "JRV AUTO SUPPLY CORPORATION"
    no = "0019283"
    r = Roll(76, "DVM", 7.4, name=name)
    r.c("JRV AUTO SUPPLY", "DVMB", 12)
    r.c("CORPORATION", "DVMB", 8)
    r.c("452 Banawe St., Brgy. Manresa", "DVM", 7)
    r.c("Quezon City, Metro Manila", "DVM", 7)
    r.c("VAT REG TIN: 008-441-207-00000", "DVM", 7)
    r.c("MIN: 22081411237   SN: WX9K4410", "DVM", 7)
    r.sep()
    r.c("SALES INVOICE", "DVMB", 8.5)
    r.lr("SI No.: " + no, "Term#: 01")
    r.lr("Date: 04/18/2026", "14:22")
    r.lr("Sold to: WALK-IN", "")
    r.sep()
    its = [
        ("Spark plug NGK BKR6E", 4, "185.00"),
        ("Engine oil 10W-40 1L", 4, "365.00"),
        ("Oil filter C-110", 1, "240.00"),
        ("Brake fluid DOT3 300ml", 1, "195.00"),
        ("Wiper blade 18in", 2, "320.00"),
    ]
    items = [item(a, q, p) for a, q, p in its]
    for (a, q, p), it in zip(its, items, strict=False):
        r.text(a)
        r.lr(f"  {q} PC @ {us(D(p))}", us(it.amount) + " V")
    r.sep()
    total = sum(it.amount for it in items)
    vat = incl_tax(total, 12)
    vs = total - vat
    r.lr("TOTAL DUE", "P" + us(total), "DVMB", 9)
    r.lr("CASH", us(D("5000")))
    r.lr("CHANGE", us(D("5000") - total))
    r.sep()
    r.lr("VATable Sales", us(vs))
    r.lr("VAT Amount (12%)", us(vat))
    r.lr("VAT-Exempt Sales", "0.00")
    r.lr("Zero-Rated Sales", "0.00")
    r.sep()
    r.text("Customer Name: ______________")
    r.text("Address: ____________________")
    r.text("TIN: ________________________")
    r.sep()
    r.lines(
        "Supplier: POSPLUS Systems Inc. Accred No. 0412024000118 PTU No. FP042026-039-0441187-00000",
        "c",
        "DVM",
        6.3,
    )
    r.c("THANK YOU, COME AGAIN!", "DVMB", 7.4)
    t = rtruth(
        no,
        "2026-04-18",
        vendor,
        vs,
        vat,
        total,
        "PHP",
        "en-PH",
        items,
        "photo; Philippine VAT breakdown (VATable sales / VAT / exempt / zero-rated) after the cash lines; 'V' tax code per item; MIN and serial numbers near the SI no.; cash 5,000 vs total",
    )
    return r.render(), t, [no, "P" + us(total)]


# ---------------------------------------------------------------- r06 TH EV charging (scan)
@doc(
    "r06",
    "scan",
    "TH",
    "EV charging receipt (kWh), VAT 7% included",
    dpi=240,
    scan={"grey": True, "blur": 0.6, "skew": 0.8, "noise": 5, "specks": 20, "fade": (0.7, 1.0)},
)
def r06(name, rng):
    vendor = "VoltGo (Thailand) Co., Ltd."
    no = "ABB26-0418-004417"
    r = Roll(58, "DVM", 6.6, margin_mm=3, name=name)
    r.c("VOLTGO", "DVB", 15)
    r.c("EV FAST CHARGING", "DVM", 6.6, cs=1)
    r.c(vendor, "DVM", 6.4)
    r.c("Head office: 88 Rama IX Rd,", "DVM", 6.4)
    r.c("Huai Khwang, Bangkok 10310", "DVM", 6.4)
    r.c("TAX ID 0105562114471", "DVM", 6.4)
    r.c("RECEIPT / TAX INVOICE (ABB)", "DVMB", 6.8)
    r.sep()
    r.text("No. " + no)
    r.lr("Date 18/04/2026", "Branch 00012")
    r.text("Station: PTT Bang Na km.7")
    r.text("Charger: VG-DC-120-03 CCS2")
    r.lr("Start", "13:02:41")
    r.lr("Stop", "13:39:15")
    r.lr("Duration", "00:36:34")
    r.sep()
    kwh, rate = D("38.62"), D("7.50")
    ch = item("DC charging energy", kwh, rate)
    item("Idle fee", 0, "5.00")
    r.lr("Energy (kWh)", "38.62")
    r.lr("Rate (THB/kWh)", "7.50")
    r.lr("Charging", us(ch.amount))
    r.lr("Idle fee 0 min", "0.00")
    r.sep()
    total = ch.amount
    vat = incl_tax(total, 7)
    r.lr("TOTAL (VAT incl.)", us(total), "DVMB", 7.6)
    r.lr("Value before VAT", us(total - vat))
    r.lr("VAT 7%", us(vat))
    r.sep()
    r.lr("Paid by", "MASTERCARD")
    r.lr("Card", "**** 0392")
    r.lr("Ref", "118420077713")
    r.sep()
    r.c("Thank you for charging green", "DVM", 6.4)
    r.qr(15, "r06")
    t = rtruth(
        no,
        "2026-04-18",
        vendor,
        total - vat,
        vat,
        total,
        "THB",
        "en-TH",
        [ch],
        "58 mm thermal scan, faded; kWh x rate; VAT 7% included with 'value before VAT' line; charger id and session times near the ABB number; zero idle-fee line",
    )
    return r.render(), t, [no, us(total)]


# ---------------------------------------------------------------- r07 MY pharmacy, cash rounding
@doc("r07", "pdf", "MY", "pharmacy receipt with tax codes, cash rounding adjustment")
def r07(name, rng):
    vendor = "Farmasi Sentosa Sdn. Bhd."
    no = "FS02-260407-1188"
    r = Roll(80, "DVM", 7.6, name=name)
    r.c("FARMASI SENTOSA", "DVMB", 12)
    r.c(vendor + " (1188402-T)", "DVM", 7)
    r.c("G-12, Jalan Tun Sambanthan 4", "DVM", 7)
    r.c("Brickfields, 50470 Kuala Lumpur", "DVM", 7)
    r.c("Tel: 03-2272 0418", "DVM", 7)
    r.sep()
    r.lr("Receipt #: " + no, "")
    r.lr("07/04/2026 19:33", "Counter 1")
    r.lr("Pharmacist: Ph. Tan Wei Ling", "")
    r.sep()
    r.cols([("Description", 0, "l"), ("Qty", 0.62, "r"), ("Amount", 0.92, "r"), ("T", 1.0, "r")])
    r.sep()
    its = [
        ("Ubat Rx: Metformin 500mg x60", 1, "18.50", "Z"),
        ("Ubat Rx: Amlodipine 5mg x30", 1, "22.80", "Z"),
        ("Vitamin C 1000mg 30s", 1, "35.92", "Z"),
        ("Hand sanitiser 500ml", 2, "12.90", "Z"),
        ("Face mask 3ply 50s", 1, "9.90", "Z"),
        ("Glucose test strips 50s", 1, "64.00", "Z"),
    ]
    items = [item(a, q, p) for a, q, p, c_ in its]
    for (a, q, p, cd), it in zip(its, items, strict=False):
        r.text(a)
        r.cols(
            [
                (f"  @ {us(D(p))}", 0, "l"),
                (str(q), 0.62, "r"),
                (us(it.amount), 0.92, "r"),
                (cd, 1.0, "r"),
            ]
        )
    r.sep()
    sub = sum(it.amount for it in items)
    rounded = (sub * 20).quantize(Decimal(1), ROUND_HALF_UP) / 20
    rnd = q2(rounded - sub)
    total = q2(rounded)
    r.lr("Subtotal", us(sub))
    r.lr("Rounding Adj", us(rnd))
    r.lr("TOTAL RM", us(total), "DVMB", 9.5)
    r.lr("Cash", "200.00")
    r.lr("Change", us(D("200") - total))
    r.sep()
    r.text("Tax code: Z = not subject to SST")
    r.lines(
        "Ubat terkawal tidak boleh ditukar atau dipulangkan. Controlled medicines are not returnable.",
        "c",
        "DVM",
        6.6,
    )
    r.c("Semoga cepat sembuh!", "DVMB", 7.4)
    t = rtruth(
        no,
        "2026-04-07",
        vendor,
        sub,
        None,
        total,
        "MYR",
        "en-MY",
        items,
        "cash rounding to 5 sen printed as 'Rounding Adj' (keyed as rounding, amount = subtotal); per-item tax code Z, no SST charged: vat null; Rx items in Malay",
        rounding=rnd,
    )
    return r.render(), t, [no, us(total)]


# ---------------------------------------------------------------- r08 SG optician, deposit (image-only PDF)
@doc(
    "r08",
    "imgpdf",
    "SG",
    "optician receipt with earlier deposit and balance paid",
    dpi=220,
    scan={"grey": True, "blur": 0.5, "skew": -0.5, "noise": 4, "specks": 15},
)
def r08(name, rng):
    vendor = "ClearView Optical Pte Ltd"
    no = "CV-TM-26-02281"
    r = Roll(80, "DV", 7.8, name=name)
    r.c("ClearView", "DVSB", 18)
    r.c("OPTICAL", "DVS", 8, cs=4)
    r.gap(2)
    r.c(vendor, "DV", 7.2)
    r.c("Tampines Mall #03-17, 4 Tampines Central 5", "DV", 7)
    r.c("Singapore 529510  ·  GST Reg 201822417K", "DV", 7)
    r.sep("solid")
    r.c("TAX INVOICE / RECEIPT", "DVB", 8.5)
    r.lr("Invoice", no)
    r.lr("Order date", "28/03/2026")
    r.lr("Date (collected)", "09/04/2026 15:40")
    r.lr("Job no.", "J-40218")
    r.lr("Customer", "Mr Ong K.H.")
    r.sep("solid")
    its = [
        ("Eye examination (refraction)", 1, "35.00"),
        ("Frame: Lindqvist LQ-221 titanium", 1, "268.00"),
        ("Lenses: progressive 1.67 blue-cut (pair)", 1, "520.00"),
        ("Anti-fog coating", 1, "48.00"),
    ]
    items = [item(a, q, p) for a, q, p in its]
    for (a, _q, _p), it in zip(its, items, strict=False):
        r.lr(a, us(it.amount), "DV", 7.4)
    disc = item("Loyalty discount 10% (frame + lenses)", 1, -q2(D("788.00") * D("0.10")))
    r.lr(disc.desc, us(disc.amount), "DV", 7.4)
    r.sep()
    total = sum(it.amount for it in items) + disc.amount
    gst = incl_tax(total, 9)
    r.lr("Total (incl. GST)", "S$" + us(total), "DVB", 9.5)
    r.lr("GST 9% included", us(gst), "DV", 7.2)
    r.sep()
    dep = D("300.00")
    r.lr("Less deposit paid 28/03/2026", "-" + us(dep), "DV", 7.4)
    r.lr("BALANCE PAID (VISA)", us(total - dep), "DVB", 8.5)
    r.lr("VISA **** 2204", "Auth 771204", "DV", 7)
    r.sep()
    r.lines("Rx: OD -2.75/-0.50x180 Add +1.75  OS -2.50/-0.75x175 Add +1.75  PD 63", "l", "DV", 6.8)
    r.lines(
        "Lenses are made to order. Adaptation period for progressive lenses: 2 weeks.",
        "c",
        "DV",
        6.6,
    )
    r.c("Thank you for choosing ClearView", "DVB", 7.4)
    t = rtruth(
        no,
        "2026-04-09",
        vendor,
        total - gst,
        gst,
        total,
        "SGD",
        "en-SG",
        [*items, disc],
        "image-only PDF; total is the full sale incl. GST; an earlier deposit is deducted and only the balance is charged to the card (balance is not the total); order date vs collection (invoice) date; prescription numbers in footer",
    )
    return r.render(), t, [no, "S$" + us(total)]


# ---------------------------------------------------------------- r09 DE fuel station + girocard slip (scan)
@doc(
    "r09",
    "scan",
    "DE",
    "fuel station receipt with shop item and girocard slip",
    dpi=200,
    scan={"grey": True, "blur": 0.7, "skew": 1.2, "noise": 6, "specks": 30, "fade": (0.55, 0.9)},
)
def r09(name, rng):
    vendor = "Hessen-Tank Mineralöl GmbH & Co. KG"
    no = "4471"
    r = Roll(80, "DVM", 7.8, name=name)
    r.c("TANKPUNKT", "DVB", 16)
    r.c("Station Kassel-Nord", "DVM", 8)
    r.c("Holländische Str. 204, 34127 Kassel", "DVM", 7.2)
    r.c(vendor, "DVM", 6.9)
    r.c("St.-Nr. 026 228 41107  USt-IdNr. DE318447201", "DVM", 6.5)
    r.sep()
    r.lr("Beleg-Nr. " + no, "Kasse 1")
    r.lr("19.04.2026", "07:48 Uhr")
    r.sep()
    fuel = item("Super E10", D("42.18"), D("1.789"), q2(D("42.18") * D("1.789")))
    r.lr("Säule 4  Super E10", "EUR")
    r.lr("  42,18 l x 1,789 EUR/l", eu(fuel.amount) + " A")
    sc = item("Scheibenklar Sommer 5 l", 1, "6.99")
    r.lr("Scheibenklar Sommer 5 l", eu(sc.amount) + " A")
    cof = item("Coffee to go groß", 1, "3.20")
    r.lr("Coffee to go groß", eu(cof.amount) + " A")
    r.sep()
    total = fuel.amount + sc.amount + cof.amount
    vat = incl_tax(total, 19)
    net = total - vat
    r.lr("SUMME EUR", eu(total), "DVMB", 10)
    r.lr("girocard", eu(total))
    r.sep()
    r.cols(
        [("MwSt", 0, "l"), ("Netto", 0.45, "r"), ("MwSt", 0.72, "r"), ("Brutto", 1.0, "r")], sz=7.2
    )
    r.cols(
        [("A 19%", 0, "l"), (eu(net), 0.45, "r"), (eu(vat), 0.72, "r"), (eu(total), 1.0, "r")],
        sz=7.2,
    )
    r.sep()
    r.c("Kartenzahlung girocard", "DVMB", 7.6)
    r.lr("Terminal-ID", "68214470")
    r.lr("TA-Nr. 019874", "BNr. 3311")
    r.lr("Karte", "############5128")
    r.lr("Betrag EUR", eu(total))
    r.c("Zahlung erfolgt", "DVMB", 7.6)
    r.sep()
    r.lines(
        "TSE-Signatur: 2026-04-19T07:48:12 / Transaktion 118204 / Seriennr. 7f3a...c21d",
        "l",
        "DVM",
        6.3,
    )
    r.c("Vielen Dank und gute Fahrt!", "DVM", 7.4)
    t = rtruth(
        no,
        "2026-04-19",
        vendor,
        net,
        vat,
        total,
        "EUR",
        "de-DE",
        [fuel, sc, cof],
        "faded thermal scan; brand TANKPUNKT vs legal operator name; litres x price per litre with 3 decimals; VAT table (net / VAT / gross) at 19%; girocard slip repeats the amount; TSE and terminal numbers",
    )
    return r.render(), t, [no, eu(total)]


# ---------------------------------------------------------------- r10 US hardware / DIY store, many items, member savings
@doc("r10", "pdf", "US", "hardware / DIY store receipt, many items, member discount, sales tax")
def r10(name, rng):
    vendor = "LAKESIDE HOME & HARDWARE"
    no = "0442-07-51883"
    r = Roll(80, "DVM", 7.4, name=name)
    r.c("LAKESIDE", "DVB", 18)
    r.c("HOME & HARDWARE", "DVB", 8.5, cs=1.5)
    r.c("3120 W Algonquin Rd", "DVM", 7)
    r.c("Rolling Meadows, IL 60008  (847) 555-0193", "DVM", 7)
    r.sep()
    r.lr("STORE 0442  REG 07", "RCPT# " + no)
    r.lr("04/19/26  11:26 AM", "CASHIER ANGELA")
    r.sep()
    its = [
        ("028874101452", "2X4X8 SPF STUD", 12, "4.28"),
        ("051141379912", "DECK SCREW #9X3 1LB", 2, "11.97"),
        ("074987220155", "PAINTERS TAPE 1.88IN", 3, "6.48"),
        ("048711602237", "DROP CLOTH 9X12", 1, "8.98"),
        ("022078400189", "INT EGGSHELL 1GAL", 2, "38.98"),
        ("070798181152", "ROLLER COVER 3PK", 1, "9.97"),
        ("012345687712", "PAINT TRAY LINER 5PK", 1, "5.47"),
        ("076174103381", "WOOD FILLER 16OZ", 1, "7.98"),
        ("082901338840", "CAULK ALEX+ WHITE", 4, "3.98"),
        ("088381611293", "LED A19 60W 4PK", 2, "9.97"),
        ("039003452167", "EXT CORD 25FT 16/3", 1, "14.98"),
        ("097403011578", "SHOP TOWELS 6PK", 1, "12.48"),
    ]
    items = [item(b, q, p) for a, b, q, p in its]
    for (a, b, q, p), it in zip(its, items, strict=False):
        r.lr(f"{a} {b}", us(it.amount) + " T", sz=6.8)
        if q > 1:
            r.text(f"   {q} @ {us(D(p))}", sz=6.8)
    sub = sum(it.amount for it in items)
    r.sep()
    save1 = item("PRO REWARDS 5% SAVINGS", 1, -q2(sub * D("0.05")))
    save2 = item("COUPON PAINT $10 OFF $50", 1, "-10.00")
    r.lr("SUBTOTAL", us(sub))
    r.lr("PRO REWARDS 5% SAVINGS", us(save1.amount))
    r.lr("COUPON PAINT $10 OFF $50", us(save2.amount))
    net = sub + save1.amount + save2.amount
    tax = q2(net * D("0.10"))
    total = net + tax
    r.lr("NET SUBTOTAL", us(net))
    r.lr("SALES TAX 10.000%", us(tax))
    r.lr("TOTAL", "$" + us(total), "DVMB", 10)
    r.lr("MASTERCARD", us(total))
    r.sep()
    r.lr("XXXXXXXXXXXX6612", "CHIP")
    r.lr("AUTH CODE 0A4471", "AID A0000000041010")
    r.sep()
    r.c(f"YOU SAVED ${us(-(save1.amount + save2.amount))} TODAY", "DVMB", 8)
    r.c("PRO REWARDS MEMBER ****8841", "DVM", 7)
    r.lines(
        "RETURN POLICY: 90 DAYS WITH RECEIPT. PAINT MIXED TO ORDER IS NOT RETURNABLE.",
        "c",
        "DVM",
        6.5,
    )
    r.barcode("04420751883041926", seed="r10")
    t = rtruth(
        no,
        "2026-04-19",
        vendor,
        net,
        tax,
        total,
        "USD",
        "en-US",
        [*items, save1, save2],
        "long roll, 12 UPC lines with qty @ price; 5% member savings and a coupon reduce the subtotal before 10% sales tax; transaction number split as store / register / trans; 'YOU SAVED' line",
    )
    return r.render(), t, [no.split()[-1], "$" + us(total)]


# ---------------------------------------------------------------- r11 AU auto parts, GST included
@doc("r11", "pdf", "AU", "auto parts shop tax invoice, GST included, EFTPOS")
def r11(name, rng):
    vendor = "Outback Auto Parts Pty Ltd"
    no = "INV 3318-552071"
    r = Roll(80, "DV", 7.6, name=name)
    r.c("OUTBACK", "DVCB", 19)
    r.c("AUTO PARTS", "DVC", 9, cs=3)
    r.c(vendor, "DV", 7)
    r.c("ABN 61 604 228 117", "DV", 7)
    r.c("212 Gympie Rd, Kedron QLD 4031  ·  07 3350 4471", "DV", 6.8)
    r.c("TAX INVOICE", "DVB", 9)
    r.sep("solid")
    r.lr(no, "22/04/2026 16:05")
    r.lr("Served by: Jayden", "Rego: 1AB 2CD")
    r.sep("solid")
    its = [
        ("Castrol EDGE 5W-30 5L", 1, "79.99"),
        ("Ryco oil filter Z436", 1, "19.49"),
        ("Bosch wiper blade 22in", 2, "24.95"),
        ("Penrite coolant 5L", 1, "34.99"),
        ("Globe bulb H4 twin pack", 1, "18.50"),
    ]
    items = [item(a, q, p) for a, q, p in its]
    for (a, q, _p), it in zip(its, items, strict=False):
        r.lr(f"{q} x {a}", "$" + us(it.amount))
    r.sep()
    total = sum(it.amount for it in items)
    gst = q2(total / 11)
    r.lr("TOTAL", "$" + us(total), "DVB", 11)
    r.lr("EFTPOS", "$" + us(total))
    r.lr("Total includes GST of", "$" + us(gst), "DV", 7.2)
    r.sep()
    r.c("Club Plus points earned: 197", "DV", 7)
    r.c("Keep your receipt for warranty & returns", "DV", 7)
    t = rtruth(
        no,
        "2026-04-22",
        vendor,
        total - gst,
        gst,
        total,
        "AUD",
        "en-AU",
        items,
        "GST-inclusive (1/11) 'Total includes GST of' line below payment; invoice number printed with an 'INV' prefix and store id; car rego printed next to it",
    )
    return r.render(), t, [no, "$" + us(total), "$" + us(gst)]


# ---------------------------------------------------------------- r12 JP coin parking machine (scan)
@doc(
    "r12",
    "scan",
    "JP",
    "coin-parking machine receipt, consumption tax included",
    dpi=260,
    scan={
        "grey": True,
        "blur": 0.7,
        "skew": -0.9,
        "noise": 5,
        "specks": 15,
        "fade": (0.65, 0.95),
        "width": 640,
    },
)
def r12(name, rng):
    vendor = "Parkmate Co., Ltd."
    no = "0118-2604-3307"
    r = Roll(58, "DVM", 7, margin_mm=3, name=name)
    r.c("RECEIPT", "DVMB", 11)
    r.c("PARKMATE SHINJUKU 3-CHOME No.2", "DVM", 6.5)
    r.c(vendor, "DVM", 6.5)
    r.c("Registration No. T4011101052287", "DVM", 6.2)
    r.c("Customer center 0120-44-7018", "DVM", 6.2)
    r.sep()
    r.lr("Receipt No.", no)
    r.lr("Space No.", "07")
    r.lr("Entry", "2026/04/24 09:12")
    r.lr("Exit", "2026/04/24 13:47")
    r.lr("Time parked", "4h35m")
    r.sep()
    fee = item("Parking fee", 1, "1800")
    r.lr("Parking fee", "¥" + us(fee.amount, 0))
    r.lr("Discount", "¥0")
    total = fee.amount
    tax = (total * 10 / D(110)).quantize(Decimal(1), ROUND_DOWN)
    r.lr("TOTAL", "¥" + us(total, 0), "DVMB", 8.5)
    r.lr(" (incl. 10% tax", "¥" + us(tax, 0) + ")")
    r.lr("Paid: IC card", "¥" + us(total, 0))
    r.lr("Card balance", "¥2,316")
    r.sep()
    r.lines(
        "Rates: 08:00-20:00 ¥300/30min, max ¥1,800 within 12h. 20:00-08:00 ¥100/60min.",
        "l",
        "DVM",
        6.1,
    )
    r.c("Thank you. Drive safely.", "DVM", 6.4)
    t = rtruth(
        no,
        "2026-04-24",
        vendor,
        total - tax,
        tax,
        total,
        "JPY",
        "ja-JP",
        [fee],
        "58 mm parking-machine ticket (English text: no CJK font available); yen without decimals; 10% tax included and truncated (Japanese rounding-down convention); card balance and rate table amounts are not totals; qualified-invoice registration no. T...",
    )
    return r.render(), t, [no, "¥" + us(total, 0)]


# ---------------------------------------------------------------- r13 MX pharmacy, IVA 16% / 0%
@doc("r13", "pdf", "MX", "pharmacy ticket, IVA 16% on some items, medicines at 0%")
def r13(name, rng):
    vendor = "Farmacia San Rafael de Jalisco, S.A. de C.V."
    no = "A-772104"
    r = Roll(76, "DVM", 7.2, name=name)
    r.c("FARMACIA", "DVB", 10)
    r.c("SAN RAFAEL", "DVB", 15)
    r.c("Farmacia San Rafael de Jalisco,", "DVM", 6.8)
    r.c("S.A. de C.V.   RFC FSR081122K47", "DVM", 6.8)
    r.c("Av. Chapultepec Sur 318, Col. Americana", "DVM", 6.6)
    r.c("Guadalajara, Jal. C.P. 44160", "DVM", 6.6)
    r.sep()
    r.lr("Folio: " + no, "Caja 3")
    r.lr("Fecha: 25/04/2026", "18:21")
    r.lr("Le atendió: Karla M.", "")
    r.sep()
    its = [
        ("Paracetamol 500mg 20 tab", 2, "42.50", 0),
        ("Losartán 50mg 30 tab", 1, "189.00", 0),
        ("Omeprazol 20mg 14 cáps", 1, "96.00", 0),
        ("Protector solar FPS50 120ml", 1, "329.00", 16),
        ("Shampoo anticaspa 400ml", 1, "118.90", 16),
        ("Agua mineral 600ml", 2, "19.00", 16),
    ]
    items = [item(a, q, p) for a, q, p, t_ in its]
    for (a, q, p, tr_), it in zip(its, items, strict=False):
        r.text(a)
        r.lr(f"  {q} x ${us(D(p))}   {'T16' if tr_ else 'T0'}", "$" + us(it.amount))
    r.sep()
    total = sum(it.amount for it in items)
    g16 = sum(it.amount for (_, _, _, tr_), it in zip(its, items, strict=False) if tr_)
    iva = incl_tax(g16, 16)
    net = total - iva
    r.lr("SUBTOTAL", "$" + us(net))
    r.lr("IVA 16%", "$" + us(iva))
    r.lr("TOTAL", "$" + us(total), "DVMB", 9.5)
    r.lr("EFECTIVO", "$" + us(D("1000")))
    r.lr("CAMBIO", "$" + us(D("1000") - total))
    r.sep()
    assert total == D("855.90")
    r.lines("(OCHOCIENTOS CINCUENTA Y CINCO PESOS 90/100 M.N.)", "c", "DVM", 6.6)
    r.lines(
        "Si requiere factura (CFDI) solicítela en www.farmaciasanrafael.mx/facturacion dentro del mes de su compra.",
        "c",
        "DVM",
        6.4,
    )
    r.c("T0 = tasa 0%   T16 = IVA 16%", "DVM", 6.4)
    r.c("¡Gracias por su compra!", "DVMB", 7.2)
    t = rtruth(
        no,
        "2026-04-25",
        vendor,
        net,
        iva,
        total,
        "MXN",
        "es-MX",
        items,
        "prices include IVA; medicines at tasa 0% and other items at 16% (codes T0/T16 per item); SUBTOTAL is net of IVA; cash and change; CFDI note; '$' is pesos",
    )
    return r.render(), t, [no, "$" + us(total)]


# ---------------------------------------------------------------- r14 FR DIY store, loyalty discount
@doc(
    "r14", "pdf", "FR", "DIY store till receipt, loyalty card discount, eco-participation, TVA 20%"
)
def r14(name, rng):
    vendor = "Brico Val de Loire SARL"
    no = "0312-04-028841"
    r = Roll(80, "DVM", 7.3, name=name)
    r.c("BRICO", "DVB", 20)
    r.c("VAL DE LOIRE", "DVB", 9, cs=2)
    r.c("ZA des Perrières - 45160 Olivet", "DVM", 7)
    r.c(vendor + " - SIRET 488 201 774 00034", "DVM", 6.2)
    r.c("TVA FR 62 488201774", "DVM", 6.5)
    r.sep()
    r.lr("Ticket " + no, "")
    r.lr("26/04/2026 10:42", "Caisse 04 - Hôtesse 118")
    r.sep()
    its = [
        ("Perceuse visseuse 18V + 2 batt.", 1, "129.00"),
        ("  dont éco-participation 0,50", None, None),
        ("Vis agglo 4x40 boîte 500", 2, "12.90"),
        ("Chevilles nylon 8mm x100", 1, "6.95"),
        ("Peinture mur blanc mat 10L", 1, "49.90"),
        ("Rouleau anti-goutte 180mm", 1, "8.50"),
        ("Bâche de protection 4x5m", 2, "4.99"),
        ("Silicone sanitaire blanc", 3, "7.20"),
        ("Ampoule LED E27 8,5W x3", 1, "9.99"),
    ]
    items = []
    for a, q, p in its:
        if q is None:
            r.text(a, sz=6.5)
            continue
        it = item(a, q, p)
        items.append(it)
        if q > 1:
            r.text(a)
            r.lr(f"    {q} x {eu(D(p))}", eu(it.amount) + " 1")
        else:
            r.lr(a, eu(it.amount) + " 1")
    r.sep()
    sub = sum(it.amount for it in items)
    rem = item("Remise carte Brico+ 10%", 1, -q2(D("129.00") * D("0.10")))
    r.lr("Sous-total", eu(sub))
    r.lr("Remise carte Brico+ 10%", eu(rem.amount))
    total = sub + rem.amount
    tva = incl_tax(total, 20)
    ht = total - tva
    r.lr("TOTAL TTC", eu(total) + " EUR", "DVMB", 10)
    r.lr("CB SANS CONTACT", eu(total))
    r.sep()
    r.cols([("Code", 0, "l"), ("Taux", 0.22, "l"), ("HT", 0.62, "r"), ("TVA", 1.0, "r")], sz=6.9)
    r.cols([("1", 0, "l"), ("20,00%", 0.22, "l"), (eu(ht), 0.62, "r"), (eu(tva), 1.0, "r")], sz=6.9)
    r.sep()
    r.lr("Carte Brico+ n°", "2904 4412 0087")
    r.lr("Points cagnotte", "+ 24")
    r.lines(
        "Échange ou remboursement sous 30 jours sur présentation du ticket. Merci de votre visite !",
        "c",
        "DVM",
        6.5,
    )
    r.barcode("0312040288412604", seed="r14")
    t = rtruth(
        no,
        "2026-04-26",
        vendor,
        ht,
        tva,
        total,
        "EUR",
        "fr-FR",
        [*items, rem],
        "TTC prices with a single 20% rate table (code 1) at the bottom; loyalty discount on one item; 'dont éco-participation' line is included in the drill price, not an extra; decimal comma",
    )
    return r.render(), t, [no, eu(total) + " EUR"]


# ---------------------------------------------------------------- r15 NL car wash (photo)
@doc(
    "r15",
    "photo",
    "NL",
    "car wash receipt, BTW 21% included, PIN",
    dpi=230,
    photo={
        "bg": "wood",
        "long_side": 1600,
        "quality": 64,
        "tilt": 0.05,
        "fold": (0.5,),
        "fade": (0.8, 1.0),
    },
)
def r15(name, rng):
    vendor = "Wasstraat De Blinkert B.V."
    no = "118204"
    r = Roll(58, "DVM", 6.9, margin_mm=3, name=name)
    r.c("DE BLINKERT", "DVB", 13)
    r.c("wasstraat · zelfwas · stofzuigen", "DVO", 6.5)
    r.c(vendor, "DVM", 6.4)
    r.c("Europaweg 41, 7336 AL Apeldoorn", "DVM", 6.2)
    r.c("BTW NL862291447B01", "DVM", 6.2)
    r.sep()
    r.lr("Bon " + no, "26-04-2026 14:09")
    r.lr("Kassa 1", "Kenteken: R-771-JD")
    r.sep()
    its = [
        ("Wasprogramma PREMIUM", 1, "18.50"),
        ("Velgenreiniging", 1, "3.50"),
        ("Stofzuiger 2 munten", 2, "1.00"),
    ]
    items = [item(a, q, p) for a, q, p in its]
    for (a, q, _p), it in zip(its, items, strict=False):
        r.lr(a if q == 1 else f"{a} {q}x", eu(it.amount))
    spa = item("Spaarkaart 10e was -50%", 1, "-9.25")
    r.lr("Spaarkaart 10e was -50%", eu(spa.amount))
    r.sep()
    total = sum(it.amount for it in items) + spa.amount
    btw = incl_tax(total, 21)
    r.lr("TOTAAL", "€ " + eu(total), "DVMB", 8.5)
    r.lr("PIN", eu(total))
    r.lr("Excl. BTW", eu(total - btw))
    r.lr("BTW 21%", eu(btw))
    r.sep()
    r.c("Waspas 0044-1187 - stempel 10/10", "DVM", 6.2)
    r.c("Bedankt en tot ziens!", "DVMB", 6.8)
    t = rtruth(
        no,
        "2026-04-26",
        vendor,
        total - btw,
        btw,
        total,
        "EUR",
        "nl-NL",
        [*items, spa],
        "photo of a folded 58 mm slip; loyalty-card 50% discount line; BTW 21% included with excl./BTW split under PIN; licence plate near the receipt no.; dd-mm-yyyy",
    )
    return r.render(), t, [no, "€ " + eu(total)]


# ---------------------------------------------------------------- r16 IT pharmacy "documento commerciale" (scan)
@doc(
    "r16",
    "scan",
    "IT",
    "pharmacy documento commerciale, IVA 10% / 22%, fiscal code for tax deduction",
    dpi=220,
    scan={"grey": True, "blur": 0.6, "skew": 1.8, "noise": 6, "specks": 35, "fade": (0.6, 0.95)},
)
def r16(name, rng):
    vendor = "FARMACIA SANTA CHIARA della Dott.ssa Elena Russo"
    no = "0418-0092"
    r = Roll(80, "DVM", 7.4, name=name)
    r.c("FARMACIA SANTA CHIARA", "DVMB", 10)
    r.c("della Dott.ssa Elena Russo", "DVM", 7.4)
    r.c("Via Toledo 256 - 80134 Napoli", "DVM", 7)
    r.c("P.IVA 07412280632", "DVM", 7)
    r.sep()
    r.c("DOCUMENTO COMMERCIALE", "DVMB", 8)
    r.c("di vendita o prestazione", "DVM", 7)
    r.sep()
    r.cols([("DESCRIZIONE", 0, "l"), ("IVA", 0.70, "r"), ("Prezzo(€)", 1.0, "r")])
    its = [
        ("TACHIPIRINA 1000MG 16CPR", 1, "6.90", 10),
        ("ENTEROGERMINA 2MLD 10FL", 1, "12.80", 10),
        ("TICKET RICETTA SSN", 1, "4.00", 10),
        ("CEROTTI TNT ASS. 20PZ", 1, "4.50", 22),
        ("CREMA MANI URIAGE 50ML", 1, "9.90", 22),
    ]
    items = [item(a, q, p) for a, q, p, v in its]
    for (a, _q, _p, v), it in zip(its, items, strict=False):
        r.cols([(a, 0, "l"), (f"{v},00%", 0.70, "r"), (eu(it.amount), 1.0, "r")], sz=7.1)
    r.sep()
    total = sum(it.amount for it in items)
    v10 = incl_tax(sum(it.amount for (*_, v), it in zip(its, items, strict=False) if v == 10), 10)
    v22 = incl_tax(sum(it.amount for (*_, v), it in zip(its, items, strict=False) if v == 22), 22)
    vat = v10 + v22
    r.lr("TOTALE COMPLESSIVO", eu(total), "DVMB", 9)
    r.lr("di cui IVA", eu(vat))
    r.lr("Pagamento contante", "0,00")
    r.lr("Pagamento elettronico", eu(total))
    r.lr("Importo pagato", eu(total))
    r.sep()
    r.lr("IVA 10%  imponibile", eu(D("23.70") - v10) + "  imp. " + eu(v10), sz=6.7)
    r.lr("IVA 22%  imponibile", eu(D("14.40") - v22) + "  imp. " + eu(v22), sz=6.7)
    r.sep()
    r.text("C.F. cliente: RSSMRA71E48F839K")
    r.text("Spesa sanitaria detraibile")
    r.lr("26-04-2026 11:37", "DOC. N. " + no)
    r.lr("RT 99MEY018822", "")
    r.c("Grazie e arrivederci", "DVM", 7)
    assert total == D("38.10")
    t = rtruth(
        no,
        "2026-04-26",
        vendor,
        total - vat,
        vat,
        total,
        "EUR",
        "it-IT",
        items,
        "faded thermal scan, 1.8° skew; Italian fiscal receipt with two VAT rates (10% medicines, 22% parapharmacy) printed as 'di cui IVA'; document number at the bottom ('DOC. N. 0418-0092') after date; RT serial and customer tax code nearby",
    )
    return r.render(), t, [no, eu(total)]


# ======================================================================== main


def build(name: str, outdir: Path) -> dict:
    _register_fonts()
    spec = DOCS[name]
    seed = zlib.crc32(name.encode())
    rng = random.Random(seed)
    pdf, tr, must = spec["fn"](name, rng)
    txt = re.sub(r"\s+", " ", pdf_text(pdf))
    if re.sub(r"\s+", " ", tr["vendor_name"]) not in txt:
        print(
            f"note: {name}: vendor name printed across lines / not verbatim: {tr['vendor_name']!r}"
        )
    for m in must:
        if re.sub(r"\s+", " ", m) not in txt:
            raise LayoutError(f"{name}: {m!r} not found in the text layer")
    kind, r = spec["kind"], spec["render"]
    nrng = np.random.default_rng(seed)
    if kind == "pdf":
        ext, data = "pdf", pdf
    elif kind == "scan":
        arr = scan(rasterize(pdf, r.get("dpi", 200)), nrng, **r.get("scan", {}))
        ext, data = "png", png_bytes(arr)
    elif kind == "photo":
        ext, data = "jpg", photo(rasterize(pdf, r.get("dpi", 200)), nrng, **r.get("photo", {}))
    elif kind == "imgpdf":
        arr = scan(rasterize(pdf, r.get("dpi", 200)), nrng, **r.get("scan", {}))
        pg = pdfium.PdfDocument(pdf)[0]
        w, h = pg.get_size()
        ext, data = "pdf", image_pdf(arr, w, h, name)
    else:
        raise ValueError(kind)
    tr["kind"] = "scan" if kind == "imgpdf" else kind
    for old in outdir.glob(f"{name}.*"):
        old.unlink()
    (outdir / f"{name}.{ext}").write_bytes(data)
    (outdir / f"{name}.json").write_text(
        json.dumps(tr, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return {"name": name, "ext": ext, "kind": kind, "truth": tr, "spec": spec}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(DOCS)
    res = [build(n, out) for n in names]
    for rr in res:
        print(
            f"{rr['name']}.{rr['ext']:4s} {rr['kind']:6s} {rr['truth']['total']:>12s} {rr['truth']['currency']}"
        )
    if not a.only:
        (out / "README.md").write_text(readme(res), encoding="utf-8")
    return 0


KIND_LABEL = {
    "pdf": "born-digital PDF",
    "scan": "scan (PNG)",
    "photo": "photo (JPEG)",
    "imgpdf": "image-only PDF",
}


def readme(res) -> str:
    L = []
    L.append("# Blind set 2026-13q: vehicles, trades, health and DIY\n")
    L.append(
        "Generated by `bench/blindsets/blind_2026_13q.py` (`python -m bench.blindsets.blind_2026_13q [OUTDIR] [--only NAME]`)."
    )
    L.append(
        "Every document is drawn by its own function with reportlab (`invariant=1`); all random choices are seeded with"
    )
    L.append(
        "CRC-32 of the document name, so re-runs are byte-identical. The generator imports nothing from the product and was"
    )
    L.append("written blind (no look at the reader, its tests or other blind sets).\n")
    L.append("## How the set is drawn\n")
    L.append(
        "- 16 invoices (`i01`-`i16`, A4 or Letter, 15 countries) and 16 till receipts (`r01`-`r16`, 58/76/80 mm rolls exactly as long as their content)."
    )
    L.append(
        "- Fonts: DejaVu Sans / Sans Mono / Serif / Condensed / ExtraLight (regular, bold, oblique). No CJK or Thai font is installed, so the Japanese"
    )
    L.append(
        "  and Thai receipts are printed in English, as tourist-area machines and chains often do."
    )
    L.append(
        "- Every text run is checked to stay on the page and not overlap another run (`LayoutError`), table cells must fit their column,"
    )
    L.append(
        "  and the key strings (number, total, ...) are checked to be present in the vector PDF's text layer before any degradation."
    )
    L.append(
        "- Kinds: *pdf* = the vector PDF with text layer; *scan* = rendered with pypdfium2 at 170-260 dpi, grey or colour, Gaussian blur,"
    )
    L.append(
        "  skew up to ±1.8°, noise, specks, uneven thermal fading on receipts, carbon-paper tint on i05, two receipts downscaled to ~650 px wide;"
    )
    L.append(
        "  *photo* = rendered then warped in perspective onto a synthetic desk / wood / stone / cloth background with a light gradient,"
    )
    L.append(
        "  a soft shadow, fold creases on some, JPEG quality 64-74, long side 1,600-2,200 px; *image-only PDF* = a degraded scan embedded"
    )
    L.append(
        '  as the only page content (no text layer). In the JSON, image-only PDFs have `"kind": "scan"`.\n'
    )
    L.append("## Truth conventions\n")
    L.append(
        "- `amount` is the net before tax as printed; `vat` is the sum of all taxes printed (CGST+SGST, several VAT rates, service tax ...);"
    )
    L.append(
        "  `total` is the document's final total. Every JSON satisfies `amount + vat + tip + rounding == total` (vat 0 when null)."
    )
    L.append(
        "  No document in this set has a tip; `rounding` is non-zero on i09 (round-off to whole rupees), r03 (round off) and r07 (5-sen cash rounding adj.);"
    )
    L.append(
        "  in those cases `amount` is the printed pre-rounding net (taxable value / subtotal), not total - vat."
    )
    L.append(
        "- Tax-inclusive receipts: `vat` is the tax the page prints, `amount = total - vat` (which is also what the page prints as net when it does)."
    )
    L.append(
        "- `vat` is null when the page prints no tax amount (i08 exempt physiotherapy, i15 towing with 'Sales tax (exempt) -', r01 fuel, r07 pharmacy with tax code Z)."
    )
    L.append(
        '  When a tax line with an explicit 0,00 is printed it is keyed `"0.00"` (i10 reverse charge).'
    )
    L.append(
        "- Credit note (i13): `document_type` = `credit_note`, all amounts keyed negative, as printed (with minus signs). The restocking fee is a positive line."
    )
    L.append(
        "- Progress billing (i04): the invoice amount is the amount due this application (gross value to date - retention - previously certified);"
    )
    L.append(
        "  line items are these three valuation lines so they sum to `amount`; the schedule of works on page 1 is context."
    )
    L.append(
        "- Deposits / balances (i03 booking deposit, r08 optician deposit): `total` is the document total (Total TTC / total incl. GST),"
    )
    L.append(
        "  not the balance paid at the end. Card holds or cash tendered / change are never keyed."
    )
    L.append(
        "- `vendor_name` is the seller's legal name as printed (with legal form). Where a brand wordmark differs (MERU, TANKPUNKT, AUTOKILAP, shopnorth,"
    )
    L.append(
        "  BRICO ...) the legal name printed on the page is keyed. Marketplace invoice i11: the 'Sold by' seller, not the platform."
    )
    L.append(
        "- `invoice_number` is the document's own number exactly as printed (with prefixes / slashes / dashes). `due_date` only where a due date is printed"
    )
    L.append(
        "  (i10, i12, i14, i16 etc.); 'Net 30' style terms without a date, 'next vaccination 03/2027' and storage dates are not due dates."
    )
    L.append(
        "- Currencies printed without decimals (IDR, JPY) are keyed with `.00`. Japanese consumption tax is keyed as printed (truncated)."
    )
    L.append(
        "- `line_items`: description as printed, quantity as a decimal string, unit price and line amount with two decimals; discount, fee, shipping"
    )
    L.append(
        "  and deposit-like adjustment lines that enter the net are included as items with quantity 1. On tax-inclusive receipts the line amounts"
    )
    L.append(
        "  are the printed gross amounts, so they sum to `total`, not `amount`; on invoices they sum to `amount`. Fuel lines keep the 3-decimal"
    )
    L.append(
        "  litre quantity and the printed price per litre (unit_price keeps 3 decimals when printed so); the amount is the printed (rounded) line amount.\n"
    )
    L.append("## Mix\n")
    kinds = ["pdf", "scan", "photo", "imgpdf"]
    L.append("| | " + " | ".join(KIND_LABEL[k] for k in kinds) + " | total |")
    L.append("|---|" + "---|" * (len(kinds) + 1))
    for lay, pre in (("invoices", "i"), ("receipts", "r")):
        cnt = [sum(1 for r in res if r["name"].startswith(pre) and r["kind"] == k) for k in kinds]
        L.append(f"| {lay} | " + " | ".join(map(str, cnt)) + f" | {sum(cnt)} |")
    cnt = [sum(1 for r in res if r["kind"] == k) for k in kinds]
    L.append("| all | " + " | ".join(map(str, cnt)) + f" | {sum(cnt)} |\n")
    ctry = sorted({r["spec"]["country"] for r in res if r["name"].startswith("i")})
    L.append(
        f"Invoice countries ({len(ctry)}): {', '.join(ctry)}. Receipt countries: {', '.join(sorted({r['spec']['country'] for r in res if r['name'].startswith('r')}))}."
    )
    L.append(
        "Document types: "
        + ", ".join(
            f"{t}: {sum(1 for r in res if r['truth']['document_type'] == t)}"
            for t in ("invoice", "receipt", "credit_note")
        )
        + ".\n"
    )
    L.append("## Documents\n")
    L.append("| doc | kind | country | type | vendor | number | total | what is tricky |")
    L.append("|---|---|---|---|---|---|---|---|")
    for r in res:
        t = r["truth"]
        L.append(
            f"| {r['name']}.{r['ext']} | {KIND_LABEL[r['kind']]} | {r['spec']['country']} | {r['spec']['type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    sys.exit(main())
