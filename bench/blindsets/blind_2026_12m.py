# ruff: noqa: E501
"""Blind set 12m: 30 documents (15 receipts, 15 invoices) from large chains and utilities.

Run from the repository root:

    python -m bench.blindsets.blind_2026_12m [OUTDIR] [--only NAME]

Every document is drawn by its own function with reportlab (invariant=1); images are
degraded with numpy/OpenCV using generators seeded with the CRC-32 of the document name,
so re-runs are byte-identical.  This module imports nothing from the product.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import zlib
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

DEFAULT_OUT = Path("bench/blindsets/blind-2026-12m")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_TTF = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVI": "DejaVuSans-Oblique.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSCB": "DejaVuSerifCondensed-Bold.ttf",
}
for _k, _f in _TTF.items():
    pdfmetrics.registerFont(TTFont(_k, str(FONT_DIR / _f)))

D = Decimal
C0 = D("0.00")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# ---------------------------------------------------------------- money helpers


def q(v) -> Decimal:
    return D(v).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def fmt(v, dec=".", th=",", nd=2) -> str:
    v = D(v)
    neg = v < 0
    v = abs(v).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    ip, _, fp = f"{v:f}".partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    s = th.join(groups) + (dec + fp if nd else "")
    return ("-" if neg else "") + s


def fde(v):  # 1.234,56
    return fmt(v, ",", ".")


def fus(v):  # 1,234.56
    return fmt(v, ".", ",")


def fch(v):  # 1'234.56
    return fmt(v, ".", "'")


def fsp(v):  # 1 234,56
    return fmt(v, ",", " ")


def fin(v):  # Indian grouping 1,23,456.00
    v = q(v)
    neg = v < 0
    ip, _, fp = f"{abs(v):f}".partition(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        ip = ",".join(parts) + "," + tail
    return ("-" if neg else "") + ip + "." + fp


def incl(gross: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """Split a tax-inclusive amount into (net, tax)."""
    net = q(gross / (1 + rate / 100))
    return net, gross - net


def excl(net: Decimal, rate: Decimal) -> Decimal:
    return q(net * rate / 100)


def li(desc, qty, unit, amount) -> dict:
    return {
        "description": desc,
        "quantity": f"{D(qty).normalize():f}",
        "unit_price": f"{D(unit):f}" if D(unit) != q(unit) else f"{q(unit):.2f}",
        "amount": f"{q(amount):.2f}",
    }


def truth(
    *, number, date, due, vendor, amount, vat, total, cur, locale, layout, dtype, items, note
) -> dict:
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
        "amount": f"{amount:.2f}",
        "vat": None if vat is None else f"{vat:.2f}",
        "total": f"{total:.2f}",
        "currency": cur,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
    }


# ---------------------------------------------------------------- drawing


def _rgb(c):
    if c is None:
        return (0, 0, 0)
    if isinstance(c, str):
        c = c.lstrip("#")
        return tuple(int(c[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return c


class Doc:
    """A reportlab canvas with top-origin coordinates and text-run collision checks."""

    def __init__(self, size, title="document"):
        self.buf = io.BytesIO()
        self.w, self.h = size
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setCreator("blind-2026-12m")
        self.runs: list[tuple] = []
        self.page = 1

    def t(self, x, y, s, f="Helvetica", sz=9, al="l", color=None):
        s = str(s)
        w = pdfmetrics.stringWidth(s, f, sz)
        x0 = x - w if al == "r" else x - w / 2 if al == "c" else x
        yb = self.h - y
        self.c.setFillColorRGB(*_rgb(color))
        self.c.setFont(f, sz)
        self.c.drawString(x0, yb, s)
        box = (x0, yb - 0.22 * sz, x0 + w, yb + 0.76 * sz)
        if box[0] < 1 or box[2] > self.w - 1 or box[1] < 1 or box[3] > self.h - 1:
            raise LayoutError(f"off page (p{self.page}): {s!r} {box}")
        for ob, os_ in self.runs:
            if (
                min(box[2], ob[2]) - max(box[0], ob[0]) > 0.4
                and min(box[3], ob[3]) - max(box[1], ob[1]) > 0.4
            ):
                raise LayoutError(f"overlap (p{self.page}): {s!r} with {os_!r}")
        self.runs.append((box, s))
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*_rgb(fill))
        if stroke is not None:
            c.setStrokeColorRGB(*_rgb(stroke))
        if r:
            c.roundRect(
                x, self.h - y - h, w, h, r, stroke=stroke is not None, fill=fill is not None
            )
        else:
            c.rect(x, self.h - y - h, w, h, stroke=stroke is not None, fill=fill is not None)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw=0.5, color=None, dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*_rgb(color))
        if dash:
            c.setDash(*dash)
        c.line(x1, self.h - y1, x2, self.h - y2)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.8):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*_rgb(fill))
        if stroke is not None:
            c.setStrokeColorRGB(*_rgb(stroke))
        c.circle(x, self.h - y, r, stroke=stroke is not None, fill=fill is not None)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def poly(self, pts, fill):
        c = self.c
        c.setFillColorRGB(*_rgb(fill))
        p = c.beginPath()
        p.moveTo(pts[0][0], self.h - pts[0][1])
        for x, y in pts[1:]:
            p.lineTo(x, self.h - y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    def qr(self, x, y, size, seed, n=25):
        rng = np.random.default_rng(seed)
        cell = size / n
        grid = rng.random((n, n)) < 0.48
        for cx, cy in ((0, 0), (n - 7, 0), (0, n - 7)):
            grid[cy : cy + 7, cx : cx + 7] = False
        for j in range(n):
            for i in range(n):
                if grid[j, i]:
                    self.rect(x + i * cell, y + j * cell, cell, cell, fill=(0, 0, 0))
        for cx, cy in ((0, 0), (n - 7, 0), (0, n - 7)):
            self.rect(x + cx * cell, y + cy * cell, 7 * cell, 7 * cell, fill=(0, 0, 0))
            self.rect(x + (cx + 1) * cell, y + (cy + 1) * cell, 5 * cell, 5 * cell, fill=(1, 1, 1))
            self.rect(x + (cx + 2) * cell, y + (cy + 2) * cell, 3 * cell, 3 * cell, fill=(0, 0, 0))

    def barcode(self, x, y, w, h, seed):
        rng = np.random.default_rng(seed)
        pos = x
        while pos < x + w - 3:
            bw = float(rng.choice([0.7, 1.0, 1.5, 2.1]))
            self.rect(pos, y, bw, h, fill=(0, 0, 0))
            pos += bw + float(rng.choice([0.7, 1.0, 1.6]))

    def new_page(self):
        self.c.showPage()
        self.runs = []
        self.page += 1

    def pdf(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


class Roll:
    """Flowing receipt on a paper roll; height follows the content."""

    def __init__(self, width_mm, margin_mm=3.5, f="Courier", sz=8, lead=1.3, top_mm=6):
        self.w = width_mm * mm
        self.m = margin_mm * mm
        self.f, self.sz, self.lead = f, sz, lead
        self.y = top_mm * mm
        self.ops: list[tuple] = []

    @property
    def r(self):
        return self.w - self.m

    def _base(self, sz, lead=None):
        lead = (lead or self.lead) * sz
        base = self.y + sz * 0.78 + (lead - sz) / 2
        self.y += lead
        return base

    def row(self, left, right="", f=None, sz=None, lead=None, color=None):
        f, sz = f or self.f, sz or self.sz
        y = self._base(sz, lead)
        if left:
            self.ops.append(("t", self.m, y, left, f, sz, "l", color))
        if right:
            self.ops.append(("t", self.r, y, right, f, sz, "r", color))

    def c(self, s, f=None, sz=None, lead=None, color=None):
        f, sz = f or self.f, sz or self.sz
        y = self._base(sz, lead)
        self.ops.append(("t", self.w / 2, y, s, f, sz, "c", color))

    def cols(self, parts, f=None, sz=None, lead=None):
        """parts: (x_pt_from_left or negative from right, text, align)."""
        f, sz = f or self.f, sz or self.sz
        y = self._base(sz, lead)
        for x, s, al in parts:
            xx = self.m + x if x >= 0 else self.r + x + 0
            self.ops.append(("t", xx, y, s, f, sz, al, None))

    def rule(self, dash=True, gap=4, lw=0.6):
        self.y += gap / 2
        self.ops.append(("l", self.m, self.y, self.r, self.y, lw, (2, 2) if dash else None))
        self.y += gap / 2

    def chars(self, ch="-", f=None, sz=None):
        f, sz = f or self.f, sz or self.sz
        n = int((self.r - self.m) / pdfmetrics.stringWidth(ch, f, sz))
        self.row(ch * n, f=f, sz=sz)

    def gap(self, pts):
        self.y += pts

    def qr(self, size):
        self.ops.append(("qr", (self.w - size) / 2, self.y, size))
        self.y += size + 4

    def barcode(self, h, wfrac=0.8):
        bw = (self.r - self.m) * wfrac
        self.ops.append(("bar", (self.w - bw) / 2, self.y, bw, h))
        self.y += h + 3

    def box(self, h, fill=None, stroke=(0, 0, 0)):
        self.ops.append(("box", self.m, self.y, self.r - self.m, h, fill, stroke))

    def logo(self, fn, h):
        self.ops.append(("fn", fn, self.y))
        self.y += h

    def render(self, name, bottom_mm=8) -> bytes:
        d = Doc((self.w, self.y + bottom_mm * mm), name)
        seed = zlib.crc32(name.encode())
        for op in self.ops:
            k = op[0]
            if k == "t":
                d.t(op[1], op[2], op[3], op[4], op[5], op[6], op[7])
            elif k == "l":
                d.line(op[1], op[2], op[3], op[4], lw=op[5], dash=op[6])
            elif k == "qr":
                d.qr(op[1], op[2], op[3], seed)
            elif k == "bar":
                d.barcode(op[1], op[2], op[3], op[4], seed)
            elif k == "box":
                d.rect(op[1], op[2], op[3], op[4], fill=op[5], stroke=op[6])
            elif k == "fn":
                op[1](d, op[2])
        return d.pdf()


def wrap(s, f, sz, width):
    out, cur = [], ""
    for word in s.split():
        trial = (cur + " " + word).strip()
        if pdfmetrics.stringWidth(trial, f, sz) <= width:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


# ---------------------------------------------------------------- degradation


def render(pdf: bytes, dpi: int, page=0) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return img


def n_pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    n = len(doc)
    doc.close()
    return n


def scan(
    img,
    rng,
    *,
    grey=True,
    skew=1.0,
    blur=0.7,
    noise=5.0,
    specks=40,
    fade=0.0,
    bed=0,
    width=None,
    tint=(250, 248, 243),
    bedcol=(236, 236, 233),
    contrast=1.0,
):
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    if fade:
        low = rng.random((5, 3)).astype(np.float32)
        f = cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC)
        f = 1.0 - fade * np.clip(f, 0, 1)
        a = 255.0 - (255.0 - a) * f[..., None]
    if contrast != 1.0:
        a = 255.0 - (255.0 - a) * contrast
    a = a * (np.array(tint, dtype=np.float32) / 255.0)
    if bed:
        a = cv2.copyMakeBorder(a, bed, bed, bed, bed, cv2.BORDER_CONSTANT, value=bedcol)
        h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    a = cv2.warpAffine(
        a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bedcol
    )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + rng.normal(0, noise, a.shape[:2]).astype(np.float32)[..., None]
    for _ in range(specks):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        r = int(rng.integers(1, 3))
        cv2.circle(a, (x, y), r, (60, 60, 60), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if grey:
        out = out.convert("L")
    if width:
        out = out.resize((width, round(out.height * width / out.width)), Image.LANCZOS)
    return out


def _background(rng, w, h, style):
    if style == "wood":
        base = np.array([120, 86, 58], dtype=np.float32)
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(ys / 9.0 + 3 * np.sin(xs / 140.0)) * 10 + np.sin(ys / 2.3) * 3
        bg = base[None, None, :] + grain[..., None]
    elif style == "granite":
        bg = np.full((h, w, 3), (92, 94, 98), dtype=np.float32)
        bg += rng.normal(0, 16, (h, w, 1)).astype(np.float32)
    elif style == "cloth":
        bg = np.full((h, w, 3), (48, 70, 104), dtype=np.float32)
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        bg += (np.sin(xs / 2.0) * np.sin(ys / 2.0) * 9)[..., None]
    else:  # desk laminate
        bg = np.full((h, w, 3), (196, 192, 180), dtype=np.float32)
        bg += rng.normal(0, 5, (h, w, 1)).astype(np.float32)
    low = cv2.resize(rng.random((6, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    return bg * (0.9 + 0.2 * low[..., None])


def photo(
    img,
    rng,
    *,
    long_side=2000,
    quality=72,
    bg="wood",
    fold=False,
    shadow=True,
    fill=0.86,
    tilt=0.035,
    light=0.22,
):
    doc = np.asarray(img, dtype=np.float32) * (np.array([252, 249, 241], dtype=np.float32) / 255.0)
    dh, dw = doc.shape[:2]
    if dh >= dw:
        H = long_side
        W = int(H * 0.75)
    else:
        W = long_side
        H = int(W * 0.75)
    s = min(W * fill / dw, H * fill / dh)
    tw, th = dw * s, dh * s
    x0, y0 = (W - tw) / 2, (H - th) / 2
    j = lambda: float(rng.uniform(-tilt, tilt)) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [x0 + j(), y0 + j()],
            [x0 + tw + j(), y0 + j()],
            [x0 + tw + j(), y0 + th + j()],
            [x0 + j(), y0 + th + j()],
        ]
    )
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    back = _background(rng, W, H, bg)
    sh = cv2.GaussianBlur(np.roll(mask, (14, 10), (0, 1)), (0, 0), 12)
    back = back * (1 - 0.45 * sh[..., None])
    out = back * (1 - mask[..., None]) + warped * mask[..., None]
    if fold:
        # a crease across the page: brightness step and a thin dark line
        fy = y0 + th * float(rng.uniform(0.3, 0.36))
        ys = np.arange(H, dtype=np.float32)[:, None]
        xs = np.arange(W, dtype=np.float32)[None, :]
        slope = float(rng.uniform(-0.02, 0.02))
        d = ys - (fy + slope * (xs - W / 2))
        crease = 1 - 0.10 * np.exp(-(d**2) / 8.0) + 0.04 * np.tanh(d / 30.0)
        out = out * (1 - mask[..., None] + mask[..., None] * crease[..., None])
    ys = np.linspace(0, 1, H, dtype=np.float32)[:, None]
    xs = np.linspace(0, 1, W, dtype=np.float32)[None, :]
    ang = float(rng.uniform(0, 2 * np.pi))
    grad = 1 - light * (0.5 + 0.5 * (np.cos(ang) * (xs - 0.5) + np.sin(ang) * (ys - 0.5)) * 1.4)
    vign = 1 - 0.18 * ((xs - 0.5) ** 2 + (ys - 0.5) ** 2) * 2
    out = out * (grad * vign)[..., None]
    if shadow:
        pts = np.array(
            [
                [W * float(rng.uniform(0.55, 0.8)), -10],
                [W + 10, -10],
                [W + 10, H * float(rng.uniform(0.35, 0.6))],
                [W * float(rng.uniform(0.75, 0.95)), H * float(rng.uniform(0.2, 0.4))],
            ],
            np.int32,
        )
        sm = np.zeros((H, W), np.float32)
        cv2.fillPoly(sm, [pts], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), 40)
        out = out * (1 - 0.32 * sm[..., None])
    out = cv2.GaussianBlur(out, (0, 0), 0.8)
    out = out + rng.normal(0, 4.0, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def image_pdf(images, sizes) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=sizes[0], invariant=1)
    c.setTitle("scan")
    for im, size in zip(images, sizes, strict=True):
        c.setPageSize(size)
        b = io.BytesIO()
        im.save(b, "JPEG", quality=85)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, width=size[0], height=size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# ================================================================ receipts


def r01():
    """DE supermarket chain, 80 mm, two VAT classes, deposit and bottle return, TSE block."""
    items = [
        ("Vollmilch 3,5% 1L", 2, D("1.19"), "A"),
        ("Bio Bananen", D("1.142"), D("1.99"), "A"),
        ("Roggenmischbrot 750g", 1, D("2.49"), "A"),
        ("Gouda jung Scheiben", 1, D("1.89"), "A"),
        ("Mineralwasser still 6x1,5L", 1, D("1.74"), "B"),
        ("Pfand Einweg", 6, D("0.25"), "B"),
        ("Spuelmittel Zitrone", 1, D("0.95"), "B"),
        ("Kaffee Crema 1kg", 1, D("12.99"), "A"),
        ("Kuechenrolle 4er", 1, D("2.89"), "B"),
        ("Leergut", 1, D("-3.00"), "B"),
    ]
    r = Roll(80, f="DVM", sz=7.6)

    def logo(d, y):
        d.rect(d.w / 2 - 70, y, 140, 30, fill="#d2232a", r=4)
        d.t(d.w / 2, y + 21, "FRISCHKAUF", "DVB", 17, "c", color=(1, 1, 1))

    r.logo(logo, 38)
    r.c("Frischkauf Markt GmbH & Co. KG")
    r.c("Filiale 0417 - Hansaring 112")
    r.c("50670 Koeln")
    r.c("Tel. 0221 98 44 170")
    r.c("USt-IdNr. DE 814 227 360")
    r.gap(4)
    r.row("", "EUR")
    lines, sums = [], {"A": C0, "B": C0}
    for desc, qty, unit, cls in items:
        amt = q(D(qty) * unit)
        sums[cls] += amt
        if desc == "Bio Bananen":
            r.row(desc)
            r.row(f"  {fmt(qty, ',', '.', 3)} kg x {fde(unit)} EUR/kg", f"{fde(amt)} {cls}")
        elif qty != 1:
            r.row(desc)
            r.row(f"  {qty} x {fde(unit)}", f"{fde(amt)} {cls}")
        else:
            r.row(desc, f"{fde(amt)} {cls}")
        lines.append(li(desc, qty, unit, amt))
    total = sums["A"] + sums["B"]
    r.row("", "--------")
    r.row("SUMME", f"EUR {fde(total)}", f="DVMB", sz=10)
    r.chars("=")
    r.row("Geg. Girocard", f"EUR {fde(total)}")
    r.gap(4)
    r.cols(
        [
            (0, "Steuer", "l"),
            (70, "%", "r"),
            (120, "Netto", "r"),
            (-40, "Steuer", "r"),
            (-0.01, "Brutto", "r"),
        ]
    )
    vat = C0
    for cls, rate in (("A", D(7)), ("B", D(19))):
        net, tax = incl(sums[cls], rate)
        vat += tax
        r.cols(
            [
                (0, f"{cls}=", "l"),
                (70, f"{rate},0%", "r"),
                (120, fde(net), "r"),
                (-40, fde(tax), "r"),
                (-0.01, fde(sums[cls]), "r"),
            ]
        )
    r.cols(
        [
            (0, "Gesamtbetrag", "l"),
            (120, fde(total - vat), "r"),
            (-40, fde(vat), "r"),
            (-0.01, fde(total), "r"),
        ]
    )
    r.gap(6)
    r.c("*** Kundenbeleg ***")
    r.row("Datum:", "14.03.2026")
    r.row("Uhrzeit:", "18:42:17 Uhr")
    r.row("Beleg-Nr.", "6620")
    r.row("Trace-Nr.", "041187")
    r.row("Karte", "Girocard  ####8812")
    r.row("Terminal-ID", "56021774")
    r.c("Zahlung erfolgt", f="DVMB")
    r.gap(6)
    r.row("14.03.2026 18:42", "Bon-Nr.: 8213")
    r.row("Markt:0417  Kasse:3", "Bed.:112")
    r.gap(4)
    r.row("TSE-Transaktion:", "415663")
    r.row("TSE-Start:", "2026-03-14T18:41:02")
    r.row("TSE-Stop:", "2026-03-14T18:42:17")
    r.row("TSE-Sig.-Zaehler:", "832041")
    r.row("TSE-Seriennr.:", "a41f9c03b77e12d5")
    r.gap(6)
    r.c("Vielen Dank fuer Ihren Einkauf!", f="DVMB")
    r.c("Mo-Sa 7-22 Uhr")
    vendor = "Frischkauf Markt GmbH & Co. KG"
    return r.render("r01"), truth(
        number="8213",
        date="2026-03-14",
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="Bon-Nr. vs card Beleg-Nr. and TSE transaction numbers; weighed item; deposit and negative bottle return; A/B VAT table; thermal fading",
    )


def r02():
    """FR fast-food chain, 80 mm, Helvetica, HT/TVA/TTC, CB payment."""
    items = [
        ("MENU ROYAL XL", 2, D("11.90")),
        ("  Frites grandes", 2, D("0.00")),
        ("  Coca-Cola 50cl", 2, D("0.00")),
        ("NUGGETS x9", 1, D("6.40")),
        ("SUNDAE CARAMEL", 2, D("2.95")),
        ("SUPPL. SAUCE BBQ", 1, D("0.50")),
        ("CAFE ALLONGE", 1, D("1.90")),
    ]
    r = Roll(80, f="Helvetica", sz=8.2)

    def logo(d, y):
        d.circle(d.w / 2, y + 18, 17, fill="#f5a300")
        d.t(d.w / 2, y + 22, "BR", "Helvetica-Bold", 15, "c", color=(1, 1, 1))

    r.logo(logo, 40)
    r.c("BURGER ROYAL", f="Helvetica-Bold", sz=13)
    r.c("Restaurant Lyon Part-Dieu")
    r.c("17 rue du Docteur Bouchut, 69003 Lyon")
    r.c("Burger Royal Restauration SAS", sz=7)
    r.c("SIRET 812 447 903 00127 - NAF 5610C", sz=7)
    r.c("TVA intracom. FR 27 812447903", sz=7)
    r.gap(5)
    r.c("COMMANDE N° 87", f="Helvetica-Bold", sz=14, lead=1.4)
    r.c("SUR PLACE")
    r.gap(3)
    r.rule()
    lines, total = [], C0
    for desc, qty, unit in items:
        amt = q(qty * unit)
        total += amt
        r.cols([(0, str(qty), "l"), (14, desc, "l"), (-0.01, fde(amt) if amt else "", "r")])
        if amt:
            lines.append(li(desc.strip(), qty, unit, amt))
    r.rule()
    net, tax = incl(total, D(10))
    r.row("Total HT", fde(net))
    r.row("TVA 10,00 %", fde(tax))
    r.row("TOTAL TTC", f"{fde(total)} EUR", f="Helvetica-Bold", sz=11)
    r.gap(3)
    r.row("CB SANS CONTACT", fde(total))
    r.row("Rendu", "0,00")
    r.rule()
    r.row("Ticket n° 0342", "Caisse 04")
    r.row("21/02/2026 12:47", "Equipier: SARAH")
    r.gap(3)
    r.c("Merci de votre visite et a bientot !")
    r.c("Avis client : burgerroyal.fr/avis")
    r.qr(60)
    return r.render("r02"), truth(
        number="0342",
        date="2026-02-21",
        due=None,
        vendor="Burger Royal Restauration SAS",
        amount=net,
        vat=tax,
        total=total,
        cur="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="order number 87 printed huge vs small ticket number; menu sub-lines without prices; HT/TVA/TTC; photo",
    )


def r03():
    """UK coffee chain e-receipt, 76 mm, mixed 20 % and zero-rated VAT."""
    items = [
        ("Flat White (Eat In)", 1, D("3.65"), "S"),
        ("Oat Milk", 1, D("0.45"), "S"),
        ("Almond Croissant (Eat In)", 1, D("3.10"), "S"),
        ("Chicken & Pesto Toastie TA", 1, D("5.25"), "Z"),
        ("Still Water 500ml TA", 1, D("1.60"), "S"),
        ("Reusable Cup Discount", 1, D("-0.25"), "S"),
    ]
    r = Roll(76, f="DVC", sz=8)
    r.c("BEAN & BARREL", f="DVSB", sz=15, lead=1.5)
    r.c("COFFEE COMPANY", f="DVC", sz=7.5)
    r.gap(4)
    r.c("Store 1184  Manchester Piccadilly")
    r.c("Bean & Barrel Coffee Company Ltd")
    r.c("VAT Reg No. GB 284 6691 73")
    r.gap(4)
    r.row("Receipt No:", "318447")
    r.row("Date:", "03/01/2026 08:12")
    r.row("Till:", "2   Server: Jamie")
    r.rule(dash=False)
    lines, sums = [], {"S": C0, "Z": C0}
    for desc, qty, unit, cls in items:
        amt = q(qty * unit)
        sums[cls] += amt
        r.row(f"{desc} {cls}", f"£{amt:.2f}" if amt >= 0 else f"-£{-amt:.2f}")
        lines.append(li(desc, qty, unit, amt))
    total = sums["S"] + sums["Z"]
    r.rule(dash=False)
    r.row("TOTAL", f"£{total:.2f}", f="DVCB", sz=10.5)
    r.row("Contactless Visa Debit", f"£{total:.2f}")
    r.row("Card ************4471", "")
    r.row("Auth Code: 08B2KQ", "")
    r.rule()
    net_s, tax_s = incl(sums["S"], D(20))
    r.cols([(0, "VAT Code", "l"), (80, "Net", "r"), (130, "VAT", "r"), (-0.01, "Gross", "r")])
    r.cols(
        [
            (0, "S 20.0%", "l"),
            (80, f"{net_s:.2f}", "r"),
            (130, f"{tax_s:.2f}", "r"),
            (-0.01, f"{sums['S']:.2f}", "r"),
        ]
    )
    r.cols(
        [
            (0, "Z 0.0%", "l"),
            (80, f"{sums['Z']:.2f}", "r"),
            (130, "0.00", "r"),
            (-0.01, f"{sums['Z']:.2f}", "r"),
        ]
    )
    r.gap(4)
    r.c("You earned 2 Beans today. Balance: 37 Beans")
    r.c("Thank you - see you tomorrow!")
    r.c("beanandbarrel.co.uk/receipts")
    vat = tax_s
    return r.render("r03"), truth(
        number="318447",
        date="2026-01-03",
        due=None,
        vendor="Bean & Barrel Coffee Company Ltd",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="GBP",
        locale="en-GB",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="mixed standard-rated and zero-rated lines; negative discount line; dd/mm/yyyy (03/01 is 3 January); born-digital e-receipt",
    )


def r04():
    """US DIY chain, 80 mm, sales tax added, MM/DD/YY date, coupon savings."""
    items = [
        ("029844110578 2X4X8 PREM STUD", 6, D("3.98")),
        ("075001244917 DECK SCREW 5LB", 1, D("32.97")),
        ("885911612003 20V DRILL KIT", 1, D("99.00")),
        ("  INSTANT SAVINGS", 1, D("-20.00")),
        ("070798182241 WOOD GLUE 16OZ", 2, D("6.48")),
        ("028877508815 PAINT ROLLER 9IN", 1, D("8.97")),
        ("039257006124 CAULK WHT 10OZ", 3, D("4.28")),
    ]
    r = Roll(80, f="Courier-Bold", sz=8)

    def logo(d, y):
        d.rect(d.w / 2 - 28, y, 56, 40, fill="#e2641b")
        d.t(d.w / 2, y + 17, "HOME", "Helvetica-Bold", 12, "c", color=(1, 1, 1))
        d.t(d.w / 2, y + 32, "CRAFT", "Helvetica-Bold", 12, "c", color=(1, 1, 1))

    r.logo(logo, 46)
    r.c("HOMECRAFT DEPOT #0562", f="Courier-Bold", sz=9)
    r.c("8801 RESEARCH BLVD")
    r.c("AUSTIN, TX 78758  (512)454-0562")
    r.gap(4)
    r.row("0562  00007  55419", "04/18/26 10:31 AM")
    r.row("SALE   CASHIER KAYLA", "")
    r.gap(3)
    lines, sub = [], C0
    for desc, qty, unit in items:
        amt = q(qty * unit)
        sub += amt
        if qty != 1:
            r.row(desc)
            r.row(f"   {qty}@{unit:.2f}", f"{amt:.2f}")
        elif amt < 0:
            r.row(desc, f"{-amt:.2f}-")
        else:
            r.row(desc, f"{amt:.2f}")
        lines.append(li(desc.strip(), qty, unit, amt))
    tax = excl(sub, D("8.25"))
    total = sub + tax
    r.gap(3)
    r.row("", "SUBTOTAL        " + f"{sub:.2f}")
    r.row("", "SALES TAX 8.25%    " + f"{tax:.2f}")
    r.row("", "TOTAL       " + f"${total:,.2f}", f="Courier-Bold", sz=10)
    r.gap(2)
    r.row("XXXXXXXXXXXX3319 VISA", f"USD$ {total:,.2f}")
    r.row("AUTH CODE 004417/8830126", "TA")
    r.row("CHIP READ  AID A0000000031010", "")
    r.gap(4)
    r.c("TRANS # 55419", f="Courier-Bold", sz=9)
    r.barcode(26)
    r.c("YOU SAVED $20.00 TODAY", f="Courier-Bold", sz=9)
    r.c("RETURN POLICY: 90 DAYS WITH RECEIPT")
    r.c("P.O.#/JOB NAME: DECK")
    r.gap(2)
    r.c("Tell us how we did: homecraft.com/survey")
    r.c("Survey ID 0562 07 55419 041826")
    return r.render("r04"), truth(
        number="55419",
        date="2026-04-18",
        due=None,
        vendor="HomeCraft Depot",
        amount=sub,
        vat=tax,
        total=total,
        cur="USD",
        locale="en-US",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="store/register/transaction run '0562 00007 55419'; MM/DD/YY; sales tax added on top; instant savings as trailing-minus line; vendor printed only as wordmark and 'HOMECRAFT DEPOT #0562'",
    )


def r05():
    """CH pharmacy chain, 80 mm, MWST 2.6 % and 8.1 %, cash rounding to 0.05."""
    items = [
        ("Dafalgan 1g Filmtabl 16 Stk", 1, D("7.43"), 1),
        ("Bepanthen Wund- und Heilsalbe 30g", 1, D("12.90"), 1),
        ("Nasenspray Xylo Spirig 10ml", 2, D("6.20"), 1),
        ("La Roche-Posay Anthelios 50ml", 1, D("24.90"), 2),
        ("Taschentuecher Box", 1, D("2.95"), 2),
    ]
    r = Roll(80, f="Helvetica", sz=8)

    def logo(d, y):
        x = d.w / 2
        d.rect(x - 7, y, 14, 36, fill="#12985a")
        d.rect(x - 18, y + 11, 36, 14, fill="#12985a")

    r.logo(logo, 42)
    r.c("Pharmavita Apotheken AG", f="Helvetica-Bold", sz=10)
    r.c("Apotheke am Bahnhof")
    r.c("Bahnhofplatz 9, 8001 Zuerich")
    r.c("MWST-Nr. CHE-109.448.227 MWST")
    r.gap(4)
    r.row("Beleg-Nr. 20260207-0153", "07.02.2026 09:58")
    r.row("Kasse 2 / Filiale 031", "")
    r.rule(dash=False)
    lines, sums = [], {1: C0, 2: C0}
    for desc, qty, unit, code in items:
        amt = q(qty * unit)
        sums[code] += amt
        r.row(desc)
        r.cols([(8, f"{qty} x {unit:.2f}", "l"), (-30, f"{amt:.2f}", "r"), (-0.01, str(code), "r")])
        lines.append(li(desc, qty, unit, amt))
    sub = sums[1] + sums[2]
    total = (sub / D("0.05")).quantize(D(1), rounding=ROUND_HALF_UP) * D("0.05")
    total = q(total)
    r.rule(dash=False)
    r.row("Zwischentotal", f"{sub:.2f}")
    r.row("Rundung", f"{total - sub:.2f}")
    r.row("TOTAL CHF", f"{total:.2f}", f="Helvetica-Bold", sz=11)
    r.row("Bar", "100.00")
    r.row("Rueckgeld", f"{100 - total:.2f}")
    r.rule()
    vat = C0
    r.cols([(0, "Code", "l"), (50, "MWST", "r"), (110, "Betrag inkl.", "r"), (-0.01, "MWST", "r")])
    for code, rate in ((1, D("2.6")), (2, D("8.1"))):
        _, tax = incl(sums[code], rate)
        vat += tax
        r.cols(
            [
                (0, str(code), "l"),
                (50, f"{rate}%", "r"),
                (110, f"{sums[code]:.2f}", "r"),
                (-0.01, f"{tax:.2f}", "r"),
            ]
        )
    r.gap(4)
    r.c("Gute Besserung!")
    r.c("Sie wurden bedient von: M. Keller")
    return r.render("r05"), truth(
        number="20260207-0153",
        date="2026-02-07",
        due=None,
        vendor="Pharmavita Apotheken AG",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="CHF",
        locale="de-CH",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="two MWST rates with codes 1/2 beside amounts; cash rounding +0.02 (total keyed after rounding, rounding counted in net); cash/change lines",
    )


def r06():
    """IT fuel chain, 58 mm, documento commerciale, IVA 22 % included."""
    r = Roll(58, margin_mm=2.5, f="DVM", sz=6.6)
    r.c("CARBURANTI RETE ITALIA", f="DVMB", sz=8)
    r.c("Carburanti Rete Italia S.p.A.")
    r.c("Via Emilia Ponente 212")
    r.c("40133 Bologna (BO)")
    r.c("P.IVA 03318820374")
    r.c("Stazione di servizio n. 4471")
    r.gap(4)
    r.c("DOCUMENTO COMMERCIALE", f="DVMB")
    r.c("di vendita o prestazione")
    r.gap(3)
    r.cols([(0, "DESCRIZIONE", "l"), (-44, "IVA", "r"), (-0.01, "Prezzo(€)", "r")])
    fuel_l, fuel_p = D("42.15"), D("1.749")
    fuel = q(fuel_l * fuel_p)
    wash = D("9.00")
    r.cols([(0, "GASOLIO SELF", "l"), (-44, "22%", "r"), (-0.01, fde(fuel), "r")])
    r.row(f" Erog.3 L {fde(fuel_l)} x {fmt(fuel_p, ',', '.', 3)}")
    r.cols([(0, "LAVAGGIO BASE", "l"), (-44, "22%", "r"), (-0.01, fde(wash), "r")])
    total = fuel + wash
    net, tax = incl(total, D(22))
    r.rule()
    r.row("TOTALE COMPLESSIVO", fde(total), f="DVMB", sz=8)
    r.row("di cui IVA", fde(tax))
    r.row("Pagamento elettronico", fde(total))
    r.row("Importo pagato", fde(total))
    r.rule()
    r.row("12-05-2026 07:54", "")
    r.row("DOCUMENTO N. 0045-0187", "")
    r.row("RT 99MEX004471", "")
    r.gap(3)
    r.c("BANCOMAT ****5521 AUT.188204")
    r.c("Grazie e buon viaggio")
    r.qr(44)
    items = [
        li(f"GASOLIO SELF {fuel_l} L", fuel_l, fuel_p, fuel),
        li("LAVAGGIO BASE", 1, wash, wash),
    ]
    return r.render("r06"), truth(
        number="0045-0187",
        date="2026-05-12",
        due=None,
        vendor="Carburanti Rete Italia S.p.A.",
        amount=net,
        vat=tax,
        total=total,
        cur="EUR",
        locale="it-IT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="58 mm roll; 'di cui IVA' (VAT included); litres x 3-decimal unit price; dd-mm-yyyy; station and RT serial numbers; photo",
    )


def r07():
    """JP electronics chain, 80 mm, yen without decimals, 10 % tax included, coupon."""
    items = [
        ("Wireless Earbuds WX-1000XM5", 1, D("39600")),
        ("USB-C Cable 2m 100W", 2, D("1980")),
        ("microSDXC 256GB UHS-I", 1, D("4480")),
        ("Screen Protector 6.1in", 1, D("1650")),
    ]
    r = Roll(80, f="DVM", sz=7.5)

    def logo(d, y):
        d.rect(12, y, d.w - 24, 26, fill="#0b3d91")
        d.t(d.w / 2, y + 18, "DENKI PLAZA", "DVB", 15, "c", color=(1, 1, 0.3))

    r.logo(logo, 32)
    r.c("Denki Plaza Co., Ltd.", f="DVMB")
    r.c("Akihabara Main Store")
    r.c("4-2-1 Sotokanda, Chiyoda-ku, Tokyo")
    r.c("TEL 03-5207-4410")
    r.c("Registration No. T7010001184420")
    r.gap(4)
    r.c("RECEIPT", f="DVMB", sz=11)
    r.row("2026/04/26(Sun) 15:02", "Reg 12")
    r.row("No. 0731-2604-0098", "Staff 0881")
    r.rule()
    lines, sub = [], C0
    for desc, qty, unit in items:
        amt = qty * unit
        sub += amt
        r.row(desc)
        r.cols([(10, f"{qty} x ¥{fus(unit)[:-3]}", "l"), (-0.01, f"¥{fus(amt)[:-3]}*", "r")])
        lines.append(li(desc, qty, unit, amt))
    coupon = D("-1000")
    total = sub + coupon
    tax = (total * 10 / 110).quantize(D(1), rounding=ROUND_DOWN)
    r.rule()
    r.row("Subtotal", f"¥{fus(sub)[:-3]}")
    r.row("App Coupon", f"-¥{fus(-coupon)[:-3]}")
    lines.append(li("App Coupon", 1, coupon, coupon))
    r.row("TOTAL", f"¥{fus(total)[:-3]}", f="DVMB", sz=11)
    r.row("(10% tax incl.", f"¥{fus(total)[:-3]})")
    r.row("(Consumption tax", f"¥{fus(tax)[:-3]})")
    r.row("Credit (JCB 1 pay)", f"¥{fus(total)[:-3]}")
    r.row("Change", "¥0")
    r.rule()
    r.c("* = 10% tax rate item")
    r.c("Points earned: 4,611 pt")
    r.c("Thank you for shopping!")
    r.barcode(22)
    return r.render("r07"), truth(
        number="0731-2604-0098",
        date="2026-04-26",
        due=None,
        vendor="Denki Plaza Co., Ltd.",
        amount=total - tax,
        vat=tax,
        total=total,
        cur="JPY",
        locale="ja-JP",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="yen without decimals; tax included and rounded down; coupon reduces the taxable total; registration number T...; yyyy/mm/dd with weekday",
    )


def r08():
    """NL supermarket e-receipt, 80 mm, BTW 9 % and 21 %, bonus discounts, statiegeld."""
    items = [
        ("HALFVOLLE MELK 1,5L", 1, D("1.59"), 9),
        ("AARDAPPELEN KRUIMIG 2KG", 1, D("2.99"), 9),
        ("KIPFILET 500G", 2, D("5.49"), 9),
        ("BONUS KIPFILET 2E HALVE PRIJS", 1, D("-2.75"), 9),
        ("GOUDSE KAAS JONG 48+", 1, D("4.79"), 9),
        ("PILSENER 6X33CL", 1, D("6.29"), 21),
        ("STATIEGELD BLIK", 6, D("0.15"), 21),
        ("WASMIDDEL COLOR 1,1L", 1, D("8.99"), 21),
        ("BONUS WASMIDDEL -25%", 1, D("-2.25"), 21),
    ]
    r = Roll(80, f="Helvetica", sz=8)
    r.c("versmarkt", f="Helvetica-Bold", sz=20, lead=1.2, color="#00823c")
    r.c("Versmarkt Supermarkten B.V.", sz=7.5)
    r.c("Filiaal 1286 Utrecht Overvecht", sz=7.5)
    r.c("Gentiaandreef 14, 3563 HD Utrecht", sz=7.5)
    r.gap(4)
    r.cols([(0, "AANTAL", "l"), (34, "OMSCHRIJVING", "l"), (-24, "PRIJS", "r"), (-0.01, "", "r")])
    r.rule(dash=False)
    lines, sums = [], {9: C0, 21: C0}
    for desc, qty, unit, rate in items:
        amt = q(qty * unit)
        sums[rate] += amt
        code = "L" if rate == 9 else "H"
        r.cols(
            [
                (0, str(qty) if amt > 0 else "", "l"),
                (34, desc, "l"),
                (-10, fde(amt), "r"),
                (-0.01, code, "r"),
            ]
        )
        lines.append(li(desc, qty, unit, amt))
    total = sums[9] + sums[21]
    r.rule(dash=False)
    r.row("TOTAAL", fde(total), f="Helvetica-Bold", sz=11)
    r.row("PINNEN", fde(total))
    r.row("UW VOORDEEL", fde(D("5.00")))
    r.gap(4)
    r.cols([(0, "BTW", "l"), (70, "OVER", "r"), (-0.01, "BEDRAG", "r")])
    vat = C0
    for rate in (9, 21):
        net, tax = incl(sums[rate], D(rate))
        vat += tax
        r.cols(
            [
                (0, f"{'L' if rate == 9 else 'H'} {rate}%", "l"),
                (70, fde(net), "r"),
                (-0.01, fde(tax), "r"),
            ]
        )
    r.cols([(0, "TOTAAL", "l"), (70, fde(total - vat), "r"), (-0.01, fde(vat), "r")])
    r.gap(6)
    r.row("Terminal 4H7Q21", "Merchant 1002864")
    r.row("Kaart: Maestro", "xxxxxxxxxxxxxxx7713")
    r.row("Autorisatiecode: 6K2Q0P", "")
    r.gap(4)
    r.row("09-03-2026 17:26", "1286/5/1047/88")
    r.c("Bonnr. 1047  Kassa 5  Kassamw. 88")
    r.gap(2)
    r.c("Bedankt en tot ziens!")
    r.c("KvK 30218804  BTW NL001812244B01", sz=7)
    return r.render("r08"), truth(
        number="1047",
        date="2026-03-09",
        due=None,
        vendor="Versmarkt Supermarkten B.V.",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        locale="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="lowercase wordmark, legal name in small print; bonus discount lines; statiegeld; L/H BTW table; receipt number only inside store/till/receipt/cashier run and 'Bonnr.'; 'Uw voordeel' is not a total",
    )


def r09():
    """ES rail e-ticket printed as purchase receipt, 80 mm, IVA 10 % included, travel date != issue date."""
    r = Roll(80, f="DV", sz=7.6)

    def logo(d, y):
        d.poly(
            [(d.w / 2 - 60, y + 28), (d.w / 2 - 40, y), (d.w / 2 + 60, y), (d.w / 2 + 40, y + 28)],
            fill="#6b1f7c",
        )
        d.t(d.w / 2, y + 19, "RUTAS", "DVB", 14, "c", color=(1, 1, 1))

    r.logo(logo, 34)
    r.c("Rutas Ferroviarias de España, S.A.", f="DVB")
    r.c("Avda. Ciudad de Barcelona 8, 28007 Madrid")
    r.c("CIF A-86912248")
    r.gap(4)
    r.c("JUSTIFICANTE DE COMPRA / BILLETE", f="DVB")
    r.row("Nº justificante:", "2026-0381-447120")
    r.row("Localizador:", "X7K2PQ")
    r.row("Fecha de emisión:", "11/03/2026 21:14")
    r.rule()
    r.row("Origen:", "MADRID-PTA. DE ATOCHA")
    r.row("Destino:", "SEVILLA-SANTA JUSTA")
    r.row("Fecha de viaje:", "20/03/2026")
    r.row("Salida / Llegada:", "08:00 / 10:32")
    r.row("Tren:", "AVE 02071")
    r.row("Coche / Plaza:", "06 / 09D")
    r.row("Clase / Tarifa:", "Estándar / Flexible")
    r.row("Viajero:", "L. MARTÍN SOLER")
    r.rule()
    fare, seat = D("71.80"), D("4.50")
    total = fare + seat
    net, tax = incl(total, D(10))
    r.row("Precio billete", f"{fde(fare)} €")
    r.row("Selección de asiento", f"{fde(seat)} €")
    r.row("Base imponible", f"{fde(net)} €")
    r.row("IVA 10%", f"{fde(tax)} €")
    r.row("TOTAL PAGADO", f"{fde(total)} €", f="DVB", sz=10)
    r.row("Forma de pago: Tarjeta", "**** 0934")
    r.gap(4)
    r.qr(70)
    r.c("Presente este código en el control de acceso")
    r.c("Cambios y anulaciones: rutasfe.es")
    items = [
        li("Precio billete MADRID-SEVILLA", 1, fare, fare),
        li("Selección de asiento", 1, seat, seat),
    ]
    return r.render("r09"), truth(
        number="2026-0381-447120",
        date="2026-03-11",
        due=None,
        vendor="Rutas Ferroviarias de España, S.A.",
        amount=net,
        vat=tax,
        total=total,
        cur="EUR",
        locale="es-ES",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="issue date 11/03 vs travel date 20/03; localizador vs receipt number; train/coach/seat numbers; IVA included shown with base",
    )


def r10():
    """SE coffee chain, 58 mm, moms 12 %, scanned and downscaled."""
    items = [
        ("Cappuccino stor", 2, D("49.00")),
        ("Kanelbulle", 2, D("35.00")),
        ("Räksmörgås", 1, D("109.00")),
        ("Juice apelsin 25cl", 1, D("39.00")),
    ]
    r = Roll(58, margin_mm=2.5, f="DV", sz=6.8)
    r.c("KAFFEBAREN", f="DVSB", sz=13, lead=1.4)
    r.c("Kaffebaren i Sverige AB")
    r.c("Drottninggatan 53, 111 21 Stockholm")
    r.c("Org.nr 556812-4417")
    r.c("Momsreg.nr SE556812441701")
    r.gap(4)
    r.row("Kvitto nr 55321", "Kassa 1")
    r.row("2026-01-22 14:37", "Kassör: Elin")
    r.rule()
    lines, total = [], C0
    for desc, qty, unit in items:
        amt = qty * unit
        total += amt
        r.row(f"{qty} {desc}", fsp(amt))
        lines.append(li(desc, qty, unit, amt))
    r.rule()
    net, tax = incl(total, D(12))
    r.row("Totalt", f"{fsp(total)} kr", f="DVB", sz=9)
    r.row("Kort", f"{fsp(total)} kr")
    r.gap(3)
    r.cols([(0, "Moms%", "l"), (48, "Moms", "r"), (98, "Netto", "r"), (-0.01, "Brutto", "r")])
    r.cols([(0, "12,00", "l"), (48, fsp(tax), "r"), (98, fsp(net), "r"), (-0.01, fsp(total), "r")])
    r.gap(4)
    r.c("KONTROLLENHET: CEB4410020017788")
    r.c("Tack för besöket!")
    return r.render("r10"), truth(
        number="55321",
        date="2026-01-22",
        due=None,
        vendor="Kaffebaren i Sverige AB",
        amount=net,
        vat=tax,
        total=total,
        cur="SEK",
        locale="sv-SE",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="58 mm; kr with decimal comma; moms table; org.nr and control unit numbers; scan downscaled to ~650 px wide",
    )


def r11():
    """AU fast-food chain, 80 mm, 'TAX INVOICE', GST included, card surcharge."""
    items = [
        ("Big Outback Burger Meal", 2, D("14.95")),
        ("  Upsize Chips & Drink", 2, D("1.20")),
        ("Chicken Wrap", 1, D("8.45")),
        ("Kids Pack", 1, D("7.50")),
        ("Flat White Reg", 1, D("4.20")),
    ]
    r = Roll(80, f="Helvetica", sz=8.4)
    r.c("OUTBACK GRILL", f="Helvetica-BoldOblique", sz=16, lead=1.3, color="#b3121b")
    r.c("EXPRESS", f="Helvetica-Bold", sz=9)
    r.gap(3)
    r.c("Outback Grill Express Pty Ltd")
    r.c("ABN 51 824 753 556")
    r.c("Shop 4, 300 Pitt St, Sydney NSW 2000")
    r.gap(3)
    r.c("TAX INVOICE", f="Helvetica-Bold", sz=11)
    r.c("ORDER 216  -  DINE IN", f="Helvetica-Bold", sz=13, lead=1.4)
    r.rule()
    lines, sub = [], C0
    for desc, qty, unit in items:
        amt = q(qty * unit)
        sub += amt
        r.cols([(0, f"{qty}", "l"), (16, desc, "l"), (-0.01, f"${amt:.2f}", "r")])
        lines.append(li(desc.strip(), qty, unit, amt))
    sur = q(sub * D("0.015"))
    total = sub + sur
    lines.append(li("Card Surcharge 1.5%", 1, sur, sur))
    r.rule()
    r.row("Subtotal", f"${sub:.2f}")
    r.row("Card Surcharge 1.5%", f"${sur:.2f}")
    r.row("TOTAL", f"${total:.2f}", f="Helvetica-Bold", sz=12)
    net, gst = incl(total, D(10))
    r.row("Total includes GST", f"${gst:.2f}")
    r.gap(3)
    r.row("EFTPOS Mastercard", f"${total:.2f}")
    r.row("Tendered", f"${total:.2f}")
    r.row("Change", "$0.00")
    r.rule()
    r.row("Receipt: 3019-00216", "14/06/2026")
    r.row("Register 3  Staff 19", "12:03 PM")
    r.gap(3)
    r.c("Rate us & get a free cone: og-express.com.au")
    return r.render("r11"), truth(
        number="3019-00216",
        date="2026-06-14",
        due=None,
        vendor="Outback Grill Express Pty Ltd",
        amount=net,
        vat=gst,
        total=total,
        cur="AUD",
        locale="en-AU",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="'TAX INVOICE' heading on a receipt; big order number 216 vs receipt 3019-00216; GST shown only as 'Total includes GST'; card surcharge line; photo",
    )


def r12():
    """PL pharmacy chain, fiscal paragon, PTU A 23 % / B 8 %, DejaVu Mono for Polish letters."""
    items = [
        ("IBUPROM MAX 400MG 24TABL", 1, D("16.99"), "B"),
        ("RUTINOSCORBIN 150TABL", 1, D("14.49"), "B"),
        ("STREPSILS MIÓD CYTRYNA 24", 1, D("21.90"), "B"),
        ("KREM NAWILŻAJĄCY CERAVE", 1, D("54.99"), "A"),
        ("PLASTRY WODOODPORNE 20SZT", 2, D("8.49"), "A"),
    ]
    r = Roll(80, f="DVM", sz=7.4)
    r.c("APTEKA ZDROWIE", f="DVMB", sz=11)
    r.c("Apteka Zdrowie Sp. z o.o.")
    r.c("ul. Marszałkowska 104/122")
    r.c("00-017 Warszawa")
    r.c("Apteka nr 118")
    r.c("NIP 527-288-41-09")
    r.row("2026-05-06", "wydr.000873")
    r.c("PARAGON FISKALNY", f="DVMB", sz=9)
    r.chars("-")
    lines, sums = [], {"A": C0, "B": C0}
    for desc, qty, unit, cls in items:
        amt = q(qty * unit)
        sums[cls] += amt
        r.row(desc)
        r.row("", f"{qty} x{fde(unit)}  {fde(amt)}{cls}")
        lines.append(li(desc, qty, unit, amt))
    r.chars("-")
    total = sums["A"] + sums["B"]
    vat = C0
    rates = {"A": D(23), "B": D(8)}
    for cls in ("A", "B"):
        r.row(f"Sprzed. opod. PTU {cls}", fde(sums[cls]))
    for cls in ("A", "B"):
        _, tax = incl(sums[cls], rates[cls])
        vat += tax
        r.row(f"Kwota PTU {cls} {rates[cls]},00 %", fde(tax))
    r.row("SUMA PTU", fde(vat))
    r.row("SUMA PLN", fde(total), f="DVMB", sz=11)
    r.chars("-")
    r.row("Karta płatnicza", f"{fde(total)} PLN")
    r.row("00412 #Kasa 2  Kasjer 3", "11:20")
    r.c("BFA 19044172")
    r.gap(3)
    r.c("Dziękujemy, zapraszamy ponownie")
    return r.render("r12"), truth(
        number="00412",
        date="2026-05-06",
        due=None,
        vendor="Apteka Zdrowie Sp. z o.o.",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="PLN",
        locale="pl-PL",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="fiscal paragon: receipt number 00412 only in the footer line '00412 #Kasa 2', print counter 'wydr.000873' at top is not it; PTU A/B; 'SUMA PLN'; Polish diacritics",
    )


def r13():
    """CA electronics chain e-receipt, 80 mm, GST + PST, environmental handling fee."""
    items = [
        ("LAPTOP 15.6IN R7/16GB/1TB", 1, D("1099.99")),
        ("  EHF LAPTOP", 1, D("0.45")),
        ("WIRELESS MOUSE MX3", 1, D("79.99")),
        ("USB-C HUB 7-IN-1", 1, D("49.99")),
        ("  INSTANT REBATE", 1, D("-10.00")),
        ("PROTECTION PLAN 2YR", 1, D("149.99")),
    ]
    r = Roll(80, f="DVC", sz=8)

    def logo(d, y):
        d.poly([(d.w / 2 - 14, y + 30), (d.w / 2, y), (d.w / 2 + 14, y + 30)], fill="#c8102e")
        d.t(d.w / 2, y + 44, "NORTHTECH", "DVCB", 14, "c")

    r.logo(logo, 52)
    r.c("NorthTech Electronics Ltd.")
    r.c("Store 212 - Metrotown")
    r.c("4700 Kingsway, Burnaby BC V5H 4M1")
    r.c("GST/HST # 817445902 RT0001")
    r.c("PST # PST-1044-8721")
    r.gap(3)
    r.row("Receipt #: 4406-012-77123", "")
    r.row("Date: Feb 14, 2026", "Time: 19:48")
    r.row("Associate: 40881 (Priya)", "")
    r.rule()
    lines, sub = [], C0
    for desc, qty, unit in items:
        amt = q(qty * unit)
        sub += amt
        r.row(desc, fus(amt))
        lines.append(li(desc.strip(), qty, unit, amt))
    gst = excl(sub, D(5))
    pst_base = sub - D("149.99")
    pst = excl(pst_base, D(7))
    total = sub + gst + pst
    r.rule()
    r.row("SUBTOTAL", fus(sub))
    r.row("GST 5%", fus(gst))
    r.row(f"PST 7% (on {fus(pst_base)})", fus(pst))
    r.row("TOTAL", f"${fus(total)}", f="DVCB", sz=11)
    r.row("MASTERCARD ************2207", fus(total))
    r.gap(3)
    r.c("Protection plan is PST exempt.")
    r.c("Returns within 15 days with this receipt.")
    r.barcode(24)
    r.c("4406 012 77123 021426")
    return r.render("r13"), truth(
        number="4406-012-77123",
        date="2026-02-14",
        due=None,
        vendor="NorthTech Electronics Ltd.",
        amount=sub,
        vat=gst + pst,
        total=total,
        cur="CAD",
        locale="en-CA",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="two taxes (GST + PST, vat keyed as their sum); PST on a reduced base; EHF fee and instant rebate lines; thousands separator in laptop price",
    )


def r14():
    """AT DIY chain, 80 mm, USt 20 % included, Aktion discount, RKSV QR; image-only PDF."""
    items = [
        ("Akku-Schrauber 18V Set", 1, D("89.99")),
        ("  Aktion -15%", 1, D("-13.50")),
        ("Holzschrauben 4x40 500St", 2, D("7.49")),
        ("Wandfarbe weiss 10L", 1, D("39.95")),
        ("Abdeckfolie 4x5m", 3, D("2.19")),
        ("Malerkrepp 50m", 2, D("3.49")),
    ]
    r = Roll(80, f="Courier", sz=8)

    def logo(d, y):
        d.rect(14, y, d.w - 28, 30, stroke=(0, 0, 0), lw=2)
        d.t(d.w / 2, y + 21, "BAUMEISTER", "Times-Bold", 17, "c")

    r.logo(logo, 36)
    r.c("Baumeister Heimwerkermarkt GmbH")
    r.c("Markt Wien-Simmering")
    r.c("Simmeringer Hauptstr. 283, 1110 Wien")
    r.c("UID: ATU 6288 4417")
    r.gap(3)
    lines, total = [], C0
    for desc, qty, unit in items:
        amt = q(qty * unit)
        total += amt
        if qty != 1:
            r.row(desc)
            r.row(f"   {qty} Stk x {fde(unit)}", f"{fde(amt)} A")
        else:
            r.row(desc, f"{fde(amt)} A")
        lines.append(li(desc.strip(), qty, unit, amt))
    r.chars("=")
    r.row("SUMME EUR", fde(total), f="Courier-Bold", sz=11)
    r.chars("=")
    r.row("Bankomat", fde(total))
    net, tax = incl(total, D(20))
    r.gap(3)
    r.row("A 20% USt", f"Netto {fde(net)}")
    r.row("", f"USt {fde(tax)}")
    r.gap(3)
    r.row("Bon 28-4417", "27.03.2026 16:05")
    r.row("Kassa 28  Kassier 0219", "")
    r.gap(3)
    r.c("Umtausch innerhalb 30 Tagen")
    r.c("nur mit Kassabon.")
    r.qr(64)
    r.c("Kassen-ID: BM-1110-K28", sz=6.5)
    return r.render("r14"), truth(
        number="28-4417",
        date="2026-03-27",
        due=None,
        vendor="Baumeister Heimwerkermarkt GmbH",
        amount=net,
        vat=tax,
        total=total,
        cur="EUR",
        locale="de-AT",
        layout="receipt",
        dtype="receipt",
        items=lines,
        note="image-only PDF (no text layer); 'Bon 28-4417'; percentage discount line under an item; RKSV QR code; VAT only in a small net/USt block",
    )


def r15():
    """PT airline fatura-recibo, 80 mm, IVA 6 % fare / 23 % service fee, airport charges not subject."""
    r = Roll(80, f="Helvetica", sz=7.8)

    def logo(d, y):
        d.circle(d.w / 2 - 58, y + 14, 12, fill="#0a6e6e")
        d.t(d.w / 2 - 40, y + 19, "ATLÂNTICA", "Helvetica-Bold", 15, "l", color="#0a6e6e")

    r.logo(logo, 34)
    r.c("Atlântica Linhas Aéreas, S.A.", f="Helvetica-Bold")
    r.c("Rua C, Edifício 124, Aeroporto de Lisboa")
    r.c("1700-008 Lisboa  -  NIF PT 509 884 127")
    r.gap(4)
    r.c("FATURA-RECIBO", f="Helvetica-Bold", sz=10)
    r.row("N.º", "FR 2026/004417")
    r.row("ATCUD", "JF4KQ2MX-4417")
    r.row("Data", "03-04-2026")
    r.row("Bilhete eletrónico", "184 2218447301")
    r.row("Reserva (PNR)", "QZ7LMA")
    r.row("Cliente", "Consumidor final")
    r.rule()
    r.row("Voo AT1903  LIS-OPO  17-04-2026  07:10")
    r.rule()
    r.cols([(0, "Descrição", "l"), (-60, "IVA", "r"), (-0.01, "Valor s/IVA", "r")])
    fare, fee, apt = D("62.00"), D("8.00"), D("18.40")
    r.cols([(0, "Tarifa aérea", "l"), (-60, "6%", "r"), (-0.01, fde(fare), "r")])
    r.cols([(0, "Taxa de serviço", "l"), (-60, "23%", "r"), (-0.01, fde(fee), "r")])
    r.cols([(0, "Taxas aeroportuárias", "l"), (-60, "M99", "r"), (-0.01, fde(apt), "r")])
    iva6, iva23 = excl(fare, D(6)), excl(fee, D(23))
    net = fare + fee + apt
    total = net + iva6 + iva23
    r.rule()
    r.row("Total ilíquido", f"{fde(net)} €")
    r.row("IVA 6% s/ 62,00", f"{fde(iva6)} €")
    r.row("IVA 23% s/ 8,00", f"{fde(iva23)} €")
    r.row("TOTAL", f"{fde(total)} €", f="Helvetica-Bold", sz=10.5)
    r.row("Pago: Cartão Visa ****6120", f"{fde(total)} €")
    r.gap(2)
    r.c("M99 - Não sujeito; não tributado", sz=6.8)
    r.qr(62)
    r.c("XpRT-Processado por programa certificado n.º 2291/AT", sz=6.2)
    items = [
        li("Tarifa aérea", 1, fare, fare),
        li("Taxa de serviço", 1, fee, fee),
        li("Taxas aeroportuárias", 1, apt, apt),
    ]
    return r.render("r15"), truth(
        number="FR 2026/004417",
        date="2026-04-03",
        due=None,
        vendor="Atlântica Linhas Aéreas, S.A.",
        amount=net,
        vat=iva6 + iva23,
        total=total,
        cur="EUR",
        locale="pt-PT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="two IVA rates on different lines plus non-taxed airport charges; number 'FR 2026/004417' vs ATCUD, e-ticket and PNR; issue date 03-04 vs flight 17-04",
    )


# ================================================================ invoices


def trow(d, y, cols, cells, f="Helvetica", sz=8.5, color=None):
    """Draw one table row; cols: list of (x, align)."""
    for (x, al), s in zip(cols, cells, strict=True):
        if s not in (None, ""):
            d.t(x, y, s, f, sz, al, color)


def lines_at(d, x, y, rows, f="Helvetica", sz=8.5, lead=11, al="l", color=None):
    for s in rows:
        if s:
            d.t(x, y, s, f, sz, al, color)
        y += lead
    return y


def i01():  # noqa: C901
    """DE telecom bill, A4, 3 pages: summary on page 1, details and call list later, repeated header/footer."""
    rng = np.random.default_rng(zlib.crc32(b"i01-calls"))
    d = Doc(A4, "Rechnung Februar 2026")
    W = d.w
    kd, rn = "4 1187 2290", "2026 0318 4471"
    monthly = [
        ("Zuhause Fiber 250", "01.02.-28.02.2026", D("41.17")),
        ("Mobil Smart M (0171 4482219)", "01.02.-28.02.2026", D("20.99")),
        ("Router-Miete Speedport Pro", "01.02.-28.02.2026", D("4.19")),
    ]
    calls = []
    numbers = [
        "0171 22048xxx",
        "0221 93044xxx",
        "0160 71192xxx",
        "0800 3301xxx",
        "0180 6224xxx",
        "030 44188xxx",
        "0152 09917xxx",
    ]
    day = 1
    while len(calls) < 34:
        day += int(rng.integers(0, 2))
        if day > 28:
            break
        n = numbers[int(rng.integers(0, len(numbers)))]
        dur = int(rng.integers(20, 900))
        if n.startswith("0180"):
            price = q(D(dur) / 60 * D("0.1681"))
        elif n.startswith("0800"):
            price = C0
        elif n.startswith("01"):
            price = C0 if rng.random() < 0.7 else q(D(dur) / 60 * D("0.0840"))
        else:
            price = C0
        calls.append(
            (
                f"{day:02d}.02.2026",
                f"{int(rng.integers(7, 22)):02d}:{int(rng.integers(0, 60)):02d}",
                n,
                f"{dur // 60}:{dur % 60:02d}",
                price,
            )
        )
    conn = sum((c[4] for c in calls), C0)
    once = D("8.39")
    bonus = D("-5.00")
    mon = sum((m[2] for m in monthly), C0)
    net = mon + conn + once + bonus
    vat = excl(net, D(19))
    total = net + vat
    pages = 3

    def header(p):
        d.rect(40, 34, 26, 26, fill="#e20074")
        d.t(72, 54, "telenetz", "DVB", 20, color="#e20074")
        if p == 1:
            d.t(W - 40, 44, f"Seite {p} von {pages}", "DV", 7.5, "r")
        else:
            d.t(W - 40, 44, f"Rechnung Februar 2026   Seite {p} von {pages}", "DV", 7.5, "r")
            d.t(W - 40, 56, f"Kundennummer {kd}   Rechnungsnummer {rn}", "DV", 7.5, "r")

    def footer():
        d.line(40, 770, W - 40, 770, 0.4, "#999999")
        lines_at(
            d,
            W / 2,
            781,
            [
                "Telenetz Deutschland GmbH · Landgrabenweg 151 · 53227 Bonn · Amtsgericht Bonn HRB 5919 · USt-IdNr. DE 814 118 990",
                "Geschäftsführung: Dr. Katrin Albers (Vors.), Malte Vogt · Aufsichtsratsvorsitzender: Jens Hartung",
                "Commerzbank AG · IBAN DE44 3704 0044 0532 0130 00 · BIC COBADEFFXXX · Gläubiger-ID DE77ZZZ00000044170",
            ],
            "DV",
            6.2,
            8.5,
            "c",
            "#555555",
        )

    header(1)
    d.t(57, 128, "Telenetz Deutschland GmbH · Postfach 10 07 44 · 40007 Düsseldorf", "DV", 6.2)
    d.line(57, 131, 245, 131, 0.3)
    lines_at(
        d,
        57,
        146,
        ["Herrn", "Tobias Brandstetter", "Lindenthalgürtel 41", "50935 Köln"],
        "DV",
        9.5,
        13,
    )
    info = [
        ("Kundennummer", kd),
        ("Rechnungsnummer", rn),
        ("Rechnungsdatum", "05.03.2026"),
        ("Buchungskonto", "7700 4418 2290"),
        ("Leistungszeitraum", "01.02.2026 - 28.02.2026"),
        ("Ihre Servicenummer", "0800 330 1000"),
    ]
    y = 128
    for k, v in info:
        d.t(350, y, k, "DV", 8)
        d.t(W - 40, y, v, "DVB" if k != "Ihre Servicenummer" else "DV", 8, "r")
        y += 12.5
    d.t(57, 262, "Ihre Rechnung für Februar 2026", "DVB", 15)
    d.t(57, 284, "Guten Tag Herr Brandstetter,", "DV", 9.5)
    d.t(
        57,
        298,
        "hier ist Ihre aktuelle Rechnung. Die Einzelheiten finden Sie auf den folgenden Seiten.",
        "DV",
        9.5,
    )
    d.rect(57, 315, W - 97, 20, fill="#f2f2f2")
    d.t(65, 329, "Übersicht", "DVB", 9)
    d.t(W - 48, 329, "Beträge in Euro", "DV", 8, "r")
    cols = [(65, "l"), (W - 48, "r")]
    y = 352
    for label, v in (
        ("Monatliche Beträge", mon),
        ("Verbindungen", conn),
        ("Einmalige Beträge", once),
        ("Gutschriften", bonus),
    ):
        trow(d, y, cols, [label, fde(v)], "DV", 9.5)
        y += 17
    d.line(57, y - 8, W - 40, y - 8, 0.4)
    y += 4
    trow(d, y, cols, ["Summe netto", fde(net)], "DV", 9.5)
    trow(d, y + 17, cols, ["Umsatzsteuer 19 %", fde(vat)], "DV", 9.5)
    d.rect(57, y + 26, W - 97, 24, fill="#e20074")
    trow(d, y + 43, cols, ["Rechnungsbetrag", f"{fde(total)} €"], "DVB", 11, (1, 1, 1))
    y += 80
    for s in wrap(
        f"Den Rechnungsbetrag von {fde(total)} € buchen wir frühestens am 12.03.2026 von Ihrem Konto IBAN DE12 **** **** **** 4471 00 ab (SEPA-Lastschrift, Mandatsreferenz TN-41187229001). Bitte sorgen Sie für ausreichende Deckung.",
        "DV",
        9,
        W - 114,
    ):
        d.t(57, y, s, "DV", 9)
        y += 12.5
    y += 10
    d.t(
        57,
        y,
        "Wussten Sie schon? Mit der Telenetz App sehen Sie Ihre Rechnungen jederzeit online.",
        "DVI",
        8.5,
        color="#555555",
    )
    d.rect(57, y + 20, 150, 60, stroke="#e20074", lw=1)
    d.t(65, y + 38, "Ihr Treuebonus", "DVB", 9, color="#e20074")
    d.t(65, y + 52, "5,00 € Gutschrift", "DV", 8.5)
    d.t(65, y + 65, "bereits berücksichtigt", "DV", 8.5)
    footer()

    d.new_page()
    header(2)
    d.t(40, 100, "Einzelheiten zu Ihrer Rechnung", "DVB", 13)
    cols = [(40, "l"), (300, "l"), (W - 40, "r")]
    y = 126
    trow(d, y, cols, ["Leistung", "Zeitraum", "Betrag netto (€)"], "DVB", 8.5)
    d.line(40, y + 5, W - 40, y + 5, 0.5)
    y += 20
    items = []
    d.t(40, y, "Monatliche Beträge", "DVB", 9)
    y += 15
    for desc, per, v in monthly:
        trow(d, y, cols, [desc, per, fde(v)], "DV", 8.5)
        items.append(li(desc, 1, v, v))
        y += 13
    y += 8
    d.t(40, y, "Verbindungen", "DVB", 9)
    y += 15
    for desc, v in (("Inland Mobilfunk und Festnetz (s. Seite 3)", conn),):
        trow(d, y, cols, [desc, "01.02.-28.02.2026", fde(v)], "DV", 8.5)
        items.append(li("Verbindungen", 1, v, v))
        y += 13
    y += 8
    d.t(40, y, "Einmalige Beträge", "DVB", 9)
    y += 15
    trow(d, y, cols, ["Versandpauschale eSIM-Tausch", "12.02.2026", fde(once)], "DV", 8.5)
    items.append(li("Versandpauschale eSIM-Tausch", 1, once, once))
    y += 21
    d.t(40, y, "Gutschriften", "DVB", 9)
    y += 15
    trow(d, y, cols, ["Treuebonus 24 Monate", "", fde(bonus)], "DV", 8.5)
    items.append(li("Treuebonus 24 Monate", 1, bonus, bonus))
    y += 10
    d.line(40, y, W - 40, y, 0.5)
    y += 14
    trow(d, y, cols, ["Summe netto", "", fde(net)], "DVB", 8.5)
    y += 13
    trow(d, y, cols, ["zzgl. Umsatzsteuer 19 %", "", fde(vat)], "DV", 8.5)
    y += 13
    trow(d, y, cols, ["Rechnungsbetrag brutto", "", fde(total)], "DVB", 8.5)
    y += 30
    for s in wrap(
        "Ihre Tarife: Zuhause Fiber 250 (Mindestlaufzeit bis 31.08.2026), Mobil Smart M mit 20 GB Datenvolumen. Preise in dieser Aufstellung verstehen sich ohne Umsatzsteuer. Einwendungen gegen die Rechnung sind innerhalb von acht Wochen nach Zugang zu erheben.",
        "DV",
        8,
        W - 80,
    ):
        d.t(40, y, s, "DV", 8)
        y += 11
    footer()

    d.new_page()
    header(3)
    d.t(40, 100, "Einzelverbindungsnachweis Mobil Smart M (0171 4482219)", "DVB", 12)
    cols = [(40, "l"), (110, "l"), (160, "l"), (330, "r"), (W - 40, "r")]
    y = 124
    trow(
        d,
        y,
        cols,
        ["Datum", "Uhrzeit", "Zielrufnummer", "Dauer (min:s)", "Betrag netto (€)"],
        "DVB",
        8,
    )
    d.line(40, y + 4, W - 40, y + 4, 0.5)
    y += 17
    for c in calls:
        trow(d, y, cols, [c[0], c[1], c[2], c[3], fde(c[4])], "DVM", 7.8)
        y += 11.5
    d.line(40, y - 6, W - 40, y - 6, 0.5)
    y += 6
    trow(d, y, cols, ["Summe Verbindungen", "", "", "", fde(conn)], "DVB", 8)
    footer()
    note = "3-page bill: page 1 summary, page 2 details, page 3 call list with many small amounts; Kundennummer, Buchungskonto and Rechnungsnummer side by side; due date = printed direct-debit date; per-page header repeats numbers, footer repeats bank/register data"
    return d.pdf(), truth(
        number=rn,
        date="2026-03-05",
        due="2026-03-12",
        vendor="Telenetz Deutschland GmbH",
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=note,
    )


def i02():
    """UK electricity bill, A4, 2 pages, 5 % VAT, previous balance and payment lines."""
    d = Doc(A4, "Your electricity bill")
    W = d.w
    kwh, rate = 421, D("24.86")
    energy = q(kwh * rate / 100)
    days, sc = 31, D("53.35")
    stand = q(days * sc / 100)
    net = energy + stand
    vat = excl(net, D(5))
    total = net + vat
    acct, bill = "8810 442 917", "60033871"

    def header(p):
        d.circle(58, 52, 16, fill="#2a9d8f")
        d.circle(58, 52, 8, fill=(1, 1, 1))
        d.t(82, 58, "Albion Energy", "Helvetica-Bold", 18, color="#264653")
        d.t(W - 40, 48, f"Page {p} of 2", "Helvetica", 8, "r")
        d.t(W - 40, 60, f"Account number {acct}", "Helvetica", 8, "r")

    def footer():
        lines_at(
            d,
            40,
            790,
            [
                "Albion Energy Supply Ltd, 1 Riverside Quay, Bristol BS1 6TE. Registered in England and Wales No. 09884172. VAT No. GB 244 8104 62.",
                "Questions about your bill? Call 0330 808 4410 (Mon-Fri 8am-8pm) or visit albionenergy.co.uk/help",
            ],
            "Helvetica",
            6.5,
            9,
            "l",
            "#444444",
        )

    header(1)
    lines_at(
        d,
        50,
        130,
        ["Ms Harriet Okafor", "Flat 3, 27 Chorlton Road", "Manchester", "M16 7RG"],
        "Helvetica",
        10,
        13,
    )
    y = 120
    for k, v in (
        ("Bill number", bill),
        ("Bill date", "17 January 2026"),
        ("Billing period", "12 Dec 2025 - 11 Jan 2026"),
        ("Supply address", "Flat 3, 27 Chorlton Road, M16 7RG"),
    ):
        d.t(320, y, k, "Helvetica", 8.5)
        d.t(W - 40, y, v, "Helvetica-Bold", 8.5, "r")
        y += 13
    d.rect(40, 215, W - 80, 70, fill="#264653")
    d.t(56, 240, "Your electricity bill", "Helvetica-Bold", 16, color=(1, 1, 1))
    d.t(
        56,
        262,
        "We'll collect this by Direct Debit on or after 30 January 2026",
        "Helvetica",
        9.5,
        color=(1, 1, 1),
    )
    d.t(W - 56, 246, "Amount due", "Helvetica", 9.5, "r", (1, 1, 1))
    d.t(W - 56, 270, f"£{total:.2f}", "Helvetica-Bold", 22, "r", (1, 1, 1))
    d.t(40, 318, "Your account summary", "Helvetica-Bold", 12, color="#264653")
    cols = [(40, "l"), (W - 40, "r")]
    rows = [
        ("Balance on your last bill", "£96.40"),
        ("Payment received 15 Dec 2025 - thank you", "-£96.40"),
        ("Electricity charges (see page 2)", f"£{net:.2f}"),
        ("VAT at 5%", f"£{vat:.2f}"),
        ("Total charges this bill", f"£{total:.2f}"),
    ]
    y = 342
    for i, (a, b) in enumerate(rows):
        f = "Helvetica-Bold" if i == 4 else "Helvetica"
        trow(d, y, cols, [a, b], f, 10)
        d.line(40, y + 6, W - 40, y + 6, 0.3, "#bbbbbb")
        y += 20
    trow(d, y + 6, cols, ["Amount due", f"£{total:.2f}"], "Helvetica-Bold", 12)
    y += 48
    d.rect(40, y, 250, 96, fill="#f1f6f5")
    lines_at(
        d,
        52,
        y + 18,
        [
            "Your tariff",
            "Albion Fixed Saver Jan27",
            "Unit rate 24.86p per kWh",
            "Standing charge 53.35p per day",
            "Ends 31 January 2027 - no exit fees after",
        ],
        "Helvetica",
        8.5,
        15,
    )
    d.rect(305, y, W - 345, 96, fill="#f1f6f5")
    lines_at(
        d,
        317,
        y + 18,
        [
            "Compared with last year",
            "This period: 421 kWh",
            "Same period last year: 498 kWh",
            "",
            "Your MPAN: 16 1200 0441 827 3",
        ],
        "Helvetica",
        8.5,
        15,
    )
    footer()
    d.new_page()
    header(2)
    d.t(40, 110, "Your electricity charges in detail", "Helvetica-Bold", 13, color="#264653")
    d.t(
        40,
        130,
        f"Bill number {bill}  ·  Billing period 12 Dec 2025 - 11 Jan 2026",
        "Helvetica",
        8.5,
    )
    cols = [(40, "l"), (190, "l"), (300, "r"), (400, "r"), (W - 40, "r")]
    y = 160
    trow(d, y, cols, ["Meter 19K0448213", "Date", "Reading", "Type", ""], "Helvetica-Bold", 8.5)
    y += 15
    trow(
        d, y, cols, ["Previous reading", "12 Dec 2025", "24 118", "Estimated", ""], "Helvetica", 8.5
    )
    y += 13
    trow(
        d,
        y,
        cols,
        ["Latest reading", "11 Jan 2026", "24 539", "Actual (smart)", ""],
        "Helvetica",
        8.5,
    )
    y += 13
    trow(d, y, cols, ["Units used", "", f"{kwh} kWh", "", ""], "Helvetica", 8.5)
    y += 30
    cols = [(40, "l"), (300, "r"), (400, "r"), (W - 40, "r")]
    trow(d, y, cols, ["Charge", "Quantity", "Rate", "Amount"], "Helvetica-Bold", 8.5)
    d.line(40, y + 5, W - 40, y + 5, 0.5)
    y += 18
    trow(
        d,
        y,
        cols,
        ["Electricity used", f"{kwh} kWh", "24.860p/kWh", f"£{energy:.2f}"],
        "Helvetica",
        8.5,
    )
    y += 14
    trow(
        d,
        y,
        cols,
        ["Standing charge", f"{days} days", "53.350p/day", f"£{stand:.2f}"],
        "Helvetica",
        8.5,
    )
    y += 10
    d.line(40, y, W - 40, y, 0.5)
    y += 14
    for a, b, f in (
        ("Total electricity charges", f"£{net:.2f}", "Helvetica"),
        ("VAT at 5% on £" + f"{net:.2f}", f"£{vat:.2f}", "Helvetica"),
        ("Total charges including VAT", f"£{total:.2f}", "Helvetica-Bold"),
    ):
        trow(d, y, [(40, "l"), (W - 40, "r")], [a, b], f, 9)
        y += 15
    y += 20
    for s in wrap(
        "The Energy Price Guarantee does not apply to this tariff. Your next bill will be around 11 February 2026. If you think your meter reading is wrong, send us a reading within 14 days. VAT is charged at the reduced rate of 5% on domestic fuel and power.",
        "Helvetica",
        8.5,
        W - 80,
    ):
        d.t(40, y, s, "Helvetica", 8.5)
        y += 12
    footer()
    items = [
        li("Electricity used 421 kWh", kwh, rate / 100, energy),
        li("Standing charge 31 days", days, sc / 100, stand),
    ]
    return d.pdf(), truth(
        number=bill,
        date="2026-01-17",
        due="2026-01-30",
        vendor="Albion Energy Supply Ltd",
        amount=net,
        vat=vat,
        total=total,
        cur="GBP",
        locale="en-GB",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="2 pages; previous balance and payment received lines (zero effect); prices in pence; account number vs bill number vs MPAN; due date = direct-debit 'on or after' date; legal name only in footer",
    )


def i03():
    """FR water bill, A4, TVA 5,5 % (eau) and 10 % (assainissement), consumption blocks."""
    d = Doc(A4, "Facture eau")
    W = d.w
    m3 = 38
    blocks = [
        (
            "DISTRIBUTION DE L'EAU POTABLE",
            [
                ("Abonnement 01/10/2025 au 31/03/2026", 1, D("28.42"), "5,5"),
                (f"Consommation {m3} m³", m3, D("2.1340"), "5,5"),
            ],
        ),
        (
            "ORGANISMES PUBLICS",
            [
                ("Préservation des ressources en eau", m3, D("0.0830"), "5,5"),
                ("Lutte contre la pollution", m3, D("0.3300"), "5,5"),
                ("Modernisation des réseaux de collecte", m3, D("0.1850"), "10"),
            ],
        ),
        (
            "COLLECTE ET TRAITEMENT DES EAUX USÉES",
            [
                ("Abonnement 01/10/2025 au 31/03/2026", 1, D("22.10"), "10"),
                (f"Consommation {m3} m³", m3, D("1.8760"), "10"),
            ],
        ),
    ]
    d.rect(40, 36, 120, 46, fill="#0077b6", r=6)
    d.t(100, 56, "EAUX DU", "Helvetica-Bold", 10, "c", (1, 1, 1))
    d.t(100, 72, "VAL DE LOIRE", "Helvetica-Bold", 12, "c", (1, 1, 1))
    lines_at(
        d,
        40,
        100,
        [
            "Eaux du Val de Loire SAS",
            "Service clients - 12 quai de la Loire",
            "45000 Orléans",
            "Tél. 09 69 32 44 10 (appel non surtaxé)",
        ],
        "Helvetica",
        8,
        10.5,
    )
    d.t(W - 40, 50, "FACTURE", "Helvetica-Bold", 18, "r", "#0077b6")
    y = 70
    for k, v in (
        ("Facture n°", "26-0098314"),
        ("Date de facture", "15/04/2026"),
        ("Référence client", "0041 7789 21"),
        ("Compteur n°", "I20LA118842"),
    ):
        d.t(380, y, k, "Helvetica", 8.5)
        d.t(W - 40, y, v, "Helvetica-Bold", 8.5, "r")
        y += 12
    lines_at(
        d,
        320,
        160,
        ["M. et Mme Gérard LEFÈVRE", "8 allée des Tilleuls", "45160 Olivet"],
        "Helvetica",
        10,
        13,
    )
    d.rect(40, 215, W - 80, 40, stroke="#0077b6", lw=1.2)
    d.t(52, 232, "Montant à payer", "Helvetica-Bold", 11)
    d.t(52, 246, "avant le 05/05/2026 par prélèvement ou TIP", "Helvetica", 8.5)
    amounts = []
    sums = {"5,5": C0, "10": C0}
    for _, rows in blocks:
        for desc, qty, unit, rate in rows:
            a = q(qty * unit)
            sums[rate] += a
            amounts.append((desc, qty, unit, rate, a))
    net = sums["5,5"] + sums["10"]
    t55, t10 = excl(sums["5,5"], D("5.5")), excl(sums["10"], D(10))
    total = net + t55 + t10
    d.t(W - 52, 240, f"{fde(total)} €", "Helvetica-Bold", 16, "r")
    d.t(
        40,
        280,
        "Relevé : index précédent 1 204 m³ (03/10/2025) - nouvel index 1 242 m³ (28/03/2026) - consommation 38 m³",
        "Helvetica",
        8,
    )
    cols = [(40, "l"), (330, "r"), (400, "r"), (450, "r"), (W - 40, "r")]
    y = 304
    d.rect(40, y - 11, W - 80, 16, fill="#dcecf7")
    trow(
        d,
        y,
        [(44, "l"), (330, "r"), (400, "r"), (450, "r"), (W - 44, "r")],
        ["Détail", "Quantité", "Prix unit. HT", "TVA %", "Montant HT"],
        "Helvetica-Bold",
        8,
    )
    y += 20
    items = []
    i = 0
    for title, rows in blocks:
        d.t(40, y, title, "Helvetica-Bold", 8.5, color="#0077b6")
        y += 13
        for desc, qty, unit, rate in rows:
            a = amounts[i][4]
            i += 1
            trow(
                d, y, cols, [desc, f"{qty}", fmt(unit, ",", " ", 4), rate, fde(a)], "Helvetica", 8.5
            )
            items.append(li(desc, qty, unit, a))
            y += 12.5
        y += 6
    d.line(300, y, W - 40, y, 0.5)
    y += 14
    tc = [(300, "l"), (W - 40, "r")]
    for a, b, f in (
        ("Total HT", fde(net), "Helvetica"),
        ("TVA 5,5 % sur " + fde(sums["5,5"]), fde(t55), "Helvetica"),
        ("TVA 10 % sur " + fde(sums["10"]), fde(t10), "Helvetica"),
        ("TOTAL TTC", fde(total) + " €", "Helvetica-Bold"),
    ):
        trow(d, y, tc, [a, b], f, 9)
        y += 14
    y += 16
    for s in wrap(
        "Le prix moyen du litre d'eau TTC s'élève pour cette facture à 0,0052 €. Prochaine relève prévue en septembre 2026. En cas de difficulté de paiement, contactez notre service clients ; des solutions adaptées existent (Fonds de Solidarité Logement).",
        "Helvetica",
        8,
        W - 80,
    ):
        d.t(40, y, s, "Helvetica", 8)
        y += 11
    d.line(40, 690, W - 40, 690, 0.6, dash=(3, 3))
    d.t(40, 704, "TIP SEPA - à joindre à votre règlement", "Helvetica-Bold", 8)
    lines_at(
        d,
        40,
        720,
        [
            "Référence client 0041 7789 21 - Facture 26-0098314",
            f"Montant : {fde(total)} EUR",
            "Créancier : Eaux du Val de Loire SAS - ICS FR44ZZZ418820",
        ],
        "Helvetica",
        8,
        11,
    )
    d.rect(W - 150, 700, 110, 50, stroke=(0, 0, 0))
    d.t(W - 95, 728, "*26009831*", "Courier", 8, "c")
    lines_at(
        d,
        W / 2,
        800,
        [
            "Eaux du Val de Loire SAS au capital de 1 200 000 € - RCS Orléans 521 447 880 - TVA FR 61 521447880 - Délégataire du service public de l'eau"
        ],
        "Helvetica",
        6.5,
        9,
        "c",
        "#444444",
    )
    return d.pdf(), truth(
        number="26-0098314",
        date="2026-04-15",
        due="2026-05-05",
        vendor="Eaux du Val de Loire SAS",
        amount=net,
        vat=t55 + t10,
        total=total,
        cur="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="two TVA rates (5,5 % and 10 %) summed; 4-decimal unit prices per m³; meter index numbers and dates; TIP slip repeats total; référence client vs facture number; colour JPEG scan",
    )


def i04():
    """US broadband bill, Letter, taxes & fees section, statement vs due date; photo with fold."""
    d = Doc(letter, "Summit Broadband statement")
    W = d.w
    svc = [
        ("Summit Fiber 500 Internet", D("65.00")),
        ("Whole-Home WiFi Equipment", D("15.00")),
        ("Promotional Discount (12 of 12)", D("-10.00")),
        ("Streaming TV Essentials", D("29.99")),
    ]
    fees = [("Regulatory Recovery Fee", D("2.49")), ("Broadcast TV Surcharge", D("4.50"))]
    sub = sum((v for _, v in svc), C0) + sum((v for _, v in fees), C0)
    state = excl(D("15.00") + D("29.99"), D("6.25"))
    local = excl(D("15.00") + D("29.99"), D("2.00"))
    tax = state + local
    total = sub + tax
    d.poly([(40, 70), (62, 36), (84, 70)], fill="#1d3557")
    d.poly([(60, 70), (78, 46), (96, 70)], fill="#457b9d")
    d.t(104, 62, "SUMMIT", "Helvetica-Bold", 20, color="#1d3557")
    d.t(104, 74, "BROADBAND", "Helvetica", 8, color="#457b9d")
    y = 42
    for k, v in (
        ("Account Number", "8352 10 041 0087312"),
        ("Statement Date", "03/02/2026"),
        ("Invoice #", "SB-26030217"),
        ("Service Period", "03/02/26 - 04/01/26"),
    ):
        d.t(360, y, k, "Helvetica", 8.5)
        d.t(W - 40, y, v, "Helvetica-Bold", 8.5, "r")
        y += 12.5
    lines_at(
        d,
        60,
        130,
        ["DANIEL R MORALES", "1418 W CYPRESS ST", "SAN ANTONIO TX 78201-4471"],
        "Courier",
        10,
        13,
    )
    d.rect(330, 112, W - 370, 80, fill="#1d3557")
    d.t(342, 132, "Amount Due", "Helvetica", 10, color=(1, 1, 1))
    d.t(W - 52, 160, f"${total:.2f}", "Helvetica-Bold", 22, "r", (1, 1, 1))
    d.t(342, 182, "Payment Due Date: 03/23/2026", "Helvetica-Bold", 9.5, color=(1, 1, 1))
    d.t(40, 222, "Account Summary", "Helvetica-Bold", 12, color="#1d3557")
    cols = [(40, "l"), (W - 40, "r")]
    y = 242
    for a, b in (
        ("Previous Balance", "$96.23"),
        ("Payment Received 02/14 - Thank You", "-$96.23"),
        ("Balance Forward", "$0.00"),
        ("New Charges", f"${total:.2f}"),
    ):
        trow(d, y, cols, [a, b], "Helvetica", 9.5)
        y += 15
    d.line(40, y - 7, W - 40, y - 7, 0.6)
    trow(d, y + 6, cols, ["Total Amount Due", f"${total:.2f}"], "Helvetica-Bold", 10.5)
    y += 40
    d.rect(40, y - 12, W - 80, 17, fill="#e9eef5")
    d.t(46, y, "New Charges Detail", "Helvetica-Bold", 10)
    y += 20
    items = []
    d.t(40, y, "Monthly Services", "Helvetica-Bold", 9)
    y += 14
    for a, v in svc:
        trow(d, y, [(56, "l"), (W - 40, "r")], [a, f"{v:.2f}"], "Helvetica", 9)
        items.append(li(a, 1, v, v))
        y += 13
    y += 6
    d.t(40, y, "Taxes, Surcharges & Fees", "Helvetica-Bold", 9)
    y += 14
    for a, v in [
        *fees,
        ("TX State Sales Tax 6.25%", state),
        ("San Antonio Local Sales Tax 2.00%", local),
    ]:
        trow(d, y, [(56, "l"), (W - 40, "r")], [a, f"{v:.2f}"], "Helvetica", 9)
        y += 13
    for a, v in fees:
        items.append(li(a, 1, v, v))
    d.line(40, y - 5, W - 40, y - 5, 0.4)
    y += 8
    trow(
        d,
        y,
        [(40, "l"), (W - 40, "r")],
        ["Total New Charges", f"${total:.2f}"],
        "Helvetica-Bold",
        9.5,
    )
    y += 28
    for s in wrap(
        "Surcharges and fees are not taxes or government-required charges. Your promotional discount ends this month; starting with your next statement the regular rate of $65.00 applies. AutoPay is not active on this account.",
        "Helvetica",
        8,
        W - 80,
    ):
        d.t(40, y, s, "Helvetica", 8)
        y += 11
    d.line(30, 610, W - 30, 610, 0.6, dash=(4, 3))
    d.t(W / 2, 622, "Please detach and return this portion with your payment", "Helvetica", 7, "c")
    d.t(40, 645, "SUMMIT", "Helvetica-Bold", 12, color="#1d3557")
    y = 640
    for k, v in (
        ("Account Number", "8352 10 041 0087312"),
        ("Amount Due", f"${total:.2f}"),
        ("Due Date", "03/23/2026"),
        ("Amount Enclosed", "$ ______________"),
    ):
        d.t(320, y, k, "Helvetica", 8.5)
        d.t(W - 40, y, v, "Helvetica-Bold", 8.5, "r")
        y += 14
    lines_at(
        d,
        60,
        700,
        ["SUMMIT BROADBAND LLC", "PO BOX 660418", "DALLAS TX 75266-0418"],
        "Courier",
        9.5,
        12,
    )
    d.t(40, 760, f"8352100410087312{int(total * 100):08d}0323269", "Courier", 9)
    d.t(
        W / 2,
        778,
        "Summit Broadband LLC · 2200 Ross Ave, Suite 1400, Dallas TX 75201 · summitbroadband.com · 1-800-555-0174",
        "Helvetica",
        6.5,
        "c",
        "#555555",
    )
    return d.pdf(), truth(
        number="SB-26030217",
        date="2026-03-02",
        due="2026-03-23",
        vendor="Summit Broadband LLC",
        amount=sub,
        vat=tax,
        total=total,
        cur="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="previous balance/payment lines; fees (not taxes) counted in net, state+local sales tax summed as vat; account number vs invoice #; service period vs statement date; legal name only in remit-to block and small footer; photo with fold",
    )


def i05():
    """IT gas bill (business customer), A4, 2 pages, IVA 22 %, summary then detail."""
    d = Doc(A4, "Bolletta gas")
    W = d.w
    smc = 612
    det = [
        (
            "SPESA PER LA MATERIA GAS NATURALE",
            [
                ("Quota fissa gennaio 2026", "1 mese", 1, D("12.00")),
                ("Quota energia", f"{smc} Smc", smc, D("0.512340")),
            ],
        ),
        (
            "SPESA PER IL TRASPORTO E LA GESTIONE DEL CONTATORE",
            [
                ("Quota fissa", "1 mese", 1, D("5.38")),
                ("Quota variabile", f"{smc} Smc", smc, D("0.148200")),
            ],
        ),
        ("SPESA PER ONERI DI SISTEMA", [("Quota variabile", f"{smc} Smc", smc, D("0.021500"))]),
    ]
    sect = []
    for title, rows in det:
        vals = [(a, b, qn, u, q(qn * u)) for a, b, qn, u in rows]
        sect.append((title, vals, sum((v[4] for v in vals), C0)))
    net = sum((s[2] for s in sect), C0)
    vat = excl(net, D(22))
    total = net + vat
    num, cc = "402618873110", "7004412"

    def header(p):
        d.circle(56, 50, 15, fill="#f28c28")
        d.poly([(56, 38), (50, 56), (62, 56)], fill=(1, 1, 1))
        d.t(78, 56, "gas nazionale", "DVB", 17, color="#1b3a6b")
        d.t(W - 40, 46, f"Bolletta n. {num}", "DV", 8, "r")
        d.t(W - 40, 58, f"Codice cliente {cc}  -  pagina {p} di 2", "DV", 8, "r")

    def footer():
        lines_at(
            d,
            W / 2,
            796,
            [
                "Gas Nazionale S.p.A. - Sede legale Corso di Porta Nuova 48, 20121 Milano - Capitale sociale € 50.000.000 i.v.",
                "Registro Imprese di Milano, C.F. e P.IVA 09184420961 - REA MI-2071188 - Società soggetta a direzione e coordinamento di Energia Holding S.p.A.",
            ],
            "DV",
            6,
            8.5,
            "c",
            "#555555",
        )

    header(1)
    lines_at(
        d,
        320,
        110,
        [
            "Spett.le",
            "Trattoria Da Bruno di Rossi Bruno & C. S.n.c.",
            "Via San Vitale 61",
            "40125 Bologna BO",
            "P.IVA 02188450378",
        ],
        "DV",
        8.5,
        11.5,
    )
    lines_at(
        d,
        40,
        110,
        [
            "Fornitura gas naturale - uso commerciale",
            "PDR 00881400123456",
            "Matricola contatore 0H8A-4471",
            "Indirizzo: Via San Vitale 61, Bologna",
        ],
        "DV",
        8,
        11,
    )
    d.rect(40, 190, W - 80, 84, fill="#1b3a6b")
    d.t(54, 212, "TOTALE DA PAGARE", "DVB", 11, color=(1, 1, 1))
    d.t(W - 54, 222, f"€ {fde(total)}", "DVB", 22, "r", (1, 1, 1))
    d.t(54, 232, "Periodo di fatturazione: gennaio 2026", "DV", 8.5, color=(1, 1, 1))
    d.t(54, 248, "Data emissione 10/02/2026", "DV", 8.5, color=(1, 1, 1))
    d.t(54, 262, "Entro il 02/03/2026 (scadenza) con addebito SEPA", "DVB", 8.5, color=(1, 1, 1))
    d.t(40, 304, "SINTESI DEGLI IMPORTI FATTURATI", "DVB", 10, color="#1b3a6b")
    cols = [(40, "l"), (W - 40, "r")]
    y = 324
    for title, _, v in sect:
        trow(d, y, cols, [title.capitalize(), f"€ {fde(v)}"], "DV", 9)
        d.line(40, y + 5, W - 40, y + 5, 0.3, "#bbbbbb")
        y += 18
    for a, b, f in (
        ("Totale imponibile", fde(net), "DVB"),
        ("IVA 22%", fde(vat), "DV"),
        ("TOTALE BOLLETTA", fde(total), "DVB"),
    ):
        trow(d, y, cols, [a, f"€ {b}"], f, 9.5)
        y += 18
    y += 10
    d.rect(40, y, 240, 90, stroke="#1b3a6b", lw=0.8)
    lines_at(
        d,
        50,
        y + 16,
        [
            "I TUOI CONSUMI",
            "Consumo fatturato: 612 Smc (effettivo)",
            "Lettura 31/01/2026: 18.447",
            "Lettura 31/12/2025: 17.835",
            "Consumo annuo: 5.918 Smc",
        ],
        "DV",
        8,
        14,
    )
    d.rect(300, y, W - 340, 90, stroke="#1b3a6b", lw=0.8)
    lines_at(
        d,
        310,
        y + 16,
        [
            "COME PAGARE",
            "Addebito diretto SEPA su",
            "IT60 X054 2811 1010 0000 0123 456",
            "Mandato n. GN-7004412-01",
            "Servizio clienti 800 900 441",
        ],
        "DV",
        8,
        14,
    )
    y += 120
    for s in wrap(
        "Gentile cliente, il dettaglio degli importi è riportato a pagina 2. Il prezzo della materia prima è indicizzato al PSV mensile più uno spread di 0,08 €/Smc come previsto dall'offerta GN Business Flex. In caso di ritardato pagamento saranno applicati gli interessi di mora.",
        "DV",
        8,
        W - 80,
    ):
        d.t(40, y, s, "DV", 8)
        y += 11
    footer()
    d.new_page()
    header(2)
    d.t(40, 100, "DETTAGLIO DEGLI IMPORTI", "DVB", 12, color="#1b3a6b")
    cols = [(40, "l"), (300, "r"), (400, "r"), (W - 40, "r")]
    y = 126
    trow(d, y, cols, ["Voce", "Quantità", "Prezzo unitario", "Importo €"], "DVB", 8.5)
    d.line(40, y + 5, W - 40, y + 5, 0.6)
    y += 20
    items = []
    for title, vals, tot in sect:
        d.t(40, y, title, "DVB", 8.5, color="#1b3a6b")
        y += 14
        for a, b, qn, u, v in vals:
            unit = fmt(u, ",", ".", 6) + " €/Smc" if qn != 1 else fde(u) + " €/mese"
            trow(d, y, cols, [a, b, unit, fde(v)], "DV", 8.5)
            items.append(li(f"{title.capitalize()} - {a}", qn, u, v))
            y += 13
        trow(d, y, [(300, "l"), (W - 40, "r")], ["Totale", fde(tot)], "DVB", 8.5)
        y += 22
    d.line(40, y - 8, W - 40, y - 8, 0.6)
    y += 6
    trow(d, y, [(300, "l"), (W - 40, "r")], ["Imponibile IVA 22%", fde(net)], "DV", 9)
    trow(d, y + 14, [(300, "l"), (W - 40, "r")], ["IVA 22%", fde(vat)], "DV", 9)
    trow(d, y + 28, [(300, "l"), (W - 40, "r")], ["Totale bolletta", fde(total)], "DVB", 9)
    footer()
    return d.pdf(), truth(
        number=num,
        date="2026-02-10",
        due="2026-03-02",
        vendor="Gas Nazionale S.p.A.",
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        locale="it-IT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="2 pages: summary on page 1 with section totals, detail with 6-decimal unit prices on page 2; codice cliente / PDR / matricola numbers; customer P.IVA; legal name only in footer, wordmark lowercase",
    )


def i06():
    """NL insurance premium invoice (premienota), A4, assurantiebelasting 21 % instead of BTW."""
    d = Doc(A4, "Premienota 2026")
    W = d.w
    pols = [
        ("Autoverzekering WA + Volledig Casco", "7710-44812", D("624.00")),
        ("Woonhuisverzekering", "7720-10377", D("312.48")),
        ("Inboedelverzekering", "7720-10378", D("148.20")),
        ("Aansprakelijkheidsverzekering particulieren", "7730-00941", D("54.12")),
    ]
    gross = sum((p[2] for p in pols), C0)
    disc = -q(gross * D("0.05"))
    net = gross + disc
    tax = excl(net, D(21))
    total = net + tax
    d.rect(W - 150, 40, 110, 44, fill="#5b2a86")
    d.t(W - 95, 60, "ZEKERHEID", "DVSB", 11, "c", (1, 1, 1))
    d.t(W - 95, 74, "verzekeringen", "DVS", 8, "c", (1, 1, 1))
    lines_at(
        d,
        56,
        140,
        ["De heer J.P. van der Meulen", "Kastanjelaan 18", "3833 AN Leusden"],
        "DVS",
        10,
        13.5,
    )
    d.t(56, 240, "Premienota", "DVSB", 18, color="#5b2a86")
    y = 270
    for k, v in (
        ("Notanummer", "PN-2026-0448120"),
        ("Relatienummer", "100.448.221"),
        ("Datum", "02-01-2026"),
        ("Periode", "01-01-2026 t/m 31-12-2026"),
        ("Vervaldatum", "01-02-2026"),
    ):
        d.t(56, y, k, "DVS", 9)
        d.t(170, y, v, "DVSB", 9)
        y += 13
    d.t(330, 270, "Uw adviseur:", "DVS", 9)
    lines_at(
        d,
        330,
        283,
        ["Assurantiekantoor De Wal", "Utrechtseweg 4, Amersfoort", "033 461 22 80"],
        "DVS",
        9,
        13,
    )
    y = 360
    cols = [(56, "l"), (330, "l"), (W - 56, "r")]
    d.line(56, y + 5, W - 56, y + 5, 0.8, "#5b2a86")
    trow(d, y, cols, ["Verzekering", "Polisnummer", "Jaarpremie"], "DVSB", 9)
    y += 20
    items = []
    for a, b, v in pols:
        trow(d, y, cols, [a, b, f"€ {fde(v)}"], "DVS", 9)
        items.append(li(a, 1, v, v))
        y += 15
    trow(d, y, cols, ["Pakketkorting 5%", "", f"€ {fde(disc)}"], "DVS", 9)
    items.append(li("Pakketkorting 5%", 1, disc, disc))
    y += 8
    d.line(300, y, W - 56, y, 0.5)
    y += 14
    for a, b, f in (
        ("Totaal premie", fde(net), "DVS"),
        ("Assurantiebelasting 21%", fde(tax), "DVS"),
        ("Poliskosten", "0,00", "DVS"),
        ("Te betalen", fde(total), "DVSB"),
    ):
        trow(d, y, [(300, "l"), (W - 56, "r")], [a, f"€ {b}"], f, 9.5)
        y += 15
    y += 20
    for s in wrap(
        f"Wij schrijven het bedrag van € {fde(total)} omstreeks 28-01-2026 af van uw rekening NL91 RABO 0317 4412 08 (machtigingskenmerk ZK100448221). Verzekeringen zijn vrijgesteld van btw; over de premie is assurantiebelasting verschuldigd. Betaalt u liever per maand? Dan rekenen wij 3% toeslag.",
        "DVS",
        8.5,
        W - 112,
    ):
        d.t(56, y, s, "DVS", 8.5)
        y += 12
    d.line(56, 770, W - 56, 770, 0.4, "#5b2a86")
    lines_at(
        d,
        W / 2,
        782,
        [
            "Zekerheid Verzekeringen N.V. · Postbus 2200 · 3800 CE Amersfoort · KvK 31014420 · AFM-vergunning 12000448",
            "IBAN NL22 INGB 0006 6311 20 · klantenservice 033 750 20 00 · zekerheid.nl",
        ],
        "DVS",
        6.5,
        9,
        "c",
        "#555555",
    )
    return d.pdf(), truth(
        number="PN-2026-0448120",
        date="2026-01-02",
        due="2026-02-01",
        vendor="Zekerheid Verzekeringen N.V.",
        amount=net,
        vat=tax,
        total=total,
        cur="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="insurance: no BTW, assurantiebelasting 21 % keyed as the tax; package discount; notanummer vs relatienummer vs polisnummers; period dates and debit date beside the printed vervaldatum; legal name only in footer",
    )


def i07():
    """CH car rental final invoice (Schlussrechnung), A4, MWST 8.1 %, apostrophe thousands, paid by card."""
    d = Doc(A4, "Schlussrechnung")
    W = d.w
    rows = [
        ("Grundmiete Kat. C (VW Golf o.ä.)", D(5), "Tage", D("118.00")),
        ("Vollkasko ohne Selbstbehalt", D(5), "Tage", D("32.50")),
        ("Zusatzfahrer", D(5), "Tage", D("12.00")),
        ("Einweggebühr ZRH → GVA", D(1), "pausch.", D("180.00")),
        ("Flughafenzuschlag", D(1), "pausch.", D("48.00")),
        ("Betankung", D("18.4"), "l", D("3.20")),
        ("Autobahnvignette 2026", D(1), "Stk", D("40.00")),
    ]
    vals = [q(a[1] * a[3]) for a in rows]
    net = sum(vals, C0)
    vat = excl(net, D("8.1"))
    total = net + vat
    d.t(40, 62, "AlpenDrive", "DVSB", 24, color="#b00020")
    d.line(40, 70, 190, 70, 2, "#b00020")
    d.t(40, 84, "Autovermietung", "DVS", 9)
    lines_at(
        d,
        W - 40,
        44,
        [
            "AlpenDrive Autovermietung AG",
            "Thurgauerstrasse 40",
            "8050 Zürich",
            "UID CHE-114.208.775 MWST",
        ],
        "DVS",
        8,
        10.5,
        "r",
    )
    lines_at(
        d,
        60,
        140,
        ["Herr", "Dr. Stefan Baumgartner", "Seefeldstrasse 212", "8008 Zürich"],
        "DVS",
        10,
        13.5,
    )
    d.t(40, 232, "Schlussrechnung Nr. 7311-2026-04418", "DVSB", 14)
    y = 256
    for k, v in (
        ("Rechnungsdatum", "18.05.2026"),
        ("Mietvertrag", "88120374"),
        ("Kunden-Nr.", "55-118204"),
        ("Fahrzeug", "ZH 448 217 · VW Golf 1.5 eTSI"),
    ):
        d.t(40, y, k, "DVS", 9)
        d.t(150, y, v, "DVS", 9)
        y += 13
    y = 256
    for k, v in (
        ("Übernahme", "13.05.2026 09:15 Zürich Flughafen"),
        ("Rückgabe", "18.05.2026 08:40 Genève Aéroport"),
        ("km Übernahme / Rückgabe", "24'118 / 24'731"),
        ("Gefahrene km", "613 (unbegrenzt)"),
    ):
        d.t(320, y, k, "DVS", 8)
        d.t(W - 40, y, v, "DVS", 8, "r")
        y += 13
    y = 330
    cols = [(40, "l"), (300, "r"), (340, "l"), (430, "r"), (W - 40, "r")]
    d.rect(40, y - 11, W - 80, 16, fill="#eeeeee")
    trow(
        d,
        y,
        [(44, "l"), (300, "r"), (340, "l"), (430, "r"), (W - 44, "r")],
        ["Leistung", "Menge", "Einheit", "Preis CHF", "Betrag CHF"],
        "DVSB",
        8.5,
    )
    y += 20
    items = []
    for (a, qn, u, p), v in zip(rows, vals, strict=True):
        trow(d, y, cols, [a, f"{qn}", u, fch(p), fch(v)], "DVS", 9)
        items.append(li(a, qn, p, v))
        y += 15
    d.line(300, y - 5, W - 40, y - 5, 0.5)
    y += 10
    for a, b, f in (
        ("Total exkl. MWST", fch(net), "DVS"),
        ("MWST 8.1 %", fch(vat), "DVS"),
        ("Total inkl. MWST", "CHF " + fch(total), "DVSB"),
    ):
        trow(d, y, [(300, "l"), (W - 40, "r")], [a, b], f, 9.5)
        y += 15
    y += 10
    trow(
        d,
        y,
        [(300, "l"), (W - 40, "r")],
        ["Belastung Mastercard ****5512", "-" + fch(total)],
        "DVS",
        9,
    )
    y += 15
    trow(d, y, [(300, "l"), (W - 40, "r")], ["Saldo", "CHF 0.00"], "DVSB", 9.5)
    y += 34
    for s in wrap(
        "Die Kaution von CHF 1'500.00 wurde am 18.05.2026 freigegeben. Der Betrag wurde Ihrer Kreditkarte bei Rückgabe belastet; es ist keine Zahlung mehr nötig. Bussen und Parkgebühren während der Mietdauer werden separat verrechnet.",
        "DVS",
        8.5,
        W - 80,
    ):
        d.t(40, y, s, "DVS", 8.5)
        y += 12
    lines_at(
        d,
        W / 2,
        790,
        [
            "AlpenDrive Autovermietung AG · Thurgauerstrasse 40 · 8050 Zürich · Tel. +41 44 800 44 10 · alpendrive.ch",
            "Zürcher Kantonalbank · IBAN CH93 0070 0110 0044 1872 5 · Handelsregister CHE-114.208.775",
        ],
        "DVS",
        6.5,
        9,
        "c",
        "#444444",
    )
    return d.pdf(), truth(
        number="7311-2026-04418",
        date="2026-05-18",
        due=None,
        vendor="AlpenDrive Autovermietung AG",
        amount=net,
        vat=vat,
        total=total,
        cur="CHF",
        locale="de-CH",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="apostrophe thousands (CHF 1'231.67); paid by card, saldo 0.00 and no due date; deposit CHF 1'500.00 in text is not a total; Mietvertrag/Kunden-Nr. beside the invoice number; km readings with apostrophes; greyscale 150 dpi scan",
    )


def i08():
    """US SaaS licence invoice, Letter, Net 30, discount, sales tax printed as 0.00."""
    d = Doc(letter, "Invoice INV-2026-10482")
    W = d.w
    seats, per = 25, D("480.00")
    sub_l = seats * per
    disc = -q(sub_l * D("0.10"))
    sup = D("1800.00")
    onb = D("750.00")
    net = sub_l + disc + sup + onb
    tax = C0
    total = net + tax
    d.rect(0, 0, W, 8, fill="#4f46e5")
    d.rect(40, 40, 30, 30, fill="#4f46e5", r=6)
    d.t(55, 60, "CL", "Helvetica-Bold", 12, "c", (1, 1, 1))
    d.t(80, 60, "CloudLedger", "Helvetica-Bold", 18)
    lines_at(
        d,
        40,
        92,
        [
            "CloudLedger Software, Inc.",
            "1120 NW Couch St, Suite 500",
            "Portland, OR 97209",
            "billing@cloudledger.io",
        ],
        "Helvetica",
        8.5,
        11,
    )
    d.t(W - 40, 62, "INVOICE", "Helvetica-Bold", 24, "r", "#4f46e5")
    y = 92
    for k, v in (
        ("Invoice number", "INV-2026-10482"),
        ("Invoice date", "January 5, 2026"),
        ("Due date", "February 4, 2026"),
        ("Terms", "Net 30"),
        ("Customer ID", "C-004417"),
        ("PO number", "PO-88214"),
    ):
        d.t(370, y, k, "Helvetica", 8.5, color="#555555")
        d.t(W - 40, y, v, "Helvetica-Bold", 8.5, "r")
        y += 12
    d.t(40, 180, "BILL TO", "Helvetica-Bold", 8, color="#4f46e5")
    lines_at(
        d,
        40,
        194,
        [
            "Harbor & Pine Logistics LLC",
            "Attn: Accounts Payable",
            "600 Montgomery St, Floor 12",
            "San Francisco, CA 94111",
        ],
        "Helvetica",
        9,
        12,
    )
    d.t(320, 180, "SUBSCRIPTION", "Helvetica-Bold", 8, color="#4f46e5")
    lines_at(
        d,
        320,
        194,
        [
            "CloudLedger Business (annual)",
            "Term: Jan 5, 2026 - Jan 4, 2027",
            "Subscription ID: SUB-77120",
        ],
        "Helvetica",
        9,
        12,
    )
    y = 270
    cols = [(40, "l"), (360, "r"), (450, "r"), (W - 40, "r")]
    d.rect(40, y - 12, W - 80, 18, fill="#eef0fe")
    trow(
        d,
        y,
        [(46, "l"), (360, "r"), (450, "r"), (W - 46, "r")],
        ["Description", "Qty", "Unit price", "Amount"],
        "Helvetica-Bold",
        9,
    )
    y += 22
    data = [
        ("Business plan - annual licence (per seat)", seats, per, sub_l),
        ("Volume discount 10%", 1, disc, disc),
        ("Premium Support - annual", 1, sup, sup),
        ("Onboarding & data migration (one-time)", 1, onb, onb),
    ]
    items = []
    for a, qn, u, v in data:
        trow(
            d,
            y,
            cols,
            [
                a,
                str(qn),
                f"${fus(u)}" if u >= 0 else f"-${fus(-u)}",
                f"${fus(v)}" if v >= 0 else f"-${fus(-v)}",
            ],
            "Helvetica",
            9,
        )
        items.append(li(a, qn, u, v))
        d.line(40, y + 7, W - 40, y + 7, 0.3, "#dddddd")
        y += 20
    y += 6
    for a, b, f in (
        ("Subtotal", f"${fus(net)}", "Helvetica"),
        ("Sales tax (OR - not taxable)", f"${fus(tax)}", "Helvetica"),
        ("Total due (USD)", f"${fus(total)}", "Helvetica-Bold"),
    ):
        trow(d, y, [(330, "l"), (W - 40, "r")], [a, b], f, 10 if f.endswith("Bold") else 9)
        y += 16
    y += 24
    d.t(40, y, "PAYMENT INSTRUCTIONS", "Helvetica-Bold", 8, color="#4f46e5")
    lines_at(
        d,
        40,
        y + 14,
        [
            "ACH / Wire: First Cascade Bank, 500 SW Broadway, Portland, OR 97205",
            "Account name: CloudLedger Software, Inc.   Account no. 2240 1187 0093   ABA routing 123006800",
            "SWIFT: FCBKUS66   Please reference INV-2026-10482 with your payment.",
            "Card payments: pay.cloudledger.io/i/INV-2026-10482",
        ],
        "Helvetica",
        8.5,
        12,
    )
    d.qr(W - 110, y + 2, 64, 8041)
    lines_at(
        d,
        W / 2,
        740,
        [
            "Thank you for your business!",
            "CloudLedger Software, Inc. · EIN 84-2231907 · Questions? billing@cloudledger.io · +1 (503) 555-0142",
        ],
        "Helvetica",
        7.5,
        11,
        "c",
        "#666666",
    )
    return d.pdf(), truth(
        number="INV-2026-10482",
        date="2026-01-05",
        due="2026-02-04",
        vendor="CloudLedger Software, Inc.",
        amount=net,
        vat=tax,
        total=total,
        cur="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="sales tax printed as $0.00 (keyed 0.00, not null); long-form dates; subscription term dates; customer/PO/subscription IDs; negative discount line; bank account and routing numbers",
    )


def i09():
    """DE hotel chain folio, A4, gross prices, 7 % room / 19 % extras, paid by card."""
    d = Doc(A4, "Rechnung Hotel")
    W = d.w
    rows = [
        ("09.03.26", "Übernachtung Superior DZ", D("129.00"), 7),
        ("10.03.26", "Frühstücksbuffet", D("19.50"), 19),
        ("10.03.26", "Übernachtung Superior DZ", D("129.00"), 7),
        ("10.03.26", "Minibar", D("8.50"), 19),
        ("10.03.26", "Parkgarage", D("18.00"), 19),
        ("11.03.26", "Frühstücksbuffet", D("19.50"), 19),
        ("11.03.26", "Übernachtung Superior DZ", D("129.00"), 7),
        ("11.03.26", "Parkgarage", D("18.00"), 19),
        ("12.03.26", "Frühstücksbuffet", D("19.50"), 19),
    ]
    sums = {7: C0, 19: C0}
    for r_ in rows:
        sums[r_[3]] += r_[2]
    total = sums[7] + sums[19]
    d.t(W / 2, 58, "RHEINBLICK", "DVSB", 22, "c", "#7a5c2e")
    d.t(W / 2, 74, "HOTEL  ·  KÖLN DEUTZ", "DVS", 9, "c", "#7a5c2e")
    d.line(W / 2 - 80, 82, W / 2 + 80, 82, 0.8, "#7a5c2e")
    d.t(60, 122, "Rheinblick Hotel Köln Deutz · Siegburger Str. 24 · 50679 Köln", "DVC", 6.5)
    lines_at(
        d,
        60,
        140,
        ["Lindqvist Consulting GmbH", "Herrn Erik Lindqvist", "Am Sandtorkai 50", "20457 Hamburg"],
        "DVC",
        10,
        13.5,
    )
    y = 130
    for k, v in (
        ("Rechnung Nr.", "2026/118842"),
        ("Datum", "12.03.2026"),
        ("Zimmer", "512"),
        ("Anreise", "09.03.2026"),
        ("Abreise", "12.03.2026"),
        ("Gast-Nr.", "88120"),
        ("Kassierer", "FO-Tanja"),
    ):
        d.t(370, y, k, "DVC", 8.5)
        d.t(W - 50, y, v, "DVCB", 8.5, "r")
        y += 12
    d.t(60, 246, "Rechnung", "DVCB", 14)
    cols = [(60, "l"), (120, "l"), (400, "r"), (W - 50, "r")]
    y = 272
    trow(d, y, cols, ["Datum", "Leistung", "MwSt", "Betrag EUR"], "DVCB", 8.5)
    d.line(60, y + 5, W - 50, y + 5, 0.6)
    y += 19
    items = []
    for dt, a, v, r_ in rows:
        trow(d, y, cols, [dt, a, f"{r_} %", fde(v)], "DVC", 9)
        items.append(li(a, 1, v, v))
        y += 14
    d.line(60, y - 5, W - 50, y - 5, 0.6)
    y += 10
    trow(d, y, [(120, "l"), (W - 50, "r")], ["Gesamtsumme", fde(total)], "DVCB", 10)
    y += 16
    trow(
        d,
        y,
        [(120, "l"), (W - 50, "r")],
        ["Zahlung VISA xxxx xxxx xxxx 3021  12.03.26", fde(-total)],
        "DVC",
        9,
    )
    y += 16
    trow(d, y, [(120, "l"), (W - 50, "r")], ["Offener Saldo", "0,00"], "DVCB", 10)
    y += 32
    cols = [(120, "l"), (260, "r"), (360, "r"), (W - 50, "r")]
    trow(d, y, cols, ["MwSt-Satz", "Netto", "MwSt", "Brutto"], "DVCB", 8.5)
    y += 14
    vat = C0
    for r_ in (7, 19):
        net, tax = incl(sums[r_], D(r_))
        vat += tax
        trow(d, y, cols, [f"{r_},00 %", fde(net), fde(tax), fde(sums[r_])], "DVC", 8.5)
        y += 12
    trow(d, y, cols, ["Summe", fde(total - vat), fde(vat), fde(total)], "DVCB", 8.5)
    y += 30
    d.t(
        60,
        y,
        "Vielen Dank für Ihren Aufenthalt. Wir freuen uns auf Ihren nächsten Besuch!",
        "DVS",
        9,
        color="#7a5c2e",
    )
    d.line(60, 764, W - 50, 764, 0.4, "#7a5c2e")
    lines_at(
        d,
        W / 2,
        776,
        [
            "Hotelgruppe Rheinblick GmbH · Siegburger Str. 24 · 50679 Köln · Amtsgericht Köln HRB 77120 · Geschäftsführer: Paul Esser",
            "St.-Nr. 215/5771/0448 · USt-IdNr. DE 308 441 276 · Sparkasse KölnBonn · IBAN DE27 3705 0198 1934 4410 22 · BIC COLSDE33",
        ],
        "DVC",
        6.5,
        9,
        "c",
        "#555555",
    )
    return d.pdf(), truth(
        number="2026/118842",
        date="2026-03-12",
        due=None,
        vendor="Hotelgruppe Rheinblick GmbH",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="hotel folio: gross prices, 7 % room and 19 % extras in a bottom table; card payment and saldo 0,00; hotel brand in header but legal name (GmbH) only in footer; room/guest numbers; arrival/departure dates; photo with fold",
    )


def i10():
    """ES telecom bill, A4, 2 pages; built as an image-only (scanned) PDF."""
    d = Doc(A4, "Factura")
    W = d.w
    cuotas = [
        ("Fibra 600 Mb", D("32.19")),
        ("Línea móvil 20 GB (6xx 41 88 20)", D("12.39")),
        ("Línea fija con llamadas ilimitadas", D("5.75")),
    ]
    calls = [
        ("04/05/2026", "Llamada a 902 44 18 20", "3:12", D("1.14")),
        ("11/05/2026", "SMS internacional", "1", D("0.30")),
        ("17/05/2026", "Llamada a 807 11 72 20", "1:40", D("1.57")),
        ("22/05/2026", "Roaming Zona 2 datos", "12 MB", D("0.96")),
    ]
    disc = D("-5.00")
    cs = sum((c[1] for c in cuotas), C0)
    cons = sum((c[3] for c in calls), C0)
    net = cs + cons + disc
    vat = excl(net, D(21))
    total = net + vat
    num, cli = "TI-2026-00481337", "77014882"

    def header(p):
        d.t(40, 58, "tibérica", "DVB", 22, color="#00a0df")
        d.circle(150, 44, 5, fill="#ff6b00")
        d.t(W - 40, 46, f"Factura {num}", "DV", 8, "r")
        d.t(W - 40, 58, f"Nº de cliente {cli}  ·  Página {p}/2", "DV", 8, "r")

    def footer():
        d.t(
            W / 2,
            800,
            "Telecomunicaciones Ibéricas, S.A. · C/ Ribera del Loira 60, 28042 Madrid · CIF A-82018474 · Reg. Merc. Madrid T. 13.170, F. 1, H. M-213180",
            "DV",
            6,
            "c",
            "#555555",
        )

    header(1)
    lines_at(
        d,
        320,
        110,
        ["Dña. Carmen Ruiz Navarro", "C/ Alcalá 214, 3º B", "28028 Madrid"],
        "DV",
        9.5,
        13,
    )
    y = 110
    for k, v in (
        ("Nº de factura", num),
        ("Fecha de factura", "01/06/2026"),
        ("Periodo facturado", "01/05/2026 - 31/05/2026"),
        ("Nº de cliente", cli),
    ):
        d.t(40, y, k, "DV", 8.5)
        d.t(140, y, v, "DVB", 8.5)
        y += 13
    d.rect(40, 190, W - 80, 64, fill="#e6f6fd", stroke="#00a0df")
    d.t(54, 212, "Importe total de su factura", "DVB", 11)
    d.t(W - 54, 218, f"{fde(total)} €", "DVB", 20, "r", "#00a0df")
    d.t(54, 232, "Se cargará en su cuenta ES12 **** **** **** **** 4417", "DV", 8.5)
    d.t(54, 245, "Fecha de cargo: 08/06/2026", "DVB", 8.5)
    d.t(40, 290, "Resumen de su factura", "DVB", 12)
    y = 312
    cols = [(40, "l"), (W - 40, "r")]
    for a, b in (
        ("Cuotas mensuales", cs),
        ("Consumos fuera de tarifa", cons),
        ("Descuentos y promociones", disc),
    ):
        trow(d, y, cols, [a, f"{fde(b)} €"], "DV", 9.5)
        y += 17
    d.line(40, y - 8, W - 40, y - 8, 0.5)
    y += 4
    for a, b, f in (
        ("Base imponible", net, "DV"),
        ("IVA 21%", vat, "DV"),
        ("TOTAL FACTURA", total, "DVB"),
    ):
        trow(d, y, cols, [a, f"{fde(b)} €"], f, 10)
        y += 17
    y += 20
    for s in wrap(
        "Consulte el detalle de cuotas y consumos en la página 2. Puede consultar y descargar sus facturas en el Área Cliente o en la app Mi tibérica. Para reclamaciones: 1004 o tiberica.es/ayuda.",
        "DV",
        8.5,
        W - 80,
    ):
        d.t(40, y, s, "DV", 8.5)
        y += 12
    footer()
    d.new_page()
    header(2)
    d.t(40, 100, "Detalle de la factura", "DVB", 12)
    cols = [(40, "l"), (110, "l"), (420, "r"), (W - 40, "r")]
    y = 128
    d.t(40, y, "Cuotas mensuales (01/05/2026 - 31/05/2026)", "DVB", 9)
    y += 16
    items = []
    for a, v in cuotas:
        trow(d, y, cols, ["", a, "", f"{fde(v)} €"], "DV", 9)
        items.append(li(a, 1, v, v))
        y += 13
    y += 10
    d.t(40, y, "Consumos fuera de tarifa", "DVB", 9)
    y += 16
    trow(d, y, cols, ["Fecha", "Concepto", "Duración/Uds.", "Importe"], "DVB", 8.5)
    y += 14
    for dt, a, du, v in calls:
        trow(d, y, cols, [dt, a, du, f"{fde(v)} €"], "DV", 8.5)
        y += 13
    items.append(li("Consumos fuera de tarifa", 1, cons, cons))
    y += 10
    d.t(40, y, "Descuentos", "DVB", 9)
    y += 16
    trow(d, y, cols, ["", "Descuento permanencia fibra", "", f"{fde(disc)} €"], "DV", 9)
    items.append(li("Descuento permanencia fibra", 1, disc, disc))
    y += 24
    trow(d, y, [(300, "l"), (W - 40, "r")], ["Base imponible", f"{fde(net)} €"], "DV", 9)
    trow(d, y + 14, [(300, "l"), (W - 40, "r")], ["IVA 21%", f"{fde(vat)} €"], "DV", 9)
    trow(d, y + 28, [(300, "l"), (W - 40, "r")], ["Total", f"{fde(total)} €"], "DVB", 9)
    footer()
    return d.pdf(), truth(
        number=num,
        date="2026-06-01",
        due="2026-06-08",
        vendor="Telecomunicaciones Ibéricas, S.A.",
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        locale="es-ES",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="image-only 2-page PDF (no text layer); summary page 1, detail page 2; due date = printed 'fecha de cargo'; lowercase brand wordmark, legal name only in footer; customer number beside invoice number in every header",
    )


def i11():
    """SE electricity retail invoice, A4, öre prices, moms 25 %, öresavrundning, OCR."""
    d = Doc(A4, "Faktura el")
    W = d.w
    kwh = 812
    rows = [
        ("Elpris rörligt januari", kwh, "kWh", D("118.42"), "öre"),
        ("Påslag", kwh, "kWh", D("4.90"), "öre"),
        ("Elcertifikat", kwh, "kWh", D("0.46"), "öre"),
        ("Fast månadsavgift", 1, "mån", D("49.00"), "kr"),
        ("Ursprungsmärkning förnybar el", 1, "mån", D("9.00"), "kr"),
    ]
    vals = [q(qn * (p / 100 if unit == "öre" else p)) for _, qn, _, p, unit in rows]
    net = sum(vals, C0)
    vat = excl(net, D(25))
    gross = net + vat
    total = gross.quantize(D(1), rounding=ROUND_HALF_UP)
    rnd = total - gross
    total = q(total)
    d.t(40, 60, "NORDKRAFT", "DVCB", 22, color="#006d77")
    d.rect(40, 66, 130, 3, fill="#83c5be")
    d.t(W - 40, 60, "FAKTURA", "DVCB", 16, "r")
    lines_at(
        d,
        320,
        110,
        ["Anna och Per Holmberg", "Västra Långgatan 12 B", "413 27 Göteborg"],
        "DVC",
        10,
        13,
    )
    y = 100
    for k, v in (
        ("Fakturanummer", "4418229017"),
        ("Fakturadatum", "2026-02-03"),
        ("Kundnummer", "551 082"),
        ("Anläggnings-id", "735999144180441277"),
        ("Period", "2026-01-01 – 2026-01-31"),
    ):
        d.t(40, y, k, "DVC", 8.5)
        d.t(140, y, v, "DVCB", 8.5)
        y += 12.5
    d.rect(40, 190, W - 80, 60, fill="#edf6f9")
    yy = 208
    for k, v in (
        ("Att betala", f"{fsp(total)} kr"),
        ("Förfallodag", "2026-02-27"),
        ("OCR-nummer", "44182290174"),
        ("Bankgiro", "5218-4471"),
    ):
        d.t(
            52 + ["Att betala", "Förfallodag", "OCR-nummer", "Bankgiro"].index(k) * 128,
            yy,
            k,
            "DVC",
            8,
        )
        d.t(
            52 + ["Att betala", "Förfallodag", "OCR-nummer", "Bankgiro"].index(k) * 128,
            yy + 18,
            v,
            "DVCB",
            11,
        )
    d.t(40, 280, "Specifikation elhandel", "DVCB", 11, color="#006d77")
    cols = [(40, "l"), (290, "r"), (330, "l"), (430, "r"), (W - 40, "r")]
    y = 302
    trow(d, y, cols, ["", "Antal", "Enhet", "À-pris", "Belopp kr"], "DVCB", 8.5)
    d.line(40, y + 5, W - 40, y + 5, 0.5)
    y += 18
    items = []
    for (a, qn, u, p, unit), v in zip(rows, vals, strict=True):
        trow(d, y, cols, [a, fsp(qn)[:-3], u, f"{fsp(p)} {unit}", fsp(v)], "DVC", 9)
        items.append(li(a, qn, p / 100 if unit == "öre" else p, v))
        y += 14
    d.line(290, y - 4, W - 40, y - 4, 0.5)
    y += 10
    for a, b, f in (
        ("Summa exkl. moms", fsp(net), "DVC"),
        ("Moms 25 %", fsp(vat), "DVC"),
        ("Öresavrundning", fsp(rnd), "DVC"),
        ("Att betala", fsp(total) + " kr", "DVCB"),
    ):
        trow(d, y, [(290, "l"), (W - 40, "r")], [a, b], f, 9.5)
        y += 15
    y += 20
    for s in wrap(
        "Din förbrukning i januari: 812 kWh (uppmätt av nätägaren). Elnätsavgiften faktureras separat av ditt nätbolag. Elpriset är ett månadsmedelvärde för elområde SE3. Betala i tid – vid försenad betalning debiteras dröjsmålsränta och påminnelseavgift 60 kr.",
        "DVC",
        8.5,
        W - 80,
    ):
        d.t(40, y, s, "DVC", 8.5)
        y += 12
    d.line(40, 700, W - 40, 700, 0.5, dash=(2, 2))
    d.t(40, 716, "INBETALNING/GIRERING AVI", "DVCB", 8)
    d.t(40, 736, f"OCR 44182290174   Belopp {fsp(total)} kr   Till bankgiro 5218-4471", "DVM", 9)
    lines_at(
        d,
        W / 2,
        790,
        [
            "Nordkraft Energi AB · Box 1104 · 405 23 Göteborg · Org.nr 556944-1180 · Momsreg.nr SE556944118001 · Godkänd för F-skatt",
            "Kundservice 031-710 44 00 · nordkraft.se",
        ],
        "DVC",
        6.5,
        9,
        "c",
        "#555555",
    )
    return d.pdf(), truth(
        number="4418229017",
        date="2026-02-03",
        due="2026-02-27",
        vendor="Nordkraft Energi AB",
        amount=total - vat,
        vat=vat,
        total=total,
        cur="SEK",
        locale="sv-SE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="prices in öre/kWh; öresavrundning to whole kronor (total keyed as 'Att betala', rounding counted in net); OCR number vs invoice number vs anläggnings-id; space thousands; legal name only in footer",
    )


def i12():
    """BE electronics chain B2B invoice, A4, bilingual NL/FR, BTW 21 %, Recupel, OGM."""
    d = Doc(A4, "Factuur")
    W = d.w
    rows = [
        ("HP ProBook 14 G11 i5/16GB/512GB", 4, D("849.00")),
        ("Recupel bijdrage / cotisation (laptop)", 4, D("1.00")),
        ('Monitor 27" QHD IPS 75Hz', 2, D("219.00")),
        ("Recupel bijdrage / cotisation (monitor)", 2, D("1.25")),
        ("USB-C dockingstation 100W", 1, D("189.00")),
        ("Levering / Livraison", 1, D("15.00")),
    ]
    vals = [q(qn * p) for _, qn, p in rows]
    net = sum(vals, C0)
    vat = excl(net, D(21))
    total = net + vat
    d.rect(40, 36, 170, 40, fill="#ffd400")
    d.t(125, 62, "ElectroMax", "Helvetica-BoldOblique", 20, "c", "#d00000")
    d.t(40, 92, "ElectroMax Belgium NV", "Helvetica-Bold", 9)
    lines_at(
        d,
        40,
        104,
        ["Industrieweg 118, 9032 Gent", "BTW/TVA BE 0441.872.360", "RPR Gent - afdeling Gent"],
        "Helvetica",
        8,
        10.5,
    )
    d.t(W - 40, 56, "FACTUUR / FACTURE", "Helvetica-Bold", 15, "r")
    lines_at(
        d,
        330,
        120,
        [
            "Bouwbedrijf Vermeulen BV",
            "t.a.v. boekhouding",
            "Kortrijksesteenweg 1022",
            "9051 Sint-Denijs-Westrem",
            "BTW BE 0712.448.902",
        ],
        "Helvetica",
        9.5,
        12.5,
    )
    cols6 = [40, 140, 240, 340, 440]
    heads = [
        "Factuurnr. / N° facture",
        "Datum / Date",
        "Vervaldag / Échéance",
        "Klantnr. / N° client",
        "Bestelbon / Commande",
    ]
    vals6 = ["2026/FV/03318", "23/04/2026", "23/05/2026", "K-104417", "44812"]
    d.rect(40, 200, W - 80, 34, stroke=(0, 0, 0), lw=0.6)
    for x, h_, v in zip(cols6, heads, vals6, strict=True):
        d.t(x + 4, 212, h_, "Helvetica", 6.5)
        d.t(x + 4, 226, v, "Helvetica-Bold", 9)
    cols = [(40, "l"), (330, "r"), (420, "r"), (470, "r"), (W - 40, "r")]
    y = 262
    d.rect(40, y - 11, W - 80, 16, fill="#222222")
    trow(
        d,
        y,
        [(44, "l"), (330, "r"), (420, "r"), (470, "r"), (W - 44, "r")],
        ["Omschrijving / Description", "Aantal", "Prijs", "BTW", "Totaal excl."],
        "Helvetica-Bold",
        8,
        (1, 1, 1),
    )
    y += 20
    items = []
    for (a, qn, p), v in zip(rows, vals, strict=True):
        trow(d, y, cols, [a, str(qn), fde(p), "21%", fde(v)], "Helvetica", 8.5)
        items.append(li(a, qn, p, v))
        y += 15
    d.line(40, y - 6, W - 40, y - 6, 0.5)
    y += 12
    for a, b, f in (
        ("Totaal excl. BTW / Total HTVA", fde(net), "Helvetica"),
        ("BTW / TVA 21%", fde(vat), "Helvetica"),
        ("Totaal / Total EUR", fde(total), "Helvetica-Bold"),
    ):
        trow(d, y, [(330, "l"), (W - 40, "r")], [a, b], f, 9.5)
        y += 15
    y += 24
    d.rect(40, y, W - 80, 56, fill="#f4f4f4")
    lines_at(
        d,
        50,
        y + 16,
        [
            f"Gelieve {fde(total)} EUR te betalen vóór 23/05/2026 op BE71 0961 2345 6769 (BIC GKCCBEBB)",
            "met gestructureerde mededeling / avec communication structurée:",
            "+++090/4412/33087+++",
        ],
        "Helvetica",
        8.5,
        14,
    )
    y += 80
    for s in wrap(
        "Algemene voorwaarden op www.electromax.be/voorwaarden. Bij laattijdige betaling is van rechtswege een intrest van 10% per jaar verschuldigd. Conditions générales : www.electromax.be/conditions.",
        "Helvetica",
        7.5,
        W - 80,
    ):
        d.t(40, y, s, "Helvetica", 7.5)
        y += 10
    d.t(
        W / 2,
        800,
        "ElectroMax Belgium NV · Industrieweg 118 · 9032 Gent · BE 0441.872.360 · KBC BE71 0961 2345 6769 · www.electromax.be",
        "Helvetica",
        6.5,
        "c",
        "#555555",
    )
    return d.pdf(), truth(
        number="2026/FV/03318",
        date="2026-04-23",
        due="2026-05-23",
        vendor="ElectroMax Belgium NV",
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        locale="nl-BE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="bilingual NL/FR labels in a boxed header row (number, date, due, client no., order no.); Recupel fee lines; structured communication +++...+++; customer VAT number; photo with fold and strong light gradient",
    )


def i13():
    """DK electronics chain credit note, A4, negative amounts, moms 25 %."""
    d = Doc(A4, "Kreditnota")
    W = d.w
    rows = [
        ('Retur: 55" 4K QLED TV QN55Q70', -1, D("5599.20")),
        ('Retur: Vægbeslag tilt 32-65"', -1, D("399.20")),
        ("Fragt retur", -1, D("79.20")),
    ]
    vals = [q(qn * p) for _, qn, p in rows]
    net = sum(vals, C0)
    vat = excl(net, D(25))
    total = net + vat
    d.t(40, 64, "NORDISK", "Helvetica-Bold", 24, color="#111111")
    d.t(40, 80, "ELEKTRONIK", "Helvetica", 11, color="#c8102e")
    lines_at(
        d,
        W - 40,
        44,
        ["Nordisk Elektronik A/S", "Hedegaardsvej 88", "2300 København S", "CVR-nr. 31 44 18 72"],
        "Helvetica",
        8,
        10.5,
        "r",
    )
    lines_at(
        d,
        60,
        140,
        [
            "Kontorhuset Vesterbro ApS",
            "Att.: Bogholderiet",
            "Vesterbrogade 149",
            "1620 København V",
        ],
        "Helvetica",
        10,
        13.5,
    )
    d.t(40, 238, "KREDITNOTA", "Helvetica-Bold", 18, color="#c8102e")
    y = 262
    for k, v in (
        ("Kreditnota nr.", "5004417"),
        ("Dato", "16.01.2026"),
        ("Kundenr.", "220418"),
        ("Vedr. faktura nr.", "4008812 af 02.01.2026"),
        ("Ordrenr.", "WEB-7781204"),
    ):
        d.t(40, y, k, "Helvetica", 9)
        d.t(150, y, v, "Helvetica-Bold", 9)
        y += 13
    y = 350
    cols = [(40, "l"), (330, "r"), (430, "r"), (W - 40, "r")]
    trow(d, y, cols, ["Tekst", "Antal", "Stk.pris", "Beløb DKK"], "Helvetica-Bold", 9)
    d.line(40, y + 5, W - 40, y + 5, 1)
    y += 20
    items = []
    for (a, qn, p), v in zip(rows, vals, strict=True):
        trow(d, y, cols, [a, str(qn), fde(p), fde(v)], "Helvetica", 9)
        items.append(li(a, qn, p, v))
        y += 15
    d.line(40, y - 5, W - 40, y - 5, 0.5)
    y += 12
    for a, b, f in (
        ("Subtotal ekskl. moms", fde(net), "Helvetica"),
        ("Moms 25 %", fde(vat), "Helvetica"),
        ("Kreditbeløb i alt DKK", fde(total), "Helvetica-Bold"),
    ):
        trow(d, y, [(300, "l"), (W - 40, "r")], [a, b], f, 10)
        y += 16
    y += 26
    for s in wrap(
        f"Varerne er modtaget retur den 14.01.2026 i uskadt stand. Beløbet på DKK {fde(-total)} overføres til jeres konto reg.nr. 2211 kontonr. 0744810221 inden for 5 bankdage. Kreditnotaen kan modregnes i fremtidige fakturaer.",
        "Helvetica",
        9,
        W - 80,
    ):
        d.t(40, y, s, "Helvetica", 9)
        y += 12.5
    d.line(40, 770, W - 40, 770, 0.4)
    d.t(
        W / 2,
        784,
        "Nordisk Elektronik A/S · Hedegaardsvej 88 · 2300 København S · CVR 31441872 · Danske Bank 3001 4410228871 · erhverv@nordisk-elektronik.dk",
        "Helvetica",
        6.5,
        "c",
        "#555555",
    )
    return d.pdf(), truth(
        number="5004417",
        date="2026-01-16",
        due=None,
        vendor="Nordisk Elektronik A/S",
        amount=net,
        vat=vat,
        total=total,
        cur="DKK",
        locale="da-DK",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="credit note printed with negative quantities and amounts (keyed negative); references original invoice 4008812 and its date; refund amount in text shown positive; order number; greyscale scan with strong skew",
    )


def i14():
    """IN hotel chain tax invoice, A4, 2 pages, CGST + SGST, lakh grouping, advance deducted."""
    d = Doc(A4, "Tax Invoice")
    W = d.w
    folio = [
        ("11-Apr-2026", "Room Charges - Club Room 1207", "996311", D("24500.00")),
        ("11-Apr-2026", "In-Room Dining", "996332", D("3240.00")),
        ("12-Apr-2026", "Room Charges - Club Room 1207", "996311", D("24500.00")),
        ("12-Apr-2026", "Restaurant - Saffron", "996332", D("6890.00")),
        ("12-Apr-2026", "Laundry", "999712", D("1350.00")),
        ("13-Apr-2026", "Room Charges - Club Room 1207", "996311", D("24500.00")),
        ("13-Apr-2026", "Bar - The Library", "996332", D("4250.00")),
        ("13-Apr-2026", "Laundry", "999712", D("800.00")),
    ]
    groups: dict[str, Decimal] = {}
    names = {"996311": "Room Charges", "996332": "Food & Beverage", "999712": "Laundry"}
    for _, _, sac, v in folio:
        groups[sac] = groups.get(sac, C0) + v
    net = sum(groups.values(), C0)
    cg = {k: excl(v, D(9)) for k, v in groups.items()}
    sg = dict(cg)
    cgst, sgst = sum(cg.values(), C0), sum(sg.values(), C0)
    total = net + cgst + sgst
    adv = D("25000.00")
    num = "MPH/26-27/004471"

    def header(p):
        d.rect(40, 34, 36, 36, fill="#8c1c13")
        d.t(58, 58, "M", "DVSB", 20, "c", (1, 0.85, 0.4))
        d.t(84, 52, "MERIDIAN PALACE", "DVSB", 15, color="#8c1c13")
        d.t(84, 66, "HOTELS & RESORTS · MUMBAI", "DVS", 7.5, color="#8c1c13")
        d.t(W - 40, 48, f"Tax Invoice No. {num}", "DVS", 8, "r")
        d.t(W - 40, 60, f"Folio No. 88204  ·  Page {p} of 2", "DVS", 8, "r")

    def footer():
        lines_at(
            d,
            W / 2,
            786,
            [
                "Meridian Palace Hotels Pvt. Ltd. · Nariman Point, Mumbai 400 021 · GSTIN 27AABCM4417F1Z8 · CIN U55101MH2004PTC148812 · PAN AABCM4417F",
                "This is a computer generated invoice. Subject to Mumbai jurisdiction. E. & O.E.",
            ],
            "DVS",
            6.3,
            9,
            "c",
            "#555555",
        )

    header(1)
    d.t(W / 2, 104, "TAX INVOICE", "DVSB", 13, "c")
    y = 128
    for k, v in (
        ("Invoice No.", num),
        ("Invoice Date", "14-Apr-2026"),
        ("Folio No.", "88204"),
        ("Room No.", "1207"),
        ("Arrival", "11-Apr-2026 14:20"),
        ("Departure", "14-Apr-2026 11:05"),
    ):
        d.t(40, y, k, "DVS", 8.5)
        d.t(130, y, v, "DVSB", 8.5)
        y += 12.5
    lines_at(
        d,
        330,
        128,
        [
            "Bill To:",
            "Tekvista Solutions Pvt. Ltd.",
            "Prestige Tech Park, Marathahalli",
            "Bengaluru, Karnataka 560 103",
            "GSTIN 29AAHCT8812K1Z4",
            "Guest: Mr. Arjun Mehta",
        ],
        "DVS",
        8.5,
        12.5,
    )
    y = 230
    cols = [(40, "l"), (200, "l"), (300, "r"), (360, "r"), (420, "r"), (480, "r"), (W - 40, "r")]
    d.rect(40, y - 11, W - 80, 26, fill="#f3e9dc")
    trow(
        d,
        y,
        [(44, "l"), (200, "l"), (300, "r"), (360, "r"), (420, "r"), (480, "r"), (W - 44, "r")],
        ["Description", "SAC", "Taxable", "CGST", "CGST", "SGST", "Total"],
        "DVSB",
        8,
    )
    trow(
        d,
        y + 11,
        [(44, "l"), (200, "l"), (300, "r"), (360, "r"), (420, "r"), (480, "r"), (W - 44, "r")],
        ["", "", "Value (Rs.)", "%", "Amt", "Amt", "(Rs.)"],
        "DVSB",
        7,
    )
    y += 32
    items = []
    for sac, v in groups.items():
        trow(
            d,
            y,
            cols,
            [names[sac], sac, fin(v), "9", fin(cg[sac]), fin(sg[sac]), fin(v + cg[sac] + sg[sac])],
            "DVS",
            8.5,
        )
        items.append(li(names[sac], 1, v, v))
        y += 15
    d.line(40, y - 5, W - 40, y - 5, 0.6)
    y += 10
    trow(d, y, cols, ["Total", "", fin(net), "", fin(cgst), fin(sgst), fin(total)], "DVSB", 8.5)
    y += 34
    tc = [(300, "l"), (W - 40, "r")]
    for a, b, f in (
        ("Taxable Value", fin(net), "DVS"),
        ("CGST @ 9%", fin(cgst), "DVS"),
        ("SGST @ 9%", fin(sgst), "DVS"),
        ("Grand Total (INR)", fin(total), "DVSB"),
        ("Less: Advance received 02-Apr-2026", "-" + fin(adv), "DVS"),
        ("Settled by Amex ****1009", "-" + fin(total - adv), "DVS"),
        ("Balance Due", "0.00", "DVSB"),
    ):
        trow(d, y, tc, [a, b], f, 9)
        y += 14
    y += 14
    d.t(
        40,
        y,
        "Amount in words: Rupees One Lakh Six Thousand Two Hundred Thirty-Five and Forty Paise only",
        "DVS",
        8,
    )
    y += 24
    d.t(40, y, "Itemised folio on page 2.", "DVS", 8)
    footer()
    d.new_page()
    header(2)
    d.t(40, 100, "Guest Folio - Detailed Statement", "DVSB", 12)
    cols = [(40, "l"), (120, "l"), (330, "l"), (W - 40, "r")]
    y = 126
    trow(d, y, cols, ["Date", "Particulars", "SAC", "Amount (Rs.)"], "DVSB", 8.5)
    d.line(40, y + 5, W - 40, y + 5, 0.6)
    y += 19
    for dt, a, sac, v in folio:
        trow(d, y, cols, [dt, a, sac, fin(v)], "DVS", 8.5)
        y += 13.5
    d.line(40, y - 5, W - 40, y - 5, 0.6)
    y += 10
    trow(d, y, cols, ["", "Total taxable charges", "", fin(net)], "DVSB", 8.5)
    y += 14
    trow(d, y, cols, ["", "GST (CGST 9% + SGST 9%)", "", fin(cgst + sgst)], "DVS", 8.5)
    y += 14
    trow(d, y, cols, ["", "Total", "", fin(total)], "DVSB", 8.5)
    y += 40
    d.t(40, y, "Guest signature ____________________", "DVS", 9)
    d.t(W - 40, y, "Cashier: R. Pillai", "DVS", 9, "r")
    footer()
    assert fin(total) == "1,06,235.40", fin(total)  # matches the amount in words
    return d.pdf(), truth(
        number=num,
        date="2026-04-14",
        due=None,
        vendor="Meridian Palace Hotels Pvt. Ltd.",
        amount=net,
        vat=cgst + sgst,
        total=total,
        cur="INR",
        locale="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Indian lakh grouping (1,06,235.40); CGST + SGST summed as vat; advance and card settlement lines with balance 0.00; folio no. vs invoice no.; FY in number (26-27); per-page header; detail on page 2",
    )


def i15():
    """CZ water utility invoice (daňový doklad), A4, DPH 12 %, advances deducted; image-only PDF."""
    d = Doc(A4, "Faktura")
    W = d.w
    m3 = 42
    rows = [("Vodné", m3, D("52.38")), ("Stočné", m3, D("44.12"))]
    vals = [q(qn * p) for _, qn, p in rows]
    net = sum(vals, C0)
    vat = excl(net, D(12))
    total = net + vat
    adv = D("3600.00")
    d.rect(40, 36, 40, 40, fill="#1565c0", r=20)
    d.poly([(60, 44), (50, 62), (70, 62)], fill=(1, 1, 1))
    d.t(90, 56, "Vodárny a kanalizace Vltava", "DVB", 13, color="#1565c0")
    d.t(90, 70, "a.s.", "DV", 9, color="#1565c0")
    d.t(W - 40, 56, "FAKTURA – DAŇOVÝ DOKLAD", "DVB", 12, "r")
    d.t(W - 40, 70, "č. 2610044871", "DVB", 12, "r")
    lines_at(
        d,
        40,
        100,
        [
            "Dodavatel:",
            "Vodárny a kanalizace Vltava a.s.",
            "Žatecká 110/2, 110 00 Praha 1",
            "IČO: 27114488   DIČ: CZ27114488",
            "Zapsáno v OR u MS v Praze, B 9120",
        ],
        "DV",
        8,
        11,
    )
    lines_at(
        d,
        330,
        100,
        ["Odběratel:", "Ing. Pavel Dvořák", "Korunní 1208/74", "101 00 Praha 10"],
        "DV",
        9,
        12.5,
    )
    y = 176
    left = (
        ("Zákaznické číslo", "300148812"),
        ("Odběrné místo", "Korunní 1208/74, Praha 10"),
        ("Číslo vodoměru", "VM-0441827"),
        ("Fakturační období", "01.01.2026 – 31.03.2026"),
    )
    right = (
        ("Datum vystavení", "31.03.2026"),
        ("Datum zdanitelného plnění", "31.03.2026"),
        ("Datum splatnosti", "14.04.2026"),
        ("Variabilní symbol", "2610044871"),
    )
    for (k1, v1), (k2, v2) in zip(left, right, strict=True):
        d.t(40, y, k1, "DV", 8)
        d.t(140, y, v1, "DVB", 8)
        d.t(330, y, k2, "DV", 8)
        d.t(W - 40, y, v2, "DVB", 8, "r")
        y += 13
    d.t(
        40,
        246,
        "Odečty: 31.12.2025 stav 1 118 m³ – 31.03.2026 stav 1 160 m³ – spotřeba 42 m³",
        "DV",
        8,
    )
    y = 272
    cols = [(40, "l"), (260, "r"), (330, "r"), (400, "r"), (W - 40, "r")]
    d.rect(40, y - 11, W - 80, 16, fill="#e3f2fd")
    trow(
        d,
        y,
        [(44, "l"), (260, "r"), (330, "r"), (400, "r"), (W - 44, "r")],
        ["Položka", "Množství", "Cena/m³", "DPH %", "Základ Kč"],
        "DVB",
        8.5,
    )
    y += 20
    items = []
    for (a, qn, p), v in zip(rows, vals, strict=True):
        trow(d, y, cols, [a, f"{qn} m³", fsp(p), "12", fsp(v)], "DV", 9)
        items.append(li(a, qn, p, v))
        y += 15
    d.line(40, y - 5, W - 40, y - 5, 0.5)
    y += 12
    tc = [(300, "l"), (W - 40, "r")]
    for a, b, f in (
        ("Základ daně 12 %", fsp(net), "DV"),
        ("DPH 12 %", fsp(vat), "DV"),
        ("Celkem za období vč. DPH", fsp(total) + " Kč", "DVB"),
        ("Uhrazené zálohy", "-" + fsp(adv), "DV"),
        ("K úhradě", fsp(total - adv) + " Kč", "DVB"),
    ):
        trow(d, y, tc, [a, b], f, 9.5)
        y += 15
    y += 20
    for s in wrap(
        "Částku k úhradě uhraďte na účet 1948441027/0800 pod variabilním symbolem 2610044871. Nová výše záloh: 1 200,00 Kč měsíčně, splatnost vždy k 15. dni měsíce. Rozpis záloh naleznete v zákaznickém portálu.",
        "DV",
        8.5,
        W - 80,
    ):
        d.t(40, y, s, "DV", 8.5)
        y += 12
    d.qr(W - 110, y + 10, 70, 1515)
    d.t(40, y + 30, "QR Platba", "DVB", 8.5)
    d.t(
        W / 2,
        800,
        "Vodárny a kanalizace Vltava a.s. · Žatecká 110/2 · 110 00 Praha 1 · zákaznická linka 840 111 420 · www.vkvltava.cz",
        "DV",
        6.5,
        "c",
        "#555555",
    )
    return d.pdf(), truth(
        number="2610044871",
        date="2026-03-31",
        due="2026-04-14",
        vendor="Vodárny a kanalizace Vltava a.s.",
        amount=net,
        vat=vat,
        total=total,
        cur="CZK",
        locale="cs-CZ",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="image-only PDF; advances (zálohy) deducted: total keyed as invoice total incl. DPH, not the smaller 'K úhradě'; variabilní symbol equals invoice number; DUZP date equal to issue date; space thousands and Kč; Czech diacritics",
    )


# ================================================================ registry and main

# name: (kind, extension, dpi, options for scan()/photo())
PLAN = {
    "r01": (
        "scan",
        "png",
        200,
        {
            "grey": True,
            "skew": -1.2,
            "fade": 0.45,
            "bed": 50,
            "blur": 0.6,
            "noise": 4,
            "specks": 25,
        },
    ),
    "r02": ("photo", "jpg", 220, {"bg": "wood", "long_side": 2000, "quality": 70}),
    "r03": ("pdf", "pdf", 0, {}),
    "r04": ("photo", "jpg", 220, {"bg": "granite", "long_side": 2200, "quality": 66, "tilt": 0.03}),
    "r05": (
        "scan",
        "png",
        300,
        {
            "grey": False,
            "skew": 0.8,
            "fade": 0.25,
            "bed": 60,
            "blur": 0.8,
            "noise": 5,
            "specks": 30,
        },
    ),
    "r06": ("photo", "jpg", 250, {"bg": "cloth", "long_side": 1700, "quality": 75, "light": 0.18}),
    "r07": (
        "scan",
        "png",
        200,
        {"grey": True, "skew": 1.6, "blur": 0.7, "noise": 6, "specks": 40, "bed": 30},
    ),
    "r08": ("pdf", "pdf", 0, {}),
    "r09": ("pdf", "pdf", 0, {}),
    "r10": (
        "scan",
        "png",
        300,
        {
            "grey": True,
            "skew": -0.7,
            "fade": 0.3,
            "blur": 0.9,
            "noise": 5,
            "specks": 20,
            "bed": 40,
            "width": 650,
        },
    ),
    "r11": ("photo", "jpg", 220, {"bg": "desk", "long_side": 1800, "quality": 62}),
    "r12": (
        "scan",
        "png",
        170,
        {"grey": True, "skew": -1.8, "fade": 0.4, "blur": 0.6, "noise": 6, "specks": 35, "bed": 30},
    ),
    "r13": ("pdf", "pdf", 0, {}),
    "r14": (
        "scan",
        "imgpdf",
        200,
        {"grey": True, "skew": 0.9, "fade": 0.3, "blur": 0.7, "noise": 5, "specks": 30},
    ),
    "r15": ("pdf", "pdf", 0, {}),
    "i01": ("pdf", "pdf", 0, {}),
    "i02": ("pdf", "pdf", 0, {}),
    "i03": (
        "scan",
        "jpg",
        200,
        {"grey": False, "skew": -1.1, "blur": 0.8, "noise": 5, "specks": 50},
    ),
    "i04": ("photo", "jpg", 200, {"bg": "wood", "long_side": 2300, "quality": 72, "fold": True}),
    "i05": ("pdf", "pdf", 0, {}),
    "i06": ("pdf", "pdf", 0, {}),
    "i07": ("scan", "png", 150, {"grey": True, "skew": 1.4, "blur": 0.5, "noise": 6, "specks": 60}),
    "i08": ("pdf", "pdf", 0, {}),
    "i09": ("photo", "jpg", 200, {"bg": "desk", "long_side": 2200, "quality": 68, "fold": True}),
    "i10": (
        "scan",
        "imgpdf",
        200,
        {"grey": True, "skew": -0.9, "blur": 0.7, "noise": 5, "specks": 40},
    ),
    "i11": ("pdf", "pdf", 0, {}),
    "i12": (
        "photo",
        "jpg",
        200,
        {"bg": "granite", "long_side": 2300, "quality": 78, "fold": True, "light": 0.28},
    ),
    "i13": (
        "scan",
        "png",
        200,
        {"grey": True, "skew": -1.9, "blur": 0.8, "noise": 7, "specks": 45},
    ),
    "i14": ("pdf", "pdf", 0, {}),
    "i15": (
        "scan",
        "imgpdf",
        200,
        {"grey": False, "skew": 1.2, "blur": 0.6, "noise": 5, "specks": 30},
    ),
}

# name: (country, document type)
DESC = {
    "r01": ("Germany", "supermarket chain receipt"),
    "r02": ("France", "fast-food chain receipt"),
    "r03": ("United Kingdom", "coffee chain e-receipt"),
    "r04": ("United States", "DIY store chain receipt"),
    "r05": ("Switzerland", "pharmacy chain receipt"),
    "r06": ("Italy", "fuel station chain receipt"),
    "r07": ("Japan", "electronics chain receipt"),
    "r08": ("Netherlands", "supermarket chain e-receipt"),
    "r09": ("Spain", "rail e-ticket purchase receipt"),
    "r10": ("Sweden", "coffee chain receipt"),
    "r11": ("Australia", "fast-food chain receipt (tax invoice)"),
    "r12": ("Poland", "pharmacy chain fiscal receipt"),
    "r13": ("Canada", "electronics chain e-receipt"),
    "r14": ("Austria", "DIY store chain receipt"),
    "r15": ("Portugal", "airline e-ticket fatura-recibo"),
    "i01": ("Germany", "telecom bill (3 pages)"),
    "i02": ("United Kingdom", "electricity bill (2 pages)"),
    "i03": ("France", "water bill"),
    "i04": ("United States", "internet/TV bill"),
    "i05": ("Italy", "gas bill (2 pages)"),
    "i06": ("Netherlands", "insurance premium invoice"),
    "i07": ("Switzerland", "car rental final invoice"),
    "i08": ("United States", "software licence invoice"),
    "i09": ("Germany", "hotel chain folio"),
    "i10": ("Spain", "telecom bill (2 pages)"),
    "i11": ("Sweden", "electricity invoice"),
    "i12": ("Belgium", "electronics chain B2B invoice"),
    "i13": ("Denmark", "electronics chain credit note"),
    "i14": ("India", "hotel chain tax invoice (2 pages)"),
    "i15": ("Czech Republic", "water utility invoice"),
}

README_HEAD = """# Blind set 2026-12m: chains and utilities as their systems print them

