# ruff: noqa: E501
"""Blind evaluation set 12j: 15 invoices and 15 till receipts, drawn from scratch.

Run from the repository root:
    python -m bench.blindsets.blind_2026_12j [OUTDIR] [--only NAME]

Every random choice of a document is seeded with the CRC-32 of its name, so re-runs are
byte-identical. This module draws documents the way the real world draws them and imports
nothing from the product.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import zlib
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

D = Decimal
CENT = D("0.01")
DEFAULT_OUT = Path("bench/blindsets/blind-2026-12j")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
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
    "DVL": "DejaVuSans-ExtraLight.ttf",
}
for _k, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, FONT_DIR + _f))


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


# --------------------------------------------------------------------------- money


def q(x) -> Decimal:
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D("1"), rounding=ROUND_HALF_UP)


def incl(gross: Decimal, rate) -> Decimal:
    """Tax contained in a tax-inclusive gross amount."""
    rate = D(str(rate))
    return q(gross * rate / (D(100) + rate))


def round05(x: Decimal) -> Decimal:
    """Malaysian cash rounding to the nearest 5 sen."""
    return (x / D("0.05")).quantize(D("1"), rounding=ROUND_HALF_UP) * D("0.05")


_SEPS = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u202f", ","),
    "sp": (" ", ","),
    "ch": ("'", "."),
    "in": (",", "."),
    "id": (".", ","),
    "plain": ("", "."),
    "comma": ("", ","),
}


def money(x: Decimal, style: str = "en", dec: int = 2) -> str:
    neg = x < 0
    x = abs(x)
    s = f"{x:.{dec}f}"
    ip, fp = [*s.split("."), ""][:2] if dec else (s, "")
    th, ds = _SEPS[style]
    if style == "in" and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        ip = ",".join([*parts, tail])
    elif th:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        ip = th.join([ip, *parts])
    out = ip + (ds + fp if dec else "")
    return ("-" if neg else "") + out


def line(desc: str, qty, unit) -> dict:
    qty = D(str(qty))
    unit = D(str(unit))
    return {"description": desc, "quantity": qty, "unit_price": unit, "amount": q(qty * unit)}


def fixed(desc: str, qty, unit, amount) -> dict:
    return {
        "description": desc,
        "quantity": D(str(qty)),
        "unit_price": D(str(unit)),
        "amount": D(str(amount)),
    }


def qstr(qty: Decimal) -> str:
    s = format(qty.normalize(), "f")
    return s


def _unit(up: Decimal) -> str:
    """Unit prices keep the decimals they are printed with (at least two)."""
    return f"{up:.2f}" if up == up.quantize(CENT) else format(up.normalize(), "f")


def truth(
    *,
    number,
    inv_date: date,
    due: date | None,
    vendor: str,
    amount: Decimal,
    vat: Decimal | None,
    total: Decimal,
    currency: str,
    locale: str,
    layout: str,
    dtype: str,
    items: list[dict],
    note: str,
    kind: str,
) -> dict:
    if vat is None:
        assert amount == total, (amount, total)
    else:
        assert amount + vat == total, (amount, vat, total)
    return {
        "invoice_number": number,
        "invoice_date": inv_date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": f"{amount:.2f}",
        "vat": None if vat is None else f"{vat:.2f}",
        "total": f"{total:.2f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {
                "description": it["description"],
                "quantity": qstr(it["quantity"]),
                "unit_price": _unit(it["unit_price"]),
                "amount": f"{it['amount']:.2f}",
            }
            for it in items
        ],
        "note": note,
        "kind": kind,
    }


# --------------------------------------------------------------------------- drawing


class Sheet:
    """A reportlab canvas that records every text run and checks page bounds and overlaps."""

    def __init__(self, dest, size, title: str = ""):
        self.c = canvas.Canvas(dest, pagesize=size, invariant=1)
        if title:
            self.c.setTitle(title)
        self.w, self.h = size
        self.runs: list[tuple[tuple[float, float, float, float], str]] = []
        self.page = 1

    def width(self, s: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, font, size)

    def text(self, x, y, s, font="Helvetica", size=9.0, align="l", color=(0, 0, 0)) -> float:
        if not s:
            return 0.0
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        asc, desc = pdfmetrics.getAscentDescent(font, size)
        asc = min(asc, 0.80 * size)
        desc = max(desc, -0.22 * size)
        box = (x0, y + desc, x0 + w, y + asc)
        if box[0] < 2 or box[2] > self.w - 2 or box[1] < 2 or box[3] > self.h - 2:
            raise LayoutError(
                f"off page (p{self.page}): {s!r} box={tuple(round(v, 1) for v in box)} page={self.w:.0f}x{self.h:.0f}"
            )
        for ob, os_ in self.runs:
            if (
                box[0] < ob[2] - 0.3
                and ob[0] < box[2] - 0.3
                and box[1] < ob[3] - 0.3
                and ob[1] < box[3] - 0.3
            ):
                raise LayoutError(f"overlap (p{self.page}): {s!r} with {os_!r}")
        self.runs.append((box, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        return w

    def lines(
        self, x, y, rows, font="Helvetica", size=9.0, lead=None, align="l", color=(0, 0, 0)
    ) -> float:
        lead = lead or size * 1.3
        for r in rows:
            self.text(x, y, r, font, size, align, color)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if r:
            c.roundRect(x, y, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def hline(self, x0, x1, y, color=(0, 0, 0), lw=0.5, dash=None):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.line(x0, y, x1, y)
        if dash:
            c.setDash()

    def vline(self, x, y0, y1, color=(0, 0, 0), lw=0.5):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(lw)
        self.c.line(x, y0, x, y1)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.8):
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.circle(x, y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def poly(self, pts, fill=None, stroke=None, lw=0.8):
        c = self.c
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
        c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def qr(self, x, y, size, seed: int, color=(0, 0, 0)):
        """A QR-looking square: three finder patterns and a seeded module field."""
        n = 25
        m = size / n
        rng = random.Random(seed)
        c = self.c
        c.setFillColorRGB(*color)
        finder = {(0, 0), (0, n - 7), (n - 7, 0)}
        for i in range(n):
            for j in range(n):
                inf = any(fi <= i < fi + 8 and fj <= j < fj + 8 for fi, fj in finder)
                if inf:
                    continue
                if rng.random() < 0.48:
                    c.rect(x + j * m, y + size - (i + 1) * m, m, m, stroke=0, fill=1)
        for fi, fj in finder:
            fx, fy = x + fj * m, y + size - (fi + 7) * m
            c.setFillColorRGB(*color)
            c.rect(fx, fy, 7 * m, 7 * m, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(fx + m, fy + m, 5 * m, 5 * m, stroke=0, fill=1)
            c.setFillColorRGB(*color)
            c.rect(fx + 2 * m, fy + 2 * m, 3 * m, 3 * m, stroke=0, fill=1)

    def barcode(self, x, y, w, h, seed: int):
        rng = random.Random(seed)
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        pos = x
        while pos < x + w - 3:
            bw = rng.choice([0.7, 0.7, 1.4, 2.1])
            if rng.random() < 0.55:
                c.rect(pos, y, bw, h, stroke=0, fill=1)
            pos += bw + rng.choice([0.7, 0.7, 1.4])

    def new_page(self):
        self.c.showPage()
        self.runs = []
        self.page += 1

    def save(self):
        self.c.save()


def _put_row(s: Sheet, x, cols, vals, yy, f, sz, color, pad) -> None:
    cx = x
    for (w, al), v in zip(cols, vals, strict=False):
        if v:
            xx = cx + pad if al == "l" else (cx + w - pad if al == "r" else cx + w / 2)
            s.text(xx, yy, v, f, sz, al, color)
        cx += w


def table(
    s: Sheet,
    x,
    y,
    cols,
    header,
    rows,
    *,
    font="Helvetica",
    size=8.5,
    hfont="Helvetica-Bold",
    hsize=None,
    row_h=None,
    head_fill=None,
    head_color=(0, 0, 0),
    zebra=None,
    grid=None,
    rule=(0.6, 0.6, 0.6),
    pad=4,
) -> float:
    """cols: [(width, align)]. Draws a header row then the rows; returns y below the table."""
    hsize = hsize or size
    row_h = row_h or size * 1.75
    total_w = sum(w for w, _ in cols)

    def put(vals, yy, f, sz, color=(0, 0, 0)):
        _put_row(s, x, cols, vals, yy, f, sz, color, pad)

    if header:
        if head_fill:
            s.rect(x, y - row_h, total_w, row_h, fill=head_fill)
        put(header, y - row_h + (row_h - hsize) / 2 + 0.2 * hsize, hfont, hsize, head_color)
        y -= row_h
        if rule:
            s.hline(x, x + total_w, y, rule, 0.8)
    for i, r in enumerate(rows):
        if zebra and i % 2 == 1:
            s.rect(x, y - row_h, total_w, row_h, fill=zebra)
        put(r, y - row_h + (row_h - size) / 2 + 0.2 * size, font, size)
        y -= row_h
        if grid:
            s.hline(x, x + total_w, y, grid, 0.4)
    return y


# --------------------------------------------------------------------------- receipts on a roll


class Roll:
    """A thermal till roll: a list of rows, drawn on a page as long as its content."""

    def __init__(
        self,
        paper_mm: float,
        font: str,
        size: float,
        margin_mm: float = 4.0,
        lead: float = 1.28,
        top_mm: float = 6,
        bottom_mm: float = 10,
    ):
        self.w = paper_mm * mm
        self.x0 = margin_mm * mm
        self.x1 = self.w - margin_mm * mm
        self.font, self.size, self.lead = font, size, lead
        self.top, self.bottom = top_mm * mm, bottom_mm * mm
        self.ops: list = []

    @property
    def pw(self):
        return self.x1 - self.x0

    def row(self, *cells, font=None, size=None, lead=None):
        """cells: (text, pos 0..1 of printable width, align)."""
        f = font or self.font
        sz = size or self.size
        self.ops.append(("row", cells, f, sz, sz * (lead or self.lead)))

    def left(self, s, **k):
        self.row((s, 0, "l"), **k)

    def c(self, s, **k):
        self.row((s, 0.5, "c"), **k)

    def r(self, s, **k):
        self.row((s, 1, "r"), **k)

    def lr(self, a, b, **k):
        self.row((a, 0, "l"), (b, 1, "r"), **k)

    def rule(self, style="dash", h=None):
        self.ops.append(("rule", style, None, None, h or self.size * 0.9))

    def gap(self, h):
        self.ops.append(("gap", None, None, None, h))

    def draw(self, fn, h):
        """fn(sheet, x0, x1, ytop, h) draws a logo, barcode or QR block."""
        self.ops.append(("draw", fn, None, None, h))

    def render(self, dest, title="") -> None:
        height = self.top + self.bottom + sum(op[4] for op in self.ops)
        s = Sheet(dest, (self.w, height), title)
        y = height - self.top
        for kind, a, f, sz, h in self.ops:
            if kind == "row":
                base = y - sz * 0.95
                for text_, pos, al in a:
                    s.text(self.x0 + pos * self.pw, base, text_, f, sz, al)
            elif kind == "rule":
                ym = y - h / 2
                if a == "dash":
                    s.hline(self.x0, self.x1, ym, lw=0.6, dash=(2.2, 1.6))
                elif a == "double":
                    s.hline(self.x0, self.x1, ym + 1, lw=0.5)
                    s.hline(self.x0, self.x1, ym - 1, lw=0.5)
                elif a == "stars":
                    s.hline(self.x0, self.x1, ym, lw=1.2, dash=(1, 2))
                else:
                    s.hline(self.x0, self.x1, ym, lw=0.6)
            elif kind == "draw":
                a(s, self.x0, self.x1, y, h)
            y -= h
        s.save()


# --------------------------------------------------------------------------- degradations


def render_pdf(pdf: bytes, dpi: float, page: int = 0) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72.0).to_pil().convert("RGB")
    doc.close()
    return img


def _lowfreq(rng: np.random.Generator, h: int, w: int, cells: int = 6) -> np.ndarray:
    small = rng.random((cells, max(2, int(cells * w / max(h, 1))))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def scan(
    img: Image.Image,
    rng: np.random.Generator,
    *,
    grey=True,
    skew=1.0,
    blur=0.6,
    noise=5.0,
    specks=30,
    fade=0.0,
    paper=(250, 249, 244),
    bed=None,
    pad=0,
    target_w=None,
) -> Image.Image:
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    ink = 255.0 - a
    if fade:
        f = 1.0 - fade * _lowfreq(rng, h, w, 5)[..., None]
        cols = rng.random(w).astype(np.float32)
        streak = np.where(cols < 0.04, 0.55, 1.0).astype(np.float32)
        streak = cv2.GaussianBlur(streak[None, :], (0, 0), 2.0)[0]
        ink = ink * f * streak[None, :, None]
    a = np.array(paper, np.float32)[None, None, :] - ink * (np.array(paper, np.float32) / 255.0)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if pad:
        bedc = tuple(bed or (232, 232, 228))
        big = Image.new("RGB", (w + 2 * pad, h + 2 * pad), bedc)
        big.paste(out, (pad, pad))
        out = big
    out = out.rotate(
        skew, resample=Image.BICUBIC, expand=True, fillcolor=tuple(bed or (246, 246, 244))
    )
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(out).astype(np.float32)
    a = a + rng.normal(0, noise, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if specks:
        dr = ImageDraw.Draw(out)
        W, H = out.size
        for _ in range(specks):
            x, y = int(rng.integers(0, W)), int(rng.integers(0, H))
            r = float(rng.uniform(0.6, 2.2))
            g = int(rng.integers(30, 120))
            dr.ellipse([x - r, y - r, x + r, y + r], fill=(g, g, g))
    if grey:
        out = out.convert("L")
    if target_w and out.size[0] > target_w:
        out = out.resize((target_w, round(out.size[1] * target_w / out.size[0])), Image.LANCZOS)
    return out


def _texture(rng: np.random.Generator, H: int, W: int, kind: str) -> np.ndarray:
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind == "wood":
        warp = _lowfreq(rng, H, W, 4) * 40
        grain = np.sin((xx * 0.9 + warp * 3) / 9.0) * 0.5 + 0.5
        base = np.array([150, 104, 62], np.float32)
        t = base[None, None, :] * (0.78 + 0.22 * grain[..., None]) + rng.normal(0, 5, (H, W, 1))
    elif kind == "granite":
        base = np.array([120, 122, 126], np.float32)
        t = (
            base[None, None, :]
            + rng.normal(0, 16, (H, W, 1))
            + 25 * (_lowfreq(rng, H, W, 9)[..., None] - 0.5)
        )
    elif kind == "linen":
        base = np.array([196, 188, 172], np.float32)
        weave = (np.sin(xx / 1.6) + np.sin(yy / 1.6)) * 6
        t = base[None, None, :] + weave[..., None] + rng.normal(0, 6, (H, W, 1))
    else:  # dark desk
        base = np.array([58, 60, 66], np.float32)
        t = (
            base[None, None, :]
            + rng.normal(0, 6, (H, W, 1))
            + 20 * (_lowfreq(rng, H, W, 5)[..., None] - 0.5)
        )
    return t


def photo(
    img: Image.Image,
    rng: np.random.Generator,
    *,
    long_side=2000,
    bg="wood",
    aspect=0.75,
    occ=0.86,
    tilt=0.035,
    folds=1,
    shadow=True,
    light=0.25,
) -> Image.Image:
    page = np.asarray(img).astype(np.float32)
    ph, pw = page.shape[:2]
    # folds in page space: a crease line and a step in brightness
    for _ in range(folds):
        yf = int(ph * rng.uniform(0.3, 0.7))
        page[yf:] *= float(rng.uniform(0.9, 0.96))
        page[max(0, yf - 2) : yf + 1] *= 0.8
        page[yf + 1 : yf + 4] = np.minimum(page[yf + 1 : yf + 4] * 1.05, 255)
    H = long_side
    W = round(H * aspect)
    doc_h = occ * H
    doc_w = doc_h * pw / ph
    if doc_w > 0.9 * W:
        doc_w = 0.9 * W
        doc_h = doc_w * ph / pw
    small = cv2.resize(page, (int(doc_w), int(doc_h)), interpolation=cv2.INTER_AREA)
    sh, sw = small.shape[:2]
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    src = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    dst = np.float32(
        [
            [cx - sw / 2, cy - sh / 2],
            [cx + sw / 2, cy - sh / 2],
            [cx + sw / 2, cy + sh / 2],
            [cx - sw / 2, cy + sh / 2],
        ]
    )
    dst += rng.uniform(-tilt, tilt, (4, 2)).astype(np.float32) * np.float32([sw, sh])
    ang = math.radians(rng.uniform(-4, 4))
    rot = np.float32([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    dst = (dst - [cx, cy]) @ rot.T + [cx, cy]
    M = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(small, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)[
        ..., None
    ]
    bgimg = _texture(rng, H, W, bg)
    # soft drop shadow of the paper on the table
    sm = cv2.GaussianBlur(np.roll(np.roll(mask[..., 0], 12, 0), 9, 1), (0, 0), 14)[..., None]
    bgimg = bgimg * (1 - 0.45 * sm)
    out = bgimg * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    grad = 1.0 - light * (0.5 + 0.5 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)))
    rad = 1.0 - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) / 0.5)
    out = out * (grad * rad)[..., None]
    if shadow:
        sm2 = np.zeros((H, W), np.float32)
        x0 = rng.uniform(0.45, 0.8) * W
        pts = np.int32(
            [
                [x0, 0],
                [W, 0],
                [W, H * rng.uniform(0.35, 0.7)],
                [x0 + rng.uniform(-0.2, 0.1) * W, H * rng.uniform(0.15, 0.4)],
            ]
        )
        cv2.fillPoly(sm2, [pts], 1.0)
        sm2 = cv2.GaussianBlur(sm2, (0, 0), 45)
        out = out * (1 - rng.uniform(0.22, 0.38) * sm2)[..., None]
    out = np.clip(out + rng.normal(0, 3.5, out.shape[:2])[..., None], 0, 255).astype(np.uint8)
    im = Image.fromarray(out).filter(ImageFilter.GaussianBlur(float(rng.uniform(0.5, 0.9))))
    return im


def save_jpeg(img: Image.Image, path: Path, quality: int) -> None:
    img.save(path, "JPEG", quality=quality, optimize=False, progressive=False)


def save_png(img: Image.Image, path: Path) -> None:
    img.save(path, "PNG", optimize=False)


def image_pdf(img: Image.Image, path: Path, page_size, title: str, quality: int = 82) -> None:
    """Embed a degraded scan as the only content of a one-page PDF (no text layer)."""
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=page_size, invariant=1)
    c.setTitle(title)
    c.drawImage(ImageReader(buf), 0, 0, page_size[0], page_size[1])
    c.showPage()
    c.save()


def on_bed(
    img: Image.Image, rng: np.random.Generator, dpi: int, page=A4, at=(0.06, 0.05)
) -> Image.Image:
    """Place a small scanned piece (a receipt) on a full A4 scanner bed image."""
    W, H = round(page[0] / 72 * dpi), round(page[1] / 72 * dpi)
    mode = img.mode
    bed = Image.new(mode, (W, H), 247 if mode == "L" else (247, 247, 245))
    x, y = int(at[0] * W), int(at[1] * H)
    bed.paste(img, (x, y))
    a = np.asarray(bed).astype(np.float32)
    a = a + rng.normal(0, 2.5, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# --------------------------------------------------------------------------- logos


def logo_cloud(s: Sheet, x, y, col):
    for dx, dy, r in ((0, 0, 9), (11, 5, 12), (24, 0, 9), (12, -3, 9)):
        s.circle(x + dx, y + dy, r, fill=col)


def logo_hex(s: Sheet, x, y, r, col, inner=(1, 1, 1)):
    pts = [
        (x + r * math.cos(math.radians(60 * i + 30)), y + r * math.sin(math.radians(60 * i + 30)))
        for i in range(6)
    ]
    s.poly(pts, fill=col)
    pts2 = [
        (
            x + r * 0.45 * math.cos(math.radians(60 * i + 30)),
            y + r * 0.45 * math.sin(math.radians(60 * i + 30)),
        )
        for i in range(6)
    ]
    s.poly(pts2, fill=inner)


def logo_bars(s: Sheet, x, y, col, n=4, w=5, gap=2.5, hmax=22):
    for i in range(n):
        hh = hmax * (i + 1) / n
        s.rect(x + i * (w + gap), y, w, hh, fill=col)


DOCS: dict = {}


def doc(name: str):
    def deco(fn):
        DOCS[name] = fn
        return fn

    return deco


# =========================================================================== invoices

NL_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def dmy(d: date, sep=".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


@doc("i01")
def i01(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """NL cloud hosting, usage table, BTW 21 %."""
    vendor = "Wolkhaven Hosting B.V."
    num = "WH-2026-004817"
    d, due = date(2026, 3, 2), date(2026, 3, 16)
    items = [
        line("Cloud VPS CX-4 (4 vCPU / 8 GB)", 1, "24.00"),
        line("Extra IPv4-adres", 2, "1.50"),
        line("Object Storage (GB-maand)", "412.6", "0.0049"),
        line("Dataverkeer boven bundel (GB)", 38, "0.01"),
        line("Snapshot-back-ups (per VPS)", 1, "4.95"),
        line("Managed DNS-zone", 3, "0.50"),
    ]
    net = sum(i["amount"] for i in items)
    vat = q(net * D("0.21"))
    total = net + vat
    s = Sheet(str(out / "i01.pdf"), A4, f"Factuur {num}")
    W = A4[0]
    blue = (0.13, 0.36, 0.72)
    logo_cloud(s, 52, 790, blue)
    s.text(92, 784, "wolkhaven", "Helvetica-Bold", 22, color=blue)
    s.text(92, 770, "hosting · cloud · dns", "Helvetica", 8, color=(0.4, 0.4, 0.4))
    s.lines(
        W - 45,
        796,
        [
            "Wolkhaven Hosting B.V.",
            "Catharijnesingel 53",
            "3511 GC Utrecht",
            "support@wolkhaven.nl",
            "+31 30 720 4410",
        ],
        "Helvetica",
        8,
        10.5,
        "r",
    )
    s.text(45, 712, "Factuur", "Helvetica-Bold", 18)
    s.rect(330, 620, 220, 98, fill=(0.94, 0.96, 0.99))
    meta = [
        ("Factuurnummer", num),
        ("Factuurdatum", dmy(d, "-")),
        ("Vervaldatum", dmy(due, "-")),
        ("Klantnummer", "C-208144"),
        ("Periode", "01-02-2026 t/m 28-02-2026"),
    ]
    yy = 702
    for k, v in meta:
        s.text(340, yy, k, "Helvetica", 8.5, color=(0.3, 0.3, 0.3))
        s.text(540, yy, v, "Helvetica-Bold", 8.5, "r")
        yy -= 17
    s.text(45, 690, "Factuuradres", "Helvetica-Bold", 8.5, color=blue)
    s.lines(
        45,
        676,
        [
            "Bakkerij Van Dijk & Zn. V.O.F.",
            "t.a.v. administratie",
            "Oudegracht 118",
            "3511 AX Utrecht",
            "Nederland",
        ],
        "Helvetica",
        9,
        12,
    )
    cols = [(250, "l"), (70, "r"), (90, "r"), (95, "r")]
    rows = [
        [
            i["description"],
            money(i["quantity"], "de", 1 if i["quantity"] % 1 else 0),
            "€ " + money(i["unit_price"], "de", 4 if i["unit_price"] < D("0.1") else 2),
            "€ " + money(i["amount"], "de"),
        ]
        for i in items
    ]
    y = table(
        s,
        45,
        590,
        cols,
        ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
        rows,
        size=8.5,
        head_fill=blue,
        head_color=(1, 1, 1),
        zebra=(0.96, 0.97, 0.99),
        row_h=18,
    )
    y -= 16
    for lab, val, f in (
        ("Subtotaal excl. BTW", net, "Helvetica"),
        ("BTW 21%", vat, "Helvetica"),
        ("Totaal incl. BTW", total, "Helvetica-Bold"),
    ):
        s.text(420, y, lab, f, 9.5, "r")
        s.text(550, y, "€ " + money(val, "de"), f, 9.5, "r")
        y -= 16
    s.hline(330, 550, y + 28, blue, 1)
    s.text(
        45,
        y - 20,
        f"Het totaalbedrag van € {money(total, 'de')} wordt op of rond {dmy(due, '-')} automatisch afgeschreven",
        "Helvetica",
        8.5,
    )
    s.text(
        45,
        y - 32,
        "van uw rekening NL91 ABNA 0417 1643 00 (machtiging WH-208144).",
        "Helvetica",
        8.5,
    )
    s.text(
        45,
        y - 56,
        "Verbruik wordt per uur berekend en per maand gefactureerd. Prijzen zijn exclusief BTW tenzij anders vermeld.",
        "Helvetica-Oblique",
        7.5,
        color=(0.4, 0.4, 0.4),
    )
    s.hline(45, 550, 62, (0.7, 0.7, 0.7))
    s.text(
        45,
        48,
        "Wolkhaven Hosting B.V.  ·  KvK 71234908  ·  BTW NL858934122B01  ·  IBAN NL20 INGB 0006 8412 77  ·  BIC INGBNL2A",
        "Helvetica",
        7,
        color=(0.35, 0.35, 0.35),
    )
    s.text(550, 34, "Pagina 1 van 1", "Helvetica", 7, "r", (0.35, 0.35, 0.35))
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="usage table with 4-decimal unit price and fractional quantity; service period dates next to invoice date; dd-mm-yyyy",
        kind="pdf",
    )
    return t, {"country": "NL", "type": "cloud hosting"}


@doc("i02")
def i02(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """FR mobile telecom, two pages, sidebar, HT/TVA/TTC."""
    vendor = "Ondalis Télécom SAS"
    num = "F26-0219-88412"
    d, due = date(2026, 2, 19), date(2026, 3, 6)
    items = [
        line("Forfait Mobile 100 Go – 06 12 34 56 78", 1, "16.66"),
        line("Forfait Mobile 20 Go – 07 81 22 90 14", 1, "7.49"),
        line("Option Europe & Maghreb", 1, "4.16"),
        line("Appels hors forfait (international)", 1, "2.35"),
        line("Remise fidélité 12 mois", 1, "-3.33"),
    ]
    net = sum(i["amount"] for i in items)
    vat = q(net * D("0.20"))
    total = net + vat
    s = Sheet(str(out / "i02.pdf"), A4, f"Facture {num}")
    H = A4[1]
    pink = (0.78, 0.1, 0.42)
    F, FB = "DV", "DVB"

    def side(page):
        s.rect(0, 0, 150, H, fill=(0.97, 0.93, 0.95))
        s.circle(45, H - 60, 20, fill=pink)
        s.circle(60, H - 60, 14, fill=(1, 1, 1))
        s.text(24, H - 104, "ondalis", FB, 20, color=pink)
        s.lines(
            24,
            H - 140,
            [
                "Ondalis Télécom SAS",
                "18 rue de la Pépinière",
                "75008 Paris",
                "",
                "Service client",
                "3970 (appel gratuit)",
                "ondalis.fr/espace-client",
            ],
            F,
            7.5,
            10.5,
        )
        s.text(24, 40, f"Page {page}/2", F, 7.5)

    side(1)
    s.text(175, H - 70, "Votre facture", FB, 22)
    s.text(175, H - 92, f"du {d.day} {FR_MONTHS[d.month - 1]} {d.year}", F, 12)
    s.lines(
        380,
        H - 60,
        ["Mme Claire Fontaine", "12 allée des Tilleuls", "69300 Caluire-et-Cuire"],
        F,
        9.5,
        13,
    )
    meta = [
        ("N° de facture", num),
        ("Date de facture", d.strftime("%d/%m/%Y")),
        ("N° client", "1.0045.2281"),
        ("Période", "du 19/01/2026 au 18/02/2026"),
    ]
    yy = H - 150
    for k, v in meta:
        s.text(175, yy, k, F, 8.5, color=(0.35, 0.35, 0.35))
        s.text(300, yy, v, FB, 8.5)
        yy -= 15
    s.rect(175, H - 330, 375, 110, fill=(1, 1, 1), stroke=pink, lw=1.2, r=6)
    s.text(190, H - 245, "Montant à payer", FB, 12, color=pink)
    s.text(535, H - 245, money(total, "fr") + " €", FB, 20, "r", pink)
    s.text(
        190,
        H - 270,
        f"Prélevé à partir du {due.strftime('%d/%m/%Y')} sur le compte FR76 •••• •••• 4821",
        F,
        8.5,
    )
    yy = H - 295
    for lab, v in (("Total HT", net), ("TVA 20 %", vat), ("Total TTC", total)):
        s.text(190, yy, lab, F, 8.5)
        s.text(535, yy, money(v, "fr") + " €", F, 8.5, "r")
        yy -= 11.5
    s.text(175, H - 370, "Récapitulatif", FB, 12)
    cols = [(265, "l"), (110, "r")]
    rows = [[i["description"], money(i["amount"], "fr") + " € HT"] for i in items]
    y = table(
        s,
        175,
        H - 380,
        cols,
        ["Libellé", "Montant"],
        rows,
        font=F,
        hfont=FB,
        size=8.5,
        grid=(0.85, 0.85, 0.85),
        row_h=19,
    )
    s.text(175, y - 30, "Le détail de vos consommations figure en page 2.", F, 8.5)
    s.text(
        175,
        y - 44,
        "Pensez à la facture électronique : aucune action n'est requise de votre part.",
        F,
        8.5,
        color=(0.4, 0.4, 0.4),
    )
    s.text(
        175,
        58,
        "Ondalis Télécom SAS au capital de 2 500 000 € – RCS Paris 812 345 678",
        F,
        6.8,
        color=(0.4, 0.4, 0.4),
    )
    s.text(
        175,
        48,
        "TVA intracommunautaire FR41 812345678 – Siège : 18 rue de la Pépinière, 75008 Paris",
        F,
        6.8,
        color=(0.4, 0.4, 0.4),
    )
    s.new_page()
    side(2)
    s.text(175, H - 70, "Détail des consommations", FB, 16)
    rows = [
        ["21/01 10:42", "Appel vers Maroc +212", "4 min 12 s", "0,84 €"],
        ["27/01 18:05", "Appel vers Algérie +213", "6 min 40 s", "1,12 €"],
        ["02/02 09:31", "SMS vers international", "3 SMS", "0,39 €"],
        ["11/02 21:18", "Data (inclus forfait)", "61,2 Go", "0,00 €"],
        ["14/02 12:00", "Appels nationaux (inclus)", "8 h 12 min", "0,00 €"],
    ]
    y = table(
        s,
        175,
        H - 90,
        [(80, "l"), (150, "l"), (75, "r"), (70, "r")],
        ["Date", "Nature", "Volume", "Montant HT"],
        rows,
        font=F,
        hfont=FB,
        size=8,
        zebra=(0.97, 0.97, 0.97),
        row_h=17,
    )
    s.text(545, y - 16, "Total hors forfait : 2,35 € HT", FB, 8.5, "r")
    s.text(
        175,
        y - 60,
        "Les montants hors forfait sont indiqués hors taxes. Conservez cette facture, elle vaut justificatif.",
        F,
        7.5,
        color=(0.4, 0.4, 0.4),
    )
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="2 pages, left sidebar; direct-debit date as due date; discount line; period dates; comma decimals with narrow-space thousands",
        kind="pdf",
    )
    return t, {"country": "FR", "type": "mobile telecom"}


@doc("i03")
def i03(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """DE electricity annual statement with deposits already paid."""
    vendor = "Rheinstrom Energie GmbH"
    num = "2026 0104 5521"
    d, due = date(2026, 1, 9), date(2026, 1, 23)
    items = [
        line("Arbeitspreis 01.01.2025–31.12.2025 (kWh)", 2847, "0.3129"),
        line("Grundpreis (Tage)", 365, "0.3945"),
    ]
    net = sum(i["amount"] for i in items)
    vat = q(net * D("0.19"))
    total = net + vat
    paid = D("12") * D("98.00")
    rest = total - paid
    s = Sheet(str(out / "i03.pdf"), A4, "Stromrechnung")
    W, H = A4
    green = (0.0, 0.47, 0.33)
    F, FB = "Helvetica", "Helvetica-Bold"
    s.rect(0, H - 18, W, 18, fill=green)
    logo_bars(s, 400, H - 80, green, n=5, w=6, gap=3, hmax=34)
    s.text(450, H - 62, "RHEINSTROM", FB, 17, color=green)
    s.text(450, H - 76, "Energie für die Region", F, 8, color=(0.4, 0.4, 0.4))
    s.text(
        57,
        H - 118,
        "Rheinstrom Energie GmbH · Hohenzollernring 21 · 50672 Köln",
        F,
        6.5,
        color=(0.35, 0.35, 0.35),
    )
    s.lines(57, H - 135, ["Herrn", "Jonas Bergmann", "Venloer Straße 310", "50823 Köln"], F, 10, 13)
    info = [
        ("Kundennummer", "40 118 772"),
        ("Vertragskonto", "3000 4481 92"),
        ("Rechnungsnummer", num),
        ("Rechnungsdatum", dmy(d)),
        ("Zählernummer", "1ESY1160 7731 42"),
    ]
    yy = H - 118
    for k, v in info:
        s.text(380, yy, k, F, 8)
        s.text(540, yy, v, FB, 8, "r")
        yy -= 12
    s.text(57, H - 235, "Ihre Jahresverbrauchsabrechnung Strom 2025", FB, 14)
    s.text(
        57,
        H - 252,
        "Abrechnungszeitraum 01.01.2025 bis 31.12.2025 · Tarif RheinStrom Klassik",
        F,
        9,
    )
    cols = [(215, "l"), (75, "r"), (95, "r"), (95, "r")]
    rows = [
        ["Arbeitspreis", "2.847 kWh", "31,29 ct/kWh", money(items[0]["amount"], "de") + " €"],
        ["Grundpreis", "365 Tage", "39,45 ct/Tag", money(items[1]["amount"], "de") + " €"],
    ]
    y = table(
        s,
        57,
        H - 270,
        cols,
        ["Position", "Menge", "Preis netto", "Betrag netto"],
        rows,
        font=F,
        hfont=FB,
        size=9,
        grid=(0.8, 0.8, 0.8),
        row_h=19,
        rule=green,
    )
    y -= 14
    summ = [
        ("Summe netto", net, F),
        ("Umsatzsteuer 19 %", vat, F),
        ("Rechnungsbetrag brutto", total, FB),
        ("abzüglich geleistete Abschläge (12 × 98,00 €)", -paid, F),
    ]
    for lab, v, f in summ:
        s.text(440, y, lab, f, 9, "r")
        s.text(537, y, money(v, "de") + " €", f, 9, "r")
        y -= 15
    s.rect(300, y - 14, 245, 24, fill=(0.9, 0.96, 0.93))
    s.text(310, y - 6, "Nachzahlung", FB, 11, color=green)
    s.text(537, y - 6, money(rest, "de") + " €", FB, 11, "r", green)
    y -= 48
    s.lines(
        57,
        y,
        [
            f"Bitte überweisen Sie die Nachzahlung bis zum {dmy(due)} unter Angabe der Rechnungsnummer.",
            "Ihr neuer monatlicher Abschlag ab Februar 2026 beträgt 104,00 € (fällig jeweils zum 15.).",
            "Die Preise enthalten die Stromsteuer, Netzentgelte, Konzessionsabgabe und Umlagen.",
        ],
        F,
        8.5,
        12,
    )
    y -= 60
    s.text(57, y, "Zählerstände", FB, 9)
    table(
        s,
        57,
        y - 6,
        [(120, "l"), (100, "r"), (100, "r"), (100, "r")],
        ["Ablesung", "Datum", "Stand", "Verbrauch"],
        [
            ["Anfangsstand", "01.01.2025", "38.114", ""],
            ["Endstand (abgelesen)", "31.12.2025", "40.961", "2.847 kWh"],
        ],
        font=F,
        hfont=FB,
        size=8,
        row_h=15,
        rule=(0.7, 0.7, 0.7),
    )
    s.hline(57, 540, 70, green, 0.8)
    s.text(
        57,
        58,
        "Rheinstrom Energie GmbH · Sitz Köln · Amtsgericht Köln HRB 88231 · Geschäftsführung: Dr. Petra Lenz, Michael Otten",
        F,
        6.5,
    )
    s.text(
        57,
        49,
        "USt-IdNr. DE 298 114 730 · Sparkasse KölnBonn · IBAN DE44 3705 0198 0012 3456 78 · BIC COLSDE33 · Gläubiger-ID DE98ZZZ00000123456",
        F,
        6.5,
    )
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=f"annual electricity statement: total is the gross invoice amount {money(total, 'de')}, NOT the Nachzahlung {money(rest, 'de')} left after 12 deposits; number printed with spaces; ct/kWh prices",
        kind="pdf",
    )
    return t, {"country": "DE", "type": "electricity"}


def _words_in(n: int) -> str:
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
    tens = [
        "Zero",
        "Ten",
        "Twenty",
        "Thirty",
        "Forty",
        "Fifty",
        "Sixty",
        "Seventy",
        "Eighty",
        "Ninety",
    ]

    def two(x):
        return ones[x] if x < 20 else tens[x // 10] + ("-" + ones[x % 10] if x % 10 else "")

    def three(x):
        h, r = divmod(x, 100)
        return (ones[h] + " Hundred" + (" " + two(r) if r else "")) if h else two(r)

    parts = []
    cr, n = divmod(n, 10000000)
    lk, n = divmod(n, 100000)
    th, n = divmod(n, 1000)
    if cr:
        parts.append(three(cr) + " Crore")
    if lk:
        parts.append(two(lk) + " Lakh")
    if th:
        parts.append(two(th) + " Thousand")
    if n:
        parts.append(three(n))
    return " ".join(parts)


@doc("i04")
def i04(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """IN SaaS tax invoice, CGST+SGST, lakh grouping."""
    vendor = "Kavach Cloudware Pvt. Ltd."
    num = "KCW/25-26/01187"
    d, due = date(2026, 2, 12), date(2026, 3, 14)
    items = [
        line("Kavach Pro – annual seat licence (SAC 997331)", 80, "1499.00"),
        line("Additional secure storage 500 GB (SAC 998315)", 1, "2500.00"),
        line("Volume discount 10% on seat licences", 1, "-11992.00"),
    ]
    net = sum(i["amount"] for i in items)
    cg = q(net * D("0.09"))
    sg = q(net * D("0.09"))
    vat = cg + sg
    total = net + vat
    s = Sheet(str(out / "i04.pdf"), A4, f"Tax Invoice {num}")
    W, H = A4
    F, FB = "DV", "DVB"
    navy = (0.09, 0.16, 0.36)
    logo_hex(s, 62, H - 62, 20, (0.95, 0.55, 0.1))
    s.text(92, H - 60, "KAVACH", FB, 20, color=navy)
    s.text(92, H - 74, "CLOUDWARE", F, 9, color=navy)
    s.text(W - 42, H - 52, "TAX INVOICE", FB, 16, "r", navy)
    s.text(W - 42, H - 66, "ORIGINAL FOR RECIPIENT", F, 7, "r", (0.4, 0.4, 0.4))
    s.rect(40, H - 215, W - 80, 120, stroke=(0.5, 0.5, 0.5), lw=0.6)
    s.vline(W / 2, H - 215, H - 95, (0.5, 0.5, 0.5))
    s.lines(
        48,
        H - 110,
        [
            "Kavach Cloudware Pvt. Ltd.",
            "4th Floor, Prestige Tech Vista",
            "Outer Ring Road, Bellandur",
            "Bengaluru, Karnataka 560103",
            "GSTIN: 29AABCK4821M1Z5",
            "PAN: AABCK4821M  CIN: U72900KA2019PTC123456",
        ],
        F,
        8,
        12.5,
    )
    yy = H - 110
    for k, v in (
        ("Invoice No.", num),
        ("Invoice Date", f"{d.day:02d}-{EN_MON[d.month - 1]}-{d.year}"),
        ("Due Date", f"{due.day:02d}-{EN_MON[due.month - 1]}-{due.year}"),
        ("Place of Supply", "Karnataka (29)"),
        ("PO Reference", "PO/IT/2026/0044"),
        ("Reverse Charge", "No"),
    ):
        s.text(W / 2 + 8, yy, k, F, 8)
        s.text(W / 2 + 95, yy, ":  " + v, FB, 8)
        yy -= 12.5
    s.text(48, H - 232, "Bill To", FB, 8.5)
    s.lines(
        48,
        H - 246,
        [
            "Suryodaya Textiles LLP",
            "No. 18, 2nd Cross, Peenya Industrial Area",
            "Bengaluru, Karnataka 560058",
            "GSTIN: 29AAKFS7731Q1ZA",
        ],
        F,
        8,
        12,
    )
    cols = [(22, "c"), (228, "l"), (40, "r"), (75, "r"), (150, "r")]
    rows = [
        [
            str(i + 1),
            it["description"],
            qstr(it["quantity"]),
            money(it["unit_price"], "in"),
            money(it["amount"], "in"),
        ]
        for i, it in enumerate(items)
    ]
    y = table(
        s,
        40,
        H - 310,
        cols,
        ["#", "Description", "Qty", "Rate (₹)", "Amount (₹)"],
        rows,
        font=F,
        hfont=FB,
        size=7.8,
        head_fill=navy,
        head_color=(1, 1, 1),
        grid=(0.75, 0.75, 0.75),
        row_h=18,
    )
    y -= 14
    for lab, v, f in (
        ("Taxable Value", net, F),
        ("CGST @ 9%", cg, F),
        ("SGST @ 9%", sg, F),
        ("Total (₹)", total, FB),
    ):
        s.text(430, y, lab, f, 8.8, "r")
        s.text(551, y, money(v, "in"), f, 8.8, "r")
        y -= 14
    rupees = int(total)
    paise = int((total - rupees) * 100)
    s.text(
        40,
        y - 10,
        f"Amount in words: Indian Rupees {_words_in(rupees)} and Paise {_words_in(paise)} Only",
        FB,
        7.6,
    )
    y -= 40
    s.text(40, y, "Tax summary", FB, 8)
    table(
        s,
        40,
        y - 5,
        [(90, "l"), (110, "r"), (70, "r"), (90, "r"), (70, "r"), (90, "r")],
        ["SAC", "Taxable", "CGST %", "CGST", "SGST %", "SGST"],
        [
            [
                "997331",
                money(D("107928.00"), "in"),
                "9%",
                money(q(D("107928.00") * D("0.09")), "in"),
                "9%",
                money(q(D("107928.00") * D("0.09")), "in"),
            ],
            [
                "998315",
                money(D("2500.00"), "in"),
                "9%",
                money(D("225.00"), "in"),
                "9%",
                money(D("225.00"), "in"),
            ],
        ],
        font=F,
        hfont=FB,
        size=7.3,
        row_h=14,
        grid=(0.85, 0.85, 0.85),
    )
    s.text(
        40,
        150,
        "Bank: HDFC Bank Ltd, Koramangala Branch · A/c 50200061234517 · IFSC HDFC0000053",
        F,
        7.4,
    )
    s.text(
        40,
        139,
        "Payment terms: 30 days from invoice date. Interest @18% p.a. on overdue amounts.",
        F,
        7.4,
    )
    s.text(W - 42, 120, "For Kavach Cloudware Pvt. Ltd.", FB, 8, "r")
    s.text(W - 42, 80, "Authorised Signatory", F, 7.5, "r")
    s.text(
        40,
        50,
        "This is a computer generated invoice. Subject to Bengaluru jurisdiction.",
        F,
        6.8,
        color=(0.4, 0.4, 0.4),
    )
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="CGST + SGST two tax lines (vat is their sum); lakh grouping 1,30,305.04; dd-Mon-yyyy; slashes in invoice no; negative discount line",
        kind="pdf",
    )
    return t, {"country": "IN", "type": "SaaS"}


@doc("i05")
def i05(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """US domain registrar receipt-invoice, paid by card, no tax printed."""
    vendor = "Namefield, Inc."
    num = "NF-88310427"
    d = date(2026, 3, 3)
    items = [
        line("acmeplumbing.com – Renewal (1 year)", 1, "18.99"),
        line("acmeplumbing.io – Registration (1 year)", 1, "52.00"),
        line("Domain Privacy + Protection", 2, "0.00"),
        line("ICANN fee", 2, "0.20"),
    ]
    net = sum(i["amount"] for i in items)
    total = net
    s = Sheet(str(out / "i05.pdf"), LETTER, f"Invoice {num}")
    W, H = LETTER
    F, FB = "Helvetica", "Helvetica-Bold"
    teal = (0.0, 0.55, 0.55)
    s.rect(50, H - 78, 30, 30, fill=teal, r=6)
    s.text(65, H - 70, "n", FB, 22, "c", (1, 1, 1))
    s.text(88, H - 70, "namefield", FB, 24)
    s.text(W - 50, H - 62, "INVOICE", F, 26, "r", (0.55, 0.55, 0.55))
    y = H - 120
    for k, v in (
        ("Invoice #", num),
        ("Date", f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"),
        ("Order #", "7720-1993-0415"),
        ("Customer ID", "acmeplumb77"),
    ):
        s.text(W - 200, y, k, F, 9, color=(0.4, 0.4, 0.4))
        s.text(W - 50, y, v, FB, 9, "r")
        y -= 14
    s.text(50, H - 120, "Billed to", FB, 9, color=teal)
    s.lines(
        50,
        H - 134,
        [
            "Dave Kowalski",
            "Acme Plumbing & Heating LLC",
            "2210 W Fulton St",
            "Chicago, IL 60612",
            "United States",
        ],
        F,
        9,
        12.5,
    )
    cols = [(300, "l"), (55, "c"), (70, "r"), (87, "r")]
    rows = [
        [
            i["description"],
            qstr(i["quantity"]),
            "$" + money(i["unit_price"]),
            "$" + money(i["amount"]),
        ]
        for i in items
    ]
    y = table(
        s,
        50,
        H - 230,
        cols,
        ["Product", "Qty", "Price", "Total"],
        rows,
        size=9,
        grid=(0.88, 0.88, 0.88),
        row_h=22,
        rule=teal,
    )
    y -= 18
    for lab, v, f in (
        ("Subtotal", f"${money(net)}", F),
        ("Total", f"${money(total)}", FB),
        ("Paid (Visa •••• 4242, Mar 3, 2026)", f"-${money(total)}", F),
        ("Balance due", "$0.00", FB),
    ):
        s.text(W - 150, y, lab, f, 9.5, "r")
        s.text(W - 54, y, v, f, 9.5, "r")
        y -= 17
    s.rect(50, y - 60, 250, 44, fill=(0.93, 0.97, 0.97))
    s.text(60, y - 32, "Auto-renew is ON for acmeplumbing.com.", F, 8.5)
    s.text(60, y - 45, "Next renewal: March 3, 2027 at $19.99/yr.", F, 8.5)
    s.text(
        50,
        60,
        "Namefield, Inc. · 600 Congress Ave, Suite 1400, Austin, TX 78701 · ICANN-accredited registrar · namefield.com/help",
        F,
        7.5,
        color=(0.45, 0.45, 0.45),
    )
    s.text(
        50,
        48,
        "Questions about this invoice? billing@namefield.com · +1 (512) 555-0148",
        F,
        7.5,
        color=(0.45, 0.45, 0.45),
    )
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=None,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="no tax printed (vat null); ICANN fee is a fee not a tax; paid by card so balance due $0.00 – total is 71.39; renewal date 2027 in a note; order number next to invoice number",
        kind="pdf",
    )
    return t, {"country": "US", "type": "domain registrar"}


@doc("i06")
def i06(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """UK co-working, serif, wordmark right, member discount."""
    vendor = "Hatch & Hive Workspaces Ltd"
    num = "INV-04127"
    d, due = date(2026, 4, 1), date(2026, 4, 15)
    items = [
        line("Hot desk membership – April 2026", 1, "195.00"),
        line("Meeting room 'Comb' (hours)", 6, "35.00"),
        line("Printing credits bundle", 1, "12.50"),
        line("Mail handling & business address", 1, "25.00"),
        line("Annual member discount 10% (membership)", 1, "-19.50"),
    ]
    net = sum(i["amount"] for i in items)
    vat = q(net * D("0.20"))
    total = net + vat
    s = Sheet(str(out / "i06.pdf"), A4, f"Invoice {num}")
    W, H = A4
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    honey = (0.85, 0.6, 0.05)
    for i in range(3):
        logo_hex(s, W - 150 + i * 17, H - 60 + (i % 2) * 10, 9, honey, honey)
    s.text(W - 48, H - 95, "Hatch & Hive", FB, 24, "r")
    s.text(
        W - 48, H - 110, "flexible workspace · Ancoats, Manchester", FI, 9.5, "r", (0.4, 0.4, 0.4)
    )
    s.text(50, H - 70, "INVOICE", FB, 30, color=(0.15, 0.15, 0.15))
    s.text(50, H - 150, "Invoice to:", FB, 10)
    s.lines(
        50,
        H - 164,
        [
            "Fern & Finch Design Studio",
            "Attn: Priya Shah",
            "Unit 4, Cotton Field Wharf",
            "Manchester M4 6GG",
        ],
        F,
        10,
        13,
    )
    yy = H - 150
    for k, v in (
        ("Invoice number", num),
        ("Invoice date", f"{d.day:02d} {EN_MON[d.month - 1]} {d.year}"),
        ("Payment due", f"{due.day:02d} {EN_MON[due.month - 1]} {due.year}"),
        ("Member ref.", "HH-M-0388"),
    ):
        s.text(340, yy, k, F, 10)
        s.text(545, yy, v, FB, 10, "r")
        yy -= 14
    cols = [(265, "l"), (50, "c"), (90, "r"), (90, "r")]
    rows = [
        [
            i["description"],
            qstr(i["quantity"]),
            "£" + money(i["unit_price"]) if i["unit_price"] >= 0 else "",
            ("-£" + money(-i["amount"])) if i["amount"] < 0 else "£" + money(i["amount"]),
        ]
        for i in items
    ]
    s.hline(50, 545, H - 245, (0.1, 0.1, 0.1), 1.2)
    y = table(
        s,
        50,
        H - 245,
        cols,
        ["Description", "Qty", "Unit price", "Amount"],
        rows,
        font=F,
        hfont=FB,
        size=10,
        row_h=22,
        grid=(0.8, 0.8, 0.8),
        rule=(0.1, 0.1, 0.1),
    )
    y -= 20
    for lab, v, f in (("Net total", net, F), ("VAT @ 20%", vat, F), ("Total due", total, FB)):
        s.text(450, y, lab, f, 11, "r")
        s.text(541, y, "£" + money(v), f, 11, "r")
        y -= 18
    s.hline(360, 545, y + 33, (0.1, 0.1, 0.1), 0.8)
    s.text(50, y - 30, "Payment by bank transfer please, quoting the invoice number.", FI, 10)
    s.lines(
        50,
        y - 50,
        [
            "Account name: Hatch & Hive Workspaces Ltd",
            "Sort code: 20-45-77   Account no: 53918822",
            "IBAN: GB33 BARC 2045 7753 9188 22",
        ],
        F,
        10,
        13,
    )
    s.text(
        50,
        70,
        "Hatch & Hive Workspaces Ltd · Registered in England & Wales No. 11842207 · VAT Reg. No. GB 318 4472 91",
        F,
        8,
        color=(0.35, 0.35, 0.35),
    )
    s.text(
        50,
        59,
        "Registered office: 12 Blossom Street, Manchester M4 6AJ · hello@hatchandhive.co.uk",
        F,
        8,
        color=(0.35, 0.35, 0.35),
    )
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="serif font, wordmark 'Hatch & Hive' bigger than legal name; member discount line; '01 Apr 2026'",
        kind="pdf",
    )
    return t, {"country": "UK", "type": "co-working"}


@doc("i07")
def i07(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """ES online shop, condensed font, discount code + shipping, order number."""
    vendor = "Tienda Verdemar S.L."
    num = "TV-2026/000734"
    d = date(2026, 5, 7)
    items = [
        line("Camiseta algodón orgánico, talla M, verde", 2, "16.49"),
        line("Zapatillas de lona Marina, T. 41", 1, "41.28"),
        line("Mochila enrollable 22 L", 1, "28.90"),
    ]
    goods = sum(i["amount"] for i in items)
    disc = -q(goods * D("0.10"))
    ship = D("4.13")
    items += [
        fixed("Descuento VERANO10 (-10 %)", 1, disc, disc),
        fixed("Gastos de envío (24/48 h)", 1, ship, ship),
    ]
    net = goods + disc + ship
    vat = q(net * D("0.21"))
    total = net + vat
    s = Sheet(str(out / "i07.pdf"), A4, f"Factura {num}")
    W, H = A4
    F, FB = "DVC", "DVCB"
    sea = (0.02, 0.45, 0.52)
    s.rect(0, H - 95, W, 95, fill=sea)
    s.circle(62, H - 48, 22, fill=(1, 1, 1))
    s.poly([(48, H - 56), (62, H - 30), (76, H - 56)], fill=sea)
    s.text(95, H - 52, "verdemar", FB, 26, color=(1, 1, 1))
    s.text(95, H - 68, "moda sostenible · tienda online", F, 9, color=(0.85, 0.95, 0.95))
    s.text(W - 40, H - 50, "FACTURA", FB, 22, "r", (1, 1, 1))
    s.text(W - 40, H - 68, f"Nº {num}", F, 10, "r", (1, 1, 1))
    s.lines(
        40,
        H - 125,
        [
            "Tienda Verdemar S.L.",
            "CIF B98765432",
            "C/ de la Reina 41, bajo",
            "46011 Valencia",
            "hola@verdemar.es",
        ],
        F,
        8.5,
        11.5,
    )
    s.text(230, H - 125, "Cliente", FB, 8.5, color=sea)
    s.lines(
        230,
        H - 137,
        ["Lucía Romero Gil", "NIF 48291736K", "Av. de Portugal 12, 3º B", "28011 Madrid"],
        F,
        8.5,
        11.5,
    )
    yy = H - 125
    for k, v in (
        ("Fecha factura", d.strftime("%d/%m/%Y")),
        ("Nº pedido", "100-48213"),
        ("Fecha pedido", "05/05/2026"),
        ("Forma de pago", "Tarjeta (pagado)"),
    ):
        s.text(420, yy, k, F, 8.5)
        s.text(W - 40, yy, v, FB, 8.5, "r")
        yy -= 13
    cols = [(70, "l"), (225, "l"), (40, "c"), (90, "r"), (90, "r")]
    rows = [
        [
            "VM-" + str(1000 + 37 * k),
            it["description"],
            qstr(it["quantity"]),
            money(it["unit_price"], "de") + " €",
            money(it["amount"], "de") + " €",
        ]
        for k, it in enumerate(items)
    ]
    rows[3][0] = rows[4][0] = ""
    y = table(
        s,
        40,
        H - 215,
        cols,
        ["Ref.", "Descripción", "Ud.", "Precio s/IVA", "Importe"],
        rows,
        font=F,
        hfont=FB,
        size=8.5,
        head_fill=(0.9, 0.95, 0.96),
        grid=(0.85, 0.85, 0.85),
        row_h=20,
    )
    y -= 20
    s.rect(340, y - 70, 215, 82, stroke=sea, lw=1)
    for lab, v, f in (("Base imponible", net, F), ("IVA (21 %)", vat, F), ("TOTAL", total, FB)):
        s.text(350, y - 4, lab, f, 10 if f == FB else 9)
        s.text(548, y - 4, money(v, "de") + " €", f, 10 if f == FB else 9, "r")
        y -= 24
    s.text(
        40,
        120,
        "Derecho de desistimiento: dispone de 14 días naturales desde la recepción del pedido.",
        F,
        7.5,
        color=(0.4, 0.4, 0.4),
    )
    s.text(
        40,
        60,
        "Tienda Verdemar S.L. – Inscrita en el Registro Mercantil de Valencia, Tomo 10234, Folio 88, Hoja V-176543 – CIF B98765432",
        F,
        6.8,
        color=(0.4, 0.4, 0.4),
    )
    s.text(W - 40, 40, "1/1", F, 7, "r")
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="order number and order date next to invoice number/date; discount code and shipping lines; paid by card so no due date; client NIF printed",
        kind="pdf",
    )
    return t, {"country": "ES", "type": "e-commerce shop"}


@doc("i08")
def i08(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """IT web agency, courtesy copy of an e-invoice."""
    vendor = "Studio Lumen S.r.l."
    num = "27/2026"
    d, due = date(2026, 3, 31), date(2026, 4, 30)
    items = [
        line("Progettazione UX e wireframe sito istituzionale", 1, "1800.00"),
        line("Sviluppo front-end e CMS (ore)", 32, "55.00"),
        line("Configurazione hosting e certificato SSL", 1, "150.00"),
    ]
    net = sum(i["amount"] for i in items)
    vat = q(net * D("0.22"))
    total = net + vat
    s = Sheet(str(out / "i08.pdf"), A4, f"Fattura {num}")
    W, H = A4
    F, FB, FI = "DVS", "DVSB", "DVSI"
    amber = (0.95, 0.7, 0.15)
    s.circle(70, H - 70, 26, fill=amber)
    s.circle(70, H - 70, 15, fill=(1, 1, 1))
    s.circle(70, H - 70, 7, fill=amber)
    s.text(108, H - 68, "studio lumen", FB, 20)
    s.text(108, H - 84, "design & sviluppo digitale", FI, 9, color=(0.45, 0.45, 0.45))
    s.lines(
        W - 45,
        H - 55,
        ["Studio Lumen S.r.l.", "Via Tortona 27", "20144 Milano (MI)", "P.IVA / C.F. 09876543210"],
        F,
        8,
        11,
        "r",
    )
    s.rect(45, H - 200, 240, 80, stroke=(0.6, 0.6, 0.6), lw=0.5)
    s.text(55, H - 135, "Spett.le", FI, 8.5)
    s.lines(
        55,
        H - 149,
        [
            "Cantina Colli Berici Soc. Agr. a r.l.",
            "Via Roma 4, 36023 Longare (VI)",
            "P.IVA 03322110244",
            "Codice destinatario: M5UXCR1",
        ],
        F,
        8.5,
        12,
    )
    s.text(310, H - 135, "FATTURA", FB, 15)
    s.text(310, H - 155, f"n. {num}  del  {d.strftime('%d/%m/%Y')}", F, 10)
    s.text(310, H - 172, "Rif. offerta 2026-011 del 14/01/2026", F, 8.5, color=(0.4, 0.4, 0.4))
    cols = [(270, "l"), (45, "r"), (85, "r"), (105, "r")]
    rows = [
        [
            i["description"],
            qstr(i["quantity"]),
            money(i["unit_price"], "de"),
            money(i["amount"], "de"),
        ]
        for i in items
    ]
    y = table(
        s,
        45,
        H - 230,
        cols,
        ["Descrizione", "Q.tà", "Prezzo", "Importo €"],
        rows,
        font=F,
        hfont=FB,
        size=8.5,
        head_fill=(0.98, 0.92, 0.78),
        grid=(0.8, 0.8, 0.8),
        row_h=20,
    )
    y -= 24
    cols2 = [(110, "l"), (100, "r"), (60, "c"), (90, "r"), (100, "r")]
    y = table(
        s,
        45,
        y,
        cols2,
        ["Riepilogo IVA", "Imponibile", "Aliquota", "Imposta", "Totale"],
        [["Operazioni imponibili", money(net, "de"), "22%", money(vat, "de"), money(total, "de")]],
        font=F,
        hfont=FB,
        size=8,
        row_h=17,
        grid=(0.8, 0.8, 0.8),
    )
    y -= 28
    s.rect(340, y - 10, 210, 26, fill=(0.98, 0.92, 0.78))
    s.text(350, y, "Totale documento", FB, 11)
    s.text(543, y, "€ " + money(total, "de"), FB, 11, "r")
    y -= 44
    s.lines(
        45,
        y,
        [
            "Modalità di pagamento: bonifico bancario (MP05)",
            f"Scadenza: {due.strftime('%d/%m/%Y')}",
            "IBAN: IT60 X054 2811 1010 0000 0123 456 – Banca Popolare di Milano",
        ],
        F,
        8.5,
        12.5,
    )
    s.text(
        45,
        95,
        "Copia di cortesia. Il documento fiscalmente valido è la fattura elettronica trasmessa tramite SdI,",
        FI,
        7.5,
        color=(0.4, 0.4, 0.4),
    )
    s.text(
        45,
        85,
        "disponibile nell'area riservata del portale Fatture e Corrispettivi dell'Agenzia delle Entrate.",
        FI,
        7.5,
        color=(0.4, 0.4, 0.4),
    )
    s.text(
        45,
        55,
        "Studio Lumen S.r.l. – Cap. soc. € 10.000,00 i.v. – REA MI-2098765 – PEC studiolumen@pec.it",
        F,
        7,
        color=(0.4, 0.4, 0.4),
    )
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="number '27/2026' looks like a date fragment; offer date 14/01/2026 printed near the invoice date; VAT summary table repeats totals; customer also has a P.IVA",
        kind="pdf",
    )
    return t, {"country": "IT", "type": "web agency"}


@doc("i09")
def i09(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """BE marketplace commission invoice, reverse charge, offset against payout."""
    vendor = "Brocantia NV"
    num = "BRC-INV-26-0031877"
    d = date(2026, 3, 1)
    items = [
        fixed("Commissie verkopen februari 2026 (14,5 % van € 3.412,80)", 1, "494.86", "494.86"),
        line("Transactiekosten (per bestelling)", 61, "0.35"),
        line("Advertentiepakket Plus", 1, "49.00"),
        line("Creditering commissie retour #BR-77120", 1, "-12.40"),
    ]
    assert q(D("3412.80") * D("0.145")) == D("494.86")
    net = sum(i["amount"] for i in items)
    vat = D("0.00")
    total = net + vat
    s = Sheet(str(out / "i09.pdf"), A4, f"Factuur {num}")
    W, H = A4
    F, FB = "Helvetica", "Helvetica-Bold"
    red = (0.85, 0.22, 0.2)
    s.rect(40, H - 80, 40, 40, fill=red)
    s.rect(48, H - 72, 24, 24, fill=(1, 1, 1))
    s.rect(54, H - 66, 12, 12, fill=red)
    s.text(90, H - 66, "brocantia", FB, 22)
    s.text(90, H - 78, "marketplace for pre-loved things", F, 8, color=(0.45, 0.45, 0.45))
    s.text(W - 40, H - 55, "Factuur / Facture / Invoice", FB, 12, "r")
    s.text(W - 40, H - 70, num, F, 10, "r")
    s.lines(
        40,
        H - 120,
        [
            "Verkoper / Seller",
            "Antik & Trödel Schreiber e.K.",
            "Inh. Sabine Schreiber",
            "Hauptstraße 12",
            "52062 Aachen, Deutschland",
            "USt-IdNr. DE314159265",
        ],
        F,
        8.5,
        11.5,
    )
    yy = H - 120
    for k, v in (
        ("Factuurdatum / Date", dmy(d, "/")),
        ("Verkoper-ID", "S-4471023"),
        ("Periode", "01/02/2026 – 28/02/2026"),
        ("Uitbetaling", "PAY-26-03-88412"),
    ):
        s.text(330, yy, k, F, 8.5, color=(0.4, 0.4, 0.4))
        s.text(W - 40, yy, v, FB, 8.5, "r")
        yy -= 13
    cols = [(330, "l"), (45, "r"), (70, "r"), (70, "r")]
    rows = [
        [
            i["description"],
            qstr(i["quantity"]),
            money(i["unit_price"], "de"),
            money(i["amount"], "de"),
        ]
        for i in items
    ]
    y = table(
        s,
        40,
        H - 215,
        cols,
        ["Omschrijving / Description", "Aantal", "Prijs €", "Bedrag €"],
        rows,
        size=8.3,
        head_fill=(0.95, 0.95, 0.95),
        grid=(0.88, 0.88, 0.88),
        row_h=19,
    )
    y -= 18
    for lab, v, f in (
        ("Totaal excl. btw / Total excl. VAT", net, F),
        ("Btw 0 % – verlegd / autoliquidation", vat, F),
        ("Totaal / Total", total, FB),
    ):
        s.text(470, y, lab, f, 9, "r")
        s.text(551, y, "€ " + money(v, "de"), f, 9, "r")
        y -= 15
    y -= 10
    s.rect(40, y - 48, 515, 52, fill=(1, 0.95, 0.94))
    s.text(
        50,
        y - 12,
        "Btw verlegd – Autoliquidation – Reverse charge (art. 196 Richtlijn 2006/112/EG).",
        FB,
        8.5,
    )
    s.text(
        50,
        y - 26,
        "Dit bedrag wordt verrekend met uw uitbetaling PAY-26-03-88412. U hoeft niets over te schrijven.",
        F,
        8.5,
    )
    s.text(50, y - 39, "This amount is deducted from your payout. No payment is required.", F, 8.5)
    s.text(
        40,
        60,
        "Brocantia NV · Kortrijksesteenweg 1093, 9051 Gent, België · Ondernemingsnummer / BTW BE 0712.345.678 · RPR Gent",
        F,
        7,
        color=(0.4, 0.4, 0.4),
    )
    s.text(
        40, 50, "KBC Bank · IBAN BE71 0961 2345 6769 · BIC GKCCBEBB", F, 7, color=(0.4, 0.4, 0.4)
    )
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-BE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="reverse charge: VAT printed as 0,00 (keyed 0.00); trilingual labels; settled against payout so no due date; the seller block is the CUSTOMER (buyer) – vendor is Brocantia NV; commission base 3.412,80 printed in a line",
        kind="pdf",
    )
    return t, {"country": "BE", "type": "marketplace fees"}


@doc("i10")
def i10(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """AT online course, gross prices incl. 20 % USt, 'Jänner'."""
    vendor = "Lernwerk Akademie GmbH"
    num = "LW-26-1093"
    d = date(2026, 1, 15)
    items = [
        line("Online-Kurs „Buchhaltung kompakt“ (12 Module, 6 Monate Zugang)", 1, "249.00"),
        line("Arbeitsbuch gedruckt inkl. Versand", 1, "35.00"),
        line("Prüfung & Zertifikat", 1, "15.00"),
    ]
    total = sum(i["amount"] for i in items)
    vat = incl(total, 20)
    net = total - vat
    s = Sheet(str(out / "i10.pdf"), A4, f"Rechnung {num}")
    W, H = A4
    F, FB, FL = "DV", "DVB", "DVL"
    plum = (0.42, 0.2, 0.5)
    s.rect(0, 0, 22, H, fill=plum)
    s.text(60, H - 75, "lernwerk", FL, 34, color=plum)
    s.text(62, H - 92, "AKADEMIE", FB, 9, color=plum)
    s.lines(
        W - 45,
        H - 60,
        ["Lernwerk Akademie GmbH", "Mariahilfer Straße 88/3/12", "1070 Wien", "UID: ATU71234567"],
        F,
        8,
        11,
        "r",
    )
    s.lines(60, H - 150, ["Frau", "Mag. Verena Huber", "Grazer Straße 44", "8010 Graz"], F, 9.5, 13)
    s.text(60, H - 240, f"Rechnung Nr. {num}", FB, 15)
    s.text(60, H - 258, f"Wien, am {d.day}. Jänner {d.year}", F, 9.5)
    s.text(W - 45, H - 258, "Kundennr. 88 2041 · Bestellung #5531", F, 8.5, "r", (0.45, 0.45, 0.45))
    cols = [(345, "l"), (50, "c"), (95, "r")]
    rows = [[i["description"], qstr(i["quantity"]), money(i["amount"], "de") + " €"] for i in items]
    y = table(
        s,
        60,
        H - 280,
        cols,
        ["Leistung", "Menge", "Betrag brutto"],
        rows,
        font=F,
        hfont=FB,
        size=8.5,
        row_h=20,
        rule=plum,
        grid=(0.88, 0.88, 0.88),
    )
    y -= 20
    s.text(460, y, "Gesamtbetrag", FB, 11, "r")
    s.text(546, y, money(total, "de") + " €", FB, 11, "r")
    y -= 16
    s.text(460, y, "darin enthalten 20 % USt.", F, 9, "r")
    s.text(546, y, money(vat, "de") + " €", F, 9, "r")
    y -= 14
    s.text(460, y, "Nettobetrag", F, 9, "r")
    s.text(546, y, money(net, "de") + " €", F, 9, "r")
    y -= 40
    s.text(
        60,
        y,
        "Der Betrag wurde am 15.01.2026 via PayPal beglichen (Transaktion 8KX44219LM0031927). Vielen Dank!",
        F,
        8.5,
    )
    s.text(
        60,
        y - 14,
        "Leistungszeitraum: 15.01.2026 bis 15.07.2026. Rücktritt gemäß FAGG innerhalb von 14 Tagen möglich.",
        F,
        8.5,
    )
    s.hline(60, 550, 70, plum, 0.6)
    s.text(
        60,
        56,
        "Lernwerk Akademie GmbH · FN 512345 x · Handelsgericht Wien · Erste Bank · IBAN AT61 2011 1822 3344 5566 · BIC GIBAATWWXXX",
        F,
        6.5,
        color=(0.4, 0.4, 0.4),
    )
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="gross prices with 'darin enthalten 20 % USt.'; Austrian month name 'Jänner' in '15. Jänner 2026'; paid via PayPal (no due date); service period to 15.07.2026",
        kind="pdf",
    )
    return t, {"country": "AT", "type": "online course"}


def _pl_words(n: int) -> str:
    u = ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
    te = [
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
    tn = [
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
    hu = [
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

    def three(x):
        h, r = divmod(x, 100)
        w = [hu[h]] if h else []
        if 10 <= r < 20:
            w.append(te[r - 10])
        else:
            t, o = divmod(r, 10)
            if t:
                w.append(tn[t])
            if o:
                w.append(u[o])
        return " ".join(w)

    def form(x, one, few, many):
        if x == 1:
            return one
        if x % 10 in (2, 3, 4) and x % 100 not in (12, 13, 14):
            return few
        return many

    th, r = divmod(n, 1000)
    parts = []
    if th:
        parts.append(
            ("" if th == 1 else three(th) + " ") + form(th, "tysiąc", "tysiące", "tysięcy")
        )
    if r:
        parts.append(three(r))
    return " ".join(parts).strip() + " " + form(n, "złoty", "złote", "złotych")


@doc("i11")
def i11(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """PL hosting 'Faktura VAT', two pages of lines, 23 % and zw."""
    vendor = "Chmurnik sp. z o.o."
    num = "FV/2026/02/0418"
    d, due = date(2026, 2, 28), date(2026, 3, 14)
    projects = [
        "sklep-ogrodnik",
        "crm-wewnetrzny",
        "blog-firmowy",
        "api-magazyn",
        "intranet",
        "stage-01",
        "poczta",
        "b2b-portal",
    ]
    items = []
    for p in projects:
        plan, price = rng.choice(
            [("VPS SSD S", "39.00"), ("VPS SSD M", "79.00"), ("VPS SSD L", "149.00")]
        )
        items.append(line(f"{plan} – {p} (02/2026)", 1, price))
        items.append(line(f"Kopia zapasowa 7 dni – {p}", 1, "9.90"))
        if rng.random() < 0.5:
            items.append(line(f"Dodatkowy dysk 100 GB – {p}", 1, "19.00"))
    items += [
        line("Domena firmowa.pl – odnowienie 12 mies.", 1, "69.00"),
        line("Domena ogrodnik-sklep.com.pl – odnowienie", 1, "49.00"),
        line("Certyfikat SSL Wildcard – 12 mies.", 1, "399.00"),
        line("Transfer ponad limit (GB)", 214, "0.12"),
        line("Szkolenie online: Bezpieczeństwo serwerów Linux", 2, "350.00"),
    ]
    zw_idx = len(items) - 1
    net23 = sum(i["amount"] for k, i in enumerate(items) if k != zw_idx)
    netzw = items[zw_idx]["amount"]
    vat = q(net23 * D("0.23"))
    net = net23 + netzw
    total = net + vat
    s = Sheet(str(out / "i11.pdf"), A4, f"Faktura VAT {num}")
    W, H = A4
    F, FB = "DV", "DVB"
    orange = (0.93, 0.42, 0.1)

    def header(page):
        s.text(40, H - 60, "chmurnik", FB, 22, color=orange)
        s.circle(160, H - 52, 5, fill=orange)
        s.circle(170, H - 47, 7, fill=orange)
        s.text(W - 40, H - 50, f"Faktura VAT nr {num}", FB, 12, "r")
        s.text(W - 40, H - 64, "ORYGINAŁ", F, 8, "r", (0.4, 0.4, 0.4))
        s.text(W / 2, 30, f"Strona {page} z 2", F, 7, "c", (0.4, 0.4, 0.4))

    header(1)
    yy = H - 95
    for k, v in (
        ("Data wystawienia:", d.isoformat()),
        ("Data sprzedaży:", d.isoformat()),
        ("Miejsce wystawienia:", "Kraków"),
    ):
        s.text(W - 190, yy, k, F, 8)
        s.text(W - 40, yy, v, FB, 8, "r")
        yy -= 12
    s.text(40, H - 140, "Sprzedawca", FB, 9, color=orange)
    s.lines(
        40,
        H - 154,
        [
            "Chmurnik sp. z o.o.",
            "ul. Rakowicka 7/4",
            "31-511 Kraków",
            "NIP 675-123-45-67",
            "KRS 0000765432, REGON 382145600",
        ],
        F,
        8,
        11,
    )
    s.text(310, H - 140, "Nabywca", FB, 9, color=orange)
    s.lines(
        310,
        H - 154,
        ["Ogrodnik24 S.A.", "ul. Ogrodowa 58", "00-876 Warszawa", "NIP 527-280-01-23"],
        F,
        8,
        11,
    )
    cols = [(22, "c"), (250, "l"), (32, "c"), (40, "r"), (60, "r"), (32, "c"), (80, "r")]

    def row(k, it):
        rate = "zw" if k == zw_idx else "23%"
        return [
            str(k + 1),
            it["description"],
            "usł." if k != items.index(items[-2]) else "GB",
            qstr(it["quantity"]),
            money(it["unit_price"], "sp"),
            rate,
            money(it["amount"], "sp"),
        ]

    hdr = ["Lp.", "Nazwa towaru lub usługi", "J.m.", "Ilość", "Cena netto", "VAT", "Wartość netto"]
    split = 20
    rows = [row(k, it) for k, it in enumerate(items)]
    y = table(
        s,
        40,
        H - 225,
        cols,
        hdr,
        rows[:split],
        font=F,
        hfont=FB,
        size=7.4,
        head_fill=(0.99, 0.9, 0.83),
        grid=(0.85, 0.85, 0.85),
        row_h=17,
    )
    sub1 = sum(i["amount"] for i in items[:split])
    s.text(W - 45, y - 14, f"Do przeniesienia: {money(sub1, 'sp')}", FB, 7.6, "r")
    s.new_page()
    header(2)
    y = table(
        s,
        40,
        H - 95,
        cols,
        hdr,
        rows[split:],
        font=F,
        hfont=FB,
        size=7.4,
        head_fill=(0.99, 0.9, 0.83),
        grid=(0.85, 0.85, 0.85),
        row_h=17,
    )
    y -= 25
    s.text(40, y, "Podsumowanie według stawek VAT", FB, 8.5)
    y = table(
        s,
        270,
        y + 8,
        [(60, "c"), (80, "r"), (70, "r"), (75, "r")],
        ["Stawka", "Netto", "VAT", "Brutto"],
        [
            ["23%", money(net23, "sp"), money(vat, "sp"), money(net23 + vat, "sp")],
            ["zw", money(netzw, "sp"), "0,00", money(netzw, "sp")],
            ["Razem", money(net, "sp"), money(vat, "sp"), money(total, "sp")],
        ],
        font=F,
        hfont=FB,
        size=8,
        row_h=16,
        grid=(0.75, 0.75, 0.75),
    )
    y -= 22
    s.rect(270, y - 10, 285, 26, fill=(0.99, 0.9, 0.83))
    s.text(280, y, "Do zapłaty:", FB, 11)
    s.text(548, y, money(total, "sp") + " PLN", FB, 11, "r")
    zl = int(total)
    gr = int((total - zl) * 100)
    s.text(40, y - 35, f"Słownie: {_pl_words(zl)} {gr:02d}/100", F, 8)
    s.lines(
        40,
        y - 60,
        [
            f"Termin płatności: {due.isoformat()} (14 dni)",
            "Sposób płatności: przelew",
            "Nr konta: PL61 1090 1014 0000 0712 1981 2874 (Santander Bank Polska)",
        ],
        F,
        8,
        11.5,
    )
    s.text(
        40,
        y - 105,
        "Zwolnienie z VAT dla szkolenia: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT.",
        F,
        7.5,
        color=(0.4, 0.4, 0.4),
    )
    s.text(
        40,
        60,
        "Chmurnik sp. z o.o. · Sąd Rejonowy dla Krakowa-Śródmieścia, XI Wydział Gospodarczy KRS · kapitał zakładowy 50 000 zł",
        F,
        6.8,
        color=(0.4, 0.4, 0.4),
    )
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="2 pages with carry-over subtotal ('Do przeniesienia') at the foot of page 1; two rates 23% and exempt 'zw'; ISO dates; space thousands; amount in words",
        kind="pdf",
    )
    return t, {"country": "PL", "type": "hosting + domains"}


@doc("i12")
def i12(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """IE SaaS credit note, negative amounts."""
    vendor = "Brightloop Software Ltd"
    num = "CN-2026-0142"
    d = date(2026, 5, 20)
    items = [
        line("Prorated credit: Business → Starter plan (11 May – 31 May 2026)", 1, "-180.00"),
        line("Unused seats removed", 3, "-12.00"),
    ]
    net = sum(i["amount"] for i in items)
    vat = q(net * D("0.23"))
    total = net + vat
    s = Sheet(str(out / "i12.pdf"), A4, f"Credit note {num}")
    W, H = A4
    F, FB = "DV", "DVB"
    vio = (0.35, 0.25, 0.85)
    for i in range(4):
        s.circle(60 + i * 9, H - 60, 8 - i, stroke=vio, lw=2)
    s.text(105, H - 66, "brightloop", FB, 20, color=vio)
    s.text(W - 45, H - 60, "CREDIT NOTE", FB, 20, "r")
    s.rect(45, H - 190, W - 90, 95, fill=(0.96, 0.95, 1))
    s.lines(
        58,
        H - 112,
        [
            "From",
            "Brightloop Software Ltd",
            "2 Grand Canal Quay",
            "Dublin 2, D02 A342, Ireland",
            "VAT IE 3412987LH",
        ],
        F,
        8.5,
        12,
    )
    s.lines(
        245,
        H - 112,
        [
            "To",
            "Harbour Physio Clinic Ltd",
            "14 Main Street",
            "Bray, Co. Wicklow A98 X2Y7",
            "VAT IE 9821123T",
        ],
        F,
        8.5,
        12,
    )
    yy = H - 112
    for k, v in (
        ("Credit note no.", num),
        ("Date", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"),
        ("Original invoice", "INV-2026-1187"),
        ("Invoice date", "1 May 2026"),
    ):
        s.text(390, yy, k, F, 8)
        s.text(W - 55, yy, v, FB, 8, "r")
        yy -= 14
    cols = [(330, "l"), (45, "c"), (65, "r"), (65, "r")]
    rows = [
        [
            i["description"],
            qstr(i["quantity"]),
            "€" + money(i["unit_price"]),
            "€" + money(i["amount"]),
        ]
        for i in items
    ]
    y = table(
        s,
        45,
        H - 220,
        cols,
        ["Description", "Qty", "Unit", "Amount"],
        rows,
        font=F,
        hfont=FB,
        size=8.2,
        row_h=22,
        rule=vio,
        grid=(0.88, 0.88, 0.88),
    )
    y -= 20
    for lab, v, f in (("Subtotal", net, F), ("VAT 23%", vat, F), ("Total credit", total, FB)):
        s.text(460, y, lab, f, 9.5, "r")
        s.text(546, y, "€" + money(v), f, 9.5, "r")
        y -= 16
    s.text(
        45,
        y - 30,
        "This credit has been applied to your account balance and will be deducted from your next invoice.",
        F,
        8.5,
    )
    s.text(45, y - 44, "No action is needed. Questions? billing@brightloop.ie", F, 8.5)
    s.text(
        45,
        55,
        "Brightloop Software Ltd · Registered in Ireland No. 654321 · Directors: A. Byrne, K. Nwosu · AIB IBAN IE29 AIBK 9311 5212 3456 78",
        F,
        6.8,
        color=(0.4, 0.4, 0.4),
    )
    s.save()
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="en-IE",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="credit note keyed with negative amounts as printed; original invoice number and date printed next to the credit note's own",
        kind="pdf",
    )
    return t, {"country": "IE", "type": "SaaS credit note"}


@doc("i13")
def i13(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """CA mobile bill (Ontario, HST 13 %), scanned to PNG."""
    vendor = "Northwave Mobile Inc."
    num = "4417-220918"
    d, due = date(2026, 2, 18), date(2026, 3, 10)
    items = [
        line("Unlimited 60 GB plan (Feb 18 – Mar 17)", 1, "65.00"),
        line("Canada-US add-on", 1, "10.00"),
        line("Long distance – international", 1, "3.42"),
        line("Roam Like Home – 1 day (USA)", 1, "7.50"),
    ]
    net = sum(i["amount"] for i in items)
    vat = q(net * D("0.13"))
    total = net + vat
    buf = io.BytesIO()
    s = Sheet(buf, LETTER, "bill")
    W, H = LETTER
    F, FB = "Helvetica", "Helvetica-Bold"
    s.rect(50, H - 82, 12, 32, fill=(0, 0, 0))
    s.rect(66, H - 82, 12, 24, fill=(0, 0, 0))
    s.rect(82, H - 82, 12, 16, fill=(0, 0, 0))
    s.text(102, H - 78, "NORTHWAVE", FB, 22)
    s.text(W - 50, H - 62, "Your monthly bill", FB, 13, "r")
    s.text(W - 50, H - 78, "Page 1 of 1", F, 8, "r")
    s.lines(
        50, H - 120, ["Mr. Daniel Okafor", "88 Harbord St, Apt 3", "Toronto ON  M5S 1G5"], F, 10, 13
    )
    yy = H - 120
    for k, v in (
        ("Account number", "301 884 219"),
        ("Bill number", num),
        ("Bill date", f"{EN_MON[d.month - 1]} {d.day}, {d.year}"),
        ("Phone number", "416-555-0182"),
    ):
        s.text(360, yy, k, F, 9)
        s.text(W - 50, yy, v, FB, 9, "r")
        yy -= 13
    s.rect(50, H - 270, W - 100, 90, stroke=(0, 0, 0), lw=1)
    s.text(62, H - 200, "Account summary", FB, 11)
    yy = H - 218
    for k, v in (
        ("Previous balance", "$92.40"),
        ("Payment received Feb 2 – thank you", "-$92.40"),
        ("Current charges (incl. HST)", "$" + money(total)),
    ):
        s.text(62, yy, k, F, 9.5)
        s.text(W - 62, yy, v, F, 9.5, "r")
        yy -= 14
    s.text(62, yy - 4, f"Total amount due by {EN_MON[due.month - 1]} {due.day}, {due.year}", FB, 10)
    s.text(W - 62, yy - 4, "$" + money(total), FB, 12, "r")
    s.text(50, H - 300, "Current charges", FB, 11)
    y = table(
        s,
        50,
        H - 308,
        [(380, "l"), (132, "r")],
        ["", "Amount"],
        [[i["description"], "$" + money(i["amount"])] for i in items],
        size=9.5,
        row_h=18,
        grid=(0.8, 0.8, 0.8),
    )
    for k, v, f in (
        ("Subtotal", net, F),
        ("HST ON 13%  (#81234 5678 RT0001)", vat, F),
        ("Total current charges", total, FB),
    ):
        y -= 16
        s.text(W - 160, y, k, f, 9.5, "r")
        s.text(W - 54, y, "$" + money(v), f, 9.5, "r")
    s.hline(50, W - 50, 140, (0, 0, 0), 0.6, dash=(3, 2))
    s.text(50, 125, "Please return this portion with your payment", F, 8)
    s.text(
        50,
        108,
        f"Account 301 884 219   Amount due ${money(total)}   Due {EN_MON[due.month - 1]} {due.day}, {due.year}",
        FB,
        9,
    )
    s.text(50, 90, "Amount enclosed: $ ____________", F, 9)
    s.text(
        50,
        58,
        "Northwave Mobile Inc. · 200 Wellington St W, Toronto ON M5V 3C7 · northwave.ca · 1-888-555-0199",
        F,
        7.5,
    )
    s.save()
    img = render_pdf(buf.getvalue(), 200)
    img = scan(img, nrng, grey=True, skew=rng.uniform(-1.6, 1.6), blur=0.7, noise=6, specks=60)
    save_png(img, out / "i13.png")
    t = truth(
        number=num,
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="CAD",
        locale="en-CA",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="scan 200 dpi grey, skewed; previous balance and payment received lines; HST registration number inside the tax label; remittance stub repeats the amount",
        kind="scan",
    )
    return t, {"country": "CA", "type": "mobile telecom"}


@doc("i14")
def i14(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """AU electricity tax invoice, scanned into an image-only PDF."""
    vendor = "Southern Cross Energy Pty Ltd"
    num = "SCE-7781204"
    d, due = date(2026, 2, 5), date(2026, 2, 19)
    items = [
        line("Peak usage (kWh)", "412.6", "0.3520"),
        line("Off-peak usage (kWh)", "268.4", "0.2210"),
        line("Daily supply charge (days)", 92, "1.1000"),
        line("Solar feed-in credit (kWh)", "-186.3", "0.0500"),
    ]
    net = sum(i["amount"] for i in items)
    vat = q(net * D("0.10"))
    total = net + vat
    buf = io.BytesIO()
    s = Sheet(buf, A4, "bill")
    W, H = A4
    F, FB = "DV", "DVB"
    s.poly([(45, H - 85), (65, H - 45), (85, H - 85)], fill=(0.2, 0.2, 0.2))
    s.poly([(60, H - 85), (75, H - 58), (90, H - 85)], fill=(0.55, 0.55, 0.55))
    s.text(100, H - 70, "Southern Cross", FB, 18)
    s.text(100, H - 84, "ENERGY", F, 9)
    s.text(W - 45, H - 60, "Tax Invoice", FB, 16, "r")
    s.text(W - 45, H - 76, "ABN 41 123 456 789", F, 8.5, "r")
    s.lines(45, H - 125, ["MS K NGUYEN", "17 BANKSIA CRES", "MARRICKVILLE NSW 2204"], F, 9.5, 13)
    yy = H - 125
    for k, v in (
        ("Account no.", "2203 4471 889"),
        ("Invoice no.", num),
        ("Issue date", d.strftime("%d/%m/%Y")),
        ("Billing period", "01/11/2025 – 31/01/2026 (92 days)"),
        ("NMI", "4102 8831 22"),
    ):
        s.text(300, yy, k, F, 8.5)
        s.text(W - 45, yy, v, FB, 8.5, "r")
        yy -= 13
    s.rect(45, H - 280, W - 90, 78, fill=(0.92, 0.92, 0.92))
    s.text(60, H - 225, "Total amount due", FB, 12)
    s.text(W - 60, H - 228, "$" + money(total), FB, 22, "r")
    s.text(60, H - 245, f"Pay by {due.day} {EN_MONTHS[due.month - 1]} {due.year}", FB, 10)
    s.text(
        60,
        H - 262,
        "Direct debit customers: we'll debit your nominated account on the due date.",
        F,
        8,
    )
    s.text(45, H - 305, "Your charges", FB, 11)
    rows = [
        [
            i["description"],
            money(i["quantity"], "en", 1) if i["quantity"] % 1 else qstr(i["quantity"]),
            "$" + money(i["unit_price"], "en", 4),
            ("-$" + money(-i["amount"])) if i["amount"] < 0 else "$" + money(i["amount"]),
        ]
        for i in items
    ]
    y = table(
        s,
        45,
        H - 312,
        [(230, "l"), (85, "r"), (95, "r"), (95, "r")],
        ["", "Quantity", "Rate (ex GST)", "Amount"],
        rows,
        font=F,
        hfont=FB,
        size=8.8,
        row_h=19,
        grid=(0.75, 0.75, 0.75),
    )
    for k, v, f in (
        ("Total charges ex GST", net, F),
        ("GST", vat, F),
        ("Total charges inc GST", total, FB),
    ):
        y -= 16
        s.text(440, y, k, f, 9, "r")
        s.text(546, y, "$" + money(v), f, 9, "r")
    s.rect(45, 95, W - 90, 105, stroke=(0, 0, 0), lw=0.8)
    s.text(60, 180, "How to pay", FB, 10)
    s.rect(60, 112, 90, 55, stroke=(0, 0, 0), lw=1)
    s.text(68, 152, "BPAY", FB, 12)
    s.text(68, 136, "Biller code: 27771", F, 7)
    s.text(68, 125, "Ref: 2203 4471 8895", F, 7)
    s.lines(
        170,
        160,
        [
            "Online: southerncrossenergy.com.au/pay",
            "Phone: 13 27 88 (24/7)",
            "Centrepay ref: 555 012 345A",
        ],
        F,
        8,
        12,
    )
    s.qr(470, 110, 64, 1414)
    s.text(
        45,
        60,
        "Southern Cross Energy Pty Ltd ABN 41 123 456 789 · Level 9, 1 Market St, Sydney NSW 2000",
        F,
        7,
    )
    s.save()
    img = render_pdf(buf.getvalue(), 170)
    img = scan(img, nrng, grey=True, skew=rng.uniform(-1.2, 1.2), blur=0.6, noise=5, specks=40)
    image_pdf(img, out / "i14.pdf", A4, "Scan 2026-02-07")
    t = truth(
        number=num,
        inv_date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="AUD",
        locale="en-AU",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="image-only PDF (scan, no text layer); negative solar feed-in credit line; 4-decimal rates; account number and BPAY ref look like invoice numbers; billing period dates",
        kind="scan",
    )
    return t, {"country": "AU", "type": "electricity"}


@doc("i15")
def i15(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """US online shop invoice with sales tax on goods only, photographed."""
    vendor = "Pinecrest Outfitters LLC"
    num = "INV-20417"
    d = date(2026, 4, 22)
    goods = [
        line("Ridgeline trail running jacket – M / slate", 1, "129.00"),
        line("Merino crew socks, 3-pack", 3, "18.50"),
    ]
    gsum = sum(i["amount"] for i in goods)
    ship = D("9.95")
    items = [*goods, fixed("Standard shipping (UPS Ground)", 1, ship, ship)]
    net = gsum + ship
    vat = q(gsum * D("0.0881"))
    total = net + vat
    buf = io.BytesIO()
    s = Sheet(buf, LETTER, "invoice")
    W, H = LETTER
    F, FB = "DV", "DVB"
    pine = (0.1, 0.33, 0.2)
    for i in range(3):
        s.poly([(55 + i * 16, H - 90), (65 + i * 16, H - 55), (75 + i * 16, H - 90)], fill=pine)
    s.text(112, H - 75, "PINECREST", FB, 22, color=pine)
    s.text(112, H - 88, "OUTFITTERS · DENVER, CO", F, 8, color=(0.3, 0.3, 0.3))
    s.text(W - 50, H - 70, "Invoice", FB, 20, "r")
    yy = H - 125
    for k, v in (
        ("Invoice #", num),
        ("Invoice date", d.strftime("%m/%d/%Y")),
        ("Order #", "51877"),
        ("Payment", "Mastercard ••3310 – PAID"),
    ):
        s.text(330, yy, k, F, 9)
        s.text(W - 50, yy, v, FB, 9, "r")
        yy -= 14
    s.text(50, H - 125, "Ship to", FB, 9, color=pine)
    s.lines(50, H - 139, ["Hannah Lindqvist", "1432 Pearl St", "Boulder, CO 80302"], F, 9.5, 13)
    rows = [
        [
            i["description"],
            qstr(i["quantity"]),
            "$" + money(i["unit_price"]),
            "$" + money(i["amount"]),
        ]
        for i in items
    ]
    y = table(
        s,
        50,
        H - 215,
        [(290, "l"), (45, "c"), (80, "r"), (97, "r")],
        ["Item", "Qty", "Price", "Total"],
        rows,
        font=F,
        hfont=FB,
        size=9,
        row_h=22,
        head_fill=(0.9, 0.94, 0.91),
        grid=(0.8, 0.8, 0.8),
    )
    for k, v, f in (
        ("Subtotal", net, F),
        ("Sales tax (8.81%, merchandise)", vat, F),
        ("Total", total, FB),
    ):
        y -= 18
        s.text(W - 150, y, k, f, 10, "r")
        s.text(W - 54, y, "$" + money(v), f, 10, "r")
    s.text(
        50,
        y - 45,
        "Thanks for gearing up with us! Returns accepted within 30 days at pinecrest.shop/returns.",
        F,
        8.5,
    )
    s.text(
        50,
        60,
        "Pinecrest Outfitters LLC · 2550 Larimer St, Denver, CO 80205 · Colorado sales tax account 12345678-0001",
        F,
        7.5,
    )
    s.save()
    img = render_pdf(buf.getvalue(), 200)
    img = photo(img, nrng, long_side=2100, bg="linen", aspect=0.75, occ=0.86, folds=1)
    save_jpeg(img, out / "i15.jpg", 74)
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="phone photo of a printed invoice (perspective, fold, shadow); sales tax on merchandise only, not shipping; mm/dd/yyyy; paid by card",
        kind="photo",
    )
    return t, {"country": "US", "type": "e-commerce shop"}


# =========================================================================== receipts


def _roll_image(roll: Roll, dpi: float) -> Image.Image:
    buf = io.BytesIO()
    roll.render(buf)
    return render_pdf(buf.getvalue(), dpi)


def _emit_scan(
    name: str,
    roll: Roll,
    out: Path,
    nrng,
    rng: random.Random,
    *,
    dpi=200,
    fade=0.0,
    target_w=None,
    grey=True,
    as_pdf=False,
) -> None:
    img = _roll_image(roll, dpi)
    img = scan(
        img,
        nrng,
        grey=grey,
        skew=rng.uniform(-2, 2),
        blur=rng.uniform(0.4, 0.8),
        noise=rng.uniform(3, 7),
        specks=rng.randint(15, 50),
        fade=fade,
        paper=(252, 251, 246),
        bed=(228, 228, 226),
        pad=30,
        target_w=target_w,
    )
    if as_pdf:
        img = on_bed(img, nrng, 200)
        image_pdf(img, out / f"{name}.pdf", A4, "Scanned document")
    else:
        save_png(img, out / f"{name}.png")


def _emit_photo(
    name: str,
    roll: Roll,
    out: Path,
    nrng,
    rng: random.Random,
    *,
    bg="wood",
    long_side=2200,
    quality=None,
) -> None:
    img = _roll_image(roll, 220)
    img = photo(
        img,
        nrng,
        long_side=long_side,
        bg=bg,
        aspect=0.5625,
        occ=0.9,
        tilt=0.025,
        folds=rng.choice([1, 1, 2]),
        shadow=rng.random() < 0.7,
        light=0.3,
    )
    save_jpeg(img, out / f"{name}.jpg", quality or rng.randint(62, 80))


def _wordmark(text, font, size, color=(0, 0, 0), sub=None, sub_size=7):
    def fn(s: Sheet, x0, x1, ytop, h):
        s.text((x0 + x1) / 2, ytop - size * 0.95, text, font, size, "c", color)
        if sub:
            s.text(
                (x0 + x1) / 2,
                ytop - size * 0.95 - sub_size * 1.5,
                sub,
                "Helvetica",
                sub_size,
                "c",
                color,
            )

    return fn


@doc("r01")
def r01(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """MY supermarket, rounding adjustment, cash/change, scan."""
    vendor = "PASARAYA SEGAR MAJU SDN BHD"
    num = "0102-0045-88231"
    d = date(2026, 3, 12)
    items = [
        line("BERAS SUPER TEMPATAN 5KG", 1, "17.50"),
        line("MINYAK MASAK SAJI 2KG", 1, "12.90"),
        line("TELUR AYAM GRED A 10S", 2, "4.60"),
        line("SUSU PEKAT MANIS F&N", 3, "3.35"),
        line("ROTI GARDENIA CLASSIC", 1, "4.10"),
        line("BAWANG MERAH INDIA /KG", "0.685", "7.99"),
        line("MILO 3IN1 ACTIV-GO 18S", 1, "18.49"),
        line("SABUN DYNAMO 2.6KG", 1, "26.90"),
    ]
    sub = sum(i["amount"] for i in items)
    total = round05(sub)
    adj = total - sub
    cash = D("150.00")
    r = Roll(80, "DVM", 7.6)
    r.draw(_wordmark("SEGAR MAJU", "DVMB", 15, sub="P A S A R A Y A"), 32)
    for t_ in [
        "PASARAYA SEGAR MAJU SDN BHD",
        "202001012345 (1367890-K)",
        "LOT 5, JALAN KAPAR, SEKSYEN 7",
        "40000 SHAH ALAM, SELANGOR",
        "TEL: 03-5510 2288",
    ]:
        r.c(t_)
    r.rule("dash")
    r.lr(f"{d.strftime('%d/%m/%Y')} 18:42", "POS 02  KSR: AZLINA")
    r.left(f"RCPT#: {num}")
    r.rule("dash")
    for it in items:
        r.left(it["description"])
        qv = it["quantity"]
        qtxt = (
            f"  {qstr(qv)} KG x {money(it['unit_price'])}"
            if qv % 1
            else f"  {qstr(qv)} x {money(it['unit_price'])}"
        )
        r.lr(qtxt, money(it["amount"]))
    r.rule("dash")
    r.lr(f"SUBTOTAL ({len(items)} ITEMS)", money(sub))
    r.lr("ROUNDING ADJ", money(adj))
    r.rule("double")
    r.lr("TOTAL (RM)", money(total), font="DVMB", size=10)
    r.rule("double")
    r.lr("CASH", money(cash))
    r.lr("CHANGE", money(cash - total))
    r.gap(6)
    r.c("BARANG YANG DIBELI TIDAK BOLEH")
    r.c("DIKEMBALIKAN. TERIMA KASIH!")
    r.c("** SILA DATANG LAGI **")
    r.draw(lambda s, x0, x1, yt, h: s.barcode(x0 + 20, yt - h + 4, x1 - x0 - 40, h - 8, 88231), 34)
    _emit_scan("r01", r, out, nrng, rng, dpi=220)
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total,
        vat=None,
        total=total,
        currency="MYR",
        locale="en-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="no tax printed; rounding adjustment -0.0x to nearest 5 sen so TOTAL (RM) differs from SUBTOTAL; cash and change lines larger than total; weighed item with 3-decimal kg",
        kind="scan",
    )
    return t, {"country": "MY", "type": "supermarket"}


@doc("r02")
def r02(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """MY Chinese restaurant: service charge 10 % + SST 6 % + rounding, photo."""
    vendor = "RESTORAN DRAGON PEARL SDN BHD"
    num = "DP-A-045213"
    d = date(2026, 2, 14)
    items = [
        line("Nasi Lemak Ayam Rempah", 2, "16.90"),
        line("Char Kway Teow Special", 1, "15.50"),
        line("Sweet & Sour Fish (M)", 1, "28.00"),
        line("Kailan Ikan Masin", 1, "14.00"),
        line("Teh Tarik (Ais)", 3, "3.80"),
        line("Air Sirap Limau", 1, "3.60"),
    ]
    sub = sum(i["amount"] for i in items)
    svc = q(sub * D("0.10"))
    sst = q((sub + svc) * D("0.06"))
    raw = sub + svc + sst
    total = round05(raw)
    adj = total - raw
    r = Roll(80, "DV", 8.4, margin_mm=5)
    r.draw(
        _wordmark(
            "DRAGON PEARL",
            "DVSB",
            17,
            sub="Chinese Cuisine · Since 1998",
        ),
        38,
    )
    for t_ in [
        "RESTORAN DRAGON PEARL SDN BHD",
        "(201401023456 / 1098765-W)",
        "No. 12, Jalan SS2/64, 47300 Petaling Jaya",
        "SST No: W10-1808-32001122",
    ]:
        r.c(t_, size=7.6)
    r.rule("line")
    r.c("RESIT / RECEIPT", font="DVB")
    r.lr(f"Inv No: {num}", "Table: 12")
    r.lr(f"Date: {d.strftime('%d-%m-%Y')}  20:17", "Pax: 4")
    r.rule("line")
    r.row(("Qty", 0, "l"), ("Item", 0.1, "l"), ("Amt", 1, "r"), font="DVB")
    for it in items:
        r.row(
            (qstr(it["quantity"]), 0.02, "l"),
            (it["description"], 0.1, "l"),
            (money(it["amount"]), 1, "r"),
        )
    r.rule("line")
    r.lr("Sub Total", money(sub))
    r.lr("Service Charge 10%", money(svc))
    r.lr("Service Tax (SST) 6%", money(sst))
    r.lr("Rounding Adj", money(adj))
    r.rule("line")
    r.lr("TOTAL (RM)", money(total), font="DVB", size=11)
    r.rule("line")
    r.lr("VISA  **** **** **** 7731", money(total))
    r.gap(4)
    r.c("Thank you & please come again!")
    r.c("Terima kasih", size=7.5)
    _emit_photo("r02", r, out, nrng, rng, bg="dark")
    amount = total - sst
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=amount,
        vat=sst,
        total=total,
        currency="MYR",
        locale="en-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="service charge 10% is not a tax (in amount); SST 6% is the only tax; a Rounding Adj line printed as 0.00; amount = total - SST; photo on dark table",
        kind="photo",
    )
    return t, {"country": "MY", "type": "Asian restaurant"}


@doc("r03")
def r03(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """MY bakery 58 mm, faded thermal, downscaled scan."""
    vendor = "ROTI HARUM BAKERY SDN BHD"
    num = "58817"
    d = date(2026, 1, 5)
    items = [
        line("Roti Kaya", 2, "2.80"),
        line("Bun Sosej", 3, "2.20"),
        line("Kek Pandan (slice)", 1, "4.50"),
        line("Teh O Ais", 1, "2.50"),
        line("Roti Sobo", 1, "3.90"),
    ]
    total = sum(i["amount"] for i in items)
    assert round05(total) == total
    cash = D("50.00")
    r = Roll(58, "DVM", 7.2, margin_mm=3)
    r.c("ROTI HARUM", font="DVMB", size=12)
    r.c("BAKERY SDN BHD", font="DVMB", size=8)
    r.c("(1203344-A)", size=6.8)
    r.c("12 Jln Pasar, 30300 Ipoh", size=6.8)
    r.c("Tel 05-254 1188", size=6.8)
    r.rule("dash")
    r.lr(f"No: {num}", d.strftime("%d-%m-%Y") + " 08:12")
    r.rule("dash")
    for it in items:
        r.left(it["description"])
        r.lr(f" {qstr(it['quantity'])} @ {money(it['unit_price'])}", money(it["amount"]))
    r.rule("dash")
    r.lr("TOTAL RM", money(total), font="DVMB", size=8.5)
    r.lr("TUNAI", money(cash))
    r.lr("BAKI", money(cash - total))
    r.rule("dash")
    r.c("Terima kasih!", size=7)
    _emit_scan("r03", r, out, nrng, rng, dpi=300, fade=0.55, target_w=650)
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total,
        vat=None,
        total=total,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="58 mm roll, faded thermal print, downscaled to ~650 px; Malay labels TUNAI/BAKI (cash/change); no tax",
        kind="scan",
    )
    return t, {"country": "MY", "type": "bakery"}


@doc("r04")
def r04(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """MY fast food, SST 6 %, rounding up, cash, photo."""
    vendor = "BURGER KAMPUNG SDN BHD"
    num = "0310012345"
    d = date(2026, 3, 10)
    items = [
        line("Set Burger Ayam Rangup", 1, "13.90"),
        line("Kentang Goreng Besar", 1, "6.50"),
        line("Milo Ais", 2, "4.20"),
    ]
    sub = sum(i["amount"] for i in items)
    sst = q(sub * D("0.06"))
    raw = sub + sst
    total = round05(raw)
    adj = total - raw
    cash = D("50.00")
    r = Roll(76, "Courier", 8.6, margin_mm=4)

    def lg(s: Sheet, x0, x1, yt, h):
        cx = (x0 + x1) / 2
        s.rect(cx - 60, yt - 30, 120, 26, fill=(0, 0, 0), r=8)
        s.text(cx, yt - 22, "BURGER KAMPUNG", "Helvetica-Bold", 11, "c", (1, 1, 1))

    r.draw(lg, 36)
    for t_ in [
        "BURGER KAMPUNG SDN BHD",
        "(202101034567)",
        "AEON MALL BUKIT TINGGI",
        "41200 KLANG, SELANGOR",
        "SST REG: B16-2001-32100456",
    ]:
        r.c(t_, size=7.8)
    r.rule("dash")
    r.c("ORDER #217   DINE IN", font="Courier-Bold", size=10)
    r.lr(f"Inv No: {num}", "")
    r.lr(d.strftime("%d/%m/%Y"), "13:05:44")
    r.rule("dash")
    for it in items:
        r.lr(f"{qstr(it['quantity'])} {it['description']}", money(it["amount"]))
    r.rule("dash")
    r.lr("Subtotal", money(sub))
    r.lr("SST 6%", money(sst))
    r.lr("Rounding", money(adj))
    r.lr("TOTAL (RM)", money(total), font="Courier-Bold", size=10)
    r.lr("Cash", money(cash))
    r.lr("Change", money(cash - total))
    r.rule("dash")
    r.c("Rate us & win! burgerkampung.my", size=7.6)
    r.draw(lambda s, x0, x1, yt, h: s.qr((x0 + x1) / 2 - 28, yt - h + 4, 56, 217), 64)
    _emit_photo("r04", r, out, nrng, rng, bg="granite", long_side=1900)
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - sst,
        vat=sst,
        total=total,
        currency="MYR",
        locale="en-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="order number #217 bigger than invoice number; SST 6% then rounding up; Courier font; QR code; photo on granite",
        kind="photo",
    )
    return t, {"country": "MY", "type": "fast food"}


@doc("r05")
def r05(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """SG hardware shop, prices incl. 9 % GST, NETS, scan."""
    vendor = "Hup Seng Hardware Pte Ltd"
    num = "HS2-260318-0097"
    d = date(2026, 3, 18)
    items = [
        line("Wood screw 8x1.5in (box 100)", 2, "6.80"),
        line("Wall plug 6mm (50pcs)", 1, "3.20"),
        line("Bosch drill bit set 7pc", 1, "24.90"),
        line("Masking tape 24mm", 3, "2.10"),
        line("Extension cord 3-way 5m", 1, "18.50"),
    ]
    total = sum(i["amount"] for i in items)
    gst = incl(total, 9)
    r = Roll(80, "DV", 8.2, margin_mm=4.5)
    r.c("HUP SENG HARDWARE", font="DVB", size=13)
    r.c("Hup Seng Hardware Pte Ltd", size=7.8)
    r.c("Blk 5 Ang Mo Kio Ind Park 2A #01-12", size=7.8)
    r.c("Singapore 567760  Tel 6452 8811", size=7.8)
    r.c("UEN/GST Reg No: 198703345K", size=7.8)
    r.rule("line")
    r.c("TAX INVOICE", font="DVB")
    r.lr(f"No: {num}", d.strftime("%d/%m/%Y") + " 10:26")
    r.lr("Cashier: 03 MEI LING", "")
    r.rule("line")
    for it in items:
        r.left(it["description"])
        r.row(
            (f"{qstr(it['quantity'])} x {money(it['unit_price'])}", 0.08, "l"),
            (money(it["amount"]), 1, "r"),
        )
    r.rule("line")
    r.lr("TOTAL", "S$" + money(total), font="DVB", size=10.5)
    r.lr("NETS", money(total))
    r.lr("Change", "0.00")
    r.rule("line")
    r.lr("GST 9% included", money(gst))
    r.lr("Total excl. GST", money(total - gst))
    r.gap(4)
    r.c("Goods sold are not returnable.", size=7.4)
    r.c("Exchange within 7 days with receipt.", size=7.4)
    _emit_scan("r05", r, out, nrng, rng, dpi=200, grey=False)
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - gst,
        vat=gst,
        total=total,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="GST 9% included in prices (printed as 'GST 9% included' after the total); wordmark vs legal name with Pte Ltd; NETS payment; colour scan",
        kind="scan",
    )
    return t, {"country": "SG", "type": "hardware"}


@doc("r06")
def r06(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """SG café: 10 % service charge + 9 % GST, photo."""
    vendor = "Kopi & Kaya Co. Pte. Ltd."
    num = "C1-00048812"
    d = date(2026, 4, 4)
    items = [
        line("Kaya Butter Toast Set", 2, "6.90"),
        line("Nasi Lemak w/ Chicken Wing", 1, "11.80"),
        line("Laksa (L)", 1, "10.50"),
        line("Kopi C Peng", 2, "2.80"),
        line("Iced Lemon Tea", 1, "3.20"),
    ]
    sub = sum(i["amount"] for i in items)
    svc = q(sub * D("0.10"))
    gst = q((sub + svc) * D("0.09"))
    total = sub + svc + gst
    r = Roll(80, "DVC", 8.8, margin_mm=5)

    def lg(s: Sheet, x0, x1, yt, h):
        cx = (x0 + x1) / 2
        s.circle(cx, yt - 20, 17, stroke=(0, 0, 0), lw=1.6)
        s.text(cx, yt - 24, "K&K", "DVCB", 10, "c")
        s.text(cx, yt - 50, "KOPI & KAYA", "DVCB", 12, "c")

    r.draw(lg, 56)
    for t_ in [
        "Kopi & Kaya Co. Pte. Ltd.",
        "68 Tiong Bahru Road #01-02",
        "Singapore 168705",
        "GST Reg. 201912345D",
    ]:
        r.c(t_, size=8)
    r.rule("dash")
    r.lr(f"Bill: {num}", "Tbl 7")
    r.lr(d.strftime("%d %b %Y").upper() + " 09:41", "Server: Ahmad")
    r.rule("dash")
    for it in items:
        r.row(
            (qstr(it["quantity"]), 0, "l"),
            (it["description"], 0.08, "l"),
            (money(it["amount"]), 1, "r"),
        )
    r.rule("dash")
    r.lr("Subtotal", money(sub))
    r.lr("Svc Chg 10%", money(svc))
    r.lr("GST 9%", money(gst))
    r.lr("TOTAL", money(total), font="DVCB", size=11)
    r.rule("dash")
    r.lr("PayNow", money(total))
    r.gap(4)
    r.c("Thank you! Follow us @kopikaya.sg", size=7.8)
    _emit_photo("r06", r, out, nrng, rng, bg="wood", long_side=2000)
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=sub + svc,
        vat=gst,
        total=total,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="service charge 10% (not a tax) then GST 9% on subtotal+service; date '04 APR 2026'; PayNow; photo",
        kind="photo",
    )
    return t, {"country": "SG", "type": "café"}


@doc("r07")
def r07(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """US grocery (Texas): taxable flags, sales tax 8.25 %, card, long receipt, photo."""
    vendor = "Fresh Harvest Market"
    num = "0482-112-04-7719"
    d = date(2026, 3, 14)
    items = [
        (line("ORG BANANAS", "2.31", "0.79"), False),
        (line("HASS AVOCADO", 3, "1.25"), False),
        (line("WHOLE MILK 1GAL", 1, "3.89"), False),
        (line("SOURDOUGH LOAF", 1, "5.49"), False),
        (line("CHEDDAR SHARP 8OZ", 2, "3.99"), False),
        (line("PAPER TOWELS 6RL", 1, "11.99"), True),
        (line("DISH SOAP 24OZ", 1, "4.29"), True),
        (line("SPARKLING WATER 12PK", 1, "5.99"), True),
        (line("GROUND COFFEE 12OZ", 1, "9.49"), False),
        (line("BIRTHDAY CARD", 1, "4.99"), True),
    ]
    sub = sum(i["amount"] for i, _ in items)
    taxable = sum(i["amount"] for i, t_ in items if t_)
    tax = q(taxable * D("0.0825"))
    total = sub + tax
    r = Roll(80, "Courier", 8.4, margin_mm=4)
    r.c("FRESH HARVEST", font="Courier-Bold", size=14)
    r.c("M A R K E T", font="Courier-Bold", size=9)
    r.c("4001 N LAMAR BLVD", size=8)
    r.c("AUSTIN TX 78756", size=8)
    r.c("(512) 555-0123", size=8)
    r.rule("dash")
    for it, tx in items:
        if it["quantity"] % 1:
            r.left(f"{qstr(it['quantity'])} lb @ {money(it['unit_price'])} /lb")
        elif it["quantity"] > 1:
            r.left(f"{qstr(it['quantity'])} @ {money(it['unit_price'])}")
        r.row(
            (it["description"], 0, "l"),
            (money(it["amount"]), 0.9, "r"),
            ("T" if tx else "F", 1, "r"),
        )
    r.rule("dash")
    r.lr("SUBTOTAL", money(sub))
    r.lr("TAX 8.25% ON " + money(taxable), money(tax))
    r.lr("**** TOTAL", money(total), font="Courier-Bold", size=10)
    r.gap(4)
    r.lr("VISA CREDIT  XXXX1184", money(total))
    r.left("AUTH #: 03317B  CHIP READ")
    r.left("AID: A0000000031010")
    r.lr("CHANGE DUE", "0.00")
    r.rule("dash")
    r.c(f"{d.strftime('%m/%d/%y')} 17:52  ST 112 OP 33 TE 04 TR 7719", size=7.8)
    r.c(f"TRANS # {num}", size=7.8)
    r.c("ITEMS SOLD 13", size=7.8)
    r.gap(4)
    r.c("THANK YOU FOR SHOPPING LOCAL!", size=7.8)
    r.draw(lambda s, x0, x1, yt, h: s.barcode(x0 + 25, yt - h + 4, x1 - x0 - 50, h - 8, 7719), 30)
    _emit_photo("r07", r, out, nrng, rng, bg="granite", long_side=2300)
    flat = [i for i, _ in items]
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=total,
        currency="USD",
        locale="en-US",
        layout="receipt",
        dtype="receipt",
        items=flat,
        note="long grocery receipt; tax only on items flagged T; 2-digit year mm/dd/yy; transaction id split over store/register numbers; 'ITEMS SOLD 13' counts units; photo",
        kind="photo",
    )
    return t, {"country": "US", "type": "supermarket"}


@doc("r08")
def r08(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """UK pub, VAT 20 % included, card, scan."""
    vendor = "The Crown & Anchor"
    num = "031776"
    d = date(2026, 1, 23)
    items = [
        line("Pint Landlord Ale", 3, "5.60"),
        line("Pint Guinness", 2, "6.10"),
        line("G&T Double", 1, "9.80"),
        line("Fish & Chips", 1, "16.50"),
        line("Pork Scratchings", 2, "1.95"),
    ]
    total = sum(i["amount"] for i in items)
    vat = incl(total, 20)
    r = Roll(76, "Helvetica", 8.6, margin_mm=4)
    r.c("The Crown & Anchor", font="Times-BoldItalic", size=16)
    r.c("Free House · Est. 1834", font="Times-Italic", size=8)
    r.c("22 Quayside, Bristol BS1 4RQ", size=8)
    r.c("VAT No. GB 284 5521 09", size=8)
    r.rule("line")
    r.lr(f"Receipt {num}", d.strftime("%d/%m/%Y") + "  21:48")
    r.lr("Till 2 · Staff: Becky", "Tab: BAR")
    r.rule("line")
    for it in items:
        r.row(
            (f"{qstr(it['quantity'])} x {it['description']}", 0, "l"),
            ("£" + money(it["amount"]), 1, "r"),
        )
    r.rule("line")
    r.lr("TOTAL", "£" + money(total), font="Helvetica-Bold", size=11)
    r.lr("Card (Contactless)", "£" + money(total))
    r.rule("line")
    r.lr("VAT @ 20% (incl.)", "£" + money(vat))
    r.lr("Net", "£" + money(total - vat))
    r.gap(5)
    r.c("Quiz night every Tuesday 8pm!", size=8)
    r.c("Cheers!", font="Times-Italic", size=9)
    _emit_scan("r08", r, out, nrng, rng, dpi=240, fade=0.25)
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="VAT included, printed below the total; script-like italic pub name; short numeric receipt number; slight fading",
        kind="scan",
    )
    return t, {"country": "UK", "type": "bar / pub"}


@doc("r09")
def r09(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """FR boulangerie, TVA 5,5 % and 20 % included, CB, photo."""
    vendor = "Boulangerie Maison Delorme"
    num = "T2-004127"
    d = date(2026, 4, 11)
    items = [
        (line("Baguette tradition", 2, "1.30"), "A"),
        (line("Croissant beurre", 4, "1.20"), "A"),
        (line("Tarte aux pommes 6 pers.", 1, "18.50"), "A"),
        (line("Pain aux céréales", 1, "3.60"), "A"),
        (line("Ballotin chocolats 250 g", 1, "12.90"), "B"),
    ]
    ga = sum(i["amount"] for i, c in items if c == "A")
    gb = sum(i["amount"] for i, c in items if c == "B")
    ta, tb = incl(ga, "5.5"), incl(gb, 20)
    total = ga + gb
    vat = ta + tb
    r = Roll(80, "DV", 8.2, margin_mm=5)

    def lg(s: Sheet, x0, x1, yt, h):
        cx = (x0 + x1) / 2
        s.poly([(cx - 30, yt - 26), (cx, yt - 6), (cx + 30, yt - 26)], stroke=(0, 0, 0), lw=1.2)
        s.text(cx, yt - 42, "Maison Delorme", "DVSI", 15, "c")

    r.draw(lg, 50)
    for t_ in [
        "Boulangerie Maison Delorme",
        "SARL au capital de 8 000 €",
        "7 rue des Carmes, 45000 Orléans",
        "SIRET 852 114 093 00015",
        "TVA FR 62 852114093",
    ]:
        r.c(t_, size=7.8)
    r.rule("dash")
    r.lr(f"Ticket {num}", f"{d.strftime('%d/%m/%Y')} 08:47")
    r.left("Caisse 2 – Vendeuse : Inès")
    r.rule("dash")
    for it, c in items:
        r.row(
            (f"{qstr(it['quantity'])} {it['description']}", 0, "l"),
            (money(it["amount"], "comma") + " " + c, 1, "r"),
        )
    r.rule("dash")
    r.lr("TOTAL TTC", money(total, "comma") + " €", font="DVB", size=11)
    r.lr("CB sans contact", money(total, "comma") + " €")
    r.rule("dash")
    r.row(("Taux", 0, "l"), ("HT", 0.45, "r"), ("TVA", 0.72, "r"), ("TTC", 1, "r"), size=7.6)
    r.row(
        ("A 5,50%", 0, "l"),
        (money(ga - ta, "comma"), 0.45, "r"),
        (money(ta, "comma"), 0.72, "r"),
        (money(ga, "comma"), 1, "r"),
        size=7.6,
    )
    r.row(
        ("B 20,00%", 0, "l"),
        (money(gb - tb, "comma"), 0.45, "r"),
        (money(tb, "comma"), 0.72, "r"),
        (money(gb, "comma"), 1, "r"),
        size=7.6,
    )
    r.gap(4)
    r.c("Merci de votre visite, à bientôt !", size=7.8)
    _emit_photo("r09", r, out, nrng, rng, bg="linen", long_side=1800)
    flat = [i for i, _ in items]
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=flat,
        note="two VAT rates 5,5% and 20% included, per-rate HT/TVA/TTC table (vat = sum); rate letters A/B after prices; SARL capital '8 000 €' looks like an amount",
        kind="photo",
    )
    return t, {"country": "FR", "type": "bakery"}


@doc("r10")
def r10(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """DE supermarket, MwSt A/B, Pfand, EC card, TSE block, scan."""
    vendor = "Frischmarkt Hoffmann e.K."
    num = "4711"
    d = date(2026, 2, 27)
    items = [
        (line("Vollmilch 3,5% 1L", 2, "1.19"), "B"),
        (line("Bauernbrot 750g", 1, "2.79"), "B"),
        (line("Äpfel Elstar lose", "1.234", "2.49"), "B"),
        (line("Mineralwasser 6x1,5L", 1, "3.54"), "A"),
        (line("Pfand 6x0,25", 1, "1.50"), "A"),
        (line("Kaffee gemahlen 500g", 1, "6.99"), "B"),
        (line("Spülmittel 750ml", 1, "1.45"), "A"),
        (line("Butter 250g", 1, "2.39"), "B"),
        (line("Leergut Rückgabe", 1, "-2.25"), "A"),
    ]
    ga = sum(i["amount"] for i, c in items if c == "A")
    gb = sum(i["amount"] for i, c in items if c == "B")
    ta, tb = incl(ga, 19), incl(gb, 7)
    total = ga + gb
    vat = ta + tb
    r = Roll(80, "DVM", 7.8, margin_mm=4)
    r.c("FRISCHMARKT", font="DVMB", size=15)
    r.c("HOFFMANN", font="DVMB", size=11)
    r.c("Frischmarkt Hoffmann e.K.", size=7.6)
    r.c("Lindenstraße 14 · 04109 Leipzig", size=7.6)
    r.c("USt-IdNr. DE 281 447 203", size=7.6)
    r.rule("dash")
    r.r("EUR")
    for it, c in items:
        if it["quantity"] % 1:
            r.left(it["description"])
            r.lr(
                f"  {money(it['quantity'], 'comma', 3)} kg x {money(it['unit_price'], 'comma')} EUR/kg",
                f"{money(it['amount'], 'comma')} {c}",
            )
        elif it["quantity"] > 1:
            r.left(it["description"])
            r.lr(
                f"  {qstr(it['quantity'])} Stk x {money(it['unit_price'], 'comma')}",
                f"{money(it['amount'], 'comma')} {c}",
            )
        else:
            r.lr(it["description"], f"{money(it['amount'], 'comma')} {c}")
    r.rule("dash")
    r.lr("SUMME", "EUR " + money(total, "comma"), font="DVMB", size=10)
    r.rule("double")
    r.lr("Geg. EC-Karte", "EUR " + money(total, "comma"))
    r.gap(4)
    r.row(
        ("Steuer", 0, "l"),
        ("%", 0.36, "r"),
        ("Netto", 0.6, "r"),
        ("Steuer", 0.8, "r"),
        ("Brutto", 1, "r"),
        size=7.2,
    )
    r.row(
        ("A=", 0, "l"),
        ("19,0", 0.36, "r"),
        (money(ga - ta, "comma"), 0.6, "r"),
        (money(ta, "comma"), 0.8, "r"),
        (money(ga, "comma"), 1, "r"),
        size=7.2,
    )
    r.row(
        ("B=", 0, "l"),
        ("7,0", 0.36, "r"),
        (money(gb - tb, "comma"), 0.6, "r"),
        (money(tb, "comma"), 0.8, "r"),
        (money(gb, "comma"), 1, "r"),
        size=7.2,
    )
    r.row(
        ("Gesamt", 0, "l"),
        (money(total - vat, "comma"), 0.6, "r"),
        (money(vat, "comma"), 0.8, "r"),
        (money(total, "comma"), 1, "r"),
        size=7.2,
    )
    r.rule("dash")
    r.lr(d.strftime("%d.%m.%Y") + " 16:32", f"Bon-Nr.: {num}")
    r.lr("Markt: 0214  Kasse: 3", "Bed.: 1107")
    r.rule("dash")
    r.left("TSE-Transaktion: 188412", size=6.8)
    r.left("TSE-Start: 2026-02-27T16:31:05", size=6.8)
    r.left("TSE-Stop:  2026-02-27T16:32:11", size=6.8)
    r.left("TSE-Seriennr.: 9f3c21ab77e0d4c1b2a0", size=6.8)
    r.left("TSE-Signaturzähler: 771903", size=6.8)
    r.gap(4)
    r.c("Vielen Dank für Ihren Einkauf!", size=7.6)
    _emit_scan("r10", r, out, nrng, rng, dpi=200, fade=0.2)
    flat = [i for i, _ in items]
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=flat,
        note="VAT A 19% / B 7% table with Netto/Steuer/Brutto (vat = sum of both); Pfand deposit and negative Leergut line; weighed item 1,234 kg; TSE block with ISO timestamps and long numbers",
        kind="scan",
    )
    return t, {"country": "DE", "type": "supermarket"}


@doc("r11")
def r11(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """IT bar, documento commerciale, IVA 10 % included, photo."""
    vendor = "Bar Pasticceria Aurora di Rossi Marco & C. s.n.c."
    num = "0142-0087"
    d = date(2026, 5, 16)
    items = [
        line("CAFFE'", 2, "1.20"),
        line("CAPPUCCINO", 1, "1.60"),
        line("CORNETTO CREMA", 2, "1.40"),
        line("SPREMUTA ARANCIA", 1, "3.50"),
    ]
    total = sum(i["amount"] for i in items)
    vat = incl(total, 10)
    r = Roll(76, "Courier", 8.8, margin_mm=4)
    r.c("BAR PASTICCERIA AURORA", font="Courier-Bold", size=10)
    r.c("di Rossi Marco & C. s.n.c.", size=8)
    r.c("Corso Vittorio Emanuele 81", size=8)
    r.c("10128 TORINO (TO)", size=8)
    r.c("P.IVA 10234560015", size=8)
    r.gap(3)
    r.c("DOCUMENTO COMMERCIALE", font="Courier-Bold", size=8.8)
    r.c("di vendita o prestazione", size=8)
    r.row(("DESCRIZIONE", 0, "l"), ("IVA", 0.68, "r"), ("Prezzo(€)", 1, "r"), size=8)
    for it in items:
        label = (
            it["description"]
            if it["quantity"] == 1
            else f"{qstr(it['quantity'])} x {it['description']}"
        )
        r.row((label, 0, "l"), ("10%", 0.68, "r"), (money(it["amount"], "comma"), 1, "r"))
    r.rule("dash")
    r.lr("TOTALE COMPLESSIVO", money(total, "comma"), font="Courier-Bold", size=10)
    r.lr("di cui IVA", money(vat, "comma"))
    r.lr("Pagamento elettronico", money(total, "comma"))
    r.lr("Importo pagato", money(total, "comma"))
    r.gap(3)
    r.c(f"{d.strftime('%d-%m-%Y')} 10:14", size=8)
    r.c(f"DOCUMENTO N. {num}", size=8)
    r.c("RT 99MEX012345", size=8)
    r.gap(3)
    r.c("Grazie e arrivederci", size=8)
    _emit_photo("r11", r, out, nrng, rng, bg="wood", long_side=1600)
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="it-IT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Italian 'documento commerciale', 'di cui IVA' included; document number split 'N. 0142-0087' near the date; RT device serial; short receipt photographed",
        kind="photo",
    )
    return t, {"country": "IT", "type": "café / bar"}


@doc("r12")
def r12(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """ES bookshop, factura simplificada, IVA 4 % + 21 % included, image-only PDF."""
    vendor = "Librería El Faro de Papel S.L."
    num = "T-2026-004512"
    d = date(2026, 4, 23)
    items = [
        (line("La ciudad y sus muros inciertos", 1, "24.90"), 4),
        (line("Atlas de islas remotas", 1, "19.95"), 4),
        (line("Cuaderno Moleskine A5", 1, "21.50"), 21),
        (line("Marcapáginas metálico", 2, "3.50"), 21),
    ]
    g4 = sum(i["amount"] for i, r_ in items if r_ == 4)
    g21 = sum(i["amount"] for i, r_ in items if r_ == 21)
    t4, t21 = incl(g4, 4), incl(g21, 21)
    total = g4 + g21
    vat = t4 + t21
    r = Roll(80, "DV", 8.0, margin_mm=5)

    def lg(s: Sheet, x0, x1, yt, h):
        cx = (x0 + x1) / 2
        s.rect(cx - 4, yt - 34, 8, 26, fill=(0, 0, 0))
        s.poly([(cx - 7, yt - 8), (cx, yt - 2), (cx + 7, yt - 8)], fill=(0, 0, 0))
        s.text(cx, yt - 48, "EL FARO DE PAPEL", "DVSB", 12, "c")

    r.draw(lg, 56)
    for t_ in [
        "Librería El Faro de Papel S.L.",
        "C/ Real 33, 15003 A Coruña",
        "CIF B15678234 · Tel. 981 22 41 90",
    ]:
        r.c(t_, size=7.6)
    r.rule("line")
    r.c("FACTURA SIMPLIFICADA", font="DVB", size=8.4)
    r.lr(f"Nº {num}", d.strftime("%d/%m/%Y") + " 18:03")
    r.rule("line")
    for it, rate in items:
        r.row(
            (it["description"], 0, "l"),
            (f"{rate}%", 0.78, "r"),
            (money(it["amount"], "de"), 1, "r"),
            size=7.8,
        )
        if it["quantity"] > 1:
            r.left(f"   {qstr(it['quantity'])} x {money(it['unit_price'], 'de')}", size=7.4)
    r.rule("line")
    r.lr("TOTAL", money(total, "de") + " €", font="DVB", size=11)
    r.lr("Tarjeta ****5520", money(total, "de") + " €")
    r.rule("line")
    r.row(("IVA", 0, "l"), ("Base", 0.5, "r"), ("Cuota", 0.75, "r"), ("Total", 1, "r"), size=7.4)
    r.row(
        ("4%", 0, "l"),
        (money(g4 - t4, "de"), 0.5, "r"),
        (money(t4, "de"), 0.75, "r"),
        (money(g4, "de"), 1, "r"),
        size=7.4,
    )
    r.row(
        ("21%", 0, "l"),
        (money(g21 - t21, "de"), 0.5, "r"),
        (money(t21, "de"), 0.75, "r"),
        (money(g21, "de"), 1, "r"),
        size=7.4,
    )
    r.gap(4)
    r.c("¡Feliz Día del Libro! Cambios en 15 días con ticket.", size=7.2)
    _emit_scan("r12", r, out, nrng, rng, dpi=220, as_pdf=True)
    flat = [i for i, _ in items]
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        dtype="receipt",
        items=flat,
        note="image-only PDF: receipt scanned on a full A4 bed (receipt in the top-left corner); books 4% and stationery 21% IVA included; per-rate base/cuota table (vat = sum)",
        kind="scan",
    )
    return t, {"country": "ES", "type": "bookshop"}


@doc("r13")
def r13(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """NL hardware store, BTW 21 % incl., PIN, discount, scan downscaled."""
    vendor = "Bouwmarkt De Schroef B.V."
    num = "0387-2-119422"
    d = date(2026, 3, 28)
    items = [
        line("Houtschroef 4x40 verz. 200st", 1, "8.99"),
        line("Muurplug nylon 6mm 100st", 1, "4.49"),
        line("Afplaktape 50mm x 50m", 2, "5.29"),
        line("Verfroller 18cm + beugel", 1, "7.95"),
        line("Muurverf wit mat 2,5L", 1, "34.95"),
        line("Actie: 2e verfroller halve prijs", 1, "-3.98"),
    ]
    total = sum(i["amount"] for i in items)
    vat = incl(total, 21)
    r = Roll(80, "Helvetica", 8.4, margin_mm=4)

    def lg(s: Sheet, x0, x1, yt, h):
        cx = (x0 + x1) / 2
        s.circle(cx - 62, yt - 17, 11, fill=(0, 0, 0))
        s.hline(cx - 70, cx - 54, yt - 17, (1, 1, 1), 2.2)
        s.text(cx + 10, yt - 23, "DE SCHROEF", "Helvetica-Bold", 15, "c")

    r.draw(lg, 36)
    for t_ in [
        "Bouwmarkt De Schroef B.V.",
        "Industrieweg 40, 3542 AD Utrecht",
        "KvK 30117744 · BTW NL809112233B01",
    ]:
        r.c(t_, size=7.6)
    r.rule("dash")
    for it in items:
        r.lr(it["description"], money(it["amount"], "comma"))
        if it["quantity"] > 1:
            r.left(f"   {qstr(it['quantity'])} x {money(it['unit_price'], 'comma')}", size=7.6)
    r.rule("dash")
    r.lr("Totaal", money(total, "comma"), font="Helvetica-Bold", size=11)
    r.lr("PIN", money(total, "comma"))
    r.rule("dash")
    r.row(("BTW", 0, "l"), ("Excl.", 0.45, "r"), ("BTW", 0.72, "r"), ("Incl.", 1, "r"), size=7.6)
    r.row(
        ("21%", 0, "l"),
        (money(total - vat, "comma"), 0.45, "r"),
        (money(vat, "comma"), 0.72, "r"),
        (money(total, "comma"), 1, "r"),
        size=7.6,
    )
    r.rule("dash")
    r.c("BETAALAUTOMAAT", font="Helvetica-Bold", size=8)
    r.lr("Terminal", "TN4471902")
    r.lr("Kaart", "Maestro ****2291")
    r.lr("Datum", d.strftime("%d-%m-%Y") + " 11:02")
    r.lr("Autorisatiecode", "X18K2A")
    r.lr("Bedrag", "EUR " + money(total, "comma"))
    r.rule("dash")
    r.c(f"Bon {num}", size=7.8)
    r.c("Ruilen binnen 30 dagen met kassabon", size=7.6)
    _emit_scan("r13", r, out, nrng, rng, dpi=260, target_w=660)
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="BTW 21% included, excl/incl table; promotion as negative line; PIN terminal slip repeats amount and date; receipt number at the bottom; downscaled to ~660 px",
        kind="scan",
    )
    return t, {"country": "NL", "type": "hardware"}


@doc("r14")
def r14(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """IN restaurant, CGST+SGST 2.5 %, round off, 2-digit year, photo."""
    vendor = "Spice Route Family Restaurant"
    num = "2841"
    d = date(2026, 2, 14)
    items = [
        line("Paneer Butter Masala", 1, "320.00"),
        line("Dal Makhani", 1, "260.00"),
        line("Butter Naan", 4, "60.00"),
        line("Jeera Rice", 1, "180.00"),
        line("Sweet Lassi", 2, "90.00"),
        line("Gulab Jamun (2 pc)", 1, "65.00"),
    ]
    sub = sum(i["amount"] for i in items)
    cg = q(sub * D("0.025"))
    sg = q(sub * D("0.025"))
    raw = sub + cg + sg
    total = q0(raw)
    ro = total - raw
    r = Roll(76, "DV", 8.2, margin_mm=4)
    r.c("SPICE ROUTE", font="DVSB", size=15)
    r.c("Family Restaurant", font="DVSI", size=9)
    r.c("14, MG Road, Pune 411001", size=7.6)
    r.c("GSTIN: 27AAFFS9912K1Z3", size=7.6)
    r.c("FSSAI Lic No. 11519034000123", size=7.6)
    r.rule("dash")
    r.lr(f"Bill No: {num}", f"Date: {d.strftime('%d/%m/%y')}")
    r.lr("Table: T-09  Cover: 3", "Time: 21:36")
    r.rule("dash")
    r.row(
        ("Item", 0, "l"),
        ("Qty", 0.6, "r"),
        ("Rate", 0.78, "r"),
        ("Amt", 1, "r"),
        font="DVB",
        size=7.8,
    )
    for it in items:
        r.row(
            (it["description"], 0, "l"),
            (qstr(it["quantity"]), 0.6, "r"),
            (money(it["unit_price"], "in", 0), 0.78, "r"),
            (money(it["amount"], "in"), 1, "r"),
            size=7.8,
        )
    r.rule("dash")
    r.lr("Sub Total", money(sub, "in"))
    r.lr("CGST @ 2.5%", money(cg, "in"))
    r.lr("SGST @ 2.5%", money(sg, "in"))
    r.lr("Round Off", money(ro, "in"))
    r.rule("dash")
    r.lr("Grand Total", "₹ " + money(total, "in"), font="DVB", size=11)
    r.rule("dash")
    r.left("Paid: UPI (GPay)  Ref 602914773318", size=7.4)
    r.c("Thank you! Visit again", size=8)
    _emit_photo("r14", r, out, nrng, rng, bg="dark", long_side=1800)
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - cg - sg,
        vat=cg + sg,
        total=total,
        currency="INR",
        locale="en-IN",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="CGST 2.5% + SGST 2.5% (vat = sum); round off to whole rupees goes into amount; date dd/mm/yy with 2-digit year; UPI reference number long digits",
        kind="photo",
    )
    return t, {"country": "IN", "type": "restaurant"}


@doc("r15")
def r15(out: Path, rng: random.Random, nrng) -> tuple[dict, dict]:
    """ID café, IDR no decimals with dot thousands, service 5 % + PB1 10 %, photo."""
    vendor = "Kopi Senja"
    num = "KS-210426-0193"
    d = date(2026, 4, 21)
    items = [
        line("Es Kopi Susu Gula Aren", 2, "28000"),
        line("Croissant Almond", 1, "32000"),
        line("Teh Tarik Panas", 1, "25000"),
        line("Pisang Goreng Keju", 1, "22000"),
    ]
    sub = sum(i["amount"] for i in items)
    svc = q0(sub * D("0.05"))
    pb1 = q0((sub + svc) * D("0.10"))
    raw = sub + svc + pb1
    total = (raw / 100).quantize(D("1"), rounding=ROUND_HALF_UP) * 100
    rnd = total - raw
    r = Roll(58, "DVC", 7.6, margin_mm=3)
    r.c("kopi senja", font="DVCB", size=14)
    r.c("Jl. Kemang Raya No. 21", size=6.8)
    r.c("Jakarta Selatan 12730", size=6.8)
    r.c("NPWP 84.221.930.1-017.000", size=6.8)
    r.rule("dash")
    r.lr(f"No: {num}", "")
    r.lr(d.strftime("%d/%m/%Y") + " 15:07", "Kasir: Rina")
    r.rule("dash")
    for it in items:
        r.left(it["description"])
        r.lr(
            f"  {qstr(it['quantity'])} x {money(it['unit_price'], 'id', 0)}",
            money(it["amount"], "id", 0),
        )
    r.rule("dash")
    r.lr("Subtotal", money(sub, "id", 0))
    r.lr("Service 5%", money(svc, "id", 0))
    r.lr("PB1 10%", money(pb1, "id", 0))
    r.lr("Pembulatan", money(rnd, "id", 0))
    r.lr("TOTAL", "Rp " + money(total, "id", 0), font="DVCB", size=9.5)
    r.lr("QRIS", money(total, "id", 0))
    r.rule("dash")
    r.c("Terima kasih, sampai jumpa!", size=7)
    r.c("wifi: senja2026", size=7)
    _emit_photo("r15", r, out, nrng, rng, bg="wood", long_side=1700)
    t = truth(
        number=num,
        inv_date=d,
        due=None,
        vendor=vendor,
        amount=total - pb1,
        vat=pb1,
        total=total,
        currency="IDR",
        locale="id-ID",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="IDR without decimals, dot thousands (130.500 = 130500.00); service 5% is not a tax; PB1 10% restaurant tax is the tax; rounding 'Pembulatan'; 58 mm roll; receipt number embeds the date",
        kind="photo",
    )
    return t, {"country": "ID", "type": "café"}


# =========================================================================== main

README_HEAD = """# Blind set 2026-12j

