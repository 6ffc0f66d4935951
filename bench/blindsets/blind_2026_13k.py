# ruff: noqa: E501
"""Blind set 13k: online-service invoices (NL/FR/DE/IN/US) and scanned/photographed till receipts.

Run: python -m bench.blindsets.blind_2026_13k [OUTDIR] [--only NAME]
Every random choice is seeded with the CRC-32 of the document name.
"""

from __future__ import annotations

import argparse
import json
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

FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [
    ("DV", "DejaVuSans"),
    ("DVB", "DejaVuSans-Bold"),
    ("DVM", "DejaVuSansMono"),
    ("DVMB", "DejaVuSansMono-Bold"),
    ("DVS", "DejaVuSerif"),
    ("DVSB", "DejaVuSerif-Bold"),
    ("DVC", "DejaVuSansCondensed"),
    ("DVCB", "DejaVuSansCondensed-Bold"),
]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f + ".ttf"))

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "blind-2026-13k"
C2 = Decimal("0.01")


class LayoutError(Exception):
    pass


def D(x) -> Decimal:
    return Decimal(str(x))


def q(x) -> Decimal:
    return D(x).quantize(C2, ROUND_HALF_UP)


SEPS = {
    "en": (",", "."),
    "de": (".", ","),
    "nl": (".", ","),
    "fr": (" ", ","),
    "in": (",", "."),
    "id": (".", ","),
    "ch": ("'", "."),
    "plain": ("", "."),
}


def fmt(v, st="en", nodec=False) -> str:
    v = q(v)
    neg = v < 0
    s = f"{abs(v):.2f}"
    ip, dp = s.split(".")
    t, dsep = SEPS[st]
    if st == "in" and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        ip = ",".join(parts) + "," + tail
    elif t:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = t.join(g)
    out = ip if nodec else ip + dsep + dp
    return ("-" if neg else "") + out


def rng_for(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(name.encode()))


# ---------------------------------------------------------------- drawing
class Doc:
    def __init__(self, path: Path, size):
        self.path = Path(path)
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.W, self.H = size
        self.runs: list = []

    def t(self, x, y, s, f="DV", z=9.0, a="l", col=(0, 0, 0)):
        s = str(s)
        if not s:
            return 0
        w = pdfmetrics.stringWidth(s, f, z)
        x0 = x if a == "l" else (x - w if a == "r" else x - w / 2)
        box = (x0, y - 0.22 * z, x0 + w, y + 0.76 * z)
        if box[0] < 2 or box[2] > self.W - 2 or box[1] < 2 or box[3] > self.H - 2:
            raise LayoutError(f"{self.path.name}: off page {s!r} {box}")
        for b, o in self.runs:
            if (
                box[0] < b[2] - 0.3
                and b[0] < box[2] - 0.3
                and box[1] < b[3] - 0.3
                and b[1] < box[3] - 0.3
            ):
                raise LayoutError(f"{self.path.name}: {s!r} overlaps {o!r}")
        self.runs.append((box, s))
        self.c.setFillColorRGB(*col)
        self.c.setFont(f, z)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

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

    def line(self, x1, y1, x2, y2, lw=0.5, col=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*col)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def circle(self, x, y, r, fill=(0, 0, 0)):
        self.c.setFillColorRGB(*fill)
        self.c.circle(x, y, r, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def qr(self, x, y, size, rng, n=25):
        cell = size / n
        m = rng.random((n, n)) < 0.5
        for fx, fy in [(0, 0), (n - 7, 0), (0, n - 7)]:
            m[fy : fy + 7, fx : fx + 7] = False
        self.c.setFillColorRGB(0, 0, 0)
        for j in range(n):
            for i in range(n):
                if m[j, i]:
                    self.c.rect(
                        x + i * cell, y + size - (j + 1) * cell, cell, cell, stroke=0, fill=1
                    )
        for fx, fy in [(0, 0), (n - 7, 0), (0, n - 7)]:
            bx, by = x + fx * cell, y + size - (fy + 7) * cell
            self.c.rect(bx, by, 7 * cell, 7 * cell, stroke=0, fill=1)
            self.c.setFillColorRGB(1, 1, 1)
            self.c.rect(bx + cell, by + cell, 5 * cell, 5 * cell, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
            self.c.rect(bx + 2 * cell, by + 2 * cell, 3 * cell, 3 * cell, stroke=0, fill=1)

    def bars(self, x, y, w, h, rng):
        xx = x
        self.c.setFillColorRGB(0, 0, 0)
        while xx < x + w - 3:
            bw = float(rng.choice([0.6, 0.9, 1.4, 2.0]))
            self.c.rect(xx, y, bw, h, stroke=0, fill=1)
            xx += bw + float(rng.choice([0.6, 1.0, 1.6]))

    def page(self):
        self.c.showPage()
        self.runs = []

    def save(self):
        self.c.save()


def table(
    d,
    y,
    cols,
    head,
    rows,
    f="DV",
    fb="DVB",
    z=8.5,
    lead=13.0,
    hz=None,
    hcol=(0, 0, 0),
    rule=None,
    x0=None,
    x1=None,
    hfill=None,
    zebra=None,
):
    """cols: [(x, align)]; rows: list of tuples of str. Returns y below the table."""
    hz = hz or z
    if hfill is not None:
        d.rect(x0, y - 0.35 * lead, x1 - x0, lead * 1.05, fill=hfill, stroke=None)
    if head:
        for (x, a), h in zip(cols, head, strict=False):
            d.t(x, y, h, fb, hz, a, hcol)
        y -= lead
        if rule is not None:
            d.line(x0, y + lead * 0.55, x1, y + lead * 0.55, rule)
    for i, r in enumerate(rows):
        if zebra is not None and i % 2 == 1:
            d.rect(x0, y - 0.3 * lead, x1 - x0, lead, fill=zebra, stroke=None)
        for (x, a), s in zip(cols, r, strict=False):
            d.t(x, y, s, f, z, a)
        y -= lead
    return y


# ---------------------------------------------------------------- truth
REG: dict = {}
META: dict = {}


def item(desc, qty, unit, amount):
    return {
        "description": desc,
        "quantity": str(qty),
        "unit_price": None if unit is None else f"{q(unit):.2f}",
        "amount": f"{q(amount):.2f}",
    }


def truth(
    name,
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
    tip=0,
    rounding=0,
    country="",
    typ="",
):
    v0 = q(vat) if vat is not None else Decimal("0")
    if q(amount) + v0 + q(tip) + q(rounding) != q(total):
        raise AssertionError(f"{name}: {amount}+{vat}+{tip}+{rounding} != {total}")
    META[name] = {"country": country, "type": typ}
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{q(amount):.2f}",
        "vat": None if vat is None else f"{q(vat):.2f}",
        "total": f"{q(total):.2f}",
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
        "kind": kind,
    }


def doc(fn):
    REG[fn.__name__] = fn
    return fn


# ---------------------------------------------------------------- images
def raster(pdf_path: Path, dpi: float, page: int = 0) -> np.ndarray:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        im = pdf[page].render(scale=dpi / 72.0).to_pil().convert("RGB")
    finally:
        pdf.close()
    return np.array(im)


def smooth_field(rng, h, w, cells=6):
    f = rng.random((cells, max(2, int(cells * w / max(h, 1)) + 1))).astype(np.float32)
    return cv2.resize(f, (w, h), interpolation=cv2.INTER_CUBIC).clip(0, 1)


def thermal(img, rng, strength=0.5, paper=(247, 244, 236)):
    a = img.astype(np.float32)
    ink = 255.0 - a.mean(axis=2, keepdims=True)
    h, w = ink.shape[:2]
    fld = smooth_field(rng, h, w, 5)
    grad = np.linspace(0, 1, h, dtype=np.float32)[:, None] * float(rng.uniform(-0.3, 0.3))
    fac = 1.0 - strength * (0.55 * fld + 0.45 * np.clip(grad + 0.3, 0, 1))
    ink = ink * np.clip(fac, 0.25, 1.0)[:, :, None]
    p = np.array(paper, np.float32)[None, None, :]
    out = p - ink * (p / 255.0) * np.array([0.92, 0.92, 1.0], np.float32)
    return out.clip(0, 255).astype(np.uint8)


def creases(img, rng, n=2, vertical=False):
    a = img.astype(np.float32)
    h, w = a.shape[:2]
    for _ in range(n):
        if vertical:
            x = int(rng.uniform(0.2, 0.8) * w)
            prof = np.ones(w, np.float32)
            xs = np.arange(w)
            prof -= 0.10 * np.exp(-(((xs - x) / 6.0) ** 2))
            prof += 0.05 * np.exp(-(((xs - x - 8) / 10.0) ** 2))
            a *= prof[None, :, None]
        else:
            y = int(rng.uniform(0.15, 0.85) * h)
            ys = np.arange(h)
            prof = np.ones(h, np.float32)
            prof -= 0.12 * np.exp(-(((ys - y) / 5.0) ** 2))
            prof += 0.04 * np.exp(-(((ys - y - 9) / 12.0) ** 2))
            side = np.where(ys < y, 0.97, 1.0).astype(np.float32)
            a *= (prof * side)[:, None, None]
    return a.clip(0, 255).astype(np.uint8)


def scan(
    img,
    rng,
    *,
    grey=True,
    skew=1.0,
    blur=0.6,
    noise=5.0,
    specks=40,
    down=None,
    bed=(238, 238, 236),
    pad=40,
):
    a = cv2.copyMakeBorder(img, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=bed)
    h, w = a.shape[:2]
    ang = float(rng.uniform(-skew, skew))
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=bed)
    if blur > 0:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    f = a.astype(np.float32)
    f += rng.normal(0, noise, f.shape[:2])[:, :, None].astype(np.float32)
    for _ in range(specks):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        r = int(rng.integers(1, 3))
        cv2.circle(f, (x, y), r, (60, 60, 60), -1)
    a = f.clip(0, 255).astype(np.uint8)
    if down:
        nh = round(h * down / w)
        a = cv2.resize(a, (down, nh), interpolation=cv2.INTER_AREA)
    im = Image.fromarray(a)
    return im.convert("L") if grey else im


def background(rng, h, w, style):
    if style == "wood":
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        s = np.sin(xs / 23.0 + 3 * np.sin(ys / 180.0)) * 0.5 + 0.5
        base = np.stack([110 + 40 * s, 72 + 28 * s, 40 + 15 * s], axis=2)
    elif style == "dark":
        base = np.ones((h, w, 3), np.float32) * np.array([38, 36, 40], np.float32)
    elif style == "granite":
        base = np.ones((h, w, 3), np.float32) * np.array([120, 118, 112], np.float32)
        sp = rng.random((h, w)).astype(np.float32)
        base += ((sp > 0.97) * 60 - (sp < 0.03) * 50)[:, :, None]
    else:  # cloth
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        s = (np.sin(xs / 3.0) + np.sin(ys / 3.0)) * 0.25 + 0.5
        base = np.stack([40 + 20 * s, 60 + 25 * s, 95 + 30 * s], axis=2)
    base += rng.normal(0, 6, (h, w))[:, :, None].astype(np.float32)
    return cv2.GaussianBlur(base, (0, 0), 1.2)


def photo(img, rng, *, bg="wood", long_side=2000, q_jpeg=72, folds=2, tilt=0.05, fade=0.0):
    if fade:
        img = thermal(img, rng, fade)
    if folds:
        img = creases(img, rng, folds)
    rh, rw = img.shape[:2]
    H = int(rh * 1.16)
    W = int(max(rw * 1.7, H * 0.62))
    canvas_ = background(rng, H, W, bg)
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2
    src = np.float32([[0, 0], [rw, 0], [rw, rh], [0, rh]])
    j = lambda s: float(rng.uniform(-s, s))  # noqa: E731
    dst = np.float32(
        [
            [cx - rw / 2 + j(tilt * rw), cy - rh / 2 + j(tilt * rh * 0.3)],
            [cx + rw / 2 + j(tilt * rw), cy - rh / 2 + j(tilt * rh * 0.3)],
            [cx + rw / 2 + j(tilt * rw), cy + rh / 2 + j(tilt * rh * 0.3)],
            [cx - rw / 2 + j(tilt * rw), cy + rh / 2 + j(tilt * rh * 0.3)],
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(img.astype(np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((rh, rw), np.float32), M, (W, H))
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 12, 0), 9, 1), (0, 0), 14)
    canvas_ *= (1 - 0.55 * sh)[:, :, None]
    out = canvas_ * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.92 + 0.14 * ((xs / W - 0.5) * gx + (ys / H - 0.5) * gy)
    light -= 0.18 * ((xs / W - 0.5) ** 2 + (ys / H - 0.5) ** 2)
    poly = np.zeros((H, W), np.float32)
    px = int(rng.uniform(0.55, 0.85) * W)
    py = int(rng.uniform(0.55, 0.8) * H)
    pts = np.array([[px, py], [W, py - int(0.2 * H)], [W, H], [px - int(0.15 * W), H]], np.int32)
    cv2.fillPoly(poly, [pts], 1.0)
    poly = cv2.GaussianBlur(poly, (0, 0), 40)
    light *= 1 - 0.28 * poly
    out = out * light[:, :, None] * np.array([1.0, 0.98, 0.93], np.float32)
    out += rng.normal(0, 3.5, (H, W))[:, :, None].astype(np.float32)
    out = out.clip(0, 255).astype(np.uint8)
    s = long_side / max(H, W)
    out = cv2.resize(out, (int(W * s), int(H * s)), interpolation=cv2.INTER_AREA)
    out = cv2.GaussianBlur(out, (0, 0), 0.5)
    return Image.fromarray(out), q_jpeg


def save_img(im, path: Path, quality=None):
    if path.suffix == ".jpg":
        im.save(path, "JPEG", quality=int(quality or 80), optimize=False, progressive=False)
    else:
        im.save(path, "PNG", optimize=False)


def image_pdf(im: Image.Image, path: Path, dpi: float):
    w, h = im.size
    pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
    c = canvas.Canvas(str(path), pagesize=(pw, ph), invariant=1)
    c.drawImage(ImageReader(im.convert("RGB")), 0, 0, pw, ph)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- receipt roll
class Roll:
    def __init__(self, width_mm, f="DVM", z=8.0, margin_mm=3.0, top_mm=6.0):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.f, self.z = f, z
        self.y = top_mm * mm
        self.ops: list = []

    def _adv(self, z, lead):
        self.y += lead if lead else z * 1.32

    def c(self, s, f=None, z=None, lead=None, inv=False):
        z = z or self.z
        self._adv(z, lead)
        self.ops.append(("c", self.y, s, f or self.f, z, inv))

    def ln(self, s, f=None, z=None, lead=None, x=0.0):
        z = z or self.z
        self._adv(z, lead)
        self.ops.append(("l", self.y, s, f or self.f, z, x))

    def lr(self, a, b, f=None, z=None, lead=None, fb=None):
        z = z or self.z
        self._adv(z, lead)
        self.ops.append(("lr", self.y, a, b, f or self.f, z, fb or f or self.f))

    def cols(self, parts, f=None, z=None, lead=None):
        """parts: [(frac 0..1 of usable width, align, text)]"""
        z = z or self.z
        self._adv(z, lead)
        self.ops.append(("cols", self.y, parts, f or self.f, z))

    def sep(self, ch="-", z=None):
        z = z or self.z
        self._adv(z, z * 1.1)
        n = int((self.W - 2 * self.m) / pdfmetrics.stringWidth(ch, "DVM", z))
        self.ops.append(("c", self.y, ch * n, "DVM", z, False))

    def rule(self, lw=0.6):
        self.y += 3
        self.ops.append(("rule", self.y, lw))
        self.y += 1

    def gap(self, h=4.0):
        self.y += h

    def bars(self, h=9 * mm):
        self.y += h + 2
        self.ops.append(("bars", self.y, h))

    def qr(self, s=18 * mm):
        self.y += s + 2
        self.ops.append(("qr", self.y, s))

    def render(self, path: Path, rng):  # noqa: C901
        H = self.y + 8 * mm
        d = Doc(path, (self.W, H))
        L, R = self.m, self.W - self.m
        for op in self.ops:
            k, y = op[0], H - op[1]
            if k == "c":
                _, _, s, f, z, inv = op
                if inv:
                    w = pdfmetrics.stringWidth(s, f, z)
                    d.rect(
                        self.W / 2 - w / 2 - 4,
                        y - 0.3 * z,
                        w + 8,
                        z * 1.2,
                        fill=(0, 0, 0),
                        stroke=None,
                    )
                    d.t(self.W / 2, y, s, f, z, "c", (1, 1, 1))
                else:
                    d.t(self.W / 2, y, s, f, z, "c")
            elif k == "l":
                _, _, s, f, z, x = op
                d.t(L + x, y, s, f, z)
            elif k == "lr":
                _, _, a, b, f, z, fb = op
                d.t(L, y, a, f, z)
                d.t(R, y, b, fb, z, "r")
            elif k == "cols":
                _, _, parts, f, z = op
                for fr, a, s in parts:
                    d.t(L + fr * (R - L), y, s, f, z, a)
            elif k == "rule":
                d.line(L, y, R, y, op[2])
            elif k == "bars":
                d.bars(L + 8, y, R - L - 16, op[2], rng)
            elif k == "qr":
                d.qr(self.W / 2 - op[2] / 2, y, op[2], rng)
        d.save()
        return H


def receipt_out(name, roll: Roll, out: Path, rng, mode, **kw):
    """mode: 'scan' -> png, 'scanpdf' -> image-only pdf, 'photo' -> jpg."""
    tmp = out / f".{name}.tmp.pdf"
    H = roll.render(tmp, rng)
    if mode in ("scan", "scanpdf"):
        dpi = kw.pop("dpi", 200)
        img = raster(tmp, dpi)
        fade = kw.pop("fade", 0.4)
        if fade:
            img = thermal(img, rng, fade)
        nc = kw.pop("creases", 1)
        if nc:
            img = creases(img, rng, nc)
        im = scan(img, rng, **kw)
        tmp.unlink()
        if mode == "scan":
            save_img(im, out / f"{name}.png")
            return "scan", f"{name}.png"
        eff = dpi if not kw.get("down") else dpi * kw["down"] / (roll.W / 72 * dpi + 80)
        image_pdf(im, out / f"{name}.pdf", eff)
        return "scan", f"{name}.pdf"
    long_side = kw.pop("long_side", 2000)
    dpi = min(260.0, long_side / (1.16 * H / 72.0))
    img = raster(tmp, dpi)
    tmp.unlink()
    im, qj = photo(img, rng, long_side=long_side, **kw)
    save_img(im, out / f"{name}.jpg", qj)
    return "photo", f"{name}.jpg"


def incl(total, rate):
    """split a tax-inclusive total: returns (net, tax)."""
    total = q(total)
    net = q(total / (1 + D(rate) / 100))
    return net, total - net


# ================================================================ invoices
def footer_cols(d, y, cols, f="DV", z=6.5, lead=8.5, x0=40, x1=None, rule=True):
    x1 = x1 or d.W - 40
    if rule:
        d.line(x0, y + lead + 2, x1, y + lead + 2, 0.4, (0.6, 0.6, 0.6))
    w = (x1 - x0) / len(cols)
    for i, lines in enumerate(cols):
        for k, s in enumerate(lines):
            d.t(x0 + i * w, y - k * lead, s, f, z, col=(0.3, 0.3, 0.3))