30 documents (15 receipts `r01..r15`, 15 invoices `i01..i15`) from large retail/restaurant
chains, transport, hotels, car rental, telecom/energy/water utilities, insurance and software
vendors in {n_countries} countries. All companies, people, numbers and addresses are invented.
Generated by `bench/blindsets/blind_2026_12m.py`:

    python -m bench.blindsets.blind_2026_12m [OUTDIR] [--only NAME]

The generator was written blind: without looking at the product's code, tests, docs or other
blind sets. It imports nothing from the product. Every document has its own drawing function
(reportlab, `invariant=1`); each text run is checked to stay on the page and not overlap another
run (`LayoutError`). Images are degraded with numpy/OpenCV using a generator seeded with the
CRC-32 of the document name, so re-runs are byte-identical.

## How documents are drawn

- Receipts: 58, 76 or 80 mm rolls, as long as their content; invoices: A4 or US Letter.
- Kinds: `pdf` = born-digital PDF with a text layer; `scan` = rendered with pypdfium2 at
  150-300 dpi, grey or colour, slight skew, blur, noise, specks, thermal fading on receipts,
  one receipt downscaled to 650 px wide, saved as PNG/JPEG, or embedded as the only page
  content of a PDF (image-only PDF, `.pdf` with kind `scan`); `photo` = perspective onto a
  textured background (wood, granite, cloth, desk), uneven light, vignette, a shadow, folds on
  some invoices, JPEG quality 62-78, long side 1,700-2,300 px.
