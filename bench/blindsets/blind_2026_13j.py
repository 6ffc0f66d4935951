# ruff: noqa: E501
"""Blind set 13j: invoices and receipts from English-speaking markets (US, CA, UK, IE, AU, NZ, IN, SG, ZA, MY, HK, PH).

Run from the repository root:
    python -m bench.blindsets.blind_2026_13j [OUTDIR] [--only NAME]
"""

from __future__ import annotations

import io
import json
import os
import sys
import zlib
from decimal import ROUND_HALF_UP, Decimal

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

DEFAULT_OUT = "bench/blindsets/blind-2026-13j"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
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
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, FONT_DIR + _f))

D = Decimal
C2 = D("0.01")


class LayoutError(Exception):
    pass


def q(x) -> Decimal:
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def s2(x: Decimal) -> str:
    return str(q(x))


def fmt(x: Decimal, style: str = "us", dec: bool = True) -> str:
    """Format a Decimal: us 1,234.56 | in 1,23,456.78 | za 1 234,56 | plain 1234.56"""
    x = q(x)
    neg = x < 0
    x = abs(x)
    ip, fp = f"{x:.2f}".split(".")
    if style == "in":
        if len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            parts = []
            while len(head) > 2:
                parts.insert(0, head[-2:])
                head = head[:-2]
            if head:
                parts.insert(0, head)
            ip = ",".join([*parts, tail])
        sep_dec = "."
    elif style == "plain":
        sep_dec = "."
    else:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = (" " if style == "za" else ",").join(groups)
        sep_dec = "," if style == "za" else "."
    out = ip + (sep_dec + fp if dec else "")
    return ("-" if neg else "") + out


def rng_for(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(name.encode("utf-8")))


# ----------------------------------------------------------------------------------------------
# Canvas wrapper with overlap / bounds checking


class Doc:
    def __init__(self, name: str, size):
        self.name = name
        self.buf = io.BytesIO()
        self.W, self.H = size
        self.c = rl_canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(name)
        self.c.setAuthor("")
        self.runs: list[tuple[float, float, float, float, str]] = []
        self.page = 1

    def text(self, x, y, s, font="Sans", size=9.0, align="l", color=(0, 0, 0)):
        s = str(s)
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.23 * size, x0 + w, y + 0.76 * size, s)
        if box[0] < 2 or box[2] > self.W - 2 or box[1] < 2 or box[3] > self.H - 2:
            raise LayoutError(f"{self.name} p{self.page}: off page: {s!r} {box[:4]}")
        for b in self.runs:
            if (
                box[0] < b[2] - 0.3
                and b[0] < box[2] - 0.3
                and box[1] < b[3] - 0.3
                and b[1] < box[3] - 0.3
            ):
                raise LayoutError(f"{self.name} p{self.page}: overlap {s!r} with {b[4]!r}")
        self.runs.append(box)
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def wrap(self, x, y, s, font, size, width, lead=None):
        lead = lead or size * 1.25
        words, line, lines = s.split(), "", []
        for wd in words:
            t = (line + " " + wd).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and line:
                lines.append(line)
                line = wd
            else:
                line = t
        if line:
            lines.append(line)
        for ln in lines:
            self.text(x, y, ln, font, size)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw=0.6, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def circle(self, x, y, r, fill=(0, 0, 0), stroke=None):
        c = self.c
        c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.circle(x, y, r, stroke=1 if stroke else 0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    def qr(self, x, y, size, seed: str, n=25):
        r = np.random.default_rng(zlib.crc32(seed.encode()))
        cell = size / n
        grid = r.random((n, n)) < 0.48
        for cx, cy in ((0, 0), (n - 7, 0), (0, n - 7)):
            grid[cy : cy + 7, cx : cx + 7] = False
        self.c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                if grid[i, j]:
                    self.c.rect(
                        x + j * cell, y + size - (i + 1) * cell, cell, cell, stroke=0, fill=1
                    )
        for cx, cy in ((0, 0), (n - 7, 0), (0, n - 7)):
            bx, by = x + cx * cell, y + size - (cy + 7) * cell
            self.c.rect(bx, by, 7 * cell, 7 * cell, stroke=0, fill=1)
            self.c.setFillColorRGB(1, 1, 1)
            self.c.rect(bx + cell, by + cell, 5 * cell, 5 * cell, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
            self.c.rect(bx + 2 * cell, by + 2 * cell, 3 * cell, 3 * cell, stroke=0, fill=1)

    def barcode(self, x, y, w, h, seed: str):
        r = np.random.default_rng(zlib.crc32(seed.encode()))
        cx = x
        self.c.setFillColorRGB(0, 0, 0)
        while cx < x + w - 3:
            bw = float(r.choice([0.6, 0.9, 1.3, 1.8]))
            self.c.rect(cx, y, bw, h, stroke=0, fill=1)
            cx += bw + float(r.choice([0.6, 0.9, 1.4]))

    def next_page(self):
        self.c.showPage()
        self.runs = []
        self.page += 1

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


# ----------------------------------------------------------------------------------------------
# Receipt roll builder: collects rows, computes the height, then draws


class Roll:
    def __init__(self, name, width_mm=80, font="Mono", size=8.0, margin=4 * mm):
        self.name, self.W, self.font, self.size, self.m = name, width_mm * mm, font, size, margin
        self.ops: list[tuple] = []

    def row(self, left="", right="", bold=False, size=None, font=None, mid=None):
        self.ops.append(("row", left, right, bold, size or self.size, font or self.font, mid))

    def center(self, s, bold=False, size=None, font=None):
        self.ops.append(("center", s, bold, size or self.size, font or self.font))

    def sep(self, ch="-"):
        self.ops.append(("sep", ch))

    def gap(self, h=4):
        self.ops.append(("gap", h))

    def logo(self, kind, label, h=34):
        self.ops.append(("logo", kind, label, h))

    def bars(self, seed, h=28):
        self.ops.append(("bars", seed, h))

    def qr(self, seed, s=60):
        self.ops.append(("qr", seed, s))

    def _h(self, op):
        k = op[0]
        if k == "row":
            return op[4] * 1.3
        if k == "center":
            return op[3] * 1.3
        if k == "sep":
            return self.size * 1.1
        if k == "gap":
            return op[1]
        if k in ("logo", "bars"):
            return op[3] + 6 if k == "logo" else op[2] + 6
        if k == "qr":
            return op[2] + 6
        return 0

    def pdf(self) -> bytes:  # noqa: C901
        H = sum(self._h(o) for o in self.ops) + 2 * self.m + 6
        d = Doc(self.name, (self.W, H))
        y = H - self.m
        L, R = self.m, self.W - self.m
        for o in self.ops:
            h = self._h(o)
            k = o[0]
            if k == "row":
                _, left, right, bold, size, font, mid = o
                f = font + ("-B" if bold and not font.endswith("-B") else "")
                yy = y - size
                if left:
                    d.text(L, yy, left, f, size)
                if mid:
                    d.text(L + (R - L) * 0.62, yy, mid, f, size, "r")
                if right:
                    d.text(R, yy, right, f, size, "r")
            elif k == "center":
                _, s, bold, size, font = o
                f = font + ("-B" if bold and not font.endswith("-B") else "")
                d.text(self.W / 2, y - size, s, f, size, "c")
            elif k == "sep":
                ch = o[1]
                if ch == "=":
                    d.line(L, y - h / 2 + 1, R, y - h / 2 + 1, 0.5)
                    d.line(L, y - h / 2 - 1, R, y - h / 2 - 1, 0.5)
                else:
                    d.line(L, y - h / 2, R, y - h / 2, 0.6, dash=(2, 2) if ch == "-" else None)
            elif k == "logo":
                _, kind, label, lh = o
                cx = self.W / 2
                if kind == "circle":
                    d.circle(cx, y - lh / 2 - 2, lh / 2)
                    d.text(
                        cx, y - lh / 2 - 2 - lh * 0.18, label, "Sans-B", lh * 0.5, "c", (1, 1, 1)
                    )
                elif kind == "box":
                    w = pdfmetrics.stringWidth(label, "Sans-B", lh * 0.55) + 14
                    d.rect(cx - w / 2, y - lh - 2, w, lh, fill=(0, 0, 0))
                    d.text(
                        cx, y - lh / 2 - 2 - lh * 0.2, label, "Sans-B", lh * 0.55, "c", (1, 1, 1)
                    )
                else:
                    d.text(cx, y - lh * 0.8, label, "Serif-B", lh * 0.8, "c")
            elif k == "bars":
                d.barcode(L + 10, y - o[2] - 3, R - L - 20, o[2], o[1])
            elif k == "qr":
                d.qr(self.W / 2 - o[2] / 2, y - o[2] - 3, o[2], o[1])
            y -= h
        return d.pdf()


# ----------------------------------------------------------------------------------------------
# Image degradation


def render(pdf_bytes: bytes, dpi: int, page: int = 0) -> Image.Image:
    doc = pdfium.PdfDocument(pdf_bytes)
    img = doc[page].render(scale=dpi / 72.0).to_pil().convert("RGB")
    doc.close()
    return img


def _rotate(img: Image.Image, deg: float, fill) -> Image.Image:
    return img.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=fill)


def scan(
    img: Image.Image,
    rng,
    grey=True,
    blur=0.6,
    skew=1.0,
    noise=6.0,
    specks=60,
    fade=0.0,
    width=None,
    bed=None,
) -> Image.Image:
    """Flatbed-scan look. bed: background colour around narrow receipts."""
    if bed is not None:
        pad = int(img.width * 0.18)
        base = Image.new("RGB", (img.width + 2 * pad, img.height + 2 * pad), bed)
        base.paste(img, (pad, pad))
        img = base
    fill = bed if bed is not None else (255, 255, 255)
    img = _rotate(img, skew, fill)
    a = np.asarray(img).astype(np.float32)
    if fade > 0:
        h, w = a.shape[:2]
        ramp = np.linspace(0, 1, h)[:, None, None]
        wave = 0.5 + 0.5 * np.sin(np.linspace(0, 3.1, w))[None, :, None]
        k = fade * (0.55 + 0.45 * ramp * wave)
        a = 255 - (255 - a) * (1 - k)
    a += rng.normal(0, noise, a.shape[:2])[:, :, None]
    h, w = a.shape[:2]
    for _ in range(specks):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        r = int(rng.integers(1, 3))
        a[max(0, y - r) : y + r, max(0, x - r) : x + r] = float(rng.integers(20, 110))
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    if grey:
        out = out.convert("L")
    if width and out.width > width:
        out = out.resize((width, int(out.height * width / out.width)), Image.LANCZOS)
    return out


def photo(
    img: Image.Image, rng, long_side=1900, bg="wood", fold=True, shadow=True, tilt=0.03
) -> Image.Image:
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    scale = long_side / max(h, w) * 0.8
    sw, sh = int(w * scale), int(h * scale)
    src = cv2.resize(src, (sw, sh), interpolation=cv2.INTER_AREA)
    # paper tint
    src = src * np.array([0.98, 0.965, 0.93], dtype=np.float32)
    if fold:
        fy = int(sh * float(rng.uniform(0.35, 0.6)))
        band = np.exp(-(((np.arange(sh) - fy) / (sh * 0.01)) ** 2))[:, None, None]
        src = src * (1 - 0.22 * band)
    ow, oh = int(sw / 0.8), int(sh / 0.8)
    if oh > ow:
        ow = max(ow, int(oh * 0.72))
    else:
        oh = max(oh, int(ow * 0.72))
    yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
    if bg == "wood":
        base = np.array([120, 84, 52], dtype=np.float32)
        tex = 18 * np.sin(yy / 7.0 + 3 * np.sin(xx / 90.0)) + rng.normal(0, 6, (oh, ow))
    elif bg == "steel":
        base = np.array([150, 152, 156], dtype=np.float32)
        tex = rng.normal(0, 5, (oh, ow)) + 8 * np.sin(xx / 3.0)
    else:
        base = np.array([60, 66, 80], dtype=np.float32)
        tex = rng.normal(0, 9, (oh, ow))
    bgimg = base[None, None, :] + tex[:, :, None]
    ox, oy = (ow - sw) / 2, (oh - sh) / 2
    j = lambda: float(rng.uniform(-tilt, tilt))  # noqa: E731
    mn = min(sw, sh)
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    dst = np.float32(
        [
            [ox + j() * mn, oy + j() * mn],
            [ox + sw + j() * mn, oy + j() * mn],
            [ox + sw + j() * mn, oy + sh + j() * mn],
            [ox + j() * mn, oy + sh + j() * mn],
        ]
    )
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (ow, oh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (ow, oh), flags=cv2.INTER_LINEAR)
    out = warped * mask[:, :, None] + bgimg * (1 - mask[:, :, None])
    # uneven light
    cx, cy = float(rng.uniform(0.2, 0.8)) * ow, float(rng.uniform(0.1, 0.5)) * oh
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(ow, oh)
    light = 1.08 - 0.38 * dist
    out = out * light[:, :, None]
    if shadow:
        pts = np.array(
            [
                [0, int(oh * float(rng.uniform(0.55, 0.8)))],
                [int(ow * float(rng.uniform(0.4, 0.7))), oh],
                [0, oh],
            ],
            np.int32,
        )
        sm = np.zeros((oh, ow), np.float32)
        cv2.fillPoly(sm, [pts], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), 25)
        out = out * (1 - 0.35 * sm[:, :, None])
    out += rng.normal(0, 3.5, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    res = Image.fromarray(out).filter(ImageFilter.GaussianBlur(0.5))
    f = long_side / max(res.size)
    return res.resize((int(res.width * f), int(res.height * f)), Image.LANCZOS)


def image_pdf(name: str, img: Image.Image, page_size) -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=page_size, invariant=1)
    bio = io.BytesIO()
    img.convert("RGB").save(bio, "JPEG", quality=78)
    bio.seek(0)
    c.drawImage(ImageReader(bio), 0, 0, page_size[0], page_size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


def jpg_bytes(img: Image.Image, quality: int) -> bytes:
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=quality)
    return b.getvalue()


# ----------------------------------------------------------------------------------------------
# Truth helpers


def items(rows):
    return [
        {
            "description": d_,
            "quantity": str(qt),
            "unit_price": up if isinstance(up, str) else s2(up),
            "amount": s2(am),
        }
        for d_, qt, up, am in rows
    ]


def truth(
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
    rows,
    note,
    kind,
    tip=D(0),
    rounding=D(0),
):
    vv = D(0) if vat is None else vat
    assert q(amount) + q(vv) + q(tip) + q(rounding) == q(total), (
        number,
        amount,
        vat,
        tip,
        rounding,
        total,
    )
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": s2(amount),
        "vat": None if vat is None else s2(vat),
        "total": s2(total),
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": items(rows),
        "note": note,
        "kind": kind,
    }


# ----------------------------------------------------------------------------------------------
# Shared invoice drawing helpers


def table(
    d: Doc,
    x,
    y,
    cols,
    rows,
    font="Sans",
    size=8.5,
    hfont="Sans-B",
    head_fill=None,
    head_color=(0, 0, 0),
    lead=None,
    grid=False,
):
    lead = lead or size * 1.9
    tw = sum(c[1] for c in cols)
    if head_fill is not None:
        d.rect(x, y - lead * 0.32, tw, lead, fill=head_fill, stroke=None)
    cx = x
    for title, w, al in cols:
        tx = cx + 4 if al == "l" else (cx + w - 4 if al == "r" else cx + w / 2)
        d.text(tx, y, title, hfont, size, al, head_color)
        cx += w
    if head_fill is None:
        d.line(x, y - lead * 0.35, x + tw, y - lead * 0.35, 0.8)
    y -= lead
    for r in rows:
        cx = x
        for (_, w, al), val in zip(cols, r, strict=False):
            if val != "":
                tx = cx + 4 if al == "l" else (cx + w - 4 if al == "r" else cx + w / 2)
                d.text(tx, y, val, font, size, al)
            cx += w
        if grid:
            d.line(x, y - lead * 0.35, x + tw, y - lead * 0.35, 0.3, (0.6, 0.6, 0.6))
        y -= lead
    return y


