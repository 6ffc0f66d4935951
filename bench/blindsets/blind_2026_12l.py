# ruff: noqa: E501
"""Blind set 2026-12l: 15 invoices and 15 receipts from small businesses around the world.

Run from the repository root:  python -m bench.blindsets.blind_2026_12l [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document's name, so re-runs are byte-identical.
The module is self-contained and imports nothing from the product.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import zlib
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72 / 25.4
DEFAULT_OUT = "bench/blindsets/blind-2026-12l"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "Sans": "DejaVuSans.ttf",
    "Sans-B": "DejaVuSans-Bold.ttf",
    "Sans-I": "DejaVuSans-Oblique.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "Mono-B": "DejaVuSansMono-Bold.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-B": "DejaVuSerif-Bold.ttf",
    "Serif-I": "DejaVuSerif-Italic.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-B": "DejaVuSansCondensed-Bold.ttf",
}
_REGISTERED = False


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for key, fname in FONTS.items():
        pdfmetrics.registerFont(TTFont(key, str(FONT_DIR / fname)))
    _REGISTERED = True


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# ----------------------------------------------------------------------------- money

D = Decimal
ZERO = D("0.00")


def m(x) -> Decimal:
    return D(str(x)).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def m0(x) -> Decimal:
    return D(str(x)).quantize(D("1"), rounding=ROUND_HALF_UP)


SEPS = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": (" ", ","),
    "ch": ("'", "."),
    "se": (" ", ","),
    "sp": (" ", "."),
    "plain": ("", "."),
    "plainc": ("", ","),
}


def fmt(v, style: str = "en", dec: int = 2) -> str:
    """Format a Decimal the local way; style 'in' is Indian lakh grouping."""
    v = D(v)
    neg = v < 0
    q = abs(v).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    s = f"{q:.{dec}f}"
    ip, _, fp = s.partition(".")
    if style == "in":
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join([*groups, tail]) if groups else tail
        th, dp = ",", "."
    else:
        th, dp = SEPS[style]
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = th.join(parts)
    out = ip + (dp + fp if dec else "")
    return "-" + out if neg else out


def vat_on_net(groups: dict) -> tuple[Decimal, dict]:
    """groups: rate(Decimal percent) -> net. Returns (total vat, rate->vat)."""
    per = {r: m(n * r / 100) for r, n in groups.items()}
    return sum(per.values(), ZERO), per


def vat_in_gross(groups: dict) -> tuple[Decimal, dict]:
    """groups: rate(Decimal percent) -> gross incl. tax. Returns (total vat, rate->vat)."""
    per = {r: m(g * r / (100 + r)) for r, g in groups.items()}
    return sum(per.values(), ZERO), per


# ----------------------------------------------------------------------------- drawing


@dataclass
class Doc:
    """Drawing ops in top-down coordinates (y grows downwards). h=None means a receipt roll."""

    w: float
    h: float | None = None
    bottom_margin: float = 8 * MM
    pages: list = field(default_factory=lambda: [[]])
    runs: list = field(default_factory=lambda: [[]])
    maxy: list = field(default_factory=lambda: [0.0])

    def new_page(self) -> None:
        self.pages.append([])
        self.runs.append([])
        self.maxy.append(0.0)

    def _mark(self, y: float) -> None:
        self.maxy[-1] = max(self.maxy[-1], y)

    def width(self, s: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, font, size)

    def text(self, x, y, s, font="Sans", size=9.0, align="l", color=(0, 0, 0)) -> float:
        s = str(s)
        wid = self.width(s, font, size)
        x0 = x if align == "l" else (x - wid if align == "r" else x - wid / 2)
        box = (x0, y - 0.76 * size, x0 + wid, y + 0.22 * size)
        if (
            box[0] < 1.5
            or box[2] > self.w - 1.5
            or box[1] < 1.5
            or (self.h is not None and box[3] > self.h - 1.5)
        ):
            raise LayoutError(f"text off page: {s!r} box={tuple(round(b, 1) for b in box)}")
        for other, obox in self.runs[-1]:
            if (
                box[0] < obox[2] - 0.3
                and obox[0] < box[2] - 0.3
                and box[1] < obox[3] - 0.3
                and obox[1] < box[3] - 0.3
            ):
                raise LayoutError(f"text overlap on page {len(self.pages)}: {s!r} with {other!r}")
        self.runs[-1].append((s, box))
        self.pages[-1].append(("text", x0, y, s, font, size, color))
        self._mark(box[3])
        return wid

    def para(
        self, x, y, s, font="Sans", size=9.0, width=300.0, leading=None, color=(0, 0, 0)
    ) -> float:
        leading = leading or size * 1.3
        for line in simpleSplit(s, font, size, width):
            self.text(x, y, line, font, size, color=color)
            y += leading
        return y

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0), dash=None) -> None:
        self.pages[-1].append(("line", x1, y1, x2, y2, lw, color, dash))
        self._mark(max(y1, y2))

    def hline(self, x1, x2, y, lw=0.5, color=(0, 0, 0), dash=None) -> None:
        self.line(x1, y, x2, y, lw, color, dash)

    def rect(self, x, y, w, h, lw=0.5, stroke=(0, 0, 0), fill=None, radius=0) -> None:
        self.pages[-1].append(("rect", x, y, w, h, lw, stroke, fill, radius))
        self._mark(y + h)

    def circle(self, cx, cy, r, lw=0.5, stroke=(0, 0, 0), fill=None) -> None:
        self.pages[-1].append(("circle", cx, cy, r, lw, stroke, fill))
        self._mark(cy + r)

    def poly(self, pts, fill=(0, 0, 0), stroke=None, lw=0.5) -> None:
        self.pages[-1].append(("poly", pts, fill, stroke, lw))
        self._mark(max(p[1] for p in pts))

    def qr(self, x, y, size, rng: random.Random, n=25, color=(0, 0, 0)) -> None:
        """A QR-ish square: finder patterns plus seeded modules."""
        cell = size / n
        cells = []
        for i in range(n):
            for j in range(n):
                finder = any(
                    0 <= i - a < 7 and 0 <= j - b < 7 for a, b in ((0, 0), (0, n - 7), (n - 7, 0))
                )
                if finder:
                    a = 0 if i < 7 else n - 7
                    b = 0 if j < 7 else n - 7
                    ii, jj = i - a, j - b
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                else:
                    on = rng.random() < 0.48
                if on:
                    cells.append((x + j * cell, y + i * cell))
        self.pages[-1].append(("cells", cells, cell, color))
        self._mark(y + size)

    def barcode(self, x, y, w, h, rng: random.Random) -> None:
        bars = []
        cx = x
        while cx < x + w - 2:
            bw = rng.choice((0.6, 0.6, 1.2, 1.8))
            if rng.random() < 0.55:
                bars.append((cx, bw))
            cx += bw + rng.choice((0.6, 1.2))
        self.pages[-1].append(("bars", bars, y, h))
        self._mark(y + h)

    def page_height(self) -> float:
        if self.h is not None:
            return self.h
        return max(self.maxy) + self.bottom_margin


def build_pdf(doc: Doc, title: str) -> bytes:  # noqa: C901
    register_fonts()
    H = doc.page_height()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(doc.w, H), invariant=1)
    c.setTitle(title)
    for ops in doc.pages:
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color = op
                c.setFillColorRGB(*color)
                c.setFont(font, size)
                c.drawString(x, H - y, s)
            elif kind == "line":
                _, x1, y1, x2, y2, lw, color, dash = op
                c.setStrokeColorRGB(*color)
                c.setLineWidth(lw)
                c.setDash(*dash) if dash else c.setDash()
                c.line(x1, H - y1, x2, H - y2)
                c.setDash()
            elif kind == "rect":
                _, x, y, w, h, lw, stroke, fill, radius = op
                c.setLineWidth(lw)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                if fill:
                    c.setFillColorRGB(*fill)
                if radius:
                    c.roundRect(
                        x, H - y - h, w, h, radius, stroke=1 if stroke else 0, fill=1 if fill else 0
                    )
                else:
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == "circle":
                _, cx, cy, r, lw, stroke, fill = op
                c.setLineWidth(lw)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                if fill:
                    c.setFillColorRGB(*fill)
                c.circle(cx, H - cy, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == "poly":
                _, pts, fill, stroke, lw = op
                p = c.beginPath()
                p.moveTo(pts[0][0], H - pts[0][1])
                for px, py in pts[1:]:
                    p.lineTo(px, H - py)
                p.close()
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == "cells":
                _, cells, cell, color = op
                c.setFillColorRGB(*color)
                for cx, cy in cells:
                    c.rect(cx, H - cy - cell, cell + 0.05, cell + 0.05, stroke=0, fill=1)
            elif kind == "bars":
                _, bars, y, h = op
                c.setFillColorRGB(0, 0, 0)
                for bx, bw in bars:
                    c.rect(bx, H - y - h, bw, h, stroke=0, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()


class Roll:
    """Cursor helper for receipts: lines flow downwards between x0 and x1."""

    def __init__(self, doc: Doc, x0: float, x1: float, y: float, font="Mono", size=8.0, lead=1.25):
        self.d, self.x0, self.x1, self.y = doc, x0, x1, y
        self.font, self.size, self.lead = font, size, lead

    def _adv(self, size):
        self.y += size * self.lead

    def gap(self, pts=4.0):
        self.y += pts

    def c(self, s, font=None, size=None):
        size = size or self.size
        self.y += size * 0.78
        self.d.text((self.x0 + self.x1) / 2, self.y, s, font or self.font, size, "c")
        self.y += size * (self.lead - 0.78)

    def l(self, s, font=None, size=None, indent=0.0):  # noqa: E743
        size = size or self.size
        self.y += size * 0.78
        self.d.text(self.x0 + indent, self.y, s, font or self.font, size)
        self.y += size * (self.lead - 0.78)

    def lr(self, left, right, font=None, size=None, rfont=None, indent=0.0):
        size = size or self.size
        self.y += size * 0.78
        if left:
            self.d.text(self.x0 + indent, self.y, left, font or self.font, size)
        self.d.text(self.x1, self.y, right, rfont or font or self.font, size, "r")
        self.y += size * (self.lead - 0.78)

    def cols(self, cells, font=None, size=None):
        """cells: list of (x_offset_from_x0 or negative from x1, text, align)."""
        size = size or self.size
        self.y += size * 0.78
        for xo, s, al in cells:
            x = self.x0 + xo if xo >= 0 else self.x1 + xo
            if al == "r" and xo == 0:
                x = self.x1
            self.d.text(x, self.y, s, font or self.font, size, al)
        self.y += size * (self.lead - 0.78)

    def rule(self, dash=(2, 2), lw=0.5):
        self.y += 2.5
        self.d.hline(self.x0, self.x1, self.y, lw=lw, dash=dash)
        self.y += 2.5

    def dashes(self, ch="-"):
        n = int((self.x1 - self.x0) / self.d.width(ch, self.font, self.size))
        self.l(ch * n)


def table(  # noqa: C901
    doc: Doc,
    y: float,
    cols: list,
    rows: list,
    font="Sans",
    size=8.5,
    head_font=None,
    header=True,
    lead=1.5,
    grid=False,
    head_fill=None,
    lw=0.4,
    head_color=(0, 0, 0),
) -> float:
    """cols: list of (x_left, x_right, title, align). rows: list of tuples of strings. Returns y below the table."""
    x_min, x_max = cols[0][0], cols[-1][1]
    row_h = size * lead
    if header:
        if head_fill:
            doc.rect(x_min, y, x_max - x_min, row_h, lw=0, stroke=None, fill=head_fill)
        base = y + row_h * 0.5 + size * 0.3
        for xl, xr, title, al in cols:
            x = xl + 2 if al == "l" else (xr - 2 if al == "r" else (xl + xr) / 2)
            doc.text(x, base, title, head_font or font, size, al, color=head_color)
        y += row_h
        if not head_fill:
            doc.hline(x_min, x_max, y, lw=lw * 1.5)
    top = y
    for row in rows:
        base = y + row_h * 0.5 + size * 0.3
        for (xl, xr, _t, al), cell in zip(cols, row, strict=True):
            if cell == "":
                continue
            x = xl + 2 if al == "l" else (xr - 2 if al == "r" else (xl + xr) / 2)
            doc.text(x, base, cell, font, size, al)
        y += row_h
        if grid:
            doc.hline(x_min, x_max, y, lw=lw)
    if grid:
        t0 = top - (row_h if header else 0)
        doc.hline(x_min, x_max, t0, lw=lw)
        for xl, _xr, _t, _al in cols:
            doc.line(xl, t0, xl, y, lw=lw)
        doc.line(x_max, t0, x_max, y, lw=lw)
    return y


# ----------------------------------------------------------------------------- degradation


def rasterize(pdf_bytes: bytes, dpi: float, page: int = 0) -> np.ndarray:
    pdf = pdfium.PdfDocument(pdf_bytes)
    bm = pdf[page].render(scale=dpi / 72)
    img = np.array(bm.to_pil().convert("RGB"))
    pdf.close()
    return img


def _rng_np(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(name.encode()))


def degrade_scan(
    img: np.ndarray,
    name: str,
    grey=True,
    skew=0.0,
    blur=0.6,
    noise=5.0,
    specks=40,
    fade=0.0,
    width=None,
    tint=(255, 255, 255),
) -> np.ndarray:
    rs = _rng_np(name + "/scan")
    img = img.astype(np.float32)
    h, w = img.shape[:2]
    if fade:
        # thermal fading: ink lightens unevenly along the roll and in streaks
        yy = np.linspace(0, 1, h)[:, None]
        prof = 1 - fade * (0.5 + 0.5 * np.sin(yy * rs.uniform(2, 5) + rs.uniform(0, 6)))
        xs = np.linspace(0, 1, w)[None, :]
        streak = 1 - 0.25 * fade * (np.sin(xs * rs.uniform(15, 30)) > 0.85)
        ink = 255 - img
        img = 255 - ink * (prof * streak)[..., None]
    paper = np.array(tint, np.float32)[None, None, :]
    img = img / 255.0 * paper
    if skew:
        M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        cos, sin = abs(M[0, 0]), abs(M[0, 1])
        nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
        M[0, 2] += nw / 2 - w / 2
        M[1, 2] += nh / 2 - h / 2
        img = cv2.warpAffine(img, M, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=(242, 242, 240))
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    h, w = img.shape[:2]
    for _ in range(specks):
        cx, cy = int(rs.integers(0, w)), int(rs.integers(0, h))
        r = int(rs.integers(1, 3))
        v = float(rs.uniform(40, 140))
        cv2.circle(img, (cx, cy), r, (v, v, v), -1)
    img = img + rs.normal(0, noise, img.shape[:2])[..., None]
    img = np.clip(img, 0, 255).astype(np.uint8)
    if width and width < img.shape[1]:
        nh = round(img.shape[0] * width / img.shape[1])
        img = cv2.resize(img, (width, nh), interpolation=cv2.INTER_AREA)
    if grey:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    return img


def _texture(rs: np.random.Generator, W: int, H: int, style: str) -> np.ndarray:
    base = {
        "wood": (120, 84, 52),
        "desk": (176, 178, 172),
        "fabric": (58, 66, 84),
        "marble": (214, 210, 204),
        "counter": (96, 98, 94),
    }[style]
    low = rs.normal(0, 1, (max(2, H // 160), max(2, W // 160), 1)).astype(np.float32)
    low = cv2.resize(low, (W, H), interpolation=cv2.INTER_CUBIC)[..., None]
    img = np.ones((H, W, 3), np.float32) * np.array(base, np.float32) + low * 14
    if style == "wood":
        ys = np.arange(H)[:, None] + 30 * np.sin(np.arange(W)[None, :] / rs.uniform(150, 300))
        grain = np.sin(ys / rs.uniform(5, 11)) * 10 + np.sin(ys / rs.uniform(23, 41)) * 8
        img += grain[..., None]
    elif style == "marble":
        xs = np.arange(W)[None, :] + np.arange(H)[:, None] * 0.6
        img -= (np.abs(np.sin(xs / rs.uniform(80, 140) + low[..., 0] * 2)) < 0.05)[..., None] * 25
    img += rs.normal(0, 7 if style != "fabric" else 12, (H, W, 1))
    return img


def photo(
    img: np.ndarray,
    name: str,
    long_side=2000,
    bg="wood",
    quality=72,
    tilt=0.05,
    fold=False,
    shadow=True,
    light=0.25,
) -> np.ndarray:
    rs = _rng_np(name + "/photo")
    dh, dw = img.shape[:2]
    portrait = dh >= dw * 0.9
    if portrait:
        H = long_side
        W = int(long_side * (0.75 if dh / dw < 2.2 else 0.6))
    else:
        W = long_side
        H = int(long_side * 0.75)
    fill = 0.86 if dh / dw < 2.2 else 0.92
    s = min(W * fill / dw, H * fill / dh)
    tw, th = dw * s, dh * s
    src = cv2.resize(img, (max(2, int(tw)), max(2, int(th))), interpolation=cv2.INTER_AREA).astype(
        np.float32
    )
    sh, sw = src.shape[:2]
    if fold:
        fy = int(sh * rs.uniform(0.35, 0.6))
        src[:fy] *= 0.94
        src[fy - 2 : fy + 2] *= 0.8
    cx, cy = W / 2 + rs.uniform(-0.03, 0.03) * W, H / 2 + rs.uniform(-0.02, 0.02) * H
    corners = np.array(
        [
            [cx - tw / 2, cy - th / 2],
            [cx + tw / 2, cy - th / 2],
            [cx + tw / 2, cy + th / 2],
            [cx - tw / 2, cy + th / 2],
        ],
        np.float32,
    )
    jit = rs.uniform(-tilt, tilt, (4, 2)).astype(np.float32) * np.array([tw, th], np.float32) * 0.5
    # keep it a plausible hand-held perspective: top edge narrower or wider
    dst = corners + jit
    dst[:, 0] = np.clip(dst[:, 0], 4, W - 4)
    dst[:, 1] = np.clip(dst[:, 1], 4, H - 4)
    Mx = cv2.getPerspectiveTransform(
        np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32), dst
    )
    warped = cv2.warpPerspective(src, Mx, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), Mx, (W, H), flags=cv2.INTER_LINEAR)
    bgimg = _texture(rs, W, H, bg)
    # soft drop shadow of the paper on the background
    sm = cv2.GaussianBlur(np.roll(mask, (9, 7), (0, 1)), (0, 0), 9)
    bgimg *= (1 - 0.45 * sm)[..., None]
    out = bgimg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rs.uniform(0, W), rs.uniform(0, H * 0.5)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    out *= (1.05 - light * dist)[..., None]
    if shadow:
        # a soft shadow (hand / phone) over one corner
        poly = np.array(
            [[rs.uniform(0.55, 0.8) * W, H], [W, rs.uniform(0.5, 0.75) * H], [W, H]], np.int32
        )
        sh_mask = np.zeros((H, W), np.float32)
        cv2.fillPoly(sh_mask, [poly], 1.0)
        sh_mask = cv2.GaussianBlur(sh_mask, (0, 0), 40)
        out *= (1 - 0.35 * sh_mask)[..., None]
    warm = np.array([1.0, 0.98, 0.93], np.float32)
    out = out * warm + rs.normal(0, 3.0, (H, W, 1))
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    return np.clip(out, 0, 255).astype(np.uint8)


def encode(img: np.ndarray, ext: str, quality=85) -> bytes:
    pil = Image.fromarray(img)
    buf = io.BytesIO()
    if ext == "png":
        pil.save(buf, "PNG", optimize=False)
    else:
        pil.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def image_pdf(img: np.ndarray, page_w: float, page_h: float, title: str) -> bytes:
    """Embed a degraded scan as the only content of a PDF page (no text layer)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(page_w, page_h), invariant=1)
    c.setTitle(title)
    pil = Image.fromarray(img)
    jb = io.BytesIO()
    pil.convert("L" if img.ndim == 2 else "RGB").save(jb, "JPEG", quality=80)
    jb.seek(0)
    c.drawImage(ImageReader(jb), 0, 0, page_w, page_h)
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- truth


def truth(
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
    kind,
) -> dict:
    amount, total = m(amount), m(total)
    if vat is None:
        assert amount == total, (amount, total)
    else:
        vat = m(vat)
        assert amount + vat == total, (amount, vat, total)
    return {
        "invoice_number": number,
        "invoice_date": date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": f"{amount:.2f}",
        "vat": f"{vat:.2f}" if vat is not None else None,
        "total": f"{total:.2f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {
                "description": d,
                "quantity": str(q),
                "unit_price": f"{m(u):.2f}" if D(u) == m(u) else str(u),
                "amount": f"{m(a):.2f}",
            }
            for d, q, u, a in items
        ],
        "note": note,
        "kind": kind,
    }


