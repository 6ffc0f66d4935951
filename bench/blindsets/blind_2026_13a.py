# ruff: noqa: E501
"""Blind evaluation set 13a: long and multi-part invoices and receipts.

Run from the repository root:
    python -m bench.blindsets.blind_2026_13a [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document name, so re-runs are
byte-identical. This module is self-contained (reportlab, pypdfium2, cv2, numpy, PIL).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import zlib
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

SET = "13a"
DEFAULT_OUT = Path("bench/blindsets/blind-2026-13a")
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

D = Decimal
D0 = D("0")
CENT = D("0.01")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


def q(x) -> Decimal:
    return D(x).quantize(CENT, ROUND_HALF_UP)


def rng_for(name: str) -> random.Random:
    return random.Random(zlib.crc32(name.encode()))


def nrng_for(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("img-" + name).encode()))


SEPS = {
    "de": (",", "."),
    "at": (",", "."),
    "nl": (",", "."),
    "be": (",", "."),
    "it": (",", "."),
    "es": (",", "."),
    "fr": (",", " "),
    "pl": (",", " "),
    "se": (",", " "),
    "ch": (".", "'"),
    "en": (".", ","),
    "ca": (",", " "),
}


def nf(v, loc="de", nd=2, trail=False, plus=False) -> str:
    """Format a Decimal with the locale's separators."""
    dec, th = SEPS[loc]
    v = D(v)
    neg = v < 0
    v = abs(v).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)
    s = f"{v:.{nd}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups) + (dec + fp if nd else "")
    if neg:
        return out + "-" if trail else "-" + out
    return ("+" + out) if plus else out


def ds(x) -> str:
    """Decimal as a plain string, at least two decimals."""
    x = D(x)
    if x.as_tuple().exponent < -2:
        return f"{x.normalize():f}"
    return f"{q(x):.2f}"


def qs(x) -> str:
    return f"{D(x).normalize():f}"


def money(rng: random.Random, lo: float, hi: float) -> Decimal:
    return q(D(str(round(rng.uniform(lo, hi), 2))))


# --------------------------------------------------------------------------- canvas


class Pg:
    """reportlab canvas wrapper that checks every text run for page bounds and overlap."""

    def __init__(self, out, size, title):
        self.c = rl_canvas.Canvas(out, pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.w, self.h = size
        self.runs: list = []
        self.page = 1

    def text(self, x, y, s, font="Helvetica", size=9.0, align="l", color=None):
        if s is None or s == "":
            return 0.0
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.22 * size, x0 + w, y + 0.78 * size)
        if box[0] < 2 or box[2] > self.w - 2 or box[1] < 2 or box[3] > self.h - 2:
            raise LayoutError(f"off page p{self.page}: {s!r} {box}")
        for b, t in self.runs:
            if (
                box[0] < b[2] - 0.4
                and b[0] < box[2] - 0.4
                and box[1] < b[3] - 0.4
                and b[1] < box[3] - 0.4
            ):
                raise LayoutError(f"overlap p{self.page}: {s!r} vs {t!r}")
        self.runs.append((box, s))
        self.c.setFont(font, size)
        if color:
            self.c.setFillColorRGB(*color)
        self.c.drawString(x0, y, s)
        if color:
            self.c.setFillColorRGB(0, 0, 0)
        return w

    def lines(self, x, y, rows, font="Helvetica", size=9.0, lead=None, align="l", color=None):
        lead = lead or size * 1.25
        for r in rows:
            self.text(x, y, r, font, size, align, color)
            y -= lead
        return y

    def rule(self, x0, y, x1, width=0.6, grey=0.0, dash=None):
        c = self.c
        c.setLineWidth(width)
        c.setStrokeColorRGB(grey, grey, grey)
        if dash:
            c.setDash(*dash)
        c.line(x0, y, x1, y)
        if dash:
            c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def box(self, x, y, w, h, fill=None, stroke=0.0, width=0.6):
        c = self.c
        c.setLineWidth(width)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(stroke, stroke, stroke)
        c.rect(x, y, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def next_page(self):
        self.c.showPage()
        self.runs = []
        self.page += 1

    def save(self):
        self.c.save()


def qrbox(pg: Pg, x, y, size, seed: int, n=25):
    """A QR-looking square (random modules + three finder patterns); x, y = lower left."""
    r = random.Random(seed)
    m = size / n
    c = pg.c
    c.setFillColorRGB(0, 0, 0)
    for i in range(n):
        for j in range(n):
            finder = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
            if not finder and r.random() < 0.48:
                c.rect(x + i * m, y + j * m, m, m, fill=1, stroke=0)
    for fx, fy in [(0, 0), (0, n - 7), (n - 7, 0)]:
        c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, fill=1, stroke=0)


def barcode(pg: Pg, x, y, w, h, seed: int):
    r = random.Random(seed)
    c = pg.c
    xx = x
    while xx < x + w - 3:
        bw = r.choice([0.6, 0.6, 1.2, 1.8])
        c.rect(xx, y, bw, h, fill=1, stroke=0)
        xx += bw + r.choice([0.6, 1.2, 1.8])


def render_doc(size, draw, title) -> bytes:
    """Two passes: the first counts pages so 'Page x of n' can be printed."""
    n = 0
    data = b""
    for _ in range(2):
        buf = io.BytesIO()
        pg = Pg(buf, size, title)
        draw(pg, n)
        pg.save()
        n = pg.page
        data = buf.getvalue()
    return data


def run_table(  # noqa: C901
    pg: Pg,
    rows,
    cols,
    *,
    y,
    bottom,
    font,
    bold,
    size,
    lead,
    desc_col,
    desc_w,
    famt,
    new_page,
    carry=None,
    totals_h=0.0,
    hdr_fill=None,
    hdr_color=None,
    zebra=None,
    row_gap=0.0,
):
    """Draw an item table with page breaks. rows: (cells, amount). Returns (y, running sum)."""
    xl = cols[0][1] - 3
    xr = cols[-1][1] + 3

    def header(y):
        if hdr_fill:
            pg.box(xl, y - 0.35 * size - 2, xr - xl, size * 1.25 + 3, fill=hdr_fill, stroke=None)
        for t, x, al in cols:
            pg.text(x, y, t, bold, size, al, hdr_color)
        if not hdr_fill:
            pg.rule(xl, y - 0.35 * size - 1.5, xr, 0.7)
        return y - lead * 1.6

    running = D0

    def brk(y):
        if carry:
            pg.rule(xl, y + lead * 0.55, xr, 0.4)
            pg.text(cols[desc_col][1], y - lead * 0.3, carry[0].format(p=pg.page), bold, size)
            pg.text(cols[-1][1], y - lead * 0.3, famt(running), bold, size, "r")
        y = new_page()
        if carry:
            pg.text(cols[desc_col][1], y, carry[1].format(p=pg.page - 1), bold, size)
            pg.text(cols[-1][1], y, famt(running), bold, size, "r")
            y -= lead * 1.8
        return header(y)

    y = header(y)
    split = [simpleSplit(cells[desc_col], font, size, desc_w) for cells, _ in rows]
    heights = [len(s) * lead + row_gap for s in split]
    reserve = lead * 2.2 if carry else 0
    for k, (cells, amt) in enumerate(rows):
        lines = split[k]
        h = heights[k]
        rest = sum(heights[k:])
        if y - h < bottom + reserve:
            y = brk(y)
        elif (
            pg.page > 0
            and 0 < len(rows) - k <= 4
            and y - rest >= bottom + reserve
            and y - rest - totals_h < bottom
        ):
            # keep a few rows with the totals so the last page is not totals-only
            y = brk(y)
        if zebra and k % 2 == 1:
            pg.box(xl, y - h + lead * 0.72 - row_gap / 2, xr - xl, h, fill=zebra, stroke=None)
        for j, (_t, x, al) in enumerate(cols):
            s = lines[0] if j == desc_col else cells[j]
            pg.text(x, y, s, font, size, al)
        for i, extra in enumerate(lines[1:], 1):
            pg.text(cols[desc_col][1], y - i * lead, extra, font, size)
        y -= h
        running += amt
    if y - totals_h < bottom:
        y = brk(y)
    return y, running


# --------------------------------------------------------------------------- receipts


class Roll:
    """Collects receipt lines top-down, then renders a page exactly as long as its content."""

    def __init__(self, width_mm, font="DVM", size=8.0, lead=1.28, margin_mm=3.5):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.f = font
        self.s = size
        self.lead = lead
        self.y = self.m + 4
        self.ops: list = []

    @property
    def R(self):
        return self.W - self.m

    def row(self, *cells, f=None, size=None, bold=False):
        f = f or self.f
        if bold:
            f = (
                f + "-B"
                if not f.startswith(("Helvetica", "Courier", "Times"))
                else {
                    "Helvetica": "Helvetica-Bold",
                    "Courier": "Courier-Bold",
                    "Times-Roman": "Times-Bold",
                }.get(f, f)
            )
        size = size or self.s
        base = self.y + 0.8 * size
        for text, x, al in cells:
            if text:
                self.ops.append(("t", x, base, text, f, size, al))
        self.y += size * self.lead

    def lr(self, left, right="", **kw):
        self.row((left, self.m, "l"), (right, self.R, "r"), **kw)

    def c(self, text, **kw):
        self.row((text, self.W / 2, "c"), **kw)

    def tl(self, text, **kw):
        self.row((text, self.m, "l"), **kw)

    def rule(self, dash=True, gap=3.0):
        self.ops.append(("hr", self.y + gap / 2, dash))
        self.y += gap + 1

    def gap(self, pts=4.0):
        self.y += pts

    def qr(self, size_mm=20, seed=1):
        s = size_mm * mm
        self.ops.append(("qr", (self.W - s) / 2, self.y, s, seed))
        self.y += s + 4

    def bars(self, h_mm=9, seed=1):
        h = h_mm * mm
        self.ops.append(("bar", self.m + 6, self.y, self.W - 2 * self.m - 12, h, seed))
        self.y += h + 4

    def logo(self, kind, text, size=16, f="DV-B"):
        self.ops.append(("logo", kind, self.y, text, size, f))
        self.y += size * 1.5 + 4

    def render(self, title) -> bytes:
        H = self.y + self.m
        buf = io.BytesIO()
        pg = Pg(buf, (self.W, H), title)
        for op in self.ops:
            if op[0] == "t":
                _, x, b, text, f, size, al = op
                pg.text(x, H - b, text, f, size, al)
            elif op[0] == "hr":
                pg.rule(self.m, H - op[1], self.R, 0.5, 0.1, (2, 2) if op[2] else None)
            elif op[0] == "qr":
                _, x, yt, s, seed = op
                qrbox(pg, x, H - yt - s, s, seed)
            elif op[0] == "bar":
                _, x, yt, w, h, seed = op
                barcode(pg, x, H - yt - h, w, h, seed)
            elif op[0] == "logo":
                _, kind, yt, text, size, f = op
                yb = H - yt - size * 1.2
                if kind == "box":
                    w = pdfmetrics.stringWidth(text, f, size) + 14
                    pg.box(
                        (self.W - w) / 2, yb - 4, w, size * 1.25 + 4, fill=(0, 0, 0), stroke=None
                    )
                    pg.text(self.W / 2, yb, text, f, size, "c", (1, 1, 1))
                elif kind == "circle":
                    pg.c.setLineWidth(1.4)
                    pg.c.circle(self.W / 2, yb + size * 0.35, size * 0.85, stroke=1, fill=0)
                    pg.text(self.W / 2, yb, text, f, size, "c")
                else:
                    pg.text(self.W / 2, yb, text, f, size, "c")
                    pg.rule(self.W / 2 - 20, yb - 4, self.W / 2 + 20, 1.5)
        pg.save()
        return buf.getvalue()


def incl_tax(lines, rates):
    """lines: iterable of (gross, code). rates: code -> Decimal percent. Returns {code: (gross, net, vat)}."""
    out = {}
    for code, rate in rates.items():
        g = sum((a for a, c in lines if c == code), D0)
        if g == 0 and not any(c == code for _, c in lines):
            continue
        v = q(g * rate / (100 + rate))
        out[code] = (g, g - v, v)
    return out


# --------------------------------------------------------------------------- degradation


def pdf_to_images(pdf: bytes, dpi: float):
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        pil = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
        out.append(np.array(pil))
    doc.close()
    return out


def scan_fx(
    img,
    rng,
    *,
    grey=True,
    skew=1.2,
    blur=0.6,
    noise=5.0,
    specks=40,
    fade=0.0,
    width=None,
    pad=24,
    tint=(250, 249, 245),
):
    img = img.astype(np.float32)
    if fade:
        h = img.shape[0]
        t = np.linspace(0, rng.uniform(3, 7), h) + rng.uniform(0, 6)
        f = 1 - fade * (0.55 + 0.45 * np.sin(t))
        f = f[:, None, None] * (1 - fade * 0.25 * rng.random((1, img.shape[1], 1)))
        img = 255 - (255 - img) * f
    img = img * (np.array(tint, np.float32) / 255.0)
    img = cv2.copyMakeBorder(img, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(238, 238, 236))
    H, W = img.shape[:2]
    M = cv2.getRotationMatrix2D((W / 2, H / 2), float(rng.uniform(-skew, skew)), 1.0)
    img = cv2.warpAffine(img, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(238, 238, 236))
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img = img + rng.normal(0, noise, img.shape).astype(np.float32)
    for _ in range(specks):
        x, y = int(rng.integers(0, W)), int(rng.integers(0, H))
        g = float(rng.uniform(40, 140))
        cv2.circle(img, (x, y), int(rng.integers(1, 3)), (g, g, g), -1)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if grey:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    if width:
        h = round(img.shape[0] * width / img.shape[1])
        img = cv2.resize(img, (width, h), interpolation=cv2.INTER_AREA)
    return img


