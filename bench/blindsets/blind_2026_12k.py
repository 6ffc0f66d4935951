# ruff: noqa: E501
"""Blind evaluation set 12k: 15 invoices + 15 receipts from DE/AT/CH/FR/BE/LU.

Run from the repository root::

    python -m bench.blindsets.blind_2026_12k [OUTDIR] [--only NAME]

Every random choice is seeded with the CRC-32 of the document name, so re-runs are
byte-identical. Nothing from the product is imported.
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
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

D = Decimal
CENT = D("0.01")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DVB": "DejaVuSans-Bold.ttf",
    "DVI": "DejaVuSans-Oblique.ttf",
    "DVM": "DejaVuSansMono.ttf",
    "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVSB": "DejaVuSerif-Bold.ttf",
    "DVSI": "DejaVuSerif-Italic.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVCB": "DejaVuSansCondensed-Bold.ttf",
    "DVL": "DejaVuSans-ExtraLight.ttf",
}
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, FONT_DIR + _f))

DEFAULT_OUT = Path("bench/blindsets/blind-2026-12k")


class LayoutError(Exception):
    """A text run leaves the page or overlaps another run."""


def q(x) -> Decimal:
    return D(x).quantize(CENT, ROUND_HALF_UP)


def money(v: Decimal, style: str = "de", neg: str = "-") -> str:
    """Format a Decimal with local separators."""
    v = q(v)
    sign = "-" if v < 0 else ""
    ip, dp = f"{abs(v):.2f}".split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    sep, dec = {
        "de": (".", ","),
        "fr": (" ", ","),
        "frn": ("\u00a0", ","),
        "ch": ("'", "."),
        "en": (",", "."),
        "pc": ("", ","),
        "pd": ("", "."),
    }[style]
    s = sep.join(groups) + dec + dp
    if not sign:
        return s
    if neg == "-":
        return "-" + s
    if neg == "post":
        return s + "-"
    return "(" + s + ")"


def qty(v: Decimal, style: str = "de") -> str:
    s = format(D(str(v)).normalize(), "f")
    return s.replace(".", ",") if style in ("de", "fr", "pc") else s


def dkey(d: str) -> str:
    """'2026-03-05' stays; convenience for clarity."""
    return d


def dfmt(iso: str, style: str) -> str:
    y, m, d = iso.split("-")
    if style == "de":
        return f"{d}.{m}.{y}"
    if style == "de2":
        return f"{d}.{m}.{y[2:]}"
    if style == "fr":
        return f"{d}/{m}/{y}"
    if style == "fr2":
        return f"{d}/{m}/{y[2:]}"
    if style == "iso":
        return iso
    if style == "delong":
        mon = [
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
        ][int(m) - 1]
        return f"{int(d)}. {mon} {y}"
    if style == "frlong":
        mon = [
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
        ][int(m) - 1]
        return f"{int(d)} {mon} {y}"
    raise ValueError(style)


# ---------------------------------------------------------------- tax helpers


def tax_from_net(lines, rate_of=lambda li: li["rate"]):
    """lines carry net 'amount'; returns {rate: (net, vat)} with VAT per rate."""
    out: dict[Decimal, list[Decimal]] = {}
    for li in lines:
        r = D(str(rate_of(li)))
        out.setdefault(r, [D("0"), D("0")])
        out[r][0] += li["amount"]
    for r, v in out.items():
        v[1] = q(v[0] * r / 100)
    return {r: (q(v[0]), v[1]) for r, v in sorted(out.items(), reverse=True)}


def tax_from_gross(lines, rate_of=lambda li: li["rate"]):
    """lines carry gross 'amount'; returns {rate: (net, vat, gross)}."""
    out: dict[Decimal, Decimal] = {}
    for li in lines:
        r = D(str(rate_of(li)))
        out[r] = out.get(r, D("0")) + li["amount"]
    res = {}
    for r, g in sorted(out.items(), reverse=True):
        vat = q(g * r / (100 + r))
        res[r] = (g - vat, vat, g)
    return res


def L(desc, quantity, price, rate=None, **kw):
    quantity = D(str(quantity))
    price = D(str(price))
    d = {
        "description": desc,
        "quantity": quantity,
        "unit_price": price,
        "amount": q(quantity * price),
        "rate": rate,
    }
    d.update(kw)
    return d


# ---------------------------------------------------------------- drawing


class Doc:
    """reportlab canvas wrapper that checks every text run for page bounds and overlap."""

    def __init__(self, size=A4, title="document", author=None):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
        self.w, self.h = size
        self.runs: list[tuple[float, float, float, float, str]] = []
        self.pageno = 1

    def text(self, x, y, s, font="DV", size=9, align="l", color=(0, 0, 0), check=True):
        s = str(s)
        w = pdfmetrics.stringWidth(s, font, size)
        x0 = x if align == "l" else (x - w if align == "r" else x - w / 2)
        box = (x0, y - 0.21 * size, x0 + w, y + 0.76 * size, s)
        if check:
            if box[0] < 2 or box[2] > self.w - 2 or box[1] < 2 or box[3] > self.h - 2:
                raise LayoutError(f"off page p{self.pageno}: {s!r} {box[:4]}")
            for o in self.runs:
                if (
                    box[0] < o[2] - 0.3
                    and o[0] < box[2] - 0.3
                    and box[1] < o[3] - 0.3
                    and o[1] < box[3] - 0.3
                ):
                    raise LayoutError(f"overlap p{self.pageno}: {s!r} with {o[4]!r}")
            self.runs.append(box)
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x0, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        return w

    def width(self, s, font="DV", size=9):
        return pdfmetrics.stringWidth(str(s), font, size)

    def wrap(self, x, y, s, width, font="DV", size=9, lead=None, color=(0, 0, 0)):
        lead = lead or size * 1.25
        words = s.split()
        line = ""
        for wd in words:
            t = (line + " " + wd).strip()
            if self.width(t, font, size) > width and line:
                self.text(x, y, line, font, size, color=color)
                y -= lead
                line = wd
            else:
                line = t
        if line:
            self.text(x, y, line, font, size, color=color)
            y -= lead
        return y

    def rect(self, x, y, w, h, stroke=1, fill=0, color=None, fillcolor=None, lw=0.6):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        if color:
            c.setStrokeColorRGB(*color)
        if fillcolor:
            c.setFillColorRGB(*fillcolor)
        c.rect(x, y, w, h, stroke=stroke, fill=fill)
        c.restoreState()

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        c.restoreState()

    def circle(self, x, y, r, fillcolor=(0, 0, 0), stroke=0):
        c = self.c
        c.saveState()
        c.setFillColorRGB(*fillcolor)
        c.circle(x, y, r, stroke=stroke, fill=1)
        c.restoreState()

    def poly(self, pts, fillcolor=(0, 0, 0)):
        c = self.c
        c.saveState()
        c.setFillColorRGB(*fillcolor)
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.restoreState()

    def qr(self, x, y, size, rng, n=25, swiss=False):
        """QR-looking square: finder patterns and random modules (not decodable)."""
        m = size / n
        c = self.c
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        for i in range(n):
            for j in range(n):
                in_f = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
                if not in_f and rng.random() < 0.48:
                    c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)
        for fx, fy in ((0, 0), (0, n - 7), (n - 7, n - 7)):
            c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, stroke=0, fill=1)
        if swiss:
            s = 7 * m
            cx, cy = x + size / 2 - s / 2, y + size / 2 - s / 2
            c.setFillColorRGB(1, 1, 1)
            c.rect(cx - m * 0.5, cy - m * 0.5, s + m, s + m, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(cx, cy, s, s, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(cx + s * 0.42, cy + s * 0.2, s * 0.16, s * 0.6, stroke=0, fill=1)
            c.rect(cx + s * 0.2, cy + s * 0.42, s * 0.6, s * 0.16, stroke=0, fill=1)
        c.restoreState()

    def barcode(self, x, y, w, h, rng):
        c = self.c
        c.saveState()
        xx = x
        while xx < x + w:
            bw = rng.choice((0.6, 0.6, 1.2, 1.8))
            if rng.random() < 0.55:
                c.rect(xx, y, bw, h, stroke=0, fill=1)
            xx += bw
        c.restoreState()

    def new_page(self):
        self.c.showPage()
        self.runs = []
        self.pageno += 1

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


class Roll:
    """A receipt on a paper roll: content is laid out top-down, page height fits the content."""

    def __init__(self, width_mm, margin_mm=3.0, top_mm=6.0, font="DVM", size=7.6, lead=1.28):
        self.W = width_mm * mm
        self.m = margin_mm * mm
        self.y = top_mm * mm
        self.ops: list[tuple] = []
        self.font, self.size, self.lead = font, size, lead

    @property
    def L(self):
        return self.m

    @property
    def R(self):
        return self.W - self.m

    @property
    def C(self):
        return self.W / 2

    def adv(self, size=None, k=None):
        self.y += (size or self.size) * (k or self.lead)

    def row(self, *cells, font=None, size=None, k=None):
        """cells: (x, text, align) tuples on one baseline."""
        font, size = font or self.font, size or self.size
        self.y += size * 0.8
        for x, s, a in cells:
            self.ops.append(("t", x, self.y, s, font, size, a))
        self.y += size * ((k or self.lead) - 0.8)

    def lr(self, left, right=None, font=None, size=None, k=None):
        cells = [(self.L, left, "l")]
        if right is not None:
            cells.append((self.R, right, "r"))
        self.row(*cells, font=font, size=size, k=k)

    def c(self, s, font=None, size=None, k=None):
        self.row((self.C, s, "c"), font=font, size=size, k=k)

    def sep(self, ch="-", font=None, size=None):
        font, size = font or self.font, size or self.size
        n = int((self.R - self.L) / pdfmetrics.stringWidth(ch, font, size))
        self.row((self.C, ch * n, "c"), font=font, size=size)

    def rule(self, lw=0.6, gap=3):
        self.y += gap
        self.ops.append(("l", self.L, self.y, self.R, self.y, lw))
        self.y += gap

    def space(self, pts):
        self.y += pts

    def qr(self, size, rng, swiss=False):
        self.y += 2
        self.ops.append(("q", self.C - size / 2, self.y + size, size, rng.random(), swiss))
        self.y += size + 3

    def barcode(self, w, h, rng):
        self.y += 2
        self.ops.append(("b", self.C - w / 2, self.y + h, w, h, rng.random()))
        self.y += h + 3

    def box(self, x, w, h):
        self.ops.append(("r", x, self.y + h, w, h))

    def logo(self, fn, h):
        """fn(doc, x_center, y_bottom, h) draws a logo of height h."""
        self.ops.append(("f", fn, self.y + h, h))
        self.y += h + 3

    def render(self, title, bottom_mm=8.0) -> bytes:
        H = self.y + bottom_mm * mm
        d = Doc((self.W, H), title=title)
        for op in self.ops:
            k = op[0]
            if k == "t":
                _, x, y, s, font, size, a = op
                d.text(x, H - y, s, font, size, a)
            elif k == "l":
                _, x1, y1, x2, y2, lw = op
                d.line(x1, H - y1, x2, H - y2, lw=lw)
            elif k == "q":
                _, x, y, size, seed, swiss = op
                d.qr(x, H - y, size, random.Random(seed), swiss=swiss)
            elif k == "b":
                _, x, y, w, h, seed = op
                d.barcode(x, H - y, w, h, random.Random(seed))
            elif k == "r":
                _, x, y, w, h = op
                d.rect(x, H - y, w, h)
            elif k == "f":
                _, fn, y, h = op
                fn(d, self.C, H - y, h)
        return d.pdf()


# ---------------------------------------------------------------- degradation


def render_pdf(pdf: bytes, dpi: int, page: int = 0, grey=False) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    pg = doc[page]
    img = pg.render(scale=dpi / 72, grayscale=grey).to_pil().convert("RGB")
    pg.close()
    doc.close()
    return img


def scan(
    img: Image.Image,
    rng: random.Random,
    *,
    grey=True,
    blur=0.6,
    skew=None,
    noise=6.0,
    specks=40,
    fade=0.0,
    width=None,
    tint=(250, 249, 244),
    contrast=1.0,
) -> Image.Image:
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    if fade:
        # thermal fading: lighten ink, more towards one side and in streaks
        h, w = a.shape[:2]
        grad = np.linspace(0, 1, w)[None, :, None] * fade * 0.6 + fade * 0.4
        streak = (np.sin(np.linspace(0, rng.uniform(8, 20), h)) * 0.15 * fade)[:, None, None]
        a = a + (255 - a) * np.clip(grad + streak, 0, 0.72)
    a = (a - 128) * contrast + 128
    paper = np.array(tint, dtype=np.float32)[None, None, :]
    a = a / 255.0 * paper
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    ang = skew if skew is not None else rng.uniform(-2, 2)
    img = img.rotate(
        ang, resample=Image.BICUBIC, expand=True, fillcolor=tuple(int(t * 0.97) for t in tint)
    )
    a = np.asarray(img).astype(np.float32)
    nrng = np.random.default_rng(rng.randrange(2**32))
    a += nrng.normal(0, noise, a.shape[:2])[:, :, None]
    h, w = a.shape[:2]
    for _ in range(specks):
        y, x = nrng.integers(0, h), nrng.integers(0, w)
        r = int(nrng.integers(1, 3))
        a[max(0, y - r) : y + r, max(0, x - r) : x + r] *= 0.35
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if grey:
        img = img.convert("L")
    if width and img.width > width:
        img = img.resize((width, round(img.height * width / img.width)), Image.LANCZOS)
    return img


def photo(
    img: Image.Image,
    rng: random.Random,
    *,
    long_side=2000,
    bg=(120, 95, 70),
    fold=True,
    shadow=True,
) -> Image.Image:
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    nrng = np.random.default_rng(rng.randrange(2**32))
    # folds: soft dark/light lines across the paper
    if fold:
        for _ in range(rng.randint(1, 2)):
            pos = rng.uniform(0.3, 0.7)
            if h > w * 1.3:
                yy = int(h * pos)
                band = np.exp(-((np.arange(h) - yy) ** 2) / (2 * (h * 0.004) ** 2))[:, None, None]
            else:
                xx = int(w * pos)
                band = np.exp(-((np.arange(w) - xx) ** 2) / (2 * (w * 0.004) ** 2))[None, :, None]
            src = src * (1 - 0.18 * band)
    scale = long_side / max(w, h) * rng.uniform(0.78, 0.86)
    pw, ph = w * scale, h * scale
    if h >= w:
        H, W = long_side, int(long_side * rng.uniform(0.70, 0.78))
    else:
        W, H = long_side, int(long_side * rng.uniform(0.70, 0.78))
    pw = min(pw, W * 0.88)
    ph = min(ph, H * 0.9)
    k = min(pw / w, ph / h)
    pw, ph = w * k, h * k
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    j = 0.025 * min(W, H)
    dst = np.float32(
        [
            [cx - pw / 2 + rng.uniform(-j, j), cy - ph / 2 + rng.uniform(-j, j)],
            [cx + pw / 2 + rng.uniform(-j, j), cy - ph / 2 + rng.uniform(-j, j)],
            [cx + pw / 2 + rng.uniform(-j, j), cy + ph / 2 + rng.uniform(-j, j)],
            [cx - pw / 2 + rng.uniform(-j, j), cy + ph / 2 + rng.uniform(-j, j)],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    # textured background: wood/table-like noise
    base = np.array(bg, dtype=np.float32)[None, None, :]
    tex = nrng.normal(0, 1, (H // 8 + 1, W // 8 + 1)).astype(np.float32)
    tex = cv2.resize(cv2.GaussianBlur(tex, (0, 0), 1.5), (W, H))[:, :, None]
    grain = np.sin(np.linspace(0, rng.uniform(30, 60), W))[None, :, None] * 6
    back = np.clip(base + tex * 14 + grain + nrng.normal(0, 4, (H, W, 1)), 0, 255)
    warped = cv2.warpPerspective(
        src, M, (W, H), flags=cv2.INTER_AREA if k < 1 else cv2.INTER_LINEAR
    )
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)[
        :, :, None
    ]
    out = warped * mask + back * (1 - mask)
    # uneven light
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.08 - 0.28 * dist
    out = out * light[:, :, None]
    if shadow:
        sh = np.ones((H, W), np.float32)
        pts = np.int32(
            [
                [0, 0],
                [int(W * rng.uniform(0.25, 0.5)), 0],
                [int(W * rng.uniform(0.1, 0.3)), H],
                [0, H],
            ]
        )
        if rng.random() < 0.5:
            pts[:, 0] = W - pts[:, 0]
        cv2.fillPoly(sh, [pts], 0.72)
        sh = cv2.GaussianBlur(sh, (0, 0), W * 0.03)
        out = out * sh[:, :, None]
    warm = np.array([1.0, rng.uniform(0.96, 0.99), rng.uniform(0.88, 0.95)], np.float32)
    out = out * warm + nrng.normal(0, 3, (H, W, 1))
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8))
    )
    return img


def image_pdf(img: Image.Image, size) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    b = io.BytesIO()
    img.save(b, "JPEG", quality=82)
    b.seek(0)
    c.drawImage(ImageReader(b), 0, 0, size[0], size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_size(pdf: bytes, page: int = 0):
    doc = pdfium.PdfDocument(pdf)
    s = doc[page].get_size()
    doc.close()
    return s


def save_png(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


def save_jpg(img: Image.Image, quality: int) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality)
    return b.getvalue()


# ---------------------------------------------------------------- truth


def truth(
    *,
    number,
    date,
    due,
    vendor,
    net,
    vat,
    total,
    currency,
    locale,
    layout,
    dtype,
    items,
    note,
    kind,
):
    net = q(net)
    total = q(total)
    if vat is None:
        assert net == total, (net, total)
    else:
        vat = q(vat)
        assert net + vat == total, (net, vat, total)
    li = []
    for it in items:
        li.append(
            {
                "description": it["description"],
                "quantity": None
                if it.get("quantity") is None
                else format(D(it["quantity"]).normalize(), "f"),
                "unit_price": None
                if it.get("unit_price") is None
                else f"{q(it['unit_price']):.2f}"
                if D(it["unit_price"]).as_tuple().exponent >= -2
                else format(D(it["unit_price"]), "f"),
                "amount": f"{q(it['amount']):.2f}",
            }
        )
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": f"{net:.2f}",
        "vat": None if vat is None else f"{vat:.2f}",
        "total": f"{total:.2f}",
        "currency": currency,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": li,
        "note": note,
        "kind": kind,
    }


DOCS: dict[str, object] = {}


def doc(fn):
    DOCS[fn.__name__.split("_")[0]] = fn
    return fn


def rng_for(name: str) -> random.Random:
    return random.Random(zlib.crc32(name.encode()))


def tab(d: Doc, y, cols, rows, font="DV", size=8.5, lead=12.5, color=(0, 0, 0)):
    """Draw rows of cells at column anchors cols=[(x, align), ...]; returns the next baseline."""
    for row in rows:
        for (x, a), s in zip(cols, row, strict=False):
            if s not in (None, ""):
                d.text(x, y, s, font, size, a, color=color)
        y -= lead
    return y


def as_pdf(pdf):
    return "pdf", pdf


def as_scan(pdf, rng, dpi, fmt="png", quality=85, page=0, **kw):
    img = scan(render_pdf(pdf, dpi, page), rng, **kw)
    return (fmt, save_png(img)) if fmt == "png" else (fmt, save_jpg(img, quality))


def as_photo(pdf, rng, dpi, long_side, quality, page=0, **kw):
    img = photo(render_pdf(pdf, dpi, page), rng, long_side=long_side, **kw)
    return "jpg", save_jpg(img, quality)


def as_imgpdf(pdf, rng, dpi, **kw):
    img = scan(render_pdf(pdf, dpi), rng, **kw)
    return "pdf", image_pdf(img, pdf_size(pdf))


def items_of(lines):
    return [{k: li[k] for k in ("description", "quantity", "unit_price", "amount")} for li in lines]


W4, H4 = A4


# ================================================================ invoices


@doc
def i01(name):
    """DATEV-like Rechnung, 19/7, Skonto terms."""
    vendor = "Grünwerk Garten- und Landschaftsbau GmbH"
    lines = [
        L("Gartenpflege / Heckenschnitt", 12, "52.00", 19, unit="Std"),
        L("Minibagger inkl. Bediener", 3, "89.50", 19, unit="Std"),
        L("Buchsbaum Buxus sempervirens 30-40 cm", 24, "8.90", 7, unit="Stk"),
        L("Lavendel 'Hidcote', Topf 9 cm", 40, "3.45", 7, unit="Stk"),
        L("Rindenmulch 10-40 mm, lose", D("2.5"), "46.00", 19, unit="m³"),
        L("Entsorgung Grünschnitt", 1, "65.00", 19, unit="psch"),
    ]
    tx = tax_from_net(lines)
    net = sum(li["amount"] for li in lines)
    vat = sum(v for _, v in tx.values())
    total = net + vat
    skonto = q(total * D("0.02"))
    number, date, due = "2026-0417", "2026-03-10", "2026-04-09"
    d = Doc(title=f"Rechnung {number}")
    F, FB = "Helvetica", "Helvetica-Bold"
    # letterhead
    d.poly([(470, 800), (500, 800), (485, 826)], fillcolor=(0.2, 0.5, 0.25))
    d.poly([(488, 800), (518, 800), (503, 820)], fillcolor=(0.35, 0.65, 0.3))
    d.text(539, 784, "grünwerk", "Helvetica-BoldOblique", 15, "r", color=(0.2, 0.45, 0.2))
    d.text(56, 742, f"{vendor} · Wiesentalstraße 41 · 79115 Freiburg", F, 6.5)
    d.line(56, 739, 300, 739, 0.3)
    for i, s in enumerate(
        ["Frau", "Dr. Miriam Kessler", "Hauptstraße 12", "", "79199 Kirchzarten"]
    ):
        d.text(56, 724 - i * 12.5, s, F, 10)
    info = [
        ("Rechnungs-Nr.", number),
        ("Rechnungsdatum", dfmt(date, "de")),
        ("Kunden-Nr.", "10388"),
        ("Leistungszeitraum", "02.03.-06.03.2026"),
        ("Ihr Ansprechpartner", "J. Riedlinger"),
        ("Telefon", "0761 4587-220"),
    ]
    for i, (k, v) in enumerate(info):
        d.text(360, 742 - i * 12, k, F, 8.5)
        d.text(539, 742 - i * 12, v, F, 8.5, "r")
    d.text(56, 622, "Rechnung", FB, 14)
    d.text(56, 600, "Sehr geehrte Frau Dr. Kessler,", F, 9.5)
    d.text(
        56,
        587,
        "für die ausgeführten Arbeiten in Ihrem Garten erlauben wir uns wie folgt zu berechnen:",
        F,
        9.5,
    )
    cols = [(56, "l"), (112, "r"), (117, "l"), (142, "l"), (440, "r"), (472, "r"), (539, "r")]
    y = 560
    tab(
        d,
        y,
        cols,
        [["Pos.", "Menge", "ME", "Bezeichnung", "Einzelpreis", "USt", "Gesamt EUR"]],
        FB,
        8.5,
    )
    d.line(56, y - 4, 539, y - 4, 0.8)
    y -= 18
    rows = [
        [
            str(i + 1),
            qty(li["quantity"]),
            li["unit"],
            li["description"],
            money(li["unit_price"]),
            f"{li['rate']}%",
            money(li["amount"]),
        ]
        for i, li in enumerate(lines)
    ]
    y = tab(d, y, cols, rows, F, 9, 15)
    d.line(56, y + 9, 539, y + 9, 0.5)
    y -= 6
    d.text(380, y, "Nettobetrag", F, 9.5)
    d.text(539, y, money(net), F, 9.5, "r")
    for r, (n, v) in tx.items():
        y -= 14
        d.text(380, y, f"zzgl. {r} % USt auf {money(n)}", F, 9)
        d.text(539, y, money(v), F, 9.5, "r")
    y -= 6
    d.line(380, y, 539, y, 0.5)
    y -= 14
    d.text(380, y, "Rechnungsbetrag EUR", FB, 10)
    d.text(539, y, money(total), FB, 10, "r")
    d.line(380, y - 4, 539, y - 4, 0.5)
    d.line(380, y - 6, 539, y - 6, 0.5)
    y -= 40
    y = d.wrap(
        56,
        y,
        f"Zahlbar innerhalb von 10 Tagen bis zum 20.03.2026 mit 2 % Skonto ({money(skonto)} EUR), Zahlbetrag dann {money(total - skonto)} EUR, oder bis zum {dfmt(due, 'de')} ohne Abzug.",
        480,
        F,
        9.5,
    )
    y = d.wrap(
        56,
        y - 4,
        "Die Pflanzen unterliegen dem ermäßigten Steuersatz von 7 %. Bitte geben Sie bei Zahlung die Rechnungsnummer an.",
        480,
        F,
        9.5,
    )
    d.text(56, y - 10, "Mit freundlichen Grüßen", F, 9.5)
    d.text(56, y - 24, "Ihr Grünwerk-Team", F, 9.5)
    d.line(56, 78, 539, 78, 0.4)
    foot = [
        [
            "Grünwerk Garten- und",
            "Geschäftsführer: Jonas Riedlinger",
            "Sparkasse Freiburg-Nördl. Breisgau",
        ],
        [
            "Landschaftsbau GmbH",
            "Amtsgericht Freiburg HRB 712345",
            "IBAN DE63 6805 0101 0012 3456 78",
        ],
        ["Wiesentalstraße 41, 79115 Freiburg", "USt-IdNr. DE284617390", "BIC FRSPDE66XXX"],
    ]
    tab(d, 68, [(56, "l"), (220, "l"), (390, "l")], foot, F, 7, 9)
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note="DATEV-like; two VAT rates 19/7 with 'auf'-bases printed; Skonto line prints a second date and a reduced Zahlbetrag (due_date = net date, total = undiscounted); customer number and service period near the number",
        kind="pdf",
    )
    return {
        "out": as_pdf(pdf),
        "truth": t,
        "country": "DE",
        "type": "Rechnung (DATEV-like), Skonto",
    }


@doc
def i02(name):
    """lexoffice-like Rechnungskorrektur (credit note), negative amounts."""
    vendor = "Nordlicht Mediendesign UG (haftungsbeschränkt)"
    lines = [
        L("Hosting Business 03/2026 (nicht bereitgestellt)", -1, "39.00", 19),
        L("Wartungspauschale Website 03/2026", -1, "145.00", 19),
        L("Kulanzgutschrift Ausfallzeit 14.02.-16.02.2026", 1, "-24.90", 19),
    ]
    tx = tax_from_net(lines)
    net = sum(li["amount"] for li in lines)
    vat = sum(v for _, v in tx.values())
    total = net + vat
    number, date = "RK-2026-0012", "2026-03-04"
    d = Doc(title=f"Rechnungskorrektur {number}")
    acc = (0.05, 0.55, 0.6)
    d.rect(0, 826, W4, 16, stroke=0, fill=1, fillcolor=acc)
    d.circle(505, 780, 16, fillcolor=acc)
    d.circle(520, 790, 9, fillcolor=(0.95, 0.75, 0.2))
    d.text(539, 750, "nordlicht", "DVB", 13, "r", color=acc)
    d.text(539, 738, "mediendesign", "DVL", 9, "r", color=acc)
    d.text(
        60,
        745,
        "Nordlicht Mediendesign UG (haftungsbeschränkt) - Große Elbstraße 145 - 22767 Hamburg",
        "DV",
        6.5,
        color=(0.4, 0.4, 0.4),
    )
    for i, s in enumerate(
        [
            "Bäckerei Petersen OHG",
            "z. Hd. Frau Anke Petersen",
            "Eppendorfer Weg 88",
            "20259 Hamburg",
        ]
    ):
        d.text(60, 725 - i * 13, s, "DV", 9.5)
    kv = [
        ("Rechnungskorrektur-Nr.", number),
        ("Datum", dfmt(date, "de")),
        ("Zur Rechnung", "RE-2026-0187"),
        ("vom", "12.02.2026"),
        ("Kundennr.", "K-00231"),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(360, 725 - i * 12.5, k, "DV", 8, color=(0.4, 0.4, 0.4))
        d.text(539, 725 - i * 12.5, v, "DV", 8, "r")
    d.text(60, 630, f"Rechnungskorrektur Nr. {number}", "DVB", 15)
    d.text(60, 605, "Sehr geehrte Frau Petersen,", "DV", 9)
    d.text(60, 592, "wie besprochen korrigieren wir die Rechnung RE-2026-0187 wie folgt:", "DV", 9)
    y = 565
    d.rect(60, y - 5, 479, 16, stroke=0, fill=1, fillcolor=(0.93, 0.96, 0.96))
    cols = [(66, "l"), (94, "l"), (385, "r"), (455, "r"), (533, "r")]
    tab(d, y, cols, [["Pos.", "Beschreibung", "Menge", "Einzelpreis", "Gesamtpreis"]], "DVB", 8)
    y -= 22
    for i, li in enumerate(lines):
        tab(
            d,
            y,
            cols,
            [
                [
                    str(i + 1),
                    li["description"],
                    f"{qty(li['quantity'])} Stk",
                    f"{money(li['unit_price'])} €",
                    f"{money(li['amount'])} €",
                ]
            ],
            "DV",
            8.5,
        )
        y -= 10.5
        d.text(94, y, "USt. 19 %", "DV", 7, color=(0.45, 0.45, 0.45))
        y -= 8
        d.line(60, y, 539, y, 0.3, color=(0.8, 0.8, 0.8))
        y -= 14
    y -= 4
    rows = [["Gesamtbetrag netto", f"{money(net)} €"]] + [
        [f"zzgl. Umsatzsteuer {r} %", f"{money(v)} €"] for r, (_, v) in tx.items()
    ]
    y = tab(d, y, [(330, "l"), (533, "r")], rows, "DV", 9, 14)
    d.rect(326, y - 6, 213, 19, stroke=0, fill=1, fillcolor=(0.93, 0.96, 0.96))
    tab(
        d,
        y,
        [(330, "l"), (533, "r")],
        [["Gesamtbetrag (Gutschrift)", f"{money(total)} €"]],
        "DVB",
        9.5,
    )
    y -= 40
    y = d.wrap(
        60,
        y,
        f"Den Betrag von {money(-total)} € erstatten wir Ihnen in den nächsten Tagen auf Ihr Konto DE12 2005 0550 **** **** 41. Eine Zahlung Ihrerseits ist nicht erforderlich.",
        470,
        "DV",
        9,
    )
    d.text(60, y - 14, "Mit freundlichen Grüßen", "DV", 9)
    d.text(60, y - 28, "Lena Thorsen", "DV", 9)
    d.line(60, 80, 539, 80, 0.3, color=(0.7, 0.7, 0.7))
    foot = [
        [
            "Nordlicht Mediendesign UG (haftungsbeschränkt)",
            "Tel. 040 3861 5520",
            "Hamburger Volksbank",
        ],
        [
            "Große Elbstraße 145, 22767 Hamburg",
            "hallo@nordlicht-design.de",
            "IBAN DE44 2019 0003 0051 2233 00",
        ],
        ["Geschäftsführerin: Lena Thorsen", "USt-IdNr.: DE319874652", "BIC GENODEF1HH2"],
        ["Registergericht Hamburg HRB 158732", "www.nordlicht-design.de", ""],
    ]
    tab(d, 68, [(60, "l"), (265, "l"), (410, "l")], foot, "DV", 6.5, 8.5, color=(0.35, 0.35, 0.35))
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=None,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="credit_note",
        items=items_of(lines),
        note="lexoffice-like Rechnungskorrektur: all amounts printed negative; references original invoice RE-2026-0187 and its date; refund sentence prints the positive amount; UG (haftungsbeschränkt) legal form",
        kind="pdf",
    )
    return {
        "out": as_pdf(pdf),
        "truth": t,
        "country": "DE",
        "type": "Rechnungskorrektur / credit note (lexoffice-like)",
    }


def letter_foot(d, y, cols_x, rows, font="DV", size=6.5, lead=8.5, color=(0.3, 0.3, 0.3)):
    tab(d, y, [(x, "l") for x in cols_x], rows, font, size, lead, color=color)


@doc
def i03(name):
    """Schlussrechnung, two pages, Abschläge deducted."""
    vendor = "Elektro Brandner GmbH & Co. KG"
    specs = [
        ("NYM-J 3x1,5 mm² verlegen, Unterputz", 184, "4.85", "m"),
        ("NYM-J 5x2,5 mm² verlegen, Unterputz", 62, "7.40", "m"),
        ("Schalterdose UP, setzen inkl. Stemmarbeiten", 46, "9.60", "St"),
        ("Steckdose Schuko, Serie Gira E2 reinweiß", 38, "14.20", "St"),
        ("Wechselschalter, Serie Gira E2", 14, "16.80", "St"),
        ("Kreuzschalter, Serie Gira E2", 3, "24.50", "St"),
        ("Unterverteiler 3-reihig, montiert", 1, "412.00", "St"),
        ("Leitungsschutzschalter B16 1-polig", 18, "11.90", "St"),
        ("FI/LS-Schalter 30 mA B16", 6, "58.40", "St"),
        ("Überspannungsschutz Typ 2", 1, "189.00", "St"),
        ("Netzwerkdose Cat.6A 2-fach", 9, "38.50", "St"),
        ("Verlegekabel Cat.7 S/FTP", 145, "2.10", "m"),
        ("Patchpanel 24 Port, bestückt", 1, "265.00", "St"),
        ("LED-Einbaustrahler 6 W, inkl. Montage", 24, "42.00", "St"),
        ("Außenleuchte mit Bewegungsmelder", 2, "118.00", "St"),
        ("Rauchwarnmelder Q-zertifiziert", 7, "32.50", "St"),
        ("Erdungsarbeiten / Potentialausgleich", 1, "236.00", "psch"),
        ("Elektroinstallation Bad, Zulage", 1, "148.00", "psch"),
        ("Herd-Anschlussdose und Anschluss", 1, "86.00", "St"),
        ("Anschluss Wärmepumpe, Leitung 5x6 mm²", 1, "395.00", "psch"),
        ("Wallbox 11 kW, Montage ohne Gerät", 1, "480.00", "psch"),
        ("Messung und Prüfung nach DIN VDE 0100-600", 1, "210.00", "psch"),
        ("Monteurstunden Regiearbeiten", D("14.5"), "64.00", "Std"),
        ("Helferstunden Regiearbeiten", 8, "48.00", "Std"),
        ("Kleinmaterial", 1, "96.30", "psch"),
        ("Anfahrten pauschal", 12, "18.00", "St"),
    ]
    lines = [L(s, qn, p, 19, unit=u) for s, qn, p, u in specs]
    net = sum(li["amount"] for li in lines)
    vat = q(net * D("0.19"))
    total = net + vat
    ab = [
        ("AR-2026-0031", "15.01.2026", D("4000.00")),
        ("AR-2026-0058", "09.02.2026", D("3000.00")),
    ]
    number, date, due = "SR-2026-0112", "2026-03-18", "2026-04-01"
    d = Doc(title=f"Schlussrechnung {number}")
    F, FB = "DVC", "DVCB"
    blue = (0.1, 0.25, 0.55)

    def head(pg):
        d.rect(40, 790, 24, 24, stroke=0, fill=1, fillcolor=blue)
        d.poly(
            [(52, 811), (45, 800), (51, 800), (48, 793), (58, 805), (52, 805), (55, 811)],
            fillcolor=(1, 0.85, 0.1),
        )
        d.text(72, 798, "ELEKTRO BRANDNER", FB, 16, color=blue)
        d.text(555, 805, "Elektro Brandner GmbH & Co. KG", F, 7.5, "r")
        d.text(555, 796, "Torgauer Straße 233 · 04347 Leipzig", F, 7.5, "r")
        d.text(555, 787, "Tel. 0341 24681-0 · info@elektro-brandner.de", F, 7.5, "r")
        d.text(555, 30, f"Seite {pg} von 2", F, 7.5, "r")
        d.text(40, 30, f"Schlussrechnung {number} vom {dfmt(date, 'de')}", F, 7.5)

    head(1)
    d.text(40, 745, "Elektro Brandner GmbH & Co. KG, Torgauer Str. 233, 04347 Leipzig", F, 6.5)
    for i, s in enumerate(
        [
            "Wohnbau Sachsen GmbH",
            "Herrn Dipl.-Ing. Frank Oertel",
            "Karl-Liebknecht-Straße 58",
            "04275 Leipzig",
        ]
    ):
        d.text(40, 728 - i * 12.5, s, F, 10)
    kv = [
        ("Rechnungsnummer:", number),
        ("Rechnungsdatum:", dfmt(date, "de")),
        ("Kundennummer:", "20417"),
        ("Auftrag:", "AB-2025-0871"),
        ("Leistungszeitraum:", "12/2025 - 03/2026"),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(360, 728 - i * 12, k, F, 8.5)
        d.text(555, 728 - i * 12, v, FB, 8.5, "r")
    d.text(40, 640, "Schlussrechnung", FB, 15)
    d.text(
        40,
        624,
        "Bauvorhaben: Mehrfamilienhaus Stötteritzer Str. 12, 04317 Leipzig - Elektroinstallation Haus B",
        F,
        9,
    )
    cols = [(40, "l"), (92, "r"), (97, "l"), (124, "l"), (460, "r"), (555, "r")]
    y = 600
    d.rect(38, y - 4, 519, 14, stroke=0, fill=1, fillcolor=(0.88, 0.91, 0.96))
    tab(d, y, cols, [["Pos", "Menge", "Einh.", "Leistung", "EP netto €", "GP netto €"]], FB, 8)
    y -= 16
    for i, li in enumerate(lines):
        if y < 150:
            d.text(
                555, y - 2, f"Übertrag: {money(sum(x['amount'] for x in lines[:i]))}", FB, 8.5, "r"
            )
            d.new_page()
            head(2)
            y = 760
            d.text(555, y, f"Übertrag: {money(sum(x['amount'] for x in lines[:i]))}", FB, 8.5, "r")
            y -= 18
            d.rect(38, y - 4, 519, 14, stroke=0, fill=1, fillcolor=(0.88, 0.91, 0.96))
            tab(
                d,
                y,
                cols,
                [["Pos", "Menge", "Einh.", "Leistung", "EP netto €", "GP netto €"]],
                FB,
                8,
            )
            y -= 16
        tab(
            d,
            y,
            cols,
            [
                [
                    f"{i + 1:02d}",
                    qty(li["quantity"]),
                    li["unit"],
                    li["description"],
                    money(li["unit_price"]),
                    money(li["amount"]),
                ]
            ],
            F,
            8.5,
        )
        y -= 19
    d.line(40, y + 10, 555, y + 10, 0.6)
    y -= 4
    rows = [["Gesamtleistung netto", money(net)], ["zzgl. 19 % Umsatzsteuer", money(vat)]]
    y = tab(d, y, [(300, "l"), (555, "r")], rows, F, 9, 14)
    tab(
        d,
        y,
        [(300, "l"), (555, "r")],
        [["Gesamtbetrag brutto (Rechnungsbetrag)", money(total)]],
        FB,
        9.5,
    )
    y -= 22
    paid = D("0")
    for i, (nr, dt, n_) in enumerate(ab):
        g = n_ + q(n_ * D("0.19"))
        paid += g
        d.text(300, y, f"abzgl. {i + 1}. Abschlag {nr} vom {dt}", F, 8.5)
        d.text(555, y, f"-{money(g)}", F, 9, "r")
        y -= 11
        d.text(
            312,
            y,
            f"(netto {money(n_)} zzgl. USt {money(q(n_ * D('0.19')))})",
            F,
            7.5,
            color=(0.35, 0.35, 0.35),
        )
        y -= 14
    d.line(300, y + 8, 555, y + 8, 0.6)
    y -= 6
    d.text(300, y, "Restforderung (Zahlbetrag)", FB, 10.5)
    d.text(555, y, f"{money(total - paid)} €", FB, 10.5, "r")
    y -= 36
    y = d.wrap(
        40,
        y,
        f"Bitte überweisen Sie den Zahlbetrag bis zum {dfmt(due, 'de')} ohne Abzug. Die Gewährleistung beginnt mit der Abnahme am 13.03.2026. Die Steuerschuldnerschaft des Leistungsempfängers nach § 13b UStG greift nicht, da der Auftraggeber keine Bauleistungen erbringt.",
        515,
        F,
        8.5,
    )
    foot = [
        ["Elektro Brandner GmbH & Co. KG", "phG: Brandner Verwaltungs GmbH", "Sparkasse Leipzig"],
        [
            "Sitz Leipzig, AG Leipzig HRA 18833",
            "GF: Thomas Brandner",
            "IBAN DE91 8605 5592 1100 2233 44",
        ],
        ["St.-Nr. 231/158/04417", "USt-IdNr. DE301245776", "BIC WELADE8LXXX"],
    ]
    letter_foot(d, 72, (40, 220, 390), foot)
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note=f"Schlussrechnung over 2 pages with Übertrag; two Abschläge deducted gross, Restforderung {money(total - paid)} printed biggest - keyed total is the Gesamtbetrag brutto (convention); Auftrag/Kundennummer near the number; § 13b sentence without reverse charge",
        kind="pdf",
    )
    return {"out": as_pdf(pdf), "truth": t, "country": "DE", "type": "Schlussrechnung, 2 pages"}


@doc
def i04(name):
    """SAP-like Austrian wholesale invoice, 10/20 %, scan."""
    rng = rng_for(name)
    vendor = "Pichler Gastro-Großhandel GmbH"
    specs = [
        ("100234", "Wiener Schnitzelfleisch Schwein", D("12.5"), "9.80", 10, "KG"),
        ("100871", "Erdäpfel festkochend 25 kg", 4, "18.90", 10, "SA"),
        ("101455", "Schlagobers 36 % 1 l", 12, "3.95", 10, "ST"),
        ("102010", "Semmelbrösel 5 kg", 2, "11.40", 10, "ST"),
        ("205530", "Zipfer Märzen 0,5 l Kiste 20", 6, "22.80", 20, "KI"),
        ("205611", "Almdudler 0,35 l Kiste 24", 3, "19.20", 20, "KI"),
        ("306002", "Spülmaschinenreiniger 10 l", 2, "34.50", 20, "KA"),
        ("306110", "Servietten 3-lagig 40x40 weiß", 5, "7.90", 20, "PK"),
    ]
    lines = [L(s, qn, p, r, mat=m, unit=u) for m, s, qn, p, r, u in specs]
    tx = tax_from_net(lines)
    net = sum(li["amount"] for li in lines)
    vat = sum(v for _, v in tx.values())
    total = net + vat
    number, date, due = "90034518", "2026-02-26", "2026-03-28"
    d = Doc(title="Rechnung")
    F, FB = "Helvetica", "Helvetica-Bold"
    d.rect(40, 780, 150, 34, stroke=0, fill=1, fillcolor=(0.7, 0.1, 0.12))
    d.text(115, 792, "PICHLER", FB, 18, "c", color=(1, 1, 1))
    d.text(200, 800, "Gastro-Großhandel", F, 10, color=(0.7, 0.1, 0.12))
    d.text(200, 788, "seit 1962", F, 7.5, color=(0.4, 0.4, 0.4))
    d.text(40, 745, "Pichler Gastro-Großhandel GmbH, Industriezeile 36, 4020 Linz", F, 6.5)
    for i, s in enumerate(
        [
            "Gasthaus Zur Traun",
            "Inh. Maria Hofer",
            "Traunuferstraße 4",
            "4052 Ansfelden",
            "ÖSTERREICH",
        ]
    ):
        d.text(40, 730 - i * 12, s, F, 9.5)
    d.rect(340, 650, 215, 100)
    kv = [
        ("Rechnung", ""),
        ("Belegnummer", number),
        ("Datum", dfmt(date, "de")),
        ("Kundennummer", "4711023"),
        ("Lieferschein", "80056127"),
        ("Ihre Bestellung", "tel. 24.02.2026"),
        ("Ihre UID", "ATU61829304"),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(346, 738 - i * 12.5, k, FB if i == 0 else F, 10 if i == 0 else 8)
        d.text(549, 738 - i * 12.5, v, F, 8, "r")
    y = 620
    d.line(40, y + 12, 555, y + 12, 1)
    cols = [(40, "l"), (84, "l"), (300, "r"), (320, "l"), (400, "r"), (440, "r"), (555, "r")]
    tab(
        d,
        y,
        cols,
        [["Material", "Bezeichnung", "Menge", "ME", "Preis/ME", "MwSt", "Nettowert EUR"]],
        FB,
        8,
    )
    d.line(40, y - 4, 555, y - 4, 0.5)
    y -= 18
    rows = [
        [
            li["mat"],
            li["description"],
            qty(li["quantity"], "de"),
            li["unit"],
            money(li["unit_price"]),
            f"{li['rate']}%",
            money(li["amount"]),
        ]
        for li in lines
    ]
    y = tab(d, y, cols, rows, F, 8.5, 14)
    d.line(40, y + 8, 555, y + 8, 0.5)
    y -= 8
    rows = [["Summe Nettowert", "", money(net)]]
    for r, (n, v) in tx.items():
        rows.append([f"MwSt {r} %", f"Basis {money(n)}", money(v)])
    y = tab(d, y, [(330, "l"), (470, "r"), (555, "r")], rows, F, 8.5, 13) - 6
    d.rect(325, y - 6, 230, 18, fillcolor=(0.92, 0.92, 0.92), fill=1)
    tab(d, y, [(330, "l"), (555, "r")], [["Rechnungsbetrag EUR", money(total)]], FB, 10)
    y -= 40
    d.text(40, y, f"Zahlungsbedingung: ZB30 - 30 Tage netto, fällig am {dfmt(due, 'de')}", F, 8.5)
    d.text(
        40,
        y - 13,
        "Lieferung erfolgte am 25.02.2026. Es gelten unsere AGB (www.pichler-gastro.at/agb).",
        F,
        8.5,
    )
    d.line(40, 82, 555, 82, 0.4)
    foot = [
        ["Pichler Gastro-Großhandel GmbH", "FN 84211 v, Landesgericht Linz", "Oberbank AG"],
        ["Industriezeile 36, 4020 Linz", "UID ATU23456781", "IBAN AT48 1500 0007 1234 5678"],
        ["Tel. +43 732 778800", "DVR 0456789", "BIC OBKLAT2L"],
    ]
    letter_foot(d, 72, (40, 220, 400), foot, F, 7, 9)
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note="SAP-like Faktura scanned in colour: Belegnummer among Kundennummer, Lieferschein, UID numbers; Austrian 10/20 % with 'Basis' column; Material numbers in first column",
        kind="scan",
    )
    return {
        "out": as_scan(pdf, rng, 200, "png", grey=False, blur=0.7, noise=5, specks=60),
        "truth": t,
        "country": "AT",
        "type": "Rechnung (SAP-like), wholesale",
    }


@doc
def i05(name):
    """Swiss invoice with QR-bill slip, 8.1 / 3.8 / 2.6 and a tax-free line."""
    vendor = "Hotel Alpenblick Wengen AG"
    lines = [
        L("Übernachtung EZ inkl. Frühstück, 2 Nächte", 6, "185.00", D("3.8")),
        L("Seminarraum Eiger, Tagesmiete", 2, "420.00", D("8.1")),
        L("Seminarpauschale Kaffeepausen", 12, "18.50", D("8.1")),
        L("Bankett Abendessen 3 Gänge", 6, "68.00", D("8.1")),
        L("Lunchpakete zum Mitnehmen", 6, "16.50", D("2.6")),
        L("Kurtaxe (nicht MWST-pflichtig)", 12, "4.20", D("0")),
    ]
    tx = tax_from_net(lines)
    net = sum(li["amount"] for li in lines)
    vat = sum(v for _, v in tx.values())
    total = net + vat
    number, date, due = "R-26-00871", "2026-03-20", "2026-04-19"
    d = Doc(title=f"Rechnung {number}")
    F, FB = "Helvetica", "Helvetica-Bold"
    d.poly([(40, 790), (62, 822), (76, 802), (86, 814), (104, 790)], fillcolor=(0.15, 0.3, 0.45))
    d.poly([(56, 813), (62, 822), (68, 813)], fillcolor=(1, 1, 1))
    d.text(112, 800, "Hotel Alpenblick", "Times-Bold", 17, color=(0.15, 0.3, 0.45))
    d.text(112, 789, "WENGEN · JUNGFRAUREGION", F, 7)
    d.text(555, 810, "Hotel Alpenblick Wengen AG", F, 7.5, "r")
    d.text(555, 800, "Dorfstrasse 22, 3823 Wengen", F, 7.5, "r")
    d.text(555, 790, "CHE-114.826.375 MWST", F, 7.5, "r")
    for i, s in enumerate(
        ["Treuhand Aeschbacher AG", "Frau Sandra Aeschbacher", "Bahnhofstrasse 7", "3600 Thun"]
    ):
        d.text(330, 755 - i * 12, s, F, 9.5)
    d.text(40, 690, f"Rechnung Nr. {number}", FB, 13)
    d.text(
        40,
        676,
        f"Wengen, {dfmt(date, 'de')}   ·   Seminar 16.-18.03.2026   ·   Zahlbar bis {dfmt(due, 'de')}",
        F,
        8.5,
    )
    cols = [(40, "l"), (330, "r"), (395, "r"), (450, "r"), (555, "r")]
    y = 652
    tab(d, y, cols, [["Leistung", "Anzahl", "Preis CHF", "MWST", "Betrag CHF"]], FB, 8)
    d.line(40, y - 4, 555, y - 4, 0.6)
    y -= 16
    rows = [
        [
            li["description"],
            qty(li["quantity"]),
            money(li["unit_price"], "ch"),
            f"{li['rate']}%",
            money(li["amount"], "ch"),
        ]
        for li in lines
    ]
    y = tab(d, y, cols, rows, F, 8.5, 12.5)
    d.line(40, y + 8, 555, y + 8, 0.4)
    y -= 4
    rows = [["Total exkl. MWST", "", money(net, "ch")]]
    for r, (n, v) in tx.items():
        if r:
            rows.append([f"MWST {r}%", f"auf {money(n, 'ch')}", money(v, "ch")])
    y = tab(d, y, [(330, "l"), (470, "r"), (555, "r")], rows, F, 8.5, 12)
    tab(d, y - 2, [(330, "l"), (555, "r")], [["Total CHF inkl. MWST", money(total, "ch")]], FB, 10)
    d.text(
        40,
        y - 26,
        "Besten Dank für Ihren Aufenthalt. Bitte verwenden Sie für die Zahlung den untenstehenden QR-Zahlteil.",
        F,
        8,
    )
    # QR-bill: 105 mm high, receipt 62 mm + payment part
    top = 105 * mm
    d.line(0, top, W4, top, 0.5, dash=(2, 2))
    d.line(62 * mm, 0, 62 * mm, top, 0.5, dash=(2, 2))
    d.text(6, top + 3, "✂", "DV", 8)
    ref = "21 00000 00003 13947 14300 09017"
    amt = money(total, "ch").replace("'", " ")
    x0 = 5 * mm
    y = top - 5 * mm - 8
    d.text(x0, y, "Empfangsschein", FB, 11)
    rc = [
        (
            "Konto / Zahlbar an",
            [
                "CH44 3199 9123 0008 8901 2",
                "Hotel Alpenblick Wengen AG",
                "Dorfstrasse 22",
                "3823 Wengen",
            ],
        ),
        ("Referenz", [ref]),
        ("Zahlbar durch", ["Treuhand Aeschbacher AG", "Bahnhofstrasse 7", "3600 Thun"]),
    ]
    y -= 18
    for h, vals in rc:
        d.text(x0, y, h, FB, 6)
        y -= 9
        for v in vals:
            d.text(x0, y, v, F, 8)
            y -= 9
        y -= 4
    y = 37 * mm
    d.text(x0, y, "Währung", FB, 6)
    d.text(x0 + 16 * mm, y, "Betrag", FB, 6)
    d.text(x0, y - 10, "CHF", F, 8)
    d.text(x0 + 16 * mm, y - 10, amt, F, 8)
    d.text(57 * mm, 18 * mm, "Annahmestelle", FB, 6, "r")
    px = 67 * mm
    d.text(px, top - 5 * mm - 8, "Zahlteil", FB, 11)
    d.qr(px, top - 17 * mm - 46 * mm, 46 * mm, rng_for(name + "qr"), n=33, swiss=True)
    d.text(px, 37 * mm, "Währung", FB, 8)
    d.text(px + 16 * mm, 37 * mm, "Betrag", FB, 8)
    d.text(px, 37 * mm - 11, "CHF", F, 10)
    d.text(px + 16 * mm, 37 * mm - 11, amt, F, 10)
    x2 = 118 * mm
    y = top - 5 * mm - 8
    pp = [
        (
            "Konto / Zahlbar an",
            [
                "CH44 3199 9123 0008 8901 2",
                "Hotel Alpenblick Wengen AG",
                "Dorfstrasse 22",
                "3823 Wengen",
            ],
        ),
        ("Referenz", [ref]),
        ("Zusätzliche Informationen", [f"Rechnung {number}"]),
        ("Zahlbar durch", ["Treuhand Aeschbacher AG", "Bahnhofstrasse 7", "3600 Thun"]),
    ]
    for h, vals in pp:
        d.text(x2, y, h, FB, 8)
        y -= 11
        for v in vals:
            d.text(x2, y, v, F, 10)
            y -= 11
        y -= 5
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="CHF",
        locale="de-CH",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note=f"Swiss QR-bill slip at the bottom repeats the total with space thousands ('{amt}') and a long QR reference; MWST 8.1 / 3.8 / 2.6 plus a tax-free Kurtaxe line (net includes it); apostrophe thousands; CHE UID",
        kind="pdf",
    )
    return {"out": as_pdf(pdf), "truth": t, "country": "CH", "type": "Rechnung with QR-bill slip"}


@doc
def i06(name):
    """fr-CH Sage-like fiduciary invoice, TVA 8.1 %, image-only PDF."""
    rng = rng_for(name)
    vendor = "Fiduciaire Léman Conseils Sàrl"
    lines = [
        L("Tenue de la comptabilité 2025 (forfait)", 1, "3200.00", D("8.1")),
        L("Bouclement annuel et bilan 2025", D("6.5"), "165.00", D("8.1")),
        L("Déclaration TVA 4e trimestre 2025", 1, "280.00", D("8.1")),
        L("Déclaration d'impôt personne morale", 1, "450.00", D("8.1")),
        L("Débours (port, photocopies)", 1, "38.60", D("8.1")),
    ]
    net = sum(li["amount"] for li in lines)
    vat = q(net * D("0.081"))
    total = net + vat
    number, date, due = "2026-0093", "2026-02-16", "2026-03-18"
    d = Doc(title="Facture")
    F, FB = "Times-Roman", "Times-Bold"
    d.text(297, 800, "FIDUCIAIRE LÉMAN CONSEILS", FB, 16, "c")
    d.line(190, 792, 404, 792, 1.2)
    d.text(
        297,
        780,
        "Avenue de la Gare 17 · 1003 Lausanne · Tél. 021 312 45 67 · info@fiduleman.ch",
        F,
        8.5,
        "c",
    )
    for i, s in enumerate(
        ["Boulangerie du Flon SA", "Monsieur Pierre Chappuis", "Rue Centrale 9", "1003 Lausanne"]
    ):
        d.text(330, 730 - i * 13, s, F, 11)
    d.text(60, 660, f"Lausanne, le {dfmt(date, 'frlong')}", F, 10.5)
    d.text(60, 630, f"FACTURE N° {number}", FB, 13)
    d.text(60, 614, "Client n° 1187 · Mandat comptable exercice 2025", F, 10)
    cols = [(60, "l"), (390, "r"), (460, "r"), (535, "r")]
    y = 585
    d.rect(58, y - 5, 479, 17, fill=1, fillcolor=(0.9, 0.9, 0.9))
    tab(d, y, cols, [["Désignation", "Qté/h", "Prix CHF", "Montant CHF"]], FB, 10)
    y -= 20
    rows = [
        [
            li["description"],
            qty(li["quantity"], "pd"),
            money(li["unit_price"], "ch"),
            money(li["amount"], "ch"),
        ]
        for li in lines
    ]
    y = tab(d, y, cols, rows, F, 10, 15)
    d.line(58, y + 10, 537, y + 10, 0.6)
    y -= 6
    rows = [["Total hors TVA", money(net, "ch")], ["TVA 8.1 %", money(vat, "ch")]]
    y = tab(d, y, [(340, "l"), (535, "r")], rows, F, 10.5, 15) - 4
    d.rect(336, y - 6, 201, 20)
    tab(d, y, [(340, "l"), (535, "r")], [["Total TTC CHF", money(total, "ch")]], FB, 11.5)
    y -= 40
    d.text(60, y, f"Payable net à 30 jours, soit jusqu'au {dfmt(due, 'fr')}.", F, 10)
    d.text(
        60,
        y - 14,
        "IBAN CH93 0076 7000 E525 3674 1 · Banque Cantonale Vaudoise · BIC BCVLCH2LXXX",
        F,
        10,
    )
    d.text(60, y - 42, "Avec nos remerciements pour votre confiance.", F, 10)
    d.text(
        297,
        50,
        "Fiduciaire Léman Conseils Sàrl · CHE-287.514.306 TVA · membre FIDUCIAIRE|SUISSE",
        F,
        8,
        "c",
    )
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="CHF",
        locale="fr-CH",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note="image-only PDF (no text layer) of a Swiss-French fiduciary invoice; date written out in French ('16 février 2026'); due date only in the payment sentence; 'Client n°' near the invoice number; apostrophe thousands",
        kind="scan",
    )
    return {
        "out": as_imgpdf(pdf, rng, 200, grey=True, blur=0.8, noise=7, specks=80, contrast=1.1),
        "truth": t,
        "country": "CH",
        "type": "Facture (Sage-like), image-only PDF",
    }


@doc
def i07(name):
    """Pennylane-like French caterer invoice, 20 / 10 / 5.5 %."""
    vendor = "Maison Berthelot Traiteur SAS"
    lines = [
        L("Buffet déjeuner 'Terroir' (par personne)", 45, "28.50", 10),
        L("Mignardises sucrées, plateau de 40 pièces", 3, "54.00", 10),
        L("Champagne brut, bouteille 75 cl", 8, "32.00", 20),
        L("Jus de pommes artisanal 1 l (à emporter)", 12, "3.60", D("5.5")),
        L("Location vaisselle et nappage", 1, "145.00", 20),
        L("Service - maître d'hôtel (heures)", 5, "38.00", 20),
        L("Livraison Nantes Métropole", 1, "35.00", 20),
    ]
    tx = tax_from_net(lines)
    net = sum(li["amount"] for li in lines)
    vat = sum(v for _, v in tx.values())
    total = net + vat
    number, date, due = "F-2026-00214", "2026-04-03", "2026-05-03"
    d = Doc(title=f"Facture {number}")
    F, FB, grey = "DV", "DVB", (0.45, 0.45, 0.5)
    d.circle(62, 792, 14, fillcolor=(0.55, 0.2, 0.35))
    d.text(62, 787, "MB", FB, 11, "c", color=(1, 1, 1))
    d.text(84, 795, "Maison Berthelot", "DVSB", 13)
    d.text(84, 783, "Traiteur · Nantes", F, 8, color=grey)
    d.text(555, 795, "Facture", FB, 18, "r")
    d.text(555, 779, number, F, 10, "r", color=grey)
    y = 740
    for col, (head, vals) in zip(
        (48, 230, 410),
        [
            (
                "ÉMETTEUR",
                [
                    "Maison Berthelot Traiteur SAS",
                    "14 quai de la Fosse",
                    "44000 Nantes",
                    "SIRET 852 417 396 00021",
                    "TVA FR47 852417396",
                ],
            ),
            (
                "CLIENT",
                [
                    "Atlantique Numérique SARL",
                    "Service comptabilité",
                    "3 rue Racine",
                    "44000 Nantes",
                    "TVA FR18 790123456",
                ],
            ),
            (
                "DÉTAILS",
                [
                    f"Date d'émission : {dfmt(date, 'fr')}",
                    f"Date d'échéance : {dfmt(due, 'fr')}",
                    "Date de prestation : 27/03/2026",
                    "Réf. commande : BC-0457",
                ],
            ),
        ],
        strict=False,
    ):
        d.text(col, y, head, FB, 7, color=grey)
        for i, v in enumerate(vals):
            d.text(col, y - 14 - i * 11, v, F, 8)
    y = 640
    cols = [(48, "l"), (350, "r"), (410, "r"), (460, "r"), (555, "r")]
    d.rect(44, y - 6, 515, 18, stroke=0, fill=1, fillcolor=(0.95, 0.95, 0.97))
    tab(d, y, cols, [["Description", "Qté", "Prix u. HT", "TVA", "Total HT"]], FB, 8)
    y -= 22
    for li in lines:
        tab(
            d,
            y,
            cols,
            [
                [
                    li["description"],
                    qty(li["quantity"], "fr"),
                    money(li["unit_price"], "frn") + " €",
                    f"{qty(li['rate'], 'fr')} %",
                    money(li["amount"], "frn") + " €",
                ]
            ],
            F,
            8.5,
        )
        d.line(48, y - 7, 555, y - 7, 0.3, color=(0.85, 0.85, 0.88))
        y -= 20
    y -= 10
    rows = [["Total HT", money(net, "frn") + " €"]] + [
        [f"TVA {qty(r, 'fr')} %", money(v, "frn") + " €"] for r, (_, v) in tx.items()
    ]
    y = tab(d, y, [(380, "l"), (555, "r")], rows, F, 9, 14)
    d.rect(376, y - 7, 183, 21, stroke=0, fill=1, fillcolor=(0.55, 0.2, 0.35))
    tab(
        d,
        y,
        [(382, "l"), (550, "r")],
        [["Total TTC", money(total, "frn") + " €"]],
        FB,
        10.5,
        color=(1, 1, 1),
    )
    y -= 50
    d.text(48, y, "Conditions de paiement", FB, 8.5)
    y = d.wrap(
        48,
        y - 13,
        f"Paiement par virement à 30 jours, au plus tard le {dfmt(due, 'fr')}. IBAN FR76 1470 7000 3032 1987 6543 211 - BIC CCBPFRPPNAN. En cas de retard, pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire de 40 € pour frais de recouvrement. Pas d'escompte pour paiement anticipé.",
        500,
        F,
        8,
    )
    d.text(
        297,
        40,
        "Maison Berthelot Traiteur SAS au capital de 20 000 € - RCS Nantes 852 417 396 - APE 5621Z",
        F,
        7,
        "c",
        color=grey,
    )
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note="Pennylane-like three-column header (émetteur / client / détails) with three dates; TVA 20 / 10 / 5,5 %; no-break-space thousands; white-on-colour TTC box; buyer's TVA number also printed",
        kind="pdf",
    )
    return {"out": as_pdf(pdf), "truth": t, "country": "FR", "type": "Facture (Pennylane-like)"}


@doc
def i08(name):
    """Sage-like AVOIR printed with positive amounts; keyed negative."""
    rng = rng_for(name)
    vendor = "Comptoir Lyonnais de Quincaillerie SARL"
    lines = [
        L("Perceuse visseuse 18V - retour défectueux", 1, "129.00", 20, ref="PV18-220"),
        L("Coffret embouts 32 pcs - retour", 2, "18.90", 20, ref="EMB-032"),
        L("Remise commerciale sur facture FA2600412", 1, "25.00", 20, ref="REM"),
    ]
    net = sum(li["amount"] for li in lines)
    vat = q(net * D("0.20"))
    total = net + vat
    number, date = "AV2600031", "2026-03-12"
    d = Doc(title="AVOIR")
    F, FB = "Courier", "Courier-Bold"
    d.rect(40, 770, 230, 50)
    d.text(48, 805, "COMPTOIR LYONNAIS", "Helvetica-Bold", 13)
    d.text(48, 792, "DE QUINCAILLERIE SARL", "Helvetica-Bold", 9)
    d.text(48, 778, "42 rue Marietton - 69009 LYON", "Helvetica", 8)
    d.rect(380, 775, 175, 45, fill=1, fillcolor=(0.88, 0.88, 0.88))
    d.text(467, 800, "AVOIR", "Helvetica-Bold", 18, "c")
    d.text(467, 784, f"N° {number}", FB, 10, "c")
    kv = [
        ("Date", dfmt(date, "fr")),
        ("Code client", "CL00872"),
        ("Facture d'origine", "FA2600412"),
        ("Du", "20/02/2026"),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(40, 740 - i * 12, f"{k:<18}: {v}", F, 9)
    d.rect(320, 670, 235, 80)
    for i, s in enumerate(
        [
            "BRICO SERVICES CROIX-ROUSSE",
            "M. Karim Belkacem",
            "8 boulevard de la Croix-Rousse",
            "69004 LYON",
        ]
    ):
        d.text(330, 733 - i * 13, s, F, 9.5)
    cols = [(40, "l"), (110, "l"), (400, "r"), (470, "r"), (555, "r")]
    y = 630
    d.line(40, y + 12, 555, y + 12, 0.8)
    tab(d, y, cols, [["Réf.", "Désignation", "Qté", "P.U. HT", "Montant HT"]], FB, 9)
    d.line(40, y - 5, 555, y - 5, 0.8)
    y -= 20
    rows = [
        [
            li["ref"],
            li["description"],
            qty(li["quantity"], "pc"),
            money(li["unit_price"], "pc"),
            money(li["amount"], "pc"),
        ]
        for li in lines
    ]
    y = tab(d, y, cols, rows, F, 8.5, 14)
    d.line(40, y + 6, 555, y + 6, 0.5)
    y -= 30
    d.rect(40, y - 30, 260, 42)
    tab(
        d,
        y,
        [(46, "l"), (110, "r"), (180, "r"), (290, "r")],
        [
            ["Code", "Base HT", "Taux", "Montant TVA"],
            ["1", money(net, "pc"), "20,00", money(vat, "pc")],
        ],
        F,
        8.5,
        13,
    )
    rows = [
        ["Total HT", money(net, "pc")],
        ["Total TVA", money(vat, "pc")],
        ["Total TTC", money(total, "pc")],
    ]
    y2 = tab(d, y, [(360, "l"), (555, "r")], rows[:2], F, 10, 15)
    d.rect(355, y2 - 7, 200, 20, fill=1, fillcolor=(0.88, 0.88, 0.88))
    tab(d, y2, [(360, "l"), (550, "r")], [["NET À DÉDUIRE EUR", money(total, "pc")]], FB, 10)
    y = y2 - 50
    d.text(40, y, "Cet avoir sera déduit de votre prochain règlement.", F, 9)
    d.text(
        297,
        45,
        "SARL au capital de 15 000 EUR - RCS Lyon B 412 356 780 - Siret 412 356 780 00034 - TVA FR 61 412356780",
        "Helvetica",
        7,
        "c",
    )
    pdf = d.pdf()
    lines_k = [dict(li, amount=-li["amount"], quantity=-li["quantity"]) for li in lines]
    t = truth(
        number=number,
        date=date,
        due=None,
        vendor=vendor,
        net=-net,
        vat=-vat,
        total=-total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="credit_note",
        items=items_of(lines_k),
        note="Sage-like AVOIR printed with POSITIVE amounts ('NET À DÉDUIRE'); keyed negative by convention; original invoice number and date printed; Courier body; code-table TVA block",
        kind="scan",
    )
    return {
        "out": as_scan(pdf, rng, 170, "png", grey=True, blur=0.7, noise=7, specks=50),
        "truth": t,
        "country": "FR",
        "type": "Avoir (Sage-like) / credit note",
    }


@doc
def i09(name):
    """French artisan invoice, TVA 5.5/10/20, acompte deducted, due 'à réception'."""
    rng = rng_for(name)
    vendor = "Morel Chauffage Sanitaire SARL"
    lines = [
        L("Pompe à chaleur air/eau 8 kW - fourniture et pose", 1, "7850.00", D("5.5")),
        L("Ballon thermodynamique 200 l - fourniture et pose", 1, "2140.00", D("5.5")),
        L("Remplacement radiateurs acier (rénovation)", 4, "385.00", 10),
        L("Main d'oeuvre plomberie (heures)", 9, "52.00", 10),
        L("Mitigeur thermostatique douche (hors rénovation)", 1, "164.00", 20),
        L("Déplacement et mise en service", 1, "95.00", 10),
    ]
    tx = tax_from_net(lines)
    net = sum(li["amount"] for li in lines)
    vat = sum(v for _, v in tx.values())
    total = net + vat
    acompte = D("3500.00")
    number, date = "2026-031", "2026-03-27"
    d = Doc(title="Facture")
    F, FB = "Helvetica", "Helvetica-Bold"
    d.text(40, 800, "MOREL", "Helvetica-BoldOblique", 26, color=(0.1, 0.3, 0.6))
    d.text(40, 784, "Chauffage · Sanitaire · Énergies renouvelables", F, 9)
    d.text(40, 772, "12 rue des Tanneries - 21000 DIJON - 03 80 41 22 19", F, 8)
    d.rect(480, 772, 75, 36)
    d.text(517, 795, "RGE", FB, 14, "c", color=(0.1, 0.5, 0.2))
    d.text(517, 780, "QualiPAC", F, 7, "c")
    for i, s in enumerate(
        ["M. et Mme Girardot", "7 allée des Tilleuls", "21121 FONTAINE-LÈS-DIJON"]
    ):
        d.text(330, 720 - i * 13, s, F, 10)
    d.text(40, 690, f"FACTURE N° {number}", FB, 14)
    d.text(
        40,
        674,
        f"Date : {dfmt(date, 'fr')}    Devis n° D-2026-007 accepté le 12/01/2026    Chantier : même adresse",
        F,
        8.5,
    )
    cols = [(40, "l"), (360, "r"), (420, "r"), (460, "r"), (555, "r")]
    y = 645
    d.line(40, y + 12, 555, y + 12, 0.8)
    tab(d, y, cols, [["Désignation", "Qté", "P.U. HT", "TVA", "Total HT"]], FB, 8.5)
    d.line(40, y - 5, 555, y - 5, 0.8)
    y -= 20
    rows = [
        [
            li["description"],
            qty(li["quantity"], "fr"),
            money(li["unit_price"], "fr"),
            f"{qty(li['rate'], 'fr')}%",
            money(li["amount"], "fr"),
        ]
        for li in lines
    ]
    y = tab(d, y, cols, rows, F, 8.5, 15)
    d.line(40, y + 8, 555, y + 8, 0.5)
    y -= 10
    rows = [["Total HT", money(net, "fr")]] + [
        [f"TVA {qty(r, 'fr')} % sur {money(n, 'fr')}", money(v, "fr")] for r, (n, v) in tx.items()
    ]
    rows += [
        ["Total TTC", money(total, "fr")],
        ["Acompte versé le 14/01/2026", "- " + money(acompte, "fr")],
    ]
    y = tab(d, y, [(330, "l"), (555, "r")], rows, F, 9, 14)
    d.rect(326, y - 7, 229, 20, lw=1.2)
    tab(
        d,
        y,
        [(330, "l"), (550, "r")],
        [["NET À PAYER", money(total - acompte, "fr") + " €"]],
        FB,
        11,
    )
    y -= 40
    d.text(40, y, "Paiement : à réception de facture, par chèque ou virement.", F, 9)
    y = d.wrap(
        40,
        y - 14,
        "TVA à 5,5 % : travaux d'amélioration de la qualité énergétique (art. 278-0 bis A du CGI), attestation simplifiée remise par le client. TVA à 10 % : travaux de rénovation dans un logement de plus de deux ans.",
        515,
        F,
        8,
    )
    d.text(
        40, y - 6, "Garantie décennale : SMABTP, contrat n° 2026-884512, couverture France.", F, 8
    )
    d.text(
        297,
        40,
        "SARL au capital de 8 000 € · SIRET 509 812 337 00015 · RCS Dijon · TVA FR 35 509812337 · IBAN FR76 1080 7000 5512 3456 7890 112",
        F,
        7,
        "c",
    )
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=None,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note=f"artisan invoice with TVA 5,5 / 10 / 20 % and bases; acompte of {money(acompte, 'fr')} deducted, NET À PAYER {money(total - acompte, 'fr')} boxed - keyed total is Total TTC (convention); due 'à réception' -> null; devis number and date near the invoice number",
        kind="scan",
    )
    return {
        "out": as_scan(pdf, rng, 150, "png", grey=True, blur=0.5, noise=5, specks=30),
        "truth": t,
        "country": "FR",
        "type": "Facture artisan, acompte",
    }


@doc
def i10(name):
    """Odoo-like Belgian invoice, TVA 21 / 6 %, structured communication."""
    rng = rng_for(name)
    vendor = "Atelier Verhaegen SRL"
    lines = [
        L("Rénovation châssis bois - remplacement vitrage", 6, "312.00", 6),
        L("Porte d'entrée chêne massif, pose", 1, "2480.00", 6),
        L("Quincaillerie de sécurité (bâtiment < 10 ans)", 1, "214.50", 21),
        L("Évacuation des anciens châssis", 1, "120.00", 21),
    ]
    tx = tax_from_net(lines)
    net = sum(li["amount"] for li in lines)
    vat = sum(v for _, v in tx.values())
    total = net + vat
    number, date, due = "FACT/2026/00042", "2026-03-31", "2026-04-30"
    d = Doc(title=number)
    F, FB, pur = "DV", "DVB", (0.44, 0.29, 0.4)
    d.rect(40, 780, 36, 36, stroke=0, fill=1, fillcolor=pur)
    d.text(58, 791, "AV", "DVB", 14, "c", color=(1, 1, 1))
    d.text(84, 795, "Atelier Verhaegen", FB, 12)
    for i, s in enumerate(
        [
            "Atelier Verhaegen SRL",
            "Chaussée de Louvain 212",
            "5000 Namur",
            "Belgique",
            "TVA BE 0712.345.678",
        ]
    ):
        d.text(555, 812 - i * 10, s, F, 7.5, "r")
    d.line(40, 760, 555, 760, 0.4, color=(0.7, 0.7, 0.7))
    for i, s in enumerate(["Madame Sophie Lambert", "Rue de Fer 48", "5000 Namur", "Belgique"]):
        d.text(340, 735 - i * 12, s, F, 9)
    d.text(40, 660, f"Facture {number}", F, 16, color=pur)
    for i, (k, v) in enumerate(
        [
            ("Date de facturation", dfmt(date, "fr")),
            ("Date d'échéance", dfmt(due, "fr")),
            ("Origine", "S00318"),
        ]
    ):
        d.text(40 + i * 150, 636, k, FB, 8)
        d.text(40 + i * 150, 624, v, F, 8.5)
    cols = [(40, "l"), (350, "r"), (420, "r"), (470, "r"), (555, "r")]
    y = 595
    tab(d, y, cols, [["Description", "Quantité", "Prix unitaire", "Taxes", "Montant"]], FB, 8)
    d.line(40, y - 5, 555, y - 5, 0.8)
    y -= 20
    for li in lines:
        tab(
            d,
            y,
            cols,
            [
                [
                    li["description"],
                    f"{qty(li['quantity'], 'fr')},00 Unité(s)"
                    if li["quantity"] == int(li["quantity"])
                    else qty(li["quantity"], "fr"),
                    money(li["unit_price"]),
                    f"TVA {li['rate']}%",
                    money(li["amount"]) + " €",
                ]
            ],
            F,
            8,
        )
        d.line(40, y - 6, 555, y - 6, 0.3, color=(0.85, 0.85, 0.85))
        y -= 18
    y -= 8
    rows = [["Montant hors taxes", money(net) + " €"]] + [
        [f"TVA {r}% sur {money(n)} €", money(v) + " €"] for r, (n, v) in tx.items()
    ]
    y = tab(d, y, [(350, "l"), (555, "r")], rows, F, 8.5, 14)
    d.line(350, y + 9, 555, y + 9, 0.6)
    tab(d, y - 4, [(350, "l"), (555, "r")], [["Total", money(total) + " €"]], FB, 10)
    y -= 40
    d.text(
        40,
        y,
        "Veuillez utiliser la communication suivante pour votre paiement : +++ 112/0042/26031 +++",
        F,
        8.5,
    )
    d.text(40, y - 13, "Conditions de paiement : 30 jours", F, 8.5)
    d.text(
        40,
        y - 26,
        "TVA 6 % : attestation de rénovation (habitation de plus de 10 ans) signée par le client.",
        F,
        8,
    )
    d.qr(40, y - 120, 80, rng, n=29)
    d.text(130, y - 60, "Scannez pour payer", F, 7.5)
    d.text(130, y - 70, "(code QR EPC / Payconiq)", F, 7.5)
    d.line(40, 60, 555, 60, 0.4, color=(0.7, 0.7, 0.7))
    d.text(
        297,
        48,
        "+32 81 22 45 90 · info@atelier-verhaegen.be · www.atelier-verhaegen.be · BE71 0689 0123 4569 (Belfius)",
        F,
        7,
        "c",
    )
    d.text(297, 38, "RPM Liège division Namur · Numéro d'entreprise 0712.345.678", F, 7, "c")
    d.text(555, 24, "Page 1 / 1", F, 7, "r")
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-BE",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note="Odoo-like: number with slashes 'FACT/2026/00042', Origine S00318, structured communication +++...+++; TVA 21 % and 6 % (renovation) lines with bases; quantities '6,00 Unité(s)'",
        kind="pdf",
    )
    return {"out": as_pdf(pdf), "truth": t, "country": "BE", "type": "Facture (Odoo-like)"}


def section(d, y, title, pairs, x=40, w=515, kx=None, F="DV", FB="DVB", size=8.5):
    """E-invoice style section: heading bar + labelled values."""
    d.rect(x, y - 4, w, 15, stroke=0, fill=1, fillcolor=(0.87, 0.9, 0.93))
    d.text(x + 4, y, title, FB, 9)
    y -= 17
    for k, v in pairs:
        d.text(x + 4, y, k, F, size, color=(0.3, 0.3, 0.3))
        d.text(kx or x + 210, y, v, F, size)
        y -= size * 1.45
    return y - 6


@doc
def i11(name):
    """Luxembourg e-invoice (Peppol UBL) visualisation, TVA 17 / 8 / 3 %."""
    vendor = "Jardinerie Hoffmann S.à r.l."
    lines = [
        L("Plantes ornementales - hortensias en pot", 10, "14.90", 8),
        L("Fleurs coupées - compositions d'accueil", 4, "39.00", 8),
        L("Semences potagères assorties", 25, "2.80", 3),
        L("Terreau universel 50 l", 12, "9.95", 17),
        L("Sécateur professionnel", 2, "46.50", 17),
        L("Livraison et mise en place", 1, "65.00", 17),
    ]
    tx = tax_from_net(lines)
    net = sum(li["amount"] for li in lines)
    vat = sum(v for _, v in tx.values())
    total = net + vat
    number, date, due = "JH-26-000517", "2026-05-06", "2026-06-05"
    d = Doc(title=f"Visualisation facture électronique {number}")
    d.text(40, 805, "Facture électronique (Peppol BIS Billing 3.0) - visualisation", "DVB", 12)
    d.text(
        40,
        790,
        "Document généré à partir du fichier UBL reçu. Seul le fichier XML fait foi.",
        "DVI",
        7.5,
        color=(0.4, 0.4, 0.4),
    )
    y = 765
    y = section(
        d,
        y,
        "Données de la facture",
        [
            ("Numéro de facture (BT-1)", number),
            ("Date d'émission (BT-2)", dfmt(date, "fr")),
            ("Code type de facture (BT-3)", "380 (Facture commerciale)"),
            ("Devise (BT-5)", "EUR"),
            ("Date d'échéance (BT-9)", dfmt(due, "fr")),
            ("Référence acheteur (BT-10)", "COM-EVT-2026-14"),
        ],
    )
    y = section(
        d,
        y,
        "Vendeur",
        [
            ("Nom (BT-27)", vendor),
            ("Adresse (BG-5)", "45, route d'Arlon, L-8009 Strassen"),
            ("Identifiant TVA (BT-31)", "LU26548713"),
            ("RCS (BT-30)", "B 198.452"),
        ],
    )
    y = section(
        d,
        y,
        "Acheteur",
        [
            ("Nom (BT-44)", "Commune de Bertrange - Service des fêtes"),
            ("Adresse (BG-8)", "2, beim Schlass, L-8058 Bertrange"),
            ("Identifiant TVA (BT-48)", "LU11223344"),
        ],
    )
    d.rect(40, y - 4, 515, 15, stroke=0, fill=1, fillcolor=(0.87, 0.9, 0.93))
    d.text(44, y, "Lignes de facture (BG-25)", "DVB", 9)
    y -= 17
    cols = [(44, "l"), (62, "l"), (340, "r"), (400, "r"), (450, "r"), (551, "r")]
    tab(
        d,
        y,
        cols,
        [["#", "Article (BT-153)", "Qté (BT-129)", "Prix net", "TVA", "Montant net (BT-131)"]],
        "DVB",
        7,
    )
    y -= 13
    rows = [
        [
            str(i + 1),
            li["description"],
            qty(li["quantity"], "fr"),
            money(li["unit_price"], "fr"),
            f"{li['rate']} %",
            money(li["amount"], "fr"),
        ]
        for i, li in enumerate(lines)
    ]
    y = tab(d, y, cols, rows, "DV", 8, 12) - 8
    d.rect(40, y - 4, 515, 15, stroke=0, fill=1, fillcolor=(0.87, 0.9, 0.93))
    d.text(44, y, "Ventilation de la TVA (BG-23)", "DVB", 9)
    y -= 17
    cols = [(44, "l"), (160, "l"), (300, "r"), (400, "r")]
    tab(
        d,
        y,
        cols,
        [["Catégorie", "Taux (BT-119)", "Base (BT-116)", "Montant TVA (BT-117)"]],
        "DVB",
        7,
    )
    y -= 13
    y = (
        tab(
            d,
            y,
            cols,
            [["S", f"{r} %", money(n, "fr"), money(v, "fr")] for r, (n, v) in tx.items()],
            "DV",
            8,
            12,
        )
        - 8
    )
    y = section(
        d,
        y,
        "Totaux (BG-22)",
        [
            ("Somme des montants nets (BT-106)", money(net, "fr")),
            ("Total HT (BT-109)", money(net, "fr")),
            ("Total TVA (BT-110)", money(vat, "fr")),
            ("Total TTC (BT-112)", money(total, "fr")),
            ("Montant à payer (BT-115)", money(total, "fr")),
        ],
        kx=330,
    )
    y = section(
        d,
        y,
        "Paiement",
        [
            ("Moyen de paiement (BT-81)", "58 - Virement SEPA"),
            ("IBAN (BT-84)", "LU28 0019 4006 4475 0000"),
            ("Référence (BT-83)", number),
        ],
    )
    d.text(555, 30, "1/1", "DV", 7, "r")
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-LU",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note="e-invoice visualisation: labelled values with BT codes in section tables, no letterhead; Luxembourg TVA 17 / 8 / 3 %; vendor only as a labelled value; BT-106/109/112/115 repeat amounts",
        kind="pdf",
    )
    return {
        "out": as_pdf(pdf),
        "truth": t,
        "country": "LU",
        "type": "E-invoice visualisation (Peppol UBL)",
    }


@doc
def i12(name):
    """XRechnung visualisation, 2 pages, 19 %."""
    vendor = "Rheinland IT-Systemhaus GmbH"
    lines = [
        L("Microsoft 365 Business Standard, Lizenz 12 Monate", 35, "149.40", 19),
        L("Endpoint-Security Suite, Lizenz 12 Monate", 35, "38.00", 19),
        L("Einrichtung Mandant und Migration Postfächer", 18, "112.00", 19),
        L("Schulung Anwender (halber Tag)", 2, "690.00", 19),
        L('Notebook 14" Core Ultra 5, 16 GB, 512 GB SSD', 6, "1049.00", 19),
        L("Dockingstation USB-C", 6, "169.00", 19),
        L("Vor-Ort-Service Rollout (Stunden)", 12, "98.00", 19),
        L("Anfahrtspauschale Bonn", 3, "45.00", 19),
    ]
    net = sum(li["amount"] for li in lines)
    vat = q(net * D("0.19"))
    total = net + vat
    number, date, due = "RE-2026-03318", "2026-04-15", "2026-05-15"
    d = Doc(title=f"XRechnung {number}")
    d.text(40, 805, "XRechnung", "DVB", 16)
    d.text(
        555,
        805,
        "Standard: urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
        "DV",
        6.5,
        "r",
        color=(0.4, 0.4, 0.4),
    )
    d.line(40, 796, 555, 796, 1)
    y = 775
    y = section(
        d,
        y,
        "Käufer",
        [
            ("Leitweg-ID (BT-10)", "05314000-0001-12"),
            ("Name (BT-44)", "Bundesstadt Bonn - Amt für Digitalisierung"),
            ("Straße (BT-50)", "Berliner Platz 2"),
            ("PLZ / Ort (BT-53 / BT-52)", "53111 Bonn"),
            ("Kontakt (BT-56)", "Frau Yvonne Schäfer"),
        ],
    )
    y = section(
        d,
        y,
        "Verkäufer",
        [
            ("Firmenname (BT-27)", vendor),
            ("Straße (BT-35)", "Vogelsanger Straße 321"),
            ("PLZ / Ort", "50827 Köln"),
            ("USt-IdNr. (BT-31)", "DE298765123"),
            ("Registernummer (BT-30)", "HRB 88412, AG Köln"),
            ("E-Mail (BT-43)", "rechnung@rheinland-it.de"),
        ],
    )
    y = section(
        d,
        y,
        "Rechnungsdaten",
        [
            ("Rechnungsnummer (BT-1)", number),
            ("Rechnungsdatum (BT-2)", dfmt(date, "de")),
            ("Rechnungsart (BT-3)", "380 - Handelsrechnung"),
            ("Währung (BT-5)", "EUR"),
            ("Leistungszeitraum (BG-14)", "01.03.2026 - 31.03.2026"),
            ("Bestellnummer (BT-13)", "4500187733"),
            ("Vertragsnummer (BT-12)", "RV-2025-118"),
        ],
    )
    y = section(
        d,
        y,
        "Zahlungsinformationen",
        [
            ("Zahlungsart (BT-81)", "58 - SEPA-Überweisung"),
            ("IBAN (BT-84)", "DE27 3705 0198 1934 5566 78"),
            ("BIC (BT-86)", "COLSDE33XXX"),
            ("Fälligkeitsdatum (BT-9)", dfmt(due, "de")),
            ("Zahlungsbedingungen (BT-20)", "30 Tage netto ohne Abzug"),
        ],
    )
    d.text(555, 30, "Seite 1 von 2", "DV", 7, "r")
    d.new_page()
    y = 800
    d.rect(40, y - 4, 515, 15, stroke=0, fill=1, fillcolor=(0.87, 0.9, 0.93))
    d.text(44, y, "Rechnungspositionen", "DVB", 9)
    y -= 22
    for i, li in enumerate(lines):
        pairs = [
            ("Position (BT-126)", str(i + 1)),
            ("Artikelname (BT-153)", li["description"]),
            (
                "Menge (BT-129)",
                f"{qty(li['quantity'])} {'HUR' if 'Stunden' in li['description'] else 'C62'}",
            ),
            ("Preis netto (BT-146)", money(li["unit_price"])),
            ("USt-Satz (BT-152)", "19 %"),
            ("Nettobetrag (BT-131)", money(li["amount"])),
        ]
        for k, v in pairs:
            d.text(50 if k.startswith("Position") else 60, y, k, "DV", 7.5, color=(0.3, 0.3, 0.3))
            d.text(250, y, v, "DVB" if k.startswith("Position") else "DV", 7.5)
            y -= 10
        y -= 5
    y -= 6
    y = section(
        d,
        y,
        "Gesamtbeträge der Rechnung",
        [
            ("Summe Nettobeträge der Positionen (BT-106)", money(net)),
            ("Gesamtbetrag ohne USt (BT-109)", money(net)),
            ("Summe Umsatzsteuer (BT-110)", money(vat)),
            ("Gesamtbetrag mit USt (BT-112)", money(total)),
            ("Fälliger Zahlungsbetrag (BT-115)", money(total)),
        ],
        kx=330,
    )
    y = section(
        d,
        y,
        "Aufschlüsselung der Umsatzsteuer",
        [
            ("Kategorie S, Satz 19 %, Basis (BT-116)", money(net)),
            ("Steuerbetrag (BT-117)", money(vat)),
        ],
        kx=330,
    )
    d.text(555, 30, "Seite 2 von 2", "DV", 7, "r")
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note="XRechnung viewer output over 2 pages: buyer (Leitweg-ID) comes before seller; many labelled ids (Bestellnummer, Vertragsnummer) near the number; line items as label/value blocks on page 2; totals only on page 2",
        kind="pdf",
    )
    return {
        "out": as_pdf(pdf),
        "truth": t,
        "country": "DE",
        "type": "XRechnung visualisation, 2 pages",
    }


@doc
def i13(name):
    """Kleinbetragsrechnung, gross only with rate, photographed."""
    rng = rng_for(name)
    vendor = "Schlüssel- und Schuhservice Uwe Krause"
    lines = [
        L("Sicherheitsschlüssel nachgemacht", 3, "8.50", 19),
        L("Absätze Damenschuh erneuert", 1, "14.00", 19),
    ]
    total = sum(li["amount"] for li in lines)
    number, date = "0815/26", "2026-02-11"
    d = Doc(title="Quittung")
    F, FB = "DVS", "DVSB"
    d.rect(60, 700, 475, 110, lw=1.5)
    d.text(297, 780, "Schlüssel- und Schuhservice", FB, 16, "c")
    d.text(297, 760, "Uwe Krause", "DVSI", 13, "c")
    d.text(
        297,
        740,
        "Markthalle Stand 7 · Wilhelmstraße 3 · 45127 Essen · Tel. 0201 229041",
        F,
        8.5,
        "c",
    )
    d.text(297, 716, "Steuer-Nr. 112/5044/1177", F, 8.5, "c")
    d.text(60, 660, "Rechnung / Quittung", FB, 20)
    d.text(535, 665, f"Nr. {number}", F, 11, "r")
    d.text(60, 630, "Datum:", F, 11)
    d.text(130, 630, dfmt(date, "de"), "DVSI", 12)
    y = 590
    d.line(60, y + 14, 535, y + 14, 0.8)
    tab(
        d,
        y,
        [(60, "l"), (110, "l"), (430, "r"), (535, "r")],
        [["Anz.", "Leistung", "Einzel €", "Betrag €"]],
        FB,
        10,
    )
    d.line(60, y - 6, 535, y - 6, 0.8)
    y -= 24
    y = tab(
        d,
        y,
        [(75, "c"), (110, "l"), (430, "r"), (535, "r")],
        [
            [qty(li["quantity"]), li["description"], money(li["unit_price"]), money(li["amount"])]
            for li in lines
        ],
        F,
        11,
        22,
    )
    for _ in range(3):
        d.line(60, y - 6, 535, y - 6, 0.3)
        y -= 22
    d.line(60, y + 8, 535, y + 8, 0.8)
    y -= 14
    d.text(330, y, "Gesamtbetrag:", FB, 12)
    d.text(535, y, f"{money(total)} €", FB, 13, "r")
    d.text(330, y - 18, "Im Gesamtbetrag sind 19 % MwSt. enthalten.", F, 9)
    d.text(60, y - 60, "Betrag bar erhalten.", F, 10)
    d.line(330, y - 96, 535, y - 96, 0.5)
    d.text(432, y - 108, "Unterschrift", F, 8, "c")
    d.text(297, 60, "Vielen Dank für Ihren Auftrag!", "DVSI", 10, "c")
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=None,
        vendor=vendor,
        net=total,
        vat=None,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note="Kleinbetragsrechnung (< 250 EUR): only gross amounts and the sentence 'sind 19 % MwSt. enthalten' - no tax amount printed, so vat = null and amount = total; sole trader without legal form; Steuer-Nr. instead of USt-IdNr.; number with slash",
        kind="photo",
    )
    return {
        "out": as_photo(pdf, rng, 150, 2100, 72, bg=(150, 120, 90)),
        "truth": t,
        "country": "DE",
        "type": "Kleinbetragsrechnung / Quittung",
    }


@doc
def i14(name):
    """Austrian reverse-charge consulting invoice to a German client."""
    vendor = "Huber Software-Entwicklung e.U."
    lines = [
        L("Entwicklung Schnittstelle ERP/Webshop (Stunden)", 46, "95.00", 0),
        L("Code-Review und Dokumentation (Stunden)", 8, "95.00", 0),
        L("Projektmanagement pauschal", 1, "600.00", 0),
    ]
    net = sum(li["amount"] for li in lines)
    vat = D("0.00")
    total = net
    number, date, due = "2026/0019", "2026-04-14", "2026-04-28"
    d = Doc(title=f"Rechnung {number}")
    F, FB, acc = "DVC", "DVCB", (0.85, 0.35, 0.1)
    d.rect(0, 0, 14, H4, stroke=0, fill=1, fillcolor=acc)
    d.text(50, 795, "huber", "DVB", 24, color=acc)
    d.text(50, 780, "software-entwicklung", F, 9, color=(0.4, 0.4, 0.4))
    for i, s in enumerate(
        [
            "DI Markus Huber",
            "Huber Software-Entwicklung e.U.",
            "Mariahilfer Straße 99/12",
            "1060 Wien, Österreich",
            "UID: ATU72658841",
            "FN 512388 h, HG Wien",
        ]
    ):
        d.text(555, 805 - i * 10, s, F, 8, "r")
    for i, s in enumerate(
        [
            "Kaufhaus Lindner GmbH",
            "Abt. Buchhaltung",
            "Maximilianstraße 40",
            "80539 München",
            "DEUTSCHLAND",
            "USt-IdNr.: DE812345670",
        ]
    ):
        d.text(50, 720 - i * 12, s, F, 9.5)
    kv = [
        ("Rechnungsnummer", number),
        ("Rechnungsdatum", dfmt(date, "de")),
        ("Leistungszeitraum", "März 2026"),
        ("Fällig am", dfmt(due, "de")),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(370, 720 - i * 13, k, F, 9)
        d.text(555, 720 - i * 13, v, FB, 9, "r")
    d.text(50, 620, "Rechnung", FB, 18)
    cols = [(50, "l"), (380, "r"), (460, "r"), (555, "r")]
    y = 590
    tab(d, y, cols, [["Leistung", "Menge", "Satz €", "Betrag €"]], FB, 9)
    d.line(50, y - 5, 555, y - 5, 1, color=acc)
    y -= 20
    y = tab(
        d,
        y,
        cols,
        [
            [li["description"], qty(li["quantity"]), money(li["unit_price"]), money(li["amount"])]
            for li in lines
        ],
        F,
        9.5,
        16,
    )
    d.line(50, y + 10, 555, y + 10, 0.5)
    y -= 6
    y = tab(
        d,
        y,
        [(360, "l"), (555, "r")],
        [["Summe netto", money(net)], ["Umsatzsteuer 0 %", money(vat)]],
        F,
        10,
        15,
    )
    tab(d, y - 2, [(360, "l"), (555, "r")], [["Rechnungsbetrag EUR", money(total)]], FB, 11)
    y -= 40
    y = d.wrap(
        50,
        y,
        "Reverse Charge: Die Steuerschuld geht auf den Leistungsempfänger über (Art. 196 MwStSystRL, § 3a Abs. 6 UStG 1994). Sonstige Leistung an einen Unternehmer in Deutschland.",
        505,
        F,
        9,
    )
    y = d.wrap(
        50,
        y - 6,
        f"Zahlbar binnen 14 Tagen bis {dfmt(due, 'de')} ohne Abzug auf: Erste Bank, IBAN AT61 2011 1823 4567 8900, BIC GIBAATWWXXX.",
        505,
        F,
        9,
    )
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="invoice",
        dtype="invoice",
        items=items_of(lines),
        note="Austrian reverse-charge invoice to a German buyer: 'Umsatzsteuer 0 %' printed as 0,00 (vat = 0.00), total = net; two UIDs (seller ATU, buyer DE); e.U. legal form; person's name printed above the company name",
        kind="pdf",
    )
    return {"out": as_pdf(pdf), "truth": t, "country": "AT", "type": "Rechnung Reverse Charge"}


@doc
def i15(name):
    """Cumulative 2. Abschlagsrechnung (roofer), image-only PDF."""
    rng = rng_for(name)
    vendor = "Dachdeckerei Wendt GmbH"
    auftrag = D("48500.00")
    cum = q(auftrag * D("0.60"))
    prev = q(auftrag * D("0.20"))
    net = cum - prev
    vat = q(net * D("0.19"))
    total = net + vat
    number, date, due = "AR-2026-044", "2026-04-22", "2026-05-06"
    d = Doc(title="Abschlagsrechnung")
    F, FB = "Helvetica", "Helvetica-Bold"
    d.poly([(40, 780), (75, 815), (110, 780)], fillcolor=(0.55, 0.15, 0.1))
    d.poly([(52, 780), (75, 803), (98, 780)], fillcolor=(1, 1, 1))
    d.text(120, 795, "Dachdeckerei Wendt GmbH", FB, 15)
    d.text(120, 782, "Meisterbetrieb · Steildach · Flachdach · Klempnerei", F, 8.5)
    d.text(40, 745, "Dachdeckerei Wendt GmbH · Am Gewerbepark 6 · 24558 Henstedt-Ulzburg", F, 7)
    for i, s in enumerate(
        ["Eheleute", "Claudia und Sven Möller", "Birkenweg 19", "24568 Kaltenkirchen"]
    ):
        d.text(40, 728 - i * 12.5, s, F, 10)
    kv = [
        ("Rechnungs-Nr.", number),
        ("Datum", dfmt(date, "de")),
        ("Auftrag vom", "02.02.2026"),
        ("Objekt", "Birkenweg 19"),
    ]
    for i, (k, v) in enumerate(kv):
        d.text(370, 728 - i * 12.5, k, F, 9)
        d.text(555, 728 - i * 12.5, v, F, 9, "r")
    d.text(40, 650, "2. Abschlagsrechnung", FB, 15)
    d.text(40, 634, "Neueindeckung Satteldach mit Tondachziegeln inkl. Aufsparrendämmung", F, 9.5)
    rows = [
        ("Auftragssumme netto lt. Angebot A-2026-011", money(auftrag)),
        ("Leistungsstand zum 20.04.2026: 60 %", money(cum)),
        ("abzüglich 1. Abschlagsrechnung AR-2026-021 (20 %) netto", "-" + money(prev)),
    ]
    y = 600
    y = tab(d, y, [(40, "l"), (555, "r")], rows, F, 10, 18)
    d.line(300, y + 10, 555, y + 10, 0.6)
    rows = [("Abschlagsbetrag netto", money(net)), ("zzgl. 19 % Umsatzsteuer", money(vat))]
    y = tab(d, y - 4, [(300, "l"), (555, "r")], rows, F, 10, 16)
    d.line(300, y + 10, 555, y + 10, 0.6)
    tab(
        d,
        y - 4,
        [(300, "l"), (555, "r")],
        [("Zahlbetrag 2. Abschlag", f"{money(total)} €")],
        FB,
        11,
    )
    y -= 50
    y = d.wrap(
        40,
        y,
        f"Bitte überweisen Sie den Betrag bis zum {dfmt(due, 'de')} auf das unten genannte Konto. Die Abschlagszahlungen werden in der Schlussrechnung angerechnet.",
        515,
        F,
        9.5,
    )
    y = d.wrap(
        40,
        y - 4,
        "Steuerschuldner ist der leistende Unternehmer. Der Steuerabzug nach § 48 EStG entfällt (Freistellungsbescheinigung liegt vor).",
        515,
        F,
        9.5,
    )
    d.line(40, 75, 555, 75, 0.4)
    foot = [
        ["Dachdeckerei Wendt GmbH", "GF: Hauke Wendt", "VR Bank in Holstein"],
        [
            "Am Gewerbepark 6, 24558 Henstedt-Ulzburg",
            "AG Kiel HRB 19277 KI",
            "IBAN DE08 2219 1405 0012 7788 00",
        ],
        ["Tel. 04193 88 41 0", "USt-IdNr. DE814433221", "BIC GENODEF1PIN"],
    ]
    letter_foot(d, 64, (40, 250, 400), foot, F, 7, 9)
    pdf = d.pdf()
    t = truth(
        number=number,
        date=date,
        due=due,
        vendor=vendor,
        net=net,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="invoice",
        dtype="invoice",
        items=[],
        note="image-only PDF; cumulative 2. Abschlagsrechnung: Auftragssumme and 60 % Leistungsstand printed bigger than the invoiced instalment; previous Abschlag deducted net; no line items (empty list)",
        kind="scan",
    )
    return {
        "out": as_imgpdf(pdf, rng, 180, grey=True, blur=0.6, noise=6, specks=40),
        "truth": t,
        "country": "DE",
        "type": "2. Abschlagsrechnung, image-only PDF",
    }


# ================================================================ receipts


def rnd_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rnd_b64(rng, n):
    return "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        for _ in range(n)
    )


def chunks(s, n):
    return [s[i : i + n] for i in range(0, len(s), n)]


def tse_block(r: Roll, rng, date, t0, t1, tx, size=None):
    size = size or r.size
    ncol = int((r.R - r.L) / pdfmetrics.stringWidth("M", "DVM", size))
    r.lr("TSE-Transaktion:", str(tx), size=size)
    r.lr("TSE-Start:", f"{date}T{t0}.000", size=size)
    r.lr("TSE-Stop:", f"{date}T{t1}.000", size=size)
    r.lr("TSE-Seriennummer:", size=size)
    for ch in chunks(rnd_hex(rng, 64), ncol):
        r.lr(ch, size=size)
    r.lr("TSE-Signaturzähler:", str(rng.randint(100000, 999999)), size=size)
    r.lr("TSE-Signatur:", size=size)
    for ch in chunks(rnd_b64(rng, 88), ncol):
        r.lr(ch, size=size)
    r.lr("TSE-Hashalgorithmus:", "ecdsa-plain-SHA384", size=size)
    r.lr("TSE-Zeitformat:", "unixTime", size=size)
    r.lr("TSE-PublicKey:", size=size)
    for ch in chunks(rnd_b64(rng, 64), ncol):
        r.lr(ch, size=size)


def word_logo(text, font="DVB", color=(0, 0, 0), shape=None):
    def fn(d: Doc, cx, y, h):
        if shape == "circle":
            d.circle(cx, y + h / 2, h / 2, fillcolor=color)
            d.text(cx, y + h / 2 - h * 0.18, text, font, h * 0.45, "c", color=(1, 1, 1))
        elif shape == "box":
            w = d.width(text, font, h * 0.6) + h * 0.6
            d.rect(cx - w / 2, y, w, h, stroke=0, fill=1, fillcolor=color)
            d.text(cx, y + h * 0.28, text, font, h * 0.6, "c", color=(1, 1, 1))
        else:
            d.text(cx, y + h * 0.2, text, font, h * 0.8, "c", color=color)

    return fn


@doc
def r01(name):
    """German supermarket Kassenbon with TSE, 19/7 A/B, girocard; photo."""
    rng = rng_for(name)
    vendor = "Kröger Frischemarkt oHG"
    items = [
        L("Vollmilch 3,5% 1l", 2, "1.19", 7),
        L("Bio Bananen", D("1.236"), "1.99", 7, kg=True),
        L("Roggenmischbrot 750g", 1, "2.79", 7),
        L("Gouda jung Scheiben", 1, "2.49", 7),
        L("Mineralwasser 6x1,5l", 1, "3.54", 19),
        L("Pfand 6 x 0,25", 1, "1.50", 19),
        L("Spülmittel Zitrone", 1, "1.45", 19),
        L("Kaffee Crema 1kg Bohne", 1, "13.99", 7),
        L("Tomaten Rispen", D("0.684"), "3.49", 7, kg=True),
        L("Zahnpasta Sensitive", 2, "1.95", 19),
    ]
    for li in items:
        li["amount"] = q(li["quantity"] * li["unit_price"])
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    date, bon = "2026-03-14", "4471"
    r = Roll(80)
    r.logo(word_logo("Kröger", "DVB", (0.1, 0.45, 0.2)), 22)
    r.c("FRISCHEMARKT", "DVB", 9)
    r.c("Kröger Frischemarkt oHG")
    r.c("Vahrer Straße 214, 28329 Bremen")
    r.c("Tel. 0421 4698830")
    r.c("St.-Nr. 60/145/22871")
    r.space(6)
    r.lr("", "EUR")
    cat = {D("7"): "B", D("19"): "A"}
    for li in items:
        if li.get("kg"):
            r.lr(li["description"], f"{money(li['amount'])} {cat[D(str(li['rate']))]}")
            r.lr(f"  {qty(li['quantity'])} kg x {money(li['unit_price'])} EUR/kg")
        elif li["quantity"] != 1:
            r.lr(f"  {qty(li['quantity'])} Stk x {money(li['unit_price'])}")
            r.lr(li["description"], f"{money(li['amount'])} {cat[D(str(li['rate']))]}")
        else:
            r.lr(li["description"], f"{money(li['amount'])} {cat[D(str(li['rate']))]}")
    r.sep("-")
    r.lr("SUMME", f"EUR {money(total)}", "DVMB", 10)
    r.sep("=")
    r.lr("Geg. Girocard", f"EUR {money(total)}")
    r.space(6)
    r.row(
        (r.L, "Steuer", "l"),
        (r.L + 55, "%", "l"),
        (r.L + 120, "Netto", "r"),
        (r.L + 160, "Steuer", "r"),
        (r.R, "Brutto", "r"),
    )
    for rate, (n, v, g) in tx.items():
        r.row(
            (r.L, cat[rate] + "=", "l"),
            (r.L + 55, f"{rate},0%", "l"),
            (r.L + 120, money(n), "r"),
            (r.L + 160, money(v), "r"),
            (r.R, money(g), "r"),
        )
    r.row(
        (r.L, "Gesamtbetrag", "l"),
        (r.L + 120, money(total - vat), "r"),
        (r.L + 160, money(vat), "r"),
        (r.R, money(total), "r"),
    )
    r.space(6)
    r.c("*** Kundenbeleg ***")
    r.lr("Terminal-ID", "68274419")
    r.lr("TA-Nr. 003821", "BNr 0712")
    r.lr("girocard kontaktlos")
    r.lr("Karte ############4417")
    r.lr("Betrag EUR", money(total))
    r.c("Zahlung erfolgt", "DVMB")
    r.space(6)
    r.lr(f"{dfmt(date, 'de')} 10:23", f"Bon {bon}")
    r.lr("Markt 0214", "Kasse 3  Bed. 1107")
    r.space(4)
    tse_block(r, rng, date, "10:22:31", "10:23:05", 184523, size=6.6)
    r.space(6)
    r.c("Vielen Dank für Ihren Einkauf!")
    r.c("Öffnungszeiten Mo-Sa 7-22 Uhr")
    pdf = r.render(f"Bon {bon}")
    t = truth(
        number=bon,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="Kassenbon with long TSE block (transaction number, counters, hex serial, signature); weighed items with kg x EUR/kg; quantity line above the item; tax table A=19 / B=7; Pfand line; card slip repeats the total",
        kind="photo",
    )
    return {
        "out": as_photo(pdf, rng, 300, 2200, 74, bg=(95, 90, 85)),
        "truth": t,
        "country": "DE",
        "type": "Kassenbon supermarket, TSE",
    }


@doc
def r02(name):
    """Bakery, 58 mm, 7/19 %, cash with change, TSE short; faded scan downscaled."""
    rng = rng_for(name)
    vendor = "Bäckerei Sommerfeld"
    items = [
        L("Brötchen", 6, "0.45", 7),
        L("Laugenbrezel", 2, "0.95", 7),
        L("Bauernbrot 1kg", 1, "4.60", 7),
        L("Bienenstich", 2, "2.80", 7),
        L("Cappuccino vor Ort", 2, "3.20", 19),
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    given = D("30.00")
    date, bon = "2026-01-24", "20394"
    r = Roll(58, margin_mm=2.5, size=7.2)
    r.c("Bäckerei", "DVSB", 12)
    r.c("Sommerfeld", "DVSB", 14)
    r.c("seit 1921 - Meisterbäckerei")
    r.c("Lindenallee 3, 14050 Berlin")
    r.c("USt-ID DE271133908")
    r.sep("-")
    for li in items:
        r.lr(f"{qty(li['quantity'])} x {li['description']}")
        r.lr(
            f"   a {money(li['unit_price'])}",
            f"{money(li['amount'])} {'1' if li['rate'] == 7 else '2'}",
        )
    r.sep("-")
    r.lr("TOTAL", money(total), "DVMB", 9)
    r.lr("Bar", money(given))
    r.lr("Rückgeld", money(given - total))
    r.sep("-")
    for i, (rate, (n, v, g)) in enumerate(tx.items()):
        r.lr(f"{2 - i if len(tx) == 2 else 1} MwSt {rate}%", f"{money(v)}")
        r.lr(f"  Netto {money(n)}", f"Br {money(g)}")
    r.lr("MwSt gesamt", money(vat))
    r.sep("-")
    r.lr(f"Bon-Nr. {bon}", "Kasse 1")
    r.lr(f"{dfmt(date, 'de2')} 07:48", "Bed: Anja")
    r.space(3)
    r.lr("TSE-TA: 55126", size=6.2)
    r.lr("TSE-Start: 2026-01-24T07:47:59", size=6.2)
    r.lr("TSE-Ende:  2026-01-24T07:48:21", size=6.2)
    r.lr("TSE-Sig-Zähler: 110452", size=6.2)
    r.lr("TSE-S/N:", size=6.2)
    for ch in chunks(rnd_hex(rng, 64), 38):
        r.lr(ch, size=6.2)
    r.space(4)
    r.c("Danke & bis morgen!")
    pdf = r.render(f"Bon {bon}")
    t = truth(
        number=bon,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="58 mm bakery bon, thermal fading, downscaled to ~650 px; cash 'Bar 20,00' larger than TOTAL; change line; tax ids 1/2 instead of letters; two-digit year",
        kind="scan",
    )
    return {
        "out": as_scan(
            pdf, rng, 300, "png", grey=True, blur=0.5, noise=5, specks=20, fade=0.55, width=650
        ),
        "truth": t,
        "country": "DE",
        "type": "Bäckerei Kassenbon 58 mm",
    }


@doc
def r03(name):
    """Pharmacy receipt, 80 mm, 19 % and Zuzahlung, PDF."""
    vendor = "Linden-Apotheke"
    items = [
        L("Ibuprofen 400 akut 20 St", 1, "4.97", 19),
        L("Zuzahlung Rezept: Amoxicillin 1000 20 St", 1, "5.00", 19),
        L("Bepanthen Wund- u. Heilsalbe 50 g", 1, "8.95", 19),
        L("Nasenspray 0,1 % 10 ml", 2, "3.49", 19),
        L("Rabatt Kundenkarte 5 %", 1, "-0.87", 19),
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    date, bon = "2026-02-03", "3-118264"
    r = Roll(80, font="Courier", size=8)
    r.logo(word_logo("A", "Times-Bold", (0.8, 0.05, 0.1), "circle"), 24)
    r.c("Linden-Apotheke", "Helvetica-Bold", 12)
    r.c("Apothekerin Dr. Katrin Vogel e.K.")
    r.c("Lindenstraße 8 - 01097 Dresden")
    r.c("Tel 0351 8104455")
    r.space(6)
    r.lr(f"Datum: {dfmt(date, 'de')}", "Zeit: 16:41")
    r.lr(f"Beleg-Nr.: {bon}", "Pl. 3")
    r.rule()
    for li in items:
        r.lr(li["description"][:38])
        if li["quantity"] != 1:
            r.lr(
                f"   {qty(li['quantity'])} x {money(li['unit_price'])}", money(li["amount"]) + " 1"
            )
        else:
            r.lr("", money(li["amount"]) + " 1")
    r.rule()
    r.lr("Gesamt EUR", money(total), "Courier-Bold", 10)
    r.lr("EC-Cash", money(total))
    r.space(6)
    r.lr("MwSt.-Satz   Netto     MwSt     Brutto")
    for rate, (n, v, g) in tx.items():
        r.lr(f"1 {rate:>3}%   {money(n):>8} {money(v):>8} {money(g):>9}")
    r.space(6)
    r.lr("Kunde: privat", "Kundenkarte 100447")
    r.lr("TSE-Signatur: siehe Beleg-QR", size=7)
    r.qr(60, rng_for(name + "q"))
    r.c("Gute Besserung!", "Helvetica-Oblique", 9)
    r.c("USt-IdNr. DE141209833", size=7)
    pdf = r.render(f"Beleg {bon}")
    t = truth(
        number=bon,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="pharmacy receipt: Zuzahlung line and a negative loyalty discount line; owner with e.K. under the shop name (vendor keyed as the shop name); TSE only as QR; numbers in a fixed-width tax table",
        kind="pdf",
    )
    return {"out": as_pdf(pdf), "truth": t, "country": "DE", "type": "Apotheke receipt"}


@doc
def r04(name):
    """Petrol station, 76 mm, litres with 3-decimal price, 19 %; photo."""
    rng = rng_for(name)
    vendor = "Autohof Lohfelden GmbH"
    liters, ppl = D("42.17"), D("1.829")
    fuel = q(liters * ppl)
    items = [
        {
            "description": "Super E10 Säule 4",
            "quantity": liters,
            "unit_price": ppl,
            "amount": fuel,
            "rate": 19,
        },
        L("Scheibenreiniger Sommer 5l", 1, "6.99", 19),
        L("Kaffee groß to go", 1, "3.29", 19),
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    date, bon = "2026-04-09", "0088412"
    r = Roll(76, size=7.8)
    r.logo(word_logo("AUTOHOF", "DVB", (0.0, 0.3, 0.6), "box"), 20)
    r.c("Autohof Lohfelden GmbH", "DVMB")
    r.c("An der A7, Ausfahrt 83")
    r.c("Ochshäuser Str. 41, 34253 Lohfelden")
    r.c("USt-IdNr.: DE263314590")
    r.sep("=")
    r.lr(f"Beleg-Nr. {bon}", f"{dfmt(date, 'de')}")
    r.lr("Kasse 02 Bed. 14", "21:17:44")
    r.sep("-")
    f = items[0]
    r.lr(f["description"], f"{money(fuel)} EUR A")
    r.lr(f"  {qty(liters)} l x {qty(ppl)} EUR/l")
    for li in items[1:]:
        r.lr(li["description"], f"{money(li['amount'])} EUR A")
    r.sep("-")
    r.lr("Summe EUR", money(total), "DVMB", 10)
    r.space(3)
    r.lr("Visa contactless", money(total))
    r.lr("Karte ****7731  Exp **/**")
    r.lr("Genehmigungs-Nr. 40C1B7")
    r.sep("-")
    r.lr("MwSt A 19,00%")
    for _rate, (n, v, g) in tx.items():
        r.lr("  Netto", money(n))
        r.lr("  MwSt", money(v))
        r.lr("  Brutto", money(g))
    r.sep("-")
    tse_block(r, rng, date, "21:17:12", "21:17:44", 991204, size=6.4)
    r.space(4)
    r.c("Gute Fahrt!")
    pdf = r.render(f"Beleg {bon}")
    t = truth(
        number=bon,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="petrol station: litres x 3-decimal price per litre (1,829); pump number in the line; card approval code; TSE block; vertical tax block",
        kind="photo",
    )
    return {
        "out": as_photo(pdf, rng, 300, 1900, 68, bg=(60, 62, 70)),
        "truth": t,
        "country": "DE",
        "type": "Tankstelle receipt",
    }


@doc
def r05(name):
    """Restaurant bill with Bewirtungsbeleg section, 80 mm; scan."""
    rng = rng_for(name)
    vendor = "Gasthaus Zum Goldenen Hirschen"
    items = [
        L("Schweinebraten m. Knödel", 2, "16.90", 19),
        L("Zwiebelrostbraten", 1, "24.50", 19),
        L("Obazda m. Brezn", 1, "9.80", 19),
        L("Helles 0,5l", 4, "4.60", 19),
        L("Apfelschorle 0,4l", 1, "3.90", 19),
        L("Kaiserschmarrn", 1, "11.50", 19),
        L("Espresso", 2, "2.70", 19),
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    date, bon = "2026-03-05", "R-31577"
    r = Roll(80, font="Courier", size=8.2)
    r.c("Gasthaus", "Times-Italic", 12)
    r.c("Zum Goldenen Hirschen", "Times-Bold", 14)
    r.c("Inh. Alois Brandl")
    r.c("Marienplatz 11 - 83714 Miesbach")
    r.c("St-Nr. 139/221/40017")
    r.sep("-")
    r.lr(f"Rechnung {bon}", "Tisch 12")
    r.lr(f"{dfmt(date, 'de')} 21:54", "Kellner: Vroni")
    r.sep("-")
    for li in items:
        r.lr(f"{qty(li['quantity'])} {li['description']}", money(li["amount"]))
    r.sep("-")
    r.lr("ZU ZAHLEN EUR", money(total), "Courier-Bold", 11)
    r.space(2)
    for rate, (n, v, _g) in tx.items():
        r.lr(f"Netto {rate}%", money(n))
        r.lr(f"MwSt {rate}%", money(v))
    r.lr("Zahlart: Mastercard", money(total))
    r.sep("-")
    tse_block(r, rng, date, "21:53:40", "21:54:02", 77310, size=6.6)
    r.sep("=")
    r.c("Bewirtungsbeleg", "Courier-Bold", 10)
    r.c("(Angaben nach § 4 Abs. 5 Nr. 2 EStG)", size=6.8)
    r.space(4)
    for lab in (
        "Bewirtete Person(en):",
        "",
        "Anlass der Bewirtung:",
        "",
        "Höhe der Aufwendungen:",
        "Trinkgeld:",
        "Ort / Datum:",
        "Unterschrift:",
    ):
        r.lr(lab)
        r.space(5)
        r.ops.append(("l", r.L + (0 if not lab else 110), r.y - 2, r.R, r.y - 2, 0.4))
    r.space(4)
    r.c("Vergelt's Gott und bis bald!")
    pdf = r.render(f"Rechnung {bon}")
    t = truth(
        number=bon,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="restaurant bill with empty Bewirtungsbeleg form (Trinkgeld / Höhe der Aufwendungen blank lines: not part of total); table number and waiter near the bill number; Inh. line under the name; TSE block",
        kind="scan",
    )
    return {
        "out": as_scan(
            pdf, rng, 240, "jpg", 80, grey=True, blur=0.6, noise=6, specks=30, fade=0.25
        ),
        "truth": t,
        "country": "DE",
        "type": "Restaurant bill + Bewirtungsbeleg",
    }


@doc
def r06(name):
    """Austrian supermarket with Registrierkasse signature QR, 10/20 %; photo."""
    rng = rng_for(name)
    vendor = "Nahversorger Gruber GmbH"
    items = [
        L("Bergkäse 250g", 1, "4.79", 10),
        L("Kaisersemmel", 4, "0.39", 10),
        L("Teebutter 250g", 1, "3.29", 10),
        L("Almdudler 1,5l", 2, "2.19", 20),
        L("Manner Schnitten", 3, "1.99", 20),
        L("Äpfel Gala", D("1.15"), "2.49", 10),
        L("Küchenrolle 4er", 1, "3.99", 20),
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    given = D("50.00")
    date, bon = "2026-02-18", "117/0042311"
    r = Roll(80, font="DVM", size=7.6)
    r.logo(word_logo("GRUBER", "DVSB", (0.75, 0.1, 0.1)), 20)
    r.c("Nahversorger Gruber GmbH")
    r.c("Hauptplatz 5, 8010 Graz")
    r.c("UID: ATU58812347")
    r.sep("-")
    cat = {D("10"): "B", D("20"): "A"}
    for li in items:
        if li["quantity"] != 1:
            r.lr(li["description"])
            r.lr(
                f"  {qty(li['quantity'])} x {money(li['unit_price'])}",
                f"{money(li['amount'])} {cat[D(str(li['rate']))]}",
            )
        else:
            r.lr(li["description"], f"{money(li['amount'])} {cat[D(str(li['rate']))]}")
    r.sep("-")
    r.lr("Summe EUR", money(total), "DVMB", 10)
    r.lr("Bar", money(given))
    r.lr("Retour", money(given - total))
    r.sep("-")
    r.row(
        (r.L, "MwSt", "l"),
        (r.L + 90, "Netto", "r"),
        (r.L + 145, "Steuer", "r"),
        (r.R, "Brutto", "r"),
    )
    for rate, (n, v, g) in tx.items():
        r.row(
            (r.L, f"{cat[rate]} {rate}%", "l"),
            (r.L + 90, money(n), "r"),
            (r.L + 145, money(v), "r"),
            (r.R, money(g), "r"),
        )
    r.sep("-")
    r.lr(f"Beleg-Nr.: {bon}")
    r.lr(f"{dfmt(date, 'de')} 17:05:11", "Kassa 2")
    r.lr("Kassen-ID: GRU-GRAZ-K2")
    r.lr("Es bediente Sie: Frau Pichler")
    r.space(2)
    r.qr(90, rng_for(name + "q"))
    r.c("Signaturwert:", size=6.4)
    for ch in chunks(rnd_b64(rng, 86), 43):
        r.c(ch, size=6.4)
    r.c("Vielen Dank - auf Wiedersehen!")
    pdf = r.render(f"Beleg {bon}")
    t = truth(
        number=bon,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="Austrian Registrierkasse slip: Beleg-Nr. with slash, Kassen-ID, signature QR and Signaturwert text; 'Bar 50,00' and 'Retour' change; A=20 / B=10",
        kind="photo",
    )
    return {
        "out": as_photo(pdf, rng, 300, 2300, 70, bg=(170, 165, 155)),
        "truth": t,
        "country": "AT",
        "type": "Registrierkasse Beleg supermarket",
    }


@doc
def r07(name):
    """Viennese café, 76 mm, 10/20 %, QR; scan downscaled to ~650 px."""
    rng = rng_for(name)
    vendor = "Café Sperlhof"
    items = [
        L("Wiener Melange", 2, "4.60", 20),
        L("Einspänner", 1, "5.40", 20),
        L("Sachertorte m. Obers", 2, "6.20", 10),
        L("Apfelstrudel", 1, "5.60", 10),
        L("Soda Zitron 0,3", 1, "3.20", 20),
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    date, bon = "2026-01-31", "2026-008816"
    r = Roll(76, font="DVC", size=8)
    r.c("Café Sperlhof", "DVSI", 15)
    r.c("Kaffeehaus seit 1923", "DVSI", 8)
    r.c("Große Sperlgasse 41, 1020 Wien")
    r.c("Sperlhof Gastronomie KG · ATU69912234")
    r.space(4)
    r.lr(f"Rechnung Nr. {bon}", "Tisch 7")
    r.lr(dfmt(date, "de") + "  15:32", "Ober: Franz")
    r.rule(0.8)
    for li in items:
        r.row(
            (r.L, f"{qty(li['quantity'])}x", "l"),
            (r.L + 16, li["description"], "l"),
            (r.R - 40, money(li["unit_price"]), "r"),
            (r.R, money(li["amount"]), "r"),
        )
    r.rule(0.8)
    r.lr("GESAMT EUR", money(total), "DVCB", 11)
    r.lr("bezahlt Bankomat", money(total))
    r.space(4)
    for rate, (_n, v, g) in tx.items():
        r.lr(f"enthält {rate}% USt von {money(g)}", money(v), size=7.4)
    r.space(2)
    r.qr(70, rng_for(name + "q"))
    r.c("Kassen-ID: SPERL-01 · Beleg signiert", size=7)
    r.c("Danke für Ihren Besuch!", "DVSI", 8)
    pdf = r.render(f"Rechnung {bon}")
    t = truth(
        number=bon,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-AT",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="Viennese café bill, condensed font, downscaled to ~650 px; 'enthält 10% USt von X' phrasing (VAT per rate only, no net printed); KG legal entity only in a small line (vendor keyed as header name)",
        kind="scan",
    )
    return {
        "out": as_scan(
            pdf, rng, 250, "png", grey=True, blur=0.4, noise=4, specks=15, fade=0.2, width=650
        ),
        "truth": t,
        "country": "AT",
        "type": "Kaffeehaus Rechnung 76 mm",
    }


@doc
def r08(name):
    """Swiss village shop, MWST 2.6 / 8.1, 5-Rappen rounding; photo."""
    rng = rng_for(name)
    vendor = "Dorfladen Frutigen Genossenschaft"
    items = [
        L("Ruchbrot 500g", 1, "3.35", D("2.6")),
        L("Gruyère AOP surchoix", D("0.318"), "29.50", D("2.6")),
        L("Vollmilch UHT 1l", 3, "1.85", D("2.6")),
        L("Rivella Rot 1.5l", 2, "3.20", D("8.1")),
        L("Bündnerfleisch 100g", 1, "9.95", D("2.6")),
        L("Zündhölzer 10er", 1, "2.40", D("8.1")),
        L("Feldschlösschen 6x33cl", 1, "11.90", D("8.1")),
    ]
    tx = tax_from_gross(items)
    gross = sum(li["amount"] for li in items)
    total = (gross / D("0.05")).quantize(D("1"), ROUND_HALF_UP) * D("0.05")
    vat = sum(v[1] for v in tx.values())
    date, bon = "2026-03-28", "61442"
    r = Roll(80, font="DVM", size=7.6)
    r.logo(word_logo("DORFLADEN", "DVB", (0.85, 0.1, 0.1), "box"), 18)
    r.c("Dorfladen Frutigen Genossenschaft")
    r.c("Obere Bahnhofstrasse 2, 3714 Frutigen")
    r.c("MWST-Nr. CHE-109.552.871 MWST")
    r.sep("-")
    r.lr("Artikel", "CHF")
    for li in items:
        code = "1" if li["rate"] == D("2.6") else "2"
        if li["quantity"] != 1:
            r.lr(li["description"])
            unit = "kg" if li["quantity"] < 1 else "x"
            r.lr(
                f"  {li['quantity']} {unit} à {money(li['unit_price'], 'ch')}",
                f"{money(li['amount'], 'ch')} {code}",
            )
        else:
            r.lr(li["description"], f"{money(li['amount'], 'ch')} {code}")
    r.sep("-")
    r.lr("Zwischensumme", money(gross, "ch"))
    r.lr("Rundung", money(total - gross, "ch"))
    r.lr("Total CHF", money(total, "ch"), "DVMB", 10)
    r.lr("Debit Mastercard", money(total, "ch"))
    r.sep("-")
    r.row(
        (r.L, "MWST", "l"), (r.L + 90, "Satz", "r"), (r.L + 150, "Basis", "r"), (r.R, "MWST", "r")
    )
    for rate, (_n, v, g) in tx.items():
        r.row(
            (r.L, "1" if rate == D("2.6") else "2", "l"),
            (r.L + 90, f"{rate}%", "r"),
            (r.L + 150, money(g, "ch"), "r"),
            (r.R, money(v, "ch"), "r"),
        )
    r.sep("-")
    r.lr(f"{dfmt(date, 'de')} 11:02", f"Beleg {bon}")
    r.lr("Kasse 1 / Kassier 3")
    r.space(3)
    r.c("Merci und uf Widerluege!")
    pdf = r.render(f"Beleg {bon}")
    t = truth(
        number=bon,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="CHF",
        locale="de-CH",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note=f"Swiss slip with 5-Rappen rounding ('Rundung {money(total - gross, 'ch')}'): total = rounded amount, VAT as printed (on gross), rounding kept in amount; MWST 2.6 / 8.1 table whose 'Basis' column is gross; weighed cheese 0.318 kg",
        kind="photo",
    )
    return {
        "out": as_photo(pdf, rng, 300, 2000, 66, bg=(200, 200, 205)),
        "truth": t,
        "country": "CH",
        "type": "Dorfladen till slip, CHF rounding",
    }


@doc
def r09(name):
    """Geneva taxi receipt, 58 mm, TVA 8.1 % incl.; scan."""
    rng = rng_for(name)
    vendor = "Taxis Genevois Coopérative"
    items = [
        L("Prise en charge", 1, "6.30", D("8.1")),
        L("Course 9.4 km tarif 1", 1, "28.20", D("8.1")),
        L("Attente 3 min", 1, "3.00", D("8.1")),
        L("Bagages 2", 1, "3.00", D("8.1")),
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    date, no = "2026-05-12", "004512"
    r = Roll(58, margin_mm=2.5, font="Courier", size=7.6)
    r.c("TAXIS GENEVOIS", "Courier-Bold", 11)
    r.c("Coopérative")
    r.c("Rte des Jeunes 12, 1227 Carouge")
    r.c("Tél. 022 331 41 33")
    r.c("CHE-105.771.402 TVA")
    r.sep("-")
    r.c("QUITTANCE", "Courier-Bold", 10)
    r.lr("N°", no)
    r.lr("Date", dfmt(date, "fr"))
    r.lr("Départ", "06:41")
    r.lr("Arrivée", "07:02")
    r.lr("Taxi n°", "217")
    r.lr("Chauffeur", "M. Dos Santos")
    r.sep("-")
    r.lr("De: Gare Cornavin")
    r.lr("A : Aéroport GVA")
    r.sep("-")
    for li in items:
        r.lr(li["description"], money(li["amount"], "ch"))
    r.sep("-")
    r.lr("TOTAL CHF", money(total, "ch"), "Courier-Bold", 10)
    r.lr("dont TVA 8.1%", money(vat, "ch"))
    r.lr("Payé: TWINT")
    r.space(4)
    r.c("Merci et bon voyage")
    pdf = r.render(f"Quittance {no}")
    t = truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="CHF",
        locale="fr-CH",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="58 mm Geneva taxi quittance: many small labelled numbers (taxi n°, times) near 'N°'; TVA only as 'dont TVA 8.1%'; TWINT payment; vendor split over two header lines",
        kind="scan",
    )
    return {
        "out": as_scan(pdf, rng, 300, "png", grey=True, blur=0.5, noise=6, specks=25, fade=0.4),
        "truth": t,
        "country": "CH",
        "type": "Quittance taxi 58 mm",
    }


@doc
def r10(name):
    """French supermarket ticket de caisse, TVA A/B/C/D, CB sans contact; photo."""
    rng = rng_for(name)
    vendor = "Halles du Palais SAS"
    items = [
        L("BAGUETTE TRADITION", 2, "1.15", D("5.5")),
        L("LAIT DEMI-ECREME 1L", 6, "0.99", D("5.5")),
        L("COMTE AOP 12 MOIS", 1, "6.45", D("5.5")),
        L("VIN ROUGE COTES DU RHONE", 2, "5.95", 20),
        L("LESSIVE LIQUIDE 2L", 1, "8.49", 20),
        L("SANDWICH JAMBON BEURRE", 1, "3.80", 10),
        L("LE MONDE", 1, "3.50", D("2.1")),
        L("REMISE FIDELITE LESSIVE", 1, "-1.50", 20),
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    date, tk = "2026-04-25", "0187"
    codes = {D("5.5"): "A", D("20"): "B", D("10"): "C", D("2.1"): "D"}
    r = Roll(80, font="Courier", size=8)
    r.c("HALLES DU PALAIS", "Courier-Bold", 13)
    r.c("4 PLACE DU PALAIS")
    r.c("84000 AVIGNON")
    r.c("TEL 04 90 82 11 40")
    r.sep("*")
    for li in items:
        if li["quantity"] != 1:
            r.lr(f"{li['quantity']} X {money(li['unit_price'], 'pc')}")
        r.lr(
            f"{li['description'][:30]}", f"{money(li['amount'], 'pc')} {codes[D(str(li['rate']))]}"
        )
    r.sep("-")
    r.lr(f"{sum(li['quantity'] for li in items if li['amount'] > 0)} ARTICLES")
    r.lr("TOTAL TTC", f"{money(total, 'pc')} EUR", "Courier-Bold", 11)
    r.lr("CB SANS CONTACT", money(total, "pc"))
    r.sep("-")
    r.row((r.L, "TVA", "l"), (r.L + 80, "HT", "r"), (r.L + 140, "TVA", "r"), (r.R, "TTC", "r"))
    for rate, (n, v, g) in sorted(tx.items(), key=lambda kv: codes[kv[0]]):
        r.row(
            (r.L, f"{codes[rate]} {money(rate, 'pc')}%", "l"),
            (r.L + 80, money(n, "pc"), "r"),
            (r.L + 140, money(v, "pc"), "r"),
            (r.R, money(g, "pc"), "r"),
        )
    r.row(
        (r.L, "TOTAL", "l"),
        (r.L + 80, money(total - vat, "pc"), "r"),
        (r.L + 140, money(vat, "pc"), "r"),
        (r.R, money(total, "pc"), "r"),
    )
    r.sep("-")
    r.c("CARTE BANCAIRE SANS CONTACT")
    r.lr("A0000000421010", "CB")
    r.lr(f"LE {dfmt(date, 'fr2')} A 18:12:40")
    r.lr("HALLES DU PALAIS AVIGNON")
    r.lr("2418807", "33400")
    r.lr("############3390")
    r.lr("MONTANT =", f"{money(total, 'pc')} EUR")
    r.c("DEBIT")
    r.c("TICKET CLIENT A CONSERVER")
    r.sep("-")
    r.lr(f"{dfmt(date, 'fr')} 18:12", "MAG 1147 CAIS 04")
    r.lr(f"TICKET {tk}", "OP 000231")
    r.barcode(150, 26, rng_for(name + "b"))
    r.c("Halles du Palais SAS - SIRET 81234567800019", size=6.6)
    r.c("TVA FR 27 812345678 - MERCI DE VOTRE VISITE", size=6.6)
    pdf = r.render(f"Ticket {tk}")
    t = truth(
        number=tk,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="ticket de caisse: TVA table A 5,50 / B 20 / C 10 / D 2,10 (press); negative REMISE line; CB SANS CONTACT slip with terminal/merchant numbers; legal name with SAS only in the footer, header shows brand (vendor keyed with SAS)",
        kind="photo",
    )
    return {
        "out": as_photo(pdf, rng, 300, 2300, 76, bg=(110, 80, 60)),
        "truth": t,
        "country": "FR",
        "type": "Ticket de caisse supermarché",
    }


@doc
def r11(name):
    """French bakery ticket, 58 mm, 5.5 / 10 %, espèces with rendu; PDF."""
    vendor = "Au Pain Doré"
    items = [
        L("Baguette tradition", 2, "1.30", D("5.5")),
        L("Croissant beurre", 4, "1.25", D("5.5")),
        L("Tarte aux fraises 6p", 1, "21.00", D("5.5")),
        L("Formule déjeuner", 1, "9.90", 10),
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    given = D("50.00")
    date, tk = "2026-05-30", "000734"
    r = Roll(58, margin_mm=2.5, font="DVM", size=7)
    r.c("Au Pain Doré", "DVSB", 13)
    r.c("Boulangerie · Pâtisserie", "DVSI", 7.5)
    r.c("27 rue de la République")
    r.c("13002 Marseille")
    r.c("SIRET 832 109 554 00018")
    r.sep("-")
    for li in items:
        r.lr(li["description"])
        r.lr(
            f"  {li['quantity']} x {money(li['unit_price'], 'pc')}",
            f"{money(li['amount'], 'pc')} €",
        )
    r.sep("-")
    r.lr("TOTAL", f"{money(total, 'pc')} €", "DVMB", 10)
    r.lr("ESPECES", f"{money(given, 'pc')} €")
    r.lr("RENDU", f"{money(given - total, 'pc')} €")
    r.sep("-")
    for rate, (n, v, g) in sorted(tx.items()):
        r.lr(f"TVA {money(rate, 'pc')}%", f"{money(v, 'pc')}")
        r.lr(f"  HT {money(n, 'pc')}", f"TTC {money(g, 'pc')}")
    r.sep("-")
    r.lr(f"Ticket n° {tk}", "Caisse 1")
    r.lr(dfmt(date, "fr"), "08:14")
    r.lr("Vendeuse : Léa")
    r.space(3)
    r.c("Merci, à bientôt !")
    pdf = r.render(f"Ticket {tk}")
    t = truth(
        number=tk,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="58 mm boulangerie ticket: ESPECES 50,00 larger than TOTAL, RENDU change line; TVA 5,50 and 10 with HT/TTC per rate",
        kind="pdf",
    )
    return {"out": as_pdf(pdf), "truth": t, "country": "FR", "type": "Ticket boulangerie 58 mm"}


@doc
def r12(name):
    """French parking ticket receipt, 58 mm, TVA 20 %; image-only PDF."""
    rng = rng_for(name)
    vendor = "Parcs Urbains Lyon SAS"
    items = [
        {
            "description": "Stationnement 2 h 37 min",
            "quantity": None,
            "unit_price": None,
            "amount": D("7.80"),
            "rate": 20,
        }
    ]
    tx = tax_from_gross(items)
    total = D("7.80")
    vat = sum(v[1] for v in tx.values())
    n, v, g = tx[D("20")]
    date, no = "2026-06-06", "P3-0051847"
    r = Roll(58, margin_mm=3, font="Helvetica", size=8)
    r.logo(word_logo("P", "Helvetica-Bold", (0.0, 0.35, 0.7), "box"), 22)
    r.c("PARKING GARE PART-DIEU", "Helvetica-Bold", 9)
    r.c("Parcs Urbains Lyon SAS")
    r.c("Bd Vivier-Merle - 69003 Lyon")
    r.sep("-", "Helvetica", 8)
    r.c("REÇU DE PAIEMENT", "Helvetica-Bold", 9)
    r.lr("Reçu n°", no)
    r.lr("Caisse", "APS 03")
    r.lr("Entrée", "06/06/26 09:48")
    r.lr("Sortie", "06/06/26 12:25")
    r.lr("Durée", "2 h 37 min")
    r.sep("-", "Helvetica", 8)
    r.lr("Montant HT", money(n, "pc") + " €")
    r.lr("TVA 20 %", money(v, "pc") + " €")
    r.lr("Montant TTC", money(g, "pc") + " €", "Helvetica-Bold", 10)
    r.lr("Payé CB", money(g, "pc") + " €")
    r.sep("-", "Helvetica", 8)
    r.lr("Date de paiement", dfmt(date, "fr"))
    r.lr("Heure", "12:19")
    r.c("SIRET 517 204 388 00027", size=6.8)
    r.c("TVA FR 09 517204388", size=6.8)
    r.c("Merci de votre visite", size=7.5)
    pdf = r.render(f"Recu {no}")
    t = truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-FR",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="image-only PDF of a 58 mm parking receipt: entry/exit dates with 2-digit years plus a separate payment date; HT / TVA / TTC printed; header brand 'PARKING GARE PART-DIEU' vs operator name (vendor keyed as operator SAS)",
        kind="scan",
    )
    return {
        "out": as_imgpdf(pdf, rng, 300, grey=True, blur=0.5, noise=5, specks=15, fade=0.3),
        "truth": t,
        "country": "FR",
        "type": "Reçu parking, image-only PDF",
    }


@doc
def r13(name):
    """Belgian grocery receipt, bilingual BTW/TVA 6 / 21 %, Bancontact; scan."""
    rng = rng_for(name)
    vendor = "Épicerie Van Damme SRL"
    items = [
        L("PAIN GRIS / GRIJS BROOD", 1, "3.10", 6),
        L("CHICONS / WITLOOF 1KG", 1, "2.99", 6),
        L("FROMAGE HERVE", 1, "5.45", 6),
        L("BIERE / BIER 6X25CL", 2, "7.49", 21),
        L("VIDANGE / LEERGOED", 12, "0.10", 21),
        L("CHOCOLAT NOIR 200G", 2, "3.29", 6),
        L("PAPIER TOILETTE 8R", 1, "4.95", 21),
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    date, tk = "2026-02-07", "5521"
    codes = {D("6"): "A", D("21"): "C"}
    r = Roll(80, font="DVM", size=7.6)
    r.c("ÉPICERIE VAN DAMME", "DVMB", 11)
    r.c("Épicerie Van Damme SRL")
    r.c("Chaussée de Waterloo 318")
    r.c("1060 Saint-Gilles / Sint-Gillis")
    r.c("TVA/BTW BE 0456.789.123")
    r.sep("-")
    for li in items:
        if li["quantity"] != 1:
            r.lr(f" {li['quantity']} x {money(li['unit_price'])}")
        r.lr(li["description"], f"{money(li['amount'])} {codes[D(str(li['rate']))]}")
    r.sep("-")
    r.lr("TOTAL / TOTAAL EUR", money(total), "DVMB", 10)
    r.lr("BANCONTACT", money(total))
    r.sep("-")
    r.row(
        (r.L, "TVA/BTW", "l"),
        (r.L + 100, "HTVA/EXCL", "r"),
        (r.L + 150, "TVA/BTW", "r"),
        (r.R, "TOTAL", "r"),
    )
    for rate, (n, v, g) in sorted(tx.items()):
        r.row(
            (r.L, f"{codes[rate]} {rate}%", "l"),
            (r.L + 100, money(n), "r"),
            (r.L + 150, money(v), "r"),
            (r.R, money(g), "r"),
        )
    r.sep("-")
    r.lr(f"Ticket {tk}", "Caisse/Kassa 2")
    r.lr(f"{dfmt(date, 'fr')} 19:41")
    r.lr("Système de caisse enregistreuse")
    r.lr("FDM ID: B-FDM01234567")
    r.lr("Ticket FDM: NS 12 / 882013")
    r.lr("Sig: " + rnd_hex(rng, 30).upper())
    r.space(4)
    r.c("Merci - Dank u wel - À bientôt")
    pdf = r.render(f"Ticket {tk}")
    t = truth(
        number=tk,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-BE",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="bilingual FR/NL Belgian receipt: TOTAL / TOTAAL, TVA/BTW A 6 / C 21 table with HTVA column; vidange/leergoed deposit line; FDM (fiscal data module) ticket counter 'NS 12 / 882013' looks like a number",
        kind="scan",
    )
    return {
        "out": as_scan(
            pdf,
            rng,
            220,
            "png",
            grey=False,
            blur=0.6,
            noise=5,
            specks=20,
            fade=0.3,
            tint=(252, 250, 238),
        ),
        "truth": t,
        "country": "BE",
        "type": "Belgian receipt BTW/TVA",
    }


@doc
def r14(name):
    """Luxembourg petrol station, TVA 17 / 8 / 3 %; PDF."""
    vendor = "Station Kirchberg Carburants S.à r.l."
    liters, ppl = D("51.36"), D("1.489")
    items = [
        {
            "description": "Diesel pompe 6",
            "quantity": liters,
            "unit_price": ppl,
            "amount": q(liters * ppl),
            "rate": 17,
        },
        L("Sandwich poulet", 1, "4.90", 3),
        L("Eau minérale 50cl", 2, "1.20", 3),
        L("Bouquet de fleurs", 1, "12.50", 8),
        L("Lavage Premium", 1, "14.00", 17),
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    date, no = "2026-06-19", "2206-11873"
    r = Roll(80, font="DVM", size=7.6)
    r.logo(word_logo("SKC", "DVB", (0.9, 0.5, 0.0), "circle"), 26)
    r.c("Station Kirchberg Carburants S.à r.l.", "DVMB", 7.6)
    r.c("6, rue Alphonse Weicker")
    r.c("L-2721 Luxembourg")
    r.c("TVA LU 28741960 · RCS B 214.551")
    r.sep("=")
    f = items[0]
    r.lr(f["description"], f"{money(f['amount'])} EUR")
    r.lr(f"  {qty(liters)} L x {qty(ppl)} EUR/L", "T1")
    for li in items[1:]:
        label = {3: "T3", 8: "T2", 17: "T1"}[li["rate"]]
        if li["quantity"] != 1:
            r.lr(f"  {li['quantity']} x {money(li['unit_price'])}")
        r.lr(li["description"], f"{money(li['amount'])} EUR")
        r.lr("", label)
    r.sep("-")
    r.lr("TOTAL EUR", money(total), "DVMB", 10.5)
    r.lr("Carte VISA", money(total))
    r.sep("-")
    r.row(
        (r.L, "Code", "l"),
        (r.L + 40, "Taux", "l"),
        (r.L + 125, "Hors TVA", "r"),
        (r.L + 170, "TVA", "r"),
        (r.R, "TTC", "r"),
    )
    lab = {D("3"): "T3", D("8"): "T2", D("17"): "T1"}
    for rate, (n, v, g) in tx.items():
        r.row(
            (r.L, lab[rate], "l"),
            (r.L + 40, f"{rate}%", "l"),
            (r.L + 125, money(n), "r"),
            (r.L + 170, money(v), "r"),
            (r.R, money(g), "r"),
        )
    r.sep("-")
    r.lr(f"Ticket {no}", f"{dfmt(date, 'fr')} 07:58")
    r.lr("Terminal 02", "Opérateur 5")
    r.space(3)
    r.c("Merci · Villmools Merci · Danke")
    pdf = r.render(f"Ticket {no}")
    t = truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="fr-LU",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="Luxembourg petrol station: fuel at 17 %, flowers 8 %, food 3 % with T1/T2/T3 codes on their own line; litres x 3-decimal price; S.à r.l. with RCS",
        kind="pdf",
    )
    return {"out": as_pdf(pdf), "truth": t, "country": "LU", "type": "Station-service ticket"}


@doc
def r15(name):
    """German taxi receipt, 76 mm, 7 %; photo."""
    rng = rng_for(name)
    vendor = "Taxi Yilmaz GmbH"
    items = [
        {
            "description": "Fahrpreis lt. Taxameter",
            "quantity": None,
            "unit_price": None,
            "amount": D("23.40"),
            "rate": 7,
        },
        {
            "description": "Zuschlag Großraumtaxi",
            "quantity": None,
            "unit_price": None,
            "amount": D("5.00"),
            "rate": 7,
        },
    ]
    tx = tax_from_gross(items)
    total = sum(li["amount"] for li in items)
    vat = sum(v[1] for v in tx.values())
    n, v, _g = tx[D("7")]
    date, no = "2026-03-02", "7734"
    r = Roll(76, font="DVM", size=8)
    r.c("TAXI YILMAZ", "DVB", 14)
    r.c("Taxi Yilmaz GmbH")
    r.c("Kaiserstraße 60, 60329 Frankfurt")
    r.c("Tel. 069 230001")
    r.sep("-")
    r.c("Quittung / Fahrtbeleg", "DVMB")
    r.lr("Beleg-Nr.", no)
    r.lr("Datum", dfmt(date, "de"))
    r.lr("Ordnungs-Nr.", "1184")
    r.lr("Kennzeichen", "F-TY 1184")
    r.lr("Fahrer", "Nr. 32")
    r.lr("Start", "08:12  Frankfurt Hbf")
    r.lr("Ziel", "08:31  Messe, Tor Nord")
    r.lr("Strecke", "11,6 km")
    r.sep("-")
    for li in items:
        r.lr(li["description"], money(li["amount"]))
    r.lr("Gesamtbetrag EUR", money(total), "DVMB", 10)
    r.lr("darin 7 % MwSt", money(v))
    r.lr("Nettobetrag", money(n))
    r.lr("bezahlt: bar")
    r.sep("-")
    r.lr("Taxameter-TSE Sig.-Zähler 40118")
    r.space(10)
    r.ops.append(("l", r.L + 60, r.y, r.R, r.y, 0.4))
    r.space(3)
    r.lr("", "Unterschrift Fahrer")
    r.c("St.-Nr. 045 233 18877", size=7)
    pdf = r.render(f"Quittung {no}")
    t = truth(
        number=no,
        date=date,
        due=None,
        vendor=vendor,
        net=total - vat,
        vat=vat,
        total=total,
        currency="EUR",
        locale="de-DE",
        layout="receipt",
        dtype="receipt",
        items=items_of(items),
        note="taxi receipt at 7 %: Ordnungs-Nr., Kennzeichen, Fahrer-Nr. and TSE counter all near Beleg-Nr.; 'darin 7 % MwSt' and Nettobetrag printed below the total; km with decimal comma",
        kind="photo",
    )
    return {
        "out": as_photo(pdf, rng, 300, 1600, 62, bg=(50, 50, 55)),
        "truth": t,
        "country": "DE",
        "type": "Taxiquittung",
    }


# ================================================================ main

README_HEAD = """# blind-2026-12k

