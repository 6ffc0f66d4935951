# ruff: noqa: E501
"""Blind evaluation set 13r: travel, transport and logistics, and East Asia.

Run from the repository root:
    python -m bench.blindsets.blind_2026_13r [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so re-runs are
byte-identical. This module imports nothing from the product.
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
import pypdfium2
from PIL import Image
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SET = "13r"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-13r")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVO": "DejaVuSans-Oblique.ttf",
    "DM": "DejaVuSansMono.ttf",
    "DMB": "DejaVuSansMono-Bold.ttf",
    "DS": "DejaVuSerif.ttf",
    "DSB": "DejaVuSerif-Bold.ttf",
    "DC": "DejaVuSansCondensed.ttf",
    "DCB": "DejaVuSansCondensed-Bold.ttf",
    "DSC": "DejaVuSerifCondensed.ttf",
    "DSCB": "DejaVuSerifCondensed-Bold.ttf",
}
for _k, _f in FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, str(FONT_DIR / _f)))

D = Decimal
ZERO = D("0")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# ----------------------------------------------------------------------------- money


def q2(v) -> Decimal:
    return D(v).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def q0(v) -> Decimal:
    return D(v).quantize(D("1"), rounding=ROUND_HALF_UP)


def nf(v, sep=",", dec=".", places=2) -> str:
    v = D(v)
    neg = v < 0
    s = f"{abs(v):,.{places}f}"
    ip, _, fp = s.partition(".")
    ip = ip.replace(",", sep)
    out = ip + (dec + fp if places else "")
    return ("-" if neg else "") + out


def EN(v):
    return nf(v)


def DE(v):
    return nf(v, ".", ",")


def FR(v):
    return nf(v, " ", ",")


def CH(v):
    return nf(v, "'", ".")


def EN0(v):
    return nf(v, ",", ".", 0)


def SP0(v):
    return nf(v, " ", ",", 0)


def incl(gross, rate, qf=q2):
    """Split a tax-inclusive gross into (net, vat)."""
    gross = D(gross)
    vat = qf(gross * D(rate) / (D(100) + D(rate)))
    return gross - vat, vat


def item(desc, qty, unit, amount=None):
    qty = D(str(qty))
    unit = D(str(unit))
    amt = q2(qty * unit) if amount is None else D(amount)
    return {"description": desc, "quantity": qty, "unit_price": unit, "amount": amt}


def mstr(v) -> str:
    return f"{q2(v):.2f}"


def truth(
    num,
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
    tip=ZERO,
    rounding=ZERO,
):
    amount, total = D(amount), D(total)
    v = ZERO if vat is None else D(vat)
    if amount + v + D(tip) + D(rounding) != total:
        raise AssertionError(f"arithmetic: {amount} + {v} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": num,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": mstr(amount),
        "vat": None if vat is None else mstr(vat),
        "total": mstr(total),
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {
                "description": it["description"],
                "quantity": format(it["quantity"].normalize(), "f"),
                "unit_price": mstr(it["unit_price"]),
                "amount": mstr(it["amount"]),
            }
            for it in items
        ],
        "note": note,
        "kind": kind,
    }


# ----------------------------------------------------------------------------- drawing


def missing_glyphs(s, f):
    font = pdfmetrics.getFont(f)
    face = getattr(font, "face", None)
    if face is not None and hasattr(face, "charToGlyph"):
        return "".join(ch for ch in set(s) if ord(ch) not in face.charToGlyph)
    bad = ""
    for ch in sorted(set(s)):
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            bad += ch
    return bad


class Doc:
    """A reportlab canvas that refuses text leaving the page or overlapping other text."""

    def __init__(self, path, size):
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.W, self.H = size
        self.boxes: list[tuple] = []

    def sw(self, s, f, sz):
        return pdfmetrics.stringWidth(s, f, sz)

    def t(self, x, y, s, f="DV", sz=9.0, a="l", col=None):
        s = str(s)
        if not s:
            return
        missing = missing_glyphs(s, f)
        if missing:
            raise LayoutError(f"font {f} lacks {missing!r} in {s!r}")
        w = self.sw(s, f, sz)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[a]
        b = (x0, y - 0.23 * sz, x0 + w, y + 0.75 * sz)
        if b[0] < 3 or b[1] < 3 or b[2] > self.W - 3 or b[3] > self.H - 3:
            raise LayoutError(f"off page: {s!r} {b}")
        for o in self.boxes:
            if b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3]:
                raise LayoutError(f"overlap: {s!r} with {o[4]!r}")
        self.boxes.append((*b, s))
        c = self.c
        c.setFillColor(col or black)
        c.setFont(f, sz)
        c.drawString(x0, y, s)
        c.setFillColor(black)

    def lines(self, x, y, rows, f="DV", sz=9.0, lh=1.3, a="l", col=None):
        for r in rows:
            self.t(x, y, r, f, sz, a, col)
            y -= sz * lh
        return y

    def rect(self, x, y, w, h, lw=0.6, fill=None, stroke=True):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillColor(black)

    def hl(self, x1, x2, y, lw=0.5, col=None, dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(col or black)
        if dash:
            c.setDash(*dash)
        c.line(x1, y, x2, y)
        c.setDash()
        c.setStrokeColor(black)

    def vl(self, x, y1, y2, lw=0.5, col=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(col or black)
        c.line(x, y1, x, y2)
        c.setStrokeColor(black)

    def newpage(self):
        self.c.showPage()
        self.boxes = []

    def save(self):
        self.c.save()


def qr(d: Doc, x, y, s, seed, n=25):
    r = random.Random(seed)
    m = s / n
    c = d.c
    c.setFillColor(black)
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                a, b = min(i, n - 1 - i, 6), min(j, n - 1 - j, 6)
                ii = i if i < 7 else n - 1 - i
                jj = j if j < 7 else n - 1 - j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                del a, b
            else:
                on = r.random() < 0.48
            if on:
                c.rect(x + j * m, y + (n - 1 - i) * m, m, m, stroke=0, fill=1)


def barcode(d: Doc, x, y, w, h, seed):
    r = random.Random(seed)
    c = d.c
    pos = x
    while pos < x + w - 3:
        bw = r.choice([0.6, 0.6, 1.2, 1.8])
        c.rect(pos, y, bw, h, stroke=0, fill=1)
        pos += bw + r.choice([0.6, 1.2, 1.2, 1.8])


def table(
    d: Doc,
    y,
    cols,
    header,
    rows,
    f="DV",
    fb="DVB",
    sz=8.5,
    lh=1.55,
    hfill=None,
    hcol=None,
    rule=True,
    x1=None,
    x2=None,
):
    """cols: list of (x, align). Returns the y below the last row."""
    x1 = x1 if x1 is not None else cols[0][0] - 4
    x2 = x2 if x2 is not None else cols[-1][0] + 4
    if header:
        if hfill is not None:
            d.rect(x1, y - sz * 0.55, x2 - x1, sz * lh + 1, lw=0, fill=hfill, stroke=False)
        for (x, a), h in zip(cols, header, strict=True):
            d.t(x, y, h, fb, sz, a, hcol)
        if rule:
            d.hl(x1, x2, y - sz * 0.6)
        y -= sz * lh + 1
    for row in rows:
        for (x, a), v in zip(cols, row, strict=True):
            d.t(x, y, v, f, sz, a)
        y -= sz * lh
    return y


class Roll:
    """A receipt on a paper roll: rows are collected first, then the page is as long as they are."""

    def __init__(self, width_mm, f="DM", sz=7.5, margin_mm=3.5):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.f, self.sz = f, sz
        self.ops: list[tuple] = []

    def line(self, *segs, f=None, sz=None, lh=1.32):
        self.ops.append(("row", segs, f or self.f, sz or self.sz, lh))

    def c(self, s, f=None, sz=None, lh=1.32):
        self.line((s, "c"), f=f, sz=sz, lh=lh)

    def l(self, s, f=None, sz=None, lh=1.32):  # noqa: E743
        self.line((s, "l"), f=f, sz=sz, lh=lh)

    def lr(self, a, b, f=None, sz=None, lh=1.32):
        self.line((a, "l"), (b, "r"), f=f, sz=sz, lh=lh)

    def rule(self, dash=True, gap=5):
        self.ops.append(("rule", dash, gap))

    def gap(self, h=4):
        self.ops.append(("gap", h))

    def qr(self, size_mm, seed):
        self.ops.append(("qr", size_mm * mm, seed))

    def bar(self, h_mm, seed, w_frac=0.8):
        self.ops.append(("bar", h_mm * mm, seed, w_frac))

    def logo(self, fn, h):
        self.ops.append(("logo", fn, h))

    def _h(self, op):
        k = op[0]
        if k == "row":
            return op[3] * op[4]
        if k == "rule":
            return op[2]
        if k == "gap":
            return op[1]
        if k == "qr":
            return op[1] + 6
        return op[1] + 4 if k != "logo" else op[2]

    def render(self, path):
        H = 9 * mm + sum(self._h(o) for o in self.ops) + 12 * mm
        d = Doc(path, (self.W, H))
        y = H - 9 * mm
        for op in self.ops:
            h = self._h(op)
            self._draw(d, op, y, h)
            y -= h
        d.save()
        return d

    def _draw(self, d, op, y, h):
        k = op[0]
        if k == "row":
            _, segs, f, sz, lh = op
            base = y - sz * 0.78 - (lh - 1) * sz / 2
            for seg in segs:
                s, a = seg[0], seg[1]
                x = (
                    seg[2]
                    if len(seg) > 2
                    else {"l": self.m, "r": self.W - self.m, "c": self.W / 2}[a]
                )
                d.t(x, base, s, f, sz, a)
        elif k == "rule":
            d.hl(self.m, self.W - self.m, y - h / 2, 0.6, dash=(2, 1.5) if op[1] else None)
        elif k == "qr" and isinstance(op[2], tuple):
            qr(d, self.W / 2 - op[1] - 3, y - op[1] - 3, op[1], op[2][0])
            qr(d, self.W / 2 + 3, y - op[1] - 3, op[1], op[2][1])
        elif k == "qr":
            qr(d, (self.W - op[1]) / 2, y - op[1] - 3, op[1], op[2])
        elif k == "bar":
            w = (self.W - 2 * self.m) * op[3]
            barcode(d, (self.W - w) / 2, y - op[1] - 2, w, op[1], op[2])
        elif k == "logo":
            op[1](d, self.W, y, op[2])


# ----------------------------------------------------------------------------- degrading


def render_pdf(path, dpi, page=0):
    pdf = pypdfium2.PdfDocument(str(path))
    img = pdf[page].render(scale=dpi / 72).to_pil().convert("RGB")
    pdf.close()
    return img


def _smooth_field(nrng, h, w, cells=6, lo=0.0, hi=1.0):
    small = nrng.random((cells, cells)).astype(np.float32)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    big = (big - big.min()) / max(1e-6, float(big.max() - big.min()))
    return lo + big * (hi - lo)


def scan(
    img,
    rng,
    nrng,
    grey=True,
    skew=1.0,
    blur=0.7,
    noise=5.0,
    specks=40,
    fade=False,
    width=None,
    tint=(0.975, 0.965, 0.94),
):
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    if fade:
        fmap = _smooth_field(nrng, h, w, 5, 0.45, 0.85)
        fmap *= 1 - 0.12 * (np.arange(h, dtype=np.float32)[:, None] / h)
        a = 255 - (255 - a) * fmap[:, :, None]
    a = a * np.array(tint, dtype=np.float32)
    pad = int(0.02 * w)
    border = tuple(float(x) * 255 * 0.93 for x in tint)
    a = cv2.copyMakeBorder(a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=border)
    h, w = a.shape[:2]
    ang = rng.uniform(-skew, skew)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + nrng.normal(0, noise, a.shape).astype(np.float32)
    for _ in range(specks):
        cx, cy = int(nrng.integers(0, w)), int(nrng.integers(0, h))
        cv2.circle(a, (cx, cy), int(nrng.integers(1, 3)), (float(nrng.integers(30, 140)),) * 3, -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if grey:
        out = out.convert("L")
    if width and out.width > width:
        out = out.resize((width, round(out.height * width / out.width)), Image.LANCZOS)
    return out


def _background(nrng, h, w, style):
    base = {
        "wood": (120, 86, 58),
        "desk": (178, 176, 170),
        "fabric": (58, 66, 84),
        "stone": (150, 146, 138),
    }[style]
    low = _smooth_field(nrng, h, w, 8, 0.8, 1.15)
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32) * low[:, :, None]
    if style == "wood":
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        streak = np.sin(ys / 7.0 + 3 * np.sin(xs / 180.0)) * 12
        a += streak[:, :, None]
    a += nrng.normal(0, 9, a.shape).astype(np.float32)
    return a


def photo(img, rng, nrng, long_side, quality, style="wood", fold=True):
    doc = np.asarray(img, dtype=np.float32)
    h, w = doc.shape[:2]
    px, py = rng.uniform(1.12, 1.3), rng.uniform(1.08, 1.2)
    s = long_side / max(w * px, h * py)
    dw, dh = round(w * s), round(h * s)
    doc = cv2.resize(doc, (dw, dh), interpolation=cv2.INTER_AREA)
    if fold:
        fy = int(dh * rng.uniform(0.3, 0.7))
        doc[:fy] *= 0.95
        band = np.exp(-((np.arange(dh) - fy) ** 2) / (2 * 2.5**2)).astype(np.float32)
        doc *= (1 - 0.22 * band)[:, None, None]
    OW, OH = round(dw * px), round(dh * py)
    bg = _background(nrng, OH, OW, style)
    ox, oy = (OW - dw) / 2, (OH - dh) / 2
    j = 0.025 * min(dw, dh)
    dst = np.float32(
        [
            [ox + rng.uniform(-j, j), oy + rng.uniform(-j, j)],
            [ox + dw + rng.uniform(-j, j), oy + rng.uniform(-j, j)],
            [ox + dw + rng.uniform(-j, j), oy + dh + rng.uniform(-j, j)],
            [ox + rng.uniform(-j, j), oy + dh + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (OW, OH), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (OW, OH))
    shadow = cv2.GaussianBlur(np.roll(np.roll(mask, 14, 0), 10, 1), (0, 0), 14)
    bg *= (1 - 0.45 * shadow)[:, :, None]
    a = warped * mask[:, :, None] + bg * (1 - mask[:, :, None])
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    g = (xx / OW - 0.5) * np.cos(ang) + (yy / OH - 0.5) * np.sin(ang)
    light = 1.0 + 0.28 * g
    cx, cy, rad = (
        rng.uniform(0.2, 0.8) * OW,
        rng.uniform(0.2, 0.8) * OH,
        rng.uniform(0.25, 0.4) * OW,
    )
    blob = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * rad**2)))
    light *= 1 - 0.2 * blob
    a = a * light[:, :, None] * np.array([1.0, 0.98, 0.93], np.float32)
    a = cv2.GaussianBlur(a, (0, 0), 0.7)
    a += nrng.normal(0, 3.5, a.shape).astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a), quality


def save_jpg(img, path, quality):
    img.save(path, "JPEG", quality=quality, optimize=False)


def image_pdf(img, path, page_size):
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=82)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=page_size, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, page_size[0], page_size[1])
    c.showPage()
    c.save()


class Out:
    """Where a document's source PDF is drawn and how it is turned into the delivered file."""

    def __init__(self, outdir: Path, name: str, kind: str):
        self.dir, self.name, self.kind = outdir, name, kind
        seed = zlib.crc32(name.encode())
        self.rng = random.Random(seed)
        self.nrng = np.random.default_rng(seed)
        self.src = outdir / f"{name}.pdf" if kind == "pdf" else outdir / f".{name}.src.pdf"

    def finish(self, how: dict) -> str:
        """how: {'mode': 'scan'|'photo'|'imgpdf', 'dpi':..., ...}. Returns the file name."""
        if self.kind == "pdf":
            return f"{self.name}.pdf"
        mode = how["mode"]
        img = render_pdf(self.src, how.get("dpi", 200))
        W, H = pdfmetrics_page_size(self.src)
        self.src.unlink()
        if mode == "photo":
            im, qual = photo(
                img,
                self.rng,
                self.nrng,
                how["long"],
                how["q"],
                how.get("bg", "wood"),
                how.get("fold", True),
            )
            fn = f"{self.name}.jpg"
            save_jpg(im, self.dir / fn, qual)
            return fn
        kw = {
            k: v
            for k, v in how.items()
            if k in ("grey", "skew", "blur", "noise", "specks", "fade", "width", "tint")
        }
        im = scan(img, self.rng, self.nrng, **kw)
        if mode == "imgpdf":
            fn = f"{self.name}.pdf"
            image_pdf(im, self.dir / fn, (W * im.width / img.width, H * im.height / img.height))
            return fn
        ext = how.get("ext", "png")
        fn = f"{self.name}.{ext}"
        if ext == "jpg":
            save_jpg(im, self.dir / fn, how.get("q", 85))
        else:
            im.save(self.dir / fn, "PNG", optimize=False)
        return fn


def pdfmetrics_page_size(path):
    pdf = pypdfium2.PdfDocument(str(path))
    w, h = pdf[0].get_size()
    pdf.close()
    return w, h


# ----------------------------------------------------------------------------- shared bits

GREY = Color(0.92, 0.92, 0.92)
NAVY = Color(0.09, 0.17, 0.36)
TEAL = Color(0.0, 0.42, 0.45)
RED = Color(0.72, 0.1, 0.1)
ORANGE = Color(0.9, 0.45, 0.08)
GREEN = Color(0.1, 0.45, 0.22)
LIGHT = Color(0.88, 0.93, 0.97)


def rows_of(items, fmt, qfmt=None, extra=None):
    out = []
    for i, it in enumerate(items, 1):
        q = qfmt(it["quantity"]) if qfmt else format(it["quantity"].normalize(), "f")
        r = [str(i), it["description"], q, fmt(it["unit_price"]), fmt(it["amount"])]
        if extra:
            r = extra(i, it, r)
        out.append(r)
    return out


def footer(d: Doc, y, cols, f="DV", sz=6.8, lh=1.3, rule=True):
    """cols: list of (x, [lines])."""
    if rule:
        d.hl(40, d.W - 40, y + sz * 1.3, 0.4)
    for x, ls in cols:
        d.lines(x, y, ls, f, sz, lh)


# ----------------------------------------------------------------------------- invoices


def _i01_rows(d, cols, y, ex, tx):
    pos = 1
    for grp, code in ((ex, "0 %*"), (tx, "19 %")):
        for it in grp:
            vals = [
                str(pos),
                it["description"],
                format(it["quantity"].normalize(), "f"),
                DE(it["unit_price"]),
                code,
                DE(it["amount"]),
            ]
            for (x, a), v in zip(cols, vals, strict=True):
                d.t(x, y, v, "DV", 8, a)
            y -= 14
            pos += 1
    return y, pos


