# ruff: noqa: E501
"""Blind set 2026-14l: a new customer's first month of uploads, the rest of the world.

8 invoices (telecom, SaaS, courier, consultant, print shop, equipment rental, utility,
GST distributor) and 8 till receipts (supermarket, fast food, pharmacy, fuel, restaurant
with service charge, convenience store, electronics, taxi) from KE, SG, ZA, UK, AR, AU,
NZ, IN, CA, MX, US, MY, NG, BR and JP.

Run from the repository root:
    python -m bench.blindsets.blind_2026_14l [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so re-runs are
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
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

SET = "14l"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-14l")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

_TTF = {
    "S": "DejaVuSans.ttf",
    "SB": "DejaVuSans-Bold.ttf",
    "SO": "DejaVuSans-Oblique.ttf",
    "M": "DejaVuSansMono.ttf",
    "MB": "DejaVuSansMono-Bold.ttf",
    "R": "DejaVuSerif.ttf",
    "RB": "DejaVuSerif-Bold.ttf",
    "RI": "DejaVuSerif-Italic.ttf",
    "C": "DejaVuSansCondensed.ttf",
    "CB": "DejaVuSansCondensed-Bold.ttf",
}
FONT = {
    "H": "Helvetica",
    "HB": "Helvetica-Bold",
    "HO": "Helvetica-Oblique",
    "T": "Times-Roman",
    "TB": "Times-Bold",
    "TI": "Times-Italic",
    "CO": "Courier",
    "COB": "Courier-Bold",
}
for _k, _f in _TTF.items():
    FONT[_k] = "DV14l-" + _k
    if FONT[_k] not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT[_k], str(FONT_DIR / _f)))

BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)
LIGHT = (0.9, 0.9, 0.9)
Z = Decimal("0")
CENT = Decimal("0.01")


class LayoutError(Exception):
    pass


def q2(v) -> Decimal:
    return Decimal(v).quantize(CENT, rounding=ROUND_HALF_UP)


def D(s) -> Decimal:
    return Decimal(str(s))


def nf(v, th=",", dp=".", nd=2, indian=False) -> str:
    """Format a Decimal with the given thousands separator and decimal point."""
    v = Decimal(v)
    neg = v < 0
    s = f"{abs(v):.{nd}f}"
    ip, _, fp = s.partition(".")
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join([*groups, tail])
    else:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        ip = th.join([ip, *groups])
    out = ip + (dp + fp if nd else "")
    return "-" + out if neg else out


def qty_s(v) -> str:
    v = Decimal(v).normalize()
    return f"{v:f}"


def seed_of(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


# --------------------------------------------------------------------------- drawing


class Doc:
    """Records drawing operations (y measured from the top) and checks text runs."""

    def __init__(self, name: str, w: float, h: float | None = None):
        self.name = name
        self.w = w
        self.h = h
        self.pages: list[list[tuple]] = [[]]
        self.runs: list[list[tuple]] = [[]]
        self.ymax = 0.0

    @property
    def ops(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append([])
        self.runs.append([])

    def sw(self, s, font, size):
        return pdfmetrics.stringWidth(s, FONT[font], size)

    def text(self, x, y, s, font="S", size=9, align="l", color=BLACK):
        fn = FONT[font]
        wdt = pdfmetrics.stringWidth(s, fn, size)
        x0 = x if align == "l" else (x - wdt / 2 if align == "c" else x - wdt)
        self.ops.append(("t", x0, y, s, fn, size, color))
        self.runs[-1].append((x0, y - 0.76 * size, x0 + wdt, y + 0.22 * size, s))
        self.ymax = max(self.ymax, y + 0.22 * size)
        return wdt

    def rect(self, x, y, w, h, lw=0.6, stroke=BLACK, fill=None):
        self.ops.append(("r", x, y, w, h, lw, stroke, fill))
        self.ymax = max(self.ymax, y + h)

    def line(self, x1, y1, x2, y2, lw=0.5, color=BLACK, dash=None):
        self.ops.append(("l", x1, y1, x2, y2, lw, color, dash))
        self.ymax = max(self.ymax, y1, y2)

    def circle(self, x, y, r, fill=None, stroke=None, lw=1.0):
        self.ops.append(("c", x, y, r, fill, stroke, lw))

    def poly(self, pts, fill=None, stroke=None, lw=1.0):
        self.ops.append(("p", pts, fill, stroke, lw))

    def qr(self, x, y, size, seed, n=25):
        rng = random.Random(seed)
        cell = size / n
        for i in range(n):
            for j in range(n):
                fin = any(
                    i - a in range(7) and j - b in range(7)
                    for a, b in ((0, 0), (0, n - 7), (n - 7, 0))
                )
                if fin:
                    a = 0 if i < 7 else n - 7
                    b = 0 if j < 7 else n - 7
                    di, dj = i - a, j - b
                    on = di in (0, 6) or dj in (0, 6) or (2 <= di <= 4 and 2 <= dj <= 4)
                else:
                    on = rng.random() < 0.5
                if on:
                    self.rect(
                        x + j * cell,
                        y + i * cell,
                        cell + 0.05,
                        cell + 0.05,
                        lw=0,
                        stroke=None,
                        fill=BLACK,
                    )

    def barcode(self, x, y, w, h, seed):
        rng = random.Random(seed)
        cx = x
        while cx < x + w - 3:
            bw = rng.choice((0.6, 0.6, 1.2, 1.8))
            if rng.random() < 0.55:
                self.rect(cx, y, bw, h, lw=0, stroke=None, fill=BLACK)
            cx += bw + rng.choice((0.6, 1.2))
        self.ymax = max(self.ymax, y + h)

    def check(self):
        for pno, runs in enumerate(self.runs, 1):
            h = self.h or (self.ymax + 6 * mm)
            for r in runs:
                if r[0] < 2 or r[2] > self.w - 2 or r[1] < 2 or r[3] > h - 2:
                    raise LayoutError(f"{self.name} p{pno}: off page: {r}")
            for i, a in enumerate(runs):
                for b in runs[i + 1 :]:
                    ix = min(a[2], b[2]) - max(a[0], b[0])
                    iy = min(a[3], b[3]) - max(a[1], b[1])
                    if ix > 0.3 and iy > 0.3:
                        raise LayoutError(f"{self.name} p{pno}: overlap {a[4]!r} / {b[4]!r}")

    def pdf_bytes(self) -> bytes:  # noqa: C901
        self.check()
        h = self.h or round(self.ymax + 6 * mm)
        buf = io.BytesIO()
        c = rl_canvas.Canvas(buf, pagesize=(self.w, h), invariant=1, pageCompression=1)
        c.setTitle(self.name)
        c.setAuthor("")
        for ops in self.pages:
            for op in ops:
                k = op[0]
                if k == "t":
                    _, x, y, s, fn, size, col = op
                    c.setFillColorRGB(*col)
                    c.setFont(fn, size)
                    c.drawString(x, h - y, s)
                elif k == "r":
                    _, x, y, w, hh, lw, stroke, fill = op
                    if fill is not None:
                        c.setFillColorRGB(*fill)
                    if stroke is not None:
                        c.setStrokeColorRGB(*stroke)
                        c.setLineWidth(lw)
                    c.rect(
                        x,
                        h - y - hh,
                        w,
                        hh,
                        stroke=1 if stroke is not None and lw > 0 else 0,
                        fill=1 if fill is not None else 0,
                    )
                elif k == "l":
                    _, x1, y1, x2, y2, lw, col, dash = op
                    c.setStrokeColorRGB(*col)
                    c.setLineWidth(lw)
                    c.setDash(*(dash or ([], 0))) if dash else c.setDash([], 0)
                    c.line(x1, h - y1, x2, h - y2)
                    c.setDash([], 0)
                elif k == "c":
                    _, x, y, r, fill, stroke, lw = op
                    if fill is not None:
                        c.setFillColorRGB(*fill)
                    if stroke is not None:
                        c.setStrokeColorRGB(*stroke)
                        c.setLineWidth(lw)
                    c.circle(x, h - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
                elif k == "p":
                    _, pts, fill, stroke, lw = op
                    p = c.beginPath()
                    p.moveTo(pts[0][0], h - pts[0][1])
                    for px, py in pts[1:]:
                        p.lineTo(px, h - py)
                    p.close()
                    if fill is not None:
                        c.setFillColorRGB(*fill)
                    if stroke is not None:
                        c.setStrokeColorRGB(*stroke)
                        c.setLineWidth(lw)
                    c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.showPage()
        c.save()
        return buf.getvalue()


def wrap(doc: Doc, s: str, font: str, size: float, maxw: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if doc.sw(t, font, size) <= maxw or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def table(
    doc,
    x,
    y,
    cols,
    rows,
    font="S",
    size=8.5,
    hfont="SB",
    hsize=None,
    lead=None,
    grid=False,
    hfill=None,
    hcolor=BLACK,
    pad=3,
    rule=True,
):
    """cols: (title, width, align). Returns the y below the table."""
    hsize = hsize or size
    lead = lead or size * 1.55
    tw = sum(c[1] for c in cols)
    top = y
    if hfill is not None:
        doc.rect(x, y, tw, lead + 2, lw=0, stroke=None, fill=hfill)
    cx = x
    for title, w, al in cols:
        tx = cx + pad if al == "l" else (cx + w / 2 if al == "c" else cx + w - pad)
        doc.text(tx, y + lead * 0.68 + 1, title, hfont, hsize, al, hcolor)
        cx += w
    y += lead + 2
    if rule:
        doc.line(x, y, x + tw, y, 0.6)
    for row in rows:
        cx = x
        for (_title, w, al), cell in zip(cols, row, strict=True):
            if cell:
                tx = cx + pad if al == "l" else (cx + w / 2 if al == "c" else cx + w - pad)
                doc.text(tx, y + lead * 0.68, cell, font, size, al)
            cx += w
        y += lead
        if grid:
            doc.line(x, y, x + tw, y, 0.3, GREY)
    if grid:
        doc.rect(x, top, tw, y - top, 0.6)
        cx = x
        for _, w, _ in cols[:-1]:
            cx += w
            doc.line(cx, top, cx, y, 0.3, GREY)
    return y


class Roll:
    """A till roll: a cursor that walks down a narrow page."""

    def __init__(self, doc: Doc, font="M", size=8.0, margin=4 * mm, lead=1.3):
        self.d = doc
        self.f = font
        self.s = size
        self.l = margin
        self.r = doc.w - margin
        self.lead = lead
        self.y = margin + size

    def adv(self, size=None, k=1.0):
        self.y += (size or self.s) * self.lead * k

    def c(self, s, font=None, size=None):
        size = size or self.s
        self.d.text(self.d.w / 2, self.y, s, font or self.f, size, "c")
        self.adv(size)

    def left(self, s, font=None, size=None, x=None):
        size = size or self.s
        self.d.text(x if x is not None else self.l, self.y, s, font or self.f, size)
        self.adv(size)

    def lr(self, a, b, font=None, size=None, bfont=None):
        size = size or self.s
        if a:
            self.d.text(self.l, self.y, a, font or self.f, size)
        if b:
            self.d.text(self.r, self.y, b, bfont or font or self.f, size, "r")
        self.adv(size)

    def cols(self, cells, font=None, size=None):
        """cells: (text, x_offset_from_left, align)."""
        size = size or self.s
        for t, x, al in cells:
            if t:
                self.d.text(
                    self.l + x if x >= 0 else self.r + x + 0, self.y, t, font or self.f, size, al
                )
        self.adv(size)

    def rule(self, ch="-", gap=0.6, dash=None, lw=0.6):
        y = self.y - self.s * 0.75 + self.s * gap * 0.5
        self.d.line(self.l, y, self.r, y, lw, BLACK, dash)
        self.y += self.s * gap + 1

    def gap(self, k=0.5):
        self.y += self.s * k


# --------------------------------------------------------------------------- truth


def truth(
    *,
    number,
    date,
    due,
    vendor,
    amount,
    vat,
    total,
    cur,
    loc,
    layout,
    dtype,
    items,
    note,
    kind,
    tip=Z,
    rounding=Z,
):
    amount, total = q2(amount), q2(total)
    if amount + (vat if vat is not None else Z) + tip + rounding != total:
        raise AssertionError(f"{number}: {amount} + {vat} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{amount:.2f}",
        "vat": None if vat is None else f"{q2(vat):.2f}",
        "total": f"{total:.2f}",
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {
                "description": d,
                "quantity": qty_s(qn),
                "unit_price": f"{q2(u):.2f}",
                "amount": f"{q2(a):.2f}",
            }
            for d, qn, u, a in items
        ],
        "note": note,
        "kind": kind,
    }


# --------------------------------------------------------------------------- degradation


def render(pdf: bytes, dpi: float, page: int = 0) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72.0).to_pil().convert("RGB")
    doc.close()
    return np.asarray(img).astype(np.float32)


def _fade_field(h, w, rng, lo, hi):
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    ph = rng.uniform(0, math.tau)
    f = 0.5 + 0.5 * np.sin(yy * rng.uniform(1.5, 3.5) * math.pi + ph) * (
        0.8 + 0.2 * np.cos(xx * math.pi)
    )
    return (lo + (hi - lo) * f).astype(np.float32)


def scan(
    img,
    rng,
    *,
    grey=True,
    skew=0.0,
    blur=0.6,
    noise=5.0,
    specks=60,
    fade=None,
    bed=0,
    bed_col=238.0,
    paper=(252, 250, 246),
    width=None,
):
    nrng = np.random.default_rng(rng.randrange(2**32))
    a = img * (np.array(paper, np.float32) / 255.0)
    h, w = a.shape[:2]
    if fade:
        f = _fade_field(h, w, rng, *fade)
        a = 255.0 - (255.0 - a) * f[..., None]
    if bed:
        big = np.full((h + 2 * bed, w + 2 * bed, 3), bed_col, np.float32)
        big[bed : bed + h, bed : bed + w] = a
        a = big
        h, w = a.shape[:2]
    if skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        cos, sin = abs(m[0, 0]), abs(m[0, 1])
        nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
        m[0, 2] += nw / 2 - w / 2
        m[1, 2] += nh / 2 - h / 2
        a = cv2.warpAffine(
            a, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=(bed_col, bed_col, bed_col)
        )
        h, w = nh, nw
    # uneven scanner lamp
    a *= 0.97 + 0.03 * np.linspace(-1, 1, w, dtype=np.float32)[None, :, None] ** 2 * -1 + 0.03
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    if noise:
        a += nrng.normal(0, noise, a.shape).astype(np.float32)
    for _ in range(specks):
        x, y = rng.randrange(w), rng.randrange(h)
        v = rng.uniform(40, 160)
        cv2.circle(a, (x, y), rng.choice((1, 1, 1, 2)), (v, v, v), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "RGB")
    if grey:
        im = im.convert("L")
    if width:
        arr = np.asarray(im)
        nh = round(arr.shape[0] * width / arr.shape[1])
        arr = cv2.resize(arr, (width, nh), interpolation=cv2.INTER_AREA)
        im = Image.fromarray(arr)
    return im


def _texture(h, w, rng, kind):
    nrng = np.random.default_rng(rng.randrange(2**32))
    if kind == "wood":
        base = np.array([120, 84, 52], np.float32)
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        warp = cv2.GaussianBlur(nrng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 40) * 400
        rings = np.sin((yy + warp + xx * 0.05) / rng.uniform(9, 16)) * 0.5 + 0.5
        fine = cv2.GaussianBlur(nrng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 1.5) * 0.4
        t = (0.8 + 0.25 * rings + 0.08 * fine)[..., None]
        return base[None, None, :] * t
    if kind == "fabric":
        base = np.array([70, 82, 100], np.float32)
        n = nrng.normal(0, 1, (h, w)).astype(np.float32)
        weave = (np.sin(np.arange(w)[None, :] * 1.3) * np.sin(np.arange(h)[:, None] * 1.3)).astype(
            np.float32
        )
        t = 1 + 0.06 * weave + 0.08 * cv2.GaussianBlur(n, (0, 0), 1.0)
        return base[None, None, :] * t[..., None]
    # stone / laminate desk
    base = np.array([196, 192, 184], np.float32)
    n1 = cv2.GaussianBlur(nrng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 12) * 6
    n2 = nrng.normal(0, 1, (h, w)).astype(np.float32) * 0.6
    t = 1 + 0.04 * n1 + 0.03 * n2
    return base[None, None, :] * t[..., None]


def photo(
    img,
    rng,
    *,
    long_side=2000,
    bg="wood",
    curl=0.0,
    folds=(),
    creases=0,
    tilt=0.04,
    quality=72,
    fill=0.84,
    light=0.25,
    hand_shadow=True,
    paper=(246, 243, 236),
):
    nrng = np.random.default_rng(rng.randrange(2**32))
    a = img * (np.array(paper, np.float32) / 255.0)
    h, w = a.shape[:2]
    # folds: a darker valley and lighter ridge across the paper
    for fy in folds:
        y0 = fy * h
        yy = np.arange(h, dtype=np.float32)[:, None]
        prof = np.exp(-(((yy - y0) / (0.004 * h)) ** 2))
        side = np.where(yy > y0, 0.96, 1.0)
        a = a * ((1 - 0.16 * prof) * side)[..., None]
    for _ in range(creases):
        x0, y0 = rng.uniform(0, w), rng.uniform(0.1 * h, 0.9 * h)
        ang = rng.uniform(-0.6, 0.6)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        dist = (yy - y0) * math.cos(ang) - (xx - x0) * math.sin(ang)
        a = (
            a
            * (1 - 0.12 * np.exp(-((dist / 3.0) ** 2)))[..., None]
            * np.where(dist > 0, 0.975, 1.0)[..., None]
        )
    mask = np.full((h, w), 255, np.uint8)
    if curl:
        pad = int(abs(curl) * w) + 2
        a = cv2.copyMakeBorder(a, 0, 0, pad, pad, cv2.BORDER_CONSTANT, value=(0, 0, 0))
        mask = cv2.copyMakeBorder(mask, 0, 0, pad, pad, cv2.BORDER_CONSTANT, value=0)
        h, w = a.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        mapx = xx + curl * (w - 2 * pad) * (np.sin(np.pi * yy / h) - 0.5)
        mapy = yy
        a = cv2.remap(
            a, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0)
        )
        mask = cv2.remap(
            mask, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0
        )
        shade = 1 - 0.09 * np.abs(np.cos(np.pi * yy / h))
        a = a * shade[..., None]
    portrait = h >= w
    H_out = long_side if portrait else round(long_side * 0.75)
    W_out = round(long_side * 0.75) if portrait else long_side
    s = min(fill * H_out / h, fill * W_out / w)
    dw, dh = w * s, h * s
    pre = cv2.resize(
        a, (max(1, round(w * s * 1.15)), max(1, round(h * s * 1.15))), interpolation=cv2.INTER_AREA
    )
    pmask = cv2.resize(mask, (pre.shape[1], pre.shape[0]), interpolation=cv2.INTER_AREA)
    ph, pw = pre.shape[:2]
    cx, cy = (
        W_out / 2 + rng.uniform(-0.03, 0.03) * W_out,
        H_out / 2 + rng.uniform(-0.02, 0.02) * H_out,
    )
    j = tilt * min(W_out, H_out)
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
            [cx - dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(pre, m, (W_out, H_out), flags=cv2.INTER_LINEAR)
    wm = (
        cv2.warpPerspective(pmask, m, (W_out, H_out), flags=cv2.INTER_LINEAR).astype(np.float32)
        / 255.0
    )
    bgimg = _texture(H_out, W_out, rng, bg)
    sh = cv2.GaussianBlur(np.roll(np.roll(wm, 14, axis=0), 10, axis=1), (0, 0), 14)
    bgimg = bgimg * (1 - 0.45 * sh)[..., None]
    out = warped * wm[..., None] + bgimg * (1 - wm[..., None])
    # uneven light
    yy, xx = np.mgrid[0:H_out, 0:W_out].astype(np.float32)
    lx, ly = rng.uniform(0.2, 0.8) * W_out, rng.uniform(0.1, 0.5) * H_out
    r = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W_out, H_out)
    out = out * (1.06 - light * r)[..., None]
    if hand_shadow:
        side = rng.choice(("left", "right", "bottom"))
        pts = []
        if side == "left":
            pts = [
                (0, rng.uniform(0.5, 0.7) * H_out),
                (rng.uniform(0.25, 0.4) * W_out, H_out),
                (0, H_out),
            ]
        elif side == "right":
            pts = [
                (W_out, rng.uniform(0.55, 0.75) * H_out),
                (rng.uniform(0.6, 0.75) * W_out, H_out),
                (W_out, H_out),
            ]
        else:
            pts = [
                (rng.uniform(0.1, 0.3) * W_out, H_out),
                (rng.uniform(0.4, 0.6) * W_out, rng.uniform(0.86, 0.93) * H_out),
                (rng.uniform(0.7, 0.9) * W_out, H_out),
            ]
        smask = np.zeros((H_out, W_out), np.float32)
        cv2.fillPoly(smask, [np.int32(pts)], 1.0)
        smask = cv2.GaussianBlur(smask, (0, 0), 40)
        out = out * (1 - 0.30 * smask)[..., None]
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    out += nrng.normal(0, 3.0, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out, "RGB")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def image_pdf(im: Image.Image, w_pt: float, h_pt: float, quality=80) -> bytes:
    jb = io.BytesIO()
    im.save(jb, "JPEG", quality=quality)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(w_pt, h_pt), invariant=1)
    c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, w_pt, h_pt)
    c.showPage()
    c.save()
    return buf.getvalue()


def png_bytes(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


# --------------------------------------------------------------------------- invoices

TEAL = (0.0, 0.47, 0.5)
NAVY = (0.1, 0.16, 0.34)


def i01(name, kind):
    """KE: home fibre bill, two pages, trading name in the logo, legal name in small print."""
    d = Doc(name, *A4)
    W = A4[0]
    kes = lambda v: nf(v)  # noqa: E731
    lines = [
        ("Home Fibre 100 Mbps unlimited", "01/03/2026 - 31/03/2026", D("5172.41")),
        ("Static public IP address", "01/03/2026 - 31/03/2026", D("862.07")),
        ("Service credit: outage 11/02/2026 (ticket 558120)", "", D("-172.41")),
    ]
    net = sum(v for _, _, v in lines)
    vat = q2(net * D("0.16"))
    total = net + vat
    # logo
    d.circle(52, 58, 16, fill=TEAL)
    d.circle(70, 58, 16, fill=(0.2, 0.7, 0.72))
    d.circle(61, 44, 10, fill=(1, 1, 1))
    d.text(94, 66, "kilima", "SB", 26, color=TEAL)
    d.text(94 + d.sw("kilima", "SB", 26) + 4, 66, "fibre", "S", 26, color=GREY)
    d.text(W - 40, 52, "TAX INVOICE", "SB", 15, "r")
    d.text(W - 40, 68, "Home & Business Internet", "S", 8.5, "r", GREY)
    y = 120
    d.text(40, y, "BILL TO", "SB", 7.5, color=GREY)
    for i, t in enumerate(
        [
            "Amani Design Studio Ltd",
            "Attn: Accounts Payable",
            "Kirichwa Road, The Mirage Court, Unit 7",
            "P.O. Box 14522-00800",
            "Nairobi, Kenya",
            "Customer PIN: P052219834K",
        ]
    ):
        d.text(40, y + 15 + i * 12, t, "SB" if i == 0 else "S", 9)
    kv = [
        ("Invoice No.", "KFN/26/0418832"),
        ("Invoice date", "05/03/2026"),
        ("Account no.", "2004-118-552"),
        ("Billing period", "01/03/2026 - 31/03/2026"),
        ("Due date", "19/03/2026"),
    ]
    d.rect(330, 108, W - 40 - 330, 12 * len(kv) + 14, 0.6, TEAL)
    for i, (k, v) in enumerate(kv):
        d.text(338, 124 + i * 12, k, "S", 8.5, color=GREY)
        d.text(W - 48, 124 + i * 12, v, "SB" if k == "Invoice No." else "S", 8.5, "r")
    y = 215
    d.rect(40, y, W - 80, 40, 0, None, (0.9, 0.96, 0.96))
    d.text(52, y + 17, "Amount due", "S", 9, color=GREY)
    d.text(52, y + 32, f"KES {kes(total)}", "SB", 14, color=TEAL)
    d.text(W - 52, y + 17, "Please pay by", "S", 9, "r", GREY)
    d.text(W - 52, y + 32, "19/03/2026", "SB", 12, "r")
    y = 285
    d.text(40, y, "Account summary", "SB", 10.5)
    rows = [
        ("Previous balance", kes(total)),
        ("Payment received 02/03/2026 - thank you", kes(-total)),
        ("Balance brought forward", "0.00"),
        ("Current charges (this invoice)", kes(total)),
    ]
    y = table(
        d,
        40,
        y + 6,
        [("", 380, "l"), ("KES", W - 80 - 380, "r")],
        rows,
        "S",
        8.5,
        "SB",
        lead=14,
        hsize=8,
    )
    d.line(40, y + 2, W - 40, y + 2, 0.8)
    d.text(43, y + 15, "Total amount due", "SB", 9.5)
    d.text(W - 43, y + 15, kes(total), "SB", 9.5, "r")
    y += 45
    d.text(40, y, "Current charges", "SB", 10.5)
    rows = [(a, b, kes(v)) for a, b, v in lines]
    y = table(
        d,
        40,
        y + 6,
        [("Description", 260, "l"), ("Period", 150, "l"), ("Amount (KES)", W - 80 - 410, "r")],
        rows,
        "S",
        8.5,
        "SB",
        hfill=(0.9, 0.96, 0.96),
        lead=15,
    )
    d.line(40, y + 2, W - 40, y + 2, 0.5)
    for i, (k, v, bold) in enumerate(
        [
            ("Subtotal (excl. VAT)", kes(net), False),
            ("VAT @ 16%", kes(vat), False),
            ("Total current charges", kes(total), True),
        ]
    ):
        f = "SB" if bold else "S"
        d.text(330, y + 16 + i * 14, k, f, 9)
        d.text(W - 43, y + 16 + i * 14, v, f, 9, "r")
    y += 80
    d.text(40, y, "How to pay", "SB", 10.5)
    for i, t in enumerate(
        [
            "M-PESA: Lipa na M-PESA > Paybill 4012345, Account number 2004118552",
            "Bank transfer: Equity Bank Kenya, Westlands branch, A/c 0180 2934 77610, Swift EQBLKENA",
            "Cheques payable to Kilima Networks Limited. Quote your account number on every payment.",
        ]
    ):
        d.text(40, y + 16 + i * 12, t, "S", 8.5)
    d.line(40, 790, W - 40, 790, 0.4, GREY)
    d.text(
        40,
        802,
        "Kilima Fibre is a trading name of Kilima Networks Limited, Reg. No. PVT-7LU8QX3, KRA PIN P051873426M.",
        "S",
        6.5,
        color=GREY,
    )
    d.text(
        40,
        811,
        "Mombasa Road, Sameer Business Park Block B, Nairobi  |  billing@kilimafibre.co.ke  |  0709 555 010",
        "S",
        6.5,
        color=GREY,
    )
    d.text(W - 40, 811, "Page 1 of 2", "S", 6.5, "r", GREY)
    d.new_page()
    d.text(40, 50, "kilima", "SB", 14, color=TEAL)
    d.text(W - 40, 50, "Invoice KFN/26/0418832  -  Account 2004-118-552", "S", 8, "r", GREY)
    d.text(40, 90, "Usage details - Home Fibre 100 Mbps", "SB", 10.5)
    rng = random.Random(seed_of(name))
    rows = []
    for day in range(1, 29):
        dl = D(rng.randint(2200, 19500)) / 100
        ul = q2(dl * D(rng.uniform(0.08, 0.22)))
        rows.append(
            (f"{day:02d}/02/2026", f"{dl:.2f}", f"{ul:.2f}", "99.9%" if day != 11 else "71.4%")
        )
    y = table(
        d,
        40,
        98,
        [
            ("Date", 120, "l"),
            ("Download (GB)", 130, "r"),
            ("Upload (GB)", 130, "r"),
            ("Availability", W - 80 - 380, "r"),
        ],
        rows,
        "S",
        8,
        "SB",
        lead=13,
        hfill=(0.9, 0.96, 0.96),
    )
    d.text(
        40,
        y + 20,
        "Usage is shown for information only; your plan has no data cap.",
        "SO",
        8,
        color=GREY,
    )
    y += 50
    d.text(40, y, "Notices", "SB", 10.5)
    notes = "Payments received after the due date may attract a late payment fee of KES 500. Service may be suspended 14 days after the due date if the account remains unpaid. Disputes must be raised within 30 days of the invoice date by e-mail to billing@kilimafibre.co.ke or by calling 0709 555 010. This is a computer generated tax invoice and is valid without a signature. eTIMS control unit invoice number 0040118220000418832."
    for i, t in enumerate(wrap(d, notes, "S", 8, W - 80)):
        d.text(40, y + 16 + i * 11, t, "S", 8)
    d.line(40, 790, W - 40, 790, 0.4, GREY)
    d.text(
        40,
        802,
        "Kilima Networks Limited  |  Reg. No. PVT-7LU8QX3  |  KRA PIN P051873426M",
        "S",
        6.5,
        color=GREY,
    )
    d.text(W - 40, 802, "Page 2 of 2", "S", 6.5, "r", GREY)
    t = truth(
        number="KFN/26/0418832",
        date="2026-03-05",
        due="2026-03-19",
        vendor="Kilima Networks Limited",
        amount=net,
        vat=vat,
        total=total,
        cur="KES",
        loc="en-KE",
        layout="invoice",
        dtype="invoice",
        items=[(a, 1, v, v) for a, _, v in lines],
        note="Logo shows only the trading name 'kilima fibre'; legal name in the footer. Account summary repeats the same amount as previous balance and payment; a negative service-credit line; page 2 is a usage table full of dates and decimals.",
        kind=kind,
    )
    return d, t


def i02(name, kind):
    """SG: SaaS subscription, already paid by card, amount due 0.00."""
    d = Doc(name, *A4)
    W = A4[0]
    seats = (D(12), D("29.00"))
    rows = [
        ("Tallyhive Team plan (per seat, monthly)", seats[0], seats[1]),
        ("Extra storage 100 GB", D(1), D("15.00")),
    ]
    lines = [(a, qn, u, q2(qn * u)) for a, qn, u in rows]
    disc = -q2(lines[0][3] * D("0.10"))
    net = sum(x[3] for x in lines) + disc
    gst = q2(net * D("0.09"))
    total = net + gst
    # wordmark logo: hexagon + name
    cx, cy, r = 58, 58, 15
    d.poly(
        [
            (cx + r * math.cos(math.pi / 3 * k), cy + r * math.sin(math.pi / 3 * k))
            for k in range(6)
        ],
        fill=(0.95, 0.65, 0.1),
    )
    d.text(82, 66, "tallyhive", "HB", 22, color=(0.15, 0.15, 0.2))
    d.text(W - 45, 58, "Invoice", "H", 24, "r", (0.15, 0.15, 0.2))
    y = 110
    meta = [
        ("Invoice number", "TH-2026-00317"),
        ("Date of issue", "2 February 2026"),
        ("Date due", "16 February 2026"),
    ]
    for i, (k, v) in enumerate(meta):
        d.text(45, y + i * 13, k, "HB", 9)
        d.text(150, y + i * 13, v, "H", 9)
    y = 175
    d.text(45, y, "Tallyhive Pte. Ltd.", "HB", 9)
    for i, t in enumerate(
        [
            "71 Ayer Rajah Crescent #05-12",
            "Singapore 139951",
            "billing@tallyhive.io",
            "GST Reg. No. 201915673K",
        ]
    ):
        d.text(45, y + 12 * (i + 1), t, "H", 9)
    d.text(300, y, "Bill to", "HB", 9)
    for i, t in enumerate(
        [
            "Lim & Partners Architects LLP",
            "finance@limpartners.sg",
            "18 Boon Lay Way #09-101",
            "Singapore 609966",
        ]
    ):
        d.text(300, y + 12 * (i + 1), t, "H", 9)
    y = 265
    d.text(45, y, f"SGD {nf(total)} paid on 2 February 2026", "HB", 15)
    d.text(
        45,
        y + 18,
        "Thanks for your business. This invoice has been paid with Visa ending 4242.",
        "H",
        9,
        color=GREY,
    )
    y = 310
    tr = [(a, qty_s(qn), f"S${nf(u)}", f"S${nf(v)}") for a, qn, u, v in lines]
    tr.insert(1, ("   Feb 2 - Mar 1, 2026", "", "", ""))
    tr.append(("   Feb 2 - Mar 1, 2026", "", "", ""))
    y = table(
        d,
        45,
        y,
        [
            ("Description", 290, "l"),
            ("Qty", 50, "r"),
            ("Unit price", 80, "r"),
            ("Amount", W - 90 - 420, "r"),
        ],
        tr,
        "H",
        9,
        "H",
        hcolor=GREY,
        lead=16,
    )
    d.line(45, y + 2, W - 45, y + 2, 0.4, GREY)
    x1 = 300
    tot = [
        ("Subtotal", f"S${nf(net - disc)}"),
        ("LAUNCH10 (10% off Team plan)", f"-S${nf(-disc)}"),
        ("Total excluding GST", f"S${nf(net)}"),
        ("GST (9% on S$" + nf(net) + ")", f"S${nf(gst)}"),
        ("Total", f"S${nf(total)}"),
        ("Amount paid", f"-S${nf(total)}"),
        ("Amount due", "S$0.00"),
    ]
    for i, (k, v) in enumerate(tot):
        f = "HB" if k in ("Total", "Amount due") else "H"
        yy = y + 18 + i * 16
        d.text(x1, yy, k, f, 9)
        d.text(W - 48, yy, v, f, 9, "r")
        d.line(x1, yy + 5, W - 45, yy + 5, 0.3, LIGHT)
    y = y + 18 + len(tot) * 16 + 30
    d.text(45, y, "Payment history", "HB", 10)
    y = table(
        d,
        45,
        y + 6,
        [
            ("Payment method", 200, "l"),
            ("Date", 120, "l"),
            ("Amount paid", 100, "r"),
            ("Receipt number", W - 90 - 420, "r"),
        ],
        [("Visa - 4242", "2 February 2026", f"S${nf(total)}", "2291-4470")],
        "H",
        9,
        "H",
        hcolor=GREY,
        lead=16,
    )
    d.line(45, 790, W - 45, 790, 0.3, LIGHT)
    d.text(
        45,
        803,
        "TH-2026-00317  -  SGD " + nf(total) + " paid on 2 February 2026",
        "H",
        7.5,
        color=GREY,
    )
    d.text(W - 45, 803, "Page 1 of 1", "H", 7.5, "r", GREY)
    items = [*lines, ("LAUNCH10 (10% off Team plan)", 1, disc, disc)]
    t = truth(
        number="TH-2026-00317",
        date="2026-02-02",
        due="2026-02-16",
        vendor="Tallyhive Pte. Ltd.",
        amount=net,
        vat=gst,
        total=total,
        cur="SGD",
        loc="en-SG",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Card-paid SaaS invoice: 'Amount due S$0.00' and 'Amount paid' appear next to the real total; subtotal before the promo discount differs from the net; currency printed as S$ and SGD.",
        kind=kind,
    )
    return d, t


def i03(name, kind):
    """ZA: courier monthly invoice with waybill lines and fuel surcharge."""
    d = Doc(name, *A4)
    W = A4[0]
    zar = lambda v: nf(v, th=" ")  # noqa: E731
    wb = [
        ("2026/03/04", "SWL0471882", "Midrand", "Durban", 2, "14.0", D("412.50")),
        ("2026/03/09", "SWL0472310", "Midrand", "Pretoria", 1, "2.5", D("96.80")),
        ("2026/03/12", "SWL0473095", "Midrand", "Cape Town", 6, "88.0", D("1240.00")),
        ("2026/03/18", "SWL0474417", "Midrand", "Polokwane", 3, "21.5", D("328.40")),
        ("2026/03/26", "SWL0475562", "Midrand", "Sandton", 1, "4.0", D("185.00")),
    ]
    freight = sum(r[6] for r in wb)
    fuel = q2(freight * D("0.145"))
    net = freight + fuel
    vat = q2(net * D("0.15"))
    total = net + vat
    # logo: arrow + name
    d.poly([(40, 40), (78, 40), (92, 55), (78, 70), (40, 70), (54, 55)], fill=(0.85, 0.1, 0.1))
    d.text(100, 62, "SWIFTLINE", "CB", 22, color=(0.85, 0.1, 0.1))
    d.text(100, 76, "COURIERS", "C", 10, color=GREY)
    d.text(W - 40, 46, "Swiftline Couriers (Pty) Ltd", "CB", 9.5, "r")
    for i, t in enumerate(
        [
            "Reg. No. 2011/004512/07   VAT No. 4180259713",
            "14 Lever Road, Midrand, 1685",
            "Tel 011 314 2270   accounts@swiftline.co.za",
        ]
    ):
        d.text(W - 40, 58 + i * 11, t, "C", 8.5, "r")
    d.line(40, 100, W - 40, 100, 1.2, (0.85, 0.1, 0.1))
    d.text(40, 125, "TAX INVOICE", "CB", 16)
    kv = [
        ("Invoice no:", "SWC-INV 0081427"),
        ("Invoice date:", "2026/03/31"),
        ("Account:", "ACC-30418"),
        ("Due date:", "2026/04/30"),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(380, 118 + i * 13, k, "C", 9.5)
        d.text(W - 40, 118 + i * 13, v, "CB", 9.5, "r")
    d.text(40, 150, "Customer:", "CB", 9.5)
    for i, t in enumerate(
        [
            "Ubuntu Office Supplies CC",
            "Unit 3, Kyalami Business Park",
            "Kyalami, 1684",
            "Customer VAT No. 4730118842",
        ]
    ):
        d.text(40, 163 + i * 12, t, "C", 9.5)
    rows = [(r[0], r[1], f"{r[2]} - {r[3]}", str(r[4]), r[5], zar(r[6])) for r in wb]
    y = table(
        d,
        40,
        230,
        [
            ("Date", 70, "l"),
            ("Waybill", 85, "l"),
            ("Route", 150, "l"),
            ("Pcs", 40, "r"),
            ("Kg", 55, "r"),
            ("Amount (R)", W - 80 - 400, "r"),
        ],
        rows,
        "C",
        9.5,
        "CB",
        lead=17,
        grid=True,
        hfill=(0.93, 0.93, 0.93),
    )
    y += 10
    tot = [
        ("Freight", zar(freight)),
        ("Fuel surcharge 14.5%", zar(fuel)),
        ("Total excl. VAT", zar(net)),
        ("VAT 15%", zar(vat)),
        ("TOTAL DUE", "R " + zar(total)),
    ]
    for i, (k, v) in enumerate(tot):
        f = "CB" if k.startswith("TOTAL") else "C"
        sz = 11 if k.startswith("TOTAL") else 9.5
        d.text(350, y + 14 + i * 16, k, f, sz)
        d.text(W - 43, y + 14 + i * 16, v, f, sz, "r")
    d.rect(345, y + 14 + 4 * 16 - 13, W - 40 - 345, 18, 0.8)
    y += 130
    d.text(40, y, "Banking details", "CB", 9.5)
    for i, t in enumerate(
        [
            "First National Bank  -  Branch code 250655",
            "Account name: Swiftline Couriers (Pty) Ltd",
            "Account no. 6281 447 9013",
            "Reference: ACC-30418",
        ]
    ):
        d.text(40, y + 13 + i * 12, t, "C", 9)
    d.text(320, y, "Terms", "CB", 9.5)
    for i, t in enumerate(
        [
            "Payment 30 days from invoice date.",
            "Claims must be lodged within 7 days of delivery.",
            "Carriage subject to our standard conditions.",
        ]
    ):
        d.text(320, y + 13 + i * 12, t, "C", 9)
    d.text(W / 2, 805, "Thank you for shipping with Swiftline", "CO", 8, "c", GREY)
    items = [(f"Waybill {r[1]} {r[2]} - {r[3]}", 1, r[6], r[6]) for r in wb] + [
        ("Fuel surcharge 14.5%", 1, fuel, fuel)
    ]
    t = truth(
        number="SWC-INV 0081427",
        date="2026-03-31",
        due="2026-04-30",
        vendor="Swiftline Couriers (Pty) Ltd",
        amount=net,
        vat=vat,
        total=total,
        cur="ZAR",
        loc="en-ZA",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Scan of a courier statement-style invoice: yyyy/mm/dd dates on every waybill line, space as thousands separator (R 1 240.00), fuel surcharge added before VAT, customer VAT number near the seller's.",
        kind=kind,
    )
    return d, t


def i04(name, kind):
    """UK: consultant's invoice, person's name as the header, Ltd only in the footer."""
    d = Doc(name, *A4)
    W = A4[0]
    gbp = lambda v: "£" + nf(v)  # noqa: E731
    rows = [
        ("Data platform review - consulting days (16-27 Feb 2026)", D("6.5"), D("650.00")),
        ("Stakeholder workshop facilitation (half day, 24 Feb 2026)", D(1), D("400.00")),
        ("Travel: rail London King's Cross - Leeds return", D(1), D("142.60")),
    ]
    lines = [(a, qn, u, q2(qn * u)) for a, qn, u in rows]
    net = sum(x[3] for x in lines)
    vat = q2(net * D("0.20"))
    total = net + vat
    d.text(W / 2, 70, "PRIYA RAMAN", "T", 26, "c")
    d.text(W / 2, 88, "Data & Analytics Consulting", "TI", 12, "c", GREY)
    d.line(150, 100, W - 150, 100, 0.5)
    d.text(
        W / 2,
        114,
        "12 Albion Mews, Headingley, Leeds LS6 3AB   |   priya@ramandata.co.uk   |   07700 914 262",
        "T",
        9,
        "c",
    )
    d.text(60, 160, "INVOICE", "TB", 16)
    d.text(60, 190, "To:", "TB", 11)
    for i, t in enumerate(
        [
            "Northbridge Housing Association",
            "Finance Department",
            "3 Wellington Place",
            "Leeds LS1 4AP",
        ]
    ):
        d.text(60, 205 + i * 14, t, "T", 11)
    kv = [
        ("Invoice no:", "PR-2026-007"),
        ("Date:", "27 February 2026"),
        ("PO ref:", "NHA-PO-55170"),
        ("Payment due:", "29 March 2026"),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(360, 190 + i * 15, k, "TB", 11)
        d.text(445, 190 + i * 15, v, "T", 11)
    tr = [(a, qty_s(qn), nf(u), nf(v)) for a, qn, u, v in lines]
    y = table(
        d,
        60,
        290,
        [
            ("Description", 290, "l"),
            ("Qty/Days", 55, "r"),
            ("Rate (£)", 65, "r"),
            ("Amount (£)", W - 120 - 410, "r"),
        ],
        tr,
        "T",
        10.5,
        "TB",
        lead=20,
        grid=True,
    )
    x1 = 340
    for i, (k, v) in enumerate(
        [("Subtotal", gbp(net)), ("VAT at 20%", gbp(vat)), ("Total due", gbp(total))]
    ):
        f = "TB" if i == 2 else "T"
        d.text(x1, y + 22 + i * 17, k, f, 11)
        d.text(W - 63, y + 22 + i * 17, v, f, 11, "r")
    d.line(x1, y + 22 + 17 + 6, W - 60, y + 22 + 17 + 6, 0.5)
    y += 110
    d.text(
        60,
        y,
        "Payment terms: 30 days. Please pay by bank transfer quoting the invoice number.",
        "T",
        10.5,
    )
    for i, t in enumerate(
        [
            "Account name: Raman Data Consulting Ltd",
            "Bank: Starling Bank",
            "Sort code: 60-83-71   Account no: 28419066",
        ]
    ):
        d.text(60, y + 20 + i * 14, t, "T", 10.5)
    d.text(
        60, y + 80, "Thank you - it was a pleasure working with the Northbridge team.", "TI", 10.5
    )
    d.line(60, 780, W - 60, 780, 0.4, GREY)
    d.text(
        W / 2,
        794,
        "Raman Data Consulting Ltd  -  Registered in England and Wales, company no. 13822407",
        "T",
        8,
        "c",
        GREY,
    )
    d.text(
        W / 2,
        805,
        "Registered office: 12 Albion Mews, Leeds LS6 3AB  -  VAT reg. no. GB 402 7719 58",
        "T",
        8,
        "c",
        GREY,
    )
    t = truth(
        number="PR-2026-007",
        date="2026-02-27",
        due="2026-03-29",
        vendor="Raman Data Consulting Ltd",
        amount=net,
        vat=vat,
        total=total,
        cur="GBP",
        loc="en-GB",
        layout="invoice",
        dtype="invoice",
        items=lines,
        note="Letterhead carries only the consultant's personal name; the selling company (Ltd) appears in the bank account name and the footer. Fractional quantity 6.5 days; PO reference and a customer block near the number.",
        kind=kind,
    )
    return d, t


def i05(name, kind):
    """AR: Factura A from a print shop (AFIP layout), CAE expiry as a distractor date."""
    d = Doc(name, *A4)
    W = A4[0]
    ars = lambda v: nf(v, th=".", dp=",")  # noqa: E731
    rows = [
        ("001", "Folletos A5 color 4/4 ilustración 150 g", D(5000), "unidades", D("38.50")),
        ("002", "Tarjetas personales 9x5 cm laminado mate", D(1000), "unidades", D("42.00")),
        ("003", "Banner lona front 2 x 1 m con ojales", D(2), "unidades", D("58900.00")),
    ]
    lines = [(c, a, qn, um, u, q2(qn * u)) for c, a, qn, um, u in rows]
    net = sum(x[5] for x in lines)
    iva = q2(net * D("0.21"))
    total = net + iva
    d.rect(30, 30, W - 60, 22, 0.8)
    d.text(W / 2, 45, "ORIGINAL", "HB", 11, "c")
    d.rect(30, 52, W - 60, 150, 0.8)
    d.line(W / 2, 92, W / 2, 202, 0.8)
    d.rect(W / 2 - 22, 52, 44, 40, 0.8, fill=(1, 1, 1))
    d.text(W / 2, 77, "A", "HB", 26, "c")
    d.text(W / 2, 89, "COD. 01", "HB", 6, "c")
    d.text(40, 84, "GRÁFICA DEL SUR", "HB", 17)
    for i, (k, v) in enumerate(
        [
            ("Razón Social:", "Imprenta Gráfica del Sur S.R.L."),
            ("Domicilio Comercial:", "Av. Belgrano 2841 - Mar del Plata, Buenos Aires"),
            ("Condición frente al IVA:", "IVA Responsable Inscripto"),
        ]
    ):
        d.text(40, 115 + i * 26, k, "HB", 8)
        d.text(40, 126 + i * 26, v, "H", 8)
    d.text(W / 2 + 30, 76, "FACTURA", "HB", 17)
    kv = [
        ("Punto de Venta:", "0004"),
        ("Comp. Nro:", "00002871"),
        ("Fecha de Emisión:", "12/03/2026"),
        ("CUIT:", "30-71548823-9"),
        ("Ingresos Brutos:", "30-71548823-9"),
        ("Fecha de Inicio de Actividades:", "01/08/2016"),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(W / 2 + 10, 108 + i * 15, k, "HB", 8)
        d.text(W / 2 + 10 + d.sw(k, "HB", 8) + 5, 108 + i * 15, v, "H", 8)
    d.rect(30, 206, W - 60, 20, 0.8)
    d.text(40, 219, "Período Facturado Desde: 12/03/2026", "HB", 8)
    d.text(230, 219, "Hasta: 12/03/2026", "HB", 8)
    d.text(W - 40, 219, "Fecha de Vto. para el pago: 26/03/2026", "HB", 8, "r")
    d.rect(30, 230, W - 60, 56, 0.8)
    d.text(40, 245, "CUIT: 30-70981243-5", "HB", 8)
    d.text(220, 245, "Apellido y Nombre / Razón Social: Costa Atlántica Turismo S.A.", "HB", 8)
    d.text(40, 262, "Condición frente al IVA: IVA Responsable Inscripto", "H", 8)
    d.text(300, 262, "Domicilio: Güemes 3102, Mar del Plata", "H", 8)
    d.text(40, 278, "Condición de venta: Cuenta Corriente", "H", 8)
    tr = [
        (c, a, qty_s(qn), um, ars(u), "0,00", ars(v), "21%", ars(v)) for c, a, qn, um, u, v in lines
    ]
    table(
        d,
        30,
        292,
        [
            ("Código", 38, "l"),
            ("Producto / Servicio", 170, "l"),
            ("Cantidad", 45, "r"),
            ("U. Medida", 48, "l"),
            ("Precio Unit.", 58, "r"),
            ("% Bonif", 35, "r"),
            ("Subtotal", 58, "r"),
            ("Alíc. IVA", 45, "r"),
            ("Subt. c/IVA", W - 60 - 497, "r"),
        ],
        tr,
        "H",
        7,
        "HB",
        hsize=6.6,
        lead=16,
        hfill=(0.85, 0.85, 0.85),
    )
    y = 600
    d.rect(30, y, W - 60, 130, 0.8)
    tot = [
        ("Importe Neto Gravado: $", ars(net)),
        ("IVA 27%: $", "0,00"),
        ("IVA 21%: $", ars(iva)),
        ("IVA 10.5%: $", "0,00"),
        ("IVA 5%: $", "0,00"),
        ("IVA 2.5%: $", "0,00"),
        ("IVA 0%: $", "0,00"),
        ("Importe Otros Tributos: $", "0,00"),
        ("Importe Total: $", ars(total)),
    ]
    for i, (k, v) in enumerate(tot):
        d.text(430, y + 14 + i * 13.5, k, "HB", 8, "r")
        d.text(W - 40, y + 14 + i * 13.5, v, "HB", 8, "r")
    d.text(40, y + 20, "Otros Tributos", "HB", 8)
    d.text(40, y + 34, "Descripción", "H", 7)
    d.text(200, y + 34, "Importe", "H", 7)
    d.text(40, y + 48, "Percepción IIBB", "H", 7)
    d.text(200, y + 48, "0,00", "H", 7)
    d.qr(40, 745, 62, seed_of(name))
    d.text(115, 770, "Comprobante Autorizado", "HB", 9)
    d.text(
        115,
        784,
        "Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación",
        "HO",
        6,
    )
    d.text(W - 40, 765, "CAE N°: 76118342905517", "HB", 8.5, "r")
    d.text(W - 40, 780, "Fecha de Vto. de CAE: 22/03/2026", "HB", 8.5, "r")
    d.text(W / 2, 815, "Pág. 1/1", "HB", 8, "c")
    items = [(a, qn, u, v) for _, a, qn, _, u, v in lines]
    t = truth(
        number="0004-00002871",
        date="2026-03-12",
        due="2026-03-26",
        vendor="Imprenta Gráfica del Sur S.R.L.",
        amount=net,
        vat=iva,
        total=total,
        cur="ARS",
        loc="es-AR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="AFIP Factura A scanned into an image-only PDF: number split into Punto de Venta 0004 + Comp. Nro 00002871; CAE expiry date (22/03/2026) and period dates next to the real due date; zero rows for every other IVA rate; dot thousands / comma decimals; header shows the brand, legal name after 'Razón Social'.",
        kind=kind,
    )
    return d, t


def i06(name, kind):  # noqa: C901
    """AU: equipment hire tax invoice over two pages, deposit deducted after the total."""
    d = Doc(name, *A4)
    W = A4[0]
    aud = lambda v: "$" + nf(v)  # noqa: E731
    hire = [
        (
            "Excavator 1.7t (Kubota U17)",
            "EX17-0442",
            "02/03/2026 07:10",
            "06/03/2026 15:40",
            D(5),
            "day",
            D("285.00"),
        ),
        (
            "Hydraulic breaker attachment",
            "HB-0118",
            "02/03/2026 07:10",
            "04/03/2026 16:05",
            D(3),
            "day",
            D("95.00"),
        ),
        (
            "Plate compactor 90kg",
            "PC90-2210",
            "03/03/2026 06:50",
            "06/03/2026 15:40",
            D(4),
            "day",
            D("62.00"),
        ),
        (
            "Box trailer 2.0t",
            "TR20-0037",
            "02/03/2026 07:10",
            "06/03/2026 15:40",
            D(5),
            "day",
            D("55.00"),
        ),
        (
            "Generator 6 kVA",
            "GN6-0871",
            "04/03/2026 07:00",
            "06/03/2026 15:40",
            D(3),
            "day",
            D("78.00"),
        ),
        (
            "Rotating laser level kit",
            "LL-0093",
            "05/03/2026 07:30",
            "06/03/2026 15:40",
            D(2),
            "day",
            D("48.00"),
        ),
        (
            "Concrete mixer 3.5 cu ft",
            "CM35-0152",
            "05/03/2026 07:30",
            "06/03/2026 15:40",
            D(2),
            "day",
            D("40.00"),
        ),
    ]
    hire_lines = [(a, qn, u, q2(qn * u)) for a, _, _, _, qn, _, u in hire]
    hire_sum = sum(x[3] for x in hire_lines)
    waiver = q2(hire_sum * D("0.08"))
    extras = [
        ("Damage waiver 8% of hire", D(1), waiver),
        ("Delivery & collection - Zone 2", D(1), D("180.00")),
        ("Fuel refill diesel (L)", D(24), D("2.35")),
        ("Cleaning fee - excavator", D(1), D("45.00")),
    ]
    extra_lines = [(a, qn, u, q2(qn * u)) for a, qn, u in extras]
    lines = hire_lines + extra_lines
    net = sum(x[3] for x in lines)
    gst = q2(net * D("0.10"))
    total = net + gst
    deposit = D("500.00")

    def header(page):
        d.rect(0, 0, W, 70, 0, None, (0.98, 0.78, 0.1))
        d.text(40, 45, "HIREPOINT", "SB", 26, color=(0.1, 0.1, 0.1))
        d.text(
            40 + d.sw("HIREPOINT", "SB", 26) + 8,
            45,
            "equipment hire",
            "S",
            12,
            color=(0.1, 0.1, 0.1),
        )
        d.text(W - 40, 32, "TAX INVOICE", "SB", 14, "r")
        d.text(W - 40, 50, f"Page {page} of 2", "S", 8.5, "r")

    header(1)
    d.text(40, 100, "Hirepoint Geelong", "SB", 9)
    for i, t in enumerate(
        ["88 Fyans Street, South Geelong VIC 3220", "(03) 5221 4470  -  geelong@hirepoint.com.au"]
    ):
        d.text(40, 112 + i * 11, t, "S", 8.5)
    kv = [
        ("Invoice No", "HP-INV-104552"),
        ("Invoice Date", "06/03/2026"),
        ("Contract No", "GL-C-77310"),
        ("Customer No", "C004812"),
        ("Order / PO", "Site 14 Armstrong Creek"),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(360, 95 + i * 12, k, "S", 8.5, color=GREY)
        d.text(W - 40, 95 + i * 12, v, "SB" if i == 0 else "S", 8.5, "r")
    d.rect(40, 165, 250, 70, 0.5, GREY)
    d.text(48, 179, "INVOICE TO", "SB", 7.5, color=GREY)
    for i, t in enumerate(
        [
            "Barwon Landscape Constructions Pty Ltd",
            "PO Box 512",
            "Belmont VIC 3216",
            "ABN 61 604 118 927",
        ]
    ):
        d.text(48, 192 + i * 11, t, "S", 8.5)
    d.rect(305, 165, W - 40 - 305, 70, 0.5, GREY)
    d.text(313, 179, "DELIVERED TO", "SB", 7.5, color=GREY)
    for i, t in enumerate(
        [
            "Lot 14, Horseshoe Bend Road",
            "Armstrong Creek VIC 3217",
            "Site contact: Dean 0412 558 301",
        ]
    ):
        d.text(313, 192 + i * 11, t, "S", 8.5)
    cols = [
        ("Item / Asset", 250, "l"),
        ("Qty", 45, "r"),
        ("Unit", 45, "l"),
        ("Rate", 70, "r"),
        ("Amount ex GST", W - 80 - 410, "r"),
    ]
    y = 255
    d.rect(40, y, W - 80, 16, 0, None, (0.15, 0.15, 0.15))
    cx = 40
    for t, w, al in cols:
        d.text(cx + 3 if al == "l" else cx + w - 3, y + 11.5, t, "SB", 8, al, (1, 1, 1))
        cx += w
    y += 30
    for (a, asset, out, back, qn, unit, u), (_, _, _, amt) in zip(hire, hire_lines, strict=True):
        d.text(43, y, a, "SB", 8.5)
        d.text(43 + 250 + 42, y, qty_s(qn), "S", 8.5, "r")
        d.text(43 + 295, y, unit + "s", "S", 8.5)
        d.text(40 + 410 - 3, y, nf(u), "S", 8.5, "r")
        d.text(W - 43, y, nf(amt), "S", 8.5, "r")
        d.text(43, y + 11, f"Asset {asset}   Out {out}   In {back}", "C", 7.5, color=GREY)
        d.line(40, y + 17, W - 40, y + 17, 0.3, LIGHT)
        y += 29
    d.text(W - 40, y + 10, "Continued on page 2", "SO", 8, "r", GREY)
    d.text(
        40,
        812,
        "Hirepoint is a registered business name of Hirepoint Equipment Pty Ltd  ABN 37 118 664 205",
        "S",
        7,
        color=GREY,
    )
    d.new_page()
    header(2)
    d.text(40, 100, "Invoice HP-INV-104552 (continued)", "SB", 9)
    y = 125
    for a, qn, u, amt in extra_lines:
        d.text(43, y, a, "SB", 8.5)
        d.text(43 + 250 + 42, y, qty_s(qn), "S", 8.5, "r")
        d.text(43 + 295, y, "ea" if qn == 1 else "L", "S", 8.5)
        d.text(40 + 410 - 3, y, nf(u), "S", 8.5, "r")
        d.text(W - 43, y, nf(amt), "S", 8.5, "r")
        d.line(40, y + 6, W - 40, y + 6, 0.3, LIGHT)
        y += 20
    y += 15
    tot = [
        ("Subtotal (ex GST)", aud(net)),
        ("GST 10%", aud(gst)),
        ("Invoice total (inc GST)", aud(total)),
        ("Less deposit received 02/03/2026", "-" + aud(deposit)),
        ("BALANCE DUE", aud(total - deposit)),
    ]
    for i, (k, v) in enumerate(tot):
        f = "SB" if i in (2, 4) else "S"
        d.text(330, y + i * 15, k, f, 9)
        d.text(W - 43, y + i * 15, v, f, 9, "r")
    d.rect(325, y + 4 * 15 - 12, W - 40 - 325, 17, 0.8)
    y += 100
    d.text(40, y, "Terms: 14 days from invoice date. Due 20/03/2026.", "S", 8.5)
    d.text(40, y + 12, "Overdue accounts may incur interest at 1.5% per month.", "S", 8.5)
    y += 50
    d.line(40, y, W - 40, y, 0.6, GREY, dash=[4, 3])
    d.text(W / 2, y + 10, "--- detach and return with your payment ---", "S", 7, "c", GREY)
    y += 35
    d.text(40, y, "REMITTANCE ADVICE", "SB", 11)
    for i, t in enumerate(
        [
            "Remit to: Hirepoint Equipment Pty Ltd",
            "BSB 063-521   Account 1044 8812",
            "Reference: HP-INV-104552",
            "BPAY Biller code 482117  Ref 00104552",
        ]
    ):
        d.text(40, y + 18 + i * 12, t, "S", 8.5)
    for i, (k, v) in enumerate(
        [
            ("Customer No", "C004812"),
            ("Invoice No", "HP-INV-104552"),
            ("Amount due", aud(total - deposit)),
            ("Due date", "20/03/2026"),
        ]
    ):
        d.text(360, y + 18 + i * 12, k, "S", 8.5, color=GREY)
        d.text(W - 40, y + 18 + i * 12, v, "SB", 8.5, "r")
    d.text(
        40,
        812,
        "Hirepoint Equipment Pty Ltd  ABN 37 118 664 205  -  All hire subject to Hirepoint hire conditions",
        "S",
        7,
        color=GREY,
    )
    t = truth(
        number="HP-INV-104552",
        date="2026-03-06",
        due="2026-03-20",
        vendor="Hirepoint Equipment Pty Ltd",
        amount=net,
        vat=gst,
        total=total,
        cur="AUD",
        loc="en-AU",
        layout="invoice",
        dtype="invoice",
        items=lines,
        note="Two-page PDF: items on page 1, extras and totals on page 2; a deposit is deducted after the invoice total, so 'BALANCE DUE' (total - 500) is not the total; the due date is only in the terms sentence and the remittance slip; brand 'HIREPOINT' in the banner, legal Pty Ltd in small print and remit-to.",
        kind=kind,
    )
    return d, t


def i07(name, kind):
    """NZ: electricity bill, photographed after being folded in three."""
    d = Doc(name, *A4)
    W = A4[0]
    nzd = lambda v: "$" + nf(v)  # noqa: E731
    rows = [
        ("Daily fixed charge", "28 days", D(28), D("1.3800")),
        ("Anytime usage", "412 kWh", D(412), D("0.2815")),
        ("Electricity Authority levy", "412 kWh", D(412), D("0.0013")),
    ]
    lines = [(a, qty, qn, u, q2(qn * u)) for a, qty, qn, u in rows]
    net = sum(x[4] for x in lines)
    gst = q2(net * D("0.15"))
    total = net + gst
    prev = D("165.20")
    green = (0.05, 0.45, 0.3)
    d.circle(60, 60, 20, fill=green)
    d.poly([(52, 50), (66, 50), (58, 62), (68, 62), (50, 78), (56, 64), (48, 64)], fill=(1, 1, 1))
    d.text(90, 58, "harbourside", "SB", 20, color=green)
    d.text(90, 76, "energy", "S", 14, color=green)
    d.text(W - 40, 52, "Your electricity bill", "SB", 13, "r")
    d.text(W - 40, 68, "Tax invoice", "S", 9, "r", GREY)
    d.text(40, 130, "Mr T & Mrs A Whaanga", "S", 10)
    d.text(40, 144, "Whaanga Plumbing Ltd", "S", 10)
    d.text(40, 158, "27 Kowhai Street", "S", 10)
    d.text(40, 172, "Hamilton East, Hamilton 3216", "S", 10)
    kv = [
        ("Account number", "4410 2281 7"),
        ("Invoice number", "INV 40871126"),
        ("Bill date", "9 March 2026"),
        ("Billing period", "9 Feb - 8 Mar 2026"),
        ("ICP number", "0001423810UNB7D"),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(330, 118 + i * 14, k, "S", 9, color=GREY)
        d.text(W - 40, 118 + i * 14, v, "S", 9, "r")
    d.rect(40, 205, W - 80, 62, 0, None, (0.9, 0.95, 0.92))
    d.text(55, 228, "Amount due", "S", 11, color=green)
    d.text(55, 253, nzd(total), "SB", 22, color=green)
    d.text(W - 55, 228, "Due date", "S", 11, "r", green)
    d.text(W - 55, 253, "23 March 2026", "SB", 16, "r", green)
    y = 300
    d.text(40, y, "Account summary", "SB", 11)
    for i, (k, v) in enumerate(
        [
            ("Previous bill", nzd(prev)),
            ("Payment received 20 Feb - thank you", nzd(prev) + " CR"),
            ("Balance", "$0.00"),
            ("New charges this bill (incl. GST)", nzd(total)),
            ("Total amount due", nzd(total)),
        ]
    ):
        f = "SB" if i == 4 else "S"
        d.text(40, y + 18 + i * 15, k, f, 9.5)
        d.text(W - 40, y + 18 + i * 15, v, f, 9.5, "r")
    y = 410
    d.text(40, y, "Your charges - 8 Bridge Street, Hamilton East", "SB", 11)
    tr = [(a, qty, "$" + f"{u:.4f}", nzd(v)) for a, qty, _, u, v in lines]
    y = table(
        d,
        40,
        y + 6,
        [
            ("Charge", 230, "l"),
            ("Quantity", 90, "r"),
            ("Rate (excl. GST)", 100, "r"),
            ("Amount", W - 80 - 420, "r"),
        ],
        tr,
        "S",
        9,
        "SB",
        lead=16,
        hcolor=GREY,
    )
    d.line(40, y + 2, W - 40, y + 2, 0.6)
    for i, (k, v) in enumerate(
        [
            ("Total charges excl. GST", nzd(net)),
            ("GST 15%", nzd(gst)),
            ("Total new charges", nzd(total)),
        ]
    ):
        f = "SB" if i == 2 else "S"
        d.text(300, y + 17 + i * 15, k, f, 9.5)
        d.text(W - 43, y + 17 + i * 15, v, f, 9.5, "r")
    y += 80
    d.text(40, y, "Meter readings", "SB", 10)
    table(
        d,
        40,
        y + 5,
        [
            ("Meter", 120, "l"),
            ("Previous (9 Feb)", 120, "r"),
            ("Current (8 Mar) A", 120, "r"),
            ("Units", 80, "r"),
        ],
        [("22918471 Anytime", "48 117", "48 529", "412")],
        "S",
        9,
        "S",
        lead=15,
        hcolor=GREY,
    )
    y += 60
    d.line(40, y, W - 40, y, 0.6, GREY, dash=[4, 3])
    d.text(40, y + 18, "PAYMENT SLIP", "SB", 10)
    for i, t in enumerate(
        [
            "Internet banking: 12-3015-0442817-00",
            "Reference: 441022817",
            "Particulars: INV 40871126",
        ]
    ):
        d.text(40, y + 32 + i * 12, t, "S", 9)
    d.text(W - 40, y + 32, "Amount due " + nzd(total), "SB", 10, "r")
    d.text(W - 40, y + 46, "Due 23 March 2026", "S", 9, "r")
    d.text(
        40,
        805,
        "Harbourside Energy Limited  -  GST No. 112-408-661  -  PO Box 9120, Hamilton 3240  -  0800 427 282  -  harboursideenergy.co.nz",
        "S",
        6.8,
        color=GREY,
    )
    items = [(a, qn, u, v) for a, _, qn, u, v in lines]
    t = truth(
        number="INV 40871126",
        date="2026-03-09",
        due="2026-03-23",
        vendor="Harbourside Energy Limited",
        amount=net,
        vat=gst,
        total=total,
        cur="NZD",
        loc="en-NZ",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Phone photo of a tri-folded utility bill on a desk: previous bill and payment amounts near the total, four-decimal unit rates, ICP and account numbers near the invoice number; logo is a lowercase wordmark, the legal name only in the tiny footer.",
        kind=kind,
    )
    return d, t


def i08(name, kind):
    """IN: GST tax invoice from a distributor (CGST + SGST, two rates, round off)."""
    d = Doc(name, *A4)
    W = A4[0]
    inr = lambda v: nf(v, indian=True)  # noqa: E731
    rows = [
        (
            "FR PVC insulated wire 1.5 sq mm (90 m coil)",
            "85444920",
            D(40),
            "Nos",
            D("1285.00"),
            D(18),
        ),
        ("MCB 32A double pole C-curve", "85362030", D(120), "Nos", D("348.50"), D(18)),
        ("LED batten 20W 4 ft cool white", "94054900", D(200), "Nos", D("179.00"), D(12)),
        ("PVC conduit pipe 25 mm x 3 m", "39172390", D(300), "Nos", D("46.25"), D(18)),
    ]
    lines = [(a, h, qn, um, u, r, q2(qn * u)) for a, h, qn, um, u, r in rows]
    net = sum(x[6] for x in lines)
    by_rate: dict[Decimal, Decimal] = {}
    for x in lines:
        by_rate[x[5]] = by_rate.get(x[5], Z) + x[6]
    taxes = {r: q2(v * r / 2 / 100) for r, v in by_rate.items()}
    tax = sum(2 * v for v in taxes.values())
    gross = net + tax
    total = gross.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    ro = total - gross
    x0, x1 = 28, W - 28
    d.text(W / 2, 36, "TAX INVOICE", "RB", 13, "c")
    d.text(x1, 36, "(ORIGINAL FOR RECIPIENT)", "R", 7, "r")
    d.rect(x0, 44, x1 - x0, 96, 0.8)
    d.line(W / 2 + 20, 44, W / 2 + 20, 140, 0.8)
    d.text(x0 + 6, 60, "SAHYADRI TRADE LINKS PVT. LTD.", "RB", 11)
    for i, t in enumerate(
        [
            "Gala No. 7, Shree Krishna Ind. Estate, Bhosari MIDC",
            "Pune, Maharashtra - 411026",
            "GSTIN/UIN: 27AAKCS4418M1Z3",
            "State Name: Maharashtra, Code: 27",
            "E-Mail: accounts@sahyadritrade.in",
        ]
    ):
        d.text(x0 + 6, 74 + i * 12, t, "R", 8)
    kv = [
        ("Invoice No.", "STL/25-26/1487"),
        ("Dated", "18-Mar-2026"),
        ("Delivery Note", "DN-2231"),
        ("Mode/Terms of Payment", "30 days credit"),
        ("Due Date", "17-Apr-2026"),
        ("Buyer's Order No.", "PO/EC/0392"),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(W / 2 + 26, 58 + i * 13.5, k, "R", 7.5)
        d.text(x1 - 6, 58 + i * 13.5, v, "RB", 8, "r")
    d.rect(x0, 140, x1 - x0, 66, 0.8)
    d.text(x0 + 6, 153, "Buyer (Bill to)", "R", 7.5)
    for i, t in enumerate(
        [
            "ELECTROCRAFT CONTRACTORS",
            "Office 4, Laxmi Plaza, Baner Road, Pune - 411045",
            "GSTIN/UIN: 27ABEFE2290K1ZQ   State Name: Maharashtra, Code: 27",
        ]
    ):
        d.text(x0 + 6, 166 + i * 12, t, "RB" if i == 0 else "R", 8)
    cols = [
        ("Sl", 20, "c"),
        ("Description of Goods", 190, "l"),
        ("HSN/SAC", 55, "l"),
        ("GST", 30, "r"),
        ("Quantity", 55, "r"),
        ("Rate", 60, "r"),
        ("per", 28, "l"),
        ("Amount", x1 - x0 - 438, "r"),
    ]
    tr = [
        (str(i + 1), a, h, f"{r} %", f"{qty_s(qn)} {um}", inr(u), um, inr(v))
        for i, (a, h, qn, um, u, r, v) in enumerate(lines)
    ]
    y = table(d, x0, 206, cols, tr, "R", 8, "RB", lead=18, grid=True)
    y0 = y
    extra = []
    for r in sorted(taxes):
        extra.append((f"Output CGST @ {r / 2:g}%", inr(taxes[r])))
        extra.append((f"Output SGST @ {r / 2:g}%", inr(taxes[r])))
    extra.append(("Round Off", inr(ro)))
    for i, (k, v) in enumerate(extra):
        d.text(x0 + 26, y + 13 + i * 13, k, "RI", 8)
        d.text(x1 - 3, y + 13 + i * 13, v, "R", 8, "r")
    y += 13 * len(extra) + 8
    d.line(x0, y, x1, y, 0.8)
    d.text(x0 + 26, y + 13, "Total", "RB", 9)
    d.text(x0 + 20 + 190 + 55 + 30 + 52, y + 13, "660 Nos", "RB", 8.5, "r")
    d.text(x1 - 3, y + 13, "₹ " + inr(total), "RB", 9.5, "r")
    y += 20
    d.rect(x0, y0, x1 - x0, y - y0, 0.8)
    d.text(x0 + 6, y + 14, "Amount Chargeable (in words)", "R", 7.5)
    d.text(
        x0 + 6, y + 27, "INR One Lakh Sixty Six Thousand Four Hundred Sixty Eight Only", "RB", 8.5
    )
    y += 40
    hc = [
        ("HSN/SAC", 80, "l"),
        ("Taxable Value", 90, "r"),
        ("CGST Rate", 55, "r"),
        ("CGST Amount", 80, "r"),
        ("SGST Rate", 55, "r"),
        ("SGST Amount", 80, "r"),
        ("Total Tax", x1 - x0 - 440, "r"),
    ]
    hr = []
    hsn_vals: dict[tuple, Decimal] = {}
    for _a, h, _qn, _um, _u, r, v in lines:
        hsn_vals[(h, r)] = hsn_vals.get((h, r), Z) + v
    for (h, r), v in hsn_vals.items():
        c = q2(v * r / 2 / 100)
        hr.append((h, inr(v), f"{r / 2:g}%", inr(c), f"{r / 2:g}%", inr(c), inr(2 * c)))
    hr.append(("Total", inr(net), "", inr(tax / 2), "", inr(tax / 2), inr(tax)))
    y = table(d, x0, y, hc, hr, "R", 7.5, "RB", lead=14, grid=True)
    d.text(
        x0 + 6,
        y + 14,
        "Tax Amount (in words): INR Twenty Three Thousand Five Hundred Seventy Three and Ten paise Only",
        "R",
        7.5,
    )
    y += 30
    d.text(x0 + 6, y + 10, "Company's Bank Details", "RB", 8)
    for i, t in enumerate(
        [
            "Bank Name: HDFC Bank Ltd",
            "A/c No.: 50200061448217",
            "Branch & IFS Code: Bhosari, HDFC0001794",
        ]
    ):
        d.text(x0 + 6, y + 23 + i * 11, t, "R", 7.5)
    d.text(x1 - 6, y + 10, "for SAHYADRI TRADE LINKS PVT. LTD.", "RB", 8, "r")
    d.text(x1 - 6, y + 60, "Authorised Signatory", "R", 7.5, "r")
    d.text(x0 + 6, y + 60, "Company's PAN: AAKCS4418M", "R", 7.5)
    d.text(
        x0 + 6,
        y + 80,
        "Declaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.",
        "R",
        6.8,
    )
    d.text(
        W / 2,
        815,
        "SUBJECT TO PUNE JURISDICTION  -  This is a Computer Generated Invoice",
        "R",
        7,
        "c",
    )
    items = [(a, qn, u, v) for a, _, qn, _, u, _, v in lines]
    t = truth(
        number="STL/25-26/1487",
        date="2026-03-18",
        due="2026-04-17",
        vendor="SAHYADRI TRADE LINKS PVT. LTD.",
        amount=net,
        vat=tax,
        total=total,
        cur="INR",
        loc="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Tally-style GST invoice: CGST+SGST at two rates (9%+9%, 6%+6%) must be summed; Round Off line (-0.10); lakh grouping (1,66,468.00); fiscal-year invoice number; net only in the HSN summary 'Total' row; vendor printed only in capitals (keyed as printed).",
        kind=kind,
        rounding=ro,
    )
    return d, t


# --------------------------------------------------------------------------- receipts


def r01(name, kind):
    """CA (Ontario): supermarket, HST on flagged items only, cash rounding to 5 cents."""
    d = Doc(name, 80 * mm)
    R = Roll(d, "M", 7.6)
    items = [
        ("MILK 2% 4L", None, None, D("6.29"), ""),
        ("BREAD WHOLE WHEAT", None, None, D("3.49"), ""),
        ("BANANAS", D("1.12"), D("1.74"), None, ""),
        ("KETTLE CHIPS 220G", D(2), D("3.79"), None, "H"),
        ("COFFEE MED ROAST 925G", None, None, D("10.99"), ""),
        ("DISH SOAP 709ML", None, None, D("4.49"), "H"),
        ("CHICKEN THIGHS BNLS", None, None, D("9.87"), ""),
        ("GALA APPLES 3LB", None, None, D("5.97"), ""),
        ("SPARKLING WATER 12PK", None, None, D("6.49"), "H"),
    ]
    lines = []
    for a, qn, u, amt, fl in items:
        if amt is None:
            amt = q2(qn * u)
        lines.append((a, qn or D(1), u or amt, amt, fl))
    sub = sum(x[3] for x in lines)
    taxable = sum(x[3] for x in lines if x[4] == "H")
    hst = q2(taxable * D("0.13"))
    tot = sub + hst
    cash_tot = (tot / D("0.05")).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * D("0.05")
    rnd = cash_tot - tot
    d.rect(d.w / 2 - 14, 8, 28, 18, 0, None, (0.2, 0.2, 0.2))
    d.poly([(d.w / 2 - 8, 22), (d.w / 2, 11), (d.w / 2 + 8, 22)], fill=(1, 1, 1))
    R.y = 40
    R.c("MAPLE BASKET", "MB", 13)
    R.c("F O O D S", "M", 8)
    R.gap(0.4)
    R.c("Store #0142  Oakville Uptown")
    R.c("2431 Trafalgar Rd, Oakville ON")
    R.c("(905) 338-1142")
    R.gap(0.5)
    R.lr("03/14/2026 10:42", "LANE 05")
    R.lr("CASHIER: PRIYA", "TRANS 7718")
    R.rule()
    for a, qn, u, amt, fl in lines:
        if u != amt:
            R.left(a)
            R.lr(
                f"  {qty_s(qn)} {'kg' if a == 'BANANAS' else '@'} {'@ $' + nf(u) + '/kg' if a == 'BANANAS' else '$' + nf(u)}",
                f"{nf(amt)} {fl or ' '}",
            )
        else:
            R.lr(a, f"{nf(amt)} {fl or ' '}")
    R.rule()
    R.lr("SUBTOTAL", nf(sub) + "  ")
    R.lr(f"HST 13% ON {nf(taxable)}", nf(hst) + "  ")
    R.lr("TOTAL", nf(tot) + "  ", "MB", 9)
    R.lr("CASH ROUNDING", nf(rnd) + "  ")
    R.lr("CASH TOTAL", nf(cash_tot) + "  ", "MB", 9)
    R.gap(0.4)
    R.lr("CASH", "60.00  ")
    R.lr("CHANGE", nf(D("60.00") - cash_tot) + "  ")
    R.rule(dash=[2, 2])
    R.c(f"ITEMS SOLD {len(lines) + 1}")
    R.c("H = HST APPLICABLE")
    R.gap(0.4)
    R.c("HST# 81442 0918 RT0001")
    R.c("Maple Basket Foods Inc.")
    R.gap(0.4)
    d.barcode(d.w / 2 - 25 * mm, R.y, 50 * mm, 10 * mm, seed_of(name))
    R.y += 10 * mm + R.s * 1.3
    R.c("0142 05 7718 031426")
    R.c("THANK YOU FOR SHOPPING!")
    il = [(a, qn, u, amt) for a, qn, u, amt, _ in lines]
    t = truth(
        number="7718",
        date="2026-03-14",
        due=None,
        vendor="Maple Basket Foods Inc.",
        amount=sub,
        vat=hst,
        total=cash_tot,
        cur="CAD",
        loc="en-CA",
        layout="receipt",
        dtype="receipt",
        items=il,
        note="Grocery scan: HST only on items flagged H; TOTAL 59.53 then CASH ROUNDING +0.02 to CASH TOTAL 59.55 (keyed total = paid 59.55); US-style MM/DD date; weighed item with kg price; legal 'Inc.' name only near the bottom.",
        kind=kind,
        rounding=rnd,
    )
    return d, t


def r02(name, kind):
    """MX: fast-food ticket, IVA included, subtotal before IVA printed."""
    d = Doc(name, 76 * mm)
    R = Roll(d, "CO", 8, margin=3.5 * mm)
    items = [
        ("COMBO CLASICA GDE", D(1), D("139.00")),
        ("PAPAS GRANDES", D(1), D("45.00")),
        ("REFRESCO 600 ML", D(2), D("29.00")),
        ("SUNDAE CAJETA", D(1), D("25.00")),
    ]
    lines = [(a, qn, u, q2(qn * u)) for a, qn, u in items]
    tot = sum(x[3] for x in lines)
    sub = q2(tot / D("1.16"))
    iva = tot - sub
    d.circle(d.w / 2, 22, 14, fill=(0.9, 0.5, 0.05))
    d.text(d.w / 2, 26, "BS", "HB", 12, "c", (1, 1, 1))
    R.y = 52
    R.c("BURGER SOL", "COB", 14)
    R.c("Operadora de Restaurantes", size=7.5)
    R.c("Sol del Norte, S.A. de C.V.", size=7.5)
    R.c("RFC ORS1807236K4", size=7.5)
    R.c("Av. Constitución 1450 Ote.", size=7.5)
    R.c("Centro, Monterrey, N.L. CP 64000", size=7.5)
    R.c("Sucursal 031 Constitución", size=7.5)
    R.gap()
    R.lr("TICKET: 031-118273", "CAJA 2")
    R.lr("FECHA: 14/03/2026", "13:42:08")
    R.left("ATENDIO: LUIS M.   PARA LLEVAR")
    R.rule(dash=[2, 2])
    R.cols([("CANT", 0, "l"), ("DESCRIPCION", 28, "l"), ("IMPORTE", -0.01, "r")])
    R.rule(dash=[2, 2])
    for a, qn, u, v in lines:
        R.cols([(qty_s(qn), 8, "l"), (a, 28, "l"), ("$" + nf(v), -0.01, "r")])
        if qn > 1:
            R.cols([(f"@ ${nf(u)}", 28, "l")], size=7)
    R.rule(dash=[2, 2])
    R.lr("SUBTOTAL:", "$" + nf(sub))
    R.lr("IVA 16%:", "$" + nf(iva))
    R.lr("TOTAL:", "$" + nf(tot), "COB", 10)
    R.gap(0.4)
    R.lr("EFECTIVO:", "$300.00")
    R.lr("SU CAMBIO:", "$" + nf(D("300.00") - tot))
    R.gap(0.4)
    R.c("(DOSCIENTOS SESENTA Y SIETE PESOS 00/100 M.N.)", size=6.5)
    R.gap()
    R.c("FACTURA EN LINEA EN:", size=7.5)
    R.c("facturacion.burgersol.mx", size=7.5)
    R.c("Folio de facturación: 031118273A9", size=7.5)
    R.gap(0.3)
    d.qr(d.w / 2 - 11 * mm, R.y, 22 * mm, seed_of(name))
    R.y += 22 * mm + 10
    R.c("¡GRACIAS POR SU VISITA!", "COB")
    t = truth(
        number="031-118273",
        date="2026-03-14",
        due=None,
        vendor="Operadora de Restaurantes Sol del Norte, S.A. de C.V.",
        amount=sub,
        vat=iva,
        total=tot,
        cur="MXN",
        loc="es-MX",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="Phone photo of a fast-food ticket: brand 'BURGER SOL' big, legal S.A. de C.V. name in two small lines; IVA included in prices but the subtotal before IVA is printed; $ sign for pesos; cash and change lines; total in words.",
        kind=kind,
    )
    return d, t


def r03(name, kind):
    """US (CA): pharmacy, prescription copay non-taxable, sales tax on OTC items."""
    d = Doc(name, 76 * mm)
    R = Roll(d, "M", 7.4, margin=3.5 * mm)
    items = [
        ("RX 6612043 COPAY", D("10.00"), ""),
        ("IBUPROFEN 200MG 100CT", D("8.99"), "T"),
        ("VITAMIN D3 2000IU 90CT", D("11.49"), "T"),
        ("HONEY LEMON DROPS 30CT", D("2.79"), "T"),
        ("ADHESIVE BANDAGES 40CT", D("4.29"), "T"),
    ]
    sub = sum(x[1] for x in items)
    taxable = sum(x[1] for x in items if x[2])
    tax = q2(taxable * D("0.0875"))
    tot = sub + tax
    R.y = 22
    R.c("CEDAR HILL", "MB", 14)
    R.c("PHARMACY", "MB", 10)
    R.c("1820 J Street, Sacramento CA 95811")
    R.c("Pharmacy (916) 442-7719")
    R.gap()
    R.lr("STORE 118  REG 02", "TRANS# 0412")
    R.lr("03/21/2026", "05:18 PM")
    R.rule(dash=[1, 2])
    for a, v, fl in items:
        R.lr(a, f"{nf(v)} {fl or 'N'}")
    R.rule(dash=[1, 2])
    R.lr("SUBTOTAL", nf(sub) + "  ")
    R.lr("SALES TAX 8.750%", nf(tax) + "  ")
    R.lr("TOTAL", nf(tot) + "  ", "MB", 9)
    R.gap(0.4)
    R.lr("VISA CREDIT", nf(tot) + "  ")
    R.left("CARD ************1187  CHIP")
    R.left("AUTH 04418Z   APPROVED")
    R.left("AID A0000000031010")
    R.lr("CHANGE DUE", "0.00  ")
    R.rule(dash=[1, 2])
    R.c("T = TAXABLE  N = NON-TAXABLE")
    R.c("RX COUNSELING AVAILABLE ON REQUEST")
    R.c("Returns within 30 days with receipt.")
    R.c("Rx items are not returnable.")
    R.gap(0.4)
    R.c("Cedar Hill Drug Co. - Pharmacy Lic. PHY 48211", size=6.4)
    R.gap(0.4)
    d.barcode(d.w / 2 - 24 * mm, R.y, 48 * mm, 9 * mm, seed_of(name))
    R.y += 9 * mm + 10
    R.c("118 02 0412 032126")
    il = [(a, 1, v, v) for a, v, _ in items]
    t = truth(
        number="0412",
        date="2026-03-21",
        due=None,
        vendor="Cedar Hill Drug Co.",
        amount=sub,
        vat=tax,
        total=tot,
        cur="USD",
        loc="en-US",
        layout="receipt",
        dtype="receipt",
        items=il,
        note="Faded thermal pharmacy receipt: sales tax only on T-flagged OTC items (Rx copay N); store, register and transaction numbers together (TRANS# keyed); legal 'Drug Co.' name in 6-pt small print under the brand 'CEDAR HILL PHARMACY'.",
        kind=kind,
    )
    return d, t


def r04(name, kind):
    """AU: fuel station tax invoice, GST included."""
    d = Doc(name, 80 * mm)
    R = Roll(d, "M", 7.8)
    litres, cpl = D("42.18"), D("199.9")
    fuel = q2(litres * cpl / 100)
    shop = D("4.50")
    tot = fuel + shop
    gst = q2(tot / 11)
    R.y = 20
    R.c("SOUTHERN CROSS", "MB", 12)
    R.c("FUEL  -  WAURN PONDS", "M", 8)
    R.c("Coastline Petroleum Pty Ltd", size=7)
    R.c("ABN 82 611 940 275", size=7)
    R.c("245 Princes Hwy, Waurn Ponds VIC 3216", size=7)
    R.gap()
    R.c("TAX INVOICE", "MB", 10)
    R.gap(0.3)
    R.lr("07/03/2026 16:22", "Till 1")
    R.lr("Receipt 208814", "Op: 07")
    R.rule()
    R.left("Pump 4  Unleaded 91")
    R.lr(f"  {nf(litres)} L @ {cpl} c/L", "$" + nf(fuel))
    R.lr("Iced Coffee 500ml", "$" + nf(shop))
    R.rule()
    R.lr("TOTAL", "$" + nf(tot), "MB", 10)
    R.lr("Total includes GST", "$" + nf(gst))
    R.gap(0.4)
    R.lr("EFTPOS", "$" + nf(tot))
    R.left("Mastercard ****5530")
    R.left("PURCHASE  APPROVED 00")
    R.left("RRN 000712604418")
    R.rule(dash=[2, 2])
    R.c("Thanks for stopping by!")
    R.c("Fuel rewards: scan the app next time")
    t = truth(
        number="208814",
        date="2026-03-07",
        due=None,
        vendor="Coastline Petroleum Pty Ltd",
        amount=tot - gst,
        vat=gst,
        total=tot,
        cur="AUD",
        loc="en-AU",
        layout="receipt",
        dtype="receipt",
        items=[("Unleaded 91", litres, q2(cpl / 100), fuel), ("Iced Coffee 500ml", 1, shop, shop)],
        note="Curled fuel docket photo: price per litre in cents (199.9 c/L); 'Total includes GST' (1/11) so the net is not printed; brand 'SOUTHERN CROSS FUEL', legal Pty Ltd under it; pump, till and RRN numbers near the receipt number.",
        kind=kind,
    )
    return d, t


def r05(name, kind):
    """MY: restaurant bill with 10% service charge, 6% SST and rounding adjustment."""
    d = Doc(name, 80 * mm)
    R = Roll(d, "S", 7.6)
    items = [
        ("Nasi Lemak Ayam Goreng", D(2), D("14.90")),
        ("Mee Goreng Mamak", D(1), D("11.50")),
        ("Roti Canai", D(2), D("2.20")),
        ("Teh Tarik", D(3), D("3.80")),
        ("Sirap Bandung", D(1), D("4.50")),
    ]
    lines = [(a, qn, u, q2(qn * u)) for a, qn, u in items]
    sub = sum(x[3] for x in lines)
    sc = q2(sub * D("0.10"))
    sst = q2((sub + sc) * D("0.06"))
    before = sub + sc + sst
    tot = (before / D("0.05")).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * D("0.05")
    rnd = tot - before
    R.y = 22
    R.c("RESTORAN SELERA KAMPUNG", "SB", 10)
    R.c("Selera Kampung Sdn. Bhd. (1298451-H)", size=7)
    R.c("No. 12, Jalan SS 15/4, 47500 Subang Jaya", size=7)
    R.c("Selangor  Tel: 03-5612 8890", size=7)
    R.c("SST No: B16-1808-32001247", size=7)
    R.gap()
    R.c("INVOICE", "SB", 9)
    R.lr("Bill No : SK2603-004417", "Table : 14")
    R.lr("Date : 16/03/2026", "Time : 20:07")
    R.lr("Cashier : Aina", "Pax : 4")
    R.rule()
    R.cols([("Item", 0, "l"), ("Qty", 128, "r"), ("Amount", -0.01, "r")], "SB")
    R.rule()
    for a, qn, u, v in lines:
        R.cols([(a, 0, "l"), (qty_s(qn), 128, "r"), (nf(v), -0.01, "r")])
        R.cols([(f"  @ {nf(u)}", 0, "l")], size=6.6)
    R.rule()
    R.lr("Sub Total", nf(sub))
    R.lr("Service Charge 10%", nf(sc))
    R.lr("SST 6%", nf(sst))
    R.lr("Rounding Adj", nf(rnd))
    R.rule()
    R.lr("TOTAL (RM)", nf(tot), "SB", 10)
    R.gap(0.4)
    R.lr("Cash", "100.00")
    R.lr("Change", nf(D("100.00") - tot))
    R.rule(dash=[2, 2])
    R.c("Terima kasih! Sila datang lagi.", "SO", 7.5)
    R.c("Thank you, please come again.", "SO", 7.5)
    t = truth(
        number="SK2603-004417",
        date="2026-03-16",
        due=None,
        vendor="Selera Kampung Sdn. Bhd.",
        amount=sub,
        vat=sst,
        total=tot,
        cur="MYR",
        loc="en-MY",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="Restaurant bill scanned into an image-only PDF: 10% service charge (not a tax; keyed like a tip, outside amount and vat) then SST 6% on subtotal + service charge, Rounding Adj to 5 sen; restaurant name vs Sdn. Bhd. legal name; 'RM' only on the TOTAL line.",
        kind=kind,
        tip=sc,
        rounding=rnd,
    )
    return d, t


def r06(name, kind):
    """NG: convenience store, VAT 7.5% included, naira."""
    d = Doc(name, 58 * mm)
    R = Roll(d, "M", 6.6, margin=2.8 * mm)
    items = [
        ("INDOMIE CHICKEN 70G", D(5), D("300.00")),
        ("PEAK EVAP MILK 160G", D(2), D("850.00")),
        ("COCA-COLA 50CL PET", D(2), D("450.00")),
        ("SLICED BREAD LARGE", D(1), D("1600.00")),
        ("DIGESTIVE BISCUIT", D(1), D("1350.00")),
    ]
    lines = [(a, qn, u, q2(qn * u)) for a, qn, u in items]
    tot = sum(x[3] for x in lines)
    vat = q2(tot * D("7.5") / D("107.5"))
    net = tot - vat
    R.y = 18
    R.c("QUICKMART", "MB", 12)
    R.c("EXPRESS", "M", 7)
    R.c("Plot 4 Admiralty Way, Lekki Ph 1")
    R.c("Lagos.  Tel 0803 441 2290")
    R.gap(0.5)
    R.lr("RCPT: QM-LK1-052281", "")
    R.lr("DATE: 19-03-2026", "19:56")
    R.lr("TILL: 03", "STAFF: BLESSING")
    R.rule(dash=[1, 1.5])
    for a, qn, u, v in lines:
        R.left(a)
        R.lr(f"  {qty_s(qn)} x {nf(u)}", nf(v))
    R.rule(dash=[1, 1.5])
    R.lr("ITEMS", str(sum(x[1] for x in lines)))
    R.lr("TOTAL", "₦" + nf(tot), "MB", 8)
    R.lr("VATABLE AMT", nf(net))
    R.lr("VAT 7.5% (INCL)", nf(vat))
    R.gap(0.4)
    R.lr("POS/CARD (VERVE)", nf(tot))
    R.left("CARD: 506099******4471")
    R.left("STAN 118204  RRN 260319195611")
    R.rule(dash=[1, 1.5])
    R.c("Goods sold in good condition")
    R.c("are not returnable. Thank you!", size=6.6)
    R.gap(0.3)
    R.c("Quickmart Retail Nigeria Limited", size=6.0)
    R.c("RC 1482290  TIN 21889047-0001", size=6.0)
    t = truth(
        number="QM-LK1-052281",
        date="2026-03-19",
        due=None,
        vendor="Quickmart Retail Nigeria Limited",
        amount=net,
        vat=vat,
        total=tot,
        cur="NGN",
        loc="en-NG",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="Creased 58 mm receipt photographed: prices include VAT 7.5% with a 'VATABLE AMT' line; naira sign only on TOTAL; dd-mm-yyyy; card number, STAN and RRN digit runs near the receipt number; legal 'Limited' name in the smallest print at the bottom.",
        kind=kind,
    )
    return d, t


def r07(name, kind):
    """BR: DANFE NFC-e from an electronics shop, e-mailed PDF, discount and Lei 12.741 taxes."""
    d = Doc(name, 80 * mm)
    R = Roll(d, "S", 6.8, margin=3 * mm)
    brl = lambda v: nf(v, th=".", dp=",")  # noqa: E731
    items = [
        ("001", "7891122004417", "FONE BLUETOOTH TWS PULSE X2", D(1), "UN", D("249.90")),
        ("002", "7898600112207", "CABO USB-C 2M TRANCADO", D(2), "UN", D("39.90")),
        ("003", "7891122009511", "CARREGADOR USB-C 20W", D(1), "UN", D("119.00")),
        ("004", "7896044100383", "PELICULA VIDRO 3D CELULAR", D(1), "UN", D("29.90")),
    ]
    lines = [(c, ean, a, qn, um, u, q2(qn * u)) for c, ean, a, qn, um, u in items]
    gross = sum(x[6] for x in lines)
    disc = D("28.60")
    tot = gross - disc
    trib = q2(tot * D("0.3076"))
    R.y = 16
    R.c("ELETRO PONTAL", "SB", 12)
    R.c("PONTAL COMERCIO DE ELETRONICOS LTDA", "SB", 6.6)
    R.c("CNPJ: 21.448.903/0001-57  IE: 118.442.907.113", size=6.4)
    R.c("R. Augusta, 1508 - Consolação, São Paulo - SP", size=6.4)
    R.rule()
    R.c("Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica", "SB", 6.2)
    R.rule()
    R.cols(
        [
            ("Cód.", 0, "l"),
            ("Descrição", 24, "l"),
            ("Qtde", 112, "r"),
            ("UN", 118, "l"),
            ("Vl.Unit", 168, "r"),
            ("Vl.Total", -0.01, "r"),
        ],
        "SB",
        6.2,
    )
    for c, ean, a, qn, um, u, v in lines:
        R.cols([(c, 0, "l"), (a, 24, "l")], size=6.2)
        R.cols(
            [
                (ean, 24, "l"),
                (qty_s(qn), 112, "r"),
                (um, 118, "l"),
                (brl(u), 168, "r"),
                (brl(v), -0.01, "r"),
            ],
            size=6.2,
        )
    R.rule()
    R.lr("Qtde. total de itens", "5")
    R.lr("Valor total R$", brl(gross))
    R.lr("Desconto R$", brl(disc))
    R.lr("Valor a Pagar R$", brl(tot), "SB", 8)
    R.lr("FORMA PAGAMENTO", "VALOR PAGO R$", "SB")
    R.lr("Cartão de Crédito", brl(tot))
    R.lr("Troco R$", "0,00")
    R.rule()
    R.c("Consulte pela Chave de Acesso em", "SB", 6.4)
    R.c("www.nfce.fazenda.sp.gov.br/consulta", size=6.4)
    R.c("3526 0321 4489 0300 0157 6500 1000 0458 1210 4471 8825", "M", 6.0)
    R.rule()
    R.c("CONSUMIDOR NÃO IDENTIFICADO", "SB", 6.4)
    R.rule()
    R.c("NFC-e nº 000045812  Série 001  20/03/2026 15:12:44", "SB", 6.4)
    R.c("Protocolo de autorização: 135260418822071", size=6.4)
    R.c("Data de autorização: 20/03/2026 15:12:46", size=6.4)
    R.gap(0.3)
    d.qr(d.w / 2 - 14 * mm, R.y, 28 * mm, seed_of(name))
    R.y += 28 * mm + 10
    R.c("Tributos Totais Incidentes (Lei Federal 12.741/2012):", size=6.2)
    R.c(f"R$ {brl(trib)}  (Fonte: IBPT)", "SB", 6.4)
    il = [(a, qn, u, v) for _, _, a, qn, _, u, v in lines] + [("Desconto", 1, -disc, -disc)]
    t = truth(
        number="000045812",
        date="2026-03-20",
        due=None,
        vendor="PONTAL COMERCIO DE ELETRONICOS LTDA",
        amount=tot - trib,
        vat=trib,
        total=tot,
        cur="BRL",
        loc="pt-BR",
        layout="receipt",
        dtype="receipt",
        items=il,
        note="E-mailed DANFE NFC-e (80 mm PDF): 'Valor total' before discount vs 'Valor a Pagar' (keyed total); only tax is the Lei 12.741 approximate-tax line (keyed as vat, prices include it); 44-digit access key, protocol and CNPJ digit runs; number after 'NFC-e nº'; legal name in caps under the brand.",
        kind=kind,
    )
    return d, t


def r08(name, kind):
    """JP: taxi receipt in English, yen, consumption tax included, qualified invoice reg. no."""
    d = Doc(name, 58 * mm)
    R = Roll(d, "M", 7.0, margin=3 * mm)
    fare, toll = D("3300"), D("720")
    tot = fare + toll
    tax = (tot / 11).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    R.y = 18
    R.c("RECEIPT", "MB", 11)
    R.gap(0.3)
    R.c("SAKURA KOTSU", "MB", 9)
    R.c("SAKURA KOTSU CO., LTD.", size=6.6)
    R.c("2-14-8 Kiba, Koto-ku, Tokyo", size=6.6)
    R.c("TEL 03-5634-1180", size=6.6)
    R.c("Reg. No. T7010601038842", size=6.6)
    R.rule(dash=[1, 1.5])
    R.lr("No.", "000318")
    R.lr("Date", "2026/03/11")
    R.lr("Ride", "22:18 - 22:48")
    R.lr("Car No.", "4128")
    R.lr("Driver", "0591")
    R.lr("Distance", "14.6 km")
    R.rule(dash=[1, 1.5])
    R.lr("Fare", "¥" + nf(fare, nd=0))
    R.lr("Toll (Expwy)", "¥" + nf(toll, nd=0))
    R.rule(dash=[1, 1.5])
    R.lr("TOTAL", "¥" + nf(tot, nd=0), "MB", 9)
    R.lr("(incl. tax 10%", "¥" + nf(tax, nd=0) + ")")
    R.lr("Paid by", "CREDIT CARD")
    R.rule(dash=[1, 1.5])
    R.c("Thank you for riding with us.", size=6.6)
    t = truth(
        number="000318",
        date="2026-03-11",
        due=None,
        vendor="SAKURA KOTSU CO., LTD.",
        amount=tot - tax,
        vat=tax,
        total=tot,
        cur="JPY",
        loc="en-JP",
        layout="receipt",
        dtype="receipt",
        items=[("Fare", 1, fare, fare), ("Toll (Expwy)", 1, toll, toll)],
        note="Small Tokyo taxi receipt in English, scanned and downscaled: yen without decimals (keyed .00), consumption tax 10% included in brackets, yyyy/mm/dd date, ride time range; qualified-invoice registration number T... next to the receipt number.",
        kind=kind,
    )
    return d, t


# --------------------------------------------------------------------------- set


def _scan_out(pdf, rng, dpi, fmt="png", **kw):
    im = scan(render(pdf, dpi), rng, **kw)
    return png_bytes(im) if fmt == "png" else im


def out_i03(d, pdf, rng):
    return "png", _scan_out(pdf, rng, 200, grey=True, skew=1.3, blur=0.7, noise=5, specks=120)


def out_i05(d, pdf, rng):
    im = _scan_out(pdf, rng, 200, fmt="im", grey=True, skew=-0.9, blur=0.6, noise=6, specks=90)
    return "pdf", image_pdf(im, d.w, d.h, quality=78)


def out_i07(d, pdf, rng):
    return "jpg", photo(
        render(pdf, 200),
        rng,
        long_side=2200,
        bg="stone",
        folds=(1 / 3, 2 / 3),
        tilt=0.035,
        quality=74,
        fill=0.88,
    )


def out_r01(d, pdf, rng):
    return "png", _scan_out(
        pdf, rng, 250, grey=True, skew=-1.6, blur=0.6, noise=5, specks=60, fade=(0.72, 0.95), bed=60
    )


def out_r02(d, pdf, rng):
    return "jpg", photo(
        render(pdf, 300), rng, long_side=1900, bg="wood", creases=1, tilt=0.04, quality=70, fill=0.9
    )


def out_r03(d, pdf, rng):
    return "png", _scan_out(
        pdf,
        rng,
        220,
        grey=False,
        skew=0.8,
        blur=0.65,
        noise=4,
        specks=40,
        fade=(0.5, 0.85),
        bed=50,
        paper=(250, 247, 240),
    )


def out_r04(d, pdf, rng):
    return "jpg", photo(
        render(pdf, 300),
        rng,
        long_side=2000,
        bg="fabric",
        curl=0.05,
        tilt=0.03,
        quality=68,
        fill=0.9,
    )


def out_r05(d, pdf, rng):
    im = _scan_out(
        pdf,
        rng,
        200,
        fmt="im",
        grey=True,
        skew=1.1,
        blur=0.6,
        noise=5,
        specks=50,
        fade=(0.7, 0.95),
        bed=40,
    )
    return "pdf", image_pdf(im, im.width * 72 / 200, im.height * 72 / 200, quality=80)


def out_r06(d, pdf, rng):
    return "jpg", photo(
        render(pdf, 360),
        rng,
        long_side=1700,
        bg="wood",
        creases=3,
        folds=(0.5,),
        tilt=0.04,
        quality=66,
        fill=0.9,
    )


def out_r08(d, pdf, rng):
    return "png", _scan_out(
        pdf,
        rng,
        300,
        grey=True,
        skew=-1.8,
        blur=0.8,
        noise=4,
        specks=40,
        fade=(0.75, 0.95),
        bed=150,
        width=650,
    )


# name, function, kind, output, country, type
DOCS = [
    ("i01", i01, "pdf", None, "KE", "internet / fibre bill (2 pages)"),
    ("i02", i02, "pdf", None, "SG", "SaaS subscription invoice (card-paid)"),
    ("i03", i03, "scan", out_i03, "ZA", "courier invoice"),
    ("i04", i04, "pdf", None, "UK", "consultant's invoice"),
    ("i05", i05, "scan", out_i05, "AR", "print shop Factura A (image-only PDF)"),
    ("i06", i06, "pdf", None, "AU", "equipment hire tax invoice (2 pages)"),
    ("i07", i07, "photo", out_i07, "NZ", "electricity bill"),
    ("i08", i08, "pdf", None, "IN", "GST tax invoice, electrical distributor"),
    ("r01", r01, "scan", out_r01, "CA", "supermarket"),
    ("r02", r02, "photo", out_r02, "MX", "fast food"),
    ("r03", r03, "scan", out_r03, "US", "pharmacy"),
    ("r04", r04, "photo", out_r04, "AU", "fuel station"),
    ("r05", r05, "scan", out_r05, "MY", "restaurant with service charge (image-only PDF)"),
    ("r06", r06, "photo", out_r06, "NG", "convenience store"),
    ("r07", r07, "pdf", None, "BR", "electronics shop NFC-e (e-mailed PDF)"),
    ("r08", r08, "scan", out_r08, "JP", "taxi"),
]

KIND_DESC = {"pdf": "born-digital PDF", "scan": "scan", "photo": "phone photo"}


def build(name, outdir: Path) -> tuple[dict, str]:
    for n, fn, kind, out, _, _ in DOCS:
        if n != name:
            continue
        d, t = fn(n, kind)
        pdf = d.pdf_bytes()
        rng = random.Random(seed_of(n))
        if out is None:
            ext, data = "pdf", pdf
        else:
            ext, data = out(d, pdf, rng)
        (outdir / f"{n}.{ext}").write_bytes(data)
        (outdir / f"{n}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        return t, ext
    raise KeyError(name)


README_HEAD = """# Blind set 2026-14l