30 documents (15 invoices `i01`–`i15`, 15 till receipts `r01`–`r15`) drawn from scratch by
`bench/blindsets/blind_2026_12j.py`, without reading the product. Every random choice of a
document is seeded with the CRC-32 of its name, so re-running the generator gives byte-identical
files. Regenerate with `python -m bench.blindsets.blind_2026_12j [OUTDIR] [--only NAME]`.

## How the set is drawn

- **Invoices**: the kind of invoices users upload most: cloud hosting, SaaS, domain registrar,
  e-commerce shops, mobile telecom, electricity, marketplace fees, online course, co-working and a
  web agency, from NL, FR, DE, IN, US, UK, ES, IT, BE, AT, PL, IE, CA, AU. Each is drawn by its own
  function with its own look (wordmarks and shape logos, sidebars, header/summary boxes, tables,
  footers with legal/bank lines, page numbers). Twelve are born-digital PDFs with a text layer
  (two of them have 2 pages); i13 is a 200 dpi grey scan (PNG), i14 a scan embedded as the only
  content of a PDF (no text layer), i15 a phone photo (JPEG).
- **Receipts**: till receipts from shops and restaurants, drawn on 58/76/80 mm rolls as long as
  their content, then scanned (flatbed, skew up to ±2°, blur, noise, specks, some with thermal
  fading, two downscaled to ~650 px wide; r12 is an image-only PDF of an A4 scanner bed with the
  receipt in the corner) or photographed (perspective onto wood/granite/linen/dark desk, uneven
  light, shadows, folds, JPEG quality 60–80, long side 1,600–2,300 px). Six are from Malaysia and
  Singapore; the rest from the USA, UK, France, Germany, Italy, Spain, Netherlands, India, Indonesia.