def i01(o: Out):
    """DE freight forwarder, two pages, totals only on page 2, disbursements outside the VAT base."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Weserland Spedition GmbH"
    num = "SR-2026-004713"
    ex = [
        item("Seefracht Shanghai (CNSHA) – Bremerhaven (DEBRV), 1 × 40' HC", 1, "2180.00"),
        item("Terminal Handling Charges Bremerhaven", 1, "285.00"),
        item("Nachlauf Lkw Bremerhaven – Hamburg-Billbrook", 1, "410.00"),
    ]
    tx = [
        item("Zollabfertigung Einfuhr (ATLAS), 1 Anmeldung", 1, "95.00"),
        item("Zusätzliche Zolltarifnummern", 3, "12.50"),
        item("Avis- und Dokumentenpauschale", 1, "35.00"),
        item("Lagergeld Containerterminal (Tage)", 4, "18.00"),
    ]
    disb = [
        item("Zoll lt. Einfuhrabgabenbescheid (3,7 %)", 1, "312.40"),
        item("Einfuhrumsatzsteuer 19 % lt. Bescheid (verauslagt)", 1, "1108.22"),
    ]
    s0 = sum(i["amount"] for i in ex)
    s19 = sum(i["amount"] for i in tx)
    sa = sum(i["amount"] for i in disb)
    net = s0 + s19 + sa
    vat = q2(s19 * D("0.19"))
    total = net + vat

    def head(page):
        d.c.setFillColor(NAVY)
        p = d.c.beginPath()
        p.moveTo(40, H - 62)
        p.curveTo(70, H - 48, 90, H - 76, 120, H - 62)
        p.lineTo(120, H - 70)
        p.curveTo(90, H - 84, 70, H - 56, 40, H - 70)
        p.close()
        d.c.drawPath(p, stroke=0, fill=1)
        d.t(130, H - 70, "WESERLAND", "DSB", 24, col=NAVY)
        d.t(130, H - 84, "Spedition · Seefracht · Zoll · Kontraktlogistik", "DV", 8)
        d.t(W - 40, H - 60, "Am Holzhafen 14", "DV", 8, "r")
        d.t(W - 40, H - 71, "28217 Bremen", "DV", 8, "r")
        d.t(W - 40, H - 82, "Tel. +49 421 690 47-0", "DV", 8, "r")
        d.t(W - 40, H - 93, "abrechnung@weserland-spedition.de", "DV", 8, "r")
        d.t(W / 2, 18, f"Seite {page} von 2", "DV", 7.5, "c")

    def foot():
        footer(
            d,
            62,
            [
                (
                    40,
                    [
                        V,
                        "Am Holzhafen 14, 28217 Bremen",
                        "Amtsgericht Bremen HRB 31874",
                        "Geschäftsführer: Jan Tiedemann",
                    ],
                ),
                (
                    225,
                    [
                        "Sparkasse Bremen",
                        "IBAN DE61 2905 0101 0084 7712 93",
                        "BIC SBREDE22XXX",
                        "USt-IdNr. DE 814 277 950",
                    ],
                ),
                (
                    395,
                    [
                        "Wir arbeiten ausschließlich auf Grundlage der",
                        "Allgemeinen Deutschen Spediteurbedingungen",
                        "2017 (ADSp 2017).",
                        "EORI DE4471209",
                    ],
                ),
            ],
        )

    head(1)
    d.t(40, H - 132, f"{V} · Am Holzhafen 14 · 28217 Bremen", "DV", 6.5)
    d.hl(40, 250, H - 135, 0.3)
    d.lines(
        40,
        H - 152,
        [
            "Nordkap Outdoor Handels GmbH",
            "Abt. Kreditorenbuchhaltung",
            "Billbrookdeich 221",
            "22113 Hamburg",
        ],
        "DV",
        9.5,
        1.35,
    )
    info = [
        ("Rechnungs-Nr.", num),
        ("Rechnungsdatum", "12.03.2026"),
        ("Kunden-Nr.", "10 4471"),
        ("Ihre Referenz", "PO 2026-0318 / Hr. Brandt"),
        ("Unser Zeichen", "SEA-IMP / kl"),
        ("Leistungsdatum", "05.03.2026"),
    ]
    y = H - 140
    for k, v in info:
        d.t(345, y, k, "DV", 8.2)
        d.t(W - 40, y, v, "DVB", 8.2, "r")
        y -= 12.5
    d.t(40, H - 240, "RECHNUNG", "DSB", 17, col=NAVY)
    sh = [
        ("Sendung", "Seefracht-Import FCL, Incoterm FOB Shanghai"),
        ("B/L", "WSLSHA2602117  ·  Schiff: MSC LETIZIA  V. 607W"),
        ("Container", "MSKU 481207-3 (40' HC), 11.480 kg, 58 cbm"),
        ("Ankunft", "02.03.2026 Bremerhaven, CTB"),
    ]
    y = H - 262
    for k, v in sh:
        d.t(40, y, k, "DVB", 8)
        d.t(115, y, v, "DV", 8)
        y -= 11.5
    cols = [(44, "l"), (70, "l"), (370, "r"), (440, "r"), (480, "r"), (W - 44, "r")]
    y -= 14
    d.rect(40, y - 5, W - 80, 15, lw=0, fill=GREY, stroke=False)
    for (x, a), h in zip(
        cols, ["Pos.", "Leistung", "Menge", "Einzelpreis", "USt", "Betrag EUR"], strict=True
    ):
        d.t(x, y, h, "DVB", 8, a)
    y -= 18
    y, pos = _i01_rows(d, cols, y, ex, tx)
    d.hl(40, W - 40, y + 6, 0.5)
    y -= 8
    d.t(
        40,
        y,
        "* steuerfreie Leistung gem. § 4 Nr. 3 a UStG (grenzüberschreitende Beförderung)",
        "DVO",
        7,
    )
    y -= 24
    d.t(360, y, "Übertrag auf Seite 2", "DV", 8.5)
    d.t(W - 44, y, DE(s0 + s19), "DVB", 8.5, "r")
    foot()
    d.newpage()
    head(2)
    d.t(40, H - 130, f"Rechnung {num} vom 12.03.2026 – Fortsetzung", "DVB", 9)
    y = H - 160
    d.t(360, y, "Übertrag von Seite 1", "DV", 8.5)
    d.t(W - 44, y, DE(s0 + s19), "DV", 8.5, "r")
    y -= 28
    d.t(40, y, "Verauslagte Eingangsabgaben (durchlaufende Posten, nicht steuerbar)", "DVB", 8.5)
    y -= 16
    for it in disb:
        d.t(44, y, str(pos), "DV", 8)
        d.t(70, y, it["description"], "DV", 8)
        d.t(480, y, "–", "DV", 8, "r")
        d.t(W - 44, y, DE(it["amount"]), "DV", 8, "r")
        y -= 14
        pos += 1
    d.t(70, y - 2, "Bescheid-Nr. ATB 26DE470112883401E7, Zollamt Bremerhaven", "DVO", 7)
    y -= 40
    tot = [
        ("Leistungen steuerfrei (0 %)", DE(s0)),
        ("Leistungen steuerpflichtig (19 %)", DE(s19)),
        ("Verauslagte Abgaben", DE(sa)),
        ("Summe netto", DE(net)),
        (f"zzgl. 19 % USt auf {DE(s19)}", DE(vat)),
    ]
    for k, v in tot:
        d.t(330, y, k, "DV", 8.5)
        d.t(W - 44, y, v, "DV", 8.5, "r")
        y -= 14
    d.hl(330, W - 40, y + 8, 0.8)
    y -= 6
    d.t(330, y, "Rechnungsbetrag EUR", "DVB", 10)
    d.t(W - 44, y, DE(total), "DVB", 10, "r")
    d.hl(330, W - 40, y - 5, 0.8)
    d.hl(330, W - 40, y - 7, 0.8)
    y -= 40
    d.lines(
        40,
        y,
        [
            "Zahlbar bis 11.04.2026 ohne Abzug.",
            f"Bitte geben Sie bei Zahlung die Rechnungsnummer {num} an.",
            "Die Einfuhrumsatzsteuer ist bei Vorsteuerabzugsberechtigung als Vorsteuer abziehbar.",
        ],
        "DV",
        8.5,
        1.4,
    )
    foot()
    d.save()
    t = truth(
        num,
        "2026-03-12",
        "2026-04-11",
        V,
        net,
        vat,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        ex + tx + disb,
        "Two pages; totals only on page 2 (page 1 ends with a carry-forward 'Übertrag'). Customs duty and import VAT passed through as disbursements outside the VAT base: keyed vat is only the forwarder's 19 % on the taxable services; amount is 'Summe netto' incl. the disbursements.",
        o.kind,
    )
    return t


def i02(o: Out):
    """NL customs broker, colour scan."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Douane Expeditie Van der Meulen B.V."
    num = "2026-10482"
    svc = [
        item("Invoeraangifte (AGS) – 1 aangifte", 1, "65.00"),
        item("Extra goederencode", 4, "7.50"),
        item("T1-document / NCTS", 1, "35.00"),
        item("Begeleiding fysieke controle douane", 1, "85.00"),
    ]
    adv = [item("Voorgeschoten invoerrechten (geen BTW)", 1, "214.36")]
    s = sum(i["amount"] for i in svc)
    a = adv[0]["amount"]
    net = s + a
    vat = q2(s * D("0.21"))
    tot = net + vat
    d.rect(0, H - 95, W, 95, lw=0, fill=TEAL, stroke=False)
    d.t(45, H - 50, "VAN DER MEULEN", "DCB", 26, col=white)
    d.t(45, H - 68, "douane-expediteur sinds 1987", "DV", 9, col=white)
    d.lines(
        W - 45,
        H - 38,
        [
            "Waalhaven Oostzijde 88",
            "3087 BM Rotterdam",
            "+31 10 428 77 10",
            "info@vdmeulen-douane.nl",
        ],
        "DV",
        8,
        1.35,
        "r",
        white,
    )
    d.t(45, H - 135, "FACTUUR", "DVB", 20)
    d.lines(
        45,
        H - 165,
        [
            "Aan:",
            "Tulp & Zonen Import B.V.",
            "t.a.v. crediteurenadministratie",
            "Industrieweg 12",
            "2712 LB Zoetermeer",
        ],
        "DV",
        9,
        1.35,
    )
    kv = [
        ("Factuurnummer", num),
        ("Factuurdatum", "04-02-2026"),
        ("Vervaldatum", "04-03-2026"),
        ("Debiteurnummer", "D-20418"),
        ("Uw referentie", "container TGHU 882140-6"),
        ("MRN", "26NL0004XK7T3R1A2"),
    ]
    y = H - 165
    for k, v in kv:
        d.t(320, y, k + ":", "DV", 8.5)
        d.t(W - 45, y, v, "DV", 8.5, "r")
        y -= 12.5
    y = H - 275
    cols = [(50, "l"), (330, "r"), (400, "r"), (460, "r"), (W - 50, "r")]
    rows = [
        [
            i["description"],
            format(i["quantity"].normalize(), "f"),
            DE(i["unit_price"]),
            "21%",
            DE(i["amount"]),
        ]
        for i in svc
    ]
    rows += [[i["description"], "1", DE(i["unit_price"]), "0%", DE(i["amount"])] for i in adv]
    y = table(
        d,
        y,
        cols,
        ["Omschrijving", "Aantal", "Prijs", "BTW", "Bedrag €"],
        rows,
        "DV",
        "DVB",
        8.8,
        1.7,
        hfill=LIGHT,
        x1=45,
        x2=W - 45,
    )
    d.hl(45, W - 45, y + 6, 0.5)
    y -= 16
    for k, v, f in [
        ("Subtotaal diensten", DE(s), "DV"),
        ("Voorschotten", DE(a), "DV"),
        ("Totaal excl. BTW", DE(net), "DV"),
        (f"BTW 21% over {DE(s)}", DE(vat), "DV"),
        ("Totaal te betalen", "€ " + DE(tot), "DVB"),
    ]:
        d.t(320, y, k, f, 9)
        d.t(W - 50, y, v, f, 9, "r")
        y -= 15
    d.lines(
        50,
        y - 20,
        [
            "Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken op",
            "NL42 RABO 0318 4477 20 o.v.v. het factuurnummer.",
            "Op al onze werkzaamheden zijn de Nederlandse Expeditievoorwaarden (FENEX) van toepassing.",
        ],
        "DV",
        8,
        1.45,
    )
    footer(
        d,
        50,
        [
            (45, ["KvK 24318877", "BTW NL008204519B01"]),
            (220, ["Rabobank Rotterdam", "BIC RABONL2U"]),
            (400, ["AEO-F NLAEOF00187"]),
        ],
        sz=7,
    )
    d.save()
    t = truth(
        num,
        "2026-02-04",
        "2026-03-04",
        V,
        net,
        vat,
        tot,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        svc + adv,
        "Advanced import duties (voorschotten) are outside the 21 % BTW base; 'Totaal excl. BTW' includes them; BTW printed 'over' the services subtotal only.",
        o.kind,
    )
    return t


def i03(o: Out):
    """FR courier, monthly statement-style invoice: summary with totals on page 1, shipment detail on page 2."""
    d = Doc(o.src, A4)
    W, H = A4
    r = o.rng
    V = "Coursiers Rapides de l'Ouest SAS"
    num = "FM-2603-0291"
    towns = [
        "Rennes",
        "Angers",
        "Brest",
        "La Rochelle",
        "Tours",
        "Lorient",
        "Vannes",
        "Le Mans",
        "Niort",
        "Quimper",
        "Cholet",
        "Saint-Brieuc",
    ]
    svc = {"Express 13h": D("14.90"), "Standard J+1": D("9.40"), "Relais": D("6.20")}
    ships = []
    for k in range(34):
        s = r.choice(list(svc))
        kg = D(r.choice(["0.5", "1.2", "2.0", "3.4", "5.0", "7.8", "12.5"]))
        extra = q2(max(ZERO, kg - 5) * D("0.85"))
        ships.append(
            (
                f"{(k * 29) // 34 + 1:02d}/03",
                f"CRO{7702114 + k * 37:010d}",
                r.choice(towns),
                kg,
                s,
                svc[s] + extra,
            )
        )
    ships.sort(key=lambda x: x[0])
    base = sum(x[5] for x in ships)
    fuel = q2(base * D("0.145"))
    pickups = item("Enlèvements réguliers (forfait mensuel)", 1, "45.00")
    net = base + fuel + pickups["amount"]
    vat = q2(net * D("0.20"))
    tot = net + vat
    items = [
        item(
            f"Envois {s} (détail page 2)",
            sum(1 for x in ships if x[4] == s),
            "0",
            sum(x[5] for x in ships if x[4] == s),
        )
        for s in svc
    ]
    for it in items:
        it["unit_price"] = q2(it["amount"] / it["quantity"])
    items += [item("Surcharge carburant 14,5 %", 1, fuel), pickups]

    def head(p):
        d.rect(40, H - 78, 36, 36, lw=0, fill=ORANGE, stroke=False)
        d.t(58, H - 66, "CR", "DVB", 15, "c", white)
        d.t(84, H - 58, "Coursiers Rapides", "DVB", 15)
        d.t(84, H - 72, "de l'Ouest — messagerie express", "DV", 8)
        d.t(W - 40, H - 56, "FACTURE MENSUELLE", "DVB", 12, "r")
        d.t(W - 40, H - 70, f"N° {num} — page {p}/2", "DV", 8.5, "r")
        d.t(
            W / 2,
            22,
            f"{V} · capital 120 000 € · RCS Nantes 812 447 309 · TVA FR 27 812447309 · page {p}/2",
            "DV",
            6.5,
            "c",
        )

    head(1)
    d.lines(
        40,
        H - 115,
        ["Émetteur", V, "14 quai de la Fosse", "44000 Nantes", "SIRET 812 447 309 00027"],
        "DV",
        8.5,
        1.35,
    )
    d.rect(320, H - 190, W - 360, 88, lw=0.6)
    d.lines(
        330,
        H - 115,
        [
            "Client n° 40871",
            "Atelier Bernier Cycles SARL",
            "Service comptabilité",
            "6 rue des Tanneurs",
            "49100 Angers",
        ],
        "DV",
        8.8,
        1.35,
    )
    y = H - 225
    for k, v in [
        ("Date de facture", "31/03/2026"),
        ("Période", "du 01/03/2026 au 31/03/2026"),
        ("Date d'échéance", "30/04/2026"),
        ("Mode de règlement", "prélèvement SEPA"),
    ]:
        d.t(40, y, k, "DV", 8.5)
        d.t(160, y, v, "DVB", 8.5)
        y -= 13
    y -= 16
    d.t(40, y, "Récapitulatif", "DVB", 11)
    y -= 20
    cols = [(44, "l"), (330, "r"), (420, "r"), (W - 44, "r")]
    rows = [
        [
            it["description"],
            format(it["quantity"].normalize(), "f"),
            FR(it["unit_price"]),
            FR(it["amount"]),
        ]
        for it in items
    ]
    y = table(
        d,
        y,
        cols,
        ["Désignation", "Qté", "P.U. moyen HT", "Montant HT"],
        rows,
        "DV",
        "DVB",
        8.6,
        1.8,
        hfill=GREY,
        x1=40,
        x2=W - 40,
    )
    y -= 14
    d.rect(300, y - 56, W - 340, 70, lw=0.8)
    for k, v, f in [
        ("Total HT", FR(net) + " €", "DV"),
        ("TVA 20 %", FR(vat) + " €", "DV"),
        ("Total TTC", FR(tot) + " €", "DVB"),
        ("Net à payer", FR(tot) + " €", "DVB"),
    ]:
        d.t(310, y, k, f, 9)
        d.t(W - 48, y, v, f, 9, "r")
        y -= 15
    y -= 30
    d.lines(
        40,
        y,
        [
            "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.",
            "Pas d'escompte pour paiement anticipé. Prélèvement le 30/04/2026 sur le compte FR76 3000 4028 3700 0107 7412 215.",
            "Le détail des envois figure en page 2.",
        ],
        "DV",
        7.5,
        1.45,
    )
    d.newpage()
    head(2)
    d.t(40, H - 110, "Détail des envois — mars 2026", "DVB", 10)
    cols = [(44, "l"), (82, "l"), (190, "l"), (290, "l"), (400, "r"), (W - 44, "r")]
    rows = [
        [a, b, c, e, FR(kg).replace(",00", ""), FR(m)]
        for a, b, c, kg, e, m in ((x[0], x[1], x[2], x[3], x[4], x[5]) for x in ships)
    ]
    y = table(
        d,
        H - 132,
        cols,
        ["Date", "N° d'envoi", "Destination", "Service", "Poids kg", "HT €"],
        rows,
        "DM",
        "DVB",
        7.6,
        1.6,
        x1=40,
        x2=W - 40,
    )
    d.hl(40, W - 40, y + 6, 0.5)
    d.t(300, y - 8, f"Sous-total transport : {len(ships)} envois", "DVB", 8)
    d.t(W - 44, y - 8, FR(base), "DVB", 8, "r")
    d.save()
    return truth(
        num,
        "2026-03-31",
        "2026-04-30",
        V,
        net,
        vat,
        tot,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        items,
        "Statement-style monthly courier invoice over two pages: totals in a summary box on page 1, 34-shipment detail on page 2 whose subtotal is not the invoice total (fuel surcharge and pickups added on page 1).",
        o.kind,
    )