def kv(d: Doc, xl, xr, y, pairs, font="Sans", size=9, lead=None, bold_last=True, bfont=None):
    lead = lead or size * 1.7
    for i, (k, v) in enumerate(pairs):
        f = (bfont or font + "-B") if (bold_last and i == len(pairs) - 1) else font
        d.text(xl, y, k, f, size)
        d.text(xr, y, v, f, size, "r")
        y -= lead
    return y


def block(d: Doc, x, y, lines, font="Sans", size=8.5, lead=None, first_bold=False, align="l"):
    lead = lead or size * 1.35
    for i, s in enumerate(lines):
        d.text(x, y, s, font + "-B" if (first_bold and i == 0) else font, size, align)
        y -= lead
    return y


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


def _w99(n):
    return _ONES[n] if n < 20 else _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")


def _w999(n):
    h, r = divmod(n, 100)
    return ((_ONES[h] + " hundred" + (" " if r else "")) if h else "") + (
        _w99(r) if r or not h else ""
    )


def words_in(n: int) -> str:
    parts = []
    for unit, size in (("crore", 10**7), ("lakh", 10**5), ("thousand", 1000)):
        k, n = divmod(n, size)
        if k:
            parts.append(_w999(k) + " " + unit)
    if n:
        parts.append(_w999(n))
    return " ".join(parts).title()


def lines_tax(rows_def, rate=None):
    """rows_def: (desc, qty, unit) -> rows with computed amounts, and net sum."""
    rows = [(a, b, q(c), q(D(b) * D(c))) for a, b, c in rows_def]
    return rows, sum((r[3] for r in rows), D(0))


# ----------------------------------------------------------------------------------------------
# Invoices


def i01():
    name = "i01"
    d = Doc(name, letter)
    W, H = letter
    green = (0.17, 0.5, 0.25)
    vend = "Lone Star Landscape Supply LLC"
    d.text(50, H - 60, vend, "Sans-B", 15)
    block(
        d,
        50,
        H - 78,
        [
            "4810 Burleson Rd, Suite 200",
            "Austin, TX 78744",
            "(512) 555-0148",
            "billing@lonestarlandscape.com",
        ],
        size=8.5,
    )
    d.text(W - 50, H - 62, "INVOICE", "Sans-B", 22, "r", green)
    d.circle(W - 200, H - 60, 16, fill=green)
    d.text(W - 200, H - 65, "LS", "Sans-B", 13, "c", (1, 1, 1))
    y = H - 150
    d.text(50, y, "BILL TO", "Sans-B", 8, color=green)
    d.text(230, y, "SHIP TO", "Sans-B", 8, color=green)
    block(
        d,
        50,
        y - 14,
        [
            "Cedar Hollow HOA",
            "c/o Pinnacle Property Mgmt",
            "900 Congress Ave, Fl 4",
            "Austin, TX 78701",
        ],
        size=8.5,
    )
    block(
        d,
        230,
        y - 14,
        ["Cedar Hollow HOA", "Clubhouse – 12 Hollow Oak Dr", "Round Rock, TX 78664"],
        size=8.5,
    )
    labels = [
        ("INVOICE #", "10472"),
        ("DATE", "03/16/2026"),
        ("TERMS", "Net 30"),
        ("DUE DATE", "04/15/2026"),
    ]
    yy = y
    for k, v in labels:
        d.text(W - 150, yy, k, "Sans-B", 8, "r", green)
        d.text(W - 140, yy, v, "Sans", 9)
        yy -= 15
    rows_def = [
        ("Mulch", "Hardwood mulch, double shredded (cu yd)", 14, "38.50", True),
        ("Stone", "Decomposed granite, tan (ton)", 6, "62.00", True),
        ("Plants", "Texas sage 3 gal", 24, "18.75", True),
        ("Labor", "Installation crew – 2 techs x 7.5 hrs", 15, "55.00", False),
        ("Delivery", "Delivery & dump fee, Round Rock zone", 1, "95.00", False),
    ]
    rows = []
    taxable = D(0)
    net = D(0)
    trows = []
    for act, desc, qt, up, tx in rows_def:
        am = q(D(qt) * D(up))
        net += am
        if tx:
            taxable += am
        rows.append(("03/12/2026", act, desc, "T" if tx else "", str(qt), fmt(D(up)), fmt(am)))
        trows.append((desc, qt, D(up), am))
    y -= 90
    d.rect(50, y - 6, W - 100, 18, fill=(0.86, 0.93, 0.87), stroke=None)
    cols = [
        ("DATE", 60, "l"),
        ("ACTIVITY", 60, "l"),
        ("DESCRIPTION", 205, "l"),
        ("TAX", 30, "c"),
        ("QTY", 40, "r"),
        ("RATE", 50, "r"),
        ("AMOUNT", 67, "r"),
    ]
    y = table(d, 50, y, cols, rows, size=8.2, lead=20)
    d.line(50, y + 8, W - 50, y + 8, 0.4, dash=(1, 2))
    tax = q(taxable * D("0.0825"))
    total = net + tax
    y -= 10
    kv(
        d,
        W - 250,
        W - 50,
        y,
        [("SUBTOTAL", fmt(net)), ("TAX (8.25%)", fmt(tax)), ("TOTAL", fmt(total))],
        size=9,
    )
    d.text(W - 250, y - 62, "BALANCE DUE", "Sans-B", 11)
    d.text(W - 50, y - 62, "$" + fmt(total), "Sans-B", 13, "r")
    d.text(50, y, "Taxable subtotal: $" + fmt(taxable), "Sans", 8)
    d.wrap(
        50,
        y - 14,
        "Thank you for your business! Pay online via the link in your email or mail a check payable to Lone Star Landscape Supply LLC. A 1.5% monthly late fee applies after the due date.",
        "Sans-I",
        8,
        250,
    )
    d.text(
        W / 2,
        40,
        "Texas Sales & Use Tax Permit 3-20458-1937-6  ·  Page 1 of 1",
        "Sans",
        7,
        "c",
        (0.4, 0.4, 0.4),
    )
    t = truth(
        "10472",
        "2026-03-16",
        "2026-04-15",
        vend,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        trows,
        "QuickBooks-like; sales tax only on rows marked T (labor/delivery exempt); DATE column carries service date 03/12 different from invoice date",
        "pdf",
    )
    return "pdf", d.pdf(), t


def i02():
    name = "i02"
    d = Doc(name, letter)
    W, H = letter
    vend = "Brightpath Analytics, Inc."
    d.text(60, H - 70, "Invoice", "Sans-B", 20)
    d.rect(W - 110, H - 82, 50, 30, fill=(0.39, 0.36, 0.95), stroke=None)
    d.text(W - 85, H - 72, "bp", "Sans-B", 14, "c", (1, 1, 1))
    y = H - 105
    for k, v in [
        ("Invoice number", "BPA-7F3C21D9-0007"),
        ("Date of issue", "February 3, 2026"),
        ("Date due", "March 5, 2026"),
    ]:
        d.text(60, y, k, "Sans", 9, color=(0.35, 0.35, 0.35))
        d.text(170, y, v, "Sans", 9)
        y -= 14
    y -= 16
    block(
        d,
        60,
        y,
        [
            vend,
            "1201 Western Ave, Suite 840",
            "Seattle, Washington 98101",
            "United States",
            "+1 206-555-0193",
            "accounts@brightpath.io",
        ],
        size=8.8,
        first_bold=True,
    )
    d.text(280, y, "Bill to", "Sans-B", 8.8)
    block(
        d,
        280,
        y - 13,
        [
            "Harborview Dental Group PLLC",
            "2233 Eastlake Ave E",
            "Seattle, Washington 98102",
            "United States",
            "ops@harborviewdental.com",
        ],
        size=8.8,
    )
    rows_def = [
        ("Insights Pro seat", 12, "49.00"),
        ("Data connector – Dentrix", 2, "120.00"),
        ("Onboarding workshop (one-off)", 1, "650.00"),
    ]
    rows, net = lines_tax(rows_def)
    tax = q(net * D("0.1035"))
    total = net + tax
    paid = D("500.00")
    due = total - paid
    y -= 100
    d.text(60, y, f"${fmt(due)} due March 5, 2026", "Sans-B", 15)
    d.text(
        60,
        y - 18,
        "Pay online  https://pay.brightpath.io/i/7F3C21D9",
        "Sans",
        8.5,
        color=(0.39, 0.36, 0.95),
    )
    y -= 55
    cols = [
        ("Description", 270, "l"),
        ("Qty", 50, "r"),
        ("Unit price", 80, "r"),
        ("Amount", 92, "r"),
    ]
    y = table(
        d,
        60,
        y,
        cols,
        [
            (
                r[0] + ("" if i else "  Feb 3 – Mar 3, 2026"),
                str(r[1]),
                "$" + fmt(r[2]),
                "$" + fmt(r[3]),
            )
            for i, r in enumerate(rows)
        ],
        hfont="Sans",
        size=8.8,
        lead=22,
    )
    d.line(300, y + 10, W - 60, y + 10, 0.5)
    kv(
        d,
        310,
        W - 60,
        y - 4,
        [
            ("Subtotal", "$" + fmt(net)),
            ("Sales tax – Washington (10.35%)", "$" + fmt(tax)),
            ("Total", "$" + fmt(total)),
            ("Amount paid (Feb 10, 2026)", "–$" + fmt(paid)),
            ("Amount due", "$" + fmt(due)),
        ],
        size=8.8,
        lead=18,
    )
    d.text(
        60,
        60,
        "BPA-7F3C21D9-0007 · $" + fmt(due) + " due March 5, 2026",
        "Sans",
        7.5,
        color=(0.45, 0.45, 0.45),
    )
    d.text(W - 60, 60, "Page 1 of 1", "Sans", 7.5, "r", (0.45, 0.45, 0.45))
    t = truth(
        "BPA-7F3C21D9-0007",
        "2026-02-03",
        "2026-03-05",
        vend,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        rows,
        f"Stripe-like; headline shows amount due ${fmt(due)} (after a $500 partial payment), invoice total is ${fmt(total)}",
        "pdf",
    )
    return "pdf", d.pdf(), t


def i03():
    name = "i03"
    d = Doc(name, letter)
    W, H = letter
    vend = "Harbor & Pine Office Furniture Co."
    d.rect(0, H - 90, W, 90, fill=(0.12, 0.22, 0.33), stroke=None)
    d.text(45, H - 48, "HARBOR & PINE", "Serif-B", 22, color=(1, 1, 1))
    d.text(45, H - 66, "OFFICE FURNITURE CO.", "Serif", 10, color=(0.85, 0.9, 0.95))
    d.text(W - 45, H - 50, "CREDIT MEMO", "Sans-B", 18, "r", (1, 1, 1))
    y = H - 120
    block(
        d,
        45,
        y,
        [vend, "77 Ferry St", "Newark, NJ 07105", "Tel 973-555-0121"],
        size=8.5,
        first_bold=True,
    )
    yy = y
    for k, v in [
        ("Credit Memo No.", "CM-2026-0031"),
        ("Date", "02/19/2026"),
        ("Applies to Invoice", "INV-4471 (01/28/2026)"),
        ("Customer ID", "C-0388"),
    ]:
        d.text(W - 190, yy, k, "Sans-B", 8.5, "r")
        d.text(W - 180, yy, v, "Sans", 8.5)
        yy -= 14
    y -= 75
    d.text(45, y, "CREDIT TO", "Sans-B", 8.5)
    block(
        d,
        45,
        y - 14,
        ["Meridian Title Agency LLC", "401 Route 73 N, Bldg 5", "Marlton, NJ 08053"],
        size=8.5,
    )
    y -= 80
    rows_def = [
        ("Return – Ergo task chair, mesh back (damaged)", 3, "289.00"),
        ("Return – Cable tray, 48in", 2, "36.50"),
        ("Restocking fee waived", 1, "0.00"),
    ]
    rows = [(a, b, q(D(c)), -q(D(b) * D(c))) for a, b, c in rows_def]
    net = sum((r[3] for r in rows), D(0))
    tax = q(net * D("0.06625"))
    total = net + tax
    cols = [
        ("ITEM / DESCRIPTION", 300, "l"),
        ("QTY", 50, "r"),
        ("RATE", 80, "r"),
        ("AMOUNT", 92, "r"),
    ]
    y = table(
        d,
        45,
        y,
        cols,
        [(r[0], str(r[1]), fmt(r[2]), fmt(r[3])) for r in rows],
        size=8.8,
        head_fill=(0.88, 0.91, 0.94),
        lead=22,
        grid=True,
    )
    y -= 12
    kv(
        d,
        W - 240,
        W - 45,
        y,
        [
            ("Subtotal", fmt(net)),
            ("NJ Sales Tax 6.625%", fmt(tax)),
            ("TOTAL CREDIT", "-$" + fmt(-total)),
        ],
        size=9.5,
    )
    d.text(45, y, "Reason: items returned on RMA 5520.", "Sans", 8.5)
    d.text(45, y - 14, "This credit will be applied to your next invoice.", "Sans", 8.5)
    d.text(
        W / 2, 45, "Harbor & Pine Office Furniture Co. · NJ Tax ID 221-876-543/000", "Sans", 7, "c"
    )
    t = truth(
        "CM-2026-0031",
        "2026-02-19",
        None,
        vend,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "credit_note",
        rows,
        "Credit memo: keyed negative as printed; refers to invoice INV-4471 (not its own number)",
        "pdf",
    )
    return "pdf", d.pdf(), t


def i04():
    name = "i04"
    d = Doc(name, A4)
    W, H = A4
    vend = "Maplewood Digital Studio Inc."
    d.text(50, H - 70, "INVOICE", "Sans", 24)
    d.text(W - 50, H - 55, "maplewood", "Serif-B", 18, "r", (0.55, 0.1, 0.1))
    d.text(W - 50, H - 70, "digital studio", "Serif-I", 9, "r", (0.55, 0.1, 0.1))
    y = H - 110
    block(
        d,
        50,
        y,
        [
            "Lakeshore Physiotherapy Clinic",
            "Attention: Dana Whitford",
            "2150 Lake Shore Blvd W, Unit 6",
            "Etobicoke ON M8V 4B6",
            "CANADA",
        ],
        size=8.5,
    )
    c2 = 280
    for i, (k, v) in enumerate(
        [
            ("Invoice Date", "15 Jan 2026"),
            ("Invoice Number", "INV-2208"),
            ("Reference", "Website refresh Ph 2"),
            ("HST Number", "812345678 RT0001"),
        ]
    ):
        d.text(c2, y - i * 26, k, "Sans-B", 8)
        d.text(c2, y - i * 26 - 11, v, "Sans", 8.5)
    block(d, 410, y, [vend, "388 Queen St E, Suite 3", "Toronto ON M5A 1T3", "CANADA"], size=8.5)
    rows_def = [
        ("UX design – patient booking flow", "22.50", "115.00"),
        ("Front-end development", "31.00", "105.00"),
        ("Hosting (12 months, prepaid)", "1.00", "336.00"),
        ("Stock photography licence", "6.00", "18.00"),
    ]
    rows, net = lines_tax(rows_def)
    hst = q(net * D("0.13"))
    total = net + hst
    y -= 130
    cols = [
        ("Description", 250, "l"),
        ("Quantity", 60, "r"),
        ("Unit Price", 70, "r"),
        ("Tax", 50, "r"),
        ("Amount CAD", 65, "r"),
    ]
    y = table(
        d,
        50,
        y,
        cols,
        [(r[0], str(r[1]), fmt(r[2]), "13%", fmt(r[3])) for r in rows],
        size=8.5,
        lead=20,
        grid=True,
    )
    y -= 8
    yy = kv(
        d,
        360,
        W - 50,
        y,
        [("Subtotal", fmt(net)), ("TOTAL HST 13%", fmt(hst))],
        size=8.5,
        bold_last=False,
    )
    d.line(360, yy + 8, W - 50, yy + 8, 0.8)
    kv(d, 360, W - 50, yy - 4, [("TOTAL CAD", fmt(total))], size=10)
    d.text(50, y - 60, "Due Date: 14 Feb 2026", "Sans-B", 9)
    d.wrap(
        50,
        y - 76,
        "Payment by Interac e-Transfer to pay@maplewood.studio or EFT: Transit 00152, Inst 004, Acct 5213378.",
        "Sans",
        8,
        260,
    )
    yc = 210
    d.line(30, yc, W - 30, yc, 0.6, dash=(4, 3))
    d.text(40, yc + 4, "✂", "Sans", 9)
    d.text(50, yc - 30, "PAYMENT ADVICE", "Sans", 16)
    block(
        d, 50, yc - 50, ["To: " + vend, "388 Queen St E, Suite 3", "Toronto ON M5A 1T3"], size=8.5
    )
    pa = [
        ("Customer", "Lakeshore Physiotherapy Clinic"),
        ("Invoice Number", "INV-2208"),
        ("Amount Due", fmt(total)),
        ("Due Date", "14 Feb 2026"),
        ("Amount Enclosed", ""),
    ]
    yy = yc - 30
    for k, v in pa:
        d.text(300, yy, k, "Sans-B", 8.5)
        if v:
            d.text(400, yy, v, "Sans", 8.5)
        yy -= 16
    d.line(400, yy + 13, W - 60, yy + 13, 0.5)
    d.text(400, yy, "Enter the amount you are paying above", "Sans", 6.5)
    t = truth(
        "INV-2208",
        "2026-01-15",
        "2026-02-14",
        vend,
        net,
        hst,
        total,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        rows,
        "Xero-like, Ontario HST 13%, tear-off payment advice repeats number/amount; HST registration number printed near the invoice number",
        "pdf",
    )
    return "pdf", d.pdf(), t


