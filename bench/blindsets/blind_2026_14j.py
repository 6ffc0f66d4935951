# ruff: noqa: E501
"""Blind set 2026-14j: who the seller is, and when payment is due.

Sixteen documents (eight invoices, eight receipts), each from a different country, on which
several parties are named (group brands, marketplaces acting on behalf of a principal,
factoring companies, franchisees, branches, malls, oil brands, card acquirers ...).

Usage (from the repository root)::

    python -m bench.blindsets.blind_2026_14j [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document name, so re-runs are
byte-identical. Ground truth is written next to every document as NAME.json.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import zlib
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SET = "14j"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-14j")
MM = 72.0 / 25.4
D = Decimal
CENT = D("0.01")

_DV = "/usr/share/fonts/truetype/dejavu/"
for _name, _file in {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVO": "DejaVuSans-Oblique.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
}.items():
    pdfmetrics.registerFont(TTFont(_name, _DV + _file))


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# --------------------------------------------------------------------------- money


def q(x) -> Decimal:
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def incl_tax(gross: Decimal, rate) -> Decimal:
    """Tax contained in a tax-inclusive gross amount."""
    rate = D(str(rate))
    return q(gross * rate / (D(100) + rate))


def fmt(v, th=",", dec=".", places=2, indian=False) -> str:
    v = D(v)
    neg = v < 0
    s = f"{abs(v):.{places}f}"
    ip, _, fp = s.partition(".")
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join(groups) + "," + tail
    else:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = th.join(parts)
    out = ip + (dec + fp if places else "")
    return ("-" if neg else "") + out


def qty_str(x) -> str:
    x = D(str(x))
    s = format(x.normalize(), "f")
    return s


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


def _words99(n: int) -> str:
    if n < 20:
        return _ONES[n].title()
    t, o = divmod(n, 10)
    return _TENS[t].title() + ("-" + _ONES[o].title() if o else "")


def _words999(n: int) -> str:
    h, r = divmod(n, 100)
    out = []
    if h:
        out.append(_ONES[h].title() + " Hundred")
    if r:
        out.append(_words99(r))
    return " ".join(out)


def words_en(n: int, indian=False) -> str:
    if n == 0:
        return "Zero"
    out = []
    if indian:
        for div, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
            k, n = divmod(n, div)
            if k:
                out.append(_words999(k) + " " + name)
    else:
        for div, name in ((10**6, "Million"), (1000, "Thousand")):
            k, n = divmod(n, div)
            if k:
                out.append(_words999(k) + " " + name)
    if n:
        out.append(_words999(n))
    return " ".join(out)


# --------------------------------------------------------------------------- drawing


def glyph_box(font: str, size: float):
    return -0.21 * size, 0.76 * size


class Doc:
    """A reportlab canvas that checks every text run for page bounds and overlaps."""

    def __init__(self, name: str, size, margin: float = 4.0):
        self.name = name
        self.buf = io.BytesIO()
        self.W, self.H = size
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(name)
        self.page = 1
        self.runs: list = []
        self.margin = margin

    def t(self, x, y, s, f="Helvetica", sz=9.0, al="l", col=(0, 0, 0), check=True):
        s = str(s)
        w = stringWidth(s, f, sz)
        x0 = x if al == "l" else (x - w if al == "r" else x - w / 2)
        lo, hi = glyph_box(f, sz)
        box = (x0, y + lo, x0 + w, y + hi)
        m = self.margin
        if box[0] < m or box[2] > self.W - m or box[1] < m or box[3] > self.H - m:
            raise LayoutError(f"{self.name} p{self.page}: off page: {s!r} {box}")
        if check:
            for b, other in self.runs:
                if (
                    box[0] < b[2] - 0.3
                    and b[0] < box[2] - 0.3
                    and box[1] < b[3] - 0.3
                    and b[1] < box[3] - 0.3
                ):
                    raise LayoutError(f"{self.name} p{self.page}: {s!r} overlaps {other!r}")
        self.runs.append((box, s))
        self.c.setFillColorRGB(*col)
        self.c.setFont(f, sz)
        self.c.drawString(x0, y, s)
        return w

    def wrap(self, s, f, sz, width):
        lines, cur = [], ""
        for word in str(s).split(" "):
            cand = (cur + " " + word).strip()
            if stringWidth(cand, f, sz) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, f="Helvetica", sz=8.0, lead=None, col=(0, 0, 0)):
        lead = lead or sz * 1.3
        for line in self.wrap(s, f, sz, width):
            self.t(x, y, line, f, sz, col=col)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6, dash=None, r=0):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        if r:
            c.roundRect(x, y, w, h, r, stroke=stroke is not None, fill=fill is not None)
        else:
            c.rect(x, y, w, h, stroke=stroke is not None, fill=fill is not None)
        c.restoreState()

    def line(self, x1, y1, x2, y2, lw=0.5, col=(0, 0, 0), dash=None):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*col)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        c.restoreState()

    def poly(self, pts, fill, stroke=None):
        c = self.c
        c.saveState()
        c.setFillColorRGB(*fill)
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.restoreState()

    def circle(self, x, y, r, fill, stroke=None):
        c = self.c
        c.saveState()
        c.setFillColorRGB(*fill)
        c.circle(x, y, r, stroke=0, fill=1)
        c.restoreState()

    def qr(self, x, y, size, seed: int, n=29, cross=False):
        rng = np.random.default_rng(seed)
        cell = size / n
        grid = rng.random((n, n)) < 0.48
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            grid[fy : fy + 7, fx : fx + 7] = False
        c = self.c
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        for r_ in range(n):
            for k in range(n):
                if grid[r_, k]:
                    c.rect(x + k * cell, y + size - (r_ + 1) * cell, cell, cell, stroke=0, fill=1)
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            bx, by = x + fx * cell, y + size - (fy + 7) * cell
            c.rect(bx, by, 7 * cell, 7 * cell, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(bx + cell, by + cell, 5 * cell, 5 * cell, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(bx + 2 * cell, by + 2 * cell, 3 * cell, 3 * cell, stroke=0, fill=1)
        if cross:
            s = size * 0.16
            cx, cy = x + size / 2, y + size / 2
            c.setFillColorRGB(1, 1, 1)
            c.rect(cx - s / 2 - 1, cy - s / 2 - 1, s + 2, s + 2, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(cx - s / 2, cy - s / 2, s, s, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(cx - s * 0.1, cy - s * 0.32, s * 0.2, s * 0.64, stroke=0, fill=1)
            c.rect(cx - s * 0.32, cy - s * 0.1, s * 0.64, s * 0.2, stroke=0, fill=1)
        c.restoreState()

    def barcode(self, x, y, w, h, seed: int):
        rng = np.random.default_rng(seed)
        c = self.c
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        pos = x
        while pos < x + w - 3:
            bw = float(rng.choice([0.7, 0.7, 1.4, 2.1]))
            c.rect(pos, y, bw, h, stroke=0, fill=1)
            pos += bw + float(rng.choice([0.7, 1.4, 2.1]))
        c.restoreState()

    def next_page(self):
        self.c.showPage()
        self.page += 1
        self.runs = []

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def table(  # noqa: C901
    doc: Doc,
    x,
    y,
    cols,
    header,
    rows,
    f="Helvetica",
    fb="Helvetica-Bold",
    sz=8.5,
    lead=13.0,
    hdr_fill=None,
    hdr_col=(0, 0, 0),
    grid=False,
    zebra=None,
    rule_col=(0, 0, 0),
):
    """cols: list of (width, align). Returns the y below the table."""
    total_w = sum(w for w, _ in cols)
    y_top = y + lead - 3

    def cell_x(i):
        x0 = x + sum(w for w, _ in cols[:i])
        w, al = cols[i]
        return {"l": x0 + 3, "r": x0 + w - 3, "c": x0 + w / 2}[al], al

    def put(i, yy, val, font, colr=(0, 0, 0)):
        if stringWidth(val, font, sz) > cols[i][0] - 4:
            raise LayoutError(f"{doc.name} p{doc.page}: {val!r} does not fit its column")
        cx, al = cell_x(i)
        doc.t(cx, yy, val, font, sz, al=al, col=colr)

    if header:
        hlines = [h.split("\n") for h in header]
        nh = max(len(h) for h in hlines)
        hh = lead * nh + 2
        if hdr_fill:
            doc.rect(x, y - hh + lead - 3, total_w, hh, fill=hdr_fill, stroke=None)
        for i, hl in enumerate(hlines):
            for k, line in enumerate(hl):
                put(i, y - k * lead, line, fb, hdr_col)
        y -= hh
        doc.line(x, y + lead - 3, x + total_w, y + lead - 3, 0.7, rule_col)
    for ri, row in enumerate(rows):
        if zebra and ri % 2 == 1:
            doc.rect(x, y - 3.5, total_w, lead, fill=zebra, stroke=None)
        for i, val in enumerate(row):
            if val is None or val == "":
                continue
            put(i, y, val, f)
        if grid:
            doc.line(x, y - 4, x + total_w, y - 4, 0.3, (0.55, 0.55, 0.55))
        y -= lead
    if grid:
        bot = y + lead - 4
        doc.line(x, y_top, x + total_w, y_top, 0.3, (0.55, 0.55, 0.55))
        xs = x
        for w, _ in cols:
            doc.line(xs, bot, xs, y_top, 0.3, (0.55, 0.55, 0.55))
            xs += w
        doc.line(xs, bot, xs, y_top, 0.3, (0.55, 0.55, 0.55))
    return y


class Roll:
    """A receipt on a paper roll, as long as its content."""

    def __init__(self, name: str, width_mm: float, margin_mm: float = 3.0, top=12.0, bottom=14.0):
        self.name = name
        self.W = width_mm * MM
        self.m = margin_mm * MM
        self.x0 = self.m
        self.x1 = self.W - self.m
        self.cw = self.x1 - self.x0
        self.y = top
        self.bottom = bottom
        self.ops: list = []

    def _add(self, fn, h):
        off = self.y
        self.ops.append((off, fn))
        self.y += h

    def text(self, s, f="Courier", sz=8.0, al="l", lead=None, col=(0, 0, 0)):
        lead = lead or sz * 1.28
        x = {"l": self.x0, "c": self.W / 2, "r": self.x1}[al]
        self._add(lambda d, yt: d.t(x, yt - sz * 0.78, s, f, sz, al=al, col=col), lead)

    def wrap(self, s, f="Courier", sz=8.0, al="l", lead=None):
        tmp = Doc("tmp", (self.W, 100))
        for line in tmp.wrap(s, f, sz, self.cw):
            self.text(line, f, sz, al, lead)

    def lr(self, left, right, f="Courier", sz=8.0, lead=None, fr=None, szr=None):
        lead = lead or sz * 1.28
        fr = fr or f
        szr = szr or sz

        def fn(d, yt):
            if left:
                d.t(self.x0, yt - sz * 0.78, left, f, sz)
            d.t(self.x1, yt - sz * 0.78, right, fr, szr, al="r")

        self._add(fn, max(lead, szr * 1.2))

    def cols(self, vals, pos, aligns, f="Courier", sz=8.0, lead=None):
        lead = lead or sz * 1.28

        def fn(d, yt):
            for v, p, a in zip(vals, pos, aligns, strict=False):
                if v:
                    d.t(self.x0 + p * self.cw, yt - sz * 0.78, v, f, sz, al=a)

        self._add(fn, lead)

    def rule(self, kind="dash", h=7.0):
        def fn(d, yt):
            yy = yt - h / 2
            if kind == "dash":
                d.line(self.x0, yy, self.x1, yy, 0.6, dash=(2, 2))
            elif kind == "double":
                d.line(self.x0, yy + 1.2, self.x1, yy + 1.2, 0.5)
                d.line(self.x0, yy - 1.2, self.x1, yy - 1.2, 0.5)
            elif kind == "cut":
                d.line(0, yy, self.W, yy, 0.5, dash=(4, 3))
            else:
                d.line(self.x0, yy, self.x1, yy, 0.7)

        self._add(fn, h)

    def gap(self, h):
        self.y += h

    def draw(self, h, fn):
        self._add(lambda d, yt: fn(d, yt), h)

    def build(self) -> Doc:
        H = self.y + self.bottom
        d = Doc(self.name, (self.W, H), margin=2.0)
        for off, fn in self.ops:
            fn(d, H - off)
        return d


# --------------------------------------------------------------------------- images


def render(pdf_bytes: bytes, dpi: float) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        img = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
        out.append(img)
        page.close()
    pdf.close()
    return out


def lowfreq(rng, h, w, cells=6) -> np.ndarray:
    small = rng.random((cells, cells)).astype(np.float32)
    im = Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32) / 255.0


def scan(
    img: Image.Image,
    rng,
    grey=True,
    skew=1.0,
    blur=0.6,
    noise=5.0,
    specks=40,
    fade=None,
    pad=0,
    bed=(238, 238, 236),
    tint=(252, 250, 244),
    downscale_w=None,
) -> Image.Image:
    arr = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = arr.shape[:2]
    if fade:
        f = fade[0] + (fade[1] - fade[0]) * lowfreq(rng, h, w, 5)
        arr = 255 - (255 - arr) * f[..., None]
    paper = np.array(tint, dtype=np.float32)
    arr = arr / 255.0 * paper
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if pad:
        bg = Image.new("RGB", (w + 2 * pad, h + 2 * pad), bed)
        bg.paste(im, (pad, pad))
        im = bg
    im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=bed if pad else tint)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(im, dtype=np.float32)
    h, w = arr.shape[:2]
    arr = arr + rng.normal(0, noise, arr.shape[:2])[..., None]
    if specks:
        ys = rng.integers(0, h, specks)
        xs = rng.integers(0, w, specks)
        rs = rng.integers(1, 3, specks)
        for yy, xx, rr in zip(ys, xs, rs, strict=False):
            arr[max(0, yy - rr) : yy + rr, max(0, xx - rr) : xx + rr] *= 0.35
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if grey:
        im = im.convert("L")
    if downscale_w:
        im = im.resize((downscale_w, round(im.height * downscale_w / im.width)), Image.LANCZOS)
    return im


def texture(rng, W, H, kind="wood") -> np.ndarray:
    yy = np.arange(H, dtype=np.float32)[:, None]
    lf = lowfreq(rng, H, W, 8)
    if kind == "wood":
        base = np.array([128, 92, 60], dtype=np.float32)
        stripes = 0.5 + 0.5 * np.sin(yy / 9.0 + lf * 14.0)
        v = 0.82 + 0.18 * stripes + 0.1 * (lf - 0.5)
        arr = base[None, None, :] * v[..., None]
    elif kind == "desk":
        base = np.array([196, 198, 200], dtype=np.float32)
        arr = base[None, None, :] * (0.92 + 0.1 * lf)[..., None]
    else:  # dark cloth
        base = np.array([58, 64, 78], dtype=np.float32)
        arr = base[None, None, :] * (0.9 + 0.2 * lf)[..., None]
    arr = arr + rng.normal(0, 6, (H, W))[..., None]
    return arr


def persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src, strict=False):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.append(v)
    return np.linalg.solve(np.array(A, dtype=float), np.array(B, dtype=float)).tolist()


def photo(
    img: Image.Image, rng, long_side: int, bg="wood", fill=0.84, fold=None, quality=72
) -> Image.Image:
    w0, h0 = img.size
    portrait = h0 >= w0 * 0.9
    if portrait:
        H = long_side
        W = int(long_side * 0.75)
    else:
        W = long_side
        H = int(long_side * 0.75)
    scale = min(H * fill / h0, W * fill / w0)
    dw, dh = w0 * scale, h0 * scale
    src = img.resize((max(1, int(dw)), max(1, int(dh))), Image.LANCZOS)
    arr = np.asarray(src, dtype=np.float32)
    sh, sw = arr.shape[:2]
    if fold is not None:  # a crease across the page: one side slightly darker, a bright ridge
        fy = int(sh * fold)
        yy = np.arange(sh, dtype=np.float32)[:, None]
        ridge = (
            1.0
            + 0.06 * np.exp(-(((yy - fy) / 3.0) ** 2))
            - 0.1 * np.exp(-(((yy - fy - 6) / 5.0) ** 2))
        )
        side = np.where(yy > fy, 0.95, 1.0)
        arr = arr * (ridge * side)[..., None]
    src = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    cx, cy = W / 2, H / 2
    ang = math.radians(float(rng.uniform(-3, 3)))
    corners = []
    for px, py in ((-sw / 2, -sh / 2), (sw / 2, -sh / 2), (sw / 2, sh / 2), (-sw / 2, sh / 2)):
        rx = px * math.cos(ang) - py * math.sin(ang)
        ry = px * math.sin(ang) + py * math.cos(ang)
        corners.append(
            (
                cx + rx + float(rng.uniform(-0.025, 0.025)) * W,
                cy + ry + float(rng.uniform(-0.02, 0.02)) * H,
            )
        )
    # keep the top edge a little narrower than the bottom (phone tilted towards the page)
    k = float(rng.uniform(0.01, 0.035)) * W
    corners[0] = (corners[0][0] + k, corners[0][1])
    corners[1] = (corners[1][0] - k, corners[1][1])
    coeffs = persp_coeffs(corners, [(0, 0), (sw, 0), (sw, sh), (0, sh)])
    warped = src.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (sw, sh), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    base = texture(rng, W, H, bg)
    shadow = np.asarray(mask.filter(ImageFilter.GaussianBlur(14)), dtype=np.float32) / 255.0
    shadow = np.roll(shadow, (10, 8), axis=(0, 1))
    base = base * (1 - 0.45 * shadow)[..., None]
    m = np.asarray(mask, dtype=np.float32)[..., None] / 255.0
    arr = base * (1 - m) + np.asarray(warped, dtype=np.float32) * m
    # uneven light: a linear gradient plus a soft vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1, 2)
    grad = 1.0 + 0.12 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    vig = 1.0 - 0.18 * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2) * 2
    light = grad * vig
    # a soft shadow of the phone / hand from one side
    sm = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(sm)
    side = int(rng.integers(0, 4))
    if side == 0:
        dr.polygon([(0, 0), (int(W * 0.35), 0), (int(W * 0.18), H), (0, H)], fill=255)
    elif side == 1:
        dr.polygon([(W, 0), (int(W * 0.7), 0), (int(W * 0.82), H), (W, H)], fill=255)
    elif side == 2:
        dr.polygon([(0, H), (W, H), (W, int(H * 0.8)), (0, int(H * 0.9))], fill=255)
    else:
        dr.ellipse([int(W * 0.55), int(-H * 0.2), int(W * 1.3), int(H * 0.35)], fill=255)
    sm = np.asarray(sm.filter(ImageFilter.GaussianBlur(60)), dtype=np.float32) / 255.0
    light = light * (1 - 0.22 * sm)
    arr = arr * light[..., None]
    warm = np.array([1.0, 0.985, 0.95], dtype=np.float32)
    arr = arr * warm
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(float(rng.uniform(0.6, 1.0)))
    )
    arr = np.asarray(im, dtype=np.float32) + rng.normal(0, 3.5, (H, W, 1))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def image_pdf(img: Image.Image, size) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.drawImage(ImageReader(img), 0, 0, size[0], size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- truth


@dataclass
class Result:
    name: str
    ext: str
    data: bytes
    truth: dict
    country: str
    doc_type: str
    tip: Decimal = field(default_factory=Decimal)
    rounding: Decimal = field(default_factory=Decimal)
    extra: dict = field(default_factory=dict)


def truth(
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
    items,
    note,
    kind,
):
    return {
        "invoice_number": number,
        "invoice_date": inv_date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": f"{q(amount):.2f}",
        "vat": None if vat is None else f"{q(vat):.2f}",
        "total": f"{q(total):.2f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {"description": a, "quantity": b, "unit_price": c, "amount": e} for a, b, c, e in items
        ],
        "note": note,
        "kind": kind,
    }


def li(desc, qty, unit, amount):
    return (desc, qty_str(qty), f"{D(unit)}", f"{q(amount):.2f}")


# =========================================================================== invoices


def i01(name) -> Result:
    """Germany: marketplace invoicing im Namen und für Rechnung von a joinery; 2 pages."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    doc = Doc(name, A4)
    _W, H = A4
    teal = (0.05, 0.42, 0.45)
    items = [
        ("Aufmaß und Planung vor Ort", 3, "Std.", "68.00"),
        ("Einbauschrank Flur, Eiche massiv, 2,40 × 2,60 m", 1, "Stk.", "3480.00"),
        ("Schiebetürbeschlag Softclose, 2-flügelig", 2, "Satz", "214.50"),
        ("Innenausstattung: Fachböden Eiche 25 mm", 9, "Stk.", "46.80"),
        ("Kleiderstange Edelstahl, Maßanfertigung", 3, "Stk.", "38.90"),
        ("Schubkastenelement mit Vollauszug", 4, "Stk.", "189.00"),
        ("Sockelblende, geölt", 2.6, "lfm", "54.00"),
        ("Garderobenbank mit Sitzkissen", 1, "Stk.", "865.00"),
        ("Wandpaneel Eiche, Nut und Feder", 6.4, "m²", "112.50"),
        ("Unterkonstruktion Lattung", 6.4, "m²", "18.40"),
        ("LED-Profil mit Bewegungsmelder", 2, "Stk.", "96.00"),
        ("Transformator 24 V, 60 W", 1, "Stk.", "42.70"),
        ("Oberflächenbehandlung Hartwachsöl, 2 Anstriche", 14.8, "m²", "19.50"),
        ("Anlieferung mit Transporter, Stadtgebiet Freiburg", 1, "pausch.", "85.00"),
        ("Montage Tischlergeselle", 14, "Std.", "62.00"),
        ("Montage Auszubildender", 14, "Std.", "34.00"),
        ("Anpassung Türzarge Flur", 1, "pausch.", "145.00"),
        ("Silikonfuge Anschluss Wand", 5.2, "lfm", "7.80"),
        ("Entsorgung Altmöbel und Verpackung", 1, "pausch.", "95.00"),
        ("Schlüsselschloss für Schubkasten", 2, "Stk.", "27.40"),
        ("Spiegeltür, Kristallspiegel 4 mm", 1, "Stk.", "398.00"),
        ("Türdämpfer nachgerüstet", 4, "Stk.", "11.20"),
        ("Endreinigung Montageort", 1.5, "Std.", "48.00"),
        ("Abschlussbegehung und Übergabe", 1, "Std.", "68.00"),
    ]
    rows = []
    litems = []
    net = D(0)
    for i, (desc, qty, unit, price) in enumerate(items, 1):
        amt = q(D(str(qty)) * D(price))
        net += amt
        rows.append(
            (
                str(i),
                desc,
                fmt(qty, ".", ",", 2 if isinstance(qty, float) else 0),
                unit,
                fmt(price, ".", ","),
                fmt(amt, ".", ","),
            )
        )
        litems.append(li(desc, qty, price, amt))
    vat = q(net * D("0.19"))
    total = net + vat
    inv_date, due = date(2026, 2, 12), date(2026, 3, 16)

    def header(first: bool):
        doc.rect(40, H - 78, 34, 34, fill=teal, stroke=None, r=6)
        doc.t(57, H - 69, "h", "Helvetica-Bold", 26, al="c", col=(1, 1, 1))
        doc.t(84, H - 64, "handwerkplatz", "Helvetica-Bold", 24, col=teal)
        doc.t(
            85,
            H - 78,
            "Der Marktplatz für regionales Handwerk",
            "Helvetica",
            8,
            col=(0.35, 0.35, 0.35),
        )
        doc.t(555, H - 56, "Handwerkplatz GmbH", "Helvetica-Bold", 8, al="r")
        doc.t(555, H - 66, "Oranienstraße 183 · 10999 Berlin", "Helvetica", 7.5, al="r")
        doc.t(555, H - 76, "service@handwerkplatz.de · 030 2089 4410", "Helvetica", 7.5, al="r")

    def footer():
        doc.line(40, 62, 555, 62, 0.4, (0.5, 0.5, 0.5))
        cols = [
            [
                "Handwerkplatz GmbH",
                "Oranienstraße 183, 10999 Berlin",
                "AG Charlottenburg HRB 219774 B",
                "Geschäftsführer: Jonas Reiter",
            ],
            [
                "Treuhandkonto Handwerkplatz GmbH",
                "Berliner Volksbank eG",
                "IBAN DE61 1009 0000 2841 7730 05",
                "BIC BEVODEBBXXX",
            ],
            [
                "Leistender Unternehmer:",
                "Schreinerei Albrecht Vogt e.K.",
                "Inh. Albrecht Vogt, Talstraße 14",
                "79102 Freiburg · HRA 702118",
            ],
        ]
        for k, col in enumerate(cols):
            for j, s in enumerate(col):
                doc.t(40 + k * 180, 52 - j * 8.5, s, "Helvetica", 6.5, col=(0.3, 0.3, 0.3))

    header(True)
    doc.t(
        40,
        712,
        "Schreinerei Albrecht Vogt e.K. · Talstraße 14 · 79102 Freiburg im Breisgau",
        "Helvetica",
        6.5,
        col=(0.3, 0.3, 0.3),
    )
    doc.line(40, 708, 285, 708, 0.3)
    y = 692
    for s, f, sz in [
        ("Kanzlei Berger & Partner mbB", "Helvetica-Bold", 12),
        ("Rechtsanwälte und Steuerberater", "Helvetica", 10),
        ("z. Hd. Frau Dr. Katrin Berger", "Helvetica", 10),
        ("Lindenallee 7", "Helvetica", 10),
        ("79098 Freiburg im Breisgau", "Helvetica", 10),
    ]:
        doc.t(40, y, s, f, sz)
        y -= 14
    info = [
        ("Rechnungsnummer", "SV-2026-0317"),
        ("Rechnungsdatum", inv_date.strftime("%d.%m.%Y")),
        ("Leistungszeitraum", "02.02.–06.02.2026"),
        ("Bestellnummer", "HWP-7781-2290"),
        ("Kundennummer", "K-104882"),
        ("Ihre USt-IdNr.", "DE814402261"),
    ]
    y = 692
    for k, v in info:
        doc.t(350, y, k + ":", "Helvetica", 8.5)
        doc.t(555, y, v, "Helvetica-Bold" if k == "Rechnungsnummer" else "Helvetica", 8.5, al="r")
        y -= 12.5
    doc.t(40, 588, "Rechnung", "Helvetica-Bold", 17)
    doc.t(555, 588, "Seite 1 von 2", "Helvetica", 8, al="r")
    y = doc.para(
        40,
        570,
        "Diese Rechnung wird von der Handwerkplatz GmbH im Namen und für Rechnung von Schreinerei Albrecht Vogt e.K., Talstraße 14, 79102 Freiburg im Breisgau (USt-IdNr. DE287415903, Steuernummer 06471/40218) ausgestellt (Rechnungsstellung durch Dritte, § 14 Abs. 2 Satz 4 UStG). Vertragspartner für die nachstehenden Leistungen ist ausschließlich der leistende Unternehmer.",
        515,
        "Helvetica",
        8.5,
        11.5,
    )
    cols = [(28, "r"), (262, "l"), (45, "r"), (45, "l"), (65, "r"), (70, "r")]
    hdr = ["Pos.", "Beschreibung", "Menge", "Einheit", "Einzelpreis €", "Gesamt €"]
    y -= 12
    carry = sum((D(r[5].replace(".", "").replace(",", ".")) for r in rows[:17]), D(0))
    y = table(doc, 40, y, cols, hdr, rows[:17], sz=8.5, lead=14.5, hdr_fill=(0.88, 0.94, 0.94))
    doc.line(40, y + 9, 555, y + 9, 0.6)
    doc.t(420, y - 4, "Übertrag", "Helvetica-Bold", 8.5, al="r")
    doc.t(552, y - 4, fmt(carry, ".", ","), "Helvetica-Bold", 8.5, al="r")
    footer()
    doc.next_page()
    header(False)
    doc.t(
        40,
        H - 110,
        "Rechnung SV-2026-0317 vom " + inv_date.strftime("%d.%m.%Y"),
        "Helvetica-Bold",
        10,
    )
    doc.t(555, H - 110, "Seite 2 von 2", "Helvetica", 8, al="r")
    y = H - 140
    doc.t(420, y, "Übertrag", "Helvetica-Bold", 8.5, al="r")
    doc.t(552, y, fmt(carry, ".", ","), "Helvetica-Bold", 8.5, al="r")
    y -= 20
    y = table(doc, 40, y, cols, hdr, rows[17:], sz=8.5, lead=14.5, hdr_fill=(0.88, 0.94, 0.94))
    doc.line(350, y + 9, 555, y + 9, 0.6)
    y -= 6
    for k, v, f in [
        ("Summe netto", fmt(net, ".", ","), "Helvetica"),
        ("zzgl. Umsatzsteuer 19 %", fmt(vat, ".", ","), "Helvetica"),
        ("Rechnungsbetrag", fmt(total, ".", ",") + " €", "Helvetica-Bold"),
    ]:
        doc.t(460, y, k, f, 9.5, al="r")
        doc.t(552, y, v, f, 9.5, al="r")
        y -= 15
    doc.line(350, y + 10, 555, y + 10, 0.6)
    doc.line(350, y + 8, 555, y + 8, 0.6)
    y -= 20
    y = doc.para(
        40,
        y,
        f"Bitte überweisen Sie den Rechnungsbetrag ohne Abzug, zahlbar bis {due.strftime('%d.%m.%Y')}, auf das Treuhandkonto der Handwerkplatz GmbH (IBAN DE61 1009 0000 2841 7730 05) unter Angabe der Rechnungsnummer SV-2026-0317. Die Handwerkplatz GmbH nimmt Zahlungen als Inkassobevollmächtigte entgegen; Zahlungen direkt an den leistenden Unternehmer sind nicht schuldbefreiend.",
        515,
        "Helvetica",
        9,
        12.5,
    )
    y -= 10
    doc.para(
        40,
        y,
        "Bei Fragen zur Ausführung wenden Sie sich bitte direkt an die Schreinerei Albrecht Vogt e.K., Tel. 0761 48 22 19. Vielen Dank für Ihren Auftrag über handwerkplatz.de.",
        515,
        "Helvetica-Oblique",
        8.5,
        12,
    )
    footer()
    t = truth(
        "SV-2026-0317",
        inv_date,
        due,
        "Schreinerei Albrecht Vogt e.K.",
        net,
        vat,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        litems,
        "Marketplace Handwerkplatz GmbH (big wordmark, footer, bank) issues the invoice im Namen und für Rechnung von the joinery; the seller is Schreinerei Albrecht Vogt e.K. Due date only inside the payment sentence ('zahlbar bis 16.03.2026'); Leistungszeitraum and Bestellnummer are distractors; 2 pages with Übertrag.",
        "pdf",
    )
    _ = rng
    return Result(name, "pdf", doc.pdf(), t, "Germany", "marketplace invoice (agent for principal)")


