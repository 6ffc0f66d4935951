# ruff: noqa: E501
"""Blind evaluation set 12h: 15 receipts and 15 invoices from 23 countries.

Run from the repository root:

    python -m bench.blindsets.blind_2026_12h [OUTDIR] [--only NAME]

Every document is drawn by its own function with reportlab (invariant=1), then
optionally degraded into a scan, a photo or an image-only PDF.  All random
choices are seeded with the CRC-32 of the document name, so re-runs are
byte-identical.  Nothing from the product is imported.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import tempfile
import zlib
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

D = Decimal
CENT = D("0.01")
ONE = D("1")
DEFAULT_OUT = Path("bench/blindsets/blind-2026-12h")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVO": "DejaVuSans-Oblique.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSCB": "DejaVuSerifCondensed-Bold.ttf",
    "DVL": "DejaVuSans-ExtraLight.ttf",
}
for _k, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, str(FONT_DIR / _f)))


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# ----------------------------------------------------------------------------
# money and formatting helpers
# ----------------------------------------------------------------------------


def q(x, places=2) -> Decimal:
    return D(x).quantize(ONE.scaleb(-places), rounding=ROUND_HALF_UP)


def fmt(v, dec=".", th=",", places=2, plus=False) -> str:
    v = q(v, places)
    neg = v < 0
    s = f"{abs(v):.{places}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups) + (dec + fp if places else "")
    if neg:
        return "-" + out
    return ("+" + out) if plus and v > 0 else out


def eu(v, places=2, **kw):  # 1.234,56
    return fmt(v, ",", ".", places, **kw)


def sp(v, places=2, **kw):  # 1 234,56
    return fmt(v, ",", " ", places, **kw)


def en(v, places=2, **kw):  # 1,234.56
    return fmt(v, ".", ",", places, **kw)


def qty_str(x) -> str:
    x = D(x)
    if x == x.to_integral_value():
        return str(int(x))
    return format(x.normalize(), "f")


def heb(s: str) -> str:
    """Hebrew text in visual order (reportlab does no bidi)."""
    return s[::-1]


def items_json(items):
    return [
        {
            "description": d,
            "quantity": qty_str(qn),
            "unit_price": f"{q(u, 2) if D(u) == q(u, 2) else D(u)}",
            "amount": f"{q(a)}",
        }
        for d, qn, u, a in items
    ]


def truth(
    *, number, date, due, vendor, amount, vat, total, currency, locale, layout, dtype, items, note
):
    amount, total = q(amount), q(total)
    if vat is None:
        assert amount == total, (amount, total)
    else:
        vat = q(vat)
        assert amount + vat == total, (amount, vat, total)
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{amount}",
        "vat": None if vat is None else f"{vat}",
        "total": f"{total}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items_json(items),
        "note": note,
    }


# ----------------------------------------------------------------------------
# checked canvas
# ----------------------------------------------------------------------------


class Doc:
    def __init__(self, path, w, h, name, title=None):
        self.path, self.w, self.h, self.name = str(path), w, h, name
        self.c = canvas.Canvas(self.path, pagesize=(w, h), invariant=1)
        self.c.setTitle(title or name)
        self.c.setCreator("blindset")
        self.runs: list = []

    def t(self, x, y, s, font="DV", size=9.0, align="l", color=None):
        s = str(s)
        wd = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - wd if align == "r" else x - wd / 2)
        box = (x0, y - 0.21 * size, x0 + wd, y + 0.73 * size)
        if box[0] < 3 or box[2] > self.w - 3 or box[1] < 3 or box[3] > self.h - 3:
            raise LayoutError(f"{self.name}: off page: {s!r} at {box}")
        for b, s2 in self.runs:
            if (
                box[0] < b[2] - 0.2
                and b[0] < box[2] - 0.2
                and box[1] < b[3] - 0.2
                and b[1] < box[3] - 0.2
            ):
                raise LayoutError(f"{self.name}: {s!r} overlaps {s2!r}")
        self.runs.append((box, s))
        c = self.c
        c.saveState()
        c.setFillColor(color or Color(0, 0, 0))
        c.setFont(font, size)
        c.drawString(x0, y, s)
        c.restoreState()
        return wd

    def lines(self, x, y, rows, font="DV", size=9.0, lead=None, align="l", color=None):
        lead = lead or size * 1.25
        for r in rows:
            if r:
                self.t(x, y, r, font, size, align, color)
            y -= lead
        return y

    def rect(self, x, y, w, h, stroke=None, fill=None, lw=0.6):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        if stroke is not None:
            c.setStrokeColor(stroke)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.restoreState()

    def line(self, x1, y1, x2, y2, lw=0.5, color=None, dash=None):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        c.setStrokeColor(color or Color(0, 0, 0))
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        c.restoreState()

    def qr(self, x, y, size, seed, modules=25, color=None):
        """A QR-ish square: finder patterns plus seeded random modules."""
        rng = random.Random(seed)
        c = self.c
        m = size / modules
        c.saveState()
        c.setFillColor(color or Color(0, 0, 0))
        for i in range(modules):
            for j in range(modules):
                fin = [
                    (i - i0, j - j0)
                    for i0, j0 in ((0, 0), (0, modules - 7), (modules - 7, 0))
                    if 0 <= i - i0 < 7 and 0 <= j - j0 < 7
                ]
                if fin:
                    a, b = fin[0]
                    on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
                else:
                    on = rng.random() < 0.48
                if on:
                    c.rect(x + j * m, y + size - (i + 1) * m, m, m, stroke=0, fill=1)
        c.restoreState()

    def barcode(self, x, y, w, h, seed):
        rng = random.Random(seed)
        c = self.c
        c.saveState()
        xx = x
        while xx < x + w - 3:
            bw = rng.choice((0.6, 0.6, 1.2, 1.8))
            if rng.random() < 0.55:
                c.rect(xx, y, bw, h, stroke=0, fill=1)
            xx += bw
        c.restoreState()

    def page(self):
        self.c.showPage()
        self.runs = []

    def save(self):
        self.c.save()


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s, font, size, maxw):
    out, cur = [], ""
    for word in s.split():
        cand = (cur + " " + word).strip()
        if sw(cand, font, size) <= maxw or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


# ----------------------------------------------------------------------------
# receipt rolls: content first, height from content
# ----------------------------------------------------------------------------


class Roll:
    def __init__(self, name, width_mm, font="DVM", size=8.0, lead=1.3, margin_mm=3.0, bold=None):
        self.name = name
        self.w = width_mm * mm
        self.font, self.size, self.lead = font, size, lead
        self.bold = bold or (font + "B" if font + "B" in _FONTS else font)
        self.m = margin_mm * mm
        self.ops: list = []

    def _fs(self, font, size, bold):
        return (font or (self.bold if bold else self.font)), (size or self.size)

    def text(self, s, align="l", font=None, size=None, bold=False):
        f, sz = self._fs(font, size, bold)

        def draw(d, y):
            x = {"l": self.m, "c": self.w / 2, "r": self.w - self.m}[align]
            d.t(x, y - sz * 0.9, s, f, sz, align)

        self.ops.append((sz * self.lead, draw))

    def center(self, s, **kw):
        self.text(s, "c", **kw)

    def wrapc(self, s, align="c", **kw):
        f, sz = self._fs(kw.get("font"), kw.get("size"), kw.get("bold", False))
        for ln in wrap(s, f, sz, self.w - 2 * self.m - 2):
            self.text(ln, align, **kw)

    def lr(self, left, right, font=None, size=None, bold=False, indent=0.0):
        f, sz = self._fs(font, size, bold)

        def draw(d, y):
            d.t(self.m + indent, y - sz * 0.9, left, f, sz, "l")
            d.t(self.w - self.m, y - sz * 0.9, right, f, sz, "r")

        self.ops.append((sz * self.lead, draw))

    def cols(self, parts, font=None, size=None, bold=False):
        """parts: (text, x as fraction of the printable width, align)."""
        f, sz = self._fs(font, size, bold)

        def draw(d, y):
            pw = self.w - 2 * self.m
            for s, fx, al in parts:
                if s:
                    d.t(self.m + fx * pw, y - sz * 0.9, s, f, sz, al)

        self.ops.append((sz * self.lead, draw))

    def sep(self, ch="-", h=None, dash=(2, 1.5), lw=0.6):
        h = h or self.size * 0.9

        def draw(d, y):
            if ch == "=":
                d.line(self.m, y - h / 2 + 0.8, self.w - self.m, y - h / 2 + 0.8, lw)
                d.line(self.m, y - h / 2 - 0.8, self.w - self.m, y - h / 2 - 0.8, lw)
            else:
                d.line(
                    self.m,
                    y - h / 2,
                    self.w - self.m,
                    y - h / 2,
                    lw,
                    dash=dash if ch == "-" else None,
                )

        self.ops.append((h, draw))

    def gap(self, h=4.0):
        self.ops.append((h, lambda d, y: None))

    def custom(self, h, fn):
        self.ops.append((h, fn))

    def qr(self, size_mm=24, seed=1):
        s = size_mm * mm

        def draw(d, y):
            d.qr(self.w / 2 - s / 2, y - s - 2, s, seed)

        self.ops.append((s + 4, draw))

    def barcode(self, h_mm=9, seed=1, frac=0.8):
        h = h_mm * mm

        def draw(d, y):
            bw = (self.w - 2 * self.m) * frac
            d.barcode(self.w / 2 - bw / 2, y - h - 1, bw, h, seed)

        self.ops.append((h + 3, draw))

    def render(self, path, top_mm=6, bottom_mm=10):
        total = sum(h for h, _ in self.ops) + (top_mm + bottom_mm) * mm
        d = Doc(path, self.w, total, self.name)
        y = total - top_mm * mm
        for h, fn in self.ops:
            fn(d, y)
            y -= h
        d.save()


def table(
    d,
    x_cols,
    y,
    rows,
    font="DV",
    size=8.5,
    lead=None,
    bold_font=None,
    header=None,
    hfill=None,
    hcolor=None,
    rule=True,
    x0=None,
    x1=None,
):
    """Draw a simple table.  x_cols: list of (x, align).  Returns the new y."""
    lead = lead or size * 1.45
    if header:
        hf = bold_font or font
        if hfill is not None:
            d.rect(x0, y - size * 0.45, x1 - x0, size * 1.5, fill=hfill)
        for (x, al), s in zip(x_cols, header, strict=False):
            d.t(x, y, s, hf, size, al, hcolor)
        y -= lead
        if rule and hfill is None:
            d.line(x0, y + lead * 0.55, x1, y + lead * 0.55, 0.6)
    for row in rows:
        n = max(len(c) if isinstance(c, list) else 1 for c in row)
        for (x, al), cell in zip(x_cols, row, strict=False):
            cells = cell if isinstance(cell, list) else [cell]
            for k, s in enumerate(cells):
                if s:
                    d.t(x, y - k * size * 1.2, s, font, size, al)
        y -= lead + (n - 1) * size * 1.2
    return y


def sum_lines(items):
    return sum((a for _, _, _, a in items), D(0))


def li(desc, qty, unit, places=2):
    qty, unit = D(str(qty)), D(str(unit))
    return (desc, qty, unit, q(qty * unit, places))


# Spanish number words (for CFDI "importe con letra")
_U = [
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
_T = ["_", "_", "_", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
_H = [
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


def es_words(n: int) -> str:
    if n < 30:
        return _U[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _T[t] + ("" if u == 0 else " y " + _U[u])
    if n < 1000:
        h, r = divmod(n, 100)
        if n == 100:
            return "cien"
        return _H[h] + ("" if r == 0 else " " + es_words(r))
    if n < 1_000_000:
        th, r = divmod(n, 1000)
        head = "mil" if th == 1 else es_words(th).replace("uno", "un") + " mil"
        return head + ("" if r == 0 else " " + es_words(r))
    mi, r = divmod(n, 1_000_000)
    head = "un millón" if mi == 1 else es_words(mi).replace("uno", "un") + " millones"
    return head + ("" if r == 0 else " " + es_words(r))


# ----------------------------------------------------------------------------
# degradation: scans, photos, image-only PDFs
# ----------------------------------------------------------------------------


def render_pdf(path, dpi, page=0):
    pdf = pdfium.PdfDocument(str(path))
    img = pdf[page].render(scale=dpi / 72).to_pil().convert("RGB")
    pdf.close()
    return img


def _lowfreq(nrng, h, w, cells=6):
    small = nrng.random((cells, max(2, int(cells * w / max(h, 1))))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def scan_img(
    img,
    nrng,
    *,
    grey=True,
    skew=0.0,
    blur=0.6,
    noise=5.0,
    specks=60,
    fade=0.0,
    tint=(247, 245, 239),
    pad=0.02,
    downscale=None,
):
    a = np.asarray(img).astype(np.float32) / 255.0
    h, w = a.shape[:2]
    ink = 1.0 - a
    if fade > 0:  # thermal fading: uneven along the roll plus head streaks
        prof = 1.0 - fade * _lowfreq(nrng, h, 1, cells=8)[:, :1]
        streak = 1.0 - 0.35 * fade * (nrng.random((1, w)) < 0.03).astype(np.float32)
        streak = cv2.GaussianBlur(streak, (0, 0), 1.5)
        ink = ink * prof[:, :, None] * streak[:, :, None]
        ink = np.clip(ink * 0.92, 0, 1)
    paper = np.array(tint, np.float32) / 255.0
    paper = paper[None, None, :] * (1.0 - 0.03 * _lowfreq(nrng, h, w, 5)[:, :, None])
    out = paper * (1.0 - ink)
    pw, ph = int(w * pad), int(h * pad)
    bed = np.full((h + 2 * ph, w + 2 * pw, 3), 0.93, np.float32)
    bed[ph : ph + h, pw : pw + w] = out
    out = bed
    if skew:
        hh, ww = out.shape[:2]
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), skew, 1.0)
        out = cv2.warpAffine(
            out,
            m,
            (ww, hh),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=(0.93, 0.93, 0.93),
        )
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    hh, ww = out.shape[:2]
    for _ in range(specks):
        cx, cy = int(nrng.integers(0, ww)), int(nrng.integers(0, hh))
        r = int(nrng.integers(1, 3))
        cv2.circle(out, (cx, cy), r, (0.25, 0.25, 0.25), -1)
    out = out + nrng.normal(0, noise / 255.0, out.shape).astype(np.float32)
    out = np.clip(out * 255.0, 0, 255).astype(np.uint8)
    if downscale:
        nh = round(hh * downscale / ww)
        out = cv2.resize(out, (downscale, nh), interpolation=cv2.INTER_AREA)
    im = Image.fromarray(out)
    return im.convert("L") if grey else im


def _background(nrng, h, w, style):
    if style == "wood":
        base = np.array([0.55, 0.38, 0.22], np.float32)
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        warp = 40 * _lowfreq(nrng, h, w, 4)
        rings = 0.5 + 0.5 * np.sin((xx + warp * 3) / (w / 38.0) + yy / (h * 2.0))
        tex = 0.82 + 0.18 * rings + 0.06 * _lowfreq(nrng, h, w, 30)
        bg = base[None, None, :] * tex[:, :, None]
    elif style == "fabric":
        base = np.array([0.25, 0.32, 0.42], np.float32)
        grain = nrng.random((h, w)).astype(np.float32)
        grain = cv2.GaussianBlur(grain, (0, 0), 1.2)
        bg = (
            base[None, None, :]
            * (0.85 + 0.3 * grain[:, :, None])
            * (0.9 + 0.1 * _lowfreq(nrng, h, w, 5)[:, :, None])
        )
    else:  # desk laminate / stone
        base = (
            np.array([0.72, 0.71, 0.68], np.float32)
            if style == "desk"
            else np.array([0.35, 0.35, 0.36], np.float32)
        )
        speck = cv2.GaussianBlur(nrng.random((h, w)).astype(np.float32), (0, 0), 2.0)
        bg = (
            base[None, None, :]
            * (0.88 + 0.24 * speck[:, :, None])
            * (0.92 + 0.08 * _lowfreq(nrng, h, w, 4)[:, :, None])
        )
    return bg


def photo_img(
    img,
    nrng,
    *,
    long_side=2000,
    style="wood",
    fold=True,
    shadow=True,
    tilt=2.0,
    jitter=0.035,
    light=0.25,
):
    doc = np.asarray(img).astype(np.float32) / 255.0
    h, w = doc.shape[:2]
    doc = doc * np.array([0.985, 0.975, 0.95], np.float32)[None, None, :]
    if fold:  # a crease: one side slightly darker, thin shaded line
        fy = int(h * (0.35 + 0.3 * nrng.random()))
        doc[fy:] *= 0.955
        band = np.exp(-(((np.arange(h) - fy) / 3.0) ** 2))[:, None, None].astype(np.float32)
        doc = doc * (1.0 - 0.12 * band)
    portrait = h >= w
    H, W = (long_side, int(long_side * 0.75)) if portrait else (int(long_side * 0.75), long_side)
    bg = _background(nrng, H, W, style)
    s = min(0.84 * W / w, 0.88 * H / h)
    dw, dh = w * s, h * s
    cx, cy = W / 2 + nrng.uniform(-0.03, 0.03) * W, H / 2 + nrng.uniform(-0.02, 0.02) * H
    ang = math.radians(nrng.uniform(-tilt, tilt))
    pts = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = sx * dw / 2, sy * dh / 2
        x, y = x * math.cos(ang) - y * math.sin(ang), x * math.sin(ang) + y * math.cos(ang)
        pts.append(
            (
                cx + x + nrng.uniform(-jitter, jitter) * dw,
                cy + y + nrng.uniform(-jitter, jitter) * dh * 0.5,
            )
        )
    src = np.float32([(0, 0), (w, 0), (w, h), (0, h)])
    dst = np.float32(pts)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        doc, M, (W, H), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
    )
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    drop = cv2.GaussianBlur(np.roll(np.roll(mask, 12, 0), 9, 1), (0, 0), 14)
    bg = bg * (1.0 - 0.45 * drop[:, :, None])
    out = bg * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = nrng.uniform(-1, 1), nrng.uniform(-1, 1)
    grad = 1.0 + light * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    vign = 1.0 - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) / 0.5)
    out = out * (grad * vign)[:, :, None] * 1.04
    if shadow:
        poly = np.zeros((H, W), np.float32)
        corner = int(nrng.integers(0, 4))
        x0 = 0 if corner in (0, 3) else W
        y0 = 0 if corner in (0, 1) else H
        p = np.int32(
            [
                (x0, y0),
                (abs(x0 - int(W * nrng.uniform(0.35, 0.6))), y0),
                (x0, abs(y0 - int(H * nrng.uniform(0.25, 0.45)))),
            ]
        )
        cv2.fillPoly(poly, [p], 1.0)
        poly = cv2.GaussianBlur(poly, (0, 0), 45)
        out = out * (1.0 - 0.32 * poly[:, :, None])
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    out = out + nrng.normal(0, 0.012, out.shape).astype(np.float32)
    return Image.fromarray(np.clip(out * 255, 0, 255).astype(np.uint8))


def image_pdf(img, path, dpi, quality=78):
    """An image-only PDF: the degraded scan is the only page content."""
    w_pt, h_pt = img.width * 72.0 / dpi, img.height * 72.0 / dpi
    # a fixed file name: reportlab derives the image resource name from it
    jp = Path(tempfile.gettempdir()) / f"blind12h_{Path(path).stem}_page.jpg"
    img.save(jp, "JPEG", quality=quality)
    try:
        c = canvas.Canvas(str(path), pagesize=(w_pt, h_pt), invariant=1)
        c.drawImage(str(jp), 0, 0, w_pt, h_pt)
        c.showPage()
        c.save()
    finally:
        jp.unlink()


# ----------------------------------------------------------------------------
# receipts
# ----------------------------------------------------------------------------


def r01(name, path):
    """Brazil, supermarket NFC-e (DANFE NFC-e), tax-inclusive, Lei 12.741 tax figure."""
    r = Roll(name, 80, "DVC", 7.6, lead=1.32, margin_mm=3.5)
    vendor = "SUPERMERCADO PAULISTÃO LTDA"
    r.center(vendor, bold=True, size=8.6)
    r.center("CNPJ: 43.218.907/0001-52  IE: 114.873.652.110", size=7)
    r.center("Av. Francisco Morato, 2718 - Butantã", size=7)
    r.center("São Paulo - SP  CEP 05512-300", size=7)
    r.sep()
    r.wrapc("Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica", size=7.2, bold=True)
    r.sep()
    r.cols(
        [
            ("Código Descrição", 0, "l"),
            ("Qtde UN", 0.55, "r"),
            ("Vl Unit", 0.78, "r"),
            ("Vl Total", 1, "r"),
        ],
        size=7,
        bold=True,
    )
    data = [
        ("7896006711117", "ARROZ TIPO 1 CAMIL 5KG", "1", "UN", "27.90"),
        ("7896116900029", "FEIJAO CARIOCA KICALDO 1KG", "2", "UN", "8.49"),
        ("7898215151708", "LEITE UHT INTEGRAL PIRACANJUBA 1L", "6", "UN", "4.79"),
        ("0000000021004", "BANANA PRATA KG", "1.235", "KG", "6.99"),
        ("7896005800027", "CAFE TORRADO MOIDO 3 CORACOES 500G", "1", "UN", "18.90"),
        ("7891022100624", "DETERGENTE LIQ YPE NEUTRO 500ML", "3", "UN", "2.39"),
    ]
    items = []
    for k, (ean, desc, qn, un, up) in enumerate(data, 1):
        it = li(desc, qn, up)
        items.append(it)
        r.text(f"{k:03d} {ean} {desc}", size=7)
        qs = eu(D(qn), 3) if "." in qn else qn
        r.cols(
            [(f"{qs} {un}", 0.55, "r"), ("x " + eu(D(up)), 0.78, "r"), (eu(it[3]), 1, "r")], size=7
        )
    gross = sum_lines(items)
    disc = D("3.50")
    total = gross - disc
    tax = q(total * D("0.1762"))
    r.sep()
    r.lr("Qtd. total de itens", str(len(items)))
    r.lr("Valor total R$", eu(gross))
    r.lr("Descontos R$", eu(disc))
    r.lr("Valor a Pagar R$", eu(total), bold=True, size=8.6)
    r.cols([("FORMA PAGAMENTO", 0, "l"), ("VALOR PAGO R$", 1, "r")], size=7, bold=True)
    paid = D("120.00")
    r.lr("Dinheiro", eu(paid))
    r.lr("Troco R$", eu(paid - total))
    r.sep()
    r.wrapc(f"Tributos Totais Incidentes (Lei Federal 12.741/2012): R$ {eu(tax)}", size=7)
    r.sep()
    r.center("NFC-e nº 000184237  Série 001  14/03/2026 18:42:07", size=7, bold=True)
    r.center("Via Consumidor", size=7)
    r.center("Consulte pela Chave de Acesso em", size=7)
    r.center("www.nfce.fazenda.sp.gov.br/consulta", size=7)
    r.center("3526 0343 2189 0700 0152 6500 1000 1842 3711 0482 7391", size=6.6)
    r.sep()
    r.center("CONSUMIDOR NÃO IDENTIFICADO", size=7, bold=True)
    r.sep()
    r.qr(26, seed=name)
    r.center("Protocolo de autorização: 135260184723951", size=6.6)
    r.center("Data de autorização 14/03/2026 18:42:09", size=6.6)
    r.render(path)
    return truth(
        number="000184237",
        date="2026-03-14",
        due=None,
        vendor=vendor,
        amount=total - tax,
        vat=tax,
        total=total,
        currency="BRL",
        locale="pt-BR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="NFC-e: prices include tax, only the approximate Lei 12.741 tax figure is printed (keyed as vat); discount between 'Valor total' and 'Valor a Pagar'; cash tendered/change; 44-digit access key and protocol numbers as distractors; weighed item 1,235 KG.",
    )


def r02(name, path):
    """Argentina, restaurant Factura B, IVA contenido (Ley 27.743)."""
    r = Roll(name, 80, "DVM", 7.4, lead=1.3)
    vendor = "EL FOGÓN DE PALERMO S.R.L."
    r.center("EL FOGÓN", font="DVSB", size=17)
    r.center("parrilla · vinos", font="DVSI", size=8)
    r.gap(3)
    r.center(vendor, bold=True)
    r.center("C.U.I.T. Nro.: 30-71548293-6")
    r.center("Ing. Brutos: 901-284715-3")
    r.center("Honduras 5820 - C.A.B.A. (C1414)")
    r.center("Inicio de Actividades: 01/08/2016")
    r.center("IVA RESPONSABLE INSCRIPTO")
    r.sep()
    r.lr("FACTURA B", "Cod. 006", bold=True, size=8.4)
    r.lr("P.V. Nro.: 0004", "Nro. T.: 00028731")
    r.lr("Fecha: 07/02/2026", "Hora: 22:14")
    r.text("A CONSUMIDOR FINAL")
    r.text("Mesa: 14   Mozo: Ramiro   Cubiertos: 2")
    r.sep()
    data = [
        ("Bife de chorizo 400g", 2, "18500"),
        ("Provoleta", 1, "9800"),
        ("Malbec Reserva 750ml", 1, "24000"),
        ("Agua s/gas 500ml", 2, "3200"),
        ("Servicio de mesa", 2, "2500"),
    ]
    items = []
    for desc, qn, up in data:
        it = li(desc, qn, up)
        items.append(it)
        r.text(f"{qn} x {eu(D(up))}")
        r.lr(desc, eu(it[3]), indent=6)
    total = sum_lines(items)
    iva = q(total * 21 / D(121))
    r.sep()
    r.lr("TOTAL", "$" + eu(total), bold=True, size=10)
    r.gap(2)
    r.lr("Recibido: Tarjeta Visa Déb.", "$" + eu(total))
    r.text("Cupón: 004812  Lote: 117")
    r.sep()
    r.wrapc("Régimen de Transparencia Fiscal al Consumidor (Ley 27.743)", size=6.8)
    r.lr("IVA Contenido", "$" + eu(iva), size=7)
    r.lr("Otros Impuestos Nacionales Indirectos", "$" + eu(0), size=7)
    r.sep()
    r.text("CAE Nro.: 76054218933917", size=7)
    r.text("Vto. CAE: 17/02/2026", size=7)
    r.qr(22, seed=name)
    r.center("Propina no incluida - ¡Gracias!", size=7)
    r.render(path)
    return truth(
        number="0004-00028731",
        date="2026-02-07",
        due=None,
        vendor=vendor,
        amount=total - iva,
        vat=iva,
        total=total,
        currency="ARS",
        locale="es-AR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Factura B: prices include IVA, only 'IVA Contenido' (Ley 27.743) printed; number = punto de venta + ticket number; 'Vto. CAE' is not a due date; big wordmark above the legal name.",
    )


def r03(name, path):
    """Chile, fuel station boleta electrónica, CLP without decimals."""
    r = Roll(name, 76, "DVM", 7.8, lead=1.3)
    vendor = "SERVICENTRO LOS LEONES LTDA."
    r.custom(
        16 * mm,
        lambda d, y: (
            d.rect(r.w / 2 - 18 * mm, y - 14 * mm, 36 * mm, 12 * mm, fill=HexColor("#c8102e")),
            d.t(r.w / 2, y - 10 * mm, "LEONES", "DVB", 13, "c", white),
        ),
    )
    r.center(vendor, bold=True)
    r.center("R.U.T.: 76.482.915-3")
    r.center("Venta al por menor de combustibles")
    r.center("Av. Los Leones 1290, Providencia")
    r.center("Santiago")
    r.gap(2)
    r.custom(
        15 * mm,
        lambda d, y: (
            d.rect(
                r.w / 2 - 27 * mm, y - 14 * mm, 54 * mm, 13 * mm, stroke=HexColor("#c8102e"), lw=1.4
            ),
            d.t(r.w / 2, y - 6 * mm, "BOLETA ELECTRONICA", "DVMB", 8.4, "c", HexColor("#c8102e")),
            d.t(r.w / 2, y - 11 * mm, "N° 4821937", "DVMB", 8.4, "c", HexColor("#c8102e")),
        ),
    )
    r.center("S.I.I. - SANTIAGO ORIENTE", size=7)
    r.gap(2)
    r.lr("Fecha: 19-05-2026", "Hora: 07:51")
    r.lr("Isla: 3  Surtidor: 6", "Caja: 02")
    r.sep()
    liters, price = D("38.412"), D("1312")
    fuel = ("Gasolina 95 Octanos", liters, price, q(liters * price, 0))
    water = ("Agua mineral 500cc", D(1), D(990), D(990))
    items = [fuel, water]
    r.text(fuel[0])
    r.lr(f"  {eu(liters, 3)} L x $ {eu(price, 0)}", "$ " + eu(fuel[3], 0))
    r.text(water[0])
    r.lr("  1 x $ 990", "$ 990")
    r.sep()
    total = fuel[3] + water[3]
    iva = q(total * 19 / D(119), 0)
    r.lr("TOTAL", "$ " + eu(total, 0), bold=True, size=10)
    r.lr("Redcompra Débito", "$ " + eu(total, 0))
    r.text("N° Operación: 000392184  Aut.: 482911")
    r.sep()
    r.center(f"El IVA de esta boleta es: $ {eu(iva, 0)}")
    r.gap(2)
    r.custom(
        22 * mm, lambda d, y: d.barcode(r.m + 2, y - 20 * mm, r.w - 2 * r.m - 4, 18 * mm, name)
    )
    r.center("Timbre Electrónico SII", size=7)
    r.center("Res. 80 de 2014 - Verifique documento: www.sii.cl", size=6.6)
    r.render(path)
    return truth(
        number="4821937",
        date="2026-05-19",
        due=None,
        vendor=vendor,
        amount=total - iva,
        vat=iva,
        total=total,
        currency="CLP",
        locale="es-CL",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="CLP without decimals and dot thousands; fuel litres with decimal comma; IVA only as 'El IVA de esta boleta es'; red SII box holds the folio; date DD-MM-YYYY.",
    )


def r04(name, path):
    """Mexico, pharmacy ticket with mixed IVA 0 % / 16 %."""
    r = Roll(name, 80, "DVM", 7.6, lead=1.3)
    vendor = "FARMACIA SANTA LUCÍA DEL BAJÍO, S.A. DE C.V."
    r.custom(
        13 * mm,
        lambda d, y: (
            d.rect(r.w / 2 - 5 * mm, y - 12 * mm, 10 * mm, 10 * mm, fill=HexColor("#00843d")),
            d.rect(r.w / 2 - 1.6 * mm, y - 11 * mm, 3.2 * mm, 8 * mm, fill=white),
            d.rect(r.w / 2 - 4 * mm, y - 8.6 * mm, 8 * mm, 3.2 * mm, fill=white),
        ),
    )
    r.center("Farmacia Santa Lucía", font="DVSB", size=12)
    r.wrapc(vendor, size=7)
    r.center("RFC: FSL180412AB3", size=7)
    r.center("Régimen General de Ley Personas Morales", size=6.8)
    r.center("Blvd. Adolfo López Mateos 1520, León, Gto.", size=6.8)
    r.center("C.P. 37290  Tel. 477 712 4480", size=6.8)
    r.sep()
    r.lr("Sucursal 017", "Caja 2")
    r.lr("Ticket: 017-338817", "23/04/2026 16:08")
    r.text("Le atendió: GUADALUPE R.")
    r.sep()
    data = [
        ("PARACETAMOL 500MG 20 TAB", 1, "48.50", 0),
        ("LORATADINA 10MG 10 TAB", 1, "112.00", 0),
        ("PROTECTOR SOLAR FPS50 120ML", 1, "289.00", 16),
        ("CEPILLO DENTAL MEDIO", 2, "34.90", 16),
    ]
    items = []
    taxed = D(0)
    for desc, qn, up, rate in data:
        it = li(desc, qn, up)
        items.append(it)
        if rate:
            taxed += it[3]
        r.text(desc)
        r.cols(
            [
                (f"{qn} PZA", 0.05, "l"),
                (f"{D(up):.2f}", 0.6, "r"),
                (f"{it[3]:.2f}", 0.9, "r"),
                ("T" if rate else "E", 1, "r"),
            ]
        )
    total = sum_lines(items)
    iva = q(taxed * 16 / D(116))
    r.sep()
    r.lr("SUBTOTAL", f"${en(total - iva)}")
    r.lr("IVA 16%", f"${en(iva)}")
    r.lr("TOTAL", f"${en(total)}", bold=True, size=10)
    r.gap(2)
    cash = D("600.00")
    r.lr("EFECTIVO", f"${en(cash)}")
    r.lr("SU CAMBIO", f"${en(cash - total)}")
    r.text(f"ARTICULOS: {sum(it[1] for it in items)}")
    r.text("T = Gravado 16%   E = Tasa 0%", size=6.8)
    r.sep()
    r.wrapc(
        "Si requiere factura (CFDI) ingrese a facturacion.santaluciabajio.mx con el código de su ticket dentro del mes de compra.",
        size=6.8,
    )
    r.center("Código: 017-338817-4K9Q", bold=True)
    r.barcode(9, seed=name)
    r.center("¡Gracias por su preferencia!", size=7)
    r.render(path)
    return truth(
        number="017-338817",
        date="2026-04-23",
        due=None,
        vendor=vendor,
        amount=total - iva,
        vat=iva,
        total=total,
        currency="MXN",
        locale="es-MX",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Mixed IVA: medicines tasa 0 % (E), other goods 16 % (T), prices include IVA and SUBTOTAL is printed net; cash and change; a second 'código' for CFDI invoicing extends the ticket number.",
    )


def r05(name, path):
    """Poland, paragon fiskalny with PTU A/C."""
    r = Roll(name, 57, "DVM", 7.2, lead=1.28, margin_mm=2.5)
    vendor = "Delikatesy Pod Lipami Sp. z o.o."
    r.center(vendor, bold=True)
    r.center("ul. Lipowa 14, 31-112 Kraków")
    r.center("Sklep nr 3")
    r.center("NIP 527-284-19-63")
    r.lr("2026-03-11", "nr wydr. 184/0029")
    r.center("PARAGON FISKALNY", bold=True, size=8.6)
    r.sep()
    data = [
        ("Chleb żytni 500g", "1", "8.49", "C"),
        ("Masło ekstra 200g", "2", "7.99", "C"),
        ("Pomidory luz", "0.845", "12.99", "C"),
        ("Kawa ziarnista 1kg", "1", "64.99", "A"),
        ("Płyn do naczyń 900ml", "1", "9.99", "A"),
    ]
    items = []
    by = {"A": D(0), "C": D(0)}
    for desc, qn, up, ptu in data:
        it = li(desc, qn, up)
        items.append(it)
        by[ptu] += it[3]
        r.text(desc)
        qs = sp(D(qn), 3) if "." in qn else qn
        r.lr(f" {qs} x{sp(D(up))}", f"{sp(it[3])} {ptu}")
    r.sep()
    ta = q(by["A"] * 23 / D(123))
    tc = q(by["C"] * 5 / D(105))
    total = by["A"] + by["C"]
    r.lr("Sprzed. opod. PTU A", sp(by["A"]))
    r.lr("Kwota PTU A 23%", sp(ta))
    r.lr("Sprzed. opod. PTU C", sp(by["C"]))
    r.lr("Kwota PTU C 5%", sp(tc))
    r.lr("Łączna kwota PTU", sp(ta + tc))
    r.custom(12, lambda d, y: d.t(r.w / 2, y - 10, f"SUMA PLN {sp(total)}", "DVMB", 10.5, "c"))
    r.sep()
    r.lr("Karta płatnicza", sp(total))
    r.lr("00142 #Kasa 2", "Kasjer 7  14:22")
    r.text("Nr paragonu: 18427")
    r.center("BGE 21193847", bold=True)
    r.center("{PL} fiskalny", size=6.5)
    r.gap(2)
    r.center("Dziękujemy za zakupy!", size=7)
    r.render(path)
    return truth(
        number="18427",
        date="2026-03-11",
        due=None,
        vendor=vendor,
        amount=total - ta - tc,
        vat=ta + tc,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Polish fiscal receipt on 57 mm roll, thermal fading; two PTU rates (A 23 %, C 5 %) included in prices; space thousands/decimal comma; several counters (nr wydr., #Kasa, 00142) besides 'Nr paragonu'; ISO date.",
    )


def r06(name, path):
    """Czechia, restaurant účtenka with DPH recap 12 % / 21 %."""
    r = Roll(name, 80, "DV", 7.6, lead=1.32)
    vendor = "Hospoda U Zlatého soudku s.r.o."
    r.center("U Zlatého soudku", font="DVSB", size=14)
    r.center("hospoda · kuchyně · od 1998", font="DVSI", size=7.2)
    r.gap(2)
    r.center(vendor, size=7.2)
    r.center("Karmelitská 17, 118 00 Praha 1", size=7.2)
    r.center("IČO: 07412398   DIČ: CZ07412398", size=7.2)
    r.sep("=")
    r.center("ÚČTENKA č. 2026/004718", bold=True, size=8.6)
    r.lr("Datum: 12. 6. 2026 19:47", "Stůl 9")
    r.text("Obsluhuje: Petra")
    r.sep()
    r.cols(
        [("Položka", 0, "l"), ("Ks", 0.6, "r"), ("Cena", 0.8, "r"), ("Celkem", 1, "r")], bold=True
    )
    data = [
        ("Plzeň 12° 0,5 l", 2, "65", 21),
        ("Svíčková na smetaně", 1, "245", 12),
        ("Smažený sýr, hranolky", 1, "219", 12),
        ("Kofola 0,4 l", 1, "49", 12),
        ("Becherovka 4 cl", 2, "79", 21),
    ]
    items = []
    by = {21: D(0), 12: D(0)}
    for desc, qn, up, rate in data:
        it = li(desc, qn, up)
        items.append(it)
        by[rate] += it[3]
        r.cols([(desc, 0, "l"), (str(qn), 0.6, "r"), (sp(D(up)), 0.8, "r"), (sp(it[3]), 1, "r")])
    total = by[21] + by[12]
    vat = {k: q(v * k / (100 + D(k))) for k, v in by.items()}
    r.sep()
    r.lr("CELKEM K ÚHRADĚ", f"{sp(total)} Kč", bold=True, size=10)
    r.gap(2)
    r.cols(
        [("Sazba", 0, "l"), ("Základ", 0.45, "r"), ("DPH", 0.72, "r"), ("Celkem", 1, "r")],
        size=7,
        bold=True,
    )
    for k in (12, 21):
        r.cols(
            [
                (f"{k} %", 0, "l"),
                (sp(by[k] - vat[k]), 0.45, "r"),
                (sp(vat[k]), 0.72, "r"),
                (sp(by[k]), 1, "r"),
            ],
            size=7,
        )
    r.sep()
    cash = D(1000)
    r.lr("Hotově", f"{sp(cash)} Kč")
    r.lr("Vráceno", f"{sp(cash - total)} Kč")
    r.gap(2)
    r.center("Spropitné není zahrnuto v ceně. Děkujeme!", size=7)
    r.render(path)
    vt = vat[12] + vat[21]
    return truth(
        number="2026/004718",
        date="2026-06-12",
        due=None,
        vendor=vendor,
        amount=total - vt,
        vat=vt,
        total=total,
        currency="CZK",
        locale="cs-CZ",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Czech restaurant bill: two DPH rates recapped in a small table, prices gross; date as '12. 6. 2026'; cash 1 000 Kč and change; wordmark above the legal name.",
    )


def r07(name, path):
    """Greece, taxi receipt from a taximeter printer (58 mm)."""
    r = Roll(name, 58, "DVM", 7.0, lead=1.3, margin_mm=2.5)
    vendor = "ΚΑΡΑΓΙΑΝΝΗΣ ΔΗΜΗΤΡΙΟΣ"
    r.center("ΤΑΞΙ", bold=True, size=11)
    r.center(vendor, bold=True)
    r.center("ΤΟΥ ΝΙΚΟΛΑΟΥ")
    r.center("ΜΕΤΑΦΟΡΑ ΕΠΙΒΑΤΩΝ Ε.Δ.Χ.")
    r.center("ΑΦΜ: 048217395  ΔΟΥ: ΑΙΓΑΛΕΩ")
    r.center("ΑΡ. ΚΥΚΛ.: ΤΑΒ 4821")
    r.sep()
    r.center("ΑΠΟΔΕΙΞΗ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", bold=True)
    r.lr("ΑΡ. ΑΠΟΔ.:", "3841")
    r.lr("ΗΜ/ΝΙΑ:", "14/08/2026")
    r.lr("ΩΡΑ:", "07:12 - 07:41")
    r.lr("ΤΑΡΙΦΑ:", "1")
    r.lr("ΧΛΜ:", "14,6")
    r.sep()
    fare, airport = D("18.35"), D("4.00")
    items = [("ΚΟΜΙΣΤΡΟ", D(1), fare, fare), ("ΠΡΟΣΑΥΞΗΣΗ ΑΕΡΟΔΡΟΜΙΟΥ", D(1), airport, airport)]
    r.lr("ΚΟΜΙΣΤΡΟ", eu(fare))
    r.lr("ΠΡΟΣΑΥΞ. ΑΕΡΟΔΡ.", eu(airport))
    total = fare + airport
    vat = q(total * 13 / D(113))
    r.sep()
    r.lr("ΚΑΘΑΡΗ ΑΞΙΑ", eu(total - vat))
    r.lr("ΦΠΑ 13%", eu(vat))
    r.lr("ΣΥΝΟΛΟ €", eu(total), bold=True, size=9.4)
    r.lr("ΤΡΟΠΟΣ ΠΛΗΡ.:", "ΚΑΡΤΑ")
    r.sep()
    r.text("ΜΑΡΚ: 400001948273615", size=6.4)
    r.text("UID: 7F3A9C21E0B84D55A1", size=6.4)
    r.qr(20, seed=name)
    r.center("ΕΥΧΑΡΙΣΤΟΥΜΕ", size=7)
    r.render(path)
    return truth(
        number="3841",
        date="2026-08-14",
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
        note="Greek taxi receipt, all in Greek capitals on 58 mm: vendor is a person (driver/owner); ΦΠΑ 13 % included; ΜΑΡΚ and UID codes and the plate number are distractors; decimal comma.",
    )


def r08(name, path):
    """Turkey, fuel station ÖKC fiş."""
    r = Roll(name, 80, "DVM", 7.8, lead=1.32)
    vendor = "ÖZKAN AKARYAKIT TURİZM SAN. VE TİC. LTD. ŞTİ."
    r.custom(
        14 * mm,
        lambda d, y: (
            d.c.circle(r.w / 2, y - 7 * mm, 6 * mm, stroke=0, fill=1),
            d.t(r.w / 2, y - 8.5 * mm, "ÖZ", "DVB", 12, "c", white),
        ),
    )
    r.wrapc(vendor, bold=True)
    r.center("ÇAMLICA MAH. ANKARA ASFALTI NO:212")
    r.center("ÜSKÜDAR / İSTANBUL")
    r.center("KOZYATAĞI V.D. 6640183927")
    r.gap(2)
    r.lr("TARİH: 21.07.2026", "SAAT: 08:42")
    r.lr("FİŞ NO: 0087", "PLAKA: 34 ABC 128")
    r.sep()
    lt, price = D("32.18"), D("47.89")
    amt = q(lt * price)
    items = [("KURŞUNSUZ BENZİN 95", lt, price, amt)]
    r.text(f"{sp(lt).replace(' ', '.')} LT X {eu(price)}")
    r.lr("KURŞUNSUZ BENZİN 95    %20", "*" + eu(amt))
    r.sep()
    kdv = q(amt * 20 / D(120))
    r.lr("TOPKDV", "*" + eu(kdv))
    r.lr("TOPLAM", "*" + eu(amt), bold=True, size=10.5)
    r.lr("KREDİ KARTI", "*" + eu(amt))
    r.sep()
    r.text("POMPA: 04  TABANCA: 2")
    r.text("KART NO: ************4471")
    r.text("ONAY KODU: 283104")
    r.gap(2)
    r.lr("Z NO: 1243", "EKÜ NO: 0001")
    r.center("MF YAB 13048271", bold=True)
    r.custom(
        12 * mm,
        lambda d, y: (
            d.rect(r.w / 2 - 5 * mm, y - 11 * mm, 10 * mm, 10 * mm, stroke=Color(0, 0, 0), lw=1.2),
            d.t(r.w / 2, y - 7.4 * mm, "MF", "DVB", 11, "c"),
        ),
    )
    r.center("İYİ YOLCULUKLAR DİLERİZ", size=7)
    r.render(path)
    return truth(
        number="0087",
        date="2026-07-21",
        due=None,
        vendor=vendor,
        amount=amt - kdv,
        vat=kdv,
        total=amt,
        currency="TRY",
        locale="tr-TR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Turkish fiscal fuel slip: amounts with '*' prefix, TOPKDV (KDV %20 included), dotted dates, Z/EKÜ/MF numbers and plate as distractors; no currency symbol printed.",
    )


def r09(name, path):
    """Vietnam, café bill with service charge, VAT 8 % on top, VND."""
    r = Roll(name, 80, "DV", 7.6, lead=1.32)
    vendor = "Công ty TNHH Cà Phê Góc Phố"
    r.center("GÓC PHỐ", font="DVSB", size=16)
    r.center("coffee & bánh mì", font="DVSI", size=8)
    r.gap(2)
    r.center(vendor, bold=True, size=7.6)
    r.center("MST: 0109876543", size=7.2)
    r.center("45 Hàng Bạc, P. Hoàn Kiếm, Hà Nội", size=7.2)
    r.center("ĐT: 024 3926 8841", size=7.2)
    r.sep()
    r.center("PHIẾU THANH TOÁN", bold=True, size=9.6)
    r.lr("Số HĐ: 00012847", "Bàn: T2-05")
    r.lr("Ngày: 05/09/2026", "Giờ vào: 14:02  Ra: 14:31")
    r.text("Thu ngân: Ngọc Anh")
    r.sep()
    r.cols(
        [("Tên món", 0, "l"), ("SL", 0.55, "r"), ("Đ.Giá", 0.77, "r"), ("T.Tiền", 1, "r")],
        bold=True,
    )
    data = [
        ("Cà phê sữa đá", 2, "35000"),
        ("Bạc xỉu", 1, "39000"),
        ("Bánh mì pate", 1, "30000"),
        ("Trà đào cam sả", 1, "45000"),
    ]
    items = []
    for desc, qn, up in data:
        it = li(desc, qn, up, 0)
        items.append(it)
        r.cols(
            [
                (desc, 0, "l"),
                (str(qn), 0.55, "r"),
                (eu(D(up), 0), 0.77, "r"),
                (eu(it[3], 0), 1, "r"),
            ]
        )
    sub = sum_lines(items)
    svc = q(sub * D("0.05"), 0)
    net = sub + svc
    vat = q(net * D("0.08"), 0)
    total = net + vat
    r.sep()
    r.lr("Cộng tiền hàng", eu(sub, 0))
    r.lr("Phí phục vụ (5%)", eu(svc, 0))
    r.lr("Thuế GTGT (8%)", eu(vat, 0))
    r.lr("TỔNG CỘNG", eu(total, 0) + " ₫", bold=True, size=10)
    r.lr("Chuyển khoản (VietQR)", eu(total, 0))
    r.sep()
    r.wrapc(
        "Giá chưa bao gồm thuế GTGT. Quý khách cần xuất hóa đơn điện tử vui lòng cung cấp thông tin trong ngày.",
        size=6.8,
    )
    r.qr(24, seed=name)
    r.center("Cảm ơn quý khách - Hẹn gặp lại!", size=7.2)
    items.append(("Phí phục vụ 5%", D(1), svc, svc))
    r.render(path)
    return truth(
        number="00012847",
        date="2026-09-05",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="VND",
        locale="vi-VN",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Vietnamese café bill: VND with dot thousands and no decimals; 5 % service charge then VAT 8 % on top (net = food + service); time in/out line; bank-transfer QR.",
    )


def r10(name, path):
    """Thailand, convenience store tax invoice (ABB), Buddhist-era date."""
    r = Roll(name, 76, "DVM", 7.6, lead=1.3)
    vendor = "SIAM DAILY MART CO.,LTD."
    r.custom(
        11 * mm,
        lambda d, y: (
            d.rect(r.m, y - 10 * mm, r.w - 2 * r.m, 9 * mm, fill=HexColor("#1f6f3f")),
            d.t(r.w / 2, y - 7 * mm, "daily mart", "DVB", 13, "c", white),
        ),
    )
    r.center(vendor, bold=True)
    r.center("TAX ID: 0105548123456")
    r.center("BRANCH: 00412 (RAMA 4 SOI 22)")
    r.center("TAX INVOICE (ABB)", bold=True)
    r.lr("POS# E0412-03", "VAT INCLUDED")
    r.sep()
    data = [
        ("NESCAFE CAN 180ML", 2, "17.00"),
        ("LAYS CLASSIC 75G", 1, "30.00"),
        ("DRINKING WATER 1.5L", 2, "14.00"),
        ("STEAMED PORK BUN", 1, "25.00"),
        ("ENERGY DRINK 150ML", 1, "12.00"),
    ]
    items = []
    for desc, qn, up in data:
        it = li(desc, qn, up)
        items.append(it)
        if qn > 1:
            r.lr(f"{qn} {desc}", f"{it[3]:.2f}")
            r.text(f"   @{D(up):.2f}", size=7)
        else:
            r.lr(f"1 {desc}", f"{it[3]:.2f}")
    total = sum_lines(items)
    vat = q(total * 7 / D(107))
    r.sep()
    r.lr(f"TOTAL {sum(i[1] for i in items)} ITEMS", en(total), bold=True, size=9.4)
    cash = D("200.00")
    r.lr("CASH", en(cash))
    r.lr("CHANGE", en(cash - total))
    r.sep()
    r.lr("VATABLE", en(total - vat))
    r.lr("VAT 7%", en(vat))
    r.sep()
    r.text("TAX INV.(ABB) No. 041203-0107788", size=7.2)
    r.lr("12/10/2569 13:05", "STAFF 0318")
    r.barcode(8, seed=name)
    r.center("THANK YOU / PLEASE COME AGAIN", size=7)
    r.render(path)
    return truth(
        number="041203-0107788",
        date="2026-10-12",
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="THB",
        locale="th-TH",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Thai ABB tax invoice in English, downscaled to ~650 px: date printed in the Buddhist era (12/10/2569 = 2026-10-12); VAT 7 % included; no currency symbol; cash/change.",
    )


def r11(name, path):
    """Philippines, restaurant sales invoice (EOPT), VAT 12 % inclusive."""
    r = Roll(name, 76, "DVM", 7.4, lead=1.3)
    vendor = "KUSINA NI LOLA NENA FOOD CORP."
    r.center("Kusina ni Lola Nena", font="DVSB", size=13)
    r.center(vendor, bold=True, size=7.2)
    r.center("G/F Unit 4, 88 Maginhawa St.", size=7)
    r.center("Teachers Village, Quezon City 1101", size=7)
    r.center("VAT REG TIN: 008-234-567-00000", size=7)
    r.center("MIN: 24061812345678  S/N: KX9A28M41", size=7)
    r.sep()
    r.center("SALES INVOICE", bold=True, size=9)
    r.lr("SI No.:", "0000248193")
    r.lr("Date:", "09/26/2026 19:48")
    r.lr("Table: 6  Pax: 4", "Server: JOMAR")
    r.sep()
    data = [
        ("Sinigang na Baboy", 1, "385.00"),
        ("Chicken Inasal", 2, "195.00"),
        ("Garlic Rice", 3, "55.00"),
        ("Halo-Halo Special", 2, "145.00"),
        ("Calamansi Juice", 2, "75.00"),
    ]
    items = []
    for desc, qn, up in data:
        it = li(desc, qn, up)
        items.append(it)
        r.cols([(str(qn), 0, "l"), (desc, 0.08, "l"), (en(it[3]), 1, "r")])
        if qn > 1:
            r.text(f"       @ {en(D(up))}", size=6.8)
    total = sum_lines(items)
    vat = q(total * 12 / D(112))
    r.sep()
    r.lr("Total Amount Due", "₱" + en(total), bold=True, size=9.2)
    cash = D("1500.00")
    r.lr("CASH", en(cash))
    r.lr("CHANGE", en(cash - total))
    r.sep()
    r.lr("VATable Sales", en(total - vat))
    r.lr("VAT Amount (12%)", en(vat))
    r.lr("VAT-Exempt Sales", "0.00")
    r.lr("Zero-Rated Sales", "0.00")
    r.sep()
    r.text("Customer Name: ____________________", size=6.8)
    r.text("Address: _________________________", size=6.8)
    r.text("TIN: _____________________________", size=6.8)
    r.gap(2)
    r.wrapc(
        "POS Provider: MetroPOS Systems Inc., Pasig City. Acc. No. 041-2024-000118. PTU No. FP062024-041-0028817-00000",
        size=6.4,
    )
    r.center("Salamat po! Balik kayo!", size=7)
    r.render(path)
    return truth(
        number="0000248193",
        date="2026-09-26",
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="PHP",
        locale="en-PH",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Philippine 'Sales Invoice' receipt (post-EOPT): US-style MM/DD/YYYY date; VATable Sales / VAT Amount breakdown with zero exempt lines; MIN, S/N, PTU and accreditation numbers as distractors; cash/change.",
    )


def r12(name, path):
    """Spain, bar factura simplificada, IVA 10 % included."""
    r = Roll(name, 80, "DVM", 7.8, lead=1.3)
    vendor = "Bar Restaurante Casa Paco, S.L."
    r.center("CASA PACO", font="DVSB", size=16)
    r.center("desde 1962", font="DVSI", size=7.5)
    r.center(vendor)
    r.center("NIF: B28456712")
    r.center("C/ del Dr. Fourquet 11, 28012 Madrid")
    r.sep()
    r.center("FACTURA SIMPLIFICADA", bold=True)
    r.lr("Nº T2026/00871", "18/11/2026 21:37")
    r.lr("Mesa: 7", "Camarero: Lucía")
    r.sep()
    r.cols(
        [("Uds", 0, "l"), ("Descripción", 0.1, "l"), ("Precio", 0.78, "r"), ("Importe", 1, "r")],
        bold=True,
    )
    data = [
        (2, "Caña", "2.20"),
        (1, "Tinto de verano", "3.00"),
        (1, "Croquetas caseras", "9.50"),
        (1, "Patatas bravas", "6.80"),
        (1, "Tortilla española", "8.50"),
        (2, "Café solo", "1.60"),
    ]
    items = []
    for qn, desc, up in data:
        it = li(desc, qn, up)
        items.append(it)
        r.cols(
            [(str(qn), 0.02, "l"), (desc, 0.1, "l"), (eu(D(up)), 0.78, "r"), (eu(it[3]), 1, "r")]
        )
    total = sum_lines(items)
    iva = q(total * 10 / D(110))
    r.sep()
    r.lr("TOTAL (IVA incl.)", eu(total) + " €", bold=True, size=10)
    r.gap(2)
    r.cols([("Base imp.", 0, "l"), ("% IVA", 0.5, "r"), ("Cuota", 1, "r")], size=7.2)
    r.cols([(eu(total - iva), 0, "l"), ("10,00", 0.5, "r"), (eu(iva), 1, "r")], size=7.2)
    r.sep()
    r.lr("Tarjeta", eu(total))
    r.text("**** **** **** 9034  Aut. 071245")
    r.gap(2)
    r.center("QR tributario:", size=7)
    r.qr(22, seed=name)
    r.center("VERI*FACTU", bold=True, size=7.4)
    r.center("Gracias por su visita", size=7)
    r.render(path)
    return truth(
        number="T2026/00871",
        date="2026-11-18",
        due=None,
        vendor=vendor,
        amount=total - iva,
        vat=iva,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Spanish simplified invoice: IVA 10 % included with a small base/cuota table; quantity column before description; card payment; VERI*FACTU QR.",
    )


def r13(name, path):
    """Israel, café tax invoice/receipt, bilingual, VAT 18 % included."""
    r = Roll(name, 80, "DV", 7.6, lead=1.34)
    vendor = "Café Neve Tzedek Ltd."
    r.center("Café Neve Tzedek", font="DVSB", size=13)
    r.center(heb('קפה נווה צדק בע"מ'), bold=True, size=8.4)
    r.center(vendor, size=7.4)
    r.center("Shabazi St 38, Tel Aviv-Yafo", size=7.2)
    r.center(heb("ח.פ.") + " 515482931  Co. No. 515482931", size=7.2)
    r.center("Tel. 03-516-2278", size=7.2)
    r.sep()
    r.center(heb("חשבונית מס / קבלה"), bold=True, size=9.4)
    r.center("TAX INVOICE / RECEIPT", bold=True, size=8)
    r.lr("No. 40217", "03/12/2026 10:26")
    r.lr("Table 4", "Cashier: Noa")
    r.sep()
    data = [
        ("Cappuccino", 2, "16.00"),
        ("Shakshuka", 1, "58.00"),
        ("Butter croissant", 2, "14.00"),
        ("Fresh orange juice", 1, "22.00"),
    ]
    items = []
    for desc, qn, up in data:
        it = li(desc, qn, up)
        items.append(it)
        r.cols([(desc, 0, "l"), (f"{qn} x {up}", 0.68, "r"), (en(it[3]), 1, "r")])
    total = sum_lines(items)
    vat = q(total * 18 / D(118))
    r.sep()
    r.lr("Total before VAT", en(total - vat))
    r.lr("VAT 18%   " + heb('מע"מ'), en(vat))
    r.lr("TOTAL " + heb('סה"כ לתשלום'), "₪ " + en(total), bold=True, size=9.6)
    r.sep()
    r.lr("Visa ****2291", en(total))
    r.text("Service not included / " + heb("השירות אינו כלול"), size=7)
    r.gap(2)
    r.center(heb("תודה רבה") + "  Thank you!", size=7.6)
    r.render(path)
    return truth(
        number="40217",
        date="2026-12-03",
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="ILS",
        locale="he-IL",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Israeli café tax invoice/receipt, Hebrew headings (company number ח.פ.) with English lines; date DD/MM/YYYY (3 Dec); VAT 18 % included; shekel sign.",
    )


def r14(name, path):
    """USA, diner check with sales tax and suggested gratuity lines."""
    r = Roll(name, 80, "DVM", 8.0, lead=1.3)
    vendor = "The Blue Heron Diner"
    r.center("The Blue Heron", font="DVSB", size=15)
    r.center("D I N E R", font="DVS", size=9)
    r.center("1420 Walnut St")
    r.center("Philadelphia, PA 19102")
    r.center("(215) 555-0148")
    r.sep()
    r.lr("Check #1847", "Table 12")
    r.lr("Server: Marcus", "Guests: 2")
    r.lr("10/24/2026", "11:52 AM")
    r.sep()
    data = [
        ("Buttermilk Pancakes", 1, "13.95"),
        ("Eggs Benedict", 1, "16.50"),
        ("Side Bacon", 1, "5.25"),
        ("Coffee", 2, "3.25"),
        ("Fresh OJ", 1, "5.75"),
    ]
    items = []
    for desc, qn, up in data:
        it = li(desc, qn, up)
        items.append(it)
        r.lr(f"{qn} {desc}", f"{it[3]:.2f}")
    sub = sum_lines(items)
    tax = q(sub * D("0.08"))
    total = sub + tax
    r.sep()
    r.lr("Subtotal", f"{sub:.2f}")
    r.lr("Tax 8%", f"{tax:.2f}")
    r.lr("TOTAL", f"${total:.2f}", bold=True, size=10.5)
    r.sep()
    r.center("Suggested Gratuity", bold=True)
    for p in (18, 20, 22):
        t = q(sub * p / D(100))
        r.lr(f"  {p}%  Tip ${t:.2f}", f"Total ${total + t:.2f}")
    r.center("(calculated on pre-tax subtotal)", size=6.8)
    r.sep()
    r.center("Thank you! Come back soon!")
    r.render(path)
    return truth(
        number="1847",
        date="2026-10-24",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="US diner check before tip: sales tax 8 % on top; suggested-gratuity lines print three larger 'Total' amounts that are not the bill total; MM/DD/YYYY date.",
    )


def r15(name, path):
    """Nigeria, pharmacy receipt, VAT 7.5 % only on non-medical goods."""
    r = Roll(name, 80, "DV", 7.4, lead=1.32)
    vendor = "MedRite Pharmacy Ltd"
    r.custom(
        12 * mm,
        lambda d, y: (
            d.c.setFillColor(HexColor("#0a7f5a")),
            d.c.circle(r.m + 6 * mm, y - 6 * mm, 5 * mm, stroke=0, fill=1),
            d.t(r.m + 6 * mm, y - 7.6 * mm, "Rx", "DVB", 11, "c", white),
            d.t(r.m + 13 * mm, y - 8 * mm, "MedRite", "DVSB", 16, "l", HexColor("#0a7f5a")),
        ),
    )
    r.center(vendor, bold=True)
    r.center("14 Admiralty Way, Lekki Phase 1, Lagos", size=7)
    r.center("RC 1482937  |  TIN 21847392-0001", size=7)
    r.center("PCN Premises Reg. No. LA/2019/0487", size=7)
    r.sep()
    r.center("SALES RECEIPT", bold=True, size=9)
    r.lr("Receipt No: MRP-LKI-0048213", "")
    r.lr("Date: 02/06/2026", "Time: 17:26")
    r.lr("Cashier: Blessing O.", "Till 2")
    r.sep()
    data = [
        ("Amoxicillin 500mg caps x21", 1, "4500.00", False),
        ("Paracetamol 500mg x24", 2, "850.00", False),
        ("Vitamin C 1000mg x30", 1, "6200.00", False),
        ("Hand Sanitizer 500ml", 2, "2400.00", True),
        ("Body Lotion 400ml", 1, "7950.00", True),
    ]
    items = []
    taxable = D(0)
    for desc, qn, up, vt in data:
        it = li(desc, qn, up)
        items.append(it)
        if vt:
            taxable += it[3]
        r.text(desc + (" *" if vt else ""))
        r.lr(f"   {qn} x {en(D(up))}", en(it[3]))
    sub = sum_lines(items)
    vat = q(taxable * D("0.075"))
    total = sub + vat
    r.sep()
    r.lr("Sub-total", en(sub))
    r.lr("VAT 7.5% (on * items)", en(vat))
    r.lr("TOTAL", "₦" + en(total), bold=True, size=10)
    r.lr("POS (Card)", en(total))
    r.text("Ref: 2026060217261184", size=7)
    r.sep()
    r.wrapc(
        "Medicines are VAT exempt. Goods sold in good condition are not returnable. Keep out of reach of children.",
        size=6.6,
    )
    r.center("Get well soon!", size=7)
    r.render(path)
    return truth(
        number="MRP-LKI-0048213",
        date="2026-06-02",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=vat,
        total=total,
        currency="NGN",
        locale="en-NG",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Nigerian pharmacy receipt: VAT 7.5 % added only on starred non-medical items; naira sign; DD/MM/YYYY (2 June); POS reference number as distractor.",
    )


# ----------------------------------------------------------------------------
# invoices
# ----------------------------------------------------------------------------

GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.92, 0.92, 0.92)
BLACK = Color(0, 0, 0)


def lbox(d, x, y, w, h, label, lines, font="Helvetica", size=8, lfont=None, lsize=6.2, lead=None):
    """A ruled box with a small label at top-left and value lines below."""
    d.rect(x, y, w, h, stroke=BLACK, lw=0.5)
    d.t(x + 3, y + h - lsize - 2, label, lfont or font, lsize, "l", GREY)
    yy = y + h - lsize - 4 - size
    lead = lead or size * 1.25
    for ln in lines:
        if ln:
            d.t(x + 3, yy, ln, font, size)
        yy -= lead


def i01(name, path):
    """Brazil, NFS-e São Paulo, ISS included in the service value."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "Helvetica", "Helvetica-Bold"
    vendor = "ALFA ÓRBITA CONSULTORIA EM TECNOLOGIA LTDA"
    x0, x1 = 28, W - 28
    top = H - 28
    d.rect(x0, top - 70, x1 - x0, 70, stroke=BLACK, lw=0.8)
    d.rect(x0 + 8, top - 62, 52, 52, stroke=BLACK, lw=0.6)
    d.t(x0 + 34, top - 40, "SP", FB, 20, "c")
    d.t(x0 + 70, top - 22, "PREFEITURA DO MUNICÍPIO DE SÃO PAULO", FB, 10)
    d.t(x0 + 70, top - 36, "SECRETARIA MUNICIPAL DA FAZENDA", F, 8.5)
    d.t(x0 + 70, top - 56, "NOTA FISCAL ELETRÔNICA DE SERVIÇOS - NFS-e", FB, 10.5)
    bx = x1 - 150
    for k, (lab, val) in enumerate(
        (
            ("Número da Nota", "00004127"),
            ("Data e Hora de Emissão", "03/02/2026 10:22:51"),
            ("Código de Verificação", "X7KQ-9PLM"),
        )
    ):
        yb = top - 70 - (k + 1) * 24
        lbox(d, bx, yb, 150, 24, lab, [val], FB, 9, lfont=F)
    d.rect(x0, top - 142, bx - x0, 72, stroke=BLACK, lw=0.5)
    d.t(x0 + 6, top - 84, "PRESTADOR DE SERVIÇOS", FB, 8.5)
    d.lines(
        x0 + 6,
        top - 98,
        [
            "CPF/CNPJ: 28.491.672/0001-05      Inscrição Municipal: 5.481.927-3",
            f"Nome/Razão Social: {vendor}",
            "Endereço: R FUNCHAL 418, CJ 1201 - VILA OLÍMPIA - CEP: 04551-060",
            "Município: São Paulo     UF: SP     E-mail: financeiro@alfaorbita.com.br",
        ],
        F,
        7.6,
        10.5,
    )
    y = top - 142
    d.rect(x0, y - 66, x1 - x0, 66, stroke=BLACK, lw=0.5)
    d.t(W / 2, y - 12, "TOMADOR DE SERVIÇOS", FB, 8.5, "c")
    d.lines(
        x0 + 6,
        y - 26,
        [
            "Nome/Razão Social: MERCANTIL RIBEIRO DE ALIMENTOS S.A.",
            "CPF/CNPJ: 61.204.558/0001-37      Inscrição Municipal: 2.914.006-1",
            "Endereço: AV DAS NAÇÕES UNIDAS 12901, TORRE NORTE 9 AND - BROOKLIN - CEP: 04578-910",
            "Município: São Paulo     UF: SP     E-mail: fiscal@mercantilribeiro.com.br",
        ],
        F,
        7.6,
        10.5,
    )
    y -= 66
    items = [
        li("Consultoria em integração de sistemas - janeiro/2026 (64 horas)", 64, "210.00"),
        li("Suporte mensal - plano Ouro - competência 01/2026", 1, "2800.00"),
    ]
    total = sum_lines(items)
    iss = q(total * D("0.029"))
    d.rect(x0, y - 250, x1 - x0, 250, stroke=BLACK, lw=0.5)
    d.t(W / 2, y - 12, "DISCRIMINAÇÃO DOS SERVIÇOS", FB, 8.5, "c")
    disc = [
        "Prestação de serviços de consultoria em integração de sistemas ERP/WMS, conforme contrato",
        "nº 2025-118, referente ao mês de janeiro/2026:",
        "",
        f"- Consultoria técnica: 64 horas x R$ 210,00 = R$ {eu(items[0][3])}",
        f"- Suporte mensal plano Ouro: R$ {eu(items[1][3])}",
        "",
        "Pagamento via boleto bancário com vencimento em 05/03/2026.",
        "Valor aproximado dos tributos: R$ 2.383,22 (14,68%) - Fonte: IBPT.",
        "Serviço prestado no município de São Paulo.",
    ]
    d.lines(x0 + 8, y - 30, disc, F, 8.2, 12)
    y -= 250
    d.rect(x0, y - 24, x1 - x0, 24, stroke=BLACK, lw=0.8, fill=LIGHT)
    d.t(W / 2, y - 16, f"VALOR TOTAL DO SERVIÇO = R$ {eu(total)}", FB, 10.5, "c")
    y -= 24
    cw = (x1 - x0) / 5
    for k, lab in enumerate(
        ("INSS (R$)", "IRRF (R$)", "CSLL (R$)", "COFINS (R$)", "PIS/PASEP (R$)")
    ):
        lbox(d, x0 + k * cw, y - 24, cw, 24, lab, ["-"], F, 8.5)
    y -= 24
    lbox(
        d,
        x0,
        y - 28,
        x1 - x0,
        28,
        "Código do Serviço",
        ["02800 - Análise e desenvolvimento de sistemas, consultoria e suporte"],
        F,
        8.2,
    )
    y -= 28
    cw = (x1 - x0) / 4
    for k, (lab, val) in enumerate(
        (
            ("Valor Total das Deduções (R$)", "0,00"),
            ("Base de Cálculo (R$)", eu(total)),
            ("Alíquota (%)", "2,90%"),
            ("Valor do ISS (R$)", eu(iss)),
        )
    ):
        lbox(d, x0 + k * cw, y - 26, cw, 26, lab, [val], FB, 9, lfont=F)
    y -= 26
    d.rect(x0, y - 96, x1 - x0, 96, stroke=BLACK, lw=0.5)
    d.t(W / 2, y - 12, "OUTRAS INFORMAÇÕES", FB, 8.5, "c")
    d.lines(
        x0 + 8,
        y - 28,
        [
            "(1) Esta NFS-e foi emitida com respaldo na Lei nº 14.097/2005;",
            "(2) Data de vencimento do ISS desta NFS-e: 10/03/2026;",
            "(3) O ISS desta NFS-e será RECOLHIDO pelo Prestador de Serviços;",
            "(4) Esta NFS-e substitui o RPS Nº 4127 Série A, emitido em 03/02/2026.",
        ],
        F,
        7.6,
        11,
    )
    d.save()
    return truth(
        number="00004127",
        date="2026-02-03",
        due=None,
        vendor=vendor,
        amount=total - iss,
        vat=iss,
        total=total,
        currency="BRL",
        locale="pt-BR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Brazilian NFS-e: ISS 2,90 % is included in 'VALOR TOTAL DO SERVIÇO' (amount = total - ISS); federal retention boxes show '-'; the boleto due date 05/03/2026 appears only in the free text (not keyed as due date) and the ISS due date 10/03/2026 is a distractor; IBPT approximate-tax figure; RPS number.",
    )


