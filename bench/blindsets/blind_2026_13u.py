# ruff: noqa: E501
"""Blind set 2026-13u: how paper really reaches an expense inbox.

16 invoices (i01..i16) and 16 till receipts (r01..r16) drawn with reportlab and
then captured the way people capture them: fax, photocopies of photocopies,
dot-matrix printouts, carbon copies, folded scans, coffee rings, stamps, phone
screenshots and phone photos of thermal rolls (perspective, barrel distortion,
curl, shadow, low light, motion blur, fading, hands, neighbouring receipts).

Run from the repository root:
    python -m bench.blindsets.blind_2026_13u [OUTDIR] [--only NAME]
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
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEFAULT_OUT = Path("bench/blindsets/blind-2026-13u")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVO": "DejaVuSans-Oblique.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVMO": "DejaVuSansMono-Oblique.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVCO": "DejaVuSansCondensed-Oblique.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSCB": "DejaVuSerifCondensed-Bold.ttf",
    "DVSCI": "DejaVuSerifCondensed-Italic.ttf",
}
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, str(FONT_DIR / _f)))

C2 = Decimal("0.01")


class LayoutError(Exception):
    pass


def D(x) -> Decimal:
    return Decimal(str(x))


def q2(x) -> Decimal:
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def seed_of(name: str) -> int:
    return zlib.crc32(name.encode())


# ----------------------------------------------------------------- formatting
def fmt(v: Decimal, style: str = "en", dec: int = 2) -> str:
    v = D(v)
    neg = v < 0
    v = abs(v).quantize(Decimal(1) if dec == 0 else C2, rounding=ROUND_HALF_UP)
    s = f"{v:.{dec}f}"
    ip, _, fp = s.partition(".")
    if style == "in":
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join([*groups, tail]) if groups else tail
        sep_t, sep_d = None, "."
    else:
        sep_t, sep_d = {
            "en": (",", "."),
            "de": (".", ","),
            "fr": (" ", ","),
            "ch": ("'", "."),
            "sv": (" ", ","),
            "plain": ("", "."),
            "plainc": ("", ","),
        }[style]
    if sep_t is not None:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = sep_t.join(g)
    out = ip + (sep_d + fp if dec else "")
    return ("-" if neg else "") + out


MONTHS_EN = [
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
MONTHS_FR = [
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
MONTHS_IT = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]


def iso(y, m, d) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


# --------------------------------------------------------------- truth / math
def lines(items):
    """items: (desc, qty, unit[, amount override]) -> list of dicts with Decimal amounts."""
    out = []
    for it in items:
        desc, qty, unit = it[0], D(it[1]), D(it[2])
        amt = q2(it[3]) if len(it) > 3 else q2(qty * unit)
        out.append({"description": desc, "quantity": qty, "unit_price": unit, "amount": amt})
    return out


def _s(v) -> str | None:
    return None if v is None else f"{q2(v):.2f}"


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
    qdec=None,
):
    amount, total = q2(amount), q2(total)
    v = q2(vat) if vat is not None else Decimal(0)
    if amount + v + q2(tip) + q2(rounding) != total:
        raise AssertionError(f"arith {number}: {amount}+{v}+{tip}+{rounding} != {total}")
    li = []
    for it in items:
        q = it["quantity"]
        qs = str(q) if qdec is None else f"{q:.{qdec}f}"
        li.append(
            {
                "description": it["description"],
                "quantity": qs,
                "unit_price": f"{q2(it['unit_price']):.2f}"
                if abs(it["unit_price"].as_tuple().exponent) <= 2
                else str(it["unit_price"]),
                "amount": _s(it["amount"]),
            }
        )
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": _s(amount),
        "vat": _s(vat),
        "total": _s(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": li,
        "note": note,
        "kind": kind,
    }


# ------------------------------------------------------------------ drawing
class Doc:
    """A reportlab canvas that records every text run and refuses overlaps."""

    def __init__(self, name, size):
        self.name = name
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(name)
        self.W, self.H = size
        self.runs = []
        self.pages = 1

    def reg(self, x0, y0, x1, y1, s):
        if x0 < -0.01 or y0 < -0.01 or x1 > self.W + 0.01 or y1 > self.H + 0.01:
            raise LayoutError(
                f"{self.name} p{self.pages}: off page {s!r} ({x0:.1f},{y0:.1f},{x1:.1f},{y1:.1f})"
            )
        for a0, b0, a1, b1, t in self.runs:
            if min(x1, a1) - max(x0, a0) > 0.2 and min(y1, b1) - max(y0, b0) > 0.2:
                raise LayoutError(f"{self.name} p{self.pages}: {s!r} overlaps {t!r}")
        self.runs.append((x0, y0, x1, y1, s))

    def t(self, x, y, s, font="Helvetica", size=9, align="l", color=black):
        s = str(s)
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        self.c.setFillColor(color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColor(black)
        self.reg(x0, y - 0.22 * size, x0 + w, y + 0.78 * size, s)
        return w

    def para(self, x, y, text_lines, font="Helvetica", size=9, lead=None, align="l", color=black):
        lead = lead or size * 1.25
        for i, s in enumerate(text_lines):
            self.t(x, y - i * lead, s, font, size, align, color)
        return y - len(text_lines) * lead

    def rect(self, x, y, w, h, stroke=black, fill=None, lw=0.6, r=0):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(stroke if stroke is not None else black)
        if fill is not None:
            c.setFillColor(fill)
        if r:
            c.roundRect(
                x,
                y,
                w,
                h,
                r,
                stroke=1 if stroke is not None else 0,
                fill=1 if fill is not None else 0,
            )
        else:
            c.rect(
                x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0
            )
        c.setFillColor(black)
        c.setStrokeColor(black)

    def line(self, x0, y0, x1, y1, lw=0.6, color=black, dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        if dash:
            c.setDash(*dash)
        c.line(x0, y0, x1, y1)
        c.setDash()
        c.setStrokeColor(black)

    def new_page(self):
        self.c.showPage()
        self.runs = []
        self.pages += 1

    def stamp(
        self,
        x,
        y,
        text,
        color=(0.8, 0.1, 0.1),
        angle=14,
        size=26,
        sub=None,
        alpha=0.55,
        font="Helvetica-Bold",
    ):
        """A rubber stamp; deliberately allowed to overlap text (not registered)."""
        c = self.c
        c.saveState()
        c.translate(x, y)
        c.rotate(angle)
        col = Color(*color, alpha=alpha)
        c.setStrokeColor(col)
        c.setFillColor(col)
        w = pdfmetrics.stringWidth(text, font, size)
        h = size * 1.3 + (size * 0.55 if sub else 0)
        c.setLineWidth(2.2)
        c.roundRect(-w / 2 - 10, -h / 2 - 4, w + 20, h + 8, 6, stroke=1, fill=0)
        c.setLineWidth(0.9)
        c.roundRect(-w / 2 - 6, -h / 2, w + 12, h, 4, stroke=1, fill=0)
        c.setFont(font, size)
        c.drawCentredString(0, -h / 2 + (size * 0.55 if sub else 0) + size * 0.35, text)
        if sub:
            c.setFont("Helvetica-Bold", size * 0.38)
            c.drawCentredString(0, -h / 2 + size * 0.22, sub)
        c.restoreState()

    def qr(self, x, y, s, rng, n=25):
        c = self.c
        cell = s / n
        c.setFillColor(black)
        for i in range(n):
            for j in range(n):
                finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                if finder:
                    a, b = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                    on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
                else:
                    on = rng.random() < 0.47
                if on:
                    c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)

    def barcode(self, x, y, w, h, rng):
        c = self.c
        c.setFillColor(black)
        pos = x
        while pos < x + w - 3:
            bw = rng.choice([0.6, 0.6, 1.2, 1.8])
            c.rect(pos, y, bw, h, stroke=0, fill=1)
            pos += bw + rng.choice([0.6, 1.2, 1.8])

    def done(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


class Roll:
    """A till roll: lay content top-down, page height = content height."""

    def __init__(self, name, width_mm, margin_mm=3.5, font="DVM", size=8.0):
        self.name = name
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.y = 6 * mm
        self.ops = []
        self.font, self.size = font, size

    def gap(self, h=4):
        self.y += h

    def _line(self, size):
        self.y += size * 1.28

    def text(self, s, align="c", font=None, size=None, color=black):
        font, size = font or self.font, size or self.size
        self._line(size)
        x = {"l": self.m, "c": self.W / 2, "r": self.W - self.m}[align]
        self.ops.append(lambda d, y=self.y, x=x: d.t(x, d.H - y, s, font, size, align, color))

    def lr(self, left, right, font=None, size=None, rfont=None):
        font, size = font or self.font, size or self.size
        self._line(size)
        y = self.y
        self.ops.append(lambda d: d.t(self.m, d.H - y, left, font, size, "l"))
        self.ops.append(lambda d: d.t(self.W - self.m, d.H - y, right, rfont or font, size, "r"))

    def cols(self, parts, font=None, size=None):
        """parts: list of (x_frac, text, align)."""
        font, size = font or self.font, size or self.size
        self._line(size)
        y = self.y
        for xf, s, al in parts:
            x = self.m + xf * (self.W - 2 * self.m)
            self.ops.append(lambda d, x=x, s=s, al=al: d.t(x, d.H - y, s, font, size, al))

    def rule(self, kind="dash", lw=0.5):
        self.y += 3.2
        y = self.y
        if kind == "dash":
            self.ops.append(
                lambda d: d.line(self.m, d.H - y, self.W - self.m, d.H - y, lw, dash=(2, 1.5))
            )
        elif kind == "double":
            self.ops.append(
                lambda d: (
                    d.line(self.m, d.H - y, self.W - self.m, d.H - y, lw),
                    d.line(self.m, d.H - y - 1.6, self.W - self.m, d.H - y - 1.6, lw),
                )
            )
        else:
            self.ops.append(lambda d: d.line(self.m, d.H - y, self.W - self.m, d.H - y, lw))
        self.y += 1.5

    def draw(self, fn, h):
        """Custom drawing fn(d, top_y_pdf) occupying h points."""
        y = self.y
        self.ops.append(lambda d: fn(d, d.H - y))
        self.y += h

    def render(self, bottom_mm=8) -> bytes:
        H = self.y + bottom_mm * mm
        d = Doc(self.name, (self.W, H))
        for op in self.ops:
            op(d)
        return d.done()


# ----------------------------------------------------------------- dot matrix
_DOT_CACHE: dict = {}


def dm_text(d: Doc, x, y, s, pitch=7.2, dot=0.62, color=(0.12, 0.12, 0.14), bold=False):
    """Dot-matrix text: each glyph rasterised on a 7x9-ish grid and printed as dots."""
    from PIL import ImageDraw, ImageFont

    key = "font"
    if key not in _DOT_CACHE:
        _DOT_CACHE[key] = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), 11)
    font = _DOT_CACHE[key]
    c = d.c
    c.setFillColor(Color(*color))
    cw = pitch / 7.0
    for k, ch in enumerate(s):
        if ch == " ":
            continue
        if ch not in _DOT_CACHE:
            im = Image.new("L", (7, 12), 0)
            ImageDraw.Draw(im).text((0, -1), ch, fill=255, font=font)
            _DOT_CACHE[ch] = np.array(im) > 90
        bm = _DOT_CACHE[ch]
        for r in range(bm.shape[0]):
            for q in range(bm.shape[1]):
                if bm[r, q]:
                    cx = x + k * pitch + q * cw
                    cy = y + (9.5 - r) * cw
                    c.circle(cx, cy, dot * (1.2 if bold else 1), stroke=0, fill=1)
                    if bold:
                        c.circle(cx + cw * 0.5, cy, dot, stroke=0, fill=1)
    c.setFillColor(black)
    w = len(s) * pitch
    d.reg(x, y - 1.5 * cw, x + w, y + 9.5 * cw, s)
    return w


# ------------------------------------------------------------------ images
def render(pdf: bytes, dpi: float, page: int = 0, grey: bool = False) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    bm = doc[page].render(scale=dpi / 72.0, grayscale=grey)
    img = np.array(bm.to_pil().convert("RGB"))
    doc.close()
    return img


def n_pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    n = len(doc)
    doc.close()
    return n


def lowfreq(rng, h, w, cell=64):
    g = rng.standard_normal((h // cell + 3, w // cell + 3)).astype(np.float32)
    big = cv2.resize(
        g, ((w // cell + 3) * cell, (h // cell + 3) * cell), interpolation=cv2.INTER_CUBIC
    )
    return big[cell : cell + h, cell : cell + w]


def rotate(img, deg, fill=255):
    h, w = img.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    bv = (fill,) * 3 if img.ndim == 3 else fill
    return cv2.warpAffine(
        img, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bv
    )


def to_grey(img):
    return cv2.cvtColor(img, cv2.COLOR_RGB2GRAY) if img.ndim == 3 else img


def scan(img, rng, *, grey=True, blur=0.6, skew=0.0, noise=5.0, specks=40, paper=248, contrast=1.0):
    im = to_grey(img).astype(np.float32) if grey else img.astype(np.float32)
    im = 255 - (255 - im) * contrast
    im = im * (paper / 255.0)
    if blur:
        im = cv2.GaussianBlur(im, (0, 0), blur)
    im = im + rng.normal(0, noise, im.shape).astype(np.float32)
    h, w = im.shape[:2]
    for _ in range(specks):
        cv2.circle(
            im,
            (int(rng.integers(0, w)), int(rng.integers(0, h))),
            int(rng.integers(1, 3)),
            (60, 60, 60) if im.ndim == 3 else 60,
            -1,
        )
    im = np.clip(im, 0, 255).astype(np.uint8)
    if skew:
        im = rotate(im, skew, fill=paper)
    return im


def thermal_fade(img, rng, mode="band", strength=0.5, axis=0):
    """Fade the ink (not the paper): mode band / edge."""
    im = img.astype(np.float32)
    h, w = im.shape[:2]
    n = h if axis == 0 else w
    t = np.linspace(0, 1, n, dtype=np.float32)
    if mode == "band":
        c0 = rng.uniform(0.3, 0.7)
        f = 1 - strength * np.exp(-(((t - c0) / 0.09) ** 2))
    else:
        f = 1 - strength * np.clip((t - 0.55) / 0.45, 0, 1) ** 1.3
    f = f[:, None] if axis == 0 else f[None, :]
    if im.ndim == 3:
        f = f[..., None]
    paper = 250.0
    out = paper - (paper - im) * f
    return np.clip(out, 0, 255).astype(np.uint8)


def background(rng, h, w, style):
    lf = lowfreq(rng, h, w, 128)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if style == "wood":
        grain = np.sin(xx * 0.035 + lf * 3.0 + np.sin(yy * 0.004) * 2.0) * 0.5 + 0.5
        fine = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 1.2)
        base = np.array([128, 86, 52], np.float32)
        img = base[None, None, :] * (0.8 + 0.25 * grain[..., None] + 0.04 * fine[..., None])
    elif style == "desk":
        fine = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 0.8)
        base = np.array([196, 198, 192], np.float32)
        img = base[None, None, :] * (0.95 + 0.03 * lf[..., None] + 0.03 * fine[..., None])
    elif style == "dark":
        fine = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 1.0)
        base = np.array([52, 54, 60], np.float32)
        img = base[None, None, :] * (0.9 + 0.08 * lf[..., None] + 0.08 * fine[..., None])
    elif style == "cloth":
        weave = (np.sin(xx * 0.9) * np.sin(yy * 0.9)) * 0.5 + 0.5
        fine = rng.normal(0, 1, (h, w)).astype(np.float32)
        base = np.array([58, 74, 112], np.float32)
        img = base[None, None, :] * (
            0.85 + 0.12 * weave[..., None] + 0.05 * fine[..., None] + 0.04 * lf[..., None]
        )
    else:  # granite / stone counter
        fine = rng.normal(0, 1, (h, w)).astype(np.float32)
        sp = cv2.GaussianBlur(fine, (0, 0), 1.5)
        base = np.array([150, 146, 140], np.float32)
        img = base[None, None, :] * (0.9 + 0.12 * sp[..., None] + 0.05 * lf[..., None])
    return np.clip(img, 0, 255)


def crumple(paper, rng, amp=6.0, cell=90, shade=0.10):
    """Smooth warp field with a little crease shading."""
    h, w = paper.shape[:2]
    dx = lowfreq(rng, h, w, cell) * amp
    dy = lowfreq(rng, h, w, cell) * amp
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    out = cv2.remap(paper, xx + dx, yy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    gx = cv2.Sobel(dx, cv2.CV_32F, 1, 0, ksize=5) / 60.0
    light = 1.0 + shade * np.clip(gx, -1.5, 1.5)
    if out.ndim == 3:
        light = light[..., None]
    return np.clip(out.astype(np.float32) * light, 0, 255).astype(np.uint8)


def photo(  # noqa: C901
    paper,
    rng,
    *,
    long_side=2000,
    bg="wood",
    frac=0.84,
    tilt=0.06,
    rot=0.0,
    barrel=0.04,
    shadow=None,
    lowlight=False,
    motion=0,
    cut=None,
    hand=None,
    neighbour=None,
    light=0.25,
    quality=72,
    landscape=False,
    offset=(0.0, 0.0),
):
    """Place a paper image (RGB uint8) on a table as a phone camera would see it."""
    ph, pw = paper.shape[:2]
    ar = pw / ph
    if landscape:
        W, H = long_side, int(long_side * 0.75)
    else:
        H = long_side
        W = int(H * (0.75 if ar > 0.55 else 0.5625 if ar > 0.3 else 0.48))
        W = max(W, int(H * 0.45))
    tgt_h = H * frac
    if tgt_h * ar > W * 0.9:
        tgt_h = W * 0.9 / ar
    s = tgt_h / ph
    sm = cv2.resize(paper, (max(2, int(pw * s)), max(2, int(ph * s))), interpolation=cv2.INTER_AREA)
    sh, sw = sm.shape[:2]
    cx, cy = W / 2 + offset[0] * W, H / 2 + offset[1] * H
    if cut == "bottom":
        cy += sh * 0.075
    elif cut == "top":
        cy -= sh * 0.04
    t = tilt * sw
    src = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    dst = np.float32(
        [
            [cx - sw / 2 + t + rng.uniform(-4, 4), cy - sh / 2 + rng.uniform(-6, 6)],
            [cx + sw / 2 - t + rng.uniform(-4, 4), cy - sh / 2 + rng.uniform(-6, 6)],
            [cx + sw / 2 + t * 0.3 + rng.uniform(-4, 4), cy + sh / 2 + rng.uniform(-6, 6)],
            [cx - sw / 2 - t * 0.3 + rng.uniform(-4, 4), cy + sh / 2 + rng.uniform(-6, 6)],
        ]
    )
    if rot:
        R = cv2.getRotationMatrix2D((cx, cy), rot, 1.0)
        dst = (np.hstack([dst, np.ones((4, 1), np.float32)]) @ R.T).astype(np.float32)
    img = background(rng, H, W, bg)
    if neighbour is not None:
        nb, side = neighbour
        nh, nw = nb.shape[:2]
        ns = s * 1.0
        nsm = cv2.resize(nb, (int(nw * ns), int(nh * ns)), interpolation=cv2.INTER_AREA)
        nh, nw = nsm.shape[:2]
        ox = (W - nw * 0.38) if side == "right" else (-nw * 0.62)
        oy = H * 0.5 - nh / 2 + rng.uniform(-40, 40)
        nsrc = np.float32([[0, 0], [nw, 0], [nw, nh], [0, nh]])
        ndst = np.float32(
            [[ox + 8, oy], [ox + nw + 8, oy + 10], [ox + nw, oy + nh + 6], [ox, oy + nh]]
        )
        M2 = cv2.getPerspectiveTransform(nsrc, ndst)
        nwarp = cv2.warpPerspective(nsm, M2, (W, H), flags=cv2.INTER_LINEAR)
        nmask = cv2.warpPerspective(np.full((nh, nw), 255, np.uint8), M2, (W, H))
        a = (nmask.astype(np.float32) / 255.0)[..., None]
        img = img * (1 - a) + nwarp.astype(np.float32) * a
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(sm, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((sh, sw), 255, np.uint8), M, (W, H))
    # paper drop shadow
    sd = cv2.GaussianBlur(mask, (0, 0), 9).astype(np.float32) / 255.0
    sd = np.roll(np.roll(sd, 7, axis=0), 5, axis=1)
    img = img * (1 - 0.35 * sd[..., None])
    a = cv2.GaussianBlur(mask, (3, 3), 0).astype(np.float32)[..., None] / 255.0
    img = img * (1 - a) + warped.astype(np.float32) * a
    if hand is not None:
        img = draw_hand(img, dst, hand, rng)
    # uneven light
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    grad = ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy) * 2
    lightmap = 1.0 - light * 0.5 * (grad + 1) * 0.6 + 0.05 * lowfreq(rng, H, W, 256)
    img = img * lightmap[..., None]
    if shadow is not None:
        pts = (np.array(shadow, np.float32) * np.float32([W, H])).astype(np.int32)
        sm_ = np.zeros((H, W), np.uint8)
        cv2.fillPoly(sm_, [pts], 255)
        sm_ = cv2.GaussianBlur(sm_, (0, 0), 18).astype(np.float32) / 255.0
        img = img * (1 - 0.42 * sm_[..., None])
    if barrel:
        k = barrel
        xn, yn = (xx - W / 2) / (W / 2), (yy - H / 2) / (H / 2)
        r2 = xn * xn + yn * yn
        f = 1 + k * r2
        mx = (xn * f) * (W / 2) + W / 2
        my = (yn * f) * (H / 2) + H / 2
        zoom = 1 + k * 0.9
        mx = (mx - W / 2) / zoom + W / 2
        my = (my - H / 2) / zoom + H / 2
        img = cv2.remap(
            img.astype(np.float32),
            mx.astype(np.float32),
            my.astype(np.float32),
            cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_REFLECT,
        )
    if motion:
        k = np.zeros((motion * 2 + 1, motion * 2 + 1), np.float32)
        ang = rng.uniform(0, np.pi)
        for i in range(-motion, motion + 1):
            k[int(np.rint(motion + i * np.sin(ang))), int(np.rint(motion + i * np.cos(ang)))] = 1
        img = cv2.filter2D(img.astype(np.float32), -1, k / k.sum())
    else:
        img = cv2.GaussianBlur(img.astype(np.float32), (0, 0), 0.6)
    if lowlight:
        img = img * 0.58 + 6
        img = (
            img
            + rng.normal(0, 7.5, img.shape).astype(np.float32)
            + rng.normal(0, 4, (H, W, 1)).astype(np.float32)
        )
        img[..., 2] *= 0.92
    else:
        img = img + rng.normal(0, 2.5, img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    return jpeg(img, quality)


def draw_hand(img, dst, side, rng):
    """A thumb and palm holding the paper at one edge (mid height)."""
    H, W = img.shape[:2]
    tl, tr, br, bl = dst
    if side == "left":
        p = tl * 0.45 + bl * 0.55
        edge_dir = -1
    else:
        p = tr * 0.45 + br * 0.55
        edge_dir = 1
    sw = np.linalg.norm(tr - tl)
    skin = np.array([205, 150, 120], np.float32)
    layer = np.zeros((H, W), np.uint8)
    palm_c = (int(p[0] + edge_dir * sw * 0.32), int(p[1] + sw * 0.05))
    cv2.ellipse(layer, palm_c, (int(sw * 0.36), int(sw * 0.55)), 8, 0, 360, 255, -1)
    thumb_c = (int(p[0] + edge_dir * sw * 0.025), int(p[1] - sw * 0.06))
    cv2.ellipse(layer, thumb_c, (int(sw * 0.05), int(sw * 0.15)), 12 * edge_dir, 0, 360, 255, -1)
    a = cv2.GaussianBlur(layer, (0, 0), 3).astype(np.float32) / 255.0
    shade = 0.85 + 0.2 * cv2.GaussianBlur(lowfreq(rng, H, W, 64), (0, 0), 5)
    hand = skin[None, None, :] * shade[..., None]
    return img * (1 - a[..., None]) + hand * a[..., None]


def jpeg(img: np.ndarray, quality: int) -> bytes:
    b = io.BytesIO()
    Image.fromarray(img).save(b, format="JPEG", quality=quality, optimize=False)
    return b.getvalue()


def png(img: np.ndarray) -> bytes:
    b = io.BytesIO()
    Image.fromarray(img).save(b, format="PNG", optimize=False)
    return b.getvalue()


def image_pdf(imgs, dpi, name, quality=None) -> bytes:
    """Image-only PDF: each degraded page image is the only page content."""
    b = io.BytesIO()
    c = canvas.Canvas(b, invariant=1)
    c.setTitle(name)
    for im in imgs:
        h, w = im.shape[:2]
        W, H = w * 72.0 / dpi, h * 72.0 / dpi
        c.setPageSize((W, H))
        src = Image.fromarray(im) if quality is None else io.BytesIO(jpeg(im, quality))
        c.drawImage(ImageReader(src), 0, 0, W, H)
        c.showPage()
    c.save()
    return b.getvalue()


def fax(img, rng, header, dpi=200):
    """1-bit fax look: 200x100 dpi (rows halved then doubled), threshold, header line."""
    g = to_grey(img).astype(np.float32)
    g = rotate(g, rng.uniform(-0.6, 0.6), fill=255)
    h, w = g.shape
    half = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA)
    half = half + rng.normal(0, 14, half.shape)
    bw = np.where(half < 150, 0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(3, 7))):
        r = int(rng.integers(0, bw.shape[0]))
        bw[r, int(rng.integers(0, w // 2)) : int(rng.integers(w // 2, w))] = 255
    out = cv2.resize(bw, (w, (h // 2) * 2), interpolation=cv2.INTER_NEAREST)
    # fax header drawn as its own 1-bit strip (pushed above the page)
    from PIL import ImageDraw, ImageFont

    strip = Image.new("L", (w, int(dpi * 0.22)), 255)
    f = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), int(dpi * 0.085))
    ImageDraw.Draw(strip).text((int(dpi * 0.3), int(dpi * 0.05)), header, fill=0, font=f)
    s = np.array(strip)
    s = cv2.resize(
        cv2.resize(s, (w, s.shape[0] // 2), interpolation=cv2.INTER_AREA),
        (w, (s.shape[0] // 2) * 2),
        interpolation=cv2.INTER_NEAREST,
    )
    s = np.where(s < 150, 0, 255).astype(np.uint8)
    return np.vstack([s, out[: h - s.shape[0]]])


def photocopy(img, rng, rot=0.8, dark=0.35):
    g = to_grey(img).astype(np.float32)
    g = 255 - (255 - g) * 1.25
    g = np.clip(g, 0, 255)
    h, w = g.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ex = np.minimum(xx, w - xx) / (0.06 * w)
    ey = np.minimum(yy, h - yy) / (0.05 * h)
    edge = np.clip(np.minimum(ex, ey), 0, 1)
    g = g * (1 - dark * (1 - edge) ** 2)
    g = g + rng.normal(0, 9, g.shape) + 10 * lowfreq(rng, h, w, 96)
    sp = rng.random(g.shape) < 0.0025
    g[sp] = rng.uniform(40, 140, sp.sum())
    g = cv2.GaussianBlur(g.astype(np.float32), (0, 0), 0.7)
    g = rotate(np.clip(g, 0, 255).astype(np.uint8), rot, fill=40)
    return g


def folds(img, rng, n=2):
    """Letter folded in three: two horizontal creases with shading."""
    im = img.astype(np.float32)
    h, w = im.shape[:2]
    yy = np.arange(h, dtype=np.float32)[:, None]
    m = np.ones((h, w), np.float32)
    for k in range(1, n + 1):
        y0 = h * k / (n + 1) + rng.uniform(-8, 8)
        slope = rng.uniform(-0.004, 0.004)
        yl = y0 + slope * np.arange(w, dtype=np.float32)[None, :]
        dist = yy - yl
        m *= 1 - 0.28 * np.exp(-((dist / 2.2) ** 2))
        m *= 1 - 0.07 * np.exp(-((np.maximum(dist, 0) / 30) ** 2)) * (1 if k % 2 else -1)
    if im.ndim == 3:
        m = m[..., None]
    return np.clip(im * m, 0, 255).astype(np.uint8)


def coffee_ring(img, rng, cx, cy, r):
    im = img.astype(np.float32)
    h, w = im.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.sqrt((xx - cx) ** 2 + ((yy - cy) * 1.04) ** 2)
    wob = 1 + 0.03 * np.sin(np.arctan2(yy - cy, xx - cx) * 5 + rng.uniform(0, 6))
    ring = np.exp(-(((d - r * wob) / (r * 0.035)) ** 2))
    inner = (d < r * wob).astype(np.float32) * 0.12
    a = np.clip(ring * 0.55 + inner, 0, 0.6)
    stain = np.array([150, 100, 55], np.float32)
    return np.clip(im * (1 - a[..., None]) + stain * a[..., None] * (im / 255.0), 0, 255).astype(
        np.uint8
    )


def blue_carbon(img, rng):
    """Carbon copy look: ink -> blue-violet, soft edges, greyish paper."""
    g = to_grey(img).astype(np.float32) / 255.0
    g = cv2.GaussianBlur(g, (0, 0), 0.9)
    ink = 1 - g
    ink = ink * (0.75 + 0.25 * np.clip(lowfreq(rng, *g.shape, 48) * 0.5 + 0.5, 0, 1))
    paper = np.array([236, 232, 218], np.float32)
    col = np.array([40, 50, 140], np.float32)
    out = paper * (1 - ink[..., None]) + col * ink[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def table(
    d: Doc,
    x,
    y,
    cols,
    header,
    rows,
    font="Helvetica",
    size=9,
    hfont="Helvetica-Bold",
    lead=None,
    grid=False,
    hfill=None,
    hcolor=black,
    pad=3,
):
    """cols: [(width, align)]; returns y below the table."""
    lead = lead or size * 1.55
    tw = sum(w for w, _ in cols)

    def row(yy, cells, f, col=black):
        xx = x
        for (w, al), s in zip(cols, cells, strict=False):
            if s != "":
                px = xx + pad if al == "l" else (xx + w - pad if al == "r" else xx + w / 2)
                d.t(px, yy, s, f, size, al, col)
            xx += w

    if header:
        if hfill is not None:
            d.rect(x, y - lead * 0.3, tw, lead, stroke=None, fill=hfill)
        row(y, header, hfont, hcolor)
        y -= lead * 0.3
        d.line(x, y, x + tw, y, 0.8)
        y -= lead * 0.7
    top = y + lead * 0.7
    for cells in rows:
        row(y, cells, font)
        y -= lead
    if grid:
        xx = x
        for w, _ in cols[:-1]:
            xx += w
            d.line(xx, top + (lead * 0.3 if header else 0), xx, y + lead * 0.7, 0.4)
        d.rect(x, y + lead * 0.7, tw, top - y - lead * 0.7 + (lead if header else 0), lw=0.6)
    return y


def amt_rows(items, style, dec=2, qfmt=None):
    return [
        (
            it["description"],
            qfmt(it["quantity"]) if qfmt else str(it["quantity"]),
            fmt(it["unit_price"], style, dec),
            fmt(it["amount"], style, dec),
        )
        for it in items
    ]


def vat_of(net, rate):
    return q2(D(net) * D(rate) / 100)


def incl_vat(gross, rate):
    return q2(D(gross) * D(rate) / (100 + D(rate)))


# ===================================================================== invoices
def i01(name):
    """DE plumber invoice, sent by fax -> image-only PDF (1-bit, 200x100 dpi)."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "de"
    d.t(50, H - 70, "HAUSTECHNIK BRANDL", "Helvetica-Bold", 20)
    d.t(50, H - 86, "Sanitär · Heizung · Lüftung", "Helvetica", 10)
    d.line(50, H - 104, W - 50, H - 104, 1.5)
    d.para(
        W - 50,
        H - 50,
        [
            "Haustechnik Brandl GmbH",
            "Lindwurmstraße 114",
            "80337 München",
            "Tel. 089 452171-0",
            "Fax 089 452171-30",
        ],
        "Helvetica",
        8.5,
        align="r",
    )
    d.t(50, H - 128, "Haustechnik Brandl GmbH · Lindwurmstraße 114 · 80337 München", "Helvetica", 7)
    d.para(
        50,
        H - 148,
        [
            "Kanzlei Reuter & Partner mbB",
            "z. Hd. Frau Dr. Sommer",
            "Theresienstraße 27",
            "80333 München",
        ],
        "Helvetica",
        11,
    )
    ky = H - 150
    for lab, val in [
        ("Rechnungs-Nr.:", "RE-2026-0318"),
        ("Rechnungsdatum:", "09.03.2026"),
        ("Kunden-Nr.:", "10477"),
        ("Auftrag:", "Bad 2. OG, Leck Eckventil"),
        ("Leistungsdatum:", "05.03.2026"),
    ]:
        d.t(345, ky, lab, "Helvetica", 10)
        d.t(
            440,
            ky,
            val,
            "Helvetica-Bold" if "Nr.:" in lab and "Kunden" not in lab else "Helvetica",
            10,
        )
        ky -= 14
    d.t(50, H - 250, "RECHNUNG", "Helvetica-Bold", 16)
    items = lines(
        [
            ("Arbeitszeit Monteur (Std.)", "3.5", "68.00"),
            ("Anfahrtspauschale Stadtgebiet", "1", "45.00"),
            ('Eckventil 1/2" verchromt', "2", "14.90"),
            ("Röhrensiphon DN 32 komplett", "1", "32.40"),
            ("Kleinmaterial, Dichtmittel", "1", "8.75"),
        ]
    )
    net = sum(i["amount"] for i in items)
    vat = vat_of(net, 19)
    tot = net + vat
    rows = [
        (
            str(k + 1),
            it["description"],
            fmt(it["quantity"], st, 2 if it["quantity"] % 1 else 0),
            fmt(it["unit_price"], st),
            fmt(it["amount"], st),
        )
        for k, it in enumerate(items)
    ]
    y = table(
        d,
        50,
        H - 285,
        [(30, "l"), (250, "l"), (55, "r"), (80, "r"), (80, "r")],
        ("Pos.", "Bezeichnung", "Menge", "EP €", "Gesamt €"),
        rows,
        "Helvetica",
        10,
        lead=17,
    )
    d.line(330, y + 6, W - 50, y + 6, 0.8)
    y -= 10
    for lab, v, f in [
        ("Nettobetrag", net, "Helvetica"),
        ("zzgl. 19 % MwSt.", vat, "Helvetica"),
        ("Rechnungsbetrag", tot, "Helvetica-Bold"),
    ]:
        d.t(340, y, lab, f, 11)
        d.t(W - 53, y, fmt(v, st) + " €", f, 11, "r")
        y -= 17
    y -= 14
    d.para(
        50,
        y,
        [
            "Zahlbar ohne Abzug bis 23.03.2026.",
            "Bitte geben Sie bei Zahlung die Rechnungsnummer an.",
            "Leistung ausgeführt am 05.03.2026.",
        ],
        "Helvetica",
        10,
        lead=14,
    )
    d.line(50, 92, W - 50, 92, 0.5)
    d.para(
        50,
        80,
        [
            "Haustechnik Brandl GmbH",
            "Geschäftsführer: Josef Brandl",
            "Amtsgericht München HRB 178213",
        ],
        "Helvetica",
        7.5,
        lead=9.5,
    )
    d.para(
        230,
        80,
        ["Stadtsparkasse München", "IBAN DE27 7015 0000 0912 4471 30", "BIC SSKMDEMMXXX"],
        "Helvetica",
        7.5,
        lead=9.5,
    )
    d.para(
        420,
        80,
        ["USt-IdNr. DE281447903", "St.-Nr. 143/187/20554", "www.brandl-haustechnik.de"],
        "Helvetica",
        7.5,
        lead=9.5,
    )
    pdf = d.done()
    img = render(pdf, 200, grey=True)
    hdr = f"09.03.2026 16:{rng.randint(10, 59):02d}   FROM: HAUSTECHNIK BRANDL   +49 89 45217130        S. 01/01"
    img = fax(img, nrng, hdr)
    out = image_pdf([img], 200, name)
    t = truth(
        number="RE-2026-0318",
        date=iso(2026, 3, 9),
        due=iso(2026, 3, 23),
        vendor="Haustechnik Brandl GmbH",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="fax copy (1-bit, 200x100 dpi look) with fax header line carrying the send date; due date only in a sentence 'Zahlbar ohne Abzug bis'; image-only PDF",
        kind="scan",
    )
    return out, "pdf", t


