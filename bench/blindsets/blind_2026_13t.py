# ruff: noqa: E501
"""Blind set 2026-13t: money in many currencies (16 invoices, 16 till receipts).

Run from the repository root:

    python -m bench.blindsets.blind_2026_13t [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document's name, so re-runs are
byte-identical.  The module is self-contained (reportlab, pypdfium2, cv2, Pillow, numpy).
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

D = Decimal
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_TTF = {
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
for _n, _f in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, FONT_DIR + _f))


class LayoutError(Exception):
    pass


# ---------------------------------------------------------------- money helpers
def q(x, places=2):
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt(x, places=2, th=",", dp=".", indian=False):
    """Format a Decimal with a thousands separator and decimal point of choice."""
    x = q(x, places)
    neg = x < 0
    s = f"{abs(x):.{places}f}"
    ip, _, fp = s.partition(".")
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        ip = ",".join(parts) + "," + tail
    else:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = th.join(groups)
    out = ip + (dp + fp if places else "")
    return ("-" if neg else "") + out


def key(x, places=2):
    """Truth string: two decimals, zero-decimal currencies keyed .00, three-decimal kept."""
    if places == 3:
        return f"{q(x, 3):.3f}"
    return f"{q(x, 2):.2f}"


def qs(x):
    s = f"{D(x).normalize():f}"
    return s


class Line:
    def __init__(self, desc, qty, unit, places=2, amount=None):
        self.desc = desc
        self.qty = D(qty)
        self.unit = D(unit)
        self.amount = q(self.qty * self.unit, places) if amount is None else D(amount)
        self.places = places


def lines_sum(lines):
    return sum((ln.amount for ln in lines), D(0))


# ---------------------------------------------------------------- drawing
def has_glyphs(font, s):
    if font in _TTF:
        cm = pdfmetrics.getFont(font).face.charToGlyph
        return all(ord(ch) in cm for ch in s if ch not in "\n")
    try:
        s.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


class Doc:
    """Canvas wrapper that checks every text run stays on the page and overlaps no other run."""

    def __init__(self, w, h, title="document"):
        self.buf = io.BytesIO()
        self.W, self.H = w, h
        self.c = canvas.Canvas(self.buf, pagesize=(w, h), invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.runs = []
        self.pages = 1

    def width(self, s, font, size):
        return pdfmetrics.stringWidth(s, font, size)

    def t(self, x, y, s, font="DV", size=9, align="l", color=(0, 0, 0), maxw=None):
        s = str(s)
        if not s:
            return 0
        if not has_glyphs(font, s):
            raise LayoutError(f"font {font} lacks a glyph in {s!r}")
        w = self.width(s, font, size)
        if maxw is not None and w > maxw:
            raise LayoutError(f"text too wide ({w:.1f}>{maxw:.1f}): {s!r}")
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.22 * size, x0 + w, y + 0.76 * size)
        if box[0] < 3 or box[2] > self.W - 3 or box[1] < 3 or box[3] > self.H - 3:
            raise LayoutError(f"text off page: {s!r} {box}")
        for b, other in self.runs:
            if (
                min(box[2], b[2]) - max(box[0], b[0]) > 0.4
                and min(box[3], b[3]) - max(box[1], b[1]) > 0.4
            ):
                raise LayoutError(f"overlap: {s!r} with {other!r}")
        self.runs.append((box, s))
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def para(self, x, y, text, font="DV", size=8, lead=None, width=200, align="l", color=(0, 0, 0)):
        """Wrap text into width; returns the y below the last line."""
        lead = lead or size * 1.3
        for raw in text.split("\n"):
            words, cur = raw.split(" "), ""
            for wd in words:
                cand = (cur + " " + wd).strip()
                if self.width(cand, font, size) <= width or not cur:
                    cur = cand
                else:
                    self.t(x, y, cur, font, size, align, color)
                    y -= lead
                    cur = wd
            self.t(x, y, cur, font, size, align, color)
            y -= lead
        return y

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw=0.6, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        c.setDash(*(dash or ([], 0)))
        c.line(x1, y1, x2, y2)
        c.setDash([], 0)
        c.setStrokeColorRGB(0, 0, 0)

    def circle(self, x, y, r, fill=(0, 0, 0), stroke=None):
        c = self.c
        c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.circle(x, y, r, stroke=1 if stroke else 0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def poly(self, pts, fill=(0, 0, 0)):
        c = self.c
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        c.setFillColorRGB(*fill)
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    def qr(self, x, y, size, seed, n=25):
        """A QR-ish square of modules with three finder patterns (decorative)."""
        r = random.Random(seed)
        m = size / n
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                if fin:
                    a, b = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                    a = i if i < 7 else i - (n - 7)
                    b = j if j < 7 else j - (n - 7)
                    on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
                else:
                    on = r.random() < 0.48
                if on:
                    c.rect(x + j * m, y + (n - 1 - i) * m, m, m, stroke=0, fill=1)

    def barcode(self, x, y, w, h, seed):
        r = random.Random(seed)
        c = self.c
        xx = x
        while xx < x + w - 3:
            bw = r.choice([0.6, 0.6, 1.2, 1.8])
            c.rect(xx, y, bw, h, stroke=0, fill=1)
            xx += bw + r.choice([0.6, 1.2, 1.8])

    def new_page(self):
        self.c.showPage()
        self.runs = []
        self.pages += 1

    def pdf(self):
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def table(  # noqa: C901
    doc,
    x,
    y,
    cols,
    rows,
    font="DV",
    size=8,
    hfont="DVB",
    hsize=None,
    lead=None,
    head_fill=None,
    head_color=(0, 0, 0),
    grid=False,
    rule=True,
    zebra=None,
):
    """cols: list of (header, width, align). rows: list of lists of str. Returns y under the table."""
    hsize = hsize or size
    lead = lead or size * 1.6
    total_w = sum(c[1] for c in cols)
    top = y
    if head_fill:
        doc.rect(x, y - lead * 0.35, total_w, lead, stroke=None, fill=head_fill)
    cx = x
    for hdr, w, al in cols:
        if hdr:
            for k, part in enumerate(hdr.split("\n")):
                tx = cx + 3 if al == "l" else (cx + w - 3 if al == "r" else cx + w / 2)
                doc.t(tx, y - k * hsize * 1.1, part, hfont, hsize, al, head_color, maxw=w - 4)
        cx += w
    nh = max(len(c[0].split("\n")) for c in cols)
    y -= lead + (nh - 1) * hsize * 1.1
    if rule:
        doc.line(x, y + lead * 0.62, x + total_w, y + lead * 0.62, 0.7)
    for ri, row in enumerate(rows):
        if zebra and ri % 2 == 1:
            doc.rect(x, y - lead * 0.32, total_w, lead, stroke=None, fill=zebra)
        cx = x
        for (_hdr, w, al), cell in zip(cols, row, strict=True):
            if cell != "":
                tx = cx + 3 if al == "l" else (cx + w - 3 if al == "r" else cx + w / 2)
                doc.t(tx, y, cell, font, size, al, maxw=w - 4)
            cx += w
        if grid:
            doc.line(x, y - lead * 0.36, x + total_w, y - lead * 0.36, 0.3, (0.6, 0.6, 0.6))
        y -= lead
    if grid:
        cx = x
        for _, w, _ in cols:
            doc.line(cx, top + lead * 0.65, cx, y + lead * 0.64, 0.3, (0.5, 0.5, 0.5))
            cx += w
        doc.line(cx, top + lead * 0.65, cx, y + lead * 0.64, 0.3, (0.5, 0.5, 0.5))
        doc.line(x, top + lead * 0.65, x + total_w, top + lead * 0.65, 0.3, (0.5, 0.5, 0.5))
    elif rule:
        doc.line(x, y + lead * 0.62, x + total_w, y + lead * 0.62, 0.5)
    return y


def kv(doc, xl, xr, y, pairs, font="DV", size=9, bfont="DVB", lead=None, bold_last=True):
    """Label/value rows, label left-aligned at xl, value right-aligned at xr."""
    lead = lead or size * 1.5
    for i, (k, v) in enumerate(pairs):
        f = bfont if bold_last and i == len(pairs) - 1 else font
        doc.t(xl, y, k, f, size)
        doc.t(xr, y, v, f, size, "r")
        y -= lead
    return y


class Roll:
    """A till roll; its height follows its content."""

    def __init__(self, width_mm, font="DVM", size=7.5, margin_mm=3.0):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.font, self.size = font, size
        self.ops = []

    @property
    def inner(self):
        return self.W - 2 * self.m

    def _h(self, size):
        return size * 1.32

    def text(self, s, font=None, size=None, align="c"):
        font, size = font or self.font, size or self.size

        def op(doc, y):
            x = self.m if align == "l" else (self.W - self.m if align == "r" else self.W / 2)
            doc.t(x, y - size * 0.8, s, font, size, align)

        self.ops.append((self._h(size), op))

    def lr(self, left, right, font=None, size=None, indent=0):
        font, size = font or self.font, size or self.size

        def op(doc, y):
            doc.t(self.m + indent, y - size * 0.8, left, font, size, "l")
            doc.t(self.W - self.m, y - size * 0.8, right, font, size, "r")

        self.ops.append((self._h(size), op))

    def cols(self, parts, font=None, size=None):
        """parts: list of (text, x as fraction of inner width, align)."""
        font, size = font or self.font, size or self.size

        def op(doc, y):
            for s, fx, al in parts:
                doc.t(self.m + fx * self.inner, y - size * 0.8, s, font, size, al)

        self.ops.append((self._h(size), op))

    def rule(self, dash=True, lw=0.6):
        def op(doc, y):
            doc.line(
                self.m, y - 3, self.W - self.m, y - 3, lw, dash=([2, 1.5], 0) if dash else None
            )

        self.ops.append((6, op))

    def gap(self, h=4):
        self.ops.append((h, lambda doc, y: None))

    def draw(self, h, fn):
        """Arbitrary drawing: fn(doc, y_top) within height h."""
        self.ops.append((h, fn))

    def qr(self, size=60, seed=1):
        def op(doc, y):
            doc.qr(self.W / 2 - size / 2, y - size - 2, size, seed)

        self.ops.append((size + 6, op))

    def barcode(self, h=26, seed=1, w=None):
        def op(doc, y):
            ww = w or self.inner * 0.8
            doc.barcode(self.W / 2 - ww / 2, y - h, ww, h - 4, seed)

        self.ops.append((h + 2, op))

    def render(self, title):
        H = sum(h for h, _ in self.ops) + 2 * 7 * mm
        doc = Doc(self.W, H, title)
        doc.rect(0, 0, self.W, H, stroke=None, fill=(1, 1, 1))
        y = H - 7 * mm
        for h, op in self.ops:
            op(doc, y)
            y -= h
        return doc


# ---------------------------------------------------------------- image kinds
def render_pdf(pdf_bytes, dpi, page=0, grey=False):
    pdf = pdfium.PdfDocument(pdf_bytes)
    img = pdf[page].render(scale=dpi / 72, grayscale=grey).to_pil().convert("RGB")
    pdf.close()
    return img


def scan(
    img,
    rng,
    grey=True,
    blur=0.7,
    skew=1.0,
    noise=5.0,
    specks=60,
    fade=0.0,
    width=None,
    tone=(246, 244, 238),
):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    paper = np.array(tone, np.float32)
    a = a / 255.0 * paper  # white becomes paper tone
    if fade:
        # thermal fading: smooth low-frequency field that lightens the ink
        f = rng.random((6, 3)).astype(np.float32)
        f = cv2.resize(f, (w, h), interpolation=cv2.INTER_CUBIC)
        f = np.clip(f, 0, 1) * fade
        a = a + (paper - a) * f[..., None]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    a = cv2.warpAffine(
        a, M, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(float(v) for v in paper)
    )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = a + rng.normal(0, noise, a.shape[:2])[..., None].astype(np.float32)
    for _ in range(specks):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        r = int(rng.integers(1, 3))
        v = float(rng.uniform(40, 140))
        cv2.circle(a, (x, y), r, (v, v, v), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if grey:
        out = out.convert("L")
    if width:
        out = out.resize((width, round(out.height * width / out.width)), Image.LANCZOS)
    return out


def _texture(rng, w, h, kind):
    base = {
        "wood": (128, 92, 60),
        "desk": (188, 186, 180),
        "cloth": (60, 72, 96),
        "stone": (150, 146, 140),
    }[kind]
    low = cv2.resize(rng.random((8, 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    a *= (0.85 + 0.3 * low)[..., None]
    if kind == "wood":
        streak = cv2.resize(
            rng.random((1, 90)).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR
        )
        a *= (0.88 + 0.24 * streak)[..., None]
    a += rng.normal(0, 7, (h, w, 1)).astype(np.float32)
    return a


def photo(img, rng, long_side=2000, bg="wood", quality=72, fold=True, shadow=True, cover=0.82):
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    if portrait:
        H = long_side
        W = int(long_side * (0.75 if sh / sw < 2 else 0.62))
    else:
        W = long_side
        H = int(long_side * 0.75)
    bgimg = _texture(rng, W, H, bg)
    # target quad keeping the page's aspect ratio
    s = min(W * cover / sw, H * cover / sh)
    pw, ph = sw * s, sh * s
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    j = lambda: rng.uniform(-0.025, 0.025) * min(pw, ph) * 1.6  # noqa: E731
    dst = np.float32(
        [
            [cx - pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy + ph / 2 + j()],
            [cx - pw / 2 + j(), cy + ph / 2 + j()],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    if fold:
        # a fold: one half slightly darker, with a thin crease line
        fy = int(sh * rng.uniform(0.35, 0.65))
        src[fy:, :] *= 0.93
        src[fy - 1 : fy + 1, :] *= 0.8
    page = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # soft drop shadow under the page
    sm = cv2.GaussianBlur(mask, (0, 0), 12)
    sm = np.roll(sm, (8, 6), (0, 1))
    bgimg *= (1 - 0.35 * sm)[..., None]
    out = bgimg * (1 - mask[..., None]) + page * mask[..., None]
    # uneven light
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.08 - 0.35 * d
    out *= light[..., None]
    if shadow:
        # a soft shadow (hand / phone) over one corner
        pts = np.int32(
            [[0, H], [int(W * rng.uniform(0.2, 0.45)), H], [0, int(H * rng.uniform(0.55, 0.8))]]
        )
        if rng.random() < 0.5:
            pts[:, 0] = W - pts[:, 0]
        sh_m = np.zeros((H, W), np.float32)
        cv2.fillPoly(sh_m, [pts], 1.0)
        sh_m = cv2.GaussianBlur(sh_m, (0, 0), 40)
        out *= (1 - 0.3 * sh_m)[..., None]
    out = cv2.GaussianBlur(out, (0, 0), 0.6)
    out += rng.normal(0, 3, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out)
    b = io.BytesIO()
    im.save(b, "JPEG", quality=quality)
    return b.getvalue()


def image_pdf(img, pagesize, title):
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=pagesize, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.drawImage(ImageReader(img), 0, 0, pagesize[0], pagesize[1])
    c.showPage()
    c.save()
    return b.getvalue()


def png_bytes(img):
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


def jpg_bytes(img, quality):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality)
    return b.getvalue()


# ---------------------------------------------------------------- truth
def truth(
    number,
    date,
    due,
    vendor,
    amount,
    vat,
    total,
    cur,
    locale,
    layout,
    dtype,
    lines,
    note,
    kind,
    places=2,
    tip=D(0),
    rounding=D(0),
):
    a, v, t = D(amount), (None if vat is None else D(vat)), D(total)
    assert a + (v or D(0)) + D(tip) + D(rounding) == t, (number, a, v, tip, rounding, t)
    if lines:
        assert all(ln.amount == q(ln.amount, places) for ln in lines)
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": key(a, places),
        "vat": None if v is None else key(v, places),
        "total": key(t, places),
        "currency": cur,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": [
            {
                "description": ln.desc,
                "quantity": qs(ln.qty),
                "unit_price": key(ln.unit, places if places != 0 else 2),
                "amount": key(ln.amount, places),
            }
            for ln in lines
        ],
        "note": note,
        "kind": kind,
    }


# ---------------------------------------------------------------- output kinds
def as_scan(pdf, rng, dpi=200, page=0, fmt_="png", quality=85, **kw):
    img = scan(render_pdf(pdf, dpi, page), rng, **kw)
    if fmt_ == "png":
        return png_bytes(img), "png"
    return jpg_bytes(img.convert("RGB") if img.mode != "L" else img, quality), "jpg"


def as_photo(pdf, rng, dpi=200, **kw):
    return photo(render_pdf(pdf, dpi), rng, **kw), "jpg"


def as_image_pdf(pdf, rng, pagesize, title, dpi=200, **kw):
    img = scan(render_pdf(pdf, dpi), rng, **kw)
    return image_pdf(img, pagesize, title), "pdf"


# ================================================================ invoices
def i01(name, r, nr):
    """Norway, NOK named once in a header line; items carry no currency."""
    W, H = A4
    d = Doc(W, H, name)
    f = lambda x: fmt(x, 2, " ", ",")  # noqa: E731
    vendor = "Fjordlys Maskin AS"
    lines = [
        Line("Hydraulikkslange DN12, metervare", r.choice([18, 24, 30]), "89.50"),
        Line("Pakningssett sylinder HX-40", 3, "1245.00"),
        Line("Service gravemaskin, timer", D("6.5"), "1150.00"),
        Line("Kjøretillegg Bergen–Os", 1, "680.00"),
        Line("Hydraulikkolje ISO VG 46, 20 l", 2, "1390.00"),
    ]
    net = lines_sum(lines)
    vat = q(net * D("0.25"))
    total = net + vat
    blue = (0.05, 0.25, 0.45)
    d.circle(62, H - 70, 22, fill=blue)
    d.poly([(48, H - 80), (62, H - 56), (76, H - 80)], fill=(1, 1, 1))
    d.t(92, H - 72, "FJORDLYS", "Helvetica-Bold", 24, color=blue)
    d.t(92, H - 86, "MASKIN  ·  SERVICE  ·  DELER", "DV", 7, color=blue)
    d.t(W - 50, H - 68, "FAKTURA", "Helvetica-Bold", 20, "r")
    y = H - 92
    for s in ["Fjordlys Maskin AS", "Sandbrekkeveien 112", "5225 Nesttun", "Tlf. 55 91 42 00"]:
        d.t(W - 50, y, s, "Helvetica", 8.5, "r")
        y -= 11
    d.t(50, H - 140, "Kunde", "Helvetica-Bold", 8)
    y = H - 153
    for s in ["Os Anleggsdrift AS", "Att.: Kari Haugland", "Hegglandsdalsvegen 14", "5200 Os"]:
        d.t(50, y, s, "Helvetica", 9.5)
        y -= 12.5
    info = [
        ("Fakturanr.", "26-0412"),
        ("Fakturadato", "14.03.2026"),
        ("Forfallsdato", "28.03.2026"),
        ("Kundenr.", "10377"),
        ("Deres ref.", "Kari Haugland"),
    ]
    y = H - 153
    for k, v in info:
        d.t(360, y, k, "Helvetica", 9)
        d.t(W - 50, y, v, "Helvetica-Bold" if k == "Fakturanr." else "Helvetica", 9, "r")
        y -= 12.5
    d.rect(50, H - 250, W - 100, 18, stroke=None, fill=(0.9, 0.93, 0.96))
    d.t(56, H - 244, "Alle beløp i NOK", "Helvetica-Oblique", 9)
    d.t(W - 56, H - 244, "Levert: 10.03.2026, Os", "Helvetica", 8, "r")
    cols = [
        ("Varenr.", 50, "l"),
        ("Beskrivelse", 185, "l"),
        ("Antall", 45, "r"),
        ("Enh.", 35, "l"),
        ("Pris", 65, "r"),
        ("MVA", 40, "r"),
        ("Beløp", 75, "r"),
    ]
    codes = ["HS-1212", "PK-HX40", "SRV-T", "KJ-01", "OL-46-20"]
    units = ["m", "stk", "t", "stk", "kanne"]
    rows = [
        [
            codes[i],
            ln.desc,
            f(ln.qty) if ln.qty % 1 else str(ln.qty),
            units[i],
            f(ln.unit),
            "25 %",
            f(ln.amount),
        ]
        for i, ln in enumerate(lines)
    ]
    y = table(d, 50, H - 280, cols, rows, "Helvetica", 8.5, "Helvetica-Bold", lead=17)
    y -= 14
    y = kv(
        d,
        350,
        W - 56,
        y,
        [("Sum eks. mva", f(net)), ("MVA 25 %", f(vat)), ("Å betale", f(total))],
        "Helvetica",
        9.5,
        "Helvetica-Bold",
        lead=15,
    )
    d.line(350, y + 27, W - 50, y + 27, 0.8)
    d.t(50, 150, "Betalingsinformasjon", "Helvetica-Bold", 9)
    d.t(50, 136, "Kontonr.: 1503 27 48193", "Helvetica", 9)
    d.t(50, 123, "KID: 0010377264121", "Helvetica", 9)
    d.t(
        50,
        110,
        "Ved for sen betaling beregnes forsinkelsesrente etter forsinkelsesrenteloven.",
        "Helvetica",
        7.5,
    )
    d.line(50, 70, W - 50, 70, 0.4)
    d.t(
        50,
        58,
        "Fjordlys Maskin AS  ·  Org.nr. 918 347 562 MVA  ·  Foretaksregisteret",
        "Helvetica",
        7.5,
    )
    d.t(W - 50, 58, "post@fjordlys-maskin.no", "Helvetica", 7.5, "r")
    t = truth(
        "26-0412",
        "2026-03-14",
        "2026-03-28",
        vendor,
        net,
        vat,
        total,
        "NOK",
        "nb-NO",
        "invoice",
        "invoice",
        lines,
        "Currency named only once ('Alle beløp i NOK'); items and totals carry no symbol; space thousands, decimal comma.",
        "pdf",
    )
    return d.pdf(), "pdf", t, ("NO", "invoice")


def i02(name, r, nr):
    """Germany: a German firm invoicing in USD, VAT also stated in EUR at the ECB rate."""
    W, H = A4
    d = Doc(W, H, name)
    f = lambda x: fmt(x, 2, ".", ",")  # noqa: E731
    vendor = "Brenner & Vogt Anlagentechnik GmbH"
    lines = [
        Line("Durchflussregler BV-220, Edelstahl", 4, "1840.00"),
        Line("Steuerungsmodul SPS-Ex 8 I/O", 2, "2375.50"),
        Line("Inbetriebnahme vor Ort (Techniker-Std.)", 12, "118.00"),
        Line("Reisekosten pauschal", 1, "450.00"),
    ]
    net = lines_sum(lines)
    vat = q(net * D("0.19"))
    total = net + vat
    rate = D("1.0832")
    vat_eur = q(vat / rate)
    d.rect(0, H - 95, W, 95, stroke=None, fill=(0.12, 0.14, 0.18))
    d.t(50, H - 55, "BRENNER & VOGT", "DVSB", 22, color=(1, 1, 1))
    d.t(50, H - 72, "Anlagentechnik GmbH", "DVS", 11, color=(0.8, 0.8, 0.8))
    d.t(W - 50, H - 50, "Heilbronner Straße 188", "DV", 8, "r", (1, 1, 1))
    d.t(W - 50, H - 61, "70191 Stuttgart", "DV", 8, "r", (1, 1, 1))
    d.t(W - 50, H - 72, "www.brenner-vogt.de", "DV", 8, "r", (1, 1, 1))
    d.t(
        50,
        H - 120,
        "Brenner & Vogt GmbH · Heilbronner Str. 188 · 70191 Stuttgart",
        "DV",
        6.5,
        color=(0.4, 0.4, 0.4),
    )
    y = H - 138
    for s in [
        "Hallmann Chemie AG",
        "Einkauf / Frau Dr. S. Weiß",
        "Industriepark Höchst, Geb. C 660",
        "65926 Frankfurt am Main",
    ]:
        d.t(50, y, s, "DV", 10)
        y -= 13
    y = H - 138
    for k, v in [
        ("Rechnungsnummer", "RE-2026-00318"),
        ("Rechnungsdatum", "05.02.2026"),
        ("Leistungsdatum", "28.01.2026"),
        ("Kundennummer", "K-4471"),
        ("Ihre Bestellung", "4500182934"),
    ]:
        d.t(360, y, k, "DV", 8.5)
        d.t(W - 50, y, v, "DVB" if k == "Rechnungsnummer" else "DV", 8.5, "r")
        y -= 12
    d.t(50, H - 235, "Rechnung", "DVSB", 18)
    d.t(
        50, H - 252, "Vereinbarungsgemäß stellen wir Ihnen in US-Dollar (USD) in Rechnung:", "DV", 9
    )
    cols = [
        ("Pos.", 32, "l"),
        ("Bezeichnung", 218, "l"),
        ("Menge", 50, "r"),
        ("Einzelpreis USD", 90, "r"),
        ("Gesamt USD", 105, "r"),
    ]
    rows = [
        [str(i + 1), ln.desc, f"{ln.qty}", f(ln.unit), f(ln.amount)] for i, ln in enumerate(lines)
    ]
    y = table(d, 50, H - 285, cols, rows, "DV", 8.5, "DVB", lead=18, head_fill=(0.9, 0.9, 0.9))
    y -= 12
    y = kv(
        d,
        330,
        W - 53,
        y,
        [
            ("Nettobetrag", f"{f(net)} USD"),
            ("zzgl. 19 % USt.", f"{f(vat)} USD"),
            ("Rechnungsbetrag", f"{f(total)} USD"),
        ],
        "DV",
        9.5,
        "DVB",
        lead=16,
    )
    d.rect(50, y - 52, W - 100, 44, stroke=(0.3, 0.3, 0.3), lw=0.5)
    d.t(58, y - 22, "Angabe gemäß § 16 Abs. 6 UStG: Umsatzsteuer in Euro", "DVB", 8.5)
    d.t(
        58,
        y - 37,
        f"Umrechnungskurs EZB vom 04.02.2026: 1 EUR = {fmt(rate, 4, '.', ',')} USD",
        "DV",
        8.5,
    )
    d.t(W - 58, y - 37, f"USt. 19 %: {f(vat_eur)} EUR", "DVB", 8.5, "r")
    d.t(
        50,
        y - 80,
        "Zahlbar innerhalb von 30 Tagen ohne Abzug bis zum 07.03.2026 auf unser USD-Konto.",
        "DV",
        8.5,
    )
    d.line(50, 95, W - 50, 95, 0.4)
    foot = [
        [
            "Brenner & Vogt Anlagentechnik GmbH",
            "Sitz: Stuttgart, AG Stuttgart HRB 734512",
            "Geschäftsführer: Jörg Brenner, Ute Vogt",
        ],
        ["USt-IdNr.: DE284611907", "Steuer-Nr.: 99015/23874", "Tel. +49 711 2934-0"],
        [
            "Commerzbank Stuttgart (USD-Konto)",
            "IBAN: DE71 6004 0071 0528 3391 01",
            "BIC: COBADEFFXXX",
        ],
    ]
    for k, col in enumerate(foot):
        yy = 82
        for s in col:
            d.t(50 + k * 170, yy, s, "DV", 6.5)
            yy -= 9
    t = truth(
        "RE-2026-00318",
        "2026-02-05",
        "2026-03-07",
        vendor,
        net,
        vat,
        total,
        "USD",
        "de-DE",
        "invoice",
        "invoice",
        lines,
        f"German invoice billed in USD with German number format; VAT also stated in EUR ({f(vat_eur)} EUR at 1,0832) which must not be keyed.",
        "pdf",
    )
    return d.pdf(), "pdf", t, ("DE", "invoice (USD, VAT in EUR)")


def i03(name, r, nr):
    """Switzerland: invoice in EUR with CHF equivalents, apostrophe thousands."""
    W, H = A4
    d = Doc(W, H, name)
    f = lambda x: fmt(x, 2, "'", ".")  # noqa: E731
    vendor = "Alpentech Messsysteme AG"
    lines = [
        Line("Laser-Distanzsensor LD-500", 6, "845.00"),
        Line("Auswerteeinheit AE-12 inkl. Software", 1, "3280.00"),
        Line("Kalibrierzertifikat SCS", 6, "120.00"),
        Line("Verpackung und Versand", 1, "65.00"),
    ]
    net = lines_sum(lines)
    vat = q(net * D("0.081"))
    total = net + vat
    rate = D("0.9371")
    chf = lambda x: q(x * rate)  # noqa: E731
    d.rect(50, H - 90, 36, 36, stroke=None, fill=(0.75, 0.05, 0.1))
    d.rect(64, H - 84, 8, 24, stroke=None, fill=(1, 1, 1))
    d.rect(56, H - 76, 24, 8, stroke=None, fill=(1, 1, 1))
    d.t(96, H - 76, "alpentech", "DVB", 20)
    d.t(96, H - 88, "Messsysteme AG · Technoparkstrasse 2 · 8406 Winterthur", "DV", 7)
    y = H - 140
    for s in ["Gebr. Zünd Holzbau AG", "Herr Marco Zünd", "Industriestrasse 41", "6300 Zug"]:
        d.t(330, y, s, "DV", 10)
        y -= 13
    d.t(50, H - 225, "Rechnung 2026-0741", "DVB", 15)
    y = H - 245
    for k, v in [
        ("Datum:", "17.04.2026"),
        ("Zahlbar bis:", "17.05.2026"),
        ("Kunden-Nr.:", "30215"),
        ("MWST-Nr.:", "CHE-112.345.678 MWST"),
    ]:
        d.t(50, y, k, "DV", 8.5)
        d.t(130, y, v, "DV", 8.5)
        y -= 12
    d.t(W - 50, H - 245, "Fakturawährung: EUR", "DVB", 8.5, "r")
    cols = [
        ("Art.-Nr.", 55, "l"),
        ("Bezeichnung", 200, "l"),
        ("Anz.", 35, "r"),
        ("Preis EUR", 70, "r"),
        ("Betrag EUR", 70, "r"),
        ("MWST", 65, "r"),
    ]
    arts = ["LD-500", "AE-12", "KAL-SCS", "VV"]
    rows = [
        [arts[i], ln.desc, str(ln.qty), f(ln.unit), f(ln.amount), "8.1%"]
        for i, ln in enumerate(lines)
    ]
    y = table(d, 50, H - 310, cols, rows, "DV", 8.5, "DVB", lead=17, grid=True)
    y -= 16
    cols2 = [("", 190, "l"), ("EUR", 100, "r"), ("CHF", 100, "r")]
    rows2 = [
        ["Total netto", f(net), f(chf(net))],
        ["MWST 8.1 %", f(vat), f(chf(vat))],
        ["Rechnungstotal", f(total), f(chf(total))],
    ]
    y = table(d, W - 50 - 390, y, cols2, rows2, "DV", 9, "DVB", lead=16)
    d.t(
        50,
        y - 12,
        f"Umrechnung zum Kurs EUR 1.00 = CHF {fmt(rate, 4)} (ESTV-Monatsmittelkurs). Die CHF-Beträge dienen nur der MWST-Abrechnung.",
        "DV",
        7.5,
    )
    d.t(
        50,
        y - 40,
        "Zahlungsverbindung (EUR): Zürcher Kantonalbank, IBAN CH56 0070 0110 0045 1298 3, BIC ZKBKCHZZ80A",
        "DV",
        7.5,
    )
    d.t(50, y - 52, "Zahlungsbedingungen: 30 Tage netto. Gerichtsstand Winterthur.", "DV", 7.5)
    d.line(50, 60, W - 50, 60, 0.4)
    d.t(
        W / 2,
        48,
        "Alpentech Messsysteme AG · UID CHE-112.345.678 · Tel. 052 213 44 80 · info@alpentech.ch",
        "DV",
        7,
        "c",
    )
    pdf = d.pdf()
    data, ext = as_scan(pdf, nr, dpi=200, grey=True, blur=0.8, skew=-1.1, noise=6, specks=80)
    t = truth(
        "2026-0741",
        "2026-04-17",
        "2026-05-17",
        vendor,
        net,
        vat,
        total,
        "EUR",
        "de-CH",
        "invoice",
        "invoice",
        lines,
        "Swiss invoice in EUR with a CHF column for VAT; apostrophe thousands; CHF totals must not be keyed.",
        "scan",
    )
    return data, ext, t, ("CH", "invoice (EUR, CHF equivalents)")


def i04(name, r, nr):
    """USA: a US firm billing a Canadian customer in CAD with a bare $."""
    W, H = letter
    d = Doc(W, H, name)
    f = lambda x: fmt(x)  # noqa: E731
    vendor = "Cascade Ridge Software, Inc."
    lines = [
        Line("FleetTrack Pro annual subscription (25 seats)", 25, "228.00"),
        Line("Onboarding & data migration package", 1, "3400.00"),
        Line("Custom report development (hours)", r.choice([14, 16, 18]), "165.00"),
    ]
    net = lines_sum(lines)
    vat = q(net * D("0.13"))
    total = net + vat
    green = (0.1, 0.4, 0.3)
    d.poly([(50, H - 90), (72, H - 52), (94, H - 90)], fill=green)
    d.poly([(78, H - 90), (96, H - 62), (114, H - 90)], fill=(0.3, 0.6, 0.45))
    d.t(124, H - 74, "Cascade Ridge", "Times-Bold", 22, color=green)
    d.t(124, H - 88, "Software, Inc.", "Times-Roman", 12, color=green)
    d.t(W - 50, H - 62, "INVOICE", "Times-Bold", 26, "r")
    d.t(
        W - 50, H - 80, "1420 NW Lovejoy St, Suite 300, Portland, OR 97209", "Times-Roman", 8.5, "r"
    )
    d.t(W - 50, H - 91, "EIN 93-2841175  ·  billing@cascaderidge.io", "Times-Roman", 8.5, "r")
    d.line(50, H - 105, W - 50, H - 105, 1.2, green)
    d.t(50, H - 128, "BILL TO", "Times-Bold", 9, color=green)
    y = H - 142
    for s in [
        "Maple Leaf Courier Ltd.",
        "Accounts Payable",
        "2200 Yonge Street, Suite 1410",
        "Toronto, ON M4S 2C6",
        "Canada",
    ]:
        d.t(50, y, s, "Times-Roman", 10.5)
        y -= 13
    y = H - 128
    for k, v in [
        ("Invoice #", "CRS-10582"),
        ("Invoice date", "Feb 19, 2026"),
        ("Due date", "Mar 21, 2026"),
        ("Terms", "Net 30"),
        ("PO number", "MLC-PO-7731"),
    ]:
        d.t(370, y, k, "Times-Bold", 10)
        d.t(W - 50, y, v, "Times-Roman", 10, "r")
        y -= 14
    cols = [("DESCRIPTION", 262, "l"), ("QTY", 50, "r"), ("RATE", 90, "r"), ("AMOUNT", 110, "r")]
    rows = [[ln.desc, str(ln.qty), f"${f(ln.unit)}", f"${f(ln.amount)}"] for ln in lines]
    y = table(
        d,
        50,
        H - 230,
        cols,
        rows,
        "Times-Roman",
        10,
        "Times-Bold",
        lead=20,
        head_fill=(0.86, 0.92, 0.88),
        zebra=(0.96, 0.97, 0.96),
    )
    y -= 16
    y = kv(
        d,
        380,
        W - 53,
        y,
        [
            ("Subtotal", f"${f(net)}"),
            ("HST (ON) 13%", f"${f(vat)}"),
            ("Balance due", f"${f(total)}"),
        ],
        "Times-Roman",
        11,
        "Times-Bold",
        lead=17,
    )
    d.line(380, y + 31, W - 50, y + 31, 0.8)
    d.t(50, 190, "Notes & terms", "Times-Bold", 10)
    yy = d.para(
        50,
        176,
        "All amounts on this invoice are in Canadian dollars (CAD). Please pay by wire or EFT to our CAD account below; card payments incur a 2.9% fee. GST/HST Reg. No. 78412 5530 RT0001 (non-resident simplified registration).",
        "Times-Roman",
        9.5,
        width=W - 100,
    )
    d.t(
        50,
        yy - 8,
        "Bank: Bank of Montreal, Transit 00012, Inst. 001, Acct 1984-332 (CAD)  ·  SWIFT BOFMCAM2",
        "Times-Roman",
        9,
    )
    d.t(W / 2, 40, "Thank you for your business!", "Times-Italic", 10, "c")
    pdf = d.pdf()
    data, ext = as_photo(pdf, nr, dpi=170, long_side=2200, bg="desk", quality=74)
    t = truth(
        "CRS-10582",
        "2026-02-19",
        "2026-03-21",
        vendor,
        net,
        vat,
        total,
        "CAD",
        "en-US",
        "invoice",
        "invoice",
        lines,
        "US vendor and US look, but billed in CAD: amounts show only '$'; CAD named once in the terms.",
        "photo",
    )
    return data, ext, t, ("US", "invoice (CAD, bare $)")


def i05(name, r, nr):
    """Japan: English-language qualified invoice, yen without decimals, 10 % and 8 % rates."""
    W, H = A4
    d = Doc(W, H, name)
    y0 = lambda x: "¥" + fmt(x, 0)  # noqa: E731
    vendor = "Kawasemi Office Supply Co., Ltd."
    l10 = [
        Line("Ergonomic mesh chair KX-7", 4, "38500", 0),
        Line("Whiteboard 1800 x 900 mm", 1, "24800", 0),
        Line("Copy paper A4 (5-ream box)", 6, "3180", 0),
    ]
    l8 = [
        Line("Drip coffee packs (100) *", 3, "2980", 0),
        Line("Bottled green tea 500 ml x 24 *", 2, "2640", 0),
    ]
    n10, n8 = lines_sum(l10), lines_sum(l8)
    t10, t8 = q(n10 * D("0.10"), 0), q(n8 * D("0.08"), 0)
    net, vat = n10 + n8, t10 + t8
    total = net + vat
    d.rect(40, H - 60, W - 80, 3, stroke=None, fill=(0.1, 0.45, 0.6))
    d.t(W / 2, H - 95, "INVOICE", "DVL", 26, "c")
    d.t(W / 2, H - 112, "(Qualified Invoice / Tekikaku Seikyūsho)", "DV", 8, "c")
    y = H - 150
    d.t(50, y, "Tanabe Design Studio LLC", "DVB", 12)
    d.line(50, y - 5, 290, y - 5, 0.8)
    d.t(50, y - 20, "3-12-8 Minami-Horie, Nishi-ku, Osaka 550-0015", "DV", 8.5)
    y = H - 150
    for s, fnt in [
        ("Kawasemi Office Supply Co., Ltd.", "DVB"),
        ("2-4-19 Utsubo-Honmachi, Nishi-ku", "DV"),
        ("Osaka 550-0004, Japan", "DV"),
        ("TEL 06-6441-2870", "DV"),
        ("Registration No. T5120001048213", "DV"),
    ]:
        d.t(W - 50, y, s, fnt, 8.5, "r")
        y -= 12
    d.circle(W - 75, y - 20, 16, fill=(0.85, 0.15, 0.15))
    d.circle(W - 75, y - 20, 13, fill=(1, 1, 1))
    d.t(W - 75, y - 23, "KOS", "DVB", 8, "c", (0.85, 0.15, 0.15))
    y = H - 215
    for k, v in [
        ("Invoice No.", "KOS-2604-0219"),
        ("Issue date", "2026/04/20"),
        ("Payment due", "2026/05/31"),
    ]:
        d.t(50, y, k, "DV", 9)
        d.t(140, y, v, "DV", 9)
        y -= 13
    d.rect(50, H - 300, 250, 34, stroke=(0.1, 0.45, 0.6), lw=1)
    d.t(58, H - 287, "Amount due (tax incl.)", "DV", 9)
    d.t(292, H - 288, y0(total) + " -", "DVB", 15, "r")
    cols = [
        ("Description", 250, "l"),
        ("Qty", 45, "r"),
        ("Unit price", 90, "r"),
        ("Amount", 110, "r"),
    ]
    rows = [[ln.desc, str(ln.qty), fmt(ln.unit, 0), fmt(ln.amount, 0)] for ln in l10 + l8]
    y = table(
        d, 50, H - 330, cols, rows, "DV", 9, "DVB", lead=18, grid=True, head_fill=(0.88, 0.94, 0.96)
    )
    d.t(50, y + 2, "* Reduced tax rate (8%) item", "DV", 7.5)
    y -= 14
    cols2 = [("", 120, "l"), ("Subject to tax", 100, "r"), ("Consumption tax", 100, "r")]
    rows2 = [
        ["10% items", fmt(n10, 0), fmt(t10, 0)],
        ["8% items (reduced)", fmt(n8, 0), fmt(t8, 0)],
    ]
    y = table(d, W - 50 - 320, y, cols2, rows2, "DV", 9, "DVB", lead=16)
    y -= 6
    y = kv(
        d,
        W - 370,
        W - 53,
        y,
        [
            ("Subtotal (excl. tax)", fmt(net, 0)),
            ("Consumption tax", fmt(vat, 0)),
            ("Total", y0(total)),
        ],
        "DV",
        9.5,
        "DVB",
        lead=16,
    )
    d.t(
        50,
        120,
        "Bank transfer: MUFG Bank, Utsubo Branch (No. 071), Ordinary 4418203, Kawasemi Office Supply Co., Ltd.",
        "DV",
        8,
    )
    d.t(50, 106, "Transfer fees to be borne by the customer. Prices in Japanese yen.", "DV", 8)
    t = truth(
        "KOS-2604-0219",
        "2026-04-20",
        "2026-05-31",
        vendor,
        net,
        vat,
        total,
        "JPY",
        "ja-JP",
        "invoice",
        "invoice",
        l10 + l8,
        "Yen with no decimals ('¥1,234,567 -'); two consumption-tax rates (10 % and reduced 8 %); table amounts carry no symbol.",
        "pdf",
        places=0,
    )
    return d.pdf(), "pdf", t, ("JP", "invoice (JPY)")


def i06(name, r, nr):
    """Hungary: forint, no decimals, space thousands, 'Ft' after the amount."""
    W, H = A4
    d = Doc(W, H, name)
    ft = lambda x: fmt(x, 0, " ") + " Ft"  # noqa: E731
    vendor = "Duna-Kert Építő Kft."
    lines = [
        Line("Térkő lerakás, szürke (m²)", 64, "8450", 0),
        Line("Szegélykő beépítése (fm)", 38, "3290", 0),
        Line("Zúzottkő ágyazat 0/22 (t)", 12, "14990", 0),
        Line("Gépi földmunka (óra)", r.choice([5, 6, 7]), "18500", 0),
        Line("Sitt elszállítás, konténer", 1, "62000", 0),
    ]
    net = lines_sum(lines)
    vat = q(net * D("0.27"), 0)
    total = net + vat
    d.t(50, H - 60, "SZÁMLA", "DVSB", 24)
    d.t(50, H - 76, "eredeti példány", "DVSI", 9)
    d.t(W - 50, H - 58, "Sorszám: DK-2026/0187", "DVB", 11, "r")
    d.rect(50, H - 205, (W - 110) / 2, 110, stroke=(0, 0, 0), lw=0.8)
    d.rect(60 + (W - 110) / 2, H - 205, (W - 110) / 2, 110, stroke=(0, 0, 0), lw=0.8)
    y = H - 110
    for s, fnt in [
        ("Eladó", "DVB"),
        ("Duna-Kert Építő Kft.", "DVB"),
        ("9024 Győr, Szent Imre út 87.", "DV"),
        ("Adószám: 23984512-2-08", "DV"),
        ("Cégjegyzékszám: 08-09-027431", "DV"),
        ("Bankszámla: 11737007-20415893", "DV"),
        ("OTP Bank Nyrt.", "DV"),
    ]:
        d.t(58, y, s, fnt, 8.5)
        y -= 13
    y = H - 110
    x2 = 68 + (W - 110) / 2
    for s, fnt in [
        ("Vevő", "DVB"),
        ("Horváth Zsolt", "DVB"),
        ("9025 Győr, Kossuth Lajos u. 12.", "DV"),
        ("Adószám: -", "DV"),
    ]:
        d.t(x2, y, s, fnt, 8.5)
        y -= 13
    cols = [
        ("Fizetési mód", 125, "c"),
        ("Teljesítés dátuma", 125, "c"),
        ("Számla kelte", 125, "c"),
        ("Fizetési határidő", 120, "c"),
    ]
    y = table(
        d,
        50,
        H - 230,
        cols,
        [["átutalás", "2026.03.09.", "2026.03.09.", "2026.03.24."]],
        "DV",
        9,
        "DVB",
        lead=17,
        grid=True,
    )
    cols = [
        ("Megnevezés", 155, "l"),
        ("Menny.", 45, "r"),
        ("Nettó egységár", 75, "r"),
        ("Nettó érték", 75, "r"),
        ("ÁFA", 35, "r"),
        ("ÁFA érték", 60, "r"),
        ("Bruttó érték", 70, "r"),
    ]
    rows = []
    for ln in lines:
        av = q(ln.amount * D("0.27"), 0)
        rows.append(
            [
                ln.desc,
                str(ln.qty),
                fmt(ln.unit, 0, " "),
                fmt(ln.amount, 0, " "),
                "27%",
                fmt(av, 0, " "),
                fmt(ln.amount + av, 0, " "),
            ]
        )
    y = table(d, 50, y - 14, cols, rows, "DV", 8, "DVB", hsize=7.5, lead=16, grid=True)
    y -= 14
    y = kv(
        d,
        300,
        W - 53,
        y,
        [("Nettó összesen:", ft(net)), ("ÁFA 27%:", ft(vat)), ("Fizetendő összesen:", ft(total))],
        "DV",
        9.5,
        "DVB",
        lead=16,
    )
    d.t(
        50,
        y - 10,
        "Az ÁFA összege soronként kerekítve eltérhet az összesítőtől; az összesítő az irányadó.",
        "DVSI",
        7.5,
    )
    d.t(
        50,
        70,
        "A számla a 2007. évi CXXVII. törvény szerint készült. Kiállította: Kovács Petra",
        "DV",
        7.5,
    )
    pdf = d.pdf()
    data, ext = as_scan(
        pdf, nr, dpi=180, grey=True, blur=0.9, skew=1.6, noise=7, specks=120, fmt_="jpg", quality=82
    )
    t = truth(
        "DK-2026/0187",
        "2026-03-09",
        "2026-03-24",
        vendor,
        net,
        vat,
        total,
        "HUF",
        "hu-HU",
        "invoice",
        "invoice",
        lines,
        "Forint without decimals, space thousands ('1 234 567 Ft'); per-line VAT columns; only the totals carry 'Ft'.",
        "scan",
        places=0,
    )
    return data, ext, t, ("HU", "invoice (HUF)")


def i07(name, r, nr):
    """Kuwait: three-decimal dinar, no VAT."""
    W, H = A4
    d = Doc(W, H, name)
    kd = lambda x: fmt(x, 3)  # noqa: E731
    vendor = "Al-Dasma Gulf Trading Co. W.L.L."
    lines = [
        Line("Split A/C unit 24,000 BTU inverter", 6, "189.750", 3),
        Line('Copper pipe set 3/8" + 5/8", 5 m', 6, "14.250", 3),
        Line("Installation and commissioning", 6, "22.500", 3),
        Line("Wall bracket, galvanized", 6, "6.125", 3),
        Line("Annual maintenance contract", 1, "95.000", 3),
    ]
    net = lines_sum(lines)
    total = net
    navy = (0.05, 0.2, 0.35)
    d.rect(0, H - 110, W, 110, stroke=None, fill=navy)
    d.rect(0, H - 116, W, 6, stroke=None, fill=(0.8, 0.65, 0.2))
    d.t(50, H - 60, "AL-DASMA", "DVB", 26, color=(1, 1, 1))
    d.t(50, H - 80, "GULF TRADING CO. W.L.L.", "DV", 10, color=(0.8, 0.65, 0.2))
    for i, s in enumerate(
        [
            "Block 3, Street 14, Bldg 22, Shuwaikh Industrial",
            "Kuwait City, State of Kuwait",
            "C.R. No. 384512  ·  Tel +965 2483 1190",
        ]
    ):
        d.t(W - 50, H - 50 - i * 12, s, "DV", 8, "r", (1, 1, 1))
    d.t(50, H - 150, "COMMERCIAL INVOICE", "DVB", 15, color=navy)
    y = H - 175
    for k, v in [
        ("Invoice No:", "ADG/INV/26/0933"),
        ("Date:", "08-06-2026"),
        ("Due:", "08-07-2026"),
        ("LPO:", "HQ-2231"),
    ]:
        d.t(50, y, k, "DVB", 9)
        d.t(115, y, v, "DV", 9)
        y -= 13
    y = H - 175
    for s in ["Customer:", "Salmiya Plaza Hotel", "Salem Al-Mubarak St.", "Salmiya, Kuwait"]:
        d.t(350, y, s, "DVB" if s.endswith(":") else "DV", 9)
        y -= 13
    cols = [
        ("#", 25, "c"),
        ("Item description", 240, "l"),
        ("Qty", 40, "c"),
        ("Unit price KD", 90, "r"),
        ("Total KD", 100, "r"),
    ]
    rows = [
        [str(i + 1), ln.desc, str(ln.qty), kd(ln.unit), kd(ln.amount)] for i, ln in enumerate(lines)
    ]
    y = table(
        d, 50, H - 250, cols, rows, "DV", 9, "DVB", lead=19, grid=True, head_fill=(0.85, 0.88, 0.92)
    )
    y -= 18
    d.rect(W - 250, y - 30, 200, 40, stroke=navy, fill=(0.93, 0.95, 0.97), lw=1)
    d.t(W - 242, y - 14, "NET PAYABLE", "DVB", 10)
    d.t(W - 58, y - 14, f"KD {kd(total)}", "DVB", 12, "r")
    d.t(
        50,
        y - 60,
        "Payment: 30 days. Cheques payable to Al-Dasma Gulf Trading Co. W.L.L.",
        "DV",
        8.5,
    )
    d.t(
        50,
        y - 73,
        "Bank: National Bank of Kuwait, IBAN KW81 NBOK 0000 0000 0000 1000 3729 02",
        "DV",
        8.5,
    )
    d.t(50, y - 86, "No VAT is applicable in the State of Kuwait.", "DV", 8.5)
    d.line(W - 200, 110, W - 50, 110, 0.5)
    d.t(W - 125, 98, "Authorised signature & stamp", "DV", 7.5, "c")
    t = truth(
        "ADG/INV/26/0933",
        "2026-06-08",
        "2026-07-08",
        vendor,
        net,
        None,
        total,
        "KWD",
        "en-KW",
        "invoice",
        "invoice",
        lines,
        "Kuwaiti dinar with three decimals ('KD 1,234.750'); no VAT line; date DD-MM-YYYY.",
        "pdf",
        places=3,
    )
    return d.pdf(), "pdf", t, ("KW", "invoice (KWD, 3 decimals)")


_ONES = [
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
_TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _w99(n):
    return _ONES[n] if n < 20 else _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")


def _w999(n):
    s = (_ONES[n // 100] + " Hundred" if n >= 100 else "") + (" " if n >= 100 and n % 100 else "")
    return s + (_w99(n % 100) if n % 100 or n < 100 else "")


def words_indian(n):
    parts = []
    for div, nm in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        if n >= div:
            parts.append(_w99(n // div) if n // div < 100 else _w999(n // div))
            parts[-1] += " " + nm
            n %= div
    if n:
        parts.append(_w999(n))
    return " ".join(parts)


def i08(name, r, nr):
    """India: rupee with lakh grouping, CGST + SGST, image-only PDF."""
    W, H = A4
    d = Doc(W, H, name)
    inr = lambda x: fmt(x, 2, indian=True)  # noqa: E731
    vendor = "Saraswati Textiles Pvt. Ltd."
    lines = [
        Line('Cotton poplin 58" white (HSN 5208)', 420, "118.50"),
        Line('Rayon printed fabric 44" (HSN 5516)', 260, "96.00"),
        Line("Linen blend shirting (HSN 5309)", 150, "342.00"),
        Line("Packing & forwarding", 1, "1850.40"),
    ]
    net = lines_sum(lines)
    cg = q(net * D("0.025"))
    sg = q(net * D("0.025"))
    total_exact = net + cg + sg
    total = q(total_exact, 0)
    ro = total - total_exact
    vat = cg + sg
    d.rect(40, 40, W - 80, H - 80, stroke=(0, 0, 0), lw=1)
    d.t(W / 2, H - 70, "TAX INVOICE", "DVB", 14, "c")
    d.t(W - 50, H - 70, "Original for Recipient", "DVO", 7.5, "r")
    d.line(40, H - 80, W - 40, H - 80, 0.8)
    d.t(W / 2, H - 104, "SARASWATI TEXTILES PVT. LTD.", "DVSB", 17, "c")
    d.t(W / 2, H - 120, "Plot 47, Ring Road Textile Market, Surat, Gujarat 395002", "DV", 8.5, "c")
    d.t(
        W / 2,
        H - 132,
        "GSTIN: 24AAKCS4821M1Z6  ·  PAN: AAKCS4821M  ·  CIN: U17299GJ2011PTC064512",
        "DV",
        8,
        "c",
    )
    d.line(40, H - 142, W - 40, H - 142, 0.8)
    d.line(W / 2, H - 142, W / 2, H - 250, 0.8)
    y = H - 158
    for s, fnt in [
        ("Billed to:", "DVB"),
        ("Mehra Garments LLP", "DVB"),
        ("B-14, Okhla Industrial Area Phase II", "DV"),
        ("New Delhi 110020", "DV"),
        ("GSTIN: 07AAQFM2291K1Z3", "DV"),
        ("State: Delhi (07)", "DV"),
    ]:
        d.t(50, y, s, fnt, 8.5)
        y -= 13
    y = H - 158
    for k, v in [
        ("Invoice No.", "ST/25-26/1184"),
        ("Invoice Date", "18-02-2026"),
        ("Due Date", "20-03-2026"),
        ("Place of Supply", "Gujarat (24)"),
        ("E-Way Bill", "4418 2290 7731"),
        ("Transport", "VRL Logistics"),
    ]:
        d.t(W / 2 + 10, y, k, "DV", 8.5)
        d.t(W - 50, y, v, "DVB" if k == "Invoice No." else "DV", 8.5, "r")
        y -= 13
    d.line(40, H - 250, W - 40, H - 250, 0.8)
    cols = [
        ("Sr", 25, "c"),
        ("Description of goods", 215, "l"),
        ("Qty (m)", 55, "r"),
        ("Rate", 65, "r"),
        ("GST", 40, "r"),
        ("Amount (₹)", 105, "r"),
    ]
    rows = [
        [str(i + 1), ln.desc, str(ln.qty), inr(ln.unit), "5%", inr(ln.amount)]
        for i, ln in enumerate(lines)
    ]
    rows[-1][2] = ""
    y = table(d, 45, H - 270, cols, rows, "DV", 8.5, "DVB", lead=18, grid=True)
    y -= 10
    pairs = [
        ("Taxable value", inr(net)),
        ("CGST @ 2.5%", inr(cg)),
        ("SGST @ 2.5%", inr(sg)),
        ("Round off", ("+" if ro >= 0 else "") + inr(ro)),
        ("Grand Total", "₹" + inr(total)),
    ]
    y = kv(d, 330, W - 55, y, pairs, "DV", 9, "DVB", lead=15)
    d.para(
        50,
        y - 8,
        f"Amount in words: Rupees {words_indian(int(total))} Only",
        "DVO",
        8.5,
        width=W - 110,
    )
    d.t(50, 150, "Bank: HDFC Bank, Ring Road Branch, A/c 50200034871192, IFSC HDFC0001472", "DV", 8)
    d.t(
        50,
        137,
        "Terms: Payment within 30 days. Interest @18% p.a. on overdue bills. Subject to Surat jurisdiction.",
        "DV",
        7.5,
    )
    d.t(W - 55, 95, "For SARASWATI TEXTILES PVT. LTD.", "DVB", 8, "r")
    d.t(W - 55, 60, "Authorised Signatory", "DV", 8, "r")
    pdf = d.pdf()
    data, ext = as_image_pdf(
        pdf, nr, A4, name, dpi=200, grey=True, blur=0.7, skew=0.8, noise=5, specks=70
    )
    t = truth(
        "ST/25-26/1184",
        "2026-02-18",
        "2026-03-20",
        vendor,
        net,
        vat,
        total,
        "INR",
        "en-IN",
        "invoice",
        "invoice",
        lines,
        "Image-only PDF. Lakh grouping (1,23,456.00); VAT = CGST + SGST; a round-off line; the ₹ sign only on the grand total and in the column header.",
        "scan",
        rounding=ro,
    )
    return data, ext, t, ("IN", "invoice (INR)")


def i09(name, r, nr):
    """Brazil: R$ with decimal comma (not to be confused with South African R)."""
    W, H = A4
    d = Doc(W, H, name)
    brl = lambda x: "R$ " + fmt(x, 2, ".", ",")  # noqa: E731
    vendor = "Serra Azul Consultoria Ltda."
    lines = [
        Line("Consultoria tributária – fevereiro/2026 (horas)", 32, "285.00"),
        Line("Revisão de obrigações acessórias (SPED)", 1, "4200.00"),
        Line("Treinamento in company – 8 h", 1, "3150.00"),
    ]
    net = lines_sum(lines)
    iss = q(net * D("0.05"))
    total = net + iss
    teal = (0.0, 0.42, 0.45)
    d.rect(50, H - 95, 8, 50, stroke=None, fill=teal)
    d.t(68, H - 66, "Serra Azul", "DVSB", 22, color=teal)
    d.t(68, H - 84, "CONSULTORIA", "DV", 9, color=(0.4, 0.4, 0.4))
    y = H - 55
    for s in [
        "Av. Brigadeiro Faria Lima, 2369 – cj. 1102",
        "Jardim Paulistano – São Paulo/SP – 01452-922",
        "CNPJ 12.345.678/0001-90 · IM 4.812.331-7",
        "financeiro@serraazul.com.br",
    ]:
        d.t(W - 50, y, s, "DV", 8, "r")
        y -= 11
    d.rect(50, H - 170, W - 100, 50, stroke=None, fill=(0.92, 0.96, 0.96))
    d.t(60, H - 140, "FATURA DE SERVIÇOS", "DVB", 14, color=teal)
    d.t(60, H - 158, "Nº 002341", "DVB", 11)
    d.t(W - 60, H - 140, "Emissão: 03/03/2026", "DV", 9.5, "r")
    d.t(W - 60, H - 158, "Vencimento: 18/03/2026", "DVB", 9.5, "r")
    y = H - 195
    for s, fnt in [
        ("Tomador dos serviços", "DVB"),
        ("Construtora Itapema S.A.", "DV"),
        ("CNPJ 33.456.789/0001-12", "DV"),
        ("Rua Voluntários da Pátria, 190 – Botafogo – Rio de Janeiro/RJ", "DV"),
    ]:
        d.t(50, y, s, fnt, 9)
        y -= 12.5
    cols = [
        ("Discriminação dos serviços", 275, "l"),
        ("Qtd.", 45, "r"),
        ("Valor unit.", 85, "r"),
        ("Valor total", 90, "r"),
    ]
    rows = [
        [ln.desc, str(ln.qty), fmt(ln.unit, 2, ".", ","), fmt(ln.amount, 2, ".", ",")]
        for ln in lines
    ]
    y = table(d, 50, H - 270, cols, rows, "DV", 8.5, "DVB", lead=19, rule=True)
    y -= 12
    y = kv(
        d,
        320,
        W - 53,
        y,
        [
            ("Valor dos serviços", brl(net)),
            ("ISS (5,00%)", brl(iss)),
            ("Valor total da fatura", brl(total)),
        ],
        "DV",
        9.5,
        "DVB",
        lead=16,
    )
    d.t(
        50,
        y - 16,
        "Pagamento via PIX (chave CNPJ 12.345.678/0001-90) ou boleto bancário.",
        "DV",
        8.5,
    )
    d.t(50, y - 29, "Banco Itaú (341) · Agência 0912 · C/C 45821-3", "DV", 8.5)
    d.qr(W - 130, y - 110, 75, 9)
    d.t(W - 92, y - 122, "PIX", "DVB", 8, "c")
    d.t(
        W / 2,
        50,
        "Documento emitido conforme contrato 2025/118. Não sujeito à retenção de IRRF (valor abaixo do limite).",
        "DV",
        7,
        "c",
    )
    pdf = d.pdf()
    data, ext = as_photo(pdf, nr, dpi=170, long_side=2100, bg="wood", quality=70)
    t = truth(
        "002341",
        "2026-03-03",
        "2026-03-18",
        vendor,
        net,
        iss,
        total,
        "BRL",
        "pt-BR",
        "invoice",
        "invoice",
        lines,
        "'R$' with dot thousands and decimal comma (not South African 'R'); ISS is the tax; photo with a PIX QR.",
        "photo",
    )
    return data, ext, t, ("BR", "invoice (BRL)")


def i10(name, r, nr):
    """South Africa: credit note in rand, 'R' prefix, space thousands."""
    W, H = A4
    d = Doc(W, H, name)
    zar = lambda x: ("-R " if x < 0 else "R ") + fmt(abs(x), 2, " ", ".")  # noqa: E731
    vendor = "Karoo Solar Supplies (Pty) Ltd"
    lines = [
        Line("Returned: 550 W mono PERC panel (damaged)", -4, "2890.00"),
        Line("Returned: MPPT charge controller 60 A", -1, "4675.00"),
        Line("Delivery fee reversal", -1, "650.00"),
    ]
    net = lines_sum(lines)
    vat = q(net * D("0.15"))
    total = net + vat
    orange = (0.9, 0.5, 0.05)
    for i in range(8):
        d.poly(
            [
                (70, H - 70),
                (70 + 26 * np.cos(i * np.pi / 4 - 0.2), H - 70 + 26 * np.sin(i * np.pi / 4 - 0.2)),
                (70 + 26 * np.cos(i * np.pi / 4 + 0.2), H - 70 + 26 * np.sin(i * np.pi / 4 + 0.2)),
            ],
            fill=orange,
        )
    d.circle(70, H - 70, 13, fill=orange)
    d.t(108, H - 68, "KAROO SOLAR", "DVCB", 20)
    d.t(108, H - 82, "SUPPLIES (PTY) LTD", "DVC", 9)
    d.t(W - 50, H - 62, "CREDIT NOTE", "DVCB", 20, "r", (0.7, 0.1, 0.1))
    d.t(W - 50, H - 78, "Tax credit note", "DVC", 9, "r")
    y = H - 120
    for s in [
        "14 Voortrekker Road, Bellville",
        "Cape Town 7530",
        "VAT No. 4123456789",
        "Reg. No. 2014/123456/07",
    ]:
        d.t(50, y, s, "DVC", 8.5)
        y -= 11.5
    y = H - 120
    for k, v in [
        ("Credit note no.", "CN-00417"),
        ("Date", "2026/05/14"),
        ("Original invoice", "INV-10982"),
        ("Invoice date", "2026/04/22"),
        ("Account", "SUNH001"),
    ]:
        d.t(360, y, k, "DVC", 9)
        d.t(W - 50, y, v, "DVCB" if k.startswith("Credit") else "DVC", 9, "r")
        y -= 12
    d.t(50, H - 195, "Credited to:", "DVCB", 9)
    y = H - 208
    for s in ["Sunhaven Energy CC", "22 Dorp Street, Stellenbosch 7600", "VAT No. 4780212234"]:
        d.t(50, y, s, "DVC", 9)
        y -= 12
    d.t(
        50,
        H - 260,
        "Reason: goods returned under warranty claim WC-2291 (transport damage).",
        "DVC",
        9,
    )
    cols = [
        ("Description", 255, "l"),
        ("Qty", 45, "r"),
        ("Unit excl.", 90, "r"),
        ("Total excl.", 105, "r"),
    ]
    rows = [[ln.desc, str(ln.qty), fmt(ln.unit, 2, " "), fmt(ln.amount, 2, " ")] for ln in lines]
    y = table(d, 50, H - 290, cols, rows, "DVC", 9, "DVCB", lead=19, head_fill=(0.98, 0.9, 0.8))
    y -= 14
    y = kv(
        d,
        340,
        W - 53,
        y,
        [("Total excl. VAT", zar(net)), ("VAT @ 15%", zar(vat)), ("Total credit", zar(total))],
        "DVC",
        10,
        "DVCB",
        lead=16,
    )
    d.t(
        50,
        y - 16,
        "This amount will be offset against your next statement or refunded on request.",
        "DVC",
        8.5,
    )
    d.line(50, 80, W - 50, 80, 0.4)
    d.t(
        50,
        66,
        "Banking: FNB Bellville, Acc 62841193307, Branch 250655  ·  accounts@karoosolar.co.za  ·  021 948 2211",
        "DVC",
        7.5,
    )
    t = truth(
        "CN-00417",
        "2026-05-14",
        None,
        vendor,
        net,
        vat,
        total,
        "ZAR",
        "en-ZA",
        "invoice",
        "credit_note",
        lines,
        "Credit note: negative amounts printed as '-R 1 234.00' and keyed negative; references an original invoice number that must not be keyed; 'R' is rand, not BRL.",
        "pdf",
    )
    return d.pdf(), "pdf", t, ("ZA", "credit note (ZAR)")


def i11(name, r, nr):
    """Ireland: an Irish firm invoicing in GBP, VAT also stated in EUR."""
    W, H = A4
    d = Doc(W, H, name)
    gbp = lambda x: "£" + fmt(x)  # noqa: E731
    vendor = "Liffey Analytics Limited"
    lines = [
        Line("Data platform build – sprint 4 (days)", 10, "780.00"),
        Line("Dashboard licences, Q2 2026", 15, "42.00"),
        Line("Cloud hosting pass-through, May 2026", 1, "1265.40"),
    ]
    net = lines_sum(lines)
    vat = q(net * D("0.23"))
    total = net + vat
    rate = D("1.1874")
    vat_eur = q(vat * rate)
    purple = (0.35, 0.15, 0.5)
    for i in range(5):
        d.rect(50 + i * 9, H - 90, 6, 12 + i * 8, stroke=None, fill=purple)
    d.t(104, H - 74, "liffey", "DVB", 24, color=purple)
    d.t(104, H - 88, "analytics", "DVL", 12, color=purple)
    d.t(W - 50, H - 66, "Invoice", "DVL", 28, "r")
    y = H - 130
    for k, v in [
        ("Invoice number", "LA-2026-0147"),
        ("Date of issue", "29 May 2026"),
        ("Payment due", "28 June 2026"),
        ("Currency", "GBP"),
    ]:
        d.t(50, y, k.upper(), "DV", 7, color=(0.45, 0.45, 0.45))
        d.t(50, y - 12, v, "DVB", 10)
        y -= 30
    y = H - 130
    d.t(250, y, "BILLED TO", "DV", 7, color=(0.45, 0.45, 0.45))
    for i, s in enumerate(
        [
            "Harbourside Retail Group Ltd",
            "Unit 4, Sandyford Business Park",
            "Dublin 18, D18 X2P7",
            "VAT IE 9827163T",
        ]
    ):
        d.t(250, y - 12 - i * 12.5, s, "DV", 9.5)
    d.t(430, y, "FROM", "DV", 7, color=(0.45, 0.45, 0.45))
    for i, s in enumerate(
        [
            "Liffey Analytics Limited",
            "38 Fitzwilliam Square",
            "Dublin 2, D02 NX53",
            "VAT IE 3456789KH",
        ]
    ):
        d.t(430, y - 12 - i * 12.5, s, "DV", 8.5)
    cols = [
        ("Description", 265, "l"),
        ("Qty", 50, "r"),
        ("Unit price", 85, "r"),
        ("Amount", 95, "r"),
    ]
    rows = [[ln.desc, str(ln.qty), gbp(ln.unit), gbp(ln.amount)] for ln in lines]
    y = table(
        d, 50, H - 270, cols, rows, "DV", 9, "DV", lead=22, head_color=(0.45, 0.45, 0.45), rule=True
    )
    y -= 14
    y = kv(
        d,
        340,
        W - 53,
        y,
        [("Subtotal", gbp(net)), ("VAT 23%", gbp(vat)), ("Amount due", gbp(total))],
        "DV",
        10,
        "DVB",
        lead=18,
    )
    d.rect(50, y - 48, W - 100, 40, stroke=None, fill=(0.95, 0.93, 0.97))
    d.t(60, y - 22, "VAT in euro (s. 66 VAT Consolidation Act 2010):", "DV", 8.5)
    d.t(60, y - 36, f"Rate 1 GBP = {rate} EUR (ECB, 28 May 2026)", "DV", 8.5)
    d.t(W - 60, y - 36, f"VAT 23%: €{fmt(vat_eur)}", "DVB", 9, "r")
    d.t(50, 130, "Pay by bank transfer to our sterling account:", "DV", 8.5)
    d.t(
        50,
        117,
        "AIB plc · IBAN IE64 AIBK 9311 5212 3456 78 · BIC AIBKIE2D · Reference LA-2026-0147",
        "DV",
        8.5,
    )
    d.line(50, 70, W - 50, 70, 0.3)
    d.t(
        50,
        58,
        "Liffey Analytics Limited · Registered in Ireland No. 612843 · Directors: N. Byrne, S. Okafor",
        "DV",
        7,
    )
    t = truth(
        "LA-2026-0147",
        "2026-05-29",
        "2026-06-28",
        vendor,
        net,
        vat,
        total,
        "GBP",
        "en-IE",
        "invoice",
        "invoice",
        lines,
        f"Irish firm billing in GBP (£); VAT restated in EUR (€{fmt(vat_eur)}) in a box, not to be keyed.",
        "pdf",
    )
    return d.pdf(), "pdf", t, ("IE", "invoice (GBP, VAT in EUR)")


def i12(name, r, nr):
    """Poland: two-page VAT invoice, PLN with 'zł', two VAT rates."""
    W, H = A4
    d = Doc(W, H, name)
    pl = lambda x: fmt(x, 2, " ", ",")  # noqa: E731
    vendor = "Wisła Elektro Sp. z o.o."
    cat = [
        ("Przewód YDYp 3x1,5 mm² (m)", "2.89", "23"),
        ("Przewód YDYp 3x2,5 mm² (m)", "4.35", "23"),
        ("Gniazdo podwójne z uziemieniem", "18.90", "23"),
        ("Łącznik jednobiegunowy", "12.40", "23"),
        ("Puszka podtynkowa fi 60", "0.95", "23"),
        ("Wyłącznik nadprądowy B16", "21.80", "23"),
        ("Wyłącznik różnicowoprądowy 40A/30mA", "129.00", "23"),
        ("Rozdzielnica natynkowa 24 mod.", "164.50", "23"),
        ("Oprawa LED 36W 600x600", "89.99", "23"),
        ("Żarówka LED E27 9W", "7.49", "23"),
        ("Taśma izolacyjna 19 mm", "3.20", "23"),
        ("Rura karbowana 20 mm (m)", "1.15", "23"),
        ("Listwa zaciskowa 12 tor", "6.80", "23"),
        ("Szyna DIN 35 mm (m)", "9.60", "23"),
        ("Kołki rozporowe 6x40 (op.)", "8.90", "23"),
        ("Czujnik ruchu 180°", "54.00", "23"),
        ("Dzwonek bezprzewodowy", "79.00", "23"),
        ("Przedłużacz 5 m 3 gniazda", "34.90", "23"),
        ("Montaż instalacji – lokal mieszkalny (h)", "95.00", "8"),
        ("Pomiary elektryczne z protokołem", "350.00", "8"),
        ("Wymiana rozdzielnicy – robocizna", "420.00", "8"),
        ("Opaski zaciskowe 200 mm (op.)", "11.50", "23"),
        ("Kabel UTP kat. 6 (m)", "1.89", "23"),
        ("Gniazdo RJ45 podwójne", "36.00", "23"),
        ("Ogranicznik przepięć T2", "189.00", "23"),
        ("Dojazd do klienta", "60.00", "8"),
    ]
    lines, rates = [], []
    for desc, unit, rt in cat:
        qty = (
            1
            if unit in ("350.00", "420.00", "60.00")
            else (
                r.choice([50, 80, 100, 120])
                if "(m)" in desc
                else r.choice([1, 2, 3, 4, 6, 8, 10, 12])
            )
        )
        lines.append(Line(desc, qty, unit))
        rates.append(rt)
    by = {}
    for ln, rt in zip(lines, rates, strict=True):
        by.setdefault(rt, D(0))
        by[rt] += ln.amount
    vat_by = {rt: q(v * D(rt) / 100) for rt, v in by.items()}
    net = sum(by.values(), D(0))
    vat = sum(vat_by.values(), D(0))
    total = net + vat

    def head(p):
        d.t(50, H - 50, "WISŁA", "DVB", 22, color=(0.8, 0.1, 0.1))
        d.t(50, H - 64, "ELEKTRO · instalacje i hurtownia", "DV", 8)
        d.t(W - 50, H - 46, "Faktura VAT nr FV/2026/04/118", "DVB", 12, "r")
        d.t(W - 50, H - 62, f"strona {p} z 2", "DV", 8, "r")
        d.line(50, H - 72, W - 50, H - 72, 0.6)

    head(1)
    y = H - 92
    for k, v in [
        ("Data wystawienia:", "2026-04-22"),
        ("Data sprzedaży:", "2026-04-20"),
        ("Termin płatności:", "2026-05-06"),
        ("Sposób płatności:", "przelew"),
    ]:
        d.t(W - 200, y, k, "DV", 8.5)
        d.t(W - 50, y, v, "DV", 8.5, "r")
        y -= 12
    y = H - 92
    d.t(50, y, "Sprzedawca:", "DVB", 8.5)
    for i, s in enumerate(
        ["Wisła Elektro Sp. z o.o.", "ul. Półłanki 64, 30-740 Kraków", "NIP 677-234-56-78"]
    ):
        d.t(50, y - 12 - i * 12, s, "DV", 8.5)
    d.t(220, y, "Nabywca:", "DVB", 8.5)
    for i, s in enumerate(
        [
            "Spółdzielnia Mieszkaniowa „Podgórze”",
            "ul. Limanowskiego 23, 30-551 Kraków",
            "NIP 676-010-88-12",
        ]
    ):
        d.t(220, y - 12 - i * 12, s, "DV", 8.5)
    cols = [
        ("Lp.", 22, "r"),
        ("Nazwa towaru / usługi", 190, "l"),
        ("Ilość", 35, "r"),
        ("Cena netto", 55, "r"),
        ("Wartość netto", 62, "r"),
        ("VAT", 30, "r"),
        ("Kwota VAT", 52, "r"),
        ("Wartość brutto", 59, "r"),
    ]

    def rows_for(chunk, start):
        out = []
        for i, (ln, rt) in enumerate(chunk):
            v = q(ln.amount * D(rt) / 100)
            out.append(
                [
                    f"{start + i}.",
                    ln.desc,
                    str(ln.qty),
                    pl(ln.unit),
                    pl(ln.amount),
                    rt + "%",
                    pl(v),
                    pl(ln.amount + v),
                ]
            )
        return out

    pairs = list(zip(lines, rates, strict=True))
    y = table(
        d,
        50,
        H - 160,
        cols,
        rows_for(pairs[:20], 1),
        "DVC",
        7.5,
        "DVCB",
        hsize=7,
        lead=15.5,
        grid=True,
    )
    d.t(W - 50, 60, "ciąg dalszy na stronie 2 →", "DVO", 8, "r")
    d.new_page()
    head(2)
    y = table(
        d,
        50,
        H - 100,
        cols,
        rows_for(pairs[20:], 21),
        "DVC",
        7.5,
        "DVCB",
        hsize=7,
        lead=15.5,
        grid=True,
    )
    y -= 16
    cols2 = [
        ("Stawka VAT", 70, "l"),
        ("Wartość netto", 90, "r"),
        ("Kwota VAT", 80, "r"),
        ("Wartość brutto", 90, "r"),
    ]
    rows2 = [[f"{rt}%", pl(by[rt]), pl(vat_by[rt]), pl(by[rt] + vat_by[rt])] for rt in ("23", "8")]
    rows2.append(["Razem", pl(net), pl(vat), pl(total)])
    y = table(d, W - 50 - 330, y, cols2, rows2, "DV", 8.5, "DVB", lead=16, grid=True)
    y -= 12
    d.t(W - 50, y, f"Do zapłaty: {pl(total)} zł", "DVB", 13, "r")
    d.t(50, y - 30, "Rachunek: PKO BP S.A. 12 1020 2892 0000 5102 0418 3372", "DV", 8.5)
    d.t(50, y - 43, "Mechanizm podzielonej płatności nie dotyczy.", "DV", 8.5)
    d.line(60, 120, 220, 120, 0.5)
    d.t(140, 108, "podpis osoby upoważnionej do odbioru", "DV", 6.5, "c")
    d.line(W - 220, 120, W - 60, 120, 0.5)
    d.t(W - 140, 108, "podpis osoby upoważnionej do wystawienia", "DV", 6.5, "c")
    t = truth(
        "FV/2026/04/118",
        "2026-04-22",
        "2026-05-06",
        vendor,
        net,
        vat,
        total,
        "PLN",
        "pl-PL",
        "invoice",
        "invoice",
        lines,
        "Two pages: items run over the page break, totals and 'zł' only on page 2; VAT 23 % and 8 %; space thousands and decimal comma.",
        "pdf",
    )
    return d.pdf(), "pdf", t, ("PL", "invoice (PLN, 2 pages)")


def words_es(n):
    u = [
        "cero",
        "un",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
        "veinte",
    ]
    dec = {
        3: "treinta",
        4: "cuarenta",
        5: "cincuenta",
        6: "sesenta",
        7: "setenta",
        8: "ochenta",
        9: "noventa",
    }
    cen = {
        1: "ciento",
        2: "doscientos",
        3: "trescientos",
        4: "cuatrocientos",
        5: "quinientos",
        6: "seiscientos",
        7: "setecientos",
        8: "ochocientos",
        9: "novecientos",
    }

    def lt100(k):
        if k <= 20:
            return u[k]
        if k < 30:
            return "veinti" + u[k - 20]
        return dec[k // 10] + ("" if k % 10 == 0 else " y " + u[k % 10])

    def lt1000(k):
        if k == 100:
            return "cien"
        h, rest = divmod(k, 100)
        return ((cen[h] + " ") if h else "") + (lt100(rest) if rest else "")

    th, rest = divmod(n, 1000)
    s = ""
    if th:
        s = "mil" if th == 1 else lt1000(th).strip() + " mil"
    if rest:
        s += " " + lt1000(rest).strip()
    return s.strip().upper()


def i13(name, r, nr):
    """Mexico: peso with a bare $, IVA 16 %, amount in words, scanned."""
    W, H = letter
    d = Doc(W, H, name)
    mx = lambda x: "$" + fmt(x)  # noqa: E731
    vendor = "Tlaquepaque Logística, S.A. de C.V."
    lines = [
        Line("Flete Guadalajara–Monterrey, caja seca 53'", 2, "18500.00"),
        Line("Maniobras de carga y descarga", 2, "1450.00"),
        Line("Seguro de mercancía (0.35%)", 1, "2712.50"),
        Line("Casetas y peajes", 1, "3186.00"),
    ]
    net = lines_sum(lines)
    iva = q(net * D("0.16"))
    total = net + iva
    d.rect(50, H - 130, W - 100, 85, stroke=(0.2, 0.2, 0.2), lw=0.8)
    d.t(60, H - 70, "TLAQUEPAQUE LOGÍSTICA", "DVB", 15)
    d.t(60, H - 85, "S.A. de C.V.", "DV", 9)
    d.t(
        60, H - 100, "RFC: TLO150312AB4  ·  Régimen: 601 General de Ley Personas Morales", "DV", 7.5
    )
    d.t(60, H - 112, "Av. Niños Héroes 2340, Col. Moderna, 44190 Guadalajara, Jal.", "DV", 7.5)
    d.rect(W - 200, H - 125, 140, 75, stroke=None, fill=(0.9, 0.9, 0.9))
    d.t(W - 130, H - 66, "FACTURA", "DVB", 12, "c")
    d.t(W - 130, H - 82, "Serie-Folio: A-4821", "DV", 9, "c")
    d.t(W - 130, H - 96, "Fecha: 2026-01-27T10:41:22", "DV", 7, "c")
    d.t(W - 130, H - 108, "Lugar exp.: 44190", "DV", 7, "c")
    y = H - 150
    for k, v in [
        ("Receptor:", "Aceros del Norte Industrial, S.A. de C.V."),
        ("RFC receptor:", "ANI090815KJ2"),
        ("Uso CFDI:", "G03 Gastos en general"),
        ("Forma de pago:", "99 Por definir   ·   Método de pago: PPD"),
        ("Fecha de vencimiento:", "26/02/2026"),
    ]:
        d.t(50, y, k, "DVB", 8)
        d.t(160, y, v, "DV", 8)
        y -= 11.5
    cols = [
        ("Cant.", 40, "r"),
        ("Clave", 62, "l"),
        ("Descripción", 220, "l"),
        ("P. unitario", 85, "r"),
        ("Importe", 105, "r"),
    ]
    claves = ["78101802", "78141500", "84131500", "78111800"]
    rows = [
        [str(ln.qty), claves[i], ln.desc, mx(ln.unit), mx(ln.amount)] for i, ln in enumerate(lines)
    ]
    y = table(
        d, 50, y - 18, cols, rows, "DV", 8, "DVB", lead=17, grid=True, head_fill=(0.85, 0.85, 0.85)
    )
    y -= 12
    y = kv(
        d,
        360,
        W - 53,
        y,
        [("Subtotal", mx(net)), ("IVA Trasladado 16%", mx(iva)), ("Total", mx(total))],
        "DV",
        9.5,
        "DVB",
        lead=15,
    )
    cents = int((total % 1) * 100)
    d.para(
        50,
        y - 6,
        f"Importe con letra: ({words_es(int(total))} PESOS {cents:02d}/100 M.N.)",
        "DV",
        8,
        width=W - 100,
    )
    d.qr(50, 60, 80, 13)
    yy = 128
    for s in [
        "Folio fiscal (UUID): 5F1C2A9E-3B7D-4E21-9A6C-0D4B8E7F1123",
        "No. de serie del CSD: 00001000000512345678",
        "Sello digital del SAT: kd8Jf3+Q0aZ...Lm2pR1w==",
        "Este documento es una representación impresa de un CFDI 4.0",
    ]:
        d.t(145, yy, s, "DVM", 6.5)
        yy -= 11
    pdf = d.pdf()
    data, ext = as_scan(
        pdf,
        nr,
        dpi=220,
        grey=False,
        blur=0.8,
        skew=-1.7,
        noise=5,
        specks=60,
        fmt_="jpg",
        quality=80,
        tone=(242, 240, 232),
    )
    t = truth(
        "A-4821",
        "2026-01-27",
        "2026-02-26",
        vendor,
        net,
        iva,
        total,
        "MXN",
        "es-MX",
        "invoice",
        "invoice",
        lines,
        "Mexican pesos shown only as '$' (and 'M.N.' in the amount in words); CFDI timestamp as date; number printed as series-folio A-4821.",
        "scan",
    )
    return data, ext, t, ("MX", "invoice (MXN, bare $)")


def i14(name, r, nr):
    """UAE: AED in the table, 'Dhs' on the totals, VAT 5 %, photographed."""
    W, H = A4
    d = Doc(W, H, name)
    vendor = "Palm Crescent Interiors L.L.C."
    lines = [
        Line("Supply & install gypsum ceiling (sq m)", 86, "95.00"),
        Line("Feature wall cladding, oak veneer", 1, "7850.00"),
        Line("LED cove lighting incl. drivers (m)", 42, "68.50"),
        Line("Painting – Jotun Fenomastic, 2 coats (sq m)", 210, "18.00"),
        Line("Site cleaning and debris removal", 1, "950.00"),
    ]
    net = lines_sum(lines)
    vat = q(net * D("0.05"))
    total = net + vat
    gold = (0.65, 0.5, 0.2)
    d.circle(75, H - 75, 24, fill=gold)
    d.circle(83, H - 70, 21, fill=(1, 1, 1))
    d.t(110, H - 70, "PALM CRESCENT", "DVSB", 18, color=gold)
    d.t(110, H - 85, "INTERIORS L.L.C.", "DVS", 10)
    d.t(W - 50, H - 66, "TAX INVOICE", "DVB", 16, "r")
    d.t(W - 50, H - 82, "TRN 100234567800003", "DV", 8.5, "r")
    d.t(
        50,
        H - 118,
        "Office 1204, Churchill Tower, Business Bay, Dubai, U.A.E.  ·  +971 4 552 8130",
        "DV",
        8,
    )
    d.line(50, H - 128, W - 50, H - 128, 1, gold)
    y = H - 150
    for s, fnt in [
        ("Invoice to:", "DVB"),
        ("Al Safa Villas Management", "DV"),
        ("Villa 17, Al Safa 2, Dubai", "DV"),
        ("TRN 100398214500003", "DV"),
    ]:
        d.t(50, y, s, fnt, 9)
        y -= 12.5
    y = H - 150
    for k, v in [
        ("Invoice no.", "PCI-INV-2026-0311"),
        ("Date", "22/06/2026"),
        ("Due date", "22/07/2026"),
        ("Project", "Villa 17 fit-out"),
    ]:
        d.t(350, y, k, "DV", 9)
        d.t(W - 50, y, v, "DVB" if k == "Invoice no." else "DV", 9, "r")
        y -= 12.5
    cols = [
        ("S/N", 30, "c"),
        ("Description", 230, "l"),
        ("Qty", 40, "r"),
        ("Rate", 85, "r"),
        ("Amount", 110, "r"),
    ]
    rows = [
        [str(i + 1), ln.desc, str(ln.qty), "AED " + fmt(ln.unit), "AED " + fmt(ln.amount)]
        for i, ln in enumerate(lines)
    ]
    y = table(
        d,
        50,
        H - 230,
        cols,
        rows,
        "DV",
        8.5,
        "DVB",
        lead=19,
        grid=True,
        head_fill=(0.95, 0.91, 0.8),
    )
    y -= 14
    y = kv(
        d,
        330,
        W - 53,
        y,
        [
            ("Total excluding VAT", "Dhs " + fmt(net)),
            ("VAT @ 5%", "Dhs " + fmt(vat)),
            ("Total including VAT", "Dhs " + fmt(total)),
        ],
        "DV",
        9.5,
        "DVB",
        lead=16,
    )
    d.t(
        50,
        y - 14,
        "Bank: Emirates NBD · IBAN AE07 0260 0010 1536 4812 901 · Swift EBILAEAD",
        "DV",
        8.5,
    )
    d.t(
        50,
        y - 27,
        "Payment terms: 30 days from invoice date. Cheques in favour of Palm Crescent Interiors L.L.C.",
        "DV",
        8.5,
    )
    d.rect(W - 170, 80, 110, 50, stroke=(0.1, 0.2, 0.6), lw=1.5)
    d.t(W - 115, 108, "PALM CRESCENT", "DVB", 7, "c", (0.1, 0.2, 0.6))
    d.t(W - 115, 96, "DUBAI - U.A.E.", "DV", 6.5, "c", (0.1, 0.2, 0.6))
    pdf = d.pdf()
    data, ext = as_photo(pdf, nr, dpi=170, long_side=2300, bg="stone", quality=66)
    t = truth(
        "PCI-INV-2026-0311",
        "2026-06-22",
        "2026-07-22",
        vendor,
        net,
        vat,
        total,
        "AED",
        "en-AE",
        "invoice",
        "invoice",
        lines,
        "Two spellings of the dirham on one page: 'AED' on lines, 'Dhs' on totals; DD/MM/YYYY dates; photo at an angle.",
        "photo",
    )
    return data, ext, t, ("AE", "invoice (AED / Dhs)")


def i15(name, r, nr):
    """Sweden: 'kr' only, öresavrundning, image-only PDF."""
    W, H = A4
    d = Doc(W, H, name)
    se = lambda x: fmt(x, 2, " ", ",")  # noqa: E731
    vendor = "Norrsken Bygg & Måleri AB"
    lines = [
        Line("Målning fasad, arbete (tim)", 38, "545.00"),
        Line("Fasadfärg Alcro Bestå, 10 l", 9, "1289.90"),
        Line("Ställningshyra, vecka", 2, "1875.00"),
        Line("Skrapning och tvätt (tim)", 11, "495.00"),
        Line("Täckpapp och maskeringstejp", 1, "438.73"),
    ]
    net = lines_sum(lines)
    vat = q(net * D("0.25"))
    exact = net + vat
    total = q(exact, 0)
    ro = total - exact
    d.t(50, H - 60, "NORRSKEN", "DVB", 20, color=(0.1, 0.5, 0.35))
    d.t(50, H - 74, "BYGG & MÅLERI AB", "DV", 9, color=(0.1, 0.5, 0.35))
    d.t(W - 50, H - 58, "FAKTURA", "DVB", 18, "r")
    y = H - 110
    for s in ["Familjen Lindqvist", "Björkvägen 7", "903 42 Umeå"]:
        d.t(340, y, s, "DV", 10)
        y -= 13
    y = H - 110
    for k, v in [
        ("Fakturanummer", "10457"),
        ("Fakturadatum", "2026-03-31"),
        ("Förfallodatum", "2026-04-30"),
        ("Kundnummer", "2214"),
        ("Er referens", "Anna Lindqvist"),
        ("Vår referens", "Jonas Berg"),
    ]:
        d.t(50, y, k, "DV", 8.5)
        d.t(150, y, v, "DVB" if k == "Fakturanummer" else "DV", 8.5)
        y -= 12
    cols = [
        ("Benämning", 230, "l"),
        ("Antal", 50, "r"),
        ("À-pris", 80, "r"),
        ("Moms", 45, "r"),
        ("Summa", 90, "r"),
    ]
    rows = [[ln.desc, str(ln.qty), se(ln.unit), "25%", se(ln.amount)] for ln in lines]
    y = table(d, 50, H - 210, cols, rows, "DV", 9, "DVB", lead=18, rule=True)
    y -= 14
    y = kv(
        d,
        330,
        W - 53,
        y,
        [
            ("Summa exkl. moms", se(net)),
            ("Moms 25 %", se(vat)),
            ("Öresavrundning", se(ro)),
            ("Att betala", f"{se(total)} kr"),
        ],
        "DV",
        9.5,
        "DVB",
        lead=16,
    )
    d.rect(50, 85, W - 100, 60, stroke=(0.5, 0.5, 0.5), lw=0.5)
    cols3 = [
        ("Adress", 130, "l"),
        ("Telefon", 90, "l"),
        ("Bankgiro", 80, "l"),
        ("Org.nr", 90, "l"),
        ("Momsreg.nr", 105, "l"),
    ]
    table(
        d,
        52,
        130,
        cols3,
        [
            [
                "Storgatan 51, 903 26 Umeå",
                "090-12 44 80",
                "5123-8841",
                "556789-1234",
                "SE556789123401",
            ]
        ],
        "DV",
        7.5,
        "DVB",
        hsize=7,
        lead=14,
        rule=False,
    )
    d.t(56, 92, "Godkänd för F-skatt. Dröjsmålsränta debiteras enligt räntelagen.", "DV", 7.5)
    pdf = d.pdf()
    data, ext = as_image_pdf(
        pdf, nr, A4, name, dpi=170, grey=True, blur=0.9, skew=-0.9, noise=7, specks=90
    )
    t = truth(
        "10457",
        "2026-03-31",
        "2026-04-30",
        vendor,
        net,
        vat,
        total,
        "SEK",
        "sv-SE",
        "invoice",
        "invoice",
        lines,
        "Image-only PDF. 'kr' appears only once (Att betala); öresavrundning line rounds the total to whole kronor; ISO dates.",
        "scan",
        rounding=ro,
    )
    return data, ext, t, ("SE", "invoice (SEK kr, rounding)")


def i16(name, r, nr):
    """Chile: peso with '$' and dot thousands, no decimals, IVA 19 %."""
    W, H = letter
    d = Doc(W, H, name)
    cl = lambda x: "$ " + fmt(x, 0, ".")  # noqa: E731
    vendor = "Andes Verde SpA"
    lines = [
        Line("Plantas nativas quillay 1 m (un.)", 40, "8990", 0),
        Line("Sistema riego por goteo, instalado (m)", 320, "1450", 0),
        Line("Compost orgánico saco 50 l", 60, "5490", 0),
        Line("Mano de obra paisajismo (jornada)", 12, "65000", 0),
    ]
    net = lines_sum(lines)
    iva = q(net * D("0.19"), 0)
    total = net + iva
    d.poly([(50, H - 95), (80, H - 45), (110, H - 95)], fill=(0.2, 0.5, 0.2))
    d.poly([(75, H - 95), (95, H - 62), (115, H - 95)], fill=(0.45, 0.7, 0.3))
    d.t(122, H - 68, "Andes Verde SpA", "DVB", 15)
    for i, s in enumerate(
        [
            "Paisajismo y riego",
            "Av. Apoquindo 4501, of. 1203, Las Condes, Santiago",
            "contacto@andesverde.cl · +56 2 2941 3380",
        ]
    ):
        d.t(122, H - 82 - i * 10, s, "DV", 7.5)
    d.rect(W - 220, H - 130, 170, 85, stroke=(0.85, 0.1, 0.1), lw=2)
    d.t(W - 135, H - 68, "R.U.T.: 76.543.210-K", "DVB", 10, "c", (0.85, 0.1, 0.1))
    d.t(W - 135, H - 87, "FACTURA ELECTRÓNICA", "DVB", 10, "c", (0.85, 0.1, 0.1))
    d.t(W - 135, H - 106, "Nº 004812", "DVB", 10, "c", (0.85, 0.1, 0.1))
    d.t(W - 135, H - 143, "S.I.I. - SANTIAGO ORIENTE", "DVB", 8, "c", (0.85, 0.1, 0.1))
    y = H - 170
    for k, v in [
        ("Señor(es):", "Inmobiliaria Los Dominicos Ltda."),
        ("R.U.T.:", "77.812.450-3"),
        ("Giro:", "Actividades inmobiliarias"),
        ("Dirección:", "Camino Las Flores 11200, Las Condes"),
        ("Fecha emisión:", "12 de mayo de 2026"),
        ("Vencimiento:", "11-06-2026"),
        ("Condición de pago:", "30 días"),
    ]:
        d.t(50, y, k, "DVB", 8.5)
        d.t(150, y, v, "DV", 8.5)
        y -= 12
    cols = [
        ("Código", 55, "l"),
        ("Descripción", 225, "l"),
        ("Cantidad", 55, "r"),
        ("Precio", 75, "r"),
        ("Valor", 100, "r"),
    ]
    codes = ["PL-QLL", "RG-GOT", "CM-050", "MO-PSJ"]
    rows = [
        [codes[i], ln.desc, str(ln.qty), fmt(ln.unit, 0, "."), fmt(ln.amount, 0, ".")]
        for i, ln in enumerate(lines)
    ]
    y = table(d, 50, y - 16, cols, rows, "DV", 8.5, "DVB", lead=18, grid=True)
    y -= 14
    y = kv(
        d,
        370,
        W - 53,
        y,
        [("Monto neto", cl(net)), ("I.V.A. 19%", cl(iva)), ("Total", cl(total))],
        "DV",
        10,
        "DVB",
        lead=16,
    )
    d.barcode(50, 70, 200, 55, 16)
    d.t(150, 58, "Timbre Electrónico SII", "DV", 7, "c")
    d.t(150, 48, "Res. 80 de 2014 · Verifique documento: www.sii.cl", "DV", 6.5, "c")
    t = truth(
        "004812",
        "2026-05-12",
        "2026-06-11",
        vendor,
        net,
        iva,
        total,
        "CLP",
        "es-CL",
        "invoice",
        "invoice",
        lines,
        "Chilean pesos with '$' and dot thousands, no decimals and no currency code anywhere (only the RUT / Santiago address); date written out in Spanish.",
        "pdf",
        places=0,
    )
    return d.pdf(), "pdf", t, ("CL", "invoice (CLP, bare $)")


# ================================================================ receipts
def incl(total, rate, places=2):
    """VAT contained in a tax-inclusive total."""
    return q(total * D(rate) / (100 + D(rate)), places)


def r01(name, r, nr):
    """South Korea: cafe, won with ₩ and commas, VAT included, photo."""
    R = Roll(80, "DVM", 7.8)
    vendor = "Cafe Onda Seongsu"
    lines = [
        Line("Iced Americano", 2, "4500", 0),
        Line("Cafe Latte (Oat)", 1, "5800", 0),
        Line("Hojicha Latte", 1, "6200", 0),
        Line("Basque Cheesecake", 2, "7000", 0),
        Line("Salt Bread", r.choice([1, 2]), "3800", 0),
    ]
    total = lines_sum(lines)
    supply = q(total / D("1.1"), 0)
    vat = total - supply
    w = lambda x: "₩" + fmt(x, 0)  # noqa: E731
    R.text("CAFE ONDA", "DVB", 16)
    R.text("SEONGSU", "DV", 8)
    R.gap(3)
    for s in [
        "17, Yeonmujang-gil, Seongdong-gu, Seoul",
        "Business Reg. No. 214-86-12345",
        "CEO Kim Ha-eun  Tel 02-466-0918",
    ]:
        R.text(s, "DVM", 6.8)
    R.rule()
    R.lr("Receipt No. 0412-0087", "Table 6")
    R.lr("2026-04-12 14:37:09", "POS 01")
    R.rule()
    R.cols([("Item", 0, "l"), ("Qty", 0.62, "r"), ("Amount", 1, "r")], "DVMB")
    for ln in lines:
        R.cols([(ln.desc, 0, "l"), (str(ln.qty), 0.62, "r"), (fmt(ln.amount, 0), 1, "r")])
    R.rule()
    R.lr("Supply amount", fmt(supply, 0))
    R.lr("VAT", fmt(vat, 0))
    R.lr("TOTAL", w(total), "DVMB", 10)
    R.rule()
    R.lr("Card (Shinhan)", w(total))
    R.lr("Card No.", "4518-42**-****-7713")
    R.lr("Approval No.", "30412887")
    R.lr("Installment", "Lump sum")
    R.rule()
    R.text("Thank you. Come again!", "DVO", 7)
    R.barcode(24, 101)
    doc = R.render(name)
    data, ext = as_photo(doc.pdf(), nr, dpi=230, long_side=2000, bg="wood", quality=70)
    t = truth(
        "0412-0087",
        "2026-04-12",
        None,
        vendor,
        supply,
        vat,
        total,
        "KRW",
        "ko-KR",
        "receipt",
        "receipt",
        lines,
        "Won with no decimals; '₩' only on TOTAL and card lines; prices include VAT (supply amount + VAT printed).",
        "photo",
        places=0,
    )
    return data, ext, t, ("KR", "cafe receipt (KRW)")


def r02(name, r, nr):
    """Denmark: bakery, 'kr.' before the amount, moms included, thermal scan."""
    R = Roll(76, "DVM", 7.6)
    vendor = "Bageriet Kornblomst ApS"
    lines = [
        Line("Rugbrød, økologisk", 1, "42.00"),
        Line("Kanelsnegl", 4, "24.00"),
        Line("Tebirkes", 3, "16.50"),
        Line("Hindbærsnitte", 2, "28.00"),
        Line("Kaffe, stor", 2, "38.00"),
    ]
    total = lines_sum(lines)
    vat = incl(total, 25)
    net = total - vat
    dk = lambda x: fmt(x, 2, ".", ",")  # noqa: E731
    R.text("Bageriet", "DVSI", 11)
    R.text("KORNBLOMST", "DVSB", 15)
    R.text("Jægergårdsgade 88, 8000 Aarhus C", "DVM", 6.8)
    R.text("CVR 38 12 45 67", "DVM", 6.8)
    R.rule()
    R.lr("Bon 21877", "Kasse 2")
    R.lr("03.05.2026", "08:12")
    R.rule()
    for ln in lines:
        if ln.qty > 1:
            R.text(f"{ln.qty} x {dk(ln.unit)}", "DVM", 7, "l")
        R.lr(ln.desc, dk(ln.amount))
    R.rule()
    R.lr("I ALT", f"kr. {dk(total)}", "DVMB", 10)
    R.lr("Dankort", f"kr. {dk(total)}")
    R.gap(2)
    R.lr("Heraf moms 25%", dk(vat))
    R.lr("Beløb ekskl. moms", dk(net))
    R.rule()
    R.text("Tak for besøget!", "DVM", 7.5)
    R.text("Åbent alle dage 6.30-17.30", "DVM", 6.8)
    doc = R.render(name)
    data, ext = as_scan(
        doc.pdf(), nr, dpi=220, grey=True, blur=0.7, skew=1.2, noise=5, specks=40, fade=0.45
    )
    t = truth(
        "21877",
        "2026-05-03",
        None,
        vendor,
        net,
        vat,
        total,
        "DKK",
        "da-DK",
        "receipt",
        "receipt",
        lines,
        "'kr.' before the amount on the total only; moms included ('Heraf moms'); thermal fading.",
        "scan",
    )
    return data, ext, t, ("DK", "bakery receipt (DKK kr.)")


def r03(name, r, nr):
    """Iceland: fuel receipt, krónur without decimals, VSK included, downscaled scan."""
    R = Roll(58, "DVM", 6.9, 2.5)
    vendor = "Orkulind ehf."
    litres, price = D("42.37"), D("312.9")
    fuel = Line("Bensín 95", litres, price, 0)
    wash = Line("Rúðuvökvi 4 l", 1, "1490", 0)
    lines = [fuel, wash]
    total = lines_sum(lines)
    vat = incl(total, 24, 0)
    net = total - vat
    isk = lambda x: fmt(x, 0, ".") + " kr"  # noqa: E731
    R.text("ORKULIND", "DVB", 14)
    R.text("Hamraborg 12, 200 Kópavogur", "DVM", 6.2)
    R.text("Kt. 540912-1230", "DVM", 6.2)
    R.text("VSK nr. 112874", "DVM", 6.2)
    R.rule()
    R.lr("Kvittun nr.", "88213")
    R.lr("Dags.", "27.01.2026 17:48")
    R.lr("Dæla", "4")
    R.rule()
    R.text("Bensín 95", "DVMB", 6.9, "l")
    R.lr(f"{fmt(litres, 2, '.', ',')} L x {fmt(price, 1, '.', ',')}", isk(fuel.amount))
    R.lr("Rúðuvökvi 4 l", isk(wash.amount))
    R.rule()
    R.lr("SAMTALS", isk(total), "DVMB", 8.5)
    R.lr("Þar af VSK 24%", isk(vat))
    R.lr("Án VSK", isk(net))
    R.rule()
    R.lr("Greitt m. korti", isk(total))
    R.lr("VISA", "**** 0291")
    R.text("Takk fyrir viðskiptin", "DVM", 6.5)
    doc = R.render(name)
    data, ext = as_scan(
        doc.pdf(),
        nr,
        dpi=300,
        grey=True,
        blur=1.0,
        skew=-1.4,
        noise=5,
        specks=30,
        fade=0.3,
        width=620,
    )
    t = truth(
        "88213",
        "2026-01-27",
        None,
        vendor,
        net,
        vat,
        total,
        "ISK",
        "is-IS",
        "receipt",
        "receipt",
        lines,
        "Fuel: litres x price per litre with decimal comma, amounts in whole krónur with dot thousands ('13.258 kr'); VSK included; downscaled to ~620 px.",
        "scan",
        places=0,
    )
    return data, ext, t, ("IS", "fuel receipt (ISK)")


def r04(name, r, nr):
    """Czech Republic: restaurant bill in Kč, card slip with dynamic currency conversion to USD."""
    R = Roll(80, "DVM", 7.4)
    vendor = "Restaurace U Zlaté koruny s.r.o."
    lines = [
        Line("Plzeň 12° 0,5 l", 3, "69.00"),
        Line("Svíčková na smetaně", 2, "289.00"),
        Line("Vepřo knedlo zelo", 1, "265.00"),
        Line("Bramboráky (3 ks)", 1, "129.00"),
        Line("Jablečný závin", 2, "119.00"),
    ]
    total = lines_sum(lines)
    vat = incl(total, 12)
    net = total - vat
    cz = lambda x: fmt(x, 2, " ", ",")  # noqa: E731
    rate = D("21.6473")
    usd = q(total / rate)
    R.text("U ZLATÉ KORUNY", "DVSB", 13)
    R.text("Restaurace U Zlaté koruny s.r.o.", "DVM", 6.8)
    R.text("Karlova 178/7, 110 00 Praha 1", "DVM", 6.8)
    R.text("IČO 27184563   DIČ CZ27184563", "DVM", 6.8)
    R.rule()
    R.text("ÚČTENKA č. 2026/014822", "DVMB", 8)
    R.lr("Stůl 12  Obsluha: Petra", "18.06.2026 20:41")
    R.rule()
    for ln in lines:
        R.lr(f"{ln.qty}x {ln.desc}", cz(ln.amount))
    R.rule()
    R.lr("CELKEM", f"{cz(total)} Kč", "DVMB", 10)
    R.lr("Základ DPH 12 %", cz(net))
    R.lr("DPH 12 %", cz(vat))
    R.lr("Platba kartou", f"{cz(total)} Kč")
    R.text("Servis není zahrnut v ceně.", "DVO", 6.8)
    R.gap(6)
    R.text("- - - DOKLAD O PLATBĚ KARTOU - - -", "DVM", 6.8)
    R.lr("MASTERCARD", "**** **** **** 4402")
    R.lr("Terminál", "TID 80234117")
    R.lr("Částka transakce", f"{cz(total)} CZK")
    R.gap(2)
    R.text("CURRENCY CONVERSION", "DVMB", 7.4)
    R.lr("Transaction currency", "USD")
    R.lr("Exchange rate", f"1 USD = {rate} CZK")
    R.lr("Markup on ECB rate", "3.50 %")
    R.lr("You paid", f"{fmt(usd)} USD", "DVMB", 8.5)
    R.text("I accept that I have been offered a choice of", "DVM", 6.2)
    R.text("currencies and that my choice is final.", "DVM", 6.2)
    R.lr("AUTH 662190", "SCHVÁLENO")
    doc = R.render(name)
    data, ext = as_scan(
        doc.pdf(), nr, dpi=240, grey=True, blur=0.7, skew=0.9, noise=5, specks=40, fade=0.35
    )
    t = truth(
        "2026/014822",
        "2026-06-18",
        None,
        vendor,
        net,
        vat,
        total,
        "CZK",
        "cs-CZ",
        "receipt",
        "receipt",
        lines,
        f"Dynamic currency conversion: till total in Kč, card slip says 'You paid {fmt(usd)} USD' (not keyed); DPH included.",
        "scan",
    )
    return data, ext, t, ("CZ", "restaurant + DCC slip (CZK → USD)")


def r05(name, r, nr):
    """Qatar: duty-free receipt, prices in QAR and USD, TOTAL in QAR, no VAT."""
    R = Roll(80, "DVC", 7.6)
    vendor = "Doha Gateway Duty Free W.L.L."
    rate = D("3.64")
    lines = [
        Line("Perfume Oud Royale EDP 100ml", 1, "685.00"),
        Line("Single Malt 18Y 700ml", 1, "529.00"),
        Line("Dates Gift Box Khalas 500g", 2, "89.00"),
        Line("Chocolate Pralines 250g", 3, "42.50"),
    ]
    total = lines_sum(lines)
    R.text("DOHA GATEWAY", "DVCB", 15)
    R.text("DUTY FREE", "DVC", 10)
    R.text("Departures Concourse C · Hamad Int'l Airport", "DVC", 6.8)
    R.text("C.R. 61842 · P.O. Box 22890, Doha, Qatar", "DVC", 6.8)
    R.rule()
    R.lr("Receipt: DGF-C3-771204", "12/07/2026 02:18")
    R.lr("Flight: QR 017 to DUB", "Seat 41K")
    R.rule()
    R.cols([("Item", 0, "l"), ("QAR", 0.72, "r"), ("USD", 1, "r")], "DVCB")
    for ln in lines:
        R.text(f"{ln.qty} x {ln.desc}", "DVC", 7.6, "l")
        R.cols(
            [
                (f"@ {fmt(ln.unit)}", 0.05, "l"),
                (fmt(ln.amount), 0.72, "r"),
                (fmt(q(ln.amount / rate)), 1, "r"),
            ]
        )
    R.rule()
    R.lr("TOTAL QAR", fmt(total), "DVCB", 11)
    R.lr("Equivalent USD", fmt(q(total / rate)))
    R.lr("Equivalent EUR", fmt(q(total / D("4.21"))))
    R.rule()
    R.lr("Paid VISA ****5521", f"QR {fmt(total)}")
    R.text("Rates: 1 USD = 3.64 QAR · 1 EUR = 4.21 QAR", "DVC", 6.8)
    R.text("Tax-free sale. Goods to be exported with passenger.", "DVC", 6.8)
    R.barcode(24, 105)
    doc = R.render(name)
    data, ext = as_photo(doc.pdf(), nr, dpi=230, long_side=1900, bg="cloth", quality=75)
    t = truth(
        "DGF-C3-771204",
        "2026-07-12",
        None,
        vendor,
        total,
        None,
        total,
        "QAR",
        "en-QA",
        "receipt",
        "receipt",
        lines,
        "Duty-free: two price columns (QAR and USD) plus EUR equivalent; the till's TOTAL line is QAR; no tax; DD/MM/YYYY.",
        "photo",
    )
    return data, ext, t, ("QA", "duty-free receipt (QAR + USD)")


def r06(name, r, nr):
    """Switzerland: bakery, 'Fr.', paid cash in EUR, change given in CHF."""
    R = Roll(80, "Courier", 8)
    vendor = "Bäckerei Sonnenberg AG"
    lines = [
        Line("Zopf 500g", 1, "6.80"),
        Line("Gipfeli", 4, "1.90"),
        Line("Nussgipfel", 2, "3.40"),
        Line("Birchermüesli Becher", 1, "5.50"),
        Line("Café Crème", 1, "4.70"),
    ]
    total = lines_sum(lines)
    vat = incl(total, D("2.6"))
    net = total - vat
    rate = D("0.9250")
    paid_eur = D("40.00")
    paid_chf = q(paid_eur * rate)
    change = paid_chf - total
    assert change > 0 and change == q(change * 20, 0) / 20
    ch = lambda x: fmt(x, 2, "'")  # noqa: E731
    R.text("Bäckerei Sonnenberg", "Times-Bold", 14)
    R.text("Steinenvorstadt 21, 4051 Basel", "Courier", 7.5)
    R.text("CHE-109.334.882 MWST", "Courier", 7.5)
    R.rule(False)
    R.lr("Beleg 4-30117", "21.02.26 07:52")
    R.rule(False)
    for ln in lines:
        R.lr(f"{ln.qty} {ln.desc}", ch(ln.amount))
    R.rule(False)
    R.lr("Total Fr.", ch(total), "Courier-Bold", 10)
    R.gap(3)
    R.lr("Bar EUR", fmt(paid_eur))
    R.lr("Kurs EUR/CHF", f"{rate}")
    R.lr("Gegeben CHF", ch(paid_chf))
    R.lr("Rückgeld Fr.", ch(change), "Courier-Bold", 8)
    R.text("Rückgeld nur in Franken.", "Courier", 7)
    R.rule(False)
    R.lr("MWST 2.6% inkl.", ch(vat))
    R.lr("Netto", ch(net))
    R.rule(False)
    R.text("Merci & e schöne Tag!", "Courier", 7.5)
    doc = R.render(name)
    t = truth(
        "4-30117",
        "2026-02-21",
        None,
        vendor,
        net,
        vat,
        total,
        "CHF",
        "de-CH",
        "receipt",
        "receipt",
        lines,
        "'Fr.' for CHF; customer paid cash in EUR at a till rate, change given in CHF; reduced MWST 2.6 % included; two-digit year.",
        "pdf",
    )
    return doc.pdf(), "pdf", t, ("CH", "bakery receipt (CHF Fr., EUR cash)")


def r07(name, r, nr):
    """Turkey: shop receipt with a tax-free (VAT refund) form, ₺ and dot thousands."""
    R = Roll(80, "DV", 7.4)
    vendor = "Kapalıçarşı Deri Tekstil Ltd. Şti."
    lines = [
        Line("Deri ceket, kuzu nappa", 1, "18950.00"),
        Line("Deri kemer", 2, "1450.00"),
        Line("İpek eşarp", 3, "2290.00"),
    ]
    total = lines_sum(lines)
    vat = incl(total, 20)
    net = total - vat
    tl = lambda x: "₺" + fmt(x, 2, ".", ",")  # noqa: E731
    refund = q(vat * D("0.72"))
    R.text("KAPALIÇARŞI DERİ", "DVB", 13)
    R.text("Kapalıçarşı Deri Tekstil Ltd. Şti.", "DV", 6.8)
    R.text("Kalpakçılar Cad. No: 84, Fatih / İstanbul", "DV", 6.8)
    R.text("Beyoğlu V.D. 5820331497", "DV", 6.8)
    R.rule()
    R.lr("TARİH: 09.05.2026", "SAAT: 15:22")
    R.lr("FİŞ NO: 0348", "Z NO: 0127")
    R.rule()
    for ln in lines:
        if ln.qty > 1:
            R.text(f"{ln.qty} AD X {fmt(ln.unit, 2, '.', ',')}", "DV", 7, "l")
        R.lr(f"{ln.desc}  %20", tl(ln.amount))
    R.rule()
    R.lr("TOPKDV", tl(vat))
    R.lr("TOPLAM", tl(total), "DVB", 11)
    R.lr("KREDİ KARTI", tl(total))
    R.rule()
    R.text("TAX FREE SHOPPING", "DVB", 10)
    R.text("KDV İADE BELGESİ / VAT REFUND", "DV", 7)
    R.lr("Form no.", "TF-34-2026-118204")
    R.lr("Passport", "P***4417 (IRL)")
    R.lr("Purchase amount", tl(total))
    R.lr("VAT incl. 20%", tl(vat))
    R.lr("Refund after fees", tl(refund), "DVB", 8)
    R.text("Refund is paid at the airport after customs stamp.", "DV", 6.4)
    R.text("Goods must be exported within 3 months.", "DV", 6.4)
    R.qr(58, 107)
    R.text("MALİ FİŞ", "DVB", 8)
    doc = R.render(name)
    t = truth(
        "0348",
        "2026-05-09",
        None,
        vendor,
        net,
        vat,
        total,
        "TRY",
        "tr-TR",
        "receipt",
        "receipt",
        lines,
        "₺ with dot thousands and decimal comma; KDV included (TOPKDV); tax-free refund block with a refund amount that is not the total; receipt number is FİŞ NO (not Z NO or form no.).",
        "pdf",
    )
    return doc.pdf(), "pdf", t, ("TR", "tax-free shop receipt (TRY ₺)")


def r08(name, r, nr):
    """Bulgaria 2026: euro prices with the lev shown alongside (dual display), Cyrillic."""
    R = Roll(80, "DVM", 7.2)
    vendor = "Витоша Маркет ЕООД"
    fx = D("1.95583")
    lines = [
        Line("Хляб Добруджа 500г", 2, "1.29"),
        Line("Кисело мляко 2% 400г", 3, "0.89"),
        Line("Сирене краве 1кг", 1, "7.49"),
        Line("Домати розови кг", D("1.240"), "2.79"),
        Line("Минерална вода 1.5л", 6, "0.55"),
        Line("Кафе на зърна 500г", 1, "9.90"),
    ]
    total = lines_sum(lines)
    vat = incl(total, 20)
    net = total - vat
    eu = lambda x: fmt(x, 2, " ", ",")  # noqa: E731
    R.text("ВИТОША МАРКЕТ", "DVB", 13)
    R.text("Витоша Маркет ЕООД", "DVM", 6.8)
    R.text("гр. София, бул. „Витоша“ 112", "DVM", 6.8)
    R.text("ЕИК 204518732  ДДС № BG204518732", "DVM", 6.8)
    R.rule()
    R.lr("КАСОВА БЕЛЕЖКА № 0018842", "")
    R.lr("19.03.2026", "11:05:47")
    R.rule()
    for ln in lines:
        if ln.qty != 1:
            R.text(f"{qs(ln.qty)} x {eu(ln.unit)}", "DVM", 6.8, "l")
        R.lr(ln.desc, f"{eu(ln.amount)} Б")
    R.rule()
    R.lr("ОБЩА СУМА", f"{eu(total)} €", "DVMB", 10.5)
    R.lr("", f"{eu(q(total * fx))} лв.", "DVM", 8)
    R.lr("ДДС Б 20,00%", f"{eu(vat)} €")
    R.lr("В БРОЙ", f"{eu(D('50.00'))} €")
    R.lr("РЕСТО", f"{eu(D('50.00') - total)} €")
    R.rule()
    R.text("Фиксиран курс 1 € = 1,95583 лв.", "DVM", 6.8)
    R.text("Благодарим Ви!", "DVM", 7)
    R.text("ФИСКАЛЕН БОН  ZK 044871 · 40418832", "DVM", 6.4)
    doc = R.render(name)
    data, ext = as_image_pdf(
        doc.pdf(),
        nr,
        (doc.W, doc.H),
        name,
        dpi=220,
        grey=True,
        blur=0.6,
        skew=-0.8,
        noise=5,
        specks=30,
        fade=0.3,
    )
    t = truth(
        "0018842",
        "2026-03-19",
        None,
        vendor,
        net,
        vat,
        total,
        "EUR",
        "bg-BG",
        "receipt",
        "receipt",
        lines,
        "Bulgaria after the 2026 euro changeover: total in € with the lev equivalent (лв.) printed under it; Cyrillic labels; decimal comma; image-only PDF.",
        "scan",
    )
    return data, ext, t, ("BG", "grocery receipt (EUR + BGN)")


def r09(name, r, nr):
    """Romania: cafe fiscal receipt on a 58 mm roll, 'lei' after the amount, two TVA rates."""
    R = Roll(58, "DVM", 6.6, 2.5)
    vendor = "Cafeneaua Lipscani SRL"
    la = [
        Line("Flat white", 2, "17.50"),
        Line("Espresso dublu", 1, "13.00"),
        Line("Croissant unt", 2, "11.00"),
    ]
    lb = [Line("Limonadă 400ml", 1, "19.00")]
    ra, rb = D(11), D(21)
    ta, tb = lines_sum(la), lines_sum(lb)
    va, vb = incl(ta, ra), incl(tb, rb)
    total = ta + tb
    vat = va + vb
    net = total - vat
    ro = lambda x: fmt(x, 2, ".", ",")  # noqa: E731
    R.text("CAFENEAUA", "DVB", 11)
    R.text("LIPSCANI", "DVB", 11)
    R.text("Cafeneaua Lipscani SRL", "DVM", 6)
    R.text("Str. Lipscani 53, București S3", "DVM", 6)
    R.text("CIF: RO38451276", "DVM", 6)
    R.rule()
    for ln in la:
        R.text(f"{ln.qty},000 BUC x {ro(ln.unit)}", "DVM", 6.3, "l")
        R.lr(ln.desc, f"{ro(ln.amount)} B")
    for ln in lb:
        R.text(f"{ln.qty},000 BUC x {ro(ln.unit)}", "DVM", 6.3, "l")
        R.lr(ln.desc, f"{ro(ln.amount)} A")
    R.rule()
    R.lr("TOTAL", f"{ro(total)} lei", "DVMB", 8.5)
    R.lr("TOTAL TVA", ro(vat))
    R.lr("TVA A 21,00%", ro(vb))
    R.lr("TVA B 11,00%", ro(va))
    R.lr("CARD", ro(total))
    R.rule()
    R.lr("BF: 0231", "Z: 0412")
    R.lr("DATA: 14/04/2026", "ORA: 09:31")
    R.text("ID UNIC: 4100321887", "DVM", 6)
    R.text("BON FISCAL", "DVMB", 7)
    doc = R.render(name)
    t = truth(
        "0231",
        "2026-04-14",
        None,
        vendor,
        net,
        vat,
        total,
        "RON",
        "ro-RO",
        "receipt",
        "receipt",
        la + lb,
        "'lei' after the total only; two TVA rates (21 % A, 11 % B) included in prices; receipt number is BF (bon fiscal), next to a Z number; 58 mm roll.",
        "pdf",
    )
    return doc.pdf(), "pdf", t, ("RO", "cafe receipt (RON lei)")


def r10(name, r, nr):
    """Philippines: fast food sales invoice, ₱, VATable sales breakdown, cash and change."""
    R = Roll(76, "DVM", 7.2)
    vendor = "Bida Burger Express Inc."
    lines = [
        Line("Bida Cheeseburger Meal", 2, "189.00"),
        Line("Chicken Joy-ful 2pc", 1, "215.00"),
        Line("Peach Mango Pie", 3, "45.00"),
        Line("Large Iced Tea", 1, "75.00"),
        Line("Extra Rice", 2, "35.00"),
    ]
    total = lines_sum(lines)
    vat = incl(total, 12)
    net = total - vat
    p = lambda x: "₱" + fmt(x)  # noqa: E731
    cash = D("1000.00")
    R.text("BIDA BURGER", "DVB", 14)
    R.text("EXPRESS", "DVB", 9)
    R.text("Bida Burger Express Inc.", "DVM", 6.6)
    R.text("G/F Glorietta 3, Ayala Center, Makati City", "DVM", 6.6)
    R.text("VAT REG TIN: 009-234-567-00012", "DVM", 6.6)
    R.text("MIN: 24011512345678  SN: PSX8812A", "DVM", 6.6)
    R.rule()
    R.text("SALES INVOICE", "DVMB", 8)
    R.lr("SI No.: 00041277", "Dine-in #38")
    R.lr("05/24/2026", "12:08 PM")
    R.rule()
    for ln in lines:
        R.lr(f"{ln.qty} {ln.desc}", fmt(ln.amount))
    R.rule()
    R.lr("Total", p(total), "DVMB", 9.5)
    R.lr("Cash", p(cash))
    R.lr("Change", p(cash - total))
    R.rule()
    R.lr("VATable Sales", fmt(net))
    R.lr("VAT Amount (12%)", fmt(vat))
    R.lr("VAT-Exempt Sales", "0.00")
    R.lr("Zero-Rated Sales", "0.00")
    R.rule()
    R.text("Name: ______________________", "DVM", 6.6, "l")
    R.text("TIN:  ______________________", "DVM", 6.6, "l")
    R.text("THIS SERVES AS AN OFFICIAL RECEIPT", "DVM", 6.4)
    doc = R.render(name)
    data, ext = as_photo(doc.pdf(), nr, dpi=230, long_side=1800, bg="desk", quality=68)
    t = truth(
        "00041277",
        "2026-05-24",
        None,
        vendor,
        net,
        vat,
        total,
        "PHP",
        "en-PH",
        "receipt",
        "receipt",
        lines,
        "₱ on total/cash/change only; US-style date MM/DD/YYYY; VATable sales + 12 % VAT printed below the total; cash and change.",
        "photo",
    )
    return data, ext, t, ("PH", "fast-food receipt (PHP ₱)")


def r11(name, r, nr):
    """Vietnam: restaurant bill, dong with dot thousands and '₫' after, VAT 8 % added."""
    R = Roll(80, "DV", 7.4)
    vendor = "Nhà hàng Phở Hạnh"
    lines = [
        Line("Phở bò tái chín", 2, "75000", 0),
        Line("Bún chả Hà Nội", 1, "65000", 0),
        Line("Nem rán (5 cái)", 1, "55000", 0),
        Line("Trà đá", 3, "5000", 0),
        Line("Bia Hà Nội", 4, "25000", 0),
    ]
    net = lines_sum(lines)
    vat = q(net * D("0.08"), 0)
    total = net + vat
    v = lambda x: fmt(x, 0, ".")  # noqa: E731
    R.text("PHỞ HẠNH", "DVB", 15)
    R.text("Nhà hàng Phở Hạnh", "DV", 7)
    R.text("45 Hàng Bạc, Hoàn Kiếm, Hà Nội", "DV", 6.8)
    R.text("MST: 0108234567 · ĐT: 024 3926 1188", "DV", 6.8)
    R.rule()
    R.text("HÓA ĐƠN THANH TOÁN", "DVB", 9)
    R.lr("Số HĐ: HB-26-03318", "Bàn: 07")
    R.lr("Ngày: 28/02/2026", "Giờ: 19:12")
    R.rule()
    R.cols([("Món", 0, "l"), ("SL", 0.55, "r"), ("Đ.Giá", 0.76, "r"), ("T.Tiền", 1, "r")], "DVB")
    for ln in lines:
        R.cols(
            [
                (ln.desc, 0, "l"),
                (str(ln.qty), 0.55, "r"),
                (v(ln.unit), 0.76, "r"),
                (v(ln.amount), 1, "r"),
            ]
        )
    R.rule()
    R.lr("Cộng tiền hàng", v(net))
    R.lr("Thuế GTGT (8%)", v(vat))
    R.lr("TỔNG CỘNG", f"{v(total)} ₫", "DVB", 10.5)
    R.lr("Tiền khách đưa", v(D(500000)))
    R.lr("Tiền thừa", v(D(500000) - total))
    R.rule()
    R.text("Cảm ơn quý khách! Hẹn gặp lại", "DVO", 7)
    R.text("Wifi: PhoHanh2026", "DV", 6.8)
    doc = R.render(name)
    data, ext = as_scan(
        doc.pdf(),
        nr,
        dpi=220,
        grey=False,
        blur=0.6,
        skew=-1.8,
        noise=4,
        specks=25,
        fade=0.25,
        fmt_="jpg",
        quality=82,
        tone=(250, 247, 240),
    )
    t = truth(
        "HB-26-03318",
        "2026-02-28",
        None,
        vendor,
        net,
        vat,
        total,
        "VND",
        "vi-VN",
        "receipt",
        "receipt",
        lines,
        "Dong with dot thousands and no decimals ('613.440 ₫'); VAT 8 % added on top; only the total has '₫'; Vietnamese diacritics.",
        "scan",
        places=0,
    )
    return data, ext, t, ("VN", "restaurant bill (VND ₫)")


def r12(name, r, nr):
    """Malaysia: restaurant, RM, service charge 10 %, SST 6 %, rounding adjustment."""
    R = Roll(80, "Courier", 7.8)
    vendor = "Restoran Selera Kampung Sdn. Bhd."
    lines = [
        Line("Nasi Lemak Ayam Rendang", 2, "18.90"),
        Line("Char Kuey Teow", 1, "15.50"),
        Line("Roti Canai Telur", 3, "3.80"),
        Line("Teh Tarik", 3, "4.20"),
        Line("Air Bandung", 1, "5.30"),
    ]
    sub = lines_sum(lines)
    svc = q(sub * D("0.10"))
    net = sub + svc
    sst = q(net * D("0.06"))
    exact = net + sst
    total = q(exact * 20, 0) / 20
    total = q(total)
    ro = total - exact
    rm = lambda x: "RM " + fmt(x)  # noqa: E731
    R.text("SELERA KAMPUNG", "Helvetica-Bold", 14)
    R.text("Restoran Selera Kampung Sdn. Bhd.", "Courier", 6.8)
    R.text("(201801023456 / 1285541-T)", "Courier", 6.8)
    R.text("12, Jalan Telawi 3, Bangsar Baru", "Courier", 6.8)
    R.text("59100 Kuala Lumpur", "Courier", 6.8)
    R.text("SST No: W10-1808-32000123", "Courier", 6.8)
    R.rule()
    R.lr("Bill No: B2603-0492", "Tbl 14")
    R.lr("Date: 03-06-2026", "Time: 13:27")
    R.lr("Cashier: Aina", "Pax: 3")
    R.rule()
    for ln in lines:
        R.lr(f"{ln.qty} x {ln.desc}", fmt(ln.amount))
    R.rule()
    R.lr("Sub Total", fmt(sub))
    R.lr("Service Charge 10%", fmt(svc))
    R.lr("Service Tax 6%", fmt(sst))
    R.lr("Rounding Adj", fmt(ro))
    R.lr("TOTAL", rm(total), "Courier-Bold", 10.5)
    R.lr("Cash", rm(D("100.00")))
    R.lr("Change", rm(D("100.00") - total))
    R.rule()
    R.text("Terima kasih, sila datang lagi!", "Courier", 7)
    doc = R.render(name)
    t = truth(
        "B2603-0492",
        "2026-06-03",
        None,
        vendor,
        net,
        sst,
        total,
        "MYR",
        "ms-MY",
        "receipt",
        "receipt",
        lines,
        "RM with a 10 % service charge (keyed inside the net amount), 6 % service tax on top and a 5-sen rounding adjustment; DD-MM-YYYY.",
        "pdf",
        rounding=ro,
    )
    return doc.pdf(), "pdf", t, ("MY", "restaurant receipt (MYR RM)")


def r13(name, r, nr):
    """Peru: electronic boleta, S/ before the amount, IGV 18 % included."""
    R = Roll(80, "DVM", 7.3)
    vendor = "Pollería El Buen Sabor S.A.C."
    lines = [
        Line("1/4 Pollo a la brasa c/papas", 3, "24.90"),
        Line("Ensalada fresca", 1, "9.50"),
        Line("Chicha morada 1 L", 1, "14.00"),
        Line("Inca Kola 500 ml", 2, "5.50"),
    ]
    total = lines_sum(lines)
    vat = incl(total, 18)
    net = total - vat
    s = lambda x: "S/ " + fmt(x)  # noqa: E731
    R.text("EL BUEN SABOR", "DVB", 14)
    R.text("Pollería El Buen Sabor S.A.C.", "DVM", 6.8)
    R.text("RUC 20512345678", "DVMB", 7.2)
    R.text("Av. Angamos Oeste 1120, Miraflores - Lima", "DVM", 6.6)
    R.rule()
    R.text("BOLETA DE VENTA ELECTRÓNICA", "DVMB", 7.8)
    R.text("B001-00045218", "DVMB", 8.5)
    R.rule()
    R.lr("Fecha emisión:", "07/03/2026 13:54")
    R.lr("Cliente:", "CLIENTES VARIOS")
    R.lr("DNI:", "00000000")
    R.rule()
    R.cols([("Cant", 0, "l"), ("Descripción", 0.13, "l"), ("Total", 1, "r")], "DVMB")
    for ln in lines:
        R.cols([(str(ln.qty), 0.02, "l"), (ln.desc, 0.13, "l"), (fmt(ln.amount), 1, "r")])
    R.rule()
    R.lr("OP. GRAVADA", s(net))
    R.lr("I.G.V. 18%", s(vat))
    R.lr("IMPORTE TOTAL", s(total), "DVMB", 10)
    R.text(f"SON: {words_es(int(total))} CON {int(total % 1 * 100):02d}/100 SOLES", "DVM", 6.2, "l")
    R.lr("Efectivo", s(D("120.00")))
    R.lr("Vuelto", s(D("120.00") - total))
    R.qr(60, 113)
    R.text("Representación impresa de la Boleta", "DVM", 6.2)
    R.text("Electrónica. Consulte en www.sunat.gob.pe", "DVM", 6.2)
    doc = R.render(name)
    data, ext = as_scan(
        doc.pdf(), nr, dpi=200, grey=True, blur=0.8, skew=1.9, noise=6, specks=50, fade=0.3
    )
    t = truth(
        "B001-00045218",
        "2026-03-07",
        None,
        vendor,
        net,
        vat,
        total,
        "PEN",
        "es-PE",
        "receipt",
        "receipt",
        lines,
        "'S/' (sol) before amounts; IGV included, net printed as OP. GRAVADA; series-number B001-00045218; cash with change.",
        "scan",
    )
    return data, ext, t, ("PE", "boleta (PEN S/)")


def r14(name, r, nr):
    """Nigeria: supermarket, ₦ with commas, VAT 7.5 % on some items only."""
    R = Roll(80, "DVM", 7.2)
    vendor = "Lekki Fresh Mart Ltd"
    taxed = [
        Line("Peak Milk Powder 400g", 2, "4850.00"),
        Line("Indomie Chicken 40x70g", 1, "9600.00"),
        Line("Dettol Soap 4-pack", 1, "3200.00"),
        Line("Coca-Cola 50cl x12", 1, "6300.00"),
    ]
    exempt = [Line("Rice Mama Gold 5kg", 1, "11500.00"), Line("Tomatoes (basket)", 1, "7800.00")]
    tv = lines_sum(taxed)
    ev = lines_sum(exempt)
    vat = q(tv * D("0.075"))
    net = tv + ev
    total = net + vat
    n = lambda x: "₦" + fmt(x)  # noqa: E731
    R.text("LEKKI FRESH MART", "DVB", 13)
    R.text("Lekki Fresh Mart Ltd · RC 1456231", "DVM", 6.6)
    R.text("Plot 12 Admiralty Way, Lekki Phase 1, Lagos", "DVM", 6.6)
    R.text("TIN: 21785432-0001", "DVM", 6.6)
    R.rule()
    R.lr("Receipt #: LFM-02-118734", "")
    R.lr("15-01-2026", "18:42")
    R.lr("Till 02", "Cashier: Chiamaka")
    R.rule()
    for ln in taxed + exempt:
        R.text(ln.desc + (" *" if ln in taxed else ""), "DVM", 7.2, "l")
        R.lr(f"  {ln.qty} @ {fmt(ln.unit)}", fmt(ln.amount))
    R.rule()
    R.lr("Subtotal", n(net))
    R.lr("VAT 7.5% (* items)", n(vat))
    R.lr("TOTAL", n(total), "DVMB", 10.5)
    R.lr("POS - GTBank Mastercard", n(total))
    R.rule()
    R.text("VAT-exempt: basic food items", "DVM", 6.4)
    R.text("No refund on perishables. Thank you!", "DVM", 6.4)
    R.barcode(24, 114)
    doc = R.render(name)
    data, ext = as_photo(doc.pdf(), nr, dpi=230, long_side=2100, bg="wood", quality=72, fold=True)
    t = truth(
        "LFM-02-118734",
        "2026-01-15",
        None,
        vendor,
        net,
        vat,
        total,
        "NGN",
        "en-NG",
        "receipt",
        "receipt",
        taxed + exempt,
        "Naira '₦' with commas; VAT 7.5 % on starred items only (basic food exempt); net keyed as the printed subtotal.",
        "photo",
    )
    return data, ext, t, ("NG", "supermarket receipt (NGN ₦)")


def r15(name, r, nr):
    """Oman: pharmacy, rial with three decimals, VAT 5 % on non-medicine items only."""
    R = Roll(80, "DVC", 7.6)
    vendor = "Muscat Pearl Pharmacy LLC"
    zero = [
        Line("Panadol Extra 24 tab", 2, "1.450", 3),
        Line("Augmentin 625mg 14 tab", 1, "4.880", 3),
    ]
    std = [
        Line("Sunscreen SPF50 200ml", 1, "6.750", 3),
        Line("Vitamin C 1000mg 30 tab", 1, "3.900", 3),
        Line("Baby wipes 72 pcs", 3, "1.250", 3),
    ]
    zv, sv = lines_sum(zero), lines_sum(std)
    vat = q(sv * D("0.05"), 3)
    net = zv + sv
    total = net + vat
    o = lambda x: fmt(x, 3)  # noqa: E731
    R.text("MUSCAT PEARL", "DVCB", 14)
    R.text("PHARMACY", "DVC", 9)
    R.text("Muscat Pearl Pharmacy LLC", "DVC", 6.8)
    R.text("Way 3109, Al Qurum, Muscat, Sultanate of Oman", "DVC", 6.8)
    R.text("C.R. 1234567 · VATIN OM1100012345", "DVC", 6.8)
    R.rule()
    R.text("TAX INVOICE (SIMPLIFIED)", "DVCB", 8)
    R.lr("Inv: MPP-40-22817", "30/04/2026 21:16")
    R.rule()
    R.cols([("Item", 0, "l"), ("Qty", 0.58, "r"), ("VAT", 0.72, "r"), ("Amount", 1, "r")], "DVCB")
    for ln in zero + std:
        R.cols(
            [
                (ln.desc, 0, "l"),
                (str(ln.qty), 0.58, "r"),
                ("0%" if ln in zero else "5%", 0.72, "r"),
                (o(ln.amount), 1, "r"),
            ]
        )
    R.rule()
    R.lr("Total excl. VAT", o(net))
    R.lr("VAT 5%", o(vat))
    R.lr("Net payable R.O.", o(total), "DVCB", 10.5)
    R.lr("Cash", "R.O. 25.000")
    R.lr("Change", f"R.O. {o(D('25.000') - total)}")
    R.rule()
    R.text("Medicines are zero-rated. Get well soon!", "DVC", 6.8)
    R.qr(54, 115)
    doc = R.render(name)
    t = truth(
        "MPP-40-22817",
        "2026-04-30",
        None,
        vendor,
        net,
        vat,
        total,
        "OMR",
        "en-OM",
        "receipt",
        "receipt",
        zero + std,
        f"Omani rial with three decimals ('R.O. {o(total)}'); VAT 5 % on some lines only (medicines 0 %); cash and change.",
        "pdf",
        places=3,
    )
    return doc.pdf(), "pdf", t, ("OM", "pharmacy receipt (OMR, 3 decimals)")


def r16(name, r, nr):
    """Colombia: restaurant, pesos with '$' and dot thousands, INC 8 % included, voluntary tip."""
    R = Roll(80, "DV", 7.4)
    vendor = "Restaurante La Candelaria S.A.S."
    lines = [
        Line("Ajiaco santafereño", 2, "38000", 0),
        Line("Bandeja paisa", 1, "46000", 0),
        Line("Limonada de coco", 3, "12500", 0),
        Line("Postre de natas", 1, "14000", 0),
    ]
    consumo = lines_sum(lines)
    inc = incl(consumo, 8, 0)
    base = consumo - inc
    tip = q(base * D("0.10"), 0)
    total = consumo + tip
    c = lambda x: "$ " + fmt(x, 0, ".")  # noqa: E731
    R.text("La Candelaria", "DVSB", 15)
    R.text("RESTAURANTE · COCINA BOGOTANA", "DV", 6.8)
    R.text("Restaurante La Candelaria S.A.S.", "DV", 6.8)
    R.text("NIT 900.123.456-7", "DV", 6.8)
    R.text("Calle 11 # 2-45, La Candelaria, Bogotá D.C.", "DV", 6.8)
    R.rule()
    R.text("Documento equivalente POS No. LC-88104", "DVB", 7.4)
    R.lr("Fecha: 2026/06/06", "Hora: 14:05")
    R.lr("Mesa 9", "Mesero: Andrés")
    R.rule()
    for ln in lines:
        R.lr(f"{ln.qty} {ln.desc}", c(ln.amount))
    R.rule()
    R.lr("Base gravable", c(base))
    R.lr("Impoconsumo (INC) 8%", c(inc))
    R.lr("Total consumo", c(consumo), "DVB", 8.5)
    R.lr("Propina voluntaria (10%)", c(tip))
    R.lr("TOTAL A PAGAR", c(total), "DVB", 10.5)
    R.rule()
    R.lr("Tarjeta débito Bancolombia", c(total))
    R.text("La propina es voluntaria. Puede solicitar que", "DV", 6.4)
    R.text("sea retirada o modificada.", "DV", 6.4)
    R.text("Res. DIAN 18764052213561 del 2025/11/02", "DV", 6.2)
    doc = R.render(name)
    data, ext = as_photo(doc.pdf(), nr, dpi=230, long_side=1900, bg="stone", quality=66)
    t = truth(
        "LC-88104",
        "2026-06-06",
        None,
        vendor,
        base,
        inc,
        total,
        "COP",
        "es-CO",
        "receipt",
        "receipt",
        lines,
        "Colombian pesos with '$' and dot thousands, no decimals; INC 8 % included in prices; voluntary 10 % tip added after 'Total consumo' (TOTAL A PAGAR includes it).",
        "photo",
        places=0,
        tip=tip,
    )
    return data, ext, t, ("CO", "restaurant receipt (COP $, tip)")


DOCS = {}


def _reg():
    g = globals()
    for n in sorted(g):
        if len(n) == 3 and n[0] in "ir" and n[1:].isdigit():
            DOCS[n] = g[n]


def build(name):
    crc = zlib.crc32(name.encode())
    r = random.Random(crc)
    nr = np.random.default_rng(crc)
    return DOCS[name](name, r, nr)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    only = None
    if "--only" in argv:
        only = argv[argv.index("--only") + 1]
        args = [a for a in args if a != only]
    out = Path(args[0] if args else "bench/blindsets/blind-2026-13t")
    out.mkdir(parents=True, exist_ok=True)
    _reg()
    rows = []
    for name in DOCS:
        if only and name != only:
            continue
        data, ext, t, meta = build(name)
        (out / f"{name}.{ext}").write_bytes(data)
        (out / f"{name}.json").write_text(
            json.dumps(t, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        rows.append((name, ext, t, meta))
        print(name, ext, t["currency"], t["total"])
    if not only:
        (out / "README.md").write_text(readme(rows), encoding="utf-8")


def readme(rows):
    kinds = {}
    for _name, ext, t, _ in rows:
        k = (t["layout"], t["kind"], ext)
        kinds[k] = kinds.get(k, 0) + 1
    out = [
        "# Blind set 2026-13t: money in many currencies",
        "",
        "16 invoices (`i01`..`i16`) and 16 till receipts (`r01`..`r16`), one country each (16 countries per side).",
        "The hard part is the currency and the way amounts are written: shared symbols printed without a code",
        "(`$`, `kr`, `¥`, `R`), local symbols before or after the amount, zero- and three-decimal currencies,",
        "decimal comma / apostrophe / space thousands, documents that name the currency only once or not at all,",
        "foreign-currency invoices with VAT restated in the local currency, DCC card slips, duty-free and",
        "tax-free receipts, a cash payment in one currency with change in another, rounding and tip lines.",
        "",
        "Regenerate (byte-identical, every random choice seeded with the CRC-32 of the document name):",
        "",
        "    python -m bench.blindsets.blind_2026_13t [OUTDIR] [--only NAME]",
        "",
        "## How the set is drawn",
        "",
        "- Each document has its own drawing function (reportlab canvas, `invariant=1`) with its own layout, fonts",
        "  (DejaVu Sans / Serif / Mono / Condensed, Helvetica, Times, Courier), labels in the local language, logos drawn",
        "  as shapes or wordmarks, customer blocks, footers with bank / registration details, QR-ish boxes and barcodes.",
        "- Every text run is checked to stay on the page and to overlap no other run (`LayoutError` otherwise); every",
        "  string is checked against the font's glyph table, so currency symbols are only drawn with fonts that have them.",
        "- Receipts are till rolls (58, 76 or 80 mm wide) exactly as long as their content; invoices are A4 or Letter.",
        "- Kinds: `pdf` = born-digital PDF with a text layer; `scan` = rendered with pypdfium2 at 170-300 dpi, paper tone,",
        "  skew up to ±2°, blur, noise, specks, thermal fading on receipts, one downscaled to ~620 px (PNG / JPEG, or",
        "  embedded as the only content of an image-only PDF); `photo` = perspective onto a textured background, uneven",
        "  light, a soft shadow, a fold, JPEG quality 66-75, long side 1,800-2,300 px.",
        "",
        "## Truth conventions",
        "",
        "- `currency` is the ISO 4217 code of the currency the document's total is stated in: for the DCC slip (r04) the",
        "  merchant's local total (CZK), for invoices with a conversion box or column (i02, i03, i11) the invoice's own",
        "  currency, for the two-currency duty-free receipt (r05) the currency of the till's TOTAL line (QAR).",
        "  Converted equivalents (VAT in EUR, CHF columns, USD / EUR equivalents, the lev under the euro total in r08,",
        "  the DCC 'You paid' amount, the tax-free refund) are never keyed.",
        "- Amounts are strings with two decimals; zero-decimal currencies (JPY, HUF, ISK, KRW, VND, CLP, COP) are printed",
        "  without decimals and keyed with `.00`; three-decimal currencies (KWD, OMR) are keyed with three decimals.",
        "- `amount` = net before tax as printed; `vat` = the sum of all taxes printed (CGST + SGST in i08, two rates in",
        "  i05 / i12 / r09), `null` when no tax is printed (i07 Kuwait, r05 duty free), then amount = total. When prices",
        "  include tax the printed net is keyed (it always equals total - vat here).",
        "- Checked for every document: `amount + vat + tip + rounding == total`. Rounding lines: i08 (round off), i15",
        "  (öresavrundning), r12 (rounding adj). Tip: r16 (propina voluntaria, inside TOTAL A PAGAR).",
        "- A service charge (r12) is part of the net amount (it is a charge of the seller, taxed by SST), not a tip.",
        "- Credit note (i10): amounts are printed negative and keyed negative (line items too); `document_type`",
        "  `credit_note`, `layout` `invoice`; the referenced original invoice number is not keyed.",
        "- `vendor_name` is the seller's legal name as printed (with legal form), even where the logo shows a shorter brand.",
        "- `invoice_number`: the document's own number as printed (receipt / bill / fiscal receipt number; for r09 the",
        "  BF number, not the Z number; for r07 the FİŞ NO, not the Z NO or the tax-free form number).",
        "- `due_date` only where a due date is printed (no receipt has one). Dates keyed ISO `YYYY-MM-DD`.",
        "- `line_items`: quantity as a plain number string, unit price and amount keyed like the totals (fuel price per",
        "  litre in r03 keyed with two decimals, `312.90`). Deposits, payments and change are not line items.",
        "- `kind` is `pdf` / `scan` / `photo`; an image-only PDF is kind `scan` with extension `.pdf` (i08, i15, r08).",
        "",
        "## Mix",
        "",
        "| layout | kind | file | count |",
        "|---|---|---|---|",
    ]
    for (lay, kind, ext), n in sorted(kinds.items()):
        out.append(f"| {lay} | {kind} | .{ext} | {n} |")
    cur = sorted({t["currency"] for _, _, t, _ in rows})
    out += ["", f"Currencies keyed ({len(cur)}): " + ", ".join(cur) + ".", ""]
    out += [
        "## Documents",
        "",
        "| doc | kind | country | type | vendor | number | total | tricky |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, ext, t, (country, typ) in rows:
        out.append(
            f"| {name}.{ext} | {t['kind']} | {country} | {typ} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note'].replace('|', '/')} |"
        )
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main(sys.argv[1:])