- Every text run is checked to stay on its page and not overlap any other run (`LayoutError`).
- All money is computed once with `Decimal` (ROUND_HALF_UP); the document prints and the JSON keys
  the same values, and the generator asserts `amount + vat == total`.

## Truth conventions

- `total`: the gross amount of the document (what the purchase costs, taxes included). Amounts
  already paid are **not** subtracted: in i03 (annual electricity statement) `total` is the gross
  invoice amount, not the smaller "Nachzahlung" left after the 12 deposits; in i05 the invoice is
  paid by card and prints "Balance due $0.00", `total` is still 71.39; in i13 the previous balance
  and payment are not part of the bill's total (they cancel out, amount due = current charges).
- `vat`: the sum of all taxes printed (VAT/GST/SST/sales tax/CGST+SGST/PB1), `null` when the
  document prints no tax line at all (r01, r03 and i05). A reverse-charge invoice that prints a
  0 % VAT line of 0,00 is keyed `"0.00"` (i09).
- `amount`: net = `total - vat` (or `total` when `vat` is null). Service charges (r02, r06, r15),
  shipping, discounts and cash rounding adjustments (Malaysian 5-sen rounding, Indian round off,
  Indonesian Pembulatan) are not taxes, so they sit inside `amount`.
- Tax-inclusive receipts/invoices: `vat` is the printed included tax, `amount = total - vat`.
- Credit note (i12): printed with negative amounts and keyed with negative amounts,
  `document_type` = `credit_note`.