def i04(o: Out):
    """ES airline corporate ticket invoice: fare + taxes/fees, VAT exempt international transport."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Aerolíneas Meridiana, S.A."
    num = "AM-F-2026-0018842"
    lines = [
        item("Tarifa aérea MAD–BOG–MAD, clase turista (Y/B)", 1, "842.00"),
        item("Recargo del transportista (YQ)", 1, "180.00"),
        item("Tasa aeroportuaria España (JD)", 1, "32.46"),
        item("Tasa de seguridad (QV)", 1, "8.35"),
        item("Tasa de salida Colombia (CO)", 1, "58.10"),
        item("Tasa aeroportuaria Colombia (JS)", 1, "41.65"),
        item("Cargo por emisión", 1, "25.00"),
    ]
    base = sum(i["amount"] for i in lines)
    vat = ZERO
    tot = base
    d.c.setFillColor(Color(0.55, 0.05, 0.2))
    d.c.circle(62, H - 62, 20, stroke=0, fill=1)
    d.c.setFillColor(white)
    p = d.c.beginPath()
    p.moveTo(48, H - 66)
    p.lineTo(78, H - 58)
    p.lineTo(50, H - 54)
    p.close()
    d.c.drawPath(p, stroke=0, fill=1)
    d.t(92, H - 60, "meridiana", "DVB", 22, col=Color(0.55, 0.05, 0.2))
    d.t(92, H - 74, "líneas aéreas", "DV", 8.5)
    d.t(W - 45, H - 52, "FACTURA", "DVB", 16, "r")
    d.t(W - 45, H - 68, "Billete de pasaje – cliente corporativo", "DV", 8, "r")
    d.lines(
        45,
        H - 115,
        [V, "CIF A-28471936", "Avenida de la Hispanidad 9", "28042 Madrid (España)"],
        "DV",
        8.5,
        1.35,
    )
    d.rect(300, H - 178, W - 345, 76, lw=0.5)
    d.lines(
        310,
        H - 116,
        [
            "Cliente:",
            "Laboratorios Cantábrico, S.L.",
            "NIF B-39627104",
            "Calle Hernán Cortés 44",
            "39003 Santander (Cantabria)",
        ],
        "DV",
        8.5,
        1.35,
    )
    y = H - 210
    kv = [
        ("N.º de factura", num),
        ("Fecha de expedición", "19/02/2026"),
        ("N.º de billete", "311-2480715692"),
        ("Localizador", "K7QW2M"),
        ("Pasajero", "ARRIETA GOMEZ/LUCIA MRS"),
        ("Fecha de emisión billete", "17/02/2026"),
    ]
    for i, (k, v) in enumerate(kv):
        x = 45 if i % 2 == 0 else 300
        d.t(x, y, k, "DV", 8)
        d.t(x + 110, y, v, "DVB", 8)
        if i % 2:
            y -= 13
    y -= 14
    d.t(45, y, "Itinerario", "DVB", 9.5)
    y -= 16
    cols = [(48, "l"), (110, "l"), (200, "l"), (330, "l"), (410, "l"), (W - 48, "r")]
    it_rows = [
        ["MM 6123", "04/03/2026", "MAD 23:55 → BOG 04:25", "Turista", "B", "1 PC 23 kg"],
        ["MM 6124", "11/03/2026", "BOG 12:10 → MAD 05:35+1", "Turista", "B", "1 PC 23 kg"],
    ]
    y = table(
        d,
        y,
        cols,
        ["Vuelo", "Fecha", "Trayecto", "Cabina", "Clase", "Equipaje"],
        it_rows,
        "DV",
        "DVB",
        8,
        1.7,
        x1=45,
        x2=W - 45,
    )
    y -= 18
    cols = [(48, "l"), (W - 48, "r")]
    rows = [[i["description"], DE(i["amount"]) + " €"] for i in lines]
    y = table(
        d,
        y,
        cols,
        ["Concepto", "Importe"],
        rows,
        "DV",
        "DVB",
        8.6,
        1.75,
        hfill=GREY,
        x1=45,
        x2=W - 45,
    )
    d.hl(45, W - 45, y + 6, 0.6)
    y -= 14
    for k, v, f in [
        ("Base imponible", DE(base) + " €", "DV"),
        ("IVA 0 % (exento)", DE(vat) + " €", "DV"),
        ("TOTAL FACTURA", DE(tot) + " €", "DVB"),
    ]:
        d.t(330, y, k, f, 9.5)
        d.t(W - 48, y, v, f, 9.5, "r")
        y -= 16
    y -= 10
    d.lines(
        45,
        y,
        [
            "Operación exenta de IVA en virtud del artículo 22.Trece de la Ley 37/1992 (transporte internacional de viajeros).",
            "Las tasas e impuestos aeroportuarios se repercuten por cuenta de las autoridades correspondientes.",
            "Forma de pago: tarjeta de empresa VISA **** 0427, cargada el 17/02/2026.",
        ],
        "DV",
        7.6,
        1.5,
    )
    footer(
        d,
        55,
        [
            (
                45,
                [
                    "Aerolíneas Meridiana, S.A. – Registro Mercantil de Madrid, Tomo 21.884, Folio 112, Hoja M-389204",
                    "facturacion@meridiana-air.es · www.meridiana-air.es",
                ],
            )
        ],
        sz=6.8,
    )
    d.save()
    return truth(
        num,
        "2026-02-19",
        None,
        V,
        base,
        vat,
        tot,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        lines,
        "Airline ticket invoice: fare plus carrier surcharge and government/airport taxes; IVA 0 % exempt (international transport), keyed vat 0.00; airport 'tasas' are not VAT and are inside the base. Issue date vs ticket issue date vs flight dates. Already paid by card, no due date.",
        o.kind,
    )


def i05(o: Out):
    """IT rail operator credit note (negative amounts), greyscale JPG scan."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Ferrovie Tirreniche S.p.A."
    num = "NC/2026/000317"
    refund = item(
        "Storno 6 biglietti 2ª classe Roma Termini – Napoli Centrale, treno FT 9537 del 06/03/2026",
        6,
        "-40.50",
    )
    pen = item("Trattenuta penale di cambio/rimborso 20%", 1, "48.60")
    net = refund["amount"] + pen["amount"]
    vat = q2(net * D("0.10"))
    tot = net + vat
    d.t(45, H - 65, "FERROVIE TIRRENICHE", "DSB", 20)
    d.hl(45, 330, H - 72, 2, col=GREEN)
    d.t(45, H - 85, "trasporto ferroviario passeggeri", "DS", 9)
    d.lines(
        W - 45,
        H - 55,
        [
            "Sede legale: Piazza dei Cinquecento 71",
            "00185 Roma RM",
            "P.IVA 09884471005 · C.F. 09884471005",
            "REA RM-1198427 · Cap. soc. € 5.000.000 i.v.",
        ],
        "DS",
        7.5,
        1.35,
        "r",
    )
    d.t(45, H - 130, "NOTA DI CREDITO", "DSB", 16)
    d.lines(
        45,
        H - 155,
        [
            f"Numero: {num}",
            "Data: 09/03/2026",
            "Rif. fattura n. FT/2026/004512 del 20/02/2026",
            "Codice destinatario SDI: M5UXCR1",
        ],
        "DS",
        9,
        1.45,
    )
    d.lines(
        330,
        H - 130,
        [
            "Spett.le",
            "Congressi Partenopei S.r.l.",
            "Via Toledo 256",
            "80134 Napoli NA",
            "P.IVA 07741280638",
        ],
        "DS",
        9.5,
        1.4,
    )
    y = H - 250
    cols = [(48, "l"), (370, "r"), (440, "r"), (480, "r"), (W - 48, "r")]
    d.rect(45, y - 5, W - 90, 16, lw=0.6)
    for (x, a), h in zip(cols, ["Descrizione", "Q.tà", "Prezzo", "IVA", "Importo €"], strict=True):
        d.t(x, y, h, "DSB", 8.5, a)
    y -= 20
    d.t(48, y, "Storno 6 biglietti 2ª classe Roma Termini – Napoli Centrale,", "DS", 8.5)
    d.t(370, y, "6", "DS", 8.5, "r")
    d.t(440, y, DE(refund["unit_price"]), "DS", 8.5, "r")
    d.t(480, y, "10%", "DS", 8.5, "r")
    d.t(W - 48, y, DE(refund["amount"]), "DS", 8.5, "r")
    y -= 12
    d.t(48, y, "treno FT 9537 del 06/03/2026 (viaggio annullato dal cliente)", "DS", 8.5)
    y -= 18
    for (x, a), v in zip(
        cols,
        [pen["description"], "1", DE(pen["unit_price"]), "10%", DE(pen["amount"])],
        strict=True,
    ):
        d.t(x, y, v, "DS", 8.5, a)
    y -= 12
    d.hl(45, W - 45, y, 0.6)
    y -= 26
    rows = [
        ("Totale imponibile", DE(net)),
        ("IVA 10%", DE(vat)),
        ("Totale nota di credito €", DE(tot)),
    ]
    for k, v in rows:
        d.t(320, y, k, "DSB" if "nota" in k else "DS", 10)
        d.t(W - 48, y, v, "DSB" if "nota" in k else "DS", 10, "r")
        y -= 17
    y -= 20
    d.lines(
        45,
        y,
        [
            "L'importo di € "
            + DE(-tot)
            + " verrà riaccreditato sulla carta utilizzata per l'acquisto entro 14 giorni.",
            "Documento emesso ai sensi dell'art. 26 del D.P.R. 633/1972.",
            "Copia analogica del documento trasmesso al Sistema di Interscambio.",
        ],
        "DS",
        8,
        1.5,
    )
    d.save()
    return truth(
        num,
        "2026-03-09",
        None,
        V,
        net,
        vat,
        tot,
        "EUR",
        "it-IT",
        "invoice",
        "credit_note",
        [refund, pen],
        "Credit note (nota di credito) with negative amounts keyed negative; the retained penalty line is positive and reduces the credit; it also cites the original invoice number FT/2026/004512 (not the keyed number).",
        o.kind,
    )


def i06(o: Out):
    """AT coach charter with a deposit deducted."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Alpenland Reisen & Busvermietung GmbH"
    num = "2026/0188"
    lines = [
        item("Reisebus 50 Sitzplätze inkl. Fahrer, 14.–16.02.2026 (Tage)", 3, "980.00"),
        item("Kilometerleistung Innsbruck – Verona – Innsbruck (km)", 612, "1.35"),
        item("Fahrerspesen und Übernachtung (Nächte)", 2, "95.00"),
        item("Maut- und Parkgebühren (pauschal)", 1, "148.60"),
    ]
    net = sum(i["amount"] for i in lines)
    vat = q2(net * D("0.10"))
    tot = net + vat
    dep = D("1500.00")
    d.c.setFillColor(GREEN)
    p = d.c.beginPath()
    p.moveTo(W - 160, H - 80)
    p.lineTo(W - 130, H - 40)
    p.lineTo(W - 112, H - 62)
    p.lineTo(W - 100, H - 50)
    p.lineTo(W - 75, H - 80)
    p.close()
    d.c.drawPath(p, stroke=0, fill=1)
    d.t(W - 45, H - 96, "ALPENLAND REISEN", "DCB", 13, "r", GREEN)
    d.t(W - 45, H - 108, "Busvermietung · Gruppenreisen", "DC", 8, "r")
    d.t(50, H - 60, "Alpenland Reisen & Busvermietung GmbH · Grabenweg 3 · 6020 Innsbruck", "DC", 7)
    d.lines(
        50,
        H - 82,
        [
            "Bundesrealgymnasium Schwaz",
            "z. H. Frau Mag. Elisabeth Gruber",
            "Paulinumweg 1",
            "6130 Schwaz",
        ],
        "DC",
        10,
        1.35,
    )
    d.t(50, H - 175, f"Rechnung Nr. {num}", "DCB", 15)
    y = H - 200
    for k, v in [
        ("Rechnungsdatum:", "23.02.2026"),
        ("Leistungszeitraum:", "14.02.2026 – 16.02.2026"),
        ("Auftrag:", "Schulskikurs / Maturareise Verona"),
        ("UID-Nr. Kunde:", "—"),
    ]:
        d.t(50, y, k, "DC", 9)
        d.t(150, y, v, "DC", 9)
        y -= 13
    y -= 18
    cols = [(52, "l"), (360, "r"), (440, "r"), (W - 52, "r")]
    rows = [
        [
            i["description"],
            format(i["quantity"].normalize(), "f"),
            DE(i["unit_price"]),
            DE(i["amount"]),
        ]
        for i in lines
    ]
    y = table(
        d,
        y,
        cols,
        ["Bezeichnung", "Menge", "Preis €", "Gesamt €"],
        rows,
        "DC",
        "DCB",
        9,
        1.8,
        hfill=Color(0.86, 0.93, 0.87),
        x1=48,
        x2=W - 48,
    )
    d.hl(48, W - 48, y + 8, 0.5)
    y -= 12
    for k, v, f in [
        ("Nettobetrag", DE(net), "DC"),
        ("zzgl. 10 % USt (Personenbeförderung)", DE(vat), "DC"),
        ("Rechnungsbetrag brutto", DE(tot), "DCB"),
        ("abzügl. Anzahlung vom 20.01.2026", "-" + DE(dep), "DC"),
        ("Offener Restbetrag EUR", DE(tot - dep), "DCB"),
    ]:
        d.t(300, y, k, f, 9.5)
        d.t(W - 52, y, v, f, 9.5, "r")
        y -= 15
    y -= 18
    d.lines(
        50,
        y,
        [
            "Zahlungsziel: 09.03.2026 (14 Tage netto).",
            "Die Anzahlung wurde mit Anzahlungsrechnung Nr. 2026/0041 abgerechnet.",
            "Wir danken für Ihren Auftrag und wünschen weiterhin gute Fahrt!",
        ],
        "DC",
        9,
        1.45,
    )
    footer(
        d,
        60,
        [
            (
                50,
                [
                    "Alpenland Reisen & Busvermietung GmbH",
                    "Grabenweg 3, 6020 Innsbruck",
                    "FN 418832 k, LG Innsbruck",
                ],
            ),
            (235, ["UID ATU69874215", "Konzessionsnr. 701-K-2019", "Tel. +43 512 39 41 27"]),
            (395, ["Tiroler Sparkasse", "IBAN AT42 2050 3033 0127 4481", "BIC SPIHAT22XXX"]),
        ],
        f="DC",
    )
    d.save()
    return truth(
        num,
        "2026-02-23",
        "2026-03-09",
        V,
        net,
        vat,
        tot,
        "EUR",
        "de-AT",
        "invoice",
        "invoice",
        lines,
        f"Deposit of 1.500,00 deducted after the gross total: keyed total is 'Rechnungsbetrag brutto' {DE(tot)}, the balance due printed below it is {DE(tot - dep)}. AT 10 % passenger-transport rate. Due date printed as 'Zahlungsziel'.",
        o.kind,
    )


def i07(o: Out):
    """GB removals firm; the buyer's block is printed above the seller's; photographed."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Harbour & Hill Removals Ltd"
    num = "INV-26-0734"
    lines = [
        item(
            "Removal, 3-bed house, Bristol BS6 to Cardiff CF14, crew of 4 + 7.5t van", 1, "1150.00"
        ),
        item("Full packing service (day before move)", 1, "380.00"),
        item("Packing boxes, double wall", 40, "2.25"),
        item("Containerised storage, per week", 2, "65.00"),
        item("Goods in transit cover (to £40,000)", 1, "45.00"),
    ]
    net = sum(i["amount"] for i in lines)
    vat = q2(net * D("0.20"))
    tot = net + vat
    d.t(45, H - 60, "INVOICE TO", "Helvetica-Bold", 9)
    d.lines(
        45,
        H - 76,
        ["Dr Owen Pritchard", "14 Heol Hir", "Llanishen, Cardiff", "CF14 5AA"],
        "Helvetica",
        10,
        1.35,
    )
    d.rect(W - 220, H - 122, 175, 78, lw=0, fill=Color(0.95, 0.93, 0.88), stroke=False)
    y = H - 62
    for k, v in [
        ("Invoice no.", num),
        ("Invoice date", "6 March 2026"),
        ("Move date", "2 March 2026"),
        ("Payment due", "20 March 2026"),
        ("Job ref.", "BRS-2611"),
    ]:
        d.t(W - 212, y, k, "Helvetica", 8.5)
        d.t(W - 53, y, v, "Helvetica-Bold", 8.5, "r")
        y -= 13.5
    d.hl(45, W - 45, H - 140, 0.8)
    d.c.setFillColor(Color(0.2, 0.3, 0.45))
    d.c.rect(45, H - 190, 14, 38, stroke=0, fill=1)
    d.c.rect(63, H - 190, 14, 26, stroke=0, fill=1)
    d.t(86, H - 170, "Harbour & Hill", "Times-Bold", 22, col=Color(0.2, 0.3, 0.45))
    d.t(86, H - 186, "REMOVALS · STORAGE · PACKING", "Helvetica", 7.5)
    d.lines(
        W - 45,
        H - 160,
        [
            V,
            "Unit 7, Feeder Road Trading Estate",
            "Bristol BS2 0TQ",
            "0117 496 0218 · accounts@harbourhill.co.uk",
        ],
        "Helvetica",
        8,
        1.35,
        "r",
    )
    d.t(45, H - 230, "INVOICE", "Helvetica-Bold", 18)
    cols = [(48, "l"), (380, "r"), (455, "r"), (W - 48, "r")]
    rows = [
        [
            i["description"],
            format(i["quantity"].normalize(), "f"),
            "£" + EN(i["unit_price"]),
            "£" + EN(i["amount"]),
        ]
        for i in lines
    ]
    y = table(
        d,
        H - 258,
        cols,
        ["Description", "Qty", "Unit price", "Amount"],
        rows,
        "Helvetica",
        "Helvetica-Bold",
        9,
        1.9,
        x1=45,
        x2=W - 45,
    )
    d.hl(45, W - 45, y + 8, 0.5)
    y -= 12
    for k, v, f in [
        ("Subtotal", "£" + EN(net), "Helvetica"),
        ("VAT @ 20%", "£" + EN(vat), "Helvetica"),
        ("Total due", "£" + EN(tot), "Helvetica-Bold"),
    ]:
        d.t(360, y, k, f, 10)
        d.t(W - 48, y, v, f, 10, "r")
        y -= 16
    y -= 20
    d.lines(
        45,
        y,
        [
            "Please pay by bank transfer within 14 days quoting the invoice number.",
            "Account name: Harbour & Hill Removals Ltd · Sort code 30-96-26 · Account 41728805",
            "Storage beyond 2 weeks is invoiced monthly in advance.",
        ],
        "Helvetica",
        8.5,
        1.5,
    )
    footer(
        d,
        50,
        [
            (
                45,
                [
                    "Registered in England & Wales no. 08841273 · VAT reg. no. GB 284 7719 06",
                    "Registered office: Unit 7, Feeder Road Trading Estate, Bristol BS2 0TQ · BAR member 4471",
                ],
            )
        ],
        f="Helvetica",
        sz=7,
    )
    d.save()
    return truth(
        num,
        "2026-03-06",
        "2026-03-20",
        V,
        net,
        vat,
        tot,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        lines,
        "Buyer's 'INVOICE TO' block sits at the very top, above the seller's logo and address; dates written out ('6 March 2026'); move date vs invoice date vs due date. Phone photo.",
        o.kind,
    )


