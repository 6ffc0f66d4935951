# ruff: noqa: E501
"""Blind evaluation set 2026-12p: Southern/Western Europe, UK and Ireland.

30 documents (i01-i15 invoices, r01-r15 receipts) drawn with reportlab and degraded
with OpenCV into scans, photos and image-only PDFs. Every random choice is seeded
with the CRC-32 of the document's name, so re-runs are byte-identical.

Usage (from the repository root)::

    python -m bench.blindsets.blind_2026_12p [OUTDIR] [--only NAME]
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

DEFAULT_OUT = Path("bench/blindsets/blind-2026-12p")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
TTF = {
    "DV": "DejaVuSans.ttf",
    "DV-B": "DejaVuSans-Bold.ttf",
    "DV-I": "DejaVuSans-Oblique.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVC-B": "DejaVuSansCondensed-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVS-B": "DejaVuSerif-Bold.ttf",
    "DVS-I": "DejaVuSerif-Italic.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVM-B": "DejaVuSansMono-Bold.ttf",
}
_ = (A4, LETTER)

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


def D(x) -> Decimal:
    return Decimal(str(x))


def q(x) -> Decimal:
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def money(x, dec=",", th=".", plus=False) -> str:
    """Format a Decimal with the given decimal and thousands separators."""
    x = q(x)
    s = f"{abs(x):,.2f}".replace(",", "\x00").replace(".", dec).replace("\x00", th)
    if x < 0:
        return "-" + s
    return ("+" if plus else "") + s


def es(x):
    return money(x, ",", ".")


def fr(x):
    return money(x, ",", " ")


def en(x):
    return money(x, ".", ",")


def qty(x) -> str:
    """Quantity as a plain string for the truth file."""
    x = D(x)
    return str(x.normalize()) if x == x.to_integral() else str(x)


def font(name: str) -> str:
    if name in TTF and name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / TTF[name])))
    return name


def rng_for(name: str) -> random.Random:
    return random.Random(zlib.crc32(name.encode()))


def nprng_for(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(name.encode()))


MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "en": "January February March April May June July August September October November December",
}


def long_date(d: dt.date, lang: str) -> str:
    m = MONTHS[lang].split()[d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {m} de {d.year}"
    return f"{d.day} {m} {d.year}"


def dmy(d: dt.date, sep="/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


# --------------------------------------------------------------------------- page


class Page:
    """A reportlab canvas that records every text run and refuses overlaps."""

    def __init__(self, size, title: str):
        self.buf = io.BytesIO()
        self.c = rl_canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setCreator("blind-2026-12p")
        self.w, self.h = size
        self.boxes: list[tuple[tuple[float, float, float, float], str]] = []

    def t(self, x, y, s, f="Helvetica", sz=9.0, a="l", col=(0, 0, 0)) -> float:
        s = str(s)
        if not s:
            return 0.0
        f = font(f)
        w = pdfmetrics.stringWidth(s, f, sz)
        x0 = {"l": x, "r": x - w, "c": x - w / 2}[a]
        box = (x0, y - 0.22 * sz, x0 + w, y + 0.76 * sz)
        if box[0] < 2 or box[1] < 2 or box[2] > self.w - 2 or box[3] > self.h - 2:
            raise LayoutError(f"off page: {s!r} {box} page {self.w:.0f}x{self.h:.0f}")
        for b, other in self.boxes:
            if (
                box[0] < b[2] - 0.3
                and b[0] < box[2] - 0.3
                and box[1] < b[3] - 0.3
                and b[1] < box[3] - 0.3
            ):
                raise LayoutError(f"overlap: {s!r} vs {other!r}")
        self.boxes.append((box, s))
        self.c.setFillColorRGB(*col)
        self.c.setFont(f, sz)
        self.c.drawString(x0, y, s)
        return w

    def wrap(self, x, y, text, width, f="Helvetica", sz=8.0, lead=None, col=(0, 0, 0)) -> float:
        lead = lead or sz * 1.25
        f = font(f)
        for para in text.split("\n"):
            line = ""
            for word in para.split():
                cand = (line + " " + word).strip()
                if pdfmetrics.stringWidth(cand, f, sz) > width and line:
                    self.t(x, y, line, f, sz, col=col)
                    y -= lead
                    line = word
                else:
                    line = cand
            if line:
                self.t(x, y, line, f, sz, col=col)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.5):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.setFillColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw=0.5, col=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*col)
        c.setDash(*dash) if dash else c.setDash()
        c.line(x1, y1, x2, y2)
        c.setDash()

    def circle(self, x, y, r, fill=(0, 0, 0), stroke=None):
        c = self.c
        c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.circle(x, y, r, stroke=1 if stroke else 0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    def poly(self, pts, fill=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*fill)
        path = c.beginPath()
        path.moveTo(*pts[0])
        for p in pts[1:]:
            path.lineTo(*p)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    def qr(self, x, y, size, seed: str, n=25):
        """A QR-looking square (finder patterns + seeded modules); not decodable."""
        r = random.Random(zlib.crc32(seed.encode()))
        m = size / n
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                finder = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
                if finder:
                    continue
                if r.random() < 0.5:
                    c.rect(x + j * m, y + size - (i + 1) * m, m, m, stroke=0, fill=1)
        for fi, fj in ((0, 0), (0, n - 7), (n - 7, 0)):
            fx, fy = x + fj * m, y + size - (fi + 7) * m
            c.rect(fx, fy, 7 * m, 7 * m, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(fx + m, fy + m, 5 * m, 5 * m, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(fx + 2 * m, fy + 2 * m, 3 * m, 3 * m, stroke=0, fill=1)

    def barcode(self, x, y, w, h, seed: str):
        r = random.Random(zlib.crc32(seed.encode()))
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        pos = x
        while pos < x + w - 2:
            bw = r.choice((0.6, 0.6, 1.2, 1.8))
            c.rect(pos, y, bw, h, stroke=0, fill=1)
            pos += bw + r.choice((0.6, 1.2, 1.2, 1.8))

    def new_page(self):
        self.c.showPage()
        self.boxes = []

    def finish(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def table(
    p: Page,
    y,
    cols,
    header,
    rows,
    *,
    f="Helvetica",
    fb="Helvetica-Bold",
    sz=8.5,
    lead=None,
    head_fill=None,
    head_col=(0, 0, 0),
    x0=None,
    x1=None,
    rule=True,
    zebra=None,
    grid=None,
):
    """Draw a simple item table. cols: list of (x, align). Returns the y below the table."""
    lead = lead or sz * 1.6
    x0 = x0 if x0 is not None else cols[0][0] - 4
    x1 = x1 if x1 is not None else cols[-1][0] + 4
    if head_fill:
        p.rect(x0, y - lead * 0.35, x1 - x0, lead, fill=head_fill, stroke=None)
    for (x, a), h in zip(cols, header, strict=True):
        p.t(x, y, h, fb, sz, a, col=head_col)
    if rule:
        p.line(x0, y - lead * 0.4, x1, y - lead * 0.4, 0.7)
    y -= lead
    for i, row in enumerate(rows):
        if zebra and i % 2 == 1:
            p.rect(x0, y - lead * 0.35, x1 - x0, lead, fill=zebra, stroke=None)
        for (x, a), cell in zip(cols, row, strict=True):
            p.t(x, y, cell, f, sz, a)
        if grid:
            p.line(x0, y - lead * 0.38, x1, y - lead * 0.38, 0.3, col=grid)
        y -= lead
    if rule:
        p.line(x0, y + lead * 0.6, x1, y + lead * 0.6, 0.7)
    return y


# --------------------------------------------------------------------------- roll


class Roll:
    """A till receipt on a paper roll, as long as its content."""

    def __init__(self, width_mm: float, f="DVM", sz=7.5, margin_mm=3.0, lead=1.32, top_mm=5.0):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.f, self.sz, self.lead = f, sz, lead
        self.ops: list = []
        self.y = top_mm * mm

    @property
    def inner(self) -> float:
        return self.W - 2 * self.m

    def row(self, *cells, f=None, sz=None, col=(0, 0, 0)):
        """cells: (x_from_left_margin, text, align); negative x counts from the right margin."""
        f = f or self.f
        sz = sz or self.sz
        base = self.y + sz * 0.8
        out = []
        for x, text, a in cells:
            ax = self.m + (x if x >= 0 else self.inner + x + 0.0001)
            out.append((ax, text, a))
        self.ops.append(("row", base, out, f, sz, col))
        self.y += sz * self.lead

    def lr(self, left, right="", **kw):
        self.row((0, left, "l"), (-0.0001, right, "r"), **kw)

    def c(self, text, **kw):
        self.row((self.inner / 2, text, "c"), **kw)

    def l(self, text, **kw):  # noqa: E743
        self.row((0, text, "l"), **kw)

    def rule(self, dash=True, lw=0.6):
        self.ops.append(("rule", self.y + 2.5, dash, lw))
        self.y += 5.5

    def gap(self, pt=4.0):
        self.y += pt

    def draw(self, height, fn):
        """fn(page, x_left, y_bottom, width, height) draws shapes (not tracked as text)."""
        self.ops.append(("draw", self.y, height, fn))
        self.y += height

    def render(self, title: str, bottom_mm=8.0) -> bytes:
        H = self.y + bottom_mm * mm
        p = Page((self.W, H), title)
        for op in self.ops:
            if op[0] == "row":
                _, base, cells, f, sz, col = op
                for x, text, a in cells:
                    p.t(x, H - base, text, f, sz, a, col=col)
            elif op[0] == "rule":
                _, yy, dash, lw = op
                p.line(self.m, H - yy, self.W - self.m, H - yy, lw, dash=(2, 1.5) if dash else None)
            else:
                _, yy, height, fn = op
                fn(p, self.m, H - yy - height, self.inner, height)
        return p.finish()


# --------------------------------------------------------------------------- degradation


def pdf_to_bgr(pdf: bytes, dpi: int) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    page = doc[0]
    img = page.render(scale=dpi / 72).to_pil().convert("RGB")
    page.close()
    doc.close()
    return np.ascontiguousarray(np.array(img)[:, :, ::-1])


def scan(
    img: np.ndarray,
    g: np.random.Generator,
    *,
    grey=True,
    blur=0.7,
    skew=0.0,
    noise=5.0,
    specks=40,
    fade=0.0,
    tint=(0.97, 0.97, 0.95),
    downscale=None,
    contrast=1.0,
) -> np.ndarray:
    a = img.astype(np.float32)
    h, w = a.shape[:2]
    if fade:
        # thermal fading: darkness falls off unevenly along the roll and across it
        yy = np.linspace(0, 1, h)[:, None]
        xx = np.linspace(0, 1, w)[None, :]
        k = 1.0 - fade * (0.55 + 0.45 * np.sin(yy * 5.0 + 1.3)) * (0.75 + 0.25 * xx)
        k = np.clip(k, 0.35, 1.0)[:, :, None]
        a = 255 - (255 - a) * k
    if contrast != 1.0:
        a = 255 - (255 - a) * contrast
    a = a * np.array(tint, np.float32)[None, None, ::-1]
    if skew:
        M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        a = cv2.warpAffine(
            a,
            M,
            (w, h),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=(236, 238, 240),
        )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + g.normal(0, noise, a.shape).astype(np.float32)
    for _ in range(specks):
        cx, cy = int(g.integers(0, w)), int(g.integers(0, h))
        r = int(g.integers(1, 3))
        v = float(g.uniform(40, 140))
        cv2.circle(a, (cx, cy), r, (v, v, v), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if downscale:
        nh = round(h * downscale / w)
        a = cv2.resize(a, (downscale, nh), interpolation=cv2.INTER_AREA)
    if grey:
        a = cv2.cvtColor(a, cv2.COLOR_BGR2GRAY)
    return a


def _texture(g: np.random.Generator, w: int, h: int, base, kind: str) -> np.ndarray:
    low = cv2.resize(
        g.normal(0, 1, (max(2, h // 80), max(2, w // 80))).astype(np.float32),
        (w, h),
        interpolation=cv2.INTER_CUBIC,
    )
    fine = g.normal(0, 1, (h, w)).astype(np.float32)
    if kind == "wood":
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(yy / 9.0 + 3.0 * np.sin(xx / 210.0) + low * 2.0)
        t = 14 * grain + 10 * low + 4 * fine
    elif kind == "cloth":
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        t = 6 * np.sin(xx / 2.1) * np.sin(yy / 2.3) + 8 * low + 5 * fine
    else:  # stone / formica
        t = 12 * low + 9 * fine
    out = np.stack([base[0] + t, base[1] + t, base[2] + t], axis=2)
    return out.astype(np.float32)


def photo(
    img: np.ndarray,
    g: np.random.Generator,
    *,
    long_side=2000,
    quality=72,
    bg=(60, 90, 130),
    bg_kind="wood",
    tilt=0.05,
    fold=True,
    shadow=True,
) -> bytes:
    """Perspective photo of a document lying on a surface. Returns JPEG bytes."""
    h, w = img.shape[:2]
    pad_x, pad_y = int(w * 0.14) + 40, int(h * 0.08) + 40
    W, H = w + 2 * pad_x, h + 2 * pad_y
    doc = img.astype(np.float32)
    if fold:
        # a fold: a soft bright/dark ridge across the paper
        fy = int(h * float(g.uniform(0.35, 0.6)))
        yy = np.arange(h, dtype=np.float32)[:, None] - fy
        ridge = 1.0 + 0.07 * np.tanh(yy / 6.0) * np.exp(-(yy**2) / (2 * 40.0**2))
        doc = doc * ridge[:, :, None]
    bgimg = _texture(g, W, H, bg, bg_kind)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda s: float(g.uniform(-s, s))  # noqa: E731
    dx, dy = w * tilt, h * tilt * 0.6
    dst = np.float32(
        [
            [pad_x + j(dx), pad_y + j(dy)],
            [pad_x + w + j(dx), pad_y + j(dy)],
            [pad_x + w + j(dx), pad_y + h + j(dy)],
            [pad_x + j(dx), pad_y + h + j(dy)],
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow of the paper on the surface
    sh = cv2.GaussianBlur(
        cv2.warpAffine(mask, np.float32([[1, 0, 12], [0, 1, 16]]), (W, H)), (0, 0), 14
    )
    bgimg = bgimg * (1 - 0.45 * sh)[:, :, None]
    out = warped * mask[:, :, None] + bgimg * (1 - mask[:, :, None])
    # uneven light: a broad gradient plus a warm tint
    yy = np.linspace(-1, 1, H)[:, None]
    xx = np.linspace(-1, 1, W)[None, :]
    ax, ay = float(g.uniform(-0.5, 0.5)), float(g.uniform(-0.5, 0.5))
    light = 0.93 + 0.11 * (ax * xx + ay * yy) - 0.06 * (xx**2 + yy**2)
    out = out * light[:, :, None]
    if shadow:
        # a soft shadow (phone / hand) over one corner
        cx, cy = float(g.uniform(0.1, 0.9)) * W, float(g.uniform(0.6, 1.0)) * H
        r = 0.35 * max(W, H)
        Y, X = np.ogrid[:H, :W]
        d = np.sqrt((X - cx) ** 2 + (Y - cy) ** 2) / r
        s = 1.0 - 0.22 * np.clip(1.2 - d, 0, 1)
        out = out * s[:, :, None]
    out = out * np.array([0.96, 0.99, 1.03], np.float32)[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), 0.8)
    out = out + g.normal(0, 3.5, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    scale = long_side / max(W, H)
    out = cv2.resize(out, (round(W * scale), round(H * scale)), interpolation=cv2.INTER_AREA)
    ok, enc = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return enc.tobytes()


def encode_png(a: np.ndarray) -> bytes:
    ok, enc = cv2.imencode(".png", a, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    assert ok
    return enc.tobytes()


def encode_jpg(a: np.ndarray, quality=85) -> bytes:
    ok, enc = cv2.imencode(".jpg", a, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return enc.tobytes()


def image_pdf(a: np.ndarray, dpi: int, title: str, quality=80) -> bytes:
    """Embed a degraded scan as the only content of a PDF page (no text layer)."""
    h, w = a.shape[:2]
    pw, ph = w * 72 / dpi, h * 72 / dpi
    rgb = a if a.ndim == 2 else a[:, :, ::-1]
    pil = Image.fromarray(rgb)
    bio = io.BytesIO()
    pil.save(bio, format="JPEG", quality=quality)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
    c.setTitle(title)
    c.setCreator("blind-2026-12p scanner")
    c.drawImage(ImageReader(io.BytesIO(bio.getvalue())), 0, 0, pw, ph)
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- truth + registry

DOCS: dict[str, dict] = {}


def doc(name: str, *, country: str, label: str, out: dict):
    def deco(fn):
        DOCS[name] = {"fn": fn, "country": country, "label": label, "out": out}
        return fn

    return deco


def T(
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
    rounding=ZERO,
) -> dict:
    amount, total = q(amount), q(total)
    vatq = q(vat) if vat is not None else None
    if amount + (vatq if vatq is not None else ZERO) + q(rounding) != total:
        raise AssertionError(f"{number}: {amount} + {vatq} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": str(amount),
        "vat": str(vatq) if vatq is not None else None,
        "total": str(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {
                "description": d,
                "quantity": qty(n) if n is not None else None,
                "unit_price": str(q(u)) if u is not None else None,
                "amount": str(q(a)),
            }
            for d, n, u, a in items
        ],
        "note": note,
        "kind": None,
    }


def nif_es(n: int) -> str:
    return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def be_ogm(base10: int) -> str:
    chk = base10 % 97 or 97
    s = f"{base10:010d}{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def nif_pt(base8: int) -> str:
    s = f"{base8:08d}"
    tot = sum(int(c) * (9 - i) for i, c in enumerate(s))
    chk = 11 - tot % 11
    return s + str(0 if chk >= 10 else chk)


# =========================================================================== invoices


@doc("i01", country="ES", label="Factura (fontanería)", out={"as": "pdf"})
def i01(name):
    W = A4[0]
    p = Page(A4, "Factura F-2026/0147")
    vendor = "Fontanería y Reformas Guadalquivir, S.L."
    blue = (0.08, 0.33, 0.66)
    p.circle(62, 786, 12, fill=blue)
    p.poly([(50.5, 790), (62, 815), (73.5, 790)], fill=blue)
    p.t(86, 797, "GUADALQUIVIR", "DV-B", 20, col=blue)
    p.t(87, 784, "Fontanería · Calefacción · Reformas", "DV", 8.5, col=(0.35, 0.35, 0.35))
    y = 812
    for s in (
        vendor,
        "C/ Torneo, 38 - local 2",
        "41002 Sevilla",
        "NIF: B41876523",
        "Tel. 954 21 87 60 · info@fontaneriaguadalquivir.es",
    ):
        p.t(W - 45, y, s, "DV-B" if s == vendor else "DV", 8, "r")
        y -= 11
    p.t(50, 735, "FACTURA", "DV-B", 22)
    p.rect(50, 640, 240, 80, stroke=(0.6, 0.6, 0.6))
    d, due = dt.date(2026, 3, 12), dt.date(2026, 4, 11)
    rows = [
        ("Nº factura:", "F-2026/0147"),
        ("Fecha:", dmy(d)),
        ("Vencimiento:", dmy(due)),
        ("Forma de pago:", "Transferencia"),
    ]
    for i, (k, v) in enumerate(rows):
        p.t(58, 704 - i * 17, k, "DV", 8.5)
        p.t(140, 704 - i * 17, v, "DV-B", 8.5)
    p.rect(315, 640, 230, 80, fill=(0.94, 0.96, 0.99), stroke=None)
    p.t(323, 708, "CLIENTE", "DV-B", 7.5, col=blue)
    for i, s in enumerate(
        (
            "Comunidad de Propietarios Edificio Triana",
            "Av. República Argentina, 24",
            "41011 Sevilla",
            "CIF: H41523987",
        )
    ):
        p.t(323, 693 - i * 12, s, "DV", 8.5)
    lines = [
        ("Sustitución bajante PVC Ø110 mm (metro lineal)", D(6), D("18.40"), D(0)),
        ("Codos, manguitos y abrazaderas", D(1), D("46.35"), D(0)),
        ('Válvula de esfera 1" latón', D(2), D("23.90"), D(10)),
        ("Mano de obra oficial 1ª (horas)", D("7.5"), D("32.00"), D(0)),
        ("Mano de obra ayudante (horas)", D("7.5"), D("24.00"), D(0)),
        ("Desplazamiento y retirada de escombros", D(1), D("35.00"), D(0)),
    ]
    items, out = [], []
    for desc, n, u, dto in lines:
        amt = q(n * u * (1 - dto / 100))
        items.append((desc, n, u, amt))
        out.append([desc, es(n).replace(",00", ""), es(u), f"{dto:.0f}" if dto else "", es(amt)])
    cols = [(55, "l"), (350, "r"), (410, "r"), (455, "r"), (540, "r")]
    y = table(
        p,
        605,
        cols,
        ["Concepto", "Cant.", "Precio €", "Dto. %", "Importe €"],
        out,
        f="DV",
        fb="DV-B",
        sz=8.5,
        lead=17,
        head_fill=blue,
        head_col=(1, 1, 1),
        x0=50,
        x1=545,
        grid=(0.8, 0.8, 0.8),
        rule=False,
    )
    base = sum(i[3] for i in items)
    iva = q(base * D("0.21"))
    total = base + iva
    y -= 12
    for k, v, b in (
        ("Base imponible", es(base) + " €", False),
        ("IVA 21%", es(iva) + " €", False),
        ("TOTAL FACTURA", es(total) + " €", True),
    ):
        if b:
            p.rect(350, y - 6, 195, 20, fill=blue, stroke=None)
        p.t(358, y, k, "DV-B" if b else "DV", 10 if b else 9, col=(1, 1, 1) if b else (0, 0, 0))
        p.t(
            538, y, v, "DV-B" if b else "DV", 10 if b else 9, "r", col=(1, 1, 1) if b else (0, 0, 0)
        )
        y -= 20
    p.t(50, 300, "Datos para el pago", "DV-B", 9)
    p.t(
        50,
        286,
        "Transferencia a Caixabank · IBAN ES76 2100 4512 8702 0015 9934 · BIC CAIXESBBXXX",
        "DV",
        8,
    )
    p.t(50, 274, "Indique el número de factura en el concepto de la transferencia.", "DV", 8)
    p.line(50, 70, W - 45, 70, 0.4, col=(0.6, 0.6, 0.6))
    p.wrap(
        50,
        58,
        "Fontanería y Reformas Guadalquivir, S.L. Inscrita en el Registro Mercantil de Sevilla, Tomo 4.512, Folio 88, Hoja SE-70211. Sus datos serán tratados conforme al RGPD (UE) 2016/679.",
        W - 95,
        "DV",
        6.5,
    )
    return p.finish(), T(
        number="F-2026/0147",
        date=d,
        due=due,
        vendor=vendor,
        amount=base,
        vat=iva,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Per-line discount column (10% on one line); euro sign only in column headers and the totals; white-on-blue header and total bar.",
    )


@doc(
    "i02",
    country="ES",
    label="Factura profesional con IRPF",
    out={"as": "scan", "ext": "png", "dpi": 200, "grey": True},
)
def i02(name):
    W = A4[0]
    p = Page(A4, "Factura 2026-018")
    vendor = "Lucía Beltrán Ortega"
    p.t(W / 2, 790, "LUCÍA BELTRÁN ORTEGA", "DVS", 17, "c")
    p.t(W / 2, 772, "ARQUITECTA · Colegiada COAM nº 18.442", "DVS-I", 9, "c")
    p.line(200, 764, W - 200, 764, 0.6)
    p.t(
        W / 2,
        750,
        f"NIF {nif_es(28934561)} · Calle de Ponzano, 51, 3º B · 28003 Madrid · 646 18 22 90",
        "DVS",
        7.5,
        "c",
    )
    d = dt.date(2026, 2, 5)
    p.t(60, 700, "Factura núm. 2026-018", "DVS-B", 12)
    p.t(60, 684, f"Madrid, {long_date(d, 'es')}", "DVS", 9.5)
    p.t(340, 700, "Facturar a:", "DVS-I", 8.5)
    for i, s in enumerate(
        (
            "Promociones Inmobiliarias Cerro Alto, S.A.",
            "C/ Alcalá, 212",
            "28028 Madrid",
            "CIF A82917345",
        )
    ):
        p.t(340, 686 - i * 12, s, "DVS", 9)
    lines = [
        (
            "Honorarios redacción proyecto básico y de ejecución — vivienda unifamiliar, parcela 14, Boadilla del Monte",
            D("2400.00"),
        ),
        ("Dirección de obra — hito 1 (cimentación y estructura)", D("850.00")),
        ("Certificado de eficiencia energética", D("180.00")),
    ]
    y = 600
    p.t(60, y, "CONCEPTO", "DVS-B", 8.5)
    p.t(535, y, "IMPORTE", "DVS-B", 8.5, "r")
    p.line(60, y - 6, 535, y - 6, 0.8)
    y -= 24
    items = []
    for desc, amt in lines:
        y2 = p.wrap(60, y, desc, 360, "DVS", 9, 12)
        p.t(535, y, es(amt) + " €", "DVS", 9, "r")
        items.append((desc, D(1), amt, amt))
        y = y2 - 8
    p.line(60, y + 4, 535, y + 4, 0.5)
    base = sum(a for *_, a in items)
    iva = q(base * D("0.21"))
    irpf = q(base * D("0.15"))
    total = base + iva
    liquido = total - irpf
    y -= 14
    for k, v, f in (
        ("Base imponible", es(base), "DVS"),
        ("IVA (21 %)", es(iva), "DVS"),
        ("Total factura", es(total), "DVS-B"),
        ("Retención IRPF (15 % s/ base)", "-" + es(irpf), "DVS"),
        ("LÍQUIDO A PERCIBIR", es(liquido), "DVS-B"),
    ):
        p.t(330, y, k, f, 9.5)
        p.t(535, y, v + " €", f, 9.5, "r")
        y -= 17
    p.line(330, y + 31, 535, y + 31, 0.5)
    p.t(60, 250, "Forma de pago: transferencia bancaria a 30 días.", "DVS", 8.5)
    p.t(60, 237, "IBAN ES12 0049 1500 0521 1034 8866 (Banco Santander)", "DVS", 8.5)
    p.wrap(
        60,
        90,
        "Factura sujeta a retención del IRPF conforme al art. 101 de la Ley 35/2006. En cumplimiento del RGPD, sus datos se incorporan a un fichero responsabilidad de la emisora con la finalidad de gestionar la relación profesional.",
        475,
        "DVS-I",
        7,
    )
    return p.finish(), T(
        number="2026-018",
        date=d,
        due=None,
        vendor=vendor,
        amount=base,
        vat=iva,
        total=total,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="IRPF 15% retention: keyed total is 'Total factura' (base + IVA); the smaller 'LÍQUIDO A PERCIBIR' after retention is not the total. Long date 'Madrid, 5 de febrero de 2026'. Sole trader, no legal form. Due '30 días' without a date -> null.",
    )


@doc(
    "i03",
    country="PT",
    label="Fatura-recibo hotel (taxa turística)",
    out={
        "as": "photo",
        "dpi": 170,
        "long_side": 2200,
        "quality": 74,
        "bg": (70, 95, 120),
        "bg_kind": "wood",
    },
)
def i03(name):
    W, H = A4
    p = Page(A4, "FR 2026A/812")
    vendor = "Hotel Miradouro da Graça, Lda."
    green = (0.1, 0.4, 0.35)
    p.rect(0, H - 95, W, 95, fill=green, stroke=None)
    p.t(40, H - 50, "Miradouro", "DVS-B", 26, col=(1, 1, 1))
    p.t(42, H - 70, "HOTEL · GRAÇA · LISBOA", "DV", 9, col=(0.85, 0.95, 0.9))
    for i, s in enumerate(
        (
            vendor,
            "Largo da Graça, 87 · 1170-165 Lisboa",
            f"NIF {nif_pt(51428790)} · RNET 4127",
            "reservas@miradourograca.pt · +351 218 860 412",
        )
    ):
        p.t(W - 40, H - 32 - i * 12, s, "DV", 8, "r", col=(1, 1, 1))
    d = dt.date(2026, 4, 19)
    p.t(40, 715, "FATURA-RECIBO", "DV-B", 15)
    p.t(40, 698, "FR 2026A/812", "DV-B", 11)
    p.t(40, 683, "ATCUD: JFM3K7PQ-812", "DV", 8.5)
    p.t(40, 670, "Original", "DV-I", 8)
    info = [
        ("Data", dmy(d, "-")),
        ("Quarto", "304"),
        ("Chegada", "16-04-2026"),
        ("Partida", "19-04-2026"),
        ("Hóspedes", "2"),
    ]
    for i, (k, v) in enumerate(info):
        p.t(240, 715 - i * 12, k, "DV", 8.5)
        p.t(300, 715 - i * 12, v, "DV-B", 8.5)
    p.t(400, 715, "Cliente", "DV-B", 8.5)
    for i, s in enumerate(
        ("Sr. Thomas Becker", "Lindenstraße 14, 50674 Köln", "Alemanha", "NIF: 999999990")
    ):
        p.t(400, 701 - i * 12, s, "DV", 8.5)
    charges = [
        ("16-04", "Alojamento — quarto duplo", D("128.00"), 6),
        ("16-04", "Jantar restaurante", D("46.50"), 13),
        ("16-04", "Vinho Douro (garrafa)", D("24.00"), 23),
        ("17-04", "Alojamento — quarto duplo", D("128.00"), 6),
        ("17-04", "Minibar", D("9.50"), 23),
        ("18-04", "Alojamento — quarto duplo", D("128.00"), 6),
        ("18-04", "Lavandaria", D("14.00"), 23),
    ]
    cols = [(45, "l"), (95, "l"), (360, "r"), (440, "r"), (550, "r")]
    rows = [[dd, desc, "1", f"{r}%", es(a)] for dd, desc, a, r in charges]
    rows.append(
        [
            "16-04",
            "Taxa Municipal Turística (3 noites x 2 hósp. x 4,00)",
            "6",
            "isento",
            es(D("24.00")),
        ]
    )
    y = table(
        p,
        620,
        cols,
        ["Data", "Descrição", "Qtd.", "IVA", "Valor €"],
        rows,
        f="DV",
        fb="DV-B",
        sz=8.5,
        lead=16,
        x0=40,
        x1=555,
        zebra=(0.93, 0.96, 0.95),
    )
    gross_by = {}
    for *_, a, r in charges:
        gross_by[r] = gross_by.get(r, ZERO) + a
    y -= 10
    ty = y - 4
    p.t(45, y, "Resumo de IVA", "DV-B", 8.5)
    y -= 14
    p.t(45, y, "Taxa", "DV-B", 8)
    p.t(160, y, "Incidência", "DV-B", 8, "r")
    p.t(230, y, "IVA", "DV-B", 8, "r")
    y -= 12
    net_sum = vat_sum = ZERO
    for r in sorted(gross_by):
        g_ = gross_by[r]
        net = q(g_ / (1 + D(r) / 100))
        v = g_ - net
        net_sum += net
        vat_sum += v
        p.t(45, y, f"{r}%", "DV", 8)
        p.t(160, y, es(net), "DV", 8, "r")
        p.t(230, y, es(v), "DV", 8, "r")
        y -= 12
    p.t(45, y, "Isento art. 9.º CIVA / não sujeito — Taxa Municipal Turística", "DV-I", 7.5)
    city = D("24.00")
    total = net_sum + vat_sum + city
    for k, v, f in (
        ("Total s/ IVA", es(net_sum), "DV"),
        ("Total IVA", es(vat_sum), "DV"),
        ("Taxa turística", es(city), "DV"),
        ("TOTAL", es(total) + " €", "DV-B"),
    ):
        p.t(400, ty, k, f, 9.5)
        p.t(550, ty, v, f, 9.5, "r")
        ty -= 16
    p.t(400, ty - 2, "Pago: Visa ****4417", "DV", 8.5)
    p.qr(45, 90, 80, "i03-qr")
    p.t(140, 160, "Processado por programa certificado n.º 2381/AT", "DV", 7)
    p.t(140, 148, "Os bens/serviços foram colocados à disposição na data do documento.", "DV", 7)
    p.t(140, 136, "Obrigado pela sua estadia! Volte sempre.", "DV-I", 8)
    items = [(desc, 1, a, a) for _, desc, a, _ in charges] + [
        ("Taxa Municipal Turística (3 noites x 2 hósp. x 4,00)", 6, D("4.00"), city)
    ]
    return p.finish(), T(
        number="FR 2026A/812",
        date=d,
        due=None,
        vendor=vendor,
        amount=net_sum,
        vat=vat_sum + city,
        total=total,
        currency="EUR",
        locale="pt-PT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=f"Hotel folio: charges gross at three IVA rates (6/13/23) with a VAT summary; city tax (taxa turística, 24.00, outside IVA) counted as a tax, so vat = IVA {vat_sum} + city tax 24.00. ATCUD code, dd-mm-yyyy dates, QR-ish box. Fatura-recibo: already paid, no due date. Line item amounts are gross as printed.",
    )


@doc("i04", country="IT", label="Fattura professionista (cassa + ritenuta)", out={"as": "pdf"})
def i04(name):
    H = A4[1]
    p = Page(A4, "Fattura 12/2026")
    vendor = "Studio Tecnico Geom. Marco Ferrandi"
    p.rect(40, H - 110, 6, 70, fill=(0.7, 0.15, 0.15), stroke=None)
    p.t(56, H - 58, "Studio Tecnico", "Times-Roman", 13)
    p.t(56, H - 80, "Geom. Marco Ferrandi", "Times-Bold", 20)
    for i, s in enumerate(
        (
            "Via Roma 41 · 25121 Brescia (BS)",
            "P.IVA 03817420987 · C.F. FRRMRC78C14B157Y",
            "Iscr. Collegio Geometri BS n. 4521 · PEC m.ferrandi@pec.geometri.it",
        )
    ):
        p.t(56, H - 98 - i * 11, s, "Times-Roman", 8.5)
    d = dt.date(2026, 2, 27)
    due = dt.date(2026, 3, 29)
    p.t(340, 700, "Spett.le", "Times-Italic", 9)
    for i, s in enumerate(
        (
            "Edilnova S.r.l.",
            "Via Industriale 8",
            "25030 Castel Mella (BS)",
            "P.IVA 02918840171",
            "Cod. destinatario: M5UXCR1",
        )
    ):
        p.t(340, 686 - i * 12, s, "Times-Bold" if i == 0 else "Times-Roman", 9.5)
    p.t(56, 640, "FATTURA N. 12/2026 del 27/02/2026", "Times-Bold", 12)
    p.t(56, 624, "Tipo documento: TD01 · Esigibilità IVA: immediata", "Times-Roman", 8.5)
    lines = [
        ("Pratica SCIA per manutenzione straordinaria - immobile Via Valcamonica 12", D("1150.00")),
        ("Rilievo strumentale e aggiornamento catastale (DOCFA)", D("620.00")),
    ]
    cols = [(60, "l"), (535, "r")]
    y = table(
        p,
        590,
        cols,
        ["Descrizione prestazione", "Importo €"],
        [[a, es(b)] for a, b in lines],
        f="Times-Roman",
        fb="Times-Bold",
        sz=9.5,
        lead=19,
        x0=56,
        x1=540,
    )
    onorari = sum(b for _, b in lines)
    cassa = q(onorari * D("0.05"))
    imponibile = onorari + cassa
    iva = q(imponibile * D("0.22"))
    totale = imponibile + iva
    rit = q(onorari * D("0.20"))
    netto = totale - rit
    y -= 14
    rows = [
        ("Totale onorari", es(onorari)),
        ("Contributo integrativo Cassa Geometri 5%", es(cassa)),
        ("Imponibile IVA", es(imponibile)),
        ("IVA 22%", es(iva)),
        ("TOTALE FATTURA", es(totale)),
        ("Ritenuta d'acconto 20% su € " + es(onorari), "- " + es(rit)),
        ("NETTO A PAGARE", es(netto)),
    ]
    for k, v in rows:
        b = k.isupper()
        p.t(300, y, k, "Times-Bold" if b else "Times-Roman", 10)
        p.t(535, y, "€ " + v, "Times-Bold" if b else "Times-Roman", 10, "r")
        if b:
            p.line(300, y - 5, 540, y - 5, 0.4)
        y -= 18
    p.t(
        56,
        250,
        "Modalità di pagamento: bonifico bancario entro 30 gg data fattura",
        "Times-Roman",
        9,
    )
    p.t(56, 237, "Scadenza: " + dmy(due), "Times-Bold", 9)
    p.t(
        56,
        224,
        "IBAN IT60 X054 2811 1010 0000 0123 456 - Banca Popolare di Sondrio",
        "Times-Roman",
        9,
    )
    p.t(
        56,
        100,
        "Documento privo di valenza fiscale ai sensi dell'art. 21 D.P.R. 633/72. L'originale è disponibile nel cassetto fiscale (SdI).",
        "Times-Italic",
        7.5,
    )
    items = [(a, D(1), b, b) for a, b in lines]
    return p.finish(), T(
        number="12/2026",
        date=d,
        due=due,
        vendor=vendor,
        amount=imponibile,
        vat=iva,
        total=totale,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Italian professional: 5% cassa contribution is part of the taxable base (amount = imponibile IVA); total = 'TOTALE FATTURA'; the 20% ritenuta d'acconto gives a smaller 'NETTO A PAGARE' which is not the total. '€ ' prefix; courtesy copy of an e-invoice.",
    )


@doc("i05", country="IT", label="Fattura grossista PA (split payment, 2 pagine)", out={"as": "pdf"})
def i05(name):
    W, H = A4
    r = rng_for(name)
    p = Page(A4, "Fattura FE/2026/00391")
    vendor = "Forniture Ufficio Adriatica S.p.A."
    d, due = dt.date(2026, 5, 15), dt.date(2026, 6, 14)
    catalog22 = [
        ("Carta A4 80 g/m² risma 500 ff", "8.90"),
        ("Toner HP 59A compatibile", "64.50"),
        ("Cartelline con elastico blu", "1.35"),
        ("Penna gel nera 0,7 mm", "0.95"),
        ("Evidenziatori assortiti conf. 4", "3.80"),
        ("Raccoglitore ad anelli dorso 8 cm", "3.20"),
        ("Buste a sacco 23x33 conf. 50", "7.40"),
        ("Post-it 76x76 giallo blocchetti", "1.10"),
        ("Cucitrice da tavolo 24/6", "12.90"),
        ("Punti metallici 24/6 conf. 1000", "0.85"),
        ("Nastro adesivo trasparente 19 mm", "0.70"),
        ("Calcolatrice da tavolo 12 cifre", "18.50"),
        ("Cartucce inchiostro Epson 603XL nero", "22.40"),
        ("Etichette adesive A4 conf. 100 ff", "14.60"),
        ("Cavo HDMI 2 m", "6.90"),
        ("Mouse ottico USB", "9.80"),
        ("Tastiera USB layout IT", "16.70"),
        ("Ciabatta elettrica 6 prese", "11.40"),
        ("Lampada da scrivania LED", "24.90"),
        ("Portadocumenti a 3 cassetti", "19.50"),
        ("Detergente superfici 750 ml", "2.90"),
        ("Sacchi rifiuti 70x110 rotolo 20", "3.60"),
        ("Bicchieri compostabili conf. 100", "4.80"),
        ("Pile stilo AA conf. 8", "5.20"),
    ]
    catalog10 = [
        ("Zucchero semolato 1 kg", "1.45"),
        ("Biscotti frollini 700 g", "3.10"),
        ("Acqua minerale 0,5 L conf. 24", "5.90"),
    ]
    catalog4 = [
        ("Codice dei contratti pubblici - ed. 2026", "38.00"),
        ("Manuale del protocollo informatico", "29.50"),
    ]
    lines = []
    for i, (desc, u) in enumerate(catalog22 + catalog10 + catalog4):
        rate = 22 if i < len(catalog22) else 10 if i < len(catalog22) + len(catalog10) else 4
        n = D(r.choice((1, 2, 2, 3, 4, 5, 6, 10, 12, 20)))
        lines.append((f"{100 + i * 7:04d}", desc, n, D(u), rate))

    def header(pg):
        p.t(40, H - 55, "ADRIATICA", "Helvetica-Bold", 24, col=(0.0, 0.3, 0.55))
        p.t(
            40,
            H - 70,
            "forniture per ufficio dal 1978",
            "Helvetica-Oblique",
            8.5,
            col=(0.3, 0.3, 0.3),
        )
        for i, s in enumerate(
            (
                vendor,
                "Via Flaminia 222 - 60126 Ancona",
                "P.IVA/C.F. 02245890421 - REA AN-172334",
                "Cap. soc. € 1.200.000,00 i.v.",
            )
        ):
            p.t(W - 40, H - 40 - i * 10, s, "Helvetica", 7.5, "r")
        p.t(40, H - 100, f"FATTURA N. FE/2026/00391 del {dmy(d)}", "Helvetica-Bold", 10)
        p.t(W - 40, H - 100, f"Pagina {pg} di 2", "Helvetica", 8, "r")

    header(1)
    p.rect(40, H - 200, 250, 85, stroke=(0.5, 0.5, 0.5))
    p.t(48, H - 128, "Cessionario/committente", "Helvetica-Oblique", 7.5)
    for i, s in enumerate(
        (
            "Comune di Senigallia",
            "Ufficio Economato",
            "Piazza Roma 8 - 60019 Senigallia (AN)",
            "C.F. 00332510429",
            "Codice univoco ufficio: UF3K9L",
        )
    ):
        p.t(48, H - 142 - i * 11, s, "Helvetica-Bold" if i == 0 else "Helvetica", 8.5)
    p.t(310, H - 128, "CIG: Z4A3B2C1D0", "Helvetica", 8.5)
    p.t(310, H - 141, "Ordine n. 418 del 28/04/2026", "Helvetica", 8.5)
    p.t(310, H - 154, "DDT n. 2026/1172 del 12/05/2026", "Helvetica", 8.5)
    p.t(310, H - 167, "Pagamento: bonifico 30 gg d.f.", "Helvetica", 8.5)
    p.t(310, H - 180, "Scadenza: " + dmy(due), "Helvetica-Bold", 8.5)
    cols = [(44, "l"), (82, "l"), (380, "r"), (440, "r"), (475, "r"), (551, "r")]
    hdr = ["Cod.", "Descrizione", "Q.tà", "Prezzo", "IVA", "Importo"]
    items, rows = [], []
    for code, desc, n, u, rate in lines:
        amt = q(n * u)
        items.append((desc, n, u, amt))
        rows.append([code, desc, str(n), es(u), f"{rate}", es(amt)])
    y = table(
        p,
        H - 225,
        cols,
        hdr,
        rows[:22],
        sz=8,
        lead=14.5,
        head_fill=(0.85, 0.9, 0.95),
        x0=40,
        x1=555,
    )
    p.t(W - 40, y - 4, "segue ./.", "Helvetica-Oblique", 8, "r")
    p.t(
        W / 2,
        40,
        "Copia di cortesia - l'originale della fattura elettronica è stato trasmesso tramite SdI",
        "Helvetica",
        7,
        "c",
    )
    p.new_page()
    header(2)
    y = table(
        p,
        H - 130,
        cols,
        hdr,
        rows[22:],
        sz=8,
        lead=14.5,
        head_fill=(0.85, 0.9, 0.95),
        x0=40,
        x1=555,
    )
    base = {}
    for _, _, n, u, rate in lines:
        base[rate] = base.get(rate, ZERO) + q(n * u)
    y -= 16
    p.t(44, y, "RIEPILOGO ALIQUOTE IVA", "Helvetica-Bold", 8.5)
    y -= 14
    for x, s in (
        (44, "Aliquota"),
        (200, "Imponibile"),
        (300, "Imposta"),
        (320, "Natura / esigibilità"),
    ):
        p.t(x, y, s, "Helvetica-Bold", 8, "r" if x in (200, 300) else "l")
    y -= 12
    tot_imp = tot_iva = ZERO
    for rate in sorted(base, reverse=True):
        iv = q(base[rate] * rate / 100)
        tot_imp += base[rate]
        tot_iva += iv
        p.t(44, y, f"{rate},00%", "Helvetica", 8)
        p.t(200, y, es(base[rate]), "Helvetica", 8, "r")
        p.t(300, y, es(iv), "Helvetica", 8, "r")
        p.t(320, y, "S - scissione dei pagamenti", "Helvetica", 8)
        y -= 12
    totale = tot_imp + tot_iva
    y -= 16
    p.rect(300, y - 62, 255, 78, stroke=(0, 0, 0))
    for k, v, f in (
        ("Totale imponibile", es(tot_imp), "Helvetica"),
        ("Totale IVA", es(tot_iva), "Helvetica"),
        ("Totale documento", es(totale), "Helvetica-Bold"),
        ("IVA split payment art. 17-ter", "-" + es(tot_iva), "Helvetica"),
        ("Netto a pagare", es(tot_imp), "Helvetica-Bold"),
    ):
        p.t(308, y, k, f, 8.5)
        p.t(548, y, "€ " + v, f, 8.5, "r")
        y -= 14
    p.wrap(
        44,
        y - 30,
        "Operazione soggetta a scissione dei pagamenti ai sensi dell'art. 17-ter del D.P.R. 633/1972: l'IVA è versata direttamente dall'ente all'Erario. IBAN IT02 L030 6902 6001 0000 0044 521.",
        500,
        "Helvetica",
        7.5,
    )
    p.t(
        W / 2,
        40,
        "Copia di cortesia - l'originale della fattura elettronica è stato trasmesso tramite SdI",
        "Helvetica",
        7,
        "c",
    )
    return p.finish(), T(
        number="FE/2026/00391",
        date=d,
        due=due,
        vendor=vendor,
        amount=tot_imp,
        vat=tot_iva,
        total=totale,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Two pages; VAT summary with 22/10/4% on page 2; split payment (scissione dei pagamenti): 'Netto a pagare' equals the net, keyed total is 'Totale documento' (net + IVA). Buyer is a public body with its own codes (CIG, codice univoco).",
    )


@doc(
    "i06",
    country="FR",
    label="Facture auto-entrepreneur (293 B)",
    out={"as": "scan", "ext": "jpg", "dpi": 200, "grey": False, "quality": 82},
)
def i06(name):
    W = A4[0]
    p = Page(A4, "Facture 2026-031")
    vendor = "Julien Morel EI"
    orange = (0.9, 0.45, 0.1)
    p.poly([(50, 770), (64, 800), (58, 782), (72, 782), (58, 752), (64, 770)], fill=orange)
    p.t(85, 785, "Julien Morel EI", "DV-B", 16)
    p.t(
        85,
        771,
        "Électricité générale · Dépannage · Mise aux normes",
        "DV",
        8.5,
        col=(0.4, 0.4, 0.4),
    )
    for i, s in enumerate(
        (
            "12 rue des Acacias, 69008 Lyon",
            "06 72 18 44 09 · contact@morel-elec.fr",
            "SIRET 894 512 377 00018 · APE 4321A",
        )
    ):
        p.t(85, 756 - i * 11, s, "DV", 8)
    d, due = dt.date(2026, 3, 9), dt.date(2026, 4, 8)
    p.t(545, 700, "FACTURE", "DV-B", 18, "r", col=orange)
    p.t(545, 684, "N° 2026-031", "DV-B", 10, "r")
    p.t(545, 670, f"Date : {dmy(d)}", "DV", 9, "r")
    p.t(545, 657, f"Échéance : {dmy(due)}", "DV", 9, "r")
    p.t(50, 690, "Client", "DV-B", 9)
    for i, s in enumerate(("Mme Claire Dubois", "45 avenue des Frères Lumière", "69008 Lyon")):
        p.t(50, 676 - i * 12, s, "DV", 9)
    lines = [
        ("Remplacement tableau électrique 2 rangées", D(1), D("680.00")),
        ("Disjoncteur divisionnaire 16 A", D(8), D("14.50")),
        ("Interrupteur différentiel 40 A type A 30 mA", D(2), D("62.00")),
        ("Mise à la terre et contrôle Consuel", D(1), D("150.00")),
        ("Déplacement", D(1), D("35.00")),
    ]
    cols = [(55, "l"), (370, "r"), (450, "r"), (540, "r")]
    items, rows = [], []
    for desc, n, u in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        rows.append([desc, str(n), fr(u) + " €", fr(a) + " €"])
    y = table(
        p,
        600,
        cols,
        ["Désignation", "Qté", "P.U.", "Montant"],
        rows,
        f="DV",
        fb="DV-B",
        sz=9,
        lead=18,
        x0=50,
        x1=545,
        grid=(0.85, 0.85, 0.85),
    )
    total = sum(a for *_, a in items)
    y -= 10
    p.rect(350, y - 8, 195, 22, fill=(1, 0.93, 0.86), stroke=orange)
    p.t(358, y, "Total à payer", "DV-B", 10.5)
    p.t(538, y, fr(total) + " €", "DV-B", 10.5, "r")
    p.t(350, y - 26, "TVA non applicable, art. 293 B du CGI", "DV-I", 8.5)
    p.t(
        50,
        300,
        "Règlement par virement : IBAN FR76 1027 8073 2100 0204 5870 112 · BIC CMCIFR2A",
        "DV",
        8,
    )
    p.wrap(
        50,
        280,
        "Pas d'escompte pour paiement anticipé. En cas de retard de paiement, pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 €.",
        495,
        "DV",
        7.5,
    )
    p.t(
        W / 2,
        50,
        "Julien Morel — Entrepreneur individuel — Dispensé d'immatriculation au RCS et au RM",
        "DV",
        7,
        "c",
    )
    return p.finish(), T(
        number="2026-031",
        date=d,
        due=due,
        vendor=vendor,
        amount=total,
        vat=None,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Micro-entrepreneur: 'TVA non applicable, art. 293 B du CGI', no VAT at all (vat null, amount = total). 'EI' after the name is the legal form. "
        f"Space as thousands separator ('{fr(total)} €').",
    )


@doc(
    "i07",
    country="FR",
    label="Facture garage avec acompte",
    out={"as": "imgpdf", "dpi": 170, "grey": True},
)
def i07(name):
    W, H = A4
    p = Page(A4, "Facture FA-26-00871")
    vendor = "Garage des Tilleuls SARL"
    p.rect(40, H - 100, W - 80, 62, stroke=(0, 0, 0), lw=1.2)
    p.t(52, H - 66, "GARAGE DES TILLEULS", "Courier-Bold", 18)
    p.t(52, H - 84, "Mécanique · Carrosserie · Pneus — Agent PEUGEOT", "Courier", 9)
    p.t(W - 52, H - 60, "14 route de Vannes", "Courier", 8.5, "r")
    p.t(W - 52, H - 72, "44100 NANTES", "Courier", 8.5, "r")
    p.t(W - 52, H - 84, "Tél 02 40 76 31 18", "Courier", 8.5, "r")
    d = dt.date(2026, 1, 21)
    p.t(40, 700, "FACTURE N° FA-26-00871", "Courier-Bold", 11)
    p.t(40, 686, f"du {dmy(d)}", "Courier", 9.5)
    p.t(40, 664, "Véhicule : PEUGEOT 308 1.5 BlueHDi", "Courier", 9)
    p.t(40, 652, "Immat. : GH-417-KP   Km : 84 512", "Courier", 9)
    p.t(40, 640, "OR n° 26-0112 du 15/01/2026", "Courier", 9)
    for i, s in enumerate(("M. Karim BENALI", "7 impasse des Mouettes", "44300 NANTES")):
        p.t(360, 700 - i * 12, s, "Courier", 9.5)
    parts = [
        ("PLAQUETTES FREIN AV", D(1), D("64.90")),
        ("DISQUE FREIN AV", D(2), D("48.50")),
        ("LIQUIDE FREIN DOT4 1L", D(1), D("12.80")),
        ("FILTRE HABITACLE", D(1), D("21.60")),
    ]
    labour = [
        ("M.O. FREINAGE AV", D("1.8"), D("62.00")),
        ("M.O. PURGE CIRCUIT", D("0.5"), D("62.00")),
    ]
    cols = [(44, "l"), (330, "r"), (410, "r"), (470, "r"), (550, "r")]
    rows, items = [], []
    for desc, n, u in parts:
        a = q(n * u * D("0.9"))
        items.append((desc, n, u, a))
        rows.append([desc, fr(n), fr(u), "10", fr(a)])
    for desc, n, u in labour:
        a = q(n * u)
        items.append((desc, n, u, a))
        rows.append([desc, fr(n), fr(u), "", fr(a)])
    y = table(
        p,
        600,
        cols,
        ["Désignation", "Qté", "P.U. HT", "Rem.%", "Total HT"],
        rows,
        f="Courier",
        fb="Courier-Bold",
        sz=9,
        lead=16,
        x0=40,
        x1=555,
    )
    ht = sum(a for *_, a in items)
    tva = q(ht * D("0.20"))
    ttc = ht + tva
    acompte = D("100.00")
    y -= 14
    for k, v in (
        ("Total HT", fr(ht)),
        ("TVA 20,00 %", fr(tva)),
        ("Total TTC", fr(ttc)),
        ("Acompte versé le 15/01/2026", "-" + fr(acompte)),
        ("NET À PAYER", fr(ttc - acompte)),
    ):
        b = k in ("Total TTC", "NET À PAYER")
        p.t(300, y, k, "Courier-Bold" if b else "Courier", 9.5)
        p.t(550, y, v + " EUR", "Courier-Bold" if b else "Courier", 9.5, "r")
        y -= 15
    p.t(40, 250, "Réglé par CB le 21/01/2026 — Merci de votre confiance", "Courier", 9)
    p.t(40, 236, "Garantie pièces et main d'oeuvre : 1 an", "Courier", 9)
    p.line(40, 80, W - 40, 80, 0.5)
    p.t(
        W / 2,
        66,
        "Garage des Tilleuls SARL au capital de 20 000 € - RCS Nantes 491 238 765 - SIRET 491 238 765 00027",
        "Courier",
        7.5,
        "c",
    )
    p.t(W / 2, 55, "N° TVA intracom. FR27491238765 - APE 4520A", "Courier", 7.5, "c")
    return p.finish(), T(
        number="FA-26-00871",
        date=d,
        due=None,
        vendor=vendor,
        amount=ht,
        vat=tva,
        total=ttc,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Image-only PDF (no text layer), monospaced garage layout; 10% discount on parts; 100 EUR deposit (acompte) deducted: keyed total is 'Total TTC', not the smaller 'NET À PAYER'. Amounts suffixed 'EUR'.",
    )


@doc("i08", country="FR", label="Avoir grossiste (TVA 5,5/20)", out={"as": "pdf"})
def i08(name):
    W, H = A4
    p = Page(A4, "Avoir AV-2026-0042")
    vendor = "Distribution Alimentaire du Sud-Ouest SAS"
    red = (0.6, 0.1, 0.15)
    p.t(40, H - 60, "DASO", "DVS-B", 34, col=red)
    p.t(40, H - 76, "Distribution Alimentaire du Sud-Ouest", "DVS-I", 9, col=red)
    for i, s in enumerate(
        (
            vendor,
            "ZI de Montaudran, 5 rue Ader",
            "31400 Toulouse",
            "SIRET 812 447 905 00014",
            "TVA FR61812447905",
        )
    ):
        p.t(W - 40, H - 40 - i * 11, s, "DV", 8, "r")
    d = dt.date(2026, 6, 30)
    p.rect(40, 640, 230, 70, fill=(0.98, 0.92, 0.92), stroke=red)
    p.t(50, 690, "AVOIR", "DV-B", 18, col=red)
    p.t(50, 672, "N° AV-2026-0042", "DV-B", 9.5)
    p.t(50, 659, f"Date : {dmy(d)}", "DV", 9)
    p.t(50, 647, "Sur facture FC-2026-1187 du 12/06/2026", "DV", 8)
    p.t(330, 700, "Client : 411-0872", "DV", 8)
    for i, s in enumerate(
        ("Le Comptoir des Halles SARL", "Épicerie fine", "3 place du Marché", "32000 Auch")
    ):
        p.t(330, 686 - i * 12, s, "DV-B" if i == 0 else "DV", 9)
    p.t(40, 615, "Motif : retour marchandise (colis endommagés lors du transport)", "DV-I", 8.5)
    lines = [
        ("Huile d'olive vierge extra bidon 5 L", D(4), D("38.90"), D("5.5")),
        ("Conserves confit de canard 4 cuisses", D(6), D("14.75"), D("5.5")),
        ("Vin rouge AOC Madiran 75 cl", D(12), D("7.20"), D("20")),
        ("Armagnac VSOP 70 cl", D(2), D("29.40"), D("20")),
    ]
    cols = [(44, "l"), (330, "r"), (400, "r"), (460, "r"), (550, "r")]
    rows, items = [], []
    for desc, n, u, r in lines:
        a = -q(n * u)
        items.append((desc, -n, u, a))
        rows.append([desc, "-" + str(n), fr(u), fr(r), fr(a)])
    y = table(
        p,
        585,
        cols,
        ["Désignation", "Qté", "P.U. HT", "TVA %", "Montant HT"],
        rows,
        f="DV",
        fb="DV-B",
        sz=8.5,
        lead=17,
        head_fill=(0.93, 0.93, 0.93),
        x0=40,
        x1=555,
    )
    y -= 12
    p.t(44, y, "Récapitulatif TVA", "DV-B", 8.5)
    y -= 14
    bases = {}
    for (_desc, _n, _u, r), it in zip(lines, items, strict=True):
        bases[r] = bases.get(r, ZERO) + it[3]
    tot_ht = tot_tva = ZERO
    for r in sorted(bases):
        v = q(bases[r] * r / 100)
        tot_ht += bases[r]
        tot_tva += v
        p.t(44, y, f"Taux {fr(r)} %", "DV", 8.5)
        p.t(190, y, "Base " + fr(bases[r]), "DV", 8.5, "r")
        p.t(290, y, "TVA " + fr(v), "DV", 8.5, "r")
        y -= 13
    ttc = tot_ht + tot_tva
    ty = y + 13 * len(bases) + 14
    for k, v, f in (
        ("Total HT", fr(tot_ht), "DV"),
        ("Total TVA", fr(tot_tva), "DV"),
        ("Total avoir TTC", fr(ttc) + " €", "DV-B"),
    ):
        p.t(360, ty, k, f, 9.5)
        p.t(550, ty, v, f, 9.5, "r")
        ty -= 16
    p.t(
        40,
        220,
        "Montant à déduire de votre prochain règlement. Aucun remboursement en espèces.",
        "DV",
        8.5,
    )
    p.t(
        W / 2,
        50,
        "SAS au capital de 150 000 € — RCS Toulouse 812 447 905 — Conditions générales de vente au verso",
        "DV",
        7,
        "c",
    )
    return p.finish(), T(
        number="AV-2026-0042",
        date=d,
        due=None,
        vendor=vendor,
        amount=tot_ht,
        vat=tot_tva,
        total=ttc,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="Credit note (avoir), printed and keyed negative; two TVA rates (5.5 and 20) in a summary; references the original invoice FC-2026-1187 (not the document's own number). Buyer's name also carries a legal form.",
    )


@doc(
    "i09",
    country="BE",
    label="Factuur aannemer (btw 6/21)",
    out={
        "as": "photo",
        "dpi": 170,
        "long_side": 2100,
        "quality": 68,
        "bg": (150, 150, 145),
        "bg_kind": "stone",
    },
)
def i09(name):
    W, H = A4
    p = Page(A4, "Factuur 2026/0213")
    vendor = "Bouwwerken Van Damme BV"
    p.rect(40, H - 90, 50, 50, fill=(0.95, 0.75, 0.1), stroke=None)
    p.t(65, H - 75, "VD", "DV-B", 20, "c")
    p.t(100, H - 60, "Bouwwerken Van Damme", "DV-B", 17)
    p.t(100, H - 76, "renovatie · dakwerken · isolatie", "DV", 9, col=(0.4, 0.4, 0.4))
    for i, s in enumerate(
        (
            vendor,
            "Kortrijksesteenweg 1120, 9051 Gent",
            "BTW BE 0723.456.189 · RPR Gent",
            "09 222 41 87 · info@vandamme-bouw.be",
        )
    ):
        p.t(W - 40, H - 44 - i * 11, s, "DV-B" if i == 0 else "DV", 8, "r")
    d, due = dt.date(2026, 4, 14), dt.date(2026, 5, 14)
    for i, s in enumerate(
        ("Dhr. en Mevr. Peeters-Claes", "Sint-Pietersnieuwstraat 77", "9000 Gent")
    ):
        p.t(340, 700 - i * 13, s, "DV", 9.5)
    p.t(40, 700, "FACTUUR", "DV-B", 16)
    info = [
        ("Factuurnummer", "2026/0213"),
        ("Factuurdatum", dmy(d, "-")),
        ("Vervaldag", dmy(due, "-")),
        ("Klantnummer", "K-0457"),
        ("Werf", "Sint-Pietersnieuwstraat 77"),
    ]
    for i, (k, v) in enumerate(info):
        p.t(40, 680 - i * 12, k, "DV", 8.5)
        p.t(130, 680 - i * 12, v, "DV-B", 8.5)
    lines = [
        ("Isoleren hellend dak PIR 120 mm", D("68"), D("42.50"), 6, "m²"),
        ("Plaatsen dakvensters Velux GGL MK06", D(2), D("465.00"), 6, "st"),
        ("Afvoer bouwafval (container 10 m³)", D(1), D("310.00"), 6, "st"),
        ("Airco split-unit 3,5 kW incl. plaatsing", D(1), D("1890.00"), 21, "st"),
    ]
    cols = [(44, "l"), (330, "r"), (350, "l"), (430, "r"), (470, "r"), (550, "r")]
    rows, items = [], []
    for desc, n, u, r, unit in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        rows.append([desc, es(n).replace(",00", ""), unit, es(u), f"{r}%", es(a)])
    y = table(
        p,
        590,
        cols,
        ["Omschrijving", "Aantal", "", "Eenheidspr.", "Btw", "Bedrag"],
        rows,
        f="DV",
        fb="DV-B",
        sz=8.5,
        lead=17,
        x0=40,
        x1=555,
        grid=(0.8, 0.8, 0.8),
    )
    bases = {}
    for (_, _, _, r, _), it in zip(lines, items, strict=True):
        bases[r] = bases.get(r, ZERO) + it[3]
    y -= 10
    net = sum(bases.values())
    vats = {r: q(b * r / 100) for r, b in bases.items()}
    tot = net + sum(vats.values())
    rows2 = [("Totaal excl. btw", "€ " + es(net))]
    for r in sorted(bases):
        rows2.append((f"Btw {r}% op € {es(bases[r])}", "€ " + es(vats[r])))
    rows2.append(("Te betalen", "€ " + es(tot)))
    for k, v in rows2:
        b = k == "Te betalen"
        p.t(330, y, k, "DV-B" if b else "DV", 9.5 if b else 9)
        p.t(550, y, v, "DV-B" if b else "DV", 9.5 if b else 9, "r")
        y -= 15
    y -= 10
    p.wrap(
        40,
        y,
        "Btw-tarief 6%: renovatie van een privéwoning ouder dan 10 jaar, attest van de klant ontvangen (KB nr. 20, rubriek XXXI). Airco valt onder het normale tarief.",
        515,
        "DV-I",
        7.5,
    )
    p.rect(40, 150, 515, 60, stroke=(0.6, 0.6, 0.6))
    p.t(
        50,
        192,
        "Gelieve te betalen vóór " + dmy(due, "-") + " op rekening BE71 0961 2345 6769 (GKCCBEBB)",
        "DV",
        8.5,
    )
    p.t(50, 178, "met gestructureerde mededeling:", "DV", 8.5)
    p.t(50, 162, be_ogm(2026021300), "DVM-B", 11)
    p.qr(490, 155, 50, "i09-epc")
    return p.finish(), T(
        number="2026/0213",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=sum(vats.values()),
        total=tot,
        currency="EUR",
        locale="nl-BE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Belgian renovation invoice: 6% and 21% btw on separate lines; structured payment reference +++…+++ resembles a number; 'Vervaldag' due date; photo on stone surface.",
    )


@doc("i10", country="NL", label="Factuur bureau (2 pagina's, korting)", out={"as": "pdf"})
def i10(name):
    W, H = A4
    p = Page(A4, "Factuur 2026-0088")
    vendor = "Studio Noordlicht B.V."
    ink = (0.12, 0.12, 0.3)
    for k in range(5):
        p.rect(W - 90 + k * 9, H - 80, 7, 40 - k * 6, fill=(0.2 + k * 0.15, 0.3, 0.7), stroke=None)
    p.t(40, H - 65, "noordlicht", "DV-B", 26, col=ink)
    p.t(42, H - 80, "studio voor digitale producten", "DV", 8.5, col=(0.45, 0.45, 0.5))
    d, due = dt.date(2026, 3, 3), dt.date(2026, 3, 17)
    p.t(40, 700, "Factuur", "DV-B", 20, col=ink)
    info = [
        ("Factuurnummer", "2026-0088"),
        ("Factuurdatum", long_date(d, "nl")),
        ("Vervaldatum", long_date(due, "nl")),
        ("Uw referentie", "PO-77120"),
    ]
    for i, (k, v) in enumerate(info):
        p.t(40, 676 - i * 13, k, "DV", 8.5, col=(0.4, 0.4, 0.4))
        p.t(140, 676 - i * 13, v, "DV", 8.5)
    p.t(340, 700, "Aan", "DV", 8.5, col=(0.4, 0.4, 0.4))
    for i, s in enumerate(
        (
            "Fietsfabriek Amstel B.V.",
            "t.a.v. Crediteurenadministratie",
            "Overtoom 301",
            "1054 HW Amsterdam",
        )
    ):
        p.t(340, 686 - i * 12, s, "DV", 9)
    lines = [
        ("Design & development sprint (2 weken)", D(3), D("2150.00")),
        ("Copywriting productpagina's", D(12), D("85.00")),
        ("Hosting & onderhoud 2026 (jaar)", D(1), D("240.00")),
    ]
    cols = [(44, "l"), (350, "r"), (450, "r"), (550, "r")]
    rows, items = [], []
    for desc, n, u in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        rows.append([desc, str(n), "€ " + es(u), "€ " + es(a)])
    y = table(
        p,
        590,
        cols,
        ["Omschrijving", "Aantal", "Tarief", "Bedrag"],
        rows,
        f="DV",
        fb="DV-B",
        sz=9,
        lead=20,
        x0=40,
        x1=555,
        grid=(0.88, 0.88, 0.9),
    )
    sub = sum(a for *_, a in items)
    korting = q(items[0][3] * D("0.10"))
    net = sub - korting
    btw = q(net * D("0.21"))
    tot = net + btw
    y -= 10
    for k, v in (
        ("Subtotaal", es(sub)),
        ("Korting 10% op sprints", "-" + es(korting)),
        ("Totaal excl. btw", es(net)),
        ("Btw 21%", es(btw)),
    ):
        p.t(340, y, k, "DV", 9)
        p.t(550, y, "€ " + v, "DV", 9, "r")
        y -= 15
    p.rect(335, y - 7, 220, 22, fill=ink, stroke=None)
    p.t(343, y, "Totaal incl. btw", "DV-B", 10, col=(1, 1, 1))
    p.t(548, y, "€ " + es(tot), "DV-B", 10, "r", col=(1, 1, 1))
    p.wrap(
        40,
        260,
        f"Wij verzoeken u het totaalbedrag vóór {long_date(due, 'nl')} over te maken op NL91 ABNA 0417 1643 00 t.n.v. Studio Noordlicht B.V. o.v.v. het factuurnummer. De urenspecificatie vindt u op pagina 2.",
        515,
        "DV",
        8.5,
    )
    for i, s in enumerate(
        (
            "Studio Noordlicht B.V.",
            "Oudegracht 214",
            "3511 NS Utrecht",
            "KvK 81234567",
            "Btw NL862345671B01",
            "IBAN NL91 ABNA 0417 1643 00",
        )
    ):
        p.t(40 + (i % 3) * 180, 70 - (i // 3) * 12, s, "DV", 7.5, col=(0.4, 0.4, 0.45))
    p.t(W - 40, 30, "pagina 1/2", "DV", 7, "r")
    p.new_page()
    p.t(40, H - 60, "Urenspecificatie bij factuur 2026-0088", "DV-B", 12, col=ink)
    r = rng_for(name)
    rows = []
    day = dt.date(2026, 2, 2)
    total_h = ZERO
    while len(rows) < 28:
        if day.weekday() < 5:
            h = D(r.choice(("4", "5.5", "6", "7", "7.5", "8")))
            total_h += h
            rows.append(
                [
                    dmy(day, "-"),
                    r.choice(
                        (
                            "Frontend",
                            "UX-onderzoek",
                            "Backend API",
                            "Review & test",
                            "Overleg klant",
                        )
                    ),
                    es(h),
                ]
            )
        day += dt.timedelta(days=1)
    y = table(
        p,
        H - 100,
        [(44, "l"), (140, "l"), (350, "r")],
        ["Datum", "Activiteit", "Uren"],
        rows,
        f="DV",
        fb="DV-B",
        sz=8.5,
        lead=15,
        x0=40,
        x1=360,
    )
    p.t(350, y - 4, "Totaal " + es(total_h) + " uur", "DV-B", 8.5, "r")
    p.t(40, y - 30, "Uren vallen binnen de vaste prijs per sprint; ter informatie.", "DV-I", 8)
    p.t(W - 40, 30, "pagina 2/2", "DV", 7, "r")
    items.append(("Korting 10% op sprints", None, None, -korting))
    return p.finish(), T(
        number="2026-0088",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=btw,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Dutch agency: long Dutch dates ('3 maart 2026'); 10% discount line between subtotal and net (amount = net after discount); page 2 is a timesheet with decimal-comma hours that are not money. KvK/BTW only in the footer.",
    )


@doc(
    "i11",
    country="LU",
    label="Facture papeterie (TVA 17/3)",
    out={"as": "scan", "ext": "png", "dpi": 200, "grey": True},
)
def i11(name):
    W, H = A4
    p = Page(A4, "Facture 26/00517")
    vendor = "Papeterie Moderne Luxembourg S.à r.l."
    p.t(W / 2, H - 60, "PAPETERIE MODERNE", "Times-Bold", 22, "c")
    p.t(W / 2, H - 76, "Luxembourg — depuis 1962", "Times-Italic", 10, "c")
    p.line(60, H - 86, W - 60, H - 86, 1.2)
    p.line(60, H - 89, W - 60, H - 89, 0.4)
    d, due = dt.date(2026, 5, 8), dt.date(2026, 6, 7)
    for i, s in enumerate(
        (
            "Fiduciaire Kremer & Associés S.A.",
            "Service comptabilité",
            "42, route d'Arlon",
            "L-8009 Strassen",
        )
    ):
        p.t(330, 710 - i * 13, s, "Times-Roman", 10)
    p.t(60, 710, "FACTURE", "Times-Bold", 14)
    for i, s in enumerate(
        (
            "Numéro : 26/00517",
            f"Date : {dmy(d, '.')}",
            f"Échéance : {dmy(due, '.')}",
            "Votre commande : BC-2026-114",
        )
    ):
        p.t(60, 692 - i * 13, s, "Times-Roman", 10)
    lines = [
        ("Papier copieur A4 blanc 80 g (carton 5 rames)", D(6), D("26.40"), D(17)),
        ("Classeurs à levier dos 75 mm, bleu", D(20), D("3.15"), D(17)),
        ("Agendas 2027 format A5", D(12), D("11.90"), D(17)),
        ("Code civil luxembourgeois, édition 2026", D(2), D("64.00"), D(3)),
        ("Guide pratique TVA Luxembourg", D(3), D("39.50"), D(3)),
    ]
    cols = [(64, "l"), (360, "r"), (430, "r"), (470, "r"), (535, "r")]
    rows, items = [], []
    for desc, n, u, r in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        rows.append([desc, str(n), es(u), f"{r}%", es(a)])
    y = table(
        p,
        600,
        cols,
        ["Article", "Qté", "Prix unit.", "TVA", "Montant"],
        rows,
        f="Times-Roman",
        fb="Times-Bold",
        sz=10,
        lead=19,
        x0=60,
        x1=540,
    )
    bases = {}
    for (_, _, _, r), it in zip(lines, items, strict=True):
        bases[r] = bases.get(r, ZERO) + it[3]
    y -= 14
    p.t(64, y, "Taux", "Times-Bold", 9.5)
    p.t(170, y, "Base HTVA", "Times-Bold", 9.5, "r")
    p.t(250, y, "TVA", "Times-Bold", 9.5, "r")
    net = tva = ZERO
    yy = y - 14
    for r in sorted(bases, reverse=True):
        v = q(bases[r] * r / 100)
        net += bases[r]
        tva += v
        p.t(64, yy, f"{r} %", "Times-Roman", 9.5)
        p.t(170, yy, es(bases[r]), "Times-Roman", 9.5, "r")
        p.t(250, yy, es(v), "Times-Roman", 9.5, "r")
        yy -= 14
    tot = net + tva
    for k, v in (("Total HTVA", es(net)), ("Total TVA", es(tva)), ("Total TTC EUR", es(tot))):
        p.t(360, y, k, "Times-Bold" if "TTC" in k else "Times-Roman", 10.5)
        p.t(535, y, v, "Times-Bold" if "TTC" in k else "Times-Roman", 10.5, "r")
        y -= 16
    p.t(60, 230, f"Paiement à 30 jours, au plus tard le {dmy(due, '.')}.", "Times-Roman", 9.5)
    p.t(60, 216, "BCEE  LU28 0019 4006 4475 0000  BCEELULL", "Times-Roman", 9.5)
    p.line(60, 80, W - 60, 80, 0.4)
    p.t(
        W / 2,
        66,
        "Papeterie Moderne Luxembourg S.à r.l. · 17, rue du Fossé · L-1536 Luxembourg · RCS Luxembourg B 184562",
        "Times-Roman",
        7.5,
        "c",
    )
    p.t(
        W / 2,
        55,
        "N° TVA LU 2345 6789 · Autorisation d'établissement 10045872/0",
        "Times-Roman",
        7.5,
        "c",
    )
    return p.finish(), T(
        number="26/00517",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=tva,
        total=tot,
        currency="EUR",
        locale="fr-LU",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Luxembourg: dotted dates (08.05.2026), 17% and 3% (books) TVA summary; 'HTVA' wording; vendor legal name only in the footer, header shows the trade name without legal form.",
    )


@doc("i12", country="IE", label="VAT invoice garage (23/13.5)", out={"as": "pdf"})
def i12(name):
    W, H = A4
    p = Page(A4, "Invoice 20417")
    vendor = "Kilbride Motors Ltd"
    p.rect(0, H - 70, W, 70, fill=(0.1, 0.1, 0.1), stroke=None)
    p.t(40, H - 45, "KILBRIDE MOTORS", "Helvetica-Bold", 22, col=(1, 0.8, 0.1))
    p.t(W - 40, H - 35, "Service · NCT Prep · Tyres", "Helvetica", 9, "r", col=(1, 1, 1))
    p.t(
        W - 40,
        H - 50,
        "Dublin Road, Naas, Co. Kildare W91 X2K4",
        "Helvetica",
        9,
        "r",
        col=(1, 1, 1),
    )
    d = dt.date(2026, 2, 17)
    p.t(40, H - 110, "VAT INVOICE", "Helvetica-Bold", 14)
    info = [
        ("Invoice No.", "20417"),
        ("Date", dmy(d)),
        ("Reg.", "191-KE-2231"),
        ("Vehicle", "Toyota Corolla 1.8 Hybrid"),
        ("Mileage", "142,380 km"),
    ]
    for i, (k, v) in enumerate(info):
        p.t(40, H - 130 - i * 13, k, "Helvetica", 9)
        p.t(120, H - 130 - i * 13, v, "Helvetica-Bold", 9)
    for i, s in enumerate(("Bill to:", "Ms Aoife Brennan", "12 Sallins Road", "Naas, Co. Kildare")):
        p.t(360, H - 110 - i * 13, s, "Helvetica-Bold" if i == 0 else "Helvetica", 9)
    parts = [
        ("Oil filter", D(1), D("14.95")),
        ("Engine oil 0W-20 (litres)", D("4.2"), D("11.50")),
        ("Wiper blades (pair)", D(1), D("32.00")),
        ("Brake pads rear", D(1), D("58.40")),
    ]
    labour = [
        ("Full service labour", D("1.5"), D("75.00")),
        ("Rear brake labour", D("1.0"), D("75.00")),
    ]
    cols = [(44, "l"), (330, "r"), (420, "r"), (470, "r"), (550, "r")]
    rows, items = [], []
    for desc, n, u in parts:
        a = q(n * u)
        items.append((desc, n, u, a))
        rows.append([desc, en(n).replace(".00", ""), en(u), "23%", en(a)])
    for desc, n, u in labour:
        a = q(n * u)
        items.append((desc, n, u, a))
        rows.append([desc, en(n), en(u), "13.5%", en(a)])
    y = table(
        p,
        H - 215,
        cols,
        ["Description", "Qty", "Unit €", "VAT", "Net €"],
        rows,
        sz=9,
        lead=17,
        head_fill=(1, 0.85, 0.3),
        x0=40,
        x1=555,
    )
    b23 = sum(it[3] for it in items[:4])
    b135 = sum(it[3] for it in items[4:])
    v23, v135 = q(b23 * D("0.23")), q(b135 * D("0.135"))
    net = b23 + b135
    tot = net + v23 + v135
    y -= 12
    for k, v, f in (
        ("Parts (net)", en(b23), "Helvetica"),
        ("Labour (net)", en(b135), "Helvetica"),
        ("VAT @ 23% on parts", en(v23), "Helvetica"),
        ("VAT @ 13.5% on labour", en(v135), "Helvetica"),
        ("TOTAL DUE", "€" + en(tot), "Helvetica-Bold"),
    ):
        p.t(330, y, k, f, 9.5)
        p.t(550, y, v, f, 9.5, "r")
        y -= 15
    p.t(40, y - 10, "Payment received with thanks — Visa debit, 17/02/2026", "Helvetica-Oblique", 9)
    p.t(40, 170, "Next service due at 157,000 km or 17/02/2027.", "Helvetica", 8.5)
    p.line(40, 70, W - 40, 70, 0.4)
    p.t(
        W / 2,
        56,
        "Kilbride Motors Ltd · Registered in Ireland No. 512334 · VAT No. IE6388047V",
        "Helvetica",
        7.5,
        "c",
    )
    p.t(
        W / 2,
        45,
        "Directors: S. Kilbride, M. Kilbride · AIB IBAN IE29 AIBK 9311 5212 3456 78",
        "Helvetica",
        7.5,
        "c",
    )
    return p.finish(), T(
        number="20417",
        date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=v23 + v135,
        total=tot,
        currency="EUR",
        locale="en-IE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Irish garage: two VAT rates (23% parts, 13.5% labour) on separate lines and no single VAT total; no net total line either (parts + labour nets). Mileage with thousands comma looks like an amount. Paid, no due date.",
    )


@doc(
    "i13",
    country="GB",
    label="CIS subcontractor invoice (not VAT registered)",
    out={
        "as": "photo",
        "dpi": 170,
        "long_side": 1900,
        "quality": 66,
        "bg": (40, 55, 75),
        "bg_kind": "cloth",
    },
)
def i13(name):
    W, H = A4
    p = Page(A4, "Invoice INV-0042")
    vendor = "D. Hughes Plastering"
    p.t(50, H - 70, "D. Hughes Plastering", "DVS-B", 22)
    p.t(50, H - 88, "Plastering · Rendering · Dry Lining", "DVS-I", 10)
    for i, s in enumerate(
        ("27 Clive Street, Grangetown", "Cardiff CF11 7JF", "07700 914 522", "UTR: 41862 33097")
    ):
        p.t(W - 50, H - 55 - i * 12, s, "DVS", 9, "r")
    d, due = dt.date(2026, 1, 30), dt.date(2026, 2, 13)
    p.t(50, 690, "INVOICE", "DVS-B", 16)
    p.t(50, 672, "Invoice no: INV-0042", "DVS", 10)
    p.t(50, 658, "Date: " + long_date(d, "en"), "DVS", 10)
    p.t(50, 644, "Payment due by " + long_date(due, "en"), "DVS", 10)
    for i, s in enumerate(
        (
            "To:",
            "Taff Valley Builders Ltd",
            "Unit 4, Ocean Park",
            "Cardiff CF24 5HE",
            "Site: 14 Pen-y-Lan Road",
        )
    ):
        p.t(340, 690 - i * 13, s, "DVS-B" if i < 2 else "DVS", 10)
    lines = [
        ("Labour — skim coat ground floor (week ending 23/01/2026)", D("1100.00")),
        ("Labour — render front elevation (week ending 30/01/2026)", D("750.00")),
        ("Materials — Thistle MultiFinish, beads, scrim (receipts attached)", D("412.60")),
    ]
    y = 590
    p.line(50, y + 14, W - 50, y + 14, 0.8)
    p.t(55, y, "Description", "DVS-B", 10)
    p.t(W - 55, y, "Amount", "DVS-B", 10, "r")
    p.line(50, y - 6, W - 50, y - 6, 0.8)
    y -= 24
    items = []
    for desc, a in lines:
        p.t(55, y, desc, "DVS", 9.5)
        p.t(W - 55, y, "£" + en(a), "DVS", 9.5, "r")
        items.append((desc, D(1), a, a))
        y -= 20
    labour = lines[0][1] + lines[1][1]
    total = sum(a for _, a in lines)
    cis = q(labour * D("0.20"))
    y -= 10
    for k, v, f in (
        ("Total", "£" + en(total), "DVS-B"),
        ("Less CIS deduction @ 20% on labour (£" + en(labour) + ")", "-£" + en(cis), "DVS"),
        ("Amount payable", "£" + en(total - cis), "DVS-B"),
    ):
        p.t(200, y, k, f, 10)
        p.t(W - 55, y, v, f, 10, "r")
        y -= 18
    p.t(50, 300, "Not VAT registered.", "DVS-I", 9.5)
    p.t(
        50,
        285,
        "Please pay by bank transfer: D Hughes · Sort code 30-96-26 · Account 21448730",
        "DVS",
        9.5,
    )
    p.t(
        50, 270, "Please send CIS payment and deduction statement to the address above.", "DVS", 9.5
    )
    return p.finish(), T(
        number="INV-0042",
        date=d,
        due=due,
        vendor=vendor,
        amount=total,
        vat=None,
        total=total,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="UK CIS: not VAT registered (vat null); 20% CIS deduction on labour only gives 'Amount payable' lower than the keyed 'Total'. Long English dates; photo on dark cloth.",
    )


@doc(
    "i14",
    country="GB",
    label="Self-billing VAT invoice",
    out={"as": "scan", "ext": "png", "dpi": 180, "grey": True},
)
def i14(name):
    W, H = A4
    p = Page(A4, "Self-billing invoice SB-2026-03-0147")
    vendor = "P. Kowalski Transport Ltd"
    p.rect(40, H - 85, 34, 34, fill=(0, 0, 0), stroke=None)
    p.poly([(48, H - 77), (66, H - 68), (48, H - 59)], fill=(1, 1, 1))
    p.t(84, H - 70, "SWIFTLINE", "Helvetica-Bold", 24)
    p.t(84, H - 84, "Logistics Ltd · Unit 9, Magna Park, Lutterworth LE17 4XN", "Helvetica", 8)
    p.t(W - 40, H - 60, "SELF-BILLING INVOICE", "Helvetica-Bold", 13, "r")
    p.t(
        W - 40,
        H - 75,
        "Issued by the customer on behalf of the supplier",
        "Helvetica-Oblique",
        8,
        "r",
    )
    d, due = dt.date(2026, 3, 31), dt.date(2026, 4, 14)
    p.rect(40, 630, 250, 95, stroke=(0, 0, 0))
    p.t(48, 712, "SUPPLIER", "Helvetica-Bold", 8)
    for i, s in enumerate(
        (
            vendor,
            "41 Mill Lane, Rugby CV21 2QN",
            "VAT reg no. GB 318 4472 09",
            "Supplier ref: SUP-00762",
        )
    ):
        p.t(48, 698 - i * 13, s, "Helvetica-Bold" if i == 0 else "Helvetica", 9)
    p.rect(305, 630, 250, 95, stroke=(0, 0, 0))
    p.t(313, 712, "CUSTOMER", "Helvetica-Bold", 8)
    for i, s in enumerate(
        ("Swiftline Logistics Ltd", "VAT reg no. GB 287 6651 40", "Company no. 08817263")
    ):
        p.t(313, 698 - i * 13, s, "Helvetica", 9)
    info = [
        ("Self-billing invoice no.", "SB-2026-03-0147"),
        ("Tax point / date", dmy(d)),
        ("Period", "01/03/2026 - 31/03/2026"),
        ("Payment date", dmy(due)),
    ]
    for i, (k, v) in enumerate(info):
        p.t(40, 605 - i * 13, k, "Helvetica", 9)
        p.t(180, 605 - i * 13, v, "Helvetica-Bold", 9)
    lines = [
        ("Multi-drop route LE17-A (days)", D(18), D("165.00")),
        ("Additional drops over 120", D(94), D("0.85")),
        ("Weekend cover (days)", D(2), D("190.00")),
        ("Fuel surcharge", D(1), D("112.40")),
    ]
    cols = [(44, "l"), (380, "r"), (460, "r"), (550, "r")]
    rows, items = [], []
    for desc, n, u in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        rows.append([desc, str(n), "£" + en(u), "£" + en(a)])
    y = table(
        p,
        520,
        cols,
        ["Service", "Qty", "Rate", "Net"],
        rows,
        sz=9,
        lead=17,
        x0=40,
        x1=555,
        grid=(0.7, 0.7, 0.7),
    )
    net = sum(a for *_, a in items)
    vat = q(net * D("0.20"))
    tot = net + vat
    y -= 10
    for k, v, f in (
        ("Net", en(net), "Helvetica"),
        ("VAT @ 20%", en(vat), "Helvetica"),
        ("Total payable to supplier", en(tot), "Helvetica-Bold"),
    ):
        p.t(320, y, k, f, 9.5)
        p.t(550, y, "£" + v, f, 9.5, "r")
        y -= 16
    p.wrap(
        40,
        250,
        "The VAT shown is your output tax due to HMRC. This self-billing invoice is issued under the agreement dated 01/01/2026 between Swiftline Logistics Ltd and the supplier; the supplier agrees not to issue VAT invoices for these supplies.",
        515,
        "Helvetica",
        8.5,
    )
    p.t(
        W / 2,
        50,
        "Swiftline Logistics Ltd · Registered in England & Wales 08817263 · Registered office as above",
        "Helvetica",
        7,
        "c",
    )
    return p.finish(), T(
        number="SB-2026-03-0147",
        date=d,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Self-billing: printed by the CUSTOMER (big SWIFTLINE logo) for the supplier; the vendor (seller) is the supplier P. Kowalski Transport Ltd. Two VAT numbers on the page; 'Payment date' keyed as the due date.",
    )


@doc("i15", country="NL", label="Nota tandartspraktijk (vrijgesteld)", out={"as": "pdf"})
def i15(name):
    H = A4[1]
    p = Page(A4, "Nota 2026-10452")
    vendor = "Tandartspraktijk De Linde"
    teal = (0.0, 0.5, 0.55)
    p.circle(60, H - 60, 20, fill=teal)
    p.circle(60, H - 60, 12, fill=(1, 1, 1))
    p.circle(60, H - 60, 6, fill=teal)
    p.t(90, H - 56, "Tandartspraktijk De Linde", "DV-B", 16, col=teal)
    p.t(90, H - 71, "Lindeboomlaan 5 · 3818 EN Amersfoort · 033 461 20 88", "DV", 8)
    p.t(90, H - 82, "AGB-code praktijk 22-123456 · KvK 32145698", "DV", 8)
    d, due = dt.date(2026, 6, 22), dt.date(2026, 7, 22)
    p.t(40, 700, "NOTA", "DV-B", 15)
    for i, (k, v) in enumerate(
        (
            ("Notanummer", "2026-10452"),
            ("Notadatum", dmy(d, "-")),
            ("Uiterste betaaldatum", dmy(due, "-")),
            ("Patiëntnummer", "P-8831"),
        )
    ):
        p.t(40, 680 - i * 13, k, "DV", 9)
        p.t(160, 680 - i * 13, v, "DV-B", 9)
    for i, s in enumerate(
        (
            "Mevr. S. de Groot",
            "Hogeweg 140",
            "3814 CK Amersfoort",
            "Geb. 14-09-1984 · Verzekeraar: CZ",
        )
    ):
        p.t(350, 700 - i * 13, s, "DV", 9)
    lines = [
        ("12-06-2026", "C11", "Periodieke controle", "23", D(1), D("27.94")),
        ("12-06-2026", "M03", "Gebitsreiniging, per 5 min", "23", D(3), D("16.87")),
        ("12-06-2026", "X10", "Kleine röntgenfoto", "16", D(2), D("19.48")),
        ("22-06-2026", "V92", "Eénvlaksvulling composiet", "16", D(1), D("59.02")),
        ("22-06-2026", "A15", "Oppervlakteverdoving", "16", D(1), D("13.15")),
    ]
    cols = [(44, "l"), (110, "l"), (145, "l"), (345, "r"), (395, "r"), (470, "r"), (550, "r")]
    rows, items = [], []
    for dd, code, desc, el, n, u in lines:
        a = q(n * u)
        items.append((f"{code} {desc}", n, u, a))
        rows.append([dd, code, desc, el, str(n), es(u), es(a)])
    y = table(
        p,
        600,
        cols,
        ["Datum", "Code", "Omschrijving", "Element", "Aantal", "Tarief", "Bedrag"],
        rows,
        f="DV",
        fb="DV-B",
        sz=8.5,
        lead=17,
        head_fill=(0.85, 0.93, 0.93),
        x0=40,
        x1=555,
    )
    tot = sum(a for *_, a in items)
    y -= 8
    p.t(380, y, "Totaal te betalen", "DV-B", 10)
    p.t(550, y, "€ " + es(tot), "DV-B", 10, "r")
    p.t(
        40,
        y - 30,
        "Tarieven volgens NZa-beleidsregels 2026. Vrijgesteld van btw (art. 11 lid 1 sub g Wet OB 1968).",
        "DV",
        8,
    )
    p.wrap(
        40,
        y - 50,
        f"Wij verzoeken u dit bedrag vóór {dmy(due, '-')} over te maken op NL20 INGB 0001 2345 67 t.n.v. Tandartspraktijk De Linde o.v.v. notanummer. Dien deze nota in bij uw zorgverzekeraar voor eventuele vergoeding.",
        515,
        "DV",
        8,
    )
    return p.finish(), T(
        number="2026-10452",
        date=d,
        due=due,
        vendor=vendor,
        amount=tot,
        vat=None,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="Dental 'nota' (not called factuur), VAT-exempt medical care: vat null; treatment codes and tooth elements (23, 16) in columns; patient birth date and several dates.",
    )


# =========================================================================== receipts


def split_incl(gross_by: dict) -> dict:
    """Tax-inclusive totals per rate -> {rate: (gross, net, vat)} (net rounded half-up)."""
    out = {}
    for r, g_ in sorted(gross_by.items()):
        net = q(g_ / (1 + D(r) / 100))
        out[r] = (g_, net, g_ - net)
    return out


def logo_box(text, f="DV-B", inverse=True):
    def fn(p: Page, x, y, w, h):
        if inverse:
            p.rect(x, y, w, h, fill=(0, 0, 0), stroke=None)
        sz = h * 0.55
        font(f)
        while pdfmetrics.stringWidth(text, f, sz) > w - 8:
            sz -= 0.5
        p.t(
            x + w / 2,
            y + h / 2 - sz * 0.32,
            text,
            f,
            sz,
            "c",
            col=(1, 1, 1) if inverse else (0, 0, 0),
        )

    return fn


@doc(
    "r01",
    country="ES",
    label="Ticket supermercado (IVA 4/10/21)",
    out={"as": "scan", "ext": "png", "dpi": 220, "grey": True, "fade": 0.35},
)
def r01(name):
    R = Roll(80, "DVM", 7.6)
    vendor = "Supermercados Alhambra S.A."
    R.draw(26, logo_box("ALHAMBRA", "DV-B"))
    R.gap(4)
    R.c("SUPERMERCADOS ALHAMBRA S.A.")
    R.c("C/ Recogidas, 31 - 18005 GRANADA")
    R.c("NIF A18345672  Tel. 958 25 14 07")
    R.rule()
    d = dt.date(2026, 3, 14)
    R.lr(dmy(d) + " 18:42", "TIENDA 017 CAJA 03")
    R.l("FACTURA SIMPLIFICADA: 017-2026-085321")
    R.rule()
    R.lr("DESCRIPCION", "IMPORTE")
    lines = [
        ("LECHE ENTERA 1L x6", D("6.24"), 4),
        ("PAN DE MOLDE INTEGRAL", D("1.85"), 4),
        ("HUEVOS CAMPEROS L 12U", D("3.49"), 4),
        ("ACEITE OLIVA V.E. 1L", D("8.95"), 4),
        ("YOGUR GRIEGO 4U", D("2.10"), 10),
        ("JAMON COCIDO LONCHAS", D("2.79"), 10),
        ("AGUA MINERAL 1,5L", D("0.62"), 10),
        ("CERVEZA LATA 33CL x8", D("5.60"), 21),
        ("DETERGENTE LIQ. 40 LAV", D("9.99"), 21),
        ("PAPEL HIGIENICO 12R", D("4.75"), 21),
    ]
    code = {4: "A", 10: "B", 21: "C"}
    items = []
    for desc, a, r in lines:
        if desc == "AGUA MINERAL 1,5L":
            R.l("3 x 0,62")
            R.lr("  " + desc, es(a * 3) + " " + code[r])
            items.append((desc, D(3), a, a * 3))
        else:
            R.lr(desc, es(a) + " " + code[r])
            items.append((desc, D(1), a, a))
    gross = {}
    for (_desc, _, r), it in zip(lines, items, strict=True):
        gross[r] = gross.get(r, ZERO) + it[3]
    sp = split_incl(gross)
    tot = sum(v[0] for v in sp.values())
    R.rule()
    R.lr(f"TOTAL ({len(items) + 2} art.)", es(tot) + " EUR", f="DVM-B", sz=9)
    R.rule()
    R.lr("TARJETA BANCARIA", es(tot))
    R.l("VISA ************2231  AUT 084512")
    R.rule()
    R.row((0, "IVA", "l"), (60, "BASE", "r"), (105, "CUOTA", "r"), (-0.0001, "TOTAL", "r"))
    for r, (g_, n_, v_) in sp.items():
        R.row(
            (0, f"{code[r]} {r}%", "l"),
            (60, es(n_), "r"),
            (105, es(v_), "r"),
            (-0.0001, es(g_), "r"),
        )
    R.rule()
    R.c("GRACIAS POR SU COMPRA")
    R.c("Conserve el ticket para cambios (15 dias)")
    net = sum(v[1] for v in sp.values())
    vat = sum(v[2] for v in sp.values())
    return R.render("Ticket"), T(
        number="017-2026-085321",
        date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Spanish supermarket factura simplificada with three IVA rates (A/B/C codes) in a base/cuota table; article count in TOTAL line; thermal fading. Prices include IVA: amount = sum of bases.",
    )


@doc(
    "r02",
    country="ES",
    label="Ticket cafetería (efectivo)",
    out={
        "as": "photo",
        "dpi": 240,
        "long_side": 1700,
        "quality": 70,
        "bg": (90, 120, 150),
        "bg_kind": "wood",
    },
)
def r02(name):
    R = Roll(58, "DVM", 7.2, margin_mm=2.5)
    vendor = "Cafetería La Plaza"
    R.c("Cafetería", f="DVS-B", sz=12)
    R.c("La Plaza", f="DVS-B", sz=12)
    R.gap(2)
    R.c("Pza. Mayor 9, Salamanca")
    R.c(f"NIF {nif_es(70891234)}")
    R.rule()
    d = dt.date(2026, 5, 2)
    R.l("Ticket nº 000418")
    R.l(f"{dmy(d)}  10:17  Mesa 6")
    R.rule()
    lines = [
        ("CAFE CON LECHE", D(2), D("1.60")),
        ("TOSTADA TOMATE", D(1), D("2.20")),
        ("ZUMO NARANJA", D(1), D("2.80")),
        ("CROISSANT", D(1), D("1.70")),
    ]
    items = []
    for desc, n, u in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        R.row((0, f"{n}", "l"), (14, desc, "l"), (-0.0001, es(a), "r"))
    tot = sum(a for *_, a in items)
    sp = split_incl({10: tot})
    R.rule()
    R.lr("TOTAL", es(tot) + " €", f="DVM-B", sz=9)
    R.lr("Entregado", es(D("20.00")))
    R.lr("Cambio", es(D("20.00") - tot))
    R.rule()
    R.l(f"Base imp. {es(sp[10][1])}")
    R.l(f"IVA 10%   {es(sp[10][2])}")
    R.c("IVA INCLUIDO - Gracias")
    return R.render("Ticket"), T(
        number="000418",
        date=d,
        due=None,
        vendor=vendor,
        amount=sp[10][1],
        vat=sp[10][2],
        total=tot,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="58 mm bar ticket, cash: 'Entregado 20,00' is larger than the total; IVA 10% included with base shown; photo on wood.",
    )


@doc("r03", country="PT", label="Fatura simplificada farmácia (comparticipação)", out={"as": "pdf"})
def r03(name):
    R = Roll(80, "DVC", 7.8)
    vendor = "Farmácia Central de Braga, Lda."
    R.draw(
        20,
        lambda p, x, y, w, h: (
            p.rect(x + w / 2 - 8, y + 2, 16, h - 4, fill=(0, 0.55, 0.25), stroke=None),
            p.rect(
                x + w / 2 - (h - 4) / 2, y + h / 2 - 8, h - 4, 16, fill=(0, 0.55, 0.25), stroke=None
            ),
        ),
    )
    R.gap(3)
    R.c("Farmácia Central de Braga, Lda.", f="DVC-B", sz=9)
    R.c("Av. da Liberdade, 312 - 4710-251 Braga")
    R.c(f"Contribuinte n.º {nif_pt(50712345)}")
    R.c("Dir. Técnica: Dra. Helena Sousa")
    R.rule(dash=False)
    d = dt.date(2026, 7, 8)
    R.l("FATURA SIMPLIFICADA FS 2026/4521", f="DVC-B")
    R.l("ATCUD: K7Y2MP4Q-4521")
    R.lr("Data: " + dmy(d, "-"), "15:03")
    R.l("Cliente: Consumidor final")
    R.rule(dash=False)
    R.row(
        (0, "Artigo", "l"),
        (120, "PVP", "r"),
        (160, "Comp.", "r"),
        (-0.0001, "Valor", "r"),
        f="DVC-B",
    )
    meds = [
        ("Ben-u-ron 1 g 18 comp.", D("3.84"), D("0"), 6),
        ("Atorvastatina 20 mg 56 comp.", D("9.76"), D("3.90"), 6),
        ("Omeprazol 20 mg 28 cáps.", D("6.12"), D("2.45"), 6),
        ("Protetor solar FPS50 200 ml", D("18.90"), D("0"), 23),
        ("Pensos rápidos 20 un.", D("3.25"), D("0"), 23),
    ]
    items = []
    gross = {}
    for desc, pvp, comp, r in meds:
        val = pvp - comp
        items.append((desc, D(1), pvp, val))
        gross[r] = gross.get(r, ZERO) + val
        R.l(desc)
        R.row(
            (10, f"IVA {r}%", "l"),
            (120, es(pvp), "r"),
            (160, es(comp) if comp else "-", "r"),
            (-0.0001, es(val), "r"),
        )
    sp = split_incl(gross)
    tot = sum(v[0] for v in sp.values())
    R.rule(dash=False)
    R.lr("Total comparticipação SNS", es(sum(m[2] for m in meds)))
    R.lr("TOTAL A PAGAR", es(tot) + " €", f="DVC-B", sz=10)
    R.lr("Multibanco", es(tot))
    R.rule(dash=False)
    R.row((0, "Taxa", "l"), (80, "Incidência", "r"), (130, "IVA", "r"), (-0.0001, "Total", "r"))
    for r, (g_, n_, v_) in sp.items():
        R.row((0, f"{r}%", "l"), (80, es(n_), "r"), (130, es(v_), "r"), (-0.0001, es(g_), "r"))
    R.rule(dash=False)
    R.draw(62, lambda p, x, y, w, h: p.qr(x + w / 2 - 30, y + 1, 60, "r03-qr"))
    R.gap(3)
    R.c("Processado por programa certificado n.º 1702/AT")
    R.c("Obrigado e as melhoras!")
    return R.render("FS 2026/4521"), T(
        number="FS 2026/4521",
        date=d,
        due=None,
        vendor=vendor,
        amount=sum(v[1] for v in sp.values()),
        vat=sum(v[2] for v in sp.values()),
        total=tot,
        currency="EUR",
        locale="pt-PT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Pharmacy with state co-payment (comparticipação SNS): PVP column sums higher than the total; total = what the customer pays; IVA 6% and 23% summary computed on the customer's share. Line amounts are 'Valor' (after co-payment). ATCUD and QR.",
    )


@doc(
    "r04",
    country="PT",
    label="Talão padaria (scan pequeno)",
    out={"as": "scan", "ext": "png", "dpi": 300, "grey": True, "downscale": 650, "fade": 0.2},
)
def r04(name):
    R = Roll(58, "DVM", 7.0, margin_mm=2.5)
    vendor = "Padaria Flor de Aveiro, Unipessoal Lda"
    R.c("PADARIA", f="DVM-B", sz=10)
    R.c("FLOR DE AVEIRO", f="DVM-B", sz=10)
    R.c("Padaria Flor de Aveiro,")
    R.c("Unipessoal Lda")
    R.c("R. Direita 58, 3810-075 Aveiro")
    R.c(f"NIF: {nif_pt(51632187)}")
    R.rule()
    d = dt.date(2026, 9, 12)
    R.l("Fatura Simplificada")
    R.l("FS A/10577")
    R.l("ATCUD: JJ4HXK2W-10577")
    R.l(dmy(d, "-") + " 08:05")
    R.rule()
    lines = [
        ("Pao de forma", D(1), D("2.10"), 6),
        ("Broa de milho", D(1), D("1.80"), 6),
        ("Pastel de nata", D(3), D("1.20"), 13),
        ("Cafe expresso", D(2), D("0.85"), 13),
    ]
    items, gross = [], {}
    for desc, n, u, r in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        gross[r] = gross.get(r, ZERO) + a
        R.l(desc)
        R.row((8, f"{n} x {es(u)}", "l"), (100, f"{r}%", "r"), (-0.0001, es(a), "r"))
    sp = split_incl(gross)
    tot = sum(v[0] for v in sp.values())
    R.rule()
    R.lr("TOTAL EUR", es(tot), f="DVM-B", sz=9)
    R.lr("Numerario", es(D("10.00")))
    R.lr("Troco", es(D("10.00") - tot))
    R.rule()
    for r, (_g, n_, v_) in sp.items():
        R.l(f"IVA {r}%: Base {es(n_)} IVA {es(v_)}")
    R.c("Obrigado pela preferencia")
    return R.render("FS A/10577"), T(
        number="FS A/10577",
        date=d,
        due=None,
        vendor=vendor,
        amount=sum(v[1] for v in sp.values()),
        vat=sum(v[2] for v in sp.values()),
        total=tot,
        currency="EUR",
        locale="pt-PT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Low-resolution scan (650 px wide) of a 58 mm bakery slip; trade name in header, legal name (Unipessoal Lda) below: keyed vendor is the legal name; IVA 6/13; cash 'Numerario' and 'Troco'.",
    )


@doc(
    "r05",
    country="IT",
    label="Documento commerciale supermercato",
    out={
        "as": "photo",
        "dpi": 230,
        "long_side": 2300,
        "quality": 76,
        "bg": (120, 100, 80),
        "bg_kind": "wood",
    },
)
def r05(name):
    R = Roll(80, "Courier", 8.0)
    vendor = "Market Sole Levante S.r.l."
    R.c("SOLE LEVANTE", f="Helvetica-Bold", sz=15)
    R.c("supermercati", f="Helvetica-Oblique", sz=8)
    R.gap(2)
    R.c("MARKET SOLE LEVANTE S.R.L.")
    R.c("VIA SPARANO 140 - 70121 BARI")
    R.c("P.IVA 07823410724")
    R.gap(3)
    R.c("DOCUMENTO COMMERCIALE", f="Courier-Bold")
    R.c("di vendita o prestazione")
    R.rule()
    R.row((0, "DESCRIZIONE", "l"), (150, "IVA", "r"), (-0.0001, "Prezzo(€)", "r"))
    lines = [
        ("PASTA SEMOLA 500G", D(2), D("0.99"), 4),
        ("POMODORI PELATI 400G", D(3), D("0.79"), 4),
        ("MOZZARELLA FIOR DI LATTE", D(1), D("2.49"), 4),
        ("OLIO EVO 750ML", D(1), D("7.90"), 4),
        ("CAFFE MACINATO 250G", D(1), D("3.45"), 22),
        ("BISCOTTI FROLLINI", D(1), D("2.29"), 10),
        ("ACQUA NATURALE 6X1,5L", D(1), D("2.34"), 22),
        ("VINO PRIMITIVO 75CL", D(1), D("6.90"), 22),
        ("SCONTO FEDELTA' VINO", D(1), D("-1.00"), 22),
        ("DETERSIVO PIATTI", D(1), D("1.69"), 22),
    ]
    items, gross = [], {}
    for desc, n, u, r in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        gross[r] = gross.get(r, ZERO) + a
        if n != 1:
            R.l(f"{n} x {es(u)}")
        R.row((0, desc, "l"), (150, f"{r},00%", "r"), (-0.0001, es(a), "r"))
    sp = split_incl(gross)
    tot = sum(v[0] for v in sp.values())
    vat = sum(v[2] for v in sp.values())
    R.rule()
    R.lr("TOTALE COMPLESSIVO", es(tot), f="Courier-Bold", sz=9.5)
    R.lr("DI CUI IVA", es(vat))
    R.lr("Pagamento elettronico", es(tot))
    R.lr("Importo pagato", es(tot))
    R.rule()
    d = dt.date(2026, 10, 3)
    R.l(f"{dmy(d, '-')} 19:26")
    R.l("DOCUMENTO N. 0142-0087")
    R.l("RT 99MEX012345")
    R.c("GRAZIE E ARRIVEDERCI")
    return R.render("Documento commerciale"), T(
        number="0142-0087",
        date=d,
        due=None,
        vendor=vendor,
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="it-IT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Italian 'documento commerciale': only 'DI CUI IVA' printed (no net), so amount = total - IVA; IVA 4/10/22 per line; negative loyalty discount line; document number '0142-0087' printed after the total.",
    )


@doc("r06", country="IT", label="Scontrino bar (contanti)", out={"as": "pdf"})
def r06(name):
    R = Roll(58, "DVM", 7.2, margin_mm=2.5)
    vendor = "Bar Pasticceria Duomo di Rossi Giulia"
    R.c("Bar Pasticceria", f="DVS-I", sz=10)
    R.c("DUOMO", f="DVS-B", sz=14)
    R.c("di Rossi Giulia")
    R.c("P.za Duomo 3 - 37121 Verona")
    R.c("P.IVA 04412870233")
    R.rule()
    R.c("DOCUMENTO COMMERCIALE")
    R.c("di vendita o prestazione")
    R.rule()
    lines = [
        ("CAFFE'", D(2), D("1.30")),
        ("CAPPUCCINO", D(1), D("1.80")),
        ("BRIOCHE CREMA", D(2), D("1.50")),
        ("SPREMUTA ARANCIA", D(1), D("3.50")),
    ]
    items = []
    for desc, n, u in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        if n > 1:
            R.l(f"{n} x {es(u)}")
        R.lr(desc, es(a))
    tot = sum(a for *_, a in items)
    sp = split_incl({10: tot})
    R.rule()
    R.lr("TOTALE EURO", es(tot), f="DVM-B", sz=9)
    R.lr("DI CUI IVA 10%", es(sp[10][2]))
    R.lr("CONTANTI", es(D("20.00")))
    R.lr("RESTO", es(D("20.00") - tot))
    R.rule()
    d = dt.date(2026, 4, 25)
    R.l(f"{dmy(d, '-')} 09:41")
    R.l("DOC.N. 0087-0019")
    R.l("RT 80EPA004471")
    return R.render("Documento commerciale"), T(
        number="0087-0019",
        date=d,
        due=None,
        vendor=vendor,
        amount=sp[10][1],
        vat=sp[10][2],
        total=tot,
        currency="EUR",
        locale="it-IT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="58 mm Italian bar receipt (text PDF): vendor is a sole trader 'di Rossi Giulia' split over lines; only 'DI CUI IVA' printed, amount = total - IVA; cash 20,00 and RESTO.",
    )


@doc(
    "r07",
    country="FR",
    label="Ticket boulangerie",
    out={"as": "scan", "ext": "jpg", "dpi": 220, "grey": False, "quality": 80, "fade": 0.25},
)
def r07(name):
    R = Roll(58, "DV", 7.2, margin_mm=2.5)
    vendor = "Boulangerie Pâtisserie Martin"
    R.c("Boulangerie Pâtisserie", f="DVS-B", sz=9)
    R.c("MARTIN", f="DVS-B", sz=15)
    R.c("8 rue Nationale, 37000 Tours")
    R.c("SIRET 532 118 904 00012")
    R.rule()
    d = dt.date(2026, 12, 24)
    R.l(f"{dmy(d)}  07:52   Caisse 1")
    R.l("Ticket N° 5521")
    R.rule()
    lines = [
        ("Baguette tradition", D(2), D("1.30"), D("5.5")),
        ("Croissant beurre", D(4), D("1.20"), D("5.5")),
        ("Bûche pralinée 6 pers.", D(1), D("32.00"), D("5.5")),
        ("Sandwich jambon-beurre", D(1), D("4.90"), D(10)),
        ("Café", D(1), D("1.60"), D(10)),
    ]
    items, gross = [], {}
    for desc, n, u, r in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        gross[r] = gross.get(r, ZERO) + a
        R.row((0, f"{n}", "l"), (10, desc, "l"), (-0.0001, fr(a), "r"))
    sp = split_incl(gross)
    tot = sum(v[0] for v in sp.values())
    R.rule()
    R.lr("TOTAL TTC", fr(tot) + " €", f="DV-B", sz=9.5)
    R.lr("CB sans contact", fr(tot) + " €")
    R.rule()
    R.row((0, "TVA", "l"), (55, "HT", "r"), (100, "TVA", "r"), (-0.0001, "TTC", "r"))
    for r, (g_, n_, v_) in sp.items():
        R.row((0, fr(r), "l"), (55, fr(n_), "r"), (100, fr(v_), "r"), (-0.0001, fr(g_), "r"))
    R.rule()
    R.c("Joyeux Noël !", f="DV-I")
    return R.render("Ticket"), T(
        number="5521",
        date=d,
        due=None,
        vendor=vendor,
        amount=sum(v[1] for v in sp.values()),
        vat=sum(v[2] for v in sp.values()),
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="French bakery, colour scan with fading: TVA 5.5 and 10 summary (HT/TVA/TTC); 'Ticket N° 5521'.",
    )


@doc("r08", country="FR", label="Reçu parking", out={"as": "imgpdf", "dpi": 250, "grey": True})
def r08(name):
    R = Roll(58, "DVM", 7.4, margin_mm=3)
    vendor = "ParkCité SAS"
    R.draw(22, logo_box("P", "DV-B"))
    R.gap(3)
    R.c("PARKING PART-DIEU SUD", f="DVM-B")
    R.c("ParkCité SAS")
    R.c("17 bd Vivier-Merle 69003 Lyon")
    R.c("TVA FR44 823 551 209")
    R.rule()
    R.c("REÇU DE PAIEMENT", f="DVM-B")
    d = dt.date(2026, 2, 10)
    R.lr("Entrée", f"{dmy(d)} 08:12")
    R.lr("Sortie", f"{dmy(d)} 17:47")
    R.lr("Durée", "9h35")
    R.lr("Ticket", "0419 2210 8876")
    R.lr("Caisse", "APS 02")
    R.rule()
    tot = D("18.60")
    sp = split_incl({20: tot})
    R.lr("Montant TTC", fr(tot) + " EUR", f="DVM-B", sz=8.5)
    R.lr("dont TVA 20%", fr(sp[20][2]))
    R.lr("Montant HT", fr(sp[20][1]))
    R.lr("Payé CB", fr(tot))
    R.rule()
    R.l("N° reçu : 2026-0210-00731")
    R.c("Bonne route !")
    return R.render("Reçu parking"), T(
        number="2026-0210-00731",
        date=d,
        due=None,
        vendor=vendor,
        amount=sp[20][1],
        vat=sp[20][2],
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=[("Stationnement 9h35", None, None, tot)],
        note="Image-only PDF of a parking receipt: two long numbers (ticket '0419 2210 8876' vs receipt 'N° reçu 2026-0210-00731'); keyed number is the receipt number; the car park name is a trade name, vendor is ParkCité SAS.",
    )


@doc(
    "r09",
    country="FR",
    label="Ticket pharmacie (TVA 2,1/5,5/20)",
    out={
        "as": "photo",
        "dpi": 230,
        "long_side": 2000,
        "quality": 64,
        "bg": (200, 200, 195),
        "bg_kind": "stone",
    },
)
def r09(name):
    R = Roll(80, "DVM", 7.4)
    vendor = "SELARL Pharmacie du Marché"
    R.draw(
        24,
        lambda p, x, y, w, h: (
            p.rect(x + w / 2 - 4, y, 8, h, fill=(0.1, 0.6, 0.2), stroke=None),
            p.rect(x + w / 2 - h / 2, y + h / 2 - 4, h, 8, fill=(0.1, 0.6, 0.2), stroke=None),
        ),
    )
    R.gap(3)
    R.c("PHARMACIE DU MARCHÉ", f="DVM-B", sz=9)
    R.c("SELARL Pharmacie du Marché")
    R.c("2 place du Marché, 13100 Aix-en-Provence")
    R.c("FINESS 130012345 - SIRET 453 221 987 00019")
    R.rule()
    d = dt.date(2026, 8, 19)
    R.lr(f"Le {dmy(d)} à 11:26", "Vendeur: CL")
    R.l("Facture n° 26-041177")
    R.rule()
    lines = [
        ("DOLIPRANE 1000MG CPR 8", D(2), D("2.18"), D("2.1")),
        ("SPASFON LYOC 80MG 10", D(1), D("4.95"), D("10")),
        ("TISANE DIGESTION BIO X20", D(1), D("5.40"), D("5.5")),
        ("CREME SOLAIRE SPF50 50ML", D(1), D("14.90"), D(20)),
        ("BROSSE A DENTS SOUPLE", D(2), D("3.50"), D(20)),
    ]
    tcode = {D("2.1"): "1", D("5.5"): "2", D("10"): "3", D(20): "4"}
    items, gross = [], {}
    for desc, n, u, r in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        gross[r] = gross.get(r, ZERO) + a
        R.l(desc)
        R.row((10, f"{n} x {fr(u)}", "l"), (150, tcode[r], "r"), (-0.0001, fr(a), "r"))
    sp = split_incl(gross)
    tot = sum(v[0] for v in sp.values())
    R.rule()
    R.lr("TOTAL A PAYER", fr(tot) + " €", f="DVM-B", sz=9)
    R.lr("CARTE BANCAIRE", fr(tot))
    R.rule()
    R.row((0, "Code Taux", "l"), (95, "HT", "r"), (145, "TVA", "r"), (-0.0001, "TTC", "r"))
    for r, (g_, n_, v_) in sp.items():
        R.row(
            (0, f"{tcode[r]}  {fr(r)}%", "l"),
            (95, fr(n_), "r"),
            (145, fr(v_), "r"),
            (-0.0001, fr(g_), "r"),
        )
    R.lr("TOTAL", fr(tot))
    R.rule()
    R.c("Prenez soin de vous !")
    return R.render("Ticket pharmacie"), T(
        number="26-041177",
        date=d,
        due=None,
        vendor=vendor,
        amount=sum(v[1] for v in sp.values()),
        vat=sum(v[2] for v in sp.values()),
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="French pharmacy: four TVA rates (2.1/5.5/10/20) by numeric code; header shows trade name, legal name with SELARL printed below (keyed). FINESS/SIRET numbers; photo on light stone.",
    )


@doc(
    "r10",
    country="BE",
    label="Ticket station-service",
    out={"as": "scan", "ext": "png", "dpi": 200, "grey": True, "fade": 0.15},
)
def r10(name):
    R = Roll(80, "DVM", 7.6)
    vendor = "Carburants Lemaire SRL"
    R.draw(22, logo_box("Q-FUEL", "DV-B"))
    R.gap(3)
    R.c("Q-Fuel Wavre Nord")
    R.c("Carburants Lemaire SRL")
    R.c("Chaussée de Louvain 420, 1300 Wavre")
    R.c("TVA BE 0456.789.123")
    R.rule()
    d = dt.date(2026, 11, 6)
    R.l(f"{dmy(d)} 07:31:09")
    R.l("Ticket: 041-1182-7734")
    R.rule()
    litres, ppl = D("42.18"), D("1.819")
    fuel = q(litres * ppl)
    R.l("Pompe 4  DIESEL B7")
    R.lr(
        f"  {str(litres).replace('.', ',')} L x {str(ppl).replace('.', ',')} EUR/L", es(fuel) + " A"
    )
    R.lr("Lavage Premium", es(D("12.00")) + " A")
    R.lr("Café to go", es(D("2.40")) + " B")
    items = [
        ("DIESEL B7", litres, ppl, fuel),
        ("Lavage Premium", D(1), D("12.00"), D("12.00")),
        ("Café to go", D(1), D("2.40"), D("2.40")),
    ]
    sp = split_incl({21: fuel + D("12.00"), 6: D("2.40")})
    tot = sum(v[0] for v in sp.values())
    R.rule()
    R.lr("TOTAL EUR", es(tot), f="DVM-B", sz=9.5)
    R.lr("Bancontact", es(tot))
    R.l("Carte ****6610  Auth 337A12")
    R.rule()
    R.row((0, "TVA", "l"), (85, "Base", "r"), (140, "TVA", "r"), (-0.0001, "Total", "r"))
    for r, (g_, n_, v_) in sp.items():
        R.row(
            (0, f"{'A' if r == 21 else 'B'} {r}%", "l"),
            (85, es(n_), "r"),
            (140, es(v_), "r"),
            (-0.0001, es(g_), "r"),
        )
    R.rule()
    R.c("Merci et bonne route")
    return R.render("Ticket"), T(
        number="041-1182-7734",
        date=d,
        due=None,
        vendor=vendor,
        amount=sum(v[1] for v in sp.values()),
        vat=sum(v[2] for v in sp.values()),
        total=tot,
        currency="EUR",
        locale="fr-BE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Belgian fuel receipt (French): litres and price per litre with three decimals (1,819) look like money; 21% and 6% TVA; brand 'Q-FUEL' vs legal vendor Carburants Lemaire SRL.",
    )


@doc("r11", country="NL", label="Kassabon supermarkt (afronding contant)", out={"as": "pdf"})
def r11(name):
    R = Roll(76, "DVM", 7.4)
    vendor = "Buurtsuper Van der Wal"
    R.c("Buurtsuper", f="DV-B", sz=11)
    R.c("VAN DER WAL", f="DV-B", sz=15)
    R.c("Botermarkt 12, 2011 XL Haarlem")
    R.c("KvK 34098765  BTW NL001234567B45")
    R.rule()
    lines = [
        ("Halfvolle melk 1L", D(2), D("1.19"), 9),
        ("Volkorenbrood heel", D(1), D("2.49"), 9),
        ("Goudse kaas jong 500g", D(1), D("5.79"), 9),
        ("Appels Elstar 1kg", D(1), D("2.29"), 9),
        ("Stroopwafels", D(2), D("1.89"), 9),
        ("Afwasmiddel 500ml", D(1), D("1.99"), 21),
        ("Batterijen AA 4st", D(1), D("4.49"), 21),
        ("Statiegeld fles", D(2), D("0.15"), 0),
    ]
    items, gross = [], {}
    for desc, n, u, r in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        if r:
            gross[r] = gross.get(r, ZERO) + a
        R.row(
            (0, f"{n}", "l"),
            (12, desc, "l"),
            (-0.0001, es(a) + (" A" if r == 9 else " B" if r == 21 else "  "), "r"),
        )
    sp = split_incl(gross)
    deposit = D("0.30")
    tot = sum(v[0] for v in sp.values()) + deposit
    to_pay = (tot * 20).quantize(Decimal("1"), rounding=ROUND_HALF_UP) / 20
    to_pay = q(to_pay)
    rnd = to_pay - tot
    R.rule()
    R.lr(f"TOTAAL ({sum(int(n) for _, n, _, _ in lines)} art.)", es(tot), f="DVM-B", sz=8.5)
    R.lr("Afronding", es(rnd))
    R.lr("TE BETALEN", es(to_pay), f="DVM-B", sz=9.5)
    R.lr("Contant", es(D("50.00")))
    R.lr("Wisselgeld", es(D("50.00") - to_pay))
    R.rule()
    R.row((0, "BTW", "l"), (80, "Excl.", "r"), (130, "BTW", "r"), (-0.0001, "Incl.", "r"))
    for r, (g_, n_, v_) in sp.items():
        R.row(
            (0, f"{'A' if r == 9 else 'B'} {r}%", "l"),
            (80, es(n_), "r"),
            (130, es(v_), "r"),
            (-0.0001, es(g_), "r"),
        )
    R.rule()
    d = dt.date(2026, 1, 24)
    R.l(f"{dmy(d, '-')} 16:58  Kassa 2  Bon 4471")
    R.c("Bedankt en tot ziens!")
    net = sum(v[1] for v in sp.values()) + deposit
    return R.render("Kassabon"), T(
        number="4471",
        date=d,
        due=None,
        vendor=vendor,
        amount=net,
        vat=sum(v[2] for v in sp.values()),
        total=to_pay,
        rounding=rnd,
        currency="EUR",
        locale="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Dutch cash payment with 5-cent rounding ('Afronding'): keyed total is 'TE BETALEN' (after rounding), rounding in the arithmetic; bottle deposit (statiegeld) has no BTW and is counted in the net; 9%/21% summary; bon number only at the bottom.",
    )


@doc(
    "r12",
    country="LU",
    label="Ticket station Luxembourg (TVA 17/3)",
    out={
        "as": "photo",
        "dpi": 230,
        "long_side": 1800,
        "quality": 62,
        "bg": (30, 30, 35),
        "bg_kind": "stone",
    },
)
def r12(name):
    R = Roll(80, "Courier", 8.0)
    vendor = "Carburants Hoffmann S.à r.l."
    R.c("STATION HOFFMANN", f="Courier-Bold", sz=11)
    R.c("Carburants Hoffmann S.à r.l.")
    R.c("2, route de Trèves")
    R.c("L-6633 Wasserbillig")
    R.c("TVA LU 1987 6543")
    R.rule(dash=False)
    d = dt.date(2026, 6, 5)
    R.lr(dmy(d, "."), "13:12")
    R.l("Reçu n° 2026/118742")
    R.rule(dash=False)
    litres, ppl = D("55.30"), D("1.489")
    fuel = q(litres * ppl)
    R.l("P07 SUPER 95 E10")
    R.lr(f"{str(litres).replace('.', ',')} l à {str(ppl).replace('.', ',')}", es(fuel))
    R.lr("CIGARETTES 20 x2", es(D("13.40")))
    R.lr("SANDWICH JAMBON", es(D("4.20")))
    R.lr("EAU MINERALE 0,5L", es(D("1.10")))
    items = [
        ("SUPER 95 E10", litres, ppl, fuel),
        ("CIGARETTES 20", D(2), D("6.70"), D("13.40")),
        ("SANDWICH JAMBON", D(1), D("4.20"), D("4.20")),
        ("EAU MINERALE 0,5L", D(1), D("1.10"), D("1.10")),
    ]
    sp = split_incl({17: fuel + D("13.40"), 3: D("5.30")})
    tot = sum(v[0] for v in sp.values())
    R.rule(dash=False)
    R.lr("TOTAL EUR", es(tot), f="Courier-Bold", sz=10)
    R.lr("VISA", es(tot))
    R.rule(dash=False)
    for r, (_g, n_, v_) in sp.items():
        R.l(f"TVA {r:>2}%  HT {es(n_):>7}  TVA {es(v_):>6}")
    R.rule(dash=False)
    R.c("Merci - Villmools Merci")
    return R.render("Reçu"), T(
        number="2026/118742",
        date=d,
        due=None,
        vendor=vendor,
        amount=sum(v[1] for v in sp.values()),
        vat=sum(v[2] for v in sp.values()),
        total=tot,
        currency="EUR",
        locale="fr-LU",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Luxembourg fuel receipt, photo on a dark surface: dotted date, litres x price with 3 decimals; 17% on fuel and tobacco, 3% on food; no combined TVA total printed.",
    )


@doc("r13", country="IE", label="Café receipt (VAT 13.5% incl.)", out={"as": "pdf"})
def r13(name):
    R = Roll(80, "Helvetica", 8.2)
    vendor = "Copper Kettle Hospitality Ltd"
    R.c("The Copper Kettle", f="Times-BoldItalic", sz=15)
    R.c("café · bakery", f="Times-Italic", sz=9)
    R.gap(2)
    R.c("3 Quay Street, Galway H91 DX47")
    R.c("Copper Kettle Hospitality Ltd")
    R.c("VAT No. IE3345678WH")
    R.rule()
    d = dt.date(2026, 3, 17)
    R.lr("Bill No. 4471", dmy(d) + " 12:48")
    R.lr("Table 9", "Server: Niamh")
    R.rule()
    lines = [
        ("Full Irish Breakfast", D(2), D("14.50")),
        ("Vegan Bowl", D(1), D("12.95")),
        ("Flat White", D(2), D("3.60")),
        ("Pot of Tea", D(1), D("3.20")),
        ("Fresh Orange Juice", D(1), D("4.25")),
        ("Scone w/ jam & cream", D(2), D("3.95")),
    ]
    items = []
    for desc, n, u in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        R.row((0, f"{n}", "l"), (14, desc, "l"), (-0.0001, "€" + en(a), "r"))
    tot = sum(a for *_, a in items)
    sp = split_incl({D("13.5"): tot})
    _g, n_, v_ = sp[D("13.5")]
    R.rule()
    R.lr("TOTAL", "€" + en(tot), f="Helvetica-Bold", sz=11)
    R.lr("Mastercard contactless", "€" + en(tot))
    R.rule()
    R.lr("Net @ 13.5%", "€" + en(n_))
    R.lr("VAT @ 13.5%", "€" + en(v_))
    R.rule()
    R.c("Service not included. Go raibh maith agat!")
    return R.render("Bill 4471"), T(
        number="4471",
        date=d,
        due=None,
        vendor=vendor,
        amount=n_,
        vat=v_,
        total=tot,
        currency="EUR",
        locale="en-IE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Irish café bill (text PDF), euro with decimal point; trade name in script-like header, legal name (Ltd) printed below and keyed; single 13.5% rate, net and VAT printed.",
    )


@doc(
    "r14",
    country="GB",
    label="Museum receipt (exempt/standard/zero)",
    out={"as": "imgpdf", "dpi": 220, "grey": True},
)
def r14(name):
    R = Roll(80, "DV", 7.6)
    vendor = "Ashmore Museum Enterprises Ltd"
    R.draw(
        30,
        lambda p, x, y, w, h: (
            p.poly(
                [(x + w / 2 - 40, y + 6), (x + w / 2 + 40, y + 6), (x + w / 2, y + h)],
                fill=(0, 0, 0),
            ),
            p.rect(x + w / 2 - 40, y, 80, 5, fill=(0, 0, 0), stroke=None),
        ),
    )
    R.gap(3)
    R.c("ASHMORE MUSEUM OF INDUSTRY", f="DV-B", sz=8.5)
    R.c("Canal Wharf, Stoke-on-Trent ST1 5NB")
    R.c("Ashmore Museum Enterprises Ltd")
    R.c("VAT Reg No. GB 276 4412 83")
    R.rule()
    d = dt.date(2026, 8, 8)
    R.lr(dmy(d) + " 14:06", "Till 1")
    R.l("Receipt 000-31882")
    R.rule()
    lines = [
        ("Admission Adult", D(2), D("14.00"), "E"),
        ("Admission Child", D(1), D("7.50"), "E"),
        ("Guidebook", D(1), D("6.99"), "Z"),
        ("Tea towel - Pottery", D(1), D("9.50"), "S"),
        ("Fridge magnet", D(2), D("3.25"), "S"),
    ]
    items, gross = [], {}
    for desc, n, u, c in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        gross[c] = gross.get(c, ZERO) + a
        R.row((0, f"{n} x {desc}", "l"), (-0.0001, "£" + en(a) + " " + c, "r"))
    s_g = gross["S"]
    s_net = q(s_g / D("1.2"))
    s_vat = s_g - s_net
    tot = sum(gross.values())
    R.rule()
    R.lr("TOTAL", "£" + en(tot), f="DV-B", sz=10)
    R.lr("Visa contactless", "£" + en(tot))
    R.rule()
    R.row((0, "Code", "l"), (80, "Net", "r"), (130, "VAT", "r"), (-0.0001, "Gross", "r"))
    R.row((0, "S 20%", "l"), (80, en(s_net), "r"), (130, en(s_vat), "r"), (-0.0001, en(s_g), "r"))
    R.row(
        (0, "Z 0%", "l"),
        (80, en(gross["Z"]), "r"),
        (130, "0.00", "r"),
        (-0.0001, en(gross["Z"]), "r"),
    )
    R.row(
        (0, "E exempt", "l"),
        (80, en(gross["E"]), "r"),
        (130, "-", "r"),
        (-0.0001, en(gross["E"]), "r"),
    )
    R.rule()
    R.c("Thank you for supporting the museum.")
    R.c("Gift Aid: ask at the desk.")
    return R.render("Receipt"), T(
        number="000-31882",
        date=d,
        due=None,
        vendor=vendor,
        amount=tot - s_vat,
        vat=s_vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Image-only PDF. UK museum: admission exempt (E), book zero-rated (Z), shop items standard (S); VAT only on S; net = sum of Net column (incl. exempt and zero-rated). Museum name vs trading company (keyed).",
    )


@doc("r15", country="GB", label="Supermarket receipt (multibuy saving)", out={"as": "pdf"})
def r15(name):
    R = Roll(80, "DVM", 7.4)
    vendor = "Harrow & Finch Grocers Ltd"
    R.c("HARROW & FINCH", f="DVS-B", sz=14)
    R.c("grocers since 1921", f="DVS-I", sz=8)
    R.gap(2)
    R.c("Harrow & Finch Grocers Ltd")
    R.c("High Street, Ludlow SY8 1AZ")
    R.c("VAT No. GB 194 5527 31")
    R.rule()
    lines = [
        ("SEMI SKIMMED MILK 2PT", D(1), D("1.45"), ""),
        ("SOURDOUGH LOAF", D(1), D("2.80"), ""),
        ("CHEDDAR MATURE 400G", D(1), D("4.20"), ""),
        ("CRISPS SEA SALT", D(3), D("1.10"), "A"),
        ("ORANGE JUICE 1L", D(1), D("2.35"), "A"),
        ("SANDWICH MEAL DEAL", D(1), D("4.95"), "A"),
        ("KITCHEN ROLL 4PK", D(1), D("3.99"), "A"),
        ("BANANAS LOOSE", D(1), D("0.87"), ""),
    ]
    items = []
    gross = {"A": ZERO, "": ZERO}
    for desc, n, u, c in lines:
        a = q(n * u)
        items.append((desc, n, u, a))
        gross[c] += a
        if n > 1:
            R.l(f"{n} @ £{en(u)}")
        R.row((0, desc, "l"), (-0.0001, en(a) + (" A" if c else "  "), "r"))
    saving = D("-0.80")
    R.row((0, "CRISPS 3 FOR 2.50", "l"), (-0.0001, en(saving) + " A", "r"))
    items.append(("CRISPS 3 FOR 2.50", None, None, saving))
    gross["A"] += saving
    tot = gross["A"] + gross[""]
    a_net = q(gross["A"] / D("1.2"))
    a_vat = gross["A"] - a_net
    R.rule()
    R.lr(f"{len(lines) + 2} ITEMS   BALANCE DUE", "£" + en(tot), f="DVM-B", sz=8.5)
    R.lr("DEBIT CARD", "£" + en(tot))
    R.l("************4410  CONTACTLESS")
    R.lr("TOTAL SAVINGS", "£" + en(-saving))
    R.rule()
    R.row((0, "VAT", "l"), (80, "NET", "r"), (130, "VAT", "r"), (-0.0001, "GROSS", "r"))
    R.row(
        (0, "A 20.0%", "l"),
        (80, en(a_net), "r"),
        (130, en(a_vat), "r"),
        (-0.0001, en(gross["A"]), "r"),
    )
    R.row(
        (0, "  0.0%", "l"),
        (80, en(gross[""]), "r"),
        (130, "0.00", "r"),
        (-0.0001, en(gross[""]), "r"),
    )
    R.rule()
    d = dt.date(2026, 11, 28)
    R.l(f"{dmy(d)} 11:02  ST 0417 TILL 3")
    R.l("TRANS 2290  OP 118")
    R.draw(26, lambda p, x, y, w, h: p.barcode(x + 20, y + 2, w - 40, h - 4, "r15-bc"))
    return R.render("Receipt"), T(
        number="2290",
        date=d,
        due=None,
        vendor=vendor,
        amount=tot - a_vat,
        vat=a_vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="UK supermarket: zero-rated food without a code, 'A' items at 20%; multibuy saving line is negative; label 'BALANCE DUE' instead of total; 'TOTAL SAVINGS' is not a total; receipt number is the TRANS number (store/till/operator numbers nearby).",
    )


# =========================================================================== output

KIND_WORD = {
    "pdf": "born-digital PDF",
    "scan": "scan",
    "imgpdf": "image-only PDF (scan)",
    "photo": "photo",
}


def produce(name: str, outdir: Path) -> dict:
    spec = DOCS[name]
    pdf, truth = spec["fn"](name)
    out = spec["out"]
    r = rng_for(name)
    g = nprng_for(name)
    how = out["as"]
    if how == "pdf":
        ext, data, kind = "pdf", pdf, "pdf"
    elif how in ("scan", "imgpdf"):
        img = pdf_to_bgr(pdf, out["dpi"])
        skew = r.uniform(-2.0, 2.0)
        a = scan(
            img,
            g,
            grey=out.get("grey", True),
            blur=r.uniform(0.5, 0.9),
            skew=skew,
            noise=r.uniform(3.0, 7.0),
            specks=r.randint(15, 60),
            fade=out.get("fade", 0.0),
            tint=(r.uniform(0.95, 1.0), r.uniform(0.95, 1.0), r.uniform(0.92, 0.97)),
            downscale=out.get("downscale"),
        )
        kind = "scan"
        dpi_eff = (
            out["dpi"] * (out["downscale"] / img.shape[1]) if out.get("downscale") else out["dpi"]
        )
        if how == "imgpdf":
            ext, data = "pdf", image_pdf(a, round(dpi_eff), name)
        elif out.get("ext") == "jpg":
            ext, data = "jpg", encode_jpg(a, out.get("quality", 85))
        else:
            ext, data = "png", encode_png(a)
    elif how == "photo":
        img = pdf_to_bgr(pdf, out["dpi"])
        ext, kind = "jpg", "photo"
        data = photo(
            img,
            g,
            long_side=out["long_side"],
            quality=out["quality"],
            bg=out["bg"],
            bg_kind=out["bg_kind"],
            tilt=r.uniform(0.03, 0.07),
        )
    else:
        raise ValueError(how)
    truth["kind"] = kind
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / f"{name}.{ext}").write_bytes(data)
    (outdir / f"{name}.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return {"name": name, "ext": ext, "how": how, "truth": truth, **spec}


README_HEAD = """# blind-2026-12p