A new customer's first month of uploads from the rest of the world: ordinary documents as
real billing systems and shops print them. 8 invoices and 8 till receipts, one or two per
country from KE, SG, ZA, UK, AR, AU, NZ, IN, CA, MX, US, MY, NG, BR, JP (AU twice).
All names, tax ids, bank accounts and addresses are invented.

Generated by `python -m bench.blindsets.blind_2026_14l [OUTDIR] [--only NAME]` (run from the
repository root). Every random choice (usage figures, QR modules, barcodes, skew, noise,
perspective, lighting) is seeded with the CRC-32 of the document name, and PDFs are written
with reportlab `invariant=1`, so re-runs are byte-identical.

## How it is drawn
- Each document has its own drawing function and layout (reportlab canvas): DejaVu Sans /
  Serif / Condensed / Mono and Helvetica / Times / Courier; wordmark logos drawn as shapes;
  boxes, grids, customer blocks, bank / registration footers, QR-ish boxes and barcodes.
  Every text run is checked to stay on the page and not overlap another (`LayoutError`).
- Invoices are A4; receipts are 58 / 76 / 80 mm rolls as long as their content.
- Scans: rendered with pypdfium2 at 200-300 dpi, paper tint, thermal fading for receipts
  (a smooth fade field), scanner-bed margin, skew within +-2 degrees, blur, noise, specks;
  grey or colour; r08 downscaled to 650 px wide.