def i08(o: Out):
    """Singapore shipping line freight invoice in USD, GST zero-rated; image-only PDF."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Straits Meridian Shipping Pte. Ltd."
    num = "SMS/FI/26/018352"
    lines = [
        item("Ocean Freight SGSIN-NLRTM 40' HC", 2, "1850.00"),
        item("Bunker Adjustment Factor (BAF)", 2, "420.00"),
        item("Low Sulphur Surcharge (LSS)", 2, "75.00"),
        item("Terminal Handling Charge Origin", 2, "245.00"),
        item("Documentation Fee (B/L)", 1, "65.00"),
        item("Seal Fee", 2, "12.00"),
    ]
    net = sum(i["amount"] for i in lines)
    vat = ZERO
    tot = net
    d.rect(40, H - 100, W - 80, 62, lw=1.2)
    d.t(52, H - 66, "STRAITS MERIDIAN", "Helvetica-Bold", 20, col=NAVY)
    d.t(
        52,
        H - 84,
        "SHIPPING PTE. LTD.  ·  Co. Reg. No. 201904417K  ·  GST Reg. No. 201904417K",
        "Helvetica",
        7.5,
    )
    d.lines(
        W - 52,
        H - 56,
        ["80 Robinson Road #17-02", "Singapore 068898", "Tel +65 6221 7740"],
        "Helvetica",
        8,
        1.35,
        "r",
    )
    d.t(W / 2, H - 130, "FREIGHT INVOICE / TAX INVOICE", "Helvetica-Bold", 13, "c")
    grid = [
        ("Bill To", "Van Houten Agro Trading B.V.", "Invoice No.", num),
        ("", "Maasvlakte Blvd 22, 3199 LZ Rotterdam", "Invoice Date", "27-Jan-2026"),
        ("Vessel / Voyage", "MERIDIAN ORCHID / 026W", "Due Date", "26-Feb-2026"),
        ("B/L No.", "SMSSIN26011874", "Terms", "30 days"),
        ("POL / POD", "Singapore / Rotterdam", "Currency", "USD"),
        ("Containers", "SMSU 2201846 / SMSU 2204417", "ETD", "24-Jan-2026"),
    ]
    y = H - 156
    d.rect(40, y - 6 - 13 * 5, W - 80, 13 * 6 + 8, lw=0.6)
    for a, b, c, e in grid:
        d.t(48, y, a, "Helvetica-Bold", 8)
        d.t(135, y, b, "Helvetica", 8)
        d.t(360, y, c, "Helvetica-Bold", 8)
        d.t(440, y, e, "Helvetica", 8)
        y -= 13
    y -= 26
    cols = [(48, "l"), (300, "r"), (350, "l"), (440, "r"), (W - 48, "r")]
    rows = [
        [
            i["description"],
            format(i["quantity"].normalize(), "f"),
            "CTR" if i["quantity"] == 2 else "BL",
            EN(i["unit_price"]),
            EN(i["amount"]),
        ]
        for i in lines
    ]
    y = table(
        d,
        y,
        cols,
        ["Charge Description", "Qty", "Unit", "Rate (USD)", "Amount (USD)"],
        rows,
        "Helvetica",
        "Helvetica-Bold",
        8.8,
        1.8,
        hfill=GREY,
        x1=40,
        x2=W - 40,
    )
    d.hl(40, W - 40, y + 8, 0.6)
    y -= 10
    for k, v, f in [
        ("Total before GST", EN(net), "Helvetica"),
        ("GST @ 0% (zero-rated, s21(3) GST Act)", EN(vat), "Helvetica"),
        ("TOTAL AMOUNT DUE (USD)", EN(tot), "Helvetica-Bold"),
    ]:
        d.t(270, y, k, f, 9)
        d.t(W - 48, y, v, f, 9, "r")
        y -= 15
    y -= 6
    d.t(48, y, "US Dollars Five Thousand Two Hundred Sixty-Nine Only", "Helvetica-Oblique", 8.5)
    y -= 34
    d.lines(
        48,
        y,
        [
            "Payment by telegraphic transfer to:",
            "Beneficiary: Straits Meridian Shipping Pte. Ltd.",
            "Bank: Oversea-Chinese Banking Corporation, 65 Chulia Street, Singapore",
            "USD A/C No. 503-118804-301 · SWIFT OCBCSGSG",
            "All bank charges outside Singapore for payer's account. E.&O.E.",
        ],
        "Helvetica",
        8,
        1.45,
    )
    d.t(
        W - 48,
        90,
        "This is a computer-generated invoice. No signature is required.",
        "Helvetica-Oblique",
        7,
        "r",
    )
    d.save()
    words = "US Dollars Five Thousand Two Hundred Sixty-Nine Only"
    assert tot == D("5269.00"), words
    return truth(
        num,
        "2026-01-27",
        "2026-02-26",
        V,
        net,
        vat,
        tot,
        "USD",
        "en-SG",
        "invoice",
        "invoice",
        lines,
        "Image-only PDF (no text layer). USD freight invoice from Singapore; GST printed at 0 % (zero-rated international transport), keyed vat 0.00; dates as 27-Jan-2026; amount in words.",
        o.kind,
    )


def i09(o: Out):
    """PT travel agency under the margin scheme: no VAT shown, a note says so."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Viagens Atlântico Azul, Lda."
    num = "FT 2026/1147"
    lines = [
        item(
            "Pacote Porto – Ponta Delgada, 3 noites, hotel 4* com pequeno-almoço (pax)",
            12,
            "649.00",
        ),
        item("Seguro de viagem multirriscos (pax)", 12, "18.50"),
        item("Excursão Sete Cidades com guia (pax)", 12, "42.00"),
        item("Taxa de serviço de reserva de grupo", 1, "60.00"),
    ]
    tot = sum(i["amount"] for i in lines)
    d.t(W / 2, H - 60, "Atlântico Azul", "Times-BoldItalic", 26, "c", NAVY)
    d.t(W / 2, H - 76, "AGÊNCIA DE VIAGENS · RNAVT n.º 4417", "Times-Roman", 8.5, "c")
    d.hl(45, W - 45, H - 88, 0.6, col=NAVY)
    d.lines(
        45,
        H - 110,
        [
            V,
            "Rua de Santa Catarina 312, 2.º",
            "4000-442 Porto",
            "NIF 514 882 307 · Capital social 25.000 €",
            "C.R.C. Porto",
        ],
        "Times-Roman",
        9,
        1.3,
    )
    d.lines(
        330,
        H - 110,
        [
            "Exmos. Senhores",
            "Clube Desportivo de Matosinhos",
            "Av. da República 1180",
            "4450-242 Matosinhos",
            "NIF 501 447 820",
        ],
        "Times-Roman",
        9.5,
        1.3,
    )
    d.t(45, H - 200, "FATURA", "Times-Bold", 15)
    d.t(45, H - 214, "Original", "Times-Italic", 8.5)
    y = H - 236
    for k, v in [
        ("Número", num),
        ("Data de emissão", "03-03-2026"),
        ("Data de vencimento", "17-03-2026"),
        ("ATCUD", "JFR4H2KQ-1147"),
        ("Viagem", "26-03-2026 a 29-03-2026"),
    ]:
        d.t(45, y, k, "Times-Roman", 9)
        d.t(160, y, v, "Times-Bold", 9)
        y -= 12
    qr(d, W - 125, H - 300, 80, 9147)
    y -= 20
    cols = [(48, "l"), (400, "r"), (470, "r"), (W - 48, "r")]
    rows = [
        [
            i["description"],
            format(i["quantity"].normalize(), "f"),
            FR(i["unit_price"]).replace(" ", "."),
            FR(i["amount"]).replace(" ", "."),
        ]
        for i in lines
    ]
    y = table(
        d,
        y,
        cols,
        ["Descrição", "Qtd.", "Preço unit.", "Total €"],
        rows,
        "Times-Roman",
        "Times-Bold",
        9,
        1.8,
        x1=45,
        x2=W - 45,
    )
    d.hl(45, W - 45, y + 8, 0.5)
    y -= 14
    d.t(330, y, "Total da fatura", "Times-Bold", 11)
    d.t(W - 48, y, FR(tot).replace(" ", ".") + " €", "Times-Bold", 11, "r")
    y -= 30
    d.rect(45, y - 30, W - 90, 40, lw=0.5)
    d.lines(
        52,
        y,
        [
            "IVA – Regime especial de tributação das margens das agências de viagens",
            "(Decreto-Lei n.º 221/85, de 3 de julho). IVA não dedutível pelo adquirente, não discriminado.",
        ],
        "Times-Italic",
        9,
        1.35,
    )
    y -= 60
    d.lines(
        45,
        y,
        [
            "Pagamento por transferência bancária até à data de vencimento:",
            "IBAN PT50 0035 0412 0002 4471 8300 4 · Caixa Geral de Depósitos",
        ],
        "Times-Roman",
        9,
        1.4,
    )
    d.t(
        45,
        50,
        "Processado por programa certificado n.º 2284/AT · k7Qv-Processado por computador",
        "Times-Roman",
        7,
    )
    d.save()
    return truth(
        num,
        "2026-03-03",
        "2026-03-17",
        V,
        tot,
        None,
        tot,
        "EUR",
        "pt-PT",
        "invoice",
        "invoice",
        lines,
        "Travel agency margin scheme: no VAT amount printed, only a note; keyed vat null and amount = total. Portuguese number format with dot thousands; dates dd-mm-yyyy; travel period printed next to issue/due dates.",
        o.kind,
    )


def i10(o: Out):
    """CZ car-sharing monthly invoice with many trips and a rounding line."""
    d = Doc(o.src, A4)
    W, H = A4
    r = o.rng
    V = "Městská sdílená auta s.r.o."
    num = "2026030412"
    trips = []
    cars = [
        "Škoda Fabia 7AL 4412",
        "Škoda Enyaq 9AC 2217",
        "Kia Niro 8AP 1930",
        "Škoda Octavia 6AZ 8804",
    ]
    for k in range(14):
        mins, km = r.randint(14, 95), r.randint(4, 48)
        price = q2(D(mins) * D("6.90") + D(km) * D("5.50"))
        trips.append((f"{2 + k * 2:02d}.03.2026", r.choice(cars), mins, km, price))
    items = [item(f"Jízda {t[0]} {t[1]} ({t[2]} min, {t[3]} km)", 1, t[4]) for t in trips]
    items.append(item("Měsíční paušál Business", 1, "199.00"))
    net = sum(i["amount"] for i in items)
    vat = q2(net * D("0.21"))
    exact = net + vat
    tot = q0(exact)
    rnd = tot - exact
    d.t(45, H - 58, "SDÍLENÁ AUTA", "DVB", 20, col=TEAL)
    d.t(45, H - 72, "carsharing pro firmy i jednotlivce", "DV", 8)
    d.t(W - 45, H - 52, "Faktura – daňový doklad", "DVB", 13, "r")
    d.t(W - 45, H - 68, f"č. {num}", "DVB", 11, "r")
    d.rect(45, H - 178, 240, 88, lw=0.5)
    d.lines(
        52,
        H - 104,
        [
            "Dodavatel:",
            V,
            "Korunní 2569/108, 101 00 Praha 10",
            "IČO: 07428816",
            "DIČ: CZ07428816",
            "Spisová zn. C 301877, MS v Praze",
        ],
        "DV",
        8.2,
        1.35,
    )
    d.rect(305, H - 178, W - 350, 88, lw=0.5)
    d.lines(
        312,
        H - 104,
        [
            "Odběratel:",
            "Projekt Vltava a.s.",
            "Na Poříčí 1041/12",
            "110 00 Praha 1",
            "IČO: 26711471",
            "DIČ: CZ26711471",
        ],
        "DV",
        8.2,
        1.35,
    )
    y = H - 200
    kv = [
        ("Datum vystavení:", "01.04.2026"),
        ("Datum uskut. zdaň. plnění:", "31.03.2026"),
        ("Datum splatnosti:", "15.04.2026"),
        ("Variabilní symbol:", num),
        ("Forma úhrady:", "převodem"),
        ("Období:", "03/2026"),
    ]
    for i, (k, v) in enumerate(kv):
        x = 45 if i < 3 else 305
        yy = y - (i % 3) * 12.5
        d.t(x, yy, k, "DV", 8.2)
        d.t(x + 135, yy, v, "DVB", 8.2)
    y -= 56
    cols = [(48, "l"), (120, "l"), (300, "r"), (350, "r"), (W - 48, "r")]
    rows = [[t[0], t[1], str(t[2]), str(t[3]), FR(t[4])] for t in trips]
    y = table(
        d,
        y,
        cols,
        ["Datum", "Vozidlo", "min", "km", "Cena bez DPH Kč"],
        rows,
        "DV",
        "DVB",
        8,
        1.55,
        hfill=GREY,
        x1=45,
        x2=W - 45,
    )
    d.t(48, y, "Měsíční paušál Business", "DV", 8)
    d.t(W - 48, y, FR(D("199.00")), "DV", 8, "r")
    y -= 8
    d.hl(45, W - 45, y, 0.5)
    y -= 18
    d.t(48, y, "Sazby: 6,90 Kč/min, 5,50 Kč/km (bez DPH)", "DVO", 7.5)
    for k, v, f in [
        ("Základ daně 21 %", FR(net), "DV"),
        ("DPH 21 %", FR(vat), "DV"),
        ("Zaokrouhlení", FR(rnd), "DV"),
        ("Celkem k úhradě", FR(tot) + " Kč", "DVB"),
    ]:
        d.t(330, y, k, f, 9)
        d.t(W - 48, y, v, f, 9, "r")
        y -= 14
    y -= 16
    d.lines(
        45,
        y,
        [
            "Bankovní spojení: Fio banka, a.s., č. ú. 2801447719/2010",
            "IBAN CZ65 2010 0000 0028 0144 7719",
            "Děkujeme, že sdílíte.",
        ],
        "DV",
        8,
        1.4,
    )
    qr(d, W - 120, 60, 70, 4412)
    d.t(W - 85, 50, "QR Platba", "DV", 7, "c")
    d.save()
    return truth(
        num,
        "2026-04-01",
        "2026-04-15",
        V,
        net,
        vat,
        tot,
        "CZK",
        "cs-CZ",
        "invoice",
        "invoice",
        items,
        f"Car-sharing monthly invoice, 14 trips + fee; total rounded to whole koruna with a printed 'Zaokrouhlení' {FR(rnd)} line (amount + vat + rounding = total); issue date vs DUZP (tax point) vs due date; variable symbol = invoice number.",
        o.kind,
        rounding=rnd,
    )