def i02(name) -> Result:
    """France: group brand on top, legal entity only in the footer; factoring notice; labelled Échéance."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    doc = Doc(name, A4)
    _W, H = A4
    F, FB = "DV", "DVB"
    for k, colr in enumerate([(0.85, 0.33, 0.1), (0.95, 0.6, 0.1), (0.2, 0.45, 0.7)]):
        doc.circle(58 + k * 14, H - 62, 13, colr)
    doc.t(104, H - 72, "NOVALYS", FB, 30, col=(0.15, 0.2, 0.3))
    doc.t(106, H - 88, "G R O U P E", F, 9, col=(0.45, 0.45, 0.45))
    doc.t(106, H - 100, "Emballages & solutions logistiques", "DVO", 8, col=(0.45, 0.45, 0.45))
    # customer block (big, boxed)
    doc.rect(300, H - 168, 255, 92, stroke=(0.3, 0.3, 0.3), lw=0.8)
    doc.t(308, H - 90, "Adresse de facturation", F, 7, col=(0.4, 0.4, 0.4))
    y = H - 108
    for s, f, sz in [
        ("BOULANGERIES MARCHAND SARL", FB, 12),
        ("Service comptabilité fournisseurs", F, 9.5),
        ("14 avenue Jean Jaurès", F, 9.5),
        ("69007 LYON", F, 9.5),
    ]:
        doc.t(308, y, s, f, sz)
        y -= 15
    doc.t(40, H - 130, "FACTURE", FB, 20)
    doc.t(40, H - 146, "Original", F, 8, col=(0.4, 0.4, 0.4))
    inv_date, due = date(2026, 2, 3), date(2026, 3, 5)
    grid = [
        ("FACTURE N°", "FA26-01942"),
        ("DATE", "03/02/2026"),
        ("ÉCHÉANCE", "05/03/2026"),
        ("CODE CLIENT", "C004817"),
        ("RÈGLEMENT", "Virement 30 j"),
    ]
    gx, gy, gw = 40, H - 210, 103
    for k, (lab, val) in enumerate(grid):
        doc.rect(
            gx + k * gw,
            gy,
            gw,
            34,
            fill=(0.93, 0.93, 0.93) if k != 2 else (0.98, 0.9, 0.82),
            stroke=(0.3, 0.3, 0.3),
        )
        doc.t(gx + k * gw + gw / 2, gy + 22, lab, FB, 7, al="c")
        doc.t(gx + k * gw + gw / 2, gy + 8, val, F, 9.5, al="c")
    doc.t(
        40,
        gy - 16,
        "Votre commande n° BM-2026-118 du 22/01/2026 — Bon de livraison BL26-02231 du 30/01/2026",
        F,
        8,
    )
    items = [
        ("CT-4030", "Carton baguette kraft 60 × 12 × 8 cm", 2500, "0.184", 0),
        ("SA-2215", "Sac papier croissant 16+8 × 22 cm", 12000, "0.0265", 5),
        ("BT-0712", "Boîte pâtissière blanche 22 × 22 × 8", 1800, "0.412", 0),
        ("PL-1100", "Plateau carton doré 26 cm", 900, "0.298", 10),
        ("ET-0090", "Étiquette allergènes, rouleau de 1 000", 24, "14.60", 0),
        ("FL-3012", "Film étirable 23 µ, 500 m", 36, "9.85", 0),
        ("PA-0410", "Papier ingraissable 33 × 50 cm, rame 500 f.", 40, "21.40", 5),
    ]
    rows, litems = [], []
    net_lines = D(0)
    for ref, desc, qty, pu, disc in items:
        amt = q(D(qty) * D(pu) * (D(100) - D(disc)) / D(100))
        net_lines += amt
        rows.append(
            (
                ref,
                desc,
                fmt(qty, " ", ",", 0),
                fmt(pu, " ", ",", len(pu.split(".")[1])),
                f"{disc} %" if disc else "",
                fmt(amt, " ", ","),
            )
        )
        litems.append(li(desc, qty, pu, amt))
    cols = [(52, "l"), (215, "l"), (52, "r"), (62, "r"), (44, "r"), (90, "r")]
    y = table(
        doc,
        40,
        gy - 44,
        cols,
        ["Réf.", "Désignation", "Qté", "P.U. HT", "Remise", "Montant HT"],
        rows,
        F,
        FB,
        8,
        15,
        hdr_fill=(0.15, 0.2, 0.3),
        hdr_col=(1, 1, 1),
        zebra=(0.95, 0.95, 0.95),
    )
    port = D("68.00")
    net = net_lines + port
    vat = q(net * D("0.20"))
    total = net + vat
    y -= 8
    tx = 330
    doc.rect(tx, y - 70, 225, 88, stroke=(0.3, 0.3, 0.3))
    for lab, val, f in [
        ("Total marchandises HT", fmt(net_lines, " ", ","), F),
        ("Frais de port HT", fmt(port, " ", ","), F),
        ("Total HT", fmt(net, " ", ","), FB),
        ("TVA 20 %", fmt(vat, " ", ","), F),
        ("NET À PAYER TTC", fmt(total, " ", ",") + " €", FB),
    ]:
        doc.t(tx + 8, y, lab, f, 9)
        doc.t(tx + 217, y, val, f, 9, al="r")
        y -= 16
    yb = y - 20
    doc.rect(40, yb - 84, 515, 96, stroke=(0.7, 0.1, 0.1), lw=1.4)
    doc.t(50, yb, "IMPORTANT — CRÉANCE CÉDÉE", FB, 10, col=(0.7, 0.1, 0.1))
    yy = doc.para(
        50,
        yb - 15,
        "Pour être libératoire, votre règlement doit être effectué exclusivement à l'ordre de FACTOREM FRANCE SA, qui le reçoit par subrogation dans le cadre d'un contrat d'affacturage. Elle devra être avisée de toute réclamation relative à cette créance.",
        495,
        F,
        8.5,
        11.5,
    )
    for s in [
        "FACTOREM FRANCE SA — 27 rue de la Victoire, 75009 Paris",
        "IBAN FR76 3000 4008 2800 0104 7716 285 — BIC BNPAFRPPXXX",
        "Référence à rappeler : 812447309-FA26-01942",
    ]:
        doc.t(50, yy - 2, s, FB, 8.5)
        yy -= 12
    yy = yb - 104
    yy = doc.para(
        40,
        yy,
        "Conditions : paiement à 30 jours date de facture. Pas d'escompte pour paiement anticipé. En cas de retard de paiement, pénalités égales à trois fois le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 du Code de commerce). Réserve de propriété jusqu'au paiement intégral du prix.",
        515,
        F,
        7.5,
        10,
    )
    doc.line(40, 58, 555, 58, 0.5)
    doc.t(
        297,
        46,
        "Novalys Emballages Rhône SAS au capital de 1 250 000 € — 42 rue des Frères Lumière, 69200 Vénissieux",
        F,
        7,
        al="c",
    )
    doc.t(
        297,
        36,
        "SIREN 812 447 309 RCS Lyon — N° TVA intracom. FR27 812447309 — APE 1721A — Société du groupe Novalys",
        F,
        7,
        al="c",
    )
    doc.t(297, 26, "Page 1/1", F, 7, al="c", col=(0.4, 0.4, 0.4))
    pdf = doc.pdf()
    img = render(pdf, 200)[0]
    im = scan(img, rng, grey=True, skew=float(rng.uniform(-1.2, 1.2)), blur=0.7, noise=6, specks=90)
    data = image_pdf(im, A4)
    t = truth(
        "FA26-01942",
        inv_date,
        due,
        "Novalys Emballages Rhône SAS",
        net,
        vat,
        total,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        litems,
        "Image-only PDF (grey scan, no text layer). Group brand NOVALYS GROUPE is the big logo; the invoicing legal entity Novalys Emballages Rhône SAS appears only in the footer with SIREN/TVA. Customer block is the largest name. Factoring box names FACTOREM FRANCE SA as payee (not the seller). Due date labelled ÉCHÉANCE in the header grid. Net includes shipping (Frais de port).",
        "scan",
    )
    return Result(name, "pdf", data, t, "France", "group-brand invoice with factoring notice")


def i03(name) -> Result:
    """USA: franchise, independently owned and operated; Net 30 with a printed due date; remit-to; 2 pages."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    doc = Doc(name, letter)
    _W, H = letter
    blue = (0.05, 0.3, 0.6)
    items = [
        (
            "03/02",
            "WTR-EXT",
            "Emergency water extraction, carpet & pad",
            "640",
            "SF",
            "1.15",
            False,
        ),
        ("03/02", "WTR-EXT-H", "Water extraction, hard surface floor", "210", "SF", "0.72", False),
        ("03/02", "EMS-CALL", "Emergency service call, after hours", "1", "EA", "295.00", False),
        ("03/02", "AIR-MOV", "Air mover, per 24 hr period", "24", "DAY", "32.00", False),
        (
            "03/02",
            "DEHU-LGR",
            "Dehumidifier, LGR 70-109 ppd, per 24 hr",
            "8",
            "DAY",
            "115.00",
            False,
        ),
        ("03/02", "AIRSCR", "HEPA air scrubber, per 24 hr", "4", "DAY", "98.00", False),
        ("03/02", "MON-DAY", "Moisture monitoring & documentation", "4", "EA", "85.00", False),
        (
            "03/03",
            "DRY-FLR",
            "Tear out wet drywall, up to 2 ft flood cut",
            "96",
            "LF",
            "3.45",
            False,
        ),
        ("03/03", "INS-RMV", "Remove wet batt insulation", "180", "SF", "0.92", False),
        ("03/03", "BASE-RMV", "Remove & dispose baseboard", "96", "LF", "1.10", False),
        ("03/03", "ANTIMIC", "Apply antimicrobial agent", "820", "SF", "0.38", True),
        ("03/03", "CONT-BAR", "Containment barrier / poly zipper door", "2", "EA", "118.00", True),
        (
            "03/03",
            "PPE-KIT",
            "Personal protective equipment, per tech/day",
            "6",
            "EA",
            "24.50",
            True,
        ),
        (
            "03/04",
            "DUMP-FEE",
            "Debris haul off & dump fee, pickup load",
            "1",
            "EA",
            "210.00",
            False,
        ),
        ("03/04", "CARP-PAD", 'Carpet pad replacement, 7/16" 8 lb', "640", "SF", "0.89", True),
        ("03/04", "CARP-RST", "Re-stretch & reinstall carpet", "640", "SF", "0.56", False),
        (
            "03/05",
            "DRY-INS",
            'Drywall 1/2" hung, taped, floated, ready for paint',
            "192",
            "SF",
            "2.95",
            True,
        ),
        ("03/05", "INS-BATT", 'Batt insulation R-13, 3.5"', "180", "SF", "1.08", True),
        ("03/05", "BASE-INS", 'Baseboard 3 1/4" MDF, install', "96", "LF", "3.85", True),
        ("03/06", "PNT-WALL", "Seal & paint walls, two coats", "420", "SF", "1.02", True),
        ("03/06", "PNT-BASE", "Paint baseboard, two coats", "96", "LF", "1.35", True),
        ("03/06", "CONTENTS", "Contents manipulation, per hour", "5", "HR", "62.00", False),
        ("03/06", "FINAL-CLN", "Final cleaning, construction", "820", "SF", "0.21", False),
        ("03/06", "SUPV", "Project supervision / job documentation", "3", "HR", "78.00", False),
    ]
    rows, litems = [], []
    sub = D(0)
    taxable = D(0)
    for dt, code, desc, qty, unit, rate, tx in items:
        amt = q(D(qty) * D(rate))
        sub += amt
        if tx:
            taxable += amt
        rows.append(
            (dt, code, desc, fmt(qty, ",", ".", 0), unit, fmt(rate), fmt(amt), "T" if tx else "")
        )
        litems.append(li(desc, qty, rate, amt))
    tax = q(taxable * D("0.06"))
    total = sub + tax
    inv_date, due = date(2026, 3, 9), date(2026, 4, 8)

    def top(page):
        doc.poly([(36, H - 80), (60, H - 44), (84, H - 80)], fill=blue)
        doc.poly([(48, H - 80), (60, H - 62), (72, H - 80)], fill=(1, 0.75, 0.1))
        doc.t(92, H - 70, "BRIGHTWAY", "Helvetica-Bold", 32, col=blue)
        doc.t(94, H - 86, "R E S T O R A T I O N", "Helvetica-Bold", 10, col=(0.9, 0.6, 0.05))
        doc.t(
            94,
            H - 98,
            "Water · Fire · Mold · Storm — 24/7 Emergency Service 1-800-555-0148",
            "Helvetica",
            7.5,
            col=(0.35, 0.35, 0.35),
        )
        doc.t(576, H - 62, "INVOICE", "Helvetica-Bold", 22, al="r", col=(0.2, 0.2, 0.2))
        doc.t(576, H - 78, f"Page {page} of 2", "Helvetica", 8, al="r")

    def foot():
        doc.line(36, 64, 576, 64, 0.4, (0.5, 0.5, 0.5))
        doc.para(
            36,
            54,
            "Brightway Restoration of Lancaster County is independently owned and operated by Keystone Remediation Partners LLC, a licensed franchisee of Brightway Franchising, Inc. PA Home Improvement Contractor Reg. PA187245 · EIN 84-2917735 · 2150 Lincoln Hwy E, Lancaster, PA 17602 · (717) 555-0192",
            540,
            "Helvetica",
            6.8,
            8.8,
            col=(0.3, 0.3, 0.3),
        )

    top(1)
    doc.t(36, H - 130, "BILL TO", "Helvetica-Bold", 8, col=blue)
    y = H - 148
    for s, f, sz in [
        ("HARBORVIEW PROPERTY MANAGEMENT INC.", "Helvetica-Bold", 13),
        ("Attn: Accounts Payable", "Helvetica", 9.5),
        ("1200 Market Street, Suite 400", "Helvetica", 9.5),
        ("Philadelphia, PA 19107", "Helvetica", 9.5),
    ]:
        doc.t(36, y, s, f, sz)
        y -= 14
    doc.t(372, H - 130, "REMIT TO", "Helvetica-Bold", 8, col=blue)
    y = H - 144
    for s in [
        "Brightway Restoration of Lancaster County",
        "PO Box 10482",
        "Lancaster, PA 17605-0482",
    ]:
        doc.t(372, y, s, "Helvetica", 8.5)
        y -= 11.5
    doc.t(36, H - 218, "SERVICE LOCATION", "Helvetica-Bold", 8, col=blue)
    doc.t(
        36,
        H - 230,
        "Riverside Commons Apartments, Bldg C, Unit 3B — 45 Water St, Lancaster, PA 17603 (Loss: water, 03/01/2026)",
        "Helvetica",
        8.5,
    )
    labels = ["Invoice #", "Invoice Date", "Terms", "Due Date", "Claim #", "Job #", "Customer PO"]
    vals = [
        "10-48217",
        "03/09/2026",
        "Net 30",
        "04/08/2026",
        "HO-55-2291-04",
        "LNC-26-0183",
        "HPM-7712",
    ]
    gx, gy = 36, H - 278
    cw = 540 / 7
    for k, (lab, v) in enumerate(zip(labels, vals, strict=False)):
        doc.rect(
            gx + k * cw,
            gy,
            cw,
            30,
            fill=(0.9, 0.94, 0.98) if k < 4 else None,
            stroke=(0.5, 0.5, 0.6),
        )
        doc.t(gx + k * cw + cw / 2, gy + 19, lab, "Helvetica-Bold", 7.5, al="c")
        doc.t(gx + k * cw + cw / 2, gy + 6, v, "Helvetica", 8.5, al="c")
    cols = [(34, "l"), (58, "l"), (238, "l"), (40, "r"), (34, "l"), (50, "r"), (70, "r"), (16, "c")]
    hdr = ["Date", "Code", "Description", "Qty", "Unit", "Rate", "Amount", "T"]
    y = table(
        doc, 36, gy - 22, cols, hdr, rows[:16], "Helvetica", "Helvetica-Bold", 8, 14, grid=True
    )
    doc.t(576, y - 4, "Continued on page 2", "Helvetica-Oblique", 8, al="r")
    foot()
    doc.next_page()
    top(2)
    doc.t(
        36,
        H - 130,
        "Invoice 10-48217 · Harborview Property Management Inc. · Job LNC-26-0183",
        "Helvetica-Bold",
        9,
    )
    y = table(
        doc, 36, H - 160, cols, hdr, rows[16:], "Helvetica", "Helvetica-Bold", 8, 14, grid=True
    )
    y -= 14
    for lab, v, f in [
        ("Subtotal", fmt(sub), "Helvetica"),
        (f"Taxable Subtotal  {fmt(taxable)}", "", "Helvetica"),
        ("PA Sales Tax 6.000% (T items)", fmt(tax), "Helvetica"),
        ("INVOICE TOTAL (USD)", "$" + fmt(total), "Helvetica-Bold"),
    ]:
        doc.t(490, y, lab, f, 9, al="r")
        if v:
            doc.t(572, y, v, f, 9, al="r")
        y -= 15
    y -= 14
    doc.rect(36, y - 56, 300, 66, stroke=(0.5, 0.5, 0.6))
    doc.t(44, y - 2, "PAYMENT TERMS", "Helvetica-Bold", 8, col=blue)
    doc.para(
        44,
        y - 15,
        "Net 30. Please include invoice # 10-48217 with your remittance. A 1.5% monthly finance charge applies to balances past due. ACH: Fulton Bank N.A., ABA 031301422, Acct 7720148836.",
        284,
        "Helvetica",
        7.8,
        10,
    )
    foot()
    t = truth(
        "10-48217",
        inv_date,
        due,
        "Keystone Remediation Partners LLC",
        sub,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        litems,
        "Franchise: big BRIGHTWAY RESTORATION brand, trade name 'Brightway Restoration of Lancaster County' in remit-to, legal seller only in the footer line 'independently owned and operated by Keystone Remediation Partners LLC'. Bill-to customer printed larger. Terms Net 30 plus labelled Due Date 04/08/2026 (US mm/dd). Sales tax only on T-flagged lines. 2 pages.",
        "pdf",
    )
    _ = rng
    return Result(name, "pdf", doc.pdf(), t, "United States", "franchise invoice, Net 30")