- Currencies printed without decimals (IDR in r15) are keyed with `.00`.
- `vendor_name`: the seller's legal name as printed on the document, with its legal form when it is
  printed with it (e.g. "Kopi & Kaya Co. Pte. Ltd." rather than the wordmark "KOPI & KAYA"). Where a
  shop prints only its trading name (r08 "The Crown & Anchor", r14, r15) that name is keyed; the
  letter case of a stylised wordmark is normalised (r14 prints "SPICE ROUTE" / "Family Restaurant",
  r15 prints "kopi senja"). In i09 the "Verkoper / Seller" block is the marketplace's customer; the
  vendor (issuer) is Brocantia NV.
- `invoice_number`: the document's own number (invoice / credit note / bill / receipt / ticket /
  Bon / documento number), not the order, account, customer or payment reference.
- `due_date`: only when a due / pay-by / debit date is printed; `null` for paid documents.
- `line_items`: the item lines as printed (discount, credit, shipping and deposit lines included
  as their own lines; taxes, service charges and rounding are not items). `amount` is the line
  amount as printed: net on net-priced invoices, gross on tax-inclusive receipts. `quantity` is a
  plain decimal string (weights keep their decimals, credits such as a solar feed-in keep their
  sign), `unit_price` with two decimals, or with the decimals printed when a rate has more (e.g.
  0.0049 €/GB, 0.352 $/kWh). Discount/credit lines have quantity 1 and a negative unit price.
