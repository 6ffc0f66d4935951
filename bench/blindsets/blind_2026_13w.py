# ruff: noqa: E501
"""Blind set 13w: designed invoices (coloured templates) and point-of-sale / e-mailed receipts.

Run from the repository root:

    python -m bench.blindsets.blind_2026_13w [OUTDIR] [--only NAME]

Every random choice of a document is seeded with the CRC-32 of its name, so re-runs are
byte-identical. The module imports nothing from the product.
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
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SET = "13w"
DEFAULT_OUT = "bench/blindsets/blind-2026-13w"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    "DV": "DejaVuSans",
    "DVB": "DejaVuSans-Bold",
    "DVO": "DejaVuSans-Oblique",
    "DVL": "DejaVuSans-ExtraLight",
    "DVC": "DejaVuSansCondensed",
    "DVCB": "DejaVuSansCondensed-Bold",
    "DVS": "DejaVuSerif",
    "DVSB": "DejaVuSerif-Bold",
    "DVSI": "DejaVuSerif-Italic",
    "DVM": "DejaVuSansMono",
    "DVMB": "DejaVuSansMono-Bold",
}
for _k, _v in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, str(FONT_DIR / f"{_v}.ttf")))

D = Decimal
ZERO = D("0.00")


def q(x) -> Decimal:
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D("1"), ROUND_HALF_UP)


def incl(gross: Decimal, rate) -> Decimal:
    """Tax contained in a tax-inclusive gross amount."""
    r = D(str(rate))
    return q(gross * r / (100 + r))


# number formats ---------------------------------------------------------------------------
EN = {"dec": ".", "th": ","}
DE = {"dec": ",", "th": "."}
FR = {"dec": ",", "th": " "}
NB = {"dec": ",", "th": "\u00a0"}
CH = {"dec": ".", "th": "'"}
IN = {"dec": ".", "th": ",", "ind": True}
NOSEP = {"dec": ".", "th": ""}


def fm(v, L=EN, nd=2) -> str:
    v = D(v)
    neg = v < 0
    s = f"{abs(v):.{nd}f}"
    ip, _, fp = s.partition(".")
    if L.get("ind") and len(ip) > 3:
        head, groups = ip[:-3], [ip[-3:]]
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join(groups)
    else:
        ip = f"{int(ip):,}".replace(",", L["th"])
    out = ip + (L["dec"] + fp if nd else "")
    return ("-" if neg else "") + out


def fq(v, L=EN) -> str:
    v = D(v)
    if v == v.to_integral_value():
        return str(int(v))
    return fm(v, L, 1 if (v * 10) == (v * 10).to_integral_value() else 2)


def qstr(v) -> str:
    v = D(v)
    if v == v.to_integral_value():
        return str(int(v))
    return format(v.normalize(), "f")


# items ------------------------------------------------------------------------------------
def item(desc, qty, unit, amount=None):
    qty, unit = D(str(qty)), q(D(str(unit)))
    return {"d": desc, "q": qty, "u": unit, "a": q(qty * unit) if amount is None else q(amount)}


def pick(rng, catalog, n, step=20):
    """catalog: (desc, qty choices, lo, hi); unit prices in multiples of 1/step."""
    out = []
    for desc, qs, lo, hi in rng.sample(catalog, n):
        u = D(rng.randint(round(lo * step), round(hi * step))) / step
        out.append(item(desc, rng.choice(qs), u))
    return out


def ssum(items):
    return sum((i["a"] for i in items), ZERO)


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
    tip=ZERO,
    rnd=ZERO,
):
    v = ZERO if vat is None else vat
    if q(amount) + q(v) + q(tip) + q(rnd) != q(total):
        raise AssertionError(f"{number}: {amount} + {vat} + {tip} + {rnd} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": f"{q(amount):.2f}",
        "vat": None if vat is None else f"{q(vat):.2f}",
        "total": f"{q(total):.2f}",
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {
                "description": i["d"],
                "quantity": qstr(i["q"]),
                "unit_price": f"{i['u']:.2f}",
                "amount": f"{i['a']:.2f}",
            }
            for i in items
        ],
        "note": note,
        "_tip": f"{q(tip):.2f}",
        "_rnd": f"{q(rnd):.2f}",
    }


# drawing ----------------------------------------------------------------------------------
class LayoutError(Exception):
    pass


def tw(s, font, size):
    return pdfmetrics.stringWidth(str(s), font, size)


class Page:
    """A reportlab canvas that records every text run and refuses runs that leave the page
    or overlap an earlier run on the same page."""

    def __init__(self, target, size, title="document"):
        self.w, self.h = size
        self.c = canvas.Canvas(target, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setCreator("blind-2026-13w")
        self.boxes: list = []

    def text(self, x, y, s, font="DV", size=9, color=black, align="l"):
        s = str(s)
        w = tw(s, font, size)
        x0 = x - w if align == "r" else x - w / 2 if align == "c" else x
        box = (x0, y - 0.22 * size, x0 + w, y + 0.76 * size)
        if box[0] < 2 or box[2] > self.w - 2 or box[1] < 2 or box[3] > self.h - 2:
            raise LayoutError(f"off page: {s!r} at {tuple(round(b) for b in box)}")
        for b in self.boxes:
            if (
                box[0] < b[2] + 3.0
                and b[0] < box[2] + 3.0
                and box[1] < b[3] - 0.3
                and b[1] < box[3] - 0.3
            ):
                raise LayoutError(f"overlap: {s!r} with {b[4]!r}")
        self.boxes.append((*box, s))
        self.c.setFillColor(color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        return w

    def block(self, x, y, lines, font="DV", size=8.5, lead=1.35, color=black, align="l"):
        for ln in lines:
            f = font
            if isinstance(ln, tuple):
                ln, f = ln
            if ln:
                self.text(x, y, ln, f, size, color, align)
            y -= size * lead
        return y

    def kv(
        self, xl, xr, y, rows, font="DV", size=8.5, lead=1.55, color=black, bfont="DVB", lcolor=None
    ):
        for row in rows:
            lab, val = row[0], row[1]
            f = bfont if len(row) > 2 and row[2] else font
            self.text(xl, y, lab, f, size, lcolor or color)
            self.text(xr, y, val, f, size, color, "r")
            y -= size * lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(lw)
        if r:
            c.roundRect(x, y, w, h, r, stroke=int(stroke is not None), fill=int(fill is not None))
        else:
            c.rect(x, y, w, h, stroke=int(stroke is not None), fill=int(fill is not None))

    def line(self, x1, y1, x2, y2, color=black, lw=0.6, dash=None):
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(lw)
        c.setDash(*dash) if dash else c.setDash()
        c.line(x1, y1, x2, y2)
        c.setDash()

    def circle(self, cx, cy, r, fill=None, stroke=None, lw=0.8):
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(lw)
        c.circle(cx, cy, r, stroke=int(stroke is not None), fill=int(fill is not None))

    def poly(self, pts, fill=None, stroke=None, lw=0.8):
        c = self.c
        path = c.beginPath()
        path.moveTo(*pts[0])
        for pt in pts[1:]:
            path.lineTo(*pt)
        path.close()
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(lw)
        c.drawPath(path, fill=int(fill is not None), stroke=int(stroke is not None))

    def watermark(self, s, color, size=110, angle=35, font="DVB"):
        """Decorative watermark drawn first, under the content (not a text run of the layout check)."""
        w = tw(s, font, size)
        a = math.radians(angle)
        ex = abs(w / 2 * math.cos(a)) + abs(size / 2 * math.sin(a))
        ey = abs(w / 2 * math.sin(a)) + abs(size / 2 * math.cos(a))
        if ex > self.w / 2 - 4 or ey > self.h / 2 - 4:
            raise LayoutError(f"watermark {s!r} leaves the page")
        c = self.c
        c.saveState()
        c.translate(self.w / 2, self.h / 2)
        c.rotate(angle)
        c.setFillColor(color)
        c.setFont(font, size)
        c.drawCentredString(0, -0.35 * size, s)
        c.restoreState()

    def qr(self, x, y, s, rng, color=black, n=25):
        """A QR-like square: three finder patterns and random modules."""
        m = s / n
        c = self.c
        c.setFillColor(white)
        c.rect(x, y, s, s, stroke=0, fill=1)
        c.setFillColor(color)
        for i in range(n):
            for j in range(n):
                fin = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
                if not fin and rng.random() < 0.47:
                    c.rect(x + i * m, y + s - (j + 1) * m, m, m, stroke=0, fill=1)
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            c.rect(x + fx * m, y + s - (fy + 7) * m, 7 * m, 7 * m, stroke=0, fill=1)
            c.setFillColor(white)
            c.rect(x + (fx + 1) * m, y + s - (fy + 6) * m, 5 * m, 5 * m, stroke=0, fill=1)
            c.setFillColor(color)
            c.rect(x + (fx + 2) * m, y + s - (fy + 5) * m, 3 * m, 3 * m, stroke=0, fill=1)

    def barcode(self, x, y, w, h, rng, color=black):
        c = self.c
        c.setFillColor(color)
        xx = x
        while xx < x + w - 3:
            bw = rng.choice((0.6, 0.6, 1.2, 1.8))
            c.rect(xx, y, bw, h, stroke=0, fill=1)
            xx += bw + rng.choice((0.6, 1.2, 1.8))

    def new_page(self):
        self.c.showPage()
        self.boxes = []

    def save(self):
        self.c.showPage()
        self.c.save()


def logo(p, kind, cx, cy, r, col, col2=white, letter=None, font="DVB", lsize=None):  # noqa: C901
    if kind == "circle":
        p.circle(cx, cy, r, fill=col)
    elif kind == "ring":
        p.circle(cx, cy, r, fill=col)
        p.circle(cx, cy, r * 0.62, fill=col2)
        p.circle(cx + r * 0.35, cy + r * 0.35, r * 0.22, fill=col)
    elif kind == "hex":
        p.poly(
            [
                (
                    cx + r * math.cos(math.pi / 6 + i * math.pi / 3),
                    cy + r * math.sin(math.pi / 6 + i * math.pi / 3),
                )
                for i in range(6)
            ],
            fill=col,
        )
    elif kind == "tri":
        p.poly([(cx - r, cy - r * 0.8), (cx + r, cy - r * 0.8), (cx, cy + r)], fill=col)
    elif kind == "diamond":
        p.poly([(cx, cy + r), (cx + r, cy), (cx, cy - r), (cx - r, cy)], fill=col)
    elif kind == "square":
        p.rect(cx - r, cy - r, 2 * r, 2 * r, fill=col, r=r * 0.3)
    elif kind == "bars":
        for k, hh in enumerate((0.9, 1.6, 1.2, 2.0)):
            p.rect(cx - r + k * r * 0.52, cy - r, r * 0.38, r * hh, fill=col)
    elif kind == "leaf":
        c = p.c
        path = c.beginPath()
        path.moveTo(cx - r, cy - r)
        path.curveTo(cx - r, cy + r * 0.6, cx + r * 0.2, cy + r, cx + r, cy + r)
        path.curveTo(cx + r, cy - r * 0.2, cx + r * 0.2, cy - r, cx - r, cy - r)
        path.close()
        c.setFillColor(col)
        c.drawPath(path, fill=1, stroke=0)
        p.line(cx - r * 0.8, cy - r * 0.8, cx + r * 0.6, cy + r * 0.6, col2, 1.1)
    elif kind == "bean":
        p.c.setFillColor(col)
        p.c.ellipse(cx - r * 0.75, cy - r, cx + r * 0.75, cy + r, stroke=0, fill=1)
        p.line(cx, cy - r * 0.8, cx, cy + r * 0.8, col2, 1.4)
    if letter:
        ls = lsize or r * 0.95
        p.text(cx, cy - 0.36 * ls, letter, font, ls, col2, "c")


def table(  # noqa: C901
    p,
    x,
    y,
    cols,
    rows,
    *,
    font="DV",
    size=8.5,
    hfont="DVB",
    hsize=None,
    hfill=None,
    hcolor=black,
    zebra=None,
    rh=None,
    hrule=None,
    rowrule=None,
    pad=4,
    color=black,
):
    """cols: [(title, width, align)]; rows: lists of str. Returns y under the table."""
    rh = rh or size * 2.2
    hsize = hsize or size
    W = sum(c[1] for c in cols)

    def put(i, s, f, sz, col, ytop):
        _t, w, al = cols[i]
        x0 = x + sum(c[1] for c in cols[:i])
        if tw(s, f, sz) > w - 2 * pad + 0.5:
            raise LayoutError(f"cell too narrow for {s!r}")
        xx = x0 + pad if al == "l" else x0 + w - pad if al == "r" else x0 + w / 2
        p.text(xx, ytop - rh / 2 - 0.27 * sz, s, f, sz, col, al)

    if hfill is not None:
        p.rect(x, y - rh, W, rh, fill=hfill)
    for i, (t, _w, _a) in enumerate(cols):
        if t:
            put(i, t, hfont, hsize, hcolor, y)
    y -= rh
    if hrule is not None:
        p.line(x, y, x + W, y, hrule, 0.9)
    for r, row in enumerate(rows):
        if zebra is not None and r % 2 == 1:
            p.rect(x, y - rh, W, rh, fill=zebra)
        for i, s in enumerate(row):
            if s:
                put(i, s, font, size, color, y)
        y -= rh
        if rowrule is not None:
            p.line(x, y, x + W, y, rowrule, 0.4)
    return y


class Roll:
    """A receipt drawn top-down as a list of rows; the page is exactly as long as its content."""

    def __init__(
        self, width_mm, font="DVM", size=8, margin=3.5 * mm, top=6 * mm, bottom=8 * mm, bg=None
    ):
        self.w = width_mm * mm
        self.font, self.size, self.m, self.top, self.bottom, self.bg = (
            font,
            size,
            margin,
            top,
            bottom,
            bg,
        )
        self.ops: list = []

    def add(self, h, fn):
        self.ops.append((h, fn))

    def gap(self, h=4):
        self.add(h, lambda p, y: None)

    def _x(self, align, inset=0):
        return (
            self.m + inset
            if align == "l"
            else self.w - self.m - inset
            if align == "r"
            else self.w / 2
        )

    def t(self, s, size=None, font=None, align="c", color=black, lead=1.35, inset=0):
        size, font = size or self.size, font or self.font
        self.add(
            size * lead,
            lambda p, y: p.text(
                self._x(align, inset), y - 0.95 * size, s, font, size, color, align
            ),
        )

    def lr(self, left, right, size=None, font=None, color=black, lead=1.35, rfont=None, inset=0):
        size, font = size or self.size, font or self.font

        def fn(p, y):
            p.text(self.m + inset, y - 0.95 * size, left, font, size, color)
            p.text(self.w - self.m - inset, y - 0.95 * size, right, rfont or font, size, color, "r")

        self.add(size * lead, fn)

    def cols(self, cells, size=None, font=None, color=black, lead=1.35):
        """cells: (text, x as a fraction of the printable width, align)."""
        size, font = size or self.size, font or self.font
        inner = self.w - 2 * self.m

        def fn(p, y):
            for s, fx, al in cells:
                if s:
                    p.text(self.m + fx * inner, y - 0.95 * size, s, font, size, color, al)

        self.add(size * lead, fn)

    def rule(self, dash=(2, 2), color=black, lw=0.6, h=6, inset=0):
        self.add(
            h,
            lambda p, y: p.line(
                self.m + inset, y - h / 2, self.w - self.m - inset, y - h / 2, color, lw, dash
            ),
        )

    def strip(self, h, color, text=None, size=12, font="DVB", tcolor=white, align="c", sub=None):
        def fn(p, y):
            p.rect(0, y - h, self.w, h, fill=color)
            if text:
                ty = y - h / 2 - 0.3 * size + (0.45 * size if sub else 0)
                p.text(self._x(align, 2 * mm), ty, text, font, size, tcolor, align)
                if sub:
                    p.text(
                        self._x(align, 2 * mm),
                        ty - size * 1.1,
                        sub,
                        "DV",
                        size * 0.55,
                        tcolor,
                        align,
                    )

        self.add(h, fn)

    def box(self, h, fn):
        """Custom drawing: fn(page, y_top, roll)."""
        self.add(h, lambda p, y: fn(p, y, self))

    def logo(self, kind, r, col, col2=white, letter=None, h=None, dx=0):
        h = h or 2 * r + 4
        self.add(h, lambda p, y: logo(p, kind, self.w / 2 + dx, y - h / 2, r, col, col2, letter))

    def qr(self, s, rng):
        self.add(s + 6, lambda p, y: p.qr(self.w / 2 - s / 2, y - s - 3, s, rng))

    def barcode(self, h, rng, frac=0.75):
        def fn(p, y):
            bw = (self.w - 2 * self.m) * frac
            p.barcode(self.w / 2 - bw / 2, y - h - 2, bw, h, rng)

        self.add(h + 4, fn)

    def render(self, target, title):
        H = self.top + sum(h for h, _ in self.ops) + self.bottom
        p = Page(target, (self.w, H), title)
        if self.bg is not None:
            p.rect(0, 0, self.w, H, fill=self.bg)
        y = H - self.top
        for h, fn in self.ops:
            fn(p, y)
            y -= h
        p.save()


# degradation --------------------------------------------------------------------------------
def pdf_to_img(data: bytes, dpi: float) -> np.ndarray:
    doc = pdfium.PdfDocument(data)
    pil = doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return cv2.cvtColor(np.asarray(pil), cv2.COLOR_RGB2BGR)


def scan(
    img,
    rng,
    *,
    grey=False,
    blur=0.6,
    noise=5.0,
    specks=40,
    fade=False,
    width=None,
    skew=None,
    paper=(238, 243, 246),
):
    img = img.astype(np.float32)
    h, w = img.shape[:2]
    if fade:  # thermal paper: the print fades unevenly along the roll
        k = max(2, h // 140)
        f = cv2.resize(
            rng.uniform(0.5, 0.85, (k, 1)).astype(np.float32), (1, h), interpolation=cv2.INTER_CUBIC
        )
        img = 255 - (255 - img) * np.clip(f, 0.45, 0.95)[:, :, None]
    img = img * (np.array(paper, np.float32) / 255.0)
    ang = rng.uniform(-2, 2) if skew is None else skew
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    img = cv2.warpAffine(
        img, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=tuple(float(v) for v in paper)
    )
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    for _ in range(specks):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        cv2.circle(
            img,
            (x, y),
            int(rng.integers(1, 3)),
            tuple(float(v) for v in rng.uniform(60, 150, 3)),
            -1,
        )
    img = img + rng.normal(0, noise, img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if width and w > width:
        img = cv2.resize(img, (width, round(h * width / w)), interpolation=cv2.INTER_AREA)
    if grey:
        img = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    return img


def texture(rng, H, W, kind):
    base = {
        "wood": (62, 105, 150),
        "desk": (196, 198, 200),
        "fabric": (70, 62, 58),
        "slate": (72, 76, 80),
        "marble": (226, 228, 230),
        "linen": (190, 208, 222),
    }[kind]
    img = np.empty((H, W, 3), np.float32)
    img[:] = base
    low = cv2.resize(
        rng.normal(0, 1, (max(2, H // 150), max(2, W // 150))).astype(np.float32),
        (W, H),
        interpolation=cv2.INTER_CUBIC,
    )
    img += low[:, :, None] * 10
    if kind == "wood":
        xs = np.arange(W, dtype=np.float32)[None, :]
        warp = cv2.resize(
            rng.normal(0, 1, (6, 3)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC
        )
        grain = np.sin((xs + 40 * warp) / rng.uniform(7, 13)) + 0.5 * np.sin((xs + 25 * warp) / 3.1)
        img += grain[:, :, None] * 9
    if kind in ("fabric", "linen"):
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        img += ((np.sin(xx / 1.7) + np.sin(yy / 1.7)) * 5)[:, :, None]
    img += rng.normal(0, 4, (H, W, 1)).astype(np.float32)
    return img


def photo(img, rng, *, long=1900, quality=72, bg="wood", fold=False):
    img = img.astype(np.float32)
    h, w = img.shape[:2]
    if fold:  # a crease across the sheet
        fy = int(h * rng.uniform(0.3, 0.4))
        yy = np.arange(h, dtype=np.float32)[:, None]
        crease = 1 - 0.12 * np.exp(-((yy - fy) ** 2) / (2 * (h * 0.0025 + 1) ** 2))
        side = np.where(yy < fy, 1.0, 0.94)
        img = img * (crease * side)[:, :, None]
    if h >= w:
        H, W = long, int(long * (0.75 if w / h > 0.45 else 0.5625))
    else:
        W, H = long, int(long * 0.75)
    s = min(W / w, H / h) * rng.uniform(0.8, 0.88)
    small = cv2.resize(img, (round(w * s), round(h * s)), interpolation=cv2.INTER_AREA)
    sh, sw = small.shape[:2]
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    j = 0.035 * min(sw, sh)
    src = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    dst = np.float32(
        [
            [cx + sx * sw / 2 + rng.uniform(-j, j), cy + sy * sh / 2 + rng.uniform(-j, j)]
            for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    doc = cv2.warpPerspective(small, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    back = texture(rng, H, W, bg)
    drop = cv2.GaussianBlur(np.roll(np.roll(mask, 9, 0), 7, 1), (0, 0), 12)
    back *= (1 - 0.45 * drop)[:, :, None]
    out = back * (1 - mask[:, :, None]) + doc * mask[:, :, None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    xx, yy = xx / W - 0.5, yy / H - 0.5
    light = (
        1.0 + rng.uniform(-0.22, 0.22) * xx + rng.uniform(-0.22, 0.22) * yy - 0.35 * (xx**2 + yy**2)
    )
    out *= np.clip(light, 0.62, 1.08)[:, :, None]
    # a soft shadow (hand / phone) over one side
    side = int(rng.integers(0, 4))
    pts = {
        0: [(0, 0), (W * 0.45, 0), (W * 0.2, H), (0, H)],
        1: [(W, 0), (W * 0.6, 0), (W * 0.85, H), (W, H)],
        2: [(0, H), (W, H), (W, H * 0.78), (0, H * 0.9)],
        3: [(0, 0), (W, 0), (W, H * 0.12), (0, H * 0.2)],
    }[side]
    sm = np.zeros((H, W), np.float32)
    cv2.fillPoly(sm, [np.int32(pts)], 1.0)
    sm = cv2.GaussianBlur(sm, (0, 0), 45)
    out *= (1 - rng.uniform(0.18, 0.3) * sm)[:, :, None]
    out *= np.array([rng.uniform(0.9, 0.97), rng.uniform(0.96, 1.0), 1.0], np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 0.8))
    out += rng.normal(0, 3.0, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    assert ok
    return buf.tobytes()


def image_pdf(img, size) -> bytes:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 82])
    assert ok
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=size, invariant=1)
    c.drawImage(
        ImageReader(Image.open(io.BytesIO(buf.tobytes()))), 0, 0, width=size[0], height=size[1]
    )
    c.showPage()
    c.save()
    return out.getvalue()


DOCS: dict = {}


def doc(name, kind, country, **opts):
    def deco(fn):
        DOCS[name] = (fn, kind, country, opts)
        return fn

    return deco


def d(m, day):
    return dt.date(2026, m, day)


# ============================================================================================
# invoices
# ============================================================================================


@doc("i01", "pdf", "DE")
def i01(out, rng):
    W, H = A4
    teal, dark, pale = HexColor("#1F4E5F"), HexColor("#163A47"), HexColor("#EAF2F3")
    vendor, no, date, due = "Nordlicht Webdesign GmbH", "RE-2026-0412", d(1, 14), d(1, 28)
    cat = [
        ("Konzeption & Wireframes", (1,), 900, 1400),
        ("UI-Design (Std.)", (12, 16, 18, 22), 85, 85),
        ("Frontend-Entwicklung (Std.)", (20, 24, 30), 90, 95),
        ("Hosting-Paket Business, 12 Monate", (1,), 238.8, 238.8),
        ("SEO-Grundoptimierung", (1,), 450, 450),
        ("Redaktionelle Einpflege (Std.)", (4, 6, 8), 65, 65),
    ]
    items = pick(rng, cat, 5)
    net = ssum(items)
    vat = q(net * D("0.19"))
    total = net + vat
    p = Page(out, A4, f"Rechnung {no}")
    p.rect(0, H - 34 * mm, W, 34 * mm, fill=teal)
    logo(p, "hex", 25 * mm, H - 17 * mm, 9 * mm, white, teal, "N", lsize=16)
    p.text(37 * mm, H - 15.5 * mm, "NORDLICHT", "DVB", 20, white)
    p.text(37 * mm, H - 22 * mm, "Webdesign GmbH", "DV", 9, HexColor("#BFE3EA"))
    p.text(W - 18 * mm, H - 21 * mm, "RECHNUNG", "DVL", 30, white, "r")
    y0 = H - 48 * mm
    p.text(18 * mm, y0, "RECHNUNG AN", "DVB", 7, teal)
    p.block(
        18 * mm,
        y0 - 12,
        ["Bäckerei Sommer KG", "z. Hd. Frau Jana Sommer", "Lindenallee 4", "24103 Kiel"],
        size=8.5,
    )
    p.text(78 * mm, y0, "RECHNUNGSDETAILS", "DVB", 7, teal)
    p.kv(
        78 * mm,
        138 * mm,
        y0 - 12,
        [
            ("Rechnungsnr.", no),
            ("Rechnungsdatum", f"{date:%d.%m.%Y}"),
            ("Fällig am", f"{due:%d.%m.%Y}"),
            ("Kundennr.", "K-1187"),
        ],
        size=8.5,
        lead=1.35,
    )
    p.text(148 * mm, y0, "ZAHLUNG", "DVB", 7, teal)
    p.block(
        148 * mm,
        y0 - 12,
        ["Überweisung", "14 Tage netto", "Leistungszeitraum:", "Dezember 2025"],
        size=8.5,
    )
    p.text(
        18 * mm,
        y0 - 34 * mm,
        "Vielen Dank für Ihren Auftrag! Wir berechnen Ihnen folgende Leistungen:",
        "DVO",
        9,
        dark,
    )
    rows = [
        [str(k + 1), i["d"], fq(i["q"], DE), fm(i["u"], DE) + " €", fm(i["a"], DE) + " €"]
        for k, i in enumerate(items)
    ]
    cols = [
        ("Pos.", 14 * mm, "c"),
        ("Beschreibung", 76 * mm, "l"),
        ("Menge", 18 * mm, "r"),
        ("Einzelpreis", 32 * mm, "r"),
        ("Betrag", 34 * mm, "r"),
    ]
    y = table(
        p, 18 * mm, y0 - 40 * mm, cols, rows, hfill=teal, hcolor=white, zebra=pale, size=8.5, rh=20
    )
    y -= 10 * mm
    p.kv(
        122 * mm,
        188 * mm,
        y,
        [("Zwischensumme (netto)", fm(net, DE) + " €"), ("zzgl. USt. 19 %", fm(vat, DE) + " €")],
        size=9,
        lead=1.7,
    )
    y -= 2 * 9 * 1.7
    p.rect(118 * mm, y - 9 * mm, 74 * mm, 12 * mm, fill=teal)
    p.text(122 * mm, y - 4.5 * mm, "Gesamtbetrag", "DVB", 10.5, white)
    p.text(188 * mm, y - 4.5 * mm, fm(total, DE) + " €", "DVB", 10.5, white, "r")
    p.block(
        18 * mm,
        y - 25 * mm,
        [
            f"Bitte überweisen Sie den Gesamtbetrag bis zum {due:%d.%m.%Y} unter Angabe der Rechnungsnummer.",
            "Es gelten unsere Allgemeinen Geschäftsbedingungen.",
        ],
        size=8,
        color=dark,
    )
    p.rect(0, 0, W, 24 * mm, fill=dark)
    fy = 17 * mm
    p.block(
        18 * mm,
        fy,
        [("Nordlicht Webdesign GmbH", "DVB"), "Hafenstraße 12", "20457 Hamburg"],
        size=7,
        color=white,
    )
    p.block(
        80 * mm,
        fy,
        [
            "Geschäftsführer: Malte Brandt",
            "Amtsgericht Hamburg HRB 171234",
            "USt-IdNr. DE298114507",
        ],
        size=7,
        color=white,
    )
    p.block(
        140 * mm,
        fy,
        ["Hamburger Sparkasse", "IBAN DE44 2005 0550 1234 5678 90", "BIC HASPDEHHXXX"],
        size=7,
        color=white,
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="seller name only in the teal header band (split over two lines, wordmark + 'Webdesign GmbH') and the dark footer band; thousands dot, decimal comma",
    )


FR_M = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


@doc("i02", "scan", "FR", dpi=200, blur=0.7, noise=5)
def i02(out, rng):
    W, H = A4
    terra, cream, ink = HexColor("#C0603A"), HexColor("#FBF3EA"), HexColor("#3B2A22")
    vendor, no, date, due = "Atelier Belle-Rive SARL", "F-2026-0087", d(2, 3), d(3, 5)
    cat = [
        ("Relevé et plans de l'existant", (1,), 650, 650),
        ("Étude de conception – salon et cuisine", (1,), 1800, 2400),
        ("Planches d'ambiance (lot de 3)", (1,), 420, 420),
        ("Suivi de chantier (demi-journée)", (3, 4, 5), 280, 280),
        ("Sélection mobilier et luminaires", (1,), 540, 680),
    ]
    items = pick(rng, cat, 4)
    sub = ssum(items)
    disc = q(sub * D("0.05"))
    net = sub - disc
    vat = q(net * D("0.20"))
    total = net + vat
    p = Page(out, A4, f"Facture {no}")
    p.rect(0, 0, W, H, fill=cream)
    logo(p, "circle", 27 * mm, H - 27 * mm, 11 * mm, terra, white, "BR", font="DVSB", lsize=14)
    p.text(42 * mm, H - 25 * mm, "Atelier Belle-Rive", "DVSB", 17, ink)
    p.text(42 * mm, H - 31 * mm, "SARL · Architecture intérieure", "DVSI", 8.5, terra)
    p.text(W - 16 * mm, H - 30 * mm, "FACTURE", "DVSB", 34, terra, "r")
    p.line(16 * mm, H - 44 * mm, W - 16 * mm, H - 44 * mm, terra, 1.2)
    y0 = H - 54 * mm
    p.text(16 * mm, y0, "ÉMETTEUR", "DVB", 7.5, terra)
    p.block(
        16 * mm,
        y0 - 12,
        ["Atelier Belle-Rive SARL", "18 quai Saint-Vincent", "69001 Lyon", "contact@belle-rive.fr"],
        size=8.5,
        color=ink,
    )
    p.text(80 * mm, y0, "CLIENT", "DVB", 7.5, terra)
    p.block(
        80 * mm,
        y0 - 12,
        ["M. et Mme Perrin", "7 rue des Tanneurs", "69005 Lyon"],
        size=8.5,
        color=ink,
    )
    p.rect(138 * mm, y0 - 30 * mm, 56 * mm, 35 * mm, fill=HexColor("#F3E2D3"), r=6)
    p.kv(
        142 * mm,
        190 * mm,
        y0 - 2 * mm,
        [
            ("N° de facture", no),
            ("Date", f"{date:%d/%m/%Y}"),
            ("Échéance", f"{due:%d/%m/%Y}"),
            ("Réf. client", "CL-0412"),
        ],
        size=8.2,
        lead=1.9,
        color=ink,
    )
    rows = [[i["d"], fq(i["q"], FR), fm(i["u"], FR) + " €", fm(i["a"], FR) + " €"] for i in items]
    cols = [
        ("Désignation", 92 * mm, "l"),
        ("Qté", 16 * mm, "r"),
        ("Prix unitaire HT", 36 * mm, "r"),
        ("Montant HT", 34 * mm, "r"),
    ]
    y = table(
        p,
        16 * mm,
        y0 - 44 * mm,
        cols,
        rows,
        hcolor=terra,
        hrule=terra,
        zebra=HexColor("#F6E8DC"),
        size=8.5,
        rh=22,
        color=ink,
    )
    y -= 8 * mm
    y = p.kv(
        124 * mm,
        190 * mm,
        y,
        [
            ("Sous-total HT", fm(sub, FR) + " €"),
            ("Remise fidélité 5 %", fm(-disc, FR) + " €"),
            ("Total HT", fm(net, FR) + " €", True),
            ("TVA 20 %", fm(vat, FR) + " €"),
        ],
        size=9,
        lead=1.75,
        color=ink,
    )
    p.rect(120 * mm, y - 8 * mm, 74 * mm, 12 * mm, fill=terra, r=4)
    p.text(124 * mm, y - 3.5 * mm, "Total TTC", "DVSB", 11, white)
    p.text(190 * mm, y - 3.5 * mm, fm(total, FR) + " €", "DVSB", 11, white, "r")
    p.block(
        16 * mm,
        y - 24 * mm,
        [
            ("Conditions de paiement", "DVB"),
            f"Paiement à 30 jours, soit au plus tard le {due.day} {FR_M[due.month - 1]} {due.year}.",
            "Pas d'escompte pour paiement anticipé.",
        ],
        size=8,
        color=ink,
    )
    p.line(16 * mm, 26 * mm, W - 16 * mm, 26 * mm, terra, 0.6)
    p.block(
        W / 2,
        21 * mm,
        [
            "Atelier Belle-Rive SARL au capital de 8 000 € · RCS Lyon 812 345 678 · SIRET 812 345 678 00021 · TVA FR23812345678",
            "IBAN FR76 3000 4012 3400 0101 2345 678 · BIC BNPAFRPPXXX",
            "Pénalités de retard : 3 fois le taux d'intérêt légal · Indemnité forfaitaire pour frais de recouvrement : 40 €",
        ],
        size=6.6,
        color=ink,
        align="c",
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="pastel page background; 5 % discount line between sous-total and Total HT (net = Total HT); share capital 8 000 € and 40 € fee in the footer",
    )


@doc("i03", "photo", "IT", dpi=190, long=2100, q=74, bg="wood", fold=True)
def i03(out, rng):
    W, H = A4
    navy, sky, zeb = HexColor("#1B2F4B"), HexColor("#DCEBF7"), HexColor("#F1F7FC")
    vendor, no, date, due = "Officina Grafica Ventura S.r.l.", "2026/0147", d(2, 17), d(3, 19)
    cat = [
        ("Brochure A4 16 pagine, 500 copie", (1,), 980, 1250),
        ("Biglietti da visita, 4 nominativi", (4,), 38, 45),
        ("Roll-up 85x200 con borsa", (2, 3), 89, 110),
        ("Impaginazione catalogo (ore)", (6, 8, 10), 48, 48),
        ("Cartelline personalizzate", (250, 500), 0.9, 1.4),
    ]
    items = pick(rng, cat, 4)
    items.append(item("Spese di trasporto", 1, D("18.50")))
    net = ssum(items)
    vat = q(net * D("0.22"))
    total = net + vat
    p = Page(out, A4, f"Fattura {no}")
    p.rect(0, H - 40 * mm, W, 40 * mm, fill=sky)
    logo(p, "diamond", 24 * mm, H - 20 * mm, 9 * mm, navy, white, "V", lsize=13)
    p.text(37 * mm, H - 18 * mm, "Officina Grafica Ventura", "DVB", 15, navy)
    p.text(37 * mm, H - 24 * mm, "S.r.l. · stampa e comunicazione", "DV", 8, navy)
    p.text(W - 16 * mm, H - 18 * mm, "FATTURA", "DVL", 28, navy, "r")
    p.text(W - 16 * mm, H - 28 * mm, f"N. {no}", "DVB", 11, navy, "r")
    y0 = H - 52 * mm
    for x, title, lines in (
        (
            16 * mm,
            "CEDENTE / PRESTATORE",
            [
                "Officina Grafica Ventura S.r.l.",
                "Via Privata Bassano 9",
                "20136 Milano (MI)",
                "P.IVA IT09876543210",
            ],
        ),
        (
            80 * mm,
            "CESSIONARIO / COMMITTENTE",
            [
                "Cantina Colli Morenici S.a.s.",
                "Strada Valeggio 21",
                "46040 Monzambano (MN)",
                "P.IVA IT02345670208",
            ],
        ),
    ):
        p.text(x, y0, title, "DVB", 7, navy)
        p.block(x, y0 - 12, lines, size=8.3)
    p.text(146 * mm, y0, "DATI DOCUMENTO", "DVB", 7, navy)
    p.kv(
        146 * mm,
        194 * mm,
        y0 - 12,
        [
            ("Numero", no),
            ("Data", f"{date:%d/%m/%Y}"),
            ("Scadenza", f"{due:%d/%m/%Y}"),
            ("Pagamento", "Bonifico 30 gg"),
        ],
        size=8.3,
        lead=1.35,
    )
    rows = [[i["d"], fq(i["q"], DE), fm(i["u"], DE), "22", fm(i["a"], DE)] for i in items]
    cols = [
        ("Descrizione", 84 * mm, "l"),
        ("Q.tà", 18 * mm, "r"),
        ("Prezzo unit. €", 30 * mm, "r"),
        ("IVA %", 16 * mm, "c"),
        ("Importo €", 30 * mm, "r"),
    ]
    y = table(p, 16 * mm, y0 - 36 * mm, cols, rows, hfill=navy, hcolor=white, zebra=zeb, rh=21)
    y -= 10 * mm
    p.rect(120 * mm, y - 30 * mm, 74 * mm, 36 * mm, fill=sky)
    y = p.kv(
        124 * mm,
        190 * mm,
        y,
        [("Imponibile", "€ " + fm(net, DE)), ("IVA 22%", "€ " + fm(vat, DE))],
        size=9,
        lead=1.8,
        color=navy,
    )
    p.line(124 * mm, y + 3, 190 * mm, y + 3, navy, 0.8)
    p.kv(
        124 * mm,
        190 * mm,
        y - 5 * mm,
        [("Totale documento", "€ " + fm(total, DE), True)],
        size=10.5,
        color=navy,
    )
    p.block(
        16 * mm,
        58 * mm,
        [
            ("Coordinate bancarie", "DVB"),
            "Banca Popolare di Sondrio – IBAN IT60 X054 2811 1010 0000 0123 456",
            f"Si prega di effettuare il bonifico entro il {due:%d/%m/%Y} indicando il numero fattura.",
        ],
        size=8,
    )
    p.rect(0, 0, W, 18 * mm, fill=navy)
    p.block(
        W / 2,
        11 * mm,
        [
            "Officina Grafica Ventura S.r.l. · Via Privata Bassano 9, 20136 Milano · P.IVA e C.F. 09876543210",
            "REA MI-2087654 · Cap. Soc. € 10.000,00 i.v. · PEC ventura@pec.it · Codice SDI M5UXCR1",
        ],
        size=6.8,
        color=white,
        align="c",
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="it-IT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="photo with a fold; light-blue header band with dark text; shipping as a table row; share capital € 10.000,00 in the footer",
    )


@doc("i04", "pdf", "ES")
def i04(out, rng):
    W, H = A4
    coral, dark, soft = HexColor("#E85D4A"), HexColor("#2D2A32"), HexColor("#FDEDEA")
    vendor, no, date, due = "Estudio Mareas Fotografía S.L.", "2026-031", d(2, 24), d(3, 10)
    cat = [
        ("Sesión de fotografía de producto (jornada)", (1, 2), 520, 520),
        ("Retoque avanzado por imagen", (30, 40, 45), 9.5, 12),
        ("Vídeo corto para redes (30 s)", (2, 3), 240, 280),
        ("Desplazamiento y montaje de estudio", (1,), 95, 95),
        ("Licencia de uso comercial 1 año", (1,), 300, 300),
    ]
    items = pick(rng, cat, 4)
    net = ssum(items)
    vat = q(net * D("0.21"))
    total = net + vat
    p = Page(out, A4, f"Factura {no}")
    p.watermark("PAGADA", HexColor("#FBE3DF"), size=120, angle=32)
    p.rect(0, H - 46 * mm, W, 46 * mm, fill=coral)
    p.text(18 * mm, H - 27 * mm, "FACTURA", "DVB", 36, white)
    p.text(18 * mm, H - 37 * mm, f"Nº {no}", "DV", 11, white)
    logo(p, "ring", W - 52 * mm, H - 22 * mm, 8 * mm, white, coral)
    p.text(W - 41 * mm, H - 25 * mm, "mareas", "DVB", 18, white)
    p.text(W - 41 * mm, H - 31 * mm, "estudio de fotografía", "DV", 7, white)
    y0 = H - 60 * mm
    p.text(18 * mm, y0, "De", "DVB", 8, coral)
    p.block(
        18 * mm,
        y0 - 12,
        [
            "Estudio Mareas Fotografía S.L.",
            "C/ de la Reina 42, bajo",
            "46011 Valencia",
            "CIF B98765432",
        ],
        size=8.5,
        color=dark,
    )
    p.text(82 * mm, y0, "Para", "DVB", 8, coral)
    p.block(
        82 * mm,
        y0 - 12,
        [
            "Cerámicas del Turia S.A.",
            "Polígono Fuente del Jarro",
            "C/ Ciudad de Sevilla 8",
            "46988 Paterna (Valencia)",
            "CIF A46123987",
        ],
        size=8.5,
        color=dark,
    )
    p.kv(
        146 * mm,
        192 * mm,
        y0,
        [("Fecha", f"{date:%d/%m/%Y}"), ("Vencimiento", f"{due:%d/%m/%Y}"), ("Pedido", "PO-7781")],
        size=8.5,
        lead=1.6,
        color=dark,
        lcolor=coral,
    )
    rows = [[i["d"], fq(i["q"], DE), fm(i["u"], DE) + " €", fm(i["a"], DE) + " €"] for i in items]
    cols = [
        ("CONCEPTO", 92 * mm, "l"),
        ("CANT.", 18 * mm, "c"),
        ("PRECIO", 32 * mm, "r"),
        ("TOTAL", 32 * mm, "r"),
    ]
    y = table(
        p,
        18 * mm,
        y0 - 40 * mm,
        cols,
        rows,
        hcolor=coral,
        hrule=coral,
        rowrule=HexColor("#F2C4BC"),
        size=8.5,
        rh=24,
        color=dark,
    )
    y -= 10 * mm
    y = p.kv(
        130 * mm,
        188 * mm,
        y,
        [("Base imponible", fm(net, DE) + " €"), ("IVA (21 %)", fm(vat, DE) + " €")],
        size=9,
        lead=1.8,
        color=dark,
    )
    p.rect(126 * mm, y - 9 * mm, 66 * mm, 13 * mm, fill=dark)
    p.text(130 * mm, y - 4 * mm, "TOTAL", "DVB", 11, white)
    p.text(188 * mm, y - 4 * mm, fm(total, DE) + " €", "DVB", 11, white, "r")
    p.rect(18 * mm, 40 * mm, 100 * mm, 22 * mm, fill=soft, r=5)
    p.block(
        22 * mm,
        56 * mm,
        [
            ("Forma de pago", "DVB"),
            "Transferencia a ES12 2100 0418 4502 0005 1332",
            "Pagado el 02/03/2026 · ¡Gracias por confiar en nosotros!",
        ],
        size=8,
        color=dark,
    )
    p.line(18 * mm, 22 * mm, W - 18 * mm, 22 * mm, coral, 0.8)
    p.text(
        W / 2,
        15 * mm,
        "Estudio Mareas Fotografía S.L. · Inscrita en el Registro Mercantil de Valencia, Tomo 10234, Folio 56, Hoja V-178901",
        "DV",
        6.5,
        dark,
        "c",
    )
    p.text(
        W / 2,
        10 * mm,
        "hola@mareas.studio · +34 963 12 45 78 · www.mareas.studio",
        "DV",
        6.5,
        dark,
        "c",
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="es-ES",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="PAGADA watermark across the page; brand wordmark 'mareas' differs from the legal name in the 'De' block; 'Pagado el' date in the payment box",
    )


@doc("i05", "pdf", "NL")
def i05(out, rng):
    W, H = A4
    orange, green, ink, pale = (
        HexColor("#F28C28"),
        HexColor("#2E7D4F"),
        HexColor("#262626"),
        HexColor("#FFF3E6"),
    )
    vendor, no, date = "Bloemkracht B.V.", "CN-2026-0009", d(3, 9)
    cat = [
        ("Phalaenopsis wit, 2 takken (pot 12)", (6, 10, 12), 7.25, 8.9),
        ("Monstera deliciosa (pot 21)", (2, 3, 4), 19.5, 24),
        ("Olijfboom op stam (pot 30)", (1, 2), 64, 79),
        ("Lavendel Hidcote (tray 6)", (5, 8), 11.4, 13.2),
        ("Sierpot keramiek antraciet 24 cm", (4, 6), 12.95, 15.5),
    ]
    items = [dict(i, a=-i["a"]) for i in pick(rng, cat, 3)]
    net = ssum(items)
    vat = q(net * D("0.09"))
    total = net + vat
    p = Page(out, A4, f"Creditnota {no}")
    p.rect(0, H - 30 * mm, W, 30 * mm, fill=orange)
    logo(p, "leaf", 24 * mm, H - 15 * mm, 7 * mm, white, orange)
    p.text(35 * mm, H - 18 * mm, "Bloemkracht B.V.", "DVB", 16, white)
    p.text(W - 18 * mm, H - 19 * mm, "CREDITNOTA", "DVB", 24, white, "r")
    y0 = H - 44 * mm
    p.block(
        18 * mm,
        y0,
        [
            ("Aan", "DVB"),
            "Tuincentrum De Linde",
            "t.a.v. crediteurenadministratie",
            "Dorpsstraat 118",
            "3732 HK De Bilt",
        ],
        size=8.8,
        color=ink,
    )
    p.rect(112 * mm, y0 - 34 * mm, 80 * mm, 38 * mm, fill=pale)
    p.kv(
        116 * mm,
        188 * mm,
        y0 - 3 * mm,
        [
            ("Creditnotanummer", no),
            ("Datum", f"{date:%d-%m-%Y}"),
            ("Klantnummer", "20417"),
            ("Betreft factuur", "F-2026-0211"),
            ("Factuurdatum", "12-02-2026"),
        ],
        size=8.5,
        lead=1.75,
        color=ink,
    )
    p.text(
        18 * mm,
        y0 - 46 * mm,
        "Retour ontvangen op 05-03-2026 (beschadigd bij levering). Wij crediteren u het volgende:",
        "DV",
        9,
        ink,
    )
    rows = [
        [i["d"], fq(i["q"], DE), "€ " + fm(i["u"], DE), "9%", "€ " + fm(i["a"], DE)] for i in items
    ]
    cols = [
        ("Omschrijving", 84 * mm, "l"),
        ("Aantal", 18 * mm, "r"),
        ("Prijs", 26 * mm, "r"),
        ("Btw", 14 * mm, "c"),
        ("Bedrag", 32 * mm, "r"),
    ]
    y = table(
        p,
        18 * mm,
        y0 - 52 * mm,
        cols,
        rows,
        hfill=green,
        hcolor=white,
        zebra=HexColor("#EEF6F1"),
        rh=21,
        color=ink,
    )
    y -= 10 * mm
    y = p.kv(
        124 * mm,
        188 * mm,
        y,
        [("Subtotaal excl. btw", "€ " + fm(net, DE)), ("Btw 9%", "€ " + fm(vat, DE))],
        size=9,
        lead=1.8,
        color=ink,
    )
    p.rect(120 * mm, y - 8 * mm, 72 * mm, 12 * mm, fill=orange)
    p.text(124 * mm, y - 3.5 * mm, "Totaal te crediteren", "DVB", 9.5, white)
    p.text(188 * mm, y - 3.5 * mm, "€ " + fm(total, DE), "DVB", 9.5, white, "r")
    p.block(
        18 * mm,
        y - 26 * mm,
        [
            "Het bedrag wordt binnen 14 dagen teruggestort op uw rekening of verrekend met uw volgende factuur."
        ],
        size=8.5,
        color=ink,
    )
    p.rect(0, 0, W, 16 * mm, fill=green)
    p.text(
        W / 2,
        9.5 * mm,
        "Bloemkracht B.V. · Veilingweg 7 · 3542 DE Utrecht · KvK 81234567 · Btw NL862345678B01",
        "DV",
        7,
        white,
        "c",
    )
    p.text(
        W / 2,
        5 * mm,
        "IBAN NL91 ABNA 0417 1643 00 · BIC ABNANL2A · info@bloemkracht.nl",
        "DV",
        7,
        white,
        "c",
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="nl-NL",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="credit note: all amounts printed and keyed negative; it cites the original invoice F-2026-0211 and its date 12-02-2026 (not this document's number/date); no due date",
    )


@doc("i06", "scan", "GB", dpi=220, blur=0.6, noise=4, pdf=True)
def i06(out, rng):
    W, H = A4
    purple, lav, ink = HexColor("#4B2E83"), HexColor("#EDE7F6"), HexColor("#221A33")
    vendor, no, date, due = "Harbour & Finch Ltd", "HF-10293", d(3, 5), d(4, 4)
    cat = [
        ("Letterpress wedding invitations (x120)", (1,), 690, 780),
        ("RSVP cards with envelopes (x120)", (1,), 180, 220),
        ("Foil-blocked place cards", (120,), 0.85, 1.1),
        ("Design proofs and revisions", (1,), 150, 150),
        ("Hand-lettered envelope addressing", (120,), 1.5, 1.8),
    ]
    items = pick(rng, cat, 4)
    items.append(item("Tracked courier delivery", 1, D("14.95")))
    net = ssum(items)
    vat = q(net * D("0.20"))
    total = net + vat
    p = Page(out, A4, f"Invoice {no}")
    p.rect(0, H - 38 * mm, W, 38 * mm, fill=purple)
    logo(p, "ring", 26 * mm, H - 19 * mm, 9 * mm, white, purple)
    p.text(40 * mm, H - 17 * mm, "Harbour & Finch Ltd", "DVSB", 17, white)
    p.text(40 * mm, H - 24 * mm, "Stationery · Print · Letterpress", "DV", 8, HexColor("#CFC2EA"))
    p.text(W - 16 * mm, H - 23 * mm, "INVOICE", "DVB", 30, white, "r")
    y0 = H - 50 * mm
    bw = 56 * mm
    for k, (lab, val) in enumerate(
        (
            ("Invoice No.", no),
            ("Invoice Date", f"{date.day} {date:%B %Y}"),
            ("Payment Due", f"{due.day} {due:%B %Y}"),
        )
    ):
        x = 16 * mm + k * (bw + 3 * mm)
        p.rect(x, y0 - 14 * mm, bw, 16 * mm, fill=lav)
        p.text(x + 4 * mm, y0 - 3 * mm, lab.upper(), "DVB", 7, purple)
        p.text(x + 4 * mm, y0 - 10 * mm, val, "DVB", 11, ink)
    p.text(16 * mm, y0 - 26 * mm, "BILL TO", "DVB", 7.5, purple)
    p.block(
        16 * mm,
        y0 - 32 * mm,
        ["Ms Olivia Hartley", "The Old Rectory", "Church Lane, Wells", "Somerset BA5 2PD"],
        size=8.8,
        color=ink,
    )
    p.text(100 * mm, y0 - 26 * mm, "PROJECT", "DVB", 7.5, purple)
    p.block(
        100 * mm,
        y0 - 32 * mm,
        ["Hartley–Okafor wedding suite", "Order ref. WEB-55812", "Proof approved 20 Feb 2026"],
        size=8.8,
        color=ink,
    )
    rows = [[i["d"], fq(i["q"]), "£" + fm(i["u"]), "£" + fm(i["a"])] for i in items]
    cols = [
        ("Description", 94 * mm, "l"),
        ("Qty", 18 * mm, "r"),
        ("Unit price", 32 * mm, "r"),
        ("Amount", 34 * mm, "r"),
    ]
    y = table(
        p,
        16 * mm,
        y0 - 58 * mm,
        cols,
        rows,
        hfill=purple,
        hcolor=white,
        zebra=lav,
        rh=21,
        color=ink,
    )
    y -= 10 * mm
    y = p.kv(
        128 * mm,
        190 * mm,
        y,
        [("Subtotal", "£" + fm(net)), ("VAT @ 20%", "£" + fm(vat))],
        size=9.5,
        lead=1.8,
        color=ink,
    )
    p.rect(124 * mm, y - 9 * mm, 70 * mm, 13 * mm, fill=purple)
    p.text(128 * mm, y - 4 * mm, "Total GBP", "DVB", 11, white)
    p.text(190 * mm, y - 4 * mm, "£" + fm(total), "DVB", 11, white, "r")
    p.block(
        16 * mm,
        y - 24 * mm,
        [
            ("Payment details", "DVB"),
            "Bank transfer: Sort code 20-45-77 · Account 43917265",
            f"Please quote {no} as your reference.",
        ],
        size=8.5,
        color=ink,
    )
    p.rect(0, 0, W, 18 * mm, fill=HexColor("#2B1A4D"))
    p.text(
        W / 2,
        10.5 * mm,
        "Harbour & Finch Ltd · Unit 4, Paintworks, Bath Road, Bristol BS4 3EH · hello@harbourfinch.co.uk",
        "DV",
        7,
        white,
        "c",
    )
    p.text(
        W / 2,
        6 * mm,
        "Registered in England & Wales No. 09876543 · VAT Reg. No. GB 312 4567 89",
        "DV",
        7,
        white,
        "c",
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="GBP",
        loc="en-GB",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="image-only PDF (scanned page, no text layer); seller name only in the purple header band and the footer; invoice facts in three lavender boxes; dates written out ('5 March 2026')",
    )


@doc("i07", "scan", "US", dpi=200, blur=0.7, noise=6, grey=True)
def i07(out, rng):
    W, H = letter
    slate, light = HexColor("#37474F"), HexColor("#ECEFF1")
    vendor, no, date, due = "Pine & Copper Studio LLC", "INV-0042", d(3, 11), d(3, 26)
    cat = [
        ("Brand identity package", (1,), 2400, 3200),
        ("Packaging dieline design (per SKU)", (3, 4), 350, 420),
        ("Product photography (half day)", (1,), 650, 650),
        ("Copywriting - website pages", (5, 6), 120, 140),
        ("Print-ready file prep", (1,), 180, 180),
    ]
    items = pick(rng, cat, 4)
    net = ssum(items)
    tax = q(net * D("0.08875"))
    total = net + tax
    paid = q(total * D("0.5"))
    p = Page(out, letter, f"Invoice {no}")
    p.text(0.75 * 72, H - 1.1 * 72, "Invoice", "DVB", 34, slate)
    p.text(0.75 * 72, H - 1.45 * 72, f"# {no}", "DV", 11, slate)
    logo(
        p,
        "square",
        W - 0.75 * 72 - 14 * mm,
        H - 0.95 * 72,
        9 * mm,
        HexColor("#B87333"),
        white,
        "PC",
        lsize=13,
    )
    p.text(W - 0.75 * 72, H - 1.45 * 72 - 8, "Pine & Copper Studio LLC", "DVB", 10, slate, "r")
    p.block(
        W - 0.75 * 72,
        H - 1.45 * 72 - 22,
        ["88 Berry Street, Suite 3B", "Brooklyn, NY 11249", "billing@pineandcopper.co"],
        size=8.5,
        color=slate,
        align="r",
    )
    y0 = H - 2.6 * 72
    p.text(0.75 * 72, y0, "Bill To:", "DV", 8.5, HexColor("#78909C"))
    p.block(
        0.75 * 72,
        y0 - 13,
        [("Ferncliff Provisions Inc.", "DVB"), "412 Hudson Ave", "Albany, NY 12203"],
        size=9,
        color=slate,
    )
    p.text(2.9 * 72, y0, "Ship To:", "DV", 8.5, HexColor("#78909C"))
    p.block(
        2.9 * 72,
        y0 - 13,
        ["Ferncliff Provisions Inc.", "Attn: Marketing", "412 Hudson Ave, Albany"],
        size=9,
        color=slate,
    )
    p.kv(
        5.0 * 72,
        W - 0.75 * 72,
        y0,
        [
            ("Date:", f"{date:%b} {date.day}, {date.year}"),
            ("Payment Terms:", "Net 15"),
            ("Due Date:", f"{due:%b} {due.day}, {due.year}"),
            ("PO Number:", "FP-2291"),
        ],
        size=9,
        lead=1.6,
        color=slate,
    )
    p.rect(5.0 * 72 - 6, y0 - 5 * 9 * 1.6 - 10, W - 0.75 * 72 - 5.0 * 72 + 12, 20, fill=light)
    p.text(5.0 * 72, y0 - 5 * 9 * 1.6 - 3, "Balance Due:", "DVB", 10, slate)
    p.text(W - 0.75 * 72, y0 - 5 * 9 * 1.6 - 3, "$" + fm(total - paid), "DVB", 10, slate, "r")
    rows = [[i["d"], fq(i["q"]), "$" + fm(i["u"]), "$" + fm(i["a"])] for i in items]
    cols = [
        ("Item", 3.6 * 72, "l"),
        ("Quantity", 0.9 * 72, "r"),
        ("Rate", 1.2 * 72, "r"),
        ("Amount", 1.3 * 72, "r"),
    ]
    y = table(
        p, 0.75 * 72, y0 - 1.85 * 72, cols, rows, hfill=slate, hcolor=white, rh=22, rowrule=light
    )
    y -= 0.3 * 72
    p.kv(
        5.0 * 72,
        W - 0.75 * 72,
        y,
        [
            ("Subtotal:", "$" + fm(net)),
            ("Tax (8.875%):", "$" + fm(tax)),
            ("Total:", "$" + fm(total), True),
            ("Amount Paid:", "$" + fm(paid)),
            ("Balance Due:", "$" + fm(total - paid), True),
        ],
        size=9.5,
        lead=1.8,
        color=slate,
    )
    p.block(
        0.75 * 72,
        2.0 * 72,
        [
            ("Notes:", "DV"),
            "50% deposit received on Feb 20, 2026 - thank you!",
            "",
            ("Terms:", "DV"),
            "Payment by ACH or check payable to Pine & Copper Studio LLC.",
            "Late payments accrue 1.5% per month.",
        ],
        size=8.5,
        color=slate,
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=tax,
        total=total,
        cur="USD",
        loc="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="grey scan of an online-generator layout; 'Balance Due' (after a 50 % deposit) is printed twice and is not the total; sales tax 8.875 %",
    )


@doc("i08", "photo", "CA", dpi=190, long=2000, q=70, bg="desk")
def i08(out, rng):
    W, H = letter
    mint, forest, ink = HexColor("#DDF2E6"), HexColor("#1E5B3A"), HexColor("#1C2B22")
    L = {"dec": ",", "th": " "}
    vendor, no, date, due = "Studio Nordet inc.", "2026-118", d(3, 18), d(4, 17)
    cat = [
        ("Développement d'application / App development (h)", (18, 24, 30), 115, 115),
        ("Gestion de projet / Project management (h)", (6, 8), 95, 95),
        ("Hébergement infonuagique / Cloud hosting (mars)", (1,), 189, 189),
        ("Tests QA / QA testing (h)", (10, 12), 80, 80),
    ]
    items = pick(rng, cat, 3)
    net = ssum(items)
    gst = q(net * D("0.05"))
    qst = q(net * D("0.09975"))
    total = net + gst + qst
    p = Page(out, letter, f"Facture {no}")
    p.rect(0, H - 1.45 * 72, W, 1.45 * 72, fill=mint)
    logo(p, "tri", 0.95 * 72, H - 0.72 * 72, 8 * mm, forest)
    p.text(1.35 * 72, H - 0.7 * 72, "Studio Nordet inc.", "DVB", 16, forest)
    p.text(
        1.35 * 72,
        H - 0.95 * 72,
        "1450, rue Saint-Denis, Montréal (Québec) H2X 3J8",
        "DV",
        7.5,
        forest,
    )
    p.text(W - 0.7 * 72, H - 0.72 * 72, "FACTURE", "DVB", 22, forest, "r")
    p.text(W - 0.7 * 72, H - 1.0 * 72, "INVOICE", "DVL", 14, forest, "r")
    y0 = H - 2.0 * 72
    p.text(0.7 * 72, y0, "FACTURÉ À / BILL TO", "DVB", 7.5, forest)
    p.block(
        0.7 * 72,
        y0 - 13,
        ["Fromagerie Lac-Brome ltée", "88, chemin Knowlton", "Lac-Brome (Québec) J0E 1V0"],
        size=9,
        color=ink,
    )
    p.kv(
        4.3 * 72,
        W - 0.7 * 72,
        y0,
        [
            ("No de facture / Invoice no.", no),
            ("Date", date.isoformat()),
            ("Échéance / Due", due.isoformat()),
        ],
        size=8.5,
        lead=1.6,
        color=ink,
    )
    rows = [[i["d"], fq(i["q"], L), fm(i["u"], L) + " $", fm(i["a"], L) + " $"] for i in items]
    cols = [
        ("Description", 4.0 * 72, "l"),
        ("Qté / Qty", 0.8 * 72, "r"),
        ("Taux / Rate", 1.05 * 72, "r"),
        ("Montant / Amount", 1.25 * 72, "r"),
    ]
    y = table(
        p,
        0.7 * 72,
        y0 - 0.95 * 72,
        cols,
        rows,
        hfill=forest,
        hcolor=white,
        hsize=7.5,
        zebra=HexColor("#F1F9F4"),
        size=8,
        rh=22,
        color=ink,
    )
    y -= 0.3 * 72
    y = p.kv(
        4.4 * 72,
        W - 0.7 * 72,
        y,
        [
            ("Sous-total / Subtotal", fm(net, L) + " $"),
            ("TPS / GST 5 %", fm(gst, L) + " $"),
            ("TVQ / QST 9,975 %", fm(qst, L) + " $"),
        ],
        size=9,
        lead=1.8,
        color=ink,
    )
    p.rect(4.3 * 72, y - 9 * mm, W - 0.6 * 72 - 4.3 * 72, 12 * mm, fill=forest)
    p.text(4.4 * 72, y - 4.5 * mm, "TOTAL (CAD)", "DVB", 10.5, white)
    p.text(W - 0.7 * 72, y - 4.5 * mm, fm(total, L) + " $", "DVB", 10.5, white, "r")
    p.block(
        0.7 * 72,
        1.6 * 72,
        [
            "TPS / GST : 784512369 RT0001",
            "TVQ / QST : 1219876543 TQ0001",
            "Paiement par virement Interac : comptes@nordet.ca",
            "Merci ! / Thank you!",
        ],
        size=8,
        color=ink,
    )
    p.rect(0, 0, W, 0.45 * 72, fill=forest)
    p.text(W / 2, 0.18 * 72, "studionordet.ca · 514 555-0199", "DV", 7.5, white, "c")
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=gst + qst,
        total=total,
        cur="CAD",
        loc="fr-CA",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="bilingual FR/EN labels; two taxes (TPS/GST 5 % + TVQ/QST 9.975 %) summed into vat; space thousands and decimal comma with trailing $; ISO dates",
    )


@doc("i09", "pdf", "CH")
def i09(out, rng):
    W, H = A4
    red, ink, grey = HexColor("#D52B1E"), HexColor("#202020"), HexColor("#F4F4F4")
    vendor, no, date, due = "Bergwerk Design AG", "2026-0388", d(4, 15), d(5, 15)
    cat = [
        ("Corporate Design Überarbeitung", (1,), 3800, 5200),
        ("Geschäftsbericht Layout (Seiten)", (24, 32, 40), 95, 120),
        ("Reinzeichnung & Druckvorstufe", (1,), 850, 1100),
        ("Bildrechte Stockfotos", (6, 8), 45, 45),
        ("Projektleitung (Std.)", (6, 10), 140, 140),
    ]
    items = pick(rng, cat, 4)
    net = ssum(items)
    vat = q(net * D("0.081"))
    total = net + vat
    p = Page(out, A4, f"Rechnung {no}")
    p.rect(0, H - 8 * mm, W, 8 * mm, fill=red)
    logo(p, "bars", 22 * mm, H - 24 * mm, 6 * mm, red)
    p.text(32 * mm, H - 26 * mm, "bergwerk", "DVB", 20, ink)
    p.text(W - 18 * mm, H - 22 * mm, "Bergwerk Design AG", "DVB", 9, ink, "r")
    p.block(
        W - 18 * mm,
        H - 27 * mm,
        ["Limmatstrasse 214", "8005 Zürich", "CHE-215.384.901 MWST"],
        size=8,
        color=ink,
        align="r",
    )
    p.block(
        22 * mm,
        H - 58 * mm,
        [
            "Stiftung Musikschule Albis",
            "Frau Regula Meier",
            "Dorfstrasse 3",
            "8910 Affoltern am Albis",
        ],
        size=9.5,
        color=ink,
    )
    p.text(22 * mm, H - 90 * mm, f"Rechnung Nr. {no}", "DVB", 18, ink)
    p.kv(
        130 * mm,
        192 * mm,
        H - 58 * mm,
        [
            ("Datum", f"{date:%d.%m.%Y}"),
            ("Zahlbar bis", f"{due:%d.%m.%Y}"),
            ("Kunden-Nr.", "40012"),
        ],
        size=9,
        lead=1.6,
        color=ink,
    )
    rows = [[i["d"], fq(i["q"], CH), fm(i["u"], CH), fm(i["a"], CH)] for i in items]
    cols = [
        ("Leistung", 86 * mm, "l"),
        ("Menge", 18 * mm, "r"),
        ("Preis CHF", 30 * mm, "r"),
        ("Total CHF", 36 * mm, "r"),
    ]
    y = table(
        p, 22 * mm, H - 98 * mm, cols, rows, hcolor=red, hrule=ink, zebra=grey, rh=20, color=ink
    )
    y -= 7 * mm
    y = p.kv(
        124 * mm,
        188 * mm,
        y,
        [("Total netto", "CHF " + fm(net, CH)), ("MWST 8,1 %", "CHF " + fm(vat, CH))],
        size=9,
        lead=1.7,
        color=ink,
    )
    p.rect(108 * mm, y - 8 * mm, 84 * mm, 12 * mm, fill=red)
    p.text(112 * mm, y - 3.5 * mm, "Rechnungsbetrag", "DVB", 10, white)
    p.text(188 * mm, y - 3.5 * mm, "CHF " + fm(total, CH), "DVB", 10, white, "r")
    # QR-bill payment part
    top = 105 * mm
    p.line(0, top, W, top, ink, 0.5, (3, 2))
    p.line(62 * mm, 0, 62 * mm, top, ink, 0.5, (3, 2))
    p.text(5 * mm, top - 9 * mm, "Empfangsschein", "DVB", 11, ink)
    p.block(
        5 * mm,
        top - 16 * mm,
        [
            ("Konto / Zahlbar an", "DVB"),
            "CH44 3199 9123 0008 8901 2",
            "Bergwerk Design AG",
            "Limmatstrasse 214",
            "8005 Zürich",
            "",
            ("Referenz", "DVB"),
            "21 00000 00003 13947 14300 09017",
        ],
        size=7,
        color=ink,
    )
    p.block(
        5 * mm,
        28 * mm,
        [("Währung     Betrag", "DVB"), "CHF         " + fm(total, {"dec": ".", "th": " "})],
        size=7.5,
        color=ink,
    )
    p.text(67 * mm, top - 9 * mm, "Zahlteil", "DVB", 11, ink)
    p.qr(67 * mm, top - 64 * mm, 46 * mm, rng)
    p.rect(67 * mm + 19.5 * mm, top - 64 * mm + 19.5 * mm, 7 * mm, 7 * mm, fill=black)
    p.rect(67 * mm + 22.3 * mm, top - 64 * mm + 20.5 * mm, 1.4 * mm, 5 * mm, fill=white)
    p.rect(67 * mm + 20.5 * mm, top - 64 * mm + 22.3 * mm, 5 * mm, 1.4 * mm, fill=white)
    p.block(
        67 * mm,
        28 * mm,
        [("Währung     Betrag", "DVB"), "CHF         " + fm(total, {"dec": ".", "th": " "})],
        size=8.5,
        color=ink,
    )
    p.block(
        120 * mm,
        top - 16 * mm,
        [
            ("Konto / Zahlbar an", "DVB"),
            "CH44 3199 9123 0008 8901 2",
            "Bergwerk Design AG",
            "Limmatstrasse 214, 8005 Zürich",
            "",
            ("Referenz", "DVB"),
            "21 00000 00003 13947 14300 09017",
            "",
            ("Zusätzliche Informationen", "DVB"),
            f"Rechnung {no}",
            "",
            ("Zahlbar durch", "DVB"),
            "Stiftung Musikschule Albis",
            "Dorfstrasse 3, 8910 Affoltern am Albis",
        ],
        size=7.5,
        color=ink,
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="CHF",
        loc="de-CH",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="apostrophe thousands (12'345.60) in the table but space thousands in the QR-bill payment part; lowercase wordmark 'bergwerk'; QR reference number looks like an amount/number",
    )


@doc("i10", "scan", "SE", dpi=200, blur=0.6, noise=5)
def i10(out, rng):
    W, H = A4
    navy, ice, ink = HexColor("#0B2545"), HexColor("#E6EEF7"), HexColor("#13315C")
    L = {"dec": ",", "th": " "}
    vendor, no, date, due = "Skärgårdens Snickeri AB", "10482", d(4, 2), d(5, 2)
    cat = [
        ("Platsbyggd bokhylla, ek", (1,), 14500, 18900),
        ("Montering (tim)", (8, 10, 12), 650, 650),
        ("Ytbehandling hårdvaxolja", (1,), 1850, 1850),
        ("Köksluckor måttbeställda", (8, 12), 1290.5, 1475.25),
        ("Transport och bortforsling", (1,), 895, 895),
    ]
    items = pick(rng, cat, 4, step=4)
    net = ssum(items)
    vat = q(net * D("0.25"))
    raw = net + vat
    total = q0(raw)
    rnd = total - raw
    p = Page(out, A4, f"Faktura {no}")
    p.rect(0, H - 36 * mm, W, 36 * mm, fill=navy)
    logo(p, "tri", 24 * mm, H - 18 * mm, 8 * mm, white)
    p.text(36 * mm, H - 16 * mm, "Skärgårdens Snickeri AB", "DVSB", 15, white)
    p.text(
        36 * mm,
        H - 23 * mm,
        "Möbler & inredning på mått sedan 1998",
        "DVSI",
        8,
        HexColor("#B8C7DE"),
    )
    p.text(W - 18 * mm, H - 22 * mm, "FAKTURA", "DVB", 26, white, "r")
    y0 = H - 50 * mm
    p.kv(
        18 * mm,
        90 * mm,
        y0,
        [
            ("Fakturanummer", no),
            ("Fakturadatum", date.isoformat()),
            ("Förfallodatum", due.isoformat()),
            ("Betalningsvillkor", "30 dagar netto"),
            ("Er referens", "Lina Ek"),
            ("Vår referens", "Olle Sandberg"),
        ],
        size=8.8,
        lead=1.6,
        color=ink,
    )
    p.rect(110 * mm, y0 - 33 * mm, 82 * mm, 38 * mm, fill=ice)
    p.block(
        115 * mm,
        y0 - 2 * mm,
        [("Kund", "DVB"), "Brf Solbacken 3", "c/o Lina Ek", "Solbackavägen 14", "131 46 Nacka"],
        size=9,
        color=ink,
    )
    rows = [[i["d"], fq(i["q"], L), fm(i["u"], L), fm(i["a"], L)] for i in items]
    cols = [
        ("Benämning", 88 * mm, "l"),
        ("Antal", 18 * mm, "r"),
        ("À-pris", 32 * mm, "r"),
        ("Belopp", 36 * mm, "r"),
    ]
    y = table(
        p,
        18 * mm,
        y0 - 48 * mm,
        cols,
        rows,
        hfill=ice,
        hcolor=navy,
        zebra=HexColor("#F5F8FB"),
        rh=21,
        color=ink,
    )
    y -= 9 * mm
    y = p.kv(
        120 * mm,
        188 * mm,
        y,
        [("Netto", fm(net, L)), ("Moms 25 %", fm(vat, L)), ("Öresavrundning", fm(rnd, L))],
        size=9,
        lead=1.75,
        color=ink,
    )
    p.rect(116 * mm, y - 9 * mm, 76 * mm, 13 * mm, fill=navy)
    p.text(120 * mm, y - 4 * mm, "Att betala", "DVB", 11, white)
    p.text(188 * mm, y - 4 * mm, fm(total, L) + " kr", "DVB", 11, white, "r")
    p.text(
        18 * mm,
        y - 24 * mm,
        f"Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen. Ange fakturanummer {no}.",
        "DV",
        8,
        ink,
    )
    p.rect(0, 0, W, 20 * mm, fill=ice)
    fy = 14 * mm
    p.block(
        18 * mm, fy, [("Adress", "DVB"), "Hamnvägen 6", "134 40 Gustavsberg"], size=7, color=ink
    )
    p.block(
        72 * mm,
        fy,
        [("Organisationsnr", "DVB"), "556123-4567", "Godkänd för F-skatt"],
        size=7,
        color=ink,
    )
    p.block(122 * mm, fy, [("Momsreg.nr", "DVB"), "SE556123456701", ""], size=7, color=ink)
    p.block(162 * mm, fy, [("Bankgiro", "DVB"), "5050-1055", ""], size=7, color=ink)
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="SEK",
        loc="sv-SE",
        layout="invoice",
        dtype="invoice",
        items=items,
        rnd=rnd,
        note="öresavrundning line: total rounded to whole kronor (rounding keyed separately, amount + vat + rounding = total); space thousands; ISO dates",
    )


@doc("i11", "pdf", "PL")
def i11(out, rng):
    W, H = A4
    teal, pale, ink = HexColor("#00796B"), HexColor("#E0F2F1"), HexColor("#1B1B1B")
    L = {"dec": ",", "th": " "}
    vendor, no, date, sale, due = (
        "Drukarnia Wisła Sp. z o.o.",
        "FV/2026/04/118",
        d(4, 20),
        d(4, 18),
        d(5, 4),
    )
    cat23 = [
        ("Ulotki A5 4+4, 135 g", (1000, 2000, 5000), 0.09, 0.14),
        ("Plakaty B1 na papierze satynowym", (50, 100), 6.5, 8.2),
        ("Teczki ofertowe z kieszenią", (250, 500), 2.1, 2.9),
        ("Wizytówki 350 g, folia matowa", (500, 1000), 0.12, 0.18),
        ("Naklejki okrągłe 5 cm", (1000, 2000), 0.06, 0.09),
        ("Kalendarze trójdzielne 2027", (100, 200), 14.5, 17.9),
        ("Roll-up 100x200 z wydrukiem", (2, 3, 4), 189, 229),
        ("Banery PCV 300x100", (2, 4), 145, 175),
        ("Katalog A4 32 str., oprawa zeszytowa", (300, 500), 7.4, 9.8),
        ("Notesy klejone A5, 50 kartek", (200, 300), 4.2, 5.6),
        ("Papier firmowy A4, 90 g", (1000, 2000), 0.21, 0.32),
        ("Koperty C4 z nadrukiem", (500,), 0.55, 0.75),
        ("Przygotowanie plików do druku", (1, 2), 120, 180),
        ("Podkładki pod mysz z nadrukiem", (100,), 6.9, 8.4),
    ]
    cat8 = [
        ("Książka jubileuszowa, oprawa twarda", (150, 200), 38, 46),
        ("Broszura informacyjna (publikacja ISBN)", (300, 500), 4.5, 6.1),
    ]
    items = [dict(i, r=23) for i in pick(rng, cat23, 14, step=100)] + [
        dict(i, r=8) for i in pick(rng, cat8, 2, step=100)
    ]
    rates = {}
    for i in items:
        rates.setdefault(i["r"], ZERO)
        rates[i["r"]] += i["a"]
    summary = [(r, n, q(n * r / 100)) for r, n in sorted(rates.items(), reverse=True)]
    net = sum((s[1] for s in summary), ZERO)
    vat = sum((s[2] for s in summary), ZERO)
    total = net + vat
    p = Page(out, A4, f"Faktura {no}")
    cols = [
        ("Lp.", 10 * mm, "c"),
        ("Nazwa towaru / usługi", 76 * mm, "l"),
        ("Ilość", 16 * mm, "r"),
        ("J.m.", 10 * mm, "c"),
        ("Cena netto", 20 * mm, "r"),
        ("VAT", 12 * mm, "c"),
        ("Wartość netto", 30 * mm, "r"),
    ]
    rows = [
        [str(k + 1), i["d"], fq(i["q"], L), "szt.", fm(i["u"], L), f"{i['r']}%", fm(i["a"], L)]
        for k, i in enumerate(items)
    ]

    def head(pg):
        p.rect(0, H - 28 * mm, W, 28 * mm, fill=teal)
        logo(p, "circle", 22 * mm, H - 14 * mm, 7 * mm, white, teal, "W", lsize=11)
        p.text(32 * mm, H - 13 * mm, "Drukarnia Wisła", "DVB", 15, white)
        p.text(32 * mm, H - 19 * mm, "Sp. z o.o.", "DV", 8, white)
        p.text(W - 14 * mm, H - 13 * mm, "FAKTURA VAT", "DVB", 18, white, "r")
        p.text(W - 14 * mm, H - 21 * mm, f"nr {no}", "DV", 9.5, white, "r")
        p.text(W - 14 * mm, 10 * mm, f"Strona {pg} z 2", "DV", 7.5, ink, "r")
        p.text(
            14 * mm,
            10 * mm,
            "Drukarnia Wisła Sp. z o.o. · KRS 0000456789 · Sąd Rejonowy dla Krakowa-Śródmieścia · kapitał zakładowy 50 000,00 zł",
            "DV",
            6.3,
            ink,
        )

    head(1)
    y0 = H - 40 * mm
    p.kv(
        120 * mm,
        W - 14 * mm,
        y0,
        [
            ("Data wystawienia:", f"{date:%d.%m.%Y}"),
            ("Data sprzedaży:", f"{sale:%d.%m.%Y}"),
            ("Miejsce wystawienia:", "Kraków"),
        ],
        size=8.5,
        lead=1.5,
        color=ink,
    )
    p.text(14 * mm, y0, "SPRZEDAWCA", "DVB", 7.5, teal)
    p.block(
        14 * mm,
        y0 - 11,
        ["Drukarnia Wisła Sp. z o.o.", "ul. Zabłocie 23", "30-701 Kraków", "NIP 679-312-45-67"],
        size=8.5,
        color=ink,
    )
    p.text(66 * mm, y0, "NABYWCA", "DVB", 7.5, teal)
    p.block(
        66 * mm,
        y0 - 11,
        ["Fundacja Zielony Rynek", "ul. Garbarska 7/2", "31-131 Kraków", "NIP 676-245-90-12"],
        size=8.5,
        color=ink,
    )
    y = table(
        p,
        14 * mm,
        y0 - 34 * mm,
        cols,
        rows[:10],
        hfill=teal,
        hcolor=white,
        hsize=7.5,
        zebra=pale,
        size=7.8,
        rh=19,
        color=ink,
    )
    p.text(W - 14 * mm, y - 12, "ciąg dalszy na następnej stronie", "DVO", 7.5, ink, "r")
    p.new_page()
    head(2)
    y = table(
        p,
        14 * mm,
        H - 40 * mm,
        cols,
        rows[10:],
        hfill=teal,
        hcolor=white,
        hsize=7.5,
        zebra=pale,
        size=7.8,
        rh=19,
        color=ink,
    )
    y -= 8 * mm
    scol = [
        ("Stawka VAT", 26 * mm, "c"),
        ("Wartość netto", 34 * mm, "r"),
        ("Kwota VAT", 30 * mm, "r"),
        ("Wartość brutto", 34 * mm, "r"),
    ]
    srows = [[f"{r}%", fm(n, L), fm(v, L), fm(n + v, L)] for r, n, v in summary] + [
        ["Razem", fm(net, L), fm(vat, L), fm(total, L)]
    ]
    y = table(
        p,
        W - 14 * mm - 124 * mm,
        y,
        scol,
        srows,
        hfill=pale,
        hcolor=teal,
        hsize=7.5,
        size=8,
        rh=18,
        rowrule=teal,
        color=ink,
    )
    y -= 8 * mm
    p.rect(W - 14 * mm - 90 * mm, y - 9 * mm, 90 * mm, 13 * mm, fill=teal)
    p.text(W - 14 * mm - 86 * mm, y - 4 * mm, "Do zapłaty:", "DVB", 11, white)
    p.text(W - 18 * mm, y - 4 * mm, fm(total, L) + " zł", "DVB", 11, white, "r")
    p.block(
        14 * mm,
        y - 24 * mm,
        [
            f"Sposób płatności: przelew · Termin płatności: {due:%d.%m.%Y}",
            "Konto: PKO BP 12 1020 2892 0000 5102 0345 6789",
            "Mechanizm podzielonej płatności nie dotyczy.",
        ],
        size=8.5,
        color=ink,
    )
    p.line(14 * mm, 40 * mm, 80 * mm, 40 * mm, ink, 0.5)
    p.line(W - 80 * mm, 40 * mm, W - 14 * mm, 40 * mm, ink, 0.5)
    p.text(47 * mm, 36 * mm, "Wystawił(a)", "DV", 7, ink, "c")
    p.text(W - 47 * mm, 36 * mm, "Odebrał(a)", "DV", 7, ink, "c")
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="PLN",
        loc="pl-PL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="two pages (table continues, totals on page 2); two VAT rates (23 % and 8 %) in a summary table; Data sprzedaży differs from Data wystawienia; due date only in the payment sentence; share capital in the footer",
    )


@doc("i12", "photo", "CZ", dpi=190, long=2200, q=68, bg="linen")
def i12(out, rng):
    W, H = A4
    brown, cream, ink = HexColor("#5B3A29"), HexColor("#F5EDE4"), HexColor("#2A1C14")
    L = {"dec": ",", "th": " "}
    vendor, no, date, duzp, due = (
        "Pražírna Vltava s.r.o.",
        "2026050031",
        d(5, 5),
        d(4, 30),
        d(5, 19),
    )
    cat12 = [
        ("Káva Brazílie Santos 1 kg", (10, 15, 20), 389, 459),
        ("Káva Etiopie Sidamo 1 kg", (5, 10), 529, 589),
        ("Espresso směs Vltava 1 kg", (20, 25), 349, 399),
    ]
    cat21 = [
        ("Mlýnek Mahlkönig – servis", (1,), 1850, 2400),
        ("Papírové kelímky 300 ml (bal. 50)", (10, 20), 89, 109),
    ]
    items = [dict(i, r=12) for i in pick(rng, cat12, 2, step=1)] + [
        dict(i, r=21) for i in pick(rng, cat21, 2, step=1)
    ]
    base = {12: ZERO, 21: ZERO}
    for i in items:
        base[i["r"]] += i["a"]
    taxes = {r: q(b * r / 100) for r, b in base.items()}
    net = base[12] + base[21]
    vat = taxes[12] + taxes[21]
    raw = net + vat
    total = q0(raw)
    rnd = total - raw
    p = Page(out, A4, f"Faktura {no}")
    p.rect(0, H - 34 * mm, W, 34 * mm, fill=brown)
    logo(p, "bean", 22 * mm, H - 17 * mm, 8 * mm, cream, brown)
    p.text(32 * mm, H - 15 * mm, "Pražírna Vltava", "DVSB", 17, cream)
    p.text(32 * mm, H - 22 * mm, "výběrová káva od roku 2012", "DVSI", 8, cream)
    p.text(W - 16 * mm, H - 15 * mm, "FAKTURA", "DVB", 20, cream, "r")
    p.text(W - 16 * mm, H - 23 * mm, f"DAŇOVÝ DOKLAD č. {no}", "DV", 9, cream, "r")
    y0 = H - 46 * mm
    p.text(16 * mm, y0, "DODAVATEL", "DVB", 7.5, brown)
    p.block(
        16 * mm,
        y0 - 11,
        [
            "Pražírna Vltava s.r.o.",
            "Křenová 62a",
            "602 00 Brno",
            "IČO: 07654321",
            "DIČ: CZ07654321",
        ],
        size=8.5,
        color=ink,
    )
    p.text(78 * mm, y0, "ODBĚRATEL", "DVB", 7.5, brown)
    p.block(
        78 * mm,
        y0 - 11,
        [
            "Kavárna U Zlatého klíče s.r.o.",
            "Nerudova 27",
            "118 00 Praha 1",
            "IČO: 24681357",
            "DIČ: CZ24681357",
        ],
        size=8.5,
        color=ink,
    )
    p.rect(138 * mm, y0 - 40 * mm, 56 * mm, 44 * mm, fill=cream)
    p.kv(
        141 * mm,
        191 * mm,
        y0 - 2 * mm,
        [
            ("Datum vystavení", f"{date:%d.%m.%Y}"),
            ("DUZP", f"{duzp:%d.%m.%Y}"),
            ("Datum splatnosti", f"{due:%d.%m.%Y}"),
            ("Forma úhrady", "převodem"),
            ("Variabilní symbol", no),
        ],
        size=7.8,
        lead=1.9,
        color=ink,
    )
    rows = [[i["d"], fq(i["q"], L), fm(i["u"], L), f"{i['r']} %", fm(i["a"], L)] for i in items]
    cols = [
        ("Označení dodávky", 80 * mm, "l"),
        ("Množství", 20 * mm, "r"),
        ("Cena/j. bez DPH", 30 * mm, "r"),
        ("DPH", 16 * mm, "c"),
        ("Celkem bez DPH", 32 * mm, "r"),
    ]
    y = table(
        p,
        16 * mm,
        y0 - 54 * mm,
        cols,
        rows,
        hfill=brown,
        hcolor=cream,
        hsize=7.8,
        zebra=cream,
        rh=21,
        color=ink,
    )
    y -= 8 * mm
    scol = [("Sazba", 18 * mm, "c"), ("Základ", 28 * mm, "r"), ("DPH", 26 * mm, "r")]
    table(
        p,
        16 * mm,
        y,
        scol,
        [[f"{r} %", fm(base[r], L), fm(taxes[r], L)] for r in (12, 21)],
        hcolor=brown,
        hrule=brown,
        size=8,
        rh=18,
        color=ink,
    )
    y = p.kv(
        124 * mm,
        190 * mm,
        y - 4,
        [
            ("Základ celkem", fm(net, L) + " Kč"),
            ("DPH celkem", fm(vat, L) + " Kč"),
            ("Zaokrouhlení", fm(rnd, L) + " Kč"),
        ],
        size=8.8,
        lead=1.75,
        color=ink,
    )
    p.rect(120 * mm, y - 9 * mm, 74 * mm, 13 * mm, fill=brown)
    p.text(124 * mm, y - 4 * mm, "Celkem k úhradě", "DVB", 10.5, cream)
    p.text(190 * mm, y - 4 * mm, fm(total, L) + " Kč", "DVB", 10.5, cream, "r")
    p.block(
        16 * mm,
        40 * mm,
        [
            "Bankovní spojení: Fio banka, č. ú. 2801234567/2010",
            "IBAN: CZ65 2010 0000 0028 0123 4567",
            "Společnost je zapsána v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 112233.",
        ],
        size=7.8,
        color=ink,
    )
    p.rect(0, 0, W, 12 * mm, fill=brown)
    p.text(
        W / 2,
        4.5 * mm,
        "objednavky@prazirnavltava.cz · +420 543 210 987 · www.prazirnavltava.cz",
        "DV",
        7.5,
        cream,
        "c",
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="CZK",
        loc="cs-CZ",
        layout="invoice",
        dtype="invoice",
        items=items,
        rnd=rnd,
        note="three dates (vystavení = invoice date, DUZP = tax point, splatnost = due); two DPH rates; Zaokrouhlení (rounding to whole Kč) keyed separately; variabilní symbol equals the invoice number",
    )


@doc("i13", "scan", "AU", dpi=200, blur=0.7, noise=5, pdf=True)
def i13(out, rng):
    W, H = A4
    sea, pale, ink = HexColor("#0E6E7E"), HexColor("#E3F4F6"), HexColor("#10282C")
    vendor, no, date, due = "Saltbush Plumbing Pty Ltd", "00731", d(5, 12), d(5, 26)
    cat = [
        ("Labour - licensed plumber (hrs)", (3, 4, 5), 118, 118),
        ("Call-out fee (metro)", (1,), 95, 95),
        ("Hot water unit 250L electric, supply", (1,), 1290, 1490),
        ("Tempering valve + fittings", (1,), 168, 210),
        ("Disposal of old unit", (1,), 75, 75),
    ]
    items = pick(rng, cat, 4)
    net = ssum(items)
    gst = q(net * D("0.10"))
    total = net + gst
    p = Page(out, A4, f"Tax Invoice {no}")
    p.watermark("PAID", HexColor("#D8F0DC"), size=150, angle=30)
    p.rect(0, H - 42 * mm, W, 42 * mm, fill=sea)
    logo(p, "leaf", 24 * mm, H - 21 * mm, 8 * mm, white, sea)
    p.text(36 * mm, H - 19 * mm, "Saltbush Plumbing Pty Ltd", "DVB", 15, white)
    p.text(36 * mm, H - 26 * mm, "ABN 53 123 456 789 · Lic. PGE 241187", "DV", 8, white)
    p.text(W - 16 * mm, H - 24 * mm, "TAX INVOICE", "DVB", 22, white, "r")
    y0 = H - 56 * mm
    p.text(16 * mm, y0, "INVOICE TO", "DVB", 7.5, sea)
    p.block(
        16 * mm,
        y0 - 12,
        ["Mr Daniel Nguyen", "27 Fullarton Road", "Kent Town SA 5067"],
        size=9,
        color=ink,
    )
    p.text(80 * mm, y0, "JOB SITE", "DVB", 7.5, sea)
    p.block(
        80 * mm,
        y0 - 12,
        ["Same as invoice address", "Job no. J-4471", "Attended 11/05/2026"],
        size=9,
        color=ink,
    )
    p.kv(
        140 * mm,
        194 * mm,
        y0,
        [("Invoice #", no), ("Date", f"{date:%d/%m/%Y}"), ("Due", f"{due:%d/%m/%Y}")],
        size=9,
        lead=1.6,
        color=ink,
    )
    rows = [[i["d"], fq(i["q"]), "$" + fm(i["u"]), "$" + fm(i["a"])] for i in items]
    cols = [
        ("Description", 96 * mm, "l"),
        ("Qty", 16 * mm, "r"),
        ("Unit (ex GST)", 32 * mm, "r"),
        ("Amount", 34 * mm, "r"),
    ]
    y = table(
        p, 16 * mm, y0 - 34 * mm, cols, rows, hfill=sea, hcolor=white, zebra=pale, rh=22, color=ink
    )
    y -= 9 * mm
    y = p.kv(
        130 * mm,
        190 * mm,
        y,
        [("Subtotal (ex GST)", "$" + fm(net)), ("GST 10%", "$" + fm(gst))],
        size=9.5,
        lead=1.8,
        color=ink,
    )
    p.rect(126 * mm, y - 9 * mm, 68 * mm, 13 * mm, fill=sea)
    p.text(130 * mm, y - 4 * mm, "Total AUD", "DVB", 11, white)
    p.text(190 * mm, y - 4 * mm, "$" + fm(total), "DVB", 11, white, "r")
    p.rect(0, 0, W, 22 * mm, fill=HexColor("#0A4F5A"))
    p.block(
        16 * mm,
        15 * mm,
        [
            ("How to pay", "DVB"),
            "EFT: BSB 065-000 · Acc 1234 5678 · Ref 00731",
            "Saltbush Plumbing Pty Ltd · 9 Kingston Ave, Richmond SA 5033",
        ],
        size=7.5,
        color=white,
    )
    p.block(
        W - 16 * mm,
        15 * mm,
        [("Questions?", "DVB"), "0412 555 019", "accounts@saltbushplumbing.com.au"],
        size=7.5,
        color=white,
        align="r",
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=gst,
        total=total,
        cur="AUD",
        loc="en-AU",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="image-only PDF (scan); PAID watermark across the page; seller name only in the header band and the footer; ABN next to the name; dd/mm/yyyy",
    )


def words_in(n: int) -> str:
    ones = [
        "Zero",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Thirteen",
        "Fourteen",
        "Fifteen",
        "Sixteen",
        "Seventeen",
        "Eighteen",
        "Nineteen",
    ]
    tens = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]

    def two(x):
        return ones[x] if x < 20 else tens[x // 10] + ("" if x % 10 == 0 else " " + ones[x % 10])

    def three(x):
        h, r = divmod(x, 100)
        return (ones[h] + " Hundred" + (" " + two(r) if r else "")) if h else two(r)

    parts = []
    for div, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        k, n = divmod(n, div)
        if k:
            parts.append(f"{three(k)} {name}")
    if n:
        parts.append(three(n))
    return " ".join(parts)


@doc("i14", "pdf", "IN")
def i14(out, rng):
    W, H = A4
    indigo, pale, ink, saffron = (
        HexColor("#283593"),
        HexColor("#E8EAF6"),
        HexColor("#1A1A2E"),
        HexColor("#F9A825"),
    )
    vendor, no, date, due = "Kaveri Textiles Pvt. Ltd.", "KT/26-27/0142", d(5, 21), d(6, 20)
    cat = [
        ("Cotton knit T-shirt, round neck (S-XL)", (300, 500, 600), 145, 185, "6109"),
        ("Polo shirt pique, embroidered", (200, 300), 265, 320, "6105"),
        ("Track pants, brushed fleece", (150, 250), 310, 365, "6103"),
        ("Kids' cotton shorts (set of 2)", (200,), 120, 150, "6104"),
        ("Hooded sweatshirt 320 GSM", (100, 150), 480, 560, "6110"),
        ("Cotton towel, 70x140 cm", (300, 400), 165, 199, "6302"),
        ("Bedsheet set, double, 210 TC", (100, 120), 640, 720, "6302"),
        ("Cushion cover 40x40 (pack of 5)", (80, 100), 399, 450, "6304"),
        ("Socks, ankle length (pack of 3)", (400, 500), 89, 110, "6115"),
        ("Lounge shorts, jersey", (200, 300), 175, 210, "6103"),
        ("Printing charges - screen print", (1,), 8500, 12000, "9989"),
        ("Packing & cartons", (1,), 2400, 3600, "9985"),
    ]
    chosen = rng.sample(cat, 12)
    items = []
    for desc, qs, lo, hi, hsn in chosen:
        it = item(desc, rng.choice(qs), D(rng.randint(lo, hi)))
        it["hsn"] = hsn
        items.append(it)
    net = ssum(items)
    cgst = q(net * D("0.06"))
    sgst = q(net * D("0.06"))
    raw = net + cgst + sgst
    total = q0(raw)
    rnd = total - raw
    p = Page(out, A4, f"Tax Invoice {no}")
    cols = [
        ("#", 8 * mm, "c"),
        ("Description of goods", 70 * mm, "l"),
        ("HSN/SAC", 18 * mm, "c"),
        ("Qty", 16 * mm, "r"),
        ("Rate (₹)", 22 * mm, "r"),
        ("Taxable value (₹)", 44 * mm, "r"),
    ]
    rows = [
        [str(k + 1), i["d"], i["hsn"], fq(i["q"]), fm(i["u"], IN), fm(i["a"], IN)]
        for k, i in enumerate(items)
    ]

    def head(pg):
        p.rect(0, H - 30 * mm, W, 30 * mm, fill=indigo)
        p.rect(0, H - 32 * mm, W, 2 * mm, fill=saffron)
        logo(p, "circle", 22 * mm, H - 15 * mm, 8 * mm, saffron, indigo, "K", lsize=14)
        p.text(33 * mm, H - 13.5 * mm, "Kaveri Textiles Pvt. Ltd.", "DVB", 15, white)
        p.text(33 * mm, H - 20 * mm, "GSTIN 33AABCK1234F1Z5 · Tiruppur, Tamil Nadu", "DV", 8, white)
        p.text(W - 14 * mm, H - 16 * mm, "TAX INVOICE", "DVB", 18, white, "r")
        p.text(W - 14 * mm, H - 23 * mm, "Original for Recipient", "DVO", 7.5, white, "r")
        p.text(
            W / 2,
            8 * mm,
            f"Page {pg} of 2 · This is a computer generated invoice",
            "DV",
            7,
            ink,
            "c",
        )

    head(1)
    y0 = H - 42 * mm
    p.text(14 * mm, y0, "Billed to", "DVB", 8, indigo)
    p.block(
        14 * mm,
        y0 - 12,
        [
            "Surya Retail Private Limited",
            "14, Cathedral Road, Gopalapuram",
            "Chennai, Tamil Nadu - 600086",
            "GSTIN 33AAFCS5678K1Z2",
            "State code: 33",
        ],
        size=8.3,
        color=ink,
    )
    p.text(84 * mm, y0, "Dispatched from", "DVB", 8, indigo)
    p.block(
        84 * mm,
        y0 - 12,
        [
            "SF No. 212, Avinashi Road",
            "Tiruppur - 641602",
            "E-way bill 3310 4582 7713",
            "Vehicle TN39 BK 4421",
        ],
        size=8.3,
        color=ink,
    )
    p.rect(142 * mm, y0 - 34 * mm, 54 * mm, 38 * mm, fill=pale)
    p.kv(
        145 * mm,
        193 * mm,
        y0 - 2 * mm,
        [
            ("Invoice No.", no),
            ("Invoice Date", f"{date:%d-%m-%Y}"),
            ("Due Date", f"{due:%d-%m-%Y}"),
            ("Place of supply", "Tamil Nadu"),
            ("PO Ref.", "SRP/PO/8812"),
        ],
        size=7.4,
        lead=1.9,
        color=ink,
    )
    y = table(
        p,
        14 * mm,
        y0 - 44 * mm,
        cols,
        rows[:9],
        hfill=indigo,
        hcolor=white,
        hsize=7.5,
        zebra=pale,
        size=7.8,
        rh=20,
        color=ink,
    )
    p.text(W - 14 * mm, y - 12, "Continued on page 2", "DVO", 7.5, ink, "r")
    p.new_page()
    head(2)
    y = table(
        p,
        14 * mm,
        H - 42 * mm,
        cols,
        rows[9:],
        hfill=indigo,
        hcolor=white,
        hsize=7.5,
        zebra=pale,
        size=7.8,
        rh=20,
        color=ink,
    )
    y -= 8 * mm
    y = p.kv(
        120 * mm,
        W - 18 * mm,
        y,
        [
            ("Total taxable value", "₹ " + fm(net, IN)),
            ("CGST @ 6%", "₹ " + fm(cgst, IN)),
            ("SGST @ 6%", "₹ " + fm(sgst, IN)),
            ("Round off", "₹ " + fm(rnd, IN)),
        ],
        size=8.8,
        lead=1.75,
        color=ink,
    )
    p.rect(116 * mm, y - 9 * mm, W - 14 * mm - 116 * mm, 13 * mm, fill=indigo)
    p.text(120 * mm, y - 4 * mm, "Invoice Total", "DVB", 10.5, white)
    p.text(W - 18 * mm, y - 4 * mm, "₹ " + fm(total, IN), "DVB", 10.5, white, "r")
    p.block(
        14 * mm,
        y - 24 * mm,
        [("Amount in words:", "DVB"), f"Indian Rupees {words_in(int(total))} Only"],
        size=8.3,
        color=ink,
    )
    p.block(
        14 * mm,
        y - 44 * mm,
        [
            ("Bank details", "DVB"),
            "Indian Bank, Tiruppur Main · A/c No. 6012345678 · IFSC IDIB000T012",
            "Payment within 30 days. Interest @ 18% p.a. on overdue bills.",
            "Subject to Tiruppur jurisdiction.",
        ],
        size=8,
        color=ink,
    )
    p.text(W - 14 * mm, 40 * mm, "For Kaveri Textiles Pvt. Ltd.", "DVB", 8.5, ink, "r")
    p.text(W - 14 * mm, 24 * mm, "Authorised Signatory", "DV", 8, ink, "r")
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=cgst + sgst,
        total=total,
        cur="INR",
        loc="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        rnd=rnd,
        note="two pages; lakh grouping (3,45,678.00); CGST + SGST summed into vat; round-off line keyed as rounding; dd-mm-yyyy; amount in words",
    )


@doc("i15", "scan", "PT", dpi=210, blur=0.6, noise=5)
def i15(out, rng):
    W, H = A4
    blue, tile, ink = HexColor("#1D4E89"), HexColor("#E4EDF8"), HexColor("#14233A")
    vendor, no, date, due = "Azulejo Digital, Lda.", "FT 2026A/88", d(5, 28), d(6, 27)
    cat = [
        ("Desenvolvimento de loja online (pacote)", (1,), 2400, 3100),
        ("Integração com gateway de pagamento", (1,), 450, 600),
        ("Manutenção mensal - junho", (1,), 180, 180),
        ("Formação à equipa (horas)", (4, 6), 55, 55),
        ("Sessão fotográfica de produto", (1,), 320, 380),
    ]
    items = pick(rng, cat, 4)
    net = ssum(items)
    vat = q(net * D("0.23"))
    total = net + vat
    p = Page(out, A4, f"Fatura {no}")
    p.rect(0, H - 30 * mm, W, 30 * mm, fill=blue)
    for k in range(4):
        logo(
            p,
            "diamond",
            20 * mm + (k % 2) * 6 * mm,
            H - 12 * mm - (k // 2) * 6 * mm,
            2.8 * mm,
            white,
        )
    p.text(34 * mm, H - 17 * mm, "Azulejo Digital, Lda.", "DVB", 16, white)
    p.text(W - 16 * mm, H - 13 * mm, "FATURA", "DVB", 18, white, "r")
    p.text(W - 16 * mm, H - 21 * mm, f"N.º {no}", "DV", 10, white, "r")
    y0 = H - 42 * mm
    p.text(16 * mm, y0, "Exmo.(s) Sr.(s)", "DV", 8, blue)
    p.block(
        16 * mm,
        y0 - 12,
        [
            ("Conservas Maré Viva, S.A.", "DVB"),
            "Rua do Ouro 210",
            "4150-555 Porto",
            "NIF 503 219 876",
        ],
        size=9,
        color=ink,
    )
    p.rect(120 * mm, y0 - 30 * mm, 74 * mm, 34 * mm, fill=tile)
    p.kv(
        124 * mm,
        190 * mm,
        y0 - 2 * mm,
        [
            ("Data", f"{date:%d/%m/%Y}"),
            ("Vencimento", f"{due:%d/%m/%Y}"),
            ("ATCUD", "JJ3F7K9M-88"),
            ("Original", ""),
        ],
        size=8.5,
        lead=1.9,
        color=ink,
    )
    rows = [[i["d"], fq(i["q"], DE), fm(i["u"], DE), "23%", fm(i["a"], DE)] for i in items]
    cols = [
        ("Descrição", 86 * mm, "l"),
        ("Qtd.", 14 * mm, "r"),
        ("Preço unit.", 28 * mm, "r"),
        ("IVA", 14 * mm, "c"),
        ("Valor (€)", 36 * mm, "r"),
    ]
    y = table(
        p, 16 * mm, y0 - 44 * mm, cols, rows, hfill=blue, hcolor=white, zebra=tile, rh=22, color=ink
    )
    y -= 9 * mm
    y = p.kv(
        124 * mm,
        190 * mm,
        y,
        [("Total ilíquido", fm(net, DE) + " €"), ("IVA 23%", fm(vat, DE) + " €")],
        size=9,
        lead=1.8,
        color=ink,
    )
    p.rect(120 * mm, y - 9 * mm, 74 * mm, 13 * mm, fill=blue)
    p.text(124 * mm, y - 4 * mm, "Total a pagar", "DVB", 11, white)
    p.text(190 * mm, y - 4 * mm, fm(total, DE) + " €", "DVB", 11, white, "r")
    p.qr(16 * mm, 32 * mm, 30 * mm, rng)
    p.block(
        52 * mm,
        58 * mm,
        [
            "Pagamento por transferência bancária:",
            "IBAN PT50 0035 0651 0001 2345 6783 4",
            "Referência MB: 21 223 456 789",
            "Processado por programa certificado n.º 2145/AT",
        ],
        size=7.8,
        color=ink,
    )
    p.rect(0, 0, W, 16 * mm, fill=blue)
    p.text(
        W / 2,
        9 * mm,
        "Azulejo Digital, Lda. · Rua de Santa Catarina 312, 4000-443 Porto · NIF 509 876 543",
        "DV",
        7,
        white,
        "c",
    )
    p.text(
        W / 2,
        4.5 * mm,
        "Capital social 5 000,00 € · Matrícula CRC Porto 509876543",
        "DV",
        7,
        white,
        "c",
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="pt-PT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="seller name only in the blue header band and the footer band; number with series and space ('FT 2026A/88'); ATCUD code and QR box; capital social in the footer",
    )


@doc("i16", "pdf", "NO")
def i16(out, rng):
    W, H = A4
    fjord, mist, ink, amber = (
        HexColor("#274C77"),
        HexColor("#E7ECEF"),
        HexColor("#1B263B"),
        HexColor("#F4A259"),
    )
    L = NB
    vendor, no, date, due = "Fjordlys Elektro AS", "2026-1187", d(6, 3), d(6, 17)
    cat = [
        ("Elektrikerarbeid (timer)", (6, 8, 12), 895, 895),
        ("Sikringsskap, komplett 24 kurs", (1,), 8900, 11200),
        ("Varmekabel 17 W/m, 60 m", (1, 2), 2790, 3190),
        ("Stikkontakt dobbel m/jord", (8, 12), 189, 229),
        ("Kjøring og servicebil", (1,), 590, 590),
    ]
    items = pick(rng, cat, 4, step=1)
    net = ssum(items)
    vat = q(net * D("0.25"))
    total = net + vat
    kid = "0011871234567"
    p = Page(out, A4, f"Faktura {no}")
    p.rect(0, 0, W, H, fill=HexColor("#FAFBFC"))
    p.rect(0, H - 30 * mm, W, 30 * mm, fill=mist)
    logo(p, "tri", 24 * mm, H - 15 * mm, 7 * mm, amber)
    p.text(34 * mm, H - 17 * mm, "Fjordlys Elektro", "DVB", 16, fjord)
    p.text(W - 18 * mm, H - 19 * mm, "FAKTURA", "DVL", 26, fjord, "r")
    y0 = H - 44 * mm
    p.block(
        18 * mm,
        y0,
        [
            "Sameiet Bryggen Panorama",
            "v/ styreleder Kari Solheim",
            "Sandviksveien 41",
            "5035 Bergen",
        ],
        size=9.5,
        color=ink,
    )
    p.kv(
        122 * mm,
        192 * mm,
        y0,
        [
            ("Fakturanr.", no),
            ("Fakturadato", f"{date:%d.%m.%Y}"),
            ("Forfallsdato", f"{due:%d.%m.%Y}"),
            ("Kundenr.", "3308"),
            ("Deres ref.", "Kari Solheim"),
        ],
        size=9,
        lead=1.6,
        color=ink,
    )
    rows = [[i["d"], fq(i["q"], L), fm(i["u"], L), fm(i["a"], L)] for i in items]
    cols = [
        ("Beskrivelse", 90 * mm, "l"),
        ("Antall", 18 * mm, "r"),
        ("Pris", 30 * mm, "r"),
        ("Beløp", 36 * mm, "r"),
    ]
    y = table(
        p,
        18 * mm,
        y0 - 40 * mm,
        cols,
        rows,
        hfill=fjord,
        hcolor=white,
        zebra=mist,
        rh=21,
        color=ink,
    )
    y -= 9 * mm
    y = p.kv(
        124 * mm,
        188 * mm,
        y,
        [("Sum eks. mva", fm(net, L)), ("Mva 25 %", fm(vat, L))],
        size=9,
        lead=1.8,
        color=ink,
    )
    p.rect(120 * mm, y - 9 * mm, 72 * mm, 13 * mm, fill=amber)
    p.text(124 * mm, y - 4 * mm, "Å betale", "DVB", 11, ink)
    p.text(188 * mm, y - 4 * mm, "kr " + fm(total, L), "DVB", 11, ink, "r")
    gy = 62 * mm
    p.rect(0, 0, W, gy, fill=HexColor("#FFF4E6"))
    p.line(0, gy, W, gy, amber, 2)
    p.text(18 * mm, gy - 10 * mm, "GIRO", "DVB", 12, amber)
    p.kv(
        18 * mm,
        100 * mm,
        gy - 20 * mm,
        [("Betalingsfrist", f"{due:%d.%m.%Y}"), ("Til konto", "1503.12.34567"), ("KID", kid)],
        size=9,
        lead=1.7,
        color=ink,
    )
    p.kv(
        120 * mm,
        192 * mm,
        gy - 20 * mm,
        [("Beløp", fm(total, L)), ("Betalt til", "Fjordlys Elektro AS")],
        size=9,
        lead=1.7,
        color=ink,
    )
    p.text(
        W / 2,
        8 * mm,
        "Fjordlys Elektro AS · Kanalveien 58, 5068 Bergen · Org.nr. 923 456 789 MVA · Foretaksregisteret",
        "DV",
        7,
        ink,
        "c",
    )
    p.save()
    return truth(
        number=no,
        date=date,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="NOK",
        loc="nb-NO",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="seller name beside the logo without legal form (full name only in the giro 'Betalt til' and the footer); KID number; no-break-space thousands; amount repeated in the giro part",
    )


# ============================================================================================
# receipts
# ============================================================================================


def ritems(rng, cat, n, step=20):
    return pick(rng, cat, n, step)


@doc("r01", "photo", "US", dpi=230, long=2000, q=70, bg="wood")
def r01(out, rng):
    green = HexColor("#2F5D50")
    vendor, no, date = "Juniper & Oak Coffee Roasters", "2Q7F-8841", d(3, 14)
    cat = [
        ("Oat Latte 16oz", (1, 2), 5.75, 5.75),
        ("Cortado", (1,), 4.25, 4.25),
        ("Breakfast Taco", (2, 3), 3.95, 3.95),
        ("Cold Brew 20oz", (1,), 5.25, 5.25),
        ("Blueberry Scone", (1, 2), 3.75, 3.75),
        ("Whole Bean - Ethiopia 12oz", (1,), 18.5, 18.5),
    ]
    items = ritems(rng, cat, 4)
    sub = ssum(items)
    tax = q(sub * D("0.0825"))
    tip = q(sub * D("0.20"))
    total = sub + tax + tip
    R = Roll(80, font="DV", size=8.5)
    R.logo("leaf", 7 * mm, green)
    R.t("JUNIPER & OAK", 15, "DVB", color=green)
    R.t("COFFEE ROASTERS", 7.5, "DV", color=green)
    R.t("1402 E 6th St, Austin, TX 78702", 7.5)
    R.gap(4)
    R.lr(f"{date:%b} {date.day}, {date.year}", "8:42 AM", 7.5)
    R.lr(f"Receipt #{no}", "Order 118", 7.5)
    R.lr("Station: Front Counter", "Server: Maya", 7.5)
    R.rule()
    for i in items:
        R.lr(i["d"] if i["q"] == 1 else f"{i['d']} x{fq(i['q'])}", "$" + fm(i["a"]))
    R.rule()
    R.lr("Subtotal", "$" + fm(sub))
    R.lr("Sales Tax (8.25%)", "$" + fm(tax))
    R.lr("Tip (20%)", "$" + fm(tip))
    R.lr("Total", "$" + fm(total), 11, "DVB")
    R.rule()
    R.lr("Visa •••• 4821", "$" + fm(total), 8)
    R.lr("Contactless · Auth code 07731B", "", 7.5)
    R.gap(6)
    R.t("Thank you, neighbor!", 9, "DVB", color=green)
    R.t("Rate your visit: junipercoffee.com/r/2Q7F", 7)
    R.render(out, f"Receipt {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=total,
        tip=tip,
        cur="USD",
        loc="en-US",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="tablet-POS receipt; 20 % tip line included in the total (tip keyed separately); sales tax added on top",
    )


@doc("r02", "pdf", "GB")
def r02(out, rng):
    lime, ink, grey = HexColor("#B6F23E"), HexColor("#111111"), HexColor("#6B6B6B")
    vendor, no, date = "Hopla Technologies UK Ltd", "GB-2603-48210", d(3, 22)
    base, dist, mins, fee = (
        D("2.50"),
        q(D(rng.randint(520, 980)) / 100 * D("1.30")),
        q(D(rng.randint(14, 26)) * D("0.18")),
        D("1.20"),
    )
    gross = base + dist + mins + fee
    vat = incl(gross, 20)
    net = gross - vat
    R = Roll(120, font="DV", size=9, margin=10 * mm, top=0, bottom=10 * mm)
    R.strip(22 * mm, ink, "hopla", 26, "DVB", lime, "l")
    R.gap(8)
    R.t("Thanks for riding, Amelia", 15, "DVB", align="l")
    R.t(f"{date:%A}, {date.day} {date:%B %Y} · 23:14", 9, color=grey, align="l")
    R.gap(8)
    R.lr("Total", "£" + fm(gross), 20, "DVB")
    R.rule(None, HexColor("#DDDDDD"), 0.8, 10)
    for lab, v in (("Base fare", base), ("Distance", dist), ("Time", mins), ("Booking fee", fee)):
        R.lr(lab, "£" + fm(v), 9.5)
    R.rule(None, HexColor("#DDDDDD"), 0.8, 10)
    R.lr("Fare excl. VAT", "£" + fm(net), 9.5)
    R.lr("VAT (20%)", "£" + fm(vat), 9.5)
    R.lr("Total incl. VAT", "£" + fm(gross), 10.5, "DVB")
    R.gap(6)
    R.lr("Apple Pay · Mastercard ···· 3307", "£" + fm(gross), 9, color=grey)
    R.gap(8)
    R.t("Pickup  23:14  ·  12 Stokes Croft, Bristol", 8.5, align="l")
    R.t("Drop-off  23:38  ·  41 North View, Westbury Park", 8.5, align="l")
    R.gap(8)
    R.t(f"Receipt No. {no} · Driver: Tomasz (Toyota Corolla, WU21 KXP)", 7.5, color=grey, align="l")
    R.t(
        "Hopla Technologies UK Ltd · 1 Temple Way, Bristol BS2 0BY · VAT GB 389 1122 44",
        7.5,
        color=grey,
        align="l",
    )
    R.render(out, f"Hopla receipt {no}")
    items = [
        item(lab, 1, v)
        for lab, v in (
            ("Base fare", base),
            ("Distance", dist),
            ("Time", mins),
            ("Booking fee", fee),
        )
    ]
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=gross,
        cur="GBP",
        loc="en-GB",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="ride-app e-mailed receipt; brand wordmark 'hopla' in a black strip, legal name only in the small footer; total shown first in big type; VAT included",
    )


@doc("r03", "scan", "DE", dpi=220, fade=True, blur=0.7, noise=6, paper=(232, 238, 240))
def r03(out, rng):
    vendor, no, date = "Bäckerei Kornblume", "4821", d(3, 27)
    catA = [
        ("Roggenbrötchen", (4, 6), 0.55, 0.55),
        ("Laugenbrezel", (2, 3), 0.95, 0.95),
        ("Bauernbrot 1kg", (1,), 4.6, 4.6),
        ("Mohnschnecke", (1, 2), 2.1, 2.1),
        ("Käsekuchen Stück", (1, 2), 3.2, 3.2),
    ]
    catB = [("Kaffee to go gr.", (1, 2), 3.4, 3.4), ("Cappuccino", (1,), 3.6, 3.6)]
    items = [dict(i, r=7) for i in ritems(rng, catA, 4)] + [
        dict(i, r=19) for i in ritems(rng, catB, 1)
    ]
    gross = {7: ZERO, 19: ZERO}
    for i in items:
        gross[i["r"]] += i["a"]
    tax = {r: incl(g, r) for r, g in gross.items()}
    total = gross[7] + gross[19]
    vat = tax[7] + tax[19]
    net = total - vat
    cash = D("20.00") if total < 20 else D("50.00")
    R = Roll(80, font="DVM", size=8)
    R.logo("circle", 6 * mm, black, white, "K")
    R.t("Bäckerei Kornblume", 12, "DVMB")
    R.t("Inh. Sabine Krüger e.K.")
    R.t("Karl-Liebknecht-Str. 37, 04107 Leipzig")
    R.t("St.-Nr. 231/456/78901")
    R.rule()
    for i in items:
        if i["q"] != 1:
            R.t(f"{fq(i['q'])} x {fm(i['u'], DE)}", align="l", inset=4)
        R.lr(i["d"], f"{fm(i['a'], DE)} {'A' if i['r'] == 7 else 'B'}")
    R.rule()
    R.lr("SUMME EUR", fm(total, DE), 11, "DVMB")
    R.lr("Bar", fm(cash, DE))
    R.lr("Rückgeld", fm(cash - total, DE))
    R.rule()
    R.cols([("MwSt", 0, "l"), ("Netto", 0.5, "r"), ("Steuer", 0.75, "r"), ("Brutto", 1, "r")], 7.5)
    for r, lab in ((7, "A 7%"), (19, "B 19%")):
        R.cols(
            [
                (lab, 0, "l"),
                (fm(gross[r] - tax[r], DE), 0.5, "r"),
                (fm(tax[r], DE), 0.75, "r"),
                (fm(gross[r], DE), 1, "r"),
            ],
            7.5,
        )
    R.rule()
    R.lr(f"Bon-Nr. {no}", f"{date:%d.%m.%Y} 07:41", 7.5)
    R.lr("Kasse 2", "Bed.: Jens", 7.5)
    R.t("TSE-Transaktion: 48213  Signatur-Zähler: 96631", 6.5, align="l")
    R.t("TSE-Start: 2026-03-27T07:41:12", 6.5, align="l")
    R.t("TSE-Seriennr.: 4a6f3c21e9d0b7...8812", 6.5, align="l")
    R.gap(4)
    R.t("Vielen Dank für Ihren Einkauf!", 8.5, "DVMB")
    R.render(out, f"Bon {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="thermal bakery receipt with faded print; trading name keyed (owner line 'Inh. Sabine Krüger e.K.' below it); two VAT rates (A 7 %, B 19 %) in a net/tax/gross table; cash and change lines; TSE block with long numbers",
    )


@doc("r04", "photo", "FR", dpi=260, long=1700, q=66, bg="slate")
def r04(out, rng):
    vendor, no, date = "Stationneo Lyon SAS", "000482", d(4, 14)
    total = D(rng.choice(["9.60", "10.80", "12.00"]))
    vat = incl(total, 20)
    net = total - vat
    R = Roll(58, font="DVM", size=7.5, margin=3 * mm)
    R.logo("square", 5 * mm, HexColor("#0055A4"), white, "P")
    R.t("STATIONNEO", 11, "DVMB")
    R.t("Parking Saint-Jean")
    R.t("Stationneo Lyon SAS", 7)
    R.t("SIRET 842 117 305 00019", 7)
    R.rule()
    R.t("TICKET DE PAIEMENT", 8.5, "DVMB")
    R.t(f"N° {no}   Caisse 02")
    R.rule()
    R.lr("Entrée", f"{date:%d/%m/%Y} 09:12")
    R.lr("Sortie", f"{date:%d/%m/%Y} 12:47")
    R.lr("Durée", "3h35")
    R.rule()
    R.lr("Montant HT", fm(net, FR) + " EUR")
    R.lr("TVA 20,00 %", fm(vat, FR) + " EUR")
    R.lr("TOTAL TTC", fm(total, FR) + " EUR", 9.5, "DVMB")
    R.rule()
    R.t("CARTE BANCAIRE SANS CONTACT", 7)
    R.t("**** **** **** 9152", 7)
    R.t("AUTO 127644   A0000000421010", 7)
    R.gap(3)
    R.t("Merci de votre visite", 8)
    R.t("Sortie autorisée 15 min", 7)
    R.render(out, f"Ticket {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=[item("Stationnement 3h35", 1, total)],
        note="58 mm parking-machine ticket; brand STATIONNEO vs legal operator Stationneo Lyon SAS (keyed); entry and exit timestamps; amounts with 'EUR' suffix",
    )


@doc("r05", "pdf", "IE")
def r05(out, rng):
    red, grey = HexColor("#C62828"), HexColor("#757575")
    vendor, no, date = "Vesuvio Pizza Kitchen Ltd", "VPK-58213", d(4, 3)
    cat = [
        ('Margherita 12"', (1, 2), 12.5, 12.5),
        ('Diavola 12"', (1,), 14.5, 14.5),
        ("Garlic bread with cheese", (1,), 6.0, 6.0),
        ("Caesar salad", (1,), 8.9, 8.9),
        ("Tiramisu", (1, 2), 6.5, 6.5),
        ("San Pellegrino 500ml", (2,), 2.9, 2.9),
    ]
    items = ritems(rng, cat, 4)
    items.append(item("Delivery fee", 1, D("3.50")))
    gross = ssum(items)
    vat = incl(gross, D("13.5"))
    net = gross - vat
    tip = D(rng.choice(["2.00", "3.00", "4.00"]))
    total = gross + tip
    R = Roll(110, font="DV", size=9, margin=9 * mm, top=0, bottom=10 * mm, bg=HexColor("#FFFDF8"))
    R.strip(18 * mm, red, "VESUVIO", 20, "DVSB", white, "c", sub="PIZZA KITCHEN · DUBLIN 8")
    R.gap(8)
    R.t("Your order is on its way!", 13, "DVB", align="l")
    R.t(f"Order {no} · {date:%d/%m/%Y} 19:06 · Delivery", 8.5, color=grey, align="l")
    R.gap(6)
    for i in items:
        R.lr(f"{fq(i['q'])} × {i['d']}", "€" + fm(i["a"]), 9)
    R.rule(None, HexColor("#E0E0E0"), 0.8, 10)
    R.lr("Subtotal", "€" + fm(gross), 9)
    R.lr("Driver tip", "€" + fm(tip), 9)
    R.lr("Total charged", "€" + fm(total), 12, "DVB")
    R.gap(4)
    R.lr("Total excl. VAT", "€" + fm(net), 8, color=grey)
    R.lr("VAT 13.5% (included)", "€" + fm(vat), 8, color=grey)
    R.gap(4)
    R.t("Paid by Visa ending 6610 · 19:06", 8.5, color=grey, align="l")
    R.gap(8)
    R.t(
        "Vesuvio Pizza Kitchen Ltd · 44 Camden Street Lower, Dublin 8",
        7,
        color=grey,
        align="l",
    )
    R.t(
        "VAT IE 3312456KH",
        7,
        color=grey,
        align="l",
    )
    R.render(out, f"Order {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        tip=tip,
        cur="EUR",
        loc="en-IE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="e-mailed delivery receipt; 13.5 % VAT included in prices and delivery fee; driver tip outside the VAT (tip keyed separately); net printed as 'Total excl. VAT'",
    )


@doc("r06", "pdf", "AU")
def r06(out, rng):
    brown, cream, ink = HexColor("#6F4E37"), HexColor("#F7F1EA"), HexColor("#2B1D14")
    vendor, no, date = "Bean Theory Coffee Pty Ltd", "A-2741", d(4, 9)
    cat = [
        ("Flat White (Reg)", (1, 2), 5.2, 5.2),
        ("Iced Long Black", (1,), 5.5, 5.5),
        ("Chai Latte (Lrg)", (1,), 6.4, 6.4),
        ("Ham & Cheese Toastie", (1,), 11.5, 11.5),
        ("Banana Bread", (1,), 6.9, 6.9),
    ]
    items = ritems(rng, cat, 3)
    items.append(item("+ Oat milk", 1, D("0.80")))
    items.append(item("Reward: free coffee", 1, D("-5.20")))
    total = ssum(items)
    gst = incl(total, 10)
    net = total - gst
    R = Roll(100, font="DV", size=9, margin=8 * mm, top=0, bottom=8 * mm, bg=cream)
    R.strip(20 * mm, brown, "bean theory", 20, "DVB", cream, "c", sub="ORDER AHEAD · PICK UP")
    R.gap(6)
    R.t(f"Order #{no} is ready", 13, "DVB", color=ink, align="l")
    R.t(f"Pickup: Bean Theory Fitzroy · {date:%d/%m/%Y} 8:05am", 8.5, color=brown, align="l")
    R.gap(6)
    for i in items:
        R.lr(i["d"], ("-$" + fm(-i["a"])) if i["a"] < 0 else "$" + fm(i["a"]), 9, color=ink)
    R.rule(None, brown, 0.6, 10)
    R.lr("Total", "$" + fm(total), 13, "DVB", color=ink)
    R.lr("Includes GST of", "$" + fm(gst), 8.5, color=brown)
    R.gap(4)
    R.lr("Visa ···· 2204", "$" + fm(total), 8.5, color=ink)
    R.t("Beans earned: 12 · Balance 148", 8, color=brown, align="l")
    R.gap(8)
    R.t("Bean Theory Coffee Pty Ltd · ABN 61 654 987 321", 7, color=brown)
    R.t("221 Gertrude St, Fitzroy VIC 3065", 7, color=brown)
    R.render(out, f"Order {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=gst,
        total=total,
        cur="AUD",
        loc="en-AU",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="coffee-app receipt; GST included (1/11), net not printed (amount = total - GST); modifier line and a negative reward line",
    )


@doc("r07", "scan", "CH", dpi=220, blur=0.6, noise=5, fade=True)
def r07(out, rng):
    vendor, no, date = "Rosengarten Gastro GmbH", "71-20458", d(4, 25)
    catA = [
        ("Cappuccino", (1, 2), 5.2, 5.2),
        ("Latte Macchiato", (1,), 5.8, 5.8),
        ("Gipfeli", (2, 3), 2.3, 2.3),
        ("Birchermüesli", (1,), 8.9, 8.9),
        ("Apfelstrudel m. Vanillesauce", (1,), 9.5, 9.5),
        ("Rivella 3dl", (1,), 4.8, 4.8),
    ]
    items = [dict(i, r=D("8.1")) for i in ritems(rng, catA, 4)]
    items.append(dict(item("Bündnerfleisch 112 g (Take-away)", 1, D("9.52")), r=D("2.6")))
    g81 = sum((i["a"] for i in items if i["r"] == D("8.1")), ZERO)
    g26 = sum((i["a"] for i in items if i["r"] == D("2.6")), ZERO)
    t81, t26 = incl(g81, "8.1"), incl(g26, "2.6")
    raw = g81 + g26
    total = (raw / D("0.05")).quantize(D("1"), ROUND_HALF_UP) * D("0.05")
    if total == raw:
        items[-1] = dict(item("Bündnerfleisch 112 g (Take-away)", 1, D("9.53")), r=D("2.6"))
        g26 = D("9.53")
        t26 = incl(g26, "2.6")
        raw = g81 + g26
        total = (raw / D("0.05")).quantize(D("1"), ROUND_HALF_UP) * D("0.05")
    total = q(total)
    rnd = total - raw
    vat = t81 + t26
    net = raw - vat
    cash = D("50.00") if total < 50 else D("100.00")
    R = Roll(80, font="DVM", size=8)
    R.t("Café Rosengarten", 13, "DVSB")
    R.t("Rosengarten Gastro GmbH", 7.5)
    R.t("Alter Aargauerstalden 31b, 3006 Bern", 7.5)
    R.t("CHE-109.654.321 MWST", 7.5)
    R.rule()
    R.lr(f"Beleg {no}", f"{date:%d.%m.%Y} 10:22", 7.5)
    R.lr("Tisch 14", "Bedienung: Nadia", 7.5)
    R.rule()
    for i in items:
        R.lr(f"{fq(i['q'])} {i['d']}", fm(i["a"], CH))
    R.rule()
    R.lr("Zwischentotal", fm(raw, CH))
    R.lr("Rundung", fm(rnd, CH))
    R.lr("TOTAL CHF", fm(total, CH), 11, "DVMB")
    R.lr("Bar", fm(cash, CH))
    R.lr("Rückgeld", fm(cash - total, CH))
    R.rule()
    R.cols([("MWST", 0, "l"), ("Netto", 0.45, "r"), ("MWST", 0.72, "r"), ("Brutto", 1, "r")], 7.5)
    R.cols(
        [
            ("8.1%", 0, "l"),
            (fm(g81 - t81, CH), 0.45, "r"),
            (fm(t81, CH), 0.72, "r"),
            (fm(g81, CH), 1, "r"),
        ],
        7.5,
    )
    R.cols(
        [
            ("2.6%", 0, "l"),
            (fm(g26 - t26, CH), 0.45, "r"),
            (fm(t26, CH), 0.72, "r"),
            (fm(g26, CH), 1, "r"),
        ],
        7.5,
    )
    R.gap(5)
    R.t("Merci vielmal und uf Widerluege!", 8)
    R.render(out, f"Beleg {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        rnd=rnd,
        cur="CHF",
        loc="de-CH",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="brand Café Rosengarten on top, legal name Rosengarten Gastro GmbH keyed; cash rounding to 0.05 ('Rundung', keyed as rounding); two MWST rates 8.1 % / 2.6 % with a net column; Zwischentotal differs from TOTAL",
    )


@doc("r08", "scan", "SE", dpi=220, blur=0.6, noise=5, pdf=True)
def r08(out, rng):
    L = {"dec": ",", "th": " "}
    vendor, no, date = "Lingonet Mat & Bar AB", "20417", d(4, 18)
    cat12 = [
        ("Toast Skagen", (1, 2), 165, 165),
        ("Köttbullar m. potatismos", (1, 2), 189, 189),
        ("Råbiff", (1,), 215, 215),
        ("Kladdkaka m. grädde", (1, 2), 95, 95),
    ]
    cat25 = [("Pilsner 40 cl", (2, 3), 79, 79), ("Husets vin glas", (1, 2), 115, 115)]
    items = [dict(i, r=12) for i in ritems(rng, cat12, 3, step=1)] + [
        dict(i, r=25) for i in ritems(rng, cat25, 1, step=1)
    ]
    g = {
        12: sum((i["a"] for i in items if i["r"] == 12), ZERO),
        25: sum((i["a"] for i in items if i["r"] == 25), ZERO),
    }
    t = {r: incl(v, r) for r, v in g.items()}
    total = g[12] + g[25]
    vat = t[12] + t[25]
    net = total - vat
    R = Roll(76, font="DVC", size=8.5)
    R.logo("diamond", 5 * mm, black, white)
    R.t("LINGONET", 15, "DVCB")
    R.t("Lingonet Mat & Bar AB", 8)
    R.t("Kungsportsavenyen 9, 411 36 Göteborg", 7.5)
    R.t("Org.nr 559012-3344", 7.5)
    R.rule()
    R.lr(f"Kvitto nr {no}", f"{date.isoformat()} 19:52", 7.5)
    R.lr("Bord 7", "Kassör: Elin", 7.5)
    R.rule()
    for i in items:
        R.lr(f"{fq(i['q'])} st {i['d']}", fm(i["a"], L))
    R.rule()
    R.lr("TOTALT SEK", fm(total, L), 12, "DVCB")
    R.rule()
    R.cols([("Moms %", 0, "l"), ("Moms", 0.45, "r"), ("Netto", 0.72, "r"), ("Brutto", 1, "r")], 7.5)
    for r in (12, 25):
        R.cols(
            [
                (f"{r},00", 0, "l"),
                (fm(t[r], L), 0.45, "r"),
                (fm(g[r] - t[r], L), 0.72, "r"),
                (fm(g[r], L), 1, "r"),
            ],
            7.5,
        )
    R.rule()
    R.t("KORTBETALNING", 8, "DVCB")
    R.lr("Mastercard", "************5521", 7.5)
    R.lr("KÖP", fm(total, L) + " SEK", 7.5)
    R.lr("Ref: 481229", "Godkänd", 7.5)
    R.gap(5)
    R.t("Tack för besöket!", 9, "DVCB")
    R.render(out, f"Kvitto {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="SEK",
        loc="sv-SE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="image-only PDF of a restaurant slip; two moms rates (12 % food, 25 % drinks) with moms column before netto; condensed font",
    )


@doc("r09", "photo", "MX", dpi=230, long=2100, q=72, bg="fabric")
def r09(out, rng):
    vendor, no, date = "Fogón de Coyoacán S.A. de C.V.", "C-01873", d(4, 18)
    cat = [
        ("Tacos al pastor (orden)", (2, 3), 98, 98),
        ("Quesadilla de flor de calabaza", (1, 2), 72, 72),
        ("Sopa de tortilla", (1,), 89, 89),
        ("Agua de horchata 1L", (1,), 65, 65),
        ("Cerveza Victoria", (2, 3), 55, 55),
        ("Flan napolitano", (1,), 58, 58),
    ]
    items = ritems(rng, cat, 5, step=1)
    sub = ssum(items)
    iva = q(sub * D("0.16"))
    tip = q((sub + iva) * D("0.15"))
    total = sub + iva + tip
    R = Roll(80, font="DVM", size=8)
    R.logo("circle", 7 * mm, HexColor("#C1272D"), white, "F")
    R.t("EL FOGÓN", 14, "DVMB")
    R.t("de Coyoacán", 9)
    R.t("Fogón de Coyoacán S.A. de C.V.", 7)
    R.t("RFC FCO150312AB1", 7)
    R.t("Av. Francisco Sosa 210, Coyoacán, CDMX", 7)
    R.rule()
    R.lr(f"Cuenta: {no}", f"{date:%d/%m/%Y} 14:37", 7.5)
    R.lr("Mesa: 9  Pers: 3", "Mesero: Raúl", 7.5)
    R.rule()
    R.cols([("Cant", 0, "l"), ("Descripción", 0.12, "l"), ("Importe", 1, "r")], 7.5)
    for i in items:
        R.cols([(fq(i["q"]), 0, "l"), (i["d"], 0.12, "l"), ("$" + fm(i["a"]), 1, "r")])
    R.rule()
    R.lr("Subtotal", "$" + fm(sub))
    R.lr("IVA 16%", "$" + fm(iva))
    R.lr("Total", "$" + fm(sub + iva), 9.5, "DVMB")
    R.lr("Propina 15%", "$" + fm(tip))
    R.lr("TOTAL CON PROPINA", "$" + fm(total), 10, "DVMB")
    R.rule()
    R.t("PAGO CON TARJETA MASTERCARD", 7.5)
    R.t("**** 7720  AUT: 093517", 7.5)
    R.gap(4)
    R.t("¡Gracias por su visita!", 8.5, "DVMB")
    R.t("Facture en fogoncoyoacan.mx/facturacion", 7)
    R.render(out, f"Cuenta {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=sub,
        vat=iva,
        total=total,
        tip=tip,
        cur="MXN",
        loc="es-MX",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="restaurant bill with two totals: 'Total' before tip and 'TOTAL CON PROPINA' (keyed, tip 15 % keyed separately); $ sign for pesos",
    )


@doc("r10", "scan", "NL", dpi=210, blur=0.7, noise=6, grey=True)
def r10(out, rng):
    vendor, no, date = "De Spaak Fietsen B.V.", "2026-05-0318", d(5, 2)
    cat = [
        ("Binnenband 28 x 1.40", (1, 2), 7.95, 7.95),
        ("Fietsslot Abus ketting", (1,), 49.95, 49.95),
        ("LED-verlichtingsset", (1,), 24.95, 24.95),
        ("Reparatie achterwiel (arbeid)", (1,), 27.5, 27.5),
        ("Kettingolie 100 ml", (1,), 6.49, 6.49),
        ("Bel messing", (1,), 8.5, 8.5),
    ]
    items = ritems(rng, cat, 4, step=100)
    total = ssum(items)
    vat = incl(total, 21)
    net = total - vat
    R = Roll(80, font="DV", size=8)
    R.logo("ring", 6 * mm, black, white)
    R.t("De Spaak", 15, "DVB")
    R.t("Fietsen · Reparatie · Verhuur", 7.5)
    R.t("Oudegracht 212, 3511 NT Utrecht", 7.5)
    R.rule()
    R.lr(f"Bon {no}", f"{date:%d-%m-%Y} 16:08", 7.5)
    R.rule()
    for i in items:
        R.lr(i["d"], "€ " + fm(i["a"], DE))
    R.rule()
    R.lr("Totaal", "€ " + fm(total, DE), 11, "DVB")
    R.lr("Excl. btw", "€ " + fm(net, DE), 7.5)
    R.lr("Btw 21%", "€ " + fm(vat, DE), 7.5)
    R.lr("Betaald PIN", "€ " + fm(total, DE))
    R.rule((1, 1))
    R.t("BETAALAUTOMAAT", 8, "DVB")
    R.t("Maestro  Kaart: xxxxxxxxxxxx6012", 7)
    R.t("Terminal: 5F2K19  Autorisatie: 4R7731", 7)
    R.t(f"Datum: {date:%d-%m-%Y} 16:08", 7)
    R.t("BETALING VOLTOOID", 7.5, "DVB")
    R.rule((1, 1))
    R.t("De Spaak Fietsen B.V. · KvK 70123456", 7)
    R.t("Btw NL858123456B01", 7)
    R.t("Bedankt en goede rit!", 8.5, "DVB")
    R.render(out, f"Bon {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="grey scan; brand 'De Spaak' on top, legal name 'De Spaak Fietsen B.V.' only in the footer; card-terminal slip appended; VAT included",
    )


@doc("r11", "pdf", "SG")
def r11(out, rng):
    vendor, no, date = "Kopi & Kaya House Pte Ltd", "0007841", d(5, 8)
    cat = [
        ("Kaya Toast Set", (2, 3), 6.2, 6.2),
        ("Nasi Lemak w/ Chicken Wing", (1, 2), 9.8, 9.8),
        ("Mee Siam", (1,), 8.5, 8.5),
        ("Kopi C Peng", (2,), 2.6, 2.6),
        ("Teh Tarik", (1, 2), 2.4, 2.4),
        ("Otah Otah (2 pcs)", (1,), 4.8, 4.8),
    ]
    items = ritems(rng, cat, 5)
    sub = ssum(items)
    svc = q(sub * D("0.10"))
    net = sub + svc
    gst = q(net * D("0.09"))
    total = net + gst
    R = Roll(80, font="DV", size=8)
    R.logo("bean", 6 * mm, HexColor("#8D6E63"))
    R.t("KOPI & KAYA HOUSE", 12.5, "DVB")
    R.t("Kopi & Kaya House Pte Ltd", 7.5)
    R.t("18 Tiong Bahru Road #01-04, S(168732)", 7.5)
    R.t("GST Reg No: 201912345K", 7.5)
    R.rule()
    R.lr(f"Bill No: {no}", f"{date:%d/%m/%Y} 09:41", 7.5)
    R.lr("Table: 12   Pax: 3", "Cashier: Wei Ling", 7.5)
    R.rule()
    for i in items:
        R.cols([(fq(i["q"]), 0, "l"), (i["d"], 0.08, "l"), (fm(i["a"]), 1, "r")])
    R.rule()
    R.lr("Subtotal", fm(sub))
    R.lr("Svc Chg 10%", fm(svc))
    R.lr("Total before GST", fm(net))
    R.lr("GST 9%", fm(gst))
    R.lr("TOTAL (SGD)", fm(total), 11, "DVB")
    R.rule()
    R.lr("VISA ****8843", fm(total))
    R.lr("Appr Code: 551902", "", 7.5)
    R.gap(4)
    R.t("Thank you! Please come again :)", 8.5, "DVB")
    R.barcode(10 * mm, rng)
    R.render(out, f"Bill {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=gst,
        total=total,
        cur="SGD",
        loc="en-SG",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="10 % service charge is part of the net (keyed amount = 'Total before GST'); GST 9 % on top; item amounts without currency sign",
    )


@doc("r12", "photo", "GR", dpi=230, long=1900, q=74, bg="marble")
def r12(out, rng):
    vendor, no, date = "ΠΛΑΤΑΝΟΣ Ι.Κ.Ε.", "1542", d(5, 9)
    cat13 = [
        ("ΧΩΡΙΑΤΙΚΗ ΣΑΛΑΤΑ", (1,), 9.5, 9.5),
        ("ΤΖΑΤΖΙΚΙ", (1,), 5.0, 5.0),
        ("ΜΟΥΣΑΚΑΣ", (1, 2), 12.5, 12.5),
        ("ΣΟΥΒΛΑΚΙ ΧΟΙΡΙΝΟ", (2,), 3.2, 3.2),
        ("ΝΕΡΟ 1L", (1,), 1.5, 1.5),
    ]
    cat24 = [("ΜΠΥΡΑ ΜΥΘΟΣ 500ML", (2,), 4.5, 4.5), ("ΟΥΖΟ 200ML", (1,), 7.0, 7.0)]
    items = [dict(i, r=13) for i in ritems(rng, cat13, 4)] + [
        dict(i, r=24) for i in ritems(rng, cat24, 1)
    ]
    g = {
        13: sum((i["a"] for i in items if i["r"] == 13), ZERO),
        24: sum((i["a"] for i in items if i["r"] == 24), ZERO),
    }
    t = {r: incl(v, r) for r, v in g.items()}
    total = g[13] + g[24]
    vat = t[13] + t[24]
    net = total - vat
    R = Roll(80, font="DVM", size=7.8)
    R.t("ΤΑΒΕΡΝΑ", 9, "DVMB")
    R.t("Ο ΠΛΑΤΑΝΟΣ", 14, "DVMB")
    R.t("ΠΛΑΤΑΝΟΣ Ι.Κ.Ε.", 7.5)
    R.t("ΔΙΟΓΕΝΟΥΣ 4, ΠΛΑΚΑ, 10556 ΑΘΗΝΑ", 7)
    R.t("ΑΦΜ 801234567  ΔΟΥ Α' ΑΘΗΝΩΝ", 7)
    R.rule()
    R.t("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", 8.5, "DVMB")
    R.lr(f"Α/Α: {no}", f"{date:%d/%m/%Y} 21:18", 7.5)
    R.rule()
    for i in items:
        R.lr(f"{fq(i['q'])} x {i['d']}", fm(i["a"], DE) + f" {'Α' if i['r'] == 13 else 'Β'}")
    R.rule()
    R.cols([("ΦΠΑ", 0, "l"), ("ΚΑΘ.ΑΞΙΑ", 0.55, "r"), ("ΦΠΑ", 0.78, "r"), ("ΣΥΝΟΛΟ", 1, "r")], 7)
    for r, lab in ((13, "Α 13%"), (24, "Β 24%")):
        R.cols(
            [
                (lab, 0, "l"),
                (fm(g[r] - t[r], DE), 0.55, "r"),
                (fm(t[r], DE), 0.78, "r"),
                (fm(g[r], DE), 1, "r"),
            ],
            7,
        )
    R.rule()
    R.lr("ΣΥΝΟΛΟ €", fm(total, DE), 11, "DVMB")
    R.lr("ΚΑΡΤΑ", fm(total, DE))
    R.rule()
    R.t("ΜΑΡΚ 400001234567890", 7)
    R.qr(20 * mm, rng)
    R.t("ΕΥΧΑΡΙΣΤΟΥΜΕ ΠΟΛΥ!", 8.5, "DVMB")
    R.render(out, f"Apodeixi {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="el-GR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Greek script; brand 'Ο ΠΛΑΤΑΝΟΣ' vs legal name 'ΠΛΑΤΑΝΟΣ Ι.Κ.Ε.' (keyed); two ΦΠΑ rates; myDATA ΜΑΡΚ number and QR; decimal comma",
    )


@doc("r13", "scan", "HU", dpi=200, blur=0.7, noise=6, grey=True, width=650)
def r13(out, rng):
    L = {"dec": ",", "th": " "}
    vendor, no, date = "Kisvasút Pékség Kft.", "NY 0815/00342", d(5, 13)
    cat5 = [
        ("Fehér kenyér 1kg", (1,), 690, 690),
        ("Kifli", (4, 6), 55, 55),
        ("Tej 2,8% 1l", (1, 2), 429, 429),
    ]
    cat27 = [
        ("Kakaós csiga", (2, 3), 390, 390),
        ("Pogácsa túrós", (3, 4), 180, 180),
        ("Kávé latte", (1,), 790, 790),
    ]
    items = [dict(i, r=5) for i in pick(rng, cat5, 2, step=1)] + [
        dict(i, r=27) for i in pick(rng, cat27, 2, step=1)
    ]
    g = {r: sum((i["a"] for i in items if i["r"] == r), ZERO) for r in (5, 27)}
    t = {r: q0(v * r / (100 + r)) for r, v in g.items()}
    raw = g[5] + g[27]
    total = (raw / 5).quantize(D("1"), ROUND_HALF_UP) * 5
    total = q(total)
    rnd = total - raw
    vat = q(t[5] + t[27])
    net = raw - vat
    cash = D("5000.00")
    R = Roll(80, font="DVM", size=8)
    R.t("KISVASÚT PÉKSÉG", 12, "DVMB")
    R.t("Kisvasút Pékség Kft.", 7.5)
    R.t("4032 Debrecen, Egyetem sugárút 20.", 7.5)
    R.t("Adószám: 12345678-2-09", 7.5)
    R.rule()
    R.t("NYUGTA", 10, "DVMB")
    R.t(no, 8)
    R.rule()
    for i in items:
        R.lr(f"{i['d']}", f"{fm(i['a'], L, 0)} {'A' if i['r'] == 5 else 'C'}")
        if i["q"] != 1:
            R.t(f"{fq(i['q'])} db x {fm(i['u'], L, 0)}", 7, align="l", inset=4)
    R.rule()
    R.lr("RÉSZÖSSZEG", fm(raw, L, 0) + " Ft")
    R.lr("KEREKÍTÉS", fm(rnd, L, 0) + " Ft")
    R.lr("ÖSSZESEN", fm(total, L, 0) + " Ft", 11, "DVMB")
    R.lr("KÉSZPÉNZ", fm(cash, L, 0) + " Ft")
    R.lr("VISSZAJÁRÓ", fm(cash - total, L, 0) + " Ft")
    R.rule()
    R.cols([("ÁFA", 0, "l"), ("NETTÓ", 0.5, "r"), ("ÁFA", 0.75, "r"), ("BRUTTÓ", 1, "r")], 7)
    for r, lab in ((5, "A 5%"), (27, "C 27%")):
        R.cols(
            [
                (lab, 0, "l"),
                (fm(g[r] - t[r], L, 0), 0.5, "r"),
                (fm(t[r], L, 0), 0.75, "r"),
                (fm(g[r], L, 0), 1, "r"),
            ],
            7,
        )
    R.rule()
    R.lr(f"{date:%Y.%m.%d.} 07:55", "AP A12345678", 7)
    R.t("Köszönjük a vásárlást!", 8.5, "DVMB")
    R.render(out, f"Nyugta {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        rnd=rnd,
        cur="HUF",
        loc="hu-HU",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="forint without decimals (keyed .00); cash rounding to 5 Ft (KEREKÍTÉS, keyed as rounding); yyyy.mm.dd. date; grey scan downscaled to 650 px",
    )


@doc("r14", "pdf", "ZA")
def r14(out, rng):
    vendor, no, date = "Karoo Kitchen (Pty) Ltd", "21-004532", d(5, 16)
    cat = [
        ("Bobotie & yellow rice", (1, 2), 119, 119),
        ("Boerewors roll", (1, 2), 72, 72),
        ("Malva pudding", (1,), 58, 58),
        ("Rooibos cappuccino", (1, 2), 36, 36),
        ("Biltong 100g", (1,), 89.9, 89.9),
        ("Koeksister (2)", (1,), 28, 28),
    ]
    items = ritems(rng, cat, 4, step=10)
    total = ssum(items)
    vat = incl(total, 15)
    net = total - vat
    R = Roll(80, font="DV", size=8)
    R.strip(12 * mm, HexColor("#B5651D"), "KAROO KITCHEN", 13, "DVB", white)
    R.gap(3)
    R.t("Karoo Kitchen (Pty) Ltd", 8, "DVB")
    R.t("Shop 14, Bree Street Market, Cape Town 8001", 7)
    R.t("VAT No. 4123456789", 7)
    R.t("TAX INVOICE", 10, "DVB")
    R.rule()
    R.lr(f"Slip No: {no}", f"{date:%Y/%m/%d} 13:02", 7.5)
    R.rule()
    for i in items:
        R.lr(f"{fq(i['q'])} {i['d']}", "R " + fm(i["a"]))
    R.rule()
    R.lr("TOTAL", "R " + fm(total), 11, "DVB")
    R.lr("VAT 15% included", "R " + fm(vat), 7.5)
    R.lr("Total excl. VAT", "R " + fm(net), 7.5)
    R.rule()
    R.lr("DEBIT CARD ****2290", "R " + fm(total), 7.5)
    R.lr("APPROVED", "Auth 834119", 7.5)
    R.gap(4)
    R.t("Baie dankie! Come again soon.", 8.5, "DVB")
    R.render(out, f"Slip {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="ZAR",
        loc="en-ZA",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="till slip titled TAX INVOICE; brand in a coloured strip; VAT 15 % included; yyyy/mm/dd date; 'R' currency prefix",
    )


@doc("r15", "pdf", "NZ")
def r15(out, rng):
    teal, ink, grey = HexColor("#00897B"), HexColor("#222222"), HexColor("#777777")
    vendor, no, date = "Tūī Street Eatery Ltd", "1048-27", d(5, 23)
    cat = [
        ("Big Breakfast", (1,), 26.5, 26.5),
        ("Eggs Benedict w/ salmon", (1,), 24, 24),
        ("Kūmara fritters", (1,), 21.5, 21.5),
        ("Flat white", (2,), 5.5, 5.5),
        ("Fresh OJ", (1,), 7.5, 7.5),
        ("Lemon & yoghurt cake", (1,), 8.5, 8.5),
    ]
    items = ritems(rng, cat, 4)
    sub = ssum(items)
    sur = q(sub * D("0.015"))
    items.append(item("Card surcharge 1.5%", 1, sur))
    total = sub + sur
    gst = incl(total, 15)
    net = total - gst
    R = Roll(105, font="DV", size=9, margin=8 * mm, top=0, bottom=8 * mm)
    R.strip(8 * mm, teal)
    R.gap(6)
    R.logo("leaf", 6 * mm, teal)
    R.t("Tūī Street Eatery", 15, "DVB", color=ink)
    R.t("12 Tūī Street, Te Aro, Wellington 6011", 8, color=grey)
    R.gap(4)
    R.t(f"Receipt #{no}", 10, "DVB", color=ink)
    R.t(f"Sat {date.day} {date:%B %Y}, 12:14 pm · Served by Aroha", 8, color=grey)
    R.rule(None, HexColor("#DDDDDD"), 0.8, 10)
    for i in items:
        R.lr(i["d"] if i["q"] == 1 else f"{i['d']} × {fq(i['q'])}", "$" + fm(i["a"]), 9, color=ink)
    R.rule(None, HexColor("#DDDDDD"), 0.8, 10)
    R.lr("Total", "$" + fm(total), 13, "DVB", color=ink)
    R.lr("GST included (15%)", "$" + fm(gst), 8.5, color=grey)
    R.lr("EFTPOS Mastercard ···· 0915", "$" + fm(total), 8.5, color=grey)
    R.gap(6)
    R.t("Ngā mihi — thanks for dining with us!", 9, "DVB", color=teal)
    R.t("Tūī Street Eatery Ltd · GST 123-456-789", 7.5, color=grey)
    R.render(out, f"Receipt {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=gst,
        total=total,
        cur="NZD",
        loc="en-NZ",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="e-mailed tablet-POS receipt with a coloured top strip; macrons (Tūī); 1.5 % card surcharge as a line item; GST included, net not printed (amount = total - GST)",
    )


@doc("r16", "scan", "DK", dpi=220, blur=0.6, noise=5)
def r16(out, rng):
    vendor, no, date = "Havnens Smørrebrød ApS", "30571", d(5, 30)
    cat = [
        ("Rullepølse m. sky", (1, 2), 62, 62),
        ("Æg & rejer", (1, 2), 79, 79),
        ("Stjerneskud", (1,), 118, 118),
        ("Kartoffelmad", (1, 2), 58, 58),
        ("Hyldeblomst saft", (1, 2), 35, 35),
        ("Øl, lokal IPA", (1, 2), 65, 65),
    ]
    items = ritems(rng, cat, 4, step=1)
    total = ssum(items)
    vat = q(total * D("0.20"))
    net = total - vat
    R = Roll(80, font="DV", size=8.2, bg=HexColor("#FFFFFF"))
    R.strip(10 * mm, HexColor("#1565C0"), "HAVNENS", 12, "DVB", white)
    R.t("SMØRREBRØD", 10, "DVB", color=HexColor("#1565C0"))
    R.t("Havnens Smørrebrød ApS", 7.5)
    R.t("Aarhus Ø, Pier 4, 8000 Aarhus C", 7.5)
    R.t("CVR 41234567", 7.5)
    R.rule()
    R.t("KVITTERING", 9.5, "DVB")
    R.lr(f"Nr. {no}", f"{date:%d.%m.%Y} kl. 12:31", 7.5)
    R.rule()
    for i in items:
        R.lr(f"{fq(i['q'])} x {i['d']}", fm(i["a"], DE))
    R.rule()
    R.lr("I ALT DKK", fm(total, DE), 11, "DVB")
    R.lr("Heraf moms 25%", fm(vat, DE), 7.5)
    R.lr("Beløb ekskl. moms", fm(net, DE), 7.5)
    R.rule()
    R.lr("MobilePay", fm(total, DE))
    R.t("Transaktions-ID: 7G2K-99QX-11", 7)
    R.gap(4)
    R.t("Tak for besøget — vi ses!", 8.5, "DVB")
    R.render(out, f"Kvittering {no}")
    return truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="DKK",
        loc="da-DK",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="'Heraf moms' = 20 % of the gross (25 % moms included); brand split over a blue strip ('HAVNENS') and a second line ('SMØRREBRØD'); MobilePay payment",
    )


# ============================================================================================
# build
# ============================================================================================
KEYS = [
    "invoice_number",
    "invoice_date",
    "due_date",
    "vendor_name",
    "amount",
    "vat",
    "total",
    "currency",
    "locale",
    "layout",
    "document_type",
    "line_items",
    "note",
    "kind",
]


def check(name, t):
    if list(t)[: len(KEYS)] != KEYS:
        raise AssertionError(f"{name}: keys {list(t)}")
    amt = D(t["amount"])
    vat = D(t["vat"]) if t["vat"] is not None else ZERO
    if amt + vat + D(t["_tip"]) + D(t["_rnd"]) != D(t["total"]):
        raise AssertionError(f"{name}: arithmetic")


def build(name, outdir: Path):
    fn, kind, country, o = DOCS[name]
    seed = zlib.crc32(name.encode())
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    buf = io.BytesIO()
    t = fn(buf, rng)
    data = buf.getvalue()
    if kind == "pdf":
        ext, blob = ".pdf", data
    else:
        img = pdf_to_img(data, o.get("dpi", 200))
        if kind == "scan":
            img = scan(
                img,
                nrng,
                grey=o.get("grey", False),
                blur=o.get("blur", 0.6),
                noise=o.get("noise", 5),
                fade=o.get("fade", False),
                width=o.get("width"),
                paper=o.get("paper", (238, 243, 246)),
            )
            if o.get("pdf"):
                pdoc = pdfium.PdfDocument(data)
                size = pdoc[0].get_size()
                pdoc.close()
                ext, blob = ".pdf", image_pdf(img, size)
            else:
                ok, enc = cv2.imencode(".png", img)
                assert ok
                ext, blob = ".png", enc.tobytes()
        else:
            ext, blob = (
                ".jpg",
                photo(
                    img,
                    nrng,
                    long=o.get("long", 1900),
                    quality=o.get("q", 72),
                    bg=o.get("bg", "wood"),
                    fold=o.get("fold", False),
                ),
            )
    t["kind"] = kind
    tip, rnd = t["_tip"], t["_rnd"]
    t = {k: t[k] for k in KEYS} | {"_tip": tip, "_rnd": rnd}
    check(name, t)
    for k in ("_tip", "_rnd"):
        t.pop(k)
    (outdir / f"{name}{ext}").write_bytes(blob)
    (outdir / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    image_pdf_flag = kind == "scan" and o.get("pdf")
    return {
        "name": name,
        "file": f"{name}{ext}",
        "kind": kind,
        "image_pdf": bool(image_pdf_flag),
        "grey": bool(o.get("grey")),
        "country": country,
        "truth": t,
        "tip": tip,
        "rnd": rnd,
    }


README_HEAD = """# Blind set 2026-13w: designed invoices and point-of-sale receipts

