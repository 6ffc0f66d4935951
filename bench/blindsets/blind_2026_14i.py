# ruff: noqa: E501
"""Blind evaluation set 14i: documents whose amount payable is not the invoice's own total.

Progress / partial / final invoices deducting earlier instalments, retention and retainage,
deposits and advance payments, credits and vouchers, gift cards and loyalty points on
receipts, Skonto offers, statement pages and balances brought forward.

Usage (from the repository root):
    python -m bench.blindsets.blind_2026_14i [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so re-runs are
byte-identical. This module is self-contained and imports nothing from the product.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import zlib
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

MM = 72.0 / 25.4
HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "blind-2026-14i"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
}
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, FONT_DIR + _f))

BLACK = (0.0, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)
LIGHT = (0.9, 0.9, 0.9)
D = Decimal
ZERO = D("0")
CENT = D("0.01")


class LayoutError(Exception):
    """A text run leaves the page, leaves its cell or overlaps another run."""


def q2(x) -> Decimal:
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(d: Decimal, th: str = ",", dec: str = ".", places: int = 2) -> str:
    d = D(d)
    s = f"{abs(d):,.{places}f}"
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", th)
    return ("-" if d < 0 else "") + s


def money_fmt(th: str, dec: str):
    return lambda d: fmt(d, th, dec)


def incl_tax(gross: Decimal, rate: Decimal) -> Decimal:
    """Tax contained in a tax-inclusive gross amount (rate in percent)."""
    return q2(gross * rate / (D(100) + rate))


# ----------------------------------------------------------------------------------------
# drawing: a recorder of ops with top-down coordinates and layout checks
# ----------------------------------------------------------------------------------------


class Doc:
    def __init__(self, name: str, w: float, h: float | None = None, margin: float = 2.0):
        self.name = name
        self.w = w
        self.h = h  # None: a roll, as long as its content
        self.margin = margin
        self.pages: list[list[tuple]] = [[]]
        self.runs: list[list[tuple]] = [[]]
        self.bottom = [0.0]
        self.money = None
        self.vat_parts: list[Decimal] = []

    def new_page(self) -> None:
        self.pages.append([])
        self.runs.append([])
        self.bottom.append(0.0)

    def _bound(self, x0, y0, x1, y1, what):
        m = self.margin
        if (
            x0 < m - 0.01
            or x1 > self.w - m + 0.01
            or y0 < m - 0.01
            or (self.h is not None and y1 > self.h - m + 0.01)
        ):
            raise LayoutError(
                f"{self.name}: {what!r} leaves the page ({x0:.1f},{y0:.1f},{x1:.1f},{y1:.1f})"
            )
        self.bottom[-1] = max(self.bottom[-1], y1)

    def width(self, s, font, size) -> float:
        return pdfmetrics.stringWidth(s, font, size)

    def text(self, x, y, s, font="Helvetica", size=9.0, align="l", color=BLACK, maxw=None):
        s = str(s)
        tw = self.width(s, font, size)
        if maxw is not None and tw > maxw + 0.01:
            raise LayoutError(f"{self.name}: {s!r} is wider ({tw:.1f}) than its cell ({maxw:.1f})")
        x0 = x if align == "l" else (x - tw if align == "r" else x - tw / 2)
        box = (x0, y - 0.74 * size, x0 + tw, y + 0.2 * size)
        self._bound(*box, s)
        for ob, os_ in self.runs[-1]:
            if (
                box[0] < ob[2] - 0.3
                and ob[0] < box[2] - 0.3
                and box[1] < ob[3] - 0.3
                and ob[1] < box[3] - 0.3
            ):
                raise LayoutError(f"{self.name}: {s!r} overlaps {os_!r}")
        self.runs[-1].append((box, s))
        self.pages[-1].append(("text", x0, y, s, font, size, color))
        return tw

    def line(self, x1, y1, x2, y2, lw=0.5, color=BLACK, dash=None):
        self._bound(min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2), "line")
        self.pages[-1].append(("line", x1, y1, x2, y2, lw, color, dash))

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.5):
        self._bound(x, y, x + w, y + h, "rect")
        self.pages[-1].append(("rect", x, y, w, h, stroke, fill, lw))

    def circle(self, cx, cy, r, stroke=BLACK, fill=None, lw=0.5):
        self._bound(cx - r, cy - r, cx + r, cy + r, "circle")
        self.pages[-1].append(("circle", cx, cy, r, stroke, fill, lw))

    def poly(self, pts, fill=BLACK, stroke=None, lw=0.5):
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        self._bound(min(xs), min(ys), max(xs), max(ys), "poly")
        self.pages[-1].append(("poly", pts, fill, stroke, lw))

    def all_text(self) -> list[str]:
        return [s for page in self.runs for _, s in page]

    @staticmethod
    def _paint(c, stroke, fill, lw):
        c.setLineWidth(lw)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        return (1 if stroke else 0), (1 if fill else 0)

    def _draw(self, c, op, H):
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color = op
            c.setFillColorRGB(*color)
            c.setFont(font, size)
            c.drawString(x, H - y, s)
        elif kind == "line":
            _, x1, y1, x2, y2, lw, color, dash = op
            self._paint(c, color, None, lw)
            c.setDash(*(dash if dash else ([], 0)))
            c.line(x1, H - y1, x2, H - y2)
            c.setDash([], 0)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            st, fi = self._paint(c, stroke, fill, lw)
            c.rect(x, H - y - h, w, h, stroke=st, fill=fi)
        elif kind == "circle":
            _, cx, cy, r, stroke, fill, lw = op
            st, fi = self._paint(c, stroke, fill, lw)
            c.circle(cx, H - cy, r, stroke=st, fill=fi)
        elif kind == "poly":
            _, pts, fill, stroke, lw = op
            p = c.beginPath()
            p.moveTo(pts[0][0], H - pts[0][1])
            for px, py in pts[1:]:
                p.lineTo(px, H - py)
            p.close()
            st, fi = self._paint(c, stroke, fill, lw)
            c.drawPath(p, stroke=st, fill=fi)

    def render(self) -> bytes:
        buf = io.BytesIO()
        c = rl_canvas.Canvas(buf, pagesize=(self.w, self.h or 100), invariant=1)
        c.setTitle(self.name)
        for pi, ops in enumerate(self.pages):
            H = self.h if self.h is not None else self.bottom[pi] + 8 * MM
            c.setPageSize((self.w, H))
            for op in ops:
                self._draw(c, op, H)
            c.showPage()
        c.save()
        return buf.getvalue()


def table(  # noqa: C901
    doc: Doc,
    x,
    y,
    cols,
    header,
    rows,
    *,
    font="Helvetica",
    bfont="Helvetica-Bold",
    size=8.5,
    lead=None,
    hfill=None,
    hcolor=BLACK,
    rule=BLACK,
    vlines=False,
    pad=3.0,
    zebra=None,
):
    """cols: [(width, align)]; cells may be a list of lines. Returns y below the table."""
    lead = lead or size * 1.5
    tw = sum(w for w, _ in cols)
    top = y

    def cells(vals, f, color, ybase):
        cx = x
        for (w, a), v in zip(cols, vals, strict=True):
            lines = v if isinstance(v, list) else [v]
            for li, s in enumerate(lines):
                if s is None or s == "":
                    continue
                tx = cx + pad if a == "l" else (cx + w - pad if a == "r" else cx + w / 2)
                doc.text(tx, ybase + li * lead, s, f, size, a, color, maxw=w - 2 * pad)
            cx += w

    if header:
        nl = max(len(h) if isinstance(h, list) else 1 for h in header)
        hh = nl * lead + 3
        if hfill:
            doc.rect(x, y, tw, hh, stroke=None, fill=hfill)
        cells(header, bfont, hcolor, y + lead * 0.72 + 1.5)
        y += hh
        doc.line(x, y, x + tw, y, 0.6, rule)
    for ri, r in enumerate(rows):
        nl = max(len(v) if isinstance(v, list) else 1 for v in r)
        rh = nl * lead + 2
        if zebra and ri % 2 == 1:
            doc.rect(x, y, tw, rh, stroke=None, fill=zebra)
        cells(r, font, BLACK, y + lead * 0.72 + 1)
        y += rh
        if not zebra:
            doc.line(x, y, x + tw, y, 0.25, (0.6, 0.6, 0.6))
    doc.line(x, y, x + tw, y, 0.6, rule)
    if vlines:
        cx = x
        for w, _ in cols[:-1]:
            cx += w
            doc.line(cx, top, cx, y, 0.3, rule)
        doc.rect(x, top, tw, y - top, stroke=rule, lw=0.6)
    return y


def kv(doc: Doc, xl, xr, y, label, value, font="Helvetica", size=9.0, vfont=None, color=BLACK):
    doc.text(xl, y, label, font, size, "l", color)
    doc.text(xr, y, value, vfont or font, size, "r", color)


def lines_at(doc: Doc, x, y, lines, font="Helvetica", size=9.0, lead=None, align="l", color=BLACK):
    lead = lead or size * 1.3
    for i, s in enumerate(lines):
        if s:
            doc.text(x, y + i * lead, s, font, size, align, color)
    return y + len(lines) * lead


def qr_box(doc: Doc, x, y, size, rng: random.Random, n=25, cross=False):
    m = size / n
    doc.rect(x, y, size, size, stroke=None, fill=(1, 1, 1))
    for r in range(n):
        for c in range(n):
            finder = (r < 7 and c < 7) or (r < 7 and c >= n - 7) or (r >= n - 7 and c < 7)
            if finder:
                continue
            if rng.random() < 0.48:
                doc.rect(x + c * m, y + r * m, m, m, stroke=None, fill=BLACK)
    for fr, fc in ((0, 0), (0, n - 7), (n - 7, 0)):
        doc.rect(x + fc * m, y + fr * m, 7 * m, 7 * m, stroke=None, fill=BLACK)
        doc.rect(x + (fc + 1) * m, y + (fr + 1) * m, 5 * m, 5 * m, stroke=None, fill=(1, 1, 1))
        doc.rect(x + (fc + 2) * m, y + (fr + 2) * m, 3 * m, 3 * m, stroke=None, fill=BLACK)
    if cross:
        s = 7 * m
        cx, cy = x + size / 2, y + size / 2
        doc.rect(cx - s / 2, cy - s / 2, s, s, stroke=(1, 1, 1), fill=BLACK, lw=1.2)
        doc.rect(cx - s * 0.1, cy - s * 0.32, s * 0.2, s * 0.64, stroke=None, fill=(1, 1, 1))
        doc.rect(cx - s * 0.32, cy - s * 0.1, s * 0.64, s * 0.2, stroke=None, fill=(1, 1, 1))


def barcode(doc: Doc, x, y, w, h, rng: random.Random):
    cx = x
    while cx < x + w - 3:
        bw = rng.choice((0.6, 0.6, 1.2, 1.8))
        if rng.random() < 0.6:
            doc.rect(cx, y, bw, h, stroke=None, fill=BLACK)
        cx += bw + rng.choice((0.6, 1.2))


class Roll:
    """Cursor-based drawing for till receipts."""

    def __init__(self, doc: Doc, margin=3.5 * MM, top=5 * MM):
        self.d = doc
        self.y = top
        self.l = margin
        self.r = doc.w - margin
        self.cx = doc.w / 2

    def _base(self, size, lead):
        b = self.y + size * 0.8
        self.y += lead or size * 1.32
        return b

    def c(self, s, font="DVM", size=7.5, lead=None, color=BLACK):
        self.d.text(self.cx, self._base(size, lead), s, font, size, "c", color)

    def left(self, s, font="DVM", size=7.5, lead=None, indent=0.0):
        self.d.text(self.l + indent, self._base(size, lead), s, font, size, "l")

    def lr(self, a, b, font="DVM", size=7.5, lead=None, bfont=None, indent=0.0):
        y = self._base(size, lead)
        self.d.text(self.l + indent, y, a, font, size, "l")
        self.d.text(self.r, y, b, bfont or font, size, "r")

    def cols(self, vals, xs, aligns, font="DVM", size=7.5, lead=None):
        y = self._base(size, lead)
        for v, x, a in zip(vals, xs, aligns, strict=True):
            if v:
                self.d.text(self.l + x, y, v, font, size, a)

    def rule(self, dash=(2, 2), lw=0.5, gap=3.0):
        self.y += gap / 2
        self.d.line(self.l, self.y, self.r, self.y, lw, BLACK, (list(dash), 0) if dash else None)
        self.y += gap / 2 + 1

    def gap(self, h):
        self.y += h


# ----------------------------------------------------------------------------------------
# truth
# ----------------------------------------------------------------------------------------


def s2(d: Decimal | None):
    return None if d is None else str(q2(d))


def price_s(u) -> str:
    """Unit prices keep their printed precision (at least two decimals, e.g. 0.046)."""
    u = D(u)
    return s2(u) if u == q2(u) else format(u.normalize(), "f")


def qty_s(q) -> str:
    q = D(q)
    s = format(q.normalize(), "f")
    return s


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
    tip=ZERO,
    rounding=ZERO,
):
    amount, total = q2(amount), q2(total)
    vat = None if vat is None else q2(vat)
    if amount + (vat or ZERO) + q2(tip) + q2(rounding) != total:
        raise AssertionError(f"arithmetic: {amount} + {vat} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": s2(amount),
        "vat": s2(vat),
        "total": s2(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doctype,
        "line_items": [
            {"description": d_, "quantity": qty_s(q), "unit_price": price_s(u), "amount": s2(a)}
            for d_, q, u, a in items
        ],
        "note": note,
    }


# ----------------------------------------------------------------------------------------
# images: scans, photos, image-only PDFs
# ----------------------------------------------------------------------------------------


def rasterize(pdf_bytes: bytes, dpi: float) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        bm = pdf[i].render(scale=dpi / 72.0)
        out.append(bm.to_pil().convert("RGB"))
    pdf.close()
    return out


def scan(
    img: Image.Image,
    nrng: np.random.Generator,
    *,
    grey=True,
    skew=0.0,
    blur=0.6,
    noise=5.0,
    specks=30,
    fade=False,
    paper=(252, 251, 248),
    pad=0,
    bed=(236, 236, 234),
    downscale=None,
) -> Image.Image:
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    if fade:
        ink = 255.0 - a
        ys = np.linspace(0, 1, h, dtype=np.float32)[:, None]
        xs = np.linspace(0, 1, w, dtype=np.float32)[None, :]
        f = 0.66 + 0.24 * (0.5 + 0.5 * np.sin(ys * nrng.uniform(4, 8) + nrng.uniform(0, 6)))
        f = f * (0.92 + 0.08 * np.cos(xs * 3.0 + nrng.uniform(0, 3)))
        a = 255.0 - ink * f[..., None]
    a = a * (np.array(paper, np.float32) / 255.0)
    if pad:
        a = cv2.copyMakeBorder(
            a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=[float(v) for v in bed]
        )
        h, w = a.shape[:2]
    if skew:
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
    if noise:
        a = a + nrng.normal(0, noise, a.shape[:2]).astype(np.float32)[..., None]
    for _ in range(specks):
        cx, cy = int(nrng.integers(0, w)), int(nrng.integers(0, h))
        r = int(nrng.integers(1, 3))
        v = float(nrng.uniform(60, 170))
        cv2.circle(a, (cx, cy), r, (v, v, v), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a, "RGB")
    if grey:
        out = out.convert("L")
    if downscale:
        nh = round(out.height * downscale / out.width)
        out = out.resize((downscale, nh), Image.LANCZOS)
    return out


def texture(W, H, nrng: np.random.Generator, kind: str) -> np.ndarray:
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    n = cv2.GaussianBlur(nrng.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 3)
    if kind == "wood":
        g = np.sin(xx * 0.035 + 4 * np.sin(yy * 0.004) + n * 0.8)
        base = np.array([138, 96, 62], np.float32)
        t = base[None, None, :] * (0.86 + 0.1 * g[..., None] + 0.03 * n[..., None])
    elif kind == "desk":
        base = np.array([196, 198, 200], np.float32)
        t = base[None, None, :] * (0.95 + 0.04 * n[..., None])
    else:  # fabric
        g = np.sin(xx * 0.9) * np.sin(yy * 0.9)
        base = np.array([62, 74, 96], np.float32)
        t = base[None, None, :] * (0.9 + 0.08 * g[..., None] + 0.05 * n[..., None])
    return t


def photo(
    img: Image.Image,
    nrng: np.random.Generator,
    *,
    long_side: int,
    quality: int,
    bg="wood",
    fold=True,
) -> tuple[Image.Image, int]:
    paper = np.asarray(img).astype(np.float32)
    ph, pw = paper.shape[:2]
    portrait = ph >= pw
    H = long_side if portrait else int(long_side * 0.75)
    W = int(long_side * nrng.uniform(0.72, 0.78)) if portrait else long_side
    s = min(0.84 * W / pw, 0.9 * H / ph)
    tw, th = pw * s, ph * s
    paper = cv2.resize(paper, (int(tw), int(th)), interpolation=cv2.INTER_AREA)
    ph, pw = paper.shape[:2]
    if fold:
        yy = np.arange(ph, dtype=np.float32)[:, None]
        pos = ph * nrng.uniform(0.35, 0.65)
        band = np.exp(-(((yy - pos) / (ph * 0.006)) ** 2))
        side = np.where(yy > pos, 0.965, 1.0).astype(np.float32)
        paper = paper * ((1 - 0.16 * band) * side)[..., None]
    cx = W / 2 + nrng.uniform(-0.03, 0.03) * W
    cy = H / 2 + nrng.uniform(-0.02, 0.02) * H
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    ang = math.radians(nrng.uniform(-3, 3))
    dst = []
    for px, py in ((-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)):
        rx = px * math.cos(ang) - py * math.sin(ang)
        ry = px * math.sin(ang) + py * math.cos(ang)
        dst.append(
            [cx + rx + nrng.uniform(-0.03, 0.03) * pw, cy + ry + nrng.uniform(-0.02, 0.02) * ph]
        )
    # perspective: top edge slightly narrower (camera tilted)
    k = nrng.uniform(0.02, 0.05) * pw
    dst[0][0] += k
    dst[1][0] -= k
    dst = np.float32(dst)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(paper, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    bgimg = texture(W, H, nrng, bg)
    sh = np.roll(np.roll(mask, 14, axis=0), 10, axis=1)
    sh = cv2.GaussianBlur(sh, (0, 0), 18)
    bgimg = bgimg * (1 - 0.5 * sh)[..., None]
    comp = bgimg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = nrng.uniform(0, W), nrng.uniform(0, H * 0.4)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W, H)
    light = 1.06 - 0.32 * dist
    # soft cast shadow across one corner (phone / hand)
    a0 = nrng.uniform(0.55, 0.8)
    edge = (xx / W) * math.cos(a0) + (yy / H) * math.sin(a0)
    cut = nrng.uniform(1.05, 1.25)
    shadow = 1 - 0.22 / (1 + np.exp(-(edge - cut) * 25))
    comp = comp * (light * shadow)[..., None] * np.array([1.0, 0.985, 0.94], np.float32)
    comp = cv2.GaussianBlur(comp, (0, 0), 0.7)
    comp = comp + nrng.normal(0, 3.5, comp.shape).astype(np.float32)
    out = Image.fromarray(np.clip(comp, 0, 255).astype(np.uint8), "RGB")
    return out, quality


def image_pdf(img: Image.Image, dpi: float, quality=82) -> bytes:
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=quality)
    jb.seek(0)
    w_pt, h_pt = img.width * 72.0 / dpi, img.height * 72.0 / dpi
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(w_pt, h_pt), invariant=1)
    c.drawImage(ImageReader(jb), 0, 0, w_pt, h_pt)
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------------------
# documents
# ----------------------------------------------------------------------------------------

REGISTRY: dict[str, dict] = {}


def doc_def(name, *, kind, ext, country, lang, typ, post):
    def deco(fn):
        REGISTRY[name] = {
            "fn": fn,
            "kind": kind,
            "ext": ext,
            "country": country,
            "lang": lang,
            "typ": typ,
            "post": post,
        }
        return fn

    return deco


def line_items(rows):
    """rows: (desc, qty, unit) -> (desc, qty, unit, amount) with amount = q2(qty*unit)."""
    return [(d_, D(q), D(u), q2(D(q) * D(u))) for d_, q, u in rows]


# --- i01 DE: 2. Abschlagsrechnung, cumulative, 5 % Sicherheitseinbehalt ----------------------
@doc_def(
    "i01",
    kind="pdf",
    ext="pdf",
    country="DE",
    lang="de",
    typ="2. Abschlagsrechnung (progress, cumulative) with 5 % Sicherheitseinbehalt",
    post=None,
)
def i01(rng, nrng):
    m = money_fmt(".", ",")
    doc = Doc("i01", *A4)
    doc.money = m
    W = A4[0]
    L, R = 25 * MM, W - 20 * MM
    green = (0.16, 0.36, 0.22)
    # logo: roof + wordmark
    doc.poly([(R - 62 * MM, 24 * MM), (R - 54 * MM, 14 * MM), (R - 46 * MM, 24 * MM)], fill=green)
    doc.rect(R - 60 * MM, 24 * MM, 12 * MM, 6 * MM, stroke=None, fill=green)
    doc.text(R, 22 * MM, "REINHARDT", "Helvetica-Bold", 20, "r", green)
    doc.text(R, 28 * MM, "HOLZBAU · ZIMMEREI · DACH", "Helvetica", 7.5, "r", GREY)
    doc.text(
        L,
        47 * MM,
        "Holzbau Reinhardt GmbH · Sägewerkstraße 14 · 79211 Denzlingen",
        "Helvetica",
        6.5,
        "l",
        GREY,
    )
    doc.line(L, 48.5 * MM, L + 85 * MM, 48.5 * MM, 0.3, GREY)
    lines_at(
        doc,
        L,
        55 * MM,
        ["Herrn Jonas und Frau Miriam Kessler", "Am Mühlbach 7", "79194 Gundelfingen"],
        "Helvetica",
        10,
        13,
    )
    info = [
        ("Rechnungsnummer:", "AR-2026-0147"),
        ("Rechnungsdatum:", "12.03.2026"),
        ("Kundennummer:", "10482"),
        ("Auftrag:", "A-2025-118 vom 14.10.2025"),
        ("Bauvorhaben:", "Neubau EFH Kessler"),
        ("", "Am Mühlbach 7, Gundelfingen"),
        ("Bearbeiter:", "M. Reinhardt"),
    ]
    for i, (a, b) in enumerate(info):
        y = 52 * MM + i * 11.5
        doc.text(120 * MM, y, a, "Helvetica", 8.5)
        doc.text(151 * MM, y, b, "Helvetica", 8.5)
    y = 104 * MM
    doc.text(L, y, "2. Abschlagsrechnung", "Helvetica-Bold", 15)
    doc.text(
        L, y + 16, "gemäß § 632a BGB – Leistungsstand zum 06.03.2026", "Helvetica", 9, "l", GREY
    )
    y = lines_at(
        doc,
        L,
        y + 36,
        [
            "Sehr geehrte Familie Kessler,",
            "für die bis zum 06.03.2026 erbrachten Leistungen berechnen wir Ihnen wie folgt (kumulierte Darstellung):",
        ],
        "Helvetica",
        9.5,
        13,
    )
    pos = [
        ("Abbund und Lieferung Dachstuhl, KVH Fichte", D("38400.00"), D("1.00")),
        ("Montage Dachstuhl inkl. Kran", D("12600.00"), D("1.00")),
        ("Holzrahmenwände EG/OG, geschlossene Elemente", D("54800.00"), D("0.60")),
        ("Dämmung Holzfaser und Beplankung OSB", D("21300.00"), D("0.25")),
        ("Baustelleneinrichtung, pauschal", D("3900.00"), D("1.00")),
    ]
    items = [(d_, share, c, q2(c * share)) for d_, c, share in pos]
    cols = [(12 * MM, "c"), (78 * MM, "l"), (30 * MM, "r"), (18 * MM, "r"), (27 * MM, "r")]
    rows = [
        [str(i + 1), d_, m(c), f"{int(share * 100)} %", m(a)]
        for i, (d_, share, c, a) in enumerate(items)
    ]
    y = table(
        doc,
        L,
        y + 6,
        cols,
        ["Pos.", "Leistung", "Auftrag netto €", "Stand", "kumuliert €"],
        rows,
        size=8.5,
        lead=13,
        hfill=(0.88, 0.92, 0.89),
    )
    cum = sum(a for *_, a in items)
    prev = D("46200.00")
    net = cum - prev
    vat = q2(net * D("0.19"))
    gross = net + vat
    sbe = q2(gross * D("0.05"))
    pay = gross - sbe
    xl, xr = 95 * MM, R
    y += 16
    kv(doc, xl, xr, y, "Leistung kumuliert netto", m(cum) + " €", size=9)
    kv(
        doc,
        xl,
        xr,
        y + 13,
        "abzgl. 1. Abschlagsrechnung AR-2026-0061 (netto)",
        "-" + m(prev) + " €",
        size=9,
    )
    doc.line(xl, y + 18, xr, y + 18, 0.4)
    kv(doc, xl, xr, y + 29, "Nettobetrag dieser Abschlagsrechnung", m(net) + " €", size=9)
    kv(doc, xl, xr, y + 42, "zzgl. 19 % Umsatzsteuer", m(vat) + " €", size=9)
    doc.line(xl, y + 47, xr, y + 47, 0.4)
    kv(doc, xl, xr, y + 59, "Rechnungsbetrag brutto", m(gross) + " €", "Helvetica-Bold", 10)
    kv(
        doc,
        xl,
        xr,
        y + 74,
        "abzgl. 5 % Sicherheitseinbehalt (§ 9 Bauvertrag)",
        "-" + m(sbe) + " €",
        size=9,
    )
    doc.rect(xl - 3, y + 80, xr - xl + 6, 18, stroke=green, fill=(0.93, 0.96, 0.93), lw=0.8)
    kv(doc, xl, xr, y + 93, "Zahlbetrag", m(pay) + " €", "Helvetica-Bold", 11)
    y += 118
    y = lines_at(
        doc,
        L,
        y,
        [
            "Bitte überweisen Sie den Zahlbetrag ohne Abzug bis zum 26.03.2026 unter Angabe der Rechnungsnummer.",
            "Der Sicherheitseinbehalt wird mit der Schlussrechnung bzw. nach Ablauf der Gewährleistung fällig.",
            "Leistungszeitraum: 09.02.2026 bis 06.03.2026. Die Abschlagsrechnung ist keine Schlussrechnung.",
            "",
            "Mit freundlichen Grüßen",
            "Holzbau Reinhardt GmbH",
        ],
        "Helvetica",
        9,
        12.5,
    )
    fy = 270 * MM
    doc.line(L, fy - 10, R, fy - 10, 0.4, green)
    lines_at(
        doc,
        L,
        fy,
        [
            "Holzbau Reinhardt GmbH",
            "Sägewerkstraße 14, 79211 Denzlingen",
            "Tel. 07666 93 41-0",
            "info@holzbau-reinhardt.de",
        ],
        "Helvetica",
        6.8,
        8.6,
        color=GREY,
    )
    lines_at(
        doc,
        L + 58 * MM,
        fy,
        [
            "Sparkasse Freiburg-Nördlicher Breisgau",
            "IBAN DE41 6805 0101 0012 7735 92",
            "BIC FRSPDE66XXX",
        ],
        "Helvetica",
        6.8,
        8.6,
        color=GREY,
    )
    lines_at(
        doc,
        L + 115 * MM,
        fy,
        [
            "Amtsgericht Freiburg HRB 701234",
            "Geschäftsführer: Markus Reinhardt",
            "USt-IdNr. DE287415936",
            "St.-Nr. 06015/41827",
        ],
        "Helvetica",
        6.8,
        8.6,
        color=GREY,
    )
    t = truth(
        number="AR-2026-0147",
        date="2026-03-12",
        due="2026-03-26",
        vendor="Holzbau Reinhardt GmbH",
        amount=net,
        vat=vat,
        total=gross,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        doctype="invoice",
        items=[(d_, p, c, a) for d_, p, c, a in items],
        note=f"2. Abschlagsrechnung in cumulative form: 93.105,00 net performed to date minus the 1st instalment's net gives this bill's net 46.905,00 + 19 % USt = 55.816,95 (keyed total); a 5 % Sicherheitseinbehalt is then withheld, so the Zahlbetrag {m(pay)} is payable. Line items are cumulative (quantity = completion share, unit_price = contract sum) and do not sum to the net.",
    )
    return doc, t


# --- i02 AT: Schlussrechnung over two pages, deducting Teilrechnungen with USt, Skonto -------
@doc_def(
    "i02",
    kind="pdf",
    ext="pdf",
    country="AT",
    lang="de",
    typ="Schlussrechnung (final) deducting two Teilrechnungen incl. USt, 3 % Skonto offer, 2 pages",
    post=None,
)
def i02(rng, nrng):
    m = money_fmt(".", ",")
    doc = Doc("i02", *A4)
    doc.money = m
    W = A4[0]
    L, R = 20 * MM, W - 18 * MM
    blue = (0.05, 0.25, 0.55)
    yel = (0.98, 0.78, 0.1)

    def header(page_no):
        doc.rect(0 + 2, 2, W - 4, 26 * MM, stroke=None, fill=blue)
        doc.poly(
            [
                (L, 8 * MM),
                (L + 9 * MM, 8 * MM),
                (L + 4 * MM, 15 * MM),
                (L + 10 * MM, 15 * MM),
                (L + 2 * MM, 24 * MM),
                (L + 4 * MM, 17 * MM),
                (L - 1 * MM, 17 * MM),
            ],
            fill=yel,
        )
        doc.text(L + 15 * MM, 15 * MM, "ELEKTROTECHNIK HOFER", "DVB", 17, "l", (1, 1, 1))
        doc.text(
            L + 15 * MM,
            21 * MM,
            "Elektrotechnik Hofer GmbH · Industriestraße 22 · 4600 Wels · Tel. +43 7242 61 880",
            "DV",
            7,
            "l",
            (1, 1, 1),
        )
        doc.text(R, 21 * MM, f"Seite {page_no} von 2", "DV", 7.5, "r", (1, 1, 1))

    header(1)
    lines_at(
        doc,
        L,
        42 * MM,
        [
            "Bäckerei Lindner KG",
            "z. H. Herrn Florian Lindner",
            "Stadtplatz 9",
            "4690 Schwanenstadt",
            "UID: ATU57719384",
        ],
        "DV",
        9.5,
        12.5,
    )
    info = [
        ("Rechnungs-Nr.", "2026/0318"),
        ("Rechnungsdatum", "24.04.2026"),
        ("Leistungszeitraum", "12.01.–17.04.2026"),
        ("Projekt", "P-25-077 Backstube Neu"),
        ("Kunden-Nr.", "D-2291"),
        ("Unsere UID", "ATU68452197"),
    ]
    for i, (a, b) in enumerate(info):
        y = 42 * MM + i * 11.5
        doc.text(118 * MM, y, a, "DV", 8.2, "l", GREY)
        doc.text(R, y, b, "DV", 8.2, "r")
    doc.text(L, 84 * MM, "SCHLUSSRECHNUNG", "DVB", 15, "l", blue)
    doc.text(
        L,
        84 * MM + 14,
        "Elektroinstallation Backstube und Verkaufsraum lt. Angebot A-25-1190 vom 02.12.2025",
        "DV",
        8.5,
    )
    rows = [
        ("NYM-J 3x1,5 mm² liefern und verlegen", "420", "m", "3.85"),
        ("NYM-J 5x2,5 mm² liefern und verlegen", "160", "m", "5.90"),
        ("Unterverteiler UV 4-reihig komplett bestückt", "2", "Stk", "1240.00"),
        ("FI/LS-Schalter 2-polig B16 30 mA", "18", "Stk", "96.50"),
        ("Schuko-Steckdose AP IP44", "36", "Stk", "24.80"),
        ("LED-Hallenleuchte 150 W, 4000 K", "24", "Stk", "189.00"),
        ("Anschluss Etagenbackofen 400 V", "3", "Stk", "265.00"),
        ("Kabeltrasse 200 mm montieren", "85", "m", "27.40"),
        ("Potentialausgleich Backstube", "1", "psch", "680.00"),
        ("Notbeleuchtung Einzelbatterie 3 h", "12", "Stk", "142.00"),
        ("E-Befund / Messprotokoll nach ÖVE/ÖNORM E 8101", "1", "psch", "540.00"),
        ("Regiestunden Monteur", "46", "h", "68.00"),
        ("Regiestunden Helfer", "38", "h", "52.00"),
        ("Kleinmaterial, Befestigung", "1", "psch", "410.00"),
    ]
    items = [(d_, D(q), u, D(p), q2(D(q) * D(p))) for d_, q, u, p in rows]
    cols = [
        (10 * MM, "r"),
        (78 * MM, "l"),
        (16 * MM, "r"),
        (12 * MM, "l"),
        (24 * MM, "r"),
        (30 * MM, "r"),
    ]
    hdr = ["Pos", "Bezeichnung", "Menge", "ME", "EP €", "GP €"]
    p1 = items[:10]
    p2 = items[10:]
    trows = [
        [f"{i + 1:02d}", d_, fmt(q, ".", ",", 0), u, m(p), m(a)]
        for i, (d_, q, u, p, a) in enumerate(p1)
    ]
    y = table(
        doc,
        L,
        84 * MM + 24,
        cols,
        hdr,
        trows,
        font="DV",
        bfont="DVB",
        size=8.2,
        lead=12.5,
        hfill=(0.9, 0.93, 0.97),
    )
    carry = sum(a for *_, a in p1)
    kv(doc, 118 * MM, R - 3, y + 14, "Übertrag", m(carry), "DVB", 9)
    doc.text(L, 282 * MM, "Fortsetzung auf Seite 2", "DV", 7.5, "l", GREY)
    doc.new_page()
    header(2)
    doc.text(L, 38 * MM, "Schlussrechnung 2026/0318 vom 24.04.2026 – Fortsetzung", "DVB", 9.5)
    kv(doc, 118 * MM, R - 3, 46 * MM, "Übertrag von Seite 1", m(carry), "DV", 9)
    trows = [
        [f"{i + 11:02d}", d_, fmt(q, ".", ",", 0), u, m(p), m(a)]
        for i, (d_, q, u, p, a) in enumerate(p2)
    ]
    y = table(
        doc,
        L,
        50 * MM,
        cols,
        hdr,
        trows,
        font="DV",
        bfont="DVB",
        size=8.2,
        lead=12.5,
        hfill=(0.9, 0.93, 0.97),
    )
    net = sum(a for *_, a in items)
    vat = q2(net * D("0.20"))
    gross = net + vat
    xl, xr = 95 * MM, R - 3
    y += 16
    kv(doc, xl, xr, y, "Gesamtleistung netto", m(net), "DV", 9)
    kv(doc, xl, xr, y + 13, "zzgl. 20 % USt", m(vat), "DV", 9)
    doc.line(xl, y + 18, xr, y + 18, 0.5)
    kv(doc, xl, xr, y + 30, "Gesamtbetrag brutto EUR", m(gross), "DVB", 10)
    y += 52
    doc.text(L, y, "abzüglich bereits verrechneter Teilrechnungen", "DVB", 9)
    tr = [
        ("1. Teilrechnung TR-2026/0112 vom 20.02.2026", D("8000.00")),
        ("2. Teilrechnung TR-2026/0207 vom 27.03.2026", D("9500.00")),
    ]
    tcols = [(78 * MM, "l"), (30 * MM, "r"), (28 * MM, "r"), (30 * MM, "r")]
    trr = []
    paid = ZERO
    for lab, n_ in tr:
        v_ = q2(n_ * D("0.20"))
        trr.append([lab, "-" + m(n_), "-" + m(v_), "-" + m(n_ + v_)])
        paid += n_ + v_
    y = table(
        doc,
        L,
        y + 6,
        tcols,
        ["", "netto", "USt 20 %", "brutto"],
        trr,
        font="DV",
        bfont="DVB",
        size=8.2,
        lead=12.5,
    )
    rest = gross - paid
    y += 16
    kv(doc, xl, xr, y, "Summe Teilrechnungen (bezahlt)", "-" + m(paid), "DV", 9)
    doc.rect(xl - 3, y + 6, xr - xl + 6, 18, stroke=blue, fill=(0.93, 0.95, 0.99), lw=0.8)
    kv(doc, xl, xr, y + 19, "Offener Restbetrag EUR", m(rest), "DVB", 10.5)
    sk = q2(rest * D("0.03"))
    y += 44
    y = lines_at(
        doc,
        L,
        y,
        [
            "Zahlungsbedingungen: zahlbar bis 24.05.2026 netto ohne Abzug.",
            f"Bei Zahlung bis 04.05.2026 gewähren wir 3 % Skonto auf den Restbetrag: Skonto {m(sk)} EUR,",
            f"Zahlbetrag bei Skontoabzug {m(rest - sk)} EUR.",
            "Die Umsatzsteuer der Teilrechnungen wird in dieser Schlussrechnung abgerechnet.",
        ],
        "DV",
        8.8,
        12.5,
    )
    fy = 272 * MM
    doc.line(L, fy - 10, R, fy - 10, 0.4, blue)
    lines_at(
        doc,
        L,
        fy,
        [
            "Elektrotechnik Hofer GmbH",
            "Industriestraße 22, 4600 Wels",
            "FN 412345 x, Landesgericht Wels",
        ],
        "DV",
        6.8,
        8.6,
        color=GREY,
    )
    lines_at(
        doc,
        L + 62 * MM,
        fy,
        ["Raiffeisenbank Wels", "IBAN AT61 3484 0000 0471 2093", "BIC RZOOAT2L484"],
        "DV",
        6.8,
        8.6,
        color=GREY,
    )
    lines_at(
        doc,
        L + 120 * MM,
        fy,
        ["UID-Nr. ATU68452197", "Konzessioniertes Elektrounternehmen", "office@hofer-elektro.at"],
        "DV",
        6.8,
        8.6,
        color=GREY,
    )
    t = truth(
        number="2026/0318",
        date="2026-04-24",
        due="2026-05-24",
        vendor="Elektrotechnik Hofer GmbH",
        amount=net,
        vat=vat,
        total=gross,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        doctype="invoice",
        items=[(d_, q, p, a) for d_, q, u, p, a in items],
        note=f"Schlussrechnung over 2 pages with an Übertrag: the whole work {m(net)} net + 20 % USt = {m(gross)} (keyed total); two Teilrechnungen are deducted with their USt ({m(paid)}), leaving Restbetrag {m(rest)}; 3 % Skonto offered on the Restbetrag ({m(rest - sk)}). Due date = the 'netto' date, not the Skonto date.",
    )
    return doc, t


# --- i03 FR: situation de travaux n°3, retenue de garantie 5 % ---------------------------------
@doc_def(
    "i03",
    kind="scan",
    ext="png",
    country="FR",
    lang="fr",
    typ="Situation de travaux n°3 (cumulative) with 5 % retenue de garantie",
    post=("scan", {"dpi": 170, "grey": False, "blur": 0.6, "noise": 3.5, "specks": 40}),
)
def i03(rng, nrng):
    m = money_fmt(" ", ",")
    doc = Doc("i03", *A4)
    doc.money = m
    W = A4[0]
    L, R = 18 * MM, W - 18 * MM
    brown = (0.45, 0.25, 0.1)
    doc.rect(L, 14 * MM, 16 * MM, 16 * MM, stroke=brown, fill=None, lw=1.6)
    doc.text(L + 8 * MM, 25 * MM, "MD", "Times-Bold", 18, "c", brown)
    doc.text(L + 20 * MM, 21 * MM, "Menuiserie Duval & Fils", "Times-Bold", 18, "l", brown)
    doc.text(
        L + 20 * MM,
        28 * MM,
        "SARL au capital de 20 000 € – Menuiserie bois & alu – Agencement",
        "Times-Italic",
        8.5,
        "l",
        GREY,
    )
    lines_at(
        doc,
        L,
        42 * MM,
        [
            "18 rue des Artisans",
            "44300 Nantes",
            "Tél. 02 40 52 18 73",
            "contact@menuiserie-duval.fr",
        ],
        "Times-Roman",
        9,
        11,
    )
    doc.rect(112 * MM, 38 * MM, R - 112 * MM, 30 * MM, stroke=BLACK, lw=0.6)
    lines_at(
        doc,
        116 * MM,
        44 * MM,
        ["SCI Les Tilleuls", "c/o Cabinet Gérance Atlantique", "7 allée Duquesne", "44000 Nantes"],
        "Times-Roman",
        10,
        12.5,
    )
    doc.text(L, 80 * MM, "FACTURE – SITUATION DE TRAVAUX N° 3", "Times-Bold", 13)
    info = [
        ("Facture n° :", "SIT-2026-031"),
        ("Date :", "31/03/2026"),
        ("Échéance :", "30/04/2026"),
        ("Marché :", "M-2025-044 du 18/09/2025"),
        ("Chantier :", "Réhabilitation de 12 logements, 3 rue Aristide-Briand, 44400 Rezé"),
    ]
    for i, (a, b) in enumerate(info):
        doc.text(L, 88 * MM + i * 12, a, "Times-Bold", 9.5)
        doc.text(L + 24 * MM, 88 * MM + i * 12, b, "Times-Roman", 9.5)
    lots = [
        ("Lot 04a – Menuiseries extérieures bois/alu", D("86400.00"), D("0.75")),
        ("Lot 04b – Portes palières EI30", D("23760.00"), D("0.50")),
        ("Lot 04c – Placards et agencements", D("14520.00"), D("0.20")),
        ("Lot 04d – Escaliers bois", D("18900.00"), D("1.00")),
    ]
    items = [(d_, p, c, q2(c * p)) for d_, c, p in lots]
    cols = [(76 * MM, "l"), (32 * MM, "r"), (22 * MM, "r"), (44 * MM, "r")]
    rows = [[d_, m(c), f"{int(p * 100)} %", m(a)] for d_, p, c, a in items]
    y = table(
        doc,
        L,
        88 * MM + 66,
        cols,
        ["Désignation", "Montant marché HT", "Avancement", "Montant cumulé HT"],
        rows,
        font="Times-Roman",
        bfont="Times-Bold",
        size=9.5,
        lead=14,
        vlines=True,
        hfill=(0.95, 0.92, 0.87),
    )
    cum = sum(a for *_, a in items)
    prev = D("61230.00")
    net = cum - prev
    vat = q2(net * D("0.10"))
    ttc = net + vat
    rg = q2(ttc * D("0.05"))
    pay = ttc - rg
    xl, xr = 98 * MM, R - 3
    rows2 = [
        ("Total travaux cumulés HT", m(cum), "Times-Roman"),
        ("À déduire : situations n° 1 et 2 (HT)", "- " + m(prev), "Times-Roman"),
        ("Montant HT de la présente situation", m(net), "Times-Bold"),
        ("TVA 10 % (travaux de rénovation, art. 279-0 bis CGI)", m(vat), "Times-Roman"),
        ("Montant TTC de la situation", m(ttc), "Times-Bold"),
        ("Retenue de garantie 5 % (loi du 16/07/1971)", "- " + m(rg), "Times-Roman"),
    ]
    y += 18
    for i, (a, b, f) in enumerate(rows2):
        kv(doc, L + 40 * MM, xr, y + i * 14, a, b + " €", f, 9.5)
    y += 6 * 14
    doc.rect(xl, y - 4, R - xl, 20, stroke=BLACK, fill=(0.95, 0.92, 0.87), lw=0.8)
    kv(doc, xl + 4, xr, y + 10, "NET À PAYER", m(pay) + " €", "Times-Bold", 11.5)
    y += 40
    lines_at(
        doc,
        L,
        y,
        [
            "Règlement par virement à 30 jours date de facture. Pas d'escompte pour paiement anticipé.",
            "En cas de retard : pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire de 40 € (art. L441-10 C. com.).",
            "La retenue de garantie sera libérée à l'expiration du délai d'un an à compter de la réception des travaux.",
        ],
        "Times-Roman",
        8.5,
        11,
    )
    fy = 276 * MM
    doc.line(L, fy - 9, R, fy - 9, 0.4)
    doc.text(
        W / 2,
        fy,
        "SARL Menuiserie Duval & Fils – SIRET 512 348 907 00027 – RCS Nantes 512 348 907 – TVA intracom. FR47 512348907",
        "Times-Roman",
        7.5,
        "c",
        GREY,
    )
    doc.text(
        W / 2,
        fy + 9.5,
        "Crédit Mutuel Nantes Centre – IBAN FR76 1027 8360 2100 0204 7310 145 – BIC CMCIFR2A",
        "Times-Roman",
        7.5,
        "c",
        GREY,
    )
    t = truth(
        number="SIT-2026-031",
        date="2026-03-31",
        due="2026-04-30",
        vendor="SARL Menuiserie Duval & Fils",
        amount=net,
        vat=vat,
        total=ttc,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        doctype="invoice",
        items=items,
        note=f"Situation n°3, cumulative: cumul HT {m(cum)} minus situations 1-2 gives this situation's HT {m(net)}, TVA 10 % -> TTC {m(ttc)} (keyed total); 5 % retenue de garantie on TTC leaves net à payer {m(pay)}. Header wordmark 'Menuiserie Duval & Fils' with 'SARL au capital…' beneath; the footer prints 'SARL Menuiserie Duval & Fils', keyed with the legal form; line items are cumulative (quantity = progress share).",
    )
    return doc, t


# --- i04 ES: certificación de obra nº 4, GG + BI, retención de garantía ----------------------
@doc_def(
    "i04",
    kind="scan",
    ext="pdf",
    country="ES",
    lang="es",
    typ="Certificación de obra nº 4 (a origen / anterior / esta) with 13 % GG + 6 % BI and 5 % retención de garantía; image-only PDF",
    post=(
        "scanpdf",
        {"dpi": 200, "grey": True, "blur": 0.8, "noise": 6.0, "specks": 60, "skew": 0.0},
    ),
)
def i04(rng, nrng):
    m = money_fmt(".", ",")
    doc = Doc("i04", *A4)
    doc.money = m
    W = A4[0]
    L, R = 16 * MM, W - 16 * MM
    red = (0.62, 0.1, 0.1)
    for i in range(3):
        doc.rect(
            L + i * 5 * MM,
            14 * MM + (2 - i) * 3 * MM,
            4 * MM,
            (6 + i * 3) * MM - (2 - i) * 0 * MM,
            stroke=None,
            fill=red,
        )
    doc.text(L + 18 * MM, 20 * MM, "CONSTRUCCIONES ALVAR IBÁÑEZ", "Helvetica-Bold", 15)
    doc.text(
        L + 18 * MM, 26 * MM, "Construcciones Alvar Ibáñez, S.L. · CIF B46728391", "Helvetica", 8
    )
    doc.text(
        L + 18 * MM,
        30.5 * MM,
        "C/ de la Industria, 45 · 46980 Paterna (Valencia) · Tel. 961 32 84 10",
        "Helvetica",
        8,
    )
    doc.rect(118 * MM, 38 * MM, R - 118 * MM, 27 * MM, stroke=BLACK, lw=0.5)
    doc.text(121 * MM, 43 * MM, "CLIENTE", "Helvetica-Bold", 7.5, "l", GREY)
    lines_at(
        doc,
        121 * MM,
        48.5 * MM,
        ["Comunidad de Propietarios", "Av. del Puerto, 112", "46023 València", "CIF H98215476"],
        "Helvetica",
        9,
        11,
    )
    doc.text(L, 44 * MM, "FACTURA", "Helvetica-Bold", 16, "l", red)
    info = [
        ("Nº factura:", "F-2026/0089"),
        ("Fecha:", "30/04/2026"),
        ("Vencimiento:", "30/05/2026"),
        ("Certificación:", "nº 4 – abril 2026"),
        ("Obra:", "Rehabilitación fachada y cubierta"),
    ]
    for i, (a, b) in enumerate(info):
        doc.text(L, 51 * MM + i * 11, a, "Helvetica-Bold", 8.5)
        doc.text(L + 25 * MM, 51 * MM + i * 11, b, "Helvetica", 8.5)
    caps = [
        ("01 Demoliciones y andamiaje", "4850.00", "4850.00", "4850.00"),
        ("02 Fachada: rehabilitación y SATE", "62300.00", "49840.00", "31150.00"),
        ("03 Cubierta: impermeabilización", "27600.00", "13800.00", "0.00"),
        ("04 Gestión de residuos", "2150.00", "1720.00", "1075.00"),
        ("05 Seguridad y salud", "3100.00", "2480.00", "1550.00"),
    ]
    cols = [(62 * MM, "l"), (28 * MM, "r"), (28 * MM, "r"), (28 * MM, "r"), (32 * MM, "r")]
    rows = []
    items = []
    for d_, p, o, a in caps:
        p, o, a = D(p), D(o), D(a)
        rows.append([d_, m(p), m(o), m(a), m(o - a)])
        items.append((d_, D(1), o - a, o - a))
    pem = sum(a for *_, a in items)
    y = table(
        doc,
        L,
        88 * MM,
        cols,
        ["Capítulo", "Presupuesto", "A origen", "Anterior", "Esta certificación"],
        rows,
        size=8.5,
        lead=13,
        vlines=True,
        hfill=LIGHT,
    )
    kv(doc, L + 3, R - 3, y + 13, "Total ejecución material", m(pem), "Helvetica-Bold", 9)
    gg = q2(pem * D("0.13"))
    bi = q2(pem * D("0.06"))
    base = pem + gg + bi
    iva = q2(base * D("0.21"))
    tot = base + iva
    ret = q2(base * D("0.05"))
    liq = tot - ret
    xl, xr = 100 * MM, R - 3
    y += 36
    rows2 = [
        ("Ejecución material esta certificación", m(pem), "Helvetica"),
        ("13 % Gastos generales", m(gg), "Helvetica"),
        ("6 % Beneficio industrial", m(bi), "Helvetica"),
        ("Base imponible", m(base), "Helvetica-Bold"),
        ("IVA 21 %", m(iva), "Helvetica"),
        ("TOTAL CERTIFICACIÓN", m(tot), "Helvetica-Bold"),
        ("Retención de garantía 5 % s/ base imponible", "-" + m(ret), "Helvetica"),
    ]
    for i, (a, b, f) in enumerate(rows2):
        kv(doc, xl, xr, y + i * 13.5, a, b + " €", f, 9)
    y += 7 * 13.5 + 4
    doc.rect(xl - 3, y, R - xl + 3, 19, stroke=BLACK, fill=LIGHT, lw=0.8)
    kv(doc, xl, xr, y + 13, "LÍQUIDO A PERCIBIR", m(liq) + " €", "Helvetica-Bold", 10.5)
    y += 40
    lines_at(
        doc,
        L,
        y,
        [
            "Forma de pago: transferencia bancaria a 30 días fecha factura.",
            "IBAN ES21 2100 1234 5102 0045 8831 (CaixaBank). La retención de garantía se abonará a la recepción definitiva de la obra.",
            "Conforme Dirección Facultativa: Arq. Elena Sanchis Mora – certificación aprobada el 28/04/2026.",
        ],
        "Helvetica",
        8,
        11,
    )
    doc.text(
        W / 2,
        283 * MM,
        "Inscrita en el Registro Mercantil de Valencia, Tomo 8.412, Libro 5.703, Folio 118, Hoja V-114372, Inscripción 1ª",
        "Helvetica",
        6.8,
        "c",
        GREY,
    )
    t = truth(
        number="F-2026/0089",
        date="2026-04-30",
        due="2026-05-30",
        vendor="Construcciones Alvar Ibáñez, S.L.",
        amount=base,
        vat=iva,
        total=tot,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        doctype="invoice",
        items=items,
        note=f"Certificación nº 4: chapters show a origen / anterior / esta certificación; PEM {m(pem)} + 13 % GG + 6 % BI = base imponible {m(base)}, IVA 21 % -> TOTAL CERTIFICACIÓN {m(tot)} (keyed total); 5 % retención de garantía leaves líquido a percibir {m(liq)}. Line items = 'esta certificación' per chapter (PEM, before GG/BI). Image-only PDF.",
    )
    return doc, t


# --- i05 US: progress billing with 10 % retainage -----------------------------------------
@doc_def(
    "i05",
    kind="photo",
    ext="jpg",
    country="US",
    lang="en",
    typ="Progress billing / pay application no. 5 with schedule of values and 10 % retainage",
    post=("photo", {"dpi": 220, "bg": "desk"}),
)
def i05(rng, nrng):
    m = money_fmt(",", ".")
    doc = Doc("i05", *LETTER)
    doc.money = m
    W = LETTER[0]
    L, R = 0.55 * 72, W - 0.55 * 72
    navy = (0.1, 0.18, 0.32)
    doc.circle(L + 16, 44, 15, stroke=None, fill=navy)
    doc.poly([(L + 8, 50), (L + 16, 34), (L + 24, 50)], fill=(1, 1, 1))
    doc.text(L + 38, 42, "CEDAR RIDGE MECHANICAL", "Helvetica-Bold", 16, "l", navy)
    doc.text(
        L + 38,
        54,
        "Cedar Ridge Mechanical, Inc. · 2150 Industrial Pkwy, Suite B · Hayward, CA 94545 · (510) 783-4410",
        "Helvetica",
        7.5,
        "l",
        GREY,
    )
    doc.text(
        L + 38,
        63,
        "CSLB License #987654 (C-20, C-36) · DIR #1000045128",
        "Helvetica",
        7.5,
        "l",
        GREY,
    )
    doc.text(R, 92, "PROGRESS BILLING", "Helvetica-Bold", 14, "r")
    info = [
        ("Invoice #", "PB-2026-0413"),
        ("Application No.", "5"),
        ("Period To", "04/30/2026"),
        ("Invoice Date", "05/01/2026"),
        ("Due Date", "05/31/2026"),
        ("Terms", "Net 30"),
    ]
    for i, (a, b) in enumerate(info):
        doc.text(R - 150, 108 + i * 11, a, "Helvetica-Bold", 8)
        doc.text(R, 108 + i * 11, b, "Helvetica", 8, "r")
    lines_at(
        doc,
        L,
        96,
        [
            "BILL TO",
            "Northgate Builders LLC",
            "Attn: Accounts Payable",
            "880 Marina Village Pkwy",
            "Alameda, CA 94501",
        ],
        "Helvetica",
        8.5,
        11,
    )
    lines_at(
        doc,
        L + 190,
        96,
        [
            "PROJECT",
            "Oakmont Medical Office Bldg.",
            "4411 Oakmont Blvd, San Leandro, CA",
            "Job #24-118 · PO #NB-7760",
        ],
        "Helvetica",
        8.5,
        11,
    )
    sov = [
        ("1", "Mobilization / bonds", "18500", "18500", "0"),
        ("2", "HVAC equipment (RTUs, AHU)", "164000", "98400", "41000"),
        ("3", "Ductwork & insulation", "121300", "60650", "24260"),
        ("4", "Hydronic piping", "86200", "34480", "17240"),
        ("5", "Controls / BMS", "52800", "0", "10560"),
        ("6", "Test, adjust & balance", "21700", "0", "0"),
        ("7", "Closeout / O&M manuals", "18000", "0", "0"),
        ("CO1", "Change order #1 – add VAV boxes", "12640", "0", "12640"),
        ("CO2", "Change order #2 – relocate RTU curb", "5600", "5600", "0"),
    ]
    cols = [(26, "c"), (150, "l"), (66, "r"), (66, "r"), (66, "r"), (66, "r"), (34, "r"), (64, "r")]
    rows = []
    items = []
    tot_sv = tot_prev = tot_this = ZERO
    for no, d_, sv, pv, th in sov:
        sv, pv, th = D(sv), D(pv), D(th)
        done = pv + th
        pct = (done / sv * 100).quantize(D("1"), rounding=ROUND_HALF_UP)
        rows.append([no, d_, m(sv), m(pv), m(th), m(done), f"{pct}%", m(sv - done)])
        tot_sv += sv
        tot_prev += pv
        tot_this += th
        if th:
            items.append((d_, D(1), th, th))
    done_all = tot_prev + tot_this
    rows.append(
        ["", "TOTALS", m(tot_sv), m(tot_prev), m(tot_this), m(done_all), "", m(tot_sv - done_all)]
    )
    y = table(
        doc,
        L,
        176,
        cols,
        [
            "Item",
            "Description of work",
            ["Scheduled", "value"],
            ["Previous", "applications"],
            ["This", "period"],
            ["Completed", "to date"],
            "%",
            ["Balance", "to finish"],
        ],
        rows,
        size=7.6,
        lead=11,
        hfill=(0.86, 0.89, 0.94),
        vlines=True,
    )
    ret = q2(tot_this * D("0.10"))
    due = tot_this - ret
    ret_all = q2(done_all * D("0.10"))
    xl, xr = 300, R - 3
    y += 16
    summ = [
        ("Original contract sum", m(D("482500"))),
        ("Net change by change orders", m(D("18240"))),
        ("Contract sum to date", m(tot_sv)),
        ("Total completed to date", m(done_all)),
        ("Retainage held to date (10%)", m(ret_all)),
    ]
    for i, (a, b) in enumerate(summ):
        kv(doc, L, L + 220, y + i * 12, a, "$" + b, "Helvetica", 8)
    rows2 = [
        ("Work completed this period", "$" + m(tot_this), "Helvetica-Bold"),
        ("Total this invoice", "$" + m(tot_this), "Helvetica-Bold"),
        ("Less retainage 10%", "($" + m(ret) + ")", "Helvetica"),
    ]
    for i, (a, b, f) in enumerate(rows2):
        kv(doc, xl, xr, y + i * 12, a, b, f, 8.5)
    yb = y + 3 * 12 + 2
    doc.rect(xl - 4, yb, xr - xl + 7, 18, stroke=navy, fill=(0.9, 0.92, 0.96), lw=1)
    kv(doc, xl, xr, yb + 12.5, "CURRENT PAYMENT DUE", "$" + m(due), "Helvetica-Bold", 10)
    y = yb + 40
    lines_at(
        doc,
        L,
        y,
        [
            "Please remit to Cedar Ridge Mechanical, Inc., P.O. Box 5521, Hayward, CA 94540, or ACH: Bank of the West, ABA 121100782, Acct 0048 2210 773.",
            "Retainage will be billed upon substantial completion. Conditional waiver and release on progress payment enclosed.",
            "Questions: billing@cedarridgemech.com · Reference invoice # on all payments.",
        ],
        "Helvetica",
        7.5,
        10,
    )
    t = truth(
        number="PB-2026-0413",
        date="2026-05-01",
        due="2026-05-31",
        vendor="Cedar Ridge Mechanical, Inc.",
        amount=tot_this,
        vat=None,
        total=tot_this,
        currency="USD",
        locale="en-US",
        layout="invoice",
        doctype="invoice",
        items=items,
        note=f"AIA-style pay application: schedule of values with previous / this period / to date columns and contract totals ($500,740.00, ${m(done_all)} to date). This invoice bills work completed this period ${m(tot_this)} (keyed total; no tax printed, so vat null); 10 % retainage withheld -> current payment due ${m(due)}. Line items = SOV lines billed this period.",
    )
    return doc, t


# --- i06 UK: invoice with deposit, balance b/f, statement page ------------------------------
@doc_def(
    "i06",
    kind="pdf",
    ext="pdf",
    country="GB",
    lang="en",
    typ="Invoice less deposit paid + previous balance brought forward, page 2 statement of account",
    post=None,
)
def i06(rng, nrng):
    m = money_fmt(",", ".")
    doc = Doc("i06", *A4)
    doc.money = m
    W = A4[0]
    L, R = 18 * MM, W - 18 * MM
    plum = (0.36, 0.16, 0.36)
    doc.text(L, 24 * MM, "Harrow & Finch", "DVS", 24, "l", plum)
    doc.text(L, 30 * MM, "I N T E R I O R S", "DV", 8, "l", GREY)
    lines_at(
        doc,
        R,
        16 * MM,
        [
            "Harrow & Finch Interiors Ltd",
            "Unit 4, Canal Wharf",
            "Leeds LS11 5PS",
            "0113 496 0218",
            "accounts@harrowfinch.co.uk",
        ],
        "DV",
        8,
        10.5,
        "r",
    )
    doc.line(L, 40 * MM, R, 40 * MM, 1.2, plum)
    doc.text(L, 52 * MM, "TAX INVOICE", "DVSB", 16)
    lines_at(
        doc,
        L,
        62 * MM,
        [
            "Invoice to:",
            "The Malt House Hotel Ltd",
            "Attn: Sophie Ainsworth",
            "14 Market Place",
            "Knaresborough",
            "HG5 8AL",
        ],
        "DV",
        9,
        12,
    )
    info = [
        ("Invoice no.", "HF-10482"),
        ("Invoice date", "14 May 2026"),
        ("Tax point", "14 May 2026"),
        ("Account ref.", "MALT01"),
        ("Your order", "PO 3317"),
        ("Terms", "30 days"),
        ("Due date", "13 June 2026"),
    ]
    for i, (a, b) in enumerate(info):
        doc.text(120 * MM, 62 * MM + i * 12, a, "DVB", 8.5)
        doc.text(R, 62 * MM + i * 12, b, "DV", 8.5, "r")
    rows = [
        ("Bespoke lined curtains, Suites 1–6 (pairs)", "12", "385.00"),
        ("Roman blinds, blackout lining", "8", "146.50"),
        ("Re-upholster lounge armchairs, fabric FR-220", "6", "295.00"),
        ("Fitting labour (hours)", "14", "42.00"),
        ("Delivery", "1", "85.00"),
    ]
    items = line_items(rows)
    cols = [(96 * MM, "l"), (18 * MM, "r"), (28 * MM, "r"), (16 * MM, "r"), (16 * MM, "r")]
    trows = [[d_, qty_s(q), m(u), "20%", m(a)] for d_, q, u, a in items]
    y = table(
        doc,
        L,
        118 * MM,
        cols,
        ["Description", "Qty", "Unit price £", "VAT", "Net £"],
        trows,
        font="DV",
        bfont="DVB",
        size=8.5,
        lead=13,
        hfill=(0.94, 0.9, 0.94),
        hcolor=plum,
        rule=plum,
    )
    net = sum(a for *_, a in items)
    vat = q2(net * D("0.20"))
    tot = net + vat
    dep = D("4500.00")
    bf = D("1268.40")
    bal = tot - dep
    due = bal + bf
    xl, xr = 88 * MM, R - 3
    y += 16
    kv(doc, xl, xr, y, "Subtotal (net)", "£" + m(net), "DV", 9)
    kv(doc, xl, xr, y + 13, "VAT @ 20%", "£" + m(vat), "DV", 9)
    kv(doc, xl, xr, y + 28, "Invoice total", "£" + m(tot), "DVB", 10)
    kv(
        doc,
        xl,
        xr,
        y + 43,
        "Less: deposit received 08 Apr 2026 (quote Q-2291)",
        "-£" + m(dep),
        "DV",
        8.5,
    )
    kv(doc, xl, xr, y + 56, "Balance of this invoice", "£" + m(bal), "DV", 9)
    kv(doc, xl, xr, y + 69, "Previous balance brought forward", "£" + m(bf), "DV", 9)
    doc.rect(xl - 3, y + 76, xr - xl + 6, 19, stroke=plum, fill=(0.94, 0.9, 0.94), lw=0.9)
    kv(doc, xl, xr, y + 89, "TOTAL AMOUNT DUE", "£" + m(due), "DVB", 10.5)
    y += 118
    lines_at(
        doc,
        L,
        y,
        [
            "Please pay by BACS to Harrow & Finch Interiors Ltd, Barclays Bank, sort code 20-45-77, account 63015582,",
            "quoting HF-10482. A statement of your account is enclosed overleaf.",
        ],
        "DV",
        8.5,
        11.5,
    )
    fy = 280 * MM
    doc.line(L, fy - 9, R, fy - 9, 0.4, plum)
    doc.text(
        W / 2,
        fy,
        "Harrow & Finch Interiors Ltd · Registered in England & Wales No. 09876543 · VAT Reg. No. GB 284 5617 93",
        "DV",
        7,
        "c",
        GREY,
    )
    # page 2: statement
    doc.new_page()
    doc.text(L, 24 * MM, "Harrow & Finch", "DVS", 18, "l", plum)
    doc.text(R, 24 * MM, "STATEMENT OF ACCOUNT", "DVSB", 13, "r")
    lines_at(
        doc,
        L,
        36 * MM,
        [
            "The Malt House Hotel Ltd",
            "14 Market Place, Knaresborough HG5 8AL",
            "Account ref. MALT01",
        ],
        "DV",
        9,
        12,
    )
    doc.text(R, 36 * MM, "Statement date: 14 May 2026", "DV", 9, "r")
    st = [
        ("02 Mar 2026", "HF-10391", "Invoice", "1842.00", ""),
        ("27 Mar 2026", "BACS", "Payment received – thank you", "", "1000.00"),
        ("08 Apr 2026", "DEP-Q2291", "Deposit received, quote Q-2291", "", "4500.00"),
        ("10 Apr 2026", "HF-10433", "Invoice", "546.00", ""),
        ("22 Apr 2026", "CN-0044", "Credit note (returned cushions)", "", "119.60"),
        ("14 May 2026", "HF-10482", "Invoice", m(tot).replace(",", ""), ""),
    ]
    cols = [
        (26 * MM, "l"),
        (26 * MM, "l"),
        (62 * MM, "l"),
        (20 * MM, "r"),
        (20 * MM, "r"),
        (20 * MM, "r"),
    ]
    runbal = ZERO
    rows = []
    for dt, ref, desc, dr, cr in st:
        runbal += D(dr or 0) - D(cr or 0)
        rows.append([dt, ref, desc, m(D(dr)) if dr else "", m(D(cr)) if cr else "", m(runbal)])
    assert runbal == due, (runbal, due)
    y = table(
        doc,
        L,
        58 * MM,
        cols,
        ["Date", "Reference", "Details", "Debit £", "Credit £", "Balance £"],
        rows,
        font="DV",
        bfont="DVB",
        size=8.2,
        lead=12.5,
        hfill=(0.94, 0.9, 0.94),
        rule=plum,
    )
    kv(doc, 110 * MM, R - 3, y + 16, "Balance outstanding", "£" + m(due), "DVB", 10)
    ag = [
        ("Current", m(bal)),
        ("30 days", m(D("426.40"))),
        ("60 days", m(D("842.00"))),
        ("90+ days", "0.00"),
        ("Total", m(due)),
    ]
    cols = [(34.8 * MM, "c")] * 5
    table(
        doc,
        L,
        y + 34,
        cols,
        [a for a, _ in ag],
        [[b for _, b in ag]],
        font="DV",
        bfont="DVB",
        size=8.5,
        lead=13,
        vlines=True,
    )
    doc.text(
        L,
        y + 90,
        "Remittance advice: please return with your payment or email accounts@harrowfinch.co.uk.",
        "DV",
        8,
    )
    assert D("426.40") + D("842.00") + bal == due
    t = truth(
        number="HF-10482",
        date="2026-05-14",
        due="2026-06-13",
        vendor="Harrow & Finch Interiors Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        doctype="invoice",
        items=items,
        note=f"Invoice total £{m(tot)} (keyed); deposit £4,500.00 deducted and previous balance £1,268.40 brought forward, so TOTAL AMOUNT DUE is £{m(due)}. Page 2 is a statement of account listing other invoices (HF-10391, HF-10433), a credit note and a running balance; its figures are not this invoice's.",
    )
    return doc, t


# --- i07 NL: factuur with creditnota verrekend + aanbetaling ---------------------------------
@doc_def(
    "i07",
    kind="scan",
    ext="png",
    country="NL",
    lang="nl",
    typ="Factuur with two BTW rates, creditnota verrekend and aanbetaling reeds betaald",
    post=(
        "scan",
        {"dpi": 180, "grey": True, "blur": 0.65, "noise": 5.0, "specks": 50, "skew": 1.1},
    ),
)
def i07(rng, nrng):
    m = money_fmt(".", ",")
    doc = Doc("i07", *A4)
    doc.money = m
    W = A4[0]
    L, R = 20 * MM, W - 20 * MM
    doc.rect(L, 15 * MM, 6 * MM, 20 * MM, stroke=None, fill=BLACK)
    doc.rect(L + 7.5 * MM, 21 * MM, 6 * MM, 14 * MM, stroke=None, fill=(0.4, 0.4, 0.4))
    doc.text(L + 17 * MM, 25 * MM, "van der meulen", "DVB", 19)
    doc.text(L + 17 * MM, 32 * MM, "drukkerij · print & afwerking sinds 1962", "DV", 8, "l", GREY)
    lines_at(
        doc,
        R,
        17 * MM,
        [
            "Drukkerij Van der Meulen B.V.",
            "Industrieweg 31",
            "3044 AS Rotterdam",
            "T 010 415 62 90",
            "KvK 24356781",
            "BTW NL812345678B01",
        ],
        "DV",
        7.8,
        10,
        "r",
    )
    lines_at(
        doc,
        L,
        55 * MM,
        [
            "Stichting Cultuurhuis De Kade",
            "t.a.v. crediteurenadministratie",
            "Havenkade 12",
            "3311 BR Dordrecht",
        ],
        "DV",
        9.5,
        12.5,
    )
    doc.text(L, 88 * MM, "Factuur", "DVB", 17)
    info = [
        ("Factuurnummer", "2026-00731"),
        ("Factuurdatum", "03-06-2026"),
        ("Vervaldatum", "03-07-2026"),
        ("Klantnummer", "4410"),
        ("Uw referentie", "Seizoensbrochure 26/27"),
    ]
    for i, (a, b) in enumerate(info):
        doc.text(L + (i % 3) * 56 * MM, 97 * MM + (i // 3) * 22, a, "DV", 7.5, "l", GREY)
        doc.text(L + (i % 3) * 56 * MM, 97 * MM + (i // 3) * 22 + 10, b, "DVB", 9)
    rows = [
        ("Posters A2, 170 g/m² mc, 4/0", "500", "0.88", "21"),
        ("Flyers A5, 135 g/m², 4/4", "5000", "0.046", "21"),
        ("Programmaboekje 48 pag. geniet", "1200", "2.35", "21"),
        ("Ontwerp en opmaak (uur)", "12", "65.00", "21"),
        ("Tentoonstellingscatalogus met ISBN, gebonden", "300", "12.50", "9"),
    ]
    items = []
    trows = []
    for d_, q, u, r in rows:
        a = q2(D(q) * D(u))
        items.append((d_, D(q), D(u), a, D(r)))
        trows.append(
            [
                d_,
                fmt(D(q), ".", ",", 0),
                fmt(D(u), ".", ",", 3 if len(u.split(".")[1]) == 3 else 2),
                f"{r}%",
                m(a),
            ]
        )
    cols = [(84 * MM, "l"), (20 * MM, "r"), (24 * MM, "r"), (14 * MM, "r"), (28 * MM, "r")]
    y = table(
        doc,
        L,
        124 * MM,
        cols,
        ["Omschrijving", "Aantal", "Prijs", "BTW", "Bedrag"],
        trows,
        font="DV",
        bfont="DVB",
        size=8.5,
        lead=13,
    )
    n21 = sum(a for _, _, _, a, r in items if r == 21)
    n9 = sum(a for _, _, _, a, r in items if r == 9)
    v21 = q2(n21 * D("0.21"))
    v9 = q2(n9 * D("0.09"))
    net = n21 + n9
    vat = v21 + v9
    tot = net + vat
    cn = D("312.18")
    dep = D("2500.00")
    pay = tot - cn - dep
    xl, xr = 92 * MM, R - 3
    y += 14
    rows2 = [
        ("Totaal excl. BTW", m(net), "DV"),
        (f"BTW 21% over € {m(n21)}", m(v21), "DV"),
        (f"BTW 9% over € {m(n9)}", m(v9), "DV"),
        ("Totaal incl. BTW", m(tot), "DVB"),
        ("Verrekend: creditnota CN-2026-0042", "-" + m(cn), "DV"),
        ("Reeds betaald: aanbetaling d.d. 12-05-2026", "-" + m(dep), "DV"),
    ]
    for i, (a, b, f) in enumerate(rows2):
        kv(doc, xl, xr, y + i * 13, a, "€ " + b, f, 8.8)
    y += 6 * 13 + 3
    doc.line(xl, y - 6, xr + 3, y - 6, 0.8)
    kv(doc, xl, xr, y + 7, "Te betalen", "€ " + m(pay), "DVB", 11)
    y += 34
    lines_at(
        doc,
        L,
        y,
        [
            f"Wij verzoeken u het bedrag van € {m(pay)} uiterlijk op 03-07-2026 over te maken op",
            "NL91 RABO 0315 2748 09 t.n.v. Drukkerij Van der Meulen B.V. o.v.v. factuurnummer 2026-00731.",
            "Op al onze leveringen zijn de Grafische Voorwaarden van toepassing.",
        ],
        "DV",
        8.5,
        11.5,
    )
    doc.vat_parts = [v21, v9]
    t = truth(
        number="2026-00731",
        date="2026-06-03",
        due="2026-07-03",
        vendor="Drukkerij Van der Meulen B.V.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        doctype="invoice",
        items=[(d_, q, u, a) for d_, q, u, a, _ in items],
        note=f"Two BTW rates (21 % and 9 % for the ISBN book), Totaal incl. BTW € {m(tot)} (keyed); an earlier creditnota (-312,18) is set off and an aanbetaling (-2.500,00) was already paid, so 'Te betalen' is € {m(pay)}. Logo wordmark is lowercase 'van der meulen'; flyer price has 3 decimals.",
    )
    return doc, t


# --- i08 CH: Rechnung with Anzahlung, Skonto and QR-bill of the remaining amount ----------
@doc_def(
    "i08",
    kind="pdf",
    ext="pdf",
    country="CH",
    lang="de",
    typ="Rechnung with Rabatt, 5-Rappen rounding, Anzahlung deducted, 2 % Skonto, QR-Zahlteil for the remainder",
    post=None,
)
def i08(rng, nrng):
    m = money_fmt("'", ".")
    doc = Doc("i08", *A4)
    doc.money = m
    W, H = A4
    L, R = 20 * MM, W - 15 * MM
    doc.rect(L, 14 * MM, 12 * MM, 12 * MM, stroke=None, fill=(0.75, 0.1, 0.12))
    doc.rect(L + 5 * MM, 16.5 * MM, 2 * MM, 7 * MM, stroke=None, fill=(1, 1, 1))
    doc.rect(L + 2.5 * MM, 19 * MM, 7 * MM, 2 * MM, stroke=None, fill=(1, 1, 1))
    doc.text(L + 15 * MM, 20 * MM, "Schreinerei Ammann AG", "DVB", 15)
    doc.text(
        L + 15 * MM,
        25.5 * MM,
        "Gewerbestrasse 8 · 8604 Volketswil · 044 945 27 10 · ammann-schreinerei.ch",
        "DV",
        7.5,
        "l",
        GREY,
    )
    lines_at(
        doc,
        118 * MM,
        45 * MM,
        [
            "Praxis Dr. med. L. Baumann",
            "Frau Dr. Lea Baumann",
            "Bahnhofstrasse 41",
            "8600 Dübendorf",
        ],
        "DV",
        9.5,
        12.5,
    )
    doc.text(L, 45 * MM, "Rechnung", "DVB", 16)
    info = [
        ("Rechnung Nr.", "26-0458"),
        ("Datum", "18.06.2026"),
        ("Kunden-Nr.", "3307"),
        ("Objekt", "Umbau Empfang Praxis"),
        ("MWST-Nr.", "CHE-112.345.678 MWST"),
    ]
    for i, (a, b) in enumerate(info):
        doc.text(L, 53 * MM + i * 11, a, "DV", 8.3, "l", GREY)
        doc.text(L + 24 * MM, 53 * MM + i * 11, b, "DV", 8.3)
    rows = [
        ("Empfangstheke Eiche massiv, geölt, 3.20 m", "1", "Stk.", "6840.00"),
        ("Einbauschrank Garderobe mit Schiebetüren", "2", "Stk.", "1925.00"),
        ("Montage vor Ort (Std.)", "9.5", "Std.", "98.00"),
        ("Transport und Entsorgung Verpackung", "1", "Pausch.", "180.00"),
    ]
    items = [(d_, D(q), D(p), q2(D(q) * D(p))) for d_, q, u, p in rows]
    cols = [(88 * MM, "l"), (16 * MM, "r"), (16 * MM, "l"), (22 * MM, "r"), (30 * MM, "r")]
    trows = [
        [d_, qty_s(q), u, m(p), m(a)]
        for (d_, q, p, a), (_, _, u, _) in zip(items, rows, strict=True)
    ]
    y = table(
        doc,
        L,
        84 * MM,
        cols,
        ["Bezeichnung", "Menge", "Einheit", "Preis", "Betrag CHF"],
        trows,
        font="DV",
        bfont="DVB",
        size=8.5,
        lead=13,
    )
    sub = sum(a for *_, a in items)
    furn = items[0][3] + items[1][3]
    rab = q2(furn * D("0.05"))
    net = sub - rab
    vat = q2(net * D("0.081"))
    raw = net + vat
    tot = (raw / D("0.05")).quantize(D("1"), rounding=ROUND_HALF_UP) * D("0.05")
    tot = q2(tot)
    rnd = tot - raw
    anz = D("4000.00")
    rest = tot - anz
    sk = q2(rest * D("0.02"))
    xl, xr = 100 * MM, R - 3
    y += 12
    rows2 = [
        ("Zwischentotal", m(sub), "DV"),
        ("Rabatt 5 % auf Möbel", "-" + m(rab), "DV"),
        ("Total exkl. MWST", m(net), "DV"),
        ("MWST 8.1 %", m(vat), "DV"),
        ("Rundungsdifferenz", m(rnd), "DV"),
        ("Rechnungstotal CHF", m(tot), "DVB"),
        ("abzüglich Anzahlung vom 05.05.2026", "-" + m(anz), "DV"),
        ("Restbetrag CHF", m(rest), "DVB"),
    ]
    for i, (a, b, f) in enumerate(rows2):
        kv(doc, xl, xr, y + i * 12.5, a, b, f, 8.8)
    y += 8 * 12.5 + 8
    lines_at(
        doc,
        L,
        y,
        [
            "Zahlbar bis 18.07.2026 netto.",
            f"Bei Zahlung bis 28.06.2026 abzüglich 2 % Skonto (CHF {m(sk)}) = CHF {m(rest - sk)}.",
            "Bitte verwenden Sie den untenstehenden Einzahlungsschein (QR-Rechnung).",
        ],
        "DV",
        8.8,
        12,
    )
    # QR-bill
    top = H - 105 * MM
    doc.line(2, top, W - 2, top, 0.6, BLACK, ([3, 2], 0))
    doc.line(62 * MM, top, 62 * MM, H - 2, 0.6, BLACK, ([3, 2], 0))
    x0 = 5 * MM
    doc.text(x0, top + 12 * MM, "Empfangsschein", "DVB", 11)
    yy = lines_at(
        doc,
        x0,
        top + 19 * MM,
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Schreinerei Ammann AG",
            "Gewerbestrasse 8",
            "8604 Volketswil",
        ],
        "DV",
        7.5,
        9.2,
    )
    lines_at(
        doc,
        x0,
        yy + 4,
        [
            "Referenz",
            "21 00000 00003 26045 80000 04458",
            "",
            "Zahlbar durch",
            "Praxis Dr. med. L. Baumann",
            "Bahnhofstrasse 41",
            "8600 Dübendorf",
        ],
        "DV",
        7.5,
        9.2,
    )
    doc.text(x0, top + 88 * MM, "Währung", "DVB", 6.5)
    doc.text(x0 + 18 * MM, top + 88 * MM, "Betrag", "DVB", 6.5)
    doc.text(x0, top + 92.5 * MM, "CHF", "DV", 8.5)
    doc.text(x0 + 18 * MM, top + 92.5 * MM, m(rest), "DV", 8.5)
    doc.text(57 * MM, top + 100 * MM, "Annahmestelle", "DVB", 6.5, "r")
    x1 = 67 * MM
    doc.text(x1, top + 12 * MM, "Zahlteil", "DVB", 11)
    qr_box(doc, x1, top + 17 * MM, 46 * MM, rng, n=33, cross=True)
    doc.text(x1, top + 72 * MM, "Währung", "DVB", 7.5)
    doc.text(x1 + 20 * MM, top + 72 * MM, "Betrag", "DVB", 7.5)
    doc.text(x1, top + 77 * MM, "CHF", "DV", 9.5)
    doc.text(x1 + 20 * MM, top + 77 * MM, m(rest), "DV", 9.5)
    x2 = 118 * MM
    lines_at(
        doc,
        x2,
        top + 12 * MM,
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Schreinerei Ammann AG",
            "Gewerbestrasse 8",
            "8604 Volketswil",
            "",
            "Referenz",
            "21 00000 00003 26045 80000 04458",
            "",
            "Zusätzliche Informationen",
            "Rechnung 26-0458 / Restbetrag",
            "",
            "Zahlbar durch",
            "Praxis Dr. med. L. Baumann",
            "Bahnhofstrasse 41",
            "8600 Dübendorf",
        ],
        "DV",
        8,
        10,
    )
    t = truth(
        number="26-0458",
        date="2026-06-18",
        due="2026-07-18",
        vendor="Schreinerei Ammann AG",
        amount=net,
        vat=vat,
        total=tot,
        currency="CHF",
        locale="de-CH",
        layout="invoice",
        doctype="invoice",
        items=items,
        note=f"Apostrophe thousands; 5 % Rabatt, MWST 8.1 % and a 5-Rappen Rundungsdifferenz ({m(rnd)}, keyed as rounding) give Rechnungstotal CHF {m(tot)} (keyed total); an Anzahlung of 4'000.00 is deducted and the QR-Zahlteil shows only the Restbetrag {m(rest)}; 2 % Skonto offered ({m(rest - sk)}).",
        rounding=rnd,
    )
    return doc, t


# ---- receipts -------------------------------------------------------------------------------


@doc_def(
    "r01",
    kind="photo",
    ext="jpg",
    country="IT",
    lang="it",
    typ="Documento commerciale (IVA inclusa) paid partly with a buono regalo, cash and change",
    post=("photo", {"dpi": 250, "bg": "wood"}),
)
def r01(rng, nrng):
    m = money_fmt(".", ",")
    doc = Doc("r01", 80 * MM)
    doc.money = m
    p = Roll(doc)
    p.c("FERRAMENTA COLOMBO", "DVMB", 11, 15)
    p.c("Ferramenta Colombo S.r.l.", "DVM", 7.5)
    p.c("Via Giuseppe Mazzini, 112", "DVM", 7.5)
    p.c("20831 Seregno (MB)", "DVM", 7.5)
    p.c("P.IVA 03456780961", "DVM", 7.5)
    p.gap(4)
    p.c("DOCUMENTO COMMERCIALE", "DVMB", 8)
    p.c("di vendita o prestazione", "DVM", 7.5)
    p.rule()
    xs = [0, 50 * MM, 73 * MM - 0.01]
    p.cols(["DESCRIZIONE", "IVA", "Prezzo(€)"], xs, ["l", "r", "r"], "DVM", 7)
    rows = [
        ("TRAPANO AVVITATORE 18V", "1", "89.90"),
        ("SET PUNTE HSS 19PZ", "1", "14.50"),
        ("TASSELLI NYLON 6MM X100", "2", "4.90"),
        ("SMALTO BIANCO 0,75L", "1", "12.40"),
        ("PENNELLO PIATTO 30MM", "1", "3.20"),
    ]
    items = line_items(rows)
    for d_, q, u, a in items:
        if q != 1:
            p.left(f"{qty_s(q)} x {m(u)}", "DVM", 7.5, indent=4)
        p.cols([d_, "22%", m(a)], xs, ["l", "r", "r"], "DVM", 7.5)
    tot = sum(a for *_, a in items)
    vat = incl_tax(tot, D(22))
    p.rule()
    p.lr("TOTALE COMPLESSIVO", m(tot), "DVMB", 9.5, 14)
    p.lr("di cui IVA", m(vat), "DVM", 7.5)
    p.gap(3)
    gift = D("50.00")
    cash = D("80.00")
    p.lr("Buono regalo n. 7741-0093", "-" + m(gift), "DVM", 7.5)
    p.lr("Residuo buono", "0,00", "DVM", 7.5)
    p.lr("Pagamento contante", m(cash), "DVM", 7.5)
    p.lr("Pagamento elettronico", "0,00", "DVM", 7.5)
    p.lr("Resto", m(cash - (tot - gift)), "DVM", 7.5)
    p.lr("Importo pagato", m(tot - gift), "DVM", 7.5)
    p.rule()
    p.c("07-02-2026 10:42", "DVM", 7.5)
    p.c("DOCUMENTO N. 0418-0023", "DVMB", 7.5)
    p.c("RT 99MEX012345", "DVM", 7.5)
    p.gap(3)
    p.c("Grazie e arrivederci!", "DVM", 7.5)
    p.c("Cambi merce entro 14 gg con scontrino", "DVM", 7)
    t = truth(
        number="0418-0023",
        date="2026-02-07",
        due=None,
        vendor="Ferramenta Colombo S.r.l.",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="it-IT",
        layout="receipt",
        doctype="receipt",
        items=items,
        note=f"Prices include IVA ('di cui IVA' {m(vat)}); TOTALE COMPLESSIVO {m(tot)} keyed; a 50,00 buono regalo is redeemed, 80,00 cash tendered, resto 0,20, 'Importo pagato' {m(tot - gift)} is not the total. Number = DOCUMENTO N. 0418-0023.",
    )
    return doc, t


@doc_def(
    "r02",
    kind="scan",
    ext="png",
    country="PL",
    lang="pl",
    typ="Paragon fiskalny, PTU A/B, loyalty points redeemed as tender + card",
    post=(
        "scan",
        {
            "dpi": 220,
            "grey": True,
            "fade": True,
            "blur": 0.7,
            "noise": 5.0,
            "specks": 25,
            "skew": -1.3,
            "pad": 40,
            "paper": (246, 244, 238),
        },
    ),
)
def r02(rng, nrng):
    m = money_fmt("", ",")
    doc = Doc("r02", 58 * MM)
    doc.money = m
    p = Roll(doc, margin=2.5 * MM)
    p.c("DROGERIA KWIATEK", "DVB", 10, 14)
    p.c("Drogeria Kwiatek Sp. z o.o.", "DVM", 6.6)
    p.c("ul. Piotrkowska 148", "DVM", 6.6)
    p.c("90-063 Łódź", "DVM", 6.6)
    p.c("NIP 725-218-44-67", "DVM", 6.6)
    p.lr("2026-03-14", "nr wydr. 00417", "DVM", 6.6)
    p.c("PARAGON FISKALNY", "DVMB", 8.5, 12)
    p.rule()
    rows = [
        ("Szampon Ziołowy 400ml", "1", "18.99", "A"),
        ("Pasta do zębów Mięta", "2", "9.49", "A"),
        ("Chusteczki nawilż.", "3", "4.29", "A"),
        ("Witamina C 1000 30tab", "1", "14.99", "B"),
        ("Pieluchy Dada 4 maxi", "1", "49.99", "B"),
    ]
    items = []
    sa = sb = ZERO
    for d_, q, u, g in rows:
        a = q2(D(q) * D(u))
        items.append((d_, D(q), D(u), a))
        p.left(d_, "DVM", 6.6)
        p.lr(f"  {q} x{m(D(u))}", f"{m(a)} {g}", "DVM", 6.6)
        if g == "A":
            sa += a
        else:
            sb += a
    va = incl_tax(sa, D(23))
    vb = incl_tax(sb, D(8))
    tot = sa + sb
    p.rule()
    p.lr("Sprzed. opod. PTU A", m(sa), "DVM", 6.6)
    p.lr("Kwota A 23,00%", m(va), "DVM", 6.6)
    p.lr("Sprzed. opod. PTU B", m(sb), "DVM", 6.6)
    p.lr("Kwota B 08,00%", m(vb), "DVM", 6.6)
    p.lr("Suma PTU", m(va + vb), "DVM", 6.6)
    p.lr("SUMA PLN", m(tot), "DVMB", 10, 15)
    p.rule()
    pts = D("20.00")
    p.lr("Punkty Kwiatek Club", m(pts), "DVM", 6.6)
    p.lr("  (2000 pkt)", "", "DVM", 6.6)
    p.lr("Karta płatnicza", m(tot - pts), "DVM", 6.6)
    p.lr("Reszta", "0,00", "DVM", 6.6)
    p.rule()
    p.lr("00417 #Kasa 2", "Kasjer nr 3", "DVM", 6.6)
    p.lr("", "12:44", "DVM", 6.6)
    p.c("{PL} ABC 1234567890", "DVM", 6.6)
    p.gap(3)
    p.c("Saldo punktów: 340 pkt", "DVM", 6.6)
    p.c("Dziękujemy za zakupy!", "DVM", 6.6)
    t = truth(
        number="00417",
        date="2026-03-14",
        due=None,
        vendor="Drogeria Kwiatek Sp. z o.o.",
        amount=tot - va - vb,
        vat=va + vb,
        total=tot,
        currency="PLN",
        locale="pl-PL",
        layout="receipt",
        doctype="receipt",
        items=items,
        note=f"58 mm thermal roll with fading. PTU A 23 % and B 8 % included in prices (Suma PTU {m(va + vb)}); SUMA PLN {m(tot)} keyed; 20,00 paid with loyalty points (2000 pkt) and only {m(tot - pts)} by card. Receipt number only as 'nr wydr. 00417' / '00417 #Kasa 2'.",
    )
    return doc, t


@doc_def(
    "r03",
    kind="pdf",
    ext="pdf",
    country="SE",
    lang="sv",
    typ="E-kvitto, moms 25 % + 12 % incl., medlemsrabatt, presentkort + bonuscheck + kort",
    post=None,
)
def r03(rng, nrng):
    m = money_fmt(" ", ",")
    doc = Doc("r03", 80 * MM)
    doc.money = m
    p = Roll(doc, margin=4 * MM, top=6 * MM)
    green = (0.1, 0.4, 0.25)
    doc.circle(doc.w / 2, p.y + 14, 12, stroke=None, fill=green)
    doc.poly(
        [(doc.w / 2 - 6, p.y + 20), (doc.w / 2, p.y + 5), (doc.w / 2 + 6, p.y + 20)], fill=(1, 1, 1)
    )
    p.gap(32)
    p.c("Nordsjö Trädgård & Hem", "DVB", 10.5, 14, green)
    p.c("Nordsjö Trädgård & Hem AB", "DV", 7)
    p.c("Storgatan 21, 553 15 Jönköping", "DV", 7)
    p.c("Org.nr 556712-3490", "DV", 7)
    p.c("Momsreg.nr SE556712349001", "DV", 7)
    p.gap(4)
    p.lr("Kvitto 8812-044", "2026-04-18 14:07", "DV", 7.2)
    p.lr("Kassa 3", "Kassör: Elin", "DV", 7.2)
    p.rule(dash=None, lw=0.4)
    rows = [
        ("Monstera deliciosa 27 cm", "1", "249.00", 25),
        ("Planteringsjord 50 l", "3", "79.00", 25),
        ("Kruka keramik Ø24", "2", "189.00", 25),
        ("Fröpåse ekologisk", "4", "29.90", 25),
        ("Medlemsrabatt 10% kruka", "1", "-37.80", 25),
        ("Kaffe & kanelbulle", "1", "45.00", 12),
    ]
    items = []
    g25 = g12 = ZERO
    for d_, q, u, r in rows:
        if D(u) < 0:
            p.lr("  " + d_, m(D(u)), "DV", 7.2)
            items.append((d_, D(q), D(u), D(u)))
            g25 += D(u)
            continue
        a = q2(D(q) * D(u))
        items.append((d_, D(q), D(u), a))
        if D(q) != 1:
            p.lr(d_, "", "DV", 7.2)
            p.lr(f"   {q} st à {m(D(u))}", m(a), "DV", 7.2)
        else:
            p.lr(d_, m(a), "DV", 7.2)
        if r == 25:
            g25 += a
        else:
            g12 += a
    assert q2(D("378.00") * D("0.10")) == D("37.80")
    tot = g25 + g12
    v25 = incl_tax(g25, D(25))
    v12 = incl_tax(g12, D(12))
    p.rule(dash=None, lw=0.4)
    p.lr("Totalt SEK", m(tot), "DVB", 10, 15)
    p.gap(2)
    p.cols(
        ["Moms%", "Moms", "Netto", "Brutto"],
        [0, 22 * MM, 40 * MM, 62 * MM],
        ["l", "r", "r", "r"],
        "DV",
        6.8,
    )
    p.cols(
        ["25,00", m(v25), m(g25 - v25), m(g25)],
        [0, 22 * MM, 40 * MM, 62 * MM],
        ["l", "r", "r", "r"],
        "DV",
        6.8,
    )
    p.cols(
        ["12,00", m(v12), m(g12 - v12), m(g12)],
        [0, 22 * MM, 40 * MM, 62 * MM],
        ["l", "r", "r", "r"],
        "DV",
        6.8,
    )
    p.rule(dash=None, lw=0.4)
    gc = D("500.00")
    bc = D("50.00")
    p.lr("Presentkort ****4471", m(gc), "DV", 7.2)
    p.lr("  Kvar på presentkort", "0,00", "DV", 7.2)
    p.lr("Bonuscheck 2026-0311", m(bc), "DV", 7.2)
    p.lr("Kort VISA ****8823", m(tot - gc - bc), "DV", 7.2)
    p.lr("  Ref 0418 2207 Godkänd", "", "DV", 7.2)
    p.rule(dash=(2, 2))
    p.c("Medlem 7730 112 · Bonuspoäng idag: 44", "DV", 6.8)
    p.c("Öppet köp 30 dagar mot kvitto", "DV", 6.8)
    doc.vat_parts = [v25, v12]
    t = truth(
        number="8812-044",
        date="2026-04-18",
        due=None,
        vendor="Nordsjö Trädgård & Hem AB",
        amount=tot - v25 - v12,
        vat=v25 + v12,
        total=tot,
        currency="SEK",
        locale="sv-SE",
        layout="receipt",
        doctype="receipt",
        items=items,
        note=f"Born-digital e-receipt. Moms 25 % and 12 % included (table Moms/Netto/Brutto); medlemsrabatt line reduces the 25 % base; Totalt SEK {m(tot)} keyed; paid with presentkort 500,00 + bonuscheck 50,00 and only {m(tot - gc - bc)} by card. Space thousands separator.",
    )
    return doc, t


@doc_def(
    "r04",
    kind="photo",
    ext="jpg",
    country="CA",
    lang="fr",
    typ="Restaurant bill (Québec) TPS + TVQ, tip, gift card partially paying",
    post=("photo", {"dpi": 250, "bg": "fabric"}),
)
def r04(rng, nrng):
    m = money_fmt(" ", ",")
    doc = Doc("r04", 76 * MM)
    doc.money = m
    p = Roll(doc)
    p.c("BRASSERIE", "Helvetica-Bold", 9, 12)
    p.c("LE SAINT-LAURENT", "Helvetica-Bold", 13, 17)
    p.c("1418, boul. Saint-Laurent", "Courier", 7.5)
    p.c("Montréal (Québec) H2X 2S8", "Courier", 7.5)
    p.c("514 845-2210", "Courier", 7.5)
    p.rule()
    p.lr("Facture # 004187", "Table 12", "Courier", 7.5)
    p.lr("Serveur: Mathieu", "Couverts: 4", "Courier", 7.5)
    p.lr("2026-05-22", "20:47", "Courier", 7.5)
    p.rule()
    rows = [
        ("Moules frites", "2", "24.00"),
        ("Tartare de boeuf", "1", "29.00"),
        ("Salade César", "1", "16.50"),
        ("Bière pression 20 oz", "3", "8.75"),
        ("Crème brûlée", "1", "11.00"),
    ]
    items = line_items(rows)
    for d_, q, _u, a in items:
        p.lr(f"{qty_s(q)} {d_}", m(a), "Courier", 8)
    sub = sum(a for *_, a in items)
    tps = q2(sub * D("0.05"))
    tvq = q2(sub * D("0.09975"))
    tot = sub + tps + tvq
    tip = q2(tot * D("0.15"))
    gt = tot + tip
    gift = D("50.00")
    p.rule()
    p.lr("Sous-total", m(sub), "Courier", 8)
    p.lr("TPS 5 %", m(tps), "Courier", 8)
    p.lr("TVQ 9,975 %", m(tvq), "Courier", 8)
    p.lr("TOTAL", m(tot), "Courier-Bold", 10, 14)
    p.lr("Pourboire / Tip (15 %)", m(tip), "Courier", 8)
    p.lr("GRAND TOTAL", m(gt), "Courier-Bold", 10, 14)
    p.rule()
    p.lr("Carte-cadeau ****0931", "-" + m(gift), "Courier", 8)
    p.lr("  Solde carte-cadeau", "0,00", "Courier", 8)
    p.lr("VISA ****5512", m(gt - gift), "Courier", 8)
    p.lr("  Approuvé 071442", "", "Courier", 8)
    p.lr("Solde dû / Balance", "0,00", "Courier", 8)
    p.rule()
    p.c("Brasserie Le Saint-Laurent inc.", "Courier", 7)
    p.c("TPS / GST 812345678 RT0001", "Courier", 7)
    p.c("TVQ / QST 1219876543 TQ0001", "Courier", 7)
    p.c("Merci et à bientôt!", "Courier", 7.5)
    doc.vat_parts = [tps, tvq]
    t = truth(
        number="004187",
        date="2026-05-22",
        due=None,
        vendor="Brasserie Le Saint-Laurent inc.",
        amount=sub,
        vat=tps + tvq,
        total=gt,
        currency="CAD",
        locale="fr-CA",
        layout="receipt",
        doctype="receipt",
        items=items,
        note=f"Two taxes TPS 5 % + TVQ 9,975 % (vat = sum {m(tps + tvq)}); TOTAL {m(tot)} before tip, pourboire {m(tip)} -> GRAND TOTAL {m(gt)} keyed (tip included per convention); gift card 50,00 and VISA {m(gt - gift)} pay it. Header wordmark split on two lines 'BRASSERIE' / 'LE SAINT-LAURENT'; the legal name 'Brasserie Le Saint-Laurent inc.' only in the footer above the tax numbers. Decimal comma.",
        tip=tip,
    )
    return doc, t


@doc_def(
    "r05",
    kind="scan",
    ext="png",
    country="AU",
    lang="en",
    typ="Tax invoice (GST incl.) for a special-order pickup, deposit previously paid, balance by EFTPOS",
    post=(
        "scan",
        {
            "dpi": 200,
            "grey": True,
            "blur": 0.6,
            "noise": 5.0,
            "specks": 30,
            "skew": 0.8,
            "pad": 36,
            "fade": True,
            "paper": (250, 249, 245),
        },
    ),
)
def r05(rng, nrng):
    m = money_fmt(",", ".")
    doc = Doc("r05", 80 * MM)
    doc.money = m
    p = Roll(doc)
    p.c("COASTLINE", "Helvetica-Bold", 14, 18)
    p.c("TIMBER & HARDWARE", "Helvetica-Bold", 8.5, 12)
    p.c("Coastline Timber & Hardware Pty Ltd", "Courier", 7.2)
    p.c("14 Enterprise Dr, Tweed Heads South", "Courier", 7.2)
    p.c("NSW 2486  Ph (07) 5524 8810", "Courier", 7.2)
    p.c("ABN 52 614 873 209", "Courier", 7.2)
    p.gap(3)
    p.c("TAX INVOICE", "Courier-Bold", 9, 13)
    p.lr("Inv: 201-448713", "27/05/2026 09:12", "Courier", 7.2)
    p.lr("Acct: CASH TRADE", "Op: KJ", "Courier", 7.2)
    p.lr("Special order SO-55812", "PICKUP", "Courier", 7.2)
    p.rule()
    rows = [
        ("MERBAU DECK 90X19 5.4M", "24", "38.90"),
        ("DECK SCREW SS 10GX50 500PK", "2", "64.00"),
        ("JOIST TAPE 50MMX20M", "1", "32.50"),
        ("DELIVERY - LOCAL ZONE 1", "1", "65.00"),
    ]
    items = line_items(rows)
    for d_, q, u, a in items:
        p.left(d_, "Courier", 7.5)
        p.lr(f"   {qty_s(q)} @ {m(u)}", m(a), "Courier", 7.5)
    tot = sum(a for *_, a in items)
    gst = incl_tax(tot, D(10))
    dep = D("300.00")
    p.rule()
    p.lr("TOTAL (inc GST)", "$" + m(tot), "Courier-Bold", 9, 13)
    p.lr("GST included", "$" + m(gst), "Courier", 7.5)
    p.gap(2)
    p.lr("LESS DEPOSIT PAID 12/05/2026", "-$" + m(dep), "Courier", 7.5)
    p.lr("  Rcpt 201-447320", "", "Courier", 7.5)
    p.lr("BALANCE PAYABLE", "$" + m(tot - dep), "Courier-Bold", 8.5, 12)
    p.lr("EFTPOS", "$" + m(tot - dep), "Courier", 7.5)
    p.lr("CHANGE", "$0.00", "Courier", 7.5)
    p.rule()
    p.c("Trade Rewards pts earned: 85", "Courier", 7)
    p.c("Returns within 30 days with receipt.", "Courier", 7)
    p.c("Special orders non-refundable.", "Courier", 7)
    t = truth(
        number="201-448713",
        date="2026-05-27",
        due=None,
        vendor="Coastline Timber & Hardware Pty Ltd",
        amount=tot - gst,
        vat=gst,
        total=tot,
        currency="AUD",
        locale="en-AU",
        layout="receipt",
        doctype="receipt",
        items=items,
        note=f"GST included 1/11 ($ {m(gst)}); TOTAL (inc GST) ${m(tot)} keyed; a $300.00 deposit paid earlier on receipt 201-447320 is deducted, so BALANCE PAYABLE/EFTPOS is ${m(tot - dep)}. Two receipt-like numbers (Inv and deposit Rcpt). Faded thermal scan.",
    )
    return doc, t


@doc_def(
    "r06",
    kind="scan",
    ext="pdf",
    country="CZ",
    lang="cs",
    typ="Účtenka DPH 12 % + 21 %, zaokrouhlení, stravenky + hotově/vráceno; image-only PDF",
    post=(
        "scanpdf",
        {
            "dpi": 220,
            "grey": True,
            "blur": 0.6,
            "noise": 5.0,
            "specks": 25,
            "skew": 1.6,
            "pad": 40,
            "fade": True,
            "paper": (248, 247, 242),
        },
    ),
)
def r06(rng, nrng):
    m = money_fmt(" ", ",")
    doc = Doc("r06", 80 * MM)
    doc.money = m
    p = Roll(doc)
    p.c("POTRAVINY U ZVONU", "DVB", 11.5, 16)
    p.c("Potraviny U Zvonu s.r.o.", "DVM", 7.2)
    p.c("náměstí Míru 12, 602 00 Brno", "DVM", 7.2)
    p.c("IČO: 04567812  DIČ: CZ04567812", "DVM", 7.2)
    p.gap(3)
    p.c("ÚČTENKA č. 2026/061188", "DVMB", 8)
    p.lr("Datum: 9.6.2026 17:58", "Pokl. 1", "DVM", 7.2)
    p.rule()
    rows = [
        ("Chléb Šumava 1,2kg", "1", "42.90", "B"),
        ("Máslo 82% 250g", "2", "54.90", "B"),
        ("Jogurt bílý 150g", "4", "12.90", "B"),
        ("Káva zrnková 1kg", "1", "389.00", "B"),
        ("Víno Ryzlink rýnský 0,75", "1", "159.00", "A"),
        ("Pivo ležák 0,5l", "6", "22.90", "A"),
    ]
    items = []
    ga = gb = ZERO
    for d_, q, u, g in rows:
        a = q2(D(q) * D(u))
        items.append((d_, D(q), D(u), a))
        if D(q) != 1:
            p.left(d_, "DVM", 7.2)
            p.lr(f"  {q} ks x {m(D(u))}", f"{m(a)} {g}", "DVM", 7.2)
        else:
            p.lr(d_, f"{m(a)} {g}", "DVM", 7.2)
        if g == "A":
            ga += a
        else:
            gb += a
    va = incl_tax(ga, D(21))
    vb = incl_tax(gb, D(12))
    sub = ga + gb
    tot = (
        (sub + D("0.5")).quantize(D("1"), rounding=ROUND_HALF_UP)
        if False
        else sub.quantize(D("1"), rounding=ROUND_HALF_UP)
    )
    tot = q2(tot)
    rnd = tot - sub
    p.rule()
    p.lr("Mezisoučet", m(sub), "DVM", 7.2)
    p.lr("Zaokrouhlení", ("+" if rnd >= 0 else "") + m(rnd), "DVM", 7.2)
    p.lr("CELKEM Kč", m(tot), "DVMB", 10.5, 15)
    p.gap(1)
    p.cols(
        ["Sazba", "Základ", "DPH", "Celkem"],
        [0, 28 * MM, 47 * MM, 69 * MM],
        ["l", "r", "r", "r"],
        "DVM",
        6.8,
    )
    p.cols(
        ["A 21 %", m(ga - va), m(va), m(ga)],
        [0, 28 * MM, 47 * MM, 69 * MM],
        ["l", "r", "r", "r"],
        "DVM",
        6.8,
    )
    p.cols(
        ["B 12 %", m(gb - vb), m(vb), m(gb)],
        [0, 28 * MM, 47 * MM, 69 * MM],
        ["l", "r", "r", "r"],
        "DVM",
        6.8,
    )
    p.rule()
    st = D("300.00")
    cash = D("600.00")
    p.lr("Stravenky 2 x 150,00", m(st), "DVM", 7.2)
    p.lr("Hotově", m(cash), "DVM", 7.2)
    p.lr("Vráceno", m(cash - (tot - st)), "DVM", 7.2)
    p.rule()
    p.c("Děkujeme za nákup", "DVM", 7.2)
    p.c("Prodejní doba Po-So 7-20", "DVM", 7)
    doc.vat_parts = [va, vb]
    t = truth(
        number="2026/061188",
        date="2026-06-09",
        due=None,
        vendor="Potraviny U Zvonu s.r.o.",
        amount=sub - va - vb,
        vat=va + vb,
        total=tot,
        currency="CZK",
        locale="cs-CZ",
        layout="receipt",
        doctype="receipt",
        items=items,
        note=f"DPH A 21 % / B 12 % included; Mezisoučet {m(sub)} with Zaokrouhlení {m(rnd)} to CELKEM Kč {m(tot)} (keyed total, rounding keyed); meal vouchers (stravenky) 300,00 + cash 600,00, vráceno {m(cash - (tot - st))}. Date printed as 9.6.2026 without leading zeros. Image-only PDF.",
        rounding=rnd,
    )
    return doc, t


@doc_def(
    "r07",
    kind="scan",
    ext="png",
    country="BE",
    lang="nl",
    typ="Kasticket BTW 6 % + 21 %, waardebon + spaarpunten applied, Bancontact; downscaled to 650 px",
    post=(
        "scan",
        {
            "dpi": 300,
            "grey": True,
            "blur": 0.8,
            "noise": 4.0,
            "specks": 30,
            "skew": -0.6,
            "pad": 30,
            "downscale": 650,
        },
    ),
)
def r07(rng, nrng):
    m = money_fmt(".", ",")
    doc = Doc("r07", 80 * MM)
    doc.money = m
    p = Roll(doc)
    green = (0.1, 0.35, 0.15)
    for i, r_ in enumerate((9, 7, 5)):
        doc.circle(doc.w / 2 - 8 + i * 8, p.y + 12 - i * 2, r_, stroke=None, fill=green)
    p.gap(26)
    p.c("TUINCENTRUM DE LINDE", "DVB", 10.5, 15)
    p.c("Tuincentrum De Linde BV", "DV", 7.2)
    p.c("Brusselsesteenweg 402, 9050 Gentbrugge", "DV", 7.2)
    p.c("BTW BE 0456.789.123", "DV", 7.2)
    p.rule()
    p.lr("Ticket 0003-118274", "13/06/2026 11:26", "DV", 7.2)
    p.lr("Kassa 3", "Bediende: Sven", "DV", 7.2)
    p.rule()
    rows = [
        ("Olijfboom Olea europaea 120cm", "1", "79.95", "B"),
        ("Potgrond universeel 40L", "2", "8.49", "B"),
        ("Terracotta pot Ø40", "1", "34.95", "D"),
        ("Tuinhandschoenen mt 9", "1", "12.99", "D"),
    ]
    items = []
    gb = gd = ZERO
    for d_, q, u, g in rows:
        a = q2(D(q) * D(u))
        items.append((d_, D(q), D(u), a))
        p.left(d_, "DV", 7.4)
        p.lr(f"   {q} x {m(D(u))}", f"{m(a)}  {g}", "DV", 7.4)
        if g == "B":
            gb += a
        else:
            gd += a
    vb = incl_tax(gb, D(6))
    vd = incl_tax(gd, D(21))
    tot = gb + gd
    p.rule()
    p.lr("TOTAAL EUR", m(tot), "DVB", 10.5, 15)
    p.gap(1)
    p.cols(
        ["BTW", "Excl.", "BTW", "Incl."],
        [0, 30 * MM, 48 * MM, 69 * MM],
        ["l", "r", "r", "r"],
        "DV",
        6.8,
    )
    p.cols(
        ["B 6%", m(gb - vb), m(vb), m(gb)],
        [0, 30 * MM, 48 * MM, 69 * MM],
        ["l", "r", "r", "r"],
        "DV",
        6.8,
    )
    p.cols(
        ["D 21%", m(gd - vd), m(vd), m(gd)],
        [0, 30 * MM, 48 * MM, 69 * MM],
        ["l", "r", "r", "r"],
        "DV",
        6.8,
    )
    p.rule()
    wb = D("25.00")
    sp = D("5.00")
    p.lr("Waardebon WB-2026-1187", "-" + m(wb), "DV", 7.4)
    p.lr("Spaarpunten ingewisseld (500)", "-" + m(sp), "DV", 7.4)
    p.lr("Te betalen", m(tot - wb - sp), "DVB", 8.5, 12)
    p.lr("Bancontact ****2291", m(tot - wb - sp), "DV", 7.4)
    p.rule()
    p.c("Klantenkaart 2001 4418 77", "DV", 7)
    p.c("Nieuw saldo: 120 punten", "DV", 7)
    p.c("Bedankt en tot ziens!", "DV", 7.2)
    doc.vat_parts = [vb, vd]
    t = truth(
        number="0003-118274",
        date="2026-06-13",
        due=None,
        vendor="Tuincentrum De Linde BV",
        amount=tot - vb - vd,
        vat=vb + vd,
        total=tot,
        currency="EUR",
        locale="nl-BE",
        layout="receipt",
        doctype="receipt",
        items=items,
        note=f"BTW codes B 6 % (plants, soil) and D 21 % included; TOTAAL EUR {m(tot)} keyed; waardebon 25,00 and spaarpunten 5,00 deducted below the total, 'Te betalen' {m(tot - wb - sp)} by Bancontact. Scan downscaled to 650 px wide.",
    )
    return doc, t


@doc_def(
    "r08",
    kind="pdf",
    ext="pdf",
    country="PT",
    lang="pt",
    typ="Fatura simplificada (IVA 6 % + 23 % incl.), cartão-cliente balance and order advance (adiantamento) deducted, QR code",
    post=None,
)
def r08(rng, nrng):
    m = money_fmt(" ", ",")
    doc = Doc("r08", 80 * MM)
    doc.money = m
    p = Roll(doc, top=6 * MM)
    grn = (0.0, 0.55, 0.3)
    cx = doc.w / 2
    doc.rect(cx - 7, p.y, 14, 36, stroke=None, fill=grn)
    doc.rect(cx - 18, p.y + 11, 36, 14, stroke=None, fill=grn)
    p.gap(42)
    p.c("Farmácia Avenida", "DVB", 12, 16, grn)
    p.c("Farmácia Avenida, Lda.", "DV", 7.2)
    p.c("Av. da República, 88", "DV", 7.2)
    p.c("1050-196 Lisboa", "DV", 7.2)
    p.c("Contribuinte N.º 508123456", "DV", 7.2)
    p.c("Cap. Social 5 000,00 € · CRC Lisboa", "DV", 6.8)
    p.rule()
    p.c("FATURA SIMPLIFICADA", "DVB", 8.5, 12)
    p.c("FS A2026/1842", "DVB", 8.5, 12)
    p.c("ATCUD: JJ3KD7PM-1842", "DV", 7.2)
    p.lr("Data: 2026-07-03", "Hora: 18:31", "DV", 7.2)
    p.lr("Cliente: Consumidor final", "NIF: 999999990", "DV", 7.2)
    p.rule()
    p.cols(
        ["Descrição", "Qtd", "IVA", "Total"],
        [0, 44 * MM, 55 * MM, 73 * MM],
        ["l", "r", "r", "r"],
        "DVB",
        6.8,
    )
    rows = [
        ("Ibuprofeno 400mg 20 comp", "1", "4.95", 6),
        ("Paracetamol 1g 20 comp", "1", "3.20", 6),
        ("Protetor solar FPS50 200ml", "1", "18.90", 23),
        ("Creme hidratante 50ml", "1", "14.75", 23),
        ("Vitamina D3 2000UI 60 cáps", "1", "9.80", 23),
    ]
    items = line_items([(d_, q, u) for d_, q, u, _ in rows])
    g6 = g23 = ZERO
    for (d_, q, _u, a), (*_, r) in zip(items, rows, strict=True):
        p.cols(
            [d_, qty_s(q), f"{r}%", m(a)],
            [0, 44 * MM, 55 * MM, 73 * MM],
            ["l", "r", "r", "r"],
            "DV",
            6.8,
        )
        if r == 6:
            g6 += a
        else:
            g23 += a
    v6 = incl_tax(g6, D(6))
    v23 = incl_tax(g23, D(23))
    tot = g6 + g23
    p.rule()
    p.lr("TOTAL", m(tot) + " €", "DVB", 10.5, 15)
    p.gap(1)
    p.cols(
        ["Taxa", "Incidência", "IVA", "Total"],
        [0, 36 * MM, 53 * MM, 73 * MM],
        ["l", "r", "r", "r"],
        "DV",
        6.8,
    )
    p.cols(
        ["6%", m(g6 - v6), m(v6), m(g6)],
        [0, 36 * MM, 53 * MM, 73 * MM],
        ["l", "r", "r", "r"],
        "DV",
        6.8,
    )
    p.cols(
        ["23%", m(g23 - v23), m(v23), m(g23)],
        [0, 36 * MM, 53 * MM, 73 * MM],
        ["l", "r", "r", "r"],
        "DV",
        6.8,
    )
    p.rule()
    cc = D("7.50")
    adv = D("10.00")
    p.lr("Saldo Cartão Avenida utilizado", "-" + m(cc), "DV", 7.2)
    p.lr("Adiantamento enc. 1123 (FR A2026/1790)", "-" + m(adv), "DV", 7.2)
    p.lr("Valor a pagar", m(tot - cc - adv) + " €", "DVB", 8.5, 12)
    p.lr("Multibanco", m(tot - cc - adv), "DV", 7.2)
    p.rule()
    y0 = p.y + 2
    qr_box(doc, cx - 14 * MM, y0, 28 * MM, rng, n=29)
    p.gap(28 * MM + 6)
    p.c("k9Fp-Processado por programa certificado", "DV", 6.2)
    p.c("n.º 2811/AT", "DV", 6.2)
    p.c("IVA incluído à taxa em vigor", "DV", 6.2)
    doc.vat_parts = [v6, v23]
    t = truth(
        number="FS A2026/1842",
        date="2026-07-03",
        due=None,
        vendor="Farmácia Avenida, Lda.",
        amount=tot - v6 - v23,
        vat=v6 + v23,
        total=tot,
        currency="EUR",
        locale="pt-PT",
        layout="receipt",
        doctype="receipt",
        items=items,
        note=f"Born-digital fatura simplificada; IVA 6 % and 23 % included (summary table); TOTAL {m(tot)} € keyed; loyalty-card balance 7,50 and an earlier order advance 10,00 (its own FR number) are deducted -> valor a pagar {m(tot - cc - adv)} €. Other numbers on the page: ATCUD, FR A2026/1790, NIF of consumidor final.",
    )
    return doc, t


# ----------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------


def check_printed(doc: Doc, t: dict) -> None:
    texts = doc.all_text()
    blob = "\n".join(texts)
    for key in ("vendor_name", "invoice_number"):
        v = t[key]
        if v and v not in blob:
            raise AssertionError(f"{doc.name}: {key} {v!r} not printed")
    tot = doc.money(D(t["total"]))
    if not any(tot in s for s in texts):
        raise AssertionError(f"{doc.name}: total {tot!r} not printed")
    if t["vat"] is not None:
        vt = doc.money(D(t["vat"]))
        if not any(vt in s for s in texts):
            parts = doc.vat_parts
            if not parts or sum(parts) != D(t["vat"]):
                raise AssertionError(f"{doc.name}: vat {vt!r} not printed and no printed parts")
            for v in parts:
                if not any(doc.money(v) in s for s in texts):
                    raise AssertionError(f"{doc.name}: vat part {doc.money(v)!r} not printed")


def build(name: str, out: Path) -> dict:
    spec = REGISTRY[name]
    seed = zlib.crc32(name.encode())
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    doc, t = spec["fn"](rng, nrng)
    check_printed(doc, t)
    t["kind"] = spec["kind"]
    pdf = doc.render()
    post = spec["post"]
    target = out / f"{name}.{spec['ext']}"
    if post is None:
        target.write_bytes(pdf)
    else:
        mode, opts = post
        opts = dict(opts)
        dpi = opts.pop("dpi")
        pages = rasterize(pdf, dpi)
        assert len(pages) == 1, "image outputs are single-page"
        img = pages[0]
        if mode in ("scan", "scanpdf"):
            sk = opts.pop("skew", None)
            if sk is None:
                sk = float(nrng.uniform(-1.5, 1.5))
            im = scan(img, nrng, skew=sk, **opts)
            if mode == "scan":
                im.save(target, "PNG", optimize=False)
            else:
                eff = dpi * (im.width / img.width) if not opts.get("downscale") else dpi
                target.write_bytes(image_pdf(im, eff))
        elif mode == "photo":
            long_side = int(nrng.integers(1500, 2301))
            q = int(nrng.integers(60, 81))
            im, q = photo(img, nrng, long_side=long_side, quality=q, bg=opts.get("bg", "wood"))
            im.save(target, "JPEG", quality=q)
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return t


README_HEAD = """# Blind set 2026-14i — amount payable ≠ invoice total