def i02(name, path):
    """Colombia, factura electrónica de venta with discount and informative retention."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "DV", "DVB"
    teal = HexColor("#0e6e74")
    vendor = "Suministros Industriales del Valle S.A.S."
    d.rect(0, H - 96, W, 96, fill=teal)
    d.c.saveState()
    d.c.setFillColor(white)
    d.c.circle(64, H - 48, 26, stroke=0, fill=1)
    d.c.restoreState()
    d.t(64, H - 55, "SIV", FB, 17, "c", teal)
    d.t(102, H - 40, vendor, FB, 13, "l", white)
    d.t(
        102,
        H - 56,
        "NIT 900.482.731-5  ·  Responsable de IVA  ·  Actividad CIIU 4663",
        F,
        8,
        "l",
        white,
    )
    d.t(
        102,
        H - 69,
        "Calle 15 # 32-48, Acopi, Yumbo, Valle del Cauca  ·  PBX (602) 485 2200",
        F,
        8,
        "l",
        white,
    )
    d.t(W - 30, H - 128, "FACTURA ELECTRÓNICA DE VENTA", FB, 12, "r", teal)
    d.t(W - 30, H - 145, "No. SIV-10482", FB, 12, "r")
    info = [
        ("Fecha de emisión:", "2026-03-17 09:41:12"),
        ("Fecha de vencimiento:", "2026-04-16"),
        ("Forma de pago:", "Crédito 30 días"),
        ("Medio de pago:", "Transferencia"),
    ]
    y = H - 166
    for lab, val in info:
        d.t(W - 140, y, lab, F, 8, "r", GREY)
        d.t(W - 30, y, val, F, 8, "r")
        y -= 12
    d.t(30, H - 128, "ADQUIRIENTE", FB, 8.5, "l", teal)
    d.lines(
        30,
        H - 142,
        [
            "Constructora Andina Ltda.",
            "NIT 830.127.664-2",
            "Carrera 7 # 71-21, Of. 902",
            "Bogotá D.C.",
            "compras@constructoraandina.co",
        ],
        F,
        8.5,
        11.5,
    )
    y = H - 230
    cols = [(36, "l"), (60, "l"), (350, "r"), (385, "l"), (470, "r"), (W - 34, "r")]
    d.rect(30, y - 5, W - 60, 16, fill=teal)
    for (x, al), s in zip(
        cols, ["#", "Descripción", "Cant.", "U.M.", "Vr. unitario", "Vr. total"], strict=False
    ):
        d.t(x, y, s, FB, 8, al, white)
    y -= 20
    data = [
        ("Guantes de nitrilo caja x100", 12, "38500", "CJ"),
        ("Casco de seguridad tipo II", 8, "54900", "UN"),
        ("Botas dieléctricas caña alta", 6, "189000", "PAR"),
        ("Cinta de demarcación 500 m", 10, "23800", "RL"),
    ]
    items = []
    for k, (desc, qn, up, um) in enumerate(data, 1):
        it = li(desc, qn, up)
        items.append(it)
        for (x, al), s in zip(
            cols, [str(k), desc, str(qn), um, "$ " + eu(D(up)), "$ " + eu(it[3])], strict=False
        ):
            d.t(x, y, s, F, 8.5, al)
        d.line(30, y - 6, W - 30, y - 6, 0.3, GREY)
        y -= 18
    sub = sum_lines(items)
    disc = q(sub * D("0.05"))
    base = sub - disc
    iva = q(base * D("0.19"))
    total = base + iva
    ret = q(base * D("0.025"))
    y -= 14
    tx = W - 230
    for lab, val, bold in (
        ("Subtotal", sub, False),
        ("Descuento comercial 5%", -disc, False),
        ("Base gravable", base, False),
        ("IVA 19%", iva, False),
        ("TOTAL FACTURA", total, True),
    ):
        if bold:
            d.rect(tx - 6, y - 6, W - 30 - tx + 6, 18, fill=LIGHT)
        d.t(tx, y, lab, FB if bold else F, 9 if bold else 8.5)
        d.t(W - 34, y, "$ " + eu(val), FB if bold else F, 9 if bold else 8.5, "r")
        y -= 17
    d.t(30, y + 60, "Valor en letras:", FB, 8)
    d.lines(
        30,
        y + 48,
        [
            "Dos millones quinientos sesenta y nueve mil",
            "ochocientos cincuenta y dos pesos con 60/100 M/CTE",
        ],
        F,
        8,
        10.5,
    )
    y -= 10
    d.t(30, y, "Retenciones (informativas, practicadas por el adquiriente):", FB, 8)
    d.t(30, y - 12, f"Retención en la fuente 2,5% s/ base: $ {eu(ret)}", F, 8)
    y -= 40
    d.qr(30, y - 80, 80, name)
    d.t(122, y - 8, "CUFE:", FB, 7.5)
    cufe = "6f3c1a9e8b27d4c05e91a3f7b2d8c64e0a51f9d37c2b8e46a10d95f3b7e28c4d1a6f0e93b5c27d8a4f1e06b39c5d72a8"
    d.lines(122, y - 20, [cufe[:64], cufe[64:]], "DVM", 7, 9.5)
    d.lines(
        122,
        y - 44,
        [
            "Resolución DIAN 18764062541937 del 2025-11-04, prefijo SIV del 10001 al 20000.",
            "Proveedor tecnológico: FacturaYa S.A.S. NIT 901.118.452-3",
            "Cuenta de ahorros Bancolombia 612-048213-77 a nombre de Suministros Industriales del Valle S.A.S.",
        ],
        F,
        7,
        10,
    )
    d.t(
        W / 2,
        30,
        "Esta factura electrónica de venta es título valor según Ley 1231 de 2008.",
        F,
        7,
        "c",
        GREY,
    )
    d.save()
    return truth(
        number="SIV-10482",
        date="2026-03-17",
        due="2026-04-16",
        vendor=vendor,
        amount=base,
        vat=iva,
        total=total,
        currency="COP",
        locale="es-CO",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Colombian e-invoice: ISO dates; 5 % commercial discount before IVA 19 %; informative 2,5 % withholding printed under the totals (total keyed = TOTAL FACTURA, before withholding); COP with dot thousands and ',00'; long CUFE hash.",
    )


def i03(name, path):  # noqa: C901
    """Mexico, CFDI 4.0 printed representation over two pages."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "DVC", "DVCB"
    vendor = "Distribuidora Tecnológica del Norte, S.A. de C.V."
    navy = HexColor("#1d3557")
    rng = random.Random(zlib.crc32(name.encode()))
    x0, x1 = 30, W - 30

    def header(pg):
        d.rect(x0, H - 74, 46, 46, fill=navy)
        d.t(x0 + 23, H - 57, "DTN", FB, 13, "c", white)
        d.t(x0 + 56, H - 38, vendor, FB, 10.5)
        d.lines(
            x0 + 56,
            H - 52,
            [
                "RFC: DTN150923KL4    Régimen Fiscal: 601 General de Ley Personas Morales",
                "Av. Constitución 2050 Pte., Col. Obispado, Monterrey, N.L.",
                "Lugar de expedición (C.P.): 64060",
            ],
            F,
            7.6,
            10,
        )
        d.t(x1, H - 104, f"Página {pg} de 2", F, 7.5, "r", GREY)

    header(1)
    bx = x1 - 190
    d.rect(bx, H - 208, 190, 92, stroke=navy, lw=0.9)
    d.rect(bx, H - 132, 190, 16, fill=navy)
    d.t(bx + 95, H - 127, "FACTURA  A-8842", FB, 10, "c", white)
    d.lines(
        bx + 5,
        H - 145,
        [
            "Serie: A        Folio: 8842",
            "Folio fiscal (UUID):",
            "3F2B9C4E-71A8-4D05-9E6B-0C8D2A47F193",
            "No. de serie del CSD: 00001000000712048316",
            "Fecha de emisión: 2026-04-08T12:31:04",
            "Tipo de comprobante: I - Ingreso",
        ],
        F,
        7.2,
        10,
    )
    d.t(x0, H - 128, "RECEPTOR", FB, 8.5, "l", navy)
    d.lines(
        x0,
        H - 141,
        [
            "Hospital San Rafael de Monterrey, S.C.",
            "RFC: HSR970314QW2",
            "Domicilio fiscal (C.P.): 64710",
            "Régimen fiscal: 603 Personas Morales con Fines no Lucrativos",
            "Uso CFDI: G03 Gastos en general",
            "Método de pago: PPD Pago en parcialidades o diferido",
            "Forma de pago: 99 Por definir",
            "Moneda: MXN Peso Mexicano    Exportación: 01 No aplica",
            "Condiciones de pago: 30 días",
        ],
        F,
        7.6,
        10,
    )
    cols = [
        (x0 + 2, "l"),
        (x0 + 82, "r"),
        (x0 + 88, "l"),
        (x0 + 118, "l"),
        (x1 - 80, "r"),
        (x1 - 2, "r"),
    ]
    hdr = ["ClaveProdServ", "Cant.", "Unidad", "Descripción", "Valor unitario", "Importe"]
    catalog = [
        ("43211503", 'Laptop 14" Core i5 16GB/512GB', "17850.00"),
        ("43211902", 'Monitor LED 24" Full HD', "2890.00"),
        ("43211708", "Teclado USB español", "349.00"),
        ("43211708", "Mouse óptico inalámbrico", "279.00"),
        ("43222609", "Switch administrable 24 puertos PoE", "8420.00"),
        ("26121609", "Cable UTP Cat6 bobina 305 m", "2645.00"),
        ("43201803", "Disco SSD 1TB NVMe", "1590.00"),
        ("43211507", "Estación de trabajo SFF Core i7", "21480.00"),
        ("44101501", "Multifuncional láser monocromática", "6275.00"),
        ("39121011", "No-break 1500VA", "3180.00"),
        ("43201401", "Memoria RAM DDR5 16GB", "985.00"),
        ("43211601", "Docking station USB-C", "2390.00"),
        ("45121504", "Cámara web 1080p", "745.00"),
        ("43191609", "Diadema con micrófono USB", "612.00"),
        ("43222640", "Access point Wi-Fi 6 techo", "3960.00"),
        ("39121700", "Regleta de 8 contactos", "289.00"),
        ("43233004", "Licencia antivirus 1 año", "540.00"),
        ("81111812", "Configuración e instalación de equipos", "950.00"),
        ("43211611", "Lector código de barras 2D", "1875.00"),
        ("43201537", "Gabinete rack 12U pared", "4310.00"),
        ("26121600", "Patch cord Cat6 1 m", "38.00"),
        ("78102203", "Envío y maniobras", "1200.00"),
    ]
    qtys = [6, 12, 12, 12, 2, 3, 8, 4, 2, 6, 16, 6, 10, 10, 5, 20, 30, 24, 4, 1, 60, 1]
    units = ["H87 Pieza"] * 17 + ["E48 Servicio"] + ["H87 Pieza"] * 3 + ["E48 Servicio"]
    items = [li(desc, qn, up) for (cl, desc, up), qn in zip(catalog, qtys, strict=False)]
    y = H - 248
    for pg, chunk in ((1, list(range(15))), (2, list(range(15, 22)))):
        if pg == 2:
            d.page()
            header(2)
            y = H - 124
            d.t(x0, y, "Continuación de FACTURA A-8842", FB, 8.5, "l", navy)
            y -= 20
        d.rect(x0, y - 4, x1 - x0, 14, fill=navy)
        for (x, al), s in zip(cols, hdr, strict=False):
            d.t(x, y, s, FB, 7.4, al, white)
        y -= 18
        for k in chunk:
            cl, desc, up = catalog[k]
            it = items[k]
            for (x, al), s in zip(
                cols,
                [cl, str(qtys[k]), units[k].split()[0], desc, en(D(up)), en(it[3])],
                strict=False,
            ):
                d.t(x, y, s, F, 7.6, al)
            d.t(
                x0 + 118,
                y - 9.5,
                "Objeto imp.: 02  Traslado IVA 002 Tasa 0.160000",
                F,
                6.2,
                "l",
                GREY,
            )
            d.line(x0, y - 14, x1, y - 14, 0.25, GREY)
            y -= 25
        if pg == 1:
            d.t(x1, y - 6, "Continúa en la página 2", F, 7.5, "r", GREY)
    sub = sum_lines(items)
    iva = q(sub * D("0.16"))
    total = sub + iva
    y -= 12
    tx = x1 - 180
    for lab, val, b in (
        ("Subtotal", sub, False),
        ("IVA Trasladado 16%", iva, False),
        ("Total", total, True),
    ):
        d.t(tx, y, lab, FB if b else F, 9 if b else 8.4)
        d.t(x1, y, "$" + en(val), FB if b else F, 9 if b else 8.4, "r")
        y -= 14
    pesos = int(total)
    cents = int((total - pesos) * 100)
    words = f"({es_words(pesos).upper()} PESOS {cents:02d}/100 M.N.)"
    y -= 6
    d.t(x0, y, "Importe con letra:", FB, 7.6)
    for ln in wrap(words, F, 7.6, x1 - x0 - 80):
        d.t(x0 + 74, y, ln, F, 7.6)
        y -= 10
    y -= 10
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    for lab, n in (
        ("Sello digital del CFDI:", 3),
        ("Sello digital del SAT:", 3),
        ("Cadena original del complemento de certificación digital del SAT:", 2),
    ):
        d.t(x0 + 118, y, lab, FB, 6.8)
        y -= 9
        for _ in range(n):
            d.t(x0 + 118, y, "".join(rng.choice(alphabet) for _ in range(108)), "DVM", 5.6)
            y -= 7.5
        y -= 4
    d.qr(x0, y + 10, 84, name)
    d.lines(
        x0 + 118,
        y,
        [
            "No. de serie del certificado SAT: 00001000000705250068",
            "Fecha y hora de certificación: 2026-04-08T12:31:19",
            "RFC del proveedor de certificación: SAT970701NN3",
        ],
        F,
        7,
        9.5,
    )
    d.t(W / 2, 28, "Este documento es una representación impresa de un CFDI 4.0", F, 7, "c", GREY)
    d.save()
    return truth(
        number="A-8842",
        date="2026-04-08",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=iva,
        total=total,
        currency="MXN",
        locale="es-MX",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Mexican CFDI 4.0 over two pages (22 lines, totals on page 2): number = serie A + folio 8842 (printed 'A-8842'); UUID, CSD and SAT certificate numbers and seals as distractors; ISO timestamp; 'Condiciones de pago: 30 días' without a due date; amount in words.",
    )


