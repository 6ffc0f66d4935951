# ruff: noqa: E501
"""Blind set 13e: small businesses of Latin America, the Middle East, Africa and Eastern Europe.

Run: python -m bench.blindsets.blind_2026_13e [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document name.
"""

from __future__ import annotations

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
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
for _n, _f in [
    ("DV", "DejaVuSans.ttf"),
    ("DV-B", "DejaVuSans-Bold.ttf"),
    ("DV-I", "DejaVuSans-Oblique.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
    ("DVM", "DejaVuSansMono.ttf"),
    ("DVM-B", "DejaVuSansMono-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"),
    ("DVS-B", "DejaVuSerif-Bold.ttf"),
    ("DVS-I", "DejaVuSerif-Italic.ttf"),
    ("DVSC-I", "DejaVuSerifCondensed-Italic.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, str(FONT_DIR / _f)))

FAM = {
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "cour": ("Courier", "Courier-Bold"),
    "dv": ("DV", "DV-B"),
    "dvc": ("DVC", "DVC-B"),
    "dvm": ("DVM", "DVM-B"),
    "dvs": ("DVS", "DVS-B"),
}

TWO = Decimal("0.01")
ZERO = Decimal("0")


class LayoutError(Exception):
    pass


def D(x) -> Decimal:
    return Decimal(str(x))


def q2(x) -> Decimal:
    return D(x).quantize(TWO, rounding=ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


def fmt(v, style="en", dec=2) -> str:
    """Format a Decimal: en 1,234.56 / de 1.234,56 / sp 1 234,56 / spd 1 234.56 / ch 1'234.56."""
    v = D(v)
    neg = v < 0
    v = abs(v).quantize(Decimal(1) if dec == 0 else TWO, rounding=ROUND_HALF_UP)
    s = f"{v:.{dec}f}"
    ip, _, fp = s.partition(".")
    th, dp = {
        "en": (",", "."),
        "de": (".", ","),
        "sp": ("\u00a0", ","),
        "spd": ("\u00a0", "."),
        "ch": ("'", "."),
        "plain": ("", "."),
    }[style]
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups) + (dp + fp if dec else "")
    out = out.replace("\u00a0", " ")
    return ("-" if neg else "") + out


def rng_for(name: str) -> random.Random:
    return random.Random(zlib.crc32(name.encode()))


# ---------------------------------------------------------------- page wrapper with layout checks
class Pg:
    """Canvas wrapper that records every text run and checks bounds and overlaps per page."""

    def __init__(self, path_or_buf, size):
        self.c = canvas.Canvas(path_or_buf, pagesize=size, invariant=1)
        self.w, self.h = size
        self.runs = []
        self.page = 1

    def t(
        self,
        x,
        y,
        s,
        font="Helvetica",
        size=9,
        align="l",
        color=(0, 0, 0),
        overlay=False,
        check=True,
    ):
        s = str(s)
        if not s:
            return 0
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        box = (x0, y - size * 0.22, x0 + w, y + size * 0.78)
        if check:
            if box[0] < 1 or box[1] < 1 or box[2] > self.w - 1 or box[3] > self.h - 1:
                raise LayoutError(f"off page p{self.page}: {s!r} {box}")
            if not overlay:
                for b, o in self.runs:
                    if (
                        box[0] < b[2] - 0.3
                        and b[0] < box[2] - 0.3
                        and box[1] < b[3] - 0.3
                        and b[1] < box[3] - 0.3
                    ):
                        raise LayoutError(f"overlap p{self.page}: {s!r} with {o!r}")
                self.runs.append((box, s))
        return w

    def new_page(self):
        self.c.showPage()
        self.runs = []
        self.page += 1

    def save(self):
        self.c.save()


def wordmark_shape(p: Pg, x, y, kind, col, s=14):
    c = p.c
    c.setFillColorRGB(*col)
    c.setStrokeColorRGB(*col)
    if kind == "circle":
        c.circle(x + s / 2, y + s / 2, s / 2, fill=1, stroke=0)
    elif kind == "tri":
        path = c.beginPath()
        path.moveTo(x, y)
        path.lineTo(x + s, y)
        path.lineTo(x + s / 2, y + s)
        path.close()
        c.drawPath(path, fill=1, stroke=0)
    elif kind == "squares":
        c.rect(x, y, s * 0.45, s * 0.45, fill=1, stroke=0)
        c.rect(x + s * 0.55, y + s * 0.55, s * 0.45, s * 0.45, fill=1, stroke=0)
        c.rect(x, y + s * 0.55, s * 0.45, s * 0.45, fill=0, stroke=1)
    elif kind == "diamond":
        path = c.beginPath()
        path.moveTo(x + s / 2, y)
        path.lineTo(x + s, y + s / 2)
        path.lineTo(x + s / 2, y + s)
        path.lineTo(x, y + s / 2)
        path.close()
        c.drawPath(path, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)


def qr_box(p: Pg, x, y, s, rng: random.Random, n=25):
    c = p.c
    cell = s / n
    c.setFillColorRGB(0, 0, 0)
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, fill=1, stroke=0)


def barcode(p: Pg, x, y, w, h, rng: random.Random):
    c = p.c
    cx = x
    while cx < x + w - 3:
        bw = rng.choice([0.6, 0.6, 1.2, 1.8])
        c.rect(cx, y, bw, h, fill=1, stroke=0)
        cx += bw + rng.choice([0.6, 1.2, 1.8])


def pdf417(p: Pg, x, y, w, h, rng: random.Random):
    c = p.c
    rows = int(h / 2.2)
    for r in range(rows):
        cx = x
        while cx < x + w - 2:
            bw = rng.choice([0.5, 1.0, 1.5])
            if rng.random() < 0.55:
                c.rect(cx, y + r * 2.2, bw, 2.0, fill=1, stroke=0)
            cx += bw
    c.rect(x - 2, y - 2, w + 4, rows * 2.2 + 4, fill=0, stroke=1)


def stamp(p: Pg, x, y, r, lines, col=(0.15, 0.2, 0.65), angle=-12, round_=True):
    """Rubber stamp drawn over content (not checked for overlaps: it is meant to overlap)."""
    c = p.c
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeColorRGB(*col)
    c.setFillColorRGB(*col)
    c.setLineWidth(1.6)
    if round_:
        c.circle(0, 0, r, fill=0, stroke=1)
        c.circle(0, 0, r - 4, fill=0, stroke=1)
    else:
        c.roundRect(-r * 1.4, -r * 0.6, r * 2.8, r * 1.2, 4, fill=0, stroke=1)
    n = len(lines)
    for i, (s, sz) in enumerate(lines):
        c.setFont("DV-B", sz)
        c.drawCentredString(0, (n / 2 - i - 0.8) * (sz + 2), s)
    c.restoreState()


def signature(p: Pg, x, y, rng: random.Random, w=80, col=(0.1, 0.1, 0.45)):
    c = p.c
    c.saveState()
    c.setStrokeColorRGB(*col)
    c.setLineWidth(1.1)
    path = c.beginPath()
    path.moveTo(x, y)
    cx, cy = x, y
    for _ in range(6):
        nx = cx + w / 6
        path.curveTo(
            cx + rng.uniform(0, 15),
            cy + rng.uniform(8, 22),
            nx - rng.uniform(0, 15),
            cy - rng.uniform(6, 18),
            nx,
            cy + rng.uniform(-4, 4),
        )
        cx = nx
    c.drawPath(path, fill=0, stroke=1)
    c.restoreState()


# ---------------------------------------------------------------- money model
def lines_net(items, dec=2):
    """items: (desc, qty, unit) -> list of dicts with amount = qty*unit rounded."""
    qf = q2 if dec == 2 else q0
    out = []
    for desc, qty, unit in items:
        out.append(
            {
                "description": desc,
                "quantity": str(D(qty)),
                "unit_price": str(q2(unit)),
                "amount": qf(D(qty) * D(unit)),
            }
        )
    return out


def truth(name, **kw):
    amount, vat, total = kw["amount"], kw.get("vat"), kw["total"]
    tip, rnd = kw.pop("tip", ZERO), kw.pop("rounding", ZERO)
    if q2(amount) + (q2(vat) if vat is not None else ZERO) + q2(tip) + q2(rnd) != q2(total):
        raise AssertionError(f"{name}: arithmetic {amount}+{vat}+{tip}+{rnd} != {total}")
    li = [
        {
            "description": x["description"],
            "quantity": x["quantity"],
            "unit_price": x["unit_price"],
            "amount": f"{q2(x['amount']):.2f}",
        }
        for x in kw.get("line_items", [])
    ]
    return {
        "invoice_number": kw["invoice_number"],
        "invoice_date": kw["invoice_date"],
        "due_date": kw.get("due_date"),
        "vendor_name": kw["vendor_name"],
        "amount": f"{q2(amount):.2f}",
        "vat": None if vat is None else f"{q2(vat):.2f}",
        "total": f"{q2(total):.2f}",
        "currency": kw["currency"],
        "locale": kw["locale"],
        "layout": kw["layout"],
        "document_type": kw.get("document_type", kw["layout"]),
        "line_items": li,
        "note": kw["note"],
        "kind": kw["kind"],
    }


# ---------------------------------------------------------------- generic invoice drawing
def draw_table(p: Pg, x0, y, cols, rows, fonts, size=8.5, head_fill=None, grid=False, row_h=None):
    """cols: list of (title, width, align). rows: list of tuples of strings. Returns new y."""
    f, fb = fonts
    rh = row_h or size * 1.7
    tw = sum(c[1] for c in cols)
    if head_fill:
        p.c.setFillColorRGB(*head_fill)
        p.c.rect(x0, y - rh * 0.35, tw, rh, fill=1, stroke=0)
        p.c.setFillColorRGB(0, 0, 0)
    tx = x0
    hcol = (1, 1, 1) if head_fill and sum(head_fill) < 1.5 else (0, 0, 0)
    for title, w, al in cols:
        ax = tx + 3 if al == "l" else (tx + w - 3 if al == "r" else tx + w / 2)
        p.t(ax, y, title, fb, size - 0.5, al, color=hcol)
        tx += w
    if not head_fill:
        p.c.line(x0, y - rh * 0.4, x0 + tw, y - rh * 0.4)
    top = y + rh * 0.65
    y -= rh
    for r in rows:
        tx = x0
        for (_title, w, al), val in zip(cols, r, strict=False):
            ax = tx + 3 if al == "l" else (tx + w - 3 if al == "r" else tx + w / 2)
            p.t(ax, y, val, f, size, al)
            tx += w
        y -= rh
    if grid:
        p.c.setLineWidth(0.5)
        p.c.rect(x0, y + rh * 0.6, tw, top - y - rh * 0.6, fill=0, stroke=1)
        tx = x0
        for _, w, _ in cols[:-1]:
            tx += w
            p.c.line(tx, y + rh * 0.6, tx, top)
        p.c.line(x0, top - rh, x0 + tw, top - rh)
    else:
        p.c.line(x0, y + rh * 0.5, x0 + tw, y + rh * 0.5)
    return y


def kv_block(p: Pg, x, y, pairs, fonts, size=8.5, lw=None, right=None, lead=1.45):
    """Label/value pairs. If right is given, values right-aligned at that x; else after label width lw."""
    f, fb = fonts
    for lab, val in pairs:
        p.t(x, y, lab, fb if lab.isupper() else f, size)
        if right is not None:
            p.t(right, y, val, f, size, "r")
        else:
            p.t(x + (lw or 80), y, val, f, size)
        y -= size * lead
    return y


def totals_block(p: Pg, xl, xr, y, rows, fonts, size=9.5, box=False, lead=1.55):
    f, fb = fonts
    y0 = y + size * 1.1
    for _i, (lab, val, bold) in enumerate(rows):
        ff = fb if bold else f
        sz = size + (1.5 if bold else 0)
        p.t(xl, y, lab, ff, sz)
        p.t(xr, y, val, ff, sz, "r")
        y -= sz * lead
    if box:
        p.c.setLineWidth(0.8)
        p.c.rect(xl - 5, y + size * 0.6, xr - xl + 10, y0 - y - size * 0.6, fill=0, stroke=1)
    return y


def footer_lines(p: Pg, lines, fonts, size=7, y=28, align="c", color=(0.3, 0.3, 0.3)):
    f = fonts[0]
    for i, s in enumerate(lines):
        x = p.w / 2 if align == "c" else 40
        p.t(x, y + (len(lines) - 1 - i) * size * 1.35, s, f, size, align, color=color)


# ---------------------------------------------------------------- receipt drawing
def draw_receipt(buf, width_mm, rlines, font="DVM", size=8.0, margin=4 * mm, lead=1.32):  # noqa: C901
    """rlines: list of tuples: ('c'|'l'|'r', text[, bold/size]), ('lr', l, r), ('lrb', l, r),
    ('sep', ch), ('gap', pts), ('qr', size), ('bar', h), ('logo', kind, text)."""
    W = width_mm * mm
    fb = {
        "DVM": "DVM-B",
        "Courier": "Courier-Bold",
        "DVC": "DVC-B",
        "DV": "DV-B",
        "Helvetica": "Helvetica-Bold",
    }[font]
    lh = size * lead
    h = 2 * margin
    for ln in rlines:
        k = ln[0]
        if k == "gap":
            h += ln[1]
        elif k == "qr" or k == "bar":
            h += ln[1] + 6
        elif k == "logo":
            h += 34
        elif k in ("big",):
            h += size * 1.9 * lead
        else:
            h += lh
    p = Pg(buf, (W, h))
    y = h - margin - size
    rng = random.Random(len(rlines) * 7 + width_mm)
    cx = W / 2
    for ln in rlines:
        k = ln[0]
        if k == "c":
            p.t(cx, y, ln[1], fb if len(ln) > 2 and ln[2] else font, size, "c")
            y -= lh
        elif k == "l":
            p.t(margin, y, ln[1], fb if len(ln) > 2 and ln[2] else font, size)
            y -= lh
        elif k == "r":
            p.t(W - margin, y, ln[1], fb if len(ln) > 2 and ln[2] else font, size, "r")
            y -= lh
        elif k in ("lr", "lrb"):
            ff = fb if k == "lrb" else font
            p.t(margin, y, ln[1], ff, size)
            p.t(W - margin, y, ln[2], ff, size, "r")
            y -= lh
        elif k == "big":
            y -= size * 0.9
            if len(ln) > 2:
                p.t(margin, y, ln[1], fb, size * 1.5)
                p.t(W - margin, y, ln[2], fb, size * 1.5, "r")
            else:
                p.t(cx, y, ln[1], fb, size * 1.5, "c")
            y -= size * 1.9 * lead - size * 0.9
        elif k == "sep":
            ch = ln[1] if len(ln) > 1 else "-"
            n = int((W - 2 * margin) / pdfmetrics.stringWidth(ch, font, size))
            p.t(margin, y, ch * n, font, size)
            y -= lh
        elif k == "gap":
            y -= ln[1]
        elif k == "qr":
            s = ln[1]
            qr_box(p, cx - s / 2, y - s + size, s, rng)
            y -= s + 6
        elif k == "bar":
            barcode(p, margin + 6, y - ln[1] + size, W - 2 * margin - 12, ln[1], rng)
            y -= ln[1] + 6
        elif k == "logo":
            wordmark_shape(p, cx - 60, y - 14, ln[1], (0.1, 0.1, 0.1), 24)
            p.t(cx - 30, y - 8, ln[2], fb, 15, "l")
            y -= 34
    p.save()


# ---------------------------------------------------------------- rendering and degradation
def render(pdf_bytes, dpi, page=0):
    doc = pdfium.PdfDocument(pdf_bytes)
    pg = doc[page]
    bm = pg.render(scale=dpi / 72)
    img = np.array(bm.to_pil().convert("RGB"))[:, :, ::-1].copy()
    pg.close()
    doc.close()
    return img


def n_pages(pdf_bytes):
    doc = pdfium.PdfDocument(pdf_bytes)
    n = len(doc)
    doc.close()
    return n


def scan(
    img,
    rng: random.Random,
    grey=True,
    skew=None,
    blur=True,
    noise=6,
    specks=40,
    fade=0.0,
    downscale=None,
    paper=(248, 246, 240),
):
    h, w = img.shape[:2]
    if fade:
        # thermal fading: lighten ink unevenly from one side
        g = np.linspace(1 - fade, 1 - fade * 0.3, w)[None, :, None]
        img = (255 - (255 - img.astype(np.float32)) * g).clip(0, 255).astype(np.uint8)
    tint = np.array(paper, np.float32)[::-1] / 255.0
    img = (img.astype(np.float32) * tint).clip(0, 255).astype(np.uint8)
    ang = skew if skew is not None else rng.uniform(-2, 2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    img = cv2.warpAffine(
        img,
        M,
        (w, h),
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=tuple(int(v) for v in paper[::-1]),
    )
    if blur:
        img = cv2.GaussianBlur(img, (3, 3), rng.uniform(0.5, 0.9))
    nrng = np.random.default_rng(rng.randrange(2**31))
    img = (
        (img.astype(np.int16) + nrng.normal(0, noise, img.shape).astype(np.int16))
        .clip(0, 255)
        .astype(np.uint8)
    )
    for _ in range(specks):
        x, y = rng.randrange(w), rng.randrange(h)
        cv2.circle(img, (x, y), rng.choice([1, 1, 2]), (40, 40, 40), -1)
    if grey:
        img = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    if downscale:
        f = downscale / img.shape[1]
        img = cv2.resize(img, (downscale, int(img.shape[0] * f)), interpolation=cv2.INTER_AREA)
    return img


def photo(img, rng: random.Random, long_side=None, bg="wood", fold=True, shadow=True, quality=None):
    h, w = img.shape[:2]
    L = long_side or rng.randint(1500, 2300)
    pad = int(max(h, w) * 0.18)
    H, W = h + 2 * pad, w + 2 * pad
    nrng = np.random.default_rng(rng.randrange(2**31))
    base = {
        "wood": (70, 110, 150),
        "desk": (150, 150, 145),
        "cloth": (120, 70, 60),
        "dark": (50, 50, 55),
    }[bg]
    bgimg = np.zeros((H, W, 3), np.float32) + np.array(base, np.float32)
    tex = cv2.GaussianBlur(nrng.normal(0, 25, (H, W)).astype(np.float32), (0, 0), 3)
    if bg == "wood":
        tex += (np.sin(np.linspace(0, 60, H))[:, None] * 12).astype(np.float32)
    bgimg += tex[:, :, None]
    paper = img.astype(np.float32)
    if fold:
        # crease: a darker line with a soft shading on one side
        if h > w * 1.5:
            yy = int(h * rng.uniform(0.35, 0.65))
            ramp = np.ones((h, 1), np.float32)
            for k in range(40):
                if 0 <= yy + k < h:
                    ramp[yy + k] = 0.88 + 0.12 * k / 40
            paper *= ramp[:, :, None]
            cv2.line(paper, (0, yy), (w, yy), (150, 150, 150), 2)
        else:
            xx = int(w * rng.uniform(0.4, 0.6))
            ramp = np.ones((1, w), np.float32)
            for k in range(50):
                if 0 <= xx + k < w:
                    ramp[0, xx + k] = 0.87 + 0.13 * k / 50
            paper *= ramp[:, :, None]
            cv2.line(paper, (xx, 0), (xx, h), (160, 160, 160), 2)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.05, 0.05) * min(w, h)  # noqa: E731
    dst = np.float32(
        [
            [pad + j(), pad + j()],
            [pad + w + j(), pad + j()],
            [pad + w + j(), pad + h + j()],
            [pad + j(), pad + h + j()],
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(paper, M, (W, H), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    out = bgimg * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    # uneven light
    gx = np.linspace(rng.uniform(0.75, 0.9), rng.uniform(1.0, 1.08), W)[None, :]
    gy = np.linspace(rng.uniform(0.9, 1.05), rng.uniform(0.8, 0.95), H)[:, None]
    out *= (gx * gy)[:, :, None]
    if shadow:
        sh = np.ones((H, W), np.float32)
        cx = int(W * rng.uniform(0.55, 0.9))
        pts = np.array([[cx, 0], [W, 0], [W, H], [cx - int(W * 0.25), H]], np.int32)
        cv2.fillPoly(sh, [pts], 0.72)
        sh = cv2.GaussianBlur(sh, (0, 0), 25)
        out *= sh[:, :, None]
    out = cv2.GaussianBlur(out.clip(0, 255), (0, 0), 0.7)
    out = out.clip(0, 255).astype(np.uint8)
    f = L / max(H, W)
    out = cv2.resize(out, (int(W * f), int(H * f)), interpolation=cv2.INTER_AREA)
    return out, quality or rng.randint(60, 80)


def image_pdf(img, path: Path, size_pt):
    pil = Image.fromarray(img) if img.ndim == 2 else Image.fromarray(img[:, :, ::-1])
    bio = io.BytesIO()
    pil.save(bio, format="PNG", optimize=False)
    bio.seek(0)
    c = canvas.Canvas(str(path), pagesize=size_pt, invariant=1)
    c.drawImage(ImageReader(bio), 0, 0, size_pt[0], size_pt[1])
    c.showPage()
    c.save()


def emit(out: Path, name: str, pdf_bytes: bytes, t: dict, rng: random.Random, mode: str, **kw):
    """mode: pdf | scan | photo | imgpdf."""
    if mode == "pdf":
        (out / f"{name}.pdf").write_bytes(pdf_bytes)
    elif mode == "scan":
        img = scan(render(pdf_bytes, kw.pop("dpi", 200)), rng, **kw)
        cv2.imwrite(str(out / f"{name}.png"), img)
    elif mode == "imgpdf":
        dpi = kw.pop("dpi", 200)
        img = scan(render(pdf_bytes, dpi), rng, **kw)
        h, w = img.shape[:2]
        image_pdf(img, out / f"{name}.pdf", (w * 72 / dpi, h * 72 / dpi))
    elif mode == "photo":
        img, qual = photo(render(pdf_bytes, kw.pop("dpi", 170)), rng, **kw)
        cv2.imwrite(str(out / f"{name}.jpg"), img, [cv2.IMWRITE_JPEG_QUALITY, qual])
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def invoice_pdf(sp: dict) -> bytes:  # noqa: C901
    """Generic but heavily parameterised invoice page(s). Each document function sets its own layout."""
    buf = io.BytesIO()
    size = sp.get("size", A4)
    p = Pg(buf, size)
    fonts = FAM[sp.get("fam", "helv")]
    f, fb = fonts
    W, H = size
    M = sp.get("margin", 40)
    rng = sp["rng"]
    rows = sp["rows"]
    split = sp.get("split")  # rows on page 1 when two pages
    pages = [rows[:split], rows[split:]] if split else [rows]
    col = sp.get("color", (0.1, 0.25, 0.5))
    for pi, prow in enumerate(pages):
        y = H - M - 10
        hd = sp["header"]
        if pi == 0:
            if hd == "band":
                p.c.setFillColorRGB(*col)
                p.c.rect(0, H - 78, W, 78, fill=1, stroke=0)
                p.t(M, H - 42, sp["vendor"], fb, 20, color=(1, 1, 1))
                p.t(M, H - 60, sp["vendor_lines"][0], f, 8, color=(1, 1, 1))
                p.t(W - M, H - 40, sp["title"], fb, 12.5, "r", color=(1, 1, 1))
                y = H - 96
                for s in sp["vendor_lines"][1:]:
                    p.t(M, y, s, f, 8)
                    y -= 11
            elif hd == "center":
                wordmark_shape(p, W / 2 - 10, H - M - 22, sp.get("logo", "circle"), col, 20)
                p.t(W / 2, H - M - 40, sp["vendor"], fb, 17, "c", color=col)
                y = H - M - 54
                for s in sp["vendor_lines"]:
                    p.t(W / 2, y, s, f, 7.5, "c")
                    y -= 10
                y -= 8
                p.c.setStrokeColorRGB(*col)
                p.c.line(M, y + 4, W - M, y + 4)
                p.c.setStrokeColorRGB(0, 0, 0)
                y -= 18
                p.t(W / 2, y, sp["title"], fb, 14, "c")
                y -= 18
            else:  # left logo + right title
                wordmark_shape(p, M, H - M - 22, sp.get("logo", "squares"), col, 24)
                p.t(M + 32, H - M - 14, sp["vendor"], fb, 14)
                y = H - M - 36
                for s in sp["vendor_lines"]:
                    p.t(M, y, s, f, 7.8)
                    y -= 10
                p.t(W - M, H - M - 14, sp["title"], fb, 15, "r", color=col)
            # meta block
            my = H - M - 36 if hd == "left" else (H - 96 if hd == "band" else y)
            if hd == "center":
                cy = y
                for i, s in enumerate(sp["customer"]):
                    p.t(M, cy, s, fb if i == 0 else f, 8.3)
                    cy -= 11
                my2 = y
                for lab, val in sp["meta"]:
                    p.t(W - M - 205, my2, lab, fb, 8.3)
                    p.t(W - M, my2, val, f, 8.3, "r")
                    my2 -= 12
                y = min(cy, my2) - 14
            else:
                mx = W - M - 215 if hd == "left" else W - M - 200
                my2 = my
                for lab, val in sp["meta"]:
                    p.t(mx, my2, lab, fb, 8.2)
                    p.t(W - M, my2, val, f, 8.2, "r")
                    my2 -= 11.5
                y = min(y, my2) - 14
                p.c.setLineWidth(0.6)
                ch = 12 + 11 * len(sp["customer"])
                p.c.rect(M, y - ch + 10, 250, ch, fill=0, stroke=1)
                cy = y
                for i, s in enumerate(sp["customer"]):
                    p.t(M + 6, cy, s, fb if i == 0 else f, 8.3)
                    cy -= 11
                y = cy - 16
        else:
            p.t(M, H - M - 10, sp["vendor"] + " — " + sp["title"] + " " + sp["number"], fb, 10)
            p.t(W - M, H - M - 10, sp["cont"][1], f, 8.5, "r")
            y = H - M - 40
        y = draw_table(
            p,
            M,
            y,
            sp["cols"],
            prow,
            fonts,
            sp.get("tsize", 8.3),
            head_fill=sp.get("head_fill"),
            grid=sp.get("grid", False),
        )
        if split and pi == 0:
            p.t(W - M, y - 6, sp["cont"][0], f, 8, "r")
            footer_lines(p, sp["footer"], fonts, 6.8)
            p.t(W / 2, 14, "1/2", f, 7, "c")
            p.new_page()
            continue
        y -= 12
        tx = sp.get("tot_x", W - M - 210)
        yt = totals_block(
            p,
            tx,
            W - M,
            y,
            sp["totals"],
            fonts,
            sp.get("tot_size", 9),
            box=sp.get("tot_box", False),
        )
        ny = y
        for s in sp.get("notes", []):
            p.t(M, ny, s, f, 7.6)
            ny -= 10
        y = min(yt, ny) - 8
        if "extra" in sp:
            sp["extra"](p, y, fonts)
        footer_lines(p, sp["footer"], fonts, 6.8)
        if split:
            p.t(W / 2, 14, "2/2", f, 7, "c")
    p.save()
    _ = rng
    return buf.getvalue()


def item_rows(li, nf, dec=2, extra=None):
    rows = []
    for i, x in enumerate(li, 1):
        r = [
            str(i),
            x["description"],
            fmt(x["quantity"], nf, 0)
            if D(x["quantity"]) == int(D(x["quantity"]))
            else fmt(x["quantity"], nf, 2),
            fmt(x["unit_price"], nf, dec),
            fmt(x["amount"], nf, dec),
        ]
        if extra:
            r = extra(r, x)
        rows.append(r)
    return rows


# ================================================================ INVOICES
def i01(out, name="i01"):
    """Brazil NF-e DANFE, Simples Nacional (no tax highlighted), freight and discount. Born-digital."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("PARAFUSO SEXTAVADO M8X40 ZINC.", 500, "0.38"),
            ("PORCA SEXTAVADA M8 ZINC.", 500, "0.12"),
            ("ARRUELA LISA 8MM", 1000, "0.05"),
            ("CHAVE COMBINADA 13MM CR-V", 12, "18.90"),
            ("BROCA ACO RAPIDO 8MM", 20, "9.45"),
        ]
    )
    prod = sum(x["amount"] for x in li)
    frete, desc = q2("45.00"), q2("12.40")
    total = prod + frete - desc
    num, serie = "000.004.517", "001"
    buf = io.BytesIO()
    p = Pg(buf, A4)
    W, H = A4
    M = 28
    c = p.c
    c.setLineWidth(0.7)
    # canhoto
    c.rect(M, H - 70, W - 2 * M, 42)
    p.t(
        M + 4,
        H - 38,
        "RECEBEMOS DE FERRAGENS SAO JUDAS LTDA ME OS PRODUTOS CONSTANTES DA NOTA FISCAL INDICADA AO LADO",
        "Helvetica",
        6,
    )
    p.t(M + 4, H - 62, "DATA DE RECEBIMENTO", "Helvetica", 5.5)
    p.t(M + 150, H - 62, "IDENTIFICAÇÃO E ASSINATURA DO RECEBEDOR", "Helvetica", 5.5)
    p.t(W - M - 6, H - 44, "NF-e", "Helvetica-Bold", 11, "r")
    p.t(W - M - 6, H - 60, f"Nº {num}  SÉRIE {serie}", "Helvetica-Bold", 7.5, "r")
    # emitente / danfe / chave
    top = H - 80
    c.rect(M, top - 100, 230, 100)
    p.t(M + 8, top - 22, "FERRAGENS SÃO JUDAS LTDA ME", "Helvetica-Bold", 10)
    for i, s in enumerate(
        [
            "Rua Voluntários da Pátria, 1187 - Centro",
            "Campinas - SP  CEP 13015-001",
            "Fone: (19) 3232-4471",
        ]
    ):
        p.t(M + 8, top - 40 - i * 11, s, "Helvetica", 7.5)
    c.rect(M + 230, top - 100, 90, 100)
    p.t(M + 275, top - 18, "DANFE", "Helvetica-Bold", 13, "c")
    for i, s in enumerate(
        [
            "Documento Auxiliar",
            "da Nota Fiscal",
            "Eletrônica",
            "0 - ENTRADA",
            "1 - SAÍDA   [1]",
            f"Nº {num}",
            f"SÉRIE {serie}",
            "FOLHA 1/1",
        ]
    ):
        p.t(M + 275, top - 30 - i * 8.6, s, "Helvetica", 6.3, "c")
    c.rect(M + 320, top - 100, W - 2 * M - 320, 100)
    barcode(p, M + 330, top - 42, W - 2 * M - 340, 30, rng)
    p.t(M + 330, top - 54, "CHAVE DE ACESSO", "Helvetica", 5.5)
    p.t(
        M + 330,
        top - 64,
        "3526 0311 2233 4400 0119 5500 1000 0045 1719 8834 5520",
        "Helvetica-Bold",
        6.6,
    )
    p.t(M + 330, top - 78, "Consulta de autenticidade no portal nacional da NF-e", "Helvetica", 5.6)
    p.t(
        M + 330,
        top - 86,
        "www.nfe.fazenda.gov.br/portal ou no site da Sefaz Autorizadora",
        "Helvetica",
        5.6,
    )
    y = top - 100

    def cell(x, yy, w, h, lab, val, bold=False, align="l", vs=7.5):
        c.rect(x, yy - h, w, h)
        p.t(x + 2, yy - 7, lab, "Helvetica", 5.2)
        ax = x + 3 if align == "l" else x + w - 3
        p.t(ax, yy - h + 4, val, "Helvetica-Bold" if bold else "Helvetica", vs, align)

    cell(M, y, 320, 20, "NATUREZA DA OPERAÇÃO", "VENDA DE MERCADORIA ADQUIRIDA DE TERCEIROS")
    cell(
        M + 320,
        y,
        W - 2 * M - 320,
        20,
        "PROTOCOLO DE AUTORIZAÇÃO DE USO",
        "135260418873321  17/03/2026 10:42:17",
    )
    y -= 20
    cell(M, y, 180, 20, "INSCRIÇÃO ESTADUAL", "244.118.902.117")
    cell(M + 180, y, 180, 20, "INSC. ESTADUAL DO SUBST. TRIB.", "")
    cell(M + 360, y, W - 2 * M - 360, 20, "CNPJ", "11.223.344/0001-19")
    y -= 28
    p.t(M, y + 2, "DESTINATÁRIO / REMETENTE", "Helvetica-Bold", 6.5)
    cell(M, y, 330, 20, "NOME / RAZÃO SOCIAL", "OFICINA MECÂNICA IRMÃOS BARROS LTDA")
    cell(M + 330, y, 130, 20, "CNPJ / CPF", "08.447.512/0001-60")
    cell(M + 460, y, W - 2 * M - 460, 20, "DATA DA EMISSÃO", "17/03/2026", True)
    y -= 20
    cell(M, y, 260, 20, "ENDEREÇO", "AV. JOHN BOYD DUNLOP, 3900")
    cell(M + 260, y, 130, 20, "BAIRRO / DISTRITO", "JD. IPAUSSURAMA")
    cell(M + 390, y, 70, 20, "CEP", "13060-904")
    cell(M + 460, y, W - 2 * M - 460, 20, "DATA DA SAÍDA", "17/03/2026")
    y -= 28
    p.t(M, y + 2, "FATURA / DUPLICATAS", "Helvetica-Bold", 6.5)
    cell(M, y, 180, 20, "NÚMERO / VENCIMENTO / VALOR", f"001  16/04/2026  {fmt(total, 'de')}")
    y -= 28
    p.t(M, y + 2, "CÁLCULO DO IMPOSTO", "Helvetica-Bold", 6.5)
    bw = (W - 2 * M) / 6
    vals = [
        ("BASE DE CÁLC. DO ICMS", "0,00"),
        ("VALOR DO ICMS", "0,00"),
        ("BASE CÁLC. ICMS S.T.", "0,00"),
        ("VALOR DO ICMS SUBST.", "0,00"),
        ("V. IMP. IMPORTAÇÃO", "0,00"),
        ("VALOR TOTAL PRODUTOS", fmt(prod, "de")),
    ]
    for i, (lab, v) in enumerate(vals):
        cell(M + i * bw, y, bw, 20, lab, v, align="r")
    y -= 20
    vals = [
        ("VALOR DO FRETE", fmt(frete, "de")),
        ("VALOR DO SEGURO", "0,00"),
        ("DESCONTO", fmt(desc, "de")),
        ("OUTRAS DESPESAS", "0,00"),
        ("VALOR TOTAL IPI", "0,00"),
        ("VALOR TOTAL DA NOTA", fmt(total, "de")),
    ]
    for i, (lab, v) in enumerate(vals):
        cell(M + i * bw, y, bw, 20, lab, v, bold=(i == 5), align="r")
    y -= 28
    p.t(M, y + 2, "DADOS DOS PRODUTOS / SERVIÇOS", "Helvetica-Bold", 6.5)
    cols = [
        ("CÓDIGO", 50, "l"),
        ("DESCRIÇÃO DO PRODUTO / SERVIÇO", 175, "l"),
        ("NCM/SH", 50, "c"),
        ("CST", 28, "c"),
        ("CFOP", 32, "c"),
        ("UN", 24, "c"),
        ("QUANT.", 48, "r"),
        ("V.UNITÁRIO", 56, "r"),
        ("V.TOTAL", W - 2 * M - 463, "r"),
    ]
    ncm = ["73181500", "73181600", "73182200", "82041100", "82075011"]
    rows = [
        [
            f"{1001 + i * 7}",
            x["description"],
            ncm[i],
            "0102",
            "5102",
            "UN",
            fmt(x["quantity"], "de", 0),
            fmt(x["unit_price"], "de", 4 if i < 3 else 2),
            fmt(x["amount"], "de"),
        ]
        for i, x in enumerate(li)
    ]
    y = draw_table(p, M, y - 8, cols, rows, ("Helvetica", "Helvetica-Bold"), 6.6, grid=True)
    y -= 20
    p.t(M, y, "DADOS ADICIONAIS", "Helvetica-Bold", 6.5)
    c.rect(M, y - 64, W - 2 * M, 60)
    for i, s in enumerate(
        [
            "DOCUMENTO EMITIDO POR ME OU EPP OPTANTE PELO SIMPLES NACIONAL.",
            "NÃO GERA DIREITO A CRÉDITO FISCAL DE IPI.",
            "PERMITE O APROVEITAMENTO DO CRÉDITO DE ICMS NO VALOR DE R$ 0,00 CORRESPONDENTE À ALÍQUOTA DE 0,00%.",
            "Pedido 7781 - Vendedor: Marcos",
        ]
    ):
        p.t(M + 4, y - 14 - i * 10, s, "Helvetica", 6.4)
    p.save()
    t = truth(
        name,
        invoice_number="4517",
        invoice_date="2026-03-17",
        due_date="2026-04-16",
        vendor_name="FERRAGENS SÃO JUDAS LTDA ME",
        amount=total,
        vat=None,
        total=total,
        currency="BRL",
        locale="pt-BR",
        layout="invoice",
        line_items=li,
        kind="pdf",
        note="DANFE box grid; number printed 000.004.517 (keyed 4517); Simples Nacional so no tax highlighted (all ICMS/IPI 0,00 boxes) -> vat null; freight added and discount subtracted; 4-decimal unit prices; 'VALOR TOTAL PRODUTOS' differs from total",
    )
    emit(out, name, buf.getvalue(), t, rng, "pdf")


def i02(out, name="i02"):
    """Brazil NFS-e, service invoice with IRRF withholding, scanned grey."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("Desenvolvimento de módulo de agendamento online - sprint 3", 1, "6400.00"),
            ("Suporte técnico mensal - março/2026", 1, "1850.00"),
        ]
    )
    net = sum(x["amount"] for x in li)
    irrf = q2(net * D("0.015"))
    total = net - irrf
    nf = "de"
    sp = {
        "rng": rng,
        "fam": "dvc",
        "header": "center",
        "logo": "diamond",
        "color": (0.05, 0.35, 0.3),
        "vendor": "Pixelaria Soluções Digitais Ltda.",
        "vendor_lines": [
            "CNPJ 34.812.077/0001-52  ·  Inscrição Municipal 1.177.204-3",
            "Rua dos Andradas, 1560 - sala 804 - Centro Histórico - Porto Alegre/RS - 90020-008",
            "financeiro@pixelaria.com.br · (51) 3013-8820",
        ],
        "title": "NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e",
        "meta": [
            ("Número da NFS-e", "2026/000311"),
            ("Data e hora de emissão", "31/03/2026 18:05"),
            ("Competência", "03/2026"),
            ("Código de verificação", "A7K2-9QXM"),
            ("Vencimento", "15/04/2026"),
        ],
        "customer": [
            "TOMADOR DO SERVIÇO",
            "Clínica Odontológica Sorriso Pampa S/S",
            "CNPJ 19.440.213/0001-08",
            "Av. Ipiranga, 6681 - Partenon - Porto Alegre/RS",
        ],
        "cols": [
            ("Item", 30, "c"),
            ("Discriminação dos serviços", 290, "l"),
            ("Qtd.", 40, "r"),
            ("Valor unit. (R$)", 75, "r"),
            ("Valor (R$)", 80, "r"),
        ],
        "rows": item_rows(li, nf),
        "head_fill": (0.85, 0.92, 0.9),
        "totals": [
            ("Valor dos serviços", "R$ " + fmt(net, nf), False),
            ("(-) Descontos", "R$ 0,00", False),
            ("(-) Retenção IRRF 1,50%", "R$ " + fmt(irrf, nf), False),
            ("(-) PIS/COFINS/CSLL", "R$ 0,00", False),
            ("VALOR LÍQUIDO DA NOTA", "R$ " + fmt(total, nf), True),
        ],
        "tot_box": True,
        "tot_x": 330,
        "notes": [
            "Código do serviço: 01.07 - Suporte técnico em informática",
            "ISS: optante pelo Simples Nacional -",
            "alíquota 2,01% recolhida via DAS (não destacada).",
            "Local da prestação: Porto Alegre/RS",
        ],
        "footer": [
            "Documento emitido por ME/EPP optante pelo Simples Nacional. Consulte a autenticidade em nfse.portoalegre.rs.gov.br",
            "Banco Sicredi 748 · Ag. 0116 · C/C 48.221-7 · PIX: financeiro@pixelaria.com.br",
        ],
    }
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="2026/000311",
        invoice_date="2026-03-31",
        due_date="2026-04-15",
        vendor_name="Pixelaria Soluções Digitais Ltda.",
        amount=net,
        vat=-irrf,
        total=total,
        currency="BRL",
        locale="pt-BR",
        layout="invoice",
        line_items=li,
        kind="scan",
        note="NFS-e: total = 'valor líquido' after IRRF withholding; withholding keyed as negative tax (vat = -IRRF); ISS mentioned as rate only, no amount",
    )
    emit(out, name, pdf, t, rng, "scan", dpi=200, grey=True)


def i03(out, name="i03"):
    """Mexico CFDI 4.0 printed representation with IVA and ISR/IVA withholdings. Born-digital."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("Servicios de contabilidad y declaraciones mensuales - febrero 2026", 1, "9500.00"),
            ("Timbrado de nómina (42 recibos)", 42, "18.50"),
            ("Asesoría fiscal presencial (horas)", 3, "850.00"),
        ]
    )
    sub = sum(x["amount"] for x in li)
    iva = q2(sub * D("0.16"))
    ret_isr = q2(sub * D("0.10"))
    ret_iva = q2(sub * D("0.106667"))
    total = sub + iva - ret_isr - ret_iva
    assert total == D("12228.40"), total
    nf = "en"
    uuid = "6F1C2A9B-8E44-4D1A-9C03-B7E5D2F18A40"

    def extra(p, y, fonts):
        qr_box(p, 40, y - 95, 90, rng)
        for i, s in enumerate(
            [
                "Folio fiscal (UUID): " + uuid,
                "No. de serie del CSD: 00001000000712345678",
                "Fecha y hora de certificación: 2026-03-04T12:31:09",
                "Sello digital del SAT: kP0q7ZbQ1xV9+e2LrR/8yWn3dGm4TfH0aA1cS6uJ...",
                "Este documento es una representación impresa de un CFDI",
            ]
        ):
            p.t(140, y - 10 - i * 11, s, fonts[0], 7)

    sp = {
        "rng": rng,
        "fam": "helv",
        "header": "left",
        "logo": "tri",
        "color": (0.55, 0.1, 0.1),
        "size": letter,
        "vendor": "Despacho Contable Ríos y Asociados, S.C.",
        "vendor_lines": [
            "RFC: DCR1905148K3   Régimen fiscal: 601 General de Ley Personas Morales",
            "Calle Morelos 412 Int. 3, Col. Centro, C.P. 64000, Monterrey, N.L.",
            "Lugar de expedición: 64000",
        ],
        "title": "FACTURA",
        "meta": [
            ("Serie y folio", "A-1186"),
            ("Fecha de emisión", "04/03/2026"),
            ("Tipo de comprobante", "I - Ingreso"),
            ("Forma de pago", "99 Por definir"),
            ("Método de pago", "PPD Parcialidades o diferido"),
            ("Moneda", "MXN"),
        ],
        "customer": [
            "RECEPTOR",
            "Transportes Regiomontanos del Norte, S.A. de C.V.",
            "RFC: TRN080923QP1",
            "Uso CFDI: G03 Gastos en general",
            "Régimen: 601  ·  C.P. 66350",
        ],
        "cols": [
            ("#", 20, "c"),
            ("Descripción (ClaveProdServ 84111500 · E48)", 290, "l"),
            ("Cant.", 40, "r"),
            ("Valor unitario", 75, "r"),
            ("Importe", 107, "r"),
        ],
        "rows": item_rows(li, nf),
        "grid": True,
        "totals": [
            ("Subtotal", "$" + fmt(sub, nf), False),
            ("IVA Trasladado 16%", "$" + fmt(iva, nf), False),
            ("ISR Retenido 10%", "-$" + fmt(ret_isr, nf), False),
            ("IVA Retenido 10.6667%", "-$" + fmt(ret_iva, nf), False),
            ("Total", "$" + fmt(total, nf) + " MXN", True),
        ],
        "tot_x": 372,
        "notes": ["Importe con letra:", "DOCE MIL DOSCIENTOS VEINTIOCHO", "PESOS 40/100 M.N."],
        "footer": [
            "BBVA México · CLABE 012580001234567893 · Ref. A-1186",
            "Pago en parcialidades: emitir complemento de pago (REP).",
        ],
        "extra": extra,
    }
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="A-1186",
        invoice_date="2026-03-04",
        due_date=None,
        vendor_name="Despacho Contable Ríos y Asociados, S.C.",
        amount=sub,
        vat=iva - ret_isr - ret_iva,
        total=total,
        currency="MXN",
        locale="es-MX",
        layout="invoice",
        line_items=li,
        kind="pdf",
        note="CFDI printed representation: UUID (folio fiscal) next to Serie/folio A-1186; ISR and IVA withholdings make total < subtotal + IVA; vat keyed as IVA - retenciones (net tax)",
    )
    emit(out, name, pdf, t, rng, "pdf")


def i04(out, name="i04"):
    """Argentina Factura A with IVA 21% + percepción IIBB, CAE. Scan colour."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("Harina 000 x 25 kg", 40, "14250.00"),
            ("Levadura fresca x 500 g", 60, "1980.00"),
            ("Manteca x 5 kg", 8, "38400.00"),
        ]
    )
    neto = sum(x["amount"] for x in li)
    iva = q2(neto * D("0.21"))
    perc = q2(neto * D("0.03"))
    total = neto + iva + perc
    nf = "de"

    def extra(p, y, fonts):
        barcode(p, 40, y - 50, 260, 34, rng)
        p.t(40, y - 62, "CAE Nº: 76128845102934      Fecha Vto. CAE: 29/03/2026", fonts[1], 8)
        p.t(
            40,
            y - 74,
            "Comprobante autorizado por ARCA (ex AFIP) - Régimen de transparencia fiscal",
            fonts[0],
            7,
        )
        p.c.setLineWidth(1)
        p.c.rect(p.w / 2 - 16, p.h - 96, 32, 32)
        p.t(p.w / 2, p.h - 86, "A", "Helvetica-Bold", 22, "c")
        p.t(p.w / 2, p.h - 106, "COD. 01", "Helvetica", 6.5, "c")

    sp = {
        "rng": rng,
        "fam": "helv",
        "header": "left",
        "logo": "circle",
        "color": (0.35, 0.2, 0.05),
        "vendor": "Molinos del Oeste S.R.L.",
        "vendor_lines": [
            "Av. San Martín 2210 - (5500) Mendoza",
            "IVA RESPONSABLE INSCRIPTO",
            "CUIT: 30-71548203-9  ·  IIBB: 0712-889031",
            "Inicio de actividades: 01/08/2016",
        ],
        "title": "FACTURA",
        "meta": [
            ("Punto de Venta:", "00004"),
            ("Comp. Nro:", "00012987"),
            ("Fecha de Emisión:", "19/03/2026"),
            ("Vto. para el pago:", "18/04/2026"),
            ("Condición de venta:", "Cuenta corriente"),
        ],
        "customer": [
            "Panadería La Espiga de Oro S.A.",
            "CUIT: 30-70981234-5  ·  IVA Responsable Inscripto",
            "Belgrano 455 - Godoy Cruz, Mendoza",
        ],
        "cols": [
            ("Cód.", 30, "c"),
            ("Producto / Servicio", 230, "l"),
            ("Cantidad", 60, "r"),
            ("Precio Unit.", 95, "r"),
            ("Subtotal", 100, "r"),
        ],
        "rows": item_rows(li, nf),
        "grid": True,
        "head_fill": (0.82, 0.82, 0.82),
        "totals": [
            ("Importe Neto Gravado: $", fmt(neto, nf), False),
            ("IVA 21%: $", fmt(iva, nf), False),
            ("Percepción IIBB Mendoza 3%: $", fmt(perc, nf), False),
            ("Importe Total: $", fmt(total, nf), True),
        ],
        "tot_x": 330,
        "tot_box": True,
        "notes": ["Son pesos: un millón doscientos treinta y", "cinco mil cuarenta con 00/100"],
        "footer": [
            "ORIGINAL",
            "Banco de la Nación Argentina - CBU 0110599520000012345678 - Alias MOLINOS.OESTE.MZA",
        ],
        "extra": extra,
    }
    assert total == D("1235040.00"), total
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="00004-00012987",
        invoice_date="2026-03-19",
        due_date="2026-04-18",
        vendor_name="Molinos del Oeste S.R.L.",
        amount=neto,
        vat=iva + perc,
        total=total,
        currency="ARS",
        locale="es-AR",
        layout="invoice",
        line_items=li,
        kind="scan",
        note="Factura A: number = punto de venta + comprobante (00004-00012987); IVA 21% plus IIBB perception keyed together as tax; CAE number and its expiry date are not the due date",
    )
    emit(out, name, pdf, t, rng, "scan", dpi=180, grey=False)