def texture(rng, H, W):
    base = np.array(
        rng.choice([[120, 85, 55], [150, 110, 70], [95, 95, 100], [170, 160, 145], [60, 70, 80]]),
        np.float32,
    )
    low = cv2.resize(
        rng.normal(0, 1, (8, 8)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC
    )
    xs = np.linspace(0, rng.uniform(30, 60), W, dtype=np.float32)[None, :]
    grain = np.sin(xs + 3 * low) * 0.5 + 0.5
    fine = rng.normal(0, 1, (H, W)).astype(np.float32)
    v = 1 + 0.10 * low + 0.12 * grain + 0.04 * fine
    return base[None, None, :] * v[:, :, None]


def photo_fx(img, rng, *, long_side=2000, folds=0, tilt=3.5, quality=None, fill=0.86):
    doc = img.astype(np.float32)
    h, w = doc.shape[:2]
    for _ in range(folds):
        fy = int(rng.uniform(0.2, 0.8) * h)
        ys = np.arange(h, dtype=np.float32)[:, None, None]
        d = ys - fy
        shade = 1 - 0.10 * np.exp(-np.abs(d) / (h * 0.03)) * np.sign(d + 0.5) * 0.8
        doc = doc * shade
        doc[max(0, fy - 2) : fy + 2] *= 0.86
    if h >= w:
        H = long_side
        W = int(long_side * (0.72 if h / w < 2 else 0.56))
    else:
        W = long_side
        H = int(long_side * 0.72)
    s = min(fill * H / h, fill * W / w)
    dw, dh = w * s, h * s
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    a = np.deg2rad(rng.uniform(-tilt, tilt))
    ca, sa = np.cos(a), np.sin(a)
    pts = []
    for px, py in [(-dw / 2, -dh / 2), (dw / 2, -dh / 2), (dw / 2, dh / 2), (-dw / 2, dh / 2)]:
        jx, jy = rng.uniform(-0.025, 0.025) * dw, rng.uniform(-0.02, 0.02) * min(dw, dh)
        pts.append([cx + ca * (px + jx) - sa * (py + jy), cy + sa * (px + jx) + ca * (py + jy)])
    dst = np.array(pts, np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)[
        :, :, None
    ]
    bg = texture(rng, H, W)
    sh = cv2.GaussianBlur(np.roll(np.roll(mask[:, :, 0], 12, 0), 9, 1), (0, 0), 14)[:, :, None]
    bg = bg * (1 - 0.45 * sh)
    out = bg * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-0.18, 0.18), rng.uniform(-0.18, 0.18)
    light = 1.0 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    r2 = ((xx - rng.uniform(0.2, 0.8) * W) ** 2 + (yy - rng.uniform(0.2, 0.8) * H) ** 2) / (
        W * W + H * H
    )
    light = light * (1.04 - 0.35 * r2)
    out = out * light[:, :, None]
    poly = np.array(
        [[int(rng.uniform(0.6, 1.0) * W), H], [W, int(rng.uniform(0.5, 0.8) * H)], [W, H]], np.int32
    )
    shadow = np.zeros((H, W), np.float32)
    cv2.fillPoly(shadow, [poly], 1.0)
    shadow = cv2.GaussianBlur(shadow, (0, 0), 40)[:, :, None]
    out = out * (1 - 0.35 * shadow)
    out = cv2.GaussianBlur(out, (0, 0), 0.7) + rng.normal(0, 3.5, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    qual = quality or int(rng.integers(60, 81))
    ok, enc = cv2.imencode(
        ".jpg", cv2.cvtColor(out, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, qual]
    )
    assert ok
    return enc.tobytes()


def png_bytes(img) -> bytes:
    if img.ndim == 3:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    ok, enc = cv2.imencode(".png", img, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    assert ok
    return enc.tobytes()


def jpg_bytes(img, quality=85) -> bytes:
    if img.ndim == 3:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    ok, enc = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return enc.tobytes()


def image_pdf(pdf: bytes, name: str, dpi=170, **fx) -> bytes:
    """Degraded scan of every page, embedded as the only page content."""
    rng = nrng_for(name)
    src = pdfium.PdfDocument(pdf)
    sizes = [src[i].get_size() for i in range(len(src))]
    src.close()
    pages = pdf_to_images(pdf, dpi)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=sizes[0], invariant=1, pageCompression=1)
    c.setTitle("Scan")
    for (w, h), img in zip(sizes, pages, strict=False):
        c.setPageSize((w, h))
        im = scan_fx(img, rng, **fx)
        pil = Image.open(io.BytesIO(jpg_bytes(im, 70)))
        c.drawImage(ImageReader(pil), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def finish(name: str, pdf: bytes, kind: str, **fx):
    """Turn a born-digital PDF into the delivered file. Returns (ext, bytes)."""
    rng = nrng_for(name)
    if kind == "pdf":
        return ".pdf", pdf
    if kind == "imgpdf":
        return ".pdf", image_pdf(pdf, name, **fx)
    if kind == "scan":
        dpi = fx.pop("dpi", 200)
        fmt = fx.pop("fmt", "png")
        img = pdf_to_images(pdf, dpi)[0]
        im = scan_fx(img, rng, **fx)
        return (".png", png_bytes(im)) if fmt == "png" else (".jpg", jpg_bytes(im, 82))
    if kind == "photo":
        long_side = fx.pop("long_side", 2000)
        doc = pdfium.PdfDocument(pdf)
        w, h = doc[0].get_size()
        doc.close()
        dpi = long_side * 1.0 / (max(w, h) / 72)
        img = pdf_to_images(pdf, dpi)[0]
        return ".jpg", photo_fx(img, rng, long_side=long_side, **fx)
    raise ValueError(kind)


def truth(
    *,
    number,
    dt,
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
    tip=D0,
    rounding=D0,
):
    a = q(amount)
    v = None if vat is None else q(vat)
    t = q(total)
    assert a + (v or D0) + q(tip) + q(rounding) == t, (number, a, v, tip, rounding, t)
    return {
        "invoice_number": number,
        "invoice_date": dt.isoformat(),
        "due_date": due.isoformat() if due else None,
        "vendor_name": vendor,
        "amount": f"{a:.2f}",
        "vat": None if v is None else f"{v:.2f}",
        "total": f"{t:.2f}",
        "currency": cur,
        "locale": loc,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {
                "description": d,
                "quantity": None if qq is None else qs(qq),
                "unit_price": None if u is None else ds(u),
                "amount": ds(am),
            }
            for d, qq, u, am in items
        ],
        "note": note,
        "kind": kind,
    }


# =========================================================================== invoices

DE_CITIES = [
    "München",
    "Würzburg",
    "Nürnberg",
    "Stuttgart",
    "Köln",
    "Leipzig",
    "Hannover",
    "Bremen",
    "Dortmund",
    "Kassel",
    "Erfurt",
    "Mannheim",
    "Regensburg",
    "Augsburg",
]


def i01(name):
    """DE freight invoice, 3 pages, Übertrag, totals on last page only."""
    rng = rng_for(name)
    vendor = "Kranich Logistik GmbH & Co. KG"
    num = "KL-26-04187"
    dt, due = date(2026, 4, 30), date(2026, 5, 30)
    rows, items = [], []
    pos = 0
    for k in range(44):
        pos += 1
        d = date(2026, 4, 1 + (k * 29) // 44)
        city = rng.choice(DE_CITIES)
        pal = rng.randint(1, 6)
        kg = pal * rng.randint(180, 420)
        rate = D(rng.choice(["48.50", "52.00", "57.80", "61.20", "66.90"]))
        desc = f"Stückgut Hamburg – {city}, Sdg. 2604-{rng.randint(10000, 99999)}, {pal} EPal, {nf(kg, 'de', 0)} kg"
        amt = q(pal * rate)
        rows.append(
            ([str(pos), d.strftime("%d.%m."), desc, str(pal), "Pal.", nf(rate), nf(amt)], amt)
        )
        items.append((desc, D(pal), rate, amt))
        if rng.random() < 0.22:
            pos += 1
            extra, price = rng.choice(
                [
                    ("Avisierung telefonisch", D("9.50")),
                    ("Hebebühnenzustellung", D("35.00")),
                    ("Wartezeit Entladestelle je 15 Min.", D("12.00")),
                    ("Palettentausch EPal", D("14.00")),
                ]
            )
            qty = rng.randint(1, 3) if "Wartezeit" in extra or "Paletten" in extra else 1
            amt = q(qty * price)
            rows.append(
                ([str(pos), d.strftime("%d.%m."), extra, str(qty), "Stk.", nf(price), nf(amt)], amt)
            )
            items.append((extra, D(qty), price, amt))
    fracht = sum((a for _, a in rows), D0)
    pos += 1
    diesel = q(fracht * D("0.115"))
    rows.append(
        (
            [
                str(pos),
                "",
                f"Dieselzuschlag 11,5 % auf Frachtsumme {nf(fracht)} €",
                "1",
                "psch.",
                nf(diesel),
                nf(diesel),
            ],
            diesel,
        )
    )
    items.append(("Dieselzuschlag 11,5 %", D(1), diesel, diesel))
    pos += 1
    maut = money(rng, 180, 260)
    rows.append(
        ([str(pos), "", "Mautkostenanteil April 2026", "1", "psch.", nf(maut), nf(maut)], maut)
    )
    items.append(("Mautkostenanteil April 2026", D(1), maut, maut))
    net = sum((a for _, a in rows), D0)
    vat = q(net * D("0.19"))
    total = net + vat
    F, FB = "DV", "DV-B"

    def draw(pg, n):
        L, R = 22 * mm, pg.w - 18 * mm

        def footer(p):
            pg.rule(L, 26 * mm, R, 0.4, 0.5)
            pg.lines(
                L,
                22 * mm,
                [
                    "Kranich Logistik GmbH & Co. KG · Billwerder Ring 14 · 21035 Hamburg",
                    "AG Hamburg HRA 118204 · pers. haft. Ges.: Kranich Verwaltungs GmbH",
                ],
                F,
                6.5,
                8.5,
            )
            pg.lines(
                R,
                22 * mm,
                [
                    "Hamburger Sparkasse · IBAN DE44 2005 0550 1234 5678 90",
                    "BIC HASPDEHHXXX · USt-IdNr. DE287514396",
                ],
                F,
                6.5,
                8.5,
                "r",
            )
            pg.text(R, 12 * mm, f"Seite {p} von {n or 9}", F, 7.5, "r")

        def head(p):
            if p == 1:
                pg.c.setFillColorRGB(0.05, 0.25, 0.45)
                pg.c.rect(L, pg.h - 32 * mm, 9 * mm, 14 * mm, fill=1, stroke=0)
                pg.c.setFillColorRGB(0, 0, 0)
                pg.text(L + 12 * mm, pg.h - 25 * mm, "KRANICH", FB, 22, color=(0.05, 0.25, 0.45))
                pg.text(L + 12 * mm, pg.h - 31 * mm, "LOGISTIK · SPEDITION · LAGER", F, 7)
                pg.text(
                    L,
                    pg.h - 45 * mm,
                    "Kranich Logistik GmbH & Co. KG · Billwerder Ring 14 · 21035 Hamburg",
                    F,
                    6.5,
                )
                pg.rule(L, pg.h - 46.5 * mm, L + 85 * mm, 0.3)
                pg.lines(
                    L,
                    pg.h - 52 * mm,
                    [
                        "Möbelhaus Ritter GmbH",
                        "Kreditorenbuchhaltung",
                        "Industriestraße 7",
                        "97080 Würzburg",
                    ],
                    F,
                    10,
                    13,
                )
                y = pg.h - 52 * mm
                for a, b in [
                    ("Rechnungsnummer", num),
                    ("Rechnungsdatum", dt.strftime("%d.%m.%Y")),
                    ("Kundennummer", "40217"),
                    ("Leistungszeitraum", "01.04.–30.04.2026"),
                    ("Ihr Ansprechpartner", "S. Brüggemann"),
                ]:
                    pg.text(R - 78 * mm, y, a + ":", F, 8.5)
                    pg.text(R, y, b, FB if a == "Rechnungsnummer" else F, 8.5, "r")
                    y -= 12
                pg.text(L, pg.h - 92 * mm, "Rechnung", FB, 16)
                pg.text(
                    L,
                    pg.h - 100 * mm,
                    "Für die im April 2026 ausgeführten Transporte berechnen wir Ihnen:",
                    F,
                    9,
                )
                return pg.h - 110 * mm
            pg.text(L, pg.h - 18 * mm, "KRANICH LOGISTIK", FB, 11, color=(0.05, 0.25, 0.45))
            pg.text(R, pg.h - 18 * mm, f"Rechnung {num} vom {dt.strftime('%d.%m.%Y')}", F, 8.5, "r")
            pg.rule(L, pg.h - 21 * mm, R, 0.4)
            return pg.h - 30 * mm

        def newp():
            footer(pg.page)
            pg.next_page()
            return head(pg.page)

        cols = [
            ("Pos.", L, "l"),
            ("Datum", L + 10 * mm, "l"),
            ("Leistung", L + 24 * mm, "l"),
            ("Menge", L + 113 * mm, "r"),
            ("ME", L + 115 * mm, "l"),
            ("EP €", L + 143 * mm, "r"),
            ("Betrag €", R, "r"),
        ]
        y, _ = run_table(
            pg,
            rows,
            cols,
            y=head(1),
            bottom=34 * mm,
            font=F,
            bold=FB,
            size=8,
            lead=10.5,
            desc_col=2,
            desc_w=76 * mm,
            famt=nf,
            new_page=newp,
            carry=("Übertrag", "Übertrag von Seite {p}"),
            totals_h=70 * mm,
            row_gap=2.5,
        )
        y -= 4
        pg.rule(L + 95 * mm, y, R, 0.6)
        y -= 12
        for a, b, f in [
            ("Summe netto", nf(net), F),
            ("zzgl. 19 % USt.", nf(vat), F),
            ("Rechnungsbetrag EUR", nf(total), FB),
        ]:
            pg.text(L + 95 * mm, y, a, f, 9.5)
            pg.text(R, y, b, f, 9.5, "r")
            y -= 14
        pg.rule(L + 95 * mm, y + 9, R, 0.6)
        pg.rule(L + 95 * mm, y + 7.5, R, 0.6)
        y -= 10
        pg.lines(
            L,
            y,
            [
                f"Zahlbar bis {due.strftime('%d.%m.%Y')} ohne Abzug auf das unten genannte Konto.",
                f"Bitte geben Sie bei Zahlung die Rechnungsnummer {num} an.",
                "Es gelten die ADSp 2017 in der jeweils aktuellen Fassung.",
            ],
            F,
            8.5,
            11.5,
        )
        footer(pg.page)

    pdf = render_doc(A4, draw, f"Rechnung {num}")
    t = truth(
        number=num,
        dt=dt,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="3-page freight invoice; 'Übertrag' subtotals at page breaks, totals only on page 3; header only small on pages 2-3",
        kind="pdf",
    )
    return (
        pdf,
        "pdf",
        {},
        t,
        ("DE", vendor, "3-page freight invoice, Übertrag at page breaks, totals on last page"),
    )


def std_invoice(cfg) -> bytes:  # noqa: C901
    """Configurable invoice page layout used by i02..i16 (each passes its own design)."""
    F, FB = cfg["fonts"]
    size = cfg.get("size", A4)
    fs = cfg.get("fs", 8.5)
    accent = cfg.get("accent", (0.1, 0.1, 0.1))
    seed = cfg.get("seed", 1)

    def draw(pg, n):  # noqa: C901
        L, R = cfg.get("margins", (20 * mm, 18 * mm))
        R = pg.w - R
        top = pg.h - cfg.get("top", 18 * mm)

        def footer(p):
            fl, fr = cfg.get("footer", ([], []))
            fy = cfg.get("footer_y", 24 * mm)
            pg.rule(L, fy + 4.5 * mm, R, 0.4, 0.55)
            pg.lines(L, fy, fl, F, 6.5, 8.2)
            pg.lines(R, fy, fr, F, 6.5, 8.2, "r")
            if cfg.get("pagefmt"):
                pgx = {"r": R, "c": (L + R) / 2, "l": L}[cfg.get("page_pos", "r")]
                pg.text(
                    pgx,
                    10 * mm,
                    cfg["pagefmt"].format(p=p, n=n or 9),
                    F,
                    7.5,
                    cfg.get("page_pos", "r"),
                )

        def logo():
            kind = cfg.get("logo", "word")
            x, y = (L, top - 8 * mm)
            t = cfg["brand"]
            if kind == "circle":
                pg.c.setFillColorRGB(*accent)
                pg.c.circle(x + 7 * mm, y + 2.5 * mm, 7 * mm, fill=1, stroke=0)
                pg.text(x + 7 * mm, y, t[0], FB, 18, "c", (1, 1, 1))
                pg.text(x + 17 * mm, y, t, FB, 17, color=accent)
            elif kind == "bar":
                pg.box(0, top + 7 * mm, pg.w, 3 * mm, fill=accent, stroke=None)
                pg.text(x, y - 2 * mm, t, FB, 20, color=accent)
            elif kind == "tri":
                c = pg.c
                c.setFillColorRGB(*accent)
                p = c.beginPath()
                p.moveTo(x, y - 3 * mm)
                p.lineTo(x + 12 * mm, y - 3 * mm)
                p.lineTo(x + 6 * mm, y + 8 * mm)
                p.close()
                c.drawPath(p, fill=1, stroke=0)
                pg.text(x + 15 * mm, y, t, FB, 18, color=accent)
            elif kind == "serif":
                pg.text(x, y, t, "Times-Bold", 24, color=accent)
                pg.rule(x, y - 3 * mm, x + 60 * mm, 1.2)
            else:
                pg.text(x, y, t, FB, 22, color=accent)
            if cfg.get("tagline"):
                pg.text(
                    x + {"circle": 17 * mm, "tri": 15 * mm}.get(kind, 0),
                    y - 6 * mm,
                    cfg["tagline"],
                    F,
                    7,
                )

        def head(p):
            if p == 1 or cfg.get("repeat_header"):
                logo()
                pg.lines(R, top - 2 * mm, cfg["vendor_lines"], F, 7.5, 9.5, "r")
                y = top - 40 * mm
                if cfg.get("sender_line"):
                    pg.text(L, y + 6 * mm, cfg["sender_line"], F, 6.2)
                    pg.rule(L, y + 5 * mm, L + 85 * mm, 0.3)
                pg.lines(L, y, cfg["customer"], F, 9.5, 12)
                my = y
                for a, b in cfg["meta"]:
                    pg.text(R - 72 * mm, my, a, F, 8.2)
                    pg.text(R, my, b, FB if a == cfg["meta"][0][0] else F, 8.2, "r")
                    my -= 11
                ty = min(y - 12 * len(cfg["customer"]), my) - 9 * mm
                pg.text(
                    L,
                    ty,
                    cfg["title"] if p == 1 else cfg.get("title_cont", cfg["title"]),
                    FB,
                    15,
                    color=accent,
                )
                ty -= 7 * mm
                if p == 1:
                    for line in cfg.get("intro", []):
                        pg.text(L, ty, line, F, 8.8)
                        ty -= 11
                return ty - 4 * mm
            pg.text(L, pg.h - 16 * mm, cfg["brand"], FB, 11, color=accent)
            pg.text(R, pg.h - 16 * mm, cfg["cont_line"], F, 8.2, "r")
            pg.rule(L, pg.h - 19 * mm, R, 0.4)
            return pg.h - 28 * mm

        def newp():
            footer(pg.page)
            pg.next_page()
            return head(pg.page)

        cols = [(t, L + x if x >= 0 else R + x, al) for t, x, al in cfg["cols"]]
        y, _ = run_table(
            pg,
            cfg["rows"],
            cols,
            y=head(1),
            bottom=cfg.get("bottom", 36 * mm),
            font=F,
            bold=FB,
            size=fs,
            lead=fs * 1.3,
            desc_col=cfg.get("desc_col", 1),
            desc_w=cfg["desc_w"],
            famt=cfg["famt"],
            new_page=newp,
            carry=cfg.get("carry"),
            totals_h=cfg.get("totals_h", 60 * mm),
            hdr_fill=cfg.get("hdr_fill"),
            hdr_color=cfg.get("hdr_color"),
            zebra=cfg.get("zebra"),
            row_gap=cfg.get("row_gap", 1.5),
        )
        y -= 6
        xt = R - cfg.get("tot_w", 80 * mm)
        if cfg.get("vat_table"):
            vh, vrows = cfg["vat_table"]
            vx = [L, L + 22 * mm, L + 48 * mm, L + 72 * mm][: len(vh)]
            vy = y - 12
            pg.text(L, y, cfg.get("vat_title", ""), FB, 8)
            for j, hname in enumerate(vh):
                pg.text(
                    vx[j] + (0 if j == 0 else 20 * mm), vy, hname, FB, 7.8, "l" if j == 0 else "r"
                )
            pg.rule(L, vy - 3, vx[-1] + 21 * mm, 0.4)
            vy -= 11
            for r in vrows:
                for j, cell in enumerate(r):
                    pg.text(
                        vx[j] + (0 if j == 0 else 20 * mm), vy, cell, F, 7.8, "l" if j == 0 else "r"
                    )
                vy -= 10
            xt = max(xt, vx[-1] + 26 * mm)
        ty = y
        for lab, val, bold in cfg["totals"]:
            if lab == "-":
                pg.rule(xt, ty + 8, R, 0.6)
                ty -= 3
                continue
            pg.text(xt, ty, lab, FB if bold else F, 9 if bold else 8.5)
            pg.text(R, ty, val, FB if bold else F, 9 if bold else 8.5, "r")
            ty -= 12.5
        y = min(ty, (vy if cfg.get("vat_table") else ty)) - 6 * mm
        for line in cfg.get("after", []):
            pg.text(L, y, line, F, 8.2)
            y -= 10.5
        if cfg.get("qr"):
            qrbox(pg, R - 24 * mm, y - 20 * mm, 22 * mm, seed)
            pg.text(R - 26 * mm, y - 12 * mm, cfg["qr"], F, 7, "r")
        footer(pg.page)

    return render_doc(size, draw, cfg["title"])


def vat_rows(lines, rates, loc):
    """lines: (net, code); returns per-rate (net, vat) with vat rounded per rate, and table rows."""
    per, rows = {}, []
    for code, r in rates.items():
        base = sum((a for a, c in lines if c == code), D0)
        if not any(c == code for _, c in lines):
            continue
        v = q(base * r / 100)
        per[code] = (base, v)
        rows.append(
            [
                f"{nf(r, loc, 1 if r != r.to_integral() else 0)} %",
                nf(base, loc),
                nf(v, loc),
                nf(base + v, loc),
            ]
        )
    return per, rows


def lines_from(rng, catalog, n, loc, qty_range=(1, 10), codes=None, units=None):
    """catalog entries: (desc, unit, lo, hi[, code]). Returns list of (desc, qty, unit_price, amount, unit, code)."""
    out = []
    seq = []
    while len(seq) < n:
        seq += rng.sample(catalog, len(catalog))
    for e in seq[:n]:
        qty = (
            D(rng.randint(*qty_range))
            if e[1] not in ("h", "m²", "m", "kg", "m³", "lfm")
            else q(D(str(round(rng.uniform(1, 60), 1))))
        )
        if e[1] in ("m³", "t"):
            qty = q(D(str(round(rng.uniform(1, 9), 1))))
        if e[1] in ("psch.", "forfait", "lump sum", "a corpo", "ryczałt"):
            qty = D(1)
        price = money(rng, e[2], e[3])
        out.append((e[0], qty, price, q(qty * price), e[1], e[4] if len(e) > 4 else "A"))
    return out


FR_TRAVAUX = [
    ("Dépose et évacuation carrelage existant", "m²", 14, 24, "10"),
    ("Ragréage fibré sol", "m²", 11, 18, "10"),
    ("Fourniture et pose carrelage grès cérame 60x60", "m²", 48, 72, "10"),
    ("Plinthes assorties", "ml", 9, 14, "10"),
    ("Saignées et rebouchage murs", "ml", 18, 30, "10"),
    ("Main d'oeuvre plombier", "h", 48, 58, "10"),
    ("Main d'oeuvre électricien", "h", 46, 55, "10"),
    ("Fourniture tableau électrique pré-équipé", "u", 380, 520, "20"),
    ("Pose de prises et interrupteurs", "u", 28, 42, "10"),
    ("Peinture murs 2 couches acrylique mat", "m²", 16, 24, "10"),
    ("Enduit de lissage plafond", "m²", 12, 19, "10"),
    ("Fourniture porte intérieure postformée", "u", 160, 240, "20"),
    ("Pose bloc-porte", "u", 120, 180, "10"),
    ("Location benne 8 m³", "forfait", 290, 360, "20"),
    ("Protection chantier et nettoyage", "forfait", 150, 260, "10"),
    ("Fourniture receveur de douche extra-plat", "u", 240, 330, "20"),
    ("Pose paroi de douche", "u", 140, 210, "10"),
]


def i02(name):
    """FR construction invoice, 2 pages, 10 % + 20 % TVA, acompte deducted."""
    rng = rng_for(name)
    vendor = "Rénov'Est Bâtiment SARL"
    num = "FA-2026-0312"
    dt, due = date(2026, 3, 18), date(2026, 4, 17)
    rows, items, lines = [], [], []
    for k, (d, qty, pu, amt, u, code) in enumerate(lines_from(rng, FR_TRAVAUX, 36, "fr")):
        u = "ml" if u == "ml" else u
        rows.append(
            (
                [
                    f"{k + 1:02d}",
                    d,
                    u,
                    nf(qty, "fr", 2 if u in ("m²", "ml", "h") else 0),
                    nf(pu, "fr"),
                    code + " %",
                    nf(amt, "fr"),
                ],
                amt,
            )
        )
        items.append((d, qty, pu, amt))
        lines.append((amt, code))
    per, vrows = vat_rows(lines, {"10": D(10), "20": D(20)}, "fr")
    net = sum((a for a, _ in lines), D0)
    vat = sum((v for _, v in per.values()), D0)
    total = net + vat
    acompte = q(total * D("0.30"))
    cfg = {
        "rows": rows,
        "fonts": ("Helvetica", "Helvetica-Bold"),
        "fs": 8,
        "accent": (0.72, 0.2, 0.1),
        "logo": "tri",
        "brand": "RÉNOV'EST",
        "tagline": "Rénovation · Maçonnerie · Second oeuvre",
        "seed": 2,
        "vendor_lines": [
            "Rénov'Est Bâtiment SARL",
            "14 rue des Tanneurs",
            "54000 Nancy",
            "Tél. 03 83 41 27 90",
            "contact@renovest-batiment.fr",
        ],
        "sender_line": "Rénov'Est Bâtiment SARL – 14 rue des Tanneurs – 54000 Nancy",
        "customer": [
            "M. et Mme Laurent Petitjean",
            "8 allée des Acacias",
            "54500 Vandoeuvre-lès-Nancy",
        ],
        "meta": [
            ("Facture n°", num),
            ("Date", dt.strftime("%d/%m/%Y")),
            ("Chantier", "Rénovation RDC"),
            ("Devis accepté", "DE-2025-1188"),
            ("Échéance", due.strftime("%d/%m/%Y")),
        ],
        "title": "FACTURE",
        "intro": [
            "Travaux de rénovation réalisés au 8 allée des Acacias (taux réduit 10 % – attestation simplifiée jointe)."
        ],
        "cols": [
            ("N°", 0, "l"),
            ("Désignation", 8 * mm, "l"),
            ("U", 88 * mm, "l"),
            ("Qté", 106 * mm, "r"),
            ("PU HT", 124 * mm, "r"),
            ("TVA", 137 * mm, "r"),
            ("Montant HT", -0.5, "r"),
        ],
        "desc_w": 78 * mm,
        "famt": lambda v: nf(v, "fr"),
        "carry": ("A reporter", "Report"),
        "pagefmt": "Page {p}/{n}",
        "page_pos": "c",
        "vat_table": (["Taux", "Base HT", "TVA", "TTC"], vrows),
        "vat_title": "Récapitulatif TVA",
        "totals": [
            ("Total HT", nf(net, "fr"), False),
            ("Total TVA", nf(vat, "fr"), False),
            ("Total TTC", nf(total, "fr") + " €", True),
            ("Acompte versé le 05/01/2026", "-" + nf(acompte, "fr"), False),
            ("-", "", False),
            ("NET À PAYER", nf(total - acompte, "fr") + " €", True),
        ],
        "tot_w": 72 * mm,
        "totals_h": 62 * mm,
        "cont_line": f"Facture {num} (suite)",
        "after": [
            "Paiement par virement à réception. Pénalités de retard : 3 fois le taux d'intérêt légal.",
            "Indemnité forfaitaire pour frais de recouvrement : 40 €. Pas d'escompte pour paiement anticipé.",
        ],
        "footer": (
            [
                "SARL au capital de 20 000 € – RCS Nancy 812 447 903 – SIRET 812 447 903 00024",
                "N° TVA FR 41 812447903 – Assurance décennale MAAF n° 145 882 771",
            ],
            ["Crédit Mutuel Nancy Centre", "IBAN FR76 1027 8040 0000 0214 5780 142 – BIC CMCIFR2A"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=f"2 pages with 'A reporter'/'Report'; TVA 10 % and 20 % with recap table; acompte {acompte} deducted, total = TTC, net à payer smaller",
        kind="pdf",
    )
    return (
        pdf,
        "pdf",
        {},
        t,
        ("FR", vendor, "2 pages, A reporter/Report, two TVA rates, acompte deducted (total = TTC)"),
    )


def i03(name):
    """GB hotel folio, prices incl. 20 % VAT, payments, balance 0.00."""
    rng = rng_for(name)
    vendor = "The Harrowgate Spa Hotel Ltd"
    num = "F-118734"
    arr = date(2026, 2, 9)
    nights = 4
    rows, items, gross = [], [], D0
    rate = D("164.00")
    for k in range(nights):
        d = arr + timedelta(days=k)
        for desc, price in [("Accommodation - Deluxe Double", rate), ("Breakfast x2", D("36.00"))]:
            rows.append(([d.strftime("%d/%m/%y"), desc, "201", f"{price:.2f}", ""], price))
            items.append((desc, D(1), price, price))
            gross += price
        for desc, lo, hi in [
            ("Restaurant - Dinner", 48, 96),
            ("Bar - Lounge", 9, 34),
            ("Car Park", 15, 15),
            ("Spa - Treatment", 55, 80),
            ("Room Service", 18, 32),
        ]:
            if rng.random() < (0.6 if "Car" in desc else 0.35):
                price = money(rng, lo, hi)
                rows.append(([d.strftime("%d/%m/%y"), desc, "201", f"{price:.2f}", ""], price))
                items.append((desc, D(1), price, price))
                gross += price
    dep = arr + timedelta(days=nights)
    vat = q(gross / 6)
    net = gross - vat
    rows.append(
        ([dep.strftime("%d/%m/%y"), "Payment - Visa ****4417 (deposit)", "", "", "150.00"], D0)
    )
    rows.append(
        ([dep.strftime("%d/%m/%y"), "Payment - Visa ****4417", "", "", f"{gross - 150:.2f}"], D0)
    )
    cfg = {
        "rows": rows,
        "fonts": ("Times-Roman", "Times-Bold"),
        "fs": 8.8,
        "accent": (0.2, 0.25, 0.35),
        "logo": "serif",
        "brand": "The Harrowgate",
        "tagline": "SPA HOTEL · HARROGATE",
        "seed": 3,
        "vendor_lines": [
            "The Harrowgate Spa Hotel Ltd",
            "21 Swan Road",
            "Harrogate HG1 2SS",
            "+44 1423 502 118",
            "VAT Reg No. GB 274 1188 52",
        ],
        "customer": [
            "Mr Daniel Okafor",
            "Okafor & Webb Consulting",
            "3 Canal Wharf",
            "Leeds LS11 5PS",
        ],
        "meta": [
            ("Folio No.", num),
            ("Room", "201"),
            ("Arrival", arr.strftime("%d %b %Y")),
            ("Departure", dep.strftime("%d %b %Y")),
            ("Guests", "2"),
            ("Cashier", "HOLLY"),
        ],
        "title": "GUEST FOLIO / TAX INVOICE",
        "cols": [
            ("Date", 0, "l"),
            ("Description", 22 * mm, "l"),
            ("Room", 100 * mm, "l"),
            ("Charges £", 140 * mm, "r"),
            ("Credits £", -0.5, "r"),
        ],
        "desc_col": 1,
        "desc_w": 75 * mm,
        "famt": lambda v: f"{v:,.2f}",
        "totals_h": 50 * mm,
        "row_gap": 1,
        "totals": [
            ("Total Charges", f"{gross:,.2f}", True),
            ("Total Credits", f"{gross:,.2f}", False),
            ("Balance Due", "0.00", True),
            ("-", "", False),
            ("Net of VAT", f"{net:,.2f}", False),
            ("VAT @ 20% (included)", f"{vat:,.2f}", False),
        ],
        "tot_w": 70 * mm,
        "cont_line": num,
        "after": [
            "All charges are shown inclusive of VAT at the standard rate.",
            "Thank you for staying with us - we look forward to welcoming you back.",
        ],
        "footer": (
            ["The Harrowgate Spa Hotel Ltd · Registered in England No. 04418207"],
            ["Registered office: 21 Swan Road, Harrogate HG1 2SS"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dep,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=gross,
        cur="GBP",
        loc="en-GB",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="hotel folio: daily charges incl. VAT, two payment lines in a credits column, balance 0.00; total = total charges; date = departure/folio date",
        kind="scan",
    )
    return (
        pdf,
        "scan",
        {"dpi": 200, "grey": True, "skew": 1.5, "blur": 0.7, "noise": 6},
        t,
        ("GB", vendor, "hotel folio, VAT included, payments in credits column, balance 0.00"),
    )


def i04(name):
    """NL SaaS subscription invoice with pro-rata lines, 21 % BTW."""
    rng = rng_for(name)
    vendor = "Wolkwerk B.V."
    num = "WW-2026-004417"
    dt, due = date(2026, 3, 1), date(2026, 3, 15)
    seats_old, seats_new = 18, 25
    rows, items = [], []

    def add(desc, qty, pu):
        amt = q(qty * pu)
        rows.append(([desc, qs(qty), nf(pu, "nl"), nf(amt, "nl")], amt))
        items.append((desc, qty, pu, amt))

    add(
        "Wolkwerk Business – licentie per gebruiker, maart 2026 (01-03 t/m 31-03)",
        D(seats_new),
        D("14.50"),
    )
    add("Pro rata: 7 extra gebruikers 12-02 t/m 28-02 (17/28 dagen)", D(7), q(D("14.50") * 17 / 28))
    add(
        "Pro rata creditering: Team-pakket 12-02 t/m 28-02 (17/28 dagen)",
        D(1),
        -q(D("89.00") * 17 / 28),
    )
    add(
        "Pro rata: Business-basispakket 12-02 t/m 28-02 (17/28 dagen)",
        D(1),
        q(D("149.00") * 17 / 28),
    )
    add("Business-basispakket, maart 2026", D(1), D("149.00"))
    add("Extra opslag 500 GB (blokken van 100 GB)", D(5), D("4.00"))
    add("Telefonische support Plus, maart 2026", D(1), D("39.00"))
    add(
        f"Gebruik API-aanroepen boven bundel ({rng.randint(12, 40)}.000 extra)",
        D(rng.randint(12, 40)),
        D("0.80"),
    )
    add("Eenmalige korting migratie (code WW-MIGR26)", D(1), D("-50.00"))
    net = sum((a for _, a in rows), D0)
    vat = q(net * D("0.21"))
    total = net + vat
    del seats_old
    cfg = {
        "rows": rows,
        "fonts": ("DV", "DV-B"),
        "fs": 8.2,
        "accent": (0.1, 0.45, 0.55),
        "logo": "circle",
        "brand": "wolkwerk",
        "seed": 4,
        "vendor_lines": [
            "Wolkwerk B.V.",
            "Catharijnesingel 52",
            "3511 GC Utrecht",
            "KvK 71844210",
            "BTW NL858231499B01",
        ],
        "customer": [
            "Van Dijk Installatietechniek B.V.",
            "t.a.v. crediteurenadministratie",
            "Edisonweg 14",
            "3442 AC Woerden",
        ],
        "meta": [
            ("Factuurnummer", num),
            ("Factuurdatum", dt.strftime("%d-%m-%Y")),
            ("Vervaldatum", due.strftime("%d-%m-%Y")),
            ("Klantnummer", "C-20931"),
            ("Abonnement", "Business (maandelijks)"),
        ],
        "title": "Factuur",
        "intro": [
            f"Op 12-02-2026 is uw abonnement gewijzigd van Team ({seats_new - 7} gebruikers) naar Business ({seats_new} gebruikers)."
        ],
        "cols": [
            ("Omschrijving", 0, "l"),
            ("Aantal", 118 * mm, "r"),
            ("Prijs", 145 * mm, "r"),
            ("Bedrag", -0.5, "r"),
        ],
        "desc_col": 0,
        "desc_w": 100 * mm,
        "famt": lambda v: nf(v, "nl"),
        "hdr_fill": (0.1, 0.45, 0.55),
        "hdr_color": (1, 1, 1),
        "zebra": (0.93, 0.96, 0.97),
        "row_gap": 3,
        "totals": [
            ("Subtotaal excl. btw", "€ " + nf(net, "nl"), False),
            ("Btw 21%", "€ " + nf(vat, "nl"), False),
            ("-", "", False),
            ("Totaal incl. btw", "€ " + nf(total, "nl"), True),
        ],
        "tot_w": 75 * mm,
        "totals_h": 50 * mm,
        "cont_line": num,
        "after": [
            f"Het totaalbedrag wordt rond {due.strftime('%d-%m-%Y')} automatisch afgeschreven van NL91 ABNA 0417 1643 00.",
            "Vragen over deze factuur? billing@wolkwerk.nl",
        ],
        "footer": (
            ["Wolkwerk B.V. · Catharijnesingel 52 · 3511 GC Utrecht · KvK 71844210"],
            ["ING NL20 INGB 0006 5432 10 · BTW NL858231499B01"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="subscription invoice with pro-rata charge and pro-rata credit lines (negative) and a discount line",
        kind="pdf",
    )
    return (
        pdf,
        "pdf",
        {},
        t,
        ("NL", vendor, "subscription with pro-rata charges and credits, negative lines"),
    )


def simple_rows(lines, loc, cols_fn):
    rows, items = [], []
    for ln in lines:
        rows.append((cols_fn(ln), ln[3]))
        items.append((ln[0], ln[1], ln[2], ln[3]))
    return rows, items


def i05(name):
    """CH catering invoice, MWST 2.6 % and 8.1 %, apostrophe thousands, 5-Rappen rounding, QR-bill box."""
    rng = rng_for(name)
    vendor = "Catering Lindenhof GmbH"
    num = "RE-26-0588"
    dt, due = date(2026, 5, 22), date(2026, 6, 21)
    cat = [
        ("Apéro riche, pro Person", "Pers.", 18, 26, "2"),
        ("Flying Dinner 6 Gänge, pro Person", "Pers.", 54, 72, "2"),
        ("Dessertbuffet", "Pers.", 12, 16, "2"),
        ("Mineralwasser 1 l", "Fl.", 4.2, 5.5, "2"),
        ("Wein Riesling-Silvaner AOC 75 cl", "Fl.", 28, 39, "8"),
        ("Bier Lager 33 cl", "Fl.", 3.9, 4.9, "8"),
        ("Servicepersonal", "h", 48, 58, "8"),
        ("Koch vor Ort", "h", 62, 75, "8"),
        ("Mietgeschirr und Gläser", "psch.", 180, 320, "8"),
        ("Stehtische inkl. Husse", "Stk.", 14, 19, "8"),
        ("Anlieferung und Abholung", "psch.", 95, 140, "8"),
    ]
    lines = lines_from(rng, cat, 14, "ch", (4, 80))
    rows, items = simple_rows(
        lines, "ch", lambda ln: [ln[0], qs(ln[1]), ln[4], nf(ln[2], "ch"), nf(ln[3], "ch"), ln[5]]
    )
    per, vrows = vat_rows([(ln[3], ln[5]) for ln in lines], {"2": D("2.6"), "8": D("8.1")}, "ch")
    net = sum((ln[3] for ln in lines), D0)
    vat = sum((v for _, v in per.values()), D0)
    exact = net + vat
    total = (exact * 20).quantize(D(1), ROUND_HALF_UP) / 20
    total = q(total)
    rnd = total - exact
    vrows = [[("2 = " if r[0].startswith("2") else "8 = ") + r[0], *r[1:]] for r in vrows]
    cfg = {
        "rows": rows,
        "fonts": ("DVC", "DVC-B"),
        "fs": 8.2,
        "accent": (0.2, 0.4, 0.2),
        "logo": "word",
        "brand": "Lindenhof",
        "tagline": "CATERING · EVENTS · ZÜRICH",
        "seed": 5,
        "vendor_lines": [
            "Catering Lindenhof GmbH",
            "Pfalzgasse 3",
            "8001 Zürich",
            "044 212 48 90",
            "CHE-318.442.907 MWST",
        ],
        "customer": [
            "Helvetic Biotech AG",
            "Frau Corinne Imhof, Events",
            "Grabenstrasse 25",
            "6340 Baar",
        ],
        "meta": [
            ("Rechnung Nr.", num),
            ("Datum", dt.strftime("%d.%m.%Y")),
            ("Anlass", "Firmenjubiläum 14.05.2026"),
            ("Zahlbar bis", due.strftime("%d.%m.%Y")),
        ],
        "title": "Rechnung",
        "cols": [
            ("Bezeichnung", 0, "l"),
            ("Menge", 88 * mm, "r"),
            ("Einh.", 91 * mm, "l"),
            ("Preis", 122 * mm, "r"),
            ("Betrag CHF", 150 * mm, "r"),
            ("MWST", -0.5, "r"),
        ],
        "desc_col": 0,
        "desc_w": 78 * mm,
        "famt": lambda v: nf(v, "ch"),
        "vat_table": (["Code", "Netto", "MWST", "Brutto"], vrows),
        "vat_title": "MWST-Zusammenstellung",
        "totals": [
            ("Total netto", nf(net, "ch"), False),
            ("MWST total", nf(vat, "ch"), False),
            ("Rundungsdifferenz", nf(rnd, "ch"), False),
            ("-", "", False),
            ("Total CHF", nf(total, "ch"), True),
        ],
        "tot_w": 66 * mm,
        "totals_h": 60 * mm,
        "cont_line": num,
        "qr": "Zahlteil QR-Rechnung",
        "after": [
            "Zahlbar innert 30 Tagen netto.",
            "IBAN CH56 0483 5012 3456 7800 9 · Zürcher Kantonalbank",
        ],
        "footer": (
            ["Catering Lindenhof GmbH · Pfalzgasse 3 · 8001 Zürich"],
            ["UID CHE-318.442.907 MWST"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="CHF",
        loc="de-CH",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=f"MWST 2.6 % (food) and 8.1 % with summary; apostrophe thousands; 5-Rappen rounding line {rnd}",
        kind="photo",
        rounding=rnd,
    )
    return (
        pdf,
        "photo",
        {"long_side": 2200},
        t,
        ("CH", vendor, "two MWST rates, Rundungsdifferenz, QR box, photo"),
    )


IT_MAT = [
    ("Tubo multistrato 20x2 rotolo 50 m", "m", 3, 5, "22"),
    ("Raccordo a pressare 20x2 gomito 90°", "pz", 4, 9, "22"),
    ('Valvola a sfera 3/4" FF', "pz", 9, 16, "22"),
    ('Collettore complanare 1" 6 vie', "pz", 70, 110, "22"),
    ("Caldaia a condensazione 25 kW", "pz", 1450, 1900, "10"),
    ("Radiatore alluminio 800 mm 8 elementi", "pz", 120, 170, "10"),
    ("Manodopera idraulico", "h", 32, 40, "10"),
    ("Manodopera aiutante", "h", 24, 29, "10"),
    ("Isolante tubo 22x9 mm", "m", 1, 2.5, "22"),
    ("Termostato ambiente WiFi", "pz", 90, 140, "10"),
    ("Smaltimento vecchia caldaia", "a corpo", 120, 180, "22"),
    ("Canna fumaria inox DN80", "m", 28, 45, "10"),
]


def i06(name):
    """IT fattura, 2 pages, IVA 22 % and 10 %, riporto, image-only PDF."""
    rng = rng_for(name)
    vendor = "Idrotermica Veneta S.r.l."
    num = "218/2026"
    dt, due = date(2026, 6, 12), date(2026, 7, 31)
    lines = lines_from(rng, IT_MAT, 40, "it", (1, 6))
    rows, items = [], []
    for k, ln in enumerate(lines):
        rows.append(
            (
                [
                    str(k + 1),
                    f"ART{rng.randint(1000, 9999)}",
                    ln[0],
                    ln[4],
                    nf(ln[1], "it", 2),
                    nf(ln[2], "it"),
                    nf(ln[3], "it"),
                    ln[5],
                ],
                ln[3],
            )
        )
        items.append(ln[:4])
    per, vrows = vat_rows([(ln[3], ln[5]) for ln in lines], {"22": D(22), "10": D(10)}, "it")
    net = sum((ln[3] for ln in lines), D0)
    vat = sum((v for _, v in per.values()), D0)
    total = net + vat
    cfg = {
        "rows": rows,
        "fonts": ("Courier", "Courier-Bold"),
        "fs": 7.8,
        "accent": (0.0, 0.2, 0.5),
        "logo": "bar",
        "brand": "IDROTERMICA VENETA",
        "seed": 6,
        "vendor_lines": [
            "Idrotermica Veneta S.r.l.",
            "Via dell'Industria 41",
            "35129 Padova (PD)",
            "P.IVA 04418270283",
            "REA PD-388120",
        ],
        "customer": [
            "Spett.le",
            "Condominio Le Magnolie",
            "Via Tiziano Aspetti 112",
            "35133 Padova (PD)",
            "C.F. 92244180285",
        ],
        "meta": [
            ("Fattura n.", num),
            ("Data", dt.strftime("%d/%m/%Y")),
            ("Pagamento", "Bonifico 30 gg f.m."),
            ("Scadenza", due.strftime("%d/%m/%Y")),
        ],
        "title": "FATTURA",
        "repeat_header": True,
        "title_cont": "FATTURA (segue)",
        "cols": [
            ("N.", 0, "l"),
            ("Codice", 6 * mm, "l"),
            ("Descrizione", 22 * mm, "l"),
            ("UM", 96 * mm, "l"),
            ("Q.tà", 118 * mm, "r"),
            ("Prezzo", 137 * mm, "r"),
            ("Importo", 160 * mm, "r"),
            ("IVA", -0.5, "r"),
        ],
        "desc_col": 2,
        "desc_w": 72 * mm,
        "famt": lambda v: nf(v, "it"),
        "carry": ("A riportare", "Riporto"),
        "pagefmt": "Pagina {p} di {n}",
        "vat_table": (["Aliquota", "Imponibile", "Imposta", "Totale"], vrows),
        "vat_title": "Riepilogo IVA",
        "totals": [
            ("Totale imponibile", nf(net, "it"), False),
            ("Totale IVA", nf(vat, "it"), False),
            ("-", "", False),
            ("TOTALE FATTURA EUR", nf(total, "it"), True),
        ],
        "tot_w": 72 * mm,
        "totals_h": 58 * mm,
        "cont_line": num,
        "footer": (
            ["Idrotermica Veneta S.r.l. - Cap. soc. 50.000 i.v.", "Reg. Imprese PD 04418270283"],
            ["IBAN IT60 X054 2811 1010 0000 0123 456", "Banca Popolare di Padova"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="it-IT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="2-page fattura as image-only PDF; header repeated on page 2; 'A riportare'/'Riporto'; IVA 22 % and 10 % riepilogo",
        kind="scan",
    )
    return (
        pdf,
        "imgpdf",
        {"dpi": 170, "grey": True, "skew": 0.8, "blur": 0.5, "noise": 4, "specks": 25},
        t,
        ("IT", vendor, "2-page image-only PDF, riporto, two IVA rates"),
    )


def i07(name):
    """ES factura, IVA 21 % and 10 %, anticipo deducted."""
    rng = rng_for(name)
    vendor = "Suministros Hosteleros Levante, S.L."
    num = "A-2026/1142"
    dt, due = date(2026, 7, 3), date(2026, 8, 2)
    cat = [
        ("Aceite de oliva virgen extra garrafa 5 l", "ud", 28, 42, "10"),
        ("Arroz bomba saco 5 kg", "ud", 14, 22, "10"),
        ("Harina de trigo 25 kg", "ud", 16, 22, "10"),
        ("Bandejas aluminio 1/1 GN (25 ud)", "caja", 18, 30, "21"),
        ("Film transparente 300 m", "ud", 7, 12, "21"),
        ("Detergente lavavajillas 20 l", "ud", 32, 48, "21"),
        ("Servilletas 40x40 (1200 ud)", "caja", 22, 34, "21"),
        ("Café en grano 1 kg", "ud", 14, 21, "10"),
        ("Tomate triturado lata 3 kg", "ud", 3, 5, "10"),
        ("Guantes nitrilo talla M (100)", "caja", 6, 10, "21"),
        ("Sartén profesional 32 cm", "ud", 35, 55, "21"),
    ]
    lines = lines_from(rng, cat, 22, "es", (1, 12))
    rows, items = simple_rows(
        lines,
        "es",
        lambda ln: [ln[0], nf(ln[1], "es", 0), nf(ln[2], "es"), ln[5] + "%", nf(ln[3], "es")],
    )
    per, vrows = vat_rows([(ln[3], ln[5]) for ln in lines], {"10": D(10), "21": D(21)}, "es")
    net = sum((ln[3] for ln in lines), D0)
    vat = sum((v for _, v in per.values()), D0)
    total = net + vat
    anticipo = D("500.00")
    cfg = {
        "rows": rows,
        "fonts": ("Helvetica", "Helvetica-Bold"),
        "fs": 8.4,
        "accent": (0.55, 0.1, 0.3),
        "logo": "circle",
        "brand": "SuHoLe",
        "seed": 7,
        "vendor_lines": [
            "Suministros Hosteleros Levante, S.L.",
            "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 18",
            "46988 Paterna (Valencia)",
            "CIF B98441270",
        ],
        "customer": [
            "Restaurante La Albufera 1984, S.L.",
            "Av. del Puerto 221",
            "46023 Valencia",
            "CIF B46120388",
        ],
        "meta": [
            ("Nº Factura", num),
            ("Fecha", dt.strftime("%d/%m/%Y")),
            ("Vencimiento", due.strftime("%d/%m/%Y")),
            ("Cliente", "43001207"),
        ],
        "title": "FACTURA",
        "cols": [
            ("Descripción", 0, "l"),
            ("Cant.", 95 * mm, "r"),
            ("Precio", 120 * mm, "r"),
            ("IVA", 137 * mm, "r"),
            ("Importe", -0.5, "r"),
        ],
        "desc_col": 0,
        "desc_w": 85 * mm,
        "famt": lambda v: nf(v, "es"),
        "zebra": (0.95, 0.92, 0.94),
        "vat_table": (["Tipo", "Base", "Cuota", "Total"], vrows),
        "vat_title": "Desglose de IVA",
        "totals": [
            ("Base imponible", nf(net, "es") + " €", False),
            ("IVA", nf(vat, "es") + " €", False),
            ("Total factura", nf(total, "es") + " €", True),
            ("Anticipo recibido 15/06/2026", "-" + nf(anticipo, "es") + " €", False),
            ("-", "", False),
            ("TOTAL A PAGAR", nf(total - anticipo, "es") + " €", True),
        ],
        "tot_w": 74 * mm,
        "totals_h": 60 * mm,
        "cont_line": num,
        "after": ["Forma de pago: transferencia a ES21 0081 0216 7300 0123 4567 (Banco Sabadell)."],
        "footer": (
            [
                "Inscrita en el Registro Mercantil de Valencia, Tomo 10.442, Folio 118, Hoja V-177201"
            ],
            ["info@suhole.es · 961 32 44 70"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="es-ES",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="IVA 10 % and 21 % desglose; anticipo 500,00 deducted -> total = total factura, 'total a pagar' smaller; scan",
        kind="scan",
    )
    return (
        pdf,
        "scan",
        {"dpi": 180, "grey": False, "skew": 1.8, "blur": 0.8, "noise": 6, "fmt": "jpg"},
        t,
        ("ES", vendor, "two IVA rates, anticipo deducted, colour scan"),
    )


def i08(name):
    """US freight invoice, Letter, 2 pages, no tax, 'Continued on next page'."""
    rng = rng_for(name)
    vendor = "Great Lakes Freight Systems, Inc."
    num = "GLF-2026-118452"
    dt, due = date(2026, 8, 14), date(2026, 9, 13)
    rows, items = [], []
    for k in range(34):
        d = date(2026, 8, 1) + timedelta(days=k * 13 // 34)
        dest = rng.choice(
            [
                "Columbus, OH",
                "Detroit, MI",
                "Indianapolis, IN",
                "Pittsburgh, PA",
                "Fort Wayne, IN",
                "Grand Rapids, MI",
                "Cleveland, OH",
            ]
        )
        mi = rng.randint(110, 390)
        lh = q(D(mi) * D(rng.choice(["2.35", "2.48", "2.61"])))
        desc = f"Linehaul Toledo, OH to {dest}, PRO {rng.randint(4400000, 4499999)}, {mi} mi"
        rows.append(([d.strftime("%m/%d/%Y"), desc, f"{mi}", f"{lh:,.2f}"], lh))
        items.append((desc, D(1), lh, lh))
        fs = q(lh * D("0.285"))
        rows.append(([d.strftime("%m/%d/%Y"), "  Fuel surcharge 28.5%", "", f"{fs:,.2f}"], fs))
        items.append(("Fuel surcharge 28.5%", D(1), fs, fs))
        if rng.random() < 0.3:
            ac, p = rng.choice(
                [
                    ("  Liftgate delivery", D("95.00")),
                    ("  Detention 2 hrs", D("150.00")),
                    ("  Inside delivery", D("125.00")),
                    ("  Residential delivery", D("110.00")),
                ]
            )
            rows.append(([d.strftime("%m/%d/%Y"), ac, "", f"{p:,.2f}"], p))
            items.append((ac.strip(), D(1), p, p))
    total = sum((a for _, a in rows), D0)
    cfg = {
        "rows": rows,
        "size": letter,
        "fonts": ("Helvetica", "Helvetica-Bold"),
        "fs": 8.2,
        "accent": (0.05, 0.3, 0.2),
        "logo": "bar",
        "brand": "GREAT LAKES FREIGHT",
        "seed": 8,
        "vendor_lines": [
            "Great Lakes Freight Systems, Inc.",
            "2200 Front Street",
            "Toledo, OH 43605",
            "(419) 555-0183",
            "USDOT 2894417 · MC 918220",
        ],
        "customer": [
            "BILL TO:",
            "Midwest Appliance Distributors LLC",
            "Accounts Payable",
            "8800 Rockside Rd, Suite 300",
            "Valley View, OH 44125",
        ],
        "meta": [
            ("Invoice #", num),
            ("Invoice Date", dt.strftime("%m/%d/%Y")),
            ("Terms", "Net 30"),
            ("Due Date", due.strftime("%m/%d/%Y")),
            ("Customer ID", "MAD-0417"),
        ],
        "title": "FREIGHT INVOICE",
        "repeat_header": False,
        "cols": [
            ("Ship Date", 0, "l"),
            ("Description", 22 * mm, "l"),
            ("Miles", 140 * mm, "r"),
            ("Amount (USD)", -0.5, "r"),
        ],
        "desc_col": 1,
        "desc_w": 100 * mm,
        "famt": lambda v: f"{v:,.2f}",
        "carry": ("Continued on next page - subtotal", "Subtotal forward from page {p}"),
        "pagefmt": "Page {p} of {n}",
        "totals": [
            ("Linehaul & accessorials", f"{total:,.2f}", False),
            ("-", "", False),
            ("TOTAL DUE", f"${total:,.2f}", True),
        ],
        "tot_w": 90 * mm,
        "totals_h": 45 * mm,
        "cont_line": f"Invoice {num} · {dt.strftime('%m/%d/%Y')}",
        "after": [
            "Freight charges are not subject to sales tax. Please remit to: P.O. Box 88120, Toledo, OH 43608",
            "ACH: Fifth Third Bank, ABA 042000314, Acct 7301184420",
        ],
        "footer": (
            ["Claims must be filed within 9 months of delivery."],
            ["Questions? billing@glfreight.com"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=due,
        vendor=vendor,
        amount=total,
        vat=None,
        total=total,
        cur="USD",
        loc="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="3-page Letter freight invoice, subtotal carried forward, no tax line printed (freight not subject to sales tax) -> vat null, amount = total",
        kind="pdf",
    )
    return (
        pdf,
        "pdf",
        {},
        t,
        ("US", vendor, "3-page Letter freight bill, subtotal forward, no tax line (vat null)"),
    )


def i09(name):
    """DE credit note (Gutschrift), negative amounts, photo."""
    rng = rng_for(name)
    vendor = "Elektro Brandner GmbH"
    num = "GS-2026-00731"
    dt = date(2026, 9, 8)
    cat = [
        ("NYM-J 3x1,5 mm² Ring 100 m", "Ring", 58, 79),
        ("Schalterprogramm Rahmen 1-fach reinweiß", "Stk.", 2, 4),
        ("LED-Panel 62x62 cm 36 W 4000 K", "Stk.", 38, 55),
        ("FI/LS-Schalter B16 30 mA", "Stk.", 34, 49),
        ("Abzweigdose AP IP65", "Stk.", 2, 5),
        ("Leitungsschutzschalter B16 1-pol.", "Stk.", 3, 6),
        ("Bewegungsmelder 180° weiß", "Stk.", 18, 29),
        ("Preiskorrektur lt. Rahmenvertrag", "psch.", 40, 120),
    ]
    rows, items = [], []
    for k, ln in enumerate(lines_from(rng, cat, 9, "de", (1, 8))):
        amt = -ln[3]
        rows.append(([str(k + 1), ln[0], qs(ln[1]), ln[4], nf(ln[2]), nf(amt)], amt))
        items.append((ln[0], ln[1], ln[2], amt))
    net = sum((a for _, a in rows), D0)
    vat = q(net * D("0.19"))
    total = net + vat
    cfg = {
        "rows": rows,
        "fonts": ("DV", "DV-B"),
        "fs": 8.3,
        "accent": (0.8, 0.45, 0.0),
        "logo": "tri",
        "brand": "ELEKTRO BRANDNER",
        "seed": 9,
        "vendor_lines": [
            "Elektro Brandner GmbH",
            "Gewerbering 12",
            "84034 Landshut",
            "Tel. 0871 96 55 0",
            "USt-IdNr. DE 301 884 552",
        ],
        "sender_line": "Elektro Brandner GmbH · Gewerbering 12 · 84034 Landshut",
        "customer": [
            "Haustechnik Sailer e.K.",
            "Herrn Thomas Sailer",
            "Am Bachfeld 3",
            "84028 Landshut",
        ],
        "meta": [
            ("Gutschrift-Nr.", num),
            ("Datum", dt.strftime("%d.%m.%Y")),
            ("zu Rechnung", "RE-2026-04412"),
            ("vom", "21.08.2026"),
            ("Kunden-Nr.", "10884"),
        ],
        "title": "Gutschrift / Rechnungskorrektur",
        "intro": [
            "Für die Rücksendung vom 02.09.2026 (Lieferschein LS-88120) schreiben wir Ihnen gut:"
        ],
        "cols": [
            ("Pos", 0, "l"),
            ("Artikel", 10 * mm, "l"),
            ("Menge", 100 * mm, "r"),
            ("Einh.", 102 * mm, "l"),
            ("Einzelpreis", 140 * mm, "r"),
            ("Gesamt €", -0.5, "r"),
        ],
        "desc_col": 1,
        "desc_w": 85 * mm,
        "famt": nf,
        "totals_h": 50 * mm,
        "totals": [
            ("Gutschrift netto", nf(net) + " €", False),
            ("USt 19 %", nf(vat) + " €", False),
            ("-", "", False),
            ("Gutschriftsbetrag", nf(total) + " €", True),
        ],
        "tot_w": 72 * mm,
        "cont_line": num,
        "after": [
            "Der Betrag wird mit Ihrer nächsten Rechnung verrechnet bzw. auf Ihr Konto überwiesen."
        ],
        "footer": (
            ["Elektro Brandner GmbH · Sitz Landshut · HRB 9921 AG Landshut · GF: Maria Brandner"],
            ["Sparkasse Landshut · IBAN DE62 7435 0000 0020 1188 44"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="credit note (Gutschrift) printed with negative amounts, keyed negative; refers to an original invoice number",
        kind="photo",
    )
    return (
        pdf,
        "photo",
        {"long_side": 1900},
        t,
        ("DE", vendor, "credit note, negative amounts, references original invoice"),
    )


def i10(name):
    """AT hotel folio: 10 % / 13 % / 20 % + Ortstaxe 0 %, Anzahlung deducted."""
    rng = rng_for(name)
    vendor = "Hotel Alpenrose Mayrhofer KG"
    num = "2026/04471"
    arr, nights = date(2026, 1, 24), 5
    dep = arr + timedelta(days=nights)
    rows, items, lines = [], [], []

    def add(d, desc, qty, pu, code):
        amt = q(qty * pu)
        rows.append(([d.strftime("%d.%m."), desc, qs(qty), nf(pu, "at"), nf(amt, "at"), code], amt))
        items.append((desc, qty, pu, amt))
        lines.append((amt, code))

    for k in range(nights):
        d = arr + timedelta(days=k)
        add(d, "Logis Doppelzimmer Zirbe inkl. Frühstück", D(2), D("98.00"), "B")
        add(d, "Halbpension Abendessen", D(2), D("32.00"), "B")
        if rng.random() < 0.7:
            add(d, "Getränke Restaurant", D(1), money(rng, 18, 64), "A")
        if rng.random() < 0.4:
            add(d, "Wellness: Massage 50 Min.", D(1), D("79.00"), "A")
        add(d, "Ortstaxe je Person und Nacht", D(2), D("3.00"), "C")
    gross_by = {c: sum((a for a, cc in lines if cc == c), D0) for c in ("A", "B", "C")}
    rates = {"A": D(20), "B": D(10), "C": D(0)}
    vrows, vat, net = [], D0, D0
    for c in ("B", "A", "C"):
        g = gross_by[c]
        v = q(g * rates[c] / (100 + rates[c]))
        vat += v
        net += g - v
        vrows.append([f"{c} {rates[c]} %", nf(g - v, "at"), nf(v, "at"), nf(g, "at")])
    total = net + vat
    anz = D("300.00")
    cfg = {
        "rows": rows,
        "fonts": ("DVS", "DVS-B"),
        "fs": 8.0,
        "accent": (0.5, 0.1, 0.15),
        "logo": "circle",
        "brand": "Alpenrose",
        "tagline": "Hotel · Mayrhofen im Zillertal",
        "seed": 10,
        "vendor_lines": [
            "Hotel Alpenrose Mayrhofer KG",
            "Hauptstraße 418",
            "6290 Mayrhofen, Österreich",
            "UID ATU 64418827",
            "FN 288441 k, LG Innsbruck",
        ],
        "customer": ["Familie Jansen", "Keizersgracht 218", "1016 DZ Amsterdam", "Niederlande"],
        "meta": [
            ("Rechnung Nr.", num),
            ("Datum", dep.strftime("%d.%m.%Y")),
            ("Zimmer", "214"),
            ("Anreise", arr.strftime("%d.%m.%Y")),
            ("Abreise", dep.strftime("%d.%m.%Y")),
        ],
        "title": "Hotelrechnung",
        "cols": [
            ("Datum", 0, "l"),
            ("Leistung", 16 * mm, "l"),
            ("Anz.", 100 * mm, "r"),
            ("Preis", 122 * mm, "r"),
            ("Betrag €", 150 * mm, "r"),
            ("USt", -0.5, "r"),
        ],
        "desc_col": 1,
        "desc_w": 78 * mm,
        "famt": lambda v: nf(v, "at"),
        "row_gap": 1,
        "vat_table": (["Satz", "Netto", "USt", "Brutto"], vrows),
        "vat_title": "Alle Preise inkl. USt.",
        "totals": [
            ("Gesamtbetrag inkl. USt", nf(total, "at"), True),
            ("abzügl. Anzahlung vom 02.12.2025", "-" + nf(anz, "at"), False),
            ("-", "", False),
            ("Offener Betrag", nf(total - anz, "at"), True),
            ("bezahlt Mastercard ****8812", nf(total - anz, "at"), False),
        ],
        "tot_w": 80 * mm,
        "totals_h": 68 * mm,
        "cont_line": num,
        "footer": (
            ["Hotel Alpenrose Mayrhofer KG · Hauptstraße 418 · 6290 Mayrhofen"],
            ["Raiffeisenbank Mayrhofen · IBAN AT48 3626 3000 0004 4187"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dep,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-AT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="hotel folio, prices incl. USt 10 % and 20 %, Ortstaxe at 0 % counted in net; Anzahlung deducted -> total = Gesamtbetrag, open amount smaller",
        kind="scan",
    )
    return (
        pdf,
        "scan",
        {"dpi": 170, "grey": False, "skew": 1.2, "blur": 0.6, "noise": 5, "fmt": "jpg"},
        t,
        ("AT", vendor, "hotel folio, 10/20 % + Ortstaxe 0 %, Anzahlung deducted"),
    )


BE_CAT = [
    ("Kopieerpapier A4 80 g (doos 5x500 vel)", "doos", 21, 29, "21"),
    ("Balpen blauw medium (doos 50)", "doos", 9, 15, "21"),
    ("Toner zwart HP 59X", "st", 145, 190, "21"),
    ("Ordner A4 rug 80 mm", "st", 2, 4, "21"),
    ("Vakliteratuur: BTW-Wetboek 2026 (boek)", "st", 69, 89, "6"),
    ("Jaarboek fiscaliteit 2026 (boek)", "st", 79, 110, "6"),
    ("Tijdschriftabonnement Fiscoloog (gedrukt)", "st", 220, 320, "6"),
    ("Etiketten 70x37 mm (100 vel)", "doos", 18, 26, "21"),
    ("Whiteboardmarkers set 4 kleuren", "set", 6, 9, "21"),
    ("Bureaustoel ergonomisch", "st", 240, 340, "21"),
    ("Koffie bonen 1 kg", "st", 14, 19, "6"),
    ("Waterflessen 50 cl (pak 24)", "pak", 7, 11, "21"),
    ("Enveloppen C4 zelfklevend (250)", "doos", 24, 34, "21"),
]


def i11(name):
    """BE 3-page invoice, BTW 21 % and 6 %, Over te dragen / Overdracht."""
    rng = rng_for(name)
    vendor = "Kantoorhuis Vanhove & Zonen NV"
    num = "2026/10388"
    dt, due = date(2026, 10, 15), date(2026, 11, 14)
    lines = lines_from(rng, BE_CAT, 92, "be", (1, 15))
    rows, items = [], []
    for _k, ln in enumerate(lines):
        rows.append(
            (
                [
                    f"{rng.randint(100000, 999999)}",
                    ln[0],
                    qs(ln[1]),
                    nf(ln[2], "be"),
                    ln[5] + "%",
                    nf(ln[3], "be"),
                ],
                ln[3],
            )
        )
        items.append(ln[:4])
    per, vrows = vat_rows([(ln[3], ln[5]) for ln in lines], {"21": D(21), "6": D(6)}, "be")
    net = sum((ln[3] for ln in lines), D0)
    vat = sum((v for _, v in per.values()), D0)
    total = net + vat
    cfg = {
        "rows": rows,
        "fonts": ("DVC", "DVC-B"),
        "fs": 7.8,
        "accent": (0.1, 0.2, 0.5),
        "logo": "word",
        "brand": "VANHOVE",
        "tagline": "kantoorbenodigdheden · vakboeken · sinds 1962",
        "seed": 11,
        "vendor_lines": [
            "Kantoorhuis Vanhove & Zonen NV",
            "Brugsesteenweg 377",
            "8500 Kortrijk",
            "BTW BE 0412.884.109",
            "RPR Gent, afdeling Kortrijk",
        ],
        "customer": [
            "Boekhoudkantoor Declercq BV",
            "Stationsstraat 41",
            "8790 Waregem",
            "BTW BE 0688.217.440",
        ],
        "meta": [
            ("Factuurnummer", num),
            ("Factuurdatum", dt.strftime("%d/%m/%Y")),
            ("Vervaldag", due.strftime("%d/%m/%Y")),
            ("Klant", "D-4471"),
            ("Bestelbon", "PO 26-118"),
        ],
        "title": "FACTUUR",
        "row_gap": 0.5,
        "cols": [
            ("Art.nr.", 0, "l"),
            ("Omschrijving", 18 * mm, "l"),
            ("Aantal", 112 * mm, "r"),
            ("Eenh.prijs", 136 * mm, "r"),
            ("Btw", 148 * mm, "r"),
            ("Totaal excl.", -0.5, "r"),
        ],
        "desc_col": 1,
        "desc_w": 84 * mm,
        "famt": lambda v: nf(v, "be"),
        "carry": ("Over te dragen", "Overdracht"),
        "pagefmt": "Blad {p}/{n}",
        "vat_table": (["Btw-tarief", "Grondslag", "Btw", "Totaal"], vrows),
        "vat_title": "Btw-overzicht",
        "totals": [
            ("Totaal excl. btw", nf(net, "be"), False),
            ("Btw", nf(vat, "be"), False),
            ("-", "", False),
            ("Te betalen EUR", nf(total, "be"), True),
        ],
        "tot_w": 64 * mm,
        "totals_h": 55 * mm,
        "cont_line": f"Factuur {num} – vervolg",
        "qr": "Scan & betaal",
        "after": [
            "Gestructureerde mededeling: +++041/1038/80072+++",
            "Betaling binnen 30 dagen op BE71 0961 2345 6769 (Belfius).",
        ],
        "footer": (
            ["Kantoorhuis Vanhove & Zonen NV · Brugsesteenweg 377 · 8500 Kortrijk"],
            ["BE 0412.884.109 · BIC GKCCBEBB"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="nl-BE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="3-page invoice; 'Over te dragen'/'Overdracht'; BTW 21 % and 6 % (books) overview; totals on last page only",
        kind="pdf",
    )
    return pdf, "pdf", {}, t, ("BE", vendor, "3 pages, Over te dragen, BTW 21/6 %")


def i12(name):
    """SE faktura, moms 25 % (and 12 % catering), öresavrundning, photo."""
    rng = rng_for(name)
    vendor = "Norrlands Byggvaror AB"
    num = "88412"
    dt, due = date(2026, 11, 4), date(2026, 12, 4)
    cat = [
        ("Regel 45x95 C24 impregnerad", "lpm", 17, 26, "25"),
        ("Gipsskiva 13x1200x2500", "st", 89, 119, "25"),
        ("Mineralull 95 mm (paket)", "pkt", 349, 429, "25"),
        ("Skruv trä 4,2x55 (500 st)", "pkt", 129, 189, "25"),
        ("Takpapp YEP 2500 (rulle)", "rle", 690, 890, "25"),
        ("OSB-skiva 12 mm", "st", 219, 289, "25"),
        ("Frakt byggarbetsplats", "st", 650, 950, "25"),
        ("Fogskum 750 ml", "st", 89, 129, "25"),
    ]
    lines = lines_from(rng, cat, 16, "se", (2, 40))
    rows, items = simple_rows(
        lines, "se", lambda ln: [ln[0], qs(ln[1]), ln[4], nf(ln[2], "se"), nf(ln[3], "se")]
    )
    net = sum((ln[3] for ln in lines), D0)
    vat = q(net * D("0.25"))
    exact = net + vat
    total = exact.quantize(D(1), ROUND_HALF_UP)
    rnd = total - exact
    cfg = {
        "rows": rows,
        "fonts": ("Helvetica", "Helvetica-Bold"),
        "fs": 8.4,
        "accent": (0.0, 0.35, 0.6),
        "logo": "bar",
        "brand": "NORRLANDS BYGGVAROR",
        "seed": 12,
        "vendor_lines": [
            "Norrlands Byggvaror AB",
            "Förrådsvägen 7",
            "903 61 Umeå",
            "Org.nr 556812-4417",
            "Momsreg.nr SE556812441701",
        ],
        "customer": [
            "Bygg & Fasad i Västerbotten AB",
            "Att: Johan Lindqvist",
            "Industrivägen 22",
            "931 36 Skellefteå",
        ],
        "meta": [
            ("Fakturanr", num),
            ("Fakturadatum", dt.isoformat()),
            ("Förfallodatum", due.isoformat()),
            ("Kundnr", "20418"),
            ("Er referens", "Projekt Tallbacken"),
        ],
        "title": "FAKTURA",
        "cols": [
            ("Benämning", 0, "l"),
            ("Antal", 100 * mm, "r"),
            ("Enh", 102 * mm, "l"),
            ("À-pris", 140 * mm, "r"),
            ("Belopp", -0.5, "r"),
        ],
        "desc_col": 0,
        "desc_w": 90 * mm,
        "famt": lambda v: nf(v, "se"),
        "zebra": (0.93, 0.95, 0.98),
        "totals": [
            ("Summa exkl. moms", nf(net, "se"), False),
            ("Moms 25 %", nf(vat, "se"), False),
            ("Öresavrundning", nf(rnd, "se"), False),
            ("-", "", False),
            ("Att betala SEK", nf(total, "se", 2), True),
        ],
        "tot_w": 70 * mm,
        "totals_h": 55 * mm,
        "cont_line": num,
        "after": [
            "Bankgiro 5417-8820 · OCR 884120 4417 · Betalningsvillkor 30 dagar netto",
            "Dröjsmålsränta enligt räntelagen. Godkänd för F-skatt.",
        ],
        "footer": (
            ["Norrlands Byggvaror AB · Styrelsens säte: Umeå"],
            ["Tel 090-14 88 20 · faktura@nbyggvaror.se"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="SEK",
        loc="sv-SE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note=f"Swedish faktura, ISO dates, space thousands, öresavrundning {rnd}; photo",
        kind="photo",
        rounding=rnd,
    )
    return (
        pdf,
        "photo",
        {"long_side": 2100},
        t,
        ("SE", vendor, "öresavrundning, Bankgiro/OCR, photo"),
    )


PL_CAT = [
    ("Mąka pszenna typ 500 1 kg", "szt", 2.5, 3.8, "5"),
    ("Cukier biały 1 kg", "szt", 3.2, 4.5, "5"),
    ("Olej rzepakowy 1 l", "szt", 7, 9.5, "5"),
    ("Kawa mielona 500 g", "szt", 19, 29, "5"),
    ("Woda mineralna 1,5 l (6 szt.)", "zgrz", 9, 14, "8"),
    ("Sok jabłkowy 1 l", "szt", 4, 6.5, "5"),
    ("Napój gazowany 0,5 l (12 szt.)", "zgrz", 22, 34, "23"),
    ("Ręczniki papierowe (8 rolek)", "opak", 14, 22, "23"),
    ("Płyn do naczyń 5 l", "szt", 18, 27, "23"),
    ("Baton czekoladowy 50 g (karton 24)", "krt", 36, 52, "5"),
    ("Piwo jasne 0,5 l (24 szt.)", "krt", 62, 89, "23"),
    ("Worki na śmieci 120 l (25)", "opak", 11, 17, "23"),
    ("Przyprawa do zup 1 kg", "szt", 12, 19, "8"),
]


def i13(name):
    """PL faktura VAT, 23 / 8 / 5 %, 2 pages, image-only PDF."""
    rng = rng_for(name)
    vendor = "Hurtownia Spożywcza KAMIX Sp. z o.o."
    num = "FV/2026/12/0447"
    dt, due = date(2026, 12, 2), date(2026, 12, 16)
    lines = lines_from(rng, PL_CAT, 44, "pl", (2, 30))
    rows, items = [], []
    for k, ln in enumerate(lines):
        rows.append(
            (
                [
                    f"{k + 1}.",
                    ln[0],
                    ln[4],
                    qs(ln[1]),
                    nf(ln[2], "pl"),
                    ln[5] + "%",
                    nf(ln[3], "pl"),
                ],
                ln[3],
            )
        )
        items.append(ln[:4])
    per, vrows = vat_rows(
        [(ln[3], ln[5]) for ln in lines], {"23": D(23), "8": D(8), "5": D(5)}, "pl"
    )
    net = sum((ln[3] for ln in lines), D0)
    vat = sum((v for _, v in per.values()), D0)
    total = net + vat
    cfg = {
        "rows": rows,
        "fonts": ("DV", "DV-B"),
        "fs": 7.6,
        "accent": (0.6, 0.0, 0.0),
        "logo": "word",
        "brand": "KAMIX",
        "tagline": "HURTOWNIA SPOŻYWCZA · POZNAŃ",
        "seed": 13,
        "vendor_lines": [
            "Hurtownia Spożywcza KAMIX Sp. z o.o.",
            "ul. Gdyńska 118",
            "61-016 Poznań",
            "NIP 782-244-18-09",
            "BDO 000441827",
        ],
        "customer": [
            "Nabywca:",
            "Sklep Spożywczy „Pod Lipą” Anna Nowak",
            "ul. Kościuszki 4",
            "62-020 Swarzędz",
            "NIP 777-310-22-41",
        ],
        "meta": [
            ("Faktura VAT nr", num),
            ("Data wystawienia", dt.strftime("%d.%m.%Y")),
            ("Data sprzedaży", dt.strftime("%d.%m.%Y")),
            ("Termin płatności", due.strftime("%d.%m.%Y")),
            ("Forma płatności", "przelew 14 dni"),
        ],
        "title": "FAKTURA VAT",
        "repeat_header": False,
        "row_gap": 0.8,
        "cols": [
            ("Lp.", 0, "l"),
            ("Nazwa towaru", 8 * mm, "l"),
            ("J.m.", 84 * mm, "l"),
            ("Ilość", 108 * mm, "r"),
            ("Cena netto", 130 * mm, "r"),
            ("VAT", 142 * mm, "r"),
            ("Wartość netto", -0.5, "r"),
        ],
        "desc_col": 1,
        "desc_w": 74 * mm,
        "famt": lambda v: nf(v, "pl"),
        "carry": ("Do przeniesienia", "Z przeniesienia"),
        "pagefmt": "Strona {p} z {n}",
        "vat_table": (["Stawka", "Netto", "VAT", "Brutto"], vrows),
        "vat_title": "Zestawienie VAT",
        "totals": [
            ("Razem netto", nf(net, "pl"), False),
            ("Razem VAT", nf(vat, "pl"), False),
            ("-", "", False),
            ("Do zapłaty PLN", nf(total, "pl"), True),
        ],
        "tot_w": 66 * mm,
        "totals_h": 60 * mm,
        "cont_line": f"Faktura VAT {num} – ciąg dalszy",
        "after": [
            "Konto: PKO BP 12 1020 4027 0000 1102 0441 8270",
            "Podpis osoby upoważnionej do wystawienia faktury: ........................",
        ],
        "footer": (
            ["KAMIX Sp. z o.o., Sąd Rejonowy Poznań-Nowe Miasto, KRS 0000418827"],
            ["Kapitał zakładowy 150 000 zł"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="PLN",
        loc="pl-PL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="2-page faktura VAT as image-only PDF; 'Do przeniesienia'/'Z przeniesienia'; VAT 23/8/5 % zestawienie; space thousands",
        kind="scan",
    )
    return (
        pdf,
        "imgpdf",
        {"dpi": 160, "grey": True, "skew": 1.0, "blur": 0.6, "noise": 5, "specks": 30},
        t,
        ("PL", vendor, "2-page image-only PDF, three VAT rates, carried forward"),
    )


def i14(name):
    """GB credit note, negative amounts, scan."""
    rng = rng_for(name)
    vendor = "Pennine Office Interiors Ltd"
    num = "CN-20417"
    dt = date(2026, 6, 29)
    cat = [
        ("Task chair Ergo-Flex mesh, black (returned)", "ea", 149, 189),
        ("Desk frame 1600 sit-stand (damaged in transit)", "ea", 289, 359),
        ("Cable tray under-desk", "ea", 19, 29),
        ("Pricing adjustment per quote Q-8812", "lump sum", 60, 140),
        ("Delivery charge refund", "lump sum", 45, 45),
        ("Pedestal 3-drawer, grey (returned)", "ea", 119, 149),
    ]
    rows, items = [], []
    for ln in lines_from(rng, cat, 7, "en", (1, 6)):
        amt = -ln[3]
        rows.append(([ln[0], qs(ln[1]), f"{ln[2]:,.2f}", f"{amt:,.2f}"], amt))
        items.append((ln[0], ln[1], ln[2], amt))
    net = sum((a for _, a in rows), D0)
    vat = q(net * D("0.20"))
    total = net + vat
    cfg = {
        "rows": rows,
        "fonts": ("Helvetica", "Helvetica-Bold"),
        "fs": 9,
        "accent": (0.3, 0.3, 0.3),
        "logo": "word",
        "brand": "PENNINE",
        "tagline": "OFFICE INTERIORS",
        "seed": 14,
        "vendor_lines": [
            "Pennine Office Interiors Ltd",
            "Unit 4, Calder Park",
            "Wakefield WF2 7AW",
            "VAT No. GB 318 4471 20",
            "Company No. 07741882",
        ],
        "customer": ["Credit to:", "Northgate Lettings Ltd", "12 Northgate", "Halifax HX1 1UN"],
        "meta": [
            ("Credit Note No.", num),
            ("Date", dt.strftime("%d %B %Y")),
            ("Original Invoice", "INV-58120"),
            ("Account", "NORTH01"),
        ],
        "title": "CREDIT NOTE",
        "cols": [
            ("Description", 0, "l"),
            ("Qty", 112 * mm, "r"),
            ("Unit Price", 140 * mm, "r"),
            ("Net £", -0.5, "r"),
        ],
        "desc_col": 0,
        "desc_w": 100 * mm,
        "famt": lambda v: f"{v:,.2f}",
        "hdr_fill": (0.85, 0.85, 0.85),
        "totals": [
            ("Net credit", f"{net:,.2f}", False),
            ("VAT @ 20%", f"{vat:,.2f}", False),
            ("-", "", False),
            ("Total credit GBP", f"{total:,.2f}", True),
        ],
        "tot_w": 70 * mm,
        "totals_h": 45 * mm,
        "cont_line": num,
        "after": [
            "This credit has been applied to your account and will be offset against future invoices."
        ],
        "footer": (
            ["Pennine Office Interiors Ltd · Registered in England & Wales No. 07741882"],
            ["Barclays · Sort 20-44-18 · Acc 41188207"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="GBP",
        loc="en-GB",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="credit note with negative amounts, references original invoice INV-58120; long-form date",
        kind="scan",
    )
    return (
        pdf,
        "scan",
        {"dpi": 150, "grey": True, "skew": 1.6, "blur": 0.5, "noise": 5, "width": 900},
        t,
        ("GB", vendor, "credit note, negative amounts, low-res scan"),
    )


def i15(name):
    """DE Schlussrechnung construction, 2 pages, Abschlagszahlungen deducted."""
    rng = rng_for(name)
    vendor = "Holzbau Wendler GmbH"
    num = "SR-2026-017"
    dt, due = date(2026, 10, 9), date(2026, 10, 30)
    cat = [
        ("Abbund und Montage Dachstuhl KVH C24", "m³", 780, 940),
        ("Dachschalung Rauspund 24 mm", "m²", 28, 36),
        ("Unterdeckbahn diffusionsoffen", "m²", 7, 11),
        ("Konterlattung 40/60", "lfm", 3, 5),
        ("Zwischensparrendämmung Holzfaser 200 mm", "m²", 42, 58),
        ("Dampfbremse feuchtevariabel inkl. Verklebung", "m²", 9, 14),
        ("Dachfenster 78x140 liefern und einbauen", "Stk.", 890, 1150),
        ("Gerüststellung Fassade", "m²", 9, 13),
        ("Stundenlohnarbeiten Zimmerer", "h", 58, 66),
        ("Kranstellung inkl. Fahrer", "h", 95, 120),
        ("Entsorgung Altholz A IV", "t", 180, 240),
        ("Traufbohle und Insektenschutz", "lfm", 14, 19),
    ]
    lines = lines_from(rng, cat, 34, "de", (1, 10))
    rows, items = [], []
    for k, ln in enumerate(lines):
        oz = f"{1 + k // 9:02d}.{k % 9 + 1:02d}"
        rows.append(
            (
                [
                    oz,
                    ln[0],
                    nf(ln[1], "de", 2 if ln[4] in ("m²", "m³", "lfm", "h") else 0) + " " + ln[4],
                    nf(ln[2]),
                    nf(ln[3]),
                ],
                ln[3],
            )
        )
        items.append(ln[:4])
    net = sum((ln[3] for ln in lines), D0)
    vat = q(net * D("0.19"))
    total = net + vat
    a1, a2 = q(total * D("0.30")), q(total * D("0.40"))
    cfg = {
        "rows": rows,
        "fonts": ("DVS", "DVS-B"),
        "fs": 8.0,
        "accent": (0.35, 0.22, 0.1),
        "logo": "tri",
        "brand": "HOLZBAU WENDLER",
        "tagline": "Zimmerei · Dachsanierung · Holzrahmenbau",
        "seed": 15,
        "vendor_lines": [
            "Holzbau Wendler GmbH",
            "Sägewerkstraße 9",
            "79853 Lenzkirch",
            "Tel. 07653 96 20 40",
            "St.-Nr. 11/044/18830",
        ],
        "sender_line": "Holzbau Wendler GmbH · Sägewerkstraße 9 · 79853 Lenzkirch",
        "customer": [
            "Herrn und Frau",
            "Michael und Sabine Kienzler",
            "Am Kurpark 12",
            "79822 Titisee-Neustadt",
        ],
        "meta": [
            ("Schlussrechnung", num),
            ("Datum", dt.strftime("%d.%m.%Y")),
            ("Bauvorhaben", "Dachsanierung Am Kurpark 12"),
            ("Abnahme", "28.09.2026"),
            ("Fällig bis", due.strftime("%d.%m.%Y")),
        ],
        "title": "Schlussrechnung",
        "repeat_header": False,
        "cols": [
            ("OZ", 0, "l"),
            ("Leistungsbeschreibung", 14 * mm, "l"),
            ("Menge", 120 * mm, "r"),
            ("EP €", 145 * mm, "r"),
            ("GP €", -0.5, "r"),
        ],
        "desc_col": 1,
        "desc_w": 78 * mm,
        "famt": nf,
        "carry": ("Übertrag", "Übertrag"),
        "pagefmt": "Seite {p} von {n}",
        "row_gap": 2,
        "totals": [
            ("Gesamtleistung netto", nf(net), False),
            ("zzgl. 19 % MwSt", nf(vat), False),
            ("Gesamtbetrag brutto", nf(total), True),
            ("abzgl. 1. Abschlag (AR-2026-011)", "-" + nf(a1), False),
            ("abzgl. 2. Abschlag (AR-2026-014)", "-" + nf(a2), False),
            ("-", "", False),
            ("Restforderung", nf(total - a1 - a2), True),
        ],
        "tot_w": 86 * mm,
        "totals_h": 72 * mm,
        "cont_line": f"Schlussrechnung {num}",
        "after": [
            "Steuerschuldner ist der Leistende. Leistungszeitraum 06.07.–25.09.2026.",
            "Gewährleistung gem. VOB/B. Bitte überweisen Sie die Restforderung ohne Abzug.",
        ],
        "footer": (
            ["Holzbau Wendler GmbH · AG Freiburg HRB 700418 · GF Jörg Wendler"],
            ["Volksbank Hochschwarzwald · IBAN DE12 6809 2000 0044 1883 00"],
        ),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=due,
        vendor=vendor,
        amount=net,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="2-page Schlussrechnung with Übertrag; two Abschlagszahlungen deducted -> total = Gesamtbetrag brutto, Restforderung smaller",
        kind="pdf",
    )
    return (
        pdf,
        "pdf",
        {},
        t,
        ("DE", vendor, "2 pages, Übertrag, two Abschläge deducted (total = gross)"),
    )


def i16(name):
    """CA (Québec) SaaS subscription, TPS 5 % + TVQ 9,975 %, pro-rata, French-Canadian format."""
    rng = rng_for(name)
    vendor = "Logiciels Boréal inc."
    num = "BOR-260417"
    dt, _due = date(2026, 4, 1), date(2026, 4, 1)
    rows, items = [], []

    def add(desc, qty, pu):
        amt = q(qty * pu)
        rows.append(([desc, qs(qty), nf(pu, "ca") + " $", nf(amt, "ca") + " $"], amt))
        items.append((desc, qty, pu, amt))

    add("Forfait Équipe – avril 2026 (par utilisateur)", D(12), D("39.00"))
    add("Utilisateurs ajoutés le 18 mars – prorata 14/31 jours", D(3), q(D("39.00") * 14 / 31))
    add("Module Paie Québec – avril 2026", D(1), D("79.00"))
    add(
        "Crédit prorata – module Rapports retiré le 22 mars (10/31 j)",
        D(1),
        -q(D("29.00") * 10 / 31),
    )
    add("Stockage additionnel 250 Go", D(1), D("12.50"))
    add(f"Messages SMS au-delà du forfait ({rng.randint(300, 900)})", D(1), money(rng, 8, 30))
    net = sum((a for _, a in rows), D0)
    tps = q(net * D("0.05"))
    tvq = q(net * D("0.09975"))
    total = net + tps + tvq
    cfg = {
        "rows": rows,
        "fonts": ("DV", "DV-B"),
        "fs": 8.4,
        "accent": (0.15, 0.3, 0.55),
        "logo": "circle",
        "brand": "boréal",
        "seed": 16,
        "vendor_lines": [
            "Logiciels Boréal inc.",
            "1250, boul. René-Lévesque O., bureau 2200",
            "Montréal (Québec) H3B 4W8",
            "TPS 774418203 RT0001",
            "TVQ 1228841730 TQ0001",
        ],
        "customer": [
            "Facturé à :",
            "Clinique Vétérinaire des Laurentides inc.",
            "455, rue Principale",
            "Saint-Sauveur (Québec) J0R 1R0",
        ],
        "meta": [
            ("Facture no", num),
            ("Date", dt.isoformat()),
            ("Période", "2026-04-01 au 2026-04-30"),
            ("Échéance", "payable sur réception"),
            ("Compte", "CVL-0088"),
        ],
        "title": "Facture",
        "cols": [
            ("Description", 0, "l"),
            ("Qté", 110 * mm, "r"),
            ("Prix unitaire", 140 * mm, "r"),
            ("Montant", -0.5, "r"),
        ],
        "desc_col": 0,
        "desc_w": 100 * mm,
        "famt": lambda v: nf(v, "ca") + " $",
        "hdr_fill": (0.9, 0.93, 0.97),
        "row_gap": 3,
        "totals": [
            ("Sous-total", nf(net, "ca") + " $", False),
            ("TPS (5 %)", nf(tps, "ca") + " $", False),
            ("TVQ (9,975 %)", nf(tvq, "ca") + " $", False),
            ("-", "", False),
            ("Total (CAD)", nf(total, "ca") + " $", True),
            ("Payé par Visa ****0917", nf(total, "ca") + " $", False),
            ("Solde", "0,00 $", False),
        ],
        "tot_w": 72 * mm,
        "totals_h": 60 * mm,
        "cont_line": num,
        "footer": (["Logiciels Boréal inc. · NEQ 1174418820"], ["facturation@boreal.ca"]),
    }
    pdf = std_invoice(cfg)
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=net,
        vat=tps + tvq,
        total=total,
        cur="CAD",
        loc="fr-CA",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="subscription with pro-rata charge and pro-rata credit; two taxes TPS 5 % + TVQ 9,975 % summed as vat; 'payable sur réception' (no due date printed as a date); paid, balance 0",
        kind="pdf",
    )
    return pdf, "pdf", {}, t, ("CA", vendor, "subscription pro-rata, TPS + TVQ, paid balance 0")


# =========================================================================== receipts


def pick_items(rng, cat, n, multi=0.25):
    """cat entries: (name, lo, hi, code[, flag]); flag 'w' = sold by weight, 'pX.XX' = deposit per unit."""
    seq = []
    while len(seq) < n:
        seq += rng.sample(cat, len(cat))
    out = []
    for e in seq[:n]:
        name, lo, hi, code = e[:4]
        flag = e[4] if len(e) > 4 else ""
        unit = money(rng, lo, hi)
        if flag == "w":
            qty = D(str(round(rng.uniform(0.18, 1.6), 3)))
        else:
            qty = D(rng.choice([2, 2, 3, 4, 6])) if rng.random() < multi else D(1)
        out.append(
            {"d": name, "qty": qty, "unit": unit, "amt": q(qty * unit), "code": code, "flag": flag}
        )
    return out


DE_SUPER = [
    ("Bio Vollmilch 3,8% 1l", 1.19, 1.39, "B"),
    ("Butter Deutsche Marken", 2.19, 2.49, "B"),
    ("Gouda jung Scheiben", 1.69, 2.29, "B"),
    ("Bananen", 1.49, 1.79, "B", "w"),
    ("Äpfel Elstar", 2.49, 2.99, "B", "w"),
    ("Tomaten Rispe", 2.99, 3.99, "B", "w"),
    ("Gurke", 0.69, 0.89, "B"),
    ("Paprika rot", 0.89, 1.29, "B"),
    ("Roggenmischbrot 750g", 2.29, 2.89, "B"),
    ("Brötchen Kaiser", 0.35, 0.45, "B"),
    ("Spaghetti 500g", 0.99, 1.49, "B"),
    ("Passierte Tomaten", 0.79, 1.19, "B"),
    ("Joghurt Natur 500g", 0.89, 1.29, "B"),
    ("Hähnchenbrustfilet", 5.99, 7.49, "B"),
    ("Rinderhack 500g", 4.49, 5.79, "B"),
    ("Kaffee gemahlen 500g", 5.99, 7.99, "B"),
    ("Mineralwasser 1,5l", 0.39, 0.59, "A", "p0.25"),
    ("Apfelschorle 1l PET", 0.99, 1.29, "A", "p0.25"),
    ("Pils 0,5l Dose", 0.79, 0.99, "A", "p0.25"),
    ("Spülmittel 500ml", 1.19, 1.79, "A"),
    ("Küchenrolle 4x", 2.49, 3.29, "A"),
    ("Toilettenpapier 10x", 3.99, 4.99, "A"),
    ("Zahnpasta", 1.29, 2.49, "A"),
    ("Müllbeutel 35l", 1.79, 2.49, "A"),
    ("Schokolade Vollmilch", 0.99, 1.49, "B"),
    ("Chips Paprika", 1.49, 1.99, "B"),
    ("Eier Freiland 10er", 2.79, 3.29, "B"),
    ("Frischkäse Kräuter", 1.09, 1.59, "B"),
    ("Orangensaft 1l", 1.79, 2.49, "B"),
    ("Katzenfutter Schale", 0.45, 0.65, "A"),
    ("Blumenstrauß", 4.99, 7.99, "B"),
    ("Batterien AA 4er", 3.49, 4.99, "A"),
]


def r01(name):
    """DE supermarket, 40+ lines, Pfand, Leergut, coupon, A/B codes, MwSt table; tall scan."""
    rng = rng_for(name)
    vendor = "Frischemarkt Hollerbach e.K."
    num = "4471"
    dt = date(2026, 3, 14)
    its = pick_items(rng, DE_SUPER, 34)
    r = Roll(80, "DVM", 8.2)
    r.logo("box", "HOLLERBACH", 15)
    for s in [
        "Frischemarkt Hollerbach e.K.",
        "Inh. Jens Hollerbach",
        "Lindenallee 22, 34117 Kassel",
        "Tel. 0561 77 41 90",
        "UID: DE 288 412 907",
    ]:
        r.c(s)
    r.gap(4)
    r.lr("", "EUR")
    lines, items = [], []

    def add(desc, amt, code, qty=None, unit=None, sub=None):
        r.row((desc[:28], r.m, "l"), (nf(amt), r.R - 12, "r"), (code, r.R, "r"))
        if sub:
            r.row(("  " + sub, r.m, "l"))
        lines.append((amt, code))
        items.append((desc, qty, unit, amt))

    for it in its:
        if it["flag"] == "w":
            add(
                it["d"],
                it["amt"],
                it["code"],
                it["qty"],
                it["unit"],
                f"{nf(it['qty'], 'de', 3)} kg x {nf(it['unit'])} EUR/kg",
            )
        elif it["qty"] > 1:
            add(
                it["d"],
                it["amt"],
                it["code"],
                it["qty"],
                it["unit"],
                f"{qs(it['qty'])} Stk x {nf(it['unit'])}",
            )
        else:
            add(it["d"], it["amt"], it["code"], D(1), it["unit"])
        if it["flag"].startswith("p"):
            dep = D(it["flag"][1:])
            add(
                "Pfand",
                q(dep * it["qty"]),
                it["code"],
                it["qty"],
                dep,
                f"{qs(it['qty'])} Stk x {nf(dep)}" if it["qty"] > 1 else None,
            )
    cpn = -money(rng, 0.5, 1.5)
    add("Coupon 10% Obst & Gemüse", cpn, "B", D(1), cpn)
    lg = -q(D(rng.randint(8, 18)) * D("0.25"))
    add("Leergutbon Nr. 0412", lg, "A", D(1), lg)
    tax = incl_tax(lines, {"A": D(19), "B": D(7)})
    total = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    r.rule()
    r.lr("SUMME", nf(total), bold=True, size=11)
    r.rule()
    r.lr("Geg. Girocard", nf(total))
    r.gap(4)
    r.row(
        ("Steuer", r.m, "l"),
        ("%", r.m + 60, "r"),
        ("Netto", r.m + 112, "r"),
        ("Steuer", r.m + 160, "r"),
        ("Brutto", r.R, "r"),
    )
    for code, rate in (("A", 19), ("B", 7)):
        g, n_, v = tax[code]
        r.row(
            (code + "=", r.m, "l"),
            (f"{rate},0%", r.m + 60, "r"),
            (nf(n_), r.m + 112, "r"),
            (nf(v), r.m + 160, "r"),
            (nf(g), r.R, "r"),
        )
    r.row(
        ("Gesamt", r.m, "l"),
        (nf(total - vat), r.m + 112, "r"),
        (nf(vat), r.m + 160, "r"),
        (nf(total), r.R, "r"),
    )
    r.gap(6)
    r.tl(f"{dt.strftime('%d.%m.%Y')} 17:42  Bon {num}  Kasse 3")
    r.tl("Bed.: 112 Sandra")
    r.tl("Girocard  Kartennr. ############4417")
    r.tl("Genehm.-Nr. 084412  TID 55041182")
    r.gap(4)
    r.tl("TSE-Signatur: MEQCIGk2...aF8Q=")
    r.tl("TSE-Transaktion: 188412")
    r.gap(4)
    r.c("Vielen Dank für Ihren Einkauf!", bold=True)
    r.c("Mo-Sa 7-21 Uhr")
    pdf = r.render(f"Bon {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="long supermarket receipt: weighed items, Pfand lines, coupon and Leergutbon (negative), A=19 % / B=7 % tax table; tall grey scan with thermal fading",
        kind="scan",
    )
    return (
        pdf,
        "scan",
        {
            "dpi": 200,
            "grey": True,
            "skew": 1.0,
            "blur": 0.6,
            "noise": 5,
            "fade": 0.35,
            "specks": 30,
        },
        t,
        ("DE", vendor, "40+ lines, Pfand, Leergut, coupon, A/B tax table"),
    )


NL_SUPER = [
    ("AH Halfvolle melk 1,5L", 1.29, 1.59, "9"),
    ("Jong belegen kaas plakken", 3.29, 4.19, "9"),
    ("Bananen", 1.99, 2.29, "9", "w"),
    ("Komkommer", 0.79, 0.99, "9"),
    ("Volkoren brood heel", 2.19, 2.69, "9"),
    ("Roomboter 250g", 2.49, 2.99, "9"),
    ("Pindakaas 600g", 3.19, 3.79, "9"),
    ("Hagelslag puur", 2.49, 2.89, "9"),
    ("Spa rood 1,5L", 0.99, 1.29, "9", "p0.25"),
    ("Cola zero 1,5L", 1.69, 2.19, "9", "p0.25"),
    ("Heineken blik 0,33", 0.99, 1.19, "21", "p0.15"),
    ("Stroopwafels", 1.79, 2.29, "9"),
    ("Kipfilet 500g", 5.49, 6.49, "9"),
    ("Aardappelen 2kg", 2.29, 2.99, "9"),
    ("Uien 1kg", 1.19, 1.49, "9"),
    ("Wasmiddel 1,3L", 6.99, 8.99, "21"),
    ("Afwasmiddel", 1.49, 2.19, "21"),
    ("Shampoo 300ml", 2.99, 4.49, "21"),
    ("Tulpen 10 stuks", 3.99, 4.99, "9"),
    ("Koffiepads 36st", 3.99, 4.79, "9"),
    ("Yoghurt Griekse stijl", 1.99, 2.39, "9"),
    ("Appels Elstar 1kg", 2.49, 2.99, "9"),
    ("Tandpasta", 1.99, 2.79, "21"),
    ("Wijn rood Merlot", 4.99, 6.99, "21"),
]


def r02(name):  # noqa: C901
    """NL supermarket, bonus discounts, statiegeld, BTW 9/21 %; photo of a long folded roll."""
    rng = rng_for(name)
    vendor = "Buurtsuper De Korenbloem B.V."
    num = "0088"
    dt = date(2026, 5, 9)
    its = pick_items(rng, NL_SUPER, 28)
    r = Roll(80, "DVM", 8.2)
    r.logo("circle", "K", 18)
    for s in [
        "De Korenbloem",
        "Buurtsuper De Korenbloem B.V.",
        "Oudegracht 141, 3511 AH Utrecht",
        "Tel 030-231 44 18",
    ]:
        r.c(s)
    r.gap(3)
    r.lr("OMSCHRIJVING", "BEDRAG")
    lines, items = [], []

    def add(desc, amt, code, qty=None, unit=None, pre=None):
        if pre:
            r.tl(pre)
        r.lr(desc[:30], nf(amt, "nl"))
        lines.append((amt, code))
        items.append((desc, qty, unit, amt))

    for it in its:
        if it["flag"] == "w":
            add(
                it["d"],
                it["amt"],
                it["code"],
                it["qty"],
                it["unit"],
                f"{nf(it['qty'], 'nl', 3)} kg x {nf(it['unit'], 'nl')}",
            )
        elif it["qty"] > 1:
            add(
                it["d"],
                it["amt"],
                it["code"],
                it["qty"],
                it["unit"],
                f"{qs(it['qty'])} x {nf(it['unit'], 'nl')}",
            )
        else:
            add(it["d"], it["amt"], it["code"], D(1), it["unit"])
        if it["flag"].startswith("p"):
            dep = D(it["flag"][1:])
            add("STATIEGELD", q(dep * it["qty"]), it["code"], it["qty"], dep)
        if rng.random() < 0.18:
            b = -q(it["amt"] * D("0.25"))
            if b:
                add("BONUS " + it["d"][:20], b, it["code"], D(1), b)
    sg = -q(D(rng.randint(4, 12)) * D("0.25"))
    add("STATIEGELD RETOUR BON", sg, "9", D(1), sg)
    tax = incl_tax(lines, {"9": D(9), "21": D(21)})
    total = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    r.rule(False)
    r.lr(f"{len(items)} ARTIKELEN   TOTAAL", nf(total, "nl"), bold=True, size=10)
    r.lr("PINNEN", nf(total, "nl"))
    r.gap(4)
    r.row(("BTW", r.m, "l"), ("OVER", r.m + 110, "r"), ("BEDRAG", r.R, "r"))
    for code in ("9", "21"):
        _g, n_, v = tax[code]
        r.row((f"{code}%", r.m, "l"), (nf(n_, "nl"), r.m + 110, "r"), (nf(v, "nl"), r.R, "r"))
    r.row(("TOTAAL", r.m, "l"), (nf(total - vat, "nl"), r.m + 110, "r"), (nf(vat, "nl"), r.R, "r"))
    r.gap(4)
    r.tl(f"Kassa 2  Bon {num}  {dt.strftime('%d-%m-%Y')} 11:08")
    r.tl("Maestro ********3382  Autorisatie 441827")
    r.tl("Uw voordeel vandaag: zie BONUS-regels")
    r.gap(3)
    r.c("Bedankt en tot ziens!")
    r.bars(8, seed=22)
    pdf = r.render(f"Bon {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="long NL receipt: bonus discounts, statiegeld lines and a statiegeld return voucher, BTW 9/21 % table; photo of a folded roll",
        kind="photo",
    )
    return (
        pdf,
        "photo",
        {"long_side": 2300, "folds": 2, "tilt": 3.5},
        t,
        ("NL", vendor, "bonus discounts, statiegeld + return, BTW 9/21 %, folded photo"),
    )


FR_SUPER = [
    ("LAIT DEMI-ECREME 1L", 0.95, 1.19, "1"),
    ("BEURRE DOUX 250G", 2.29, 2.89, "1"),
    ("COMTE AOP 18 MOIS", 4.49, 6.99, "1"),
    ("BAGUETTE TRADITION", 1.10, 1.30, "1"),
    ("YAOURT NATURE X8", 1.89, 2.49, "1"),
    ("POMMES GOLDEN KG", 2.29, 2.79, "1", "w"),
    ("CAROTTES VRAC KG", 1.29, 1.69, "1", "w"),
    ("JAMBON BLANC X4", 2.99, 3.79, "1"),
    ("PATES COQUILLETTES", 0.89, 1.29, "1"),
    ("CAFE MOULU 250G", 2.99, 3.99, "1"),
    ("EAU MINERALE 6X1.5L", 2.49, 3.29, "1"),
    ("JUS ORANGE 1L", 1.79, 2.49, "1"),
    ("VIN ROUGE COTES DU RHONE", 4.49, 6.99, "2"),
    ("BIERE BLONDE 6X25CL", 3.99, 4.99, "2"),
    ("LESSIVE LIQUIDE 2L", 6.99, 9.49, "2"),
    ("PAPIER TOILETTE X12", 4.49, 5.99, "2"),
    ("GEL DOUCHE 250ML", 1.79, 2.79, "2"),
    ("EPONGES X3", 1.29, 1.79, "2"),
    ("SANDWICH JAMBON BEURRE", 2.99, 3.49, "3"),
    ("SALADE CESAR BOL", 3.49, 4.29, "3"),
    ("CHOCOLAT NOIR 70%", 1.49, 2.29, "2"),
    ("BISCUITS PETIT BEURRE", 1.19, 1.69, "1"),
    ("CREME FRAICHE 20CL", 1.19, 1.59, "1"),
    ("OEUFS PLEIN AIR X12", 3.29, 3.99, "1"),
    ("POULET ROTI", 6.99, 8.99, "3"),
    ("CHIPS NATURE 150G", 1.29, 1.89, "1"),
]


def r03(name):
    """FR hypermarché ticket, TVA codes 1/2/3 (5,5/20/10), fidélité remises, bon de réduction; e-ticket PDF."""
    rng = rng_for(name)
    vendor = "SAS Hyper Marché des Tilleuls"
    num = "00418"
    dt = date(2026, 6, 20)
    its = pick_items(rng, FR_SUPER, 32)
    r = Roll(76, "Courier", 8.0)
    r.logo("word", "HYPER DES TILLEULS", 12, "Helvetica-Bold")
    for s in [
        "SAS Hyper Marché des Tilleuls",
        "ZAC des Tilleuls - 37170 Chambray",
        "SIRET 441 827 330 00015",
        "TVA FR 62 441827330",
    ]:
        r.c(s)
    r.gap(3)
    lines, items = [], []

    def add(desc, amt, code, qty=None, unit=None, sub=None):
        r.row((desc[:24], r.m, "l"), (nf(amt, "fr") + " " + code, r.R, "r"))
        if sub:
            r.row(("   " + sub, r.m, "l"))
        lines.append((amt, code))
        items.append((desc, qty, unit, amt))

    for it in its:
        sub = (
            f"{nf(it['qty'], 'fr', 3)} kg x {nf(it['unit'], 'fr')} EUR/kg"
            if it["flag"] == "w"
            else (f"{qs(it['qty'])} x {nf(it['unit'], 'fr')}" if it["qty"] > 1 else None)
        )
        add(it["d"], it["amt"], it["code"], it["qty"], it["unit"], sub)
        if rng.random() < 0.15:
            rem = -q(it["amt"] * D("0.30"))
            add("  REMISE FIDELITE -30%", rem, it["code"], D(1), rem)
    bon = D("-1.50")
    add("BON DE REDUCTION", bon, "1", D(1), bon)
    tax = incl_tax(lines, {"1": D("5.5"), "2": D(20), "3": D(10)})
    total = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    r.rule()
    r.lr(f"{len(its)} ARTICLES", "")
    r.lr("TOTAL A PAYER", nf(total, "fr") + " EUR", bold=True, size=10)
    r.lr("CB SANS CONTACT", nf(total, "fr"))
    r.rule()
    r.row(
        ("CODE", r.m, "l"),
        ("TAUX", r.m + 55, "r"),
        ("HT", r.m + 110, "r"),
        ("TVA", r.m + 155, "r"),
        ("TTC", r.R, "r"),
    )
    for code, rate in (("1", "5,50"), ("2", "20,00"), ("3", "10,00")):
        g, n_, v = tax[code]
        r.row(
            (code, r.m, "l"),
            (rate, r.m + 55, "r"),
            (nf(n_, "fr"), r.m + 110, "r"),
            (nf(v, "fr"), r.m + 155, "r"),
            (nf(g, "fr"), r.R, "r"),
        )
    r.row(
        ("TOTAL", r.m, "l"),
        (nf(total - vat, "fr"), r.m + 110, "r"),
        (nf(vat, "fr"), r.m + 155, "r"),
        (nf(total, "fr"), r.R, "r"),
    )
    r.gap(4)
    r.tl(f"Carte fidélité ****0417  cagnotte +{nf(q(total * D('0.02')), 'fr')}")
    r.tl(f"{dt.strftime('%d/%m/%Y')} 10:27 CAISSE 014 TICKET {num}")
    r.c("MERCI DE VOTRE VISITE", bold=True)
    r.qr(18, seed=33)
    pdf = r.render(f"Ticket {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="long ticket with TVA codes 1/2/3 (5,5/20/10 %), loyalty 'remise fidélité' lines and a bon de réduction; e-ticket PDF",
        kind="pdf",
    )
    return pdf, "pdf", {}, t, ("FR", vendor, "TVA codes 1/2/3, remises fidélité, bon de réduction")


GB_SUPER = [
    ("Semi Skimmed Milk 4pt", 1.45, 1.65, "Z"),
    ("Wholemeal Bread 800g", 1.25, 1.55, "Z"),
    ("Free Range Eggs 12pk", 3.10, 3.60, "Z"),
    ("Cheddar Mature 400g", 3.25, 3.95, "Z"),
    ("Bananas Loose", 0.74, 0.84, "Z", "w"),
    ("Broccoli", 0.65, 0.85, "Z"),
    ("Chicken Breast 650g", 4.85, 5.65, "Z"),
    ("Baked Beans 4pk", 2.35, 2.85, "Z"),
    ("Porridge Oats 1kg", 1.45, 1.85, "Z"),
    ("Orange Juice 1L", 1.65, 2.15, "A"),
    ("Sparkling Water 2L", 0.75, 0.99, "A"),
    ("Crisps Multipack", 2.25, 2.95, "A"),
    ("Chocolate Digestives", 1.55, 1.95, "A"),
    ("Washing Up Liquid", 1.25, 1.75, "A"),
    ("Toilet Roll 9pk", 4.25, 5.25, "A"),
    ("Shampoo 400ml", 2.75, 3.95, "A"),
    ("Bin Bags 20pk", 1.95, 2.65, "A"),
    ("Pinot Grigio 75cl", 6.50, 8.00, "A"),
    ("Lager 4x440ml", 4.50, 5.50, "A"),
    ("Tea Bags 80s", 2.35, 2.95, "Z"),
    ("Pasta Fusilli 500g", 0.75, 0.99, "Z"),
    ("Tinned Tomatoes", 0.49, 0.69, "Z"),
    ("Fish Fingers 10pk", 2.45, 2.95, "Z"),
    ("Ice Cream 1L", 2.25, 3.25, "A"),
]


def r04(name):
    """GB supermarket: VAT codes A (20 %) / Z (0 %), loyalty prices, a refunded item; photo."""
    rng = rng_for(name)
    vendor = "Thornbury Foods Ltd"
    num = "7712"
    dt = date(2026, 2, 21)
    its = pick_items(rng, GB_SUPER, 30)
    r = Roll(80, "DVM", 8.0)
    r.logo("box", "THORNBURY", 14)
    for s in ["Thornbury Foods Ltd", "High Street, Thornbury BS35 2AR", "VAT No: GB 441 8273 09"]:
        r.c(s)
    r.gap(3)
    lines, items = [], []

    def add(desc, amt, code, qty=None, unit=None, sub=None):
        r.row(
            (desc[:28], r.m, "l"),
            (f"£{amt:.2f}" if amt >= 0 else f"-£{-amt:.2f}", r.R - 10, "r"),
            (code, r.R, "r"),
        )
        if sub:
            r.row(("   " + sub, r.m, "l"))
        lines.append((amt, code))
        items.append((desc, qty, unit, amt))

    for it in its:
        sub = (
            f"{it['qty']:.3f} kg @ £{it['unit']:.2f}/kg"
            if it["flag"] == "w"
            else (f"{qs(it['qty'])} @ £{it['unit']:.2f}" if it["qty"] > 1 else None)
        )
        add(it["d"], it["amt"], it["code"], it["qty"], it["unit"], sub)
        if rng.random() < 0.2:
            s = -money(rng, 0.25, 1.0)
            add("  Club Price saving", s, it["code"], D(1), s)
    ref = -D("3.95")
    add("REFUND Shampoo 400ml", ref, "A", D(1), ref)
    tax = incl_tax(lines, {"A": D(20), "Z": D(0)})
    total = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    r.rule()
    r.lr("BALANCE DUE", f"£{total:.2f}", bold=True, size=10.5)
    r.lr("Contactless VISA", f"£{total:.2f}")
    r.lr("CHANGE", "£0.00")
    r.rule()
    r.row(
        ("VAT", r.m, "l"),
        ("RATE", r.m + 50, "r"),
        ("NET", r.m + 105, "r"),
        ("VAT", r.m + 150, "r"),
        ("GROSS", r.R, "r"),
    )
    for code, rate in (("A", "20%"), ("Z", "0%")):
        g, n_, v = tax[code]
        r.row(
            (code, r.m, "l"),
            (rate, r.m + 50, "r"),
            (f"{n_:.2f}", r.m + 105, "r"),
            (f"{v:.2f}", r.m + 150, "r"),
            (f"{g:.2f}", r.R, "r"),
        )
    r.gap(4)
    r.tl(f"{dt.strftime('%d/%m/%Y')} 18:55 ST 0214 OP 33 TE 04")
    r.tl(f"Receipt No: {num}")
    r.tl("Thornbury Club savings today: see above")
    r.c("Thank you for shopping with us", bold=True)
    r.bars(8, seed=44)
    pdf = r.render(f"Receipt {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="GBP",
        loc="en-GB",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="UK supermarket: VAT code A 20 % / Z 0 % (zero-rated food), loyalty savings lines, refunded item; photo",
        kind="photo",
    )
    return (
        pdf,
        "photo",
        {"long_side": 2200, "folds": 1, "tilt": 2.5},
        t,
        ("GB", vendor, "VAT A/Z table, club savings, refund line"),
    )


US_HW = [
    ("2X4X8 KD STUD SPF", 3.48, 4.28, "T"),
    ("DRYWALL SCREWS 1-5/8 1LB", 7.97, 9.97, "T"),
    ("WOOD GLUE 16 OZ", 5.47, 6.98, "T"),
    ("PAINT ROLLER COVER 3PK", 8.97, 11.47, "T"),
    ("INTERIOR PAINT EGGSHELL GAL", 32.98, 41.98, "T"),
    ("PAINTERS TAPE 1.88IN", 5.98, 7.48, "T"),
    ("LED BULB A19 60W 4PK", 8.97, 12.97, "T"),
    ("OUTLET 15A TAMPER RES", 1.98, 2.68, "T"),
    ("WIRE NUTS ASST 25PK", 3.97, 4.97, "T"),
    ("PVC PIPE 1/2IN X 10FT", 3.28, 4.18, "T"),
    ("CAULK WHITE SILICONE", 6.47, 8.48, "T"),
    ("UTILITY KNIFE BLADES 10PK", 4.97, 6.97, "T"),
    ("WORK GLOVES L", 9.97, 14.97, "T"),
    ("PLYWOOD 1/2 4X8 SHEATH", 28.98, 36.98, "T"),
    ("GARDEN HOSE 50FT", 24.98, 34.98, "T"),
    ("POTTING MIX 1CU FT", 8.97, 11.97, "T"),
    ("SANDPAPER 120 GRIT 5PK", 4.47, 5.97, "T"),
    ("DOOR HINGE 3.5IN 3PK", 7.98, 10.98, "T"),
    ("EXTENSION CORD 25FT", 14.97, 19.97, "T"),
    ("DRILL BIT SET 21PC", 19.97, 29.97, "T"),
    ("BOTTLED WATER 24PK", 4.48, 5.98, "N"),
]


def r05(name):
    """US hardware store, 30+ lines, SKUs, coupon, return, sales tax 7.25 %; e-receipt PDF."""
    rng = rng_for(name)
    vendor = "Cedar Ridge Hardware & Lumber"
    num = "0417-0088-4471"
    dt = date(2026, 4, 25)
    its = pick_items(rng, US_HW, 32, multi=0.35)
    r = Roll(80, "Courier", 8.0)
    r.logo("word", "CEDAR RIDGE", 16, "Helvetica-Bold")
    for s in ["HARDWARE & LUMBER", "4410 N High St, Columbus OH 43214", "(614) 555-0147"]:
        r.c(s)
    r.gap(3)
    r.tl(f"STORE 0417  REG 08  TRANS {num[-4:]}")
    r.tl(f"{dt.strftime('%m/%d/%y')} 09:14 AM  CASHIER DEVIN")
    r.rule()
    lines, items = [], []
    taxable = D0

    def add(desc, amt, code, qty=None, unit=None, sku=None):
        nonlocal taxable
        r.row(
            ((sku or "") + " " + desc[:22], r.m, "l"),
            (f"{amt:.2f}", r.R - 9, "r"),
            (code, r.R, "r"),
        )
        lines.append((amt, code))
        items.append((desc, qty, unit, amt))
        if code == "T":
            taxable += amt

    for it in its:
        sku = f"{rng.randint(100000, 999999)}"
        add(it["d"], it["amt"], it["code"], it["qty"], it["unit"], sku)
        if it["qty"] > 1:
            r.tl(f"       {qs(it['qty'])} @ {it['unit']:.2f}")
    add("COUPON $5 OFF $50 PAINT", D("-5.00"), "T", D(1), D("-5.00"), "CPN   ")
    ret = its[0]
    r.tl("   RETURN - RECEIPT 0417-0081-2290")
    add(ret["d"], -ret["unit"], "T", D(-1), ret["unit"], "RTN   ")
    sub = sum((a for a, _ in lines), D0)
    tax = q(taxable * D("0.0725"))
    total = sub + tax
    r.rule()
    r.lr("SUBTOTAL", f"{sub:.2f}")
    r.lr("SALES TAX 7.25%", f"{tax:.2f}")
    r.lr("TOTAL", f"${total:.2f}", bold=True, size=10)
    r.lr("VISA CREDIT  XXXX1184", f"{total:.2f}")
    r.tl("AUTH CODE 044182  CHIP READ")
    r.gap(3)
    r.tl(f"ITEMS SOLD {len(its)}  ITEMS RETURNED 1")
    r.c("RETURNS WITHIN 90 DAYS WITH RECEIPT")
    r.bars(9, seed=55)
    r.c(num)
    pdf = r.render(f"Receipt {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=total,
        cur="USD",
        loc="en-US",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="US hardware receipt 30+ lines with SKUs, coupon, returned item (negative), sales tax on taxable subtotal (N = non-taxable); e-receipt PDF",
        kind="pdf",
    )
    return pdf, "pdf", {}, t, ("US", vendor, "30+ lines, coupon, return, sales tax on taxable only")


DE_BAU = [
    ("Schrauben Spax 4x40 200St", 6.49, 8.99),
    ("Dübel SX 8 50St", 3.29, 4.49),
    ("Silikon sanitär weiß", 5.99, 7.49),
    ("Abdeckfolie 4x5m", 1.99, 2.99),
    ("Malerkrepp 50m", 2.49, 3.49),
    ("Wandfarbe weiß 10l", 29.99, 44.99),
    ("Farbrolle 25cm", 4.99, 7.99),
    ("Pinselset 3tlg.", 3.99, 5.99),
    ("Kabelbinder 100St", 2.99, 4.49),
    ("Verlängerungskabel 10m", 9.99, 14.99),
    ("LED-Leuchtmittel E27 8W", 2.99, 4.99),
    ("Laminat Eiche 2,13m²", 17.99, 24.99),
    ("Trittschalldämmung 15m²", 14.99, 19.99),
    ("Sockelleiste Eiche 2,4m", 3.49, 4.99),
    ("Montagekleber 290ml", 4.99, 6.99),
    ("Blumenerde 40l", 3.99, 6.99),
    ("Rasendünger 5kg", 12.99, 17.99),
    ("Arbeitshandschuhe Gr.10", 2.99, 4.99),
    ("Holzleim D3 750g", 7.49, 9.99),
    ("Schleifpapier K120 5St", 2.99, 3.99),
    ("Bauschaum 750ml", 6.99, 9.49),
    ("Fliesenkleber 25kg", 14.99, 21.99),
    ("Gartenschlauch 20m", 19.99, 29.99),
    ("Akku-Bohrschrauber 18V", 69.99, 99.99),
    ("Bits-Set 32tlg.", 9.99, 14.99),
]


def r06(name):
    """DE Baumarkt e-Bon, 30+ lines, Rückgabe, Rabatt, 19 % only; PDF."""
    rng = rng_for(name)
    vendor = "Bau- und Gartenmarkt Steinhauer GmbH"
    num = "188412"
    dt = date(2026, 4, 11)
    its = pick_items(
        rng,
        [(*e, "A") if len(e) == 3 else e for e in [(a, b, c) for a, b, c in DE_BAU]],
        31,
        multi=0.35,
    )
    r = Roll(80, "DVC", 8.4)
    r.logo("word", "STEINHAUER", 17)
    for s in [
        "Bau- und Gartenmarkt Steinhauer GmbH",
        "Am Güterbahnhof 5 · 72764 Reutlingen",
        "USt-IdNr. DE 814 472 330",
    ]:
        r.c(s)
    r.gap(3)
    r.row(("Artikel", r.m, "l"), ("Menge", r.m + 118, "r"), ("EUR", r.R, "r"), bold=True)
    lines, items = [], []

    def add(desc, amt, qty, unit, ean=True):
        r.row(
            (desc, r.m, "l"),
            (qs(qty) if qty is not None else "", r.m + 118, "r"),
            (nf(amt) + " A", r.R, "r"),
        )
        if ean:
            r.row((f"  EAN 40{rng.randint(10**10, 10**11 - 1)}  à {nf(unit)}", r.m, "l"), size=7)
        lines.append((amt, "A"))
        items.append((desc, qty, unit, amt))

    for it in its:
        add(it["d"], it["amt"], it["qty"], it["unit"])
    rb = -q(sum((it["amt"] for it in its), D0) * D("0.05"))
    add("Handwerkerrabatt 5 %", rb, None, None, False)
    ret = its[3]
    r.tl("Rückgabe zu Bon 187990 vom 04.04.2026")
    add(ret["d"], -ret["unit"], D(-1), ret["unit"], False)
    total = sum((a for a, _ in lines), D0)
    vat = q(total * 19 / 119)
    r.rule(False)
    r.lr(f"Summe ({len(its)} Artikel)", nf(total) + " EUR", bold=True, size=10.5)
    r.lr("Kreditkarte Mastercard", nf(total))
    r.gap(3)
    r.row(
        ("A 19 %", r.m, "l"),
        ("Netto " + nf(total - vat), r.m + 48, "l"),
        ("MwSt " + nf(vat), r.R, "r"),
    )
    r.gap(4)
    r.tl(f"Bon-Nr. {num}  Kasse 07  {dt.strftime('%d.%m.%Y')} 14:03")
    r.tl("Kundenkarte Profi 0044 1827")
    r.tl("TSE Sig.-Zähler 441827  Start 14:01:58")
    r.c("Umtausch innerhalb 30 Tagen nur mit Bon.", size=7.5)
    r.qr(16, seed=66)
    pdf = r.render(f"Bon {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="Baumarkt e-Bon 30+ items with EAN sub-lines, 5 % trade discount line and a return of an item from an older receipt (negative); single 19 % rate",
        kind="pdf",
    )
    return pdf, "pdf", {}, t, ("DE", vendor, "30+ lines, Handwerkerrabatt, Rückgabe line")


CH_SUPER = [
    ("Vollmilch UHT 1l", 1.55, 1.85, "1"),
    ("Zopf 500g", 3.40, 4.20, "1"),
    ("Emmentaler mild", 3.95, 5.80, "1"),
    ("Rüebli 1kg", 1.95, 2.60, "1"),
    ("Äpfel Gala", 3.20, 3.90, "1", "w"),
    ("Bratwurst 2 St.", 4.60, 5.90, "1"),
    ("Teigwaren Hörnli 500g", 1.60, 2.30, "1"),
    ("Kaffee Bohnen 500g", 7.90, 10.50, "1"),
    ("Schokolade Milch 100g", 1.60, 2.40, "1"),
    ("Mineral mit 6x1,5l", 4.80, 6.40, "1"),
    ("Bier Lager 6x33cl", 7.90, 9.90, "2"),
    ("Rotwein Dôle 75cl", 9.50, 13.90, "2"),
    ("WC-Papier 8 Rollen", 5.40, 7.20, "2"),
    ("Abwaschmittel", 2.40, 3.60, "2"),
    ("Zahnbürste", 2.90, 4.50, "2"),
    ("Blumen Tulpen", 6.90, 9.90, "1"),
    ("Joghurt Erdbeer", 0.75, 0.95, "1"),
    ("Butter 200g", 3.20, 3.70, "1"),
    ("Eier 6 St.", 3.60, 4.40, "1"),
    ("Gipfeli 4 St.", 3.20, 4.00, "1"),
]


def r07(name):
    """CH village shop, MWST codes 1 (2.6 %) / 2 (8.1 %), cash with 5-Rappen rounding and change; scan."""
    rng = rng_for(name)
    vendor = "Dorfladen Trubschachen Genossenschaft"
    num = "0571"
    dt = date(2026, 8, 29)
    its = pick_items(rng, CH_SUPER, 30)
    r = Roll(58, "DVM", 7.2, margin_mm=2.5)
    r.logo("circle", "D", 15)
    for s in [
        "Dorfladen Trubschachen",
        "Genossenschaft",
        "Dorfstrasse 11",
        "3555 Trubschachen",
        "CHE-102.441.827 MWST",
    ]:
        r.c(s)
    r.gap(3)
    lines, items = [], []
    for it in its:
        r.row((it["d"][:22], r.m, "l"), (nf(it["amt"], "ch") + " " + it["code"], r.R, "r"))
        if it["flag"] == "w":
            r.tl(f" {nf(it['qty'], 'ch', 3)}kg x {nf(it['unit'], 'ch')}")
        elif it["qty"] > 1:
            r.tl(f" {qs(it['qty'])} x {nf(it['unit'], 'ch')}")
        lines.append((it["amt"], it["code"]))
        items.append((it["d"], it["qty"], it["unit"], it["amt"]))
    tax = incl_tax(lines, {"1": D("2.6"), "2": D("8.1")})
    exact = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    total = q((exact * 20).quantize(D(1), ROUND_HALF_UP) / 20)
    rnd = total - exact
    given = D((int(total) // 50 + 1) * 50)
    r.rule()
    r.lr("Zwischensumme", nf(exact, "ch"))
    r.lr("Rundung", nf(rnd, "ch"))
    r.lr("TOTAL CHF", nf(total, "ch"), bold=True, size=9.5)
    r.lr("Bar", nf(given, "ch"))
    r.lr("Rückgeld", nf(given - total, "ch"))
    r.rule()
    r.row(("MWST", r.m, "l"), ("Satz", r.m + 40, "r"), ("Netto", r.m + 85, "r"), ("MWST", r.R, "r"))
    for code, rate in (("1", "2.6%"), ("2", "8.1%")):
        _g, n_, v = tax[code]
        r.row(
            (code, r.m, "l"),
            (rate, r.m + 40, "r"),
            (nf(n_, "ch"), r.m + 85, "r"),
            (nf(v, "ch"), r.R, "r"),
        )
    r.gap(3)
    r.tl(f"{dt.strftime('%d.%m.%Y')} 08:12 Kasse 1")
    r.tl(f"Beleg-Nr. {num}  Bed. Ruth")
    r.c("Merci und e schöne Tag!")
    pdf = r.render(f"Beleg {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=exact - vat,
        vat=vat,
        total=total,
        cur="CHF",
        loc="de-CH",
        layout="receipt",
        dtype="receipt",
        items=items,
        note=f"58 mm roll, MWST codes 1/2 (2.6/8.1 %), cash payment with 5-Rappen Rundung {rnd} and Rückgeld; total = rounded TOTAL CHF",
        kind="scan",
        rounding=rnd,
    )
    return (
        pdf,
        "scan",
        {"dpi": 220, "grey": True, "skew": 1.5, "blur": 0.5, "noise": 6, "fade": 0.25},
        t,
        ("CH", vendor, "58 mm, codes 1/2, Rundung, cash + change"),
    )


IT_SUPER = [
    ("LATTE P.S. 1L", 1.19, 1.49, "4"),
    ("PANE CASERECCIO", 2.10, 3.20, "4", "w"),
    ("PASTA SPAGHETTI 500G", 0.89, 1.39, "4"),
    ("PASSATA POMODORO", 0.79, 1.29, "4"),
    ("OLIO EVO 1L", 7.90, 9.90, "4"),
    ("MOZZARELLA 125G", 0.99, 1.49, "4"),
    ("PARMIGIANO 24M", 4.50, 7.90, "4"),
    ("PROSCIUTTO CRUDO", 2.90, 4.50, "10"),
    ("MELE GOLDEN", 1.99, 2.49, "4", "w"),
    ("CAFFE MACINATO 250G", 2.99, 4.29, "22"),
    ("ACQUA MIN. 6X1,5L", 1.99, 2.99, "22"),
    ("VINO ROSSO DOC", 4.50, 8.90, "22"),
    ("BIRRA 66CL", 1.19, 1.79, "22"),
    ("YOGURT BIANCO X2", 0.99, 1.39, "4"),
    ("BISCOTTI FROLLINI", 1.69, 2.49, "10"),
    ("DETERSIVO PIATTI", 1.49, 2.29, "22"),
    ("CARTA IGIENICA X8", 2.99, 3.99, "22"),
    ("UOVA FRESCHE X6", 1.99, 2.69, "10"),
    ("POLLO PETTO", 5.90, 8.90, "10"),
    ("GELATO VASCHETTA", 2.99, 4.49, "10"),
    ("ZUCCHERO 1KG", 0.99, 1.29, "10"),
    ("SHAMPOO 250ML", 1.99, 3.49, "22"),
]


def r08(name):
    """IT documento commerciale, IVA 4/10/22 % column, reso; photo at an angle."""
    rng = rng_for(name)
    vendor = "Supermercato Il Girasole di Bianchi S.n.c."
    num = "0412-0188"
    dt = date(2026, 9, 19)
    its = pick_items(rng, IT_SUPER, 30)
    r = Roll(80, "DVM", 8.0)
    r.logo("word", "IL GIRASOLE", 15)
    for s in [
        "Supermercato Il Girasole",
        "di Bianchi S.n.c.",
        "Via Roma 88 - 40121 Bologna",
        "P.IVA 02441827370",
    ]:
        r.c(s)
    r.gap(2)
    r.c("DOCUMENTO COMMERCIALE", bold=True)
    r.c("di vendita o prestazione")
    r.row(("DESCRIZIONE", r.m, "l"), ("IVA", r.m + 140, "r"), ("Prezzo(€)", r.R, "r"))
    lines, items = [], []

    def add(desc, amt, code, qty, unit, sub=None):
        if sub:
            r.tl(sub)
        r.row((desc[:24], r.m, "l"), (code + "%", r.m + 140, "r"), (nf(amt, "it"), r.R, "r"))
        lines.append((amt, code))
        items.append((desc, qty, unit, amt))

    for it in its:
        sub = (
            f"{nf(it['qty'], 'it', 3)} kg x {nf(it['unit'], 'it')} €/kg"
            if it["flag"] == "w"
            else (f"{qs(it['qty'])} x {nf(it['unit'], 'it')}" if it["qty"] > 1 else None)
        )
        add(it["d"], it["amt"], it["code"], it["qty"], it["unit"], sub)
    rs = its[5]
    add("RESO " + rs["d"][:18], -rs["unit"], rs["code"], D(-1), rs["unit"])
    sc = -D("2.00")
    add("SCONTO CARTA AMICI", sc, "22", D(1), sc)
    tax = incl_tax(lines, {"4": D(4), "10": D(10), "22": D(22)})
    total = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    r.rule()
    r.lr("TOTALE COMPLESSIVO", nf(total, "it"), bold=True, size=10)
    r.lr("di cui IVA", nf(vat, "it"))
    r.lr("Pagamento elettronico", nf(total, "it"))
    r.lr("Importo pagato", nf(total, "it"))
    r.rule()
    r.row(("Aliquota", r.m, "l"), ("Imponibile", r.m + 110, "r"), ("Imposta", r.R, "r"))
    for code in ("4", "10", "22"):
        _g, n_, v = tax[code]
        r.row((f"IVA {code}%", r.m, "l"), (nf(n_, "it"), r.m + 110, "r"), (nf(v, "it"), r.R, "r"))
    r.gap(3)
    r.tl(f"{dt.strftime('%d-%m-%Y')} 19:41")
    r.tl(f"DOCUMENTO N. {num}")
    r.tl("RT 99MEX018441")
    r.c("Grazie e arrivederci")
    pdf = r.render(f"Documento {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="it-IT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="documento commerciale with IVA column (4/10/22 %), a RESO line and a loyalty discount, per-rate table; number = DOCUMENTO N.; photo at an angle",
        kind="photo",
    )
    return (
        pdf,
        "photo",
        {"long_side": 2300, "tilt": 3},
        t,
        ("IT", vendor, "IVA 4/10/22 column, reso, sconto, photo at angle"),
    )


ES_SUPER = [
    ("LECHE ENTERA 1L", 0.95, 1.15, "4"),
    ("PAN DE BARRA", 0.60, 0.90, "4"),
    ("HUEVOS L DOCENA", 2.40, 2.95, "4"),
    ("ACEITE OLIVA 1L", 7.50, 9.20, "4"),
    ("TOMATE PERA", 1.80, 2.40, "4", "w"),
    ("NARANJAS MALLA 2KG", 2.50, 3.20, "4"),
    ("ARROZ REDONDO 1KG", 1.20, 1.60, "10"),
    ("JAMON SERRANO LONCHAS", 2.90, 4.50, "10"),
    ("QUESO MANCHEGO CUÑA", 4.20, 6.50, "10"),
    ("YOGUR NATURAL X4", 1.10, 1.60, "10"),
    ("POLLO ENTERO", 4.50, 6.90, "10", "w"),
    ("GALLETAS MARIA", 1.10, 1.60, "10"),
    ("AGUA MINERAL 6X1,5L", 2.10, 2.90, "10"),
    ("CERVEZA LATA 33CL X6", 3.50, 4.90, "21"),
    ("VINO RIOJA CRIANZA", 5.50, 8.90, "21"),
    ("DETERGENTE 3L", 6.50, 9.50, "21"),
    ("PAPEL HIGIENICO X12", 3.90, 5.20, "21"),
    ("CAFE MOLIDO 250G", 2.50, 3.90, "10"),
    ("GEL DUCHA 750ML", 1.90, 2.90, "21"),
    ("PATATAS 3KG", 2.90, 3.90, "4"),
    ("ATUN EN ACEITE X3", 2.90, 3.90, "10"),
    ("LEJIA 2L", 1.10, 1.60, "21"),
]


def r09(name):
    """ES factura simplificada, IVA 4/10/21 %, downscaled scan (~650 px)."""
    rng = rng_for(name)
    vendor = "Supermercados Almendro, S.A."
    num = "T0412/004418"
    dt = date(2026, 7, 17)
    its = pick_items(rng, ES_SUPER, 31)
    r = Roll(76, "DVC", 8.0, margin_mm=3)
    r.logo("box", "ALMENDRO", 13)
    for s in ["Supermercados Almendro, S.A.", "C/ Mayor 27, 28013 Madrid", "NIF A28441827"]:
        r.c(s)
    r.c("FACTURA SIMPLIFICADA", bold=True)
    r.lr(f"Nº {num}", dt.strftime("%d/%m/%Y") + " 13:22")
    r.rule()
    r.row(
        ("Uds", r.m, "l"),
        ("Descripción", r.m + 22, "l"),
        ("P.Unit", r.m + 150, "r"),
        ("Importe", r.R, "r"),
        bold=True,
    )
    lines, items = [], []
    for it in its:
        if it["flag"] == "w":
            r.row(("", r.m, "l"), (it["d"], r.m + 22, "l"), (nf(it["amt"], "es"), r.R, "r"))
            r.row(
                (f"{nf(it['qty'], 'es', 3)} kg", r.m + 22, "l"),
                (nf(it["unit"], "es") + " €/kg", r.m + 150, "r"),
            )
        else:
            r.row(
                (qs(it["qty"]), r.m, "l"),
                (it["d"], r.m + 22, "l"),
                (nf(it["unit"], "es"), r.m + 150, "r"),
                (nf(it["amt"], "es"), r.R, "r"),
            )
        lines.append((it["amt"], it["code"]))
        items.append((it["d"], it["qty"], it["unit"], it["amt"]))
    tax = incl_tax(lines, {"4": D(4), "10": D(10), "21": D(21)})
    total = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    r.rule()
    r.lr("TOTAL COMPRA", nf(total, "es") + " €", bold=True, size=10)
    r.lr("TARJETA BANCARIA", nf(total, "es"))
    r.rule()
    r.row(("IVA", r.m, "l"), ("BASE IMP.", r.m + 95, "r"), ("CUOTA", r.R, "r"))
    for code in ("4", "10", "21"):
        _g, n_, v = tax[code]
        r.row((f"{code}%", r.m, "l"), (nf(n_, "es"), r.m + 95, "r"), (nf(v, "es"), r.R, "r"))
    r.row(("TOTAL", r.m, "l"), (nf(total - vat, "es"), r.m + 95, "r"), (nf(vat, "es"), r.R, "r"))
    r.gap(3)
    r.c("Le atendió: MARIA J.  Caja 3")
    r.c("Gracias por su visita")
    pdf = r.render(f"Ticket {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="es-ES",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="factura simplificada with qty-first columns, IVA 4/10/21 % table; scan downscaled to ~650 px wide",
        kind="scan",
    )
    return (
        pdf,
        "scan",
        {"dpi": 300, "grey": True, "skew": 1.2, "blur": 0.8, "noise": 4, "width": 650},
        t,
        ("ES", vendor, "IVA 4/10/21, qty-first columns, downscaled scan"),
    )


def r10(name):
    """GB restaurant bill, VAT incl., discretionary service charge 12.5 %; PDF."""
    rng = rng_for(name)
    vendor = "The Copper Kettle Brasserie Ltd"
    num = "T14-0882"
    dt = date(2026, 11, 27)
    menu = [
        ("Sourdough & Butter", 5.50),
        ("Soup of the Day", 7.50),
        ("Burrata, Heritage Tomato", 11.00),
        ("Chicken Liver Parfait", 9.50),
        ("Fish & Chips", 19.50),
        ("Ribeye Steak 10oz", 34.00),
        ("Roast Cod, Mussels", 24.50),
        ("Wild Mushroom Risotto", 18.00),
        ("Chips", 5.00),
        ("Green Beans", 5.00),
        ("Sticky Toffee Pudding", 8.50),
        ("Cheese Board", 12.50),
        ("Malbec 175ml", 10.50),
        ("Sauvignon Blanc Btl", 36.00),
        ("Pint Lager", 6.80),
        ("Sparkling Water 750ml", 4.50),
        ("Espresso", 3.20),
        ("Flat White", 3.80),
    ]
    r = Roll(80, "Helvetica", 9.0)
    r.logo("word", "The Copper Kettle", 17, "Times-Bold")
    for s in ["BRASSERIE", "14 Cornmarket, Oxford OX1 3HA", "VAT Reg: GB 339 4418 27"]:
        r.c(s)
    r.gap(3)
    r.lr("Table 14   Covers 6", "Server: Priya")
    r.lr(f"Bill {num}", dt.strftime("%d/%m/%Y") + " 21:47")
    r.rule()
    items, sub = [], D0
    for dname, p in rng.sample(menu, 16):
        qty = D(rng.choice([1, 1, 2, 2, 3, 6]))
        amt = q(qty * D(str(p)))
        r.row((qs(qty), r.m, "l"), (dname, r.m + 16, "l"), (f"{amt:.2f}", r.R, "r"))
        items.append((dname, qty, D(str(p)), amt))
        sub += amt
    sc = q(sub * D("0.125"))
    total = sub + sc
    vat = q(sub / 6)
    r.rule()
    r.lr("Subtotal", f"£{sub:.2f}")
    r.lr("Discretionary service 12.5%", f"£{sc:.2f}")
    r.lr("TOTAL", f"£{total:.2f}", bold=True, size=12)
    r.rule()
    r.lr("VAT 20% included in subtotal", f"£{vat:.2f}", size=8)
    r.lr("Net of VAT", f"£{sub - vat:.2f}", size=8)
    r.gap(3)
    r.lr("Paid: Amex ****1009", f"£{total:.2f}")
    r.gap(3)
    r.c("Service charge is optional and goes", size=8)
    r.c("100% to our team. Thank you!", size=8)
    pdf = r.render(f"Bill {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=sub - vat,
        vat=vat,
        total=total,
        cur="GBP",
        loc="en-GB",
        layout="receipt",
        dtype="receipt",
        items=items,
        note=f"restaurant bill, VAT 20 % included in subtotal; discretionary service charge {sc} keyed as tip (outside VAT); total includes service",
        kind="pdf",
        tip=sc,
    )
    return pdf, "pdf", {}, t, ("GB", vendor, "service charge 12.5 % (tip), VAT included")


def r11(name):
    """US restaurant: sales tax + automatic gratuity 18 % for party of 8; photo."""
    rng = rng_for(name)
    vendor = "Luigi's Trattoria"
    num = "40417"
    dt = date(2026, 10, 3)
    menu = [
        ("Calamari Fritti", 15.95),
        ("Bruschetta", 11.50),
        ("Caesar Salad", 12.00),
        ("Margherita Pizza", 17.00),
        ("Spaghetti Carbonara", 21.50),
        ("Lasagna Bolognese", 22.00),
        ("Chicken Parmigiana", 24.95),
        ("Veal Marsala", 31.00),
        ("Tiramisu", 9.50),
        ("Cannoli", 8.00),
        ("Chianti Glass", 12.00),
        ("Peroni", 7.00),
        ("Soda", 3.50),
        ("Espresso", 3.75),
    ]
    r = Roll(76, "Courier", 8.6)
    r.logo("word", "Luigi's", 20, "Times-Bold")
    for s in ["TRATTORIA", "1208 W Taylor St", "Chicago, IL 60607", "(312) 555-0190"]:
        r.c(s)
    r.gap(3)
    r.tl(f"Check #{num}  Table 22  Guests 8")
    r.tl(f"Server: Marco  {dt.strftime('%m/%d/%Y')} 8:14 PM")
    r.rule()
    items, sub = [], D0
    for dname, p in rng.sample(menu, 13):
        qty = D(rng.choice([1, 2, 2, 3, 4]))
        amt = q(qty * D(str(p)))
        r.row((f"{qs(qty)} {dname}", r.m, "l"), (f"{amt:.2f}", r.R, "r"))
        items.append((dname, qty, D(str(p)), amt))
        sub += amt
    tax = q(sub * D("0.1175"))
    grat = q(sub * D("0.18"))
    total = sub + tax + grat
    r.rule()
    r.lr("Subtotal", f"{sub:.2f}")
    r.lr("Tax 11.75%", f"{tax:.2f}")
    r.lr("Gratuity 18% (8+ guests)", f"{grat:.2f}")
    r.lr("TOTAL", f"{total:.2f}", bold=True, size=11)
    r.gap(4)
    r.lr("MASTERCARD ****2280", f"{total:.2f}")
    r.gap(3)
    r.tl("Additional tip: ____________")
    r.gap(3)
    r.tl("Signature: ______________________")
    r.c("Grazie! Come back soon.")
    pdf = r.render(f"Check {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=sub,
        vat=tax,
        total=total,
        cur="USD",
        loc="en-US",
        layout="receipt",
        dtype="receipt",
        items=items,
        note=f"US restaurant check: sales tax 11.75 %, automatic gratuity 18 % ({grat}) keyed as tip; empty 'additional tip' line ignored",
        kind="photo",
        tip=grat,
    )
    return (
        pdf,
        "photo",
        {"long_side": 1800, "tilt": 2.5},
        t,
        ("US", vendor, "sales tax + auto gratuity 18 %, blank tip line"),
    )


def r12(name):
    """DE fuel station: fuel + shop part (19 % / 7 %), car wash; faded thermal scan."""
    rng = rng_for(name)
    vendor = "Tankstelle Maier GmbH"
    num = "0884"
    dt = date(2026, 1, 30)
    liters = D(str(round(rng.uniform(38, 61), 2)))
    ppl = D("1.789")
    fuel = q(liters * ppl)
    shop = [
        ("Kaffee to go groß", D("3.20"), "A"),
        ("Belegtes Brötchen", D("3.49"), "B"),
        ("Snickers", D("1.29"), "B"),
        ("Wasser 0,5l", D("1.59"), "A"),
        ("Pfand", D("0.25"), "A"),
        ("Scheibenreiniger 3l", D("6.99"), "A"),
        ("Zeitung", D("2.90"), "B"),
        ("Kaugummi", D("1.49"), "B"),
        ("Waschprogramm Premium", D("14.90"), "A"),
    ]
    r = Roll(80, "DVM", 8.2)
    r.logo("box", "MAIER", 16)
    for s in [
        "Tankstelle Maier GmbH",
        "Augsburger Str. 120",
        "86368 Gersthofen",
        "St.-Nr. 102/118/44187",
    ]:
        r.c(s)
    r.gap(3)
    lines, items = [], []
    r.tl("Säule 4  Super E10")
    r.row((f"{nf(liters)} l x {nf(ppl, 'de', 3)} EUR/l", r.m, "l"), (nf(fuel) + " A", r.R, "r"))
    lines.append((fuel, "A"))
    items.append(("Super E10", liters, ppl, fuel))
    r.gap(2)
    r.tl("Shop:")
    for d, p, c in shop:
        r.row((d, r.m, "l"), (nf(p) + " " + c, r.R, "r"))
        lines.append((p, c))
        items.append((d, D(1), p, p))
    tax = incl_tax(lines, {"A": D(19), "B": D(7)})
    total = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    r.rule()
    r.lr("Gesamtbetrag EUR", nf(total), bold=True, size=10.5)
    r.lr("Visa", nf(total))
    r.rule()
    for code, rate in (("A", "19%"), ("B", "7%")):
        _g, n_, v = tax[code]
        r.tl(f"{code} {rate}  Netto {nf(n_)}  MwSt {nf(v)}")
    r.tl(f"Summe MwSt {nf(vat)}")
    r.gap(3)
    r.tl(f"Beleg {num}  {dt.strftime('%d.%m.%y')} 07:51  Kasse 2")
    r.tl("Visa ************6620  AID A0000000031010")
    r.tl("Kilometerstand: ________")
    r.c("Gute Fahrt!", bold=True)
    pdf = r.render(f"Beleg {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="fuel station receipt: litres x price/l with 3 decimals, shop part with A 19 % / B 7 %, Pfand, car wash; faded thermal scan",
        kind="scan",
    )
    return (
        pdf,
        "scan",
        {"dpi": 200, "grey": True, "skew": 1.8, "blur": 0.7, "noise": 6, "fade": 0.5, "specks": 50},
        t,
        ("DE", vendor, "fuel + shop, 3-decimal price/l, A/B, faded"),
    )


def r13(name):
    """FR pharmacy: TVA 2,1 % / 5,5 % / 10 % / 20 %, part mutuelle noted; PDF."""
    rng = rng_for(name)
    vendor = "Pharmacie du Marché"
    num = "258841"
    dt = date(2026, 12, 5)
    cat = [
        ("DOLIPRANE 1000MG CPR B/8", 2.18, 2.18, "1"),
        ("AMOXICILLINE 1G CPR B/6", 2.94, 2.94, "1"),
        ("SPASFON LYOC 80MG B/10", 3.12, 3.12, "1"),
        ("VOLTARENE EMULGEL 1% 100G", 7.90, 9.90, "3"),
        ("STREPSILS MIEL CITRON B/24", 5.40, 6.90, "3"),
        ("SERUM PHYSIO UNIDOSES X40", 3.90, 4.90, "3"),
        ("CREME HYDRATANTE VISAGE 50ML", 12.90, 18.90, "4"),
        ("BROSSE A DENTS SOUPLE", 3.50, 4.90, "4"),
        ("PANSEMENTS ASSORTIS X20", 3.20, 4.50, "3"),
        ("VITAMINE C 1000 EFF. X20", 5.90, 7.90, "2"),
        ("SOLAIRE SPF50 200ML", 16.90, 21.90, "4"),
        ("THERMOMETRE FLEXIBLE", 6.90, 9.90, "4"),
    ]
    its = pick_items(rng, cat, 12)
    r = Roll(80, "DVM", 8.0)
    r.logo("box", "+ PHARMACIE +", 13)
    for s in [
        "Pharmacie du Marché",
        "SELARL Pharmacie Morel-Dubois",
        "3 place du Marché, 69002 Lyon",
        "Tél. 04 78 41 27 33",
        "SIRET 441 827 990 00012",
    ]:
        r.c(s)
    r.gap(3)
    lines, items = [], []
    for it in its:
        r.tl(it["d"])
        r.row(
            (f"  {qs(it['qty'])} x {nf(it['unit'], 'fr')}", r.m, "l"),
            (f"T{it['code']}", r.m + 130, "r"),
            (nf(it["amt"], "fr"), r.R, "r"),
        )
        lines.append((it["amt"], it["code"]))
        items.append((it["d"], it["qty"], it["unit"], it["amt"]))
    tax = incl_tax(lines, {"1": D("2.1"), "2": D("5.5"), "3": D(10), "4": D(20)})
    total = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    r.rule()
    r.lr("TOTAL TTC", nf(total, "fr") + " EUR", bold=True, size=10)
    r.lr("Part AMO (tiers payant)", "0,00")
    r.lr("Reste à payer", nf(total, "fr"))
    r.lr("Réglé CB", nf(total, "fr"))
    r.rule()
    r.row(("Code", r.m, "l"), ("Taux", r.m + 55, "r"), ("HT", r.m + 110, "r"), ("TVA", r.R, "r"))
    for code, rate in (("T1", "2,10"), ("T2", "5,50"), ("T3", "10,00"), ("T4", "20,00")):
        if code[1] not in tax:
            continue
        _g, n_, v = tax[code[1]]
        r.row(
            (code, r.m, "l"),
            (rate, r.m + 55, "r"),
            (nf(n_, "fr"), r.m + 110, "r"),
            (nf(v, "fr"), r.R, "r"),
        )
    r.gap(3)
    r.tl(f"Ticket {num}  {dt.strftime('%d/%m/%Y')} 16:40")
    r.tl("Vendeur : CLAIRE")
    r.c("Prompt rétablissement !")
    pdf = r.render(f"Ticket {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="pharmacy ticket with four TVA codes T1..T4 (2,1/5,5/10/20 %), tiers payant 0,00 line; vendor is the trading name, legal entity SELARL printed below",
        kind="pdf",
    )
    return pdf, "pdf", {}, t, ("FR", vendor, "four TVA rates T1-T4, tiers payant line")


def r14(name):
    """AT fuel station with shop: 20 % / 10 %, Bonuspunkte; photo."""
    rng = rng_for(name)
    vendor = "Huber & Söhne Tankstellen OG"
    num = "2026-0118-3302"
    dt = date(2026, 2, 14)
    liters = D(str(round(rng.uniform(30, 55), 2)))
    ppl = D("1.649")
    fuel = q(liters * ppl)
    shop = [
        ("Diesel-Additiv 250ml", D("8.90"), "1"),
        ("Leberkässemmel", D("3.90"), "2"),
        ("Almdudler 0,5l", D("2.70"), "1"),
        ("Manner Schnitten", D("2.49"), "2"),
        ("Melange groß", D("3.60"), "1"),
        ("Vignette 10 Tage", D("12.80"), "0"),
        ("Mannerschnitten Aktion -20%", D("-0.50"), "2"),
        ("Frostschutz -20°C 5l", D("14.99"), "1"),
        ("Kronen Zeitung", D("2.00"), "2"),
    ]
    r = Roll(76, "DVM", 7.8)
    r.logo("circle", "H", 16)
    for s in [
        "Huber & Söhne Tankstellen OG",
        "Wiener Straße 212",
        "4020 Linz",
        "UID: ATU 58441827",
    ]:
        r.c(s)
    r.gap(3)
    lines, items = [], []
    r.tl("Zapfsäule 6  Diesel")
    r.row(
        (f"{nf(liters, 'at')} l à {nf(ppl, 'at', 3)}", r.m, "l"), (nf(fuel, "at") + " 1", r.R, "r")
    )
    lines.append((fuel, "1"))
    items.append(("Diesel", liters, ppl, fuel))
    for d, p, c in shop:
        r.row((d, r.m, "l"), (nf(p, "at") + " " + c, r.R, "r"))
        lines.append((p, c))
        items.append((d, D(1), p, p))
    tax = incl_tax(lines, {"1": D(20), "2": D(10), "0": D(0)})
    total = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    r.rule()
    r.lr("SUMME EUR", nf(total, "at"), bold=True, size=10)
    r.lr("Bankomat", nf(total, "at"))
    r.rule()
    r.row(("", r.m, "l"), ("Netto", r.m + 90, "r"), ("USt", r.m + 140, "r"), ("Brutto", r.R, "r"))
    for code, rate in (("1", "20%"), ("2", "10%"), ("0", "0%")):
        g, n_, v = tax[code]
        r.row(
            (f"{code}={rate}", r.m, "l"),
            (nf(n_, "at"), r.m + 90, "r"),
            (nf(v, "at"), r.m + 140, "r"),
            (nf(g, "at"), r.R, "r"),
        )
    r.gap(3)
    r.tl(f"Beleg-Nr. {num}")
    r.tl(f"{dt.strftime('%d.%m.%Y')} 12:33  Kassa 1")
    r.tl("Bonuspunkte +44  Stand 1.827")
    r.gap(2)
    r.c("Registrierkasse: K1-HUB")
    r.qr(18, seed=144)
    pdf = r.render(f"Beleg {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="EUR",
        loc="de-AT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="AT fuel + shop: codes 1=20 %, 2=10 %, 0=0 % (vignette), promotional negative line, RKSV QR code; photo",
        kind="photo",
    )
    return (
        pdf,
        "photo",
        {"long_side": 1700, "tilt": 2},
        t,
        ("AT", vendor, "fuel + shop, 20/10/0 %, QR, photo"),
    )


SE_SUPER = [
    ("Mellanmjölk 1,5L", 17.90, 19.90, "12"),
    ("Smör Normalsaltat 500g", 54.90, 64.90, "12"),
    ("Hushållsost 1kg", 89.00, 119.00, "12"),
    ("Knäckebröd", 24.90, 32.90, "12"),
    ("Bananer", 24.90, 29.90, "12", "w"),
    ("Falukorv 800g", 39.90, 49.90, "12"),
    ("Potatis 2kg", 19.90, 29.90, "12"),
    ("Kaffe Brygg 450g", 59.90, 79.90, "12"),
    ("Lingonsylt", 29.90, 39.90, "12"),
    ("Läsk 1,5L", 19.90, 24.90, "12", "p2.00"),
    ("Mineralvatten 33cl", 9.90, 12.90, "12", "p1.00"),
    ("Lättöl 33cl", 10.90, 13.90, "12", "p1.00"),
    ("Diskmedel", 24.90, 34.90, "25"),
    ("Toalettpapper 8-p", 44.90, 59.90, "25"),
    ("Tvättmedel 1,5L", 69.90, 89.90, "25"),
    ("Tandkräm", 22.90, 34.90, "25"),
    ("Kanelbullar 6-p", 34.90, 44.90, "12"),
    ("Lax filé 400g", 79.90, 99.90, "12"),
    ("Ägg 12-p", 39.90, 49.90, "12"),
    ("Tulpaner 10-p", 59.90, 79.90, "12"),
    ("Batterier AA", 49.90, 69.90, "25"),
    ("Yoghurt Naturell 1L", 22.90, 27.90, "12"),
]


def r15(name):
    """SE grocery digital kvitto: moms 12 / 25 %, pant lines, rabatt, returned pant; PDF."""
    rng = rng_for(name)
    vendor = "Livs Hörnan i Gävle AB"
    num = "7741"
    dt = date(2026, 11, 20)
    its = pick_items(rng, SE_SUPER, 30)
    r = Roll(80, "Helvetica", 8.6)
    r.logo("word", "LIVS HÖRNAN", 16, "Helvetica-Bold")
    for s in ["Livs Hörnan i Gävle AB", "Drottninggatan 31, 803 20 Gävle", "Org.nr 556941-8827"]:
        r.c(s)
    r.gap(3)
    lines, items = [], []

    def add(desc, amt, code, qty=None, unit=None, sub=None):
        r.lr(desc, nf(amt, "se"))
        if sub:
            r.row(("   " + sub, r.m, "l"), size=7.6)
        lines.append((amt, code))
        items.append((desc, qty, unit, amt))

    for it in its:
        sub = (
            f"{nf(it['qty'], 'se', 3)} kg à {nf(it['unit'], 'se')} kr/kg"
            if it["flag"] == "w"
            else (f"{qs(it['qty'])} st à {nf(it['unit'], 'se')}" if it["qty"] > 1 else None)
        )
        add(it["d"], it["amt"], it["code"], it["qty"], it["unit"], sub)
        if it["flag"].startswith("p"):
            dep = D(it["flag"][1:])
            add("  Pant", q(dep * it["qty"]), it["code"], it["qty"], dep)
        if rng.random() < 0.15:
            rab = -q(it["amt"] * D("0.2"))
            add("  Rabatt 20% medlem", rab, it["code"], D(1), rab)
    pr = -D(rng.randint(12, 40))
    add("Pantretur kvitto", pr, "12", D(1), pr)
    tax = incl_tax(lines, {"12": D(12), "25": D(25)})
    total = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    r.rule(False)
    r.lr("Totalt SEK", nf(total, "se"), bold=True, size=11)
    r.lr("Kort Swish/Visa", nf(total, "se"))
    r.rule(False)
    r.row(
        ("Moms %", r.m, "l"),
        ("Moms", r.m + 70, "r"),
        ("Netto", r.m + 140, "r"),
        ("Brutto", r.R, "r"),
    )
    for code in ("12", "25"):
        g, n_, v = tax[code]
        r.row(
            (f"{code},00", r.m, "l"),
            (nf(v, "se"), r.m + 70, "r"),
            (nf(n_, "se"), r.m + 140, "r"),
            (nf(g, "se"), r.R, "r"),
        )
    r.gap(3)
    r.tl(f"Kvitto {num}   {dt.isoformat()} 17:05   Kassa 3")
    r.tl("Kontrollenhet: BDK4418274412")
    r.c("Tack för ditt köp!")
    pdf = r.render(f"Kvitto {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="SEK",
        loc="sv-SE",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="long Swedish digital receipt: pant (deposit) lines, member discounts, pant return voucher (negative), moms 12/25 % table; ISO date",
        kind="pdf",
    )
    return pdf, "pdf", {}, t, ("SE", vendor, "pant + pantretur, rabatt, moms 12/25 %")


PL_PAR = [
    ("Chleb wiejski 500g", 4.99, 6.49, "C"),
    ("Mleko 3,2% 1l", 3.49, 4.29, "C"),
    ("Masło ekstra 200g", 6.99, 8.49, "C"),
    ("Ser żółty plastry", 5.49, 7.99, "C"),
    ("Jabłka luz", 3.99, 4.99, "C", "w"),
    ("Ziemniaki 2kg", 5.99, 7.99, "C"),
    ("Kiełbasa śląska", 16.99, 22.99, "C", "w"),
    ("Jogurt naturalny", 2.29, 2.99, "C"),
    ("Kawa ziarnista 1kg", 49.99, 69.99, "C"),
    ("Woda niegaz. 1,5l", 1.99, 2.79, "B"),
    ("Sok pomarańczowy 1l", 5.49, 7.49, "B"),
    ("Pączek z różą", 2.49, 3.49, "B"),
    ("Piwo jasne 0,5l", 3.49, 4.99, "A"),
    ("Wino czerwone", 24.99, 39.99, "A"),
    ("Płyn do naczyń", 6.99, 9.99, "A"),
    ("Papier toaletowy 8szt", 12.99, 17.99, "A"),
    ("Proszek do prania", 24.99, 34.99, "A"),
    ("Baterie AA 4szt", 11.99, 16.99, "A"),
    ("Czekolada mleczna", 4.49, 6.49, "A"),
    ("Torba foliowa", 1.00, 1.00, "A"),
    ("Pierogi ruskie 450g", 9.99, 12.99, "C"),
    ("Kefir 400g", 2.99, 3.79, "C"),
]


def r16(name):
    """PL paragon fiskalny, PTU A 23 % / B 8 % / C 5 %, long; image-only PDF."""
    rng = rng_for(name)
    vendor = "Delikatesy Marcinek Sp. z o.o."
    num = "188/0412"
    dt = date(2026, 9, 5)
    its = pick_items(rng, PL_PAR, 32)
    r = Roll(80, "DVM", 8.0)
    r.logo("word", "MARCINEK", 15)
    for s in ["Delikatesy Marcinek Sp. z o.o.", "ul. Długa 14, 31-146 Kraków", "NIP 676-244-18-27"]:
        r.c(s)
    r.tl(dt.isoformat() + " 18:22", size=7.6)
    r.c("PARAGON FISKALNY", bold=True, size=9)
    r.rule()
    lines, items = [], []
    for it in its:
        u = "kg" if it["flag"] == "w" else "szt."
        qtxt = nf(it["qty"], "pl", 3) if it["flag"] == "w" else qs(it["qty"])
        r.tl(it["d"])
        r.row(
            (f"   {qtxt} {u} x{nf(it['unit'], 'pl')}", r.m, "l"),
            (nf(it["amt"], "pl") + " " + it["code"], r.R, "r"),
        )
        lines.append((it["amt"], it["code"]))
        items.append((it["d"], it["qty"], it["unit"], it["amt"]))
    rab = -D("5.00")
    r.lr("Rabat kupon", nf(rab, "pl") + " A")
    lines.append((rab, "A"))
    items.append(("Rabat kupon", D(1), rab, rab))
    tax = incl_tax(lines, {"A": D(23), "B": D(8), "C": D(5)})
    total = sum((a for a, _ in lines), D0)
    vat = sum((v for _, _, v in tax.values()), D0)
    r.rule()
    for code, rate in (("A", "23,00%"), ("B", "8,00%"), ("C", "5,00%")):
        g, _n, v = tax[code]
        r.lr(f"Sprzed. opod. PTU {code}", nf(g, "pl"))
        r.lr(f"Kwota PTU {code} {rate}", nf(v, "pl"))
    r.lr("Suma PTU", nf(vat, "pl"))
    r.lr("SUMA PLN", nf(total, "pl"), bold=True, size=11)
    r.rule()
    r.lr("Karta płatnicza", nf(total, "pl"))
    r.tl(f"Nr wydr. {num}  Kasa 2  Kasjer: Ewa")
    r.tl("#BCB 44182733  ABC 18844120")
    r.c("DZIĘKUJEMY ZA ZAKUPY")
    pdf = r.render(f"Paragon {num}")
    t = truth(
        number=num,
        dt=dt,
        due=None,
        vendor=vendor,
        amount=total - vat,
        vat=vat,
        total=total,
        cur="PLN",
        loc="pl-PL",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="long paragon fiskalny: two-line items, PTU A/B/C (23/8/5 %) summary as 'Sprzed. opod.' + 'Kwota PTU' (no net column), coupon; image-only PDF",
        kind="scan",
    )
    return (
        pdf,
        "imgpdf",
        {"dpi": 200, "grey": True, "skew": 1.0, "blur": 0.6, "noise": 5, "fade": 0.3},
        t,
        ("PL", vendor, "PTU A/B/C without net column, image-only PDF"),
    )


# =========================================================================== README

README_HEAD = """# Blind set 2026-13a: long and multi-part documents

Generated by `bench/blindsets/blind_2026_13a.py` (SET = 13a):

    python -m bench.blindsets.blind_2026_13a [OUTDIR] [--only NAME]

Every document is drawn by its own function with reportlab (`invariant=1`); every random choice is
seeded with the CRC-32 of the document name, so a re-run is byte-identical. Every text run is checked
against the page edge and against every other run on the page (`LayoutError` otherwise). Born-digital
PDFs keep their text layer; images are rendered with pypdfium2 and degraded with numpy/OpenCV
(scans: 150-300 dpi, grey or colour, blur, skew up to 2 degrees, noise, specks, thermal fading for
receipts, r09 downscaled to 650 px and i14 to 900 px wide; photos: perspective onto a textured table, uneven light,
shadow, folds, JPEG quality 60-80, long side 1,700-2,300 px). Three PDFs are image-only (the degraded
scan is the only page content): i06, i13 (2 pages each) and r16.

Theme: long and multi-part documents from 13 countries (DE, FR, GB, NL, CH, IT, ES, US, AT, BE, SE,
PL, CA): 2-3 page invoices whose totals appear only on the last page, with page numbers and
carried-forward subtotals (Übertrag, A reporter/Report, A riportare/Riporto, Over te dragen/Overdracht,
Do przeniesienia/Z przeniesienia, "Subtotal forward"), VAT summary tables with two or three rates,
deposits / Abschläge / acompte / anticipo / Anzahlung deducted, hotel folios, freight and
construction invoices, subscriptions with pro-rata lines; long receipts (30+ lines) with coupons,
loyalty discounts, bottle deposits and returns, tax-code columns with multi-rate tables, restaurant
service charge / gratuity, fuel station with shop part, pharmacies.

## Truth conventions

- All amounts are computed once with `Decimal` (ROUND_HALF_UP); the page prints and the JSON keys the
  same values. The generator asserts `amount + vat + tip + rounding == total` for every document.
- `total` = the document's gross total. Where a deposit / prepayment / Abschlag / acompte / anticipo /
  Anzahlung already paid is deducted (i02, i07, i10, i15), `total` is the invoice's gross total, not
  the smaller amount due / Restforderung / net à payer printed below it.
- `amount` = net before tax as printed (sum of the nets in the VAT table for tax-inclusive receipts
  and folios, i.e. total - vat there). Non-taxable lines printed at 0 % (Ortstaxe in i10, vignette in
  r14, zero-rated food in r04) are part of `amount`.
- `vat` = the sum of all taxes (TPS + TVQ in i16; sales tax for US). `null` when the page charges no
  tax (i08: freight, no tax line, so `vat` is null and amount = total).
- Tips: a service charge or gratuity line the page charges is not part of `amount` or `vat`
  (r10 discretionary service 12.5 %, r11 automatic gratuity 18 %); `total` includes it. An empty
  "additional tip" line is ignored.
- Cash rounding printed on the page (i05 Rundungsdifferenz, i12 öresavrundning, r07 Rundung) is not
  part of `amount`; `total` is the rounded payable total.
- Credit notes (i09, i14) print negative amounts and are keyed negative (`amount`, `vat`, `total`,
  line amounts); `document_type` = `credit_note`.
- `invoice_number` = the document's own number (receipt / bill / Beleg / ticket / documento number);
  `invoice_date` = the document date (for hotel folios the folio/departure date); `due_date` only where
  a due date is printed as a date ("payable sur réception" gives null).
- `vendor_name` = the seller's name as printed, with its legal form where printed with it.
- `line_items`: every printed line with its printed amount (net for B2B invoices, gross for receipts
  and folios); discounts, deposits (Pfand / statiegeld / pant), coupons and returns are separate
  lines with negative amounts where they reduce the total. Quantities are plain decimals (weights in kg,
  fuel in litres; a returned item has quantity -1 and a positive unit price). `unit_price` keeps three
  decimals where printed (fuel).
- `kind`: `pdf` = born-digital PDF with text layer; `scan` = scanned image or image-only PDF;
  `photo` = camera photo (JPEG).
"""


def write_readme(out: Path, rows):
    from collections import Counter

    kinds = Counter()
    for fname, _kind, t, _meta in rows:
        k = "image-only pdf" if (t["kind"] == "scan" and fname.endswith(".pdf")) else t["kind"]
        kinds[(t["layout"], k)] += 1
    countries = Counter(meta[0] for _, _, _, meta in rows)
    multi = [
        fname
        for fname, kind, t, meta in rows
        if fname.endswith(".pdf") and len(pdfium.PdfDocument(out / fname)) > 1
    ]
    lines = [
        README_HEAD,
        "## Mix",
        "",
        "| layout | pdf (born-digital) | scan (image) | image-only pdf | photo | total |",
        "|---|---|---|---|---|---|",
    ]
    for lay in ("invoice", "receipt"):
        c = [kinds[(lay, k)] for k in ("pdf", "scan", "image-only pdf", "photo")]
        lines.append(f"| {lay} | " + " | ".join(map(str, c)) + f" | {sum(c)} |")
    c = [
        sum(kinds[(lay, k)] for lay in ("invoice", "receipt"))
        for k in ("pdf", "scan", "image-only pdf", "photo")
    ]
    lines.append("| all | " + " | ".join(map(str, c)) + f" | {sum(c)} |")
    lines += [
        "",
        "Document types: "
        + ", ".join(
            f"{k} {v}"
            for k, v in sorted(Counter(t["document_type"] for _, _, t, _ in rows).items())
        ),
        "",
        "Countries: " + ", ".join(f"{k} {v}" for k, v in sorted(countries.items())),
        "",
        "Multi-page PDFs: " + ", ".join(multi),
        "",
    ]
    lines += [
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for fname, _kind, t, meta in rows:
        k = "image-only pdf" if (t["kind"] == "scan" and fname.endswith(".pdf")) else t["kind"]
        lines.append(
            f"| {fname} | {k} | {meta[0]} | {t['document_type']} | {meta[1]} | {t['invoice_number']} | {t['total']} {t['currency']} | {meta[2]} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# =========================================================================== main

DOCS = {}


def _register():
    g = globals()
    for k in sorted(g):
        if len(k) == 3 and k[0] in "ir" and k[1:].isdigit() and callable(g[k]):
            DOCS[k] = g[k]


def build(name, out: Path):
    pdf, kind, fx, t, meta = DOCS[name](name)
    ext, data = finish(name, pdf, kind, **fx)
    (out / f"{name}{ext}").write_bytes(data)
    (out / f"{name}.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name + ext, kind, t, meta


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    _register()
    names = [a.only] if a.only else list(DOCS)
    rows = []
    for n in names:
        rows.append(build(n, out))
        print(rows[-1][0], rows[-1][2]["total"], rows[-1][2]["currency"])
    if not a.only:
        write_readme(out, rows)


if __name__ == "__main__":
    main()