def i04(name, path):  # noqa: C901
    """Poland, Faktura VAT with 23 % and 5 %, KSeF number and amount in words."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "DVS", "DVSB"
    vendor = "Drukarnia Offsetowa Wisła Sp. z o.o."
    x0, x1 = 36, W - 36
    d.t(x1, H - 40, "Miejsce wystawienia: Kraków", F, 8.5, "r")
    d.t(x1, H - 52, "Data wystawienia: 2026-03-31", F, 8.5, "r")
    d.t(x1, H - 64, "Data sprzedaży: 2026-03-31", F, 8.5, "r")
    d.t(x0, H - 44, "WISŁA", FB, 20, "l", HexColor("#2b4c7e"))
    d.t(x0, H - 58, "drukarnia offsetowa", "DVSI", 9, "l", HexColor("#2b4c7e"))
    d.t(W / 2, H - 104, "Faktura VAT nr FV/0318/03/2026", FB, 14, "c")
    d.t(W / 2, H - 118, "ORYGINAŁ", F, 8.5, "c", GREY)
    mid = W / 2 + 4
    d.t(x0, H - 146, "Sprzedawca:", FB, 9)
    d.lines(
        x0,
        H - 160,
        [
            vendor,
            "ul. Zabłocie 23, 30-701 Kraków",
            "NIP: 6762489137",
            "REGON: 365182940",
            "Bank: mBank S.A.",
            "12 1140 2004 0000 3102 7845 1290",
        ],
        F,
        8.5,
        11.5,
    )
    d.t(mid, H - 146, "Nabywca:", FB, 9)
    d.lines(
        mid,
        H - 160,
        [
            "Kawiarnia Pod Arkadami s.c.",
            "Anna Nowak, Piotr Zieliński",
            "Rynek Główny 9, 31-042 Kraków",
            "NIP: 6751038274",
        ],
        F,
        8.5,
        11.5,
    )
    cols = [
        (x0 + 4, "l"),
        (x0 + 20, "l"),
        (x0 + 222, "r"),
        (x0 + 230, "l"),
        (x0 + 300, "r"),
        (x0 + 362, "r"),
        (x0 + 392, "r"),
        (x0 + 446, "r"),
        (x1 - 3, "r"),
    ]
    y = H - 250
    d.rect(x0, y - 14, x1 - x0, 26, fill=LIGHT, stroke=BLACK, lw=0.4)
    for (x, al), s in zip(
        cols,
        [
            "Lp.",
            "Nazwa towaru / usługi",
            "Ilość",
            "J.m.",
            "Cena netto",
            "Wartość",
            "VAT",
            "Kwota",
            "Wartość",
        ],
        strict=False,
    ):
        d.t(x, y + 1, s, FB, 7.6, al)
    for (x, al), s in zip(cols, ["", "", "", "", "", "netto", "%", "VAT", "brutto"], strict=False):
        if s:
            d.t(x, y - 9, s, FB, 7.6, al)
    y -= 28
    data = [
        ("Ulotki A5 4+4, kreda 135 g", 5000, "0.18", 23, "szt."),
        ("Katalog 48 str., oprawa zeszytowa", 500, "7.40", 23, "szt."),
        ("Książka 'Kraków od kuchni' ISBN 978-83-967412-0-3", 200, "18.50", 5, "egz."),
    ]
    items, by = [], {23: [D(0), D(0)], 5: [D(0), D(0)]}
    for k, (desc, qn, up, rate, jm) in enumerate(data, 1):
        it = li(desc, qn, up)
        items.append(it)
        v = q(it[3] * rate / 100)
        by[rate][0] += it[3]
        by[rate][1] += v
        lines = wrap(desc, F, 8, 190)
        for (x, al), s in zip(
            cols,
            [
                f"{k}.",
                lines,
                sp(D(qn), 0),
                jm,
                sp(D(up)),
                sp(it[3]),
                f"{rate}%",
                sp(v),
                sp(it[3] + v),
            ],
            strict=False,
        ):
            if isinstance(s, list):
                for j, ln in enumerate(s):
                    d.t(x, y - j * 10, ln, F, 8, al)
            else:
                d.t(x, y, s, F, 8, al)
        y -= 10 * len(lines) + 8
        d.line(x0, y + 10, x1, y + 10, 0.3, GREY)
    y -= 8
    d.t(x0 + 300, y, "Razem:", FB, 8.5, "r")
    net = by[23][0] + by[5][0]
    vat = by[23][1] + by[5][1]
    total = net + vat
    for (x, al), s in zip(cols[5:], [sp(net), "", sp(vat), sp(total)], strict=False):
        if s:
            d.t(x, y, s, FB, 8.5, al)
    y -= 14
    for rate in (23, 5):
        d.t(x0 + 300, y, "w tym:", F, 8, "r")
        for (x, al), s in zip(
            cols[5:],
            [sp(by[rate][0]), f"{rate}%", sp(by[rate][1]), sp(by[rate][0] + by[rate][1])],
            strict=False,
        ):
            d.t(x, y, s, F, 8, al)
        y -= 12
    y -= 18
    d.t(x0, y, "Sposób płatności: przelew", F, 9)
    d.t(x0, y - 13, "Termin płatności: 14 dni (2026-04-14)", F, 9)
    d.t(x0, y - 40, f"Do zapłaty: {sp(total)} PLN", FB, 13)
    d.t(x0, y - 56, "Słownie: dziewięć tysięcy pięćset czterdzieści trzy PLN 00/100", F, 9)
    d.t(x0, y - 82, "Numer KSeF: 6762489137-20260331-4A1B2C3D4E5F-1A", "DVM", 7.5, "l", GREY)
    yy = 120
    d.line(x0, yy, x0 + 180, yy, 0.4, dash=(1, 2))
    d.line(x1 - 180, yy, x1, yy, 0.4, dash=(1, 2))
    d.t(x0 + 90, yy - 11, "Osoba upoważniona do odbioru", F, 7.5, "c", GREY)
    d.t(x1 - 90, yy - 11, "Osoba upoważniona do wystawienia", F, 7.5, "c", GREY)
    d.t(x1 - 90, yy + 6, "Marta Kowalczyk", "DVSI", 9, "c")
    d.t(
        W / 2,
        40,
        "Sąd Rejonowy dla Krakowa-Śródmieścia, XI Wydział Gospodarczy KRS 0000741829, kapitał zakładowy 150 000,00 zł",
        F,
        6.8,
        "c",
        GREY,
    )
    assert sp(total) == "9 543,00"
    d.save()
    return truth(
        number="FV/0318/03/2026",
        date="2026-03-31",
        due="2026-04-14",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Polish Faktura VAT: two rates (23 % and 5 % for the book) with 'w tym' breakdown; due date only inside 'Termin płatności: 14 dni (2026-04-14)'; 'Do zapłaty' plus amount in words; KSeF number and KRS as distractors; space thousands separator.",
    )


def i05(name, path):
    """Czechia, faktura - daňový doklad with rounding to whole crowns."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "DV", "DVB"
    vendor = "Elektro Vltava s.r.o."
    x0, x1 = 34, W - 34
    nb = "\u00a0"

    def cz(v):
        return sp(v).replace(" ", nb)

    d.t(x0, H - 46, "ELEKTRO", FB, 18, "l", HexColor("#f2a900"))
    d.t(x0 + sw("ELEKTRO ", FB, 18), H - 46, "VLTAVA", FB, 18)
    d.t(x1, H - 40, "FAKTURA – DAŇOVÝ DOKLAD", FB, 12.5, "r")
    d.t(x1, H - 56, "č. 2026-0412", FB, 12.5, "r")
    mid = W / 2
    d.rect(x0, H - 196, mid - x0 - 6, 124, stroke=BLACK, lw=0.5)
    d.t(x0 + 6, H - 86, "Dodavatel:", FB, 8.5)
    d.lines(
        x0 + 6,
        H - 100,
        [
            vendor,
            "Holešovické nábřeží 412/7",
            "170 00 Praha 7",
            "",
            "IČO: 27615432",
            "DIČ: CZ27615432",
            "Plátce DPH",
        ],
        F,
        8.5,
        11,
    )
    d.rect(mid + 6, H - 196, x1 - mid - 6, 124, stroke=BLACK, lw=1.0)
    d.t(mid + 12, H - 86, "Odběratel:", FB, 8.5)
    d.lines(
        mid + 12,
        H - 100,
        [
            "Stavby Novák a syn s.r.o.",
            "Průmyslová 1880/14",
            "301 00 Plzeň",
            "",
            "IČO: 28031224",
            "DIČ: CZ28031224",
        ],
        F,
        8.5,
        11,
    )
    y = H - 216
    left = [
        ("Bankovní účet:", "2801947263/2010"),
        ("IBAN:", "CZ65 2010 0000 0028 0194 7263"),
        ("Variabilní symbol:", "20260412"),
        ("Konstantní symbol:", "0308"),
        ("Způsob úhrady:", "převodem"),
    ]
    right = [
        ("Datum vystavení:", "14.04.2026"),
        ("Datum zdanitelného plnění:", "12.04.2026"),
        ("Datum splatnosti:", "28.04.2026"),
        ("Objednávka č.:", "OBJ-2026-118"),
    ]
    for k, (a, b) in enumerate(left):
        d.t(x0 + 6, y - k * 12, a, F, 8.4, "l", GREY)
        d.t(x0 + 104, y - k * 12, b, FB if k == 2 else F, 8.4)
    for k, (a, b) in enumerate(right):
        d.t(mid + 12, y - k * 12, a, F, 8.4, "l", GREY)
        d.t(x1 - 6, y - k * 12, b, FB if k == 2 else F, 8.4, "r")
    y -= 80
    d.t(
        x0, y, "Fakturujeme Vám za elektroinstalační práce v objektu Plzeň, Karlovarská 88:", F, 8.6
    )
    y -= 20
    cols = [
        (x0 + 4, "l"),
        (x0 + 268, "r"),
        (x0 + 276, "l"),
        (x0 + 370, "r"),
        (x0 + 410, "r"),
        (x1 - 4, "r"),
    ]
    d.line(x0, y + 11, x1, y + 11, 0.8)
    for (x, al), s in zip(
        cols,
        ["Označení dodávky", "Množství", "J.", "Cena za MJ", "DPH %", "Celkem bez DPH"],
        strict=False,
    ):
        d.t(x, y, s, FB, 8, al)
    d.line(x0, y - 5, x1, y - 5, 0.8)
    y -= 18
    data = [
        ("Montáž a zapojení rozvaděče RS1", 1, "18450.00", "ks"),
        ("Kabel CYKY-J 3x2,5", 120, "32.50", "m"),
        ("Jistič B16/1, 10 kA", 12, "189.00", "ks"),
        ("Práce elektrikáře", 16, "650.00", "hod"),
    ]
    items = []
    for desc, qn, up, u in data:
        it = li(desc, qn, up)
        items.append(it)
        for (x, al), s in zip(
            cols, [desc, cz(D(qn)).replace(",00", ""), u, cz(D(up)), "21", cz(it[3])], strict=False
        ):
            d.t(x, y, s, F, 8.5, al)
        y -= 15
    d.line(x0, y + 8, x1, y + 8, 0.5)
    net = sum_lines(items)
    vat = q(net * D("0.21"))
    exact = net + vat
    total = q(exact, 0)
    rnd = total - exact
    y -= 10
    d.t(x0 + 4, y, "Rekapitulace DPH:", FB, 8.4)
    rc = [(x0 + 150, "r"), (x0 + 240, "r"), (x0 + 330, "r")]
    for (x, al), s in zip(rc, ["Základ", "Sazba", "DPH"], strict=False):
        d.t(x, y - 14, s, FB, 8, al)
    for (x, al), s in zip(rc, [cz(net), "21 %", cz(vat)], strict=False):
        d.t(x, y - 27, s, F, 8.4, al)
    ty = y - 60
    tx = x1 - 220
    for lab, val in (
        ("Celkem bez DPH:", cz(net)),
        ("DPH 21 %:", cz(vat)),
        ("Celkem s DPH:", cz(exact)),
        ("Zaokrouhlení:", sp(rnd, plus=True).replace(" ", nb)),
    ):
        d.t(tx, ty, lab, F, 8.6)
        d.t(x1 - 4, ty, val + " Kč", F, 8.6, "r")
        ty -= 13
    ty -= 8
    d.rect(tx - 6, ty - 8, x1 - tx + 6, 24, fill=LIGHT, stroke=BLACK, lw=0.8)
    d.t(tx, ty, "Celkem k úhradě:", FB, 11)
    d.t(x1 - 6, ty, cz(total) + " Kč", FB, 11, "r")
    d.qr(x0, ty - 40, 72, name)
    d.t(x0 + 80, ty + 20, "QR Platba", FB, 8)
    d.t(
        x0,
        96,
        "Vystavil: Ing. Tomáš Dvořák, tel. +420 602 481 337, fakturace@elektrovltava.cz",
        F,
        7.8,
    )
    d.t(x0, 82, "Převzal: ...................................", F, 7.8)
    d.t(
        W / 2,
        40,
        "Společnost je zapsána v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 118472.",
        F,
        6.8,
        "c",
        GREY,
    )
    d.save()
    return truth(
        number="2026-0412",
        date="2026-04-14",
        due="2026-04-28",
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="CZK",
        locale="cs-CZ",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Czech invoice, image-only PDF: three dates (vystavení 14.04, DUZP 12.04, splatnost 28.04); rounding 'Zaokrouhlení +0,22' to 'Celkem k úhradě' 42 372 Kč, so keyed amount = total - DPH = net + rounding; non-breaking-space thousands; variabilní symbol equals the number digits.",
    )