- `locale`: language-region of the document; `layout`: invoice or receipt; `kind`: pdf (born
  digital with text layer), scan (flatbed scan, PNG or image-only PDF), photo (phone photo JPEG).

"""


def build_readme(rows: list[tuple[str, str, dict, dict]]) -> str:
    kinds: dict[tuple[str, str], int] = {}
    for _name, ext, t, _m in rows:
        kinds[
            (
                t["layout"],
                t["kind"] + ("" if ext != "pdf" or t["kind"] == "pdf" else " (image-only PDF)"),
            )
        ] = (
            kinds.get(
                (
                    t["layout"],
                    t["kind"] + ("" if ext != "pdf" or t["kind"] == "pdf" else " (image-only PDF)"),
                ),
                0,
            )
            + 1
        )
    out = [README_HEAD, "## Mix\n", "| layout | kind | count |", "|---|---|---|"]
    for (lay, k), n in sorted(kinds.items()):
        out.append(f"| {lay} | {k} | {n} |")
    tot: dict[str, int] = {}
    for _n, _e, t, _m in rows:
        tot[t["kind"]] = tot.get(t["kind"], 0) + 1
    out.append(
        f"| all | pdf {tot.get('pdf', 0)} / scan {tot.get('scan', 0)} / photo {tot.get('photo', 0)} | {len(rows)} |"
    )
    out += [
        "",
        "## Documents\n",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, ext, t, m in rows:
        out.append(
            f"| {name}.{ext} | {t['kind']} | {m['country']} | {t['document_type']} – {m['type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    return "\n".join(out) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, fn in DOCS.items():
        if a.only and name != a.only:
            continue
        seed = zlib.crc32(name.encode())
        t, meta = fn(out, random.Random(seed), np.random.default_rng(seed))
        ext = next(e for e in ("pdf", "png", "jpg") if (out / f"{name}.{e}").exists())
        (out / f"{name}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        rows.append((name, ext, t, meta))
        print(
            f"{name}.{ext:<4} {t['kind']:<6} {t['total']:>12} {t['currency']}  {t['vendor_name']}"
        )
    if not a.only:
        (out / "README.md").write_text(build_readme(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