def i11(o: Out):
    """Japanese qualified invoice (romanised labels): T-number, 10 % and 8 % rates, yen without decimals."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Kotobuki Ekiben Co., Ltd."
    num = "KE-2603-0457"
    l8 = [
        item("Makunouchi bento (take-away) *", 120, "1080"),
        item("Green tea PET 500 ml *", 120, "160"),
    ]
    l10 = [
        item("Platform delivery, Tokyo Station (per trip)", 1, "8000"),
        item("Oshibori wet towels", 120, "15"),
    ]
    b8 = sum(i["amount"] for i in l8)
    b10 = sum(i["amount"] for i in l10)
    t8 = q0(b8 * D("0.08"))
    t10 = q0(b10 * D("0.10"))
    net, vat = b8 + b10, t8 + t10
    tot = net + vat
    d.t(W / 2, H - 58, "Qualified Invoice  (Tekikaku Seikyūsho)", "DSB", 15, "c")
    d.hl(W / 2 - 150, W / 2 + 150, H - 64, 0.8)
    d.hl(W / 2 - 150, W / 2 + 150, H - 66, 0.8)
    d.lines(
        45,
        H - 100,
        [
            "Shinkansen Tours Co., Ltd.   Messrs. (onchū)",
            "Attn: Group Travel Dept.",
            "2-7-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005",
        ],
        "DS",
        9.5,
        1.45,
    )
    d.hl(45, 300, H - 104, 0.6)
    y = H - 96
    for k, v in [
        ("Invoice No.", num),
        ("Issue date", "2026/03/25"),
        ("Payment due", "2026/04/30"),
        ("Delivery date", "2026/03/20"),
    ]:
        d.t(360, y, k, "DS", 8.5)
        d.t(W - 45, y, v, "DS", 8.5, "r")
        y -= 13
    d.rect(W - 140, H - 225, 95, 95, lw=0)
    d.c.setStrokeColor(RED)
    d.c.setLineWidth(1.6)
    d.c.circle(W - 92, H - 188, 24, stroke=1, fill=0)
    d.c.setStrokeColor(black)
    d.t(W - 92, H - 184, "KOTO", "DSB", 8, "c", RED)
    d.t(W - 92, H - 196, "BUKI", "DSB", 8, "c", RED)
    d.lines(
        300,
        H - 160,
        [
            V,
            "Kotobuki Ekiben Shōkai",
            "1-9-3 Yaesu, Chūō-ku, Tokyo 103-0028",
            "TEL 03-3271-4480",
            "Registration No. T4010001098765",
        ],
        "DS",
        8.3,
        1.35,
    )
    d.t(45, H - 178, "Amount billed (tax included)", "DS", 9)
    d.t(45, H - 200, "¥" + EN0(tot) + "-", "DSB", 18)
    d.hl(45, 250, H - 206, 1)
    y = H - 250
    cols = [(48, "l"), (330, "r"), (410, "r"), (470, "r"), (W - 48, "r")]
    rows = [
        [
            i["description"],
            EN0(i["quantity"]),
            "¥" + EN0(i["unit_price"]),
            "8%" if i in l8 else "10%",
            "¥" + EN0(i["amount"]),
        ]
        for i in l8 + l10
    ]
    y = table(
        d,
        y,
        cols,
        ["Item", "Qty", "Unit price", "Rate", "Amount (excl.)"],
        rows,
        "DS",
        "DSB",
        8.8,
        1.9,
        hfill=Color(0.93, 0.9, 0.86),
        x1=45,
        x2=W - 45,
    )
    d.hl(45, W - 45, y + 9, 0.5)
    d.t(48, y - 4, "* indicates items subject to the reduced tax rate (8%).", "DS", 7.8)
    y -= 26
    box = [
        ("Subject to 10%", "¥" + EN0(b10), "Consumption tax", "¥" + EN0(t10)),
        ("Subject to 8% *", "¥" + EN0(b8), "Consumption tax", "¥" + EN0(t8)),
    ]
    d.rect(250, y - 34, W - 295, 48, lw=0.6)
    for a, b, c, e in box:
        d.t(258, y, a, "DS", 8.8)
        d.t(390, y, b, "DS", 8.8, "r")
        d.t(405, y, c, "DS", 8.8)
        d.t(W - 52, y, e, "DS", 8.8, "r")
        y -= 16
    y -= 18
    for k, v, f in [
        ("Subtotal (excl. tax)", "¥" + EN0(net), "DS"),
        ("Consumption tax total", "¥" + EN0(vat), "DS"),
        ("Total", "¥" + EN0(tot), "DSB"),
    ]:
        d.t(330, y, k, f, 9.5)
        d.t(W - 52, y, v, f, 9.5, "r")
        y -= 16
    y -= 20
    d.lines(
        45,
        y,
        [
            "Please transfer to: MUFG Bank, Yaesu-dori Branch, Ordinary account 0871142",
            "Account name: Kotobuki Ekiben Co., Ltd. (Kabushiki Kaisha Kotobuki Ekiben Shōkai)",
            "Transfer fees are borne by the customer. Consumption tax is calculated once per tax rate per invoice.",
        ],
        "DS",
        8,
        1.45,
    )
    d.save()
    return truth(
        num,
        "2026-03-25",
        "2026-04-30",
        V,
        net,
        vat,
        tot,
        "JPY",
        "ja-JP",
        "invoice",
        "invoice",
        l8 + l10,
        "Japanese qualified invoice (labels romanised; no CJK font on the build machine). T + 13-digit registration number; tax summed per rate 10 % / 8 % (* reduced-rate items); yen without decimals; big tax-included 'amount billed' at top; dates yyyy/mm/dd.",
        o.kind,
    )


def i12(o: Out):
    """Korean electronic tax invoice (romanised labels): supply value / tax boxes in a red grid."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Hanbit Logistics Co., Ltd."
    num = "20260315-41000012-58194720"
    lines = [
        item("Container trucking Busan New Port - Incheon", 2, "850000"),
        item("Loading / unloading", 1, "120000"),
        item("Waiting charge (hours)", 2, "35000"),
    ]
    net = sum(i["amount"] for i in lines)
    vat = q0(net * D("0.10"))
    tot = net + vat
    rc = RED
    x1, x2 = 40, W - 40
    d.c.setStrokeColor(rc)
    d.rect(x1, H - 110, x2 - x1, 70, lw=1.2)
    d.c.setStrokeColor(black)
    d.t(x1 + 12, H - 70, "Electronic Tax Invoice", "DVB", 17, col=rc)
    d.t(
        x1 + 12, H - 88, "(Jeonja Segeum Gyesanseo)  ·  for the supplier's records", "DV", 8, col=rc
    )
    d.t(x2 - 12, H - 64, "Approval No.", "DV", 8, "r", rc)
    d.t(x2 - 12, H - 78, num, "DM", 9, "r")
    d.t(x2 - 12, H - 96, "Date issued 2026-03-15", "DV", 8, "r")
    top = H - 120
    half = (x2 - x1) / 2
    for j, (title, rows) in enumerate(
        [
            (
                "SUPPLIER",
                [
                    ("Reg. No.", "214-86-43017"),
                    ("Company", V),
                    ("Representative", "Park Ji-hoon"),
                    ("Address", "88 Chungjang-daero, Jung-gu, Busan"),
                    ("Business type", "Transport / Freight trucking"),
                    ("E-mail", "tax@hanbitlogis.co.kr"),
                ],
            ),
            (
                "BUYER",
                [
                    ("Reg. No.", "107-81-55290"),
                    ("Company", "Seohae Foods Co., Ltd."),
                    ("Representative", "Kim Min-seo"),
                    ("Address", "41 Gaetbeol-ro, Yeonsu-gu, Incheon"),
                    ("Business type", "Manufacturing / Food"),
                    ("E-mail", "ap@seohaefoods.kr"),
                ],
            ),
        ]
    ):
        bx = x1 + j * half
        d.c.setStrokeColor(rc)
        d.rect(bx, top - 6 * 16 - 6, half, 6 * 16 + 6, lw=0.8)
        d.vl(bx + 22, top, top - 6 * 16 - 6, 0.6, rc)
        d.vl(bx + 92, top, top - 6 * 16 - 6, 0.6, rc)
        d.c.setStrokeColor(black)
        for ci, ch in enumerate(title):
            d.t(bx + 11, top - 14 - ci * 10.5, ch, "DVB", 8, "c", rc)
        yy = top - 13
        for k, v in rows:
            d.t(bx + 27, yy, k, "DC", 7.3, col=rc)
            d.t(bx + 97, yy, v, "DC", 7.6)
            d.hl(bx + 22, bx + half, yy - 4.5, 0.3, rc)
            yy -= 16
    y = top - 6 * 16 - 30
    d.c.setStrokeColor(rc)
    d.rect(x1, y - 26, x2 - x1, 42, lw=0.8)
    d.vl(x1 + 120, y + 16, y - 26, 0.6, rc)
    d.vl(x1 + 300, y + 16, y - 26, 0.6, rc)
    d.hl(x1, x2, y - 4, 0.4, rc)
    d.c.setStrokeColor(black)
    d.t(x1 + 60, y + 3, "Date of supply", "DC", 8, "c", rc)
    d.t(x1 + 210, y + 3, "Supply value (Gonggeup gaaek)", "DC", 8, "c", rc)
    d.t((x1 + 300 + x2) / 2, y + 3, "Tax amount (Seaek)", "DC", 8, "c", rc)
    d.t(x1 + 60, y - 18, "2026-03-15", "DM", 9, "c")
    d.t(x1 + 290, y - 18, EN0(net), "DM", 10, "r")
    d.t(x2 - 10, y - 18, EN0(vat), "DM", 10, "r")
    y -= 50
    cols = [(x1 + 6, "l"), (x1 + 44, "l"), (330, "r"), (400, "r"), (480, "r"), (x2 - 6, "r")]
    rows = [
        [
            "03/15",
            i["description"],
            EN0(i["quantity"]),
            EN0(i["unit_price"]),
            EN0(i["amount"]),
            EN0(q0(i["amount"] * D("0.1"))),
        ]
        for i in lines
    ]
    y = table(
        d,
        y,
        cols,
        ["Date", "Item", "Qty", "Unit price", "Supply value", "Tax"],
        rows,
        "DC",
        "DCB",
        8,
        1.9,
        x1=x1,
        x2=x2,
        hcol=rc,
    )
    y -= 14
    d.c.setStrokeColor(rc)
    d.rect(x1, y - 30, x2 - x1, 42, lw=0.8)
    d.c.setStrokeColor(black)
    d.t(x1 + 8, y - 2, "Total amount (Hapgye geumaek)", "DC", 8, col=rc)
    d.t(x1 + 8, y - 20, "KRW " + EN0(tot), "DMB", 11)
    d.t(210, y - 2, "Cash / Cheque / Note / Credit", "DC", 8, col=rc)
    d.t(210, y - 20, "-  /  -  /  -  /  " + EN0(tot), "DM", 8.5)
    d.t(x2 - 8, y - 20, "This amount is [CLAIMED]", "DCB", 8.5, "r", rc)
    d.t(
        x1,
        60,
        "Issued via National Tax Service e-Tax invoice system (Hometax). Transmission date 2026-03-16.",
        "DC",
        7,
    )
    d.save()
    return truth(
        num,
        "2026-03-15",
        None,
        V,
        net,
        vat,
        tot,
        "KRW",
        "ko-KR",
        "invoice",
        "invoice",
        lines,
        "Korean e-tax invoice, romanised (no Hangul font available); invoice number is the 24-digit approval number; supplier and buyer side by side in a red grid with near-identical labels; supply value / tax boxes; won without decimals; no due date ('claimed' type).",
        o.kind,
    )


def i13(o: Out):
    """Chinese digital VAT invoice (fapiao-style grid, romanised labels), two tax rates."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Shenzhen Pengcheng Supply Chain Co., Ltd."
    num = "26442000000118407736"
    lines = [
        (
            {"r": D("0.09"), "spec": "4.2m box truck", "unit": "trip"},
            item("*Transport service*Road freight Shenzhen-Chengdu", 3, "4200.00"),
        ),
        (
            {"r": D("0.06"), "spec": "", "unit": "lot"},
            item("*Logistics auxiliary service*Warehouse handling", 1, "2078.90"),
        ),
    ]
    net = sum(i["amount"] for _, i in lines)
    taxes = [q2(i["amount"] * m["r"]) for m, i in lines]
    vat = sum(taxes)
    tot = net + vat
    br = Color(0.55, 0.3, 0.12)
    d.t(W / 2, H - 58, "Electronic Invoice (Special VAT Invoice)", "DSB", 15, "c", br)
    d.t(W / 2, H - 74, "Dianzi Fapiao (Zengzhishui Zhuanyong Fapiao)", "DS", 9, "c", br)
    d.c.setStrokeColor(br)
    d.c.setLineWidth(1)
    d.c.ellipse(W / 2 - 46, H - 122, W / 2 + 46, H - 86, stroke=1, fill=0)
    d.t(W / 2, H - 108, "STATE TAXATION", "DVB", 6, "c", br)
    d.t(W / 2, H - 116, "ADMINISTRATION", "DVB", 6, "c", br)
    d.t(W - 45, H - 96, f"Invoice No.: {num}", "DS", 8.5, "r")
    d.t(W - 45, H - 110, "Date of issue: 2026-03-18", "DS", 8.5, "r")
    qr(d, 45, H - 128, 55, 1320)
    x1, x2 = 40, W - 40
    top = H - 140
    d.c.setStrokeColor(br)
    d.rect(x1, top - 360, x2 - x1, 360, lw=1)
    d.hl(x1, x2, top - 78, 0.8, br)
    d.vl(x1 + 22, top, top - 78, 0.6, br)
    d.vl(W / 2, top, top - 78, 0.6, br)
    d.vl(W / 2 + 22, top, top - 78, 0.6, br)
    d.c.setStrokeColor(black)
    for bx, lab, rows in [
        (
            x1,
            "BUYER",
            [
                ("Name", "Chengdu Tianfu Outdoor Goods Co., Ltd."),
                ("Taxpayer ID", "91510100MA6C4R2X7K"),
            ],
        ),
        (W / 2, "SELLER", [("Name", V), ("Taxpayer ID", "91440300MA5F8J1Q3D")]),
    ]:
        for ci, ch in enumerate(lab):
            d.t(bx + 11, top - 14 - ci * 10.5, ch, "DVB", 8, "c", br)
        yy = top - 22
        for k, v in rows:
            d.t(bx + 28, yy, k + ":", "DC", 7.5, col=br)
            yy -= 12
            d.t(bx + 28, yy, v, "DC", 7.8)
            yy -= 16
    y = top - 96
    cols = [
        (x1 + 6, "l"),
        (250, "l"),
        (315, "l"),
        (350, "r"),
        (405, "r"),
        (465, "r"),
        (495, "r"),
        (x2 - 6, "r"),
    ]
    rows = [
        [
            i["description"],
            m["spec"],
            m["unit"],
            format(i["quantity"].normalize(), "f"),
            EN(i["unit_price"]),
            EN(i["amount"]),
            f"{int(m['r'] * 100)}%",
            EN(t),
        ]
        for (m, i), t in zip(lines, taxes, strict=True)
    ]
    y = table(
        d,
        y,
        cols,
        ["Item name", "Spec", "Unit", "Qty", "Unit price", "Amount", "Rate", "Tax"],
        rows,
        "DC",
        "DCB",
        7.6,
        2.0,
        rule=False,
        hcol=br,
    )
    y = top - 250
    d.hl(x1, x2, y + 14, 0.5, br)
    d.t(x1 + 6, y, "Total (Heji)", "DCB", 8, col=br)
    d.t(465, y, "¥" + EN(net), "DC", 8, "r")
    d.t(x2 - 6, y, "¥" + EN(vat), "DC", 8, "r")
    d.hl(x1, x2, y - 10, 0.8, br)
    y -= 28
    d.t(x1 + 6, y, "Total price and tax (Jiashui heji)", "DCB", 8.5, col=br)
    d.t(
        x1 + 6,
        y - 16,
        "(in words) Fifteen Thousand Nine Hundred Thirty-Seven Yuan Six Jiao Three Fen",
        "DC",
        8.2,
    )
    d.t(x2 - 6, y - 16, "(in figures) ¥" + EN(tot), "DCB", 9.5, "r")
    d.hl(x1, x2, y - 28, 0.8, br)
    d.t(
        x1 + 6,
        y - 46,
        "Remarks: waybills PC-0311 / PC-0314 / PC-0316; Shenzhen Longhua DC to Chengdu Shuangliu.",
        "DC",
        7.8,
    )
    d.t(x1 + 6, top - 372, "Issuer (Kaipiaoren): Liang Wenjing", "DC", 8)
    d.save()
    assert tot == D("15937.63")
    return truth(
        num,
        "2026-03-18",
        None,
        V,
        net,
        vat,
        tot,
        "CNY",
        "zh-CN",
        "invoice",
        "invoice",
        [i for _, i in lines],
        "Digital fapiao layout with romanised labels (no CJK font available): 20-digit invoice number, buyer/seller panels, two VAT rates (9 % transport, 6 % auxiliary logistics), 'Total price and tax' in words and figures; ¥ means CNY.",
        o.kind,
    )


def i14(o: Out):
    """Hong Kong cross-border trucking, no tax; photographed."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Kowloon Bay Cross-Border Logistics Limited"
    num = "KBL-2602-0931"
    lines = [
        item("Cross-border truck 5.5T HK - Shenzhen via Lok Ma Chau (trips)", 4, "2850.00"),
        item("Customs declaration HK export / CN import (sets)", 4, "380.00"),
        item("Tunnel & bridge tolls (trips)", 4, "95.00"),
        item("Waiting time at border (hours)", 3, "180.00"),
    ]
    tot = sum(i["amount"] for i in lines)
    d.rect(40, H - 95, 60, 55, lw=0, fill=NAVY, stroke=False)
    d.t(70, H - 74, "KBL", "DVB", 17, "c", white)
    d.t(112, H - 58, V, "DVB", 12.5)
    d.t(
        112,
        H - 73,
        "Unit 1208, 12/F, Kowloon Bay Industrial Centre, 15 Wang Hoi Road, Kowloon Bay, Hong Kong",
        "DV",
        7,
    )
    d.t(112, H - 85, "Tel: (852) 2798 4410   Fax: (852) 2798 4411   BR No. 61428830", "DV", 7)
    d.t(W / 2, H - 130, "INVOICE", "DVB", 16, "c")
    d.lines(
        45,
        H - 160,
        [
            "To:",
            "Pearl Delta Electronics Trading Co.",
            "Flat B, 6/F, Wing Tai Centre",
            "12 Hing Yip Street, Kwun Tong, Kowloon",
        ],
        "DV",
        9,
        1.4,
    )
    y = H - 160
    for k, v in [
        ("Invoice No.:", num),
        ("Date:", "26/02/2026"),
        ("Terms:", "30 days"),
        ("Due Date:", "28/03/2026"),
        ("Job No.:", "CB-26-0218"),
    ]:
        d.t(360, y, k, "DV", 8.8)
        d.t(W - 45, y, v, "DVB", 8.8, "r")
        y -= 13
    cols = [(48, "l"), (360, "r"), (450, "r"), (W - 48, "r")]
    rows = [
        [
            i["description"],
            format(i["quantity"].normalize(), "f"),
            EN(i["unit_price"]),
            EN(i["amount"]),
        ]
        for i in lines
    ]
    y = table(
        d,
        H - 255,
        cols,
        ["Description", "Qty", "Unit Price (HK$)", "Amount (HK$)"],
        rows,
        "DV",
        "DVB",
        8.6,
        2.0,
        hfill=GREY,
        x1=45,
        x2=W - 45,
    )
    d.hl(45, W - 45, y + 9, 0.6)
    y -= 10
    d.t(330, y, "TOTAL", "DVB", 11)
    d.t(W - 48, y, "HK$" + EN(tot), "DVB", 11, "r")
    d.hl(330, W - 45, y - 6, 0.6)
    y -= 30
    d.t(45, y, "HONG KONG DOLLARS THIRTEEN THOUSAND EIGHT HUNDRED AND FORTY ONLY", "DV", 8.2)
    y -= 40
    d.lines(
        45,
        y,
        [
            'Payment: crossed cheque payable to "Kowloon Bay Cross-Border Logistics Limited"',
            "or FPS ID 1884 2207 / HSBC A/C 004-512-887431-838",
            "E. & O. E.",
        ],
        "DV",
        8.5,
        1.5,
    )
    d.t(W - 45, 120, "For and on behalf of", "DV", 8, "r")
    d.t(W - 45, 108, V, "DV", 8, "r")
    d.hl(W - 210, W - 45, 80, 0.5)
    d.t(W - 45, 70, "Authorised Signature", "DV", 7.5, "r")
    d.save()
    assert tot == D("13840.00")
    return truth(
        num,
        "2026-02-26",
        "2026-03-28",
        V,
        tot,
        None,
        tot,
        "HKD",
        "en-HK",
        "invoice",
        "invoice",
        lines,
        "Hong Kong: no VAT/GST at all, keyed vat null and amount = total; amount in words; dd/mm/yyyy; phone photo.",
        o.kind,
    )


def i15(o: Out):
    """SE warehouse storage invoice with a discount line, OCR number and bankgiro."""
    d = Doc(o.src, A4)
    W, H = A4
    V = "Göteborgs Hamnlager AB"
    num = "26-30417"
    lines = [
        item("Lagerhyra mars 2026, pallplatser", 148, "89.00"),
        item("Inleverans, helpall", 36, "42.00"),
        item("Utleverans, helpall", 51, "42.00"),
        item("Plock, orderrader", 312, "6.50"),
        item("Plastning/emballage", 51, "14.00"),
    ]
    disc = item("Rabatt 5 % på lagerhyra enl. avtal", 1, "-658.60")
    assert disc["amount"] == -q2(lines[0]["amount"] * D("0.05"))
    items = [*lines, disc]
    net = sum(i["amount"] for i in items)
    vat = q2(net * D("0.25"))
    tot = net + vat
    d.t(45, H - 62, "GÖTEBORGS", "DCB", 11, col=TEAL)
    d.t(45, H - 84, "HAMNLAGER", "DCB", 24, col=TEAL)
    d.rect(45, H - 92, 150, 3, lw=0, fill=TEAL, stroke=False)
    d.t(W - 45, H - 62, "FAKTURA", "DVB", 18, "r")
    y = H - 84
    for k, v in [
        ("Fakturanummer", num),
        ("Fakturadatum", "2026-03-31"),
        ("Förfallodatum", "2026-04-30"),
        ("OCR-nummer", "2630417006"),
    ]:
        d.t(W - 190, y, k, "DV", 8)
        d.t(W - 45, y, v, "DVB", 8, "r")
        y -= 12
    d.lines(
        330,
        H - 150,
        ["Nordisk Friluftshandel AB", "Att: Ekonomi / Ref 7741", "Box 1124", "411 82 Göteborg"],
        "DV",
        9.5,
        1.35,
    )
    d.lines(
        45,
        H - 150,
        [
            "Er referens: Karin Lindqvist",
            "Vår referens: Mats Ek",
            "Kundnummer: 10 233",
            "Betalningsvillkor: 30 dagar netto",
            "Dröjsmålsränta: enligt räntelagen",
        ],
        "DV",
        8.2,
        1.4,
    )
    cols = [(48, "l"), (330, "r"), (360, "l"), (440, "r"), (W - 48, "r")]
    rows = [
        [
            i["description"],
            format(i["quantity"].normalize(), "f"),
            "st" if i is not disc else "",
            FR(i["unit_price"]),
            FR(i["amount"]),
        ]
        for i in items
    ]
    y = table(
        d,
        H - 250,
        cols,
        ["Benämning", "Antal", "Enh", "À-pris", "Belopp"],
        rows,
        "DV",
        "DVB",
        8.6,
        1.9,
        x1=45,
        x2=W - 45,
    )
    d.hl(45, W - 45, y + 9, 0.5)
    y -= 30
    d.rect(45, y - 20, W - 90, 34, lw=0.6, fill=Color(0.93, 0.96, 0.96))
    xs = [55, 180, 300, 420]
    for x, (k, v) in zip(
        xs,
        [
            ("Netto", FR(net)),
            ("Moms 25 %", FR(vat)),
            ("Momspliktigt", FR(net)),
            ("ATT BETALA SEK", FR(tot)),
        ],
        strict=True,
    ):
        d.t(x, y + 2, k, "DV", 7.5)
        d.t(x, y - 12, v, "DVB", 9.5)
    y -= 50
    d.t(
        45,
        y,
        "Lagerhållning sker enligt NSAB 2015 och Svenska Lagerhållares Allmänna Bestämmelser.",
        "DV",
        7.8,
    )
    footer(
        d,
        64,
        [
            (45, [V, "Skandiahamnen, Lagerväg 4", "418 34 Göteborg"]),
            (200, ["Org.nr 556912-4471", "Momsreg.nr SE556912447101", "Godkänd för F-skatt"]),
            (370, ["Bankgiro 5512-8840", "IBAN SE45 5000 0000 0583 9825 7466", "BIC ESSESESS"]),
        ],
    )
    d.save()
    return truth(
        num,
        "2026-03-31",
        "2026-04-30",
        V,
        net,
        vat,
        tot,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        items,
        "Swedish warehouse storage invoice; a negative discount line inside the table; totals in a horizontal strip (Netto / Moms / Momspliktigt / ATT BETALA) where 'Momspliktigt' repeats the net; OCR number next to the invoice number; space thousands.",
        o.kind,
    )


