# ruff: noqa: E501
"""Blind set 2026-14k: a new European customer's first month of uploads.

8 invoices (hosting, telecom, electricity, marketplace order, craftsman, accountant fee note,
SaaS with usage, wholesaler) and 8 till receipts (supermarket, bakery, pharmacy, fuel, restaurant
with tip, hardware store, kiosk, cafe). Every document is drawn by its own function; amounts are
computed once with Decimal and both printed and keyed from the same values.

Run from the repository root:  python -m bench.blindsets.blind_2026_14k [OUTDIR] [--only NAME]
"""

from __future__ import annotations

import argparse
import io
import json
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
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

SET = "14k"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-14k")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
for _n, _f in [
    ("DV", "DejaVuSans.ttf"),
    ("DV-B", "DejaVuSans-Bold.ttf"),
    ("DV-I", "DejaVuSans-Oblique.ttf"),
    ("DVM", "DejaVuSansMono.ttf"),
    ("DVM-B", "DejaVuSansMono-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"),
    ("DVS-B", "DejaVuSerif-Bold.ttf"),
    ("DVS-I", "DejaVuSerif-Italic.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, str(FONT_DIR / _f)))


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# ----------------------------------------------------------------------------- money
CENT = Decimal("0.01")


def D(x) -> Decimal:
    return Decimal(str(x))


def q2(x) -> Decimal:
    return Decimal(x).quantize(CENT, ROUND_HALF_UP)


def fmt(x, dec=",", th=".", nd=2) -> str:
    """Format a Decimal with the given decimal and thousands separators."""
    x = Decimal(x)
    neg = x < 0
    s = f"{abs(x):.{nd}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups) + (dec + fp if nd else "")
    return ("-" if neg else "") + out


def de(x, nd=2):
    return fmt(x, ",", ".", nd)


def fr(x, nd=2):
    return fmt(x, ",", " ", nd)


def en(x, nd=2):
    return fmt(x, ".", ",", nd)


def ch(x, nd=2):
    return fmt(x, ".", "'", nd)


def qty_s(q) -> str:
    q = Decimal(q)
    return str(q.normalize()) if q == q.to_integral() else f"{q.normalize():f}"


def item(desc, qty, unit, amount):
    return {
        "description": desc,
        "quantity": qty_s(qty),
        "unit_price": f"{Decimal(unit):.2f}"
        if Decimal(unit) == q2(unit)
        else f"{Decimal(unit).normalize():f}",
        "amount": f"{q2(amount):.2f}",
    }


def vat_split_gross(gross: Decimal, rate: Decimal):
    """Tax contained in a tax-inclusive amount: returns (net, vat)."""
    vat = q2(gross * rate / (100 + rate))
    return gross - vat, vat


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
    doctype,
    items,
    note,
    kind,
    tip=Decimal(0),
    rounding=Decimal(0),
):
    amount, total = q2(amount), q2(total)
    v = Decimal(0) if vat is None else q2(vat)
    if amount + v + tip + rounding != total:
        raise AssertionError(f"{vendor}: {amount} + {v} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{amount:.2f}",
        "vat": None if vat is None else f"{v:.2f}",
        "total": f"{total:.2f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doctype,
        "line_items": items,
        "note": note,
        "kind": kind,
    }


# ----------------------------------------------------------------------------- canvas
class Pg:
    """A reportlab canvas that records every text run and checks the layout."""

    def __init__(self, target, size, title="", font="Helvetica"):
        self.c = rl_canvas.Canvas(target, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.w, self.h = size
        self.runs = []
        self.font = font
        self.pages = 0

    def t(self, x, y, s, font=None, size=9, align="l", color=(0, 0, 0)):
        font = font or self.font
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        if s.strip():
            self.runs.append(((x0, y - 0.21 * size, x0 + w, y + 0.75 * size), s))
        self.c.setFont(font, size)
        self.c.setFillColorRGB(*color)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def para(self, x, y, s, width, font=None, size=8, lead=None, align="l", color=(0, 0, 0)):
        font = font or self.font
        lead = lead or size * 1.3
        for line in simpleSplit(s, font, size, width):
            self.t(x if align == "l" else x + width, y, line, font, size, align, color)
            y -= lead
        return y

    def fill(self, rgb):
        self.c.setFillColorRGB(*rgb)

    def stroke(self, rgb):
        self.c.setStrokeColorRGB(*rgb)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        c = self.c
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.setLineWidth(lw)
        if r:
            c.roundRect(x, y, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw=0.5, rgb=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*rgb)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def check(self):
        for (x0, y0, x1, y1), s in self.runs:
            if x0 < 1.5 or y0 < 1.5 or x1 > self.w - 1.5 or y1 > self.h - 1.5:
                raise LayoutError(f"off page: {s!r} at {x0:.1f},{y0:.1f},{x1:.1f},{y1:.1f}")
        runs = sorted(self.runs, key=lambda r: r[0][1])
        for i, (a, sa) in enumerate(runs):
            for b, sb in runs[i + 1 :]:
                if b[1] >= a[3]:
                    break
                if (
                    min(a[2], b[2]) - max(a[0], b[0]) > 0.3
                    and min(a[3], b[3]) - max(a[1], b[1]) > 0.3
                ):
                    raise LayoutError(f"overlap: {sa!r} / {sb!r}")

    def next_page(self):
        self.check()
        self.c.showPage()
        self.runs = []
        self.pages += 1

    def save(self):
        self.check()
        self.c.save()


def qr(pg, x, y, size, seed, n=25, rgb=(0, 0, 0)):
    """A QR-like module grid with three finder patterns (not decodable)."""
    r = random.Random(seed)
    m = size / n
    pg.c.setFillColorRGB(*rgb)
    for i in range(n):
        for j in range(n):
            finder = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j >= n - 8)
            if finder:
                continue
            if r.random() < 0.5:
                pg.c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)
    for fx, fy in [(0, 0), (0, n - 7), (n - 7, n - 7)]:
        pg.c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, stroke=0, fill=1)
        pg.c.setFillColorRGB(1, 1, 1)
        pg.c.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, stroke=0, fill=1)
        pg.c.setFillColorRGB(*rgb)
        pg.c.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, stroke=0, fill=1)
    pg.c.setFillColorRGB(0, 0, 0)


def barcode(pg, x, y, w, h, seed):
    r = random.Random(seed)
    cx = x
    while cx < x + w - 3:
        bw = r.choice([0.6, 0.6, 1.2, 1.8])
        pg.c.rect(cx, y, bw, h, stroke=0, fill=1)
        cx += bw + r.choice([0.6, 1.2, 1.8])


# ----------------------------------------------------------------------------- receipts
class Roll:
    """A thermal-roll receipt laid out top-down; its length follows its content."""

    def __init__(self, width_mm, margin_mm=3.5, font="DVM", size=7.6, lead=1.28):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.ops = []
        self.y = self.m + 2
        self.font, self.size, self.lead = font, size, lead

    @property
    def right(self):
        return self.W - self.m

    def _base(self, size, lead):
        b = self.y + size * 0.8
        self.y += size * (lead or self.lead)
        return b

    def txt(self, s, align="l", font=None, size=None, lead=None, x=None):
        font, size = font or self.font, size or self.size
        base = self._base(size, lead)
        if x is None:
            x = {"l": self.m, "c": self.W / 2, "r": self.right}[align]
        self.ops.append(("t", x, base, s, font, size, align))

    def lr(self, left, right, font=None, size=None, lead=None):
        font, size = font or self.font, size or self.size
        base = self._base(size, lead)
        self.ops.append(("t", self.m, base, left, font, size, "l"))
        self.ops.append(("t", self.right, base, right, font, size, "r"))

    def cols(self, cells, font=None, size=None, lead=None):
        """cells: (x_fraction_of_inner_width, text, align)."""
        font, size = font or self.font, size or self.size
        base = self._base(size, lead)
        inner = self.W - 2 * self.m
        for fx, s, al in cells:
            self.ops.append(("t", self.m + fx * inner, base, s, font, size, al))

    def rule(self, dash=True, gap=3.0, lw=0.6):
        self.y += gap
        self.ops.append(("l", self.y, dash, lw))
        self.y += gap

    def gap(self, h):
        self.y += h

    def draw(self, h, fn):
        """fn(pg, top_y_from_top, height) draws a shape block of height h."""
        self.ops.append(("f", self.y, h, fn))
        self.y += h

    def render(self, target, title=""):
        H = self.y + self.m + 4
        pg = Pg(target, (self.W, H), title)
        for op in self.ops:
            if op[0] == "t":
                _, x, base, s, font, size, al = op
                pg.t(x, H - base, s, font, size, al)
            elif op[0] == "l":
                _, y, dash, lw = op
                pg.line(self.m, H - y, self.right, H - y, lw=lw, dash=(2, 1.5) if dash else None)
            else:
                _, y, h, fn = op
                fn(pg, H - y - h, h)
        pg.save()
        return pg


# ----------------------------------------------------------------------------- images
def render(pdf_bytes, dpi, page=0) -> Image.Image:
    doc = pdfium.PdfDocument(pdf_bytes)
    img = doc[page].render(scale=dpi / 72.0).to_pil().convert("RGB")
    doc.close()
    return img


def smooth_field(rng, shape, lo, hi, cells=(5, 4)):
    f = rng.uniform(lo, hi, size=cells).astype(np.float32)
    return cv2.resize(f, (shape[1], shape[0]), interpolation=cv2.INTER_CUBIC).clip(
        min(lo, hi) - 0.05, max(lo, hi) + 0.05
    )