def i04(name) -> Result:
    """Switzerland: branch letterhead, head office in footer; due date only on the QR payment part; 5-Rappen rounding."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    doc = Doc(name, A4)
    W, H = A4
    red = (0.8, 0.1, 0.12)
    doc.poly([(40, H - 82), (62, H - 44), (84, H - 82)], fill=red)
    doc.poly([(66, H - 82), (82, H - 56), (98, H - 82)], fill=(0.55, 0.05, 0.08))
    doc.t(106, H - 70, "ALPENWERK", "DVB", 24, col=red)
    doc.t(107, H - 84, "Haustechnik · Sanitär · Heizung · Lüftung", "DV", 8, col=(0.35, 0.35, 0.35))
    y = H - 52
    for s, f in [
        ("Filiale Luzern", "DVB"),
        ("Pilatusstrasse 22", "DV"),
        ("6003 Luzern", "DV"),
        ("Tel. 041 210 44 80", "DV"),
        ("luzern@alpenwerk.ch", "DV"),
    ]:
        doc.t(555, y, s, f, 8, al="r")
        y -= 10.5
    doc.t(
        300,
        H - 130,
        "Alpenwerk Haustechnik AG, Pilatusstrasse 22, 6003 Luzern",
        "DV",
        6.5,
        col=(0.3, 0.3, 0.3),
    )
    y = H - 146
    for s in [
        "Stockwerkeigentümergemeinschaft Seeblick",
        "c/o Immo Treuhand Meier GmbH",
        "Herr Reto Meier",
        "Seestrasse 118",
        "6006 Luzern",
    ]:
        doc.t(300, y, s, "DV", 9.5)
        y -= 13
    inv_date = date(2026, 1, 20)
    doc.t(40, H - 146, "Luzern, 20. Januar 2026", "DV", 9)
    info = [
        ("Rechnung Nr.", "2026-LU-00571"),
        ("Auftrag", "4471-22"),
        ("Objekt", "Seestrasse 118, Heizungsraum"),
        ("Ihr Zeichen", "RM"),
        ("Sachbearbeiter", "P. Gisler"),
    ]
    y = H - 170
    for k, v in info:
        doc.t(40, y, k, "DV", 8)
        doc.t(112, y, v, "DVB" if k.startswith("Rechnung") else "DV", 8)
        y -= 11
    doc.t(40, H - 250, "Rechnung 2026-LU-00571", "DVB", 13)
    items = [
        ("Service Gas-Brennwertkessel inkl. Abgasmessung", "1", "Stk", "285.00", 0),
        ("Ersatz Umwälzpumpe Heizgruppe 1, DN 25", "1", "Stk", "612.00", 0),
        ('Kugelhahn 1" mit Thermometer', "2", "Stk", "48.60", 10),
        ("Entlüftung und Druckprüfung Anlage", "1", "psch", "120.00", 0),
        ("Arbeit Servicemonteur", "5.5", "h", "118.00", 0),
        ("Arbeit Lehrling", "5.5", "h", "52.00", 0),
        ("Fahrzeugpauschale Stadt Luzern", "2", "Stk", "38.00", 0),
        ("Kleinmaterial, Dichtungen", "1", "psch", "64.10", 0),
    ]
    rows, litems = [], []
    net = D(0)
    for desc, qty, me, pr, rab in items:
        amt = q(D(qty) * D(pr) * (100 - rab) / D(100))
        net += amt
        rows.append(
            (desc, qty, me, fmt(pr, "'", "."), f"{rab}%" if rab else "", fmt(amt, "'", "."))
        )
        litems.append(li(desc, qty, pr, amt))
    cols = [(235, "l"), (40, "r"), (35, "l"), (65, "r"), (45, "r"), (95, "r")]
    y = table(
        doc,
        40,
        H - 280,
        cols,
        ["Bezeichnung", "Menge", "ME", "Preis", "Rabatt", "Betrag CHF"],
        rows,
        "DV",
        "DVB",
        8,
        13.5,
    )
    vat = q(net * D("0.081"))
    exact = net + vat
    total = (exact * 20).quantize(D("1"), rounding=ROUND_HALF_UP) / 20
    total = q(total)
    rnd = total - exact
    y -= 4
    doc.line(330, y + 9, 555, y + 9, 0.6)
    for lab, v, f in [
        ("Total exkl. MWST", fmt(net, "'", "."), "DV"),
        ("MWST 8.1 %", fmt(vat, "'", "."), "DV"),
        ("Rundungsdifferenz", fmt(rnd, "'", "."), "DV"),
        ("Total CHF", fmt(total, "'", "."), "DVB"),
    ]:
        doc.t(450, y, lab, f, 8.5, al="r")
        doc.t(552, y, v, f, 8.5, al="r")
        y -= 13
    y -= 8
    y = doc.para(
        40,
        y,
        "Zahlungsbedingungen: netto, mit beiliegendem QR-Einzahlungsschein. Besten Dank für Ihren Auftrag und freundliche Grüsse.",
        515,
        "DV",
        8,
        11,
    )
    doc.t(
        40,
        y - 8,
        "Alpenwerk Haustechnik AG · Hauptsitz: Industriestrasse 5, 8404 Winterthur · CHE-112.845.397 MWST · www.alpenwerk.ch",
        "DV",
        6.8,
        col=(0.3, 0.3, 0.3),
    )
    # QR-bill payment part (105 mm high)
    top = 105 * MM
    doc.line(0, top, W, top, 0.5, dash=(3, 2))
    doc.line(62 * MM, 0, 62 * MM, top, 0.5, dash=(3, 2))
    doc.t(W / 2, top + 4, "✂  Vor der Einzahlung abzutrennen", "DV", 6.5, al="c")
    due = date(2026, 2, 19)
    x = 5 * MM
    yy = top - 16
    doc.t(x, yy, "Empfangsschein", "DVB", 11)
    yy -= 18
    for lab, lines in [
        (
            "Konto / Zahlbar an",
            [
                "CH44 3199 9123 0008 8901 2",
                "Alpenwerk Haustechnik AG",
                "Industriestrasse 5",
                "8404 Winterthur",
            ],
        ),
        ("Referenz", ["21 00000 00003 13947 14300 09017"]),
        (
            "Zahlbar durch",
            ["StWEG Seeblick", "c/o Immo Treuhand Meier GmbH", "Seestrasse 118, 6006 Luzern"],
        ),
    ]:
        doc.t(x, yy, lab, "DVB", 6)
        yy -= 9
        for s in lines:
            doc.t(x, yy, s, "DV", 7.5)
            yy -= 9
        yy -= 4
    doc.t(x, 30 * MM, "Währung", "DVB", 6)
    doc.t(x + 22 * MM, 30 * MM, "Betrag", "DVB", 6)
    doc.t(x, 30 * MM - 11, "CHF", "DV", 8)
    doc.t(x + 22 * MM, 30 * MM - 11, fmt(total, " ", "."), "DV", 8)
    doc.t(57 * MM, 12 * MM, "Annahmestelle", "DVB", 6, al="r")
    px = 67 * MM
    doc.t(px, top - 16, "Zahlteil", "DVB", 11)
    doc.qr(px, top - 17 * MM - 46 * MM, 46 * MM, zlib.crc32(name.encode()), n=33, cross=True)
    doc.t(px, 30 * MM, "Währung", "DVB", 7)
    doc.t(px + 22 * MM, 30 * MM, "Betrag", "DVB", 7)
    doc.t(px, 30 * MM - 12, "CHF", "DV", 9)
    doc.t(px + 22 * MM, 30 * MM - 12, fmt(total, " ", "."), "DV", 9)
    xx = 118 * MM
    yy = top - 16
    for lab, lines in [
        (
            "Konto / Zahlbar an",
            [
                "CH44 3199 9123 0008 8901 2",
                "Alpenwerk Haustechnik AG",
                "Industriestrasse 5",
                "8404 Winterthur",
            ],
        ),
        ("Referenz", ["21 00000 00003 13947 14300 09017"]),
        (
            "Zusätzliche Informationen",
            ["Rechnung 2026-LU-00571", f"Zahlbar bis {due.strftime('%d.%m.%Y')}"],
        ),
        (
            "Zahlbar durch",
            ["StWEG Seeblick", "c/o Immo Treuhand Meier GmbH", "Seestrasse 118", "6006 Luzern"],
        ),
    ]:
        doc.t(xx, yy, lab, "DVB", 7)
        yy -= 10.5
        for s in lines:
            doc.t(xx, yy, s, "DV", 8.5)
            yy -= 10.5
        yy -= 5
    pdf = doc.pdf()
    img = render(pdf, 170)[0]
    im = scan(
        img,
        rng,
        grey=False,
        skew=float(rng.uniform(-1.5, 1.5)),
        blur=0.5,
        noise=4,
        specks=40,
        tint=(250, 248, 240),
    )
    data = image_pdf(im, A4)
    t = truth(
        "2026-LU-00571",
        inv_date,
        due,
        "Alpenwerk Haustechnik AG",
        net,
        vat,
        total,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        litems,
        "Image-only PDF (colour scan). Letterhead shows the brand ALPENWERK and 'Filiale Luzern'; the legal entity Alpenwerk Haustechnik AG (Hauptsitz Winterthur, CHE MWST number) is in the small sender line, the footer and the QR-bill. Date written out ('20. Januar 2026'). Due date only on the QR payment part ('Zahlbar bis 19.02.2026' under Zusätzliche Informationen). Apostrophe thousands in the body, space thousands on the QR part; 5-Rappen Rundungsdifferenz line.",
        "scan",
    )
    return Result(name, "pdf", data, t, "Switzerland", "branch invoice with QR-bill", rounding=rnd)


def i05(name) -> Result:
    """India: group logo, supplier entity beside GSTIN; bill-to printed large; instalment schedule; photo."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    doc = Doc(name, A4)
    W, H = A4
    F, FB = "DV", "DVB"
    org = (0.85, 0.45, 0.05)
    doc.circle(62, H - 62, 22, org)
    doc.circle(62, H - 62, 12, (1, 1, 1))
    doc.circle(62, H - 62, 6, org)
    doc.t(94, H - 70, "SUVARNA", FB, 28, col=org)
    doc.t(96, H - 84, "G R O U P", F, 8.5, col=(0.4, 0.4, 0.4))
    doc.t(555, H - 56, "Interiors · Realty · Hospitality", "DVO", 8, al="r", col=(0.4, 0.4, 0.4))
    doc.t(555, H - 68, "www.suvarnagroup.in", F, 8, al="r", col=(0.4, 0.4, 0.4))
    doc.t(W / 2, H - 112, "TAX INVOICE", FB, 14, al="c")
    doc.t(555, H - 112, "ORIGINAL FOR RECIPIENT", F, 7, al="r")
    doc.rect(40, H - 232, 515, 108, stroke=(0.3, 0.3, 0.3))
    doc.line(297, H - 232, 297, H - 124, 0.5)
    doc.t(48, H - 138, "Bill To:", FB, 8)
    y = H - 154
    for s, f, sz in [
        ("MERIDIAN SOFTWARE LABS LLP", FB, 12),
        ("No. 17, Outer Ring Road, Bellandur", F, 8.5),
        ("Bengaluru, Karnataka 560103", F, 8.5),
        ("GSTIN: 29AAQFM4821K1Z3", F, 8.5),
        ("State: Karnataka   Code: 29", F, 8.5),
    ]:
        doc.t(48, y, s, f, sz)
        y -= 14
    doc.t(305, H - 138, "Ship To:", FB, 8)
    y = H - 152
    for s in [
        "Meridian Software Labs LLP",
        "Whitefield Campus, Tower B, 6th Floor",
        "EPIP Zone, Whitefield",
        "Bengaluru, Karnataka 560066",
        "Contact: Mr. Arvind Rao, +91 98450 22817",
    ]:
        doc.t(305, y, s, F, 8.5)
        y -= 12.5
    y = H - 252
    doc.t(40, y, "Supplier:", FB, 7.5)
    doc.t(
        82,
        y,
        "Suvarna Interiors Private Limited · No. 42, 3rd Cross, Lavelle Road, Bengaluru 560001",
        F,
        7.5,
    )
    doc.t(
        82, y - 10, "GSTIN: 29AAKCS7719P1ZQ · PAN: AAKCS7719P · CIN: U36100KA2014PTC074412", F, 7.5
    )
    inv_date = date(2026, 1, 14)
    grid = [
        ("Invoice No.", "SIPL/25-26/1187"),
        ("Invoice Date", "14-01-2026"),
        ("Place of Supply", "Karnataka (29)"),
        ("PO No. / Date", "MSL/PO/2025/884 dt. 02-12-2025"),
    ]
    gy = H - 298
    xs = [40, 150, 240, 345, 555]
    for k, (lab, v) in enumerate(grid):
        doc.rect(xs[k], gy, xs[k + 1] - xs[k], 28, stroke=(0.3, 0.3, 0.3))
        doc.t(xs[k] + 5, gy + 18, lab, FB, 7)
        doc.t(xs[k] + 5, gy + 6, v, F, 8.5)
    items = [
        ("Modular workstation 1200 × 600 mm, 4-seater", "9403", "12", "Nos", "38500.00"),
        ("Ergonomic task chair, mesh back, 3-yr warranty", "9401", "48", "Nos", "8950.00"),
        ("Manager cabin table with side return", "9403", "4", "Nos", "42300.00"),
        ("Acoustic partition panel, fabric finish", "9403", "36", "Sq.m", "3850.00"),
        ("Installation & site supervision", "998597", "1", "Job", "65000.00"),
        ("Transportation and loading / unloading", "996511", "1", "Trip", "18500.00"),
    ]
    rows, litems = [], []
    net = D(0)
    for k, (desc, hsn, qty, unit, rate) in enumerate(items, 1):
        amt = q(D(qty) * D(rate))
        net += amt
        rows.append((str(k), desc, hsn, qty, unit, fmt(rate, indian=True), fmt(amt, indian=True)))
        litems.append(li(desc, qty, rate, amt))
    cols = [(22, "c"), (213, "l"), (48, "l"), (34, "r"), (36, "l"), (70, "r"), (92, "r")]
    y = table(
        doc,
        40,
        gy - 18,
        cols,
        [
            "Sl",
            "Description of Goods / Services",
            "HSN/SAC",
            "Qty",
            "Unit",
            "Rate (₹)",
            "Taxable Value (₹)",
        ],
        rows,
        F,
        FB,
        7.8,
        14,
        grid=True,
        hdr_fill=(0.98, 0.9, 0.8),
    )
    cgst = q(net * D("0.09"))
    sgst = q(net * D("0.09"))
    total = net + cgst + sgst
    y -= 4
    for lab, v, f in [
        ("Total Taxable Value", fmt(net, indian=True), F),
        ("CGST @ 9%", fmt(cgst, indian=True), F),
        ("SGST @ 9%", fmt(sgst, indian=True), F),
        ("Total Invoice Value", "₹ " + fmt(total, indian=True), FB),
    ]:
        doc.t(460, y, lab, f, 8.5, al="r")
        doc.t(552, y, v, f, 8.5, al="r")
        y -= 13
    rupees = int(total)
    paise = int((total - rupees) * 100)
    words = (
        "Rupees "
        + words_en(rupees, indian=True)
        + (f" and {_words99(paise)} Paise" if paise else "")
        + " Only"
    )
    y = doc.para(40, y - 4, "Amount in words: " + words, 515, "DVO", 8, 10.5)
    y -= 8
    doc.t(40, y, "Payment Schedule (as per PO clause 7)", FB, 9)
    y -= 14
    d1, d2, d3 = date(2026, 1, 24), date(2026, 2, 23), date(2026, 3, 25)
    a1 = q(total * D("0.40"))
    a2 = q(total * D("0.40"))
    a3 = total - a1 - a2
    srows = [
        (
            "1",
            "Advance on delivery of material",
            "40%",
            fmt(a1, indian=True),
            d1.strftime("%d-%m-%Y"),
        ),
        (
            "2",
            "On completion of installation",
            "40%",
            fmt(a2, indian=True),
            d2.strftime("%d-%m-%Y"),
        ),
        (
            "3",
            "Retention, after handover & snag closure",
            "20%",
            fmt(a3, indian=True),
            d3.strftime("%d-%m-%Y"),
        ),
    ]
    y = table(
        doc,
        40,
        y,
        [(30, "c"), (230, "l"), (50, "r"), (110, "r"), (95, "r")],
        ["Inst.", "Milestone", "Share", "Amount (₹)", "Due Date"],
        srows,
        F,
        FB,
        8,
        13.5,
        grid=True,
    )
    y -= 6
    for s in [
        "Bank: Karnataka Commercial Bank Ltd., Lavelle Road Branch",
        "A/c Name: Suvarna Interiors Private Limited · A/c No. 0412201009871 · IFSC KCBL0000412",
    ]:
        doc.t(40, y, s, F, 7.8)
        y -= 11
    doc.t(555, y - 16, "For Suvarna Interiors Private Limited", FB, 8, al="r")
    doc.t(555, y - 52, "Authorised Signatory", F, 8, al="r")
    doc.t(
        40,
        40,
        "Subject to Bengaluru jurisdiction. Whether tax is payable under reverse charge: No. E. & O.E.",
        F,
        7,
        col=(0.35, 0.35, 0.35),
    )
    pdf = doc.pdf()
    img = render(pdf, 200)[0]
    im = photo(img, rng, int(rng.integers(2000, 2250)), bg="wood", fill=0.86, fold=0.5)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=int(rng.integers(68, 80)))
    t = truth(
        "SIPL/25-26/1187",
        inv_date,
        d1,
        "Suvarna Interiors Private Limited",
        net,
        cgst + sgst,
        total,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        litems,
        "Phone photo with a fold. Big SUVARNA GROUP logo and a large bill-to (MERIDIAN SOFTWARE LABS LLP); the supplier Suvarna Interiors Private Limited is a single small line beside its GSTIN. Indian lakh grouping (₹). VAT = CGST + SGST. Due date = first instalment of the payment schedule (24-01-2026); PO date is a distractor.",
        "photo",
    )
    return Result(
        name, "jpg", buf.getvalue(), t, "India", "GST tax invoice with instalment schedule"
    )


