# ruff: noqa: E501
"""Blind set 2026-12s: hard capture conditions from everywhere.

Phone photos of crumpled / curled till receipts (hand, table, car seat, warm or dim
light, shadows, folds, a neighbouring receipt at the edge, rotated saves), faxed and
photocopied invoices (1-bit, fax header lines, streaks, image-only PDFs), and a third
born-digital PDFs (multi-page, landscape, letterhead wordmark, tiny legal footer,
two-column seller/buyer blocks, label-row/value-row header tables).

Run from the repository root:
    python -m bench.blindsets.blind_2026_12s [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document name, so re-runs are
byte-identical. The module is self-contained (no product imports).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import sys
import zlib
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEFAULT_OUT = Path("bench/blindsets/blind-2026-12s")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [
    ("DV", "DejaVuSans.ttf"),
    ("DVB", "DejaVuSans-Bold.ttf"),
    ("DVO", "DejaVuSans-Oblique.ttf"),
    ("DVM", "DejaVuSansMono.ttf"),
    ("DVMB", "DejaVuSansMono-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"),
    ("DVSB", "DejaVuSerif-Bold.ttf"),
    ("DVSI", "DejaVuSerif-Italic.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVCB", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, FONT_DIR + _f))


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


D = Decimal


def q2(x) -> Decimal:
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def q0(x) -> Decimal:
    return D(x).quantize(D("1"), ROUND_HALF_UP)


def money(v, dec=".", th=",", nd=2, indian=False) -> str:
    v = D(v)
    neg = v < 0
    v = abs(v).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)
    s = f"{v:.{nd}f}"
    ip, _, fp = s.partition(".")
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join([*groups, tail])
    elif th:
        ip = f"{int(ip):,}".replace(",", th)
    out = ip + (dec + fp if nd else "")
    return "-" + out if neg else out


def us(v):
    return money(v)


def eu(v):
    return money(v, ",", ".")


def fr(v):
    return money(v, ",", " ")


def key(v) -> str:
    return f"{q2(v):.2f}"


def seed_of(name: str) -> int:
    return zlib.crc32(name.encode())


# --------------------------------------------------------------------------- drawing


class Doc:
    """Collects drawing ops in top-down coordinates (points), checks and renders them."""

    def __init__(self, name: str, w: float, h: float | None = None):
        self.name, self.w, self.h = name, w, h
        self.pages: list[list[tuple]] = [[]]

    @property
    def ops(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append([])

    def text(self, x, y, s, font="DV", size=9.0, align="l", color=(0, 0, 0)) -> float:
        s = str(s)
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x - w if align == "r" else x - w / 2 if align == "c" else x
        self.ops.append(("text", x0, y, s, font, size, color, w))
        return w

    def lr(self, x0, x1, y, left, right, font="DVM", size=8.0, rfont=None):
        self.text(x0, y, left, font, size)
        self.text(x1, y, right, rfont or font, size, "r")

    def line(self, x1, y1, x2, y2, width=0.5, color=(0, 0, 0), dash=None):
        self.ops.append(("line", x1, y1, x2, y2, width, color, dash))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.5):
        self.ops.append(("rect", x, y, w, h, stroke, fill, width))

    def circle(self, x, y, r, stroke=None, fill=(0, 0, 0), width=0.5):
        self.ops.append(("circle", x, y, r, stroke, fill, width))

    def poly(self, pts, fill=(0, 0, 0)):
        self.ops.append(("poly", pts, fill))

    def qr(self, x, y, size, seed, n=25):
        self.ops.append(("qr", x, y, size, seed, n))

    def barcode(self, x, y, w, h, seed):
        self.ops.append(("barcode", x, y, w, h, seed))

    def check(self, h):
        for pi, ops in enumerate(self.pages):
            boxes = []
            for op in ops:
                if op[0] != "text" or not op[3].strip():
                    continue
                _, x0, y, s, font, size, _c, w = op
                lead = len(s) - len(s.lstrip())
                trail = len(s) - len(s.rstrip())
                cw = pdfmetrics.stringWidth(" ", font, size)
                b = (x0 + lead * cw, y - 0.76 * size, x0 + w - trail * cw, y + 0.22 * size)
                if b[0] < 0 or b[1] < 0 or b[2] > self.w + 0.01 or b[3] > h + 0.01:
                    raise LayoutError(f"{self.name} p{pi + 1}: off page {s!r} {b}")
                for ob, os_ in boxes:
                    if (
                        b[0] < ob[2] - 0.3
                        and ob[0] < b[2] - 0.3
                        and b[1] < ob[3] - 0.3
                        and ob[1] < b[3] - 0.3
                    ):
                        raise LayoutError(f"{self.name} p{pi + 1}: {s!r} overlaps {os_!r}")
                boxes.append((b, s))

    def pdf(self, h: float | None = None) -> bytes:
        h = h or self.h
        self.check(h)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(self.w, h), invariant=1)
        c.setTitle(self.name)
        for ops in self.pages:
            for op in ops:
                _draw(c, op, h)
            c.showPage()
        c.save()
        return buf.getvalue()


def _draw(c, op, h):  # noqa: C901
    k = op[0]
    if k == "text":
        _, x0, y, s, font, size, color, _w = op
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        c.drawString(x0, h - y, s)
    elif k == "line":
        _, x1, y1, x2, y2, width, color, dash = op
        c.setStrokeColorRGB(*color)
        c.setLineWidth(width)
        c.setDash(*(dash or ([], 0)))
        c.line(x1, h - y1, x2, h - y2)
        c.setDash([], 0)
    elif k == "rect":
        _, x, y, w, hh, stroke, fill, width = op
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        c.setLineWidth(width)
        c.rect(x, h - y - hh, w, hh, stroke=1 if stroke else 0, fill=1 if fill else 0)
    elif k == "circle":
        _, x, y, r, stroke, fill, width = op
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        c.setLineWidth(width)
        c.circle(x, h - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
    elif k == "poly":
        _, pts, fill = op
        p = c.beginPath()
        p.moveTo(pts[0][0], h - pts[0][1])
        for px, py in pts[1:]:
            p.lineTo(px, h - py)
        p.close()
        c.setFillColorRGB(*fill)
        c.drawPath(p, stroke=0, fill=1)
    elif k == "qr":
        _, x, y, size, seed, n = op
        r = random.Random(seed)
        m = size / n
        c.setFillColorRGB(0, 0, 0)
        finders = [(0, 0), (n - 7, 0), (0, n - 7)]
        for i in range(n):
            for j in range(n):
                inf = any(fx - 1 <= i <= fx + 7 and fy - 1 <= j <= fy + 7 for fx, fy in finders)
                if not inf and r.random() < 0.5:
                    c.rect(x + i * m, h - y - (j + 1) * m, m, m, stroke=0, fill=1)
        for fx, fy in finders:
            for s, col in ((7, 0), (5, 1), (3, 0)):
                o = (7 - s) / 2
                c.setFillColorRGB(col, col, col)
                c.rect(x + (fx + o) * m, h - y - (fy + o + s) * m, s * m, s * m, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    elif k == "barcode":
        _, x, y, w, hh, seed = op
        r = random.Random(seed)
        c.setFillColorRGB(0, 0, 0)
        cx = x
        while cx < x + w - 3:
            bw = r.choice((0.6, 0.6, 1.2, 1.8))
            c.rect(cx, h - y - hh, bw, hh, stroke=0, fill=1)
            cx += bw + r.choice((0.6, 1.2, 1.2, 1.8))


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------- truth


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
    kind,
    tip=D(0),
    rounding=D(0),
):
    vv = D(0) if vat is None else vat
    if q2(amount) + q2(vv) + q2(tip) + q2(rounding) != q2(total):
        raise AssertionError(f"arithmetic: {amount} + {vat} + {tip} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": key(amount),
        "vat": None if vat is None else key(vat),
        "total": key(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": doctype,
        "line_items": [
            {"description": d, "quantity": str(qn), "unit_price": str(u), "amount": str(a)}
            for d, qn, u, a in items
        ],
        "note": note,
        "kind": kind,
    }


# --------------------------------------------------------------------------- rendering / degradation


def render(pdf: bytes, dpi: float) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def mono_font(px):
    return ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", px)


def fax(img: Image.Image, rng: np.random.Generator, header: str) -> Image.Image:
    """1-bit fax at ~200 dpi: stretch, skew, threshold, streaks, specks, header line."""
    g = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = g.shape
    sy = rng.uniform(1.01, 1.03)
    g = cv2.resize(g, (w, int(h * sy)), interpolation=cv2.INTER_LINEAR)
    h = g.shape[0]
    ang = rng.uniform(-1.2, 1.2)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    g = cv2.GaussianBlur(g, (0, 0), 0.7) + rng.normal(0, 14, g.shape).astype(np.float32)
    bw = np.where(g > 165, 255, 0).astype(np.uint8)
    for _ in range(int(rng.integers(2, 5))):  # horizontal line errors
        y = int(rng.integers(60, h - 5))
        seg = rng.random(w) < rng.uniform(0.15, 0.5)
        bw[y, seg] = 0
    x = int(rng.integers(w // 6, w - w // 6))  # vertical scanner streak
    bw[:, x : x + int(rng.integers(1, 3))] = np.where(rng.random((h, 1)) < 0.7, 0, 255)
    for _ in range(int(rng.integers(150, 400))):  # specks
        sx, syy = int(rng.integers(0, w - 3)), int(rng.integers(0, h - 3))
        bw[syy : syy + int(rng.integers(1, 3)), sx : sx + int(rng.integers(1, 3))] = 0
    band = np.full((46, w), 255, np.uint8)
    out = Image.fromarray(np.vstack([band, bw]))
    d = ImageDraw.Draw(out)
    d.text((40, 10), header, font=mono_font(24), fill=0)
    return out.convert("1")


def photocopy(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    g = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = g.shape
    ang = rng.uniform(-1.8, 1.8)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    g = 255 - (255 - g) * 1.25  # toner a bit heavy
    g = g * 0.93 + rng.normal(0, 7, g.shape)  # grey paper + toner noise
    edge = int(w * rng.uniform(0.015, 0.03))  # dark lid edge
    g[:, :edge] *= np.linspace(0.25, 0.9, edge)[None, :]
    for _ in range(2):
        x = int(rng.integers(w // 5, w - w // 5))
        g[:, x : x + 2] *= 0.72
    for _ in range(int(rng.integers(300, 700))):
        sx, sy = int(rng.integers(0, w - 3)), int(rng.integers(0, h - 3))
        g[sy : sy + 2, sx : sx + 2] = rng.uniform(20, 120)
    g = cv2.GaussianBlur(np.clip(g, 0, 255), (0, 0), 0.6)
    return Image.fromarray(g.astype(np.uint8))


def thermal_scan(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    g = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = g.shape
    ys = np.linspace(0, 1, h)[:, None]
    fade = (
        0.55
        + 0.25 * np.cos(ys * math.pi * rng.uniform(1.2, 2.2) + rng.uniform(0, 3))
        + 0.1 * rng.random((h, 1))
    )
    xs = np.linspace(0, 1, w)[None, :]
    fade = np.clip(fade * (0.85 + 0.15 * np.sin(xs * math.pi)), 0.4, 1.0)
    ink = (255 - g) * fade
    g = 236 - ink * 0.92 + rng.normal(0, 4, g.shape)
    ang = rng.uniform(-1.5, 1.5)
    pad = 30
    g = cv2.copyMakeBorder(g, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=250)
    hh, ww = g.shape
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), ang, 1.0)
    g = cv2.warpAffine(g, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=250)
    g = cv2.GaussianBlur(np.clip(g, 0, 255), (0, 0), 0.7)
    return Image.fromarray(g.astype(np.uint8))


def image_pdf(pages: list[Image.Image], quality=70) -> bytes:
    """Image-only PDF: each degraded image as the only page content (JPEG, ~200 dpi)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for im in pages:
        w, h = im.size
        pw, ph = w * 72 / 200, h * 72 / 200
        c.setPageSize((pw, ph))
        jb = io.BytesIO()
        im.convert("L").save(jb, "JPEG", quality=quality)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()