Generated by `bench/blindsets/blind_2026_14i.py` (`python -m bench.blindsets.blind_2026_14i [OUTDIR] [--only NAME]`).
16 documents (8 invoices `i01..i08`, 8 receipts `r01..r08`), 16 countries / 10 languages.
Every document is drawn by its own function on a reportlab canvas (`invariant=1`); every random
choice (QR modules, barcode bars, scan noise, skew, photo geometry, JPEG quality) is seeded with
`zlib.crc32(name)`, so re-runs are byte-identical. Each text run is checked to stay on the page,
inside its table cell and clear of every other run (`LayoutError` otherwise); the vendor name,
number, total and VAT keyed in the JSON are checked to appear verbatim (in the document's number
format) in the drawn text.

## Focus

Documents whose **amount payable is not the document's own total**: cumulative progress invoices
(Abschlagsrechnung, situation de travaux, certificación de obra, AIA pay application), a
Schlussrechnung deducting Teilrechnungen with their VAT, retention / holdback (Sicherheitseinbehalt,
retenue de garantie, retención de garantía, retainage), deposits and advances already paid, a
credit note set off, a previous balance brought forward with a statement page, Skonto offers with
the reduced amount, a Swiss QR-bill carrying only the remainder, and on receipts gift cards,
vouchers, loyalty points, meal vouchers, a deposit on a special order, tips and cash rounding.