def i02(name):
    """GB joinery invoice, photocopy of a photocopy (PNG)."""
    nrng = np.random.default_rng(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "en"
    d.c.setFillColor(Color(0.15, 0.15, 0.15))
    d.c.circle(78, H - 78, 26, stroke=0, fill=1)
    d.t(78, H - 86, "H&F", "Times-Bold", 20, "c", white)
    d.t(116, H - 72, "Harrow & Finch Joinery Ltd", "Times-Bold", 18)
    d.t(116, H - 88, "Bespoke kitchens · staircases · sash windows", "Times-Italic", 10)
    d.para(
        W - 50,
        H - 60,
        ["Unit 7, Canal Side Works", "Leyton Road", "Sheffield S4 7EQ", "0114 296 3310"],
        "Times-Roman",
        9.5,
        align="r",
    )
    d.t(50, H - 150, "INVOICE", "Times-Bold", 24)
    d.para(
        50,
        H - 180,
        ["Invoice to:", "Mr & Mrs D. Okafor", "41 Rutland Park", "Sheffield S10 2PD"],
        "Times-Roman",
        11,
        lead=14,
    )
    for k, (lab, val) in enumerate(
        [
            ("Invoice No.", "10482"),
            ("Date", "4 February 2026"),
            ("Payment due", "06/03/2026"),
            ("Your ref.", "Kitchen larder unit"),
        ]
    ):
        d.t(350, H - 180 - k * 15, lab, "Times-Bold", 11)
        d.t(440, H - 180 - k * 15, val, "Times-Roman", 11)
    items = lines(
        [
            ("Larder unit, oak-faced, 600 x 2100 mm, supplied & fitted", "1", "1450.00"),
            ("Solid oak worktop 40 mm, per metre", "2.4", "185.00"),
            ("Soft-close hinges (pair)", "6", "18.50"),
            ("Delivery and waste removal", "1", "65.00"),
        ]
    )
    net = sum(i["amount"] for i in items)
    vat = vat_of(net, 20)
    tot = net + vat
    rows = [
        (
            it["description"],
            fmt(it["quantity"], st, 1 if it["quantity"] % 1 else 0),
            fmt(it["unit_price"], st),
            fmt(it["amount"], st),
        )
        for it in items
    ]
    y = table(
        d,
        50,
        H - 270,
        [(300, "l"), (50, "r"), (72, "r"), (73, "r")],
        ("Description", "Qty", "Unit £", "Amount £"),
        rows,
        "Times-Roman",
        10.5,
        "Times-Bold",
        lead=19,
        grid=True,
    )
    y -= 14
    for lab, v, f in [
        ("Subtotal", net, "Times-Roman"),
        ("VAT @ 20%", vat, "Times-Roman"),
        ("TOTAL DUE", tot, "Times-Bold"),
    ]:
        d.t(360, y, lab, f, 12)
        d.t(W - 53, y, "£" + fmt(v, st), f, 12, "r")
        y -= 18
    d.rect(355, y + 12, W - 50 - 355, 20, lw=1)
    y -= 30
    d.para(
        50,
        y,
        [
            "Payment by bank transfer please, quoting the invoice number.",
            "Account name: Harrow & Finch Joinery Ltd",
            "Sort code 40-11-62   Account no. 71852093",
            "Thank you for your business.",
        ],
        "Times-Roman",
        10.5,
        lead=14,
    )
    d.line(50, 70, W - 50, 70, 0.5)
    d.t(
        W / 2,
        56,
        "Registered in England & Wales No. 08841527 · VAT Reg. No. GB 284 5531 72",
        "Times-Roman",
        8.5,
        "c",
    )
    pdf = d.done()
    img = render(pdf, 200, grey=True)
    img = photocopy(img, nrng, rot=0.7, dark=0.3)
    img = photocopy(img, nrng, rot=-1.1, dark=0.35)
    img = scan(img, nrng, grey=True, blur=0.5, skew=0, noise=4, specks=120, paper=250)
    t = truth(
        number="10482",
        date=iso(2026, 2, 4),
        due=iso(2026, 3, 6),
        vendor="Harrow & Finch Joinery Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="photocopy of a photocopy: grey speckle, darkened edges, two small rotations; quantity 2.4 m; dates in two different formats",
        kind="scan",
    )
    return png(img), "png", t


def i03(name):
    """US auto parts invoice on continuous form, dot-matrix -> image-only PDF."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    d = Doc(name, letter)
    W, H = letter
    # tractor holes and green bars
    for k in range(int(H / 36) + 1):
        for xh in (18, W - 18):
            d.c.setStrokeColor(Color(0.6, 0.6, 0.6))
            d.c.circle(xh, H - 18 - k * 36, 5.5, stroke=1, fill=0)
    d.c.setFillColor(Color(0.86, 0.94, 0.87))
    for k in range(22):
        yb = H - 250 - k * 36
        if yb > 40:
            d.c.rect(40, yb, W - 80, 18, stroke=0, fill=1)
    d.line(40, 0, 40, H, 0.4, Color(0.6, 0.6, 0.6), dash=(3, 3))
    d.line(W - 40, 0, W - 40, H, 0.4, Color(0.6, 0.6, 0.6), dash=(3, 3))
    # pre-printed form header (offset printed, green)
    g = Color(0.1, 0.4, 0.2)
    d.t(56, H - 60, "KEYSTONE AUTO PARTS SUPPLY, INC.", "Helvetica-Bold", 13, color=g)
    d.para(
        56,
        H - 74,
        ["2250 Paxton Street · Harrisburg, PA 17111", "Phone (717) 555-0148 · Fax (717) 555-0149"],
        "Helvetica",
        8,
        lead=10,
        color=g,
    )
    d.t(W - 56, H - 60, "INVOICE", "Helvetica-Bold", 16, "r", color=g)
    x0 = 56
    p = 7.2
    items = lines(
        [
            ("BRAKE PAD SET FRT CERAMIC  BP-1187", "4", "38.95"),
            ("ROTOR FRT VENTED  RT-55102", "2", "64.20"),
            ("OIL FILTER  PH-3614", "12", "4.85"),
            ("SYN OIL 5W30 5QT JUG", "6", "27.49"),
            ("WIPER BLADE 22IN  WB-22", "10", "7.15"),
            ("CORE CHARGE RETURN CREDIT", "1", "-25.00"),
        ]
    )
    net = sum(i["amount"] for i in items)
    tax = vat_of(net, 6)
    tot = net + tax
    L = []
    L.append(("", H - 120, "SOLD TO: BRIGHTWATER FLEET SERVICE LLC       INVOICE NO:  0087731"))
    L.append(("", H - 133, "         418 INDUSTRIAL PARK RD              INV DATE:    02/17/26"))
    L.append(("", H - 146, "         MECHANICSBURG PA 17050              DUE DATE:    03/19/26"))
    L.append(("", H - 159, "ACCT: 30-4471   PO: BF-2291   SLSMN: 07     TERMS:       NET 30"))
    L.append(("", H - 185, "QTY  DESCRIPTION                          UNIT PRICE     AMOUNT"))
    L.append(("", H - 199, "---- ------------------------------------ ---------- ----------"))
    y = H - 216
    for it in items:
        s = f"{int(it['quantity']):>4} {it['description']:<36} {fmt(it['unit_price'], 'en'):>10} {fmt(it['amount'], 'en'):>10}"
        L.append(("", y, s))
        y -= 18
    y -= 6
    L.append(("", y, " " * 42 + "SUBTOTAL  " + f"{fmt(net, 'en'):>10}"))
    L.append(("", y - 16, " " * 34 + "PA SALES TAX 6%  " + f"{fmt(tax, 'en'):>11}"))
    L.append(("", y - 32, " " * 38 + "TOTAL DUE USD  " + f"{fmt(tot, 'en'):>9}"))
    L.append(("", y - 64, "REMIT TO: KEYSTONE AUTO PARTS SUPPLY, INC. - PO BOX 6120"))
    L.append(("", y - 80, "          HARRISBURG PA 17106.  1.5% PER MONTH ON PAST DUE."))
    L.append(("", y - 96, "CORES MUST BE RETURNED WITHIN 30 DAYS FOR CREDIT."))
    for _, yy, s in L:
        dm_text(d, x0 + rng.uniform(-0.4, 0.4), yy, s, p, dot=0.6, bold="TOTAL DUE" in s)
    pdf = d.done()
    img = render(pdf, 240, grey=True)
    img = scan(img, nrng, grey=True, blur=0.7, skew=0.9, noise=5, specks=60, paper=246)
    out = image_pdf([img], 240, name, quality=80)
    t = truth(
        number="0087731",
        date=iso(2026, 2, 17),
        due=iso(2026, 3, 19),
        vendor="Keystone Auto Parts Supply, Inc.",
        amount=net,
        vat=tax,
        total=tot,
        currency="USD",
        locale="en-US",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="dot-matrix print (characters made of dots) on green-bar continuous form with tractor holes; MM/DD/YY two-digit years; core-charge credit line is negative; image-only PDF",
        kind="scan",
    )
    return out, "pdf", t


def i04(name):
    """IN duplicate-book GST invoice, carbon copy, handwritten entries, photographed."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    A5 = (148 * mm, 210 * mm)
    d = Doc(name, A5)
    W, H = A5
    red = Color(0.55, 0.08, 0.12)
    d.t(W / 2, H - 30, "TAX INVOICE", "Helvetica-Bold", 9, "c", red)
    d.t(W / 2, H - 52, "SHREE GANESH ELECTRICALS", "Times-Bold", 17, "c", red)
    d.t(
        W / 2,
        H - 65,
        "Dealers in: Switchgear, Wires, Cables, Lighting & Fans",
        "Times-Italic",
        8,
        "c",
        red,
    )
    d.t(
        W / 2,
        H - 76,
        "Shop No. 4, Laxmi Road, Near Mandai, Pune - 411030  ·  Ph. 020-2445 1187",
        "Helvetica",
        7,
        "c",
        red,
    )
    d.t(
        W / 2,
        H - 87,
        "GSTIN: 27AAKFS4471M1Z3      State: Maharashtra (27)",
        "Helvetica-Bold",
        7.5,
        "c",
        red,
    )
    d.line(20, H - 94, W - 20, H - 94, 1, red)
    d.t(24, H - 110, "No.", "Helvetica-Bold", 10, color=red)
    d.t(46, H - 111, "0457", "Courier-Bold", 14, color=Color(0.75, 0.1, 0.1))
    d.t(W - 120, H - 110, "Date", "Helvetica-Bold", 10, color=red)
    d.line(W - 94, H - 112, W - 24, H - 112, 0.5, red, dash=(1, 1.5))
    d.t(24, H - 132, "M/s.", "Helvetica", 9, color=red)
    d.line(50, H - 134, W - 24, H - 134, 0.5, red, dash=(1, 1.5))
    d.line(24, H - 152, W - 24, H - 152, 0.5, red, dash=(1, 1.5))
    d.t(24, H - 168, "Buyer GSTIN", "Helvetica", 8, color=red)
    d.line(80, H - 170, W - 24, H - 170, 0.5, red, dash=(1, 1.5))
    cols = [(22, "c"), (150, "l"), (34, "c"), (44, "r"), (W - 40 - 250, "r")]
    ty = H - 190
    d.rect(20, ty - 232, W - 40, 246, red, lw=0.8)
    xx = 20
    for (w, _), h in zip(cols, ["Sr.", "Particulars", "Qty", "Rate", "Amount Rs."], strict=False):
        d.t(xx + w / 2, ty, h, "Helvetica-Bold", 8, "c", red)
        xx += w
        if xx < W - 30:
            d.line(xx, ty + 14, xx, ty - 232 + 66, 0.6, red)
    d.line(20, ty - 5, W - 20, ty - 5, 0.8, red)
    d.line(20, ty - 232 + 66, W - 20, ty - 232 + 66, 0.8, red)
    labs = ["Taxable Value", "CGST @ 9%", "SGST @ 9%", "Round Off", "GRAND TOTAL"]
    for k, lab in enumerate(labs):
        d.t(
            W - 100,
            ty - 232 + 54 - k * 12.5,
            lab,
            "Helvetica-Bold" if k == 4 else "Helvetica",
            7.5,
            "r",
            red,
        )
    d.t(24, 36, "E. & O.E.   Goods once sold will not be taken back.", "Helvetica", 6.5, color=red)
    d.t(W - 24, 36, "For SHREE GANESH ELECTRICALS", "Helvetica-Bold", 6.5, "r", red)
    d.t(W - 24, 14, "Authorised Signatory", "Helvetica", 6.5, "r", red)
    # handwritten (carbon) entries
    hw = "DVSI"
    items = lines(
        [
            ("Havells MCB 32A DP", "4", "585"),
            ("Finolex wire 2.5 sq mm (90 m)", "2", "2150"),
            ("Anchor Roma switch 16A", "12", "68"),
        ]
    )
    net = sum(i["amount"] for i in items)
    cg = vat_of(net, 9)
    sg = vat_of(net, 9)
    raw = net + cg + sg
    gt = raw.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    ro = gt - raw
    d.t(W - 90, H - 109, "14/2/26", hw, 12)
    d.t(56, H - 130, "Deshmukh Builders & Developers", hw, 11.5)
    d.t(56, H - 149, "Kothrud, Pune", hw, 11.5)
    d.t(86, H - 167, "27AAGFD2210K1ZP", hw, 10.5)
    y = ty - 24
    for k, it in enumerate(items):
        d.t(31, y, str(k + 1), hw, 10.5, "c")
        d.t(45, y, it["description"], hw, 9.5)
        d.t(209, y, str(it["quantity"]), hw, 10.5, "c")
        d.t(270, y, fmt(it["unit_price"], "plain", 0), hw, 10.5, "r")
        d.t(W - 24, y, fmt(it["amount"], "in"), hw, 10.5, "r")
        y -= 24
    for k, v in enumerate([net, cg, sg, ro, gt]):
        d.t(
            W - 24,
            ty - 232 + 54 - k * 12.5,
            ("- " + fmt(-v, "in")) if v < 0 else fmt(v, "in"),
            hw,
            10 if k < 4 else 11,
            "r",
        )
    d.t(W - 60, 24, "R. Joshi", hw, 11, "c")
    pdf = d.done()
    img = render(pdf, 220)
    f = img.astype(np.float32)
    sat = f.max(axis=2) - f.min(axis=2)
    dark = 255 - f.mean(axis=2)
    carbon = np.clip((dark - sat * 1.5) / 255.0, 0, 1)
    carbon = cv2.GaussianBlur(carbon, (0, 0), 1.0) * (
        0.8 + 0.2 * np.clip(lowfreq(nrng, *carbon.shape, 40), -1, 1)
    )
    form = np.clip(f + (255 - f.max(axis=2, keepdims=True)) * 0, 0, 255)
    form[carbon > 0.05] = 255
    form = np.where((sat[..., None] > 30) | (dark[..., None] < 30), f, 255)
    paper = np.array([242, 236, 222], np.float32)
    base = form / 255.0 * paper
    ink = np.array([52, 58, 150], np.float32)
    out = base * (1 - carbon[..., None]) + ink * carbon[..., None]
    out = crumple(np.clip(out, 0, 255).astype(np.uint8), nrng, amp=3, cell=160, shade=0.06)
    jp = photo(
        out,
        nrng,
        long_side=2100,
        bg="desk",
        frac=0.86,
        tilt=0.04,
        rot=rng.uniform(-3, 3),
        barrel=0.03,
        shadow=None,
        light=0.3,
        quality=74,
    )
    t = truth(
        number="0457",
        date=iso(2026, 2, 14),
        due=None,
        vendor="Shree Ganesh Electricals",
        amount=net,
        vat=cg + sg,
        total=gt,
        rounding=ro,
        currency="INR",
        locale="en-IN",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="carbon copy from a duplicate book: printed maroon form, handwritten (slanted) blue carbon entries, date written 14/2/26; CGST+SGST summed as vat; round off -0.08 keyed as rounding; printed red serial number is the invoice number",
        kind="photo",
    )
    return jp, "jpg", t


def i05(name):
    """FR joinery invoice with a deposit, printed, folded in three and scanned -> image-only PDF."""
    nrng = np.random.default_rng(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "fr"
    blue = Color(0.1, 0.25, 0.45)
    d.rect(0, H - 12, W, 12, stroke=None, fill=blue)
    d.t(45, H - 60, "Menuiserie Aubert", "DVSB", 22, color=blue)
    d.t(45, H - 76, "SARL au capital de 15 000 € · Menuiserie bois & alu", "DVS", 8.5)
    d.para(
        45,
        H - 96,
        ["14 rue des Tanneurs", "69007 Lyon", "04 78 61 22 90 · contact@menuiserie-aubert.fr"],
        "DVS",
        8.5,
        lead=11,
    )
    d.rect(320, H - 200, 230, 80, lw=0.6)
    d.para(
        330,
        H - 136,
        ["SCI Les Terrasses du Parc", "M. Laurent Vidal", "3 allée des Cèdres", "69130 Écully"],
        "DVS",
        10,
        lead=13,
    )
    d.t(45, H - 170, "FACTURE", "DVSB", 18, color=blue)
    for k, (lab, val) in enumerate(
        [
            ("Facture n° :", "FA-2026-0142"),
            ("Date :", "20/01/2026"),
            ("Échéance :", "19/02/2026"),
            ("Client n° :", "C0389"),
        ]
    ):
        d.t(45, H - 192 - k * 13, lab, "DVS", 9.5)
        d.t(125, H - 192 - k * 13, val, "DVSB" if k < 3 else "DVS", 9.5)
    d.t(
        45,
        H - 262,
        "Objet : remplacement de deux fenêtres et d'une porte-fenêtre, bât. B, 2e étage",
        "DVS",
        9.5,
    )
    items = lines(
        [
            ("Fenêtre bois 2 vantaux 1200 x 1350, double vitrage", "2", "1185.00"),
            ("Porte-fenêtre bois 1 vantail 800 x 2150", "1", "1640.00"),
            ("Dépose et évacuation des anciennes menuiseries", "3", "95.00"),
            ("Pose, calfeutrement et finitions", "1", "620.00"),
        ]
    )
    net = sum(i["amount"] for i in items)
    vat = vat_of(net, 20)
    tot = net + vat
    dep = Decimal("1500.00")
    rows = [
        (
            it["description"],
            fmt(it["quantity"], st, 0),
            fmt(it["unit_price"], st),
            fmt(it["amount"], st),
        )
        for it in items
    ]
    y = table(
        d,
        45,
        H - 295,
        [(290, "l"), (40, "r"), (85, "r"), (90, "r")],
        ("Désignation", "Qté", "P.U. HT", "Montant HT"),
        rows,
        "DVS",
        9,
        "DVSB",
        lead=20,
        grid=True,
        hfill=Color(0.88, 0.91, 0.95),
    )
    y -= 20
    d.rect(330, y - 88, 220, 104, lw=0.6)
    for lab, v, fo in [
        ("Total HT", net, "DVS"),
        ("TVA 20 %", vat, "DVS"),
        ("Total TTC", tot, "DVSB"),
        ("Acompte versé le 05/12/2025", -dep, "DVS"),
        ("Net à payer", tot - dep, "DVSB"),
    ]:
        d.t(338, y, lab, fo, 9.5)
        d.t(544, y, fmt(v, st) + " €", fo, 9.5, "r")
        y -= 20
    d.para(
        45,
        y + 60,
        [
            "Conditions de règlement : virement à 30 jours.",
            "Pas d'escompte pour paiement anticipé.",
            "Pénalités de retard : 3 fois le taux d'intérêt légal.",
            "Indemnité forfaitaire pour frais de recouvrement : 40 €.",
        ],
        "DVS",
        8,
        lead=11,
    )
    d.line(45, 78, W - 45, 78, 0.4)
    d.t(
        W / 2,
        64,
        "Menuiserie Aubert SARL · SIRET 812 445 930 00027 · RCS Lyon · APE 1623Z · TVA intracom. FR47 812445930",
        "DVS",
        7,
        "c",
    )
    d.t(
        W / 2,
        53,
        "IBAN FR76 1027 8073 0000 0204 7710 184 · BIC CMCIFR2A · Crédit Mutuel Lyon Part-Dieu",
        "DVS",
        7,
        "c",
    )
    pdf = d.done()
    img = render(pdf, 200, grey=False)
    img = folds(img, nrng, 2)
    img = scan(img, nrng, grey=False, blur=0.6, skew=-0.8, noise=4, specks=30, paper=245)
    out = image_pdf([img], 200, name, quality=82)
    t = truth(
        number="FA-2026-0142",
        date=iso(2026, 1, 20),
        due=iso(2026, 2, 19),
        vendor="Menuiserie Aubert SARL",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="folded in three then scanned (two crease lines); a deposit already paid gives 'Net à payer' 4 398,00 below 'Total TTC' 5 898,00: total keyed is Total TTC (deposit is a payment, not a discount); seller's legal form only in footer; image-only PDF",
        kind="scan",
    )
    return out, "pdf", t


def i06(name):
    """NL print-shop invoice, born-digital PDF with a BETAALD stamp over the total."""
    rng = random.Random(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "de"
    org = Color(0.9, 0.42, 0.1)
    d.rect(45, H - 95, 46, 46, stroke=None, fill=org)
    d.rect(58, H - 82, 46, 46, stroke=None, fill=Color(0.2, 0.2, 0.25))
    d.t(118, H - 70, "drukkerij van leeuwen", "Helvetica-Bold", 19)
    d.t(118, H - 86, "offset · digitaal · grootformaat", "Helvetica", 9, color=org)
    d.para(
        W - 45,
        H - 55,
        [
            "Drukkerij Van Leeuwen B.V.",
            "Nijverheidsweg 31",
            "3534 AM Utrecht",
            "030 244 81 90",
            "info@drukkerijvanleeuwen.nl",
        ],
        "Helvetica",
        8,
        lead=10,
        align="r",
    )
    d.para(
        45,
        H - 150,
        ["Stichting Buurtcentrum Oost", "t.a.v. administratie", "Ravellaan 12", "3533 JH Utrecht"],
        "Helvetica",
        10,
        lead=13,
    )
    d.t(45, H - 230, "Factuur", "Helvetica-Bold", 20)
    for k, (lab, val) in enumerate(
        [
            ("Factuurnummer", "2026-00417"),
            ("Factuurdatum", "05-02-2026"),
            ("Vervaldatum", "05-03-2026"),
            ("Klantnummer", "D-1182"),
            ("Uw referentie", "Voorjaarsflyer"),
        ]
    ):
        d.t(340, H - 150 - k * 14, lab, "Helvetica", 9)
        d.t(W - 45, H - 150 - k * 14, val, "Helvetica", 9, "r")
    items = lines(
        [
            ("Flyers A5, 4/4, 170 g mc, oplage 2500", "1", "389.00"),
            ("Posters A2, 4/0, 135 g, oplage 60", "1", "214.50"),
            ("Ontwerpcorrectie (uur)", "1.5", "62.00"),
            ("Bezorging Utrecht e.o.", "1", "24.95"),
        ]
    )
    net = sum(i["amount"] for i in items)
    vat = vat_of(net, 21)
    tot = net + vat
    rows = [
        (
            it["description"],
            fmt(it["quantity"], st, 1 if it["quantity"] % 1 else 0),
            "€ " + fmt(it["unit_price"], st),
            "€ " + fmt(it["amount"], st),
        )
        for it in items
    ]
    y = table(
        d,
        45,
        H - 270,
        [(270, "l"), (50, "r"), (85, "r"), (100, "r")],
        ("Omschrijving", "Aantal", "Prijs", "Bedrag"),
        rows,
        "Helvetica",
        9.5,
        "Helvetica-Bold",
        lead=19,
    )
    d.line(45, y + 8, W - 45, y + 8, 0.5)
    y -= 12
    for lab, v, fo in [
        ("Subtotaal excl. btw", net, "Helvetica"),
        ("Btw 21%", vat, "Helvetica"),
        ("Totaal incl. btw", tot, "Helvetica-Bold"),
    ]:
        d.t(345, y, lab, fo, 10)
        d.t(W - 48, y, "€ " + fmt(v, st), fo, 10, "r")
        y -= 16
    d.para(
        45,
        y - 30,
        [
            "Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken",
            "op NL42 RABO 0318 4471 20 t.n.v. Drukkerij Van Leeuwen B.V.",
            "o.v.v. het factuurnummer.",
        ],
        "Helvetica",
        9,
        lead=12,
    )
    d.line(45, 60, W - 45, 60, 0.4, org)
    d.t(
        W / 2,
        46,
        "KvK 30184471 · btw-id NL8123.45.678.B01 · IBAN NL42 RABO 0318 4471 20 · BIC RABONL2U",
        "Helvetica",
        7.5,
        "c",
    )
    d.stamp(
        W - 150,
        y + 36,
        "BETAALD",
        color=(0.1, 0.45, 0.15),
        angle=rng.uniform(10, 18),
        size=30,
        sub="12-02-2026  per bank",
        alpha=0.6,
    )
    pdf = d.done()
    t = truth(
        number="2026-00417",
        date=iso(2026, 2, 5),
        due=iso(2026, 3, 5),
        vendor="Drukkerij Van Leeuwen B.V.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="born-digital PDF with a green 'BETAALD 12-02-2026' stamp overlapping the totals (payment date is not the invoice date); dd-mm-yyyy dates",
        kind="pdf",
    )
    return pdf, "pdf", t


def i07(name):
    """MY printing invoice viewed in a phone PDF viewer, screenshot (PNG)."""
    from PIL import ImageDraw, ImageFont

    d = Doc(name, A4)
    W, H = A4
    st = "en"
    teal = Color(0.0, 0.45, 0.5)
    d.rect(0, H - 110, W, 110, stroke=None, fill=teal)
    d.t(40, H - 55, "KENANGA CETAK", "Helvetica-Bold", 24, color=white)
    d.t(
        40,
        H - 75,
        "Syarikat Kenanga Cetak Sdn. Bhd. (201201034471 / 1013322-K)",
        "Helvetica",
        9,
        color=white,
    )
    d.t(
        40,
        H - 89,
        "No. 12, Jalan SS 15/4D, 47500 Subang Jaya, Selangor",
        "Helvetica",
        9,
        color=white,
    )
    d.t(W - 40, H - 55, "INVOICE", "Helvetica-Bold", 22, "r", white)
    d.t(W - 40, H - 75, "SST Reg. No.: B16-1808-32000123", "Helvetica", 9, "r", white)
    d.para(
        40,
        H - 145,
        [
            "BILL TO",
            "Aroma Kopitiam Enterprise",
            "23, Jalan Tengku Ampuan Zabedah",
            "40100 Shah Alam, Selangor",
        ],
        "Helvetica",
        11,
        lead=15,
    )
    for k, (lab, val) in enumerate(
        [
            ("Invoice No", "INV-26/0211"),
            ("Invoice Date", "11/02/2026"),
            ("Terms", "30 days"),
            ("Due Date", "13/03/2026"),
        ]
    ):
        d.t(350, H - 145 - k * 16, lab, "Helvetica", 11)
        d.t(W - 40, H - 145 - k * 16, val, "Helvetica-Bold", 11, "r")
    items = lines(
        [
            ("Menu booklet A4, 12pp, laminated cover", "50", "18.40"),
            ("Bunting 2 x 5 ft, eyelets", "2", "95.00"),
            ("Name cards, 2 boxes of 100", "4", "38.00"),
            ("Design & artwork", "1", "250.00"),
        ]
    )
    net = sum(i["amount"] for i in items)
    sst = vat_of(net, 8)
    tot = net + sst
    rows = [
        (
            it["description"],
            fmt(it["quantity"], st, 0),
            fmt(it["unit_price"], st),
            fmt(it["amount"], st),
        )
        for it in items
    ]
    y = table(
        d,
        40,
        H - 240,
        [(285, "l"), (45, "r"), (85, "r"), (100, "r")],
        ("Description", "Qty", "Unit (RM)", "Amount (RM)"),
        rows,
        "Helvetica",
        11,
        "Helvetica-Bold",
        lead=22,
        hfill=Color(0.88, 0.95, 0.95),
    )
    y -= 6
    for lab, v, fo in [
        ("Subtotal", net, "Helvetica"),
        ("Service Tax 8%", sst, "Helvetica"),
        ("TOTAL (RM)", tot, "Helvetica-Bold"),
    ]:
        d.t(350, y, lab, fo, 12)
        d.t(W - 43, y, fmt(v, st), fo, 12, "r")
        y -= 19
    d.para(
        40,
        y - 30,
        [
            "Payment to: Syarikat Kenanga Cetak Sdn. Bhd.",
            "Maybank  ·  A/C 5140 1188 3371",
            "Please email remittance advice to accounts@kenangacetak.com.my",
        ],
        "Helvetica",
        10.5,
        lead=14,
    )
    d.t(
        W / 2,
        40,
        "This is a computer-generated invoice. No signature is required.",
        "Helvetica-Oblique",
        9,
        "c",
    )
    pdf = d.done()
    sw, sh = 1170, 2532
    page = render(pdf, 1110 / W * 72)
    scr = Image.new("RGB", (sw, sh), (242, 242, 247))
    dr = ImageDraw.Draw(scr)
    fb = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 46)
    fr = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 40)
    fs = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 34)
    dr.text((110, 40), "9:41", fill=(0, 0, 0), font=fb)
    dr.rounded_rectangle((sw - 170, 52, sw - 80, 92), 10, outline=(0, 0, 0), width=3)
    dr.rounded_rectangle((sw - 164, 58, sw - 110, 86), 6, fill=(0, 0, 0))
    for k in range(4):
        dr.rectangle((sw - 330 + k * 22, 90 - 12 - k * 8, sw - 316 + k * 22, 90), fill=(0, 0, 0))
    dr.rounded_rectangle((sw / 2 - 190, 18, sw / 2 + 190, 108), 45, fill=(0, 0, 0))
    dr.rectangle((0, 140, sw, 290), fill=(250, 250, 252))
    dr.text((40, 180), "‹ Mail", fill=(0, 122, 255), font=fr)
    dr.text((sw / 2, 190), "INV-26-0211.pdf", fill=(0, 0, 0), font=fb, anchor="mt")
    dr.text((sw / 2, 248), "1 of 1", fill=(120, 120, 128), font=fs, anchor="mt")
    dr.line((0, 290, sw, 290), fill=(200, 200, 205), width=2)
    ph, pw = page.shape[:2]
    top = 360
    sh_img = Image.new("RGB", (pw + 16, ph + 16), (210, 210, 215))
    scr.paste(sh_img, (30 + 4, top + 4))
    scr.paste(Image.fromarray(page), (30, top))
    dr.rectangle((0, sh - 250, sw, sh), fill=(250, 250, 252))
    dr.line((0, sh - 250, sw, sh - 250), fill=(200, 200, 205), width=2)
    for k, lab in enumerate(["Share", "Markup", "Search", "More"]):
        dr.text((150 + k * 290, sh - 190), lab, fill=(0, 122, 255), font=fs, anchor="mt")
    dr.rounded_rectangle((sw / 2 - 200, sh - 40, sw / 2 + 200, sh - 28), 6, fill=(0, 0, 0))
    mask = Image.new("L", (sw, sh), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, sw - 1, sh - 1), 120, fill=255)
    outimg = Image.new("RGB", (sw, sh), (0, 0, 0))
    outimg.paste(scr, (0, 0), mask)
    t = truth(
        number="INV-26/0211",
        date=iso(2026, 2, 11),
        due=iso(2026, 3, 13),
        vendor="Syarikat Kenanga Cetak Sdn. Bhd.",
        amount=net,
        vat=sst,
        total=tot,
        currency="MYR",
        locale="en-MY",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="phone screenshot of a PDF viewer (status bar 9:41, app bar with the file name INV-26-0211.pdf which differs from the printed number INV-26/0211); Malaysian Service Tax 8% is the tax; brand wordmark differs from the legal name",
        kind="scan",
    )
    return png(np.array(outimg)), "png", t