@dataclass
class Finish:
    kind: str  # pdf | scan | photo
    ext: str  # pdf | png | jpg
    dpi: float = 200
    opts: dict = field(default_factory=dict)
    quality: int = 75


@dataclass
class Result:
    doc: Doc
    truth: dict
    finish: Finish
    country: str
    kind_label: str  # e.g. "plumber"
    style: str  # letter / grid / form / roll


def rng_for(name: str) -> random.Random:
    return random.Random(zlib.crc32(name.encode()))


# ============================================================================= documents


def i01(name, rng):
    """Germany, plumber, letter-style Word invoice, born-digital PDF."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 25 * MM, W - 20 * MM
    # logo: drop shape + wordmark
    d.poly([(x1 - 40, 40), (x1 - 52, 62), (x1 - 40, 70), (x1 - 28, 62)], fill=(0.1, 0.35, 0.7))
    d.text(x1 - 58, 52, "Haustechnik Brandl", "Sans-B", 15, "r", color=(0.1, 0.35, 0.7))
    d.text(x1 - 58, 66, "Sanitär · Heizung · Klima", "Sans", 8.5, "r", color=(0.3, 0.3, 0.3))
    d.text(
        x0,
        118,
        "Haustechnik Brandl GmbH · Lindenstraße 14 · 93047 Regensburg",
        "Sans",
        6.5,
        color=(0.35, 0.35, 0.35),
    )
    d.hline(x0, x0 + 85 * MM, 121, lw=0.3)
    y = 136
    for s in ("Frau", "Katrin Oswald", "Am Brunnenweg 3", "93051 Regensburg"):
        d.text(x0, y, s, "Sans", 10)
        y += 13
    info = [
        ("Rechnungsnummer:", "RE-2026-0417"),
        ("Kundennummer:", "K-10233"),
        ("Rechnungsdatum:", "12.03.2026"),
        ("Leistungsdatum:", "09.03.2026"),
        ("Auftrag vom:", "02.03.2026"),
    ]
    y = 136
    for a, b in info:
        d.text(x1 - 60 * MM, y, a, "Sans", 8.5)
        d.text(x1, y, b, "Sans", 8.5, "r")
        y += 12
    d.text(x0, 235, "Rechnung", "Sans-B", 14)
    d.text(x0, 258, "Sehr geehrte Frau Oswald,", "Sans", 10)
    d.para(
        x0,
        274,
        "für die Reparatur der Wasserinstallation in Ihrem Bad (Austausch Eckventile und Anschlussschläuche am Waschtisch) erlauben wir uns, wie folgt zu berechnen:",
        "Sans",
        10,
        x1 - x0,
        13,
    )
    items = [
        ("Anfahrtspauschale Stadtgebiet", D("1"), "Psch.", D("39.00")),
        ("Arbeitszeit Monteur", D("3.5"), "Std.", D("68.00")),
        ('Eckventil 1/2" x 10 mm, verchromt', D("2"), "Stk.", D("12.40")),
        ('Flexschlauch 300 mm, 3/8"', D("2"), "Stk.", D("8.95")),
        ("Kleinmaterial, Dichtungen", D("1"), "Psch.", D("6.50")),
    ]
    rows, litems = [], []
    net = ZERO
    for i, (desc, q, unit, ep) in enumerate(items, 1):
        gp = m(q * ep)
        net += gp
        rows.append(
            (str(i), fmt(q, "de", 1 if q % 1 else 0), unit, desc, fmt(ep, "de"), fmt(gp, "de"))
        )
        litems.append((desc, q, ep, gp))
    cols = [
        (x0, x0 + 22, "Pos.", "l"),
        (x0 + 22, x0 + 62, "Menge", "r"),
        (x0 + 62, x0 + 95, "Einh.", "l"),
        (x0 + 95, x1 - 120, "Bezeichnung", "l"),
        (x1 - 120, x1 - 60, "EP €", "r"),
        (x1 - 60, x1, "GP €", "r"),
    ]
    y = table(d, 318, cols, rows, "Sans", 9, "Sans-B", lead=1.7)
    d.hline(x0, x1, y + 2, lw=0.6)
    vat, _ = vat_on_net({D(19): net})
    total = net + vat
    y += 18
    for lab, val, f in (
        ("Nettobetrag", net, "Sans"),
        ("zzgl. 19 % MwSt.", vat, "Sans"),
        ("Rechnungsbetrag", total, "Sans-B"),
    ):
        d.text(x1 - 60, y, lab, f, 10, "r")
        d.text(x1, y, fmt(val, "de") + " €", f, 10, "r")
        y += 15
    d.hline(x1 - 62 * MM, x1, y - 10, lw=0.6)
    d.hline(x1 - 62 * MM, x1, y - 8, lw=0.6)
    labour = m(D("3.5") * D("68.00") + D("39.00"))
    labour_gross = labour + m(labour * D("0.19"))
    y += 10
    d.para(
        x0,
        y,
        f"Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen, spätestens bis zum 26.03.2026, ohne Abzug auf das unten genannte Konto. Im Rechnungsbetrag enthaltene Lohnkosten gemäß § 35a EStG: {fmt(labour_gross, 'de')} € (inkl. MwSt.).",
        "Sans",
        10,
        x1 - x0,
        13,
    )
    d.text(x0, y + 52, "Mit freundlichen Grüßen", "Sans", 10)
    d.text(x0, y + 78, "Thomas Brandl", "Serif-I", 12)
    fy = H - 62
    d.hline(x0, x1, fy - 12, lw=0.4, color=(0.1, 0.35, 0.7))
    cols3 = [
        [
            "Haustechnik Brandl GmbH",
            "Lindenstraße 14, 93047 Regensburg",
            "Tel. 0941 5968 220",
            "info@brandl-haustechnik.de",
        ],
        ["Sparkasse Regensburg", "IBAN DE41 7505 0000 0026 1184 07", "BIC BYLADEM1RBG", ""],
        [
            "Amtsgericht Regensburg HRB 14872",
            "Geschäftsführer: Thomas Brandl",
            "USt-IdNr. DE 284 117 390",
            "St.-Nr. 244/128/40517",
        ],
    ]
    for ci, col in enumerate(cols3):
        for li, s in enumerate(col):
            if s:
                d.text(x0 + ci * 58 * MM, fy + li * 9, s, "Sans", 6.5, color=(0.3, 0.3, 0.3))
    t = truth(
        "RE-2026-0417",
        dt.date(2026, 3, 12),
        dt.date(2026, 3, 26),
        "Haustechnik Brandl GmbH",
        net,
        vat,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        litems,
        "Letter-style; customer number and order date near the number; §35a labour share (a second euro amount incl. MwSt.) in the closing paragraph; due date only inside a sentence.",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "Germany", "plumber", "letter")


def i02(name, rng):
    """France, dentist fee note, exempt from VAT, grey scan PNG."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 22 * MM, W - 22 * MM
    d.text(x0, 60, "Docteur Claire VASSEUR", "Serif-B", 14)
    d.text(x0, 76, "Chirurgien-dentiste", "Serif-I", 10.5)
    d.text(x0, 90, "Diplômée de la Faculté d'Odontologie de Lyon", "Serif", 8.5)
    d.text(x0, 102, "N° RPPS 10101234567 — N° ADELI 69 1 23456 7", "Serif", 8.5)
    d.text(x1, 60, "Cabinet dentaire des Brotteaux", "Serif", 9.5, "r")
    d.text(x1, 73, "27, rue Tronchet", "Serif", 9.5, "r")
    d.text(x1, 86, "69006 Lyon", "Serif", 9.5, "r")
    d.text(x1, 99, "Tél. 04 78 52 19 60", "Serif", 9.5, "r")
    d.hline(x0, x1, 114, lw=0.8)
    d.text(W / 2, 150, "NOTE D'HONORAIRES", "Serif-B", 15, "c")
    d.text(W / 2, 168, "N° 2026-0118", "Serif", 10.5, "c")
    d.text(x1, 196, "Lyon, le 4 février 2026", "Serif", 10.5, "r")
    d.text(x0, 222, "Patient :", "Serif-B", 10.5)
    d.text(x0 + 55, 222, "M. Julien Perrot, né le 12/07/1984", "Serif", 10.5)
    d.text(x0 + 55, 236, "14, cours Vitton — 69006 Lyon", "Serif", 10.5)
    acts = [
        ("03/02/2026", "HBQK002", "Radiographie intrabuccale rétro-alvéolaire", D("1"), D("28.00")),
        ("03/02/2026", "HBJD001", "Détartrage et polissage des dents", D("1"), D("43.38")),
        (
            "04/02/2026",
            "HBMD053",
            "Restauration d'une dent sur 2 faces (composite)",
            D("1"),
            D("79.52"),
        ),
        (
            "04/02/2026",
            "—",
            "Dépassement d'honoraires (DE) — composite esthétique",
            D("1"),
            D("35.00"),
        ),
    ]
    cols = [
        (x0, x0 + 62, "Date", "l"),
        (x0 + 62, x0 + 118, "Code", "l"),
        (x0 + 118, x1 - 70, "Acte", "l"),
        (x1 - 70, x1, "Montant", "r"),
    ]
    rows, li = [], []
    tot = ZERO
    for date, code, desc, q, p in acts:
        rows.append((date, code, desc, fmt(p, "fr") + " €"))
        li.append((desc, q, p, p))
        tot += p
    y = table(d, 262, cols, rows, "Serif", 9.5, "Serif-B", lead=1.8, grid=True)
    y += 20
    d.text(x1 - 75, y, "Total des honoraires :", "Serif-B", 11, "r")
    d.text(x1, y, fmt(tot, "fr") + " €", "Serif-B", 11, "r")
    y += 18
    d.text(x1 - 75, y, "Réglé par carte bancaire le 04/02/2026 :", "Serif", 10, "r")
    d.text(x1, y, fmt(tot, "fr") + " €", "Serif", 10, "r")
    y += 16
    d.text(x1 - 75, y, "Reste dû :", "Serif", 10, "r")
    d.text(x1, y, "0,00 €", "Serif", 10, "r")
    y += 34
    d.para(
        x0,
        y,
        "TVA non applicable, article 261-4-1° du Code général des impôts. Honoraires acquittés, à conserver pour votre mutuelle. Membre d'une association de gestion agréée, le règlement des honoraires par chèque est accepté.",
        "Serif",
        9,
        x1 - x0,
        12,
    )
    d.text(x1 - 20, y + 70, "Dr C. Vasseur", "Serif-I", 13, "r")
    d.rect(x1 - 120, y + 80, 100, 40, lw=0.6, stroke=(0.2, 0.2, 0.5))
    d.text(x1 - 70, y + 96, "Dr Claire VASSEUR", "Sans-B", 7, "c", color=(0.2, 0.2, 0.5))
    d.text(x1 - 70, y + 106, "69006 LYON", "Sans", 7, "c", color=(0.2, 0.2, 0.5))
    d.text(x1 - 70, y + 115, "SIRET 512 384 907 00028", "Sans", 6, "c", color=(0.2, 0.2, 0.5))
    t = truth(
        "2026-0118",
        dt.date(2026, 2, 4),
        None,
        "Docteur Claire VASSEUR",
        tot,
        None,
        tot,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        li,
        "Medical fee note exempt from VAT (no tax line); already paid by card, 'Reste dû 0,00'; act dates differ from the note date; RPPS/ADELI/SIRET numbers as distractors.",
        "scan",
    )
    return Result(
        d,
        t,
        Finish(
            "scan", "png", 200, {"grey": True, "skew": -0.8, "blur": 0.7, "noise": 6, "specks": 60}
        ),
        "France",
        "dentist",
        "letter",
    )