def i06(name) -> Result:
    """Brazil: freight invoice, tomador printed first, ship-from/ship-to; due date only on the boleto stub; photo."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    doc = Doc(name, A4)
    _W, H = A4
    F, FB = "Helvetica", "Helvetica-Bold"
    green = (0.1, 0.45, 0.25)
    doc.rect(40, H - 100, 515, 64, fill=(0.93, 0.96, 0.93), stroke=green, lw=1)
    doc.t(50, H - 52, "TOMADOR DO SERVIÇO / SACADO", FB, 7, col=green)
    doc.t(50, H - 72, "SUPERMERCADOS BOA PRAÇA LTDA", FB, 16)
    doc.t(
        50,
        H - 88,
        "CNPJ 12.904.377/0001-08 · Av. Sertório 6600, Porto Alegre/RS · CEP 91040-620",
        F,
        8,
    )
    doc.rect(40, H - 150, 30, 30, fill=green, stroke=None)
    doc.t(55, H - 142, "RS", FB, 12, al="c", col=(1, 1, 1))
    doc.t(78, H - 130, "Rápido Serra Gaúcha Transportes Ltda.", FB, 10)
    doc.t(
        78,
        H - 142,
        "CNPJ 08.412.773/0001-52 · IE 029/0438821 · Rua Sinimbu 1850, Caxias do Sul/RS",
        F,
        7.5,
    )
    doc.t(78, H - 152, "RNTRC 004418273 · financeiro@rapidoserra.com.br · (54) 3221-7740", F, 7.5)
    doc.t(555, H - 128, "FATURA DE SERVIÇOS", FB, 11, al="r")
    doc.t(555, H - 142, "DE TRANSPORTE", FB, 11, al="r")
    inv_date = date(2026, 3, 9)
    grid = [
        ("Fatura nº", "004.812"),
        ("Emissão", "09/03/2026"),
        ("Período", "01/02 a 28/02/2026"),
        ("Condições", "Conforme boleto anexo"),
    ]
    gy = H - 200
    for k, (lab, v) in enumerate(grid):
        doc.rect(40 + k * 128.75, gy, 128.75, 28, stroke=(0.4, 0.4, 0.4))
        doc.t(46 + k * 128.75, gy + 18, lab, FB, 7)
        doc.t(46 + k * 128.75, gy + 6, v, F, 9)
    y = gy - 20
    doc.t(40, y, "REMETENTE (origem)", FB, 7.5, col=green)
    doc.t(300, y, "DESTINATÁRIO (entrega)", FB, 7.5, col=green)
    for k, (a, b) in enumerate(
        [
            ("Vinícola Vale Dourado Ltda.", "Supermercados Boa Praça Ltda. — CD Canoas"),
            ("Estrada do Vinho km 12, Bento Gonçalves/RS", "Rua Boqueirão 2450, Canoas/RS"),
            ("CNPJ 05.337.218/0001-90", "CNPJ 12.904.377/0014-22"),
        ]
    ):
        doc.t(40, y - 12 - k * 11, a, F, 8)
        doc.t(300, y - 12 - k * 11, b, F, 8)
    y -= 60
    ctes = [
        ("48.211", "03/02", "1.840", "1480.00"),
        ("48.297", "06/02", "2.210", "1650.00"),
        ("48.356", "10/02", "1.120", "980.00"),
        ("48.402", "13/02", "2.960", "2140.00"),
        ("48.488", "17/02", "1.575", "1320.00"),
        ("48.531", "20/02", "2.480", "1890.00"),
        ("48.604", "24/02", "1.390", "1160.00"),
        ("48.671", "27/02", "2.605", "1860.00"),
    ]
    rows, litems = [], []
    total = D(0)
    for n, dt, kg, val in ctes:
        total += D(val)
        rows.append((n, dt + "/2026", "Bento Gonçalves/RS", "Canoas/RS", kg, fmt(val, ".", ",")))
        litems.append(li(f"Frete CT-e {n}", 1, val, D(val)))
    y = table(
        doc,
        40,
        y,
        [(60, "l"), (70, "l"), (130, "l"), (110, "l"), (60, "r"), (85, "r")],
        ["CT-e nº", "Data", "Origem", "Destino", "Peso (kg)", "Valor (R$)"],
        rows,
        F,
        FB,
        8,
        13,
        zebra=(0.95, 0.97, 0.95),
    )
    icms = q(total * D("0.12"))
    net = total - icms
    y -= 4
    for lab, v, f in [
        ("Valor total dos serviços", "R$ " + fmt(total, ".", ","), FB),
        ("Base de cálculo do ICMS", fmt(total, ".", ","), F),
        ("ICMS 12% (incluso no valor)", fmt(icms, ".", ","), F),
    ]:
        doc.t(450, y, lab, f, 8.5, al="r")
        doc.t(552, y, v, f, 8.5, al="r")
        y -= 13
    doc.t(
        40,
        y - 6,
        "Pagamento somente por boleto bancário. Após o vencimento, multa de 2% e juros de 1% a.m.",
        F,
        7.5,
    )
    # boleto (tear-off)
    top = 250
    doc.line(40, top, 555, top, 0.6, dash=(3, 2))
    doc.t(555, top + 4, "Corte na linha pontilhada", F, 6.5, al="r")
    due = date(2026, 4, 8)
    doc.t(40, top - 18, "Banco Sulino S.A.", FB, 11)
    doc.line(150, top - 24, 150, top - 8, 1)
    doc.t(158, top - 18, "341-7", FB, 11)
    doc.line(196, top - 24, 196, top - 8, 1)
    doc.t(
        204, top - 18, "34191.09008 04812.071234 56789.012345 6 13990001248000", "Courier-Bold", 9
    )
    doc.t(40, top - 36, "RECIBO DO PAGADOR", FB, 7)
    cells = [
        (
            40,
            top - 70,
            335,
            "Beneficiário",
            "Rápido Serra Gaúcha Transportes Ltda. — CNPJ 08.412.773/0001-52",
        ),
        (375, top - 70, 180, "Vencimento", due.strftime("%d/%m/%Y")),
        (40, top - 100, 120, "Data do documento", "09/03/2026"),
        (160, top - 100, 110, "Número do documento", "004.812"),
        (270, top - 100, 105, "Nosso número", "109/00048120-7"),
        (375, top - 100, 180, "(=) Valor do documento", fmt(total, ".", ",")),
        (40, top - 130, 335, "Pagador", "Supermercados Boa Praça Ltda. — CNPJ 12.904.377/0001-08"),
        (375, top - 130, 180, "Agência / Código do beneficiário", "0412 / 48120-3"),
    ]
    for x, yb, w, lab, v in cells:
        doc.rect(x, yb, w, 30, stroke=(0.3, 0.3, 0.3))
        doc.t(x + 4, yb + 21, lab, F, 6.5)
        doc.t(x + 4, yb + 7, v, FB if lab in ("Vencimento", "(=) Valor do documento") else F, 8.5)
    doc.barcode(40, top - 180, 300, 40, zlib.crc32(name.encode()))
    doc.t(555, top - 150, "Autenticação mecânica", F, 6.5, al="r")
    pdf = doc.pdf()
    img = render(pdf, 200)[0]
    im = photo(img, rng, int(rng.integers(1900, 2200)), bg="desk", fill=0.88, fold=0.7)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=int(rng.integers(62, 74)))
    t = truth(
        "004.812",
        inv_date,
        due,
        "Rápido Serra Gaúcha Transportes Ltda.",
        net,
        icms,
        total,
        "BRL",
        "pt-BR",
        "invoice",
        "invoice",
        litems,
        "Phone photo on a desk. Tomador (customer) SUPERMERCADOS BOA PRAÇA LTDA printed first and biggest; shipper (Remetente) and consignee (Destinatário) blocks. Seller is the carrier Rápido Serra Gaúcha Transportes Ltda. (also as Beneficiário on the boleto). Due date only on the boleto stub (Vencimento 08/04/2026); body says 'Conforme boleto anexo'. ICMS 12% included in the value (amount = total − ICMS). CT-e numbers are distractors.",
        "photo",
    )
    return Result(name, "jpg", buf.getvalue(), t, "Brazil", "freight invoice with boleto")


def i07(name) -> Result:
    """UAE: manufacturer brand logo on top, customer above supplier; per-line VAT; due on receipt (no date)."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    doc = Doc(name, A4)
    _W, H = A4
    F, FB = "DVC", "DVCB"
    navy = (0.05, 0.15, 0.4)
    cx, cy = 70, H - 62
    for k in range(6):
        a = math.radians(k * 60)
        doc.line(cx, cy, cx + 22 * math.cos(a), cy + 22 * math.sin(a), 3, (0.1, 0.55, 0.85))
    doc.t(100, H - 74, "COOLMAX", "Helvetica-Bold", 30, col=(0.1, 0.55, 0.85))
    doc.t(102, H - 88, "AUTHORISED DISTRIBUTOR — UAE", F, 7.5, col=(0.4, 0.4, 0.4))
    doc.t(555, H - 60, "TAX INVOICE", FB, 18, al="r", col=navy)
    doc.rect(40, H - 200, 300, 92, fill=(0.94, 0.95, 0.98), stroke=None)
    doc.t(48, H - 122, "BILL TO", FB, 7.5, col=navy)
    y = H - 140
    for s, f, sz in [
        ("AL NOOR HOSPITALITY L.L.C.", FB, 14),
        ("P.O. Box 48213, Corniche Road West", F, 8.5),
        ("Abu Dhabi, United Arab Emirates", F, 8.5),
        ("TRN: 100384729100003", F, 8.5),
    ]:
        doc.t(48, y, s, f, sz)
        y -= 14
    doc.t(350, H - 122, "SHIP TO", FB, 7.5, col=navy)
    y = H - 136
    for s in [
        "Al Noor Grand Hotel — Receiving Store",
        "Corniche Road West, Al Khalidiyah",
        "Abu Dhabi · Attn: Store Keeper",
    ]:
        doc.t(350, y, s, F, 8)
        y -= 11
    y = H - 222
    doc.t(40, y, "SUPPLIER", FB, 7.5, col=navy)
    for k, s in enumerate(
        [
            "Gulf Breeze Air Conditioning Trading L.L.C.",
            "Office 1204, Al Reem Tower, Al Maktoum Road, Deira, Dubai, U.A.E.",
            "TRN: 100218837400003 · Tel +971 4 295 8810 · sales@gulfbreeze.ae",
            "Dispatched from: Sharjah Warehouse, Industrial Area 6, Sharjah",
        ]
    ):
        doc.t(40, y - 12 - k * 10.5, s, FB if k == 0 else F, 8.5 if k == 0 else 7.8)
    inv_date = date(2026, 2, 22)
    grid = [
        ("Invoice No.", "GB/TI/26/00931"),
        ("Invoice Date", "22-Feb-2026"),
        ("LPO No.", "ANH/LPO/2026/0142"),
        ("Delivery Note", "DN-26-01177"),
        ("Payment Terms", "Due on receipt"),
        ("Salesman", "Imran K."),
    ]
    gy = H - 300
    cw = 515 / 6
    for k, (lab, v) in enumerate(grid):
        doc.rect(40 + k * cw, gy, cw, 28, stroke=(0.5, 0.5, 0.6))
        doc.t(44 + k * cw, gy + 18, lab, FB, 7)
        doc.t(44 + k * cw, gy + 6, v, F, 8)
    items = [
        ("CMX-SP24", "Split AC 2.0 TR inverter, R32, T3 rated", "6", "3450.00", "5"),
        ("CMX-SP18", "Split AC 1.5 TR inverter, R32, T3 rated", "10", "2780.00", "5"),
        ("CMX-CS48", "Cassette AC 4.0 TR with panel", "2", "8900.00", "0"),
        ("CU-PIPE-58", 'Copper pipe set 5/8" insulated, per m', "140", "38.50", "0"),
        ("DRN-PVC", "Drain pipe & fittings, per m", "90", "6.75", "0"),
        ("INST-SPL", "Installation & commissioning, split unit", "16", "275.00", "0"),
        ("INST-CAS", "Installation & commissioning, cassette", "2", "650.00", "0"),
    ]
    rows, litems = [], []
    net = D(0)
    vat = D(0)
    for k, (code, desc, qty, up, disc) in enumerate(items, 1):
        gross = q(D(qty) * D(up))
        dsc = q(gross * D(disc) / 100)
        taxable = gross - dsc
        v = q(taxable * D("0.05"))
        net += taxable
        vat += v
        rows.append(
            (
                str(k),
                code,
                desc,
                qty,
                fmt(up),
                fmt(dsc) if dsc else "-",
                fmt(taxable),
                fmt(v),
                fmt(taxable + v),
            )
        )
        litems.append(li(desc, qty, up, taxable))
    total = net + vat
    cols = [
        (20, "c"),
        (54, "l"),
        (178, "l"),
        (26, "r"),
        (50, "r"),
        (44, "r"),
        (54, "r"),
        (39, "r"),
        (50, "r"),
    ]
    y = table(
        doc,
        40,
        gy - 18,
        cols,
        [
            "#",
            "Item Code",
            "Description",
            "Qty",
            "Unit Price",
            "Discount",
            "Taxable\nAmount",
            "VAT 5%",
            "Total\n(AED)",
        ],
        rows,
        F,
        FB,
        7.5,
        13.5,
        grid=True,
        hdr_fill=(0.88, 0.9, 0.96),
    )
    y -= 6
    for lab, v, f in [
        ("Total excl. VAT", fmt(net), F),
        ("Total VAT @ 5%", fmt(vat), F),
        ("TOTAL AMOUNT DUE (AED)", fmt(total), FB),
    ]:
        doc.t(460, y, lab, f, 9, al="r")
        doc.t(552, y, v, f, 9, al="r")
        y -= 14
    dh = int(total)
    fils = int((total - dh) * 100)
    y = doc.para(
        40,
        y - 4,
        "Amount in words: UAE Dirhams "
        + words_en(dh)
        + (f" and Fils {_words99(fils)}" if fils else "")
        + " Only",
        515,
        F,
        8,
        11,
    )
    y -= 6
    y = doc.para(
        40,
        y,
        "Payment terms: due on receipt of invoice by bank transfer or cheque in favour of Gulf Breeze Air Conditioning Trading L.L.C. Bank: Union Gulf Bank PJSC, Deira Branch · IBAN AE07 0331 2345 6789 0123 456 · SWIFT UGBKAEAD.",
        515,
        F,
        8,
        11,
    )
    y -= 4
    doc.para(
        40,
        y,
        "Warranty on COOLMAX units is provided by the manufacturer through its authorised service network. Goods once sold will not be taken back. This is a computer-generated invoice.",
        515,
        F,
        7.5,
        10,
    )
    doc.line(40, 70, 250, 70, 0.5)
    doc.t(40, 60, "Received by (name, signature, stamp)", F, 7.5)
    doc.line(345, 70, 555, 70, 0.5)
    doc.t(345, 60, "For Gulf Breeze Air Conditioning Trading L.L.C.", F, 7.5)
    t = truth(
        "GB/TI/26/00931",
        inv_date,
        None,
        "Gulf Breeze Air Conditioning Trading L.L.C.",
        net,
        vat,
        total,
        "AED",
        "en-AE",
        "invoice",
        "invoice",
        litems,
        "Big COOLMAX manufacturer logo (not the seller) and a large shaded BILL TO block above the SUPPLIER block; ship-to and dispatched-from addresses. Payment Terms 'Due on receipt' with no date, so due_date is null. VAT computed per line and summed; LPO and delivery note numbers are distractors. Line amounts keyed as taxable (net) amounts.",
        "pdf",
    )
    _ = rng
    return Result(
        name, "pdf", doc.pdf(), t, "United Arab Emirates", "distributor tax invoice, due on receipt"
    )