Generated by `bench/blindsets/blind_2026_13w.py` (`python -m bench.blindsets.blind_2026_13w [OUTDIR] [--only NAME]`).
Written blind: the author did not look at the reader's code, rules, tests or docs.
Every random choice of a document is seeded with the CRC-32 of its name; re-runs are byte-identical.

## How the set is drawn

- **Focus: designed documents.** 16 invoices (i01..i16) from 16 countries drawn the way modern
  templates draw them (Word / Canva / online generators / small-business accounting apps): full-width
  coloured header bands with reversed (white) text, large display titles, two- or three-column headers,
  shaded or zebra table rows, a coloured totals box, logos drawn as shapes with the brand beside them,
  footer bands with bank / legal lines (several white on dark), pastel page backgrounds, and a light
  watermark (PAGADA on i04, PAID on i13). In i01, i06, i13, i15 and i16 the seller's name appears
  only in the coloured band or beside the logo (plus the footer / payment part).
- 16 receipts (r01..r16) from 16 countries as POS apps and e-mailed receipts draw them: tablet POS,
  card-terminal slips, a ride app's and a food-delivery e-mail, a coffee app receipt, a parking-machine
  ticket; 58 / 76 / 80 mm rolls as long as their content, e-mailed ones at screen width (100-120 mm)
  with a coloured top strip.