def i05():
    name = "i05"
    d = Doc(name, letter)
    W, H = letter
    vend = "Les Équipements Boréal inc."
    d.rect(45, H - 100, 60, 60, fill=(0.1, 0.3, 0.55), stroke=None)
    d.text(75, H - 80, "ÉB", "Serif-B", 22, "c", (1, 1, 1))
    block(
        d,
        120,
        H - 52,
        [vend, "2250, rue Sauvé Ouest", "Montréal (Québec) H4N 1M5", "Tél. : 514 555-0177"],
        size=9,
        first_bold=True,
    )
    d.text(W - 45, H - 55, "FACTURE / INVOICE", "Sans-B", 16, "r")
    yy = H - 78
    for k, v in [
        ("No de facture / Invoice no.", "F-26-00318"),
        ("Date", "2026-02-27"),
        ("Échéance / Due", "2026-03-29"),
        ("Conditions / Terms", "Net 30 jours / days"),
    ]:
        d.text(W - 165, yy, k, "Sans", 7.5, "r")
        d.text(W - 158, yy, v, "Sans-B", 8)
        yy -= 13
    y = H - 150
    d.rect(45, y - 62, 250, 72, stroke=(0.3, 0.3, 0.3))
    d.text(52, y, "Facturé à / Bill to", "Sans-B", 8)
    block(
        d,
        52,
        y - 14,
        [
            "Boulangerie St-Viateur Est S.E.N.C.",
            "1127, av. du Mont-Royal Est",
            "Montréal (Québec) H2J 1X9",
        ],
        size=8.5,
    )
    d.rect(310, y - 62, W - 355, 72, stroke=(0.3, 0.3, 0.3))
    d.text(317, y, "Livré à / Ship to", "Sans-B", 8)
    block(d, 317, y - 14, ["Même adresse / Same address", "Bon de commande / PO 4471-B"], size=8.5)
    rows_def = [
        ("Four à convection 10 grilles / Convection oven", 1, "6890.00"),
        ("Table inox 30 x 72 po / Stainless table", 2, "845.50"),
        ("Installation et mise en service / Installation", 1, "420.00"),
        ("Frais de livraison / Delivery", 1, "150.00"),
    ]
    rows, net = lines_tax(rows_def)
    tps = q(net * D("0.05"))
    tvq = q(net * D("0.09975"))
    total = net + tps + tvq
    y -= 95
    cols = [
        ("Description", 270, "l"),
        ("Qté / Qty", 55, "r"),
        ("Prix / Price", 95, "r"),
        ("Montant / Amount", 102, "r"),
    ]
    y = table(
        d,
        45,
        y,
        cols,
        [(r[0], str(r[1]), fmt(r[2], "za") + " $", fmt(r[3], "za") + " $") for r in rows],
        size=8.3,
        head_fill=(0.85, 0.85, 0.85),
        lead=20,
        grid=True,
    )
    y -= 10
    kv(
        d,
        330,
        W - 45,
        y,
        [
            ("Sous-total / Subtotal", fmt(net, "za") + " $"),
            ("TPS / GST 5 %", fmt(tps, "za") + " $"),
            ("TVQ / QST 9,975 %", fmt(tvq, "za") + " $"),
            ("TOTAL", fmt(total, "za") + " $"),
        ],
        size=9,
        lead=17,
    )
    block(
        d,
        45,
        y,
        [
            "No TPS / GST no. : 123456789 RT0001",
            "No TVQ / QST no. : 1234567890 TQ0001",
            "NEQ : 1165432109",
        ],
        size=7.8,
    )
    d.wrap(
        45,
        120,
        "Paiement par chèque ou virement / Payment by cheque or transfer: Caisse Desjardins, transit 30123, institution 815, folio 0456789. Intérêts de 2 % par mois sur les comptes en souffrance.",
        "Sans",
        7.5,
        W - 90,
    )
    d.text(W / 2, 50, "Merci de votre confiance! / Thank you for your business!", "Serif-I", 9, "c")
    img = render(d.pdf(), 200)
    rng = rng_for(name)
    img = scan(img, rng, grey=True, blur=0.7, skew=-1.2, noise=7, specks=80)
    data = image_pdf(name, img, letter)
    t = truth(
        "F-26-00318",
        "2026-02-27",
        "2026-03-29",
        vend,
        net,
        tps + tvq,
        total,
        "CAD",
        "fr-CA",
        "invoice",
        "invoice",
        [(r[0], r[1], r[2], r[3]) for r in rows],
        "Image-only PDF scan; bilingual Quebec, amounts '1 234,56 $', GST 5% + QST 9.975% summed as vat; ISO dates",
        "scan",
    )
    return "pdf", data, t


def i06():
    name = "i06"
    d = Doc(name, letter)
    W, H = letter
    vend = "Coastline Bike Works Ltd."
    d.text(50, H - 65, "Coastline", "Sans-B", 20, color=(0.0, 0.45, 0.55))
    d.text(50, H - 80, "BIKE WORKS", "Sans", 9, color=(0.0, 0.45, 0.55))
    block(
        d,
        W - 50,
        H - 55,
        [
            vend,
            "1460 Commercial Dr",
            "Vancouver, BC V5L 3X9",
            "604-555-0162",
            "GST/HST 798112233 RT0001",
            "PST-1234-5678",
        ],
        size=8,
        align="r",
    )
    y = H - 150
    d.text(50, y, "Billed To", "Sans", 8, color=(0.4, 0.4, 0.4))
    block(
        d,
        50,
        y - 13,
        ["Pedal Post Courier Co-op", "212 E Hastings St", "Vancouver, BC V6A 1N7"],
        size=9,
    )
    col = [("Date of Issue", "02/09/2026"), ("Due Date", "02/23/2026")]
    for i, (k, v) in enumerate(col):
        d.text(220, y - i * 30, k, "Sans", 8, color=(0.4, 0.4, 0.4))
        d.text(220, y - i * 30 - 13, v, "Sans", 9)
    d.text(340, y, "Invoice Number", "Sans", 8, color=(0.4, 0.4, 0.4))
    d.text(340, y - 13, "0000187", "Sans", 9)
    rows_def = [
        ("Cargo bike tune-up (Pro)", 4, "129.00"),
        ("Hydraulic brake bleed, front & rear", 4, "45.00"),
        ("Tire 26x2.4 puncture-resistant", 6, "64.99"),
        ("Chain 11-spd", 4, "48.50"),
    ]
    rows, net = lines_tax(rows_def)
    gst = q(net * D("0.05"))
    pst = q(net * D("0.07"))
    total = net + gst + pst
    d.text(W - 50, y, "Amount Due (CAD)", "Sans", 8, "r", (0.4, 0.4, 0.4))
    d.text(W - 50, y - 24, "$" + fmt(total), "Sans", 20, "r")
    y -= 90
    d.line(50, y + 18, W - 50, y + 18, 2, (0.0, 0.45, 0.55))
    cols = [("Description", 290, "l"), ("Rate", 75, "r"), ("Qty", 55, "r"), ("Line Total", 92, "r")]
    y = table(
        d,
        50,
        y,
        cols,
        [(r[0], "$" + fmt(r[2]), str(r[1]), "$" + fmt(r[3])) for r in rows],
        size=9,
        hfont="Sans",
        lead=24,
        grid=True,
    )
    y -= 8
    kv(
        d,
        340,
        W - 50,
        y,
        [
            ("Subtotal", fmt(net)),
            ("GST (5%)", fmt(gst)),
            ("PST (7%)", fmt(pst)),
            ("Total", fmt(total)),
            ("Amount Paid", "0.00"),
            ("Amount Due (CAD)", "$" + fmt(total)),
        ],
        size=9,
        lead=17,
    )
    d.text(50, y, "Notes", "Sans", 8, color=(0.4, 0.4, 0.4))
    d.wrap(
        50,
        y - 13,
        "Fleet service for 4 cargo bikes. Payment due in 14 days. E-transfer to shop@coastlinebike.ca",
        "Sans",
        8.5,
        240,
    )
    rng = rng_for(name)
    img = photo(render(d.pdf(), 170), rng, long_side=2100, bg="wood")
    t = truth(
        "0000187",
        "2026-02-09",
        "2026-02-23",
        vend,
        net,
        gst + pst,
        total,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        rows,
        "FreshBooks-like photo; BC GST 5% + PST 7%; US-style mm/dd date; 'Amount Due' box at the top",
        "photo",
    )
    return "jpg", jpg_bytes(img, 72), t


def i07():
    name = "i07"
    d = Doc(name, A4)
    W, H = A4
    vend = "Thornbury Catering Supplies Ltd"
    rng_items = [
        ("Disposable cups 8oz (1000)", 3, "42.80"),
        ("Lids for 8oz cups (1000)", 3, "18.60"),
        ("Kraft napkins 2ply (2000)", 4, "21.95"),
        ("Wooden cutlery set (500)", 2, "27.40"),
        ("Takeaway box no.2 (250)", 6, "33.10"),
        ("Takeaway box no.8 (200)", 4, "36.75"),
        ("Greaseproof sheets 25x35 (1000)", 5, "14.20"),
        ("Blue roll 2ply (6)", 8, "11.45"),
        ("Nitrile gloves M (100)", 10, "6.90"),
        ("Nitrile gloves L (100)", 10, "6.90"),
        ("Food bags 7x9in (1000)", 6, "9.85"),
        ("Cling film 450mm x 300m", 4, "12.30"),
        ("Foil 450mm x 75m", 4, "17.95"),
        ("Bin liners heavy duty (200)", 5, "19.99"),
        ("Sanitiser spray 750ml (6)", 3, "24.60"),
        ("Degreaser 5L", 2, "16.45"),
        ("Washing-up liquid 5L", 3, "9.80"),
        ("Paper straws (250)", 6, "7.25"),
        ("Coffee stirrers (1000)", 4, "4.60"),
        ("Sugar sticks (1000)", 2, "14.90"),
        ("Label roll – use by (1000)", 6, "5.40"),
        ("Piping bags 21in (100)", 3, "12.75"),
        ("Sandwich wedges (500)", 4, "31.20"),
        ("Soup cups 12oz (500)", 2, "38.90"),
        ("Soup lids 12oz (500)", 2, "22.40"),
        ("Hand towels C-fold (2400)", 4, "18.70"),
        ("Mop head cotton", 3, "5.95"),
        ("Pallet delivery charge", 1, "25.00"),
    ]
    rows, net = lines_tax(rng_items)
    vat = q(net * D("0.20"))
    total = net + vat

    def header(pg):
        d.text(40, H - 55, "THORNBURY", "Sans-B", 20, color=(0.85, 0.45, 0.05))
        d.text(40, H - 70, "CATERING SUPPLIES", "Sans", 9)
        block(
            d,
            W - 40,
            H - 45,
            [
                "Unit 7, Avonmouth Trade Park",
                "Bristol BS11 8DE",
                "0117 496 0321",
                "sales@thornburycs.co.uk",
            ],
            size=8,
            align="r",
        )
        d.text(40, H - 100, "INVOICE", "Sans-B", 14)
        d.text(W - 40, H - 100, f"Page {pg} of 2", "Sans", 8, "r")

    header(1)
    y = H - 125
    block(
        d,
        40,
        y,
        ["Invoice to:", "The Harbourside Kitchen Ltd", "14 Narrow Quay", "Bristol BS1 4QA"],
        size=8.5,
        first_bold=True,
    )
    yy = y
    for k, v in [
        ("Invoice No:", "TCS-58213"),
        ("Invoice Date:", "12/03/2026"),
        ("Tax Point:", "12/03/2026"),
        ("Account:", "HARB01"),
        ("Due Date:", "11/04/2026"),
    ]:
        d.text(W - 140, yy, k, "Sans-B", 8.5, "r")
        d.text(W - 40, yy, v, "Sans", 8.5, "r")
        yy -= 13
    y -= 85
    cols = [
        ("Code", 55, "l"),
        ("Description", 250, "l"),
        ("Qty", 40, "r"),
        ("Unit £", 60, "r"),
        ("VAT", 40, "c"),
        ("Net £", 70, "r"),
    ]
    page1 = rows[:22]
    page2 = rows[22:]
    fmtrow = lambda i, r: (f"TC{1040 + i * 7}", r[0], str(r[1]), fmt(r[2]), "S", fmt(r[3]))  # noqa: E731
    y = table(
        d,
        40,
        y,
        cols,
        [fmtrow(i, r) for i, r in enumerate(page1)],
        size=8,
        lead=17,
        head_fill=(0.97, 0.88, 0.75),
    )
    cf = sum((r[3] for r in page1), D(0))
    d.line(40, y + 10, W - 55, y + 10, 0.5)
    d.text(W - 55 - 4, y - 4, "Carried forward  £" + fmt(cf), "Sans-B", 8.5, "r")
    d.text(40, 50, "Continued overleaf…", "Sans-I", 8)
    d.next_page()
    header(2)
    d.text(40, H - 120, "Invoice No: TCS-58213   (continued)", "Sans", 8.5)
    d.text(W - 55 - 4, H - 140, "Brought forward  £" + fmt(cf), "Sans-B", 8.5, "r")
    y = table(
        d,
        40,
        H - 165,
        cols,
        [fmtrow(i + 22, r) for i, r in enumerate(page2)],
        size=8,
        lead=17,
        head_fill=(0.97, 0.88, 0.75),
    )
    y -= 15
    kv(
        d,
        330,
        W - 40,
        y,
        [
            ("Total Net", "£" + fmt(net)),
            ("VAT @ 20%", "£" + fmt(vat)),
            ("Invoice Total", "£" + fmt(total)),
        ],
        size=9.5,
        lead=17,
    )
    d.text(40, y, "VAT code S = standard rate 20%", "Sans", 8)
    d.wrap(
        40,
        y - 20,
        "Terms: strictly 30 days from invoice date. Please pay by BACS quoting invoice number. Bank: Lloyds Bank plc, Sort code 30-94-57, Account 41208866.",
        "Sans",
        8,
        260,
    )
    d.text(
        W / 2,
        45,
        "Thornbury Catering Supplies Ltd · Registered in England & Wales No. 08412376 · VAT Reg No. GB 284 5519 02",
        "Sans",
        6.8,
        "c",
    )
    d.text(
        W / 2,
        35,
        "Registered office: Unit 7, Avonmouth Trade Park, Bristol BS11 8DE",
        "Sans",
        6.8,
        "c",
    )
    t = truth(
        "TCS-58213",
        "2026-03-12",
        "2026-04-11",
        vend,
        net,
        vat,
        total,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        rows,
        "2-page UK invoice, totals only on page 2 after carried/brought forward subtotal; company number and VAT number in footer; dd/mm/yyyy",
        "pdf",
    )
    return "pdf", d.pdf(), t


