# ruff: noqa: E501
"""Blind set 12n: North America and Oceania invoices and receipts (US, CA, AU, NZ).

Run from the repository root:
    python -m bench.blindsets.blind_2026_12n [OUTDIR] [--only NAME]

Every document is drawn by its own function with reportlab (invariant=1); images are degraded
with numpy / OpenCV, each random choice seeded with the CRC-32 of the document name.
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
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72.0 / 25.4
D0 = Decimal("0.00")
CENT = Decimal("0.01")
DEFAULT_OUT = Path("bench/blindsets/blind-2026-12n")

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "Sans": "DejaVuSans.ttf",
    "Sans-B": "DejaVuSans-Bold.ttf",
    "Sans-I": "DejaVuSans-Oblique.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-B": "DejaVuSansCondensed-Bold.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "Mono-B": "DejaVuSansMono-Bold.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-B": "DejaVuSerif-Bold.ttf",
    "Serif-I": "DejaVuSerif-Italic.ttf",
    "SerifC": "DejaVuSerifCondensed.ttf",
    "SerifC-B": "DejaVuSerifCondensed-Bold.ttf",
}
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, FONT_DIR + _f))


class LayoutError(Exception):
    pass


def D(x) -> Decimal:
    return Decimal(str(x))


def q(x) -> Decimal:
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def seed(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


def money(x: Decimal, sym: str = "", thou: str = ",", dec: str = ".", neg: str = "-") -> str:
    x = q(x)
    s = f"{abs(x):,.2f}"
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", thou)
    s = sym + s
    if x < 0:
        s = f"({s})" if neg == "()" else neg + s
    return s


def usd(x, sym="$"):
    return money(x, sym)


def frca(x, sym=True):
    """Quebec French: 1 234,56 $"""
    s = money(x, "", " ", ",")
    return s + " $" if sym else s


def line(desc, qty, unit, amt=None):
    """A line item with Decimal arithmetic; qty printed as given."""
    unit = D(unit)
    amt = q(D(qty) * unit) if amt is None else q(amt)
    return {"description": desc, "qty": str(qty), "unit": unit, "amount": amt}


def items_json(items):
    return [
        {
            "description": it["description"],
            "quantity": it["qty"],
            "unit_price": str(q(it["unit"])) if it["unit"] == q(it["unit"]) else str(it["unit"]),
            "amount": str(q(it["amount"])),
        }
        for it in items
    ]


def total_of(items) -> Decimal:
    return sum((it["amount"] for it in items), D0)


# ---------------------------------------------------------------------------------------------
# Drawing surface with layout checking (coordinates are top-down: y grows downward)


class Doc:
    def __init__(self, name: str, w: float, h: float):
        self.name, self.w, self.h = name, w, h
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(w, h), invariant=1)
        self.c.setTitle(name)
        self.c.setAuthor("")
        self.boxes: list[tuple[float, float, float, float, str]] = []
        self.maxy = 0.0
        self.page = 1

    # --- primitives
    def text(self, x, y, s, font="Sans", size=9.0, align="l", color=(0, 0, 0), check=True):
        s = str(s)
        if s == "":
            return 0.0
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        top, bot = y - 0.76 * size, y + 0.22 * size
        if check:
            if x0 < 3 or x0 + w > self.w - 3 or top < 3 or bot > self.h - 3:
                raise LayoutError(
                    f"{self.name} p{self.page}: off page: {s!r} ({x0:.1f},{top:.1f},{x0 + w:.1f},{bot:.1f}) page {self.w:.0f}x{self.h:.0f}"
                )
            for bx0, bt, bx1, bb, bs in self.boxes:
                if min(x0 + w, bx1) - max(x0, bx0) > 0.4 and min(bot, bb) - max(top, bt) > 0.4:
                    raise LayoutError(f"{self.name} p{self.page}: {s!r} overlaps {bs!r}")
            self.boxes.append((x0, top, x0 + w, bot, s))
        self.maxy = max(self.maxy, bot)
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, self.h - y, s)
        return w

    def width(self, s, font="Sans", size=9.0):
        return pdfmetrics.stringWidth(str(s), font, size)

    def wrap(self, s, font, size, maxw):
        words, lines, cur = str(s).split(), [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if self.width(t, font, size) <= maxw or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def hline(self, x1, x2, y, width=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(width)
        if dash:
            c.setDash(*dash)
        c.line(x1, self.h - y, x2, self.h - y)
        if dash:
            c.setDash()
        self.maxy = max(self.maxy, y)

    def vline(self, x, y1, y2, width=0.5, color=(0, 0, 0)):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x, self.h - y1, x, self.h - y2)

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), width=0.6, radius=0):
        c = self.c
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(width)
        if radius:
            c.roundRect(
                x,
                self.h - y - h,
                w,
                h,
                radius,
                stroke=int(stroke is not None),
                fill=int(fill is not None),
            )
        else:
            c.rect(
                x, self.h - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None)
            )
        self.maxy = max(self.maxy, y + h)

    def circle(self, x, y, r, fill=None, stroke=(0, 0, 0), width=0.8):
        c = self.c
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(width)
        c.circle(x, self.h - y, r, stroke=int(stroke is not None), fill=int(fill is not None))

    def poly(self, pts, fill=(0, 0, 0)):
        c = self.c
        p = c.beginPath()
        p.moveTo(pts[0][0], self.h - pts[0][1])
        for x, y in pts[1:]:
            p.lineTo(x, self.h - y)
        p.close()
        c.setFillColorRGB(*fill)
        c.drawPath(p, stroke=0, fill=1)

    def qr(self, x, y, size, rng, modules=25):
        """A QR-ish square of modules with three finder patterns."""
        m = size / modules
        self.rect(x, y, size, size, fill=(1, 1, 1), stroke=None)
        for i in range(modules):
            for j in range(modules):
                finder = (
                    (i < 7 and j < 7)
                    or (i < 7 and j >= modules - 7)
                    or (i >= modules - 7 and j < 7)
                )
                if finder:
                    continue
                if rng.random() < 0.48:
                    self.rect(x + i * m, y + j * m, m, m, fill=(0, 0, 0), stroke=None)
        for fx, fy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
            self.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, fill=(0, 0, 0), stroke=None)
            self.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, fill=(1, 1, 1), stroke=None)
            self.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, fill=(0, 0, 0), stroke=None)

    def barcode(self, x, y, w, h, rng):
        cx = x
        while cx < x + w - 3:
            bw = rng.choice((0.6, 0.6, 1.2, 1.8))
            if cx + bw > x + w:
                break
            self.rect(cx, y, bw, h, fill=(0, 0, 0), stroke=None)
            cx += bw + rng.choice((0.6, 1.2, 1.2, 1.8))

    def new_page(self):
        self.c.showPage()
        self.boxes = []
        self.page += 1

    def save(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


class Roll:
    """Receipt helper: a cursor running down a thermal roll."""

    def __init__(self, d: Doc, margin=8.0, font="Mono", size=8.0, lead=1.32, y=16.0):
        self.d, self.m, self.font, self.size, self.lead, self.y = d, margin, font, size, lead, y

    @property
    def right(self):
        return self.d.w - self.m

    def nl(self, k=1.0):
        self.y += self.size * self.lead * k

    def center(self, s, font=None, size=None):
        size = size or self.size
        self.y += size * self.lead - self.size * self.lead
        self.d.text(self.d.w / 2, self.y, s, font or self.font, size, "c")
        self.nl()

    def left(self, s, font=None, size=None, x=None):
        self.d.text(self.m if x is None else x, self.y, s, font or self.font, size or self.size)
        self.nl()

    def lr(self, a, b, font=None, size=None, mid=None, midx=None):
        f, s = font or self.font, size or self.size
        if a:
            self.d.text(self.m, self.y, a, f, s)
        if mid:
            self.d.text(midx, self.y, mid, f, s, "r")
        if b:
            self.d.text(self.right, self.y, b, f, s, "r")
        self.nl(s / self.size)

    def rule(self, ch="-"):
        if ch == "line":
            self.d.hline(self.m, self.right, self.y - self.size * 0.35, 0.6)
            self.nl(0.6)
            return
        n = int((self.right - self.m) / self.d.width(ch, self.font, self.size))
        self.d.text(self.m, self.y, ch * n, self.font, self.size)
        self.nl()


def build_pdf(name, fn, w, h=None):
    """Draw with fn(d, rng); h=None measures the content first (receipts are as long as their content)."""
    if h is None:
        probe = Doc(name, w, 6000)
        fn(probe, random.Random(seed(name)))
        h = probe.maxy + 20
    d = Doc(name, w, h)
    t = fn(d, random.Random(seed(name)))
    return d.save(), t


# ---------------------------------------------------------------------------------------------
# Image degradation


def render(pdf_bytes, dpi, page=0, grey=False):
    pdf = pdfium.PdfDocument(pdf_bytes)
    img = pdf[page].render(scale=dpi / 72.0, grayscale=grey).to_pil()
    arr = np.array(img.convert("L" if grey else "RGB"))
    pdf.close()
    return arr


def thermal_fade(img, rng, strength=0.45):
    """Fade dark ink unevenly, as ageing thermal paper does."""
    h, w = img.shape[:2]
    ys = np.linspace(0, 1, h)[:, None]
    xs = np.linspace(0, 1, w)[None, :]
    ph1, ph2 = rng.uniform(0, 6.28, 2)
    fmap = 1 - strength * (0.5 + 0.5 * np.sin(ys * rng.uniform(2, 5) + ph1)) * (
        0.6 + 0.4 * np.sin(xs * rng.uniform(1, 3) + ph2)
    )
    streaks = rng.uniform(0.85, 1.0, size=(h, 1))
    streaks = cv2.GaussianBlur(streaks.astype(np.float32), (1, 0), sigmaX=1, sigmaY=6).reshape(h, 1)
    fmap = np.clip(fmap * streaks, 0.35, 1.0)
    ink = 255.0 - img.astype(np.float32)
    if img.ndim == 3:
        fmap = fmap[:, :, None]
    out = 255.0 - ink * fmap
    return np.clip(out, 0, 255).astype(np.uint8)


def add_noise(img, rng, sigma):
    n = rng.normal(0, sigma, img.shape)
    return np.clip(img.astype(np.float32) + n, 0, 255).astype(np.uint8)


def specks(img, rng, count):
    h, w = img.shape[:2]
    out = img.copy()
    for _ in range(count):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        r = int(rng.integers(1, 3))
        col = int(rng.integers(20, 110))
        cv2.circle(out, (x, y), r, (col, col, col) if img.ndim == 3 else col, -1)
    return out


def rotate(img, angle, fill=255):
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    bv = (fill, fill, fill) if img.ndim == 3 else fill
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=bv)


def scan(
    pdf_bytes,
    name,
    dpi=200,
    grey=True,
    skew=None,
    blur=0.7,
    noise=5.0,
    nspecks=40,
    fade=0.0,
    width=None,
    tint=None,
):
    rng = np.random.default_rng(seed(name) + 17)
    img = render(pdf_bytes, dpi, grey=grey)
    if fade:
        img = thermal_fade(img, rng, fade)
    if tint is not None and img.ndim == 3:
        img = (
            (img.astype(np.float32) * np.array(tint, np.float32)[None, None, :])
            .clip(0, 255)
            .astype(np.uint8)
        )
    if skew is None:
        skew = float(rng.uniform(-1.6, 1.6))
    img = rotate(img, skew, 246)
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img = add_noise(img, rng, noise)
    img = specks(img, rng, nspecks)
    if width:
        h, w = img.shape[:2]
        img = cv2.resize(img, (width, round(h * width / w)), interpolation=cv2.INTER_AREA)
    return img


def background(rng, h, w):
    kind = rng.integers(0, 3)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == 0:  # wood
        base = np.array([120, 85, 55], np.float32)
        grain = 0.5 + 0.5 * np.sin(yy / rng.uniform(9, 16) + 3 * np.sin(xx / rng.uniform(150, 300)))
        tex = base[None, None, :] * (0.75 + 0.35 * grain[:, :, None])
    elif kind == 1:  # grey desk
        base = np.array([95, 98, 104], np.float32)
        tex = np.broadcast_to(base, (h, w, 3)).copy()
    else:  # dark fabric
        base = np.array([48, 52, 66], np.float32)
        weave = 0.5 + 0.5 * np.sin(xx / 2.3) * np.sin(yy / 2.3)
        tex = base[None, None, :] * (0.85 + 0.3 * weave[:, :, None])
    tex = tex + rng.normal(0, 7, (h, w, 3))
    return np.clip(tex, 0, 255).astype(np.float32)


def photo(pdf_bytes, name, dpi=200, long_side=None, quality=None, fold=True, shadow=True):
    rng = np.random.default_rng(seed(name) + 29)
    paper = render(pdf_bytes, dpi).astype(np.float32)
    paper = paper * np.array([1.0, 0.985, 0.955], np.float32)[None, None, :]
    ph, pw = paper.shape[:2]
    long_side = int(long_side or rng.integers(1600, 2300))
    if ph >= pw:
        H = long_side
        W = int(H * (0.78 if pw / ph > 0.5 else max(0.5, pw / ph + 0.25)))
    else:
        W = long_side
        H = int(W * 0.78)
    s = min(0.9 * H / ph, 0.88 * W / pw)
    cw, chh = pw * s, ph * s
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    j = 0.025 * min(W, H)
    dst = np.float32(
        [
            [cx - cw / 2 + rng.uniform(-j, j), cy - chh / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j), cy - chh / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j), cy + chh / 2 + rng.uniform(-j, j)],
            [cx - cw / 2 + rng.uniform(-j, j), cy + chh / 2 + rng.uniform(-j, j)],
        ]
    )
    dst[:, 0] = np.clip(dst[:, 0], 4, W - 4)
    dst[:, 1] = np.clip(dst[:, 1], 4, H - 4)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(paper, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))[:, :, None]
    if fold:
        fy = int(rng.uniform(0.3, 0.7) * ph)
        band = np.ones((ph, pw), np.float32)
        band[max(0, fy - 2) : fy + 1, :] = 0.82
        band[fy + 1 : fy + 5, :] = 1.04
        bw = cv2.warpPerspective(band, m, (W, H), borderValue=1.0)[:, :, None]
        warped = warped * bw
    bg = background(rng, H, W)
    out = bg * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    g = np.cos(ang) * xx / W + np.sin(ang) * yy / H
    g = (g - g.min()) / (g.max() - g.min() + 1e-6)
    light = 0.78 + 0.3 * g
    out = out * light[:, :, None]
    if shadow:
        sh = np.ones((H, W), np.float32)
        x0 = int(rng.uniform(0.55, 0.8) * W)
        pts = np.int32([[x0, 0], [W, 0], [W, H], [x0 + int(rng.uniform(-0.2, 0.2) * W), H]])
        cv2.fillPoly(sh, [pts], 0.72)
        sh = cv2.GaussianBlur(sh, (0, 0), 40)
        out = out * sh[:, :, None]
    out = cv2.GaussianBlur(out, (0, 0), 0.6)
    out = out + rng.normal(0, 3.5, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    return out, int(quality or rng.integers(62, 80))


def save_png(arr, path):
    Image.fromarray(arr).save(path, format="PNG", optimize=False)


def save_jpg(arr, path, quality=75):
    Image.fromarray(arr).save(
        path, format="JPEG", quality=int(quality), optimize=False, progressive=False
    )


def image_pdf(arr, path, w, h, quality=82):
    """An image-only PDF: the degraded page image is the page's only content (embedded as JPEG)."""
    jb = io.BytesIO()
    Image.fromarray(arr).save(jb, format="JPEG", quality=quality, optimize=False)
    jb.seek(0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.drawImage(ImageReader(jb), 0, 0, w, h)
    c.showPage()
    c.save()
    Path(path).write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# Truth


def truth(
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
    rounding=D0,
):
    amount, total = q(amount), q(total)
    vat = None if vat is None else q(vat)
    if amount + (vat if vat is not None else D0) + q(rounding) != total:
        raise AssertionError(f"arithmetic: {amount} + {vat} + {rounding} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": str(amount),
        "vat": None if vat is None else str(vat),
        "total": str(total),
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items_json(items),
        "note": note,
    }


# ---------------------------------------------------------------------------------------------
# Invoices


def i01(d: Doc, rng):
    """QuickBooks Online style contractor invoice, Texas, labour untaxed, deposit applied."""
    W, H = d.w, d.h
    green = (0.17, 0.52, 0.36)
    vendor = "Lone Star Remodeling LLC"
    d.text(40, 58, vendor, "Sans-B", 13)
    for k, s in enumerate(
        [
            "4417 Burnet Road, Suite 3",
            "Austin, TX 78756",
            "(512) 555-0148",
            "office@lonestarremodel.com",
            "www.lonestarremodel.com",
        ]
    ):
        d.text(40, 74 + k * 12, s, "Sans", 8.5)
    d.circle(W - 80, 78, 30, fill=green, stroke=None)
    d.text(W - 80, 84, "LSR", "Serif-B", 18, "c", (1, 1, 1))
    d.text(40, 160, "INVOICE", "Sans", 20, color=green)
    d.text(40, 188, "BILL TO", "Sans-B", 7.5, color=(0.4, 0.4, 0.4))
    for k, s in enumerate(["Rebecca Alvarez", "2210 Oakmont Blvd", "Austin, TX 78703"]):
        d.text(40, 200 + k * 11, s, "Sans", 8.5)
    d.text(200, 188, "SHIP TO", "Sans-B", 7.5, color=(0.4, 0.4, 0.4))
    for k, s in enumerate(["Rebecca Alvarez", "2210 Oakmont Blvd", "Austin, TX 78703"]):
        d.text(200, 200 + k * 11, s, "Sans", 8.5)
    meta = [
        ("INVOICE #", "1087"),
        ("DATE", "03/12/2026"),
        ("DUE DATE", "04/11/2026"),
        ("TERMS", "Net 30"),
    ]
    for k, (a, b) in enumerate(meta):
        d.text(420, 188 + k * 12, a, "Sans-B", 7.5, "r", (0.4, 0.4, 0.4))
        d.text(430, 188 + k * 12, b, "Sans", 8.5)
    d.hline(40, W - 40, 242, 1.2, green)
    items = [
        line("Demolition - remove tub surround, vanity, floor tile (labor)", "16", "65.00"),
        line('Drywall 1/2" 4x8 moisture resistant', "22", "14.28"),
        line("Joint compound, all purpose 4.5 gal", "3", "18.97"),
        line("Tile installation - floor and shower walls (labor)", "24", "72.00"),
        line("Porcelain tile 12x24, matte grey (sq ft)", "180", "3.49"),
        line("Dumpster rental 10 yd, 1 week", "1", "425.00"),
    ]
    taxable = [False, True, True, False, True, True]
    dates = ["02/23/2026", "02/24/2026", "02/24/2026", "03/02/2026", "03/02/2026", "02/23/2026"]
    acts = ["Labor", "Materials", "Materials", "Labor", "Materials", "Equipment"]
    y = 258
    cols = [
        (40, "DATE", "l"),
        (100, "ACTIVITY", "l"),
        (400, "TAX", "l"),
        (450, "QTY", "r"),
        (505, "RATE", "r"),
        (W - 40, "AMOUNT", "r"),
    ]
    d.rect(40, y - 10, W - 80, 14, fill=(0.9, 0.95, 0.92), stroke=None)
    for x, t, a in cols:
        d.text(x, y, t, "Sans-B", 7.5, a, green)
    y += 20
    for it, tx, dt, ac in zip(items, taxable, dates, acts, strict=False):
        d.text(40, y, dt, "Sans", 8)
        d.text(100, y, ac, "Sans-B", 8)
        for k, ln in enumerate(d.wrap(it["description"], "Sans", 8, 290)):
            d.text(100, y + 11 + k * 10, ln, "Sans", 8)
        d.text(400, y, "TX" if tx else "", "Sans", 8)
        d.text(450, y, it["qty"], "Sans", 8, "r")
        d.text(505, y, money(it["unit"]), "Sans", 8, "r")
        d.text(W - 40, y, money(it["amount"]), "Sans", 8, "r")
        y += 34
    d.hline(40, W - 40, y - 8, 0.4, (0.6, 0.6, 0.6), dash=(2, 2))
    net = total_of(items)
    base = sum((it["amount"] for it, t in zip(items, taxable, strict=False) if t), D0)
    tax = q(base * D("0.0825"))
    total = net + tax
    deposit = D("1500.00")
    y += 8
    d.text(
        40,
        y,
        "Labor is not taxable under Texas residential repair rules.",
        "Sans-I",
        7.5,
        color=(0.4, 0.4, 0.4),
    )
    rows = [
        ("SUBTOTAL", money(net)),
        ("TAX (8.25% on " + money(base) + ")", money(tax)),
        ("TOTAL", money(total)),
        ("DEPOSIT (02/20/2026)", "-" + money(deposit)),
    ]
    for a, b in rows:
        d.text(470, y, a, "Sans", 8.5, "r")
        d.text(W - 40, y, b, "Sans", 8.5, "r")
        y += 15
    d.hline(360, W - 40, y - 8, 0.8)
    y += 8
    d.text(470, y, "BALANCE DUE", "Sans", 9, "r")
    d.text(W - 40, y, "$" + money(total - deposit), "Sans-B", 15, "r")
    d.text(
        40,
        H - 90,
        "Thank you for your business! Pay online or mail a check to the address above.",
        "Sans",
        8,
    )
    d.text(40, H - 76, "Warranty: workmanship warranted for 12 months from completion.", "Sans", 8)
    d.text(
        W / 2,
        H - 30,
        "Lone Star Remodeling LLC  ·  TX Registered Contractor  ·  Page 1 of 1",
        "Sans",
        7,
        "c",
        (0.5, 0.5, 0.5),
    )
    return truth(
        "1087",
        "2026-03-12",
        "2026-04-11",
        vendor,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "QuickBooks-style; labour lines untaxed, tax 8.25% only on materials (base printed); $1,500 deposit applied so BALANCE DUE differs from TOTAL",
    )


def i02(d: Doc, rng):
    """Home-made Word-template plumber invoice, Ohio, bordered table, deposit received, due on receipt."""
    W, H = d.w, d.h
    vendor = "Kowalski Plumbing & Drain"
    d.text(W / 2, 62, vendor.upper(), "Serif-B", 17, "c")
    d.text(W / 2, 80, "Licensed & Insured  ·  OH Lic. #PL.48213", "Serif-I", 9, "c")
    d.text(W / 2, 94, "1290 Parsons Ave, Columbus, OH 43206  ·  (614) 555-0192", "Serif", 9, "c")
    d.hline(50, W - 50, 104, 1.5)
    d.hline(50, W - 50, 107, 0.5)
    d.text(50, 138, "INVOICE", "Serif-B", 22)
    d.text(W - 50, 126, "INVOICE NO: 2026-014", "Serif-B", 10, "r")
    d.text(W - 50, 140, "DATE: February 9, 2026", "Serif", 10, "r")
    d.text(W - 50, 154, "JOB DATE: February 6, 2026", "Serif", 10, "r")
    d.text(50, 178, "BILL TO:", "Serif-B", 10)
    for k, s in enumerate(
        ["Mr. Tom Henley", "88 Kenworth Rd", "Upper Arlington, OH 43221", "Phone: (614) 555-0177"]
    ):
        d.text(50, 192 + k * 13, s, "Serif", 10)
    d.text(330, 178, "JOB SITE:", "Serif-B", 10)
    d.text(330, 192, "Same as billing", "Serif", 10)
    d.text(330, 205, "Work: replace water heater,", "Serif", 10)
    d.text(330, 218, "repair kitchen drain line", "Serif", 10)
    items = [
        line("Bradford White 50 gal gas water heater", "1", "1089.00"),
        line("Flex connectors, gas cock, fittings", "1", "64.35"),
        line("Expansion tank 2 gal", "1", "52.80"),
        line('1-1/2" PVC trap kit and pipe', "2", "18.45"),
        line("Labor - water heater install (hrs)", "4.5", "115.00"),
        line("Labor - drain repair (hrs)", "1.5", "115.00"),
        line("Haul-away and disposal of old heater", "1", "45.00"),
    ]
    taxable = [True, True, True, True, False, False, False]
    x = [50, 330, 380, 460, W - 50]
    y0 = 262
    rowh = 20
    d.rect(x[0], y0, x[-1] - x[0], rowh, fill=(0.85, 0.85, 0.85), stroke=(0, 0, 0))
    heads = ["Description", "Qty", "Price", "Line Total"]
    for k, hd in enumerate(heads):
        if k == 0:
            d.text(x[0] + 5, y0 + 14, hd, "Serif-B", 10)
        else:
            d.text(x[k + 1] - 5, y0 + 14, hd, "Serif-B", 10, "r")
    y = y0 + rowh
    nrows = len(items) + 3
    for r in range(nrows):
        d.rect(x[0], y + r * rowh, x[-1] - x[0], rowh, stroke=(0, 0, 0))
    for xx in x[1:-1]:
        d.vline(xx, y0, y + nrows * rowh)
    for r, (it, t) in enumerate(zip(items, taxable, strict=False)):
        yy = y + r * rowh + 14
        d.text(x[0] + 5, yy, it["description"] + (" *" if t else ""), "Serif", 10)
        d.text(x[2] - 5, yy, it["qty"], "Serif", 10, "r")
        d.text(x[3] - 5, yy, money(it["unit"]), "Serif", 10, "r")
        d.text(x[4] - 5, yy, money(it["amount"]), "Serif", 10, "r")
    y = y + nrows * rowh + 18
    net = total_of(items)
    base = sum((it["amount"] for it, t in zip(items, taxable, strict=False) if t), D0)
    tax = q(base * D("0.075"))
    total = net + tax
    dep = D("500.00")
    d.text(50, y, "* taxable item (parts). Franklin County sales tax 7.5%", "Serif-I", 9)
    rows = [
        ("Subtotal", money(net, "$")),
        ("Sales Tax 7.5%", money(tax, "$")),
        ("TOTAL", money(total, "$")),
        ("Less deposit received 2/5/26", "(" + money(dep, "$") + ")"),
        ("BALANCE DUE", money(total - dep, "$")),
    ]
    for a, b in rows:
        f = "Serif-B" if a in ("TOTAL", "BALANCE DUE") else "Serif"
        d.text(430, y, a, f, 10, "r")
        d.text(W - 55, y, b, f, 10, "r")
        y += 16
    d.rect(300, y - 28, W - 350, 17, stroke=(0, 0, 0), width=1.2)
    y += 20
    d.text(
        50,
        y,
        "Payment due upon receipt. Make checks payable to Kowalski Plumbing & Drain.",
        "Serif",
        10,
    )
    d.text(
        50,
        y + 14,
        "We also accept Zelle: pay@kowalskiplumbing.com. A 1.5% monthly charge applies to past due accounts.",
        "Serif",
        9,
    )
    d.text(W / 2, H - 60, "Thank You For Your Business!", "Serif-I", 13, "c")
    return truth(
        "2026-014",
        "2026-02-09",
        None,
        vendor,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "Word template with bordered table; parts taxed 7.5%, labour not; deposit in parentheses; 'due upon receipt' so no due date; long-form date",
    )


def i03(d: Doc, rng):
    """Law firm invoice, New York, two pages of time entries, previous balance carried."""
    W, H = d.w, d.h
    vendor = "Hartwell, Osei & Brandt LLP"
    navy = (0.1, 0.15, 0.35)

    def header(pg):
        d.text(W / 2, 52, "HARTWELL, OSEI & BRANDT LLP", "Serif-B", 14, "c", navy)
        d.text(W / 2, 67, "Attorneys at Law", "Serif-I", 9.5, "c", navy)
        d.text(
            W / 2,
            80,
            "500 Fifth Avenue, 22nd Floor  ·  New York, NY 10110  ·  (212) 555-0163  ·  Tax ID 13-4829117",
            "Serif",
            8,
            "c",
        )
        d.hline(60, W - 60, 88, 0.8, navy)
        d.text(W - 60, H - 36, f"Page {pg} of 2", "Serif", 8, "r")
        d.text(60, H - 36, "Invoice No. 52714  ·  Matter 2219-004", "Serif", 8)

    header(1)
    d.text(60, 118, "Ms. Priya Natarajan", "Serif", 10)
    d.text(60, 131, "General Counsel, Brightline Logistics Inc.", "Serif", 10)
    d.text(60, 144, "1 Harbor Point Road, Stamford, CT 06902", "Serif", 10)
    meta = [
        ("Invoice Date:", "04/30/2026"),
        ("Invoice No.:", "52714"),
        ("Client/Matter:", "2219-004"),
        ("Billing Period:", "04/01/2026 - 04/30/2026"),
        ("Due Date:", "05/30/2026"),
    ]
    for k, (a, b) in enumerate(meta):
        d.text(400, 118 + k * 13, a, "Serif", 9, "r")
        d.text(408, 118 + k * 13, b, "Serif", 9)
    d.text(
        60, 200, "RE: Brightline Logistics - Warehouse Lease Dispute (Jersey City)", "Serif-B", 10
    )
    d.text(60, 222, "FOR PROFESSIONAL SERVICES RENDERED", "Serif-B", 9, color=navy)
    rates = {"JRH": D("650.00"), "AO": D("525.00"), "MK": D("340.00"), "PL": D("185.00")}
    entries = [
        (
            "04/01/26",
            "JRH",
            "Review landlord's notice of default; call with client re strategy",
            "1.2",
        ),
        ("04/02/26", "MK", "Research NJ commercial lease cure-period case law", "3.4"),
        ("04/03/26", "AO", "Draft response letter to landlord's counsel", "2.1"),
        ("04/06/26", "JRH", "Revise response letter; conference with A. Osei", "0.8"),
        ("04/07/26", "PL", "Assemble lease amendments and estoppel certificates", "2.5"),
        ("04/09/26", "MK", "Draft memorandum on holdover rent exposure", "4.2"),
        ("04/10/26", "AO", "Call with opposing counsel re standstill proposal", "0.6"),
        ("04/13/26", "AO", "Draft standstill agreement", "2.7"),
        ("04/14/26", "JRH", "Review and revise standstill agreement", "1.0"),
        ("04/15/26", "PL", "Prepare document production index", "3.0"),
        ("04/17/26", "MK", "Review landlord's document production (Batch 1)", "5.1"),
        ("04/20/26", "AO", "Prepare for and attend site inspection in Jersey City", "4.5"),
        ("04/21/26", "MK", "Summarize inspection findings for client", "1.9"),
        ("04/22/26", "JRH", "Strategy call with client and A. Osei", "0.9"),
        ("04/23/26", "AO", "Draft mediation statement", "3.8"),
        ("04/24/26", "MK", "Cite-check mediation statement; prepare exhibits", "2.6"),
        ("04/27/26", "JRH", "Final review of mediation statement", "1.1"),
        ("04/28/26", "PL", "File-stamp and serve mediation submission", "1.2"),
        ("04/29/26", "AO", "Prepare client for mediation session", "1.6"),
        ("04/30/26", "AO", "Attend mediation (half day)", "4.0"),
    ]
    items = [line(f"{dt} {ini} {desc}", hrs, rates[ini]) for dt, ini, desc, hrs in entries]
    cols = [
        (60, "Date", "l"),
        (112, "Atty", "l"),
        (146, "Description", "l"),
        (440, "Hours", "r"),
        (492, "Rate", "r"),
        (W - 60, "Amount", "r"),
    ]

    def thead(y):
        for x, t, a in cols:
            d.text(x, y, t, "Serif-B", 8.5, a)
        d.hline(60, W - 60, y + 4, 0.5)

    y = 242
    thead(y)
    y += 18
    for k, ((dt, ini, desc, hrs), it) in enumerate(zip(entries, items, strict=False)):
        if k == 14:
            d.text(W - 60, y + 6, "continued on next page", "Serif-I", 8, "r")
            d.new_page()
            header(2)
            y = 118
            thead(y)
            y += 18
        lines_ = d.wrap(desc, "Serif", 8.5, 280)
        d.text(60, y, dt, "Serif", 8.5)
        d.text(112, y, ini, "Serif", 8.5)
        for j, ln in enumerate(lines_):
            d.text(146, y + j * 10.5, ln, "Serif", 8.5)
        d.text(440, y, hrs, "Serif", 8.5, "r")
        d.text(492, y, money(it["unit"]), "Serif", 8.5, "r")
        d.text(W - 60, y, money(it["amount"]), "Serif", 8.5, "r")
        y += 10.5 * len(lines_) + 6
    fees = total_of(items)
    hours = sum((D(e[3]) for e in entries), D0)
    d.hline(400, W - 60, y - 4, 0.5)
    y += 8
    d.text(340, y, f"Total hours: {hours}", "Serif", 9, "r")
    d.text(480, y, "Total fees", "Serif-B", 9, "r")
    d.text(W - 60, y, money(fees, "$"), "Serif-B", 9, "r")
    y += 26
    d.text(60, y, "DISBURSEMENTS", "Serif-B", 9, color=navy)
    y += 16
    disb = [
        line("04/08/26 Courier - Jersey City (Same Day Legal)", "1", "48.50"),
        line("04/20/26 Mileage and tolls, site inspection", "1", "62.40"),
        line("04/28/26 JAMS mediation filing fee (50% share)", "1", "375.00"),
        line("Document reproduction (1,240 pages @ $0.10)", "1", "124.00"),
    ]
    for it in disb:
        d.text(60, y, it["description"], "Serif", 8.5)
        d.text(W - 60, y, money(it["amount"]), "Serif", 8.5, "r")
        y += 13
    dsum = total_of(disb)
    d.text(480, y + 4, "Total disbursements", "Serif-B", 9, "r")
    d.text(W - 60, y + 4, money(dsum, "$"), "Serif-B", 9, "r")
    y += 34
    current = fees + dsum
    prev = D("8742.50")
    paid = D("6000.00")
    d.rect(300, y - 12, W - 360, 96, stroke=navy, width=0.8)
    rows = [
        ("Total current charges", money(current, "$")),
        ("Previous balance", money(prev, "$")),
        ("Payment received 04/15/26", "(" + money(paid, "$") + ")"),
        ("Past due balance", money(prev - paid, "$")),
    ]
    for a, b in rows:
        d.text(310, y + 2, a, "Serif", 9)
        d.text(W - 68, y + 2, b, "Serif", 9, "r")
        y += 16
    d.hline(306, W - 66, y - 9, 0.5)
    d.text(310, y + 6, "TOTAL AMOUNT DUE", "Serif-B", 10)
    d.text(W - 68, y + 6, money(current + prev - paid, "$"), "Serif-B", 10, "r")
    y += 50
    d.text(
        60,
        y,
        "Wire: Citibank N.A., ABA 021000089, Acct 4820019377, ref. 52714. Payment is due within 30 days of the invoice date.",
        "Serif",
        8,
    )
    d.text(60, y + 12, "Legal services are not subject to New York sales tax.", "Serif-I", 8)
    return truth(
        "52714",
        "2026-04-30",
        "2026-05-30",
        vendor,
        current,
        None,
        current,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items + disb,
        "two pages; time entries; no sales tax; TOTAL AMOUNT DUE includes past-due balance from prior invoice - keyed total is current charges only",
    )


def i04(d: Doc, rng):
    """Dental practice invoice / statement, California, insurance payments applied, no tax."""
    W, H = d.w, d.h
    vendor = "Bayview Family Dentistry, Inc."
    teal = (0.0, 0.45, 0.5)
    d.poly([(50, 40), (62, 70), (74, 40), (68, 36), (62, 44), (56, 36)], fill=teal)
    d.text(84, 56, "Bayview Family Dentistry", "Sans-B", 15, color=teal)
    d.text(
        84,
        70,
        "Bayview Family Dentistry, Inc.  ·  Dr. Elena Ruiz, DDS  ·  Dr. Mark Tanaka, DMD",
        "Sans",
        8,
    )
    d.text(
        84, 81, "2300 Geary Blvd, Suite 210, San Francisco, CA 94115  ·  (415) 555-0127", "Sans", 8
    )
    d.rect(50, 100, W - 100, 24, fill=teal, stroke=None)
    d.text(60, 116, "PATIENT INVOICE", "Sans-B", 12, color=(1, 1, 1))
    d.text(W - 60, 116, "Invoice No. 2026-03318", "Sans-B", 10, "r", (1, 1, 1))
    left = [
        ("Patient:", "Jordan Whitaker"),
        ("Account #:", "WHI-00412"),
        ("Responsible party:", "Jordan Whitaker"),
        ("Address:", "1455 Lombard St Apt 6, San Francisco, CA 94123"),
    ]
    for k, (a, b) in enumerate(left):
        d.text(60, 146 + k * 13, a, "Sans-B", 8.5)
        d.text(150, 146 + k * 13, b, "Sans", 8.5)
    right = [
        ("Statement date:", "05/04/2026"),
        ("Provider:", "E. Ruiz, DDS"),
        ("Insurance:", "Delta Dental PPO"),
    ]
    for k, (a, b) in enumerate(right):
        d.text(450, 146 + k * 13, a, "Sans-B", 8.5, "r")
        d.text(456, 146 + k * 13, b, "Sans", 8.5)
    y = 218
    cols = [
        (60, "Date of Svc", "l"),
        (128, "Code", "l"),
        (170, "Tooth", "l"),
        (208, "Procedure", "l"),
        (W - 60, "Fee", "r"),
    ]
    d.hline(50, W - 50, y - 11, 0.8)
    for x, t, a in cols:
        d.text(x, y, t, "Sans-B", 8.5, a)
    d.hline(50, W - 50, y + 5, 0.8)
    procs = [
        ("04/21/2026", "D0120", "", "Periodic oral evaluation - established patient", "68.00"),
        ("04/21/2026", "D1110", "", "Prophylaxis - adult", "112.00"),
        ("04/21/2026", "D0274", "", "Bitewings - four radiographic images", "86.00"),
        ("04/28/2026", "D2392", "30", "Resin-based composite - two surfaces, posterior", "245.00"),
        ("04/28/2026", "D2391", "19", "Resin-based composite - one surface, posterior", "198.00"),
    ]
    items = [line(f"{c} {p}" + (f" (tooth {t})" if t else ""), "1", f) for _, c, t, p, f in procs]
    y += 20
    for (dt, c, t, p, _f), it in zip(procs, items, strict=False):
        d.text(60, y, dt, "Sans", 8.5)
        d.text(128, y, c, "Sans", 8.5)
        d.text(176, y, t, "Sans", 8.5)
        d.text(208, y, p, "Sans", 8.5)
        d.text(W - 60, y, money(it["amount"]), "Sans", 8.5, "r")
        y += 15
    charges = total_of(items)
    ins = D("486.40")
    adj = D("93.60")
    d.hline(50, W - 50, y - 6, 0.5)
    y += 12
    rows = [
        ("Total charges", money(charges, "$")),
        ("Insurance payment - Delta Dental (05/01/2026)", "-" + money(ins, "$")),
        ("PPO contractual adjustment", "-" + money(adj, "$")),
        ("Patient payments", "$0.00"),
    ]
    for a, b in rows:
        d.text(440, y, a, "Sans", 9, "r")
        d.text(W - 60, y, b, "Sans", 9, "r")
        y += 15
    d.rect(300, y - 4, W - 350, 26, fill=(0.9, 0.96, 0.96), stroke=teal)
    d.text(310, y + 13, "PATIENT BALANCE DUE", "Sans-B", 10)
    d.text(W - 60, y + 13, money(charges - ins - adj, "$"), "Sans-B", 12, "r")
    y += 50
    d.text(
        60,
        y,
        "Please pay by 06/03/2026. Dental services are not subject to California sales tax.",
        "Sans",
        8.5,
    )
    d.text(
        60,
        y + 13,
        "Questions about your balance? Call our billing office at (415) 555-0128, Mon-Fri 8am-5pm.",
        "Sans",
        8.5,
    )
    d.hline(50, W - 50, H - 150, 0.6, dash=(4, 3))
    d.text(60, H - 134, "Please detach and return this portion with your payment", "Sans-I", 8)
    d.text(60, H - 116, "Account #: WHI-00412    Invoice No. 2026-03318", "Sans", 9)
    d.text(
        60,
        H - 102,
        "Amount due: " + money(charges - ins - adj, "$") + "     Amount enclosed: $ ________",
        "Sans",
        9,
    )
    d.text(
        60,
        H - 88,
        "[ ] VISA  [ ] MC  [ ] AMEX   Card # ______________________  Exp ____",
        "Sans",
        9,
    )
    d.text(W - 60, H - 116, "Bayview Family Dentistry, Inc.", "Sans", 9, "r")
    d.text(W - 60, H - 102, "2300 Geary Blvd, Suite 210", "Sans", 9, "r")
    d.text(W - 60, H - 88, "San Francisco, CA 94115", "Sans", 9, "r")
    return truth(
        "2026-03318",
        "2026-05-04",
        "2026-06-03",
        vendor,
        charges,
        None,
        charges,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "dental statement; insurance payment and PPO adjustment reduce PATIENT BALANCE DUE - keyed total is total charges; no tax; due date only in 'Please pay by'",
    )


def i05(d: Doc, rng):
    """FreshBooks-style freelancer invoice, Oregon (no sales tax), Tax 0.00 printed."""
    W, H = d.w, d.h
    vendor = "Maya Chen Design"
    blue = (0.0, 0.46, 0.87)
    d.rect(0, 0, W, 8, fill=blue, stroke=None)
    d.text(48, 64, "Maya Chen Design", "Sans-B", 18)
    d.text(W - 48, 50, "Maya Chen", "Sans", 8.5, "r")
    d.text(W - 48, 62, "(503) 555-0186", "Sans", 8.5, "r")
    d.text(W - 48, 74, "maya@mayachen.design", "Sans", 8.5, "r")
    d.text(W - 48, 86, "3318 SE Division St", "Sans", 8.5, "r")
    d.text(W - 48, 98, "Portland, Oregon 97202", "Sans", 8.5, "r")
    d.text(48, 140, "Billed To", "Sans", 8, color=(0.45, 0.45, 0.45))
    for k, s in enumerate(
        ["Fernwood Outdoor Co.", "Attn: Sam Ortiz", "720 NW Davis St", "Portland, Oregon 97209"]
    ):
        d.text(48, 154 + k * 12, s, "Sans", 9)
    d.text(220, 140, "Date of Issue", "Sans", 8, color=(0.45, 0.45, 0.45))
    d.text(220, 154, "03/31/2026", "Sans", 9)
    d.text(220, 178, "Due Date", "Sans", 8, color=(0.45, 0.45, 0.45))
    d.text(220, 192, "04/30/2026", "Sans", 9)
    d.text(330, 140, "Invoice Number", "Sans", 8, color=(0.45, 0.45, 0.45))
    d.text(330, 154, "0000042", "Sans", 9)
    d.text(330, 178, "Reference", "Sans", 8, color=(0.45, 0.45, 0.45))
    d.text(330, 192, "Spring catalog 2026", "Sans", 9)
    items = [
        line("Catalog layout - 24 pages\nInDesign layout, 2 rounds of revisions", "24", "135.00"),
        line("Product photo retouching\nColor correction, clipping paths", "38", "18.00"),
        line("Cover illustration\nOriginal artwork, full rights transfer", "1", "950.00"),
        line("Print production & prepress\nPDF/X-4 export, printer liaison", "6", "85.00"),
    ]
    net = total_of(items)
    d.text(W - 48, 140, "Amount Due (USD)", "Sans", 8, "r", (0.45, 0.45, 0.45))
    d.text(W - 48, 168, money(net, "$"), "Sans", 22, "r", blue)
    d.hline(48, W - 48, 222, 2.5, blue)
    y = 240
    d.text(48, y, "Description", "Sans-B", 8.5, color=blue)
    d.text(390, y, "Rate", "Sans-B", 8.5, "r", blue)
    d.text(450, y, "Qty", "Sans-B", 8.5, "r", blue)
    d.text(W - 48, y, "Line Total", "Sans-B", 8.5, "r", blue)
    y += 22
    for it in items:
        a, b = it["description"].split("\n")
        d.text(48, y, a, "Sans", 9)
        d.text(48, y + 12, b, "Sans", 8, color=(0.45, 0.45, 0.45))
        d.text(390, y, money(it["unit"], "$"), "Sans", 9, "r")
        d.text(450, y, it["qty"], "Sans", 9, "r")
        d.text(W - 48, y, money(it["amount"], "$"), "Sans", 9, "r")
        d.hline(48, W - 48, y + 20, 0.4, (0.8, 0.8, 0.8))
        y += 34
    for it in items:
        it["description"] = it["description"].replace("\n", " - ")
    y += 10
    for a, b in [
        ("Subtotal", money(net, "$")),
        ("Tax", "0.00"),
        ("Total", money(net, "$")),
        ("Amount Paid", "0.00"),
    ]:
        d.text(460, y, a, "Sans", 9, "r")
        d.text(W - 48, y, b, "Sans", 9, "r")
        y += 15
    d.hline(380, W - 48, y - 8, 1.2, blue)
    y += 6
    d.text(460, y, "Amount Due (USD)", "Sans-B", 9, "r")
    d.text(W - 48, y, money(net, "$"), "Sans-B", 10, "r")
    d.text(48, H - 120, "Notes", "Sans-B", 9)
    d.text(
        48,
        H - 106,
        "Thanks, Sam! Payment via ACH: Umpqua Bank, routing 123205054, account ending 6621.",
        "Sans",
        8.5,
    )
    d.text(48, H - 94, "Terms: Net 30. Oregon has no sales tax.", "Sans", 8.5)
    d.text(W / 2, H - 30, "Powered by an online invoicing service", "Sans", 7, "c", (0.6, 0.6, 0.6))
    return truth(
        "0000042",
        "2026-03-31",
        "2026-04-30",
        vendor,
        net,
        D0,
        net,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "FreshBooks-like; 'Amount Due (USD)' big in header; Tax printed as 0.00 (keyed vat 0.00); invoice number with leading zeros; rate column before qty",
    )


def i06(d: Doc, rng):
    """Stripe-style invoice from a New York agency, sales tax only on a software line."""
    W, H = d.w, d.h
    vendor = "Northbeam Studio, Inc."
    grey = (0.42, 0.45, 0.5)
    d.text(48, 72, "Invoice", "Sans-B", 20)
    d.rect(W - 120, 44, 72, 32, fill=(0.1, 0.1, 0.1), stroke=None, radius=4)
    d.text(W - 84, 65, "NORTHBEAM", "Cond-B", 10, "c", (1, 1, 1))
    meta = [
        ("Invoice number", "8C2E41F7-0012"),
        ("Date of issue", "April 2, 2026"),
        ("Date due", "May 2, 2026"),
    ]
    for k, (a, b) in enumerate(meta):
        d.text(48, 104 + k * 14, a, "Sans", 8.5, color=grey)
        d.text(150, 104 + k * 14, b, "Sans-B" if k == 0 else "Sans", 8.5)
    for k, s in enumerate(
        [
            "Northbeam Studio, Inc.",
            "61 Greenpoint Ave, Ste 410",
            "Brooklyn, New York 11222",
            "United States",
            "+1 718-555-0131",
            "billing@northbeam.studio",
        ]
    ):
        d.text(48, 164 + k * 12, s, "Sans-B" if k == 0 else "Sans", 8.5)
    d.text(300, 164, "Bill to", "Sans-B", 8.5)
    for k, s in enumerate(
        [
            "Halcyon Health Partners",
            "ap@halcyonhealth.com",
            "200 Park Ave S",
            "New York, New York 10003",
        ]
    ):
        d.text(300, 176 + k * 12, s, "Sans", 8.5)
    items = [
        line("Brand strategy workshop\nApr 1 - Apr 30, 2026", "1", "4500.00"),
        line("Website design - page templates", "6", "1250.00"),
        line("Webflow CMS site plan (annual)", "1", "468.00"),
        line("Accessibility audit (WCAG 2.2 AA)", "1", "1800.00"),
    ]
    tax_lines = [False, False, True, False]
    net = total_of(items)
    tax = q(items[2]["amount"] * D("0.08875"))
    total = net + tax
    d.text(48, 268, money(total, "$") + " USD due May 2, 2026", "Sans-B", 15)
    d.text(48, 288, "Pay online", "Sans", 9, color=(0.39, 0.36, 0.95))
    d.hline(48, 96, 291, 0.5, (0.39, 0.36, 0.95))
    y = 330
    d.text(48, y, "Description", "Sans", 8, color=grey)
    d.text(370, y, "Qty", "Sans", 8, "r", grey)
    d.text(460, y, "Unit price", "Sans", 8, "r", grey)
    d.text(W - 48, y, "Amount", "Sans", 8, "r", grey)
    d.hline(48, W - 48, y + 6, 0.6, (0.8, 0.8, 0.8))
    y += 24
    for it, t in zip(items, tax_lines, strict=False):
        parts = it["description"].split("\n")
        d.text(48, y, parts[0], "Sans", 9)
        extra = 0
        if len(parts) > 1:
            d.text(48, y + 12, parts[1], "Sans", 8, color=grey)
            extra = 12
        if t:
            d.text(48, y + 12, "Sales tax - New York (8.875%)", "Sans", 8, color=grey)
            extra = 12
        d.text(370, y, it["qty"], "Sans", 9, "r")
        d.text(460, y, money(it["unit"], "$"), "Sans", 9, "r")
        d.text(W - 48, y, money(it["amount"], "$"), "Sans", 9, "r")
        y += 24 + extra
    for it in items:
        it["description"] = it["description"].replace("\n", " ")
    d.hline(300, W - 48, y - 10, 0.6, (0.8, 0.8, 0.8))
    y += 6
    rows = [
        ("Subtotal", money(net, "$")),
        ("Total excluding tax", money(net, "$")),
        ("Sales tax - New York (8.875% on $468.00)", money(tax, "$")),
        ("Total", money(total, "$")),
        ("Amount due", money(total, "$") + " USD"),
    ]
    for k, (a, b) in enumerate(rows):
        f = "Sans-B" if k == 4 else "Sans"
        d.text(300, y, a, f, 8.5)
        d.text(W - 48, y, b, f, 8.5, "r")
        d.hline(300, W - 48, y + 6, 0.4, (0.88, 0.88, 0.88))
        y += 20
    d.text(
        48,
        y + 30,
        "Services are exempt from New York sales tax; the Webflow plan is resold software and is taxable.",
        "Sans",
        8,
        color=grey,
    )
    d.text(
        48,
        H - 40,
        "8C2E41F7-0012 · " + money(total, "$") + " USD due May 2, 2026",
        "Sans",
        7.5,
        color=grey,
    )
    d.text(W - 48, H - 40, "Page 1 of 1", "Sans", 7.5, "r", grey)
    return truth(
        "8C2E41F7-0012",
        "2026-04-02",
        "2026-05-02",
        vendor,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "Stripe-like; hex-style invoice number; long-form dates; amount due sentence at top; tax only on one line, explained under that line; 'Total excluding tax' label",
    )


def i07(d: Doc, rng):  # noqa: C901
    """Wholesale invoice over two pages, resale-exempt (tax printed 0.00), freight, 2% 10 Net 30."""
    W, H = d.w, d.h
    vendor = "Great Lakes Candle & Gift Wholesale, Inc."
    red = (0.62, 0.12, 0.1)
    skus = [
        ("GL-1102", "Soy pillar candle 3x6 ivory", "24", "4.85"),
        ("GL-1104", "Soy pillar candle 3x6 sage", "24", "4.85"),
        ("GL-1210", "Jar candle 8 oz - Balsam & Cedar", "36", "6.40"),
        ("GL-1212", "Jar candle 8 oz - Lake Breeze", "36", "6.40"),
        ("GL-1215", "Jar candle 8 oz - Apple Orchard", "24", "6.40"),
        ("GL-1301", "Tealight 50-pack unscented", "12", "7.95"),
        ("GL-1420", "Reed diffuser 100 ml - Linen", "18", "8.25"),
        ("GL-1421", "Reed diffuser 100 ml - Fig", "18", "8.25"),
        ("GG-2030", "Ceramic mug 'Great Lake Life' 14 oz", "24", "5.60"),
        ("GG-2031", "Ceramic mug 'Up North' 14 oz", "24", "5.60"),
        ("GG-2105", "Wooden sign 'Lake Rules' 12x24", "10", "14.75"),
        ("GG-2106", "Wooden sign 'Cabin Time' 8x16", "12", "9.90"),
        ("GG-2210", "Throw blanket buffalo check", "8", "21.40"),
        ("GG-2301", "Lighthouse figurine resin 6in", "16", "7.15"),
        ("GG-2302", "Lighthouse figurine resin 9in", "10", "10.80"),
        ("GG-2405", "Coaster set slate (4)", "20", "6.95"),
        ("GG-2510", "Magnet Michigan mitten assorted", "144", "0.78"),
        ("GG-2511", "Keychain bottle opener lake", "72", "1.35"),
        ("GG-2620", "Tote bag canvas 'Pure Michigan'", "30", "4.20"),
        ("GG-2701", "Postcard assortment (100)", "2", "22.00"),
        ("GL-1501", "Wax melts 6-cube Cranberry", "48", "1.95"),
        ("GL-1502", "Wax melts 6-cube Vanilla Bean", "48", "1.95"),
        ("DS-9001", "Countertop display rack - 3 tier", "1", "38.00"),
        ("DS-9004", "Shelf talkers printed (pack of 25)", "2", "6.50"),
    ]
    items = [line(f"{s} {desc}", qty, price) for s, desc, qty, price in skus]

    def head(pg):
        d.text(40, 52, "GREAT LAKES", "Serif-B", 20, color=red)
        d.text(40, 68, "CANDLE & GIFT WHOLESALE, INC.", "Sans-B", 8.5, color=red)
        d.text(
            40,
            82,
            "7755 W. 111th St, Worth, IL 60482  ·  (708) 555-0104  ·  orders@greatlakeswholesale.com",
            "Sans",
            7.5,
        )
        d.text(W - 40, 48, "INVOICE", "Sans-B", 16, "r")
        d.text(W - 40, 64, "No. INV-204518", "Sans-B", 9.5, "r")
        d.text(W - 40, 78, f"Page {pg} of 2", "Sans", 8, "r")

    head(1)
    d.rect(40, 98, 250, 70, stroke=(0.3, 0.3, 0.3))
    d.text(46, 110, "SOLD TO", "Sans-B", 7.5, color=red)
    for k, s in enumerate(
        ["Lakeshore Gifts & Goods LLC", "118 E Front St", "Traverse City, MI 49684", "Cust # 30418"]
    ):
        d.text(46, 123 + k * 11, s, "Sans", 8.5)
    d.rect(W - 290, 98, 250, 70, stroke=(0.3, 0.3, 0.3))
    d.text(W - 284, 110, "SHIP TO", "Sans-B", 7.5, color=red)
    for k, s in enumerate(
        [
            "Lakeshore Gifts & Goods LLC",
            "Receiving - rear door",
            "118 E Front St",
            "Traverse City, MI 49684",
        ]
    ):
        d.text(W - 284, 123 + k * 11, s, "Sans", 8.5)
    heads = ["Invoice Date", "Order Date", "Cust PO", "Ship Via", "Terms", "Due Date", "Sales Rep"]
    vals = [
        "05/06/2026",
        "04/29/2026",
        "LGG-0521",
        "UPS Freight",
        "2% 10 Net 30",
        "06/05/2026",
        "K. Dobbs",
    ]
    cw = (W - 80) / len(heads)
    d.rect(40, 178, W - 80, 30, stroke=(0.3, 0.3, 0.3))
    d.rect(40, 178, W - 80, 13, fill=(0.92, 0.92, 0.92), stroke=(0.3, 0.3, 0.3))
    for k, (a, b) in enumerate(zip(heads, vals, strict=False)):
        d.text(40 + cw * k + cw / 2, 188, a, "Sans-B", 7, "c")
        d.text(40 + cw * k + cw / 2, 202, b, "Sans", 7.5, "c")
    cols = [
        (44, "Item #", "l"),
        (100, "Description", "l"),
        (360, "Ordered", "r"),
        (410, "Shipped", "r"),
        (475, "Unit Price", "r"),
        (W - 44, "Extension", "r"),
    ]

    def thead(y):
        d.rect(40, y - 10, W - 80, 14, fill=(0.2, 0.2, 0.2), stroke=None)
        for x, t, a in cols:
            d.text(x, y, t, "Sans-B", 7.5, a, (1, 1, 1))

    y = 228
    thead(y)
    y += 16
    for k, ((s, desc, qty, _price), it) in enumerate(zip(skus, items, strict=False)):
        if k == 17:
            d.text(W / 2, y + 8, "*** Continued on next page ***", "Sans-B", 8, "c")
            d.new_page()
            head(2)
            d.text(
                40, 110, "Lakeshore Gifts & Goods LLC  ·  Cust # 30418  ·  PO LGG-0521", "Sans", 8.5
            )
            y = 134
            thead(y)
            y += 16
        if k % 2:
            d.rect(40, y - 9, W - 80, 12, fill=(0.95, 0.95, 0.95), stroke=None)
        d.text(44, y, s, "Mono", 7.5)
        d.text(100, y, desc, "Sans", 7.5)
        d.text(360, y, qty, "Sans", 7.5, "r")
        d.text(410, y, qty, "Sans", 7.5, "r")
        d.text(475, y, money(it["unit"]), "Sans", 7.5, "r")
        d.text(W - 44, y, money(it["amount"]), "Sans", 7.5, "r")
        y += 12.5
    d.hline(40, W - 40, y - 6, 0.8)
    merch = total_of(items)
    freight = D("86.50")
    fitem = line("Freight - UPS Freight LTL", "1", freight)
    net = merch + freight
    total = net
    y += 16
    d.text(
        44,
        y,
        "TAX EXEMPT - RESALE. MI Sales Tax Lic. 38-4410927 on file (Form 3372).",
        "Sans-B",
        7.5,
    )
    d.text(
        44,
        y + 12,
        "Backorders: none. Claims for damage must be made within 5 days of receipt.",
        "Sans",
        7.5,
    )
    d.text(
        44,
        y + 24,
        "Early payment: 2% discount ("
        + money(q(merch * D("0.02")), "$")
        + ") if paid by 05/16/2026.",
        "Sans",
        7.5,
    )
    rows = [
        ("Merchandise", money(merch)),
        ("Freight", money(freight)),
        ("Sales Tax (exempt)", "0.00"),
        ("INVOICE TOTAL", money(total, "$")),
    ]
    for a, b in rows:
        f = "Sans-B" if a.startswith("INVOICE") else "Sans"
        d.text(480, y, a, f, 8.5, "r")
        d.text(W - 44, y, b, f, 8.5, "r")
        y += 14
    d.rect(380, y - 25, W - 420, 16, stroke=(0, 0, 0), width=1)
    d.text(
        W / 2,
        H - 60,
        "Remit to: Great Lakes Candle & Gift Wholesale, Inc., PO Box 1187, Worth, IL 60482",
        "Sans",
        8,
        "c",
    )
    d.text(
        W / 2,
        H - 48,
        "ACH: Wintrust Bank  ·  ABA 071925444  ·  Acct 6601842290  ·  FEIN 36-4419021",
        "Sans",
        8,
        "c",
    )
    return truth(
        "INV-204518",
        "2026-05-06",
        "2026-06-05",
        vendor,
        net,
        D0,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        [*items, fitem],
        "two-page wholesale invoice, 24 SKUs; resale-exempt so Sales Tax printed 0.00; freight adds to net; several dates in the header strip; 2% early-pay discount is informational only",
    )


def i08(d: Doc, rng):
    """Xero-style invoice from an Ontario consultancy, HST 13%, payment advice slip."""
    W, H = d.w, d.h
    vendor = "Maple Leaf Analytics Inc."
    d.text(50, 80, "INVOICE", "Sans", 24)
    for k, s in enumerate(
        [
            "Riverbend Credit Union",
            "Attention: Finance",
            "455 King St W",
            "Kitchener ON N2G 1C2",
            "CANADA",
        ]
    ):
        d.text(80, 110 + k * 12, s, "Sans", 9)
    meta = [
        ("Invoice Date", "14 Apr 2026"),
        ("Invoice Number", "INV-0318"),
        ("Reference", "PO 77120"),
        ("GST/HST Number", "812345678RT0001"),
    ]
    yy = 70
    for a, b in meta:
        d.text(320, yy, a, "Sans-B", 8.5)
        d.text(320, yy + 11, b, "Sans", 8.5)
        yy += 28
    for k, s in enumerate(
        [
            "Maple Leaf Analytics Inc.",
            "Suite 900",
            "120 Adelaide St W",
            "Toronto ON M5H 1T1",
            "CANADA",
        ]
    ):
        d.text(440, 70 + k * 12, s, "Sans", 8.5)
    y = 200
    cols = [
        (50, "Description", "l"),
        (330, "Quantity", "r"),
        (400, "Unit Price", "r"),
        (450, "HST", "r"),
        (W - 50, "Amount CAD", "r"),
    ]
    for x, t, a in cols:
        d.text(x, y, t, "Sans-B", 8.5, a)
    d.hline(50, W - 50, y + 5, 0.8)
    items = [
        line("Data warehouse migration - sprint 4 (days)", "8", "1150.00"),
        line("Power BI dashboard development (days)", "3.5", "980.00"),
        line("Member churn model - validation report", "1", "2400.00"),
        line("Cloud compute pass-through (Mar 2026)", "1", "612.38"),
    ]
    y += 22
    for it in items:
        d.text(50, y, it["description"], "Sans", 8.5)
        d.text(
            330,
            y,
            money(it["unit"] * 0 + D(it["qty"])) if "." in it["qty"] else it["qty"] + ".00",
            "Sans",
            8.5,
            "r",
        )
        d.text(400, y, money(it["unit"]), "Sans", 8.5, "r")
        d.text(450, y, "13%", "Sans", 8.5, "r")
        d.text(W - 50, y, money(it["amount"]), "Sans", 8.5, "r")
        d.hline(50, W - 50, y + 6, 0.3, (0.75, 0.75, 0.75))
        y += 20
    net = total_of(items)
    hst = q(net * D("0.13"))
    total = net + hst
    y += 6
    for a, b, f in [
        ("Subtotal", money(net), "Sans"),
        ("TOTAL HST 13%", money(hst), "Sans"),
        ("TOTAL CAD", money(total), "Sans-B"),
    ]:
        d.text(430, y, a, f, 9, "r")
        d.text(W - 50, y, b, f, 9, "r")
        y += 16
    d.hline(360, W - 50, y - 26, 0.8)
    y += 20
    d.text(50, y, "Due Date: 14 May 2026", "Sans-B", 10)
    d.text(
        50,
        y + 14,
        "Payment by EFT to RBC Royal Bank, Transit 00432, Institution 003, Account 1029384.",
        "Sans",
        8.5,
    )
    d.text(50, y + 26, "Please quote INV-0318 as the payment reference.", "Sans", 8.5)
    ys = H - 210
    d.hline(30, W - 30, ys, 0.6, dash=(3, 3))
    d.text(W / 2, ys + 4, "✂", "Sans", 8, "c", check=False)
    d.text(50, ys + 34, "PAYMENT ADVICE", "Sans", 16)
    d.text(50, ys + 56, "To:  Maple Leaf Analytics Inc.", "Sans", 8.5)
    d.text(72, ys + 68, "120 Adelaide St W, Suite 900", "Sans", 8.5)
    d.text(72, ys + 80, "Toronto ON M5H 1T1", "Sans", 8.5)
    adv = [
        ("Customer", "Riverbend Credit Union"),
        ("Invoice Number", "INV-0318"),
        ("Amount Due", money(total)),
        ("Due Date", "14 May 2026"),
        ("Amount Enclosed", ""),
    ]
    for k, (a, b) in enumerate(adv):
        d.text(320, ys + 34 + k * 20, a, "Sans-B", 8.5)
        d.text(420, ys + 34 + k * 20, b, "Sans", 8.5)
    d.hline(420, W - 50, ys + 118, 0.6)
    d.text(420, ys + 130, "Enter the amount you are paying above", "Sans", 7)
    d.text(
        50,
        H - 30,
        "Company Registration No: 1004417382. Registered Office: 120 Adelaide St W, Suite 900, Toronto ON M5H 1T1.",
        "Sans",
        7,
    )
    return truth(
        "INV-0318",
        "2026-04-14",
        "2026-05-14",
        vendor,
        net,
        hst,
        total,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        items,
        "Xero-like; seller address in right column, customer on left; 'TOTAL HST 13%'; due date below totals; payment advice slip repeats amount due; dates like 14 Apr 2026",
    )


def i09(d: Doc, rng):
    """Quebec renovation contractor invoice in French, TPS + TVQ, decimal comma, 2026-03-18 dates."""
    W, H = d.w, d.h
    vendor = "Rénovations Boisvert inc."
    bl = (0.05, 0.25, 0.55)
    d.rect(40, 36, 46, 46, fill=bl, stroke=None)
    d.text(63, 66, "RB", "Serif-B", 20, "c", (1, 1, 1))
    d.text(96, 52, "Rénovations Boisvert inc.", "Serif-B", 16, color=bl)
    d.text(96, 66, "1875, boulevard Saint-Martin Ouest, Laval (Québec) H7S 1N2", "Sans", 8)
    d.text(96, 77, "Tél. : 450 555-0139  ·  info@renoboisvert.ca  ·  RBQ 5712-3390-01", "Sans", 8)
    d.text(W - 40, 104, "FACTURE", "Sans-B", 18, "r", bl)
    meta = [
        ("No de facture :", "00872"),
        ("Date :", "2026-03-18"),
        ("Échéance :", "2026-04-17"),
        ("No de client :", "C-2291"),
    ]
    for k, (a, b) in enumerate(meta):
        d.text(W - 110, 124 + k * 13, a, "Sans", 8.5, "r")
        d.text(W - 40, 124 + k * 13, b, "Sans-B", 8.5, "r")
    d.text(40, 124, "Facturé à :", "Sans-B", 8.5, color=bl)
    for k, s in enumerate(
        ["Mme Geneviève Tremblay", "412, rue des Érables", "Laval (Québec) H7N 3K8"]
    ):
        d.text(40, 137 + k * 12, s, "Sans", 8.5)
    d.text(40, 190, "Projet : Réfection de la salle de bain du sous-sol", "Sans-I", 9)
    items = [
        line("Démolition et disposition des débris", "1", "850.00"),
        line("Plomberie brute (main-d'œuvre, heures)", "12", "78.50"),
        line("Céramique murale et plancher (pi²)", "96", "11.25"),
        line("Vanité 36 po avec comptoir quartz", "1", "1249.99"),
        line("Peinture, finition et nettoyage", "1", "640.00"),
    ]
    y = 214
    d.rect(40, y - 11, W - 80, 16, fill=bl, stroke=None)
    hd = [
        (46, "Description", "l"),
        (370, "Qté", "r"),
        (450, "Prix unitaire", "r"),
        (W - 46, "Montant", "r"),
    ]
    for x, t, a in hd:
        d.text(x, y, t, "Sans-B", 8.5, a, (1, 1, 1))
    y += 20
    for it in items:
        d.text(46, y, it["description"], "Sans", 8.5)
        d.text(370, y, it["qty"], "Sans", 8.5, "r")
        d.text(450, y, frca(it["unit"]), "Sans", 8.5, "r")
        d.text(W - 46, y, frca(it["amount"]), "Sans", 8.5, "r")
        d.hline(40, W - 40, y + 6, 0.3, (0.7, 0.7, 0.7))
        y += 19
    net = total_of(items)
    tps = q(net * D("0.05"))
    tvq = q(net * D("0.09975"))
    total = net + tps + tvq
    dep = D("1500.00")
    y += 10
    rows = [
        ("Sous-total", frca(net)),
        ("TPS (5 %)", frca(tps)),
        ("TVQ (9,975 %)", frca(tvq)),
        ("Total", frca(total)),
        ("Acompte reçu le 2026-02-27", "-" + frca(dep)),
        ("Solde à payer", frca(total - dep)),
    ]
    for a, b in rows:
        f = "Sans-B" if a in ("Total", "Solde à payer") else "Sans"
        d.text(440, y, a, f, 9, "r")
        d.text(W - 46, y, b, f, 9, "r")
        y += 15
    d.text(40, y + 20, "No TPS : 784512369 RT0001", "Sans", 8)
    d.text(40, y + 32, "No TVQ : 1221837465 TQ0001", "Sans", 8)
    d.text(
        40,
        y + 52,
        "Modalités : net 30 jours. Virement Interac : paiement@renoboisvert.ca",
        "Sans",
        8,
    )
    d.text(
        40, y + 64, "Des frais de 2 % par mois s'appliquent aux comptes en souffrance.", "Sans", 8
    )
    d.text(W / 2, H - 40, "Merci de votre confiance !", "Serif-I", 11, "c", bl)
    return truth(
        "00872",
        "2026-03-18",
        "2026-04-17",
        vendor,
        net,
        tps + tvq,
        total,
        "CAD",
        "fr-CA",
        "invoice",
        "invoice",
        items,
        "French (Quebec); TPS and TVQ both keyed in vat; amounts as '1 234,56 $'; deposit (acompte) reduces 'Solde à payer' - keyed total is Total",
    )


def i10(d: Doc, rng):
    """Wave-style invoice, BC landscaper: GST 5% on all, PST 7% only on plants/materials."""
    W, _H = d.w, d.h
    vendor = "Coastal Bloom Landscaping Ltd."
    gr = (0.13, 0.4, 0.25)
    d.circle(70, 70, 24, fill=(0.75, 0.88, 0.78), stroke=None)
    d.poly([(58, 80), (70, 52), (82, 80)], fill=gr)
    d.text(W - 48, 56, "INVOICE", "Sans", 22, "r")
    d.text(W - 48, 74, "Coastal Bloom Landscaping Ltd.", "Sans-B", 9, "r")
    d.text(W - 48, 86, "2860 Quadra St, Victoria, British Columbia V8T 4E6", "Sans", 8, "r")
    d.text(W - 48, 97, "Phone: 250-555-0175  ·  coastalbloom.ca", "Sans", 8, "r")
    d.text(W - 48, 108, "GST # 79841 2236 RT0001  ·  PST-1184-3372", "Sans", 8, "r")
    d.hline(48, W - 48, 124, 0.5, (0.8, 0.8, 0.8))
    d.text(48, 144, "BILL TO", "Sans-B", 8, color=(0.5, 0.5, 0.5))
    for k, s in enumerate(
        [
            "Oak Bay Strata Corp. VIS4417",
            "c/o Pacific Property Mgmt",
            "1070 Fort St",
            "Victoria, British Columbia V8V 3K5",
        ]
    ):
        d.text(48, 158 + k * 12, s, "Sans-B" if k == 0 else "Sans", 9)
    items = [
        line("Spring clean-up & pruning (labour hrs)", "14", "68.00"),
        line("Lawn aeration & overseeding", "1", "385.00"),
        line("Hemlock bark mulch (cu yd)", "6", "54.00"),
        line("Perennials 1 gal (lavender, salvia)", "30", "13.50"),
        line("Japanese maple 'Bloodgood' 5 gal", "2", "149.00"),
    ]
    pst_on = [False, False, True, True, True]
    net = total_of(items)
    gst = q(net * D("0.05"))
    pst_base = sum((it["amount"] for it, p in zip(items, pst_on, strict=False) if p), D0)
    pst = q(pst_base * D("0.07"))
    total = net + gst + pst
    meta = [
        ("Invoice Number:", "1043"),
        ("P.O./S.O. Number:", "OB-26-07"),
        ("Invoice Date:", "March 4, 2026"),
        ("Payment Due:", "April 3, 2026"),
        ("Amount Due (CAD):", money(total, "$")),
    ]
    for k, (a, b) in enumerate(meta):
        f = "Sans-B" if k == 4 else "Sans"
        d.text(440, 144 + k * 14, a, "Sans-B", 8.5, "r")
        d.text(W - 48, 144 + k * 14, b, f, 8.5, "r")
    d.rect(48, 222, W - 96, 18, fill=gr, stroke=None)
    hd = [(56, "Items", "l"), (360, "Quantity", "r"), (440, "Price", "r"), (W - 56, "Amount", "r")]
    for x, t, a in hd:
        d.text(x, 234, t, "Sans-B", 8.5, a, (1, 1, 1))
    y = 258
    for it, p in zip(items, pst_on, strict=False):
        d.text(56, y, it["description"], "Sans-B", 8.5)
        d.text(
            56,
            y + 11,
            "GST 5%, PST 7%" if p else "GST 5% (services - PST exempt)",
            "Sans",
            7.5,
            color=(0.4, 0.4, 0.4),
        )
        d.text(360, y, it["qty"], "Sans", 8.5, "r")
        d.text(440, y, money(it["unit"], "$"), "Sans", 8.5, "r")
        d.text(W - 56, y, money(it["amount"], "$"), "Sans", 8.5, "r")
        d.hline(48, W - 48, y + 18, 0.3, (0.8, 0.8, 0.8))
        y += 30
    y += 6
    for a, b in [
        ("Subtotal:", money(net, "$")),
        ("GST 5%:", money(gst, "$")),
        ("PST 7%:", money(pst, "$")),
        ("Total:", money(total, "$")),
    ]:
        d.text(440, y, a, "Sans-B" if a == "Total:" else "Sans", 9, "r")
        d.text(W - 56, y, b, "Sans-B" if a == "Total:" else "Sans", 9, "r")
        y += 15
    d.hline(330, W - 48, y - 8, 0.8)
    y += 8
    d.text(440, y, "Amount Due (CAD):", "Sans-B", 10, "r")
    d.text(W - 56, y, money(total, "$"), "Sans-B", 10, "r")
    d.text(48, y + 50, "Notes / Terms", "Sans-B", 8.5)
    d.text(
        48,
        y + 63,
        "Net 30. E-transfer to accounts@coastalbloom.ca or cheque payable to Coastal Bloom Landscaping Ltd.",
        "Sans",
        8,
    )
    d.text(
        48,
        y + 75,
        "Landscaping services are PST exempt in BC; plants and materials are taxable.",
        "Sans",
        8,
    )
    return truth(
        "1043",
        "2026-03-04",
        "2026-04-03",
        vendor,
        net,
        gst + pst,
        total,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        items,
        "Wave-like; GST on all lines, PST only on materials (two tax lines summed); P.O. number next to invoice number; amount due shown twice",
    )


def i11(d: Doc, rng):
    """Square-style invoice, Alberta mobile pet groomer, GST 5% only, deposit paid."""
    W, H = d.w, d.h
    vendor = "Prairie Paws Mobile Grooming"
    d.rect(W / 2 - 28, 40, 56, 56, fill=(0.95, 0.6, 0.2), stroke=None, radius=28)
    d.text(W / 2, 76, "PP", "Sans-B", 20, "c", (1, 1, 1))
    d.text(W / 2, 118, vendor, "Sans-B", 14, "c")
    d.text(W / 2, 134, "Invoice #000127", "Sans", 10, "c", (0.4, 0.4, 0.4))
    items = [
        line("Full groom - large dog (Bernese Mountain Dog 'Otis')", "1", "135.00"),
        line("De-shedding treatment", "1", "35.00"),
        line("Nail grind & paw balm", "1", "18.00"),
        line("Full groom - small dog (Shih Tzu 'Mochi')", "1", "85.00"),
        line("Mobile service fee - outside city limits", "1", "20.00"),
    ]
    net = total_of(items)
    gst = q(net * D("0.05"))
    total = net + gst
    dep = D("50.00")
    d.text(W / 2, 176, money(total - dep, "$"), "Sans-B", 26, "c")
    d.text(W / 2, 194, "Due Mar 27, 2026", "Sans", 10, "c", (0.4, 0.4, 0.4))
    d.hline(90, W - 90, 214, 0.5, (0.85, 0.85, 0.85))
    meta = [
        ("Invoice date", "Mar 20, 2026"),
        ("Due date", "Mar 27, 2026"),
        ("Customer", "Danielle Fournier"),
        ("", "danielle.f@shaw.example"),
        ("Service address", "58 Cougar Ridge Dr SW, Calgary AB T3H 4X6"),
    ]
    y = 236
    for a, b in meta:
        d.text(90, y, a, "Sans", 9, color=(0.4, 0.4, 0.4))
        d.text(W - 90, y, b, "Sans", 9, "r")
        y += 15
    d.hline(90, W - 90, y, 0.5, (0.85, 0.85, 0.85))
    y += 22
    for it in items:
        d.text(90, y, it["description"], "Sans", 9)
        d.text(W - 90, y, money(it["amount"], "$"), "Sans", 9, "r")
        d.text(90, y + 12, "Qty 1 × " + money(it["unit"], "$"), "Sans", 8, color=(0.5, 0.5, 0.5))
        y += 30
    d.hline(90, W - 90, y - 8, 0.5, (0.85, 0.85, 0.85))
    y += 10
    rows = [
        ("Subtotal", money(net, "$")),
        ("GST (5%)", money(gst, "$")),
        ("Total", money(total, "$")),
        ("Deposit paid Mar 2, 2026", "-" + money(dep, "$")),
        ("Amount due", money(total - dep, "$")),
    ]
    for a, b in rows:
        f = "Sans-B" if a in ("Total", "Amount due") else "Sans"
        d.text(90, y, a, f, 9.5)
        d.text(W - 90, y, b, f, 9.5, "r")
        y += 17
    d.rect(W / 2 - 90, y + 14, 180, 28, fill=(0.0, 0.42, 1.0), stroke=None, radius=5)
    d.text(W / 2, y + 32, "Pay invoice", "Sans-B", 11, "c", (1, 1, 1))
    d.text(W / 2, y + 70, "GST Registration # 71629 4410 RT0001", "Sans", 8, "c", (0.4, 0.4, 0.4))
    d.text(
        W / 2,
        y + 82,
        "Prairie Paws Mobile Grooming · Calgary, AB · (403) 555-0156",
        "Sans",
        8,
        "c",
        (0.4, 0.4, 0.4),
    )
    d.text(
        W / 2,
        H - 40,
        "Questions? Reply to this invoice or call (403) 555-0156.",
        "Sans",
        8,
        "c",
        (0.5, 0.5, 0.5),
    )
    return truth(
        "000127",
        "2026-03-20",
        "2026-03-27",
        vendor,
        net,
        gst,
        total,
        "CAD",
        "en-CA",
        "invoice",
        "invoice",
        items,
        "Square-like centred layout; big figure at top is amount due after $50 deposit, not total; GST only (Alberta); image-only PDF",
    )


def i12(d: Doc, rng):
    """Xero-style Australian TAX INVOICE, GST 10% exclusive pricing, BSB payment advice."""
    W, H = d.w, d.h
    vendor = "Harbourside Digital Pty Ltd"
    d.text(50, 80, "TAX INVOICE", "Sans", 24)
    for k, s in enumerate(
        [
            "Coogee Surf Life Saving Club",
            "Attention: Treasurer",
            "Arden St",
            "COOGEE NSW 2034",
            "AUSTRALIA",
        ]
    ):
        d.text(80, 110 + k * 12, s, "Sans", 9)
    meta = [
        ("Invoice Date", "14 Apr 2026"),
        ("Invoice Number", "INV-2291"),
        ("Reference", "Website rebuild stage 2"),
        ("ABN", "53 614 228 907"),
    ]
    yy = 70
    for a, b in meta:
        d.text(320, yy, a, "Sans-B", 8.5)
        d.text(320, yy + 11, b, "Sans", 8.5)
        yy += 28
    for k, s in enumerate(
        [
            "Harbourside Digital Pty Ltd",
            "Level 3",
            "88 Cumberland St",
            "THE ROCKS NSW 2000",
            "AUSTRALIA",
        ]
    ):
        d.text(450, 70 + k * 12, s, "Sans", 8.5)
    y = 200
    cols = [
        (50, "Description", "l"),
        (320, "Quantity", "r"),
        (390, "Unit Price", "r"),
        (440, "GST", "r"),
        (W - 50, "Amount AUD", "r"),
    ]
    for x, t, a in cols:
        d.text(x, y, t, "Sans-B", 8.5, a)
    d.hline(50, W - 50, y + 5, 0.8)
    items = [
        line("UX design - member portal (hours)", "22.50", "145.00"),
        line("Front-end development (hours)", "38.00", "160.00"),
        line("Hosting - Managed WordPress 12 months", "1.00", "720.00"),
        line("Domain renewal coogeeslsc.org.au (2 yrs)", "1.00", "79.00"),
    ]
    y += 22
    for it in items:
        d.text(50, y, it["description"], "Sans", 8.5)
        d.text(320, y, it["qty"], "Sans", 8.5, "r")
        d.text(390, y, money(it["unit"]), "Sans", 8.5, "r")
        d.text(440, y, "10%", "Sans", 8.5, "r")
        d.text(W - 50, y, money(it["amount"]), "Sans", 8.5, "r")
        d.hline(50, W - 50, y + 6, 0.3, (0.75, 0.75, 0.75))
        y += 20
    net = total_of(items)
    gst = q(net * D("0.10"))
    total = net + gst
    paid = D("2000.00")
    y += 6
    for a, b, f in [
        ("Subtotal", money(net), "Sans"),
        ("TOTAL GST 10%", money(gst), "Sans"),
        ("TOTAL AUD", money(total), "Sans-B"),
        ("Less Amount Paid", money(paid), "Sans"),
        ("AMOUNT DUE AUD", money(total - paid), "Sans-B"),
    ]:
        d.text(430, y, a, f, 9, "r")
        d.text(W - 50, y, b, f, 9, "r")
        y += 16
    y += 20
    d.text(50, y, "Due Date: 28 Apr 2026", "Sans-B", 10)
    d.text(
        50,
        y + 14,
        "Direct deposit: Harbourside Digital Pty Ltd  BSB 062-000  Account 1184 5521",
        "Sans",
        8.5,
    )
    d.text(
        50,
        y + 26,
        "Please use INV-2291 as your reference. Part payment of $2,000.00 received 2 Apr 2026 - thank you.",
        "Sans",
        8.5,
    )
    ys = H - 210
    d.hline(30, W - 30, ys, 0.6, dash=(3, 3))
    d.text(50, ys + 34, "PAYMENT ADVICE", "Sans", 16)
    d.text(50, ys + 56, "To:  Harbourside Digital Pty Ltd", "Sans", 8.5)
    d.text(72, ys + 68, "Level 3, 88 Cumberland St", "Sans", 8.5)
    d.text(72, ys + 80, "THE ROCKS NSW 2000", "Sans", 8.5)
    adv = [
        ("Customer", "Coogee Surf Life Saving Club"),
        ("Invoice Number", "INV-2291"),
        ("Amount Due", money(total - paid)),
        ("Due Date", "28 Apr 2026"),
        ("Amount Enclosed", ""),
    ]
    for k, (a, b) in enumerate(adv):
        d.text(320, ys + 34 + k * 20, a, "Sans-B", 8.5)
        d.text(420, ys + 34 + k * 20, b, "Sans", 8.5)
    d.hline(420, W - 50, ys + 118, 0.6)
    d.text(
        50,
        H - 30,
        "Harbourside Digital Pty Ltd  ·  ABN 53 614 228 907  ·  ACN 614 228 907",
        "Sans",
        7,
    )
    return truth(
        "INV-2291",
        "2026-04-14",
        "2026-04-28",
        vendor,
        net,
        gst,
        total,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        items,
        "Xero AU 'TAX INVOICE'; part payment makes AMOUNT DUE differ from TOTAL AUD; ABN and ACN share digits; quantities with decimals",
    )


def i13(d: Doc, rng):
    """Tradie home-made tax invoice, Queensland electrician, GST-inclusive line prices."""
    W, H = d.w, d.h
    vendor = "Sparkright Electrical"
    yel = (0.98, 0.78, 0.1)
    d.rect(0, 0, W, 70, fill=(0.12, 0.12, 0.12), stroke=None)
    d.poly([(40, 14), (58, 14), (50, 32), (62, 32), (40, 60), (46, 38), (36, 38)], fill=yel)
    d.text(72, 40, "SPARKRIGHT ELECTRICAL", "Sans-B", 18, color=yel)
    d.text(
        72,
        56,
        "Jason Whitfield  ·  Elec. Contractor Lic. 78214  ·  ABN 41 882 390 117",
        "Sans",
        8,
        color=(1, 1, 1),
    )
    d.text(W - 40, 104, "TAX INVOICE", "Sans-B", 16, "r")
    d.text(W - 40, 122, "Invoice #0457", "Sans-B", 10, "r")
    d.text(W - 40, 136, "Date: 23/02/2026", "Sans", 10, "r")
    d.text(W - 40, 150, "Due: 09/03/2026", "Sans", 10, "r")
    d.text(40, 104, "Customer:", "Sans-B", 10)
    for k, s in enumerate(
        ["Mrs K. Papadopoulos", "17 Jacaranda Ave", "Ashgrove QLD 4060", "0412 555 078"]
    ):
        d.text(40, 118 + k * 13, s, "Sans", 10)
    y = 200
    d.rect(40, y - 13, W - 80, 19, fill=yel, stroke=None)
    d.text(46, y, "Job description", "Sans-B", 10)
    d.text(W - 46, y, "Amount (inc GST)", "Sans-B", 10, "r")
    items = [
        line("Switchboard upgrade - 4 x RCBO, main switch, labels", "1", "1045.00"),
        line("Install 3 x LED downlights (kitchen), supply & fit", "3", "88.00"),
        line("Replace double power point - laundry", "1", "121.00"),
        line("Safety switch test and compliance certificate", "1", "66.00"),
        line("Call-out fee (after 4pm)", "1", "99.00"),
    ]
    y += 24
    for it in items:
        label = it["description"] + (
            f"  ({it['qty']} @ ${money(it['unit'])})" if it["qty"] != "1" else ""
        )
        d.text(46, y, label, "Sans", 10)
        d.text(W - 46, y, "$" + money(it["amount"]), "Sans", 10, "r")
        d.hline(40, W - 40, y + 7, 0.4, (0.7, 0.7, 0.7))
        y += 22
    total = total_of(items)
    gst = q(total / D("11"))
    net = total - gst
    y += 14
    d.text(420, y, "TOTAL (inc. GST)", "Sans-B", 12, "r")
    d.text(W - 46, y, "$" + money(total), "Sans-B", 12, "r")
    d.text(420, y + 18, "GST included", "Sans", 10, "r")
    d.text(W - 46, y + 18, "$" + money(gst), "Sans", 10, "r")
    y += 60
    d.text(40, y, "Payment terms: 14 days. Please pay by bank transfer:", "Sans", 10)
    d.text(
        40,
        y + 15,
        "J & T Whitfield  BSB 484-799  Acc 2210 4471  (use invoice # as reference)",
        "Sans-B",
        10,
    )
    d.text(40, y + 30, "Thanks for choosing a local sparky!", "Sans-I", 10)
    d.text(
        W / 2,
        H - 40,
        "Sparkright Electrical · PO Box 332 Red Hill QLD 4059 · jason@sparkright.com.au",
        "Sans",
        8,
        "c",
        (0.4, 0.4, 0.4),
    )
    return truth(
        "0457",
        "2026-02-23",
        "2026-03-09",
        vendor,
        net,
        gst,
        total,
        "AUD",
        "en-AU",
        "invoice",
        "invoice",
        items,
        "home-made AU tax invoice; prices GST-inclusive, only 'GST included' printed (net = total - GST, not printed); DD/MM/YYYY dates; dark header band",
    )


def i14(d: Doc, rng):
    """NZ builder tax invoice, GST 15% exclusive, retention held, DD/MM/YYYY."""
    W, H = d.w, d.h
    vendor = "Kauri Coast Builders Ltd"
    d.text(40, 60, "Kauri Coast Builders Ltd", "SerifC-B", 18)
    d.text(
        40,
        76,
        "14 Port Road, Whangārei 0110  ·  09 555 0142  ·  admin@kauricoast.co.nz",
        "Sans",
        8.5,
    )
    d.text(40, 89, "GST No. 112-394-586", "Sans-B", 9)
    d.rect(W - 210, 40, 170, 60, stroke=(0, 0, 0), width=1)
    d.text(W - 125, 58, "TAX INVOICE", "Sans-B", 13, "c")
    d.text(W - 200, 76, "Invoice No.", "Sans", 9)
    d.text(W - 50, 76, "3318", "Sans-B", 9, "r")
    d.text(W - 200, 90, "Date", "Sans", 9)
    d.text(W - 50, 90, "06/03/2026", "Sans", 9, "r")
    d.text(40, 124, "To:", "Sans-B", 9.5)
    for k, s in enumerate(["Tūī Ridge Holdings Ltd", "22 Kamo Road", "Kensington, Whangārei 0112"]):
        d.text(70, 124 + k * 13, s, "Sans", 9.5)
    d.text(W - 210, 124, "Job:", "Sans-B", 9.5)
    d.text(W - 170, 124, "Deck & pergola, 5 Tūī Ridge", "Sans", 9.5)
    d.text(W - 210, 137, "Claim:", "Sans-B", 9.5)
    d.text(W - 170, 137, "Progress claim 2 of 3", "Sans", 9.5)
    y = 186
    d.hline(40, W - 40, y - 14, 1)
    d.text(44, y, "Description", "Sans-B", 9.5)
    d.text(370, y, "Hours/Qty", "Sans-B", 9.5, "r")
    d.text(450, y, "Rate", "Sans-B", 9.5, "r")
    d.text(W - 44, y, "Amount", "Sans-B", 9.5, "r")
    d.hline(40, W - 40, y + 6, 1)
    items = [
        line("Builder labour", "64", "78.00"),
        line("Apprentice labour", "40", "42.00"),
        line("H4 treated piles 125x125 2.4m", "18", "38.90"),
        line("Kwila decking 90x19 (lin m)", "210", "13.80"),
        line("Stainless deck screws 10g (box 1000)", "3", "96.50"),
        line("Pergola kitset - 4.8 x 3.6", "1", "2860.00"),
        line("Concrete 20 MPa bagged", "40", "11.20"),
        line("Skip bin 4m3", "1", "330.00"),
    ]
    y += 22
    for it in items:
        d.text(44, y, it["description"], "Sans", 9.5)
        d.text(370, y, it["qty"], "Sans", 9.5, "r")
        d.text(450, y, money(it["unit"]), "Sans", 9.5, "r")
        d.text(W - 44, y, money(it["amount"]), "Sans", 9.5, "r")
        y += 17
    net = total_of(items)
    gst = q(net * D("0.15"))
    total = net + gst
    ret = q(net * D("0.10"))
    d.hline(40, W - 40, y - 8, 0.6)
    y += 12
    for a, b, f in [
        ("Subtotal (excl. GST)", money(net), "Sans"),
        ("GST 15%", money(gst), "Sans"),
        ("TOTAL incl. GST", money(total), "Sans-B"),
    ]:
        d.text(440, y, a, f, 10, "r")
        d.text(W - 44, y, "$" + b, f, 10, "r")
        y += 17
    y += 10
    d.text(
        44,
        y,
        f"Retention held (10% of labour & materials, released on completion): ${money(ret)}",
        "Sans",
        9,
    )
    d.text(44, y + 14, f"Amount payable this claim: ${money(total - ret)}", "Sans-B", 9.5)
    d.text(44, y + 42, "Due date: 20/03/2026", "Sans-B", 10)
    d.text(44, y + 58, "Pay to: Kauri Coast Builders Ltd  ANZ 01-0487-0219843-00", "Sans", 9.5)
    d.text(
        44,
        y + 72,
        "Please reference invoice 3318. Overdue accounts may incur collection costs.",
        "Sans",
        9.5,
    )
    d.text(W / 2, H - 36, "LBP BP 118832  ·  Master Builders member  ·  Thank you", "Sans", 8, "c")
    return truth(
        "3318",
        "2026-03-06",
        "2026-03-20",
        vendor,
        net,
        gst,
        total,
        "NZD",
        "en-NZ",
        "invoice",
        "invoice",
        items,
        "NZ progress claim; GST exclusive lines, GST 15%; retention line makes 'amount payable' differ from TOTAL; macrons in names; DD/MM/YYYY",
    )


def i15(d: Doc, rng):
    """Credit memo from a California produce distributor, negative amounts, partly taxable."""
    W, H = d.w, d.h
    vendor = "Pacific Rim Produce Distributors, Inc."
    org = (0.85, 0.42, 0.08)
    d.circle(64, 66, 24, fill=org, stroke=None)
    d.circle(64, 66, 14, fill=(1, 1, 1), stroke=None)
    d.text(98, 62, "Pacific Rim Produce Distributors, Inc.", "Sans-B", 13)
    d.text(
        98,
        77,
        "1601 E. Olympic Blvd, Stall 214, Los Angeles, CA 90021  ·  (213) 555-0170",
        "Sans",
        8,
    )
    d.text(98, 88, "Seller's Permit SR EA 102-447819", "Sans", 8)
    d.rect(W - 200, 104, 160, 64, stroke=org, width=1.2)
    d.text(W - 120, 122, "CREDIT MEMO", "Sans-B", 13, "c", org)
    d.text(W - 192, 140, "Credit No.", "Sans", 8.5)
    d.text(W - 48, 140, "CM-10482", "Sans-B", 8.5, "r")
    d.text(W - 192, 154, "Date", "Sans", 8.5)
    d.text(W - 48, 154, "04/16/2026", "Sans", 8.5, "r")
    d.text(40, 116, "Customer", "Sans-B", 8.5, color=org)
    for k, s in enumerate(
        [
            "Sunset Table Restaurant Group",
            "3320 W Sunset Blvd",
            "Los Angeles, CA 90026",
            "Acct 5521",
        ]
    ):
        d.text(40, 129 + k * 12, s, "Sans", 8.5)
    d.text(
        40,
        196,
        "Applies to Invoice 204877 dated 04/14/2026. Reason: damaged / short-dated product returned with driver.",
        "Sans",
        8.5,
    )
    y = 222
    d.rect(40, y - 11, W - 80, 16, fill=(0.97, 0.9, 0.82), stroke=None)
    for x, t, a in [
        (46, "Item", "l"),
        (110, "Description", "l"),
        (360, "Qty", "r"),
        (390, "Tax", "c"),
        (460, "Price", "r"),
        (W - 46, "Amount", "r"),
    ]:
        d.text(x, y, t, "Sans-B", 8.5, a)
    items = [
        line("PR-0211 Avocado Hass 48ct (case)", "-2", "62.50"),
        line("PR-0540 Strawberries 8x1 lb flat", "-3", "24.75"),
        line("PR-0902 Romaine hearts 12ct (case)", "-1", "31.40"),
        line("PP-1180 Clamshell 8x8 hinged (case of 200)", "-2", "38.60"),
        line("PP-1305 Nitrile gloves L (case)", "-1", "54.90"),
    ]
    tx = [False, False, False, True, True]
    y += 22
    for it, t in zip(items, tx, strict=False):
        code, desc = it["description"].split(" ", 1)
        d.text(46, y, code, "Mono", 8.5)
        d.text(110, y, desc, "Sans", 8.5)
        d.text(360, y, it["qty"], "Sans", 8.5, "r")
        d.text(390, y, "T" if t else "", "Sans", 8.5, "c")
        d.text(460, y, money(it["unit"]), "Sans", 8.5, "r")
        d.text(W - 46, y, money(it["amount"]), "Sans", 8.5, "r")
        y += 16
    net = total_of(items)
    base = sum((it["amount"] for it, t in zip(items, tx, strict=False) if t), D0)
    tax = q(base * D("0.0975"))
    total = net + tax
    d.hline(40, W - 40, y - 6, 0.6)
    y += 12
    for a, b, f in [
        ("Subtotal", money(net, "$"), "Sans"),
        ("Sales Tax 9.75% (T items)", money(tax, "$"), "Sans"),
        ("TOTAL CREDIT", money(total, "$"), "Sans-B"),
    ]:
        d.text(470, y, a, f, 9, "r")
        d.text(W - 46, y, b, f, 9, "r")
        y += 16
    y += 24
    d.text(
        40,
        y,
        "This credit will be applied to your next statement. Fresh produce is exempt from California sales tax;",
        "Sans",
        8.5,
    )
    d.text(40, y + 12, "packaging and supplies (T) are taxable.", "Sans", 8.5)
    d.text(40, y + 40, "Authorized by: R. Delgado, Credit Dept.", "Sans-I", 8.5)
    d.text(
        W / 2,
        H - 36,
        "Pacific Rim Produce Distributors, Inc. · PACA License 20190413 · Thank you for your business",
        "Sans",
        7.5,
        "c",
        (0.4, 0.4, 0.4),
    )
    return truth(
        "CM-10482",
        "2026-04-16",
        None,
        vendor,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "invoice",
        "credit_note",
        items,
        "credit memo with negative quantities and amounts (keyed negative); references original invoice 204877; tax only on 'T' lines; no due date",
    )


# ---------------------------------------------------------------------------------------------
# Receipts


def r01(d: Doc, rng):
    """Chicago diner check with suggested tip table and blank tip line on the card slip (80 mm)."""
    r = Roll(d, 10, "Mono", 8.2)
    vendor = "The Copper Kettle Diner"
    r.center("THE COPPER KETTLE", "Serif-B", 14)
    r.center("DINER", "Serif-B", 10)
    r.center("2143 N Milwaukee Ave")
    r.center("Chicago, IL 60647")
    r.center("(773) 555-0119")
    r.nl(0.5)
    r.lr("Server: Dana", "Table 14")
    r.lr("Check #4471", "Guests: 3")
    r.lr("04/18/2026", "7:42 PM")
    r.rule("=")
    items = [
        line("Patty Melt", "1", "15.95"),
        line("Chicken & Waffles", "1", "18.50"),
        line("Cobb Salad", "1", "14.25"),
        line("Add Avocado", "1", "2.50"),
        line("Coffee", "2", "3.25"),
        line("Choc Malt", "1", "7.95"),
        line("Slice Apple Pie", "1", "6.75"),
    ]
    for it in items:
        r.lr(f"{it['qty']} {it['description']}", money(it["amount"]))
    r.rule("-")
    net = total_of(items)
    tax = q(net * D("0.1175"))
    total = net + tax
    r.lr("Subtotal", money(net))
    r.lr("Tax 11.75%", money(tax))
    r.lr("TOTAL", money(total, "$"), "Mono-B", 10)
    r.rule("-")
    r.center("Suggested Gratuity")
    for p in ("18", "20", "22"):
        r.lr(
            f"  {p}% = ${money(q(net * D(p) / 100))}",
            f"total ${money(total + q(net * D(p) / 100))}",
        )
    r.center("(calculated on pre-tax amount)")
    r.rule("=")
    r.center("CUSTOMER COPY", "Mono-B")
    r.lr("VISA ************2281", "CHIP")
    r.lr("AUTH 08812Z", "REF 004471")
    r.lr("AMOUNT:", money(total, "$"))
    r.nl(0.8)
    r.lr("TIP:", "____________")
    r.nl(0.8)
    r.lr("TOTAL:", "____________")
    r.nl(1.5)
    r.left("X______________________________")
    r.center("Thank you! Come again!")
    return truth(
        "4471",
        "2026-04-18",
        None,
        vendor,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "suggested gratuity table prints three bigger 'total' figures; tip/total lines left blank; Chicago restaurant tax 11.75%",
    )


def r02(d: Doc, rng):
    """Square-style Seattle cafe receipt with a tip added on the terminal (58 mm)."""
    r = Roll(d, 7, "Sans", 7.5, 1.4)
    vendor = "Blue Heron Coffee Roasters"
    d.circle(d.w / 2, 22, 10, fill=(0, 0, 0), stroke=None)
    d.text(d.w / 2, 26, "BH", "Sans-B", 8, "c", (1, 1, 1))
    r.y = 48
    r.center("Blue Heron Coffee Roasters", "Sans-B", 8.5)
    r.center("5419 Ballard Ave NW, Seattle")
    r.center("WA 98107")
    r.nl(0.4)
    items = [
        line("Oat Latte 16oz", "1", "5.75"),
        line("Cardamom Bun", "1", "4.50"),
        line("Drip Coffee 12oz", "2", "3.25"),
        line("Bag - Ethiopia Guji 12oz", "1", "19.00"),
    ]
    for it in items:
        r.lr(
            it["description"] + (f" x {it['qty']}" if it["qty"] != "1" else ""),
            money(it["amount"], "$"),
        )
    r.rule("line")
    taxable = items[0]["amount"] + items[1]["amount"] + items[2]["amount"]
    sub = total_of(items)
    tax = q(taxable * D("0.1035"))
    tip = D("3.00")
    total = sub + tax + tip
    r.lr("Subtotal", money(sub, "$"))
    r.lr("Sales Tax (10.35%)", money(tax, "$"))
    r.lr("Tip", money(tip, "$"))
    r.lr("Total", money(total, "$"), "Sans-B", 9)
    r.rule("line")
    r.lr("Visa 7714 (Contactless)", money(total, "$"))
    r.lr("Auth code", "051733")
    r.nl(0.4)
    r.center("Apr 9 2026 at 8:14 AM")
    r.center("#Kq4Z")
    r.center("Receipt #Kq4Z-8WnT")
    r.nl(0.4)
    r.center("Coffee beans are not taxed.", "Sans", 6.5)
    r.center("Questions? hello@blueheron.coffee", "Sans", 6.5)
    return truth(
        "Kq4Z-8WnT",
        "2026-04-09",
        None,
        vendor,
        sub + tip,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "tip added on terminal: convention amount = subtotal + tip (tip is untaxed); coffee beans untaxed; date 'Apr 9 2026'; two receipt codes (#Kq4Z order, Receipt #Kq4Z-8WnT keyed)",
    )


def r03(d: Doc, rng):
    """Ohio gas station pump receipt, 58 mm, no tax line."""
    r = Roll(d, 6, "Mono", 7.4, 1.3)
    vendor = "QuikFuel #2214"
    r.center("QUIKFUEL #2214", "Mono-B", 10)
    r.center("3890 W BROAD ST")
    r.center("COLUMBUS OH 43228")
    r.center("614-555-0165")
    r.nl(0.5)
    r.lr("02/27/2026", "06:52:18")
    r.lr("TRAN# 8820431", "PUMP# 07")
    r.lr("STORE 2214", "REG 1")
    r.rule("-")
    gal, ppg = D("11.382"), D("3.159")
    amt = q(gal * ppg)
    it = line("REGULAR UNL", "11.382", "3.159", amt)
    r.left("PUMP 07   REGULAR UNL")
    r.lr(f"{gal} G @ ${ppg}/G", "")
    r.lr("FUEL SALE", money(amt, "$"))
    r.rule("-")
    r.lr("TOTAL", money(amt, "$"), "Mono-B", 9)
    r.nl(0.3)
    r.lr("CREDIT", money(amt, "$"))
    r.lr("MASTERCARD", "XXXXXXXXXXXX6630")
    r.lr("ENTRY METHOD", "CHIP")
    r.lr("AUTH #", "71055P")
    r.lr("AID", "A0000000041010")
    r.nl(0.5)
    r.center("Fuel prices include all")
    r.center("federal & state taxes")
    r.nl(0.4)
    r.center("THANK YOU - DRIVE SAFE")
    return truth(
        "8820431",
        "2026-02-27",
        None,
        vendor,
        amt,
        None,
        amt,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        [it],
        "tiny faded pump receipt; no tax line (fuel tax included, not printed); gallons with 3 decimals and price per gallon with 3 decimals",
    )


def r04(d: Doc, rng):
    """North Carolina grocery receipt: two tax rates (food 2%, general 7%), coupons, cash change."""
    r = Roll(d, 10, "Mono", 8.0, 1.28)
    vendor = "Hometown Fresh Market"
    r.center("HOMETOWN", "Sans-B", 16)
    r.center("FRESH MARKET", "Sans-B", 11)
    r.center("Store 118  Raleigh NC 27607")
    r.center("919-555-0133")
    r.nl(0.4)
    prods = [
        ("GV 2% MILK GAL", "1", "3.89", "F"),
        ("BANANAS 2.31 LB @ .59", "1", "1.36", "F"),
        ("EGGS LG 18CT", "1", "5.49", "F"),
        ("SOURDOUGH LOAF", "1", "4.29", "F"),
        ("CHKN BREAST FAM PK", "1", "11.84", "F"),
        ("BABY SPINACH 5OZ", "2", "3.49", "F"),
        ("CHEDDAR SHRP 8OZ", "1", "3.79", "F"),
        ("PAPER TOWELS 6RL", "1", "9.99", "T"),
        ("DISH SOAP 24OZ", "1", "3.29", "T"),
        ("SPARKLING WATER 12PK", "1", "5.99", "T"),
        ("FROZEN PIZZA", "2", "6.49", "F"),
        ("GREEK YOGURT 32OZ", "1", "5.79", "F"),
        ("TRASH BAGS 40CT", "1", "8.49", "T"),
        ("APPLES HONEYCRISP 3LB", "1", "5.99", "F"),
        ("PEANUT BUTTER 16OZ", "1", "3.19", "F"),
    ]
    items, flags = [], []
    for desc, qt, pr, fl in prods:
        it = line(desc, qt, pr)
        items.append(it)
        flags.append(fl)
        r.lr(desc, money(it["amount"]) + " " + fl)
        if qt != "1":
            r.left(f"  {qt} @ {pr}")
    cps = [line("SC FROZEN PIZZA", "1", "-2.00"), line("SC PAPER TOWELS", "1", "-1.50")]
    r.lr("SC FROZEN PIZZA", "2.00-F")
    r.lr("SC PAPER TOWELS", "1.50-T")
    items += cps
    flags += ["F", "T"]
    net = total_of(items)
    fbase = sum((it["amount"] for it, f in zip(items, flags, strict=False) if f == "F"), D0)
    tbase = sum((it["amount"] for it, f in zip(items, flags, strict=False) if f == "T"), D0)
    t1, t2 = q(tbase * D("0.0725")), q(fbase * D("0.02"))
    total = net + t1 + t2
    r.nl(0.4)
    r.lr("SUBTOTAL", money(net))
    r.lr("TAX 1  7.25% ON " + money(tbase), money(t1))
    r.lr("TAX 2  2.00% ON " + money(fbase), money(t2))
    r.lr("**** BALANCE", money(total), "Mono-B", 9.5)
    r.nl(0.4)
    cash = D("100.00")
    r.lr("CASH TEND", money(cash))
    r.lr("CHANGE DUE", money(cash - total))
    r.nl(0.4)
    r.lr("YOU SAVED", "3.50")
    r.lr("ITEMS SOLD", "17")
    r.nl(0.4)
    r.left("04/04/26 11:08am 118 03 0442 4821")
    r.center("TRANS 4821")
    d.barcode(30, r.y, d.w - 60, 26, rng)
    r.y += 40
    r.center("F = FOOD 2%   T = TAXABLE 7.25%")
    r.center("THANK YOU FOR SHOPPING LOCAL")
    return truth(
        "4821",
        "2026-04-04",
        None,
        vendor,
        net,
        t1 + t2,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "long grocery receipt; two tax lines (food 2%, general 7.25%) summed; store coupons negative; BALANCE label not TOTAL; cash tendered 100.00 and change; date MM/DD/YY",
    )


def r05(d: Doc, rng):
    """Pennsylvania pharmacy e-receipt PDF (80 mm): Rx and OTC untaxed, rewards savings."""
    r = Roll(d, 10, "Cond", 8.2, 1.35)
    vendor = "Greenway Pharmacy"
    d.rect(10, 10, d.w - 20, 30, fill=(0.0, 0.5, 0.3), stroke=None)
    d.text(d.w / 2, 31, "Greenway Pharmacy", "Sans-B", 13, "c", (1, 1, 1))
    r.y = 54
    r.center("Store #08812  611 Penn Ave")
    r.center("Pittsburgh, PA 15222  (412) 555-0181")
    r.nl(0.4)
    rows = [
        ("RX #4471902 LISINOPRIL 10MG", "1", "4.00", "N"),
        ("IBUPROFEN 200MG 100CT", "1", "9.49", "N"),
        ("CERAVE LOTION 16OZ", "1", "17.99", "T"),
        ("REESE'S CUPS KING", "2", "2.79", "T"),
        ("GW SUNSCREEN SPF50", "1", "10.99", "T"),
        ("BAND-AID ASST 30CT", "1", "4.79", "N"),
    ]
    items, tx = [], []
    for desc, qt, pr, f in rows:
        it = line(desc, qt, pr)
        items.append(it)
        tx.append(f == "T")
        r.lr(desc, money(it["amount"]) + (" T" if f == "T" else "  "))
        if qt != "1":
            r.left(f"   {qt} @ {pr}")
    sav = line("GREENWAY REWARDS CERAVE", "1", "-3.00")
    items.append(sav)
    tx.append(True)
    r.lr("  GREENWAY REWARDS", "3.00- T")
    net = total_of(items)
    base = sum((it["amount"] for it, t in zip(items, tx, strict=False) if t), D0)
    tax = q(base * D("0.07"))
    total = net + tax
    r.rule("line")
    r.lr("SUBTOTAL", money(net))
    r.lr("PA/ALLEGHENY TAX 7% ON " + money(base), money(tax))
    r.lr("TOTAL", money(total), "Cond-B", 10)
    r.lr("DEBIT CARD", money(total))
    r.lr("CARD#: XXXXXXXXXXXX0387", "")
    r.lr("REF 512277  AUTH 118830", "")
    r.rule("line")
    r.center("RETURNS WITH RECEIPT WITHIN 60 DAYS")
    r.center("Rewards savings today: $3.00", "Cond-B")
    r.nl(0.4)
    r.left("05/11/2026 3:27 PM  RCPT# 0881-2-4410")
    r.center("Prescriptions & OTC medicines are PA tax-exempt")
    d.qr(d.w / 2 - 28, r.y, 56, rng)
    r.y += 70
    r.center("Scan to rate your visit")
    return truth(
        "0881-2-4410",
        "2026-05-11",
        None,
        vendor,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "born-digital e-receipt; Rx, OTC drugs and bandages untaxed, tax 7% on base printed; rewards discount reduces taxable base; RCPT# keyed",
    )


def r06(d: Doc, rng):
    """Phoenix big-box hardware receipt (76 mm), SKU lines, pro discount, downscaled scan."""
    r = Roll(d, 8, "Mono", 7.6, 1.3)
    vendor = "Buildwell Home Center"
    d.rect(d.w / 2 - 60, 10, 120, 28, fill=(0, 0, 0), stroke=None)
    d.text(d.w / 2, 30, "BUILDWELL", "Sans-B", 15, "c", (1, 1, 1))
    r.y = 52
    r.center("HOME CENTER #0417")
    r.center("4040 E THOMAS RD, PHOENIX AZ 85018")
    r.center("(602) 555-0150")
    r.nl(0.4)
    r.left("0417 00023 59814  03/21/26 10:41 AM")
    r.left("SALE  CASHIER MARISOL")
    r.nl(0.3)
    rows = [
        ("012871443307", "2X4-8 PREM KD SPF", "12", "4.28"),
        ("076174520118", "DECK SCREW 2-1/2 5LB", "1", "32.97"),
        ("049793015627", "BEHR PREM EXT 1G", "2", "42.98"),
        ("845534012984", "PAINT ROLLER KIT 9IN", "1", "12.47"),
        ("033287170440", "TARP 10X12 BLUE", "1", "13.98"),
        ("885911621307", "DRILL BIT SET 21PC", "1", "24.97"),
    ]
    items = []
    for sku, desc, qt, pr in rows:
        it = line(desc, qt, pr)
        items.append(it)
        r.lr(sku + " " + desc, "")
        r.lr(f"   {qt}@{pr}" if qt != "1" else "", money(it["amount"]))
    disc = line("PRO XTRA VOLUME DISCOUNT", "1", "-8.64")
    items.append(disc)
    r.lr("PRO VOLUME DISCOUNT", "-8.64")
    net = total_of(items)
    tax = q(net * D("0.086"))
    total = net + tax
    r.nl(0.3)
    r.lr("", "SUBTOTAL " + money(net))
    r.lr("", "SALES TAX 8.6% " + money(tax))
    r.lr("", "TOTAL $" + money(total), "Mono-B", 9)
    r.nl(0.3)
    r.lr("XXXXXXXXXXXX3318 VISA", "USD$ " + money(total))
    r.lr("AUTH CODE 046641/5541208", "TA")
    r.nl(0.3)
    r.left("0417 23 59814 03/21/2026 4801")
    d.barcode(20, r.y, d.w - 40, 24, rng)
    r.y += 38
    r.center("RETURN POLICY DEFINITIONS")
    r.center("POLICY ID DAYS POLICY EXPIRES ON")
    r.center("A 1 90 06/19/2026")
    r.nl(0.3)
    r.center("PRO XTRA: SAVED $8.64 TODAY")
    return truth(
        "59814",
        "2026-03-21",
        None,
        vendor,
        net,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "long UPC numbers on every line; totals right-aligned with labels glued to figures; return-policy date 06/19/2026 is a distractor; transaction number 59814 inside the store/register string; downscaled to 650 px",
    )


def r07(d: Doc, rng):
    """Seattle parking garage exit receipt, commercial parking tax (58 mm), image-only PDF."""
    r = Roll(d, 6, "Sans", 7.8, 1.35)
    vendor = "Metro Park Garage - 5th & Pine"
    d.rect(d.w / 2 - 14, 8, 28, 28, fill=(0.1, 0.3, 0.7), stroke=None, radius=4)
    d.text(d.w / 2, 29, "P", "Sans-B", 20, "c", (1, 1, 1))
    r.y = 50
    r.center("METRO PARK GARAGE", "Sans-B", 9)
    r.center("5th & Pine")
    r.center("1520 5th Ave, Seattle WA 98101")
    r.rule("line")
    r.lr("Ticket #", "0048127733")
    r.lr("Entry", "05/14/2026 08:12")
    r.lr("Exit", "05/14/2026 17:46")
    r.lr("Duration", "9 h 34 m")
    r.lr("Rate", "Daily max")
    r.rule("line")
    fee = D("32.00")
    tax = q(fee * D("0.125"))
    total = fee + tax
    it = line("Parking daily max", "1", fee)
    r.lr("Parking fee", money(fee, "$"))
    r.lr("City Parking Tax 12.5%", money(tax, "$"))
    r.lr("TOTAL PAID", money(total, "$"), "Sans-B", 9.5)
    r.rule("line")
    r.lr("AMEX", "***********1009")
    r.lr("Lane 2 / Term 04", "Approved")
    r.nl(0.5)
    r.center("Receipt 26-0514-0993")
    r.center("Thank you - drive safely")
    return truth(
        "26-0514-0993",
        "2026-05-14",
        None,
        vendor,
        fee,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        [it],
        "parking exit receipt with ticket number and receipt number (receipt number keyed); entry/exit timestamps; parking tax 12.5% on top",
    )


def r08(d: Doc, rng):
    """Toronto taxi meter receipt, fare includes HST (58 mm), blank tip line."""
    r = Roll(d, 6, "Mono", 7.6, 1.35)
    vendor = "Lakeshore Taxi Co-op"
    r.center("LAKESHORE TAXI CO-OP", "Mono-B", 8.6)
    r.center("416-555-0199")
    r.center("HST# 81234 5678 RT0001")
    r.rule("*")
    r.lr("CAB NO", "1187")
    r.lr("DRIVER", "A. SINGH 40217")
    r.lr("TRIP #", "55821")
    r.lr("DATE", "2026/05/02")
    r.lr("START", "23:05")
    r.lr("END", "23:31")
    r.lr("KM", "14.6")
    r.rule("*")
    fare = D("38.45")
    extra = D("4.00")
    total = fare + extra
    hst = q(total * 13 / 113)
    items = [line("Metered fare", "1", fare), line("Extras (luggage)", "1", extra)]
    r.lr("FARE", money(fare, "$"))
    r.lr("EXTRAS", money(extra, "$"))
    r.lr("TOTAL", money(total, "$"), "Mono-B", 9)
    r.lr("HST INCLUDED", money(hst, "$"))
    r.nl(0.6)
    r.lr("TIP", "$________")
    r.nl(0.6)
    r.lr("PAID", "$________")
    r.rule("*")
    r.center("THANK YOU")
    return truth(
        "55821",
        "2026-05-02",
        None,
        vendor,
        total - hst,
        hst,
        total,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        items,
        "taxi meter slip; HST 13% included in fare (net not printed); ISO-like date 2026/05/02; blank tip and paid lines; cab/driver numbers as distractors",
    )


def r09(d: Doc, rng):
    """Montreal bistro bill in French with TPS/TVQ and a tip on the card slip (80 mm)."""
    r = Roll(d, 10, "Sans", 8.2, 1.35)
    vendor = "Bistro Le Petit Saint-Jean"
    r.center("Bistro", "Serif-I", 11)
    r.center("Le Petit Saint-Jean", "Serif-B", 14)
    r.center("4512, rue Saint-Denis, Montréal (QC) H2J 2L3")
    r.center("514 555-0122")
    r.nl(0.3)
    r.lr("Facture # 10482", "Table 12")
    r.lr("Serveur : Mélanie", "Couverts : 2")
    r.lr("2026-03-27", "20:51")
    r.rule("line")
    items = [
        line("Tartare de saumon", "1", "17.00"),
        line("Soupe à l'oignon", "1", "11.50"),
        line("Confit de canard", "1", "32.00"),
        line("Bavette frites", "1", "29.50"),
        line("Verre de vin rouge", "2", "13.00"),
        line("Crème brûlée", "1", "10.00"),
    ]
    for it in items:
        r.lr(f"{it['qty']} {it['description']}", frca(it["amount"], False))
    r.rule("line")
    net = total_of(items)
    tps = q(net * D("0.05"))
    tvq = q(net * D("0.09975"))
    bill = net + tps + tvq
    tip = D("22.00")
    r.lr("Sous-total", frca(net, False))
    r.lr("TPS 5 %", frca(tps, False))
    r.lr("TVQ 9,975 %", frca(tvq, False))
    r.lr("TOTAL", frca(bill), "Sans-B", 10)
    r.nl(0.3)
    r.left("TPS : 815623740 RT0001", size=7)
    r.left("TVQ : 1219873450 TQ0001", size=7)
    r.rule("=")
    r.center("REÇU DU CLIENT / CUSTOMER COPY", "Sans-B")
    r.lr("ACHAT / PURCHASE", "")
    r.lr("MASTERCARD", "**** 5520")
    r.lr("MONTANT", frca(bill))
    r.lr("POURBOIRE / TIP", frca(tip))
    r.lr("TOTAL", frca(bill + tip), "Sans-B", 9)
    r.lr("AUTOR. 77120K", "00 APPROUVÉE")
    r.center("Merci et à bientôt !")
    return truth(
        "10482",
        "2026-03-27",
        None,
        vendor,
        net + tip,
        tps + tvq,
        bill + tip,
        "CAD",
        "fr-CA",
        "receipt",
        "receipt",
        items,
        "French bill; TPS+TVQ summed; card slip adds a $22 tip: convention amount = subtotal + tip, total = card total 'TOTAL' on slip (two TOTAL lines differ); decimal comma",
    )


def r10(d: Doc, rng):
    """BC hardware store cash sale: GST + PST, cash rounding to 5 cents (76 mm)."""
    r = Roll(d, 8, "Mono", 7.8, 1.3)
    vendor = "Island Home Hardware Ltd."
    r.center("ISLAND", "Serif-B", 16)
    r.center("HOME HARDWARE", "Serif-B", 10)
    r.center("Island Home Hardware Ltd.")
    r.center("6631 Island Hwy N, Nanaimo BC V9T 6N8")
    r.center("GST# 80731 4462 RT0001")
    r.rule("-")
    rows = [
        ("WD-40 SMART STRAW 311G", "1", "9.99"),
        ("LED BULB A19 60W 4PK", "1", "12.49"),
        ("GARDEN HOSE 5/8X50", "1", "34.99"),
        ("HOSE NOZZLE 8-PATTERN", "1", "8.79"),
        ("SCREWS #8X1-1/4 100", "2", "5.49"),
    ]
    items = [line(a, b, c) for a, b, c in rows]
    for it in items:
        r.lr(it["description"], money(it["amount"]) + " GP")
        if it["qty"] != "1":
            r.left(f"  {it['qty']} @ {money(it['unit'])}")
    net = total_of(items)
    gst = q(net * D("0.05"))
    pst = q(net * D("0.07"))
    total_exact = net + gst + pst
    rounded = (total_exact / D("0.05")).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * D("0.05")
    rnd = q(rounded - total_exact)
    r.rule("-")
    r.lr("SUBTOTAL", money(net))
    r.lr("GST 5%", money(gst))
    r.lr("PST 7%", money(pst))
    r.lr("TOTAL", money(total_exact), "Mono-B", 9)
    r.lr("CASH ROUNDING", money(rnd))
    r.lr("TOTAL DUE (CASH)", money(rounded), "Mono-B", 9)
    r.lr("CASH", "100.00")
    r.lr("CHANGE", money(D("100.00") - rounded))
    r.rule("-")
    r.lr("INV# 0093-118204", "")
    r.lr("2026-04-25 14:02", "TILL 2")
    r.center("G=GST P=PST")
    r.center("Thank you for shopping local!")
    return truth(
        "0093-118204",
        "2026-04-25",
        None,
        vendor,
        net,
        gst + pst,
        q(rounded),
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        items,
        f"GST+PST summed; cash rounding {money(rnd)} printed: keyed total is the rounded cash total (amount + vat + rounding = total); TOTAL line before rounding differs",
        rounding=rnd,
    )


def r11(d: Doc, rng):
    """Melbourne cafe TAX INVOICE, GST-inclusive, GST-free items starred, cash rounding (80 mm)."""
    r = Roll(d, 10, "Sans", 8.4, 1.35)
    vendor = "Little Bourke Espresso"
    r.center("LITTLE BOURKE", "Sans-B", 13)
    r.center("ESPRESSO", "Sans", 10)
    r.center("Little Bourke Espresso Pty Ltd")
    r.center("ABN 62 158 774 309")
    r.center("210 Little Bourke St, Melbourne VIC 3000")
    r.nl(0.3)
    r.center("TAX INVOICE", "Sans-B", 10)
    r.lr("Order 318", "Dine in  T4")
    r.lr("Date 12/03/2026", "09:17")
    r.rule("line")
    rows = [
        ("Flat White L", "2", "5.80", True),
        ("Long Black", "1", "4.90", True),
        ("Smashed Avo", "1", "21.50", True),
        ("Banana Bread", "1", "7.50", True),
        ("*Coffee Beans 1kg House", "1", "48.00", False),
        ("*Milk 2L", "1", "3.62", False),
    ]
    items, tx = [], []
    for desc, qt, pr, t in rows:
        it = line(desc.lstrip("*"), qt, pr)
        items.append(it)
        tx.append(t)
        r.lr(f"{qt} x {desc}", "$" + money(it["amount"]))
    total_exact = total_of(items)
    base = sum((it["amount"] for it, t in zip(items, tx, strict=False) if t), D0)
    gst = q(base / D("11"))
    rounded = (total_exact / D("0.05")).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * D("0.05")
    rnd = q(rounded - total_exact)
    r.rule("line")
    r.lr("TOTAL", "$" + money(total_exact), "Sans-B", 10)
    r.lr("Rounding", "$" + money(rnd))
    r.lr("CASH", "$" + money(D("110.00")))
    r.lr("CHANGE", "$" + money(D("110.00") - rounded))
    r.nl(0.3)
    r.lr("Total includes GST", "$" + money(gst))
    r.center("* denotes GST-free item", size=7)
    r.center("Thanks - see you tomorrow!")
    return truth(
        "318",
        "2026-03-12",
        None,
        vendor,
        total_exact - gst,
        gst,
        q(rounded),
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        items,
        f"AU GST-inclusive cafe tax invoice; GST-free items starred; cash rounding {money(rnd)}: keyed total is amount paid after rounding; net = pre-rounding TOTAL - GST (not printed)",
        rounding=rnd,
    )


def r12(d: Doc, rng):
    """Adelaide supermarket receipt, '#' marks GST items, EFTPOS, long list (80 mm)."""
    r = Roll(d, 9, "Mono", 8.0, 1.28)
    vendor = "FreshWay Supermarkets"
    r.center("FreshWay", "Serif-B", 18)
    r.center("SUPERMARKETS")
    r.center("FreshWay Supermarkets Pty Ltd")
    r.center("Unley Rd, Unley SA 5061  Ph 08 8555 0190")
    r.center("ABN 27 004 118 552")
    r.center("TAX INVOICE", "Mono-B")
    r.rule("-")
    rows = [
        ("Bananas Cavendish 1.12kg", "1", "4.47", False),
        ("Full Cream Milk 3L", "1", "4.95", False),
        ("Sourdough Vienna", "1", "5.50", False),
        ("#Chocolate Block 180g", "2", "4.50", True),
        ("Free Range Eggs 12pk", "1", "7.80", False),
        ("#Dishwashing Liquid 1L", "1", "3.90", True),
        ("Chicken Thigh Fillet 1kg", "1", "13.00", False),
        ("#Potato Chips 175g", "1", "4.00", True),
        ("Carrots 1kg bag", "1", "2.20", False),
        ("#Toilet Paper 12pk", "1", "9.95", True),
        ("Greek Yoghurt 1kg", "1", "6.90", False),
        ("#Soft Drink 1.25L", "2", "3.25", True),
        ("Tomatoes Gourmet 0.64kg", "1", "4.15", False),
        ("#Laundry Powder 2kg", "1", "12.00", True),
    ]
    items, tx = [], []
    for desc, qt, pr, t in rows:
        it = line(desc.lstrip("#"), qt, pr)
        items.append(it)
        tx.append(t)
        if qt != "1":
            r.lr(desc, "")
            r.lr(f"   {qt} @ ${pr} each", money(it["amount"]))
        else:
            r.lr(desc, money(it["amount"]))
    total = total_of(items)
    base = sum((it["amount"] for it, t in zip(items, tx, strict=False) if t), D0)
    gst = q(base / D("11"))
    n = sum(int(it["qty"]) for it in items)
    r.rule("-")
    r.lr(f"{n} BALANCE DUE", money(total), "Mono-B", 10)
    r.lr("EFTPOS", money(total))
    r.lr("CHANGE", "0.00")
    r.nl(0.3)
    r.lr("TOTAL INCLUDES GST", money(gst))
    r.center("# = GST applicable item")
    r.rule("-")
    r.center("CUSTOMER COPY")
    r.lr("DEBIT SAV", "*******2207")
    r.lr("PURCHASE AUD", money(total))
    r.lr("APPROVED 00", "AUTH 402918")
    r.rule("-")
    r.left("ST 0412 LN 05 OP 118 TRN 6603")
    r.left("05/05/2026 17:22")
    return truth(
        "6603",
        "2026-05-05",
        None,
        vendor,
        total - gst,
        gst,
        total,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        items,
        "AU supermarket; most groceries GST-free, '#' marks taxable items; only 'TOTAL INCLUDES GST' printed; BALANCE DUE prefixed by item count; transaction number buried in ST/LN/OP/TRN line",
    )


def r13(d: Doc, rng):
    """NSW fuel station tax invoice PDF: fuel in cents per litre plus a shop item (80 mm)."""
    r = Roll(d, 10, "Cond", 8.6, 1.35)
    vendor = "Outback Fuels Dubbo"
    d.rect(10, 10, d.w - 20, 34, fill=(0.85, 0.1, 0.1), stroke=None)
    d.text(d.w / 2, 33, "OUTBACK FUELS", "Sans-B", 15, "c", (1, 1, 1))
    r.y = 58
    r.center("Outback Fuels Dubbo  ABN 19 620 447 381")
    r.center("144 Cobra St, Dubbo NSW 2830")
    r.nl(0.2)
    r.center("TAX INVOICE  No. 118347", "Cond-B", 9.5)
    r.center("Fri 20/02/2026  14:36")
    r.rule("line")
    litres, cpl = D("42.15"), D("1.899")
    fuel = q(litres * cpl)
    items = [
        line("Pump 4 Unleaded 91", "42.15", cpl, fuel),
        line("Mars Bar 53g", "1", "2.80"),
        line("Ice 5kg", "1", "6.50"),
    ]
    r.lr("Pump 4  Unleaded 91", "")
    r.lr(f"  {litres} L @ 189.9 c/L", "$" + money(fuel))
    r.lr("Mars Bar 53g", "$2.80")
    r.lr("Ice 5kg", "$6.50")
    r.rule("line")
    total = total_of(items)
    gst = q(total / D("11"))
    r.lr("TOTAL AUD", "$" + money(total), "Cond-B", 11)
    r.lr("GST included in total", "$" + money(gst))
    r.rule("line")
    r.lr("Mastercard Credit", "$" + money(total))
    r.lr("Card ............8841", "")
    r.lr("Auth 337120", "Approved")
    r.nl(0.3)
    r.center("Shop open 5am - 10pm 7 days")
    return truth(
        "118347",
        "2026-02-20",
        None,
        vendor,
        total - gst,
        gst,
        total,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        items,
        "fuel price printed in cents per litre (189.9 c/L); GST included, net not printed; weekday before DD/MM/YYYY date",
    )


def r14(d: Doc, rng):
    """Wellington restaurant tax invoice PDF: GST-inclusive, Sunday surcharge line."""
    r = Roll(d, 12, "Serif", 8.4, 1.4)
    vendor = "Harbour Kitchen & Bar"
    r.center("Harbour Kitchen", "Serif-B", 15)
    r.center("& Bar", "Serif-I", 11)
    r.center("Queens Wharf, Wellington 6011")
    r.center("GST No. 94-223-117")
    r.nl(0.3)
    r.center("TAX INVOICE", "Serif-B", 10)
    r.lr("Inv 20417", "Table 7")
    r.lr("Sun 15/03/2026", "1:48 pm")
    r.rule("line")
    items = [
        line("Fish & Chips (tarakihi)", "2", "29.00"),
        line("Kids Pasta", "1", "14.00"),
        line("Green Salad", "1", "12.00"),
        line("Garage Project Pale Ale", "2", "12.50"),
        line("L&P", "1", "5.50"),
    ]
    for it in items:
        r.lr(f"{it['qty']}  {it['description']}", money(it["amount"]))
    sub = total_of(items)
    sur = q(sub * D("0.10"))
    sitem = line("Sunday surcharge 10%", "1", sur)
    items.append(sitem)
    total = sub + sur
    gst = q(total * 3 / 23)
    r.rule("line")
    r.lr("Subtotal", money(sub))
    r.lr("Sunday surcharge 10%", money(sur))
    r.lr("TOTAL NZD", "$" + money(total), "Serif-B", 11)
    r.lr("Includes GST (15%)", money(gst))
    r.rule("line")
    r.lr("EFTPOS", money(total))
    r.center("Thank you - ka kite anō!")
    return truth(
        "20417",
        "2026-03-15",
        None,
        vendor,
        total - gst,
        gst,
        total,
        "NZD",
        "en-NZ",
        "receipt",
        "receipt",
        items,
        "NZ GST-inclusive (3/23 of total); Sunday surcharge is part of the net; 'Subtotal' is before surcharge and includes GST - keyed net is total - GST",
    )


def r15(d: Doc, rng):
    """Hamilton building supplies cash sale: GST-inclusive, cash rounding to 10 cents (80 mm)."""
    r = Roll(d, 10, "Mono", 7.8, 1.3)
    vendor = "Totara Building Supplies Ltd"
    r.center("TOTARA", "Sans-B", 16)
    r.center("BUILDING SUPPLIES", "Sans-B", 9)
    r.center("Totara Building Supplies Ltd")
    r.center("38 Kahikatea Dr, Frankton, Hamilton 3204")
    r.center("GST Reg No: 121-557-903")
    r.center("TAX INVOICE", "Mono-B", 9)
    r.lr("Invoice: HM-774310", "")
    r.lr("Date: 02/04/2026", "Time: 08:03")
    r.lr("Cashier: Wiremu", "Term 3")
    r.rule("=")
    rows = [
        ("Pine 90x45 H3.2 4.8m", "6", "21.47"),
        ("Nails galv 75mm 1kg", "1", "14.96"),
        ("Builders film 4x25m", "1", "62.37"),
        ("Sandpaper P120 5pk", "2", "7.49"),
    ]
    items = []
    for a, b, c in rows:
        it = line(a, b, c)
        items.append(it)
        r.left(a)
        r.lr(f"   {b} EA @ {c}", money(it["amount"]))
    total_exact = total_of(items)
    gst = q(total_exact * 3 / 23)
    rounded = (total_exact / D("0.10")).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * D("0.10")
    rnd = q(rounded - total_exact)
    r.rule("=")
    r.lr("TOTAL (GST INCL)", money(total_exact), "Mono-B", 9)
    r.lr("GST CONTENT", money(gst))
    r.lr("CASH ROUNDING", money(rnd))
    r.lr("AMOUNT PAID CASH", money(rounded), "Mono-B", 9)
    r.lr("CASH TENDERED", "250.00")
    r.lr("CHANGE", money(D("250.00") - rounded))
    r.rule("=")
    r.center("Goods remain property of Totara")
    r.center("until paid in full. Returns 30 days.")
    return truth(
        "HM-774310",
        "2026-04-02",
        None,
        vendor,
        total_exact - gst,
        gst,
        q(rounded),
        "NZD",
        "en-NZ",
        "receipt",
        "receipt",
        items,
        f"NZ GST-inclusive cash sale; cash rounding to 10c ({money(rnd)}): keyed total is the rounded amount paid; date 02/04/2026 is 2 April (DD/MM)",
        rounding=rnd,
    )


# ---------------------------------------------------------------------------------------------
# Registry: name -> (function, page size (w, h or None), output, country, type)
# output: "pdf" | ("scan", kwargs) -> png | ("scanjpg", kwargs) | ("photo", kwargs) -> jpg | ("imgpdf", kwargs)

LETTER_W, LETTER_H = LETTER
A4_W, A4_H = A4

DOCS = {}


def register(name, fn, size, out, country, typ):
    DOCS[name] = (fn, size, out, country, typ)


def produce(name, outdir: Path):
    fn, size, out, country, typ = DOCS[name]
    w, h = size
    pdf_bytes, t = build_pdf(name, fn, w, h)
    mode = out if isinstance(out, str) else out[0]
    kw = {} if isinstance(out, str) else out[1]
    if mode == "pdf":
        ext, kind = "pdf", "pdf"
        (outdir / f"{name}.pdf").write_bytes(pdf_bytes)
    elif mode in ("scan", "scanjpg"):
        img = scan(pdf_bytes, name, **kw)
        kind = "scan"
        if mode == "scan":
            ext = "png"
            save_png(img, outdir / f"{name}.png")
        else:
            ext = "jpg"
            save_jpg(img, outdir / f"{name}.jpg", 85)
    elif mode == "imgpdf":
        img = scan(pdf_bytes, name, **kw)
        ext, kind = "pdf", "scan"
        ph = h if h is not None else pdfium.PdfDocument(pdf_bytes)[0].get_size()[1]
        image_pdf(img, outdir / f"{name}.pdf", w, ph)
    elif mode == "photo":
        img, qual = photo(pdf_bytes, name, **kw)
        ext, kind = "jpg", "photo"
        save_jpg(img, outdir / f"{name}.jpg", qual)
    else:
        raise ValueError(mode)
    t["kind"] = kind
    (outdir / f"{name}.json").write_text(
        json.dumps(t, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return ext, kind, country, typ, t


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outdir", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    outdir = Path(a.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    names = [a.only] if a.only else list(DOCS)
    for n in names:
        ext, kind, country, _typ, t = produce(n, outdir)
        print(
            f"{n}.{ext:4s} {kind:6s} {country:3s} {t['total']:>10s} {t['currency']} {t['vendor_name']}"
        )
    return 0


register("i01", i01, (LETTER_W, LETTER_H), "pdf", "US", "contractor invoice (QuickBooks)")
register(
    "i02",
    i02,
    (LETTER_W, LETTER_H),
    ("scan", {"dpi": 200, "grey": True, "blur": 0.8, "noise": 6}),
    "US",
    "plumber invoice (Word template)",
)
register("i03", i03, (LETTER_W, LETTER_H), "pdf", "US", "law firm invoice, 2 pages")
register(
    "i04",
    i04,
    (LETTER_W, LETTER_H),
    ("imgpdf", {"dpi": 200, "grey": True, "blur": 0.6, "noise": 4, "nspecks": 25}),
    "US",
    "dental practice invoice",
)
register("i05", i05, (LETTER_W, LETTER_H), "pdf", "US", "freelancer invoice (FreshBooks)")
register("i06", i06, (LETTER_W, LETTER_H), "pdf", "US", "agency invoice (Stripe)")
register("i07", i07, (LETTER_W, LETTER_H), "pdf", "US", "wholesale invoice, 2 pages")
register("i08", i08, (A4_W, A4_H), "pdf", "CA", "consultancy invoice (Xero), ON HST")
register(
    "i09",
    i09,
    (LETTER_W, LETTER_H),
    ("scanjpg", {"dpi": 250, "grey": False, "blur": 0.7, "noise": 5, "tint": (1.0, 0.99, 0.95)}),
    "CA",
    "renovation contractor invoice, QC (French)",
)
register(
    "i10",
    i10,
    (LETTER_W, LETTER_H),
    ("photo", {"dpi": 200}),
    "CA",
    "landscaper invoice (Wave), BC GST+PST",
)
register(
    "i11",
    i11,
    (LETTER_W, LETTER_H),
    ("imgpdf", {"dpi": 170, "grey": False, "blur": 0.6, "noise": 4, "nspecks": 15}),
    "CA",
    "pet groomer invoice (Square), AB GST",
)
register("i12", i12, (A4_W, A4_H), "pdf", "AU", "web agency tax invoice (Xero)")
register(
    "i13", i13, (A4_W, A4_H), ("photo", {"dpi": 200}), "AU", "electrician tax invoice (home-made)"
)
register(
    "i14",
    i14,
    (A4_W, A4_H),
    ("scan", {"dpi": 150, "grey": True, "blur": 0.5, "noise": 5}),
    "NZ",
    "builder progress claim tax invoice",
)
register("i15", i15, (LETTER_W, LETTER_H), "pdf", "US", "produce distributor credit memo")
register(
    "r01",
    r01,
    (80 * MM, None),
    ("photo", {"dpi": 220, "long_side": 2200}),
    "US",
    "diner check with tip table (80 mm)",
)
register(
    "r02",
    r02,
    (58 * MM, None),
    ("scan", {"dpi": 300, "grey": True, "fade": 0.45, "blur": 0.8, "noise": 5}),
    "US",
    "cafe receipt, Square, tip added (58 mm)",
)
register(
    "r03",
    r03,
    (58 * MM, None),
    ("scanjpg", {"dpi": 300, "grey": True, "fade": 0.5, "blur": 0.9, "noise": 6, "nspecks": 30}),
    "US",
    "gas station pump receipt (58 mm)",
)
register(
    "r04",
    r04,
    (80 * MM, None),
    ("photo", {"dpi": 220, "long_side": 2300}),
    "US",
    "grocery receipt, two tax rates (80 mm)",
)
register("r05", r05, (80 * MM, None), "pdf", "US", "pharmacy e-receipt (80 mm)")
register(
    "r06",
    r06,
    (76 * MM, None),
    ("scan", {"dpi": 300, "grey": True, "fade": 0.3, "blur": 0.6, "noise": 4, "width": 650}),
    "US",
    "big-box hardware receipt (76 mm)",
)
register(
    "r07",
    r07,
    (58 * MM, None),
    ("imgpdf", {"dpi": 250, "grey": True, "fade": 0.3, "blur": 0.7, "noise": 4, "nspecks": 12}),
    "US",
    "parking garage receipt (58 mm)",
)
register(
    "r08",
    r08,
    (58 * MM, None),
    ("photo", {"dpi": 260, "long_side": 1600}),
    "CA",
    "taxi meter receipt, HST incl. (58 mm)",
)
register(
    "r09",
    r09,
    (80 * MM, None),
    ("photo", {"dpi": 220, "long_side": 2100}),
    "CA",
    "bistro bill + card slip, QC (80 mm)",
)
register(
    "r10",
    r10,
    (76 * MM, None),
    ("photo", {"dpi": 230, "long_side": 1900}),
    "CA",
    "hardware cash sale, BC GST+PST (76 mm)",
)
register(
    "r11",
    r11,
    (80 * MM, None),
    (
        "scan",
        {
            "dpi": 220,
            "grey": False,
            "fade": 0.35,
            "blur": 0.7,
            "noise": 5,
            "tint": (1.0, 0.98, 0.94),
        },
    ),
    "AU",
    "cafe tax invoice, cash rounding (80 mm)",
)
register(
    "r12",
    r12,
    (80 * MM, None),
    ("photo", {"dpi": 220, "long_side": 2300}),
    "AU",
    "supermarket receipt (80 mm)",
)
register("r13", r13, (80 * MM, None), "pdf", "AU", "fuel station tax invoice (80 mm)")
register("r14", r14, (80 * MM, None), "pdf", "NZ", "restaurant tax invoice, surcharge (80 mm)")
register("r15", r15, (80 * MM, None), "pdf", "NZ", "building supplies cash sale (80 mm)")


if __name__ == "__main__":
    sys.exit(main())