- Each document has its own drawing function (reportlab canvas, `invariant=1`), local language labels,
  local number formats (decimal comma, apostrophe / space / no-break-space thousands, lakh grouping) and
  local date formats. Every text run is checked to stay on the page and not to overlap another run
  (a `LayoutError` otherwise). The watermarks are deliberately drawn under the text and are exempt.
- Kinds: born-digital PDFs keep their text layer. Scans are rendered with pypdfium2 at 200-230 dpi,
  then skewed (up to +/-2 deg), blurred, noised and specked, on a slightly tinted paper; thermal receipts
  get uneven fading; a few are grey; one is downscaled to 650 px wide. Three scans are wrapped as
  image-only PDFs (the scan is the only page content). Photos put the page in perspective on a textured
  background (wood, desk, linen, fabric, slate, marble) with uneven light, a soft shadow, a drop shadow,
  sometimes a fold, a colour cast and JPEG quality 66-74, long side 1,700-2,200 px.

## Truth conventions

- `amount` is the net before tax as printed; where prices include tax and no net is printed,
  `amount = total - vat`. `vat` is the sum of all taxes printed (TPS+TVQ, CGST+SGST, two VAT rates ...).
- `total` is what the document says is charged: for tips (r01, r05, r09) the total including the tip;
  for cash rounding / round-off lines (i10, i12, i14, r07, r13) the rounded total. The check is
  `amount + vat + tip + rounding == total`; tip and rounding are printed lines and are not keyed.