- Multi-page: i01 (3 pages), i02, i05, i14 (2 pages, born-digital) and i10 (2 pages, image-only
  PDF). Per-page headers repeat invoice/customer numbers and footers repeat company data.

## Truth conventions

- `amount` = net before tax, `vat` = sum of all taxes printed, `total` = gross. Every amount is
  computed once with `Decimal` (ROUND_HALF_UP), printed from the same value, and the generator
  asserts `amount + vat == total`. `vat` is null only when no tax is printed at all; i08 prints a
  sales tax line of 0.00, so it is keyed `"0.00"`.
- Tax-inclusive documents (most receipts, the hotel folio i09): per rate, net = gross / (1 + rate)
  rounded, tax = gross - net; `amount = total - vat`.
- Several taxes (FR 5.5 % + 10 %, CA GST + PST, IN CGST + SGST, US state + local sales tax,
  PT 6 % + 23 %): `vat` is their sum. Non-tax fees and surcharges (US regulatory fee, AU card
  surcharge, Recupel, EHF, airport charges marked not subject to VAT) are part of `amount`.
- i06 (Dutch insurance): premiums are VAT-exempt; the printed assurantiebelasting (insurance
  premium tax, 21 %) is keyed as `vat`.
- Cash/öre rounding (r05 CHF 0.05, i11 whole kronor): `total` is the rounded amount payable as
  printed; the rounding difference is counted in `amount` (`amount = total - vat`).