def i05(out, name="i05"):
    """Colombia factura electrónica de venta, COP without decimals, IVA 19%, ReteFuente. Photo."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("Mantenimiento preventivo aire acondicionado 24.000 BTU", 6, "185000"),
            ("Gas refrigerante R410A (kg)", 4, "96000"),
            ("Capacitor 45 uF", 2, "58000"),
        ],
        dec=0,
    )
    sub = sum(x["amount"] for x in li)
    iva = q0(sub * D("0.19"))
    rete = q0(sub * D("0.04"))
    total = sub + iva - rete
    nf = "de"
    sp = {
        "rng": rng,
        "fam": "dv",
        "header": "band",
        "color": (0.0, 0.3, 0.55),
        "vendor": "FrioTec Caribe S.A.S.",
        "vendor_lines": [
            "NIT 901.238.447-1  ·  Responsable de IVA",
            "Cra. 54 # 72-80, Barranquilla, Atlántico  ·  Tel. 605 368 1290",
            "Resolución DIAN 18764039112233 del 2025-06-10, prefijo FTC del 1 al 5000",
        ],
        "title": "FACTURA ELECTRÓNICA DE VENTA",
        "meta": [
            ("No.", "FTC 2291"),
            ("Fecha de expedición", "2026-02-12"),
            ("Fecha de vencimiento", "2026-03-14"),
            ("Forma de pago", "Crédito 30 días"),
        ],
        "customer": [
            "Adquiriente: Hotel Puerta Dorada S.A.S.",
            "NIT 900.771.652-3",
            "Calle 79 # 49C-12, Barranquilla",
        ],
        "cols": [
            ("#", 20, "c"),
            ("Descripción", 260, "l"),
            ("Cant.", 45, "r"),
            ("Vr. unitario", 85, "r"),
            ("Vr. total", 105, "r"),
        ],
        "rows": item_rows(li, nf, dec=0),
        "totals": [
            ("Subtotal", "$ " + fmt(sub, nf, 0), False),
            ("IVA 19%", "$ " + fmt(iva, nf, 0), False),
            ("Retención en la fuente 4%", "-$ " + fmt(rete, nf, 0), False),
            ("TOTAL A PAGAR", "$ " + fmt(total, nf, 0), True),
        ],
        "tot_x": 320,
        "notes": [
            "CUFE:",
            "b3c9f1a07de64c2e8a91f0c55b1e2d7a3c4e6f80",
            "9a1b2c3d4e5f60718293a4b5c6d7e8f9",
        ],
        "footer": [
            "Bancolombia cuenta corriente 123-456789-01 a nombre de FrioTec Caribe S.A.S.",
            "Representación gráfica de la factura electrónica - Proveedor tecnológico: FacturaYa S.A.S.",
        ],
    }
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="FTC 2291",
        invoice_date="2026-02-12",
        due_date="2026-03-14",
        vendor_name="FrioTec Caribe S.A.S.",
        amount=sub,
        vat=iva - rete,
        total=total,
        currency="COP",
        locale="es-CO",
        layout="invoice",
        line_items=li,
        kind="photo",
        note="COP printed without decimals with dot thousands ($ 1.110.000); ReteFuente 4% withheld keyed as negative tax (vat = IVA - retención); ISO dates",
    )
    emit(out, name, pdf, t, rng, "photo", bg="wood")


def i06(out, name="i06"):
    """Chile factura electrónica with RUT box and timbre electrónico, CLP. Born-digital."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("Caja cartón corrugado 40x30x30", 800, "690"),
            ("Cinta embalaje transparente 48mm", 120, "1450"),
            ("Film stretch 50cm x 300m", 36, "8900"),
        ],
        dec=0,
    )
    neto = sum(x["amount"] for x in li)
    iva = q0(neto * D("0.19"))
    total = neto + iva
    nf = "de"

    def extra(p, y, fonts):
        pdf417(p, 40, y - 80, 200, 60, rng)
        p.t(140, y - 94, "Timbre Electrónico SII", fonts[1], 7.5, "c")
        p.t(140, y - 104, "Res. 80 de 2014 - Verifique documento: www.sii.cl", fonts[0], 6.8, "c")
        p.c.setStrokeColorRGB(0.8, 0, 0)
        p.c.setLineWidth(2)
        p.c.rect(p.w - 40 - 190, p.h - 40 - 78, 190, 74)
        p.c.setStrokeColorRGB(0, 0, 0)
        p.t(
            p.w - 135,
            p.h - 60,
            "R.U.T.: 76.482.119-K",
            "Helvetica-Bold",
            10.5,
            "c",
            color=(0.8, 0, 0),
        )
        p.t(
            p.w - 135,
            p.h - 80,
            "FACTURA ELECTRÓNICA",
            "Helvetica-Bold",
            10.5,
            "c",
            color=(0.8, 0, 0),
        )
        p.t(p.w - 135, p.h - 100, "Nº 18342", "Helvetica-Bold", 10.5, "c", color=(0.8, 0, 0))
        p.t(
            p.w - 135,
            p.h - 130,
            "S.I.I. - SANTIAGO CENTRO",
            "Helvetica-Bold",
            8,
            "c",
            color=(0.8, 0, 0),
        )

    sp = {
        "rng": rng,
        "fam": "helv",
        "header": "left",
        "logo": "squares",
        "color": (0.2, 0.2, 0.2),
        "vendor": "Embalajes Maipo SpA",
        "vendor_lines": [
            "Giro: Fabricación y venta de envases de cartón",
            "Camino Lo Espejo 1120, Maipú, Santiago",
            "Fono +56 2 2557 3310 · ventas@embalajesmaipo.cl",
        ],
        "title": "",
        "meta": [],
        "customer": [
            "Señor(es): Distribuidora Frutícola Los Andes Ltda.",
            "RUT: 78.114.903-2",
            "Giro: Exportación de frutas",
            "Dirección: Ruta 5 Sur km 82, Rancagua",
            "Fecha emisión: 09 de marzo de 2026   Vencimiento: 08/04/2026",
        ],
        "cols": [
            ("Código", 50, "l"),
            ("Descripción", 235, "l"),
            ("Cantidad", 60, "r"),
            ("Precio", 70, "r"),
            ("Total", 100, "r"),
        ],
        "rows": [
            [
                f"CJ-{i + 10}",
                x["description"],
                fmt(x["quantity"], nf, 0),
                fmt(x["unit_price"], nf, 0),
                fmt(x["amount"], nf, 0),
            ]
            for i, x in enumerate(li)
        ],
        "grid": True,
        "totals": [
            ("MONTO NETO $", fmt(neto, nf, 0), False),
            ("I.V.A. 19% $", fmt(iva, nf, 0), False),
            ("IMPUESTO ADICIONAL $", "0", False),
            ("TOTAL $", fmt(total, nf, 0), True),
        ],
        "tot_x": 360,
        "tot_box": True,
        "notes": [],
        "footer": [
            "Banco de Chile · Cta. Cte. 00-123-45678-09 · transferencias a pagos@embalajesmaipo.cl",
            "CEDIBLE",
        ],
        "extra": extra,
    }
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="18342",
        invoice_date="2026-03-09",
        due_date="2026-04-08",
        vendor_name="Embalajes Maipo SpA",
        amount=neto,
        vat=iva,
        total=total,
        currency="CLP",
        locale="es-CL",
        layout="invoice",
        line_items=li,
        kind="pdf",
        note="Chilean red RUT box holds the invoice number (Nº 18342); CLP without decimals and dot thousands; date written in words '09 de marzo de 2026'; PDF417 timbre",
    )
    emit(out, name, pdf, t, rng, "pdf")