def i08():
    name = "i08"
    d = Doc(name, A4)
    W, H = A4
    vend = "Kestrel Joinery & Fit-Out Ltd"
    d.circle(70, H - 70, 24, fill=(0.2, 0.2, 0.2))
    d.text(70, H - 77, "K", "Serif-B", 22, "c", (1, 1, 1))
    d.text(105, H - 66, "Kestrel Joinery & Fit-Out Ltd", "Serif-B", 15)
    d.text(105, H - 82, "Bespoke joinery · Shopfitting · Commercial interiors", "Serif-I", 8.5)
    block(
        d,
        105,
        H - 100,
        [
            "Unit 3 Maltings Yard, Leeds Road, Ilkley, West Yorkshire LS29 8DP",
            "T: 01943 602 118   E: accounts@kestreljoinery.co.uk",
        ],
        size=8,
    )
    d.text(W / 2, H - 150, "TAX INVOICE", "Serif-B", 16, "c")
    d.text(
        W / 2, H - 166, "(replaces Pro Forma PF-0412 dated 2 February 2026)", "Serif-I", 8.5, "c"
    )
    y = H - 200
    block(
        d,
        45,
        y,
        ["To:", "Bramble & Rye Bakery Ltd", "22 The Grove", "Ilkley LS29 9EE"],
        font="Serif",
        size=9,
        first_bold=True,
    )
    yy = y
    for k, v in [
        ("Invoice number", "KJ-2026-0093"),
        ("Date", "19 February 2026"),
        ("Your order", "PF-0412 accepted 05/02/2026"),
        ("Payment terms", "14 days – due 5 March 2026"),
    ]:
        d.text(310, yy, k, "Serif-B", 8.5)
        d.text(400, yy, v, "Serif", 8.5)
        yy -= 14
    rows_def = [
        ("Oak serving counter with glazed display, fitted", 1, "4850.00"),
        ("Wall shelving, oiled ash, 6 bays", 6, "265.00"),
        ("Bench seating with storage, painted", 2, "980.00"),
        ("Site fitting labour (man-days)", 4, "320.00"),
    ]
    rows, net = lines_tax(rows_def)
    vat = q(net * D("0.20"))
    total = net + vat
    dep = q(total * D("0.30"))
    y -= 80
    cols = [
        ("Description", 280, "l"),
        ("Qty", 45, "r"),
        ("Unit price", 80, "r"),
        ("Amount", 100, "r"),
    ]
    y = table(
        d,
        45,
        y,
        cols,
        [(r[0], str(r[1]), "£" + fmt(r[2]), "£" + fmt(r[3])) for r in rows],
        font="Serif",
        hfont="Serif-B",
        size=9,
        lead=22,
        grid=True,
    )
    y -= 10
    kv(
        d,
        330,
        W - 45,
        y,
        [("Subtotal", "£" + fmt(net)), ("VAT at 20%", "£" + fmt(vat)), ("Total", "£" + fmt(total))],
        font="Serif",
        size=9.5,
        lead=17,
    )
    y -= 65
    kv(
        d,
        330,
        W - 45,
        y,
        [
            ("Less deposit received 06/02/2026", "–£" + fmt(dep)),
            ("Balance to pay", "£" + fmt(total - dep)),
        ],
        font="Serif",
        size=8.5,
        lead=15,
    )
    d.wrap(
        45,
        y + 60,
        "Thank you for your order. Pro forma PF-0412 was issued for deposit purposes only and is not a VAT invoice; this document is your VAT invoice.",
        "Serif-I",
        8,
        250,
    )
    d.text(
        45,
        95,
        "Bank: NatWest · Sort code 60-02-15 · Account 88123406 · Ref KJ-2026-0093",
        "Serif",
        8,
    )
    d.text(45, 70, "Company No. 09827731 (England & Wales)    VAT Reg. No. 231 8842 67", "Serif", 8)
    rng = rng_for(name)
    img = scan(render(d.pdf(), 220), rng, grey=False, blur=0.6, skew=0.8, noise=5, specks=50)
    t = truth(
        "KJ-2026-0093",
        "2026-02-19",
        "2026-03-05",
        vend,
        net,
        vat,
        total,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        rows,
        "Proforma turned into tax invoice: PF-0412 number and dates also printed; 30% deposit deducted -> 'Balance to pay' differs from Total; due date only inside payment terms text",
        "scan",
    )
    return "png", png_bytes(img), t


def i09():
    name = "i09"
    d = Doc(name, A4)
    W, H = A4
    vend = "Shannon Property Care Ltd"
    d.rect(0, H - 12, W, 12, fill=(0.05, 0.45, 0.3), stroke=None)
    d.text(45, H - 55, "Shannon Property Care", "Sans-B", 17, color=(0.05, 0.45, 0.3))
    block(
        d,
        45,
        H - 72,
        [
            "Unit 12, Raheen Business Park, Limerick V94 K2T8",
            "+353 61 555 204 · accounts@shannonpc.ie",
        ],
        size=8,
    )
    d.text(W - 45, H - 55, "VAT INVOICE", "Sans-B", 14, "r")
    y = H - 120
    block(
        d,
        45,
        y,
        [
            "Customer",
            "Castletroy Medical Centre",
            "Dublin Road, Castletroy",
            "Limerick V94 X6R2",
            "Customer VAT: IE 9876543W",
        ],
        size=8.5,
        first_bold=True,
    )
    yy = y
    for k, v in [
        ("Invoice No.", "SPC/26/0417"),
        ("Invoice date", "05/02/2026"),
        ("Period", "January 2026"),
        ("Due date", "07/03/2026"),
    ]:
        d.text(340, yy, k, "Sans", 8.5)
        d.text(W - 45, yy, v, "Sans-B", 8.5, "r")
        yy -= 14
    lines = [
        ("Contract cleaning – January (22 visits)", 22, "68.00", "13.5"),
        ("Window cleaning, external", 1, "240.00", "13.5"),
        ("Washroom consumables supplied", 1, "186.40", "23"),
        ("Sanitary bin service (6 units)", 6, "14.50", "23"),
    ]
    rows = []
    by = {"13.5": D(0), "23": D(0)}
    for a, b, c, r in lines:
        am = q(D(b) * D(c))
        by[r] += am
        rows.append((a, b, q(D(c)), am, r))
    net = sum(by.values(), D(0))
    v1 = q(by["13.5"] * D("0.135"))
    v2 = q(by["23"] * D("0.23"))
    total = net + v1 + v2
    y -= 90
    cols = [
        ("Description", 260, "l"),
        ("Qty", 40, "r"),
        ("Rate €", 65, "r"),
        ("VAT %", 50, "r"),
        ("Net €", 90, "r"),
    ]
    y = table(
        d,
        45,
        y,
        cols,
        [(r[0], str(r[1]), fmt(r[2]), r[4] + "%", fmt(r[3])) for r in rows],
        size=8.5,
        lead=20,
        head_fill=(0.88, 0.95, 0.91),
    )
    y -= 10
    d.text(45, y, "VAT analysis", "Sans-B", 8.5)
    vcols = [("Rate", 50, "l"), ("Net €", 80, "r"), ("VAT €", 80, "r")]
    table(
        d,
        45,
        y - 16,
        vcols,
        [("13.5%", fmt(by["13.5"]), fmt(v1)), ("23%", fmt(by["23"]), fmt(v2))],
        size=8,
        lead=15,
    )
    kv(
        d,
        340,
        W - 45,
        y,
        [
            ("Total net", "€" + fmt(net)),
            ("VAT @ 13.5%", "€" + fmt(v1)),
            ("VAT @ 23%", "€" + fmt(v2)),
            ("Total due", "€" + fmt(total)),
        ],
        size=9.5,
        lead=17,
    )
    d.text(45, 90, "Bank of Ireland · IBAN IE29 BOFI 9000 1712 3456 78 · BIC BOFIIE2D", "Sans", 8)
    d.text(
        45,
        76,
        "Shannon Property Care Ltd · Registered in Ireland CRO No. 612345 · VAT No. IE 3245678LH",
        "Sans",
        7.5,
    )
    d.text(45, 64, "Directors: A. Moloney, P. Keane", "Sans", 7.5)
    t = truth(
        "SPC/26/0417",
        "2026-02-05",
        "2026-03-07",
        vend,
        net,
        v1 + v2,
        total,
        "EUR",
        "en-IE",
        "invoice",
        "invoice",
        [r[:4] for r in rows],
        "Ireland, two VAT rates (13.5% and 23%) summed; VAT analysis table duplicates the per-rate amounts; customer VAT number printed too",
        "pdf",
    )
    return "pdf", d.pdf(), t


def i10():
    name = "i10"
    d = Doc(name, A4)
    W, H = A4
    vend = "Redgum Electrical Pty Ltd"
    d.rect(40, H - 95, 8, 55, fill=(0.7, 0.15, 0.1), stroke=None)
    d.text(58, H - 62, "REDGUM ELECTRICAL", "Cond-B", 18)
    d.text(58, H - 78, "Licensed electrical contractor · Lic. 284613C", "Cond", 8.5)
    d.text(58, H - 90, "ABN 53 004 085 616", "Cond-B", 8.5)
    d.text(W - 40, H - 62, "TAX INVOICE", "Cond-B", 18, "r", (0.7, 0.15, 0.1))
    block(
        d,
        W - 40,
        H - 80,
        ["22 Brunswick Rd, Brunswick VIC 3056", "03 9555 0172"],
        font="Cond",
        size=8.5,
        align="r",
    )
    y = H - 130
    block(
        d,
        40,
        y,
        ["Bill to:", "Northcote Fitness Collective", "Level 1, 301 High St", "Northcote VIC 3070"],
        font="Cond",
        size=9,
        first_bold=True,
    )
    d.rect(300, y - 55, W - 340, 68, stroke=(0.5, 0.5, 0.5))
    for i, (k, v) in enumerate(
        [
            ("Invoice #", "00004821"),
            ("Date", "23/03/2026"),
            ("Job #", "J-1177"),
            ("Due", "22/04/2026"),
        ]
    ):
        d.text(310, y - i * 15, k, "Cond-B", 9)
        d.text(380, y - i * 15, v, "Cond", 9)
    lines = [
        ("LED high-bay 150W supply & install", 12, "189.00"),
        ("Circuit breaker 20A RCBO", 4, "62.50"),
        ("Labour – electrician (hrs)", 9.5, "98.00"),
        ("Labour – apprentice (hrs)", 9.5, "52.00"),
        ("Scissor lift hire (1 day)", 1, "310.00"),
    ]
    rows, net = lines_tax(lines)
    gsts = [q(r[3] * D("0.10")) for r in rows]
    gst = sum(gsts, D(0))
    total = net + gst
    y -= 95
    cols = [
        ("Description", 235, "l"),
        ("Qty", 45, "r"),
        ("Unit (ex GST)", 75, "r"),
        ("GST", 60, "r"),
        ("Amount (ex GST)", 100, "r"),
    ]
    y = table(
        d,
        40,
        y,
        cols,
        [(r[0], str(r[1]), fmt(r[2]), fmt(g), fmt(r[3])) for r, g in zip(rows, gsts, strict=False)],
        font="Cond",
        hfont="Cond-B",
        size=9,
        lead=20,
        grid=True,
    )
    y -= 10
    kv(
        d,
        340,
        W - 40,
        y,
        [
            ("Subtotal (ex GST)", "$" + fmt(net)),
            ("GST", "$" + fmt(gst)),
            ("Total (inc GST)", "$" + fmt(total)),
            ("Amount paid", "$0.00"),
            ("BALANCE DUE", "$" + fmt(total)),
        ],
        font="Cond",
        size=10,
        lead=17,
    )
    block(
        d,
        40,
        y,
        [
            "Payment terms: 30 days",
            "Direct deposit:",
            "BSB 063-182  Acc 1049 2277",
            "Ref: 00004821",
        ],
        font="Cond",
        size=9,
    )
    d.text(W / 2, 50, "Prices in Australian dollars. The total price includes GST.", "Cond", 8, "c")
    t = truth(
        "00004821",
        "2026-03-23",
        "2026-04-22",
        vend,
        net,
        gst,
        total,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        rows,
        "MYOB-like AU Tax Invoice; GST per line column; leading-zero invoice number; ABN printed under name; fractional hours 9.5",
        "pdf",
    )
    return "pdf", d.pdf(), t


def i11():
    name = "i11"
    d = Doc(name, A4)
    W, H = A4
    vend = "Kōwhai Plumbing & Gas Ltd"
    d.circle(62, H - 62, 20, fill=(0.95, 0.75, 0.1))
    d.text(92, H - 58, vend, "Sans-B", 14)
    d.text(
        92,
        H - 72,
        "GST No. 112-345-678 · 45 Tory Street, Te Aro, Wellington 6011 · 04 555 0139",
        "Sans",
        7.8,
    )
    d.line(40, H - 95, W - 40, H - 95, 1)
    d.text(40, H - 120, "TAX INVOICE", "Sans-B", 13)
    d.text(W - 40, H - 120, "STATEMENT OF ACCOUNT", "Sans-B", 10, "r", (0.4, 0.4, 0.4))
    y = H - 145
    block(d, 40, y, ["Aro Valley Community Trust", "PO Box 11-502", "Wellington 6142"], size=8.5)
    for i, (k, v) in enumerate(
        [("Invoice No:", "KP-3102"), ("Date:", "9/03/2026"), ("Due:", "20/04/2026")]
    ):
        d.text(200, y - i * 13, k, "Sans-B", 8.5)
        d.text(262, y - i * 13, v, "Sans", 8.5)
    lines = [
        ("Hot water cylinder 180L mains", 1, "2390.00"),
        ("Tempering valve & fittings", 1, "214.00"),
        ("Labour (hrs)", 6, "105.00"),
        ("Disposal of old cylinder", 1, "65.00"),
    ]
    rows, net = lines_tax(lines)
    gst = q(net * D("0.15"))
    total = net + gst
    y -= 60
    cols = [("Description", 190, "l"), ("Qty", 30, "r"), ("Unit", 55, "r"), ("Amount", 65, "r")]
    y = table(
        d, 40, y, cols, [(r[0], str(r[1]), fmt(r[2]), fmt(r[3])) for r in rows], size=8, lead=18
    )
    y -= 8
    kv(
        d,
        190,
        380,
        y,
        [("Subtotal", fmt(net)), ("GST 15%", fmt(gst)), ("Total NZD", fmt(total))],
        size=9,
        lead=15,
    )
    # statement column
    x0 = 400
    d.rect(x0 - 8, 120, W - 40 - x0 + 8, H - 140 - 120, stroke=(0.6, 0.6, 0.6))
    d.text(x0, H - 152, "Account activity", "Sans-B", 8.5)
    st = [
        ("12/01/26", "Inv KP-2988", "468.75"),
        ("30/01/26", "Payment recvd", "-468.75"),
        ("06/02/26", "Inv KP-3017", "1,127.00"),
        ("16/02/26", "Inv KP-3051", "339.25"),
        ("09/03/26", "Inv KP-3102", fmt(total)),
    ]
    yy = H - 172
    bal = D(0)
    for dt, desc, amt in st:
        bal += D(amt.replace(",", ""))
        d.text(x0, yy, dt, "Sans", 7)
        d.text(x0 + 38, yy, desc, "Sans", 7)
        d.text(W - 48, yy, amt, "Sans", 7, "r")
        yy -= 12
    d.line(x0, yy + 6, W - 48, yy + 6, 0.4)
    d.text(x0, yy - 4, "Balance owing", "Sans-B", 7.5)
    d.text(W - 48, yy - 4, fmt(bal), "Sans-B", 7.5, "r")
    aging = [
        ("Current", fmt(total)),
        ("1 month", "1,466.25"),
        ("2 months", "0.00"),
        ("3+ months", "0.00"),
    ]
    yy -= 30
    for k, v in aging:
        d.text(x0, yy, k, "Sans", 7)
        d.text(W - 48, yy, v, "Sans", 7, "r")
        yy -= 11
    assert bal == total + D("1466.25")
    d.wrap(
        40,
        200,
        "Payment terms: 20th of the month following invoice. Please pay into ASB 12-3140-0456789-00 using the invoice number as reference. Earlier invoices KP-3017 and KP-3051 are overdue.",
        "Sans",
        8,
        320,
    )
    t = truth(
        "KP-3102",
        "2026-03-09",
        "2026-04-20",
        vend,
        net,
        gst,
        total,
        "NZD",
        "en-NZ",
        "invoice",
        "invoice",
        rows,
        "Statement-like: right column lists earlier invoices and a balance owing larger than this invoice's total; macron in vendor name; d/mm/yyyy",
        "pdf",
    )
    return "pdf", d.pdf(), t