def i06(name, path):
    """Slovakia, dobropis (credit note) printed with negative amounts."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "DV", "DVB"
    vendor = "TatraSoft s.r.o."
    x0, x1 = 40, W - 40
    blue = HexColor("#2f5d8a")
    d.c.saveState()
    d.c.setFillColor(blue)
    p = d.c.beginPath()
    p.moveTo(x0, H - 62)
    p.lineTo(x0 + 22, H - 30)
    p.lineTo(x0 + 36, H - 48)
    p.lineTo(x0 + 46, H - 38)
    p.lineTo(x0 + 64, H - 62)
    p.close()
    d.c.drawPath(p, stroke=0, fill=1)
    d.c.restoreState()
    d.t(x0 + 72, H - 50, "TatraSoft", FB, 17, "l", blue)
    d.t(x0 + 72, H - 62, "softvér pre hotely a wellness", F, 7.5, "l", GREY)
    d.t(x1, H - 44, "DOBROPIS č. DB2026015", FB, 14, "r")
    d.t(x1, H - 60, "opravný doklad k faktúre č. FA2026187 zo dňa 12.05.2026", F, 8, "r")
    y = H - 100
    d.t(x0, y, "Dodávateľ", FB, 8.5, "l", blue)
    d.lines(
        x0,
        y - 14,
        [
            vendor,
            "Hlavná 48, 058 01 Poprad",
            "IČO: 47281934",
            "DIČ: 2023847192",
            "IČ DPH: SK2023847192",
            "Zapísaná v OR OS Prešov, odd. Sro, vl. č. 28417/P",
        ],
        F,
        8.4,
        11,
    )
    mx = W / 2 + 20
    d.t(mx, y, "Odberateľ", FB, 8.5, "l", blue)
    d.lines(
        mx,
        y - 14,
        [
            "Hotel Lomnica a.s.",
            "Tatranská Lomnica 14701",
            "059 60 Vysoké Tatry",
            "IČO: 36472581",
            "IČ DPH: SK2021894407",
        ],
        F,
        8.4,
        11,
    )
    y -= 100
    d.line(x0, y + 12, x1, y + 12, 0.4, GREY)
    for k, (a, b) in enumerate(
        (
            ("Dátum vyhotovenia:", "09.06.2026"),
            ("Dátum dodania:", "09.06.2026"),
            ("Dátum splatnosti:", "23.06.2026"),
            ("Forma úhrady:", "prevodom"),
        )
    ):
        xx = x0 + (k % 2) * 260
        yy = y - (k // 2) * 13
        d.t(xx, yy, a, F, 8.4, "l", GREY)
        d.t(xx + 110, yy, b, FB, 8.4)
    d.t(x0, y - 36, "IBAN: SK31 1100 0000 0029 4710 3826   BIC: TATRSKBX   VS: 2026015", F, 8.4)
    d.t(
        x0,
        y - 56,
        "Dôvod opravy: vrátenie dvoch licencií a zľava za nedostupnosť služby v 05/2026.",
        "DVO",
        8.4,
    )
    y -= 84
    cols = [(x0 + 4, "l"), (x0 + 290, "r"), (x0 + 350, "r"), (x0 + 400, "r"), (x1 - 4, "r")]
    d.rect(x0, y - 5, x1 - x0, 17, fill=HexColor("#dde7f0"))
    for (x, al), s in zip(
        cols, ["Popis", "Množstvo", "Cena/MJ", "DPH", "Spolu bez DPH"], strict=False
    ):
        d.t(x, y, s, FB, 8, al)
    y -= 20
    data = [
        ("Licencia HotelPro – modul Wellness (vrátenie)", -2, "340.00"),
        ("Zľava za nedostupnosť služby 05/2026", 1, "-125.00"),
    ]
    items = []
    for desc, qn, up in data:
        it = li(desc, qn, up)
        items.append(it)
        for (x, al), s in zip(
            cols, [desc, eu(D(qn), 0) + " ks", eu(D(up)), "23 %", eu(it[3])], strict=False
        ):
            d.t(x, y, s, F, 8.5, al)
        y -= 16
    net = sum_lines(items)
    vat = q(net * D("0.23"))
    total = net + vat
    d.line(x0, y + 6, x1, y + 6, 0.5)
    y -= 14
    tx = x1 - 210
    for lab, val, b in (
        ("Základ DPH 23 %", net, False),
        ("DPH 23 %", vat, False),
        ("Spolu na vrátenie", total, True),
    ):
        d.t(tx, y, lab, FB if b else F, 10 if b else 8.8)
        d.t(x1 - 4, y, eu(val) + " EUR", FB if b else F, 10 if b else 8.8, "r")
        y -= 16
    d.t(x0, 110, "Vyhotovil: Mgr. Zuzana Kráľová", F, 8)
    d.t(x0, 98, "Tel.: +421 52 776 1840  ·  fakturacia@tatrasoft.sk", F, 8)
    d.t(
        W / 2, 40, "TatraSoft s.r.o. · Hlavná 48, 058 01 Poprad · www.tatrasoft.sk", F, 7, "c", GREY
    )
    d.save()
    return truth(
        number="DB2026015",
        date="2026-06-09",
        due="2026-06-23",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="sk-SK",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="Slovak credit note (dobropis) printed with negative amounts, keyed negative; the original invoice FA2026187 and its date 12.05.2026 are distractors; DPH 23 %; dátum splatnosti keyed as due date.",
    )


def i07(name, path):
    """Greece, τιμολόγιο παροχής υπηρεσιών with myDATA ΜΑΡΚ."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "DV", "DVB"
    vendor = "ΑΙΓΑΙΟ ΛΟΓΙΣΤΙΚΗ Ι.Κ.Ε."
    x0, x1 = 38, W - 38
    sea = HexColor("#1b5e9a")
    d.c.saveState()
    d.c.setStrokeColor(sea)
    d.c.setLineWidth(2)
    for k in range(3):
        p = d.c.beginPath()
        p.moveTo(x0, H - 50 - k * 6)
        for s in range(1, 9):
            p.curveTo(
                x0 + s * 6 - 4,
                H - 46 - k * 6,
                x0 + s * 6 - 2,
                H - 54 - k * 6,
                x0 + s * 6,
                H - 50 - k * 6,
            )
        d.c.drawPath(p, stroke=1, fill=0)
    d.c.restoreState()
    d.t(x0 + 58, H - 46, vendor, FB, 13, "l", sea)
    d.t(x0 + 58, H - 60, "Λογιστικές & φοροτεχνικές υπηρεσίες", F, 8.5, "l", GREY)
    d.lines(
        x0,
        H - 86,
        [
            "Λεωφ. Συγγρού 214, 176 72 Καλλιθέα",
            "ΑΦΜ: 801234567  ΔΟΥ: ΚΕΦΟΔΕ ΑΤΤΙΚΗΣ",
            "ΓΕΜΗ: 158273401000  Τηλ.: 210 9571 448",
        ],
        F,
        8,
        10.5,
    )
    bx = x1 - 200
    d.rect(bx, H - 150, 200, 84, stroke=sea, lw=1)
    d.t(bx + 100, H - 82, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", FB, 8.6, "c", sea)
    for k, (a, b) in enumerate(
        (
            ("Αριθμός:", "2026/0274"),
            ("Ημερομηνία:", "15/07/2026"),
            ("Προθεσμία πληρωμής:", "14/08/2026"),
            ("Τρόπος πληρωμής:", "Επί πιστώσει"),
        )
    ):
        d.t(bx + 6, H - 100 - k * 12, a, F, 8, "l", GREY)
        d.t(bx + 194, H - 100 - k * 12, b, FB if k < 2 else F, 8, "r")
    y = H - 176
    d.t(x0, y, "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ", FB, 8.5, "l", sea)
    d.lines(
        x0,
        y - 14,
        [
            "ΝΗΣΙΩΤΙΚΕΣ ΓΕΥΣΕΙΣ Ο.Ε.",
            "Εμπόριο τροφίμων",
            "Ακτή Μιαούλη 32, 185 38 Πειραιάς",
            "ΑΦΜ: 998877665  ΔΟΥ: Α' ΠΕΙΡΑΙΑ",
        ],
        F,
        8.5,
        11,
    )
    y -= 80
    cols = [(x0 + 4, "l"), (x0 + 300, "r"), (x0 + 370, "r"), (x0 + 420, "r"), (x1 - 4, "r")]
    d.rect(x0, y - 5, x1 - x0, 17, fill=sea)
    for (x, al), s in zip(cols, ["Περιγραφή", "Ποσότητα", "Τιμή", "ΦΠΑ", "Αξία"], strict=False):
        d.t(x, y, s, FB, 8, al, white)
    y -= 20
    data = [
        ("Λογιστική υποστήριξη Ιουνίου 2026", 1, "450.00"),
        ("Σύνταξη μισθοδοσίας (8 εργαζόμενοι)", 8, "25.00"),
        ("Υποβολή δήλωσης ΦΠΑ β' τριμήνου", 1, "120.00"),
    ]
    items = []
    for desc, qn, up in data:
        it = li(desc, qn, up)
        items.append(it)
        for (x, al), s in zip(cols, [desc, str(qn), eu(D(up)), "24%", eu(it[3])], strict=False):
            d.t(x, y, s, F, 8.6, al)
        d.line(x0, y - 6, x1, y - 6, 0.3, GREY)
        y -= 18
    net = sum_lines(items)
    vat = q(net * D("0.24"))
    total = net + vat
    y -= 16
    tx = x1 - 200
    for lab, val, b in (
        ("Καθαρή αξία", net, False),
        ("ΦΠΑ 24%", vat, False),
        ("Πληρωτέο ποσό", total, True),
    ):
        d.t(tx, y, lab, FB if b else F, 10 if b else 8.8)
        d.t(x1 - 4, y, eu(val) + " €", FB if b else F, 10 if b else 8.8, "r")
        y -= 16
    y -= 20
    d.t(x0, y, "Τραπεζικός λογαριασμός (Εθνική Τράπεζα):", FB, 8)
    d.t(x0, y - 12, "IBAN: GR16 0110 1250 0000 0001 2300 695", F, 8)
    d.qr(x0, 60, 70, name)
    d.lines(
        x0 + 80,
        118,
        [
            "ΜΑΡΚ: 400001947382615",
            "UID: 3A8F1C27D90B4E65A1F2C3D4E5F60718293A4B5C",
            "Πάροχος Ηλεκτρονικής Τιμολόγησης: ePrime Α.Ε.",
            "Άδεια ΑΑΔΕ: 2023/0147",
        ],
        F,
        7.2,
        10,
    )
    d.save()
    return truth(
        number="2026/0274",
        date="2026-07-15",
        due="2026-08-14",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="el-GR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Greek service invoice, all labels in Greek: ΦΠΑ 24 %; 'Πληρωτέο ποσό' total; 'Προθεσμία πληρωμής' due date; ΜΑΡΚ/UID/ΓΕΜΗ/ΑΦΜ numbers as distractors; decimal comma.",
    )


def i08(name, path):
    """Turkey, e-Fatura (GİB layout) with discount, KDV %20 and ETTN."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "DV", "DVB"
    vendor = "Akdeniz Ambalaj Sanayi ve Ticaret A.Ş."
    x0, x1 = 30, W - 30
    d.lines(
        x0,
        H - 40,
        [
            vendor,
            "Organize Sanayi Bölgesi 3. Kısım 14. Cad. No:7",
            "Döşemealtı / ANTALYA",
            "Tel: (0242) 258 14 70",
            "Vergi Dairesi: ANTALYA KURUMLAR",
            "VKN: 0123456789",
            "Mersis No: 0012345678900015",
        ],
        F,
        7.8,
        10.5,
    )
    d.line(x0, H - 120, x0 + 230, H - 120, 0.6)
    d.c.saveState()
    d.c.setStrokeColor(HexColor("#c00000"))
    d.c.setLineWidth(2)
    d.c.circle(W / 2 + 40, H - 70, 30, stroke=1, fill=0)
    d.c.restoreState()
    d.t(W / 2 + 40, H - 66, "GİB", FB, 11, "c", HexColor("#c00000"))
    d.t(W / 2 + 40, H - 113, "e-FATURA", FB, 11, "c")
    d.t(x0, H - 140, "SAYIN", FB, 8.5)
    d.lines(
        x0,
        H - 153,
        [
            "Ege Gıda Pazarlama Ltd. Şti.",
            "Kemalpaşa Cad. No:412 Işıkkent",
            "Bornova / İZMİR",
            "Vergi Dairesi: BORNOVA",
            "VKN: 3210987654",
        ],
        F,
        7.8,
        10.5,
    )
    rx = x1 - 200
    rows = [
        ("Özelleştirme No:", "TR1.2"),
        ("Senaryo:", "TEMELFATURA"),
        ("Fatura Tipi:", "SATIS"),
        ("Fatura No:", "AKD2026000001843"),
        ("Fatura Tarihi:", "22-09-2026"),
        ("Son Ödeme Tarihi:", "22-10-2026"),
        ("İrsaliye No:", "AKI2026000002211"),
    ]
    yy = H - 140
    for a, b in rows:
        d.rect(rx, yy - 4, 200, 13, stroke=BLACK, lw=0.4)
        d.t(rx + 4, yy, a, FB, 7.6)
        d.t(rx + 196, yy, b, F, 7.6, "r")
        yy -= 13
    d.t(x0, H - 232, "ETTN: 7d4f1c2a-93b8-4e61-a0f7-58c2e9b31d46", F, 7.8)
    cols = [
        (x0 + 3, "l"),
        (x0 + 22, "l"),
        (x0 + 230, "r"),
        (x0 + 290, "r"),
        (x0 + 330, "r"),
        (x0 + 380, "r"),
        (x0 + 410, "r"),
        (x0 + 462, "r"),
        (x1 - 3, "r"),
    ]
    y = H - 262
    d.rect(x0, y - 16, x1 - x0, 28, fill=LIGHT, stroke=BLACK, lw=0.4)
    h1 = ["Sıra", "Mal Hizmet", "Miktar", "Birim", "İsk.", "İskonto", "KDV", "KDV", "Mal Hizmet"]
    h2 = ["No", "", "", "Fiyat", "Oranı", "Tutarı", "Oranı", "Tutarı", "Tutarı"]
    for (x, al), s1, s2 in zip(cols, h1, h2, strict=False):
        d.t(x, y + 1, s1, FB, 7, al)
        if s2:
            d.t(x, y - 9, s2, FB, 7, al)
    y -= 30
    data = [
        ("Oluklu koli 40x30x30 cm 5 katlı", 2000, "Adet", "18.75", 2),
        ("Streç film 17 mikron 50 cm", 48, "Rulo", "415.00", 0),
        ("Koli bandı 45 mm x 100 m", 120, "Adet", "38.50", 0),
    ]
    items = []
    disc_total = D(0)
    for k, (desc, qn, unit, up, dr) in enumerate(data, 1):
        it = li(desc, qn, up)
        disc = q(it[3] * dr / 100)
        disc_total += disc
        kdv = q((it[3] - disc) * D("0.20"))
        items.append(it)
        for (x, al), s in zip(
            cols,
            [
                str(k),
                desc,
                f"{eu(D(qn), 0)} {unit}",
                eu(D(up)) + " TL",
                f"%{dr}",
                eu(disc) + " TL",
                "%20",
                eu(kdv) + " TL",
                eu(it[3]) + " TL",
            ],
            strict=False,
        ):
            d.t(x, y, s, F, 7.2, al)
        d.line(x0, y - 6, x1, y - 6, 0.3)
        y -= 17
    gross = sum_lines(items)
    base = gross - disc_total
    kdv = q(base * D("0.20"))
    total = base + kdv
    y -= 20
    tx = x1 - 240
    for lab, val in (
        ("Mal Hizmet Toplam Tutarı", gross),
        ("Toplam İskonto", disc_total),
        ("KDV Matrahı (%20)", base),
        ("Hesaplanan KDV (%20)", kdv),
        ("Vergiler Dahil Toplam Tutar", total),
        ("Ödenecek Tutar", total),
    ):
        d.rect(tx, y - 4, 240, 13, stroke=BLACK, lw=0.4)
        d.t(tx + 4, y, lab, FB, 7.8)
        d.t(x1 - 4, y, eu(val) + " TL", F, 7.8, "r")
        y -= 13
    y -= 20
    d.rect(x0, y - 58, x1 - x0, 66, stroke=BLACK, lw=0.4)
    d.lines(
        x0 + 6,
        y - 4,
        [
            "Not: Yalnız Yetmiş Üç Bin Beş Yüz Kırk Sekiz Türk Lirası Sıfır Kuruş",
            "Ödeme: Halkbank Antalya OSB Şb. IBAN TR41 0001 2009 4520 0010 2600 14",
            "Vade: 30 gün. Bu satış e-Fatura olarak düzenlenmiştir.",
        ],
        F,
        7.8,
        11,
    )
    assert total == D("73548.00")
    d.save()
    return truth(
        number="AKD2026000001843",
        date="2026-09-22",
        due="2026-10-22",
        vendor=vendor,
        amount=base,
        vat=kdv,
        total=total,
        currency="TRY",
        locale="tr-TR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Turkish e-Fatura: 16-character fatura no; ETTN UUID and irsaliye (delivery note) number as distractors; line discount 2 % on one line reduces KDV matrahı; 'Vergiler Dahil Toplam' = 'Ödenecek Tutar'; dates DD-MM-YYYY; amounts with 'TL' suffix.",
    )


def i09(name, path):
    """Egypt, e-invoice (English) with VAT 14 %."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "Helvetica", "Helvetica-Bold"
    vendor = "Nile Delta Agro Supplies S.A.E."
    x0, x1 = 36, W - 36
    green = HexColor("#2e7d32")
    d.c.saveState()
    d.c.setFillColor(green)
    d.c.ellipse(x0, H - 78, x0 + 30, H - 38, stroke=0, fill=1)
    d.c.ellipse(x0 + 18, H - 70, x0 + 48, H - 30, stroke=0, fill=1)
    d.c.restoreState()
    d.t(x0 + 58, H - 50, "NILE DELTA", FB, 16, "l", green)
    d.t(x0 + 58, H - 64, "AGRO SUPPLIES", F, 9, "l", green)
    d.lines(
        x1,
        H - 42,
        [
            vendor,
            "12 El-Galaa St., Mansoura, Dakahlia",
            "Tax Registration No.: 204-817-395",
            "Commercial Register: 118422 Mansoura",
            "Tel: +20 50 222 4817",
        ],
        F,
        8,
        10.5,
        "r",
    )
    d.line(x0, H - 104, x1, H - 104, 1.2, green)
    d.t(x0, H - 130, "TAX INVOICE", FB, 18)
    rows = [
        ("Invoice No.", "INV-2026-00731"),
        ("Issue Date", "27/01/2026"),
        ("Due Date", "26/02/2026"),
        ("Payment Terms", "30 days"),
        ("Internal ID", "SO-58214"),
    ]
    yy = H - 126
    for a, b in rows:
        d.t(x1 - 120, yy, a, F, 8.4, "r", GREY)
        d.t(x1, yy, b, FB, 8.4, "r")
        yy -= 12
    d.t(x0, H - 158, "BILL TO", FB, 8.5, "l", green)
    d.lines(
        x0,
        H - 172,
        [
            "El-Wadi Farms for Agricultural Development",
            "Kilo 54 Cairo-Alexandria Desert Road",
            "Sadat City, Menoufia",
            "Tax Registration No.: 318-552-904",
        ],
        F,
        8.5,
        11,
    )
    y = H - 240
    cols = [
        (x0 + 4, "l"),
        (x0 + 26, "l"),
        (x0 + 300, "r"),
        (x0 + 330, "l"),
        (x0 + 440, "r"),
        (x1 - 4, "r"),
    ]
    d.rect(x0, y - 5, x1 - x0, 17, fill=green)
    for (x, al), s in zip(
        cols, ["#", "Description", "Qty", "Unit", "Unit Price", "Amount (EGP)"], strict=False
    ):
        d.t(x, y, s, FB, 8, al, white)
    y -= 20
    data = [
        ("Drip irrigation pipe 16 mm, roll 400 m", 25, "Roll", "1850.00"),
        ("Fertilizer NPK 20-20-20, 25 kg bag", 40, "Bag", "1320.00"),
        ("Delivery to site (Sadat City)", 1, "Trip", "2500.00"),
    ]
    items = []
    for k, (desc, qn, unit, up) in enumerate(data, 1):
        it = li(desc, qn, up)
        items.append(it)
        for (x, al), s in zip(
            cols, [str(k), desc, str(qn), unit, en(D(up)), en(it[3])], strict=False
        ):
            d.t(x, y, s, F, 8.6, al)
        if k % 2 == 0:
            pass
        d.line(x0, y - 6, x1, y - 6, 0.3, GREY)
        y -= 18
    net = sum_lines(items)
    vat = q(net * D("0.14"))
    total = net + vat
    y -= 14
    tx = x1 - 210
    for lab, val, b in (
        ("Total Sales Amount", net, False),
        ("Discount", D(0), False),
        ("Net Amount", net, False),
        ("Value Added Tax (14%)", vat, False),
        ("Total Amount (EGP)", total, True),
    ):
        d.t(tx, y, lab, FB if b else F, 10 if b else 8.8)
        d.t(x1 - 4, y, en(val), FB if b else F, 10 if b else 8.8, "r")
        y -= 15
    y -= 24
    d.t(
        x0,
        y,
        "Bank details: Banque Misr, Mansoura Branch - Account 1480 0012 0034 8211 - IBAN EG38 0002 0148 0148 0001 2003 4821 1",
        F,
        7.6,
    )
    d.t(x0, y - 12, "Please quote the invoice number with your payment.", F, 7.6)
    d.qr(x1 - 80, 56, 76, name)
    d.lines(
        x0,
        120,
        [
            "Electronic Invoice UUID:",
            "F3B1C9E07A2D48E5B6C1D0A9E8F7B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2E1F0A9",
            "Submission ID: 7Q2K9WX4N1M8P5R3T6V0Y",
            "Validated by the Egyptian Tax Authority e-invoicing system",
        ],
        F,
        7,
        9.5,
    )
    d.save()
    return truth(
        number="INV-2026-00731",
        date="2026-01-27",
        due="2026-02-26",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EGP",
        locale="en-EG",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Egyptian tax invoice in English, image-only PDF: VAT 14 %; DD/MM/YYYY dates; ETA UUID, submission id, internal SO number and two tax registration numbers as distractors; currency only as 'EGP' in labels.",
    )


def i10(name, path):
    """China, digital VAT special invoice (fapiao-like) in English, 13 % and 9 %."""
    W, H = A4[1], A4[0]  # landscape like a fapiao
    d = Doc(path, W, H, name)
    F, FB = "DV", "DVB"
    red = HexColor("#9c2a1e")
    vendor = "Shenzhen Lianhe Precision Electronics Co., Ltd."
    x0, x1 = 40, W - 40
    d.t(W / 2, H - 48, "Electronic Invoice (Special VAT Invoice)", FB, 16, "c", red)
    d.line(W / 2 - 170, H - 54, W / 2 + 170, H - 54, 1.2, red)
    d.line(W / 2 - 170, H - 57, W / 2 + 170, H - 57, 0.6, red)
    d.qr(x0, H - 100, 64, name, color=BLACK)
    for k, (a, b) in enumerate(
        (("Invoice No.:", "26442000000183746521"), ("Date of issue:", "2026-05-19"))
    ):
        d.t(x1 - 180, H - 66 - k * 14, a, F, 8.6, "l", red)
        d.t(x1, H - 66 - k * 14, b, F, 8.6, "r")
    top = H - 112
    d.rect(x0, 64, x1 - x0, top - 64, stroke=red, lw=1.2)
    mid = W / 2
    d.line(mid, top, mid, top - 74, 0.8, red)
    d.line(x0, top - 74, x1, top - 74, 0.8, red)
    d.t(x0 + 8, top - 14, "Buyer", FB, 8.6, "l", red)
    d.lines(
        x0 + 8,
        top - 30,
        [
            "Name: Guangzhou Huanan Smart Home Technology Co., Ltd.",
            "Unified Social Credit Code / Taxpayer ID: 91440101MA5CQ7LX3N",
        ],
        F,
        8,
        13,
    )
    d.t(mid + 8, top - 14, "Seller", FB, 8.6, "l", red)
    d.lines(
        mid + 8,
        top - 30,
        [f"Name: {vendor}", "Unified Social Credit Code / Taxpayer ID: 91440300MA5FQ3K71X"],
        F,
        8,
        13,
    )
    y = top - 92
    cols = [
        (x0 + 8, "l"),
        (x0 + 250, "l"),
        (x0 + 350, "l"),
        (x0 + 430, "r"),
        (x0 + 530, "r"),
        (x0 + 610, "r"),
        (x0 + 650, "r"),
        (x1 - 8, "r"),
    ]
    for (x, al), s in zip(
        cols,
        [
            "Item name",
            "Specification",
            "Unit",
            "Quantity",
            "Unit price",
            "Amount",
            "Tax rate",
            "Tax",
        ],
        strict=False,
    ):
        d.t(x, y, s, F, 8, al, red)
    y -= 18
    data = [
        ("*Electronic components*FPC connector", "0.5mm-40P", "pcs", 5000, "5000.00", 13),
        ("*Electronic components*Tactile switch", "6x6x5mm", "pcs", 12000, "2160.00", 13),
        ("*Integrated circuits*Voltage regulator IC", "AMS1117-3.3", "pcs", 3000, "1890.00", 13),
        ("*Transport services*Freight (domestic)", "", "trip", 1, "300.00", 9),
    ]
    items = []
    tot_a = tot_t = D(0)
    for desc, spec, unit, qn, gross, rate in data:
        gross = D(gross)
        amt = q(gross / (1 + D(rate) / 100))
        tax = gross - amt
        up = (amt / qn).quantize(D("0.0000000001"), ROUND_HALF_UP)
        items.append((desc, D(qn), up, amt))
        tot_a += amt
        tot_t += tax
        for (x, al), s in zip(
            cols,
            [
                desc,
                spec,
                unit,
                str(qn),
                format(up.normalize(), "f"),
                f"{amt:.2f}",
                f"{rate}%",
                f"{tax:.2f}",
            ],
            strict=False,
        ):
            if s:
                d.t(x, y, s, F, 8, al)
        y -= 16
    total = tot_a + tot_t
    y -= 14
    d.t(x0 + 8, y, "Total", FB, 8.6, "l", red)
    d.t(cols[5][0], y, f"¥{tot_a:.2f}", F, 8.6, "r")
    d.t(cols[7][0], y, f"¥{tot_t:.2f}", F, 8.6, "r")
    d.line(x0, y - 10, x1, y - 10, 0.8, red)
    y -= 28
    d.t(x0 + 8, y, "Total (in words):", F, 8.6, "l", red)
    d.t(x0 + 100, y, "Nine thousand three hundred fifty yuan only", F, 8.6)
    d.t(x1 - 150, y, "(in figures)", F, 8.6, "l", red)
    d.t(x1 - 8, y, f"¥{total:.2f}", FB, 9.5, "r")
    d.line(x0, y - 10, x1, y - 10, 0.8, red)
    y -= 28
    d.t(x0 + 8, y, "Remarks:", F, 8.6, "l", red)
    d.lines(
        x0 + 60,
        y,
        [
            "Seller bank: China Merchants Bank Shenzhen Futian Sub-branch, A/C 7559 2814 7310 602",
            "Buyer PO: HN-PO-2026-0518; delivery note LH-DN-26-04417",
        ],
        F,
        8,
        12,
    )
    d.t(x0, 48, "Drawer: Li Na", F, 8.6, "l", red)
    d.t(
        W / 2,
        48,
        "Issued through the national unified electronic invoice service platform",
        F,
        7.4,
        "c",
        GREY,
    )
    d.save()
    assert total == D("9350.00")
    return truth(
        number="26442000000183746521",
        date="2026-05-19",
        due=None,
        vendor=vendor,
        amount=tot_a,
        vat=tot_t,
        total=total,
        currency="CNY",
        locale="zh-CN",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Fapiao-like digital VAT invoice rendered in English (no CJK font installed), landscape: 20-digit invoice number; two tax rates (13 %, 9 % freight) per line; unit prices with up to 10 decimals; '*category*' prefixes in item names; totals as 'in figures' with ¥.",
    )


def i11(name, path):
    """Netherlands, two-page factuur with 21 % and 9 % BTW and 'transport' carry-over."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "Helvetica", "Helvetica-Bold"
    orange = HexColor("#e0661b")
    vendor = "Van der Linden Installatietechniek B.V."
    x0, x1 = 50, W - 50

    def header(pg):
        d.rect(x0, H - 70, 8, 34, fill=orange)
        d.t(x0 + 16, H - 50, "van der linden", FB, 18, "l", orange)
        d.t(x0 + 16, H - 64, "installatietechniek", F, 9, "l", GREY)
        d.lines(
            x1,
            H - 44,
            [
                "Industrieweg 31",
                "3861 NW Nijkerk",
                "T 033 245 81 90",
                "info@vdlinden-installatie.nl",
            ],
            F,
            8,
            10,
            "r",
        )
        d.t(x1, 52, f"Pagina {pg} van 2", F, 7.5, "r", GREY)
        d.line(x0, 46, x1, 46, 0.4, GREY)
        d.t(
            x0,
            34,
            "KvK 71849203  ·  BTW NL859302147B01  ·  IBAN NL42 RABO 0318 4720 96  ·  BIC RABONL2U",
            F,
            7,
            "l",
            GREY,
        )

    header(1)
    d.lines(
        x0,
        H - 150,
        [
            "Stichting Woonzorg De Hoven",
            "t.a.v. afdeling Vastgoed",
            "Postbus 1187",
            "3800 BD Amersfoort",
        ],
        F,
        9.5,
        12.5,
    )
    d.t(x0, H - 230, "Factuur", FB, 20)
    info = [
        ("Factuurnummer", "2026-1187"),
        ("Factuurdatum", "12 mei 2026"),
        ("Vervaldatum", "11 juni 2026"),
        ("Klantnummer", "D-0412"),
        ("Uw referentie", "Onderhoud complex Hoefslag fase 2"),
    ]
    for k, (a, b) in enumerate(info):
        d.t(x0, H - 256 - k * 12, a, F, 8.6, "l", GREY)
        d.t(x0 + 100, H - 256 - k * 12, b, F, 8.6)
    cols = [(x0, "l"), (x0 + 290, "r"), (x0 + 360, "r"), (x0 + 400, "r"), (x1, "r")]
    hdr = ["Omschrijving", "Aantal", "Prijs", "BTW", "Bedrag"]
    data = [
        ("Cv-ketel onderhoud HR-combi", 24, "89.50", 21),
        ("Vervangen expansievat 18 l", 6, "142.00", 21),
        ("Thermostaatkraan radiator", 38, "27.80", 21),
        ("Inregelen cv-installatie per woning", 24, "45.00", 21),
        ("Rookgasafvoer controle", 24, "18.50", 21),
        ("Lekdetectie waterleiding", 3, "95.00", 21),
        ("Vervangen inlaatcombinatie", 9, "64.75", 21),
        ("Mechanische ventilatie reinigen", 24, "38.00", 21),
        ("Filterset WTW-unit", 12, "31.40", 21),
        ("Isolatie cv-leidingen kruipruimte (arbeid)", 42, "52.00", 9),
        ("Isolatiemateriaal leidingen per meter", 180, "3.85", 21),
        ("Vloerisolatie kruipruimte (arbeid)", 16, "58.00", 9),
        ("Kruipruimte-isolatie folie per m²", 260, "4.90", 21),
        ("Vervangen douchekraan thermostatisch", 7, "189.00", 21),
        ("Ontstoppen afvoer", 4, "85.00", 21),
        ("Groepenkast controle NEN 3140", 24, "22.50", 21),
        ("Aardlekschakelaar vervangen", 5, "118.00", 21),
        ("Voorrijkosten", 8, "37.50", 21),
        ("Klein materiaal", 1, "146.30", 21),
        ("Rapportage en opleverdossier", 1, "275.00", 21),
    ]
    items = [li(desc, qn, up) for desc, qn, up, _ in data]
    y = H - 340
    running = D(0)
    for pg, rng_ in ((1, range(14)), (2, range(14, 20))):
        if pg == 2:
            d.page()
            header(2)
            y = H - 110
            d.t(x0, y, "Factuur 2026-1187 (vervolg)", FB, 10)
            y -= 24
            d.t(x0, y, "Transport", FB, 9)
            d.t(x1, y, "€ " + eu(running), FB, 9, "r")
            y -= 20
        for (x, al), s in zip(cols, hdr, strict=False):
            d.t(x, y, s, FB, 8.6, al)
        d.line(x0, y - 5, x1, y - 5, 0.8, orange)
        y -= 19
        for k in rng_:
            desc, qn, up, rate = data[k]
            it = items[k]
            running += it[3]
            for (x, al), s in zip(
                cols,
                [desc, eu(D(qn), 0), "€ " + eu(D(up)), f"{rate}%", "€ " + eu(it[3])],
                strict=False,
            ):
                d.t(x, y, s, F, 8.6, al)
            y -= 15
        if pg == 1:
            d.line(x0, y + 7, x1, y + 7, 0.4, GREY)
            d.t(x0, y - 6, "Transporteren", FB, 9)
            d.t(x1, y - 6, "€ " + eu(running), FB, 9, "r")
    net = sum_lines(items)
    base = {r_: sum((items[k][3] for k in range(20) if data[k][3] == r_), D(0)) for r_ in (9, 21)}
    btw = {r_: q(base[r_] * r_ / 100) for r_ in (9, 21)}
    vat = btw[9] + btw[21]
    total = net + vat
    y -= 10
    d.line(x0 + 250, y + 8, x1, y + 8, 0.6)
    tx = x0 + 250
    for lab, val, b in (
        ("Subtotaal excl. BTW", net, False),
        (f"BTW 9% over € {eu(base[9])}", btw[9], False),
        (f"BTW 21% over € {eu(base[21])}", btw[21], False),
        ("Totaal incl. BTW", total, True),
    ):
        d.t(tx, y - 6, lab, FB if b else F, 10 if b else 8.8)
        d.t(x1, y - 6, "€ " + eu(val), FB if b else F, 10 if b else 8.8, "r")
        y -= 16
    y -= 30
    d.lines(
        x0,
        y,
        [
            "Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken op",
            "IBAN NL42 RABO 0318 4720 96 t.n.v. Van der Linden Installatietechniek B.V.",
            "onder vermelding van betalingskenmerk 7001 2026 1187 0412.",
        ],
        F,
        8.8,
        12,
    )
    d.t(
        x0,
        y - 48,
        "Op al onze leveringen zijn de Algemene Voorwaarden Techniek Nederland van toepassing.",
        F,
        7.4,
        "l",
        GREY,
    )
    d.save()
    return truth(
        number="2026-1187",
        date="2026-05-12",
        due="2026-06-11",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Dutch two-page invoice: Dutch month names ('12 mei 2026'); 20 lines with 'Transporteren'/'Transport' carry-over subtotal between pages; BTW 9 % (insulation labour) and 21 %; totals on page 2; betalingskenmerk as distractor.",
    )


def _be_ogm(base10: int) -> str:
    chk = base10 % 97 or 97
    s = f"{base10:010d}{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def i12(name, path):
    """Belgium, French facture with deposits (consignes) outside VAT and a loyalty discount."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    vendor = "Brasserie Artisanale du Hainaut SRL"
    x0, x1 = 48, W - 48
    amber = HexColor("#8a5a00")
    d.c.saveState()
    d.c.setFillColor(amber)
    d.c.circle(x0 + 26, H - 58, 26, stroke=0, fill=1)
    d.c.restoreState()
    d.t(x0 + 26, H - 64, "BAH", FB, 15, "c", white)
    d.t(x0 + 64, H - 50, "Brasserie Artisanale du Hainaut", FB, 15, "l", amber)
    d.t(x0 + 64, H - 64, "Bières de caractère depuis 2011", FI, 9.5)
    d.lines(
        x0 + 64,
        H - 80,
        [
            f"{vendor} · Rue de la Station 47 · 7000 Mons",
            "TVA BE 0712.483.591 · RPM Hainaut, division Mons",
        ],
        F,
        8.5,
        10.5,
    )
    d.lines(
        x1 - 190,
        H - 150,
        [
            "Le Comptoir Liégeois SRL",
            "Monsieur Julien Dethier",
            "Place du Marché 12",
            "4000 Liège",
            "TVA BE 0634.218.905",
        ],
        F,
        10,
        13,
    )
    d.t(x0, H - 230, "FACTURE N° F26/00342", FB, 15)
    for k, (a, b) in enumerate(
        (
            ("Date de facture :", "03/03/2026"),
            ("Date d'échéance :", "02/04/2026"),
            ("Bon de livraison :", "BL26/01187 du 02/03/2026"),
            ("Votre référence :", "Commande 0226-JD"),
        )
    ):
        d.t(x0, H - 254 - k * 13, a, F, 9.5)
        d.t(x0 + 100, H - 254 - k * 13, b, FB if k < 2 else F, 9.5)
    y = H - 330
    cols = [(x0 + 2, "l"), (x0 + 270, "r"), (x0 + 340, "r"), (x0 + 385, "r"), (x1 - 2, "r")]
    d.line(x0, y + 13, x1, y + 13, 1)
    for (x, al), s in zip(
        cols, ["Désignation", "Quantité", "Prix unit. HTVA", "TVA", "Total HTVA"], strict=False
    ):
        d.t(x, y, s, FB, 9.5, al)
    d.line(x0, y - 6, x1, y - 6, 0.5)
    y -= 22
    beer = [
        li("Fût Blonde de Mons 20 L", 6, "78.00"),
        li("Caisse 24 x 33 cl Triple du Hainaut", 10, "36.50"),
    ]
    deps = [li("Consigne fûts 20 L", 6, "30.00"), li("Consigne caisses + vidanges", 10, "3.90")]
    for it in beer:
        for (x, al), s in zip(
            cols, [it[0], qty_str(it[1]), eu(it[2]) + " €", "21 %", eu(it[3]) + " €"], strict=False
        ):
            d.t(x, y, s, F, 9.5, al)
        y -= 16
    beer_sum = sum_lines(beer)
    disc = -q(beer_sum * D("0.03"))
    disc_item = ("Remise fidélité 3 %", D(1), disc, disc)
    for (x, al), s in zip(
        cols, [disc_item[0], "1", eu(disc) + " €", "21 %", eu(disc) + " €"], strict=False
    ):
        d.t(x, y, s, FI, 9.5, al)
    y -= 16
    for it in deps:
        for (x, al), s in zip(
            cols, [it[0], qty_str(it[1]), eu(it[2]) + " €", "—", eu(it[3]) + " €"], strict=False
        ):
            d.t(x, y, s, F, 9.5, al)
        y -= 16
    items = [*beer, disc_item, *deps]
    base21 = beer_sum + disc
    tva = q(base21 * D("0.21"))
    dep = sum_lines(deps)
    total = base21 + tva + dep
    d.line(x0, y + 6, x1, y + 6, 0.5)
    y -= 14
    tx = x1 - 230
    for lab, val, b in (
        ("Base imposable 21 %", base21, False),
        ("TVA 21 %", tva, False),
        ("Consignes (hors TVA)", dep, False),
        ("TOTAL TVAC", total, True),
    ):
        if b:
            d.rect(tx - 6, y - 6, x1 - tx + 6, 19, fill=LIGHT)
        d.t(tx, y, lab, FB if b else F, 11 if b else 9.5)
        d.t(x1 - 2, y, eu(val) + " €", FB if b else F, 11 if b else 9.5, "r")
        y -= 17
    y -= 26
    ogm = _be_ogm(900034226)
    d.t(
        x0,
        y,
        "Paiement à 30 jours par virement sur le compte BE68 5390 0754 7034 (BIC TRIOBEBB)",
        F,
        9.5,
    )
    d.t(x0, y - 14, f"Communication structurée : {ogm}", FB, 9.5)
    d.t(
        x0,
        y - 28,
        "Les consignes sont remboursées au retour des fûts et caisses vides en bon état.",
        FI,
        9,
    )
    d.t(
        W / 2,
        40,
        "En cas de non-paiement à l'échéance, un intérêt de retard et une indemnité forfaitaire seront dus de plein droit.",
        F,
        7.5,
        "c",
        GREY,
    )
    d.save()
    return truth(
        number="F26/00342",
        date="2026-03-03",
        due="2026-04-02",
        vendor=vendor,
        amount=total - tva,
        vat=tva,
        total=total,
        currency="EUR",
        locale="fr-BE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Belgian French invoice: 3 % loyalty discount line reduces the 21 % base; keg/crate deposits (consignes) outside VAT are part of TOTAL TVAC (amount = total - TVA includes them); structured communication +++…+++; delivery-note date as distractor.",
    )


def i13(name, path):
    """Germany, DIN 5008 Rechnung with Skonto date and service date."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "Helvetica", "Helvetica-Bold"
    vendor = "Tischlerei Bergmann GmbH"
    x0 = 25 * mm
    x1 = W - 20 * mm
    wood = HexColor("#6b4423")
    d.rect(x1 - 46, H - 70, 46, 46, stroke=wood, lw=2)
    d.t(x1 - 23, H - 54, "TB", FB, 18, "c", wood)
    d.t(x1 - 56, H - 40, "Tischlerei", F, 11, "r", wood)
    d.t(x1 - 56, H - 56, "Bergmann", FB, 15, "r", wood)
    d.t(x1 - 56, H - 68, "Möbel · Innenausbau · Fenster", F, 7.5, "r", GREY)
    ay = H - 45 * mm
    d.t(x0, ay + 4, "Tischlerei Bergmann GmbH · Am Sägewerk 6 · 34346 Hann. Münden", F, 6.8)
    d.line(x0, ay + 1, x0 + 85 * mm, ay + 1, 0.3)
    d.lines(
        x0,
        ay - 14,
        [
            "Praxis Dr. med. Sabine Krüger",
            "Frau Dr. Sabine Krüger",
            "Weender Landstraße 59",
            "37075 Göttingen",
        ],
        F,
        10,
        13,
    )
    ix = 125 * mm
    info = [
        ("Rechnungs-Nr.:", "RE-2026-0419"),
        ("Kunden-Nr.:", "10287"),
        ("Rechnungsdatum:", "21.04.2026"),
        ("Leistungsdatum:", "14.04.2026"),
        ("Auftrag:", "AB-2026-0388 vom 02.03.2026"),
        ("Ansprechpartner:", "Herr Bergmann"),
    ]
    for k, (a, b) in enumerate(info):
        d.t(ix, ay - k * 12, a, F, 8.2, "l", GREY)
        d.t(x1, ay - k * 12, b, F, 8.2, "r")
    y = H - 110 * mm
    d.t(x0, y, "Rechnung Nr. RE-2026-0419", FB, 12.5)
    d.lines(
        x0,
        y - 24,
        [
            "Sehr geehrte Frau Dr. Krüger,",
            "für die Lieferung und Montage in Ihrer Praxis berechnen wir Ihnen wie folgt:",
        ],
        F,
        10,
        13,
    )
    y -= 64
    cols = [(x0, "l"), (x0 + 26, "l"), (x0 + 285, "r"), (x0 + 296, "l"), (x0 + 405, "r"), (x1, "r")]
    for (x, al), s in zip(
        cols, ["Pos.", "Bezeichnung", "Menge", "Einh.", "Einzelpreis", "Gesamtpreis"], strict=False
    ):
        d.t(x, y, s, FB, 9, al)
    d.line(x0, y - 5, x1, y - 5, 0.6)
    y -= 20
    data = [
        ("Einbauschrank Eiche massiv nach Maß, 3-türig, inkl. Beschläge", 1, "Stk.", "3480.00"),
        ("Montage vor Ort, 2 Monteure à 6 Std.", 12, "Std.", "68.00"),
        ("Anfahrtspauschale", 1, "psch.", "45.00"),
        ("Demontage und Entsorgung Altmöbel", 1, "psch.", "120.00"),
    ]
    items = []
    for k, (desc, qn, u, up) in enumerate(data, 1):
        it = li(desc, qn, up)
        items.append(it)
        lines = wrap(desc, F, 9.5, 225)
        for (x, al), s in zip(
            cols, [str(k), lines, eu(D(qn)), u, eu(D(up)) + " €", eu(it[3]) + " €"], strict=False
        ):
            if isinstance(s, list):
                for j, ln in enumerate(s):
                    d.t(x, y - j * 11.5, ln, F, 9.5, al)
            else:
                d.t(x, y, s, F, 9.5, al)
        y -= 11.5 * len(lines) + 8
    net = sum_lines(items)
    ust = q(net * D("0.19"))
    total = net + ust
    d.line(x0 + 260, y + 4, x1, y + 4, 0.4)
    y -= 12
    for lab, val, b in (
        ("Nettobetrag", net, False),
        ("zzgl. 19 % USt.", ust, False),
        ("Rechnungsbetrag", total, True),
    ):
        d.t(x0 + 270, y, lab, FB if b else F, 10 if b else 9.5)
        d.t(x1, y, eu(val) + " €", FB if b else F, 10 if b else 9.5, "r")
        if b:
            d.line(x0 + 270, y - 4, x1, y - 4, 0.6)
            d.line(x0 + 270, y - 6, x1, y - 6, 0.6)
        y -= 15
    y -= 24
    skonto = q(total * D("0.02"))
    d.lines(
        x0,
        y,
        [
            "Zahlbar bis 05.05.2026 ohne Abzug.",
            f"Bei Zahlung bis 28.04.2026 gewähren wir 2 % Skonto ({eu(skonto)} €), Zahlbetrag dann {eu(total - skonto)} €.",
            "Leistungszeitraum: 13.04.2026 – 14.04.2026",
            "",
            "Mit freundlichen Grüßen",
            "Markus Bergmann",
        ],
        F,
        9.5,
        13,
    )
    d.line(x0, 70, x1, 70, 0.4, GREY)
    fcols = [
        (
            x0,
            [
                "Tischlerei Bergmann GmbH",
                "Am Sägewerk 6",
                "34346 Hann. Münden",
                "Tel. 05541 98 27 40",
            ],
        ),
        (
            x0 + 132,
            [
                "Geschäftsführer: Markus Bergmann",
                "Amtsgericht Göttingen HRB 204718",
                "USt-IdNr.: DE318475290",
                "St.-Nr.: 23/205/18472",
            ],
        ),
        (
            x0 + 290,
            [
                "Sparkasse Münden",
                "IBAN DE27 2605 1450 0000 4718 22",
                "BIC NOLADE21HMU",
                "info@tischlerei-bergmann.de",
            ],
        ),
    ]
    for x, rows in fcols:
        d.lines(x, 60, rows, F, 6.6, 8.5)
    d.save()
    return truth(
        number="RE-2026-0419",
        date="2026-04-21",
        due="2026-05-05",
        vendor=vendor,
        amount=net,
        vat=ust,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="German DIN 5008 letter invoice (scan): Rechnungsdatum vs Leistungsdatum vs order date; 'Zahlbar bis 05.05.2026' keyed as due date while the 2 % Skonto date and discounted Zahlbetrag are distractors; footer with HRB/USt-IdNr/IBAN columns.",
    )


def i14(name, path):
    """UK, credit note printed with positive amounts (keyed negative)."""
    W, H = A4
    d = Doc(path, W, H, name)
    F, FB = "DV", "DVB"
    vendor = "Harrow & Finch Office Supplies Ltd"
    x0, x1 = 44, W - 44
    plum = HexColor("#5b2a6e")
    d.t(x0, H - 56, "Harrow & Finch", "DVSB", 20, "l", plum)
    d.t(x0, H - 70, "OFFICE SUPPLIES", F, 8, "l", GREY)
    d.lines(
        x1,
        H - 46,
        [
            "Unit 7, Riverside Trade Park",
            "Watford WD18 9QT",
            "01923 555 0192",
            "accounts@harrowfinch.co.uk",
        ],
        F,
        8,
        10.5,
        "r",
    )
    d.rect(x0, H - 124, x1 - x0, 30, fill=plum)
    d.t(x0 + 12, H - 114, "CREDIT NOTE", FB, 15, "l", white)
    d.t(x1 - 12, H - 114, "CN-004812", FB, 13, "r", white)
    d.t(x0, H - 150, "Credit to", FB, 8.5, "l", plum)
    d.lines(
        x0,
        H - 164,
        [
            "Brightwell Architects LLP",
            "Accounts Payable",
            "3rd Floor, 22 Gresham Street",
            "London EC2V 7JE",
        ],
        F,
        9,
        12,
    )
    rows = [
        ("Credit note date", "6 August 2026"),
        ("Tax point", "6 August 2026"),
        ("Original invoice", "INV-118734"),
        ("Invoice date", "21 July 2026"),
        ("Customer account", "BRI004"),
        ("Your reference", "RMA 55120"),
    ]
    for k, (a, b) in enumerate(rows):
        d.t(x1 - 110, H - 150 - k * 12, a, F, 8.4, "r", GREY)
        d.t(x1, H - 150 - k * 12, b, F, 8.4, "r")
    y = H - 250
    cols = [(x0 + 4, "l"), (x0 + 300, "r"), (x0 + 380, "r"), (x0 + 420, "r"), (x1 - 4, "r")]
    for (x, al), s in zip(cols, ["Description", "Qty", "Unit price", "VAT", "Net"], strict=False):
        d.t(x, y, s, FB, 8.8, al, plum)
    d.line(x0, y - 6, x1, y - 6, 1, plum)
    y -= 22
    data = [
        ("Ergonomic mesh task chair, black (returned)", 2, "189.00"),
        ("Dual monitor arm, gas spring (returned)", 1, "74.50"),
    ]
    pos = []
    for desc, qn, up in data:
        it = li(desc, qn, up)
        pos.append(it)
        for (x, al), s in zip(
            cols, [desc, str(qn), f"£{en(D(up))}", "20%", f"£{en(it[3])}"], strict=False
        ):
            d.t(x, y, s, F, 9, al)
        y -= 17
    net = sum_lines(pos)
    vat = q(net * D("0.2"))
    total = net + vat
    d.line(x0, y + 6, x1, y + 6, 0.4, GREY)
    y -= 14
    tx = x1 - 200
    for lab, val, b in (
        ("Net credit", net, False),
        ("VAT @ 20%", vat, False),
        ("Total credit", total, True),
    ):
        d.t(tx, y, lab, FB if b else F, 10.5 if b else 9)
        d.t(x1 - 4, y, f"£{en(val)}", FB if b else F, 10.5 if b else 9, "r")
        y -= 16
    y -= 24
    d.lines(
        x0,
        y,
        [
            "Reason: goods returned unused within 14 days (RMA 55120).",
            "This amount has been credited to your account and will be offset against your next invoice.",
            "No payment is due on this document.",
        ],
        F,
        9,
        12.5,
    )
    d.line(x0, 64, x1, 64, 0.4, GREY)
    d.t(
        W / 2,
        50,
        "Harrow & Finch Office Supplies Ltd · Registered in England and Wales No. 09482716 · VAT Reg. No. GB 284 7193 62",
        F,
        7,
        "c",
        GREY,
    )
    d.t(
        W / 2,
        40,
        "Registered office: Unit 7, Riverside Trade Park, Watford WD18 9QT",
        F,
        7,
        "c",
        GREY,
    )
    d.save()
    items = [(a, -b, c, -e) for a, b, c, e in pos]
    return truth(
        number="CN-004812",
        date="2026-08-06",
        due=None,
        vendor=vendor,
        amount=-net,
        vat=-vat,
        total=-total,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="UK credit note printed with POSITIVE amounts under a 'CREDIT NOTE' banner; keyed negative by convention (quantities negative in line items); original invoice number/date as distractors; long-form dates '6 August 2026'; no due date.",
    )


def i15(name, path):  # noqa: C901
    """USA, two-page Letter invoice with taxable/non-taxable lines, shipping and a deposit."""
    W, H = letter
    d = Doc(path, W, H, name)
    F, FB = "Helvetica", "Helvetica-Bold"
    vendor = "Pinecrest IT Solutions, Inc."
    x0, x1 = 0.6 * 72, W - 0.6 * 72
    navy = HexColor("#16324f")

    def header(pg):
        d.c.saveState()
        d.c.setFillColor(navy)
        p = d.c.beginPath()
        p.moveTo(x0, H - 70)
        p.lineTo(x0 + 20, H - 34)
        p.lineTo(x0 + 40, H - 70)
        p.close()
        d.c.drawPath(p, stroke=0, fill=1)
        d.c.restoreState()
        d.t(x0 + 50, H - 50, "PINECREST", FB, 17, "l", navy)
        d.t(x0 + 50, H - 64, "IT SOLUTIONS", F, 8.5, "l", GREY)
        d.t(x1, H - 48, "INVOICE", FB, 22, "r", navy)
        d.t(x1, H - 64, f"Page {pg} of 2", F, 8, "r", GREY)

    header(1)
    d.lines(
        x0,
        H - 96,
        [
            vendor,
            "8200 N MoPac Expy, Suite 310",
            "Austin, TX 78759",
            "(512) 555-0173 · billing@pinecrest-it.com",
        ],
        F,
        8.5,
        11,
    )
    rows = [
        ("Invoice #", "10482"),
        ("Invoice Date", "02/27/2026"),
        ("Due Date", "03/29/2026"),
        ("Terms", "Net 30"),
        ("PO #", "4500128834"),
        ("Customer ID", "C-2291"),
    ]
    for k, (a, b) in enumerate(rows):
        d.t(x1 - 90, H - 96 - k * 12, a, FB, 8.5, "r")
        d.t(x1, H - 96 - k * 12, b, F, 8.5, "r")
    d.t(x0, H - 184, "BILL TO", FB, 8.5, "l", navy)
    d.lines(
        x0,
        H - 197,
        [
            "Hill Country Family Dental, PLLC",
            "Attn: Office Manager",
            "1501 S Lamar Blvd",
            "Austin, TX 78704",
        ],
        F,
        9,
        11.5,
    )
    d.t(x0 + 260, H - 184, "SHIP TO", FB, 8.5, "l", navy)
    d.lines(
        x0 + 260,
        H - 197,
        ["Hill Country Family Dental", "2110 W Slaughter Ln, Ste 140", "Austin, TX 78748"],
        F,
        9,
        11.5,
    )
    cols = [
        (x0 + 2, "l"),
        (x0 + 76, "l"),
        (x0 + 340, "r"),
        (x0 + 410, "r"),
        (x0 + 432, "c"),
        (x1 - 2, "r"),
    ]
    hdr = ["Item", "Description", "Qty", "Rate", "Tax", "Amount"]
    data = [
        ("HW-DT01", "Dell OptiPlex 7020 SFF, i5, 16GB, 512GB", 6, "949.00", True),
        ("HW-MN27", '27" QHD monitor', 6, "279.00", True),
        ("HW-KBM", "Wireless keyboard & mouse combo", 6, "54.99", True),
        ("HW-UPS", "APC Back-UPS 1500VA", 3, "219.00", True),
        ("HW-SW24", "24-port PoE+ managed switch", 1, "689.00", True),
        ("HW-AP6", "Wi-Fi 6 access point", 3, "179.00", True),
        ("HW-FW", "Firewall appliance, 1-yr subscription incl.", 1, "1245.00", True),
        ("HW-NAS", "4-bay NAS with 4x 8TB drives", 1, "1390.00", True),
        ("HW-CBL", "Cat6 patch cables, assorted", 40, "6.25", True),
        ("SV-INST", "On-site installation & configuration (hours)", 22, "125.00", False),
        ("SV-MIG", "Data migration from legacy server", 1, "950.00", False),
        ("SV-PRJ", "Project management", 6, "95.00", False),
        ("SV-TRN", "Staff training session (2 hrs)", 2, "180.00", False),
        ("LIC-M365", "Microsoft 365 Business Premium, monthly x 12", 12, "22.00", False),
        ("LIC-BKP", "Cloud backup, 2 TB annual", 1, "480.00", False),
        ("SV-CBL", "Structured cabling drops", 14, "145.00", False),
        ("HW-LBL", "Label printer & tapes", 1, "129.00", True),
        ("SV-DISP", "Disposal of old equipment (per unit)", 9, "15.00", False),
    ]
    items = [li(desc, qn, up) for _, desc, qn, up, _ in data]
    y = H - 262
    for pg, idx in ((1, range(13)), (2, range(13, 18))):
        if pg == 2:
            d.page()
            header(2)
            y = H - 110
            d.t(x0, y, "Invoice #10482 — continued", FB, 9.5)
            y -= 24
        d.rect(x0, y - 5, x1 - x0, 17, fill=navy)
        for (x, al), s in zip(cols, hdr, strict=False):
            d.t(x, y, s, FB, 8.4, al, white)
        y -= 20
        for k in idx:
            code, desc, qn, up, tx = data[k]
            for (x, al), s in zip(
                cols,
                [code, desc, str(qn), en(D(up)), "T" if tx else "", en(items[k][3])],
                strict=False,
            ):
                if s:
                    d.t(x, y, s, F, 8.4, al)
            if k % 2:
                pass
            d.line(x0, y - 6, x1, y - 6, 0.25, GREY)
            y -= 18
        if pg == 1:
            d.t(x1, y - 4, "Continued on page 2", F, 8, "r", GREY)
    sub = sum_lines(items)
    taxable_goods = sum((items[k][3] for k in range(18) if data[k][4]), D(0))
    ship = D("85.00")
    taxable = taxable_goods + ship
    tax = q(taxable * D("0.0825"))
    total = sub + ship + tax
    deposit = D("5000.00")
    y -= 14
    tx0 = x1 - 230
    for lab, val, b in (
        ("Subtotal", sub, False),
        ("Shipping & handling", ship, False),
        (f"Taxable amount ${en(taxable)}", None, False),
        ("Sales tax (8.25%)", tax, False),
        ("Total", total, True),
        ("Less deposit received 02/02/2026", -deposit, False),
        ("Balance Due", total - deposit, True),
    ):
        d.t(tx0, y, lab, FB if b else F, 9.5 if b else 8.6)
        if val is not None:
            d.t(
                x1 - 2,
                y,
                ("-$" + en(-val)) if val < 0 else "$" + en(val),
                FB if b else F,
                9.5 if b else 8.6,
                "r",
            )
        y -= 15
    y -= 20
    d.lines(
        x0,
        y,
        [
            "T = taxable item. Services and software subscriptions are non-taxable in Texas where separately stated.",
            "Please remit to: Pinecrest IT Solutions, Inc., PO Box 26817, Austin, TX 78755",
            "ACH: Frost Bank · Routing 114000093 · Account 4820 1937 55",
            "A 1.5% monthly finance charge applies to balances over 30 days.",
        ],
        F,
        8.2,
        11.5,
    )
    d.t(W / 2, 40, "Thank you for your business!", FB, 9, "c", navy)
    d.save()
    return truth(
        number="10482",
        date="2026-02-27",
        due="2026-03-29",
        vendor=vendor,
        amount=total - tax,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="US two-page Letter invoice: MM/DD/YYYY; sales tax 8.25 % only on 'T' lines plus shipping; shipping added after subtotal; deposit subtracted to a smaller 'Balance Due' (total keyed = invoice Total before deposit); PO and customer numbers as distractors.",
    )


# ----------------------------------------------------------------------------
# the set
# ----------------------------------------------------------------------------

# name: (function, country, kind, options)
#   kind "pdf"      born-digital PDF with a text layer
#   kind "scan"     degraded raster (png/jpg)
#   kind "scanpdf"  degraded raster embedded as the only content of a PDF (keyed kind "scan")
#   kind "photo"    perspective photo (jpg)
DOCS = {
    "r01": (r01, "Brazil", "photo", {"style": "wood"}),
    "r02": (r02, "Argentina", "scan", {"dpi": 200, "fade": 0.25, "ext": "png"}),
    "r03": (r03, "Chile", "photo", {"style": "desk"}),
    "r04": (r04, "Mexico", "pdf", {}),
    "r05": (r05, "Poland", "scan", {"dpi": 250, "fade": 0.5, "ext": "png"}),
    "r06": (r06, "Czechia", "photo", {"style": "fabric"}),
    "r07": (r07, "Greece", "scan", {"dpi": 250, "fade": 0.3, "ext": "png"}),
    "r08": (r08, "Turkey", "scanpdf", {"dpi": 200, "fade": 0.3}),
    "r09": (r09, "Vietnam", "pdf", {}),
    "r10": (r10, "Thailand", "scan", {"dpi": 300, "fade": 0.2, "ext": "png", "downscale": 650}),
    "r11": (r11, "Philippines", "photo", {"style": "stone"}),
    "r12": (r12, "Spain", "pdf", {}),
    "r13": (r13, "Israel", "scan", {"dpi": 200, "grey": False, "ext": "jpg"}),
    "r14": (r14, "USA", "photo", {"style": "wood"}),
    "r15": (r15, "Nigeria", "pdf", {}),
    "i01": (i01, "Brazil", "pdf", {}),
    "i02": (i02, "Colombia", "photo", {"style": "desk"}),
    "i03": (i03, "Mexico", "pdf", {}),
    "i04": (i04, "Poland", "scan", {"dpi": 200, "ext": "png"}),
    "i05": (i05, "Czechia", "scanpdf", {"dpi": 200}),
    "i06": (i06, "Slovakia", "pdf", {}),
    "i07": (i07, "Greece", "photo", {"style": "wood"}),
    "i08": (i08, "Turkey", "scan", {"dpi": 200, "grey": False, "ext": "jpg"}),
    "i09": (i09, "Egypt", "scanpdf", {"dpi": 150}),
    "i10": (i10, "China", "pdf", {}),
    "i11": (i11, "Netherlands", "pdf", {}),
    "i12": (i12, "Belgium", "pdf", {}),
    "i13": (i13, "Germany", "scan", {"dpi": 150, "ext": "png"}),
    "i14": (i14, "UK", "pdf", {}),
    "i15": (i15, "USA", "pdf", {}),
}

KIND_KEY = {"pdf": "pdf", "scan": "scan", "scanpdf": "scan", "photo": "photo"}


def build(name, out: Path):
    fn, country, kind, opt = DOCS[name]
    seed = zlib.crc32(name.encode())
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    for old in out.glob(f"{name}.*"):
        old.unlink()
    with tempfile.TemporaryDirectory() as td:
        vec = Path(td) / f"{name}.pdf"
        t = fn(name, vec)
        if kind == "pdf":
            target = out / f"{name}.pdf"
            target.write_bytes(vec.read_bytes())
            detail = "born-digital PDF"
        elif kind in ("scan", "scanpdf"):
            dpi = opt.get("dpi", 200)
            grey = opt.get("grey", True)
            img = render_pdf(vec, dpi)
            skew = round(rng.uniform(-2.0, 2.0), 2)
            img = scan_img(
                img,
                nrng,
                grey=grey,
                skew=skew,
                blur=round(rng.uniform(0.4, 0.9), 2),
                noise=rng.uniform(3, 7),
                specks=rng.randint(20, 120),
                fade=opt.get("fade", 0.0),
                downscale=opt.get("downscale"),
            )
            if kind == "scanpdf":
                target = out / f"{name}.pdf"
                image_pdf(
                    img,
                    target,
                    dpi
                    * (img.width / (img.width if not opt.get("downscale") else opt["downscale"])),
                    quality=rng.randint(70, 85),
                )
                detail = (
                    f"image-only PDF, {dpi} dpi {'grey' if grey else 'colour'}, skew {skew:+.2f}°"
                )
            elif opt.get("ext") == "jpg":
                target = out / f"{name}.jpg"
                img.save(target, "JPEG", quality=rng.randint(80, 90))
                detail = f"scan {dpi} dpi {'grey' if grey else 'colour'} JPEG, skew {skew:+.2f}°"
            else:
                target = out / f"{name}.png"
                img.save(target, "PNG")
                detail = f"scan {dpi} dpi {'grey' if grey else 'colour'} PNG, skew {skew:+.2f}°"
            if opt.get("fade"):
                detail += ", thermal fading"
            if opt.get("downscale"):
                detail += f", downscaled to {img.width} px wide"
        else:
            long_side = rng.randint(1500, 2300)
            img = render_pdf(vec, 220 if t["layout"] == "receipt" else 200)
            img = photo_img(img, nrng, long_side=long_side, style=opt.get("style", "wood"))
            target = out / f"{name}.jpg"
            qual = rng.randint(60, 80)
            img.save(target, "JPEG", quality=qual)
            detail = (
                f"photo {img.width}x{img.height} on {opt.get('style')}, JPEG q{qual}, fold + shadow"
            )
    t["kind"] = KIND_KEY[kind]
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return target, t, country, detail


README_HEAD = """# Blind set 2026-12h

30 documents (15 receipts `r01..r15`, 15 invoices `i01..i15`) from 23 countries, drawn by
`bench/blindsets/blind_2026_12h.py` without looking at the product.  Re-create with

    python -m bench.blindsets.blind_2026_12h [OUTDIR] [--only NAME]

Every document has its own drawing function (reportlab, `invariant=1`); all random choices
(skew, blur, noise, specks, photo geometry, lighting, JPEG quality, QR patterns, seals) are
seeded with the CRC-32 of the document name, so re-runs are byte-identical.  Every text run is
checked to stay on the page and not overlap another run (`LayoutError` otherwise).  Amounts are
computed once with `Decimal` (ROUND_HALF_UP); the same values are printed and keyed, and every
JSON is asserted to satisfy `amount + vat == total`.

## How it is drawn

* Receipts are drawn on 57/58, 76 and 80 mm rolls, as long as their content; invoices on A4
  (one landscape fapiao) or US Letter.
* Fonts: DejaVu Sans / Mono / Serif / Condensed (+ Bold / Oblique), reportlab Helvetica and
  Times.  No CJK font is installed, so the Chinese fapiao is English-only; Hebrew labels on the
  Israeli receipt are drawn in visual order (reportlab does no bidi); Thai and Arabic script
  are not available, so the Thai and Egyptian documents are English, as many real ones are.
* Kinds: born-digital PDF (text layer); scans rendered with pypdfium2 at 150-300 dpi, grey or
  colour, Gaussian blur, skew within +-2 degrees, noise, specks, thermal fading on receipts,
  one downscaled to 650 px wide; image-only PDFs (the degraded scan is the only page content,
  keyed `kind: "scan"`); photos (perspective onto a generated wood / desk / fabric / stone
  texture, uneven light, vignette, corner shadow, a fold crease, JPEG quality 60-80, long side
  1,500-2,300 px).

## Truth conventions

* `amount` = net before tax; `vat` = sum of all taxes printed; `total` = the document's total.
  When prices include tax (most receipts, Brazilian NFS-e/NFC-e), `amount = total - vat`.
* `vat` is never null in this set: every document prints a tax amount.  For the Brazilian
  NFC-e (r01) the only printed tax figure is the approximate "Tributos Totais Incidentes
  (Lei 12.741/2012)"; it is keyed as `vat`.  For the Argentine Factura B (r02) it is the
  "IVA Contenido" of Ley 27.743.
* Rounding: when a payable total is rounded (i05, Czech 'Zaokrouhlení'), `total` is the rounded
  payable amount, `vat` the printed tax, and the rounding difference is absorbed into `amount`
  (`amount = total - vat`).
* Discounts reduce `amount`.  Deposits (Belgian 'consignes', outside VAT) are part of `total`
  and therefore of `amount`.  Shipping is part of `amount`.
* Withholding taxes printed for information (Colombian retención en la fuente, i02) and deposits
  already paid (i15) do NOT reduce `total`: `total` is the invoice total ('TOTAL FACTURA',
  'Total'), not the 'Balance Due' / net-of-withholding figure.
* Service charges (r09) are part of `amount`.  Tips are not on any keyed total; r14 prints
  suggested-gratuity lines whose totals are distractors.
* Credit notes (i06, i14): `document_type: "credit_note"`, all amounts keyed NEGATIVE, whether
  the document prints them negative (i06, Slovak dobropis) or positive under a "CREDIT NOTE"
  banner (i14).  Line items are negative too.
* `invoice_number`: the document's own number exactly as printed, including prefixes, series,
  leading zeros and separators (e.g. `0004-00028731` = punto de venta + number, `A-8842` =
  CFDI serie + folio, `000184237` for the NFC-e).  Receipts: the receipt / ticket / bill /
  check number.  Reference numbers (UUID, CAE, KSeF, ΜΑΡΚ, ETTN, CUFE, access keys, PO,
  original invoice on credit notes) are never the number.
* `invoice_date`: the issue date.  Service dates, tax-point dates, order dates, delivery-note
  dates, CAE expiry and Skonto dates are not.  The Thai receipt (r10) prints the Buddhist-era
  year 2569; it is keyed as 2026.
* `due_date`: only when a payment due date is printed (also inside a sentence such as
  'Termin płatności: 14 dni (2026-04-14)' or 'Zahlbar bis 05.05.2026').  The Brazilian NFS-e
  mentions a boleto due date only in free text and an ISS due date; it is keyed null.
* `vendor_name`: the seller's legal name as printed (with legal form when printed with it),
  even when a shorter trade name or wordmark is printed bigger.  For the Greek taxi (r07) the
  seller is the driver/owner, a natural person.
* `currency`: ISO 4217 code.  Currencies without minor units (CLP, VND) are keyed with `.00`.
* `line_items`: the printed item lines (description, quantity, unit price, line amount);
  a service charge (r09), a discount line printed as an item (i12) are included; totals-area
  discounts, shipping and deposits paid are not.  Unit prices with more than 2 decimals (i10)
  are keyed with their printed decimals.
* `locale`: language-country of the document's printing conventions.
"""


def write_readme(out: Path, rows):
    kinds = {}
    for _name, _target, t, _country, detail in rows:
        k = "image-only pdf" if detail.startswith("image-only") else t["kind"]
        kinds.setdefault(k, {"receipt": 0, "invoice": 0})
        kinds[k][t["layout"]] += 1
    lines = [
        README_HEAD,
        "## Mix\n",
        "| kind | receipts | invoices | total |",
        "|---|---:|---:|---:|",
    ]
    tot_r = tot_i = 0
    for k in ("pdf", "scan", "image-only pdf", "photo"):
        rr, ii = kinds.get(k, {}).get("receipt", 0), kinds.get(k, {}).get("invoice", 0)
        tot_r += rr
        tot_i += ii
        label = {
            "pdf": "born-digital PDF",
            "scan": "scan image (png/jpg)",
            "image-only pdf": "image-only PDF (kind scan)",
            "photo": "photo (jpg)",
        }[k]
        lines.append(f"| {label} | {rr} | {ii} | {rr + ii} |")
    lines.append(f"| **all** | {tot_r} | {tot_i} | {tot_r + tot_i} |")
    ct = sorted({r[3] for r in rows})
    lines += [
        "",
        f"Countries ({len(ct)}): " + ", ".join(ct) + ".",
        "",
        "Credit notes: i06 (Slovakia, printed negative), i14 (UK, printed positive).  Multi-page PDFs: i03, i11, i15.",
        "",
    ]
    lines += [
        "## Documents\n",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---:|---|",
    ]
    for _name, target, t, country, detail in rows:
        lines.append(
            f"| {target.name} | {detail} | {country} | {t['document_type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None, help="build one document, e.g. r01")
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(DOCS)
    rows = []
    for name in names:
        if name not in DOCS:
            raise SystemExit(f"unknown document {name!r}")
        target, t, country, detail = build(name, out)
        rows.append((name, target, t, country, detail))
        print(
            f"{target.name:10s} {t['kind']:6s} {country:12s} total {t['total']:>14s} {t['currency']}"
        )
    if not a.only:
        write_readme(out, rows)


if __name__ == "__main__":
    main()
