# ruff: noqa: E501
"""Blind set 13c: German/French e-invoice pages and South-East Asian till receipts.

Run from the repository root:  python -m bench.blindsets.blind_2026_13c [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document name, so re-runs are byte-identical.
"""

from __future__ import annotations

import io
import json
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
from reportlab.pdfgen import canvas

D = Decimal
C2 = D("0.01")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [
    ("DV", "DejaVuSans.ttf"),
    ("DV-B", "DejaVuSans-Bold.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
    ("DVM", "DejaVuSansMono.ttf"),
    ("DVM-B", "DejaVuSansMono-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"),
    ("DVS-B", "DejaVuSerif-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, FONT_DIR + _f))


class LayoutError(Exception):
    pass


def q2(x) -> Decimal:
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D("1"), rounding=ROUND_HALF_UP)


def fmt(v, th=".", dec=",", nd=2) -> str:
    v = D(v)
    neg = v < 0
    v = abs(v).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    s = f"{v:.{nd}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups) + (dec + fp if nd else "")
    return ("-" if neg else "") + out


def de(v):
    return fmt(v, ".", ",")


def fr(v):
    return fmt(v, "\u00a0", ",")


def en(v):
    return fmt(v, ",", ".")


def s2(v) -> str:
    return f"{q2(v):.2f}"


def crc(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


# ---------------------------------------------------------------- page with run checks
class Page:
    """Canvas wrapper that records every text run and refuses overlaps / off-page runs."""

    def __init__(self, path, size, title="document"):
        self.W, self.H = size
        self.c = canvas.Canvas(
            path if isinstance(path, io.BytesIO) else str(path), pagesize=size, invariant=1
        )
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.runs = []

    def text(self, x, y, s, font="Helvetica", size=9, align="l", color=(0, 0, 0), check=True):
        s = str(s)
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.22 * size, x0 + w, y + 0.76 * size)
        if check:
            if box[0] < 1 or box[2] > self.W - 1 or box[1] < 1 or box[3] > self.H - 1:
                raise LayoutError(f"off page: {s!r} {box}")
            for b, t in self.runs:
                if (
                    box[0] < b[2] - 0.3
                    and b[0] < box[2] - 0.3
                    and box[1] < b[3] - 0.3
                    and b[1] < box[3] - 0.3
                ):
                    raise LayoutError(f"overlap: {s!r} with {t!r}")
            self.runs.append((box, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def tw(self, s, font, size):
        return pdfmetrics.stringWidth(str(s), font, size)

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(w)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.5):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def circle(self, x, y, r, fill=(0, 0, 0)):
        self.c.setFillColorRGB(*fill)
        self.c.circle(x, y, r, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def qr(self, x, y, size, seed, n=25):
        rng = np.random.RandomState(seed & 0xFFFFFFFF)
        cell = size / n
        grid = rng.rand(n, n) < 0.48
        for cx, cy in [(0, 0), (n - 7, 0), (0, n - 7)]:
            grid[cy : cy + 7, cx : cx + 7] = False
        self.c.setFillColorRGB(0, 0, 0)
        for j in range(n):
            for i in range(n):
                if grid[j, i]:
                    self.c.rect(
                        x + i * cell, y + size - (j + 1) * cell, cell, cell, stroke=0, fill=1
                    )
        for cx, cy in [(0, 0), (n - 7, 0), (0, n - 7)]:
            bx, by = x + cx * cell, y + size - (cy + 7) * cell
            self.c.rect(bx, by, 7 * cell, 7 * cell, stroke=0, fill=1)
            self.c.setFillColorRGB(1, 1, 1)
            self.c.rect(bx + cell, by + cell, 5 * cell, 5 * cell, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
            self.c.rect(bx + 2 * cell, by + 2 * cell, 3 * cell, 3 * cell, stroke=0, fill=1)

    def barcode(self, x, y, w, h, seed):
        rng = np.random.RandomState(seed & 0xFFFFFFFF)
        xx = x
        while xx < x + w - 3:
            bw = rng.choice([0.6, 0.6, 1.2, 1.8])
            if rng.rand() < 0.55:
                self.c.rect(xx, y, bw, h, stroke=0, fill=1)
            xx += bw

    def new_page(self):
        self.c.showPage()
        self.runs = []

    def save(self):
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- roll receipts
class Roll:
    """Line-based till roll; the page is as long as its content."""

    def __init__(self, width_mm, margin_mm=4.0):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.y = self.m + 4
        self.prev = 0
        self.ops = []

    @property
    def inner(self):
        return self.W - 2 * self.m

    def ln(self, *parts, size=8, font="Courier", lead=1.3):
        """parts: strings or (text, align, xfrac[, font]) ; plain str => left / 2 strs => left+right."""
        if len(parts) == 2 and all(isinstance(p, str) for p in parts):
            parts = ((parts[0], "l", 0), (parts[1], "r", 1))
        elif len(parts) == 1 and isinstance(parts[0], str):
            parts = ((parts[0], "l", 0),)
        self.y += max(size * lead, 0.25 * self.prev + 0.8 * size + 1)
        self.prev = size
        self.ops.append(("t", self.y, parts, font, size))

    def c(self, s, size=8, font="Courier", lead=1.3):
        self.ln((s, "c", 0.5), size=size, font=font, lead=lead)

    def rule(self, ch="-", dash=True, gap=5):
        self.y += gap
        self.ops.append(("r", self.y, dash))
        self.y += 1

    def gap(self, h=5):
        self.y += h

    def qr(self, size=22 * mm, seed=1):
        self.y += size + 4
        self.ops.append(("q", self.y, size, seed))

    def bar(self, h=10 * mm, seed=1):
        self.y += h + 3
        self.ops.append(("b", self.y, h, seed))

    def logo(self, kind, h=12 * mm):
        self.y += h + 2
        self.ops.append(("logo", self.y, kind, h))

    def render(self, path, title):  # noqa: C901
        H = self.y + self.m + 6
        p = Page(path, (self.W, H), title)
        for op in self.ops:
            y = H - op[1]
            if op[0] == "t":
                _, _, parts, font, size = op
                for part in parts:
                    txt, al, xf = part[:3]
                    f = part[3] if len(part) > 3 else font
                    x = self.m + xf * self.inner
                    p.text(x, y, txt, f, size, al)
            elif op[0] == "r":
                p.line(self.m, y, self.W - self.m, y, 0.6, dash=(2, 2) if op[2] else None)
            elif op[0] == "q":
                s = op[2]
                p.qr((self.W - s) / 2, y, s, op[3])
            elif op[0] == "b":
                p.barcode(self.m + 6, y, self.inner - 12, op[2], op[3])
            elif op[0] == "logo":
                kind, h = op[2], op[3]
                cx = self.W / 2
                if kind == "circle":
                    p.circle(cx, y + h / 2, h / 2)
                    p.circle(cx, y + h / 2, h / 2 - 3, fill=(1, 1, 1))
                    p.circle(cx, y + h / 2, h / 4)
                elif kind == "leaf":
                    p.c.setFillColorRGB(0, 0, 0)
                    pa = p.c.beginPath()
                    pa.moveTo(cx - h / 2, y)
                    pa.curveTo(cx - h / 2, y + h, cx + h / 2, y + h, cx + h / 2, y + h)
                    pa.curveTo(cx + h / 2, y, cx - h / 2, y, cx - h / 2, y)
                    p.c.drawPath(pa, stroke=0, fill=1)
                else:
                    for k in range(4):
                        p.rect(
                            cx - h + k * h / 2,
                            y,
                            h / 2 - 2,
                            h * (0.4 + 0.2 * k),
                            fill=(0, 0, 0),
                            stroke=None,
                        )
        p.save()


# ---------------------------------------------------------------- image degradation
def rasterize(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    img = doc[0].render(scale=dpi / 72.0).to_pil().convert("RGB")
    arr = np.array(img)
    doc.close()
    return arr


def _paper_tint(img, rng, color):
    if color:
        tint = np.array([255, 252, 244], np.float32) - rng.uniform(0, 6, 3).astype(np.float32)
    else:
        tint = np.full(3, 250 - rng.uniform(0, 8), np.float32)
    f = img.astype(np.float32) / 255.0
    return f * tint


def scan(
    img,
    rng,
    *,
    color=False,
    skew=0.0,
    blur=0.6,
    noise=4.0,
    specks=40,
    fade=False,
    down=None,
    flatbed=False,
):
    h, w = img.shape[:2]
    f = _paper_tint(img, rng, color)
    if fade:  # thermal fading: ink lighter towards one end and in blotches
        yy = np.linspace(0, 1, h)[:, None]
        ramp = 0.55 + 0.4 * (yy if rng.rand() < 0.5 else 1 - yy)
        blot = cv2.GaussianBlur(
            rng.rand(max(h // 40, 2), max(w // 40, 2)).astype(np.float32), (0, 0), 1.5
        )
        blot = cv2.resize(blot, (w, h))
        k = np.clip(ramp * (0.75 + 0.35 * blot), 0.35, 1.0)[..., None]
        paper = f.max(axis=(0, 1), keepdims=True)
        f = paper - (paper - f) * k
    if flatbed:  # the receipt lies on the scanner glass next to other paper
        ph, pw = int(h * 1.25), int(w * 2.3)
        bg = np.full((ph, pw, 3), 236 + rng.uniform(-4, 4), np.float32)
        ox, oy = int(w * 1.05 + rng.uniform(0, w * 0.15)), int(h * rng.uniform(0.02, 0.12))
        sh = int(h * rng.uniform(0.7, 0.95))
        bg[oy : oy + sh, ox : pw - int(w * 0.05)] = 250
        for yy in range(oy + 20, oy + sh - 20, int(rng.uniform(14, 22))):
            x1 = ox + 25 + int(rng.uniform(0, 30))
            x2 = min(pw - int(w * 0.05) - 20, x1 + int(rng.uniform(w * 0.3, w * 0.9)))
            bg[yy : yy + 5, x1:x2] = 170
        M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        rot = cv2.warpAffine(f, M, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(-1, -1, -1))
        mask = rot[..., 0] >= 0
        px, py = int(w * 0.08), int(h * 0.1)
        region = bg[py : py + h, px : px + w]
        region[mask] = rot[mask]
        # thin shadow on the receipt edge
        edge = cv2.dilate(mask.astype(np.uint8), np.ones((5, 5), np.uint8)) - mask.astype(np.uint8)
        region[edge > 0] *= 0.75
        f = bg
    elif skew:
        M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        f = cv2.warpAffine(
            f, M, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(250, 250, 250)
        )
    if blur:
        f = cv2.GaussianBlur(f, (0, 0), blur)
    f = f + rng.normal(0, noise, f.shape[:2])[..., None].astype(np.float32)
    hh, ww = f.shape[:2]
    for _ in range(specks):
        cv2.circle(
            f,
            (int(rng.uniform(0, ww)), int(rng.uniform(0, hh))),
            int(rng.choice([1, 1, 1, 2])),
            (70, 70, 70),
            -1,
        )
    f = np.clip(f, 0, 255).astype(np.uint8)
    if down:
        nh = round(hh * down / ww)
        f = cv2.resize(f, (down, nh), interpolation=cv2.INTER_AREA)
    if not color:
        f = cv2.cvtColor(f, cv2.COLOR_RGB2GRAY)
    return f


def _texture(rng, h, w):
    kind = rng.randint(3)
    base = np.array([[120, 86, 60], [150, 150, 148], [60, 64, 72]][kind], np.float32)
    n = cv2.resize(rng.rand(h // 8 + 1, w // 8 + 1).astype(np.float32), (w, h))
    bg = np.ones((h, w, 3), np.float32) * base
    if kind == 0:
        yy = np.arange(h)[:, None]
        stripes = 12 * np.sin(yy / rng.uniform(6, 14) + 3 * n)
        bg += stripes[..., None]
    bg += (n[..., None] - 0.5) * 30 + rng.normal(0, 5, (h, w, 1))
    return bg


def photo(img, rng, *, long_side=1900, crumple=0.0, folds=1, shadow=True):
    h, w = img.shape[:2]
    f = _paper_tint(img, rng, True)
    if crumple:  # smooth displacement field + shading
        dx = cv2.GaussianBlur(rng.randn(h // 16 + 1, w // 16 + 1).astype(np.float32), (0, 0), 1.2)
        dy = cv2.GaussianBlur(rng.randn(h // 16 + 1, w // 16 + 1).astype(np.float32), (0, 0), 1.2)
        dx, dy = cv2.resize(dx, (w, h)) * crumple, cv2.resize(dy, (w, h)) * crumple
        gx, gy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
        f = cv2.remap(f, gx + dx, gy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        shade = 1 + 0.03 * cv2.Sobel(dx + dy, cv2.CV_32F, 1, 1, ksize=5) / max(crumple, 1)
        f *= np.clip(shade, 0.82, 1.08)[..., None]
    for _ in range(folds):
        yf = int(rng.uniform(0.25, 0.75) * h)
        band = np.exp(-(((np.arange(h) - yf) / (h * 0.004)) ** 2))
        f *= (1 - 0.12 * band)[:, None, None]
        f[yf:] *= 0.97
    # place on background with perspective
    scale = long_side / max(h, w) / 0.8
    Wb, Hb = int(w * scale / 0.75 if w > h else w * scale * 1.0 / 0.6), int(h * scale * 1.0 / 0.85)
    Wb = max(Wb, int(w * scale * 1.2))
    bg = _texture(rng, Hb, Wb)
    tw_, th_ = w * scale, h * scale
    cx, cy = Wb / 2, Hb / 2
    j = lambda a: rng.uniform(-a, a)  # noqa: E731
    dst = np.float32(
        [
            [cx - tw_ / 2 + j(tw_ * 0.05), cy - th_ / 2 + j(th_ * 0.03)],
            [cx + tw_ / 2 + j(tw_ * 0.05), cy - th_ / 2 + j(th_ * 0.03)],
            [cx + tw_ / 2 + j(tw_ * 0.04), cy + th_ / 2 + j(th_ * 0.02)],
            [cx - tw_ / 2 + j(tw_ * 0.04), cy + th_ / 2 + j(th_ * 0.02)],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(f, M, (Wb, Hb), flags=cv2.INTER_AREA, borderValue=(-1, -1, -1))
    mask = warped[..., 0] >= 0
    sm = cv2.GaussianBlur(mask.astype(np.float32), (0, 0), 9)
    bg *= (1 - 0.35 * sm)[..., None]  # soft drop shadow under the paper
    bg[mask] = warped[mask]
    out = bg
    gy, gx = np.mgrid[0:Hb, 0:Wb].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    light = 0.9 + 0.14 * ((np.cos(ang) * gx / Wb + np.sin(ang) * gy / Hb) - 0.5)
    out *= light[..., None]
    if shadow:
        pts = np.int32(
            [
                [0, 0],
                [int(Wb * rng.uniform(0.3, 0.6)), 0],
                [int(Wb * rng.uniform(0.1, 0.3)), Hb],
                [0, Hb],
            ]
        )
        sh = np.zeros((Hb, Wb), np.float32)
        cv2.fillPoly(sh, [pts], 1.0)
        sh = cv2.GaussianBlur(sh, (0, 0), 25)
        out *= (1 - 0.25 * sh)[..., None]
    out *= np.array([1.0, 0.98, 0.93], np.float32)  # warm white balance
    out = cv2.GaussianBlur(out, (0, 0), 0.7) + rng.normal(0, 3, (Hb, Wb, 1))
    out = np.clip(out, 0, 255).astype(np.uint8)
    ls = max(Hb, Wb)
    if ls > long_side:
        k = long_side / ls
        out = cv2.resize(out, (int(Wb * k), int(Hb * k)), interpolation=cv2.INTER_AREA)
    return out


def save_image(arr, path, quality=None):
    im = Image.fromarray(arr)
    if path.suffix == ".jpg":
        im.save(path, "JPEG", quality=quality or 85, optimize=False)
    else:
        im.save(path, "PNG", optimize=False)


def image_pdf(arr, path, dpi, title):
    im = Image.fromarray(arr)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    wpt, hpt = im.width * 72.0 / dpi, im.height * 72.0 / dpi
    c = canvas.Canvas(str(path), pagesize=(wpt, hpt), invariant=1)
    c.setTitle(title)
    c.drawImage(ImageReader(buf), 0, 0, wpt, hpt)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- registry / truth
DOCS = {}


def doc(name, kind, ext, **post):
    def deco(fn):
        DOCS[name] = (fn, kind, ext, post)
        return fn

    return deco


def items_out(rows):
    """rows: (description, quantity, unit_price, amount) -> truth dicts."""
    out = []
    for d_, qn, up, am in rows:
        out.append({"description": d_, "quantity": str(qn), "unit_price": s2(up), "amount": s2(am)})
    return out


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
    tip=D(0),
    rounding=D(0),
):
    amount, total = q2(amount), q2(total)
    vv = q2(vat) if vat is not None else None
    if amount + (vv or D(0)) + q2(tip) + q2(rounding) != total:
        raise AssertionError(f"arithmetic: {amount} + {vv} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": s2(amount),
        "vat": s2(vv) if vv is not None else None,
        "total": s2(total),
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": items_out(items),
        "note": note,
    }


def calc(rows, rates_of=None, nd=2):
    """rows: (desc, qty, unit, rate). Returns (lines, nets_by_rate, vats_by_rate, net, vat, total)."""
    quant = q2 if nd == 2 else q0
    lines, nets = [], {}
    for d_, qn, up, rate in rows:
        am = quant(D(str(qn)) * D(str(up)))
        lines.append((d_, qn, D(str(up)), am, rate))
        nets[rate] = nets.get(rate, D(0)) + am
    vats = {r: quant(n * D(str(r)) / 100) for r, n in nets.items()}
    net = sum(nets.values(), D(0))
    vat = sum(vats.values(), D(0))
    return lines, nets, vats, net, vat, net + vat


def table(
    p,
    y,
    cols,
    head,
    rows,
    font="Helvetica",
    bold="Helvetica-Bold",
    size=8.5,
    lead=13,
    head_fill=None,
    rule=True,
    head_color=(0, 0, 0),
    x0=None,
    x1=None,
):
    """cols: [(x, align)], head: [str], rows: [[str]]. Returns y below the table."""
    x0 = cols[0][0] - 3 if x0 is None else x0
    x1 = (cols[-1][0] + 3) if x1 is None else x1
    if head_fill:
        p.rect(x0, y - 4, x1 - x0, size + 7, fill=head_fill, stroke=None)
    for (x, al), h in zip(cols, head, strict=False):
        p.text(x, y, h, bold, size, al, color=head_color)
    y -= 6
    if rule:
        p.line(x0, y, x1, y, 0.6)
    y -= lead
    for r in rows:
        for (x, al), v in zip(cols, r, strict=False):
            if v:
                p.text(x, y, v, font, size, al)
        y -= lead
    return y


def ddmmyyyy(iso, sep="."):
    y, m, d = iso.split("-")
    return f"{d}{sep}{m}{sep}{y}"


def iban_de(seed):
    rng = np.random.RandomState(seed & 0xFFFFFFFF)
    digits = "".join(str(rng.randint(10)) for _ in range(20))
    return (
        "DE"
        + digits[:2]
        + " "
        + " ".join(digits[2 + 4 * i : 6 + 4 * i] for i in range(4))
        + " "
        + digits[18:]
    )


def iban_fr(seed):
    rng = np.random.RandomState(seed & 0xFFFFFFFF)
    digits = "".join(str(rng.randint(10)) for _ in range(23))
    return "FR76 " + " ".join(digits[4 * i : 4 * i + 4] for i in range(5)) + " " + digits[20:]


# ================================================================ INVOICES (DE / FR)
@doc("i01", "pdf", "pdf")
def i01(path, name):
    """ZUGFeRD page: several label/value pairs per header line, 19 % and 7 %."""
    p = Page(path, A4, "Rechnung RE-2026-00417")
    W, H = A4
    vendor = "Hellwig Antriebstechnik GmbH"
    p.circle(60, H - 62, 18, fill=(0.1, 0.25, 0.5))
    p.circle(60, H - 62, 9, fill=(1, 1, 1))
    p.text(86, H - 60, "HELLWIG", "Helvetica-Bold", 22, color=(0.1, 0.25, 0.5))
    p.text(87, H - 74, "Antriebstechnik", "Helvetica", 10, color=(0.1, 0.25, 0.5))
    p.text(W - 50, H - 52, vendor, "Helvetica-Bold", 8.5, "r")
    p.text(W - 50, H - 63, "Ravensberger Str. 118 · 33602 Bielefeld", "Helvetica", 8, "r")
    p.text(W - 50, H - 74, "Tel. 0521 9638-0 · info@hellwig-antrieb.de", "Helvetica", 8, "r")
    p.text(
        57,
        H - 122,
        "Hellwig Antriebstechnik GmbH · Ravensberger Str. 118 · 33602 Bielefeld",
        "Helvetica",
        6.5,
    )
    for i, s in enumerate(
        [
            "Maschinenbau Ostertag GmbH",
            "Einkauf / Kreditoren",
            "Industriestraße 7",
            "59555 Lippstadt",
        ]
    ):
        p.text(57, H - 140 - i * 12, s, "Helvetica", 10)
    p.text(57, H - 230, "Rechnung", "Helvetica-Bold", 16)
    rows = [
        [
            ("Rechnungsnr.:", "RE-2026-00417"),
            ("Rechnungsdatum:", "14.01.2026"),
            ("Seite:", "1 von 1"),
        ],
        [("Kundennr.:", "10233"), ("Auftragsnr.:", "AB-55120"), ("Lieferschein:", "LS-88107")],
        [
            ("Leistungsdatum:", "12.01.2026"),
            ("Ihre Bestellung:", "4500118832 v. 05.01.2026"),
            ("", ""),
        ],
    ]
    y = H - 256
    for r in rows:
        x = 57
        for lab, val in r:
            if lab:
                w = p.text(x, y, lab, "Helvetica-Bold", 8.5)
                p.text(x + w + 4, y, val, "Helvetica", 8.5)
            x += 165
        y -= 13
    rows_ = [
        ("Getriebemotor HG-40, i=12,5", 2, "486.00", 19),
        ("Kupplung elastisch KE-28", 4, "39.90", 19),
        ("Montagematerial Set M8", 1, "24.75", 19),
        ("Fachbuch Antriebstechnik, 4. Aufl.", 1, "59.00", 7),
    ]
    lines, nets, vats, net, vat, total = calc(rows_)
    cols = [(60, "l"), (88, "l"), (330, "r"), (380, "r"), (410, "l"), (460, "r"), (W - 57, "r")]
    trows = [
        [str(i + 1), d_, str(q), "", "Stk.", f"{r} %", de(a)]
        for i, (d_, q, u, a, r) in enumerate(lines)
    ]
    y = table(
        p,
        y - 22,
        cols,
        ["Pos.", "Bezeichnung", "Menge", "", "Einh.", "USt", "Gesamt EUR"],
        trows,
        head_fill=(0.88, 0.91, 0.96),
    )
    # unit prices in a separate small line under each description
    yy = y - 8
    p.line(330, yy + 4, W - 57, yy + 4, 0.6)
    tot = (
        [("Summe netto", de(net))]
        + [(f"zzgl. USt {r} % auf {de(nets[r])}", de(vats[r])) for r in (19, 7)]
        + [("Rechnungsbetrag EUR", de(total))]
    )
    for i, (lab, val) in enumerate(tot):
        yy -= 14
        f = "Helvetica-Bold" if i == len(tot) - 1 else "Helvetica"
        p.text(340, yy, lab, f, 9)
        p.text(W - 57, yy, val, f, 9, "r")
    p.line(340, yy - 5, W - 57, yy - 5, 1.0)
    yy -= 34
    p.text(
        57,
        yy,
        "Einzelpreise: "
        + "; ".join(f"Pos. {i + 1}: {de(u)} €" for i, (_, _, u, _, _) in enumerate(lines)),
        "Helvetica",
        7.5,
    )
    p.text(
        57,
        yy - 18,
        "Zahlbar bis 13.02.2026 ohne Abzug auf das unten genannte Konto.",
        "Helvetica",
        9,
    )
    p.text(57, yy - 31, "Bitte geben Sie bei Zahlung die Rechnungsnummer an.", "Helvetica", 9)
    p.rect(57, 92, W - 114, 18, fill=(0.95, 0.95, 0.95), stroke=None)
    p.text(
        62,
        98,
        "ZUGFeRD 2.3 / Factur-X (Profil EN 16931): Diese PDF/A-3-Datei enthält die strukturierten Rechnungsdaten als XML-Anhang.",
        "Helvetica",
        6.8,
    )
    p.line(57, 82, W - 57, 82, 0.4)
    foot = [
        ["Hellwig Antriebstechnik GmbH", "Ravensberger Str. 118", "33602 Bielefeld"],
        ["Amtsgericht Bielefeld HRB 41877", "USt-IdNr.: DE284619307", "GF: Dr. Martin Hellwig"],
        ["Sparkasse Bielefeld", "IBAN: " + iban_de(crc(name)), "BIC: SPBIDE3BXXX"],
    ]
    for ci, col in enumerate(foot):
        for ri, s in enumerate(col):
            p.text(57 + ci * 170, 70 - ri * 9, s, "Helvetica", 6.5)
    p.save()
    return truth(
        number="RE-2026-00417",
        date="2026-01-14",
        due="2026-02-13",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="ZUGFeRD page; three label/value pairs per header line (Kundennr., Auftragsnr., Lieferschein next to the number); Leistungsdatum differs from Rechnungsdatum; 19 % and 7 %; unit prices only in a footnote line",
    )


@doc("i02", "pdf", "pdf")
def i02(path, name):
    """XRechnung visualisation with BT- codes; payment term in days only."""
    p = Page(path, A4, "XRechnung 2026-0183")
    W, H = A4
    vendor = "Brinkmann Haustechnik GmbH & Co. KG"
    p.text(50, H - 50, "Rechnung (XRechnung 3.0 – Visualisierung)", "DV-B", 14)
    p.text(
        50,
        H - 66,
        "Erzeugt aus der XML-Rechnung · Rechnungsart 380 (Handelsrechnung)",
        "DV",
        7.5,
        color=(0.35, 0.35, 0.35),
    )
    p.line(50, H - 74, W - 50, H - 74, 1)

    def block(y, title, pairs, x=50, lw=150):
        p.rect(x, y - 2, 235, 14, fill=(0.9, 0.9, 0.9), stroke=None)
        p.text(x + 4, y + 2, title, "DV-B", 8.5)
        y -= 15
        for lab, bt, val in pairs:
            p.text(x + 4, y, lab, "DV", 7.5)
            p.text(x + lw - 4, y, bt, "DVM", 6.5, "r", color=(0.45, 0.45, 0.45))
            p.text(x + lw + 2, y, val, "DV-B", 7.5)
            y -= 11
        return y

    y1 = block(
        H - 96,
        "Rechnungsinformationen",
        [
            ("Rechnungsnummer", "BT-1", "2026-0183"),
            ("Rechnungsdatum", "BT-2", "03.02.2026"),
            ("Währung", "BT-5", "EUR"),
            ("Leistungsdatum", "BT-72", "28.01.2026"),
            ("Leitweg-ID", "BT-10", "05315-12001-47"),
            ("Bestellnummer", "BT-13", "BE-2026-0091"),
            ("Projektreferenz", "BT-11", "Sanierung Kita Lindenweg"),
        ],
        lw=130,
    )
    y2 = block(
        H - 96,
        "Verkäufer",
        [
            ("Name", "BT-27", "Brinkmann Haustechnik"),
            ("", "", "GmbH & Co. KG"),
            ("Straße", "BT-35", "Am Hafen 22"),
            ("PLZ / Ort", "BT-38", "48155 Münster"),
            ("USt-IdNr.", "BT-31", "DE311204876"),
            ("Handelsregister", "BT-30", "HRA 9914, AG Münster"),
        ],
        x=310,
        lw=120,
    )
    y = min(y1, y2) - 10
    y = (
        block(
            y,
            "Käufer",
            [
                ("Name", "BT-44", "Stadt Münster, Amt für Immobilien"),
                ("Straße", "BT-50", "Albersloher Weg 33"),
                ("PLZ / Ort", "BT-53", "48155 Münster"),
                ("Käuferreferenz", "BT-10", "05315-12001-47"),
            ],
            lw=130,
        )
        - 12
    )
    rows_ = [
        ("Heizkörper Typ 22, 600x1200, inkl. Montage", 6, "412.50"),
        ("Thermostatventil-Unterteil DN15", 6, "28.40"),
        ("Hydraulischer Abgleich, Pauschale", 1, "385.00"),
        ("Arbeitszeit Monteur (Std.)", 14.5, "68.00"),
        ("Kleinmaterial", 1, "47.35"),
    ]
    lines, _nets, _vats, net, vat, total = calc([(a, b, c, 19) for a, b, c in rows_])
    p.rect(50, y - 2, W - 100, 14, fill=(0.9, 0.9, 0.9), stroke=None)
    p.text(54, y + 2, "Rechnungspositionen", "DV-B", 8.5)
    y -= 18
    for i, (d_, q, u, a, _) in enumerate(lines):
        p.text(54, y, f"Position {i + 1}", "DV-B", 7.5)
        p.text(130, y, d_, "DV", 7.5)
        y -= 10
        p.text(
            130,
            y,
            f"Menge (BT-129): {de(q) if isinstance(q, float) else q} {'h' if isinstance(q, float) else 'Stk'}   Preis (BT-146): {de(u)}   USt (BT-152): 19 %",
            "DV",
            6.8,
            color=(0.3, 0.3, 0.3),
        )
        p.text(W - 54, y + 5, de(a), "DV", 7.5, "r")
        y -= 14
    y -= 4
    p.rect(50, y - 2, W - 100, 14, fill=(0.9, 0.9, 0.9), stroke=None)
    p.text(54, y + 2, "Gesamtbeträge", "DV-B", 8.5)
    y -= 16
    for lab, bt, val, bold in [
        ("Summe Positionen netto", "BT-106", de(net), False),
        ("Gesamtbetrag ohne USt", "BT-109", de(net), False),
        ("Umsatzsteuer 19 % (Kategorie S)", "BT-117", de(vat), False),
        ("Gesamtbetrag mit USt", "BT-112", de(total), False),
        ("Fälliger Betrag", "BT-115", de(total), True),
    ]:
        p.text(300, y, lab, "DV-B" if bold else "DV", 8)
        p.text(470, y, bt, "DVM", 6.5, "r", color=(0.45, 0.45, 0.45))
        p.text(W - 54, y, val, "DV-B" if bold else "DV", 8, "r")
        y -= 12
    y -= 8
    y = block(
        y,
        "Zahlungsinformationen",
        [
            ("Zahlungsbedingungen", "BT-20", "Zahlbar innerhalb von 30 Tagen ohne Abzug"),
            ("Zahlungsart", "BT-81", "58 (SEPA-Überweisung)"),
            ("IBAN", "BT-84", iban_de(crc(name))),
            ("Kontoinhaber", "BT-85", "Brinkmann Haustechnik GmbH & Co. KG"),
        ],
        lw=130,
    )
    p.text(
        50,
        40,
        "Persönlich haftende Gesellschafterin: Brinkmann Verwaltungs-GmbH, AG Münster HRB 17302 · Seite 1/1",
        "DV",
        6.5,
        color=(0.4, 0.4, 0.4),
    )
    p.save()
    its = [
        (d_, (str(q) if not isinstance(q, float) else f"{q:.1f}"), u, a) for d_, q, u, a, _ in lines
    ]
    return truth(
        number="2026-0183",
        date="2026-02-03",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="XRechnung visualisation with BT- codes beside every label; vendor name wraps over two value lines; Leitweg-ID and Bestellnummer look like numbers; due only as 30 days (no date -> null)",
    )


@doc("i03", "scan", "png", dpi=200, skew=0.8, blur=0.7, noise=5, specks=60)
def i03(path, name):
    """DATEV-like: header table with labels in one row, values below; Skonto."""
    p = Page(path, A4, "Rechnung")
    W, H = A4
    vendor = "Nordlicht Webdesign UG (haftungsbeschränkt)"
    p.text(W - 50, H - 60, "nordlicht", "Helvetica-Bold", 26, "r", color=(0.2, 0.2, 0.2))
    p.text(W - 50, H - 74, "webdesign · hosting · seo", "Helvetica", 8, "r")
    p.text(
        50,
        H - 130,
        "Nordlicht Webdesign UG (haftungsbeschränkt), Hafenstr. 4, 24103 Kiel",
        "Helvetica",
        6.5,
    )
    for i, s in enumerate(["Praxis Dr. med. Anja Reuter", "Holtenauer Str. 212", "24106 Kiel"]):
        p.text(50, H - 146 - i * 12, s, "Helvetica", 10)
    p.text(50, H - 230, "RECHNUNG", "Helvetica-Bold", 13)
    heads = ["Rechnungs-Nr.", "Kunden-Nr.", "Datum", "Leistungszeitraum", "Ihr Zeichen"]
    vals = ["2026/0042", "K-0178", "13.02.2026", "01.–31.01.2026", "Fr. Reuter"]
    xs = [50, 145, 225, 300, 420]
    p.rect(47, H - 262, W - 94, 26, stroke=(0.3, 0.3, 0.3), lw=0.6)
    p.line(47, H - 249, W - 47, H - 249, 0.4)
    for x, h_, v in zip(xs, heads, vals, strict=False):
        p.text(x, H - 245, h_, "Helvetica", 7)
        p.text(x, H - 258, v, "Helvetica-Bold", 8.5)
    rows_ = [
        ("Hosting Business M (Jan 2026)", 1, "29.00"),
        ("Wartungsvertrag WordPress, Stunden", 3.5, "85.00"),
        ("SEO-Monatsbericht", 1, "120.00"),
        ("SSL-Zertifikat Wildcard (12 Monate)", 1, "89.00"),
    ]
    lines, _nets, _vats, net, vat, total = calc([(a, b, c, 19) for a, b, c in rows_])
    cols = [(52, "l"), (320, "r"), (400, "r"), (W - 52, "r")]
    trows = [
        [d_, de(q) if isinstance(q, float) else str(q), de(u), de(a)] for d_, q, u, a, _ in lines
    ]
    y = table(
        p, H - 295, cols, ["Leistung", "Menge", "Einzelpreis €", "Betrag €"], trows, size=9, lead=15
    )
    p.line(330, y + 6, W - 50, y + 6, 0.6)
    for lab, val, f in [
        ("Nettobetrag", de(net), "Helvetica"),
        ("Umsatzsteuer 19 %", de(vat), "Helvetica"),
        ("Gesamtbetrag", de(total), "Helvetica-Bold"),
    ]:
        y -= 14
        p.text(340, y, lab, f, 9.5)
        p.text(W - 52, y, val + " €", f, 9.5, "r")
    sk = q2(total * D("0.02"))
    y -= 40
    p.text(
        50,
        y,
        f"Zahlbar innerhalb von 10 Tagen mit 2 % Skonto (Skontobetrag {de(sk)} €, Zahlbetrag {de(total - sk)} €)",
        "Helvetica",
        9,
    )
    p.text(50, y - 13, "oder bis zum 27.02.2026 ohne Abzug.", "Helvetica", 9)
    p.text(50, y - 40, "Vielen Dank für die gute Zusammenarbeit!", "Helvetica-Oblique", 9)
    p.line(50, 75, W - 50, 75, 0.4)
    for ci, col in enumerate(
        [
            [
                "Nordlicht Webdesign UG (haftungsbeschränkt)",
                "Hafenstr. 4 · 24103 Kiel",
                "Geschäftsführer: Ole Petersen",
            ],
            ["Amtsgericht Kiel HRB 25561 KI", "Steuernr. 20 294 71032", "USt-IdNr. DE339104227"],
            ["Förde Sparkasse", iban_de(crc(name)), "BIC NOLADE21KIE"],
        ]
    ):
        for ri, s in enumerate(col):
            p.text(50 + ci * 175, 63 - ri * 9, s, "Helvetica", 6.5)
    p.save()
    its = [
        (d_, (str(q) if not isinstance(q, float) else f"{q:.1f}"), u, a) for d_, q, u, a, _ in lines
    ]
    return truth(
        number="2026/0042",
        date="2026-02-13",
        due="2026-02-27",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="header table: labels in one row, values below (Rechnungs-Nr., Kunden-Nr., Datum, Leistungszeitraum); Skonto line prints a lower Zahlbetrag; wordmark logo in lower case; grey scan",
    )


@doc("i04", "scan", "jpg", dpi=300, color=True, skew=-1.3, blur=0.9, noise=6, specks=30, quality=82)
def i04(path, name):
    """Lexware-like with Lieferschein, Lieferdatum and two VAT rates."""
    p = Page(path, A4, "Rechnung")
    W, H = A4
    vendor = "Getränke Albrecht e.K."
    p.rect(0, H - 95, W, 95, fill=(0.55, 0.1, 0.12), stroke=None)
    p.text(50, H - 52, "Getränke Albrecht", "Times-Bold", 26, color=(1, 1, 1))
    p.text(
        50,
        H - 72,
        "Inh. Thomas Albrecht e.K. · Getränkefachgroßhandel seit 1987",
        "Times-Italic",
        10,
        color=(1, 1, 0.9),
    )
    p.text(W - 50, H - 45, "Gewerbering 9", "Helvetica", 8.5, "r", color=(1, 1, 1))
    p.text(W - 50, H - 57, "97082 Würzburg", "Helvetica", 8.5, "r", color=(1, 1, 1))
    p.text(W - 50, H - 69, "Tel. 0931 40 88 12", "Helvetica", 8.5, "r", color=(1, 1, 1))
    for i, s in enumerate(
        ["Gasthaus Zum Hirschen", "Inh. Maria Seufert", "Marktplatz 3", "97199 Ochsenfurt"]
    ):
        p.text(50, H - 140 - i * 12, s, "Helvetica", 10)
    info = [
        ("Rechnung Nr.", "R 260311"),
        ("Datum", "06.03.2026"),
        ("Kunden-Nr.", "20417"),
        ("Lieferschein-Nr.", "L 260298"),
        ("Lieferdatum", "04.03.2026"),
        ("Sachbearbeiter", "K. Haas"),
    ]
    for i, (a, b) in enumerate(info):
        p.text(370, H - 140 - i * 12, a, "Helvetica", 8.5)
        p.text(W - 50, H - 140 - i * 12, b, "Helvetica-Bold", 8.5, "r")
    p.text(50, H - 232, "Rechnung", "Helvetica-Bold", 15)
    rows_ = [
        ("Pils 20x0,5 l Kiste", 12, "14.90", 19),
        ("Helles 20x0,5 l Kiste", 8, "15.40", 19),
        ("Apfelschorle 12x1,0 l", 6, "9.80", 19),
        ("Mineralwasser medium 12x0,7 l", 10, "6.20", 19),
        ("Pfand Kiste 20x0,5 l", 20, "3.10", 19),
        ("Pfand Kiste 12x1,0 l / 12x0,7 l", 16, "3.30", 19),
        ("Brezen TK 100 Stk.", 2, "32.50", 7),
        ("Leergut-Rücknahme Kiste 20x0,5 l", -14, "3.10", 19),
    ]
    lines, nets, vats, net, vat, total = calc(rows_)
    cols = [(52, "l"), (104, "r"), (114, "l"), (380, "r"), (420, "r"), (W - 52, "r")]
    trows = [
        [f"{i + 1:02d}", str(q), d_, de(u), f"{r}%", de(a)]
        for i, (d_, q, u, a, r) in enumerate(lines)
    ]
    y = table(
        p,
        H - 262,
        cols,
        ["Pos", "Menge", "Artikel", "E-Preis", "MwSt", "Gesamt"],
        trows,
        size=8.5,
        lead=14,
        head_fill=(0.93, 0.88, 0.88),
    )
    p.line(300, y + 6, W - 50, y + 6, 0.6)
    tl = [("Warenwert netto", de(net))]
    for r in (19, 7):
        tl.append((f"Netto {r} %: {de(nets[r])}   MwSt {r} %", de(vats[r])))
    tl.append(("Endbetrag EUR", de(total)))
    for i, (lab, val) in enumerate(tl):
        y -= 14
        f = "Helvetica-Bold" if i == len(tl) - 1 else "Helvetica"
        p.text(300, y, lab, f, 9)
        p.text(W - 52, y, val, f, 9, "r")
    y -= 36
    p.text(50, y, "Zahlungsziel: 14 Tage, zahlbar bis 20.03.2026 ohne Abzug.", "Helvetica", 9)
    p.text(
        50,
        y - 12,
        "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
        "Helvetica",
        8,
    )
    p.line(50, 70, W - 50, 70, 0.4)
    p.text(
        W / 2,
        58,
        "Getränke Albrecht e.K. · Inh. Thomas Albrecht · HRA 4410 Amtsgericht Würzburg · USt-IdNr. DE132874551",
        "Helvetica",
        6.5,
        "c",
    )
    p.text(
        W / 2,
        48,
        "VR-Bank Würzburg · IBAN " + iban_de(crc(name)) + " · BIC GENODEF1WU1",
        "Helvetica",
        6.5,
        "c",
    )
    p.save()
    return truth(
        number="R 260311",
        date="2026-03-06",
        due="2026-03-20",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="e.K. sole trader with a brand-style letterhead on a coloured band; Lieferschein-Nr. and Lieferdatum beside the number; 19 % + 7 %; deposit (Pfand) lines and a negative empties-return line; colour scan",
    )


@doc("i05", "pdf", "pdf")
def i05(path, name):
    """Kleinunternehmer (§19 UStG): no VAT at all."""
    p = Page(path, A4, "Rechnung 2026-07")
    W, H = A4
    vendor = "Jana Küpper Grafikdesign"
    p.text(W / 2, H - 70, "JANA KÜPPER", "DVS", 24, "c")
    p.text(
        W / 2,
        H - 88,
        "G R A F I K D E S I G N  ·  I L L U S T R A T I O N",
        "DVS",
        8,
        "c",
        color=(0.4, 0.4, 0.4),
    )
    p.line(W / 2 - 60, H - 98, W / 2 + 60, H - 98, 0.5)
    p.text(60, H - 150, "Jana Küpper Grafikdesign · Körnerstr. 41 · 04107 Leipzig", "DVS", 6.5)
    for i, s in enumerate(
        ["Verlag Blaue Stunde", "Lektorat Kinderbuch", "Gottschedstr. 12", "04109 Leipzig"]
    ):
        p.text(60, H - 166 - i * 13, s, "DVS", 10)
    p.text(W - 60, H - 166, "Leipzig, 19.02.2026", "DVS", 10, "r")
    p.text(60, H - 250, "Rechnung Nr. 2026-07", "DVS-B", 13)
    p.text(60, H - 270, "Sehr geehrte Damen und Herren,", "DVS", 10)
    p.text(
        60,
        H - 284,
        "für die Illustrationen zum Kinderbuch »Mila und der Mondfuchs« berechne ich wie vereinbart:",
        "DVS",
        10,
    )
    rows_ = [
        ("Umschlagillustration inkl. Reinzeichnung", 1, "650.00"),
        ("Innenillustrationen, ganzseitig", 12, "140.00"),
        ("Vignetten", 8, "35.00"),
        ("Nutzungsrechte Print, Auflage bis 10.000", 1, "400.00"),
    ]
    lines, _, _, net, _, _ = calc([(a, b, c, 0) for a, b, c in rows_])
    y = H - 320
    for d_, q, u, a, _ in lines:
        p.text(60, y, f"{q} ×", "DVS", 10)
        p.text(90, y, d_, "DVS", 10)
        p.text(420, y, f"à {de(u)} €", "DVS", 9, "r", color=(0.3, 0.3, 0.3))
        p.text(W - 60, y, f"{de(a)} €", "DVS", 10, "r")
        y -= 18
    p.line(330, y + 8, W - 60, y + 8, 0.5)
    y -= 8
    p.text(330, y, "Rechnungsbetrag", "DVS-B", 11)
    p.text(W - 60, y, f"{de(net)} €", "DVS-B", 11, "r")
    y -= 40
    p.text(
        60,
        y,
        "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).",
        "DVS",
        9.5,
    )
    p.text(60, y - 14, "Leistungszeitraum: November 2025 bis Januar 2026.", "DVS", 9.5)
    p.text(
        60,
        y - 28,
        "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf mein unten genanntes Konto.",
        "DVS",
        9.5,
    )
    p.text(60, y - 56, "Mit freundlichen Grüßen", "DVS", 10)
    p.text(60, y - 80, "Jana Küpper", "DVS", 12)
    p.line(60, 70, W - 60, 70, 0.3)
    p.text(
        W / 2,
        58,
        "Jana Küpper Grafikdesign · Körnerstr. 41 · 04107 Leipzig · kontakt@janakuepper.de · Steuernummer 231/254/08815",
        "DVS",
        6.5,
        "c",
    )
    p.text(
        W / 2, 48, "GLS Bank · IBAN " + iban_de(crc(name)) + " · BIC GENODEM1GLS", "DVS", 6.5, "c"
    )
    p.save()
    return truth(
        number="2026-07",
        date="2026-02-19",
        due=None,
        vendor=vendor,
        amount=net,
        vat=None,
        total=net,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="Kleinunternehmer § 19 UStG: no VAT printed (vat null); letter-style layout with the date as 'Leipzig, 19.02.2026'; big spaced wordmark; 14 days only (due null)",
    )


@doc("i06", "pdf", "pdf")
def i06(path, name):
    """Gutschrift (credit note) with negative amounts."""
    p = Page(path, A4, "Gutschrift GS-2026-0031")
    W, H = A4
    vendor = "Elektro-Großhandel Wendt GmbH"
    p.rect(50, H - 80, 34, 34, fill=(0.95, 0.75, 0.0), stroke=None)
    p.text(67, H - 71, "W", "Helvetica-Bold", 22, "c")
    p.text(92, H - 62, "Elektro-Großhandel Wendt GmbH", "Helvetica-Bold", 13)
    p.text(92, H - 76, "Kabel · Installation · Licht", "Helvetica", 8.5)
    p.text(50, H - 120, "Wendt GmbH · Postfach 10 22 41 · 44022 Dortmund", "Helvetica", 6.5)
    for i, s in enumerate(
        ["Elektro Yilmaz GmbH", "Herrn Murat Yilmaz", "Bornstr. 180", "44145 Dortmund"]
    ):
        p.text(50, H - 136 - i * 12, s, "Helvetica", 10)
    p.rect(340, H - 205, W - 390, 80, stroke=(0.6, 0.6, 0.6))
    for i, (a, b) in enumerate(
        [
            ("Gutschrift-Nr.", "GS-2026-0031"),
            ("Datum", "24.02.2026"),
            ("zu Rechnung", "RE-2026-0912 v. 09.02.2026"),
            ("Kunden-Nr.", "D-30455"),
            ("Retourenschein", "RMA 7781"),
        ]
    ):
        p.text(346, H - 140 - i * 14, a, "Helvetica", 8)
        p.text(W - 56, H - 140 - i * 14, b, "Helvetica-Bold", 8, "r")
    p.text(50, H - 240, "GUTSCHRIFT", "Helvetica-Bold", 16)
    p.text(
        50,
        H - 256,
        "Wir schreiben Ihnen für die zurückgesandte Ware folgende Beträge gut:",
        "Helvetica",
        9,
    )
    rows_ = [
        ("NYM-J 3x1,5 mm², Ring 100 m", 2, "-71.20"),
        ("LED-Panel 62x62 4000K 36W", 6, "-38.45"),
        ("Abzweigdose AP IP65", 25, "-2.18"),
        ("Rücknahmegebühr 10 % (Panel)", 1, "23.07"),
    ]
    lines, _nets, _vats, net, vat, total = calc([(a, b, c, 19) for a, b, c in rows_])
    cols = [(52, "l"), (80, "l"), (360, "r"), (440, "r"), (W - 52, "r")]
    trows = [[str(i + 1), d_, str(q), de(u), de(a)] for i, (d_, q, u, a, _) in enumerate(lines)]
    y = table(
        p,
        H - 290,
        cols,
        ["Pos", "Artikel", "Menge", "Preis/Einh.", "Betrag EUR"],
        trows,
        size=8.5,
        lead=14,
    )
    p.line(320, y + 6, W - 50, y + 6, 0.6)
    for lab, val, f in [
        ("Gutschrift netto", de(net), "Helvetica"),
        ("USt 19 %", de(vat), "Helvetica"),
        ("Gutschriftsbetrag", de(total), "Helvetica-Bold"),
    ]:
        y -= 14
        p.text(330, y, lab, f, 9.5)
        p.text(W - 52, y, val + " €", f, 9.5, "r")
    y -= 40
    p.text(
        50, y, "Der Gutschriftsbetrag wird mit Ihrer nächsten Rechnung verrechnet.", "Helvetica", 9
    )
    p.line(50, 70, W - 50, 70, 0.4)
    p.text(
        50,
        58,
        "Elektro-Großhandel Wendt GmbH · Hansastr. 90 · 44137 Dortmund · AG Dortmund HRB 11820 · GF: Petra Wendt · USt-IdNr. DE124500876",
        "Helvetica",
        6.3,
    )
    p.text(
        50,
        49,
        "Dortmunder Volksbank · IBAN " + iban_de(crc(name)) + " · BIC GENODEM1DOR",
        "Helvetica",
        6.3,
    )
    p.save()
    return truth(
        number="GS-2026-0031",
        date="2026-02-24",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="credit_note",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="Gutschrift (credit note): negative amounts printed with a minus; refers to the original invoice RE-2026-0912 (not its own number); a positive restocking-fee line inside",
    )


@doc("i07", "scan", "pdf", dpi=200, skew=0.6, blur=0.8, noise=6, specks=50)
def i07(path, name):
    """sevDesk-like Rechnungskorrektur that replaces an earlier invoice (image-only PDF)."""
    p = Page(path, A4, "Rechnungskorrektur")
    W, H = A4
    vendor = "Lindner & Pohl Veranstaltungstechnik GmbH"
    p.text(50, H - 60, "LINDNER & POHL", "DVC-B", 20, color=(0.05, 0.45, 0.45))
    p.text(50, H - 75, "Veranstaltungstechnik", "DVC", 10, color=(0.05, 0.45, 0.45))
    p.text(W - 50, H - 55, "Lindner & Pohl Veranstaltungstechnik GmbH", "DVC", 7.5, "r")
    p.text(W - 50, H - 65, "Werftstr. 15 · 30163 Hannover", "DVC", 7.5, "r")
    p.text(50, H - 125, "Lindner & Pohl GmbH · Werftstr. 15 · 30163 Hannover", "DVC", 6.5)
    for i, s in enumerate(
        [
            "Messe- und Kongresszentrum",
            "Nord GmbH",
            "z. Hd. Buchhaltung",
            "Expo Plaza 4",
            "30539 Hannover",
        ]
    ):
        p.text(50, H - 141 - i * 12, s, "DVC", 10)
    for i, (a, b) in enumerate(
        [
            ("Korrektur-Nr.", "RK-1008"),
            ("Datum", "18.02.2026"),
            ("Kundennummer", "1044"),
            ("Leistungsdatum", "06.–07.02.2026"),
            ("Fällig am", "04.03.2026"),
        ]
    ):
        p.text(360, H - 141 - i * 13, a, "DVC", 8.5)
        p.text(W - 50, H - 141 - i * 13, b, "DVC-B", 8.5, "r")
    p.text(50, H - 230, "Rechnungskorrektur RK-1008", "DVC-B", 15)
    p.text(
        50,
        H - 247,
        "Diese Rechnungskorrektur ersetzt die Rechnung Nr. RE-1087 vom 09.02.2026 vollständig.",
        "DVC",
        9,
    )
    p.text(
        50,
        H - 259,
        "Grund: Position 3 wurde mit falscher Stückzahl berechnet (8 statt 6 Tage).",
        "DVC",
        9,
    )
    rows_ = [
        ("Line-Array-System inkl. Rigging, Tagesmiete", 2, "1240.00"),
        ("Digitalpult 48 Kanäle, Tagesmiete", 2, "310.00"),
        ("Techniker (Tagessatz)", 6, "480.00"),
        ("Transport Hannover–Messe, Pauschale", 1, "195.00"),
    ]
    lines, _nets, _vats, net, vat, total = calc([(a, b, c, 19) for a, b, c in rows_])
    cols = [(52, "l"), (78, "l"), (350, "r"), (370, "l"), (460, "r"), (W - 52, "r")]
    trows = [
        [str(i + 1), d_, str(q), "Tag" if i < 3 else "psch.", de(u) + " €", de(a) + " €"]
        for i, (d_, q, u, a, _) in enumerate(lines)
    ]
    y = table(
        p,
        H - 292,
        cols,
        ["Pos.", "Beschreibung", "Menge", "Einheit", "Preis", "Gesamt"],
        trows,
        font="DVC",
        bold="DVC-B",
        size=8.5,
        lead=15,
        rule=True,
    )
    y -= 6
    for lab, val, f in [
        ("Gesamtbetrag netto", de(net) + " €", "DVC"),
        ("zzgl. Umsatzsteuer 19 %", de(vat) + " €", "DVC"),
        ("Gesamtbetrag brutto", de(total) + " €", "DVC-B"),
    ]:
        p.text(330, y, lab, f, 9.5)
        p.text(W - 52, y, val, f, 9.5, "r")
        y -= 14
    y -= 30
    p.text(
        50,
        y,
        "Bitte zahlen Sie den Gesamtbetrag bis zum 04.03.2026. Eine bereits erfolgte Zahlung auf RE-1087 wird angerechnet.",
        "DVC",
        8.5,
    )
    p.line(50, 70, W - 50, 70, 0.4)
    p.text(
        50,
        58,
        "Lindner & Pohl Veranstaltungstechnik GmbH · Sitz Hannover · AG Hannover HRB 220415 · GF: S. Lindner, K. Pohl · USt-IdNr. DE815660392",
        "DVC",
        6.5,
    )
    p.text(
        50,
        49,
        "Hannoversche Volksbank · IBAN "
        + iban_de(crc(name))
        + " · BIC VOHADE2HXXX · erstellt mit sevDesk",
        "DVC",
        6.5,
    )
    p.save()
    return truth(
        number="RK-1008",
        date="2026-02-18",
        due="2026-03-04",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="Rechnungskorrektur replacing invoice RE-1087 (the replaced number and its date are printed too); full corrected amounts, positive; image-only PDF of a scan",
    )


@doc("i08", "pdf", "pdf")
def i08(path, name):
    """Two-page invoice with carry-over (Übertrag), discount and freight."""
    p = Page(path, A4, "Rechnung 26-100734")
    W, H = A4
    vendor = "Büroeinrichtung Hansen GmbH & Co. KG"
    rng = np.random.RandomState(crc(name))
    prods = [
        "Bürodrehstuhl ergo 3D",
        "Schreibtisch 160x80 eiche",
        "Rollcontainer 3 Schübe",
        "Aktenschrank 5 OH",
        "Monitorarm doppelt",
        "Stehpult höhenverstellbar",
        "Besucherstuhl Freischwinger",
        "Akustikpaneel 120x60",
        "Garderobenständer",
        "Whiteboard 150x100",
        "Konferenztisch 240x120",
        "Sideboard 2 Türen",
        "Fußstütze",
        "Schreibtischlampe LED",
        "Kabelkanal 140 cm",
        "Papierkorb 30 l",
        "Trennwand mobil 180x160",
        "Stuhlrollen hart (5er)",
        "Sitzkissen Filz",
        "Flipchart mobil",
        "Regal 5 Böden",
        "Schließfachschrank 8 Fächer",
        "Tischverbinder",
        "Bodenschutzmatte 120x150",
        "Pinnwand Kork 90x60",
        "Hocker Gaslift",
        "Lounge-Sessel",
        "Beistelltisch rund",
    ]
    rows_ = []
    for pr in prods:
        rows_.append((pr, int(rng.randint(1, 9)), f"{rng.randint(1200, 89000) / 100:.2f}", 19))
    lines, _, _, goods, _, _ = calc(rows_)
    disc = q2(goods * D("0.03"))
    freight = D("149.00")
    net = goods - disc + freight
    vat = q2(net * D("0.19"))
    total = net + vat

    def header(pg):
        p.text(50, H - 55, "HANSEN", "Helvetica-Bold", 24)
        p.text(50, H - 70, "Büroeinrichtung", "Helvetica", 10)
        p.text(W - 50, H - 50, f"Rechnung 26-100734 · Seite {pg} von 2", "Helvetica", 8.5, "r")
        p.line(50, H - 80, W - 50, H - 80, 0.8)

    header(1)
    p.text(
        50,
        H - 110,
        "Büroeinrichtung Hansen GmbH & Co. KG · Kieler Str. 301 · 22525 Hamburg",
        "Helvetica",
        6.5,
    )
    for i, s in enumerate(
        ["Steuerberatung Voss & Partner mbB", "Frau Lena Voss", "Jungfernstieg 38", "20354 Hamburg"]
    ):
        p.text(50, H - 126 - i * 12, s, "Helvetica", 10)
    kv = [
        ("Rechnungsnummer", "26-100734"),
        ("Rechnungsdatum", "27.02.2026"),
        ("Kundennummer", "40-2291"),
        ("Auftrag", "AU-26-0388 vom 02.02.2026"),
        ("Lieferung", "23.02.2026, LS 26-4471"),
    ]
    for i, (a, b) in enumerate(kv):
        p.text(330, H - 126 - i * 12, a + ":", "Helvetica", 8.5)
        p.text(420, H - 126 - i * 12, b, "Helvetica", 8.5)
    p.text(50, H - 210, "Rechnung", "Helvetica-Bold", 14)
    cols = [(52, "l"), (80, "l"), (330, "r"), (420, "r"), (W - 52, "r")]
    head = ["Pos", "Artikel", "Menge", "Einzelpreis", "Gesamt €"]
    first = lines[:18]
    y = table(
        p,
        H - 235,
        cols,
        head,
        [[str(i + 1), d_, str(q), de(u), de(a)] for i, (d_, q, u, a, _) in enumerate(first)],
        size=8.5,
        lead=14,
    )
    carry = sum((a for _, _, _, a, _ in first), D(0))
    p.line(330, y + 6, W - 50, y + 6, 0.5)
    p.text(330, y - 6, "Übertrag", "Helvetica-Bold", 8.5)
    p.text(W - 52, y - 6, de(carry), "Helvetica-Bold", 8.5, "r")
    p.text(W / 2, 40, "Fortsetzung auf Seite 2", "Helvetica-Oblique", 8, "c")
    p.new_page()
    header(2)
    p.text(330, H - 110, "Übertrag von Seite 1", "Helvetica-Bold", 8.5)
    p.text(W - 52, H - 110, de(carry), "Helvetica-Bold", 8.5, "r")
    y = table(
        p,
        H - 135,
        cols,
        head,
        [[str(i + 19), d_, str(q), de(u), de(a)] for i, (d_, q, u, a, _) in enumerate(lines[18:])],
        size=8.5,
        lead=14,
    )
    p.line(300, y + 6, W - 50, y + 6, 0.5)
    for lab, val, f in [
        ("Warenwert", de(goods), "Helvetica"),
        ("abzgl. 3 % Projektrabatt", de(-disc), "Helvetica"),
        ("Fracht und Montage", de(freight), "Helvetica"),
        ("Nettobetrag", de(net), "Helvetica-Bold"),
        ("USt 19 %", de(vat), "Helvetica"),
        ("Rechnungsbetrag EUR", de(total), "Helvetica-Bold"),
    ]:
        y -= 14
        p.text(310, y, lab, f, 9)
        p.text(W - 52, y, val, f, 9, "r")
    y -= 36
    p.text(50, y, "Zahlungsbedingungen: 30 Tage netto, fällig am 29.03.2026.", "Helvetica", 9)
    p.line(50, 70, W - 50, 70, 0.4)
    p.text(
        50,
        58,
        "Büroeinrichtung Hansen GmbH & Co. KG · Sitz Hamburg · AG Hamburg HRA 118204 · phG: Hansen Verwaltungs GmbH, AG Hamburg HRB 99017",
        "Helvetica",
        6.3,
    )
    p.text(
        50,
        49,
        "USt-IdNr. DE118840273 · Hamburger Sparkasse · IBAN "
        + iban_de(crc(name))
        + " · BIC HASPDEHHXXX",
        "Helvetica",
        6.3,
    )
    p.save()
    its = [(d_, q, u, a) for d_, q, u, a, _ in lines]
    return truth(
        number="26-100734",
        date="2026-02-27",
        due="2026-03-29",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="two pages with Übertrag (carry-over) at the bottom of page 1 and top of page 2; 3 % discount and freight before the net; totals only on page 2",
    )


@doc("i09", "scan", "png", dpi=150, skew=-0.5, blur=0.5, noise=4, specks=25)
def i09(path, name):
    """Reverse charge to an Austrian customer: 0 % VAT printed."""
    p = Page(path, A4, "Invoice / Rechnung")
    W, H = A4
    vendor = "Kessler Softwareentwicklung GmbH"
    p.text(50, H - 60, "kessler", "Courier-Bold", 26)
    p.text(52, H - 74, "software engineering", "Courier", 9)
    p.text(W - 50, H - 50, "Kessler Softwareentwicklung GmbH", "Helvetica", 8, "r")
    p.text(W - 50, H - 60, "Leopoldstr. 250 · 80807 München", "Helvetica", 8, "r")
    p.text(W - 50, H - 70, "USt-IdNr. DE301188452", "Helvetica", 8, "r")
    for i, s in enumerate(
        [
            "Alpenblick Tourismus GmbH",
            "Maria-Theresien-Straße 18",
            "6020 Innsbruck",
            "ÖSTERREICH",
            "UID: ATU68811207",
        ]
    ):
        p.text(50, H - 130 - i * 12, s, "Helvetica", 10)
    p.text(50, H - 215, "Rechnung / Invoice", "Helvetica-Bold", 14)
    p.text(
        50,
        H - 235,
        "Rechnungsnr. 2026-RC-015  |  Datum 16.02.2026  |  Kunde AT-0031  |  Leistungszeitraum Januar 2026",
        "Helvetica",
        9,
    )
    rows_ = [
        ("Weiterentwicklung Buchungsportal (Sprint 14)", 62, "95.00"),
        ("Hosting & Monitoring Jan 2026", 1, "340.00"),
        ("Support-Pauschale", 1, "250.00"),
    ]
    lines, _, _, net, _, _ = calc([(a, b, c, 0) for a, b, c in rows_])
    vat = D("0.00")
    total = net
    cols = [(52, "l"), (330, "r"), (420, "r"), (W - 52, "r")]
    y = table(
        p,
        H - 270,
        cols,
        ["Leistung", "Menge", "Satz EUR", "Betrag EUR"],
        [[d_, str(q), de(u), de(a)] for d_, q, u, a, _ in lines],
        size=9,
        lead=15,
    )
    p.line(300, y + 6, W - 50, y + 6, 0.6)
    for lab, val, f in [
        ("Nettobetrag", de(net), "Helvetica"),
        ("Umsatzsteuer 0 %", de(vat), "Helvetica"),
        ("Rechnungsbetrag", de(total), "Helvetica-Bold"),
    ]:
        y -= 15
        p.text(310, y, lab, f, 9.5)
        p.text(W - 52, y, val, f, 9.5, "r")
    y -= 40
    p.rect(48, y - 30, W - 96, 42, stroke=(0, 0, 0), lw=0.8)
    p.text(
        56,
        y,
        "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, Art. 196 MwStSystRL).",
        "Helvetica-Bold",
        8.5,
    )
    p.text(
        56,
        y - 12,
        "Die Umsatzsteuer ist vom Leistungsempfänger zu erklären und abzuführen.",
        "Helvetica",
        8.5,
    )
    p.text(
        56,
        y - 24,
        "Reverse charge – VAT to be accounted for by the recipient.",
        "Helvetica-Oblique",
        8.5,
    )
    y -= 60
    p.text(50, y, "Zahlungsziel: 30 Tage netto (bis 18.03.2026).", "Helvetica", 9)
    p.line(50, 70, W - 50, 70, 0.4)
    p.text(
        50,
        58,
        "Kessler Softwareentwicklung GmbH · AG München HRB 233871 · GF: Tobias Kessler · Stadtsparkasse München · IBAN "
        + iban_de(crc(name)),
        "Helvetica",
        6.3,
    )
    p.save()
    return truth(
        number="2026-RC-015",
        date="2026-02-16",
        due="2026-03-18",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="reverse charge: VAT 0 % printed as 0,00 (vat keyed 0.00); number, date, customer and period in one pipe-separated line; due date in brackets after '30 Tage netto'; 150 dpi grey scan",
    )


@doc("i10", "pdf", "pdf")
def i10(path, name):
    """Factur-X page of a SAS: header table, TVA 20 % and 5,5 %."""
    p = Page(path, A4, "Facture FA-2026-00871")
    W, H = A4
    vendor = "Ateliers Moreau SAS"
    p.rect(50, H - 85, 150, 40, fill=(0.12, 0.12, 0.12), stroke=None)
    p.text(125, H - 72, "MOREAU", "Times-Bold", 22, "c", color=(1, 1, 1))
    p.text(W - 50, H - 52, "Ateliers Moreau SAS", "Helvetica-Bold", 9, "r")
    p.text(W - 50, H - 63, "14 rue de la Charité, 69002 Lyon", "Helvetica", 8, "r")
    p.text(W - 50, H - 74, "contact@ateliers-moreau.fr · 04 78 42 19 60", "Helvetica", 8, "r")
    p.text(330, H - 120, "Facturé à :", "Helvetica-Oblique", 8)
    for i, s in enumerate(
        ["Hôtel Bellecour SARL", "Service comptabilité", "3 place Bellecour", "69002 Lyon"]
    ):
        p.text(330, H - 134 - i * 12, s, "Helvetica", 10)
    p.text(50, H - 220, "FACTURE", "Helvetica-Bold", 18)
    heads = ["N° facture", "Date", "N° client", "N° commande", "Date de livraison"]
    vals = ["FA-2026-00871", "09/03/2026", "CL-0457", "BC 2026-118", "06/03/2026"]
    x = 50
    cw = (W - 100) / 5
    for h_, v in zip(heads, vals, strict=False):
        p.rect(x, H - 252, cw, 14, fill=(0.85, 0.85, 0.85), stroke=(0.5, 0.5, 0.5))
        p.rect(x, H - 268, cw, 16, stroke=(0.5, 0.5, 0.5))
        p.text(x + 4, H - 248, h_, "Helvetica-Bold", 7.5)
        p.text(x + 4, H - 263, v, "Helvetica", 8.5)
        x += cw
    rows_ = [
        ("Cocktail déjeunatoire (pièces salées)", 120, "2.40", D("5.5")),
        ("Mignardises assorties", 80, "1.90", D("5.5")),
        ("Service traiteur, maître d'hôtel (h)", 6, "42.00", 20),
        ("Location vaisselle et nappage", 1, "185.00", 20),
        ("Livraison Lyon centre", 1, "35.00", 20),
    ]
    lines, nets, vats, net, vat, total = calc(rows_)
    cols = [(52, "l"), (330, "r"), (400, "r"), (450, "r"), (W - 52, "r")]
    trows = [[d_, str(q), fr(u), fr(r) + " %", fr(a)] for d_, q, u, a, r in lines]
    y = table(
        p,
        H - 300,
        cols,
        ["Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"],
        trows,
        size=8.5,
        lead=14,
    )
    y -= 10
    p.text(52, y, "Taux", "Helvetica-Bold", 8)
    p.text(150, y, "Base HT", "Helvetica-Bold", 8, "r")
    p.text(230, y, "TVA", "Helvetica-Bold", 8, "r")
    for r in (D("5.5"), D(20)):
        y -= 12
        p.text(52, y, fr(r) + " %", "Helvetica", 8)
        p.text(150, y, fr(nets[r]), "Helvetica", 8, "r")
        p.text(230, y, fr(vats[r]), "Helvetica", 8, "r")
    yy = y + 24
    for lab, val, f in [
        ("Total HT", fr(net), "Helvetica"),
        ("Total TVA", fr(vat), "Helvetica"),
        ("Total TTC", fr(total) + " €", "Helvetica-Bold"),
    ]:
        p.text(350, yy, lab, f, 9.5)
        p.text(W - 52, yy, val, f, 9.5, "r")
        yy -= 14
    y = min(y, yy) - 30
    p.text(50, y, "Échéance : 08/04/2026 — règlement par virement.", "Helvetica-Bold", 9)
    p.text(
        50,
        y - 13,
        "Pas d'escompte pour paiement anticipé. Pénalités de retard : 3 fois le taux d'intérêt légal ;",
        "Helvetica",
        8,
    )
    p.text(50, y - 24, "indemnité forfaitaire pour frais de recouvrement : 40 €.", "Helvetica", 8)
    p.rect(50, 88, W - 100, 16, fill=(0.95, 0.95, 0.95), stroke=None)
    p.text(
        55,
        93,
        "Facture électronique au format Factur-X (profil EN 16931) – PDF/A-3 avec données XML embarquées.",
        "Helvetica",
        7,
    )
    p.text(
        W / 2,
        70,
        "Ateliers Moreau SAS au capital de 20 000 € · RCS Lyon 852 114 903 · SIRET 852 114 903 00021 · TVA FR41852114903",
        "Helvetica",
        6.5,
        "c",
    )
    p.text(W / 2, 60, "IBAN " + iban_fr(crc(name)) + " · BIC CCBPFRPPLYO", "Helvetica", 6.5, "c")
    p.save()
    return truth(
        number="FA-2026-00871",
        date="2026-03-09",
        due="2026-04-08",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="Factur-X page; header table with labels above values (N° facture, Date, N° client, N° commande, Date de livraison); TVA 5,5 % and 20 % with a rate breakdown; space thousands separator",
    )


@doc("i11", "scan", "png", dpi=200, skew=1.1, blur=0.8, noise=5, specks=70)
def i11(path, name):
    """Chorus Pro style invoice to a public buyer (SIRET, engagement juridique)."""
    p = Page(path, A4, "Facture")
    W, H = A4
    vendor = "Signalisation Routière du Centre SA"
    p.rect(50, H - 90, 40, 40, fill=(0.85, 0.1, 0.1), stroke=None)
    p.rect(58, H - 82, 24, 24, fill=(1, 1, 1), stroke=None)
    p.text(100, H - 66, "SRC", "Helvetica-Bold", 20)
    p.text(100, H - 82, "Signalisation Routière du Centre SA", "Helvetica", 9)
    p.text(W - 50, H - 60, "ZA des Varennes, 18000 Bourges", "Helvetica", 8, "r")
    p.text(W - 50, H - 71, "SIRET 402 188 731 00045", "Helvetica", 8, "r")
    p.rect(50, H - 200, 240, 90, stroke=(0.4, 0.4, 0.4))
    p.text(56, H - 124, "DESTINATAIRE (dépôt Chorus Pro)", "Helvetica-Bold", 7.5)
    for i, s in enumerate(
        [
            "Département du Cher",
            "Direction des routes",
            "SIRET 221 800 017 00019",
            "Code service : DR-ENT",
            "N° d'engagement juridique : 2026-EJ-004512",
        ]
    ):
        p.text(56, H - 139 - i * 12, s, "Helvetica", 8.5)
    p.rect(310, H - 200, W - 360, 90, stroke=(0.4, 0.4, 0.4))
    for i, (a, b) in enumerate(
        [
            ("Facture n°", "2026 FC 0219"),
            ("Date d'émission", "12/02/2026"),
            ("Date de livraison", "30/01/2026"),
            ("Marché n°", "MAPA 2025-31"),
            ("Mode de paiement", "Virement"),
        ]
    ):
        p.text(316, H - 124 - i * 13, a, "Helvetica", 8.5)
        p.text(W - 56, H - 124 - i * 13, b, "Helvetica-Bold", 8.5, "r")
    rows_ = [
        ("Panneau AB4 « STOP » classe 2, 700 mm", 14, "96.50"),
        ("Panneau B14 limitation 50, 650 mm", 22, "71.80"),
        ("Mât acier galvanisé 3,50 m", 36, "38.20"),
        ("Pose sur site (forfait journée équipe)", 3, "780.00"),
    ]
    lines, _nets, _vats, net, vat, total = calc([(a, b, c, 20) for a, b, c in rows_])
    cols = [(52, "l"), (80, "l"), (350, "r"), (440, "r"), (W - 52, "r")]
    y = table(
        p,
        H - 230,
        cols,
        ["Réf.", "Désignation", "Quantité", "Prix unitaire HT", "Total HT"],
        [[f"P{i + 1:02d}", d_, str(q), fr(u), fr(a)] for i, (d_, q, u, a, _) in enumerate(lines)],
        size=8.5,
        lead=15,
        head_fill=(0.9, 0.9, 0.9),
    )
    p.line(320, y + 6, W - 50, y + 6, 0.6)
    for lab, val, f in [
        ("Montant HT", fr(net) + " €", "Helvetica"),
        ("TVA 20 %", fr(vat) + " €", "Helvetica"),
        ("Montant TTC", fr(total) + " €", "Helvetica-Bold"),
        ("Net à payer", fr(total) + " €", "Helvetica-Bold"),
    ]:
        y -= 14
        p.text(330, y, lab, f, 9.5)
        p.text(W - 52, y, val, f, 9.5, "r")
    y -= 36
    p.text(
        50,
        y,
        "Délai de paiement : 30 jours à compter de la réception de la facture (art. R. 2192-10 CCP).",
        "Helvetica",
        8.5,
    )
    p.text(
        50,
        y - 12,
        "En cas de retard, intérêts moratoires et indemnité forfaitaire de 40 € (art. D. 2192-35 CCP).",
        "Helvetica",
        8.5,
    )
    p.line(50, 70, W - 50, 70, 0.4)
    p.text(
        W / 2,
        58,
        "Signalisation Routière du Centre SA au capital de 450 000 € · RCS Bourges B 402 188 731 · TVA intracommunautaire FR76402188731",
        "Helvetica",
        6.3,
        "c",
    )
    p.text(
        W / 2,
        49,
        "Crédit Agricole Centre Loire · IBAN " + iban_fr(crc(name)) + " · BIC AGRIFRPP848",
        "Helvetica",
        6.3,
        "c",
    )
    p.save()
    return truth(
        number="2026 FC 0219",
        date="2026-02-12",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="Chorus Pro style: buyer block full of SIRET / engagement juridique / Marché numbers; invoice number contains spaces; payment term 30 days only (due null); Montant TTC and Net à payer repeated",
    )


@doc("i12", "pdf", "pdf")
def i12(path, name):
    """Pennylane-like modern SARL invoice with a discount."""
    p = Page(path, A4, "Facture F-2026-0142")
    W, H = A4
    vendor = "Studio Papillon SARL"
    p.circle(62, H - 60, 12, fill=(0.45, 0.3, 0.85))
    p.circle(80, H - 60, 12, fill=(0.95, 0.55, 0.3))
    p.text(100, H - 66, "Studio Papillon", "DV-B", 16)
    p.text(W - 50, H - 55, "Facture", "DV-B", 22, "r", color=(0.45, 0.3, 0.85))
    p.text(W - 50, H - 72, "F-2026-0142", "DV", 10, "r")
    labels = [
        ("Émise le", "23 février 2026"),
        ("Échéance", "25 mars 2026"),
        ("N° client", "C-00318"),
    ]
    for i, (a, b) in enumerate(labels):
        x = 50 + i * 130
        p.text(x, H - 115, a.upper(), "DV", 6.5, color=(0.5, 0.5, 0.5))
        p.text(x, H - 128, b, "DV-B", 9)
    p.text(50, H - 165, "DE", "DV", 6.5, color=(0.5, 0.5, 0.5))
    p.text(310, H - 165, "POUR", "DV", 6.5, color=(0.5, 0.5, 0.5))
    for i, s in enumerate(
        [
            "Studio Papillon SARL",
            "27 rue Oberkampf",
            "75011 Paris",
            "SIREN 901 442 318",
            "TVA FR12901442318",
        ]
    ):
        p.text(50, H - 179 - i * 11, s, "DV", 8.5)
    for i, s in enumerate(
        ["Maison Lenoir SAS", "Anne Lenoir", "5 quai des Chartrons", "33000 Bordeaux"]
    ):
        p.text(310, H - 179 - i * 11, s, "DV", 8.5)
    rows_ = [
        ("Refonte identité visuelle – logo et charte", 1, "3200.00"),
        ("Déclinaisons papeterie (cartes, en-têtes)", 1, "850.00"),
        ("Shooting produit, demi-journée", 2, "650.00"),
        ("Retouches photo", 24, "18.00"),
    ]
    lines, _, _, gross, _, _ = calc([(a, b, c, 20) for a, b, c in rows_])
    disc = q2(gross * D("0.05"))
    net = gross - disc
    vat = q2(net * D("0.20"))
    total = net + vat
    y = H - 260
    p.rect(50, y - 5, W - 100, 18, fill=(0.96, 0.95, 0.99), stroke=None)
    cols = [(56, "l"), (360, "r"), (440, "r"), (W - 56, "r")]
    y = table(
        p,
        y,
        cols,
        ["Description", "Qté", "Prix unitaire HT", "Total HT"],
        [[d_, str(q), fr(u) + " €", fr(a) + " €"] for d_, q, u, a, _ in lines],
        font="DV",
        bold="DV-B",
        size=8.5,
        lead=18,
        rule=False,
    )
    y -= 4
    for lab, val, f in [
        ("Sous-total HT", fr(gross) + " €", "DV"),
        ("Remise 5 %", "-" + fr(disc) + " €", "DV"),
        ("Total HT", fr(net) + " €", "DV"),
        ("TVA 20 %", fr(vat) + " €", "DV"),
        ("Total TTC", fr(total) + " €", "DV-B"),
    ]:
        p.text(330, y, lab, f, 9)
        p.text(W - 56, y, val, f, 9, "r")
        y -= 15
    y -= 20
    p.rect(50, y - 52, W - 100, 62, fill=(0.97, 0.97, 0.97), stroke=None)
    p.text(58, y - 6, "Paiement par virement", "DV-B", 8.5)
    p.text(58, y - 20, "IBAN " + iban_fr(crc(name)) + " · BIC QNTOFRP1XXX", "DV", 8)
    p.text(58, y - 34, "Référence à indiquer : F-2026-0142", "DV", 8)
    p.qr(W - 110, y - 48, 50, crc(name))
    p.text(
        50,
        60,
        "Studio Papillon SARL au capital de 8 000 € · RCS Paris 901 442 318 · Pénalités de retard : taux BCE + 10 points · Indemnité forfaitaire : 40 €",
        "DV",
        6,
        color=(0.4, 0.4, 0.4),
    )
    p.save()
    return truth(
        number="F-2026-0142",
        date="2026-02-23",
        due="2026-03-25",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="modern SaaS layout; dates written with month names ('23 février 2026'); labels in small caps above values; 5 % discount so Total HT differs from the line sum; seller block and buyer block look alike",
    )


@doc("i13", "scan", "jpg", dpi=200, color=True, skew=1.6, blur=1.0, noise=7, specks=40, quality=80)
def i13(path, name):
    """Micro-entrepreneur: TVA non applicable, art. 293 B du CGI."""
    p = Page(path, A4, "Facture")
    W, H = A4
    vendor = "Lucas Fontaine EI"
    p.text(50, H - 60, "Lucas Fontaine EI", "Times-Bold", 18)
    p.text(50, H - 76, "Plomberie · Chauffage · Dépannage", "Times-Italic", 11)
    for i, s in enumerate(
        [
            "8 impasse des Tilleuls, 44300 Nantes",
            "06 71 22 48 90",
            "SIRET 912 667 405 00012",
            "Micro-entrepreneur (auto-entrepreneur)",
        ]
    ):
        p.text(50, H - 94 - i * 12, s, "Times-Roman", 9.5)
    for i, s in enumerate(["M. et Mme Guérin", "17 rue Paul Bellamy", "44000 Nantes"]):
        p.text(340, H - 150 - i * 13, s, "Times-Roman", 11)
    p.text(50, H - 220, "FACTURE N° 2026-031", "Times-Bold", 14)
    p.text(
        50,
        H - 238,
        "Nantes, le 02/03/2026          Date d'intervention : 27/02/2026",
        "Times-Roman",
        10.5,
    )
    rows_ = [
        ("Remplacement chauffe-eau 200 L (fourniture)", 1, "689.00"),
        ("Groupe de sécurité + raccords", 1, "64.50"),
        ("Main-d'œuvre (h)", 4, "55.00"),
        ("Déplacement", 1, "30.00"),
        ("Évacuation ancien appareil", 1, "40.00"),
    ]
    lines, _, _, net, _, _ = calc([(a, b, c, 0) for a, b, c in rows_])
    cols = [(52, "l"), (360, "r"), (450, "r"), (W - 52, "r")]
    p.rect(48, H - 276, W - 96, 18, stroke=(0, 0, 0))
    y = table(
        p,
        H - 270,
        cols,
        ["Désignation", "Qté", "P.U.", "Montant"],
        [[d_, str(q), fr(u), fr(a)] for d_, q, u, a, _ in lines],
        font="Times-Roman",
        bold="Times-Bold",
        size=10.5,
        lead=17,
        rule=False,
    )
    p.line(48, y + 8, W - 48, y + 8, 0.5)
    y -= 6
    p.text(340, y, "TOTAL À PAYER", "Times-Bold", 12)
    p.text(W - 52, y, fr(net) + " €", "Times-Bold", 12, "r")
    y -= 36
    p.text(50, y, "TVA non applicable, art. 293 B du CGI.", "Times-Italic", 10.5)
    p.text(
        50,
        y - 16,
        "Date d'échéance : 16/03/2026. Règlement par chèque ou virement.",
        "Times-Roman",
        10.5,
    )
    p.text(50, y - 32, "Pas d'escompte en cas de paiement anticipé.", "Times-Roman", 10.5)
    p.text(
        50,
        60,
        "Dispensé d'immatriculation au registre du commerce et des sociétés (RCS) et au répertoire des métiers (RM)",
        "Times-Roman",
        7.5,
    )
    p.save()
    return truth(
        number="2026-031",
        date="2026-03-02",
        due="2026-03-16",
        vendor=vendor,
        amount=net,
        vat=None,
        total=net,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="micro-entrepreneur: 'TVA non applicable, art. 293 B du CGI' (vat null); issue date and intervention date on the same line; only one total line; colour JPEG scan, noticeably skewed",
    )


@doc("i14", "scan", "pdf", dpi=200, skew=-0.9, blur=0.8, noise=6, specks=45)
def i14(path, name):
    """Avoir (credit note) of an EURL, negative amounts, image-only PDF."""
    p = Page(path, A4, "Avoir")
    W, H = A4
    vendor = "Cave & Terroirs EURL"
    p.text(W / 2, H - 62, "Cave & Terroirs", "Times-BoldItalic", 26, "c", color=(0.45, 0.05, 0.15))
    p.text(W / 2, H - 78, "Vins · Spiritueux · Épicerie fine", "Times-Roman", 10, "c")
    p.line(150, H - 86, W - 150, H - 86, 0.5, color=(0.45, 0.05, 0.15))
    p.text(
        W / 2,
        H - 98,
        "Cave & Terroirs EURL · 6 rue des Tanneurs · 67000 Strasbourg · 03 88 32 14 07",
        "Times-Roman",
        8,
        "c",
    )
    for i, s in enumerate(["Restaurant L'Ancre SAS", "12 quai Saint-Nicolas", "67000 Strasbourg"]):
        p.text(330, H - 140 - i * 13, s, "Times-Roman", 11)
    p.text(50, H - 140, "AVOIR", "Times-Bold", 20)
    for i, (a, b) in enumerate(
        [
            ("N° d'avoir :", "AV-2026-007"),
            ("Date :", "05/03/2026"),
            ("Facture d'origine :", "F-2026-0112 du 20/02/2026"),
            ("Code client :", "ANCRE01"),
        ]
    ):
        p.text(50, H - 162 - i * 13, a, "Times-Roman", 10)
        p.text(150, H - 162 - i * 13, b, "Times-Bold", 10)
    p.text(
        50,
        H - 230,
        "Motif : retour de 2 cartons endommagés à la livraison et geste commercial.",
        "Times-Italic",
        10,
    )
    rows_ = [
        ("Crémant d'Alsace brut, carton 6 bt", 2, "-58.20"),
        ("Riesling Grand Cru 2022, bouteille", 3, "-21.50"),
        ("Geste commercial", 1, "-25.00"),
    ]
    lines, _nets, _vats, net, vat, total = calc([(a, b, c, 20) for a, b, c in rows_])
    cols = [(52, "l"), (340, "r"), (430, "r"), (W - 52, "r")]
    y = table(
        p,
        H - 262,
        cols,
        ["Désignation", "Quantité", "P.U. HT", "Total HT"],
        [[d_, str(q), fr(u), fr(a)] for d_, q, u, a, _ in lines],
        font="Times-Roman",
        bold="Times-Bold",
        size=10,
        lead=16,
    )
    p.line(320, y + 8, W - 50, y + 8, 0.6)
    for lab, val, f in [
        ("Total HT", fr(net), "Times-Roman"),
        ("TVA 20 %", fr(vat), "Times-Roman"),
        ("Total TTC de l'avoir", fr(total) + " €", "Times-Bold"),
    ]:
        y -= 15
        p.text(320, y, lab, f, 10.5)
        p.text(W - 52, y, val, f, 10.5, "r")
    y -= 36
    p.text(50, y, "Cet avoir sera déduit de votre prochaine facture.", "Times-Roman", 10)
    p.text(
        W / 2,
        60,
        "EURL au capital de 5 000 € · RCS Strasbourg 879 221 046 · TVA FR33879221046 · Licence de débit de boissons n° 67-2019-114",
        "Times-Roman",
        7,
        "c",
    )
    p.save()
    return truth(
        number="AV-2026-007",
        date="2026-03-05",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="credit_note",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="avoir (credit note): negative amounts with a minus sign; the original invoice number F-2026-0112 is printed beside the avoir number; image-only PDF of a scan",
    )


@doc("i15", "scan", "png", dpi=250, color=True, skew=0.4, blur=0.7, noise=4, specks=30)
def i15(path, name):
    """Sage-like SA invoice with two TVA rates and a deposit (acompte) deducted."""
    p = Page(path, A4, "Facture")
    W, H = A4
    vendor = "Menuiseries de l'Ouest SA"
    p.rect(40, H - 100, W - 80, 60, stroke=(0.2, 0.3, 0.2), lw=1.2)
    p.text(50, H - 65, "MENUISERIES DE L'OUEST", "Helvetica-Bold", 15, color=(0.2, 0.35, 0.2))
    p.text(
        50, H - 80, "Menuiseries de l'Ouest SA · 40 route de Vannes · 35000 Rennes", "Helvetica", 8
    )
    p.text(50, H - 92, "Tél. 02 99 31 50 50 · SIRET 318 552 041 00037 · APE 1623Z", "Helvetica", 8)
    p.text(W - 50, H - 70, "FACTURE", "Helvetica-Bold", 16, "r")
    for i, s in enumerate(
        ["SCI Les Glycines", "M. Hervé Le Goff", "9 allée des Glycines", "35510 Cesson-Sévigné"]
    ):
        p.text(330, H - 130 - i * 12, s, "Helvetica", 10)
    grid = [
        ("Numéro", "FC26-00388"),
        ("Date", "31/03/2026"),
        ("Code client", "411LEGOFF"),
        ("Devis", "DV25-1140"),
        ("Chantier", "Cesson, 9 allée des Glycines"),
    ]
    for i, (a, b) in enumerate(grid):
        p.text(50, H - 130 - i * 12, a, "Helvetica-Bold", 8.5)
        p.text(120, H - 130 - i * 12, b, "Helvetica", 8.5)
    rows_ = [
        ("Fenêtre PVC 2 vantaux 125x135 (pose incluse)", 4, "1240.00", 10),
        ("Porte-fenêtre alu 215x140 (pose incluse)", 1, "2380.00", 10),
        ("Volet roulant électrique", 5, "465.00", 10),
        ("Motorisation portail (hors rénovation)", 1, "890.00", 20),
    ]
    lines, nets, vats, net, vat, total = calc(rows_)
    cols = [(52, "l"), (340, "r"), (400, "r"), (440, "r"), (W - 52, "r")]
    y = table(
        p,
        H - 215,
        cols,
        ["Désignation", "Qté", "PU HT", "TVA", "Montant HT"],
        [[d_, str(q), fr(u), f"{r} %", fr(a)] for d_, q, u, a, r in lines],
        size=8.5,
        lead=15,
        head_fill=(0.85, 0.9, 0.85),
    )
    y -= 8
    p.rect(50, y - 40, 200, 50, stroke=(0.5, 0.5, 0.5))
    p.text(56, y, "Code", "Helvetica-Bold", 7.5)
    p.text(90, y, "Base HT", "Helvetica-Bold", 7.5)
    p.text(160, y, "Taux", "Helvetica-Bold", 7.5)
    p.text(244, y, "Montant TVA", "Helvetica-Bold", 7.5, "r")
    for k, r in enumerate((10, 20)):
        yy = y - 14 - k * 12
        p.text(56, yy, str(k + 1), "Helvetica", 8)
        p.text(90, yy, fr(nets[r]), "Helvetica", 8)
        p.text(160, yy, f"{r},00 %", "Helvetica", 8)
        p.text(244, yy, fr(vats[r]), "Helvetica", 8, "r")
    dep = D("3000.00")
    yy = y
    for lab, val, f in [
        ("Total HT", fr(net), "Helvetica"),
        ("Total TVA", fr(vat), "Helvetica"),
        ("Total TTC", fr(total), "Helvetica-Bold"),
        ("Acompte versé le 15/01/2026", "-" + fr(dep), "Helvetica"),
        ("Net à payer EUR", fr(total - dep), "Helvetica-Bold"),
    ]:
        p.text(330, yy, lab, f, 9)
        p.text(W - 52, yy, val, f, 9, "r")
        yy -= 14
    y = min(yy, y - 40) - 30
    p.text(
        50,
        y,
        "TVA à 10 % : travaux d'amélioration sur local d'habitation achevé depuis plus de 2 ans (attestation reçue).",
        "Helvetica",
        7.5,
    )
    p.text(
        50,
        y - 12,
        "Conditions de règlement : 45 jours fin de mois — échéance le 31/05/2026.",
        "Helvetica",
        8.5,
    )
    p.text(
        W / 2,
        58,
        "SA au capital de 1 200 000 € · RCS Rennes B 318 552 041 · TVA FR09318552041 · IBAN "
        + iban_fr(crc(name)),
        "Helvetica",
        6.5,
        "c",
    )
    p.save()
    return truth(
        number="FC26-00388",
        date="2026-03-31",
        due="2026-05-31",
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=[(d_, q, u, a) for d_, q, u, a, _ in lines],
        note="deposit (acompte) deducted after Total TTC: total keyed as Total TTC, not Net à payer; TVA 10 % and 20 % with a Sage-style code/base/taux table; '45 jours fin de mois' followed by an explicit due date; vendor name has an apostrophe",
    )


@doc("i16", "pdf", "pdf")
def i16(path, name):
    """Online-shop invoice: 7 % coffee, 19 % accessories, voucher, shipping, already paid."""
    p = Page(path, A4, "Rechnung 100245871")
    W, H = A4
    vendor = "Kaffeerösterei Falkenberg GmbH"
    p.circle(W / 2, H - 55, 16, fill=(0.3, 0.18, 0.1))
    p.text(W / 2, H - 59, "KF", "Times-Bold", 12, "c", color=(1, 1, 1))
    p.text(
        W / 2, H - 90, "KAFFEERÖSTEREI FALKENBERG", "Times-Bold", 14, "c", color=(0.3, 0.18, 0.1)
    )
    for i, s in enumerate(
        ["Rechnungsadresse:", "Sebastian Ruhland", "Wilhelmshöher Allee 74", "34119 Kassel"]
    ):
        p.text(50, H - 130 - i * 12, s, "Helvetica-Bold" if i == 0 else "Helvetica", 9)
    for i, s in enumerate(
        [
            "Lieferadresse:",
            "Sebastian Ruhland c/o Büro 3. OG",
            "Friedrich-Ebert-Str. 12",
            "34117 Kassel",
        ]
    ):
        p.text(230, H - 130 - i * 12, s, "Helvetica-Bold" if i == 0 else "Helvetica", 9)
    for i, (a, b) in enumerate(
        [
            ("Rechnungsnummer", "100245871"),
            ("Bestellnummer", "#FB-58812"),
            ("Bestelldatum", "08.03.2026"),
            ("Rechnungsdatum", "10.03.2026"),
            ("Lieferdatum", "10.03.2026"),
        ]
    ):
        p.text(410, H - 130 - i * 12, a, "Helvetica", 8)
        p.text(W - 50, H - 130 - i * 12, b, "Helvetica", 8, "r")
    p.text(50, H - 210, "Rechnung", "Helvetica-Bold", 14)
    rows_ = [
        ("Espresso Falkenberg, Bohne 1 kg", 2, "24.90", 7),
        ("Filterkaffee Guatemala, 500 g", 3, "12.50", 7),
        ("Entkalker Flüssig 500 ml", 1, "9.90", 19),
        ("Handmühle Keramikmahlwerk", 1, "44.90", 19),
    ]
    lines, nets, _vats, _, _, _ = calc(rows_)
    # gross-priced shop: prices include VAT, net computed per rate
    cols = [(52, "l"), (320, "r"), (390, "r"), (440, "r"), (W - 52, "r")]
    y = table(
        p,
        H - 235,
        cols,
        ["Artikel", "Anzahl", "Preis", "MwSt.", "Summe"],
        [[d_, str(q), de(u) + " €", f"{r} %", de(a) + " €"] for d_, q, u, a, r in lines],
        size=8.5,
        lead=15,
    )
    gross = {7: nets[7], 19: nets[19]}
    voucher = q2(gross[7] * D("0.10"))  # 10 % on coffee only
    ship = D("4.90")  # shipping split: taxed at 7 % (main service)
    g7 = gross[7] - voucher + ship
    g19 = gross[19]
    v7 = q2(g7 * 7 / D(107))
    v19 = q2(g19 * 19 / D(119))
    total = g7 + g19
    vat = v7 + v19
    net = total - vat
    p.line(300, y + 6, W - 50, y + 6, 0.6)
    for lab, val, f in [
        ("Zwischensumme", de(gross[7] + gross[19]) + " €", "Helvetica"),
        ("Gutschein WILLKOMMEN10 (-10 % Kaffee)", "-" + de(voucher) + " €", "Helvetica"),
        ("Versand DHL", de(ship) + " €", "Helvetica"),
        ("Gesamtsumme", de(total) + " €", "Helvetica-Bold"),
        ("Summe netto", de(net) + " €", "Helvetica"),
        ("enthaltene MwSt. 7 %", de(v7) + " €", "Helvetica"),
        ("enthaltene MwSt. 19 %", de(v19) + " €", "Helvetica"),
    ]:
        y -= 14
        p.text(260, y, lab, f, 8.5)
        p.text(W - 52, y, val, f, 8.5, "r")
    y -= 34
    p.text(
        50,
        y,
        "Zahlungsart: PayPal – Betrag dankend erhalten am 08.03.2026. Bitte nicht überweisen.",
        "Helvetica",
        9,
    )
    p.line(50, 70, W - 50, 70, 0.4)
    p.text(
        W / 2,
        58,
        "Kaffeerösterei Falkenberg GmbH · Friedrich-Ebert-Str. 3 · 34117 Kassel · AG Kassel HRB 18804 · USt-IdNr. DE297661043",
        "Helvetica",
        6.5,
        "c",
    )
    p.save()
    its = [(d_, q, u, a) for d_, q, u, a, _ in lines]
    return truth(
        number="100245871",
        date="2026-03-10",
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="web-shop invoice with gross prices: 7 % and 19 % 'enthaltene MwSt.' below the total; voucher and shipping change the sum; Bestellnummer with #; Bestelldatum vs Rechnungsdatum; already paid (no due date); line item prices include VAT",
    )


# ================================================================ RECEIPTS (SEA)
def r05c(x):
    """Cash rounding to the nearest 0.05 (Malaysia)."""
    return (D(x) * 20).quantize(D(1), rounding=ROUND_HALF_UP) / 20


def rows_calc(rows, nd=2):
    quant = q2 if nd == 2 else q0
    out = [(d_, qn, D(str(u)), quant(D(str(qn)) * D(str(u)))) for d_, qn, u in rows]
    return out, sum((a for *_, a in out), D(0))


@doc("r01", "scan", "png", dpi=200, fade=True, skew=-1.2, blur=0.8, noise=5, specks=35)
def r01(path, name):
    """Malaysian kopitiam: brand over legal name, service charge, SST 6 %, Rounding Adj."""
    R = Roll(80)
    vendor = "Kopi Satu F&B Sdn Bhd"
    R.logo("circle", 11 * mm)
    R.c("KOPI SATU", size=20, font="Helvetica-Bold", lead=1.1)
    R.c("Kopi Satu F&B Sdn Bhd (1398821-M)", size=7.5)
    R.c("Lot G-12, Jalan SS 15/4, 47500 Subang Jaya", size=7)
    R.c("Selangor. Tel: 03-5611 2290", size=7)
    R.c("SST ID: B16-2309-32001877", size=7)
    R.rule()
    R.c("INVOIS CUKAI / TAX INVOICE", size=8.5, font="Courier-Bold")
    R.ln("Bill No : KS2-0031874", size=7.5)
    R.ln("Date    : 14/01/2026  13:07", size=7.5)
    R.ln("Table   : 12    Pax: 4    Cashier: Aina", size=7.5)
    R.rule()
    rows = [
        ("Nasi Lemak Ayam Rendang", 2, "15.90"),
        ("Mee Goreng Mamak", 1, "11.50"),
        ("Roti Bakar Kaya Butter", 2, "4.50"),
        ("Telur Separuh Masak (2)", 2, "3.20"),
        ("Kopi O Ais", 2, "3.80"),
        ("Teh Tarik Panas", 1, "3.50"),
        ("Milo Dinosaur", 1, "7.50"),
    ]
    lines, sub = rows_calc(rows)
    for d_, qn, u, a in lines:
        R.ln((f"{qn} {d_}", "l", 0), (en(a), "r", 1), size=7.5)
        if qn > 1:
            R.ln(f"    @ {en(u)}", size=6.8, lead=1.15)
    R.rule()
    svc = q2(sub * D("0.10"))
    sst = q2((sub + svc) * D("0.06"))
    raw = sub + svc + sst
    tot = r05c(raw)
    rnd = tot - raw
    for lab, v in [
        ("Sub Total", sub),
        ("Service Charge 10%", svc),
        ("SST 6%", sst),
        ("Rounding Adj", rnd),
    ]:
        R.ln(lab, en(v), size=7.5)
    R.ln(("TOTAL (RM)", "l", 0, "Courier-Bold"), (en(tot), "r", 1, "Courier-Bold"), size=10)
    R.rule()
    cash = D("100.00")
    R.ln("CASH", en(cash), size=7.5)
    R.ln("CHANGE", en(cash - tot), size=7.5)
    R.gap(6)
    R.c("Terima kasih! Sila datang lagi", size=7)
    R.c("Goods sold are not returnable", size=6.5)
    R.render(path, "receipt")
    return truth(
        number="KS2-0031874",
        date="2026-01-14",
        due=None,
        vendor=vendor,
        amount=sub + svc,
        vat=sst,
        total=tot,
        rounding=rnd,
        cur="MYR",
        loc="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="brand KOPI SATU printed large over the legal name with registration number in brackets; service charge 10 % (keyed inside amount) + SST 6 %; Rounding Adj line; cash and change lines larger than total; thermal fading",
    )


@doc("r02", "photo", "jpg", dpi=200, long_side=2100, crumple=5.0, folds=2, quality=70)
def r02(path, name):
    """Malaysian mini-market: long item list, no tax, rounding, member points."""
    R = Roll(76)
    vendor = "Segar Jaya Mart Sdn Bhd"
    R.c("MYMART 24", size=18, font="Helvetica-Bold", lead=1.1)
    R.c("SEGAR JAYA MART SDN BHD", size=7.5, font="Courier-Bold")
    R.c("(201901023345 (1334871-K))", size=7)
    R.c("No 8, Jalan Kenari 5, Bandar Puchong Jaya", size=6.8)
    R.c("47100 Puchong, Selangor", size=6.8)
    R.rule()
    R.ln("Receipt: 0104-260207-0412", size=7)
    R.ln("07-02-2026 21:44   POS04   Staff: 118", size=7)
    R.rule()
    rows = [
        ("MAGGI KARI 5X79G", 2, "6.85"),
        ("GARDENIA ORIGINAL CLASSIC", 1, "4.30"),
        ("TELUR AYAM GRED A 10S", 2, "5.60"),
        ("DUTCH LADY UHT COKLAT 1L", 3, "7.25"),
        ("MILO 3IN1 18X33G", 1, "17.90"),
        ("BERAS SUPER TEMPATAN 5KG", 1, "18.50"),
        ("MINYAK MASAK 2KG", 1, "11.40"),
        ("GULA PASIR HALUS 1KG", 2, "3.05"),
        ("SABUN DOBI CECAIR 3.6KG", 1, "22.90"),
        ("TISU MUKA 4X150", 1, "9.99"),
        ("BAWANG MERAH IMPORT 1KG", 1, "6.40"),
        ("KICAP MANIS 345ML", 1, "3.75"),
        ("AIR MINERAL 1.5L", 6, "1.35"),
        ("ROTI CANAI FROZEN 10S", 1, "8.90"),
        ("SARDIN 425G", 2, "5.49"),
        ("SUSU PEKAT 500G", 1, "3.90"),
    ]
    lines, sub = rows_calc(rows)
    for d_, qn, u, a in lines:
        R.ln(d_, size=7)
        R.ln((f"  {qn} x {en(u)}", "l", 0), (en(a), "r", 1), size=7, lead=1.15)
    R.rule()
    tot = r05c(sub)
    rnd = tot - sub
    R.ln(f"{len(lines)} ITEM(S)  {sum(q for _, q, _, _ in lines)} QTY", size=7)
    R.ln("SUBTOTAL", en(sub), size=7.5)
    R.ln("Rounding Adj", en(rnd), size=7.5)
    R.ln(("TOTAL (RM)", "l", 0, "Courier-Bold"), (en(tot), "r", 1, "Courier-Bold"), size=10)
    R.ln("CASH", "200.00", size=7.5)
    R.ln("CHANGE", en(D("200.00") - tot), size=7.5)
    R.rule()
    R.ln("MEMBER : 6012****881", size=7)
    R.ln("Points earned   :       " + str(int(tot)), size=7)
    R.ln("Points balance  :     2,418", size=7)
    R.rule()
    R.c("Barang yang dibeli tidak boleh", size=6.8)
    R.c("dipulangkan. Terima kasih!", size=6.8)
    R.bar(9 * mm, crc(name))
    R.render(path, "receipt")
    return truth(
        number="0104-260207-0412",
        date="2026-02-07",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=None,
        total=tot,
        rounding=rnd,
        cur="MYR",
        loc="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="long item list on two lines each; no tax printed (vat null); new + old company registration numbers in brackets; Rounding Adj; member points lines with numbers; crumpled photo with folds; date dd-mm-yyyy",
    )


@doc("r03", "pdf", "pdf")
def r03(path, name):
    """Singapore café: Total Incl. GST, GST 9 % included."""
    R = Roll(80)
    vendor = "Tiong Bahru Bakehouse Pte Ltd"
    R.logo("leaf", 9 * mm)
    R.c("tiong bahru bakehouse", size=13, font="Times-BoldItalic", lead=1.2)
    R.c("TIONG BAHRU BAKEHOUSE PTE LTD", size=7, font="Helvetica")
    R.c("UEN: 201733219N  GST Reg No: 201733219N", size=6.5, font="Helvetica")
    R.c("56 Eng Hoon Street #01-48 Singapore 160056", size=6.5, font="Helvetica")
    R.rule(dash=False)
    R.ln(("Order #A-0917", "l", 0), ("Dine-in", "r", 1), size=8, font="Helvetica")
    R.ln(("Receipt No: TBB-260221-0917", "l", 0), size=7.5, font="Helvetica")
    R.ln(("21 Feb 2026, 10:32 AM", "l", 0), ("POS 2", "r", 1), size=7.5, font="Helvetica")
    R.rule(dash=False)
    rows = [
        ("Kouign Amann", 2, "5.80"),
        ("Almond Croissant", 1, "6.20"),
        ("Flat White (Oat)", 2, "7.30"),
        ("Iced Long Black", 1, "6.00"),
        ("Egg Mayo Sourdough", 1, "12.50"),
    ]
    lines, tot = rows_calc(rows)
    for d_, qn, _u, a in lines:
        R.ln((f"{qn}x  {d_}", "l", 0), ("$" + en(a), "r", 1), size=8, font="Helvetica")
    R.rule(dash=False)
    gst = q2(tot * 9 / D(109))
    R.ln(
        ("Total Incl. GST", "l", 0, "Helvetica-Bold"),
        ("$" + en(tot), "r", 1, "Helvetica-Bold"),
        size=10,
        font="Helvetica",
    )
    R.ln("GST 9% Included", "$" + en(gst), size=7.5, font="Helvetica")
    R.rule(dash=False)
    R.ln("PayNow QR", "$" + en(tot), size=7.5, font="Helvetica")
    R.ln("Ref 8F2K-77QA", size=7, font="Helvetica")
    R.gap(4)
    R.c("Thank you & see you again!", size=7.5, font="Helvetica-Oblique")
    R.qr(18 * mm, crc(name))
    R.c("Scan for feedback", size=6.5, font="Helvetica")
    R.render(path, "receipt")
    return truth(
        number="TBB-260221-0917",
        date="2026-02-21",
        due=None,
        vendor=vendor,
        amount=tot - gst,
        vat=gst,
        total=tot,
        cur="SGD",
        loc="en-SG",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="prices include GST: 'Total Incl. GST' and 'GST 9% Included' (net not printed: amount = total - vat); lower-case italic wordmark; order number vs receipt number; UEN equals GST Reg No; date as '21 Feb 2026'",
    )


@doc("r04", "scan", "png", dpi=200, flatbed=True, skew=2.0, blur=0.7, noise=4, specks=30)
def r04(path, name):
    """Singapore restaurant: 10 % service charge + 9 % GST, Visa, scanned crooked with other paper."""
    R = Roll(80)
    vendor = "Joo Chiat Seafood Pte Ltd"
    R.c("JOO CHIAT", size=17, font="Times-Bold", lead=1.1)
    R.c("SEAFOOD RESTAURANT", size=9, font="Times-Bold")
    R.c("Joo Chiat Seafood Pte Ltd", size=7)
    R.c("(Co. Reg. 200812334K)", size=7)
    R.c("GST Reg. No. M2-0089123-4", size=7)
    R.c("328 Joo Chiat Road S(427585)", size=7)
    R.rule()
    R.c("TAX INVOICE", size=9, font="Courier-Bold")
    R.ln("Inv No: 0044719      Table: B07", size=7.5)
    R.ln("Date: 06/03/2026     Time: 20:41", size=7.5)
    R.ln("Pax: 6               Server: Wei Ling", size=7.5)
    R.rule()
    rows = [
        ("Chilli Crab (per kg)", "1.6", "98.00"),
        ("Cereal Prawns (L)", 1, "42.00"),
        ("Sambal Kangkong (M)", 1, "16.00"),
        ("Salted Egg Sotong", 1, "28.00"),
        ("Fried Mantou (10)", 1, "10.00"),
        ("Yang Chow Fried Rice (L)", 1, "24.00"),
        ("Tiger Beer Tower", 1, "68.00"),
        ("Lime Juice", 3, "4.50"),
        ("Wet Towel", 6, "0.50"),
        ("Peanuts", 1, "3.00"),
    ]
    lines, sub = rows_calc(rows)
    for d_, qn, _u, a in lines:
        R.ln((d_, "l", 0), (str(qn), "r", 0.72), (en(a), "r", 1), size=7.5)
    R.rule()
    svc = q2(sub * D("0.10"))
    gst = q2((sub + svc) * D("0.09"))
    tot = sub + svc + gst
    R.ln("Subtotal", en(sub), size=7.5)
    R.ln("10% Svc Chg", en(svc), size=7.5)
    R.ln("9% GST", en(gst), size=7.5)
    R.ln(("TOTAL S$", "l", 0, "Courier-Bold"), (en(tot), "r", 1, "Courier-Bold"), size=10)
    R.rule()
    R.ln("VISA ************4417", en(tot), size=7.5)
    R.ln("APPR CODE 08812Q", size=7)
    R.gap(5)
    R.c("Thank You! Please Come Again", size=7.5)
    R.render(path, "receipt")
    its = [(d_, q, u, a) for d_, q, u, a in lines]
    return truth(
        number="0044719",
        date="2026-03-06",
        due=None,
        vendor=vendor,
        amount=sub + svc,
        vat=gst,
        total=tot,
        cur="SGD",
        loc="en-SG",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="flatbed scan of a crooked receipt with another printed sheet beside it; 10 % service charge (keyed in amount) then 9 % GST; quantity column includes a weight (1.6 kg); Co. Reg. number in brackets; card payment line repeats the total",
    )


@doc("r05", "pdf", "pdf")
def r05(path, name):
    """Singapore retail TAX INVOICE e-receipt: member discount, points, GST included."""
    R = Roll(80)
    vendor = "Harbour Living Pte. Ltd."
    R.c("HARBOUR", size=16, font="DV-B", lead=1.1)
    R.c("L I V I N G", size=9, font="DV")
    R.c("Harbour Living Pte. Ltd. (201522187D)", size=6.8, font="DV")
    R.c("GST Reg No. 201522187D", size=6.8, font="DV")
    R.c("VivoCity #02-118, 1 HarbourFront Walk, S098585", size=6.3, font="DV")
    R.rule()
    R.c("TAX INVOICE", size=9, font="DV-B")
    R.ln("Invoice: HL02-2603-005521", size=7, font="DV")
    R.ln("13/03/2026 16:18  Register 03  Cashier 2207", size=7, font="DV")
    R.rule()
    rows = [
        ("Linen Cushion Cover 45cm Sage", 2, "29.90"),
        ("Ceramic Mug Speckled 350ml", 4, "12.90"),
        ("Bamboo Bath Towel Grey", 2, "34.90"),
        ("Scented Candle Yuzu 200g", 1, "39.00"),
    ]
    lines, sub = rows_calc(rows)
    for d_, qn, u, a in lines:
        R.ln(d_, size=7.2, font="DV")
        R.ln((f"   {qn} @ {en(u)}", "l", 0), (en(a), "r", 1), size=7.2, font="DV", lead=1.15)
    promo = D("-10.00")
    mem = q2((sub + promo) * D("-0.05"))
    R.ln("Promo: 2nd Towel $10 off", en(promo), size=7.2, font="DV")
    R.ln("Member 5% discount", en(mem), size=7.2, font="DV")
    R.rule()
    tot = sub + promo + mem
    gst = q2(tot * 9 / D(109))
    R.ln(("TOTAL", "l", 0, "DV-B"), ("S$" + en(tot), "r", 1, "DV-B"), size=10, font="DV")
    R.ln("Incl. 9% GST", en(gst), size=7.2, font="DV")
    R.ln("Total excl. GST", en(tot - gst), size=7.2, font="DV")
    R.rule()
    R.ln("MASTERCARD CONTACTLESS", en(tot), size=7.2, font="DV")
    R.ln("Member: 8833 2210   Points earned: " + str(int(tot)), size=7, font="DV")
    R.ln("Points balance: 1,364", size=7, font="DV")
    R.gap(4)
    R.c("Exchange within 14 days with receipt.", size=6.5, font="DV")
    R.bar(9 * mm, crc(name))
    R.render(path, "receipt")
    return truth(
        number="HL02-2603-005521",
        date="2026-03-13",
        due=None,
        vendor=vendor,
        amount=tot - gst,
        vat=gst,
        total=tot,
        cur="SGD",
        loc="en-SG",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="born-digital TAX INVOICE e-receipt; promo and member discounts below the items (item sum > total); GST included and 'Total excl. GST' printed; 'Pte. Ltd.' with dots and UEN in brackets; member points",
    )


def idr(v):
    return fmt(v, ".", ",", 0)


def vnd(v):
    return fmt(v, ".", ",", 0)


@doc("r06", "photo", "jpg", dpi=200, long_side=1800, crumple=2.5, folds=1, quality=66)
def r06(path, name):
    """Indonesian minimarket: Rupiah without decimals, PPN included with DPP printed."""
    R = Roll(58, 3)
    vendor = "PT Mitra Niaga Lestari"
    R.c("TOKO SEGAR", size=14, font="Helvetica-Bold", lead=1.1)
    R.c("PT MITRA NIAGA LESTARI", size=6.5)
    R.c("NPWP 01.882.451.3-421.000", size=6.2)
    R.c("Jl. Pajajaran No. 61, Bogor", size=6.2)
    R.rule()
    R.ln("No: 2026031500872", size=6.5)
    R.ln("15.03.26 19:12  KSR:DEWI", size=6.5)
    R.rule()
    rows = [
        ("INDOMIE GRG SPC 85G", 5, 3500),
        ("AQUA BTL 600ML", 4, 3900),
        ("TEH BOTOL SOSRO 450", 2, 6200),
        ("ROTI TAWAR SARI 370G", 1, 17500),
        ("TELUR AYAM 1KG", 1, 29900),
        ("GULA PSR GULAKU 1KG", 1, 18700),
        ("SABUN LIFEBUOY 110G", 3, 4700),
        ("KECAP BANGO 520ML", 1, 24900),
        ("MINYAK BIMOLI 2L", 1, 41500),
    ]
    lines, tot = rows_calc(rows, nd=0)
    for d_, qn, u, a in lines:
        R.ln(d_, size=6.5)
        R.ln((f" {qn} x {idr(u)}", "l", 0), (idr(a), "r", 1), size=6.5, lead=1.15)
    R.rule()
    ppn = q0(tot * 11 / D(111))
    R.ln(("TOTAL BELANJA", "l", 0, "Courier-Bold"), (idr(tot), "r", 1, "Courier-Bold"), size=8)
    R.ln("TUNAI", idr(D(250000)), size=6.5)
    R.ln("KEMBALIAN", idr(D(250000) - tot), size=6.5)
    R.rule()
    R.ln("DPP", idr(tot - ppn), size=6.5)
    R.ln("PPN 11%", idr(ppn), size=6.5)
    R.ln("Harga sudah termasuk PPN", size=6.2)
    R.gap(3)
    R.c("TERIMA KASIH", size=6.5)
    R.c("Kritik & saran: 0251-8312 440", size=6)
    R.render(path, "receipt")
    return truth(
        number="2026031500872",
        date="2026-03-15",
        due=None,
        vendor=vendor,
        amount=tot - ppn,
        vat=ppn,
        total=tot,
        cur="IDR",
        loc="id-ID",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="Rupiah with dot thousands and no decimals (keyed .00); PPN included, DPP printed after the payment lines; brand TOKO SEGAR over 'PT' legal name; short date 15.03.26; 58 mm roll photographed",
    )


@doc(
    "r07",
    "scan",
    "jpg",
    dpi=200,
    color=True,
    skew=0.9,
    blur=0.6,
    noise=4,
    specks=20,
    down=650,
    quality=80,
)
def r07(path, name):
    """Indonesian restaurant: service 5 % + PB1 10 %, debit card."""
    R = Roll(80)
    vendor = "PT Rasa Nusantara Abadi"
    R.c("WARUNG", size=9, font="Times-Bold")
    R.c("Padang Sederhana", size=16, font="Times-BoldItalic", lead=1.1)
    R.c("PT Rasa Nusantara Abadi", size=7)
    R.c("Jl. Kemang Raya No. 18, Jakarta Selatan", size=6.8)
    R.c("NPWP: 02.331.908.7-017.000", size=6.8)
    R.rule()
    R.ln("Bill  : B-26-004318", size=7.5)
    R.ln("Meja  : 07        Tamu: 3", size=7.5)
    R.ln("Tgl   : 28/02/2026 12:48", size=7.5)
    R.rule()
    rows = [
        ("Rendang Sapi", 2, 38000),
        ("Ayam Pop", 1, 32000),
        ("Gulai Tunjang", 1, 35000),
        ("Sayur Nangka", 2, 12000),
        ("Nasi Putih", 3, 8000),
        ("Es Teh Manis", 2, 9000),
        ("Jus Alpukat", 1, 22000),
        ("Kerupuk Kulit", 2, 6000),
    ]
    lines, sub = rows_calc(rows, nd=0)
    for d_, qn, _u, a in lines:
        R.ln((f"{qn}x {d_}", "l", 0), (idr(a), "r", 1), size=7.5)
    R.rule()
    svc = q0(sub * D("0.05"))
    pb1 = q0((sub + svc) * D("0.10"))
    tot = sub + svc + pb1
    R.ln("Subtotal", idr(sub), size=7.5)
    R.ln("Service 5%", idr(svc), size=7.5)
    R.ln("PB1 10%", idr(pb1), size=7.5)
    R.ln(("TOTAL", "l", 0, "Courier-Bold"), ("Rp " + idr(tot), "r", 1, "Courier-Bold"), size=10)
    R.rule()
    R.ln("DEBIT BCA", idr(tot), size=7.5)
    R.ln("No. Kartu ****2291", size=7)
    R.gap(4)
    R.c("Terima kasih atas kunjungan Anda", size=7)
    R.render(path, "receipt")
    return truth(
        number="B-26-004318",
        date="2026-02-28",
        due=None,
        vendor=vendor,
        amount=sub + svc,
        vat=pb1,
        total=tot,
        cur="IDR",
        loc="id-ID",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="restaurant tax PB1 10 % (keyed as vat) on subtotal + 5 % service (service keyed in amount); Rupiah without decimals; 'Rp' only on the total; brand in italic over PT legal name; downscaled to 650 px wide colour scan",
    )


@doc("r08", "pdf", "pdf")
def r08(path, name):
    """Indonesian café e-receipt (58 mm PDF), discount, PPN exclusive, QRIS."""
    R = Roll(58, 3)
    vendor = "PT Kopi Rakyat Nusantara"
    R.logo("circle", 8 * mm)
    R.c("KOPI RAKYAT", size=12, font="DV-B", lead=1.1)
    R.c("PT Kopi Rakyat Nusantara", size=6.3, font="DV")
    R.c("Jl. Braga No. 9, Bandung", size=6, font="DV")
    R.c("NPWP 03.114.872.9-423.000", size=6, font="DV")
    R.rule()
    R.ln("Struk #KRN-BDG1-260310-0077", size=6.3, font="DV")
    R.ln("10 Mar 2026 08:05 · Take away", size=6.3, font="DV")
    R.rule()
    rows = [
        ("Es Kopi Susu Gula Aren", 2, 22000),
        ("Americano Panas", 1, 20000),
        ("Croissant Keju", 2, 18000),
        ("Pisang Goreng Madu", 1, 16000),
    ]
    lines, sub = rows_calc(rows, nd=0)
    for d_, qn, u, a in lines:
        R.ln(d_, size=6.5, font="DV")
        R.ln((f"  {qn} x {idr(u)}", "l", 0), (idr(a), "r", 1), size=6.5, font="DV", lead=1.15)
    R.rule()
    disc = q0(sub * D("-0.15"))
    base = sub + disc
    ppn = q0(base * D("0.11"))
    tot = base + ppn
    R.ln("Subtotal", idr(sub), size=6.5, font="DV")
    R.ln("Promo Pagi 15%", idr(disc), size=6.5, font="DV")
    R.ln("PPN 11%", idr(ppn), size=6.5, font="DV")
    R.ln(("Total", "l", 0, "DV-B"), ("Rp" + idr(tot), "r", 1, "DV-B"), size=8.5, font="DV")
    R.ln("QRIS (GoPay)", idr(tot), size=6.5, font="DV")
    R.gap(3)
    R.qr(16 * mm, crc(name))
    R.c("Struk digital · simpan untuk klaim", size=5.8, font="DV")
    R.render(path, "receipt")
    return truth(
        number="KRN-BDG1-260310-0077",
        date="2026-03-10",
        due=None,
        vendor=vendor,
        amount=base,
        vat=ppn,
        total=tot,
        cur="IDR",
        loc="id-ID",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="58 mm born-digital e-receipt; morning promo -15 % so net = subtotal + discount (not printed as a line); PPN 11 % on top; Rupiah without decimals, 'Rp' glued to the number; date '10 Mar 2026'",
    )


@doc("r09", "photo", "jpg", dpi=200, long_side=1700, crumple=3.5, folds=1, quality=62)
def r09(path, name):
    """Thai convenience store: TAX INV (ABB), VAT 7 % included."""
    R = Roll(76)
    vendor = "Siam Daily Mart Co., Ltd."
    R.c("DAILY MART", size=15, font="Helvetica-Bold", lead=1.1)
    R.c("Siam Daily Mart Co., Ltd.", size=7)
    R.c("(Branch 00214) Sukhumvit 55, Bangkok", size=6.8)
    R.c("TAX ID 0105561098743  VAT Included", size=6.8)
    R.c("TAX INV (ABB)", size=8.5, font="Courier-Bold")
    R.ln("POS#02118  R#0009921", size=7)
    R.ln("No. 00214-02118-260304-0445", size=7)
    R.rule()
    rows = [
        ("CP Gai Yang Rice", 1, "45.00"),
        ("Tuna Sandwich", 2, "32.00"),
        ("Green Tea 500ml", 2, "20.00"),
        ("Singha Soda 325ml", 3, "12.00"),
        ("Lays Original 75g", 1, "33.00"),
        ("Tissue Pocket 10s", 1, "25.00"),
    ]
    lines, tot = rows_calc(rows)
    for d_, qn, _u, a in lines:
        R.ln((f"{qn} {d_}", "l", 0), (en(a), "r", 1), size=7.5)
    R.rule()
    vat = q2(tot * 7 / D(107))
    R.ln(f"TOTAL {sum(q for _, q, _, _ in lines)} ITEMS", en(tot), size=8)
    R.ln(("CASH", "l", 0), ("500.00", "r", 1), size=7.5)
    R.ln("CHANGE", en(D(500) - tot), size=7.5)
    R.ln("VATABLE", en(tot - vat), size=7)
    R.ln("VAT 7%", en(vat), size=7)
    R.rule()
    R.ln("04/03/2026 07:52  STAFF:1184", size=7)
    R.c("ALL member: 0812xxx551  +2 pts", size=6.8)
    R.c("*** THANK YOU ***", size=7.5)
    R.render(path, "receipt")
    return truth(
        number="00214-02118-260304-0445",
        date="2026-03-04",
        due=None,
        vendor=vendor,
        amount=tot - vat,
        vat=vat,
        total=tot,
        cur="THB",
        loc="th-TH",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="abbreviated tax invoice (ABB); total labelled 'TOTAL 10 ITEMS' (item count on the total line); CASH 500.00 is the largest number; VATABLE + VAT 7 % printed after the payment; date only at the bottom; R# vs long No. (keyed the long No.); photographed",
    )


@doc("r10", "scan", "png", dpi=200, flatbed=True, skew=-1.8, blur=0.8, noise=5, specks=40)
def r10(path, name):
    """Thai restaurant: service charge 10 % + VAT 7 % exclusive, crooked flatbed scan."""
    R = Roll(80)
    vendor = "Baan Rim Nam Co., Ltd."
    R.c("BAAN RIM NAM", size=16, font="Times-Bold", lead=1.1)
    R.c("Riverside Thai Kitchen", size=8, font="Times-Italic")
    R.c("Baan Rim Nam Co., Ltd.", size=7)
    R.c("TAX ID: 0505563012458 (Head Office)", size=6.8)
    R.c("99/3 Charoenrat Rd, Chiang Mai 50000", size=6.8)
    R.rule()
    R.c("RECEIPT / TAX INVOICE (ABB)", size=8, font="Courier-Bold")
    R.ln("No. CM1-2602-01173  Table 15", size=7.5)
    R.ln("Date 19/02/2026  21:10  Guests 5", size=7.5)
    R.rule()
    rows = [
        ("Khao Soi Gai", 2, "129.00"),
        ("Sai Oua Platter", 1, "189.00"),
        ("Gaeng Hang Lay", 1, "219.00"),
        ("Som Tam Thai", 1, "99.00"),
        ("Sticky Rice (bsk)", 3, "30.00"),
        ("Pla Nueng Manao", 1, "389.00"),
        ("Leo Beer Large", 4, "110.00"),
        ("Thai Iced Tea", 2, "65.00"),
        ("Mango Sticky Rice", 2, "120.00"),
    ]
    lines, sub = rows_calc(rows)
    for d_, qn, _u, a in lines:
        R.ln((d_, "l", 0), (f"{qn}", "r", 0.7), (en(a), "r", 1), size=7.5)
    R.rule()
    svc = q2(sub * D("0.10"))
    vat = q2((sub + svc) * D("0.07"))
    tot = sub + svc + vat
    R.ln("Subtotal", en(sub), size=7.5)
    R.ln("Service Charge 10%", en(svc), size=7.5)
    R.ln("VAT 7%", en(vat), size=7.5)
    R.ln(("Grand Total (THB)", "l", 0, "Courier-Bold"), (en(tot), "r", 1, "Courier-Bold"), size=9)
    R.ln("Credit Card KBANK", en(tot), size=7.5)
    R.gap(5)
    R.c("Khob khun ka! See you again", size=7)
    R.render(path, "receipt")
    return truth(
        number="CM1-2602-01173",
        date="2026-02-19",
        due=None,
        vendor=vendor,
        amount=sub + svc,
        vat=vat,
        total=tot,
        cur="THB",
        loc="th-TH",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="service charge 10 % (in amount) and VAT 7 % on top; number, table and guest count share lines; 'Grand Total (THB)'; flatbed scan with another sheet beside it, receipt tilted",
    )


@doc("r11", "pdf", "pdf")
def r11(path, name):
    """Thai bakery-café e-receipt with member discount, VAT included."""
    R = Roll(80)
    vendor = "Golden Crust Bakery Co., Ltd."
    R.logo("bars", 8 * mm)
    R.c("Golden Crust", size=15, font="DVS-B", lead=1.1)
    R.c("GOLDEN CRUST BAKERY CO., LTD.", size=6.8, font="DV")
    R.c("Tax ID 0105558044120 · Branch 00007 Siam", size=6.3, font="DV")
    R.rule(dash=False)
    R.c("Receipt / Tax Invoice (Abb.)", size=7.5, font="DV-B")
    R.ln("Doc No.: GC07-2603-118804", size=7, font="DV")
    R.ln("Date: 22/03/2026 15:27", size=7, font="DV")
    R.rule(dash=False)
    rows = [
        ("Butter Croissant", 3, "75.00"),
        ("Pandan Chiffon Slice", 2, "85.00"),
        ("Matcha Latte (L)", 1, "120.00"),
        ("Americano (M)", 1, "80.00"),
        ("Sourdough Loaf", 1, "180.00"),
    ]
    lines, sub = rows_calc(rows)
    for d_, qn, _u, a in lines:
        R.ln((f"{d_}", "l", 0), (f"x{qn}", "r", 0.68), (en(a), "r", 1), size=7.2, font="DV")
    disc = q2(sub * D("-0.10"))
    tot = sub + disc
    vat = q2(tot * 7 / D(107))
    R.rule(dash=False)
    R.ln("Sub Total", en(sub), size=7.2, font="DV")
    R.ln("Member Disc 10%", en(disc), size=7.2, font="DV")
    R.ln(("Net Total", "l", 0, "DV-B"), (en(tot), "r", 1, "DV-B"), size=9, font="DV")
    R.ln("Before VAT", en(tot - vat), size=7, font="DV")
    R.ln("VAT 7%", en(vat), size=7, font="DV")
    R.ln("PromptPay", en(tot), size=7, font="DV")
    R.gap(3)
    R.c("Prices include VAT", size=6.5, font="DV")
    R.render(path, "receipt")
    return truth(
        number="GC07-2603-118804",
        date="2026-03-22",
        due=None,
        vendor=vendor,
        amount=tot - vat,
        vat=vat,
        total=tot,
        cur="THB",
        loc="th-TH",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="born-digital PDF; total is labelled 'Net Total' (a word usually used for the pre-tax amount) and the pre-tax amount is 'Before VAT'; member discount; VAT included",
    )


@doc("r12", "scan", "png", dpi=200, fade=True, skew=1.4, blur=0.7, noise=5, specks=30)
def r12(path, name):
    """Philippine fast-food: VATable Sales / VAT-Exempt / VAT Amount, SN/MIN."""
    R = Roll(76)
    vendor = "Manila Grillhouse Foods Inc."
    R.c("GRILLHOUSE", size=15, font="Helvetica-Bold", lead=1.1)
    R.c("Owned & Operated by:", size=6.5)
    R.c("MANILA GRILLHOUSE FOODS INC.", size=7)
    R.c("G/F SM City North EDSA, Quezon City", size=6.5)
    R.c("VAT REG TIN: 009-442-118-00012", size=6.5)
    R.c("MIN: 21091415482099  SN: KX2109P55", size=6.5)
    R.rule()
    R.c("SALES INVOICE", size=8.5, font="Courier-Bold")
    R.ln("SI No.: 00-031876", size=7)
    R.ln("Date: 03/08/2026  Time: 12:22PM", size=7)
    R.ln("Cashier: JOY   Order: 118  DINE IN", size=7)
    R.rule()
    rows = [
        ("1pc Chicken Inasal w/ Rice", 2, "189.00"),
        ("Pork BBQ Skewer (3)", 1, "165.00"),
        ("Halo-Halo Special", 2, "125.00"),
        ("Extra Rice", 3, "35.00"),
        ("Iced Tea Pitcher", 1, "110.00"),
    ]
    lines, tot = rows_calc(rows)
    for d_, qn, _u, a in lines:
        R.ln((f"{qn} {d_}", "l", 0), (en(a), "r", 1), size=7)
    R.rule()
    vat = q2(tot * 12 / D(112))
    R.ln(("TOTAL", "l", 0, "Courier-Bold"), ("P" + en(tot), "r", 1, "Courier-Bold"), size=9.5)
    R.ln("CASH", en(D(1050)), size=7)
    R.ln("CHANGE", en(D(1050) - tot), size=7)
    R.rule()
    R.ln("VATable Sales", en(tot - vat), size=7)
    R.ln("VAT Amount (12%)", en(vat), size=7)
    R.ln("VAT-Exempt Sales", "0.00", size=7)
    R.ln("Zero-Rated Sales", "0.00", size=7)
    R.rule()
    R.ln("Customer Name: ____________________", size=6.5)
    R.ln("TIN: ______________________________", size=6.5)
    R.c("PTU No. FP092021-038-0291877-00012", size=6)
    R.c("THIS SERVES AS YOUR SALES INVOICE", size=6.5)
    R.render(path, "receipt")
    return truth(
        number="00-031876",
        date="2026-03-08",
        due=None,
        vendor=vendor,
        amount=tot - vat,
        vat=vat,
        total=tot,
        cur="PHP",
        loc="en-PH",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="US-style date 03/08/2026 = 8 March; 'P' peso prefix; VATable Sales / VAT Amount / VAT-Exempt / Zero-Rated block after the payment; many long numbers (TIN, MIN, SN, PTU); brand over 'Owned & Operated by' legal name; thermal fading",
    )


@doc("r13", "photo", "jpg", dpi=200, long_side=1600, crumple=6.0, folds=2, quality=64)
def r13(path, name):
    """Philippine convenience store, crumpled photo."""
    R = Roll(58, 3)
    vendor = "QuickStop Convenience Stores Corp."
    R.c("QuickStop", size=14, font="Helvetica-BoldOblique", lead=1.1)
    R.c("QUICKSTOP CONVENIENCE", size=6.3)
    R.c("STORES CORP.", size=6.3)
    R.c("Ayala Ave cor Paseo, Makati", size=6)
    R.c("VAT REG TIN 227-118-604-00041", size=6)
    R.c("MIN 22031514771205", size=6)
    R.rule()
    R.ln("SI# 0041-118372", size=6.5)
    R.ln("01/27/2026 23:41 T2", size=6.5)
    R.rule()
    rows = [
        ("Siopao Asado", 2, "45.00"),
        ("Big Bite Hotdog", 1, "59.00"),
        ("C2 Green Tea 500ml", 2, "38.00"),
        ("Skyflakes 10s", 1, "62.00"),
        ("Bottled Water 1L", 1, "29.00"),
    ]
    lines, tot = rows_calc(rows)
    for d_, qn, u, a in lines:
        R.ln((f"{d_}", "l", 0), (en(a), "r", 1), size=6.5)
        if qn > 1:
            R.ln(f"  {qn} @ {en(u)}", size=6, lead=1.15)
    R.rule()
    vat = q2(tot * 12 / D(112))
    R.ln(("TOTAL DUE", "l", 0, "Courier-Bold"), (en(tot), "r", 1, "Courier-Bold"), size=8.5)
    R.ln("GCASH", en(tot), size=6.5)
    R.ln("VATable", en(tot - vat), size=6.3)
    R.ln("VAT 12%", en(vat), size=6.3)
    R.gap(3)
    R.c("Salamat po!", size=6.5)
    R.render(path, "receipt")
    return truth(
        number="0041-118372",
        date="2026-01-27",
        due=None,
        vendor=vendor,
        amount=tot - vat,
        vat=vat,
        total=tot,
        cur="PHP",
        loc="en-PH",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="58 mm roll, crumpled photo with two fold lines and a shadow; legal name split over two lines under an italic brand; 'TOTAL DUE'; GCash payment; VAT included; date MM/DD/YYYY",
    )


@doc("r14", "scan", "jpg", dpi=220, color=True, skew=-1.0, blur=0.7, noise=5, specks=25, quality=78)
def r14(path, name):
    """Vietnamese restaurant bill: VND, Tạm tính, VAT 8 %."""
    R = Roll(80)
    vendor = "Công ty TNHH Ẩm thực Sen Việt"
    f = "DVC"
    R.c("SEN VIỆT", size=18, font="DVS-B", lead=1.1)
    R.c("Công ty TNHH Ẩm thực Sen Việt", size=7, font=f)
    R.c("MST: 0316 428 915", size=6.8, font=f)
    R.c("45 Lê Thánh Tôn, P. Bến Nghé, Q.1, TP.HCM", size=6.3, font=f)
    R.rule()
    R.c("HÓA ĐƠN THANH TOÁN", size=8.5, font="DVC-B")
    R.ln("Số HĐ: SV-260117-0284  Bàn: A05", size=6.8, font=f)
    R.ln("Ngày: 17/01/2026  Giờ vào: 19:05", size=6.8, font=f)
    R.ln("Thu ngân: Ngọc Hân", size=6.8, font=f)
    R.rule()
    rows = [
        ("Gỏi cuốn tôm thịt", 2, 65000),
        ("Chả giò hải sản", 1, 95000),
        ("Bò lúc lắc", 1, 215000),
        ("Canh chua cá lóc", 1, 165000),
        ("Cơm trắng", 4, 15000),
        ("Rau muống xào tỏi", 1, 75000),
        ("Bia Saigon Special", 6, 32000),
        ("Nước dừa tươi", 2, 45000),
    ]
    lines, sub = rows_calc(rows, nd=0)
    for d_, qn, _u, a in lines:
        R.ln((d_, "l", 0), (str(qn), "r", 0.62), (vnd(a), "r", 1), size=6.8, font=f)
    R.rule()
    vat = q0(sub * D("0.08"))
    tot = sub + vat
    R.ln("Tạm tính", vnd(sub), size=7, font=f)
    R.ln("Thuế VAT 8%", vnd(vat), size=7, font=f)
    R.ln(("TỔNG CỘNG", "l", 0, "DVC-B"), (vnd(tot) + " đ", "r", 1, "DVC-B"), size=9, font=f)
    R.ln("Tiền khách đưa", vnd(D(1500000)), size=7, font=f)
    R.ln("Tiền thừa", vnd(D(1500000) - tot), size=7, font=f)
    R.rule()
    R.c("Xin cảm ơn quý khách!", size=7, font=f)
    R.c("Wifi: SenViet_Guest / senviet2026", size=6, font=f)
    R.render(path, "receipt")
    return truth(
        number="SV-260117-0284",
        date="2026-01-17",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=vat,
        total=tot,
        cur="VND",
        loc="vi-VN",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="Vietnamese with diacritics; VND with dot thousands and no decimals, 'đ' after the total; Tạm tính / Thuế VAT 8 % / TỔNG CỘNG; 'Tiền khách đưa' (cash given) is the largest number; legal name 'Công ty TNHH' (Co., Ltd.) under the brand; vendor keyed in Vietnamese as printed",
    )


@doc("r15", "photo", "jpg", dpi=200, long_side=2000, crumple=2.0, folds=1, quality=74)
def r15(path, name):
    """Vietnamese mini-supermarket: VAT included at 8 % and 10 %, English legal name."""
    R = Roll(80)
    vendor = "An Phu Trading Co., Ltd."
    f = "DV"
    R.c("AN PHÚ MART", size=16, font="DV-B", lead=1.1)
    R.c("AN PHU TRADING CO., LTD.", size=7, font=f)
    R.c("MST/Tax code: 0109 227 481", size=6.5, font=f)
    R.c("12 Trần Duy Hưng, Cầu Giấy, Hà Nội", size=6.5, font=f)
    R.rule()
    R.ln("PHIẾU THANH TOÁN / RECEIPT", size=7.5, font="DV-B")
    R.ln("Số: APM03-20260209-00552", size=6.8, font=f)
    R.ln("09/02/2026 18:37   Quầy 03", size=6.8, font=f)
    R.rule()
    rows = [
        ("Sữa tươi TH true milk 1L", 2, 37500, 8),
        ("Gạo ST25 5kg", 1, 185000, 8),
        ("Trứng gà ta hộp 10", 1, 42000, 8),
        ("Nước mắm Nam Ngư 750ml", 1, 39000, 8),
        ("Dầu gội Clear 630g", 1, 168000, 10),
        ("Bia Hà Nội lon (thùng 24)", 1, 312000, 10),
        ("Nước giặt Omo 3.7kg", 1, 219000, 10),
    ]
    out = []
    for d_, qn, u, r in rows:
        a = q0(D(qn) * D(u))
        out.append((d_, qn, D(u), a, r))
        R.ln(d_, size=6.8, font=f)
        R.ln((f"  {qn} x {vnd(u)}   ({r}%)", "l", 0), (vnd(a), "r", 1), size=6.8, font=f, lead=1.15)
    tot = sum((a for *_, a, _ in out), D(0))
    g8 = sum((a for *_, a, r in out if r == 8), D(0))
    g10 = tot - g8
    v8 = q0(g8 * 8 / D(108))
    v10 = q0(g10 * 10 / D(110))
    vat = v8 + v10
    R.rule()
    R.ln(("Tổng tiền thanh toán", "l", 0, "DV-B"), (vnd(tot), "r", 1, "DV-B"), size=8.5, font=f)
    R.ln("Thẻ Visa ****0932", vnd(tot), size=6.8, font=f)
    R.ln("Tiền hàng chưa thuế", vnd(tot - vat), size=6.8, font=f)
    R.ln("Thuế GTGT 8%", vnd(v8), size=6.8, font=f)
    R.ln("Thuế GTGT 10%", vnd(v10), size=6.8, font=f)
    R.ln("(Giá đã bao gồm thuế GTGT)", size=6.3, font=f)
    R.gap(3)
    R.c("Xuất hóa đơn điện tử trong ngày", size=6.3, font=f)
    R.qr(16 * mm, crc(name))
    R.render(path, "receipt")
    return truth(
        number="APM03-20260209-00552",
        date="2026-02-09",
        due=None,
        vendor=vendor,
        amount=tot - vat,
        vat=vat,
        total=tot,
        cur="VND",
        loc="vi-VN",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a, _ in out],
        note="prices include VAT (thuế GTGT) at 8 % and 10 %, net printed as 'Tiền hàng chưa thuế'; brand with diacritics, legal name in English; document number embeds the date; photographed",
    )


@doc("r16", "scan", "pdf", dpi=200, fade=True, skew=0.7, blur=0.7, noise=5, specks=25)
def r16(path, name):
    """Malaysian print shop (58 mm): Service Tax 8 %, Rounding Adj, image-only PDF."""
    R = Roll(58, 3)
    vendor = "Cetak Pantas Digital Sdn Bhd"
    R.c("CETAK PANTAS", size=11.5, font="Helvetica-Bold", lead=1.1)
    R.c("Cetak Pantas Digital Sdn Bhd", size=6.2)
    R.c("(202201009981 (1455021-A))", size=6)
    R.c("12 Jln Tun Razak, 50400 KL", size=6)
    R.c("SST No: W10-2401-32000412", size=6)
    R.rule()
    R.c("TAX INVOICE", size=7.5, font="Courier-Bold")
    R.ln("Inv: CPD-118402", size=6.5)
    R.ln("Date: 23/03/2026 10:14", size=6.5)
    R.rule()
    rows = [
        ("B/W Print A4", 120, "0.15"),
        ("Colour Print A4", 18, "1.00"),
        ("Comb Binding", 3, "4.50"),
        ("Laminate A4", 6, "1.20"),
    ]
    lines, sub = rows_calc(rows)
    for d_, qn, u, a in lines:
        R.ln(d_, size=6.5)
        R.ln((f" {qn} x {en(u)}", "l", 0), (en(a), "r", 1), size=6.5, lead=1.15)
    R.rule()
    st = q2(sub * D("0.08"))
    raw = sub + st
    tot = r05c(raw)
    rnd = tot - raw
    R.ln("Subtotal", en(sub), size=6.5)
    R.ln("Service Tax 8%", en(st), size=6.5)
    R.ln("Rounding Adj", en(rnd), size=6.5)
    R.ln(("TOTAL RM", "l", 0, "Courier-Bold"), (en(tot), "r", 1, "Courier-Bold"), size=8.5)
    R.ln("Cash", "70.00", size=6.5)
    R.ln("Change", en(D(70) - tot), size=6.5)
    R.gap(3)
    R.c("Thank you", size=6.5)
    R.render(path, "receipt")
    return truth(
        number="CPD-118402",
        date="2026-03-23",
        due=None,
        vendor=vendor,
        amount=sub,
        vat=st,
        total=tot,
        rounding=rnd,
        cur="MYR",
        loc="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=[(d_, q, u, a) for d_, q, u, a in lines],
        note="58 mm roll, image-only PDF of a faded thermal scan; Service Tax 8 % plus Rounding Adj; new and old registration numbers in brackets; 'TOTAL RM' label; small print",
    )


# ================================================================ README
COUNTRY = {
    "de-DE": "DE",
    "fr-FR": "FR",
    "ms-MY": "MY",
    "en-SG": "SG",
    "id-ID": "ID",
    "th-TH": "TH",
    "en-PH": "PH",
    "vi-VN": "VN",
}

README_HEAD = """# blind-2026-13c — German/French e-invoice pages and South-East Asian till receipts

Generated by `bench/blindsets/blind_2026_13c.py` (run from the repository root:
`python -m bench.blindsets.blind_2026_13c [OUTDIR] [--only NAME]`). Every random choice is
seeded with the CRC-32 of the document name and all PDFs are written with `invariant=1`, so
re-runs are byte-identical. The generator imports nothing from the product and was written
without looking at the product's code, tests or docs.

## How the set is drawn
* 16 invoices (`i01`..`i16`), A4, as German and French e-invoicing tools / accounting packages
  render them for a human: ZUGFeRD / Factur-X visual pages, an XRechnung visualisation with
  `BT-` codes, Chorus Pro style, DATEV / Lexware / sevDesk / Sage / Pennylane-like layouts.
  Covered: header lines with several label/value pairs, header tables (labels in one row,
  values below), Kundennummer / Auftragsnummer / Lieferschein / N° client / N° commande next to
  the number, Leistungsdatum / date de livraison next to the date, payment terms as days only
  or as a date, Skonto, reverse charge, Kleinunternehmer (§ 19 UStG), micro-entrepreneur
  (art. 293 B CGI), several VAT rates, a Gutschrift and an avoir (credit notes), a
  Rechnungskorrektur, a 2-page invoice, deposit (acompte) deducted, web-shop gross prices.
* 16 till receipts (`r01`..`r16`) from Malaysia, Singapore, Indonesia, Thailand, the Philippines
  and Vietnam on 58 / 76 / 80 mm rolls, as long as their content: brands printed large over the
  legal name (Sdn Bhd / Pte Ltd / PT / Co., Ltd. / Inc. / Corp. / Công ty TNHH) with
  registration numbers in brackets, GST / SST / PPN / PB1 / VAT ids, TAX INVOICE, TOTAL (RM),
  Rounding Adj, Total Incl. GST, service charge, cash / change, member points, long item lists.
* Every page is drawn by its own function with a reportlab canvas; every text run is checked to
  stay on the page and not to overlap another run (`LayoutError` otherwise).
* Kinds: `pdf` = born-digital PDF with a text layer; `scan` = rendered with pypdfium2 at
  150–300 dpi, grey or colour, slight skew, blur, noise, specks, thermal fading on some
  receipts, some receipts lying crooked on a flatbed next to another sheet, one downscaled to
  650 px wide; three scans are delivered as image-only PDFs (`i07`, `i14`, `r16`: the degraded
  scan is the only page content); `photo` = perspective onto a textured background, uneven
  light, shadow, folds / crumpling, JPEG quality 62–74, long side 1,600–2,100 px.

## Truth conventions
* `amount` = net before tax, `vat` = sum of all taxes printed, `total` = the document's grand
  total. `amount + vat + tip + rounding == total` holds for every document (asserted when the
  set is generated; `vat` 0 when null). No document in this set has a tip.
* `vat` is `null` when no tax is printed at all (Kleinunternehmer `i05`, micro-entrepreneur
  `i13`, Malaysian mini-market `r02`); then `amount` = `total` (less a printed rounding).
  Reverse charge (`i09`) prints "Umsatzsteuer 0 %  0,00" and is keyed `vat` = `"0.00"`.
* Prices that include tax (SG, TH, PH, ID minimarket, VN supermarket, DE web shop): `amount` =
  `total - vat`. Where the page prints the net (DPP, VATable, Before VAT, Summe netto, Tiền hàng
  chưa thuế) it equals that value.
* Service charges (MY, SG, ID, TH restaurants) are not tax and not tip: they are part of
  `amount` (amount = subtotal + service charge). Indonesian restaurant tax PB1 counts as tax.
* Cash rounding ("Rounding Adj", Malaysia) is printed and is the `rounding` term; `total` is
  the rounded TOTAL (RM) line.
* Discounts and shipping printed above the total are inside `amount`.
* Deposit deducted after the total (`i15`, "Acompte versé ... Net à payer"): `total` is the
  Total TTC of the invoice, not the remaining Net à payer. Skonto (`i03`) does not change
  `total`; the due date is the net date printed ("bis zum 27.02.2026 ohne Abzug").
* Credit notes (`i06` Gutschrift, `i14` avoir) print negative amounts with a minus sign and are
  keyed negative (`amount`, `vat`, `total` and line amounts); `document_type` = `credit_note`.
  The Rechnungskorrektur (`i07`) replaces an earlier invoice with full positive amounts and is
  keyed `document_type` = `invoice` with its own number (RK-1008), not the replaced one.
* `invoice_number`: the document's own number as printed (receipt / bill / SI / invoice no.);
  order, customer, delivery-note, table and reference numbers are never keyed. For `r09`, which
  prints a short `R#` and a long `No.`, the long `No.` is keyed.
* `due_date` only when a date is printed; "30 Tage netto" / "30 jours" alone gives `null`.
* `vendor_name`: the seller's legal name as printed, with its legal form (not the brand when
  the legal name is printed too); `r14` is keyed in Vietnamese as printed.
* Currencies printed without decimals (IDR, VND) are keyed with `.00`. Line items carry
  quantity, unit price and amount as printed (`i16`: gross prices as printed).
* Dates: `r12`/`r13` (Philippines) print MM/DD/YYYY; all others day-first or with month names.
"""


def write_readme(out: Path, res):
    lines = [
        README_HEAD,
        "## Mix",
        "",
        "| layout | pdf (born-digital) | scan (png/jpg) | scan as image-only PDF | photo (jpg) | total |",
        "|---|---|---|---|---|---|",
    ]
    for lay in ("invoice", "receipt"):
        sel = [n for n, t in res.items() if t["layout"] == lay]
        pdf = sum(1 for n in sel if res[n]["kind"] == "pdf")
        img_pdf = sum(1 for n in sel if res[n]["kind"] == "scan" and DOCS[n][2] == "pdf")
        sc = sum(1 for n in sel if res[n]["kind"] == "scan") - img_pdf
        ph = sum(1 for n in sel if res[n]["kind"] == "photo")
        lines.append(f"| {lay} | {pdf} | {sc} | {img_pdf} | {ph} | {len(sel)} |")
    n_all = len(res)
    n_pdf = sum(1 for t in res.values() if t["kind"] == "pdf")
    lines.append(f"| all | {n_pdf} ({100 * n_pdf // n_all} %) | | | | {n_all} |")
    cc = {}
    for t in res.values():
        cc[COUNTRY[t["locale"]]] = cc.get(COUNTRY[t["locale"]], 0) + 1
    lines += [
        "",
        "Countries: " + ", ".join(f"{k} {v}" for k, v in sorted(cc.items())),
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n in sorted(res):
        t = res[n]
        ext = DOCS[n][2]
        lines.append(
            f"| {n}.{ext} | {t['kind']} | {COUNTRY[t['locale']]} | {t['document_type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ================================================================ driver
def build(name, out: Path):
    fn, kind, ext, post = DOCS[name]
    rng = np.random.RandomState(crc(name))
    target = out / f"{name}.{ext}"
    if kind == "pdf":
        t = fn(target, name)
    else:
        buf = io.BytesIO()
        t = fn(buf, name)
        dpi = post.get("dpi", 200)
        arr = rasterize(buf.getvalue(), dpi)
        if kind == "photo":
            img = photo(
                arr,
                rng,
                long_side=post.get("long_side", 1900),
                crumple=post.get("crumple", 0.0),
                folds=post.get("folds", 1),
                shadow=post.get("shadow", True),
            )
            save_image(img, target, post.get("quality", 72))
        else:
            args = {
                k: v
                for k, v in post.items()
                if k in ("color", "skew", "blur", "noise", "specks", "fade", "down", "flatbed")
            }
            img = scan(arr, rng, **args)
            if ext == "pdf":
                image_pdf(
                    img,
                    target,
                    dpi * (img.shape[1] / arr.shape[1]) if not post.get("flatbed") else dpi,
                    f"Scan {name}",
                )
            else:
                save_image(img, target, post.get("quality", 85))
    t["kind"] = "pdf" if kind == "pdf" else kind
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return t


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    only = None
    if "--only" in argv:
        i = argv.index("--only")
        only = argv[i + 1]
        del argv[i : i + 2]
    out = Path(argv[0]) if argv else Path("bench/blindsets/blind-2026-13c")
    out.mkdir(parents=True, exist_ok=True)
    names = [only] if only else sorted(DOCS)
    results = {}
    for n in names:
        results[n] = build(n, out)
        print(n, DOCS[n][1], results[n]["total"], results[n]["currency"])
    if not only:
        write_readme(out, results)


if __name__ == "__main__":
    main()
