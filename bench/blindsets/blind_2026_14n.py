# ruff: noqa: E501
"""Blind evaluation set 2026-14n: 16 invoices + 16 receipts from Asia, the Middle East and Africa.

Run from the repository root:
    python -m bench.blindsets.blind_2026_14n [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document name, so re-runs are byte-identical.
The module is self-contained (reportlab, pypdfium2, cv2, Pillow, numpy) and imports nothing from the product.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import zlib
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

SET = "14n"
DEFAULT_OUT = "bench/blindsets/blind-2026-14n"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "DV": "DejaVuSans",
    "DVB": "DejaVuSans-Bold",
    "DVO": "DejaVuSans-Oblique",
    "DVC": "DejaVuSansCondensed",
    "DVCB": "DejaVuSansCondensed-Bold",
    "DVM": "DejaVuSansMono",
    "DVMB": "DejaVuSansMono-Bold",
    "DVS": "DejaVuSerif",
    "DVSB": "DejaVuSerif-Bold",
    "DVSI": "DejaVuSerif-Italic",
    "DVSC": "DejaVuSerifCondensed",
    "DVSCB": "DejaVuSerifCondensed-Bold",
}
for _k, _v in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, FONT_DIR + _v + ".ttf"))

D = Decimal
CENT = D("0.01")
ONE = D("1")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


def q2(x) -> Decimal:
    return D(str(x)).quantize(CENT, ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(str(x)).quantize(ONE, ROUND_HALF_UP)


def fmt(v, th=",", dp=".", dec=2, indian=False, neg="-") -> str:
    """Format a Decimal with a thousands separator `th`, decimal point `dp` and `dec` decimals."""
    v = D(v)
    sign = neg if v < 0 else ""
    v = abs(v)
    if dec == 0:
        if v != v.to_integral_value():
            raise ValueError(f"{v} has decimals but is printed without")
        ip, fp = str(int(v)), ""
    else:
        ip, fp = f"{v:.2f}".split(".")
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = th.join([*groups, tail])
    elif th:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        ip = th.join([ip, *groups])
    return sign + ip + (dp + fp if dec else "")


def qty_s(x) -> str:
    s = str(D(str(x)).normalize())
    return s if "E" not in s else str(int(D(str(x))))


def lines(rows):
    """rows: (description, qty, unit) -> list of dicts with Decimal qty/unit/amount."""
    out = []
    for r in rows:
        desc, qty, unit = r[0], D(str(r[1])), q2(r[2])
        out.append({"d": desc, "q": qty, "u": unit, "a": q2(qty * unit), "x": r[3:]})
    return out


def li_truth(items):
    return [
        {
            "description": it["d"],
            "quantity": qty_s(it["q"]),
            "unit_price": f"{it['u']:.2f}",
            "amount": f"{it['a']:.2f}",
        }
        for it in items
    ]


def incl_tax(gross, rate) -> Decimal:
    """Tax contained in a tax-inclusive gross amount."""
    return q2(D(gross) * D(str(rate)) / (D(100) + D(str(rate))))


# ---------------------------------------------------------------- drawing


class Page:
    """A reportlab canvas that refuses text runs leaving the page or overlapping each other."""

    def __init__(self, path, size, margin=3.0):
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.w, self.h = size
        self.margin = margin
        self.boxes = []
        self.page_no = 1

    def text(self, x, y, s, font="DV", size=9, align="l", color=(0, 0, 0)):
        s = str(s)
        if not s:
            return 0
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else x - w if align == "r" else x - w / 2
        box = (x0, y - 0.22 * size, x0 + w, y + 0.76 * size)
        m = self.margin
        if box[0] < m or box[2] > self.w - m or box[1] < m or box[3] > self.h - m:
            raise LayoutError(
                f"page {self.page_no}: {s!r} leaves the page at ({x0:.1f},{y:.1f}) w={w:.1f}"
            )
        for b in self.boxes:
            if (
                box[0] < b[0][2] - 0.3
                and b[0][0] < box[2] - 0.3
                and box[1] < b[0][3] - 0.3
                and b[0][1] < box[3] - 0.3
            ):
                raise LayoutError(f"page {self.page_no}: {s!r} overlaps {b[1]!r}")
        self.boxes.append((box, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def texts(self, x, y, rows, font="DV", size=9, lead=None, align="l", color=(0, 0, 0)):
        lead = lead or size * 1.3
        for r in rows:
            self.text(x, y, r, font, size, align, color)
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
        c.setStrokeColorRGB(0, 0, 0)

    def poly(self, pts, fill=(0, 0, 0)):
        c = self.c
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        c.setFillColorRGB(*fill)
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    def qr(self, x, y, size, rng, n=25):
        """A QR-like box: finder squares plus seeded random modules."""
        cell = size / n
        c = self.c
        c.setFillColorRGB(1, 1, 1)
        c.rect(x - cell, y - cell, size + 2 * cell, size + 2 * cell, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        finders = [(0, 0), (n - 7, 0), (0, n - 7)]

        def in_finder(i, j):
            return any(fx - 1 <= i <= fx + 7 and fy - 1 <= j <= fy + 7 for fx, fy in finders)

        for i in range(n):
            for j in range(n):
                if not in_finder(i, j) and rng.random() < 0.5:
                    c.rect(x + i * cell, y + size - (j + 1) * cell, cell, cell, stroke=0, fill=1)
        for fx, fy in finders:
            for k, col in ((7, 0), (5, 1), (3, 0)):
                off = (7 - k) / 2
                c.setFillColorRGB(col, col, col)
                c.rect(
                    x + (fx + off) * cell,
                    y + size - (fy + off + k) * cell,
                    k * cell,
                    k * cell,
                    stroke=0,
                    fill=1,
                )
        c.setFillColorRGB(0, 0, 0)

    def barcode(self, x, y, w, h, rng):
        c = self.c
        xx = x
        while xx < x + w - 3:
            bw = rng.choice([0.6, 0.6, 1.2, 1.8])
            c.rect(xx, y, bw, h, stroke=0, fill=1)
            xx += bw + rng.choice([0.6, 1.2, 1.2, 1.8])

    def new_page(self):
        self.c.showPage()
        self.boxes = []
        self.page_no += 1

    def save(self):
        self.c.showPage()
        self.c.save()


class Roll:
    """A till roll: operations are collected first, then drawn on a page exactly as long as its content."""

    def __init__(self, width_mm, font="DVM", size=8.0, margin_mm=3.0, lead=1.3, top_mm=6.0):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.font, self.size, self.lead = font, size, lead
        self.top = top_mm * mm
        self.ops = []

    def _row(self, parts, font=None, size=None):
        font, size = font or self.font, size or self.size
        h = size * self.lead

        def draw(pg, yt):
            base = yt - size * 0.98
            for text, xf, al in parts:
                x = self.m + xf * (self.W - 2 * self.m)
                pg.text(x, base, text, font, size, al)

        self.ops.append((h, draw))

    def l(self, s, font=None, size=None):  # noqa: E743
        self._row([(s, 0, "l")], font, size)

    def c(self, s, font=None, size=None):
        self._row([(s, 0.5, "c")], font, size)

    def r(self, s, font=None, size=None):
        self._row([(s, 1, "r")], font, size)

    def lr(self, a, b, font=None, size=None):
        self._row([(a, 0, "l"), (b, 1, "r")], font, size)

    def cols(self, parts, font=None, size=None):
        self._row(parts, font, size)

    def rule(self, dash=True, lw=0.6, pad=3):
        def draw(pg, yt):
            y = yt - pad
            pg.line(self.m, y, self.W - self.m, y, lw=lw, dash=(2, 1.5) if dash else None)

        self.ops.append((2 * pad, draw))

    def gap(self, h=4):
        self.ops.append((h, lambda pg, yt: None))

    def custom(self, h, fn):
        self.ops.append((h, fn))

    def qr(self, size_mm, rng, n=25):
        s = size_mm * mm

        def draw(pg, yt):
            pg.qr((self.W - s) / 2, yt - s - 2, s, rng, n)

        self.ops.append((s + 4, draw))

    def barcode(self, w_mm, h_mm, rng):
        w, h = w_mm * mm, h_mm * mm

        def draw(pg, yt):
            pg.barcode((self.W - w) / 2, yt - h - 2, w, h, rng)

        self.ops.append((h + 4, draw))

    def render(self, path):
        height = self.top * 2 + sum(h for h, _ in self.ops)
        pg = Page(path, (self.W, height), margin=2.0)
        y = height - self.top
        for h, fn in self.ops:
            fn(pg, y)
            y -= h
        pg.save()


def words_en(n: int) -> str:
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

    def below_1000(k):
        out = []
        if k >= 100:
            out += [ones[k // 100], "Hundred"]
            k %= 100
        if k >= 20:
            out.append(tens[k // 10] + ("-" + ones[k % 10] if k % 10 else ""))
        elif k:
            out.append(ones[k])
        return out

    parts = []
    for unit, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        if n >= unit:
            parts += [*below_1000(n // unit), name]
            n %= unit
    parts += below_1000(n)
    return " ".join(parts) or "Zero"


# ---------------------------------------------------------------- degrading


def render_pdf(pdf_path, dpi, page_index=0):
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        img = pdf[page_index].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        pdf.close()
    return np.array(img)


def scan(
    img,
    rng,
    grey=True,
    blur=0.7,
    skew=1.0,
    noise=5.0,
    specks=40,
    fade=0.0,
    out_w=None,
    paper=(246, 244, 238),
    contrast=1.0,
):
    a = img.astype(np.float32)
    h, w = a.shape[:2]
    if fade:
        # thermal fading: ink lightens in uneven bands along the roll
        yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
        band = 1 - fade * (0.5 + 0.5 * np.sin(yy * rng.uniform(2, 5) * np.pi + rng.uniform(0, 6)))
        a = 255 - (255 - a) * band[..., None]
    a = 255 - (255 - a) * contrast
    a = a / 255.0 * np.array(paper, np.float32)[None, None, :]
    if skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        a = cv2.warpAffine(
            a,
            m,
            (w, h),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=tuple(float(p) for p in paper),
        )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a += rng.normal(0, noise, a.shape[:2])[..., None].astype(np.float32)
    for _ in range(specks):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        r = int(rng.integers(1, 3))
        cv2.circle(a, (x, y), r, (60.0, 60.0, 60.0), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if out_w and out_w < w:
        a = cv2.resize(a, (out_w, round(h * out_w / w)), interpolation=cv2.INTER_AREA)
    if grey:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    return a


def _texture(rng, hh, ww, kind):
    if kind == "wood":
        base = np.array([150, 105, 70], np.float32)
        yy = np.arange(hh, dtype=np.float32)[:, None]
        xx = np.arange(ww, dtype=np.float32)[None, :]
        grain = np.sin((xx * 0.02 + 6 * np.sin(yy * 0.004 + rng.uniform(0, 6))) * 3.0) * 14
        t = base[None, None, :] + grain[..., None]
    elif kind == "fabric":
        base = np.array([70, 85, 110], np.float32)
        yy = np.arange(hh)[:, None]
        xx = np.arange(ww)[None, :]
        weave = ((xx // 3 + yy // 3) % 2).astype(np.float32) * 10
        t = base[None, None, :] + weave[..., None]
    else:  # desk laminate / granite
        base = np.array([200, 198, 190], np.float32)
        t = np.broadcast_to(base, (hh, ww, 3)).copy()
        t += rng.normal(0, 12, (hh, ww))[..., None].astype(np.float32)
    low = cv2.resize(
        rng.normal(0, 1, (8, 8)).astype(np.float32), (ww, hh), interpolation=cv2.INTER_CUBIC
    )
    return np.clip(t + low[..., None] * 10, 0, 255).astype(np.float32)


def photo(
    img,
    rng,
    long_side=2000,
    quality=70,
    bg="wood",
    fold=True,
    shadow=True,
    tilt=0.06,
    fill=0.84,
    portrait=True,
):
    """Perspective onto a textured background, uneven light, a shadow, an optional fold, JPEG later."""
    doc = img.astype(np.float32)
    dh, dw = doc.shape[:2]
    if fold:
        fy = int(dh * rng.uniform(0.35, 0.65))
        band = np.ones(dh, np.float32)
        idx = np.arange(dh)
        band -= 0.10 * np.exp(-((idx - fy) ** 2) / (2 * 6.0**2))
        band += 0.05 * np.exp(-((idx - fy - 10) ** 2) / (2 * 12.0**2))
        doc *= band[:, None, None]
    if portrait:
        H = long_side
        W = int(long_side * 0.75)
    else:
        W = long_side
        H = int(long_side * 0.75)
    s = min(W * fill / dw, H * fill / dh)
    sw, sh = dw * s, dh * s
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    j = tilt
    dst = np.array(
        [
            [cx - sw / 2 + rng.uniform(-j, j) * sw, cy - sh / 2 + rng.uniform(-j, j) * sh * 0.3],
            [cx + sw / 2 + rng.uniform(-j, j) * sw, cy - sh / 2 + rng.uniform(-j, j) * sh * 0.3],
            [
                cx + sw / 2 + rng.uniform(-j, j) * sw * 0.5,
                cy + sh / 2 + rng.uniform(-j, j) * sh * 0.2,
            ],
            [
                cx - sw / 2 + rng.uniform(-j, j) * sw * 0.5,
                cy + sh / 2 + rng.uniform(-j, j) * sh * 0.2,
            ],
        ],
        np.float32,
    )
    src = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    out = _texture(rng, H, W, bg)
    if shadow:
        sm = cv2.GaussianBlur(np.roll(mask, (14, 10), axis=(0, 1)), (0, 0), 12)
        out *= (1 - 0.45 * sm)[..., None]
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = 0.88 + 0.14 * ((np.cos(ang) * xx / W + np.sin(ang) * yy / H) + 0.5) / 1.5
    r = np.hypot(xx - W * rng.uniform(0.3, 0.7), yy - H * rng.uniform(0.3, 0.7)) / max(W, H)
    light = grad * (1.04 - 0.18 * r)
    if shadow:
        # a soft hand/phone shadow across one corner
        pts = np.array(
            [[0, H * rng.uniform(0.6, 0.8)], [W * rng.uniform(0.3, 0.5), H], [0, H]], np.int32
        )
        sh_mask = np.zeros((H, W), np.float32)
        cv2.fillPoly(sh_mask, [pts], 1.0)
        sh_mask = cv2.GaussianBlur(sh_mask, (0, 0), 40)
        light *= 1 - 0.3 * sh_mask
    out = out * light[..., None]
    out += rng.normal(0, 3.0, (H, W))[..., None].astype(np.float32)
    out = cv2.GaussianBlur(out, (0, 0), 0.6)
    return np.clip(out, 0, 255).astype(np.uint8)


def save_image(arr, path, quality=None):
    im = Image.fromarray(arr)
    if str(path).endswith(".jpg"):
        im.convert("RGB").save(
            path, "JPEG", quality=quality or 85, optimize=False, progressive=False
        )
    else:
        im.save(path, "PNG", optimize=False)


def image_pdf(arr, path, dpi):
    im = Image.fromarray(arr)
    h, w = arr.shape[:2]
    size = (w / dpi * 72, h / dpi * 72)
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.drawImage(ImageReader(im), 0, 0, size[0], size[1])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- registry

DOCS: dict[str, dict] = {}


def doc(name, kind, ext, country, label, img=None):
    def deco(fn):
        DOCS[name] = {
            "fn": fn,
            "kind": kind,
            "ext": ext,
            "country": country,
            "label": label,
            "img": img or {},
        }
        return fn

    return deco


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
    v = None if vat is None else q2(vat)
    if amount + (v or 0) + q2(tip) + q2(rounding) != total:
        raise AssertionError(f"{number}: {amount} + {v} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{amount:.2f}",
        "vat": None if v is None else f"{v:.2f}",
        "total": f"{total:.2f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": li_truth(items),
        "note": note,
        "_tip": f"{q2(tip):.2f}",
        "_rounding": f"{q2(rounding):.2f}",
    }


def table(pg, y, cols, rows, font="DV", size=8, lead=12, color=(0, 0, 0)):
    """cols: [(x, align)], rows: [[str]]; returns the y below the last row."""
    for row in rows:
        for (x, al), s in zip(cols, row, strict=False):
            pg.text(x, y, s, font, size, al, color)
        y -= lead
    return y


# ---------------------------------------------------------------- invoices


@doc("i01", "pdf", "pdf", "India", "GST tax invoice (CGST/SGST, HSN)")
def i01(path, rng):
    V = "Shreeji Polymers Private Limited"
    items = lines(
        [
            ("HDPE Granules HD50MA180 (blow grade)", "1250", "118.50", "3901", "Kg"),
            ("PP Woven Fabric Bags 50x90 cm, laminated", "1200", "14.75", "3923", "Nos"),
            ("LDPE Shrink Film 60 micron", "85", "162.00", "3920", "Kg"),
            ("Freight & Forwarding charges", "1", "2400.00", "9965", "Job"),
        ]
    )
    taxable = sum(i["a"] for i in items)
    cgst = q2(taxable * D("0.09"))
    sgst = cgst
    gross = taxable + cgst + sgst
    grand = q0(gross)
    ro = grand - gross

    def f(x):
        return fmt(x, indian=True)

    pg = Page(path, A4)
    W, H = A4
    L, R = 30, W - 30
    pg.text(W / 2, H - 40, "TAX INVOICE", "DVB", 14, "c")
    pg.text(R, H - 40, "(ORIGINAL FOR RECIPIENT)", "DV", 7, "r")
    top = H - 52
    pg.rect(L, 60, R - L, top - 60, stroke=(0, 0, 0), lw=0.8)
    mid = 300
    pg.line(mid, top, mid, top - 170)
    pg.text(L + 6, top - 16, V, "DVB", 11)
    pg.texts(
        L + 6,
        top - 30,
        [
            "Plot No. 214, GIDC Estate, Vatva",
            "Ahmedabad, Gujarat - 382445",
            "GSTIN/UIN: 24AAKCS4821M1Z6",
            "State Name: Gujarat, Code: 24",
            "CIN: U25209GJ2011PTC064512",
            "E-Mail: accounts@shreejipolymers.in",
        ],
        "DV",
        7.5,
        10,
    )
    kv = [
        ("Invoice No.", "SPPL/25-26/1187"),
        ("Dated", "14-03-2026"),
        ("Due Date", "13-04-2026"),
        ("Delivery Note", "DN-0942"),
        ("Mode/Terms of Payment", "30 days credit"),
        ("Buyer's Order No.", "PO/KP/2526/0311"),
        ("Dispatched through", "VRL Logistics"),
        ("E-Way Bill No.", "2412 8876 4301"),
    ]
    y = top - 14
    for k, v in kv:
        pg.text(mid + 6, y, k, "DV", 7)
        pg.text(mid + 112, y, v, "DVB", 7.5)
        y -= 12
    pg.line(L, top - 100, mid, top - 100)
    pg.text(L + 6, top - 110, "Buyer (Bill to)", "DV", 7)
    pg.texts(
        L + 6,
        top - 122,
        [
            "Kalpana Packaging Industries",
            "Survey No. 88, Changodar Industrial Area",
            "Sanand, Ahmedabad, Gujarat - 382213",
            "GSTIN/UIN: 24AAFFK7710Q1ZS   State Code: 24",
        ],
        "DV",
        7.5,
        10,
    )
    pg.line(L, top - 170, R, top - 170)
    ty = top - 184
    cols = [
        (L + 4, "l"),
        (L + 22, "l"),
        (300, "l"),
        (388, "r"),
        (394, "l"),
        (470, "r"),
        (R - 4, "r"),
    ]
    table(
        pg,
        ty,
        cols,
        [["Sl", "Description of Goods", "HSN/SAC", "Quantity", "", "Rate", "Amount"]],
        "DVB",
        7.5,
    )
    pg.line(L, ty - 5, R, ty - 5)
    rows = [
        [str(n + 1), i["d"], i["x"][0], fmt(i["q"], dec=0), i["x"][1], f(i["u"]), f(i["a"])]
        for n, i in enumerate(items)
    ]
    y = table(pg, ty - 18, cols, rows, "DV", 8, 16)
    y -= 6
    for lab, val in [
        ("Taxable Value", taxable),
        ("Output CGST @ 9%", cgst),
        ("Output SGST @ 9%", sgst),
        ("Round Off", ro),
    ]:
        pg.text(388, y, lab, "DVO", 8, "r")
        pg.text(R - 4, y, f(val), "DV", 8, "r")
        y -= 13
    pg.line(L, y + 4, R, y + 4)
    pg.text(388, y - 8, "Total", "DVB", 9, "r")
    pg.text(R - 4, y - 8, "₹ " + f(grand), "DVB", 10, "r")
    pg.line(L, y - 14, R, y - 14)
    y -= 28
    pg.text(L + 4, y, "Amount Chargeable (in words)", "DV", 7)
    pg.text(R - 4, y, "E. & O.E", "DVO", 7, "r")
    pg.text(L + 4, y - 12, f"INR {words_en(int(grand))} Only", "DVB", 8.5)
    y -= 32
    hcols = [(L + 4, "l"), (200, "r"), (250, "r"), (320, "r"), (370, "r"), (440, "r"), (R - 4, "r")]
    table(
        pg,
        y,
        hcols,
        [["HSN/SAC", "Taxable Value", "CGST Rate", "Amount", "SGST Rate", "Amount", "Total Tax"]],
        "DVB",
        7,
    )
    pg.line(L, y - 4, R, y - 4)
    y -= 15
    for hsn in ("3901", "3923", "3920", "9965"):
        tv = sum(i["a"] for i in items if i["x"][0] == hsn)
        c1 = q2(tv * D("0.09"))
        y = table(pg, y, hcols, [[hsn, f(tv), "9%", f(c1), "9%", f(c1), f(c1 + c1)]], "DV", 7, 11)
    pg.line(L, y + 6, R, y + 6)
    table(
        pg,
        y - 4,
        hcols,
        [["Total", f(taxable), "", f(cgst), "", f(sgst), f(cgst + sgst)]],
        "DVB",
        7,
    )
    y -= 24
    pg.text(
        L + 4,
        y,
        f"Tax Amount (in words): INR {words_en(int(cgst + sgst))} and {int((cgst + sgst) % 1 * 100)} paise Only",
        "DV",
        7.5,
    )
    y -= 30
    pg.texts(
        L + 4,
        y,
        [
            "Company's Bank Details",
            "Bank Name: HDFC Bank Ltd., Vatva Branch",
            "A/c No.: 50200041187265",
            "IFSC: HDFC0001923",
        ],
        "DV",
        7.5,
        10.5,
    )
    pg.text(R - 4, y, "for " + V, "DVB", 8, "r")
    pg.text(R - 4, y - 44, "Authorised Signatory", "DV", 7.5, "r")
    pg.text(
        L + 4,
        70,
        "Declaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.",
        "DV",
        6.2,
    )
    pg.text(
        W / 2,
        46,
        "SUBJECT TO AHMEDABAD JURISDICTION  -  This is a Computer Generated Invoice",
        "DV",
        6.5,
        "c",
    )
    pg.save()
    return truth(
        number="SPPL/25-26/1187",
        date="2026-03-14",
        due="2026-04-13",
        vendor=V,
        amount=taxable,
        vat=cgst + sgst,
        total=grand,
        rounding=ro,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Indian lakh grouping (1,81,995.00); CGST+SGST 9%+9% must be summed; round-off line -0.10; HSN summary table repeats the tax figures",
    )


@doc(
    "i02",
    "scan",
    "png",
    "Singapore",
    "GST tax invoice with deposit",
    img={"mode": "scan", "dpi": 200, "grey": True, "skew": -0.8, "blur": 0.6},
)
def i02(path, rng):
    V = "Kallang Precision Engineering Pte. Ltd."
    items = lines(
        [
            ("CNC milling - aluminium housing AH-220", "40", "38.50"),
            ("Clear anodising, per piece", "40", "6.20"),
            ("Jig & fixture set-up (one-off)", "1", "450.00"),
            ("CMM inspection report", "1", "180.00"),
        ]
    )
    sub = sum(i["a"] for i in items)
    gst = q2(sub * D("0.09"))
    tot = sub + gst
    dep = D("800.00")
    pg = Page(path, A4)
    _W, H = A4
    blue = (0.1, 0.25, 0.5)
    for r in (22, 15, 8):
        pg.circle(62, H - 62, r, fill=blue if r != 15 else (1, 1, 1))
    pg.text(94, H - 58, "KALLANG", "DVB", 20, color=blue)
    pg.text(94, H - 74, "PRECISION ENGINEERING", "DV", 9, color=blue)
    pg.texts(
        40,
        H - 104,
        [
            V,
            "21 Kallang Place, #04-07",
            "Singapore 339157",
            "Tel: +65 6294 1180",
            "UEN / GST Reg. No.: 201734567K",
        ],
        "DV",
        8,
        11,
    )
    pg.text(555, H - 66, "TAX INVOICE", "DVB", 22, "r")
    y = H - 104
    for k, v in [
        ("Invoice No.", "INV-2026-00412"),
        ("Invoice Date", "03/03/2026"),
        ("Terms", "30 days"),
        ("Due Date", "02/04/2026"),
        ("Your PO", "PO-88213"),
    ]:
        pg.text(440, y, k, "DV", 8, "r")
        pg.text(450, y, v, "DVB", 8)
        y -= 12
    pg.text(40, H - 180, "BILL TO", "DVB", 8, color=blue)
    pg.texts(
        40,
        H - 193,
        [
            "Orchid Medtech Pte Ltd",
            "Attn: Procurement (Ms. Tan Hui Min)",
            "8 Jurong Port Road, #02-11",
            "Singapore 619093",
        ],
        "DV",
        8.5,
        11.5,
    )
    ty = H - 260
    pg.rect(40, ty - 5, 515, 17, fill=blue, stroke=None)
    cols = [(46, "l"), (360, "r"), (450, "r"), (549, "r")]
    table(
        pg,
        ty,
        cols,
        [["Description", "Qty", "Unit Price (S$)", "Amount (S$)"]],
        "DVB",
        8,
        color=(1, 1, 1),
    )
    y = ty - 20
    for n, i in enumerate(items):
        if n % 2:
            pg.rect(40, y - 5, 515, 17, fill=(0.92, 0.94, 0.97), stroke=None)
        table(pg, y, cols, [[i["d"], qty_s(i["q"]), fmt(i["u"]), fmt(i["a"])]], "DV", 8.5)
        y -= 17
    pg.line(40, y + 6, 555, y + 6)
    y -= 10
    for lab, val, fnt in [
        ("Sub-total", sub, "DV"),
        ("GST 9%", gst, "DV"),
        ("Total (SGD)", tot, "DVB"),
        ("Less: Deposit received 20/02/2026", -dep, "DV"),
        ("Balance Due", tot - dep, "DVB"),
    ]:
        pg.text(450, y, lab, fnt, 9, "r")
        pg.text(549, y, fmt(val), fnt, 9, "r")
        y -= 15
    pg.texts(
        40,
        150,
        [
            "Payment by bank transfer to DBS Bank Ltd, A/C 072-901234-5",
            "or PayNow to UEN 201734567K (reference: INV-2026-00412).",
            "Goods remain the property of Kallang Precision until paid in full.",
        ],
        "DV",
        7.5,
        10.5,
    )
    pg.line(40, 80, 555, 80, lw=0.4)
    pg.text(
        297, 68, "This is a computer-generated invoice. No signature is required.", "DVO", 7, "c"
    )
    pg.save()
    return truth(
        number="INV-2026-00412",
        date="2026-03-03",
        due="2026-04-02",
        vendor=V,
        amount=sub,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="deposit deducted after the total: Balance Due (1,835.62) is not the invoice total (2,635.62)",
    )


@doc("i03", "pdf", "pdf", "Malaysia", "SST invoice (sales 10%/5% + service 8%), e-Invoice QR")
def i03(path, rng):
    V = "Teratai Office Solutions Sdn. Bhd."
    items = lines(
        [
            ("HP 58A Black Toner Cartridge (CF258A)", "6", "389.00", "ST10"),
            ("A4 Copier Paper 80gsm (box of 5 reams)", "10", "92.50", "ST5"),
            ("Copier maintenance contract - March 2026", "1", "680.00", "SV8"),
            ("On-site repair labour (hours)", "2.5", "120.00", "SV8"),
        ]
    )
    rates = {"ST10": D("0.10"), "ST5": D("0.05"), "SV8": D("0.08")}
    base = {k: sum(i["a"] for i in items if i["x"][0] == k) for k in rates}
    tax = {k: q2(base[k] * rates[k]) for k in rates}
    sub = sum(base.values())
    sst = sum(tax.values())
    tot = sub + sst
    pg = Page(path, A4)
    _W, H = A4
    pg.text(40, H - 60, V, "Helvetica-Bold", 15)
    pg.texts(
        40,
        H - 76,
        [
            "Company No. 201901023456 (1330456-X)   SST Reg. No. W10-1808-32000123",
            "Lot 12, Jalan Teknologi 3/5, Taman Sains Selangor, 47810 Petaling Jaya, Selangor",
            "Tel 03-6157 2290   billing@teratai-office.com.my",
        ],
        "Helvetica",
        8,
        10.5,
    )
    pg.line(40, H - 106, 555, H - 106, lw=1.5, color=(0.0, 0.45, 0.35))
    pg.text(555, H - 132, "INVOICE", "Helvetica-Bold", 18, "r")
    pg.texts(
        40,
        H - 130,
        [
            "Bill To:",
            "Pustaka Minda Enterprise",
            "No. 7, Jalan SS 2/24",
            "47300 Petaling Jaya, Selangor",
            "TIN: C23456789010",
        ],
        "Helvetica",
        9,
        12,
    )
    y = H - 152
    for k, v in [
        ("Invoice No", "TOS-INV-26-0387"),
        ("Date", "09/03/2026"),
        ("Terms", "30 Days"),
        ("Due Date", "08/04/2026"),
        ("Salesperson", "Aida R."),
    ]:
        pg.text(430, y, k + " :", "Helvetica", 9, "r")
        pg.text(436, y, v, "Helvetica-Bold", 9)
        y -= 12
    ty = H - 240
    pg.line(40, ty + 12, 555, ty + 12)
    cols = [(42, "l"), (62, "l"), (330, "r"), (410, "r"), (455, "c"), (553, "r")]
    table(
        pg,
        ty,
        cols,
        [["No", "Description", "Qty", "Unit Price (RM)", "Tax Code", "Amount (RM)"]],
        "Helvetica-Bold",
        8.5,
    )
    pg.line(40, ty - 5, 555, ty - 5)
    rows = [
        [str(n + 1), i["d"], qty_s(i["q"]), fmt(i["u"]), i["x"][0], fmt(i["a"])]
        for n, i in enumerate(items)
    ]
    y = table(pg, ty - 20, cols, rows, "Helvetica", 9, 16)
    pg.line(40, y + 8, 555, y + 8)
    y -= 8
    for lab, val in [
        ("Subtotal (excluding SST)", sub),
        ("Sales Tax 10% (ST10)", tax["ST10"]),
        ("Sales Tax 5% (ST5)", tax["ST5"]),
        ("Service Tax 8% (SV8)", tax["SV8"]),
    ]:
        pg.text(455, y, lab, "Helvetica", 9, "r")
        pg.text(553, y, fmt(val), "Helvetica", 9, "r")
        y -= 13
    pg.rect(330, y - 8, 225, 20, fill=(0.88, 0.95, 0.92), stroke=None)
    pg.text(455, y, "TOTAL PAYABLE (RM)", "Helvetica-Bold", 10, "r")
    pg.text(553, y, fmt(tot), "Helvetica-Bold", 10, "r")
    y -= 40
    st = [["Tax Summary", "Taxable (RM)", "Tax (RM)"]] + [
        [k + f" {int(rates[k] * 100)}%", fmt(base[k]), fmt(tax[k])] for k in rates
    ]
    table(pg, y, [(42, "l"), (200, "r"), (280, "r")], st, "Helvetica", 8, 11)
    pg.qr(440, 110, 90, rng, 29)
    pg.texts(
        42,
        180,
        [
            "Validated e-Invoice (MyInvois)",
            "UUID: F9D425P6DS7D8IU7PXTS2Y3N10",
            "Validated: 09/03/2026 14:22:51",
        ],
        "Helvetica",
        7.5,
        10,
    )
    pg.texts(
        42,
        120,
        [
            "Payment: Maybank 5123 4567 8901 (Teratai Office Solutions Sdn. Bhd.)",
            "Ringgit Malaysia: Four Thousand Five Hundred Ninety-Seven and Sen Five Only",
        ],
        "Helvetica",
        7.5,
        10,
    )
    pg.save()
    return truth(
        number="TOS-INV-26-0387",
        date="2026-03-09",
        due="2026-04-08",
        vendor=V,
        amount=sub,
        vat=sst,
        total=tot,
        currency="MYR",
        locale="en-MY",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="three SST lines (sales 10%, sales 5%, service 8%) sum to the tax; RM without currency code on amounts; e-Invoice UUID and QR",
    )


@doc(
    "i04",
    "photo",
    "jpg",
    "Indonesia",
    "faktur / invoice with PPN (DPP nilai lain)",
    img={"mode": "photo", "dpi": 170, "long_side": 2200, "quality": 72, "bg": "wood"},
)
def i04(path, rng):
    V = "PT Sinar Mulia Distribusi"
    items = lines(
        [
            ("Minyak Goreng Sania 2L (karton isi 6)", "40", "198000"),
            ("Sabun Cuci Piring 800ml (karton isi 12)", "30", "186500"),
            ("Tisu Wajah 250s (karton isi 24)", "18", "312000"),
            ("Deterjen Bubuk 1,8kg (karton isi 8)", "22", "254000"),
        ]
    )
    gross = sum(i["a"] for i in items)
    disc = q0(gross * D("0.02"))
    net = gross - disc
    dpp_lain = q0(net * 11 / D(12))
    ppn = q0(dpp_lain * D("0.12"))
    tot = net + ppn

    def f(x):
        return fmt(x, th=".", dp=",", dec=0)

    pg = Page(path, A4)
    W, H = A4
    red = (0.75, 0.1, 0.1)
    pg.poly([(40, H - 80), (64, H - 40), (88, H - 80)], fill=red)
    pg.text(100, H - 60, "PT SINAR MULIA DISTRIBUSI", "DVB", 15, color=red)
    pg.texts(
        100,
        H - 76,
        [
            "Jl. Raya Bekasi Km 21, Pulogadung, Jakarta Timur 13920",
            "NPWP: 0012 3456 7809 1000   Telp. (021) 460 8812",
        ],
        "DV",
        7.5,
        10,
    )
    pg.text(W / 2, H - 125, "FAKTUR PENJUALAN / INVOICE", "DVB", 13, "c")
    pg.texts(
        40,
        H - 155,
        [
            "Kepada Yth.",
            "Toko Sumber Rejeki",
            "Jl. Pasar Baru No. 45, Bogor 16121",
            "NPWP: 0098 7654 3210 9000",
        ],
        "DV",
        8.5,
        11.5,
    )
    y = H - 155
    for k, v in [
        ("No. Faktur", "INV/SMD/III/2026/0214"),
        ("Tanggal", "12 Maret 2026"),
        ("Jatuh Tempo", "11 April 2026"),
        ("No. Seri Faktur Pajak", "04002600012345678"),
        ("Sales", "Budi H."),
    ]:
        pg.text(340, y, k, "DV", 8.5)
        pg.text(440, y, ": " + v, "DV", 8.5)
        y -= 11.5
    ty = H - 235
    pg.rect(40, ty - 6, 515, 18, fill=(0.95, 0.9, 0.9), stroke=(0, 0, 0))
    cols = [(46, "l"), (66, "l"), (330, "r"), (340, "l"), (460, "r"), (549, "r")]
    table(
        pg,
        ty,
        cols,
        [["No", "Nama Barang", "Kuantitas", "", "Harga Satuan (Rp)", "Jumlah (Rp)"]],
        "DVB",
        8,
    )
    rows = [
        [str(n + 1), i["d"], f(i["q"]), "krt", f(i["u"]), f(i["a"])] for n, i in enumerate(items)
    ]
    y = table(pg, ty - 20, cols, rows, "DV", 8.5, 16)
    pg.line(40, y + 8, 555, y + 8)
    y -= 6
    for lab, val, fnt in [
        ("Jumlah Harga Jual", gross, "DV"),
        ("Dikurangi Potongan Harga (2%)", disc, "DV"),
        ("Dasar Pengenaan Pajak", net, "DV"),
        ("DPP Nilai Lain (11/12)", dpp_lain, "DV"),
        ("PPN 12% x DPP Nilai Lain", ppn, "DV"),
        ("TOTAL TAGIHAN", tot, "DVB"),
    ]:
        pg.text(430, y, lab, fnt, 9, "r")
        pg.text(549, y, "Rp " + f(val), fnt, 9, "r")
        y -= 14
    pg.texts(
        40,
        190,
        [
            "Pembayaran ditransfer ke:",
            "Bank Central Asia (BCA) KCU Rawamangun",
            "No. Rek. 084 123 4567 a.n. PT Sinar Mulia Distribusi",
        ],
        "DV",
        8,
        11,
    )
    pg.text(460, 190, "Hormat kami,", "DV", 8.5, "c")
    pg.line(410, 130, 510, 130)
    pg.text(460, 118, "Finance", "DV", 8, "c")
    pg.text(
        W / 2,
        60,
        "Barang yang sudah dibeli tidak dapat dikembalikan kecuali ada perjanjian.",
        "DVO",
        7,
        "c",
    )
    pg.save()
    return truth(
        number="INV/SMD/III/2026/0214",
        date="2026-03-12",
        due="2026-04-11",
        vendor=V,
        amount=net,
        vat=ppn,
        total=tot,
        currency="IDR",
        locale="id-ID",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="IDR without decimals, dot thousands; 2% discount; net = DPP after discount (not the DPP Nilai Lain line); Indonesian month names; tax invoice serial number is not the invoice number",
    )


@doc("i05", "pdf", "pdf", "Japan", "qualified invoice (T-number, 10% and 8%)")
def i05(path, rng):
    V = "Kobayashi Shoji Co., Ltd."
    items = lines(
        [
            ("* Koshihikari rice 5 kg", "20", "2980", "8"),
            ("* Sencha green tea leaves 200 g", "30", "1150", "8"),
            ("Paper cups 8 oz (1,000 pcs)", "4", "4800", "10"),
            ("Disposable chopsticks (5,000 pairs)", "2", "6300", "10"),
            ("Delivery fee", "1", "2200", "10"),
        ]
    )
    b10 = sum(i["a"] for i in items if i["x"][0] == "10")
    b8 = sum(i["a"] for i in items if i["x"][0] == "8")
    t10, t8 = q0(b10 * D("0.10")), q0(b8 * D("0.08"))
    sub = b10 + b8
    tot = sub + t10 + t8

    def y_(x):
        return "¥" + fmt(x, dec=0)

    pg = Page(path, A4)
    W, H = A4
    pg.text(W / 2, H - 60, "INVOICE", "DVSB", 22, "c")
    pg.text(W / 2, H - 76, "(Seikyusho)", "DVS", 9, "c")
    pg.text(50, H - 120, "Hoshino Foods K.K.   Messrs.", "DVS", 13)
    pg.line(50, H - 125, 280, H - 125)
    pg.text(50, H - 145, "We hereby invoice you as follows.", "DVS", 8.5)
    y = H - 110
    for k, v in [("Date", "2026/03/15"), ("Invoice No.", "KS-260315-07")]:
        pg.text(430, y, k, "DVS", 8.5, "r")
        pg.text(440, y, v, "DVS", 8.5)
        y -= 12
    pg.texts(
        360,
        H - 150,
        [
            V,
            "2-8-14 Awaji-machi, Chuo-ku",
            "Osaka 541-0047",
            "TEL 06-6203-4471",
            "Registration No. T4120001123456",
        ],
        "DVS",
        8.5,
        11.5,
    )
    red = (0.8, 0.15, 0.1)
    pg.rect(510, H - 190, 40, 40, fill=None, stroke=red, lw=1.5)
    pg.circle(530, H - 170, 12, fill=(1, 1, 1), stroke=red)
    pg.rect(50, H - 205, 260, 34, fill=(0.93, 0.93, 0.93), stroke=(0, 0, 0))
    pg.text(58, H - 192, "Amount billed", "DVS", 9)
    pg.text(302, H - 194, y_(tot) + " -", "DVSB", 15, "r")
    pg.text(50, H - 222, "Payment due: 2026/04/30", "DVS", 9)
    ty = H - 260
    cols = [(56, "l"), (360, "r"), (440, "r"), (540, "r")]
    pg.rect(50, ty - 6, 495, 18, fill=(0.85, 0.88, 0.95), stroke=(0, 0, 0))
    table(pg, ty, cols, [["Item", "Qty", "Unit price", "Amount"]], "DVSB", 9)
    y = ty - 22
    for i in items:
        table(pg, y, cols, [[i["d"], qty_s(i["q"]), y_(i["u"]), y_(i["a"])]], "DVS", 9)
        pg.line(50, y - 6, 545, y - 6, lw=0.3)
        y -= 18
    y -= 8
    for lab, val in [
        ("Subtotal (excl. tax)", sub),
        ("10% target  " + y_(b10) + "   Tax", t10),
        ("8% target   " + y_(b8) + "   Tax", t8),
        ("Total (incl. tax)", tot),
    ]:
        pg.text(440, y, lab, "DVS", 9, "r")
        pg.text(540, y, y_(val), "DVSB" if lab.startswith("Total") else "DVS", 9, "r")
        y -= 14
    pg.text(56, y - 10, "* Reduced tax rate (8%) item", "DVS", 8)
    pg.rect(50, 80, 495, 70, fill=None, stroke=(0, 0, 0))
    pg.texts(
        58,
        136,
        [
            "Remarks / Bank transfer:",
            "MUFG Bank, Semba Branch (No. 058)  Ordinary 1234567  Kobayashi Shoji Co., Ltd.",
            "Transfer fees are to be borne by the customer.",
        ],
        "DVS",
        8,
        12,
    )
    pg.save()
    return truth(
        number="KS-260315-07",
        date="2026-03-15",
        due="2026-04-30",
        vendor=V,
        amount=sub,
        vat=t10 + t8,
        total=tot,
        currency="JPY",
        locale="ja-JP",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="JPY without decimals; tax printed per rate (10% and 8%) must be summed; amount billed shown as '¥139,028 -' in a box; yyyy/mm/dd dates",
    )


@doc(
    "i06",
    "scan",
    "jpg",
    "South Korea",
    "electronic tax invoice (grid form)",
    img={"mode": "scan", "dpi": 220, "grey": False, "skew": 1.1, "blur": 0.8, "quality": 80},
)
def i06(path, rng):
    V = "Hanbit Materials Co., Ltd."
    items = lines(
        [
            ("Stainless bolt M10x40 SUS304", "2000", "320"),
            ("Hex nut M10 SUS304", "2000", "85"),
            ("Spring washer M10", "2000", "40"),
            ("Anchor bolt M12x120", "500", "1450"),
        ]
    )
    sup = sum(i["a"] for i in items)
    tax = q0(sup * D("0.10"))
    tot = sup + tax

    def w(x):
        return fmt(x, dec=0)

    red = (0.8, 0.1, 0.1)
    pg = Page(path, A4, margin=6)
    W, H = A4
    L, R = 36, W - 36
    pg.rect(L, H - 90, R - L, 50, fill=None, stroke=red, lw=1.2)
    pg.text(W / 2, H - 62, "TAX INVOICE", "DVB", 18, "c", red)
    pg.text(W / 2, H - 78, "(Jeonja Segeum Gyesanseo - supplier's copy)", "DV", 8, "c", red)
    pg.text(R - 6, H - 52, "Approval No.", "DV", 7, "r", red)
    pg.text(R - 6, H - 64, "20260312-41000087-52a8c3f1", "DVM", 7.5, "r")
    top = H - 90
    mid = W / 2
    pg.rect(L, top - 120, R - L, 120, fill=None, stroke=red, lw=1)
    pg.line(mid, top, mid, top - 120, color=red)
    for side, x0, data in (
        (
            "SUPPLIER",
            L,
            [
                ("Reg. No.", "214-86-53271"),
                ("Company", V),
                ("CEO", "Park Ji-hoon"),
                ("Address", "123 Teheran-ro, Gangnam-gu, Seoul"),
                ("Business", "Wholesale / Fasteners"),
                ("E-mail", "tax@hanbitmat.co.kr"),
            ],
        ),
        (
            "RECIPIENT",
            mid,
            [
                ("Reg. No.", "617-81-20945"),
                ("Company", "Daesung Steel Works Co."),
                ("CEO", "Kim Min-seo"),
                ("Address", "45 Gongdan-ro, Changwon, Gyeongnam"),
                ("Business", "Manufacturing / Steel"),
                ("E-mail", "ap@daesungsw.kr"),
            ],
        ),
    ):
        pg.text(x0 + 6, top - 12, side, "DVB", 7.5, color=red)
        yy = top - 28
        for k, v in data:
            pg.text(x0 + 6, yy, k, "DV", 7, color=red)
            pg.text(x0 + 58, yy, v, "DV", 7.5)
            pg.line(x0, yy - 5, x0 + mid - L, yy - 5, lw=0.3, color=red)
            yy -= 15
    y = top - 138
    pg.rect(L, y - 26, R - L, 34, fill=None, stroke=red)
    for x, lab, val in (
        (L + 6, "Date of issue", "2026-03-12"),
        (200, "Supply value", w(sup)),
        (340, "Tax amount", w(tax)),
        (470, "Remarks", "-"),
    ):
        pg.text(x, y - 2, lab, "DV", 7, color=red)
        pg.text(x, y - 17, val, "DVB", 9)
    y -= 50
    cols = [
        (L + 6, "l"),
        (L + 26, "l"),
        (L + 48, "l"),
        (340, "r"),
        (400, "r"),
        (470, "r"),
        (R - 6, "r"),
    ]
    table(
        pg,
        y,
        cols,
        [["Mon", "Day", "Item / Spec", "Qty", "Unit price", "Supply value", "Tax"]],
        "DV",
        7.5,
        color=red,
    )
    pg.line(L, y - 5, R, y - 5, color=red)
    y -= 18
    for i in items:
        table(
            pg,
            y,
            cols,
            [["03", "12", i["d"], w(i["q"]), w(i["u"]), w(i["a"]), w(q0(i["a"] * D("0.1")))]],
            "DV",
            8,
        )
        pg.line(L, y - 6, R, y - 6, lw=0.3, color=red)
        y -= 17
    pg.rect(L, y - 40, R - L, 44, fill=None, stroke=red)
    for x, lab, val in (
        (L + 6, "Total amount (KRW)", w(tot)),
        (180, "Cash", "-"),
        (240, "Cheque", "-"),
        (300, "Note", "-"),
        (360, "Credit", w(tot)),
    ):
        pg.text(x, y - 12, lab, "DV", 7, color=red)
        pg.text(x, y - 28, val, "DVB", 9)
    pg.text(R - 6, y - 12, "This amount is CLAIMED", "DVB", 8, "r", red)
    pg.text(
        W / 2,
        60,
        "Issued via the National Tax Service e-Tax invoice system. Transmission date 2026-03-12.",
        "DV",
        7,
        "c",
    )
    pg.save()
    return truth(
        number="20260312-41000087-52a8c3f1",
        date="2026-03-12",
        due=None,
        vendor=V,
        amount=sup,
        vat=tax,
        total=tot,
        currency="KRW",
        locale="ko-KR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="red-lined grid form, supplier and recipient side by side (both with Reg. No./Company); number is the NTS approval number; KRW without decimals; no due date",
    )


@doc("i07", "pdf", "pdf", "UAE", "VAT tax invoice (TRN), transliterated labels")
def i07(path, rng):
    V = "Al Noor Building Materials Trading L.L.C."
    items = lines(
        [
            ("OPC Cement 50 kg bag", "400", "17.50"),
            ("Steel rebar 12 mm (per ton)", "3.5", "2640.00"),
            ("Hollow concrete block 20 cm", "1500", "3.35"),
            ("Transport & offloading - Al Quoz site", "1", "650.00"),
        ]
    )
    net = sum(i["a"] for i in items)
    vat = sum(q2(i["a"] * D("0.05")) for i in items)
    tot = net + vat
    pg = Page(path, A4)
    W, H = A4
    green = (0.05, 0.4, 0.25)
    pg.rect(0, H - 95, W, 95, fill=green, stroke=None)
    pg.text(40, H - 45, "AL NOOR", "DVB", 24, color=(1, 1, 1))
    pg.text(40, H - 62, "BUILDING MATERIALS TRADING L.L.C.", "DV", 9, color=(1, 1, 1))
    pg.texts(
        555,
        H - 35,
        [
            "P.O. Box 123987, Al Quoz Industrial 3, Dubai, U.A.E.",
            "Tel +971 4 338 1290  |  sales@alnoorbm.ae",
            "TRN: 100234567800003",
        ],
        "DV",
        7.5,
        11,
        "r",
        (1, 1, 1),
    )
    pg.text(W / 2, H - 130, "TAX INVOICE", "DVB", 16, "c")
    pg.text(W / 2, H - 145, "Fatoora Daribiya", "DVO", 9, "c")
    y = H - 180
    for k, v in [
        ("Invoice No. / Raqam al-Fatoora", "ANB-TI-26-01562"),
        ("Invoice Date / al-Tarikh", "18-Mar-2026"),
        ("Due Date / Tarikh al-Istihqaq", "17-Apr-2026"),
        ("LPO Ref.", "LPO-7741"),
    ]:
        pg.text(330, y, k, "DV", 8)
        pg.text(555, y, v, "DVB", 8.5, "r")
        y -= 13
    pg.texts(
        40,
        H - 180,
        [
            "Customer / al-Ameel:",
            "Emirates Vertex Contracting L.L.C.",
            "Plot 45, Dubai Investments Park 2, Dubai",
            "Customer TRN: 100567890100003",
        ],
        "DV",
        8.5,
        13,
    )
    ty = H - 260
    cols = [(44, "l"), (64, "l"), (290, "r"), (350, "r"), (420, "r"), (480, "r"), (551, "r")]
    pg.rect(40, ty - 18, 515, 30, fill=(0.9, 0.95, 0.92), stroke=(0, 0, 0))
    table(
        pg,
        ty,
        cols,
        [
            [
                "#",
                "Description / al-Wasf",
                "Qty",
                "Unit Price",
                "Taxable Amt",
                "VAT 5%",
                "Total (AED)",
            ]
        ],
        "DVB",
        7.5,
    )
    table(
        pg,
        ty - 12,
        cols,
        [["", "", "al-Kammiya", "Sier al-Wahda", "", "Qeemat al-Dareeba", ""]],
        "DVO",
        6,
    )
    y = ty - 34
    for n, i in enumerate(items):
        v = q2(i["a"] * D("0.05"))
        table(
            pg,
            y,
            cols,
            [
                [
                    str(n + 1),
                    i["d"],
                    qty_s(i["q"]),
                    fmt(i["u"]),
                    fmt(i["a"]),
                    fmt(v),
                    fmt(i["a"] + v),
                ]
            ],
            "DV",
            8,
        )
        pg.line(40, y - 6, 555, y - 6, lw=0.3)
        y -= 18
    y -= 10
    for lab, val, fnt in [
        ("Total (Excl. VAT) / al-Majmoo qabl al-Dareeba", net, "DV"),
        ("VAT @ 5% / Dareebat al-Qeema al-Mudafa", vat, "DV"),
        ("Total Amount Due (AED) / al-Ijmali", tot, "DVB"),
    ]:
        pg.text(470, y, lab, fnt, 8.5, "r")
        pg.text(551, y, fmt(val), fnt, 9, "r")
        y -= 15
    pg.text(
        44,
        y - 10,
        "Amount in words: UAE Dirhams Twenty-Three Thousand Ten and 75/100 only",
        "DVO",
        8,
    )
    pg.texts(
        44,
        150,
        [
            "Bank: Emirates NBD, Al Quoz Branch",
            "Account name: Al Noor Building Materials Trading L.L.C.",
            "IBAN: AE07 0260 0010 1523 4567 801   SWIFT: EBILAEAD",
        ],
        "DV",
        8,
        11,
    )
    pg.text(551, 150, "Received by: ____________________", "DV", 8, "r")
    pg.text(
        W / 2,
        50,
        "Goods once sold will not be taken back. Please quote invoice number with payment.",
        "DV",
        7,
        "c",
    )
    pg.save()
    return truth(
        number="ANB-TI-26-01562",
        date="2026-03-18",
        due="2026-04-17",
        vendor=V,
        amount=net,
        vat=vat,
        total=tot,
        currency="AED",
        locale="en-AE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="labels in English plus Arabic transliteration; per-line VAT and total-incl-VAT columns; dd-Mon-yyyy dates; customer TRN next to seller TRN",
    )


@doc(
    "i08",
    "scan",
    "pdf",
    "South Africa",
    "tax invoice with zero-rated produce (image-only PDF)",
    img={
        "mode": "scan",
        "dpi": 200,
        "grey": True,
        "skew": 1.5,
        "blur": 0.7,
        "specks": 80,
        "pdf": True,
    },
)
def i08(path, rng):
    V = "Karoo Fresh Produce (Pty) Ltd"
    items = lines(
        [
            ("Butternut, 10 kg pocket", "60", "89.50", "Z"),
            ("Potatoes (Mondial), 10 kg pocket", "80", "72.00", "Z"),
            ("Oranges (Navel), 15 kg carton", "40", "148.00", "Z"),
            ("Cardboard cartons, printed", "200", "6.85", "S"),
            ("Cold-chain delivery: Cape Town DC", "1", "1450.00", "S"),
        ]
    )
    zr = sum(i["a"] for i in items if i["x"][0] == "Z")
    st = sum(i["a"] for i in items if i["x"][0] == "S")
    vat = q2(st * D("0.15"))
    net = zr + st
    tot = net + vat

    def f(x):
        return fmt(x, th=" ", dp=",")

    pg = Page(path, A4)
    _W, H = A4
    pg.text(40, H - 60, "Karoo Fresh", "DVSB", 26)
    pg.text(40, H - 76, "PRODUCE", "DVS", 10)
    pg.texts(
        555,
        H - 46,
        [
            V,
            "Reg. No. 2014/123456/07",
            "VAT No. 4123456789",
            "14 Voortrekker Road, Oudtshoorn, 6625",
            "Tel 044 272 1190",
        ],
        "DVS",
        8,
        11,
        "r",
    )
    pg.line(40, H - 110, 555, H - 110, lw=1.2)
    pg.text(40, H - 135, "TAX INVOICE", "DVSB", 15)
    pg.texts(
        40,
        H - 160,
        [
            "To: Table Bay Fresh Markets (Pty) Ltd",
            "Unit 5, Montague Park, Montague Gardens, 7441",
            "Customer VAT No. 4987001234",
        ],
        "DVS",
        8.5,
        12,
    )
    y = H - 135
    for k, v in [
        ("Invoice", "KFP 048213"),
        ("Date", "2026/03/05"),
        ("Account", "TBF001"),
        ("Order no.", "TB-55120"),
        ("Due", "2026/04/04"),
    ]:
        pg.text(420, y, k, "DVS", 8.5)
        pg.text(555, y, v, "DVSB", 8.5, "r")
        y -= 12
    ty = H - 230
    pg.line(40, ty + 12, 555, ty + 12)
    cols = [(42, "l"), (320, "r"), (400, "r"), (430, "c"), (553, "r")]
    table(
        pg,
        ty,
        cols,
        [["Description", "Qty", "Price excl.", "VAT", "Amount excl. (R)"]],
        "DVSB",
        8.5,
    )
    pg.line(40, ty - 5, 555, ty - 5)
    rows = [
        [i["d"], qty_s(i["q"]), f(i["u"]), "0%" if i["x"][0] == "Z" else "15%", f(i["a"])]
        for i in items
    ]
    y = table(pg, ty - 20, cols, rows, "DVS", 9, 16)
    pg.line(40, y + 8, 555, y + 8)
    y -= 8
    for lab, val, fnt in [
        ("Zero-rated supplies", zr, "DVS"),
        ("Standard-rated supplies", st, "DVS"),
        ("Total excl. VAT", net, "DVS"),
        ("VAT @ 15%", vat, "DVS"),
        ("TOTAL (incl. VAT)", tot, "DVSB"),
    ]:
        pg.text(440, y, lab, fnt, 9, "r")
        pg.text(553, y, "R " + f(val), fnt, 9, "r")
        y -= 14
    pg.texts(
        42,
        140,
        [
            "Banking details: FNB Oudtshoorn, branch 210614",
            "Account 62812345678 (cheque) - reference KFP 048213",
            "E&OE. Prices in South African Rand.",
        ],
        "DVS",
        8,
        11,
    )
    pg.save()
    return truth(
        number="KFP 048213",
        date="2026-03-05",
        due="2026-04-04",
        vendor=V,
        amount=net,
        vat=vat,
        total=tot,
        currency="ZAR",
        locale="en-ZA",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="image-only PDF (no text layer); space thousands and decimal comma (R 20 293,00); VAT only on standard-rated lines, zero-rated produce; yyyy/mm/dd dates",
    )


@doc(
    "i09",
    "scan",
    "png",
    "Kenya",
    "eTIMS tax invoice (KRA PIN, CU number, QR)",
    img={"mode": "scan", "dpi": 180, "grey": False, "skew": -0.6, "blur": 0.5},
)
def i09(path, rng):
    V = "Tsavo Office Supplies Ltd"
    items = lines(
        [
            ("Photocopy paper A4 80gsm (ream)", "50", "650.00", "B"),
            ("Ballpoint pens blue (box of 50)", "10", "1150.00", "B"),
            ("Box files, foolscap", "40", "245.00", "B"),
            ("Exercise books 96 pages (dozen)", "20", "780.00", "C"),
        ]
    )
    b = sum(i["a"] for i in items if i["x"][0] == "B")
    cz = sum(i["a"] for i in items if i["x"][0] == "C")
    vat = q2(b * D("0.16"))
    net = b + cz
    tot = net + vat
    pg = Page(path, A4)
    _W, H = A4
    orange = (0.85, 0.45, 0.05)
    pg.rect(40, H - 80, 40, 40, fill=orange, stroke=None)
    pg.text(60, H - 66, "T", "DVB", 24, "c", (1, 1, 1))
    pg.text(90, H - 55, "TSAVO OFFICE SUPPLIES LTD", "DVB", 13)
    pg.text(
        90, H - 70, "Moi Avenue, Kimathi House 3rd Floor, P.O. Box 4412-00100 Nairobi", "DV", 7.5
    )
    pg.text(90, H - 81, "KRA PIN: P051234567Q   Tel: 0722 418 903", "DV", 7.5)
    pg.text(555, H - 110, "TAX INVOICE", "DVB", 16, "r")
    pg.texts(
        40,
        H - 110,
        ["Bill to:", "Greenfield Academy", "Ngong Road, Nairobi", "Buyer PIN: P051998877M"],
        "DV",
        8.5,
        12,
    )
    y = H - 130
    for k, v in [
        ("Invoice No:", "TOS/INV/2026/0331"),
        ("Date:", "21/03/2026"),
        ("Due Date:", "20/04/2026"),
        ("LPO:", "GA-LPO-118"),
    ]:
        pg.text(440, y, k, "DV", 8.5, "r")
        pg.text(446, y, v, "DVB", 8.5)
        y -= 12
    ty = H - 200
    pg.rect(40, ty - 5, 515, 17, fill=(0.98, 0.9, 0.8), stroke=None)
    cols = [(44, "l"), (300, "r"), (380, "r"), (412, "c"), (551, "r")]
    table(pg, ty, cols, [["Item", "Qty", "Unit Price", "Tax", "Amount (KES)"]], "DVB", 8.5)
    rows = [[i["d"], qty_s(i["q"]), fmt(i["u"]), i["x"][0], fmt(i["a"])] for i in items]
    y = table(pg, ty - 20, cols, rows, "DV", 9, 16)
    pg.line(40, y + 8, 555, y + 8)
    y -= 8
    for lab, val, fnt in [
        ("Taxable (B) 16%", b, "DV"),
        ("Zero-rated (C) 0%", cz, "DV"),
        ("Total before tax", net, "DV"),
        ("VAT (B) 16%", vat, "DV"),
        ("TOTAL KES", tot, "DVB"),
    ]:
        pg.text(440, y, lab, fnt, 9, "r")
        pg.text(551, y, fmt(val), fnt, 9, "r")
        y -= 14
    y -= 14
    pg.rect(40, 70, 515, 150, fill=None, stroke=(0.3, 0.3, 0.3))
    pg.text(50, 204, "eTIMS / SCU INFORMATION", "DVB", 8)
    pg.texts(
        50,
        188,
        [
            "SCU ID: KRACU0100012345",
            "CU Invoice No.: KRACU0100012345/418",
            "Internal Data: 6VQK-ZT3E-4MJR-2PLW-8HXA-N5DC",
            "Receipt Signature: R7GM-2K4W-QX8T-9BNC",
            "Date/Time: 21/03/2026 10:42:17",
        ],
        "DVM",
        7.5,
        11,
    )
    pg.qr(440, 90, 100, rng)
    pg.text(
        50, 84, "Verify this invoice on the KRA eTIMS portal by scanning the QR code.", "DVO", 7
    )
    pg.save()
    return truth(
        number="TOS/INV/2026/0331",
        date="2026-03-21",
        due="2026-04-20",
        vendor=V,
        amount=net,
        vat=vat,
        total=tot,
        currency="KES",
        locale="en-KE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="tax codes B (16%) and C (0%); the CU invoice number in the eTIMS box is not the invoice number; dd/mm/yyyy",
    )


@doc("i10", "pdf", "pdf", "Turkey", "freight forwarder e-Fatura, two pages, mixed KDV 20%/0%")
def i10(path, rng):
    V = "Anadolu Lojistik ve Taşımacılık A.Ş."
    items = lines(
        [
            ("Deniz navlunu Shanghai - Mersin 1x40HC", "1", "96450.00", "0"),
            ("Yurt dışı liman masrafları (THC origin)", "1", "8920.00", "0"),
            ("Mersin liman hizmet bedeli (THC)", "1", "12600.00", "20"),
            ("Konşimento teslim ücreti", "1", "2150.00", "20"),
            ("Gümrük müşavirlik hizmeti", "1", "7500.00", "20"),
            ("Antrepo ardiye (gün)", "4", "1850.00", "20"),
            ("Yurt içi taşıma Mersin - Gaziantep", "1", "18750.00", "20"),
            ("Konteyner yıkama", "1", "1200.00", "20"),
            ("Evrak ve dosya masrafı", "1", "950.00", "20"),
            ("Ordino bedeli", "1", "1600.00", "20"),
        ]
    )
    b20 = sum(i["a"] for i in items if i["x"][0] == "20")
    b0 = sum(i["a"] for i in items if i["x"][0] == "0")
    kdv = q2(b20 * D("0.20"))
    net = b20 + b0
    tot = net + kdv

    def f(x):
        return fmt(x, th=".", dp=",")

    pg = Page(path, A4)
    _W, H = A4
    navy = (0.05, 0.15, 0.35)

    def header(p):
        pg.poly([(40, H - 40), (80, H - 40), (60, H - 75)], fill=navy)
        pg.poly([(62, H - 78), (100, H - 78), (82, H - 45)], fill=(0.85, 0.3, 0.1))
        pg.text(110, H - 55, "ANADOLU LOJİSTİK", "DVB", 14, color=navy)
        pg.texts(
            110,
            H - 69,
            [
                V,
                "Atatürk Cad. No: 118/4, 33010 Akdeniz / Mersin",
                "Kozyatağı V.D.  VKN: 0680123456   Mersis: 0068012345600017",
            ],
            "DV",
            7.5,
            10,
        )
        pg.text(555, H - 50, "e-FATURA", "DVB", 14, "r", navy)
        pg.text(555, H - 64, f"Sayfa {p} / 2", "DV", 8, "r")

    header(1)
    pg.rect(40, H - 215, 250, 95, fill=None, stroke=navy)
    pg.texts(
        48,
        H - 135,
        [
            "SAYIN",
            "Güneydoğu Tekstil San. ve Tic. Ltd. Şti.",
            "4. OSB, 83405 Nolu Cad. No: 12",
            "Şehitkamil / Gaziantep",
            "Şehitkamil V.D.  VKN: 4010567890",
            "Tel: 0342 337 2200",
        ],
        "DV",
        8,
        12,
    )
    y = H - 135
    for k, v in [
        ("Özelleştirme No", "TR1.2"),
        ("Senaryo", "TEMELFATURA"),
        ("Fatura Tipi", "SATIS"),
        ("Fatura No", "ALT2026000001482"),
        ("Fatura Tarihi", "10.03.2026"),
        ("Son Ödeme Tarihi", "09.04.2026"),
        ("Konşimento No", "COSU6412987350"),
    ]:
        pg.text(330, y, k, "DV", 8)
        pg.text(430, y, ": " + v, "DVB", 8)
        y -= 12
    pg.text(40, H - 232, "ETTN: 7c1f3a52-9e84-4b6d-a0f2-51d8e6b3c947", "DVM", 7)
    cols = [(44, "l"), (62, "l"), (300, "r"), (370, "r"), (420, "r"), (551, "r")]

    def head(yy):
        pg.rect(40, yy - 6, 515, 18, fill=navy, stroke=None)
        table(
            pg,
            yy,
            cols,
            [["#", "Mal / Hizmet", "Miktar", "Birim Fiyat", "KDV %", "Tutar (TL)"]],
            "DVB",
            8,
            color=(1, 1, 1),
        )

    head(H - 260)
    y = H - 282
    for n, i in enumerate(items[:6]):
        table(
            pg,
            y,
            cols,
            [[str(n + 1), i["d"], qty_s(i["q"]), f(i["u"]), "%" + i["x"][0], f(i["a"])]],
            "DV",
            8.5,
        )
        pg.line(40, y - 7, 555, y - 7, lw=0.3)
        y -= 20
    pg.text(551, 70, "Devamı sonraki sayfada / continued on page 2", "DVO", 8, "r")
    pg.new_page()
    header(2)
    head(H - 120)
    y = H - 142
    for n, i in enumerate(items[6:], start=6):
        table(
            pg,
            y,
            cols,
            [[str(n + 1), i["d"], qty_s(i["q"]), f(i["u"]), "%" + i["x"][0], f(i["a"])]],
            "DV",
            8.5,
        )
        pg.line(40, y - 7, 555, y - 7, lw=0.3)
        y -= 20
    y -= 14
    for lab, val, fnt in [
        ("Mal Hizmet Toplam Tutarı", net, "DV"),
        ("KDV Matrahı (%20)", b20, "DV"),
        ("Hesaplanan KDV (%20)", kdv, "DV"),
        ("KDV İstisna Matrahı (%0, md. 14)", b0, "DV"),
        ("Vergiler Dahil Toplam Tutar", tot, "DVB"),
        ("Ödenecek Tutar", tot, "DVB"),
    ]:
        pg.text(440, y, lab, fnt, 8.5, "r")
        pg.text(551, y, f(val) + " TL", fnt, 8.5, "r")
        y -= 14
    y -= 10
    pg.texts(
        44,
        y,
        [
            "Not: Uluslararası taşımacılık hizmetleri 3065 sayılı KDV Kanunu 14. madde uyarınca KDV'den istisnadır.",
            "Yalnız: Yüz Altmış Yedi Bin Dokuz Yüz Elli Türk Lirası Sıfır Kuruş",
            "Banka: Türkiye İş Bankası Mersin Şb.  IBAN: TR12 0006 4000 0012 3456 7890 12",
        ],
        "DV",
        7.5,
        11,
    )
    pg.save()
    return truth(
        number="ALT2026000001482",
        date="2026-03-10",
        due="2026-04-09",
        vendor=V,
        amount=net,
        vat=kdv,
        total=tot,
        currency="TRY",
        locale="tr-TR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="two pages, totals on page 2; dot thousands/decimal comma; KDV 20% on local charges, ocean freight exempt (0%); Turkish labels and letters; ETTN UUID is not the invoice number",
    )


@doc(
    "i11",
    "photo",
    "jpg",
    "Thailand",
    "hotel folio / tax invoice, service charge + VAT",
    img={"mode": "photo", "dpi": 170, "long_side": 2100, "quality": 68, "bg": "granite"},
)
def i11(path, rng):
    V = "Chao Phraya Riverside Hotel Co., Ltd."
    items = lines(
        [
            ("19/03/2026  Room 1208 Deluxe River View", "1", "3200.00"),
            ("20/03/2026  Room 1208 Deluxe River View", "1", "3200.00"),
            ("20/03/2026  Minibar", "1", "420.00"),
            ("21/03/2026  Room 1208 Deluxe River View", "1", "3200.00"),
            ("21/03/2026  Laundry", "1", "380.00"),
            ("21/03/2026  The Terrace Restaurant", "1", "1250.00"),
        ]
    )
    sub = sum(i["a"] for i in items)
    svc = q2(sub * D("0.10"))
    before = sub + svc
    vat = q2(before * D("0.07"))
    tot = before + vat
    pg = Page(path, A4)
    W, H = A4
    gold = (0.6, 0.45, 0.15)
    pg.circle(W / 2, H - 58, 20, fill=gold)
    pg.circle(W / 2, H - 58, 14, fill=(1, 1, 1))
    pg.poly([(W / 2 - 10, H - 66), (W / 2, H - 48), (W / 2 + 10, H - 66)], fill=gold)
    pg.text(W / 2, H - 98, "CHAO PHRAYA RIVERSIDE HOTEL", "DVSB", 15, "c", gold)
    pg.text(
        W / 2,
        H - 112,
        "2457 Charoen Krung Road, Bang Kho Laem, Bangkok 10120  Tel +66 2 688 1000",
        "DVS",
        7.5,
        "c",
    )
    pg.text(W / 2, H - 123, V + " (Head Office)   Tax ID 0105558123456", "DVS", 7.5, "c")
    pg.text(W / 2, H - 150, "TAX INVOICE / RECEIPT", "DVSB", 12, "c")
    pg.texts(
        50,
        H - 180,
        [
            "Guest: Mr. Daniel Okafor",
            "Company: Lagos Maritime Services",
            "Room: 1208   Guests: 1",
            "Arrival: 19/03/2026   Departure: 22/03/2026",
        ],
        "DVS",
        8.5,
        12,
    )
    y = H - 180
    for k, v in [
        ("Folio No.", "87412"),
        ("Tax Invoice No.", "TI2603-004512"),
        ("Date", "22/03/2026"),
        ("Cashier", "Suda P."),
    ]:
        pg.text(450, y, k, "DVS", 8.5, "r")
        pg.text(458, y, v, "DVSB", 8.5)
        y -= 12
    ty = H - 250
    pg.line(50, ty + 12, 545, ty + 12)
    table(
        pg,
        ty,
        [(54, "l"), (400, "r"), (541, "r")],
        [["Date / Description", "Reference", "Amount (THB)"]],
        "DVSB",
        8.5,
    )
    pg.line(50, ty - 5, 545, ty - 5)
    y = ty - 20
    for n, i in enumerate(items):
        table(
            pg,
            y,
            [(54, "l"), (400, "r"), (541, "r")],
            [[i["d"], f"R{4410 + n * 7}", fmt(i["a"])]],
            "DVS",
            8.5,
        )
        y -= 15
    pg.line(50, y + 7, 545, y + 7)
    y -= 8
    for lab, val, fnt in [
        ("Sub Total", sub, "DVS"),
        ("Service Charge 10%", svc, "DVS"),
        ("Amount before VAT", before, "DVS"),
        ("VAT 7%", vat, "DVS"),
        ("Total Amount", tot, "DVSB"),
        ("Paid by VISA xxxx 4471", -tot, "DVS"),
        ("Balance", D(0), "DVSB"),
    ]:
        pg.text(440, y, lab, fnt, 9, "r")
        pg.text(541, y, fmt(val), fnt, 9, "r")
        y -= 14
    pg.texts(
        54,
        150,
        [
            "I agree that my liability for this bill is not waived and I agree to be held",
            "personally liable in the event that the indicated person, company or association",
            "fails to pay for any part or the full amount of these charges.",
        ],
        "DVSI",
        7.5,
        10,
    )
    pg.line(360, 100, 540, 100)
    pg.text(450, 88, "Guest signature", "DVS", 8, "c")
    pg.save()
    return truth(
        number="TI2603-004512",
        date="2026-03-22",
        due=None,
        vendor=V,
        amount=before,
        vat=vat,
        total=tot,
        currency="THB",
        locale="th-TH",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="hotel folio: service charge 10% is part of the net ('Amount before VAT'); folio number vs tax invoice number; payment line makes Balance 0.00; photo",
    )


@doc("i12", "pdf", "pdf", "Israel", "software reseller tax invoice, two pages, discount")
def i12(path, rng):
    V = "Tavor Software Solutions Ltd."
    rows = [
        ("Microsoft 365 Business Standard - annual", "45", "562.00"),
        ("Microsoft 365 Business Premium - annual", "12", "1010.00"),
        ("Exchange Online Plan 1 - annual", "20", "180.00"),
        ("Adobe Acrobat Pro - team licence, 12 months", "15", "890.00"),
        ("Autodesk AutoCAD LT - 1 year subscription", "4", "2150.00"),
        ("ESET PROTECT Advanced - 50 seats, 1 year", "1", "7420.00"),
        ("Veeam Backup for Microsoft 365 - per user", "57", "64.00"),
        ("Zoom Workplace Business - annual", "10", "840.00"),
        ("Atlassian Jira Software Cloud Standard - 25 users", "1", "6300.00"),
        ("JetBrains All Products Pack - organisation", "6", "2890.00"),
        ("TeamViewer Business - annual", "2", "2040.00"),
        ("Onboarding and licence migration (hours)", "6", "380.00"),
    ]
    items = lines(rows)
    sub = sum(i["a"] for i in items)
    disc = q2(sub * D("0.05"))
    net = sub - disc
    vat = q2(net * D("0.18"))
    tot = net + vat
    pg = Page(path, letter)
    _W, H = letter
    teal = (0.0, 0.45, 0.5)

    def header(p):
        pg.rect(40, H - 70, 10, 34, fill=teal, stroke=None)
        pg.rect(54, H - 70, 10, 24, fill=teal, stroke=None)
        pg.text(72, H - 62, "TAVOR", "DVCB", 22, color=teal)
        pg.text(572, H - 48, V, "DVC", 8, "r")
        pg.text(
            572, H - 59, "Company No. 515123456 (Authorised dealer / Osek Murshe)", "DVC", 8, "r"
        )
        pg.text(572, H - 70, "12 HaBarzel St., Tel Aviv 6971005  |  03-768-4410", "DVC", 8, "r")
        pg.text(572, 30, f"Page {p} of 2", "DVC", 8, "r")

    header(1)
    pg.text(40, H - 110, "TAX INVOICE No. 30412", "DVCB", 15)
    pg.text(40, H - 124, "(Heshbonit Mas - original)", "DVC", 8)
    pg.texts(
        40,
        H - 150,
        ["Customer: Negev Analytics Ltd.", "Company No. 516778123", "4 Hamada St., Rehovot"],
        "DVC",
        9,
        12,
    )
    y = H - 110
    for k, v in [
        ("Date", "16/03/2026"),
        ("Payment terms", "Net EOM + 30"),
        ("Due date", "30/04/2026"),
        ("Customer PO", "NA-2026-044"),
        ("Allocation No.", "148822391"),
    ]:
        pg.text(460, y, k, "DVC", 9, "r")
        pg.text(470, y, v, "DVCB", 9)
        y -= 12
    cols = [(44, "l"), (380, "r"), (470, "r"), (568, "r")]

    def head(yy):
        pg.line(40, yy + 12, 572, yy + 12, lw=1, color=teal)
        table(pg, yy, cols, [["Description", "Qty", "Unit price ₪", "Total ₪"]], "DVCB", 9)
        pg.line(40, yy - 5, 572, yy - 5, lw=1, color=teal)

    head(H - 210)
    y = H - 228
    for i in items[:9]:
        table(pg, y, cols, [[i["d"], qty_s(i["q"]), fmt(i["u"]), fmt(i["a"])]], "DVC", 9)
        y -= 18
    pg.text(568, y - 10, "Continued on page 2", "DVC", 8, "r")
    pg.new_page()
    header(2)
    pg.text(40, H - 110, "TAX INVOICE No. 30412 (continued)", "DVCB", 11)
    head(H - 140)
    y = H - 158
    for i in items[9:]:
        table(pg, y, cols, [[i["d"], qty_s(i["q"]), fmt(i["u"]), fmt(i["a"])]], "DVC", 9)
        y -= 18
    pg.line(300, y + 6, 572, y + 6)
    y -= 10
    for lab, val, fnt in [
        ("Subtotal", sub, "DVC"),
        ("Discount 5%", -disc, "DVC"),
        ("Total before VAT", net, "DVC"),
        ("VAT 18%", vat, "DVC"),
        ("Total to pay ₪", tot, "DVCB"),
    ]:
        pg.text(470, y, lab, fnt, 9.5, "r")
        pg.text(568, y, fmt(val), fnt, 9.5, "r")
        y -= 15
    pg.texts(
        44,
        y - 20,
        [
            "Bank Leumi, branch 800, account 123456/78 - Tavor Software Solutions Ltd.",
            "Licences are non-refundable once activated. Prices in New Israeli Shekels (ILS).",
        ],
        "DVC",
        8,
        11,
    )
    pg.text(
        44, 60, "Digitally signed document - produced by an approved accounting system.", "DVC", 7
    )
    pg.save()
    return truth(
        number="30412",
        date="2026-03-16",
        due="2026-04-30",
        vendor=V,
        amount=net,
        vat=vat,
        total=tot,
        currency="ILS",
        locale="he-IL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Letter size, two pages, totals on page 2; 5% discount before VAT 18%; ₪ sign only in headers; allocation number is not the invoice number",
    )


@doc(
    "i13",
    "scan",
    "png",
    "Philippines",
    "telecom statement of account",
    img={"mode": "scan", "dpi": 170, "grey": True, "skew": 0.5, "blur": 0.6},
)
def i13(path, rng):
    V = "Bayanihan Telecommunications, Inc."
    items = lines(
        [
            ("Monthly Service Fee - Plan 1799", "1", "1606.25"),
            ("GoRoam Asia 7-day add-on (Feb 14)", "1", "250.00"),
            ("International calls (IDD)", "1", "96.50"),
            ("Loyalty rebate", "1", "-50.00"),
        ]
    )
    net = sum(i["a"] for i in items)
    vat = q2(net * D("0.12"))
    tot = net + vat
    pg = Page(path, letter)
    _W, H = letter
    purple = (0.35, 0.1, 0.45)
    for k in range(4):
        pg.rect(40 + k * 9, H - 70, 6, 14 + k * 8, fill=purple, stroke=None)
    pg.text(84, H - 62, "bayanihan", "DVB", 22, color=purple)
    pg.texts(
        84,
        H - 76,
        [V, "VAT Reg. TIN 000-123-456-00000  |  Bayanihan Tower, 32nd St., BGC, Taguig City"],
        "DV",
        7,
        9,
    )
    pg.text(572, H - 50, "STATEMENT OF ACCOUNT", "DVB", 11, "r")
    pg.rect(380, H - 170, 192, 96, fill=(0.95, 0.92, 0.97), stroke=purple)
    pg.text(476, H - 92, "TOTAL AMOUNT DUE", "DVB", 9, "c", purple)
    pg.text(476, H - 118, "PHP " + fmt(tot), "DVB", 17, "c")
    pg.text(476, H - 140, "Please pay on or before", "DV", 8, "c")
    pg.text(476, H - 154, "March 25, 2026", "DVB", 10, "c")
    pg.texts(
        40,
        H - 110,
        [
            "MARIA ELENA R. SANTOS",
            "Unit 1504, The Grove Tower B",
            "E. Rodriguez Jr. Ave., Pasig City 1604",
        ],
        "DV",
        9,
        12,
    )
    y = H - 160
    for k, v in [
        ("Account Number", "0917-5530-22"),
        ("SOA Number", "2603-0418876"),
        ("Bill Date", "March 8, 2026"),
        ("Billing Period", "Feb 6 - Mar 5, 2026"),
    ]:
        pg.text(40, y, k, "DV", 8)
        pg.text(140, y, v, "DVB", 8)
        y -= 12
    y = H - 240
    pg.text(40, y, "ACCOUNT SUMMARY", "DVB", 9, color=purple)
    y -= 16
    for lab, val in [
        ("Previous Balance", D("2183.04")),
        ("Payment received Feb 24, 2026 - Thank you", D("-2183.04")),
        ("Balance from previous bill", D("0.00")),
        ("Current Charges", tot),
        ("Total Amount Due", tot),
    ]:
        pg.text(44, y, lab, "DVB" if lab.startswith("Total") else "DV", 9)
        pg.text(330, y, fmt(val), "DVB" if lab.startswith("Total") else "DV", 9, "r")
        y -= 13
    y -= 12
    pg.text(40, y, "CURRENT CHARGES", "DVB", 9, color=purple)
    y -= 16
    for i in items:
        pg.text(44, y, i["d"], "DV", 9)
        pg.text(330, y, fmt(i["a"]), "DV", 9, "r")
        y -= 13
    pg.line(40, y + 6, 335, y + 6)
    y -= 6
    for lab, val in [("VATable Sales", net), ("VAT (12%)", vat), ("Total Current Charges", tot)]:
        pg.text(44, y, lab, "DVB" if lab.startswith("Total") else "DV", 9)
        pg.text(330, y, fmt(val), "DVB" if lab.startswith("Total") else "DV", 9, "r")
        y -= 13
    pg.line(30, 150, 582, 150, dash=(4, 3))
    pg.text(40, 135, "PAYMENT SLIP - please detach and present with your payment", "DVO", 7.5)
    for k, (lab, val) in enumerate(
        [
            ("Account Number", "0917-5530-22"),
            ("Amount Due", "PHP " + fmt(tot)),
            ("Due Date", "March 25, 2026"),
        ]
    ):
        pg.text(40 + k * 180, 112, lab, "DV", 8)
        pg.text(40 + k * 180, 98, val, "DVB", 10)
    pg.barcode(40, 50, 240, 30, rng)
    pg.save()
    return truth(
        number="2603-0418876",
        date="2026-03-08",
        due="2026-03-25",
        vendor=V,
        amount=net,
        vat=vat,
        total=tot,
        currency="PHP",
        locale="en-PH",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="telecom statement: previous balance and payment lines, negative rebate line; account number vs SOA number; 'Month d, yyyy' dates; Letter size",
    )


@doc(
    "i14",
    "scan",
    "pdf",
    "Saudi Arabia",
    "ZATCA tax invoice with QR (image-only PDF)",
    img={"mode": "scan", "dpi": 200, "grey": False, "skew": -1.2, "blur": 0.7, "pdf": True},
)
def i14(path, rng):
    V = "Riyadh Horizon Trading Est."
    items = lines(
        [
            ("Ergonomic office chair, mesh back", "12", "685.00"),
            ("Steel filing cabinet, 4-drawer", "6", "940.00"),
            ("Office desk 160 x 80 cm", "8", "1120.00"),
            ("Assembly and installation", "1", "750.00"),
        ]
    )
    net = sum(i["a"] for i in items)
    vat = q2(net * D("0.15"))
    tot = net + vat
    pg = Page(path, A4)
    W, H = A4
    pg.qr(40, H - 140, 95, rng, 29)
    pg.text(555, H - 55, "Tax Invoice", "DVB", 18, "r")
    pg.text(555, H - 70, "Fatura Daribiya", "DVO", 9, "r")
    pg.texts(
        555,
        H - 92,
        [
            V,
            "King Fahd Road, Al Olaya District, Riyadh 12214",
            "VAT Registration No. 310123456700003",
            "CR No. 1010456789",
        ],
        "DV",
        8,
        11,
        "r",
    )
    pg.rect(40, H - 250, 515, 90, fill=None, stroke=(0.4, 0.4, 0.4))
    pg.line(297, H - 160, 297, H - 250, color=(0.4, 0.4, 0.4))
    y = H - 176
    for k, v in [
        ("Invoice number", "RHT-2026-07781"),
        ("Invoice issue date", "2026-03-19"),
        ("Date of supply", "2026-03-19"),
        ("Due date", "2026-04-18"),
        ("Payment means", "Bank transfer"),
    ]:
        pg.text(48, y, k, "DV", 8)
        pg.text(290, y, v, "DVB", 8, "r")
        y -= 14
    pg.texts(
        305,
        H - 176,
        [
            "Buyer: Al Safwa Medical Company",
            "VAT No. 300456789100003",
            "Prince Sultan St., Jeddah 23433",
            "Buyer reference: PO 55-0912",
        ],
        "DV",
        8,
        14,
    )
    ty = H - 280
    cols = [(44, "l"), (260, "r"), (320, "r"), (395, "r"), (440, "r"), (495, "r"), (551, "r")]
    pg.rect(40, ty - 6, 515, 18, fill=(0.88, 0.88, 0.88), stroke=None)
    table(
        pg,
        ty,
        cols,
        [["Description", "Qty", "Unit price", "Taxable amt", "VAT %", "VAT", "Total"]],
        "DVB",
        7.5,
    )
    y = ty - 22
    for i in items:
        v = q2(i["a"] * D("0.15"))
        table(
            pg,
            y,
            cols,
            [[i["d"], qty_s(i["q"]), fmt(i["u"]), fmt(i["a"]), "15%", fmt(v), fmt(i["a"] + v)]],
            "DV",
            8,
        )
        y -= 16
    pg.line(40, y + 6, 555, y + 6)
    y -= 10
    for lab, val, fnt in [
        ("Total (excluding VAT)", net, "DV"),
        ("Total VAT 15%", vat, "DV"),
        ("Total amount due (SAR)", tot, "DVB"),
    ]:
        pg.text(470, y, lab, fnt, 9, "r")
        pg.text(551, y, fmt(val), fnt, 9, "r")
        y -= 15
    pg.texts(
        44,
        140,
        [
            "Bank: Al Rajhi Bank  IBAN SA44 8000 0123 6080 1016 7519",
            "Account name: Riyadh Horizon Trading Est.",
        ],
        "DV",
        8,
        11,
    )
    pg.text(
        W / 2,
        60,
        "This is an electronic tax invoice generated in accordance with ZATCA e-invoicing regulations.",
        "DVO",
        7,
        "c",
    )
    pg.save()
    return truth(
        number="RHT-2026-07781",
        date="2026-03-19",
        due="2026-04-18",
        vendor=V,
        amount=net,
        vat=vat,
        total=tot,
        currency="SAR",
        locale="en-SA",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="image-only PDF; QR top-left, seller block right-aligned; buyer VAT number next to seller VAT number; supply date repeats invoice date",
    )


@doc("i15", "pdf", "pdf", "Vietnam", "VAT invoice (hoa don GTGT) 8%")
def i15(path, rng):
    V = "SAO MAI TECHNOLOGY JOINT STOCK COMPANY"
    items = lines(
        [
            ("Máy in Canon LBP 2900 (Printer)", "3", "4250000"),
            ("Mực in Canon 303 (Toner)", "10", "890000"),
            ("Cáp mạng Cat6, hộp 305m (LAN cable)", "2", "2150000"),
            ("Công lắp đặt (Installation)", "1", "1500000"),
        ]
    )
    net = sum(i["a"] for i in items)
    vat = q0(net * D("0.08"))
    tot = net + vat

    def f(x):
        return fmt(x, th=".", dp=",", dec=0)

    pg = Page(path, A4)
    W, H = A4
    blue = (0.1, 0.2, 0.6)
    pg.rect(25, 25, W - 50, H - 50, fill=None, stroke=blue, lw=2)
    pg.rect(30, 30, W - 60, H - 60, fill=None, stroke=blue, lw=0.5)
    pg.text(W / 2, H - 70, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", "DVSB", 15, "c", (0.75, 0.1, 0.1))
    pg.text(W / 2, H - 86, "(VAT INVOICE)", "DVS", 9, "c")
    pg.text(W / 2, H - 102, "Ngày (Date) 11 tháng (month) 03 năm (year) 2026", "DVSI", 9, "c")
    pg.text(545, H - 60, "Ký hiệu (Serial): 1C26TSM", "DVS", 8, "r")
    pg.text(545, H - 72, "Số (No.): 00000412", "DVSB", 9, "r", (0.75, 0.1, 0.1))
    pg.text(W / 2, H - 116, "Mã của CQT: 00D2A7F41B93C64E58A1B0C2F7D3E9A145", "DVM", 7, "c")
    y = H - 145
    for k, v in [
        ("Đơn vị bán hàng (Seller):", V),
        ("Mã số thuế (Tax code):", "0312345678"),
        ("Địa chỉ (Address):", "45 Nguyễn Thị Minh Khai, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"),
        ("Số tài khoản (Account No.):", "0071001234567 - Vietcombank"),
    ]:
        pg.text(45, y, k, "DVS", 8)
        pg.text(200, y, v, "DVSB" if k.startswith("Đơn") else "DVS", 8)
        y -= 13
    pg.line(40, y + 4, 555, y + 4, dash=(2, 2))
    y -= 8
    for k, v in [
        ("Tên đơn vị (Buyer):", "CÔNG TY TNHH THƯƠNG MẠI HẢI ĐĂNG"),
        ("Mã số thuế (Tax code):", "0109876543"),
        ("Địa chỉ (Address):", "12 Trần Hưng Đạo, Quận Hoàn Kiếm, Hà Nội"),
        ("Hình thức thanh toán (Payment):", "TM/CK"),
    ]:
        pg.text(45, y, k, "DVS", 8)
        pg.text(200, y, v, "DVS", 8)
        y -= 13
    ty = y - 12
    cols = [(48, "c"), (62, "l"), (290, "c"), (355, "r"), (440, "r"), (551, "r")]
    pg.rect(40, ty - 20, 515, 32, fill=None, stroke=blue)
    table(
        pg,
        ty,
        cols,
        [["STT", "Tên hàng hóa, dịch vụ", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"]],
        "DVSB",
        7.5,
    )
    table(
        pg,
        ty - 12,
        cols,
        [["No.", "Description", "Unit", "Qty", "Unit price", "Amount"]],
        "DVSI",
        7,
    )
    y = ty - 36
    for n, i in enumerate(items):
        table(
            pg,
            y,
            cols,
            [
                [
                    str(n + 1),
                    i["d"],
                    "Cái" if n < 2 else ("Hộp" if n == 2 else "Gói"),
                    qty_s(i["q"]),
                    f(i["u"]),
                    f(i["a"]),
                ]
            ],
            "DVS",
            8.5,
        )
        y -= 17
    pg.line(40, y + 6, 555, y + 6, color=blue)
    y -= 8
    for lab, val in [
        ("Cộng tiền hàng (Total amount before VAT):", net),
        ("Thuế suất GTGT (VAT rate): 8%    Tiền thuế GTGT (VAT amount):", vat),
        ("Tổng cộng tiền thanh toán (Total payment):", tot),
    ]:
        pg.text(440, y, lab, "DVS" if not lab.startswith("Tổng") else "DVSB", 8.5, "r")
        pg.text(551, y, f(val), "DVSB", 8.5, "r")
        y -= 15
    pg.text(
        45,
        y - 6,
        "Số tiền viết bằng chữ (In words): Hai mươi chín triệu sáu trăm bốn mươi sáu nghìn đồng.",
        "DVSI",
        8,
    )
    pg.text(150, 170, "Người mua hàng (Buyer)", "DVSB", 8.5, "c")
    pg.text(440, 170, "Người bán hàng (Seller)", "DVSB", 8.5, "c")
    pg.rect(370, 95, 140, 55, fill=None, stroke=(0.1, 0.5, 0.1))
    pg.text(440, 130, "Signature Valid", "DVB", 8, "c", (0.1, 0.5, 0.1))
    pg.text(440, 116, "Ký bởi: SAO MAI TECHNOLOGY JSC", "DV", 6, "c", (0.1, 0.5, 0.1))
    pg.text(440, 105, "Ký ngày: 11/03/2026", "DV", 6, "c", (0.1, 0.5, 0.1))
    pg.text(
        W / 2,
        50,
        "Tra cứu hóa đơn tại (Lookup): hoadon.saomai.vn   Mã tra cứu (Code): SM7K2Q9X4P",
        "DVS",
        7,
        "c",
    )
    pg.save()
    return truth(
        number="00000412",
        date="2026-03-11",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=tot,
        currency="VND",
        locale="vi-VN",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="bilingual Vietnamese/English labels with diacritics; date written as 'Ngày 11 tháng 03 năm 2026'; serial 1C26TSM vs number 00000412; VND dot thousands without decimals; no currency code on amounts",
    )


@doc("i16", "pdf", "pdf", "Nigeria", "printing company invoice, VAT 7.5%")
def i16(path, rng):
    V = "Ikeja Print & Signage Limited"
    items = lines(
        [
            ("Roll-up banner 85 x 200 cm, full colour", "12", "38500.00"),
            ("Flyers A5 150gsm gloss (per 1,000)", "5", "72000.00"),
            ("Branded polo shirts, embroidered logo", "60", "9800.00"),
            ("Design & artwork (hours)", "6", "15000.00"),
        ]
    )
    net = sum(i["a"] for i in items)
    vat = q2(net * D("0.075"))
    tot = net + vat
    pg = Page(path, A4)
    _W, H = A4
    mag = (0.8, 0.0, 0.45)
    for k, col in enumerate([(0, 0.65, 0.9), mag, (0.95, 0.85, 0.0), (0.1, 0.1, 0.1)]):
        pg.circle(52 + k * 16, H - 56, 9, fill=col)
    pg.text(120, H - 62, "IKEJA PRINT", "DVB", 20)
    pg.text(555, H - 50, "INVOICE", "DVB", 24, "r", mag)
    pg.texts(
        40,
        H - 95,
        [
            V,
            "RC 1234567  |  TIN 12345678-0001",
            "23 Allen Avenue, Ikeja, Lagos",
            "+234 803 555 0192  |  hello@ikejaprint.ng",
        ],
        "DV",
        8,
        11,
    )
    y = H - 95
    for k, v in [
        ("Invoice #", "IPS/26/0219"),
        ("Issue date", "02/03/2026"),
        ("Due date", "16/03/2026"),
    ]:
        pg.text(470, y, k, "DV", 8.5, "r")
        pg.text(478, y, v, "DVB", 8.5)
        y -= 12
    pg.text(40, H - 160, "INVOICE TO", "DVB", 8, color=mag)
    pg.texts(
        40,
        H - 173,
        ["Lekki Gardens Estate Management Ltd", "Plot 5, Admiralty Way, Lekki Phase 1, Lagos"],
        "DV",
        9,
        12,
    )
    ty = H - 220
    cols = [(44, "l"), (330, "r"), (440, "r"), (551, "r")]
    pg.rect(40, ty - 6, 515, 18, fill=(0.15, 0.15, 0.15), stroke=None)
    table(pg, ty, cols, [["ITEM", "QTY", "RATE (₦)", "AMOUNT (₦)"]], "DVB", 8.5, color=(1, 1, 1))
    y = ty - 24
    for i in items:
        table(pg, y, cols, [[i["d"], qty_s(i["q"]), fmt(i["u"]), fmt(i["a"])]], "DV", 9)
        pg.line(40, y - 8, 555, y - 8, lw=0.3, color=(0.6, 0.6, 0.6))
        y -= 22
    y -= 10
    for lab, val, fnt in [
        ("Subtotal", net, "DV"),
        ("VAT (7.5%)", vat, "DV"),
        ("TOTAL DUE", tot, "DVB"),
    ]:
        pg.text(440, y, lab, fnt, 10, "r")
        pg.text(551, y, "₦" + fmt(val), fnt, 10, "r")
        y -= 16
    pg.rect(40, 80, 250, 80, fill=(0.96, 0.96, 0.96), stroke=None)
    pg.texts(
        50,
        145,
        [
            "PAYMENT DETAILS",
            "Bank: Zenith Bank Plc",
            "Account name: Ikeja Print & Signage Limited",
            "Account no: 1012345678",
            "Please use the invoice number as reference.",
        ],
        "DV",
        8,
        12,
    )
    pg.text(555, 90, "Thank you for your business!", "DVO", 9, "r", mag)
    pg.save()
    return truth(
        number="IPS/26/0219",
        date="2026-03-02",
        due="2026-03-16",
        vendor=V,
        amount=net,
        vat=vat,
        total=tot,
        currency="NGN",
        locale="en-NG",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="₦ sign; big wordmark 'IKEJA PRINT' differs from legal name; dd/mm/yyyy; VAT 7.5%",
    )


# ---------------------------------------------------------------- receipts


@doc(
    "r01",
    "photo",
    "jpg",
    "Egypt",
    "supermarket till receipt, VAT 14% included",
    img={"mode": "photo", "dpi": 200, "long_side": 2000, "quality": 66, "bg": "wood", "fill": 0.9},
)
def r01(path, rng):
    V = "Bab El Louq Market S.A.E."
    items = lines(
        [
            ("Juhayna Milk 1L", "2", "42.50", "E"),
            ("Baladi bread x10", "1", "25.00", "E"),
            ("Domty White Cheese 500g", "1", "78.00", "V"),
            ("Basmati Rice 5kg", "1", "289.95", "V"),
            ("Nescafe Classic 200g", "1", "315.00", "V"),
            ("Persil Gel 2.5L", "1", "264.75", "V"),
            ("Tomatoes (kg)", "1.35", "22.00", "E"),
            ("Pepsi 1L", "3", "24.00", "V"),
        ]
    )
    tot = sum(i["a"] for i in items)
    taxable = sum(i["a"] for i in items if i["x"][0] == "V")
    vat = incl_tax(taxable, 14)
    net = tot - vat
    r = Roll(80, "DVM", 8)
    r.c("BAB EL LOUQ", "DVMB", 16)
    r.c("MARKET", "DVMB", 10)
    r.c(V, size=7.5)
    r.c("12 Mohamed Farid St., Downtown, Cairo")
    r.c("Tax Reg. No. 204-518-337")
    r.c("Hotline 19045")
    r.rule()
    r.lr("Receipt No: 0412-0087-55613", "")
    r.lr("Date: 07/03/2026", "Time: 18:42")
    r.lr("Cashier: Mona", "POS: 04")
    r.rule()
    for i in items:
        r.l(i["d"] + ("  *" if i["x"][0] == "V" else ""))
        r.lr(f"  {qty_s(i['q'])} x {fmt(i['u'])}", fmt(i["a"]))
    r.rule()
    r.lr("Lines: 8", "")
    r.lr("TOTAL EGP", fmt(tot), "DVMB", 10)
    r.lr("Cash", "1,500.00")
    r.lr("Change", fmt(D("1500.00") - tot))
    r.rule()
    r.lr("* VAT 14% included", fmt(vat))
    r.lr("Net of VAT", fmt(net))
    r.lr("Exempt items", fmt(tot - taxable))
    r.rule()
    r.c("Thank you for shopping with us")
    r.c("Exchange within 14 days with receipt")
    r.barcode(50, 9, rng)
    r.render(path)
    return truth(
        number="0412-0087-55613",
        date="2026-03-07",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=tot,
        currency="EGP",
        locale="en-EG",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="brand wordmark BAB EL LOUQ MARKET above the legal name; VAT 14% included only on starred items; cash 1,500.00 and change lines; weighed item 1.35 kg",
    )


@doc(
    "r02",
    "scan",
    "png",
    "India",
    "pharmacy bill, GST inclusive, discount and round-off",
    img={"mode": "scan", "dpi": 250, "grey": True, "skew": -1.4, "blur": 0.6, "fade": 0.25},
)
def r02(path, rng):
    V = "Sanjeevani Pharmacy & Surgicals"
    items = lines(
        [
            ("Dolo 650 Tab 15s", "2", "33.60", "12", "DL4417", "08/27"),
            ("Augmentin 625 Duo 10s", "1", "223.40", "12", "AG2391", "11/26"),
            ("Pantocid 40mg Tab 15s", "1", "176.25", "12", "PN0925", "03/28"),
            ("Electral ORS Sachet", "6", "22.00", "5", "EL7781", "12/27"),
            ("Dettol Antiseptic 250ml", "1", "142.00", "18", "DT6603", "06/28"),
            ("Band-Aid Washproof 20s", "1", "60.00", "18", "BA1180", "09/28"),
        ]
    )
    mrp = sum(i["a"] for i in items)
    disc = {}
    g = {}
    for rate in ("5", "12", "18"):
        s = sum(i["a"] for i in items if i["x"][0] == rate)
        disc[rate] = q2(s * D("0.10"))
        g[rate] = s - disc[rate]
    tax = {k: incl_tax(v, k) for k, v in g.items()}
    taxable = {k: g[k] - tax[k] for k in g}
    payable = sum(g.values())
    grand = q0(payable)
    ro = grand - payable
    vat = sum(tax.values())
    net = sum(taxable.values())
    r = Roll(80, "DVM", 7.2, lead=1.35)
    r.c(V.upper(), "DVMB", 8.5)
    r.c("Shop 4, Kumar Pacific Mall, Shankarseth Rd")
    r.c("Pune 411042   Ph: 020-2645 1180")
    r.c("GSTIN: 27ABCPS1234K1Z5")
    r.c("D.L. No: 20B-PN/12345, 21B-PN/12345")
    r.rule(dash=False)
    r.c("TAX INVOICE / CASH MEMO", "DVMB", 8)
    r.lr("Bill No: SP/2526/08841", "Dt: 11/03/26")
    r.lr("Patient: Mrs. R. Kulkarni", "18:07")
    r.lr("Dr: Dr. A. Deshpande", "")
    r.rule()
    r.cols(
        [
            ("Item", 0, "l"),
            ("Batch", 0.42, "l"),
            ("Exp", 0.6, "l"),
            ("Qty", 0.8, "r"),
            ("Amt", 1, "r"),
        ],
        "DVMB",
    )
    r.rule()
    for i in items:
        r.l(f"{i['d']}  (MRP {fmt(i['u'])}, GST {i['x'][0]}%)")
        r.cols(
            [
                ("", 0, "l"),
                (i["x"][1], 0.42, "l"),
                (i["x"][2], 0.6, "l"),
                (qty_s(i["q"]), 0.8, "r"),
                (fmt(i["a"]), 1, "r"),
            ]
        )
    r.rule()
    r.lr("Total MRP", fmt(mrp))
    r.lr("Less Discount 10%", "-" + fmt(sum(disc.values())))
    r.lr("Net Amount", fmt(payable))
    r.lr("Round Off", fmt(ro))
    r.lr("NET PAYABLE Rs.", fmt(grand, indian=True), "DVMB", 9)
    r.rule()
    r.cols(
        [("GST%", 0, "l"), ("Taxable", 0.45, "r"), ("CGST", 0.72, "r"), ("SGST", 1, "r")], "DVMB"
    )
    for k in ("5", "12", "18"):
        c = q2(tax[k] / 2)
        r.cols(
            [
                (k + "%", 0, "l"),
                (fmt(taxable[k]), 0.45, "r"),
                (fmt(c), 0.72, "r"),
                (fmt(tax[k] - c), 1, "r"),
            ]
        )
    r.cols([("Total", 0, "l"), (fmt(net), 0.45, "r"), ("GST " + fmt(vat), 1, "r")], "DVMB")
    r.rule()
    r.l("Paid: UPI (Ref 6071 2245 8812)")
    r.c("Get well soon! Medicines once sold")
    r.c("will not be taken back without bill.")
    r.render(path)
    return truth(
        number="SP/2526/08841",
        date="2026-03-11",
        due=None,
        vendor=V,
        amount=net,
        vat=vat,
        total=grand,
        rounding=ro,
        currency="INR",
        locale="en-IN",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="MRP (tax-inclusive) prices, 10% discount, three GST rates split CGST/SGST in a summary; net keyed from the Taxable total; round-off; dd/mm/yy date; thermal fading",
    )


@doc(
    "r03",
    "photo",
    "jpg",
    "Singapore",
    "food court receipt, GST 9% included",
    img={
        "mode": "photo",
        "dpi": 220,
        "long_side": 1700,
        "quality": 75,
        "bg": "granite",
        "fill": 0.88,
    },
)
def r03(path, rng):
    V = "FoodHaven @ Tampines Pte Ltd"
    items = lines(
        [
            ("S07 Roasted Chicken Rice", "1", "5.80"),
            ("S07 Add Egg", "1", "0.80"),
            ("S12 Laksa (L)", "1", "7.50"),
            ("S03 Kopi Peng", "2", "2.20"),
            ("S15 Ice Kachang", "1", "4.30"),
        ]
    )
    tot = sum(i["a"] for i in items)
    gst = incl_tax(tot, 9)
    r = Roll(58, "DVM", 7)
    r.c("FoodHaven", "DVB", 14)
    r.c("@ Tampines", "DVO", 8)
    r.c(V)
    r.c("Tampines Hub #02-30, S(529684)")
    r.c("GST Reg No: M2-0123456-7")
    r.rule()
    r.l("Receipt: FH-T1-260314-00923")
    r.l("14-03-2026 12:47   Counter 2")
    r.rule()
    for i in items:
        r.lr(f"{qty_s(i['q'])} {i['d']}", fmt(i["a"]))
    r.rule()
    r.lr("TOTAL", "S$" + fmt(tot), "DVMB", 9)
    r.lr("NETS FlashPay", fmt(tot))
    r.lr("Card bal", "23.85")
    r.lr("GST 9% incl.", fmt(gst))
    r.rule()
    r.c("Please return your trays.")
    r.c("Thank you!")
    r.render(path)
    return truth(
        number="FH-T1-260314-00923",
        date="2026-03-14",
        due=None,
        vendor=V,
        amount=tot - gst,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="58 mm roll; GST 9% included; stall codes in item names; card balance line is not a total; dd-mm-yyyy",
    )


@doc("r04", "pdf", "pdf", "South Korea", "coffee chain e-receipt, VAT included")
def r04(path, rng):
    V = "Gangnam Bean Roasters"
    items = lines(
        [
            ("Americano (ICED) L", "2", "4500"),
            ("Cafe Latte (HOT) R", "1", "5000"),
            ("Butter Croissant", "1", "3800"),
            ("Extra shot", "1", "500"),
        ]
    )
    tot = sum(i["a"] for i in items)
    vat = q0(tot / D(11))
    sup = tot - vat
    r = Roll(80, "DV", 8)

    def logo(pg, yt):
        cx = r.W / 2
        pg.circle(cx, yt - 16, 14, fill=(0.25, 0.15, 0.1))
        pg.circle(cx, yt - 16, 9, fill=(1, 1, 1))
        pg.rect(cx - 2, yt - 26, 4, 20, fill=(0.25, 0.15, 0.1), stroke=None)

    r.custom(36, logo)
    r.c("GANGNAM BEAN ROASTERS", "DVB", 11)
    r.c("Yeoksam Station Branch")
    r.c("Business Reg. No. 220-81-12345")
    r.c("CEO Lee Seo-yeon")
    r.c("14 Teheran-ro 27-gil, Gangnam-gu, Seoul")
    r.c("Tel 02-555-0172")
    r.rule(dash=False)
    r.lr("Sale date", "2026-03-17 08:21")
    r.lr("Receipt No.", "20260317-0031-0152")
    r.lr("Order No.", "A-152")
    r.rule()
    r.cols([("Menu", 0, "l"), ("Price", 0.6, "r"), ("Qty", 0.72, "r"), ("Amount", 1, "r")], "DVB")
    for i in items:
        r.cols(
            [
                (i["d"], 0, "l"),
                (fmt(i["u"], dec=0), 0.6, "r"),
                (qty_s(i["q"]), 0.72, "r"),
                (fmt(i["a"], dec=0), 1, "r"),
            ]
        )
    r.rule()
    r.lr("Supply amount", fmt(sup, dec=0))
    r.lr("VAT", fmt(vat, dec=0))
    r.lr("Total", "₩" + fmt(tot, dec=0), "DVB", 11)
    r.rule()
    r.lr("Card payment", fmt(tot, dec=0))
    r.lr("Card", "SHINHAN 4518-42**-****-7710")
    r.lr("Installment", "Lump sum")
    r.lr("Approval No.", "30617425")
    r.rule()
    r.c("Stamp 3/10 - thank you for visiting!")
    r.render(path)
    return truth(
        number="20260317-0031-0152",
        date="2026-03-17",
        due=None,
        vendor=V,
        amount=sup,
        vat=vat,
        total=tot,
        currency="KRW",
        locale="ko-KR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="born-digital e-receipt; supply amount + VAT printed (VAT = total/11); card approval and order numbers near the receipt number; ₩ sign",
    )


@doc("r05", "pdf", "pdf", "Kenya", "fuel station eTIMS receipt, VAT 16%")
def r05(path, rng):
    V = "Rift Valley Energies Ltd"
    items = lines(
        [("DIESEL (Pump 04)", "45.20", "171.60"), ("Engine oil 15W-40 1L", "1", "980.00")]
    )
    tot = sum(i["a"] for i in items)
    vat = incl_tax(tot, 16)
    r = Roll(76, "DVM", 7.4)
    r.c("RIFT VALLEY ENERGIES", "DVMB", 10)
    r.c(V)
    r.c("Naivasha Service Station, Moi South Lake Rd")
    r.c("PIN: P051987654Z")
    r.rule()
    r.c("TAX INVOICE", "DVMB")
    r.lr("Receipt No:", "RVE-NVS-0049217")
    r.lr("Date:", "12/03/2026 07:55")
    r.lr("Attendant:", "Peter K.")
    r.lr("Vehicle:", "KDK 218M")
    r.rule()
    for i in items:
        r.l(i["d"])
        r.lr(
            f"  {qty_s(i['q'])} {'L' if 'DIESEL' in i['d'] else 'PC'} x {fmt(i['u'])}",
            fmt(i["a"]) + " B",
        )
    r.rule()
    r.lr("TOTAL", "KES " + fmt(tot), "DVMB", 9)
    r.lr("TOTAL B-16%", fmt(tot))
    r.lr("TOTAL TAX B", fmt(vat))
    r.lr("TOTAL EXCL. TAX", fmt(tot - vat))
    r.rule()
    r.lr("M-PESA", fmt(tot))
    r.lr("M-PESA Ref", "UCB7K2XQ4M")
    r.rule()
    r.c("SCU INFORMATION", "DVMB")
    r.lr("Date:", "12/03/2026 07:55:41")
    r.lr("SCU ID:", "KRACU0300004512")
    r.lr("CU INVOICE NO.:", "KRACU0300004512/9921")
    r.l("Internal Data:")
    r.l("QWET-5RSJ-8NHM-2XPA-7KDL-3VCB")
    r.qr(26, rng)
    r.c("Thank you. Drive safely!")
    r.render(path)
    return truth(
        number="RVE-NVS-0049217",
        date="2026-03-12",
        due=None,
        vendor=V,
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="KES",
        locale="en-KE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="76 mm; fuel litres with 2 decimals; VAT 16% included (tax code B); CU invoice number in the SCU block is not the receipt number; M-PESA payment",
    )


@doc(
    "r06",
    "photo",
    "jpg",
    "Japan",
    "convenience store receipt, 8%/10% qualified receipt",
    img={
        "mode": "photo",
        "dpi": 240,
        "long_side": 1800,
        "quality": 70,
        "bg": "fabric",
        "fill": 0.9,
    },
)
def r06(path, rng):
    V = "SUNNY MART"
    items = lines(
        [
            ("*Onigiri salmon", "2", "168", "8"),
            ("*Egg sandwich", "1", "298", "8"),
            ("*Green tea 600ml", "1", "162", "8"),
            ("AA batteries 4pk", "1", "548", "10"),
            ("Umbrella 65cm", "1", "880", "10"),
        ]
    )
    g8 = sum(i["a"] for i in items if i["x"][0] == "8")
    g10 = sum(i["a"] for i in items if i["x"][0] == "10")
    t8, t10 = q0(g8 * 8 / D(108)), q0(g10 * 10 / D(110))
    tot = g8 + g10
    r = Roll(58, "DVM", 7)
    r.c("SUNNY MART", "DVMB", 14)
    r.c("Shinjuku 3-chome store")
    r.c("3-22-7 Shinjuku, Tokyo")
    r.c("TEL 03-5369-0128")
    r.c("Reg. No. T7011101045218")
    r.rule()
    r.c("RECEIPT", "DVMB", 9)
    r.l("2026/03/20(Fri) 07:48")
    r.lr("Reg 2", "No.4521")
    r.rule()
    for i in items:
        r.lr(i["d"] + (f" x{qty_s(i['q'])}" if i["q"] != 1 else ""), "¥" + fmt(i["a"], dec=0))
    r.rule()
    r.lr("Total", "¥" + fmt(tot, dec=0), "DVMB", 10)
    r.lr("(10% target", "¥" + fmt(g10, dec=0) + ")")
    r.lr("(  incl. tax", "¥" + fmt(t10, dec=0) + ")")
    r.lr("( 8% target", "¥" + fmt(g8, dec=0) + ")")
    r.lr("(  incl. tax", "¥" + fmt(t8, dec=0) + ")")
    r.lr("Cash", "¥3,000")
    r.lr("Change", "¥" + fmt(D(3000) - tot, dec=0))
    r.rule()
    r.l("* = reduced tax rate item")
    r.barcode(40, 8, rng)
    r.render(path)
    return truth(
        number="4521",
        date="2026-03-20",
        due=None,
        vendor=V,
        amount=tot - t8 - t10,
        vat=t8 + t10,
        total=tot,
        currency="JPY",
        locale="ja-JP",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="58 mm; yen without decimals; two included-tax amounts (8% and 10%) in parentheses must be summed; cash/change; yyyy/mm/dd(Day)",
    )


@doc(
    "r07",
    "scan",
    "png",
    "Malaysia",
    "restaurant bill, service charge 10% + SST 6%, rounding",
    img={"mode": "scan", "dpi": 220, "grey": True, "skew": 0.9, "blur": 0.5, "out_w": 650},
)
def r07(path, rng):
    V = "Dapur Nyonya Heritage Sdn. Bhd."
    items = lines(
        [
            ("Ayam Pongteh", "1", "28.90"),
            ("Sambal Petai Udang", "1", "34.50"),
            ("Kangkung Belacan", "1", "16.90"),
            ("Nasi Putih", "4", "3.00"),
            ("Cendol Durian", "2", "12.80"),
            ("Teh Tarik Ais", "3", "6.50"),
        ]
    )
    sub = sum(i["a"] for i in items)
    svc = q2(sub * D("0.10"))
    sst = q2((sub + svc) * D("0.06"))
    raw = sub + svc + sst
    tot = (raw / D("0.05")).quantize(ONE, ROUND_HALF_UP) * D("0.05")
    rnd = tot - raw
    r = Roll(80, "DVMB", 8)
    r.c("DAPUR NYONYA", "DVSB", 15)
    r.c("H E R I T A G E", "DVS", 8)
    r.c(V, "DVM", 7.5)
    r.c("(201801034567)  SST No: W10-1234-32000456", "DVM", 7.5)
    r.c("21 Jalan Tun H.S. Lee, 50000 Kuala Lumpur", "DVM", 7.5)
    r.rule()
    r.lr("Bill No : B0412-0093", "Table: 12")
    r.lr("Date : 15/03/2026 20:31", "Pax: 4")
    r.rule()
    for i in items:
        r.cols([(qty_s(i["q"]), 0, "l"), (i["d"], 0.07, "l"), (fmt(i["a"]), 1, "r")], "DVM")
    r.rule()
    r.lr("Subtotal", fmt(sub), "DVM")
    r.lr("Service Charge 10%", fmt(svc), "DVM")
    r.lr("Service Tax 6%", fmt(sst), "DVM")
    r.lr("Rounding Adj", fmt(rnd), "DVM")
    r.lr("TOTAL (RM)", fmt(tot), "DVMB", 11)
    r.rule()
    r.lr("CASH", fmt(D("200.00")), "DVM")
    r.lr("CHANGE", fmt(D("200.00") - tot), "DVM")
    r.rule()
    r.c("Terima kasih! Please come again.", "DVM", 7.5)
    r.render(path)
    return truth(
        number="B0412-0093",
        date="2026-03-15",
        due=None,
        vendor=V,
        amount=sub + svc,
        vat=sst,
        total=tot,
        rounding=rnd,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="service charge 10% (part of net, taxed) then SST 6%; 5-sen rounding adjustment; downscaled to 650 px; net not printed as one figure (subtotal + service charge)",
    )


@doc(
    "r08",
    "photo",
    "jpg",
    "Thailand",
    "taxi meter receipt with tip, no VAT",
    img={
        "mode": "photo",
        "dpi": 260,
        "long_side": 1600,
        "quality": 64,
        "bg": "fabric",
        "fill": 0.85,
        "tilt": 0.07,
    },
)
def r08(path, rng):
    V = "Siam Smile Taxi Co., Ltd."
    items = lines(
        [
            ("Meter fare", "1", "286.00"),
            ("Airport surcharge", "1", "50.00"),
            ("Expressway toll", "1", "75.00"),
        ]
    )
    net = sum(i["a"] for i in items)
    tip = D("40.00")
    tot = net + tip
    r = Roll(58, "DVMB", 7.5)
    r.c("SIAM SMILE TAXI", "DVMB", 11)
    r.c(V, "DVM", 6.8)
    r.c("Call 1681 / 24 hrs", "DVM", 6.8)
    r.rule()
    r.lr("Receipt No.", "000374", "DVM")
    r.lr("Car No.", "0871", "DVM")
    r.lr("Driver ID", "D-55120", "DVM")
    r.lr("Date", "20/03/2026", "DVM")
    r.lr("Start", "23:14", "DVM")
    r.lr("End", "23:52", "DVM")
    r.lr("Distance", "31.4 km", "DVM")
    r.lr("Waiting", "06:40", "DVM")
    r.rule()
    for i in items:
        r.lr(i["d"], fmt(i["a"]), "DVM")
    r.lr("Tip", fmt(tip), "DVM")
    r.rule()
    r.lr("TOTAL THB", fmt(tot), "DVMB", 10)
    r.lr("Paid: Cash", "", "DVM")
    r.rule()
    r.c("Thank you - Khop khun krap", "DVM", 6.8)
    r.render(path)
    return truth(
        number="000374",
        date="2026-03-20",
        due=None,
        vendor=V,
        amount=net,
        vat=None,
        total=tot,
        tip=tip,
        currency="THB",
        locale="th-TH",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="no tax printed (vat null); tip line 40.00 included in the total; many small numbers (car no., driver id, distance, waiting time)",
    )


@doc("r09", "pdf", "pdf", "UAE", "electronics shop simplified tax invoice, discount, card")
def r09(path, rng):
    V = "Gulf Digital Electronics L.L.C."
    items = lines(
        [
            ("Sony WH-1000XM5 Headphones Black", "1", "1299.00"),
            ("Anker USB-C Cable 2m", "2", "49.00"),
            ("Spigen Case iPhone 17", "1", "119.00"),
        ]
    )
    gross = sum(i["a"] for i in items)
    disc = D("100.00")
    tot = gross - disc
    vat = incl_tax(tot, 5)
    r = Roll(80, "DVC", 8)
    r.c("GULF DIGITAL", "DVCB", 16)
    r.c(V)
    r.c("The Dubai Mall, Lower Ground, Unit LG-118, Dubai")
    r.c("TRN 100456789000003")
    r.rule(dash=False)
    r.c("SIMPLIFIED TAX INVOICE", "DVCB", 9)
    r.lr("Invoice No.", "GDE-DXB07-260311-0457")
    r.lr("Date", "11/03/2026 16:05")
    r.lr("Salesman", "Rahul M. (0714)")
    r.rule()
    for i in items:
        r.l(i["d"])
        r.lr(f"   {qty_s(i['q'])} @ {fmt(i['u'])}", fmt(i["a"]))
    r.rule()
    r.lr("Sub Total", fmt(gross))
    r.lr("Promo discount (HEAD100)", "-" + fmt(disc))
    r.lr("Total Excl. VAT", fmt(tot - vat))
    r.lr("VAT 5%", fmt(vat))
    r.lr("Total AED (Incl. VAT)", fmt(tot), "DVCB", 10)
    r.rule()
    r.lr("Visa **** 8830", fmt(tot))
    r.lr("Auth code", "A41907")
    r.rule()
    r.c("Exchange within 7 days in original packaging.")
    r.c("Warranty as per manufacturer terms.")
    r.qr(24, rng)
    r.render(path)
    return truth(
        number="GDE-DXB07-260311-0457",
        date="2026-03-11",
        due=None,
        vendor=V,
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="AED",
        locale="en-AE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="born-digital; prices incl. VAT 5% with a promo discount before the total; net printed as 'Total Excl. VAT'; titled 'Simplified Tax Invoice'",
    )


@doc(
    "r10",
    "scan",
    "jpg",
    "Philippines",
    "bookshop sales invoice, VATable + VAT-exempt",
    img={"mode": "scan", "dpi": 220, "grey": False, "skew": -1.8, "blur": 0.6, "quality": 78},
)
def r10(path, rng):
    V = "Libreria Rizal Booksellers, Inc."
    items = lines(
        [
            ("Noli Me Tangere (Penguin ed.)", "1", "595.00", "X"),
            ("El Filibusterismo (Penguin ed.)", "1", "595.00", "X"),
            ("Moleskine Notebook Large", "1", "1150.00", "V"),
            ("Pilot G-2 0.5 Black", "3", "78.00", "V"),
        ]
    )
    tot = sum(i["a"] for i in items)
    vgross = sum(i["a"] for i in items if i["x"][0] == "V")
    ex = tot - vgross
    vat = incl_tax(vgross, 12)
    r = Roll(76, "Courier", 8)
    r.c("LIBRERIA RIZAL", "Courier-Bold", 13)
    r.c(V)
    r.c("G/F Ayala Malls Manila Bay, Paranaque")
    r.c("VAT REG TIN: 123-456-789-00000")
    r.c("MIN: 24031512345678  SN: LRB-0092")
    r.rule()
    r.c("SALES INVOICE", "Courier-Bold", 9)
    r.lr("SI No.", "0045123")
    r.lr("Date", "03/15/2026  14:22")
    r.lr("Cashier", "Joy")
    r.rule()
    for i in items:
        r.l(i["d"])
        r.lr(f"  {qty_s(i['q'])} x {fmt(i['u'])}  {'E' if i['x'][0] == 'X' else 'V'}", fmt(i["a"]))
    r.rule()
    r.lr("TOTAL AMOUNT DUE", "P" + fmt(tot), "Courier-Bold", 9)
    r.lr("GCASH", fmt(tot))
    r.rule()
    r.lr("VATable Sales", fmt(vgross - vat))
    r.lr("VAT Amount (12%)", fmt(vat))
    r.lr("VAT-Exempt Sales", fmt(ex))
    r.lr("Zero-Rated Sales", "0.00")
    r.rule()
    r.l("Customer: ______________________")
    r.l("TIN: ___________________________")
    r.c("E = VAT-exempt (books, RA 8047)")
    r.render(path)
    return truth(
        number="0045123",
        date="2026-03-15",
        due=None,
        vendor=V,
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="PHP",
        locale="en-PH",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="US-style date 03/15/2026; VATable + VAT-exempt sales breakdown (net = VATable + exempt); Courier font; 'P' peso prefix",
    )


@doc(
    "r11",
    "photo",
    "jpg",
    "Nigeria",
    "market stall POS slip, no VAT",
    img={
        "mode": "photo",
        "dpi": 260,
        "long_side": 1500,
        "quality": 62,
        "bg": "wood",
        "fill": 0.86,
        "tilt": 0.06,
    },
)
def r11(path, rng):
    V = "Mama Nkechi Provisions"
    items = lines(
        [
            ("Rice (Mama Gold) 5kg", "1", "9500.00"),
            ("Tomatoes paint bucket", "1", "6000.00"),
            ("Palm oil 1L", "2", "2800.00"),
            ("Indomie carton (40)", "1", "11200.00"),
            ("Crayfish cup", "2", "1500.00"),
        ]
    )
    tot = sum(i["a"] for i in items)
    r = Roll(58, "DV", 7.2)
    r.c("MAMA NKECHI", "DVB", 12)
    r.c("PROVISIONS", "DVB", 9)
    r.c("Shop B14, Oyingbo Market")
    r.c("Ebute Metta, Lagos")
    r.c("0803 417 2290")
    r.rule()
    r.l("Receipt: MNP-0319-027")
    r.l("19/03/2026  11:06")
    r.rule()
    for i in items:
        r.l(i["d"])
        r.lr(f"  {qty_s(i['q'])} x {fmt(i['u'], dec=0)}", "₦" + fmt(i["a"]))
    r.rule()
    r.lr("TOTAL", "₦" + fmt(tot), "DVB", 9.5)
    r.lr("Transfer (Moniepoint)", "₦" + fmt(tot))
    r.rule()
    r.c("Goods sold in good condition.")
    r.c("God bless you!")
    r.render(path)
    return truth(
        number="MNP-0319-027",
        date="2026-03-19",
        due=None,
        vendor=V,
        amount=tot,
        vat=None,
        total=tot,
        currency="NGN",
        locale="en-NG",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="no tax printed (vat null, amount = total); unit prices without decimals but amounts with; ₦ sign; small 58 mm slip photographed",
    )


@doc("r12", "pdf", "pdf", "Turkey", "cinema receipt, KDV 10%/20% included")
def r12(path, rng):
    V = "Boğaziçi Sinemaları A.Ş."
    items = lines(
        [
            ("Bilet - Tam (Salon 3, 20:30)", "2", "280.00", "10"),
            ("Bilet - Öğrenci", "1", "220.00", "10"),
            ("Mısır Menü Büyük", "1", "245.00", "10"),
            ("Su 500 ml", "2", "35.00", "20"),
        ]
    )
    g10 = sum(i["a"] for i in items if i["x"][0] == "10")
    g20 = sum(i["a"] for i in items if i["x"][0] == "20")
    k10, k20 = incl_tax(g10, 10), incl_tax(g20, 20)
    tot = g10 + g20

    def f(x):
        return fmt(x, th=".", dp=",")

    r = Roll(80, "DVM", 7.6)
    r.c("BOĞAZİÇİ SİNEMALARI", "DVMB", 11)
    r.c(V)
    r.c("Moda Cad. No: 41, Kadıköy / İstanbul")
    r.c("Kadıköy V.D. 1790123456")
    r.rule()
    r.lr("TARİH: 14.03.2026", "SAAT: 20:05")
    r.lr("FİŞ NO: 0057", "Z NO: 1234")
    r.rule()
    for i in items:
        r.l(i["d"])
        r.lr(f"  {qty_s(i['q'])} AD X {f(i['u'])}", f"%{i['x'][0]}  *" + f(i["a"]))
    r.rule()
    r.lr("TOPKDV", "*" + f(k10 + k20))
    r.lr("  KDV %10", "*" + f(k10))
    r.lr("  KDV %20", "*" + f(k20))
    r.lr("TOPLAM", "*" + f(tot), "DVMB", 11)
    r.lr("KREDİ KARTI", "*" + f(tot))
    r.rule()
    r.c("FİYATLARIMIZA KDV DAHİLDİR", size=6.5)
    r.c("İyi seyirler!")
    r.c("EKÜ NO: 0001  MF AB 1040022187")
    r.render(path)
    return truth(
        number="0057",
        date="2026-03-14",
        due=None,
        vendor=V,
        amount=tot - k10 - k20,
        vat=k10 + k20,
        total=tot,
        currency="TRY",
        locale="tr-TR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Turkish till format: amounts with * prefix, decimal comma; two KDV rates included, TOPKDV is their sum; FİŞ NO vs Z NO; dd.mm.yyyy",
    )


@doc(
    "r13",
    "scan",
    "png",
    "Indonesia",
    "minimarket struk, PPN included, IDR without decimals",
    img={
        "mode": "scan",
        "dpi": 300,
        "grey": True,
        "skew": 1.3,
        "blur": 0.6,
        "fade": 0.2,
        "out_w": 650,
    },
)
def r13(path, rng):
    V = "PT Surya Retail Nusantara"
    items = lines(
        [
            ("INDOMIE GRG SPCL 85G", "5", "3500"),
            ("AQUA BTL 600ML", "2", "4000"),
            ("ULTRA MILK COKLT 250", "3", "7200"),
            ("ROTI TAWAR SARI 400G", "1", "19500"),
            ("PEPSODENT 190G", "1", "14900"),
        ]
    )
    tot = sum(i["a"] for i in items)
    ppn = q0(tot * 11 / D(111))
    dpp = tot - ppn

    def f(x):
        return fmt(x, th=".", dp=",", dec=0)

    r = Roll(58, "DVM", 6.8)
    r.c("SURYAMART", "DVMB", 12)
    r.c(V)
    r.c("JL. MARGONDA RAYA 212, DEPOK")
    r.c("NPWP: 0021 7788 9900 1000")
    r.rule()
    r.l("13.03.26-19:12  2.0.41 2041/KSR-02/03")
    r.l("No. Struk: 2041-260313-0318")
    r.rule()
    for i in items:
        r.cols([(i["d"], 0, "l")])
        r.cols([(qty_s(i["q"]), 0.35, "r"), (f(i["u"]), 0.65, "r"), (f(i["a"]), 1, "r")])
    r.rule()
    r.lr("HARGA JUAL :", f(tot))
    r.lr("TOTAL      :", f(tot), "DVMB", 8)
    r.lr("TUNAI      :", f(D(100000)))
    r.lr("KEMBALI    :", f(D(100000) - tot))
    r.rule()
    r.l(f"PPN : {f(ppn)}  DPP : {f(dpp)}")
    r.l("Harga sudah termasuk PPN")
    r.rule()
    r.c("LAYANAN KONSUMEN SMS 0811 1500 280")
    r.c("TERIMA KASIH, SELAMAT BELANJA KEMBALI")
    r.render(path)
    return truth(
        number="2041-260313-0318",
        date="2026-03-13",
        due=None,
        vendor=V,
        amount=dpp,
        vat=ppn,
        total=tot,
        currency="IDR",
        locale="id-ID",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="IDR dot thousands without decimals; date as 13.03.26 in a run with till codes; PPN/DPP on one line at the bottom; cash 100.000 and change; 650 px wide thermal scan",
    )


@doc(
    "r14",
    "scan",
    "png",
    "Vietnam",
    "restaurant bill, service 5% + VAT 8%",
    img={"mode": "scan", "dpi": 200, "grey": False, "skew": -0.7, "blur": 0.6},
)
def r14(path, rng):
    V = "BEP XUA RESTAURANT"
    items = lines(
        [
            ("Gỏi cuốn tôm thịt", "2", "65000"),
            ("Bò lúc lắc", "1", "189000"),
            ("Cá kho tộ", "1", "145000"),
            ("Canh chua cá lóc", "1", "120000"),
            ("Cơm trắng", "3", "15000"),
            ("Bia Saigon", "4", "30000"),
        ]
    )
    sub = sum(i["a"] for i in items)
    svc = q0(sub * D("0.05"))
    vat = q0((sub + svc) * D("0.08"))
    tot = sub + svc + vat

    def f(x):
        return fmt(x, th=".", dp=",", dec=0)

    r = Roll(80, "DV", 7.8)
    r.c("BẾP XƯA", "DVSB", 16)
    r.c(V, "DVB", 8)
    r.c("27 Lê Thánh Tôn, Quận 1, TP.HCM")
    r.c("MST: 0316789012   ĐT: 028 3823 5566")
    r.rule()
    r.c("PHIẾU THANH TOÁN / BILL", "DVB", 9)
    r.lr("Số HĐ (Bill No.): HD-0314-0271", "")
    r.lr("Ngày: 14/03/2026  19:48", "Bàn: 08")
    r.rule()
    r.cols([("Món", 0, "l"), ("SL", 0.55, "r"), ("Đơn giá", 0.76, "r"), ("T.Tiền", 1, "r")], "DVB")
    for i in items:
        r.cols(
            [
                (i["d"], 0, "l"),
                (qty_s(i["q"]), 0.55, "r"),
                (f(i["u"]), 0.76, "r"),
                (f(i["a"]), 1, "r"),
            ]
        )
    r.rule()
    r.lr("Tạm tính (Subtotal)", f(sub))
    r.lr("Phí phục vụ 5% (Service)", f(svc))
    r.lr("VAT 8%", f(vat))
    r.lr("TỔNG CỘNG (VND)", f(tot), "DVB", 10)
    r.lr("Tiền mặt (Cash)", f(D(1000000)))
    r.lr("Tiền thừa (Change)", f(D(1000000) - tot))
    r.rule()
    r.c("Cảm ơn quý khách! Hẹn gặp lại.")
    r.c("Wifi: BepXua_Guest  /  bepxua2026")
    r.render(path)
    return truth(
        number="HD-0314-0271",
        date="2026-03-14",
        due=None,
        vendor=V,
        amount=sub + svc,
        vat=vat,
        total=tot,
        currency="VND",
        locale="vi-VN",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Vietnamese with diacritics (item names, labels); service charge 5% is part of the net; VND dot thousands without decimals; cash 1.000.000 and change",
    )


@doc("r15", "pdf", "pdf", "Saudi Arabia", "restaurant simplified tax invoice, VAT 15% included, QR")
def r15(path, rng):
    V = "Najd Broast Restaurant Co."
    items = lines(
        [
            ("Broast chicken 4 pcs meal", "2", "24.00"),
            ("Shrimp meal", "1", "29.00"),
            ("Garlic sauce extra", "2", "1.50"),
            ("Pepsi regular", "3", "3.00"),
        ]
    )
    tot = sum(i["a"] for i in items)
    vat = incl_tax(tot, 15)
    r = Roll(80, "DV", 8)

    def logo(pg, yt):
        cx = r.W / 2
        pg.poly([(cx - 30, yt - 30), (cx, yt - 4), (cx + 30, yt - 30)], fill=(0.85, 0.1, 0.1))
        pg.rect(cx - 30, yt - 36, 60, 5, fill=(0.85, 0.1, 0.1), stroke=None)

    r.custom(40, logo)
    r.c("NAJD BROAST", "DVB", 14)
    r.c(V)
    r.c("Al Takhassusi St., Riyadh")
    r.c("VAT No: 300987654300003")
    r.rule()
    r.c("Simplified Tax Invoice", "DVB", 9)
    r.lr("Invoice #", "260318-1145")
    r.lr("Date", "2026-03-18 21:07")
    r.lr("Order", "Take away #77")
    r.rule()
    for i in items:
        r.lr(f"{qty_s(i['q'])} x {i['d']}", fmt(i["a"]))
    r.rule()
    r.lr("Total excl. VAT", fmt(tot - vat))
    r.lr("VAT 15%", fmt(vat))
    r.lr("Total incl. VAT (SAR)", fmt(tot), "DVB", 10)
    r.lr("mada", fmt(tot))
    r.rule()
    r.qr(30, rng, 29)
    r.c("Thank you - Shukran")
    r.render(path)
    return truth(
        number="260318-1145",
        date="2026-03-18",
        due=None,
        vendor=V,
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="SAR",
        locale="en-SA",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="born-digital; 'Simplified Tax Invoice' title on a receipt; net and VAT printed; ZATCA QR; mada card payment",
    )


@doc(
    "r16",
    "scan",
    "pdf",
    "South Africa",
    "hardware till slip, VAT 15% incl. (image-only PDF)",
    img={
        "mode": "scan",
        "dpi": 200,
        "grey": True,
        "skew": 2.0,
        "blur": 0.7,
        "fade": 0.3,
        "pdf": True,
    },
)
def r16(path, rng):
    V = "Highveld Hardware & Timber (Pty) Ltd"
    items = lines(
        [
            ("PINE 38X38 3.0M", "6", "54.99"),
            ("CHIPBOARD SCREW 4X40 (100)", "2", "68.50"),
            ("WOOD GLUE PVA 500ML", "1", "89.95"),
            ("SANDPAPER P120 5PK", "1", "42.00"),
        ]
    )
    tot = sum(i["a"] for i in items)
    vat = incl_tax(tot, 15)
    r = Roll(80, "Courier-Bold", 8)
    r.c("HIGHVELD HARDWARE", "Courier-Bold", 12)
    r.c(V, "Courier", 7.5)
    r.c("102 Main Reef Rd, Roodepoort 1724", "Courier", 7.5)
    r.c("VAT REG NO 4987654321", "Courier", 7.5)
    r.rule()
    r.c("TAX INVOICE", "Courier-Bold", 9)
    r.lr("SLIP 7741-02-118834", "")
    r.lr("2026/03/06", "10:14")
    r.rule()
    for i in items:
        r.l(i["d"], "Courier", 8)
        r.lr(f"  {qty_s(i['q'])} @ R{fmt(i['u'])}", "R" + fmt(i["a"]), "Courier", 8)
    r.rule()
    r.lr("TOTAL DUE", "R" + fmt(tot), "Courier-Bold", 10)
    r.lr("CARD  MASTERCARD", "R" + fmt(tot), "Courier", 8)
    r.rule()
    r.lr("VAT INCL @ 15%", "R" + fmt(vat), "Courier", 8)
    r.lr("TOTAL EXCL VAT", "R" + fmt(tot - vat), "Courier", 8)
    r.rule()
    r.c("NO REFUND ON CUT TIMBER", "Courier", 7.5)
    r.c("Keep slip for returns (30 days)", "Courier", 7.5)
    r.render(path)
    return truth(
        number="7741-02-118834",
        date="2026-03-06",
        due=None,
        vendor=V,
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="ZAR",
        locale="en-ZA",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="image-only PDF of a faded, 2° skewed till slip; number printed after 'SLIP'; VAT 15% included; yyyy/mm/dd",
    )


# ---------------------------------------------------------------- driver

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


def build(name, out: Path):
    spec = DOCS[name]
    seed = zlib.crc32(name.encode())
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    target = out / f"{name}.{spec['ext']}"
    img = spec["img"]
    if not img:
        t = spec["fn"](target, rng)
    else:
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / f"{name}.pdf"
            t = spec["fn"](src, rng)
            arr = render_pdf(src, img.get("dpi", 200))
        if img["mode"] == "scan":
            a = scan(
                arr,
                nrng,
                grey=img.get("grey", True),
                blur=img.get("blur", 0.7),
                skew=img.get("skew", 1.0),
                noise=img.get("noise", 5.0),
                specks=img.get("specks", 40),
                fade=img.get("fade", 0.0),
                out_w=img.get("out_w"),
            )
            if img.get("pdf"):
                image_pdf(a, target, img.get("dpi", 200) * (a.shape[1] / arr.shape[1]))
            else:
                save_image(a, target, img.get("quality"))
        else:
            a = photo(
                arr,
                nrng,
                long_side=img.get("long_side", 2000),
                bg=img.get("bg", "wood"),
                fold=img.get("fold", True),
                tilt=img.get("tilt", 0.05),
                fill=img.get("fill", 0.84),
            )
            save_image(a, target, img.get("quality", 70))
    tip, rounding = t.pop("_tip"), t.pop("_rounding")
    t["kind"] = spec["kind"]
    rec = {k: t[k] for k in KEYS}
    vat = D(rec["vat"] or "0")
    assert D(rec["amount"]) + vat + D(tip) + D(rounding) == D(rec["total"]), name
    (out / f"{name}.json").write_text(
        json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return rec, {"tip": tip, "rounding": rounding}


def readme(recs, out: Path):
    kinds = {}
    for name, r in recs.items():
        ext = DOCS[name]["ext"]
        k = r["kind"] + (" (image-only PDF)" if r["kind"] == "scan" and ext == "pdf" else "")
        kinds.setdefault(k, [0, 0])
        kinds[k][0 if r["layout"] == "invoice" else 1] += 1
    mix = ["| kind | invoices | receipts | total |", "| --- | --- | --- | --- |"]
    for k, (a, b) in sorted(kinds.items()):
        mix.append(f"| {k} | {a} | {b} | {a + b} |")
    mix.append(
        f"| **all** | {sum(v[0] for v in kinds.values())} | {sum(v[1] for v in kinds.values())} | {len(recs)} |"
    )
    rows = [
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in recs.items():
        s = DOCS[name]
        rows.append(
            f"| {name}.{s['ext']} | {r['kind']} | {s['country']} | {s['label']} | {r['vendor_name']} | {r['invoice_number']} | {r['total']} {r['currency']} | {r['note']} |"
        )
    text = (
        README_HEAD
        + "\n## Mix\n\n"
        + "\n".join(mix)
        + "\n\n## Documents\n\n"
        + "\n".join(rows)
        + "\n"
    )
    (out / "README.md").write_text(text, encoding="utf-8")


README_HEAD = """# blind-2026-14n