def i07(out, name="i07"):
    """Turkey e-Fatura with VKN, ETTN and two KDV rates. Born-digital, two pages."""
    rng = rng_for(name)
    items = [
        ("Beyaz peynir tam yağlı 17 kg teneke", 6, "2340.00", 10),
        ("Kaşar peyniri 2 kg", 14, "690.00", 10),
        ("Tereyağı 1 kg", 20, "415.50", 10),
        ("Zeytinyağı sızma 5 L", 8, "1285.00", 10),
        ("Deterjan bulaşık 5 L", 10, "189.90", 20),
        ("Kağıt havlu 6'lı", 24, "142.75", 20),
        ("Streç film 300 m", 6, "264.00", 20),
        ("Plastik saklama kabı set", 12, "118.40", 20),
        ("Eldiven nitril 100'lü", 10, "210.00", 20),
        ("Yumurta 30'lu viyol", 25, "168.00", 1),
    ]
    li = lines_net([(a, b, c) for a, b, c, _ in items])
    rates = {}
    for x, it in zip(li, items, strict=False):
        rates[it[3]] = rates.get(it[3], ZERO) + x["amount"]
    kdv = {r: q2(v * D(r) / 100) for r, v in rates.items()}
    net = sum(x["amount"] for x in li)
    total = net + sum(kdv.values())
    nf = "de"
    rows = []
    for i, (x, it) in enumerate(zip(li, items, strict=False), 1):
        rows.append(
            [
                str(i),
                x["description"],
                fmt(x["quantity"], nf, 0) + " Adet",
                fmt(x["unit_price"], nf) + " TL",
                f"%{it[3]}",
                fmt(x["amount"], nf) + " TL",
            ]
        )

    def extra(p, y, fonts):
        qr_box(p, 40, y - 80, 76, rng)
        p.t(126, y - 12, "ETTN: 5b7e2c1a-94f3-4e0b-8d26-1f0a3c9e7b44", fonts[0], 7.5)
        p.t(126, y - 24, "Senaryo: TEMELFATURA   Fatura Tipi: SATIŞ", fonts[0], 7.5)
        p.t(
            126,
            y - 36,
            "Bu belge e-Fatura olarak GİB sistemi üzerinden iletilmiştir.",
            fonts[0],
            7.5,
        )

    sp = {
        "rng": rng,
        "fam": "dv",
        "header": "left",
        "logo": "circle",
        "color": (0.75, 0.1, 0.1),
        "split": 6,
        "cont": ("Devamı sonraki sayfada →", "Sayfa 2/2"),
        "vendor": "Ege Gıda Toptan Ticaret Ltd. Şti.",
        "number": "EGT2026000000418",
        "vendor_lines": [
            "1203 Sok. No:14 Yenişehir / Konak / İZMİR",
            "Vergi Dairesi: Kordon  VKN: 3250471186",
            "Mersis No: 0325047118600015  Tel: 0232 459 31 20",
        ],
        "title": "e-FATURA",
        "meta": [
            ("Fatura No:", "EGT2026000000418"),
            ("Fatura Tarihi:", "23-02-2026"),
            ("Son Ödeme Tarihi:", "25-03-2026"),
            ("Özelleştirme No:", "TR1.2"),
        ],
        "customer": [
            "SAYIN",
            "Körfez Balık Restoran İşletmeleri A.Ş.",
            "Mithatpaşa Cad. No:302 Karataş / İZMİR",
            "Vergi Dairesi: Konak  VKN: 5870012349",
        ],
        "cols": [
            ("Sıra", 26, "c"),
            ("Mal / Hizmet", 190, "l"),
            ("Miktar", 62, "r"),
            ("Birim Fiyat", 80, "r"),
            ("KDV", 36, "c"),
            ("Tutar", 121, "r"),
        ],
        "rows": rows,
        "grid": True,
        "head_fill": (0.75, 0.1, 0.1),
        "totals": [("Mal Hizmet Toplam Tutarı", fmt(net, nf) + " TL", False)]
        + [(f"Hesaplanan KDV (%{r})", fmt(kdv[r], nf) + " TL", False) for r in sorted(kdv)]
        + [
            ("Vergiler Dahil Toplam Tutar", fmt(total, nf) + " TL", False),
            ("Ödenecek Tutar", fmt(total, nf) + " TL", True),
        ],
        "tot_x": 320,
        "tot_box": True,
        "notes": [],
        "footer": [
            "Ziraat Bankası Konak Şb. IBAN: TR12 0001 0012 3456 7890 1234 56",
            "e-Fatura izni kapsamında elektronik ortamda iletilmiştir.",
        ],
        "extra": extra,
    }
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="EGT2026000000418",
        invoice_date="2026-02-23",
        due_date="2026-03-25",
        vendor_name="Ege Gıda Toptan Ticaret Ltd. Şti.",
        amount=net,
        vat=sum(kdv.values()),
        total=total,
        currency="TRY",
        locale="tr-TR",
        layout="invoice",
        line_items=li,
        kind="pdf",
        note="two pages, totals on page 2; three KDV rates (1/10/20 %) summed; 'TL' suffix; dashed dates 23-02-2026; ETTN UUID near number",
    )
    emit(out, name, pdf, t, rng, "pdf")