def i08(name):
    """SG aircon service tax invoice with a coffee ring, phone photo."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "en"
    d.c.setFillColor(Color(0.1, 0.35, 0.7))
    for k in range(3):
        d.c.circle(62 + k * 9, H - 68 + (k % 2) * 8, 12 - k * 2, stroke=0, fill=1)
    d.t(100, H - 66, "LIM BROTHERS AIRCON SERVICES PTE. LTD.", "DVCB", 15)
    d.t(100, H - 81, "Blk 3018 Bedok North Street 5, #04-22 Eastlink, Singapore 486132", "DVC", 9)
    d.t(100, H - 93, "Tel 6448 2290  ·  UEN / GST Reg No. 201534812K", "DVC", 9)
    d.t(W / 2, H - 135, "TAX INVOICE", "DVB", 16, "c")
    d.rect(45, H - 225, 270, 72, lw=0.6)
    d.para(
        52,
        H - 166,
        [
            "Bill To:",
            "Tan & Goh Dental Clinic",
            "10 Sinaran Drive, #08-41",
            "Novena Medical Center, S(307506)",
        ],
        "DVC",
        10.5,
        lead=14,
    )
    for k, (lab, val) in enumerate(
        [
            ("Invoice No.", "LB/26/0093"),
            ("Date", "3 Mar 2026"),
            ("Due Date", "2 Apr 2026"),
            ("Job Sheet", "JS-77120"),
        ]
    ):
        d.t(340, H - 166 - k * 15, lab, "DVC", 10.5)
        d.t(420, H - 166 - k * 15, ": " + val, "DVCB" if k < 3 else "DVC", 10.5)
    items = lines(
        [
            ("General servicing, ceiling cassette units", "6", "45.00"),
            ("Chemical wash, wall-mounted fan coil", "2", "120.00"),
            ("Gas top-up R32 (partial)", "1", "80.00"),
            ("Replace drain pipe 3 m, incl. insulation", "1", "65.00"),
        ]
    )
    net = sum(i["amount"] for i in items)
    gst = vat_of(net, 9)
    tot = net + gst
    rows = [
        (
            str(k + 1),
            it["description"],
            fmt(it["quantity"], st, 0),
            fmt(it["unit_price"], st),
            fmt(it["amount"], st),
        )
        for k, it in enumerate(items)
    ]
    y = table(
        d,
        45,
        H - 255,
        [(28, "c"), (262, "l"), (45, "r"), (80, "r"), (90, "r")],
        ("S/N", "Description", "Qty", "Unit Price", "Amount (S$)"),
        rows,
        "DVC",
        10.5,
        "DVCB",
        lead=20,
        grid=True,
    )
    y -= 16
    for lab, v, fo in [
        ("Sub-Total", net, "DVC"),
        ("GST 9%", gst, "DVC"),
        ("Total Amount", tot, "DVCB"),
    ]:
        d.t(360, y, lab, fo, 11.5)
        d.t(W - 50, y, "S$ " + fmt(v, st), fo, 11.5, "r")
        y -= 18
    d.para(
        45,
        y - 24,
        [
            "Payment: PayNow to UEN 201534812K or cheque payable to",
            '"Lim Brothers Aircon Services Pte. Ltd."',
            "OCBC Bank  A/C 686-221470-001",
        ],
        "DVC",
        10,
        lead=13,
    )
    d.t(45, 90, "Received the above in good order:", "DVC", 9)
    d.line(45, 60, 220, 60, 0.5)
    d.t(45, 48, "Customer's signature & company stamp", "DVC", 8)
    d.t(W - 45, 48, "Thank you for your support!", "DVCO", 9, "r")
    pdf = d.done()
    img = render(pdf, 200)
    h, w = img.shape[:2]
    img = coffee_ring(img, nrng, w * 0.72, h * 0.36, w * 0.11)
    jp = photo(
        img,
        nrng,
        long_side=2200,
        bg="wood",
        frac=0.88,
        tilt=0.05,
        rot=rng.uniform(-4, 4),
        barrel=0.035,
        light=0.35,
        quality=70,
    )
    t = truth(
        number="LB/26/0093",
        date=iso(2026, 3, 3),
        due=iso(2026, 4, 2),
        vendor="Lim Brothers Aircon Services Pte. Ltd.",
        amount=net,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="phone photo of a printed invoice with a coffee ring over the right side of the header/table area; S$ amounts; GST 9%; UEN doubles as GST number",
        kind="photo",
    )
    return jp, "jpg", t


def i09(name):
    """CH electrician invoice, born-digital, two pages, QR-bill payment part on page 2."""
    rng = random.Random(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "ch"
    red = Color(0.8, 0.1, 0.15)

    def head(p):
        d.rect(W - 100, H - 92, 50, 50, stroke=None, fill=red)
        d.t(W - 75, H - 78, "EG", "Helvetica-Bold", 22, "c", white)
        d.t(50, H - 60, "Elektro Gisler AG", "Helvetica-Bold", 16)
        d.t(50, H - 74, "Gotthardstrasse 41 · 6460 Altdorf UR · 041 870 22 15", "Helvetica", 8.5)
        d.t(W - 50, H - 104, f"Seite {p} von 2", "Helvetica", 8, "r")
        if p == 1:
            d.t(
                50,
                30,
                "Elektro Gisler AG · CHE-114.552.901 MWST · Urner Kantonalbank",
                "Helvetica",
                8,
            )

    head(1)
    d.para(
        330,
        H - 150,
        ["Gemeindeverwaltung Bürglen", "Liegenschaften", "Klausenstrasse 2", "6463 Bürglen UR"],
        "Helvetica",
        10,
        lead=13,
    )
    d.t(50, H - 150, "Rechnung", "Helvetica-Bold", 18)
    for k, (lab, val) in enumerate(
        [
            ("Rechnung Nr.", "26-1047"),
            ("Datum", "16.02.2026"),
            ("Zahlbar bis", "18.03.2026"),
            ("Objekt", "Turnhalle Feld, Beleuchtung"),
        ]
    ):
        d.t(50, H - 175 - k * 13, lab, "Helvetica", 9)
        d.t(130, H - 175 - k * 13, val, "Helvetica-Bold" if k == 0 else "Helvetica", 9)
    raw = [
        ("LED-Hallenleuchte 150 W, IP65", "12", "389.00"),
        ("Montage Hallenleuchte inkl. Hubarbeitsbühne", "12", "72.50"),
        ("Demontage und Entsorgung alte Leuchten", "12", "18.00"),
        ("Kabel FE180 3x1.5 mm², m", "85", "4.60"),
        ("Abzweigdosen IP66", "14", "11.80"),
        ("Bewegungsmelder Decke 360°", "4", "96.00"),
        ("Notleuchte Fluchtweg LED", "3", "184.00"),
        ("Elektromonteur, Std.", "26", "98.00"),
        ("Lehrling, Std.", "18", "52.00"),
        ("Sicherheitsnachweis SiNa inkl. Messprotokoll", "1", "280.00"),
        ("Kleinmaterial pauschal", "1", "145.00"),
        ("Fahrzeugpauschale, Tage", "4", "45.00"),
    ]
    items = lines(raw)
    net = sum(i["amount"] for i in items)
    vat = vat_of(net, D("8.1"))
    tot = net + vat
    cols = [(32, "l"), (270, "l"), (50, "r"), (70, "r"), (73, "r")]
    rows = [
        (
            str(10 * (k + 1)),
            it["description"],
            fmt(it["quantity"], st, 0),
            fmt(it["unit_price"], st),
            fmt(it["amount"], st),
        )
        for k, it in enumerate(items)
    ]
    y = table(
        d,
        50,
        H - 250,
        cols,
        ("Pos.", "Bezeichnung", "Menge", "Preis", "Betrag CHF"),
        rows[:9],
        "Helvetica",
        9,
        lead=22,
    )
    d.t(
        W - 50,
        y - 4,
        "Übertrag  CHF " + fmt(sum(i["amount"] for i in items[:9]), st),
        "Helvetica-Oblique",
        9,
        "r",
    )
    d.new_page()
    head(2)
    d.t(50, H - 120, "Rechnung Nr. 26-1047 vom 16.02.2026 (Fortsetzung)", "Helvetica", 9)
    y = table(
        d,
        50,
        H - 150,
        cols,
        ("Pos.", "Bezeichnung", "Menge", "Preis", "Betrag CHF"),
        rows[9:],
        "Helvetica",
        9,
        lead=22,
    )
    d.line(330, y + 10, W - 50, y + 10, 0.6)
    y -= 6
    for lab, v, fo in [
        ("Total netto", net, "Helvetica"),
        ("MWST 8.1 %", vat, "Helvetica"),
        ("Rechnungsbetrag", tot, "Helvetica-Bold"),
    ]:
        d.t(340, y, lab, fo, 10)
        d.t(W - 50, y, "CHF " + fmt(v, st), fo, 10, "r")
        y -= 15
    d.t(50, y - 10, "Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag.", "Helvetica", 9)
    # QR-bill
    qy = 297 - 105
    d.line(0, qy * mm * 0 + 105 * mm, W, 105 * mm, 0.5, dash=(3, 2))
    d.line(62 * mm, 0, 62 * mm, 105 * mm, 0.5, dash=(3, 2))
    d.t(5 * mm, 97 * mm, "Empfangsschein", "Helvetica-Bold", 11)
    d.para(
        5 * mm,
        90 * mm,
        [
            "Konto / Zahlbar an",
            "CH44 3078 5000 0124 4712 0",
            "Elektro Gisler AG",
            "Gotthardstrasse 41",
            "6460 Altdorf UR",
        ],
        "Helvetica",
        7.5,
        lead=9,
    )
    d.para(
        5 * mm,
        40 * mm,
        ["Währung   Betrag", "CHF           " + fmt(tot, st)],
        "Helvetica",
        8,
        lead=10,
    )
    d.t(67 * mm, 97 * mm, "Zahlteil", "Helvetica-Bold", 11)
    d.qr(67 * mm, 42 * mm, 46 * mm, rng, 33)
    d.rect(67 * mm + 20 * mm, 42 * mm + 20 * mm, 6 * mm, 6 * mm, stroke=white, fill=white)
    d.para(
        67 * mm,
        32 * mm,
        ["Währung   Betrag", "CHF           " + fmt(tot, st)],
        "Helvetica",
        9,
        lead=11,
    )
    d.para(
        118 * mm,
        97 * mm,
        [
            "Konto / Zahlbar an",
            "CH44 3078 5000 0124 4712 0",
            "Elektro Gisler AG",
            "Gotthardstrasse 41",
            "6460 Altdorf UR",
            "",
            "Zusätzliche Informationen",
            "Rechnung 26-1047",
            "",
            "Zahlbar durch",
            "Gemeindeverwaltung Bürglen",
            "Klausenstrasse 2, 6463 Bürglen UR",
        ],
        "Helvetica",
        8,
        lead=10,
    )
    pdf = d.done()
    t = truth(
        number="26-1047",
        date=iso(2026, 2, 16),
        due=iso(2026, 3, 18),
        vendor="Elektro Gisler AG",
        amount=net,
        vat=vat,
        total=tot,
        currency="CHF",
        locale="de-CH",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="born-digital, 2 pages: items run over a page break with an 'Übertrag' carry-forward subtotal on page 1 (not the total); totals and Swiss QR-bill payment part on page 2; apostrophe thousands separator; MWST 8.1 %",
        kind="pdf",
    )
    return pdf, "pdf", t


def i10(name):
    """AT carpentry invoice, photocopied, BEZAHLT stamp near the total (PNG)."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "de"
    d.t(W / 2, H - 62, "TISCHLEREI HOFBAUER", "DVSB", 20, "c")
    d.t(W / 2, H - 78, "Möbel nach Maß · Innenausbau · Reparaturen", "DVSI", 9.5, "c")
    d.t(
        W / 2,
        H - 92,
        "Tischlerei Hofbauer e.U. · Kärntner Straße 212 · 8053 Graz · Tel. 0316 27 14 08",
        "DVS",
        8,
        "c",
    )
    d.line(50, H - 100, W - 50, H - 100, 0.8)
    d.para(
        50,
        H - 135,
        ["Familie", "Ingrid und Peter Wallner", "Hauptplatz 9/3", "8010 Graz"],
        "DVS",
        10.5,
        lead=14,
    )
    d.para(
        350,
        H - 135,
        [
            "Rechnungsnummer: 2026/031",
            "Rechnungsdatum: 27.01.2026",
            "Lieferdatum: 22.01.2026",
            "Fällig: 10.02.2026",
        ],
        "DVS",
        10,
        lead=14,
    )
    d.t(50, H - 220, "Rechnung", "DVSB", 15)
    items = lines(
        [
            ("Einbauschrank Vorraum, Eiche furniert, lt. Angebot 25/188", "1", "2840.00"),
            ("Schuhregal ausziehbar", "2", "165.00"),
            ("Montage (Std.)", "6", "58.00"),
            ("Zustellung Graz", "1", "40.00"),
        ]
    )
    net = sum(i["amount"] for i in items)
    vat = vat_of(net, 20)
    tot = net + vat
    rows = [
        (
            it["description"],
            fmt(it["quantity"], st, 0),
            fmt(it["unit_price"], st),
            fmt(it["amount"], st),
        )
        for it in items
    ]
    y = table(
        d,
        50,
        H - 250,
        [(280, "l"), (40, "r"), (85, "r"), (90, "r")],
        ("Leistung", "Anz.", "Einzelpreis", "Gesamt"),
        rows,
        "DVS",
        9.5,
        "DVSB",
        lead=19,
    )
    d.line(50, y + 8, W - 50, y + 8, 0.5)
    y -= 10
    for lab, v, fo in [
        ("Summe netto", net, "DVS"),
        ("+ 20 % USt", vat, "DVS"),
        ("Rechnungsbetrag EUR", tot, "DVSB"),
    ]:
        d.t(330, y, lab, fo, 10.5)
        d.t(W - 52, y, fmt(v, st), fo, 10.5, "r")
        y -= 17
    d.para(
        50,
        y - 30,
        [
            "Zahlbar innerhalb von 14 Tagen ohne Abzug auf",
            "IBAN AT61 3800 0000 0471 2280 · Raiffeisenbank Graz",
            "Wir danken für Ihren Auftrag!",
        ],
        "DVS",
        9.5,
        lead=13,
    )
    d.t(W / 2, 50, "UID: ATU 68447120 · Firmenbuch FN 412883 k, LG für ZRS Graz", "DVS", 7.5, "c")
    d.stamp(
        W - 285,
        y - 2,
        "BEZAHLT",
        color=(0.15, 0.2, 0.6),
        angle=rng.uniform(-16, -8),
        size=28,
        sub="am 03.02.2026 bar",
        alpha=0.5,
    )
    pdf = d.done()
    img = render(pdf, 200)
    img = photocopy(img, nrng, rot=-0.9, dark=0.3)
    img = scan(img, nrng, grey=True, blur=0.4, noise=3, specks=50, paper=250)
    t = truth(
        number="2026/031",
        date=iso(2026, 1, 27),
        due=iso(2026, 2, 10),
        vendor="Tischlerei Hofbauer e.U.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="photocopy with a 'BEZAHLT am 03.02.2026' rubber stamp over the totals (stamp date is not the invoice date); Lieferdatum also printed; quote number 25/188 in an item line",
        kind="scan",
    )
    return png(img), "png", t