Blind evaluation set: **Southern and Western Europe, the UK and Ireland** — Spain, Portugal, Italy,
France, Belgium, the Netherlands, Luxembourg, Ireland and the United Kingdom. 30 documents:
15 invoices (`i01`–`i15`) and 15 till receipts (`r01`–`r15`). Every document has a `NAME.json`
with the ground truth.

Generated by `bench/blindsets/blind_2026_12p.py` (run from the repository root):

    python -m bench.blindsets.blind_2026_12p [OUTDIR] [--only NAME]

Written blind: without looking at the reader, its tests or other blind sets.

## How the set is drawn

* Every document has its own drawing function (reportlab canvas, `invariant=1`) with its own
  layout, fonts (DejaVu Sans / Condensed / Serif / Mono, Helvetica, Times, Courier), label
  wording and language. Invoices are A4; receipts are 58, 76 or 80 mm rolls as long as their
  content.
* Every text run is measured; a run that leaves the page or overlaps another run raises
  `LayoutError`.
* Amounts are computed once with `Decimal` (ROUND_HALF_UP); the page and the truth file print
  the same values, and `amount + vat + rounding == total` is asserted for every document.
* Degradations (OpenCV / numpy): scans are rendered with pypdfium2 at 170–300 dpi, grey or
  colour, with paper tint, blur, skew within ±2°, noise, specks, thermal fading on receipts, one
  downscaled to 650 px wide; photos are rendered at 170–240 dpi, put in perspective onto a
  textured surface (wood, stone, cloth) with a cast shadow, uneven light, a fold and JPEG
  quality 62–76, long side 1,700–2,300 px; three image-only PDFs embed the degraded scan as
  the only page content (no text layer).