32 documents (16 invoices `i01..i16`, 16 receipts `r01..r16`) as uploaded over one month (February-March 2026)
by companies in Asia, the Middle East and Africa: India, Singapore, Malaysia, Indonesia, Philippines, Thailand,
Vietnam, Japan, South Korea, UAE, Saudi Arabia, Israel, Turkey, South Africa, Kenya, Nigeria and Egypt.
Written blind: the author did not look at the reader, its tests, its docs or any other blind set.

Regenerate from the repository root (byte-identical; every random choice is seeded with the CRC-32 of the document name):

    python -m bench.blindsets.blind_2026_14n [OUTDIR] [--only NAME]

## How the set is drawn

* Every document has its own drawing function (reportlab canvas, `invariant=1`) with its own layout, fonts
  (DejaVu Sans / Condensed / Mono / Serif, Helvetica), label wording and language, logo (shapes or a wordmark),
  customer block, line-item table, tax summary and footer (bank details, registration numbers, QR-like boxes).
  Every text run is checked to stay on the page and not to overlap another run (`LayoutError`).
* Invoices are A4 or US Letter; receipts are 58, 76 or 80 mm till rolls exactly as long as their content.
* All text is Latin script (English plus local languages written in Latin letters: Indonesian, Turkish,
  Vietnamese with diacritics, Malay, transliterated Arabic/Hebrew/Japanese/Korean labels).