def i12():
    name = "i12"
    d = Doc(name, A4)
    W, H = A4
    vend = "Shreeji Textiles Private Limited"
    lines = [
        ("Cotton poplin 58in, white", "5208", 1250, "96.50"),
        ("Cotton cambric printed", "5208", 980, "112.00"),
        ("Rayon slub dyed", "5516", 860, "134.75"),
        ("Linen blend shirting", "5309", 410, "285.00"),
        ("Polyester lining 44in", "5407", 1500, "38.20"),
        ("Georgette printed", "5407", 620, "121.40"),
    ]
    rows = [(a, qt, q(D(c)), q(D(qt) * D(c)), h) for a, h, qt, c in lines]
    net = sum((r[3] for r in rows), D(0))
    hs = {}
    for r_ in rows:
        hs[r_[4]] = hs.get(r_[4], D(0)) + r_[3]
    cg = sum((q(v * D("0.025")) for v in hs.values()), D(0))
    sg = cg
    gross = net + cg + sg
    total = gross.quantize(D("1"), rounding=ROUND_HALF_UP)
    ro = total - gross

    def head(pg):
        d.rect(30, H - 110, W - 60, 80, stroke=(0, 0, 0))
        d.text(W / 2, H - 50, "SHREEJI TEXTILES PRIVATE LIMITED", "Serif-B", 14, "c")
        d.text(
            W / 2,
            H - 64,
            "Plot 48, Ring Road Textile Market, Surat, Gujarat 395002",
            "Serif",
            8.5,
            "c",
        )
        d.text(
            W / 2,
            H - 77,
            "GSTIN: 24AABCS1234F1Z5   PAN: AABCS1234F   CIN: U17110GJ2011PTC064512",
            "Serif",
            8,
            "c",
        )
        d.text(W / 2, H - 100, "TAX INVOICE", "Serif-B", 11, "c")
        d.text(W - 36, H - 100, f"Page {pg} of 2", "Serif", 7.5, "r")

    head(1)
    y = H - 130
    block(
        d,
        36,
        y,
        [
            "Billed to:",
            "Mahalaxmi Garments",
            "22 Udhna Udyog Nagar, Surat 394210",
            "GSTIN: 24ABMPM4521K1ZQ",
            "State: Gujarat (24)",
        ],
        font="Serif",
        size=8.5,
        first_bold=True,
    )
    yy = y
    for k, v in [
        ("Invoice No.", "ST/2025-26/0847"),
        ("Invoice Date", "14-01-2026"),
        ("Due Date", "13-02-2026"),
        ("Place of Supply", "Gujarat (24)"),
        ("E-way Bill", "3421 8876 0912"),
    ]:
        d.text(340, yy, k, "Serif-B", 8.5)
        d.text(430, yy, ": " + v, "Serif", 8.5)
        yy -= 13
    y -= 90
    cols = [
        ("Sr", 25, "c"),
        ("Description of Goods", 175, "l"),
        ("HSN", 45, "c"),
        ("Qty (m)", 60, "r"),
        ("Rate", 65, "r"),
        ("Taxable Value", 95, "r"),
    ]
    y = table(
        d,
        36,
        y,
        cols,
        [
            (str(i + 1), r[0], r[4], fmt(D(r[1]), "in"), fmt(r[2], "in"), fmt(r[3], "in"))
            for i, r in enumerate(rows)
        ],
        font="Serif",
        hfont="Serif-B",
        size=8.5,
        lead=22,
        grid=True,
        head_fill=(0.9, 0.9, 0.9),
    )
    d.text(W - 36, y, "Total taxable value  " + fmt(net, "in"), "Serif-B", 9, "r")
    d.text(36, 60, "Continued on page 2 …", "Serif-I", 8)
    d.next_page()
    head(2)
    y = H - 140
    d.text(36, y, "Invoice No. ST/2025-26/0847 dated 14-01-2026 (contd.)", "Serif", 8.5)
    y -= 30
    kv(
        d,
        330,
        W - 36,
        y,
        [
            ("Taxable Value", fmt(net, "in")),
            ("CGST @ 2.5%", fmt(cg, "in")),
            ("SGST @ 2.5%", fmt(sg, "in")),
            ("Round Off", ("+" if ro >= 0 else "") + fmt(ro, "in")),
            ("Grand Total (₹)", fmt(total, "in")),
        ],
        font="Serif",
        size=9.5,
        lead=18,
    )
    hc = [("HSN", 50, "l"), ("Taxable", 80, "r"), ("CGST", 60, "r"), ("SGST", 60, "r")]
    table(
        d,
        36,
        y,
        hc,
        [
            (h, fmt(v, "in"), fmt(q(v * D("0.025")), "in"), fmt(q(v * D("0.025")), "in"))
            for h, v in hs.items()
        ],
        font="Serif",
        hfont="Serif-B",
        size=7.5,
        lead=14,
    )
    y -= 120
    d.text(36, y, "Amount in words: Rupees " + words_in(int(total)) + " Only", "Serif-B", 8.5)
    d.wrap(
        36,
        y - 25,
        "Bank: HDFC Bank, Ring Road Branch, A/c 50200012345678, IFSC HDFC0000123. Interest @18% p.a. will be charged if not paid by due date. Subject to Surat jurisdiction.",
        "Serif",
        8,
        300,
    )
    d.text(W - 36, y - 40, "For SHREEJI TEXTILES PVT. LTD.", "Serif-B", 8.5, "r")
    d.text(W - 36, y - 90, "Authorised Signatory", "Serif", 8, "r")
    t = truth(
        "ST/2025-26/0847",
        "2026-01-14",
        "2026-02-13",
        vend,
        net,
        cg + sg,
        total,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        [(r[0], r[1], r[2], r[3]) for r in rows],
        "India intra-state CGST+SGST 2.5% each, lakh grouping (e.g. "
        + fmt(total, "in")
        + "), round-off line; 2 pages with totals on page 2; HSN summary repeats tax amounts",
        "pdf",
        rounding=ro,
    )
    return "pdf", d.pdf(), t


def i13():
    name = "i13"
    d = Doc(name, A4)
    W, H = A4
    vend = "Nimbus Cloudworks LLP"
    d.rect(40, H - 85, 40, 40, fill=(0.2, 0.45, 0.85), stroke=None)
    d.text(60, H - 72, "N", "Sans-B", 22, "c", (1, 1, 1))
    block(
        d,
        90,
        H - 52,
        [
            vend,
            "No. 14, 2nd Floor, 80 Feet Road, Koramangala",
            "Bengaluru Karnataka 560034",
            "GSTIN 29AAVFN7788Q1Z2",
        ],
        size=8.2,
        first_bold=True,
    )
    d.text(W - 40, H - 60, "TAX INVOICE", "Sans", 20, "r")
    d.text(W - 40, H - 78, "# INV-000214", "Sans-B", 9.5, "r")
    d.text(W - 40, H - 100, "Balance Due", "Sans", 8, "r")
    lines = [
        ("Managed Kubernetes support – March 2026", 1, "145000.00"),
        ("Cloud cost optimisation audit", 1, "68500.00"),
        ("Additional engineer hours", 18, "2400.00"),
    ]
    rows, net = lines_tax(lines)
    ig = q(net * D("0.18"))
    total = net + ig
    d.text(W - 40, H - 116, "₹" + fmt(total, "in"), "Sans-B", 12, "r")
    y = H - 150
    block(
        d,
        40,
        y,
        [
            "Bill To",
            "Vistara Logistics Pvt Ltd",
            "Unit 902, Lodha Supremus, Lower Parel",
            "Mumbai Maharashtra 400013",
            "GSTIN 27AACCV4410M1ZK",
        ],
        size=8.5,
        first_bold=True,
    )
    yy = y
    for k, v in [
        ("Invoice Date :", "03 Mar 2026"),
        ("Terms :", "Net 15"),
        ("Due Date :", "18 Mar 2026"),
        ("Place Of Supply :", "Maharashtra (27)"),
    ]:
        d.text(W - 130, yy, k, "Sans", 8.5, "r")
        d.text(W - 40, yy, v, "Sans", 8.5, "r")
        yy -= 14
    y -= 85
    cols = [
        ("#", 22, "c"),
        ("Item & Description", 215, "l"),
        ("SAC", 45, "c"),
        ("Qty", 35, "r"),
        ("Rate", 80, "r"),
        ("IGST 18%", 50, "r"),
        ("Amount", 68, "r"),
    ]
    y = table(
        d,
        40,
        y,
        cols,
        [
            (
                str(i + 1),
                r[0],
                "998316",
                f"{r[1]:.2f}",
                fmt(r[2], "in"),
                fmt(q(r[3] * D("0.18")), "in"),
                fmt(r[3], "in"),
            )
            for i, r in enumerate(rows)
        ],
        size=7.6,
        head_fill=(0.2, 0.2, 0.25),
        head_color=(1, 1, 1),
        hfont="Sans-B",
        lead=20,
        grid=True,
    )
    y -= 10
    kv(
        d,
        340,
        W - 40,
        y,
        [
            ("Sub Total", fmt(net, "in")),
            ("IGST18 (18%)", fmt(ig, "in")),
            ("Total", "₹" + fmt(total, "in")),
            ("Balance Due", "₹" + fmt(total, "in")),
        ],
        size=9,
        lead=17,
    )
    d.text(40, y, "Total In Words", "Sans", 8)
    d.wrap(40, y - 13, "Indian Rupee " + words_in(int(total)) + " Only", "Sans-B", 8.5, 270)
    d.wrap(
        40,
        y - 60,
        "Notes: Thanks for your business. Kindly remit to ICICI Bank A/c 0239 0500 1234, IFSC ICIC0000239.",
        "Sans",
        8,
        270,
    )
    d.text(40, 60, "Authorized Signature ____________________", "Sans", 8)
    rng = rng_for(name)
    img = scan(render(d.pdf(), 180), rng, grey=True, blur=0.5, skew=-1.6, noise=8, specks=90)
    t = truth(
        "INV-000214",
        "2026-03-03",
        "2026-03-18",
        vend,
        net,
        ig,
        total,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        rows,
        "Zoho-like scan; inter-state IGST 18%; lakh grouping with ₹; per-line IGST column; amount in words",
        "scan",
    )
    return "png", png_bytes(img), t


def i14():
    name = "i14"
    d = Doc(name, A4)
    W, H = A4
    vend = "Lion City Aircon Services Pte. Ltd."
    d.text(W / 2, H - 55, vend.upper(), "Sans-B", 14, "c", (0.0, 0.3, 0.6))
    d.text(
        W / 2,
        H - 70,
        "10 Ubi Crescent, #05-88 Ubi Techpark, Singapore 408564 · Tel 6555 0128",
        "Sans",
        8,
        "c",
    )
    d.text(W / 2, H - 82, "UEN / GST Reg No.: 201812345K", "Sans", 8, "c")
    d.line(40, H - 92, W - 40, H - 92, 1.2, (0.0, 0.3, 0.6))
    d.text(W / 2, H - 115, "TAX INVOICE", "Sans-B", 13, "c")
    y = H - 145
    block(
        d,
        40,
        y,
        [
            "Customer:",
            "Tiong Bahru Bakery Cafe Pte Ltd",
            "56 Eng Hoon Street #01-70",
            "Singapore 160056",
            "Attn: Ms Grace Lim",
        ],
        size=8.5,
        first_bold=True,
    )
    yy = y
    for k, v in [
        ("Invoice No", "LCA-INV-26-0552"),
        ("Date", "12/02/2026"),
        ("Terms", "30 Days"),
        ("Due Date", "14/03/2026"),
        ("Service Report", "SR-8841"),
    ]:
        d.text(350, yy, k, "Sans", 8.5)
        d.text(430, yy, ": " + v, "Sans-B", 8.5)
        yy -= 14
    lines = [
        ("Chemical wash – ceiling cassette units", 6, "95.00"),
        ("General servicing – wall mounted units", 4, "35.00"),
        ("Replace capacitor (fan coil)", 2, "68.00"),
        ("Gas top-up R32", 1, "120.00"),
    ]
    rows, net = lines_tax(lines)
    gst = q(net * D("0.09"))
    total = net + gst
    y -= 95
    cols = [
        ("S/N", 35, "c"),
        ("Description", 270, "l"),
        ("Qty", 45, "r"),
        ("Unit Price", 75, "r"),
        ("Amount", 90, "r"),
    ]
    y = table(
        d,
        40,
        y,
        cols,
        [(str(i + 1), r[0], str(r[1]), fmt(r[2]), fmt(r[3])) for i, r in enumerate(rows)],
        size=8.8,
        lead=22,
        grid=True,
        head_fill=(0.85, 0.9, 0.96),
    )
    y -= 10
    kv(
        d,
        350,
        W - 40,
        y,
        [
            ("Sub-Total", "S$ " + fmt(net)),
            ("GST 9%", "S$ " + fmt(gst)),
            ("Total Payable", "S$ " + fmt(total)),
        ],
        size=9.5,
        lead=17,
    )
    d.qr(40, y - 150, 75, "paynow-lca")
    d.text(125, y - 85, "Scan to pay via PayNow (UEN 201812345K)", "Sans", 8)
    d.text(125, y - 99, "or cheque payable to “Lion City Aircon Services Pte. Ltd.”", "Sans", 8)
    d.text(40, 110, "This is a computer-generated invoice. No signature is required.", "Sans-I", 8)
    rng = rng_for(name)
    img = photo(render(d.pdf(), 160), rng, long_side=2000, bg="steel", tilt=0.03)
    t = truth(
        "LCA-INV-26-0552",
        "2026-02-12",
        "2026-03-14",
        vend,
        net,
        gst,
        total,
        "SGD",
        "en-SG",
        "invoice",
        "invoice",
        rows,
        "Photo of an SG tax invoice; GST 9%; 'S$' amounts; service report number near the invoice number; PayNow QR box",
        "photo",
    )
    return "jpg", jpg_bytes(img, 68), t