def i11(name):
    """IT hardware-wholesale invoice, phone photo on a desk."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "de"
    d.t(50, H - 64, "FERRAMENTA", "Helvetica-Bold", 26, color=Color(0.1, 0.3, 0.55))
    d.t(50, H - 93, "COLOMBO", "Helvetica-Bold", 26, color=Color(0.85, 0.45, 0.05))
    d.para(
        W - 50,
        H - 55,
        [
            "Ferramenta Colombo S.r.l.",
            "Via Monte Rosa 88 - 20149 Milano (MI)",
            "P.IVA / C.F. 09876540158",
            "Tel. 02 4801 2277 - info@ferramentacolombo.it",
        ],
        "Helvetica",
        8.5,
        lead=11,
        align="r",
    )
    d.rect(320, H - 200, 225, 74, lw=0.6)
    d.para(
        328,
        H - 140,
        [
            "Spett.le",
            "Impresa Edile Brambilla & Figli s.n.c.",
            "Via Cadorna 14",
            "20871 Vimercate (MB)",
        ],
        "Helvetica",
        9.5,
        lead=13,
    )
    d.t(50, H - 150, "FATTURA n. 118/2026", "Helvetica-Bold", 14)
    d.para(
        50,
        H - 172,
        [
            "Data documento: 12/02/2026",
            "Pagamento: bonifico 30 gg d.f.",
            "Scadenza: 14/03/2026",
            "Vs. ordine: 77/26 del 06/02/2026",
        ],
        "Helvetica",
        9.5,
        lead=13,
    )
    items = lines(
        [
            ("Tassello chimico 300 ml", "12", "9.80"),
            ("Barra filettata M10 1 m zincata", "40", "2.35"),
            ("Disco diamantato 230 mm", "3", "38.50"),
            ("Trapano avvitatore 18V 2 batterie", "1", "219.00"),
            ("Guanti da lavoro nitrile (conf. 12)", "5", "14.90"),
            ("Spese di trasporto", "1", "18.00"),
        ]
    )
    net = sum(i["amount"] for i in items)
    vat = vat_of(net, 22)
    tot = net + vat
    rows = [
        (
            it["description"],
            fmt(it["quantity"], st, 0),
            fmt(it["unit_price"], st),
            fmt(it["amount"], st),
            "22",
        )
        for it in items
    ]
    y = table(
        d,
        50,
        H - 250,
        [(230, "l"), (45, "r"), (80, "r"), (100, "r"), (40, "r")],
        ("Descrizione", "Q.tà", "Prezzo", "Importo", "IVA"),
        rows,
        "Helvetica",
        10,
        "Helvetica-Bold",
        lead=20,
        grid=True,
        hfill=Color(0.9, 0.9, 0.9),
    )
    y -= 22
    d.rect(300, y - 46, 245, 64, lw=0.8)
    for lab, v, fo in [
        ("Imponibile", net, "Helvetica"),
        ("IVA 22%", vat, "Helvetica"),
        ("TOTALE FATTURA €", tot, "Helvetica-Bold"),
    ]:
        d.t(308, y, lab, fo, 11)
        d.t(538, y, fmt(v, st), fo, 11, "r")
        y -= 20
    d.para(
        50,
        y - 30,
        [
            "Coordinate bancarie: Banco BPM - IBAN IT60 X054 2811 1010 0000 0123 456",
            "Contributo CONAI assolto ove dovuto.",
        ],
        "Helvetica",
        8.5,
        lead=11,
    )
    pdf = d.done()
    img = render(pdf, 200)
    img = crumple(img, nrng, amp=4, cell=220, shade=0.08)
    jp = photo(
        img,
        nrng,
        long_side=2000,
        bg="desk",
        frac=0.9,
        tilt=0.08,
        rot=rng.uniform(-3, 3),
        barrel=0.05,
        light=0.45,
        shadow=[(0.0, 0.55), (0.35, 0.62), (0.42, 1.0), (0.0, 1.0)],
        quality=66,
    )
    t = truth(
        number="118/2026",
        date=iso(2026, 2, 12),
        due=iso(2026, 3, 14),
        vendor="Ferramenta Colombo S.r.l.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="it-IT",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="phone photo at an angle, slight curl, shadow over bottom-left; wordmark split over two lines; customer order date 06/02/2026 also printed",
        kind="photo",
    )
    return jp, "jpg", t


def i12(name):
    """ES credit note (factura rectificativa), born-digital with RECIBIDO stamp."""
    rng = random.Random(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "de"
    d.rect(40, H - 110, W - 80, 72, stroke=None, fill=Color(0.93, 0.95, 0.97))
    d.t(55, H - 68, "SUMINISTROS IBÉRICOS DEL LEVANTE, S.L.", "DVB", 14)
    d.t(55, H - 84, "Avda. del Puerto 221, nave 4 · 46022 Valencia · CIF B98765432", "DV", 8.5)
    d.t(55, H - 97, "Tel. 963 30 41 77 · administracion@sumiberlevante.es", "DV", 8.5)
    d.t(W - 55, H - 140, "FACTURA RECTIFICATIVA", "DVB", 15, "r", Color(0.7, 0.1, 0.1))
    d.para(
        55,
        H - 140,
        [
            "Cliente:",
            "Hostelería Marina Alta, S.L.",
            "C/ Mayor 18",
            "03730 Jávea (Alicante)",
            "CIF B54123987",
        ],
        "DV",
        9.5,
        lead=12.5,
    )
    for k, (lab, val) in enumerate(
        [
            ("Nº rectificativa:", "R-2026-007"),
            ("Fecha:", "23/02/2026"),
            ("Rectifica a:", "F-2026-0213 de 09/02/2026"),
            ("Motivo:", "devolución de mercancía"),
        ]
    ):
        d.t(318, H - 165 - k * 13, lab, "DV", 9)
        d.t(418, H - 165 - k * 13, val, "DVB" if k < 2 else "DV", 9)
    items = lines(
        [
            ("Vaso sidra 50 cl (caja 24)", "-3", "28.50"),
            ("Plato llano 27 cm porcelana (caja 12)", "-2", "46.20"),
            ("Abono portes devolución", "-1", "15.00"),
        ]
    )
    net = sum(i["amount"] for i in items)
    vat = vat_of(net, 21)
    tot = net + vat
    rows = [
        (
            it["description"],
            fmt(it["quantity"], st, 0),
            fmt(it["unit_price"], st),
            fmt(it["amount"], st),
        )
        for it in items
    ]
    y = table(
        d,
        55,
        H - 250,
        [(270, "l"), (50, "r"), (80, "r"), (85, "r")],
        ("Concepto", "Uds.", "Precio", "Importe"),
        rows,
        "DV",
        9.5,
        "DVB",
        lead=19,
    )
    d.line(55, y + 8, W - 55, y + 8, 0.5)
    y -= 12
    for lab, v, fo in [
        ("Base imponible", net, "DV"),
        ("IVA 21%", vat, "DV"),
        ("TOTAL", tot, "DVB"),
    ]:
        d.t(360, y, lab, fo, 10)
        d.t(W - 58, y, fmt(v, st) + " €", fo, 10, "r")
        y -= 16
    d.para(
        55,
        y - 24,
        [
            "El importe se compensará en la próxima factura o se abonará en",
            "ES91 2100 0418 4502 0005 1332 (CaixaBank).",
        ],
        "DV",
        8.5,
        lead=11,
    )
    d.t(
        W / 2,
        40,
        "Inscrita en el Registro Mercantil de Valencia, Tomo 9876, Folio 112, Hoja V-155432",
        "DV",
        7,
        "c",
    )
    d.stamp(
        150,
        y + 10,
        "RECIBIDO",
        color=(0.1, 0.2, 0.65),
        angle=rng.uniform(-12, -6),
        size=22,
        sub="02 MAR 2026 · CONTABILIDAD",
        alpha=0.55,
    )
    pdf = d.done()
    t = truth(
        number="R-2026-007",
        date=iso(2026, 2, 23),
        due=None,
        vendor="Suministros Ibéricos del Levante, S.L.",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="es-ES",
        layout="invoice",
        dtype="credit_note",
        items=items,
        note="credit note (factura rectificativa) printed with negative quantities and amounts, keyed negative; it names the original invoice F-2026-0213 and its date; a blue RECIBIDO stamp with a receipt date sits left of the totals",
        kind="pdf",
    )
    return pdf, "pdf", t


def i13(name):
    """AU timber yard tax invoice with a RECEIVED stamp, phone photo."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "en"
    g = Color(0.13, 0.4, 0.25)
    d.c.setFillColor(g)
    p = d.c.beginPath()
    p.moveTo(50, H - 95)
    p.lineTo(75, H - 45)
    p.lineTo(100, H - 95)
    p.close()
    d.c.drawPath(p, stroke=0, fill=1)
    d.t(112, H - 70, "Coastal Timber & Hardware", "DVB", 17, color=g)
    d.t(112, H - 86, "Coastal Timber & Hardware Pty Ltd  ·  ABN 51 824 753 556", "DV", 8.5)
    d.t(112, H - 98, "7 Pacific Highway, Coffs Harbour NSW 2450  ·  (02) 6652 0417", "DV", 8.5)
    d.t(W - 50, H - 140, "TAX INVOICE", "DVB", 18, "r")
    d.para(
        50,
        H - 140,
        ["Customer", "Marsden Building Pty Ltd", "PO Box 881", "Coffs Harbour NSW 2450"],
        "DV",
        10,
        lead=13.5,
    )
    for k, (lab, val) in enumerate(
        [
            ("Invoice", "00045812"),
            ("Date", "19/02/2026"),
            ("Due", "31/03/2026"),
            ("Account", "MARSB01"),
            ("Order", "Lot 14 Sawtell"),
        ]
    ):
        d.t(380, H - 165 - k * 14, lab, "DV", 9.5)
        d.t(W - 50, H - 165 - k * 14, val, "DVB" if k < 3 else "DV", 9.5, "r")
    items = lines(
        [
            ("Treated pine H3 90x45 5.4m", "24", "27.90"),
            ("LVL beam 240x45 6.0m", "2", "198.00"),
            ("Galv. batten screws 14g x 75 (box 500)", "3", "64.50"),
            ("Joist hangers 90mm", "30", "3.85"),
            ("Delivery - crane truck", "1", "95.00"),
        ]
    )
    net = sum(i["amount"] for i in items)
    gst = vat_of(net, 10)
    tot = net + gst
    rows = [
        (
            it["description"],
            fmt(it["quantity"], st, 0),
            fmt(it["unit_price"], st),
            fmt(it["amount"], st),
        )
        for it in items
    ]
    y = table(
        d,
        50,
        H - 260,
        [(270, "l"), (45, "r"), (85, "r"), (95, "r")],
        ("Description", "Qty", "Unit ex GST", "Total ex GST"),
        rows,
        "DV",
        9.5,
        "DVB",
        lead=19,
        hfill=Color(0.88, 0.93, 0.89),
    )
    d.line(50, y + 8, W - 50, y + 8, 0.5)
    y -= 12
    for lab, v, fo in [
        ("Subtotal (ex GST)", net, "DV"),
        ("GST", gst, "DV"),
        ("Total (inc GST)", tot, "DVB"),
        ("Amount paid", Decimal("0"), "DV"),
        ("BALANCE DUE", tot, "DVB"),
    ]:
        d.t(330, y, lab, fo, 10)
        d.t(W - 53, y, "$" + fmt(v, st), fo, 10, "r")
        y -= 16
    d.para(
        50,
        y - 26,
        [
            "Terms: 30 days end of month. EFT to BSB 082-706, Acc 51 447 2209,",
            "account name Coastal Timber & Hardware Pty Ltd, ref. 00045812.",
        ],
        "DV",
        8.5,
        lead=11,
    )
    d.stamp(
        170,
        y + 60,
        "RECEIVED",
        color=(0.75, 0.1, 0.1),
        angle=rng.uniform(4, 9),
        size=24,
        sub="23 FEB 2026",
        alpha=0.6,
    )
    pdf = d.done()
    img = render(pdf, 200)
    jp = photo(
        img,
        nrng,
        long_side=1900,
        bg="granite",
        frac=0.9,
        tilt=0.05,
        rot=rng.uniform(-5, -2),
        barrel=0.04,
        light=0.35,
        motion=2,
        quality=68,
    )
    t = truth(
        number="00045812",
        date=iso(2026, 2, 19),
        due=iso(2026, 3, 31),
        vendor="Coastal Timber & Hardware Pty Ltd",
        amount=net,
        vat=gst,
        total=tot,
        currency="AUD",
        locale="en-AU",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="phone photo with slight motion blur; red 'RECEIVED 23 FEB 2026' stamp near the customer/items area; Total and Balance Due both printed (equal); legal name only in the small line under the wordmark",
        kind="photo",
    )
    return jp, "jpg", t