* Determinism: every random choice is seeded with the CRC-32 of the document's name; re-runs
  are byte-identical.
* Names, addresses, tax ids, IBANs and phone numbers are invented (Spanish NIF letters,
  Portuguese NIF check digits and Belgian structured references are computed correctly).

## Truth conventions

* `amount` = net before tax; `vat` = the sum of all taxes printed (null when the document
  prints no tax at all, then `amount == total`); `total` = the document's total including
  taxes. Amounts are strings with two decimals.
* Prices that include tax (receipts): `amount` = the printed net / base column summed where the
  page prints one; where only "of which VAT" is printed (Italian *documento commerciale*, UK
  receipts), `amount = total - vat`.
* **Withholding and advance deductions are not part of the total.** Spanish IRPF retention
  (`i02`), Italian *ritenuta d'acconto* (`i04`), UK CIS deduction (`i13`), Italian split payment
  (`i05`) and a deposit already paid (*acompte*, `i07`) are printed after the invoice total and
  lead to a smaller "amount payable"; the keyed `total` is the invoice total (net + taxes) as
  printed on its own labelled line, and the payable amount is mentioned in `note`.
* **Other taxes count as tax:** a hotel city tax (`i03`, Lisbon *taxa turística*, outside IVA)
  is included in `vat` (vat = IVA + city tax), and it is excluded from `amount`.