def i15():
    name = "i15"
    d = Doc(name, A4)
    W, H = A4
    vend = "Protea Office Solutions (Pty) Ltd"
    d.circle(60, H - 62, 18, fill=(0.8, 0.2, 0.4))
    d.circle(60, H - 62, 9, fill=(1, 1, 1))
    d.text(88, H - 58, "PROTEA", "Sans-B", 16, color=(0.8, 0.2, 0.4))
    d.text(88, H - 72, "OFFICE SOLUTIONS", "Sans", 8)
    block(
        d,
        W - 40,
        H - 50,
        [
            vend,
            "Reg. No. 2014/123456/07",
            "VAT No. 4123456789",
            "18 Loop Street, Cape Town, 8001",
            "021 555 0184",
        ],
        size=8,
        align="r",
        first_bold=True,
    )
    d.text(40, H - 125, "TAX INVOICE", "Sans-B", 15)
    y = H - 150
    block(
        d,
        40,
        y,
        [
            "Customer",
            "Fynbos Architects CC",
            "VAT No. 4987654321",
            "7 Bree Street, Cape Town, 8001",
        ],
        size=8.5,
        first_bold=True,
    )
    yy = y
    for k, v in [
        ("Invoice No.", "PO-INV-10388"),
        ("Date", "2026/03/05"),
        ("Customer Ref", "FA-PO-221"),
        ("Due Date", "2026/04/04"),
    ]:
        d.text(330, yy, k, "Sans", 8.5)
        d.text(W - 40, yy, v, "Sans-B", 8.5, "r")
        yy -= 14
    lines = [
        ("Multifunction printer A3 colour", 1, "38950.00"),
        ("Toner set CMYK", 2, "4380.00"),
        ("Paper A4 80gsm (box of 5)", 10, "389.90"),
        ("Installation & network setup", 1, "1850.00"),
    ]
    rows, net = lines_tax(lines)
    vat = q(net * D("0.15"))
    total = net + vat
    y -= 85
    cols = [
        ("Description", 260, "l"),
        ("Qty", 40, "r"),
        ("Excl. Price", 95, "r"),
        ("Line Total", 120, "r"),
    ]
    y = table(
        d,
        40,
        y,
        cols,
        [(r[0], str(r[1]), "R " + fmt(r[2], "za"), "R " + fmt(r[3], "za")) for r in rows],
        size=8.8,
        lead=22,
        head_fill=(0.96, 0.88, 0.91),
        grid=True,
    )
    y -= 10
    kv(
        d,
        330,
        W - 40,
        y,
        [
            ("Total Excl. VAT", "R " + fmt(net, "za")),
            ("VAT @ 15%", "R " + fmt(vat, "za")),
            ("Total Incl. VAT", "R " + fmt(total, "za")),
        ],
        size=9.5,
        lead=17,
    )
    block(
        d,
        40,
        y,
        [
            "Banking details",
            "FNB · Branch 250655",
            "Account 62812345678",
            "Reference: PO-INV-10388",
        ],
        size=8.5,
        first_bold=True,
    )
    d.text(
        W / 2,
        50,
        "Goods remain the property of Protea Office Solutions (Pty) Ltd until paid in full. E&OE.",
        "Sans",
        7.5,
        "c",
    )
    t = truth(
        "PO-INV-10388",
        "2026-03-05",
        "2026-04-04",
        vend,
        net,
        vat,
        total,
        "ZAR",
        "en-ZA",
        "invoice",
        "invoice",
        rows,
        "South Africa VAT 15%; amounts 'R 12 345,67' with space thousands and decimal comma; yyyy/mm/dd dates; customer VAT number also printed",
        "pdf",
    )
    return "pdf", d.pdf(), t


def i16():
    name = "i16"
    d = Doc(name, letter)
    W, H = letter
    vend = "Saltmarsh Candle Co."
    d.text(W / 2, H - 70, "Saltmarsh", "Serif-I", 26, "c")
    d.text(W / 2, H - 86, "CANDLE CO.", "Sans", 8, "c")
    y = H - 125
    d.text(60, y, "Invoice 1847", "Sans-B", 12)
    d.text(W - 60, y, "March 8, 2026", "Sans", 9, "r")
    d.text(60, y - 16, "Order number: #1847", "Sans", 8.5, color=(0.4, 0.4, 0.4))
    y -= 50
    block(
        d,
        60,
        y,
        ["FROM", vend, "19 Bay Street", "Charleston SC 29401", "hello@saltmarshcandle.com"],
        size=8.5,
        first_bold=True,
    )
    block(
        d,
        240,
        y,
        ["BILL TO", "Jordan Alvarez", "552 Maple Ridge Ln", "Asheville NC 28806"],
        size=8.5,
        first_bold=True,
    )
    block(
        d,
        410,
        y,
        ["SHIP TO", "Jordan Alvarez", "552 Maple Ridge Ln", "Asheville NC 28806"],
        size=8.5,
        first_bold=True,
    )
    lines = [
        ("Sea Salt & Driftwood – 8 oz tin", 3, "18.00"),
        ("Lowcountry Fig – 12 oz jar", 2, "32.00"),
        ("Wick trimmer, brass", 1, "14.00"),
    ]
    rows, items_sum = lines_tax(lines)
    disc = q(items_sum * D("0.15"))
    ship = D("8.95")
    net = items_sum - disc + ship
    tax = q(net * D("0.07"))
    total = net + tax
    y -= 90
    cols = [("Qty", 40, "c"), ("Item", 300, "l"), ("Price", 70, "r"), ("Total", 82, "r")]
    y = table(
        d,
        60,
        y,
        cols,
        [(str(r[1]), r[0], "$" + fmt(r[2]), "$" + fmt(r[3])) for r in rows],
        size=9,
        lead=24,
        grid=True,
    )
    y -= 8
    kv(
        d,
        360,
        W - 60,
        y,
        [
            ("Subtotal", "$" + fmt(items_sum)),
            ("Discount (SPRING15)", "-$" + fmt(disc)),
            ("Shipping (USPS Ground)", "$" + fmt(ship)),
            ("Tax (NC 7%)", "$" + fmt(tax)),
            ("Total", "$" + fmt(total)),
            ("Paid (Visa •••• 4417)", "$" + fmt(total)),
        ],
        size=9,
        lead=17,
        bold_last=False,
    )
    d.text(60, y, "Payment status: Paid", "Sans", 8.5)
    d.text(60, y - 14, "Fulfillment: Shipped Mar 9", "Sans", 8.5)
    d.text(
        W / 2,
        70,
        "Thank you for shopping small! Questions? hello@saltmarshcandle.com",
        "Serif-I",
        9,
        "c",
    )
    t = truth(
        "1847",
        "2026-03-08",
        None,
        vend,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        rows,
        "Shopify order-printer style: invoice number = order number (#1847); 15% discount and shipping inside the taxed net (net keyed = subtotal - discount + shipping); already paid",
        "pdf",
    )
    return "pdf", d.pdf(), t


# ----------------------------------------------------------------------------------------------
# Receipts


def incl(total: Decimal, rate: str) -> Decimal:
    r = D(rate)
    return q(total * r / (1 + r))


def out_scan(name, pdf, dpi=200, **kw):
    rng = rng_for(name)
    img = scan(render(pdf, dpi), rng, **kw)
    return "png", png_bytes(img)


def out_photo(name, pdf, dpi=200, quality=70, **kw):
    rng = rng_for(name)
    img = photo(render(pdf, dpi), rng, **kw)
    return "jpg", jpg_bytes(img, quality)


def r01():
    name = "r01"
    vend = "Shell"
    r = Roll(name, 80, "Mono", 8)
    r.logo("circle", "S", 30)
    r.center("SHELL", bold=True, size=10)
    r.center("7410 CLAIREMONT MESA BLVD")
    r.center("SAN DIEGO CA 92111")
    r.center("Kearny Mesa Fuel LLC  (858) 555-0104")
    r.sep()
    r.row("03/21/2026", "07:42 AM")
    r.row("TRAN# 884102", "REG 02")
    r.row("STORE 57731", "CSH: AUTO")
    r.sep()
    gal = D("12.384")
    ppg = D("5.299")
    fuel = q(gal * ppg)
    r.row("PUMP# 06  REGULAR", "")
    r.row(f"  {gal} G @ ${ppg}/G", fmt(fuel))
    r.row("CAR WASH DELUXE", "12.00")
    r.row("CELSIUS 12OZ", "2.79")
    taxable = D("12.00") + D("2.79")
    net = fuel + taxable
    tax = q(taxable * D("0.0775"))
    total = net + tax
    r.sep()
    r.row("SUBTOTAL", fmt(net))
    r.row("TAX 7.75%", fmt(tax))
    r.row("TOTAL", "$" + fmt(total), bold=True, size=10)
    r.row("CREDIT", fmt(total))
    r.sep()
    r.center("CARD SLIP – CUSTOMER COPY")
    r.row("VISA", "XXXXXXXXXXXX2291")
    r.row("ENTRY: CHIP", "AUTH: 04417C")
    r.row("AID A0000000031010", "")
    r.row("APPROVED", "$" + fmt(total))
    r.gap(4)
    r.center("CAR WASH CODE 51877 EXP 04/20/26")
    r.center("THANK YOU - PLEASE COME AGAIN")
    ext, data = out_scan(
        name,
        r.pdf(),
        200,
        grey=True,
        blur=0.7,
        skew=1.4,
        noise=7,
        specks=40,
        fade=0.45,
        bed=(70, 70, 72),
    )
    rows = [
        ("REGULAR 12.384 G @ 5.299", "12.384", str(ppg), fuel),
        ("CAR WASH DELUXE", 1, D("12.00"), D("12.00")),
        ("CELSIUS 12OZ", 1, D("2.79"), D("2.79")),
    ]
    t = truth(
        "884102",
        "2026-03-21",
        None,
        vend,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        rows,
        "US fuel receipt: fuel untaxed (tax in price), sales tax only on car wash + drink; card slip repeats total; thermal fading; vendor keyed as brand 'Shell'; operator Kearny Mesa Fuel LLC also printed",
        "scan",
    )
    return ext, data, t


def r02():
    name = "r02"
    vend = "Bolt Burger"
    r = Roll(name, 76, "Sans", 8.5)
    r.logo("box", "BOLT BURGER", 26)
    r.center("Chicago – Wicker Park")
    r.center("1520 N Milwaukee Ave, Chicago IL 60622")
    r.gap(4)
    r.row("Order #317", "Counter", bold=True)
    r.row("Mar 14, 2026", "12:18 PM")
    r.sep()
    its = [
        ("Double Bolt", 2, "10.49"),
        ("Crispy Chicken Sando", 1, "9.79"),
        ("Fries – Large", 2, "4.29"),
        ("Fountain Drink M", 3, "2.69"),
    ]
    rows, net = lines_tax(its)
    for a, b, _c, am in rows:
        r.row(f"{b} x {a}", "$" + fmt(am))
    tax = q(net * D("0.1175"))
    sub = net + tax
    tip = D("4.00")
    total = sub + tip
    r.sep()
    r.row("Subtotal", "$" + fmt(net))
    r.row("Tax (11.75%)", "$" + fmt(tax))
    r.row("Total", "$" + fmt(sub), bold=True)
    r.row("Tip", "$" + fmt(tip))
    r.row("Amount charged", "$" + fmt(total), bold=True, size=10)
    r.sep()
    r.row("Mastercard ••••0186", "Contactless")
    r.row("Auth 118264", "Approved")
    r.gap(4)
    r.qr("boltburger-survey", 50)
    r.center("Rate us & get free fries!")
    ext, data = out_photo(name, r.pdf(), 220, quality=70, long_side=1800, bg="dark")
    t = truth(
        "317",
        "2026-03-14",
        None,
        vend,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        rows,
        "Fast-food counter receipt with card tip: 'Total' before tip differs from 'Amount charged' (keyed total includes tip)",
        "photo",
        tip=tip,
    )
    return ext, data, t


def r03():
    name = "r03"
    d = Doc(name, (90 * mm, 200 * mm))
    W, H = d.W, d.H
    vend = "Metro Yellow Cab LLC"
    d.rect(0, H - 50, W, 50, fill=(0.98, 0.8, 0.1), stroke=None)
    d.text(14, H - 32, "METRO YELLOW CAB", "Sans-B", 13)
    d.text(14, H - 72, "Thanks for riding, Priya", "Sans-B", 11)
    d.text(14, H - 88, "Receipt #MYC-26-0419-22871", "Sans", 8)
    d.text(14, H - 100, "Sunday, April 19, 2026 · 10:52 PM", "Sans", 8)
    fare = D("31.40")
    surch = D("2.50")
    toll = D("6.94")
    net = fare + surch + toll
    D("0.00")
    tip = q((fare + surch) * D("0.20"))
    total = net + tip
    y = H - 130
    for k, v in [
        ("Metered fare", fare),
        ("Airport access fee", surch),
        ("Tolls", toll),
        ("Tip (20%)", tip),
    ]:
        d.text(14, y, k, "Sans", 9)
        d.text(W - 14, y, "$" + fmt(v), "Sans", 9, "r")
        y -= 16
    d.line(14, y + 8, W - 14, y + 8, 0.5)
    d.text(14, y - 6, "Total", "Sans-B", 12)
    d.text(W - 14, y - 6, "$" + fmt(total), "Sans-B", 12, "r")
    y -= 34
    block(
        d,
        14,
        y,
        [
            "Payment: Amex ••••1009",
            "Cab #4Y21 · Driver ID 118540",
            "From: O'Hare Intl Airport, Terminal 3",
            "To: 2210 W Roscoe St, Chicago, IL",
            "Distance 17.8 mi · 31 min",
            "",
            "Questions? support@metroyellowcab.com",
            "Metro Yellow Cab LLC, 3351 W Addison St,",
            "Chicago, IL 60618",
        ],
        size=7.5,
    )
    t = truth(
        "MYC-26-0419-22871",
        "2026-04-19",
        None,
        vend,
        net,
        None,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        [
            ("Metered fare", 1, fare, fare),
            ("Airport access fee", 1, surch, surch),
            ("Tolls", 1, toll, toll),
        ],
        "Taxi e-receipt PDF: no tax printed (vat null); 20% tip line included in total; fees and tolls part of net",
        "pdf",
        tip=tip,
    )
    return "pdf", d.pdf(), t


def r04():
    name = "r04"
    vend = "Shoppers Drug Mart"
    r = Roll(name, 80, "Mono", 7.6)
    r.center("SHOPPERS DRUG MART", bold=True, size=10)
    r.center("#1127  350 BLOOR ST E")
    r.center("TORONTO ON  M4W 3J6")
    r.center("(416) 555-0133")
    r.center("HST# 104372110 RT0001")
    r.sep()
    its = [
        ("ADVIL LIQ GEL 72", 1, "15.99", True),
        ("REACTINE 24H 30", 1, "21.49", False),
        ("LIFE BRAND VIT D 1000", 2, "8.99", False),
        ("OLAY REGEN CREAM", 1, "29.99", True),
        ("KLEENEX 3PK", 1, "6.49", True),
    ]
    rows = []
    taxable = D(0)
    net = D(0)
    for a, b, c, tx in its:
        am = q(D(b) * D(c))
        net += am
        if tx:
            taxable += am
        rows.append((a, b, q(D(c)), am))
        if b > 1:
            r.row(a, "")
            r.row(f"  {b} @ {c}", fmt(am) + (" H" if tx else ""))
        else:
            r.row(a, fmt(am) + (" H" if tx else "  "))
    hst = q(taxable * D("0.13"))
    total = net + hst
    r.sep()
    r.row("SUBTOTAL", fmt(net) + "  ")
    r.row("H=HST 13% ON " + fmt(taxable), fmt(hst) + "  ")
    r.row("TOTAL", fmt(total) + "  ", bold=True, size=9.5)
    r.row("DEBIT", fmt(total) + "  ")
    r.sep()
    r.row("INTERAC DEBIT ****7716", "")
    r.row("AUTH# 932011", "00-APPROVED")
    r.row("PC OPTIMUM PTS EARNED", "1,060")
    r.sep()
    r.row("02/26/2026 18:05", "TRANS 4471 LN 3")
    r.bars("sdm-4471")
    r.center("0112 7003 4471 0226")
    ext, data = out_scan(
        name,
        r.pdf(),
        180,
        grey=True,
        blur=0.6,
        skew=-1.0,
        noise=6,
        specks=30,
        fade=0.3,
        bed=(210, 210, 205),
        width=650,
    )
    t = truth(
        "4471",
        "2026-02-26",
        None,
        vend,
        net,
        hst,
        total,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        rows,
        "Ontario pharmacy: HST only on items flagged H (drugs exempt); downscaled to ~650 px wide; loyalty points '1,060' look like an amount",
        "scan",
    )
    return ext, data, t