def i08(out, name="i08"):
    """UAE bilingual tax invoice (Arabic transliterated), TRN, VAT 5%, AED. Scan grey."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("A4 copy paper 80gsm (box of 5 reams) / waraq taba'a", 30, "92.00"),
            ("Toner cartridge HP 59A compatible / hibr", 6, "265.00"),
            ("Office chair ergonomic / kursi maktab", 4, "689.00"),
            ("Delivery Sharjah / tawsil", 1, "75.00"),
        ]
    )
    net = sum(x["amount"] for x in li)
    vat = q2(net * D("0.05"))
    total = net + vat
    nf = "en"

    def extra(p, y, fonts):
        stamp(
            p,
            420,
            y + 60,
            46,
            [("AL NOOR STATIONERY", 7), ("TRADING L.L.C", 7), ("SHARJAH - U.A.E.", 6.5)],
            angle=-18,
        )
        signature(p, 380, y + 30, rng)
        p.t(40, y - 10, "Received by / istalamtu: ____________________", fonts[0], 8)

    sp = {
        "rng": rng,
        "fam": "dvs",
        "header": "center",
        "logo": "circle",
        "color": (0.05, 0.4, 0.2),
        "vendor": "AL NOOR STATIONERY TRADING L.L.C",
        "vendor_lines": [
            "Sharikat al-Nur li-Tijarat al-Qirtasiya dh.m.m.  [Arabic name transliterated]",
            "Shop 12, Al Qasimia Street, Sharjah, U.A.E. · Tel +971 6 562 0148",
            "TRN / al-raqm al-daribi: 100384572600003",
        ],
        "title": "TAX INVOICE / FATURA DARIBIYA",
        "meta": [
            ("Invoice No. / raqm al-fatura", "ANS-INV-0937"),
            ("Date / al-tarikh", "08/02/2026"),
            ("Due / tarikh al-istihqaq", "09/03/2026"),
            ("LPO No.", "PO-77120"),
        ],
        "customer": [
            "Bill To / fatura ila",
            "Gulf Horizon Logistics FZE",
            "SAIF Zone Q1-05-114, Sharjah",
            "TRN 100227718300003",
        ],
        "cols": [
            ("S.No", 30, "c"),
            ("Description / al-bayan", 250, "l"),
            ("Qty", 40, "r"),
            ("Rate AED", 80, "r"),
            ("Amount AED", 115, "r"),
        ],
        "rows": item_rows(li, nf),
        "grid": True,
        "totals": [
            ("Total excl. VAT / al-majmu'", fmt(net, nf), False),
            ("VAT 5% / daribat al-qima", fmt(vat, nf), False),
            ("Total incl. VAT AED", fmt(total, nf), True),
        ],
        "tot_x": 330,
        "notes": [
            "Amount in words: UAE Dirhams",
            "Seven Thousand Five Hundred",
            "Forty and 05/100 only",
        ],
        "footer": [
            "Emirates NBD · A/C 1015 4472 9800 1 · IBAN AE07 0260 0010 1544 7298 001",
            "Goods once sold will not be taken back. Arabic text of the original shown here in Latin transliteration.",
        ],
        "extra": extra,
    }
    assert total == D("7540.05"), total
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="ANS-INV-0937",
        invoice_date="2026-02-08",
        due_date="2026-03-09",
        vendor_name="AL NOOR STATIONERY TRADING L.L.C",
        amount=net,
        vat=vat,
        total=total,
        currency="AED",
        locale="en-AE",
        layout="invoice",
        line_items=li,
        kind="scan",
        note="bilingual labels (Arabic transliterated, no Arabic font available); round company stamp and signature drawn over the totals area; LPO number next to invoice number; dd/mm/yyyy",
    )
    emit(out, name, pdf, t, rng, "scan", dpi=170, grey=True)


def i09(out, name="i09"):
    """Saudi Arabia simplified/standard tax invoice, VAT 15 %, SAR, QR, two pages. Born-digital."""
    rng = rng_for(name)
    names = [
        "Split AC unit 18,000 BTU Gree",
        "Copper pipe 1/4 + 3/8 (m)",
        "Installation labour (unit)",
        "Wall bracket heavy duty",
        "Drain hose 16mm (m)",
        "Insulation foam (roll)",
        "Electrical cable 4mm (m)",
        "Circuit breaker 32A",
        "Remote control universal",
        "Annual maintenance contract (unit)",
        "Refrigerant R410A charge",
        "Transport Riyadh north",
    ]
    qty = [5, 40, 5, 5, 30, 6, 60, 5, 5, 5, 2, 1]
    up = [
        "2150.00",
        "38.50",
        "250.00",
        "85.00",
        "6.75",
        "22.00",
        "9.25",
        "48.00",
        "35.00",
        "420.00",
        "180.00",
        "150.00",
    ]
    li = lines_net(list(zip(names, qty, up, strict=False)))
    net = sum(x["amount"] for x in li)
    vat = q2(net * D("0.15"))
    total = net + vat
    nf = "en"
    rows = [
        [
            str(i),
            x["description"],
            fmt(x["quantity"], nf, 0),
            fmt(x["unit_price"], nf),
            "15%",
            fmt(q2(x["amount"] * D("0.15")), nf),
            fmt(x["amount"], nf),
        ]
        for i, x in enumerate(li, 1)
    ]
    vat_lines = sum(q2(x["amount"] * D("0.15")) for x in li)
    assert vat_lines == vat, (vat_lines, vat)

    def extra(p, y, fonts):
        qr_box(p, p.w - 40 - 90, y - 100, 90, rng)
        p.t(
            40,
            y - 20,
            "ZATCA e-invoice (Fatoorah) phase 2 · UUID 0c5e6a21-77d4-4b09-a1f2-93b8c6d0e5aa",
            fonts[0],
            7,
        )

    sp = {
        "rng": rng,
        "fam": "dvc",
        "header": "band",
        "color": (0.0, 0.33, 0.2),
        "split": 8,
        "cont": ("continued / yatba' ...", "Page 2 of 2 / safha 2 min 2"),
        "vendor": "Rawabi Cooling Est.",
        "number": "RC-26-00214",
        "vendor_lines": [
            "Mu'assasat Rawabi lil-Tabrid [transliterated] · C.R. 1010567234 · VAT No. 310452896700003",
            "King Fahd Road, Al Olaya, Riyadh 12214, Kingdom of Saudi Arabia",
            "Tel +966 11 462 8830",
        ],
        "title": "TAX INVOICE  فاتورة".replace("فاتورة", "/ FATURA DARIBIYA"),
        "meta": [
            ("Invoice number / raqm", "RC-26-00214"),
            ("Issue date / tarikh", "2026-01-27"),
            ("Supply date", "2026-01-25"),
            ("Due date / al-istihqaq", "2026-02-26"),
        ],
        "customer": [
            "Buyer / al-mushtari",
            "Qasr Al Yasmin Furnished Apartments Co.",
            "Al Yasmin District, Riyadh 13325",
            "VAT No. 302118845900003",
        ],
        "cols": [
            ("#", 20, "c"),
            ("Description / al-wasf", 190, "l"),
            ("Qty", 34, "r"),
            ("Unit price", 62, "r"),
            ("VAT %", 36, "c"),
            ("VAT", 58, "r"),
            ("Line net", 115, "r"),
        ],
        "rows": rows,
        "grid": True,
        "head_fill": (0.0, 0.33, 0.2),
        "tsize": 8,
        "totals": [
            ("Total taxable amount (excl. VAT) SAR", fmt(net, nf), False),
            ("Total VAT 15% SAR", fmt(vat, nf), False),
            ("Total amount due SAR", fmt(total, nf), True),
        ],
        "tot_x": 300,
        "tot_box": True,
        "notes": [],
        "footer": [
            "Al Rajhi Bank · IBAN SA44 8000 0123 6080 1016 7519",
            "Arabic portions of the original are shown in Latin transliteration (no Arabic font in this rendering).",
        ],
        "extra": extra,
    }
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="RC-26-00214",
        invoice_date="2026-01-27",
        due_date="2026-02-26",
        vendor_name="Rawabi Cooling Est.",
        amount=net,
        vat=vat,
        total=total,
        currency="SAR",
        locale="en-SA",
        layout="invoice",
        line_items=li,
        kind="pdf",
        note="two pages with totals on page 2; supply date differs from issue date; per-line VAT column; 'Line net' column right of VAT; Arabic transliterated",
    )
    emit(out, name, pdf, t, rng, "pdf")


def i10(out, name="i10"):
    """Egypt e-invoice printout with VAT 14 % and 1 % withholding (khasm wa idafa). Photo."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("Printing flyers A5 4-colour (1000 pcs)", 5, "1850.00"),
            ("Roll-up banner 85x200 cm", 3, "1420.00"),
            ("Business cards 350g (box 500)", 10, "390.00"),
        ]
    )
    net = sum(x["amount"] for x in li)
    vat = q2(net * D("0.14"))
    wht = q2(net * D("0.01"))
    total = net + vat - wht
    nf = "en"
    sp = {
        "rng": rng,
        "fam": "dv",
        "header": "left",
        "logo": "tri",
        "color": (0.6, 0.3, 0.0),
        "vendor": "Nile Print House",
        "vendor_lines": [
            "Dar al-Nil lil-Tiba'a [transliterated]",
            "14 El Nasr St., Nasr City, Cairo",
            "Tax Registration No. 512-874-301",
            "Commercial Reg. 118204 Cairo",
        ],
        "title": "TAX INVOICE",
        "meta": [
            ("Invoice #", "NPH/2026/0158"),
            ("Date", "15-01-2026"),
            ("ETA UUID", "J6K4Z8...QW21"),
            ("Payment", "Bank transfer, 15 days"),
        ],
        "customer": [
            "Customer: Delta Pharma Distribution S.A.E.",
            "Tax Reg. 204-331-977",
            "6th of October City, Giza",
        ],
        "cols": [
            ("No", 24, "c"),
            ("Item", 250, "l"),
            ("Qty", 45, "r"),
            ("Unit EGP", 85, "r"),
            ("Total EGP", 111, "r"),
        ],
        "rows": item_rows(li, nf),
        "totals": [
            ("Net amount", "EGP " + fmt(net, nf), False),
            ("VAT 14%", "EGP " + fmt(vat, nf), False),
            ("Withholding tax 1% (-)", "EGP " + fmt(wht, nf), False),
            ("TOTAL", "EGP " + fmt(total, nf), True),
        ],
        "tot_x": 320,
        "notes": ["Submitted to the Egyptian Tax Authority", "e-invoicing system (ETA)."],
        "footer": [
            "Banque Misr · Nasr City branch · Acc. 1520 0010 0458 227",
            "Thank you for your business",
        ],
    }
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="NPH/2026/0158",
        invoice_date="2026-01-15",
        due_date=None,
        vendor_name="Nile Print House",
        amount=net,
        vat=vat - wht,
        total=total,
        currency="EGP",
        locale="en-EG",
        layout="invoice",
        line_items=li,
        kind="photo",
        note="withholding 1% printed with '(-)' in the label, not in the value; vat keyed as VAT - withholding; payment terms '15 days' but no due date printed -> null",
    )
    emit(out, name, pdf, t, rng, "photo", bg="desk")