def i08(name) -> Result:
    """Poland: correcting invoice (credit note) of a branch; buyer printed first; no due date."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    doc = Doc(name, A4)
    W, H = A4
    F, FB = "DVS", "DVSB"
    doc.t(40, H - 60, "FAKTURA KORYGUJĄCA", FB, 17)
    doc.t(40, H - 78, "nr KOR/14/02/2026", FB, 12)
    inv_date = date(2026, 2, 18)
    for k, (a, b) in enumerate(
        [
            ("Data wystawienia:", "18.02.2026"),
            ("Miejsce wystawienia:", "Kraków"),
            ("Dotyczy faktury:", "FV/388/01/2026"),
            ("z dnia:", "19.01.2026"),
            ("Data sprzedaży:", "16.01.2026"),
        ]
    ):
        doc.t(400, H - 52 - k * 12, a, F, 8.5, al="r")
        doc.t(408, H - 52 - k * 12, b, FB if k == 0 else F, 8.5)
    doc.rect(40, H - 210, 290, 100, stroke=(0, 0, 0), lw=0.8)
    doc.t(48, H - 126, "NABYWCA", FB, 8)
    y = H - 144
    for s, f, sz in [
        ("Przedsiębiorstwo Handlowe", FB, 12),
        ("„Zorza” Spółka Akcyjna", FB, 12),
        ("ul. Wielicka 250, 30-663 Kraków", F, 9),
        ("NIP 679-10-44-218", F, 9),
    ]:
        doc.t(48, y, s, f, sz)
        y -= 15
    doc.t(345, H - 126, "Sprzedawca:", FB, 7.5)
    y = H - 138
    for s in [
        "Drukarnia Wisła Sp. z o.o. Oddział w Krakowie",
        "ul. Zabłocie 23, 30-701 Kraków",
        "NIP 634-28-41-907",
        "Siedziba spółki: ul. Mikołowska 100,",
        "40-065 Katowice · KRS 0000412871",
        "Sąd Rejonowy Katowice-Wschód",
    ]:
        doc.t(345, y, s, F, 7.5)
        y -= 10
    doc.t(
        40,
        H - 232,
        "Przyczyna korekty: reklamacja — wada druku części nakładu (2 000 szt. ulotek), obniżenie ceny.",
        F,
        8.5,
    )
    cols = [
        (22, "c"),
        (160, "l"),
        (40, "r"),
        (28, "l"),
        (58, "r"),
        (68, "r"),
        (38, "r"),
        (50, "r"),
        (56, "r"),
    ]
    hdr = [
        "Lp.",
        "Nazwa towaru / usługi",
        "Ilość",
        "J.m.",
        "Cena\nnetto",
        "Wartość\nnetto",
        "VAT",
        "Kwota\nVAT",
        "Wartość\nbrutto",
    ]

    def row(lp, nm, qty, price):
        n = q(D(qty) * D(price))
        v = q(n * D("0.23"))
        return (
            (
                lp,
                nm,
                fmt(qty, " ", ",", 0),
                "szt.",
                fmt(price, " ", ",", max(2, len(price.split(".")[1]))),
                fmt(n, " ", ","),
                "23%",
                fmt(v, " ", ","),
                fmt(n + v, " ", ","),
            ),
            n,
            v,
        )

    y = H - 260
    doc.t(40, y, "Przed korektą:", FB, 8.5)
    r1, n1, v1 = row("1", "Ulotka A5, 4+4, kreda 135 g", 10000, "0.31")
    r2, _, _ = row("2", "Katalog A4, 24 str., szyty", 1500, "4.85")
    y = table(doc, 40, y - 14, cols, hdr, [r1, r2], F, FB, 7.5, 13, grid=True)
    y -= 8
    doc.t(40, y, "Po korekcie:", FB, 8.5)
    r1b, n1b, v1b = row("1", "Ulotka A5, 4+4, kreda 135 g", 10000, "0.186")
    y = table(doc, 40, y - 14, cols, hdr, [r1b, r2], F, FB, 7.5, 13, grid=True)
    net = n1b - n1
    vat = v1b - v1
    total = net + vat
    y -= 8
    doc.t(40, y, "Różnica (korekta):", FB, 8.5)
    drow = (
        "1",
        "Ulotka A5, 4+4, kreda 135 g",
        "10 000",
        "szt.",
        fmt(D("0.186") - D("0.31"), " ", ",", 3),
        fmt(net, " ", ","),
        "23%",
        fmt(vat, " ", ","),
        fmt(total, " ", ","),
    )
    y = table(doc, 40, y - 14, cols, hdr, [drow], F, FB, 7.5, 13, grid=True)
    y -= 10
    doc.t(40, y, "Zestawienie według stawek VAT", FB, 8.5)
    y = table(
        doc,
        300,
        y,
        [(60, "l"), (65, "r"), (65, "r"), (65, "r")],
        ["Stawka", "Netto", "VAT", "Brutto"],
        [
            ("23%", fmt(net, " ", ","), fmt(vat, " ", ","), fmt(total, " ", ",")),
            ("Razem", fmt(net, " ", ","), fmt(vat, " ", ","), fmt(total, " ", ",")),
        ],
        F,
        FB,
        8,
        13,
    )
    y -= 10
    doc.t(40, y, "Kwota korekty: " + fmt(total, " ", ",") + " PLN", FB, 11)
    y -= 16
    doc.t(
        40,
        y,
        "Do zwrotu: 1 525,20 zł (słownie: jeden tysiąc pięćset dwadzieścia pięć złotych 20/100)",
        F,
        8.5,
    )
    y -= 13
    doc.t(40, y, "Sposób zwrotu: przelew na rachunek nabywcy wskazany w reklamacji.", F, 8.5)
    y -= 13
    doc.t(
        40,
        y,
        "Rachunek sprzedawcy: Bank Śląski Handlowy S.A. 61 1090 1014 0000 0712 1981 2874",
        F,
        8.5,
    )
    doc.line(40, 110, 230, 110, 0.5)
    doc.t(40, 100, "Osoba upoważniona do wystawienia: Anna Kowalczyk", F, 7.5)
    doc.line(365, 110, 555, 110, 0.5)
    doc.t(365, 100, "Osoba upoważniona do odbioru", F, 7.5)
    doc.t(
        W / 2,
        40,
        "Drukarnia Wisła Sp. z o.o. · kapitał zakładowy 500 000 zł · BDO 000128447 · www.drukarniawisla.pl",
        F,
        7,
        al="c",
        col=(0.35, 0.35, 0.35),
    )
    assert total == D("-1525.20"), total
    t = truth(
        "KOR/14/02/2026",
        inv_date,
        None,
        "Drukarnia Wisła Sp. z o.o.",
        net,
        vat,
        total,
        "PLN",
        "pl-PL",
        "invoice",
        "credit_note",
        [li("Ulotka A5, 4+4, kreda 135 g (korekta ceny)", 10000, "-0.124", net)],
        "Credit note (faktura korygująca), keyed negative. Buyer (NABYWCA) boxed and printed first in large type; seller printed small as 'Drukarnia Wisła Sp. z o.o. Oddział w Krakowie' (branch of the Katowice company; keyed without the branch suffix). Before/after/difference tables: key the difference. Original invoice number and dates are distractors; no due date (refund by transfer).",
        "pdf",
    )
    _ = rng
    return Result(name, "pdf", doc.pdf(), t, "Poland", "correcting invoice (credit note)")


# =========================================================================== receipts


def _save_png(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def _save_jpg(im: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def r01(name) -> Result:
    """UK: fuel station, oil brand on top, operating company in small print; VAT inclusive; photo."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    r = Roll(name, 80)
    F, FB = "Courier", "Courier-Bold"

    def logo(d, yt):
        cx = r.W / 2
        d.rect(cx - 90, yt - 38, 180, 36, fill=(0.05, 0.25, 0.55), stroke=None, r=5)
        d.t(cx, yt - 30, "NORTHLINE", "Helvetica-Bold", 22, al="c", col=(1, 1, 1))

    r.draw(44, logo)
    r.text("HARLOW ROAD SERVICE STATION", FB, 8.5, "c")
    r.text("London Road, Harlow CM17 9LX", F, 7.5, "c")
    r.text("Tel 01279 555 210", F, 7.5, "c")
    r.gap(4)
    r.text("Site operated by Meridale Forecourts Ltd", F, 7, "c")
    r.text("VAT Reg No GB 284 6193 57", F, 7, "c")
    r.rule("dash")
    r.lr("07/03/2026 14:22", "Till 2  Op 114", F, 7.5)
    r.lr("Receipt No", "0048/2291", F, 7.5)
    r.rule("dash")
    litres, ppl = D("42.18"), D("1.429")
    fuel = q(litres * ppl)
    items = [
        ("PUMP 6 UNLEADED", fuel),
        ("JETWASH PREMIUM", D("8.00")),
        ("MILK SEMI-SKIM 2PT", D("1.65")),
        ("SCREENWASH 5L", D("4.99")),
    ]
    r.lr(items[0][0], fmt(fuel) + " A", F, 8)
    r.text(f"  {litres} L @ 142.9p/L", F, 7.5)
    for desc, v in items[1:]:
        code = "B" if desc.startswith("MILK") else "A"
        r.lr(desc, fmt(v) + " " + code, F, 8)
    gross = sum((v for _, v in items), D(0))
    vat_a = incl_tax(gross - D("1.65"), 20)
    vat_b = D("0.00")
    vat = vat_a + vat_b
    r.rule("solid")
    r.lr("TOTAL", "£" + fmt(gross), FB, 11)
    r.lr("MASTERCARD CONTACTLESS", fmt(gross), F, 8)
    r.rule("dash")
    r.cols(["VAT", "NET", "VAT", "GROSS"], [0, 0.45, 0.7, 1.0], ["l", "r", "r", "r"], FB, 7.5)
    for code, rate, g, v in (("A", "20%", gross - D("1.65"), vat_a), ("B", "0%", D("1.65"), vat_b)):
        r.cols(
            [f"{code} {rate}", fmt(g - v), fmt(v), fmt(g)],
            [0, 0.45, 0.7, 1.0],
            ["l", "r", "r", "r"],
            F,
            7.5,
        )
    r.rule("dash")
    r.text("NORTHLINE REWARDS: 42 points earned", F, 7.5, "c")
    r.text("Thank you for choosing NORTHLINE", F, 7.5, "c")
    r.text("NORTHLINE is a trademark of Northline Oil plc", F, 6.5, "c")
    pdf = r.build().pdf()
    img = render(pdf, 220)[0]
    im = photo(img, rng, int(rng.integers(1700, 2000)), bg="cloth", fill=0.86)
    lis = [li(f"Unleaded pump 6 {litres} L", litres, "1.429", fuel)] + [
        li(d, 1, f"{v:.2f}", v) for d, v in items[1:]
    ]
    t = truth(
        "0048/2291",
        date(2026, 3, 7),
        None,
        "Meridale Forecourts Ltd",
        gross - vat,
        vat,
        gross,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        lis,
        "Phone photo. Oil brand NORTHLINE is the big logo (and 'trademark of Northline Oil plc' in the footer); the seller is the site operator Meridale Forecourts Ltd printed small with the VAT number. Prices include VAT (VAT code A 20%, milk zero-rated code B 0%); amount = total − VAT.",
        "photo",
    )
    return Result(
        name,
        "jpg",
        _save_jpg(im, int(rng.integers(64, 78))),
        t,
        "United Kingdom",
        "fuel station receipt",
    )