* Kinds: born-digital PDF with a text layer (`pdf`); `scan` = rendered with pypdfium2 at 170-220 dpi, grey or
  colour, Gaussian blur, skew up to +-2 degrees, noise, specks, thermal fading on some receipts, some
  downscaled to 650 px wide, saved as PNG/JPEG or embedded as the only content of a PDF (image-only PDF);
  `photo` = perspective onto a wood / granite / fabric background, uneven light, drop shadow and a corner
  shadow, a fold line, JPEG quality 60-80, long side 1,500-2,300 px.

## Truth conventions

* `amount` is the net before tax, `vat` the sum of all taxes printed (CGST+SGST, several VAT/SST rates, ...),
  `total` the document total including tax. `vat` is null only when the page prints no tax at all; then
  `amount` = `total` (minus a tip). When prices include tax, `amount` = `total` - `vat` (- rounding), and
  where a net figure is printed it is the one keyed. Every document satisfies
  `amount + vat + tip + rounding == total`; tips and cash-rounding / round-off lines are not keyed
  separately (see the doc table).
* Service charges (hotel, restaurant) are not taxes and not tips: they are part of `amount` (tax is charged
  on them).
* `total` is the invoice total including tax, before deposits already paid or payments recorded on the page
  (i02 deducts a deposit; i11 and i13 print payments). For receipts, it is the amount charged, never the
  cash tendered or the change.