def scan(
    img,
    rng,
    *,
    grey=True,
    blur=0.7,
    skew=0.0,
    noise=4.0,
    specks=25,
    fade=None,
    tone=(246, 244, 238),
    pad=0,
    bed=(252, 252, 250),
    width=None,
    jpeg=None,
):
    a = np.asarray(img).astype(np.float32)
    if fade:
        ink = 255.0 - a
        f = smooth_field(rng, a.shape, fade, 1.0, (7, 3))
        a = 255.0 - ink * f[..., None]
    a = a * (np.array(tone, np.float32) / 255.0)
    if pad:
        a = cv2.copyMakeBorder(
            a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=[float(v) for v in bed]
        )
    if skew:
        h, w = a.shape[:2]
        M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        a = cv2.warpAffine(
            a,
            M,
            (w, h),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=[float(v) for v in bed],
        )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    if specks:
        h, w = a.shape[:2]
        for _ in range(specks):
            y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
            r = int(rng.integers(1, 3))
            cv2.circle(a, (x, y), r, [float(rng.uniform(60, 140))] * 3, -1)
    a = a + rng.normal(0, noise, a.shape[:2])[..., None]
    a = a.clip(0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if grey:
        out = out.convert("L")
    if width and out.width > width:
        out = out.resize((width, round(out.height * width / out.width)), Image.LANCZOS)
    return out


def texture(rng, h, w, kind):
    if kind == "wood":
        base = np.array([150, 110, 75], np.float32)
        g = rng.normal(0, 1, (max(h // 60, 2), w)).astype(np.float32)
        g = cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
        g = cv2.GaussianBlur(g, (0, 0), 3)
        a = base[None, None, :] * (1 + 0.12 * g[..., None])
    elif kind == "desk":
        base = np.array([196, 198, 202], np.float32)
        a = np.broadcast_to(base, (h, w, 3)).copy()
    else:  # cloth / dark table
        base = np.array([62, 70, 82], np.float32)
        a = np.broadcast_to(base, (h, w, 3)).copy()
        a += rng.normal(0, 6, (h, w, 1)).astype(np.float32)
    a += rng.normal(0, 3, (h, w, 1)).astype(np.float32)
    return a


def photo(
    imgs,
    rng,
    *,
    long_side=2000,
    bg="wood",
    curl=0.0,
    folds=1,
    shadow=True,
    quality=72,
    fill=0.8,
    tilt=0.03,
    light=(0.78, 1.04),
):
    """Phone photo of one or more paper strips side by side on a table."""
    imgs = [np.asarray(i.convert("RGB")).astype(np.float32) for i in imgs]
    gap = 40
    dh = max(i.shape[0] for i in imgs)
    dw = sum(i.shape[1] for i in imgs) + gap * (len(imgs) - 1)
    doc = np.zeros((dh, dw, 3), np.float32)
    alpha = np.zeros((dh, dw), np.float32)
    x = 0
    for k, i in enumerate(imgs):
        y = 0 if k == 0 else int(rng.integers(0, max(1, dh - i.shape[0]) + 1))
        doc[y : y + i.shape[0], x : x + i.shape[1]] = i
        alpha[y : y + i.shape[0], x : x + i.shape[1]] = 1
        x += i.shape[1] + gap
    h, w = doc.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if curl:
        shift = curl * w * np.sin(np.pi * yy / h) * (xx / w - 0.5)
        mx, my = xx - shift * 0.0, yy + curl * h * 0.02 * np.sin(np.pi * xx / w)
        doc = cv2.remap(doc, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        shade = 1 - 0.10 * curl / 0.05 * np.abs(np.cos(np.pi * xx / w))
        doc *= shade[..., None].clip(0.82, 1)
    for _ in range(folds):
        fy = float(rng.uniform(0.3, 0.7)) * h
        d = (yy - fy) / (0.004 * h + 1)
        crease = 1 - 0.10 * np.exp(-(d**2)) + 0.04 * np.tanh(d) * np.exp(-np.abs(d) / 8)
        doc *= crease[..., None]
    # place on a background
    portrait = h >= w
    L = long_side
    W, H = (int(L * 0.75), L) if portrait else (L, int(L * 0.75))
    scale = min(fill * H / h, fill * W / w)
    sw, sh = w * scale, h * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-tilt, tilt) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [cx - sw / 2 + j(), cy - sh / 2 + j()],
            [cx + sw / 2 + j(), cy - sh / 2 + j()],
            [cx + sw / 2 + j(), cy + sh / 2 + j()],
            [cx - sw / 2 + j(), cy + sh / 2 + j()],
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(alpha, M, (W, H), flags=cv2.INTER_LINEAR)
    bgimg = texture(rng, H, W, bg)
    sh_mask = cv2.GaussianBlur(np.roll(np.roll(mask, 14, 0), 10, 1), (0, 0), 12)
    bgimg *= (1 - 0.45 * sh_mask)[..., None]
    out = bgimg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    g = (np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)) + 0.5
    out *= (light[0] + (light[1] - light[0]) * g)[..., None]
    if shadow:
        poly = np.zeros((H, W), np.float32)
        x0 = float(rng.uniform(0.55, 0.85)) * W
        pts = np.int32([[x0, 0], [W, 0], [W, H * 0.45], [x0 + 0.12 * W, H * 0.3]])
        cv2.fillPoly(poly, [pts], 1.0)
        poly = cv2.GaussianBlur(poly, (0, 0), 40)
        out *= (1 - 0.28 * poly)[..., None]
    out = cv2.GaussianBlur(out, (0, 0), 0.6)
    out += rng.normal(0, 3.5, (H, W, 1)).astype(np.float32)
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def save_img(img, path, jpeg=None):
    if jpeg:
        img.save(path, "JPEG", quality=jpeg)
    else:
        img.save(path, "PNG", optimize=False)


def image_pdf(img, path, dpi, quality=80):
    """An image-only PDF: the degraded scan is the page's only content."""
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    w, h = img.width * 72.0 / dpi, img.height * 72.0 / dpi
    c = rl_canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, w, h)
    c.showPage()
    c.save()


def seeds(name):
    """Every random choice of a document is seeded with the CRC-32 of its name."""
    return np.random.default_rng(zlib.crc32(name.encode()))


# ----------------------------------------------------------------------------- helpers for pages
def row(pg, y, cols, cells, font, size, lead=None, color=(0, 0, 0)):
    """Draw one table row; cols are (x, align, wrap_width|None). Returns the next baseline."""
    lead = lead or size * 1.3
    split = [
        simpleSplit(s, font, size, c[2]) if c[2] else [s] for c, s in zip(cols, cells, strict=True)
    ]
    for (x, al, _), lines in zip(cols, split, strict=True):
        for k, s in enumerate(lines):
            pg.t(x, y - k * lead, s, font, size, al, color)
    return y - max(len(s) for s in split) * lead


def block(pg, x, y, lines, font, size, lead=None, align="l", bold_first=None, color=(0, 0, 0)):
    lead = lead or size * 1.3
    for k, s in enumerate(lines):
        f = bold_first if (bold_first and k == 0) else font
        pg.t(x, y, s, f, size, align, color)
        y -= lead
    return y


def kv(pg, x_label, x_value, y, pairs, font, size, lead=None, bold=None, value_align="l"):
    lead = lead or size * 1.35
    for k, v in pairs:
        pg.t(x_label, y, k, font, size)
        pg.t(x_value, y, v, bold or font, size, value_align)
        y -= lead
    return y


PL_U = ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
PL_T = [
    "dziesięć",
    "jedenaście",
    "dwanaście",
    "trzynaście",
    "czternaście",
    "piętnaście",
    "szesnaście",
    "siedemnaście",
    "osiemnaście",
    "dziewiętnaście",
]
PL_D = [
    "",
    "",
    "dwadzieścia",
    "trzydzieści",
    "czterdzieści",
    "pięćdziesiąt",
    "sześćdziesiąt",
    "siedemdziesiąt",
    "osiemdziesiąt",
    "dziewięćdziesiąt",
]
PL_H = [
    "",
    "sto",
    "dwieście",
    "trzysta",
    "czterysta",
    "pięćset",
    "sześćset",
    "siedemset",
    "osiemset",
    "dziewięćset",
]


def pl_words(x: Decimal) -> str:
    n = int(x)
    gr = int((x - n) * 100)
    assert 0 < n < 1000
    h, t, u = n // 100, (n // 10) % 10, n % 10
    words = [PL_H[h]]
    words += [PL_T[u]] if t == 1 else [PL_D[t], PL_U[u]]
    form = "złoty" if n == 1 else ("złote" if u in (2, 3, 4) and t != 1 else "złotych")
    return " ".join(w for w in words if w) + f" {form} {gr:02d}/100"


# ============================================================================= INVOICES
def i01(out, name):
    """DE cloud hosting monthly invoice, ZUGFeRD-style visual page, born-digital."""
    V = "Serverhafen Cloud GmbH"
    rows = [
        ("Cloud Server CPX41 · app-prod-01 (8 vCPU, 16 GB RAM)", D(1), "Monat", D("28.90")),
        ("Cloud Server CX32 · staging-02 (stundengenau abgerechnet)", D(416), "Std.", D("0.0112")),
        ("Volume 200 GB · db-data-01", D(1), "Monat", D("8.80")),
        ("Backups (20 % vom Serverpreis) · app-prod-01", D(1), "Monat", D("5.78")),
        ("Primäre IPv4-Adresse", D(2), "Monat", D("0.50")),
        ("Load Balancer LB11 · lb-front", D(1), "Monat", D("5.39")),
        ("Object Storage (belegter Speicher)", D("1.24"), "TB", D("4.99")),
        ("Zusätzlicher Traffic über Inklusivvolumen", D("0.37"), "TB", D("1.00")),
    ]
    amts = [q2(q * u) for _, q, _, u in rows]
    net = sum(amts)
    vat = q2(net * 19 / 100)
    total = net + vat
    pg = Pg(str(out / f"{name}.pdf"), A4, "Rechnung R-2026-0031847", "Helvetica")
    W, H = A4
    L = 20 * mm
    # wordmark with a server-rack logo
    for k in range(3):
        pg.rect(
            W - 78 * mm,
            H - 22 * mm - k * 4.2 * mm,
            10 * mm,
            3.2 * mm,
            fill=(0.06, 0.32, 0.55),
            r=1.2,
        )
        pg.c.setFillColorRGB(0.55, 0.85, 0.55)
        pg.c.circle(W - 70.5 * mm, H - 20.4 * mm - k * 4.2 * mm, 0.6 * mm, stroke=0, fill=1)
    pg.t(W - 65 * mm, H - 29 * mm, "serverhafen", "Helvetica-Bold", 22, color=(0.06, 0.32, 0.55))
    pg.t(
        W - 65 * mm,
        H - 34 * mm,
        "cloud · hosting · storage",
        "Helvetica",
        8,
        color=(0.35, 0.35, 0.35),
    )
    pg.t(
        L,
        H - 48 * mm,
        "Serverhafen Cloud GmbH · Am Sandtorkai 12 · 20457 Hamburg",
        "Helvetica",
        6.5,
        color=(0.3, 0.3, 0.3),
    )
    pg.line(L, H - 49 * mm, L + 62 * mm, H - 49 * mm, 0.3)
    block(
        pg,
        L,
        H - 56 * mm,
        ["Kaltenbach Medienagentur GmbH", "z. Hd. Buchhaltung", "Lindenstraße 48", "50674 Köln"],
        "Helvetica",
        10,
        13,
    )
    kv(
        pg,
        W - 88 * mm,
        W - 20 * mm,
        H - 52 * mm,
        [
            ("Rechnungsnummer", "R-2026-0031847"),
            ("Rechnungsdatum", "01.03.2026"),
            ("Kundennummer", "K-104882"),
            ("Leistungszeitraum", "01.02.2026 – 28.02.2026"),
            ("Fälligkeitsdatum", "15.03.2026"),
            ("Ihre USt-IdNr.", "DE287654321"),
        ],
        "Helvetica",
        8.5,
        12,
        value_align="r",
    )
    y = H - 98 * mm
    pg.t(L, y, "Rechnung R-2026-0031847", "Helvetica-Bold", 15)
    y = pg.para(
        L,
        y - 9 * mm,
        "Sehr geehrte Damen und Herren, für die Nutzung unserer Cloud-Dienste im oben genannten Leistungszeitraum berechnen wir Ihnen folgende Leistungen:",
        W - 2 * L,
        "Helvetica",
        9,
    )
    y -= 3 * mm
    cols = [
        (L + 1 * mm, "l", None),
        (L + 10 * mm, "l", 74 * mm),
        (L + 103 * mm, "r", None),
        (L + 106 * mm, "l", None),
        (L + 140 * mm, "r", None),
        (L + 152 * mm, "r", None),
        (W - L - 1 * mm, "r", None),
    ]
    pg.rect(L, y - 2.2 * mm, W - 2 * L, 6.5 * mm, fill=(0.9, 0.93, 0.96))
    row(
        pg,
        y,
        cols,
        ["Pos.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis €", "USt.", "Gesamt €"],
        "Helvetica-Bold",
        8,
    )
    y -= 8 * mm
    items = []
    for k, ((d, q, un, u), a) in enumerate(zip(rows, amts, strict=True), 1):
        up = de(u, 4) if u != q2(u) else de(u)
        y = row(
            pg,
            y,
            cols,
            [str(k), d, de(q, 2) if q != int(q) else str(int(q)), un, up, "19 %", de(a)],
            "Helvetica",
            8.5,
            11,
        )
        pg.line(L, y + 7, W - L, y + 7, 0.2, (0.7, 0.7, 0.7))
        y -= 2
        items.append(item(d, q, u, a))
    y -= 4 * mm
    X1, X2 = W - 95 * mm, W - L - 1 * mm
    y = kv(
        pg,
        X1,
        X2,
        y,
        [
            ("Summe netto", de(net) + " €"),
            ("zzgl. 19 % USt. auf " + de(net) + " €", de(vat) + " €"),
        ],
        "Helvetica",
        9,
        13,
        value_align="r",
    )
    pg.line(X1, y + 9, X2, y + 9, 0.8)
    pg.t(X1, y - 2, "Rechnungsbetrag", "Helvetica-Bold", 10.5)
    pg.t(X2, y - 2, de(total) + " €", "Helvetica-Bold", 10.5, "r")
    y -= 14 * mm
    y = pg.para(
        L,
        y,
        f"Der Rechnungsbetrag von {de(total)} € wird gemäß SEPA-Lastschriftmandat SH-104882-01 zum Fälligkeitsdatum 15.03.2026 von Ihrem Konto DE89 3704 0044 •••• •••• 00 eingezogen. Bitte sorgen Sie für ausreichende Deckung.",
        W - 2 * L,
        "Helvetica",
        8.5,
    )
    y = pg.para(
        L,
        y - 3 * mm,
        "Rechnung nach EN 16931 (ZUGFeRD 2.3 · Profil EN 16931 · Factur-X kompatibel). Leistungsort: Deutschland. Diese Rechnung wurde maschinell erstellt und ist ohne Unterschrift gültig.",
        W - 2 * L,
        "Helvetica",
        7.5,
        color=(0.35, 0.35, 0.35),
    )
    pg.line(L, 30 * mm, W - L, 30 * mm, 0.4, (0.06, 0.32, 0.55))
    fc = [
        ["Serverhafen Cloud GmbH", "Am Sandtorkai 12", "20457 Hamburg", "www.serverhafen.de"],
        [
            "Geschäftsführung: Jan-Ole Petersen, Miriam Aksoy",
            "Amtsgericht Hamburg HRB 171204",
            "USt-IdNr.: DE318204771",
            "Steuernummer: 48/712/04455",
        ],
        [
            "Hamburger Sparkasse",
            "IBAN: DE12 2005 0550 1234 5678 90",
            "BIC: HASPDEHHXXX",
            "buchhaltung@serverhafen.de",
        ],
    ]
    for x, lines in zip([L, L + 50 * mm, L + 120 * mm], fc, strict=True):
        block(pg, x, 26 * mm, lines, "Helvetica", 6.8, 8.6, color=(0.25, 0.25, 0.25))
    pg.t(W / 2, 8 * mm, "Seite 1 von 1", "Helvetica", 6.5, "c")
    pg.save()
    return truth(
        number="R-2026-0031847",
        date="2026-03-01",
        due="2026-03-15",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        doctype="invoice",
        items=items,
        kind="pdf",
        note="ZUGFeRD-style page; 4-decimal hourly unit price; vendor as wordmark 'serverhafen' + sender line + footer; SEPA debit text repeats the due date",
    )


def i02(out, name):
    """NL mobile telecom bill, 2 pages (summary + usage specification), prices incl. btw."""
    V = "Kwiek Mobiel B.V."
    calls = [
        ("09-02-2026", "14:12", "+32 2 512 44 10", "België", "3:41", D("0.35")),
        ("16-02-2026", "19:03", "+49 30 8812 554", "Duitsland", "5:02", D("0.48")),
        ("23-02-2026", "11:47", "+32 9 225 31 77", "België", "4:12", D("0.40")),
    ]
    usage = sum(c[5] for c in calls)
    sms = D("0.75")
    lines = [
        ("Abonnement Sim Only 20 GB", "01-03-2026 t/m 31-03-2026", D("20.00")),
        ("Extra databundel 5 GB", "12-02-2026", D("5.00")),
        ("Bellen naar het buitenland", "zie specificatie", usage),
        ("Betaalde sms-diensten", "zie specificatie", sms),
        ("Korting Samen Voordeel", "maart 2026", D("-2.00")),
    ]
    total = sum(x[2] for x in lines)
    net, vat = vat_split_gross(total, D(21))
    pg = Pg(str(out / f"{name}.pdf"), A4, "Factuur 7104 2236 881", "Helvetica")
    W, H = A4
    L = 18 * mm
    OR = (0.93, 0.42, 0.09)

    def header(page_no):
        pg.rect(0, H - 26 * mm, W, 26 * mm, fill=OR)
        pg.t(L, H - 17 * mm, "kwiek", "Helvetica-Bold", 30, color=(1, 1, 1))
        pg.t(L + 45 * mm, H - 15.5 * mm, "mobiel", "Helvetica", 13, color=(1, 1, 1))
        pg.t(W - L, H - 15.5 * mm, f"Pagina {page_no} van 2", "Helvetica", 8, "r", color=(1, 1, 1))
        pg.t(
            L,
            12 * mm,
            "Kwiek Mobiel B.V. · Postbus 1180 · 3000 BD Rotterdam · KvK 71234567 · btw-nr. NL858123456B01 · IBAN NL44 RABO 0312 4455 67 · kwiek.nl/klantenservice",
            "Helvetica",
            6.5,
            color=(0.3, 0.3, 0.3),
        )

    header(1)
    block(
        pg,
        L,
        H - 45 * mm,
        ["Dhr. S. de Vries", "Weteringschans 112-3", "1017 XT Amsterdam"],
        "Helvetica",
        10,
        13,
    )
    pg.rect(W - 88 * mm, H - 74 * mm, 70 * mm, 38 * mm, stroke=(0.8, 0.8, 0.8), lw=0.5)
    kv(
        pg,
        W - 85 * mm,
        W - 21 * mm,
        H - 42 * mm,
        [
            ("Factuurnummer", "7104 2236 881"),
            ("Factuurdatum", "04-03-2026"),
            ("Vervaldatum", "18-03-2026"),
            ("Klantnummer", "30.118.442"),
            ("Mobiel nummer", "06-41 87 22 90"),
            ("Betaalwijze", "Automatische incasso"),
        ],
        "Helvetica",
        8.5,
        11.5,
        value_align="r",
    )
    y = H - 88 * mm
    pg.t(L, y, "Je factuur van maart 2026", "Helvetica-Bold", 16)
    y -= 12 * mm
    pg.rect(L, y - 16 * mm, W - 2 * L, 20 * mm, fill=(0.99, 0.94, 0.89))
    pg.t(L + 5 * mm, y - 3 * mm, "Te betalen", "Helvetica", 10)
    pg.t(W - L - 5 * mm, y - 5 * mm, f"€ {de(total)}", "Helvetica-Bold", 20, "r")
    pg.t(
        L + 5 * mm,
        y - 11 * mm,
        "We schrijven dit bedrag rond 18-03-2026 af van je rekening NL** INGB **** **67 21.",
        "Helvetica",
        8.5,
    )
    y -= 28 * mm
    pg.t(L, y, "Overzicht", "Helvetica-Bold", 11)
    y -= 7 * mm
    cols = [(L, "l", None), (L + 80 * mm, "l", None), (W - L, "r", None)]
    row(pg, y, cols, ["Omschrijving", "Periode / datum", "Bedrag incl. btw"], "Helvetica-Bold", 8.5)
    pg.line(L, y - 3, W - L, y - 3, 0.6)
    y -= 7 * mm
    items = []
    for d, p, a in lines:
        y = row(pg, y, cols, [d, p, f"€ {de(a)}"], "Helvetica", 9, 14)
        items.append(item(d, 1, a, a))
    pg.line(L, y + 9, W - L, y + 9, 0.6)
    y -= 2 * mm
    y = kv(
        pg,
        L + 80 * mm,
        W - L,
        y,
        [("Totaal excl. btw", f"€ {de(net)}"), ("Btw 21%", f"€ {de(vat)}")],
        "Helvetica",
        9,
        14,
        value_align="r",
    )
    pg.t(L + 80 * mm, y, "Totaal incl. btw", "Helvetica-Bold", 10)
    pg.t(W - L, y, f"€ {de(total)}", "Helvetica-Bold", 10, "r")
    y -= 16 * mm
    pg.para(
        L,
        y,
        "Je vorige factuur van € 26,50 (factuurdatum 04-02-2026) is op 18-02-2026 betaald. Bedankt! Vragen over je factuur? Kijk in de app of bel 1280 (gratis vanaf je Kwiek-nummer).",
        W - 2 * L,
        "Helvetica",
        8.5,
    )
    pg.next_page()
    header(2)
    y = H - 42 * mm
    pg.t(L, y, "Specificatie gebruik 01-02-2026 t/m 28-02-2026", "Helvetica-Bold", 12)
    pg.t(L, y - 6 * mm, "06-41 87 22 90 · factuurnummer 7104 2236 881", "Helvetica", 8.5)
    y -= 16 * mm
    cols = [
        (L, "l", None),
        (L + 24 * mm, "l", None),
        (L + 38 * mm, "l", None),
        (L + 78 * mm, "l", None),
        (L + 125 * mm, "r", None),
        (W - L, "r", None),
    ]
    row(
        pg,
        y,
        cols,
        ["Datum", "Tijd", "Nummer", "Bestemming / dienst", "Duur / vol.", "Bedrag"],
        "Helvetica-Bold",
        8.5,
    )
    pg.line(L, y - 3, W - L, y - 3, 0.6)
    y -= 7 * mm
    spec = [
        ("02-02-2026", "08:14", "06-28 44 19 02", "Nederland (bundel)", "2:10", D(0)),
        ("05-02-2026", "12:30", "internet", "Data (bundel)", "1.204 MB", D(0)),
        calls[0],
        ("12-02-2026", "21:55", "internet", "Extra databundel 5 GB", "", D(0)),
        ("14-02-2026", "17:22", "4411", "Sms-dienst Parkeren", "1 sms", sms),
        calls[1],
        ("19-02-2026", "09:05", "020-555 12 80", "Nederland (bundel)", "11:48", D(0)),
        calls[2],
        ("26-02-2026", "18:40", "internet", "Data (bundel)", "3.877 MB", D(0)),
    ]
    for r in spec:
        y = row(pg, y, cols, [r[0], r[1], r[2], r[3], r[4], f"€ {de(r[5])}"], "Helvetica", 8.5, 13)
    pg.line(L, y + 8, W - L, y + 8, 0.6)
    pg.t(L + 78 * mm, y - 2, "Totaal specificatie (incl. btw)", "Helvetica-Bold", 8.5)
    pg.t(W - L, y - 2, f"€ {de(usage + sms)}", "Helvetica-Bold", 8.5, "r")
    pg.save()
    return truth(
        number="7104 2236 881",
        date="2026-03-04",
        due="2026-03-18",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        doctype="invoice",
        items=items,
        kind="pdf",
        note="2-page telecom bill; prices incl. btw, net printed as 'Totaal excl. btw'; number with spaces; discount line; previous invoice amount 26,50 as distractor; legal name only in footer (wordmark 'kwiek mobiel')",
    )


def i03(out, name):
    """FR electricity bill, Factur-X style visual page, scanned."""
    V = "Volta Énergie SAS"
    rows = [
        ("Abonnement Base HP/HC 6 kVA – février 2026", D(1), "mois", D("14.21")),
        ("Consommation heures pleines (relevé réel)", D(212), "kWh", D("0.1812")),
        ("Consommation heures creuses (relevé réel)", D(148), "kWh", D("0.1384")),
        ("Accise sur l'électricité", D(360), "kWh", D("0.02998")),
        ("Contribution tarifaire d'acheminement (CTA)", D(1), "forfait", D("2.71")),
    ]
    amts = [q2(q * u) for _, q, _, u in rows]
    net = sum(amts)
    vat = q2(net * 20 / 100)
    total = net + vat
    buf = io.BytesIO()
    pg = Pg(buf, A4, "Facture FA26-0304-118842", "DV")
    W, H = A4
    L = 16 * mm
    Y = (0.98, 0.72, 0.0)
    pg.c.setFillColorRGB(*Y)
    pg.c.circle(L + 7 * mm, H - 20 * mm, 7 * mm, stroke=0, fill=1)
    pg.c.setFillColorRGB(0.1, 0.1, 0.3)
    p = pg.c.beginPath()
    for px, py in [(8, -15), (4, -21), (7.5, -21), (5.5, -26), (10.5, -19), (7, -19), (9, -15)]:
        (p.moveTo if (px, py) == (8, -15) else p.lineTo)(L + px * mm, H + py * mm)
    p.close()
    pg.c.drawPath(p, stroke=0, fill=1)
    pg.t(L + 17 * mm, H - 20 * mm, "volta", "DV-B", 20, color=(0.1, 0.1, 0.3))
    pg.t(L + 17 * mm, H - 26 * mm, "énergie", "DV", 11, color=(0.1, 0.1, 0.3))
    pg.t(W - L, H - 18 * mm, "FACTURE", "DV-B", 18, "r")
    kv(
        pg,
        W - 82 * mm,
        W - L,
        H - 27 * mm,
        [
            ("N° de facture", "FA26-0304-118842"),
            ("Date d'émission", "05/03/2026"),
            ("Date d'échéance", "20/03/2026"),
            ("Référence client", "4 012 778 431"),
        ],
        "DV",
        8,
        11,
        bold="DV-B",
        value_align="r",
    )
    y = H - 56 * mm
    pg.t(L, y, "ÉMETTEUR", "DV-B", 7.5, color=(0.4, 0.4, 0.4))
    pg.t(W / 2 + 5 * mm, y, "CLIENT / ADRESSE DE FACTURATION", "DV-B", 7.5, color=(0.4, 0.4, 0.4))
    block(
        pg,
        L,
        y - 5 * mm,
        [
            "Volta Énergie SAS",
            "14 quai Perrache",
            "69002 Lyon",
            "SIRET 812 345 678 00024",
            "TVA intracom. FR27 812345678",
        ],
        "DV",
        8.5,
        11,
        bold_first="DV-B",
    )
    block(
        pg,
        W / 2 + 5 * mm,
        y - 5 * mm,
        [
            "Mme Claire Besson",
            "8 rue des Tanneurs",
            "38000 Grenoble",
            "Point de livraison (PDL) 14 2201 8833 0917",
            "Contrat n° EL-2024-553190",
        ],
        "DV",
        8.5,
        11,
        bold_first="DV-B",
    )
    y -= 70 * mm / 1.6
    pg.rect(L, y - 9 * mm, W - 2 * L, 12 * mm, fill=(0.96, 0.96, 0.93))
    pg.t(
        L + 3 * mm,
        y - 1.5 * mm,
        "Période de consommation : du 01/02/2026 au 28/02/2026 – index relevés le 28/02/2026",
        "DV",
        8.5,
    )
    pg.t(
        L + 3 * mm,
        y - 6 * mm,
        "Index HP 041 388 → 041 600   ·   Index HC 027 915 → 028 063   ·   Compteur Linky n° 0231 4455 6677",
        "DV",
        7.5,
    )
    y -= 18 * mm
    cols = [
        (L + 1 * mm, "l", 70 * mm),
        (L + 88 * mm, "r", None),
        (L + 91 * mm, "l", None),
        (L + 128 * mm, "r", None),
        (L + 143 * mm, "r", None),
        (W - L - 1 * mm, "r", None),
    ]
    pg.rect(L, y - 2.2 * mm, W - 2 * L, 6.5 * mm, fill=(0.1, 0.1, 0.3))
    row(
        pg,
        y,
        cols,
        ["Désignation", "Qté", "Unité", "PU HT (€)", "TVA", "Montant HT (€)"],
        "DV-B",
        7.8,
        color=(1, 1, 1),
    )
    y -= 8 * mm
    items = []
    for (d, q, un, u), a in zip(rows, amts, strict=True):
        nd = 5 if u != u.quantize(Decimal("0.0001")) else (4 if u != q2(u) else 2)
        y = row(pg, y, cols, [d, str(q), un, fr(u, nd), "20 %", fr(a)], "DV", 8, 11)
        pg.line(L, y + 7, W - L, y + 7, 0.2, (0.75, 0.75, 0.75))
        y -= 2
        items.append(item(d, q, u, a))
    y -= 6 * mm
    pg.t(L, y, "Récapitulatif TVA", "DV-B", 8.5)
    tc = [
        (L, "l", None),
        (L + 38 * mm, "r", None),
        (L + 55 * mm, "r", None),
        (L + 80 * mm, "r", None),
    ]
    row(pg, y - 5 * mm, tc, ["Base HT", fr(net), "20,00 %", fr(vat)], "DV", 8)
    row(pg, y - 10 * mm, tc, ["Total", fr(net), "", fr(vat)], "DV-B", 8)
    X1, X2 = W - 78 * mm, W - L
    y2 = kv(
        pg,
        X1,
        X2,
        y,
        [
            ("Total HT", fr(net) + " €"),
            ("Total TVA", fr(vat) + " €"),
            ("Total TTC", fr(total) + " €"),
        ],
        "DV",
        9,
        13,
        value_align="r",
    )
    pg.rect(X1 - 2 * mm, y2 - 7 * mm, X2 - X1 + 2 * mm, 9 * mm, fill=Y)
    pg.t(X1, y2 - 4 * mm, "Net à payer", "DV-B", 10.5)
    pg.t(X2 - 1 * mm, y2 - 4 * mm, fr(total) + " €", "DV-B", 10.5, "r")
    y = y2 - 18 * mm
    pg.t(L, y, "Conditions de paiement", "DV-B", 8.5)
    y = pg.para(
        L,
        y - 5 * mm,
        f"Prélèvement SEPA de {fr(total)} € le 20/03/2026 sur le compte FR76 •••• •••• •••• •••• •••• 412 (RUM VOLTA-4012778431). Pas d'escompte pour paiement anticipé. En cas de retard : pénalités au taux de 3 fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement de 40 € (clients professionnels).",
        W - 2 * L,
        "DV",
        7.5,
    )
    bx = L
    for k, v in enumerate([410, 455, 372, 390, 360]):
        hgt = v / 455 * 14 * mm
        pg.rect(
            bx + k * 9 * mm,
            y - 24 * mm,
            6 * mm,
            hgt,
            fill=(0.1, 0.1, 0.3) if k == 4 else (0.7, 0.7, 0.8),
        )
    pg.t(bx, y - 29 * mm, "oct.  nov.  déc.  janv.  févr.", "DV", 6.5)
    pg.t(bx + 50 * mm, y - 12 * mm, "Votre consommation (kWh) sur 5 mois", "DV", 7.5)
    pg.line(L, 24 * mm, W - L, 24 * mm, 0.4)
    pg.para(
        L,
        20 * mm,
        "Volta Énergie SAS au capital de 2 000 000 € – 14 quai Perrache, 69002 Lyon – RCS Lyon 812 345 678 – SIRET 812 345 678 00024 – N° TVA FR27 812345678 – Service client 09 70 81 22 40 – www.volta-energie.fr – Médiateur national de l'énergie : www.energie-mediateur.fr",
        W - 2 * L,
        "DV",
        6.5,
    )
    pg.save()
    nr = seeds(name)
    img = scan(render(buf.getvalue(), 200), nr, grey=False, blur=0.7, skew=0.9, noise=4, specks=30)
    save_img(img, out / f"{name}.png")
    return truth(
        number="FA26-0304-118842",
        date="2026-03-05",
        due="2026-03-20",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        doctype="invoice",
        items=items,
        kind="scan",
        note="Factur-X-style electricity bill, colour scan 200 dpi; accise and CTA lines are inside Total HT (vat = TVA only); 5-decimal unit price; many reference numbers (PDL, Linky, index)",
    )


def i04(out, name):
    """PL marketplace order confirmation + Faktura VAT, gross-based lines, paid online."""
    V = "Kadencja Sp. z o.o."
    rows = [
        ("Opona rowerowa 700x32C Marathon Plus, zwijana", D(2), D("119.99")),
        ("Dętka 700x28-32C, wentyl presta 60 mm", D(2), D("19.90")),
        ("Łańcuch 11-rzędowy 116 ogniw z spinką", D(1), D("89.00")),
        ("Dostawa – Kurier InPost", D(1), D("14.99")),
    ]
    lines = []
    for d, q, ug in rows:
        g = q * ug
        n = q2(g / D("1.23"))
        lines.append((d, q, ug, n, g - n, g))
    net = sum(x[3] for x in lines)
    vat = sum(x[4] for x in lines)
    total = sum(x[5] for x in lines)
    pg = Pg(str(out / f"{name}.pdf"), A4, "Faktura VAT FV/2026/03/0412", "DV")
    W, H = A4
    L = 15 * mm
    pg.rect(0, H - 16 * mm, W, 16 * mm, fill=(0.96, 0.96, 0.96))
    pg.t(L, H - 10 * mm, "bazaro", "DV-B", 16, color=(0.0, 0.55, 0.45))
    pg.t(
        L + 30 * mm,
        H - 9.5 * mm,
        "Potwierdzenie zamówienia i faktura",
        "DV",
        9,
        color=(0.3, 0.3, 0.3),
    )
    pg.t(
        W - L,
        H - 9.5 * mm,
        "Zamówienie nr 5512-8830-1127 · kupione 07.03.2026",
        "DV",
        8,
        "r",
        color=(0.3, 0.3, 0.3),
    )
    y = H - 28 * mm
    pg.t(L, y, "Dziękujemy za zakupy w sklepie Kadencja – części rowerowe", "DV", 9)
    pg.t(
        L,
        y - 5 * mm,
        "Sprzedawcą jest Kadencja Sp. z o.o. Platforma Bazaro.pl nie jest stroną umowy sprzedaży.",
        "DV",
        7.5,
        color=(0.4, 0.4, 0.4),
    )
    y -= 17 * mm
    pg.t(L, y, "Faktura VAT nr FV/2026/03/0412", "DV-B", 14)
    kv(
        pg,
        W - 72 * mm,
        W - L,
        y + 3 * mm,
        [
            ("Data wystawienia:", "09.03.2026"),
            ("Data sprzedaży:", "07.03.2026"),
            ("Miejsce wystawienia:", "Kraków"),
        ],
        "DV",
        8,
        11,
        value_align="r",
    )
    y -= 18 * mm
    pg.t(L, y, "Sprzedawca", "DV-B", 8.5, color=(0.0, 0.55, 0.45))
    pg.t(W / 2, y, "Nabywca", "DV-B", 8.5, color=(0.0, 0.55, 0.45))
    block(
        pg,
        L,
        y - 5 * mm,
        [
            "Kadencja Sp. z o.o.",
            "ul. Zabłocie 23/4",
            "30-701 Kraków",
            "NIP: 679-312-44-08",
            "sklep@kadencja.pl",
        ],
        "DV",
        8.5,
        11,
        bold_first="DV-B",
    )
    block(
        pg,
        W / 2,
        y - 5 * mm,
        ["Tomasz Wiśniewski", "ul. Ogrodowa 7 m. 12", "90-015 Łódź", "Adres dostawy: jak wyżej"],
        "DV",
        8.5,
        11,
        bold_first="DV-B",
    )
    y -= 43 * mm
    cols = [
        (L + 1 * mm, "l", None),
        (L + 7 * mm, "l", 58 * mm),
        (L + 73 * mm, "r", None),
        (L + 76 * mm, "l", None),
        (L + 100 * mm, "r", None),
        (L + 118 * mm, "r", None),
        (L + 128 * mm, "r", None),
        (L + 145 * mm, "r", None),
        (W - L - 1 * mm, "r", None),
    ]
    pg.rect(L, y - 5.5 * mm, W - 2 * L, 10 * mm, fill=(0.88, 0.95, 0.93))
    row(
        pg,
        y + 1.2 * mm,
        cols,
        [
            "Lp.",
            "Nazwa towaru / usługi",
            "Ilość",
            "J.m.",
            "Cena",
            "Wartość",
            "VAT",
            "Kwota",
            "Wartość",
        ],
        "DV-B",
        7,
    )
    row(
        pg, y - 2.6 * mm, cols, ["", "", "", "", "brutto", "netto", "%", "VAT", "brutto"], "DV-B", 7
    )
    y -= 10 * mm
    items = []
    for k, (d, q, ug, n, v, g) in enumerate(lines, 1):
        y = row(
            pg,
            y,
            cols,
            [str(k), d, str(q), "szt.", fr(ug), fr(n), "23", fr(v), fr(g)],
            "DV",
            7.8,
            10,
        )
        pg.line(L, y + 6.5, W - L, y + 6.5, 0.2, (0.7, 0.7, 0.7))
        y -= 2
        items.append(item(d, q, ug, g))
    y -= 3 * mm
    row(pg, y, cols, ["", "Razem", "", "", "", fr(net), "", fr(vat), fr(total)], "DV-B", 7.8)
    y -= 5 * mm
    row(pg, y, cols, ["", "w tym", "", "", "", fr(net), "23", fr(vat), fr(total)], "DV", 7.8)
    y -= 14 * mm
    y = kv(
        pg,
        L,
        L + 45 * mm,
        y,
        [
            ("Sposób płatności:", "płatność online Bazaro Pay (BLIK)"),
            ("Status:", "zapłacono 07.03.2026"),
            ("Zapłacono:", fr(total) + " zł"),
            ("Pozostało do zapłaty:", "0,00 zł"),
        ],
        "DV",
        8.5,
        12,
    )
    pg.t(L, y - 3 * mm, "Wartość brutto razem: " + fr(total) + " PLN", "DV-B", 11)
    pg.t(L, y - 9 * mm, "Słownie: " + pl_words(total), "DV", 8.5)
    y -= 30 * mm
    pg.line(L + 5 * mm, y, L + 65 * mm, y, 0.3, dash=(1, 1))
    pg.line(W - L - 65 * mm, y, W - L - 5 * mm, y, 0.3, dash=(1, 1))
    pg.t(L + 35 * mm, y - 4 * mm, "Osoba upoważniona do wystawienia", "DV", 6.5, "c")
    pg.t(W - L - 35 * mm, y - 4 * mm, "Osoba upoważniona do odbioru", "DV", 6.5, "c")
    pg.line(L, 22 * mm, W - L, 22 * mm, 0.3)
    pg.para(
        L,
        18 * mm,
        "Kadencja Sp. z o.o., ul. Zabłocie 23/4, 30-701 Kraków, wpisana do rejestru przedsiębiorców KRS pod nr 0000812345, Sąd Rejonowy dla Krakowa-Śródmieścia, kapitał zakładowy 50 000 zł, NIP 6793124408, REGON 384512267. Konto: mBank PL61 1140 2004 0000 3102 7812 4455. Zwroty: 14 dni od otrzymania przesyłki.",
        W - 2 * L,
        "DV",
        6.5,
    )
    pg.save()
    return truth(
        number="FV/2026/03/0412",
        date="2026-03-09",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        doctype="invoice",
        items=items,
        kind="pdf",
        note="marketplace order confirmation + Faktura VAT; order number and marketplace name are distractors; lines computed from gross; 'Pozostało do zapłaty 0,00 zł' (already paid) - total is the invoice gross; amount in words",
    )


def i05(out, name):
    """AT electrician's invoice with Skonto terms, phone photo."""
    V = "Elektro Gruber e.U."
    rows = [
        ("Arbeitszeit Meister (05.03. und 06.03.2026)", D("3.5"), "Std.", D("68.00")),
        ("Arbeitszeit Monteur", D(6), "Std.", D("54.00")),
        ("Fahrtkostenpauschale Graz Stadt", D(1), "Pausch.", D("35.00")),
        ("FI/LS-Schutzschalter 1-pol.+N B16 30 mA", D(2), "Stk.", D("74.90")),
        ("Schuko-Steckdose UP reinweiß inkl. Rahmen", D(6), "Stk.", D("7.45")),
        ("Mantelleitung NYM-J 3x1,5 mm²", D(25), "m", D("1.12")),
        ("Kleinmaterial (Dosen, Klemmen, Befestigung)", D(1), "Pausch.", D("12.50")),
    ]
    amts = [q2(q * u) for _, q, _, u in rows]
    net = sum(amts)
    vat = q2(net * 20 / 100)
    total = net + vat
    skonto = q2(total * 2 / 100)
    buf = io.BytesIO()
    pg = Pg(buf, A4, "Rechnung 2026-047", "DVS")
    W, H = A4
    L = 22 * mm
    pg.c.setFillColorRGB(0.98, 0.8, 0.05)
    p = pg.c.beginPath()
    pts = [(0, 0), (9, 0), (5, -9), (11, -9), (1, -24), (4, -12), (-2, -12)]
    for k, (px, py) in enumerate(pts):
        (p.lineTo if k else p.moveTo)(L + px * mm, H - 14 * mm + py * mm)
    p.close()
    pg.c.drawPath(p, stroke=1, fill=1)
    pg.t(L + 16 * mm, H - 24 * mm, "Elektro Gruber", "DVS-B", 24)
    pg.t(
        L + 16 * mm, H - 31 * mm, "Elektroinstallationen · Photovoltaik · E-Mobilität", "DVS-I", 9.5
    )
    block(
        pg,
        W - 22 * mm,
        H - 18 * mm,
        [
            "Conrad-von-Hötzendorf-Straße 88",
            "8010 Graz",
            "Tel. 0316 48 12 90",
            "office@elektro-gruber.at",
        ],
        "DVS",
        8,
        10.5,
        "r",
    )
    pg.line(L, H - 38 * mm, W - 22 * mm, H - 38 * mm, 1.2, (0.98, 0.8, 0.05))
    pg.t(
        L, H - 48 * mm, "Elektro Gruber e.U., Conrad-von-Hötzendorf-Str. 88, 8010 Graz", "DVS", 6.5
    )
    block(
        pg,
        L,
        H - 56 * mm,
        ["Familie", "Andrea und Thomas Pichler", "Ragnitzstraße 14", "8047 Graz"],
        "DVS",
        10.5,
        13.5,
    )
    kv(
        pg,
        W - 100 * mm,
        W - 22 * mm,
        H - 56 * mm,
        [
            ("Rechnung Nr.:", "2026-047"),
            ("Datum:", "12.03.2026"),
            ("Kunden-Nr.:", "1188"),
            ("Leistungszeitraum:", "05.03.–06.03.2026"),
            ("Ihr Auftrag:", "Angebot A-2026-019 v. 18.02.2026"),
        ],
        "DVS",
        8.5,
        12,
        value_align="r",
    )
    y = H - 98 * mm
    pg.t(L, y, "RECHNUNG", "DVS-B", 16)
    y = pg.para(
        L,
        y - 8 * mm,
        "Für die Erneuerung der Steckdosenstromkreise im Erdgeschoß (Küche und Wohnzimmer) erlauben wir uns wie folgt zu verrechnen:",
        W - 2 * L,
        "DVS",
        9.5,
    )
    y -= 3 * mm
    cols = [
        (L, "l", None),
        (L + 8 * mm, "l", 72 * mm),
        (L + 95 * mm, "r", None),
        (L + 97 * mm, "l", None),
        (L + 136 * mm, "r", None),
        (W - L, "r", None),
    ]
    row(
        pg,
        y,
        cols,
        ["Pos", "Leistung / Material", "Menge", "Einh.", "Einzelpreis", "Betrag €"],
        "DVS-B",
        8.5,
    )
    pg.line(L, y - 3, W - L, y - 3, 0.8)
    y -= 8 * mm
    items = []
    for k, ((d, q, un, u), a) in enumerate(zip(rows, amts, strict=True), 1):
        y = row(
            pg,
            y,
            cols,
            [str(k), d, de(q, 1) if q != int(q) else str(int(q)), un, de(u), de(a)],
            "DVS",
            9,
            12.5,
        )
        y -= 2
        items.append(item(d, q, u, a))
    pg.line(L + 95 * mm, y + 6, W - L, y + 6, 0.5)
    y -= 4 * mm
    y = kv(
        pg,
        L + 95 * mm,
        W - L,
        y,
        [("Nettobetrag", de(net)), ("+ 20 % USt.", de(vat))],
        "DVS",
        9.5,
        13.5,
        value_align="r",
    )
    pg.line(L + 95 * mm, y + 9, W - L, y + 9, 0.5)
    pg.t(L + 95 * mm, y - 1, "Rechnungsbetrag EUR", "DVS-B", 10.5)
    pg.t(W - L, y - 1, de(total), "DVS-B", 10.5, "r")
    pg.line(L + 95 * mm, y - 5, W - L, y - 5, 0.5)
    pg.line(L + 95 * mm, y - 7, W - L, y - 7, 0.5)
    y -= 18 * mm
    y = pg.para(
        L,
        y,
        f"Zahlbar bis 26.03.2026 ohne Abzug. Bei Zahlung bis 19.03.2026 gewähren wir 2 % Skonto ({de(skonto)} €). Die Leistung wurde am 06.03.2026 abgenommen; die Gewährleistung beträgt 2 Jahre ab Abnahme.",
        W - 2 * L,
        "DVS",
        9.5,
        13,
    )
    pg.t(L, y - 8 * mm, "Mit freundlichen Grüßen", "DVS", 9.5)
    pg.t(L, y - 16 * mm, "Markus Gruber", "DVS-I", 12)
    pg.line(L, 28 * mm, W - L, 28 * mm, 0.4)
    fc = [
        ["Elektro Gruber e.U.", "Inh. Ing. Markus Gruber", "FN 412345 k, LG f. ZRS Graz"],
        ["UID: ATU68123456", "Befugnis: Elektrotechnik", "Mitglied der WKO Steiermark"],
        ["Steiermärkische Sparkasse", "IBAN AT12 2081 5000 1234 5678", "BIC STSPAT2GXXX"],
    ]
    for x, lines in zip([L, L + 58 * mm, L + 110 * mm], fc, strict=True):
        block(pg, x, 24 * mm, lines, "DVS", 6.8, 8.8)
    pg.save()
    nr = seeds(name)
    img = render(buf.getvalue(), 170)
    jpg = photo(
        [img],
        nr,
        long_side=2100,
        bg="wood",
        curl=0.0,
        folds=2,
        shadow=True,
        quality=74,
        fill=0.86,
        tilt=0.025,
    )
    (out / f"{name}.jpg").write_bytes(jpg)
    return truth(
        number="2026-047",
        date="2026-03-12",
        due="2026-03-26",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        doctype="invoice",
        items=items,
        kind="photo",
        note="phone photo of a folded A4 craftsman invoice; Skonto date 19.03.2026 and offer date are distractors for the due date 26.03.2026; quantity 3,5 Std",
    )


def i06(out, name):
    """IE accountant's fee note, image-only PDF (scan)."""
    V = "Brennan & Quinlan Accountants Limited"
    fees = [
        ("Preparation of financial statements for the year ended 31 December 2025", D("1450.00")),
        (
            "Preparation and filing of Corporation Tax return (Form CT1) for the year ended 31 December 2025",
            D("400.00"),
        ),
        (
            "Preparation and filing of Annual Return (Form B1) with the Companies Registration Office",
            D("150.00"),
        ),
    ]
    outlay = ("Outlay: CRO filing fee, Form B1 (not subject to VAT)", D("15.00"))
    fee_sum = sum(a for _, a in fees)
    net = fee_sum + outlay[1]
    vat = q2(fee_sum * 23 / 100)
    total = net + vat
    buf = io.BytesIO()
    pg = Pg(buf, A4, "Fee Note 2026/0187", "Times-Roman")
    W, H = A4
    L = 25 * mm
    pg.t(W / 2, H - 25 * mm, "BRENNAN  &  QUINLAN", "Times-Bold", 22, "c")
    pg.t(W / 2, H - 32 * mm, "Chartered Accountants & Registered Auditors", "Times-Italic", 11, "c")
    pg.t(
        W / 2,
        H - 38 * mm,
        "14 Mary Street, Limerick V94 X2K7  ·  Tel +353 61 412 880  ·  office@bq-accountants.ie",
        "Times-Roman",
        8.5,
        "c",
    )
    pg.line(L, H - 41 * mm, W - L, H - 41 * mm, 0.8)
    pg.line(L, H - 42 * mm, W - L, H - 42 * mm, 0.3)
    block(
        pg,
        L,
        H - 56 * mm,
        [
            "The Directors",
            "Ardmore Craft Bakery Ltd",
            "Unit 4, Raheen Business Park",
            "Limerick V94 T6P2",
        ],
        "Times-Roman",
        11,
        14,
    )
    kv(
        pg,
        W - 85 * mm,
        W - 52 * mm,
        H - 56 * mm,
        [
            ("Fee Note No:", "2026/0187"),
            ("Date:", "27 February 2026"),
            ("Client Code:", "ARD001"),
            ("Our Ref:", "PQ/ML"),
        ],
        "Times-Roman",
        10,
        14,
        bold="Times-Bold",
    )
    y = H - 100 * mm
    pg.t(W / 2, y, "FEE NOTE", "Times-Bold", 15, "c")
    y -= 14 * mm
    pg.t(L, y, "To our professional fees for services rendered, including:", "Times-Roman", 11)
    y -= 10 * mm
    items = []
    for d, a in fees:
        pg.t(L + 3 * mm, y, "–", "Times-Roman", 11)
        y2 = pg.para(L + 8 * mm, y, d, 100 * mm, "Times-Roman", 11, 14)
        pg.t(W - L, y2 + 14, en(a), "Times-Roman", 11, "r")
        y = y2 - 5
        items.append(item(d, 1, a, a))
    pg.line(W - L - 28 * mm, y + 8, W - L, y + 8, 0.5)
    pg.t(L + 8 * mm, y - 3, "Professional fees", "Times-Bold", 11)
    pg.t(W - L, y - 3, en(fee_sum), "Times-Roman", 11, "r")
    y -= 12 * mm
    pg.t(L + 8 * mm, y, outlay[0], "Times-Roman", 11)
    pg.t(W - L, y, en(outlay[1]), "Times-Roman", 11, "r")
    items.append(item(outlay[0], 1, outlay[1], outlay[1]))
    y -= 12 * mm
    pg.line(W - L - 28 * mm, y + 10, W - L, y + 10, 0.5)
    y = kv(
        pg,
        L + 8 * mm,
        W - L,
        y,
        [("Total excluding VAT", en(net)), (f"VAT @ 23% on fees of €{en(fee_sum)}", en(vat))],
        "Times-Roman",
        11,
        16,
        value_align="r",
    )
    pg.line(W - L - 28 * mm, y + 11, W - L, y + 11, 0.5)
    pg.t(L + 8 * mm, y - 2, "TOTAL DUE", "Times-Bold", 12)
    pg.t(W - L, y - 2, "€" + en(total), "Times-Bold", 12, "r")
    pg.line(W - L - 28 * mm, y - 6, W - L, y - 6, 0.5)
    pg.line(W - L - 28 * mm, y - 8, W - L, y - 8, 0.5)
    y -= 22 * mm
    y = pg.para(
        L,
        y,
        "Terms: strictly 30 days from the date of this fee note. Please quote the fee note number with your payment.",
        W - 2 * L,
        "Times-Roman",
        10.5,
        14,
    )
    y = block(
        pg,
        L,
        y - 4 * mm,
        [
            "Bank of Ireland, O'Connell Street, Limerick",
            "IBAN: IE29 BOFI 9000 1712 3456 78     BIC: BOFIIE2D",
            "VAT Reg. No.: IE 9712345KH",
        ],
        "Times-Roman",
        10.5,
        14,
    )
    pg.line(L, 26 * mm, W - L, 26 * mm, 0.3)
    pg.para(
        L,
        22 * mm,
        "Brennan & Quinlan Accountants Limited. Registered in Ireland No. 612345. Registered office: 14 Mary Street, Limerick. Directors: P. Quinlan FCA, M. Brennan ACA. Registered to carry on audit work in the Republic of Ireland by Chartered Accountants Ireland.",
        W - 2 * L,
        "Times-Roman",
        7.5,
        9.5,
        align="l",
    )
    pg.save()
    nr = seeds(name)
    img = scan(
        render(buf.getvalue(), 200),
        nr,
        grey=True,
        blur=0.8,
        skew=-1.3,
        noise=5,
        specks=45,
        tone=(240, 240, 240),
    )
    image_pdf(img, out / f"{name}.pdf", 200, quality=78)
    return truth(
        number="2026/0187",
        date="2026-02-27",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="en-IE",
        layout="invoice",
        doctype="invoice",
        items=items,
        kind="scan",
        note="image-only PDF (grey scan, no text layer); fee note with an outlay outside VAT; date written out in words; letterhead wordmark without legal form, legal name only in footer; '30 days' terms, no due date",
    )


def i07(out, name):
    """DK SaaS subscription invoice with a usage line and a discount; born-digital."""
    V = "Fjordlab ApS"
    rows = [
        ("pling Team – abonnement 01.03.2026–31.03.2026", D(5), "brugere", D("149.00")),
        ("Forbrug: SMS-påmindelser sendt i februar 2026", D(1284), "stk.", D("0.18")),
        ("Ekstra lagerplads 50 GB (01.03.–31.03.2026)", D(1), "stk.", D("39.00")),
        ("Rabat: årsaftale 10 % på abonnement", D(1), "", D("-74.50")),
    ]
    amts = [q2(q * u) for _, q, _, u in rows]
    net = sum(amts)
    vat = q2(net * 25 / 100)
    total = net + vat
    pg = Pg(str(out / f"{name}.pdf"), A4, "Faktura 10342", "Helvetica")
    W, H = A4
    L = 20 * mm
    P = (0.42, 0.25, 0.85)
    pg.rect(L, H - 30 * mm, 13 * mm, 13 * mm, fill=P, r=3)
    pg.t(L + 6.5 * mm, H - 26 * mm, "p", "Helvetica-Bold", 22, "c", color=(1, 1, 1))
    pg.t(L + 16 * mm, H - 26 * mm, "pling", "Helvetica-Bold", 22, color=P)
    pg.t(W - L, H - 24 * mm, "Faktura", "Helvetica", 24, "r")
    y = H - 48 * mm
    pg.t(L, y, "Faktureres til", "Helvetica-Bold", 8, color=(0.5, 0.5, 0.5))
    block(
        pg,
        L,
        y - 5 * mm,
        [
            "Nørgaard Tandlægerne ApS",
            "att. Bogholderi",
            "Vestergade 12, 1.",
            "8000 Aarhus C",
            "CVR 38765432",
        ],
        "Helvetica",
        9.5,
        12.5,
    )
    kv(
        pg,
        W - 80 * mm,
        W - L,
        y,
        [
            ("Fakturanr.", "10342"),
            ("Fakturadato", "01.03.2026"),
            ("Forfaldsdato", "08.03.2026"),
            ("Kundenr.", "2207"),
            ("Abonnement", "Team · månedlig"),
        ],
        "Helvetica",
        9,
        12.5,
        value_align="r",
    )
    y -= 42 * mm
    cols = [
        (L, "l", 90 * mm),
        (L + 112 * mm, "r", None),
        (L + 138 * mm, "r", None),
        (W - L, "r", None),
    ]
    row(pg, y, cols, ["Beskrivelse", "Antal", "Enhedspris", "Beløb (DKK)"], "Helvetica-Bold", 8.5)
    pg.line(L, y - 4, W - L, y - 4, 1.0, P)
    y -= 9 * mm
    items = []
    for (d, q, un, u), a in zip(rows, amts, strict=True):
        qs = (de(q, 0) + " " + un).strip() if un else ""
        y = row(pg, y, cols, [d, qs, de(u) if un else "", de(a)], "Helvetica", 9, 12)
        pg.line(L, y + 7, W - L, y + 7, 0.2, (0.8, 0.8, 0.8))
        y -= 3
        items.append(item(d, q, u, a))
    y -= 5 * mm
    X1, X2 = W - 85 * mm, W - L
    y = kv(
        pg,
        X1,
        X2,
        y,
        [("Subtotal ekskl. moms", de(net)), ("Moms 25 %", de(vat))],
        "Helvetica",
        9.5,
        14,
        value_align="r",
    )
    pg.line(X1, y + 10, X2, y + 10, 0.6)
    pg.t(X1, y - 2, "Total DKK", "Helvetica-Bold", 12)
    pg.t(X2, y - 2, de(total) + " kr.", "Helvetica-Bold", 12, "r")
    y -= 20 * mm
    pg.rect(L, y - 20 * mm, W - 2 * L, 24 * mm, fill=(0.96, 0.95, 1.0))
    pg.t(L + 4 * mm, y - 2 * mm, "Betaling", "Helvetica-Bold", 9)
    pg.para(
        L + 4 * mm,
        y - 8 * mm,
        f"Beløbet på {de(total)} kr. trækkes automatisk på dit betalingskort (Visa •••• 4417) på forfaldsdatoen 08.03.2026. Du skal ikke foretage dig noget. Forbrug afregnes bagud for foregående måned; abonnement forud.",
        W - 2 * L - 8 * mm,
        "Helvetica",
        8.5,
    )
    y -= 34 * mm
    pg.t(L, y, "Forbrug af SMS pr. uge (februar 2026)", "Helvetica", 8, color=(0.4, 0.4, 0.4))
    for k, v in enumerate([288, 341, 302, 353]):
        pg.rect(
            L + k * 12 * mm,
            y - 5 * mm - v / 353 * 18 * mm,
            8 * mm,
            v / 353 * 18 * mm,
            fill=P if k == 3 else (0.8, 0.75, 0.95),
        )
        pg.t(L + k * 12 * mm + 4 * mm, y - 27 * mm, f"uge {6 + k}", "Helvetica", 6.5, "c")
    pg.line(L, 20 * mm, W - L, 20 * mm, 0.3)
    pg.t(
        W / 2,
        15 * mm,
        "Fjordlab ApS · Njalsgade 21G · 2300 København S · CVR 41234567 · support@pling.dk · Danske Bank reg. 3409 konto 4412 877 013",
        "Helvetica",
        7,
        "c",
        color=(0.35, 0.35, 0.35),
    )
    pg.save()
    return truth(
        number="10342",
        date="2026-03-01",
        due="2026-03-08",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="DKK",
        locale="da-DK",
        layout="invoice",
        doctype="invoice",
        items=items,
        kind="pdf",
        note="SaaS invoice; product wordmark 'pling' differs from the legal seller named only in the footer; usage line 1.284 stk. x 0,18; negative discount line; card charged on due date",
    )


def i08(out, name):
    """IT wholesaler 'fattura differita' courtesy copy, 2 pages, three IVA rates, line discounts."""
    V = "Ferretti Ingrosso Alimentare S.r.l."
    R = [
        ("DDT", "Rif. DDT n. 1187 del 03/03/2026"),
        ("PA001", "Spaghetti n.5 trafilati al bronzo 5 kg", "CF", "4", "12.80", 0, 4),
        ("PA014", "Rigatoni 3 kg", "CF", "3", "7.90", 0, 4),
        ("OL002", "Olio extravergine di oliva latta 5 L", "PZ", "2", "42.50", 5, 4),
        ("PO010", "Pomodori pelati 2,5 kg", "PZ", "12", "2.85", 0, 4),
        ("FA003", "Farina tipo 00 sacco 25 kg", "SC", "2", "18.40", 0, 4),
        ("LA021", "Mozzarella fior di latte", "KG", "8.5", "7.60", 0, 4),
        ("LA030", "Parmigiano Reggiano DOP 24 mesi", "KG", "3.25", "17.90", 0, 4),
        ("SA012", "Mortadella Bologna IGP", "KG", "4.1", "9.80", 3, 10),
        ("SA015", "Prosciutto crudo disossato", "KG", "7.35", "14.20", 3, 10),
        ("UO001", "Uova fresche cat. A (conf. 30 pz)", "CF", "4", "6.90", 0, 4),
        ("CA005", "Caffè in grani miscela bar 1 kg", "PZ", "6", "16.50", 0, 22),
        ("AC002", "Acqua minerale naturale 0,75 L vetro (cassa 12)", "CS", "10", "7.20", 0, 22),
        ("DDT", "Rif. DDT n. 1231 del 07/03/2026"),
        ("VI011", "Sangiovese di Romagna DOC 0,75 L", "BT", "24", "4.90", 0, 22),
        ("VI020", "Pignoletto frizzante DOC 0,75 L", "BT", "12", "5.60", 0, 22),
        ("BI004", "Biscotti frollini 2 kg", "CF", "3", "9.40", 0, 10),
        ("ZU001", "Zucchero semolato 1 kg", "PZ", "10", "1.05", 0, 10),
        ("CO002", "Aceto balsamico di Modena IGP 1 L", "PZ", "4", "6.75", 0, 10),
        ("SU004", "Piselli fini surgelati 2,5 kg", "BS", "3", "8.20", 0, 4),
        ("CO010", "Sale marino grosso 1 kg", "PZ", "10", "0.45", 0, 10),
        ("DE001", "Detersivo lavastoviglie professionale 10 kg", "TN", "2", "23.90", 10, 22),
        ("CA020", "Tovaglioli carta 2 veli 38x38 (conf. 50)", "CF", "20", "1.35", 0, 22),
        ("TR001", "Spese di trasporto", "NR", "1", "15.00", 0, 22),
    ]
    items, by_rate = [], {}
    calc = []
    for r in R:
        if r[0] == "DDT":
            calc.append(r)
            continue
        code, d, um, q, p, sc, iva = r
        q, p = D(q), D(p)
        a = q2(q * p * (100 - sc) / 100)
        calc.append((code, d, um, q, p, sc, iva, a))
        by_rate[iva] = by_rate.get(iva, Decimal(0)) + a
        items.append(item(d, q, p, a))
    taxes = {k: q2(v * k / 100) for k, v in by_rate.items()}
    net = sum(by_rate.values())
    vat = sum(taxes.values())
    total = net + vat
    pg = Pg(str(out / f"{name}.pdf"), A4, "Fattura 412/B", "DVC")
    W, H = A4
    L = 12 * mm
    BL = (0.15, 0.3, 0.55)

    def head(pno):
        pg.t(L, H - 20 * mm, "FERRETTI", "DV-B", 26, color=BL)
        pg.t(L, H - 26 * mm, "ingrosso alimentare dal 1968", "DVS-I", 9, color=BL)
        block(
            pg,
            L,
            H - 33 * mm,
            [
                "Ferretti Ingrosso Alimentare S.r.l.",
                "Via del Lavoro 41 – 40127 Bologna (BO)",
                "P.IVA e C.F. 02345678901 – REA BO-412233",
                "Tel. 051 632 1180 – ordini@ferrettingrosso.it",
            ],
            "DVC",
            7.5,
            9.5,
        )
        pg.rect(W / 2 + 8 * mm, H - 52 * mm, W / 2 - 8 * mm - L, 36 * mm, stroke=(0, 0, 0), lw=0.6)
        pg.t(W / 2 + 11 * mm, H - 20 * mm, "Spett.le", "DVC", 7.5)
        block(
            pg,
            W / 2 + 11 * mm,
            H - 25.5 * mm,
            [
                "Trattoria Da Nello di Bianchi Marco",
                "Via San Vitale 58",
                "40125 Bologna (BO)",
                "P.IVA 03456789012",
                "Codice destinatario SDI: M5UXCR1",
            ],
            "DVC",
            9,
            11.5,
            bold_first="DVC-B",
        )
        bx = [L, L + 45 * mm, L + 75 * mm, L + 100 * mm, L + 125 * mm, W - L]
        labels = ["Tipo documento", "Numero", "Data", "Cod. cliente", "Pagina"]
        vals = ["FATTURA DIFFERITA (TD24)", "412/B", "10/03/2026", "C00871", f"{pno} di 2"]
        for k in range(5):
            pg.rect(bx[k], H - 66 * mm, bx[k + 1] - bx[k], 10 * mm, stroke=(0, 0, 0), lw=0.5)
            pg.t(bx[k] + 1.5 * mm, H - 59.5 * mm, labels[k], "DVC", 6.2, color=(0.35, 0.35, 0.35))
            pg.t(bx[k] + 1.5 * mm, H - 64 * mm, vals[k], "DVC-B", 8.5)
        pg.line(L, 16 * mm, W - L, 16 * mm, 0.3)
        pg.t(
            L,
            12 * mm,
            "Copia di cortesia: l'originale della fattura elettronica è stato trasmesso al Sistema di Interscambio (SdI). Contributo CONAI assolto ove dovuto.",
            "DVC",
            6.5,
        )
        pg.t(
            L,
            8 * mm,
            "Ferretti Ingrosso Alimentare S.r.l. – Capitale sociale € 100.000,00 i.v. – Registro Imprese di Bologna 02345678901",
            "DVC",
            6.5,
        )

    cols = [
        (L + 1 * mm, "l", None),
        (L + 16 * mm, "l", 78 * mm),
        (L + 98 * mm, "l", None),
        (L + 120 * mm, "r", None),
        (L + 143 * mm, "r", None),
        (L + 153 * mm, "r", None),
        (L + 176 * mm, "r", None),
        (W - L - 1 * mm, "r", None),
    ]

    def thead(y):
        pg.rect(L, y - 2.2 * mm, W - 2 * L, 6.5 * mm, fill=(0.85, 0.89, 0.95))
        row(
            pg,
            y,
            cols,
            ["Codice", "Descrizione", "U.M.", "Quantità", "Prezzo", "Sc.%", "Importo", "IVA"],
            "DVC-B",
            7.8,
        )
        return y - 7.5 * mm

    head(1)
    y = thead(H - 76 * mm)
    for k, r in enumerate(calc):
        if k == 20:
            pg.t(W - L, y - 4 * mm, "segue →", "DVC", 8, "r")
            pg.next_page()
            head(2)
            y = thead(H - 76 * mm)
        if r[0] == "DDT":
            y = row(pg, y, cols, ["", r[1], "", "", "", "", "", ""], "DVC-B", 8, 11)
            continue
        code, d, um, q, p, sc, iva, a = r
        qs = de(q, 3 if q != q.quantize(Decimal("0.01")) else 2)
        y = row(
            pg,
            y,
            cols,
            [code, d, um, qs, de(p, 3), str(sc) if sc else "", de(a), str(iva)],
            "DVC",
            8,
            11,
        )
    y -= 6 * mm
    pg.t(L, y, "Riepilogo IVA", "DVC-B", 8.5)
    rc = [
        (L + 1 * mm, "l", None),
        (L + 18 * mm, "l", None),
        (L + 92 * mm, "r", None),
        (L + 115 * mm, "r", None),
    ]
    y = row(pg, y - 5 * mm, rc, ["Aliquota", "Descrizione", "Imponibile", "Imposta"], "DVC-B", 8)
    for k in sorted(by_rate):
        desc = {4: "IVA 4% beni prima necessità", 10: "IVA 10%", 22: "IVA 22% ordinaria"}[k]
        y = row(pg, y, rc, [f"{k}%", desc, de(by_rate[k]), de(taxes[k])], "DVC", 8, 11)
    X1, X2 = W - 75 * mm, W - L - 1 * mm
    yb = y - 6 * mm
    pg.rect(X1 - 2 * mm, yb - 18 * mm, X2 - X1 + 3 * mm, 23 * mm, stroke=(0, 0, 0), lw=0.6)
    yb = kv(
        pg,
        X1,
        X2,
        yb,
        [("Totale imponibile", de(net)), ("Totale IVA", de(vat))],
        "DVC",
        9,
        12,
        value_align="r",
    )
    pg.t(X1, yb - 4 * mm, "TOTALE DOCUMENTO €", "DVC-B", 10.5)
    pg.t(X2, yb - 4 * mm, de(total), "DVC-B", 10.5, "r")
    y2 = y - 8 * mm
    y2 = block(
        pg,
        L,
        y2,
        [
            "Pagamento: Bonifico bancario 30 gg d.f.f.m.",
            "Banca: BPER Banca – Ag. Bologna 4",
            "IBAN: IT60 X054 2811 1010 0000 0123 456",
            f"Scadenze: 30/04/2026  € {de(total)}",
        ],
        "DVC",
        8.5,
        11.5,
    )
    pg.para(
        L,
        y2 - 14 * mm,
        "Merce viaggiante a cura del cedente. Reclami entro 8 giorni dal ricevimento della merce. Il pagamento oltre la scadenza comporta l'addebito degli interessi di mora ai sensi del D.Lgs. 231/2002.",
        W - 2 * L,
        "DVC",
        7.5,
    )
    pg.save()
    return truth(
        number="412/B",
        date="2026-03-10",
        due="2026-04-30",
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        doctype="invoice",
        items=items,
        kind="pdf",
        note="2-page wholesaler 'fattura differita' (courtesy copy of the SdI e-invoice); 23 lines over three IVA rates with line discounts; DDT reference rows and dates; due date only in 'Scadenze' (30 gg d.f.f.m.)",
    )


# ============================================================================= RECEIPTS
def wordmark(text, font, size, fg=(0, 0, 0), bg=None, align="c", pad=2.0):
    def fn(pg, y, h):
        w = pdfmetrics.stringWidth(text, font, size)
        x = pg.w / 2 if align == "c" else (pg.w - 4 * mm if align == "r" else 4 * mm)
        if bg:
            x0 = x - w / 2 if align == "c" else (x - w if align == "r" else x)
            pg.rect(x0 - pad * mm, y, w + 2 * pad * mm, h, fill=bg, r=2)
        pg.t(x, y + (h - 0.72 * size) / 2, text, font, size, align, fg)

    return fn


def r01(out, name):
    """CH supermarket till receipt, cash with 5-Rappen rounding, phone photo."""
    V = "Alpmarkt Genossenschaft"
    rows = [
        ("Vollmilch UHT 1l", 2, "1.75", "A"),
        ("Ruchbrot 500g", 1, "2.95", "A"),
        ("Emmentaler mild 250g", 1, "4.60", "A"),
        ("Äpfel Gala 1.236kg x 3.90/kg", 1, "4.82", "A"),
        ("Bananen 0.842kg x 2.95/kg", 1, "2.48", "A"),
        ("Rüebli 1kg", 1, "2.20", "A"),
        ("Spaghetti 500g", 1, "1.35", "A"),
        ("Kaffee Bohnen Crema 500g", 1, "7.95", "A"),
        ("  Aktion -20%", 1, "-1.59", "A"),
        ("Mineralwasser 6x1.5l", 1, "4.50", "A"),
        ("WC-Papier 8 Rollen", 1, "5.95", "B"),
        ("Geschirrspülmittel 750ml", 1, "2.90", "B"),
    ]
    rates = {"A": D("2.6"), "B": D("8.1")}
    gross = {"A": Decimal(0), "B": Decimal(0)}
    items = []
    for d, q, u, c in rows:
        a = q * D(u)
        gross[c] += a
        items.append(item(d.strip(), q, D(u), a))
    split = {c: vat_split_gross(gross[c], rates[c]) for c in gross}
    sub = sum(gross.values())
    payable = (sub * 20).quantize(Decimal(1), ROUND_HALF_UP) / 20
    payable = q2(payable)
    rnd = payable - sub
    vat = sum(v for _, v in split.values())
    net = sum(n for n, _ in split.values())
    r = Roll(80, font="DVM", size=7.8)
    r.draw(13 * mm, wordmark("ALPMARKT", "DV-B", 22, (1, 1, 1), (0.9, 0.35, 0.05)))
    r.gap(2)
    for s in [
        "Filiale Winterthur-Töss",
        "Zürcherstrasse 112, 8406 Winterthur",
        "Tel. 052 203 41 10",
    ]:
        r.txt(s, "c")
    r.rule()
    r.lr("14.03.26 10:42", "Kasse 04  Bon 8871")
    r.txt("Es bediente Sie: Fr. Keller")
    r.rule()
    r.lr("Artikel", "CHF", font="DVM-B")
    for d, q, u, c in rows:
        a = q * D(u)
        if q > 1:
            r.txt(d)
            r.lr(f"   {q} x {u}", f"{ch(a)} {c}")
        else:
            r.lr(d, f"{ch(a)} {c}")
    r.rule()
    r.lr("Zwischensumme", ch(sub))
    r.lr("Rundung", ch(rnd))
    r.lr("TOTAL CHF", ch(payable), font="DVM-B", size=10, lead=1.4)
    r.lr("Bar", ch(D("50.00")))
    r.lr("Rückgeld", ch(D("50.00") - payable))
    r.rule()
    r.cols(
        [
            (0, "MWST", "l"),
            (0.22, "Satz", "l"),
            (0.55, "Netto", "r"),
            (0.76, "MWST", "r"),
            (1, "Brutto", "r"),
        ],
        font="DVM-B",
    )
    for c in "AB":
        n, v = split[c]
        r.cols(
            [
                (0, c, "l"),
                (0.22, f"{rates[c]}%", "l"),
                (0.55, ch(n), "r"),
                (0.76, ch(v), "r"),
                (1, ch(gross[c]), "r"),
            ]
        )
    r.cols([(0, "Total", "l"), (0.55, ch(net), "r"), (0.76, ch(vat), "r"), (1, ch(sub), "r")])
    r.rule()
    r.txt("Alpmarkt Karte ****4402", "c")
    r.txt("Punkte heute 41 · Punktestand 1'284", "c")
    r.gap(4)
    r.draw(9 * mm, lambda pg, y, h: barcode(pg, 14 * mm, y, pg.w - 28 * mm, h, 8871))
    r.gap(2)
    r.txt("0414 0871 2603 1404 2", "c", size=7)
    r.gap(3)
    r.txt("Alpmarkt Genossenschaft", "c")
    r.txt("MWST-Nr. CHE-105.987.321 MWST", "c")
    r.txt("Danke für Ihren Einkauf!", "c")
    buf = io.BytesIO()
    r.render(buf, "Bon 8871")
    nr = seeds(name)
    img = render(buf.getvalue(), 220)
    jpg = photo(
        [img], nr, long_side=2200, bg="desk", curl=0.04, folds=1, quality=70, fill=0.9, tilt=0.02
    )
    (out / f"{name}.jpg").write_bytes(jpg)
    return truth(
        number="8871",
        date="2026-03-14",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=payable,
        rounding=rnd,
        currency="CHF",
        locale="de-CH",
        layout="receipt",
        doctype="receipt",
        items=items,
        kind="photo",
        note="phone photo of a curled supermarket receipt; cash 5-Rappen rounding line (-0.01); two MWST rates A 2.6 / B 8.1; 2-digit year; promotion line; legal name only in the footer under the ALPMARKT wordmark",
    )


def r02(out, name):
    """BE bakery ticket on a 58 mm roll, faded thermal, scan."""
    V = "Bakkerij Van Damme BV"
    rows = [
        ("Volkoren brood gesneden", 1, "3.40"),
        ("Pistolets", 6, "0.60"),
        ("Croissant", 2, "1.45"),
        ("Chocoladekoek", 1, "1.80"),
        ("Rijsttaartje", 2, "2.75"),
    ]
    total = sum(q * D(u) for _, q, u in rows)
    net, vat = vat_split_gross(total, D(6))
    r = Roll(58, margin_mm=3, font="DVM", size=7.0)
    r.txt("Bakkerij", "c", font="DVS-B", size=10)
    r.txt("VAN DAMME", "c", font="DVS-B", size=15, lead=1.2)
    r.txt("ambachtelijke bakker sinds 1987", "c", font="DVS-I", size=6.8)
    r.gap(2)
    r.txt("Sint-Pietersnieuwstraat 54", "c")
    r.txt("9000 Gent  -  09 223 45 18", "c")
    r.rule()
    r.txt("Ticketnr. 2291    Kassa 1")
    r.txt("07/03/2026   08:12   Verkoper: An")
    r.rule()
    items = []
    for d, q, u in rows:
        a = q * D(u)
        r.txt(d)
        r.lr(f"  {q} x {de(D(u))}", f"{de(a)} A")
        items.append(item(d, q, D(u), a))
    r.rule()
    r.lr("TOTAAL EUR", de(total), font="DVM-B", size=9, lead=1.4)
    r.lr("Bancontact", de(total))
    r.rule()
    r.cols([(0, "BTW", "l"), (0.45, "Basis", "r"), (0.72, "BTW", "r"), (1, "Totaal", "r")])
    r.cols([(0, "A 6%", "l"), (0.45, de(net), "r"), (0.72, de(vat), "r"), (1, de(total), "r")])
    r.rule()
    r.txt("FDM ID: FDM02031187", size=6.3)
    r.txt("Tellers: NS 2291/2291  PS 0/2291", size=6.3)
    r.txt("Handtekening: 7KQ2 M9XA 4PLC 0D1E", size=6.3)
    r.txt("Datum FDM: 07/03/2026 08:12:41", size=6.3)
    r.rule()
    r.txt("Bakkerij Van Damme BV", "c")
    r.txt("BTW BE 0712.345.678", "c")
    r.txt("Bedankt en tot morgen!", "c")
    buf = io.BytesIO()
    r.render(buf, "Ticket 2291")
    nr = seeds(name)
    img = scan(
        render(buf.getvalue(), 300),
        nr,
        grey=True,
        blur=0.9,
        skew=1.6,
        noise=5,
        specks=20,
        fade=0.45,
        pad=60,
        bed=(236, 236, 236),
    )
    save_img(img, out / f"{name}.png")
    return truth(
        number="2291",
        date="2026-03-07",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-BE",
        layout="receipt",
        doctype="receipt",
        items=items,
        kind="scan",
        note="58 mm bakery ticket, faded thermal print scanned at 300 dpi with skew; single 6% rate; FDM (fiscal data module) counters and signature lines; legal form only in the footer",
    )


def r03(out, name):
    """ES pharmacy simplified invoice with card slip printed under it; image-only PDF."""
    V = "Farmacia Ortega Ruiz"
    rows = [
        ("IBUPROFENO 600 MG 40 COMP", 1, "2.97", 4),
        ("PARACETAMOL 1 G 20 COMP", 1, "2.50", 4),
        ("SUERO FISIOLOGICO 30 MONOD", 1, "4.95", 10),
        ("CREMA SOLAR SPF50+ 200 ML", 1, "18.95", 21),
        ("CEPILLO DENTAL MEDIO", 2, "3.45", 21),
    ]
    gross = {}
    items = []
    for d, q, u, t in rows:
        gross[t] = gross.get(t, Decimal(0)) + q * D(u)
        items.append(item(d, q, D(u), q * D(u)))
    split = {t: vat_split_gross(g, D(t)) for t, g in gross.items()}
    total = sum(gross.values())
    vat = sum(v for _, v in split.values())
    net = sum(n for n, _ in split.values())
    r = Roll(80, font="DVM", size=7.6)

    def cross(pg, y, h):
        cx, cy, s = pg.w / 2, y + h / 2, h / 2
        pg.fill((0.1, 0.6, 0.25))
        pg.c.rect(cx - s / 3, cy - s, 2 * s / 3, 2 * s, stroke=0, fill=1)
        pg.c.rect(cx - s, cy - s / 3, 2 * s, 2 * s / 3, stroke=0, fill=1)
        pg.fill((0, 0, 0))

    r.draw(10 * mm, cross)
    r.gap(2)
    r.txt("FARMACIA ORTEGA RUIZ", "c", font="DVM-B", size=10, lead=1.4)
    for s in [
        "Lda. María José Ortega Ruiz",
        "C/ Alcalá 212 - 28028 Madrid",
        "Tel. 913 56 22 10",
        "NIF: 50812345K",
    ]:
        r.txt(s, "c")
    r.rule()
    r.txt("FACTURA SIMPLIFICADA", "c", font="DVM-B")
    r.lr("Nº: T26-004812", "11/03/2026 18:05")
    r.txt("Caja 2 · Atendido por: Lucía")
    r.rule()
    r.cols([(0, "UDS DESCRIPCIÓN", "l"), (0.78, "IVA", "r"), (1, "IMPORTE", "r")], font="DVM-B")
    for d, q, u, t in rows:
        r.cols([(0, f"{q:>2}  {d}", "l")])
        r.cols([(0.06, f"PVP {de(D(u))}", "l"), (0.78, f"{t}%", "r"), (1, de(q * D(u)), "r")])
    r.rule()
    r.lr("TOTAL (IVA incl.)", de(total) + " €", font="DVM-B", size=9.5, lead=1.4)
    r.lr("Pago con TARJETA", de(total))
    r.rule()
    r.cols(
        [(0, "%IVA", "l"), (0.4, "BASE", "r"), (0.68, "CUOTA", "r"), (1, "TOTAL", "r")],
        font="DVM-B",
    )
    for t in sorted(split):
        n, v = split[t]
        r.cols([(0, f"{t}%", "l"), (0.4, de(n), "r"), (0.68, de(v), "r"), (1, de(gross[t]), "r")])
    r.cols([(0, "SUMA", "l"), (0.4, de(net), "r"), (0.68, de(vat), "r"), (1, de(total), "r")])
    r.rule()
    r.txt("Gracias por su confianza", "c")
    r.txt("Conserve este ticket para cambios", "c")
    r.gap(6)
    r.rule(dash=False, lw=0.3)
    r.txt("COPIA PARA EL CLIENTE", "c", font="DVM-B")
    for a, b in [
        ("COMERCIO:", "FARMACIA ORTEGA RUIZ"),
        ("Nº COMERCIO:", "341229807"),
        ("TERMINAL:", "00412233"),
        ("TARJETA:", "VISA DEBITO"),
        ("", "************4821"),
        ("OPERACIÓN:", "VENTA"),
        ("FECHA:", "11/03/2026 18:06"),
        ("Nº OPER.:", "004218"),
        ("AUT.:", "082214"),
        ("ARC:", "00  ATC: 0512"),
    ]:
        r.lr(a, b)
    r.lr("IMPORTE:", de(total) + " EUR", font="DVM-B", size=9, lead=1.4)
    r.txt("OPERACIÓN AUTORIZADA - PIN VERIFICADO", "c")
    r.gap(2)
    buf = io.BytesIO()
    r.render(buf, "T26-004812")
    nr = seeds(name)
    img = scan(
        render(buf.getvalue(), 200),
        nr,
        grey=True,
        blur=0.75,
        skew=-0.8,
        noise=4,
        specks=25,
        fade=0.6,
        pad=40,
        bed=(245, 245, 245),
    )
    image_pdf(img, out / f"{name}.pdf", 200, quality=80)
    return truth(
        number="T26-004812",
        date="2026-03-11",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        doctype="receipt",
        items=items,
        kind="scan",
        note="image-only PDF of a pharmacy 'factura simplificada'; three IVA rates 4/10/21 with desglose table; card slip printed under the receipt repeats the total; pharmacist's personal name next to the pharmacy name",
    )


def r04(out, name):
    """CZ fuel station receipt with the card slip lying beside it; phone photo."""
    V = "Petra Oil s.r.o."
    rows = [
        ("Natural 95  stojan 4", D("38.62"), D("38.90"), 21, "l"),
        ("AdBlue 10 l", D(1), D("199.00"), 21, "ks"),
        ("Káva latte 0,3 l", D(1), D("59.00"), 12, "ks"),
        ("Bageta šunka-sýr", D(1), D("69.90"), 12, "ks"),
    ]
    gross, items = {}, []
    for d, q, u, t, _un in rows:
        a = q2(q * u)
        gross[t] = gross.get(t, Decimal(0)) + a
        items.append(item(d, q, u, a))
    split = {t: vat_split_gross(g, D(t)) for t, g in gross.items()}
    total = sum(gross.values())
    vat = sum(v for _, v in split.values())
    net = sum(n for n, _ in split.values())
    r = Roll(80, font="DVM", size=7.6)

    def logo(pg, y, h):
        cx = pg.w / 2 - 20 * mm
        pg.fill((0.05, 0.55, 0.3))
        pg.c.circle(cx, y + h * 0.42, h * 0.32, stroke=0, fill=1)
        p = pg.c.beginPath()
        p.moveTo(cx - h * 0.3, y + h * 0.5)
        p.lineTo(cx, y + h * 0.98)
        p.lineTo(cx + h * 0.3, y + h * 0.5)
        p.close()
        pg.c.drawPath(p, stroke=0, fill=1)
        pg.t(cx + 7 * mm, y + h * 0.25, "PETRA", "DV-B", 24, color=(0.05, 0.55, 0.3))

    r.draw(13 * mm, logo)
    r.gap(2)
    r.txt("Čerpací stanice Brno - Tuřany", "c")
    r.txt("Tuřanka 1520/12, 627 00 Brno", "c")
    r.rule()
    r.txt("DAŇOVÝ DOKLAD", "c", font="DVM-B", size=9)
    r.lr("Číslo dokladu:", "1042/2026/003871")
    r.lr("Datum a čas:", "18.03.2026 07:26")
    r.lr("Pokladna:", "2   Obsluha: 07")
    r.rule()
    for d, q, u, t, un in rows:
        r.txt(d)
        r.lr(
            f"  {fr(q, 2 if un == 'l' else 0)} {un} x {fr(u)}",
            f"{fr(q2(q * u))}  {'A' if t == 21 else 'B'}",
        )
    r.rule()
    r.lr("CELKEM K ÚHRADĚ", fr(total) + " Kč", font="DVM-B", size=9.5, lead=1.4)
    r.lr("Platební karta", fr(total))
    r.rule()
    r.cols(
        [(0, "Sazba", "l"), (0.42, "Základ", "r"), (0.68, "DPH", "r"), (1, "Celkem", "r")],
        font="DVM-B",
    )
    for t, code in [(21, "A"), (12, "B")]:
        n, v = split[t]
        r.cols(
            [
                (0, f"{code} {t} %", "l"),
                (0.42, fr(n), "r"),
                (0.68, fr(v), "r"),
                (1, fr(gross[t]), "r"),
            ]
        )
    r.rule()
    r.txt("Věrnostní karta **** 5512  body +18", "c")
    r.gap(2)
    r.txt("Provozovatel:", "c", size=6.8)
    r.txt("Petra Oil s.r.o.", "c", size=6.8)
    r.txt("Na Florenci 2116/15, 110 00 Praha 1", "c", size=6.8)
    r.txt("IČO: 27123456  DIČ: CZ27123456", "c", size=6.8)
    r.txt("Spisová zn. C 112233 MS v Praze", "c", size=6.8)
    r.txt("Děkujeme a přejeme šťastnou cestu", "c", size=6.8)
    b1 = io.BytesIO()
    r.render(b1, "1042/2026/003871")
    s = Roll(58, margin_mm=3, font="DVM", size=7.0)
    for a in ["PETRA OIL S.R.O.", "CS BRNO TURANY", "TURANKA 1520/12 BRNO"]:
        s.txt(a, "c")
    s.rule()
    for a, b in [
        ("TID:", "77120345"),
        ("MID:", "000120447851"),
        ("DATUM:", "18.03.2026"),
        ("ČAS:", "07:27:02"),
    ]:
        s.lr(a, b)
    s.rule()
    s.txt("PRODEJ", "c", font="DVM-B", size=9, lead=1.4)
    s.txt("MASTERCARD bezkontaktně", "c")
    s.txt("**** **** **** 9035", "c")
    s.gap(2)
    s.lr("ČÁSTKA:", fr(total) + " CZK", font="DVM-B", size=8)
    s.gap(2)
    for a, b in [("AUT. KÓD:", "51B7C2"), ("ODPOVĚĎ:", "00"), ("AID:", "A0000000041010")]:
        s.lr(a, b)
    s.rule()
    s.txt("SCHVÁLENO", "c", font="DVM-B", size=9)
    s.txt("Doklad pro zákazníka", "c")
    b2 = io.BytesIO()
    s.render(b2, "slip")
    nr = seeds(name)
    img1, img2 = render(b1.getvalue(), 200), render(b2.getvalue(), 200)
    jpg = photo(
        [img1, img2],
        nr,
        long_side=2300,
        bg="wood",
        curl=0.02,
        folds=1,
        quality=68,
        fill=0.92,
        tilt=0.02,
    )
    (out / f"{name}.jpg").write_bytes(jpg)
    return truth(
        number="1042/2026/003871",
        date="2026-03-18",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="CZK",
        locale="cs-CZ",
        layout="receipt",
        doctype="receipt",
        items=items,
        kind="photo",
        note="phone photo: fuel receipt plus a separate card-terminal slip lying beside it; DPH 21/12 table; space thousands '1 830,22 Kč'; station address vs operator (legal name) in the footer",
    )


def r05(out, name):
    """PT restaurant 'fatura simplificada' with a tip line after the total; scan JPG."""
    V = "Tasca do Zé Restauração, Lda."
    rows = [
        ("Bitoque c/ ovo", 2, "11.50", 13),
        ("Polvo à lagareiro", 1, "18.50", 13),
        ("Vinho casa tinto 0,5L", 1, "7.00", 23),
        ("Água mineral 0,5L", 2, "1.50", 13),
        ("Arroz doce", 1, "3.80", 13),
        ("Café", 2, "0.90", 13),
    ]
    gross, items = {}, []
    for d, q, u, t in rows:
        a = q * D(u)
        gross[t] = gross.get(t, Decimal(0)) + a
        items.append(item(d, q, D(u), a))
    split = {t: vat_split_gross(g, D(t)) for t, g in gross.items()}
    sub = sum(gross.values())
    vat = sum(v for _, v in split.values())
    net = sum(n for n, _ in split.values())
    tip = D("5.00")
    total = sub + tip
    r = Roll(80, font="DVC", size=8.2)
    r.txt("Tasca do Zé", "c", font="DVS-B", size=17, lead=1.3)
    r.txt("petiscos · vinhos · fado às sextas", "c", font="DVS-I", size=7.5)
    r.gap(3)
    for s in [
        "TASCA DO ZÉ RESTAURAÇÃO, LDA.",
        "Rua da Madalena 147, 1100-319 Lisboa",
        "NIF 514 823 017  ·  Tel. 218 870 441",
    ]:
        r.txt(s, "c")
    r.rule()
    r.txt("FATURA SIMPLIFICADA  FS 2026A/1843", "l", font="DVC-B")
    r.txt("ATCUD: JJ3K7M9P-1843")
    r.lr("Data: 2026-03-13 21:47", "Mesa 7 · Emp.: Rui")
    r.txt("Contribuinte: consumidor final")
    r.rule()
    r.cols(
        [
            (0, "Qtd", "l"),
            (0.1, "Descrição", "l"),
            (0.62, "P.Unit", "r"),
            (0.76, "IVA", "r"),
            (1, "Total", "r"),
        ],
        font="DVC-B",
    )
    for d, q, u, t in rows:
        r.cols(
            [
                (0, str(q), "l"),
                (0.1, d, "l"),
                (0.62, de(D(u)), "r"),
                (0.76, f"{t}%", "r"),
                (1, de(q * D(u)), "r"),
            ]
        )
    r.rule()
    r.lr("TOTAL", de(sub) + " €", font="DVC-B", size=11, lead=1.35)
    r.gap(2)
    r.cols(
        [(0, "Taxa", "l"), (0.45, "Incidência", "r"), (0.7, "IVA", "r"), (1, "Total", "r")],
        font="DVC-B",
    )
    for t in sorted(split):
        n, v = split[t]
        r.cols(
            [(0, f"IVA {t}%", "l"), (0.45, de(n), "r"), (0.7, de(v), "r"), (1, de(gross[t]), "r")]
        )
    r.rule()
    r.lr("Gorjeta / Tip", de(tip))
    r.lr("TOTAL PAGO", de(total) + " €", font="DVC-B", size=10, lead=1.35)
    r.lr("Multibanco", de(total))
    r.rule()
    r.draw(22 * mm, lambda pg, y, h: qr(pg, pg.w / 2 - h / 2, y, h, 1843))
    r.gap(3)
    r.txt("IVA incluído à taxa em vigor", "c", size=7.2)
    r.txt("Processado por programa certificado n.º 2417/AT", "c", size=7.2)
    r.txt("Obrigado pela visita! Volte sempre.", "c")
    buf = io.BytesIO()
    r.render(buf, "FS 2026A/1843")
    nr = seeds(name)
    img = scan(
        render(buf.getvalue(), 240),
        nr,
        grey=True,
        blur=0.7,
        skew=-1.9,
        noise=4.5,
        specks=30,
        fade=0.7,
        pad=50,
        bed=(248, 248, 248),
    )
    save_img(img, out / f"{name}.jpg", jpeg=82)
    return truth(
        number="FS 2026A/1843",
        date="2026-03-13",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        tip=tip,
        currency="EUR",
        locale="pt-PT",
        layout="receipt",
        doctype="receipt",
        items=items,
        kind="scan",
        note="restaurant receipt: 'TOTAL 57,10' then 'Gorjeta 5,00' and 'TOTAL PAGO 62,10' (total keyed incl. tip); IVA 13/23 table; ISO date; ATCUD code; trading name as wordmark, legal name under it",
    )


def r06(out, name):
    """SE hardware store e-receipt (born-digital PDF, 80 mm) with card slip appended."""
    V = "Hedlunds Järnhandel AB"
    rows = [
        ("Träskruv 4,0x40 200 st", 2, "89.00"),
        ("Spackel lätt 1 l", 1, "129.00"),
        ("Pensel 50 mm", 2, "45.90"),
        ("Väggfärg vit matt 10 l", 1, "899.00"),
        ("  Rabatt 15 %", 1, "-134.85"),
        ("Maskeringstejp 36 mm", 3, "39.90"),
        ("Bärkasse papper", 1, "3.00"),
    ]
    total = sum(q * D(u) for _, q, u in rows)
    net, vat = vat_split_gross(total, D(25))
    r = Roll(80, font="DV", size=7.8)
    r.txt("HEDLUNDS", "c", font="DV-B", size=20, lead=1.15)
    r.txt("JÄRN  &  BYGG", "c", font="DV", size=8, lead=1.6)
    for s in ["Stora Gatan 31, 722 12 Västerås", "Tel 021-13 45 60 · hedlunds.se"]:
        r.txt(s, "c")
    r.rule()
    r.lr("Kvitto 41-0087", "2026-03-14 11:23")
    r.lr("Kassa 2", "Kassör: Linnea")
    r.rule()
    items = []
    for d, q, u in rows:
        a = q * D(u)
        if q > 1:
            r.txt(d)
            r.lr(f"    {q} st à {fr(D(u))}", fr(a))
        else:
            r.lr(d, fr(a))
        items.append(item(d.strip(), q, D(u), a))
    r.rule()
    r.lr("Totalt SEK", fr(total), font="DV-B", size=11, lead=1.35)
    r.gap(2)
    r.cols(
        [(0, "Moms %", "l"), (0.4, "Moms", "r"), (0.7, "Netto", "r"), (1, "Brutto", "r")],
        font="DV-B",
    )
    r.cols([(0, "25,00", "l"), (0.4, fr(vat), "r"), (0.7, fr(net), "r"), (1, fr(total), "r")])
    r.rule()
    r.lr("Kort", fr(total))
    r.txt("Öppet köp 30 dagar mot uppvisande av kvitto.", "c", size=7)
    r.gap(6)
    r.rule(dash=False)
    r.txt("KORTKVITTO", "c", font="DV-B", size=9)
    for a, b in [
        ("Butik", "HEDLUNDS JARN VASTERAS"),
        ("Term.id", "18822041"),
        ("Kort", "Mastercard ************7730"),
        ("Läsmetod", "Kontaktlös"),
        ("Ref", "441208 011523"),
        ("Tid", "2026-03-14 11:23:51"),
    ]:
        r.lr(a, b, size=7.2)
    r.lr("KÖP", fr(total) + " SEK", font="DV-B", size=9, lead=1.4)
    r.txt("GODKÄND", "c", font="DV-B")
    r.txt("Spara kvittot", "c", size=7)
    r.rule(dash=False)
    r.txt("Hedlunds Järnhandel AB", "c", size=7)
    r.txt("Org.nr 556123-4567", "c", size=7)
    r.txt("Momsreg.nr SE556123456701", "c", size=7)
    r.txt("Digitalt kvitto skickat till k.holm@outlook.com", "c", size=7)
    r.render(str(out / f"{name}.pdf"), "Kvitto 41-0087")
    return truth(
        number="41-0087",
        date="2026-03-14",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="SEK",
        locale="sv-SE",
        layout="receipt",
        doctype="receipt",
        items=items,
        kind="pdf",
        note="born-digital 80 mm e-receipt; space thousands '1 285,65'; discount line under a product; card slip appended with the same total; wordmark 'HEDLUNDS' with legal name only in the footer",
    )


def r07(out, name):
    """DE kiosk receipt on a 76 mm roll with TSE block, cash, curled phone photo."""
    V = "Kiosk am Markt"
    rows = [
        ("Zigaretten 20 Stk", 1, "9.20", "A"),
        ("HNA Tageszeitung", 1, "2.40", "B"),
        ("Zeitschrift Auto Motor", 1, "4.90", "B"),
        ("Cola 0,5l PET", 2, "1.80", "A"),
        ("Pfand Einweg", 2, "0.25", "A"),
        ("Kaugummi Spearmint", 1, "1.29", "A"),
    ]
    rates = {"A": D(19), "B": D(7)}
    gross, items = {"A": Decimal(0), "B": Decimal(0)}, []
    for d, q, u, c in rows:
        gross[c] += q * D(u)
        items.append(item(d, q, D(u), q * D(u)))
    split = {c: vat_split_gross(gross[c], rates[c]) for c in gross}
    total = sum(gross.values())
    vat = sum(v for _, v in split.values())
    net = sum(n for n, _ in split.values())
    r = Roll(76, font="DVM", size=8.0)
    r.txt("Kiosk am Markt", "c", font="DVM-B", size=13, lead=1.3)
    for s in [
        "Tabak · Presse · Lotto",
        "Inh. Mehmet Yılmaz",
        "Marktplatz 3 · 34117 Kassel",
        "St.-Nr. 026 812 34567",
    ]:
        r.txt(s, "c")
    r.rule()
    for d, q, u, c in rows:
        a = q * D(u)
        if q > 1:
            r.lr(f"{q} x {d}", f"{de(a)} {c}")
        else:
            r.lr(d, f"{de(a)} {c}")
    r.rule()
    r.lr("SUMME EUR", de(total), font="DVM-B", size=10, lead=1.4)
    r.lr("Bar", de(D("25.00")))
    r.lr("Rückgeld", de(D("25.00") - total))
    r.rule()
    r.cols(
        [
            (0, "", "l"),
            (0.18, "MwSt", "l"),
            (0.56, "Netto", "r"),
            (0.78, "Steuer", "r"),
            (1, "Brutto", "r"),
        ]
    )
    for c in "AB":
        n, v = split[c]
        r.cols(
            [
                (0, c, "l"),
                (0.18, f"{rates[c]}%", "l"),
                (0.56, de(n), "r"),
                (0.78, de(v), "r"),
                (1, de(gross[c]), "r"),
            ]
        )
    r.rule()
    r.lr("Beleg-Nr. 28817", "16.03.2026 07:41")
    r.txt("Kasse 1  Bediener 2")
    r.gap(3)
    for s in [
        "TSE-Transaktion: 188412",
        "TSE-Start: 2026-03-16T07:41:12",
        "TSE-Stop:  2026-03-16T07:41:40",
        "TSE-Sig.-Zähler: 376611",
        "TSE-Seriennr.: 3f9a1c77e04b2d95a8c1",
        "  06e2b4f77c0d9a13f5e8b62c4d1a",
        "TSE-Signatur:",
        "  MEUCIQDl2kq9Zr7cX1nVb0aH4yW",
        "  3pT8sKfUeR6jN5oLmQgBvAiIgc2",
    ]:
        r.txt(s, size=6.8)
    r.gap(3)
    r.txt("Vielen Dank und bis morgen!", "c")
    buf = io.BytesIO()
    r.render(buf, "Beleg 28817")
    nr = seeds(name)
    img = render(buf.getvalue(), 220)
    jpg = photo(
        [img],
        nr,
        long_side=1900,
        bg="cloth",
        curl=0.05,
        folds=2,
        quality=66,
        fill=0.9,
        tilt=0.025,
        light=(0.72, 1.05),
    )
    (out / f"{name}.jpg").write_bytes(jpg)
    return truth(
        number="28817",
        date="2026-03-16",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        doctype="receipt",
        items=items,
        kind="photo",
        note="curled, creased kiosk receipt photographed on a dark cloth; MwSt A 19 / B 7 table; cash with change; Pfand line; long TSE block with ISO timestamps and counters; owner name 'Inh.' under the shop name",
    )


def r08(out, name):
    """AT Kaffeehaus bill with RKSV QR and card slip under it; scan downscaled to ~650 px."""
    V = "Weidinger Gastronomie GmbH"
    rows = [
        ("Wiener Melange", 2, "4.90", 20),
        ("Einspänner", 1, "5.40", 20),
        ("Sachertorte", 1, "5.60", 10),
        ("Apfelstrudel mit Schlag", 1, "5.90", 10),
        ("Soda Zitron 0,3", 1, "3.60", 20),
    ]
    gross, items = {}, []
    for d, q, u, t in rows:
        gross[t] = gross.get(t, Decimal(0)) + q * D(u)
        items.append(item(d, q, D(u), q * D(u)))
    split = {t: vat_split_gross(g, D(t)) for t, g in gross.items()}
    total = sum(gross.values())
    vat = sum(v for _, v in split.values())
    net = sum(n for n, _ in split.values())
    r = Roll(80, font="DV", size=8.2)
    r.txt("Café Weidinger", "c", font="DVS-B", size=17, lead=1.25)
    r.txt("— seit 1912 —", "c", font="DVS-I", size=8)
    r.txt("Lerchenfelder Gürtel 1, 1160 Wien", "c")
    r.rule()
    r.lr("Rechnung Nr. 2026/11876", "Tisch 12")
    r.lr("17.03.2026  15:32", "Kellner: Stefan")
    r.rule()
    for d, q, u, _t in rows:
        r.lr(f"{q} x {d}", de(q * D(u)))
    r.rule()
    r.lr("Summe EUR", de(total), font="DV-B", size=11, lead=1.35)
    r.gap(2)
    for t in sorted(split, reverse=True):
        _n, v = split[t]
        r.lr(f"  {t}% MwSt von {de(gross[t])}", de(v), size=7.6)
    r.lr("  Netto", de(net), size=7.6)
    r.lr("Bankomat / Debitkarte", de(total))
    r.rule()
    r.draw(24 * mm, lambda pg, y, h: qr(pg, pg.w / 2 - h / 2, y, h, 11876, n=29))
    r.gap(2)
    r.txt("Kassen-ID: WEID-K1 · Beleg 11876", "c", size=7)
    r.txt("Weidinger Gastronomie GmbH", "c", size=7)
    r.txt("FN 198765 t · UID ATU51234567", "c", size=7)
    r.txt("Danke für Ihren Besuch!", "c")
    r.gap(6)
    r.rule(dash=False)
    r.txt("*** KUNDENBELEG ***", "c", font="DVM-B", size=8)
    for a, b in [
        ("CAFE WEIDINGER", ""),
        ("TID", "60214477"),
        ("Datum", "17.03.2026 15:33"),
        ("Karte", "Debit Mastercard"),
        ("PAN", "XXXX XXXX XXXX 2208"),
        ("Beleg-Nr.", "0331"),
        ("Autor.-Code", "771042"),
    ]:
        r.lr(a, b, font="DVM", size=7.4)
    r.lr("KAUF EUR", de(total), font="DVM-B", size=9, lead=1.4)
    r.txt("Transaktion OK", "c", font="DVM", size=7.4)
    buf = io.BytesIO()
    r.render(buf, "2026/11876")
    nr = seeds(name)
    img = scan(
        render(buf.getvalue(), 300),
        nr,
        grey=True,
        blur=0.8,
        skew=1.1,
        noise=4,
        specks=15,
        fade=0.65,
        pad=50,
        bed=(240, 240, 240),
        width=650,
    )
    save_img(img, out / f"{name}.png")
    return truth(
        number="2026/11876",
        date="2026-03-17",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="receipt",
        doctype="receipt",
        items=items,
        kind="scan",
        note="cafe bill scanned and downscaled to 650 px wide; MwSt 20/10 printed as 'x% MwSt von gross' lines plus a Netto line; RKSV QR box; debit-card slip under the bill; trading name 'Café Weidinger' header, legal GmbH only in small footer",
    )


# ============================================================================= driver
DOCS = {
    "i01": (i01, "DE", "cloud hosting monthly invoice"),
    "i02": (i02, "NL", "mobile telecom bill (2 pages)"),
    "i03": (i03, "FR", "electricity bill"),
    "i04": (i04, "PL", "marketplace order invoice"),
    "i05": (i05, "AT", "electrician's invoice"),
    "i06": (i06, "IE", "accountant's fee note"),
    "i07": (i07, "DK", "SaaS subscription + usage"),
    "i08": (i08, "IT", "wholesaler invoice (2 pages)"),
    "r01": (r01, "CH", "supermarket"),
    "r02": (r02, "BE", "bakery"),
    "r03": (r03, "ES", "pharmacy"),
    "r04": (r04, "CZ", "fuel station"),
    "r05": (r05, "PT", "restaurant with tip"),
    "r06": (r06, "SE", "hardware store"),
    "r07": (r07, "DE", "kiosk / tobacconist"),
    "r08": (r08, "AT", "café"),
}

README_HEAD = """# Blind set 2026-14k — a new customer's first month (Europe)

Generated by `bench/blindsets/blind_2026_14k.py` (`python -m bench.blindsets.blind_2026_14k [OUTDIR] [--only NAME]`).
Every document is drawn by its own function with reportlab (`invariant=1`); every random choice
(scan skew, noise, photo perspective, lighting, ...) is seeded with the CRC-32 of the document's
name, so re-runs are byte-identical. The set was written blind: without looking at the product's
code, tests, docs or other bench sets.

## How the set is drawn
Ordinary documents as real billing systems and shops print them, dated February/March 2026:
8 invoices (cloud hosting, mobile telecom, electricity, marketplace order, craftsman, accountant's
fee note, SaaS with usage, wholesaler) from 8 countries and 8 till receipts (supermarket, bakery,
pharmacy, fuel, restaurant with tip, hardware store, kiosk, café) from 8 more; DE and AT appear
twice. Local date and number formats, local tax names (USt./MwSt., MWST, TVA, btw/BTW, VAT, moms,
IVA, VAT (PL), DPH). The seller's name sits where real documents put it: a wordmark, a header line,
a sender line above the address window, a "Sprzedawca" block, a footer legal line, bank details or
an e-mail domain; several documents show only a brand wordmark plus the legal name in small print.

Kinds:
* `pdf` — born-digital PDF with a text layer (A4 invoices, one 80 mm e-receipt).
* `scan` — rendered with pypdfium2 at 200–300 dpi, paper tone, slight skew, blur, noise, specks,
  thermal fading for receipts; one downscaled to 650 px wide; two are image-only PDFs (the degraded
  scan embedded as the only page content, no text layer).
* `photo` — perspective onto a wood / desk / cloth texture, drop shadow, uneven light, a soft
  shadow wedge, creases, curl for receipts, JPEG quality 66–74, long side 1,900–2,300 px.

## Truth conventions
* `amount` = net before tax as printed (for tax-inclusive receipts: the sum of the printed net
  column of the VAT table, which equals total − vat − tip − rounding); `vat` = sum of all VAT
  amounts printed (null only if none is printed; none here); `total` = the amount the document
  charges. Every file satisfies `amount + vat + tip + rounding == total` (checked by the generator).
* Tip: r05 prints `TOTAL 57,10`, then `Gorjeta / Tip 5,00` and `TOTAL PAGO 62,10`; `total` is
  keyed **62.10** (incl. tip), amount/vat come from the IVA table of the 57,10.
* Rounding: r01 (CH) prints `Zwischensumme 41.61`, `Rundung -0.01`, `TOTAL CHF 41.60`; `total` is
  keyed **41.60** (the rounded amount paid); amount/vat come from the MWST table.
* i03 (FR electricity): excise duty (accise) and CTA are printed as lines inside `Total HT`;
  `amount` is the printed Total HT (incl. those levies) and `vat` is the TVA only.
* i06 (IE fee note): the VAT-free outlay is part of `amount` (printed as "Total excluding VAT").
* i04 (PL): total is the invoice gross (`Razem`), although the page says `Pozostało do zapłaty
  0,00 zł` because it was paid online.
* Discounts are line items with a negative amount (i02, i07, r01, r06); line discounts in i08 are
  applied inside the line amount. No credit notes in this set.
* `invoice_number`: the document's own number exactly as printed (spaces kept, e.g. i02
  `7104 2236 881`); for receipts the receipt / bill / ticket / Beleg number, not the till, terminal
  or card-slip numbers. `due_date` only when a date is printed as the due / payment date (Skonto
  dates, offer dates and "30 days" terms are not due dates).
* `vendor_name`: the selling legal entity as printed, with its legal form when printed with it;
  where a brand wordmark differs from the legal name (i07 `pling` → Fjordlab ApS, r01 ALPMARKT →
  Alpmarkt Genossenschaft, r04 PETRA → Petra Oil s.r.o.), the legal name is keyed. Sole traders
  without a printed legal form are keyed by the shop name (r03, r07).
* `line_items`: description, quantity, unit_price, amount as strings; for receipts and the NL/PL
  invoices (tax-inclusive lines) amounts are the printed gross line amounts; for the other invoices
  the net line amounts. Weighed goods printed as one line keep quantity 1 (r01).
* `locale` = language-country of the page; `currency` = ISO code.

## Mix
"""


def readme(truths):
    kinds = {}
    for t in truths.values():
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    imgpdf = [n for n, t in truths.items() if t["kind"] == "scan" and n in ("i06", "r03")]
    lines = [README_HEAD]
    lines.append("| | invoices | receipts | total |\n|---|---|---|---|")
    for k in ("pdf", "scan", "photo"):
        ni = sum(1 for n, t in truths.items() if t["kind"] == k and n.startswith("i"))
        nr = sum(1 for n, t in truths.items() if t["kind"] == k and n.startswith("r"))
        lines.append(f"| {k} | {ni} | {nr} | {ni + nr} |")
    lines.append(
        f"| **all** | {sum(1 for n in truths if n.startswith('i'))} | {sum(1 for n in truths if n.startswith('r'))} | {len(truths)} |"
    )
    lines.append(
        f"\nImage-only PDFs (kind `scan`): {', '.join(imgpdf)}. Countries: "
        + ", ".join(f"{n} {DOCS[n][1]}" for n in truths)
        + ".\n"
    )
    lines.append("## Documents\n")
    lines.append(
        "| doc | kind | country | type | vendor | number | total | what is tricky |\n|---|---|---|---|---|---|---|---|"
    )
    for n, t in truths.items():
        lines.append(
            f"| {n}.{EXT[n]} | {t['kind']} | {DOCS[n][1]} | {DOCS[n][2]} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    return "\n".join(lines) + "\n"


EXT = {}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    truths = {}
    for n, (fn, _, _) in DOCS.items():
        if a.only and n != a.only:
            continue
        t = fn(out, n)
        EXT[n] = next(p.suffix[1:] for p in sorted(out.glob(n + ".*")) if p.suffix != ".json")
        (out / f"{n}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        truths[n] = t
        print(f"{n}: {t['kind']:5s} {t['total']:>9s} {t['currency']} {t['vendor_name']}")
    if not a.only:
        (out / "README.md").write_text(readme(truths), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