def i11(out, name="i11"):
    """Kenya eTIMS tax invoice with KRA PIN, VAT 16 %, KES. Image-only PDF."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("Maize flour 2kg bale (12 pcs)", 15, "1890.00"),
            ("Cooking oil 20L jerrican", 6, "5450.00"),
            ("Sugar 50kg bag", 4, "7600.00"),
            ("Transport Nakuru-Naivasha", 1, "3500.00"),
        ]
    )
    net = sum(x["amount"] for x in li)
    vat = q2(net * D("0.16"))
    total = net + vat
    nf = "en"

    def extra(p, y, fonts):
        qr_box(p, 40, y - 86, 80, rng)
        for i, s in enumerate(
            [
                "CU Serial No: KRACU0300001844",
                "CU Invoice No: 0300001844/0002291",
                "Internal Data: 7GQH-2JXK-M4PA-9TRC",
                "Receipt Signature: QW3E-RT5Y-UI7O-P9AS",
                "Verify on itax.kra.go.ke / eTIMS",
            ]
        ):
            p.t(130, y - 10 - i * 11, s, fonts[0], 7.5)

    sp = {
        "rng": rng,
        "fam": "helv",
        "header": "center",
        "logo": "squares",
        "color": (0.1, 0.3, 0.1),
        "vendor": "Rift Valley Wholesalers Limited",
        "vendor_lines": [
            "P.O. Box 1842-20100, Kenyatta Avenue, Nakuru",
            "KRA PIN: P051734229K · Tel 0722 418 330",
        ],
        "title": "TAX INVOICE",
        "meta": [
            ("Invoice No.", "RVW-INV-6612"),
            ("Date", "11/02/2026"),
            ("Due Date", "25/02/2026"),
            ("Customer PIN", "A009876543Z"),
        ],
        "customer": ["BILL TO", "Lakeside Mini Mart", "Moi South Lake Rd, Naivasha"],
        "cols": [
            ("#", 22, "c"),
            ("Description", 250, "l"),
            ("Qty", 45, "r"),
            ("Unit Price", 90, "r"),
            ("Amount (KES)", 108, "r"),
        ],
        "rows": item_rows(li, nf),
        "totals": [
            ("Taxable Amount (B 16%)", fmt(net, nf), False),
            ("VAT 16%", fmt(vat, nf), False),
            ("TOTAL KES", fmt(total, nf), True),
        ],
        "tot_x": 330,
        "notes": ["Payment: M-PESA Paybill 522522", "Acc. RVW6612 or KCB A/C 1129 884 012"],
        "footer": [
            "Rift Valley Wholesalers Limited - goods remain our property until paid in full"
        ],
        "extra": extra,
    }
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="RVW-INV-6612",
        invoice_date="2026-02-11",
        due_date="2026-02-25",
        vendor_name="Rift Valley Wholesalers Limited",
        amount=net,
        vat=vat,
        total=total,
        currency="KES",
        locale="en-KE",
        layout="invoice",
        line_items=li,
        kind="scan",
        note="image-only PDF (scan embedded, no text layer); eTIMS CU invoice number printed besides the invoice number - keyed the seller's RVW-INV-6612; customer PIN near vendor PIN",
    )
    emit(out, name, pdf, t, rng, "imgpdf", dpi=160, grey=True)


def i12(out, name="i12"):
    """Nigeria carbon-copy invoice book filled by hand, VAT 7.5 %, rubber stamp. Photo."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("Cement Dangote 42.5R (bags)", 40, "9800"),
            ("Iron rod 12mm (length)", 25, "11500"),
            ("Binding wire (roll)", 3, "28000"),
        ]
    )
    net = sum(x["amount"] for x in li)
    vat = q2(net * D("0.075"))
    total = net + vat
    buf = io.BytesIO()
    W, H = 148 * mm, 210 * mm
    p = Pg(buf, (W, H))
    c = p.c
    red = (0.75, 0.12, 0.12)
    ink = (0.12, 0.15, 0.55)
    c.setFillColorRGB(0.93, 0.95, 1.0)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    p.t(W / 2, H - 34, "OKONKWO & SONS BUILDING MATERIALS", "DVS-B", 11.5, "c", color=red)
    p.t(
        W / 2,
        H - 47,
        "Dealers in cement, iron rods, roofing sheets & general merchandise",
        "DVS",
        6.8,
        "c",
        color=red,
    )
    p.t(
        W / 2,
        H - 57,
        "Plot 22, Oba Akran Avenue, Ikeja, Lagos  ·  0803 441 2290  ·  TIN 21458739-0001",
        "DVS",
        6.3,
        "c",
        color=red,
    )
    p.t(W / 2, H - 76, "CASH / CREDIT INVOICE", "DV-B", 10, "c", color=red)
    p.t(22, H - 96, "No.", "DV-B", 10, color=red)
    p.t(44, H - 96, "0847", "DVM-B", 13, color=(0.8, 0.1, 0.1))
    p.t(W - 95, H - 96, "Date:", "DVS", 9, color=red)
    c.setStrokeColorRGB(*red)
    c.line(W - 68, H - 98, W - 20, H - 98)
    p.t(22, H - 116, "M/S", "DVS", 9, color=red)
    c.line(44, H - 118, W - 20, H - 118)
    c.line(22, H - 134, W - 20, H - 134)

    def hw(x, y, s, size=11, align="l"):
        p.t(
            x + rng.uniform(-1.5, 1.5),
            y + rng.uniform(-1, 1.5),
            s,
            "DVSC-I",
            size,
            align,
            color=ink,
        )

    hw(W - 66, H - 95, "3/3/26", 10.5)
    hw(48, H - 115, "Chief Emeka Nwosu (Site: Magodo)", 10.5)
    hw(26, H - 131, "Magodo GRA Phase 2, Lagos", 10)
    top = H - 146
    colx = [18, 40, W - 118, W - 72, W - 18]
    c.rect(18, 120, W - 36, top - 120)
    for x in colx[1:-1]:
        c.line(x, 120, x, top)
    c.line(18, top - 16, W - 18, top - 16)
    for lab, x0, x1 in [
        ("QTY", colx[0], colx[1]),
        ("DESCRIPTION", colx[1], colx[2]),
        ("RATE", colx[2], colx[3]),
        ("AMOUNT ₦", colx[3], colx[4]),
    ]:
        p.t((x0 + x1) / 2, top - 11, lab, "DV-B", 7, "c", color=red)
    y = top - 34
    for x in li:
        hw(29, y, str(x["quantity"]), 10.5, "c")
        hw(44, y, x["description"], 9)
        hw(colx[3] - 3, y, fmt(x["unit_price"], "en", 0), 10, "r")
        hw(colx[4] - 4, y, fmt(x["amount"], "en", 0), 10, "r")
        y -= 22
    for lab, v, yy in [("Sub-total", net, 108), ("VAT 7.5%", vat, 92), ("TOTAL ₦", total, 74)]:
        p.t(colx[2] - 50, yy, lab, "DV-B", 7.5, color=red)
        hw(colx[4] - 4, yy, fmt(v, "en", 2) if v != q0(v) else fmt(v, "en", 0) + ".00", 10.5, "r")
    p.t(18, 74, "Amount in words:", "DVS", 7, color=red)
    hw(18, 58, "Eight hundred & twenty thousand, seven hundred & sixty-two naira, fifty kobo", 8)
    p.t(18, 28, "Customer's sign ________", "DVS", 7, color=red)
    p.t(W - 18, 28, "for: OKONKWO & SONS", "DVS", 7, "r", color=red)
    p.t(
        W / 2,
        12,
        "No refund of money after payment. Goods sold in good condition.",
        "DVS",
        6,
        "c",
        color=red,
    )
    stamp(
        p,
        colx[2] - 92,
        90,
        28,
        [("OKONKWO & SONS", 5.5), ("B/MATERIALS", 5.5), ("PAID", 9)],
        col=(0.2, 0.3, 0.7),
        angle=14,
    )
    signature(p, W - 80, 34, rng, w=50, col=ink)
    p.save()
    assert total == D("820762.50"), total
    t = truth(
        name,
        invoice_number="0847",
        invoice_date="2026-03-03",
        due_date=None,
        vendor_name="OKONKWO & SONS BUILDING MATERIALS",
        amount=net,
        vat=vat,
        total=total,
        currency="NGN",
        locale="en-NG",
        layout="invoice",
        line_items=li,
        kind="photo",
        note="carbon-copy invoice book (A5) filled in handwriting-like italic; red pre-printed number; short date 3/3/26; round PAID stamp overlapping totals; naira sign",
    )
    emit(out, name, buf.getvalue(), t, rng, "photo", bg="cloth", dpi=200)


def i13(out, name="i13"):
    """South Africa tax invoice, VAT 15 %, deposit, space thousands + decimal comma. Born-digital, 2 pages."""
    rng = rng_for(name)
    names = [
        "Solar panel 550W mono (JA Solar)",
        "Hybrid inverter 8kW (Sunsynk)",
        "Lithium battery 5.12kWh",
        "PV mounting rails (set)",
        "DC isolator 1000V",
        "Surge arrester DC",
        "Solar cable 6mm² (m)",
        "MC4 connectors (pair)",
        "Earthing kit",
        "Distribution board 12-way",
        "Installation labour (days)",
        "CoC certificate & commissioning",
        "Travel Stellenbosch",
    ]
    qty = [12, 1, 2, 4, 2, 2, 60, 12, 1, 1, 3, 1, 1]
    up = [
        "2450.00",
        "28990.00",
        "21500.00",
        "1380.00",
        "645.00",
        "520.00",
        "24.90",
        "38.50",
        "890.00",
        "1150.00",
        "4200.00",
        "2500.00",
        "780.00",
    ]
    li = lines_net(list(zip(names, qty, up, strict=False)))
    net = sum(x["amount"] for x in li)
    vat = q2(net * D("0.15"))
    total = net + vat
    dep = q2("40000.00")
    nf = "sp"

    def extra(p, y, fonts):
        p.t(
            40,
            y - 4,
            "Banking: FNB Cheque 62 845 117 902 · Branch 250 655 · Ref ZS-2026-041",
            fonts[0],
            7.5,
        )
        p.t(
            40,
            y - 16,
            "E&OE. Ownership passes on full payment. Equipment warranties per manufacturer.",
            fonts[0],
            7.5,
        )

    sp = {
        "rng": rng,
        "fam": "dvs",
        "header": "left",
        "logo": "diamond",
        "color": (0.85, 0.5, 0.0),
        "split": 9,
        "cont": ("Continued on page 2", "Page 2 of 2"),
        "vendor": "Zonkracht Solar (Pty) Ltd",
        "number": "ZS-2026-041",
        "vendor_lines": [
            "Reg. No. 2019/447812/07 · VAT No. 4780291563",
            "Unit 4, Bosman Park, Paarl 7646",
            "accounts@zonkracht.co.za · 021 872 5530",
        ],
        "title": "TAX INVOICE",
        "meta": [
            ("Invoice No", "ZS-2026-041"),
            ("Invoice Date", "2026/03/12"),
            ("Due Date", "2026/03/26"),
            ("Customer VAT", "4190228745"),
        ],
        "customer": ["Dalzicht Wine Farm CC", "R44 Helshoogte Rd", "Stellenbosch 7600"],
        "cols": [
            ("#", 20, "c"),
            ("Description", 240, "l"),
            ("Qty", 40, "r"),
            ("Unit Price", 90, "r"),
            ("Excl. VAT", 125, "r"),
        ],
        "rows": item_rows(li, nf),
        "totals": [
            ("Total Exclusive", "R " + fmt(net, nf), False),
            ("VAT @ 15%", "R " + fmt(vat, nf), False),
            ("Total Inclusive", "R " + fmt(total, nf), True),
            ("Less deposit received 02/03", "-R " + fmt(dep, nf), False),
            ("Balance Due", "R " + fmt(total - dep, nf), True),
        ],
        "tot_x": 320,
        "notes": [],
        "footer": [
            "Zonkracht Solar (Pty) Ltd · Directors: P. de Villiers, N. Mokoena",
            "Level 2 B-BBEE contributor",
        ],
        "extra": extra,
    }
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="ZS-2026-041",
        invoice_date="2026-03-12",
        due_date="2026-03-26",
        vendor_name="Zonkracht Solar (Pty) Ltd",
        amount=net,
        vat=vat,
        total=total,
        currency="ZAR",
        locale="en-ZA",
        layout="invoice",
        line_items=li,
        kind="pdf",
        note="two pages; deposit deducted after Total Inclusive -> total keyed as Total Inclusive, not Balance Due; space thousands with decimal comma (R 1 234,56); dates yyyy/mm/dd",
    )
    emit(out, name, pdf, t, rng, "pdf")


def i14(out, name="i14"):
    """Poland Faktura VAT, 23 % and 8 %, NIP, split payment note. Scan colour, downscaled."""
    rng = rng_for(name)
    items = [
        ("Usługa cateringowa - obiad firmowy (os.)", 45, "68.00", 8),
        ("Napoje zimne (os.)", 45, "12.00", 23),
        ("Wynajem sali konferencyjnej (godz.)", 5, "220.00", 23),
        ("Dekoracja stołów", 1, "350.00", 23),
    ]
    li = lines_net([(a, b, c) for a, b, c, _ in items])
    base = {}
    for x, it in zip(li, items, strict=False):
        base[it[3]] = base.get(it[3], ZERO) + x["amount"]
    vats = {r: q2(v * D(r) / 100) for r, v in base.items()}
    net = sum(base.values())
    vat = sum(vats.values())
    total = net + vat
    nf = "sp"
    rows = [
        [
            str(i),
            x["description"],
            fmt(x["quantity"], nf, 0),
            fmt(x["unit_price"], nf),
            f"{it[3]}%",
            fmt(x["amount"], nf),
        ]
        for i, (x, it) in enumerate(zip(li, items, strict=False), 1)
    ]
    tot = [
        (f"Netto {r}%: {fmt(base[r], nf)}  VAT: {fmt(vats[r], nf)}", "", False)
        for r in sorted(base)
    ]
    sp = {
        "rng": rng,
        "fam": "dv",
        "header": "left",
        "logo": "squares",
        "color": (0.5, 0.1, 0.3),
        "vendor": "Pod Wawelem Catering Sp. z o.o.",
        "vendor_lines": [
            "ul. Grodzka 58, 31-044 Kraków",
            "NIP 676-248-19-07 · REGON 368120455",
            "KRS 0000712844",
        ],
        "title": "FAKTURA VAT",
        "meta": [
            ("Numer:", "FV/112/02/2026"),
            ("Data wystawienia:", "27.02.2026"),
            ("Data sprzedaży:", "26.02.2026"),
            ("Termin płatności:", "13.03.2026"),
            ("Sposób płatności:", "przelew"),
        ],
        "customer": [
            "Nabywca:",
            "Biuro Rachunkowe Kwadrat s.c.",
            "ul. Dietla 17/4, 31-070 Kraków",
            "NIP 675-101-88-42",
        ],
        "cols": [
            ("Lp.", 24, "c"),
            ("Nazwa towaru lub usługi", 230, "l"),
            ("Ilość", 40, "r"),
            ("Cena netto", 75, "r"),
            ("VAT", 40, "c"),
            ("Wartość netto", 106, "r"),
        ],
        "rows": rows,
        "grid": True,
        "totals": [
            *tot,
            ("Razem netto", fmt(net, nf) + " zł", False),
            ("Razem VAT", fmt(vat, nf) + " zł", False),
            ("Do zapłaty", fmt(total, nf) + " PLN", True),
        ],
        "tot_x": 300,
        "notes": ["Słownie: pięć tysięcy siedemset", "pięćdziesiąt dwa zł 50/100"],
        "footer": [
            "mBank S.A. 12 1140 2004 0000 3102 7788 1234",
            "Faktura wystawiona w KSeF: 6762481907-20260227-5A1B2C3D4E-7F",
        ],
    }
    assert total == D("5752.50"), total
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="FV/112/02/2026",
        invoice_date="2026-02-27",
        due_date="2026-03-13",
        vendor_name="Pod Wawelem Catering Sp. z o.o.",
        amount=net,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        line_items=li,
        kind="scan",
        note="two VAT rates with per-rate summary lines; sale date differs from issue date; KSeF number in footer; space thousands decimal comma; colour scan at 150 dpi",
    )
    emit(out, name, pdf, t, rng, "scan", dpi=150, grey=False)