Blind evaluation set of {n} documents ({ni} invoices, {nr} receipts) from German- and
French-speaking countries (DE, AT, CH, FR, BE, LU). Written without looking at the reader's code,
tests or docs. Regenerate byte-identically from the repository root with

    python -m bench.blindsets.blind_2026_12k [OUTDIR] [--only NAME]

## How the set is drawn

- Every document is drawn by its own function (`bench/blindsets/blind_2026_12k.py`) on a
  reportlab canvas (`invariant=1`), with its own layout, fonts, labels and language. All random
  choices are seeded with the CRC-32 of the document name.
- Every text run is checked to lie on the page and not to overlap another run (`LayoutError`).
- Invoices are A4; receipts are drawn on 58 / 76 / 80 mm rolls as long as their content.
- `kind`: `pdf` = born-digital PDF with a text layer; `scan` = rendered with pypdfium2 at
  150-300 dpi then degraded (grey or colour, blur, skew within +-2 degrees, noise, specks, thermal
  fading on receipts, some receipts downscaled to ~650 px wide) and saved as PNG/JPG, or embedded
  as the only content of a PDF page (image-only PDF, no text layer); `photo` = perspective-warped
  onto a textured background, uneven light, a shadow, folds, JPEG quality 60-80, long side
  1,500-2,300 px.