def r02(name) -> Result:
    """Italy: mall food court header above the tenant; IVA included; thermal scan."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    r = Roll(name, 80)
    F, FB = "DVM", "DVMB"
    r.text("CENTRO COMMERCIALE", FB, 9, "c")
    r.text("I PORTALI", "DVB", 18, "c", lead=22)
    r.text("FOOD COURT · Piano 1 · Box 7", F, 7.5, "c")
    r.gap(4)
    r.text("Piadineria da Romeo S.n.c.", FB, 8.5, "c")
    r.text("di Bellini Romeo & C.", F, 7.5, "c")
    r.text("Via Emilia Est 1480 - 41122 Modena", F, 7.5, "c")
    r.text("P.IVA 03918270364", F, 7.5, "c")
    r.rule("dash")
    r.text("DOCUMENTO COMMERCIALE", FB, 8, "c")
    r.text("di vendita o prestazione", F, 7.5, "c")
    r.rule("dash")
    r.cols(["DESCRIZIONE", "IVA", "Prezzo(€)"], [0, 0.68, 1.0], ["l", "r", "r"], FB, 7.5)
    items = [
        ("PIADINA CRUDO SQUAC.", 2, "7.50", 10),
        ("PIADINA VEGETARIANA", 1, "6.90", 10),
        ("CASSONE ERBE", 1, "5.80", 10),
        ("ACQUA NAT. 0,5L", 2, "1.50", 10),
        ("BIRRA ARTIG. 33CL", 1, "4.50", 22),
    ]
    gross = D(0)
    by_rate: dict = {}
    lis = []
    for desc, n, p_, rate in items:
        amt = q(n * D(p_))
        gross += amt
        by_rate[rate] = by_rate.get(rate, D(0)) + amt
        if n > 1:
            r.text(f"{n} x {fmt(p_, '.', ',')}", F, 7.5)
        r.cols([desc, f"{rate}%", fmt(amt, ".", ",")], [0, 0.68, 1.0], ["l", "r", "r"], F, 7.5)
        lis.append(li(desc, n, p_, amt))
    r.rule("dash")
    r.lr("TOTALE COMPLESSIVO", fmt(gross, ".", ","), FB, 10)
    vat = D(0)
    for rate, g in sorted(by_rate.items()):
        v = incl_tax(g, rate)
        vat += v
        r.lr(f"di cui IVA {rate}%", fmt(v, ".", ","), F, 7.5)
    cash = D("40.00")
    r.lr("Pagamento contante", fmt(cash, ".", ","), F, 7.5)
    r.lr("Resto", fmt(cash - gross, ".", ","), F, 7.5)
    r.lr("Importo pagato", fmt(gross, ".", ","), F, 7.5)
    r.rule("dash")
    r.lr("21-03-2026 13:05", "DOC.N. 0148-0027", F, 7.5)
    r.text("RT 99MEY028471", F, 7.5)
    r.gap(4)
    r.draw(34, lambda d, yt: d.barcode(r.x0 + 20, yt - 30, r.cw - 40, 26, 7))
    r.text("Parcheggio gratuito 2 ore con questo scontrino", F, 6.5, "c")
    pdf = r.build().pdf()
    img = render(pdf, 240)[0]
    im = scan(
        img,
        rng,
        grey=True,
        skew=float(rng.uniform(-1.8, 1.8)),
        blur=0.8,
        noise=5,
        specks=30,
        fade=(0.55, 0.95),
        pad=40,
    )
    t = truth(
        "0148-0027",
        date(2026, 3, 21),
        None,
        "Piadineria da Romeo S.n.c.",
        gross - vat,
        vat,
        gross,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        lis,
        "Thermal receipt scan (faded). Mall name 'CENTRO COMMERCIALE I PORTALI / FOOD COURT' is the biggest text; the tenant Piadineria da Romeo S.n.c. (di Bellini Romeo & C., P.IVA) is the seller. Two IVA rates (10% and 22%) included in prices; cash tendered and change are distractors. RT serial number is not the document number.",
        "scan",
    )
    return Result(name, "png", _save_png(im), t, "Italy", "food-court tenant receipt")


def r03(name) -> Result:
    """Spain: hotel restaurant, legal entity in the footer; factura simplificada; tip line; PDF."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    r = Roll(name, 80, margin_mm=4)
    F, FB = "Helvetica", "Helvetica-Bold"
    r.text("HOTEL MIRAMAR", "Times-Bold", 18, "c", lead=20)
    r.text("PALMA  ★★★★", "DV", 9, "c")
    r.gap(3)
    r.text("Restaurante Es Pinar", "Times-Italic", 12, "c", lead=15)
    r.text("Passeig Marítim 44 · 07014 Palma", F, 7.5, "c")
    r.rule("solid")
    r.text("FACTURA SIMPLIFICADA", FB, 9, "c")
    r.lr("Nº T1-2026-004417", "14/04/2026 21:48", F, 7.5)
    r.lr("Mesa 12 · Comensales 2", "Camarero: Toni", F, 7.5)
    r.rule("dash")
    r.cols(["Uds", "Concepto", "Importe"], [0, 0.12, 1.0], ["l", "l", "r"], FB, 7.5)
    items = [
        (1, "Pa amb oli de la casa", "6.50"),
        (1, "Frit mallorquí", "14.80"),
        (2, "Arroz brut (ración)", "19.50"),
        (1, "Botella Binissalem negre", "26.00"),
        (1, "Agua mineral 75cl", "3.80"),
        (2, "Ensaimada con helado", "7.20"),
        (2, "Café cortado", "2.10"),
    ]
    gross = D(0)
    lis = []
    for n, desc, p_ in items:
        amt = q(n * D(p_))
        gross += amt
        r.cols([str(n), desc, fmt(amt, ".", ",")], [0, 0.12, 1.0], ["l", "l", "r"], F, 8)
        lis.append(li(desc, n, p_, amt))
    r.rule("dash")
    vat = incl_tax(gross, 10)
    r.lr("Base imponible", fmt(gross - vat, ".", ","), F, 8)
    r.lr("IVA 10%", fmt(vat, ".", ","), F, 8)
    r.lr("TOTAL CONSUMO", fmt(gross, ".", ",") + " €", FB, 9)
    tip = D("6.00")
    r.lr("Propina", fmt(tip, ".", ","), F, 8)
    total = gross + tip
    r.rule("solid")
    r.lr("TOTAL A PAGAR", fmt(total, ".", ",") + " €", FB, 11)
    r.lr("Tarjeta VISA ****4471", fmt(total, ".", ","), F, 8)
    r.rule("dash")
    r.wrap(
        "Inversiones Hoteleras Ponent S.L. · NIF B57382914 · Passeig Marítim 44, 07014 Palma (Illes Balears) · Inscrita en el R.M. de Mallorca, tomo 2618, folio 44, hoja PM-71102",
        F,
        6.5,
        "c",
    )
    r.gap(3)
    r.text("IVA incluido · Gracias por su visita", "Helvetica-Oblique", 7.5, "c")
    t = truth(
        "T1-2026-004417",
        date(2026, 4, 14),
        None,
        "Inversiones Hoteleras Ponent S.L.",
        gross - vat,
        vat,
        total,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        lis,
        "Hotel restaurant: HOTEL MIRAMAR and 'Restaurante Es Pinar' are the big names; the seller is the operating company Inversiones Hoteleras Ponent S.L. (NIF) in the small footer. IVA 10% included; tip (Propina 6,00) is added after TOTAL CONSUMO, so total = 108,30 + 6,00; amount = base imponible.",
        "pdf",
    )
    _ = rng
    return Result(name, "pdf", r.build().pdf(), t, "Spain", "hotel restaurant ticket", tip=tip)