def i14(name):
    """IE office supplies invoice, born-digital, two pages, two VAT rates."""
    d = Doc(name, A4)
    W, H = A4
    st = "en"
    navy = Color(0.1, 0.15, 0.35)

    def chrome(p):
        d.t(50, H - 60, "BRENNAN", "Times-Bold", 24, color=navy)
        d.t(50, H - 76, "OFFICE SUPPLIES", "Helvetica", 9, color=navy)
        d.para(
            W - 50,
            H - 50,
            [
                "Brennan Office Supplies Ltd",
                "Unit 3, Kinsale Road Commercial Park",
                "Cork T12 XK20",
                "VAT No. IE 6388047V",
            ],
            "Helvetica",
            8,
            lead=10,
            align="r",
        )
        d.t(W / 2, 30, f"Invoice INV-77812 · page {p}/2", "Helvetica", 8, "c")
        d.t(
            W / 2,
            18,
            "Registered in Ireland No. 512447 · Directors: A. Brennan, M. Brennan",
            "Helvetica",
            7,
            "c",
        )

    chrome(1)
    d.t(50, H - 130, "INVOICE", "Times-Bold", 16)
    d.para(
        50,
        H - 152,
        [
            "Deliver / invoice to:",
            "Ó Súilleabháin & Co. Solicitors",
            "14 South Mall",
            "Cork T12 RD6K",
        ],
        "Helvetica",
        9.5,
        lead=12.5,
    )
    for k, (lab, val) in enumerate(
        [
            ("Invoice no.", "INV-77812"),
            ("Invoice date", "2 March 2026"),
            ("Due date", "1 April 2026"),
            ("Account", "OSUL-004"),
            ("Delivery note", "DN-40981"),
        ]
    ):
        d.t(350, H - 152 - k * 13, lab, "Helvetica", 9)
        d.t(W - 50, H - 152 - k * 13, val, "Helvetica-Bold" if k < 3 else "Helvetica", 9, "r")
    raw = [
        ("A4 copier paper 80gsm, box of 5 reams", "12", "24.50", "23"),
        ("Lever arch files, blue", "40", "2.15", "23"),
        ("Toner HP 59A black", "4", "118.00", "23"),
        ("Ballpoint pens, black (50)", "3", "11.90", "23"),
        ("Post-it notes 76x76 (12)", "5", "9.40", "23"),
        ("Archive boxes", "30", "2.60", "23"),
        ("Envelopes C4 window (250)", "4", "17.80", "23"),
        ("Desk organiser mesh", "6", "12.75", "23"),
        ("Whiteboard markers (4)", "8", "5.20", "23"),
        ("Shredder bags (100)", "2", "21.00", "23"),
        ("Monthly office cleaning, February", "1", "640.00", "13.5"),
        ("Window cleaning, external", "1", "120.00", "13.5"),
    ]
    items = lines([r[:3] for r in raw])
    rates = [r[3] for r in raw]
    n23 = sum(i["amount"] for i, r in zip(items, rates, strict=False) if r == "23")
    n13 = sum(i["amount"] for i, r in zip(items, rates, strict=False) if r == "13.5")
    v23, v13 = vat_of(n23, 23), vat_of(n13, D("13.5"))
    net = n23 + n13
    vat = v23 + v13
    tot = net + vat
    rows = [
        (
            it["description"],
            fmt(it["quantity"], st, 0),
            fmt(it["unit_price"], st),
            r + "%",
            fmt(it["amount"], st),
        )
        for it, r in zip(items, rates, strict=False)
    ]
    cols = [(250, "l"), (40, "r"), (70, "r"), (55, "r"), (80, "r")]
    y = table(
        d,
        50,
        H - 240,
        cols,
        ("Description", "Qty", "Unit €", "VAT", "Net €"),
        rows[:10],
        "Helvetica",
        9.5,
        lead=24,
    )
    d.t(W - 50, y - 6, "continued overleaf", "Helvetica-Oblique", 8.5, "r")
    d.new_page()
    chrome(2)
    y = table(
        d,
        50,
        H - 130,
        cols,
        ("Description", "Qty", "Unit €", "VAT", "Net €"),
        rows[10:],
        "Helvetica",
        9.5,
        lead=24,
    )
    y -= 20
    summ = [
        ("VAT rate", "Net", "VAT"),
        ("23%", fmt(n23, st), fmt(v23, st)),
        ("13.5%", fmt(n13, st), fmt(v13, st)),
    ]
    for k, (a, b, c) in enumerate(summ):
        f = "Helvetica-Bold" if k == 0 else "Helvetica"
        d.t(60, y - k * 14, a, f, 9)
        d.t(180, y - k * 14, b, f, 9, "r")
        d.t(250, y - k * 14, c, f, 9, "r")
    for lab, v, fo in [
        ("Total net", net, "Helvetica"),
        ("Total VAT", vat, "Helvetica"),
        ("Invoice total EUR", tot, "Helvetica-Bold"),
    ]:
        d.t(350, y, lab, fo, 10)
        d.t(W - 50, y, fmt(v, st), fo, 10, "r")
        y -= 16
    d.para(
        50,
        y - 40,
        [
            "Payment within 30 days to AIB, IBAN IE29 AIBK 9311 5212 3456 78, BIC AIBKIE2D.",
            "Please quote INV-77812 with your payment.",
        ],
        "Helvetica",
        9,
        lead=12,
    )
    pdf = d.done()
    t = truth(
        number="INV-77812",
        date=iso(2026, 3, 2),
        due=iso(2026, 4, 1),
        vendor="Brennan Office Supplies Ltd",
        amount=net,
        vat=vat,
        total=tot,
        currency="EUR",
        locale="en-IE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="born-digital, 2 pages: 10 lines on page 1, 2 more plus totals on page 2; two VAT rates (23% goods, 13.5% cleaning services) summed as vat; long-form dates",
        kind="pdf",
    )
    return pdf, "pdf", t