def i16(o: Out):
    """PL fuel card statement invoice: per-transaction net/VAT/gross; image-only PDF."""
    d = Doc(o.src, A4)
    W, H = A4
    r = o.rng
    V = "Paliwa Bałtyckie Sp. z o.o."
    num = "FK/2026/03/004871"
    st = [
        "Gdańsk Kokoszki",
        "Tczew A1",
        "Elbląg Płk. Dąbka",
        "Gdynia Chwarzno",
        "Toruń Lubicka",
        "Grudziądz S5",
    ]
    tx = []
    for k in range(15):
        prod = r.choice(["ON", "ON", "ON", "AdBlue", "Myjnia"])
        if prod == "ON":
            qty, price = (
                D(r.randint(180, 560)) + D(r.randint(0, 99)) / 100,
                D("6.19") + D(r.randint(0, 30)) / 100,
            )
        elif prod == "AdBlue":
            qty, price = D(r.randint(20, 60)), D("3.49")
        else:
            qty, price = D(1), D("79.00")
        gross = q2(qty * price)
        net, vat = incl(gross, 23)
        tx.append(
            (
                f"{1 + k * 2:02d}.03",
                r.choice(["GD 4417K", "GD 8820T", "GTC 21X7"]),
                r.choice(st),
                prod,
                qty,
                price,
                net,
                vat,
                gross,
            )
        )
    items = [
        item(f"{t[0]} {t[3]} {t[2]}", t[4], q2(t[6] / t[4]) if t[3] != "Myjnia" else t[6], t[6])
        for t in tx
    ]
    net = sum(t[6] for t in tx)
    vat = sum(t[7] for t in tx)
    tot = sum(t[8] for t in tx)
    d.t(45, H - 60, "PALIWA", "DVB", 20, col=RED)
    d.t(45 + d.sw("PALIWA ", "DVB", 20), H - 60, "BAŁTYCKIE", "DV", 20, col=NAVY)
    d.t(45, H - 75, "karty flotowe · stacje paliw Pomorze", "DV", 8)
    d.t(W - 45, H - 56, f"Faktura VAT nr {num}", "DVB", 11, "r")
    d.t(W - 45, H - 70, "Zestawienie transakcji kartami paliwowymi", "DV", 8, "r")
    y = H - 100
    d.lines(
        45,
        y,
        [
            "Sprzedawca:",
            V,
            "ul. Marynarki Polskiej 118, 80-557 Gdańsk",
            "NIP 584-271-44-90",
            "KRS 0000514482",
        ],
        "DV",
        8,
        1.35,
    )
    d.lines(
        300,
        y,
        [
            "Nabywca:",
            "Trans-Kaszuby Sp. j. A. Lewandowski",
            "ul. Kartuska 210, 80-122 Gdańsk",
            "NIP 583-318-72-05",
            "Klient nr 40-7718, karty: 3 szt.",
        ],
        "DV",
        8,
        1.35,
    )
    y -= 80
    for k, v in [
        ("Data wystawienia:", "31.03.2026"),
        ("Data sprzedaży:", "01.03.2026 – 31.03.2026"),
        ("Termin płatności:", "14.04.2026"),
        ("Sposób płatności:", "przelew"),
    ]:
        d.t(45, y, k, "DV", 8)
        d.t(150, y, v, "DVB", 8)
        y -= 11.5
    y -= 12
    cols = [
        (44, "l"),
        (76, "l"),
        (125, "l"),
        (220, "l"),
        (300, "r"),
        (345, "r"),
        (410, "r"),
        (460, "r"),
        (W - 44, "r"),
    ]
    rows = [
        [
            t[0],
            t[1],
            t[2],
            t[3],
            FR(t[4]).replace(",00", "") if t[3] != "ON" else FR(t[4]),
            FR(t[5]),
            FR(t[6]),
            FR(t[7]),
            FR(t[8]),
        ]
        for t in tx
    ]
    y = table(
        d,
        y,
        cols,
        ["Data", "Pojazd", "Stacja", "Produkt", "Ilość", "Cena br.", "Netto", "VAT 23%", "Brutto"],
        rows,
        "DC",
        "DCB",
        7.4,
        1.6,
        hfill=GREY,
        x1=40,
        x2=W - 40,
    )
    d.hl(40, W - 40, y + 6, 0.6)
    y -= 10
    d.t(250, y, "Razem", "DCB", 8.5)
    d.t(410, y, FR(net), "DCB", 8.5, "r")
    d.t(460, y, FR(vat), "DCB", 8.5, "r")
    d.t(W - 44, y, FR(tot), "DCB", 8.5, "r")
    y -= 30
    d.t(45, y, "Do zapłaty:", "DVB", 11)
    d.t(160, y, FR(tot) + " zł", "DVB", 11)
    y -= 16
    d.t(
        45,
        y,
        "Rachunek: PKO BP 12 1020 1811 0000 0702 0147 7219. Ceny brutto wg cen stacji w dniu transakcji.",
        "DV",
        7.8,
    )
    d.save()
    return truth(
        num,
        "2026-03-31",
        "2026-04-14",
        V,
        net,
        vat,
        tot,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        items,
        "Image-only PDF. Fuel-card statement invoice with 15 transactions; VAT 23 % computed per line from pump gross prices, so totals are column sums ('Razem'); 'Do zapłaty' equals gross; sale period vs issue date.",
        o.kind,
    )


# ----------------------------------------------------------------------------- receipts


def r01(o: Out):
    """Zürich taxi receipt with MWST included and a tip; thermal scan."""
    V = "Zürcher Stadttaxi AG"
    num = "004271"
    base = D("6.00")
    dist = q2(D("11.4") * D("3.80"))
    wait = q2(D(4) * D("1.15"))
    fare = base + dist + wait
    net, vat = incl(fare, "8.1")
    tip = D("58.00") - fare
    tot = fare + tip
    r = Roll(58, "DM", 7.2)
    r.c(V, "DMB", 8.5)
    r.c("Badenerstrasse 311, 8003 Zürich")
    r.c("CHE-109.447.218 MWST")
    r.rule()
    r.c("QUITTUNG", "DMB", 9)
    r.lr("Quittung Nr.", num)
    r.lr("Datum", "07.03.2026")
    r.lr("Zeit", "23:14 - 23:41")
    r.lr("Fahrzeug", "ZH 45 812")
    r.lr("Fahrer-Nr.", "118")
    r.lr("Von", "Zürich Flughafen")
    r.lr("Nach", "Seefeldstr. 40")
    r.rule()
    r.lr("Grundtaxe", CH(base))
    r.lr("Strecke 11.4 km x 3.80", CH(dist))
    r.lr("Wartezeit 4 min", CH(wait))
    r.lr("Fahrpreis", CH(fare), "DMB")
    r.lr("Trinkgeld", CH(tip))
    r.rule(False)
    r.lr("TOTAL CHF", CH(tot), "DMB", 9)
    r.rule(False)
    r.lr("Netto", CH(net))
    r.lr("MWST 8.1% inkl.", CH(vat))
    r.gap(3)
    r.lr("Bezahlt", "Mastercard")
    r.lr("Karte", "**** **** **** 3318")
    r.gap(4)
    r.c("Gute Fahrt! 044 444 44 44")
    r.render(o.src)
    items = [
        item("Grundtaxe", 1, base),
        item("Strecke 11.4 km", "11.4", "3.80"),
        item("Wartezeit 4 min", 4, "1.15"),
    ]
    return truth(
        num,
        "2026-03-07",
        None,
        V,
        net,
        vat,
        tot,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        items,
        f"Taxi receipt, fare includes 8.1 % MWST; a tip of {CH(tip)} is added after the fare (amount + vat + tip = total); net printed below the total; thermal fading.",
        o.kind,
        tip=tip,
    )


def r02(o: Out):
    """US ride-hail e-mail receipt rendered to PDF (Letter), sales tax and tip."""
    d = Doc(o.src, letter)
    W, H = letter
    V = "Zipway Technologies, Inc."
    num = "ZW-7Q4K-2291"
    comps = [
        item("Base fare", 1, "2.55"),
        item("Distance (7.8 mi)", "7.8", "1.75"),
        item("Time (24 min)", 24, "0.35"),
        item("Booking fee", 1, "3.10"),
        item("Congestion surcharge", 1, "2.75"),
    ]
    fare = sum(i["amount"] for i in comps[:3])
    sub = sum(i["amount"] for i in comps)
    tax = q2(fare * D("0.08875"))
    tip = D("6.00")
    tot = sub + tax + tip
    d.rect(0, H - 70, W, 70, lw=0, fill=Color(0.96, 0.96, 0.96), stroke=False)
    d.lines(
        40,
        H - 24,
        [
            "From: Zipway Receipts <receipts@zipway.app>",
            "To: d.okafor@brightlinemedia.com",
            "Subject: Your Friday evening trip with Zipway",
            "Date: Fri, Mar 13, 2026 at 9:58 PM",
        ],
        "Helvetica",
        8.5,
        1.3,
    )
    cx = W / 2
    d.t(cx, H - 120, "zipway", "Helvetica-Bold", 30, "c", Color(0.36, 0.16, 0.75))
    d.t(cx, H - 150, "Thanks for riding, Daniel", "Helvetica-Bold", 16, "c")
    d.t(cx, H - 168, "We hope you enjoyed your ride this evening.", "Helvetica", 10, "c")
    d.t(cx - 150, H - 210, "Total", "Helvetica-Bold", 20)
    d.t(cx + 150, H - 210, "$" + EN(tot), "Helvetica-Bold", 20, "r")
    d.hl(cx - 150, cx + 150, H - 222, 0.5, col=Color(0.7, 0.7, 0.7))
    y = H - 244
    for it in comps[:3]:
        d.t(cx - 150, y, it["description"], "Helvetica", 10)
        d.t(cx + 150, y, "$" + EN(it["amount"]), "Helvetica", 10, "r")
        y -= 17
    d.hl(cx - 150, cx + 150, y + 8, 0.3, col=Color(0.8, 0.8, 0.8))
    y -= 6
    for k, v in [
        ("Trip fare", "$" + EN(fare)),
        ("Booking fee", "$" + EN(comps[3]["amount"])),
        ("NYS congestion surcharge", "$" + EN(comps[4]["amount"])),
        ("Subtotal", "$" + EN(sub)),
        ("NY sales tax (8.875% on fare)", "$" + EN(tax)),
        ("Tip", "$" + EN(tip)),
    ]:
        d.t(cx - 150, y, k, "Helvetica-Bold" if k == "Subtotal" else "Helvetica", 10)
        d.t(cx + 150, y, v, "Helvetica-Bold" if k == "Subtotal" else "Helvetica", 10, "r")
        y -= 17
    d.hl(cx - 150, cx + 150, y + 8, 0.5, col=Color(0.7, 0.7, 0.7))
    y -= 10
    d.t(cx - 150, y, "Payments", "Helvetica-Bold", 11)
    y -= 18
    d.t(cx - 150, y, "Visa ••••4821", "Helvetica", 10)
    d.t(cx + 150, y, "$" + EN(tot), "Helvetica", 10, "r")
    d.t(cx - 150, y - 13, "3/13/26 9:57 PM", "Helvetica", 8)
    y -= 50
    d.t(cx - 150, y, "Zipway Comfort · 7.8 mi · 24 min", "Helvetica-Bold", 10)
    d.lines(
        cx - 150,
        y - 18,
        [
            "9:31 PM  405 Lexington Ave, New York, NY 10174",
            "9:55 PM  212 N 6th St, Brooklyn, NY 11211",
            "Driver: Marcos · Toyota Camry Hybrid · T748201C",
        ],
        "Helvetica",
        9,
        1.6,
    )
    y -= 90
    d.t(cx, y, f"Receipt #{num}", "Helvetica", 8.5, "c")
    d.lines(
        cx,
        y - 30,
        [
            "Zipway Technologies, Inc. · 1450 Broadway, 20th Floor, New York, NY 10018",
            "Questions about this trip? Visit help.zipway.app",
            "You received this e-mail because you have a Zipway account. Unsubscribe from marketing e-mails.",
        ],
        "Helvetica",
        7.5,
        1.5,
        "c",
    )
    d.save()
    return truth(
        num,
        "2026-03-13",
        None,
        V,
        sub,
        tax,
        tot,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        comps,
        "Ride-hail e-mail receipt printed to PDF: big total first, sales tax only on the fare portion, booking fee and congestion surcharge are fees not taxes, tip added (amount + vat + tip = total); vendor keyed as the legal name in the footer (brand 'zipway' as the wordmark).",
        o.kind,
        tip=tip,
    )


def r03(o: Out):
    """German ticket machine receipt (7 % MwSt); thermal scan."""
    V = "Rheinland Nahverkehr GmbH"
    num = "2291-0418"
    tk = item("Einzelfahrt Preisstufe 3 Erw.", 2, "9.10")
    tk2 = item("Zuschlag Fahrrad", 1, "3.40")
    gross = tk["amount"] + tk2["amount"]
    net, vat = incl(gross, 7)
    r = Roll(58, "DC", 7.4)
    r.c("Rheinland Nahverkehr", "DCB", 10)
    r.c(V)
    r.c("Fahrkartenautomat 51047 Köln Hbf")
    r.c("Gleis 4/5, Ausgang Breslauer Platz")
    r.rule()
    r.c("QUITTUNG / BELEG", "DCB", 8.5)
    r.lr("Belegnr.", num)
    r.lr("Datum / Uhrzeit", "16.03.2026 07:42")
    r.rule()
    r.lr("2 x Einzelfahrt PS3 Erw.", DE(tk["amount"]) + " €")
    r.l("   Köln Hbf -> Bonn Hbf, 2. Kl.")
    r.lr("1 x Zuschlag Fahrrad", DE(tk2["amount"]) + " €")
    r.rule()
    r.lr("Gesamtbetrag", DE(gross) + " €", "DCB", 9)
    r.lr("Nettobetrag", DE(net) + " €")
    r.lr("MwSt 7 %", DE(vat) + " €")
    r.rule()
    r.lr("Zahlart", "girocard kontaktlos")
    r.lr("Terminal-ID", "68104417")
    r.lr("Trace-Nr.", "000877")
    r.gap(3)
    r.c("USt-IdNr. DE 122 847 551")
    r.c("Dieser Beleg ist kein Fahrausweis.")
    r.render(o.src)
    return truth(
        num,
        "2026-03-16",
        None,
        V,
        net,
        vat,
        gross,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        [tk, tk2],
        "Ticket machine receipt: net and 7 % MwSt both printed under the gross; several numbers (Belegnr., Terminal-ID, Trace-Nr.); 'kein Fahrausweis' disclaimer.",
        o.kind,
    )


def r04(o: Out):
    """Helsinki airport shop, three Finnish VAT rates; photo."""
    V = "Aurora Travel Retail Oy"
    num = "4417-22-018834"
    rows = [
        ("Vesi 0,5 l", "3.20", "B"),
        ("Kinkkuvoileipä", "7.90", "B"),
        ("Salmiakki 150 g", "4.50", "B"),
        ("Aikakauslehti", "8.90", "C"),
        ("Matkatyyny", "24.90", "A"),
    ]
    rates = {"A": D("25.5"), "B": D("14"), "C": D("10")}
    items = [item(n, 1, p) for n, p, _ in rows]
    gross_by = {k: sum(D(p) for _, p, c in rows if c == k) for k in rates}
    split = {k: incl(g, rates[k]) for k, g in gross_by.items()}
    tot = sum(gross_by.values())
    vat = sum(v for _, v in split.values())
    net = tot - vat
    r = Roll(80, "DM", 7.8)
    r.c("AURORA", "DVB", 16, lh=1.4)
    r.c("TRAVEL RETAIL", "DV", 8)
    r.c(V + " · Y-tunnus 2917448-3")
    r.c("Helsinki-Vantaa, Terminaali 2, portti 31")
    r.rule()
    r.lr("Kuitti " + num, "18.03.2026 06:12")
    r.lr("Kassa 3", "Myyjä 047")
    r.rule()
    for n, p, c in rows:
        r.lr(n, FR(D(p)) + " " + c)
    r.rule()
    r.lr("YHTEENSÄ EUR", FR(tot), "DMB", 10)
    r.gap(3)
    r.line(
        ("ALV", "l"),
        ("Veroton", "r", 44 * mm),
        ("Vero", "r", 57 * mm),
        ("Verollinen", "r", 76.5 * mm),
        sz=6.8,
    )
    for k in ("A", "B", "C"):
        n_, v_ = split[k]
        r.line(
            (f"{k} {FR(rates[k]).replace(',00', '').replace(',50', ',5')} %", "l"),
            (FR(n_), "r", 44 * mm),
            (FR(v_), "r", 57 * mm),
            (FR(gross_by[k]), "r", 76.5 * mm),
            sz=6.8,
        )
    r.line(
        ("Yht.", "l"),
        (FR(net), "r", 44 * mm),
        (FR(vat), "r", 57 * mm),
        (FR(tot), "r", 76.5 * mm),
        sz=6.8,
    )
    r.rule()
    r.lr("Maksukortti VISA", FR(tot))
    r.lr("Kortti", "************7702")
    r.l("Arkistointitunnus 260318061244712")
    r.gap(4)
    r.c("Kiitos käynnistä! Hyvää matkaa!")
    r.bar(8, 4417)
    r.render(o.src)
    return truth(
        num,
        "2026-03-18",
        None,
        V,
        net,
        vat,
        tot,
        "EUR",
        "fi-FI",
        "receipt",
        "receipt",
        items,
        "Finnish airport shop receipt with three VAT rates (25,5 % / 14 % / 10 %) as letter codes and a VAT table (Veroton / Vero / Verollinen); comma decimals; photo.",
        o.kind,
    )