- A balance due after a deposit (i07) is not the total; the total is the invoice total before the deposit.
- Service charges (r11) and card surcharges (r15) are part of the net, not a tip.
- Credit note (i05): amounts are printed and keyed **negative** (`amount`, `vat`, `total` and each line's
  `amount`); quantities and unit prices stay positive as printed. `document_type` = `credit_note`.
- `invoice_number` is the document's own number as printed (receipt / bill / slip / ticket number for
  receipts), without its label; for i02 'N° de facture F-2026-0087' it is `F-2026-0087`.
- `vendor_name` is the seller as printed, with its legal form where printed with it; where a brand and a
  legal name both appear, the legal name of the seller is keyed (see each note).
- Dates: `invoice_date` is the issue date (not a tax point, sale or service date); `due_date` only when
  a due date is printed, else null. Currencies without decimals (HUF) are keyed with `.00`.
- `line_items` list the printed rows (description as printed, quantity, unit price, amount); discount,
  reward, surcharge and delivery rows are included when they are printed as rows.
- `kind`: `pdf` = born-digital PDF with text layer; `scan` = scanned image (PNG, or an image-only PDF);
  `photo` = phone photo (JPG).

"""


def write_readme(outdir: Path, rows):
    mix = {}
    for r in rows:
        k = (
            "image-only pdf"
            if r["image_pdf"]
            else {"pdf": "born-digital pdf", "scan": "scan (png)", "photo": "photo (jpg)"}[
                r["kind"]
            ]
        )
        mix.setdefault(k, [0, 0])
        mix[k][0 if r["truth"]["layout"] == "invoice" else 1] += 1
    lines = [
        README_HEAD,
        "## Mix\n",
        "| kind | invoices | receipts | total |",
        "| --- | --- | --- | --- |",
    ]
    for k in ("born-digital pdf", "image-only pdf", "scan (png)", "photo (jpg)"):
        a, b = mix.get(k, [0, 0])
        lines.append(f"| {k} | {a} | {b} | {a + b} |")
    lines.append(
        f"| all | {sum(v[0] for v in mix.values())} | {sum(v[1] for v in mix.values())} | {len(rows)} |"
    )
    grey = ", ".join(r["name"] for r in rows if r["grey"])
    lines += [
        "",
        f"Grey images: {grey}; all other images are in colour.",
        "",
        "## Documents\n",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        t = r["truth"]
        kind = (
            r["file"].rsplit(".", 1)[1]
            if r["kind"] == "pdf"
            else (
                "scan, image-only pdf"
                if r["image_pdf"]
                else f"{r['kind']}, {r['file'].rsplit('.', 1)[1]}"
            )
        )
        lines.append(
            f"| {r['file']} | {kind} | {r['country']} | {t['document_type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (outdir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=DEFAULT_OUT)
    ap.add_argument("--only", help="build one document, e.g. i03")
    a = ap.parse_args(argv)
    outdir = Path(a.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else sorted(DOCS)
    rows = []
    for n in names:
        if n not in DOCS:
            sys.exit(f"unknown document {n}")
        rows.append(build(n, outdir))
        print(
            f"{rows[-1]['file']:10s} {rows[-1]['truth']['total']:>12s} {rows[-1]['truth']['currency']}"
        )
    if not a.only:
        write_readme(outdir, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