def r05():
    name = "r05"
    vend = "Fraser Valley Hardware Ltd."
    r = Roll(name, 80, "Sans", 8)
    r.center("FRASER VALLEY HARDWARE", bold=True, size=11)
    r.center("32555 Simon Ave, Abbotsford BC V2T 4Y2")
    r.center("GST# 867530919 RT0001")
    r.sep("=")
    r.row("Sale  No. 2026-118823", "")
    r.row("Date: 2026-01-30  15:47", "Clerk: Darnell")
    r.sep()
    its = [
        ("Deck screws #8 2-1/2in 1lb", 2, "11.97"),
        ("Wood glue 16oz", 1, "8.49"),
        ("Sandpaper asst 10pk", 1, "7.99"),
        ("Paint brush 2in angled", 2, "6.49"),
    ]
    rows, net = lines_tax(its)
    for a, b, c, am in rows:
        r.row(a, "")
        r.row(f"   {b} @ {fmt(c)}", fmt(am))
    gst = q(net * D("0.05"))
    pst = q(net * D("0.07"))
    tot = net + gst + pst
    cash_tot = (tot / D("0.05")).quantize(D("1"), rounding=ROUND_HALF_UP) * D("0.05")
    rnd = cash_tot - tot
    r.sep()
    r.row("Subtotal", fmt(net))
    r.row("GST 5%", fmt(gst))
    r.row("PST 7%", fmt(pst))
    r.row("TOTAL", fmt(tot), bold=True)
    r.row("Cash rounding", ("+" if rnd >= 0 else "") + fmt(rnd))
    r.row("CASH TOTAL", fmt(cash_tot), bold=True, size=10)
    r.row("Tendered CASH", "80.00")
    r.row("CHANGE", fmt(D("80.00") - cash_tot), bold=True)
    r.sep()
    r.center("Returns within 30 days with receipt")
    r.bars("fvh-118823")
    ext, data = out_photo(name, r.pdf(), 200, quality=66, long_side=2000, bg="wood")
    t = truth(
        "2026-118823",
        "2026-01-30",
        None,
        vend,
        net,
        gst + pst,
        cash_tot,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        rows,
        "BC hardware: GST+PST; cash rounding to nickel -> keyed total is CASH TOTAL (rounding line printed); cash and change",
        "photo",
        rounding=rnd,
    )
    return ext, data, t


def r06():
    name = "r06"
    vend = "Harpers Local Convenience"
    r = Roll(name, 80, "Mono", 8)
    r.center("HARPERS LOCAL", bold=True, size=11)
    r.center("Convenience · Off-licence · Post")
    r.center("41 Chorlton Road, Manchester M15 4AP")
    r.center("VAT No: GB 318 2290 47")
    r.sep()
    its = [
        ("Semi skimmed milk 2pt", 1, "1.65", "Z"),
        ("Hovis wholemeal 800g", 1, "1.95", "Z"),
        ("Walkers crisps 6pk", 1, "2.89", "S"),
        ("Coca-Cola 1.75L", 2, "2.49", "S"),
        ("Daily Mirror", 1, "1.20", "Z"),
        ("Pedigree pouches 12", 1, "6.50", "S"),
        ("Mars bar", 3, "0.95", "S"),
    ]
    rows = []
    byc = {"S": D(0), "Z": D(0)}
    for a, b, c, v in its:
        am = q(D(b) * D(c))
        byc[v] += am
        rows.append((a, b, q(D(c)), am))
        r.row((f"{b}x " if b > 1 else "") + a, "£" + fmt(am) + " " + v)
    total = byc["S"] + byc["Z"]
    vat = incl(byc["S"], "0.20")
    net = total - vat
    r.sep()
    r.row(f"{sum(x[1] for x in its)} ITEMS", "")
    r.row("BALANCE DUE", "£" + fmt(total) + "  ", bold=True, size=10)
    r.row("CASH", "£20.00  ")
    r.row("CHANGE", "£" + fmt(D("20.00") - total) + "  ")
    r.sep()
    r.row("VAT", "Gross", mid="VAT")
    r.row("S 20%  £" + fmt(byc["S"]), "£" + fmt(vat))
    r.row("Z  0%  £" + fmt(byc["Z"]), "£0.00")
    r.sep()
    r.row("07/02/2026 19:33", "Till 1  Rcpt 0062418")
    r.center("Thank you – see you soon!")
    ext, data = out_scan(
        name,
        r.pdf(),
        200,
        grey=True,
        blur=0.8,
        skew=1.8,
        noise=8,
        specks=60,
        fade=0.35,
        bed=(235, 235, 235),
    )
    t = truth(
        "0062418",
        "2026-02-07",
        None,
        vend,
        net,
        vat,
        total,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        rows,
        "UK corner shop: prices VAT-inclusive, S/Z codes, VAT only on S items (net = total - vat); cash and change",
        "scan",
    )
    return ext, data, t


def r07():
    name = "r07"
    vend = "CityPark Parking Ltd"
    r = Roll(name, 58, "Mono", 7.2)
    r.center("CityPark", bold=True, size=12, font="Sans")
    r.center("Leeds Trinity Car Park")
    r.center("Albion St, Leeds LS1 5AT")
    r.sep()
    r.row("TICKET", "0417-7729")
    r.row("ENTRY", "18/03/26 08:12")
    r.row("EXIT", "18/03/26 17:48")
    r.row("DURATION", "9h 36m")
    r.row("TARIFF", "Up to 10 hrs")
    total = D("18.50")
    vat = incl(total, "0.20")
    net = total - vat
    r.sep()
    r.row("TOTAL", "£" + fmt(total), bold=True, size=9)
    r.row("Incl VAT 20%", "£" + fmt(vat))
    r.row("NET", "£" + fmt(net))
    r.row("PAID CONTACTLESS", "")
    r.row("VISA ****5530", "")
    r.sep()
    r.center("CityPark Parking Ltd")
    r.center("Co. No. 06673104")
    r.center("VAT GB 993 4410 28")
    ext, data = out_photo(name, r.pdf(), 240, quality=64, long_side=1600, bg="dark")
    t = truth(
        "0417-7729",
        "2026-03-18",
        None,
        vend,
        net,
        vat,
        total,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        [("Parking up to 10 hrs", 1, total, total)],
        "58 mm pay-station parking receipt, VAT-inclusive with net printed; dd/mm/yy; entry/exit times",
        "photo",
    )
    return ext, data, t


def r08():
    name = "r08"
    vend = "Ampol"
    r = Roll(name, 80, "Mono", 7.8)
    r.logo("box", "AMPOL", 26)
    r.center("Foodary Parramatta")
    r.center("120 Church St Parramatta NSW 2150")
    r.center("Operated by Westside Fuels Pty Ltd")
    r.center("ABN 71 602 118 443")
    r.center("TAX INVOICE", bold=True, size=10)
    r.sep()
    lit = D("41.26")
    cpl = D("2.089")
    fuel = q(lit * cpl)
    r.row("Pump 4 E10 Unleaded", "")
    r.row(f" {lit}L @ ${cpl}/L", "$" + fmt(fuel) + "#")
    r.row("Flat white reg", "$5.20#")
    r.row("Banana bread", "$4.90")
    total = fuel + D("5.20") + D("4.90")
    gstable = fuel + D("5.20")
    gst = incl(gstable, "0.10")
    net = total - gst
    r.sep()
    r.row("TOTAL", "$" + fmt(total), bold=True, size=10)
    r.row("# GST INCLUDED IN TOTAL", "$" + fmt(gst))
    r.row("EFTPOS", "$" + fmt(total))
    r.sep()
    r.row("CUSTOMER COPY", "")
    r.row("DEBIT CARD  ....8834", "")
    r.row("PURCHASE", "AUD $" + fmt(total))
    r.row("APPROVED 00", "AUTH 552901")
    r.sep()
    r.row("Receipt 1188-2042", "")
    r.row("11/02/2026", "06:58")
    r.center("Thank you. See you next time!")
    ext, data = out_scan(
        name,
        r.pdf(),
        200,
        grey=False,
        blur=0.6,
        skew=-1.5,
        noise=6,
        specks=30,
        fade=0.4,
        bed=(90, 90, 95),
    )
    rows = [
        ("E10 Unleaded 41.26L", "41.26", str(cpl), fuel),
        ("Flat white reg", 1, D("5.20"), D("5.20")),
        ("Banana bread", 1, D("4.90"), D("4.90")),
    ]
    t = truth(
        "1188-2042",
        "2026-02-11",
        None,
        vend,
        net,
        gst,
        total,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        rows,
        "AU fuel 'TAX INVOICE' with GST included; GST-free banana bread (no # mark); vendor keyed as brand 'Ampol'; operator Westside Fuels Pty Ltd (with ABN) also printed",
        "scan",
    )
    return ext, data, t


def _simple_roll(name, width, font, head, its, meta, pay, foot, tax_fn, size=8):
    r = Roll(name, width, font, size)
    for i, h in enumerate(head):
        r.center(h, bold=i == 0, size=size + 2 if i == 0 else size)
    r.sep()
    for m_ in meta:
        r.row(*m_)
    r.sep()
    rows, gross = lines_tax(its)
    for a, b, _c, am in rows:
        r.row((f"{b} x " if b != 1 else "") + a, fmt(am))
    r.sep()
    return r, rows, gross


def r09():
    name = "r09"
    vend = "Burger Bros"
    its = [
        ("Classic Cheeseburger", 2, "14.50"),
        ("Kumara Fries", 1, "7.90"),
        ("Feijoa Soda", 2, "5.50"),
    ]
    r, rows, total = _simple_roll(
        name,
        80,
        "Sans",
        [
            "BURGER BROS",
            "Ponsonby",
            "212 Ponsonby Rd, Auckland 1011",
            "GST No: 131-442-907",
            "TAX INVOICE",
        ],
        its,
        [("Order 88", "Eat in · Table 6"), ("22 Feb 2026", "7:14 pm")],
        None,
        None,
        None,
    )
    gst = incl(total, "0.15")
    net = total - gst
    r.row("TOTAL NZD", "$" + fmt(total), bold=True, size=10)
    r.row("Includes GST (15%)", "$" + fmt(gst))
    r.row("EFTPOS", "$" + fmt(total))
    r.sep()
    r.row("Card: ************6671", "")
    r.row("PURCHASE", "ACCEPTED")
    r.center("Cheers! Follow us @burgerbrosnz")
    ext, data = out_photo(name, r.pdf(), 220, quality=72, long_side=1700, bg="wood")
    t = truth(
        "88",
        "2026-02-22",
        None,
        vend,
        net,
        gst,
        total,
        "NZD",
        "en-NZ",
        "receipt",
        "receipt",
        rows,
        "NZ fast food tax invoice, GST-inclusive (3/23 of total); order number only",
        "photo",
    )
    return ext, data, t


def r10():
    name = "r10"
    vend = "Apollo Pharmacy"
    its = [
        ("Dolo 650 Tab 15s", 2, "33.60"),
        ("Pan-D Cap 15s", 1, "219.45"),
        ("Volini Gel 75g", 1, "245.00"),
        ("ORS Electral 21g", 5, "22.00"),
    ]
    r, rows, total = _simple_roll(
        name,
        76,
        "Mono",
        [
            "APOLLO PHARMACY",
            "Store 11482, Baner Road",
            "Pune 411045, Maharashtra",
            "GSTIN: 27AADCA1234P1Z9",
            "DL No: MH-PZ3-118852",
        ],
        its,
        [
            ("Bill No: BNR/26/004417", ""),
            ("Date: 07/03/2026", "Time: 20:41"),
            ("Patient: R. Kulkarni", ""),
            ("Dr: Dr. S. Deshpande", ""),
        ],
        None,
        None,
        None,
        size=7.4,
    )
    gst = incl(total, "0.12")
    cg = q(gst / 2)
    sg = gst - cg
    net = total - gst
    paid = total.quantize(D("1"), rounding=ROUND_HALF_UP)
    ro = paid - total
    r.row("Taxable Amt", fmt(net, "in"))
    r.row("CGST 6%", fmt(cg, "in"))
    r.row("SGST 6%", fmt(sg, "in"))
    r.row("Gross (MRP incl. GST)", fmt(total, "in"))
    r.row("Round Off", ("+" if ro >= 0 else "") + fmt(ro, "in"))
    r.row("NET PAYABLE Rs.", fmt(paid, "in"), bold=True, size=9)
    r.row("Paid: UPI", fmt(paid, "in"))
    r.sep()
    r.center("Get well soon! Medicines once sold")
    r.center("will not be taken back.")
    ext, data = out_scan(
        name,
        r.pdf(),
        200,
        grey=True,
        blur=0.7,
        skew=0.9,
        noise=8,
        specks=50,
        fade=0.35,
        bed=(200, 200, 200),
    )
    t = truth(
        "BNR/26/004417",
        "2026-03-07",
        None,
        vend,
        net,
        cg + sg,
        paid,
        "INR",
        "en-IN",
        "receipt",
        "receipt",
        rows,
        "Indian pharmacy bill: MRP prices include GST 12% split CGST/SGST; round-off to whole rupee; vat = CGST + SGST",
        "scan",
        rounding=ro,
    )
    return ext, data, t


def r11():
    name = "r11"
    d = Doc(name, A4)
    W, H = A4
    vend = "Swiftride Mobility Private Limited"
    d.text(40, H - 60, "swiftride", "Sans-B", 22, color=(0.1, 0.6, 0.3))
    d.text(W - 40, H - 55, "Tax Invoice", "Sans-B", 12, "r")
    d.text(W - 40, H - 70, "Invoice No: SR-MH-2526-8841907", "Sans", 8.5, "r")
    d.text(W - 40, H - 83, "Invoice Date: 26 Jan 2026", "Sans", 8.5, "r")
    block(
        d,
        40,
        H - 110,
        [
            vend,
            "5th Floor, Tower B, Embassy TechVillage, Bengaluru 560103",
            "GSTIN: 27AAJCS8866R1ZP (Maharashtra)",
            "Service: Passenger transport (SAC 996412)",
        ],
        size=8.2,
        first_bold=True,
    )
    block(
        d,
        40,
        H - 175,
        [
            "Rider: Ananya Iyer",
            "Trip ID: TRP-7A2K-99310",
            "Pickup: Terminal 2, CSMIA, Andheri East, Mumbai 10:05",
            "Drop: Powai, Hiranandani Gardens 10:49",
        ],
        size=8.2,
    )
    lines = [
        ("Base fare", 1, "382.00"),
        ("Distance & time fare", 1, "214.50"),
        ("Airport pickup charge", 1, "150.00"),
    ]
    rows, net = lines_tax(lines)
    cg = q(net * D("0.025"))
    sg = q(net * D("0.025"))
    total = net + cg + sg
    y = H - 250
    cols = [("Description", 300, "l"), ("Amount (₹)", 100, "r")]
    y = table(d, 40, y, cols, [(r[0], fmt(r[3], "in")) for r in rows], size=9, lead=20, grid=True)
    y -= 8
    kv(
        d,
        200,
        440,
        y,
        [
            ("Taxable value", "₹" + fmt(net, "in")),
            ("CGST @ 2.5%", "₹" + fmt(cg, "in")),
            ("SGST @ 2.5%", "₹" + fmt(sg, "in")),
            ("Total fare", "₹" + fmt(total, "in")),
        ],
        size=9.5,
        lead=18,
    )
    d.text(
        40, y - 90, "Paid via UPI on 26 Jan 2026. This is a computer generated invoice.", "Sans", 8
    )
    t = truth(
        "SR-MH-2526-8841907",
        "2026-01-26",
        None,
        vend,
        net,
        cg + sg,
        total,
        "INR",
        "en-IN",
        "receipt",
        "receipt",
        rows,
        "Ride-hail e-receipt PDF titled 'Tax Invoice'; GST 5% split CGST/SGST; trip ID besides invoice number",
        "pdf",
    )
    return "pdf", d.pdf(), t