def i15(out, name="i15"):
    """Czech faktura - daňový doklad, DPH 21 % + 12 %, rounding line. Scan grey."""
    rng = rng_for(name)
    items = [
        ("Oprava střechy - klempířské práce (hod)", 16, "545.00", 12),
        ("Titanzinkový plech 0,6 mm (m²)", 14.5, "689.00", 21),
        ("Střešní okap 125 mm (bm)", 22, "318.50", 21),
        ("Doprava a lešení", 1, "1850.00", 21),
    ]
    li = lines_net([(a, b, c) for a, b, c, _ in items])
    base = {}
    for x, it in zip(li, items, strict=False):
        base[it[3]] = base.get(it[3], ZERO) + x["amount"]
    vats = {r: q2(v * D(r) / 100) for r, v in base.items()}
    net = sum(base.values())
    vat = sum(vats.values())
    exact = net + vat
    total = q0(exact)
    rnd = total - exact
    nf = "sp"
    rows = [
        [
            str(i),
            x["description"],
            fmt(x["quantity"], nf, 1 if D(x["quantity"]) != int(D(x["quantity"])) else 0),
            fmt(x["unit_price"], nf),
            f"{it[3]} %",
            fmt(x["amount"], nf),
        ]
        for i, (x, it) in enumerate(zip(li, items, strict=False), 1)
    ]

    def extra(p, y, fonts):
        stamp(
            p,
            150,
            y + 36,
            30,
            [("KLEMPÍŘSTVÍ", 6.5), ("NOVÁK s.r.o.", 7), ("IČO 07188254", 6)],
            col=(0.3, 0.3, 0.8),
            angle=8,
            round_=False,
        )
        signature(p, 110, y + 8, rng, w=70)
        p.t(40, y - 10, "Razítko a podpis dodavatele", fonts[0], 7)

    sp = {
        "rng": rng,
        "fam": "dvs",
        "header": "left",
        "logo": "tri",
        "color": (0.2, 0.3, 0.4),
        "vendor": "Klempířství Novák s.r.o.",
        "vendor_lines": [
            "Husova 214, 293 01 Mladá Boleslav",
            "IČO: 07188254  DIČ: CZ07188254",
            "Zapsáno v OR u MS v Praze, oddíl C, vložka 296612",
        ],
        "title": "FAKTURA – DAŇOVÝ DOKLAD",
        "meta": [
            ("Číslo faktury:", "2026-0073"),
            ("Variabilní symbol:", "20260073"),
            ("Datum vystavení:", "6. 3. 2026"),
            ("DUZP:", "4. 3. 2026"),
            ("Datum splatnosti:", "20. 3. 2026"),
        ],
        "customer": [
            "Odběratel:",
            "SVJ Jičínská 1187",
            "Jičínská 1187, 293 01 Mladá Boleslav",
            "IČO: 28844102",
        ],
        "cols": [
            ("Č.", 22, "c"),
            ("Popis", 220, "l"),
            ("Množství", 50, "r"),
            ("Cena/MJ", 70, "r"),
            ("DPH", 40, "c"),
            ("Bez DPH", 113, "r"),
        ],
        "rows": rows,
        "grid": True,
        "totals": [
            (f"Základ {r} %  {fmt(base[r], nf)}   DPH {fmt(vats[r], nf)}", "", False)
            for r in sorted(base)
        ]
        + [
            ("Celkem bez DPH", fmt(net, nf) + " Kč", False),
            ("DPH celkem", fmt(vat, nf) + " Kč", False),
            ("Zaokrouhlení", fmt(rnd, nf) + " Kč", False),
            ("Celkem k úhradě", fmt(total, nf) + " Kč", True),
        ],
        "tot_x": 305,
        "tot_box": True,
        "notes": [],
        "footer": [
            "Bankovní spojení: Fio banka 2801447730/2010 · IBAN CZ65 2010 0000 0028 0144 7730",
            "Jsme plátci DPH.",
        ],
        "extra": extra,
    }
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="2026-0073",
        invoice_date="2026-03-06",
        due_date="2026-03-20",
        vendor_name="Klempířství Novák s.r.o.",
        amount=net,
        vat=vat,
        total=total,
        rounding=rnd,
        currency="CZK",
        locale="cs-CZ",
        layout="invoice",
        line_items=li,
        kind="scan",
        note="DUZP (tax point) differs from issue date; variable symbol next to number; rounding line to whole crowns; 12 % + 21 % DPH; dates '6. 3. 2026'; rectangular stamp over the table/totals edge",
    )
    emit(out, name, pdf, t, rng, "scan", dpi=200, grey=True, downscale=None)