def _smooth(rng, shape, cells):
    h, w = shape
    small = rng.normal(
        0, 1, (max(2, int(cells * h / max(h, w))) + 1, max(2, int(cells * w / max(h, w))) + 1)
    ).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def texture(kind: str, w: int, h: int, rng) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        n = _smooth(rng, (h, w), 8) * 6
        rings = np.sin((yy * 0.035 + n) * 2.0 + 0.002 * xx) * 0.5 + 0.5
        fine = rng.normal(0, 1, (h, w)).astype(np.float32)
        fine = cv2.GaussianBlur(fine, (0, 0), sigmaX=8, sigmaY=0.6) * 3
        base = np.array([118, 78, 48], np.float32)
        img = base[None, None, :] * (0.8 + 0.25 * rings + 0.05 * fine)[:, :, None]
    elif kind == "seat":
        weave = ((xx // 4 + yy // 4) % 2) * 10 + rng.normal(0, 9, (h, w))
        base = np.array([58, 58, 64], np.float32)
        img = base[None, None, :] + weave[:, :, None]
        sx = int(w * rng.uniform(0.75, 0.9))
        img[:, sx : sx + 6] *= 0.55
        img[:, sx - 3 : sx] *= 1.15
    elif kind == "counter":
        n = _smooth(rng, (h, w), 30) * 6 + rng.normal(0, 5, (h, w))
        base = np.array([150, 148, 140], np.float32)
        img = base[None, None, :] + n[:, :, None]
    elif kind == "hand":
        n = _smooth(rng, (h, w), 4) * 25
        base = np.array([70, 80, 92], np.float32)  # blurred room behind
        img = base[None, None, :] + n[:, :, None]
    else:  # desk laminate
        n = _smooth(rng, (h, w), 20) * 5 + rng.normal(0, 4, (h, w))
        base = np.array([92, 96, 102], np.float32)
        img = base[None, None, :] + n[:, :, None]
    return np.clip(img, 0, 255).astype(np.float32)


def _ellipse_mask(shape, cx, cy, ax, ay, ang):
    m = np.zeros(shape, np.uint8)
    cv2.ellipse(m, (int(cx), int(cy)), (int(ax), int(ay)), ang, 0, 360, 255, -1)
    return m.astype(np.float32) / 255


def photo(  # noqa: C901
    paper: Image.Image,
    rng,
    *,
    bg="wood",
    long_side=1600,
    keystone=0.12,
    tilt=4.0,
    warm=0.6,
    dim=0.85,
    shadow=0.6,
    fold=None,
    crumple=0.0,
    curl=0.0,
    hand=False,
    neighbor=False,
    quality=65,
    rotate=0,
) -> Image.Image:
    p = np.asarray(paper.convert("RGB"), dtype=np.float32)
    ph, pw = p.shape[:2]
    shade = np.ones((ph, pw), np.float32)
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    dx = np.zeros((ph, pw), np.float32)
    dy = np.zeros((ph, pw), np.float32)
    if crumple:
        dx += _smooth(rng, (ph, pw), 10) * crumple * 2.5
        dy += _smooth(rng, (ph, pw), 10) * crumple * 2.5
        for _ in range(int(6 + crumple * 3)):
            a = rng.uniform(0, math.pi)
            nx, ny = math.cos(a), math.sin(a)
            c0 = rng.uniform(0, pw) * nx + rng.uniform(0, ph) * ny
            d = xx * nx + yy * ny - c0
            shade *= 1 - 0.09 * crumple * np.exp(-np.abs(d) / 3.0)
            shade *= 1 + 0.035 * crumple * np.tanh(d / 40.0)
        shade *= 1 + 0.05 * crumple * _smooth(rng, (ph, pw), 14)
    if curl:
        u = xx / pw - 0.5
        shade *= 1 - curl * 0.5 * (2 * u) ** 4
        dy += curl * 18 * (2 * u) ** 2 * (yy / ph - 0.5)
    if fold is not None:
        fy = fold * ph
        d = yy - fy
        shade *= np.where(d > 0, 0.92, 1.0) * (1 - 0.25 * np.exp(-np.abs(d) / 1.6))
        dx += np.where(d > 0, 2.0, 0.0)
    if crumple or curl or fold is not None:
        p = cv2.remap(p, xx + dx, yy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    p = p * shade[:, :, None]
    # frame
    asp = 0.75
    fh = int(max(ph * 1.14, pw * 1.14 / asp))
    fw = int(fh * asp)
    if pw > ph:
        fw, fh = int(max(pw * 1.14, ph * 1.14 / asp)), 0
        fh = int(fw * asp)
    bgimg = texture(bg, fw, fh, rng)
    if neighbor:  # part of the next receipt at the left or right edge
        nw = int(pw * 0.9)
        side = 1 if rng.random() < 0.5 else -1
        x0 = fw - int(nw * 0.28) if side > 0 else -int(nw * 0.72)
        y0 = int(fh * rng.uniform(-0.1, 0.1))
        npaper = np.full((fh, nw, 3), 238, np.float32)
        for ly in range(40, fh, 34):
            if rng.random() < 0.8:
                lw = int(nw * rng.uniform(0.3, 0.8))
                npaper[ly : ly + 10, 30 : 30 + lw] = 120
        q = np.float32([[0, 0], [nw, 0], [nw, fh], [0, fh]])
        ang = rng.uniform(-6, 6) * math.pi / 180
        dq = np.float32(
            [
                [
                    x0 + (px - nw / 2) * math.cos(ang) - (py - fh / 2) * math.sin(ang) + nw / 2,
                    y0 + (px - nw / 2) * math.sin(ang) + (py - fh / 2) * math.cos(ang) + fh / 2,
                ]
                for px, py in q
            ]
        )
        mt = cv2.getPerspectiveTransform(q, dq)
        nim = cv2.warpPerspective(npaper, mt, (fw, fh))
        nm = cv2.warpPerspective(np.ones((fh, nw), np.float32), mt, (fw, fh))
        bgimg = bgimg * (1 - nm[:, :, None]) + nim * nm[:, :, None]
    # destination quad with keystone + tilt
    sw, sh = pw / fw, ph / fh
    cx, cy = fw / 2 + rng.uniform(-0.03, 0.03) * fw, fh / 2 + rng.uniform(-0.02, 0.02) * fh
    k = keystone * rng.uniform(0.7, 1.0)
    top_shrink = k if rng.random() < 0.6 else -k * 0.5
    pts = []
    for ux, uy in ((-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)):
        f = 1 - top_shrink * (0.5 - uy)
        pts.append([ux * pw * f * 0.98, uy * ph * 0.98])
    ang = rng.uniform(-tilt, tilt) * math.pi / 180
    dst = np.float32(
        [
            [
                cx + x * math.cos(ang) - y * math.sin(ang) + rng.uniform(-0.01, 0.01) * fw,
                cy + x * math.sin(ang) + y * math.cos(ang),
            ]
            for x, y in pts
        ]
    )
    del sw, sh
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    mt = cv2.getPerspectiveTransform(src, dst)
    wp = cv2.warpPerspective(p, mt, (fw, fh), flags=cv2.INTER_LINEAR)
    wm = cv2.warpPerspective(np.ones((ph, pw), np.float32), mt, (fw, fh), flags=cv2.INTER_LINEAR)
    if hand:  # palm behind the paper
        skin = np.array([196, 150, 124], np.float32)
        bx, by = dst[:, 0].mean(), dst[2:, 1].mean()
        palm = _ellipse_mask((fh, fw), bx + pw * 0.1, by - ph * 0.02, pw * 0.75, ph * 0.14, 10)
        palm = cv2.GaussianBlur(palm, (0, 0), 4)
        bgimg = bgimg * (1 - palm[:, :, None]) + (skin * 0.9)[None, None, :] * palm[:, :, None]
    dropsh = cv2.GaussianBlur(np.roll(wm, (12, 10), (0, 1)), (0, 0), 12)
    bgimg = bgimg * (1 - 0.45 * dropsh[:, :, None])
    img = bgimg * (1 - wm[:, :, None]) + wp * wm[:, :, None]
    if hand:  # thumb over the left paper edge, low on the receipt
        lx = (dst[0, 0] + dst[3, 0]) / 2
        ty = dst[3, 1] - ph * rng.uniform(0.0, 0.02)
        th = _ellipse_mask((fh, fw), lx - pw * 0.02, ty, pw * 0.2, ph * 0.035, rng.uniform(-15, 15))
        th = cv2.GaussianBlur(th, (0, 0), 3)
        tone = np.array([205, 160, 134], np.float32) * (
            0.92 + 0.08 * _smooth(rng, (fh, fw), 6)[:, :, None]
        )
        img = img * (1 - th[:, :, None]) + tone * th[:, :, None]
    # light: gradient, warm tint, dim, shadow band
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    grad = ((xx / fw - 0.5) * math.cos(a) + (yy / fh - 0.5) * math.sin(a)) * 0.35
    vign = 1 - 0.35 * (((xx / fw - 0.5) ** 2 + (yy / fh - 0.5) ** 2) * 2)
    light = (1 + grad) * vign * dim
    if shadow:
        b = rng.uniform(0, math.pi)
        nx, ny = math.cos(b), math.sin(b)
        off = rng.uniform(0.1, 0.25) * (fw + fh) / 2
        d = (xx - cx) * nx + (yy - cy) * ny - off
        smask = cv2.GaussianBlur((d > 0).astype(np.float32), (0, 0), fw * 0.02)
        light *= 1 - (1 - shadow) * smask
    tint = np.array([1.0, 1.0 - 0.08 * warm, 1.0 - 0.22 * warm], np.float32)
    img = img * light[:, :, None] * tint[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), 1.1)
    scale = long_side / max(fw, fh)
    img = cv2.resize(img, (int(fw * scale), int(fh * scale)), interpolation=cv2.INTER_AREA)
    img = img + rng.normal(0, 3.5, img.shape[:2])[:, :, None] + rng.normal(0, 1.5, img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if rotate:
        img = np.ascontiguousarray(np.rot90(img, k=rotate // 90))
    return Image.fromarray(img)


def dpi_for(doc: Doc, h: float, long_side: int) -> float:
    inches = max(doc.w, h) / 72
    return max(100.0, min(300.0, long_side * 1.25 / 1.14 / inches))


def save_jpeg(im: Image.Image, q: int) -> bytes:
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q)
    return b.getvalue()


def save_png(im: Image.Image) -> bytes:
    b = io.BytesIO()
    im.save(b, "PNG", optimize=True)
    return b.getvalue()


# =========================================================================== invoices


def i01(name, rng):
    """US hosting invoice, Letter, born-digital: big wordmark letterhead, tiny legal footer, no tax, credit line."""
    W, H = letter
    d = Doc(name, W, H)
    blue = (0.10, 0.27, 0.55)
    d.poly([(54, 52), (84, 36), (114, 52), (114, 86), (84, 102), (54, 86)], fill=blue)
    d.poly([(70, 60), (98, 60), (98, 78), (70, 78)], fill=(1, 1, 1))
    d.text(128, 86, "nimbusforge", "DVB", 40, color=blue)
    d.text(
        130, 102, "cloud infrastructure for people who ship", "DVO", 8.5, color=(0.35, 0.35, 0.4)
    )
    d.text(W - 54, 56, "INVOICE", "DVB", 20, "r")
    d.text(W - 54, 74, "NimbusForge Cloud, Inc.", "DV", 8.5, "r")
    d.text(W - 54, 86, "1420 Larkin Street, Suite 300", "DV", 8.5, "r")
    d.text(W - 54, 98, "San Francisco, CA 94109", "DV", 8.5, "r")
    d.text(W - 54, 110, "billing@nimbusforge.io", "DV", 8.5, "r")
    d.line(54, 124, W - 54, 124, 1.2, blue)
    y = 150
    d.text(54, y, "BILLED TO", "DVB", 7.5, color=(0.4, 0.4, 0.4))
    for i, t in enumerate(
        [
            "Kestrel Analytics LLC",
            "Attn: Accounts Payable",
            "77 Water Street, Floor 9",
            "New York, NY 10005",
        ]
    ):
        d.text(54, y + 14 + i * 12, t, "DVB" if i == 0 else "DV", 9)
    labels = [
        ("Invoice number", "NF-2026-004817"),
        ("Invoice date", "March 3, 2026"),
        ("Billing period", "Feb 1 – Feb 28, 2026"),
        ("Payment due", "April 2, 2026"),
        ("Account ID", "acct_7Q2M9XK4"),
    ]
    for i, (lab, val) in enumerate(labels):
        d.text(340, y + 14 + i * 13, lab, "DV", 9, color=(0.4, 0.4, 0.4))
        d.text(W - 54, y + 14 + i * 13, val, "DVB" if i in (0, 3) else "DV", 9, "r")
    items = [
        ("Compute – nf.c4.large (2 instances, 1,344 hrs)", D("1344"), D("0.0840")),
        ("Block storage – SSD volumes (1,250 GB-mo)", D("1250"), D("0.1000")),
        ("Object storage – Standard tier (3,412 GB-mo)", D("3412"), D("0.0210")),
        ("Managed PostgreSQL – db.m2 (672 hrs)", D("672"), D("0.2450")),
        ("Load balancer (672 hrs)", D("672"), D("0.0250")),
        ("Egress bandwidth beyond free tier (1,874 GB)", D("1874"), D("0.0500")),
        ("Business support plan", D("1"), D("149.00")),
    ]
    y = 240
    d.rect(54, y - 12, W - 108, 18, stroke=None, fill=(0.93, 0.95, 0.98))
    d.text(60, y, "Description", "DVB", 8.5)
    d.text(390, y, "Usage", "DVB", 8.5, "r")
    d.text(470, y, "Rate", "DVB", 8.5, "r")
    d.text(W - 60, y, "Amount (USD)", "DVB", 8.5, "r")
    y += 20
    sub = D(0)
    li = []
    for desc, qn, rate in items:
        amt = q2(qn * rate)
        sub += amt
        d.text(60, y, desc, "DV", 8.5)
        d.text(390, y, f"{int(qn):,}", "DV", 8.5, "r")
        d.text(470, y, f"${rate}", "DV", 8.5, "r")
        d.text(W - 60, y, us(amt), "DV", 8.5, "r")
        d.line(54, y + 6, W - 54, y + 6, 0.3, (0.8, 0.8, 0.85))
        li.append((desc, f"{int(qn)}", f"{rate}", key(amt)))
        y += 19
    credit = D("-75.00")
    total = sub + credit
    y += 10
    for lab, val, f in [
        ("Subtotal", us(sub), "DV"),
        ("Promotional credit (PROMO-SPRING26)", "(" + us(-credit) + ")", "DV"),
        ("Total due", "USD " + us(total), "DVB"),
    ]:
        d.text(400, y, lab, f, 9, "r")
        d.text(W - 60, y, val, f, 9, "r")
        y += 16
    d.text(
        54,
        y + 24,
        "Sales tax: not applicable to the services on this invoice.",
        "DVO",
        8,
        color=(0.4, 0.4, 0.4),
    )
    d.text(54, y + 52, "Pay online at pay.nimbusforge.io/i/NF-2026-004817 or by ACH:", "DV", 8.5)
    d.text(
        54,
        y + 64,
        "First Harbor Bank · Routing 121000358 · Account 4471902265 · Ref NF-2026-004817",
        "DV",
        8.5,
    )
    li.append(("Promotional credit (PROMO-SPRING26)", "1", key(credit), key(credit)))
    foot = "NimbusForge Cloud, Inc. is a Delaware corporation, EIN 84-3920174. Services are provided under the NimbusForge Terms of Service (v2026.1). Late payments may accrue interest of 1.0% per month. Questions about this invoice: billing@nimbusforge.io. © 2026 NimbusForge Cloud, Inc. All rights reserved."
    for i, t in enumerate(wrap(foot, "DV", 5.2, W - 108)):
        d.text(54, H - 40 + i * 6.5, t, "DV", 5.2, color=(0.45, 0.45, 0.45))
    t = truth(
        number="NF-2026-004817",
        date="2026-03-03",
        due="2026-04-02",
        vendor="NimbusForge Cloud, Inc.",
        amount=total,
        vat=None,
        total=total,
        currency="USD",
        locale="en-US",
        layout="invoice",
        doctype="invoice",
        items=li,
        note="Big lowercase wordmark 'nimbusforge' vs legal name in the header; no tax printed (vat null); promotional credit shown in parentheses reduces the total; 5 pt legal footer with EIN.",
        kind="pdf",
    )
    return d.pdf(), "pdf", t, ("US", "hosting invoice")


def i02(name, rng):  # noqa: C901
    """DE trades invoice, 2 pages, faxed (1-bit) as image-only PDF; totals on page 2 after an Übertrag."""
    W, H = A4
    d = Doc(name, W, H)
    L, R = 62, W - 50
    vend = "Kessler Haustechnik GmbH"

    def head(page):
        d.text(L, 78, "KESSLER", "DVSB", 26)
        d.text(L, 94, "Haustechnik · Sanitär · Heizung · Solar", "DVS", 9)
        d.text(R, 70, vend, "DVB", 9, "r")
        d.text(R, 82, "Rotebühlstraße 118", "DV", 8.5, "r")
        d.text(R, 94, "70178 Stuttgart", "DV", 8.5, "r")
        d.text(R, 106, "Tel. 0711 4839920 · Fax 0711 4839929", "DV", 8.5, "r")
        d.line(L, 116, R, 116, 0.8)
        if page == 2:
            d.text(L, 140, "Rechnung Nr. 2026-0381 vom 14.01.2026 – Seite 2 von 2", "DV", 9)

    def foot():
        for i, t in enumerate(
            [
                "Kessler Haustechnik GmbH · Sitz Stuttgart · Amtsgericht Stuttgart HRB 734521 · Geschäftsführer: Hubert Kessler",
                "USt-IdNr. DE287466102 · Steuer-Nr. 99012/34567 · Volksbank Stuttgart eG · IBAN DE44 6009 0100 0243 8817 03 · BIC VOBADESSXXX",
            ]
        ):
            d.text(W / 2, H - 48 + i * 11, t, "DV", 7, "c")

    head(1)
    d.text(L, 150, "Kessler Haustechnik GmbH · Rotebühlstr. 118 · 70178 Stuttgart", "DV", 6.5)
    d.line(L, 153, L + 230, 153, 0.3)
    for i, t in enumerate(
        [
            "Wohnungseigentümergemeinschaft",
            "Hölderlinstraße 27",
            "c/o Hausverwaltung Brandt & Ott",
            "Olgastraße 41",
            "70182 Stuttgart",
        ]
    ):
        d.text(L, 170 + i * 13, t, "DV", 10)
    for i, (a, b) in enumerate(
        [
            ("Rechnungs-Nr.:", "2026-0381"),
            ("Datum:", "14.01.2026"),
            ("Kunden-Nr.:", "10472"),
            ("Auftrag:", "A-25-1187"),
            ("Leistungsdatum:", "08.01.–12.01.2026"),
        ]
    ):
        d.text(370, 170 + i * 13, a, "DV", 9)
        d.text(R, 170 + i * 13, b, "DV", 9, "r")
    d.text(L, 270, "Rechnung", "DVB", 15)
    d.text(L, 290, "Austausch Gas-Brennwerttherme und Warmwasserspeicher, Heizraum UG", "DV", 9.5)
    items = [
        ("Gas-Brennwerttherme 24 kW, inkl. Regelung", "1", "Stk", D("3180.00")),
        ("Warmwasserspeicher 150 l, emailliert", "1", "Stk", D("894.50")),
        ("Abgassystem DN 80/125, Grundset", "1", "Set", D("312.80")),
        ("Ausdehnungsgefäß 35 l mit Kappenventil", "1", "Stk", D("96.40")),
        ("Kupferrohr 22 mm, hart", "14", "m", D("18.90")),
        ("Pressfittinge 22 mm, sortiert", "26", "Stk", D("7.35")),
        ('Kugelhahn 3/4" mit Thermometer', "4", "Stk", D("24.60")),
        ("Rohrdämmung 22 mm, 9 mm Wandstärke", "14", "m", D("3.20")),
        ("Demontage und Entsorgung Altgerät", "1", "psch", D("285.00")),
        ("Monteur, Arbeitsstunden", "22", "Std", D("68.00")),
        ("Helfer, Arbeitsstunden", "16", "Std", D("52.00")),
        ("Inbetriebnahme, hydraulischer Abgleich", "1", "psch", D("240.00")),
        ("Anfahrtspauschale", "4", "Stk", D("39.00")),
        ("Kleinmaterial, Dichtmittel", "1", "psch", D("48.75")),
    ]
    cols = [L, L + 26, 330, 368, 440, R]

    def th(y):
        d.line(L, y - 12, R, y - 12, 0.6)
        for x, t, a in [
            (cols[0], "Pos.", "l"),
            (cols[1], "Bezeichnung", "l"),
            (cols[2] + 20, "Menge", "r"),
            (cols[3], "Einh.", "l"),
            (cols[4] + 20, "E-Preis €", "r"),
            (cols[5], "Gesamt €", "r"),
        ]:
            d.text(x, y, t, "DVB", 8.5, a)
        d.line(L, y + 5, R, y + 5, 0.6)

    y = 320
    th(y)
    y += 22
    net = D(0)
    li = []
    for n, (desc, qn, unit, pr) in enumerate(items, 1):
        if n == 11:
            d.line(370, y - 8, R, y - 8, 0.5)
            d.text(370, y + 2, "Übertrag", "DVB", 9)
            d.text(R, y + 2, eu(net), "DVB", 9, "r")
            foot()
            d.new_page()
            head(2)
            y = 175
            th(y)
            y += 22
            d.text(cols[1], y, "Übertrag von Seite 1", "DVO", 9)
            d.text(R, y, eu(net), "DVO", 9, "r")
            y += 18
        amt = q2(D(qn) * pr)
        net += amt
        d.text(cols[0], y, f"{n:02d}", "DV", 9)
        d.text(cols[1], y, desc, "DV", 9)
        d.text(cols[2] + 20, y, qn, "DV", 9, "r")
        d.text(cols[3], y, unit, "DV", 9)
        d.text(cols[4] + 20, y, eu(pr), "DV", 9, "r")
        d.text(R, y, eu(amt), "DV", 9, "r")
        li.append((desc, qn, f"{pr:.2f}", key(amt)))
        y += 17
    vat = q2(net * D("0.19"))
    tot = net + vat
    y += 8
    d.line(340, y - 10, R, y - 10, 0.6)
    for lab, val, f in [
        ("Nettobetrag", eu(net), "DV"),
        ("zzgl. 19 % MwSt.", eu(vat), "DV"),
        ("Rechnungsbetrag", eu(tot) + " €", "DVB"),
    ]:
        d.text(340, y + 4, lab, f, 10)
        d.text(R, y + 4, val, f, 10, "r")
        y += 17
    d.line(340, y - 9, R, y - 9, 1.2)
    d.text(L, y + 30, "Zahlbar bis 28.01.2026 ohne Abzug.", "DVB", 9.5)
    d.text(L, y + 45, "Bitte geben Sie bei Zahlung die Rechnungsnummer 2026-0381 an.", "DV", 9.5)
    d.text(
        L,
        y + 60,
        "Gemäß § 35a EStG enthaltene Arbeitskosten (netto): "
        + eu(D("22") * D("68") + D("16") * D("52") + D("240") + D("285"))
        + " €",
        "DV",
        9.5,
    )
    d.text(L, y + 90, "Mit freundlichen Grüßen", "DV", 9.5)
    d.text(L, y + 104, "Kessler Haustechnik GmbH", "DV", 9.5)
    foot()
    pages = render(d.pdf(), 200)
    faxed = [
        fax(
            p,
            rng,
            f"14.01.26 10:42   FROM: +49 711 4839929   KESSLER HAUSTECHNIK          Page {i}/2",
        )
        for i, p in enumerate(pages, 1)
    ]
    t = truth(
        number="2026-0381",
        date="2026-01-14",
        due="2026-01-28",
        vendor=vend,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        doctype="invoice",
        items=li,
        note="Faxed 2-page invoice as image-only PDF (1-bit, fax header 'Page 1/2', streaks); page 1 ends with 'Übertrag' subtotal, net/MwSt/total only on page 2; due date printed as a sentence ('Zahlbar bis'); §35a labour-cost line is not a total.",
        kind="scan",
    )
    return image_pdf(faxed, 60), "pdf", t, ("DE", "trades invoice (2 pages, fax)")


def i03(name, rng):
    """UK consultancy invoice, two equal-weight seller/buyer columns, photographed on a desk."""
    W, H = A4
    d = Doc(name, W, H)
    L, R = 56, W - 56
    d.text(L, 80, "INVOICE", "DVSB", 24, color=(0.15, 0.3, 0.25))
    d.text(R, 66, "Invoice no.  INV-1193", "DV", 10, "r")
    d.text(R, 80, "Date  12/02/2026", "DV", 10, "r")
    d.text(R, 94, "Due  14/03/2026", "DV", 10, "r")
    d.line(L, 108, R, 108, 1, (0.15, 0.3, 0.25))
    mid = W / 2 + 4
    for x, head, lines in [
        (
            L,
            "FROM",
            [
                "Harrow & Finch Consulting Ltd",
                "Unit 4, 18 Clerkenwell Close",
                "London EC1R 0AA",
                "VAT Reg. No. GB 284 5521 93",
                "Company No. 10938472",
            ],
        ),
        (
            mid,
            "TO",
            [
                "Pellmore Logistics Ltd",
                "Imperial Park, Building C",
                "Celtic Way, Newport NP10 8BE",
                "PO ref: PLL-PO-55821",
                "Attn: Sarah Beddoes, Finance",
            ],
        ),
    ]:
        d.text(x, 132, head, "DVB", 8, color=(0.4, 0.4, 0.4))
        for i, t in enumerate(lines):
            d.text(x, 150 + i * 14, t, "DVSB" if i == 0 else "DVS", 12 if i == 0 else 10)
    items = [
        ("Operational review – warehouse network (on site)", D("6"), D("850.00")),
        ("Workshop facilitation, Newport, 3 Feb 2026", D("1"), D("1200.00")),
        ("Data analysis and modelling (remote)", D("4.5"), D("720.00")),
        ("Board report and presentation", D("2"), D("850.00")),
        ("Travel expenses (rail, Paddington–Newport)", D("1"), D("186.40")),
    ]
    y = 258
    d.rect(L, y - 13, R - L, 19, stroke=None, fill=(0.88, 0.92, 0.9))
    for x, t, a in [
        (L + 6, "Description", "l"),
        (360, "Days", "r"),
        (445, "Rate £", "r"),
        (R - 6, "Amount £", "r"),
    ]:
        d.text(x, y, t, "DVB", 10, a)
    y += 24
    net = D(0)
    li = []
    for desc, qn, pr in items:
        amt = q2(qn * pr)
        net += amt
        d.text(L + 6, y, desc, "DVS", 10)
        d.text(360, y, f"{qn}", "DVS", 10, "r")
        d.text(445, y, us(pr), "DVS", 10, "r")
        d.text(R - 6, y, us(amt), "DVS", 10, "r")
        li.append((desc, f"{qn}", f"{pr:.2f}", key(amt)))
        y += 20
    vat = q2(net * D("0.20"))
    tot = net + vat
    d.line(L, y - 8, R, y - 8, 0.5)
    y += 12
    for lab, val, f in [
        ("Subtotal", "£" + us(net), "DVS"),
        ("VAT @ 20%", "£" + us(vat), "DVS"),
        ("TOTAL DUE", "£" + us(tot), "DVSB"),
    ]:
        d.text(445, y, lab, f, 11, "r")
        d.text(R - 6, y, val, f, 11, "r")
        y += 18
    y += 30
    d.text(L, y, "Payment terms: 30 days. Please pay by BACS to:", "DVS", 10)
    d.text(
        L,
        y + 15,
        "Harrow & Finch Consulting Ltd · Sort code 20-45-77 · Account 63019842",
        "DVS",
        10,
    )
    d.text(L, y + 30, "Reference: INV-1193", "DVS", 10)
    d.text(
        W / 2,
        H - 50,
        "Harrow & Finch Consulting Ltd, registered in England and Wales no. 10938472.",
        "DVS",
        8,
        "c",
    )
    d.text(
        W / 2,
        H - 39,
        "Registered office: Unit 4, 18 Clerkenwell Close, London EC1R 0AA",
        "DVS",
        8,
        "c",
    )
    pdf = d.pdf()
    paper = render(pdf, dpi_for(d, H, 1800))[0]
    im = photo(
        paper,
        rng,
        bg="wood",
        long_side=1800,
        keystone=0.14,
        tilt=5,
        warm=0.7,
        dim=0.82,
        shadow=0.62,
        quality=68,
    )
    t = truth(
        number="INV-1193",
        date="2026-02-12",
        due="2026-03-14",
        vendor="Harrow & Finch Consulting Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        doctype="invoice",
        items=li,
        note="Phone photo on a wooden desk, keystone + warm light + shadow; seller (FROM) and buyer (TO) blocks side by side with identical weight; dd/mm/yyyy dates; fractional day quantity 4.5.",
        kind="photo",
    )
    return save_jpeg(im, 68), "jpg", t, ("UK", "consultancy invoice")


def i04(name, rng):
    """FR freight invoice: header table (labels row / values row), photocopied, image-only PDF."""
    W, H = A4
    d = Doc(name, W, H)
    L, R = 50, W - 50
    vend = "Transports Roux & Fils SARL"
    d.rect(L, 48, 60, 40, stroke=None, fill=(0, 0, 0))
    d.text(L + 30, 76, "TRF", "DVB", 18, "c", color=(1, 1, 1))
    d.text(L + 72, 64, "TRANSPORTS ROUX & FILS", "DVB", 15)
    d.text(L + 72, 78, "Messagerie · Affrètement · Logistique", "DV", 9)
    d.text(L + 72, 90, "ZI des Bruyères, 12 rue Ampère, 69150 Décines-Charpieu", "DV", 8.5)
    d.text(R, 64, "FACTURE", "DVB", 18, "r")
    labs = ["N° facture", "Date", "Échéance", "Code client", "Réf. commande"]
    vals = ["FA26-00712", "05/03/2026", "04/04/2026", "C-0419", "BL 88213 / 88240"]
    xs = [L, L + 90, L + 180, L + 270, L + 360, R]
    y = 130
    for i in range(5):
        d.rect(xs[i], y, xs[i + 1] - xs[i], 16, fill=(0.85, 0.85, 0.85), width=0.6)
        d.rect(xs[i], y + 16, xs[i + 1] - xs[i], 18, width=0.6)
        d.text(xs[i] + 5, y + 11, labs[i], "DVB", 8.5)
        d.text(xs[i] + 5, y + 29, vals[i], "DV", 9.5)
    for i, t in enumerate(
        [
            "SAS Provençale de Matériaux",
            "Service comptabilité",
            "145 avenue du Prado",
            "13008 Marseille",
        ]
    ):
        d.text(330, 200 + i * 13, t, "DVB" if i == 0 else "DV", 10)
    items = [
        ("Transport Décines → Marseille, semi complète 24 t", D("2"), D("865.00")),
        ("Transport Décines → Aix-en-Provence, porteur 12 t", D("1"), D("540.00")),
        ("Hayon élévateur, livraison chantier", D("3"), D("45.00")),
        ("Attente au déchargement (par heure)", D("2.5"), D("58.00")),
        ("Frais de dossier", D("1"), D("18.00")),
    ]
    y = 290
    d.line(L, y - 12, R, y - 12, 0.8)
    for x, t, a in [
        (L + 4, "Désignation", "l"),
        (370, "Qté", "r"),
        (450, "P.U. HT", "r"),
        (R - 4, "Montant HT", "r"),
    ]:
        d.text(x, y, t, "DVB", 9, a)
    d.line(L, y + 5, R, y + 5, 0.8)
    y += 22
    base = D(0)
    li = []
    for desc, qn, pr in items:
        amt = q2(qn * pr)
        base += amt
        d.text(L + 4, y, desc, "DV", 9.5)
        d.text(370, y, fr(qn) if qn % 1 else f"{qn}", "DV", 9.5, "r")
        d.text(450, y, fr(pr), "DV", 9.5, "r")
        d.text(R - 4, y, fr(amt), "DV", 9.5, "r")
        li.append((desc, f"{qn}", f"{pr:.2f}", key(amt)))
        y += 18
    sur = q2(D("2270.00") * D("0.085"))
    d.text(L + 4, y, "Surcharge gazole 8,5 % (sur transports : 2 270,00)", "DV", 9.5)
    d.text(R - 4, y, fr(sur), "DV", 9.5, "r")
    li.append(("Surcharge gazole 8,5 %", "1", f"{sur:.2f}", key(sur)))
    base += sur
    y += 26
    tva = q2(base * D("0.20"))
    ttc = base + tva
    bx = 330
    for i, (lab, val) in enumerate(
        [("Total HT", fr(base)), ("TVA 20 %", fr(tva)), ("Total TTC", fr(ttc) + " €")]
    ):
        d.rect(bx, y + i * 20, R - bx, 20, width=0.6)
        d.text(bx + 6, y + i * 20 + 14, lab, "DVB" if i == 2 else "DV", 10)
        d.text(R - 6, y + i * 20 + 14, val, "DVB" if i == 2 else "DV", 10, "r")
    y += 90
    for i, t in enumerate(
        [
            "Conditions de paiement : 30 jours date de facture, par virement.",
            "Pas d'escompte pour paiement anticipé. Pénalités de retard : 3 fois le taux d'intérêt légal.",
            "Indemnité forfaitaire pour frais de recouvrement : 40 €.",
            "IBAN FR76 1009 6180 4500 0621 4780 195 · BIC CMCIFRPP",
        ]
    ):
        d.text(L, y + i * 13, t, "DV", 8.5)
    for i, t in enumerate(
        [
            "Transports Roux & Fils SARL au capital de 80 000 € · RCS Lyon 412 887 305 · SIRET 412 887 305 00027 · APE 4941A",
            "N° TVA intracommunautaire FR 63 412887305 · Licence communautaire n° 2019/84/0004411",
        ]
    ):
        d.text(W / 2, H - 50 + i * 11, t, "DV", 7.5, "c")
    page = render(d.pdf(), 200)[0]
    copy = photocopy(page, rng)
    t = truth(
        number="FA26-00712",
        date="2026-03-05",
        due="2026-04-04",
        vendor=vend,
        amount=base,
        vat=tva,
        total=ttc,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        doctype="invoice",
        items=li,
        note="Photocopy (grey, heavy toner, dark lid edge, drum streaks, skew) as image-only PDF; header table with labels in one row and values in the row below; fuel surcharge line; space thousands separator; HT/TVA/TTC boxes; legal name with SARL only in the footer line.",
        kind="scan",
    )
    return image_pdf([copy], 62), "pdf", t, ("FR", "freight invoice (photocopy)")


def i05(name, rng):
    """ES wholesale invoice printed in landscape: IVA 21 % + recargo de equivalencia 5,2 %, discounts, portes."""
    W, H = landscape(A4)
    d = Doc(name, W, H)
    L, R = 40, W - 40
    vend = "Distribuciones Almagro S.L."
    d.circle(62, 62, 22, fill=(0.75, 0.1, 0.1))
    d.text(62, 70, "DA", "DVB", 18, "c", color=(1, 1, 1))
    d.text(94, 58, vend, "DVB", 15)
    d.text(
        94,
        72,
        "Polígono Industrial La Isla, C/ Río Viejo 24 · 41703 Dos Hermanas (Sevilla) · CIF B41234567",
        "DV",
        8.5,
    )
    d.text(R, 58, "FACTURA", "DVB", 16, "r")
    d.text(R, 74, "Nº A-2026/1187", "DVB", 10, "r")
    d.rect(L, 92, 370, 66, width=0.6)
    d.text(L + 6, 104, "Cliente", "DVB", 8)
    for i, t in enumerate(
        [
            "Ultramarinos Vega e Hijos, S.C.",
            "C/ Feria 63, 41003 Sevilla",
            "NIF J91876543 · Régimen recargo de equivalencia",
        ]
    ):
        d.text(L + 6, 118 + i * 13, t, "DV", 9.5)
    for i, (a, b) in enumerate(
        [
            ("Fecha factura", "18/02/2026"),
            ("Vencimiento", "20/03/2026"),
            ("Forma de pago", "Transferencia 30 d"),
            ("Cód. cliente", "4471"),
            ("Albarán", "ALB-26-03312"),
        ]
    ):
        d.text(430 + (i % 3) * 130, 104 + (i // 3) * 30, a, "DV", 7.5, color=(0.4, 0.4, 0.4))
        d.text(430 + (i % 3) * 130, 116 + (i // 3) * 30, b, "DVB", 9.5)
    items = [
        ("AC-1021", "Aceite de oliva virgen extra 1 l (caja 12)", D("15"), D("86.40"), D("5")),
        ("AR-0412", "Arroz redondo D.O. Valencia 1 kg (caja 10)", D("20"), D("14.90"), D("0")),
        ("LG-3307", "Garbanzo pedrosillano 1 kg (caja 12)", D("8"), D("27.60"), D("0")),
        ("CN-5520", "Atún claro en aceite 3x80 g (caja 24)", D("10"), D("52.80"), D("7.5")),
        ("DL-0098", "Turrón blando 300 g (caja 20)", D("4"), D("61.00"), D("10")),
        ("VN-2210", "Vino tinto Ribera del Duero crianza (caja 6)", D("6"), D("47.70"), D("0")),
        ("LM-0650", "Lejía perfumada 2 l (caja 8)", D("5"), D("11.20"), D("0")),
    ]
    cols = [
        (L + 4, "Código", "l"),
        (L + 70, "Descripción", "l"),
        (480, "Cant.", "r"),
        (560, "Precio", "r"),
        (620, "Dto. %", "r"),
        (700, "Importe", "r"),
        (R - 4, "IVA %", "r"),
    ]
    y = 186
    d.rect(L, y - 12, R - L, 17, stroke=None, fill=(0.93, 0.88, 0.88))
    for x, t, a in cols:
        d.text(x, y, t, "DVB", 9, a)
    y += 22
    base = D(0)
    li = []
    for code, desc, qn, pr, dto in items:
        amt = q2(qn * pr * (1 - dto / 100))
        base += amt
        for (x, _t, a), v in zip(
            cols, [code, desc, f"{qn}", eu(pr), eu(dto) if dto else "", eu(amt), "21"], strict=True
        ):
            d.text(x, y, v, "DV", 9, a)
        li.append((desc, f"{qn}", f"{pr:.2f}", key(amt)))
        y += 16
    portes = D("35.00")
    d.text(L + 70, y, "Portes (envío paletizado)", "DV", 9)
    for x, v in ((480, "1"), (560, eu(portes)), (700, eu(portes)), (R - 4, "21")):
        d.text(x, y, v, "DV", 9, "r")
    li.append(("Portes (envío paletizado)", "1", "35.00", "35.00"))
    base += portes
    iva = q2(base * D("0.21"))
    re_ = q2(base * D("0.052"))
    tot = base + iva + re_
    y = H - 150
    heads = ["Base imponible", "% IVA", "Cuota IVA", "% R.E.", "Cuota R.E.", "TOTAL FACTURA"]
    vals = [eu(base), "21,00", eu(iva), "5,20", eu(re_), eu(tot) + " €"]
    x0 = 300
    cw = (R - x0) / 6
    for i in range(6):
        d.rect(x0 + i * cw, y, cw, 16, fill=(0.93, 0.88, 0.88), width=0.5)
        d.rect(x0 + i * cw, y + 16, cw, 22, width=0.5)
        d.text(x0 + (i + 0.5) * cw, y + 11, heads[i], "DVB", 8, "c")
        d.text(
            x0 + (i + 1) * cw - 6,
            y + 32,
            vals[i],
            "DVB" if i == 5 else "DV",
            10 if i == 5 else 9.5,
            "r",
        )
    d.text(L, y + 11, "Vencimiento: 20/03/2026", "DV", 9)
    d.text(L, y + 25, "IBAN ES91 2100 0418 4502 0005 1332", "DV", 9)
    d.text(L, y + 39, "CaixaBank · BIC CAIXESBBXXX", "DV", 9)
    d.text(
        W / 2,
        H - 40,
        "Distribuciones Almagro S.L. · Inscrita en el Registro Mercantil de Sevilla, Tomo 5512, Folio 87, Hoja SE-91230 · CIF B41234567",
        "DV",
        7,
        "c",
    )
    d.text(
        W / 2,
        H - 30,
        "Sus datos se tratan conforme al RGPD (UE) 2016/679. Responsable: Distribuciones Almagro S.L., protecciondedatos@almagro-dist.es",
        "DV",
        7,
        "c",
    )
    t = truth(
        number="A-2026/1187",
        date="2026-02-18",
        due="2026-03-20",
        vendor=vend,
        amount=base,
        vat=iva + re_,
        total=tot,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        doctype="invoice",
        items=li,
        note="Landscape A4; two taxes (IVA 21 % + recargo de equivalencia 5,2 %) so vat = sum; per-line discounts; shipping (portes) as a line; totals in a header/value box row.",
        kind="pdf",
    )
    return d.pdf(), "pdf", t, ("ES", "wholesale invoice (landscape)")


def i06(name, rng):
    """IT credit note (nota di credito) with negative amounts, born-digital."""
    W, H = A4
    d = Doc(name, W, H)
    L, R = 50, W - 50
    vend = "Elettroimpianti Bassani S.r.l."
    d.text(L, 70, "ELETTROIMPIANTI", "DVCB", 20, color=(0.0, 0.35, 0.6))
    d.text(L, 92, "BASSANI", "DVCB", 20, color=(0.95, 0.6, 0.0))
    d.text(L, 110, vend + " · Via Lodovico il Moro 52 · 20143 Milano (MI)", "DVC", 8.5)
    d.text(L, 121, "P.IVA 08412290961 · C.F. 08412290961 · REA MI-2026173", "DVC", 8.5)
    d.rect(330, 140, R - 330, 80, width=0.6)
    d.text(336, 154, "Spett.le", "DVC", 8.5)
    for i, t in enumerate(
        [
            "Condominio Parco Ticinese",
            "Via Ettore Ponti 21",
            "20143 Milano (MI)",
            "C.F. 97512340158",
        ]
    ):
        d.text(336, 168 + i * 13, t, "DVCB" if i == 0 else "DVC", 10)
    d.text(L, 250, "NOTA DI CREDITO", "DVCB", 17)
    d.text(L, 270, "N. NC 4/2026 del 09/04/2026", "DVCB", 11)
    d.text(L, 286, "Tipo documento TD04 · rif. fattura n. 112/2026 del 20/03/2026", "DVC", 9.5)
    items = [
        ("Storno: plafoniere LED 36 W non installate", D("-6"), D("42.50")),
        ("Storno: ore manodopera non eseguite", D("-3"), D("38.00")),
        ("Abbuono per ritardo consegna", D("-1"), D("30.00")),
    ]
    y = 320
    d.line(L, y - 12, R, y - 12, 0.8)
    for x, t, a in [
        (L + 4, "Descrizione", "l"),
        (360, "Q.tà", "r"),
        (440, "Prezzo unit.", "r"),
        (R - 4, "Importo", "r"),
    ]:
        d.text(x, y, t, "DVCB", 9.5, a)
    d.line(L, y + 5, R, y + 5, 0.8)
    y += 22
    base = D(0)
    li = []
    for desc, qn, pr in items:
        amt = q2(qn * pr)
        base += amt
        d.text(L + 4, y, desc, "DVC", 10)
        d.text(360, y, f"{qn}", "DVC", 10, "r")
        d.text(440, y, eu(pr), "DVC", 10, "r")
        d.text(R - 4, y, eu(amt), "DVC", 10, "r")
        li.append((desc, f"{qn}", f"{pr:.2f}", key(amt)))
        y += 18
    iva = q2(base * D("0.22"))
    tot = base + iva
    y += 20
    for lab, val, f in [
        ("Imponibile", eu(base), "DVC"),
        ("IVA 22%", eu(iva), "DVC"),
        ("Totale nota di credito", "€ " + eu(tot), "DVCB"),
    ]:
        d.text(420, y, lab, f, 10.5, "r")
        d.text(R - 4, y, val, f, 10.5, "r")
        y += 17
    y += 30
    d.text(
        L,
        y,
        "L'importo verrà compensato con la prossima fattura o rimborsato su richiesta.",
        "DVC",
        9.5,
    )
    d.text(L, y + 14, "Riferimento ordine cliente: ODA 2026/077 · CIG non applicabile", "DVC", 9.5)
    d.text(
        W / 2,
        H - 44,
        "Elettroimpianti Bassani S.r.l. · Capitale sociale € 50.000,00 i.v. · Codice SDI M5UXCR1 · PEC amministrazione@pec.bassani-elettro.it",
        "DVC",
        7.5,
        "c",
    )
    d.text(
        W / 2,
        H - 33,
        "Banca Intesa Sanpaolo · IBAN IT60 X054 2811 1010 0000 0123 456",
        "DVC",
        7.5,
        "c",
    )
    t = truth(
        number="NC 4/2026",
        date="2026-04-09",
        due=None,
        vendor=vend,
        amount=base,
        vat=iva,
        total=tot,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        doctype="credit_note",
        items=li,
        note="Credit note (TD04) printed with negative quantities/amounts and keyed negative; references the original invoice number/date (112/2026, 20/03/2026) which must not be taken; wordmark split over two lines; no due date.",
        kind="pdf",
    )
    return d.pdf(), "pdf", t, ("IT", "credit note")


def i07(name, rng):
    """IN GST tax invoice (CGST + SGST, round off, lakh grouping), photographed and saved rotated 90°."""
    W, H = A4
    d = Doc(name, W, H)
    L, R = 40, W - 40
    vend = "Shree Ganesh Traders"
    inr = lambda v: money(v, indian=True)  # noqa: E731
    d.rect(L, 36, R - L, H - 76, width=0.8)
    d.text(W / 2, 58, "TAX INVOICE", "DVB", 12, "c")
    d.text(W / 2, 80, vend.upper(), "DVSB", 18, "c")
    d.text(W / 2, 95, "Wholesale Dealers in Kitchenware & Household Goods", "DVS", 9, "c")
    d.text(
        W / 2,
        108,
        "Shop No. 14, Crawford Market Annexe, Lokmanya Tilak Marg, Mumbai 400001",
        "DV",
        8.5,
        "c",
    )
    d.text(
        W / 2,
        120,
        "GSTIN: 27ABCPM1234F1Z5   ·   State: Maharashtra (27)   ·   Ph: 022-2341 8890",
        "DV",
        8.5,
        "c",
    )
    d.line(L, 128, R, 128, 0.8)
    d.line(W / 2, 128, W / 2, 200, 0.8)
    for i, t in enumerate(
        [
            "Buyer (Bill to):",
            "Patel Home Needs",
            "12, Station Road, Vapi, Gujarat 396191",
            "GSTIN: 24AAGFP7712K1ZQ",
        ]
    ):
        d.text(L + 6, 142 + i * 13, t, "DVB" if i < 2 else "DV", 9)
    for i, (a, b) in enumerate(
        [
            ("Invoice No.", "SGT/25-26/0912"),
            ("Dated", "21-01-2026"),
            ("Place of supply", "Maharashtra"),
            ("Transport", "Lorry MH-04-GT-5521"),
        ]
    ):
        d.text(W / 2 + 6, 142 + i * 13, a, "DV", 9)
        d.text(R - 6, 142 + i * 13, b, "DVB", 9, "r")
    d.line(L, 200, R, 200, 0.8)
    items = [
        ("Pressure cooker 5 L, aluminium", "7615", D("40"), D("1085.00")),
        ("Steel kadhai 28 cm with lid", "7323", D("60"), D("412.00")),
        ("Non-stick tawa 26 cm", "7615", D("48"), D("365.00")),
        ("Stainless steel dinner set 24 pcs", "7323", D("25"), D("1890.00")),
        ("Mixer grinder jar 1.5 L", "8509", D("30"), D("540.00")),
    ]
    cols = [
        (L + 6, "Sl", "l"),
        (L + 26, "Description of goods", "l"),
        (318, "HSN", "l"),
        (400, "Qty", "r"),
        (470, "Rate", "r"),
        (R - 6, "Amount", "r"),
    ]
    y = 216
    for x, t, a in cols:
        d.text(x, y, t, "DVB", 9, a)
    d.line(L, y + 6, R, y + 6, 0.5)
    y += 22
    gross = D(0)
    li = []
    for n, (desc, hsn, qn, pr) in enumerate(items, 1):
        amt = q2(qn * pr)
        gross += amt
        for (x, _t, a), v in zip(
            cols, [str(n), desc, hsn, f"{qn} pcs", inr(pr), inr(amt)], strict=True
        ):
            d.text(x, y, v, "DV", 9, a)
        li.append((desc, f"{qn}", f"{pr:.2f}", key(amt)))
        y += 17
    disc = -q2(gross * D("0.03"))
    li.append(("Less: Trade discount @ 3%", "1", key(disc), key(disc)))
    taxable = gross + disc
    cg = q2(taxable * D("0.09"))
    sg = q2(taxable * D("0.09"))
    pre = taxable + cg + sg
    grand = q0(pre)
    ro = grand - pre
    y += 10
    d.line(300, y - 10, R, y - 10, 0.5)
    for lab, val, f in [
        ("Total", inr(gross), "DV"),
        ("Less: Trade discount @ 3%", inr(disc), "DV"),
        ("Taxable value", inr(taxable), "DVB"),
        ("Add: CGST @ 9%", inr(cg), "DV"),
        ("Add: SGST @ 9%", inr(sg), "DV"),
        ("Round off", ("+" if ro >= 0 else "") + inr(ro), "DV"),
        ("Grand Total  ₹", inr(grand), "DVB"),
    ]:
        d.text(310, y, lab, f, 9.5)
        d.text(R - 6, y, val, f, 9.5, "r")
        y += 16
    d.line(L, y, R, y, 0.5)
    d.text(L + 6, y + 16, "Amount chargeable (in words):", "DV", 9)
    d.text(
        L + 6,
        y + 30,
        "Indian Rupees One Lakh Seventy Thousand Six Hundred Forty-Eight Only",
        "DVB",
        9,
    )
    d.text(
        L + 6,
        y + 54,
        "Bank: Saraswat Co-op Bank, Fort Branch · A/c 010200100045871 · IFSC SRCB0000010",
        "DV",
        8.5,
    )
    d.text(
        L + 6,
        y + 68,
        "Terms: Goods once sold will not be taken back. Interest @ 18% p.a. after 30 days. Subject to Mumbai jurisdiction.",
        "DV",
        7.5,
    )
    d.text(R - 6, H - 90, "for SHREE GANESH TRADERS", "DVB", 9, "r")
    d.text(R - 6, H - 52, "Authorised Signatory", "DV", 8.5, "r")
    d.text(L + 6, H - 52, "E. & O.E.", "DV", 8.5)
    assert grand == 170648, grand
    paper = render(d.pdf(), dpi_for(d, H, 1800))[0]
    im = photo(
        paper,
        rng,
        bg="desk",
        long_side=1800,
        keystone=0.16,
        tilt=3,
        warm=0.4,
        dim=0.8,
        shadow=0.6,
        curl=0.5,
        rotate=90,
    )
    t = truth(
        number="SGT/25-26/0912",
        date="2026-01-21",
        due=None,
        vendor=vend,
        amount=taxable,
        vat=cg + sg,
        total=grand,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        doctype="invoice",
        items=li,
        note="Phone photo saved rotated 90° (no EXIF); lakh grouping (1,70,648.00); trade discount before tax; CGST + SGST summed as vat; 'Round off' line (rounding); dd-mm-yyyy date; buyer GSTIN block next to invoice data.",
        kind="photo",
        rounding=ro,
    )
    return save_jpeg(im, 66), "jpg", t, ("IN", "wholesale tax invoice")


def i08(name, rng):
    """AU trades tax invoice with a deposit deducted (balance due), photographed, saved upside down."""
    W, H = A4
    d = Doc(name, W, H)
    L, R = 48, W - 48
    vend = "Coastline Electrical Pty Ltd"
    d.poly(
        [(L, 40), (L + 30, 40), (L + 18, 62), (L + 34, 62), (L + 6, 100), (L + 14, 72), (L, 72)],
        fill=(0.95, 0.7, 0.05),
    )
    d.text(L + 44, 66, "COASTLINE", "DVB", 22, color=(0.05, 0.2, 0.4))
    d.text(L + 44, 82, "ELECTRICAL", "DV", 12, color=(0.05, 0.2, 0.4))
    d.text(L + 44, 96, "Lic. No. 287441C · ABN 53 604 112 889", "DV", 8.5)
    d.text(R, 58, "TAX INVOICE", "DVB", 18, "r")
    d.text(R, 74, "PO Box 512, Burleigh Heads QLD 4220", "DV", 8.5, "r")
    d.text(R, 86, "0412 558 901 · accounts@coastlineelec.com.au", "DV", 8.5, "r")
    y = 130
    for i, (a, b) in enumerate(
        [
            ("Invoice #", "10452"),
            ("Date", "27/02/2026"),
            ("Due date", "13/03/2026"),
            ("Job", "Switchboard upgrade"),
        ]
    ):
        d.text(360, y + i * 14, a, "DVB", 9.5)
        d.text(R, y + i * 14, b, "DV", 9.5, "r")
    for i, t in enumerate(
        ["Invoice to", "M. & J. Hoskins", "17 Tallebudgera Drive", "Palm Beach QLD 4221"]
    ):
        d.text(L, y + i * 14, t, "DVB" if i < 2 else "DV", 10 if i else 9)
    items = [
        ("Switchboard upgrade – 3-phase, 24 pole enclosure", D("1"), D("1480.00")),
        ("RCBO 20A safety switches", D("8"), D("68.00")),
        ("Surge protection device", D("1"), D("245.00")),
        ("Labour – licensed electrician (hrs)", D("7.5"), D("105.00")),
        ("Labour – apprentice (hrs)", D("7.5"), D("55.00")),
        ("Compliance certificate & Energex notification", D("1"), D("95.00")),
    ]
    y = 215
    d.rect(L, y - 13, R - L, 19, stroke=None, fill=(0.05, 0.2, 0.4))
    for x, t, a in [
        (L + 6, "Description", "l"),
        (370, "Qty", "r"),
        (450, "Unit ex GST", "r"),
        (R - 6, "Amount ex GST", "r"),
    ]:
        d.text(x, y, t, "DVB", 9.5, a, color=(1, 1, 1))
    y += 22
    net = D(0)
    li = []
    for desc, qn, pr in items:
        amt = q2(qn * pr)
        net += amt
        d.text(L + 6, y, desc, "DV", 9.5)
        d.text(370, y, f"{qn}", "DV", 9.5, "r")
        d.text(450, y, us(pr), "DV", 9.5, "r")
        d.text(R - 6, y, us(amt), "DV", 9.5, "r")
        li.append((desc, f"{qn}", f"{pr:.2f}", key(amt)))
        y += 19
    gst = q2(net * D("0.10"))
    tot = net + gst
    dep = D("800.00")
    y += 14
    for lab, val, f in [
        ("Subtotal (ex GST)", us(net), "DV"),
        ("GST 10%", us(gst), "DV"),
        ("Total (inc GST)", "$" + us(tot), "DVB"),
        ("Less deposit received 12/02/2026", "-" + us(dep), "DV"),
        ("BALANCE DUE", "$" + us(tot - dep), "DVB"),
    ]:
        d.text(440, y, lab, f, 10, "r")
        d.text(R - 6, y, val, f, 10, "r")
        y += 17
    y += 30
    for i, t in enumerate(
        [
            "Payment: EFT to Coastline Electrical Pty Ltd · BSB 064-451 · Acc 1093 7721",
            "Please use invoice number 10452 as reference. Payment terms 14 days.",
            "All workmanship guaranteed for 12 months.",
        ]
    ):
        d.text(L, y + i * 14, t, "DV", 9.5)
    paper = render(d.pdf(), dpi_for(d, H, 1700))[0]
    im = photo(
        paper,
        rng,
        bg="counter",
        long_side=1700,
        keystone=0.1,
        tilt=6,
        warm=0.2,
        dim=0.9,
        shadow=0.55,
        fold=0.5,
        rotate=180,
    )
    t = truth(
        number="10452",
        date="2026-02-27",
        due="2026-03-13",
        vendor=vend,
        amount=net,
        vat=gst,
        total=tot,
        currency="AUD",
        locale="en-AU",
        layout="invoice",
        doctype="invoice",
        items=li,
        note="Photo saved upside down (180°) with a horizontal fold in the middle; deposit deducted below the total: total = invoice total inc GST (2,827.00... see README convention), not the lower BALANCE DUE; $ without AUD marker; header shows only the 'COASTLINE ELECTRICAL' wordmark, the legal name 'Coastline Electrical Pty Ltd' is printed only in the payment line; lightning logo as shapes.",
        kind="photo",
    )
    t["note"] = t["note"].replace("2,827.00... ", f"{us(tot)}; ")
    return save_jpeg(im, 70), "jpg", t, ("AU", "trades tax invoice")


# =========================================================================== receipts


def roll_photo(d: Doc, y_end: float, rng, long_side: int, **kw) -> Image.Image:
    pdf = d.pdf(y_end)
    paper = render(pdf, dpi_for(d, y_end, long_side))[0]
    return photo(paper, rng, long_side=long_side, **kw)


def r01(name, rng):
    """US restaurant check with printed tip line, 80 mm, warm dim light on a table."""
    d = Doc(name, 80 * mm)
    x0, x1 = 5 * mm, 75 * mm
    c = d.w / 2
    vend = "Rosalind's Kitchen & Bar"
    d.text(c, 30, "ROSALIND'S", "DVSB", 17, "c")
    d.text(c, 44, "KITCHEN & BAR", "DVS", 9, "c")
    for i, t in enumerate(["214 Smith Street", "Brooklyn, NY 11201", "(718) 555-0143"]):
        d.text(c, 58 + i * 11, t, "DVM", 8, "c")
    y = 100
    for a, b in [
        ("Server: Marisol", "Table 12"),
        ("Check #2047", "Guests 3"),
        ("03/14/2026", "7:48 PM"),
    ]:
        d.lr(x0, x1, y, a, b)
        y += 11
    d.line(x0, y - 4, x1, y - 4, 0.5, dash=([2, 2], 0))
    y += 8
    items = [
        ("Burrata", 1, D("16.00")),
        ("Caesar Salad", 1, D("14.50")),
        ("Rigatoni Vodka", 1, D("24.00")),
        ("Hanger Steak", 1, D("34.00")),
        ("Fries", 2, D("7.00")),
        ("Negroni", 2, D("15.00")),
        ("Sparkling Water", 1, D("6.00")),
        ("Tiramisu", 1, D("11.00")),
    ]
    sub = D(0)
    li = []
    for desc, qn, pr in items:
        amt = q2(qn * pr)
        sub += amt
        d.lr(x0, x1, y, f"{qn} {desc}", us(amt))
        li.append((desc, str(qn), f"{pr:.2f}", key(amt)))
        y += 11
    tax = q2(sub * D("0.08875"))
    tip = q2(sub * D("0.20"))
    tot = sub + tax + tip
    y += 6
    for a, b in [
        ("Subtotal", us(sub)),
        ("Sales Tax 8.875%", us(tax)),
        ("Amount", us(sub + tax)),
        ("Tip (20%)", us(tip)),
    ]:
        d.lr(x0 + 40, x1, y, a, b)
        y += 11
    d.line(x0 + 40, y - 5, x1, y - 5, 0.5)
    y += 6
    d.lr(x0 + 40, x1, y, "TOTAL", "$" + us(tot), "DVMB", 10)
    y += 18
    for a, b in [("VISA ****8812", "CHIP"), ("AUTH 044719", "APPROVED")]:
        d.lr(x0, x1, y, a, b)
        y += 11
    y += 8
    d.text(c, y, "Thank you! See you soon.", "DVM", 8, "c")
    d.text(c, y + 11, "rosalindsbk.com  @rosalindsbk", "DVM", 8, "c")
    im = roll_photo(
        d,
        y + 30,
        rng,
        1500,
        bg="wood",
        keystone=0.18,
        tilt=8,
        warm=1.0,
        dim=0.68,
        shadow=0.55,
        crumple=0.6,
        quality=60,
    )
    t = truth(
        number="2047",
        date="2026-03-14",
        due=None,
        vendor=vend,
        amount=sub,
        vat=tax,
        total=tot,
        currency="USD",
        locale="en-US",
        layout="receipt",
        doctype="receipt",
        items=li,
        note="Restaurant check under warm, dim light with a shadow; printed 'Amount' (before tip) vs final TOTAL incl. 20% tip; tip is keyed as tip; wordmark vs full name.",
        kind="photo",
        tip=tip,
    )
    return save_jpeg(im, 60), "jpg", t, ("US", "restaurant receipt (tip)")


def r02(name, rng):
    """UK supermarket receipt, crumpled, held in a hand; prices incl. VAT, VAT codes A/Z."""
    d = Doc(name, 80 * mm)
    x0, x1 = 4 * mm, 76 * mm
    c = d.w / 2
    vend = "Fairway Foodstores Ltd"
    d.text(c, 30, "FAIRWAY", "DVB", 20, "c", color=(0.1, 0.4, 0.1))
    d.text(c, 44, "FOODSTORES", "DVB", 9, "c")
    for i, t in enumerate(
        ["Fairway Foodstores Ltd", "Market Street, Hebden Bridge HX7 6AA", "VAT No. GB 715 3302 48"]
    ):
        d.text(c, 58 + i * 11, t, "DVM", 7.5, "c")
    y = 100
    items = [
        ("SEMI SKIMMED MILK 2PT", D("1.45"), "Z"),
        ("SOURDOUGH LOAF", D("2.10"), "Z"),
        ("FREE RANGE EGGS 6", D("2.35"), "Z"),
        ("CHEDDAR MATURE 400G", D("3.80"), "Z"),
        ("BANANAS LOOSE 0.84kg @ 0.92", D("0.77"), "Z"),
        ("WASHING UP LIQUID", D("1.65"), "A"),
        ("KITCHEN ROLL 2PK", D("2.50"), "A"),
        ("ORANGE JUICE 1L", D("1.99"), "Z"),
        ("SPARKLING WATER 4x500", D("2.20"), "A"),
        ("DARK CHOC 100G", D("1.89"), "A"),
    ]
    tot = D(0)
    li = []
    for desc, pr, code in items:
        tot += pr
        d.lr(x0, x1, y, desc, f"{us(pr)} {code}", "DVM", 7.8)
        li.append((desc, "1", f"{pr:.2f}", key(pr)))
        y += 11
    d.lr(x0, x1, y + 2, "MULTIBUY SAVING WATER", "-0.50 A", "DVM", 7.8)
    li.append(("MULTIBUY SAVING WATER", "1", "-0.50", "-0.50"))
    tot -= D("0.50")
    y += 18
    d.lr(x0, x1, y, f"{len(items)} ITEMS   BALANCE DUE", "£" + us(tot), "DVMB", 9.5)
    y += 14
    d.lr(x0, x1, y, "CONTACTLESS DEBIT", us(tot), "DVM", 7.8)
    y += 16
    a_gross = D("1.65") + D("2.50") + D("2.20") + D("1.89") - D("0.50")
    a_vat = q2(a_gross / 6)
    d.text(x0, y, "VAT   RATE     NET     VAT   TOTAL", "DVM", 7.5)
    y += 10
    d.text(x0, y, f"A    20.0%  {a_gross - a_vat:6.2f}  {a_vat:6.2f}  {a_gross:6.2f}", "DVM", 7.5)
    y += 10
    z = tot - a_gross
    d.text(x0, y, f"Z     0.0%  {z:6.2f}    0.00  {z:6.2f}", "DVM", 7.5)
    y += 16
    d.text(x0, y, "22/01/26  17:36   ST 0412  TILL 3", "DVM", 7.5)
    d.text(x0, y + 10, "RCPT 4412-0918   OP 118", "DVM", 7.5)
    d.text(c, y + 26, "Thank you for shopping locally", "DVM", 7.5, "c")
    im = roll_photo(
        d,
        y + 44,
        rng,
        1400,
        bg="hand",
        keystone=0.12,
        tilt=7,
        warm=0.3,
        dim=0.85,
        shadow=0.6,
        crumple=1.6,
        curl=0.7,
        hand=True,
        quality=58,
    )
    t = truth(
        number="4412-0918",
        date="2026-01-22",
        due=None,
        vendor=vend,
        amount=tot - a_vat,
        vat=a_vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        layout="receipt",
        doctype="receipt",
        items=li,
        note="Crumpled, curled receipt held in a hand (thumb at the edge), low resolution, JPEG q58; prices include VAT, only the A-rated items carry VAT; multibuy saving; number is the RCPT field; date dd/mm/yy.",
        kind="photo",
    )
    return save_jpeg(im, 58), "jpg", t, ("UK", "supermarket receipt")


def r03(name, rng):
    """DE fuel receipt on a car seat, fold line, TSE block; net/MwSt printed."""
    d = Doc(name, 80 * mm)
    x0, x1 = 4 * mm, 76 * mm
    c = d.w / 2
    vend = "Hanse Tank GmbH"
    d.rect(c - 60, 18, 120, 26, stroke=None, fill=(0, 0, 0))
    d.text(c, 37, "HANSE TANK", "DVB", 15, "c", color=(1, 1, 1))
    for i, t in enumerate(
        [
            "Hanse Tank GmbH",
            "Station Hamburg-Eidelstedt",
            "Kieler Straße 642, 22527 Hamburg",
            "St.-Nr. 43/712/04518",
            "USt-IdNr. DE318845120",
        ]
    ):
        d.text(c, 58 + i * 10, t, "DVM", 7.5, "c")
    y = 118
    d.text(x0, y, "Beleg-Nr. 2026-118455    Kasse 2", "DVM", 7.8)
    y += 14
    liters, ppl = D("38.42"), D("1.789")
    fuel = q2(liters * ppl)
    d.text(x0, y, "Säule 4  Super E10", "DVM", 8)
    d.text(x1, y, f"{eu(fuel)} A", "DVM", 8, "r")
    y += 10
    d.text(x0 + 10, y, f"{eu(liters)} l x {money(ppl, ',', '.', 3)} EUR/l", "DVM", 7.8)
    y += 12
    shop = [("Snickers 50g", D("1.49")), ("Scheibenklar 3l", D("4.99"))]
    li = [("Super E10", str(liters), str(ppl), key(fuel))]
    tot = fuel
    for desc, pr in shop:
        d.lr(x0, x1, y, desc, f"{eu(pr)} A", "DVM", 8)
        li.append((desc, "1", f"{pr:.2f}", key(pr)))
        tot += pr
        y += 11
    y += 4
    d.line(x0, y - 6, x1, y - 6, 0.5)
    d.lr(x0, x1, y + 4, "SUMME EUR", eu(tot), "DVMB", 11)
    y += 20
    vat = q2(tot * 19 / 119)
    net = tot - vat
    d.text(x0, y, "MwSt     Netto    Steuer    Brutto", "DVM", 7.5)
    d.text(x0, y + 10, f"A 19%  {eu(net):>7}  {eu(vat):>7}  {eu(tot):>8}", "DVM", 7.5)
    y += 26
    d.lr(x0, x1, y, "girocard", eu(tot), "DVM", 8)
    y += 11
    d.text(x0, y, "Terminal 69211473  TA-Nr 004512", "DVM", 7.5)
    y += 16
    d.text(x0, y, "09.02.2026  07:52  Bed. 03", "DVM", 8)
    y += 14
    for t in [
        "TSE-Seriennr.: 4f2a91c0e7d3b5a8",
        "TSE-Transaktion: 228714",
        "TSE-Start: 2026-02-09T07:51:38",
        "TSE-Stop:  2026-02-09T07:52:11",
        "TSE-Signatur: MEUCIQD3kP1x9wL0r",
    ]:
        d.text(x0, y, t, "DVM", 6.5)
        y += 8.5
    d.qr(c - 28, y + 4, 56, seed_of(name))
    y += 72
    d.text(c, y, "Gute Fahrt!", "DVM", 8, "c")
    im = roll_photo(
        d,
        y + 16,
        rng,
        1500,
        bg="seat",
        keystone=0.2,
        tilt=10,
        warm=0.5,
        dim=0.75,
        shadow=0.5,
        fold=0.42,
        crumple=0.5,
        quality=64,
    )
    t = truth(
        number="2026-118455",
        date="2026-02-09",
        due=None,
        vendor=vend,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        doctype="receipt",
        items=li,
        note="Fuel receipt lying on a dark car seat at ~20° angle, fold line across the upper part, shadow; litre price with 3 decimals; TSE block with ISO timestamps and long serials; white-on-black brand box.",
        kind="photo",
    )
    return save_jpeg(im, 64), "jpg", t, ("DE", "fuel receipt")


def r04(name, rng):
    """FR pharmacy ticket, 58 mm, three TVA rates, thermal-faded scan downscaled to ~650 px wide."""
    d = Doc(name, 58 * mm)
    x0, x1 = 3 * mm, 55 * mm
    c = d.w / 2
    vend = "SELARL Pharmacie du Marché"
    d.poly(
        [
            (c - 8, 14),
            (c + 8, 14),
            (c + 8, 22),
            (c + 16, 22),
            (c + 16, 38),
            (c + 8, 38),
            (c + 8, 46),
            (c - 8, 46),
            (c - 8, 38),
            (c - 16, 38),
            (c - 16, 22),
            (c - 8, 22),
        ],
        fill=(0, 0, 0),
    )
    d.text(c, 62, "PHARMACIE DU MARCHÉ", "DVB", 9, "c")
    for i, t in enumerate(
        [
            "SELARL Pharmacie du Marché",
            "3 place Jean-Jaurès",
            "34000 Montpellier",
            "Tél. 04 67 60 12 45",
            "SIRET 794 512 036 00018",
        ]
    ):
        d.text(c, 74 + i * 9, t, "DVM", 6.8, "c")
    y = 128
    d.text(x0, y, "Ticket n° 061873  Caisse 1", "DVM", 7)
    d.text(x0, y + 9, "17/03/2026 11:24  Vend. CL", "DVM", 7)
    y += 24
    items = [
        ("DOLIPRANE 1000MG CPR 8", D("2.18"), D("2.1")),
        ("SPASFON LYOC 80MG 10", D("4.60"), D("2.1")),
        ("SERUM PHY 40 UNIDOSES", D("3.95"), D("10")),
        ("CREME MAINS 75ML", D("7.90"), D("20")),
        ("SOLAIRE SPF50 50ML", D("14.50"), D("20")),
        ("PASTILLES GORGE MIEL", D("5.20"), D("20")),
    ]
    tot = D(0)
    li = []
    rates: dict[Decimal, Decimal] = {}
    for desc, pr, r in items:
        d.text(x0, y, desc, "DVM", 7)
        d.text(x1, y + 9, f"{fr(pr)} €", "DVM", 7, "r")
        d.text(x0 + 6, y + 9, f"1 x {fr(pr)}  T{fr(r)}%", "DVM", 6.5)
        tot += pr
        rates[r] = rates.get(r, D(0)) + pr
        li.append((desc, "1", f"{pr:.2f}", key(pr)))
        y += 20
    d.line(x0, y - 6, x1, y - 6, 0.5)
    d.lr(x0, x1, y + 4, "TOTAL TTC", fr(tot) + " €", "DVMB", 9.5)
    y += 20
    d.lr(x0, x1, y, "CB SANS CONTACT", fr(tot), "DVM", 7)
    y += 16
    d.text(x0, y, "Taux     HT      TVA     TTC", "DVM", 6.5)
    y += 9
    vat_sum = D(0)
    for r, g in sorted(rates.items()):
        v = q2(g * r / (100 + r))
        vat_sum += v
        d.text(x0, y, f"{fr(r):>4}% {fr(g - v):>6} {fr(v):>6} {fr(g):>7}", "DVM", 6.5)
        y += 9
    d.text(x0, y, f"Total {fr(tot - vat_sum):>6} {fr(vat_sum):>6} {fr(tot):>7}", "DVM", 6.5)
    y += 18
    d.text(c, y, "Merci de votre visite", "DVM", 7, "c")
    d.text(c, y + 9, "Conservez ce ticket", "DVM", 7, "c")
    img = render(d.pdf(y + 22), 285)[0]
    sc = thermal_scan(img, rng)
    t = truth(
        number="061873",
        date="2026-03-17",
        due=None,
        vendor=vend,
        amount=tot - vat_sum,
        vat=vat_sum,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        doctype="receipt",
        items=li,
        note="58 mm thermal ticket scanned grey with uneven fading (~650 px wide); three TVA rates (2,1 / 10 / 20 %) summed in a small table; big trade name 'PHARMACIE DU MARCHÉ' vs the legal line 'SELARL Pharmacie du Marché' (keyed with its legal form); pharmacy cross as shapes.",
        kind="scan",
    )
    return save_png(sc), "png", t, ("FR", "pharmacy receipt")


def r05(name, rng):
    """JP taxi receipt in English, yen without decimals, tax included, photo saved rotated 270°."""
    d = Doc(name, 58 * mm)
    x0, x1 = 3.5 * mm, 54.5 * mm
    c = d.w / 2
    vend = "Sakura Kotsu Co., Ltd."
    d.text(c, 26, "RECEIPT", "DVB", 13, "c")
    d.text(c, 42, vend, "DVB", 8.5, "c")
    for i, t in enumerate(
        ["3-14-7 Shibaura, Minato-ku, Tokyo", "TEL 03-5442-8810", "Reg. No. T3010401087725"]
    ):
        d.text(c, 54 + i * 9, t, "DVM", 6.5, "c")
    y = 90
    fare, toll = D("4380"), D("1320")
    tot = fare + toll
    tax = q0(tot * 10 / 110)
    for a, b in [
        ("Date", "2026/04/11"),
        ("Time", "23:41 - 00:18"),
        ("Car No.", "Shinagawa 500 12-34"),
        ("Driver", "No. 8841"),
        ("Receipt No.", "0418-2277"),
        ("Distance", "14.6 km"),
    ]:
        d.lr(x0, x1, y, a, b, "DVM", 7.5)
        y += 11
    y += 4
    d.line(x0, y - 6, x1, y - 6, 0.5)
    for a, b in [("Fare", f"¥{fare:,}"), ("Expressway toll", f"¥{toll:,}")]:
        d.lr(x0, x1, y + 4, a, b, "DVM", 8)
        y += 12
    y += 6
    d.lr(x0, x1, y + 4, "TOTAL", f"¥{tot:,}", "DVMB", 11)
    y += 18
    d.text(x1, y, f"(incl. consumption tax 10%  ¥{tax:,})", "DVM", 6.5, "r")
    y += 14
    d.lr(x0, x1, y, "Paid by", "Credit card (JCB)", "DVM", 7.5)
    y += 16
    d.text(c, y, "Thank you for riding with us.", "DVM", 7, "c")
    d.text(c, y + 10, "Lost items: 03-5442-8899", "DVM", 7, "c")
    im = roll_photo(
        d,
        y + 24,
        rng,
        1300,
        bg="seat",
        keystone=0.15,
        tilt=6,
        warm=0.8,
        dim=0.65,
        shadow=0.6,
        crumple=0.8,
        quality=62,
        rotate=270,
    )
    li = [("Fare", "1", f"{fare}", key(fare)), ("Expressway toll", "1", f"{toll}", key(toll))]
    t = truth(
        number="0418-2277",
        date="2026-04-11",
        due=None,
        vendor=vend,
        amount=tot - tax,
        vat=tax,
        total=tot,
        currency="JPY",
        locale="en-JP",
        layout="receipt",
        doctype="receipt",
        items=li,
        note="Night taxi receipt photographed in a dim car (warm light), saved rotated 270° (no EXIF); yen amounts without decimals (keyed .00); tax included in brackets; yyyy/mm/dd date; ride crosses midnight but the printed date is the start date.",
        kind="photo",
    )
    return save_jpeg(im, 62), "jpg", t, ("JP", "taxi receipt (English)")


def r06(name, rng):
    """ZA hardware slip, 76 mm, VAT-inclusive, cash with change; next receipt visible at the edge."""
    d = Doc(name, 76 * mm)
    x0, x1 = 4 * mm, 72 * mm
    c = d.w / 2
    vend = "Boland Hardware & Timber (Pty) Ltd"
    d.text(c, 30, "BOLAND", "DVSB", 18, "c")
    d.text(c, 43, "HARDWARE & TIMBER", "DVB", 8, "c")
    for i, t in enumerate(
        [
            "Boland Hardware & Timber (Pty) Ltd",
            "14 Lady Grey St, Paarl 7646",
            "VAT No: 4120245678  Reg 2009/014471/07",
            "TAX INVOICE",
        ]
    ):
        d.text(c, 56 + i * 10, t, "DVM" if i < 3 else "DVMB", 7 if i < 3 else 8, "c")
    y = 104
    d.text(x0, y, "Slip: 7/118044   2026/02/05  10:17", "DVM", 7.2)
    y += 16
    items = [
        ("CEMENT 42.5N 50KG", 4, D("119.95")),
        ("PINE 38X114 3.0M", 6, D("89.50")),
        ("SCREWS CHIPBOARD 4X40 200", 2, D("64.99")),
        ("WOOD GLUE PVA 1L", 1, D("79.90")),
        ("SANDPAPER P120 5PK", 2, D("32.50")),
        ("BRUSH 50MM", 1, D("44.95")),
    ]
    tot = D(0)
    li = []
    for desc, qn, pr in items:
        amt = q2(qn * pr)
        tot += amt
        d.text(x0, y, desc, "DVM", 7.2)
        d.text(x0 + 8, y + 9, f"{qn} @ {money(pr, '.', ' ')}", "DVM", 7.2)
        d.text(x1, y + 9, money(amt, ".", " "), "DVM", 7.2, "r")
        li.append((desc, str(qn), f"{pr:.2f}", key(amt)))
        y += 21
    vat = q2(tot * 15 / 115)
    d.line(x0, y - 6, x1, y - 6, 0.5)
    y += 6
    d.lr(x0, x1, y, "TOTAL (VAT INCL)", "R " + money(tot, ".", " "), "DVMB", 9.5)
    y += 14
    for a, b in [
        ("VAT @ 15%", money(vat, ".", " ")),
        ("CASH", money(D("1500"), ".", " ")),
        ("CHANGE", money(D("1500") - tot, ".", " ")),
    ]:
        d.lr(x0, x1, y, a, b, "DVM", 7.5)
        y += 11
    y += 8
    d.text(c, y, "Goods exchanged within 7 days", "DVM", 7, "c")
    d.text(c, y + 10, "with this slip only. Thank you!", "DVM", 7, "c")
    im = roll_photo(
        d,
        y + 26,
        rng,
        1600,
        bg="counter",
        keystone=0.12,
        tilt=5,
        warm=0.3,
        dim=0.9,
        shadow=0.6,
        crumple=0.9,
        neighbor=True,
        quality=70,
    )
    t = truth(
        number="7/118044",
        date="2026-02-05",
        due=None,
        vendor=vend,
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="ZAR",
        locale="en-ZA",
        layout="receipt",
        doctype="receipt",
        items=li,
        note=f"Hardware slip on a counter with part of another receipt at the edge; space thousands separator with decimal point ('R {money(tot, '.', ' ')}'); VAT-inclusive total; cash 1 500.00 and change must not be taken as total; yyyy/mm/dd date.",
        kind="photo",
    )
    return save_jpeg(im, 70), "jpg", t, ("ZA", "hardware store slip")


def r07(name, rng):
    """BR DANFE NFC-e (pharmacy), 80 mm born-digital PDF, approximate taxes (Lei 12.741) printed."""
    d = Doc(name, 80 * mm)
    x0, x1 = 4 * mm, 76 * mm
    c = d.w / 2
    vend = "Drogaria São Bento Ltda"
    br = lambda v: money(v, ",", ".")  # noqa: E731
    d.text(c, 24, "DROGARIA SÃO BENTO LTDA", "DVB", 9, "c")
    for i, t in enumerate(
        [
            "CNPJ: 12.345.678/0001-90  IE: 116.482.331.119",
            "Rua Domingos de Morais, 2187 - Vila Mariana",
            "São Paulo - SP  CEP 04035-000",
        ]
    ):
        d.text(c, 36 + i * 9, t, "DVM", 6.3, "c")
    d.line(x0, 66, x1, 66, 0.4)
    d.text(c, 76, "DANFE NFC-e - Documento Auxiliar", "DVB", 7, "c")
    d.text(c, 85, "da Nota Fiscal de Consumidor Eletrônica", "DVB", 7, "c")
    y = 100
    d.text(x0, y, "Cód.   Descrição       Qtde Un  Vl.Unit  Vl.Total", "DVM", 6.2)
    y += 10
    items = [
        ("7891058001155", "DIPIRONA 1G 10CP", D("2"), D("8.49")),
        ("7896004713403", "LORATADINA 10MG 12CP", D("1"), D("19.90")),
        ("7891010973187", "PROTETOR SOLAR FPS50", D("1"), D("54.90")),
        ("7891150037373", "ESCOVA DENTAL MACIA", D("3"), D("6.99")),
    ]
    tot = D(0)
    li = []
    for n, (ean, desc, qn, pr) in enumerate(items, 1):
        amt = q2(qn * pr)
        tot += amt
        d.text(x0, y, f"{n:03d} {ean} {desc}", "DVM", 6.2)
        d.text(x0 + 60, y + 8.5, f"{qn} UN x {br(pr)}", "DVM", 6.2)
        d.text(x1, y + 8.5, br(amt), "DVM", 6.2, "r")
        li.append((desc, f"{qn}", f"{pr:.2f}", key(amt)))
        y += 20
    disc = D("-5.00")
    pay = tot + disc
    li.append(("Desconto", "1", "-5.00", "-5.00"))
    for a, b, f in [
        ("Qtde. total de itens", "7", "DVM"),
        ("Valor total R$", br(tot), "DVM"),
        ("Desconto R$", br(-disc), "DVM"),
        ("Valor a Pagar R$", br(pay), "DVMB"),
    ]:
        d.lr(x0, x1, y, a, b, f, 7.5)
        y += 10
    y += 4
    d.lr(x0, x1, y, "FORMA PAGAMENTO", "VALOR PAGO R$", "DVM", 6.5)
    d.lr(x0, x1, y + 9, "Cartão de Débito", br(pay), "DVM", 7)
    y += 24
    fed = q2(pay * D("0.0621"))
    est = q2(pay * D("0.18"))
    d.text(x0, y, "Tributos Totais Incidentes (Lei Federal", "DVM", 6.3)
    d.text(x0, y + 8, f"12.741/2012): Federal R$ {br(fed)}", "DVM", 6.3)
    d.text(x0, y + 16, f"Estadual R$ {br(est)}  Fonte: IBPT", "DVM", 6.3)
    y += 32
    d.text(c, y, "NFC-e nº 000041227  Série 001", "DVMB", 7, "c")
    d.text(c, y + 9, "Emissão: 12/03/2026 15:22:41", "DVM", 6.8, "c")
    d.text(c, y + 18, "Via Consumidor", "DVM", 6.8, "c")
    d.text(c, y + 32, "Consulte pela Chave de Acesso em", "DVM", 6.3, "c")
    d.text(c, y + 40, "www.nfce.fazenda.sp.gov.br/consulta", "DVM", 6.3, "c")
    d.text(c, y + 50, "3526 0312 3456 7800 0190 6500 1000 0412 2718 8431 0092", "DVM", 5.6, "c")
    d.text(c, y + 60, "CONSUMIDOR NÃO IDENTIFICADO", "DVM", 6.3, "c")
    d.qr(c - 34, y + 68, 68, seed_of(name))
    y += 146
    d.text(c, y, "Protocolo de autorização: 135260401187733", "DVM", 6, "c")
    d.text(c, y + 8, "Data de autorização: 12/03/2026 15:22:44", "DVM", 6, "c")
    vat = fed + est
    t = truth(
        number="000041227",
        date="2026-03-12",
        due=None,
        vendor=vend,
        amount=pay - vat,
        vat=vat,
        total=pay,
        currency="BRL",
        locale="pt-BR",
        layout="receipt",
        doctype="receipt",
        items=li,
        note="DANFE NFC-e (born-digital 80 mm PDF); total is 'Valor a Pagar' after a discount, not 'Valor total'; tax keyed as the printed approximate taxes (Federal + Estadual, Lei 12.741) included in prices; 44-digit access key, protocol and CNPJ numbers around the real number (NFC-e nº).",
        kind="pdf",
    )
    return d.pdf(y + 22), "pdf", t, ("BR", "pharmacy NFC-e")


def r08(name, rng):
    """NL supermarket receipt with cash rounding (afronding), two BTW rates, dim photo on a table."""
    d = Doc(name, 80 * mm)
    x0, x1 = 4.5 * mm, 75.5 * mm
    c = d.w / 2
    vend = "Buurtsuper Van Dijk B.V."
    d.text(c, 32, "van Dijk", "DVSI", 22, "c")
    d.text(c, 46, "BUURTSUPER", "DVB", 8, "c")
    for i, t in enumerate(
        [
            "Buurtsuper Van Dijk B.V.",
            "Oudegracht 214, 3511 NR Utrecht",
            "KvK 71204519  BTW NL858412776B01",
        ]
    ):
        d.text(c, 60 + i * 10, t, "DVM", 7, "c")
    y = 100
    items = [
        ("Volkoren brood", D("2.69"), 9),
        ("Halfvolle melk 1L", D("1.29"), 9),
        ("Goudse kaas jong 500g", D("6.49"), 9),
        ("Appels Elstar 1kg", D("2.79"), 9),
        ("Pindakaas 350g", D("2.85"), 9),
        ("Wasmiddel vloeibaar", D("8.99"), 21),
        ("Afwasborstel", D("1.49"), 21),
    ]
    tot = D(0)
    li = []
    groups: dict[int, Decimal] = {}
    for desc, pr, r in items:
        d.lr(x0, x1, y, desc, f"{eu(pr)} {'L' if r == 9 else 'H'}", "DVM", 8)
        tot += pr
        groups[r] = groups.get(r, D(0)) + pr
        li.append((desc, "1", f"{pr:.2f}", key(pr)))
        y += 11
    y += 6
    d.line(x0, y - 7, x1, y - 7, 0.5)
    rounded = (tot / D("0.05")).quantize(D(1), ROUND_HALF_UP) * D("0.05")
    rnd = rounded - tot
    for a, b, f in [
        ("Totaal", eu(tot), "DVMB"),
        ("Afronding", eu(rnd), "DVM"),
        ("Te betalen", eu(rounded), "DVMB"),
        ("Contant", eu(D("50")), "DVM"),
        ("Wisselgeld", eu(D("50") - rounded), "DVM"),
    ]:
        d.lr(x0, x1, y, a, b, f, 9 if f == "DVMB" else 8)
        y += 13
    y += 6
    d.text(x0, y, "BTW      over      bedrag", "DVM", 7.5)
    y += 10
    vat = D(0)
    for r, g in sorted(groups.items()):
        v = q2(g * r / (100 + r))
        vat += v
        d.text(x0, y, f"{'L' if r == 9 else 'H'} {r:>2}%  {eu(g - v):>8}  {eu(v):>8}", "DVM", 7.5)
        y += 10
    y += 8
    d.text(x0, y, "07-03-2026 18:02  kassa 2  bon 3318", "DVM", 7.5)
    d.text(c, y + 16, "Bedankt en tot ziens!", "DVM", 8, "c")
    im = roll_photo(
        d,
        y + 32,
        rng,
        1450,
        bg="wood",
        keystone=0.17,
        tilt=9,
        warm=0.9,
        dim=0.6,
        shadow=0.55,
        crumple=1.1,
        neighbor=True,
        quality=56,
    )
    t = truth(
        number="3318",
        date="2026-03-07",
        due=None,
        vendor=vend,
        amount=tot - vat,
        vat=vat,
        total=rounded,
        currency="EUR",
        locale="nl-NL",
        layout="receipt",
        doctype="receipt",
        items=li,
        note="Dim, warm photo of a crumpled receipt with another receipt at the edge; cash rounding to 5 cents ('Afronding') so total is 'Te betalen', not 'Totaal'; cash and change lines; BTW 9 % / 21 % summed; italic wordmark; receipt number only as 'bon 3318' in the footer.",
        kind="photo",
        rounding=rnd,
    )
    return save_jpeg(im, 56), "jpg", t, ("NL", "supermarket receipt (cash rounding)")


def r09(name, rng):
    """SG car park receipt, 58 mm, born-digital; GST included."""
    d = Doc(name, 58 * mm)
    x0, x1 = 3 * mm, 55 * mm
    c = d.w / 2
    vend = "Harbourfront Carpark Management Pte. Ltd."
    d.rect(c - 14, 12, 28, 28, stroke=None, fill=(0.0, 0.3, 0.65))
    d.text(c, 34, "P", "DVB", 20, "c", color=(1, 1, 1))
    d.text(c, 54, "HARBOURFRONT CENTRE", "DVB", 8, "c")
    d.text(c, 64, "CAR PARK", "DVB", 8, "c")
    for i, t in enumerate(
        [
            "Harbourfront Carpark",
            "Management Pte. Ltd.",
            "1 Maritime Square, Singapore 099253",
            "UEN / GST Reg No. 201531774W",
        ]
    ):
        d.text(c, 78 + i * 9, t, "DVM", 6.2, "c")
    y = 124
    d.text(c, y, "TAX INVOICE / RECEIPT", "DVMB", 7.5, "c")
    y += 14
    fee = D("11.77")
    gst = q2(fee * 9 / 109)
    for a, b in [
        ("Receipt No", "HF2-0312-004471"),
        ("Station", "Exit Lane 2"),
        ("Vehicle", "SMK 4418 G"),
        ("Entry", "12/03/2026 09:14"),
        ("Exit", "12/03/2026 13:52"),
        ("Duration", "4h 38m"),
    ]:
        d.lr(x0, x1, y, a, b, "DVM", 6.8)
        y += 10
    y += 4
    d.line(x0, y - 6, x1, y - 6, 0.5)
    d.lr(x0, x1, y + 4, "Parking Fee", "S$" + us(fee), "DVMB", 9)
    y += 18
    d.lr(x0, x1, y, "Incl. GST 9%", us(gst), "DVM", 6.8)
    d.lr(x0, x1, y + 10, "Paid via", "NETS Contactless", "DVM", 6.8)
    y += 28
    d.barcode(x0 + 10, y, x1 - x0 - 20, 24, seed_of(name))
    y += 38
    d.text(c, y, "Thank you. Drive safely.", "DVM", 6.8, "c")
    t = truth(
        number="HF2-0312-004471",
        date="2026-03-12",
        due=None,
        vendor=vend,
        amount=fee - gst,
        vat=gst,
        total=fee,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        doctype="receipt",
        items=[("Parking Fee", "1", f"{fee:.2f}", key(fee))],
        note="Narrow 58 mm car-park receipt PDF; GST included ('Incl. GST 9%'), S$ prefix; two timestamps (entry/exit) on the same date; legal name split over two lines.",
        kind="pdf",
    )
    return d.pdf(y + 16), "pdf", t, ("SG", "parking receipt")


def i09(name, rng):
    """SG freight invoice, faxed 1-bit PNG: zero-rated international freight + standard-rated local charges."""
    W, H = A4
    d = Doc(name, W, H)
    L, R = 50, W - 50
    vend = "Lion City Freight Pte. Ltd."
    d.rect(L, 44, 44, 44, stroke=(0, 0, 0), width=2)
    d.text(L + 22, 74, "LCF", "DVB", 14, "c")
    d.text(L + 56, 62, "LION CITY FREIGHT PTE. LTD.", "DVB", 14)
    d.text(L + 56, 76, "8 Changi South Lane #05-12, Singapore 486113", "DV", 8.5)
    d.text(L + 56, 88, "UEN 201812345K · GST Reg. No. M90371245X · Tel +65 6545 0918", "DV", 8.5)
    d.text(W / 2, 122, "TAX INVOICE", "DVB", 14, "c")
    d.rect(L, 134, (R - L) / 2 - 6, 80, width=0.7)
    d.rect(W / 2 + 6, 134, (R - L) / 2 - 6, 80, width=0.7)
    d.text(L + 6, 148, "Bill To", "DVB", 9)
    for i, t in enumerate(
        [
            "Tanjong Medical Supplies Pte Ltd",
            "21 Tuas Avenue 8",
            "Singapore 639239",
            "Attn: Mr. Lim Wei Jie",
        ]
    ):
        d.text(L + 6, 162 + i * 12, t, "DV", 9)
    for i, (a, b) in enumerate(
        [
            ("Invoice No", "LCF-INV-26-0457"),
            ("Invoice Date", "06 Mar 2026"),
            ("Due Date", "05 Apr 2026"),
            ("Terms", "30 days"),
            ("Job / HAWB", "SIN-FRA 618-4471 2290"),
        ]
    ):
        d.text(W / 2 + 12, 148 + i * 13, a, "DV", 9)
        d.text(R - 6, 148 + i * 13, b, "DVB" if i < 3 else "DV", 9, "r")
    items = [
        ("Air freight SIN-FRA, 412 kg chargeable @ 4.85/kg", D("412"), D("4.85"), "ZR"),
        ("Fuel surcharge 412 kg @ 1.20/kg", D("412"), D("1.20"), "ZR"),
        ("Security surcharge 412 kg @ 0.18/kg", D("412"), D("0.18"), "ZR"),
        ("Export customs declaration (TradeNet)", D("1"), D("65.00"), "SR"),
        ("Local handling & palletising", D("3"), D("38.00"), "SR"),
        ("Pick-up Tuas to Changi Airfreight Centre", D("1"), D("120.00"), "SR"),
    ]
    y = 240
    d.line(L, y - 12, R, y - 12, 0.8)
    for x, t, a in [
        (L + 4, "Description", "l"),
        (335, "Qty", "r"),
        (395, "Rate", "r"),
        (410, "GST", "l"),
        (R - 4, "Amount (SGD)", "r"),
    ]:
        d.text(x, y, t, "DVB", 9, a)
    d.line(L, y + 5, R, y + 5, 0.8)
    y += 22
    zr = sr = D(0)
    li = []
    for desc, qn, pr, code in items:
        amt = q2(qn * pr)
        if code == "ZR":
            zr += amt
        else:
            sr += amt
        d.text(L + 4, y, desc, "DV", 9)
        d.text(335, y, f"{qn}", "DV", 9, "r")
        d.text(395, y, us(pr), "DV", 9, "r")
        d.text(410, y, code, "DV", 9)
        d.text(R - 4, y, us(amt), "DV", 9, "r")
        li.append((desc, f"{qn}", f"{pr:.2f}", key(amt)))
        y += 18
    gst = q2(sr * D("0.09"))
    net = zr + sr
    tot = net + gst
    y += 12
    for lab, val, f in [
        ("Zero-rated supplies (ZR)", us(zr), "DV"),
        ("Standard-rated supplies (SR)", us(sr), "DV"),
        ("Total before GST", us(net), "DV"),
        ("GST @ 9% on SR", us(gst), "DV"),
        ("TOTAL PAYABLE SGD", us(tot), "DVB"),
    ]:
        d.text(440, y, lab, f, 9.5, "r")
        d.text(R - 4, y, val, f, 9.5, "r")
        y += 15
    y += 24
    for i, t in enumerate(
        [
            "Payment by PayNow (UEN 201812345K) or bank transfer:",
            "DBS Bank Ltd · Account 072-901448-3 · SWIFT DBSSSGSG",
            "Please quote invoice number on all remittances. Goods carried subject to our standard trading conditions.",
        ]
    ):
        d.text(L, y + i * 13, t, "DV", 8.5)
    d.text(
        W / 2,
        H - 46,
        "This is a computer-generated invoice. No signature is required.",
        "DVO",
        8,
        "c",
    )
    page = render(d.pdf(), 200)[0]
    fx = fax(
        page, rng, "06-MAR-2026 16:05  FROM: +65 6545 0919   LION CITY FREIGHT             Page 1/1"
    )
    t = truth(
        number="LCF-INV-26-0457",
        date="2026-03-06",
        due="2026-04-05",
        vendor=vend,
        amount=net,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        layout="invoice",
        doctype="invoice",
        items=li,
        note="1-bit fax PNG at 200 dpi with fax header; GST charged only on standard-rated lines (ZR/SR split), so vat is 9 % of a part of the net; 'dd Mon yyyy' dates; HAWB / job numbers near the invoice number.",
        kind="scan",
    )
    return save_png(fx), "png", t, ("SG", "freight invoice (fax)")


def i10(name, rng):
    """NL hosting invoice, born-digital, 2 pages; totals on page 2; seller only in logo and footer."""
    W, H = A4
    d = Doc(name, W, H)
    L, R = 56, W - 56
    vend = "Dijkstra Hosting B.V."
    green = (0.0, 0.45, 0.35)

    def chrome(p):
        d.circle(L + 12, 52, 12, fill=green)
        d.circle(L + 12, 52, 5, fill=(1, 1, 1))
        d.text(L + 30, 58, "dijkstra", "DVB", 17, color=green)
        d.text(
            L + 30 + pdfmetrics.stringWidth("dijkstra", "DVB", 17),
            58,
            "hosting",
            "DV",
            17,
            color=(0.3, 0.3, 0.3),
        )
        d.text(R, 56, f"Pagina {p} van 2", "DV", 8, "r")
        foot = [
            "Dijkstra Hosting B.V. · Vredenburg 40 · 3511 BD Utrecht · KvK 68123940 · BTW NL857302114B01",
            "IBAN NL42 RABO 0312 5577 90 · BIC RABONL2U · Op al onze diensten zijn de algemene voorwaarden van toepassing.",
        ]
        for i, t in enumerate(foot):
            d.text(W / 2, H - 40 + i * 10, t, "DV", 6.8, "c", color=(0.35, 0.35, 0.35))

    chrome(1)
    for i, t in enumerate(
        [
            "Bakkerij Molenaar V.O.F.",
            "t.a.v. administratie",
            "Lange Nieuwstraat 87",
            "3512 PG Utrecht",
        ]
    ):
        d.text(L, 120 + i * 13, t, "DV", 10)
    d.text(L, 210, "Factuur", "DVB", 20)
    meta = [
        ("Factuurnummer", "DH-2026-10877"),
        ("Factuurdatum", "2 februari 2026"),
        ("Vervaldatum", "16 februari 2026"),
        ("Klantnummer", "K-30412"),
        ("Periode", "februari 2026"),
    ]
    for i, (a, b) in enumerate(meta):
        d.text(340, 120 + i * 13, a, "DV", 9, color=(0.4, 0.4, 0.4))
        d.text(R, 120 + i * 13, b, "DV", 9, "r")
    lines = [
        ("Webhosting Pro – molenaar-bakkerij.nl", 1, D("14.95")),
        ("Webhosting Pro – extra opslag 10 GB", 2, D("2.50")),
        ("VPS S2 (2 vCPU, 4 GB) – shop.molenaar-bakkerij.nl", 1, D("18.00")),
        ("Backup VPS, dagelijks", 1, D("4.00")),
        ("Domein molenaar-bakkerij.nl (jaar)", 1, D("9.99")),
        ("Domein molenaarbakkerij.nl (jaar)", 1, D("9.99")),
        ("Domein bakkerijmolenaar.com (jaar)", 1, D("14.99")),
        ("SSL-certificaat OV (jaar)", 1, D("89.00")),
        ("E-mailpakket Zakelijk – 6 mailboxen", 6, D("3.25")),
        ("Spamfilter Plus", 6, D("0.75")),
        ("Microsoft 365 Business Basic", 4, D("5.60")),
        ("Uitbreiding MS 365 – gedeelde mailbox", 1, D("0.00")),
        ("DNS-beheer Premium", 1, D("2.00")),
        ("Uptime-monitoring (5 checks)", 1, D("3.50")),
        ("Support-uur (ticket #55102, migratie)", D("1.5"), D("75.00")),
        ("CDN-verkeer boven bundel (38 GB)", 38, D("0.04")),
        ("Eenmalige installatiekosten VPS", 1, D("25.00")),
        ("Korting jaarcontract 10% op hosting", 1, D("-3.90")),
    ]
    cols = [(L, "Omschrijving", "l"), (380, "Aantal", "r"), (450, "Prijs", "r"), (R, "Bedrag", "r")]

    def th(y):
        for x, t, a in cols:
            d.text(x, y, t, "DVB", 9, a)
        d.line(L, y + 5, R, y + 5, 0.6, green)

    y = 250
    th(y)
    y += 20
    net = D(0)
    li = []
    for n, (desc, qn, pr) in enumerate(lines):
        if n == 15:
            d.text(R, y + 6, "Vervolg op pagina 2", "DVO", 8.5, "r")
            d.new_page()
            chrome(2)
            d.text(L, 110, "Factuur DH-2026-10877 (vervolg)", "DVB", 11)
            y = 140
            th(y)
            y += 20
        amt = q2(D(qn) * pr)
        net += amt
        d.text(L, y, desc, "DV", 9)
        d.text(380, y, eu(qn) if isinstance(qn, Decimal) else str(qn), "DV", 9, "r")
        d.text(450, y, "€ " + eu(pr), "DV", 9, "r")
        d.text(R, y, "€ " + eu(amt), "DV", 9, "r")
        li.append((desc, f"{qn}", f"{pr:.2f}", key(amt)))
        y += 17
    vat = q2(net * D("0.21"))
    tot = net + vat
    y += 16
    for lab, val, f in [
        ("Subtotaal excl. btw", "€ " + eu(net), "DV"),
        ("Btw 21%", "€ " + eu(vat), "DV"),
        ("Totaal incl. btw", "€ " + eu(tot), "DVB"),
    ]:
        d.text(440, y, lab, f, 10, "r")
        d.text(R, y, val, f, 10, "r")
        y += 17
    y += 24
    d.text(
        L, y, "Het totaalbedrag wordt rond 16 februari 2026 automatisch afgeschreven van", "DV", 9
    )
    d.text(L, y + 13, "rekening NL** **** **** **51 (SEPA-machtiging M-30412-01).", "DV", 9)
    t = truth(
        number="DH-2026-10877",
        date="2026-02-02",
        due="2026-02-16",
        vendor=vend,
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        doctype="invoice",
        items=li,
        note="Born-digital 2-page invoice: line items continue on page 2 where subtotal/BTW/total sit; seller legal name only in the small footer (logo is the lowercase 'dijkstra hosting' wordmark); Dutch long-month dates; a €0,00 line and a negative discount line.",
        kind="pdf",
    )
    return d.pdf(), "pdf", t, ("NL", "hosting invoice (2 pages)")


def r10(name, rng):
    """ES bar/restaurant 'factura simplificada', IVA 10 % included, low-res dim photo with a fold."""
    d = Doc(name, 80 * mm)
    x0, x1 = 4 * mm, 76 * mm
    c = d.w / 2
    vend = "Hostelería Triana Sur, S.L."
    d.text(c, 30, "Bar Casa Manolo", "DVSB", 16, "c")
    for i, t in enumerate(
        [
            "Hostelería Triana Sur, S.L.  CIF B90123478",
            "C/ Betis 38, 41010 Sevilla",
            "Tel. 954 33 71 02",
        ]
    ):
        d.text(c, 44 + i * 10, t, "DVM", 7, "c")
    y = 86
    d.text(c, y, "FACTURA SIMPLIFICADA", "DVMB", 8, "c")
    y += 14
    d.lr(x0, x1, y, "Nº T1-2026/008841", "Mesa 7", "DVM", 7.5)
    d.lr(x0, x1, y + 10, "Fecha 28/03/2026", "22:14", "DVM", 7.5)
    d.lr(x0, x1, y + 20, "Camarero: ANTONIO", "Comensales 4", "DVM", 7.5)
    y += 36
    d.text(x0, y, "UDS  DESCRIPCIÓN          PRECIO  IMPORTE", "DVM", 7)
    y += 11
    items = [
        (4, "CAÑA CRUZCAMPO", D("1.80")),
        (2, "TINTO VERANO", D("2.50")),
        (1, "TORTILLA PATATAS", D("9.00")),
        (2, "SALMOREJO", D("6.50")),
        (1, "PUNTILLITAS", D("11.00")),
        (1, "SOLOMILLO AL WHISKY", D("14.50")),
        (3, "MONTADITO PRINGÁ", D("3.20")),
        (4, "CAFÉ SOLO", D("1.40")),
    ]
    tot = D(0)
    li = []
    for qn, desc, pr in items:
        amt = q2(qn * pr)
        tot += amt
        d.text(x0, y, f"{qn:>3}  {desc:<20} {eu(pr):>6}", "DVM", 7)
        d.text(x1, y, eu(amt), "DVM", 7, "r")
        li.append((desc, str(qn), f"{pr:.2f}", key(amt)))
        y += 10.5
    y += 6
    d.line(x0, y - 8, x1, y - 8, 0.5)
    vat = q2(tot * 10 / 110)
    d.lr(x0, x1, y + 4, "TOTAL (IVA incl.)", eu(tot) + " €", "DVMB", 11)
    y += 20
    d.text(x0, y, f"Base imponible 10%: {eu(tot - vat)}   Cuota: {eu(vat)}", "DVM", 7)
    y += 14
    d.lr(x0, x1, y, "ENTREGADO", eu(D("100")), "DVM", 7.5)
    d.lr(x0, x1, y + 10, "CAMBIO", eu(D("100") - tot), "DVM", 7.5)
    y += 26
    d.text(c, y, "GRACIAS POR SU VISITA", "DVM", 7.5, "c")
    im = roll_photo(
        d,
        y + 16,
        rng,
        1250,
        bg="wood",
        keystone=0.2,
        tilt=12,
        warm=0.9,
        dim=0.62,
        shadow=0.6,
        fold=0.55,
        crumple=0.7,
        quality=55,
    )
    t = truth(
        number="T1-2026/008841",
        date="2026-03-28",
        due=None,
        vendor=vend,
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        doctype="receipt",
        items=li,
        note="Low-resolution (1,250 px) dim warm photo of a bar ticket, JPEG q55, strongly tilted, fold across the item rows; bar trade name vs legal name (S.L.); IVA included, base/cuota on one line; cash given (100,00) and change.",
        kind="photo",
    )
    return save_jpeg(im, 55), "jpg", t, ("ES", "restaurant receipt")


# =========================================================================== driver

DOCS = {
    f.__name__: f
    for f in (
        i01,
        i02,
        i03,
        i04,
        i05,
        i06,
        i07,
        i08,
        i09,
        i10,
        r01,
        r02,
        r03,
        r04,
        r05,
        r06,
        r07,
        r08,
        r09,
        r10,
    )
}

README_HEAD = """# Blind set 2026-12s — hard capture conditions from everywhere

Generated by `python -m bench.blindsets.blind_2026_12s [OUTDIR] [--only NAME]` (from the
repository root). Every random choice is seeded with the CRC-32 of the document name, so a
re-run is byte-identical. Written blind: without looking at the product, its tests or docs.

## How the set is drawn

Each document has its own drawing function (reportlab canvas, `invariant=1`, DejaVu fonts).
Every text run is checked to stay on its page and not overlap another run (`LayoutError`).
Amounts are computed once with `Decimal` (ROUND_HALF_UP); the same values are printed and keyed,
and `amount + vat + tip + rounding == total` is asserted for every document.

Capture conditions, as people submit them:

- **photo**: the page is rendered with pypdfium2, optionally crumpled (smooth displacement field
  plus crease shading), curled at the edges, or folded through a row; then warped in perspective
  (keystone up to ~20 %, tilt up to ±12°) onto a textured background (wood table, car seat,
  counter, desk, or held in a hand with a thumb over the edge), sometimes with another receipt at
  the edge; a soft drop shadow, gradient/vignette light, warm or dim tint and a hard shadow band
  across part of the paper; blur, sensor noise, long side 1,250–1,800 px, JPEG quality 55–70.
  Three photos are saved rotated (90°, 180°, 270°) as a phone does without EXIF orientation.
- **scan**: a fax (1-bit threshold at 200 dpi, slight vertical stretch, skew, line errors, a
  vertical streak, specks, fax header line with date, sender number and 'Page n/2'), a photocopy
  (grey, heavy toner, dark lid edge, drum streaks, specks, skew) and a faded thermal ticket scan.
  The fax and the photocopy are image-only PDFs (the degraded image is the only page content).
- **pdf**: born-digital PDFs with a text layer (Letter, A4 landscape, 58/80 mm rolls as long
  as their content).

## Truth conventions

- `amount` is the net as printed (after line discounts, trade discounts, credits and
  shipping); `vat` is the sum of every tax printed (IVA + recargo de equivalencia; CGST + SGST;
  several VAT/TVA/BTW rates), `null` only when the page prints no tax at all (i01). Where prices
  include tax (receipts), `amount = total - vat`.
- `total` is the document total including tax and any printed tip or rounding line:
  for r01 it is the TOTAL including the printed tip (`tip` = the tip line); for r08 it is
  'Te betalen' after the 5-cent cash rounding line; for i07 it is the Grand Total after 'Round
  off'. Deposits / prepayments deducted below the total (i08 'Less deposit received') are **not**
  subtracted: `total` is the invoice total inc. GST, not the BALANCE DUE. Cash tendered and
  change are never totals.
- Credit notes (i06) print negative quantities and amounts and are keyed negative
  (`amount`, `vat`, `total` and line amounts < 0).
- Currencies printed without decimals (JPY) are keyed with `.00`.
- `vendor_name` is the seller's name as printed, with its legal form when a line prints it
  with one (e.g. 'Kessler Haustechnik GmbH', not the 'KESSLER' wordmark; 'SELARL Pharmacie du
  Marché', not the 'PHARMACIE DU MARCHÉ' header; 'NimbusForge Cloud, Inc.', not 'nimbusforge').
- `invoice_number` is the document's own number (receipt / check / slip / bon / NFC-e number),
  never a customer, order, terminal, TSE, access-key or referenced-invoice number.
- `invoice_date` is the issue date; `due_date` only when a date is printed (not derived from
  'net 30' wording alone).
- BR NFC-e (r07): the approximate taxes printed under Lei 12.741/2012 (Federal + Estadual) are
  the only tax figures on the page and are keyed as `vat`; `total` is 'Valor a Pagar'.
- `line_items`: description as printed, quantity as printed, `unit_price` and `amount` as printed
  (gross on tax-inclusive receipts, net on invoices; unit prices keep their printed precision, e.g.
  a fuel price per litre with three decimals). Discount/credit lines are items with a negative amount.
- `locale` is the document's language-region (JP receipt in English: `en-JP`).
"""


def write_readme(out: Path, rows):
    kinds: dict[str, int] = {}
    exts: dict[str, int] = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        exts[r["ext"]] = exts.get(r["ext"], 0) + 1
    n = len(rows)
    inv = sum(1 for r in rows if r["layout"] == "invoice")
    lines = [README_HEAD, "## Mix", "", "| | count |", "|---|---|"]
    lines += [
        f"| documents | {n} |",
        f"| invoices (incl. 1 credit note) | {inv} |",
        f"| receipts | {n - inv} |",
    ]
    for k in ("pdf", "scan", "photo"):
        lines.append(f"| kind `{k}` | {kinds.get(k, 0)} |")
    for e in sorted(exts):
        lines.append(f"| files `.{e}` | {exts[e]} |")
    lines.append("| image-only PDFs (fax, photocopy) | 2 |")
    lines.append("| rotated saves (90°/180°/270°) | 3 (i07, i08, r05) |")
    lines.append("| countries | " + ", ".join(sorted({r["country"] for r in rows})) + " |")
    lines += [
        "",
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | what is tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['doc']} | {r['kind']} | {r['country']} | {r['type']} | {r['vendor']} | {r['number']} | {r['total']} {r['currency']} | {r['note']} |"
        )
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None):
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
        rng = np.random.default_rng(seed_of(name))
        random.seed(seed_of(name))
        data, ext, t, (country, typ) = fn(name, rng)
        (out / f"{name}.{ext}").write_bytes(data)
        (out / f"{name}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        rows.append(
            {
                "doc": f"{name}.{ext}",
                "ext": ext,
                "kind": t["kind"],
                "country": country,
                "type": typ,
                "vendor": t["vendor_name"],
                "number": t["invoice_number"],
                "total": t["total"],
                "currency": t["currency"],
                "layout": t["layout"],
                "note": t["note"],
            }
        )
        print(f"{name}.{ext}  {t['kind']:5}  {t['total']:>10} {t['currency']}", file=sys.stderr)
    if not a.only:
        write_readme(out, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