def r12():
    name = "r12"
    vend = "Cheers"
    its = [
        ("Pokka Green Tea 500ml", 2, "2.10"),
        ("Gardenia Bread Wholemeal", 1, "3.45"),
        ("Maggi Curry 5s", 1, "4.25"),
    ]
    r, rows, total = _simple_roll(
        name,
        76,
        "Mono",
        [
            "CHEERS",
            "Tanjong Pagar Plaza #01-15",
            "NTUC FairPrice Co-operative Ltd",
            "GST Reg No: M2-0004178-2",
        ],
        its,
        [("Rcpt: 0318-4-220915", ""), ("03/05/2026 08:17", "POS 4")],
        None,
        None,
        None,
        size=7.6,
    )
    gst = incl(total, "0.09")
    net = total - gst
    r.row("TOTAL", "S$" + fmt(total), bold=True, size=9.5)
    r.row("CASH", "S$20.00")
    r.row("CHANGE", "S$" + fmt(D("20.00") - total))
    r.row("GST 9% incl.", "S$" + fmt(gst))
    r.row("Total excl. GST", "S$" + fmt(net))
    r.sep()
    r.center("Thank you! Please come again")
    ext, data = out_photo(name, r.pdf(), 230, quality=62, long_side=1500, bg="steel")
    t = truth(
        "0318-4-220915",
        "2026-05-03",
        None,
        vend,
        net,
        gst,
        total,
        "SGD",
        "en-SG",
        "receipt",
        "receipt",
        rows,
        "SG convenience store, GST 9% inclusive; vendor brand 'Cheers' vs co-operative legal name; dd/mm/yyyy; cash/change",
        "photo",
    )
    return ext, data, t


def r13():
    name = "r13"
    vend = "Nasi Kandar Pelita Sdn. Bhd."
    its = [
        ("Nasi Kandar Ayam", 2, "12.90"),
        ("Roti Canai", 3, "1.80"),
        ("Teh Tarik", 2, "2.80"),
        ("Milo Ais", 1, "3.60"),
    ]
    r, rows, net = _simple_roll(
        name,
        80,
        "Mono",
        [
            "NASI KANDAR PELITA SDN. BHD.",
            "(Co. No. 199501012345 / 338821-K)",
            "Jalan Ampang, 50450 Kuala Lumpur",
            "SST No: W10-1808-31012345",
        ],
        its,
        [("Bill No: A-0092834", "Tbl 12"), ("Date: 14/02/2026", "13:26")],
        None,
        None,
        None,
    )
    sst = q(net * D("0.06"))
    tot = net + sst
    final = (tot / D("0.05")).quantize(D("1"), rounding=ROUND_HALF_UP) * D("0.05")
    rnd = final - tot
    r.row("Sub Total", fmt(net))
    r.row("Service Tax 6%", fmt(sst))
    r.row("Total Incl. SST", fmt(tot))
    r.row("Rounding Adj", ("+" if rnd >= 0 else "") + fmt(rnd))
    r.row("NET TOTAL RM", fmt(final), bold=True, size=10)
    r.row("Cash", "100.00")
    r.row("Change", fmt(D("100.00") - final))
    r.sep()
    r.center("Terima kasih! Sila datang lagi")
    ext, data = out_photo(name, r.pdf(), 200, quality=68, long_side=1900, bg="dark")
    t = truth(
        "A-0092834",
        "2026-02-14",
        None,
        vend,
        net,
        sst,
        final,
        "MYR",
        "en-MY",
        "receipt",
        "receipt",
        rows,
        "Malaysian restaurant: service tax 6%, rounding adjustment to 5 sen -> keyed total is NET TOTAL; cash/change; co. no. with old/new format",
        "photo",
        rounding=rnd,
    )
    return ext, data, t


def r14():
    name = "r14"
    vend = "Hong Kong Urban Taxi"
    r = Roll(name, 58, "Mono", 7.4)
    r.center("TAXI RECEIPT", bold=True, size=9)
    r.center("HONG KONG URBAN TAXI")
    r.sep()
    r.row("LIC NO", "VT 4188")
    r.row("DATE", "08-04-2026")
    r.row("ON", "21:14")
    r.row("OFF", "21:37")
    r.row("KM", "9.6")
    fare = D("96.50")
    ext_ = D("10.00")
    total = fare + ext_
    r.row("FARE HK$", fmt(fare))
    r.row("EXTRAS HK$", fmt(ext_))
    r.row("TOTAL HK$", fmt(total), bold=True)
    r.row("RECEIPT NO", "004412")
    r.sep()
    r.center("THANK YOU")
    ext, data = out_scan(
        name,
        r.pdf(),
        250,
        grey=True,
        blur=0.6,
        skew=1.2,
        noise=7,
        specks=30,
        fade=0.5,
        bed=(60, 60, 60),
    )
    rows = [("Fare", 1, fare, fare), ("Extras (tunnel/luggage)", 1, ext_, ext_)]
    t = truth(
        "004412",
        "2026-04-08",
        None,
        vend,
        total,
        None,
        total,
        "HKD",
        "en-HK",
        "receipt",
        "receipt",
        rows,
        "Hong Kong taxi meter slip, no tax (vat null); vendor is the generic header (no legal name printed); dd-mm-yyyy; licence plate near top",
        "scan",
    )
    return ext, data, t


def r15():
    name = "r15"
    vend = "Jollibee Foods Corporation"
    its = [
        ("Chickenjoy 2pc w/ Rice", 2, "199.00"),
        ("Jolly Spaghetti", 1, "75.00"),
        ("Peach Mango Pie", 2, "45.00"),
        ("Coke Float M", 2, "59.00"),
    ]
    r, rows, total = _simple_roll(
        name,
        76,
        "Mono",
        [
            "JOLLIBEE",
            "Jollibee Foods Corporation",
            "SM Megamall, Mandaluyong City",
            "VAT REG TIN: 000-388-474-00123",
            "MIN: 1410288845  SN: FFR3321",
        ],
        its,
        [("OR No: 00041827", ""), ("03/28/2026 12:41 PM", "Dine-In")],
        None,
        None,
        None,
        size=7.4,
    )
    vat = incl(total, "0.12")
    net = total - vat
    r.row("TOTAL DUE", "P" + fmt(total), bold=True, size=9.5)
    r.row("CASH", "1,000.00")
    r.row("CHANGE", fmt(D("1000.00") - total))
    r.sep()
    r.row("VATable Sales", fmt(net))
    r.row("VAT Amount (12%)", fmt(vat))
    r.row("VAT-Exempt Sales", "0.00")
    r.row("Zero-Rated Sales", "0.00")
    r.sep()
    r.center("THIS SERVES AS AN OFFICIAL RECEIPT")
    ext, data = out_photo(name, r.pdf(), 220, quality=74, long_side=2200, bg="wood")
    t = truth(
        "00041827",
        "2026-03-28",
        None,
        vend,
        net,
        vat,
        total,
        "PHP",
        "en-PH",
        "receipt",
        "receipt",
        rows,
        "Philippine official receipt: VAT 12% inclusive with VATable/Exempt/Zero-rated breakdown; 'P' currency prefix; cash and change",
        "photo",
    )
    return ext, data, t


def r16():
    name = "r16"
    d = Doc(name, letter)
    W, H = letter
    vend = "The Wescott Hotel Denver"
    d.text(W / 2, H - 60, "THE WESCOTT", "Serif-B", 20, "c")
    d.text(W / 2, H - 76, "HOTEL · DENVER", "Serif", 9, "c")
    d.text(W / 2, H - 90, "1550 Court Place, Denver, CO 80202 · (303) 555-0150", "Serif", 8, "c")
    y = H - 125
    block(
        d,
        50,
        y,
        ["Guest: Mr. Thomas Okafor", "Okafor Consulting LLC", "48 Harbor Dr, Savannah GA 31401"],
        font="Serif",
        size=8.5,
    )
    yy = y
    for k, v in [
        ("Folio No.", "884017"),
        ("Room", "1207 / King"),
        ("Arrival", "04/06/2026"),
        ("Departure", "04/09/2026"),
        ("Conf. No.", "WD7734551"),
    ]:
        d.text(W - 150, yy, k, "Serif-B", 8.5)
        d.text(W - 50, yy, v, "Serif", 8.5, "r")
        yy -= 13
    room = D("229.00")
    rows_c = []
    st = q(room * D("0.1475"))
    for dt in ("04/06/2026", "04/07/2026", "04/08/2026"):
        rows_c.append((dt, "Room Charge", room))
        rows_c.append((dt, "Lodging Tax 14.75%", st))
    rows_c.insert(3, ("04/07/2026", "Restaurant – Larimer Grill", D("64.80")))
    rows_c.append(("04/08/2026", "Valet Parking", D("49.00")))
    net = room * 3 + D("64.80") + D("49.00")
    tax = st * 3
    total = net + tax
    rows_c.append(("04/09/2026", "Visa ****3390 Payment", -total))
    y -= 85
    cols = [
        ("Date", 80, "l"),
        ("Description", 300, "l"),
        ("Charges", 66, "r"),
        ("Credits", 66, "r"),
    ]
    tr = [(a, b, fmt(c) if c > 0 else "", fmt(-c) if c < 0 else "") for a, b, c in rows_c]
    y = table(d, 50, y, cols, tr, font="Serif", hfont="Serif-B", size=8.8, lead=19, grid=True)
    y -= 8
    kv(
        d,
        330,
        W - 50,
        y,
        [("Total Charges", fmt(total)), ("Total Credits", fmt(total)), ("Balance Due USD", "0.00")],
        font="Serif",
        size=9.5,
        lead=16,
    )
    d.wrap(
        50,
        120,
        "I agree that my liability for this bill is not waived. Thank you for staying with us. Wescott Hospitality Partners LLC dba The Wescott Hotel Denver.",
        "Serif-I",
        8,
        W - 100,
    )
    rng = rng_for(name)
    img = scan(render(d.pdf(), 170), rng, grey=True, blur=0.6, skew=0.7, noise=6, specks=40)
    data = image_pdf(name, img, letter)
    rows = [
        ("Room Charge", 3, room, room * 3),
        ("Restaurant – Larimer Grill", 1, D("64.80"), D("64.80")),
        ("Valet Parking", 1, D("49.00"), D("49.00")),
    ]
    t = truth(
        "884017",
        "2026-04-09",
        None,
        vend,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        rows,
        "Hotel folio, image-only PDF: nightly lodging tax lines interleaved with charges, payment in credits column, balance 0.00; invoice_date = departure date",
        "scan",
    )
    return "pdf", data, t


DOCS = [
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
]


MIX_NOTE = "Invoices: 16 (US 4, CA 3, UK 2, IE 1, AU 1, NZ 1, IN 2, SG 1, ZA 1). Receipts: 16 (US 4, CA 2, UK 2, AU 1, NZ 1, IN 2, SG 1, MY 1, HK 1, PH 1)."


def readme(truths):
    kinds = {}
    for _n, ext, t in truths:
        k = t["kind"] + (" (image-only PDF)" if ext == "pdf" and t["kind"] != "pdf" else "")
        kinds.setdefault(t["layout"], {}).setdefault(k, 0)
        kinds[t["layout"]][k] += 1
    out = [
        "# Blind set 2026-13j – English-speaking markets: small-business invoices and receipts",
        "",
        "Generated by `python -m bench.blindsets.blind_2026_13j [OUTDIR] [--only NAME]` (deterministic: every random choice is seeded with CRC-32 of the document name).",
        "Written blind: no product code, tests or docs were read. Each document is drawn by its own function on a reportlab canvas (invariant=1); every text run is checked to stay on the page and not overlap another run (LayoutError).",
        "Images: scans rendered with pypdfium2 at 170-250 dpi then skewed, blurred, noised, speckled, thermally faded (receipts, on a scanner-bed background), some downscaled; photos are perspective-warped onto wood/steel/dark textures with uneven light, a shadow, a fold and JPEG quality 62-74; two image-only PDFs (i05, r16) embed a degraded scan as the only page content.",
        "",
        "## Truth conventions",
        "- All amounts computed once with Decimal (ROUND_HALF_UP); the page prints and the JSON keys the same values. Checked: amount + vat + tip + rounding == total.",
        "- `amount` = net before tax. Where a net is printed it is keyed as printed. Where prices include tax (UK/AU/NZ/SG/PH/IN retail receipts) amount = total - vat. Discounts and shipping (i16), fees and tolls (r03) are inside the net.",
        "- `vat` = sum of all taxes printed (GST+PST, GST+QST, CGST+SGST, several VAT rates, nightly lodging tax lines). null when the page prints no tax (r03 taxi, r14 HK taxi).",
        "- `total` = the document's total including tax and any tip and cash rounding: for tipped receipts the charged amount including the tip (r02, r03); for cash rounding / round-off the rounded payable figure (i12, r05, r10, r13). It is the invoice total, NOT the amount due after deposits/payments (i02 amount due after partial payment, i08 balance after deposit, i11 statement balance owing, r16 folio balance 0.00).",
        "- Credit memo (i03): all amounts printed and keyed negative; document_type credit_note.",
        "- `invoice_number`: the document's own number (receipt/bill/order/folio/ticket number for receipts); not PO, proforma, trip, job or customer numbers. i16 keys the Shopify order/invoice number without '#'.",
        "- `invoice_date`: the issue date; for the hotel folio the departure date. `due_date` only when a date is printed (i08 prints it inside the payment-terms text).",
        "- `vendor_name`: the seller as printed (legal form when printed with the name). For branded retail receipts that print a big brand plus a separate operator entity (r01 Shell / Kearny Mesa Fuel LLC, r08 Ampol / Westside Fuels Pty Ltd) the brand is keyed and the operator noted; r09 keys the brand 'Burger Bros' (branch name Ponsonby on the next line).",
        "- `line_items`: quantity/unit_price/amount as printed (fuel quantity in litres/gallons and 3-decimal fuel unit prices as printed strings). Amounts are per line as printed: net lines on net invoices, tax-inclusive lines on tax-inclusive receipts (so their sum equals total, not amount). Discounts, shipping, fees and taxes are not line items. On the credit memo quantity and unit price are printed positive and the line amount negative, keyed the same way.",
        "- `locale` is the document's language-region; i05 is fr-CA (bilingual, French number format).",
        "",
        "## Mix",
        "",
        "| layout | kind | count |",
        "|---|---|---|",
    ]
    for lay, ks in kinds.items():
        for k, c in sorted(ks.items()):
            out.append(f"| {lay} | {k} | {c} |")
    out += [
        "",
        MIX_NOTE,
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, ext, t in truths:
        out.append(
            f"| {n}.{ext} | {t['kind']} | {t['locale']} | {t['document_type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    return "\n".join(out) + "\n"


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    only = None
    if "--only" in argv:
        i = argv.index("--only")
        only = argv[i + 1]
        del argv[i : i + 2]
    out = argv[0] if argv else DEFAULT_OUT
    os.makedirs(out, exist_ok=True)
    truths = []
    for fn in DOCS:
        n = fn.__name__
        if only and n != only:
            continue
        ext, data, t = fn()
        with open(os.path.join(out, f"{n}.{ext}"), "wb") as f:
            f.write(data)
        with open(os.path.join(out, f"{n}.json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=2)
            f.write("\n")
        truths.append((n, ext, t))
        print(n, ext, t["total"], t["currency"])
    if not only:
        with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
            f.write(readme(truths))


if __name__ == "__main__":
    main()