- Previous balances, payments received, advances and card settlements are not part of the
  document total: `total` is the total of this document's own charges (i02, i04 show a previous
  balance and its payment; i14 deducts an advance; i15 deducts paid advances, its `total` is
  the invoice total incl. DPH 4 539,36, not the smaller "K úhradě" 939,36).
- Credit note (i13): printed with negative quantities and amounts and keyed negative
  (`document_type` = `credit_note`).
- `invoice_number`: the document's own number (receipt/ticket/Bon number for receipts), as
  printed including prefixes, spaces and slashes. Not the customer, account, order, contract,
  folio, terminal, TSE or card-slip numbers.
- `invoice_date`: the issue date (not the travel, service-period or tax-point date).
  `due_date`: only when a date is printed; for direct-debit bills the printed collection date
  ("Abbuchung am", "on or after", "fecha de cargo") is keyed as due date. Receipts, card-paid
  folios/final invoices and the credit note have `due_date` null.
- `vendor_name`: the seller's legal name as printed with its legal form (often only in the
  footer or small print while the header shows a brand wordmark). r04 prints no legal form;
  its name is keyed as printed in the header without the store number.
- `currency`: ISO 4217. JPY amounts are printed without decimals and keyed with `.00`.
- `line_items`: as printed on the document (gross for tax-inclusive receipts, net otherwise),
  discounts as negative lines; sub-lines without a price (menu contents) are omitted; on
  utility bills the priced detail lines are listed. `quantity`/`unit_price` are strings.