def i16(out, name="i16"):
    """Romania e-Factura credit note (factură de stornare), TVA 21 %, negative amounts. Image-only PDF."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("Retur: anvelope iarnă 205/55 R16 (buc)", -4, "412.00"),
            ('Retur: jante oțel 16" (buc)', -2, "265.00"),
        ]
    )
    net = sum(x["amount"] for x in li)
    vat = q2(net * D("0.21"))
    total = net + vat
    nf = "de"
    sp = {
        "rng": rng,
        "fam": "dvc",
        "header": "band",
        "color": (0.2, 0.2, 0.45),
        "vendor": "Anvelope Someș SRL",
        "vendor_lines": [
            "CUI RO31188274 · Reg. Com. J12/2977/2013 · Str. Fabricii 41, Cluj-Napoca",
            "Capital social 2.000 lei · Banca Transilvania RO49 BTRL 0130 1202 N882 41XX",
            "Tel. 0264 455 210",
        ],
        "title": "FACTURĂ STORNO",
        "meta": [
            ("Seria / Nr.:", "AS 2026 0419"),
            ("Data emiterii:", "18.02.2026"),
            ("Storno la factura:", "AS 2026 0302 / 29.01.2026"),
            ("Index încărcare SPV:", "4470018821"),
        ],
        "customer": [
            "Cumpărător: Auto Moldovan Service SRL",
            "CUI RO18277430",
            "Str. Oașului 190, Cluj-Napoca",
        ],
        "cols": [
            ("Nr.", 24, "c"),
            ("Denumirea produselor", 240, "l"),
            ("Cant.", 45, "r"),
            ("Preț unitar (fără TVA)", 95, "r"),
            ("Valoare", 111, "r"),
        ],
        "rows": item_rows(li, nf),
        "totals": [
            ("Total fără TVA", fmt(net, nf) + " lei", False),
            ("TVA 21%", fmt(vat, nf) + " lei", False),
            ("Total de plată", fmt(total, nf) + " lei", True),
        ],
        "tot_x": 320,
        "tot_box": True,
        "notes": ["Motiv: retur marfă conform", "proces-verbal nr. 17/16.02.2026"],
        "footer": [
            "Factura circulă fără semnătură și ștampilă conform art. 319 alin. 29 Cod fiscal.",
            "Document transmis prin sistemul RO e-Factura.",
        ],
    }
    pdf = invoice_pdf(sp)
    t = truth(
        name,
        invoice_number="AS 2026 0419",
        invoice_date="2026-02-18",
        due_date=None,
        vendor_name="Anvelope Someș SRL",
        amount=net,
        vat=vat,
        total=total,
        currency="RON",
        locale="ro-RO",
        layout="invoice",
        document_type="credit_note",
        line_items=li,
        kind="scan",
        note="credit note (storno) with negative quantities and amounts, keyed negative; references the original invoice number and date; image-only PDF; 'lei' suffix",
    )
    emit(out, name, pdf, t, rng, "imgpdf", dpi=170, grey=False)


# ================================================================ RECEIPTS
def gross_items(items, dec=2):
    """items: (desc, qty, unit_gross[, rate]) -> line dicts (gross amounts) and per-rate gross sums."""
    qf = q2 if dec == 2 else q0
    li, by = [], {}
    for it in items:
        desc, qty, unit = it[:3]
        a = qf(D(qty) * D(unit))
        li.append(
            {"description": desc, "quantity": str(D(qty)), "unit_price": str(q2(unit)), "amount": a}
        )
        if len(it) > 3:
            by[it[3]] = by.get(it[3], ZERO) + a
    return li, by


def incl_vat(by, dec=2):
    qf = q2 if dec == 2 else q0
    return {r: qf(g * D(r) / (100 + D(r))) for r, g in by.items()}


def rbuild(width, lines, **kw):
    buf = io.BytesIO()
    draw_receipt(buf, width, lines, **kw)
    return buf.getvalue()


def r01(out, name="r01"):
    """Poland PARAGON FISKALNY, PTU A/B/C, 80 mm. Scan with thermal fading."""
    rng = rng_for(name)
    L = {"A": 23, "B": 8, "C": 5}
    li, by = gross_items(
        [
            ("Chleb żytni 500g", 1, "6.49", "C"),
            ("Masło extra 200g", 2, "8.99", "C"),
            ("Szynka konserwowa", "0.356", "42.90", "C"),
            ("Woda mineralna 1,5L", 6, "1.99", "A"),
            ("Kawa mielona 250g", 1, "18.99", "C"),
            ("Płyn do naczyń 900ml", 1, "9.49", "A"),
            ("Piwo Żywiec 0,5L", 4, "3.79", "A"),
            ("Obiad: pierogi ruskie", 1, "14.90", "B"),
        ]
    )
    vat = incl_vat({L[k]: v for k, v in by.items()})
    total = sum(x["amount"] for x in li)
    tv = sum(vat.values())
    nf = "de"
    ls = [
        ("c", 'Delikatesy "U Zosi" Zofia Kowalczyk', True),
        ("c", "ul. Piotrkowska 212, 90-361 Łódź"),
        ("c", "NIP 725-188-34-61"),
        ("l", "2026-03-21 17:42"),
        ("r", "wydr. 31874"),
        ("c", "PARAGON FISKALNY", True),
        ("sep", "-"),
    ]
    for x, it in zip(li, ["C", "C", "C", "A", "C", "A", "A", "B"], strict=False):
        q = x["quantity"]
        ls.append(("l", x["description"]))
        ls.append(
            (
                "lr",
                f"  {q.replace('.', ',')} x{fmt(x['unit_price'], nf)}",
                f"{fmt(x['amount'], nf)} {it}",
            )
        )
    ls += [("sep", "-")]
    for k in "ABC":
        r = L[k]
        ls.append(("lr", f"Sprzed. opod. PTU {k}", fmt(by[k], nf)))
        ls.append(("lr", f"Kwota PTU {k} {r},00%", fmt(vat[r], nf)))
    ls += [
        ("lr", "SUMA PTU", fmt(tv, nf)),
        ("big", "SUMA PLN", fmt(total, nf)),
        ("sep", "-"),
        ("lr", "Karta płatnicza", fmt(total, nf) + " PLN"),
        ("l", "00118 #Kasa 2 Kasjer nr 4"),
        ("c", "17:42   BFX 1802446551"),
        ("c", "NIEFISKALNY: Dziękujemy!"),
    ]
    pdf = rbuild(80, ls)
    t = truth(
        name,
        invoice_number="31874",
        invoice_date="2026-03-21",
        due_date=None,
        vendor_name='Delikatesy "U Zosi" Zofia Kowalczyk',
        amount=total - tv,
        vat=tv,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="receipt",
        line_items=li,
        kind="scan",
        note="fiscal receipt, prices include PTU; three PTU rates summed; weighed item 0,356 kg; receipt number from 'wydr.' print counter; thermal fading",
    )
    emit(out, name, pdf, t, rng, "scan", dpi=220, grey=True, fade=0.45, skew=1.2)


def r02(out, name="r02"):
    """Hungary NYUGTA, 27 % / 5 %, HUF whole forints, cash rounding to 5 Ft. Phone photo."""
    rng = rng_for(name)
    li, by = gross_items(
        [
            ("TEJ 2,8% 1L", 2, "389", 5),
            ("KENYÉR FEHÉR 1KG", 1, "799", 5),
            ("PARIZER 0,25KG", 1, "712", 27),
            ("ÁSVÁNYVÍZ 1,5L", 4, "189", 27),
            ("KÁVÉ 250G", 1, "2349", 27),
            ("CSIRKEMELL FILÉ", 1, "2687", 5),
        ],
        dec=0,
    )
    vat = incl_vat(by, dec=0)
    exact = sum(x["amount"] for x in li)
    total = q0(exact / 5) * 5
    rnd = total - exact
    tv = sum(vat.values())
    ls = [
        ("c", "SARKI ABC Kft.", True),
        ("c", "6720 Szeged, Tisza Lajos krt. 41."),
        ("c", "Adószám: 24817735-2-06"),
        ("sep", "="),
        ("c", "NYUGTA", True),
        ("l", "NY. SZ.: 0412/00877"),
        ("sep", "-"),
    ]
    for x in li:
        ls.append(
            (
                "lr",
                x["description"],
                fmt(x["amount"], "sp", 0) + " B"
                if by and x["description"] in ("PARIZER 0,25KG", "ÁSVÁNYVÍZ 1,5L", "KÁVÉ 250G")
                else fmt(x["amount"], "sp", 0) + " C",
            )
        )
        if D(x["quantity"]) > 1:
            ls.append(("l", f"  {x['quantity']} db x {fmt(x['unit_price'], 'sp', 0)}"))
    ls += [
        ("sep", "-"),
        ("lr", "RÉSZÖSSZEG", fmt(exact, "sp", 0) + " Ft"),
        ("lr", "Kerekítés", fmt(rnd, "sp", 0) + " Ft"),
        ("big", "ÖSSZESEN:", fmt(total, "sp", 0) + " Ft"),
        ("lr", "KÉSZPÉNZ", "10 000 Ft"),
        ("lr", "VISSZAJÁRÓ", fmt(10000 - total, "sp", 0) + " Ft"),
        ("sep", "-"),
        ("lr", "B 27% ÁFA", fmt(vat[27], "sp", 0)),
        ("lr", "C 5% ÁFA", fmt(vat[5], "sp", 0)),
        ("lr", "ÁFA ÖSSZESEN", fmt(tv, "sp", 0)),
        ("sep", "-"),
        ("l", "2026.01.30  08:15"),
        ("l", "AP A12345678"),
        ("c", "Köszönjük a vásárlást!"),
    ]
    pdf = rbuild(58, ls, font="DVM", size=7)
    t = truth(
        name,
        invoice_number="0412/00877",
        invoice_date="2026-01-30",
        due_date=None,
        vendor_name="SARKI ABC Kft.",
        amount=exact - tv,
        vat=tv,
        total=total,
        rounding=rnd,
        currency="HUF",
        locale="hu-HU",
        layout="receipt",
        line_items=li,
        kind="photo",
        note="58 mm roll; HUF whole forints with space thousands; cash rounding to 5 Ft printed (Kerekítés); total paid differs from subtotal; cash/change lines; yyyy.mm.dd date at the bottom",
    )
    emit(out, name, pdf, t, rng, "photo", bg="dark", dpi=260)


def r03(out, name="r03"):
    """Czech restaurant účtenka with EET codes (FIK/BKP), DPH 12 % / 21 %, tip line. Born-digital."""
    rng = rng_for(name)
    li, by = gross_items(
        [
            ("Svíčková na smetaně", 2, "245.00", 12),
            ("Smažený sýr, hranolky", 1, "219.00", 12),
            ("Pilsner Urquell 0,5l", 4, "69.00", 21),
            ("Kofola 0,3l", 1, "45.00", 21),
            ("Jablečný závin", 2, "89.00", 12),
        ]
    )
    vat = incl_vat(by)
    sub = sum(x["amount"] for x in li)
    tv = sum(vat.values())
    tip = q2("80.00")
    total = sub + tip
    nf = "sp"
    ls = [
        ("c", "Restaurace U Zlatého kohouta", True),
        ("c", "Kohout gastro s.r.o."),
        ("c", "Nerudova 17, 118 00 Praha 1"),
        ("c", "IČO 06551244  DIČ CZ06551244"),
        ("sep", "="),
        ("lr", "Účtenka č.", "2026/004417"),
        ("lr", "Stůl 7 / obsluha", "Petra"),
        ("lr", "Datum", "14.02.2026 20:51"),
        ("sep", "-"),
    ]
    for x in li:
        ls.append(("lr", f"{x['quantity']}x {x['description']}", fmt(x["amount"], nf)))
    ls += [("sep", "-"), ("lrb", "Mezisoučet", fmt(sub, nf) + " Kč")]
    for r in sorted(by):
        ls.append(("lr", f"Základ DPH {r} %", fmt(by[r] - vat[r], nf)))
        ls.append(("lr", f"DPH {r} %", fmt(vat[r], nf)))
    ls += [
        ("lr", "Spropitné", fmt(tip, nf)),
        ("big", "CELKEM", fmt(total, nf) + " Kč"),
        ("lr", "Platba kartou", fmt(total, nf) + " Kč"),
        ("sep", "-"),
        ("l", "FIK: 4e9a11c2-7b3d-4f10-a2c6-9d8e07b4f513-ff"),
        ("l", "BKP: 8C0B2A1F-7D3E4A55-0F21B9C8-64E2D7A1-0B3C9E44"),
        ("l", "Režim tržby: běžný"),
        ("c", "Děkujeme a těšíme se na Vás!"),
    ]
    pdf = rbuild(80, ls, font="DVC", size=7.6)
    t = truth(
        name,
        invoice_number="2026/004417",
        invoice_date="2026-02-14",
        due_date=None,
        vendor_name="Kohout gastro s.r.o.",
        amount=sub - tv,
        vat=tv,
        total=total,
        tip=tip,
        currency="CZK",
        locale="cs-CZ",
        layout="receipt",
        line_items=li,
        kind="pdf",
        note="restaurant name printed above the legal entity: vendor keyed as legal name Kohout gastro s.r.o.; tip (Spropitné) added after subtotal; EET FIK/BKP codes; two DPH rates with printed bases",
    )
    emit(out, name, pdf, t, rng, "pdf")


def r04(out, name="r04"):
    """Greece ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ with ΦΠΑ 24 % / 13 % and myDATA MARK. Scan."""
    rng = rng_for(name)
    li, by = gross_items(
        [
            ("ΦΡΕΝΤΟ ΕΣΠΡΕΣΟ", 2, "3.80", 24),
            ("ΤΥΡΟΠΙΤΑ ΣΤΡΙΦΤΗ", 2, "3.20", 13),
            ("ΚΟΥΛΟΥΡΙ ΘΕΣ/ΚΗΣ", 3, "0.90", 13),
            ("ΝΕΡΟ 500ML", 2, "0.60", 13),
            ("ΧΥΜΟΣ ΠΟΡΤΟΚΑΛΙ", 1, "4.50", 24),
        ]
    )
    vat = incl_vat(by)
    total = sum(x["amount"] for x in li)
    tv = sum(vat.values())
    nf = "de"
    ls = [
        ("c", 'ΑΡΤΟΠΟΙΕΙΟ ΚΑΦΕ "Η ΑΓΙΑ ΣΟΦΙΑ"', True),
        ("c", "ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ & ΣΙΑ Ο.Ε."),
        ("c", "ΕΓΝΑΤΙΑΣ 112, 54630 ΘΕΣΣΑΛΟΝΙΚΗ"),
        ("c", "Α.Φ.Μ. 998417325  Δ.Ο.Υ. Δ' ΘΕΣ/ΚΗΣ"),
        ("sep", "-"),
        ("c", "ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", True),
        ("lr", "Α/Α: 8841", "05/03/2026 09:12"),
        ("sep", "-"),
    ]
    for x in li:
        ls.append(("lr", f"{x['quantity']} x {x['description']}", fmt(x["amount"], nf)))
    ls += [("sep", "-")]
    for r in sorted(by):
        ls.append(("lr", f"ΦΠΑ {r}%  ΚΑΘ. {fmt(by[r] - vat[r], nf)}", fmt(vat[r], nf)))
    ls += [
        ("lr", "ΣΥΝΟΛΟ ΦΠΑ", fmt(tv, nf)),
        ("big", "ΣΥΝΟΛΟ €", fmt(total, nf)),
        ("lr", "ΜΕΤΡΗΤΑ", "50,00"),
        ("lr", "ΡΕΣΤΑ", fmt(D(50) - total, nf)),
        ("sep", "-"),
        ("l", "MARK: 400001938475521"),
        ("l", "UID: 3F9A0C7E21B44D6A8E1F"),
        ("qr", 60),
        ("c", "ΕΥΧΑΡΙΣΤΟΥΜΕ ΠΟΛΥ"),
    ]
    pdf = rbuild(76, ls, font="DVM", size=7)
    t = truth(
        name,
        invoice_number="8841",
        invoice_date="2026-03-05",
        due_date=None,
        vendor_name="ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ & ΣΙΑ Ο.Ε.",
        amount=total - tv,
        vat=tv,
        total=total,
        currency="EUR",
        locale="el-GR",
        layout="receipt",
        line_items=li,
        kind="scan",
        note="all Greek text; shop trade name above legal name (keyed legal name with Ο.Ε.); MARK number (myDATA) is not the receipt number (Α/Α 8841); cash/change; ΦΠΑ 24/13 with net bases",
    )
    emit(out, name, pdf, t, rng, "scan", dpi=240, grey=True, fade=0.3)


def r05(out, name="r05"):
    """Turkey cash register fiş with TOPKDV and TOPLAM. Phone photo."""
    rng = rng_for(name)
    li, by = gross_items(
        [
            ("SİMİT", 4, "15.00", 1),
            ("AYRAN 300ML", 2, "22.50", 1),
            ("TAVUK DÖNER DÜRÜM", 2, "145.00", 10),
            ("KOLA 330ML", 1, "45.00", 20),
            ("KÜNEFE", 1, "180.00", 10),
        ]
    )
    vat = incl_vat(by)
    total = sum(x["amount"] for x in li)
    tv = sum(vat.values())
    nf = "de"
    ls = [
        ("c", "BİZİM DÖNER SALONU", True),
        ("c", "MEHMET YILDIZ"),
        ("c", "ATATÜRK BLV. NO:88 ÇANKAYA/ANKARA"),
        ("c", "ÇANKAYA V.D. 48172093341"),
        ("lr", "TARİH : 09.01.2026", "SAAT : 13:27"),
        ("l", "FİŞ NO : 0214"),
        ("sep", "-"),
    ]
    for x in li:
        r = next(
            k
            for k in by
            if (x["description"] in ("SİMİT", "AYRAN 300ML") and k == 1)
            or (x["description"] in ("TAVUK DÖNER DÜRÜM", "KÜNEFE") and k == 10)
            or (x["description"] == "KOLA 330ML" and k == 20)
        )
        if D(x["quantity"]) > 1:
            ls.append(("l", f"{x['quantity']} AD X {fmt(x['unit_price'], nf)}"))
        ls.append(("lr", f"{x['description']}  %{r}", "*" + fmt(x["amount"], nf)))
    ls += [
        ("sep", "-"),
        ("lr", "TOPKDV", "*" + fmt(tv, nf)),
        ("big", "TOPLAM", "*" + fmt(total, nf)),
        ("lr", "NAKİT", "*" + fmt(total, nf)),
        ("sep", "-"),
        ("l", "Z NO:0038  EKÜ NO:0001"),
        ("c", "MF YAB 12004218", True),
    ]
    pdf = rbuild(58, ls, font="DVM", size=7)
    t = truth(
        name,
        invoice_number="0214",
        invoice_date="2026-01-09",
        due_date=None,
        vendor_name="BİZİM DÖNER SALONU",
        amount=total - tv,
        vat=tv,
        total=total,
        currency="TRY",
        locale="tr-TR",
        layout="receipt",
        line_items=li,
        kind="photo",
        note="sole proprietor: trade name BİZİM DÖNER SALONU keyed, proprietor MEHMET YILDIZ printed below; asterisk-prefixed amounts; TOPKDV only (no net printed); Z NO is not the receipt number",
    )
    emit(out, name, pdf, t, rng, "photo", bg="wood", dpi=260)


def r06(out, name="r06"):
    """Brazil NFC-e (DANFE NFC-e) with CPF na nota and Lei 12.741 approximate tax line. Born-digital."""
    rng = rng_for(name)
    li, _ = gross_items(
        [
            ("DIPIRONA SODICA 500MG 10CP", 2, "7.49"),
            ("PROTETOR SOLAR FPS50 200ML", 1, "59.90"),
            ("ESCOVA DENTAL MACIA", 3, "6.99"),
            ("SORO FISIOLOGICO 500ML", 1, "8.45"),
        ]
    )
    gross = sum(x["amount"] for x in li)
    desc = q2("5.00")
    total = gross - desc
    trib = q2(total * D("0.2315"))
    nf = "de"
    ls = [
        ("c", "DROGARIA BOA SAÚDE LTDA", True),
        ("c", "CNPJ: 27.118.440/0001-93  IE: 121.447.803"),
        ("c", "Av. Sete de Setembro, 1450 - Salvador/BA"),
        ("sep", "-"),
        ("c", "Documento Auxiliar da Nota Fiscal de"),
        ("c", "Consumidor Eletrônica"),
        ("sep", "-"),
        ("l", "Código Descrição Qtde UN Vl.Unit Vl.Total"),
    ]
    for i, x in enumerate(li, 1):
        ls.append(("l", f"{i:03d} {x['description']}"))
        ls.append(
            ("r", f"{x['quantity']} UN x {fmt(x['unit_price'], nf)}   {fmt(x['amount'], nf)}")
        )
    ls += [
        ("sep", "-"),
        ("lr", "Qtde. total de itens", str(len(li))),
        ("lr", "Valor total R$", fmt(gross, nf)),
        ("lr", "Desconto R$", fmt(desc, nf)),
        ("lrb", "Valor a Pagar R$", fmt(total, nf)),
        ("lr", "FORMA PAGAMENTO", "VALOR PAGO R$"),
        ("lr", "Pix", fmt(total, nf)),
        ("sep", "-"),
        ("l", "Consulte pela Chave de Acesso em"),
        ("l", "www.sefaz.ba.gov.br/nfce/consulta"),
        ("l", "2926 0327 1184 4000 0193 6500 1000 0882 3110 4477 2219"),
        ("c", "CONSUMIDOR - CPF 418.337.205-60", True),
        ("c", "NFC-e nº 000088231 Série 001"),
        ("c", "Emissão 27/03/2026 19:04:51"),
        ("c", "Protocolo de autorização: 229260118457730"),
        ("qr", 70),
        ("l", "Tributos Totais Incidentes (Lei Federal"),
        ("lr", "12.741/2012) aprox. R$", fmt(trib, nf)),
    ]
    pdf = rbuild(80, ls, font="DVC", size=7.4)
    t = truth(
        name,
        invoice_number="88231",
        invoice_date="2026-03-27",
        due_date=None,
        vendor_name="DROGARIA BOA SAÚDE LTDA",
        amount=total,
        vat=None,
        total=total,
        currency="BRL",
        locale="pt-BR",
        layout="receipt",
        line_items=li,
        kind="pdf",
        note="NFC-e number 000088231 keyed 88231; discount before 'Valor a Pagar'; Lei 12.741 'tributos aprox.' is an informative estimate, NOT keyed as VAT (vat null); customer CPF printed",
    )
    emit(out, name, pdf, t, rng, "pdf")


def r07(out, name="r07"):
    """Mexico convenience store ticket with RFC, IVA included, 58 mm. Scan colour."""
    rng = rng_for(name)
    li, by = gross_items(
        [
            ("COCA COLA 600ML", 2, "21.00", 16),
            ("SABRITAS ORIG 45G", 1, "19.50", 16),
            ("PAN BIMBO BLANCO", 1, "52.00", 0),
            ("LECHE LALA 1L", 2, "28.50", 0),
            ("TARJETA TELCEL 100", 1, "100.00", 0),
        ]
    )
    iva = incl_vat(by)
    total = sum(x["amount"] for x in li)
    tv = iva[16]
    nf = "en"
    ls = [
        ("c", "ABARROTES LA GUADALUPANA", True),
        ("c", "MARIA ELENA TORRES RUIZ"),
        ("c", "RFC: TORM780512HJ4"),
        ("c", "AV. JUAREZ 415 COL. CENTRO"),
        ("c", "PUEBLA, PUE. C.P. 72000"),
        ("sep", "-"),
        ("l", "TICKET: 45120  CAJA 01"),
        ("l", "FECHA: 18/02/2026 10:22"),
        ("sep", "-"),
    ]
    for x in li:
        ls.append(("l", x["description"]))
        ls.append(("r", f"{x['quantity']} x {fmt(x['unit_price'], nf)} = ${fmt(x['amount'], nf)}"))
    ls += [
        ("sep", "-"),
        ("lr", "SUBTOTAL", "$" + fmt(total - tv, nf)),
        ("lr", "IVA 16%", "$" + fmt(tv, nf)),
        ("big", "TOTAL $" + fmt(total, nf)),
        ("lr", "EFECTIVO", "$500.00"),
        ("lr", "CAMBIO", "$" + fmt(D(500) - total, nf)),
        ("sep", "-"),
        ("c", "ESTE TICKET NO ES FACTURA"),
        ("c", "FACTURA EN: guadalupana.mx/facturar"),
        ("c", "GRACIAS POR SU COMPRA"),
    ]
    pdf = rbuild(58, ls, font="Courier", size=7.2)
    t = truth(
        name,
        invoice_number="45120",
        invoice_date="2026-02-18",
        due_date=None,
        vendor_name="ABARROTES LA GUADALUPANA",
        amount=total - tv,
        vat=tv,
        total=total,
        currency="MXN",
        locale="es-MX",
        layout="receipt",
        line_items=li,
        kind="scan",
        note="58 mm ticket; IVA 16 % only on some goods (others 0 %); subtotal printed = total - IVA; cash and change; 'no es factura'",
    )
    emit(out, name, pdf, t, rng, "scan", dpi=250, grey=False, fade=0.25)


def r08(out, name="r08"):
    """Argentina fuel station Ticket Factura B with 'IVA contenido' (Ley 27.743). Phone photo."""
    rng = rng_for(name)
    li, by = gross_items([("NAFTA SUPER (lts)", "38.42", "1389.00", 21)])
    iva = incl_vat(by)
    total = sum(x["amount"] for x in li)
    tv = iva[21]
    nf = "de"
    ls = [
        ("logo", "diamond", "YPF"),
        ("c", "ESTACIÓN DE SERVICIO RUTA 8 S.A.", True),
        ("c", "CUIT 30-71204477-1  IIBB 901-774120-3"),
        ("c", "Av. Presidente Perón 3400, Pilar, Bs.As."),
        ("c", "IVA RESPONSABLE INSCRIPTO"),
        ("sep", "-"),
        ("c", "TIQUE FACTURA B  Cod. 082", True),
        ("l", "P.V. 0007  Nro. 00041882"),
        ("l", "Fecha 02/03/2026  Hora 07:48"),
        ("l", "A CONSUMIDOR FINAL"),
        ("sep", "-"),
        ("l", "Surtidor 4  Manguera 2"),
        ("l", f"{li[0]['quantity'].replace('.', ',')} x {fmt(li[0]['unit_price'], nf)}"),
        ("lr", "NAFTA SUPER (21,00)", fmt(total, nf)),
        ("sep", "-"),
        ("big", "TOTAL $", fmt(total, nf)),
        ("lr", "Tarjeta Débito", fmt(total, nf)),
        ("sep", "-"),
        ("l", "Régimen de Transparencia Fiscal al"),
        ("l", "Consumidor (Ley 27.743)"),
        ("lr", "IVA Contenido $", fmt(tv, nf)),
        ("sep", "-"),
        ("l", "CAE 76091288430017 Vto 12/03/2026"),
        ("bar", 26),
    ]
    pdf = rbuild(76, ls, font="DVM", size=7)
    t = truth(
        name,
        invoice_number="0007-00041882",
        invoice_date="2026-03-02",
        due_date=None,
        vendor_name="ESTACIÓN DE SERVICIO RUTA 8 S.A.",
        amount=total - tv,
        vat=tv,
        total=total,
        currency="ARS",
        locale="es-AR",
        layout="receipt",
        line_items=li,
        kind="photo",
        note="fuel litres with 2 decimals; 'IVA contenido' (transparency regime line at the bottom) keyed as vat, net = total - IVA; number = P.V. + Nro.; brand logo YPF is not the vendor",
    )
    emit(out, name, pdf, t, rng, "photo", bg="desk", dpi=260)


def r09(out, name="r09"):
    """Colombia restaurant: impoconsumo 8 % and voluntary tip (propina) 10 %, COP. Born-digital."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("Bandeja paisa", 2, "42000"),
            ("Ajiaco santafereño", 1, "38000"),
            ("Limonada de coco", 3, "12500"),
            ("Cerveza Club Colombia", 2, "9000"),
        ],
        dec=0,
    )
    sub = sum(x["amount"] for x in li)
    inc = q0(sub * D("0.08"))
    tip = q0(sub * D("0.10"))
    total = sub + inc + tip
    nf = "de"
    ls = [
        ("c", "Fonda La Candelaria", True),
        ("c", "Inversiones Gastronómicas Mónica S.A.S."),
        ("c", "NIT 901.455.208-6"),
        ("c", "Calle 11 # 2-45, Bogotá D.C."),
        ("c", "Régimen: responsable de INC"),
        ("sep", "-"),
        ("l", "Documento equivalente POS electrónico"),
        ("lr", "No.", "POS-E 18820"),
        ("lr", "Fecha", "21/02/2026 14:05"),
        ("lr", "Mesa / Mesero", "12 / Andrés"),
        ("sep", "-"),
    ]
    for x in li:
        ls.append(("lr", f"{x['quantity']} {x['description']}", "$" + fmt(x["amount"], nf, 0)))
    ls += [
        ("sep", "-"),
        ("lr", "Subtotal", "$" + fmt(sub, nf, 0)),
        ("lr", "Impoconsumo 8%", "$" + fmt(inc, nf, 0)),
        ("lr", "Propina voluntaria 10%", "$" + fmt(tip, nf, 0)),
        ("big", "TOTAL", "$" + fmt(total, nf, 0)),
        ("lr", "Tarjeta crédito VISA ****4471", "$" + fmt(total, nf, 0)),
        ("sep", "-"),
        ("l", "La propina es voluntaria. Puede solicitar"),
        ("l", "que no se incluya o modificar su valor."),
        ("l", "CUDE: 7f3a9c21e0b4d55a18e6c9f2a0b71d34"),
        ("qr", 64),
    ]
    pdf = rbuild(80, ls, font="DV", size=7.3)
    t = truth(
        name,
        invoice_number="POS-E 18820",
        invoice_date="2026-02-21",
        due_date=None,
        vendor_name="Inversiones Gastronómicas Mónica S.A.S.",
        amount=sub,
        vat=inc,
        total=total,
        tip=tip,
        currency="COP",
        locale="es-CO",
        layout="receipt",
        line_items=li,
        kind="pdf",
        note="impoconsumo (INC 8 %) instead of IVA, keyed as vat; voluntary 10 % tip included in total (keyed as tip); COP no decimals; trade name above legal S.A.S. name (keyed legal)",
    )
    emit(out, name, pdf, t, rng, "pdf")