- Amounts are computed once with `Decimal` (ROUND_HALF_UP); the same values are printed and
  keyed, and `amount + vat == total` is asserted for every document.

## Truth conventions

- `amount` = net before tax; `vat` = sum of all taxes printed; `total` = gross. When prices
  include tax (receipts), VAT is computed per rate from the gross sum of that rate
  (`gross * r / (100 + r)`, rounded per rate) and `amount = total - vat`.
- `vat` is `null` only when no tax amount is printed (a rate alone, e.g. "inkl. 19 % MwSt." on
  a Kleinbetragsrechnung, does not count); then `amount == total`. A reverse-charge invoice that
  prints "0,00" tax is keyed `vat = "0.00"`.
- Credit notes (`document_type = credit_note`) are keyed with negative `amount`, `vat`, `total`
  and negative line amounts, whether the document prints them negative (i02) or prints positive
  amounts under an AVOIR title (i08).
- Partial/final invoices and deposits: `total` is the invoice's own gross total (the amount the
  document invoices, EN 16931 BT-112), not the remaining amount payable after earlier payments
  (Abschläge / acompte) are deducted. For a cumulative Abschlagsrechnung the invoice's own
  total is the current instalment (cumulative performance minus earlier instalments), which is
  what the tax is computed on.
- Skonto: `due_date` is the net due date printed (the date without discount); `total` is the
  undiscounted total.