## Kinds

- `pdf`: born-digital PDF with a text layer (6 of 16; two of them have 2 pages).
- `scan`: rendered with pypdfium2 at 170–300 dpi, grey or colour, Gaussian blur, noise, specks,
  slight skew, thermal fading on receipts, receipts padded onto a scanner bed; `r07` downscaled to
  650 px wide. Two scans (`i04`, `r06`) are delivered as **image-only PDFs** (the degraded scan
  is the only page content, no text layer).
- `photo`: perspective onto a textured background (wood / desk / fabric), drop shadow, uneven
  light, soft cast shadow, a fold crease, warm colour cast, JPEG quality 60–80, long side
  1500–2300 px.

## Truth conventions

- **`total` = the gross total of this document's own supply**: the net on which the document
  computes the VAT it charges, plus that VAT (plus a printed tip and a printed cash-rounding
  line, see below). Everything printed *after* that total — earlier instalments and their VAT,
  retention / retainage, deposits, advances, credit notes set off, previous balances, Skonto,
  gift cards, vouchers, loyalty points, meal vouchers — is **not** keyed; the payable figure
  ("Zahlbetrag", "net à payer", "líquido a percibir", "current payment due", "total amount due",
  "te betalen", "Restbetrag", "balance payable", "valor a pagar") is never the keyed total here.