def r10(out, name="r10"):
    """Chile supermarket boleta electrónica, CLP, 'El IVA de esta boleta es'. Scan, downscaled to 650 px."""
    rng = rng_for(name)
    li, _by = gross_items(
        [
            ("PALTA HASS KG", "0.845", "4990", 19),
            ("PAN MARRAQUETA KG", "0.62", "2590", 19),
            ("LECHE ENTERA 1L", 6, "1090", 19),
            ("VINO CARMENERE 750", 1, "5990", 19),
            ("DETERGENTE 3L", 1, "8490", 19),
        ],
        dec=0,
    )
    total = sum(x["amount"] for x in li)
    iva = q0(total * 19 / D(119))
    nf = "de"
    ls = [
        ("c", "SUPERMERCADO DON TITO LTDA", True),
        ("c", "RUT 77.284.561-3"),
        ("c", "Av. Pedro de Valdivia 1880, Ñuñoa"),
        ("sep", "="),
        ("c", "BOLETA ELECTRÓNICA Nº 702115", True),
        ("c", "S.I.I. - ÑUÑOA"),
        ("l", "Fecha: 16-01-2026  18:33  Caja 3"),
        ("sep", "-"),
    ]
    for x in li:
        q = x["quantity"]
        if "." in q:
            ls.append(("l", f"  {q.replace('.', ',')} kg x ${fmt(x['unit_price'], nf, 0)}"))
        elif D(q) > 1:
            ls.append(("l", f"  {q} x ${fmt(x['unit_price'], nf, 0)}"))
        ls.append(("lr", x["description"], "$" + fmt(x["amount"], nf, 0)))
    ls += [
        ("sep", "-"),
        ("big", "TOTAL", "$" + fmt(total, nf, 0)),
        ("lr", "REDCOMPRA DÉBITO", "$" + fmt(total, nf, 0)),
        ("sep", "-"),
        ("l", "El IVA de esta boleta es: $" + fmt(iva, nf, 0)),
        ("gap", 4),
        ("bar", 30),
        ("c", "Timbre Electrónico SII"),
        ("c", "Verifique en www.sii.cl"),
    ]
    pdf = rbuild(76, ls, font="DVM", size=7.2)
    t = truth(
        name,
        invoice_number="702115",
        invoice_date="2026-01-16",
        due_date=None,
        vendor_name="SUPERMERCADO DON TITO LTDA",
        amount=total - iva,
        vat=iva,
        total=total,
        currency="CLP",
        locale="es-CL",
        layout="receipt",
        line_items=li,
        kind="scan",
        note="weighed items in kg with decimal comma; CLP no decimals; IVA only as a sentence at the bottom; net not printed (amount = total - IVA); downscaled scan ~650 px wide",
    )
    emit(out, name, pdf, t, rng, "scan", dpi=300, grey=True, downscale=650, noise=4, specks=15)


def r11(out, name="r11"):
    """Dubai restaurant: service charge, municipality fee 7 %, VAT 5 %, tip. Phone photo."""
    rng = rng_for(name)
    li = lines_net(
        [
            ("Mixed grill platter", 1, "145.00"),
            ("Hummus beiruti", 1, "38.00"),
            ("Fattoush salad", 1, "42.00"),
            ("Lemon mint (jug)", 1, "55.00"),
            ("Kunafa", 2, "36.00"),
        ]
    )
    food = sum(x["amount"] for x in li)
    svc = q2(food * D("0.10"))
    net = food + svc
    muni = q2(net * D("0.07"))
    vat = q2((net + muni) * D("0.05"))
    tip = q2("30.00")
    total = net + muni + vat + tip
    nf = "en"
    ls = [
        ("c", "SAHTEIN LEBANESE KITCHEN", True),
        ("c", "Sahtein Restaurant L.L.C"),
        ("c", "Jumeirah Beach Rd, Umm Suqeim 1, Dubai"),
        ("c", "TRN 100459812300003"),
        ("c", "TAX INVOICE / FATURA DARIBIYA"),
        ("sep", "-"),
        ("lr", "Bill No: SLK-30417", "Table 9  Cov 3"),
        ("lr", "04-Apr-2026", "21:36"),
        ("sep", "-"),
    ]
    for x in li:
        ls.append(("lr", f"{x['quantity']} {x['description']}", fmt(x["amount"], nf)))
    ls += [
        ("sep", "-"),
        ("lr", "Sub Total", fmt(food, nf)),
        ("lr", "Service Charge 10%", fmt(svc, nf)),
        ("lr", "Municipality Fee 7%", fmt(muni, nf)),
        ("lr", "VAT 5%", fmt(vat, nf)),
        ("lrb", "Bill Total AED", fmt(net + muni + vat, nf)),
        ("lr", "Tip", fmt(tip, nf)),
        ("big", "TOTAL AED", fmt(total, nf)),
        ("lr", "Mastercard ****0923", fmt(total, nf)),
        ("sep", "-"),
        ("c", "Shukran! (Arabic text transliterated)"),
    ]
    pdf = rbuild(80, ls, font="DVC", size=7.6)
    t = truth(
        name,
        invoice_number="SLK-30417",
        invoice_date="2026-04-04",
        due_date=None,
        vendor_name="Sahtein Restaurant L.L.C",
        amount=net,
        vat=muni + vat,
        total=total,
        tip=tip,
        currency="AED",
        locale="en-AE",
        layout="receipt",
        line_items=li,
        kind="photo",
        note="service charge is part of the net (amount = food + service); municipality fee 7 % and VAT 5 % both keyed as tax (vat = sum); tip after Bill Total; two 'total' lines, keyed the final charged TOTAL",
    )
    emit(out, name, pdf, t, rng, "photo", bg="wood", dpi=250)


def r12(out, name="r12"):
    """Saudi pharmacy simplified tax invoice, VAT 15 % inclusive, SAR. Born-digital."""
    rng = rng_for(name)
    li, by = gross_items(
        [
            ("Panadol Extra 24 tab", 2, "17.25", 15),
            ("Vitamin D3 5000IU", 1, "64.40", 15),
            ("Baby diapers size 4 (44)", 1, "79.35", 15),
            ("Sanitizer gel 500ml", 1, "23.00", 15),
        ]
    )
    total = sum(x["amount"] for x in li)
    vat = incl_vat(by)[15]
    nf = "en"
    ls = [
        ("c", "Al Dawaa Al Shifa Pharmacy", True),
        ("c", "Saydaliyat al-Shifa [transliterated]"),
        ("c", "Al Tahlia St., Jeddah 23431"),
        ("c", "VAT Reg. No. 300918245600003"),
        ("c", "CR 4030218877"),
        ("sep", "="),
        ("c", "SIMPLIFIED TAX INVOICE", True),
        ("c", "fatura daribiya mubassata"),
        ("lr", "Invoice #", "JED2-118045"),
        ("lr", "Date", "2026-03-30 22:10"),
        ("sep", "-"),
    ]
    for x in li:
        ls.append(("l", x["description"]))
        ls.append(("r", f"{x['quantity']} x {fmt(x['unit_price'], nf)}   {fmt(x['amount'], nf)}"))
    ls += [
        ("sep", "-"),
        ("lr", "Total excl. VAT", fmt(total - vat, nf)),
        ("lr", "VAT 15%", fmt(vat, nf)),
        ("big", "Total SAR", fmt(total, nf)),
        ("lr", "mada", fmt(total, nf)),
        ("sep", "-"),
        ("qr", 70),
        ("c", "Prices include VAT"),
    ]
    pdf = rbuild(80, ls, font="DV", size=7.4)
    t = truth(
        name,
        invoice_number="JED2-118045",
        invoice_date="2026-03-30",
        due_date=None,
        vendor_name="Al Dawaa Al Shifa Pharmacy",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="SAR",
        locale="en-SA",
        layout="receipt",
        line_items=li,
        kind="pdf",
        note="simplified tax invoice; prices include 15 % VAT, net printed; ZATCA QR; Arabic lines transliterated (no Arabic font); mada card payment",
    )
    emit(out, name, pdf, t, rng, "pdf")


def r13(out, name="r13"):
    """Kenya supermarket eTIMS receipt, VAT 16 % incl. with exempt items, M-PESA. Scan downscaled."""
    rng = rng_for(name)
    li, by = gross_items(
        [
            ("UNGA PEMBE 2KG", 2, "189.00", "E"),
            ("BROOKSIDE MILK 500ML", 4, "65.00", "E"),
            ("OMO 1KG", 1, "345.00", "A"),
            ("COLGATE 140G", 1, "210.00", "A"),
            ("COKE 2L", 1, "235.00", "A"),
            ("EGGS TRAY 30", 1, "540.00", "E"),
        ]
    )
    total = sum(x["amount"] for x in li)
    vat = q2(by["A"] * 16 / D(116))
    nf = "en"
    ls = [
        ("c", "MAMA NJERI SUPERMARKET LTD", True),
        ("c", "Thika Road, Ruiru - Kiambu"),
        ("c", "PIN: P052118834R"),
        ("c", "TEL 0711 204 883"),
        ("sep", "-"),
        ("c", "TAX INVOICE", True),
        ("lr", "Receipt No", "RUI-0093871"),
        ("lr", "Date", "07/03/2026 16:44"),
        ("sep", "-"),
    ]
    for x in li:
        code = "A" if x["description"] in ("OMO 1KG", "COLGATE 140G", "COKE 2L") else "E"
        ls.append(
            (
                "lr",
                f"{x['description']} {x['quantity']}@{fmt(x['unit_price'], nf)}",
                f"{fmt(x['amount'], nf)} {code}",
            )
        )
    ls += [
        ("sep", "-"),
        ("big", "TOTAL", fmt(total, nf)),
        ("lr", "M-PESA (SHB7K2Q0XP)", fmt(total, nf)),
        ("sep", "-"),
        ("lr", "A-16% Taxable", fmt(by["A"] - vat, nf)),
        ("lr", "A-16% VAT", fmt(vat, nf)),
        ("lr", "E-Exempt", fmt(by["E"], nf)),
        ("lr", "TOTAL TAX", fmt(vat, nf)),
        ("sep", "-"),
        ("l", "SCU ID: KRACU0100088412"),
        ("l", "CU INV NO: 0100088412/884193"),
        ("qr", 56),
        ("c", "Asante kwa kununua!"),
    ]
    pdf = rbuild(76, ls, font="DVM", size=7)
    t = truth(
        name,
        invoice_number="RUI-0093871",
        invoice_date="2026-03-07",
        due_date=None,
        vendor_name="MAMA NJERI SUPERMARKET LTD",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="KES",
        locale="en-KE",
        layout="receipt",
        line_items=li,
        kind="scan",
        note="VAT 16 % only on A-coded items, E exempt; tax summary below payment; CU invoice number besides the receipt number (keyed receipt no); downscaled scan ~650 px",
    )
    emit(
        out,
        name,
        pdf,
        t,
        rng,
        "scan",
        dpi=300,
        grey=True,
        downscale=650,
        noise=4,
        specks=12,
        fade=0.2,
    )


def r14(out, name="r14"):
    """Nigeria fuel station receipt, PMS VAT-exempt (no tax line). Phone photo with crease."""
    rng = rng_for(name)
    li, _ = gross_items([("PMS (Petrol)", "31.25", "960.00")])
    total = sum(x["amount"] for x in li)
    nf = "en"
    ls = [
        ("c", "ADEOLA ENERGY LIMITED", True),
        ("c", "Lagos-Ibadan Expressway, Km 46"),
        ("c", "Mowe, Ogun State"),
        ("c", "RC 1429917"),
        ("sep", "*"),
        ("c", "CUSTOMER RECEIPT", True),
        ("lr", "Receipt:", "AE-MW-220418"),
        ("lr", "Date:", "12/01/2026"),
        ("lr", "Time:", "06:58"),
        ("lr", "Pump:", "07  Attendant: Bisi"),
        ("sep", "-"),
        ("lr", "Product", li[0]["description"]),
        ("lr", "Litres", li[0]["quantity"]),
        ("lr", "Price/Litre", "N" + fmt(li[0]["unit_price"], nf)),
        ("big", "AMOUNT", "N" + fmt(total, nf)),
        ("lr", "Payment", "POS/Card"),
        ("lr", "Vehicle", "KSF 412 GE"),
        ("sep", "-"),
        ("c", "Thank you. Drive safely!"),
    ]
    pdf = rbuild(58, ls, font="DVM", size=7.2)
    t = truth(
        name,
        invoice_number="AE-MW-220418",
        invoice_date="2026-01-12",
        due_date=None,
        vendor_name="ADEOLA ENERGY LIMITED",
        amount=total,
        vat=None,
        total=total,
        currency="NGN",
        locale="en-NG",
        layout="receipt",
        line_items=li,
        kind="photo",
        note="no tax line at all (petrol VAT-exempt) -> vat null; naira printed as 'N'; total labelled AMOUNT; litres with 2 decimals; vehicle plate",
    )
    emit(out, name, pdf, t, rng, "photo", bg="cloth", dpi=300)


def r15(out, name="r15"):
    """South Africa pharmacy till slip, VAT 15 % incl., cash rounding. Born-digital."""
    rng = rng_for(name)
    li, by = gross_items(
        [
            ("Corenza C 10s", 1, "64.99", 15),
            ("Sinutab 20s", 1, "89.95", 15),
            ("Vicks VapoRub 50g", 1, "72.49", 15),
            ("Panado 24s", 2, "39.99", 15),
        ]
    )
    exact = sum(x["amount"] for x in li)
    total = (exact * 10).quantize(Decimal("1"), rounding=ROUND_HALF_UP) / 10
    total = q2(total)
    rnd = total - exact
    vat = incl_vat(by)[15]
    nf = "spd"
    ls = [
        ("c", "KARROO PHARMACY", True),
        ("c", "Karroo Apteek CC  Reg 2004/118320/23"),
        ("c", "42 Church Street, Graaff-Reinet 6280"),
        ("c", "VAT No 4560218830"),
        ("sep", "-"),
        ("c", "TAX INVOICE", True),
        ("lr", "Slip 004-118842", "23/01/2026 11:07"),
        ("sep", "-"),
    ]
    for x in li:
        ls.append(("lr", f"{x['quantity']} {x['description']}", fmt(x["amount"], nf)))
    ls += [
        ("sep", "-"),
        ("lr", "Subtotal", fmt(exact, nf)),
        ("lr", "Rounding", fmt(rnd, nf)),
        ("big", "TOTAL", "R" + fmt(total, nf)),
        ("lr", "CASH", "R" + fmt(D(400), nf)),
        ("lr", "CHANGE", "R" + fmt(D(400) - total, nf)),
        ("sep", "-"),
        ("lr", "VAT 15% included", fmt(vat, nf)),
        ("lr", "Total excl. VAT", fmt(exact - vat, nf)),
        ("c", "Thank you - Baie dankie"),
    ]
    pdf = rbuild(76, ls, font="DVM", size=7.2)
    t = truth(
        name,
        invoice_number="004-118842",
        invoice_date="2026-01-23",
        due_date=None,
        vendor_name="Karroo Apteek CC",
        amount=exact - vat,
        vat=vat,
        total=total,
        rounding=rnd,
        currency="ZAR",
        locale="en-ZA",
        layout="receipt",
        line_items=li,
        kind="pdf",
        note="cash rounding to 10c printed; VAT 15 % included printed after payment; trade name KARROO PHARMACY above legal name Karroo Apteek CC (keyed legal); 'Slip' number",
    )
    emit(out, name, pdf, t, rng, "pdf")


def r16(out, name="r16"):
    """Bulgaria ФИСКАЛЕН БОН in EUR (euro adopted 2026) with BGN dual display, ДДС 20 %. Image-only PDF."""
    rng = rng_for(name)
    li, by = gross_items(
        [
            ("Хляб Добруджа", 2, "1.15", 20),
            ("Кисело мляко 2%", 3, "0.89", 20),
            ("Сирене краве 400г", 1, "4.59", 20),
            ("Домати кг", "1.24", "2.45", 20),
            ("Бира Загорка 0,5", 4, "0.99", 20),
        ]
    )
    total = sum(x["amount"] for x in li)
    vat = incl_vat(by)[20]
    bgn = q2(total * D("1.95583"))
    nf = "de"
    ls = [
        ("c", 'МАГАЗИН "ЛОЗЕНЕЦ"', True),
        ("c", "ЛОЗЕНЕЦ ТРЕЙД ЕООД"),
        ("c", "гр. София, ул. Кричим 54"),
        ("c", "ЕИК 204771852  ИН по ДДС BG204771852"),
        ("sep", "-"),
    ]
    for x in li:
        q = x["quantity"]
        ls.append(("l", x["description"]))
        ls.append(
            ("r", f"{q.replace('.', ',')} x {fmt(x['unit_price'], nf)} = {fmt(x['amount'], nf)} Б")
        )
    ls += [
        ("sep", "-"),
        ("big", "ОБЩА СУМА", fmt(total, nf) + " EUR"),
        ("r", f"{fmt(bgn, nf)} лв."),
        ("lr", "В БРОЙ", "20,00 EUR"),
        ("lr", "РЕСТО", fmt(D(20) - total, nf) + " EUR"),
        ("lr", "ДДС Б 20,00%", fmt(vat, nf)),
        ("lr", "Курс 1 EUR = 1,95583 лв.", ""),
        ("sep", "-"),
        ("c", "ФИСКАЛЕН БОН", True),
        ("l", "№ 0018842   11.02.2026 18:21"),
        ("l", "УНП: DT418837-0042-0018842"),
        ("c", "DT418837  50211944"),
    ]
    pdf = rbuild(58, ls, font="DVM", size=6.8)
    t = truth(
        name,
        invoice_number="0018842",
        invoice_date="2026-02-11",
        due_date=None,
        vendor_name="ЛОЗЕНЕЦ ТРЕЙД ЕООД",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="bg-BG",
        layout="receipt",
        line_items=li,
        kind="scan",
        note="Cyrillic; euro total with BGN equivalent printed just below (dual display in 2026) - keyed EUR; ФИСКАЛЕН БОН title near the bottom; receipt № and УНП; image-only PDF",
    )
    emit(out, name, pdf, t, rng, "imgpdf", dpi=240, grey=True, fade=0.3)


DOCS = {}


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    only = None
    if "--only" in argv:
        k = argv.index("--only")
        only = argv[k + 1]
        del argv[k : k + 2]
    out = Path(argv[0]) if argv else Path("bench/blindsets/blind-2026-13e")
    out.mkdir(parents=True, exist_ok=True)
    g = globals()
    names = sorted(
        n for n in g if len(n) == 3 and n[0] in "ir" and n[1:].isdigit() and callable(g[n])
    )
    for n in names:
        if only and n != only:
            continue
        g[n](out)
        print("wrote", n)


if __name__ == "__main__":
    main()