* Italian *contributo integrativo* (professional pension contribution, `i04`) is part of the
  taxable base, hence part of `amount`.
* Cash rounding (`r11`, Dutch 5-cent rounding): `total` is the amount payable after rounding,
  and `amount + vat + rounding == total` with the printed rounding line.
* Deposits on bottles (statiegeld, no VAT) count in `amount`.
* Credit notes (`i08`) are printed with negative amounts and keyed negative
  (`document_type: credit_note`).
* `vendor_name`: the seller as printed, with its legal form when printed with it. When a page
  shows a trade name (brand / shop sign) and also the legal entity, the legal entity is keyed
  (e.g. `r10` Q-FUEL → Carburants Lemaire SRL, `r04`, `r09`, `r13`, `r14`). For the UK
  self-billing invoice (`i14`) the vendor is the **supplier**, although the customer printed it.
* `invoice_number`: the document's own number (receipt / ticket / bill / *documento* number for
  receipts); references to other documents (original invoice on a credit note, order numbers,
  ticket numbers of a parking entry) are not keyed.
* `due_date`: only when a date is printed; "30 días" or "payment on receipt" gives null.
* `line_items`: as printed; invoice lines are net, receipt lines are the printed (gross)
  amounts; discount lines are items with a negative amount and null quantity/unit price when
  the page prints none. Credit-note quantities are negative.