- **Cumulative progress invoices** (i01, i03, i05, i04): where the document deducts the earlier
  instalments' *net* before computing VAT, this document's supply is the increment: `amount` =
  net of this instalment, `vat` = VAT on it, `total` = its gross. Retention is then deducted from
  that gross and not keyed.
- **Final invoice** (i02 Schlussrechnung): the document computes VAT on the *whole* work and then
  deducts the Teilrechnungen with their VAT, so `amount`/`vat`/`total` are those of the whole
  work; the open Restbetrag is not keyed.
- **`amount`** = net as printed (before tax); **`vat`** = sum of all taxes printed (TPS + TVQ,
  two VAT rates, etc.), `null` only when the page prints no tax (i05, a US construction pay application with no
  tax line: `vat: null`, `amount = total`). For tax-inclusive receipts `amount` = total − VAT
  as printed in the tax summary.
- **Tips**: r04 prints a tip line and a GRAND TOTAL that includes it; `total` = GRAND TOTAL, so
  `amount + vat + tip = total` (tip 22,55). **Rounding**: i08 (Rundungsdifferenz to 5 Rappen) and
  r06 (Zaokrouhlení to whole koruna) print a rounding line inside the total; `total` is the rounded
  figure and `amount + vat + rounding = total`. Checked for every JSON:
  `amount + vat + tip + rounding == total`.