def r05(o: Out):
    """Dubai duty-free: prices without tax, passport and flight note; downscaled scan."""
    V = "Gulf Gateway Duty Free LLC"
    num = "T3-0412-88217"
    items = [
        item("Oud Royale EDP 100ml", 1, "415.00"),
        item("Premium Medjool dates 500g", 2, "65.00"),
        item("Camel milk chocolate 12pc", 1, "89.00"),
    ]
    tot = sum(i["amount"] for i in items)
    r = Roll(80, "DM", 7.6)
    r.c("GULF GATEWAY", "DVB", 13, lh=1.4)
    r.c("DUTY FREE", "DVB", 9)
    r.c(V)
    r.c("Dubai International Airport, Concourse B")
    r.c("Departures - Shop B14")
    r.rule()
    r.lr("Receipt No.", num)
    r.lr("Date", "21/03/2026  01:37")
    r.lr("Cashier", "0412 RANJIT")
    r.rule()
    r.line(("Item", "l"), ("Qty", "r", 52 * mm), ("AED", "r", 76.5 * mm))
    for it in items:
        r.line(
            (it["description"], "l"),
            (format(it["quantity"].normalize(), "f"), "r", 52 * mm),
            (EN(it["amount"]), "r", 76.5 * mm),
        )
        r.l(f"   @ {EN(it['unit_price'])}")
    r.rule()
    r.lr("TOTAL AED", EN(tot), "DMB", 10)
    r.lr("Equivalent USD", EN(q2(tot / D("3.6725"))))
    r.lr("VISA  ****5590", EN(tot))
    r.rule()
    r.l("Passport: P*****417   Nationality: ESP")
    r.l("Flight: EK 0141  Dest: MAD  Gate B26")
    r.gap(2)
    r.c("Duty free sale to departing passenger.")
    r.c("No VAT charged - goods for export.")
    r.c("Keep this receipt for customs.")
    r.bar(9, 88217)
    r.render(o.src)
    return truth(
        num,
        "2026-03-21",
        None,
        V,
        tot,
        None,
        tot,
        "AED",
        "en-AE",
        "receipt",
        "receipt",
        items,
        "Duty-free receipt: no tax printed (export sale), keyed vat null; USD equivalent line below the AED total must not be taken as total; passport and flight note; scan downscaled to about 650 px wide.",
        o.kind,
    )


def r06(o: Out):
    """French motorway toll receipt, 58 mm; downscaled scan."""
    V = "Autoroutes du Val de Saône SA"
    num = "0034 221 187"
    gross = D("12.60")
    net = q2(gross / D("1.2"))
    vat = gross - net
    r = Roll(58, "Courier", 7.6)
    r.c("AUTOROUTES DU VAL DE SAONE", "Courier-Bold", 7.8)
    r.c("A6 - Gare de Villefranche-Limas")
    r.rule(False)
    r.c("RECU DE PEAGE", "Courier-Bold", 9)
    r.lr("Date", "15/03/2026")
    r.lr("Heure", "14:22:07")
    r.lr("Voie", "07")
    r.lr("Classe", "1")
    r.lr("Entree", "Beaune")
    r.lr("N transaction", num)
    r.rule(False)
    r.lr("Montant TTC", FR(gross) + " EUR", "Courier-Bold", 8.2)
    r.lr("dont TVA 20,00%", FR(vat) + " EUR")
    r.lr("Montant HT", FR(net) + " EUR")
    r.lr("Paiement", "CB")
    r.rule(False)
    r.c(V)
    r.c("SIREN 412 877 041")
    r.c("TVA FR 58 412877041")
    r.c("Bonne route !")
    r.render(o.src)
    return truth(
        num,
        "2026-03-15",
        None,
        V,
        net,
        vat,
        gross,
        "EUR",
        "fr-FR",
        "receipt",
        "receipt",
        [item("Péage classe 1 Beaune - Villefranche-Limas", 1, gross)],
        "Tiny 58 mm toll receipt in Courier, no accents (ASCII printer); TVA shown as 'dont TVA'; transaction number with spaces; downscaled scan.",
        o.kind,
    )


def r07(o: Out):
    """Lisbon metro monthly pass top-up at a ticket machine; photo."""
    V = "Metropolitano de Lisboa, E.P.E."
    num = "FS MT01/2026/0849213"
    gross = D("40.00")
    net, vat = incl(gross, 6)
    r = Roll(76, "DC", 7.8)
    r.c("METRO", "DVB", 18, lh=1.35)
    r.c("LISBOA", "DV", 9)
    r.c(V)
    r.c("Av. Fontes Pereira de Melo 28, 1069-095 Lisboa")
    r.c("NIF 500 192 432")
    r.rule()
    r.c("FATURA SIMPLIFICADA", "DCB", 9)
    r.lr("N.º", num)
    r.lr("ATCUD", "J4KXW2PM-849213")
    r.lr("Data", "2026-03-02 08:47")
    r.lr("Máquina", "MAV 117 – Marquês de Pombal")
    r.rule()
    r.lr("Passe Navegante Metropolitano", "")
    r.lr("  mensal – março 2026", FR(gross).replace(" ", "."))
    r.lr("  Cartão n.º 0047 2281 9930", "")
    r.rule()
    r.lr("TOTAL", FR(gross) + " €", "DCB", 10)
    r.lr("Base tributável", FR(net) + " €")
    r.lr("IVA 6 %", FR(vat) + " €")
    r.rule()
    r.lr("Pagamento", "Multibanco")
    r.lr("NIF adquirente", "Consumidor final")
    r.gap(3)
    r.qr(22, 849213)
    r.c("k9Pq - Processado por programa certificado n.º 1457/AT", sz=6.2)
    r.render(o.src)
    return truth(
        num,
        "2026-03-02",
        None,
        V,
        net,
        vat,
        gross,
        "EUR",
        "pt-PT",
        "receipt",
        "receipt",
        [item("Passe Navegante Metropolitano mensal", 1, gross)],
        "Metro card top-up (monthly pass) on a simplified invoice: IVA 6 % included; number with slashes and series, ATCUD beside it; ISO date-time; photo.",
        o.kind,
    )


def r08(o: Out):
    """Greek ferry ticket receipt (Greek script), born-digital narrow PDF."""
    V = "Αιγαίο Γραμμές Ναυτιλιακή Α.Ε."
    num = "ΑΠΥ Α 18437"
    items = [item("Οικονομική θέση (ενήλικας)", 2, "48.50"), item("Όχημα έως 4,25 μ.", 1, "96.00")]
    gross = sum(i["amount"] for i in items)
    net, vat = incl(gross, 13)
    r = Roll(80, "DV", 7.6)
    r.c("ΑΙΓΑΙΟ ΓΡΑΜΜΕΣ", "DVB", 13, lh=1.4)
    r.c("AEGEAN LINES", "DV", 8)
    r.c(V)
    r.c("Ακτή Μιαούλη 47, 185 36 Πειραιάς")
    r.c("ΑΦΜ 094417228 · ΔΟΥ ΦΑΕ Πειραιά")
    r.rule()
    r.c("ΑΠΟΔΕΙΞΗ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ / ΕΙΣΙΤΗΡΙΟ", "DVB", 7.4)
    r.lr("Αρ. παραστατικού", num)
    r.lr("Ημερομηνία", "28/03/2026 07:05")
    r.lr("Πλοίο", "F/B ΝΑΞΟΣ ΕΞΠΡΕΣ")
    r.lr("Δρομολόγιο", "Πειραιάς → Νάξος")
    r.lr("Αναχώρηση", "28/03/2026 07:30")
    r.rule()
    for it in items:
        r.lr(
            f"{format(it['quantity'].normalize(), 'f')} x {it['description']}",
            FR(it["amount"]).replace(" ", "."),
        )
    r.rule()
    r.lr("ΣΥΝΟΛΟ €", FR(gross), "DVB", 10)
    r.lr("Καθαρή αξία", FR(net))
    r.lr("ΦΠΑ 13%", FR(vat))
    r.lr("Τρόπος πληρωμής", "Κάρτα")
    r.rule()
    r.l("ΜΑΡΚ 400001184377215")
    r.l("UID 7F3A9C21E04B")
    r.qr(24, 18437)
    r.c("Καλό ταξίδι! · Have a nice trip!")
    r.render(o.src)
    return truth(
        num,
        "2026-03-28",
        None,
        V,
        net,
        vat,
        gross,
        "EUR",
        "el-GR",
        "receipt",
        "receipt",
        items,
        "Greek-script ferry ticket receipt (born-digital); vendor keyed in Greek as printed (English brand line also printed); ΦΠΑ 13 % included; document number contains Greek letters; MARK (myDATA) number is not the receipt number.",
        o.kind,
    )


def r09(o: Out):
    """Bangkok hotel folio summary with service charge and VAT; born-digital 80 mm PDF."""
    V = "Chao Phraya Riverside Hotel Co., Ltd."
    num = "RV26-03-01877"
    items = [
        item("Room 1412 Deluxe River (nights)", 2, "3200.00"),
        item("Minibar 24/03", 1, "540.00"),
        item("Laundry 25/03", 1, "350.00"),
    ]
    sub = sum(i["amount"] for i in items)
    svc = q2(sub * D("0.10"))
    net = sub + svc
    vat = q2(net * D("0.07"))
    tot = net + vat
    r = Roll(80, "DV", 7.4)
    r.c("CHAO PHRAYA RIVERSIDE", "DSB", 11, lh=1.4)
    r.c("HOTEL · BANGKOK", "DS", 8)
    r.c(V)
    r.c("1088 Charoen Krung Rd, Bang Rak, Bangkok 10500")
    r.c("Tax ID 0105558123456 (Head Office)")
    r.rule()
    r.c("RECEIPT / TAX INVOICE (ABB)", "DVB", 8.5)
    r.lr("No.", num)
    r.lr("Folio No.", "208817")
    r.lr("Date", "26/03/2026 11:52")
    r.lr("Guest", "Mr. Tobias Lindgren")
    r.lr("Room / Arr. / Dep.", "1412 / 24/03 / 26/03")
    r.rule()
    r.line(("Description", "l"), ("Amount THB", "r"), f="DVB")
    for it in items:
        r.lr(it["description"], EN(it["amount"]))
    r.l("   Singha x2, water x2, cashews, Coke", sz=6.6)
    r.rule()
    r.lr("Subtotal", EN(sub))
    r.lr("Service charge 10%", EN(svc))
    r.lr("Total before VAT", EN(net))
    r.lr("VAT 7%", EN(vat))
    r.lr("GRAND TOTAL THB", EN(tot), "DVB", 9.5)
    r.rule()
    r.lr("Mastercard ****6143", EN(tot))
    r.lr("Balance", "0.00")
    r.gap(4)
    r.c("Thank you for staying with us · Khob khun krub")
    r.render(o.src)
    return truth(
        num,
        "2026-03-26",
        None,
        V,
        net,
        vat,
        tot,
        "THB",
        "en-TH",
        "receipt",
        "receipt",
        items,
        "Hotel folio summary: 10 % service charge (not a tax) is inside the net; VAT 7 % on subtotal + service; receipt/tax invoice number differs from the folio number; 'Balance 0.00' after payment.",
        o.kind,
    )


def r10(o: Out):
    """Japanese convenience store receipt (romanised), tax-inclusive with reduced-rate marks; photo."""
    V = "Sunny Mart Shin-Osaka Ekimae"
    num = "0412-1187"
    rows = [
        ("Onigiri salmon", 160, True),
        ("Egg sandwich", 298, True),
        ("Green tea 600ml", 150, True),
        ("Vinyl umbrella", 660, False),
        ("USB-C cable 1m", 1320, False),
    ]
    items = [item(n + (" *" if red else ""), 1, p) for n, p, red in rows]
    g8 = sum(D(p) for _, p, red in rows if red)
    g10 = sum(D(p) for _, p, red in rows if not red)
    t8 = q0(g8 * 8 / D(108))
    t10 = q0(g10 * 10 / D(110))
    tot = g8 + g10
    vat = t8 + t10
    net = tot - vat
    paid = D(3000)
    r = Roll(58, "DM", 7.2)
    r.c("SUNNY MART", "DVB", 12, lh=1.4)
    r.c("Shin-Osaka Ekimae store")
    r.c("3-2-14 Nishinakajima, Yodogawa-ku")
    r.c("Osaka  TEL 06-6309-4471")
    r.c("Registration No. T7120001234567")
    r.rule()
    r.c("Receipt (Ryōshūsho)", "DMB", 8)
    r.l("2026/03/27 (Fri) 18:46")
    r.lr("Reg#2 Staff 118", "No." + num)
    r.rule()
    for n, p, red in rows:
        r.lr(n + (" *" if red else ""), "¥" + EN0(p))
    r.rule()
    r.lr("Subtotal", "¥" + EN0(tot))
    r.lr("(8% items  ¥" + EN0(g8) + ")", "")
    r.lr("(  incl. tax  ¥" + EN0(t8) + ")", "")
    r.lr("(10% items ¥" + EN0(g10) + ")", "")
    r.lr("(  incl. tax  ¥" + EN0(t10) + ")", "")
    r.lr("TOTAL", "¥" + EN0(tot), "DMB", 10)
    r.lr("Cash received", "¥" + EN0(paid))
    r.lr("Change", "¥" + EN0(paid - tot))
    r.rule()
    r.l("* = reduced tax rate (8%) item")
    r.l("Prices include tax (uchizei).")
    r.bar(7, 4121187)
    r.render(o.src)
    return truth(
        num,
        "2026-03-27",
        None,
        V,
        net,
        vat,
        tot,
        "JPY",
        "ja-JP",
        "receipt",
        "receipt",
        items,
        "Japanese konbini receipt (romanised, no CJK font): tax-inclusive prices with 8 %/10 % per-rate 'incl. tax' lines (uchizei), * reduced-rate marks, cash and change lines; keyed net = total − included tax; T-number registration; yen keyed with .00.",
        o.kind,
    )


def r11(o: Out):
    """Korean convenience store receipt with taxable / tax-free split; scan."""
    V = "Hanul24 Seoul Station"
    num = "0012-0084-3391"
    rows = [
        ("Samgak gimbap tuna", 1500, True),
        ("Banana milk 240ml", 1700, True),
        ("Jeju water 500ml", 1000, True),
        ("Eggs boiled 2pc (tax-free)", 2500, False),
    ]
    items = [item(n, 1, p) for n, p, _ in rows]
    taxable = sum(D(p) for _, p, t in rows if t)
    free = sum(D(p) for _, p, t in rows if not t)
    supply, vat = incl(taxable, 10, q0)
    tot = taxable + free
    net = supply + free
    r = Roll(76, "DM", 7.4)
    r.c("HANUL24", "DVB", 14, lh=1.4)
    r.c("Seoul Station branch")
    r.c("405 Hangang-daero, Yongsan-gu, Seoul")
    r.c("Biz Reg No. 106-86-41207  CEO Choi Eun-ji")
    r.c("TEL 02-3149-0024")
    r.rule()
    r.lr("[Sale] 2026-03-21 08:14", "POS 01")
    r.lr("Receipt No.", num)
    r.rule()
    r.line(("Item", "l"), ("Qty", "r", 50 * mm), ("Amount", "r"))
    for n, p, t in rows:
        r.line(((" " if t else "*") + n, "l"), ("1", "r", 50 * mm), (EN0(p), "r"))
    r.rule()
    r.lr("Taxable supply value", EN0(supply))
    r.lr("VAT", EN0(vat))
    r.lr("Tax-free items", EN0(free))
    r.lr("TOTAL (KRW)", EN0(tot), "DMB", 10)
    r.rule()
    r.lr("Credit card", EN0(tot))
    r.lr("Card", "Shinhan 4518-92**-****-3071")
    r.lr("Approval No.", "30718824")
    r.lr("Installment", "Lump sum")
    r.gap(2)
    r.c("* marks tax-free (myeonse) items")
    r.c("Refund within 14 days with receipt")
    r.bar(7, 3391)
    r.render(o.src)
    return truth(
        num,
        "2026-03-21",
        None,
        V,
        net,
        vat,
        tot,
        "KRW",
        "ko-KR",
        "receipt",
        "receipt",
        items,
        "Korean convenience store receipt (romanised): taxable supply value + VAT + tax-free items = total; keyed amount = supply value + tax-free items (not printed as one figure); card approval number is not the receipt number.",
        o.kind,
    )


def r12(o: Out):
    """Taiwan e-invoice proof (uniform invoice) with two-letter eight-digit number; thermal scan."""
    V = "Formosa Mart Taoyuan Airport T2"
    num = "KX-48217305"
    items = [
        item("Tea egg", 2, 13),
        item("Bubble milk tea L", 1, 65),
        item("Pineapple cake 4pc", 1, 94),
    ]
    tot = sum(i["amount"] for i in items)
    r = Roll(58, "DV", 7.2)
    r.c("FORMOSA MART", "DVB", 12, lh=1.4)
    r.c("Electronic Invoice Proof", "DVB", 8.5)
    r.c("(Dianzi Fapiao Zhengming Lian)", sz=6.6)
    r.c("2026 (ROC 115)  Mar-Apr", "DVB", 9.5)
    r.c(num, "DVB", 14, lh=1.45)
    r.l("2026-03-29 14:05:33   Type 25")
    r.lr("Random code 7316", "Total 185")
    r.lr("Seller 24681357", "")
    r.bar(8, 48217305, 0.95)
    r.qr(18, (4821, 7305))
    r.rule()
    r.c("Transaction details", "DVB", 7.5)
    r.c(V)
    r.c("Dayuan Dist., Taoyuan City")
    for it in items:
        r.lr(
            f"{it['description']} x{format(it['quantity'].normalize(), 'f')}",
            "NT$" + EN0(it["amount"]) + " TX",
        )
    r.lr("Total", "NT$" + EN0(tot), "DVB", 8.5)
    r.lr("EasyCard", "NT$" + EN0(tot))
    r.lr("Card balance", "NT$412")
    r.c("TX = taxable (5% included)", sz=6.4)
    r.render(o.src)
    return truth(
        num,
        "2026-03-29",
        None,
        V,
        tot,
        None,
        tot,
        "TWD",
        "zh-TW",
        "receipt",
        "receipt",
        items,
        "Taiwan uniform e-invoice proof (romanised labels, no CJK font): two-letter eight-digit number printed big, ROC year 115 and bimonthly period above it; B2C, tax included but no tax amount printed, so vat null and amount = total; EasyCard balance line.",
        o.kind,
    )


def r13(o: Out):
    """Hong Kong convenience store at a ferry pier, Octopus payment, no tax; photo."""
    V = "Harbour Mart Limited"
    num = "HM0417-260322-0093"
    items = [
        item("Vitasoy Lemon Tea 250ml", 2, "7.90"),
        item("Curry fishballs (cup)", 1, "16.00"),
        item("Pocket tissue 10pk", 1, "12.50"),
        item("Octopus-ready travel adaptor", 1, "19.00"),
    ]
    tot = sum(i["amount"] for i in items)
    r = Roll(76, "DC", 7.8)
    r.c("Harbour Mart", "DSB", 15, lh=1.4)
    r.c(V)
    r.c("Shop G12, Star Ferry Pier, Tsim Sha Tsui")
    r.c("Kowloon, Hong Kong   Tel 2735 0417")
    r.rule()
    r.lr("Date: 22/03/2026", "Time: 19:03")
    r.lr("Store 0417  POS 2", "Staff 6612")
    r.l("Receipt: " + num)
    r.rule()
    for it in items:
        q = format(it["quantity"].normalize(), "f")
        r.lr(it["description"], "$" + EN(it["amount"]))
        if q != "1":
            r.l(f"    {q} @ ${EN(it['unit_price'])}")
    r.rule()
    r.lr("TOTAL HK$", EN(tot), "DCB", 11)
    r.lr("Octopus", EN(tot))
    r.lr("Octopus no.", "3921 4408 (7)")
    r.lr("Remaining value", "$146.30")
    r.lr("Last add value", "18-03-2026 AAVS")
    r.rule()
    r.c("Thank you! Please come again")
    r.bar(8, 93)
    r.render(o.src)
    return truth(
        num,
        "2026-03-22",
        None,
        V,
        tot,
        None,
        tot,
        "HKD",
        "en-HK",
        "receipt",
        "receipt",
        items,
        "Hong Kong: no tax, vat null; Octopus payment with 'Remaining value' that looks like an amount; dd/mm/yyyy and dd-mm-yyyy mixed; photo.",
        o.kind,
    )