def i15(name):
    """PL building-supplies VAT invoice, photocopied, image-only PDF."""
    nrng = np.random.default_rng(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "sv"
    d.t(W / 2, H - 55, "Faktura VAT nr FV/214/02/2026", "DVB", 15, "c")
    d.t(W / 2, H - 72, "ORYGINAŁ", "DV", 9, "c")
    d.para(
        W - 50,
        H - 95,
        [
            "Miejsce wystawienia: Poznań",
            "Data wystawienia: 2026-02-18",
            "Data sprzedaży: 2026-02-18",
        ],
        "DV",
        9,
        lead=12,
        align="r",
    )
    d.rect(50, H - 230, 240, 90, lw=0.6)
    d.rect(305, H - 230, 240, 90, lw=0.6)
    d.para(
        58,
        H - 155,
        [
            "Sprzedawca:",
            "Hurtownia Budowlana KOWALCZYK Sp. z o.o.",
            "ul. Głogowska 240",
            "60-104 Poznań",
            "NIP 778-14-52-903",
        ],
        "DV",
        8.5,
        lead=12,
    )
    d.para(
        313,
        H - 155,
        [
            "Nabywca:",
            "Remonty Nowak Tomasz Nowak",
            "os. Stefana Batorego 41/7",
            "60-687 Poznań",
            "NIP 972-104-33-18",
        ],
        "DV",
        8.5,
        lead=12,
    )
    items = lines(
        [
            ("Cement CEM II 32,5R 25 kg", "40", "21.50"),
            ("Klej do płytek C2TE 25 kg", "12", "48.90"),
            ("Płyta g-k 12,5 mm 1200x2600", "30", "27.40"),
            ("Profil CW 50 3 m", "24", "11.20"),
            ("Wkręty do g-k 3,5x25 (1000 szt.)", "3", "32.00"),
        ]
    )
    net = sum(i["amount"] for i in items)
    vat = vat_of(net, 23)
    tot = net + vat
    rows = [
        (
            str(k + 1),
            it["description"],
            "szt." if k > 1 else "wor.",
            fmt(it["quantity"], st, 0),
            fmt(it["unit_price"], st),
            "23%",
            fmt(it["amount"], st),
        )
        for k, it in enumerate(items)
    ]
    y = table(
        d,
        50,
        H - 260,
        [(22, "c"), (190, "l"), (35, "c"), (40, "r"), (70, "r"), (40, "r"), (98, "r")],
        ("Lp.", "Nazwa towaru", "J.m.", "Ilość", "Cena netto", "VAT", "Wartość netto"),
        rows,
        "DV",
        8.5,
        "DVB",
        lead=18,
        grid=True,
    )
    y -= 18
    hdr = [("Stawka", 330), ("Netto", 410), ("VAT", 470), ("Brutto", 545)]
    for s, x in hdr:
        d.t(x, y, s, "DVB", 8.5, "r")
    y -= 14
    for s, x in zip(
        ["23%", fmt(net, st), fmt(vat, st), fmt(tot, st)], [330, 410, 470, 545], strict=False
    ):
        d.t(x, y, s, "DV", 8.5, "r")
    y -= 14
    for s, x in zip(
        ["Razem", fmt(net, st), fmt(vat, st), fmt(tot, st)], [330, 410, 470, 545], strict=False
    ):
        d.t(x, y, s, "DVB", 8.5, "r")
    y -= 30
    d.t(50, y, "Do zapłaty: " + fmt(tot, st) + " PLN", "DVB", 12)
    d.para(
        50,
        y - 20,
        [
            "Sposób płatności: przelew",
            "Termin płatności: 2026-03-04",
            "Nr konta: 12 1090 1362 0000 0001 4471 2290 (Santander Bank Polska)",
        ],
        "DV",
        9,
        lead=12,
    )
    d.line(60, 110, 220, 110, 0.5, dash=(1, 1.5))
    d.line(W - 220, 110, W - 60, 110, 0.5, dash=(1, 1.5))
    d.t(140, 98, "Osoba upoważniona do odbioru", "DV", 7, "c")
    d.t(W - 140, 98, "Osoba upoważniona do wystawienia", "DV", 7, "c")
    pdf = d.done()
    img = render(pdf, 200)
    img = photocopy(img, nrng, rot=1.2, dark=0.4)
    img = scan(img, nrng, grey=True, blur=0.5, noise=4, specks=80, paper=248)
    out = image_pdf([img], 200, name, quality=78)
    t = truth(
        number="FV/214/02/2026",
        date=iso(2026, 2, 18),
        due=iso(2026, 3, 4),
        vendor="Hurtownia Budowlana KOWALCZYK Sp. z o.o.",
        amount=net,
        vat=vat,
        total=tot,
        currency="PLN",
        locale="pl-PL",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="photocopy embedded as an image-only PDF; seller and buyer blocks side by side (both with NIP); ISO dates; amount due written as 'Do zapłaty ... PLN'; space thousands with decimal comma",
        kind="scan",
    )
    return out, "pdf", t


def i16(name):
    """SE plumbing invoice (faktura) with öresavrundning, folded and photographed."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    d = Doc(name, A4)
    W, H = A4
    st = "sv"
    d.t(50, H - 62, "NORDSTRÖM", "DVCB", 22, color=Color(0.05, 0.3, 0.55))
    d.t(50, H - 78, "RÖR & VVS", "DVC", 12, color=Color(0.05, 0.3, 0.55))
    d.t(W - 50, H - 62, "FAKTURA", "DVCB", 18, "r")
    d.para(
        50,
        H - 120,
        [
            "Bostadsrättsföreningen Linden 4",
            "c/o Fastighetsservice Uppsala",
            "Box 1442",
            "751 44 Uppsala",
        ],
        "DVC",
        10.5,
        lead=14,
    )
    kv = [
        ("Fakturanummer", "30418"),
        ("Fakturadatum", "2026-03-04"),
        ("Förfallodatum", "2026-04-03"),
        ("Kundnummer", "2207"),
        ("Er referens", "Anna Lindqvist"),
        ("OCR-nummer", "3041826"),
    ]
    for k, (lab, val) in enumerate(kv):
        d.t(340, H - 100 - k * 14, lab, "DVC", 9.5)
        d.t(W - 50, H - 100 - k * 14, val, "DVCB" if k < 3 else "DVC", 9.5, "r")
    items = lines(
        [
            ("Byte av blandare kök, arbete", "2.5", "695.00"),
            ("Köksblandare Gustavsberg", "1", "1890.00"),
            ("Avstängningsventiler", "2", "148.00"),
            ("Felsökning stamledning", "1", "850.00"),
            ("Servicebil", "1", "395.00"),
        ]
    )
    net = sum(i["amount"] for i in items)
    vat = vat_of(net, 25)
    raw = net + vat
    tot = raw.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    ro = tot - raw
    rows = [
        (
            it["description"],
            fmt(it["quantity"], st, 1 if it["quantity"] % 1 else 0),
            "tim" if k == 0 else "st",
            fmt(it["unit_price"], st),
            fmt(it["amount"], st),
        )
        for k, it in enumerate(items)
    ]
    y = table(
        d,
        50,
        H - 230,
        [(230, "l"), (45, "r"), (35, "c"), (85, "r"), (100, "r")],
        ("Benämning", "Antal", "Enh", "À-pris", "Belopp"),
        rows,
        "DVC",
        10,
        "DVCB",
        lead=20,
    )
    d.line(50, y + 8, W - 50, y + 8, 0.5)
    y -= 12
    for lab, v, fo in [
        ("Belopp exkl. moms", net, "DVC"),
        ("Moms 25 %", vat, "DVC"),
        ("Öresavrundning", ro, "DVC"),
        ("Att betala SEK", tot, "DVCB"),
    ]:
        d.t(330, y, lab, fo, 11)
        d.t(W - 52, y, fmt(v, st), fo, 11, "r")
        y -= 17
    d.t(
        50,
        y - 20,
        "Varav ROT-avdrag: 0,00. Betalningsvillkor 30 dagar. Dröjsmålsränta enligt räntelagen.",
        "DVC",
        8.5,
    )
    d.line(50, 92, W - 50, 92, 0.5)
    foot = [
        ["Nordström Rör & VVS AB", "Kungsgatan 61", "753 21 Uppsala"],
        ["Org.nr 556812-4471", "Momsreg.nr SE556812447101", "Godkänd för F-skatt"],
        ["Bankgiro 5412-8870", "Tel 018-12 44 70", "info@nordstromror.se"],
    ]
    for k, blk in enumerate(foot):
        d.para(50 + k * 175, 78, blk, "DVC", 8, lead=10)
    pdf = d.done()
    img = render(pdf, 200)
    img = folds(img, nrng, 2)
    img = crumple(img, nrng, amp=3, cell=260, shade=0.05)
    jp = photo(
        img,
        nrng,
        long_side=2300,
        bg="cloth",
        frac=0.9,
        tilt=0.07,
        rot=rng.uniform(2, 5),
        barrel=0.03,
        light=0.3,
        lowlight=False,
        quality=76,
    )
    t = truth(
        number="30418",
        date=iso(2026, 3, 4),
        due=iso(2026, 4, 3),
        vendor="Nordström Rör & VVS AB",
        amount=net,
        vat=vat,
        total=tot,
        rounding=ro,
        currency="SEK",
        locale="sv-SE",
        layout="invoice",
        dtype="invoice",
        items=items,
        note="letter folded in three and photographed on a fabric; öresavrundning (rounding to whole kronor) line keyed as rounding; OCR number next to the invoice number; legal name only in the footer",
        kind="photo",
    )
    return jp, "jpg", t


# ===================================================================== receipts
def thermal(pdf, dpi=200, tint=(250, 249, 244)):
    img = render(pdf, dpi).astype(np.float32)
    g = img.mean(axis=2, keepdims=True) / 255.0
    ink = np.array([35, 35, 45], np.float32)
    out = np.array(tint, np.float32) * g + ink * (1 - g)
    return np.clip(out, 0, 255).astype(np.uint8)


def r01(name):
    """MY nasi kandar restaurant, long roll, perspective + strong barrel distortion."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 80, font="DVM", size=8)
    R.text("RESTORAN SRI MELAKA MAJU", font="DVMB", size=10)
    R.text("SRI MELAKA MAJU SDN. BHD.", size=7.5)
    R.text("(201701023456 / 1234567-X)", size=7.5)
    R.text("No. 8, Jalan Tun Sambanthan 3", size=7.5)
    R.text("Brickfields, 50470 Kuala Lumpur", size=7.5)
    R.text("SST ID: W10-1808-31012345", size=7.5)
    R.gap(3)
    R.text("INVOIS / RESIT", font="DVMB")
    R.rule()
    R.lr("Resit No: CS-00048213", "Meja: 14")
    R.lr("Tarikh: 14/02/2026", "Masa: 20:41")
    R.lr("Kasyer: FARID", "Pax: 3")
    R.rule()
    items = lines(
        [
            ("Nasi Kandar Ayam Goreng", "2", "13.50"),
            ("Nasi Kandar Ikan Kari", "1", "15.00"),
            ("Roti Canai", "3", "1.80"),
            ("Teh Tarik", "2", "3.20"),
            ("Milo Ais", "1", "4.50"),
            ("Air Suam", "1", "0.50"),
            ("Sayur Bendi", "1", "3.00"),
        ]
    )
    for it in items:
        R.lr(it["description"], fmt(it["amount"], "en"))
        R.text(f"  {it['quantity']} x {fmt(it['unit_price'], 'en')}", align="l", size=7.5)
    R.rule()
    sub = sum(i["amount"] for i in items)
    sst = vat_of(sub, 6)
    raw = sub + sst
    tot = (raw * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 20
    tot = q2(tot)
    ro = tot - raw
    R.lr("Subtotal", fmt(sub, "en"))
    R.lr("Service Tax 6%", fmt(sst, "en"))
    R.lr("Rounding Adj", fmt(ro, "en"))
    R.lr("JUMLAH / TOTAL RM", fmt(tot, "en"), font="DVMB", size=9.5)
    R.rule()
    R.lr("TUNAI", fmt(Decimal("100"), "en"))
    R.lr("BAKI", fmt(Decimal("100") - tot, "en"))
    R.gap(6)
    R.text("Terima kasih, sila datang lagi!")
    R.text("Barang yang dibeli tidak boleh")
    R.text("ditukar atau dikembalikan.")
    R.gap(4)
    R.text("Open 24 hours · 03-2274 8810", size=7)
    img = thermal(R.render())
    img = crumple(img, nrng, amp=5, cell=120, shade=0.08)
    jp = photo(
        img,
        nrng,
        long_side=2200,
        bg="wood",
        frac=0.9,
        tilt=0.14,
        rot=rng.uniform(-3, -1.5),
        barrel=0.09,
        light=0.3,
        quality=72,
    )
    t = truth(
        number="CS-00048213",
        date=iso(2026, 2, 14),
        due=None,
        vendor="SRI MELAKA MAJU SDN. BHD.",
        amount=sub,
        vat=sst,
        total=tot,
        rounding=ro,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="long 80 mm roll shot at a steep angle with strong barrel distortion; trading name (Restoran Sri Melaka Maju) above the legal company name, vendor keyed as the legal name; SST 6% service tax; rounding adjustment to 5 sen; Malay labels (Tarikh, Jumlah, Tunai, Baki)",
        kind="photo",
    )
    return jp, "jpg", t


def r02(name):
    """SG cafe with 10% service charge + 9% GST, phone shadow across the roll."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 76, font="DVC", size=8.5)
    R.draw(lambda d, y: d.rect(d.W / 2 - 14, y - 26, 28, 24, stroke=None, fill=black, r=5), 28)
    R.text("KOPI & TOAST CO.", font="DVCB", size=12)
    R.text("Kopi & Toast Co. Pte. Ltd.", size=8)
    R.text("1 Tanjong Pagar Plaza #01-18", size=8)
    R.text("Singapore 082001", size=8)
    R.text("GST Reg No: 201912345D", size=8)
    R.rule("solid")
    R.lr("Rcpt#: S3-118204", "Tbl 7")
    R.lr("05/03/2026", "08:52 AM")
    R.lr("Server: Wei Ling", "Guests: 2")
    R.rule("solid")
    items = lines(
        [
            ("Kaya Butter Toast Set", "2", "6.80"),
            ("Kopi C Kosong (hot)", "1", "2.20"),
            ("Teh Peng", "1", "2.60"),
            ("Soft-boiled Eggs add-on", "1", "1.80"),
            ("Mee Siam", "1", "7.50"),
        ]
    )
    for it in items:
        R.cols(
            [
                (0, str(it["quantity"]), "l"),
                (0.09, it["description"], "l"),
                (1.0, fmt(it["amount"], "en"), "r"),
            ]
        )
    R.rule("solid")
    sub = sum(i["amount"] for i in items)
    svc = vat_of(sub, 10)
    gst = vat_of(sub + svc, 9)
    tot = sub + svc + gst
    R.lr("Subtotal", fmt(sub, "en"))
    R.lr("Service Charge 10%", fmt(svc, "en"))
    R.lr("GST 9%", fmt(gst, "en"))
    R.lr("TOTAL S$", fmt(tot, "en"), font="DVCB", size=11)
    R.rule("solid")
    R.lr("VISA **** 4471", fmt(tot, "en"))
    R.lr("Auth 044812", "Contactless")
    R.gap(5)
    R.text("Thank you! See you again :)", size=8)
    R.text("Follow us @kopiandtoast", size=8)
    img = thermal(R.render())
    img = crumple(img, nrng, amp=3, cell=150, shade=0.06)
    jp = photo(
        img,
        nrng,
        long_side=2000,
        bg="desk",
        frac=0.86,
        tilt=0.07,
        rot=rng.uniform(2, 5),
        barrel=0.04,
        light=0.25,
        shadow=[(0.45, 0.0), (1.0, 0.0), (1.0, 0.62), (0.72, 0.58), (0.55, 0.3)],
        quality=70,
    )
    t = truth(
        number="S3-118204",
        date=iso(2026, 3, 5),
        due=None,
        vendor="Kopi & Toast Co. Pte. Ltd.",
        amount=sub + svc,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="phone shadow over the upper right of the roll; 10% service charge is part of the net (taxable) amount, GST 9% on subtotal plus service charge; card slip lines below the total",
        kind="photo",
    )
    return jp, "jpg", t


def r03(name):
    """US diner, tip added on the terminal, receipt held in a hand."""
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 76, font="Courier", size=9)
    R.text("BLUE MOON DINER", font="Courier-Bold", size=13)
    R.text("214 Wall Street", size=8.5)
    R.text("Kingston, NY 12401", size=8.5)
    R.text("(845) 555-0193", size=8.5)
    R.gap(3)
    R.lr("Check #2207", "Table 12")
    R.lr("Server: DEB", "Guests 2")
    R.lr("03/07/2026", "12:18 PM")
    R.rule()
    items = lines(
        [
            ("Western Omelet", "1", "13.95"),
            ("Pancake Stack", "1", "10.50"),
            ("Side Bacon", "1", "4.25"),
            ("Coffee", "2", "2.75"),
            ("Fresh OJ Lg", "1", "4.95"),
        ]
    )
    for it in items:
        R.lr(f"{it['quantity']} {it['description']}", fmt(it["amount"], "en"))
    R.rule()
    sub = sum(i["amount"] for i in items)
    tax = vat_of(sub, D("8.125"))
    tip = q2(sub * Decimal("0.18"))
    tot = sub + tax + tip
    R.lr("Subtotal", fmt(sub, "en"))
    R.lr("Tax 8.125%", fmt(tax, "en"))
    R.lr("Tip 18%", fmt(tip, "en"))
    R.lr("TOTAL", "$" + fmt(tot, "en"), font="Courier-Bold", size=10.5)
    R.rule()
    R.lr("MASTERCARD  XXXX2291", fmt(tot, "en"))
    R.lr("APPROVED  AUTH 71A33C", "")
    R.text("CUSTOMER COPY", size=8.5)
    R.gap(4)
    R.text("Thanks for dining with us!", size=8.5)
    img = thermal(R.render())
    img = crumple(img, nrng, amp=4, cell=110, shade=0.07)
    jp = photo(
        img,
        nrng,
        long_side=1900,
        bg="dark",
        frac=0.86,
        tilt=0.05,
        rot=-3,
        barrel=0.04,
        light=0.3,
        hand="left",
        quality=68,
    )
    t = truth(
        number="2207",
        date=iso(2026, 3, 7),
        due=None,
        vendor="Blue Moon Diner",
        amount=sub,
        vat=tax,
        total=tot,
        tip=tip,
        currency="USD",
        locale="en-US",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="receipt held in a hand (thumb over the left margin) against a dark background; 18% tip added on the card terminal and included in the TOTAL, keyed as tip; check number is the receipt number; MM/DD/YYYY",
        kind="photo",
    )
    return jp, "jpg", t


def r04(name):
    """GB pub, VAT-inclusive prices, low light with sensor noise."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 80, font="DVS", size=8.5)
    R.text("The Red Lion", font="DVSB", size=14)
    R.text("Red Lion Inns (Hitchin) Ltd", size=8)
    R.text("7 Bucklersbury, Hitchin SG5 1BB", size=8)
    R.text("VAT No. GB 318 4471 06", size=8)
    R.rule("double")
    R.lr("Bill 00831", "Till 2")
    R.lr("20/02/2026 21:07", "Staff: Callum")
    R.rule()
    items = lines(
        [
            ("Pint Landlord", "3", "5.40"),
            ("Large House Red", "1", "8.95"),
            ("Fish & Chips", "1", "16.50"),
            ("Steak & Ale Pie", "1", "15.95"),
            ("Sticky Toffee Pudding", "1", "7.25"),
            ("Crisps", "2", "1.60"),
        ]
    )
    for it in items:
        R.lr(f"{it['quantity']} x {it['description']}", "£" + fmt(it["amount"], "en"))
    R.rule()
    tot = sum(i["amount"] for i in items)
    vat = incl_vat(tot, 20)
    R.lr("TOTAL", "£" + fmt(tot, "en"), font="DVSB", size=11)
    R.lr("Contactless Visa", "£" + fmt(tot, "en"))
    R.lr("VAT 20% included", "£" + fmt(vat, "en"))
    R.lr("Net", "£" + fmt(tot - vat, "en"))
    R.rule()
    R.text("Thank you - see you at quiz night!", size=8)
    R.text("Thursdays from 8pm", size=8)
    img = thermal(R.render())
    img = crumple(img, nrng, amp=4, cell=120, shade=0.06)
    jp = photo(
        img,
        nrng,
        long_side=1800,
        bg="wood",
        frac=0.86,
        tilt=0.06,
        rot=rng.uniform(-5, 5),
        barrel=0.04,
        light=0.45,
        lowlight=True,
        quality=64,
    )
    t = truth(
        number="00831",
        date=iso(2026, 2, 20),
        due=None,
        vendor="Red Lion Inns (Hitchin) Ltd",
        amount=tot - vat,
        vat=vat,
        total=tot,
        currency="GBP",
        locale="en-GB",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="low-light pub photo with heavy sensor noise; prices include VAT, 'VAT 20% included' and Net printed below the payment line; trading name 'The Red Lion' above the legal name, vendor keyed as the legal name",
        kind="photo",
    )
    return jp, "jpg", t


def r05(name):
    """DE bakery, two VAT rates incl., TSE block, crumpled roll."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 80, font="DVM", size=7.8)
    R.text("Bäckerei Konditorei Huber", font="DVB", size=11)
    R.text("Inh. Michael Huber e.K.", size=7.5)
    R.text("Hauptstraße 52 · 85354 Freising", size=7.5)
    R.text("St.-Nr. 115/238/40117", size=7.5)
    R.rule()
    items = [
        ("Laugenbreze", "4", "0.95", "A"),
        ("Roggenmischbrot 1 kg", "1", "4.60", "A"),
        ("Apfelstrudel Stück", "2", "3.20", "A"),
        ("Butterbreze", "2", "1.90", "A"),
        ("Cappuccino (Verzehr vor Ort)", "2", "3.40", "B"),
        ("Orangensaft 0,3 l vor Ort", "1", "3.10", "B"),
    ]
    li = lines([i[:3] for i in items])
    for it, (_, _, _, cat) in zip(li, items, strict=False):
        R.text(it["description"], align="l")
        R.lr(
            f"  {it['quantity']} x {fmt(it['unit_price'], 'de')}",
            f"{fmt(it['amount'], 'de')} {cat}",
        )
    R.rule()
    ga = sum(it["amount"] for it, i in zip(li, items, strict=False) if i[3] == "A")
    gb = sum(it["amount"] for it, i in zip(li, items, strict=False) if i[3] == "B")
    va, vb = incl_vat(ga, 7), incl_vat(gb, 19)
    tot = ga + gb
    R.lr("SUMME EUR", fmt(tot, "de"), font="DVMB", size=10)
    R.lr("Bar", fmt(Decimal("40"), "de"))
    R.lr("Rückgeld", fmt(Decimal("40") - tot, "de"))
    R.rule()
    R.cols([(0, "MwSt", "l"), (0.35, "Netto", "r"), (0.65, "Steuer", "r"), (1.0, "Brutto", "r")])
    R.cols(
        [
            (0, "A 7%", "l"),
            (0.35, fmt(ga - va, "de"), "r"),
            (0.65, fmt(va, "de"), "r"),
            (1.0, fmt(ga, "de"), "r"),
        ]
    )
    R.cols(
        [
            (0, "B 19%", "l"),
            (0.35, fmt(gb - vb, "de"), "r"),
            (0.65, fmt(vb, "de"), "r"),
            (1.0, fmt(gb, "de"), "r"),
        ]
    )
    R.rule()
    R.lr("Bon-Nr. 58217", "Kasse 1")
    R.lr("27.02.2026", "07:46")
    R.text("TSE-Transaktion: 204418", align="l", size=7)
    R.text("TSE-Start: 2026-02-27T07:45:58", align="l", size=7)
    R.text("TSE-Ende: 2026-02-27T07:46:21", align="l", size=7)
    R.text("TSE-Seriennr.: 9f1c...e07b", align="l", size=7)
    R.gap(3)
    R.text("Vielen Dank für Ihren Einkauf!", size=8)
    img = thermal(R.render())
    img = crumple(img, nrng, amp=5, cell=120, shade=0.14)
    jp = photo(
        img,
        nrng,
        long_side=2100,
        bg="desk",
        frac=0.9,
        tilt=0.05,
        rot=rng.uniform(-3, 3),
        barrel=0.04,
        light=0.3,
        quality=70,
    )
    t = truth(
        number="58217",
        date=iso(2026, 2, 27),
        due=None,
        vendor="Bäckerei Konditorei Huber",
        amount=tot - va - vb,
        vat=va + vb,
        total=tot,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=li,
        note="crumpled roll (strong smooth warp with crease shading); prices include VAT at 7% (A) and 19% (B), table Netto/Steuer/Brutto at the bottom; receipt number and date printed after the totals; TSE block with ISO timestamps; owner line 'Inh. ... e.K.' is not the shop name",
        kind="photo",
    )
    return jp, "jpg", t


def r06(name):
    """FR pharmacy, three TVA rates incl., motion blur."""
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 80, font="DVC", size=8.5)
    R.draw(
        lambda d, y: (
            d.rect(d.W / 2 - 9, y - 30, 18, 28, stroke=None, fill=Color(0.1, 0.6, 0.3)),
            d.rect(d.W / 2 - 15, y - 25, 30, 18, stroke=None, fill=Color(0.1, 0.6, 0.3)),
        ),
        32,
    )
    R.text("PHARMACIE DU MARCHÉ", font="DVCB", size=12)
    R.text("SELARL Pharmacie du Marché", size=8)
    R.text("2 place du Marché · 33000 Bordeaux", size=8)
    R.text("SIRET 842 117 903 00015", size=8)
    R.rule()
    R.lr("Ticket n° 4471-0931", "Caisse 2")
    R.lr("Le 10/03/2026 à 17:32", "Vend.: SOPHIE")
    R.rule()
    items = [
        ("DOLIPRANE 1000MG CPR B/8", "2", "2.18", "2.1"),
        ("SPASFON LYOC 80MG", "1", "4.95", "2.1"),
        ("SÉRUM PHYSIO 30 DOSES", "1", "3.90", "5.5"),
        ("CRÈME SOLAIRE SPF50 200ML", "1", "17.90", "20"),
        ("BROSSE À DENTS SOUPLE", "2", "3.50", "20"),
    ]
    li = lines([i[:3] for i in items])
    for it, i in zip(li, items, strict=False):
        R.text(it["description"], align="l")
        R.lr(
            f"   {it['quantity']} x {fmt(it['unit_price'], 'fr')}   T{i[3].replace('.', ',')}%",
            fmt(it["amount"], "fr") + " €",
        )
    R.rule()
    tot = sum(li_["amount"] for li_ in li)
    R.lr("TOTAL TTC", fmt(tot, "fr") + " €", font="DVCB", size=11)
    R.lr("CB SANS CONTACT", fmt(tot, "fr") + " €")
    R.rule()
    R.cols([(0, "Taux", "l"), (0.38, "HT", "r"), (0.68, "TVA", "r"), (1.0, "TTC", "r")])
    vtot = Decimal(0)
    for r in ["2.1", "5.5", "20"]:
        g = sum(it["amount"] for it, i in zip(li, items, strict=False) if i[3] == r)
        v = incl_vat(g, r)
        vtot += v
        R.cols(
            [
                (0, r.replace(".", ",") + " %", "l"),
                (0.38, fmt(g - v, "fr"), "r"),
                (0.68, fmt(v, "fr"), "r"),
                (1.0, fmt(g, "fr"), "r"),
            ]
        )
    R.rule()
    R.text("Médicaments non remboursés", size=7.5)
    R.text("Merci de votre visite - Bonne santé !", size=8)
    img = thermal(R.render())
    img = crumple(img, nrng, amp=3, cell=140, shade=0.05)
    jp = photo(
        img,
        nrng,
        long_side=1900,
        bg="cloth",
        frac=0.86,
        tilt=0.05,
        rot=2.5,
        barrel=0.03,
        light=0.25,
        motion=3,
        quality=72,
    )
    t = truth(
        number="4471-0931",
        date=iso(2026, 3, 10),
        due=None,
        vendor="SELARL Pharmacie du Marché",
        amount=tot - vtot,
        vat=vtot,
        total=tot,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=li,
        note="motion blur of about 3 px; three TVA rates (2,1 / 5,5 / 20 %) included in prices, HT/TVA/TTC table; date as 'Le 10/03/2026 à 17:32'; vendor keyed as the legal line SELARL Pharmacie du Marché",
        kind="photo",
    )
    return jp, "jpg", t


def decoy_receipt(name):
    R = Roll(name + "-decoy", 80, font="DVM", size=8)
    R.text("SLIJTERIJ DE GOUDEN RAAF", font="DVMB", size=9.5)
    R.text("Oudegracht 88, Utrecht", size=7.5)
    R.rule()
    for a, b in [
        ("Jenever jonge 0,7L", "14,99"),
        ("Speciaalbier 4-pack", "8,49"),
        ("Statiegeld", "0,60"),
        ("Chips paprika", "1,89"),
    ]:
        R.lr(a, b)
    R.rule()
    R.lr("TOTAAL", "25,97", font="DVMB")
    R.lr("PIN", "25,97")
    R.lr("06-03-2026", "18:02")
    R.text("Bon 7712", size=7.5)
    return thermal(R.render())


def r07(name):
    """NL neighbourhood supermarket, photographed next to another receipt."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 80, font="DVM", size=8)
    R.text("Buurtsuper De Vries", font="DVB", size=12)
    R.text("Buurtsuper De Vries B.V.", size=7.5)
    R.text("Twijnstraat 19, 3511 ZH Utrecht", size=7.5)
    R.text("tel. 030 231 44 70", size=7.5)
    R.rule()
    items = [
        ("HALFVOLLE MELK 1L", "2", "1.19", "9"),
        ("VOLKORENBROOD", "1", "2.79", "9"),
        ("GOUDA JONG 48+", "1", "4.65", "9"),
        ("BANANEN", "1", "1.89", "9"),
        ("KOFFIE SNELFILTER", "1", "6.49", "9"),
        ("AFWASMIDDEL", "1", "2.35", "21"),
        ("WC-PAPIER 8 ROL", "1", "4.99", "21"),
        ("BONUS KORTING", "1", "-1.00", "9"),
    ]
    li = lines([i[:3] for i in items])
    for it, i in zip(li, items, strict=False):
        left = (
            it["description"] if it["quantity"] == 1 else f"{it['quantity']} x {it['description']}"
        )
        R.lr(left, fmt(it["amount"], "de") + (" B" if i[3] == "21" else " A"))
    R.rule()
    tot = sum(i["amount"] for i in li)
    R.lr("TOTAAL", fmt(tot, "de"), font="DVMB", size=10)
    R.lr("PINNEN", fmt(tot, "de"))
    R.rule()
    R.cols([(0, "BTW", "l"), (0.4, "over", "r"), (0.7, "btw", "r")])
    vt = Decimal(0)
    for code, r in [("A", "9"), ("B", "21")]:
        g = sum(it["amount"] for it, i in zip(li, items, strict=False) if i[3] == r)
        v = incl_vat(g, r)
        vt += v
        R.cols([(0, f"{code} {r}%", "l"), (0.4, fmt(g, "de"), "r"), (0.7, fmt(v, "de"), "r")])
    R.rule()
    R.lr("Bon 3-1182-40917", "")
    R.lr("06-03-2026 17:41", "Kassa 3")
    R.text("Bedankt en tot ziens!", size=8)
    img = thermal(R.render())
    img = crumple(img, nrng, amp=3, cell=140, shade=0.05)
    nb = decoy_receipt(name)
    jp = photo(
        img,
        nrng,
        long_side=2000,
        bg="wood",
        frac=0.84,
        tilt=0.05,
        rot=rng.uniform(-2, 2),
        barrel=0.04,
        light=0.3,
        neighbour=(nb, "right"),
        offset=(-0.06, 0),
        quality=72,
        landscape=False,
    )
    t = truth(
        number="3-1182-40917",
        date=iso(2026, 3, 6),
        due=None,
        vendor="Buurtsuper De Vries B.V.",
        amount=tot - vt,
        vat=vt,
        total=tot,
        currency="EUR",
        locale="nl-NL",
        layout="receipt",
        dtype="receipt",
        items=li,
        note="second receipt (a liquor shop, TOTAAL 25,97) partly visible at the right edge, only the middle receipt is keyed; BTW 9%/21% table gives gross 'over' amounts; discount line negative",
        kind="photo",
    )
    return jp, "jpg", t


def r08(name):
    """IN veg restaurant, CGST+SGST, round off, fading toward one edge."""
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 76, font="DVM", size=8)
    R.text("SRI ANNAPOORNA VEG RESTAURANT", font="DVMB", size=8.6)
    R.text("Annapoorna Foods Pvt Ltd", size=7.5)
    R.text("42, Usman Road, T. Nagar", size=7.5)
    R.text("Chennai - 600017", size=7.5)
    R.text("GSTIN: 33AAFCA4471K1Z8", size=7.5)
    R.text("FSSAI: 12421012000447", size=7.5)
    R.rule()
    R.lr("Bill No: 2603-1187", "Dine In")
    R.lr("Date: 08-03-2026", "13:22")
    R.lr("Table: 6", "Cashier: Ravi")
    R.rule()
    R.cols([(0, "Item", "l"), (0.6, "Qty", "r"), (0.78, "Rate", "r"), (1.0, "Amt", "r")])
    R.rule()
    items = lines(
        [
            ("South Indian Meals", "2", "180"),
            ("Ghee Roast Dosa", "1", "120"),
            ("Mini Idli (14)", "1", "95"),
            ("Filter Coffee", "3", "40"),
            ("Badam Milk", "1", "75"),
        ]
    )
    for it in items:
        R.cols(
            [
                (0, it["description"][:18], "l"),
                (0.6, str(it["quantity"]), "r"),
                (0.78, fmt(it["unit_price"], "plain", 0), "r"),
                (1.0, fmt(it["amount"], "in"), "r"),
            ]
        )
    R.rule()
    sub = sum(i["amount"] for i in items)
    cg, sg = vat_of(sub, D("2.5")), vat_of(sub, D("2.5"))
    raw = sub + cg + sg
    tot = raw.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    ro = tot - raw
    R.lr("Sub Total", fmt(sub, "in"))
    R.lr("CGST @ 2.5%", fmt(cg, "in"))
    R.lr("SGST @ 2.5%", fmt(sg, "in"))
    R.lr("Round Off", fmt(ro, "in"))
    R.lr("NET AMOUNT Rs.", fmt(tot, "in"), font="DVMB", size=9.5)
    R.rule()
    R.lr("Paid by UPI", fmt(tot, "in"))
    R.text("Thank You! Visit Again", size=8)
    img = thermal(R.render())
    img = thermal_fade(img, nrng, "edge", 0.55, axis=1)
    img = crumple(img, nrng, amp=3, cell=140, shade=0.05)
    jp = photo(
        img,
        nrng,
        long_side=1900,
        bg="granite",
        frac=0.86,
        tilt=0.06,
        rot=-2,
        barrel=0.05,
        light=0.3,
        quality=66,
    )
    t = truth(
        number="2603-1187",
        date=iso(2026, 3, 8),
        due=None,
        vendor="Annapoorna Foods Pvt Ltd",
        amount=sub,
        vat=cg + sg,
        total=tot,
        rounding=ro,
        currency="INR",
        locale="en-IN",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="thermal print fades toward the right edge (amount column lighter); CGST+SGST 2.5% each summed as vat; round off keyed as rounding; total labelled NET AMOUNT (it is the gross total); dd-mm-yyyy",
        kind="photo",
    )
    return jp, "jpg", t


def r09(name):
    """CH cafe, two MWST rates incl., 5-Rappen rounding, flatbed scan with a faded band (PNG)."""
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 80, font="DVM", size=8)
    R.text("Café Lindenhof", font="DVSB", size=13)
    R.text("Café Lindenhof GmbH", size=7.5)
    R.text("Pfalzgasse 4, 8001 Zürich", size=7.5)
    R.text("CHE-109.447.218 MWST", size=7.5)
    R.rule()
    R.lr("Beleg 11-30077", "Tisch 5")
    R.lr("13.03.2026 15:04", "Bed.: Mia")
    R.rule()
    items = [
        ("Latte Macchiato", "2", "5.60", "8.1"),
        ("Rüeblitorte", "1", "6.20", "8.1"),
        ("Gipfeli", "2", "2.40", "8.1"),
        ("Mineral 5dl", "1", "4.90", "8.1"),
        ("Pralinés 137g (Take-away)", "1", "9.88", "2.6"),
    ]
    li = lines([i[:3] for i in items])
    for it, i in zip(li, items, strict=False):
        R.lr(
            f"{it['quantity']} {it['description']}",
            fmt(it["amount"], "ch") + (" 1" if i[3] == "8.1" else " 2"),
        )
    R.rule()
    raw = sum(i["amount"] for i in li)
    tot = q2((raw * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 20)
    ro = tot - raw
    R.lr("Zwischensumme", fmt(raw, "ch"))
    R.lr("Rundung", fmt(ro, "ch"))
    R.lr("Total CHF", fmt(tot, "ch"), font="DVMB", size=10)
    R.lr("Bar", "50.00")
    R.lr("Rückgeld", fmt(Decimal(50) - tot, "ch"))
    R.rule()
    vt = Decimal(0)
    for code, r in [("1", "8.1"), ("2", "2.6")]:
        g = sum(it["amount"] for it, i in zip(li, items, strict=False) if i[3] == r)
        v = incl_vat(g, r)
        vt += v
        R.lr(f"{code} MWST {r}% von {fmt(g, 'ch')}", fmt(v, "ch"), size=7.5)
    R.rule()
    R.text("Merci und bis bald!", size=8)
    img = thermal(R.render(), dpi=300)
    img = thermal_fade(img, nrng, "band", 0.5, axis=0)
    h, w = img.shape[:2]
    bed = np.full((h + 180, w + 260, 3), 236, np.uint8)
    bed[90 : 90 + h, 110 : 110 + w] = img
    im = scan(bed, nrng, grey=True, blur=0.8, skew=1.6, noise=4, specks=30, paper=250)
    t = truth(
        number="11-30077",
        date=iso(2026, 3, 13),
        due=None,
        vendor="Café Lindenhof GmbH",
        amount=raw - vt,
        vat=vt,
        total=tot,
        rounding=ro,
        currency="CHF",
        locale="de-CH",
        layout="receipt",
        dtype="receipt",
        items=li,
        note="flatbed scan (300 dpi grey, skew 1.6°) with a faded thermal band; MWST 8.1% and 2.6% (take-away) included, printed as 'MWST x% von <gross>'; 5-Rappen rounding keyed as rounding; net = Zwischensumme - vat",
        kind="scan",
    )
    return png(im), "png", t


def r10(name):
    """AU hardware store, GST-inclusive, bottom edge cut off by the frame."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 80, font="DVC", size=8.5)
    R.draw(lambda d, y: d.rect(10, y - 22, d.W - 20, 20, stroke=None, fill=black), 24)
    R.ops.append(
        lambda d, yy=R.y: d.t(
            d.W / 2, d.H - yy + 8, "BAYSIDE HARDWARE & GARDEN", "DVCB", 10.5, "c", white
        )
    )
    R.text("Bayside Hardware Pty Ltd", size=8)
    R.text("ABN 63 107 552 918", size=8)
    R.text("118 Bay Road, Sandringham VIC 3191", size=8)
    R.text("TAX INVOICE", font="DVCB", size=9)
    R.rule()
    R.lr("Receipt 0412-77305", "Reg 02")
    R.lr("09/03/2026 10:14", "Op: Jess")
    R.rule()
    items = lines(
        [
            ("Deck screws 10g x 50 (500)", "1", "39.95"),
            ("Decking oil 4L", "1", "74.00"),
            ("Paint brush 63mm", "2", "12.50"),
            ("Sandpaper 120 grit (5pk)", "3", "6.95"),
            ("Potting mix 25L", "2", "14.90"),
            ("Cable ties 200mm (100)", "1", "8.40"),
        ]
    )
    for it in items:
        R.text(it["description"], align="l")
        R.lr(f"   {it['quantity']} @ {fmt(it['unit_price'], 'en')}", fmt(it["amount"], "en"))
    R.rule()
    tot = sum(i["amount"] for i in items)
    gst = incl_vat(tot, 10)
    R.lr("TOTAL", "$" + fmt(tot, "en"), font="DVCB", size=11)
    R.lr("EFTPOS", "$" + fmt(tot, "en"))
    R.lr("Total includes GST of", "$" + fmt(gst, "en"))
    R.rule()
    R.text("Items: 10", size=8)
    R.text("Returns within 30 days with receipt.", size=8)
    R.text("Trade account? Ask in store.", size=8)
    R.gap(4)
    R.text("baysidehardware.com.au", size=8)
    R.text("Open 7 days 7am - 6pm", size=8)
    R.text("Thanks for shopping local!", size=8)
    img = thermal(R.render())
    img = crumple(img, nrng, amp=3, cell=140, shade=0.05)
    jp = photo(
        img,
        nrng,
        long_side=2000,
        bg="desk",
        frac=0.96,
        tilt=0.06,
        rot=rng.uniform(-2, 2),
        barrel=0.05,
        light=0.3,
        cut="bottom",
        quality=74,
    )
    t = truth(
        number="0412-77305",
        date=iso(2026, 3, 9),
        due=None,
        vendor="Bayside Hardware Pty Ltd",
        amount=tot - gst,
        vat=gst,
        total=tot,
        currency="AUD",
        locale="en-AU",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="bottom end of the roll runs out of the photo frame just below the last footer line (nothing keyed there); GST only as 'Total includes GST of'; white-on-black wordmark; titled TAX INVOICE though it is a till receipt",
        kind="photo",
    )
    return jp, "jpg", t


def r11(name):
    """IT bar/pastry shop documento commerciale, IVA included, faded toward one edge, curled."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 58, font="DVM", size=7.5, margin_mm=3)
    R.text("BAR PASTICCERIA ROSSI", font="DVMB", size=8.5)
    R.text("di Rossi Marco & C. s.a.s.", size=7)
    R.text("Corso Vittorio Emanuele 41", size=7)
    R.text("10123 Torino", size=7)
    R.text("P.IVA 10244710017", size=7)
    R.gap(2)
    R.text("DOCUMENTO COMMERCIALE", font="DVMB", size=7.5)
    R.text("di vendita o prestazione", size=7)
    R.rule()
    R.cols([(0, "DESCRIZIONE", "l"), (0.62, "IVA", "r"), (1.0, "Prezzo(€)", "r")], size=7)
    items = lines(
        [
            ("CAFFE'", "2", "1.30"),
            ("CAPPUCCINO", "1", "1.80"),
            ("BRIOCHE CREMA", "2", "1.60"),
            ("SPREMUTA", "1", "4.00"),
            ("ACQUA NAT. 0,5", "1", "1.50"),
        ]
    )
    for it in items:
        R.cols(
            [
                (
                    0,
                    (f"{it['quantity']} x " if it["quantity"] > 1 else "") + it["description"],
                    "l",
                ),
                (0.62, "10%", "r"),
                (1.0, fmt(it["amount"], "de"), "r"),
            ],
            size=7.5,
        )
    R.rule()
    tot = sum(i["amount"] for i in items)
    iva = incl_vat(tot, 10)
    R.lr("TOTALE COMPLESSIVO", fmt(tot, "de"), font="DVMB", size=8.5)
    R.lr("di cui IVA", fmt(iva, "de"))
    R.lr("Pagamento contante", fmt(Decimal(20), "de"))
    R.lr("Resto", fmt(Decimal(20) - tot, "de"))
    R.lr("Importo pagato", fmt(tot, "de"))
    R.rule()
    R.lr("11-03-2026", "08:12")
    R.text("DOCUMENTO N. 0142-0087", size=7)
    R.text("RT 99MEX012447", size=7)
    R.gap(3)
    R.text("GRAZIE E ARRIVEDERCI", size=7)
    img = thermal(R.render())
    img = thermal_fade(img, nrng, "edge", 0.5, axis=0)
    img = crumple(img, nrng, amp=6, cell=100, shade=0.12)
    jp = photo(
        img,
        nrng,
        long_side=1800,
        bg="wood",
        frac=0.86,
        tilt=0.09,
        rot=rng.uniform(3, 6),
        barrel=0.05,
        light=0.35,
        quality=70,
    )
    t = truth(
        number="0142-0087",
        date=iso(2026, 3, 11),
        due=None,
        vendor="Bar Pasticceria Rossi di Rossi Marco & C. s.a.s.",
        amount=tot - iva,
        vat=iva,
        total=tot,
        currency="EUR",
        locale="it-IT",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="58 mm roll, print fading toward the bottom (date and document number in the faded part, still legible); curled; IVA only as 'di cui IVA'; paid cash 20,00 with change; vendor = trading line + legal line",
        kind="photo",
    )
    return jp, "jpg", t


def r12(name):
    """ES hardware store factura simplificada, scanned to an image-only PDF."""
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 80, font="Courier", size=8.5)
    R.text("FERRETERÍA LÓPEZ", font="Courier-Bold", size=12)
    R.text("Ferretería López e Hijos, S.L.", size=8)
    R.text("C/ San Vicente Mártir 112", size=8)
    R.text("46007 Valencia - CIF B46123456", size=8)
    R.rule()
    R.text("FACTURA SIMPLIFICADA", font="Courier-Bold", size=9)
    R.lr("Nº T-0021-004871", "")
    R.lr("Fecha: 04/03/2026", "Hora: 11:37")
    R.rule()
    items = lines(
        [
            ("TORNILLO 4X40 CAJA 200", "2", "4.35"),
            ("TACO NYLON 8MM (50)", "1", "3.10"),
            ("SILICONA BLANCA 300ML", "2", "5.95"),
            ("CINTA AMERICANA 50M", "1", "7.80"),
            ('LLAVE AJUSTABLE 10"', "1", "14.50"),
        ]
    )
    for it in items:
        R.text(it["description"], align="l")
        R.lr(f"  {it['quantity']} x {fmt(it['unit_price'], 'de')}", fmt(it["amount"], "de"))
    R.rule()
    tot = sum(i["amount"] for i in items)
    iva = incl_vat(tot, 21)
    R.lr("BASE IMPONIBLE", fmt(tot - iva, "de"))
    R.lr("IVA 21%", fmt(iva, "de"))
    R.lr("TOTAL €", fmt(tot, "de"), font="Courier-Bold", size=11)
    R.lr("TARJETA", fmt(tot, "de"))
    R.rule()
    R.text("IVA INCLUIDO", size=8)
    R.text("GRACIAS POR SU VISITA", size=8)
    img = thermal(R.render(), dpi=200)
    h, w = img.shape[:2]
    bed = np.full((h + 120, w + 200, 3), 240, np.uint8)
    bed[60 : 60 + h, 80 : 80 + w] = img
    im = scan(bed, nrng, grey=True, blur=0.7, skew=-1.2, noise=5, specks=40, paper=246)
    out = image_pdf([im], 200, name, quality=80)
    t = truth(
        number="T-0021-004871",
        date=iso(2026, 3, 4),
        due=None,
        vendor="Ferretería López e Hijos, S.L.",
        amount=tot - iva,
        vat=iva,
        total=tot,
        currency="EUR",
        locale="es-ES",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="till receipt scanned to an image-only PDF (grey, skewed); prices include IVA, base imponible printed; Courier font",
        kind="scan",
    )
    return out, "pdf", t