- **Discounts** printed inside the supply (i08 Rabatt, r03 Medlemsrabatt) reduce `amount`; gift
  cards, vouchers and loyalty points used as tender do not.
- **`due_date`** only when a date is printed: the net due date, not the Skonto / early-payment date.
- **`invoice_number`**: the document's own number as printed (receipt / ticket / docket number on
  receipts), not a previous instalment's, deposit receipt's or statement entry's number.
- **`vendor_name`**: the seller as printed, with legal form where it is printed with it
  (i03's wordmark omits "SARL" but its footer prints "SARL Menuiserie Duval & Fils": keyed with it;
  r04 prints the trade name as a two-line wordmark and its legal name "Brasserie Le Saint-Laurent inc."
  in the footer: keyed as the legal name).
- **`line_items`**: as printed. For cumulative progress tables (i01, i03) `quantity` is the
  completion share (0.60 = 60 %), `unit_price` the contract amount and `amount` the cumulative
  value, so they do **not** sum to `amount`. i04 keys the chapters' "esta certificación" PEM
  (before GG/BI), i05 the SOV lines billed this period. A discount printed in the item list is a
  negative item (r03 Medlemsrabatt); a discount in the totals block (i08 Rabatt) is not an item.
  Quantities are decimal strings, money as two-decimal strings (a unit price printed with three
  decimals, i07's 0,046, is keyed as 0.046).
- Amounts are computed once with `Decimal` (ROUND_HALF_UP) and the same values are printed and
  keyed. No credit notes in this set (`document_type` is `invoice` or `receipt`).
"""


def write_readme(out: Path, truths: dict[str, dict]) -> None:
    kinds = Counter(t["kind"] for t in truths.values())
    layouts = Counter(t["layout"] for t in truths.values())
    exts = Counter(REGISTRY[n]["ext"] for n in truths)
    langs = sorted({REGISTRY[n]["lang"] for n in truths})
    ctry = sorted({REGISTRY[n]["country"] for n in truths})
    img_pdf = [n for n in truths if REGISTRY[n]["ext"] == "pdf" and REGISTRY[n]["kind"] == "scan"]
    lines = [README_HEAD, "## Mix", "", "| dimension | mix |", "|---|---|"]
    lines.append(f"| layout | invoice {layouts['invoice']}, receipt {layouts['receipt']} |")
    lines.append(
        f"| kind | pdf {kinds['pdf']} (born-digital), scan {kinds['scan']} (of which image-only PDF: {', '.join(img_pdf)}), photo {kinds['photo']} |"
    )
    lines.append(f"| file type | {', '.join(f'.{k} {v}' for k, v in sorted(exts.items()))} |")
    lines.append(f"| countries ({len(ctry)}) | {', '.join(ctry)} |")
    lines.append(f"| languages ({len(langs)}) | {', '.join(langs)} |")
    cur = Counter(t["currency"] for t in truths.values())
    lines.append(f"| currencies | {', '.join(f'{k} {v}' for k, v in sorted(cur.items()))} |")
    lines += [
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, t in truths.items():
        r = REGISTRY[n]
        kind = f"{t['kind']} (.{r['ext']})"
        note = t["note"].replace("|", "/")
        lines.append(
            f"| {n} | {kind} | {r['country']} | {r['typ']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {note} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None, help="build only this document (e.g. i03)")
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(REGISTRY)
    truths = {}
    for n in names:
        if n not in REGISTRY:
            ap.error(f"unknown document {n!r}")
        truths[n] = build(n, out)
        print(f"{n}: {truths[n]['kind']:5s} total {truths[n]['total']} {truths[n]['currency']}")
    if not a.only:
        write_readme(out, truths)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