def r04(name) -> Result:
    """Australia: delivery-platform tax invoice issued on behalf of the restaurant; rider tip; clean PNG."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    r = Roll(name, 90, margin_mm=6, top=16)
    F, FB = "DV", "DVB"
    red = (0.9, 0.2, 0.25)

    def logo(d, yt):
        d.circle(r.x0 + 14, yt - 16, 13, red)
        d.t(r.x0 + 14, yt - 21, "d", FB, 15, al="c", col=(1, 1, 1))
        d.t(r.x0 + 34, yt - 24, "Dashly", FB, 22, col=red)

    r.draw(38, logo)
    r.text("Tax invoice", FB, 11)
    r.wrap(
        "Issued by Dashly Australia Pty Ltd (ABN 63 608 214 775) as agent, on behalf of:", F, 7.5
    )
    r.gap(2)
    r.text("Pho Saigon Kitchen Pty Ltd", FB, 9)
    r.text("ABN 41 617 203 558", F, 7.5)
    r.text("212 Victoria St, Richmond VIC 3121", F, 7.5)
    r.rule("solid")
    r.lr("Tax invoice no.", "PSK-260418-031", F, 7.5)
    r.lr("Order", "#DSH-8841-2207", F, 7.5)
    r.lr("Date", "18/04/2026 7:42 pm", F, 7.5)
    r.lr("Delivered to", "Unit 5, 18 Lennox St, Richmond", F, 7.5)
    r.rule("solid")
    items = [
        (2, "Pho tai (rare beef)", "17.90"),
        (1, "Bun cha Hanoi", "19.50"),
        (1, "Rice paper rolls (3)", "11.00"),
        (2, "Vietnamese iced coffee", "6.50"),
    ]
    food = D(0)
    lis = []
    for n, desc, p_ in items:
        amt = q(n * D(p_))
        food += amt
        r.lr(f"{n} × {desc}", "$" + fmt(amt), F, 8)
        lis.append(li(desc, n, p_, amt))
    delivery = D("5.99")
    r.lr("Delivery fee", "$" + fmt(delivery), F, 8)
    lis.append(li("Delivery fee", 1, "5.99", delivery))
    tip = D("4.00")
    r.lr("Rider tip (no GST)", "$" + fmt(tip), F, 8)
    r.rule("solid")
    total = food + delivery + tip
    gst = incl_tax(food + delivery, 10)
    r.lr("Total charged (AUD)", "$" + fmt(total), FB, 11)
    r.lr("Total includes GST of", "$" + fmt(gst), F, 8)
    r.lr("Paid with", "Visa •••• 2209", F, 8)
    r.rule("solid")
    r.wrap(
        "Dashly Australia Pty Ltd collects payment on behalf of the merchant. Questions about your food? Contact Pho Saigon Kitchen on (03) 9428 5561.",
        F,
        6.8,
    )
    pdf = r.build().pdf()
    img = render(pdf, 200)[0]
    t = truth(
        "PSK-260418-031",
        date(2026, 4, 18),
        None,
        "Pho Saigon Kitchen Pty Ltd",
        total - gst - tip,
        gst,
        total,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        lis,
        "Clean PNG render of a delivery-platform receipt. Big Dashly platform logo; the tax invoice is issued by Dashly Australia Pty Ltd as agent on behalf of the restaurant, so the seller is Pho Saigon Kitchen Pty Ltd. Order number #DSH-... is a distractor for the tax invoice no. GST-inclusive ('Total includes GST'); rider tip has no GST and is part of the total (amount = total − GST − tip).",
        "scan",
    )
    _ = rng
    return Result(
        name,
        "png",
        _save_png(img.convert("RGB")),
        t,
        "Australia",
        "delivery-platform tax invoice",
        tip=tip,
    )


def r05(name) -> Result:
    """Singapore: franchise café 'operated by' a local company; GST inclusive; photo."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    r = Roll(name, 76)
    F, FB = "DVC", "DVCB"

    def logo(d, yt):
        cx = r.W / 2
        d.circle(cx, yt - 20, 18, (0.35, 0.2, 0.1))
        d.t(cx, yt - 25, "K&C", FB, 12, al="c", col=(1, 0.9, 0.7))
        d.t(cx, yt - 56, "KOPI & CO.", "DVSB", 18, al="c", col=(0.35, 0.2, 0.1))

    r.draw(66, logo)
    r.text("Jurong Point Outlet #B1-72", F, 7.5, "c")
    r.text("1 Jurong West Central 2, Singapore 648886", F, 7.5, "c")
    r.gap(3)
    r.wrap(
        "This outlet is independently operated by Tan Brothers F&B Pte. Ltd. (UEN 201734582K) under licence from Kopi & Co International Pte Ltd.",
        F,
        7,
        "c",
    )
    r.text("GST Reg No: 201734582K", F, 7.5, "c")
    r.rule("dash")
    r.text("TAX INVOICE", FB, 9, "c")
    r.lr("Receipt No: JP1-0032871", "02/05/2026", F, 7.5)
    r.lr("Cashier: Mei Ling", "08:17", F, 7.5)
    r.lr("Dine-in  Table 14", "Pax 2", F, 7.5)
    r.rule("dash")
    items = [
        (2, "Kaya Toast Set A", "6.80"),
        (1, "Kopi C Kosong (L)", "2.60"),
        (1, "Teh Peng", "2.40"),
        (1, "Mee Siam", "7.90"),
        (2, "Half-boiled eggs (add-on)", "1.50"),
    ]
    gross = D(0)
    lis = []
    for n, desc, p_ in items:
        amt = q(n * D(p_))
        gross += amt
        r.lr(f"{n}  {desc}", fmt(amt), F, 8)
        lis.append(li(desc, n, p_, amt))
    disc = D("-1.90")
    r.lr("   Member 10% off toast set", fmt(disc), F, 8)
    lis.append(li("Member 10% off toast set", 1, "-1.90", disc))
    gross += disc
    r.rule("dash")
    gst = incl_tax(gross, 9)
    r.lr("TOTAL (incl. GST)", "S$" + fmt(gross), FB, 11)
    r.lr("GST 9% included", fmt(gst), F, 8)
    r.lr("NETS", fmt(gross), F, 8)
    r.rule("dash")
    r.text("Kopi & Co. Rewards: 3 stamps", F, 7.5, "c")
    r.text("Thank you, see you again!", F, 7.5, "c")
    pdf = r.build().pdf()
    img = render(pdf, 220)[0]
    im = photo(img, rng, int(rng.integers(1600, 1900)), bg="wood", fill=0.85, fold=0.45)
    t = truth(
        "JP1-0032871",
        date(2026, 5, 2),
        None,
        "Tan Brothers F&B Pte. Ltd.",
        gross - gst,
        gst,
        gross,
        "SGD",
        "en-SG",
        "receipt",
        "receipt",
        lis,
        "Phone photo with a crease. Franchise brand KOPI & CO. is the logo; the outlet 'is independently operated by Tan Brothers F&B Pte. Ltd.' (UEN = GST no.) under licence from Kopi & Co International Pte Ltd (the franchisor, not the seller). GST 9% included; member discount line is negative.",
        "photo",
    )
    return Result(
        name,
        "jpg",
        _save_jpg(im, int(rng.integers(62, 76))),
        t,
        "Singapore",
        "franchise café receipt",
    )