- `due_date` only when a date is printed ("à réception", "sofort" give `null`).
- Swiss cash rounding to 0.05 on receipts: `total` is the rounded amount paid; the VAT is the VAT
  printed by the till (computed on the unrounded gross) and the rounding difference stays in
  `amount` (= total - vat).
- Tips: a tip that is only a blank line on the receipt (Bewirtungsbeleg form) is not part of
  the total.
- Tax-free lines on a taxed invoice (Swiss Kurtaxe, i05) are part of `amount` (net) and `total`.
- Receipts: `invoice_number` is the receipt / Bon / ticket / Beleg number printed (not the TSE
  transaction number, terminal id or card trace number); `invoice_date` is the sale date.
- `vendor_name` is the seller's name as printed in the header, with the legal form when it is
  printed with it there.
- `line_items` carry the amounts as printed on the line (net on invoices that print net, gross on
  receipts); quantity and unit price as strings, `null` when the line prints none.
- Dates are ISO `YYYY-MM-DD`; amounts strings with two decimals.

"""


def write_readme(out: Path, rows: list[dict]):
    mix: dict[tuple[str, str], int] = {}
    for r in rows:
        k = r["truth"]["kind"] + (
            " (image-only PDF)" if r["ext"] == "pdf" and r["truth"]["kind"] != "pdf" else ""
        )
        mix[(r["truth"]["layout"], k)] = mix.get((r["truth"]["layout"], k), 0) + 1
    kinds = sorted({k for _, k in mix})
    ni = sum(1 for r in rows if r["truth"]["layout"] == "invoice")
    s = README_HEAD.format(n=len(rows), ni=ni, nr=len(rows) - ni)
    s += (
        "## Mix\n\n| layout | "
        + " | ".join(kinds)
        + " | all |\n|---|"
        + "---|" * (len(kinds) + 1)
        + "\n"
    )
    for lay in ("invoice", "receipt"):
        c = [mix.get((lay, k), 0) for k in kinds]
        s += f"| {lay} | " + " | ".join(str(x) for x in c) + f" | {sum(c)} |\n"
    c = [sum(mix.get((lay, k), 0) for lay in ("invoice", "receipt")) for k in kinds]
    s += "| all | " + " | ".join(str(x) for x in c) + f" | {sum(c)} |\n\n"
    countries: dict[str, int] = {}
    for r in rows:
        countries[r["country"]] = countries.get(r["country"], 0) + 1
    s += "Countries: " + ", ".join(f"{k} {v}" for k, v in sorted(countries.items())) + "\n\n"
    s += "## Documents\n\n| doc | kind | country | type | vendor | number | total | what is tricky |\n|---|---|---|---|---|---|---|---|\n"
    for r in rows:
        t = r["truth"]
        kind = t["kind"] + (" (image PDF)" if r["ext"] == "pdf" and t["kind"] != "pdf" else "")
        s += f"| {r['name']}.{r['ext']} | {kind} | {r['country']} | {r['type']} | {t['vendor_name']} | {t['invoice_number']} | {t['total']} {t['currency']} | {t['note']} |\n"
    (out / "README.md").write_text(s, encoding="utf-8")


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
        res = fn(name)
        ext, data = res["out"]
        (out / f"{name}.{ext}").write_bytes(data)
        (out / f"{name}.json").write_text(
            json.dumps(res["truth"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        rows.append(dict(name=name, ext=ext, **{k: res[k] for k in ("truth", "country", "type")}))
        print(f"{name}.{ext}  {res['truth']['total']} {res['truth']['currency']}", file=sys.stderr)
    if a.only is None:
        write_readme(out, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