- Photos: perspective onto a generated wood / fabric / stone texture, drop shadow, uneven
  light, a soft hand/phone shadow, folds (i07 tri-fold, r06 half fold), creases, a curled
  receipt (r04); JPEG quality 66-74; long side 1,700-2,200 px.
- Image-only PDFs (i05, r05): the degraded scan embedded as a JPEG, the only page content.

## Truth conventions
- `amount` = net before tax as printed; `vat` = sum of all taxes printed (null when none);
  `total` = the document's own grand total that the buyer owes/paid for this document.
  The generator asserts `amount + vat + tip + rounding == total` with Decimal values that are
  computed once (ROUND_HALF_UP) and both printed and keyed.
- Prices that include tax (MX, AU fuel, NG, BR, JP): `amount = total - vat`.
  MX prints that net ("SUBTOTAL"), NG prints it ("VATABLE AMT"); AU, BR, JP do not print it.
- Cash rounding / round-off lines are part of the total: r01 total is the CASH TOTAL
  (59.55, after +0.02 rounding; the pre-rounding TOTAL 59.53 is also printed); r05 total
  after "Rounding Adj"; i08 total after "Round Off" (-0.10).
- Service charge (r05, Malaysian 10% service charge) is treated like a tip: it is neither
  in `amount` (= the printed Sub Total) nor in `vat`, but it is in `total`. SST is charged
  on subtotal + service charge.