def r06(name) -> Result:
    """South Africa: hardware store tax invoice with the card-terminal slip (acquirer) below; low-res scan."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    r = Roll(name, 80)
    F, FB = "Courier", "Courier-Bold"
    r.text("BUILDRITE", "Helvetica-Bold", 20, "c", lead=22)
    r.text("HARDWARE · ROSEBANK", "Helvetica", 8, "c")
    r.gap(3)
    r.text("Ubuntu Build Supplies (Pty) Ltd", FB, 8, "c")
    r.text("t/a Buildrite Hardware Rosebank", F, 7.5, "c")
    r.text("Reg 2015/118427/07", F, 7.5, "c")
    r.text("VAT No 4150273981", F, 7.5, "c")
    r.text("12 Bath Ave, Rosebank, JHB 2196", F, 7.5, "c")
    r.rule("dash")
    r.text("TAX INVOICE", FB, 9, "c")
    r.lr("INV 0193-55284", "2026/05/19 10:41", F, 7.5)
    r.rule("dash")
    items = [
        (1, "DRILL IMPACT 750W", "1299.00"),
        (2, "DRILL BIT SET 13PC", "189.90"),
        (4, "WALL PLUG 8MM 50PK", "34.95"),
        (1, "SILICONE CLEAR 280ML", "79.99"),
        (3, "MASKING TAPE 48MM", "42.50"),
    ]
    gross = D(0)
    lis = []
    for n, desc, p_ in items:
        amt = q(n * D(p_))
        gross += amt
        r.text(desc, F, 7.5)
        r.lr(f"  {n} @ {fmt(p_, ' ', '.')}", fmt(amt, " ", "."), F, 7.5)
        lis.append(li(desc, n, p_, amt))
    r.rule("solid")
    vat = incl_tax(gross, 15)
    r.lr("TOTAL", "R " + fmt(gross, " ", "."), FB, 10)
    r.lr("Incl. VAT 15%", fmt(vat, " ", "."), F, 7.5)
    r.lr("Excl. VAT", fmt(gross - vat, " ", "."), F, 7.5)
    r.lr("CARD", fmt(gross, " ", "."), F, 7.5)
    r.text("Goods exchanged within 14 days with slip", F, 6.8, "c")
    r.gap(4)
    r.rule("cut")
    r.gap(4)
    r.text("MZANSI MERCHANT SERVICES", FB, 8.5, "c")
    r.text("Acquired by Bank of Mzansi Ltd", F, 7, "c")
    r.text("BUILDRITE HW ROSEBANK", F, 7.5, "c")
    r.lr("MID 000418227710", "TID 7741A2", F, 7.5)
    r.lr("2026/05/19", "10:42:07", F, 7.5)
    r.text("VISA DEBIT  **** **** **** 8812", F, 7.5)
    r.lr("PURCHASE", "R " + fmt(gross, " ", "."), FB, 8.5)
    r.lr("INV 000482", "RRN 614283", F, 7.5)
    r.lr("AUTH 08W71C", "APPROVED", F, 7.5)
    r.text("CUSTOMER COPY", FB, 7.5, "c")
    pdf = r.build().pdf()
    img = render(pdf, 300)[0]
    im = scan(
        img,
        rng,
        grey=True,
        skew=float(rng.uniform(-1.5, 1.5)),
        blur=0.9,
        noise=5,
        specks=25,
        fade=(0.7, 0.95),
        pad=30,
        downscale_w=650,
    )
    t = truth(
        "0193-55284",
        date(2026, 5, 19),
        None,
        "Ubuntu Build Supplies (Pty) Ltd",
        gross - vat,
        vat,
        gross,
        "ZAR",
        "en-ZA",
        "receipt",
        "receipt",
        lis,
        "Low-resolution scan (650 px wide). Brand BUILDRITE is the big name; the seller is the legal entity Ubuntu Build Supplies (Pty) Ltd (t/a Buildrite Hardware Rosebank). A card-terminal slip below names the acquirer (MZANSI MERCHANT SERVICES / Bank of Mzansi Ltd) and carries its own 'INV 000482' and RRN: distractors. VAT 15% included; space thousands, yyyy/mm/dd date.",
        "scan",
    )
    return Result(name, "png", _save_png(im), t, "South Africa", "hardware receipt + card slip")


def r07(name) -> Result:
    """Mexico: taquería in a plaza, razón social in small print; IVA added; suggested tips not charged; 58 mm PDF."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    r = Roll(name, 58, margin_mm=2.5)
    F, FB = "DVM", "DVMB"
    r.text("PLAZA ANDARES · Terraza Gourmet", F, 6.2, "c")
    r.text("TACOS", "DVB", 17, "c", lead=19)
    r.text("EL GÜERO", "DVB", 17, "c", lead=21)
    r.text("Local T-14", F, 6.5, "c")
    r.gap(2)
    r.wrap("Operadora Gastronómica del Bajío, S.A. de C.V.", FB, 6.5, "c")
    r.text("RFC OGB190823K41", F, 6.5, "c")
    r.wrap("Blvd. Puerta de Hierro 4965, Zapopan, Jal. C.P. 45116", F, 6.2, "c")
    r.rule("dash")
    r.lr("Folio: A-58213", "23/05/2026", F, 6.5)
    r.lr("Mesa 6  Mesero: Luis", "14:37", F, 6.5)
    r.rule("dash")
    items = [
        (3, "Taco pastor", "28.00"),
        (2, "Taco suadero", "30.00"),
        (1, "Gringa pastor", "68.00"),
        (1, "Quesadilla flor", "55.00"),
        (2, "Agua horchata", "38.00"),
        (1, "Refresco", "35.00"),
    ]
    net = D(0)
    lis = []
    for n, desc, p_ in items:
        amt = q(n * D(p_))
        net += amt
        r.lr(f"{n} {desc}", fmt(amt), F, 6.8)
        lis.append(li(desc, n, p_, amt))
    r.rule("dash")
    iva = q(net * D("0.16"))
    total = net + iva
    r.lr("SUBTOTAL", fmt(net), F, 7)
    r.lr("IVA 16%", fmt(iva), F, 7)
    r.lr("TOTAL $", fmt(total), FB, 9)
    r.lr("Pago tarjeta", fmt(total), F, 6.8)
    r.rule("dash")
    r.text("Propina sugerida (no incluida):", F, 6.3)
    for pct in (10, 15):
        r.lr(f"  {pct}%", fmt(q(total * pct / 100)), F, 6.3)
    r.rule("dash")
    r.wrap(
        "Este ticket no es comprobante fiscal. Facture en www.tacoselguero.mx/factura con su folio dentro del mes.",
        F,
        6,
        "c",
    )
    r.text("¡Gracias, vuelva pronto!", F, 6.5, "c")
    t = truth(
        "A-58213",
        date(2026, 5, 23),
        None,
        "Operadora Gastronómica del Bajío, S.A. de C.V.",
        net,
        iva,
        total,
        "MXN",
        "es-MX",
        "receipt",
        "receipt",
        lis,
        "58 mm born-digital ticket. Plaza name on top and the big trade name TACOS EL GÜERO; the seller is the razón social Operadora Gastronómica del Bajío, S.A. de C.V. (RFC). IVA 16% added to the subtotal. Suggested tips (10%/15%) are printed but not charged: total excludes them.",
        "pdf",
    )
    _ = rng
    return Result(name, "pdf", r.build().pdf(), t, "Mexico", "taquería ticket")


def r08(name) -> Result:
    """Sweden: station kiosk franchise 'drivs av'; two moms rates; öresavrundning on cash; 76 mm PDF."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    r = Roll(name, 76)
    F, FB = "DV", "DVB"

    def logo(d, yt):
        d.rect(r.x0, yt - 30, r.cw, 28, fill=(0.95, 0.75, 0.1), stroke=None)
        d.t(r.W / 2, yt - 23, "PENDELKIOSKEN", FB, 15, al="c", col=(0.1, 0.1, 0.1))

    r.draw(36, logo)
    r.text("Odenplan pendeltågsstation", F, 7.5, "c")
    r.text("Odenplan 1, 113 22 Stockholm", F, 7.5, "c")
    r.gap(2)
    r.text("Butiken drivs av Lindqvist Handel AB", F, 7.5, "c")
    r.text("Org.nr 559214-3378", F, 7.5, "c")
    r.text("Momsreg.nr SE559214337801", F, 7.5, "c")
    r.rule("dash")
    r.lr("KVITTO 4471-00218", "2026-06-03 07:52", F, 7.5)
    r.lr("Kassa 1", "Kassör: Elin", F, 7.5)
    r.rule("dash")
    items = [
        (1, "Kaffe stor", "34.00", 12),
        (1, "Kanelbulle", "29.90", 12),
        (1, "Baguette ost/skinka", "59.00", 12),
        (1, "Dagens Nyheter", "45.00", 6),
        (1, "Laddkabel USB-C", "149.00", 25),
        (2, "Tuggummi", "12.50", 12),
    ]
    gross = D(0)
    by: dict = {}
    lis = []
    for n, desc, p_, rate in items:
        amt = q(n * D(p_))
        gross += amt
        by[rate] = by.get(rate, D(0)) + amt
        lbl = f"{n} st {desc}" if n > 1 else desc
        r.lr(lbl, fmt(amt, " ", ","), F, 8)
        lis.append(li(desc, n, p_, amt))
    r.rule("solid")
    r.lr("Summa", fmt(gross, " ", ","), F, 8)
    payable = gross.quantize(D("1"), rounding=ROUND_HALF_UP)
    rnd = payable - gross
    r.lr("Öresavrundning", fmt(rnd, " ", ","), F, 8)
    r.lr("ATT BETALA", fmt(payable, " ", ",") + " kr", FB, 11)
    r.lr("Kontant", fmt(D("400"), " ", ","), F, 8)
    r.lr("Växel", fmt(D("400") - payable, " ", ","), F, 8)
    r.rule("dash")
    r.cols(["Moms%", "Moms", "Netto", "Brutto"], [0, 0.42, 0.7, 1.0], ["l", "r", "r", "r"], FB, 7.5)
    vat = D(0)
    for rate in sorted(by):
        g = by[rate]
        v = incl_tax(g, rate)
        vat += v
        r.cols(
            [f"{rate},00", fmt(v, " ", ","), fmt(g - v, " ", ","), fmt(g, " ", ",")],
            [0, 0.42, 0.7, 1.0],
            ["l", "r", "r", "r"],
            F,
            7.5,
        )
    r.rule("dash")
    r.text("Pendelkiosken® är ett varumärke", F, 6.8, "c")
    r.text("som licensieras av Kioskgruppen Norden AB", F, 6.8, "c")
    r.text("Tack för besöket!", F, 7.5, "c")
    t = truth(
        "4471-00218",
        date(2026, 6, 3),
        None,
        "Lindqvist Handel AB",
        gross - vat,
        vat,
        payable,
        "SEK",
        "sv-SE",
        "receipt",
        "receipt",
        lis,
        "Kiosk franchise: PENDELKIOSKEN brand bar on top, 'Butiken drivs av Lindqvist Handel AB' (the seller); franchisor Kioskgruppen Norden AB in the footer is a distractor. Three moms rates (6/12/25 %) included in prices. Cash paid: öresavrundning line, total = ATT BETALA (rounded); amount = gross − moms.",
        "pdf",
    )
    _ = rng
    return Result(name, "pdf", r.build().pdf(), t, "Sweden", "station kiosk receipt", rounding=rnd)


# =========================================================================== runner

DOCS = {
    f.__name__: f
    for f in (i01, i02, i03, i04, i05, i06, i07, i08, r01, r02, r03, r04, r05, r06, r07, r08)
}


def check(res: Result) -> None:
    t = res.truth
    amount, total = D(t["amount"]), D(t["total"])
    vat = D(t["vat"]) if t["vat"] is not None else D(0)
    if amount + vat + res.tip + res.rounding != total:
        raise AssertionError(
            f"{res.name}: {amount} + {vat} + {res.tip} + {res.rounding} != {total}"
        )
    for k in ("amount", "total"):
        assert len(t[k].split(".")[1]) == 2, (res.name, k)


def readme(results: list[Result]) -> str:
    kinds: dict = {}
    for r in results:
        key = (r.truth["layout"], r.truth["kind"], r.ext)
        kinds[key] = kinds.get(key, 0) + 1
    lines = [
        "# Blind set 2026-14j — who the seller is, and when payment is due",
        "",
        "Generated by `python -m bench.blindsets.blind_2026_14j [OUTDIR] [--only NAME]` (from the repository root).",
        "Every random choice is seeded with the CRC-32 of the document name; re-runs are byte-identical.",
        "",
        "## How the set is drawn",
        "",
        "Sixteen documents, each from a different country, in its own language, number and date formats: eight invoices",
        "(i01–i08) and eight receipts (r01–r08). Every document names several parties: a group brand, marketplace, oil",
        "brand, mall, platform, franchisor, factor, acquirer or customer is more prominent than the seller. Invoices also",
        "vary how the due date is printed (terms sentence, header grid, Net 30 + date, payment slip only, instalment",
        "table, 'due on receipt', none). Each document is drawn by its own reportlab function (invariant=1); every text",
        "run is checked to stay on the page, inside its table column, and not to overlap another run.",
        "",
        "Kinds: `pdf` = born-digital PDF with a text layer; `scan` = raster without text layer (degraded scans rendered with",
        "pypdfium2, grey or colour, blur, skew, noise, specks, thermal fading, one downscaled to 650 px; two of them are",
        "image-only PDFs; r04 is a clean 200 dpi PNG render, keyed `scan` because it has no text layer); `photo` = JPEG",
        "phone photo (perspective onto a textured background, uneven light, shadow, some with a fold, quality 62–80).",
        "Multi-page PDFs: i01 and i03 (2 pages each). Invoices are A4 (i03 Letter); receipts are 58/76/80/90 mm rolls as long as their content.",
        "Fonts: Helvetica/Times/Courier and DejaVu Sans/Serif/Mono/Condensed. No CJK/Arabic script (no such font is installed), so the",
        "Asia-Pacific and Middle-East documents are in English, as such documents commonly are.",
        "",
        "## Truth conventions",
        "",
        "- `vendor_name`: the legal seller, i.e. the entity in whose name the invoice/receipt is issued, as printed (with",
        "  its legal form). Marketplace / platform issuing 'on behalf of' a principal → the principal. Franchise → the",
        "  franchisee ('operated by'). Mall / food court → the tenant. Fuel station → the site operator, not the oil brand.",
        "  Hotel restaurant → the company printed with the tax id. Branch → the company (branch suffix dropped, i08).",
        "  Factor, acquirer, group brand, manufacturer brand, franchisor and customer are never the vendor.",
        "- `invoice_number`: the document's own number (invoice / receipt / docket / folio / tax invoice no.), as printed.",
        "  Order, PO, claim, job, delivery-note, CT-e, RRN and card-slip numbers are distractors.",
        "- `due_date`: only when a date is printed. 'Due on receipt' without a date → null. Instalment table → the first",
        "  instalment's date. Date only on a tear-off slip / QR-bill → that date. Receipts → null.",
        "- `amount` = net before tax as printed; `vat` = sum of all taxes (CGST+SGST, several VAT rates); when prices",
        "  include tax and no net is printed, amount = total − vat − tip − rounding. Checked for every document:",
        "  `amount + vat + tip + rounding == total` (tip: r03 Propina 6.00, r04 rider tip 4.00; rounding: i04",
        "  Rundungsdifferenz, r08 öresavrundning). Suggested tips that are not charged (r07) are not part of the total.",
        "- `total`: the amount the document charges (after rounding lines and charged tips).",
        "- Credit note (i08, faktura korygująca): document_type `credit_note`, amounts keyed negative as printed in the",
        "  difference row (Różnica). Line items: the correcting difference line only.",
        "- Line items: as printed (tax-inclusive receipts keep gross line amounts; i07 keys the taxable amount after",
        "  discount; i02/i04 after line discount). Quantities as plain decimals.",
        "- Amounts are strings with two decimals; every amount is computed once with Decimal (ROUND_HALF_UP) and the same",
        "  value is printed and keyed.",
        "",
        "## Mix",
        "",
        "| layout | kind | file | count |",
        "|---|---|---|---|",
    ]
    for (lay, kind, ext), n in sorted(kinds.items()):
        lines.append(f"| {lay} | {kind} | .{ext} | {n} |")
    lines += [
        "",
        f"Total: {len(results)} documents.",
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        t = r.truth
        note = t["note"].replace("|", "/")
        lines.append(
            f"| {r.name}.{r.ext} | {t['kind']} | {r.country} | {r.doc_type} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {note} |"
        )
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(DOCS)
    results = []
    for n in names:
        res = DOCS[n](n)
        check(res)
        (out / f"{n}.{res.ext}").write_bytes(res.data)
        (out / f"{n}.json").write_text(
            json.dumps(res.truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        results.append(res)
        print(
            f"{n}.{res.ext}  {res.truth['kind']:5}  {res.truth['vendor_name']}  {res.truth['total']} {res.truth['currency']}"
        )
    if not a.only:
        (out / "README.md").write_text(readme(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