def i03(name, rng):
    """United Kingdom, solicitors' fee note, two pages, born-digital PDF."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 24 * MM, W - 24 * MM
    green = (0.1, 0.3, 0.25)
    d.rect(x0, 36, 30, 30, lw=0, stroke=None, fill=green)
    d.text(x0 + 15, 57, "HQ", "Serif-B", 13, "c", color=(1, 1, 1))
    d.text(x0 + 40, 50, "Hartley & Quinn", "Serif-B", 18, color=green)
    d.text(x0 + 40, 63, "SOLICITORS", "Serif", 8, color=green)
    for i, s in enumerate(
        (
            "Hartley & Quinn Solicitors LLP",
            "3 Abbey Mews, Chester CH1 2HU",
            "01244 310 772 · office@hartleyquinn.co.uk",
        )
    ):
        d.text(x1, 44 + i * 11, s, "Serif", 8, "r")
    d.text(x0, 110, "Private & Confidential", "Serif-B", 9.5)
    for i, s in enumerate(("Mr D. and Mrs S. Kowalczyk", "11 Hoole Road", "Chester", "CH2 3NG")):
        d.text(x0, 126 + i * 12.5, s, "Serif", 10)
    meta = [
        ("Our ref:", "SQ/KOW/2206-4"),
        ("Your ref:", "—"),
        ("Date:", "27 February 2026"),
        ("Fee note no.:", "FN 26/0392"),
    ]
    for i, (a, b) in enumerate(meta):
        d.text(x1 - 150, 126 + i * 12.5, a, "Serif", 9.5)
        d.text(x1, 126 + i * 12.5, b, "Serif", 9.5, "r")
    d.text(x0, 204, "Dear Mr and Mrs Kowalczyk,", "Serif", 10)
    d.text(x0, 222, "Re: Purchase of 42 Brook Street, Chester CH1 3DZ", "Serif-B", 10)
    y = d.para(
        x0,
        240,
        "Completion of your purchase took place on 20 February 2026 and we are pleased to enclose our fee note for the work carried out on your behalf. A breakdown of the time recorded on the file and of the disbursements paid by us is set out on the following page.",
        "Serif",
        10,
        x1 - x0,
        13.5,
    )
    y = d.para(
        x0,
        y + 6,
        "Our professional charges were agreed in our client care letter dated 8 December 2025 at a fixed fee for the conveyancing plus time spent on the lease extension enquiries at our hourly rates. Disbursements marked with an asterisk are not subject to VAT.",
        "Serif",
        10,
        x1 - x0,
        13.5,
    )
    costs = [
        ("Fixed fee: conveyancing (freehold purchase)", D("1"), D("1150.00")),
        ("Lease extension enquiries, partner (hours)", D("2.4"), D("245.00")),
        ("Lease extension enquiries, trainee (hours)", D("1.5"), D("120.00")),
        ("Electronic money transfer fee", D("2"), D("36.00")),
    ]
    disb = [
        ("Land Registry fee *", D("150.00")),
        ("Search fees (local, drainage, environmental) *", D("318.60")),
        ("Stamp Duty Land Tax paid to HMRC *", D("4250.00")),
    ]
    prof = ZERO
    li = []
    for desc, q, r in costs:
        a = m(q * r)
        prof += a
        li.append((desc, q, r, a))
    dsum = sum((a for _d, a in disb), ZERO)
    for desc, a in disb:
        li.append((desc, D("1"), a, a))
    vat = m(prof * D("0.20"))
    total = prof + vat + dsum
    y = d.para(
        x0,
        y + 6,
        f"The total due is £{fmt(total)}. Payment is due within 14 days of the date of this fee note, i.e. by 13 March 2026. Please quote our reference when making payment.",
        "Serif",
        10,
        x1 - x0,
        13.5,
    )
    d.text(x0, y + 14, "Yours sincerely,", "Serif", 10)
    d.text(x0, y + 44, "Sarah Quinn", "Serif-I", 13)
    d.text(x0, y + 58, "Partner, for Hartley & Quinn Solicitors LLP", "Serif", 9)
    for i, s in enumerate(
        (
            "Hartley & Quinn Solicitors LLP is a limited liability partnership registered in England and Wales, no. OC418226. Authorised and regulated",
            "by the Solicitors Regulation Authority (SRA no. 642118). VAT registration no. GB 291 4467 18. Client account: Barclays, sort code 20-45-77, a/c 53018842.",
        )
    ):
        d.text(W / 2, H - 40 + i * 9, s, "Serif", 6.3, "c")
    d.text(x1, H - 20, "Page 1 of 2", "Serif", 7.5, "r")
    d.new_page()
    d.text(
        x0,
        50,
        "Hartley & Quinn Solicitors LLP — Fee note FN 26/0392 — 27 February 2026",
        "Serif-B",
        10,
    )
    d.text(x0, 80, "Profit costs", "Serif-B", 11)
    cols = [
        (x0, x1 - 170, "Description", "l"),
        (x1 - 170, x1 - 120, "Qty/Hrs", "r"),
        (x1 - 120, x1 - 60, "Rate £", "r"),
        (x1 - 60, x1, "Amount £", "r"),
    ]
    rows = [
        (desc, fmt(q, "en", 1) if q % 1 else str(q), fmt(r), fmt(m(q * r))) for desc, q, r in costs
    ]
    y = table(d, 90, cols, rows, "Serif", 9.5, "Serif-B", lead=1.7)
    d.hline(x1 - 60, x1, y + 2)
    d.text(x1 - 64, y + 16, "Total profit costs", "Serif", 9.5, "r")
    d.text(x1, y + 16, fmt(prof), "Serif", 9.5, "r")
    d.text(x1 - 64, y + 30, "VAT at 20% on profit costs", "Serif", 9.5, "r")
    d.text(x1, y + 30, fmt(vat), "Serif", 9.5, "r")
    y += 60
    d.text(x0, y, "Disbursements", "Serif-B", 11)
    cols = [(x0, x1 - 60, "Description", "l"), (x1 - 60, x1, "Amount £", "r")]
    y = table(d, y + 10, cols, [(a, fmt(b)) for a, b in disb], "Serif", 9.5, "Serif-B", lead=1.7)
    d.hline(x1 - 60, x1, y + 2)
    d.text(x1 - 64, y + 16, "Total disbursements", "Serif", 9.5, "r")
    d.text(x1, y + 16, fmt(dsum), "Serif", 9.5, "r")
    y += 44
    d.rect(x1 - 220, y, 220, 58, lw=0.8)
    for i, (a, b, f) in enumerate(
        (
            ("Profit costs", prof, "Serif"),
            ("VAT", vat, "Serif"),
            ("Disbursements", dsum, "Serif"),
            ("TOTAL DUE", total, "Serif-B"),
        )
    ):
        d.text(x1 - 212, y + 13 + i * 13, a, f, 9.5)
        d.text(x1 - 8, y + 13 + i * 13, "£" + fmt(b), f, 9.5, "r")
    d.text(
        x0,
        y + 90,
        "* Disbursements not subject to VAT.  Interest may be charged on accounts unpaid after 30 days.",
        "Serif-I",
        8.5,
    )
    d.text(x1, H - 20, "Page 2 of 2", "Serif", 7.5, "r")
    t = truth(
        "FN 26/0392",
        dt.date(2026, 2, 27),
        dt.date(2026, 3, 13),
        "Hartley & Quinn Solicitors LLP",
        prof + dsum,
        vat,
        total,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        li,
        "Two pages; VAT only on profit costs, large VAT-free disbursements (SDLT); 'Our ref' matter code near the fee-note number; due date inside prose; completion and client-care dates as distractors.",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "United Kingdom", "solicitor's fee note", "letter")


def i04(name, rng):
    """United States, electrician, QuickBooks-like grid on Letter, phone photo."""
    W, H = letter
    d = Doc(W, H)
    x0, x1 = 0.7 * 72, W - 0.7 * 72
    d.circle(x0 + 18, 62, 18, lw=0, stroke=None, fill=(0.95, 0.7, 0.1))
    d.poly(
        [(x0 + 20, 46), (x0 + 10, 65), (x0 + 18, 65), (x0 + 14, 80), (x0 + 27, 58), (x0 + 19, 58)],
        fill=(0.1, 0.1, 0.1),
    )
    d.text(x0 + 44, 60, "BRIGHT LINE ELECTRIC", "Sans-B", 17)
    d.text(x0 + 44, 74, "Residential & Light Commercial · TECL #31842", "Sans", 8)
    d.text(x1, 52, "INVOICE", "Sans-B", 22, "r", color=(0.55, 0.55, 0.55))
    for i, s in enumerate(
        (
            "Bright Line Electric LLC",
            "2210 E Cesar Chavez St, Suite B",
            "Austin, TX 78702",
            "(512) 555-0184 · billing@brightline-atx.com",
        )
    ):
        d.text(x0, 104 + i * 11, s, "Sans", 8.5)
    box = [
        ("Invoice #", "10482"),
        ("Date", "03/18/2026"),
        ("Terms", "Net 30"),
        ("Due Date", "04/17/2026"),
    ]
    for i, (a, b) in enumerate(box):
        d.rect(x1 - 170, 96 + i * 15, 80, 15, lw=0.5, fill=(0.92, 0.92, 0.92))
        d.rect(x1 - 90, 96 + i * 15, 90, 15, lw=0.5)
        d.text(x1 - 165, 107 + i * 15, a, "Sans-B", 8.5)
        d.text(x1 - 5, 107 + i * 15, b, "Sans", 8.5, "r")
    d.text(x0, 176, "BILL TO", "Sans-B", 8.5, color=(0.4, 0.4, 0.4))
    d.text(x0 + 230, 176, "JOB SITE", "Sans-B", 8.5, color=(0.4, 0.4, 0.4))
    for i, s in enumerate(("Marcus & Elena Whitfield", "4807 Avenue F", "Austin, TX 78751")):
        d.text(x0, 190 + i * 12, s, "Sans", 9.5)
    for i, s in enumerate(("Same as billing", "Work order WO-7731", "Permit BP-2026-004192")):
        d.text(x0 + 230, 190 + i * 12, s, "Sans", 9.5)
    items = [
        ("Service call / diagnostic", "1", D("1"), D("89.00"), False),
        ("Labor - replace 100A panel w/ 200A, 2 electricians", "6.5", D("6.5"), D("145.00"), False),
        ("200A main breaker load center, 40-space", "1", D("1"), D("312.40"), True),
        ("AFCI/GFCI dual function breakers 20A", "6", D("6"), D("54.95"), True),
        ("Grounding rod 8 ft + clamp, #4 copper", "1", D("1"), D("68.30"), True),
        ("City of Austin permit fee (pass-through)", "1", D("1"), D("150.00"), False),
    ]
    cols = [
        (x0, x1 - 190, "DESCRIPTION", "l"),
        (x1 - 190, x1 - 140, "QTY/HRS", "r"),
        (x1 - 140, x1 - 75, "RATE", "r"),
        (x1 - 75, x1, "AMOUNT", "r"),
    ]
    rows, li = [], []
    sub = ZERO
    taxable = ZERO
    for desc, qs, q, r, tx in items:
        a = m(q * r)
        sub += a
        if tx:
            taxable += a
        rows.append((desc + (" (T)" if tx else ""), qs, fmt(r), fmt(a)))
        li.append((desc, q, r, a))
    y = table(
        d,
        236,
        cols,
        rows,
        "Sans",
        9,
        "Sans-B",
        lead=2.0,
        grid=True,
        head_fill=(0.15, 0.15, 0.15),
        head_color=(1, 1, 1),
    )
    tax = m(taxable * D("0.0825"))
    total = sub + tax
    dep = D("500.00")
    y += 20
    for a, b, f in (
        ("Subtotal", "$" + fmt(sub), "Sans"),
        ("Taxable materials", "$" + fmt(taxable), "Sans"),
        ("Sales tax 8.25% (T items)", "$" + fmt(tax), "Sans"),
        ("Total", "$" + fmt(total), "Sans-B"),
        ("Deposit received 03/09/2026", "-$" + fmt(dep), "Sans"),
        ("Balance Due", "$" + fmt(total - dep), "Sans-B"),
    ):
        d.text(x1 - 90, y, a, f, 9.5, "r")
        d.text(x1, y, b, f, 9.5, "r")
        y += 15
    d.para(
        x0,
        y + 14,
        "Thank you for your business! Labor warranted 1 year, materials per manufacturer. Pay online at brightline-atx.com/pay or mail a check payable to Bright Line Electric LLC. A 1.5% monthly finance charge applies to balances over 30 days.",
        "Sans",
        8.5,
        x1 - x0 - 120,
        11.5,
    )
    t = truth(
        "10482",
        dt.date(2026, 3, 18),
        dt.date(2026, 4, 17),
        "Bright Line Electric LLC",
        sub,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        li,
        "US Letter grid photographed; sales tax only on (T) materials; deposit deducted so 'Balance Due' differs from the total; work order / permit / license numbers as distractors; MM/DD dates.",
        "photo",
    )
    return Result(
        d,
        t,
        Finish(
            "photo", "jpg", 170, {"long_side": 2100, "bg": "desk", "tilt": 0.05, "fold": True}, 74
        ),
        "United States",
        "electrician",
        "grid",
    )


def i05(name, rng):
    """Italy, car repair shop, pre-printed form, colour scan PNG."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 14 * MM, W - 14 * MM
    red = (0.7, 0.1, 0.1)
    d.rect(x0, 26, 150, 60, lw=1.2, stroke=red)
    d.text(x0 + 75, 48, "F.lli FERRARO", "Serif-B", 15, "c", color=red)
    d.text(x0 + 75, 62, "AUTOFFICINA · ELETTRAUTO", "Sans", 7.5, "c", color=red)
    d.text(x0 + 75, 76, "GOMMISTA · REVISIONI", "Sans", 7.5, "c", color=red)
    for i, s in enumerate(
        (
            "Autofficina F.lli Ferraro s.n.c. di Ferraro Marco & C.",
            "Corso Giulio Cesare 214/B — 10155 Torino (TO)",
            "Tel. 011 248 3390 — officina.ferraro@pec.it",
            "P.IVA / C.F. 07741290013 — REA TO-915532",
        )
    ):
        d.text(x0 + 165, 40 + i * 12, s, "Sans", 8.5 if i else 9, color=(0.15, 0.15, 0.15))
    # form boxes
    d.rect(x0, 100, 250, 72, lw=0.8, stroke=red)
    d.text(x0 + 4, 110, "Spett.le / Cliente", "Sans", 6.5, color=red)
    for i, s in enumerate(
        (
            "Bianchi Serramenti S.r.l.",
            "Via Nizza 61",
            "10126 Torino (TO)",
            "P.IVA 11823450012 — SDI M5UXCR1",
        )
    ):
        d.text(x0 + 8, 126 + i * 12, s, "Sans", 9.5)
    labs = [
        ("FATTURA N.", "87/2026"),
        ("DATA", "19/01/2026"),
        ("PAGAMENTO", "Bonifico 30 gg d.f."),
        ("SCADENZA", "18/02/2026"),
    ]
    for i, (a, b) in enumerate(labs):
        bx = x0 + 262 + (i % 2) * 126
        by = 100 + (i // 2) * 36
        d.rect(bx, by, 120, 32, lw=0.8, stroke=red)
        d.text(bx + 4, by + 9, a, "Sans", 6.5, color=red)
        d.text(bx + 8, by + 25, b, "Mono-B" if i < 2 else "Mono", 10 if i < 2 else 8.5)
    d.rect(x0, 180, x1 - x0, 30, lw=0.8, stroke=red)
    vlabs = [
        ("VEICOLO", "Fiat Doblò 1.6 MJT"),
        ("TARGA", "GH 512 ZK"),
        ("KM", "84.210"),
        ("TELAIO", "ZFA26300006K41872"),
        ("ORDINE LAV.", "OL 0312"),
    ]
    xs = [x0, x0 + 130, x0 + 205, x0 + 262, x0 + 400]
    for (a, b), bx in zip(vlabs, xs, strict=True):
        d.text(bx + 4, 189, a, "Sans", 6.5, color=red)
        d.text(bx + 4, 204, b, "Mono", 8.5)
    parts = [
        ("R", "0071752810", "Kit distribuzione + pompa acqua", D("1"), D("186.40"), D("10")),
        ("R", "55273034", "Filtro olio", D("1"), D("11.20"), D("0")),
        ("R", "SEL-5W30-C3", "Olio motore 5W30 C3 (lt)", D("4.5"), D("12.80"), D("0")),
        ("R", "46822396", "Cinghia servizi", D("1"), D("38.90"), D("10")),
        ("M", "MO", "Manodopera meccanica (ore)", D("4.5"), D("42.00"), D("0")),
        ("M", "SM", "Smaltimento rifiuti speciali", D("1"), D("6.50"), D("0")),
    ]
    cols = [
        (x0, x0 + 20, "T", "c"),
        (x0 + 20, x0 + 100, "CODICE", "l"),
        (x0 + 100, x1 - 200, "DESCRIZIONE", "l"),
        (x1 - 200, x1 - 160, "Q.TÀ", "r"),
        (x1 - 160, x1 - 105, "PREZZO", "r"),
        (x1 - 105, x1 - 70, "SC.%", "r"),
        (x1 - 70, x1, "IMPORTO", "r"),
    ]
    rows, li = [], []
    net = ZERO
    for t_, code, desc, q, p, sc in parts:
        a = m(q * p * (100 - sc) / 100)
        net += a
        rows.append(
            (
                t_,
                code,
                desc,
                fmt(q, "de", 1 if q % 1 else 0),
                fmt(p, "de"),
                fmt(sc, "de", 0) if sc else "",
                fmt(a, "de"),
            )
        )
        li.append((desc, q, p, a))
    for _ in range(7):
        rows.append(("", "", "", "", "", "", ""))
    y = table(d, 218, cols, rows, "Mono", 8.5, "Sans-B", lead=1.9, grid=True, head_color=red)
    vat = m(net * D("0.22"))
    total = net + vat
    d.rect(x0, y + 10, 280, 44, lw=0.8, stroke=red)
    d.text(x0 + 4, y + 19, "NOTE", "Sans", 6.5, color=red)
    d.para(
        x0 + 8,
        y + 31,
        "Garanzia ricambi 24 mesi. Prossimo tagliando a km 104.000. Coordinate: IBAN IT60 X054 2811 1010 0000 0123 456",
        "Sans",
        7.5,
        265,
        9.5,
    )
    tl = [
        ("IMPONIBILE", fmt(net, "de")),
        ("IVA 22%", fmt(vat, "de")),
        ("TOTALE FATTURA €", fmt(total, "de")),
    ]
    for i, (a, b) in enumerate(tl):
        by = y + 10 + i * 24
        d.rect(
            x1 - 200, by, 200, 24, lw=0.8, stroke=red, fill=(0.98, 0.92, 0.92) if i == 2 else None
        )
        d.text(x1 - 196, by + 15, a, "Sans-B" if i == 2 else "Sans", 8, color=red)
        d.text(x1 - 6, by + 16, b, "Mono-B", 10.5, "r")
    d.text(
        W / 2,
        H - 30,
        "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72 — l'originale è disponibile nel cassetto fiscale (SdI)",
        "Sans",
        6.5,
        "c",
        color=(0.3, 0.3, 0.3),
    )
    t = truth(
        "87/2026",
        dt.date(2026, 1, 19),
        dt.date(2026, 2, 18),
        "Autofficina F.lli Ferraro s.n.c.",
        net,
        vat,
        total,
        "EUR",
        "it-IT",
        "invoice",
        "invoice",
        li,
        "Pre-printed red form; line discount 10% on two parts; km reading 84.210 and VIN/order in boxes; seller name appears as wordmark 'F.lli FERRARO' and legal line; courtesy copy footer.",
        "scan",
    )
    return Result(
        d,
        t,
        Finish(
            "scan",
            "png",
            180,
            {
                "grey": False,
                "skew": 1.2,
                "blur": 0.6,
                "noise": 4,
                "specks": 25,
                "tint": (250, 247, 238),
            },
        ),
        "Italy",
        "car garage",
        "form",
    )


def i06(name, rng):
    """Netherlands, painter, two BTW rates, spreadsheet grid, born-digital PDF."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 18 * MM, W - 18 * MM
    teal = (0.0, 0.45, 0.5)
    d.rect(0, 0, W, 92, lw=0, stroke=None, fill=teal)
    d.text(x0, 48, "de Kwast", "Serif-B", 26, color=(1, 1, 1))
    d.text(x0, 68, "schilders- en onderhoudsbedrijf", "Sans", 9, color=(1, 1, 1))
    for i, s in enumerate(
        (
            "Schildersbedrijf De Kwast V.O.F.",
            "Kanaalstraat 88, 3531 CM Utrecht",
            "030 271 48 60 · planning@dekwast.nl",
            "KvK 61804417 · btw NL854302117B01",
        )
    ):
        d.text(x1, 30 + i * 12, s, "Sans", 8.5, "r", color=(1, 1, 1))
    d.text(x0, 122, "FACTUUR", "Sans-B", 16, color=teal)
    for i, s in enumerate(("Dhr. P. van Dijk", "Oudegracht 301", "3511 PC  Utrecht")):
        d.text(x0, 146 + i * 12.5, s, "Sans", 10)
    kv = [
        ("Factuurnummer", "F26-0093"),
        ("Factuurdatum", "9 april 2026"),
        ("Vervaldatum", "23 april 2026"),
        ("Offertenummer", "O26-0041"),
        ("Uw referentie", "Buitenschilderwerk"),
    ]
    for i, (a, b) in enumerate(kv):
        d.rect(x1 - 210, 134 + i * 15, 95, 15, lw=0.4, fill=(0.9, 0.95, 0.95))
        d.rect(x1 - 115, 134 + i * 15, 115, 15, lw=0.4)
        d.text(x1 - 206, 145 + i * 15, a, "Sans", 8.5)
        d.text(x1 - 111, 145 + i * 15, b, "Sans-B" if i < 3 else "Sans", 8.5)
    items = [
        (
            "Arbeidsloon schilderwerk buitenkozijnen (woning > 2 jaar)",
            D("22"),
            "uur",
            D("52.50"),
            D(9),
        ),
        ("Arbeidsloon houtrotreparatie", D("4"), "uur", D("52.50"), D(9)),
        ("Verf Sikkens Rubbol BL Satura, 2,5 l", D("3"), "st", D("89.95"), D(21)),
        ("Grondverf + kit + plamuur", D("1"), "post", D("64.20"), D(21)),
        ("Steigerhuur 1 week", D("1"), "post", D("185.00"), D(21)),
    ]
    cols = [
        (x0, x1 - 230, "Omschrijving", "l"),
        (x1 - 230, x1 - 190, "Aantal", "r"),
        (x1 - 190, x1 - 160, "Eenh.", "l"),
        (x1 - 160, x1 - 105, "Prijs", "r"),
        (x1 - 105, x1 - 65, "Btw", "r"),
        (x1 - 65, x1, "Bedrag", "r"),
    ]
    rows, li = [], []
    groups: dict = {}
    for desc, q, u, p, r in items:
        a = m(q * p)
        groups[r] = groups.get(r, ZERO) + a
        rows.append((desc, fmt(q, "de", 0), u, "€ " + fmt(p, "de"), f"{r}%", "€ " + fmt(a, "de")))
        li.append((desc, q, p, a))
    y = table(
        d, 226, cols, rows, "Sans", 8.5, "Sans-B", lead=1.9, grid=True, head_fill=(0.85, 0.93, 0.93)
    )
    net = sum(groups.values(), ZERO)
    vat, per = vat_on_net(groups)
    total = net + vat
    y += 16
    cols2 = [
        (x1 - 260, x1 - 170, "Btw-tarief", "l"),
        (x1 - 170, x1 - 85, "Grondslag", "r"),
        (x1 - 85, x1, "Btw", "r"),
    ]
    rows2 = [
        (f"{r}%", "€ " + fmt(groups[r], "de"), "€ " + fmt(per[r], "de")) for r in sorted(groups)
    ]
    y = table(d, y, cols2, rows2, "Sans", 8.5, "Sans-B", lead=1.8, grid=True)
    y += 18
    for a, b, f in (
        ("Totaal excl. btw", net, "Sans"),
        ("Totaal btw", vat, "Sans"),
        ("Totaal incl. btw", total, "Sans-B"),
    ):
        d.text(x1 - 90, y, a, f, 10, "r")
        d.text(x1, y, "€ " + fmt(b, "de"), f, 10, "r")
        y += 15
    d.para(
        x0,
        y + 20,
        f"Wij verzoeken u het bedrag van € {fmt(total, 'de')} binnen 14 dagen over te maken op IBAN NL27 RABO 0318 4420 96 t.n.v. Schildersbedrijf De Kwast V.O.F. onder vermelding van het factuurnummer. Het verlaagde btw-tarief van 9% is toegepast op het arbeidsloon voor het schilderen van woningen ouder dan 2 jaar.",
        "Sans",
        8.5,
        x1 - x0,
        11.5,
    )
    d.hline(x0, x1, H - 40, lw=0.4, color=teal)
    d.text(
        W / 2,
        H - 28,
        "Op al onze werkzaamheden zijn de algemene voorwaarden van Onderhoudnl van toepassing.",
        "Sans-I",
        7.5,
        "c",
        color=teal,
    )
    t = truth(
        "F26-0093",
        dt.date(2026, 4, 9),
        dt.date(2026, 4, 23),
        "Schildersbedrijf De Kwast V.O.F.",
        net,
        vat,
        total,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        li,
        "Two BTW rates (9% labour, 21% materials) with a rate summary table; wordmark 'de Kwast' differs from legal name; offerte number next to invoice number; Dutch month names.",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "Netherlands", "painter", "grid")


def i07(name, rng):
    """Switzerland, print shop, CHF with apostrophes, MWST 8.1 %, QR-bill payment part, born-digital PDF."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 20 * MM, W - 15 * MM
    for i, c in enumerate(((0, 0.6, 0.85), (0.85, 0.1, 0.5), (0.95, 0.85, 0.0), (0.1, 0.1, 0.1))):
        d.rect(x0 + i * 11, 34, 9, 26, lw=0, stroke=None, fill=c)
    d.text(x0 + 52, 52, "Druckerei Aebischer AG", "Cond-B", 16)
    d.text(x0 + 52, 64, "Offset · Digitaldruck · Weiterverarbeitung", "Cond", 8.5)
    d.text(x0, 100, "Druckerei Aebischer AG · Freiburgstrasse 231 · 3018 Bern", "Cond", 7)
    for i, s in enumerate(
        (
            "Verein Quartierbühne Bümpliz",
            "z. Hd. Frau Regula Zaugg",
            "Bethlehemstrasse 40",
            "3027 Bern",
        )
    ):
        d.text(x0, 116 + i * 12.5, s, "Cond", 10)
    d.text(x0, 200, "Rechnung 2026-1187", "Cond-B", 14)
    meta = [
        ("Datum", "20.02.2026"),
        ("Auftrag", "A-26-0412"),
        ("Kunden-Nr.", "30556"),
        ("Zahlbar bis", "22.03.2026"),
        ("MWST-Nr.", "CHE-105.882.417 MWST"),
    ]
    for i, (a, b) in enumerate(meta):
        d.text(x1 - 165, 116 + i * 12, a, "Cond", 8.5)
        d.text(x1, 116 + i * 12, b, "Cond", 8.5, "r")
    items = [
        ("Plakate A2, 4/0-farbig, 170 g/m² matt", D("250"), D("1.84")),
        ("Flyer A5, 4/4-farbig, 135 g/m²", D("3000"), D("0.146")),
        ("Programmheft A5, 24 Seiten, Rückendrahtheftung", D("400"), D("3.275")),
        ("Datenprüfung und Gut zum Druck", D("1"), D("85.00")),
    ]
    cols = [
        (x0, x1 - 175, "Bezeichnung", "l"),
        (x1 - 175, x1 - 125, "Menge", "r"),
        (x1 - 125, x1 - 65, "Preis", "r"),
        (x1 - 65, x1, "Betrag CHF", "r"),
    ]
    rows, li = [], []
    net = ZERO
    for desc, q, p in items:
        a = m(q * p)
        net += a
        rows.append(
            (
                desc,
                fmt(q, "ch", 0),
                fmt(p, "ch", 3) if p.as_tuple().exponent < -2 else fmt(p, "ch"),
                fmt(a, "ch"),
            )
        )
        li.append((desc, q, p, a))
    y = table(d, 218, cols, rows, "Cond", 9, "Cond-B", lead=1.8)
    disc = m(net * D("0.05"))
    net2 = net - disc
    vat = m(net2 * D("0.081"))
    total = net2 + vat
    d.hline(x1 - 240, x1, y + 2)
    y += 16
    for a, b, f in (
        ("Zwischentotal", fmt(net, "ch"), "Cond"),
        ("Vereinsrabatt 5 %", "-" + fmt(disc, "ch"), "Cond"),
        ("Total exkl. MWST", fmt(net2, "ch"), "Cond"),
        ("MWST 8,1 %", fmt(vat, "ch"), "Cond"),
        ("Rechnungsbetrag CHF", fmt(total, "ch"), "Cond-B"),
    ):
        d.text(x1 - 90, y, a, f, 9.5, "r")
        d.text(x1, y, b, f, 9.5, "r")
        y += 13.5
    d.text(x0, y + 12, "Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag.", "Cond", 9)
    # QR-bill payment part
    ty = H - 105 * MM
    d.line(0, ty, W, ty, lw=0.4, dash=(3, 2))
    d.text(5 * MM, ty + 14, "Empfangsschein", "Sans-B", 10)
    d.text(67 * MM, ty + 14, "Zahlteil", "Sans-B", 10)
    ry = ty + 30
    for a, b in (
        ("Konto / Zahlbar an", "CH44 3000 0001 2345 6789 0"),
        ("", "Druckerei Aebischer AG"),
        ("", "Freiburgstrasse 231, 3018 Bern"),
        ("Referenz", "21 00000 00003 13947 14300 09017"),
        ("Zahlbar durch", "Verein Quartierbühne Bümpliz"),
    ):
        if a:
            d.text(5 * MM, ry, a, "Sans-B", 6)
            ry += 9
        d.text(5 * MM, ry, b[:34], "Sans", 6.5)
        ry += 9
    d.text(5 * MM, ty + 170, "Währung", "Sans-B", 6)
    d.text(22 * MM, ty + 170, "Betrag", "Sans-B", 6)
    d.text(5 * MM, ty + 180, "CHF", "Sans", 8)
    d.text(22 * MM, ty + 180, fmt(total, "sp"), "Sans", 8)
    d.line(62 * MM, ty, 62 * MM, H, lw=0.4, dash=(3, 2))
    d.qr(67 * MM, ty + 26, 46 * MM, rng, n=33)
    d.rect(67 * MM + 20 * MM, ty + 26 + 20 * MM, 6 * MM, 6 * MM, lw=0, stroke=None, fill=(1, 1, 1))
    d.poly(
        [
            (90.3 * MM, ty + 26 + 21 * MM),
            (91.7 * MM, ty + 26 + 21 * MM),
            (91.7 * MM, ty + 26 + 25 * MM),
            (90.3 * MM, ty + 26 + 25 * MM),
        ],
        fill=(0.8, 0, 0),
    )
    d.text(67 * MM, ty + 170, "Währung", "Sans-B", 6)
    d.text(85 * MM, ty + 170, "Betrag", "Sans-B", 6)
    d.text(67 * MM, ty + 180, "CHF", "Sans", 8)
    d.text(85 * MM, ty + 180, fmt(total, "sp"), "Sans", 8)
    ry = ty + 30
    for a, b in (
        ("Konto / Zahlbar an", "CH44 3000 0001 2345 6789 0"),
        ("", "Druckerei Aebischer AG"),
        ("", "Freiburgstrasse 231, 3018 Bern"),
        ("Referenz", "21 00000 00003 13947 14300 09017"),
        ("Zusätzliche Informationen", "Rechnung 2026-1187"),
        ("Zahlbar durch", "Verein Quartierbühne Bümpliz"),
        ("", "Bethlehemstrasse 40, 3027 Bern"),
    ):
        if a:
            d.text(118 * MM, ry, a, "Sans-B", 7)
            ry += 10
        d.text(118 * MM, ry, b, "Sans", 8)
        ry += 10
    t = truth(
        "2026-1187",
        dt.date(2026, 2, 20),
        dt.date(2026, 3, 22),
        "Druckerei Aebischer AG",
        net2,
        vat,
        total,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        li,
        "Apostrophe thousands (2'354.80); 3-decimal unit prices; 5% club discount before MWST; QR-bill payment part repeats amount with space thousands and a long reference number; order and customer numbers.",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "Switzerland", "printer", "letter")


def i08(name, rng):
    """Australia, freight forwarder, grid with GST-free international legs, image-only PDF scan."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 15 * MM, W - 15 * MM
    navy = (0.05, 0.15, 0.35)
    d.poly([(x0, 70), (x0 + 20, 40), (x0 + 60, 40), (x0 + 40, 70)], fill=navy)
    d.text(x0 + 68, 58, "SOUTHERN CROSS FREIGHT", "Sans-B", 15, color=navy)
    d.text(x0 + 68, 70, "Customs Brokers & International Freight Forwarders", "Sans", 8)
    d.text(x1, 50, "TAX INVOICE", "Sans-B", 16, "r")
    d.text(x1, 64, "Southern Cross Freight Pty Ltd", "Sans", 8, "r")
    d.text(x1, 74, "ABN 48 127 553 906", "Sans", 8, "r")
    d.text(x1, 84, "Unit 4, 17 Tullamarine Park Rd, Tullamarine VIC 3043", "Sans", 8, "r")
    g = [
        ("Invoice No", "SCF-INV-058214"),
        ("Invoice Date", "11/05/2026"),
        ("Due Date", "10/06/2026"),
        ("Account", "HARBO01"),
        ("Job No", "IMP-26-03317"),
    ]
    for i, (a, b) in enumerate(g):
        d.rect(x0 + i * 36 * MM, 100, 36 * MM, 30, lw=0.6)
        d.text(x0 + i * 36 * MM + 4, 110, a, "Sans", 7)
        d.text(x0 + i * 36 * MM + 4, 124, b, "Sans-B", 8.5)
    d.rect(x0, 138, 88 * MM, 62, lw=0.6)
    d.text(x0 + 4, 148, "Bill to", "Sans", 7)
    for i, s in enumerate(
        ("Harbour Lane Homewares Pty Ltd", "PO Box 2291", "Geelong VIC 3220", "ABN 61 604 118 227")
    ):
        d.text(x0 + 6, 161 + i * 11, s, "Sans", 8.5)
    d.rect(x0 + 92 * MM, 138, x1 - x0 - 92 * MM, 62, lw=0.6)
    sh = [
        ("Vessel/Voyage", "MSC ROSARIA / 614S"),
        ("B/L", "MEDUNB482210"),
        ("Container", "MSCU 481220-7 1x40HC"),
        ("POL / POD", "Ningbo / Melbourne"),
        ("ETA", "02/05/2026"),
    ]
    for i, (a, b) in enumerate(sh):
        d.text(x0 + 92 * MM + 4, 150 + i * 11, a, "Sans", 7.5)
        d.text(x0 + 92 * MM + 80, 150 + i * 11, b, "Mono", 8)
    items = [
        ("Ocean freight Ningbo - Melbourne (USD 1,850 @ 0.6512)", D("2840.91"), False),
        ("Origin charges (THC, docs)", D("412.50"), False),
        ("Destination terminal handling", D("465.00"), True),
        ("Customs clearance & ICS lodgement", D("185.00"), True),
        ("Biosecurity inspection fee (DAFF)", D("189.00"), False),
        ("Cartage to Geelong, 1x40HC, incl. fuel levy", D("1120.00"), True),
        ("Import duty 5% (disbursement)", D("1462.37"), False),
        ("Import GST paid on behalf (disbursement)", D("3264.15"), False),
    ]
    cols = [
        (x0, x1 - 180, "Description", "l"),
        (x1 - 180, x1 - 130, "GST", "c"),
        (x1 - 130, x1 - 65, "GST Amt", "r"),
        (x1 - 65, x1, "Amount AUD", "r"),
    ]
    rows, li = [], []
    net = ZERO
    gst = ZERO
    for desc, a, tx in items:
        gv = m(a * D("0.10")) if tx else ZERO
        net += a
        gst += gv
        rows.append((desc, "10%" if tx else "FRE", fmt(gv), fmt(a)))
        li.append((desc, D("1"), a, a))
    y = table(
        d, 210, cols, rows, "Sans", 8, "Sans-B", lead=2.0, grid=True, head_fill=(0.85, 0.87, 0.92)
    )
    total = net + gst
    y += 14
    for a, b, f in (
        ("Total ex GST", fmt(net), "Sans"),
        ("GST", fmt(gst), "Sans"),
        ("TOTAL AUD", fmt(total), "Sans-B"),
    ):
        d.rect(x1 - 150, y - 10, 150, 16, lw=0.6)
        d.text(x1 - 146, y + 1, a, f, 9)
        d.text(x1 - 4, y + 1, b, f, 9, "r")
        y += 16
    d.text(x0, y - 30, "FRE = GST-free (international transport / disbursement)", "Sans-I", 7.5)
    d.rect(x0, y + 20, x1 - x0, 48, lw=0.6)
    d.text(
        x0 + 4,
        y + 32,
        "Remittance: Commonwealth Bank  BSB 063-019  Account 1044 8823  Ref: SCF-INV-058214",
        "Sans",
        8,
    )
    d.text(
        x0 + 4,
        y + 46,
        "Payment terms 30 days from invoice date. Credit card payments attract a 1.2% surcharge.",
        "Sans",
        8,
    )
    d.text(
        x0 + 4,
        y + 60,
        "All business is undertaken subject to the AIFFA Standard Trading Conditions.",
        "Sans",
        8,
    )
    t = truth(
        "SCF-INV-058214",
        dt.date(2026, 5, 11),
        dt.date(2026, 6, 10),
        "Southern Cross Freight Pty Ltd",
        net,
        gst,
        total,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        li,
        "Image-only PDF; most lines GST-free (FRE) incl. import GST paid as disbursement (not the invoice's GST); USD ocean freight converted; DD/MM dates; job/B/L/container numbers.",
        "scan",
    )
    return Result(
        d,
        t,
        Finish(
            "scan", "pdf", 200, {"grey": True, "skew": 0.6, "blur": 0.5, "noise": 5, "specks": 30}
        ),
        "Australia",
        "freight forwarder",
        "grid",
    )


def i09(name, rng):
    """Poland, wholesaler, Faktura VAT with 23 % and 8 %, two pages, born-digital PDF."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 12 * MM, W - 12 * MM
    d.text(x0, 40, "HURTOWNIA SPOŻYWCZA", "Sans-B", 11)
    d.text(x0, 64, "MAZUR-POL", "Sans-B", 22, color=(0.0, 0.45, 0.2))
    d.text(x1, 40, "Faktura VAT", "Sans-B", 16, "r")
    d.text(x1, 58, "nr FV/0412/03/2026", "Sans-B", 11, "r")
    d.text(x1, 74, "Oryginał", "Sans-I", 8.5, "r")
    meta = [
        ("Data wystawienia:", "16.03.2026"),
        ("Data sprzedaży:", "16.03.2026"),
        ("Miejsce wystawienia:", "Olsztyn"),
        ("Termin płatności:", "30.03.2026"),
        ("Sposób płatności:", "przelew 14 dni"),
    ]
    for i, (a, b) in enumerate(meta):
        d.text(x1 - 100, 92 + i * 11, a, "Sans", 8, "r")
        d.text(x1, 92 + i * 11, b, "Sans-B", 8, "r")
    d.text(x0, 150, "Sprzedawca:", "Sans-B", 8.5)
    d.text(x0 + 95 * MM, 150, "Nabywca:", "Sans-B", 8.5)
    for i, s in enumerate(
        (
            "Mazur-Pol Sp. z o.o.",
            "ul. Lubelska 44",
            "10-409 Olsztyn",
            "NIP 739-384-12-06",
            "BDO 000118422",
            "mBank 54 1140 2004 0000 3202 7761 0934",
        )
    ):
        d.text(x0, 163 + i * 11, s, "Sans", 8.5)
    for i, s in enumerate(
        (
            'Sklep Spożywczy "U Basi" Barbara Nowicka',
            "ul. Warmińska 7",
            "11-040 Dobre Miasto",
            "NIP 743-190-77-58",
        )
    ):
        d.text(x0 + 95 * MM, 163 + i * 11, s, "Sans", 8.5)
    prods = [
        ("Mąka pszenna typ 450 1 kg", "szt", 60, "3.19", 8),
        ("Cukier biały 1 kg", "szt", 50, "3.89", 8),
        ("Olej rzepakowy 1 l", "szt", 24, "7.49", 8),
        ("Makaron świderki 500 g", "szt", 40, "3.15", 8),
        ("Ryż biały 4x100 g", "szt", 30, "3.65", 8),
        ("Kawa mielona 500 g", "szt", 12, "24.90", 23),
        ("Herbata czarna 100 tb.", "szt", 18, "9.79", 23),
        ("Woda mineralna 1,5 l (zgrz. 6)", "zgrz", 20, "9.60", 8),
        ("Sok jabłkowy 1 l", "szt", 36, "3.99", 8),
        ("Czekolada mleczna 100 g", "szt", 48, "3.49", 8),
        ("Baton zbożowy 40 g", "szt", 60, "1.59", 8),
        ("Płyn do naczyń 1 l", "szt", 15, "6.29", 23),
        ("Papier toaletowy 8 rolek", "opak", 20, "11.90", 23),
        ("Proszek do prania 1,5 kg", "szt", 10, "21.50", 23),
        ("Zapałki 10 pudełek", "opak", 25, "2.10", 23),
        ("Sól kuchenna 1 kg", "szt", 30, "1.45", 8),
        ("Ocet spirytusowy 10% 0,5 l", "szt", 24, "2.39", 23),
        ("Konserwa rybna 170 g", "szt", 40, "5.29", 8),
        ("Groszek konserwowy 400 g", "szt", 36, "3.59", 8),
        ("Koncentrat pomidorowy 200 g", "szt", 30, "2.99", 8),
        ("Musztarda 180 g", "szt", 24, "2.79", 8),
        ("Ketchup łagodny 480 g", "szt", 24, "5.49", 8),
        ("Przyprawa do zup 1 kg", "szt", 6, "14.80", 8),
        ("Worki na śmieci 35 l", "opak", 30, "3.20", 23),
        ("Baterie AA 4 szt.", "opak", 10, "9.90", 23),
        ("Gąbki kuchenne 5 szt.", "opak", 20, "2.49", 23),
        ("Zupa instant 65 g", "szt", 72, "1.29", 8),
        ("Piwo jasne 0,5 l but. zwrotna", "szt", 40, "2.85", 23),
        ("Kaucja za butelkę zwrotną", "szt", 40, "0.50", 23),
        ("Chusteczki higieniczne", "opak", 24, "3.10", 23),
    ]
    cols = [
        (x0, x0 + 18, "Lp.", "r"),
        (x0 + 18, x1 - 270, "Nazwa towaru", "l"),
        (x1 - 270, x1 - 240, "J.m.", "c"),
        (x1 - 240, x1 - 210, "Ilość", "r"),
        (x1 - 210, x1 - 160, "Cena netto", "r"),
        (x1 - 160, x1 - 105, "Wart. netto", "r"),
        (x1 - 105, x1 - 80, "VAT", "r"),
        (x1 - 80, x1 - 45, "Kw. VAT", "r"),
        (x1 - 45, x1, "Brutto", "r"),
    ]
    rows, li = [], []
    groups: dict = {}
    for i, (n_, u, q, p, r) in enumerate(prods, 1):
        p = D(p)
        a = m(q * p)
        r = D(r)
        groups[r] = groups.get(r, ZERO) + a
        lv = m(a * r / 100)
        rows.append(
            (
                f"{i}.",
                n_,
                u,
                str(q),
                fmt(p, "plainc"),
                fmt(a, "se"),
                f"{r}%",
                fmt(lv, "plainc"),
                fmt(a + lv, "se"),
            )
        )
        li.append((n_, q, p, a))
    y = table(
        d,
        240,
        cols,
        rows[:28],
        "Cond",
        7.5,
        "Cond-B",
        lead=1.75,
        grid=True,
        head_fill=(0.88, 0.94, 0.9),
    )
    d.text(x1, H - 24, "Strona 1 z 2", "Sans", 7, "r")
    d.text(x0, H - 24, "FV/0412/03/2026", "Sans", 7)
    d.new_page()
    d.text(x0, 40, "Faktura VAT nr FV/0412/03/2026 — ciąg dalszy", "Sans-B", 10)
    y = table(
        d,
        56,
        cols,
        rows[28:],
        "Cond",
        7.5,
        "Cond-B",
        lead=1.75,
        grid=True,
        head_fill=(0.88, 0.94, 0.9),
    )
    net = sum(groups.values(), ZERO)
    vat, per = vat_on_net(groups)
    total = net + vat
    y += 14
    cols2 = [
        (x1 - 280, x1 - 200, "Stawka VAT", "l"),
        (x1 - 200, x1 - 130, "Wartość netto", "r"),
        (x1 - 130, x1 - 70, "Kwota VAT", "r"),
        (x1 - 70, x1, "Wartość brutto", "r"),
    ]
    rows2 = [
        (f"{r}%", fmt(groups[r], "se"), fmt(per[r], "se"), fmt(groups[r] + per[r], "se"))
        for r in sorted(groups, reverse=True)
    ]
    rows2.append(("Razem:", fmt(net, "se"), fmt(vat, "se"), fmt(total, "se")))
    y = table(d, y, cols2, rows2, "Cond", 8.5, "Cond-B", lead=1.8, grid=True)
    zl = int(total)
    gr = int((total - zl) * 100)
    d.text(x0, y + 24, f"Do zapłaty: {fmt(total, 'se')} PLN", "Sans-B", 13)
    d.text(x0, y + 42, f"Razem do zapłaty: {zl} zł {gr:02d} gr", "Sans", 8.5)
    d.text(
        x0,
        y + 56,
        "Zapłacono: 0,00 PLN     Pozostało do zapłaty: " + fmt(total, "se") + " PLN",
        "Sans",
        8.5,
    )
    d.hline(x0, x0 + 60 * MM, y + 110, lw=0.4)
    d.hline(x1 - 60 * MM, x1, y + 110, lw=0.4)
    d.text(x0 + 30 * MM, y + 120, "Osoba upoważniona do odbioru", "Sans", 6.5, "c")
    d.text(x1 - 30 * MM, y + 120, "Osoba upoważniona do wystawienia", "Sans", 6.5, "c")
    d.text(x1, H - 24, "Strona 2 z 2", "Sans", 7, "r")
    t = truth(
        "FV/0412/03/2026",
        dt.date(2026, 3, 16),
        dt.date(2026, 3, 30),
        "Mazur-Pol Sp. z o.o.",
        net,
        vat,
        total,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        li,
        "Two pages, 30 lines over a page break; 8% and 23% VAT summary; space thousands and decimal comma; bottle deposit as a taxed line; wordmark 'MAZUR-POL' vs legal name; total repeated as 'zł ... gr'.",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "Poland", "wholesaler", "grid")


def i10(name, rng):
    """Canada (Québec), sports club fees with TPS + TVQ, born-digital PDF, French."""
    W, H = letter
    d = Doc(W, H)
    x0, x1 = 54, W - 54
    d.circle(x0 + 26, 64, 26, lw=2, stroke=(0.75, 0.1, 0.15))
    d.text(x0 + 26, 60, "CNR", "Sans-B", 12, "c", color=(0.75, 0.1, 0.15))
    d.text(x0 + 26, 73, "1987", "Sans", 7, "c", color=(0.75, 0.1, 0.15))
    d.text(x0 + 64, 58, "Club de natation Rosemont", "Serif-B", 17)
    d.text(x0 + 64, 74, "5300, boul. Saint-Michel, Montréal (Québec) H2G 2L3", "Serif", 8.5)
    d.text(x0 + 64, 85, "514 555-0163 · inscriptions@cnrosemont.qc.ca", "Serif", 8.5)
    d.hline(x0, x1, 104, lw=1, color=(0.75, 0.1, 0.15))
    d.text(x0, 132, "FACTURE", "Serif-B", 15)
    kv = [
        ("N° de facture :", "CNR-26-00731"),
        ("Date :", "2026-01-08"),
        ("Échéance :", "2026-01-31"),
        ("N° de membre :", "M-4471"),
    ]
    for i, (a, b) in enumerate(kv):
        d.text(x1 - 95, 124 + i * 13, a, "Serif", 9.5, "r")
        d.text(x1, 124 + i * 13, b, "Serif-B", 9.5, "r")
    d.text(x0, 156, "Facturé à :", "Serif-B", 9.5)
    for i, s in enumerate(
        ("Mme Isabelle Gagnon-Tremblay", "6120, 11e Avenue", "Montréal (Québec) H1Y 2R5")
    ):
        d.text(x0, 170 + i * 12, s, "Serif", 9.5)
    items = [
        ("Cotisation annuelle 2026 — Léa Tremblay (groupe Espadon)", D("1"), D("95.00")),
        ("Session hiver 2026 — 2 entraînements/sem., 12 semaines", D("1"), D("310.00")),
        ("Cotisation annuelle 2026 — Noah Tremblay (groupe Dauphin)", D("1"), D("95.00")),
        ("Session hiver 2026 — 1 entraînement/sem., 12 semaines", D("1"), D("185.00")),
        ("Bonnet de bain du club", D("2"), D("12.50")),
    ]
    cols = [
        (x0, x1 - 150, "Description", "l"),
        (x1 - 150, x1 - 110, "Qté", "r"),
        (x1 - 110, x1 - 60, "Prix", "r"),
        (x1 - 60, x1, "Montant", "r"),
    ]
    rows, li = [], []
    sub = ZERO
    for desc, q, p in items:
        a = m(q * p)
        sub += a
        rows.append((desc, fmt(q, "fr", 0), fmt(p, "fr") + " $", fmt(a, "fr") + " $"))
        li.append((desc, q, p, a))
    y = table(d, 220, cols, rows, "Serif", 9, "Serif-B", lead=1.9)
    disc = m(D("185.00") * D("0.15"))
    net = sub - disc
    tps = m(net * D("0.05"))
    tvq = m(net * D("0.09975"))
    total = net + tps + tvq
    d.hline(x0, x1, y + 2)
    y += 18
    for a, b, f in (
        ("Sous-total", fmt(sub, "fr") + " $", "Serif"),
        ("Rabais famille 15 % (2e enfant, session)", "-" + fmt(disc, "fr") + " $", "Serif"),
        ("Montant avant taxes", fmt(net, "fr") + " $", "Serif"),
        ("TPS 5 % (n° 812440917 RT0001)", fmt(tps, "fr") + " $", "Serif"),
        ("TVQ 9,975 % (n° 1221458803 TQ0001)", fmt(tvq, "fr") + " $", "Serif"),
        ("TOTAL", fmt(total, "fr") + " $", "Serif-B"),
    ):
        d.text(x1 - 90, y, a, f, 9.5, "r")
        d.text(x1, y, b, f, 9.5, "r")
        y += 14
    d.para(
        x0,
        y + 18,
        "Paiement par virement Interac à paiements@cnrosemont.qc.ca ou par chèque à l'ordre du Club de natation Rosemont inc. Un reçu aux fins du crédit d'impôt pour activités des enfants sera émis en février.",
        "Serif",
        8.5,
        x1 - x0,
        11.5,
    )
    d.text(
        W / 2,
        H - 36,
        "Club de natation Rosemont inc. — organisme sans but lucratif — NEQ 1143902217",
        "Serif-I",
        7.5,
        "c",
    )
    t = truth(
        "CNR-26-00731",
        dt.date(2026, 1, 8),
        dt.date(2026, 1, 31),
        "Club de natation Rosemont inc.",
        net,
        tps + tvq,
        total,
        "CAD",
        "fr-CA",
        "invoice",
        "invoice",
        li,
        "Two taxes (TPS 5% + TVQ 9.975%) keyed as one vat sum; family discount before tax; ISO dates; French number format with '$' after; tax registration numbers inside tax labels; member number.",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "Canada", "swimming club fees", "letter")


def i11(name, rng):
    """India, offset printer, GST tax invoice with CGST + SGST, lakh grouping, born-digital PDF."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 14 * MM, W - 14 * MM
    d.rect(x0, 20, x1 - x0, H - 40, lw=0.8)
    d.text(W / 2, 36, "TAX INVOICE", "Sans-B", 11, "c")
    d.hline(x0, x1, 42, lw=0.8)
    d.text(W / 2, 64, "SHREE GANESH OFFSET PRINTERS", "Serif-B", 16, "c", color=(0.55, 0.1, 0.1))
    d.text(
        W / 2,
        78,
        "Plot 14, MIDC Bhosari, Pune - 411026, Maharashtra · Ph. 020-2712 4480",
        "Sans",
        8,
        "c",
    )
    d.text(
        W / 2,
        90,
        "GSTIN: 27AAKFS4471P1Z3   ·   PAN: AAKFS4471P   ·   State: Maharashtra (27)",
        "Sans",
        8,
        "c",
    )
    d.hline(x0, x1, 98, lw=0.8)
    half = (x0 + x1) / 2
    d.line(half, 98, half, 180, lw=0.8)
    for i, s in enumerate(
        (
            "Billed to:",
            "Deccan Valley Public School",
            "Survey No. 88, Wagholi, Pune 412207",
            "GSTIN: 27AABTD0192K1ZQ",
            "Place of supply: Maharashtra (27)",
        )
    ):
        d.text(x0 + 5, 112 + i * 13, s, "Sans-B" if i < 2 else "Sans", 8.5)
    for i, (a, b) in enumerate(
        (
            ("Invoice No.", "SGOP/25-26/1184"),
            ("Invoice Date", "21-03-2026"),
            ("Challan No.", "DC-2291"),
            ("PO Ref.", "DVPS/PO/2026/017"),
            ("Due Date", "20-04-2026"),
        )
    ):
        d.text(half + 5, 112 + i * 13, a, "Sans", 8.5)
        d.text(half + 80, 112 + i * 13, ": " + b, "Sans-B" if i in (0, 1) else "Sans", 8.5)
    d.hline(x0, x1, 180, lw=0.8)
    items = [
        ("Annual report book, 96 pp, 4 col", "4901", D("500"), D("142.00")),
        ("Exam answer booklets, 32 pp", "4820", D("6000"), D("7.37")),
        ("School diary 2026-27, hard bound", "4820", D("1200"), D("96.50")),
        ("Certificates, 300 gsm, 1 col", "4911", D("800"), D("6.25")),
    ]
    cols = [
        (x0, x0 + 24, "S.No", "c"),
        (x0 + 24, x1 - 250, "Description of Goods", "l"),
        (x1 - 250, x1 - 205, "HSN", "c"),
        (x1 - 205, x1 - 160, "Qty", "r"),
        (x1 - 160, x1 - 110, "Rate", "r"),
        (x1 - 110, x1, "Taxable Value (₹)", "r"),
    ]
    rows, li = [], []
    net = ZERO
    for i, (desc, hsn, q, p) in enumerate(items, 1):
        a = m(q * p)
        net += a
        rows.append((str(i), desc, hsn, fmt(q, "in", 0), fmt(p, "in"), fmt(a, "in")))
        li.append((desc, q, p, a))
    y = table(
        d, 180, cols, rows, "Sans", 8.5, "Sans-B", lead=2.0, grid=True, head_fill=(0.93, 0.93, 0.93)
    )
    cg = m(net * D("0.06"))
    sg = m(net * D("0.06"))
    total_raw = net + cg + sg
    total = m0(total_raw)
    ro = total - total_raw
    net_k = net + ro
    y += 16
    for a, b, f in (
        ("Taxable Value", fmt(net, "in"), "Sans"),
        ("CGST @ 6%", fmt(cg, "in"), "Sans"),
        ("SGST @ 6%", fmt(sg, "in"), "Sans"),
        ("Round Off", ("+" if ro >= 0 else "") + fmt(ro, "in"), "Sans"),
        ("Grand Total (₹)", fmt(total, "in"), "Sans-B"),
    ):
        d.text(x1 - 110, y, a, f, 9, "r")
        d.text(x1 - 5, y, b, f, 9, "r")
        y += 14
    d.text(
        x0 + 5,
        y + 10,
        "Amount in words: Rupees Two Lakh Sixty-Four Thousand Three Hundred Forty-Two Only",
        "Sans-I",
        8,
    )
    d.text(
        x0 + 5,
        y + 32,
        "Bank: Cosmos Co-op Bank, Bhosari · A/c 0471 5010 0018 823 · IFSC COSB0000047",
        "Sans",
        8,
    )
    d.text(
        x0 + 5,
        y + 46,
        "Terms: Payment within 30 days. Interest @18% p.a. on overdue bills. Subject to Pune jurisdiction.",
        "Sans",
        8,
    )
    d.text(x1 - 5, y + 90, "For SHREE GANESH OFFSET PRINTERS", "Sans-B", 8.5, "r")
    d.text(x1 - 5, y + 130, "Authorised Signatory", "Sans", 8, "r")
    assert total == D("264342"), total
    t = truth(
        "SGOP/25-26/1184",
        dt.date(2026, 3, 21),
        dt.date(2026, 4, 20),
        "SHREE GANESH OFFSET PRINTERS",
        net_k,
        cg + sg,
        total,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        li,
        "Lakh grouping (2,64,342.00); CGST+SGST summed as vat; round-off line to whole rupees (keyed into amount); financial-year invoice number; DD-MM-YYYY; HSN codes and GSTINs; challan and PO numbers.",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "India", "printer", "form")


def i12(name, rng):
    """Mexico, electrician, simple word-processor invoice (recibo de honorarios style) with IVA 16 %, image-only PDF scan."""
    W, H = letter
    d = Doc(W, H)
    x0, x1 = 60, W - 60
    d.text(W / 2, 60, "INSTALACIONES ELÉCTRICAS RAMÍREZ", "Sans-B", 14, "c")
    d.text(W / 2, 76, "Ing. Héctor Ramírez Lozano · RFC RALH7805129K3", "Sans", 9, "c")
    d.text(
        W / 2,
        88,
        "Calle Morelos 1420, Col. Americana, C.P. 44160, Guadalajara, Jal. · Tel. 33 3616 2074",
        "Sans",
        8,
        "c",
    )
    d.hline(x0, x1, 98, lw=1.2)
    d.text(x0, 124, "FACTURA", "Sans-B", 12)
    d.text(x0, 140, "Serie A  Folio 0352", "Mono-B", 10)
    d.text(x1, 124, "Guadalajara, Jal., a 27 de abril de 2026", "Sans", 9.5, "r")
    d.text(x1, 140, "Folio fiscal (UUID): 6F2A91C4-3B7E-4D10-A5E2-90B1C7D34E18", "Mono", 7, "r")
    d.text(x0, 168, "Cliente:", "Sans-B", 9.5)
    for i, s in enumerate(
        (
            "Panadería La Espiga de Oro, S.A. de C.V.",
            "RFC PEO140312AB7 · Uso CFDI: G03 Gastos en general",
            "Av. Hidalgo 955, Col. Centro, Guadalajara, Jal.",
        )
    ):
        d.text(x0 + 50, 168 + i * 12, s, "Sans", 9.5)
    items = [
        ("Cambio de centro de carga trifásico 12 polos", D("1"), D("6850.00")),
        ("Cableado calibre 8 THW a hornos (m)", D("35"), D("48.50")),
        ("Interruptores termomagnéticos 3x40 A", D("2"), D("1240.00")),
        ("Mano de obra, 2 técnicos, jornada completa", D("2"), D("2400.00")),
    ]
    cols = [
        (x0, x0 + 45, "Cant.", "r"),
        (x0 + 45, x1 - 150, "Descripción", "l"),
        (x1 - 150, x1 - 75, "P. Unitario", "r"),
        (x1 - 75, x1, "Importe", "r"),
    ]
    rows, li = [], []
    net = ZERO
    for desc, q, p in items:
        a = m(q * p)
        net += a
        rows.append((fmt(q, "en", 0), desc, "$" + fmt(p), "$" + fmt(a)))
        li.append((desc, q, p, a))
    y = table(d, 220, cols, rows, "Sans", 9, "Sans-B", lead=2.0)
    iva = m(net * D("0.16"))
    total = net + iva
    d.hline(x0, x1, y + 2)
    y += 18
    for a, b, f in (
        ("Subtotal", net, "Sans"),
        ("IVA 16%", iva, "Sans"),
        ("Total", total, "Sans-B"),
    ):
        d.text(x1 - 90, y, a, f, 10, "r")
        d.text(x1, y, "$" + fmt(b), f, 10, "r")
        y += 15
    d.text(
        x0,
        y + 10,
        "Importe con letra: (DIECIOCHO MIL TRESCIENTOS CINCUENTA Y NUEVE PESOS 90/100 M.N.)",
        "Sans",
        8.5,
    )
    d.text(
        x0,
        y + 26,
        "Forma de pago: 03 Transferencia · Método de pago: PUE Pago en una sola exhibición · Moneda: MXN",
        "Sans",
        8.5,
    )
    d.text(
        x0,
        y + 42,
        "Régimen fiscal: 612 Personas Físicas con Actividades Empresariales y Profesionales",
        "Sans",
        8.5,
    )
    d.text(x0, y + 58, "Cuenta BBVA CLABE 012320001234567891", "Sans", 8.5)
    d.qr(x0, y + 80, 80, rng, n=29)
    d.text(
        x0 + 95, y + 100, "Este documento es una representación impresa de un CFDI 4.0", "Sans", 7.5
    )
    d.text(x0 + 95, y + 112, "Sello digital del emisor: kX8Qb1pR0w...Zt7u2A==", "Mono", 7)
    assert total == D("18359.90"), total
    t = truth(
        "A 0352",
        dt.date(2026, 4, 27),
        None,
        "INSTALACIONES ELÉCTRICAS RAMÍREZ",
        net,
        iva,
        total,
        "MXN",
        "es-MX",
        "invoice",
        "invoice",
        li,
        "Image-only PDF; number split as 'Serie A Folio 0352' (keyed 'A 0352') next to a long UUID folio fiscal; trade name letterhead, person's RFC below; date in words; amount in words.",
        "scan",
    )
    return Result(
        d,
        t,
        Finish(
            "scan", "pdf", 160, {"grey": True, "skew": -1.5, "blur": 0.7, "noise": 7, "specks": 50}
        ),
        "Mexico",
        "electrician",
        "letter",
    )


def i13(name, rng):
    """Sweden, building-supplies wholesaler, credit note (kreditfaktura), moms 25 %, born-digital PDF."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 20 * MM, W - 20 * MM
    d.text(x0, 56, "BYGGGROSSEN", "Sans-B", 20, color=(0.9, 0.45, 0.0))
    d.text(x0, 70, "i Västerås", "Sans-I", 10, color=(0.9, 0.45, 0.0))
    d.text(x1, 44, "KREDITFAKTURA", "Sans-B", 15, "r")
    kv = [
        ("Kreditfakturanr", "KF 20260057"),
        ("Datum", "2026-05-06"),
        ("Avser faktura", "F 20261893"),
        ("Kundnr", "14220"),
        ("Er referens", "Anders Lind"),
    ]
    for i, (a, b) in enumerate(kv):
        d.text(x1 - 150, 62 + i * 12, a, "Sans", 8.5)
        d.text(x1, 62 + i * 12, b, "Sans-B" if i < 3 else "Sans", 8.5, "r")
    for i, s in enumerate(("Linds Bygg & Montage AB", "Box 118", "721 05 Västerås")):
        d.text(x0, 150 + i * 13, s, "Sans", 10)
    d.para(
        x0,
        210,
        "Kreditering avser returnerat material enligt returbevis R-0311 samt prisjustering på virke levererat 2026-04-22.",
        "Sans",
        9,
        x1 - x0,
        12,
    )
    items = [
        ("Gipsskiva GN13 900x2500, retur", D("-24"), D("89.00")),
        ("Reglar 45x95 C24 L=3,0 m, retur", D("-40"), D("62.50")),
        ("Prisjustering konstruktionsvirke enl. avtal", D("-1"), D("1150.00")),
    ]
    cols = [
        (x0, x1 - 200, "Benämning", "l"),
        (x1 - 200, x1 - 140, "Antal", "r"),
        (x1 - 140, x1 - 75, "À-pris", "r"),
        (x1 - 75, x1, "Belopp", "r"),
    ]
    rows, li = [], []
    net = ZERO
    for desc, q, p in items:
        a = m(q * p)
        net += a
        rows.append((desc, fmt(q, "se", 0), fmt(p, "se"), fmt(a, "se")))
        li.append((desc, q, p, a))
    y = table(d, 246, cols, rows, "Sans", 9, "Sans-B", lead=1.9, grid=True)
    moms = m(net * D("0.25"))
    total = net + moms
    y += 20
    for a, b, f in (
        ("Netto", net, "Sans"),
        ("Moms 25 %", moms, "Sans"),
        ("Att erhålla SEK", total, "Sans-B"),
    ):
        d.text(x1 - 90, y, a, f, 10, "r")
        d.text(x1, y, fmt(b, "se"), f, 10, "r")
        y += 15
    d.text(
        x0,
        y + 16,
        "Beloppet kvittas mot nästa faktura eller återbetalas till ert konto inom 30 dagar.",
        "Sans",
        9,
    )
    d.hline(x0, x1, H - 58, lw=0.5)
    foot = [
        ("Byggrossen i Västerås AB", "Tunbytorpsgatan 31", "721 37 Västerås"),
        ("Telefon 021-440 58 00", "order@byggrossen.se", "www.byggrossen.se"),
        ("Org.nr 556712-4409", "Momsreg.nr SE556712440901", "Godkänd för F-skatt"),
        ("Bankgiro 5318-2207", "IBAN SE45 5000 0000 0583 9825 7466", ""),
    ]
    for ci, col in enumerate(foot):
        for li_, s in enumerate(col):
            if s:
                d.text(x0 + ci * 43 * MM, H - 46 + li_ * 9, s, "Sans", 6.3)
    t = truth(
        "KF 20260057",
        dt.date(2026, 5, 6),
        None,
        "Byggrossen i Västerås AB",
        net,
        moms,
        total,
        "SEK",
        "sv-SE",
        "invoice",
        "credit_note",
        li,
        "Credit note with negative quantities and amounts (keyed negative); refers to original invoice F 20261893; wordmark 'BYGGGROSSEN' vs legal name in the footer; space thousands, decimal comma; ISO dates.",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "Sweden", "wholesaler credit note", "grid")


def i14(name, rng):
    """South Africa, plumber, tax invoice with VAT 15 %, photo."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 16 * MM, W - 16 * MM
    blue = (0.0, 0.3, 0.6)
    d.rect(x0, 30, x1 - x0, 70, lw=0, stroke=None, fill=(0.9, 0.94, 0.98))
    d.text(x0 + 10, 60, "AQUAFIX", "Sans-B", 24, color=blue)
    d.text(x0 + 10, 78, "PLUMBING (PTY) LTD", "Sans-B", 10, color=blue)
    d.text(x0 + 10, 91, "Geysers · Leaks · Drains · 24 hr call-outs", "Sans", 8)
    for i, s in enumerate(
        (
            "Reg. No. 2014/118842/07",
            "VAT No. 4410 2693 18",
            "PIRB Licence L-22718",
            "12 Voortrekker Rd, Bellville 7530",
            "021 948 1122 · accounts@aquafix.co.za",
        )
    ):
        d.text(x1 - 10, 44 + i * 11, s, "Sans", 8, "r")
    d.text(x0, 130, "TAX INVOICE", "Sans-B", 14)
    kv = [
        ("Invoice:", "INV-7719"),
        ("Date:", "2026/06/15"),
        ("Due:", "2026/06/22"),
        ("Job card:", "JC 4410"),
    ]
    for i, (a, b) in enumerate(kv):
        d.text(x1 - 80, 124 + i * 13, a, "Sans", 9.5, "r")
        d.text(x1, 124 + i * 13, b, "Sans-B", 9.5, "r")
    for i, s in enumerate(("Customer:", "Mr J. van der Merwe", "7 Protea Close, Durbanville 7550")):
        d.text(x0, 150 + i * 13, s, "Sans-B" if i == 0 else "Sans", 9.5)
    items = [
        ("Call-out fee (after hours)", D("1"), D("650.00")),
        ("Supply 150 L Kwikot geyser, 2 kW", D("1"), D("6480.00")),
        ("Drip tray, vacuum breakers, PRV kit", D("1"), D("1245.50")),
        ("Labour: remove and install geyser (hrs)", D("4"), D("520.00")),
        ("Certificate of Compliance (CoC)", D("1"), D("850.00")),
    ]
    cols = [
        (x0, x1 - 190, "Description", "l"),
        (x1 - 190, x1 - 150, "Qty", "r"),
        (x1 - 150, x1 - 80, "Unit excl.", "r"),
        (x1 - 80, x1, "Total excl.", "r"),
    ]
    rows, li = [], []
    net = ZERO
    for desc, q, p in items:
        a = m(q * p)
        net += a
        rows.append((desc, fmt(q, "en", 0), "R " + fmt(p, "sp"), "R " + fmt(a, "sp")))
        li.append((desc, q, p, a))
    y = table(
        d, 206, cols, rows, "Sans", 9, "Sans-B", lead=2.0, grid=True, head_fill=(0.85, 0.9, 0.96)
    )
    vat = m(net * D("0.15"))
    total = net + vat
    y += 18
    for a, b, f in (
        ("Sub-total (excl. VAT)", net, "Sans"),
        ("VAT @ 15%", vat, "Sans"),
        ("TOTAL (incl. VAT)", total, "Sans-B"),
    ):
        d.text(x1 - 100, y, a, f, 10, "r")
        d.text(x1, y, "R " + fmt(b, "sp"), f, 10, "r")
        y += 15
    d.text(
        x0,
        y + 16,
        "Insurance claim ref: SAN-HC-2026-448190 · Excess payable by client: R 2 500.00",
        "Sans",
        8.5,
    )
    d.text(
        x0,
        y + 30,
        "Banking: FNB Cheque 6281 4470 112 · Branch 250655 · Use invoice no. as reference",
        "Sans",
        8.5,
    )
    d.text(
        x0,
        y + 44,
        "Payment within 7 days. Goods remain property of AquaFix Plumbing until paid in full.",
        "Sans",
        8.5,
    )
    t = truth(
        "INV-7719",
        dt.date(2026, 6, 15),
        dt.date(2026, 6, 22),
        "AQUAFIX PLUMBING (PTY) LTD",
        net,
        vat,
        total,
        "ZAR",
        "en-ZA",
        "invoice",
        "invoice",
        li,
        "Photo; 'R' currency with space thousands; YYYY/MM/DD dates; insurance excess amount and claim ref as distractors; job card number; registration/VAT/licence numbers.",
        "photo",
    )
    return Result(
        d,
        t,
        Finish("photo", "jpg", 170, {"long_side": 2000, "bg": "wood", "tilt": 0.06}, 68),
        "South Africa",
        "plumber",
        "grid",
    )


def i15(name, rng):
    """Kenya, clearing & forwarding agent, pre-printed form filled in, colour scan JPEG."""
    W, H = A4
    d = Doc(W, H)
    x0, x1 = 15 * MM, W - 15 * MM
    grn = (0.0, 0.4, 0.25)
    d.rect(x0, 22, x1 - x0, 88, lw=1.5, stroke=grn)
    d.text(W / 2, 48, "TSAVO LINK LOGISTICS LTD", "Serif-B", 17, "c", color=grn)
    d.text(W / 2, 62, "Clearing, Forwarding & Transport Agents", "Serif-I", 9.5, "c", color=grn)
    d.text(
        W / 2,
        76,
        "Moi Avenue, Jubilee Insurance Bldg 3rd Flr · P.O. Box 90412-80100 Mombasa",
        "Sans",
        8,
        "c",
        color=grn,
    )
    d.text(W / 2, 88, "Tel: +254 41 222 0931 · info@tsavolink.co.ke", "Sans", 8, "c", color=grn)
    d.text(W / 2, 101, "PIN: P051672210Q", "Sans-B", 8, "c", color=grn)
    d.text(W / 2, 132, "INVOICE", "Sans-B", 13, "c", color=grn)
    d.text(x1, 132, "No. 004817", "Mono-B", 12, "r", color=(0.75, 0.0, 0.0))
    fields = [
        ("M/s", "Nakuru Agrovet Supplies Ltd", x0, 156),
        ("Date", "03/07/2026", x1 - 140, 156),
        ("Entry No.", "2026MSA1128844", x0, 178),
        ("B/L No.", "MAEU 264810552", x1 - 220, 178),
        ("Description of goods", "1 x 20' container: knapsack sprayers, 640 pcs", x0, 200),
    ]
    for a, b, fx, fy in fields:
        d.text(fx, fy, a + ":", "Sans", 8.5, color=grn)
        wl = d.width(a + ":", "Sans", 8.5)
        d.hline(
            fx + wl + 3,
            fx + wl + 3 + d.width(b, "Mono", 9.5) + 20,
            fy + 2,
            lw=0.4,
            color=grn,
            dash=(1, 1.5),
        )
        d.text(fx + wl + 8, fy - 1, b, "Mono", 9.5, color=(0.05, 0.1, 0.45))
    items = [
        ("Agency fees", D("18500.00"), True),
        ("Documentation & KenTrade/ICMS lodgement", D("4500.00"), True),
        ("Port charges KPA (disbursement)", D("31240.00"), False),
        ("Shipping line delivery order (disbursement)", D("12870.00"), False),
        ("Transport Mombasa - Nakuru, 20ft", D("95000.00"), True),
        ("Container deposit refundable", D("20000.00"), False),
    ]
    cols = [
        (x0, x1 - 190, "PARTICULARS", "l"),
        (x1 - 190, x1 - 120, "VAT", "c"),
        (x1 - 120, x1, "KSHS", "r"),
    ]
    rows, li = [], []
    net = ZERO
    vatable = ZERO
    for desc, a, tx in items:
        net += a
        if tx:
            vatable += a
        rows.append((desc, "16%" if tx else "—", fmt(a)))
        li.append((desc, D("1"), a, a))
    for _ in range(4):
        rows.append(("", "", ""))
    y = table(d, 222, cols, rows, "Mono", 9, "Sans-B", lead=2.1, grid=True, head_color=grn)
    vat = m(vatable * D("0.16"))
    total = net + vat
    for i, (a, b) in enumerate(
        (("SUB TOTAL", net), ("VAT 16% on agency, docs & transport", vat), ("TOTAL KSHS", total))
    ):
        d.rect(x1 - 300, y + i * 22, 300, 22, lw=0.8, stroke=grn)
        d.text(x1 - 296, y + i * 22 + 14, a, "Sans-B" if i == 2 else "Sans", 8.5, color=grn)
        d.text(x1 - 6, y + i * 22 + 15, fmt(b), "Mono-B", 10, "r", color=(0.05, 0.1, 0.45))
    y += 80
    d.text(
        x0,
        y,
        "Amount in words: Two hundred thousand, nine hundred and ninety shillings only",
        "Mono",
        8.5,
        color=(0.05, 0.1, 0.45),
    )
    d.text(
        x0,
        y + 22,
        "Bank: KCB Moi Avenue  A/c 1104 882 271  ·  M-PESA Paybill 522522 A/c 004817",
        "Sans",
        8.5,
        color=grn,
    )
    d.text(
        x0,
        y + 36,
        "E.&O.E.  Payment strictly on presentation. Container deposit refunded on return of empty.",
        "Sans",
        8,
        color=grn,
    )
    d.text(x1, y + 80, "for Tsavo Link Logistics Ltd", "Serif-I", 10, "r", color=grn)
    d.text(x1 - 30, y + 66, "W. Otieno", "Serif-I", 13, "r", color=(0.05, 0.1, 0.45))
    assert total == D("200990.00"), total
    t = truth(
        "004817",
        dt.date(2026, 7, 3),
        None,
        "TSAVO LINK LOGISTICS LTD",
        net,
        vat,
        total,
        "KES",
        "en-KE",
        "invoice",
        "invoice",
        li,
        "Pre-printed form filled in blue monospace; red serial number; VAT only on some lines, disbursements and refundable deposit without VAT; KRA PIN, entry and B/L numbers; DD/MM date; amount in words.",
        "scan",
    )
    return Result(
        d,
        t,
        Finish(
            "scan",
            "jpg",
            200,
            {
                "grey": False,
                "skew": 1.7,
                "blur": 0.8,
                "noise": 5,
                "specks": 30,
                "tint": (248, 246, 236),
            },
            80,
        ),
        "Kenya",
        "clearing agent",
        "form",
    )


def _gross_items(items):
    """items: (desc, qty, unit_gross, rate_code) -> (rows, line items, groups by code, total)."""
    li, groups = [], {}
    tot = ZERO
    for desc, q, p, code in items:
        a = m(D(q) * D(p))
        tot += a
        groups[code] = groups.get(code, ZERO) + a
        li.append((desc, D(q), D(p), a))
    return li, groups, tot


def r01(name, rng):
    """Germany, kiosk, 58 mm till roll with TSE block, photo."""
    d = Doc(58 * MM)
    r = Roll(d, 3 * MM, 55 * MM, 10 * MM, "Mono", 7.2)
    r.c("KIOSK AM RING", "Mono-B", 10)
    r.c("Inh. Mehmet Yildiz")
    r.c("Hohenzollernring 58")
    r.c("50672 Köln")
    r.c("Tel. 0221 2574 118")
    r.c("St.-Nr. 215/5083/1447")
    r.rule()
    r.lr("Bon-Nr. 4711", "14.02.2026 23:41")
    r.lr("Kasse 1", "Bed. 02")
    r.rule()
    items = [
        ("Kölsch 0,5l", 2, "1.60", "B"),
        ("Pfand Flasche", 2, "0.08", "B"),
        ("Chips Paprika 175g", 1, "2.49", "A"),
        ("Red Bull 0,25l", 1, "1.99", "B"),
        ("Pfand Dose", 1, "0.25", "B"),
        ("Kaugummi", 1, "1.29", "A"),
        ("Express-Zeitung", 1, "1.30", "A"),
    ]
    li, groups, tot = _gross_items(items)
    for (desc, q, p, code), (_d, _q, _p, a) in zip(items, li, strict=True):
        if q > 1:
            r.l(desc)
            r.lr(f"  {q} x {fmt(D(p), 'de')}", f"{fmt(a, 'de')} {code}")
        else:
            r.lr(desc, f"{fmt(a, 'de')} {code}")
    r.rule((), 0.8)
    r.lr("SUMME EUR", fmt(tot, "de"), "Mono-B", 9.5)
    r.rule((), 0.8)
    cash = D("20.00")
    r.lr("Bar", fmt(cash, "de"))
    r.lr("Rückgeld", fmt(cash - tot, "de"))
    r.gap()
    rates = {"A": D(7), "B": D(19)}
    vat, per = vat_in_gross({rates[k]: v for k, v in groups.items()})
    r.cols([(0, "MwSt", "l"), (-70, "Netto", "r"), (-35, "Steuer", "r"), (0, "Brutto", "r")])
    for k in sorted(groups):
        g = groups[k]
        v = per[rates[k]]
        r.cols(
            [
                (0, f"{k} {rates[k]}%", "l"),
                (-70, fmt(g - v, "de"), "r"),
                (-35, fmt(v, "de"), "r"),
                (0, fmt(g, "de"), "r"),
            ]
        )
    r.rule()
    r.l("TSE-Start: 2026-02-14T23:41:02", size=6)
    r.l("TSE-Ende:  2026-02-14T23:41:37", size=6)
    r.l("TSE-Transaktion: 118204", size=6)
    r.l("TSE-Signaturzähler: 236417", size=6)
    r.l("TSE-Seriennr.: 5a8f...c91e2d04", size=6)
    r.gap()
    r.c("Danke und gute Nacht!")
    t = truth(
        "4711",
        dt.date(2026, 2, 14),
        None,
        "KIOSK AM RING",
        tot - vat,
        vat,
        tot,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        li,
        "58 mm roll photographed; 7% and 19% with A/B codes; bottle deposit lines; cash 20,00 and change; TSE transaction/counter numbers as distractors for the Bon-Nr.",
        "photo",
    )
    return Result(
        d,
        t,
        Finish(
            "photo",
            "jpg",
            240,
            {"long_side": 2200, "bg": "counter", "tilt": 0.04, "light": 0.3},
            70,
        ),
        "Germany",
        "kiosk",
        "roll",
    )


def r02(name, rng):
    """France, market greengrocer, 80 mm weighed items, faded thermal scan PNG."""
    d = Doc(80 * MM)
    r = Roll(d, 5 * MM, 75 * MM, 10 * MM, "Mono", 8)
    r.c("AU JARDIN DE MARCEL", "Mono-B", 11)
    r.c("Primeurs - Marché Saint-Martin")
    r.c("SARL Les Vergers de Marcel")
    r.c("31 rue du Château d'Eau 75010 Paris")
    r.c("SIRET 830 441 209 00017")
    r.c("TVA FR62830441209")
    r.rule()
    r.lr("Ticket n° 000318", "Caisse 02")
    r.lr("Le 21/03/2026", "10:17")
    r.rule()
    w_items = [
        ("Tomates grappe", "1.245", "4.90"),
        ("Courgettes", "0.870", "3.20"),
        ("Pommes Gala", "2.015", "2.95"),
        ("Fraises Gariguette", "0.500", "12.80"),
    ]
    li = []
    tot = ZERO
    for desc, kg, pk in w_items:
        a = m(D(kg) * D(pk))
        tot += a
        li.append((desc, D(kg), D(pk), a))
        r.l(desc)
        r.lr(f"  {fmt(D(kg), 'plainc', 3)} kg x {fmt(D(pk), 'plainc')} €/kg", fmt(a, "plainc"))
    for desc, q, p in (("Botte radis", 2, "1.50"), ("Salade batavia", 1, "1.20")):
        a = m(q * D(p))
        tot += a
        li.append((desc, D(q), D(p), a))
        r.lr(f"{q} x {desc}", fmt(a, "plainc"))
    r.rule((), 0.8)
    r.lr("TOTAL TTC", fmt(tot, "plainc") + " €", "Mono-B", 11)
    r.rule((), 0.8)
    vat, _ = vat_in_gross({D("5.5"): tot})
    r.lr("Espèces", "30,00")
    r.lr("Rendu", fmt(D("30.00") - tot, "plainc"))
    r.gap()
    r.cols([(0, "Taux", "l"), (-90, "HT", "r"), (-45, "TVA", "r"), (0, "TTC", "r")])
    r.cols(
        [
            (0, "5,50%", "l"),
            (-90, fmt(tot - vat, "plainc"), "r"),
            (-45, fmt(vat, "plainc"), "r"),
            (0, fmt(tot, "plainc"), "r"),
        ]
    )
    r.gap()
    r.c("Nb articles : 6")
    r.c("Merci et à mardi !")
    t = truth(
        "000318",
        dt.date(2026, 3, 21),
        None,
        "SARL Les Vergers de Marcel",
        tot - vat,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        li,
        "Faded thermal 80 mm roll; weighed items with 3-decimal kg; shop sign 'AU JARDIN DE MARCEL' vs legal SARL name (keyed the legal name printed); TVA 5,5%; cash 30,00 and change.",
        "scan",
    )
    return Result(
        d,
        t,
        Finish(
            "scan",
            "png",
            220,
            {"grey": True, "skew": 0.9, "blur": 0.7, "noise": 6, "specks": 15, "fade": 0.45},
        ),
        "France",
        "market stall",
        "roll",
    )


def r03(name, rng):
    """Spain, churrería, 58 mm factura simplificada with IVA incluido, photo."""
    d = Doc(58 * MM)
    r = Roll(d, 3 * MM, 55 * MM, 9 * MM, "Mono", 7.2)
    r.c("CHURRERÍA LOS ARCOS", "Mono-B", 9.5)
    r.c("Hnos. Ortega Vidal, S.L.")
    r.c("NIF B41876320")
    r.c("C/ Feria 94 · 41002 Sevilla")
    r.rule()
    r.c("FACTURA SIMPLIFICADA")
    r.lr("Nº", "FS26/004512")
    r.lr("Fecha", "08/03/2026 09:12")
    r.lr("Mesa", "Barra")
    r.rule()
    items = [
        ("Ración churros", 2, "3.20", "10"),
        ("Chocolate taza", 2, "2.40", "10"),
        ("Café con leche", 1, "1.60", "10"),
        ("Zumo naranja", 1, "2.80", "10"),
    ]
    li, _groups, tot = _gross_items(items)
    r.cols([(0, "Ud", "l"), (14, "Artículo", "l"), (0, "Importe", "r")])
    for desc, q, p, _c in items:
        r.cols([(0, str(q), "l"), (14, desc, "l"), (0, fmt(m(q * D(p)), "plainc"), "r")])
    r.rule()
    r.lr("TOTAL (IVA incl.)", fmt(tot, "plainc") + " €", "Mono-B", 8.5)
    vat, _ = vat_in_gross({D(10): tot})
    r.lr("Base imponible 10%", fmt(tot - vat, "plainc"))
    r.lr("Cuota IVA 10%", fmt(vat, "plainc"))
    r.rule()
    r.lr("Entregado", "20,00")
    r.lr("Cambio", fmt(D("20.00") - tot, "plainc"))
    r.gap()
    r.c("Gracias por su visita")
    t = truth(
        "FS26/004512",
        dt.date(2026, 3, 8),
        None,
        "Hnos. Ortega Vidal, S.L.",
        tot - vat,
        vat,
        tot,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        li,
        "Small 58 mm factura simplificada photographed; sign 'CHURRERÍA LOS ARCOS' vs legal S.L. name (keyed legal name); IVA included, base and cuota printed; 'Entregado' 20,00 and change.",
        "photo",
    )
    return Result(
        d,
        t,
        Finish(
            "photo", "jpg", 260, {"long_side": 1800, "bg": "marble", "tilt": 0.05, "fold": True}, 66
        ),
        "Spain",
        "street food (churros)",
        "roll",
    )


def r04(name, rng):
    """United Kingdom, independent cinema, 80 mm e-receipt PDF."""
    d = Doc(80 * MM)
    r = Roll(d, 5 * MM, 75 * MM, 8 * MM, "Sans", 8)
    d.rect(5 * MM, 6 * MM, 70 * MM, 16 * MM, lw=0, stroke=None, fill=(0.1, 0.1, 0.1))
    d.text(40 * MM, 16.5 * MM, "THE ELECTRIC PALACE", "Sans-B", 12, "c", color=(1, 0.85, 0.3))
    r.y = 24 * MM
    r.c("Electric Palace Cinema (Bridport) Ltd")
    r.c("35 South Street, Bridport DT6 3NY")
    r.c("VAT Reg No. GB 812 3374 60")
    r.rule((), 0.4)
    r.lr("Receipt", "EPC-260411-0087", rfont="Sans-B")
    r.lr("Date", "11 Apr 2026  19:02")
    r.lr("Booking ref", "KX7QP2")
    r.lr("Till / Operator", "2 / Jess")
    r.rule((), 0.4)
    r.l("Hamnet (12A) · Screen 1 · 19:30", "Sans-B")
    items = [
        ("Adult ticket", 2, "11.50"),
        ("Concession ticket", 1, "9.00"),
        ("Booking fee", 1, "1.00"),
        ("Popcorn large sweet", 1, "6.20"),
        ("Bottled water", 2, "2.10"),
    ]
    li, _g, tot = _gross_items([(a, b, c, "S") for a, b, c in items])
    for desc, q, p in items:
        r.lr(f"{q} x {desc}", "£" + fmt(m(q * D(p))))
    r.lr("Members' discount 10% (food)", "-£" + fmt(m(D("10.40") * D("0.10"))))
    disc = m(D("10.40") * D("0.10"))
    li.append(("Members' discount 10% (food)", D("1"), -disc, -disc))
    tot -= disc
    r.rule((), 0.4)
    r.lr("TOTAL", "£" + fmt(tot), "Sans-B", 11)
    vat, _ = vat_in_gross({D(20): tot})
    r.lr("incl. VAT @ 20%", "£" + fmt(vat))
    r.rule((), 0.4)
    r.lr("Visa Contactless", "£" + fmt(tot))
    r.l("Card ************4417   Auth 081552")
    r.l("AID A0000000031010   PAN SEQ 01")
    r.gap(6)
    r.c("Thank you for supporting independent cinema!", "Sans-I", 7.5)
    d.barcode(20 * MM, r.y + 4, 40 * MM, 12 * MM, rng)
    r.y += 20 * MM
    t = truth(
        "EPC-260411-0087",
        dt.date(2026, 4, 11),
        None,
        "Electric Palace Cinema (Bridport) Ltd",
        tot - vat,
        vat,
        tot,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        li,
        "Born-digital roll PDF; member discount line; VAT only as 'incl. VAT' amount; booking ref, auth code, AID as distractors; screening time differs from receipt time.",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "United Kingdom", "cinema", "roll")


def r05(name, rng):
    """Italy, civic museum ticket office, 76 mm, exempt tickets (no IVA), colour scan PNG."""
    d = Doc(76 * MM)
    r = Roll(d, 4 * MM, 72 * MM, 9 * MM, "Sans", 7.8)
    d.rect(30 * MM, 5 * MM, 16 * MM, 16 * MM, lw=1.2)
    d.text(38 * MM, 16 * MM, "M", "Serif-B", 20, "c")
    r.y = 27 * MM
    r.c("MUSEO CIVICO DI PALAZZO DUCALE", "Sans-B", 8.5)
    r.c("Fondazione Musei Civici di Mantova")
    r.c("Piazza Sordello 40 - 46100 Mantova")
    r.c("C.F. 93071210206")
    r.rule()
    r.c("DOCUMENTO COMMERCIALE", "Sans-B")
    r.c("di vendita o prestazione")
    r.rule()
    items = [
        ("Intero", 2, "13.00"),
        ("Ridotto 18-25 anni", 1, "7.50"),
        ("Gratuito under 18", 1, "0.00"),
        ("Audioguida", 2, "4.00"),
    ]
    li, _g, tot = _gross_items([(a, b, c, "N") for a, b, c in items])
    r.cols([(0, "DESCRIZIONE", "l"), (-60, "IVA", "r"), (0, "Prezzo(€)", "r")])
    for desc, q, p in items:
        label = f"{q} x {desc}" if q > 1 else desc
        r.cols([(0, label, "l"), (-60, "ES", "r"), (0, fmt(m(q * D(p)), "plainc"), "r")])
    r.rule()
    r.lr("TOTALE COMPLESSIVO", fmt(tot, "plainc"), "Sans-B", 10)
    r.lr("di cui IVA", "0,00")
    r.lr("ES = Esente art. 10 DPR 633/72", "")
    r.lr("Pagamento elettronico", fmt(tot, "plainc"))
    r.lr("Importo pagato", fmt(tot, "plainc"))
    r.rule()
    r.lr("16-05-2026 11:48", "DOC.N. 0112-0457")
    r.c("RT 99MEX012345")
    r.c("Ingresso valido per il giorno di emissione")
    t = truth(
        "0112-0457",
        dt.date(2026, 5, 16),
        None,
        "Fondazione Musei Civici di Mantova",
        tot,
        ZERO,
        tot,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        li,
        "Museum tickets exempt (ES) with a printed 'di cui IVA 0,00' line, keyed vat 0.00; free ticket line 0,00; number and date at the bottom (DOC.N. z-report-doc format, DD-MM-YYYY); museum name vs foundation as seller (keyed foundation).",
        "scan",
    )
    return Result(
        d,
        t,
        Finish(
            "scan",
            "png",
            200,
            {
                "grey": False,
                "skew": -1.1,
                "blur": 0.6,
                "noise": 4,
                "specks": 10,
                "tint": (252, 250, 244),
            },
        ),
        "Italy",
        "museum",
        "roll",
    )


def r06(name, rng):
    """United States, laundromat / wash & fold, 76 mm, NYC sales tax on dry cleaning only, photo."""
    d = Doc(76 * MM)
    r = Roll(d, 4 * MM, 72 * MM, 9 * MM, "Mono", 7.8)
    r.c("SUDS CITY", "Sans-B", 16)
    r.c("WASH & FOLD · DRY CLEANING", "Sans", 7.5)
    r.c("Suds City Laundromat Inc.")
    r.c("2841 Broadway, New York NY 10025")
    r.c("(212) 555-0137")
    r.rule()
    r.lr("TICKET #", "D-30918", rfont="Mono-B")
    r.lr("DROP-OFF", "04/22/26 8:05 AM")
    r.lr("READY", "04/23/26 after 5 PM")
    r.lr("CUSTOMER", "R. OKAFOR #2207")
    r.rule()
    items = [
        ("Wash & fold 14.5 lb @ 1.75", "14.5", "1.75", False),
        ("Dry clean: suit 2 pc", "1", "18.95", True),
        ("Dry clean: blouse", "2", "7.25", True),
        ("Press only: shirt", "3", "3.50", True),
    ]
    li = []
    sub = ZERO
    taxable = ZERO
    for desc, q, p, tx in items:
        a = m(D(q) * D(p))
        sub += a
        if tx:
            taxable += a
        li.append((desc, D(q), D(p), a))
        qd = "" if desc.startswith("Wash") else f"{q} "
        r.lr(qd + desc + (" T" if tx else ""), fmt(a))
    r.rule()
    tax = m(taxable * D("0.08875"))
    total = sub + tax
    r.lr("SUBTOTAL", fmt(sub))
    r.lr("NYC TAX 8.875% (T)", fmt(tax))
    r.lr("TOTAL", "$" + fmt(total), "Mono-B", 11)
    r.rule()
    r.lr("CASH", "$60.00")
    r.lr("CHANGE", "$" + fmt(D("60.00") - total))
    r.gap()
    r.c("Not responsible for items left")
    r.c("over 30 days. No ticket, no laundry.")
    r.gap(2)
    r.c("*** CUSTOMER COPY ***", "Mono-B")
    t = truth(
        "D-30918",
        dt.date(2026, 4, 22),
        None,
        "Suds City Laundromat Inc.",
        sub,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        li,
        "Laundry ticket; wash & fold (by pound) untaxed, dry cleaning taxed 8.875%; drop-off and ready dates (ready date is not a due date); customer number; cash/change; 2-digit year MM/DD/YY.",
        "photo",
    )
    return Result(
        d,
        t,
        Finish(
            "photo",
            "jpg",
            240,
            {"long_side": 1900, "bg": "fabric", "tilt": 0.06, "light": 0.35},
            62,
        ),
        "United States",
        "laundry",
        "roll",
    )


def r07(name, rng):
    """Netherlands, hairdresser, 80 mm kassabon PDF with BTW 21 % and PIN payment."""
    d = Doc(80 * MM)
    r = Roll(d, 6 * MM, 74 * MM, 10 * MM, "Cond", 8.5)
    d.circle(40 * MM, 16 * MM, 8 * MM, lw=1.2)
    d.text(40 * MM, 18 * MM, "KW", "Serif-B", 14, "c")
    r.y = 27 * MM
    r.c("Kapsalon Knipwerk", "Serif-B", 13)
    r.c("Voorstraat 17 · 3311 ER Dordrecht")
    r.c("078 613 40 22 · www.knipwerk.nl")
    r.c("KvK 72211840 · BTW NL002168844B61")
    r.gap(4)
    r.lr("Bon 2026-01884", "02-05-2026 15:47")
    r.lr("Medewerker: Samira", "Klant: L. de Graaf")
    r.rule((1, 1))
    items = [
        ("Knippen + föhnen dames", 1, "42.50"),
        ("Uitgroei kleuren", 1, "54.00"),
        ("Olaplex behandeling", 1, "17.50"),
        ("Shampoo 250 ml (retail)", 1, "21.95"),
    ]
    li, _g, tot = _gross_items([(a, b, c, "21") for a, b, c in items])
    for desc, _q, p in items:
        r.lr(desc, "€ " + fmt(D(p), "de"))
    disc = D("5.00")
    r.lr("Spaarkaart korting", "€ -" + fmt(disc, "de"))
    li.append(("Spaarkaart korting", D("1"), -disc, -disc))
    tot -= disc
    r.rule((1, 1))
    r.lr("Totaal", "€ " + fmt(tot, "de"), "Cond-B", 11)
    vat, _ = vat_in_gross({D(21): tot})
    r.lr("Pin (Maestro)", "€ " + fmt(tot, "de"))
    r.gap()
    r.cols([(0, "BTW", "l"), (-80, "Excl.", "r"), (-40, "BTW", "r"), (0, "Incl.", "r")])
    r.cols(
        [
            (0, "21%", "l"),
            (-80, fmt(tot - vat, "de"), "r"),
            (-40, fmt(vat, "de"), "r"),
            (0, fmt(tot, "de"), "r"),
        ]
    )
    r.gap(6)
    r.c("Volgende afspraak: za 30-05-2026 10:00", "Cond-B")
    r.c("Bedankt en tot ziens!")
    t = truth(
        "2026-01884",
        dt.date(2026, 5, 2),
        None,
        "Kapsalon Knipwerk",
        tot - vat,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "receipt",
        "receipt",
        li,
        "Hairdresser roll PDF; loyalty-card discount line; next-appointment date printed after the total (not a due date); DD-MM-YYYY; KvK and BTW numbers.",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "Netherlands", "hairdresser", "roll")


def r08(name, rng):
    """Switzerland, village shop self-checkout, 80 mm, MWST 2.6 % / 8.1 %, 5-Rappen rounding, downscaled scan PNG."""
    d = Doc(80 * MM)
    r = Roll(d, 5 * MM, 75 * MM, 9 * MM, "Mono", 7.8)
    r.c("DORFLADEN GRINDELWALD", "Mono-B", 10)
    r.c("Genossenschaft Dorfladen Grindelwald")
    r.c("Dorfstrasse 121, 3818 Grindelwald")
    r.c("CHE-112.447.093 MWST")
    r.rule()
    r.c("SELF-CHECKOUT Kasse 7", "Mono-B")
    r.rule()
    items = [
        ("Ruchbrot 500g", 1, "3.40", "1"),
        ("Emmentaler AOP 268g", 1, "6.17", "1"),
        ("Bündnerfleisch 100g", 1, "9.80", "1"),
        ("Rivella rot 1.5l", 2, "2.95", "1"),
        ("Sonnencreme LSF50", 1, "14.90", "2"),
        ("Postkarte Eiger", 3, "1.20", "2"),
    ]
    li, groups, tot = _gross_items(items)
    for desc, q, p, c in items:
        if q > 1:
            r.lr(desc, f"{fmt(m(q * D(p)), 'ch')} {c}")
            r.l(f"  {q} x {fmt(D(p), 'ch')}")
        else:
            r.lr(desc, f"{fmt(D(p), 'ch')} {c}")
    r.rule()
    r.lr("Total", fmt(tot, "ch"))
    pay = m((tot * 20).quantize(D("1"), rounding=ROUND_HALF_UP) / 20)
    rnd = pay - tot
    r.lr("Rundung", fmt(rnd, "ch"))
    r.lr("Zu bezahlen CHF", fmt(pay, "ch"), "Mono-B", 10)
    r.lr("Bar", "50.00")
    r.lr("Rückgeld", fmt(D("50.00") - pay, "ch"))
    rates = {"1": D("2.6"), "2": D("8.1")}
    vat, per = vat_in_gross({rates[k]: v for k, v in groups.items()})
    r.rule()
    r.cols([(0, "MWST", "l"), (-75, "Satz", "r"), (-38, "inkl.", "r"), (0, "MWST", "r")])
    for k in sorted(groups):
        r.cols(
            [
                (0, k, "l"),
                (-75, f"{rates[k]}%", "r"),
                (-38, fmt(groups[k], "ch"), "r"),
                (0, fmt(per[rates[k]], "ch"), "r"),
            ]
        )
    r.rule()
    r.lr("Beleg 7-260712-0193", "12.07.26 17:22")
    r.l("Kundenkarte: ---", size=6.5)
    r.c("Merci vielmal!")
    assert rnd != 0
    t = truth(
        "7-260712-0193",
        dt.date(2026, 7, 12),
        None,
        "Genossenschaft Dorfladen Grindelwald",
        pay - vat,
        vat,
        pay,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        li,
        f"Self-checkout roll, scan downscaled to ~650 px; 5-Rappen rounding ({fmt(rnd, 'ch')}) between 'Total' and 'Zu bezahlen' (keyed the rounded amount, rounding in net); two MWST rates in a code table; 2-digit year.",
        "scan",
    )
    return Result(
        d,
        t,
        Finish(
            "scan",
            "png",
            300,
            {"grey": True, "skew": 0.5, "blur": 0.8, "noise": 4, "specks": 8, "width": 650},
        ),
        "Switzerland",
        "self-checkout",
        "roll",
    )


def r09(name, rng):
    """Austria, regional railway ticket office, 80 mm, USt 10 % transport + 20 % reservation, PDF."""
    d = Doc(80 * MM)
    r = Roll(d, 5 * MM, 75 * MM, 8 * MM, "Sans", 7.8)
    d.rect(5 * MM, 5 * MM, 70 * MM, 3 * MM, lw=0, stroke=None, fill=(0.8, 0.0, 0.1))
    r.y = 11 * MM
    r.l("Salzkammergut Regionalbahn GmbH", "Sans-B", 9.5)
    r.l("Ticketschalter Bad Ischl Bahnhof")
    r.l("Bahnhofstraße 6, 4820 Bad Ischl")
    r.l("UID ATU 68213307 · FN 412998 p")
    r.rule((), 0.6)
    r.l("RECHNUNG / FAHRKARTE", "Sans-B", 9)
    r.lr("Beleg-Nr.", "SKR-0741-558210")
    r.lr("Ausgestellt", "19.06.2026 07:52")
    r.lr("Gültig ab", "20.06.2026")
    r.rule((), 0.6)
    r.l("Bad Ischl → Wien Hbf (via Attnang-P.)", "Sans-B")
    r.l("2. Klasse · 1 Erwachsener + 1 Kind (6-14)")
    items = [
        ("Standard-Ticket Erwachsener", 1, "54.90", "10"),
        ("Standard-Ticket Kind -50%", 1, "27.45", "10"),
        ("Sitzplatzreservierung x2", 2, "3.60", "20"),
        ("Fahrrad-Tageskarte", 1, "8.00", "10"),
    ]
    li, groups, tot = _gross_items(items)
    for desc, q, p, c in items:
        r.lr(desc, f"EUR {fmt(m(q * D(p)), 'de')}  {c}%")
    r.rule((), 0.6)
    r.lr("Gesamtbetrag", "EUR " + fmt(tot, "de"), "Sans-B", 10.5)
    vat, per = vat_in_gross({D(k): v for k, v in groups.items()})
    for k in sorted(groups):
        v = per[D(k)]
        r.lr(f"enth. USt {k} % von {fmt(groups[k], 'de')}", "EUR " + fmt(v, "de"))
    r.rule((), 0.6)
    r.lr("Bankomatkarte", "EUR " + fmt(tot, "de"))
    r.l("Terminal 40118822 · Trace 00417")
    r.gap()
    d.qr(25 * MM, r.y + 4, 30 * MM, rng, n=29)
    r.y += 38 * MM
    r.c("Kassen-ID SKR-BI-02 · Sig.-Zähler 88214", size=6.5)
    r.c("Gute Fahrt!")
    t = truth(
        "SKR-0741-558210",
        dt.date(2026, 6, 19),
        None,
        "Salzkammergut Regionalbahn GmbH",
        tot - vat,
        vat,
        tot,
        "EUR",
        "de-AT",
        "receipt",
        "receipt",
        li,
        "Rail ticket office roll PDF; two VAT rates (10% transport, 20% seat reservation) shown as 'enth. USt ... von ...'; travel date 'Gültig ab' differs from issue date; terminal/trace and signature counters; RKSV QR code.",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "Austria", "train ticket office", "roll")


def r10(name, rng):
    """Mexico, taquería, 58 mm, IVA incluido, tip after total, photo."""
    d = Doc(58 * MM)
    r = Roll(d, 3 * MM, 55 * MM, 9 * MM, "Mono", 7.2)
    r.c("TAQUERIA EL GÜERO", "Mono-B", 10)
    r.c("Desde 1994")
    r.c("Ma. Guadalupe Soto Ibarra")
    r.c("RFC SOIG7009213N1")
    r.c("Av. Revolución 1120, Tijuana BC")
    r.rule()
    r.lr("NOTA No. 18829", "")
    r.lr("30/05/2026", "21:37")
    r.lr("MESA 4", "MESERO: CHUY")
    r.rule()
    items = [
        ("Taco adobada", 6, "32.00", "16"),
        ("Taco asada", 4, "35.00", "16"),
        ("Quesadilla", 1, "75.00", "16"),
        ("Horchata grande", 2, "45.00", "16"),
        ("Coca-Cola vidrio", 1, "38.00", "16"),
    ]
    li, _g, tot = _gross_items(items)
    for desc, q, p, _c in items:
        r.cols([(0, str(q), "l"), (14, desc, "l"), (0, fmt(m(q * D(p))), "r")])
    r.rule()
    r.lr("TOTAL", "$" + fmt(tot), "Mono-B", 10)
    vat, _ = vat_in_gross({D(16): tot})
    r.lr("IVA incluido 16%", fmt(vat))
    r.rule()
    r.lr("PROPINA", "_________")
    r.lr("EFECTIVO", "$600.00")
    r.lr("CAMBIO", "$" + fmt(D("600.00") - tot))
    r.gap()
    r.c("GRACIAS POR SU PREFERENCIA")
    r.c("Este ticket no es comprobante fiscal", size=6)
    r.c("Solicite su factura el mismo día", size=6)
    t = truth(
        "18829",
        dt.date(2026, 5, 30),
        None,
        "TAQUERIA EL GÜERO",
        tot - vat,
        vat,
        tot,
        "MXN",
        "es-MX",
        "receipt",
        "receipt",
        li,
        "Street-food 'nota' photographed; IVA included at 16% (single line); blank tip line; cash 600.00 with change; owner's name and RFC under the trade name (trade name keyed).",
        "photo",
    )
    return Result(
        d,
        t,
        Finish(
            "photo", "jpg", 260, {"long_side": 1700, "bg": "wood", "tilt": 0.07, "light": 0.3}, 64
        ),
        "Mexico",
        "street food (tacos)",
        "roll",
    )


def r11(name, rng):
    """Argentina, kiosco, 76 mm Ticket Factura B with 'IVA contenido', image-only PDF scan."""
    d = Doc(76 * MM)
    r = Roll(d, 4 * MM, 72 * MM, 9 * MM, "Mono", 7.6)
    r.c("MAXIKIOSCO LA ESQUINA", "Mono-B", 9.5)
    r.c("de Rubén Darío Fernández")
    r.c("C.U.I.T. Nro.: 20-27418830-5")
    r.c("Ing. Brutos: 20-27418830-5")
    r.c("Av. Corrientes 3902 (C1194) CABA")
    r.c("Inicio de Actividades: 03/2015")
    r.c("IVA RESPONSABLE INSCRIPTO")
    r.rule()
    r.lr("TIQUE FACTURA B", "Cod. 082", "Mono-B")
    r.lr("P.V. Nro.: 00004", "Nro. T.: 00031877")
    r.lr("Fecha: 23/08/2026", "Hora: 18:55:12")
    r.l("A CONSUMIDOR FINAL")
    r.rule()
    items = [
        ("Alfajor triple", 3, "1850.00"),
        ("Gaseosa cola 2,25 L", 1, "3990.00"),
        ("Galletitas dulces 300g", 2, "1725.50"),
        ("Cigarrillos 20u", 1, "4200.00"),
        ("Pilas AA x4", 1, "6300.00"),
        ("Carga SUBE", 1, "5000.00"),
    ]
    li, _g, tot_all = _gross_items([(a, b, c, "21") for a, b, c in items])
    for desc, q, p in items:
        r.l(f"{q},000 x {fmt(D(p), 'de')}")
        r.lr(f"{desc}" + (" (21,00)" if desc != "Carga SUBE" else " (EX)"), fmt(m(q * D(p)), "de"))
    sube = D("5000.00")
    taxed = tot_all - sube
    r.rule()
    r.lr("TOTAL $", fmt(tot_all, "de"), "Mono-B", 10.5)
    r.rule()
    vat, _ = vat_in_gross({D(21): taxed})
    r.l("Régimen de Transparencia Fiscal al")
    r.l("Consumidor (Ley 27.743)")
    r.lr("IVA Contenido $", fmt(vat, "de"))
    r.lr("Otros Imp. Nac. Indirectos $", "0,00")
    r.rule()
    r.lr("Recibí(mos):", "")
    r.lr("Mercado Pago QR", fmt(tot_all, "de"))
    r.lr("Su vuelto", "0,00")
    r.gap()
    r.c("Ref. Nro. 4R-110245", size=6.5)
    r.c("CF Nro. AB01000418 - V: 01.03", size=6.5)
    t = truth(
        "00004-00031877",
        dt.date(2026, 8, 23),
        None,
        "MAXIKIOSCO LA ESQUINA",
        tot_all - vat,
        vat,
        tot_all,
        "ARS",
        "es-AR",
        "receipt",
        "receipt",
        li,
        "Image-only PDF of a 'Tique Factura B'; number as point of sale 00004 + ticket 00031877 (keyed '00004-00031877'); dot thousands / decimal comma with large peso amounts; 'IVA Contenido' transparency line; SUBE top-up exempt; quantities like '3,000 x'; CUIT repeated as IIBB.",
        "scan",
    )
    return Result(
        d,
        t,
        Finish(
            "scan",
            "pdf",
            220,
            {"grey": True, "skew": -0.7, "blur": 0.6, "noise": 5, "specks": 10, "fade": 0.25},
        ),
        "Argentina",
        "kiosk",
        "roll",
    )


def r12(name, rng):
    """India, chaat house, 80 mm bill with CGST 2.5 % + SGST 2.5 %, photo."""
    d = Doc(80 * MM)
    r = Roll(d, 5 * MM, 75 * MM, 9 * MM, "Mono", 7.8)
    r.c("SHARMA CHAAT BHANDAR", "Mono-B", 10)
    r.c("Pure Vegetarian")
    r.c("14/2 Chandni Chowk, Delhi-110006")
    r.c("GSTIN: 07ABNPS2218M1Z9")
    r.c("FSSAI Lic: 13319005000412")
    r.rule()
    r.lr("Bill No: 2641", "Dt: 14/11/2026")
    r.lr("Table: T7", "Time: 19:22")
    r.lr("Cashier: Ramesh", "KOT: 3318")
    r.rule()
    r.cols([(0, "Item", "l"), (-95, "Qty", "r"), (-50, "Rate", "r"), (0, "Amt", "r")])
    r.rule()
    items = [
        ("Aloo Tikki", 2, "90.00"),
        ("Raj Kachori", 1, "140.00"),
        ("Dahi Bhalla", 2, "110.00"),
        ("Pani Puri (8 pc)", 2, "70.00"),
        ("Masala Chai", 3, "35.00"),
        ("Lassi Sweet", 1, "80.00"),
    ]
    li, _g, sub = _gross_items([(a, b, c, "5") for a, b, c in items])
    for desc, q, p in items:
        r.cols(
            [
                (0, desc, "l"),
                (-95, str(q), "r"),
                (-50, fmt(D(p), "in"), "r"),
                (0, fmt(m(q * D(p)), "in"), "r"),
            ]
        )
    r.rule()
    cg = m(sub * D("0.025"))
    sg = m(sub * D("0.025"))
    raw = sub + cg + sg
    total = m0(raw)
    ro = total - raw
    r.lr("Sub Total", fmt(sub, "in"))
    r.lr("CGST @2.5%", fmt(cg, "in"))
    r.lr("SGST @2.5%", fmt(sg, "in"))
    r.lr("Round Off", fmt(ro, "in"))
    r.lr("NET AMOUNT ₹", fmt(total, "in"), "Sans-B", 10, "Sans-B")
    r.rule()
    r.lr("Paid via UPI", fmt(total, "in"))
    r.l("UPI Ref: 632918440127")
    r.gap()
    r.c("Thank You! Visit Again")
    assert ro != 0
    t = truth(
        "2641",
        dt.date(2026, 11, 14),
        None,
        "SHARMA CHAAT BHANDAR",
        sub + ro,
        cg + sg,
        total,
        "INR",
        "en-IN",
        "receipt",
        "receipt",
        li,
        "Restaurant bill photographed; CGST+SGST 2.5% each added on top (keyed as one vat); round-off to whole rupees (in net); 'NET AMOUNT' label is the total; KOT, FSSAI, UPI ref numbers as distractors.",
        "photo",
    )
    return Result(
        d,
        t,
        Finish(
            "photo", "jpg", 220, {"long_side": 2000, "bg": "marble", "tilt": 0.05, "light": 0.3}, 72
        ),
        "India",
        "street food (chaat)",
        "roll",
    )


def r13(name, rng):
    """Australia, farmers' market stall, 80 mm Square-style e-receipt PDF, GST only on some items."""
    d = Doc(80 * MM)
    r = Roll(d, 7 * MM, 73 * MM, 10 * MM, "Sans", 8.2)
    r.c("Riverbend Orchard", "Serif-B", 14)
    r.c("Collingwood Children's Farm Market", "Sans-I", 7.5)
    r.gap(4)
    r.c("$41.30", "Sans-B", 20)
    r.gap(4)
    r.rule((), 0.3)
    items = [
        ("Pink Lady apples 2 kg bag", 1, "9.00", False),
        ("Cherries 500 g punnet", 2, "8.50", False),
        ("Apple cider vinegar 500 ml", 1, "7.80", False),
        ("Spiced apple juice 1 L", 1, "4.50", True),
        ("Tote bag", 1, "3.00", True),
    ]
    li = []
    tot = ZERO
    gst_base = ZERO
    for desc, q, p, g in items:
        a = m(q * D(p))
        tot += a
        if g:
            gst_base += a
        li.append((desc, D(q), D(p), a))
        r.lr(desc + (" *" if g else ""), "$" + fmt(a))
        if q > 1:
            r.l(f"{q} × ${fmt(D(p))}", size=7, indent=6)
    assert tot == D("41.30"), tot
    r.rule((), 0.3)
    gst, _ = vat_in_gross({D(10): gst_base})
    r.lr("Total", "$" + fmt(tot), "Sans-B")
    r.lr("GST included (* items)", "$" + fmt(gst))
    r.rule((), 0.3)
    r.lr("Mastercard ···· 2290", "$" + fmt(tot))
    r.lr("Sat 7 Mar 2026, 9:41 am", "")
    r.lr("#Rc8v", "Auth 330917")
    r.gap(6)
    r.c("Riverbend Orchard Pty Ltd · ABN 22 619 004 381", size=6.8)
    r.c("Tax invoice · Receipt #Rc8v", size=6.8)
    r.c("riverbendorchard.com.au", size=6.8)
    t = truth(
        "Rc8v",
        dt.date(2026, 3, 7),
        None,
        "Riverbend Orchard Pty Ltd",
        tot - gst,
        gst,
        tot,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        li,
        "Square-style e-receipt: big amount at the top, GST (1/11) only on starred items, fresh produce GST-free; short receipt code '#Rc8v' as the number; date 'Sat 7 Mar 2026' near the bottom; trade name vs Pty Ltd in the small print (keyed Pty Ltd).",
        "pdf",
    )
    return Result(d, t, Finish("pdf", "pdf"), "Australia", "market stall", "roll")


def r14(name, rng):
    """New Zealand, dry cleaner docket, 76 mm, GST 15 % inclusive, photo."""
    d = Doc(76 * MM)
    r = Roll(d, 4 * MM, 72 * MM, 9 * MM, "Mono", 7.6)
    r.c("KIWI PRESS", "Sans-B", 15)
    r.c("Dry Cleaners & Laundry")
    r.c("Kiwi Press Drycleaners Ltd")
    r.c("318 Karangahape Rd, Auckland 1010")
    r.c("GST No. 118-402-776")
    r.rule()
    r.c("TAX INVOICE / DOCKET", "Mono-B")
    r.lr("Docket", "004193")
    r.lr("In", "Mon 19/10/2026")
    r.lr("Due back", "Wed 21/10/2026")
    r.rule()
    items = [
        ("Suit 2pc dry clean", 1, "32.00"),
        ("Trousers", 2, "14.50"),
        ("Duvet queen wash", 1, "45.00"),
        ("Shirts laundered", 5, "5.50"),
    ]
    li, _g, tot = _gross_items([(a, b, c, "15") for a, b, c in items])
    for desc, q, p in items:
        r.lr(f"{q} {desc}", fmt(m(q * D(p))))
    r.rule()
    r.lr("TOTAL incl GST", "$" + fmt(tot), "Mono-B", 10)
    gst, _ = vat_in_gross({D(15): tot})
    r.lr("GST component", fmt(gst))
    r.lr("EFTPOS", fmt(tot))
    r.gap()
    r.c("Items not collected within 60 days")
    r.c("may be disposed of.")
    t = truth(
        "004193",
        dt.date(2026, 10, 19),
        None,
        "Kiwi Press Drycleaners Ltd",
        tot - gst,
        gst,
        tot,
        "NZD",
        "en-NZ",
        "receipt",
        "receipt",
        li,
        "Dry-cleaning docket photographed; GST 15% inclusive (3/23) as 'GST component'; 'Due back' date is a collection date, not a payment due date (keyed null); DD/MM with weekday.",
        "photo",
    )
    return Result(
        d,
        t,
        Finish(
            "photo", "jpg", 240, {"long_side": 1600, "bg": "desk", "tilt": 0.06, "fold": True}, 78
        ),
        "New Zealand",
        "laundry / dry cleaner",
        "roll",
    )


def r15(name, rng):
    """Portugal, pastelaria, 80 mm fatura simplificada with ATCUD, IVA 13 % / 23 %, QR, grey scan PNG."""
    d = Doc(80 * MM)
    r = Roll(d, 5 * MM, 75 * MM, 9 * MM, "Sans", 7.8)
    r.c("Pastelaria Estrela de Campo de Ourique", "Sans-B", 8.8)
    r.c("Doces Estrela, Lda.")
    r.c("Rua Ferreira Borges 104, 1350-133 Lisboa")
    r.c("NIF 514 870 223 · Tel. 213 960 514")
    r.rule()
    r.c("FATURA SIMPLIFICADA", "Sans-B", 9)
    r.lr("FS A2026/1547", "Original", "Sans-B")
    r.lr("ATCUD: JJ7K3MPQ-1547", "")
    r.lr("Data: 2026-09-05", "Hora: 10:32")
    r.lr("NIF adquirente:", "Consumidor final")
    r.rule()
    items = [
        ("Pastel de nata", 4, "1.30", "13"),
        ("Galão", 2, "1.60", "13"),
        ("Bica", 1, "0.90", "13"),
        ("Sumo laranja natural", 1, "3.20", "13"),
        ("Água 0,5 l", 1, "1.10", "13"),
        ("Caixa oferta 6 un.", 1, "2.50", "23"),
    ]
    li, groups, tot = _gross_items(items)
    r.cols([(0, "Qtd Descrição", "l"), (-50, "IVA", "r"), (0, "Valor", "r")])
    for desc, q, p, c in items:
        r.cols(
            [(0, f"{q} x {desc}", "l"), (-50, f"{c}%", "r"), (0, fmt(m(q * D(p)), "plainc"), "r")]
        )
    r.rule()
    r.lr("TOTAL EUR", fmt(tot, "plainc"), "Sans-B", 11)
    vat, per = vat_in_gross({D(k): v for k, v in groups.items()})
    r.cols([(0, "Taxa", "l"), (-95, "Incidência", "r"), (-45, "IVA", "r"), (0, "Total", "r")])
    for k in sorted(groups):
        v = per[D(k)]
        r.cols(
            [
                (0, f"{k}%", "l"),
                (-95, fmt(groups[k] - v, "plainc"), "r"),
                (-45, fmt(v, "plainc"), "r"),
                (0, fmt(groups[k], "plainc"), "r"),
            ]
        )
    r.lr("Total IVA", fmt(vat, "plainc"))
    r.rule()
    r.lr("Numerário", "20,00")
    r.lr("Troco", fmt(D("20.00") - tot, "plainc"))
    r.gap()
    d.qr(25 * MM, r.y, 30 * MM, rng, n=29)
    r.y += 32 * MM
    r.c("hJ4k-Processado por programa certificado n.º 2741/AT", size=6.3)
    r.c("Os artigos foram colocados à disposição", size=6.3)
    r.c("do adquirente em 2026-09-05", size=6.3)
    t = truth(
        "FS A2026/1547",
        dt.date(2026, 9, 5),
        None,
        "Doces Estrela, Lda.",
        tot - vat,
        vat,
        tot,
        "EUR",
        "pt-PT",
        "receipt",
        "receipt",
        li,
        "Portuguese fatura simplificada: ATCUD code beside the FS number; two IVA rates (13% food service, 23% gift box) with incidência table; shop sign vs Lda. legal name (keyed Lda.); certified-software line; QR; cash and 'Troco'.",
        "scan",
    )
    return Result(
        d,
        t,
        Finish(
            "scan",
            "png",
            250,
            {"grey": True, "skew": 1.4, "blur": 0.7, "noise": 5, "specks": 20, "fade": 0.2},
        ),
        "Portugal",
        "pastry shop / café",
        "roll",
    )


# ============================================================================= driver

CONTINENT = {
    "Germany": "Europe",
    "France": "Europe",
    "United Kingdom": "Europe",
    "Italy": "Europe",
    "Netherlands": "Europe",
    "Switzerland": "Europe",
    "Poland": "Europe",
    "Sweden": "Europe",
    "Spain": "Europe",
    "Austria": "Europe",
    "Portugal": "Europe",
    "United States": "North America",
    "Canada": "North America",
    "Mexico": "North America",
    "Argentina": "South America",
    "India": "Asia",
    "Australia": "Oceania",
    "New Zealand": "Oceania",
    "South Africa": "Africa",
    "Kenya": "Africa",
}

README_HEAD = """# Blind set 2026-12l

30 documents (15 invoices `i01..i15`, 15 receipts `r01..r15`) as ordinary small businesses print them:
tradespeople, a dentist, a solicitor, a garage, a club, a freight forwarder, a printer, wholesalers; kiosks,
markets, street food, a cinema, a museum, a laundry, a hairdresser, a self-checkout, ticket offices.
Written blind: the author did not look at the product's code, tests, docs or other blind sets.

Regenerate (byte-identical) from the repository root:

    python -m bench.blindsets.blind_2026_12l [OUTDIR] [--only NAME]

## How the set is drawn

- Each document has its own drawing function (reportlab canvas, `invariant=1`) with its own layout: letter-style
  word-processor invoices, spreadsheet-style grids, pre-printed forms with boxes, and till rolls of 58/76/80 mm whose
  length follows their content. Every text run is checked to stay on the page and not to overlap another run
  (`LayoutError`).
- Every random choice is seeded with the CRC-32 of the document's name.
- Kinds: `pdf` = born-digital PDF with a text layer. `scan` = rendered with pypdfium2 at 150-300 dpi, then grey or
  colour, slight skew (within 2 degrees), blur, noise, specks, thermal fading on some receipts, one downscaled to
  about 650 px wide; three scans are delivered as image-only PDFs (the degraded scan is the page's only content).
  `photo` = perspective onto a textured background (wood, desk, fabric, marble, counter), uneven light, a soft
  shadow, sometimes a fold, JPEG quality 60-80, long side 1,500-2,300 px.

## Truth conventions

- `amount` is the net before tax, `vat` the sum of all taxes printed (GST+QST, CGST+SGST, several VAT rates), `total`
  the amount of the document. When prices include tax (most receipts), `amount = total - vat`. When no tax is printed
  (the exempt dental fee note i02), `vat` is null and `amount = total`.
- Every amount is computed once with `Decimal` (ROUND_HALF_UP), printed and keyed from the same values;
  `amount + vat == total` is asserted for every document.
- `total` is the document total before any payment: cash tendered, change, tips written afterwards, deposits
  already paid and "balance due" lines are not the total unless the document has nothing else. Where a deposit was
  paid in advance, the total is the invoice total (the full price including tax) and the balance is only printed.
  Cash rounding (CHF 0.05) is part of the total when the receipt prints a rounded total as the amount to pay; then
  the rounding difference is added to the net `amount` (tax is not changed by rounding).
- Credit notes print and are keyed with negative amounts (`amount`, `vat`, `total`, and the line amounts).
- When a document is exempt but still prints a tax line of zero (r05, "di cui IVA 0,00"), `vat` is `"0.00"`; when no
  tax line is printed at all (i02), `vat` is null.
- Amounts keep two decimals; whole-rupee totals after a "Round Off" line (i11, r12) and the CHF 5-Rappen rounding
  (r08) put the rounding difference into `amount`, so `amount + vat == total` still holds; line items then do not sum
  to `amount` exactly. Discounts printed below the lines (i07, i10) are not line items.
- `vendor_name`: the seller's legal name with its legal form when the document prints one (GmbH, LLP, s.n.c., V.O.F.,
  AG, Pty Ltd, Sp. z o.o., AB, Ltd, S.L., SARL, Lda., inc., Genossenschaft, Fondazione) even where a shop sign or
  wordmark is bigger; for sole traders whose only legal name is a person's name (kiosks, the Mexican electrician and
  taquería, the Argentinian kiosk, the Indian chaat house) the trade name in the header; a doctor as printed.
- `invoice_number`: the document's own number (receipt / bill / ticket / docket / transaction number on receipts);
  order numbers, customer numbers, tax ids, TSE counters, UUIDs and terminal ids are distractors. Where the number
  is printed in two parts it is keyed joined: Mexican "Serie A Folio 0352" -> `A 0352`; Argentinian point of sale
  00004 + ticket 00031877 -> `00004-00031877`; Square-style "#Rc8v" -> `Rc8v`.
- `due_date` only when a date is printed as the payment date (a payment term in days alone is not a due date; a
  laundry "ready"/"due back" date and a next appointment are not due dates).
- `line_items` are keyed as printed (net or gross as the document shows them); quantities are strings.
- `locale` is the document's language-country; `layout` is `invoice` or `receipt`.
"""


def discover() -> list:
    g = globals()
    names = sorted(k for k in g if len(k) == 3 and k[0] in "ir" and k[1:].isdigit())
    return [(k, g[k]) for k in names]


def render_one(name: str, fn, outdir: Path) -> Result:
    res: Result = fn(name, rng_for(name))
    fin = res.finish
    assert res.truth["kind"] == fin.kind, name
    pdfb = build_pdf(res.doc, name)
    if fin.kind == "pdf":
        data = pdfb
    elif fin.kind == "scan":
        img = degrade_scan(rasterize(pdfb, fin.dpi), name, **fin.opts)
        if fin.ext == "pdf":
            data = image_pdf(img, res.doc.w, res.doc.w * img.shape[0] / img.shape[1], name)
        else:
            data = encode(img, fin.ext, fin.quality)
    else:
        img = photo(rasterize(pdfb, fin.dpi), name, **fin.opts)
        data = encode(img, "jpg", fin.quality)
    for old in outdir.glob(name + ".*"):
        old.unlink()
    (outdir / f"{name}.{fin.ext}").write_bytes(data)
    (outdir / f"{name}.json").write_text(
        json.dumps(res.truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return res


def write_readme(outdir: Path, results: list) -> None:
    from collections import Counter

    kinds = Counter()
    for _n, r in results:
        k = r.truth["kind"]
        if k == "scan" and r.finish.ext == "pdf":
            k = "scan (image-only PDF)"
        kinds[(r.truth["layout"], k)] += 1
    lines = [
        README_HEAD,
        "## Mix",
        "",
        "| layout | pdf | scan | scan (image-only PDF) | photo | total |",
        "|---|---|---|---|---|---|",
    ]
    for lay in ("invoice", "receipt"):
        row = [kinds[(lay, k)] for k in ("pdf", "scan", "scan (image-only PDF)", "photo")]
        lines.append(f"| {lay} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    tot = [
        sum(kinds[(lay, k)] for lay in ("invoice", "receipt"))
        for k in ("pdf", "scan", "scan (image-only PDF)", "photo")
    ]
    lines.append("| all | " + " | ".join(str(x) for x in tot) + f" | {sum(tot)} |")
    dtypes = Counter(r.truth["document_type"] for _n, r in results)
    lines += [
        "",
        "Document types: " + ", ".join(f"{k} {v}" for k, v in sorted(dtypes.items())) + ".",
    ]
    countries = Counter(r.country for _n, r in results)
    conts = Counter(CONTINENT[c] for c in countries)
    lines += [
        "",
        f"Countries ({len(countries)}, at most {max(countries.values())} documents each): "
        + ", ".join(f"{c} {n}" for c, n in sorted(countries.items()))
        + ".",
        "",
        f"Continents ({len(conts)}): "
        + ", ".join(f"{c} ({n} countries)" for c, n in sorted(conts.items()))
        + ".",
        "",
        "Styles: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r.style for _n, r in results).items()))
        + ".",
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, r in results:
        t = r.truth
        kind = t["kind"] + (" (image PDF)" if t["kind"] == "scan" and r.finish.ext == "pdf" else "")
        lines.append(
            f"| {n}.{r.finish.ext} | {kind} | {r.country} | {r.kind_label} ({t['document_type']}, {r.style}) | {t['vendor_name']} | {t['invoice_number'] or '—'} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (outdir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=DEFAULT_OUT)
    ap.add_argument("--only", default=None)
    args = ap.parse_args(argv)
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    register_fonts()
    results = []
    for name, fn in discover():
        if args.only and name != args.only:
            continue
        results.append((name, render_one(name, fn, outdir)))
        print(name, results[-1][1].truth["total"], results[-1][1].truth["currency"])
    if not args.only:
        write_readme(outdir, results)


if __name__ == "__main__":
    main()