@doc
def i01(out, rng):
    """NL hosting provider, Dutch, SEPA-incasso."""
    d = Doc(out / "i01.pdf", A4)
    W, H = A4
    d.rect(40, H - 78, 30, 30, fill=(0.95, 0.45, 0.1), stroke=None)
    d.t(78, H - 70, "vonkhost", "DVB", 24, col=(0.1, 0.1, 0.15))
    d.t(W - 40, H - 56, "Vonkhost B.V.", "DVB", 9, "r")
    for k, s in enumerate(
        ["Stationsplein 14", "3511 ED Utrecht", "support@vonkhost.nl", "030 207 44 10"]
    ):
        d.t(W - 40, H - 68 - k * 11, s, "DV", 8, "r", (0.35, 0.35, 0.35))
    for k, s in enumerate(
        ["Brouwerij De Kromme Haring", "t.a.v. Sanne Visser", "Europalaan 2c", "3526 KS Utrecht"]
    ):
        d.t(40, H - 150 - k * 12, s, "DV", 9.5)
    d.t(40, H - 230, "Factuur", "DVB", 20)
    meta = [
        ("Factuurnummer", "VH-2026-004817"),
        ("Klantnummer", "100482"),
        ("Factuurdatum", "14-01-2026"),
        ("Vervaldatum", "28-01-2026"),
        ("Periode", "01-01-2026 t/m 31-01-2026"),
    ]
    for k, (a, b) in enumerate(meta):
        d.t(340, H - 150 - k * 13, a, "DV", 8.5, col=(0.4, 0.4, 0.4))
        d.t(W - 40, H - 150 - k * 13, b, "DVB" if k == 0 else "DV", 8.5, "r")
    rows = [
        ("VPS Pro 4 (4 vCPU, 8 GB RAM, 160 GB NVMe)", 1, "24.95"),
        ("Extra IPv4-adres", 2, "2.50"),
        ("Back-up opslag 100 GB", 1, "6.00"),
        ("Managed DNS-zone", 3, "0.95"),
        ("SSL-certificaat Wildcard (maanddeel)", 1, "4.17"),
    ]
    items, net = [], Decimal(0)
    trows = []
    for desc, qt, up in rows:
        a = q(D(up) * qt)
        net += a
        items.append(item(desc, qt, up, a))
        trows.append((desc, str(qt), "€ " + fmt(up, "nl"), "€ " + fmt(a, "nl")))
    cols = [(44, "l"), (360, "r"), (440, "r"), (W - 44, "r")]
    y = table(
        d,
        H - 270,
        cols,
        ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
        trows,
        z=8.5,
        lead=16,
        hcol=(1, 1, 1),
        hfill=(0.1, 0.1, 0.15),
        x0=40,
        x1=W - 40,
        zebra=(0.96, 0.96, 0.96),
    )
    vat = q(net * D("0.21"))
    tot = net + vat
    y -= 8
    for a, b, f in [
        ("Subtotaal", fmt(net, "nl"), "DV"),
        ("BTW 21%", fmt(vat, "nl"), "DV"),
        ("Totaal", fmt(tot, "nl"), "DVB"),
    ]:
        d.t(360, y, a, f, 9.5)
        d.t(W - 44, y, "€ " + b, f, 9.5, "r")
        y -= 15
    d.t(360, y - 2, "Openstaand saldo vorige facturen", "DV", 7.5, col=(0.4, 0.4, 0.4))
    d.t(W - 44, y - 2, "€ 0,00", "DV", 7.5, "r", (0.4, 0.4, 0.4))
    y -= 40
    d.t(40, y, "Betaling", "DVB", 9)
    d.t(
        40,
        y - 14,
        "Dit bedrag wordt rond 21-01-2026 automatisch geïncasseerd via SEPA-incasso van rekening NL** RABO **** **44 71.",
        "DV",
        8,
    )
    d.t(40, y - 26, "Machtigingskenmerk VH100482-01  ·  Incassant-ID NL12ZZZ712345670000", "DV", 8)
    footer_cols(
        d,
        60,
        [
            ["Vonkhost B.V.", "KvK 71234567", "BTW NL858123456B01"],
            ["IBAN NL12 RABO 0123 4567 89", "BIC RABONL2U"],
            ["Algemene voorwaarden:", "vonkhost.nl/voorwaarden"],
        ],
    )
    d.save()
    return truth(
        "i01",
        number="VH-2026-004817",
        date="2026-01-14",
        due="2026-01-28",
        vendor="Vonkhost B.V.",
        amount=net,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="NL",
        typ="hosting",
        note="Klantnummer next to invoice number; period line; SEPA debit date in text is not the due date; 'Openstaand saldo' line after total.",
    )