def r13(name):
    """MY hardware shop, not SST-registered (no tax line), rounding; low-res scan (~650 px wide)."""
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 58, font="DVMB", size=8.2, margin_mm=2.5)
    R.text("KEDAI PERKAKASAN", size=9)
    R.text("HUP SENG", size=11)
    R.text("(JM0744718-P)", size=7.5)
    R.text("12, Jln Pasar, 84000 Muar", size=7.5)
    R.text("Johor. Tel 06-952 1180", size=7.5)
    R.rule()
    R.text("CASH BILL", size=9)
    R.lr("No: 018823", "")
    R.lr("12/03/2026", "16:05")
    R.rule()
    items = lines(
        [
            ('PAIP PVC 1/2" 10ft', "3", "6.80"),
            ("SIMEN PUTIH 1KG", "2", "3.90"),
            ('PAKU 2" 1KG', "1", "7.48"),
            ("CAT 1L PUTIH", "1", "24.90"),
            ('BERUS CAT 2"', "2", "4.25"),
        ]
    )
    for it in items:
        R.text(it["description"], align="l", size=8)
        R.lr(f" {it['quantity']} x {fmt(it['unit_price'], 'en')}", fmt(it["amount"], "en"), size=8)
    R.rule()
    raw = sum(i["amount"] for i in items)
    tot = q2((raw * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 20)
    ro = tot - raw
    R.lr("SUBTOTAL", fmt(raw, "en"))
    R.lr("ROUNDING", fmt(ro, "en"))
    R.lr("TOTAL RM", fmt(tot, "en"), size=10)
    R.lr("CASH", "100.00")
    R.lr("CHANGE", fmt(Decimal(100) - tot, "en"))
    R.rule()
    R.text("TERIMA KASIH", size=8)
    img = thermal(R.render(), dpi=300)
    h, w = img.shape[:2]
    bed = np.full((h + 400, int(w * 2.4), 3), 238, np.uint8)
    bed[150 : 150 + h, 260 : 260 + w] = img
    im = scan(bed, nrng, grey=True, blur=0.6, skew=0.8, noise=3, specks=25, paper=250)
    tw = 650
    im = cv2.resize(im, (tw, int(im.shape[0] * tw / im.shape[1])), interpolation=cv2.INTER_AREA)
    t = truth(
        number="018823",
        date=iso(2026, 3, 12),
        due=None,
        vendor="KEDAI PERKAKASAN HUP SENG",
        amount=raw,
        vat=None,
        total=tot,
        rounding=ro,
        currency="MYR",
        locale="ms-MY",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="58 mm cash bill scanned on a flatbed and downscaled to 650 px wide (receipt occupies ~40% of the width); no tax printed (shop not SST-registered) so vat is null; rounding (+0.02) to 5 sen keyed as rounding; shop name split over two lines; registration number in brackets",
        kind="scan",
    )
    return png(im), "png", t


def r14(name):
    """SG pharmacy, GST-inclusive, low light plus phone shadow."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 80, font="DV", size=8)
    R.draw(
        lambda d, y: (
            d.c.setFillColor(Color(0.0, 0.55, 0.45)),
            d.c.circle(d.W / 2, y - 14, 12, stroke=0, fill=1),
        ),
        30,
    )
    R.text("HealthPlus Pharmacy", font="DVB", size=12)
    R.text("HealthPlus Pharmacy Pte. Ltd.", size=7.5)
    R.text("Blk 201 Tampines St 21, #01-1145", size=7.5)
    R.text("Singapore 520201", size=7.5)
    R.text("GST Reg. No. 200917745M", size=7.5)
    R.rule()
    R.lr("Receipt No: TP01-260315-0042", "")
    R.lr("Date: 15 Mar 2026", "19:48")
    R.rule()
    items = lines(
        [
            ("Panadol Extra 20s", "1", "9.95"),
            ("Vitamin C 1000mg 30s", "1", "18.90"),
            ("Hand Sanitiser 500ml", "2", "6.50"),
            ("Plasters Assorted 40s", "1", "4.80"),
            ("Member Disc 10% Vit C", "1", "-1.89"),
        ]
    )
    for it in items:
        R.lr(f"{it['quantity']} {it['description']}", fmt(it["amount"], "en"))
    R.rule()
    tot = sum(i["amount"] for i in items)
    gst = incl_vat(tot, 9)
    R.lr("Total (incl. GST)", "S$" + fmt(tot, "en"), font="DVB", size=10)
    R.lr("PayNow", fmt(tot, "en"))
    R.lr("GST 9% included", fmt(gst, "en"))
    R.lr("Points earned", "46")
    R.rule()
    R.text("Exchange within 7 days with receipt.", size=7.5)
    R.text("Medicines are not exchangeable.", size=7.5)
    img = thermal(R.render())
    img = crumple(img, nrng, amp=3, cell=140, shade=0.05)
    jp = photo(
        img,
        nrng,
        long_side=1700,
        bg="granite",
        frac=0.86,
        tilt=0.06,
        rot=rng.uniform(-3, 3),
        barrel=0.04,
        light=0.35,
        lowlight=True,
        shadow=[(0.0, 0.0), (0.5, 0.0), (0.35, 0.45), (0.0, 0.5)],
        quality=66,
    )
    t = truth(
        number="TP01-260315-0042",
        date=iso(2026, 3, 15),
        due=None,
        vendor="HealthPlus Pharmacy Pte. Ltd.",
        amount=tot - gst,
        vat=gst,
        total=tot,
        currency="SGD",
        locale="en-SG",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="low light with sensor noise and a phone shadow over the top-left; GST 9% included in prices; member discount negative line; receipt number embeds the date as yymmdd",
        kind="photo",
    )
    return jp, "jpg", t


def r15(name):
    """US hardware store e-receipt, born-digital PDF on an 80 mm roll."""
    rng = random.Random(seed_of(name))
    R = Roll(name, 80, font="Helvetica", size=8.5)
    R.text("MILLER & SONS", font="Helvetica-Bold", size=15)
    R.text("HARDWARE", font="Helvetica", size=9)
    R.text("Miller & Sons Hardware, LLC", size=8)
    R.text("1802 Monroe St, Madison, WI 53711", size=8)
    R.text("(608) 555-0172", size=8)
    R.rule("solid")
    R.lr("Trans #: 884-21077", "03/02/2026")
    R.lr("Store 01  Reg 3", "4:27 PM")
    R.rule("solid")
    items = lines(
        [
            ("Sump pump 1/3 HP", "1", "149.99"),
            ("PVC pipe 1-1/2\" x 10'", "2", "11.48"),
            ('PVC elbow 1-1/2"', "4", "1.79"),
            ("PVC cement 8 oz", "1", "8.97"),
            ('Hose clamp 2" (2pk)', "2", "3.49"),
            ("Teflon tape", "1", "1.29"),
        ]
    )
    for it in items:
        R.text(it["description"], align="l")
        R.lr(f"    {it['quantity']} @ {fmt(it['unit_price'], 'en')}", fmt(it["amount"], "en"))
    R.rule("solid")
    sub = sum(i["amount"] for i in items)
    tax = vat_of(sub, D("5.5"))
    tot = sub + tax
    R.lr("SUBTOTAL", fmt(sub, "en"))
    R.lr("SALES TAX 5.5%", fmt(tax, "en"))
    R.lr("TOTAL", "$" + fmt(tot, "en"), font="Helvetica-Bold", size=11)
    R.lr("VISA ending 0815", fmt(tot, "en"))
    R.rule("solid")
    R.draw(lambda d, y: d.barcode(20, y - 28, d.W - 40, 26, rng), 32)
    R.text("88421077", size=8)
    R.text("Emailed receipt - thank you!", size=8)
    R.text("Returns within 90 days.", size=8)
    pdf = R.render()
    t = truth(
        number="884-21077",
        date=iso(2026, 3, 2),
        due=None,
        vendor="Miller & Sons Hardware, LLC",
        amount=sub,
        vat=tax,
        total=tot,
        currency="USD",
        locale="en-US",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="born-digital e-receipt PDF, 80 mm wide page as long as the content; Wisconsin sales tax 5.5% on the subtotal; wordmark split MILLER & SONS / HARDWARE, legal name with LLC below",
        kind="pdf",
    )
    return pdf, "pdf", t


def r16(name):
    """CA coffee house, GST 5% + tip, crumpled with phone shadow and motion blur."""
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name))
    R = Roll(name, 76, font="DVSC", size=8.5)
    R.text("Wildflower Coffee House", font="DVSCB", size=12)
    R.text("Wildflower Coffee Co. Ltd.", size=8)
    R.text("2217 Main Street, Vancouver BC V5T 3C9", size=7.5)
    R.text("GST/HST # 81447 2095 RT0001", size=7.5)
    R.rule()
    R.lr("Order 1143", "For here")
    R.lr("2026-03-14", "09:31")
    R.rule()
    items = lines(
        [
            ("Oat Flat White", "2", "5.75"),
            ("Cardamom Bun", "2", "4.95"),
            ("Avocado Toast", "1", "12.50"),
            ("Drip Coffee Refill", "1", "1.50"),
        ]
    )
    for it in items:
        R.lr(f"{it['quantity']}  {it['description']}", fmt(it["amount"], "en"))
    R.rule()
    sub = sum(i["amount"] for i in items)
    gst = vat_of(sub, 5)
    tip = Decimal("5.00")
    tot = sub + gst + tip
    R.lr("Subtotal", fmt(sub, "en"))
    R.lr("GST 5%", fmt(gst, "en"))
    R.lr("Tip", fmt(tip, "en"))
    R.lr("Total", "$" + fmt(tot, "en"), font="DVSCB", size=11)
    R.lr("Debit (Interac) ****7702", fmt(tot, "en"))
    R.rule()
    R.text("Thank you for visiting Wildflower!", size=8)
    img = thermal(R.render())
    img = crumple(img, nrng, amp=6, cell=100, shade=0.12)
    jp = photo(
        img,
        nrng,
        long_side=1900,
        bg="wood",
        frac=0.86,
        tilt=0.08,
        rot=rng.uniform(-5, -2),
        barrel=0.05,
        light=0.3,
        motion=2,
        shadow=[(0.55, 1.0), (0.62, 0.55), (1.0, 0.45), (1.0, 1.0)],
        quality=68,
    )
    t = truth(
        number="1143",
        date=iso(2026, 3, 14),
        due=None,
        vendor="Wildflower Coffee Co. Ltd.",
        amount=sub,
        vat=gst,
        total=tot,
        tip=tip,
        currency="CAD",
        locale="en-CA",
        layout="receipt",
        dtype="receipt",
        items=items,
        note="crumpled roll with a phone shadow over the lower right and slight motion blur; GST 5% only (no PST on restaurant food in BC); $5.00 tip included in Total, keyed as tip; ISO date; trading name differs from legal name",
        kind="photo",
    )
    return jp, "jpg", t


DOCS = [
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
    i11,
    i12,
    i13,
    i14,
    i15,
    i16,
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
    r11,
    r12,
    r13,
    r14,
    r15,
    r16,
]

COUNTRY = {
    "de-DE": "DE",
    "en-GB": "GB",
    "en-US": "US",
    "en-IN": "IN",
    "fr-FR": "FR",
    "nl-NL": "NL",
    "en-MY": "MY",
    "ms-MY": "MY",
    "en-SG": "SG",
    "de-CH": "CH",
    "de-AT": "AT",
    "it-IT": "IT",
    "es-ES": "ES",
    "en-AU": "AU",
    "en-IE": "IE",
    "pl-PL": "PL",
    "sv-SE": "SE",
    "en-CA": "CA",
}

CONVENTIONS = """## Truth conventions

- `amount` is the net before tax, `vat` the sum of all taxes printed (GST, SST service tax,
  CGST+SGST, VAT/MwSt/TVA/BTW/IVA/USt/moms, US sales tax), `total` the document's grand total.
  `amount + vat + tip + rounding == total` holds for every document (asserted by the generator).
- Prices that include tax (European, AU, SG retail receipts): `vat` is the printed included tax
  (summed over rates), `amount = total - vat` (this equals the printed net where one is printed).
- Service charge (r02, Singapore): a mandatory 10 % service charge is part of the taxable
  supply, so it is included in `amount`; GST is charged on subtotal + service charge.
- Tips (r03, r16) are printed lines included in the printed total; they are not in `amount` or
  `vat` (not keyed separately in the JSON, only noted).
- Rounding lines (cash rounding to 5 sen / 5 Rappen, Indian round-off, Swedish öresavrundning)
  are not in `amount` or `vat`; the total keyed is the rounded total as printed.
- No tax printed (r13, Malaysian shop not SST-registered): `vat` is null and `amount = total - rounding`.
- Deposits / amounts already paid (i05 "Acompte versé", i13 "Amount paid 0.00") do not change
  `total`: `total` is the invoice total (Total TTC), not the balance due.
- Credit note (i12): printed with negative quantities and amounts and keyed negative
  (`document_type` = `credit_note`).
- `vendor_name`: the seller's name as printed; where a trading name / wordmark and a legal
  entity name are both printed, the legal name with its legal form is keyed (e.g. r01
  "SRI MELAKA MAJU SDN. BHD." under the "RESTORAN SRI MELAKA MAJU" header, r04 "Red Lion Inns
  (Hitchin) Ltd" under "The Red Lion"); otherwise the name as printed (capitalisation kept).
- `invoice_number`: the invoice / receipt / bill / check / transaction / Beleg / Bon number as
  printed. Stamps (PAID/BEZAHLT/BETAALD/RECEIVED/RECIBIDO) carry dates that are never the invoice
  date. Fax header dates are transmission dates (equal to the invoice date in i01 by chance of
  the story, but keyed from the invoice body).
- `due_date` only where a due date is printed (label or sentence); receipts have none.
- Line items are the printed item lines (discounts / credits as negative lines). For
  tax-inclusive receipts unit prices and amounts are the printed gross values; `quantity` is a
  string as printed (negative on the credit note).
- `kind`: `pdf` = born-digital PDF with a text layer; `scan` = flat raster without a text layer
  (flatbed or fax scans as PNG or as image-only PDF, and the phone screenshot i07); `photo` =
  camera photo (JPEG).
"""


def write_readme(outdir: Path, rows):
    from collections import Counter

    mix = Counter()
    for _n, ext, t in rows:
        label = {
            "pdf": "born-digital PDF" if t["kind"] == "pdf" else "image-only PDF",
            "png": "PNG (scan / screenshot)",
            "jpg": "JPEG photo",
        }[ext]
        mix[(label, t["layout"])] += 1
    labels = ["born-digital PDF", "image-only PDF", "PNG (scan / screenshot)", "JPEG photo"]
    out = ["# blind-2026-13u: how paper really reaches an expense inbox", ""]
    out.append(
        "Generated by `python -m bench.blindsets.blind_2026_13u [OUTDIR] [--only NAME]` (deterministic: every"
    )
    out.append(
        "random choice is seeded with the CRC-32 of the document name; reportlab runs with `invariant=1`)."
    )
    out.append("")
    out.append("## How the set is drawn")
    out.append("")
    out.append(
        "Every document is drawn by its own function with reportlab (own layout, fonts, labels and language;"
    )
    out.append(
        "every text run is checked to stay on the page and not overlap another run, else `LayoutError`)."
    )
    out.append(
        "Amounts are computed once with `Decimal` (ROUND_HALF_UP) and printed and keyed from the same values."
    )
    out.append(
        "The capture is then simulated with numpy / OpenCV: fax (1-bit, 200x100 dpi rows, header line),"
    )
    out.append(
        "photocopies of photocopies (contrast, grey speckle, dark edges, rotation), dot-matrix characters printed"
    )
    out.append(
        "as dots on green-bar continuous paper, a carbon copy from a duplicate book (maroon form, blue carbon"
    )
    out.append(
        "entries in a slanted font), folds in three, a coffee ring, rubber stamps over totals, a phone"
    )
    out.append(
        "screenshot of a PDF viewer, and phone photos of thermal rolls (perspective onto a procedural table"
    )
    out.append(
        "texture, barrel lens distortion, smooth crumple warp with crease shading, phone shadows, uneven light,"
    )
    out.append(
        "low light with sensor noise, motion blur, thermal fading in a band or toward one edge, a cut-off bottom,"
    )
    out.append(
        "a hand holding the roll, a second receipt partly in frame). Every keyed value was checked by eye to"
    )
    out.append(
        f"stay legible. 16 invoices (i01..i16) and 16 receipts (r01..r16) from {len({COUNTRY[t['locale']] for _, _, t in rows})} countries."
    )
    out.append("")
    out.append(CONVENTIONS)
    out.append("## Mix")
    out.append("")
    out.append("| capture | invoices | receipts | total |")
    out.append("|---|---|---|---|")
    for lab in labels:
        a, b = mix[(lab, "invoice")], mix[(lab, "receipt")]
        out.append(f"| {lab} | {a} | {b} | {a + b} |")
    out.append(
        f"| **all** | {sum(v for (k, lay), v in mix.items() if lay == 'invoice')} | {sum(v for (k, lay), v in mix.items() if lay == 'receipt')} | {len(rows)} |"
    )
    out.append("")
    cc = Counter(COUNTRY[t["locale"]] for _, _, t in rows)
    out.append("Countries: " + ", ".join(f"{k} {v}" for k, v in sorted(cc.items())) + ".")
    out.append("")
    out.append("## Documents")
    out.append("")
    out.append("| doc | kind | country | type | vendor | number | total | what is tricky |")
    out.append("|---|---|---|---|---|---|---|---|")
    for n, ext, t in rows:
        out.append(
            f"| {n}.{ext} | {t['kind']} | {COUNTRY[t['locale']]} | {t['document_type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |"
        )
    (outdir / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def main(argv=None):
    args = list(sys.argv[1:] if argv is None else argv)
    only = None
    if "--only" in args:
        k = args.index("--only")
        only = args[k + 1]
        del args[k : k + 2]
    outdir = Path(args[0]) if args else DEFAULT_OUT
    outdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for fn in DOCS:
        n = fn.__name__
        if only and n != only:
            continue
        data, ext, t = fn(n)
        (outdir / f"{n}.{ext}").write_bytes(data)
        (outdir / f"{n}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        rows.append((n, ext, t))
        print(f"{n}.{ext}  {t['kind']:5s}  {t['total']:>10s} {t['currency']}  {t['vendor_name']}")
    if not only:
        write_readme(outdir, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