- Brazil (r07): the only tax line on an NFC-e is the Lei 12.741 "Tributos Totais Incidentes"
  approximate-tax figure; it is keyed as `vat` (prices include it), `amount = total - vat`.
  The NFC-e "Valor total" is before the discount; `total` is "Valor a Pagar".
- Deposits and previous balances are not part of the total: i06 total is the invoice total
  incl. GST, not the balance due after the deposit; i01 / i07 totals are this bill's
  charges (their account summaries show previous balance and payment, which net to 0);
  i02 total is the invoice total even though "Amount due" prints 0.00 (paid by card).
- `vendor_name`: the selling legal entity as printed, including its legal form, when the
  page prints a legal name anywhere (footer, registration line, remit-to, small print);
  otherwise the trading name. Trading names / brands shown in logos are mentioned in `note`.
  Keyed in the capitalisation printed (i08, r07 and r08 print the legal name in capitals).
- `invoice_number`: the document's own number: receipt / ticket / bill / transaction
  number for receipts (r01 and r03 "TRANS", r07 "NFC-e nº", r08 "No."); i05 joins
  Punto de Venta and Comp. Nro as `0004-00002871`, as AFIP prints them together.
- `due_date` only when a date is printed (i06: only in the terms sentence and the slip).
- Dates ISO; amounts strings with two decimals; JPY keyed with `.00`.
- `line_items`: the printed item lines with quantity, unit price and line amount as printed
  (gross where the page prints gross prices); printed discounts / credits are included as
  their own negative line (i01, i02, r07); surcharges printed as separate charges are lines
  (i03 fuel surcharge, i06 damage waiver). Receipt lines without a quantity have quantity 1.
