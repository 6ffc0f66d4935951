# ruff: noqa: E501
"""Blind evaluation set 2026-13h: 16 till receipts (MY/SG/JP/KR/TH/US/DE/FR/IT/ES) and
16 e-mailed invoices (NL/FR/DE/IN/US/BE/AT/IE).

Run from /work/main:  python -m bench.blindsets.blind_2026_13h [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document's name.
"""

from __future__ import annotations

import argparse
import io
import json
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

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
for _n, _f in [
    ("DV", "DejaVuSans.ttf"),
    ("DV-B", "DejaVuSans-Bold.ttf"),
    ("DVM", "DejaVuSansMono.ttf"),
    ("DVM-B", "DejaVuSansMono-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"),
    ("DVS-B", "DejaVuSerif-Bold.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, str(FONT_DIR / _f)))

BOLD = {
    "DV": "DV-B",
    "DVM": "DVM-B",
    "DVS": "DVS-B",
    "DVC": "DVC-B",
    "Helvetica": "Helvetica-Bold",
    "Courier": "Courier-Bold",
    "Times-Roman": "Times-Bold",
}


class LayoutError(Exception):
    pass


# ---------------------------------------------------------------- money helpers
C2 = Decimal("0.01")


def D(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q2(x) -> Decimal:
    return D(x).quantize(C2, ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(Decimal("1"), ROUND_HALF_UP)


def round5(x) -> Decimal:
    return (D(x) / Decimal("0.05")).quantize(Decimal("1"), ROUND_HALF_UP) * Decimal("0.05")


def s2(x) -> str:
    return str(q2(x))


def fmt(v, style: str = "en", dec: int = 2) -> str:
    v = q2(v)
    neg = v < 0
    v = abs(v)
    if dec == 0:
        ip, fr = str(int(q0(v))), ""
    else:
        ip, fr = f"{v:.2f}".split(".")
    if style == "in":
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join([*groups, tail]) if groups else tail
        th, dp = "", "."
    else:
        th, dp = {
            "en": (",", "."),
            "de": (".", ","),
            "fr": (" ", ","),
            "ch": ("'", "."),
            "plain": ("", "."),
            "plainc": ("", ","),
            "es": (".", ","),
        }[style]
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = th.join(g)
    s = ip + (dp + fr if dec else "")
    return "-" + s if neg else s


def item(desc, qty, unit, amount=None):
    amt = q2(D(qty) * D(unit)) if amount is None else q2(amount)
    return {"description": desc, "quantity": str(qty), "unit_price": s2(unit), "amount": s2(amt)}


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
    kind,
    tip=0,
    rounding=0,
):
    amount, total = q2(amount), q2(total)
    vatd = q2(vat) if vat is not None else Decimal("0")
    if amount + vatd + q2(tip) + q2(rounding) != total:
        raise AssertionError(f"{vendor}: {amount} + {vatd} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": s2(amount),
        "vat": s2(vat) if vat is not None else None,
        "total": s2(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
        "kind": kind,
    }


# ---------------------------------------------------------------- drawing
class Doc:
    """Canvas wrapper that refuses text off the page or on top of other text."""

    def __init__(self, path, size):
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.w, self.h = size
        self.runs: list = []

    def text(self, x, y, s, font="Helvetica", size=9, align="l", color=(0, 0, 0)):
        s = str(s)
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[align]
        box = (x0, y - 0.22 * size, x0 + w, y + 0.74 * size)
        if box[0] < 4 or box[2] > self.w - 4 or box[1] < 4 or box[3] > self.h - 4:
            raise LayoutError(f"off page: {s!r} {tuple(round(b) for b in box)}")
        for b, t in self.runs:
            if (
                box[0] < b[2] - 0.2
                and b[0] < box[2] - 0.2
                and box[1] < b[3] - 0.2
                and b[1] < box[3] - 0.2
            ):
                raise LayoutError(f"overlap: {s!r} with {t!r}")
        self.runs.append((box, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return x0 + w

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def block(self, x, y, lines, font="Helvetica", size=9, lead=None, align="l", color=(0, 0, 0)):
        lead = lead or size * 1.3
        for ln in lines:
            if ln:
                self.text(x, y, ln, font, size, align, color)
            y -= lead
        return y

    def kv(
        self,
        xl,
        xv,
        y,
        pairs,
        font="Helvetica",
        size=9,
        lead=None,
        bold_last=False,
        vfont=None,
        valign="l",
        color=(0, 0, 0),
    ):
        lead = lead or size * 1.35
        for i, (k, v) in enumerate(pairs):
            f = BOLD.get(font, font) if bold_last and i == len(pairs) - 1 else font
            if k:
                self.text(xl, y, k, f, size, color=color)
            if v is not None:
                self.text(
                    xv,
                    y,
                    v,
                    vfont or f if not (bold_last and i == len(pairs) - 1) else f,
                    size,
                    valign,
                    color=color,
                )
            y -= lead
        return y

    def table(
        self,
        y,
        cols,
        header,
        rows,
        font="Helvetica",
        size=8.5,
        lead=None,
        hfont=None,
        hfill=None,
        x0=None,
        x1=None,
        rule=True,
        hcolor=(0, 0, 0),
        zebra=None,
    ):
        """cols: list of (x, align). Returns y below the table."""
        lead = lead or size * 1.55
        hfont = hfont or BOLD.get(font, font)
        x0 = x0 if x0 is not None else cols[0][0] - 3
        x1 = x1 if x1 is not None else max(c[0] for c in cols) + 3
        if header:
            if hfill:
                self.rect(x0, y - 0.35 * size - 2, x1 - x0, size + 5, fill=hfill, stroke=None)
            for (x, a), h in zip(cols, header, strict=False):
                if h:
                    self.text(x, y, h, hfont, size, a, hcolor)
            y -= 0.35 * size + 3
            if rule:
                self.line(x0, y, x1, y, 0.6)
            y -= lead * 0.8
        for i, r in enumerate(rows):
            if zebra and i % 2 == 1:
                self.rect(x0, y - 0.3 * size - 1.5, x1 - x0, lead, fill=zebra, stroke=None)
            for (x, a), v in zip(cols, r, strict=False):
                if v:
                    self.text(x, y, v, font, size, a)
            y -= lead
        return y

    def page(self):
        self.c.showPage()
        self.runs = []

    def save(self):
        self.c.save()


def qr(c, x, y, s, rng, n=21):
    """QR-ish block of modules with three finder squares."""
    m = s / n
    c.setFillColorRGB(0, 0, 0)
    grid = rng.random((n, n)) < 0.48
    for i in range(n):
        for j in range(n):
            f = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if f:
                continue
            if grid[i, j]:
                c.rect(x + j * m, y + s - (i + 1) * m, m, m, fill=1, stroke=0)
    for fx, fy in [(0, 0), (n - 7, 0), (0, n - 7)]:
        bx, by = x + fx * m, y + s - (fy + 7) * m
        c.rect(bx, by, 7 * m, 7 * m, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.rect(bx + m, by + m, 5 * m, 5 * m, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.rect(bx + 2 * m, by + 2 * m, 3 * m, 3 * m, fill=1, stroke=0)


def barcode(c, x, y, w, h, rng):
    xx = x
    while xx < x + w - 3:
        bw = float(rng.choice([0.6, 0.6, 1.2, 1.8]))
        c.rect(xx, y, bw, h, fill=1, stroke=0)
        xx += bw + float(rng.choice([0.6, 1.2, 1.8]))


class Roll:
    """A till roll: a column of rows drawn top-down, page as long as its content."""

    def __init__(self, width_mm, font="DVM", size=7.5, lead=1.3, margin_mm=3.5):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.font, self.size, self.lead = font, size, lead
        self.ops: list = []

    def t(self, s, align="l", size=None, bold=False, font=None):
        self.row([(s, align)], size=size, bold=bold, font=font)

    def lr(self, a, b, size=None, bold=False, font=None):
        self.row([(a, "l"), (b, "r")], size=size, bold=bold, font=font)

    def row(self, cells, size=None, bold=False, font=None):
        f = font or self.font
        self.ops.append(("row", cells, size or self.size, BOLD.get(f, f) if bold else f))

    def rule(self, ch="-"):
        self.ops.append(("rule", ch, self.size, self.font))

    def gap(self, h=4):
        self.ops.append(("gap", h))

    def draw(self, h, fn):
        self.ops.append(("draw", h, fn))

    def _h(self, op):
        if op[0] in ("row", "rule"):
            return op[2] * self.lead
        return op[1]

    def render(self, path):
        H = sum(self._h(o) for o in self.ops) + 2 * self.m + 4
        d = Doc(path, (self.W, H))
        y = H - self.m
        inner = self.W - 2 * self.m
        for op in self.ops:
            h = self._h(op)
            if op[0] == "row":
                _, cells, size, font = op
                base = y - size * 0.95
                for cell in cells:
                    s, a = cell[0], cell[1]
                    if len(cell) > 2:
                        x = self.m + cell[2] * inner
                    else:
                        x = {"l": self.m, "r": self.W - self.m, "c": self.W / 2}[a]
                    if s:
                        d.text(x, base, s, font, size, a)
            elif op[0] == "rule":
                _, ch, size, font = op
                base = y - size * 0.95
                if ch == "line":
                    d.line(self.m, base + size * 0.3, self.W - self.m, base + size * 0.3, 0.7)
                else:
                    n = int(inner / pdfmetrics.stringWidth(ch, font, size))
                    d.text(self.m, base, ch * n, font, size)
            elif op[0] == "draw":
                op[2](d, self.m, y, inner, h)
            y -= h
        d.save()
        return self.W, H


# ---------------------------------------------------------------- degradation
def raster(pdf, dpi, page=0):
    doc = pdfium.PdfDocument(str(pdf))
    bm = doc[page].render(scale=dpi / 72)
    img = np.array(bm.to_pil().convert("RGB"))
    doc.close()
    return img


def smooth_field(rng, h, w, cell, lo, hi):
    g = rng.uniform(lo, hi, size=(max(2, h // cell + 2), max(2, w // cell + 2))).astype(np.float32)
    return cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)


def scan(
    img,
    rng,
    *,
    grey=True,
    skew=0.0,
    blur=0.0,
    noise=0.0,
    specks=0,
    fade=0.0,
    paper=(248, 247, 243),
    width=None,
    pad=0,
    border=None,
):
    f = img.astype(np.float32)
    h, w = f.shape[:2]
    ink = 255.0 - f
    if fade:
        field = np.clip(smooth_field(rng, h, w, 120, 1 - fade, 1.05), 0.25, 1.0)
        streak = np.ones(w, np.float32)
        for _ in range(int(rng.integers(2, 6))):
            c0 = int(rng.integers(0, w))
            streak[max(0, c0 - 3) : c0 + 3] *= 1 - fade * 0.45
        ink *= (field * streak[None, :])[..., None]
    pap = np.array(paper, np.float32)
    f = pap[None, None, :] - ink * (pap / 255.0)[None, None, :]
    if pad:
        f = cv2.copyMakeBorder(
            f,
            pad,
            pad,
            pad,
            pad,
            cv2.BORDER_CONSTANT,
            value=tuple(float(v) for v in (border or paper)),
        )
        h, w = f.shape[:2]
    if skew:
        M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        bv = tuple(float(v) for v in (border or paper))
        f = cv2.warpAffine(
            f, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bv
        )
    if blur:
        f = cv2.GaussianBlur(f, (0, 0), blur)
    if noise:
        f += rng.normal(0, noise, f.shape).astype(np.float32)
    for _ in range(specks):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        v = float(rng.uniform(40, 160))
        cv2.circle(f, (x, y), int(rng.integers(1, 3)), (v, v, v), -1)
    if grey:
        f = f.mean(axis=2)
    out = np.clip(f, 0, 255).astype(np.uint8)
    if width and out.shape[1] > width:
        nh = round(out.shape[0] * width / out.shape[1])
        out = cv2.resize(out, (width, nh), interpolation=cv2.INTER_AREA)
    return out


def texture(rng, h, w, kind):
    if kind == "wood":
        base = np.array([112, 146, 176], np.float32)  # BGR-ish warm brown, we work in RGB below
        base = base[::-1]
        stripes = np.sin(np.linspace(0, float(rng.uniform(30, 60)), h))[:, None] * 12
        n = smooth_field(rng, h, w, 9, -14, 14) + stripes
        img = base[None, None, :] + n[..., None] * np.array([1.0, 0.8, 0.6], np.float32)
    elif kind == "desk":
        base = np.array([205, 208, 212], np.float32)
        img = base[None, None, :] + smooth_field(rng, h, w, 40, -10, 10)[..., None]
    else:  # dark cloth
        base = np.array([58, 62, 72], np.float32)
        img = base[None, None, :] + smooth_field(rng, h, w, 5, -10, 10)[..., None]
    img += rng.normal(0, 4, img.shape).astype(np.float32)
    return img


def photo(
    img,
    rng,
    *,
    long_side=2000,
    quality=70,
    crumple=0.0,
    fold=False,
    bg="wood",
    tint=(252, 248, 238),
    fade=0.0,
    margin=0.18,
):
    f = img.astype(np.float32)
    h, w = f.shape[:2]
    ink = 255.0 - f
    if fade:
        ink *= np.clip(smooth_field(rng, h, w, 150, 1 - fade, 1.05), 0.3, 1.0)[..., None]
    t = np.array(tint, np.float32)
    f = t[None, None, :] - ink * (t / 255.0)[None, None, :]
    shade = np.ones((h, w), np.float32)
    if crumple:
        shade *= smooth_field(rng, h, w, 60, 1 - crumple * 0.5, 1 + crumple * 0.1)
        cr = np.zeros((h, w), np.float32)
        for _ in range(int(rng.integers(5, 10))):
            p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            p2 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            cv2.line(cr, p1, p2, float(rng.uniform(0.08, 0.18)) * crumple * 4, 2)
        cr = cv2.GaussianBlur(cr, (0, 0), 2.5)
        shade *= 1 - np.clip(cr, 0, 0.35)
    if fold:
        fy = int(h * float(rng.uniform(0.35, 0.6)))
        yy = np.arange(h, dtype=np.float32)[:, None]
        shade *= 1 - 0.22 * np.exp(-((yy - fy) ** 2) / (2 * 6.0**2))
        shade *= np.where(yy > fy, 0.94, 1.0)
    f *= shade[..., None]
    Bw = int(w * (1 + 2 * margin) + (h * 0.25 if h > 2 * w else 0))
    Bh = int(h * (1 + 2 * margin * 0.6))
    bgimg = texture(rng, Bh, Bw, bg)
    ox, oy = (Bw - w) / 2, (Bh - h) / 2
    j = lambda s: float(rng.uniform(-s, s))  # noqa: E731
    sx, sy = w * 0.05, h * 0.025
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32(
        [
            [ox + j(sx), oy + j(sy)],
            [ox + w + j(sx), oy + j(sy)],
            [ox + w + j(sx), oy + h + j(sy)],
            [ox + j(sx), oy + h + j(sy)],
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(f, M, (Bw, Bh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (Bw, Bh), flags=cv2.INTER_LINEAR)
    # soft drop shadow
    sh = cv2.GaussianBlur(cv2.warpPerspective(np.ones((h, w), np.float32), M, (Bw, Bh)), (0, 0), 12)
    sh = np.roll(sh, (8, 10), axis=(0, 1))
    bgimg *= (1 - 0.35 * sh)[..., None]
    out = bgimg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + a hand/phone shadow
    yy, xx = np.mgrid[0:Bh, 0:Bw].astype(np.float32)
    cx, cy = float(rng.uniform(0.2, 0.8)) * Bw, float(rng.uniform(0.1, 0.5)) * Bh
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(Bw, Bh)
    light = 1.08 - 0.38 * r
    poly = np.zeros((Bh, Bw), np.float32)
    corner = int(rng.integers(0, 4))
    pts = (
        [[0, Bh], [int(Bw * 0.45), Bh], [0, int(Bh * 0.55)]]
        if corner < 2
        else [[Bw, Bh], [int(Bw * 0.5), Bh], [Bw, int(Bh * 0.6)]]
    )
    cv2.fillPoly(poly, [np.array(pts, np.int32)], 1.0)
    poly = cv2.GaussianBlur(poly, (0, 0), 40)
    light *= 1 - 0.28 * poly
    out *= light[..., None]
    out += rng.normal(0, 3.5, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    s = long_side / max(Bw, Bh)
    out = cv2.resize(out, (int(Bw * s), int(Bh * s)), interpolation=cv2.INTER_AREA)
    out = cv2.GaussianBlur(out, (0, 0), 0.6)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def image_pdf(arr, out, size):
    pil = Image.fromarray(arr)
    buf = io.BytesIO()
    pil.save(buf, "PNG")
    buf.seek(0)
    c = canvas.Canvas(str(out), pagesize=size, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, size[0], size[1])
    c.showPage()
    c.save()


def save_png(arr, out):
    Image.fromarray(arr).save(out, "PNG")


DOCS: dict = {}


def doc(name, ext, kind):
    def deco(fn):
        DOCS[name] = (fn, ext, kind)
        return fn

    return deco


# ================================================================ receipts
def logo_circle(text, font="DV-B", size=14):
    def fn(d, x, y, w, h):
        c = d.c
        cx, cy = x + w / 2, y - h / 2
        c.setLineWidth(1.6)
        c.circle(cx, cy, h * 0.42, stroke=1, fill=0)
        d.text(cx, cy - size * 0.35, text, font, size, "c")

    return fn


def logo_bar(text, font="DV-B", size=15, inverse=True):
    def fn(d, x, y, w, h):
        if inverse:
            d.rect(x, y - h + 2, w, h - 4, fill=(0, 0, 0), stroke=None)
            d.text(x + w / 2, y - h / 2 - size * 0.33, text, font, size, "c", color=(1, 1, 1))
        else:
            d.text(x + w / 2, y - h / 2 - size * 0.33, text, font, size, "c")

    return fn


def qr_draw(rng, s=60):
    def fn(d, x, y, w, h):
        qr(d.c, x + (w - s) / 2, y - h + (h - s) / 2, s, rng)

    return fn


def bar_draw(rng, bw=None):
    def fn(d, x, y, w, h):
        ww = bw or w * 0.8
        barcode(d.c, x + (w - ww) / 2, y - h + 4, ww, h - 8, rng)

    return fn


@doc("r01", "png", "scan")
def r01(path, rng):
    """Malaysia supermarket, 80 mm thermal, SST summary, rounding adj, faded scan."""
    lines = [
        ("GARDENIA ORIGINAL CLASSIC 400G", 1, "4.30", "Z"),
        ("BERAS SUPERNAK TEMPATAN 5KG", 1, "17.90", "Z"),
        ("TELUR AYAM GRED A 30BIJI", 1, "13.48", "Z"),
        ("MINYAK MASAK SAJI 5KG", 1, "29.90", "Z"),
        ("DYNAMO DETERGENT 2.7KG", 1, "26.90", "S"),
        ("COLGATE TOTAL PROF 150G", 2, "8.45", "S"),
        ("TISU DAPUR PREMIER 2ROLL", 1, "5.60", "S"),
    ]
    R = Roll(80, "DVM", 7.2)
    R.draw(30, logo_bar("PASARAYA MUTIARA", "DV-B", 14))
    R.t("PASARAYA SERI MUTIARA SDN BHD", "c", bold=True)
    R.t("(201801023456 (1283746-K))", "c")
    R.t("LOT 12, JALAN PERDANA 3/2", "c")
    R.t("TAMAN PERDANA, 43000 KAJANG, SELANGOR", "c")
    R.t("TEL: 03-8736 1122", "c")
    R.t("SST ID: B16-1809-32000417", "c")
    R.gap(4)
    R.t("CASH BILL", "c", bold=True)
    R.lr("Receipt No: 0418-003-027715", "")
    R.lr("Date: 07/02/2026", "Time: 18:42:11")
    R.lr("Cashier: 0218 NURUL AIN", "POS: 03")
    R.rule("-")
    R.row([("Description", "l"), ("Qty", "r", 0.62), ("Amt(RM)", "r", 0.88), ("", "r")])
    R.rule("-")
    raw = Decimal(0)
    gross = {"S": Decimal(0), "Z": Decimal(0)}
    its = []
    for desc, q, u, code in lines:
        a = q2(D(q) * D(u))
        raw += a
        gross[code] += a
        its.append(item(desc, q, u))
        R.t(desc)
        R.row([("", "l"), (f"{q} x {u}", "r", 0.62), (fmt(a), "r", 0.88), (code, "r")])
    R.rule("-")
    tax = q2(gross["S"] * 10 / 110)
    net = raw - tax
    total = round5(raw)
    rnd = total - raw
    R.lr("Total Qty: 8", "")
    R.lr("Total Excl. SST", fmt(net))
    R.lr("Total Sales Tax", fmt(tax))
    R.lr("Total Incl. SST", fmt(raw))
    R.lr("Rounding Adj", fmt(rnd))
    R.lr("TOTAL (RM)", fmt(total), size=9, bold=True)
    R.gap(3)
    R.lr("CASH", "120.00")
    R.lr("CHANGE", fmt(D("120.00") - total))
    R.rule("=")
    R.t("SST SUMMARY", "c", bold=True)
    R.row([("Code", "l"), ("Rate", "r", 0.35), ("Amt(RM)", "r", 0.68), ("Tax(RM)", "r")])
    R.row([("S", "l"), ("10%", "r", 0.35), (fmt(gross["S"] - tax), "r", 0.68), (fmt(tax), "r")])
    R.row([("Z", "l"), ("0%", "r", 0.35), (fmt(gross["Z"]), "r", 0.68), ("0.00", "r")])
    R.rule("=")
    R.t("THANK YOU. PLEASE COME AGAIN", "c")
    R.t("GOODS SOLD ARE NOT RETURNABLE", "c")
    R.draw(34, bar_draw(rng))
    R.t("0418003027715", "c")
    R.render(path)
    t = truth(
        number="0418-003-027715",
        date="2026-02-07",
        due=None,
        vendor="PASARAYA SERI MUTIARA SDN BHD",
        amount=net,
        vat=tax,
        total=total,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="MY supermarket; prices incl. 10% sales tax on S items only; net printed as 'Total Excl. SST'; Rounding Adj +0.02 to 5 sen; registration number in brackets under the name; faded thermal scan",
        kind="scan",
        rounding=rnd,
    )
    return t, {
        "mode": "scan",
        "dpi": 200,
        "fade": 0.55,
        "skew": float(rng.uniform(-1.5, 1.5)),
        "blur": 0.7,
        "noise": 6,
        "specks": 60,
        "pad": 30,
    }


@doc("r02", "jpg", "photo")
def r02(path, rng):
    """Malaysia kopitiam, service charge + service tax 6 % on top, rounding, crumpled photo."""
    food = [
        ("Nasi Lemak Ayam Goreng", 2, "12.90"),
        ("Roti Canai Telur", 3, "2.80"),
        ("Mee Goreng Mamak", 1, "9.50"),
        ("Teh Tarik (Panas)", 2, "2.80"),
        ("Milo Ais Kaw", 1, "4.20"),
        ("Kopi O Ais", 1, "2.60"),
    ]
    R = Roll(76, "DV", 7.4, lead=1.32)
    R.draw(44, logo_circle("WK", "DVS-B", 18))
    R.t("Warisan Kopitiam", "c", size=11, bold=True, font="DVS")
    R.t("WARISAN F&B SDN BHD (201901012233 (1312456-A))", "c", size=6.4)
    R.t("No. 8, Jalan SS 15/4, 47500 Subang Jaya", "c")
    R.t("SST Reg No: W10-1902-32000891", "c")
    R.gap(3)
    R.t("INVOICE", "c", bold=True)
    R.lr("Inv No : WK02-00058231", "Table : 14")
    R.lr("Date : 21/03/2026 13:07", "Pax : 4")
    R.lr("Cashier : Aiman", "POS : 01")
    R.rule("line")
    its = []
    sub = Decimal(0)
    for d_, q, u in food:
        a = q2(D(q) * D(u))
        sub += a
        its.append(item(d_, q, u))
        R.row([(f"{q}", "l"), (d_, "l", 0.07), (fmt(a), "r")])
    R.rule("line")
    svc = q2(sub * D("0.10"))
    tax = q2((sub + svc) * D("0.06"))
    raw = sub + svc + tax
    total = round5(raw)
    rnd = total - raw
    R.lr("Sub Total", fmt(sub))
    R.lr("Service Charge 10%", fmt(svc))
    R.lr("Service Tax 6%", fmt(tax))
    R.lr("Rounding Adj", fmt(rnd))
    R.rule("line")
    R.lr("TOTAL (RM)", fmt(total), size=10, bold=True)
    R.rule("line")
    R.lr("Cash", "80.00")
    R.lr("Change", fmt(D(80) - total))
    R.gap(4)
    R.t("Terima kasih! Sila datang lagi", "c")
    R.t("Follow us @warisankopitiam", "c")
    R.render(path)
    t = truth(
        number="WK02-00058231",
        date="2026-03-21",
        due=None,
        vendor="WARISAN F&B SDN BHD",
        amount=sub + svc,
        vat=tax,
        total=total,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="MY restaurant; brand 'Warisan Kopitiam' above the legal name (keyed); 10% service charge counted in the net (amount = subtotal + service charge); service tax 6% on top; Rounding Adj; crumpled phone photo",
        kind="photo",
        rounding=rnd,
    )
    return t, {
        "mode": "photo",
        "dpi": 200,
        "crumple": 0.5,
        "bg": "wood",
        "quality": 72,
        "long_side": 2000,
    }


@doc("r03", "png", "scan")
def r03(path, rng):
    """Malaysia petrol station; fuel 0%, car wash with 8% service tax included; card."""
    R = Roll(80, "Courier", 8, lead=1.25)
    R.draw(30, logo_bar("PETROJAYA", "DV-B", 16, inverse=False))
    R.t("STESEN MINYAK BAYU MAJU SDN BHD", "c", bold=True)
    R.t("(200901015678 (856432-D))", "c")
    R.t("KM 12 JALAN KLANG LAMA", "c")
    R.t("58200 KUALA LUMPUR", "c")
    R.t("SST NO: W10-1810-31023345", "c")
    R.rule("-")
    R.t("TAX INVOICE", "c", bold=True)
    R.lr("DOC NO: 1207-260314-00932", "")
    R.lr("14/03/2026", "07:55:40")
    R.lr("POS: 02  SHIFT: 1", "CSH: RAJES")
    R.rule("-")
    price = D("3.18")
    fuel = D("100.00")
    litres = (fuel / price).quantize(Decimal("0.001"), ROUND_HALF_UP)
    wash = D("10.00")
    R.t("PUMP 06  RON97")
    R.lr(f"  {litres} L @ {price}/L", f"{fmt(fuel)} Z")
    R.t("CAR WASH - STANDARD")
    R.lr("  1 x 10.00", f"{fmt(wash)} S")
    R.rule("-")
    raw = fuel + wash
    tax = q2(wash * 8 / 108)
    R.lr("TOTAL (RM)", fmt(raw), bold=True, size=9.5)
    R.lr("VISA DEBIT", fmt(raw))
    R.lr("CARD NO: ************4417", "")
    R.lr("APPR CODE: 083311", "")
    R.rule("-")
    R.row([("CODE", "l"), ("AMT(EXCL)", "r", 0.6), ("TAX", "r")])
    R.row([("S = 8%", "l"), (fmt(wash - tax), "r", 0.6), (fmt(tax), "r")])
    R.row([("Z = 0%", "l"), (fmt(fuel), "r", 0.6), ("0.00", "r")])
    R.lr("TOTAL SST", fmt(tax))
    R.rule("-")
    R.t("TERIMA KASIH - THANK YOU", "c")
    R.render(path)
    its = [item(f"RON97 {litres} L", litres, price, fuel), item("CAR WASH - STANDARD", 1, "10.00")]
    t = truth(
        number="1207-260314-00932",
        date="2026-03-14",
        due=None,
        vendor="STESEN MINYAK BAYU MAJU SDN BHD",
        amount=raw - tax,
        vat=tax,
        total=raw,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="MY petrol station; brand PETROJAYA, legal name keyed; fuel zero-rated, car wash incl. 8% service tax; net not printed as one figure (amount = total - tax); card, no rounding",
        kind="scan",
    )
    return t, {
        "mode": "scan",
        "dpi": 170,
        "fade": 0.35,
        "skew": float(rng.uniform(-2, 2)),
        "blur": 0.9,
        "noise": 8,
        "specks": 40,
        "pad": 40,
        "border": (40, 40, 40),
    }


@doc("r04", "pdf", "pdf")
def r04(path, rng):
    """Malaysia fast food e-receipt (born-digital), prices incl. SST 6%, rounding."""
    lines = [
        ("Set Burger Ayam Spicy (L)", 1, "18.45"),
        ("Nuget Ayam 9pcs", 1, "12.97"),
        ("Sundae Coklat", 2, "4.20"),
        ("Air Mineral 500ml", 1, "2.00"),
        ("Beg Bawa Pulang", 1, "0.20"),
    ]
    R = Roll(80, "DV", 7.6, lead=1.4, margin_mm=5)
    R.draw(40, logo_bar("BURGER SELERA", "DV-B", 17))
    R.t("BURGER SELERA SDN BHD", "c", bold=True)
    R.t("Company No. 201401009876 (1087654-T)", "c")
    R.t("Outlet: Bangsar South (BS021)", "c")
    R.t("SST Reg. No. W10-1808-31007788", "c")
    R.gap(5)
    R.t("E-RECEIPT", "c", size=10, bold=True)
    R.t("ORDER 231", "c", size=14, bold=True)
    R.gap(3)
    R.lr("Receipt No.", "BS021-K2-260409-0231")
    R.lr("Date / Time", "09/04/2026  12:38")
    R.lr("Terminal", "KIOSK 2 / POS 05")
    R.lr("Order type", "Take Away")
    R.rule("line")
    raw = Decimal(0)
    its = []
    for d_, q, u in lines:
        a = q2(D(q) * D(u))
        raw += a
        its.append(item(d_, q, u))
        R.row([(f"{q} x", "l"), (d_, "l", 0.09), (fmt(a), "r")])
    R.rule("line")
    tax = q2(raw * 6 / 106)
    net = raw - tax
    total = round5(raw)
    rnd = total - raw
    R.lr("Subtotal (excl. SST)", fmt(net))
    R.lr("SST 6%", fmt(tax))
    R.lr("Rounding Adj", fmt(rnd))
    R.lr("TOTAL (RM)", fmt(total), size=11, bold=True)
    R.gap(3)
    R.lr("Paid by", "CASH")
    R.lr("Tendered", "50.00")
    R.lr("Change", fmt(D(50) - total))
    R.gap(6)
    R.draw(70, qr_draw(rng, 60))
    R.t("Scan to rate your meal & win vouchers", "c", size=6.5)
    R.t("This is a computer generated receipt.", "c", size=6.5)
    R.render(path)
    t = truth(
        number="BS021-K2-260409-0231",
        date="2026-04-09",
        due=None,
        vendor="BURGER SELERA SDN BHD",
        amount=net,
        vat=tax,
        total=total,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="MY fast-food kiosk e-receipt (born-digital); big ORDER 231 is the queue number, receipt no. is separate; prices incl. SST 6%; Rounding Adj",
        kind="pdf",
        rounding=rnd,
    )
    return t, {"mode": "pdf"}


@doc("r05", "jpg", "photo")
def r05(path, rng):
    """Singapore bakery, 58 mm, GST 9% included, NETS payment; photo."""
    lines = [
        ("Kaya Butter Bun", 2, "1.80"),
        ("Pork Floss Bun", 2, "2.40"),
        ("Hokkaido Cheese Tart", 3, "2.60"),
        ("Pandan Chiffon (S)", 1, "8.80"),
        ("Iced Kopi C", 1, "2.30"),
    ]
    R = Roll(58, "DVM", 6.6, lead=1.3, margin_mm=2.5)
    R.t("crumb & co.", "c", size=13, font="DVS", bold=True)
    R.t("Crumb & Co. Bakery Pte. Ltd.", "c")
    R.t("UEN/GST Reg: 201723456K", "c")
    R.t("Blk 201 Toa Payoh Nth #01-1123", "c")
    R.t("Singapore 310201", "c")
    R.rule("-")
    R.lr("Rcpt: TP1-118604", "02/05/26")
    R.lr("POS 1  Staff: Mei", "16:22")
    R.rule("-")
    raw = Decimal(0)
    its = []
    for d_, q, u in lines:
        a = q2(D(q) * D(u))
        raw += a
        its.append(item(d_, q, u))
        R.t(d_)
        R.lr(f" {q} @ {u}", fmt(a))
    R.rule("-")
    gst = q2(raw * 9 / 109)
    R.lr("TOTAL", f"S${fmt(raw)}", size=8, bold=True)
    R.lr("NETS", fmt(raw))
    R.lr("Change", "0.00")
    R.rule("-")
    R.lr("GST 9% incl.", fmt(gst))
    R.lr("Amt before GST", fmt(raw - gst))
    R.rule("-")
    R.t("Thank you! See you again", "c")
    R.render(path)
    t = truth(
        number="TP1-118604",
        date="2026-05-02",
        due=None,
        vendor="Crumb & Co. Bakery Pte. Ltd.",
        amount=raw - gst,
        vat=gst,
        total=raw,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="SG bakery, 58 mm roll; GST 9% included, printed below the total; date dd/mm/yy; lower-case wordmark; photo on a desk",
        kind="photo",
    )
    return t, {
        "mode": "photo",
        "dpi": 240,
        "crumple": 0.25,
        "bg": "desk",
        "quality": 66,
        "long_side": 1700,
        "fold": True,
    }


@doc("r06", "png", "scan")
def r06(path, rng):
    """Singapore café, 10% service charge + 9% GST on top; grey scan, downscaled."""
    lines = [
        ("Flat White", 2, "6.50"),
        ("Iced Long Black", 1, "6.00"),
        ("Truffle Fries", 1, "12.00"),
        ("Big Breakfast", 1, "22.00"),
        ("Eggs Benedict", 1, "19.50"),
    ]
    R = Roll(80, "DV", 7.2, lead=1.35)
    R.t("TIONG BAHRU BREW HOUSE", "c", size=11, bold=True, font="DVC")
    R.t("Brewhouse Hospitality Pte Ltd", "c")
    R.t("57 Eng Hoon Street #01-88, S(160057)", "c")
    R.t("GST Reg No: 201912345M", "c")
    R.rule("line")
    R.lr("Bill No: 0007-4432", "Tbl: 7   Pax: 3")
    R.lr("Date: 18-04-2026", "Time: 11:49")
    R.lr("Server: Hafiz", "Terminal: T1")
    R.rule("line")
    R.row([("Qty", "l"), ("Item", "l", 0.1), ("Amount", "r")], bold=True)
    sub = Decimal(0)
    its = []
    for d_, q, u in lines:
        a = q2(D(q) * D(u))
        sub += a
        its.append(item(d_, q, u))
        R.row([(str(q), "l"), (d_, "l", 0.1), (fmt(a), "r")])
    R.rule("line")
    svc = q2(sub * D("0.10"))
    gst = q2((sub + svc) * D("0.09"))
    total = sub + svc + gst
    R.lr("Subtotal", fmt(sub))
    R.lr("10% Svc Chg", fmt(svc))
    R.lr("9% GST", fmt(gst))
    R.lr("TOTAL", fmt(total), size=10, bold=True)
    R.rule("line")
    R.lr("VISA  **** 2291", fmt(total))
    R.gap(3)
    R.t("Prices are subject to 10% service charge", "c", size=6.3)
    R.t("and prevailing GST.", "c", size=6.3)
    R.t("Thank you & have a great day!", "c")
    R.render(path)
    t = truth(
        number="0007-4432",
        date="2026-04-18",
        due=None,
        vendor="Brewhouse Hospitality Pte Ltd",
        amount=sub + svc,
        vat=gst,
        total=total,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="SG café; trading name in big letters, legal Pte Ltd below (keyed); 10% service charge counted in the net; GST 9% on subtotal+service; grey scan downscaled to ~650 px",
        kind="scan",
    )
    return t, {
        "mode": "scan",
        "dpi": 220,
        "skew": float(rng.uniform(-1.2, 1.2)),
        "blur": 0.6,
        "noise": 5,
        "specks": 25,
        "width": 650,
        "pad": 20,
    }


@doc("r07", "png", "scan")
def r07(path, rng):
    """Japan bookshop with English labels, yen, 10% + 8% reduced rate, tax included."""
    lines = [
        ("Tokyo City Walks (Eng.)", 1, 1980, 10),
        ("Kanji Workbook N4", 1, 1540, 10),
        ("Monthly Design Mag. 5", 1, 1100, 10),
        ("Bookmark set", 2, 330, 10),
        ("Green tea 500ml *", 1, 160, 8),
    ]
    R = Roll(58, "DVM", 6.7, lead=1.3, margin_mm=2.5)
    R.draw(26, logo_bar("KINOKAWA BOOKS", "DV-B", 11))
    R.t("Kinokawa Books Co., Ltd.", "c")
    R.t("Shinjuku Store  Tel 03-3354-0141", "c")
    R.t("Reg. No. T4011101023456", "c")
    R.gap(3)
    R.t("RECEIPT", "c", bold=True)
    R.lr("2026/04/25(Sat)", "15:31")
    R.lr("Reg#02  Staff 118", "No.3391")
    R.rule("-")
    tot = {10: Decimal(0), 8: Decimal(0)}
    its = []
    for d_, q, u, rt in lines:
        a = D(q) * D(u)
        tot[rt] += a
        its.append(item(d_, q, u))
        R.t(d_)
        R.lr(f"  {q} x \u00a5{fmt(u, 'en', 0)}", f"\u00a5{fmt(a, 'en', 0)}")
    R.rule("-")
    total = tot[10] + tot[8]
    t10 = q0(tot[10] * 10 / 110)
    t8 = q0(tot[8] * 8 / 108)
    R.lr("Total (tax incl.)", f"\u00a5{fmt(total, 'en', 0)}", size=8.5, bold=True)
    R.lr(" 10% target", f"\u00a5{fmt(tot[10], 'en', 0)}")
    R.lr("  (Tax", f"\u00a5{fmt(t10, 'en', 0)})")
    R.lr(" 8% target", f"\u00a5{fmt(tot[8], 'en', 0)}")
    R.lr("  (Tax", f"\u00a5{fmt(t8, 'en', 0)})")
    R.rule("-")
    R.lr("Cash", "\u00a510,000")
    R.lr("Change", f"\u00a5{fmt(10000 - total, 'en', 0)}")
    R.gap(2)
    R.t("* reduced tax rate item", "l", size=6)
    R.t("Receipt No. 02-3391", "l")
    R.draw(30, bar_draw(rng))
    R.render(path)
    vat = t10 + t8
    t = truth(
        number="02-3391",
        date="2026-04-25",
        due=None,
        vendor="Kinokawa Books Co., Ltd.",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="JPY",
        locale="ja-JP",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="JP bookshop, English labels, yen without decimals; prices incl. tax at 10% and 8% (reduced, marked *); taxes shown in brackets per rate, net not printed; yyyy/mm/dd date; receipt no. printed as No.3391 and 02-3391",
        kind="scan",
    )
    return t, {
        "mode": "scan",
        "dpi": 230,
        "fade": 0.3,
        "skew": float(rng.uniform(-1.8, 1.8)),
        "blur": 0.5,
        "noise": 5,
        "specks": 20,
        "pad": 25,
        "grey": True,
    }


@doc("r08", "jpg", "photo")
def r08(path, rng):
    """Korea café, KRW, VAT included, supply value printed; card approval."""
    lines = [
        ("Iced Americano (L)", 2, 4800),
        ("Cafe Latte (R)", 1, 5300),
        ("Basque Cheesecake", 1, 6900),
        ("Salt Bread", 2, 3200),
    ]
    R = Roll(76, "DV", 7.4, lead=1.35)
    R.t("HANEUL COFFEE ROASTERS", "c", size=10.5, bold=True)
    R.t("Seongsu-dong Branch", "c")
    R.t("Business No. 214-86-12345", "c")
    R.t("CEO: Kim Ji-won   Tel 02-465-7781", "c")
    R.t("12, Yeonmujang-gil, Seongdong-gu, Seoul", "c")
    R.rule("line")
    R.lr("Sale Date 2026-05-16 10:24", "")
    R.lr("Receipt No. 20260516-0087", "POS 01")
    R.rule("line")
    R.row([("Item", "l"), ("Qty", "r", 0.6), ("Amount", "r")], bold=True)
    total = Decimal(0)
    its = []
    for d_, q, u in lines:
        a = D(q) * D(u)
        total += a
        its.append(item(d_, q, u))
        R.row([(d_, "l"), (str(q), "r", 0.6), (fmt(a, "en", 0), "r")])
    R.rule("line")
    supply = q0(total / D("1.1"))
    vat = total - supply
    R.lr("Supply Value", fmt(supply, "en", 0))
    R.lr("VAT", fmt(vat, "en", 0))
    R.lr("Total", f"\u20a9{fmt(total, 'en', 0)}", size=10, bold=True)
    R.rule("line")
    R.lr("Card: SHINHAN", "**** **** **** 7712")
    R.lr("Installment", "Lump sum")
    R.lr("Approval No.", "30118547")
    R.lr("Amount Approved", fmt(total, "en", 0))
    R.gap(3)
    R.t("Thank you. Enjoy your coffee!", "c")
    R.render(path)
    t = truth(
        number="20260516-0087",
        date="2026-05-16",
        due=None,
        vendor="HANEUL COFFEE ROASTERS",
        amount=supply,
        vat=vat,
        total=total,
        currency="KRW",
        locale="ko-KR",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="KR café, English labels, won without decimals; VAT included, printed as Supply Value + VAT; card approval no. is not the receipt no.; photo",
        kind="photo",
    )
    return t, {
        "mode": "photo",
        "dpi": 200,
        "crumple": 0.2,
        "bg": "cloth",
        "quality": 74,
        "long_side": 2100,
    }


@doc("r09", "png", "scan")
def r09(path, rng):
    """Thailand supermarket, TAX INV (ABB), VAT 7% included, POS id; colour scan."""
    lines = [
        ("JASMINE RICE 5KG", 1, "189.00"),
        ("FRESH MILK 2L", 2, "92.50"),
        ("MAMA NOODLE PACK10", 1, "62.00"),
        ("CHICKEN BREAST 1KG", 1, "115.75"),
        ("BANANA HOM", 1, "45.00"),
        ("DRINKING WATER 6X1.5L", 1, "79.00"),
    ]
    R = Roll(80, "DVM", 7.0, lead=1.28)
    R.t("SIAM FRESH MART", "c", size=12, bold=True, font="DV")
    R.t("SIAM FRESH MART CO., LTD.", "c")
    R.t("BRANCH 00042 SUKHUMVIT 71", "c")
    R.t("TAX ID 0105558012345", "c")
    R.t("TAX INV.(ABB)  VAT INCLUDED", "c", bold=True)
    R.lr("POS ID: E051230004412", "")
    R.lr("No. 0042-03-118734", "")
    R.rule("-")
    total = Decimal(0)
    its = []
    for d_, q, u in lines:
        a = q2(D(q) * D(u))
        total += a
        its.append(item(d_, q, u))
        if q == 1:
            R.lr(d_, fmt(a))
        else:
            R.t(d_)
            R.lr(f"   {q} @ {u}", fmt(a))
    R.rule("-")
    vat = q2(total * 7 / 107)
    R.lr("7 ITEMS", "")
    R.lr("TOTAL", fmt(total), size=9.5, bold=True)
    R.lr("CASH", "1,000.00")
    R.lr("CHANGE", fmt(D(1000) - total))
    R.rule("-")
    R.lr("VATABLE", fmt(total - vat))
    R.lr("VAT 7%", fmt(vat))
    R.rule("-")
    R.lr("03/06/2026 19:05", "CASHIER 0311")
    R.t("THANK YOU / KHOB KHUN KA", "c")
    R.render(path)
    t = truth(
        number="0042-03-118734",
        date="2026-06-03",
        due=None,
        vendor="SIAM FRESH MART CO., LTD.",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="THB",
        locale="th-TH",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="TH supermarket abbreviated tax invoice; VAT 7% included, VATABLE = net printed after payment; date at the bottom; POS ID is not the receipt no.",
        kind="scan",
    )
    return t, {
        "mode": "scan",
        "dpi": 200,
        "grey": False,
        "paper": (250, 248, 240),
        "fade": 0.25,
        "skew": float(rng.uniform(-1, 1)),
        "blur": 0.6,
        "noise": 5,
        "specks": 15,
        "pad": 30,
    }


@doc("r10", "pdf", "scan")
def r10(path, rng):
    """US hardware store, sales tax 8.25% on top, Visa; scanned by an expense app into a PDF."""
    lines = [
        ("041236 DECK SCREW 2-1/2IN 1LB", 2, "9.98"),
        ("118842 PAINTERS TAPE 1.88IN", 3, "6.47"),
        ("220017 ROLLER COVER 9IN 3PK", 1, "12.97"),
        ("309981 PVC ELBOW 3/4IN", 4, "0.89"),
        ("771204 WORK GLOVES L", 1, "14.99"),
    ]
    R = Roll(76, "Courier", 7.6, lead=1.25)
    R.draw(32, logo_bar("RIDGELINE", "Helvetica-Bold", 18))
    R.t("HARDWARE & SUPPLY", "c", bold=True)
    R.t("4410 S CONGRESS AVE", "c")
    R.t("AUSTIN, TX 78745", "c")
    R.t("(512) 555-0187", "c")
    R.gap(3)
    R.lr("STORE 0412  REG 03", "TRANS 58213")
    R.lr("CASHIER: DEVON", "")
    R.rule("-")
    sub = Decimal(0)
    its = []
    for d_, q, u in lines:
        a = q2(D(q) * D(u))
        sub += a
        its.append(item(d_[7:], q, u))
        R.t(d_)
        R.lr(f"   {q} @ {u}", f"{fmt(a)} T")
    R.rule("-")
    tax = q2(sub * D("0.0825"))
    total = sub + tax
    R.lr("SUBTOTAL", fmt(sub))
    R.lr("SALES TAX 8.25%", fmt(tax))
    R.lr("TOTAL", fmt(total), bold=True, size=9)
    R.lr("VISA TEND", fmt(total))
    R.lr("CHANGE DUE", "0.00")
    R.rule("-")
    R.t("VISA ************0932  CHIP", "l")
    R.t("AUTH 04471B  AID A0000000031010", "l")
    R.gap(2)
    R.t("05/23/26  10:14 AM", "c")
    R.t("RECEIPT # 0412-03-58213", "c")
    R.t("RETURNS WITHIN 90 DAYS WITH RECEIPT", "c", size=6.5)
    R.draw(30, bar_draw(rng))
    W, H = R.render(path)
    t = truth(
        number="0412-03-58213",
        date="2026-05-23",
        due=None,
        vendor="RIDGELINE HARDWARE & SUPPLY",
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="US hardware store; wordmark RIDGELINE + HARDWARE & SUPPLY on two lines; sales tax 8.25% on top; mm/dd/yy date at the bottom; image-only PDF (expense-app scan), no text layer",
        kind="scan",
    )
    return t, {
        "mode": "scanpdf",
        "dpi": 200,
        "fade": 0.3,
        "skew": float(rng.uniform(-1.5, 1.5)),
        "blur": 0.6,
        "noise": 6,
        "specks": 30,
        "size": (W, H),
        "grey": True,
    }


@doc("r11", "jpg", "photo")
def r11(path, rng):
    """US diner, CT meals tax 7.35%, printed 18% gratuity for the party; photo."""
    lines = [
        ("Corned Beef Hash", 1, "14.50"),
        ("Western Omelette", 2, "13.25"),
        ("Buttermilk Pancakes", 2, "11.75"),
        ("Side Bacon", 2, "4.50"),
        ("Coffee", 4, "3.25"),
        ("OJ Large", 2, "5.50"),
    ]
    R = Roll(80, "Courier", 8.0, lead=1.25)
    R.t("BLUE PLATE DINER", "c", size=12, bold=True, font="Helvetica")
    R.t("218 Whitney Ave", "c")
    R.t("New Haven, CT 06511", "c")
    R.t("203-555-0144", "c")
    R.rule("=")
    R.lr("Server: Tammy", "Table 22")
    R.lr("Guests: 6", "Check #4471")
    R.lr("06/13/2026", "9:52 AM")
    R.rule("=")
    sub = Decimal(0)
    its = []
    for d_, q, u in lines:
        a = q2(D(q) * D(u))
        sub += a
        its.append(item(d_, q, u))
        R.row([(str(q), "l"), (d_, "l", 0.08), (fmt(a), "r")])
    R.rule("-")
    tax = q2(sub * D("0.0735"))
    tip = q2(sub * D("0.18"))
    total = sub + tax + tip
    R.lr("Subtotal", fmt(sub))
    R.lr("Tax", fmt(tax))
    R.lr("Gratuity 18% (6+)", fmt(tip))
    R.lr("TOTAL", fmt(total), bold=True, size=10)
    R.rule("-")
    R.lr("MC ****6021", fmt(total))
    R.gap(3)
    R.t("Gratuity added for parties of 6+", "c", size=7)
    R.t("Thank you - come back soon!", "c")
    R.render(path)
    t = truth(
        number="4471",
        date="2026-06-13",
        due=None,
        vendor="BLUE PLATE DINER",
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="US diner; tax line labelled just 'Tax'; 18% gratuity charged on the check (tip, not net); number is the check #; photo with fold",
        kind="photo",
        tip=tip,
    )
    return t, {
        "mode": "photo",
        "dpi": 200,
        "crumple": 0.3,
        "fold": True,
        "bg": "wood",
        "quality": 64,
        "long_side": 2200,
    }


@doc("r12", "jpg", "photo")
def r12(path, rng):
    """German bakery, MwSt 7% (take-away food) and 19% (coffee), TSE block; crumpled photo."""
    lines = [
        ("Roggenbrot 750g", 1, "4.20", "A"),
        ("Laugenbrezel", 4, "0.95", "A"),
        ("Mohnbrötchen", 3, "0.65", "A"),
        ("Bienenstich", 2, "3.10", "A"),
        ("Kaffee groß to go", 2, "3.40", "B"),
    ]
    R = Roll(76, "DVM", 6.9, lead=1.3)
    R.t("Bäckerei Kornblume", "c", size=12, font="DVS", bold=True)
    R.t("Kornblume Backhandwerk GmbH", "c")
    R.t("Schillerstraße 41 · 70173 Stuttgart", "c")
    R.t("USt-IdNr. DE287654321", "c")
    R.rule("-")
    g = {"A": Decimal(0), "B": Decimal(0)}
    its = []
    for d_, q, u, code in lines:
        a = q2(D(q) * D(u))
        g[code] += a
        its.append(item(d_, q, u))
        if q == 1:
            R.row([(d_, "l"), (f"{fmt(a, 'de')} {code}", "r")])
        else:
            R.t(d_)
            R.row([(f"  {q} x {fmt(u, 'de')}", "l"), (f"{fmt(a, 'de')} {code}", "r")])
    R.rule("-")
    total = g["A"] + g["B"]
    ta = q2(g["A"] * 7 / 107)
    tb = q2(g["B"] * 19 / 119)
    R.lr("SUMME EUR", fmt(total, "de"), size=9, bold=True)
    R.lr("Bar", "30,00")
    R.lr("Rückgeld", fmt(D(30) - total, "de"))
    R.rule("-")
    R.row([("MwSt", "l"), ("Netto", "r", 0.45), ("Steuer", "r", 0.72), ("Brutto", "r")])
    R.row(
        [
            ("A 7%", "l"),
            (fmt(g["A"] - ta, "de"), "r", 0.45),
            (fmt(ta, "de"), "r", 0.72),
            (fmt(g["A"], "de"), "r"),
        ]
    )
    R.row(
        [
            ("B 19%", "l"),
            (fmt(g["B"] - tb, "de"), "r", 0.45),
            (fmt(tb, "de"), "r", 0.72),
            (fmt(g["B"], "de"), "r"),
        ]
    )
    R.rule("-")
    R.lr("Bon-Nr. 4711-20993", "Kasse 2")
    R.lr("11.07.2026 07:48", "Bed. Sabine")
    R.t("TSE-Seriennr.: 9c4e1f0b27d3a8e5", "l", size=6)
    R.t("TSE-Start: 2026-07-11T07:47:52", "l", size=6)
    R.t("TSE-Signaturzähler: 288419", "l", size=6)
    R.gap(2)
    R.t("Vielen Dank für Ihren Einkauf!", "c")
    R.render(path)
    vat = ta + tb
    t = truth(
        number="4711-20993",
        date="2026-07-11",
        due=None,
        vendor="Kornblume Backhandwerk GmbH",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="DE bakery; brand 'Bäckerei Kornblume' over the GmbH (keyed); 7% and 19% included, net per rate only in the MwSt table; Bon-Nr. at the bottom; crumpled photo",
        kind="photo",
    )
    return t, {
        "mode": "photo",
        "dpi": 210,
        "crumple": 0.7,
        "bg": "cloth",
        "quality": 70,
        "long_side": 1900,
        "fade": 0.2,
    }


@doc("r13", "pdf", "pdf")
def r13(path, rng):
    """German supermarket e-Bon (born-digital) with deposit and returned-deposit lines."""
    lines = [
        ("Bio Vollmilch 3,8% 1l", 2, "1.39", "A"),
        ("Haferflocken zart 500g", 1, "0.99", "A"),
        ("Bananen Fairtrade", "1.245", "1.50", "A"),
        ("Mineralwasser still 6x1,5l", 1, "2.94", "B"),
        ("Pfand 6 x 0,25", 1, "1.50", "B"),
        ("Spülmittel Zitrone 450ml", 1, "1.29", "B"),
        ("Gouda jung Scheiben 400g", 1, "3.49", "A"),
        ("Leergut", 1, "-2.25", "B"),
    ]
    R = Roll(80, "DV", 7.6, lead=1.42, margin_mm=5)
    R.t("FRISCHMARKT", "c", size=16, bold=True)
    R.t("Frischmarkt Lehmann oHG", "c")
    R.t("Kastanienallee 12, 10435 Berlin", "c")
    R.t("UID Nr.: DE301234567", "c")
    R.gap(4)
    R.t("Ihr digitaler Kassenbon", "c", bold=True)
    R.rule("line")
    R.row([("", "l"), ("EUR", "r")])
    g = {"A": Decimal(0), "B": Decimal(0)}
    its = []
    for d_, q, u, code in lines:
        a = q2(D(q) * D(u))
        g[code] += a
        its.append(item(d_, q, u, a))
        R.row([(d_, "l"), (f"{fmt(a, 'de')} {code}", "r")])
        if "." in str(q):
            R.t(f"  {str(q).replace('.', ',')} kg x {fmt(u, 'de')} EUR/kg", size=6.8)
        elif q != 1:
            R.t(f"  {q} Stk x {fmt(u, 'de')}", size=6.8)
    R.rule("line")
    total = g["A"] + g["B"]
    R.lr("SUMME", f"EUR {fmt(total, 'de')}", size=11, bold=True)
    R.rule("line")
    R.lr("Geg. EC-Karte", f"EUR {fmt(total, 'de')}")
    R.gap(3)
    ta = q2(g["A"] * 7 / 107)
    tb = q2(g["B"] * 19 / 119)
    R.row(
        [("Steuer %", "l"), ("Netto", "r", 0.45), ("Steuer", "r", 0.72), ("Brutto", "r")], bold=True
    )
    R.row(
        [
            ("A= 7,0%", "l"),
            (fmt(g["A"] - ta, "de"), "r", 0.45),
            (fmt(ta, "de"), "r", 0.72),
            (fmt(g["A"], "de"), "r"),
        ]
    )
    R.row(
        [
            ("B= 19,0%", "l"),
            (fmt(g["B"] - tb, "de"), "r", 0.45),
            (fmt(tb, "de"), "r", 0.72),
            (fmt(g["B"], "de"), "r"),
        ]
    )
    R.row(
        [
            ("Gesamtbetrag", "l"),
            (fmt(total - ta - tb, "de"), "r", 0.45),
            (fmt(ta + tb, "de"), "r", 0.72),
            (fmt(total, "de"), "r"),
        ]
    )
    R.gap(4)
    R.lr("Datum: 22.08.2026", "Uhrzeit: 18:27:03")
    R.lr("Bon-Nr.: 6412", "Markt: 0431")
    R.lr("Kasse: 4", "Bed.: 404040")
    R.gap(3)
    R.t("TSE-Transaktion: 1182044", "l", size=6.5)
    R.t("TSE-Signatur: MEUCIQDf3k0aQ9x2Lw7...Vb1Q==", "l", size=6.5)
    R.gap(4)
    R.draw(64, qr_draw(rng, 56))
    R.t("Vielen Dank für Ihren Einkauf", "c")
    R.render(path)
    vat = ta + tb
    t = truth(
        number="6412",
        date="2026-08-22",
        due=None,
        vendor="Frischmarkt Lehmann oHG",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="DE supermarket e-Bon (born-digital); deposit (Pfand) line and negative returned-deposit (Leergut) line; 7%/19% table with a Gesamtbetrag row giving the net; short Bon-Nr. next to Markt/Kasse numbers",
        kind="pdf",
    )
    return t, {"mode": "pdf"}


@doc("r14", "png", "scan")
def r14(path, rng):
    """French bookshop, TVA 5,5 % on books and 20 % on stationery, TTC; faded thermal scan."""
    lines = [
        ("L'Anomalie - H. Le Tellier", 1, "9.20", "5,5"),
        ("Atlas des oiseaux de France", 1, "29.90", "5,5"),
        ("Le Petit Prince (poche)", 2, "7.50", "5,5"),
        ("Carnet Moleskine A5", 1, "21.90", "20"),
        ("Cartes postales", 4, "1.50", "20"),
    ]
    R = Roll(80, "DVM", 7.0, lead=1.3)
    R.t("Le Chat Lettré", "c", size=13, font="DVS", bold=True)
    R.t("LIBRAIRIE - PAPETERIE", "c")
    R.t("SARL Librairie Le Chat Lettré", "c")
    R.t("14 rue des Carmes 44000 Nantes", "c")
    R.t("SIRET 812 345 678 00021", "c")
    R.t("TVA FR 27 812345678", "c")
    R.rule("-")
    R.lr("Ticket n° 000587", "Caisse 1")
    R.lr("Le 30/09/2026 à 17:12", "Vendeur: Claire")
    R.rule("-")
    g = {"5,5": Decimal(0), "20": Decimal(0)}
    its = []
    for d_, q, u, rt in lines:
        a = q2(D(q) * D(u))
        g[rt] += a
        its.append(item(d_, q, u))
        R.t(d_)
        R.lr(f"   {q} x {fmt(u, 'fr')}", f"{fmt(a, 'fr')} €")
    R.rule("-")
    total = g["5,5"] + g["20"]
    t55 = q2(g["5,5"] * D("5.5") / D("105.5"))
    t20 = q2(g["20"] * 20 / 120)
    R.lr("TOTAL TTC", f"{fmt(total, 'fr')} €", size=9.5, bold=True)
    R.lr("CB sans contact", f"{fmt(total, 'fr')} €")
    R.rule("-")
    R.row([("Taux", "l"), ("HT", "r", 0.45), ("TVA", "r", 0.72), ("TTC", "r")])
    R.row(
        [
            ("5,50%", "l"),
            (fmt(g["5,5"] - t55, "fr"), "r", 0.45),
            (fmt(t55, "fr"), "r", 0.72),
            (fmt(g["5,5"], "fr"), "r"),
        ]
    )
    R.row(
        [
            ("20,00%", "l"),
            (fmt(g["20"] - t20, "fr"), "r", 0.45),
            (fmt(t20, "fr"), "r", 0.72),
            (fmt(g["20"], "fr"), "r"),
        ]
    )
    R.rule("-")
    R.t("Merci de votre visite !", "c")
    R.t("Échange sous 15 jours avec ce ticket", "c", size=6.5)
    R.render(path)
    vat = t55 + t20
    t = truth(
        number="000587",
        date="2026-09-30",
        due=None,
        vendor="SARL Librairie Le Chat Lettré",
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="FR bookshop; shop name 'Le Chat Lettré' as wordmark, legal 'SARL Librairie Le Chat Lettré' keyed; TVA 5,5 % and 20 % included, HT only per rate; decimal comma; faded thermal scan",
        kind="scan",
    )
    return t, {
        "mode": "scan",
        "dpi": 190,
        "fade": 0.6,
        "skew": float(rng.uniform(-2, 2)),
        "blur": 0.8,
        "noise": 7,
        "specks": 50,
        "pad": 25,
    }


@doc("r15", "png", "scan")
def r15(path, rng):
    """Italian bar: documento commerciale, IVA 10% included, 'di cui IVA'; scan."""
    lines = [
        ("CAFFE'", 3, "1.20"),
        ("CAPPUCCINO", 2, "1.60"),
        ("CORNETTO CREMA", 3, "1.40"),
        ("SPREMUTA ARANCIA", 1, "3.50"),
        ("ACQUA NAT. 0,5L", 1, "1.00"),
    ]
    R = Roll(58, "DVM", 6.6, lead=1.3, margin_mm=2.5)
    R.t("Bar Pasticceria Aurora", "c", size=9, bold=True, font="DVS")
    R.t("di Rossi M. & C. S.n.c.", "c")
    R.t("Via Garibaldi 27", "c")
    R.t("40124 Bologna (BO)", "c")
    R.t("P.IVA 03456780371", "c")
    R.gap(2)
    R.t("DOCUMENTO COMMERCIALE", "c", bold=True)
    R.t("di vendita o prestazione", "c")
    R.row([("DESCRIZIONE", "l"), ("IVA", "r", 0.66), ("Prezzo(€)", "r")])
    total = Decimal(0)
    its = []
    for d_, q, u in lines:
        a = q2(D(q) * D(u))
        total += a
        its.append(item(d_, q, u))
        if q > 1:
            R.t(f"{q} x {fmt(u, 'plainc')}")
        R.row([(d_, "l"), ("10%", "r", 0.66), (fmt(a, "plainc"), "r")])
    R.rule("-")
    iva = q2(total * 10 / 110)
    R.lr("TOTALE COMPLESSIVO", fmt(total, "plainc"), bold=True, size=7.5)
    R.lr("di cui IVA", fmt(iva, "plainc"))
    R.lr("Pagamento contante", "20,00")
    R.lr("Resto", fmt(D(20) - total, "plainc"))
    R.rule("-")
    R.lr("15-10-2026", "08:41")
    R.lr("DOCUMENTO N.", "0127-0058")
    R.lr("RT", "99MEX012345")
    R.t("Grazie e arrivederci", "c")
    R.render(path)
    t = truth(
        number="0127-0058",
        date="2026-10-15",
        due=None,
        vendor="Bar Pasticceria Aurora di Rossi M. & C. S.n.c.",
        amount=total - iva,
        vat=iva,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="IT bar 'documento commerciale'; vendor name split over two lines (brand + 'di Rossi M. & C. S.n.c.'), keyed joined; IVA 10% included ('di cui IVA'), net not printed; number in 'DOCUMENTO N.' at the bottom; dd-mm-yyyy",
        kind="scan",
    )
    return t, {
        "mode": "scan",
        "dpi": 240,
        "fade": 0.3,
        "skew": float(rng.uniform(-1.5, 1.5)),
        "blur": 0.6,
        "noise": 5,
        "specks": 20,
        "pad": 25,
        "width": 660,
    }


@doc("r16", "pdf", "pdf")
def r16(path, rng):
    """Spanish petrol station e-receipt: factura simplificada, IVA 21%."""
    price = D("1.489")
    litres = D("42.36")
    fuel = q2(price * litres)
    shop = [("Lavado Programa 3", 1, "9.50"), ("Agua mineral 1,5l", 2, "1.10")]
    R = Roll(80, "DV", 7.6, lead=1.42, margin_mm=5)
    R.draw(36, logo_bar("PINOS", "DVS-B", 18))
    R.t("ESTACIÓN DE SERVICIO LOS PINOS, S.L.", "c", bold=True, size=7.2)
    R.t("CIF B-12345678", "c")
    R.t("Ctra. N-340 km 1.047, 12594 Oropesa del Mar", "c", size=6.8)
    R.t("(Castellón)", "c")
    R.gap(4)
    R.t("FACTURA SIMPLIFICADA", "c", bold=True, size=9)
    R.lr("Nº", "T0412-2026-018832")
    R.lr("Fecha", "04/11/2026 16:58")
    R.lr("Surtidor", "5")
    R.rule("line")
    R.lr("GASÓLEO A", f"{fmt(fuel, 'es')} €")
    R.t(f"  {fmt(litres, 'es')} l x {str(price).replace('.', ',')} €/l", size=6.8)
    total = fuel
    its = [item("GASÓLEO A", litres, price, fuel)]
    for d_, q, u in shop:
        a = q2(D(q) * D(u))
        total += a
        its.append(item(d_, q, u))
        R.lr(d_ if q == 1 else f"{d_} x{q}", f"{fmt(a, 'es')} €")
    R.rule("line")
    iva = q2(total * 21 / 121)
    base = total - iva
    R.lr("Base imponible", f"{fmt(base, 'es')} €")
    R.lr("IVA 21%", f"{fmt(iva, 'es')} €")
    R.lr("TOTAL", f"{fmt(total, 'es')} €", size=11, bold=True)
    R.rule("line")
    R.lr("Tarjeta", "VISA ****5530")
    R.lr("Autorización", "742219")
    R.gap(5)
    R.t("Gracias por su visita. Buen viaje.", "c")
    R.t("Documento enviado por correo electrónico.", "c", size=6.5)
    R.render(path)
    t = truth(
        number="T0412-2026-018832",
        date="2026-11-04",
        due=None,
        vendor="ESTACIÓN DE SERVICIO LOS PINOS, S.L.",
        amount=base,
        vat=iva,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        dtype="receipt",
        items=its,
        note="ES petrol e-receipt (born-digital) 'factura simplificada'; price per litre with 3 decimals; base imponible + IVA 21% printed; decimal comma",
        kind="pdf",
    )
    return t, {"mode": "pdf"}


# ================================================================ invoices
AW, AH = A4
LW, LH = letter


def priced(lines):
    """lines: (desc, qty, unit, ...extra) -> list of (desc, qty, unit, amount, *extra)."""
    return [(ln[0], ln[1], D(ln[2]), q2(D(ln[1]) * D(ln[2])), *ln[3:]) for ln in lines]


@doc("i01", "pdf", "pdf")
def i01(path, rng):
    """NL web hosting & domains, BTW 21%, klantnummer beside factuurnummer, period per line."""
    d = Doc(path, A4)
    c = d.c
    green = (0.11, 0.55, 0.38)
    c.setFillColorRGB(*green)
    c.roundRect(50, 770, 34, 34, 6, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.rect(58, 780, 18, 4, fill=1, stroke=0)
    c.rect(58, 788, 18, 4, fill=1, stroke=0)
    c.rect(58, 796, 18, 4, fill=1, stroke=0)
    d.text(92, 779, "hostingwerk", "DV-B", 24, color=green)
    d.block(
        AW - 50,
        800,
        [
            "Hostingwerk B.V.",
            "Stationsplein 45",
            "3511 ED Utrecht",
            "030 - 207 45 10",
            "support@hostingwerk.nl",
        ],
        "DV",
        8,
        10.5,
        "r",
    )
    d.block(
        50,
        700,
        ["Bakkerij De Vries", "t.a.v. J. de Vries", "Voorstraat 112", "3311 ES Dordrecht"],
        "DV",
        9.5,
        12.5,
    )
    d.text(50, 615, "Factuur", "DV-B", 18)
    d.kv(
        330,
        440,
        706,
        [
            ("Factuurnummer", "HW-2026-004817"),
            ("Klantnummer", "10293"),
            ("Factuurdatum", "14-01-2026"),
            ("Vervaldatum", "28-01-2026"),
            ("Betaalwijze", "iDEAL / overboeking"),
        ],
        "DV",
        8.5,
        13,
    )
    lines = priced(
        [
            ("Webhosting Pro (pakket HW-PRO)", 12, "8.95", "01-02-2026 t/m 31-01-2027"),
            ("Domeinnaam bakkerijdevries.nl", 1, "7.50", "01-02-2026 t/m 31-01-2027"),
            ("Domeinnaam bakkerijdevries.com", 1, "12.99", "18-02-2026 t/m 17-02-2027"),
            ("Extra mailbox 5 GB", 12, "1.25", "01-02-2026 t/m 31-01-2027"),
            ("SSL-certificaat (Let's Encrypt)", 1, "0.00", "doorlopend"),
        ]
    )
    cols = [(50, "l"), (235, "l"), (395, "r"), (470, "r"), (545, "r")]
    rows = [
        (ln[0], ln[4], str(ln[1]), "€ " + fmt(ln[2], "de"), "€ " + fmt(ln[3], "de")) for ln in lines
    ]
    y = d.table(
        580,
        cols,
        ["Omschrijving", "Periode", "Aantal", "Prijs", "Bedrag"],
        rows,
        "DV",
        8.2,
        17,
        hfill=(0.9, 0.96, 0.93),
        x1=548,
    )
    net = sum(ln[3] for ln in lines)
    vat = q2(net * D("0.21"))
    tot = net + vat
    d.line(330, y + 6, 548, y + 6)
    y = d.kv(
        340,
        545,
        y - 8,
        [
            ("Subtotaal excl. btw", "€ " + fmt(net, "de")),
            ("btw 21%", "€ " + fmt(vat, "de")),
            ("Totaal incl. btw", "€ " + fmt(tot, "de")),
        ],
        "DV",
        9,
        15,
        bold_last=True,
        valign="r",
    )
    d.block(
        50,
        y - 20,
        [
            "Wij verzoeken u het totaalbedrag vóór 28-01-2026 over te maken op NL42 RABO 0312 4455 67",
            "onder vermelding van factuurnummer HW-2026-004817. Domeinnamen worden automatisch verlengd",
            "tenzij u uiterlijk 30 dagen voor de einddatum opzegt.",
        ],
        "DV",
        8,
        11,
    )
    d.line(50, 70, 545, 70, 0.4, (0.6, 0.6, 0.6))
    d.text(
        297,
        56,
        "Hostingwerk B.V.  ·  KvK 61234587  ·  btw NL859234117B01  ·  IBAN NL42 RABO 0312 4455 67  ·  BIC RABONL2U",
        "DV",
        7,
        "c",
        (0.35, 0.35, 0.35),
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="HW-2026-004817",
        date="2026-01-14",
        due="2026-01-28",
        vendor="Hostingwerk B.V.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="NL hosting & domains; klantnummer 10293 right under the factuurnummer; service periods per line (2026-2027 dates); one 0.00 line; dd-mm-yyyy",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i02", "pdf", "pdf")
def i02(path, rng):
    """FR mobile + box operator, 2 pages: summary on page 1, detail with a loyalty discount on page 2."""
    d = Doc(path, A4)
    c = d.c
    blue = (0.05, 0.25, 0.55)
    c.setFillColorRGB(*blue)
    c.circle(70, 790, 20, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.circle(70, 790, 11, fill=1, stroke=0)
    c.setFillColorRGB(*blue)
    c.circle(70, 790, 5, fill=1, stroke=0)
    d.text(100, 782, "rivage", "DVS-B", 26, color=blue)
    d.text(100, 767, "télécom", "DV", 9, color=blue)
    d.text(545, 790, "Votre facture", "DV-B", 16, "r")
    d.text(545, 772, "du 02/04/2026", "DV", 10, "r")
    d.kv(
        50,
        170,
        725,
        [
            ("N° de facture", "FM26-0318-772104"),
            ("N° client", "4 012 887"),
            ("N° de contrat", "CT-88213570"),
            ("Période", "du 01/03/2026 au 31/03/2026"),
        ],
        "DV",
        8.5,
        13,
    )
    d.block(
        330,
        725,
        ["M. Julien MOREAU", "Appartement 12", "27 avenue Jean Jaurès", "69007 LYON"],
        "DV",
        10,
        13,
    )
    lines = priced(
        [
            ("Forfait Mobile 100 Go – 06 12 34 56 78", 1, "16.66", "Forfaits"),
            ("Offre Box Fibre 1 Gb/s", 1, "24.99", "Forfaits"),
            ("Option Multi-SIM", 1, "4.16", "Options"),
            ("Appels vers l'international (12 min)", 1, "1.83", "Hors forfait"),
            ("SMS surtaxés (3)", 1, "0.99", "Hors forfait"),
            ("Remise fidélité 24 mois", 1, "-5.00", "Remises"),
        ]
    )
    groups = {}
    for ln in lines:
        groups[ln[4]] = groups.get(ln[4], Decimal(0)) + ln[3]
    net = sum(ln[3] for ln in lines)
    vat = q2(net * D("0.20"))
    tot = net + vat
    d.rect(50, 470, 495, 170, fill=(0.95, 0.97, 1.0), stroke=blue)
    d.text(65, 620, "Récapitulatif de votre facture", "DV-B", 11, color=blue)
    y = d.kv(
        65,
        530,
        595,
        [
            ("Forfaits et abonnements", fmt(groups["Forfaits"], "fr") + " €"),
            ("Options", fmt(groups["Options"], "fr") + " €"),
            ("Consommations hors forfait", fmt(groups["Hors forfait"], "fr") + " €"),
            ("Remises", fmt(groups["Remises"], "fr") + " €"),
            ("Total HT", fmt(net, "fr") + " €"),
            ("TVA 20 %", fmt(vat, "fr") + " €"),
        ],
        "DV",
        9.5,
        15,
        valign="r",
    )
    d.line(65, y + 8, 530, y + 8, 0.8, blue)
    d.text(65, y - 8, "Montant total TTC à payer", "DV-B", 12)
    d.text(530, y - 8, fmt(tot, "fr") + " €", "DV-B", 12, "r")
    d.block(
        50,
        440,
        [
            "Ce montant sera prélevé sur votre compte FR76 **** **** **** **** ***4 21 à partir du 17/04/2026.",
            "Date limite de paiement : 17/04/2026",
            "Le détail de vos consommations figure en page 2.",
        ],
        "DV",
        8.5,
        13,
    )
    d.text(
        50,
        60,
        "Télécom Rivage SAS au capital de 12 500 000 € – 34 quai de Dion-Bouton, 92800 Puteaux – RCS Nanterre 812 457 963 – TVA FR 41 812457963",
        "DV",
        6.3,
    )
    d.text(545, 45, "Page 1/2", "DV", 7, "r")
    d.page()
    d.text(50, 790, "Détail de votre facture FM26-0318-772104", "DV-B", 12, color=blue)
    d.text(50, 772, "N° client 4 012 887  –  période du 01/03/2026 au 31/03/2026", "DV", 8.5)
    cols = [(50, "l"), (330, "l"), (460, "r"), (545, "r")]
    rows = [(ln[0], ln[4], fmt(ln[3], "fr") + " €", "20 %") for ln in lines]
    y = d.table(
        735,
        cols,
        ["Libellé", "Rubrique", "Montant HT", "TVA"],
        rows,
        "DV",
        8.5,
        18,
        hfill=(0.88, 0.92, 0.98),
        x1=548,
    )
    d.line(47, y + 8, 548, y + 8)
    d.kv(
        330,
        460,
        y - 8,
        [
            ("Total HT", fmt(net, "fr") + " €"),
            ("TVA 20 %", fmt(vat, "fr") + " €"),
            ("Total TTC", fmt(tot, "fr") + " €"),
        ],
        "DV",
        9,
        15,
        bold_last=True,
        valign="r",
    )
    d.block(
        50,
        330,
        [
            "Détail des appels internationaux",
            "18/03/2026 19:02  +44 20 7946 0012  Royaume-Uni   7 min   1,12 €",
            "24/03/2026 08:47  +1 212 555 0176  États-Unis   5 min   0,71 €",
        ],
        "DVM",
        7.5,
        11,
    )
    d.text(545, 45, "Page 2/2", "DV", 7, "r")
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="FM26-0318-772104",
        date="2026-04-02",
        due="2026-04-17",
        vendor="Télécom Rivage SAS",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="FR mobile+box operator, 2 pages: summary on p.1, per-line detail with a negative loyalty discount on p.2; client and contract numbers beside the invoice number; wordmark 'rivage', legal name only in the footer; 'Date limite de paiement' keyed as due date",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i03", "png", "scan")
def i03(path, rng):
    """DE broadband invoice, DIN 5008 window letter, Leistungszeitraum, direct debit date; grey scan of a printout."""
    d = Doc(path, A4)
    d.text(AW - 57, 790, "NetzWelle", "DV-B", 22, "r", (0.1, 0.1, 0.4))
    d.text(AW - 57, 776, "Kommunikation", "DV", 9, "r", (0.1, 0.1, 0.4))
    d.text(70, 722, "NetzWelle Kommunikation GmbH · Postfach 10 04 21 · 20003 Hamburg", "DV", 6.2)
    d.block(70, 700, ["Frau", "Petra Albers", "Lindenweg 7", "21073 Hamburg"], "DV", 10, 13)
    d.kv(
        370,
        460,
        712,
        [
            ("Kundennummer", "4471 0098 23"),
            ("Vertragsnummer", "V-2019-0553187"),
            ("Rechnungsnummer", "7700 1234 5678"),
            ("Rechnungsdatum", "02.03.2026"),
            ("Seite", "1 von 1"),
        ],
        "DV",
        8.3,
        12.5,
    )
    d.text(70, 590, "Ihre Rechnung für Februar 2026", "DV-B", 13)
    d.text(70, 572, "Leistungszeitraum: 01.02.2026 – 28.02.2026", "DV", 9)
    lines = priced(
        [
            ("NetzWelle DSL 250 Flat", 1, "33.60", "01.02.–28.02.2026"),
            ("Router-Miete WLAN-Box 7", 1, "4.20", "01.02.–28.02.2026"),
            ("Option Festnetz-Flat Mobil", 1, "4.20", "01.02.–28.02.2026"),
            ("Verbindungen lt. Einzelnachweis", 1, "1.37", "01.02.–28.02.2026"),
            ("Gutschrift Treuebonus", 1, "-4.20", "einmalig"),
        ]
    )
    cols = [(72, "l"), (300, "l"), (520, "r")]
    rows = [(ln[0], ln[4], fmt(ln[3], "de") + " €") for ln in lines]
    y = d.table(540, cols, ["Leistung", "Zeitraum", "Netto"], rows, "DV", 9, 17, x0=68, x1=525)
    net = sum(ln[3] for ln in lines)
    vat = q2(net * D("0.19"))
    tot = net + vat
    d.line(300, y + 7, 525, y + 7)
    y = d.kv(
        300,
        520,
        y - 8,
        [
            ("Summe netto", fmt(net, "de") + " €"),
            ("zzgl. 19 % USt", fmt(vat, "de") + " €"),
            ("Rechnungsbetrag", fmt(tot, "de") + " €"),
        ],
        "DV",
        9.5,
        15,
        bold_last=True,
        valign="r",
    )
    d.block(
        70,
        y - 20,
        [
            "Der Rechnungsbetrag wird am 10.03.2026 per SEPA-Lastschrift von Ihrem Konto",
            "DE89 **** **** **** **13 01 abgebucht. Mandatsreferenz: NW-4471009823-01,",
            "Gläubiger-ID: DE98ZZZ09999999999.",
        ],
        "DV",
        8.5,
        12,
    )
    d.line(70, 95, 525, 95, 0.4)
    d.block(
        70,
        82,
        [
            "NetzWelle Kommunikation GmbH",
            "Amsinckstraße 40, 20097 Hamburg",
            "Amtsgericht Hamburg HRB 123456",
        ],
        "DV",
        6.5,
        8.5,
    )
    d.block(
        250,
        82,
        ["Geschäftsführung: Dr. Anke Bremer,", "Tobias Lang", "USt-IdNr.: DE812345678"],
        "DV",
        6.5,
        8.5,
    )
    d.block(
        400,
        82,
        ["Hamburger Sparkasse", "IBAN DE12 2005 0550 1234 5678 90", "BIC HASPDEHHXXX"],
        "DV",
        6.5,
        8.5,
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="7700 1234 5678",
        date="2026-03-02",
        due="2026-03-10",
        vendor="NetzWelle Kommunikation GmbH",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="DE broadband; Kundennummer and Vertragsnummer above the Rechnungsnummer in the info block; number with spaces; Leistungszeitraum; negative bonus line; direct-debit date (10.03.2026) keyed as due date; grey scan of a printout",
        kind="scan",
    ), {
        "mode": "scan",
        "dpi": 160,
        "grey": True,
        "skew": float(rng.uniform(-1.2, 1.2)),
        "blur": 0.6,
        "noise": 6,
        "specks": 35,
        "paper": (245, 245, 242),
    }


@doc("i04", "pdf", "pdf")
def i04(path, rng):
    """IN cloud software tax invoice, CGST 9% + SGST 9%, lakh grouping, SAC codes."""
    d = Doc(path, A4)
    d.text(297, 800, "TAX INVOICE", "DV-B", 14, "c")
    d.text(545, 800, "Original for Recipient", "DV", 7, "r")
    d.rect(40, 640, 515, 145, stroke=(0, 0, 0))
    d.line(300, 640, 300, 785)
    d.text(48, 770, "Cloudnest Technologies Private Limited", "DV-B", 8.5)
    d.block(
        48,
        759,
        [
            "4th Floor, Prestige Tech Park, Outer Ring Road",
            "Marathahalli, Bengaluru, Karnataka 560103",
            "GSTIN: 29AAHCC4821K1Z6",
            "PAN: AAHCC4821K   CIN: U72900KA2017PTC104512",
            "E-mail: billing@cloudnest.in",
        ],
        "DV",
        7.6,
        10.5,
    )
    d.kv(
        308,
        400,
        770,
        [
            ("Invoice No.", "CNT/2025-26/04871"),
            ("Dated", "17-Feb-2026"),
            ("Customer ID", "CUS-004213"),
            ("Buyer's PO No.", "PO/IT/2526/0198"),
            ("Billing Period", "01-Feb-2026 to 28-Feb-2026"),
            ("Due Date", "19-Mar-2026"),
            ("Place of Supply", "Karnataka (29)"),
        ],
        "DV",
        7.6,
        11,
    )
    d.text(48, 622, "Bill To:", "DV-B", 8)
    d.block(
        48,
        608,
        [
            "Vasundhara Agritech Solutions Pvt. Ltd.",
            "No. 22, 2nd Cross, Jayanagar 4th Block",
            "Bengaluru, Karnataka 560011",
            "GSTIN: 29AADCV7719Q1ZP",
        ],
        "DV",
        8,
        11,
    )
    lines = priced(
        [
            ("Cloudnest Workspace Business - user licences", 50, "1499.00", "998315"),
            ("Cloudnest Storage add-on 1 TB", 3, "2250.00", "998315"),
            ("Premium Support (monthly)", 1, "9999.00", "998316"),
        ]
    )
    cols = [(48, "l"), (70, "l"), (330, "c"), (390, "r"), (465, "r"), (547, "r")]
    rows = [
        (str(i + 1), ln[0], ln[4], str(ln[1]), fmt(ln[2], "in"), fmt(ln[3], "in"))
        for i, ln in enumerate(lines)
    ]
    y = d.table(
        545,
        cols,
        ["#", "Description of Service", "SAC", "Qty", "Rate (₹)", "Amount (₹)"],
        rows,
        "DV",
        8,
        16,
        hfill=(0.92, 0.92, 0.92),
        x0=42,
        x1=552,
    )
    net = sum(ln[3] for ln in lines)
    cg = q2(net * D("0.09"))
    sg = q2(net * D("0.09"))
    tot = net + cg + sg
    d.line(42, y + 6, 552, y + 6)
    y = d.kv(
        330,
        547,
        y - 8,
        [
            ("Taxable Value", fmt(net, "in")),
            ("CGST @ 9%", fmt(cg, "in")),
            ("SGST @ 9%", fmt(sg, "in")),
            ("Total Invoice Value (₹)", fmt(tot, "in")),
        ],
        "DV",
        8.5,
        14,
        bold_last=True,
        valign="r",
    )
    d.text(
        48,
        y - 10,
        "Amount in words: Indian Rupees One Lakh Eight Thousand Two Hundred Four and Eighty Two Paise Only",
        "DV",
        7.5,
    )
    d.block(
        48,
        y - 40,
        [
            "Bank: HDFC Bank Ltd, Koramangala Branch",
            "A/c No.: 50200041234567   IFSC: HDFC0000053",
            "Tax is not payable on reverse charge basis.",
        ],
        "DV",
        7.5,
        10.5,
    )
    d.text(547, 120, "for Cloudnest Technologies Private Limited", "DV", 7.5, "r")
    d.text(547, 80, "Authorised Signatory", "DV", 7.5, "r")
    d.text(297, 40, "This is a computer generated invoice.", "DV", 7, "c")
    d.save()
    assert fmt(tot, "in") == "1,08,204.82", fmt(tot, "in")
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="CNT/2025-26/04871",
        date="2026-02-17",
        due="2026-03-19",
        vendor="Cloudnest Technologies Private Limited",
        amount=net,
        vat=cg + sg,
        total=tot,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="IN SaaS tax invoice; CGST 9% + SGST 9% (vat = sum); lakh digit grouping 1,08,204.82; dd-Mmm-yyyy; Customer ID and PO no. beside the invoice no.; fiscal-year slash number",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i05", "pdf", "pdf")
def i05(path, rng):
    """US SaaS annual invoice, Letter, prepay discount line, PA sales tax 6%."""
    d = Doc(path, letter)
    c = d.c
    violet = (0.36, 0.2, 0.7)
    c.setFillColorRGB(*violet)
    c.rect(0, LH - 8, LW, 8, fill=1, stroke=0)
    for i in range(4):
        c.rect(54 + i * 7, 712, 5, 12 + i * 7, fill=1, stroke=0)
    d.text(90, 714, "Brightlane", "Helvetica-Bold", 22, color=violet)
    d.text(LW - 54, 730, "INVOICE", "Helvetica-Bold", 20, "r")
    d.block(
        LW - 54,
        712,
        [
            "Brightlane Analytics, Inc.",
            "600 Grant Street, Suite 3200",
            "Pittsburgh, PA 15219",
            "billing@brightlane.io",
        ],
        "Helvetica",
        8,
        10.5,
        "r",
    )
    d.text(54, 640, "BILL TO", "Helvetica-Bold", 8, color=violet)
    d.block(
        54,
        626,
        [
            "Harbor & Pine Marketing LLC",
            "Attn: Accounts Payable",
            "1180 Liberty Ave, Floor 4",
            "Pittsburgh, PA 15222",
        ],
        "Helvetica",
        9,
        12,
    )
    d.kv(
        330,
        440,
        640,
        [
            ("Invoice ID", "BLA-INV-20260105-3318"),
            ("Account ID", "ACCT-88120"),
            ("PO Number", "HP-2026-014"),
            ("Invoice date", "January 5, 2026"),
            ("Due date", "February 4, 2026"),
            ("Terms", "Net 30"),
        ],
        "Helvetica",
        8.5,
        13,
    )
    d.text(
        54, 545, "Subscription period: January 1, 2026 - December 31, 2026", "Helvetica-Oblique", 9
    )
    lines = priced(
        [
            ("Growth plan - annual subscription", 1, "7200.00"),
            ("Additional analyst seats (annual)", 5, "180.00"),
            ("Data connector: Salesforce (annual)", 1, "600.00"),
        ]
    )
    gross = sum(ln[3] for ln in lines)
    disc = -q2(gross * D("0.10"))
    cols = [(56, "l"), (380, "r"), (460, "r"), (555, "r")]
    rows = [(ln[0], str(ln[1]), "$" + fmt(ln[2]), "$" + fmt(ln[3])) for ln in lines]
    rows.append(("Annual prepay discount (10%)", "", "", "-$" + fmt(-disc)))
    y = d.table(
        515,
        cols,
        ["Description", "Qty", "Unit price", "Amount"],
        rows,
        "Helvetica",
        9,
        18,
        hfill=(0.93, 0.91, 0.98),
        x1=LW - 52,
        zebra=(0.97, 0.97, 0.97),
    )
    net = gross + disc
    tax = q2(net * D("0.06"))
    tot = net + tax
    y = d.kv(
        360,
        555,
        y - 12,
        [
            ("Subtotal", "$" + fmt(net)),
            ("Sales tax (PA 6%)", "$" + fmt(tax)),
            ("Total", "$" + fmt(tot)),
            ("Amount due (USD)", "$" + fmt(tot)),
        ],
        "Helvetica",
        9.5,
        16,
        bold_last=True,
        valign="r",
    )
    d.block(
        54,
        y - 20,
        [
            "Pay online at pay.brightlane.io/i/BLA-INV-20260105-3318 or by ACH:",
            "JPMorgan Chase Bank, N.A.  Routing 043000261  Account 000118230941",
            "Questions? billing@brightlane.io  |  Thank you for your business.",
        ],
        "Helvetica",
        8.5,
        12,
    )
    d.text(
        LW / 2,
        36,
        "Brightlane Analytics, Inc. - EIN 84-2231907",
        "Helvetica",
        7,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines] + [
        item("Annual prepay discount (10%)", 1, disc)
    ]
    return truth(
        number="BLA-INV-20260105-3318",
        date="2026-01-05",
        due="2026-02-04",
        vendor="Brightlane Analytics, Inc.",
        amount=net,
        vat=tax,
        total=tot,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="US SaaS annual invoice (Letter); discount line -10%; subtotal after discount; PA sales tax 6%; Account ID and PO beside invoice ID; long-form dates",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i06", "pdf", "pdf")
def i06(path, rng):
    """BE electricity, 2 pages: summary + VAT 6%/21% table on page 1, detail on page 2."""
    d = Doc(path, A4)
    c = d.c
    orange = (0.93, 0.45, 0.1)
    c.setFillColorRGB(*orange)
    p = c.beginPath()
    p.moveTo(60, 770)
    p.lineTo(78, 812)
    p.lineTo(72, 790)
    p.lineTo(88, 790)
    p.lineTo(68, 750)
    p.lineTo(74, 772)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    d.text(96, 780, "ENERGIA", "DV-B", 20, color=orange)
    d.text(96, 764, "vlaanderen", "DV", 10, color=(0.3, 0.3, 0.3))
    d.block(
        545,
        800,
        ["Energia Vlaanderen NV", "Kortrijksesteenweg 1090", "9051 Gent", "BTW BE 0456.789.123"],
        "DV",
        7.5,
        10,
        "r",
    )
    d.block(
        320, 700, ["Mevrouw Lien Peeters", "Kerkstraat 14 bus 2", "2000 Antwerpen"], "DV", 10, 13
    )
    d.text(50, 705, "Factuur elektriciteit", "DV-B", 15)
    d.kv(
        50,
        160,
        680,
        [
            ("Factuurnummer", "260204118822"),
            ("Factuurdatum", "06/02/2026"),
            ("Klantnummer", "3001 4477 12"),
            ("Contractnummer", "EL-0923311"),
            ("EAN-code", "541448820000123456"),
            ("Periode", "01/01/2026 - 31/01/2026"),
        ],
        "DV",
        8.3,
        12.5,
    )
    cons = 380
    day, night = 212, 168
    lines = priced(
        [
            ("Verbruik dagtarief", day, "0.1289", "6", "Energiekost"),
            ("Verbruik nachttarief", night, "0.1042", "6", "Energiekost"),
            ("Vaste vergoeding", 1, "4.50", "6", "Energiekost"),
            ("Distributiekosten", cons, "0.0921", "6", "Netkosten"),
            ("Transmissiekosten", cons, "0.0213", "6", "Netkosten"),
            ("Bijzondere accijns", cons, "0.0503", "6", "Heffingen"),
            ("Energiebijdrage", cons, "0.0020", "6", "Heffingen"),
            ("Energie-app Premium", 1, "3.99", "21", "Diensten"),
        ]
    )
    base = {"6": Decimal(0), "21": Decimal(0)}
    for ln in lines:
        base[ln[4]] += ln[3]
    v6 = q2(base["6"] * D("0.06"))
    v21 = q2(base["21"] * D("0.21"))
    net = base["6"] + base["21"]
    vat = v6 + v21
    tot = net + vat
    d.rect(50, 420, 495, 150, fill=(1, 0.96, 0.92), stroke=None)
    d.text(65, 550, "Samenvatting", "DV-B", 11, color=orange)
    grp = {}
    for ln in lines:
        grp[ln[5]] = grp.get(ln[5], Decimal(0)) + ln[3]
    d.kv(65, 300, 530, [(k, "€ " + fmt(v, "de")) for k, v in grp.items()], "DV", 9, 14, valign="r")
    cols = [(330, "l"), (420, "r"), (470, "r"), (530, "r")]
    rows = [
        ("6 %", fmt(base["6"], "de"), fmt(v6, "de"), fmt(base["6"] + v6, "de")),
        ("21 %", fmt(base["21"], "de"), fmt(v21, "de"), fmt(base["21"] + v21, "de")),
        ("Totaal", fmt(net, "de"), fmt(vat, "de"), fmt(tot, "de")),
    ]
    d.table(530, cols, ["btw", "Basis", "btw", "Totaal"], rows, "DV", 8.5, 15, x1=535)
    d.text(65, 440, "Te betalen", "DV-B", 13)
    d.text(530, 440, "€ " + fmt(tot, "de"), "DV-B", 13, "r")
    d.block(
        50,
        390,
        [
            "Gelieve dit bedrag te betalen vóór 21/02/2026 op rekening BE71 0961 2345 6769",
            "met de gestructureerde mededeling +++260/2041/18822+++.",
            "Het detail van uw verbruik vindt u op pagina 2.",
        ],
        "DV",
        8.5,
        12.5,
    )
    d.text(
        297,
        50,
        "Energia Vlaanderen NV · RPR Gent · ondernemingsnummer 0456.789.123 · www.energia-vlaanderen.be",
        "DV",
        6.8,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.text(545, 36, "1/2", "DV", 7, "r")
    d.page()
    d.text(50, 800, "Detail van uw factuur 260204118822", "DV-B", 12, color=orange)
    d.text(
        50,
        784,
        "Meter 1SAG1100042211 · periode 01/01/2026 - 31/01/2026 · totaal verbruik 380 kWh",
        "DV",
        8.3,
    )
    cols = [(50, "l"), (200, "l"), (330, "r"), (410, "r"), (470, "r"), (545, "r")]
    rows = [
        (
            ln[0],
            ln[5],
            f"{ln[1]} kWh" if ln[1] != 1 else "1 maand",
            fmt(ln[2], "de") if ln[1] == 1 else str(ln[2]).replace(".", ","),
            ln[4] + " %",
            fmt(ln[3], "de"),
        )
        for ln in lines
    ]
    y = d.table(
        750,
        cols,
        ["Omschrijving", "Rubriek", "Hoeveelheid", "Eenheidsprijs", "btw", "Excl. btw (€)"],
        rows,
        "DV",
        8,
        16,
        hfill=(0.97, 0.92, 0.86),
        x1=548,
    )
    d.line(47, y + 6, 548, y + 6)
    d.kv(
        330,
        545,
        y - 8,
        [
            ("Totaal excl. btw", fmt(net, "de")),
            ("btw", fmt(vat, "de")),
            ("Totaal incl. btw", fmt(tot, "de")),
        ],
        "DV",
        9,
        14,
        bold_last=True,
        valign="r",
    )
    d.text(545, 36, "2/2", "DV", 7, "r")
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="260204118822",
        date="2026-02-06",
        due="2026-02-21",
        vendor="Energia Vlaanderen NV",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-BE",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="BE electricity, 2 pages; klantnummer, contractnummer and 18-digit EAN beside the factuurnummer; btw 6% on energy and 21% on an app service; structured communication; due date only in the payment sentence",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i07", "pdf", "pdf")
def i07(path, rng):
    """AT online shop, gross prices, USt 10% (books) + 20%, voucher discount, paid by PayPal."""
    d = Doc(path, A4)
    c = d.c
    teal = (0.0, 0.45, 0.5)
    c.setFillColorRGB(*teal)
    c.ellipse(50, 772, 90, 806, fill=1, stroke=0)
    d.text(98, 780, "Buchfink", "DVS-B", 22, color=teal)
    d.text(545, 795, "Buchfink Versand GmbH", "DV-B", 8.5, "r")
    d.block(
        545,
        783,
        ["Gürtelstraße 18, 1160 Wien", "UID: ATU68123456", "FN 412345 k, HG Wien"],
        "DV",
        7.5,
        10,
        "r",
    )
    d.text(
        50,
        740,
        "Buchfink Versand GmbH · Gürtelstraße 18 · 1160 Wien",
        "DV",
        6.3,
        color=(0.4, 0.4, 0.4),
    )
    d.block(50, 720, ["Herrn", "Markus Gruber", "Hauptplatz 3/2/11", "8010 Graz"], "DV", 9.5, 12.5)
    d.text(50, 630, "Rechnung", "DV-B", 16)
    d.kv(
        330,
        430,
        720,
        [
            ("Rechnungsnr.", "RE-2026-118803"),
            ("Bestellnr.", "302-5518870"),
            ("Kundennr.", "K-77102"),
            ("Bestelldatum", "08.03.2026"),
            ("Rechnungsdatum", "10.03.2026"),
            ("Lieferdatum", "10.03.2026"),
        ],
        "DV",
        8.5,
        13,
    )
    lines = priced(
        [
            ("Der Weg nach Hause (Roman, geb.)", 1, "24.70", "10"),
            ("Wanderführer Steiermark", 1, "19.90", "10"),
            ("Notizbuch Leinen A5, dunkelgrün", 2, "14.95", "20"),
            ("Keramiktasse 'Lesezeit'", 1, "16.90", "20"),
            ("Versandkosten Österreich", 1, "4.90", "20"),
            ("Gutschein FRUEHLING5", 1, "-5.00", "20"),
        ]
    )
    cols = [(52, "l"), (330, "r"), (410, "r"), (460, "r"), (543, "r")]
    rows = [(ln[0], str(ln[1]), fmt(ln[2], "de"), ln[4] + " %", fmt(ln[3], "de")) for ln in lines]
    y = d.table(
        595,
        cols,
        ["Artikel", "Menge", "Einzelpreis", "USt", "Gesamt (EUR)"],
        rows,
        "DV",
        8.5,
        17,
        hfill=(0.88, 0.95, 0.95),
        x0=48,
        x1=547,
    )
    g = {"10": Decimal(0), "20": Decimal(0)}
    for ln in lines:
        g[ln[4]] += ln[3]
    t10 = q2(g["10"] * 10 / 110)
    t20 = q2(g["20"] * 20 / 120)
    tot = g["10"] + g["20"]
    net = tot - t10 - t20
    d.line(48, y + 6, 547, y + 6)
    y = d.kv(
        330,
        543,
        y - 8,
        [
            ("Gesamtbetrag inkl. USt", "EUR " + fmt(tot, "de")),
            ("darin enthalten:", None),
            ("  Nettobetrag 10 %", fmt(g["10"] - t10, "de")),
            ("  USt 10 %", fmt(t10, "de")),
            ("  Nettobetrag 20 %", fmt(g["20"] - t20, "de")),
            ("  USt 20 %", fmt(t20, "de")),
            ("Summe netto", fmt(net, "de")),
            ("Summe USt", fmt(t10 + t20, "de")),
        ],
        "DV",
        8.5,
        13.5,
        valign="r",
    )
    d.text(
        50,
        y - 15,
        "Der Betrag wurde am 08.03.2026 per PayPal beglichen. Vielen Dank für Ihren Einkauf!",
        "DV",
        8.5,
    )
    d.text(
        297,
        50,
        "Buchfink Versand GmbH · Geschäftsführerin Mag. Eva Huber · Erste Bank IBAN AT61 2011 1822 3344 5566 · www.buchfink.at",
        "DV",
        6.5,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="RE-2026-118803",
        date="2026-03-10",
        due=None,
        vendor="Buchfink Versand GmbH",
        amount=net,
        vat=t10 + t20,
        total=tot,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="AT online shop; gross line prices; USt 10% (books) + 20%; voucher line -5,00 (in the 20% base); Bestellnr. and Kundennr. beside Rechnungsnr.; total printed first, net and USt per rate below; already paid (no due date)",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i08", "pdf", "pdf")
def i08(path, rng):
    """IE consultancy to a German client, reverse charge, VAT 0.00 printed."""
    d = Doc(path, A4)
    d.text(50, 790, "KILBRIDE", "Times-Bold", 26, color=(0.1, 0.3, 0.2))
    d.text(50, 772, "ADVISORY", "Times-Roman", 12, color=(0.1, 0.3, 0.2))
    d.line(50, 764, 545, 764, 1.2, (0.1, 0.3, 0.2))
    d.block(
        545,
        790,
        [
            "Kilbride Advisory Limited",
            "Unit 4, The Malthouse, Grand Canal Street",
            "Dublin 2, D02 Y754, Ireland",
            "VAT No. IE 3456789KH",
        ],
        "Times-Roman",
        8.5,
        11,
        "r",
    )
    d.text(50, 730, "INVOICE", "Times-Bold", 16)
    d.text(50, 705, "Billed to", "Times-Bold", 9)
    d.block(
        50,
        691,
        [
            "Kessler Maschinenbau GmbH",
            "Finance Department",
            "Landsberger Straße 302",
            "80687 München, Germany",
            "VAT ID: DE298765432",
        ],
        "Times-Roman",
        9.5,
        12,
    )
    d.kv(
        330,
        435,
        705,
        [
            ("Invoice no.", "INV-0142"),
            ("Invoice date", "31/03/2026"),
            ("Due date", "30/04/2026"),
            ("Your PO no.", "4500871234"),
            ("Engagement", "ENG-2026-07"),
            ("Service period", "March 2026"),
        ],
        "Times-Roman",
        9.5,
        13,
    )
    lines = priced(
        [
            ("Strategy consulting - senior consultant (days)", 8, "950.00"),
            ("Workshop facilitation, Munich, 17 March 2026", 1, "1800.00"),
            ("Travel and subsistence (at cost)", 1, "642.18"),
        ]
    )
    cols = [(52, "l"), (370, "r"), (450, "r"), (543, "r")]
    rows = [(ln[0], str(ln[1]), "€" + fmt(ln[2]), "€" + fmt(ln[3])) for ln in lines]
    y = d.table(
        590,
        cols,
        ["Description", "Qty", "Rate", "Amount"],
        rows,
        "Times-Roman",
        9.5,
        18,
        x0=48,
        x1=547,
    )
    net = sum(ln[3] for ln in lines)
    d.line(48, y + 8, 547, y + 8)
    y = d.kv(
        330,
        543,
        y - 8,
        [
            ("Net amount", "€" + fmt(net)),
            ("VAT 0% (reverse charge)", "€0.00"),
            ("Total due", "€" + fmt(net)),
        ],
        "Times-Roman",
        10,
        15,
        bold_last=True,
        valign="r",
    )
    d.block(
        50,
        y - 15,
        [
            "Reverse charge: VAT to be accounted for by the recipient, Article 196 Council Directive 2006/112/EC.",
            "Payment within 30 days to Bank of Ireland, IBAN IE29 BOFI 9000 1712 3456 78, BIC BOFIIE2D.",
            "Please quote invoice no. INV-0142 with your payment.",
        ],
        "Times-Roman",
        9,
        12.5,
    )
    d.text(
        297,
        48,
        "Kilbride Advisory Limited · Registered in Ireland No. 612345 · Directors: S. Kilbride, A. Nolan",
        "Times-Roman",
        7.5,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="INV-0142",
        date="2026-03-31",
        due="2026-04-30",
        vendor="Kilbride Advisory Limited",
        amount=net,
        vat="0.00",
        total=net,
        currency="EUR",
        locale="en-IE",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="IE consultancy to a DE client; reverse charge, 'VAT 0% (reverse charge) €0.00' printed -> vat 0.00; PO and engagement numbers beside the invoice no.; dd/mm/yyyy; service period 'March 2026'",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i09", "pdf", "pdf")
def i09(path, rng):
    """NL freight: international transport at 0% and storage/admin at 21%, fuel surcharge."""
    d = Doc(path, A4)
    navy = (0.05, 0.15, 0.35)
    d.rect(0, 760, AW, 82, fill=navy, stroke=None)
    d.text(40, 800, "VAN DONGEN", "DVC-B", 24, color=(1, 1, 1))
    d.text(40, 782, "TRANSPORT & LOGISTIEK", "DVC", 10, color=(1, 0.75, 0.1))
    d.block(
        555,
        808,
        [
            "Van Dongen Transport & Logistiek B.V.",
            "Waalhaven Z.z. 52, 3089 JH Rotterdam",
            "KvK 24312876 · btw NL001234567B02",
        ],
        "DVC",
        8,
        10.5,
        "r",
        (1, 1, 1),
    )
    d.block(
        40,
        720,
        [
            "Rhenus-Partner Duisburg GmbH",
            "Crediteurenadministratie",
            "Hafenstraße 9",
            "47119 Duisburg",
            "Duitsland",
        ],
        "DVC",
        9.5,
        12,
    )
    d.text(330, 720, "FACTUUR", "DVC-B", 15)
    d.kv(
        330,
        430,
        700,
        [
            ("Factuurnr.", "2026-30771"),
            ("Datum", "17-04-2026"),
            ("Vervaldatum", "17-05-2026"),
            ("Klantnr.", "D-1042"),
            ("Ordernr.", "ORD-558812"),
            ("Uw referentie", "DU-IMP-2216"),
            ("CMR-nr.", "NL-0442187"),
        ],
        "DVC",
        8.5,
        12.5,
    )
    fuel_pct = D("0.145")
    base_tr = D("685.00")
    lines = [
        ("Transport Rotterdam → Duisburg, FTL 13,6 m, 14-04-2026", 1, base_tr, base_tr, "0"),
        ("Brandstoftoeslag 14,5%", 1, q2(base_tr * fuel_pct), q2(base_tr * fuel_pct), "0"),
        ("Wachttijd laadadres (uur)", 2, D("55.00"), D("110.00"), "0"),
        ("Opslag Rotterdam (palletdagen)", 84, D("0.95"), q2(84 * D("0.95")), "21"),
        ("Administratiekosten", 1, D("12.50"), D("12.50"), "21"),
    ]
    cols = [(42, "l"), (350, "r"), (420, "r"), (470, "r"), (553, "r")]
    rows = [(ln[0], str(ln[1]), fmt(ln[2], "de"), ln[4] + "%", fmt(ln[3], "de")) for ln in lines]
    y = d.table(
        590,
        cols,
        ["Omschrijving", "Aantal", "Tarief", "btw", "Bedrag €"],
        rows,
        "DVC",
        8.5,
        17,
        hfill=(0.9, 0.92, 0.96),
        x0=38,
        x1=557,
    )
    b = {"0": Decimal(0), "21": Decimal(0)}
    for ln in lines:
        b[ln[4]] += ln[3]
    v21 = q2(b["21"] * D("0.21"))
    net = b["0"] + b["21"]
    tot = net + v21
    d.line(38, y + 6, 557, y + 6)
    cols2 = [(42, "l"), (150, "r"), (230, "r")]
    d.table(
        y - 14,
        cols2,
        ["btw-specificatie", "grondslag", "btw"],
        [
            ("0% (intern. vervoer)", fmt(b["0"], "de"), "0,00"),
            ("21%", fmt(b["21"], "de"), fmt(v21, "de")),
        ],
        "DVC",
        8,
        13,
        x0=38,
        x1=235,
    )
    d.kv(
        360,
        553,
        y - 14,
        [
            ("Totaal excl. btw", fmt(net, "de")),
            ("btw", fmt(v21, "de")),
            ("Totaal te betalen", "€ " + fmt(tot, "de")),
        ],
        "DVC",
        9.5,
        15,
        bold_last=True,
        valign="r",
    )
    d.block(
        40,
        y - 95,
        [
            "0% btw: vervoer naar een andere EU-lidstaat, art. 9 lid 2 sub b Wet OB / btw verlegd voor intracommunautair vervoer.",
            "Betaling binnen 30 dagen op NL91 ABNA 0417 1643 00 o.v.v. factuurnummer 2026-30771.",
            "Op al onze werkzaamheden zijn de Nederlandse Expeditievoorwaarden (FENEX) van toepassing.",
        ],
        "DVC",
        8,
        11.5,
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2], ln[3]) for ln in lines]
    return truth(
        number="2026-30771",
        date="2026-04-17",
        due="2026-05-17",
        vendor="Van Dongen Transport & Logistiek B.V.",
        amount=net,
        vat=v21,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="NL freight forwarder; 0% on international transport and 21% on storage/admin (btw only on part); fuel surcharge line; klant-, order-, CMR-nr. and reference beside the factuurnr.; white text on a dark header",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i10", "pdf", "pdf")
def i10(path, rng):
    """FR online shop credit note (avoir), negative amounts, refers to the original invoice."""
    d = Doc(path, A4)
    d.text(50, 785, "MAISON LUMEN", "DVS", 22, color=(0.55, 0.42, 0.15))
    d.text(50, 768, "luminaires & objets de décoration", "DVS", 8.5, color=(0.4, 0.4, 0.4))
    d.block(
        545,
        792,
        [
            "Maison Lumen SAS",
            "8 rue du Faubourg Saint-Antoine",
            "75011 Paris",
            "SIREN 901 234 567 · TVA FR 63 901234567",
        ],
        "DV",
        7.5,
        10,
        "r",
    )
    d.rect(50, 680, 230, 60, stroke=(0.55, 0.42, 0.15))
    d.text(60, 718, "AVOIR", "DV-B", 18)
    d.text(60, 696, "N° AV-2026-00219", "DV-B", 10)
    d.kv(
        300,
        430,
        735,
        [
            ("Date de l'avoir", "12/05/2026"),
            ("Facture d'origine", "F-2026-01877"),
            ("du", "28/04/2026"),
            ("N° de commande", "CMD-558120"),
            ("N° client", "C-20931"),
        ],
        "DV",
        8.5,
        12.5,
    )
    d.text(50, 650, "Client", "DV-B", 8.5)
    d.block(
        50, 636, ["Mme Camille Laurent", "5 impasse des Lilas", "33000 Bordeaux"], "DV", 9.5, 12.5
    )
    lines = priced(
        [
            ("Lampe à poser « Orbe » laiton (retour)", -1, "74.17"),
            ("Abat-jour lin naturel Ø30 (retour)", -2, "18.25"),
            ("Frais de livraison remboursés", -1, "4.96"),
        ]
    )
    cols = [(52, "l"), (360, "r"), (440, "r"), (543, "r")]
    rows = [(ln[0], str(ln[1]), fmt(ln[2], "fr") + " €", fmt(ln[3], "fr") + " €") for ln in lines]
    y = d.table(
        560,
        cols,
        ["Désignation", "Qté", "P.U. HT", "Montant HT"],
        rows,
        "DV",
        8.8,
        18,
        hfill=(0.95, 0.92, 0.85),
        x0=48,
        x1=547,
    )
    net = sum(ln[3] for ln in lines)
    vat = q2(net * D("0.20"))
    tot = net + vat
    d.line(48, y + 8, 547, y + 8)
    y = d.kv(
        330,
        543,
        y - 8,
        [
            ("Total HT", fmt(net, "fr") + " €"),
            ("TVA 20 %", fmt(vat, "fr") + " €"),
            ("Total TTC de l'avoir", fmt(tot, "fr") + " €"),
        ],
        "DV",
        9.5,
        15,
        bold_last=True,
        valign="r",
    )
    d.block(
        50,
        y - 20,
        [
            f"Le montant de {fmt(-tot, 'fr')} € a été remboursé le 12/05/2026 sur la carte bancaire utilisée lors de la commande.",
            "Motif : retour client dans le délai de rétractation (14 jours).",
        ],
        "DV",
        8.5,
        12,
    )
    d.text(
        297,
        48,
        "Maison Lumen SAS au capital de 20 000 € · RCS Paris 901 234 567 · service-client@maisonlumen.fr",
        "DV",
        7,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="AV-2026-00219",
        date="2026-05-12",
        due=None,
        vendor="Maison Lumen SAS",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="credit_note",
        items=its,
        note="FR credit note (AVOIR) with negative quantities and amounts, keyed negative; refers to original invoice F-2026-01877 and order number; refund text repeats the amount positive",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i11", "pdf", "pdf")
def i11(path, rng):
    """DE management consultancy, Leistungszeitraum, Bestell-Nr., Zahlungsziel with date, Skonto note."""
    d = Doc(path, A4)
    d.text(545, 795, "HARTMANN & KOLLEGEN", "DVS-B", 15, "r")
    d.text(545, 780, "Beratungsgesellschaft mbH", "DVS", 9, "r")
    d.text(
        60,
        728,
        "Hartmann & Kollegen Beratungsgesellschaft mbH · Königsallee 60 · 40212 Düsseldorf",
        "DVS",
        6.3,
    )
    d.block(
        60,
        708,
        [
            "Stadtwerke Lindau GmbH",
            "Einkauf / Frau Weber",
            "Bahnhofstraße 12",
            "88131 Lindau (Bodensee)",
        ],
        "DVS",
        9.5,
        12.5,
    )
    d.kv(
        360,
        460,
        712,
        [
            ("Rechnung Nr.", "2026-0417"),
            ("Datum", "30.04.2026"),
            ("Kunden-Nr.", "10488"),
            ("Projekt-Nr.", "P-2611"),
            ("Ihre Bestell-Nr.", "4500123987"),
            ("Ansprechpartner", "Dr. M. Hartmann"),
        ],
        "DVS",
        8.3,
        12.5,
    )
    d.text(60, 600, "Rechnung", "DVS-B", 14)
    d.text(
        60,
        582,
        "Leistungszeitraum: 01.04.2026 bis 30.04.2026 – Projekt „Netzstrategie 2030“",
        "DVS",
        9,
    )
    lines = priced(
        [
            ("Beratungstage Senior Consultant", 6, "1450.00"),
            ("Beratungstage Consultant", 4, "980.00"),
            ("Workshop-Moderation (halbtags)", 2, "1100.00"),
            ("Reisekostenpauschale", 1, "380.00"),
        ]
    )
    cols = [(62, "l"), (360, "r"), (450, "r"), (535, "r")]
    rows = [
        (f"{i + 1}. {ln[0]}", str(ln[1]), fmt(ln[2], "de") + " €", fmt(ln[3], "de") + " €")
        for i, ln in enumerate(lines)
    ]
    y = d.table(
        550, cols, ["Position", "Menge", "Einzelpreis", "Gesamt"], rows, "DVS", 9, 17, x0=58, x1=540
    )
    net = sum(ln[3] for ln in lines)
    vat = q2(net * D("0.19"))
    tot = net + vat
    d.line(300, y + 8, 540, y + 8)
    y = d.kv(
        320,
        535,
        y - 8,
        [
            ("Nettobetrag", fmt(net, "de") + " €"),
            ("Umsatzsteuer 19 %", fmt(vat, "de") + " €"),
            ("Gesamtbetrag", fmt(tot, "de") + " €"),
        ],
        "DVS",
        9.5,
        15,
        bold_last=True,
        valign="r",
    )
    skonto = q2(tot * D("0.98"))
    d.block(
        60,
        y - 18,
        [
            "Zahlbar bis 14.05.2026 ohne Abzug.",
            f"Bei Zahlung bis 07.05.2026 gewähren wir 2 % Skonto ({fmt(skonto, 'de')} €).",
            "Bitte geben Sie bei Zahlung die Rechnungsnummer an.",
        ],
        "DVS",
        9,
        12.5,
    )
    d.line(60, 92, 535, 92, 0.4)
    d.block(
        60,
        80,
        [
            "Sitz: Düsseldorf",
            "Amtsgericht Düsseldorf HRB 77123",
            "Geschäftsführer: Dr. Martin Hartmann",
        ],
        "DVS",
        6.5,
        8.5,
    )
    d.block(
        240,
        80,
        ["Steuer-Nr. 103/5712/3344", "USt-IdNr. DE276543210", "Tel. 0211 5588 300"],
        "DVS",
        6.5,
        8.5,
    )
    d.block(
        400,
        80,
        ["Deutsche Bank Düsseldorf", "IBAN DE44 3007 0010 0123 4567 00", "BIC DEUTDEDDXXX"],
        "DVS",
        6.5,
        8.5,
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="2026-0417",
        date="2026-04-30",
        due="2026-05-14",
        vendor="Hartmann & Kollegen Beratungsgesellschaft mbH",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="DE consultancy (serif); name split over two lines in the header, full in sender line; Kunden-, Projekt-, Bestell-Nr. beside the Rechnung Nr.; due 'Zahlbar bis'; a Skonto amount (2%) printed that is not the total",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i12", "pdf", "pdf")
def i12(path, rng):
    """IN mobile + fibre postpaid bill, previous balance and payment, CGST/SGST, due date."""
    d = Doc(path, A4)
    red = (0.75, 0.1, 0.15)
    d.rect(40, 770, 515, 50, fill=red, stroke=None)
    d.text(55, 788, "skyline", "DV-B", 22, color=(1, 1, 1))
    d.text(540, 795, "Bill cum Tax Invoice", "DV-B", 11, "r", (1, 1, 1))
    d.text(540, 780, "Postpaid + Home Fibre", "DV", 8, "r", (1, 1, 1))
    d.block(
        48,
        750,
        [
            "Skyline Telecom Services Limited",
            "Plot C-14, Bandra Kurla Complex, Mumbai 400051",
            "GSTIN: 27AACCS9912M1ZQ",
        ],
        "DV",
        7.5,
        10,
    )
    d.block(
        48,
        705,
        [
            "Mr. Rohan Deshpande",
            "Flat 1203, Tower B, Lodha Amara",
            "Kolshet Road, Thane West 400607",
            "Mobile: 98200 41177",
        ],
        "DV",
        8.5,
        11,
    )
    d.kv(
        330,
        430,
        750,
        [
            ("Account No.", "1-8823410577"),
            ("Relationship No.", "REL-2210456"),
            ("Invoice No.", "MH2611I004471234"),
            ("Bill Date", "05-Jun-2026"),
            ("Bill Period", "05-May-2026 to 04-Jun-2026"),
            ("Due Date", "23-Jun-2026"),
        ],
        "DV",
        7.8,
        11.5,
    )
    lines = priced(
        [
            ("Postpaid plan Infinity 599 (monthly rental)", 1, "599.00"),
            ("Home Fibre 100 Mbps (monthly rental)", 1, "499.00"),
            ("OTT add-on pack", 1, "99.00"),
            ("Usage charges (ISD, roaming)", 1, "2.84"),
        ]
    )
    net = sum(ln[3] for ln in lines)
    cg = q2(net * D("0.09"))
    sg = q2(net * D("0.09"))
    cur = net + cg + sg
    prev = D("1179.82")
    d.rect(40, 560, 515, 62, fill=(0.98, 0.94, 0.94), stroke=None)
    cols = [(55, "l"), (180, "r"), (300, "r"), (420, "r"), (545, "r")]
    d.table(
        605,
        cols,
        ["Previous Balance", "Payments", "Adjustments", "This Month's Charges", "Amount Payable"],
        [
            (
                "₹ " + fmt(prev, "in"),
                "- ₹ " + fmt(prev, "in"),
                "₹ 0.00",
                "₹ " + fmt(cur, "in"),
                "₹ " + fmt(cur, "in"),
            )
        ],
        "DV",
        8,
        16,
        rule=False,
    )
    d.text(48, 535, "Your charges this month", "DV-B", 10, color=red)
    cols = [(50, "l"), (545, "r")]
    rows = [(ln[0], fmt(ln[3], "in")) for ln in lines]
    y = d.table(515, cols, ["Description", "Amount (₹)"], rows, "DV", 8.5, 16, x0=46, x1=549)
    d.line(46, y + 6, 549, y + 6)
    y = d.kv(
        330,
        545,
        y - 8,
        [
            ("Taxable Value", fmt(net, "in")),
            ("CGST @ 9%", fmt(cg, "in")),
            ("SGST @ 9%", fmt(sg, "in")),
            ("Total Charges", "₹ " + fmt(cur, "in")),
        ],
        "DV",
        8.5,
        14,
        bold_last=True,
        valign="r",
    )
    d.block(
        48,
        y - 20,
        [
            "Pay by 23-Jun-2026 to avoid late payment fee of ₹ 100.",
            "SAC 998413 (telecommunication services). Place of supply: Maharashtra (27).",
            "Payment of ₹ 1,179.82 received on 21-May-2026 via UPI. Thank you.",
        ],
        "DV",
        8,
        11.5,
    )
    d.text(
        297,
        44,
        "Skyline Telecom Services Limited · CIN L64200MH2008PLC181234 · Customer care 198",
        "DV",
        7,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="MH2611I004471234",
        date="2026-06-05",
        due="2026-06-23",
        vendor="Skyline Telecom Services Limited",
        amount=net,
        vat=cg + sg,
        total=cur,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="IN postpaid+fibre bill; account and relationship numbers above the invoice no.; previous balance and payment of ₹1,179.82 in a summary strip (not this invoice's total); CGST+SGST 9% each; ₹ symbol",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i13", "pdf", "scan")
def i13(path, rng):
    """US web hosting order invoice, no tax, PAID stamp; printed and scanned to an image-only PDF."""
    d = Doc(path, letter)
    c = d.c
    c.setFillColorRGB(0.1, 0.4, 0.75)
    c.wedge(50, 700, 100, 750, 0, 180, fill=1, stroke=0)
    d.text(108, 712, "bluecrest", "Helvetica-Bold", 24, color=(0.1, 0.4, 0.75))
    d.text(108, 700, "HOSTING", "Helvetica", 8, color=(0.3, 0.3, 0.3))
    d.text(LW - 50, 735, "Invoice #BH-2026-0093317", "Helvetica-Bold", 13, "r")
    d.kv(
        380,
        470,
        715,
        [
            ("Invoice Date:", "07/08/2026"),
            ("Due Date:", "07/08/2026"),
            ("Order #:", "7781204"),
            ("Customer ID:", "550912"),
        ],
        "Helvetica",
        9,
        13,
    )
    d.block(
        50,
        650,
        [
            "Invoiced To",
            "Greenleaf Yoga Studio",
            "Maria Alvarez",
            "2219 SE Division St",
            "Portland, OR 97202",
        ],
        "Helvetica",
        9.5,
        12.5,
    )
    d.block(
        380,
        650,
        ["Pay To", "Bluecrest Hosting LLC", "1900 Market St, Ste 400", "Denver, CO 80202"],
        "Helvetica",
        9.5,
        12.5,
    )
    lines = priced(
        [
            ("Business Hosting - 36 months (08/08/2026 - 08/07/2029)", 36, "8.99"),
            ("Domain Registration - greenleafyogapdx.com (1 year)", 1, "18.99"),
            ("Domain Privacy + Protection (1 year)", 1, "9.99"),
            ("Automated Site Backup - 36 months", 36, "1.99"),
        ]
    )
    cols = [(55, "l"), (380, "r"), (460, "r"), (557, "r")]
    rows = [(ln[0], str(ln[1]), "$" + fmt(ln[2]), "$" + fmt(ln[3])) for ln in lines]
    y = d.table(
        560,
        cols,
        ["Description", "Qty", "Price", "Total"],
        rows,
        "Helvetica",
        8.5,
        18,
        hfill=(0.85, 0.9, 0.97),
        x0=50,
        x1=LW - 50,
    )
    net = sum(ln[3] for ln in lines)
    d.line(50, y + 8, LW - 50, y + 8)
    y = d.kv(
        400,
        557,
        y - 8,
        [
            ("Sub Total", "$" + fmt(net) + " USD"),
            ("Credit", "$0.00 USD"),
            ("Total", "$" + fmt(net) + " USD"),
        ],
        "Helvetica",
        9.5,
        15,
        bold_last=True,
        valign="r",
    )
    cols = [(55, "l"), (200, "l"), (330, "l"), (557, "r")]
    d.text(50, y - 20, "Transactions", "Helvetica-Bold", 9.5)
    y = d.table(
        y - 40,
        cols,
        ["Transaction Date", "Gateway", "Transaction ID", "Amount"],
        [("07/08/2026", "Credit Card", "ch_3PqL8x2eZvKYlo2C1", "$" + fmt(net) + " USD")],
        "Helvetica",
        8.5,
        16,
        x0=50,
        x1=LW - 50,
    )
    d.text(400, y - 5, "Balance: $0.00 USD", "Helvetica-Bold", 9.5)
    c.saveState()
    c.setStrokeColorRGB(0.1, 0.55, 0.2)
    c.setLineWidth(2.5)
    c.translate(200, 240)
    c.rotate(14)
    c.roundRect(-42, -16, 84, 32, 6, fill=0, stroke=1)
    c.setFillColorRGB(0.1, 0.55, 0.2)
    c.setFont("Helvetica-Bold", 20)
    c.drawCentredString(0, -7, "PAID")
    c.restoreState()
    d.text(
        LW / 2,
        40,
        "Bluecrest Hosting LLC · support@bluecresthosting.com · PDF generated on 07/08/2026",
        "Helvetica",
        7,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="BH-2026-0093317",
        date="2026-07-08",
        due="2026-07-08",
        vendor="Bluecrest Hosting LLC",
        amount=net,
        vat=None,
        total=net,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="US hosting invoice (WHMCS-like), no tax line at all (vat null); order # and customer ID beside the invoice #; service period up to 2029 inside a description; PAID stamp; printed page scanned into an image-only PDF",
        kind="scan",
    ), {
        "mode": "scanpdf",
        "dpi": 170,
        "grey": True,
        "skew": float(rng.uniform(-1.5, 1.5)),
        "blur": 0.7,
        "noise": 7,
        "specks": 40,
        "size": letter,
        "paper": (246, 246, 243),
    }


@doc("i14", "pdf", "pdf")
def i14(path, rng):
    """BE consultancy, BTW 21%, 5% discount line, structured communication, project period."""
    d = Doc(path, A4)
    c = d.c
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.rect(50, 770, 6, 40, fill=1, stroke=0)
    d.text(66, 792, "Verhaegen", "DV-B", 19)
    d.text(66, 775, "CONSULTING", "DV", 9, color=(0.45, 0.45, 0.45))
    d.block(
        545,
        805,
        [
            "Verhaegen Consulting BV",
            "Coupure Links 653",
            "9000 Gent",
            "Ondernemingsnummer BE 0712.345.678",
            "RPR Gent, afdeling Gent",
        ],
        "DV",
        7.5,
        10,
        "r",
    )
    d.text(50, 720, "FACTUUR", "DV-B", 14)
    d.kv(
        50,
        150,
        700,
        [
            ("Nummer", "26/0091"),
            ("Datum", "15/06/2026"),
            ("Vervaldag", "15/07/2026"),
            ("Klantnr.", "KL-0388"),
            ("Uw PO", "PO-LG-26-114"),
            ("Periode", "01/05/2026 - 31/05/2026"),
        ],
        "DV",
        8.5,
        12.5,
    )
    d.text(330, 720, "Aan", "DV-B", 8.5)
    d.block(
        330,
        705,
        [
            "Lindegaard Logistics NV",
            "t.a.v. boekhouding",
            "Industrieweg 44",
            "2880 Bornem",
            "BTW BE 0444.555.666",
        ],
        "DV",
        9.5,
        12.5,
    )
    lines = priced(
        [
            ("Procesanalyse magazijn (uren)", 26, "115.00"),
            ("Implementatiebegeleiding WMS (uren)", 18, "115.00"),
            ("Rapportage en stuurgroep (forfait)", 1, "650.00"),
        ]
    )
    gross = sum(ln[3] for ln in lines)
    disc = -q2(gross * D("0.05"))
    cols = [(52, "l"), (370, "r"), (450, "r"), (543, "r")]
    rows = [(ln[0], str(ln[1]), "€ " + fmt(ln[2], "de"), "€ " + fmt(ln[3], "de")) for ln in lines]
    y = d.table(
        570,
        cols,
        ["Omschrijving", "Aantal", "Eenheidsprijs", "Totaal"],
        rows,
        "DV",
        8.8,
        18,
        x0=48,
        x1=547,
    )
    d.line(48, y + 8, 547, y + 8, 0.4)
    net = gross + disc
    vat = q2(net * D("0.21"))
    tot = net + vat
    y = d.kv(
        330,
        543,
        y - 8,
        [
            ("Subtotaal", "€ " + fmt(gross, "de")),
            ("Korting raamcontract 5%", "€ " + fmt(disc, "de")),
            ("Maatstaf van heffing", "€ " + fmt(net, "de")),
            ("BTW 21%", "€ " + fmt(vat, "de")),
            ("Totaal te betalen", "€ " + fmt(tot, "de")),
        ],
        "DV",
        9,
        14.5,
        bold_last=True,
        valign="r",
    )
    d.rect(50, y - 70, 495, 48, fill=(0.95, 0.95, 0.95), stroke=None)
    d.block(
        60,
        y - 36,
        [
            "Te betalen vóór 15/07/2026 op BE68 5390 0754 7034 (BIC TRIOBEBB)",
            "Mededeling: +++026/0091/00047+++",
        ],
        "DV",
        9,
        13,
    )
    d.text(
        297,
        48,
        "Verhaegen Consulting BV · BTW BE 0712.345.678 · info@verhaegen-consulting.be · +32 9 265 71 00",
        "DV",
        7,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines] + [item("Korting raamcontract 5%", 1, disc)]
    return truth(
        number="26/0091",
        date="2026-06-15",
        due="2026-07-15",
        vendor="Verhaegen Consulting BV",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-BE",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="BE consultancy; discount line (5%) between subtotal and 'Maatstaf van heffing' (keyed net = after discount); invoice no. with slash 26/0091; customer's VAT number also printed; structured communication",
        kind="pdf",
    ), {"mode": "pdf"}


@doc("i15", "pdf", "scan")
def i15(path, rng):
    """AT mobile business bill, USt 20%, SIM service fee; printed and scanned to an image-only PDF."""
    d = Doc(path, A4)
    c = d.c
    c.setFillColorRGB(0.8, 0.05, 0.1)
    p = c.beginPath()
    p.moveTo(50, 770)
    p.lineTo(72, 808)
    p.lineTo(94, 770)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    d.text(102, 778, "alpenfunk", "DV-B", 22, color=(0.8, 0.05, 0.1))
    d.text(545, 800, "Rechnung", "DV-B", 15, "r")
    d.text(50, 735, "Alpenfunk Telekom GmbH, Postfach 100, 1011 Wien", "DV", 6.5)
    d.block(
        50,
        715,
        [
            "Tischlerei Hofer e.U.",
            "z.H. Herrn Stefan Hofer",
            "Innsbrucker Straße 88",
            "6060 Hall in Tirol",
        ],
        "DV",
        10,
        13,
    )
    d.kv(
        330,
        450,
        745,
        [
            ("Kundennummer", "9.100.442.817"),
            ("Rechnungsnummer", "R26-0803-5512908"),
            ("Rechnungsdatum", "03.08.2026"),
            ("Abrechnungszeitraum", "01.07.2026 - 31.07.2026"),
            ("Rufnummer", "+43 664 1234567"),
            ("Fällig am", "17.08.2026"),
        ],
        "DV",
        8.3,
        12.5,
    )
    lines = priced(
        [
            ("Grundentgelt Tarif Alpen Business XL", 1, "20.83"),
            ("Servicepauschale (jährlich, anteilig)", 1, "2.50"),
            ("Datenpaket Extra 5 GB", 1, "4.16"),
            ("Roaming EU (Regulierung)", 1, "0.00"),
            ("Mehrwertnummern / Dienste Dritter", 1, "1.25"),
            ("Zweitgerät SIM Multi", 1, "4.99"),
        ]
    )
    cols = [(52, "l"), (543, "r")]
    rows = [(ln[0], fmt(ln[3], "de")) for ln in lines]
    d.text(50, 600, "Ihre Leistungen im Überblick", "DV-B", 11)
    y = d.table(575, cols, ["Leistung", "Betrag netto in EUR"], rows, "DV", 9, 17, x0=48, x1=547)
    net = sum(ln[3] for ln in lines)
    vat = q2(net * D("0.20"))
    tot = net + vat
    d.line(48, y + 8, 547, y + 8)
    y = d.kv(
        330,
        543,
        y - 8,
        [
            ("Summe netto", fmt(net, "de")),
            ("USt 20 %", fmt(vat, "de")),
            ("Rechnungsbetrag EUR", fmt(tot, "de")),
        ],
        "DV",
        9.5,
        15,
        bold_last=True,
        valign="r",
    )
    d.block(
        50,
        y - 20,
        [
            "Bitte überweisen Sie den Rechnungsbetrag bis 17.08.2026 auf",
            "IBAN AT48 3200 0000 1234 5864, BIC RLNWATWW, Verwendungszweck R26-0803-5512908.",
        ],
        "DV",
        8.5,
        12,
    )
    d.text(
        297,
        48,
        "Alpenfunk Telekom GmbH · Lassallestraße 9, 1020 Wien · FN 280571 f · UID ATU62895905",
        "DV",
        7,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="R26-0803-5512908",
        date="2026-08-03",
        due="2026-08-17",
        vendor="Alpenfunk Telekom GmbH",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="AT mobile bill; Kundennummer with dots above the Rechnungsnummer; phone number and period in the info block; wordmark lower-case, legal name in sender line/footer; 0,00 line; printed page scanned into an image-only PDF",
        kind="scan",
    ), {
        "mode": "scanpdf",
        "dpi": 150,
        "grey": False,
        "skew": float(rng.uniform(-1.8, 1.8)),
        "blur": 0.7,
        "noise": 6,
        "specks": 30,
        "size": A4,
        "paper": (247, 245, 238),
    }


@doc("i16", "pdf", "pdf")
def i16(path, rng):
    """IE fibre broadband, VAT 23%, installation waived (discount), direct debit date."""
    d = Doc(path, A4)
    c = d.c
    em = (0.0, 0.5, 0.3)
    c.setFillColorRGB(*em)
    c.rect(0, 0, 14, AH, fill=1, stroke=0)
    d.text(
        d.text(40, 790, "Emerald", "DV-B", 22, color=em) + 6,
        790,
        "Fibre",
        "DV",
        22,
        color=(0.2, 0.2, 0.2),
    )
    d.text(545, 795, "Your bill", "DV-B", 14, "r")
    d.block(
        40,
        740,
        ["Ms Aoife Brennan", "14 Castle Park", "Monkstown", "Co. Dublin A94 X2F3"],
        "DV",
        10,
        13,
    )
    d.kv(
        330,
        440,
        745,
        [
            ("Account number", "EF-2087741"),
            ("Invoice number", "EF26-0910-33812"),
            ("Bill date", "10 September 2026"),
            ("Bill period", "1 Sep 2026 - 30 Sep 2026"),
            ("Direct debit on", "24 September 2026"),
        ],
        "DV",
        8.5,
        13,
    )
    d.rect(330, 640, 215, 40, fill=(0.9, 0.97, 0.93), stroke=None)
    lines = priced(
        [
            ("Fibre 500 broadband (monthly, in advance)", 1, "45.53"),
            ("Home phone add-on", 1, "8.13"),
            ("Installation (one-off)", 1, "40.65"),
            ("Installation waived - welcome offer", 1, "-40.65"),
            ("Calls to mobiles, August (14 min)", 1, "1.22"),
        ]
    )
    net = sum(ln[3] for ln in lines)
    vat = q2(net * D("0.23"))
    tot = net + vat
    d.text(340, 662, "Amount due", "DV", 9)
    d.text(535, 658, "€" + fmt(tot), "DV-B", 15, "r")
    cols = [(42, "l"), (543, "r")]
    rows = [(ln[0], "€" + fmt(ln[3]) if ln[3] >= 0 else "-€" + fmt(-ln[3])) for ln in lines]
    y = d.table(600, cols, ["Charges (excl. VAT)", ""], rows, "DV", 9, 17, x0=38, x1=547)
    d.line(38, y + 8, 547, y + 8)
    y = d.kv(
        330,
        543,
        y - 8,
        [
            ("Total excl. VAT", "€" + fmt(net)),
            ("VAT @ 23%", "€" + fmt(vat)),
            ("Total this bill", "€" + fmt(tot)),
        ],
        "DV",
        9.5,
        15,
        bold_last=True,
        valign="r",
    )
    d.block(
        40,
        y - 20,
        [
            "We will collect this amount by direct debit on or after 24 September 2026",
            "from your account IE** **** **** **** **31 84 (mandate EF-2087741-01).",
        ],
        "DV",
        8.5,
        12,
    )
    d.text(
        297,
        48,
        "Emerald Fibre Ltd · 2 Grand Canal Quay, Dublin 2 · Registered in Ireland No. 654321 · VAT IE 9876543QH",
        "DV",
        7,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.save()
    its = [item(ln[0], ln[1], ln[2]) for ln in lines]
    return truth(
        number="EF26-0910-33812",
        date="2026-09-10",
        due="2026-09-24",
        vendor="Emerald Fibre Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="en-IE",
        layout="invoice",
        dtype="invoice",
        items=its,
        note="IE fibre broadband; account number above invoice number; bill period; installation charged then waived (discount line); 'Direct debit on' keyed as due date; written-out dates; amount due box above the table",
        kind="pdf",
    ), {"mode": "pdf"}


# ================================================================ driver
def build(name, outdir: Path):
    fn, ext, kind = DOCS[name]
    seed = zlib.crc32(name.encode())
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{name}.pdf"
        t, post = fn(src, rng)
        if t["kind"] != kind:
            raise AssertionError(f"{name}: kind {t['kind']} != {kind}")
        out = outdir / f"{name}.{ext}"
        mode = post.pop("mode")
        if mode == "pdf":
            out.write_bytes(src.read_bytes())
        elif mode in ("scan", "scanpdf"):
            dpi = post.pop("dpi")
            size = post.pop("size", None)
            arr = scan(raster(src, dpi), rng, **post)
            if mode == "scan":
                save_png(arr, out)
            else:
                image_pdf(arr, out, size)
        elif mode == "photo":
            dpi = post.pop("dpi")
            out.write_bytes(photo(raster(src, dpi), rng, **post))
        else:
            raise ValueError(mode)
    (outdir / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return t


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", nargs="?", default="bench/blindsets/blind-2026-13h")
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    outdir = Path(a.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for name in sorted(DOCS):
        if a.only and name != a.only:
            continue
        t = build(name, outdir)
        print(f"{name}: {t['kind']:5} {t['currency']} {t['total']:>10}  {t['vendor_name']}")


if __name__ == "__main__":
    main()