@doc
def i02(out, rng):
    """NL domain registrar, 2 pages, iDEAL paid."""
    d = Doc(out / "i02.pdf", A4)
    W, H = A4
    d.t(50, H - 70, "domeinwinkel", "DVSB", 26, col=(0.0, 0.35, 0.55))
    d.t(52, H - 84, ".nl  ·  registrar sinds 2004", "DV", 7.5, col=(0.4, 0.4, 0.4))
    d.t(W - 50, H - 62, "FACTUUR 2026/00931", "DVB", 12, "r")
    d.t(W - 50, H - 78, "Datum: 3 maart 2026", "DV", 9, "r")
    d.t(W - 50, H - 91, "Betalen vóór: 17 maart 2026", "DV", 9, "r")
    d.t(W - 50, H - 104, "Debiteurnr.: D-22871", "DV", 9, "r")
    for k, s in enumerate(
        [
            "Aan:",
            "Pixelgraaf Webdesign",
            "Jeroen Bakker",
            "Oudegracht 201",
            "3511 NK Utrecht",
            "BTW-nr.: NL004495810B02",
        ]
    ):
        d.t(50, H - 140 - k * 12, s, "DVB" if k == 0 else "DV", 9)
    tlds = [
        (".nl", "7.99"),
        (".com", "12.49"),
        (".eu", "6.50"),
        (".be", "8.25"),
        (".net", "14.95"),
        (".org", "13.75"),
        (".shop", "29.00"),
        (".io", "44.00"),
    ]
    names = [
        "bakkerijvanderlinden",
        "fietsenmaker-oost",
        "kapsalon-lotte",
        "tandartsrijnstraat",
        "hoveniersbedrijfgroen",
        "zeilschooldewind",
        "atelier-marit",
        "vloerenhuisbakker",
        "praktijkdemolen",
        "pizzeriaroma-ut",
        "slagerijhendriks",
        "yogastudiozon",
    ]
    rows = []
    for i in range(27):
        nm = names[i % len(names)]
        tld, pr = tlds[(i * 5 + i // len(names)) % len(tlds)]
        rows.append((f"Verlenging {nm}{tld}", "1 jaar", pr))
    rows.append(("Verhuiskosten (transfer) atelier-marit.com", "eenmalig", "5.00"))
    items, net = [], Decimal(0)
    trows = []
    for desc, per, pr in rows:
        net += q(pr)
        items.append(item(desc, 1, pr, pr))
        trows.append((desc, per, "19-03-2026", fmt(pr, "nl")))
    cols = [(50, "l"), (330, "l"), (390, "l"), (W - 50, "r")]
    head = ["Omschrijving", "Periode", "Ingang", "Bedrag (€)"]
    y = table(d, H - 240, cols, head, trows[:20], z=8, lead=14.5, rule=0.6, x0=50, x1=W - 50)
    d.t(W - 50, 50, "pagina 1 van 2 — vervolg op volgende pagina", "DV", 7, "r", (0.4, 0.4, 0.4))
    d.page()
    d.t(50, H - 60, "domeinwinkel", "DVSB", 14, col=(0.0, 0.35, 0.55))
    d.t(W - 50, H - 60, "Factuur 2026/00931 (vervolg)", "DV", 9, "r")
    y = table(d, H - 100, cols, head, trows[20:], z=8, lead=14.5, rule=0.6, x0=50, x1=W - 50)
    vat = q(net * D("0.21"))
    tot = net + vat
    y -= 10
    d.line(330, y + 8, W - 50, y + 8)
    for a, b, f in [
        ("Totaal excl. BTW", fmt(net, "nl"), "DV"),
        ("BTW 21% over " + fmt(net, "nl"), fmt(vat, "nl"), "DV"),
        ("Totaal incl. BTW", fmt(tot, "nl"), "DVB"),
    ]:
        d.t(330, y - 6, a, f, 9)
        d.t(W - 50, y - 6, b, f, 9, "r")
        y -= 16
    d.rect(50, y - 50, W - 100, 36, fill=(0.92, 0.97, 0.92), stroke=None)
    d.t(
        60,
        y - 28,
        "Reeds voldaan via iDEAL op 03-03-2026 (transactie 0050001148239912). Te betalen: € 0,00",
        "DV",
        8.5,
    )
    d.t(
        50,
        y - 80,
        "Domeinnamen worden automatisch verlengd tenzij u 30 dagen voor de ingangsdatum opzegt.",
        "DV",
        7.5,
        col=(0.4, 0.4, 0.4),
    )
    footer_cols(
        d,
        60,
        [
            ["Domeinwinkel Nederland B.V.", "Kanaalweg 5, 3526 KL Utrecht"],
            ["KvK 30198877", "BTW NL812004417B01"],
            ["IBAN NL44 INGB 0006 7788 12", "pagina 2 van 2"],
        ],
        x0=50,
        x1=W - 50,
    )
    d.save()
    return truth(
        "i02",
        number="2026/00931",
        date="2026-03-03",
        due="2026-03-17",
        vendor="Domeinwinkel Nederland B.V.",
        amount=net,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="NL",
        typ="domain registrar",
        note="2 pages, totals on page 2; long Dutch month dates; wordmark 'domeinwinkel' differs from legal name in footer; paid via iDEAL, 'Te betalen € 0,00'.",
    )


@doc
def i03(out, rng):
    """NL marketplace credit note (negative amounts), prices incl. BTW."""
    d = Doc(out / "i03.pdf", A4)
    W, H = A4
    d.rect(0, H - 90, W, 90, fill=(0.05, 0.2, 0.5), stroke=None)
    d.t(40, H - 58, "winkelhart", "DVB", 28, col=(1, 1, 1))
    d.t(W - 40, H - 52, "Creditfactuur", "DVB", 16, "r", (1, 1, 1))
    d.t(W - 40, H - 70, "geen betaling nodig", "DV", 8, "r", (0.8, 0.85, 1))
    for k, s in enumerate(["Mevr. F. de Groot", "Lindelaan 77", "2012 CB Haarlem"]):
        d.t(40, H - 130 - k * 12, s, "DV", 9.5)
    meta = [
        ("Creditfactuurnummer", "CR5502193"),
        ("Creditdatum", "22 april 2026"),
        ("Bij factuur", "5500871 van 9 april 2026"),
        ("Bestelnummer", "4012-8841-20"),
        ("Retournummer", "RT-77410"),
    ]
    for k, (a, b) in enumerate(meta):
        d.t(320, H - 130 - k * 13, a + ":", "DV", 8.5, col=(0.35, 0.35, 0.35))
        d.t(430, H - 130 - k * 13, b, "DVB" if k == 0 else "DV", 8.5)
    lines = [
        ("Draadloze koptelefoon NC-700 zwart", 1, "89.00", "21%"),
        ("Verzendkosten (retour vergoed)", 1, "4.99", "21%"),
    ]
    items, tot = [], Decimal(0)
    trows = []
    for desc, qt, up, r in lines:
        a = -q(D(up) * qt)
        tot += a
        items.append(item(desc, qt, -q(up), a))
        trows.append((desc, str(qt), r, "-€ " + fmt(up, "nl"), "-€ " + fmt(-a, "nl")))
    cols = [(40, "l"), (330, "r"), (380, "r"), (460, "r"), (W - 40, "r")]
    y = table(
        d,
        H - 230,
        cols,
        ["Artikel", "Aantal", "BTW", "Prijs incl.", "Totaal incl."],
        trows,
        z=8.5,
        lead=16,
        rule=0.8,
        x0=40,
        x1=W - 40,
    )
    net_abs, vat_abs = incl(-tot, 21)
    net, vat = -net_abs, -vat_abs
    y -= 10
    for a, b, f in [
        ("Totaal excl. BTW", "-€ " + fmt(net_abs, "nl"), "DV"),
        ("BTW 21%", "-€ " + fmt(vat_abs, "nl"), "DV"),
        ("Totaal terug te betalen", "-€ " + fmt(-tot, "nl"), "DVB"),
    ]:
        d.t(330, y, a, f, 9.5)
        d.t(W - 40, y, b, f, 9.5, "r")
        y -= 16
    d.t(
        40,
        y - 30,
        "Het bedrag wordt binnen 3 werkdagen teruggestort via je oorspronkelijke betaalmethode (iDEAL, ING).",
        "DV",
        8.5,
    )
    d.t(40, y - 44, "Verkoper: Winkelhart B.V. — verkocht en verzonden door winkelhart", "DV", 8.5)
    footer_cols(
        d,
        50,
        [
            ["Winkelhart B.V.", "Papendorpseweg 100, 3528 BJ Utrecht"],
            ["KvK 32145678", "BTW NL823456789B01"],
            ["klantenservice@winkelhart.nl", "winkelhart.nl"],
        ],
    )
    d.save()
    return truth(
        "i03",
        number="CR5502193",
        date="2026-04-22",
        due=None,
        vendor="Winkelhart B.V.",
        amount=net,
        vat=vat,
        total=tot,
        cur="EUR",
        loc="nl-NL",
        layout="invoice",
        dtype="credit_note",
        items=items,
        kind="pdf",
        country="NL",
        typ="marketplace credit note",
        note="Credit note keyed negative; refers to original invoice 5500871 and order number; prices incl. BTW, net derived as printed.",
    )


@doc
def i04(out, rng):
    """FR telecom, 2 pages, usage table, prélèvement."""
    d = Doc(out / "i04.pdf", A4)
    W, H = A4
    d.circle(58, H - 62, 18, (0.85, 0.1, 0.35))
    d.t(58, H - 67, "a", "DVB", 16, "c", (1, 1, 1))
    d.t(84, H - 70, "azurel", "DVB", 24, col=(0.85, 0.1, 0.35))
    d.t(W - 40, H - 55, "Votre facture", "DVB", 15, "r")
    d.t(W - 40, H - 72, "du 11/03/2026", "DV", 10, "r")
    box = [
        ("N° de facture", "F26-0311-884120"),
        ("N° client", "2209 4471 08"),
        ("Ligne fixe", "04 78 12 55 90"),
        ("Période", "du 01/03/2026 au 31/03/2026"),
    ]
    d.rect(40, H - 190, 250, 80, fill=(0.97, 0.94, 0.95), stroke=None)
    for k, (a, b) in enumerate(box):
        d.t(50, H - 126 - k * 16, a, "DV", 8.5, col=(0.4, 0.4, 0.4))
        d.t(140, H - 126 - k * 16, b, "DVB", 8.5)
    for k, s in enumerate(["M. Julien Moreau", "12 rue des Capucins", "69001 Lyon"]):
        d.t(330, H - 130 - k * 13, s, "DV", 10)
    usage = [
        ("03/02", "14:12", "06 12 44 87 10", "4 min 12 s", "0.38"),
        ("05/02", "09:40", "+44 20 7946 0321", "11 min 05 s", "1.21"),
        ("09/02", "18:03", "08 92 68 01 22", "2 min 40 s", "0.45"),
        ("17/02", "11:27", "+32 2 555 12 12", "2 min 01 s", "0.30"),
    ]
    hf = sum(q(u[4]) for u in usage)
    lines = [
        ("Forfait Box Fibre 1 Gb/s", "29.99"),
        ("Option TV Essentiel", "4.16"),
        ("Forfait mobile 80 Go (06 12 33 40 77)", "8.32"),
        ("Remise fidélité 12 mois", "-3.00"),
        ("Communications hors forfait (détail p. 2)", str(hf)),
    ]
    ht = sum(q(b) for _, b in lines)
    tva = q(ht * D("0.20"))
    ttc = ht + tva
    d.t(40, H - 240, "Montant total à payer", "DVB", 13)
    d.t(W - 40, H - 240, fmt(ttc, "fr") + " €", "DVB", 18, "r", (0.85, 0.1, 0.35))
    d.t(
        40,
        H - 258,
        "Date d'échéance : 25/03/2026 — prélèvement automatique sur votre compte FR76 **** **** **** **** ***0 921",
        "DV",
        8.5,
    )
    d.t(40, H - 300, "Récapitulatif", "DVB", 11)
    cols = [(40, "l"), (W - 40, "r")]
    y = table(
        d,
        H - 322,
        cols,
        ["Libellé", "Montant HT"],
        [(a, fmt(b, "fr") + " €") for a, b in lines],
        z=9,
        lead=17,
        rule=0.5,
        x0=40,
        x1=W - 40,
    )
    y -= 6
    d.line(300, y + 10, W - 40, y + 10)
    for a, b, f in [("Total HT", ht, "DV"), ("TVA 20 %", tva, "DV"), ("Total TTC", ttc, "DVB")]:
        d.t(300, y - 4, a, f, 9.5)
        d.t(W - 40, y - 4, fmt(b, "fr") + " €", f, 9.5, "r")
        y -= 16
    d.t(
        40,
        80,
        "Azurel Télécom SA au capital de 2 400 000 € — 14 quai Perrache, 69002 Lyon — RCS Lyon 523 118 004 — TVA FR61523118004",
        "DV",
        6.5,
        col=(0.4, 0.4, 0.4),
    )
    d.t(W - 40, 50, "1/2", "DV", 7, "r")
    d.page()
    d.t(40, H - 60, "azurel", "DVB", 14, col=(0.85, 0.1, 0.35))
    d.t(W - 40, H - 60, "Facture F26-0311-884120 — détail", "DV", 9, "r")
    d.t(40, H - 100, "Communications hors forfait du 01/02/2026 au 28/02/2026", "DVB", 10)
    cols = [(40, "l"), (90, "l"), (150, "l"), (320, "r"), (W - 40, "r")]
    y = table(
        d,
        H - 124,
        cols,
        ["Date", "Heure", "Numéro appelé", "Durée", "Montant HT"],
        [(a, b, c, e, fmt(f, "fr") + " €") for a, b, c, e, f in usage],
        z=8.5,
        lead=15,
        rule=0.5,
        x0=40,
        x1=W - 40,
    )
    d.t(320, y - 4, "Total hors forfait", "DVB", 8.5, "r")
    d.t(W - 40, y - 4, fmt(hf, "fr") + " €", "DVB", 8.5, "r")
    d.t(40, y - 40, "Consommation data mobile : 41,7 Go sur 80 Go inclus", "DV", 8.5)
    d.t(40, y - 54, "SMS/MMS : illimités — inclus", "DV", 8.5)
    d.t(W - 40, 50, "2/2", "DV", 7, "r")
    d.save()
    items = [item(a, 1, b, b) for a, b in lines]
    return truth(
        "i04",
        number="F26-0311-884120",
        date="2026-03-11",
        due="2026-03-25",
        vendor="Azurel Télécom SA",
        amount=ht,
        vat=tva,
        total=ttc,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="FR",
        typ="telecom",
        note="Big 'Montant total à payer' at top; N° client and phone line near invoice number; negative discount line; usage detail on page 2; vendor legal name only in small print.",
    )


@doc
def i05(out, rng):
    """FR SaaS, reverse charge to a Belgian customer, paid by card."""
    d = Doc(out / "i05.pdf", A4)
    W, H = A4
    for k in range(4):
        d.rect(48 + k * 9, H - 80, 6, 14 + k * 6, fill=(0.2, 0.55, 0.45), stroke=None)
    d.t(90, H - 78, "Pilotis", "DVSB", 22, col=(0.15, 0.3, 0.3))
    d.t(W - 48, H - 62, "FACTURE", "DVB", 18, "r", (0.2, 0.55, 0.45))
    meta = [
        ("Facture n°", "FA-2026-00217"),
        ("Date d'émission", "2 février 2026"),
        ("Date d'échéance", "4 mars 2026"),
        ("Abonnement", "sub_1QpZ88Lk"),
        ("Réf. client", "CUS-00931"),
    ]
    for k, (a, b) in enumerate(meta):
        d.t(W - 200, H - 88 - k * 12, a, "DV", 8, col=(0.4, 0.4, 0.4))
        d.t(W - 48, H - 88 - k * 12, b, "DV", 8, "r")
    d.t(48, H - 160, "Émetteur", "DVB", 8.5)
    for k, s in enumerate(
        [
            "Pilotis Logiciels SAS",
            "27 rue de la République",
            "69002 Lyon, France",
            "TVA : FR27812345678",
        ]
    ):
        d.t(48, H - 174 - k * 11, s, "DV", 8.5)
    d.t(300, H - 160, "Facturé à", "DVB", 8.5)
    for k, s in enumerate(
        [
            "Atelier Van Damme SRL",
            "Rue du Marché 41",
            "1000 Bruxelles, Belgique",
            "TVA : BE0712.345.678",
        ]
    ):
        d.t(300, H - 174 - k * 11, s, "DV", 8.5)
    lines = [
        ("Pilotis Équipe — 12 utilisateurs", "1er févr. – 28 févr. 2026", 12, "19.00"),
        ("Module Signature électronique", "1er févr. – 28 févr. 2026", 1, "35.00"),
        ("Stockage supplémentaire 50 Go", "1er févr. – 28 févr. 2026", 2, "5.00"),
    ]
    items, ht = [], Decimal(0)
    cols = [(48, "l"), (360, "r"), (440, "r"), (W - 48, "r")]
    y = H - 250
    for k, h in enumerate(["Description", "Qté", "Prix unitaire", "Montant HT"]):
        d.t(cols[k][0], y, h, "DVB", 8, cols[k][1], (0.4, 0.4, 0.4))
    d.line(48, y - 6, W - 48, y - 6)
    y -= 22
    for desc, per, qt, up in lines:
        a = q(D(up) * qt)
        ht += a
        items.append(item(desc, qt, up, a))
        d.t(48, y, desc, "DV", 9)
        d.t(48, y - 11, per, "DV", 7.5, col=(0.45, 0.45, 0.45))
        d.t(360, y, str(qt), "DV", 9, "r")
        d.t(440, y, fmt(up, "fr") + " €", "DV", 9, "r")
        d.t(W - 48, y, fmt(a, "fr") + " €", "DV", 9, "r")
        y -= 30
    d.line(48, y + 14, W - 48, y + 14, 0.3)
    tva = Decimal("0.00")
    for a, b, f in [
        ("Total HT", ht, "DV"),
        ("TVA 0 % (autoliquidation)", tva, "DV"),
        ("Total TTC", ht, "DVB"),
        ("Montant payé", ht, "DV"),
        ("Montant dû", Decimal(0), "DVB"),
    ]:
        d.t(330, y, a, f, 9)
        d.t(W - 48, y, fmt(b, "fr") + " €", f, 9, "r")
        y -= 15
    d.t(
        48,
        y - 20,
        "Autoliquidation — TVA due par le preneur, article 196 de la directive 2006/112/CE.",
        "DV",
        8,
    )
    d.t(48, y - 34, "Payé le 2 février 2026 par carte Visa se terminant par 4242.", "DV", 8)
    d.t(
        48,
        60,
        "Pilotis Logiciels SAS au capital de 50 000 € · RCS Lyon 812 345 678 · SIRET 812 345 678 00024 · Pénalités de retard : 3 × taux d'intérêt légal ; indemnité forfaitaire 40 €",
        "DV",
        6,
        col=(0.4, 0.4, 0.4),
    )
    d.save()
    return truth(
        "i05",
        number="FA-2026-00217",
        date="2026-02-02",
        due="2026-03-04",
        vendor="Pilotis Logiciels SAS",
        amount=ht,
        vat=tva,
        total=ht,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="FR",
        typ="SaaS",
        note="Reverse charge (autoliquidation), TVA 0,00 printed -> vat 0.00; subscription id near number; 'Montant dû 0,00 €' after card payment; long French dates.",
    )


@doc
def i06(out, rng):
    """FR e-commerce shop, prices TTC, discount code, shipping."""
    d = Doc(out / "i06.pdf", A4)
    W, H = A4
    d.t(W / 2, H - 70, "LA BOUTIQUE DU RANGEMENT", "DVSB", 18, "c")
    d.t(
        W / 2,
        H - 86,
        "boites · paniers · étagères — boutique-rangement.fr",
        "DVS",
        8.5,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.line(60, H - 98, W - 60, H - 98, 1.2)
    d.t(60, H - 130, "Facture n° FAC-0098312", "DVSB", 12)
    d.t(60, H - 146, "Commande n° 100045829 du 15/01/2026", "DVS", 9)
    d.t(60, H - 159, "Date de facturation : 17/01/2026", "DVS", 9)
    d.t(60, H - 172, "Mode de paiement : PayPal (réglé)", "DVS", 9)
    d.t(340, H - 130, "Adresse de livraison", "DVSB", 9)
    for k, s in enumerate(["Claire Lefèvre", "8 allée des Tilleuls", "44300 Nantes"]):
        d.t(340, H - 144 - k * 12, s, "DVS", 9)
    prods = [
        ("BX-310", "Boîte de rangement tissu 31 cm, lin", 4, "12.90"),
        ("PN-022", "Panier en jonc de mer, grand", 1, "34.50"),
        ("ET-150", "Étagère murale chêne 60 cm", 2, "27.00"),
        ("CR-008", "Crochets adhésifs (lot de 8)", 3, "5.90"),
    ]
    cols = [(60, "l"), (120, "l"), (390, "r"), (460, "r"), (W - 60, "r")]
    trows, items, sub = [], [], Decimal(0)
    for ref, desc, qt, up in prods:
        a = q(D(up) * qt)
        sub += a
        items.append(item(desc, qt, up, a))
        trows.append((ref, desc, str(qt), fmt(up, "fr") + " €", fmt(a, "fr") + " €"))
    y = table(
        d,
        H - 220,
        cols,
        ["Réf.", "Désignation", "Qté", "PU TTC", "Total TTC"],
        trows,
        f="DVS",
        fb="DVSB",
        z=8.5,
        lead=16,
        rule=0.5,
        x0=60,
        x1=W - 60,
    )
    rem = -q(sub * D("0.10"))
    port = Decimal("5.90")
    ttc = sub + rem + port
    items.append(item("Remise code BIENVENUE10 (-10 %)", 1, rem, rem))
    items.append(item("Frais de port Colissimo", 1, port, port))
    ht, tva = incl(ttc, 20)
    y -= 10
    for a, b, f in [
        ("Sous-total TTC", sub, "DVS"),
        ("Remise BIENVENUE10 (-10 %)", rem, "DVS"),
        ("Frais de port (Colissimo)", port, "DVS"),
        ("Total TTC", ttc, "DVSB"),
        ("dont TVA 20 %", tva, "DVS"),
        ("Total HT", ht, "DVS"),
    ]:
        d.t(300, y, a, f, 9)
        d.t(W - 60, y, fmt(b, "fr") + " €", f, 9, "r")
        y -= 15
    d.t(
        60,
        70,
        "La Boutique du Rangement SARL · 3 rue Crébillon 44000 Nantes · SIRET 799 541 230 00018 · APE 4759A · TVA intracom. FR13799541230",
        "DVS",
        6.5,
        col=(0.35, 0.35, 0.35),
    )
    d.t(
        60,
        60,
        "Droit de rétractation : 14 jours à compter de la réception.",
        "DVS",
        6.5,
        col=(0.35, 0.35, 0.35),
    )
    d.save()
    return truth(
        "i06",
        number="FAC-0098312",
        date="2026-01-17",
        due=None,
        vendor="La Boutique du Rangement SARL",
        amount=ht,
        vat=tva,
        total=ttc,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="FR",
        typ="e-commerce",
        note="Order number and order date next to invoice number/date; TTC prices with discount and shipping; HT derived line printed after TTC; legal form only in footer.",
    )


@doc
def i07(out, rng):
    """DE hosting, SEPA-Lastschrift, Guthaben applied after total."""
    d = Doc(out / "i07.pdf", A4)
    W, H = A4
    d.rect(50, H - 82, 160, 34, fill=(0.8, 0.0, 0.1), stroke=None)
    d.t(60, H - 71, "SERVERWERK", "DVB", 17, col=(1, 1, 1))
    d.t(
        50,
        H - 96,
        "Serverwerk Nord GmbH · Hafenstraße 9 · 24103 Kiel",
        "DV",
        6.5,
        col=(0.4, 0.4, 0.4),
    )
    for k, s in enumerate(
        ["Kanzlei Petersen & Partner mbB", "Herrn Lars Petersen", "Holstenstraße 48", "24103 Kiel"]
    ):
        d.t(50, H - 126 - k * 12, s, "DV", 10)
    meta = [
        ("Rechnungsnummer", "RE-2026-118204"),
        ("Kundennummer", "K-482913"),
        ("Rechnungsdatum", "05.02.2026"),
        ("Leistungszeitraum", "01.02.2026 – 28.02.2026"),
        ("Zahlbar bis", "19.02.2026"),
    ]
    for k, (a, b) in enumerate(meta):
        d.t(340, H - 126 - k * 12, a, "DV", 8.5)
        d.t(W - 50, H - 126 - k * 12, b, "DV", 8.5, "r")
    d.t(50, H - 215, "Rechnung", "DVB", 15)
    d.t(
        50,
        H - 234,
        "Sehr geehrte Damen und Herren, für unsere Leistungen berechnen wir Ihnen:",
        "DV",
        9,
    )
    rows = [
        ("1", "Dedicated Server AX52 (Falkenstein)", "1", "Monat", "59.00"),
        ("2", "Storage Box BX21 (5 TB)", "1", "Monat", "12.97"),
        ("3", "Zusätzliche IPv4-Adresse", "2", "Monat", "1.70"),
        ("4", "Traffic-Überschreitung", "1,24", "TB", "1.00"),
    ]
    trows, items, net = [], [], Decimal(0)
    for pos, desc, qs, unit, up in rows:
        qv = D(qs.replace(",", "."))
        a = q(qv * D(up))
        net += a
        items.append(item(desc, qv, up, a))
        trows.append((pos, desc, qs, unit, fmt(up, "de") + " €", fmt(a, "de") + " €"))
    cols = [(50, "l"), (75, "l"), (330, "r"), (340, "l"), (450, "r"), (W - 50, "r")]
    y = table(
        d,
        H - 270,
        cols,
        ["Pos.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis", "Gesamt"],
        trows,
        z=8.5,
        lead=16,
        rule=0.6,
        x0=50,
        x1=W - 50,
        hfill=(0.93, 0.93, 0.93),
    )
    ust = q(net * D("0.19"))
    brutto = net + ust
    y -= 6
    for a, b, f in [
        ("Summe netto", brutto - ust, "DV"),
        ("zzgl. 19 % USt.", ust, "DV"),
        ("Rechnungsbetrag", brutto, "DVB"),
        ("abzgl. Guthaben aus Gutschrift GS-2026-0031", Decimal("-10.00"), "DV"),
        ("Zu zahlen", brutto - 10, "DVB"),
    ]:
        d.t(300, y, a, f, 8.5)
        d.t(W - 50, y, fmt(b, "de") + " €", f, 8.5, "r")
        y -= 14
    d.t(
        50,
        y - 20,
        "Der Betrag wird per SEPA-Lastschrift von Ihrem Konto DE89 **** **** **** **30 00 eingezogen.",
        "DV",
        8.5,
    )
    d.t(50, y - 32, "Mandatsreferenz: M-482913-01 · Gläubiger-ID: DE98ZZZ09999999999", "DV", 8.5)
    footer_cols(
        d,
        70,
        [
            ["Serverwerk Nord GmbH", "Hafenstraße 9, 24103 Kiel", "Geschäftsführer: Ole Brandt"],
            ["Amtsgericht Kiel HRB 24511", "USt-IdNr. DE312456789", "St.-Nr. 20/294/12345"],
            ["Förde Sparkasse", "IBAN DE21 2105 0170 0012 3456 78", "BIC NOLADE21KIE"],
        ],
        x0=50,
        x1=W - 50,
    )
    d.save()
    return truth(
        "i07",
        number="RE-2026-118204",
        date="2026-02-05",
        due="2026-02-19",
        vendor="Serverwerk Nord GmbH",
        amount=net,
        vat=ust,
        total=brutto,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="DE",
        typ="hosting",
        note="Credit (Guthaben) deducted after Rechnungsbetrag: total is the invoice amount, not 'Zu zahlen'; decimal quantity 1,24 TB; Kundennummer beside number.",
    )


@doc
def i08(out, rng):
    """DE telecom, 2 pages, Einzelverbindungsnachweis."""
    d = Doc(out / "i08.pdf", A4)
    W, H = A4
    d.t(50, H - 70, "netz", "DVB", 26, col=(0.0, 0.45, 0.7))
    w = pdfmetrics.stringWidth("netz", "DVB", 26)
    d.t(50 + w + 1, H - 70, "plus", "DV", 26, col=(0.3, 0.3, 0.3))
    d.t(W - 50, H - 60, "Ihre Rechnung für Januar 2026", "DVB", 11, "r")
    meta = [
        ("Kundennummer", "5104 2288 31"),
        ("Rechnungsnummer", "7002 8841 5521"),
        ("Rechnungsdatum", "08.02.2026"),
        ("Festnetz", "0611 / 44 89 20"),
    ]
    for k, (a, b) in enumerate(meta):
        d.t(W - 210, H - 80 - k * 12, a, "DV", 8.5, col=(0.35, 0.35, 0.35))
        d.t(W - 50, H - 80 - k * 12, b, "DV", 8.5, "r")
    for k, s in enumerate(["Frau", "Katharina Wolf", "Biebricher Allee 133", "65187 Wiesbaden"]):
        d.t(50, H - 140 - k * 12, s, "DV", 10)
    calls = []
    tot_calls = Decimal(0)
    nums = [
        "0170 5512 883",
        "069 2740 115",
        "0151 4473 920",
        "+43 1 534 22 11",
        "0611 99 20 31",
        "0176 8820 144",
        "+41 44 268 32 00",
    ]
    for i in range(24):
        day = 2 + (i * 29) // 24
        hh = 8 + (i * 7) % 12
        mm_ = (i * 17) % 60
        n = nums[(i * 3) % len(nums)]
        sec = 40 + (i * 83) % 600
        rate = D("0.19") if n.startswith("01") else (D("0.39") if n.startswith("+") else D("0.00"))
        amt = q(rate * D(sec) / 60)
        tot_calls += amt
        calls.append(
            (
                f"{day:02d}.01.",
                f"{hh:02d}:{mm_:02d}",
                n,
                f"{sec // 60}:{sec % 60:02d}",
                fmt(amt, "de"),
            )
        )
    mon = [
        ("MagentaNetz L (DSL 100)", "39.95"),
        ("Router-Miete Fritz!Box 7590", "5.04"),
        ("Mobilfunk Tarif S (0170 …883)", "12.56"),
    ]
    net = sum(q(b) for _, b in mon) + tot_calls
    ust = q(net * D("0.19"))
    brutto = net + ust
    d.t(50, H - 230, "Rechnungsübersicht", "DVB", 12)
    rows = [(a, fmt(b, "de") + " €") for a, b in mon] + [
        ("Verbindungen (siehe Einzelverbindungsnachweis)", fmt(tot_calls, "de") + " €")
    ]
    y = table(
        d,
        H - 254,
        [(50, "l"), (W - 50, "r")],
        ["Leistung", "Netto"],
        rows,
        z=9,
        lead=17,
        rule=0.5,
        x0=50,
        x1=W - 50,
    )
    for a, b, f in [
        ("Summe netto", net, "DV"),
        ("Umsatzsteuer 19 %", ust, "DV"),
        ("Rechnungsbetrag", brutto, "DVB"),
    ]:
        d.t(330, y - 4, a, f, 9.5)
        d.t(W - 50, y - 4, fmt(b, "de") + " €", f, 9.5, "r")
        y -= 16
    d.t(
        50,
        y - 30,
        "Den Rechnungsbetrag buchen wir frühestens 5 Tage nach Zugang dieser Rechnung per SEPA-Lastschrift ab.",
        "DV",
        8.5,
    )
    d.t(
        50,
        y - 42,
        "Ihr Guthaben aus Treuebonus: 25,00 € (wird mit der nächsten Rechnung verrechnet).",
        "DV",
        8.5,
    )
    d.t(
        50,
        60,
        "netzplus Telekommunikation GmbH · Mainzer Landstraße 50 · 60325 Frankfurt am Main · AG Frankfurt HRB 99812 · USt-IdNr. DE284771902",
        "DV",
        6.3,
        col=(0.4, 0.4, 0.4),
    )
    d.t(W - 50, 45, "Seite 1 von 2", "DV", 7, "r")
    d.page()
    d.t(50, H - 60, "Einzelverbindungsnachweis Festnetz/Mobil – Januar 2026", "DVB", 11)
    d.t(
        50,
        H - 76,
        "Rechnungsnummer 7002 8841 5521 · Zielrufnummern gekürzt auf Wunsch nicht",
        "DV",
        8,
    )
    y = table(
        d,
        H - 104,
        [(50, "l"), (110, "l"), (170, "l"), (360, "r"), (W - 50, "r")],
        ["Datum", "Uhrzeit", "Zielrufnummer", "Dauer", "Betrag netto €"],
        calls,
        f="DVM",
        z=8,
        lead=13.5,
        rule=0.5,
        x0=50,
        x1=W - 50,
    )
    d.t(360, y - 4, "Summe", "DVB", 8.5, "r")
    d.t(W - 50, y - 4, fmt(tot_calls, "de"), "DVB", 8.5, "r")
    d.t(W - 50, 45, "Seite 2 von 2", "DV", 7, "r")
    d.save()
    items = [item(a, 1, b, b) for a, b in mon] + [item("Verbindungen", 1, tot_calls, tot_calls)]
    return truth(
        "i08",
        number="7002 8841 5521",
        date="2026-02-08",
        due=None,
        vendor="netzplus Telekommunikation GmbH",
        amount=net,
        vat=ust,
        total=brutto,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="DE",
        typ="telecom",
        note="Invoice number with spaces next to Kundennummer with spaces; no due date (debit 5 days after receipt); call list on page 2; Guthaben mention not deducted.",
    )


@doc
def i09(out, rng):
    """DE e-commerce, brutto prices, Versand, PayPal."""
    d = Doc(out / "i09.pdf", A4)
    W, H = A4
    d.t(W - 50, H - 72, "Berger", "DVSB", 26, "r", (0.15, 0.15, 0.15))
    d.t(W - 50, H - 86, "FAHRRADTEILE", "DV", 8, "r", (0.5, 0.5, 0.5))
    d.t(
        50,
        H - 112,
        "Fahrradteile Berger e.K. · Gutenbergstr. 12 · 70176 Stuttgart",
        "DV",
        6.5,
        col=(0.4, 0.4, 0.4),
    )
    for k, s in enumerate(["Tobias Schneider", "Am Kräherwald 5", "70193 Stuttgart"]):
        d.t(50, H - 130 - k * 12, s, "DV", 10)
    d.t(50, H - 210, "Rechnung Nr. 2026-10457", "DVB", 13)
    d.t(
        50,
        H - 226,
        "Bestellung #300118452 vom 21.03.2026 · Rechnungsdatum = Liefer-/Leistungsdatum: 23.03.2026",
        "DV",
        8.5,
    )
    prods = [
        ("Kette Shimano CN-HG701 11-fach", 1, "32.90"),
        ("Bremsbeläge Disc Resin (Paar)", 2, "11.49"),
        ("Mantel Schwalbe Marathon 28-622", 2, "29.95"),
        ('Schlauch SV 28" (Sclaverand)', 2, "5.99"),
    ]
    trows, items, sub = [], [], Decimal(0)
    for desc, qt, up in prods:
        a = q(D(up) * qt)
        sub += a
        items.append(item(desc, qt, up, a))
        trows.append((str(qt) + " x", desc, fmt(up, "de") + " €", fmt(a, "de") + " €"))
    cols = [(50, "l"), (85, "l"), (440, "r"), (W - 50, "r")]
    y = table(
        d,
        H - 262,
        cols,
        ["Menge", "Artikel", "Stückpreis", "Summe"],
        trows,
        z=8.5,
        lead=16,
        rule=0.4,
        x0=50,
        x1=W - 50,
    )
    ship = Decimal("4.95")
    items.append(item("Versand DHL", 1, ship, ship))
    tot = sub + ship
    net, mwst = incl(tot, 19)
    y -= 10
    for a, b, f in [
        ("Zwischensumme", sub, "DV"),
        ("Versand (DHL Paket)", ship, "DV"),
        ("Gesamtsumme", tot, "DVB"),
        ("enthaltene MwSt. 19 %", mwst, "DV"),
        ("Nettobetrag", net, "DV"),
    ]:
        d.t(320, y, a, f, 9)
        d.t(W - 50, y, fmt(b, "de") + " €", f, 9, "r")
        y -= 15
    d.t(
        50,
        y - 20,
        "Bezahlt mit PayPal am 21.03.2026 (Transaktion 8KF21990XY4431522). Vielen Dank für Ihren Einkauf!",
        "DV",
        8.5,
    )
    footer_cols(
        d,
        70,
        [
            ["Fahrradteile Berger e.K.", "Inh. Markus Berger", "Amtsgericht Stuttgart HRA 72311"],
            ["USt-IdNr.: DE301877450", "info@berger-fahrradteile.de"],
            ["Volksbank Stuttgart", "IBAN DE02 6009 0100 0456 7890 12"],
        ],
        x0=50,
        x1=W - 50,
    )
    d.save()
    return truth(
        "i09",
        number="2026-10457",
        date="2026-03-23",
        due=None,
        vendor="Fahrradteile Berger e.K.",
        amount=net,
        vat=mwst,
        total=tot,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="DE",
        typ="e-commerce",
        note="Wordmark 'Berger' only; order number (#300118452) and order date precede invoice date; prices incl. 19% MwSt, net printed last.",
    )


@doc
def i10(out, rng):
    """DE SaaS, Stripe-like, reverse charge to NL, proration lines, card 4242."""
    d = Doc(out / "i10.pdf", A4)
    W, H = A4
    d.t(50, H - 60, "Rechnung", "DVB", 20)
    d.t(W - 50, H - 60, "kundenwerk", "DVB", 16, "r", (0.35, 0.2, 0.75))
    meta = [
        ("Rechnungsnummer", "KW-4F1C2A-0012"),
        ("Ausstellungsdatum", "1. April 2026"),
        ("Fälligkeitsdatum", "1. April 2026"),
    ]
    for k, (a, b) in enumerate(meta):
        d.t(50, H - 90 - k * 13, a, "DV", 8.5, col=(0.4, 0.4, 0.4))
        d.t(160, H - 90 - k * 13, b, "DV", 8.5)
    blocks = [
        (
            50,
            [
                "Kundenwerk Cloud GmbH",
                "Torstraße 140",
                "10119 Berlin",
                "Deutschland",
                "USt-IdNr. DE328812044",
            ],
        ),
        (
            230,
            [
                "Rechnung an",
                "Fietsenfabriek Noord B.V.",
                "Zernikepark 6",
                "9747 AN Groningen",
                "Niederlande",
                "BTW NL862114079B01",
            ],
        ),
    ]
    for x, ls in blocks:
        for k, s in enumerate(ls):
            d.t(x, H - 150 - k * 12, s, "DVB" if k == 0 else "DV", 8.5)
    d.t(50, H - 240, "€ 0,00 fällig am 1. April 2026", "DVB", 13)
    d.t(50, H - 256, "Bezahlt mit Visa •••• 4242", "DV", 9, col=(0.35, 0.2, 0.75))
    lines = [
        ("Unbenutzte Zeit für Team × 5 (ab 1. Apr. 2026)", "5", None, "-95.00"),
        ("Restzeit für Business × 8 (ab 1. Apr. 2026)", "8", None, "232.00"),
        ("Business × 8", "8", "29.00", "232.00"),
        ("Zusatzmodul API-Zugang", "1", "49.00", "49.00"),
    ]
    cols = [(50, "l"), (360, "r"), (450, "r"), (W - 50, "r")]
    y = H - 300
    for (x, a), h in zip(cols, ["Beschreibung", "Menge", "Stückpreis", "Betrag"], strict=False):
        d.t(x, y, h, "DV", 8, a, (0.45, 0.45, 0.45))
    d.line(50, y - 6, W - 50, y - 6, 0.4)
    y -= 22
    items, net = [], Decimal(0)
    for desc, qs, up, a in lines:
        net += q(a)
        items.append(item(desc, qs, up, a))
        d.t(50, y, desc, "DV", 8.5)
        d.t(360, y, qs, "DV", 8.5, "r")
        d.t(450, y, "" if up is None else fmt(up, "de") + " €", "DV", 8.5, "r")
        d.t(W - 50, y, fmt(a, "de") + " €", "DV", 8.5, "r")
        if desc.startswith("Business"):
            d.t(50, y - 11, "1. Apr. – 1. Mai 2026", "DV", 7, col=(0.45, 0.45, 0.45))
            y -= 8
        y -= 20
    d.line(300, y + 10, W - 50, y + 10, 0.4)
    ust = Decimal("0.00")
    for a, b, f in [
        ("Zwischensumme", net, "DV"),
        ("Gesamtbetrag ohne USt.", net, "DV"),
        ("USt. (0 % – Reverse Charge)", ust, "DV"),
        ("Gesamtbetrag", net, "DVB"),
        ("Bezahlter Betrag", net, "DV"),
        ("Fälliger Betrag", Decimal(0), "DVB"),
    ]:
        d.t(300, y, a, f, 8.5)
        d.t(W - 50, y, fmt(b, "de") + " €", f, 8.5, "r")
        y -= 14
    d.t(
        50,
        y - 20,
        "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge) gemäß § 13b UStG / Art. 196 MwStSystRL.",
        "DV",
        8,
    )
    d.t(
        50,
        60,
        "Kundenwerk Cloud GmbH · Amtsgericht Charlottenburg HRB 214455 B · Geschäftsführung: Mira Okafor, Jan Sommer · Seite 1 von 1",
        "DV",
        6.5,
        col=(0.4, 0.4, 0.4),
    )
    d.save()
    return truth(
        "i10",
        number="KW-4F1C2A-0012",
        date="2026-04-01",
        due="2026-04-01",
        vendor="Kundenwerk Cloud GmbH",
        amount=net,
        vat=ust,
        total=net,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="DE",
        typ="SaaS",
        note="Stripe-style: big '€ 0,00 fällig' headline (paid), proration with negative line, reverse charge USt 0,00; wordmark lower-case.",
    )


@doc
def i11(out, rng):
    """IN broadband telecom, CGST+SGST, previous balance."""
    d = Doc(out / "i11.pdf", A4)
    W, H = A4
    d.rect(40, H - 90, W - 80, 55, fill=(0.98, 0.55, 0.1), stroke=None)
    d.t(52, H - 70, "SAMPARK", "DVB", 22, col=(1, 1, 1))
    d.t(52, H - 84, "fibre broadband", "DV", 8.5, col=(1, 1, 1))
    d.t(W - 52, H - 62, "TAX INVOICE", "DVB", 13, "r", (1, 1, 1))
    d.t(W - 52, H - 78, "Original for Recipient", "DV", 8, "r", (1, 1, 1))
    L = [
        ("Account No.", "1009 4821 7733"),
        ("Invoice No.", "MH-BB-2600418823"),
        ("Bill Date", "12-Feb-2026"),
        ("Bill Period", "01-Feb-2026 to 28-Feb-2026"),
        ("Due Date", "27-Feb-2026"),
        ("Plan", "Sampark Fiber 300 Mbps Unlimited"),
    ]
    for k, (a, b) in enumerate(L):
        d.t(W - 290, H - 115 - k * 13, a, "DV", 8.5, col=(0.35, 0.35, 0.35))
        d.t(W - 200, H - 115 - k * 13, ": " + b, "DV", 8.5)
    for k, s in enumerate(
        [
            "Mr. Rohan Deshpande",
            "Flat 702, Sai Krupa CHS",
            "Baner Road, Pune 411045",
            "Maharashtra",
            "State Code: 27",
        ]
    ):
        d.t(40, H - 115 - k * 13, s, "DV", 8.5)
    rows = [
        ("Monthly Rental - Fiber 300 Mbps", "999.00"),
        ("Static IP Address", "200.00"),
        ("OTT Bundle (Play+)", "149.00"),
    ]
    net = sum(q(b) for _, b in rows)
    cg = q(net * D("0.09"))
    sg = q(net * D("0.09"))
    tot = net + cg + sg
    prev, paid = D("1590.64"), D("-1590.64")
    d.t(40, H - 220, "Account Summary", "DVB", 10)
    sumcols = [(40, "l"), (150, "l"), (250, "l"), (360, "l"), (460, "l")]
    heads = ["Previous Balance", "Payments", "Adjustments", "Current Charges", "Amount Payable"]
    vals = [fmt(prev, "in"), fmt(paid, "in"), "0.00", fmt(tot, "in"), "Rs. " + fmt(tot, "in")]
    d.rect(40, H - 262, W - 80, 34, fill=None, stroke=(0.7, 0.7, 0.7))
    for (x, a), h, v in zip(sumcols, heads, vals, strict=False):
        d.t(x + 4, H - 240, h, "DV", 7.5, a, (0.35, 0.35, 0.35))
        d.t(x + 4, H - 255, v, "DVB", 9, a)
    d.t(40, H - 295, "Current Charges (SAC 998422)", "DVB", 10)
    y = table(
        d,
        H - 315,
        [(40, "l"), (W - 40, "r")],
        ["Description", "Amount (Rs.)"],
        [(a, fmt(b, "in")) for a, b in rows],
        z=9,
        lead=16,
        rule=0.5,
        x0=40,
        x1=W - 40,
    )
    for a, b, f in [
        ("Taxable Value", net, "DV"),
        ("CGST @ 9%", cg, "DV"),
        ("SGST @ 9%", sg, "DV"),
        ("Total Current Charges", tot, "DVB"),
    ]:
        d.t(330, y - 2, a, f, 9)
        d.t(W - 40, y - 2, fmt(b, "in"), f, 9, "r")
        y -= 15
    d.t(
        40,
        y - 20,
        "Amount in words: Rupees One Thousand Five Hundred Ninety and Sixty Four Paise Only",
        "DV",
        8,
    )
    d.t(40, y - 50, "Usage Summary", "DVB", 10)
    y = table(
        d,
        y - 70,
        [(40, "l"), (220, "r"), (340, "r"), (460, "r")],
        ["Data", "Download (GB)", "Upload (GB)", "Charge"],
        [
            ("01-Feb to 14-Feb", "412.6", "38.1", "Included"),
            ("15-Feb to 28-Feb", "386.9", "35.4", "Included"),
        ],
        z=8.5,
        lead=14,
        rule=0.4,
        x0=40,
        x1=W - 40,
    )
    d.t(
        40,
        95,
        "Pay by UPI: sampark@hdfcbank  |  Autopay not enabled. Late payment fee Rs. 100 after due date.",
        "DV",
        7.5,
    )
    d.t(
        40,
        70,
        "Sampark Broadband Pvt. Ltd. | GSTIN 27AABCS1429B1ZX | PAN AABCS1429B | CIN U64200MH2014PTC255110",
        "DV",
        6.5,
        col=(0.4, 0.4, 0.4),
    )
    d.t(
        40,
        60,
        "Regd. Office: 4th Floor, Tower B, Cerebrum IT Park, Kalyani Nagar, Pune 411014",
        "DV",
        6.5,
        col=(0.4, 0.4, 0.4),
    )
    d.save()
    assert str(tot) == "1590.64"
    items = [item(a, 1, b, b) for a, b in rows]
    return truth(
        "i11",
        number="MH-BB-2600418823",
        date="2026-02-12",
        due="2026-02-27",
        vendor="Sampark Broadband Pvt. Ltd.",
        amount=net,
        vat=cg + sg,
        total=tot,
        cur="INR",
        loc="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="IN",
        typ="telecom/ISP",
        note="Account No. above Invoice No.; account summary strip with previous balance/payments; CGST+SGST summed; 'Rs.' currency; usage table.",
    )


@doc
def i12(out, rng):
    """IN marketplace tax invoice, IGST, sold-by seller."""
    d = Doc(out / "i12.pdf", A4)
    W, H = A4
    d.t(36, H - 62, "bazaarkart", "DVB", 22, col=(0.1, 0.2, 0.45))
    d.t(36, H - 74, ".in", "DV", 8, col=(0.1, 0.2, 0.45))
    d.t(W - 36, H - 55, "Tax Invoice/Bill of Supply/Cash Memo", "DVB", 10, "r")
    d.t(W - 36, H - 68, "(Original for Recipient)", "DV", 8, "r")
    d.t(36, H - 105, "Sold By :", "DVB", 8.5)
    for k, s in enumerate(
        [
            "Shreeji Electronics Retail Pvt. Ltd.",
            "* Survey No. 41/2, Hoskote Industrial Area",
            "Bengaluru, Karnataka, 562114",
            "IN",
        ]
    ):
        d.t(36, H - 118 - k * 11, s, "DV", 8)
    d.t(36, H - 170, "PAN No: AAKCS4412M", "DVB", 8)
    d.t(36, H - 182, "GST Registration No: 29AAKCS4412M1Z6", "DVB", 8)
    d.t(W - 36, H - 105, "Billing Address :", "DVB", 8.5, "r")
    for k, s in enumerate(
        [
            "Ananya Iyer",
            "14, 3rd Cross, Besant Nagar",
            "Chennai, Tamil Nadu, 600090",
            "State/UT Code: 33",
        ]
    ):
        d.t(W - 36, H - 118 - k * 11, s, "DV", 8, "r")
    d.t(36, H - 215, "Order Number: 408-7716620-3349125", "DVB", 8)
    d.t(36, H - 227, "Order Date: 17.01.2026", "DVB", 8)
    d.t(W - 36, H - 215, "Invoice Number : KA-BLR7-41822", "DVB", 8, "r")
    d.t(W - 36, H - 227, "Invoice Details : KA-BLR7-1034771-2526", "DV", 8, "r")
    d.t(W - 36, H - 239, "Invoice Date : 19.01.2026", "DVB", 8, "r")
    prods = [
        ("Aerobook 14 Laptop (Ryzen 5, 16GB/512GB) | B0DX7K2M1Q", 1, "46601.69"),
        ("Wireless Mouse M220 Silent | B07W6JN8V1", 1, "592.37"),
        ("Shipping Charges", 1, "84.75"),
    ]
    cols = [(36, "l"), (285, "r"), (310, "r"), (370, "r"), (400, "r"), (405, "l"), (W - 36, "r")]
    d.rect(36, H - 283, W - 72, 18, fill=(0.9, 0.9, 0.9), stroke=(0.5, 0.5, 0.5))
    for (x, a), h in zip(
        cols,
        ["Description", "Unit Price", "Qty", "Net Amt", "Rate", "Tax Type / Amt", "Total"],
        strict=False,
    ):
        d.t(x + (3 if a == "l" else -3), H - 277, h, "DVB", 7.5, a)
    y = H - 300
    items, net, tax = [], Decimal(0), Decimal(0)
    for desc, qt, up in prods:
        a = q(D(up) * qt)
        t = q(a * D("0.18"))
        net += a
        tax += t
        items.append(item(desc.split(" | ")[0], qt, up, a))
        dd = desc.split(" | ")
        d.t(39, y, dd[0], "DV", 7.2)
        if len(dd) > 1:
            d.t(39, y - 9, "ASIN: " + dd[1], "DV", 6.3, col=(0.35, 0.35, 0.35))
        d.t(282, y, fmt(up, "in"), "DV", 7.5, "r")
        d.t(307, y, str(qt), "DV", 7.5, "r")
        d.t(367, y, fmt(a, "in"), "DV", 7.5, "r")
        d.t(397, y, "18%", "DV", 7.5, "r")
        d.t(408, y, "IGST", "DV", 7.5)
        d.t(485, y, fmt(t, "in"), "DV", 7.5, "r")
        d.t(W - 39, y, fmt(a + t, "in"), "DV", 7.5, "r")
        d.line(36, y - 14, W - 36, y - 14, 0.3, (0.6, 0.6, 0.6))
        y -= 26
    tot = net + tax
    d.t(39, y - 2, "TOTAL:", "DVB", 8.5)
    d.t(485, y - 2, "₹" + fmt(tax, "in"), "DVB", 8.5, "r")
    d.t(W - 39, y - 2, "₹" + fmt(tot, "in"), "DVB", 8.5, "r")
    d.t(39, y - 22, "Amount in Words: Fifty-five Thousand Seven Hundred Eighty-nine only", "DVB", 8)
    d.t(W - 36, y - 60, "For Shreeji Electronics Retail Pvt. Ltd.:", "DVB", 8, "r")
    d.t(W - 36, y - 95, "Authorized Signatory", "DV", 8, "r")
    d.t(36, y - 130, "Whether tax is payable under reverse charge - No", "DV", 7.5)
    d.t(
        36,
        y - 143,
        "Payment Transaction ID: 7Hk2M9qPz01   Date & Time: 17/01/2026, 21:14:08 hrs   Invoice Value: "
        + fmt(tot, "in")
        + "   Mode of Payment: Credit Card",
        "DV",
        6.8,
    )
    d.t(
        36,
        50,
        "*ASSPL-bazaarkart Seller Services Pvt. Ltd., ARIPL-bazaarkart Retail India Pvt. Ltd. (only where bazaarkart Retail India Pvt. Ltd. fulfillment center is co-located)",
        "DV",
        5.6,
        col=(0.4, 0.4, 0.4),
    )
    d.save()
    assert fmt(tot, "in") == "55,789.00", fmt(tot, "in")
    return truth(
        "i12",
        number="KA-BLR7-41822",
        date="2026-01-19",
        due=None,
        vendor="Shreeji Electronics Retail Pvt. Ltd.",
        amount=net,
        vat=tax,
        total=tot,
        cur="INR",
        loc="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="IN",
        typ="marketplace",
        note="Marketplace wordmark differs from the seller (Sold By); order number and 'Invoice Details' code near invoice number; order date vs invoice date; IGST per line; ₹ with Indian grouping.",
    )


@doc
def i13(out, rng):
    """IN SaaS annual plan, CGST/SGST, Indian lakh grouping, bank details."""
    d = Doc(out / "i13.pdf", A4)
    W, H = A4
    d.t(46, H - 66, "Lekhak", "DVSB", 24, col=(0.55, 0.1, 0.1))
    d.t(46, H - 80, "Cloud Software Pvt. Ltd.", "DVS", 9, col=(0.55, 0.1, 0.1))
    d.t(W - 46, H - 60, "INVOICE", "DVSB", 16, "r")
    meta = [
        ("Invoice #", "LCS/25-26/1187"),
        ("Invoice Date", "28/02/2026"),
        ("Terms", "Net 15"),
        ("Due Date", "15/03/2026"),
        ("Subscription ID", "SUB-000412"),
        ("Place Of Supply", "Karnataka (29)"),
    ]
    for k, (a, b) in enumerate(meta):
        d.t(W - 230, H - 80 - k * 12, a, "DVS", 8.5, col=(0.35, 0.35, 0.35))
        d.t(W - 46, H - 80 - k * 12, b, "DVS", 8.5, "r")
    for k, s in enumerate(
        [
            "No. 88, 2nd Floor, 100 Feet Road, Indiranagar",
            "Bengaluru 560038, Karnataka",
            "GSTIN 29AACCL7781Q1ZK",
        ]
    ):
        d.t(46, H - 100 - k * 11, s, "DVS", 8)
    d.t(46, H - 170, "Bill To", "DVSB", 9)
    for k, s in enumerate(
        [
            "Nandini Agro Foods LLP",
            "Plot 17, KIADB Industrial Area, Doddaballapur",
            "Bengaluru Rural 561203",
            "GSTIN 29AAMFN0994H1ZB",
        ]
    ):
        d.t(46, H - 184 - k * 11, s, "DVS", 8.5)
    rows = [
        ("Lekhak Business - Annual (25 users)", "998314", 1, "100000.00"),
        ("Additional storage 1 TB - Annual", "998315", 2, "6500.00"),
        ("Onboarding & data migration", "998316", 1, "12500.00"),
    ]
    cols = [(46, "l"), (190, "l"), (290, "l"), (360, "r"), (430, "r"), (W - 46, "r")]
    d.rect(46, H - 266, W - 92, 18, fill=(0.55, 0.1, 0.1), stroke=None)
    for (x, a), h in zip(
        cols, ["#", "Item & Description", "HSN/SAC", "Qty", "Rate", "Amount"], strict=False
    ):
        d.t(x + (4 if a == "l" else -4), H - 260, h, "DVSB", 8, a, (1, 1, 1))
    y = H - 284
    items, net = [], Decimal(0)
    for i, (desc, sac, qt, up) in enumerate(rows, 1):
        a = q(D(up) * qt)
        net += a
        items.append(item(desc, qt, up, a))
        d.t(50, y, str(i), "DVS", 8.5)
        d.t(64, y, desc, "DVS", 8.5)
        d.t(294, y, sac, "DVS", 8.5)
        d.t(356, y, f"{qt}.00", "DVS", 8.5, "r")
        d.t(426, y, fmt(up, "in"), "DVS", 8.5, "r")
        d.t(W - 50, y, fmt(a, "in"), "DVS", 8.5, "r")
        y -= 18
    d.line(46, y + 8, W - 46, y + 8, 0.4)
    cg = q(net * D("0.09"))
    sg = cg
    tot = net + cg + sg
    y -= 8
    for a, b, f in [
        ("Sub Total", net, "DVS"),
        ("CGST9 (9%)", cg, "DVS"),
        ("SGST9 (9%)", sg, "DVS"),
        ("Total", tot, "DVSB"),
        ("Balance Due", tot, "DVSB"),
    ]:
        d.t(340, y, a, f, 9, "r")
        d.t(W - 50, y, ("₹" if f == "DVSB" else "") + fmt(b, "in"), f, 9, "r")
        y -= 15
    d.t(
        46,
        y - 20,
        "Total In Words: Indian Rupee One Lakh Forty-Eight Thousand Ninety Only",
        "DVS",
        8,
    )
    d.t(46, y - 50, "Bank details for NEFT/RTGS", "DVSB", 8.5)
    for k, s in enumerate(
        [
            "A/c name: Lekhak Cloud Software Pvt. Ltd.",
            "A/c no: 50200061234987   IFSC: HDFC0000523",
            "Bank: HDFC Bank, Indiranagar Branch",
        ]
    ):
        d.t(46, y - 63 - k * 11, s, "DVS", 8)
    d.t(
        46,
        60,
        "CIN U72900KA2017PTC104551 · This is a computer generated invoice and does not require a signature.",
        "DVS",
        6.5,
        col=(0.4, 0.4, 0.4),
    )
    d.save()
    assert fmt(tot, "in") == "1,48,090.00", fmt(tot, "in")
    return truth(
        "i13",
        number="LCS/25-26/1187",
        date="2026-02-28",
        due="2026-03-15",
        vendor="Lekhak Cloud Software Pvt. Ltd.",
        amount=net,
        vat=cg + sg,
        total=tot,
        cur="INR",
        loc="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="IN",
        typ="SaaS",
        note="Lakh grouping (1,48,090.00); slashes in invoice number with fiscal year; subscription id and terms near number; CGST+SGST; dd/mm/yyyy.",
    )


@doc
def i14(out, rng):
    """US SaaS, Stripe-like, sales tax, paid by card ending 4242, credit."""
    d = Doc(out / "i14.pdf", letter)
    W, H = letter
    d.rect(50, H - 80, 22, 22, fill=(0.95, 0.7, 0.1), stroke=None)
    d.t(80, H - 76, "brightloop", "DVB", 18)
    d.t(W - 50, H - 70, "Receipt", "DVB", 20, "r")
    meta = [
        ("Invoice number", "7F3A21C9-0004"),
        ("Receipt number", "2281-7310"),
        ("Date paid", "January 9, 2026"),
        ("Payment method", "Visa ending 4242"),
    ]
    for k, (a, b) in enumerate(meta):
        d.t(50, H - 120 - k * 13, a, "DV", 8.5, col=(0.4, 0.4, 0.4))
        d.t(170, H - 120 - k * 13, b, "DV", 8.5)
    for k, s in enumerate(
        [
            "Brightloop, Inc.",
            "1201 Western Ave, Suite 400",
            "Seattle, WA 98101",
            "billing@brightloop.io",
        ]
    ):
        d.t(50, H - 190 - k * 12, s, "DVB" if k == 0 else "DV", 8.5)
    for k, s in enumerate(
        ["Bill to", "Harbor & Pine Studio LLC", "88 Pike St", "Seattle, WA 98101"]
    ):
        d.t(300, H - 190 - k * 12, s, "DVB" if k == 0 else "DV", 8.5)
    rows = [("Pro plan", 6, "99.00"), ("Automation runs (overage 1,250 @ $0.08)", 1, "100.00")]
    _sub = sum(q(D(up) * qt) for _, qt, up in rows)
    _net = _sub - q(_sub * D("0.15"))
    _paid = _net + q(_net * D("0.1035")) - D("12.50")
    d.t(50, H - 260, f"${fmt(_paid)} paid on January 9, 2026", "DVB", 14)
    cols = [(50, "l"), (380, "r"), (470, "r"), (W - 50, "r")]
    y = H - 300
    for (x, a), h in zip(cols, ["Description", "Qty", "Unit price", "Amount"], strict=False):
        d.t(x, y, h, "DV", 8, a, (0.45, 0.45, 0.45))
    d.line(50, y - 6, W - 50, y - 6, 0.4)
    y -= 22
    items, sub = [], Decimal(0)
    for desc, qt, up in rows:
        a = q(D(up) * qt)
        sub += a
        items.append(item(desc, qt, up, a))
        d.t(50, y, desc, "DV", 9)
        d.t(50, y - 11, "Jan 9 – Feb 9, 2026", "DV", 7.5, col=(0.45, 0.45, 0.45))
        d.t(380, y, str(qt), "DV", 9, "r")
        d.t(470, y, "$" + fmt(up), "DV", 9, "r")
        d.t(W - 50, y, "$" + fmt(a), "DV", 9, "r")
        y -= 30
    disc = -q(sub * D("0.15"))
    items.append(item("Annual partner discount (15% off)", 1, disc, disc))
    net = sub + disc
    tax = q(net * D("0.1035"))
    tot = net + tax
    credit = Decimal("-12.50")
    for a, b, f in [
        ("Subtotal", sub, "DV"),
        ("Partner discount (15% off)", disc, "DV"),
        ("Total excluding tax", net, "DV"),
        ("Sales tax - Washington (10.35% on $" + fmt(net) + ")", tax, "DV"),
        ("Total", tot, "DVB"),
        ("Applied balance", credit, "DV"),
        ("Amount paid", tot + credit, "DVB"),
    ]:
        d.t(280, y, a, f, 8.5)
        d.t(W - 50, y, ("-$" + fmt(-b)) if b < 0 else "$" + fmt(b), f, 8.5, "r")
        y -= 15
    d.t(
        50,
        60,
        "Questions? Contact Brightloop, Inc. at billing@brightloop.io · Page 1 of 1",
        "DV",
        7,
        col=(0.4, 0.4, 0.4),
    )
    d.save()
    assert tot + credit == _paid
    return truth(
        "i14",
        number="7F3A21C9-0004",
        date="2026-01-09",
        due=None,
        vendor="Brightloop, Inc.",
        amount=net,
        vat=tax,
        total=tot,
        cur="USD",
        loc="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="US",
        typ="SaaS",
        note="Stripe-style receipt for an invoice: both invoice number and receipt number; headline shows amount paid after applied balance (not the total); discount before tax; date paid as invoice date.",
    )


@doc
def i15(out, rng):
    """US cloud hosting, 2 pages usage, promotional credit, no tax."""
    d = Doc(out / "i15.pdf", letter)
    W, H = letter
    d.t(54, H - 64, "RIDGELINE", "DVCB", 22, col=(0.1, 0.35, 0.25))
    d.t(54, H - 78, "CLOUD", "DVC", 10, col=(0.1, 0.35, 0.25))
    d.t(W - 54, H - 60, "Invoice", "DVCB", 16, "r")
    meta = [
        ("Invoice number", "INV-2026-0218-5531"),
        ("Account ID", "acct_7Q2W9E"),
        ("Invoice date", "March 1, 2026"),
        ("Billing period", "Feb 1 – Feb 28, 2026"),
        ("Payment due", "March 15, 2026"),
    ]
    for k, (a, b) in enumerate(meta):
        d.t(W - 250, H - 82 - k * 12, a, "DVC", 8.5, col=(0.4, 0.4, 0.4))
        d.t(W - 54, H - 82 - k * 12, b, "DVC", 8.5, "r")
    for k, s in enumerate(["Ridgeline Cloud, LLC", "500 Yale Ave N", "Seattle, WA 98109"]):
        d.t(54, H - 100 - k * 11, s, "DVC", 8.5)
    for k, s in enumerate(
        [
            "Billed to",
            "Tallgrass Analytics",
            "dev-team@tallgrass.example",
            "2250 Blake St, Denver, CO 80205",
        ]
    ):
        d.t(54, H - 170 - k * 11, s, "DVCB" if k == 0 else "DVC", 8.5)
    res = []
    specs = [
        ("Droplet s-2vcpu-4gb", "web-{}", "672", "0.03571"),
        ("Droplet c-4 CPU-Opt", "worker-{}", "672", "0.12500"),
        ("Volume 250 GiB", "vol-{}", "672", "0.03720"),
        ("Managed Postgres db-s-2vcpu-4gb", "pg-{}", "672", "0.08929"),
        ("Load Balancer small", "lb-{}", "672", "0.01786"),
        ("Snapshot storage (GiB-mo)", "snap-{}", "84.2", "0.06000"),
    ]
    for i in range(30):
        typ, nm, hrs, rate = specs[i % len(specs)]
        hrs_v = D(hrs) if i % 4 else D(hrs) - D(i * 7 % 300)
        a = q(hrs_v * D(rate))
        res.append((typ, nm.format(f"{i + 1:02d}"), f"{hrs_v}", rate, a))
    sub = sum(r[4] for r in res)
    credit = Decimal("-25.00")
    tot = sub + credit
    d.t(54, H - 240, "Summary", "DVCB", 11)
    y = H - 260
    for a, b, f in [
        ("Usage charges (see detail)", sub, "DVC"),
        ("Promotional credit PROMO-STARTUP", credit, "DVC"),
        ("Tax", None, "DVC"),
        ("Total due", tot, "DVCB"),
    ]:
        d.t(54, y, a, f, 10)
        d.t(
            W - 54,
            y,
            "—" if b is None else (("-$" + fmt(-b)) if b < 0 else "$" + fmt(b)),
            f,
            10,
            "r",
        )
        y -= 16
    d.t(
        54,
        y - 10,
        "Your card on file (Mastercard ending 5454) will be charged on March 15, 2026.",
        "DVC",
        8.5,
    )
    d.t(
        54,
        y - 22,
        "Sales tax is not collected for this account (exemption certificate EX-CO-22871 on file).",
        "DVC",
        8.5,
    )
    cols = [(54, "l"), (250, "l"), (390, "r"), (470, "r"), (W - 54, "r")]
    head = ["Product", "Resource", "Hours / Qty", "Rate", "Amount"]
    rows = [(a, b, c, "$" + e, "$" + fmt(f)) for a, b, c, e, f in res]
    d.t(54, y - 60, "Usage detail", "DVCB", 11)
    y = table(
        d,
        y - 80,
        cols,
        head,
        rows[:14],
        f="DVC",
        fb="DVCB",
        z=8,
        lead=13,
        rule=0.5,
        x0=54,
        x1=W - 54,
    )
    d.t(W / 2, 40, "Page 1 of 2", "DVC", 7.5, "c")
    d.page()
    d.t(54, H - 60, "Usage detail (continued) · INV-2026-0218-5531", "DVCB", 10)
    y = table(
        d,
        H - 90,
        cols,
        head,
        rows[14:],
        f="DVC",
        fb="DVCB",
        z=8,
        lead=13,
        rule=0.5,
        x0=54,
        x1=W - 54,
    )
    d.t(390, y - 6, "Usage charges", "DVCB", 8.5, "r")
    d.t(W - 54, y - 6, "$" + fmt(sub), "DVCB", 8.5, "r")
    d.t(W / 2, 40, "Ridgeline Cloud, LLC · EIN 84-2231907 · Page 2 of 2", "DVC", 7.5, "c")
    d.save()
    items = [item(f"{a} {b}", c, e, f) for a, b, c, e, f in res] + [
        item("Promotional credit PROMO-STARTUP", 1, credit, credit)
    ]
    return truth(
        "i15",
        number="INV-2026-0218-5531",
        date="2026-03-01",
        due="2026-03-15",
        vendor="Ridgeline Cloud, LLC",
        amount=tot,
        vat=None,
        total=tot,
        cur="USD",
        loc="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="US",
        typ="cloud hosting",
        note="2 pages of usage rows with hours x rates; promotional credit reduces the total; Tax shown as dash (vat null); account id near invoice number.",
    )


@doc
def i16(out, rng):
    """US cable/internet statement: no invoice number, taxes & fees section."""
    d = Doc(out / "i16.pdf", letter)
    W, H = letter
    d.t(50, H - 66, "KEYSTONE", "DVSB", 22, col=(0.05, 0.15, 0.4))
    d.t(52, H - 80, "CABLE & INTERNET", "DV", 8, col=(0.05, 0.15, 0.4))
    meta = [
        ("Account Number", "8499 1012 3345 678"),
        ("Statement Date", "03/12/2026"),
        ("Service Period", "03/15/26 - 04/14/26"),
        ("Payment Due By", "04/02/2026"),
    ]
    d.rect(W - 250, H - 130, 200, 80, fill=(0.93, 0.95, 1.0), stroke=None)
    for k, (a, b) in enumerate(meta):
        d.t(W - 242, H - 66 - k * 16, a, "DV", 8, col=(0.3, 0.3, 0.3))
        d.t(W - 58, H - 66 - k * 16, b, "DVB", 8, "r")
    for k, s in enumerate(["DANIEL R OKAFOR", "417 N 3RD ST APT 2", "HARRISBURG PA 17101-1203"]):
        d.t(50, H - 140 - k * 12, s, "DVM", 9)
    prev, pay = D("118.37"), D("-118.37")
    svc = [
        ("Internet 500 Mbps", "65.00"),
        ("xFi Gateway Rental", "15.00"),
        ("Home Phone Unlimited", "20.00"),
        ("Autopay & Paperless Discount", "-10.00"),
        ("Broadcast TV Fee", "4.99"),
    ]
    net = sum(q(b) for _, b in svc)
    taxes = [
        ("PA Sales Tax (6% on taxable services)", q((D("20.00") + D("4.99")) * D("0.06"))),
        ("Federal Universal Service Fund", D("1.93")),
        ("PA 911 Fee", D("1.65")),
        ("Harrisburg Local Services Tax", D("0.47")),
    ]
    tx = sum(b for _, b in taxes)
    tot = net + tx
    d.t(50, H - 200, "Your Bill at a Glance", "DVSB", 12)
    y = H - 222
    for a, b, f in [
        ("Previous Balance", prev, "DV"),
        ("Payment Received 02/28 - Thank You", pay, "DV"),
        ("Balance Forward", prev + pay, "DV"),
        ("New Charges", tot, "DV"),
        ("Amount Due", prev + pay + tot, "DVB"),
    ]:
        d.t(50, y, a, f, 9.5)
        d.t(300, y, ("-$" + fmt(-b)) if b < 0 else "$" + fmt(b), f, 9.5, "r")
        y -= 15
    d.rect(330, H - 300, W - 380, 90, fill=None, stroke=(0.05, 0.15, 0.4), lw=1)
    d.t(345, H - 230, "Autopay is scheduled", "DVB", 10, col=(0.05, 0.15, 0.4))
    d.t(345, H - 246, "We'll charge $" + fmt(tot) + " to your", "DV", 8.5)
    d.t(345, H - 258, "Visa ****1881 on 04/02/2026.", "DV", 8.5)
    d.t(345, H - 278, "No payment is needed.", "DV", 8.5)
    d.t(50, H - 330, "New Charges Details", "DVSB", 12)
    y = table(
        d,
        H - 352,
        [(50, "l"), (W - 50, "r")],
        ["Regular Monthly Charges", ""],
        [(a, ("-$" + fmt(-D(b))) if D(b) < 0 else "$" + fmt(b)) for a, b in svc],
        z=9,
        lead=15,
        x0=50,
        x1=W - 50,
    )
    d.t(50, y, "Total Regular Monthly Charges", "DVB", 9)
    d.t(W - 50, y, "$" + fmt(net), "DVB", 9, "r")
    y -= 24
    y = table(
        d,
        y,
        [(50, "l"), (W - 50, "r")],
        ["Taxes, Surcharges & Fees", ""],
        [(a, "$" + fmt(b)) for a, b in taxes],
        z=9,
        lead=15,
        x0=50,
        x1=W - 50,
    )
    d.t(50, y, "Total Taxes, Surcharges & Fees", "DVB", 9)
    d.t(W - 50, y, "$" + fmt(tx), "DVB", 9, "r")
    y -= 20
    d.line(50, y + 8, W - 50, y + 8, 1)
    d.t(50, y - 6, "Total New Charges", "DVB", 10.5)
    d.t(W - 50, y - 6, "$" + fmt(tot), "DVB", 10.5, "r")
    d.t(
        50,
        60,
        "Keystone Cable & Internet LLC · PO Box 70219 · Philadelphia PA 19176-0219 · keystonecable.example/pay · 1-800-555-0143",
        "DV",
        6.5,
        col=(0.4, 0.4, 0.4),
    )
    d.save()
    items = [item(a, 1, b, b) for a, b in svc]
    return truth(
        "i16",
        number=None,
        date="2026-03-12",
        due="2026-04-02",
        vendor="Keystone Cable & Internet LLC",
        amount=net,
        vat=tx,
        total=tot,
        cur="USD",
        loc="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        kind="pdf",
        country="US",
        typ="cable/internet",
        note="Statement with no invoice number (account number only -> null); taxes, surcharges & fees summed as vat; previous balance/payment lines; Amount Due equals New Charges.",
    )


# ================================================================ receipts
def rsum(lines):
    return sum((q(D(u) * D(n)) for _, n, u in lines), Decimal(0))


@doc
def r01(out, rng):
    """US supermarket, member savings, sales tax on T items, VISA slip. scan png."""
    r = Roll(80, "DVM", 7.5)
    r.c("FRESHWAY", "DVMB", 20, lead=22)
    r.c("M A R K E T", "DVM", 8)
    r.c("Store #0417  (201) 555-0188")
    r.c("1450 Bergen Blvd, Fort Lee NJ 07024")
    r.gap(4)
    r.c("ST# 0417 OP# 000112 TE# 03 TRANS# 08811")
    r.sep("-")
    its = [
        ("ORG BANANAS 2.31 LB @ 0.79", "1", "1.82", False, None),
        ("GREEK YOGURT 32OZ", "2", "5.49", False, "1.00"),
        ("SPARKLING WATER 12PK", "1", "6.99", True, "2.00"),
        ("CHEDDAR SHARP 8OZ", "1", "4.29", False, None),
        ("PAPER TOWELS 6 ROLL", "1", "11.49", True, "1.50"),
        ("SOURDOUGH LOAF", "1", "4.99", False, None),
        ("DISH SOAP 28OZ", "1", "3.79", True, None),
        ("EGGS LG DOZ", "1", "3.89", False, None),
    ]
    sub, taxable, saved, items = Decimal(0), Decimal(0), Decimal(0), []
    nitems = 0
    for desc, n, u, tx, sv in its:
        a = q(D(u) * D(n))
        nitems += int(n)
        if n != "1":
            r.ln(f"  {n} @ {u}")
        r.lr(desc[:30], f"{a:.2f} {'T' if tx else 'F'}")
        sub += a
        if tx:
            taxable += a
        items.append(item(desc, n, u, a))
        if sv:
            s = q(sv)
            r.lr("   MEMBER SAVINGS", f"{s:.2f}-")
            sub -= s
            saved += s
            if tx:
                taxable -= s
            items.append(item("MEMBER SAVINGS", 1, -s, -s))
    r.sep("-")
    tax = q(taxable * D("0.06625"))
    tot = sub + tax
    r.lr("SUBTOTAL", f"{sub:.2f}")
    r.lr("TAX 1  6.625 %", f"{tax:.2f}")
    r.lr("**** TOTAL", f"{tot:.2f}", f="DVMB", z=9)
    r.gap(3)
    r.lr("VISA TEND", f"{tot:.2f}")
    r.lr("CHANGE DUE", "0.00")
    r.gap(3)
    r.ln("VISA CREDIT ************4242")
    r.ln("APPROVAL # 082214   REF # 6031 0442 8871")
    r.ln("AID A0000000031010  TERMINAL # 3")
    r.ln("*NO SIGNATURE REQUIRED*")
    r.gap(3)
    r.c(f"# ITEMS SOLD {nitems}", "DVMB")
    r.c(f"YOUR MEMBER SAVINGS TODAY  ${saved:.2f}", "DVMB")
    r.gap(2)
    r.c("03/14/26    18:42:07")
    r.bars()
    r.c("TC# 4417 0031 0881 1946 2207", z=6.5)
    r.c("THANK YOU FOR SHOPPING FRESHWAY")
    kind, _ = receipt_out(
        "r01", r, out, rng, "scan", dpi=190, fade=0.45, creases=2, grey=True, skew=1.6, blur=0.7
    )
    return truth(
        "r01",
        number="08811",
        date="2026-03-14",
        due=None,
        vendor="FRESHWAY MARKET",
        amount=sub,
        vat=tax,
        total=tot,
        cur="USD",
        loc="en-US",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="US",
        typ="supermarket",
        note="Walmart-style ST#/OP#/TE#/TRANS# line; member savings lines reduce subtotal; tax only on T items; VISA slip; thermal fade and creases.",
    )


@doc
def r02(out, rng):
    """US restaurant with tip on card slip. photo."""
    r = Roll(76, "Courier", 8.5)
    r.c("THE COPPER KETTLE", "Courier-Bold", 13, lead=16)
    r.c("Bistro & Bar")
    r.c("212 W 79th St, New York NY 10024")
    r.c("(212) 555-7710")
    r.sep("=")
    r.lr("Check #4412", "Table 12")
    r.lr("Server: MARIA G", "Guests: 2")
    r.lr("04/18/2026", "8:51 PM")
    r.sep("-")
    its = [
        ("Burrata", "1", "17.00"),
        ("Steak Frites", "1", "34.00"),
        ("Mushroom Risotto", "1", "26.00"),
        ("Glass Malbec", "2", "15.00"),
        ("Sparkling Water", "1", "6.00"),
        ("Creme Brulee", "1", "12.00"),
    ]
    items = []
    for d_, n, u in its:
        a = q(D(u) * D(n))
        r.lr(f"{n} {d_}", f"{a:.2f}")
        items.append(item(d_, n, u, a))
    sub = rsum(its)
    tax = q(sub * D("0.08875"))
    r.sep("-")
    r.lr("Subtotal", f"{sub:.2f}")
    r.lr("Sales Tax 8.875%", f"{tax:.2f}")
    r.lr("Amount", f"{sub + tax:.2f}", f="Courier-Bold")
    tip = q((sub + tax) * D("0.20"))
    tot = sub + tax + tip
    r.sep("-")
    r.ln("MASTERCARD ************7731")
    r.ln("Auth: 00419Z   Entry: Contactless")
    r.gap(4)
    r.lr("Tip:", f"{tip:.2f}")
    r.lr("TOTAL:", f"{tot:.2f}", f="Courier-Bold", z=10)
    r.gap(6)
    r.ln("x____________________________")
    r.c("CUSTOMER COPY")
    r.c("Thank you! See you soon.")
    kind, _ = receipt_out(
        "r02", r, out, rng, "photo", bg="wood", long_side=2000, folds=2, fade=0.2, tilt=0.05
    )
    return truth(
        "r02",
        number="4412",
        date="2026-04-18",
        due=None,
        vendor="THE COPPER KETTLE",
        amount=sub,
        vat=tax,
        total=tot,
        tip=tip,
        cur="USD",
        loc="en-US",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="US",
        typ="restaurant",
        note="Card slip: 'Amount' before tip, TOTAL after printed tip (tip keyed); Check # and Table/Guests on the same lines; photo on wood.",
    )


@doc
def r03(out, rng):
    """UK supermarket, clubcard prices, VAT code table. scan png downscaled ~650 px."""
    r = Roll(80, "DVM", 8)
    r.c("GREENGATE", "DVMB", 18, lead=20)
    r.c("S U P E R S T O R E", z=7)
    r.c("Kings Road, Reading RG1 3AA")
    r.c("VAT Number: GB 220 4301 86", z=7)
    r.gap(3)
    its = [
        ("MILK SEMI SKIMMED 4PT", "1", "1.65", "B"),
        ("FREE RANGE EGGS 12", "1", "3.20", "B"),
        ("TEABAGS 240S", "1", "4.50", "B"),
        ("BLEACH THICK 750ML", "1", "1.10", "A"),
        ("SALMON FILLETS X2", "1", "4.75", "B"),
        ("BATTERIES AA 8PK", "1", "6.00", "A"),
        ("RED WINE 75CL", "1", "8.00", "A"),
        ("BROCCOLI", "2", "0.79", "B"),
    ]
    ga, gb, items = Decimal(0), Decimal(0), []
    for d_, n, u, c in its:
        a = q(D(u) * D(n))
        if n != "1":
            r.ln(f"{n} x £{u}", z=7)
        r.lr(d_, f"£{a:.2f} {c}")
        items.append(item(d_, n, u, a))
        if c == "A":
            ga += a
        else:
            gb += a
    cc = [("Clubcard Price RED WINE", "A", "1.50"), ("Clubcard Price SALMON", "B", "0.75")]
    for d_, c, s in cc:
        r.lr(d_, f"-£{s} {c}")
        items.append(item(d_, 1, -q(s), -q(s)))
        if c == "A":
            ga -= q(s)
        else:
            gb -= q(s)
    tot = ga + gb
    r.sep("-")
    r.lr(f"{sum(int(n) for _, n, _, _ in its)} ITEMS   BALANCE DUE", f"£{tot:.2f}", f="DVMB", z=9)
    r.lr("VISA DEBIT", f"£{tot:.2f}")
    r.lr("CHANGE DUE", "£0.00")
    r.sep("-")
    va_net, va = incl(ga, 20)
    r.ln("VAT   RATE     NET     VAT   TOTAL", z=7)
    r.ln(f"A    20.0%  {va_net:6.2f}  {va:5.2f}  {ga:6.2f}", z=7)
    r.ln(f"B     0.0%  {gb:6.2f}   0.00  {gb:6.2f}", z=7)
    r.sep("-")
    r.ln("Clubcard Statement", "DVMB")
    r.lr("Clubcard Prices saved you", "£2.25")
    r.lr("Points this visit", "26")
    r.gap(3)
    r.c("12/02/26  14:05  2297 014 5521 1042", z=7)
    r.c("Receipt No: 2297-14-5521", z=7)
    r.bars(8 * mm)
    kind, _ = receipt_out(
        "r03",
        r,
        out,
        rng,
        "scan",
        dpi=220,
        fade=0.3,
        creases=1,
        grey=True,
        skew=1.2,
        blur=0.5,
        down=650,
    )
    return truth(
        "r03",
        number="2297-14-5521",
        date="2026-02-12",
        due=None,
        vendor="GREENGATE SUPERSTORE",
        amount=va_net + gb,
        vat=va,
        total=tot,
        cur="GBP",
        loc="en-GB",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="UK",
        typ="supermarket",
        note="'BALANCE DUE' as total; VAT only on code A (20%), code B zero-rated -> vat = A tax; Clubcard price reductions; downscaled to 650 px wide.",
    )


@doc
def r04(out, rng):
    """UK cafe, discretionary service charge, VAT included. photo dark background."""
    r = Roll(80, "DV", 8)
    r.c("Hazel & Rye", "DVSB", 16, lead=19)
    r.c("kitchen · coffee · wine", "DVS", 7.5)
    r.c("14 Stokes Croft, Bristol BS1 3PR")
    r.c("VAT Reg No. 318 4471 20", z=7)
    r.sep("-")
    r.lr("Table 7   Covers 3", "Bill 3318")
    r.lr("Sat 07 Mar 2026", "13:27")
    r.sep("-")
    its = [
        ("Shakshuka", "2", "11.50"),
        ("Full Veggie Breakfast", "1", "13.00"),
        ("Flat White", "2", "3.60"),
        ("Fresh Orange Juice", "1", "4.20"),
        ("Cardamom Bun", "3", "3.40"),
    ]
    items = []
    for d_, n, u in its:
        a = q(D(u) * D(n))
        r.cols([(0, "l", n), (0.08, "l", d_), (1, "r", f"£{a:.2f}")])
        items.append(item(d_, n, u, a))
    sub = rsum(its)
    sc = q(sub * D("0.125"))
    tot = sub + sc
    net, vat = incl(sub, 20)
    r.sep("-")
    r.lr("Subtotal", f"£{sub:.2f}")
    r.lr("Discretionary service 12.5%", f"£{sc:.2f}")
    r.lr("TOTAL", f"£{tot:.2f}", f="DVB", z=11)
    r.gap(3)
    r.lr("Paid AMEX ****1009", f"£{tot:.2f}")
    r.gap(3)
    r.lr("VAT @ 20% included", f"£{vat:.2f}", z=7.5)
    r.lr("Net of VAT", f"£{net:.2f}", z=7.5)
    r.gap(3)
    r.c("100% of service charge goes to our team", "DVS", 7)
    r.c("Thank you — hazelandrye.co.uk", "DVS", 7)
    kind, _ = receipt_out(
        "r04", r, out, rng, "photo", bg="dark", long_side=1800, folds=1, fade=0.1, tilt=0.06
    )
    return truth(
        "r04",
        number="3318",
        date="2026-03-07",
        due=None,
        vendor="Hazel & Rye",
        amount=net,
        vat=vat,
        total=tot,
        tip=sc,
        cur="GBP",
        loc="en-GB",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="UK",
        typ="restaurant",
        note="Discretionary service charge keyed as tip; VAT included in subtotal only, printed below payment; 'Bill 3318' on the table line; dark background photo.",
    )


def round05(x):
    """Malaysian cash rounding to the nearest 0.05."""
    x = q(x)
    return (x / D("0.05")).quantize(Decimal("1"), ROUND_HALF_UP) * D("0.05")


@doc
def r05(out, rng):
    """MY mini market, TOTAL (RM), rounding adj, cash/change. scan png."""
    r = Roll(76, "DVM", 7.5)
    r.c("KEDAI RUNCIT SRI MUTIARA", "DVMB", 10)
    r.c("SDN. BHD. (1187220-K)", z=7)
    r.c("No. 12, Jalan SS 2/24, 47300 Petaling Jaya", z=7)
    r.c("Selangor. Tel: 03-7875 2210", z=7)
    r.sep("-")
    r.lr("Receipt No: CS00128841", "Cashier: AINI")
    r.lr("Date: 15/03/2026", "Time: 20:14")
    r.sep("-")
    r.cols([(0, "l", "Item"), (0.62, "r", "Qty"), (0.8, "r", "Price"), (1, "r", "Amt")])
    r.sep("-")
    its = [
        ("MILO 3IN1 18S", "1", "15.90"),
        ("GARDENIA ORIG 400G", "1", "4.20"),
        ("TELUR GRED A 10S", "2", "5.49"),
        ("MAGGI KARI 5S", "2", "4.79"),
        ("DUTCH LADY 1L", "1", "7.35"),
        ("SUNLIGHT 900ML", "1", "6.55"),
    ]
    items = []
    for d_, n, u in its:
        a = q(D(u) * D(n))
        r.ln(d_)
        r.cols([(0.62, "r", n), (0.8, "r", u), (1, "r", f"{a:.2f}")])
        items.append(item(d_, n, u, a))
    sub = rsum(its)
    tot = round05(sub)
    rnd = tot - sub
    r.sep("-")
    r.lr(f"Total Item: {len(its)}", f"Total Qty: {sum(int(n) for _, n, _ in its)}")
    r.lr("Sub Total", f"{sub:.2f}")
    r.lr("Rounding Adj", f"{rnd:.2f}")
    r.lr("TOTAL (RM)", f"{tot:.2f}", f="DVMB", z=10)
    r.lr("CASH", "60.00")
    r.lr("CHANGE", f"{60 - tot:.2f}")
    r.sep("-")
    r.c("Barang yang dijual tidak boleh", z=7)
    r.c("ditukar atau dikembalikan", z=7)
    r.c("TERIMA KASIH, SILA DATANG LAGI", z=7)
    kind, _ = receipt_out(
        "r05",
        r,
        out,
        rng,
        "scan",
        dpi=180,
        fade=0.55,
        creases=2,
        grey=True,
        skew=2.0,
        blur=0.8,
        noise=7,
    )
    assert rnd != 0
    return truth(
        "r05",
        number="CS00128841",
        date="2026-03-15",
        due=None,
        vendor="KEDAI RUNCIT SRI MUTIARA SDN. BHD.",
        amount=sub,
        vat=None,
        total=tot,
        rounding=rnd,
        cur="MYR",
        loc="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="MY",
        typ="mini market",
        note="TOTAL (RM) after Rounding Adj; no tax printed; cash/change; item/qty counts; heavy thermal fade, 2 deg skew.",
    )


@doc
def r06(out, rng):
    """MY restaurant: service charge 10%, SST 6%, rounding, NETT TOTAL. photo on cloth."""
    r = Roll(80, "DV", 8)
    r.c("RESTORAN NASI KANDAR PELITA", "DVB", 10.5)
    r.c("PELITA FOOD INDUSTRIES SDN BHD (199501008827)", z=6.5)
    r.c("Lot 5, Jalan Ampang, 50450 Kuala Lumpur", z=7)
    r.c("SST Reg No: W10-1808-32000114", z=7)
    r.gap(3)
    r.c("TAX INVOICE", "DVB", 9)
    r.lr("Bill No: B0012-4471", "Table: A15")
    r.lr("14/02/2026 21:38", "Pax: 4")
    r.sep("-")
    its = [
        ("Nasi Kandar Ayam", "2", "13.50"),
        ("Roti Canai Telur", "3", "3.20"),
        ("Mee Goreng Mamak", "1", "10.90"),
        ("Teh Tarik Ais", "3", "3.60"),
        ("Milo Dinosaur", "1", "6.50"),
        ("Sotong Goreng", "1", "18.00"),
    ]
    items = []
    for d_, n, u in its:
        a = q(D(u) * D(n))
        r.cols([(0, "l", d_), (0.62, "r", n), (0.8, "r", u), (1, "r", f"{a:.2f}")])
        items.append(item(d_, n, u, a))
    sub = rsum(its)
    svc = q(sub * D("0.10"))
    sst = q((sub + svc) * D("0.06"))
    raw = sub + svc + sst
    tot = round05(raw)
    rnd = tot - raw
    r.sep("-")
    r.lr("Sub Total", f"{sub:.2f}")
    r.lr("Service Charge 10%", f"{svc:.2f}")
    r.lr("Service Tax 6%", f"{sst:.2f}")
    r.lr("Rounding Adj", f"{rnd:.2f}")
    r.lr("NETT TOTAL", f"RM {tot:.2f}", f="DVB", z=11)
    r.sep("-")
    r.lr("VISA ************1128", f"{tot:.2f}")
    r.lr("Approval Code", "A71Q20")
    r.gap(3)
    r.c("Thank You. Please Come Again", z=7.5)
    kind, _ = receipt_out(
        "r06", r, out, rng, "photo", bg="cloth", long_side=1700, folds=2, fade=0.25, tilt=0.05
    )
    return truth(
        "r06",
        number="B0012-4471",
        date="2026-02-14",
        due=None,
        vendor="PELITA FOOD INDUSTRIES SDN BHD",
        amount=sub,
        vat=sst,
        total=tot,
        tip=svc,
        rounding=rnd,
        cur="MYR",
        loc="en-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="MY",
        typ="restaurant",
        note="Trade name above legal name (vendor keyed as the legal entity); 10% service charge keyed as tip; SST 6% on sub+service; rounding adj; NETT TOTAL; photo on cloth.",
    )


@doc
def r07(out, rng):
    """MY pharmacy 58 mm, member savings, card. scan png grey."""
    r = Roll(58, "DVC", 7.5, margin_mm=2.5)
    r.c("FarmaSihat", "DVCB", 16, lead=18)
    r.c("FARMASIHAT PHARMACY (M) SDN BHD", z=6.5)
    r.c("G-07 Paradigm Mall, Petaling Jaya", z=6.5)
    r.sep("-", z=7)
    r.lr("Inv: PJP-260402-0193", "02/04/2026")
    r.lr("Counter 2", "16:09")
    r.lr("Member: 6011****8820", "")
    r.sep("-", z=7)
    its = [
        ("PANADOL ACTIFAST 20S", "1", "12.90", "1.40"),
        ("VIT C 1000MG 30S", "1", "39.90", "6.00"),
        ("HANDSAN 500ML", "2", "8.50", None),
        ("PLASTER FABRIC 20S", "1", "5.20", None),
    ]
    items, sub, sav = [], Decimal(0), Decimal(0)
    for d_, n, u, s in its:
        a = q(D(u) * D(n))
        r.ln(d_)
        r.lr(f"  {n} x {u}", f"{a:.2f}")
        items.append(item(d_, n, u, a))
        sub += a
        if s:
            r.lr("  Member Price", f"-{s}")
            items.append(item("Member Price", 1, -q(s), -q(s)))
            sub -= q(s)
            sav += q(s)
    r.sep("-", z=7)
    r.lr("TOTAL (RM)", f"{sub:.2f}", f="DVCB", z=10)
    r.lr("MASTERCARD", f"{sub:.2f}")
    r.ln("CARD NO: 5412 XXXX XXXX 0071")
    r.ln("APPR: 118352  RRN: 609212771044")
    r.lr("No. of items:", str(sum(int(n) for _, n, _, _ in its)))
    r.sep("-", z=7)
    r.c(f"You saved RM {sav:.2f} today!", "DVCB", 8)
    r.c("Points earned: 53", z=7)
    r.c("Goods sold are not refundable", z=6.5)
    kind, _ = receipt_out(
        "r07",
        r,
        out,
        rng,
        "scan",
        dpi=240,
        fade=0.5,
        creases=1,
        grey=True,
        skew=1.5,
        blur=0.8,
        noise=6,
    )
    return truth(
        "r07",
        number="PJP-260402-0193",
        date="2026-04-02",
        due=None,
        vendor="FARMASIHAT PHARMACY (M) SDN BHD",
        amount=sub,
        vat=None,
        total=sub,
        cur="MYR",
        loc="en-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="MY",
        typ="pharmacy",
        note="58 mm roll, condensed font; member price reductions and 'You saved' line; TOTAL (RM); member number near invoice number; no tax.",
    )


@doc
def r08(out, rng):
    """SG supermarket, TOTAL INCL. GST, member savings, NETS. scan colour png."""
    r = Roll(80, "DVM", 7.5)
    r.c("HARBOURMART", "DVMB", 16, lead=18)
    r.c("HarbourMart Supermarkets Pte Ltd", z=7)
    r.c("GST Reg No: 201012345K", z=7)
    r.c("Blk 212 Toa Payoh Lor 8 #01-10 S310212", z=7)
    r.sep("-")
    its = [
        ("JASMINE RICE 5KG", "1", "13.95"),
        ("KAYA SPREAD 400G", "1", "4.35"),
        ("FRESH MILK 2L", "2", "6.10"),
        ("CHICKEN THIGH 1KG", "1", "8.90"),
        ("BOK CHOY 300G", "2", "1.85"),
        ("INSTANT NOODLE 5S", "1", "3.45"),
        ("TISSUE BOX 5S", "1", "7.95"),
    ]
    items = []
    for d_, n, u in its:
        a = q(D(u) * D(n))
        r.lr(f"{d_}" + (f" x{n}" if n != "1" else ""), f"{a:.2f}")
        items.append(item(d_, n, u, a))
    sub = rsum(its)
    sv = [("LINK MBR DISC RICE", "1.50"), ("PROMO 2 FOR MILK", "1.20")]
    for d_, s in sv:
        r.lr(f"  {d_}", f"-{s}")
        items.append(item(d_, 1, -q(s), -q(s)))
    tot = sub - sum(q(s) for _, s in sv)
    net, gst = incl(tot, 9)
    r.sep("-")
    r.lr(f"SUBTOTAL ({sum(int(n) for _, n, _ in its)} ITEMS)", f"{sub:.2f}")
    r.lr("MEMBER SAVINGS", f"-{sub - tot:.2f}")
    r.lr("TOTAL INCL. GST", f"{tot:.2f}", f="DVMB", z=9.5)
    r.lr("NETS", f"{tot:.2f}")
    r.lr("CHANGE", "0.00")
    r.sep("-")
    r.lr("GST 9% INCLUDED", f"{gst:.2f}")
    r.lr("AMT EXCL GST", f"{net:.2f}")
    r.sep("-")
    r.c("Receipt No: 11205573   POS 04", z=7)
    r.c("21/01/2026 10:22:51  Cashier 0071", z=7)
    r.bars(8 * mm)
    r.c("Thank you for shopping with us!", z=7)
    kind, _ = receipt_out(
        "r08", r, out, rng, "scan", dpi=200, fade=0.35, creases=1, grey=False, skew=1.0, blur=0.6
    )
    return truth(
        "r08",
        number="11205573",
        date="2026-01-21",
        due=None,
        vendor="HarbourMart Supermarkets Pte Ltd",
        amount=net,
        vat=gst,
        total=tot,
        cur="SGD",
        loc="en-SG",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="SG",
        typ="supermarket",
        note="TOTAL INCL. GST; GST 9% included printed below payment; member savings reduce subtotal; NETS; receipt no. at the bottom; colour scan.",
    )


@doc
def r09(out, rng):
    """SG restaurant: 10% svc chg, 9% GST, GRAND TOTAL. photo dark background."""
    r = Roll(80, "DVM", 8)
    r.c("MADAM LIM'S", "DVSB", 15, lead=18)
    r.c("PERANAKAN KITCHEN", "DVMB", 8)
    r.c("Madam Lim's Kitchen Pte. Ltd.", z=7)
    r.c("UEN/GST Reg: 201934411W", z=7)
    r.c("30 Seah Street #01-02 Singapore 188386", z=7)
    r.sep("=")
    r.lr("Check No: 28471", "Tbl: 09")
    r.lr("Date: 05/04/2026", "19:47")
    r.sep("-")
    its = [
        ("Ayam Buah Keluak", "1", "24.80"),
        ("Babi Pongteh", "1", "22.80"),
        ("Chap Chye", "1", "16.80"),
        ("Steamed Rice", "3", "1.50"),
        ("Kueh Pie Tee (6)", "1", "14.80"),
        ("Lime Juice", "2", "4.80"),
        ("Chendol", "2", "6.80"),
    ]
    items = []
    for d_, n, u in its:
        a = q(D(u) * D(n))
        r.cols([(0, "l", n), (0.07, "l", d_), (1, "r", f"{a:.2f}")])
        items.append(item(d_, n, u, a))
    sub = rsum(its)
    svc = q(sub * D("0.10"))
    gst = q((sub + svc) * D("0.09"))
    tot = sub + svc + gst
    r.sep("-")
    r.lr("SUBTOTAL", f"{sub:.2f}")
    r.lr("10% SVC CHG", f"{svc:.2f}")
    r.lr("9% GST", f"{gst:.2f}")
    r.sep("-")
    r.lr("GRAND TOTAL", f"S${tot:.2f}", f="DVMB", z=11)
    r.sep("-")
    r.lr("VISA", f"{tot:.2f}")
    r.ln("XXXX XXXX XXXX 3306")
    r.gap(3)
    r.c("Prices are subject to 10% service", z=7)
    r.c("charge and prevailing GST", z=7)
    r.c("Terima kasih! Come again", z=7)
    kind, _ = receipt_out(
        "r09", r, out, rng, "photo", bg="dark", long_side=2100, folds=1, fade=0.15, tilt=0.07
    )
    return truth(
        "r09",
        number="28471",
        date="2026-04-05",
        due=None,
        vendor="Madam Lim's Kitchen Pte. Ltd.",
        amount=sub,
        vat=gst,
        total=tot,
        tip=svc,
        cur="SGD",
        loc="en-SG",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="SG",
        typ="restaurant",
        note="GRAND TOTAL with S$; 10% SVC CHG keyed as tip; GST 9% on subtotal+service; brand wordmark differs from legal name; dark background photo with tilt.",
    )


@doc
def r10(out, rng):
    """ID minimarket, Rupiah without decimals, PPN included (DPP). scan png downscaled."""
    r = Roll(58, "DVM", 6.8, margin_mm=2.5)
    r.c("SERBAMART", "DVMB", 13, lead=15)
    r.c("PT SERBA NIAGA NUSANTARA", z=6)
    r.c("JL. KEMANG RAYA NO. 8, JAKSEL", z=6)
    r.c("NPWP: 01.234.567.8-015.000", z=6)
    r.sep("-", z=6.8)
    r.ln("2T07-0318-0044/KSR01/18.03.26")
    r.sep("-", z=6.8)
    its = [
        ("AQUA 600ML", "3", "3500"),
        ("INDOMIE GRG SPL", "5", "3100"),
        ("ROTI TAWAR SARIROTI", "1", "16500"),
        ("KOPI KAPAL API 165G", "1", "14900"),
        ("SABUN LIFEBUOY 110G", "2", "4200"),
    ]
    items = []
    for d_, n, u in its:
        a = D(u) * D(n)
        r.ln(d_)
        r.lr(f"  {n} x {fmt(u, 'id', True)}", fmt(a, "id", True))
        items.append(item(d_, n, u, a))
    tot = sum(D(u) * D(n) for _, n, u in its)
    dpp = (tot / D("1.11")).quantize(Decimal("1"), ROUND_HALF_UP)
    ppn = tot - dpp
    r.sep("-", z=6.8)
    r.lr("TOTAL ITEM", str(sum(int(n) for _, n, _ in its)))
    r.lr("HARGA JUAL", fmt(tot, "id", True))
    r.lr("TOTAL BELANJA", fmt(tot, "id", True), f="DVMB", z=8)
    r.lr("TUNAI", "100.000")
    r.lr("KEMBALI", fmt(100000 - tot, "id", True))
    r.sep("-", z=6.8)
    r.lr("DPP", fmt(dpp, "id", True))
    r.lr("PPN 11%", fmt(ppn, "id", True))
    r.sep("-", z=6.8)
    r.c("TGL. 18-03-2026 JAM 07:55:12", z=6.3)
    r.c("LAYANAN KONSUMEN SMS 0812 1234 5678", z=6)
    r.c("TERIMA KASIH", z=6.5)
    kind, _ = receipt_out(
        "r10",
        r,
        out,
        rng,
        "scan",
        dpi=260,
        fade=0.5,
        creases=1,
        grey=True,
        skew=1.8,
        blur=0.9,
        down=480,
        noise=6,
    )
    return truth(
        "r10",
        number="2T07-0318-0044",
        date="2026-03-18",
        due=None,
        vendor="PT SERBA NIAGA NUSANTARA",
        amount=dpp,
        vat=ppn,
        total=tot,
        cur="IDR",
        loc="id-ID",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="ID",
        typ="minimarket",
        note="Rupiah with dot thousands and no decimals (keyed .00); receipt number fused with cashier and date in one slash line; TOTAL BELANJA; DPP/PPN printed after tunai/kembali; 58 mm downscaled low-res scan.",
    )


@doc
def r11(out, rng):
    """ID restaurant: service 5%, PB1 10%, pembulatan. photo on wood."""
    r = Roll(76, "DV", 7.8)
    r.c("Warung Sambal Ijo", "DVSB", 14, lead=17)
    r.c("CV RASA IJO SEJAHTERA", z=6.8)
    r.c("Jl. Tebet Raya No. 42, Jakarta Selatan", z=6.8)
    r.sep("-")
    r.lr("No. Bill: INV/2026/04/00212", "Meja 6")
    r.lr("Tgl: 11/04/2026 12:31", "Kasir: Dewi")
    r.sep("-")
    its = [
        ("Ayam Penyet Sambal Ijo", "2", "38000"),
        ("Gurame Bakar", "1", "85000"),
        ("Sayur Asem", "1", "18000"),
        ("Nasi Putih", "3", "7000"),
        ("Es Teh Manis", "3", "8000"),
        ("Es Jeruk", "1", "12000"),
    ]
    items = []
    for d_, n, u in its:
        a = D(u) * D(n)
        r.cols([(0, "l", f"{n}x"), (0.09, "l", d_), (1, "r", fmt(a, "id", True))])
        items.append(item(d_, n, u, a))
    sub = sum(D(u) * D(n) for _, n, u in its)
    svc = (sub * D("0.05")).quantize(Decimal("1"), ROUND_HALF_UP)
    pb1 = ((sub + svc) * D("0.10")).quantize(Decimal("1"), ROUND_HALF_UP)
    raw = sub + svc + pb1
    tot = (raw / 100).quantize(Decimal("1"), ROUND_HALF_UP) * 100
    rnd = tot - raw
    r.sep("-")
    r.lr("Subtotal", fmt(sub, "id", True))
    r.lr("Service 5%", fmt(svc, "id", True))
    r.lr("PB1 10%", fmt(pb1, "id", True))
    r.lr("Pembulatan", fmt(rnd, "id", True))
    r.lr("TOTAL", "Rp " + fmt(tot, "id", True), f="DVB", z=11)
    r.lr("QRIS", fmt(tot, "id", True))
    r.sep("-")
    r.c("Harga sudah termasuk pajak daerah", z=6.8)
    r.c("Terima kasih atas kunjungan Anda", z=6.8)
    r.qr(16 * mm)
    kind, _ = receipt_out(
        "r11", r, out, rng, "photo", bg="wood", long_side=1800, folds=2, fade=0.2, tilt=0.06
    )
    assert rnd != 0
    return truth(
        "r11",
        number="INV/2026/04/00212",
        date="2026-04-11",
        due=None,
        vendor="CV RASA IJO SEJAHTERA",
        amount=sub,
        vat=pb1,
        total=tot,
        tip=svc,
        rounding=rnd,
        cur="IDR",
        loc="id-ID",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="ID",
        typ="restaurant",
        note="PB1 10% regional restaurant tax on subtotal+service; service 5% keyed as tip; pembulatan rounding to 100; dot-thousands rupiah; QRIS payment; photo on wood.",
    )


@doc
def r12(out, rng):
    """DE supermarket, MwSt A/B table, Pfand, cash, TSE. image-only PDF."""
    r = Roll(80, "DVM", 7.8)
    r.c("FRISCHMARKT", "DVMB", 17, lead=19)
    r.c("Frischmarkt Südwest GmbH & Co. KG", z=7)
    r.c("Filiale 0231 · Königstraße 27 · 70173 Stuttgart", z=6.5)
    r.gap(3)
    r.lr("EUR", "")
    its = [
        ("Vollmilch 3,5% 1L", "2", "1.19", "A"),
        ("Bio Bananen", "1", "1.89", "A"),
        ("Bergkäse am Stück", "1", "4.49", "A"),
        ("Mineralwasser 6x1,5L", "1", "3.29", "B"),
        ("Pfand 6x0,25", "1", "1.50", "B"),
        ("Spülmittel Zitrone", "1", "1.45", "B"),
        ("Roggenbrot 750g", "1", "2.79", "A"),
        ("Kaffee Crema 1kg", "1", "12.99", "A"),
    ]
    ga, gb, items = Decimal(0), Decimal(0), []
    for d_, n, u, c in its:
        a = q(D(u) * D(n))
        if n != "1":
            r.ln(f"  {n} Stk x {fmt(u, 'de')}", z=7)
        r.lr(d_, f"{fmt(a, 'de')} {c}")
        items.append(item(d_, n, u, a))
        if c == "A":
            ga += a
        else:
            gb += a
    tot = ga + gb
    r.sep("-")
    r.lr("SUMME EUR", fmt(tot, "de"), f="DVMB", z=10.5)
    r.sep("=")
    r.lr("Geg. Bar", "EUR 40,00")
    r.lr("Rückgeld", f"EUR {fmt(40 - tot, 'de')}")
    r.gap(3)
    na, ta = incl(ga, 7)
    nb, tb = incl(gb, 19)
    r.cols(
        [
            (0, "l", "Steuer"),
            (0.3, "l", "%"),
            (0.62, "r", "Netto"),
            (0.8, "r", "Steuer"),
            (1, "r", "Brutto"),
        ],
        z=7,
    )
    r.cols(
        [
            (0, "l", "A="),
            (0.3, "l", "7,0%"),
            (0.62, "r", fmt(na, "de")),
            (0.8, "r", fmt(ta, "de")),
            (1, "r", fmt(ga, "de")),
        ],
        z=7,
    )
    r.cols(
        [
            (0, "l", "B="),
            (0.3, "l", "19,0%"),
            (0.62, "r", fmt(nb, "de")),
            (0.8, "r", fmt(tb, "de")),
            (1, "r", fmt(gb, "de")),
        ],
        z=7,
    )
    r.cols(
        [
            (0, "l", "Gesamtbetrag"),
            (0.62, "r", fmt(na + nb, "de")),
            (0.8, "r", fmt(ta + tb, "de")),
            (1, "r", fmt(tot, "de")),
        ],
        z=7,
    )
    r.gap(3)
    r.lr("07.03.2026 11:52", "Bon-Nr.: 4821")
    r.lr("Markt: 0231  Kasse: 3", "Bed.: 117")
    r.sep("-")
    r.ln("TSE-Transaktion: 1894412", z=6.5)
    r.ln("TSE-Start: 2026-03-07T11:51:20.000", z=6.5)
    r.ln("TSE-Stop:  2026-03-07T11:52:04.000", z=6.5)
    r.ln("TSE-Seriennr.: 8f3a1c29e04b7d61...", z=6.5)
    r.ln("TSE-Signaturzähler: 3779125", z=6.5)
    r.qr(17 * mm)
    r.c("Vielen Dank für Ihren Einkauf!", z=7)
    kind, _ = receipt_out(
        "r12", r, out, rng, "scanpdf", dpi=200, fade=0.4, creases=2, grey=True, skew=1.3, blur=0.7
    )
    return truth(
        "r12",
        number="4821",
        date="2026-03-07",
        due=None,
        vendor="Frischmarkt Südwest GmbH & Co. KG",
        amount=na + nb,
        vat=ta + tb,
        total=tot,
        cur="EUR",
        loc="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="DE",
        typ="supermarket",
        note="Image-only PDF; MwSt A 7% + B 19% table (vat summed); Pfand line under B; Geg. Bar/Rückgeld; Bon-Nr. next to date; TSE block with large numbers.",
    )


@doc
def r13(out, rng):
    """DE restaurant, MwSt 19% incl., Trinkgeld on card. photo on granite."""
    r = Roll(80, "DV", 8)
    r.c("Gasthaus Zum Goldenen Hirsch", "DVSB", 11.5, lead=15)
    r.c("Inh. Peter Hofbauer · Marienplatz 4 · 80331 München", z=6.5)
    r.c("St.-Nr. 143/225/60118", z=6.5)
    r.sep("-")
    r.c("RECHNUNG", "DVB", 10)
    r.lr("Rechnung Nr. 11872", "Tisch 21")
    r.lr("Datum: 28.02.2026", "20:16 Uhr")
    r.sep("-")
    its = [
        ("Schweinsbraten m. Knödel", "2", "18.90"),
        ("Obatzda m. Brezn", "1", "9.80"),
        ("Helles 0,5l", "3", "4.90"),
        ("Apfelschorle 0,4l", "1", "3.90"),
        ("Kaiserschmarrn", "1", "11.50"),
    ]
    items = []
    for d_, n, u in its:
        a = q(D(u) * D(n))
        r.cols([(0, "l", f"{n} x"), (0.1, "l", d_), (1, "r", fmt(a, "de"))])
        items.append(item(d_, n, u, a))
    sub = rsum(its)
    net, vat = incl(sub, 19)
    tip = Decimal("8.00")
    tot = sub + tip
    r.sep("-")
    r.lr("Summe", f"{fmt(sub, 'de')} EUR", f="DVB", z=9.5)
    r.lr("Netto", fmt(net, "de"), z=7.5)
    r.lr("MwSt. 19 % (enthalten)", fmt(vat, "de"), z=7.5)
    r.sep("-")
    r.lr("Trinkgeld", fmt(tip, "de"))
    r.lr("Gesamt (girocard)", f"{fmt(tot, 'de')} EUR", f="DVB", z=9.5)
    r.ln("girocard ****6612  Terminal 60021187", z=7)
    r.gap(4)
    r.ln("Bewirtungsaufwand-Angaben (§ 4 Abs. 5 EStG)", "DVB", 7)
    r.ln("Bewirtete Person(en): ______________", z=7)
    r.ln("Anlass der Bewirtung: ______________", z=7)
    r.gap(3)
    r.c("Vergelt's Gott und bis bald!", "DVS", 7.5)
    kind, _ = receipt_out(
        "r13", r, out, rng, "photo", bg="granite", long_side=1900, folds=1, fade=0.1, tilt=0.05
    )
    return truth(
        "r13",
        number="11872",
        date="2026-02-28",
        due=None,
        vendor="Gasthaus Zum Goldenen Hirsch",
        amount=net,
        vat=vat,
        total=tot,
        tip=tip,
        cur="EUR",
        loc="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="DE",
        typ="restaurant",
        note="Summe then Trinkgeld then Gesamt: total includes tip; MwSt 19% enthalten on Summe only; Bewirtungsbeleg block; photo on granite.",
    )


@doc
def r14(out, rng):
    """FR supermarket, TVA 5,5 / 20 table, TOTAL A PAYER, CB, fidélité. image-only PDF."""
    r = Roll(80, "Courier", 8.5)
    r.c("MARCHE DU PORT", "Courier-Bold", 15, lead=17)
    r.c("SAS DISTRIPORT - 5 quai Duguay-Trouin", z=7)
    r.c("35400 SAINT-MALO  Tel 02 99 40 11 22", z=7)
    r.c("SIRET 483 221 904 00027", z=7)
    r.sep("-")
    its = [
        ("BAGUETTE TRADITION", "2", "1.20", "1"),
        ("BEURRE DEMI-SEL 250G", "1", "2.95", "1"),
        ("CAMEMBERT AOP", "1", "3.49", "1"),
        ("POMMES GALA KG", "1", "2.67", "1"),
        ("CIDRE BRUT 75CL", "2", "3.15", "2"),
        ("LESSIVE LIQ. 2L", "1", "8.90", "2"),
        ("SARDINES HUILE", "3", "1.85", "1"),
    ]
    g1, g2, items = Decimal(0), Decimal(0), []
    for d_, n, u, c in its:
        a = q(D(u) * D(n))
        if n != "1":
            r.ln(f"  {n} X {fmt(u, 'fr')}", z=7.5)
        r.lr(d_, f"{fmt(a, 'fr')} {c}")
        items.append(item(d_, n, u, a))
        if c == "1":
            g1 += a
        else:
            g2 += a
    rem = q("1.00")
    r.lr("  REMISE CARTE FIDELITE", "-1,00 1")
    items.append(item("REMISE CARTE FIDELITE", 1, -rem, -rem))
    g1 -= rem
    tot = g1 + g2
    n1, t1 = incl(g1, D("5.5"))
    n2, t2 = incl(g2, 20)
    r.sep("=")
    r.lr(f"Nb articles : {sum(int(n) for _, n, _, _ in its)}", "")
    r.lr("TOTAL A PAYER", f"{fmt(tot, 'fr')} EUR", f="Courier-Bold", z=11)
    r.lr("CB EMV SANS CONTACT", fmt(tot, "fr"))
    r.sep("-")
    r.cols([(0, "l", "TVA"), (0.35, "r", "HT"), (0.65, "r", "TVA"), (1, "r", "TTC")], z=7.5)
    r.cols(
        [
            (0, "l", "1 5,50%"),
            (0.35, "r", fmt(n1, "fr")),
            (0.65, "r", fmt(t1, "fr")),
            (1, "r", fmt(g1, "fr")),
        ],
        z=7.5,
    )
    r.cols(
        [
            (0, "l", "2 20,00%"),
            (0.35, "r", fmt(n2, "fr")),
            (0.65, "r", fmt(t2, "fr")),
            (1, "r", fmt(g2, "fr")),
        ],
        z=7.5,
    )
    r.cols(
        [
            (0, "l", "TOTAL"),
            (0.35, "r", fmt(n1 + n2, "fr")),
            (0.65, "r", fmt(t1 + t2, "fr")),
            (1, "r", fmt(tot, "fr")),
        ],
        z=7.5,
    )
    r.sep("-")
    r.c("VOS ECONOMIES CARTE : 1,00 EUR", "Courier-Bold", 8)
    r.c("Cagnotte fidélité : 6,40 EUR", z=7.5)
    r.sep("-")
    r.c("19/03/2026 17:48  CAISSE 07  HOTESSE 22", z=7.5)
    r.c("TICKET N° 004512", z=7.5)
    r.c("MERCI DE VOTRE VISITE", z=7.5)
    kind, _ = receipt_out(
        "r14",
        r,
        out,
        rng,
        "scanpdf",
        dpi=180,
        fade=0.5,
        creases=1,
        grey=True,
        skew=1.7,
        blur=0.8,
        noise=6,
    )
    return truth(
        "r14",
        number="004512",
        date="2026-03-19",
        due=None,
        vendor="SAS DISTRIPORT",
        amount=n1 + n2,
        vat=t1 + t2,
        total=tot,
        cur="EUR",
        loc="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="FR",
        typ="supermarket",
        note="Image-only PDF; store name 'MARCHE DU PORT' vs legal SAS DISTRIPORT (vendor keyed legal); TVA 5,5% + 20% table with codes 1/2; TOTAL A PAYER; loyalty discount; Nb articles; Courier font.",
    )


@doc
def r15(out, rng):
    """FR brasserie, TVA 10% / 20%, espèces + rendu. photo dark background."""
    r = Roll(76, "DVM", 7.6)
    r.c("Brasserie", "DVS", 10)
    r.c("LE COMPTOIR DES HALLES", "DVSB", 12, lead=15)
    r.c("SARL LCDH — 8 rue Coquillière 75001 Paris", z=6.5)
    r.c("TVA intra FR40 852 117 336", z=6.5)
    r.sep("-")
    r.lr("Note n° 218", "Table 4 · 2 couv.")
    r.lr("Le 24/01/2026", "à 13h02")
    r.sep("-")
    its = [
        ("Formule déj. plat+dessert", "2", "19.50", "10"),
        ("Croque-monsieur", "1", "12.00", "10"),
        ("Verre Côtes-du-Rhône", "2", "6.50", "20"),
        ("Café expresso", "3", "2.40", "10"),
        ("Eau gazeuse 50cl", "1", "4.50", "10"),
    ]
    g10, g20, items = Decimal(0), Decimal(0), []
    for d_, n, u, t in its:
        a = q(D(u) * D(n))
        r.cols([(0, "l", n), (0.07, "l", d_), (1, "r", fmt(a, "fr"))])
        items.append(item(d_, n, u, a))
        if t == "10":
            g10 += a
        else:
            g20 += a
    tot = g10 + g20
    n10, t10 = incl(g10, 10)
    n20, t20 = incl(g20, 20)
    r.sep("-")
    r.lr("TOTAL TTC", f"{fmt(tot, 'fr')} €", f="DVMB", z=10.5)
    r.lr("Espèces", f"{fmt(100, 'fr')} €")
    r.lr("Rendu monnaie", f"{fmt(100 - tot, 'fr')} €")
    r.sep("-")
    r.lr(f"TVA 10% sur {fmt(n10, 'fr')}", fmt(t10, "fr"), z=7)
    r.lr(f"TVA 20% sur {fmt(n20, 'fr')}", fmt(t20, "fr"), z=7)
    r.lr("Total HT", fmt(n10 + n20, "fr"), z=7)
    r.sep("-")
    r.c("Service compris — merci et à bientôt", "DVS", 7)
    kind, _ = receipt_out(
        "r15", r, out, rng, "photo", bg="dark", long_side=1600, folds=2, fade=0.2, tilt=0.06
    )
    return truth(
        "r15",
        number="218",
        date="2026-01-24",
        due=None,
        vendor="SARL LCDH",
        amount=n10 + n20,
        vat=t10 + t20,
        total=tot,
        cur="EUR",
        loc="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="FR",
        typ="restaurant",
        note="Trade name LE COMPTOIR DES HALLES vs legal SARL LCDH (vendor keyed legal as printed); two TVA rates; cash 100 € and rendu monnaie; 'Service compris' (no tip line); dark background photo.",
    )


@doc
def r16(out, rng):
    """NL supermarket, bonus korting, BTW 9/21 table, PIN. image-only PDF."""
    r = Roll(80, "DVC", 8.2)
    r.c("buurtsuper", "DVB", 18, lead=20)
    r.c("De Buurtsuper Zwolle B.V. · Diezerstraat 60", z=7)
    r.c("8011 RK Zwolle · 038-421 77 30", z=7)
    r.sep("-")
    r.cols(
        [(0, "l", "AANTAL"), (0.16, "l", "OMSCHRIJVING"), (0.75, "r", "PRIJS"), (1, "r", "BEDRAG")],
        f="DVCB",
        z=7.5,
    )
    its = [
        ("1", "HALFVOLLE MELK 1,5L", "1.65", "9"),
        ("2", "VOLKORENBROOD", "2.49", "9"),
        ("1", "GOUDA JONG 48+", "5.79", "9"),
        ("1", "TOMATEN TROS", "2.19", "9"),
        ("6", "BIER BLIK 0,33", "0.89", "21"),
        ("1", "WASMIDDEL COLOR", "9.99", "21"),
        ("1", "STROOPWAFELS", "2.35", "9"),
    ]
    g9, g21, items = Decimal(0), Decimal(0), []
    for n, d_, u, t in its:
        a = q(D(u) * D(n))
        r.cols([(0.04, "l", n), (0.16, "l", d_), (0.75, "r", fmt(u, "nl")), (1, "r", fmt(a, "nl"))])
        items.append(item(d_, n, u, a))
        if t == "9":
            g9 += a
        else:
            g21 += a
    bon = [("BONUS VOLKORENBROOD", "1.00", "9"), ("BONUS WASMIDDEL", "3.33", "21")]
    for d_, s, t in bon:
        r.cols([(0.16, "l", d_), (1, "r", "-" + fmt(s, "nl"))])
        items.append(item(d_, 1, -q(s), -q(s)))
        if t == "9":
            g9 -= q(s)
        else:
            g21 -= q(s)
    tot = g9 + g21
    r.sep("-")
    r.lr(f"{sum(int(n) for n, _, _, _ in its)} SUBTOTAAL", fmt(tot + D("4.33"), "nl"))
    r.lr("UW VOORDEEL", "4,33")
    r.lr("TOTAAL", fmt(tot, "nl"), f="DVCB", z=12)
    r.lr("BETAALD MET PIN", fmt(tot, "nl"))
    r.sep("-")
    r.ln("POI: 50281174   Maestro   Kaart: xxxxxxxxxxxxxxx3390", z=7)
    r.ln("Autorisatiecode: 7Q2K11   Leesmethode: NFC Chip", z=7)
    r.sep("-")
    n9, t9 = incl(g9, 9)
    n21, t21 = incl(g21, 21)
    r.cols([(0, "l", "BTW"), (0.4, "r", "OVER"), (0.7, "r", "BTW"), (1, "r", "TOTAAL")], z=7.5)
    r.cols(
        [
            (0, "l", "9%"),
            (0.4, "r", fmt(n9, "nl")),
            (0.7, "r", fmt(t9, "nl")),
            (1, "r", fmt(g9, "nl")),
        ],
        z=7.5,
    )
    r.cols(
        [
            (0, "l", "21%"),
            (0.4, "r", fmt(n21, "nl")),
            (0.7, "r", fmt(t21, "nl")),
            (1, "r", fmt(g21, "nl")),
        ],
        z=7.5,
    )
    r.cols(
        [
            (0, "l", "TOTAAL"),
            (0.4, "r", fmt(n9 + n21, "nl")),
            (0.7, "r", fmt(t9 + t21, "nl")),
            (1, "r", fmt(tot, "nl")),
        ],
        z=7.5,
    )
    r.sep("-")
    r.c("1042  02  117  16:32  09-04-2026", z=7.5)
    r.c("Bonnr. 5512  Filiaal 1042", z=7.5)
    r.c("Bedankt en tot ziens!", z=7.5)
    kind, _ = receipt_out(
        "r16", r, out, rng, "scanpdf", dpi=170, fade=0.45, creases=2, grey=True, skew=1.1, blur=0.7
    )
    return truth(
        "r16",
        number="5512",
        date="2026-04-09",
        due=None,
        vendor="De Buurtsuper Zwolle B.V.",
        amount=n9 + n21,
        vat=t9 + t21,
        total=tot,
        cur="EUR",
        loc="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=items,
        kind=kind,
        country="NL",
        typ="supermarket",
        note="Image-only PDF; BONUS discounts and 'UW VOORDEEL'; BTW 9% + 21% table (OVER = net); PIN slip numbers (POI, autorisatiecode); date line without labels; Bonnr. at the bottom.",
    )


# ================================================================ main
README_HEAD = """# Blind set 2026-13k

Generated by `python -m bench.blindsets.blind_2026_13k [OUTDIR] [--only NAME]` (deterministic: every random
choice is seeded with the CRC-32 of the document name; reportlab canvases use `invariant=1`).

**Focus.** 16 born-digital invoices (PDF with a text layer, four of them 2-page) as the billing systems of
hosting providers, domain registrars, e-commerce shops/marketplaces, telecom/internet operators and SaaS
firms in the Netherlands, France, Germany, India and the USA print them, in Dutch, French, German and
English; and 16 till receipts (US, UK, Malaysia, Singapore, Indonesia, Germany, France, Netherlands), all of
them scans or photos: thermal fading, creases, skew, specks, low resolution, perspective photos on wood,
granite, cloth or dark backgrounds, JPEG compression. Three scans are delivered as image-only PDFs.

**Drawing.** Every document has its own reportlab function (A4 or Letter invoices; receipts on 58/76/80 mm
rolls as long as their content) and every text run is checked to stay on the page and not to overlap another.
Receipt scans: rendered with pypdfium2 at 170–260 dpi, thermal fading (smooth random field + gradient), creases,
padding on a scanner-bed grey, skew up to ±2°, blur, noise, specks; grey except r08 (colour); r03 and r10 are
downscaled to 650 px / 480 px wide; r12, r14, r16 are the degraded scan embedded as the only content of a PDF page
(no text layer). Photos: perspective warp onto a textured background (wood, cloth, granite, dark), drop shadow,
uneven light and a soft cast shadow, folds, JPEG quality 72, long side 1,600–2,100 px. Invoices are born-digital
PDFs with a text layer; i02, i04, i08 and i15 have 2 pages. i14 is a Stripe-style "Receipt" for a paid invoice and
is keyed as an invoice (its invoice number, with the receipt number beside it).

## Truth conventions
- `amount` = net before tax **as printed** (for tax-inclusive prices the net the page prints, which is
  total − tax); `vat` = sum of every tax printed (CGST+SGST, state + local taxes, USF/911 fees listed under a
  "Taxes, Surcharges & Fees" heading, MwSt A+B, PPN/PB1, SST, GST); `null` when the page prints no tax at all.
  A printed reverse-charge / 0 % tax line is keyed `"0.00"`.
- `total` = the document's own total (invoice amount incl. tax). Amounts after the total that settle it —
  account credits/Guthaben applied, previous balance, payments received, "amount due/zu zahlen/te betalen",
  cash tendered, change — are not the total. A promotional credit or discount printed *inside* the invoice
  before its total is part of it.
- Receipts: `tip` = a service charge / gratuity line the receipt charges (restaurant service charge is keyed
  as tip, it is neither net nor tax); `rounding` = the cash rounding line printed (e.g. "Rounding Adj -0.02").
  Every JSON satisfies `amount + vat + tip + rounding == total`.
- Credit note (i03): keyed with negative amounts as printed, `document_type` = `credit_note`.
- `invoice_number`: the document's own number (receipt/bill/Bon/ticket number on receipts); `null` when only
  an account number is printed (i16). Order numbers, customer numbers, account numbers, subscription ids,
  receipt numbers of payments are not the invoice number.
- `invoice_date`: the issue date; for receipts the transaction date. `due_date` only when a due/échéance/
  fällig/vervaldatum/"payment due" date is printed; debit (Lastschrift/incasso) dates in running text are
  not keyed.
- Currencies printed without decimals (IDR) are keyed with `.00`.
- `vendor_name`: the seller's name as printed with its legal form where the page prints it (often only in
  the footer); on marketplace invoices the "Sold by" seller.
- `line_items`: amounts as printed per line (quantity, unit price, line amount); discounts/credits as
  negative lines.

## Mix
"""


def write_readme(out: Path, truths: dict):
    kinds = {}
    for t in truths.values():
        kinds.setdefault((t["layout"], t["kind"]), []).append(t)
    lines = [README_HEAD, "| layout | kind | count | files |", "|---|---|---|---|"]
    for (lay, kind), ts in sorted(kinds.items()):
        names = [n for n, t in truths.items() if t["layout"] == lay and t["kind"] == kind]
        lines.append(f"| {lay} | {kind} | {len(ts)} | {', '.join(FILES[n] for n in names)} |")
    cur = {}
    for t in truths.values():
        cur[t["currency"]] = cur.get(t["currency"], 0) + 1
    lines.append("")
    lines.append("Currencies: " + ", ".join(f"{k} {v}" for k, v in sorted(cur.items())) + ".")
    lines.append("")
    lines.append("## Documents")
    lines.append("")
    lines.append("| doc | kind | country | type | vendor | number | total | what is tricky |")
    lines.append("|---|---|---|---|---|---|---|---|")
    for n, t in truths.items():
        m = META[n]
        lines.append(
            f"| {FILES[n]} | {t['kind']} | {m['country']} | {m['type']} | {t['vendor_name']} | {t['invoice_number'] or '—'} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


FILES: dict = {}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(REG)
    truths = {}
    for n in names:
        t = REG[n](out, rng_for(n))
        for ext in (".pdf", ".png", ".jpg"):
            if (out / (n + ext)).exists():
                FILES[n] = n + ext
        (out / f"{n}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        truths[n] = t
        print(n, FILES.get(n), t["total"], t["currency"], file=sys.stderr)
    if not a.only:
        write_readme(out, truths)


if __name__ == "__main__":
    main()