* Discounts printed before tax reduce `amount`; line items keep their undiscounted printed amounts.
* `invoice_number`: the document's own number (invoice no., receipt / bill / docket / slip no.; for the Korean
  tax invoice the NTS approval number, for the Vietnamese one the `Số` number, not the serial). Other
  numbers on the page (tax-invoice serials, CU numbers, folio, account, order numbers) are not keyed.
* `due_date` only when a due date is printed; otherwise null.
* `vendor_name`: the seller's name as printed, with the legal form when printed with it; where a brand
  wordmark and a legal name both appear, the legal name is keyed (the brand is noted in the table).
* `line_items`: description, quantity, unit price and amount as printed (tax-inclusive on receipts that print
  tax-inclusive prices); quantities as plain decimals, money with two decimals; currencies printed without
  decimals (IDR, JPY, KRW, VND) are keyed with `.00`.
* No credit notes in this set; the convention would be negative amounts as printed.
* `locale` is the locale whose conventions the page follows (e.g. `en-IN`, `id-ID`, `tr-TR`).
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outdir", nargs="?", default=DEFAULT_OUT)
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else sorted(DOCS)
    recs = {}
    for n in names:
        recs[n], _ = build(n, out)
        print(n, recs[n]["kind"], recs[n]["total"], recs[n]["currency"])
    if not a.only:
        readme(recs, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