* `kind`: `pdf` (text layer), `scan` (PNG/JPG scans and image-only PDFs), `photo`.
* `locale` is the document's language and country (fr-BE, fr-LU, nl-BE, …).
"""


def write_readme(outdir: Path, results: list[dict]) -> None:
    lines = [README_HEAD, "## Mix\n"]
    kinds = ["pdf", "scan", "imgpdf", "photo"]
    lines.append("| | " + " | ".join(KIND_WORD[k] for k in kinds) + " | all |")
    lines.append("|---|" + "---:|" * (len(kinds) + 1))
    for lay, word in (("invoice", "invoices"), ("receipt", "receipts")):
        cnt = [
            sum(1 for x in results if x["how"] == k and x["truth"]["layout"] == lay) for k in kinds
        ]
        lines.append(f"| {word} | " + " | ".join(map(str, cnt)) + f" | {sum(cnt)} |")
    cnt = [sum(1 for x in results if x["how"] == k) for k in kinds]
    lines.append("| all | " + " | ".join(map(str, cnt)) + f" | {sum(cnt)} |")
    lines.append("")
    countries = sorted({x["country"] for x in results})
    lines.append("| country | " + " | ".join(countries) + " |")
    lines.append("|---|" + "---:|" * len(countries))
    for lay in ("invoice", "receipt"):
        lines.append(
            f"| {lay}s | "
            + " | ".join(
                str(sum(1 for x in results if x["country"] == c and x["truth"]["layout"] == lay))
                for c in countries
            )
            + " |"
        )
    lines.append("")
    lines.append(
        "Document types: "
        + ", ".join(
            f"{t} {sum(1 for x in results if x['truth']['document_type'] == t)}"
            for t in ("invoice", "receipt", "credit_note")
        )
        + "."
    )
    lines.append("")
    lines.append("## Documents\n")
    lines.append("| doc | kind | country | type | vendor | number | total | what is tricky |")
    lines.append("|---|---|---|---|---|---|---:|---|")
    for x in results:
        t = x["truth"]
        lines.append(
            f"| {x['name']}.{x['ext']} | {KIND_WORD[x['how']]} | {x['country']} | {x['label']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note'].replace('|', '/')} |"
        )
    (outdir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", help="render only this document (e.g. i03)")
    args = ap.parse_args(argv)
    outdir = Path(args.outdir)
    names = [args.only] if args.only else list(DOCS)
    for n in names:
        if n not in DOCS:
            ap.error(f"unknown document {n!r}")
    results = []
    for n in names:
        res = produce(n, outdir)
        results.append(res)
        t = res["truth"]
        print(
            f"{n}.{res['ext']:4} {t['kind']:5} {t['total']:>10} {t['currency']} {t['vendor_name']}"
        )
    if not args.only:
        write_readme(outdir, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