def r14(o: Out):
    """Budapest bus station kiosk, three ÁFA rates, cash rounding to 5 Ft; thermal scan."""
    V = "Népliget Büfé Kft."
    num = "0193/00417"
    rows = [
        ("Kávé latte", 690, "C"),
        ("Sonkás szendvics", 1290, "C"),
        ("Pogácsa 2 db", 390, "B"),
        ("Tej 0,5 l", 349, "A"),
        ("Ásványvíz 0,5 l", 450, "C"),
    ]
    rates = {"A": D(5), "B": D(18), "C": D(27)}
    items = [item(n, 1, p) for n, p, _ in rows]
    g = {k: sum(D(p) for _, p, c in rows if c == k) for k in rates}
    sp = {k: incl(v, rates[k], q0) for k, v in g.items()}
    exact = sum(g.values())
    tot = (exact / 5).quantize(D("1"), rounding=ROUND_HALF_UP) * 5
    rnd = tot - exact
    vat = sum(v for _, v in sp.values())
    net = exact - vat
    paid = D(5000)
    r = Roll(58, "DM", 7.2)
    r.c(V, "DMB", 8.5)
    r.c("1101 Budapest, Üllői út 131.")
    r.c("Népliget autóbusz-pályaudvar")
    r.c("Adószám: 23418877-2-42")
    r.rule()
    r.c("NYUGTA", "DMB", 10)
    for n, p, c in rows:
        r.lr(f"{n} {c}", SP0(p))
    r.rule()
    r.lr("RÉSZÖSSZEG", SP0(exact))
    r.lr("KEREKÍTÉS", ("+" if rnd > 0 else "") + SP0(rnd))
    r.lr("ÖSSZESEN Ft", SP0(tot), "DMB", 10)
    r.lr("KÉSZPÉNZ", SP0(paid))
    r.lr("VISSZAJÁRÓ", SP0(paid - tot))
    r.rule()
    for k in ("A", "B", "C"):
        n_, v_ = sp[k]
        r.lr(f"{k} {rates[k]}% nettó {SP0(n_)}", f"ÁFA {SP0(v_)}")
    r.rule()
    r.lr("NYUGTASZÁM:", num)
    r.lr("2026.03.19.", "16:48")
    r.lr("AP:", "A28104417")
    r.c("NAV ELLENŐRZŐ KÓD: 7E2K", sz=6.5)
    r.render(o.src)
    return truth(
        num,
        "2026-03-19",
        None,
        V,
        net,
        vat,
        tot,
        "HUF",
        "hu-HU",
        "receipt",
        "receipt",
        items,
        f"Hungarian kiosk receipt: three ÁFA rates (5/18/27 %) with letter codes and per-rate net/ÁFA lines; cash total rounded to 5 Ft with a 'KEREKÍTÉS' {SP0(rnd)} line (amount + vat + rounding = total); forint without decimals; date 2026.03.19.",
        o.kind,
        rounding=rnd,
    )


def r15(o: Out):
    """Oslo airport parking machine receipt; image-only PDF."""
    V = "Nordlys Parkering AS"
    num = "55821"
    gross = D("1245.00")
    net, vat = incl(gross, 25)
    r = Roll(76, "DC", 8)
    r.c("NORDLYS", "DCB", 16, lh=1.4)
    r.c("PARKERING", "DC", 9)
    r.c(V)
    r.c("Org.nr. 987 654 321 MVA")
    r.c("P10 Express · Oslo lufthavn")
    r.rule()
    r.c("KVITTERING", "DCB", 10)
    r.lr("Kvitteringsnr.", num)
    r.lr("Automat", "P10-03")
    r.lr("Bilnr.", "EL 48 217")
    r.lr("Innkjøring", "22.03.2026 06:12")
    r.lr("Utkjøring", "25.03.2026 19:48")
    r.lr("Parkeringstid", "3 d 13 t 36 min")
    r.rule()
    r.lr("Beløp", "kr " + FR(gross), "DCB", 10)
    r.lr("herav MVA 25 %", "kr " + FR(vat))
    r.lr("Grunnlag", "kr " + FR(net))
    r.rule()
    r.lr("Betalt", "VISA kontaktløs")
    r.lr("Kort", "************2290")
    r.lr("Ref.", "260325194812")
    r.gap(3)
    r.c("Utkjøring innen 15 min. God tur!")
    r.render(o.src)
    return truth(
        num,
        "2026-03-25",
        None,
        V,
        net,
        vat,
        gross,
        "NOK",
        "nb-NO",
        "receipt",
        "receipt",
        [item("Parkering P10 Express 3 d 13 t 36 min", 1, gross)],
        "Image-only PDF of a parking machine receipt: entry and exit dates (keyed date = exit/payment date 25.03.2026); 'herav MVA' included; space thousands with comma decimals.",
        o.kind,
    )


def r16(o: Out):
    """Sydney luggage storage counter receipt titled TAX INVOICE (GST included); born-digital."""
    V = "Central Bag Drop Pty Ltd"
    num = "CBD-118204"
    items = [
        item("Large bag 24 h", 2, "18.00"),
        item("Small bag 24 h", 1, "12.00"),
        item("Oversize surcharge (bike box)", 1, "5.00"),
    ]
    tot = sum(i["amount"] for i in items)
    vat = q2(tot / 11)
    net = tot - vat
    r = Roll(80, "Helvetica", 8)
    r.c("CENTRAL BAG DROP", "Helvetica-Bold", 13, lh=1.4)
    r.c("Luggage storage · Central Station Sydney")
    r.c("Shop 4, Eddy Ave Colonnade, Haymarket NSW 2000")
    r.c(V + "  ABN 51 824 753 556")
    r.rule()
    r.c("TAX INVOICE", "Helvetica-Bold", 10)
    r.lr("Receipt No.", num)
    r.lr("Date", "14/03/2026 10:21")
    r.lr("Tags", "L-0412, L-0413, S-2207, X-018")
    r.lr("Collect by", "15/03/2026 10:21")
    r.rule()
    r.line(
        ("Item", "l"),
        ("Qty", "r", 50 * mm),
        ("Price", "r", 62 * mm),
        ("Total", "r"),
        f="Helvetica-Bold",
    )
    for it in items:
        r.line(
            (it["description"], "l"),
            (format(it["quantity"].normalize(), "f"), "r", 50 * mm),
            (EN(it["unit_price"]), "r", 62 * mm),
            (EN(it["amount"]), "r"),
        )
    r.rule()
    r.lr("TOTAL (incl. GST)", "$" + EN(tot), "Helvetica-Bold", 10)
    r.lr("GST included", "$" + EN(vat))
    r.lr("EFTPOS (Mastercard)", "$" + EN(tot))
    r.rule()
    r.c("Items left over 7 days are handed to NSW Police.", sz=6.6)
    r.c("Thank you for travelling light!")
    r.render(o.src)
    return truth(
        num,
        "2026-03-14",
        None,
        V,
        net,
        vat,
        tot,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        items,
        "Australian receipt titled 'TAX INVOICE' (layout and type are a receipt); GST 1/11 included; collect-by date is not a due date; ABN on the same line as the vendor name.",
        o.kind,
    )


# ----------------------------------------------------------------------------- registry

SCAN_THERMAL = {
    "mode": "scan",
    "grey": True,
    "fade": True,
    "skew": 1.6,
    "blur": 0.8,
    "noise": 6,
    "specks": 35,
}

DOCS = [
    ("i01", i01, "pdf", "DE", "freight forwarder", {}),
    (
        "i02",
        i02,
        "scan",
        "NL",
        "customs broker",
        {
            "mode": "scan",
            "dpi": 200,
            "grey": False,
            "skew": 1.5,
            "blur": 0.6,
            "noise": 4,
            "specks": 30,
            "ext": "jpg",
            "q": 88,
        },
    ),
    ("i03", i03, "pdf", "FR", "courier monthly statement invoice", {}),
    ("i04", i04, "pdf", "ES", "airline corporate ticket invoice", {}),
    (
        "i05",
        i05,
        "scan",
        "IT",
        "rail operator credit note",
        {
            "mode": "scan",
            "dpi": 170,
            "grey": True,
            "skew": 1.8,
            "blur": 0.8,
            "noise": 6,
            "specks": 60,
            "ext": "jpg",
            "q": 82,
        },
    ),
    ("i06", i06, "pdf", "AT", "coach charter (deposit deducted)", {}),
    (
        "i07",
        i07,
        "photo",
        "GB",
        "removals firm",
        {"mode": "photo", "dpi": 200, "long": 2100, "q": 72, "bg": "wood"},
    ),
    (
        "i08",
        i08,
        "scan",
        "SG",
        "shipping line freight invoice (USD)",
        {
            "mode": "imgpdf",
            "dpi": 200,
            "grey": True,
            "skew": 1.2,
            "blur": 0.7,
            "noise": 5,
            "specks": 40,
        },
    ),
    ("i09", i09, "pdf", "PT", "travel agency (margin scheme)", {}),
    ("i10", i10, "pdf", "CZ", "car-sharing monthly invoice", {}),
    ("i11", i11, "pdf", "JP", "qualified invoice (ekiben supplier)", {}),
    (
        "i12",
        i12,
        "scan",
        "KR",
        "electronic tax invoice (trucking)",
        {
            "mode": "scan",
            "dpi": 200,
            "grey": False,
            "skew": 1.0,
            "blur": 0.5,
            "noise": 3,
            "specks": 25,
            "ext": "png",
        },
    ),
    ("i13", i13, "pdf", "CN", "digital VAT fapiao (road freight)", {}),
    (
        "i14",
        i14,
        "photo",
        "HK",
        "cross-border trucking",
        {"mode": "photo", "dpi": 200, "long": 1800, "q": 66, "bg": "desk"},
    ),
    ("i15", i15, "pdf", "SE", "warehouse storage", {}),
    (
        "i16",
        i16,
        "scan",
        "PL",
        "fuel card statement invoice",
        {
            "mode": "imgpdf",
            "dpi": 200,
            "grey": False,
            "skew": 0.8,
            "blur": 0.6,
            "noise": 4,
            "specks": 30,
        },
    ),
    ("r01", r01, "scan", "CH", "taxi", {**SCAN_THERMAL, "dpi": 300, "ext": "png"}),
    ("r02", r02, "pdf", "US", "ride-hail e-mail receipt", {}),
    (
        "r03",
        r03,
        "scan",
        "DE",
        "train ticket machine",
        {**SCAN_THERMAL, "dpi": 250, "ext": "jpg", "q": 85},
    ),
    (
        "r04",
        r04,
        "photo",
        "FI",
        "airport shop",
        {"mode": "photo", "dpi": 250, "long": 2000, "q": 75, "bg": "stone"},
    ),
    (
        "r05",
        r05,
        "scan",
        "AE",
        "duty-free shop",
        {
            "mode": "scan",
            "dpi": 300,
            "grey": True,
            "skew": 1.0,
            "blur": 0.5,
            "noise": 4,
            "specks": 20,
            "width": 650,
            "ext": "png",
        },
    ),
    (
        "r06",
        r06,
        "scan",
        "FR",
        "motorway toll",
        {**SCAN_THERMAL, "dpi": 300, "width": 650, "ext": "png"},
    ),
    (
        "r07",
        r07,
        "photo",
        "PT",
        "metro card top-up",
        {"mode": "photo", "dpi": 250, "long": 1700, "q": 64, "bg": "fabric"},
    ),
    ("r08", r08, "pdf", "GR", "ferry ticket", {}),
    ("r09", r09, "pdf", "TH", "hotel folio / minibar summary", {}),
    (
        "r10",
        r10,
        "photo",
        "JP",
        "convenience store",
        {"mode": "photo", "dpi": 250, "long": 2200, "q": 78, "bg": "wood"},
    ),
    ("r11", r11, "scan", "KR", "convenience store", {**SCAN_THERMAL, "dpi": 220, "ext": "png"}),
    (
        "r12",
        r12,
        "scan",
        "TW",
        "convenience store uniform e-invoice",
        {**SCAN_THERMAL, "dpi": 300, "ext": "png"},
    ),
    (
        "r13",
        r13,
        "photo",
        "HK",
        "convenience store (ferry pier)",
        {"mode": "photo", "dpi": 250, "long": 1600, "q": 62, "bg": "stone"},
    ),
    (
        "r14",
        r14,
        "scan",
        "HU",
        "bus station kiosk",
        {**SCAN_THERMAL, "dpi": 220, "ext": "jpg", "q": 80},
    ),
    (
        "r15",
        r15,
        "scan",
        "NO",
        "airport parking machine",
        {**SCAN_THERMAL, "mode": "imgpdf", "dpi": 200},
    ),
    ("r16", r16, "pdf", "AU", "luggage storage counter", {}),
]


def kind_label(kind, how):
    if how.get("mode") == "imgpdf":
        return "scan (image-only PDF)"
    return {"pdf": "pdf (born-digital)", "scan": "scan", "photo": "photo"}[kind]


README_HEAD = """# Blind set 2026-13r — travel, transport and logistics, and East Asia

Generated by `bench/blindsets/blind_2026_13r.py` (`python -m bench.blindsets.blind_2026_13r [OUTDIR] [--only NAME]`).
Every document is drawn by its own function with reportlab (`invariant=1`); every random choice is
seeded with the CRC-32 of the document's name, so re-runs are byte-identical. The generator imports
nothing from the product and was written without looking at it.

## How the set is drawn
- 16 invoices (i01..i16, A4 / Letter, 16 countries) and 16 receipts (r01..r16, 58/76/80 mm rolls as long
  as their content, 16 countries); focus on travel, transport, logistics and East Asia.
- Born-digital PDFs keep their text layer. Scans are rendered with pypdfium2 at 170–300 dpi, grey or
  colour, with paper tint, blur, skew up to ±1.8°, noise, specks; receipts get thermal fading; r05 and
  r06 are downscaled to 650 px wide. Photos put the page in perspective on a wood / stone / desk /
  fabric texture with a drop shadow, uneven light, a fold line and JPEG quality 62–78 (long side
  1,600–2,200 px). Three image-only PDFs embed the degraded scan as the page's only content.
- Fonts: DejaVu Sans / Mono / Serif / Condensed and reportlab's Helvetica / Times / Courier.
  **No CJK font is installed on the build machine** (`fc-list :lang=ja|zh|ko` is empty, and
  reportlab's non-embedded CID fonts render blank in pdfium), so the Japanese, Korean, Chinese and
  Taiwanese documents (i11, i12, i13, r10, r11, r12) print their labels in the English / romanised form
  that bilingual documents of those countries also use (e.g. "Qualified Invoice (Tekikaku Seikyūsho)",
  "Supply value (Gonggeup gaaek)", "Total price and tax (Jiashui heji)"). Their conventions (T-number,
  per-rate tax, 24-digit approval number, 20-digit fapiao number, ROC year, two-letter-eight-digit
  number, ¥ / ₩-less won amounts without decimals) are kept. Greek (r08) uses real Greek script.
- Every text run is checked to stay on the page and not overlap another run (`LayoutError`).

## Truth conventions
- `amount` = net before tax as printed; `vat` = sum of the taxes the document charges (VAT / GST /
  consumption tax / sales tax); `null` when no tax amount is printed (then amount = total).
  A printed 0 % rate with a 0.00 line is keyed `"0.00"` (i04, i08).
- Prices including tax: `amount = total − vat` using the printed included-tax figures.
- `total` = the document's gross total. Tips (r01, r02) and printed cash-rounding lines (i10, r14) are
  part of the total: the generator asserts `amount + vat + tip + rounding == total` for every document;
  tip and rounding are not keyed, the note names them.
- Deposits / prepayments (i06): `total` is the gross invoice total; the balance due after the deposit
  is not keyed (named in the note).
- Disbursements outside the VAT base (i01 customs duty and import VAT, i02 advanced duties) are part
  of `amount` (the printed net incl. disbursements); `vat` is only the tax charged by the issuer.
  Service charge (r09) is not a tax and is inside `amount`. Airport / ticket taxes on the airline
  invoice (i04) are government charges, not VAT, and are inside `amount`.
- Credit notes are printed and keyed with negative amounts (i05, `document_type` = `credit_note`).
- Currencies printed without decimals (JPY, KRW, HUF, TWD) are keyed with `.00`.
- `invoice_number`: the document's own number as printed (receipt / bill / ticket number for
  receipts; Korean e-tax invoice: the approval number). `due_date` only when a date is printed.
- `invoice_date`: the issue date; for the parking receipt the payment/exit date.
- `vendor_name`: the seller as printed, with legal form where printed with it.
- `line_items`: strings; quantity without trailing zeros, unit_price and amount with two decimals
  (unit price of summary lines is the average; for fuel lines the net unit price).
- `kind`: `pdf` (born-digital), `scan` (incl. image-only PDFs), `photo`.
"""


def write_readme(outdir, rows):
    mix = {}
    for r in rows:
        mix.setdefault(r["kl"], [0, 0])
        mix[r["kl"]][0 if r["name"].startswith("i") else 1] += 1
    lines = [
        README_HEAD,
        "## Mix",
        "",
        "| kind | invoices | receipts | total |",
        "| --- | --- | --- | --- |",
    ]
    for k in ("pdf (born-digital)", "scan", "scan (image-only PDF)", "photo"):
        a, b = mix.get(k, [0, 0])
        lines.append(f"| {k} | {a} | {b} | {a + b} |")
    ni = sum(1 for r in rows if r["name"].startswith("i"))
    lines.append(f"| all | {ni} | {len(rows) - ni} | {len(rows)} |")
    lines += [
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        t = r["t"]
        lines.append(
            f"| {r['file']} | {r['kl']} | {r['cc']} | {r['type']} ({t['document_type']}) | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (outdir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(outdir: Path, only: str | None):
    outdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, fn, kind, cc, typ, how in DOCS:
        if only and name != only:
            continue
        o = Out(outdir, name, kind)
        t = fn(o)
        fname = o.finish(how)
        (outdir / f"{name}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        rows.append(
            {
                "name": name,
                "file": fname,
                "kl": kind_label(kind, how),
                "cc": cc,
                "type": typ,
                "t": t,
            }
        )
        print(f"{fname}: {t['total']} {t['currency']}")
    if not only:
        write_readme(outdir, rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only")
    a = ap.parse_args(argv)
    build(Path(a.outdir), a.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