- `locale` is language-country of the page (all English except es-AR, es-MX, pt-BR).
- No credit notes in this set (`document_type` is invoice or receipt).

"""


def write_readme(outdir: Path, rows):
    mix: dict[tuple, int] = {}
    for (n, _, kind, _, _, _), (_t, ext) in rows:
        key = ("invoice" if n.startswith("i") else "receipt", kind, ext)
        mix[key] = mix.get(key, 0) + 1
    out = [README_HEAD, "## Mix\n", "| layout | kind | file | count |", "| --- | --- | --- | --- |"]
    for k in sorted(mix):
        out.append(f"| {k[0]} | {k[1]} | .{k[2]} | {mix[k]} |")
    pdfs = sum(v for k, v in mix.items() if k[1] == "pdf")
    out.append(
        f"\nBorn-digital PDFs: {pdfs} of {len(rows)}; image-only PDFs: {sum(v for k, v in mix.items() if k[1] == 'scan' and k[2] == 'pdf')}.\n"
    )
    out += [
        "## Documents\n",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for (n, _, kind, _, cc, typ), (t, ext) in rows:
        kd = KIND_DESC[kind] + (" (image-only PDF)" if kind == "scan" and ext == "pdf" else "")
        out.append(
            f"| {n}.{ext} | {kd} | {cc} | {typ} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (outdir / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    outdir = Path(a.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for spec in DOCS:
        if a.only and spec[0] != a.only:
            continue
        t, ext = build(spec[0], outdir)
        rows.append((spec, (t, ext)))
        print(f"{spec[0]}.{ext}  {t['total']} {t['currency']}  {t['vendor_name']}")
    if not a.only:
        write_readme(outdir, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