- `kind`: pdf / scan / photo as above; `layout`: receipt or invoice.
"""


def write_readme(out: Path, truths: dict) -> None:
    countries = sorted({DESC[n][0] for n in truths})
    kinds = {}
    for n, t in truths.items():
        k = t["kind"] + (" (image-only PDF)" if PLAN[n][1] == "imgpdf" else "")
        kinds.setdefault(k, []).append(n)
    lines = [README_HEAD.format(n_countries=len(countries)), "## Mix", ""]
    lines += ["| | receipts | invoices | total |", "|---|---|---|---|"]
    for k in sorted(kinds):
        r = sum(1 for n in kinds[k] if n.startswith("r"))
        i = sum(1 for n in kinds[k] if n.startswith("i"))
        lines.append(f"| {k} | {r} | {i} | {r + i} |")
    nr = sum(1 for n in truths if n.startswith("r"))
    lines.append(f"| **all** | {nr} | {len(truths) - nr} | {len(truths)} |")
    lines += ["", f"Countries ({len(countries)}): " + ", ".join(countries) + ".", ""]
    cur = sorted({t["currency"] for t in truths.values()})
    lines += [f"Currencies ({len(cur)}): " + ", ".join(cur) + ".", ""]
    lines += [
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, t in truths.items():
        ext = "pdf" if PLAN[n][1] == "imgpdf" else PLAN[n][1]
        kind = t["kind"] + (" (image-only PDF)" if PLAN[n][1] == "imgpdf" else "")
        lines.append(
            f"| {n}.{ext} | {kind} | {DESC[n][0]} | {DESC[n][1]} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(name: str, out: Path) -> dict:
    kind, ext, dpi, opts = PLAN[name]
    pdf, t = globals()[name]()
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    for old in out.glob(f"{name}.*"):
        old.unlink()
    if ext == "pdf":
        data = pdf
    elif ext == "imgpdf":
        src = pdfium.PdfDocument(pdf)
        sizes = [src[i].get_size() for i in range(len(src))]
        src.close()
        imgs = [scan(render(pdf, dpi, i), rng, **opts) for i in range(len(sizes))]
        data = image_pdf(imgs, sizes)
        ext = "pdf"
    elif kind == "scan":
        img = scan(render(pdf, dpi), rng, **opts)
        buf = io.BytesIO()
        if ext == "jpg":
            img.save(buf, "JPEG", quality=82)
        else:
            img.save(buf, "PNG", optimize=False)
        data = buf.getvalue()
    else:
        data = photo(render(pdf, dpi), rng, **opts)
    (out / f"{name}.{ext}").write_bytes(data)
    t["kind"] = kind
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", help="build one document, e.g. r03")
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(PLAN)
    truths: dict = {}
    for n in names:
        if n not in PLAN:
            ap.error(f"unknown document {n}")
        truths[n] = build(n, out)
        t = truths[n]
        print(f"{n}: {t['kind']:5s} {t['currency']} total {t['total']} ({t['vendor_name']})")
    if not a.only:
        write_readme(out, truths)
    return 0


if __name__ == "__main__":
    sys.exit(main())
